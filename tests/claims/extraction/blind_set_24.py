"""Twenty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names and their spellings, "Selenskyj"/"Zelenskiy",
"Dmitri Peskow"/"Dmitry Peskov", "Putin", "Donald Trump", and real places, parties,
agencies, courts and clubs stand for the way wire copy writes them; what is said and
counted here is invented).

Its weight: an ORDINARY MIXED WIRE DAY, 56 % German (APA, dpa, Reuters and AFP German
services; Austrian "heuer", "Lenker", "Mandatare", "Pensionisten", "ersucht" and German
usage) and 44 % English (Reuters, AP, AFP, PA), told as 30 short stories in story order (a
dateline lead, then background, figures, attributed lines, a quote, a closing line), on
what a general desk runs, written as such copy reads rather than as a test of special
cases. 17 German stories: Ukraine talks in Riyadh ("sechsten direkten Treffen",
"28-Punkte-Plan ... auf 19 Punkte", "fünfstündig", "je 1.200", "knapp ein Fünftel"), the
Austrian double budget ("zweitägig", "gut ein Drittel", Fiskalrat), the rent cap in the
Bundestag ("höchstens zehn Prozent", "fast jeder dritte"), strikes in Gaza, Austrian
inflation, job cuts at a car supplier ("fast jeder siebte Arbeitsplatz", "in den ersten
neun Monaten", "mehr als die Hälfte"), a fraud verdict in Graz ("viereinhalb Jahre"), a
cocaine find in Hamburg, a coach crash on the Tauern motorway, a storm ("mehr als 600 Mal",
"Warnstufe vier"), the flu wave ("um ein Viertel mehr", "etwa doppelt so viele"), the
teacher shortage in NRW ("jede zwölfte Stelle", "25,5 Wochenstunden"), the glacier report
("nur zweimal", "Mitte des 19. Jahrhunderts ... mehr als doppelt so viele"), the European
Film Award ("dreistündig", "zum 38. Mal"), a World Cup downhill, the Bundesliga and an
obituary ("mehr als sechs Jahrzehnte"). 13 English stories: the Kremlin on the talks ("a
seventh round", "nearly two and a half hours", "their fourth call"), a House spending vote
("218-214", "all but two Democrats", "Sept. 30, 2026"), a drone strike in Sudan, UK GDP and
sterling, job cuts at a chipmaker ("between 14.6 billion and 15 billion euros", "as much as
9.3%"), a fraud sentence in New York, a stabbing in London, a train collision in India
("one million rupees"), floods in Spain ("About two dozen roads"), measles in Europe
("nearly two-thirds", "41 of the 53 countries"), a solar observatory ("The
1.4-billion-euro mission"), an Australian Open final and an obituary. Attribution as the
copy has it: "sagte X", "X sagte, ...", "X sagte der Nachrichtenagentur Reuters, ...", "so
X", "X zufolge", "laut X", "nach Angaben der/des X", "wie X mitteilte", "teilte X mit",
"hieß es", a quote closed by "sagte X"; "said", "told reporters", "according to", "X said
..." opening the sentence, "said X, ...", "told AFP". Negatives as they occur in such copy,
most of them quoted opinion or reaction with a named speaker (ministers, a judge, a coach,
a skier, an economist, an aid worker, the jury of a prize, parties and unions with a
catchword), plus attributed assessments without a figure, commentary, open questions,
outlooks without a figure, an appeal for witnesses, advice, condolences and the caveat on
unverifiable casualty figures.

233 rows (131 German, 102 English), 44 negatives (24 German, 20 English), 189 check-worthy
rows of which 21 carry no figure (14 German, 7 English), 281 expected quantities (111
counts, 47 durations, 35 percentages, 28 years, 21 ordinals, 18 amounts of money, 11
fractions, 10 dates; 2 of them in negatives), 42 checked speakers (24 German, 18 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  that reports a fact is check-worthy with the speaker its own attribution gives ("...,
  so Rotkreuz-Sprecher Thomas Wieser." -> "Thomas Wieser"; "..., hieß es." unchecked).
- "jede zwölfte Stelle" is the fraction 1/12 (labelled 0.0833), as "jeder elfte
  Arbeitsplatz" (sixteenth batch); "fast jeder siebte Arbeitsplatz" 1/7 (0.1429) and "fast
  jeder dritte Mieterhaushalt" 1/3 with "nearly"; "um ein Viertel mehr" 0.25; "a quarter of
  them" 0.25; "about a fifth of the data" 0.2 with "about".
- "etwa doppelt so viele wie ein Jahr zuvor" is count 2 "times" with "about", as "fast
  doppelt so viele" with "nearly"; "mehr als doppelt so viele" count 2 "times" with "over"
  (twelfth and sixteenth batches).
- "die höchste Warnstufe vier" is count 4, as "Gefahrenstufe drei" (nineteenth batch);
  "25,5 Wochenstunden" is a count, as "58 Verhandlungstage": a compound noun with a unit of
  time inside is counted, not a duration.
- "in 40 bis 45 Jahren" (a span ahead) gives the unit to both figures, two durations of 40
  and 45 years, as "zwischen drei und sieben Jahren"; "nearly two and a half hours" is 2.5
  hours with "nearly", as "knapp zweieinhalb Stunden"; "three hours and 12 minutes" two
  durations; "mehr als sechs Jahrzehnte" 60 years with "over"; "for three decades" 30
  years; "vor zehn Jahren" in a negative 10 years (labelled though the row is a negative).
- "between 14.6 billion and 15 billion euros" gives EUR to both figures, the currency
  written once; "between" is no hedge. "bis zu zwölf Prozent" "up_to"; "as much as 9.3%"
  "up_to" (sixth batch); "höchstens zehn Prozent" "at_most"; "in more than two years"
  two years with "over", as "in more than two decades".
- A hedge word that does not stand right before the figure is no qualifier of it (sixteenth
  batch): "That is about as much as the area normally receives in three months" gives 3
  months with no hedge; "leicht über dem Zielwert der EZB von zwei Prozent" gives 2 % with
  none; "well into 2026" gives the year with none.
- "zu Beginn des zweiten Schulhalbjahres", "die fünfte Niederlage in Serie", "auf Rang 14",
  "Dritte wurde", "ranked third in the world", "who was seeded second", "his second Grand
  Slam final", "the third deadly rail accident", "the first woman from Kentucky" are
  ordinals; "der größte Einzelfund", "one of the largest", "the youngest of nine children"
  carry no ordinal (superlatives without a number word); "erst der zweite Regisseur" is
  ordinal 2, "erst" no hedge.
- "nur einer", "one was crushed", "one of the largest", "eine der ganz Großen" are pronouns
  and carry no count; "one million rupees" is money (a numeral before a unit); "beide
  Seiten" none; "all but two Democrats" count 2 (as "all but one Democrat", twentieth).
- Scores ("4:1", "6-4 7-6 6-3") carry none; "218-214" is a vote tally, two counts; "A10",
  "H3N2", "call police on 101" are identifiers; clock times ("shortly after 11pm") and a
  month or a weekday alone carry none; "the Dec. 20 deadline" is a date (--12-20);
  "through Sept. 30, 2026" the full date 2026-09-30; "MOSCOW, Dec 10 (Reuters)" a date.
- Ages: "Ein 47-jähriger", "Die 27-Jährige", "Daniel Rourke, 54,", "aged 34", "aged 16 and
  15", "A teenager aged 17", "at age 6", "has died at 86", "im Alter von 91 Jahren", "im
  Alter von 31 bis 52 Jahren" are durations in years; "bei den über 65-Jährigen" 65 years
  with "over" (sixteenth batch).
- Physical measures are counts (fourth batch): "1,7 Tonnen", "23,9 Meter", "203,5 Metern",
  "162 km/h", "bis zu 140 Kilometern pro Stunde" ("pro Stunde" no duration), "more than
  180 liters per square meter", "about 42 million kilometres", "17 degrees".
- Check-worthy without a figure: events and decisions, a ruling's status, a stated
  position ("Moskau bestehe auf dem vollständigen Rückzug ...", "His lawyer said he would
  appeal."), a fixed next step ("Am Sonntag steht ... noch ein Super-G auf dem Programm.",
  "Zelenskiy is due to meet European leaders in London on Monday."), a death, a report's
  publication. Negatives: quoted opinion, feeling and reaction with a named speaker, a
  quoted "not satisfied" of a minister, a judge's rebuke, a jury's verdict in quotes,
  party and union catchwords („Budget der sozialen Kälte“, „Kahlschlag auf Raten“), an
  attributed assessment without a figure ("..., so die Arbeiterkammer.", "Aid workers say
  ...", "Safety experts have long warned ..."), as in the twenty-third batch; commentary
  ("The numbers make grim reading ..."), open questions ("Whether the Senate can act
  before the Dec. 20 deadline remains unclear." with its date labelled), outlooks without a
  figure, advice, an appeal for witnesses, condolences and the caveat "Unabhängig
  bestätigen ließen sich die Opferzahlen zunächst nicht." (nineteenth batch).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Kremlsprecher", "Bauministerin", "Gesundheitsministerin",
  "Vorstandschef", "Schulministerin", "Messdienstleiter", "Oberstaatsanwältin",
  "Rotkreuz-Sprecher", "Kremlin spokesman", "Ukrainian President", "House Speaker", "Chief
  Executive", "ESA spokeswoman"), also with its article and adjective ("sagte der
  ukrainische Delegationsleiter Oleh Martschenko" -> "Oleh Martschenko"); "Selenskyj
  zufolge" and "Peskov said ..." the name; "laut Fiskalrat", "laut Eurostat", "Laut
  Polizei", "laut Finanzministerium", "Laut Gesundheitskasse" as written; "nach Angaben
  des Bauministeriums", "Nach Angaben der Feuerwehr", "wie die Statistik Austria / das
  Unternehmen / das Schulministerium in Düsseldorf mitteilte", "teilte das
  Zollfahndungsamt / das Rote Kreuz / der Verein / die Filmakademie mit" the source with
  its article in the nominative, a place after it dropped; "the Kremlin said", "the
  company said", "the Metropolitan Police said", "the Office for National Statistics
  said", "the regional government said", "the European Space Agency said", "the World
  Health Organization said", "according to the United Nations / the Office for National
  Statistics" with the article in lower case; "Ukraine's air force" the possessive form;
  "The state weather agency Aemet said" -> "Aemet" (tenth batch); "police said" ->
  "police". Left unchecked (None): "hieß es", "nach Angaben der örtlichen
  Zivilschutzbehörde" and "nach palästinensischen Angaben" (sources with an adjective),
  "Nach UN-Schätzungen", "nach Behördenangaben", "Die israelische Armee erklärte" (a
  source with an adjective), "Selenskyj lehnt das ab" and "maß der Deutsche Wetterdienst"
  (no verb of saying), "wie ihr Sohn ... bestätigte" and "her publicist said" and "His
  lawyer said" (possessive pronouns), "German chipmaker Altwerk said ..." (a company at
  the head of reported speech, eighteenth batch), "a local aid group said", "officials
  said", "a railway spokesman told AFP", "regional authorities said", "Democrats said" (a
  plural group), "the WHO and UNICEF said" (two sources), "the report found", "The WHO
  recommends", "tournament organisers said", "official data showed" and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_24 = [
    # === German =================================================================================
    # --- Ukraine-Gespräche in Riad (dpa) -----------------------------------------------------
    ("de", "Riad (dpa) - Unterhändler der Ukraine und Russlands sind am Mittwoch in der saudischen Hauptstadt zu ihrem sechsten direkten Treffen seit dem Frühjahr zusammengekommen.", True,
     [("ordinal", 6, None, None)], None),
    ("de", "Grundlage ist weiterhin der 28-Punkte-Plan aus Washington, der in den vergangenen Wochen auf 19 Punkte zusammengestrichen worden war.", True,
     [("count", 28, None, None), ("count", 19, None, None)], None),
    ("de", "Nach dem fünfstündigen Treffen sagte der ukrainische Delegationsleiter Oleh Martschenko, beide Seiten hätten sich auf den Austausch von je 1.200 Gefangenen verständigt.", True,
     [("duration", 5, "hour", None), ("count", 1200, None, None)], "Oleh Martschenko"),
    ("de", "Russland hält derzeit knapp ein Fünftel des ukrainischen Staatsgebiets besetzt, darunter große Teile der Gebiete Donezk und Luhansk.", True,
     [("fraction", 0.2, None, "nearly")], None),
    ("de", "Kremlsprecher Dmitri Peskow sagte, Moskau bestehe auf dem vollständigen Rückzug der ukrainischen Armee aus dem Donbass.", True,
     [], "Dmitri Peskow"),
    ("de", "Selenskyj lehnt das ab und verweist auf die Verfassung, die Gebietsabtretungen nur nach einer Volksabstimmung erlaubt.", True,
     [], None),
    ("de", "„Wir sind ein gutes Stück vorangekommen, aber der Weg bleibt steinig“, sagte Martschenko.", False,
     [], None),
    ("de", "Selenskyj zufolge sollen an dem Austausch auch rund 300 Zivilisten beteiligt sein.", True,
     [("count", 300, None, "about")], "Selenskyj"),
    ("de", "Die nächste Runde ist in zwei Wochen geplant, der Ort steht noch nicht fest.", True,
     [("duration", 2, "week", None)], None),
    # --- Doppelbudget im Nationalrat (APA) -----------------------------------------------------
    ("de", "Wien (APA) - Nach einer zweitägigen Debatte hat der Nationalrat am Donnerstag das Doppelbudget für 2026 und 2027 verabschiedet.", True,
     [("duration", 2, "day", None), ("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("de", "Für den Voranschlag stimmten 98 Abgeordnete der Regierungsparteien ÖVP, SPÖ und NEOS, 82 Mandatare votierten dagegen.", True,
     [("count", 98, None, None), ("count", 82, None, None)], None),
    ("de", "Das gesamtstaatliche Defizit soll heuer auf 4,2 Prozent der Wirtschaftsleistung sinken und im kommenden Jahr auf 3,5 Prozent.", True,
     [("percent", 4.2, "%", None), ("percent", 3.5, "%", None)], None),
    ("de", "Das Paket sieht Einsparungen und Mehreinnahmen von rund 6,4 Milliarden Euro vor, gut ein Drittel davon entfällt auf den Pensionsbereich.", True,
     [("money", 6400000000, "EUR", "about"), ("fraction", 0.3333, None, "over")], None),
    ("de", "Laut Fiskalrat wird Österreich die Maastricht-Grenze von drei Prozent erst 2028 wieder unterschreiten.", True,
     [("percent", 3, "%", None), ("year", 2028, None, None)], "Fiskalrat"),
    ("de", "Die Staatsschuldenquote steigt laut Finanzministerium bis 2027 auf knapp 85 Prozent.", True,
     [("year", 2027, None, None), ("percent", 85, "%", "nearly")], "Finanzministerium"),
    ("de", "„Wir haben den Scherbenhaufen unserer Vorgänger weggeräumt“, sagte Finanzminister Markus Riedl in seiner Schlussrede.", False,
     [], None),
    ("de", "Die FPÖ sprach von einem „Budget der sozialen Kälte“.", False,
     [], None),
    ("de", "Der Bundesrat befasst sich am 18. Dezember mit dem Budgetbegleitgesetz.", True,
     [("date", "--12-18", None, None)], None),
    # --- Mietpreisbremse im Bundestag (dpa) ----------------------------------------------------
    ("de", "Berlin (dpa) - Der Bundestag hat die Verlängerung der Mietpreisbremse bis Ende 2029 beschlossen.", True,
     [("year", 2029, None, None)], None),
    ("de", "In namentlicher Abstimmung votierten 371 Abgeordnete mit Ja und 229 mit Nein, es gab 14 Enthaltungen.", True,
     [("count", 371, None, None), ("count", 229, None, None), ("count", 14, None, None)], None),
    ("de", "Die Regelung deckelt die Miete bei einer Neuvermietung in angespannten Wohnungsmärkten auf höchstens zehn Prozent über der ortsüblichen Vergleichsmiete.", True,
     [("percent", 10, "%", "at_most")], None),
    ("de", "Nach Angaben des Bauministeriums gilt die Bremse derzeit in 410 Städten und Gemeinden.", True,
     [("count", 410, None, None)], "das Bauministerium"),
    ("de", "Bauministerin Carola Wendt sagte, fast jeder dritte Mieterhaushalt in den Großstädten gebe inzwischen mehr als 40 Prozent seines Einkommens für die Miete aus.", True,
     [("fraction", 0.3333, None, "nearly"), ("percent", 40, "%", "over")], "Carola Wendt"),
    ("de", "Die Grünen nannten das Gesetz „viel zu zaghaft“, die Linke sprach von einem „Placebo für Mieter“.", False,
     [], None),
    ("de", "Ob das Instrument den Mietenanstieg wirklich bremst, ist unter Ökonomen umstritten.", False,
     [], None),
    ("de", "Die Länderkammer will am 19. Dezember abschließend über die Vorlage befinden.", True,
     [("date", "--12-19", None, None)], None),
    # --- Angriffe im Gazastreifen (AFP) --------------------------------------------------------
    ("de", "Gaza (AFP) - Bei israelischen Angriffen im Gazastreifen sind nach Angaben der örtlichen Zivilschutzbehörde mindestens 27 Menschen getötet worden.", True,
     [("count", 27, None, "at_least")], None),
    ("de", "Unter den Toten seien neun Kinder, hieß es.", True,
     [("count", 9, None, None)], None),
    ("de", "Die israelische Armee erklärte, sie habe Stellungen der radikalislamischen Hamas in Chan Junis angegriffen.", True,
     [], None),
    ("de", "Seit dem Inkrafttreten der Waffenruhe vor knapp drei Monaten wurden nach palästinensischen Angaben mehr als 400 Menschen getötet.", True,
     [("duration", 3, "month", "nearly"), ("count", 400, None, "over")], None),
    ("de", "Unabhängig bestätigen ließen sich die Opferzahlen zunächst nicht.", False,
     [], None),
    ("de", "Nach UN-Schätzungen sind rund 1,9 Millionen der etwa 2,1 Millionen Bewohner des Küstenstreifens Vertriebene.", True,
     [("count", 1900000, None, "about"), ("count", 2100000, None, "about")], None),
    ("de", "„Das Töten muss endlich aufhören“, sagte ein Sprecher des UN-Kinderhilfswerks Unicef in Genf.", False,
     [], None),
    # --- Inflation in Österreich (APA) ---------------------------------------------------------
    ("de", "Wien (APA) - Die Teuerung hat sich im November auf 3,8 Prozent abgeschwächt, nach 4,0 Prozent im Oktober, wie die Statistik Austria am Mittwoch mitteilte.", True,
     [("percent", 3.8, "%", None), ("percent", 4.0, "%", None)], "die Statistik Austria"),
    ("de", "Gegenüber dem Vormonat stiegen die Verbraucherpreise um 0,2 Prozent.", True,
     [("percent", 0.2, "%", None)], None),
    ("de", "Hauptpreistreiber blieben die Dienstleistungen, die sich um 5,1 Prozent verteuerten, vor allem in der Gastronomie.", True,
     [("percent", 5.1, "%", None)], None),
    ("de", "Haushaltsenergie kostete um 2,3 Prozent mehr als vor einem Jahr, Treibstoffe wurden dagegen um 4,6 Prozent billiger.", True,
     [("percent", 2.3, "%", None), ("percent", 4.6, "%", None)], None),
    ("de", "Im Euroraum lag die Teuerung laut Eurostat zuletzt bei 2,1 Prozent und damit leicht über dem Zielwert der EZB von zwei Prozent.", True,
     [("percent", 2.1, "%", None), ("percent", 2, "%", None)], "Eurostat"),
    ("de", "Damit liegt Österreich bei der Teuerung weiter im oberen Feld der Eurozone.", True,
     [], None),
    ("de", "„Die Inflation ist noch lange nicht besiegt“, sagte Wifo-Ökonom Lukas Brandl.", False,
     [], None),
    ("de", "Für Pensionisten und Geringverdiener bleibe die Lage angespannt, so die Arbeiterkammer.", False,
     [], None),
    # --- Stellenabbau beim Autozulieferer (Reuters) ---------------------------------------------
    ("de", "Stuttgart (Reuters) - Der Autozulieferer Kessler Antriebstechnik streicht bis Ende 2027 weltweit rund 3.800 Stellen, davon etwa 1.500 in Deutschland.", True,
     [("year", 2027, None, None), ("count", 3800, None, "about"), ("count", 1500, None, "about")], None),
    ("de", "Damit fällt fast jeder siebte Arbeitsplatz im Konzern weg, wie das Unternehmen am Dienstag mitteilte.", True,
     [("fraction", 0.1429, None, "nearly")], "das Unternehmen"),
    ("de", "Der Umsatz sank in den ersten neun Monaten um 8,4 Prozent auf 11,2 Milliarden Euro.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 8.4, "%", None), ("money", 11200000000, "EUR", None)], None),
    ("de", "Das operative Ergebnis brach um mehr als die Hälfte auf 312 Millionen Euro ein.", True,
     [("fraction", 0.5, None, "over"), ("money", 312000000, "EUR", None)], None),
    ("de", "Vorstandschef Henrik Sauter sagte der Nachrichtenagentur Reuters, zwei Werke in Thüringen und im Saarland sollten bis 2026 geschlossen werden.", True,
     [("count", 2, None, None), ("year", 2026, None, None)], "Henrik Sauter"),
    ("de", "Bereits im Frühjahr hatte Kessler den Abbau von 900 Stellen in der Verwaltung angekündigt.", True,
     [("count", 900, None, None)], None),
    ("de", "Die IG Metall sprach von einem „Kahlschlag auf Raten“.", False,
     [], None),
    ("de", "Die Aktie verlor im frühen Frankfurter Handel 6,2 Prozent.", True,
     [("percent", 6.2, "%", None)], None),
    # --- Betrugsprozess in Graz (APA) ----------------------------------------------------------
    ("de", "Graz (APA) - Ein 47-jähriger ehemaliger Vermögensberater ist am Montag im Grazer Straflandesgericht wegen schweren Betrugs zu viereinhalb Jahren Haft verurteilt worden.", True,
     [("duration", 47, "year", None), ("duration", 4.5, "year", None)], None),
    ("de", "Zwischen 2017 und 2023 soll er mehr als 60 Anleger um insgesamt 5,3 Millionen Euro geprellt haben.", True,
     [("year", 2017, None, None), ("year", 2023, None, None), ("count", 60, None, "over"), ("money", 5300000, "EUR", None)], None),
    ("de", "Seinen Kunden hatte er jährliche Erträge von bis zu zwölf Prozent in Aussicht gestellt.", True,
     [("percent", 12, "%", "up_to")], None),
    ("de", "Der Angeklagte zeigte sich vor Gericht teilweise geständig.", True,
     [], None),
    ("de", "„Ich wollte nie jemandem schaden“, sagte der Mann in seinem Schlusswort.", False,
     [], None),
    ("de", "Der Schöffensenat verpflichtete ihn zudem, den Geschädigten 4,1 Millionen Euro zurückzuzahlen.", True,
     [("money", 4100000, "EUR", None)], None),
    ("de", "Das Urteil ist nicht rechtskräftig, die Verteidigung meldete Berufung an.", True,
     [], None),
    # --- Kokainfund im Hamburger Hafen (dpa) -----------------------------------------------------
    ("de", "Hamburg (dpa) - Zollfahnder haben im Hamburger Hafen 1,7 Tonnen Kokain in einem Container mit Bananen aus Ecuador entdeckt.", True,
     [("count", 1.7, None, None)], None),
    ("de", "Der Straßenverkaufswert der Drogen liege bei mehr als 120 Millionen Euro, teilte das Zollfahndungsamt am Freitag mit.", True,
     [("money", 120000000, "EUR", "over")], "das Zollfahndungsamt"),
    ("de", "Es ist der größte Einzelfund in der Hansestadt seit 2021.", True,
     [("year", 2021, None, None)], None),
    ("de", "Vier Männer im Alter von 31 bis 52 Jahren wurden festgenommen.", True,
     [("count", 4, None, None), ("duration", 31, "year", None), ("duration", 52, "year", None)], None),
    ("de", "Die Ermittlungen hatten nach Behördenangaben mehr als acht Monate gedauert.", True,
     [("duration", 8, "month", "over")], None),
    ("de", "„Mengen wie diese wären vor zehn Jahren noch undenkbar gewesen“, sagte Behördensprecherin Anja Koch.", False,
     [("duration", 10, "year", None)], None),
    ("de", "Die Festgenommenen sitzen in Untersuchungshaft, sagte Oberstaatsanwältin Julia Lenz.", True,
     [], "Julia Lenz"),
    ("de", "Im vergangenen Jahr stellte der Zoll in deutschen Häfen insgesamt rund 43 Tonnen Kokain sicher.", True,
     [("count", 43, None, "about")], None),
    # --- Busunfall auf der Tauernautobahn (APA) --------------------------------------------------
    ("de", "Salzburg (APA) - Bei einem Busunfall auf der Tauernautobahn (A10) bei Golling sind am Samstagvormittag 23 Menschen verletzt worden, vier davon schwer.", True,
     [("count", 23, None, None), ("count", 4, None, None)], None),
    ("de", "Der Reisebus mit 48 Insassen aus Tschechien war aus noch ungeklärter Ursache von der Fahrbahn abgekommen und auf die Seite gekippt.", True,
     [("count", 48, None, None)], None),
    ("de", "Laut Polizei war der 58-jährige Lenker nicht alkoholisiert.", True,
     [("duration", 58, "year", None)], "Polizei"),
    ("de", "Im Einsatz standen drei Notarzthubschrauber, 14 Rettungsfahrzeuge und rund 120 Helfer, teilte das Rote Kreuz mit.", True,
     [("count", 3, None, None), ("count", 14, None, None), ("count", 120, None, "about")], "das Rote Kreuz"),
    ("de", "Zwei der Schwerverletzten wurden ins Uniklinikum Salzburg geflogen, so Rotkreuz-Sprecher Thomas Wieser.", True,
     [("count", 2, None, None)], "Thomas Wieser"),
    ("de", "Die Autobahn war in Richtung Villach mehr als fünf Stunden lang gesperrt.", True,
     [("duration", 5, "hour", "over")], None),
    ("de", "Die Polizei ersucht Zeugen des Unfalls, sich bei der Inspektion Hallein zu melden.", False,
     [], None),
    # --- Sturmtief über Deutschland (dpa) --------------------------------------------------------
    ("de", "Offenbach (dpa) - Sturmtief „Xandra“ hat in der Nacht zum Montag weiten Teilen Deutschlands Orkanböen mit bis zu 140 Kilometern pro Stunde gebracht.", True,
     [("count", 140, None, "up_to")], None),
    ("de", "Auf dem Brocken im Harz maß der Deutsche Wetterdienst sogar 162 km/h.", True,
     [("count", 162, None, None)], None),
    ("de", "Der Deutsche Wetterdienst hatte zuvor für zwölf Landkreise die höchste Warnstufe vier ausgerufen.", True,
     [("count", 12, None, None), ("count", 4, None, None)], None),
    ("de", "Die Deutsche Bahn stellte den Fernverkehr in Norddeutschland für mehrere Stunden ein.", True,
     [], None),
    ("de", "Nach Angaben der Feuerwehr rückten die Einsatzkräfte allein in Hamburg bis zum Morgen mehr als 600 Mal aus.", True,
     [("count", 600, None, "over")], "die Feuerwehr"),
    ("de", "In Niedersachsen wurde ein 63-jähriger Autofahrer von einem umstürzenden Baum erschlagen.", True,
     [("duration", 63, "year", None)], None),
    ("de", "Rund 85.000 Haushalte waren zeitweise ohne Strom.", True,
     [("count", 85000, None, "about")], None),
    ("de", "Bleiben Sie nach Möglichkeit zu Hause und meiden Sie Wälder und Parks.", False,
     [], None),
    ("de", "Zur Wochenmitte soll sich die Wetterlage wieder beruhigen.", False,
     [], None),
    # --- Grippewelle (APA) -----------------------------------------------------------------------
    ("de", "Wien (APA) - Die Influenza hat heuer deutlich früher um sich gegriffen als in den Vorjahren.", True,
     [], None),
    ("de", "In der vergangenen Woche wurden in Wien 19.400 Neuerkrankungen an grippalen Infekten und echter Grippe gemeldet, um ein Viertel mehr als in der Woche davor.", True,
     [("count", 19400, None, None), ("fraction", 0.25, None, None)], None),
    ("de", "Derzeit dominiert der Subtyp H3N2, der vor allem ältere Menschen schwer treffen kann.", True,
     [], None),
    ("de", "Die Durchimpfungsrate liegt bei den über 65-Jährigen bei nur 23 Prozent, sagte Gesundheitsministerin Ulrike Feistl.", True,
     [("duration", 65, "year", "over"), ("percent", 23, "%", None)], "Ulrike Feistl"),
    ("de", "Im Wiener AKH sind derzeit 31 von 48 Intensivbetten belegt.", True,
     [("count", 31, None, None), ("count", 48, None, None)], None),
    ("de", "Laut Gesundheitskasse waren in der Vorwoche österreichweit rund 112.000 Menschen krankgeschrieben, etwa doppelt so viele wie ein Jahr zuvor.", True,
     [("count", 112000, None, "about"), ("count", 2, "times", "about")], "Gesundheitskasse"),
    ("de", "„Es ist noch nicht zu spät, sich impfen zu lassen“, betonte Feistl.", False,
     [], None),
    ("de", "Wie lange die Welle anhält, lässt sich derzeit nicht abschätzen.", False,
     [], None),
    # --- Lehrermangel in NRW (dpa) ---------------------------------------------------------------
    ("de", "Düsseldorf (dpa) - An den Schulen in Nordrhein-Westfalen sind zu Beginn des zweiten Schulhalbjahres mehr als 6.000 Lehrerstellen unbesetzt.", True,
     [("ordinal", 2, None, None), ("count", 6000, None, "over")], None),
    ("de", "Das sind knapp 900 mehr als vor einem Jahr, wie das Schulministerium in Düsseldorf mitteilte.", True,
     [("count", 900, None, "nearly")], "das Schulministerium"),
    ("de", "Besonders betroffen sind die Grundschulen, an denen jede zwölfte Stelle nicht besetzt werden konnte.", True,
     [("fraction", 0.0833, None, None)], None),
    ("de", "Rund 14 Prozent des Unterrichts erteilen inzwischen Seiteneinsteiger ohne Lehramtsstudium.", True,
     [("percent", 14, "%", "about")], None),
    ("de", "Im Schnitt unterrichtet eine Vollzeitlehrkraft an Grundschulen 25,5 Wochenstunden.", True,
     [("count", 25.5, None, None)], None),
    ("de", "Schulministerin Dorothee Kramer sagte, bis 2030 sollten 2.500 zusätzliche Studienplätze für das Lehramt geschaffen werden.", True,
     [("year", 2030, None, None), ("count", 2500, None, None)], "Dorothee Kramer"),
    ("de", "Die Gewerkschaft Erziehung und Wissenschaft nannte die Lage „dramatisch“.", False,
     [], None),
    ("de", "Ob das reicht, bezweifeln viele Bildungsforscher.", False,
     [], None),
    # --- Gletscherbericht (APA) ------------------------------------------------------------------
    ("de", "Innsbruck (APA) - Österreichs Gletscher haben im vergangenen Jahr im Schnitt 23,9 Meter an Länge eingebüßt.", True,
     [("count", 23.9, None, None)], None),
    ("de", "Das geht aus dem Gletscherbericht des Alpenvereins hervor, der am Freitag in Innsbruck vorgestellt wurde.", True,
     [], None),
    ("de", "Von 93 vermessenen Gletschern hat sich nur einer nicht zurückgezogen.", True,
     [("count", 93, None, None)], None),
    ("de", "Den stärksten Rückgang verzeichnete die Pasterze am Großglockner mit 203,5 Metern.", True,
     [("count", 203.5, None, None)], None),
    ("de", "Seit Beginn der Messreihe im Jahr 1891 war der Rückzug nur zweimal stärker.", True,
     [("year", 1891, None, None), ("count", 2, None, None)], None),
    ("de", "Der Alpenverein zählt in Österreich noch rund 900 Gletscher, Mitte des 19. Jahrhunderts waren es mehr als doppelt so viele.", True,
     [("count", 900, None, "about"), ("ordinal", 19, None, None), ("count", 2, "times", "over")], None),
    ("de", "Messdienstleiter Matthias Oberhofer sagte, in 40 bis 45 Jahren werde Österreich voraussichtlich weitgehend eisfrei sein.", True,
     [("duration", 40, "year", None), ("duration", 45, "year", None)], "Matthias Oberhofer"),
    ("de", "„Wir dokumentieren das Verschwinden einer ganzen Landschaft“, sagte Oberhofer.", False,
     [], None),
    # --- Europäischer Filmpreis (dpa) ------------------------------------------------------------
    ("de", "Berlin (dpa) - Der polnische Regisseur Tomasz Wierzbicki erhält den Europäischen Filmpreis für sein dreistündiges Familiendrama „Die Kälte“.", True,
     [("duration", 3, "hour", None)], None),
    ("de", "Der Film war bereits im Mai in Cannes mit dem Preis der Jury ausgezeichnet worden.", True,
     [], None),
    ("de", "Die Preise werden am 13. Dezember zum 38. Mal vergeben, diesmal in Luzern.", True,
     [("date", "--12-13", None, None), ("ordinal", 38, None, None)], None),
    ("de", "In der Hauptkategorie waren 17 Spielfilme aus 24 Ländern nominiert.", True,
     [("count", 17, None, None), ("count", 24, None, None)], None),
    ("de", "Die Auszeichnung ist mit 25.000 Euro dotiert, teilte die Filmakademie mit.", True,
     [("money", 25000, "EUR", None)], "die Filmakademie"),
    ("de", "„Ein Film von seltener Wucht und Zärtlichkeit“, urteilte die Jury.", False,
     [], None),
    ("de", "Wierzbicki ist erst der zweite Regisseur aus Polen, der die Auszeichnung gewinnt.", True,
     [("ordinal", 2, None, None)], None),
    # --- Ski-Weltcup in Val d'Isère (APA) --------------------------------------------------------
    ("de", "Val d'Isère (APA) - Die Salzburgerin Katharina Moser hat die Weltcup-Abfahrt am Samstag für sich entschieden und ihren dritten Saisonsieg gefeiert.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Die 27-Jährige siegte mit 0,38 Sekunden Vorsprung auf die Schweizerin Lara Gasser.", True,
     [("duration", 27, "year", None), ("duration", 0.38, "second", None)], None),
    ("de", "Dritte wurde die Italienerin Sofia Rinaldi, die 0,61 Sekunden zurücklag.", True,
     [("ordinal", 3, None, None), ("duration", 0.61, "second", None)], None),
    ("de", "Im Gesamtweltcup liegt Moser nun mit 612 Punkten 45 Zähler vor Gasser.", True,
     [("count", 612, None, None), ("count", 45, None, None)], None),
    ("de", "„Das ist einfach ein Wahnsinn, das muss ich erst einmal verdauen“, sagte Moser im ORF-Interview.", False,
     [], None),
    ("de", "Am Sonntag steht in Val d'Isère noch ein Super-G auf dem Programm.", True,
     [], None),
    # --- Bundesliga (dpa) ------------------------------------------------------------------------
    ("de", "München (dpa) - Der FC Bayern München hat sein Heimspiel gegen den VfL Wolfsburg mit 4:1 gewonnen und den Vorsprung an der Tabellenspitze auf sieben Punkte ausgebaut.", True,
     [("count", 7, None, None)], None),
    ("de", "Vor 75.000 Zuschauern in der ausverkauften Arena traf Stürmer Jonas Wirth zweimal.", True,
     [("count", 75000, None, None), ("count", 2, None, None)], None),
    ("de", "Wirth hat damit in 14 Ligaspielen bereits 19 Tore erzielt.", True,
     [("count", 14, None, None), ("count", 19, None, None)], None),
    ("de", "Für Wolfsburg war es die fünfte Niederlage in Serie.", True,
     [("ordinal", 5, None, None)], None),
    ("de", "Die Wolfsburger rutschten auf Rang 14 ab und haben nur noch drei Punkte Vorsprung auf den Relegationsplatz.", True,
     [("ordinal", 14, None, None), ("count", 3, None, None)], None),
    ("de", "„Wir haben heute die richtige Antwort gegeben“, sagte Bayern-Trainer Markus Eder.", False,
     [], None),
    ("de", "Verteidiger Tim Hagedorn fällt wegen einer Knieverletzung rund sechs Wochen aus, teilte der Verein am Sonntag mit.", True,
     [("duration", 6, "week", "about")], "der Verein"),
    # --- Nachruf Hannelore Brückner (dpa) --------------------------------------------------------
    ("de", "Hamburg (dpa) - Die Schauspielerin Hannelore Brückner ist tot.", True,
     [], None),
    ("de", "Sie starb am Dienstag im Alter von 91 Jahren in ihrer Wohnung in Hamburg, wie ihr Sohn der Deutschen Presse-Agentur bestätigte.", True,
     [("duration", 91, "year", None)], None),
    ("de", "Brückner stand mehr als sechs Jahrzehnte auf der Bühne und spielte in über 120 Fernsehproduktionen.", True,
     [("duration", 60, "year", "over"), ("count", 120, None, "over")], None),
    ("de", "Bekannt wurde sie 1974 mit der Familienserie „Haus am Deich“, die es auf 86 Folgen brachte.", True,
     [("year", 1974, None, None), ("count", 86, None, None)], None),
    ("de", "Zwischen 1965 und 1989 gehörte sie dem Ensemble des Thalia Theaters an.", True,
     [("year", 1965, None, None), ("year", 1989, None, None)], None),
    ("de", "1998 erhielt sie den Deutschen Fernsehpreis für ihr Lebenswerk.", True,
     [("year", 1998, None, None)], None),
    ("de", "„Sie war eine der ganz Großen ihres Fachs“, sagte Intendant Frank Gerlach.", False,
     [], None),
    # === English ================================================================================
    # --- Kremlin on Ukraine talks (Reuters) ----------------------------------------------------
    ("en", "MOSCOW, Dec 10 (Reuters) - Russia is ready for a seventh round of talks with Ukraine but will not agree to a ceasefire before a comprehensive settlement, the Kremlin said on Wednesday.", True,
     [("date", "--12-10", None, None), ("ordinal", 7, None, None)], "the Kremlin"),
    ("en", "Kremlin spokesman Dmitry Peskov told reporters the five-hour meeting in Riyadh had been useful but that major differences remained over territory.", True,
     [("duration", 5, "hour", None)], "Dmitry Peskov"),
    ("en", "Moscow's troops hold about 19% of Ukrainian land, counting Crimea, which Russia annexed in 2014.", True,
     [("percent", 19, "%", "about"), ("year", 2014, None, None)], None),
    ("en", "Ukrainian President Volodymyr Zelenskiy said Kyiv had handed U.S. envoys a revised 20-point framework over the weekend.", True,
     [("count", 20, None, None)], "Volodymyr Zelenskiy"),
    ("en", "Peskov said Putin had spoken with U.S. President Donald Trump by phone for nearly two and a half hours on Tuesday, their fourth call this year.", True,
     [("duration", 2.5, "hour", "nearly"), ("ordinal", 4, None, None)], "Peskov"),
    ("en", "Ukraine's air force said it had downed or jammed 118 of the 143 drones Russia fired overnight, while four ballistic missiles got through.", True,
     [("count", 143, None, None), ("count", 4, None, None), ("count", 118, None, None)], "Ukraine's air force"),
    ("en", "\"Nobody in Europe wants a peace that is merely a pause before the next war,\" a senior EU diplomat said.", False,
     [], None),
    ("en", "It was not immediately clear when or where the next round would take place.", False,
     [], None),
    ("en", "Zelenskiy is due to meet European leaders in London on Monday.", True,
     [], None),
    # --- Spending bill in the House (AP) -------------------------------------------------------
    ("en", "WASHINGTON (AP) — The House narrowly approved a $1.2 trillion spending package 218-214 on Thursday, averting a partial government shutdown.", True,
     [("count", 218, None, None), ("count", 214, None, None), ("money", 1200000000000, "USD", None)], None),
    ("en", "Three Republicans joined all but two Democrats in opposing the measure.", True,
     [("count", 3, None, None), ("count", 2, None, None)], None),
    ("en", "The bill now goes to the Senate, where it needs 60 votes to overcome a filibuster.", True,
     [("count", 60, None, None)], None),
    ("en", "House Speaker Tom Hadley told reporters the package trims non-defense spending by about 4% compared with the current fiscal year.", True,
     [("percent", 4, "%", "about")], "Tom Hadley"),
    ("en", "\"This is a win for every American taxpayer,\" Hadley said.", False,
     [], None),
    ("en", "Democrats said the cuts would reduce food assistance for roughly 2 million low-income mothers and young children.", True,
     [("count", 2000000, None, "about")], None),
    ("en", "The package funds the government through Sept. 30, 2026.", True,
     [("date", "2026-09-30", None, None)], None),
    ("en", "The last shutdown, in the fall, lasted 43 days and was the longest in U.S. history.", True,
     [("duration", 43, "day", None)], None),
    ("en", "Whether the Senate can act before the Dec. 20 deadline remains unclear.", False,
     [("date", "--12-20", None, None)], None),
    # --- Drone strike in Sudan (AFP) -----------------------------------------------------------
    ("en", "PORT SUDAN (AFP) - At least 40 people were killed when a drone struck a crowded market in the Sudanese city of El-Obeid on Sunday, a local aid group said.", True,
     [("count", 40, None, "at_least")], None),
    ("en", "The paramilitary Rapid Support Forces, at war with the regular army since April 2023, did not comment on the attack.", True,
     [("year", 2023, None, None)], None),
    ("en", "The fighting has left tens of thousands dead and driven nearly 12 million from their homes, according to the United Nations.", True,
     [("count", 12000000, None, "nearly")], "the United Nations"),
    ("en", "Famine has been confirmed in at least 10 areas, including parts of Darfur and the Nuba Mountains.", True,
     [("count", 10, None, "at_least")], None),
    ("en", "\"The world is looking away while Sudan burns,\" said Marta Ruiz, regional director of an international aid charity.", False,
     [], None),
    ("en", "Mediation efforts led by Washington, Riyadh, Cairo and Abu Dhabi stalled in September.", True,
     [], None),
    ("en", "Aid workers say access to the besieged city of El-Fasher remains almost impossible.", False,
     [], None),
    # --- UK economy (Reuters) -------------------------------------------------------------------
    ("en", "LONDON, Dec 12 (Reuters) - British output contracted by 0.1% in October, the second monthly decline in a row, official data showed on Friday.", True,
     [("date", "--12-12", None, None), ("percent", 0.1, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Economists polled by Reuters had forecast growth of 0.1%.", True,
     [("percent", 0.1, "%", None)], None),
    ("en", "Output in the services sector fell 0.3% while manufacturing grew 0.6%, the Office for National Statistics said.", True,
     [("percent", 0.3, "%", None), ("percent", 0.6, "%", None)], "the Office for National Statistics"),
    ("en", "Sterling fell 0.4% to $1.3315 after the data were published.", True,
     [("percent", 0.4, "%", None), ("money", 1.3315, "USD", None)], None),
    ("en", "Finance minister Helen Marsh said she was \"not satisfied\" with the pace of growth.", False,
     [], None),
    ("en", "Markets now price a roughly 80% chance that the Bank of England will cut Bank Rate to 3.75% next week.", True,
     [("percent", 80, "%", "about"), ("percent", 3.75, "%", None)], None),
    ("en", "The economy has grown by just 1.1% since the government took office in July 2024.", True,
     [("percent", 1.1, "%", None), ("year", 2024, None, None)], None),
    ("en", "The Bank of England has cut rates five times since August 2024.", True,
     [("count", 5, None, None), ("year", 2024, None, None)], None),
    ("en", "The numbers make grim reading for a government that promised to put growth first.", False,
     [], None),
    # --- Chipmaker job cuts (Reuters) -----------------------------------------------------------
    ("en", "FRANKFURT, Dec 4 (Reuters) - German chipmaker Altwerk said on Thursday it would cut 2,800 jobs, about 7% of its workforce, as demand from carmakers slumps.", True,
     [("date", "--12-04", None, None), ("count", 2800, None, None), ("percent", 7, "%", "about")], None),
    ("en", "The company lowered its revenue forecast for the fiscal year to between 14.6 billion and 15 billion euros, from 16 billion euros previously.", True,
     [("money", 14600000000, "EUR", None), ("money", 15000000000, "EUR", None), ("money", 16000000000, "EUR", None)], None),
    ("en", "Its shares fell as much as 9.3% in early trade, their steepest drop in more than two years.", True,
     [("percent", 9.3, "%", "up_to"), ("duration", 2, "year", "over")], None),
    ("en", "Net profit fell 38% to 612 million euros in the fourth quarter, the company said.", True,
     [("percent", 38, "%", None), ("money", 612000000, "EUR", None), ("ordinal", 4, None, None)], "the company"),
    ("en", "Altwerk employs around 40,000 people in 22 countries, a quarter of them in Germany.", True,
     [("count", 40000, None, "about"), ("count", 22, None, None), ("fraction", 0.25, None, None)], None),
    ("en", "Chief Executive Marion Vogt said the downturn in the automotive market would last well into 2026.", True,
     [("year", 2026, None, None)], "Marion Vogt"),
    ("en", "\"We are taking painful but necessary decisions,\" Vogt said.", False,
     [], None),
    # --- Fraud sentence in New York (AP) --------------------------------------------------------
    ("en", "NEW YORK (AP) — A former hedge fund manager was sentenced on Wednesday to 12 years in prison for defrauding investors of more than $300 million.", True,
     [("duration", 12, "year", None), ("money", 300000000, "USD", "over")], None),
    ("en", "A federal jury in Manhattan convicted Daniel Rourke, 54, in May on seven counts of securities and wire fraud.", True,
     [("duration", 54, "year", None), ("count", 7, None, None)], None),
    ("en", "Prosecutors had asked the judge for at least 20 years behind bars.", True,
     [("duration", 20, "year", "at_least")], None),
    ("en", "U.S. District Judge Carla Mendes also ordered Rourke to forfeit $41.5 million and pay restitution to about 1,100 victims.", True,
     [("money", 41500000, "USD", None), ("count", 1100, None, "about")], None),
    ("en", "\"You betrayed people who trusted you with their life savings,\" Mendes told him.", False,
     [], None),
    ("en", "His lawyer said he would appeal.", True,
     [], None),
    ("en", "Rourke has been in custody since his arrest in 2023.", True,
     [("year", 2023, None, None)], None),
    # --- Stabbing in east London (PA) -----------------------------------------------------------
    ("en", "A teenager aged 17 has been charged with murder over the fatal stabbing of a man in east London, the Metropolitan Police said.", True,
     [("duration", 17, "year", None)], "the Metropolitan Police"),
    ("en", "Officers were called to a street in Ilford shortly after 11pm on Saturday and found the victim, aged 34, with stab wounds.", True,
     [("duration", 34, "year", None)], None),
    ("en", "He was pronounced dead at the scene despite the efforts of paramedics.", True,
     [], None),
    ("en", "Two other teenagers, aged 16 and 15, were arrested and have been released on bail.", True,
     [("count", 2, None, None), ("duration", 16, "year", None), ("duration", 15, "year", None)], None),
    ("en", "A post-mortem examination will take place later this week, police said.", True,
     [], "police"),
    ("en", "Detective Chief Inspector Laura Finch said: \"Our thoughts remain with the victim's family at this terribly difficult time.\"", False,
     [], None),
    ("en", "Anyone with information is asked to call police on 101 or contact Crimestoppers anonymously.", False,
     [], None),
    ("en", "Knife crime offences in London rose by 6% in the year to June, according to the Office for National Statistics.", True,
     [("percent", 6, "%", None)], "the Office for National Statistics"),
    # --- Train collision in India (AFP) ---------------------------------------------------------
    ("en", "NEW DELHI (AFP) - At least 14 people were killed and more than 50 injured when a passenger train ploughed into a stationary goods train in eastern India on Monday, officials said.", True,
     [("count", 14, None, "at_least"), ("count", 50, None, "over")], None),
    ("en", "The collision happened near Kharagpur in West Bengal shortly before dawn, when many passengers were still asleep.", True,
     [], None),
    ("en", "Three carriages derailed and one was crushed, a railway spokesman told AFP.", True,
     [("count", 3, None, None)], None),
    ("en", "Rescue workers were still cutting through the wreckage nearly 10 hours after the crash.", True,
     [("duration", 10, "hour", "nearly")], None),
    ("en", "The railway ministry announced compensation of one million rupees for the family of each person killed.", True,
     [("money", 1000000, "INR", None)], None),
    ("en", "India's railway network, one of the largest in the world, carries about 23 million passengers a day.", True,
     [("count", 23000000, None, "about")], None),
    ("en", "It was the third deadly rail accident in the country since June.", True,
     [("ordinal", 3, None, None)], None),
    ("en", "Safety experts have long warned that the ageing signalling system is dangerously overstretched.", False,
     [], None),
    # --- Floods in Spain (AP) -------------------------------------------------------------------
    ("en", "MADRID (AP) — Torrential rain lashed Spain's eastern coast on Tuesday, flooding streets in Valencia and forcing the closure of more than 200 schools.", True,
     [("count", 200, None, "over")], None),
    ("en", "The state weather agency Aemet said more than 180 liters per square meter fell within eight hours in parts of the province.", True,
     [("count", 180, None, "over"), ("duration", 8, "hour", None)], "Aemet"),
    ("en", "That is about as much as the area normally receives in three months.", True,
     [("duration", 3, "month", None)], None),
    ("en", "Emergency services rescued 37 people from cars and homes, regional authorities said.", True,
     [("count", 37, None, None)], None),
    ("en", "\"Stay at home and do not try to drive through flooded roads,\" the regional emergency service wrote on X.", False,
     [], None),
    ("en", "Flash floods in the same region killed more than 220 people in October 2024.", True,
     [("count", 220, None, "over"), ("year", 2024, None, None)], None),
    ("en", "About two dozen roads remained closed on Wednesday morning, the regional government said.", True,
     [("count", 24, None, "about")], "the regional government"),
    ("en", "More heavy rain is expected later in the week.", False,
     [], None),
    # --- Measles in Europe (Reuters) ------------------------------------------------------------
    ("en", "GENEVA, Nov 27 (Reuters) - Reported measles infections across the European region dropped by more than half last year but stayed far above pre-pandemic levels, the World Health Organization said on Thursday.", True,
     [("date", "--11-27", None, None), ("fraction", 0.5, None, "over")], "the World Health Organization"),
    ("en", "The region recorded 127,350 cases in 2024, the WHO and UNICEF said in a joint report.", True,
     [("count", 127350, None, None), ("year", 2024, None, None)], None),
    ("en", "Romania and Kazakhstan accounted for nearly two-thirds of all infections.", True,
     [("fraction", 0.6667, None, "nearly")], None),
    ("en", "Only 93% of children in the region received the first vaccine dose, short of the 95% needed to prevent outbreaks.", True,
     [("percent", 93, "%", None), ("ordinal", 1, None, None), ("percent", 95, "%", None)], None),
    ("en", "At least 38 people, most of them young children, died of the disease.", True,
     [("count", 38, None, "at_least")], None),
    ("en", "Cases fell in 41 of the 53 countries in the region, the report found.", True,
     [("count", 41, None, None), ("count", 53, None, None)], None),
    ("en", "\"Measles is back, and this should be a wake-up call for every government,\" said Henrik Dahl, the WHO's regional director.", False,
     [], None),
    ("en", "The WHO recommends two doses of the vaccine for every child.", True,
     [("count", 2, None, None)], None),
    # --- Solar observatory (AFP) ----------------------------------------------------------------
    ("en", "PARIS (AFP) - A European solar observatory has captured the sharpest images yet of the Sun's south pole, 14 months after its launch, the European Space Agency said on Wednesday.", True,
     [("duration", 14, "month", None)], "the European Space Agency"),
    ("en", "The 1.4-billion-euro mission, built with NASA, orbits the Sun at a distance of about 42 million kilometres.", True,
     [("money", 1400000000, "EUR", None), ("count", 42000000, None, "about")], None),
    ("en", "Its orbit is currently tilted by 17 degrees, and engineers plan to raise that to 33 degrees by 2029.", True,
     [("count", 17, None, None), ("count", 33, None, None), ("year", 2029, None, None)], None),
    ("en", "Scientists have so far released about a fifth of the data collected, ESA spokeswoman Clara Weiss said.", True,
     [("fraction", 0.2, None, "about")], "Clara Weiss"),
    ("en", "\"These images are simply breathtaking,\" said project scientist Elodie Martin.", False,
     [], None),
    ("en", "The mission is designed to run for 10 years.", True,
     [("duration", 10, "year", None)], None),
    ("en", "What the new data reveal about the solar cycle remains to be seen.", False,
     [], None),
    # --- Australian Open final (Reuters) --------------------------------------------------------
    ("en", "MELBOURNE, Jan 25 (Reuters) - Mateo Ferrer won his first Australian Open title on Sunday, beating Aleksandr Petrov 6-4 7-6 6-3 in a final lasting three hours and 12 minutes.", True,
     [("date", "--01-25", None, None), ("ordinal", 1, None, None), ("duration", 3, "hour", None), ("duration", 12, "minute", None)], None),
    ("en", "The 22-year-old Spaniard has now won titles at all four Grand Slam tournaments.", True,
     [("duration", 22, "year", None), ("count", 4, None, None)], None),
    ("en", "Ferrer hit 47 winners and broke Petrov's serve five times.", True,
     [("count", 47, None, None), ("count", 5, None, None)], None),
    ("en", "The champion takes home 3.5 million Australian dollars in prize money.", True,
     [("money", 3500000, "AUD", None)], None),
    ("en", "Ferrer, who was seeded second, dropped only two sets in seven matches, tournament organisers said.", True,
     [("ordinal", 2, None, None), ("count", 2, None, None), ("count", 7, None, None)], None),
    ("en", "Petrov, ranked third in the world, was playing in his second Grand Slam final.", True,
     [("ordinal", 3, None, None), ("ordinal", 2, None, None)], None),
    ("en", "\"I have dreamed about this moment since I was a little kid,\" Ferrer said at the trophy ceremony.", False,
     [], None),
    # --- Obituary: country singer (AP) ----------------------------------------------------------
    ("en", "NASHVILLE, Tenn. (AP) — Loretta Mae Haskins, whose country ballads ruled the charts for three decades, has died at 86.", True,
     [("duration", 30, "year", None), ("duration", 86, "year", None)], None),
    ("en", "Haskins died Sunday at her home outside Nashville, her publicist said in a statement.", True,
     [], None),
    ("en", "Born in 1939 in rural Kentucky, the youngest of nine children, she began singing in church at age 6.", True,
     [("year", 1939, None, None), ("count", 9, None, None), ("duration", 6, "year", None)], None),
    ("en", "She recorded 41 albums, sold more than 30 million records and won five Grammy Awards.", True,
     [("count", 41, None, None), ("count", 30000000, None, "over"), ("count", 5, None, None)], None),
    ("en", "Her 1971 hit \"Gravel Road\" spent 11 weeks at the top of the Billboard country chart.", True,
     [("year", 1971, None, None), ("duration", 11, "week", None)], None),
    ("en", "\"She sang about ordinary people, and ordinary people loved her for it,\" said fellow singer Travis Cole.", False,
     [], None),
    ("en", "She was inducted into the Country Music Hall of Fame in 1992, the first woman from Kentucky to be so honoured.", True,
     [("year", 1992, None, None), ("ordinal", 1, None, None)], None),
    ("en", "She is survived by two sons and five grandchildren.", True,
     [("count", 2, None, None), ("count", 5, None, None)], None),
]
