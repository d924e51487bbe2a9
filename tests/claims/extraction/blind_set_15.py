"""Fifteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests). Companies, people and figures are made up or used only as
sample data. Its weight: a regional and service news day, half German (APA, dpa,
Keystone-SDA style, with Austrian "heuer", "Jänner", "Spital", "Alkolenker", "Nicht
genügend", Swiss "ss", "Franken", "CHF ... Mio.", "61'400"), half English (PA, AP, AAP, CP,
PTI style, with UK, US, Australian, Canadian and Indian usage: "p", "per cent", "percent",
"A$", "C$", "Rs", "lakh", "crore", "Sept. 1", "1 June 2026"): police and fire reports,
traffic and rail, weather and natural hazards (avalanches, floods, heat, storms, quakes),
health and hospitals, schools and universities, local government budgets, courts
(sentences in years and months, day-fines, fines), sport results and tables, business
(quarterly results, job cuts, prices, tariffs), culture (visitors, auctions) and science.
Figures in every written form: German and English grouping and decimals, "Mio."/"Mrd."/
"bn"/"m", number words ("zwölf", "eineinhalb", "zweieinhalb", "viereinhalb", "a dozen",
"half a million"), compounds ("Dreijährige", "80-Jähriger", "Zehnjahreshoch", "vierstündige
Sperre", "fünfstufig", "dreimalig", "a 40-minute delay", "three-time champion", "20mph"),
ordinals, fractions, percent and percentage points, money, years, dates, clock times,
ranges and hedges; attributions of many forms; 27 check-worthy facts without any figure;
and 45 negatives, mostly of kinds the tenth to thirteenth batches had little of: editorial
notes and teasers, counterfactuals, greetings and thanks, the writer's own memories,
statements of what is not yet known, unattributed speculation, service notes and advice,
a farmers' weather rule and a weather proverb, horoscopes, recipe steps, quiz and
attributed questions, exclamations, sport clichés, generalisations about a people (plus
one quoted feeling per language). 237 rows (120 German, 117 English), 45 negatives, 192
check-worthy rows of which 27 carry no figure, 314 expected quantities (6 of them in
negatives), 44 checked speakers. Sentences sharing a run of 8 or more words with any file
under tests/ (checked by a script that printed only this batch's sentences) were reworded
before the commit; none remains.

Decisions where the rules are silent, taken before the run:
- A crore is 10 million, as a lakh is 100,000 in the twelfth batch: "2.3 crore
  passengers" is count 23,000,000, "Rs 16,820 crore" 168,200,000,000 INR; "Rs 5 lakh"
  500,000 INR.
- "der dreimalige Weltmeister" and "the three-time champion" are count 3 (the unit of a
  count is not checked), as "dreimal so hoch" and "scored twice" count times.
- "auf Stufe vier der fünfstufigen Skala" is count 4 (a level on a scale, like "Stärke
  3,9") and count 5 (a number word counting the parts of a compound, as
  "Achtpunktepapier"); it is no rank like "Platz drei".
- "in den ersten drei Quartalen" is ordinal 1 and count 3: a quarter is no unit of the
  rules' duration list (as "28 Verhandlungstage" are a count); "first-half profit" is
  ordinal 1, as "third-quarter revenue" is ordinal 3.
- "Zehnjahreshoch" is a duration of 10 years, as "Zehnjahresanleihe" (number word before
  "-jahres-", fifth batch); "Dreijährige", "80-Jähriger", "76-jährige", "the
  24-year-old" are ages, durations in years.
- "von sechs auf viereinhalb Jahre" is two durations in years, the unit written once, as
  "die ÖVP auf 21 und die SPÖ auf 20 Prozent" in the eleventh batch; "zwei Jahren und
  drei Monaten", "six years and eight months", "2 minutes 3.14 seconds" one duration per
  figure.
- "mehrere hunderttausend Franken" is a vague magnitude with no quantity, as
  "Hunderttausende" (fifth batch); the row is still a check-worthy fact.
- A unit with an article and no figure carries no quantity (fifth batch): "Ein Kilo
  Butter", "vor einem Jahr", "more than a year", "a month ago", "in a week", "£9,535 a
  year"; "einer hatte 2,6 Promille" is a pronoun; "das war einmal" (once upon a time) is
  no number word.
- Clock times carry no quantity ("um 4.45 Uhr", "at 2.15am"), as in the ninth batch; a
  month alone neither ("Im Jänner", "ab Juli", "from September", "in March"); a season or
  month with its year is the year ("im Sommer 2024", "ab Herbst 2026", "im September
  2027").
- "die ersten Kräfte" is ordinal 1 (an ordinal before a noun, as "the first team");
  "the second year of rises" ordinal 2; "wurde Dritte", "nur noch Achter", "finished
  14th", "ranked 21st" ordinals.
- Scores carry no quantity ("2:1", "4-1", "the series 2-1"); league points, goals, balls
  and races are counts ("eight points ahead", "12 points with three races left").
- "eine halbe Stunde" is 0.5 hours (twelfth batch), here with "bis zu" as "up_to";
  "every four minutes" is a duration of 4 minutes, as "alle drei Minuten"; "five years
  after work began" and "about 12,000 years ago" durations in years, as "100 years ago".
- "mehr als doppelt so viele" is count 2 "times" with "over" and "more than three times
  its estimate" count 3 "times" with "over", as "mehr als zehnmal so viele"; "a dozen" is
  12, "half a million" 500,000.
- Pence are GBP ("1.6p" -> 0.016), "60 cents a share" after "A$5.7bn" AUD hundredths,
  as cents after an amount in the earlier batches; "minus 45" wind chill is count -45.
- "Class 12", "T1", "S7", "M25" are identifiers with no quantity; "20mph", "25cm",
  "10kg", "200m" counts.
- Hedges: "Gut" is "over"; "knapp", "almost" "nearly"; "rund", "etwa", "Around",
  "About", "about", "an estimated" "about"; "Fewer than" "under"; "mehr als", "more
  than" "over"; "bis zu", "up to" "up_to"; "mindestens", "at least" "at_least"; "im
  Schnitt", "durchschnittlich", "passed", "a record" no hedge.
- Negatives: an editorial note, a teaser or heading, a counterfactual, a greeting, thanks,
  the writer's own memory, a statement that something is not yet known ("ist noch völlig
  unklar", "Further details were not immediately available"), unattributed speculation
  ("Möglicherweise war Sekundenschlaf im Spiel", "Black ice may have played a part"), a
  service note ("Karten gibt es an der Abendkasse"), advice, a horoscope, a recipe step,
  a quiz question and a question put by a named person carry nothing to check. A figure
  in a negative is still labelled ("zehn Minuten" in a recipe, "die drei Punkte",
  "meinen ersten Skikurs"), as the 2008 crash in the eleventh batch.
- Speakers are checked only where the earlier batches settled the form: "sagte X", "so
  X", "erklärte X", "said X" with a title or lower-case description dropped
  ("Feuerwehrsprecher", "Spitalsdirektorin", "Finanzstadträtin", "coastguard sergeant",
  "Inspector", "Premier"); "teilte X mit", "wie X mitteilte/bestätigte", "so die X",
  "hieß es aus dem Rathaus" (-> "das Rathaus"), "Der Statistik Austria zufolge" (-> "die
  Statistik Austria") with the article in the nominative; "laut Polizei", "laut
  Bildungsdirektion" as written; "X said" at the end, "X said ..." opening the sentence
  ("NHS England said 58.9% ...", as "The defence ministry said in a statement that" in the
  eleventh batch), "according to X", "X told reporters". Left unchecked (None): "nach
  Angaben seiner Familie", "ergab eine Umfrage der ...", "officials said", "its
  vice-chancellor told staff", a description before a name ("the union Unifor said"), a
  source as the subject of a verb that is not one of saying ("Die Geosphere Austria
  registrierte", "The Met Office issued") and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_15 = [
    # --- police and fire, German ------------------------------------------------------------
    ("de", "Innsbruck (APA) - Bei einem Unfall auf der Brennerautobahn sind am Freitagabend ein 80-Jähriger und seine 76-jährige Beifahrerin schwer verletzt worden.", True,
     [("duration", 80, "year", None), ("duration", 76, "year", None)], None),
    ("de", "Die Feuerwehr war mit 14 Fahrzeugen und 95 Mitgliedern im Einsatz, der Brand war nach eineinhalb Stunden gelöscht, teilte das Bezirksfeuerwehrkommando mit.", True,
     [("count", 14, None, None), ("count", 95, None, None), ("duration", 1.5, "hour", None)], "das Bezirksfeuerwehrkommando"),
    ("de", "Eine Dreijährige ist in Linz aus einem Fenster im zweiten Stock gestürzt und wurde mit dem Notarzthubschrauber ins Spital geflogen.", True,
     [("duration", 3, "year", None), ("ordinal", 2, None, None)], None),
    ("de", "Bei einer Schwerpunktkontrolle im Bezirk Baden stellte die Polizei 37 Alkolenker fest, einer hatte 2,6 Promille im Blut.", True,
     [("count", 37, None, None), ("count", 2.6, None, None)], None),
    ("de", "Laut Polizei raste der 19-Jährige mit 142 km/h durch das Ortsgebiet, erlaubt sind dort 50.", True,
     [("duration", 19, "year", None), ("count", 142, None, None), ("count", 50, None, None)], "Polizei"),
    ("de", "Bei einer Razzia in Ottakring beschlagnahmten Ermittler 11 Kilogramm Cannabis und 46.300 Euro Bargeld, zwei Männer wurden festgenommen.", True,
     [("count", 11, None, None), ("money", 46300, "EUR", None), ("count", 2, None, None)], None),
    ("de", "Zürich (Keystone-SDA) - Beim Brand eines Mehrfamilienhauses in Winterthur mussten in der Nacht auf Sonntag 23 Bewohnerinnen und Bewohner evakuiert werden, wie die Stadtpolizei mitteilte.", True,
     [("count", 23, None, None)], "die Stadtpolizei"),
    ("de", "Die Alarmierung ging um 4.45 Uhr ein, zehn Minuten später waren die ersten Kräfte vor Ort.", True,
     [("duration", 10, "minute", None), ("ordinal", 1, None, None)], None),
    ("de", "„Wir haben in der Sturmnacht 64 Einsätze gezählt“, sagte Feuerwehrsprecher Lukas Pichler.", True,
     [("count", 64, None, None)], "Lukas Pichler"),
    ("de", "Wie die Landespolizeidirektion Niederösterreich mitteilte, wurden bei dem Auffahrunfall auf der Südautobahn sieben Menschen verletzt.", True,
     [("count", 7, None, None)], "die Landespolizeidirektion Niederösterreich"),
    # --- traffic and rail, German -----------------------------------------------------------
    ("de", "Wegen eines Oberleitungsschadens war die Weststrecke zwischen St. Pölten und Amstetten am Montag vier Stunden lang gesperrt, rund 60 Züge fielen aus, teilten die ÖBB mit.", True,
     [("duration", 4, "hour", None), ("count", 60, None, "about")], "die ÖBB"),
    ("de", "Nach einem Lkw-Unfall bildete sich auf der Westautobahn bei Salzburg ein zwölf Kilometer langer Stau.", True,
     [("count", 12, None, None)], None),
    ("de", "Die vierstündige Sperre des Arlbergtunnels sorgte am Samstag für lange Wartezeiten auf den Ausweichrouten.", True,
     [("duration", 4, "hour", None)], None),
    ("de", "Pendlerinnen und Pendler auf der Linie S7 mussten am Morgen mit Verspätungen von bis zu einer halben Stunde rechnen.", True,
     [("duration", 0.5, "hour", "up_to")], None),
    ("de", "Das Klimaticket kostet ab 1. Jänner 1.400 Euro, um 105 Euro mehr als bisher.", True,
     [("date", "--01-01", None, None), ("money", 1400, "EUR", None), ("money", 105, "EUR", None)], None),
    ("de", "Die SBB beförderten im Vorjahr durchschnittlich 1,36 Millionen Fahrgäste pro Tag, so viele wie nie zuvor.", True,
     [("count", 1360000, None, None)], None),
    ("de", "Auf Österreichs Straßen kamen im Vorjahr 351 Menschen ums Leben, um 51 weniger als 2023, teilte das Innenministerium mit.", True,
     [("count", 351, None, None), ("count", 51, None, None), ("year", 2023, None, None)], "das Innenministerium"),
    # --- weather and natural hazards, German ------------------------------------------------
    ("de", "Der Lawinenwarndienst hob die Gefahr in den Tiroler Zentralalpen am Donnerstag auf Stufe vier der fünfstufigen Skala an.", True,
     [("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Am Stubaier Gletscher wurden drei Skitourengeher von einem Schneebrett verschüttet, zwei konnten sich selbst befreien, so die Bergrettung.", True,
     [("count", 3, None, None), ("count", 2, None, None)], "die Bergrettung"),
    ("de", "Binnen 24 Stunden fielen am Arlberg bis zu 80 Zentimeter Neuschnee.", True,
     [("duration", 24, "hour", None), ("count", 80, None, "up_to")], None),
    ("de", "Im Jänner wurden in Tirol 14 Lawinenabgänge mit Personenbeteiligung registriert.", True,
     [("count", 14, None, None)], None),
    ("de", "In Bad Bleiberg kletterte das Thermometer am Dienstag auf 36,8 Grad, so heiß war es in Kärnten im Juni noch nie.", True,
     [("count", 36.8, None, None)], None),
    ("de", "Heuer gab es in Wien bereits 41 Hitzetage mit mindestens 30 Grad, im langjährigen Mittel sind es 18.", True,
     [("count", 41, None, None), ("count", 30, None, "at_least"), ("count", 18, None, None)], None),
    ("de", "Der Pegel der Salzach stieg in der Stadt Salzburg bis Sonntagmittag auf 7,31 Meter, die Hochwasserwarnung bleibt aufrecht.", True,
     [("count", 7.31, None, None)], None),
    ("de", "Das Hochwasser im Sommer 2024 verursachte in Niederösterreich Schäden von rund 700 Mio. Euro.", True,
     [("year", 2024, None, None), ("money", 700000000, "EUR", "about")], None),
    ("de", "Die Geosphere Austria registrierte am Morgen ein Erdbeben der Stärke 3,9 im Raum Neunkirchen, verletzt wurde niemand.", True,
     [("count", 3.9, None, None)], None),
    ("de", "Bern (Keystone-SDA) - Der Sommer war in der Schweiz 1,4 Grad wärmer als im Mittel der Jahre 1991 bis 2020, teilte MeteoSchweiz mit.", True,
     [("count", 1.4, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], "MeteoSchweiz"),
    ("de", "Der Föhnsturm riss in der Nacht rund 2.500 Bäume um, 18.000 Haushalte in der Obersteiermark waren ohne Strom.", True,
     [("count", 2500, None, "about"), ("count", 18000, None, None)], None),
    ("de", "Nach den Unwettern sind im Tessin noch immer zwölf Gemeinden nur über Notstrassen erreichbar.", True,
     [("count", 12, None, None)], None),
    ("de", "Rund die Hälfte der Skigebiete in Niederösterreich hat wegen Schneemangels noch nicht geöffnet.", True,
     [("fraction", 0.5, None, "about")], None),
    # --- health and hospitals, German -------------------------------------------------------
    ("de", "Auf eine MRT-Untersuchung warten Versicherte in Oberösterreich im Schnitt 32 Tage, teilte die Patientenanwaltschaft mit.", True,
     [("duration", 32, "day", None)], "die Patientenanwaltschaft"),
    ("de", "Im Klinikum Klagenfurt sind derzeit 46 von 520 Betten wegen Personalmangels gesperrt.", True,
     [("count", 46, None, None), ("count", 520, None, None)], None),
    ("de", "In den Wiener Spitälern liegen derzeit 412 Grippepatienten, mehr als doppelt so viele wie vor einer Woche.", True,
     [("count", 412, None, None), ("count", 2, "times", "over")], None),
    ("de", "Gut drei Viertel der befragten Pflegerinnen und Pfleger erwägen einen Berufswechsel, ergab eine Umfrage der Arbeiterkammer.", True,
     [("fraction", 0.75, None, "over")], None),
    ("de", "Die Notaufnahme des Kantonsspitals Luzern behandelte im Vorjahr 61'400 Patientinnen und Patienten, 7 Prozent mehr als 2023.", True,
     [("count", 61400, None, None), ("percent", 7, "%", None), ("year", 2023, None, None)], None),
    ("de", "Ein 45-jähriger Patient wartete nach Angaben seiner Familie knapp neun Stunden auf eine Notoperation.", True,
     [("duration", 45, "year", None), ("duration", 9, "hour", "nearly")], None),
    ("de", "Die Krankenkasse übernimmt ab Juli die Kosten für das Medikament, eine Monatspackung kostet 1.180 Euro.", True,
     [("money", 1180, "EUR", None)], None),
    ("de", "Die Wartezeit auf ein neues Hüftgelenk habe sich auf fünf Monate verkürzt, erklärte Spitalsdirektorin Eva Brunner.", True,
     [("duration", 5, "month", None)], "Eva Brunner"),
    # --- schools and universities, German ---------------------------------------------------
    ("de", "Zum Schulstart in der Steiermark fehlen laut Bildungsdirektion noch 85 Lehrerinnen und Lehrer.", True,
     [("count", 85, None, None)], "Bildungsdirektion"),
    ("de", "An der Universität Graz sind im Wintersemester 29.870 Studierende inskribiert, knapp zwei Drittel davon sind Frauen.", True,
     [("count", 29870, None, None), ("fraction", 0.6667, None, "nearly")], None),
    ("de", "Jeder dritte Volksschüler in Wien spricht im Alltag überwiegend eine andere Sprache als Deutsch.", True,
     [("fraction", 0.3333, None, None)], None),
    ("de", "Die ETH Zürich erhöht die Studiengebühren für ausländische Studierende ab Herbst 2026 auf 2190 Franken pro Semester.", True,
     [("year", 2026, None, None), ("money", 2190, "CHF", None)], None),
    ("de", "Bei der Englisch-Matura erhielten heuer 4,9 Prozent ein Nicht genügend, im Vorjahr waren es 6,3 Prozent.", True,
     [("percent", 4.9, "%", None), ("percent", 6.3, "%", None)], None),
    ("de", "Der Neubau der Volksschule in Dornbirn kostet 23,5 Millionen Euro und soll im September 2027 fertig sein.", True,
     [("money", 23500000, "EUR", None), ("year", 2027, None, None)], None),
    # --- local government budgets, German ---------------------------------------------------
    ("de", "Der Grazer Gemeinderat beschloss am Donnerstag einen Haushalt mit Ausgaben von 1,37 Mrd. Euro, die Neuverschuldung beträgt 118 Mio. Euro.", True,
     [("money", 1370000000, "EUR", None), ("money", 118000000, "EUR", None)], None),
    ("de", "Die Stadt Leoben muss heuer 9,4 Millionen Euro einsparen, sagte Bürgermeister Thomas Reiter.", True,
     [("money", 9400000, "EUR", None)], "Thomas Reiter"),
    ("de", "Der Kanton Bern budgetiert für 2026 ein Defizit von 185 Millionen Franken.", True,
     [("year", 2026, None, None), ("money", 185000000, "CHF", None)], None),
    ("de", "Die Gemeinden erhalten vom Bund zusätzlich eineinhalb Milliarden Euro, verteilt auf zweieinhalb Jahre.", True,
     [("money", 1500000000, "EUR", None), ("duration", 2.5, "year", None)], None),
    ("de", "Die Kanalgebühren in Klagenfurt steigen mit 1. April um 9,8 Prozent, wie der Magistrat mitteilte.", True,
     [("date", "--04-01", None, None), ("percent", 9.8, "%", None)], "der Magistrat"),
    ("de", "Die Sanierung des Stadions koste rund 48 Millionen Euro, hieß es aus dem Rathaus.", True,
     [("money", 48000000, "EUR", "about")], "das Rathaus"),
    ("de", "Das Defizit der Stadt werde heuer auf 310 Millionen Euro steigen, so Finanzstadträtin Maria Koller.", True,
     [("money", 310000000, "EUR", None)], "Maria Koller"),
    # --- courts, German ---------------------------------------------------------------------
    ("de", "Das Landesgericht Feldkirch verurteilte den 52-Jährigen wegen Untreue zu zwei Jahren und drei Monaten Haft, neun Monate davon unbedingt.", True,
     [("duration", 52, "year", None), ("duration", 2, "year", None), ("duration", 3, "month", None), ("duration", 9, "month", None)], None),
    ("de", "Ein Lenker, der mit 1,8 Promille einen Radfahrer angefahren hatte, muss eine Geldstrafe von 4.800 Euro zahlen.", True,
     [("count", 1.8, None, None), ("money", 4800, "EUR", None)], None),
    ("de", "Das Bezirksgericht verhängte über den Wirt eine Geldstrafe von 120 Tagessätzen zu je 35 Euro.", True,
     [("count", 120, None, None), ("money", 35, "EUR", None)], None),
    ("de", "Das Zürcher Obergericht bestätigte für den Treuhänder eine bedingte Strafe von 18 Monaten sowie eine Busse von 3000 Franken.", True,
     [("duration", 18, "month", None), ("money", 3000, "CHF", None)], None),
    ("de", "Der Oberste Gerichtshof hat die Strafe für den früheren Bankchef von sechs auf viereinhalb Jahre herabgesetzt.", True,
     [("duration", 6, "year", None), ("duration", 4.5, "year", None)], None),
    ("de", "Der Prozess gegen die elf Angeklagten beginnt am 12. Jänner und ist auf 30 Verhandlungstage anberaumt.", True,
     [("count", 11, None, None), ("date", "--01-12", None, None), ("count", 30, None, None)], None),
    ("de", "Wegen Körperverletzung wurde ein 23-jähriger Fußballfan zu einer bedingten Haftstrafe von sechs Monaten verurteilt.", True,
     [("duration", 23, "year", None), ("duration", 6, "month", None)], None),
    # --- sport, German ----------------------------------------------------------------------
    ("de", "Die Salzburgerin wurde im Riesentorlauf am Semmering Dritte, 0,41 Sekunden hinter der Siegerin.", True,
     [("ordinal", 3, None, None), ("duration", 0.41, "second", None)], None),
    ("de", "Sturm Graz gewann beim LASK mit 2:1 und führt nach 16 Runden mit 35 Punkten die Tabelle an.", True,
     [("count", 16, None, None), ("count", 35, None, None)], None),
    ("de", "Der dreimalige Weltmeister holte in Kitzbühel seinen 14. Weltcupsieg.", True,
     [("count", 3, None, None), ("ordinal", 14, None, None)], None),
    ("de", "Rapid verlor zum vierten Mal in Folge und ist in der Tabelle nur noch Achter.", True,
     [("ordinal", 4, None, None), ("ordinal", 8, None, None)], None),
    ("de", "Der Kenianer gewann den Vienna City Marathon in zwei Stunden, sieben Minuten und 40 Sekunden.", True,
     [("duration", 2, "hour", None), ("duration", 7, "minute", None), ("duration", 40, "second", None)], None),
    ("de", "Der Klub zahlt für den 21-jährigen Stürmer eine Ablöse von 6,5 Mio. Euro, der Vertrag läuft bis 2029.", True,
     [("duration", 21, "year", None), ("money", 6500000, "EUR", None), ("year", 2029, None, None)], None),
    ("de", "Mit Sprüngen auf 128 und 133,5 Meter holte die Slowenin in Hinzenbach ihren dritten Saisonsieg.", True,
     [("count", 128, None, None), ("count", 133.5, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Auf der Königsetappe der Tour de Suisse verlor der Titelverteidiger mehr als drei Minuten.", True,
     [("duration", 3, "minute", "over")], None),
    # --- business, German -------------------------------------------------------------------
    ("de", "Der Ziegelhersteller streicht in Österreich 180 Stellen und schließt zwei seiner sieben Werke.", True,
     [("count", 180, None, None), ("count", 2, None, None), ("count", 7, None, None)], None),
    ("de", "Der Versicherer steigerte das Ergebnis vor Steuern in den ersten drei Quartalen um 11,2 Prozent auf 812,4 Mio. Euro.", True,
     [("ordinal", 1, None, None), ("count", 3, None, None), ("percent", 11.2, "%", None), ("money", 812400000, "EUR", None)], None),
    ("de", "Die USA belegen Importe aus der Schweiz mit Zöllen von 39 Prozent, für Waren aus der EU gelten 15 Prozent.", True,
     [("percent", 39, "%", None), ("percent", 15, "%", None)], None),
    ("de", "Ein Kilo Butter kostet im Detailhandel 11,90 Franken, ein Fünftel mehr als vor einem Jahr.", True,
     [("money", 11.9, "CHF", None), ("fraction", 0.2, None, None)], None),
    ("de", "Der Heizölpreis erreichte mit 1,42 Euro je Liter ein Zehnjahreshoch.", True,
     [("money", 1.42, "EUR", None), ("duration", 10, "year", None)], None),
    ("de", "Die Kantonalbank weist für das dritte Quartal einen Gewinn von CHF 412 Mio. aus, nach CHF 388 Mio. im Vorjahresquartal.", True,
     [("ordinal", 3, None, None), ("money", 412000000, "CHF", None), ("money", 388000000, "CHF", None)], None),
    ("de", "Der Zulieferer baut in Steyr bis Ende 2026 ein Viertel der 2.400 Arbeitsplätze ab, sagte Betriebsratschef Markus Lindner.", True,
     [("year", 2026, None, None), ("fraction", 0.25, None, None), ("count", 2400, None, None)], "Markus Lindner"),
    ("de", "Der Billigflieger stockt seine Flotte in Wien heuer von 12 auf 19 Maschinen auf.", True,
     [("count", 12, None, None), ("count", 19, None, None)], None),
    ("de", "Die Mieten für Geschäftslokale in der Wiener Innenstadt sanken im Vorjahr um 4 Prozent auf durchschnittlich 210 Euro pro Quadratmeter.", True,
     [("percent", 4, "%", None), ("money", 210, "EUR", None)], None),
    ("de", "Die Arbeitslosenquote in Kärnten stieg im Jänner um 0,3 Prozentpunkte auf 10,4 Prozent, teilte das AMS mit.", True,
     [("percent", 0.3, "pp", None), ("percent", 10.4, "%", None)], "das AMS"),
    ("de", "Der Statistik Austria zufolge sank die Zahl der Geburten im Vorjahr auf 77.200.", True,
     [("count", 77200, None, None)], "die Statistik Austria"),
    # --- culture and science, German --------------------------------------------------------
    ("de", "Das Kunsthistorische Museum zählte heuer bereits 1,52 Millionen Besucherinnen und Besucher.", True,
     [("count", 1520000, None, None)], None),
    ("de", "Ein Frauenbildnis von Klimt wurde im Dorotheum um 3,2 Mio. Euro versteigert, der Schätzwert lag bei zwei Mio. Euro.", True,
     [("money", 3200000, "EUR", None), ("money", 2000000, "EUR", None)], None),
    ("de", "Auf der Seebühne in Bregenz sahen heuer 212.000 Menschen die Oper, das entspricht einer Auslastung von 96 Prozent.", True,
     [("count", 212000, None, None), ("percent", 96, "%", None)], None),
    ("de", "Die Albertina zeigt ab 14. Februar rund 130 Werke des Malers aus zwei Jahrzehnten.", True,
     [("date", "--02-14", None, None), ("count", 130, None, "about"), ("duration", 20, "year", None)], None),
    ("de", "Forschende der Universität Innsbruck fanden in einer Höhle Knochen eines Höhlenbären, die rund 40.000 Jahre alt sind.", True,
     [("duration", 40000, "year", "about")], None),
    ("de", "Die Pasterze hat im Vorjahr 203 Meter an Länge verloren, so viel wie nie seit Messbeginn, teilte der Alpenverein mit.", True,
     [("count", 203, None, None)], "der Alpenverein"),
    ("de", "Das Observatorium entdeckte einen Asteroiden mit einem Durchmesser von etwa 1,2 Kilometern.", True,
     [("count", 1.2, None, "about")], None),
    # --- German, facts without any figure ---------------------------------------------------
    ("de", "Nach der Brandserie in Mödling haben Ermittler einen Feuerwehrmann als Tatverdächtigen ausgeforscht.", True, [], None),
    ("de", "Die Landesregierung hat für den Bezirk Lienz den Katastrophenfall ausgerufen.", True, [], None),
    ("de", "Die Mariazellerbahn fährt ab Montag wieder durchgehend bis Mariazell.", True, [], None),
    ("de", "Das Landesgericht Salzburg hat den früheren Skitrainer vom Vorwurf des Missbrauchs freigesprochen.", True, [], None),
    ("de", "Die Geburtenstation des Spitals in Zwettl wird geschlossen, wie die Landesgesundheitsagentur bestätigte.", True, [], "die Landesgesundheitsagentur"),
    ("de", "Der Rektor der Universität ist nach Plagiatsvorwürfen zurückgetreten.", True, [], None),
    ("de", "Der Nationalrat hat ein Handyverbot an allen Schulen beschlossen.", True, [], None),
    ("de", "Wegen der Waldbrandgefahr ist es im ganzen Bezirk Imst verboten, im Wald Feuer zu entzünden.", True, [], None),
    ("de", "Die Armee unterstützt die Aufräumarbeiten im Wallis mit Helikoptern und Pionieren, teilte das VBS mit.", True, [], "das VBS"),
    ("de", "„Der Lenker war nicht angegurtet“, sagte Polizeisprecher Thomas Auer.", True, [], "Thomas Auer"),
    ("de", "Nach der Heimniederlage gegen Hartberg hat der Klub seinen Trainer freigestellt.", True, [], None),
    ("de", "Die Strasse über den Grossen St. Bernhard bleibt wegen Lawinengefahr gesperrt.", True, [], None),
    ("de", "Der Sachschaden wird auf mehrere hunderttausend Franken geschätzt.", True, [], None),
    ("de", "Aus dem Kunstmuseum in Bern wurde ein Gemälde von Ferdinand Hodler gestohlen.", True, [], None),
    # --- German, negatives ------------------------------------------------------------------
    ("de", "Dieser Beitrag wird laufend aktualisiert.", False, [], None),
    ("de", "Alle Ergebnisse und Tabellen im Überblick", False, [], None),
    ("de", "Hätte der Damm nicht gehalten, wäre der Ort wohl nicht mehr zu retten gewesen.", False, [], None),
    ("de", "Wir wünschen allen Leserinnen und Lesern einen guten Rutsch ins neue Jahr!", False, [], None),
    ("de", "Ich erinnere mich noch gut an meinen ersten Skikurs auf der Planai.", False,
     [("ordinal", 1, None, None)], None),
    ("de", "Was genau den Brand ausgelöst hat, ist noch völlig unklar.", False, [], None),
    ("de", "Nähere Details waren zunächst nicht bekannt.", False, [], None),
    ("de", "Am Ende zählen nur die drei Punkte.", False,
     [("count", 3, None, None)], None),
    ("de", "Wer bei Glatteis zu Fuß unterwegs ist, sollte auf festes Schuhwerk achten.", False, [], None),
    ("de", "Ein großes Dankeschön gilt allen freiwilligen Helferinnen und Helfern.", False, [], None),
    ("de", "Was für ein Comeback!", False, [], None),
    ("de", "Möglicherweise war Sekundenschlaf im Spiel.", False, [], None),
    ("de", "Am Wochenende bleibt es wechselhaft.", False, [], None),
    ("de", "Ist der Jänner hell und weiß, wird der Sommer sicher heiß.", False, [], None),
    ("de", "Zwillinge sollten diese Woche keine großen Entscheidungen treffen.", False, [], None),
    ("de", "Die Knödel zehn Minuten im leicht siedenden Wasser ziehen lassen.", False,
     [("duration", 10, "minute", None)], None),
    ("de", "Wie viele Brücken führen in Wien über die Donau?", False, [], None),
    ("de", "Karten gibt es an der Abendkasse.", False, [], None),
    ("de", "„Wer soll das alles bezahlen?“, fragte der Bürgermeister.", False, [], None),
    ("de", "Die Spannung vor dem Derby ist mit Händen zu greifen.", False, [], None),
    ("de", "„Ich bin unendlich erleichtert“, sagte die Mutter des Buben.", False, [], None),
    ("de", "Pünktlich wie die Eisenbahn – das war einmal.", False, [], None),
    # --- police and fire, English -----------------------------------------------------------
    ("en", "LONDON (PA) - A 17-year-old boy has been charged with attempted murder after a man was stabbed in Croydon, the Metropolitan Police said.", True,
     [("duration", 17, "year", None)], "the Metropolitan Police"),
    ("en", "Around 70 firefighters and 10 fire engines were sent to the warehouse blaze in Salford, Greater Manchester Fire and Rescue Service said.", True,
     [("count", 70, None, "about"), ("count", 10, None, None)], "Greater Manchester Fire and Rescue Service"),
    ("en", "Border Force officers seized 2.1 tonnes of cocaine with an estimated street value of £160m from a container at Felixstowe.", True,
     [("count", 2.1, None, None), ("money", 160000000, "GBP", "about")], None),
    ("en", "Officers stopped 412 drivers at roadside checkpoints over the weekend and arrested 19 on suspicion of drink-driving, police said.", True,
     [("count", 412, None, None), ("count", 19, None, None)], "police"),
    ("en", "SYDNEY (AAP) - A 43-year-old man has died after his car left the road and struck a tree near Goulburn, NSW Police said.", True,
     [("duration", 43, "year", None)], "NSW Police"),
    ("en", "Firefighters rescued a dozen residents from the upper floors of the burning tower in the Mumbai suburb of Andheri, officials said.", True,
     [("count", 12, None, None)], None),
    ("en", "TORONTO (CP) - Police have charged three men over the theft of 400 gold bars worth more than C$30 million from a cargo warehouse at Pearson airport.", True,
     [("count", 3, None, None), ("count", 400, None, None), ("money", 30000000, "CAD", "over")], None),
    # --- traffic and rail, English ----------------------------------------------------------
    ("en", "Passengers faced a 40-minute delay on the Piccadilly line after a signal failure at Earl's Court.", True,
     [("duration", 40, "minute", None)], None),
    ("en", "Network Rail will shut the West Coast Main Line between Crewe and Preston for nine days over Easter.", True,
     [("duration", 9, "day", None)], None),
    ("en", "The average price of unleaded rose by 1.6p a litre in November to 137.4p, according to the RAC.", True,
     [("money", 0.016, "GBP", None), ("money", 1.374, "GBP", None)], "the RAC"),
    ("en", "Traffic on the M25 was held for more than two hours after a lorry shed its load near Heathrow.", True,
     [("duration", 2, "hour", "over")], None),
    ("en", "Amtrak cancelled 28 trains between Washington and Boston on Monday as the storm dumped up to 18 inches of snow on parts of the Northeast.", True,
     [("count", 28, None, None), ("count", 18, None, "up_to")], None),
    ("en", "NEW DELHI (PTI) — Indian Railways carried a record 2.3 crore passengers on a single day during the festive season, the railway ministry said.", True,
     [("count", 23000000, None, None)], "the railway ministry"),
    ("en", "The federal government will put C$1.8 billion into planning a high-speed rail link between Toronto and Quebec City.", True,
     [("money", 1800000000, "CAD", None)], None),
    ("en", "The new metro tunnel in Melbourne opened on Sunday, five years after work began, with trains every four minutes at peak times.", True,
     [("duration", 5, "year", None), ("duration", 4, "minute", None)], None),
    ("en", "A 20mph speed limit takes effect on 1 June 2026 on most residential streets in Edinburgh.", True,
     [("count", 20, None, None), ("date", "2026-06-01", None, None)], None),
    # --- weather and natural hazards, English -----------------------------------------------
    ("en", "The Met Office issued an amber warning for snow, with up to 25cm expected on high ground in the Scottish Highlands.", True,
     [("count", 25, None, "up_to")], None),
    ("en", "Temperatures in Sydney's west hit 45.8C on Saturday, the Bureau of Meteorology said.", True,
     [("count", 45.8, None, None)], "the Bureau of Meteorology"),
    ("en", "Temperatures reached 104 degrees Fahrenheit in Sacramento for the ninth straight day.", True,
     [("count", 104, None, None), ("ordinal", 9, None, None)], None),
    ("en", "Wind chills of minus 45 are expected in parts of Manitoba overnight, Environment Canada said.", True,
     [("count", -45, None, None)], "Environment Canada"),
    ("en", "An avalanche killed two skiers and injured four others near Val d'Isère in the French Alps on Tuesday.", True,
     [("count", 2, None, None), ("count", 4, None, None)], None),
    ("en", "Floods in Assam have affected more than 4.5 lakh people across 19 districts, the state disaster management authority said.", True,
     [("count", 450000, None, "over"), ("count", 19, None, None)], "the state disaster management authority"),
    ("en", "The River Severn peaked at 5.6 metres in Shrewsbury, just below the record set in 2000.", True,
     [("count", 5.6, None, None), ("year", 2000, None, None)], None),
    ("en", "Townsville recorded almost 1,000mm of rain in a week, its wettest February since 1893.", True,
     [("count", 1000, None, "nearly"), ("year", 1893, None, None)], None),
    ("en", "Bushfires have burnt through 1.2 million hectares in Western Australia since October.", True,
     [("count", 1200000, None, None)], None),
    ("en", "A magnitude 5.3 earthquake shook the Himalayan state of Uttarakhand at 2.15am on Thursday.", True,
     [("count", 5.3, None, None)], None),
    # --- health and hospitals, English ------------------------------------------------------
    ("en", "NHS England said 58.9% of patients in A&E were seen within four hours in December, against a target of 78%.", True,
     [("percent", 58.9, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)], "NHS England"),
    ("en", "The hospital trust has 1,240 patients who have waited more than a year for treatment, down from 1,900 in March.", True,
     [("count", 1240, None, None), ("count", 1900, None, None)], None),
    ("en", "Ontario will hire 3,000 more nurses over the next three years at a cost of C$740 million, the province's health minister said.", True,
     [("count", 3000, None, None), ("duration", 3, "year", None), ("money", 740000000, "CAD", None)], "the province's health minister"),
    ("en", "Measles cases in Canada have passed 2,000 this year, the most since the disease was declared eliminated in 1998.", True,
     [("count", 2000, None, None), ("year", 1998, None, None)], None),
    ("en", "Average ambulance response times for heart attacks and strokes in England rose to 47 minutes in January.", True,
     [("duration", 47, "minute", None)], None),
    ("en", "AIIMS Delhi will add 500 beds to its emergency wing at a cost of Rs 300 crore.", True,
     [("count", 500, None, None), ("money", 3000000000, "INR", None)], None),
    # --- schools and universities, English --------------------------------------------------
    ("en", "About 1 in 8 pupils in England missed at least 10% of their lessons last term.", True,
     [("fraction", 0.125, None, "about"), ("percent", 10, "%", "at_least")], None),
    ("en", "Facing a £45m shortfall, the university plans to shed 400 posts, its vice-chancellor told staff.", True,
     [("money", 45000000, "GBP", None), ("count", 400, None, None)], None),
    ("en", "Undergraduates in England will pay £9,535 a year in fees from September.", True,
     [("money", 9535, "GBP", None)], None),
    ("en", "New York City's public schools enrol about 912,000 students, 9% fewer than in 2019.", True,
     [("count", 912000, None, "about"), ("percent", 9, "%", None), ("year", 2019, None, None)], None),
    ("en", "CBSE said 88.4% of students passed the Class 12 board exams this year, up 0.8 percentage points.", True,
     [("percent", 88.4, "%", None), ("percent", 0.8, "pp", None)], "CBSE"),
    ("en", "The University of Toronto ranked 21st in the world in the latest league table.", True,
     [("ordinal", 21, None, None)], None),
    # --- local government budgets, English --------------------------------------------------
    ("en", "Council tax in Birmingham goes up by 7.5% in April, the second year of rises above the usual cap.", True,
     [("percent", 7.5, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "The council faces a £28.6m funding gap next year and plans to close four libraries.", True,
     [("money", 28600000, "GBP", None), ("count", 4, None, None)], None),
    ("en", "Brisbane City Council approved an A$4.2bn budget on Thursday, including A$390m for roads.", True,
     [("money", 4200000000, "AUD", None), ("money", 390000000, "AUD", None)], None),
    ("en", "CHICAGO (AP) — Aldermen approved a $16.6 billion budget by a vote of 27 to 23.", True,
     [("money", 16600000000, "USD", None), ("count", 27, None, None), ("count", 23, None, None)], None),
    ("en", "The county's property tax rate will rise 3.5 percent starting Sept. 1.", True,
     [("percent", 3.5, "%", None), ("date", "--09-01", None, None)], None),
    # --- courts, English --------------------------------------------------------------------
    ("en", "A former care worker was jailed for six years and eight months at Leeds Crown Court for stealing from elderly residents.", True,
     [("duration", 6, "year", None), ("duration", 8, "month", None)], None),
    ("en", "The judge fined the company £2.4m and ordered it to pay £180,000 in costs.", True,
     [("money", 2400000, "GBP", None), ("money", 180000, "GBP", None)], None),
    ("en", "A Toronto man was sentenced to eight years in prison for a string of 14 armed robberies.", True,
     [("duration", 8, "year", None), ("count", 14, None, None)], None),
    ("en", "The Delhi High Court imposed costs of Rs 5 lakh on the petitioner.", True,
     [("money", 500000, "INR", None)], None),
    ("en", "The 24-year-old received an 18-month suspended sentence and was banned from driving for three years.", True,
     [("duration", 24, "year", None), ("duration", 18, "month", None), ("duration", 3, "year", None)], None),
    ("en", "A jury in Perth found the 52-year-old guilty on 11 counts of fraud.", True,
     [("duration", 52, "year", None), ("count", 11, None, None)], None),
    # --- sport, English ---------------------------------------------------------------------
    ("en", "The three-time champion was knocked out in the second round at Melbourne Park.", True,
     [("count", 3, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Celtic's 4-1 win at Tynecastle left them eight points ahead of Rangers with 12 games to play.", True,
     [("count", 8, None, None), ("count", 12, None, None)], None),
    ("en", "The Australian finished 14th in the downhill, 1.82 seconds behind the winner.", True,
     [("ordinal", 14, None, None), ("duration", 1.82, "second", None)], None),
    ("en", "India chased down 287 with 11 balls to spare to clinch the series 2-1.", True,
     [("count", 287, None, None), ("count", 11, None, None)], None),
    ("en", "The Canadian swimmer set a world record of 2 minutes 3.14 seconds in the 200m medley.", True,
     [("duration", 2, "minute", None), ("duration", 3.14, "second", None), ("count", 200, None, None)], None),
    ("en", "The championship leader's advantage is down to 12 points with three races left.", True,
     [("count", 12, None, None), ("count", 3, None, None)], None),
    ("en", "The Kenyan won in Chicago in 2 hours, 2 minutes and 19 seconds, 40 seconds outside the course record.", True,
     [("duration", 2, "hour", None), ("duration", 2, "minute", None), ("duration", 19, "second", None), ("duration", 40, "second", None)], None),
    ("en", "The striker's hat-trick took his tally to 19 goals, two ahead of his nearest rival.", True,
     [("count", 19, None, None), ("count", 2, None, None)], None),
    # --- business, English ------------------------------------------------------------------
    ("en", "The supermarket group made a pre-tax profit of £1.1bn in the 24 weeks to August, up 8%.", True,
     [("money", 1100000000, "GBP", None), ("duration", 24, "week", None), ("percent", 8, "%", None)], None),
    ("en", "The carmaker will cut 2,500 jobs at its plant in Ontario as it shifts production to Mexico, the union Unifor said.", True,
     [("count", 2500, None, None)], None),
    ("en", "Washington will impose a 50% tariff on Indian goods from Aug. 27.", True,
     [("percent", 50, "%", None), ("date", "--08-27", None, None)], None),
    ("en", "The average price of a dozen eggs in the U.S. hit a record $6.23 in March.", True,
     [("count", 12, None, None), ("money", 6.23, "USD", None)], None),
    ("en", "The lender's third-quarter net profit rose 19% to Rs 16,820 crore.", True,
     [("ordinal", 3, None, None), ("percent", 19, "%", None), ("money", 168200000000, "INR", None)], None),
    ("en", "The miner posted a first-half profit of A$5.7bn and will pay an interim dividend of 60 cents a share.", True,
     [("ordinal", 1, None, None), ("money", 5700000000, "AUD", None), ("money", 0.6, "AUD", None)], None),
    ("en", "U.S. crude fell 2.4% to $58.90 a barrel, its lowest close since 2021.", True,
     [("percent", 2.4, "%", None), ("money", 58.9, "USD", None), ("year", 2021, None, None)], None),
    ("en", "Canada's jobless rate rose to 7.1% in August, the highest since 2016 outside the pandemic years, Statistics Canada said.", True,
     [("percent", 7.1, "%", None), ("year", 2016, None, None)], "Statistics Canada"),
    ("en", "The airline will take half a million seats out of its winter schedule.", True,
     [("count", 500000, None, None)], None),
    ("en", "The retailer is closing 74 stores across the UK, putting 1,100 jobs at risk.", True,
     [("count", 74, None, None), ("count", 1100, None, None)], None),
    ("en", "A 10kg bag of basmati rice now costs Rs 1,350 in Delhi, Rs 120 more than a month ago.", True,
     [("count", 10, None, None), ("money", 1350, "INR", None), ("money", 120, "INR", None)], None),
    ("en", "Unemployment in Scotland fell to 3.8 per cent in the three months to October.", True,
     [("percent", 3.8, "%", None), ("duration", 3, "month", None)], None),
    # --- culture and science, English -------------------------------------------------------
    ("en", "The National Gallery drew 4.1 million visitors last year, two-fifths of them from overseas.", True,
     [("count", 4100000, None, None), ("fraction", 0.4, None, None)], None),
    ("en", "A letter by Jane Austen sold at auction in London for £260,000, more than three times its estimate.", True,
     [("money", 260000, "GBP", None), ("count", 3, "times", "over")], None),
    ("en", "The Edinburgh Fringe sold 2.6 million tickets for 3,900 shows this year.", True,
     [("count", 2600000, None, None), ("count", 3900, None, None)], None),
    ("en", "The Sydney Opera House will close its Concert Hall for six months from January for repairs.", True,
     [("duration", 6, "month", None)], None),
    ("en", "Researchers at McGill University sequenced the genomes of 3,400 patients with a rare heart condition.", True,
     [("count", 3400, None, None)], None),
    ("en", "The Indian lunar probe entered orbit around the moon 22 days after launch.", True,
     [("duration", 22, "day", None)], None),
    ("en", "Scientists dated the rock art in Tasmania to about 12,000 years ago.", True,
     [("duration", 12000, "year", "about")], None),
    # --- attributions and quotes, English ---------------------------------------------------
    ("en", "\"We pulled 14 people out of the water,\" said coastguard sergeant Mike Dawson.", True,
     [("count", 14, None, None)], "Mike Dawson"),
    ("en", "Fewer than 200 homes remain without power, the utility said on Monday.", True,
     [("count", 200, None, "under")], "the utility"),
    ("en", "According to the Environment Agency, 1,400 properties were flooded in Yorkshire over the weekend.", True,
     [("count", 1400, None, None)], "the Environment Agency"),
    ("en", "Premier Laura Benson told reporters in Edmonton that Alberta would run a C$6.5 billion deficit this fiscal year.", True,
     [("money", 6500000000, "CAD", None)], "Laura Benson"),
    ("en", "The India Meteorological Department said monsoon rainfall was 8% above the long-period average.", True,
     [("percent", 8, "%", None)], "the India Meteorological Department"),
    # --- English, facts without any figure --------------------------------------------------
    ("en", "Police have named the woman who died in a house fire in Cardiff on Sunday.", True, [], None),
    ("en", "The Environment Agency has lifted all flood warnings on the River Ouse.", True, [], None),
    ("en", "Sydney Trains suspended services on the T1 line after a truck hit a rail bridge at Strathfield.", True, [], None),
    ("en", "A coroner has ruled that the climber's death on Ben Nevis was accidental.", True, [], None),
    ("en", "The hospital has declared a critical incident because of a surge in flu admissions.", True, [], None),
    ("en", "The primary school in Kent will stay closed after asbestos was found in its roof.", True, [], None),
    ("en", "Health Canada has ordered an online retailer to stop selling an unlicensed weight-loss drug.", True, [], None),
    ("en", "\"The driver was not wearing a seatbelt,\" said Inspector Karen Walsh.", True, [], "Karen Walsh"),
    ("en", "The Supreme Court of India has stayed the demolition of a market in Old Delhi.", True, [], None),
    ("en", "Hearts have sacked their manager after the defeat at Ibrox.", True, [], None),
    ("en", "Victoria has declared a total fire ban across the state for Saturday.", True, [], None),
    ("en", "The museum has returned a looted bronze head to Nigeria, the museum said.", True, [], "the museum"),
    ("en", "Postal workers have walked off the job across Canada, the union said.", True, [], "the union"),
    # --- English, negatives -----------------------------------------------------------------
    ("en", "This story has been updated with additional details.", False, [], None),
    ("en", "Full results and standings below.", False, [], None),
    ("en", "Had the levee given way, the town would almost certainly have been lost.", False, [], None),
    ("en", "Merry Christmas to all our readers!", False, [], None),
    ("en", "I still remember my first day at that school as if it were yesterday.", False,
     [("ordinal", 1, None, None)], None),
    ("en", "It is not yet clear what caused the derailment.", False, [], None),
    ("en", "Further details were not immediately available.", False, [], None),
    ("en", "At the end of the day, it's the three points that matter.", False,
     [("count", 3, None, None)], None),
    ("en", "Anyone heading out in the heat should carry water and wear a hat.", False, [], None),
    ("en", "A huge thank-you goes to the volunteers who kept the shelter running.", False, [], None),
    ("en", "What a finish!", False, [], None),
    ("en", "Black ice may have played a part.", False, [], None),
    ("en", "The weekend looks unsettled.", False, [], None),
    ("en", "Red sky at night, shepherd's delight.", False, [], None),
    ("en", "Leos can expect a lucky break at work this week.", False, [], None),
    ("en", "Simmer the sauce for 20 minutes, stirring occasionally.", False,
     [("duration", 20, "minute", None)], None),
    ("en", "How many bridges cross the Thames in London?", False, [], None),
    ("en", "Tickets are available at the box office.", False, [], None),
    ("en", "\"Who is going to pay for all of this?\" the mayor asked.", False, [], None),
    ("en", "The buzz ahead of the derby is impossible to miss.", False, [], None),
    ("en", "\"I'm just so relieved,\" the boy's mother said.", False, [], None),
    ("en", "Only in Canada could a hockey game feel like a state occasion.", False, [], None),
    ("en", "Nobody does a queue quite like the British.", False, [], None),
]
