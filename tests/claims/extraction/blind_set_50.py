"""Fiftieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Ministers, officers, researchers,
governors and companies are made up (Jens Hallmann, Claudia Reiter, Bruno Hofer, Rudolf
Kainz, Peter Ammann, Beat Hürlimann, Sandra Egli, Lars Nyberg, Mykola Hrytsenko, Dmitri
Sokolow, Albrecht Vossberg, Nordstahl Defence, Daeyang, Jonathan Mercer, Henrik Aalberg,
Dana Whitlock, Andriy Marchuk, Taras Bondar, Paul Whitford, Karin Lindholm, Ellen
Tremblay, Lena Varga, Tom Ashby); real institutions, forces, agencies, places and weapon
types ("Bundeswehr", "Bundesheer", "VBS", "Seco", "Sipri"/"SIPRI", "the International
Institute for Strategic Studies", "the Pentagon", "the Ministry of Defence", "the National
Audit Office", "NATO", "Ukraine's air force", "F-35A", "Leopard 2A8", "Iris-T SLM",
"Patriot", "PzH 2000", "Taurus", "HIMARS", "ATACMS", "Storm Shadow", "Oreshnik") stand
for the way wire copy names them; every figure, order, stock, loss and quote here is
invented.

Its weight: DEFENCE PROCUREMENT, MILITARY AND SECURITY COPY. Half German (dpa, Reuters
German, AFP German, APA, Keystone-SDA; Austrian "Mrd.", "Angelobung", Swiss "Mia.", "Mio.",
"147'000", "grösserer", "während drei Wochen", «» quotes, German „“ quotes), half English
(Reuters, AP, AFP, PA, AAP, CP; "£1.6bn", "A$368 billion", "C$19 billion", "9.04 trillion
yen", "4.1 trillion won", "300 billion Swedish crowns", "186.6 billion zlotys", "2020-24").
German stories: Bundestag approval of procurement projects and the Sondervermögen, the
debt-brake exemption for defence, Bundeswehr personnel and the new military service, the
Austrian Bundesheer's budget and Aufbauplan, Eurofighter availability and flight hours, an
Austrian exercise and missions, the Swiss Armeebotschaft, F-35A cost overruns, Air2030 and
F/A-18, Sipri military spending and arms exports, German arms export approvals, a Russian
overnight attack with the claims of both sides, an ammunition plant, the NATO summit's
targets, the Lithuania brigade, Polish tanks and troops, submarines and frigates, ranges of
howitzers and cruise missiles, aid delivered to Ukraine and Russia's defence budget.
English stories: the Pentagon budget request, UK defence spending, submarines, Typhoon
Tranche 4 orders, army strength and equipment shortfalls, NATO capability targets and
deployments, SIPRI arms transfers and spending, the IISS Military Balance, Ukraine war
claims and casualties, ammunition production and prices, U.S. arms sales to Ukraine and
Taiwan, a Chinese exercise around Taiwan, U.S. troops in Europe, the Iran-Israel exchange,
Japan's budget, South Korean howitzer exports, North Korean and Russian missiles, AUKUS and
Australian frigates, an India-Pakistan clash, the German, Polish, Baltic, Swedish,
Finnish and Canadian defence plans. Figures as such copy has them: budgets and contracts,
shares of GDP ("2 Prozent der Wirtschaftsleistung", "3.5% of GDP", "Zwei-Prozent-Ziel"),
numbers of aircraft, tanks, howitzers, drones, shells and troops, calibres
("155-Millimeter-Munition", "im Kaliber 155 Millimeter", "155mm", "155-mm",
"155-millimeter", "35-Millimeter-Fliegerabwehrpanzer"), type designations with figures that
are no quantities ("F-35A", "Leopard 2A8", "PzH 2000", "Skyranger 30", "Typ 212CD", "F126",
"ADS 15", "Typhoon Tranche 4", "Type 45", "Challenger 2", "K9", "Su-34", "Kh-101"), ranges
in km, durations of exercises, missions and training ("zweiwöchigen Übung", "dreitägigen
Reise", "fünfmonatigen Einsatz", "zwölfmonatige Ausbildung", "a 48-hour exercise", "a
nine-month deployment"), delivery years ("Bis 2028", "zwischen 2029 und 2034", "by fiscal
2027"), fractions of stocks and fleets, rankings ("fünftgrößter Rüstungsexporteur",
"drittgrößter", "Platz vier", "the world's 10th-largest"), losses and casualties claimed by
one side, claims of both sides, ranges of figures, hedges. Negatives as such copy has
them: rhetoric and quoted resolve of ministers, commanders and leaders, threats in quotes,
appeals and advice to residents, criticism and commentary without a checkable claim, open
questions and doubts, market colour, scene colour, the wire caveat that neither side's
claims can be verified, a refusal to give details, a link line and a reporting credit.

236 rows (118 German, 118 English), 45 negatives (23 German, 22 English), 191 check-worthy
rows of which 7 carry no figure (4 German, 3 English), 394 expected quantities (171
counts, 53 years, 42 amounts of money, 42 percentages, 34 durations, 23 ordinals, 16
dates, 13 fractions; none of them in negatives), 58 checked speakers (20 German, 38
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Ziel
  seien 460.000 Soldatinnen und Soldaten ..., sagte Generalinspekteur Jens Hallmann." ->
  "Jens Hallmann"), while a Konjunktiv I paraphrase of rhetoric is a negative ("Das
  Bundesheer sei das Rückgrat der Republik, betonte ...", "Der Westen werde Russland
  niemals in die Knie zwingen, sagte der Kremlsprecher.").
- Type designations carry no quantity, the figure inside them included: "F-35A", "F-35B",
  "F-35", "F-16", "F/A-18-Kampfflugzeuge", "Leopard 2A8", "AW169", "H145M", "Pilatus PC-7",
  "M109", "Iris-T SLM", "MiG-31", "Iskander-M", "Kh-101", "Su-34", "T-72s", "T-80s", "K2",
  "K9", "Type 45", "Challenger 2", "PAC-3 MSE", "SSN-AUKUS", "Arrow 3" (ninth batch: type
  names such as "A321neo" and "F-35" are identifiers; forty-fourth: "Ariane 6", "Voyager
  1"). New: so are those whose figure looks like a year, a calibre or a count - "PzH
  2000" gives no year, "Skyranger 30" no count (the 30 millimetres are part of the name),
  "Typ 212CD", "Fregatte vom Typ F126", "ADS 15", "Patria 6x6" (a wheel arrangement in a
  name) none - and, new, the tranche of a type: "Tranche 1" and "Typhoon Tranche 4" name
  a production standard and carry no count, unlike a level on a scale ("Stage 4",
  fortieth). New: programme names with a glued figure carry none ("Air2030", as "COP30"
  and "ETS2"), while a plan, message or yearbook named with a separate year gives the year,
  as "Budget 2026" and "Zentralmatura 2015" do (fortieth and forty-third): "Armeebotschaft
  2025" 2025, "Aufbauplan 2032+" 2032 (the plus sign carries nothing), "The Military
  Balance 2025" 2025. New: a unit numbered with a cardinal after its noun is an
  identifier, as "Reactor 2" (forty-second): "Die Panzerbrigade 45" none; a unit numbered
  with an ordinal is an ordinal, as "2. Klasse" and "in der Zweiten Republik" (fortieth):
  "The 82nd Airborne Division" ordinal 82; "seit dem Zweiten Weltkrieg" ordinal 2.
- New: calibres are counts, physical measures in millimetres as rain in "87mm" and "200 mm"
  (fourth, fortieth and forty-sixth batches), written in a compound or not:
  "155-Millimeter-Munition", "im Kaliber 155 Millimeter", "35-Millimeter-Fliegerabwehrpanzer"
  count 35, "155mm artillery shells", "155-mm rounds", "155-millimeter shells", "Each 155mm
  shell" count 155 (a figure inside a compound read as written, as "1,5-Grad-Ziel",
  forty-second); the number of shells beside it is its own count ("about 2 million 155mm
  artillery shells" 2,000,000 "about" and 155); "155 Haubitzen" is a plain count.
- Ranges and distances are counts (fourth batch): "eine Reichweite von mehr als 50
  Kilometern" 50 "over", "rund 500 Kilometern" "about", "with a range of up to 450 km"
  "up_to", "more than 500 km away", "a range of about 1,600 km", "about 5,500 km",
  "altitudes of more than 100 km", "flew about 350 km", "about 1,800 km from the border",
  "up to 300 km, or about 190 miles" two counts, each with its own hedge, "a roughly
  1,000-km stretch" 1,000 "about" (a figure in a compound, as "a 43-kilometre transit
  corridor"); "73 Meter lang", "480 Kilogramm schweren", "rund 505 Quadratkilometer"
  counts; "10 times the speed of sound" count 10 (as "about 20 times as much as Jupiter",
  forty-fourth), "roughly five times as many" 5 "about", "etwa das Dreifache" 3 "about"
  (as "fast das Dreifache", thirty-first), "more than double the price" 2 "over"
  (twenty-sixth); "verzehnfacht", "fast verdoppelt", "tripled" none (verbs, as
  "verdreifacht", ninth).
- Shares of output are percentages: "2 Prozent der Wirtschaftsleistung", "0,9 Prozent des
  BIP", "1 Prozent des BIP", "von einem Prozent des BIP" 1, "fünf Prozent der
  Wirtschaftsleistung", "3.5% of GDP", "3.5% of economic output", "2.33% of GDP"; "Das
  alte Zwei-Prozent-Ziel" percent 2 (as "Zwei-Prozent-Ziel", forty-second); "NATO's 2%
  target" 2; "imported 155% more" percent 155; "Fast ein Viertel", "Drei Viertel", "knapp
  ein Drittel", "etwa ein Drittel", "nur jede dritte" (0.3333, "nur" no hedge), "fast
  jeder dritte Rubel", "Around a third", "about a third of Russia's daily rate", "One in
  four", "about half", "nearly two-thirds" fractions with their hedges;
  "Zweidrittelmehrheit" 0.6667 (third and ninth batches).
- New: "Flugstunden" are hours of flying and a duration in hours, the unit written inside
  the compound ("rund 110 Flugstunden im Jahr" 110 hours "about", "mindestens 180
  Flugstunden" "at_least"), as "38 Millionen Stunden lang angesehen" is a duration
  (forty-fifth); "im Jahr" none.
- Durations of exercises, missions and training: "zweiwöchigen Übung" 2 weeks (issue:
  "a two-week visit"), "dreitägigen Reise" 3 days, "fünfmonatigen Einsatz" 5 months,
  "zwölfmonatige Ausbildung" 12 months, "achtstündige Manöver" 8 hours, "dreieinhalb Tage"
  3.5 days, "während drei Wochen" 3 weeks (Swiss "während", fortieth), "zweieinhalb
  Stunden" 2.5 hours, "zwölf Minuten", "anderthalb Jahre" 1.5 years, "sechs Monate", "auf
  bis zu 23 Monate" "up_to", "binnen zehn Jahren" 10 years, "Im Fünfjahreszeitraum" 5
  years (as "Fünfjahresschnitt", forty-second), "der vergangenen 24 Stunden", "a 48-hour
  exercise", "A 10-day live-fire exercise", "The two-week Baltic drill", "a nine-month
  deployment", "which ran for four months", "The four-day conflict", "within 30 days" and
  "within 10 days" (no hedge, forty-fourth), "delivered over 42 months" and "over three
  decades" 30 years (no hedge, twenty-fifth and thirty-first), "over the next 10 years",
  "in the past 24 hours", "the previous five years", "two years ahead of its original
  schedule", "between 165 and 347 days" two durations; "binnen einer Woche", "ein Jahr
  zuvor", "im kommenden Jahr", "a year earlier", "the next decade", "in the past month",
  "pro Tag", "jährlich", "a day", "a year", "a month" none.
- Ages: "Der 58-jährige Generalleutnant" 58 years (twenty-second batch and after).
- Years and dates: "ab 2026", "bis Ende 2029", "Bis 2028", "Bis 2032", "ab 2027", "Seit
  2015", "seit Februar 2022", "since February 2022", "by April 2027", "by fiscal 2027",
  "for fiscal 2026", "by the end of 2025", "in 2024 alone" the years; "zwischen 2029 und
  2034", "Im Fünfjahreszeitraum 2020 bis 2024" two years (forty-second: "der Jahre 2018 bis
  2021"); "in 2020-24" and "between 2015-19 and 2020-24" both years of each span, the
  two-digit end read in its century ("2026-27", fortieth), "by 2033-34" likewise. New: "bis
  spätestens 2030" gives the year with no qualifier (a time limit on a year, as "frühestens
  2028", forty-fourth; the hedges of the rules bound amounts). "am 1. April" --04-01, "on
  Oct 1" --10-01, "on May 10" --05-10; datelines with a day ("WASHINGTON, May 2 (Reuters)",
  "STOCKHOLM, March 10 (Reuters)", "STOCKHOLM, April 28 (AFP)", "LONDON, Feb 12 (Reuters)",
  "BRUSSELS, Jan 14 (Reuters)", "TAIPEI, Dec 18 (Reuters)", "JERUSALEM, June 15 (AFP)",
  "TOKYO, Dec 26 (Reuters)", "SEOUL, Nov 3 (Reuters)", "SEOUL, Oct 22 (Reuters)",
  "CANBERRA, Aug 5 (AAP)", "NEW DELHI, May 7 (Reuters)", "BERLIN, June 24 (Reuters)")
  dates without a year; German datelines, "LONDON (PA) -", "BRUSSELS (AP) —", "KYIV,
  Ukraine (AP) —", "WASHINGTON (AP) —", "OTTAWA (CP) —" none; "seit März", "im November",
  "Ende Oktober", "since Friday" none.
- Rankings: "fünftgrößter Rüstungsexporteur" 5, "drittgrößter" 3, "zweitgrößter Exporteur"
  2 (issue: "die drittgrößte Stadt"), "auf Platz vier" 4 (as "Platz eins", forty-fifth),
  "auf Rang 27" 27 with "im Vergleich von 30 europäischen Staaten" count 30, "the
  second-largest", "the world's second-biggest", "the world's 10th-largest" 10, "China
  fourth and Germany fifth", "the 13th straight annual increase", "for the 10th
  consecutive year", "das zehnte Jahr in Folge", "Zum zweiten Mal" ordinals; "Die ersten
  Flugzeuge" and "The first Typhoon Tranche 4 jets" ordinal 1 (as "the first uncrewed
  Starships", forty-fourth), "for the first time since 1991" ordinal 1 and the year, "for
  the first half of the year" ordinal 1 (earlier batches); "im dritten Quartal" 3;
  "Erstmals", "the largest", "the biggest", "den größten" none.
- New: a rank written with a number word counts its stars, as a compound counts its parts
  ("four-storey", forty-third; "fünfköpfige Familie"): "A three-star general" count 3.
  Rank titles before a name are dropped from the speaker as other titles are (new for
  military ranks: "Generalinspekteur", "Generalmajor", "Brigadier", "Lieutenant General";
  the phrase after the name, ", Kommandant der Luftstreitkräfte", ", its commander", "vor
  den Medien", dropped as "vor der Presse", fortieth). "Generalleutnant" without a name,
  "Generalstabschef Rudolf Kainz" in a row without a verb of saying, "Oberst Markus
  Lechner" in a negative: no speaker checked.
- Counts: troops, aircraft, tanks, drones, missiles, shells and casualties as written
  ("183.450", "460.000", "4.800", "147'000" and "140'000" Swiss grouping, "rund 240 Mann
  starke Besatzung" 240 "about", "ein Dutzend" 12, "eine halbe Million Schuss" 500,000,
  "zwei Millionen Schuss", "about 1.03 million", "more than 2 million", "4.5 million",
  "13,883"); "512 von 720 Abgeordneten", "23 der 32 Bündnisstaaten", "Three of the 11"
  counts (definite groups, forty-first); "6.000 bis 8.000 Granaten" a range, two counts
  with no hedge (fourteenth: "Between 40,000 and 50,000"); "the 32-nation alliance" 32 (as
  "12-nation", eleventh), "all 32 NATO members" ("all" no hedge); "dozens", "hundreds of
  bunkers", "several" none (fourteenth and thirty-first).
- Money: "100 Milliarden Euro", "8,5 Milliarden Euro", "4,7 Mrd. Euro", "13 Billionen Rubel"
  1.3e13 RUB (a German "Billion" is a million millions, twenty-second), "2,72 Billionen
  Dollar" 2.72e12 USD, "1,7 Milliarden Franken", "bis zu 1,3 Mia. Franken" "up_to" (Swiss
  "Mia.", fortieth), "rund 450 Mio. Franken", "rund 10 Mia. Franken jährlich"; "China folgt
  mit geschätzten 314 Milliarden" is 3.14e11 USD with "about" - new: the German
  "geschätzten" before a figure is a hedge as "an estimated" is (forty-sixth), the currency
  carried from earlier in the sentence (fourth batch); "an estimated $149 billion" about;
  "$961 billion", "$3.5 billion", "£1.6bn", "£16.9bn", "around 8,000 euros", "62.4 billion
  euros", "A$10 billion", "A$368 billion" AUD, "C$19 billion" CAD, "9.04 trillion yen" and
  "94 billion yen" JPY, "186.6 billion zlotys" PLN, "300 billion Swedish crowns" SEK (as
  "1.2 billion Swedish crowns", earlier batch); new: "4.1 trillion won" is KRW, the South
  Korean currency named after the figure (as "rupees" INR), in a sentence that names South
  Korea. "a record 9.04 trillion yen", "so viel wie nie zuvor", "insgesamt", "lediglich",
  "nur", "bereits", "zusätzlich", "weitere", "a further" no hedge.
- Hedges: "rund", "etwa", "about", "around", "roughly", "Some", "geschätzten",
  "an estimated" "about"; "knapp", "Fast", "fast", "nearly" "nearly"; "mehr als", "Gut",
  "more than" "over"; "bis zu", "auf bis zu", "Up to", "up to" "up_to"; "mindestens", "At
  least", "at least" "at_least"; "nur noch über etwa ein Drittel" "about" ("über" belongs
  to "verfügt über", the hedge next to the figure is "etwa").
- Check-worthy without a figure: a minister's statement that airspace is watched round the
  clock, the Federal Council's position on Air2030, Germany's place in western Europe, a
  village claimed by Moscow and denied by Kyiv (in both languages: claims of one side are
  facts attributed to it, their denial too), a jet shot down, China's formal protest.
- Negatives, as defence copy has them: rhetoric and quoted resolve of ministers,
  commanders, party politicians and leaders („Wir müssen kriegstüchtig werden ...“, ""Peace
  through strength ..."", ""Our armed forces must be ready ..."", ""Deterrence only works
  ..."", ""Europe must wake up,"", ""We will never surrender ..."", ""Our support for Kyiv
  will not waver ..."", a company chief at a plant opening, a researcher's verdict in
  Konjunktiv), threats in quotes („Wer russisches Territorium angreift ...“, ""Russia will
  answer every strike ..."", ""The aggressor will pay a heavy price,""), criticism without a
  checkable claim ("Die Linke sprach von einem „Blankoscheck ...“.", "Friedensorganisationen
  kritisierten ...", "Veterans' groups said years of cuts had left the army "hollowed
  out".", a Swiss MP's verdict in Konjunktiv), commentary ("Der Friede in Europa ist
  brüchiger ...", ""Ammunition is the currency of this war,"", ""The era of peace
  dividends is over,""), open questions and doubts ("Ob sich genug Freiwillige melden, ist
  offen.", "Ob die Fristen halten, bezweifeln ...", "Whether the money will arrive ..."),
  appeals and advice ("Die Bevölkerung wird gebeten ...", "Anrainer sollten ... rechnen, rät
  die Gemeinde.", "Residents near the ranges have been warned ...", "The minister urged
  allies ..."), analysts' and traders' colour ("Händler sprachen von ...", "Analysts said
  defense stocks could keep rising ...", "Researchers warned that the trend ...", "Military
  analysts cautioned ..."), scene colour (flowers for the brigade, dust behind the tanks,
  nights in cellars), the wire caveats ("Die Angaben beider Kriegsparteien lassen sich
  nicht unabhängig überprüfen.", "Neither side's battlefield claims could be independently
  verified.") and a refusal to give details (as "Eine Stellungnahme ... war zunächst nicht
  zu erhalten", earlier batches), a link line and a reporting credit (as the Reuters credit
  lines of earlier batches).
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des
  Verteidigungsministeriums / des Beschaffungsamts / der Marine / der Bundesregierung" ->
  "das Verteidigungsministerium", "das Beschaffungsamt", "die Marine", "die Bundesregierung";
  "teilte das Verteidigungsministerium / die Bundeswehr / das VBS / das Bundesheer / das
  Wirtschaftsministerium / das Kommando Heer mit" and "wie das Seco bestätigte" (as "wie
  das Verteidigungsministerium ... bestätigte", eighth) the source with its article in the
  nominative; "Dem Institut für Kriegsstudien zufolge" -> "das Institut für
  Kriegsstudien" (as "Dem Generalstab in Kiew zufolge", fourteenth); "Kremlsprecher Dmitri
  Sokolow zufolge" -> "Dmitri Sokolow" and "so Gouverneur Mykola Hrytsenko" -> "Mykola
  Hrytsenko" (titles dropped, as "so Außenminister Sergej Lawrow", tenth); "Laut Sipri" ->
  "Sipri" as written (as "Laut Bundesnetzagentur"); "Verteidigungsministerin Claudia Reiter
  sagte im ORF, ..." -> "Claudia Reiter" (X said ... opening the sentence, twenty-seventh).
  English: "the Ministry of Defence said" (twenty-second), "the Pentagon" (fifth: "according
  to the Pentagon"), "the National Audit Office", "the Stockholm International Peace
  Research Institute said on Monday", "the International Institute for Strategic Studies",
  "the European Commission", "the Israeli military", "the U.S. Navy", "the finance
  ministry", "the defence forces", "according to the Department of Defence" with the
  article as written, "the Army said" as written; "SIPRI said", "according to SIPRI" as
  written; "Ukraine's air force", "Ukraine's military", "Ukraine's General Staff",
  "Russia's Defense Ministry", "Taiwan's defence ministry", "Iran's health ministry",
  "Israel's military", "South Korea's Joint Chiefs of Staff" in the possessive form as
  written (first, tenth and eleventh batches); "China said" and "India said" the country as
  written, as "Moscow said" and "Kyiv said" (fourth); titles dropped ("Defence Secretary
  Jonathan Mercer told parliament", "NATO Secretary General Henrik Aalberg said" as "NATO
  Secretary General Mark Rutte told reporters", thirty-first; "Strategic Industries
  Minister", "Governor", "Defence Minister", "Prime Minister"). Left unchecked (None): "teilte
  die ukrainische Luftwaffe mit" (an adjective heading the name, as in the eighteenth and
  twenty-seventh batches), "teilte das Friedensforschungsinstitut Sipri mit" (a description
  before a name, forty-fourth), "meldete", "bezifferte", "heißt es im Aufbauplan", "hieß es
  aus Diplomatenkreisen", "nach Angaben aus Kiew / aus Moskau", "nach Schätzungen westlicher
  Militärs", "a defense official said", "a U.S. official said /
  told Reuters", "a senior NATO official told reporters", "it said", "the watchdog added",
  "the Prime Minister has announced", "official figures show", "budget documents show", "a
  parliamentary report found", "sources told Reuters", "according to NATO estimates /
  Western analysts / Ukrainian commanders / The Military Balance 2025", present-tense
  "says" and "say" (thirty-first), "Western officials estimate", rows without attribution
  and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_50 = [
    # === German =================================================================================
    # --- Bundestag: Rüstungsprojekte und Sondervermögen (dpa) ---
    ("de", "Berlin (dpa) - Der Haushaltsausschuss des Bundestags hat am Mittwoch Rüstungsprojekte im Umfang von rund 21 Milliarden Euro freigegeben.", True, [("money", 21000000000, "EUR", "about")], None),
    ("de", "Den größten Posten bilden 15 weitere Kampfjets vom Typ F-35A, die zusätzlich zu den bereits bestellten 35 Maschinen beschafft werden.", True, [("count", 15, None, None), ("count", 35, None, None)], None),
    ("de", "Die ersten Flugzeuge sollen ab 2026 auf dem Fliegerhorst Büchel stationiert werden, die letzten bis Ende 2029.", True, [("ordinal", 1, None, None), ("year", 2026, None, None), ("year", 2029, None, None)], None),
    ("de", "Aus dem Sondervermögen der Bundeswehr von 100 Milliarden Euro sind nach Angaben des Verteidigungsministeriums inzwischen mehr als 90 Prozent vertraglich gebunden.", True, [("money", 100000000000, "EUR", None), ("percent", 90, "%", "over")], "das Verteidigungsministerium"),
    ("de", "Außerdem bewilligten die Abgeordneten 20 Kampfpanzer Leopard 2A8 und die Modernisierung von 75 Schützenpanzern Puma.", True, [("count", 20, None, None), ("count", 75, None, None)], None),
    ("de", "Für Artilleriemunition im Kaliber 155 Millimeter sind bis 2029 weitere 8,5 Milliarden Euro vorgesehen.", True, [("count", 155, None, None), ("year", 2029, None, None), ("money", 8500000000, "EUR", None)], None),
    ("de", "Die Bundeswehr bestellt zudem ein Dutzend Kampfhubschrauber vom Typ H145M sowie eine halbe Million Schuss Mörsermunition.", True, [("count", 12, None, None), ("count", 500000, None, None)], None),
    ("de", "Drei Viertel der Aufträge gehen nach Angaben des Beschaffungsamts an deutsche Unternehmen.", True, [("fraction", 0.75, None, None)], "das Beschaffungsamt"),
    ("de", "„Wir müssen kriegstüchtig werden, das ist keine Parole, sondern eine Notwendigkeit“, sagte der Minister im Ausschuss.", False, [], None),
    ("de", "Die Linke sprach von einem „Blankoscheck für die Rüstungsindustrie“.", False, [], None),
    # --- Schuldenbremse (dpa) ---
    ("de", "Berlin (dpa) - Verteidigungsausgaben oberhalb von einem Prozent des BIP sind seit März von der Schuldenbremse ausgenommen.", True, [("percent", 1, "%", None)], None),
    ("de", "Für die Grundgesetzänderung stimmten 512 von 720 Abgeordneten, die nötige Zweidrittelmehrheit lag bei 480 Stimmen.", True, [("count", 512, None, None), ("count", 720, None, None), ("fraction", 0.6667, None, None), ("count", 480, None, None)], None),
    # --- Personal und Wehrdienst (Reuters) ---
    ("de", "Berlin (Reuters) - Die Bundeswehr zählte Ende Oktober 183.450 aktive Soldatinnen und Soldaten, knapp 2.000 mehr als ein Jahr zuvor.", True, [("count", 183450, None, None), ("count", 2000, None, "nearly")], None),
    ("de", "Der neue Wehrdienst soll zunächst sechs Monate dauern und kann auf bis zu 23 Monate verlängert werden, teilte das Verteidigungsministerium mit.", True, [("duration", 6, "month", None), ("duration", 23, "month", "up_to")], "das Verteidigungsministerium"),
    ("de", "Ab 2027 sollen alle Männer eines Jahrgangs einen Fragebogen ausfüllen, das sind rund 300.000 junge Männer im Jahr.", True, [("year", 2027, None, None), ("count", 300000, None, "about")], None),
    ("de", "Ziel seien 460.000 Soldatinnen und Soldaten einschließlich der Reserve, sagte Generalinspekteur Jens Hallmann.", True, [("count", 460000, None, None)], "Jens Hallmann"),
    ("de", "Bis 2028 sollen 19 Flugabwehrkanonenpanzer Skyranger 30 an die Truppe übergeben werden, teilte die Bundeswehr mit.", True, [("year", 2028, None, None), ("count", 19, None, None)], "die Bundeswehr"),
    ("de", "Die Bundeswehr verfügt nur noch über etwa ein Drittel der 2014 vorhandenen Bestände an Artilleriemunition.", True, [("fraction", 0.3333, None, "about"), ("year", 2014, None, None)], None),
    ("de", "Ob sich genug Freiwillige melden, ist offen.", False, [], None),
    ("de", "„Wir stehen fest an der Seite der Ukraine, so lange es nötig ist“, versicherte die Außenministerin.", False, [], None),
    # --- Bundesheer: Budget und Beschaffung (APA) ---
    ("de", "Wien (APA) - Das Bundesheer erhält im kommenden Jahr ein Budget von 4,7 Mrd. Euro, das entspricht rund 0,9 Prozent des BIP.", True, [("money", 4700000000, "EUR", None), ("percent", 0.9, "%", "about")], None),
    ("de", "Bis 2032 soll der Wehretat schrittweise auf 2 Prozent der Wirtschaftsleistung steigen, heißt es im Aufbauplan 2032+.", True, [("year", 2032, None, None), ("percent", 2, "%", None), ("year", 2032, None, None)], None),
    ("de", "Für die Luftabwehr beschafft Österreich im Rahmen der Initiative Sky Shield zwölf Systeme vom Typ Iris-T SLM.", True, [("count", 12, None, None)], None),
    ("de", "Drei Feuereinheiten sollen bereits bis 2027 geliefert werden, teilte das Verteidigungsministerium mit.", True, [("count", 3, None, None), ("year", 2027, None, None)], "das Verteidigungsministerium"),
    ("de", "Zudem kauft das Heer 225 Radschützenpanzer vom Typ Pandur Evolution und 36 Hubschrauber vom Typ AW169.", True, [("count", 225, None, None), ("count", 36, None, None)], None),
    ("de", "Die Eurofighter-Flotte des Bundesheeres umfasst 15 Maschinen der Tranche 1, von denen im Schnitt nur jede dritte einsatzbereit ist.", True, [("count", 15, None, None), ("fraction", 0.3333, None, None)], None),
    ("de", "Die Piloten absolvieren derzeit rund 110 Flugstunden im Jahr, die Nato empfiehlt mindestens 180 Flugstunden.", True, [("duration", 110, "hour", "about"), ("duration", 180, "hour", "at_least")], None),
    ("de", "Die Nachfolge für die Eurofighter müsse bis spätestens 2030 geklärt sein, sagte Generalmajor Bruno Hofer, Kommandant der Luftstreitkräfte.", True, [("year", 2030, None, None)], "Bruno Hofer"),
    ("de", "Verteidigungsministerin Claudia Reiter sagte im ORF, die Überwachung des Luftraums sei rund um die Uhr gewährleistet.", True, [], "Claudia Reiter"),
    ("de", "Österreich liegt mit Militärausgaben von 0,8 Prozent des BIP im Vergleich von 30 europäischen Staaten auf Rang 27.", True, [("percent", 0.8, "%", None), ("count", 30, None, None), ("ordinal", 27, None, None)], None),
    ("de", "„Die Neutralität schützt uns nicht vor Drohnen“, sagte Oberst Markus Lechner von der Landesverteidigungsakademie.", False, [], None),
    ("de", "Das Bundesheer sei das Rückgrat der Republik, betonte der Kanzler bei der Angelobung der Rekruten.", False, [], None),
    # --- Bundesheer: Übung und Einsätze (APA) ---
    ("de", "Klagenfurt (APA) - Rund 2.600 Soldatinnen und Soldaten nehmen ab Montag an der zweiwöchigen Übung „Schutzschild“ in Kärnten und der Steiermark teil.", True, [("count", 2600, None, "about"), ("duration", 2, "week", None)], None),
    ("de", "Beteiligt sind auch 45 Kettenfahrzeuge, 14 Hubschrauber und sechs Schulflugzeuge vom Typ Pilatus PC-7.", True, [("count", 45, None, None), ("count", 14, None, None), ("count", 6, None, None)], None),
    ("de", "Den Abschluss bilden dreieinhalb Tage Gefechtsschießen auf dem Truppenübungsplatz Allentsteig.", True, [("duration", 3.5, "day", None)], None),
    ("de", "Anrainer sollten in den Übungstagen mit Lärm durch tief fliegende Hubschrauber rechnen, rät die Gemeinde.", False, [], None),
    ("de", "Die Bevölkerung wird gebeten, Absperrungen zu beachten und private Drohnen am Boden zu lassen.", False, [], None),
    ("de", "Seit 2015 sind im Assistenzeinsatz an der Grenze durchschnittlich knapp 1.000 Soldaten im Dienst, teilte das Bundesheer mit.", True, [("year", 2015, None, None), ("count", 1000, None, "nearly")], "das Bundesheer"),
    ("de", "Generalstabschef Rudolf Kainz besuchte auf einer dreitägigen Reise die 160 österreichischen Soldatinnen und Soldaten im Libanon.", True, [("duration", 3, "day", None), ("count", 160, None, None)], None),
    ("de", "Der 58-jährige Generalleutnant übernimmt am 1. April das Kommando über das Multinationale Korps Nordost in Stettin.", True, [("duration", 58, "year", None), ("date", "--04-01", None, None)], None),
    # --- Schweiz: Armeebotschaft und F-35 (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat beantragt dem Parlament mit der Armeebotschaft 2025 Verpflichtungskredite von insgesamt 1,7 Milliarden Franken.", True, [("year", 2025, None, None), ("money", 1700000000, "CHF", None)], None),
    ("de", "Für die 36 Kampfjets vom Typ F-35A hatte das Stimmvolk 2020 einen Kostendeckel von 6 Milliarden Franken bewilligt.", True, [("count", 36, None, None), ("year", 2020, None, None), ("money", 6000000000, "CHF", None)], None),
    ("de", "Nun drohen Mehrkosten von bis zu 1,3 Mia. Franken, teilte das VBS mit.", True, [("money", 1300000000, "CHF", "up_to")], "das VBS"),
    ("de", "An der Beschaffung im Rahmen des Programms Air2030 will der Bundesrat dennoch festhalten.", True, [], None),
    ("de", "Die Nutzungsdauer der 25 F/A-18-Kampfflugzeuge wird bis 2032 verlängert, was rund 450 Mio. Franken kostet.", True, [("count", 25, None, None), ("year", 2032, None, None), ("money", 450000000, "CHF", "about")], None),
    ("de", "Bis 2032 will der Bundesrat die Armeeausgaben auf 1 Prozent des BIP anheben, das wären rund 10 Mia. Franken jährlich.", True, [("year", 2032, None, None), ("percent", 1, "%", None), ("money", 10000000000, "CHF", "about")], None),
    ("de", "Zudem sollen bis 2030 fünf Feuereinheiten des Systems Patriot für die bodengestützte Luftverteidigung grösserer Reichweite beschafft werden.", True, [("year", 2030, None, None), ("count", 5, None, None)], None),
    ("de", "Die Armee zählt derzeit rund 147'000 Angehörige, der Sollbestand liegt bei 140'000.", True, [("count", 147000, None, "about"), ("count", 140000, None, None)], None),
    ("de", "Die Truppe verfüge heute über sechs Aufklärungsdrohnen vom Typ ADS 15, sagte Brigadier Peter Ammann vor den Medien.", True, [("count", 6, None, None)], "Peter Ammann"),
    ("de", "Die Truppe übte während drei Wochen im Raum Bière mit 30 Panzerhaubitzen M109 und rund 800 Fahrzeugen.", True, [("duration", 3, "week", None), ("count", 30, None, None), ("count", 800, None, "about")], None),
    ("de", "Munition für den 35-Millimeter-Fliegerabwehrpanzer Gepard darf nicht an Drittstaaten weitergegeben werden, wie das Seco bestätigte.", True, [("count", 35, None, None)], "das Seco"),
    ("de", "«Wer bei der Sicherheit spart, spart am falschen Ort», sagte SVP-Sicherheitspolitiker Beat Hürlimann.", False, [], None),
    ("de", "Die Armee sei auf einen längeren Konflikt schlicht nicht vorbereitet, kritisierte Mitte-Nationalrätin Sandra Egli.", False, [], None),
    # --- Sipri: Militärausgaben und Rüstungsexporte (dpa) ---
    ("de", "Stockholm (dpa) - Die weltweiten Militärausgaben sind im vergangenen Jahr um 9,4 Prozent auf 2,72 Billionen Dollar gestiegen.", True, [("percent", 9.4, "%", None), ("money", 2720000000000, "USD", None)], None),
    ("de", "Das ist der stärkste Anstieg seit dem Ende des Kalten Krieges und das zehnte Jahr in Folge mit einem Zuwachs, teilte das Friedensforschungsinstitut Sipri mit.", True, [("ordinal", 10, None, None)], None),
    ("de", "Deutschland gab demnach 88,5 Milliarden Dollar für sein Militär aus und rückte damit auf Platz vier der Weltrangliste vor.", True, [("money", 88500000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("de", "Erstmals seit der Wiedervereinigung hat Deutschland damit den größten Militärhaushalt in Westeuropa.", True, [], None),
    ("de", "Die USA stehen mit 997 Milliarden Dollar für 37 Prozent aller Ausgaben, China folgt mit geschätzten 314 Milliarden.", True, [("money", 997000000000, "USD", None), ("percent", 37, "%", None), ("money", 314000000000, "USD", "about")], None),
    ("de", "Laut Sipri ist Deutschland inzwischen fünftgrößter Rüstungsexporteur der Welt.", True, [("ordinal", 5, None, None)], "Sipri"),
    ("de", "Im Fünfjahreszeitraum 2020 bis 2024 entfielen 5,6 Prozent der weltweiten Waffenlieferungen auf deutsche Hersteller.", True, [("duration", 5, "year", None), ("year", 2020, None, None), ("year", 2024, None, None), ("percent", 5.6, "%", None)], None),
    ("de", "Fast ein Viertel der deutschen Exporte ging in die Ukraine.", True, [("fraction", 0.25, None, "nearly")], None),
    ("de", "Frankreich hat seinen Anteil an den globalen Rüstungsexporten binnen zehn Jahren fast verdoppelt und ist nun zweitgrößter Exporteur.", True, [("duration", 10, "year", None), ("ordinal", 2, None, None)], None),
    ("de", "Russland ist demnach nur noch drittgrößter Rüstungsexporteur, seine Ausfuhren brachen um 64 Prozent ein.", True, [("ordinal", 3, None, None), ("percent", 64, "%", None)], None),
    ("de", "Die Welt rüste auf, und niemand scheine den Mut zur Abrüstung zu haben, sagte Sipri-Forscher Lars Nyberg.", False, [], None),
    # --- Rüstungsexporte Deutschland (dpa) ---
    ("de", "Berlin (dpa) - Die Bundesregierung hat im vergangenen Jahr Rüstungsexporte im Wert von 13,33 Milliarden Euro genehmigt, so viel wie nie zuvor.", True, [("money", 13330000000, "EUR", None)], None),
    ("de", "Gut 8,1 Milliarden Euro davon entfielen auf die Ukraine, teilte das Wirtschaftsministerium mit.", True, [("money", 8100000000, "EUR", "over")], "das Wirtschaftsministerium"),
    ("de", "Auf Drittstaaten außerhalb von EU und Nato entfiel knapp ein Drittel der Genehmigungen.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Friedensorganisationen kritisierten die Zahlen als „beschämend“.", False, [], None),
    # --- Ukraine: Angriffe und Angaben beider Seiten (dpa, AFP) ---
    ("de", "Kiew (dpa) - Mit 458 Drohnen vom Typ Shahed und Gerbera sowie 32 Raketen hat Russland in der Nacht zum Samstag ukrainische Städte beschossen.", True, [("count", 458, None, None), ("count", 32, None, None)], None),
    ("de", "Die Flugabwehr habe 406 Drohnen und 21 Marschflugkörper abgeschossen oder durch elektronische Störung ausgeschaltet, teilte die ukrainische Luftwaffe mit.", True, [("count", 406, None, None), ("count", 21, None, None)], None),
    ("de", "Darunter waren nach Angaben aus Kiew auch vier ballistische Raketen vom Typ Iskander-M und zwei Hyperschallraketen Kinschal.", True, [("count", 4, None, None), ("count", 2, None, None)], None),
    ("de", "Das russische Verteidigungsministerium meldete seinerseits den Abschuss von 112 ukrainischen Drohnen in sieben Regionen.", True, [("count", 112, None, None), ("count", 7, None, None)], None),
    ("de", "Bei einem Angriff auf Charkiw wurden mindestens sieben Menschen getötet und 43 verletzt, so Gouverneur Mykola Hrytsenko.", True, [("count", 7, None, "at_least"), ("count", 43, None, None)], "Mykola Hrytsenko"),
    ("de", "Der ukrainische Generalstab bezifferte die russischen Verluste der vergangenen 24 Stunden auf 1.090 Soldaten.", True, [("duration", 24, "hour", None), ("count", 1090, None, None)], None),
    ("de", "Russische Truppen haben nach Angaben aus Moskau das Dorf Nowopawliwka im Gebiet Donezk eingenommen, Kiew dementierte das.", True, [], None),
    ("de", "Dem Institut für Kriegsstudien zufolge eroberte Russland im November rund 505 Quadratkilometer, etwa ein Fünftel weniger als im Oktober.", True, [("count", 505, None, "about"), ("fraction", 0.2, None, "about")], "das Institut für Kriegsstudien"),
    ("de", "Kremlsprecher Dmitri Sokolow zufolge kämpfen derzeit rund 700.000 russische Soldaten in der Ukraine.", True, [("count", 700000, None, "about")], "Dmitri Sokolow"),
    ("de", "Zum zweiten Mal binnen einer Woche drangen drei russische Kampfjets vom Typ MiG-31 in den estnischen Luftraum ein und blieben dort zwölf Minuten.", True, [("ordinal", 2, None, None), ("count", 3, None, None), ("duration", 12, "minute", None)], None),
    ("de", "Die Angaben beider Kriegsparteien lassen sich nicht unabhängig überprüfen.", False, [], None),
    ("de", "„Jede Drohne, die wir vom Himmel holen, rettet Leben“, schrieb der ukrainische Präsident auf Telegram.", False, [], None),
    ("de", "„Wer russisches Territorium angreift, wird eine vernichtende Antwort erhalten“, drohte der Vizechef des Sicherheitsrats.", False, [], None),
    ("de", "Der Westen werde Russland niemals in die Knie zwingen, sagte der Kremlsprecher.", False, [], None),
    # --- Munition: neues Werk (Reuters) ---
    ("de", "Unterlüß (Reuters) - Der Rüstungskonzern Nordstahl Defence will in seinem neuen Werk ab 2027 jährlich bis zu 350.000 Artilleriegranaten herstellen.", True, [("year", 2027, None, None), ("count", 350000, None, "up_to")], None),
    ("de", "Gefertigt wird 155-Millimeter-Munition nach Nato-Standard, der Bau kostete rund 500 Millionen Euro.", True, [("count", 155, None, None), ("money", 500000000, "EUR", "about")], None),
    ("de", "Der Auftragsbestand des Konzerns stieg im dritten Quartal auf den Rekordwert von 64 Milliarden Euro, ein Plus von 32 Prozent.", True, [("ordinal", 3, None, None), ("money", 64000000000, "EUR", None), ("percent", 32, "%", None)], None),
    ("de", "Die Ukraine verschießt nach Schätzungen westlicher Militärs derzeit 6.000 bis 8.000 Granaten pro Tag, Russland etwa das Dreifache.", True, [("count", 6000, None, None), ("count", 8000, None, None), ("count", 3, None, "about")], None),
    ("de", "Bis Jahresende sollen der Ukraine aus EU-Beständen zwei Millionen Schuss großkalibriger Munition geliefert werden.", True, [("count", 2000000, None, None)], None),
    ("de", "Die Aktie des Konzerns hat sich seit Februar 2022 mehr als verzehnfacht.", True, [("year", 2022, None, None)], None),
    ("de", "Händler sprachen von einer anhaltenden Euphorie bei Rüstungswerten.", False, [], None),
    ("de", "„Wir bauen hier nicht nur ein Werk, wir bauen Sicherheit für Europa“, sagte Konzernchef Albrecht Vossberg bei der Eröffnung.", False, [], None),
    # --- Nato-Gipfel (AFP) ---
    ("de", "Den Haag (AFP) - Die Nato-Staaten haben sich auf ein neues Ausgabenziel von fünf Prozent der Wirtschaftsleistung bis 2035 verständigt.", True, [("percent", 5, "%", None), ("year", 2035, None, None)], None),
    ("de", "Davon sollen 3,5 Prozent in die klassische Verteidigung fließen und 1,5 Prozent in verteidigungsrelevante Infrastruktur.", True, [("percent", 3.5, "%", None), ("percent", 1.5, "%", None)], None),
    ("de", "Das alte Zwei-Prozent-Ziel hatten im vergangenen Jahr 23 der 32 Bündnisstaaten erreicht.", True, [("percent", 2, "%", None), ("count", 23, None, None), ("count", 32, None, None)], None),
    ("de", "Spanien verweigerte sich dem Ziel und will lediglich 2,1 Prozent des BIP aufwenden, hieß es aus Diplomatenkreisen.", True, [("percent", 2.1, "%", None)], None),
    ("de", "Der Gipfel dauerte nur zweieinhalb Stunden, die Abschlusserklärung umfasst fünf Absätze.", True, [("duration", 2.5, "hour", None), ("count", 5, None, None)], None),
    ("de", "„Dies ist ein Wendepunkt für unser Bündnis“, sagte der Generalsekretär zum Abschluss.", False, [], None),
    ("de", "Der Friede in Europa ist brüchiger, als viele wahrhaben wollen.", False, [], None),
    # --- Litauen-Brigade (dpa) ---
    ("de", "Vilnius (dpa) - Die Panzerbrigade 45 der Bundeswehr in Litauen soll bis 2027 rund 4.800 Soldatinnen und Soldaten sowie 200 zivile Mitarbeiter umfassen.", True, [("year", 2027, None, None), ("count", 4800, None, "about"), ("count", 200, None, None)], None),
    ("de", "Die Kosten für Kasernen und Übungsplätze trägt Litauen, das bis 2030 rund 0,3 Prozent seines BIP dafür aufwenden will.", True, [("year", 2030, None, None), ("percent", 0.3, "%", "about")], None),
    ("de", "Es ist die erste dauerhafte Stationierung eines deutschen Großverbands im Ausland seit dem Zweiten Weltkrieg.", True, [("ordinal", 1, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Die Litauer empfingen die deutschen Soldaten mit Blumen und Fahnen.", False, [], None),
    # --- Polen (Reuters) ---
    ("de", "Warschau (Reuters) - Polen hat beim südkoreanischen Hersteller Daeyang weitere 180 Kampfpanzer vom Typ K2 im Wert von 6,5 Milliarden Dollar bestellt.", True, [("count", 180, None, None), ("money", 6500000000, "USD", None)], None),
    ("de", "Die polnische Armee soll bis 2035 auf 300.000 Soldaten anwachsen, derzeit dienen dort knapp 216.000.", True, [("year", 2035, None, None), ("count", 300000, None, None), ("count", 216000, None, "nearly")], None),
    ("de", "Bei dem Drohnenvorfall im September waren 19 russische Drohnen in den polnischen Luftraum eingedrungen, mindestens vier wurden abgeschossen.", True, [("count", 19, None, None), ("count", 4, None, "at_least")], None),
    # --- Marine (dpa) ---
    ("de", "Kiel (dpa) - Die Marine erhält vier weitere U-Boote vom Typ 212CD, der Auftrag hat ein Volumen von 4,7 Milliarden Euro.", True, [("count", 4, None, None), ("money", 4700000000, "EUR", None)], None),
    ("de", "Die Boote sind 73 Meter lang und sollen zwischen 2029 und 2034 ausgeliefert werden.", True, [("count", 73, None, None), ("year", 2029, None, None), ("year", 2034, None, None)], None),
    ("de", "Die Lieferung der letzten Fregatte vom Typ F126 verzögert sich um anderthalb Jahre auf 2031.", True, [("duration", 1.5, "year", None), ("year", 2031, None, None)], None),
    ("de", "Die Fregatte „Hessen“ kehrte nach einem fünfmonatigen Einsatz im Roten Meer nach Wilhelmshaven zurück.", True, [("duration", 5, "month", None)], None),
    ("de", "Während der Mission wehrte die rund 240 Mann starke Besatzung nach Angaben der Marine 17 Angriffe mit Drohnen und Raketen ab.", True, [("count", 240, None, "about"), ("count", 17, None, None)], "die Marine"),
    # --- Waffensysteme und Hilfe (dpa) ---
    ("de", "Die Haubitzen vom Typ PzH 2000 erreichen mit Spezialmunition eine Reichweite von mehr als 50 Kilometern.", True, [("count", 50, None, "over")], None),
    ("de", "Der Marschflugkörper Taurus hat eine Reichweite von rund 500 Kilometern und trägt einen 480 Kilogramm schweren Gefechtskopf.", True, [("count", 500, None, "about"), ("count", 480, None, None)], None),
    ("de", "Nach Angaben der Bundesregierung wurden der Ukraine bislang 18 Flugabwehrsysteme Iris-T, drei Patriot-Systeme und 155 Haubitzen überlassen.", True, [("count", 18, None, None), ("count", 3, None, None), ("count", 155, None, None)], "die Bundesregierung"),
    ("de", "Die zwölfmonatige Ausbildung ukrainischer Piloten auf dem F-16 findet in Rumänien statt.", True, [("duration", 12, "month", None)], None),
    ("de", "Das achtstündige Manöver endete am Abend ohne Zwischenfälle, teilte das Kommando Heer mit.", True, [("duration", 8, "hour", None)], "das Kommando Heer"),
    # --- Russland: Haushalt (AFP) ---
    ("de", "Moskau (AFP) - Russland will im kommenden Jahr 13 Billionen Rubel für die Verteidigung ausgeben, rund 6 Prozent der Wirtschaftsleistung.", True, [("money", 13000000000000, "RUB", None), ("percent", 6, "%", "about")], None),
    ("de", "Damit fließt fast jeder dritte Rubel des Staatshaushalts ins Militär.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Weitere Einzelheiten nannte das Ministerium unter Verweis auf die Geheimhaltung nicht.", False, [], None),
    ("de", "Ob die Fristen halten, bezweifeln selbst Beamte im Beschaffungsamt.", False, [], None),
    # === English ================================================================================
    # --- Pentagon budget (Reuters) ---
    ("en", "WASHINGTON, May 2 (Reuters) - The Pentagon on Friday requested $961 billion for fiscal 2026, including $113 billion in funds already approved by Congress.", True, [("date", "--05-02", None, None), ("money", 961000000000, "USD", None), ("year", 2026, None, None), ("money", 113000000000, "USD", None)], None),
    ("en", "The request includes $3.5 billion for 24 F-35A fighters, down from 68 jets sought a year earlier, a defense official said.", True, [("money", 3500000000, "USD", None), ("count", 24, None, None), ("count", 68, None, None)], None),
    ("en", "It also funds 13 Navy warships, among them two Virginia-class submarines and a Columbia-class ballistic missile submarine.", True, [("count", 13, None, None), ("count", 2, None, None)], None),
    ("en", "The Army plans to buy 1,100 Precision Strike Missiles, which can hit targets more than 500 km away, budget documents show.", True, [("count", 1100, None, None), ("count", 500, None, "over")], None),
    ("en", "\"Peace through strength is not a slogan, it's a strategy,\" the defense secretary told lawmakers.", False, [], None),
    # --- UK defence (PA) ---
    ("en", "LONDON (PA) - The UK will raise defence spending to 2.5% of GDP by April 2027 and to 3% in the next parliament, the Prime Minister has announced.", True, [("percent", 2.5, "%", None), ("year", 2027, None, None), ("percent", 3, "%", None)], None),
    ("en", "Up to 12 SSN-AUKUS attack submarines will be built, along with six new munitions factories, the Ministry of Defence said.", True, [("count", 12, None, "up_to"), ("count", 6, None, None)], "the Ministry of Defence"),
    ("en", "The MoD has ordered 12 more F-35B jets and plans to buy a further 15 Typhoon Tranche 4 aircraft to keep the production line at Warton open.", True, [("count", 12, None, None), ("count", 15, None, None)], None),
    ("en", "The first Typhoon Tranche 4 jets for the RAF are due to be delivered in 2029.", True, [("ordinal", 1, None, None), ("year", 2029, None, None)], None),
    ("en", "The regular army stood at 70,860 trained soldiers on Oct 1, its smallest size since the Napoleonic era, official figures show.", True, [("count", 70860, None, None), ("date", "--10-01", None, None)], None),
    ("en", "Around a third of the Royal Navy's six Type 45 destroyers are undergoing maintenance, Defence Secretary Jonathan Mercer told parliament.", True, [("fraction", 0.3333, None, "about"), ("count", 6, None, None)], "Jonathan Mercer"),
    ("en", "The MoD will spend £1.6bn on more than 5,000 lightweight air defence missiles for Ukraine, to be built in Belfast.", True, [("money", 1600000000, "GBP", None), ("count", 5000, None, "over")], None),
    ("en", "One in four of the British Army's Challenger 2 tanks is available for operations, the National Audit Office said.", True, [("fraction", 0.25, None, None)], "the National Audit Office"),
    ("en", "The MoD's equipment plan faces a shortfall of £16.9bn over the next decade, the watchdog added.", True, [("money", 16900000000, "GBP", None)], None),
    ("en", "Britain will keep roughly 900 troops in Estonia as part of a battlegroup of up to 1,500, the Ministry of Defence said.", True, [("count", 900, None, "about"), ("count", 1500, None, "up_to")], "the Ministry of Defence"),
    ("en", "A 10-day live-fire exercise on Salisbury Plain will involve 1,200 British and Estonian soldiers, the Army said.", True, [("duration", 10, "day", None), ("count", 1200, None, None)], "the Army"),
    ("en", "\"Our armed forces must be ready to fight and win,\" Mercer said.", False, [], None),
    ("en", "Veterans' groups said years of cuts had left the army \"hollowed out\".", False, [], None),
    ("en", "Residents near the ranges have been warned to expect loud bangs day and night.", False, [], None),
    ("en", "Dust rose behind the tanks as they rolled across the plain in the afternoon sun.", False, [], None),
    # --- NATO (AP) ---
    ("en", "BRUSSELS (AP) — NATO defense ministers agreed Thursday on new capability targets that will require about 30% more air defense systems across the 32-nation alliance.", True, [("percent", 30, "%", "about"), ("count", 32, None, None)], None),
    ("en", "Allies will need roughly five times as many ground-based air defense batteries as they have today, a senior NATO official told reporters.", True, [("count", 5, None, "about")], None),
    ("en", "Only three allies — Poland, Estonia and Latvia — spent more than 3.5% of GDP on defense last year, according to NATO estimates.", True, [("count", 3, None, None), ("percent", 3.5, "%", "over")], None),
    ("en", "The alliance wants 300,000 troops ready to deploy within 30 days.", True, [("count", 300000, None, None), ("duration", 30, "day", None)], None),
    ("en", "NATO Secretary General Henrik Aalberg said allies had delivered 99% of the military aid pledged to Ukraine for the first half of the year.", True, [("percent", 99, "%", None), ("ordinal", 1, None, None)], "Henrik Aalberg"),
    ("en", "Some 90,000 troops from all 32 NATO members took part in Steadfast Defender, the alliance's largest exercise since the Cold War, which ran for four months.", True, [("count", 90000, None, "about"), ("count", 32, None, None), ("duration", 4, "month", None)], None),
    ("en", "The corps could deploy 30,000 troops within 10 days, said Lieutenant General Dana Whitlock, its commander.", True, [("count", 30000, None, None), ("duration", 10, "day", None)], "Dana Whitlock"),
    ("en", "A three-star general will lead the new headquarters, which is expected to reach full strength by 2028.", True, [("count", 3, None, None), ("year", 2028, None, None)], None),
    ("en", "\"Deterrence only works if it is credible,\" Aalberg said.", False, [], None),
    ("en", "\"Europe must wake up,\" the foreign minister told the conference, calling for \"a defense union worthy of the name\".", False, [], None),
    # --- SIPRI arms transfers (Reuters) ---
    ("en", "STOCKHOLM, March 10 (Reuters) - Ukraine was the world's largest importer of major arms in 2020-24, accounting for 8.8% of global imports, the Stockholm International Peace Research Institute said on Monday.", True, [("date", "--03-10", None, None), ("year", 2020, None, None), ("year", 2024, None, None), ("percent", 8.8, "%", None)], "the Stockholm International Peace Research Institute"),
    ("en", "The United States remained the biggest exporter with a 43% share, while France overtook Russia to become the second-largest.", True, [("percent", 43, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Russian arms exports fell by 64% between 2015-19 and 2020-24, SIPRI said.", True, [("percent", 64, "%", None), ("year", 2015, None, None), ("year", 2019, None, None), ("year", 2020, None, None), ("year", 2024, None, None)], "SIPRI"),
    ("en", "European NATO members imported 155% more major arms than in the previous five years, with nearly two-thirds coming from the United States.", True, [("percent", 155, "%", None), ("duration", 5, "year", None), ("fraction", 0.6667, None, "nearly")], None),
    ("en", "India, the world's second-biggest arms importer, cut its purchases from Russia to 36% of its total.", True, [("ordinal", 2, None, None), ("percent", 36, "%", None)], None),
    ("en", "The U.S., France and Russia together supplied 68% of the world's major arms, with China fourth and Germany fifth.", True, [("percent", 68, "%", None), ("ordinal", 4, None, None), ("ordinal", 5, None, None)], None),
    ("en", "South Korea is now the world's 10th-largest arms exporter, according to SIPRI.", True, [("ordinal", 10, None, None)], "SIPRI"),
    ("en", "Researchers warned that the trend showed no sign of reversing.", False, [], None),
    # --- SIPRI military spending (AFP) ---
    ("en", "STOCKHOLM, April 28 (AFP) - Global military spending rose 9.4% in real terms last year to $2.72 trillion, the steepest annual increase since at least the end of the Cold War.", True, [("date", "--04-28", None, None), ("percent", 9.4, "%", None), ("money", 2720000000000, "USD", None)], None),
    ("en", "Spending rose for the 10th consecutive year and reached 2.5% of global GDP, SIPRI said.", True, [("ordinal", 10, None, None), ("percent", 2.5, "%", None)], "SIPRI"),
    ("en", "Russia's military expenditure reached an estimated $149 billion, about 7.1% of its GDP and 19% of total government spending.", True, [("money", 149000000000, "USD", "about"), ("percent", 7.1, "%", "about"), ("percent", 19, "%", None)], None),
    ("en", "Germany became the biggest military spender in western Europe for the first time since reunification, at $88.5 billion.", True, [("ordinal", 1, None, None), ("money", 88500000000, "USD", None)], None),
    ("en", "Analysts said defense stocks could keep rising as governments loosen their purse strings.", False, [], None),
    # --- IISS Military Balance (Reuters) ---
    ("en", "LONDON, Feb 12 (Reuters) - Russia is losing tanks faster than it can replace them, with about 1,400 main battle tanks destroyed in 2024 alone, the International Institute for Strategic Studies said.", True, [("date", "--02-12", None, None), ("count", 1400, None, "about"), ("year", 2024, None, None)], "the International Institute for Strategic Studies"),
    ("en", "The think tank estimated that Moscow refurbishes or builds around 1,500 tanks a year, mostly older T-72s and T-80s pulled from storage.", True, [("count", 1500, None, "about")], None),
    ("en", "According to The Military Balance 2025, China's navy now has 234 warships, more than any other country.", True, [("year", 2025, None, None), ("count", 234, None, None)], None),
    ("en", "Only about half of Germany's 350 Puma infantry fighting vehicles are ready for combat, a parliamentary report found.", True, [("fraction", 0.5, None, "about"), ("count", 350, None, None)], None),
    ("en", "\"The era of peace dividends is over,\" the institute's director-general said at the launch.", False, [], None),
    # --- Ukraine war (AP, Reuters) ---
    ("en", "KYIV, Ukraine (AP) — Russia fired 728 drones and 13 missiles at Ukraine overnight, the largest aerial attack of the war, Ukraine's air force said Wednesday.", True, [("count", 728, None, None), ("count", 13, None, None)], "Ukraine's air force"),
    ("en", "Air defenses shot down or jammed 718 drones and seven Kh-101 cruise missiles, it said.", True, [("count", 718, None, None), ("count", 7, None, None)], None),
    ("en", "Russia's Defense Ministry said its forces had downed 47 Ukrainian drones across six regions and the Black Sea.", True, [("count", 47, None, None), ("count", 6, None, None)], "Russia's Defense Ministry"),
    ("en", "Ukraine's General Staff said Russia had lost 1,050 troops in the past 24 hours, bringing its total losses since February 2022 to about 1.03 million.", True, [("count", 1050, None, None), ("duration", 24, "hour", None), ("year", 2022, None, None), ("count", 1030000, None, "about")], "Ukraine's General Staff"),
    ("en", "Russia's Defense Ministry said its troops had captured the village of Novoivanivka in the Zaporizhzhia region, a claim Kyiv denied.", True, [], "Russia's Defense Ministry"),
    ("en", "At least 11 people were killed and 64 wounded in a missile strike on Zaporizhzhia, Governor Andriy Marchuk said.", True, [("count", 11, None, "at_least"), ("count", 64, None, None)], "Andriy Marchuk"),
    ("en", "Ukraine says it struck an ammunition depot about 1,800 km from the border with long-range drones.", True, [("count", 1800, None, "about")], None),
    ("en", "Ukraine's air force says Russia has launched more than 5,000 Shahed-type drones in the past month alone.", True, [("count", 5000, None, "over")], None),
    ("en", "A Russian Su-34 fighter-bomber was shot down over the Donetsk region, Ukraine's military said.", True, [], "Ukraine's military"),
    ("en", "Ukraine produced more than 2 million FPV drones last year and aims to make 4.5 million in 2025, Strategic Industries Minister Taras Bondar said.", True, [("count", 2000000, None, "over"), ("count", 4500000, None, None), ("year", 2025, None, None)], "Taras Bondar"),
    ("en", "Drones now account for about 70% of Russian battlefield casualties, according to Ukrainian commanders.", True, [("percent", 70, "%", "about")], None),
    ("en", "The U.N. human rights monitoring mission says at least 13,883 civilians have been killed in Ukraine since February 2022, including 716 children.", True, [("count", 13883, None, "at_least"), ("year", 2022, None, None), ("count", 716, None, None)], None),
    ("en", "Neither side's battlefield claims could be independently verified.", False, [], None),
    ("en", "\"Russia will answer every strike on its territory,\" a Kremlin spokesman warned.", False, [], None),
    ("en", "\"We will never surrender our land to the invader,\" the Ukrainian commander said.", False, [], None),
    ("en", "Civilians in the border town described nights spent in cellars as drones buzzed overhead.", False, [], None),
    # --- Ammunition (Reuters, AP) ---
    ("en", "BRUSSELS, Jan 14 (Reuters) - The European Union delivered about 2 million 155mm artillery shells to Ukraine last year, meeting a target it had missed a year earlier.", True, [("date", "--01-14", None, None), ("count", 2000000, None, "about"), ("count", 155, None, None)], None),
    ("en", "Europe's production capacity for 155-mm rounds will reach about 2 million a year by the end of 2025, the European Commission said.", True, [("count", 155, None, None), ("count", 2000000, None, "about"), ("year", 2025, None, None)], "the European Commission"),
    ("en", "Ukraine fires roughly 6,000 shells a day along the front, about a third of Russia's daily rate, Western officials estimate.", True, [("count", 6000, None, "about"), ("fraction", 0.3333, None, "about")], None),
    ("en", "Each 155mm shell now costs around 8,000 euros, more than double the price before the invasion.", True, [("count", 155, None, None), ("money", 8000, "EUR", "about"), ("count", 2, None, "over")], None),
    ("en", "U.S. output of 155-millimeter shells has tripled since 2022 to about 40,000 a month, the Army said.", True, [("count", 155, None, None), ("year", 2022, None, None), ("count", 40000, None, "about")], "the Army"),
    ("en", "\"Ammunition is the currency of this war,\" a European diplomat said.", False, [], None),
    ("en", "Military analysts cautioned against reading too much into a single week's figures.", False, [], None),
    # --- U.S. arms for Ukraine and Taiwan (AP, Reuters) ---
    ("en", "WASHINGTON (AP) — The State Department has cleared a potential $825 million sale to Ukraine of 3,350 extended-range air-launched munitions with a range of up to 450 km.", True, [("money", 825000000, "USD", None), ("count", 3350, None, None), ("count", 450, None, "up_to")], None),
    ("en", "The missiles will be paid for partly with European funds and delivered over 42 months, a U.S. official said.", True, [("duration", 42, "month", None)], None),
    ("en", "Kyiv has received 10 Patriot batteries so far and needs at least 15 more, Ukrainian officials say.", True, [("count", 10, None, None), ("count", 15, None, "at_least")], None),
    ("en", "Each PAC-3 MSE interceptor costs about $4 million, and production is due to rise to 650 a year by 2027.", True, [("money", 4000000, "USD", "about"), ("count", 650, None, None), ("year", 2027, None, None)], None),
    ("en", "HIMARS launchers can fire ATACMS missiles over distances of up to 300 km, or about 190 miles.", True, [("count", 300, None, "up_to"), ("count", 190, None, "about")], None),
    ("en", "The Storm Shadow cruise missile has a range of more than 250 km.", True, [("count", 250, None, "over")], None),
    ("en", "TAIPEI, Dec 18 (Reuters) - The United States approved arms sales to Taiwan worth $11.1 billion, including 82 HIMARS launchers and 420 ATACMS missiles, Taiwan's defence ministry said.", True, [("date", "--12-18", None, None), ("money", 11100000000, "USD", None), ("count", 82, None, None), ("count", 420, None, None)], "Taiwan's defence ministry"),
    ("en", "Taiwan plans to raise defence spending to 3.32% of GDP next year and to 5% by 2030.", True, [("percent", 3.32, "%", None), ("percent", 5, "%", None), ("year", 2030, None, None)], None),
    ("en", "China said it firmly opposed the sales and had lodged stern representations with Washington.", True, [], "China"),
    ("en", "China's military launched a 48-hour exercise around Taiwan, deploying 71 aircraft and 13 warships, Taiwan's defence ministry said.", True, [("duration", 48, "hour", None), ("count", 71, None, None), ("count", 13, None, None)], "Taiwan's defence ministry"),
    ("en", "Whether the money will arrive in time remains an open question.", False, [], None),
    # --- Deployments (Reuters, AP) ---
    ("en", "The Pentagon will withdraw about 3,000 troops from Romania, leaving roughly 1,000 at the Mihail Kogalniceanu air base, a U.S. official told Reuters.", True, [("count", 3000, None, "about"), ("count", 1000, None, "about")], None),
    ("en", "About 80,000 U.S. troops are stationed in Europe, up from 64,000 before February 2022, according to the Pentagon.", True, [("count", 80000, None, "about"), ("count", 64000, None, None), ("year", 2022, None, None)], "the Pentagon"),
    ("en", "The 82nd Airborne Division sent about 4,700 paratroopers to Poland for a nine-month deployment.", True, [("ordinal", 82, None, None), ("count", 4700, None, "about"), ("duration", 9, "month", None)], None),
    ("en", "The two-week Baltic drill involves 50 ships, 45 aircraft and about 9,000 personnel, the U.S. Navy said.", True, [("duration", 2, "week", None), ("count", 50, None, None), ("count", 45, None, None), ("count", 9000, None, "about")], "the U.S. Navy"),
    ("en", "\"Our support for Kyiv will not waver, whatever it costs,\" the prime minister told reporters.", False, [], None),
    # --- Middle East (AFP) ---
    ("en", "JERUSALEM, June 15 (AFP) - Iran has fired about 370 ballistic missiles and more than 100 drones at Israel since Friday, the Israeli military said.", True, [("date", "--06-15", None, None), ("count", 370, None, "about"), ("count", 100, None, "over")], "the Israeli military"),
    ("en", "Iran's health ministry said 224 people had been killed in Israeli strikes, including dozens of women and children.", True, [("count", 224, None, None)], "Iran's health ministry"),
    ("en", "Israel's military said about 90% of the missiles had been intercepted, a figure Iran disputed.", True, [("percent", 90, "%", "about")], "Israel's military"),
    ("en", "Israel's Arrow 3 system can intercept missiles at altitudes of more than 100 km, outside the atmosphere.", True, [("count", 100, None, "over")], None),
    ("en", "Israel's military said three soldiers were killed and 11 wounded when an explosive device hit their vehicle in southern Gaza.", True, [("count", 3, None, None), ("count", 11, None, None)], "Israel's military"),
    ("en", "\"The aggressor will pay a heavy price,\" an Iranian military spokesman said on state television.", False, [], None),
    # --- Asia-Pacific (Reuters, AAP) ---
    ("en", "TOKYO, Dec 26 (Reuters) - Japan's cabinet approved a record 9.04 trillion yen defence budget for the coming fiscal year, the 13th straight annual increase.", True, [("date", "--12-26", None, None), ("money", 9040000000000, "JPY", None), ("ordinal", 13, None, None)], None),
    ("en", "Tokyo aims to lift security-related spending to 2% of GDP by fiscal 2027, two years ahead of its original schedule.", True, [("percent", 2, "%", None), ("year", 2027, None, None), ("duration", 2, "year", None)], None),
    ("en", "The budget includes 94 billion yen for Tomahawk cruise missiles, which have a range of about 1,600 km.", True, [("money", 94000000000, "JPY", None), ("count", 1600, None, "about")], None),
    ("en", "SEOUL, Nov 3 (Reuters) - South Korea's Daeyang Heavy Industries signed a deal worth 4.1 trillion won to deliver 96 K9 self-propelled howitzers to Romania.", True, [("date", "--11-03", None, None), ("money", 4100000000000, "KRW", None), ("count", 96, None, None)], None),
    ("en", "SEOUL, Oct 22 (Reuters) - North Korea fired several short-range ballistic missiles that flew about 350 km before landing in the sea, South Korea's Joint Chiefs of Staff said.", True, [("date", "--10-22", None, None), ("count", 350, None, "about")], "South Korea's Joint Chiefs of Staff"),
    ("en", "Russia's Oreshnik intermediate-range missile has a range of about 5,500 km and can travel at 10 times the speed of sound, according to Western analysts.", True, [("count", 5500, None, "about"), ("count", 10, None, None)], None),
    ("en", "CANBERRA, Aug 5 (AAP) - Australia has picked an upgraded Mogami-class frigate for its A$10 billion program to replace the navy's eight Anzac-class ships.", True, [("date", "--08-05", None, None), ("money", 10000000000, "AUD", None), ("count", 8, None, None)], None),
    ("en", "Three of the 11 general-purpose frigates will be built in Japan and the rest in Western Australia, Defence Minister Paul Whitford said.", True, [("count", 3, None, None), ("count", 11, None, None)], "Paul Whitford"),
    ("en", "Under the AUKUS pact, Australia will pay the United States and Britain A$368 billion over three decades for nuclear-powered submarines.", True, [("money", 368000000000, "AUD", None), ("duration", 30, "year", None)], None),
    ("en", "Australia's defence budget will rise to 2.33% of GDP by 2033-34, according to the Department of Defence.", True, [("percent", 2.33, "%", None), ("year", 2033, None, None), ("year", 2034, None, None)], "the Department of Defence"),
    ("en", "NEW DELHI, May 7 (Reuters) - India said it had hit nine sites in Pakistan and Pakistani Kashmir overnight, while Pakistan said it had shot down five Indian jets, a claim New Delhi did not confirm.", True, [("date", "--05-07", None, None), ("count", 9, None, None), ("count", 5, None, None)], "India"),
    ("en", "The four-day conflict ended with a ceasefire on May 10.", True, [("duration", 4, "day", None), ("date", "--05-10", None, None)], None),
    # --- Europe and Canada (Reuters, CP) ---
    ("en", "BERLIN, June 24 (Reuters) - Germany's cabinet approved a draft budget raising core defence spending to 62.4 billion euros next year, plus 20 billion euros from the special fund.", True, [("date", "--06-24", None, None), ("money", 62400000000, "EUR", None), ("money", 20000000000, "EUR", None)], None),
    ("en", "Including loans exempt from the debt brake, military spending is set to reach 3.5% of economic output by 2029, the finance ministry said.", True, [("percent", 3.5, "%", None), ("year", 2029, None, None)], "the finance ministry"),
    ("en", "Berlin also plans to order up to 3,000 Boxer armoured vehicles and about 5,000 Patria 6x6 transport vehicles, sources told Reuters.", True, [("count", 3000, None, "up_to"), ("count", 5000, None, "about")], None),
    ("en", "Poland plans to spend 186.6 billion zlotys on defence next year, equal to 4.81% of GDP, the highest ratio in NATO.", True, [("money", 186600000000, "PLN", None), ("percent", 4.81, "%", None)], None),
    ("en", "Estonia, Latvia and Lithuania have pledged to build hundreds of bunkers along a roughly 1,000-km stretch of their eastern borders.", True, [("count", 1000, None, "about")], None),
    ("en", "Sweden will spend an extra 300 billion Swedish crowns on defence over the next 10 years, Prime Minister Karin Lindholm said.", True, [("money", 300000000000, "SEK", None), ("duration", 10, "year", None)], "Karin Lindholm"),
    ("en", "Finland conscripts about 21,000 men and women a year, giving it a wartime strength of 280,000 troops.", True, [("count", 21000, None, "about"), ("count", 280000, None, None)], None),
    ("en", "Conscripts serve between 165 and 347 days depending on their role, the defence forces said.", True, [("duration", 165, "day", None), ("duration", 347, "day", None)], "the defence forces"),
    ("en", "OTTAWA (CP) — Canada will buy 88 F-35 fighter jets for C$19 billion, with deliveries starting in 2026.", True, [("count", 88, None, None), ("money", 19000000000, "CAD", None), ("year", 2026, None, None)], None),
    ("en", "Canada met NATO's 2% target this fiscal year for the first time since 1991, Defence Minister Ellen Tremblay said.", True, [("percent", 2, "%", None), ("ordinal", 1, None, None), ("year", 1991, None, None)], "Ellen Tremblay"),
    ("en", "The minister urged allies to \"dig deeper\" for Ukraine.", False, [], None),
    ("en", "For more on the war in Ukraine, see our live coverage.", False, [], None),
    ("en", "(Reporting by Lena Varga in Brussels; Editing by Tom Ashby)", False, [], None),
]
