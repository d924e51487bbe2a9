"""Ninety-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, products and figures
are made up (Katharina Vogelsang, Lukas Hainzl, Elke Rainer, Sandra Mayerhofer, Claire
Dubois-Hartmann, Velantis and its model "Velantis-2", Johanna Reiterer, Yushan
Semiconductor, Rhenovis, Daniel Ammann, Torsten Wieland, Florian Kienzl, Tobias Wenninger,
Miriam Achleitner, Ewald Trummer, Regula Stämpfli, Anna Lüdeke, the probe "Aurelia"; Corvane
AI and its model "Corvane 4", Halberd Capital, Priya Anand, Marcus Feld, Dana Liao, Tom
Brennan, Elena Ruiz, the probe "Perrin", Ravi Menon, Lucia Ferrante, Wen-Hao Lin, Rhona
Keddie, Karen Whitlow, Orvia Pharma, Mireille Dantec, Marcos Villalba, Orbitel, Anjali Rao,
Helen Marr, Verdane Systems, Sonia Krall, Danny Orlov, Pinecrest Securities, Rebecca Lyle,
Minh Tran, Wayline); real places, journals and institutions ("Charité", "UK Biobank",
"European Heart Journal", "Universität für Bodenkultur", "AGES", "Arbeiterkammer", "Esa",
"Ariane 6", "Institut für Weltraumforschung", "Dax", "Robert Koch-Institut", "DAK",
"Forsa", "Medizinische Universität Graz", "Karlsruher Institut für Technologie", "Nature
Energy", "Gematik", "Bundesamt für Statistik", "Borderstep Institut", "Bitkom"; "Nvidia",
"Google", "The Lancet Public Health", "Emory University", "NASA", "Nature", "LSEG", "NHS
England", "CDC", "Jefferies", "International Energy Agency", "National University of La
Plata", "Cretaceous Research", "Ookla", "World Health Organization", "UK Health Security
Agency", "American Cancer Society", "eSafety Commissioner", "ISRO", "Nature Medicine")
stand for the way wire copy names them; what is measured, counted and said here is invented.

Its weight: AN ORDINARY SCIENCE, HEALTH AND TECHNOLOGY DAY on the wires (dpa Wissenschaft,
APA Science, Keystone-SDA, Reuters German; Reuters, AP, AFP, PA, AAP, PTI), 36 short
stories in story order (a dateline lead, then figures, attributed lines, a quote, a closing
line). Half German: a sleep study with its sample and follow-up ("knapp 412.000
Erwachsenen", "im Schnitt 13,6 Jahre lang", "sieben bis acht Stunden", "schreiben die
Forschenden im Fachjournal ..."), microplastics in Austrian lakes ("2,3 Partikel pro
Liter", "kleiner als 0,5 Millimeter", "2.010 Metern Seehöhe"), the flu wave (AGES
admissions, vaccinations, "über 65-Jährigen", "Sars-CoV-2"), MRI waiting times in days,
an Esa probe launch (tonnes, kilometres, minutes, a mission cost), a Munich AI start-up
("180 Milliarden Parameter", "6.000 Grafikprozessoren", a valuation), a chip plant in
Dresden ("40.000 Wafer", "12 bis 28 Nanometern", a subsidy), a Phase-3 Alzheimer trial
("1'795 Patientinnen und Patienten", "alle vier Wochen"), measles in Germany, a youth
social-media survey ("3 Stunden und 40 Minuten", "Gut jeder vierte"), heat deaths, a
sodium-ion battery ("5.000 Ladezyklen", "175 Wattstunden pro Kilogramm"), an exoplanet
("97 Lichtjahre", "2,2-mal so groß"), e-prescriptions, bee colony losses ("2014/15"),
Swiss nursing vacancies ("14'800", "469 Millionen Franken"), data-centre power
("Milliarden Kilowattstunden", "zehnmal so viel"). Half English: an AI funding round ("$2.5
billion", "85 million weekly active users", "1.2 trillion parameters"), a step-count
meta-analysis, an asteroid sample return ("86 grams", "4 billion miles", "4.5 billion years
ago"), marine heatwaves, a chipmaker's quarter ("T$128.6 billion ($4.3 billion)",
"3-nanometer", "5nm"), NHS waiting lists ("52 weeks", "within 18 weeks", "32 minutes and 17
seconds"), measles and kindergarten coverage, an obesity drug trial ("22.4% of their body
weight", "68 weeks", "a body mass index of 30 or higher"), data-centre electricity
("terawatt-hours"), a dinosaur find, satellite broadband ("142 megabits per second"),
antibiotic resistance ("One in seven", "two in five"), flu vaccines in England, cloud
capital spending, cancer statistics, Australia's under-16 social media ban ("A$50
million"), an ISRO launch ("2,100-kg", "Rs 1,260 crore", "101st"), wildfire smoke deaths,
robotaxis. Negatives as such a day has them: quoted enthusiasm, verdicts and alarm of
researchers, ministers, chiefs and analysts ("„Schlaf ist kein Luxus, sondern Medizin“",
"\"This is a treasure chest from the dawn of the solar system,\""), a researcher's caveat
as opinion, demands and appeals ("Umweltschützer verlangen ...", "Health officials urged
parents ..."), advice (a hotline line, "rät die Studienautorin"), a catchword ("„digitalen
Flickenteppich“"), an industry body's verdict, analysts' views, fears, a company's slogan,
a no-comment line, a reporting credit, a service line and a funding note.

224 rows (112 German, 112 English), 46 negatives (24 German, 22 English), 178 check-worthy
rows of which 15 carry no figure (9 German, 6 English), 321 expected quantities (124
counts, 63 percentages, 49 durations, 34 years, 21 amounts of money, 11 fractions, 11
dates, 8 ordinals; none of them in negatives), 24 checked speakers (11 German, 13 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a finding is check-worthy with the speaker its own attribution gives ("...,
  habe kein erhöhtes Risiko mehr gehabt, sagte Studienleiterin Katharina Vogelsang." ->
  "Katharina Vogelsang", forty-fourth and seventy-fourth). Check-worthy without a figure: a
  launch, a publication in a named journal (thirtieth, forty-fourth), a source named for a
  figure ("Das geht aus dem Epidemiologischen Bulletin ... hervor."), an investor line-up,
  a filing planned this year, a cause ("Als Hauptursache ... gilt die Varroamilbe."), a
  ranking without figures (Tiktok before Whatsapp), a comparison with a country's
  consumption, a trial's funder, a material fact (sodium needs no cobalt), the start of a
  plant's construction, the harm done by marine heatwaves ("millions of" none).
- Samples and participants are counts (thirty-third: "12,850 patients", "311.000
  Erwachsenen"): "knapp 412.000 Erwachsenen" "nearly", "1.024 Jugendliche", "1'795
  Patientinnen und Patienten" (Swiss apostrophe, tenth), "1.637 Imkerinnen und Imker",
  "from 61 studies covering more than 172,000 adults in 14 countries", "3,417 adults", "A
  survey of 1,050 parents". "Phase-3-Studie" and "The Phase 3 trial" count 3
  (forty-fourth).
- Ages of people are durations in years (every earlier batch): "zwischen 12 und 17 Jahren"
  both, "im Alter von 50 bis 85 Jahren" both, "bei den über 65-Jährigen" and "bei über
  75-Jährigen" "over" (thirty-third), "jünger als 20 Jahre" 20 "under", "for adults under
  60", "women under 50", "children under 16" "under" (forty-fourth: "children under
  five"), "over-65s" 65 "over". New: "people 65 and older" is 65 years with no hedge - a
  bound written after the figure gives none, as "Chips of 7nm and below" (fifty-first) and
  "4 Prozent unter dem Durchschnitt" (forty-second); "a body mass index of 30 or higher, or
  27 or higher" counts 30 and 27 with no hedge by the same rule.
- Times of sleep, waiting and treatment are durations: "weniger als sechs Stunden" 6 hours
  "under", "mehr als zwei Stunden" "over", "im Schnitt 41 Tage" (no hedge, thirty-third),
  "binnen sieben Tagen", "18 Monate lang alle vier Wochen" 18 months and 4 weeks, "3 Stunden
  und 40 Minuten täglich" 3 hours and 40 minutes (sixty-third: "in 7 hours, 41 minutes"),
  "mehr als vier Stunden lang" "over", "more than 52 weeks" "over", "within 18 weeks",
  "within four hours", "an average of 32 minutes and 17 seconds" (no hedge), "the 30-minute
  target" (the issue's "a two-week visit"), "after 68 weeks", "over the next two years",
  "postponed by 24 hours", "designed to operate for seven years", "a seven-year round trip".
  New: "sieben bis acht Stunden" is two durations, 7 and 8 hours - the unit written once
  serves the range, as "zwischen 38 und 95 Zentimetern" (seventy-fourth) and "fünf bis
  sieben Jahre" here. "höchstens 20 Arbeitstagen" is count 20 "at_most" (a compound noun
  with a unit of time inside, fifty-first: "60 Arbeitstage"). "Vor fünf Jahren" 5 years
  (forty-sixth: "vor zwei Jahren"); "vor einem Jahr", "ein Jahr zuvor", "a month earlier",
  "a month ago", "last week", "in der vergangenen Woche", "im vergangenen Jahr", "this
  year", "the past decade", "a day", "a week", "a year", "pro Nacht", "täglich",
  "monatlich", "werktags" none.
- Ages of things are durations in years (forty-fourth: "rund 13,8 Milliarden Jahre alt"):
  "around 90 million years ago" 9e7 years "about"; "formed about 4.5 billion years ago"
  4.5e9 years "about".
- Physical measures are counts of the figure before the unit (fourth, forty-fourth,
  seventy-fourth): "2,3 Partikel pro Liter", "5,8 Partikel", "1,1 Partikeln", "kleiner als
  0,5 Millimeter" 0.5 "under", "auf 2.010 Metern Seehöhe", "rund 1,8 Tonnen" "about", "in
  1,5 Millionen Kilometern Entfernung" 1,500,000, "rund 97 Lichtjahre", "rund 250 Grad
  Celsius", "mehr als 30 Grad" "over", "175 Wattstunden pro Kilogramm", "rund 19 Milliarden
  Kilowattstunden" 1.9e10 "about" and "33 Milliarden Kilowattstunden" 3.3e10 (a scale word
  multiplies, seventy-fourth), "86 grams", "about 4 billion miles", "roughly 490 meters",
  "an estimated 28 metres", "up to 60 tonnes" "up_to", "around 550 kilometres", "about 530
  km", "2,100-kg" (as "4,410-kg", forty-fourth), "around 900 terawatt-hours" (the prefix
  belongs to the unit, seventy-fourth: "16 zettajoules"), "142 megabits per second"
  (fifty-first: "169Mbps"), "more than 96 million miles" "over". Chip structure sizes:
  "von 12 bis 28 Nanometern" both, "its 3-nanometer process" 3, "5nm chips" 5
  (fifty-first). Cycles, wafers, processors, satellites and steps are counts: "5.000
  Ladezyklen", "1.500 bis 2.000 Zyklen" both, "bis zu 40.000 Wafer" "up_to", "rund 6.000
  Grafikprozessoren", "more than 100,000 graphics processors", "more than 7,100
  satellites", "up to 1,200 more satellites", "about 7,000 steps a day", "2,000 steps",
  "7,000", "above roughly 10,000 steps" 10000 "about" (the hedge next to the figure
  counts, the preposition before it gives none).
- New: the parameters of an AI model are counts with their scale word: "180 Milliarden
  Parameter" 1.8e11, "1.2 trillion parameters" 1.2e12 (as users, fifty-first: "1.2bn
  monthly active users"). Users and subscribers are counts (fifty-first): "about 85 million
  weekly active users" "about", "30 million", "150 million monthly active users", "passed
  4 million" (a verb, no hedge, forty-fifth: "passed 750 million"), "mehr als 520 Millionen
  E-Rezepte" "over", "erst 1,8 Millionen der rund 70 Millionen Versicherten" ("erst" no
  hedge).
- Names carry no quantity (forty-fourth: "Ariane 6"; fifty-first: product and model names;
  thirty-third: "Covid-19"): "Ariane-6-Rakete", "einer Ariane 6", the model names
  "Velantis-2" and "Corvane 4", "Sars-CoV-2" none. New: an
  asteroid's provisional designation ("asteroid 2019 QK4") is a name and gives no year. The
  hotline number "1450" is an identifier (fifty-first: emergency numbers), in a negative.
- Multiples are counts (forty-fourth, fifty-first): "etwa 2,2-mal so groß" 2.2 "about",
  "rund zehnmal so viel Energie" 10 "about", "roughly three times as many" 3 "about",
  "more than double the amount" 2 "over" (twenty-sixth). New: "double the figure a year
  earlier" is count 2 with no hedge - the adjective "double" before a noun is a multiple, as
  "almost double" (forty-fourth); the verbs "verdoppeln", "to double", "tripled", "more than
  double" after "is set to" carry none (nineteenth: verbs).
- New: "heatwave days" are a count, as "42 Hitzetage" and "38 Hitzetagen" (fifteenth,
  fortieth, seventy-fourth) - a day of a kind counted, not a span: "about 50 heatwave days
  a year" 50 "about", "compared with 15" 15.
- Percentages and fractions: "um 19 Prozent", "rund 60 Prozent" "about", "um 18 Prozent",
  "12,3 Prozent ... 31 Prozent", "eine Quote von 50 Prozent", "95 Prozent", "92,7
  Prozent", "4,7 Prozent", "bis zu 14 Prozent" "up_to", "rund 93 Prozent" "about", "um
  11,2 Prozent", "höchstens 60 Prozent" "at_most", "etwa 4 Prozent" "about", "a 44% lower
  risk", "93 percent" (AFP spelling), "per cent" (PA spelling, fifteenth), "a record 3.8%"
  (no hedge), "Only 59.8 per cent" (no hedge), "just 38.9 per cent" (no hedge), "rose as
  much as 7.9%" "up_to" (fifty-first: "as much as"), "more than 35%" "over", "an average
  of 4% to 14% a year" two with no hedge; "Rund ein Viertel" 0.25 "about", "Gut jeder
  vierte" 0.25 "over" (twentieth: "gut"), "Fast die Hälfte" 0.5 "nearly", "Gut ein
  Drittel" 0.3333 "over", "rund ein Fünftel" 0.2 "about", "nearly half", "Almost half",
  "almost half" 0.5 "nearly", "a quarter kept in reserve" 0.25, "One in seven" 1/7 = 0.1429
  (fifty-first: "etwa jede siebte"), "two in five" 0.4 (as "one in four").
- Money: "420 Millionen Euro", "rund 2,9 Milliarden Euro" "about", "rund zehn Milliarden
  Euro, knapp fünf Milliarden davon" 1e10 EUR "about" and 5e9 EUR "nearly" (the currency
  written once serves both, fifty-first: "24,90 statt 22,90 Euro"), "rund 2,5 Millionen
  Euro", "rund 640 Millionen Euro", "rund 350 Euro", "469 Millionen Franken" CHF; "$2.5
  billion", "$41 billion", "$3 billion", "about $1.1 billion", "T$128.6 billion ($4.3
  billion)" TWD and USD (fifty-first: "T$"), "between $38 billion and $42 billion" two,
  "$34.9 billion", "$24.1 billion", "up to A$50 million" AUD "up_to", "Rs 1,260 crore"
  1.26e10 INR (forty-fourth: "crore").
- Ordinals: "der vierte Start" 4, "die zweite Masernimpfung" 2, "second-quarter" 2, "the
  fourth quarter" 4, "fiscal first quarter" 1, "the first half of 2026" 1, "the third
  asteroid sample" 3, "ISRO's 101st launch" 101; "the highest", "the leading cause", "the
  safest" none.
- Counts of other things: "In allen 42 untersuchten Seen", "126 Messpunkten", "96
  Röntgeninstitute", "14 zusätzliche Geräte", "sieben Instrumente", "24 europäischen
  Sprachen", "310 Mitarbeiterinnen und Mitarbeiter", "mehr als 150 Unternehmen, darunter
  drei Dax-Konzerne", "rund 2.000 Arbeitsplätze", "642 Masernfälle", "41 Menschen", "rund
  460 Menschen", "23 zusätzliche „Coole Zonen“", "rund 3.900 Spitalsaufnahmen", "214 ...
  37", "knapp 1,1 Millionen Menschen", "rund 14'800 Stellen", "rund 156'000 Menschen";
  "by three former Google researchers", "about 1,400 people", "18 analyst estimates",
  "191,813", "two million extra appointments", "Three people ..., including two
  children", "143 bones", "three excavation campaigns", "118 countries", "in 35
  countries", "about 340 people a day", "22 reports ..., including 17 minor collisions",
  "across five U.S. cities", "averaged 2,660 a day" (a verb, no hedge, as "topped 1,900",
  thirty-third). New: "with at least one weight-related condition" is count 1 "at_least" -
  a numeral that counts, as "just one further cut" (thirty-third); "an estimated 7.31
  million", "Some 6.24 million" and "An estimated 2,083,460" "about" (seventy-fourth: "an
  estimated").
- Years and dates: "zwischen Mai 2022 und September 2024", "der Jahre 1998 bis 2025",
  "Rekordwinter 2014/15" 2014 and 2015 (fortieth), "Ab 2028" (no hedge, fortieth), "bis
  Ende 2026", "Bis 2030", "Seit März 2020", "seit 2019", "Im Sommer 2025", "Ende 2024";
  "from 1940 to 2023", "between 2019 and 2023", "from 1991 through 2022", "since 1993", "by
  2030", "through 2030", "in 2024", "founded in 2022"; "Am 14. Januar" --01-14, "on October
  1" --10-01; Reuters and AAP datelines with a day ("SAN FRANCISCO, March 11 (Reuters)",
  "HSINCHU, Taiwan, July 17 (Reuters)", "COPENHAGEN, June 23 (Reuters)", "PARIS, April 10
  (Reuters)", "LONDON, Feb 5 (Reuters)", "GENEVA, Oct 13 (Reuters)", "REDMOND, Washington,
  Oct 29 (Reuters)", "AUSTIN, Texas, Aug 4 (Reuters)", "SYDNEY, Dec 10 (AAP)") dates
  without a year; German datelines, "NEW YORK (AP) —", "CAPE CANAVERAL, Fla. (AP) —",
  "PARIS (AFP) -", "BUENOS AIRES (AFP) -", "LONDON (PA) -", "ATLANTA (AP) —", "WASHINGTON
  (AP) —", "NEW DELHI (PTI) -" none; clock times ("um 22.47 Uhr", "at 10:52 a.m."), months
  alone, weekdays, "the 1940s" none.
- Hedges, only the names in use: "rund", "etwa", "in etwa", "about", "About", "around",
  "roughly", "Some", "an estimated", "An estimated" "about"; "knapp", "Fast", "almost",
  "Almost", "nearly" "nearly"; "mehr als", "Gut", "gut", "über" (before an age), "more
  than", "More than" "over"; "weniger als", "kleiner als", "jünger als", "under" "under"; "bis zu", "up to", "as much as" "up_to"; "höchstens" "at_most"; "at least"
  "at_least"; "im Schnitt", "an average of", "insgesamt", "sogar", "nur", "erst", "Only",
  "just", "a record", "zuletzt", "passed", "averaged", "Ab" no hedge.
- Speakers, checked only in forms the earlier batches settled: a title before a name
  dropped ("Studienleiterin", "Projektleiter" with "der APA" after the name, as
  "Studienleiterin Verena Lanzinger der APA"; "Mitgründerin", "Chief Financial Officer ...
  told Reuters", "Chief Executive ... told analysts" as "told reporters"); "teilte die AGES
  / die Esa / das Unternehmen / das RKI / die Gematik ... mit", "so das
  Gesundheitsministerium" (as "so das RKI"), "wie das Rathaus / das Bundesamt für
  Statistik mitteilte" the source with its article in the nominative; "the company said"
  (three times), "NASA said" and, new, "ISRO said" as written (as "NASA
  said", forty-fourth), "the CDC said on Wednesday" (as "the ONS said"), "the International
  Energy Agency said", "the World Health Organization said", "the American Cancer Society
  said in its annual report", "the eSafety Commissioner said" (as "the Met Office said"),
  "according to the UK Health Security Agency" with the article in lower case. Left
  unchecked (None): "schreiben die Forschenden im Fachjournal", "schreibt das Team im
  Fachjournal" (seventy-fourth: "schreiben die Forscherinnen und Forscher"), "heißt es in
  der Studie", "einer Umfrage zufolge", "einer großen Langzeitstudie zufolge", "wie eine
  Erhebung der Arbeiterkammer zeigt", "wie die jährliche Erhebung ... ergab", "nach
  eigenen Angaben", "nach Firmenangaben", "nach Unternehmensangaben", "nach Berechnungen
  der ...", "nach Schätzungen von Alzheimer Schweiz", "nach Daten der Krankenkasse DAK",
  "wie zwei mit der Sache vertraute Personen sagten", "Kritiker rechnen vor"; "the
  researchers wrote", "the authors said", "they found", "according to a person familiar
  with the matter", "according to research released ... in The Lancet Public Health",
  "according to a study published ... in Nature Medicine", "according to the study",
  "according to network testing firm Ookla" (a description before a name, fifty-first),
  "NHS England figures show", "the agency's data showed", "the agency said in the report"
  (seventy-fourth: "the agency said"), "the IEA estimated", "the team from the National
  University of La Plata said", "Corvane said", "Orbitel said", "Wayline said", "Software
  maker Verdane Systems said" (a company heading reported speech, fifty-first), "The
  Government said" (its capital unsettled), rows without attribution and all negatives.
- Negatives, with no figure in any of them: quoted enthusiasm, verdicts and alarm
  (Vogelsang, Hainzl, a health minister, an AK health expert, a mission director,
  Reiterer, a Zurich neurologist, an RKI vice-president, a study author, a project leader, a
  co-author, a bee researcher, a nursing association president, a Green politician; a
  chief executive, a cardiologist, a mission scientist, a co-author, a chairman, a patients'
  advocate, a paediatrician, a report's lead, a palaeontologist, a WHO official, an NHS
  doctor, an analyst, a society's chief scientist, a teenager, a study author, a company's
  slogan), a researcher's caveat as opinion ("Ob der kurze Schlaf tatsächlich die Ursache
  sei, lasse sich ... nicht beweisen, räumte die Kardiologin ein."), demands and appeals
  ("Umweltschützer verlangen ...", "Health officials urged parents ..."), advice (the
  hotline line, "rät die Studienautorin"), an opinion ("Handys haben im Kinderzimmer nachts
  einfach nichts verloren."), verdicts ("Branchenbeobachter sehen ...", "Ärzteverbände
  sprechen von ...", "Der Branchenverband Bitkom hält die Prognose für übertrieben.",
  "Sachsens Wirtschaftsminister sprach von ...", "Analysts at Jefferies said the data ..."),
  a fear ("Some astronomers fear ..."), a no-comment line ("Wayline declined to comment
  ..."), a reporting credit, a service line and a funding note.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_97 = [
    # D1 sleep study (dpa)
    ("de", "Berlin (dpa) - Wer regelmäßig weniger als sechs Stunden pro Nacht schläft, hat einer großen Langzeitstudie zufolge ein deutlich höheres Risiko für Herzinfarkte.", True, [("duration", 6, "hour", "under")], None),
    ("de", "Die Forschenden der Charité werteten Daten von knapp 412.000 Erwachsenen aus der britischen UK Biobank aus, die im Schnitt 13,6 Jahre lang begleitet wurden.", True, [("count", 412000, None, "nearly"), ("duration", 13.6, "year", None)], None),
    ("de", "Verglichen mit Menschen, die sieben bis acht Stunden schlafen, stieg das Herzinfarktrisiko der Kurzschläfer um 19 Prozent, schreiben die Forschenden im Fachjournal „European Heart Journal“.", True, [("duration", 7, "hour", None), ("duration", 8, "hour", None), ("percent", 19, "%", None)], None),
    ("de", "Wer am Wochenende mehr als zwei Stunden Schlaf nachholte, habe kein erhöhtes Risiko mehr gehabt, sagte Studienleiterin Katharina Vogelsang.", True, [("duration", 2, "hour", "over")], "Katharina Vogelsang"),
    ("de", "„Schlaf ist kein Luxus, sondern Medizin“, sagte Vogelsang.", False, [], None),
    ("de", "Ob der kurze Schlaf tatsächlich die Ursache sei, lasse sich mit diesen Daten nicht beweisen, räumte die Kardiologin ein.", False, [], None),
    ("de", "Rund ein Viertel der Erwachsenen in Deutschland schläft nach Daten der Krankenkasse DAK werktags weniger als sechs Stunden.", True, [("fraction", 0.25, None, "about"), ("duration", 6, "hour", "under")], None),
    # D2 microplastics in lakes (APA)
    ("de", "Wien (APA) - In allen 42 untersuchten Seen Österreichs haben Forschende der Universität für Bodenkultur Mikroplastik nachgewiesen.", True, [("count", 42, None, None)], None),
    ("de", "Im Schnitt fanden sie 2,3 Partikel pro Liter Wasser, im Attersee waren es sogar 5,8 Partikel pro Liter.", True, [("count", 2.3, None, None), ("count", 5.8, None, None)], None),
    ("de", "Die meisten Teilchen waren kleiner als 0,5 Millimeter, rund 60 Prozent stammten von Textilfasern, heißt es in der Studie.", True, [("count", 0.5, None, "under"), ("percent", 60, "%", "about")], None),
    ("de", "Die Proben wurden zwischen Mai 2022 und September 2024 an insgesamt 126 Messpunkten entnommen.", True, [("year", 2022, None, None), ("year", 2024, None, None), ("count", 126, None, None)], None),
    ("de", "Selbst im Wildsee auf 2.010 Metern Seehöhe lag die Konzentration bei 1,1 Partikeln pro Liter, sagte Projektleiter Lukas Hainzl der APA.", True, [("count", 2010, None, None), ("count", 1.1, None, None)], "Lukas Hainzl"),
    ("de", "„Das hat uns ehrlich gesagt überrascht“, sagte Hainzl.", False, [], None),
    ("de", "Die Studie ist im Fachjournal „Water Research“ erschienen.", True, [], None),
    ("de", "Umweltschützer verlangen nun strengere Filtervorgaben für Waschmaschinen.", False, [], None),
    # D3 flu season (APA)
    ("de", "Wien (APA) - Die Grippewelle hat in Österreich ihren Höhepunkt noch nicht erreicht: In der vergangenen Woche wurden rund 3.900 Spitalsaufnahmen wegen Influenza gemeldet, teilte die AGES am Mittwoch mit.", True, [("count", 3900, None, "about")], "die AGES"),
    ("de", "Das waren um 18 Prozent mehr als in der Woche davor.", True, [("percent", 18, "%", None)], None),
    ("de", "Seit Oktober haben sich heuer knapp 1,1 Millionen Menschen gegen Grippe impfen lassen, so das Gesundheitsministerium.", True, [("count", 1100000, None, "nearly")], "das Gesundheitsministerium"),
    ("de", "Die Durchimpfungsrate liegt damit bei 12,3 Prozent der Bevölkerung, bei den über 65-Jährigen bei 31 Prozent.", True, [("percent", 12.3, "%", None), ("duration", 65, "year", "over"), ("percent", 31, "%", None)], None),
    ("de", "Angestrebt wird bei Älteren eine Quote von 50 Prozent, wie sie die Weltgesundheitsorganisation empfiehlt.", True, [("percent", 50, "%", None)], None),
    ("de", "Beim RS-Virus zählte das Netzwerk der Sentinel-Ordinationen zuletzt 214 positive Proben, bei Sars-CoV-2 nur 37.", True, [("count", 214, None, None), ("count", 37, None, None)], None),
    ("de", "„Es ist noch nicht zu spät für die Impfung“, betonte Gesundheitsministerin Elke Rainer.", False, [], None),
    ("de", "Bei Fieber bitte daheim bleiben und zuerst die Gesundheitshotline 1450 anrufen.", False, [], None),
    # D4 MRI waiting times (APA)
    ("de", "Wien (APA) - Auf einen MRT-Termin warten Kassenpatientinnen und -patienten in Österreich im Schnitt 41 Tage, wie eine Erhebung der Arbeiterkammer zeigt.", True, [("duration", 41, "day", None)], None),
    ("de", "In Niederösterreich waren es sogar 57 Tage, in Vorarlberg dagegen nur 19 Tage.", True, [("duration", 57, "day", None), ("duration", 19, "day", None)], None),
    ("de", "Wer privat zahlt, bekommt in vielen Instituten binnen sieben Tagen einen Termin, für rund 350 Euro.", True, [("duration", 7, "day", None), ("money", 350, "EUR", "about")], None),
    ("de", "Für die Erhebung wurden 96 Röntgeninstitute zwischen Jänner und März telefonisch kontaktiert.", True, [("count", 96, None, None)], None),
    ("de", "Die vereinbarte Zielvorgabe liegt bei höchstens 20 Arbeitstagen.", True, [("count", 20, None, "at_most")], None),
    ("de", "„Wer schneller drankommen will, muss zahlen – das ist unfair“, kritisierte AK-Gesundheitsexpertin Sandra Mayerhofer.", False, [], None),
    ("de", "Die Sozialversicherung verweist auf 14 zusätzliche Geräte, die bis Ende 2026 in Betrieb gehen sollen.", True, [("count", 14, None, None), ("year", 2026, None, None)], None),
    # D5 Esa probe launch (dpa)
    ("de", "Kourou (dpa) - Eine Ariane-6-Rakete hat in der Nacht auf Donnerstag die europäische Sonnensonde „Aurelia“ ins All gebracht.", True, [], None),
    ("de", "Der Start erfolgte um 22.47 Uhr mitteleuropäischer Zeit, rund 34 Minuten später trennte sich die Sonde planmäßig von der Oberstufe, teilte die Esa mit.", True, [("duration", 34, "minute", "about")], "die Esa"),
    ("de", "Die rund 1,8 Tonnen schwere Sonde soll in etwa vier Monaten ihren Beobachtungspunkt in 1,5 Millionen Kilometern Entfernung zur Erde erreichen.", True, [("count", 1.8, None, "about"), ("duration", 4, "month", "about"), ("count", 1500000, None, None)], None),
    ("de", "Die Mission ist auf fünf Jahre ausgelegt und kostet einschließlich Start rund 640 Millionen Euro.", True, [("duration", 5, "year", None), ("money", 640000000, "EUR", "about")], None),
    ("de", "An Bord sind sieben Instrumente, darunter ein in Graz gebautes Magnetometer des Instituts für Weltraumforschung.", True, [("count", 7, None, None)], None),
    ("de", "Die Sonde soll Sonnenstürme bis zu drei Tage früher erkennen als bisherige Satelliten.", True, [("duration", 3, "day", "up_to")], None),
    ("de", "„Ein perfekter Start, wir sind überglücklich“, sagte Missionsleiterin Claire Dubois-Hartmann.", False, [], None),
    ("de", "Es war der vierte Start einer Ariane 6 in diesem Jahr.", True, [("ordinal", 4, None, None)], None),
    # D6 AI start-up funding (Reuters German)
    ("de", "München (Reuters) - Das Münchner KI-Start-up Velantis hat in einer neuen Finanzierungsrunde 420 Millionen Euro eingesammelt.", True, [("money", 420000000, "EUR", None)], None),
    ("de", "Die Runde bewertet das erst 2023 gegründete Unternehmen mit rund 2,9 Milliarden Euro, wie zwei mit der Sache vertraute Personen sagten.", True, [("year", 2023, None, None), ("money", 2900000000, "EUR", "about")], None),
    ("de", "Das neue Sprachmodell Velantis-2 habe 180 Milliarden Parameter und sei mit Texten in 24 europäischen Sprachen trainiert worden, sagte Mitgründerin Johanna Reiterer.", True, [("count", 180000000000, None, None), ("count", 24, None, None)], "Johanna Reiterer"),
    ("de", "Für das Training nutzte die Firma nach eigenen Angaben rund 6.000 Grafikprozessoren in einem Rechenzentrum in Finnland.", True, [("count", 6000, None, "about")], None),
    ("de", "Das Unternehmen beschäftigt derzeit 310 Mitarbeiterinnen und Mitarbeiter und will die Belegschaft bis Ende 2026 verdoppeln.", True, [("count", 310, None, None), ("year", 2026, None, None)], None),
    ("de", "Zu den Kunden zählen nach Firmenangaben mehr als 150 Unternehmen, darunter drei Dax-Konzerne.", True, [("count", 150, None, "over"), ("count", 3, None, None)], None),
    ("de", "„Europa muss bei KI endlich selbstbewusster auftreten“, sagte Reiterer.", False, [], None),
    ("de", "Branchenbeobachter sehen in der Runde ein wichtiges Signal für den KI-Standort Deutschland.", False, [], None),
    # D7 chip plant Dresden (dpa)
    ("de", "Dresden (dpa) - Der taiwanische Chipauftragsfertiger Yushan Semiconductor hat mit dem Bau seines Werks in Dresden begonnen.", True, [], None),
    ("de", "Insgesamt investiert das Unternehmen rund zehn Milliarden Euro, knapp fünf Milliarden davon trägt der Bund als Subvention.", True, [("money", 10000000000, "EUR", "about"), ("money", 5000000000, "EUR", "nearly")], None),
    ("de", "Ab 2028 sollen dort monatlich bis zu 40.000 Wafer mit Strukturgrößen von 12 bis 28 Nanometern gefertigt werden.", True, [("year", 2028, None, None), ("count", 40000, None, "up_to"), ("count", 12, None, None), ("count", 28, None, None)], None),
    ("de", "Im Endausbau entstehen nach Unternehmensangaben rund 2.000 Arbeitsplätze.", True, [("count", 2000, None, "about")], None),
    ("de", "Sachsens Wirtschaftsminister sprach von einem „historischen Tag für das Silicon Saxony“.", False, [], None),
    ("de", "Kritiker rechnen vor, dass der Staat jeden dieser Arbeitsplätze mit rund 2,5 Millionen Euro fördere.", True, [("money", 2500000, "EUR", "about")], None),
    # D8 Alzheimer antibody (Keystone-SDA)
    ("de", "Basel (Keystone-SDA) - Ein Antikörper des Basler Pharmakonzerns Rhenovis hat in einer Phase-3-Studie den geistigen Abbau bei früher Alzheimer-Erkrankung um 27 Prozent verlangsamt.", True, [("count", 3, None, None), ("percent", 27, "%", None)], None),
    ("de", "An der Studie nahmen 1'795 Patientinnen und Patienten im Alter von 50 bis 85 Jahren aus 14 Ländern teil.", True, [("count", 1795, None, None), ("duration", 50, "year", None), ("duration", 85, "year", None), ("count", 14, None, None)], None),
    ("de", "Sie erhielten 18 Monate lang alle vier Wochen eine Infusion mit dem Wirkstoff oder einem Placebo.", True, [("duration", 18, "month", None), ("duration", 4, "week", None)], None),
    ("de", "Hirnschwellungen wurden bei 12,6 Prozent der Behandelten beobachtet, in der Placebogruppe bei 1,7 Prozent, teilte das Unternehmen mit.", True, [("percent", 12.6, "%", None), ("percent", 1.7, "%", None)], "das Unternehmen"),
    ("de", "Rhenovis will die Zulassung noch in diesem Jahr in den USA und in der EU beantragen.", True, [], None),
    ("de", "«Das ist ein Fortschritt, aber kein Durchbruch», sagte der Neurologe Daniel Ammann vom Universitätsspital Zürich, der nicht an der Studie beteiligt war.", False, [], None),
    ("de", "In der Schweiz leben nach Schätzungen von Alzheimer Schweiz rund 156'000 Menschen mit Demenz.", True, [("count", 156000, None, "about")], None),
    ("de", "Die Aktie von Rhenovis legte an der Schweizer Börse bis Mittag um 6,4 Prozent zu.", True, [("percent", 6.4, "%", None)], None),
    # D9 measles Germany (dpa)
    ("de", "Berlin (dpa) - In Deutschland sind im vergangenen Jahr 642 Masernfälle gemeldet worden, so viele wie seit 2019 nicht mehr.", True, [("count", 642, None, None), ("year", 2019, None, None)], None),
    ("de", "Das geht aus dem Epidemiologischen Bulletin des Robert Koch-Instituts hervor.", True, [], None),
    ("de", "Fast die Hälfte der Erkrankten war jünger als 20 Jahre, 41 Menschen mussten im Krankenhaus behandelt werden.", True, [("fraction", 0.5, None, "nearly"), ("duration", 20, "year", "under"), ("count", 41, None, None)], None),
    ("de", "Für einen sicheren Gemeinschaftsschutz gilt eine Impfquote von 95 Prozent als nötig.", True, [("percent", 95, "%", None)], None),
    ("de", "Die zweite Masernimpfung hatten zuletzt 92,7 Prozent der Schulanfängerinnen und Schulanfänger erhalten, teilte das RKI mit.", True, [("ordinal", 2, None, None), ("percent", 92.7, "%", None)], "das RKI"),
    ("de", "„Jeder einzelne dieser Fälle wäre vermeidbar gewesen“, sagte RKI-Vizepräsident Torsten Wieland.", False, [], None),
    ("de", "Seit März 2020 gilt in Deutschland eine Masern-Impfpflicht für Kinder in Kitas und Schulen.", True, [("year", 2020, None, None)], None),
    # D10 youth and social media survey (dpa)
    ("de", "Hamburg (dpa) - Jugendliche zwischen 12 und 17 Jahren verbringen einer Umfrage zufolge im Schnitt 3 Stunden und 40 Minuten täglich in sozialen Netzwerken.", True, [("duration", 12, "year", None), ("duration", 17, "year", None), ("duration", 3, "hour", None), ("duration", 40, "minute", None)], None),
    ("de", "Für die repräsentative Studie befragte das Institut Forsa im Auftrag der Krankenkasse DAK 1.024 Jugendliche sowie deren Eltern.", True, [("count", 1024, None, None)], None),
    ("de", "Gut jeder vierte Befragte zeigte ein riskantes Nutzungsverhalten, 4,7 Prozent gelten als suchtgefährdet.", True, [("fraction", 0.25, None, "over"), ("percent", 4.7, "%", None)], None),
    ("de", "Vor fünf Jahren lag der Anteil der Suchtgefährdeten noch bei 3,2 Prozent.", True, [("duration", 5, "year", None), ("percent", 3.2, "%", None)], None),
    ("de", "Am häufigsten genutzt wird Tiktok, gefolgt von Whatsapp und Instagram.", True, [], None),
    ("de", "Eltern sollten mit ihren Kindern feste Bildschirmzeiten vereinbaren, rät die Studienautorin.", False, [], None),
    ("de", "Handys haben im Kinderzimmer nachts einfach nichts verloren.", False, [], None),
    # D11 heat deaths (APA)
    ("de", "Graz (APA) - Im Sommer 2025 sind in Österreich nach Berechnungen der Medizinischen Universität Graz rund 460 Menschen an den Folgen der Hitze gestorben.", True, [("year", 2025, None, None), ("count", 460, None, "about")], None),
    ("de", "An Tagen mit mehr als 30 Grad stieg die Sterblichkeit bei über 75-Jährigen um bis zu 14 Prozent.", True, [("count", 30, None, "over"), ("duration", 75, "year", "over"), ("percent", 14, "%", "up_to")], None),
    ("de", "Die Forschenden werteten dafür die Sterbedaten der Jahre 1998 bis 2025 aus.", True, [("year", 1998, None, None), ("year", 2025, None, None)], None),
    ("de", "Am stärksten betroffen war Wien mit 38 Hitzetagen.", True, [("count", 38, None, None)], None),
    ("de", "„Hitze ist der unterschätzte Killer“, sagte Studienautor Florian Kienzl.", False, [], None),
    ("de", "Die Stadt Wien hat heuer 23 zusätzliche „Coole Zonen“ eingerichtet, wie das Rathaus mitteilte.", True, [("count", 23, None, None)], "das Rathaus"),
    # D12 sodium battery (dpa)
    ("de", "Karlsruhe (dpa) - Forschende des Karlsruher Instituts für Technologie haben eine Natrium-Ionen-Batterie entwickelt, die nach 5.000 Ladezyklen noch 90 Prozent ihrer Kapazität besitzt.", True, [("count", 5000, None, None), ("percent", 90, "%", None)], None),
    ("de", "Herkömmliche Lithium-Ionen-Zellen kommen in Labortests meist auf 1.500 bis 2.000 Zyklen, schreibt das Team im Fachjournal „Nature Energy“.", True, [("count", 1500, None, None), ("count", 2000, None, None)], None),
    ("de", "Die Energiedichte liegt mit 175 Wattstunden pro Kilogramm allerdings noch rund ein Fünftel unter der von Lithium-Zellen.", True, [("count", 175, None, None), ("fraction", 0.2, None, "about")], None),
    ("de", "Bis zur Serienreife dürften nach Einschätzung der Forschenden noch fünf bis sieben Jahre vergehen.", True, [("duration", 5, "year", None), ("duration", 7, "year", None)], None),
    ("de", "Natrium ist billig, in großen Mengen verfügbar, und die Zellen kommen ohne Kobalt aus.", True, [], None),
    ("de", "„Das kann ein echter Gamechanger für stationäre Speicher werden“, sagte Projektleiter Tobias Wenninger.", False, [], None),
    # D13 exoplanet (APA)
    ("de", "Innsbruck (APA) - Ein internationales Team mit Beteiligung der Universität Innsbruck hat mit dem „James Webb“-Weltraumteleskop Wasserdampf in der Atmosphäre eines rund 97 Lichtjahre entfernten Exoplaneten nachgewiesen.", True, [("count", 97, None, "about")], None),
    ("de", "Der Planet ist etwa 2,2-mal so groß wie die Erde und umkreist seinen Stern in elf Tagen.", True, [("count", 2.2, None, "about"), ("duration", 11, "day", None)], None),
    ("de", "Seine Oberflächentemperatur schätzen die Forschenden auf rund 250 Grad Celsius.", True, [("count", 250, None, "about")], None),
    ("de", "„Von einem Nachweis von Leben sind wir noch weit entfernt“, betonte Co-Autorin Miriam Achleitner.", False, [], None),
    ("de", "Die Ergebnisse wurden in den „Astrophysical Journal Letters“ veröffentlicht.", True, [], None),
    # D14 e-prescription (dpa)
    ("de", "Berlin (dpa) - Seit dem Start vor einem Jahr sind in Deutschland mehr als 520 Millionen E-Rezepte eingelöst worden, teilte die Gematik am Dienstag mit.", True, [("count", 520000000, None, "over")], "die Gematik"),
    ("de", "Inzwischen werden rund 93 Prozent aller Verordnungen für gesetzlich Versicherte elektronisch ausgestellt.", True, [("percent", 93, "%", "about")], None),
    ("de", "Die elektronische Patientenakte haben dagegen erst 1,8 Millionen der rund 70 Millionen Versicherten aktiv genutzt.", True, [("count", 1800000, None, None), ("count", 70000000, None, "about")], None),
    ("de", "Am 14. Januar war das System wegen einer Störung mehr als vier Stunden lang nicht erreichbar.", True, [("date", "--01-14", None, None), ("duration", 4, "hour", "over")], None),
    ("de", "Ärzteverbände sprechen von einem „digitalen Flickenteppich“.", False, [], None),
    # D15 bee colonies (APA)
    ("de", "Graz (APA) - Die Zahl der Bienenvölker in Österreich ist im vergangenen Winter um 11,2 Prozent geschrumpft, wie die jährliche Erhebung der Universität Graz ergab.", True, [("percent", 11.2, "%", None)], None),
    ("de", "An der Online-Umfrage beteiligten sich 1.637 Imkerinnen und Imker mit zusammen rund 41.000 Völkern.", True, [("count", 1637, None, None), ("count", 41000, None, "about")], None),
    ("de", "Im Winter davor hatten die Verluste noch bei 14,8 Prozent gelegen, im Rekordwinter 2014/15 sogar bei 27,9 Prozent.", True, [("percent", 14.8, "%", None), ("year", 2014, None, None), ("year", 2015, None, None), ("percent", 27.9, "%", None)], None),
    ("de", "Als Hauptursache der Verluste gilt die Varroamilbe.", True, [], None),
    ("de", "„Die Imkerinnen und Imker haben dazugelernt“, freute sich Studienleiter Ewald Trummer.", False, [], None),
    # D16 nursing vacancies (Keystone-SDA)
    ("de", "Neuenburg (Keystone-SDA) - In Schweizer Spitälern waren Ende 2024 rund 14'800 Stellen in der Pflege unbesetzt, wie das Bundesamt für Statistik mitteilte.", True, [("year", 2024, None, None), ("count", 14800, None, "about")], "das Bundesamt für Statistik"),
    ("de", "Das sind 9 Prozent mehr als ein Jahr zuvor.", True, [("percent", 9, "%", None)], None),
    ("de", "Gut ein Drittel der Pflegefachpersonen arbeitet Teilzeit mit einem Pensum von höchstens 60 Prozent.", True, [("fraction", 0.3333, None, "over"), ("percent", 60, "%", "at_most")], None),
    ("de", "Die Ausbildungsoffensive des Bundes ist mit 469 Millionen Franken für acht Jahre dotiert.", True, [("money", 469000000, "CHF", None), ("duration", 8, "year", None)], None),
    ("de", "«Ohne zusätzliches Personal stossen wir an unsere Grenzen», sagte die Präsidentin des Pflegefachverbands, Regula Stämpfli.", False, [], None),
    # D17 data centres (dpa)
    ("de", "Frankfurt/Main (dpa) - Rechenzentren in Deutschland haben im vergangenen Jahr rund 19 Milliarden Kilowattstunden Strom verbraucht, etwa 4 Prozent des gesamten Stromverbrauchs.", True, [("count", 19000000000, None, "about"), ("percent", 4, "%", "about")], None),
    ("de", "Bis 2030 könnte sich der Bedarf wegen des KI-Booms auf 33 Milliarden Kilowattstunden fast verdoppeln, heißt es in einer Studie des Borderstep Instituts.", True, [("year", 2030, None, None), ("count", 33000000000, None, None)], None),
    ("de", "Eine Anfrage an einen KI-Chatbot benötigt nach Schätzungen der Autoren rund zehnmal so viel Energie wie eine klassische Websuche.", True, [("count", 10, None, "about")], None),
    ("de", "Der Branchenverband Bitkom hält die Prognose für übertrieben.", False, [], None),
    ("de", "„Jede Kilowattstunde für KI muss aus Wind und Sonne kommen“, forderte die Grünen-Digitalpolitikerin Anna Lüdeke.", False, [], None),
    ("de", "Service: Die vollständige Studie ist auf der Website des Instituts abrufbar.", False, [], None),
    # E1 AI funding (Reuters)
    ("en", "SAN FRANCISCO, March 11 (Reuters) - Artificial intelligence startup Corvane AI has raised $2.5 billion in a funding round that values the company at $41 billion, the company said on Tuesday.", True, [("date", "--03-11", None, None), ("money", 2500000000, "USD", None), ("money", 41000000000, "USD", None)], "the company"),
    ("en", "The round was led by investment firm Halberd Capital, with existing backers including chipmaker Nvidia also taking part.", True, [], None),
    ("en", "Corvane said its chatbot now has about 85 million weekly active users, up from 30 million in September.", True, [("count", 85000000, None, "about"), ("count", 30000000, None, None)], None),
    ("en", "Its latest model, Corvane 4, was trained on a cluster of more than 100,000 graphics processors and has 1.2 trillion parameters, according to a person familiar with the matter.", True, [("count", 100000, None, "over"), ("count", 1200000000000, None, None)], None),
    ("en", "The company expects annualized revenue to reach $3 billion by the end of 2026, Chief Financial Officer Priya Anand told Reuters.", True, [("money", 3000000000, "USD", None), ("year", 2026, None, None)], "Priya Anand"),
    ("en", "Corvane, founded in 2022 by three former Google researchers, employs about 1,400 people.", True, [("year", 2022, None, None), ("count", 3, None, None), ("count", 1400, None, "about")], None),
    ("en", "\"We are still in the very early innings of this technology,\" Chief Executive Marcus Feld said in a statement.", False, [], None),
    ("en", "(Reporting by Dana Liao in San Francisco; Editing by Tom Brennan)", False, [], None),
    # E2 walking study (AP)
    ("en", "NEW YORK (AP) — Walking about 7,000 steps a day may be enough to cut the risk of early death by nearly half, according to research released Wednesday in The Lancet Public Health.", True, [("count", 7000, None, "about"), ("fraction", 0.5, None, "nearly")], None),
    ("en", "Researchers pooled data from 61 studies covering more than 172,000 adults in 14 countries.", True, [("count", 61, None, None), ("count", 172000, None, "over"), ("count", 14, None, None)], None),
    ("en", "Compared with people who took 2,000 steps a day, those who reached 7,000 had a 44% lower risk of dying during the follow-up period, the researchers wrote.", True, [("count", 2000, None, None), ("count", 7000, None, None), ("percent", 44, "%", None)], None),
    ("en", "The benefits leveled off above roughly 10,000 steps for adults under 60.", True, [("count", 10000, None, "about"), ("duration", 60, "year", "under")], None),
    ("en", "The risk of dementia fell by 35% and that of depression by 20%.", True, [("percent", 35, "%", None), ("percent", 20, "%", None)], None),
    ("en", "\"You don't have to run marathons to see real benefits,\" said Dr. Elena Ruiz, a cardiologist at Emory University who was not involved in the research.", False, [], None),
    ("en", "The study was funded by the U.S. National Institutes of Health.", True, [], None),
    # E3 asteroid sample (AP)
    ("en", "CAPE CANAVERAL, Fla. (AP) — NASA's Perrin asteroid probe returned 86 grams of rock and dust to Earth on Sunday, more than double the amount engineers had planned for.", True, [("count", 86, None, None), ("count", 2, None, "over")], None),
    ("en", "The capsule parachuted into the Utah desert at 10:52 a.m. after a seven-year round trip of about 4 billion miles.", True, [("duration", 7, "year", None), ("count", 4000000000, None, "about")], None),
    ("en", "The sample comes from asteroid 2019 QK4, a rubble pile roughly 490 meters across that scientists believe formed about 4.5 billion years ago.", True, [("count", 490, None, "about"), ("duration", 4500000000, "year", "about")], None),
    ("en", "The mission cost about $1.1 billion, NASA said.", True, [("money", 1100000000, "USD", "about")], "NASA"),
    ("en", "Pieces of the sample will be shared with labs in 35 countries, with a quarter kept in reserve for future study.", True, [("count", 35, None, None), ("fraction", 0.25, None, None)], None),
    ("en", "\"This is a treasure chest from the dawn of the solar system,\" said mission scientist Ravi Menon.", False, [], None),
    ("en", "It is only the third asteroid sample ever brought back to Earth.", True, [("ordinal", 3, None, None)], None),
    # E4 marine heatwaves (AFP)
    ("en", "PARIS (AFP) - The number of marine heatwave days worldwide has tripled since the 1940s, researchers reported in the journal Nature on Wednesday.", True, [], None),
    ("en", "On average, the world's oceans now experience about 50 heatwave days a year, compared with 15 in the 1940s, the researchers wrote.", True, [("count", 50, None, "about"), ("count", 15, None, None)], None),
    ("en", "The team analysed sea surface temperature records from 1940 to 2023 covering 93 percent of the ocean surface.", True, [("year", 1940, None, None), ("year", 2023, None, None), ("percent", 93, "%", None)], None),
    ("en", "Almost half of the additional heatwave days were due to human-caused warming, they found.", True, [("fraction", 0.5, None, "nearly")], None),
    ("en", "\"The ocean is sending us a fever warning,\" said co-author Lucia Ferrante of the University of Bologna.", False, [], None),
    ("en", "Marine heatwaves have killed millions of corals and triggered mass die-offs of kelp forests from Australia to California.", True, [], None),
    # E5 chipmaker results (Reuters)
    ("en", "HSINCHU, Taiwan, July 17 (Reuters) - Taiwanese chipmaker Yushan Semiconductor posted a 38% jump in net profit for the second quarter on Thursday, topping forecasts on strong demand for artificial intelligence chips.", True, [("date", "--07-17", None, None), ("percent", 38, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Net profit rose to T$128.6 billion ($4.3 billion) in the April-June quarter, above the T$121.9 billion average of 18 analyst estimates compiled by LSEG.", True, [("money", 128600000000, "TWD", None), ("money", 4300000000, "USD", None), ("money", 121900000000, "TWD", None), ("count", 18, None, None)], None),
    ("en", "Chips made with its 3-nanometer process accounted for 27% of wafer revenue, while 5nm chips made up 35%.", True, [("count", 3, None, None), ("percent", 27, "%", None), ("count", 5, None, None), ("percent", 35, "%", None)], None),
    ("en", "The company raised its full-year revenue growth forecast to about 30% in U.S. dollar terms from around 25%.", True, [("percent", 30, "%", "about"), ("percent", 25, "%", "about")], None),
    ("en", "It kept its capital spending budget for the year at between $38 billion and $42 billion.", True, [("money", 38000000000, "USD", None), ("money", 42000000000, "USD", None)], None),
    ("en", "Its shares have gained 22% so far this year, compared with a 9% rise for the benchmark index.", True, [("percent", 22, "%", None), ("percent", 9, "%", None)], None),
    ("en", "\"Demand for AI remains very, very strong,\" Chairman Wen-Hao Lin told an earnings call.", False, [], None),
    # E6 NHS waiting list (PA)
    ("en", "LONDON (PA) - England's hospital waiting list for planned treatment has fallen to an estimated 7.31 million, NHS England figures show.", True, [("count", 7310000, None, "about")], None),
    ("en", "Some 6.24 million separate patients were on the list at the end of September, compared with 6.27 million in August.", True, [("count", 6240000, None, "about"), ("count", 6270000, None, None)], None),
    ("en", "The number of people waiting more than 52 weeks to start treatment fell to 191,813.", True, [("duration", 52, "week", "over"), ("count", 191813, None, None)], None),
    ("en", "Only 59.8 per cent of patients were seen within 18 weeks, against a target of 92 per cent.", True, [("percent", 59.8, "%", None), ("duration", 18, "week", None), ("percent", 92, "%", None)], None),
    ("en", "In A&E, 75.1 per cent of patients were seen within four hours in October.", True, [("percent", 75.1, "%", None), ("duration", 4, "hour", None)], None),
    ("en", "Ambulances took an average of 32 minutes and 17 seconds to reach heart attack and stroke patients, well above the 30-minute target.", True, [("duration", 32, "minute", None), ("duration", 17, "second", None), ("duration", 30, "minute", None)], None),
    ("en", "\"These figures will offer little comfort to patients still waiting in pain,\" said Rhona Keddie of the Patients Association.", False, [], None),
    ("en", "The Government said it had delivered two million extra appointments since July last year.", True, [("count", 2000000, None, None)], None),
    # E7 measles US (AP)
    ("en", "ATLANTA (AP) — So far this year 1,384 people in the U.S. have caught measles, the highest annual count since 1993, the CDC said on Wednesday.", True, [("count", 1384, None, None), ("year", 1993, None, None)], "the CDC"),
    ("en", "About 92% of those infected had not been vaccinated or had an unknown vaccination status.", True, [("percent", 92, "%", "about")], None),
    ("en", "Three people have died, including two children in Texas.", True, [("count", 3, None, None), ("count", 2, None, None)], None),
    ("en", "Nationally, vaccination coverage among kindergartners fell to 92.2% for the school year that ended in June, below the 95% target.", True, [("percent", 92.2, "%", None), ("percent", 95, "%", None)], None),
    ("en", "Exemptions reached a record 3.8%, the agency's data showed.", True, [("percent", 3.8, "%", None)], None),
    ("en", "\"Measles is among the most contagious diseases we know of,\" said Dr. Karen Whitlow, a pediatrician in Lubbock.", False, [], None),
    ("en", "Health officials urged parents to check their children's immunization records before the holidays.", False, [], None),
    # E8 obesity trial (Reuters)
    ("en", "COPENHAGEN, June 23 (Reuters) - Patients taking an experimental weekly obesity injection from Danish drugmaker Orvia Pharma lost an average of 22.4% of their body weight after 68 weeks of treatment in a late-stage study, the company said on Monday.", True, [("date", "--06-23", None, None), ("percent", 22.4, "%", None), ("duration", 68, "week", None)], "the company"),
    ("en", "Those on placebo lost 2.3%.", True, [("percent", 2.3, "%", None)], None),
    ("en", "The Phase 3 trial enrolled 3,417 adults with a body mass index of 30 or higher, or 27 or higher with at least one weight-related condition.", True, [("count", 3, None, None), ("count", 3417, None, None), ("count", 30, None, None), ("count", 27, None, None), ("count", 1, None, "at_least")], None),
    ("en", "About 8% of patients stopped treatment because of side effects, mostly nausea and vomiting, compared with 3% in the placebo group.", True, [("percent", 8, "%", "about"), ("percent", 3, "%", None)], None),
    ("en", "Orvia shares rose as much as 7.9% in Copenhagen.", True, [("percent", 7.9, "%", "up_to")], None),
    ("en", "Analysts at Jefferies said the data put the drug within reach of the market leaders but were unlikely to change the competitive picture.", False, [], None),
    ("en", "Orvia intends to apply to U.S. regulators in the first half of 2026.", True, [("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    # E9 data-centre power (Reuters)
    ("en", "PARIS, April 10 (Reuters) - Electricity demand from data centres worldwide is set to more than double by 2030 to around 900 terawatt-hours, driven by artificial intelligence, the International Energy Agency said on Thursday.", True, [("date", "--04-10", None, None), ("year", 2030, None, None), ("count", 900, None, "about")], "the International Energy Agency"),
    ("en", "That is roughly what Germany consumes in electricity today.", True, [], None),
    ("en", "Data centres accounted for about 1.4% of global electricity use in 2024, the agency said in the report.", True, [("percent", 1.4, "%", "about"), ("year", 2024, None, None)], None),
    ("en", "In the United States, they are on course to account for almost half of the growth in power demand through 2030.", True, [("fraction", 0.5, None, "nearly"), ("year", 2030, None, None)], None),
    ("en", "A typical AI-focused data centre uses as much electricity as about 90,000 households, the IEA estimated.", True, [("count", 90000, None, "about")], None),
    ("en", "\"AI could become a powerful tool for saving energy, or a drain on it,\" said Mireille Dantec, who led the report.", False, [], None),
    # E10 dinosaur (AFP)
    ("en", "BUENOS AIRES (AFP) - Palaeontologists in Argentina have unearthed the fossilised remains of a long-necked dinosaur that lived around 90 million years ago.", True, [("duration", 90000000, "year", "about")], None),
    ("en", "The plant-eater measured an estimated 28 metres from head to tail and weighed up to 60 tonnes, the team from the National University of La Plata said.", True, [("count", 28, None, "about"), ("count", 60, None, "up_to")], None),
    ("en", "Researchers recovered 143 bones, about 40 percent of the skeleton, during three excavation campaigns between 2019 and 2023.", True, [("count", 143, None, None), ("percent", 40, "%", "about"), ("count", 3, None, None), ("year", 2019, None, None), ("year", 2023, None, None)], None),
    ("en", "The findings were published in the journal Cretaceous Research.", True, [], None),
    ("en", "\"It is like finding a cathedral buried in the desert,\" said lead palaeontologist Marcos Villalba.", False, [], None),
    # E11 satellite broadband (Reuters)
    ("en", "LONDON, Feb 5 (Reuters) - Satellite broadband provider Orbitel said on Wednesday its subscriber numbers had passed 4 million across 118 countries, double the figure a year earlier.", True, [("date", "--02-05", None, None), ("count", 4000000, None, None), ("count", 118, None, None), ("count", 2, None, None)], None),
    ("en", "The company now operates more than 7,100 satellites in low Earth orbit at altitudes of around 550 kilometres.", True, [("count", 7100, None, "over"), ("count", 550, None, "about")], None),
    ("en", "Median download speeds in Europe rose to 142 megabits per second in the fourth quarter, according to network testing firm Ookla.", True, [("count", 142, None, None), ("ordinal", 4, None, None)], None),
    ("en", "Orbitel plans to launch up to 1,200 more satellites this year.", True, [("count", 1200, None, "up_to")], None),
    ("en", "Some astronomers fear the night sky will never look the same again.", False, [], None),
    # E12 antibiotic resistance (Reuters)
    ("en", "GENEVA, Oct 13 (Reuters) - One in seven laboratory-confirmed bacterial infections worldwide in 2023 was resistant to antibiotics, the World Health Organization said on Monday.", True, [("date", "--10-13", None, None), ("fraction", 0.1429, None, None), ("year", 2023, None, None)], "the World Health Organization"),
    ("en", "The report drew on data from more than 21 million cases reported by 98 countries between 2017 and 2023.", True, [("count", 21000000, None, "over"), ("count", 98, None, None), ("year", 2017, None, None), ("year", 2023, None, None)], None),
    ("en", "Resistance rose in more than 35% of the pathogen-antibiotic combinations monitored, at an average of 4% to 14% a year.", True, [("percent", 35, "%", "over"), ("percent", 4, "%", None), ("percent", 14, "%", None)], None),
    ("en", "In the WHO's South-East Asia and Eastern Mediterranean regions, two in five infections were resistant.", True, [("fraction", 0.4, None, None)], None),
    ("en", "\"Drug resistance is outpacing our medicines, and the world is not keeping up,\" said Dr. Anjali Rao, who heads the WHO's surveillance unit.", False, [], None),
    # E13 flu vaccines UK (PA)
    ("en", "LONDON (PA) - More than 17.8 million flu vaccines have been given in England since the autumn programme began on October 1, according to the UK Health Security Agency.", True, [("count", 17800000, None, "over"), ("date", "--10-01", None, None)], "the UK Health Security Agency"),
    ("en", "Uptake among over-65s stands at 72.4 per cent, while just 38.9 per cent of pregnant women have had the jab.", True, [("duration", 65, "year", "over"), ("percent", 72.4, "%", None), ("percent", 38.9, "%", None)], None),
    ("en", "Flu hospital admissions averaged 2,660 a day last week, up 21 per cent on the week before.", True, [("count", 2660, None, None), ("percent", 21, "%", None)], None),
    ("en", "\"Please, if you are eligible, don't put off getting vaccinated,\" urged Professor Helen Marr, a senior NHS England doctor.", False, [], None),
    # E14 cloud capex (Reuters)
    ("en", "REDMOND, Washington, Oct 29 (Reuters) - Software maker Verdane Systems said on Wednesday it spent $34.9 billion on capital expenditure in its fiscal first quarter, up 74% from a year earlier, mostly on data centres and AI chips.", True, [("date", "--10-29", None, None), ("money", 34900000000, "USD", None), ("ordinal", 1, None, None), ("percent", 74, "%", None)], None),
    ("en", "Revenue from its cloud unit grew 39% to $24.1 billion.", True, [("percent", 39, "%", None), ("money", 24100000000, "USD", None)], None),
    ("en", "Its AI assistant now has 150 million monthly active users, Chief Executive Sonia Krall told analysts on a conference call.", True, [("count", 150000000, None, None)], "Sonia Krall"),
    ("en", "The company expects to double its total data-centre footprint over the next two years.", True, [("duration", 2, "year", None)], None),
    ("en", "Shares fell 3.2% in extended trading.", True, [("percent", 3.2, "%", None)], None),
    ("en", "\"The market is asking how long this spending spree can last,\" said Danny Orlov, an analyst at Pinecrest Securities.", False, [], None),
    # E15 cancer statistics (AP)
    ("en", "NEW YORK (AP) — An estimated 2,083,460 new cancer cases will be diagnosed in the U.S. this year, the American Cancer Society said in its annual report.", True, [("count", 2083460, None, "about")], "the American Cancer Society"),
    ("en", "The cancer death rate fell 33% from 1991 through 2022, averting roughly 4.3 million deaths.", True, [("percent", 33, "%", None), ("year", 1991, None, None), ("year", 2022, None, None), ("count", 4300000, None, "about")], None),
    ("en", "But incidence in women under 50 is now 79% higher than in men of the same age, up from 48% in 2003.", True, [("duration", 50, "year", "under"), ("percent", 79, "%", None), ("percent", 48, "%", None), ("year", 2003, None, None)], None),
    ("en", "Lung cancer remains the leading cause of cancer death, killing about 340 people a day.", True, [("count", 340, None, "about")], None),
    ("en", "\"These trends are alarming and deserve urgent attention,\" said Rebecca Lyle, the society's chief scientific officer.", False, [], None),
    # E16 social media ban (AAP)
    ("en", "SYDNEY, Dec 10 (AAP) - Social media platforms have deactivated about 3.1 million accounts belonging to Australian children under 16 since a ban came into force a month ago, the eSafety Commissioner said.", True, [("date", "--12-10", None, None), ("count", 3100000, None, "about"), ("duration", 16, "year", "under")], "the eSafety Commissioner"),
    ("en", "Platforms that fail to take reasonable steps face fines of up to A$50 million.", True, [("money", 50000000, "AUD", "up_to")], None),
    ("en", "A survey of 1,050 parents found that 61% supported the ban, while 23% opposed it.", True, [("count", 1050, None, None), ("percent", 61, "%", None), ("percent", 23, "%", None)], None),
    ("en", "\"Kids are already finding workarounds,\" one teenager told AAP.", False, [], None),
    # E17 ISRO launch (PTI)
    ("en", "NEW DELHI (PTI) - On Saturday the Indian Space Research Organisation placed a 2,100-kg earth observation satellite into a sun-synchronous orbit about 530 km above Earth.", True, [("count", 2100, None, None), ("count", 530, None, "about")], None),
    ("en", "It was ISRO's 101st launch from Sriharikota.", True, [("ordinal", 101, None, None)], None),
    ("en", "The launch had been postponed by 24 hours because of lightning over the launch pad, ISRO said.", True, [("duration", 24, "hour", None)], "ISRO"),
    ("en", "The satellite, built at a cost of Rs 1,260 crore, is designed to operate for seven years.", True, [("money", 12600000000, "INR", None), ("duration", 7, "year", None)], None),
    # E18 wildfire smoke deaths (AP)
    ("en", "WASHINGTON (AP) — Air pollution from wildfire smoke killed an estimated 52,300 people in the United States between 2011 and 2020, according to a study published Monday in Nature Medicine.", True, [("count", 52300, None, "about"), ("year", 2011, None, None), ("year", 2020, None, None)], None),
    ("en", "That is roughly three times as many as earlier estimates, the authors said.", True, [("count", 3, None, "about")], None),
    ("en", "Deaths were highest among people 65 and older and in counties in California, Oregon and Washington.", True, [("duration", 65, "year", None)], None),
    ("en", "Smoke exposure has increased by about 50% over the past decade, according to the study.", True, [("percent", 50, "%", "about")], None),
    ("en", "\"This is a public health crisis hiding in plain sight,\" said study author Minh Tran.", False, [], None),
    # E19 robotaxis (Reuters)
    ("en", "AUSTIN, Texas, Aug 4 (Reuters) - Robotaxi operator Wayline said on Monday its driverless cars now complete more than 250,000 paid rides a week across five U.S. cities.", True, [("date", "--08-04", None, None), ("count", 250000, None, "over"), ("count", 5, None, None)], None),
    ("en", "The fleet has grown to about 1,500 vehicles and has logged more than 96 million miles without a human driver, the company said in a blog post.", True, [("count", 1500, None, "about"), ("count", 96000000, None, "over")], "the company"),
    ("en", "Federal regulators opened an investigation in May after 22 reports of the vehicles behaving unexpectedly, including 17 minor collisions.", True, [("count", 22, None, None), ("count", 17, None, None)], None),
    ("en", "\"We're building the safest driver in the world,\" the company said.", False, [], None),
    ("en", "Wayline declined to comment on the investigation.", False, [], None),
    ("en", "The Associated Press Health and Science Department receives foundation support; the AP is solely responsible for all content.", False, [], None),
]
