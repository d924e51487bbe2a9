"""Hundred-and-fifty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Torsten
Gehrland, Ulrike Hanselmann, Clemens Aigner, Paul Kimbacher, Silvia Rüttimann, Jana
Dorfmüller, Katharina Wendt, Birgit Holtermann, Elke Strobl-Hauser, Theresa Lindinger,
Veronika Sailer, Andrea Stucki, Franziska Wöhrl; Helen Marlowe, Priya Nandakumar, Gareth
Pellow, Rosa Villalobos, Fiona MacRae, Morag Kinnear, Tamika Rhodes, Dana Whitfield, Anna
Corby, Liam Roderick, Claire Haddad, Lorraine Pratt, Martin Osei, Philippa Dunmore, Ananya
Kulkarni, Karen Ostrowski, Marcel Fournier); ministers, senators, union leaders, agency
heads and office holders of real places appear under made-up names that stand for no real
holder, or by their role only ("eine Sprecherin des Bundeselternrats", "Eine 34-jährige
Grundschullehrerin aus Neukölln", "a Department for Education spokesperson", "A department
spokesperson", "district officials", "Investigators", "Consumer advocates"). Real bodies,
places, tests and programmes ("Kultusministerium", "Sachsen", "Freistaat", "Gewerkschaft
Erziehung und Wissenschaft (GEW)", "Oberschulen", "Bildungsministerium",
"Pflichtschullehrergewerkschaft", "Schulbuchaktion", "Taferlklassler", "Wien",
"Niederösterreich", "Burgenland", "Ministerrat", "Elternverband", "Kanton Zürich",
"Bildungsdirektion", "Pädagogische Hochschule", "Zürcher Lehrerinnen- und Lehrerverband
(ZLV)", "Kantonsrat", "Nordrhein-Westfalen", "Schulministerium", "Landtag",
"Landeselternkonferenz", "IT.NRW", "Senatsbildungsverwaltung", "Tarifgemeinschaft deutscher
Länder", "Neukölln", "IQB-Bildungstrend", "Institut zur Qualitätsentwicklung im
Bildungswesen", "KMK", "Bremen", "Verband Bildung und Erziehung (VBE)", "Universitätenkonferenz
(Uniko)", "Hochschülerinnen- und Hochschülerschaft (ÖH)", "Rechnungshof", "Statistisches
Bundesamt", "Deutsches Studierendenwerk", "Moses Mendelssohn Institut", "München", "Bafög",
"Bayern", "Grüne", "Bayerischer Lehrer- und Lehrerinnenverband (BLLV)", "Bundesamt für
Statistik (BFS)", "Genf", "Schaffhausen", "Dachverband Lehrerinnen und Lehrer Schweiz (LCH)",
"Bertelsmann Stiftung", "Städtetag", "Bundeselternrat", "Pisa", "OECD",
"Startchancen-Programm", "Deutschförderklassen"; "Joint Council for Qualifications", "UCAS",
"Ofqual", "Association of School and College Leaders", "National Education Union",
"Department for Education", "Leicester", "Arizona", "Mesa", "Educational Institute of
Scotland", "EIS", "Scottish Government", "Education Department", "Atlanta", "Sacramento City
Unified School District", "state Capitol", "Universities UK", "National Union of Students",
"Liberal Democrat", "Universities Australia", "Sydney", "Nation's Report Card", "National
Center for Education Statistics", "American Federation of Teachers", "Stanford University",
"Office for Students", "University and College Union", "Midlands", "National Testing
Agency", "Bihar", "Patna", "Alberta Teachers' Association", "Canadian Centre for Policy
Alternatives", "National Foundation for Educational Research", "NASUWT", "PISA",
"Singapore", "Japan", "Scottish Conservatives", "Wales") stand for the way wire copy names
them; every vacancy, score, share, fee, budget, tally, date and quote here is invented, and
where a real figure came to mind it was changed - the exceptions being the 500-point scale
of the Nation's Report Card, the age of PISA's test-takers and the 15% cap on wage
garnishment, written as the tests and the law set them.

Its weight: SCHOOLS, UNIVERSITIES AND EDUCATION POLICY over one autumn term (early August to
early December of 2026) in story order, 29 stories, each told as wire copy runs it (a
dateline lead, the figures, attributed claims, the other side, quotes): teacher shortages,
exam results, PISA-style comparisons, tuition, student numbers, school budgets, teachers'
strikes, ministers' announcements and unions' objections. Half German (APA, dpa with its
regional slugs, Keystone-SDA, AFP German; Austrian "Taferlklassler", "Jänner", "inskribiert",
"Pflichtschulen", "Ministerrat", German "Seiteneinsteiger", "Verbeamtung", "Stundentafel",
"Erstsemester", "Kultusetat", "Doppelhaushalt", Swiss "Lehrpersonen", "Primarschulen",
"Maturitätsquote", "Maturandinnen und Maturanden", "1'180", «» quotes, German „“ quotes):
unfilled posts as Saxony's school year starts, Austria's eastern school start, teachers
without a diploma in Zurich, lessons lost in North Rhine-Westphalia, a warning strike by
Berlin's teachers, Austria's phone ban, the IQB test of ninth-graders, the universities'
budget demand in Vienna, German student numbers, Bavaria's school budget, Swiss
baccalaureate rates and teachers' pay, the all-day school gap and the PISA results for
Germany, Austria and Switzerland. Half English (Reuters, AP, PA): A-level and GCSE results,
teacher vacancies in Arizona, a strike ballot in Scotland, student loan defaults in the
U.S., a teachers' strike in Sacramento, England's tuition fee rise, Australia's cap on
foreign students, the Nation's Report Card, universities' deficits in England, a leaked
entrance exam in India, a strike settled in Alberta, teacher recruitment in England and
the PISA results worldwide and in the UK. Figures as such copy has them: test scores and
their moves in points ("um 19 Punkte auf 474 Punkte", "16 Punkte über dem OECD-Schnitt",
"dropped 4 points to 253 on a 500-point scale", "a record 12-point drop"), grades ("a grade
4 or above", "graded 7 or higher"), grade levels ("Neuntklässler", "Erstklässler", "eighth
graders", "Fourth graders'"), ranks ("auf Platz 27", "12th", "second-placed"), school and
academic years ("Schuljahr 2026/27", "Doppelhaushalt 2027/28", "Wintersemester 2024/25",
"the 2025/26 school year"), shares in words ("jede sechste Stelle", "jede 20.
Unterrichtsstunde", "Jeder siebte", "gut ein Drittel", "Almost two-thirds", "one in four",
"Nearly four in 10"), percentages and percentage points, vacancies, pupils and students,
class sizes, fees, bursaries, budgets and debts in euros, francs, pounds, U.S., Australian
and Canadian dollars and rupees, strike lengths and working hours ("einen zweitägigen
Streik", "a 16-day strike", "a 19-hour bargaining session", "22 hours a week"), ages,
years, dates with and without a year, hedges and bounds. Negatives as such copy has them:
ministers' and senators' quotes of pride, resolve and reassurance, unions', parents' and
students' labels and accusations ("ein Armutszeugnis", „Schönfärberei“, „geschönten
Zahlen“, "another kick in the teeth", "a national embarrassment"), warnings without a
figure, appeals naming no measure, a researcher's alarm, scene colour from a picket line,
vox pops of worry and grievance and open questions.

240 rows (120 German, 120 English), 56 negatives (26 German, 30 English), 184 check-worthy
rows of which 17 carry no figure (8 German, 9 English), 302 expected quantities (107
counts, 53 percentages - 51 in %, 2 in percentage points -, 44 years, 30 amounts of money -
11 EUR, 8 GBP, 6 USD, 2 CHF, 1 AUD, 1 CAD, 1 INR -, 28 durations - 18 in years, 4 in hours,
4 in days, 2 in months -, 16 ordinals, 14 fractions, 10 dates; none of them in a
negative), 39 checked speakers (19 German, 20 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-fifty-first, hundred-fifty-second); a reported statement of fact or figure is
  check-worthy with its speaker. The pairs from one speaker: Aigner's 720,000 pupils at
  4,700 sites ("..., sagte Aigner nach dem Ministerrat." -> "Aigner", hundred-fifty-first)
  beside „Das Schlimmste ist überstanden, ...“; Rüttimann's 97 percent beside «Ein Diplom
  allein macht noch keine gute Lehrperson»; Wendt's legal position (no figure) beside „Ein
  Streik auf dem Rücken der Kinder ...“ ("kein einziges" no figure); Holtermann's 2.1
  billion euros beside the „Weckruf“; Sailer's 2029 beside „Bildung ist die beste
  Investition ...“ (a superlative of quality, hundred-twenty-fourth); Wöhrl's 1.3 billion
  euros beside „Wir dürfen uns an schlechte Nachrichten ... nicht gewöhnen“; Villalobos's
  4,150 certificates beside "Our kids deserve a qualified teacher ..."; MacRae's November 4
  beside "Teachers are exhausted ..."; Whitfield's $112 million beside "They have the money.
  ..."; Fournier's finding on smartphones beside "The pandemic is no longer an excuse";
  Pellow's review from September 2028 beside "These results are a tribute ...". Konjunktiv
  paraphrases of a fact or plan are check-worthy with the speaker their own attribution
  gives (Gehrland, Aigner, Rüttimann, Dorfmüller, Wendt, Holtermann, Strobl-Hauser, Sailer,
  Wöhrl; thirty-ninth, hundred-fifty-first). One side's figure in a dispute is check-worthy
  (sixty-eighth, hundred-second, hundred-fifty-second): the GEW's own tally of strikers
  beside the administration's count, the union's 9,000 teachers working overtime ("hielt
  dagegen"), the Greens' calculation of lessons lost, the union's reserves figure against
  the district's shortfall. New: "The American Federation of Teachers blamed cuts to federal
  tutoring programs, which lost $1.1 billion in funding this year." is check-worthy - blame
  paired with a checkable figure, as the hundred-fifty-first's label paired with a figure -
  and its speaker is left None, "blamed" being no verb of saying any batch settled.
- Check-worthy without a figure (ninety-eighth, hundred-fifty-first, hundred-fifty-second):
  a timetable cut allowed, the source of a statistic ("Das geht aus der landesweiten
  Ausfallstatistik hervor, ..."), a warning strike held, a minister's legal position,
  exemptions from a ban, a similar ban already in force, where foreign students come from,
  a record at universities of applied sciences ("so viele wie nie zuvor", no figure), results
  published, a bill that died, collections resumed, a way out of default, a cap's split
  between universities and colleges, an opposition's promise of deeper cuts, arrests
  ("several people" none), classes to resume and an OECD director's finding.
- Positions, plans and demands with a figure are check-worthy (seventh, eightieth,
  hundred-fifty-first): a union's demand for classes of "höchstens 22 Kinder" "at_most",
  the ZLV's "nach spätestens zwei Jahren", the LCH's "mindestens 3 Prozent" "at_least", the
  EIS's "19.5 hours a week", the Sacramento union's "12% raise over three years", the
  universities' 17.8 billion euros, Strobl-Hauser's "bis zu 1.500 Stellen" "up_to", Bavaria's
  3,200 posts, the 7,200 teachers pledged, the retest "on December 14", the phone ban "ab 1.
  Dezember" and the Landtag's sitting "am 2. Dezember" (sixty-fifth, hundred-forty-eighth).
  Warnings, worries and forecasts without a figure are negatives (forty-seventh,
  hundred-nineteenth, hundred-fifty-first): "Das Deutsche Studierendenwerk warnte, ...", "Die
  ÖH warnte davor, ...", "Der Verband warnt vor ...", "Parents ... said they worried ...",
  "Parents said the strike had left children anxious ...", "We are not predicting a wave of
  closures, but the risks are real".
- Test scores (hundred-thirty-fourth, after the sixteenth and sixty-second: index levels and
  index moves are counts). New: PISA, IQB and NAEP scale scores and their moves in points are counts -
  a scale score is read as an index level is, not as a poll's points, which are percentage
  points because they are differences of shares (twenty-seventh; hundred-fifty-first: "a
  9-point lead" 9 pp): "um 19 Punkte auf 474 Punkte", "mit 31 Punkten ..., mit 7 Punkten",
  "im Mittel 64 Punkte hinter" (New: "im Mittel" no hedge, as "im Schnitt"), "466 Punkte, 11
  Punkte weniger", "bei 468 Punkten", "484 Punkte ... 16 Punkte über dem OECD-Schnitt"
  ("über" after the figure compares, hundred-first and hundred-fifty-first), "um 9 Punkte auf
  471 Punkte", "71 Punkte", "503 Punkte", "dropped 4 points to 253", "rose 2 points", "scored
  566 points ..., 33 points ahead of", "fell 4 points to 468", "a record 12-point drop" 12
  and "on a 500-point scale" 500 (the compound read as the issue's "28-Punkte-Entwurf"),
  "scored 458 ..., but up 2 points", "scored 486", "fell 8 points to 459", "with 452 points".
- Grades (hundred-thirteenth: "mit der Note 2,1" a count, verbal grades none; forty-second:
  "Grade A" none): "a grade 4" count 4, "graded 7 or higher" and "grade 7 or above" count 7;
  "an A or A*" and "grade C or above" carry none. New: "or above" and "or higher" after a
  grade are "at_least" - they bound the figure from below as "mindestens" and "at least" do,
  though they follow it. New: a school grade level is an ordinal - "eighth graders",
  "eighth-grade" and "Fourth graders'" give 8, 8 and 4, and the German compounds
  "Neuntklässler" 9 and "Erstklässler" 1, the number word inside the compound ordering the
  school year as "die drittgrößte Stadt" (the issue) orders a city; "Taferlklassler",
  "Grundschulklassen" and "Grundschuljahrgänge" carry none of their own.
- School and academic years give both years (hundred-thirty-third: "in der Wintersaison
  2025/26"; hundred-thirty-eighth: "for 2026-27"): "des Schuljahres 2026/27", "das Schuljahr
  2026/27", "im Doppelhaushalt 2027/28", "ab dem Schuljahr 2027/28", "seit dem Wintersemester
  2024/25", "in the 2025/26 school year". None: "im vergangenen Schuljahr", "im laufenden
  Schuljahr", "in diesem Schuljahr", "im laufenden Wintersemester", "this academic year",
  "zum Schuljahresbeginn", "zu Schulbeginn im Vorjahr", "im Vorjahr", "vor einem Jahr", "ein
  Jahr zuvor", "im vorigen Winter", "a year earlier", "last year", "this year", "next year",
  "seit Jahresbeginn", "seit Jänner", "im Sommer", "im Frühjahr" (with a year, its year:
  "im Frühjahr 2024"), "für das kommende Jahr", "seit Jahren", "Anfang November", "im März",
  "in April", "in May", "in August", "in September", "between January and March", "in the
  year to June", weekdays ("am Montag", "on Thursday", "Tuesday", "early Sunday") and "a
  decade" (an article, hundred-fifty-second: "a year"). New: "Semester" is no unit of the
  issue's list, so "um mehr als zwei Semester" is count 2 "over", and "pro Semester" after
  money carries none, as "pro Jahr" (hundred-fifty-first).
- Durations and ages (the issue; every batch): "vor fünf Jahren" 5 years (hundred-fifty-first:
  "vor zwei Jahren"), "in the past 12 months", "for six years until 2024", "in six years",
  "in two years", "a 12% raise over three years", "5.5% over two years", "a 10% raise over
  four years" ("over" a preposition, forty-fifth), "16 days of strikes" 16 days
  (hundred-fifty-second: "spent nine days in hospital"), "a 16-day strike", "a 19-hour
  bargaining session" and "the two-hour computer-based test" (the issue's "a two-week
  visit"), "einen zweitägigen Streik" 2 days (the issue's "dreitägige Reise"; "ganztägigen"
  none), "Drei Monate nach" 3 months, "auf zwei Jahre", "at least 270 days behind"
  "at_least", "prison terms of up to 12 years" "up_to", "19.5 hours a week", "22 hours a
  week" ("a week" none, as "a year", hundred-fifty-first). New: "nach spätestens zwei
  Jahren" is 2 years "at_most" - "spätestens" bounds a deadline from above as "höchstens"
  bounds an amount (hundred-thirtieth). Ages are durations in years: "18-year-olds", "die
  15-Jährigen", "Österreichs 15-Jährige", "15-year-olds" (twice), "Eine 34-jährige
  Grundschullehrerin"; "älter als 55 Jahre" "over" (tenth), "unter 45 Jahren" "under"
  (hundred-fifty-second: "eine Strafe unter vier Jahren").
- Counts (every batch): "1'180" (Swiss apostrophe, tenth), "darunter 410" and "davon 1.100",
  "davon 19" ("darunter" and "davon" no hedge, hundred-fifty-first), "um 175 weniger" ("um"
  before a difference no hedge), "etwa 3.800 weniger", "rund 110 weniger", "2.450
  Lehrkräfte mehr" (the comparative after the figure compares, hundred-first), "im Schnitt
  23,6 Kinder" ("im Schnitt" no hedge), "auf höchstens 22 Kinder" "at_most"
  (hundred-thirtieth: "höchstens" "at_most"), "bis zu 1.500 Stellen" and "auf bis zu 410.000
  Plätze" "up_to", "alle vier Grundschuljahrgänge" 4 and "in allen drei Bereichen" 3
  (hundred-fifty-second: "Alle drei" 3), "all three rankings" 3, "in all 50 states", "the
  top two levels" 2 (eighth: "The two largest parties"), "in three states", "an vier
  Universitäten", "einen Zwölf-Punkte-Plan" 12 (hundred-sixteenth), "about 6.1 million
  ... and another 3.4 million" (New: "another" adds and bounds nothing, as "weiteren 450
  Millionen Euro" in the first blind batch), "some 44.1 million people" "about", "rund 2,83
  Millionen Studierende" 2830000 (the issue's "etwa 2,4 Millionen Einwohner"), "knapp
  489.000" "nearly", "more than 650,000 students" "over". None: "Hundreds of teachers",
  "several people", "die meisten", "most of those students", "the only gain", "so viele wie
  nie zuvor", "fast doppelt so viele" (hundred-nineteenth: "doppelt" no figure), "T-levels",
  "A-level", "GCSE", "IT.NRW".
- Ordinals (the issue; every batch): "der neunte Warnstreik" 9 ("bereits" no hedge), "the
  first strike by Sacramento teachers in six years" 1, "The first walkouts" 1, "the first to
  enter a formal restructuring regime" 1 (settled: "for the first time" 1), "the second such
  leak in two years" 2 and 2 years (hundred-fifty-second: "the agency's fourth ... in two
  years"), "the second above-inflation award in a row" 2, "for a second consecutive round" 2
  (hundred-fifty-first: "for a third consecutive year"), ranks "auf Platz 27" 27,
  "second-placed Japan" 2 and "placing the country 12th" 12 (hundred-thirty-third: ranks are
  ordinals). "the most popular", "the worst-hit", "the lowest-scoring", "its lowest", "the
  lowest of any province", "den besten Wert" carry none (forty-first).
- Fractions (the issue; every batch): "jede sechste Stelle" 0.1667, "Jede fünfte Lehrkraft"
  0.2, "gut ein Drittel" 0.3333 "over" (hundred-fifty-first: "gut ein Viertel"), "Fast ein
  Drittel ..., ... knapp ein Viertel" both "nearly", "mehr als ein Fünftel" 0.2 "over", "Rund
  zwei Drittel" 0.6667 "about", "Gut ein Viertel" 0.25 "over", "Fast jeder vierte" 0.25
  "nearly", "Almost two-thirds" 0.6667 "nearly", "one in four" 0.25, "Nearly four in 10" 0.4
  "nearly" (settled: "4 in 10" 0.4). New: "Jeder siebte" is 0.1429, rounded to four places as
  thirds and sixths are; "jede 20. Unterrichtsstunde" is 0.05 - the ordinal written in
  digits gives the share as "jeder vierte" does in words.
- Percentages: percentage points for a gap between two shares and a move of a share
  ("widened to 26.7 percentage points", "down 0.4 percentage points"; hundred-thirtieth);
  everything else in %: "Some 41%" and "Some 62%" "about" (hundred-fifty-first: "Some 61%"),
  "About 38%" "about", "nearly 35%" "nearly", "knapp 7 Prozent", "fast 5 Prozent" and "fast
  40 Prozent" "nearly", "Rund 41 Prozent" and "Rund 61 Prozent" "about", "mindestens 3
  Prozent" "at_least", "up to 15%" "up_to"; "just 57%", "only 31%", "Only 9%" no hedge
  (hundred-fifty-first: "just", "Only"), "fell by 6%", "rise by 3.1%", "fell by 11%" ("by"
  no hedge), "mit 58 Prozent", "um 2,6 Prozent", "um 6,8 Prozent", "89% ... on a turnout of
  61%", "71% of them".
- Money in the currency written (every batch): EUR ("rund 128 Millionen Euro", "rund 2,1
  Milliarden Euro", "17,8 Milliarden Euro", "rund 2,3 Milliarden Euro mehr", "381,40 Euro pro
  Semester" 381.4, "im Schnitt 790 Euro im Monat", "bei 1.015 Euro", "insgesamt 26,4
  Milliarden Euro" - "insgesamt" no hedge -, "7,6 Milliarden Euro", "3,8 Milliarden Euro",
  "1,3 Milliarden Euro"), CHF ("zusätzliche 14 Millionen Franken", "7'350 Franken brutto im
  Monat" - "brutto" and "im Monat" none), GBP ("9,905 pounds a year" - "a year" none -,
  "9,150 pounds", "186 million pounds", "about 410 million pounds a year", "about 48,600
  pounds", "about 1.4 billion pounds", "50 million pounds"), USD ("$46,900, about $5,800
  below the national average" - "below" after the figure compares -, "$38 million", "$112
  million", "$1.1 billion", "about $1.74 trillion"), AUD ("A$47 billion", forty-ninth), INR
  ("up to 500,000 rupees a copy" "up_to"). New: "about C$10,150 per student" is CAD, "C$"
  read as "A$" is (forty-ninth), "per student" none. New: "a 27,000-pound tax-free bursary"
  is 27,000 GBP - money heading a hyphenated compound read as written, as the issue's
  "28-Punkte-Entwurf" keeps its figure.
- Years and dates: "seit 2024", "2021", "seit 2023", "im Frühjahr 2024", "bis 2030",
  "für die Leistungsvereinbarungsperiode 2028 bis 2030" both, "2025", "bis 2029" and "Bis
  2029", "2022", "since 2022", "from September 2028" and "from September 2027" their year
  only (hundred-fifty-first: "per Ende März 2026"), "in 2022 and 2023" both, "until 2024",
  "since 1998", "in 2019", "in 2024", "between 2024 and 2026" both, "since the
  start of 2025", "since 2021", "in 2000", "in 2025"; "ab 1. Dezember" --12-01 ("ab" no
  hedge, hundred-forty-eighth), "am 2. Dezember" --12-02, "on November 4" --11-04, "on
  December 14" --12-14 (dates without a year); Reuters datelines with a day ("WASHINGTON, Sep
  24 (Reuters)", "LONDON, Oct 13 (Reuters)", "SYDNEY, Oct 20 (Reuters)", "NEW DELHI, Nov 12
  (Reuters)", "CALGARY, Alberta, Nov 18 (Reuters)", "PARIS, Dec 8 (Reuters)";
  hundred-fifty-first, hundred-fifty-second); APA, dpa with its slugs ("dpa/sn", "dpa/lnw",
  "dpa/bb", "dpa/lby"), Keystone-SDA, AFP German, AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around", "Some",
  "some", "roughly" "about"; "knapp", "fast", "Fast", "Almost", "nearly", "Nearly" "nearly";
  "gut", "Gut", "mehr als", "älter als", "more than" "over"; "unter" "under"; "bis zu", "up
  to" "up_to"; "mindestens", "at least", "At least", "or above", "or higher" "at_least";
  "höchstens", "spätestens" "at_most". No hedge: "insgesamt", "Insgesamt", "darunter",
  "davon", "weitere", "another", "bereits", "derzeit", "noch", "nur", "just", "only",
  "Only", "im Schnitt", "im Mittel", "average", "ab", "by", "over" before a span, "um"
  before a difference, comparatives after a figure ("weniger", "mehr", "über dem
  OECD-Schnitt", "below the national average", "ahead of").
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("Kultusminister", "Bildungsminister", "Bildungsdirektorin",
  "Schulministerin", "Bildungssenatorin", "KMK-Präsidentin", "Uniko-Präsidentin",
  "Kultusministerin", "Bundesbildungsministerin"; hundred-fifty-first) and the surname as
  written ("sagte Aigner nach dem Ministerrat"); "nach Angaben des Kultusministeriums" ->
  "das Kultusministerium" and "Nach Angaben der GEW" -> "die GEW" (seventieth,
  hundred-fifty-second); "Laut Bildungsministerium" -> "Bildungsministerium" and "Laut LCH"
  -> "LCH" (thirtieth: "laut Polizei" -> "Polizei"); "wie die Bildungsdirektion am Dienstag
  mitteilte", "wie das Statistische Bundesamt am Dienstag mitteilte" and "wie das Bundesamt
  für Statistik (BFS) am Dienstag mitteilte" the source in the nominative, the weekday and
  the abbreviation in brackets dropped (eighty-fifth, ninety-second, hundred-fifty-first);
  "teilte das Kultusministerium am Montag mit" and "teilte IT.NRW mit" (hundred-fifty-second).
  English: "Schools minister Gareth Pellow said", "State schools chief Rosa Villalobos said",
  "EIS general secretary Fiona MacRae said", "Education Secretary Morag Kinnear said", "Union
  president Dana Whitfield said", "Education Minister Liam Roderick said on Tuesday" and "OECD
  education director Marcel Fournier said" the name with the office dropped
  (hundred-fifty-first, hundred-fifty-second); "Ofqual said" and "Universities UK said" as
  written (settled: "YouGov said"), "according to UCAS" -> "UCAS"; "the Educational
  Institute of Scotland said", "the Education Department said on Thursday", "the government
  said on Tuesday", "the National Center for Education Statistics said", "the Office for
  Students said on Thursday", "the National Testing Agency said on Thursday", "the Alberta
  Teachers' Association said" and "according to the Department for Education" with the
  article (eightieth, ninety-eighth); "The regulator said" -> "the regulator" and "The
  district said" -> "the district" (the body named in full before and taken up by its common
  noun, hundred-twenty-third, hundred-fifty-first). Left unchecked (None): "Nach
  GEW-Berechnungen" (hundred-fifty-second: "nach LKA-Angaben"), "laut einer
  Gewerkschaftserhebung", "Laut einer Umfrage des Ministeriums", "laut dem IQB-Bildungstrend",
  "laut einer Studie", "laut der Studie", "wie eine Auswertung ... ergab", "figures from the
  Joint Council for Qualifications showed", "a survey released Wednesday found", "according
  to the report", "official figures show", "according to government figures", "home affairs
  data showed", "Department for Education figures show", "a study by ... found", "according
  to a report by ..." (documents, polls and data, hundred-fifty-first); "rechnete ... vor",
  "rechneten vor", "beziffert", "estimates" (estimating verbs, hundred-tenth); "verweist
  darauf" (hundred-thirty-eighth), "hielt dagegen", "kündigte ... an" (hundred-thirty-first),
  "fordert", "wants", "blamed"; "district officials said", "Investigators said" (plural
  groups, forty-first), "A department spokesperson said" (a role without a name,
  hundred-fifteenth), "Eine 34-jährige Grundschullehrerin aus Neukölln sagte" (a
  description, hundred-fifty-second). New: "Die Senatsbildungsverwaltung zählte 2.900
  Streikende ..." is left unchecked - "zählte" reports a count, not a statement, and no batch
  settled it. All negatives have speaker None, also those with a named speaker.
- Negatives (ninety-eighth to hundred-fifty-second): ministers' and officials' quotes of
  pride, resolve and reassurance ("Every single student collecting results today ...", „Das
  Schlimmste ist überstanden, ...“, „Die Ergebnisse sind ein Weckruf, ...“, „Bildung ist die
  beste Investition, ...“, "Teaching is a brilliant career, ...", "These results are a
  tribute ..."); labels and accusations by unions, parents, students and the opposition
  ("ein Armutszeugnis für den Freistaat", „Schönfärberei des Ministeriums“, „geschönten
  Zahlen“, «Zweiklassengesellschaft im Lehrerzimmer», „viel zu wenig und viel zu spät“, „die
  Quittung für jahrzehntelanges Sparen“, "a troubling story about opportunity",
  "demoralising a generation of young people", "another kick in the teeth for young
  people", "squeezing the people who can least afford it", "a decade of failed market
  reforms", "deeply worrying", "a national embarrassment", "destroying the trust of
  millions", „nicht darstellbar“; hundred-fifty-first: "Die FPÖ sprach von ..."); criticism
  without a checkable fact ("Die Lehrergewerkschaft kritisierte, das Verbot verlagere ...",
  "warf den Ländern vor, ...", "warf dem Bund vor, ...", "warf der Regierung vor, ...";
  eighty-fourth); a welcome with a warning ("begrüßte den Schritt grundsätzlich, warnte aber
  vor „Symbolpolitik“"); union leaders' rhetoric („Wir verwalten den Mangel, ...“, «Wer den
  Beruf attraktiv halten will, muss jetzt handeln», "Teachers are exhausted ...", "They have
  the money. ...", "Nobody wins a strike, ..."); an appeal naming no measure ("She urged the
  union to "come back to the table" ..."; hundred-thirty-eighth); a minister's claim of
  proof as a slogan ("the results proved that "Washington cannot fix American
  classrooms""); a researcher's alarm ("These numbers should alarm every parent in
  America"); scene colour ("Hundreds of teachers in red shirts marched ...", "Viele Eltern
  reagierten mit Verständnis, ..."); vox pops of grievance ("I feel like I am being punished
  ...", "Every honest student has been punished ..."); a school head's and a party spokesperson's verdicts
  ("Behind every grade ...", "Students will be paying more and getting less for it"); a
  parents' body's „leeres Versprechen“; and open questions ("Ob das Verbot die Konzentration
  ... verbessert, ist unter Bildungsforschern umstritten.", "Ob die Kantone ... darauf
  eingehen, ist offen.", "Whether the cap will ease pressure ... is disputed among
  economists.", "It was not clear when talks would resume."; hundred-fifty-first: "The
  governor has not said whether ...").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_156 = [
    # --- Lehrermangel zum Schulstart in Sachsen (dpa/sn) ---
    (
        "de",
        "Dresden (dpa/sn) - Zum Start des Schuljahres 2026/27 sind an Sachsens Schulen nach Angaben des Kultusministeriums 1.340 Lehrerstellen unbesetzt geblieben.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("count", 1340, None, None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Rund 512.000 Schülerinnen und Schüler kehren am Montag in die Klassenzimmer zurück, etwa 3.800 weniger als im Vorjahr.",
        True,
        [("count", 512000, None, "about"), ("count", 3800, None, "about")],
        None,
    ),
    (
        "de",
        "Kultusminister Torsten Gehrland sagte, man habe im Sommer 1.120 neue Lehrkräfte eingestellt, darunter 410 Seiteneinsteiger.",
        True,
        [("count", 1120, None, None), ("count", 410, None, None)],
        "Torsten Gehrland",
    ),
    (
        "de",
        "An Oberschulen im ländlichen Raum ist jede sechste Stelle nicht besetzt.",
        True,
        [("fraction", 0.1667, None, None)],
        None,
    ),
    ("de", "Um den Ausfall aufzufangen, dürfen Oberschulen ihre Stundentafel vorübergehend kürzen.", True, [], None),
    (
        "de",
        "Die Gewerkschaft Erziehung und Wissenschaft (GEW) nannte die Zahlen „ein Armutszeugnis für den Freistaat“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach GEW-Berechnungen fallen derzeit landesweit knapp 7 Prozent des planmäßigen Unterrichts aus.",
        True,
        [("percent", 7, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Wir verwalten den Mangel, statt ihn zu beheben“, sagte GEW-Landeschefin Ulrike Hanselmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landesregierung verweist darauf, dass Sachsen seit 2024 alle neu eingestellten Lehrkräfte unter 45 Jahren verbeamtet.",
        True,
        [("year", 2024, None, None), ("duration", 45, "year", "under")],
        None,
    ),
    # --- A-level results (PA) ---
    (
        "en",
        "LONDON (PA) - The proportion of A-level entries in England awarded an A or A* rose to 27.6% this year, the highest since 2022, figures from the Joint Council for Qualifications showed on Thursday.",
        True,
        [("percent", 27.6, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Across England, Wales and Northern Ireland, 851,300 entries were made, up 1.9% on last year.",
        True,
        [("count", 851300, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "The gap in top grades between independent schools and comprehensives widened to 26.7 percentage points.",
        True,
        [("percent", 26.7, "pp", None)],
        None,
    ),
    (
        "en",
        "Mathematics remained the most popular subject with 98,420 entries, while entries for French fell by 6%.",
        True,
        [("count", 98420, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Some 41% of 18-year-olds in England have now secured a university place, according to UCAS.",
        True,
        [("percent", 41, "%", "about"), ("duration", 18, "year", None)],
        "UCAS",
    ),
    (
        "en",
        '"Every single student collecting results today has earned the right to feel proud," Education Secretary Helen Marlowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ofqual said grading had been held at the same standard as in 2025 and that 99.2% of results had been issued on time.",
        True,
        [("year", 2025, None, None), ("percent", 99.2, "%", None)],
        "Ofqual",
    ),
    (
        "en",
        'The Association of School and College Leaders said the widening gap told "a troubling story about opportunity".',
        False,
        [],
        None,
    ),
    ("en", "Results for T-levels and other vocational qualifications were also published on Thursday.", True, [], None),
    # --- GCSE results (PA) ---
    (
        "en",
        "LONDON (PA) - Almost two-thirds of GCSE entries in England were awarded a grade 4 or above, the standard pass, as results were published on Thursday.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "The share of entries graded 7 or higher, the equivalent of the old A, was 22.6%, down 0.4 percentage points on last year.",
        True,
        [("count", 7, None, "at_least"), ("percent", 22.6, "%", None), ("percent", 0.4, "pp", None)],
        None,
    ),
    (
        "en",
        "About 190,000 students in England will have to resit maths next year, according to the Department for Education.",
        True,
        [("count", 190000, None, "about")],
        "the Department for Education",
    ),
    (
        "en",
        "In Wales, where a new suite of qualifications is being phased in, 62.3% of entries reached grade C or above.",
        True,
        [("percent", 62.3, "%", None)],
        None,
    ),
    (
        "en",
        "Girls continued to outperform boys, with 26.3% of girls' entries reaching grade 7 or above against 19.2% for boys.",
        True,
        [("percent", 26.3, "%", None), ("count", 7, None, "at_least"), ("percent", 19.2, "%", None)],
        None,
    ),
    (
        "en",
        '"Behind every grade there is a story of hard work, and today is a day to celebrate that," said Priya Nandakumar, head of a comprehensive in Leicester.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The National Education Union said the resit policy was "demoralising a generation of young people".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Schools minister Gareth Pellow said the government would review the resit rule as part of its curriculum overhaul, with changes due from September 2028.",
        True,
        [("year", 2028, None, None)],
        "Gareth Pellow",
    ),
    # --- Teacher vacancies in Arizona (AP) ---
    (
        "en",
        "PHOENIX (AP) — Arizona public schools started the year with 2,870 teaching positions unfilled, and nearly 35% of those openings are being covered by long-term substitutes, a survey released Wednesday found.",
        True,
        [("count", 2870, None, None), ("percent", 35, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Of the vacancies, 58% were in elementary schools, according to the report.",
        True,
        [("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "The average starting salary for teachers in the state is $46,900, about $5,800 below the national average.",
        True,
        [("money", 46900, "USD", None), ("money", 5800, "USD", "about")],
        None,
    ),
    (
        "en",
        "State schools chief Rosa Villalobos said the state had issued 4,150 emergency teaching certificates in the past 12 months.",
        True,
        [("count", 4150, None, None), ("duration", 12, "month", None)],
        "Rosa Villalobos",
    ),
    ("en", '"Our kids deserve a qualified teacher in every classroom, full stop," Villalobos said.', False, [], None),
    (
        "en",
        "In some rural districts, one in four classrooms is led by a teacher without full certification.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Parents at a Mesa elementary school said they worried their children were falling behind.",
        False,
        [],
        None,
    ),
    ("en", "A bill to raise base teacher pay died in the state Senate in April.", True, [], None),
    # --- Schulstart in Ostösterreich (APA) ---
    (
        "de",
        "Wien (APA) - Für rund 352.000 Schülerinnen und Schüler in den östlichen Bundesländern Wien, Niederösterreich und Burgenland startet am Montag das Schuljahr 2026/27.",
        True,
        [("count", 352000, None, "about"), ("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Darunter sind etwa 21.400 Taferlklassler.", True, [("count", 21400, None, "about")], None),
    (
        "de",
        "Laut Bildungsministerium sind österreichweit noch 412 Lehrerstellen unbesetzt, um 175 weniger als zu Schulbeginn im Vorjahr.",
        True,
        [("count", 412, None, None), ("count", 175, None, None)],
        "Bildungsministerium",
    ),
    (
        "de",
        "Bildungsminister Clemens Aigner sagte, seit Jänner hätten 2.960 Quereinsteigerinnen und Quereinsteiger eine Stelle an einer Schule angetreten.",
        True,
        [("count", 2960, None, None)],
        "Clemens Aigner",
    ),
    ("de", "„Das Schlimmste ist überstanden, aber wir sind noch nicht über den Berg“, sagte Aigner.", False, [], None),
    (
        "de",
        "Die Pflichtschullehrergewerkschaft hielt dagegen, dass rund 9.000 Lehrkräfte derzeit Überstunden leisten müssten.",
        True,
        [("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Jede fünfte Lehrkraft an Wiener Mittelschulen ist laut einer Gewerkschaftserhebung älter als 55 Jahre.",
        True,
        [("fraction", 0.2, None, None), ("duration", 55, "year", "over")],
        None,
    ),
    ("de", "Gewerkschaftschef Paul Kimbacher sprach von einer „Schönfärberei des Ministeriums“.", False, [], None),
    (
        "de",
        "Die Schulbuchaktion kostet den Bund in diesem Schuljahr rund 128 Millionen Euro.",
        True,
        [("money", 128000000, "EUR", "about")],
        None,
    ),
    # --- Lehrpersonen ohne Diplom in Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Im Kanton Zürich unterrichten zum Schuljahresbeginn 1'180 Personen ohne anerkanntes Lehrdiplom, wie die Bildungsdirektion am Dienstag mitteilte.",
        True,
        [("count", 1180, None, None)],
        "die Bildungsdirektion",
    ),
    (
        "de",
        "Das sind rund 110 weniger als vor einem Jahr, aber noch immer fast doppelt so viele wie 2021.",
        True,
        [("count", 110, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten von ihnen sind an Primarschulen tätig, gut ein Drittel studiert nebenher an der Pädagogischen Hochschule.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Silvia Rüttimann sagte, 97 Prozent aller Stellen seien rechtzeitig besetzt worden.",
        True,
        [("percent", 97, "%", None)],
        "Silvia Rüttimann",
    ),
    ("de", "«Ein Diplom allein macht noch keine gute Lehrperson», sagte Rüttimann.", False, [], None),
    (
        "de",
        "Der Zürcher Lehrerinnen- und Lehrerverband (ZLV) fordert, dass Personen ohne Diplom nach spätestens zwei Jahren eine Ausbildung beginnen müssen.",
        True,
        [("duration", 2, "year", "at_most")],
        None,
    ),
    ("de", "Der Verband warnt vor einer «Zweiklassengesellschaft im Lehrerzimmer».", False, [], None),
    (
        "de",
        "Der Kantonsrat hatte im Frühjahr zusätzliche 14 Millionen Franken für die Nachqualifikation bewilligt.",
        True,
        [("money", 14000000, "CHF", None)],
        None,
    ),
    # --- Unterrichtsausfall in NRW (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - An den Schulen in Nordrhein-Westfalen ist im vergangenen Schuljahr jede 20. Unterrichtsstunde ersatzlos ausgefallen.",
        True,
        [("fraction", 0.05, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der landesweiten Ausfallstatistik hervor, die das Schulministerium am Donnerstag dem Landtag vorlegte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt fielen demnach 4,9 Prozent des Unterrichts aus, weitere 6,3 Prozent wurden vertreten.",
        True,
        [("percent", 4.9, "%", None), ("percent", 6.3, "%", None)],
        None,
    ),
    (
        "de",
        "An Gymnasien lag die Ausfallquote bei 3,8 Prozent, an Hauptschulen bei 7,2 Prozent.",
        True,
        [("percent", 3.8, "%", None), ("percent", 7.2, "%", None)],
        None,
    ),
    (
        "de",
        "Schulministerin Jana Dorfmüller sagte, im laufenden Schuljahr arbeiteten 2.450 Lehrkräfte mehr an den Schulen als ein Jahr zuvor.",
        True,
        [("count", 2450, None, None)],
        "Jana Dorfmüller",
    ),
    ("de", "Die Landeselternkonferenz sprach von „geschönten Zahlen“.", False, [], None),
    (
        "de",
        "Rund 41 Prozent der Lehrkräfte in Nordrhein-Westfalen arbeiten in Teilzeit, teilte IT.NRW mit.",
        True,
        [("percent", 41, "%", "about")],
        "IT.NRW",
    ),
    # --- Scottish teachers back strikes (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Teachers in Scotland have voted for strike action over workload, with 89% of those voting backing walkouts on a turnout of 61%, the Educational Institute of Scotland said.",
        True,
        [("percent", 89, "%", None), ("percent", 61, "%", None)],
        "the Educational Institute of Scotland",
    ),
    (
        "en",
        "The union, which represents around 53,000 teachers and lecturers, wants class contact time cut to 19.5 hours a week, as promised in 2021.",
        True,
        [("count", 53000, None, "about"), ("duration", 19.5, "hour", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Teachers currently spend 22 hours a week in front of classes.",
        True,
        [("duration", 22, "hour", None)],
        None,
    ),
    (
        "en",
        "The first walkouts would take place on November 4 if no improved offer was made, EIS general secretary Fiona MacRae said.",
        True,
        [("ordinal", 1, None, None), ("date", "--11-04", None, None)],
        "Fiona MacRae",
    ),
    ("en", '"Teachers are exhausted and they have run out of patience," MacRae said.', False, [], None),
    (
        "en",
        "Education Secretary Morag Kinnear said the Scottish Government had put 186 million pounds into teacher numbers this year.",
        True,
        [("money", 186000000, "GBP", None)],
        "Morag Kinnear",
    ),
    ("en", 'She urged the union to "come back to the table" rather than disrupt pupils\' learning.', False, [], None),
    (
        "en",
        "A previous pay dispute in 2022 and 2023 led to 16 days of strikes across Scotland.",
        True,
        [("year", 2022, None, None), ("year", 2023, None, None), ("duration", 16, "day", None)],
        None,
    ),
    # --- Warnstreik der Berliner Lehrkräfte (dpa/bb) ---
    (
        "de",
        "Berlin (dpa/bb) - Mit einem ganztägigen Warnstreik haben angestellte Lehrkräfte in Berlin am Dienstag für kleinere Klassen demonstriert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der GEW beteiligten sich rund 3.600 Lehrerinnen und Lehrer.",
        True,
        [("count", 3600, None, "about")],
        "die GEW",
    ),
    (
        "de",
        "Die Senatsbildungsverwaltung zählte 2.900 Streikende an 412 Schulen.",
        True,
        [("count", 2900, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der neunte Warnstreik der Berliner Lehrkräfte seit 2023.",
        True,
        [("ordinal", 9, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert einen Tarifvertrag, der die Klassengröße an Grundschulen auf höchstens 22 Kinder begrenzt.",
        True,
        [("count", 22, None, "at_most")],
        None,
    ),
    (
        "de",
        "Derzeit lernen in Berliner Grundschulklassen im Schnitt 23,6 Kinder.",
        True,
        [("count", 23.6, None, None)],
        None,
    ),
    (
        "de",
        "Eine 34-jährige Grundschullehrerin aus Neukölln sagte, in ihrer Klasse säßen 28 Kinder, davon 19 mit nichtdeutscher Herkunftssprache.",
        True,
        [("duration", 34, "year", None), ("count", 28, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Bildungssenatorin Katharina Wendt sagte, ein solcher Tarifvertrag sei rechtlich nicht möglich, weil Berlin Mitglied der Tarifgemeinschaft deutscher Länder sei.",
        True,
        [],
        "Katharina Wendt",
    ),
    ("de", "„Ein Streik auf dem Rücken der Kinder löst kein einziges Problem“, sagte Wendt.", False, [], None),
    (
        "de",
        "Viele Eltern reagierten mit Verständnis, andere mussten kurzfristig eine Betreuung organisieren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die GEW kündigte einen zweitägigen Streik für Anfang November an.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Rund 61 Prozent der Berliner Lehrkräfte sind inzwischen wieder verbeamtet.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    # --- Student loan defaults (Reuters) ---
    (
        "en",
        "WASHINGTON, Sep 24 (Reuters) - About 6.1 million federal student loan borrowers are in default, and another 3.4 million are at least 270 days behind on payments, the Education Department said on Thursday.",
        True,
        [
            ("date", "--09-24", None, None),
            ("count", 6100000, None, "about"),
            ("count", 3400000, None, None),
            ("duration", 270, "day", "at_least"),
        ],
        "the Education Department",
    ),
    (
        "en",
        "Total outstanding federal student debt stands at about $1.74 trillion, owed by some 44.1 million people.",
        True,
        [("money", 1740000000000, "USD", "about"), ("count", 44100000, None, "about")],
        None,
    ),
    ("en", "The department resumed collections in May and has since begun seizing tax refunds.", True, [], None),
    (
        "en",
        "Borrowers in default can lose up to 15% of their disposable pay through wage garnishment.",
        True,
        [("percent", 15, "%", "up_to")],
        None,
    ),
    (
        "en",
        'Consumer advocates said the department was "squeezing the people who can least afford it".',
        False,
        [],
        None,
    ),
    (
        "en",
        "A department spokesperson said borrowers could still get out of default by enrolling in an income-driven repayment plan.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"I feel like I am being punished for going to college," said Tamika Rhodes, a preschool teacher in Atlanta.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 1.4 million teachers and other public servants have had their loans cancelled under a public service forgiveness program since 2021.",
        True,
        [("count", 1400000, None, "about"), ("year", 2021, None, None)],
        None,
    ),
    # --- Sacramento teachers strike (AP) ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — Teachers in the Sacramento City Unified School District walked off the job Tuesday, shutting 76 schools and leaving about 40,000 students without classes, district officials said.",
        True,
        [("count", 76, None, None), ("count", 40000, None, "about")],
        None,
    ),
    (
        "en",
        "It is the first strike by Sacramento teachers in six years.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "The union is seeking a 12% raise over three years, while the district has offered 5.5% over two years.",
        True,
        [
            ("percent", 12, "%", None),
            ("duration", 3, "year", None),
            ("percent", 5.5, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "District officials said they faced a $38 million budget shortfall and could not afford more.",
        True,
        [("money", 38000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Union president Dana Whitfield said the district was sitting on $112 million in reserves.",
        True,
        [("money", 112000000, "USD", None)],
        "Dana Whitfield",
    ),
    (
        "en",
        '"They have the money. What they don\'t have is respect for the people in the classroom," Whitfield told a rally outside the district office.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hundreds of teachers in red shirts marched past the state Capitol, chanting and waving signs.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The district said 14 schools would stay open as supervision sites serving free meals.",
        True,
        [("count", 14, None, None)],
        "the district",
    ),
    ("en", "It was not clear when talks would resume.", False, [], None),
    # --- Handyverbot an Pflichtschulen (APA) ---
    (
        "de",
        "Wien (APA) - Bildungsminister Clemens Aigner hat am Montag ein Handyverbot für alle Pflichtschulen angekündigt, das ab 1. Dezember gelten soll.",
        True,
        [("date", "--12-01", None, None)],
        None,
    ),
    (
        "de",
        "Das Verbot betrifft rund 720.000 Schülerinnen und Schüler an 4.700 Standorten, sagte Aigner nach dem Ministerrat.",
        True,
        [("count", 720000, None, "about"), ("count", 4700, None, None)],
        "Aigner",
    ),
    (
        "de",
        "Ausnahmen soll es für den Unterricht und für Kinder geben, die ihr Telefon aus gesundheitlichen Gründen brauchen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut einer Umfrage des Ministeriums haben bereits 68 Prozent der Mittelschulen eigene Handyregeln.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    (
        "de",
        "Die Lehrergewerkschaft kritisierte, das Verbot verlagere „die Kontrolle auf die ohnehin überlasteten Lehrkräfte“.",
        False,
        [],
        None,
    ),
    ("de", "Der Elternverband begrüßte den Schritt grundsätzlich, warnte aber vor „Symbolpolitik“.", False, [], None),
    ("de", "In Niederösterreich gilt an Volksschulen bereits ein ähnliches Verbot.", True, [], None),
    (
        "de",
        "Ob das Verbot die Konzentration der Kinder tatsächlich verbessert, ist unter Bildungsforschern umstritten.",
        False,
        [],
        None,
    ),
    # --- England tuition fees (Reuters) ---
    (
        "en",
        "LONDON, Oct 13 (Reuters) - Tuition fees at universities in England will rise to 9,905 pounds a year from September 2027 and increase with inflation after that, the government said on Tuesday.",
        True,
        [("date", "--10-13", None, None), ("money", 9905, "GBP", None), ("year", 2027, None, None)],
        "the government",
    ),
    (
        "en",
        "The cap was frozen at 9,150 pounds for six years until 2024.",
        True,
        [("money", 9150, "GBP", None), ("duration", 6, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Universities UK said 52% of institutions expected to run a deficit this academic year.",
        True,
        [("percent", 52, "%", None)],
        "Universities UK",
    ),
    (
        "en",
        "The increase is expected to bring in about 410 million pounds a year for the sector.",
        True,
        [("money", 410000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Maintenance loans for students from the poorest families will also rise by 3.1%.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        'The National Union of Students called the rise "another kick in the teeth for young people".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Graduates in England leave university with average debts of about 48,600 pounds, official figures show.",
        True,
        [("money", 48600, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Students will be paying more and getting less for it," said Liberal Democrat education spokesperson Anna Corby.',
        False,
        [],
        None,
    ),
    # --- IQB-Bildungstrend (dpa) ---
    (
        "de",
        "Berlin (dpa) - Neuntklässler in Deutschland schneiden in Mathematik deutlich schlechter ab als noch vor fünf Jahren.",
        True,
        [("ordinal", 9, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Fast ein Drittel der Jugendlichen verfehlt laut dem IQB-Bildungstrend den Mindeststandard, 2021 war es noch knapp ein Viertel.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("year", 2021, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt sanken die Ergebnisse um 19 Punkte auf 474 Punkte.",
        True,
        [("count", 19, None, None), ("count", 474, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten fiel der Rückgang in Bremen mit 31 Punkten aus, am geringsten in Sachsen mit 7 Punkten.",
        True,
        [("count", 31, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Für die Studie des Instituts zur Qualitätsentwicklung im Bildungswesen wurden im Frühjahr 2024 rund 42.000 Schülerinnen und Schüler an 1.580 Schulen getestet.",
        True,
        [("year", 2024, None, None), ("count", 42000, None, "about"), ("count", 1580, None, None)],
        None,
    ),
    (
        "de",
        "Jugendliche aus Familien mit Zuwanderungsgeschichte lagen im Mittel 64 Punkte hinter Gleichaltrigen ohne Zuwanderungsgeschichte.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "KMK-Präsidentin Birgit Holtermann sagte, die Länder würden bis 2030 rund 2,1 Milliarden Euro in ein gemeinsames Mathematikprogramm stecken.",
        True,
        [("year", 2030, None, None), ("money", 2100000000, "EUR", "about")],
        "Birgit Holtermann",
    ),
    ("de", "„Die Ergebnisse sind ein Weckruf, den wir nicht überhören dürfen“, sagte Holtermann.", False, [], None),
    (
        "de",
        "Der Verband Bildung und Erziehung (VBE) warf den Ländern vor, seit Jahren „auf Kosten der Kinder zu sparen“.",
        False,
        [],
        None,
    ),
    # --- Australia student cap (Reuters) ---
    (
        "en",
        "SYDNEY, Oct 20 (Reuters) - Australia will limit new enrolments of foreign students to 305,000 next year, up from 282,000 this year, Education Minister Liam Roderick said on Tuesday.",
        True,
        [("date", "--10-20", None, None), ("count", 305000, None, None), ("count", 282000, None, None)],
        "Liam Roderick",
    ),
    (
        "en",
        "Universities will be allowed to take most of those students, with the rest going to vocational colleges.",
        True,
        [],
        None,
    ),
    (
        "en",
        "International education was worth A$47 billion to the economy last year, according to government figures.",
        True,
        [("money", 47000000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The sector's peak body, Universities Australia, estimates the cap has already cost about 4,000 jobs.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "en",
        '"This is a policy designed for the headlines, not for the nation," said Universities Australia chief executive Claire Haddad.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Student visa applications from India fell 22% in the year to June, home affairs data showed.",
        True,
        [("percent", 22, "%", None)],
        None,
    ),
    (
        "en",
        "The opposition has promised deeper cuts to international student numbers if it wins the next election.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Whether the cap will ease pressure on Sydney's rental market is disputed among economists.",
        False,
        [],
        None,
    ),
    # --- Uni-Budget und Uniko (APA) ---
    (
        "de",
        "Wien (APA) - Die österreichischen Universitäten fordern für die Leistungsvereinbarungsperiode 2028 bis 2030 ein Budget von 17,8 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("year", 2030, None, None), ("money", 17800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das wären rund 2,3 Milliarden Euro mehr als in der laufenden Periode, rechnete die Universitätenkonferenz (Uniko) am Montag vor.",
        True,
        [("money", 2300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Uniko-Präsidentin Elke Strobl-Hauser sagte, ohne die Aufstockung müssten die öffentlichen Universitäten bis zu 1.500 Stellen streichen.",
        True,
        [("count", 1500, None, "up_to")],
        "Elke Strobl-Hauser",
    ),
    (
        "de",
        "Wissenschaftsministerin Theresa Lindinger nannte die Forderung angesichts der Budgetlage „nicht darstellbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An den Universitäten sind derzeit rund 268.000 ordentliche Studierende inskribiert, um 1,4 Prozent weniger als vor einem Jahr.",
        True,
        [("count", 268000, None, "about"), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Studiengebühren von 381,40 Euro pro Semester zahlen nur Studierende, die die Mindeststudiendauer um mehr als zwei Semester überschreiten.",
        True,
        [("money", 381.4, "EUR", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Hochschülerinnen- und Hochschülerschaft (ÖH) warnte davor, die Budgetlücke über höhere Studiengebühren zu schließen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Rechnungshof hatte 2025 bemängelt, dass an vier Universitäten mehr als ein Fünftel der Professuren unbesetzt war.",
        True,
        [("year", 2025, None, None), ("count", 4, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    # --- Nation's Report Card (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Reading scores for American eighth graders fell to their lowest level since 1998 on the latest Nation's Report Card, released Wednesday.",
        True,
        [("ordinal", 8, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "The average eighth-grade reading score dropped 4 points to 253 on a 500-point scale, the National Center for Education Statistics said.",
        True,
        [("ordinal", 8, None, None), ("count", 4, None, None), ("count", 253, None, None), ("count", 500, None, None)],
        "the National Center for Education Statistics",
    ),
    (
        "en",
        "Fourth graders' math scores rose 2 points, the only gain in the assessment.",
        True,
        [("ordinal", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 38% of eighth graders scored below the basic level in reading, up from 30% in 2019.",
        True,
        [
            ("percent", 38, "%", "about"),
            ("ordinal", 8, None, None),
            ("percent", 30, "%", None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "The tests were given to roughly 230,000 students in all 50 states between January and March.",
        True,
        [("count", 230000, None, "about"), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        'Education Secretary Lorraine Pratt said the results proved that "Washington cannot fix American classrooms".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The American Federation of Teachers blamed cuts to federal tutoring programs, which lost $1.1 billion in funding this year.",
        True,
        [("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"These numbers should alarm every parent in America," said Martin Osei, a researcher at Stanford University.',
        False,
        [],
        None,
    ),
    ("en", "The reading test was last given in 2024.", True, [("year", 2024, None, None)], None),
    # --- Studierendenzahlen (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - An den deutschen Hochschulen sind im laufenden Wintersemester rund 2,83 Millionen Studierende eingeschrieben, 1,2 Prozent weniger als im vorigen Winter, wie das Statistische Bundesamt am Dienstag mitteilte.",
        True,
        [("count", 2830000, None, "about"), ("percent", 1.2, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Zahl der Erstsemester stieg dagegen um 2,6 Prozent auf knapp 489.000.",
        True,
        [("percent", 2.6, "%", None), ("count", 489000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Jeder siebte Studierende kommt inzwischen aus dem Ausland.",
        True,
        [("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten ausländischen Studierenden stammen aus Indien, gefolgt von China und der Türkei.",
        True,
        [],
        None,
    ),
    ("de", "An Fachhochschulen waren so viele Studierende eingeschrieben wie nie zuvor.", True, [], None),
    (
        "de",
        "Das Deutsche Studierendenwerk warnte, viele junge Menschen könnten sich ein Studium in teuren Städten schlicht nicht mehr leisten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein WG-Zimmer kostet in München im Schnitt 790 Euro im Monat, wie eine Auswertung des Moses Mendelssohn Instituts ergab.",
        True,
        [("money", 790, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bafög-Höchstsatz liegt seit dem Wintersemester 2024/25 bei 1.015 Euro.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("money", 1015, "EUR", None)],
        None,
    ),
    # --- University finances in England (PA) ---
    (
        "en",
        "LONDON (PA) - Nearly four in 10 English universities expect to be in deficit this year, the Office for Students said on Thursday.",
        True,
        [("fraction", 0.4, None, "nearly")],
        "the Office for Students",
    ),
    (
        "en",
        "The regulator said 72 providers were forecasting a shortfall, up from 58 a year earlier.",
        True,
        [("count", 72, None, None), ("count", 58, None, None)],
        "the regulator",
    ),
    (
        "en",
        "Recruitment of international students fell by 11% between 2024 and 2026, leaving a gap of about 1.4 billion pounds in the sector's income.",
        True,
        [
            ("percent", 11, "%", None),
            ("year", 2024, None, None),
            ("year", 2026, None, None),
            ("money", 1400000000, "GBP", "about"),
        ],
        None,
    ),
    (
        "en",
        "At least 12,500 university jobs have been cut since the start of 2025, the University and College Union estimates.",
        True,
        [("count", 12500, None, "at_least"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        '"We are not predicting a wave of closures, but the risks are real," said Philippa Dunmore, the regulator\'s director of resources.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A university in the Midlands became the first to enter a formal restructuring regime in August.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", 'The union said staff were paying the price for "a decade of failed market reforms".', False, [], None),
    (
        "en",
        "The government has set aside 50 million pounds to help struggling institutions restructure.",
        True,
        [("money", 50000000, "GBP", None)],
        None,
    ),
    # --- Bayerns Bildungsetat (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Bayern will im Doppelhaushalt 2027/28 insgesamt 26,4 Milliarden Euro für die Schulen ausgeben, so viel wie nie zuvor.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 26400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit steigt der Kultusetat um 6,8 Prozent, teilte das Kultusministerium am Montag mit.",
        True,
        [("percent", 6.8, "%", None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Mit dem Geld sollen 3.200 zusätzliche Lehrerstellen geschaffen werden, davon 1.100 an Grundschulen.",
        True,
        [("count", 3200, None, None), ("count", 1100, None, None)],
        None,
    ),
    (
        "de",
        "Kultusministerin Veronika Sailer sagte, bis 2029 solle jede Grundschule eine eigene Verwaltungskraft erhalten.",
        True,
        [("year", 2029, None, None)],
        "Veronika Sailer",
    ),
    (
        "de",
        "Sailer stellte zudem einen Zwölf-Punkte-Plan gegen Unterrichtsausfall vor.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("de", "„Bildung ist die beste Investition, die ein Land tätigen kann“, sagte Sailer.", False, [], None),
    (
        "de",
        "Die Grünen im Landtag rechneten vor, an bayerischen Mittelschulen seien im vergangenen Schuljahr fast 5 Prozent des Unterrichts ausgefallen.",
        True,
        [("percent", 5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Bayerische Lehrer- und Lehrerinnenverband (BLLV) nannte das Paket „viel zu wenig und viel zu spät“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Beratungen im Landtag beginnen am 2. Dezember, beschlossen werden soll der Haushalt im März.",
        True,
        [("date", "--12-02", None, None)],
        None,
    ),
    # --- Exam leak in India (Reuters) ---
    (
        "en",
        "NEW DELHI, Nov 12 (Reuters) - India will hold a fresh nationwide exam for about 1.6 million aspiring engineers after question papers leaked in three states, the National Testing Agency said on Thursday.",
        True,
        [("date", "--11-12", None, None), ("count", 1600000, None, "about"), ("count", 3, None, None)],
        "the National Testing Agency",
    ),
    (
        "en",
        "The retest will be held on December 14 at 4,200 centres.",
        True,
        [("date", "--12-14", None, None), ("count", 4200, None, None)],
        None,
    ),
    (
        "en",
        "Police in Bihar have arrested several people, including exam centre staff, in connection with the leak.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Investigators said the paper had been sold for up to 500,000 rupees a copy on messaging apps.",
        True,
        [("money", 500000, "INR", "up_to")],
        None,
    ),
    (
        "en",
        '"Every honest student has been punished for the crimes of a few," said Ananya Kulkarni, a student from Patna.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the second such leak in two years; a medical entrance exam taken by 2.1 million students was hit in 2024.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 2, "year", None),
            ("count", 2100000, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        'Opposition parties demanded the education minister\'s resignation, accusing the government of "destroying the trust of millions".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Parliament passed a law last year providing for prison terms of up to 12 years for cheating in public exams.",
        True,
        [("duration", 12, "year", "up_to")],
        None,
    ),
    # --- Maturitätsquote und Lehrerlöhne (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die gymnasiale Maturitätsquote in der Schweiz ist 2025 auf 23,4 Prozent gestiegen, wie das Bundesamt für Statistik (BFS) am Dienstag mitteilte.",
        True,
        [("year", 2025, None, None), ("percent", 23.4, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Zwischen den Kantonen klaffen die Quoten weit auseinander: In Genf erwarben 33,8 Prozent eines Jahrgangs eine gymnasiale Matura, in Schaffhausen 14,2 Prozent.",
        True,
        [("percent", 33.8, "%", None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Frauen stellen mit 58 Prozent weiterhin die Mehrheit der Maturandinnen und Maturanden.",
        True,
        [("percent", 58, "%", None)],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der Jugendlichen wählen nach der obligatorischen Schule eine Berufslehre.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Der Dachverband Lehrerinnen und Lehrer Schweiz (LCH) fordert derweil Lohnerhöhungen von mindestens 3 Prozent für das kommende Jahr.",
        True,
        [("percent", 3, "%", "at_least")],
        None,
    ),
    (
        "de",
        "«Wer den Beruf attraktiv halten will, muss jetzt handeln», sagte LCH-Präsidentin Andrea Stucki.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut LCH verdient eine Primarlehrperson beim Berufseinstieg im Schnitt 7'350 Franken brutto im Monat.",
        True,
        [("money", 7350, "CHF", None)],
        "LCH",
    ),
    ("de", "Ob die Kantone angesichts knapper Budgets darauf eingehen, ist offen.", False, [], None),
    # --- Alberta teachers end strike (Reuters) ---
    (
        "en",
        "CALGARY, Alberta, Nov 18 (Reuters) - Teachers in Alberta voted on Wednesday to accept a new contract, ending a 16-day strike that kept more than 650,000 students out of class.",
        True,
        [("date", "--11-18", None, None), ("duration", 16, "day", None), ("count", 650000, None, "over")],
        None,
    ),
    (
        "en",
        "The tentative deal was reached early Sunday after a 19-hour bargaining session.",
        True,
        [("duration", 19, "hour", None)],
        None,
    ),
    (
        "en",
        "The deal gives teachers a 10% raise over four years and funds 2,400 additional teaching positions, the Alberta Teachers' Association said.",
        True,
        [("percent", 10, "%", None), ("duration", 4, "year", None), ("count", 2400, None, None)],
        "the Alberta Teachers' Association",
    ),
    (
        "en",
        "Some 62% of members voted, and 71% of them backed the agreement.",
        True,
        [("percent", 62, "%", "about"), ("percent", 71, "%", None)],
        None,
    ),
    ("en", "Classes will resume on Monday.", True, [], None),
    (
        "en",
        '"Nobody wins a strike, but our members stood up for their students," said union president Karen Ostrowski.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Alberta spends about C$10,150 per student, the lowest of any province, according to a report by the Canadian Centre for Policy Alternatives.",
        True,
        [("money", 10150, "CAD", "about")],
        None,
    ),
    ("en", "Parents said the strike had left children anxious about their exams.", False, [], None),
    # --- Ganztagsanspruch (AFP) ---
    (
        "de",
        "Berlin (AFP) - Drei Monate nach dem Start des Rechtsanspruchs auf Ganztagsbetreuung für Erstklässler fehlen in Deutschland laut einer Studie noch rund 290.000 Plätze.",
        True,
        [("duration", 3, "month", None), ("ordinal", 1, None, None), ("count", 290000, None, "about")],
        None,
    ),
    (
        "de",
        "Bis 2029, wenn der Anspruch für alle vier Grundschuljahrgänge gilt, wächst die Lücke demnach auf bis zu 410.000 Plätze.",
        True,
        [("year", 2029, None, None), ("count", 4, None, None), ("count", 410000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Untersuchung der Bertelsmann Stiftung beziffert die nötigen Investitionen auf 7,6 Milliarden Euro.",
        True,
        [("money", 7600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bund beteiligt sich mit 3,8 Milliarden Euro am Ausbau, den Rest müssen Länder und Kommunen tragen.",
        True,
        [("money", 3800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Besonders groß ist der Rückstand in Nordrhein-Westfalen, wo fast 40 Prozent der benötigten Plätze fehlen.",
        True,
        [("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bundesbildungsministerin Franziska Wöhrl sagte, seit Jahresbeginn seien 1,3 Milliarden Euro aus dem Förderprogramm abgeflossen.",
        True,
        [("money", 1300000000, "EUR", None)],
        "Franziska Wöhrl",
    ),
    (
        "de",
        "Der Städtetag warf dem Bund vor, die Kommunen bei den Betriebskosten „im Regen stehen zu lassen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ein Rechtsanspruch, den man nicht einlösen kann, ist ein leeres Versprechen“, sagte eine Sprecherin des Bundeselternrats.",
        False,
        [],
        None,
    ),
    # --- Teacher recruitment in England (PA) ---
    (
        "en",
        "LONDON (PA) - England is on course to recruit just 57% of the secondary school teachers it needs this year, a study by the National Foundation for Educational Research found.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    (
        "en",
        "Physics is the worst-hit subject, with only 31% of its trainee target expected to be met.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Applications to teacher training rose 9% on last year, helped by a 27,000-pound tax-free bursary in some subjects.",
        True,
        [("percent", 9, "%", None), ("money", 27000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The government has pledged to recruit 7,200 additional teachers before the next general election.",
        True,
        [("count", 7200, None, None)],
        None,
    ),
    (
        "en",
        "Department for Education figures show 9.7% of teachers left the profession in the 2025/26 school year.",
        True,
        [("percent", 9.7, "%", None), ("year", 2025, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        '"Teaching is a brilliant career, and we want more people to discover that," a Department for Education spokesperson said.',
        False,
        [],
        None,
    ),
    ("en", 'The NASUWT teachers\' union called the figures "deeply worrying".', False, [], None),
    (
        "en",
        "Teachers in England received a 3.6% pay rise in September, the second above-inflation award in a row.",
        True,
        [("percent", 3.6, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- Pisa: Deutschland (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutsche Schülerinnen und Schüler haben in der neuen Pisa-Studie in allen drei Bereichen so schlecht abgeschnitten wie nie zuvor.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "In Mathematik erreichten die 15-Jährigen im Schnitt 466 Punkte, 11 Punkte weniger als bei der letzten Erhebung 2022.",
        True,
        [
            ("duration", 15, "year", None),
            ("count", 466, None, None),
            ("count", 11, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "de",
        "Beim Lesen kamen sie auf 472 Punkte, in den Naturwissenschaften auf 488 Punkte.",
        True,
        [("count", 472, None, None), ("count", 488, None, None)],
        None,
    ),
    (
        "de",
        "Der Durchschnitt der OECD-Staaten lag in Mathematik bei 468 Punkten.",
        True,
        [("count", 468, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland rutschte damit im Ländervergleich in Mathematik auf Platz 27 ab.",
        True,
        [("ordinal", 27, None, None)],
        None,
    ),
    (
        "de",
        "Gut ein Viertel der Jugendlichen gilt in Mathematik als leistungsschwach.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "An der Studie nahmen in Deutschland rund 6.100 Jugendliche an 257 Schulen teil.",
        True,
        [("count", 6100, None, "about"), ("count", 257, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund werde das Startchancen-Programm für Schulen in schwieriger Lage auf 6.000 Schulen ausweiten, kündigte Bundesbildungsministerin Wöhrl an.",
        True,
        [("count", 6000, None, None)],
        None,
    ),
    ("de", "„Wir dürfen uns an schlechte Nachrichten aus der Bildung nicht gewöhnen“, sagte Wöhrl.", False, [], None),
    ("de", "Die GEW nannte das Ergebnis „die Quittung für jahrzehntelanges Sparen“.", False, [], None),
    # --- Pisa: Österreich und die Schweiz (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs 15-Jährige haben bei Pisa in Mathematik 484 Punkte erzielt und liegen damit 16 Punkte über dem OECD-Schnitt.",
        True,
        [("duration", 15, "year", None), ("count", 484, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Beim Lesen fiel Österreich um 9 Punkte auf 471 Punkte zurück.",
        True,
        [("count", 9, None, None), ("count", 471, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder vierte Jugendliche kann laut der Studie nicht sinnerfassend lesen.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei Jugendlichen, deren Eltern beide im Ausland geboren wurden, betrug der Rückstand im Lesen 71 Punkte.",
        True,
        [("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsminister Aigner kündigte an, die Deutschförderklassen ab dem Schuljahr 2027/28 auf zwei Jahre zu verlängern.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Die Opposition warf der Regierung vor, „die Warnsignale seit Jahren zu ignorieren“.", False, [], None),
    (
        "de",
        "Die Schweiz erreichte in Mathematik 503 Punkte und damit den besten Wert im deutschsprachigen Raum.",
        True,
        [("count", 503, None, None)],
        None,
    ),
    # --- PISA worldwide (Reuters) ---
    (
        "en",
        "PARIS, Dec 8 (Reuters) - Singapore topped all three rankings in the OECD's latest PISA tests of 15-year-olds, while average scores across rich countries fell for a second consecutive round.",
        True,
        [
            ("date", "--12-08", None, None),
            ("count", 3, None, None),
            ("duration", 15, "year", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Singapore scored 566 points in mathematics, 33 points ahead of second-placed Japan.",
        True,
        [("count", 566, None, None), ("count", 33, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The OECD average in maths fell 4 points to 468, after a record 12-point drop in 2022.",
        True,
        [("count", 4, None, None), ("count", 468, None, None), ("count", 12, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "About 710,000 students in 88 countries and economies sat the two-hour computer-based test in 2025.",
        True,
        [
            ("count", 710000, None, "about"),
            ("count", 88, None, None),
            ("duration", 2, "hour", None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "Only 9% of students across the OECD reached the top two levels in mathematics.",
        True,
        [("percent", 9, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "OECD education director Marcel Fournier said countries that had limited smartphone use in classrooms had generally seen smaller declines.",
        True,
        [],
        "Marcel Fournier",
    ),
    ("en", '"The pandemic is no longer an excuse," Fournier said.', False, [], None),
    (
        "en",
        "The United States scored 458 in maths, below the OECD average but up 2 points.",
        True,
        [("count", 458, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- PISA in the UK (PA) ---
    (
        "en",
        "LONDON (PA) - The UK's 15-year-olds scored 486 in maths in the latest PISA rankings, placing the country 12th among OECD members.",
        True,
        [("duration", 15, "year", None), ("count", 486, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "Scotland's maths score fell 8 points to 459, its lowest since the country began taking part in 2000.",
        True,
        [("count", 8, None, None), ("count", 459, None, None), ("year", 2000, None, None)],
        None,
    ),
    (
        "en",
        "Wales remained the lowest-scoring UK nation, with 452 points in maths.",
        True,
        [("count", 452, None, None)],
        None,
    ),
    (
        "en",
        '"These results are a tribute to the hard work of teachers up and down the country," Gareth Pellow said.',
        False,
        [],
        None,
    ),
    ("en", 'The Scottish Conservatives called the figures "a national embarrassment".', False, [], None),
]
