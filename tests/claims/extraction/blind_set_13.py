"""Thirteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
first twelve batches before the engine was run on these rows; the file was committed
before its first run, and nobody ran the engine on it before that commit. Companies,
people and figures are made up or used only as sample data. A general news day, half
German (APA, dpa, Keystone-SDA style, with Austrian "heuer", "Jänner" and Swiss "ss"),
half English (Reuters, AP, PA style). Its weight differs from the earlier batches: many
check-worthy LOOK-ALIKES that must stay claims though they carry no figure and no
evaluative word (events, decisions, appointments, arrests, closures, rulings,
resignations, recalls, evacuations; "schließt ihre Pforten", "auf Grund gelaufen",
"plunged", "battled the blaze" as literal reports), attributed facts (also in quotes), and
ordinary facts with numbers; and negatives of many kinds: opinion, commentary, rhetoric,
questions, appeals, attributed pure opinion and feelings in quotes, idioms, proverbs,
metaphors and similes without evaluative keywords, scene-setting, retrospective musing
and predictions without figures. 170 rows (85 German, 85 English), 60 negatives, 110
check-worthy rows of which 40 carry no figure, 149 expected quantities, 20 checked
speakers. Sentences that shared word runs with earlier batches, the dev sets or the tests
(checked by a script that printed only this batch's sentences) were reworded before the
first run.

Decisions where the rules are silent, taken before the run:
- A fact with no figure is check-worthy when it reports an event, a decision, an
  appointment, an arrest, a closure, a ruling or a resignation, also when its verb
  sounds figurative ("schließt zum Jahresende ihre Pforten", "hat ... auf den Weg
  gebracht", "plunged", "battled the blaze", "ran aground"); "kept
  borrowing costs on hold" is a decision and check-worthy.
- A prediction without a figure ("Der Winter wird wohl lang und teuer werden", "Prices
  are likely to keep climbing") is a negative; a forecast with a figure by a named
  institution ("rechnen ... mit einem Wirtschaftswachstum von 1,1 Prozent") is
  check-worthy, as in the earlier batches.
- A quote that is a feeling ("„Das tut unglaublich weh“", "\"I'm still pinching myself\"") is a
  negative with speaker None (unchecked), as in the twelfth batch; a quote that reports a
  fact ("„Der Täter wurde am Bahnhof gefasst“, sagte Polizeisprecher Stefan Huber") is
  check-worthy and its speaker is checked, title dropped.
- "nach Angaben der ÖBB" gives "die ÖBB", as "nach Angaben der Landeswahlbehörde" gave
  "die Landeswahlbehörde" in an earlier batch.
- "die beiden Fahrer im Alter von 34 und 41 Jahren" is two ages (durations in years), the
  unit written once, as "im Alter von sechs bis zehn Jahren" in the ninth batch; "beiden"
  is no number word; "0,38 Sekunden vor der Zweiten" is a duration and ordinal 2.
- "im ersten Halbjahr", "the third quarter" are ordinals (eleventh and twelfth batches).
- "rund zwei Stunden lang" is a duration of 2 hours with "about", as "zwei Tage lang".
- "im Schnitt", "durchschnittlich" no hedge; "bis zu 480 Euro" "up_to"; "About" is
  "about"; "Nearly" "nearly"; "Knapp" "nearly"; "more than" "over".
- "five of the nine policymakers" and "19 von 26 Kantonen" are two counts each, as "zwei
  von 26 Kantonen" in the ninth batch.
- "magnitude 6.1" and "30 km", "41C", "48 Kilogramm", "49,800 points" are counts (physical
  units and index points are counts, as in the earlier batches).
- "from April" (a month alone) and "last year", "a year earlier" carry no quantity; "until
  April 2029" is the year 2029 (a month with its year is the year).
- "the 27-nation bloc" is count 27, as in the ninth and tenth batches; "120-year history"
  a duration of 120 years.
- Vote tallies are written "219 to 211" and "mit 102 zu 71 Stimmen" (two counts); no
  hyphenated score is used.
- Speakers are checked only where the earlier batches settled the form: "sagte X" and
  "said X" with a title dropped, "teilte X mit", "wie X mitteilte"/"bestätigte", "so der
  X", "laut Polizei" (the name as written), "X said" at the end ("Downing Street said",
  "the group said", "Eurostat said", "the CDC said"); "ein Sprecher", "officials said",
  "according to NHS figures", "heißt es in einer Studie", "laut dem ...", "its editor", a
  source opening the sentence and all negatives are left unchecked (None).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_13 = [
    # --- German, facts with figures -------------------------------------------------------
    ("de", "Mit 102 zu 71 Stimmen beschloss der Nationalrat am Mittwoch eine Reform der Sozialhilfe.", True,
     [("count", 102, None, None), ("count", 71, None, None)], None),
    ("de", "Die Inflation in Österreich ist im Oktober auf 3,8 Prozent gestiegen, teilte die Statistik Austria mit.", True,
     [("percent", 3.8, "%", None)], "die Statistik Austria"),
    ("de", "Der Maschinenbauer streicht bis 2028 rund 1.400 Stellen in Deutschland.", True,
     [("year", 2028, None, None), ("count", 1400, None, "about")], None),
    ("de", "Bei dem Busunglück in der Obersteiermark wurden 23 Menschen verletzt, vier davon schwer.", True,
     [("count", 23, None, None), ("count", 4, None, None)], None),
    ("de", "Die schwedische Reichsbank senkte den Leitzins überraschend um 0,5 Prozentpunkte auf 1,75 Prozent.", True,
     [("percent", 0.5, "pp", None), ("percent", 1.75, "%", None)], None),
    ("de", "Das Landesgericht Klagenfurt verurteilte den 38-Jährigen wegen schweren Betrugs zu vier Jahren Haft.", True,
     [("duration", 38, "year", None), ("duration", 4, "year", None)], None),
    ("de", "Der Stromverbrauch im Land sank im ersten Halbjahr um 2,7 Prozent auf 31,4 Terawattstunden.", True,
     [("ordinal", 1, None, None), ("percent", 2.7, "%", None), ("count", 31.4, None, None)], None),
    ("de", "Die Stadt Graz investiert bis 2030 rund 85 Millionen Euro in den Ausbau von zwei Straßenbahnlinien.", True,
     [("year", 2030, None, None), ("money", 85000000, "EUR", "about"), ("count", 2, None, None)], None),
    ("de", "Am 14. März 2027 wählt Kärnten einen neuen Landtag, zu vergeben sind 36 Mandate.", True,
     [("date", "2027-03-14", None, None), ("count", 36, None, None)], None),
    ("de", "Der Nachtzug war mit 340 Fahrgästen an Bord rund zwei Stunden lang vor dem Arlbergtunnel blockiert.", True,
     [("count", 340, None, None), ("duration", 2, "hour", "about")], None),
    ("de", "Knapp zwei Drittel der Gemeinden haben ihre Budgets für das kommende Jahr bereits beschlossen, so der Gemeindebund.", True,
     [("fraction", 0.6667, None, "nearly")], "der Gemeindebund"),
    ("de", "Die Zahl der Asylanträge ging von 2024 auf 2025 um 31 Prozent zurück.", True,
     [("year", 2024, None, None), ("year", 2025, None, None), ("percent", 31, "%", None)], None),
    ("de", "Das Rote Kreuz hat heuer bereits 12.800 Blutkonserven in Oberösterreich gesammelt, um 6 Prozent weniger als 2024.", True,
     [("count", 12800, None, None), ("percent", 6, "%", None), ("year", 2024, None, None)], None),
    ("de", "Der Goldpreis kletterte am Nachmittag um 1,2 Prozent auf 4.050 Dollar je Feinunze.", True,
     [("percent", 1.2, "%", None), ("money", 4050, "USD", None)], None),
    ("de", "Der Stahlkonzern wies für das dritte Quartal einen Verlust von 210 Mio. Euro bei einem Umsatz von 3,9 Mrd. Euro aus.", True,
     [("ordinal", 3, None, None), ("money", 210000000, "EUR", None), ("money", 3900000000, "EUR", None)], None),
    ("de", "Die Ausgleichszulage wird mit 1. Jänner um 4,6 Prozent erhöht.", True,
     [("date", "--01-01", None, None), ("percent", 4.6, "%", None)], None),
    ("de", "Das Hochwasser hat in 17 Gemeinden des Waldviertels Schäden von mehr als 60 Millionen Euro verursacht.", True,
     [("count", 17, None, None), ("money", 60000000, "EUR", "over")], None),
    ("de", "Der 71-jährige Lyriker erhält den mit 25.000 Euro dotierten Literaturpreis des Landes.", True,
     [("duration", 71, "year", None), ("money", 25000, "EUR", None)], None),
    ("de", "Bei der Abstimmung sagten 53,2 Prozent der Stimmenden Ja zur Vorlage, 19 von 26 Kantonen stimmten zu.", True,
     [("percent", 53.2, "%", None), ("count", 19, None, None), ("count", 26, None, None)], None),
    ("de", "Für 2026 rechnen die Ökonomen der Nationalbank mit einem Wirtschaftswachstum von 1,1 Prozent und einer Inflation von 2,4 Prozent.", True,
     [("year", 2026, None, None), ("percent", 1.1, "%", None), ("percent", 2.4, "%", None)], None),
    ("de", "Zollfahnder stellten in einem Lastwagen 48 Kilogramm Kokain sicher, die beiden Fahrer im Alter von 34 und 41 Jahren wurden festgenommen.", True,
     [("count", 48, None, None), ("duration", 34, "year", None), ("duration", 41, "year", None)], None),
    ("de", "Mit 120 Einsatzkräften kämpfte die Feuerwehr neun Stunden gegen die Flammen.", True,
     [("count", 120, None, None), ("duration", 9, "hour", None)], None),
    ("de", "Jeder fünfte Lehrling bricht die Ausbildung vorzeitig ab, heißt es in einer Studie des Instituts für Bildungsforschung.", True,
     [("fraction", 0.2, None, None)], None),
    ("de", "Die Kartenpreise für die Festspiele steigen um durchschnittlich 7 Prozent auf bis zu 480 Euro.", True,
     [("percent", 7, "%", None), ("money", 480, "EUR", "up_to")], None),
    ("de", "Die Bauarbeiten am Semmering-Basistunnel dauern nach Angaben der ÖBB voraussichtlich bis 2031.", True,
     [("year", 2031, None, None)], "die ÖBB"),
    ("de", "In Sölden holte die Tirolerin ihren zwölften Weltcupsieg, 0,38 Sekunden vor der Zweiten.", True,
     [("ordinal", 12, None, None), ("duration", 0.38, "second", None), ("ordinal", 2, None, None)], None),
    ("de", "Über den Flughafen Schwechat reisten im Oktober 2,9 Millionen Passagiere, ein Zuwachs von 5 Prozent.", True,
     [("count", 2900000, None, None), ("percent", 5, "%", None)], None),
    ("de", "Der Kanton Zürich zahlt ab 2026 eine Prämie von 500 Franken für jede neue Wärmepumpe, insgesamt stehen 12 Millionen Franken bereit.", True,
     [("year", 2026, None, None), ("money", 500, "CHF", None), ("money", 12000000, "CHF", None)], None),
    ("de", "Die Bundesanwaltschaft hat Anklage gegen drei mutmaßliche Mitglieder einer Terrorzelle erhoben, ihnen drohen bis zu zehn Jahre Haft.", True,
     [("count", 3, None, None), ("duration", 10, "year", "up_to")], None),
    ("de", "Die Sondersitzung des Sicherheitsrats dauerte knapp fünf Stunden, 13 der 15 Mitglieder stimmten für die Resolution.", True,
     [("duration", 5, "hour", "nearly"), ("count", 13, None, None), ("count", 15, None, None)], None),
    ("de", "Laut Polizei zogen etwa 8.000 Menschen durch die Innenstadt, die Veranstalter sprachen von 15.000.", True,
     [("count", 8000, None, "about"), ("count", 15000, None, None)], "Polizei"),
    ("de", "Auf ein neues Kniegelenk warten Patienten im Schnitt 14 Wochen, vor fünf Jahren waren es neun Wochen.", True,
     [("duration", 14, "week", None), ("duration", 5, "year", None), ("duration", 9, "week", None)], None),
    ("de", "Das Defizit soll 2026 auf 4,2 Prozent der Wirtschaftsleistung sinken, sagte Finanzminister Markus Leitner.", True,
     [("year", 2026, None, None), ("percent", 4.2, "%", None)], "Markus Leitner"),
    ("de", "Die Versicherung zahlt eine Dividende von 3,10 Euro je Aktie, nach 2,80 Euro im Vorjahr.", True,
     [("money", 3.1, "EUR", None), ("money", 2.8, "EUR", None)], None),
    # --- German, facts without any figure (look-alikes that must stay claims) ------------
    ("de", "Die Landespartei hat ihren für Samstag geplanten Parteitag in Linz abgesagt.", True, [], None),
    ("de", "Die Polizei hat den mutmaßlichen Täter am Abend in seiner Wohnung in Favoriten festgenommen.", True, [], None),
    ("de", "Das Bundesverwaltungsgericht hat die Abschiebung des Afghanen vorläufig gestoppt.", True, [], None),
    ("de", "Die Molkerei im Mühlviertel schließt zum Jahresende ihre Pforten.", True, [], None),
    ("de", "Der Ministerrat hat den Entwurf für das neue Klimaschutzgesetz auf den Weg gebracht.", True, [], None),
    ("de", "Die Staatsanwaltschaft hat Ermittlungen gegen den Bürgermeister der Gemeinde eingeleitet.", True, [], None),
    ("de", "Der Verfassungsgerichtshof hat die Auswertung von Handydaten ohne richterliche Genehmigung für verfassungswidrig erklärt.", True, [], None),
    ("de", "Die Fluglinie streicht die Verbindung von München nach Graz aus dem Sommerflugplan.", True, [], None),
    ("de", "Der Bürgermeister ist nach dem Bericht des Rechnungshofs zurückgetreten.", True, [], None),
    ("de", "Die Gewerkschaft hat die Verhandlungen mit den Arbeitgebern abgebrochen, teilte ein Sprecher mit.", True, [], None),
    ("de", "Der Bundesrat hat den russischen Botschafter einbestellt, wie das Aussendepartement mitteilte.", True, [], "das Aussendepartement"),
    ("de", "Die Vorwürfe der Opposition wies der Landeshauptmann umgehend zurück.", True, [], None),
    ("de", "Nach dem Erdrutsch wurde das Dorf im Prättigau vollständig evakuiert.", True, [], None),
    ("de", "Das Museum erhält ein verschollen geglaubtes Gemälde von Egon Schiele zurück.", True, [], None),
    ("de", "Der Möbelhändler hat Insolvenz angemeldet, wie das Landesgericht bestätigte.", True, [], "das Landesgericht"),
    ("de", "Im Hamburger Hafen ist ein Containerschiff auf Grund gelaufen.", True, [], None),
    ("de", "Ein Großbrand zerstörte am Sonntagabend ein Wirtschaftsgebäude im Innviertel.", True, [], None),
    ("de", "„Der Täter wurde am Bahnhof gefasst“, sagte Polizeisprecher Stefan Huber.", True, [], "Stefan Huber"),
    ("de", "Im Tiergarten ist ein Eisbär zur Welt gekommen.", True, [], None),
    ("de", "Die Bahnstrecke durch das Gesäuse ist nach dem Felssturz wieder freigegeben.", True, [], None),
    ("de", "Der Aufsichtsrat hat den Vorstandschef mit sofortiger Wirkung abberufen, teilte das Unternehmen mit.", True, [], "das Unternehmen"),
    # --- German, negatives -----------------------------------------------------------------
    ("de", "Für die Landesregierung ist dieser Bericht eine Blamage sondergleichen.", False, [], None),
    ("de", "Die Koalition sägt am eigenen Ast.", False, [], None),
    ("de", "Und wer begleicht am Ende die Rechnung?", False, [], None),
    ("de", "Es wäre an der Zeit, dass die Länder endlich Verantwortung übernehmen.", False, [], None),
    ("de", "„Ich bin einfach nur glücklich“, sagte die Siegerin nach dem Rennen.", False, [], None),
    ("de", "Der Winter wird wohl lang und teuer werden.", False, [], None),
    ("de", "Morgenstund hat Gold im Mund.", False, [], None),
    ("de", "Die Opposition bellt, aber sie beißt nicht.", False, [], None),
    ("de", "Stellen Sie sich vor, Ihr Zug fällt jeden Morgen aus.", False, [], None),
    ("de", "Vor dem Parlament hängt der Nebel tief über dem Ring, Tauben picken im Schneematsch.", False, [], None),
    ("de", "Damals, in den Jahren des Wiederaufbaus, schien alles möglich.", False, [], None),
    ("de", "Die Ministerin hat sich in eine Sackgasse manövriert.", False, [], None),
    ("de", "Der Kanzler bewegt sich auf dem internationalen Parkett wie ein Fisch im Wasser.", False, [], None),
    ("de", "Nach Ansicht der Wirtschaftskammer ist die Steuerreform ein brauchbarer Anfang.", False, [], None),
    ("de", "„Das tut unglaublich weh“, sagte der Trainer nach der Niederlage.", False, [], None),
    ("de", "Ob die Einsicht noch rechtzeitig kommt, steht in den Sternen.", False, [], None),
    ("de", "Die Gesundheitsreform ist ein Papiertiger.", False, [], None),
    ("de", "Man reibt sich verwundert die Augen.", False, [], None),
    ("de", "Die Stadtpolitik braucht frischen Wind statt alter Rezepte.", False, [], None),
    ("de", "Der Markt wird sich schon irgendwann wieder erholen.", False, [], None),
    ("de", "Warum hört eigentlich niemand auf die Bäuerinnen und Bauern?", False, [], None),
    ("de", "Viele Köche verderben den Brei.", False, [], None),
    ("de", "Die Luft im Verhandlungssaal war zum Schneiden dick.", False, [], None),
    ("de", "Der neue Trainer muss erst beweisen, dass er den Verein aus der Krise führen kann.", False, [], None),
    ("de", "Unterstützen Sie unabhängigen Journalismus mit einem Abo!", False, [], None),
    ("de", "Der Budgetstreit gleicht einem Tanz auf dem Vulkan.", False, [], None),
    ("de", "Die Sozialpartner sitzen alle im selben Boot.", False, [], None),
    ("de", "Die Zukunft der Innenstädte hängt am seidenen Faden.", False, [], None),
    ("de", "Laut dem Kabarettisten ist Österreich ein Land der Nörgler.", False, [], None),
    ("de", "Zurück bleibt ein bitterer Nachgeschmack.", False, [], None),
    # --- English, facts with figures -----------------------------------------------------------
    ("en", "WASHINGTON (Reuters) - The House of Representatives voted 219 to 211 late on Thursday to extend the farm bill.", True,
     [("count", 219, None, None), ("count", 211, None, None)], None),
    ("en", "Ireland's modified domestic demand rose 1.9% in the third quarter, the Central Statistics Office said.", True,
     [("percent", 1.9, "%", None), ("ordinal", 3, None, None)], "the Central Statistics Office"),
    ("en", "The airline will cut about 2,000 jobs by the end of 2027, chief executive Laura Byrne told reporters.", True,
     [("count", 2000, None, "about"), ("year", 2027, None, None)], "Laura Byrne"),
    ("en", "Police arrested 31 people and 12 officers were injured in clashes outside the stadium on Saturday night.", True,
     [("count", 31, None, None), ("count", 12, None, None)], None),
    ("en", "The Bank of England kept Bank Rate at 4%, with five of the nine policymakers voting to hold.", True,
     [("percent", 4, "%", None), ("count", 5, None, None), ("count", 9, None, None)], None),
    ("en", "Flames have scorched more than 12,000 acres and razed 140 homes, Cal Fire said.", True,
     [("count", 12000, None, "over"), ("count", 140, None, None)], "Cal Fire"),
    ("en", "A quake of magnitude 6.1 shook Hokkaido on Friday, with its epicentre 30 km beneath the seabed.", True,
     [("count", 6.1, None, None), ("count", 30, None, None)], None),
    ("en", "The chipmaker reported net profit of $3.2 billion for the quarter, up 14% from a year earlier.", True,
     [("money", 3200000000, "USD", None), ("percent", 14, "%", None)], None),
    ("en", "Brent crude slipped 2% to $61.40, the cheapest level since May 2021.", True,
     [("percent", 2, "%", None), ("money", 61.4, "USD", None), ("year", 2021, None, None)], None),
    ("en", "The jury deliberated for six hours before convicting the 29-year-old of manslaughter.", True,
     [("duration", 6, "hour", None), ("duration", 29, "year", None)], None),
    ("en", "The 58-year-old former branch manager received a 12-year jail term for stealing $4.3 million from clients.", True,
     [("duration", 58, "year", None), ("duration", 12, "year", None), ("money", 4300000, "USD", None)], None),
    ("en", "Unemployment in the euro zone stood at 6.3% in September, with 10.9 million people out of work, Eurostat said.", True,
     [("percent", 6.3, "%", None), ("count", 10900000, None, None)], "Eurostat"),
    ("en", "About one in four adults in England is now obese, according to NHS figures.", True,
     [("fraction", 0.25, None, "about")], None),
    ("en", "The 10-year Treasury yield rose 6 basis points to 4.18%.", True,
     [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 4.18, "%", None)], None),
    ("en", "The storm left 220,000 homes without power across Ireland on Sunday, with gusts of up to 130 km/h.", True,
     [("count", 220000, None, None), ("count", 130, None, "up_to")], None),
    ("en", "The national living wage will rise by 4.1% to £12.95 an hour from April.", True,
     [("percent", 4.1, "%", None), ("money", 12.95, "GBP", None)], None),
    ("en", "The museum drew a record 7.2 million visitors in 2025, a third of them from abroad.", True,
     [("count", 7200000, None, None), ("year", 2025, None, None), ("fraction", 0.3333, None, None)], None),
    ("en", "The striker has scored 19 goals in 22 appearances this season.", True,
     [("count", 19, None, None), ("count", 22, None, None)], None),
    ("en", "Tokyo stocks closed up 1.4%, with the Nikkei at 49,800 points.", True,
     [("percent", 1.4, "%", None), ("count", 49800, None, None)], None),
    ("en", "The government will spend £1.5bn on repairing potholes over the next five years.", True,
     [("money", 1500000000, "GBP", None), ("duration", 5, "year", None)], None),
    ("en", "The firm's stock has shed a third of its value since March, wiping $2.6 billion off its market value.", True,
     [("fraction", 0.3333, None, None), ("money", 2600000000, "USD", None)], None),
    ("en", "About 4,500 soldiers from nine countries join the manoeuvres, which begin on Oct. 3.", True,
     [("count", 4500, None, "about"), ("count", 9, None, None), ("date", "--10-03", None, None)], None),
    ("en", "A court in Paris fined the bank 450 million euros for breaching sanctions between 2016 and 2021.", True,
     [("money", 450000000, "EUR", None), ("year", 2016, None, None), ("year", 2021, None, None)], None),
    ("en", "Measles infections in the U.S. have reached 1,650 this year, a level last seen in 1992, the CDC said.", True,
     [("count", 1650, None, None), ("year", 1992, None, None)], "the CDC"),
    ("en", "The ceasefire took effect at midnight, ending 11 days of fighting.", True,
     [("duration", 11, "day", None)], None),
    ("en", "She became the third woman to lead the party in its 120-year history.", True,
     [("ordinal", 3, None, None), ("duration", 120, "year", None)], None),
    ("en", "The ferry, carrying 312 passengers and 41 crew, ran aground near the port of Piraeus.", True,
     [("count", 312, None, None), ("count", 41, None, None)], None),
    ("en", "Consumer prices in the United States rose 2.9% in October after 3.1% in September.", True,
     [("percent", 2.9, "%", None), ("percent", 3.1, "%", None)], None),
    ("en", "The software group agreed to buy the start-up for $4.8 billion in cash, a 35% premium to its last valuation.", True,
     [("money", 4800000000, "USD", None), ("percent", 35, "%", None)], None),
    ("en", "Nearly 58% of those who voted on Sunday supported the new constitution, officials said.", True,
     [("percent", 58, "%", "nearly")], None),
    ("en", "Temperatures reached 41C in Seville on Monday, the state weather agency said.", True,
     [("count", 41, None, None)], None),
    ("en", "Ministers of the 27-nation bloc agreed to suspend the new tariffs for 90 days.", True,
     [("count", 27, None, None), ("duration", 90, "day", None)], None),
    ("en", "Sales of electric cars in Britain rose by a quarter in November to 38,400, the SMMT said.", True,
     [("fraction", 0.25, None, None), ("count", 38400, None, None)], "the SMMT"),
    ("en", "Fourteen countries have reported cases of the new strain, the World Health Organization said.", True,
     [("count", 14, None, None)], "the World Health Organization"),
    ("en", "The contract runs until April 2029 and is worth up to $90 million.", True,
     [("year", 2029, None, None), ("money", 90000000, "USD", "up_to")], None),
    # --- English, facts without any figure (look-alikes that must stay claims) -------------
    ("en", "The rugby club has parted company with its head coach.", True, [], None),
    ("en", "Police have arrested a man on suspicion of murder after a woman was found dead in Leeds.", True, [], None),
    ("en", "The Supreme Court has agreed to hear a challenge to the state's abortion ban.", True, [], None),
    ("en", "A new foreign secretary was named on Friday evening, Downing Street said.", True, [], "Downing Street"),
    ("en", "The plant near Bristol will shut down next spring, the group said.", True, [], "the group"),
    ("en", "A federal judge has blocked the administration's plan to cut funding for public broadcasters.", True, [], None),
    ("en", "Norway's central bank kept borrowing costs on hold.", True, [], None),
    ("en", "Lawmakers have passed a bill banning the sale of disposable vapes.", True, [], None),
    ("en", "The footbridge collapsed after heavy rain washed away its supports.", True, [], None),
    ("en", "Prosecutors have withdrawn the indictment against the former senator.", True, [], None),
    ("en", "The carrier has grounded its fleet of regional jets pending safety checks.", True, [], None),
    ("en", "Firefighters battled the blaze at the warehouse through the night.", True, [], None),
    ("en", "The newspaper has published an apology, its editor said.", True, [], None),
    ("en", "The ship's captain has been charged with negligence, the coastguard said.", True, [], "the coastguard"),
    ("en", "The government has declared a state of emergency in the flooded region.", True, [], None),
    ("en", "Shares in the carmaker plunged after it issued a profit warning.", True, [], None),
    ("en", "The company has recalled a batch of baby formula over contamination fears.", True, [], None),
    ("en", "\"We have located the wreckage,\" said navy spokesman Tom Reyes.", True, [], "Tom Reyes"),
    ("en", "The mayor has resigned over the housing scandal.", True, [], None),
    ("en", "Regulators have approved the merger of the two largest mobile operators.", True,
     [("count", 2, None, None)], None),
    # --- English, negatives --------------------------------------------------------------------
    ("en", "The party has lost its soul.", False, [], None),
    ("en", "What exactly did the minister know, and when did she know it?", False, [], None),
    ("en", "Congress should finally grow up.", False, [], None),
    ("en", "Still waters run deep.", False, [], None),
    ("en", "The finance minister is walking on eggshells.", False, [], None),
    ("en", "\"I'm still pinching myself,\" the winning jockey said.", False, [], None),
    ("en", "Tell your MP what you think before the vote.", False, [], None),
    ("en", "Wind tugged at the flags as the crowd waited outside the courthouse.", False, [], None),
    ("en", "In hindsight, the summer of protests changed the city more than anyone realised.", False, [], None),
    ("en", "Markets will remain jittery for some time to come.", False, [], None),
    ("en", "The opposition leader is like a boxer who has forgotten how to throw a punch.", False, [], None),
    ("en", "Critics say the plan is little more than window dressing.", False, [], None),
    ("en", "Nobody can say where this will end.", False, [], None),
    ("en", "The reform is welcome but long overdue.", False, [], None),
    ("en", "You can't make an omelette without breaking eggs.", False, [], None),
    ("en", "The talks are a house of cards waiting for a gust of wind.", False, [], None),
    ("en", "\"It feels like a nightmare,\" a resident told reporters.", False, [], None),
    ("en", "Can the league really afford another season like this?", False, [], None),
    ("en", "The old port town has a way of getting under your skin.", False, [], None),
    ("en", "Don't hold your breath for a deal before Christmas.", False, [], None),
    ("en", "The economy is treading water.", False, [], None),
    ("en", "Patients deserve more than warm words.", False, [], None),
    ("en", "There is something almost theatrical about the way the summit unfolded.", False, [], None),
    ("en", "The president appears to believe his own headlines.", False, [], None),
    ("en", "Spirits among the players could hardly sink further.", False, [], None),
    ("en", "Prices are likely to keep climbing in the months ahead.", False, [], None),
    ("en", "In the end, it all comes down to trust.", False, [], None),
    ("en", "The new stadium sits like a spaceship on the edge of the city.", False, [], None),
    ("en", "Let's be honest: nobody saw this coming.", False, [], None),
    ("en", "The governor said her heart went out to the families.", False, [], None),
]
