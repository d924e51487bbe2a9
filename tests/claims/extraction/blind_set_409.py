"""Four-hundred-and-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, union leaders, agency heads and officials
of real governments and bodies appear under made-up names that stand for no real holder, or
by their role only ("der Bildungsminister", "die Vorsitzende des Deutschen
Studierendenwerks", "Student leaders"), or not at all where the body speaks ("The Scottish
government said", "The Education Department said").

Names: Henrike Paschold, Burkhard Ellerbrock, Alois Hinterleitner, Seraina Wyrsch, Beatrice
Imfeld, Adelheid Brünjes, Ilka Sonnleitner, Ricarda Hollstein, Margit Ehlenberger, Ortrun
Schwabedissen, Bernhard Zöchling, Till Ackermann, Cordula Wendtland, Dietmar Kaltwasser,
Marlies Vennekamp, Gerhard Aigenbauer, Florian Pöcksteiner, Wolfgang Riedelsheimer, Sabine
Ettenhuber, Regula Gmür-Barandun, Uwe Kästner-Bohl; Hannah Pritchard-Lowe, Gordon
Falloway, Fergus Dalgleish, Tasha Bellweather, Gregory Ostrowski, Lorna Whitcombe, Denise
Harwell, Kang Min-seok, Anneliese Boucher, Rachel Cardew, Daniel Aske, Lionel Brandt-Okoye,
Simon Hartigan, Janine Thibodeau, Marcus DeLuca, Declan Moriarty, Helen Marchbanks, Rakesh
Venugopal, Élise Vautrain, and every unnamed pupil, parent, union, minister, economist,
researcher and spokesperson. Real states, bodies, tests and places (Sachsen,
Kultusministerium, GEW, GEW Sachsen, Erzgebirge, Oberösterreich, Bildungsdirektion,
Deutschförderklasse, Taferlklassler, Pflichtschullehrergewerkschaft, Kanton Luzern,
Dienststelle Volksschulbildung, Luzerner Lehrerinnen- und Lehrerverband, Bundesamt für
Statistik, Kanton Zürich, „Times Higher Education“, TU München, LMU München, Universität
Heidelberg, ETH Zürich, Universität Wien, HRK, IQB-Bildungstrend, Kultusministerkonferenz,
Grundschulverband, Statistisches Bundesamt, Deutsches Studierendenwerk, Pisa, OECD,
Startchancen-Programm, Berliner Senatsverwaltung, Tarifgemeinschaft deutscher Länder,
Hessen, Landesastenkonferenz, Nordrhein-Westfalen, Verband Bildung und Erziehung,
Landeselternschaft der Gymnasien, Universitätenkonferenz (Uniko), Bayerischer Lehrer- und
Lehrerinnenverband (BLLV), Zentralmatura, AHS, BHS, Kompensationsprüfung,
AHS-Lehrergewerkschaft, EDK, Kanton Genf, Kanton Glarus, Thüringen, Philologenverband;
the Joint Council for Qualifications, Ofqual, ASCL, the Scottish Qualifications Authority,
the Scottish Conservatives, the Minneapolis Federation of Teachers, the University of
Oxford, Stanford, Universities UK, the College Board, the Federal Reserve, the National
Student Clearinghouse, South Korea's transport and education ministries, the Department for
Education, the National Foundation for Educational Research, the National Education Union,
the Nation's Report Card, NCES, the Education Department, the American Federation of
Teachers, the Student Loans Company, the Institute for Fiscal Studies, the Elementary
Teachers' Federation of Ontario, Universities Australia, the National Tertiary Education
Union, the Central Board of Secondary Education, SNES-FSU, and the datelines' cities) stand
for the way wire copy names them; every vacancy, enrolment, score, rank, grade, share,
fee, budget, tally, date and quote here is invented, and where a real figure came to mind
(a real GCSE, Higher, National 5, Class 12, Class 10 or baccalaureate pass rate, a real
world-ranking place of a German, Swiss or Austrian university, a real PISA or NAEP score, a
real share of repeat takers or tutoring bill in South Korea, a real union membership, a
real enrolment, a real graduate debt, a real export value, a real past strike and its
length) it was changed - the exceptions being the years Hessen brought in and scrapped
general tuition fees (2007 and 2008) and the year NAEP's reading trend begins (1992), kept
as they stand, as the two-hundred-and-ninety-second batch kept the years of rules.

Its weight: EDUCATION, SCHOOLS AND UNIVERSITIES, fifth round (the seventy-second batch
weighed education, schools, universities and childcare, the hundred-fifty-sixth schools,
universities and education policy, the two-hundred-and-ninety-second schools and
universities and the three-hundred-and-thirty-fifth schools, universities and childcare;
the two-hundred-and-eighth and two-hundred-and-fifty-third, opinion rounds with school
test results, and the two-hundred-and-sixty-fifth with its „Viertklässler“ were read too;
their decisions are kept) over one school year in story order, August 2030 to July 2031,
as 30 short stories with the German and English ones interleaved by month, each told as
wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, reactions). Half German (dpa with its regional slugs "dpa/sn", "dpa/bb",
"dpa/lhe", "dpa/lnw", "dpa/lby", "dpa/th", APA, Keystone-SDA; Austrian "heuer",
"Taferlklassler", "inskribiert", "Nicht genügend", Swiss "Grosse", "Gemäss",
"Lehrpersonen", "1'460", "1'074'000", «» quotes, German „“ quotes): unfilled posts in
Saxony at the start of the school year, the school start in Upper Austria, class sizes in
Lucerne, the world ranking as dpa tells it, the IQB test of fourth-graders, student
numbers in the winter semester, Pisa in Germany and in Austria, a warning strike at
Berlin's schools, fees for long-term students in Hesse, lessons lost in North
Rhine-Westphalia, the Austrian universities' budget demand, teacher training in Bavaria,
the Zentralmatura, the Swiss Matura rate and the Abitur in Thuringia. Half English (PA,
Reuters, AP, AAP, AFP): GCSE results, Scottish exam results, a teachers' strike in
Minneapolis, the world university rankings, U.S. college prices, South Korea's college
entrance exam, PISA worldwide, teacher recruitment in England, the Nation's Report Card,
tuition fees in England, class sizes in Ontario, Australia's cap on international
students, India's board exams and the French baccalaureate. Figures as such copy has them:
test points on a scale and their moves („im Schnitt 470 Punkte, 13 Punkte weniger“,
"fell 4 points to 210", "on a 500-point scale"), ranks and places („auf Platz 22“, „von
Rang 19 auf Rang 24“, „auf Rang drei“, "in 22nd place", "came ninth", "ranked 16th ...,
up from 19th", "for the 13th year running"), grade levels and stages („Jeder vierte
Viertklässler“, "fourth-graders", "Eighth-graders'", "Year 11", "Class 12", "National 5"),
grades, bands and averages („einen Notendurchschnitt ... bei 2,19, nach 2,23“, „Die
Bestnote 1,0“, „von 3,2 auf 3,1“, „mit einer Eins vor dem Komma“, "grade 4 or above",
"graded 7 or higher", "at least 16 out of 20"), pass rates and shares in percent and
percentage points, vacancies, pupils, students, classes and class sizes („21,8 Kinder“,
„auf höchstens 24 Kinder“, "capped at 26 children", "more than 29 children"), fees, pay,
debts, budgets and bursaries in euros, pounds, U.S. and Australian dollars and won,
school and academic years („Schuljahr 2030/31“, „Wintersemester 2032/33“, "the 2031-32
academic year"), strike lengths and spans („einen zweitägigen Warnstreik“, "a one-day
strike", "the eight-hour university entrance test", "for 40 minutes", „auf 20 Minuten“),
ages („Deutschlands 15-Jährige“, "Fifteen-year-olds", „Kindern unter zehn Jahren“),
fractions in words („fast jede fünfte Stelle“, „knapp jeder sechste“, „gut ein Viertel
mehr“, „etwa einem Drittel Schuljahr“, „etwa die Hälfte“, "one in four", "about one in
eight", "nearly half"), hedges, years and dates. Negatives as such copy has them - 57
rows, none with a figure: ministers', union leaders', agency heads' and officials' quotes
of pride, resolve, reassurance and rhetoric, labels („sprach von“, „nannte“, "called",
"described ... as"), verdicts („hält ... für“, „sieht die Ursache“, „sieht in den Zahlen“),
accusations naming no act („warf ... vor“, „kritisierte“), blame with a quoted label, a
warning naming no measure, a doubt, an argument, an open question, scene colour and a vox
pop, each near a check-worthy look-alike from the same story (most often the same
speaker's figure).

238 rows (119 German, 119 English), 57 negatives (29 German, 28 English), 181 check-worthy
rows of which 5 carry no figure (5 German, 0 English), 350 expected quantities (130
counts, 65 percentages - 61 in "%" and 4 in percentage points "pp" -, 58 years, 31
ordinals, 23 amounts of money - 8 USD, 6 EUR, 6 GBP, 2 AUD, 1 KRW -, 17 durations - 10 in
years, 3 in days, 2 in hours, 2 in minutes -, 14 fractions and 12 dates; none of them in a
negative), 37 checked speakers (20 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, reassurance, verdict, accusation naming no act, doubt, argument
  or piece of rhetoric is a negative with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, hundred-fifty-sixth, two-hundred-and-fourth,
  two-hundred-and-ninety-second, three-hundred-and-thirty-fifth); a quoted or reported
  statement of fact, figure, step, plan, demand, forecast, finding or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one
  speaker: Pritchard-Lowe's third year and 291,300 beside "earned the hard way";
  Falloway's 38 per cent beside his association's "national disgrace"; Paschold's 1,105
  hires beside „keine einzige Schule“; the GEW's 7.4 percent beside Ellerbrock's
  „reine Kosmetik“; Dalgleish's 14.6 points beside "No certificate tells the whole story";
  Hinterleitner's 1,030 classes beside his promise; Bellweather's 97% beside "done
  subsidizing"; Ostrowski's $1.2 million beside "a fantasy budget"; Wyrsch's 40 classes
  beside «kein Naturgesetz»; Whitcombe's 61 of 200 beside "moving east"; Brünjes's 9
  percent beside „Rankings messen vieles“; Hollstein's 18 and 29 percent beside „die
  Grundlage jeder weiteren Bildung“; Harwell's fifth year beside "The sticker price scares
  families"; Kang's 1,285 centres beside "one morning in November"; the DSW chair's 318
  euros beside „nicht an der Miete scheitern“; Boucher's one in three beside "Decline is a
  choice"; Schwabedissen's 11 billion euros beside „kein einziges Kind“; Cardew's bursary
  beside "makes every other profession possible"; Ackermann's 1,100 teachers beside „reden
  statt über sie“; Brandt-Okoye's 64 points beside "a bus timetable"; Kaltwasser's 27
  million euros beside „kein Dauerzustand“; Hartigan's 44% beside "a different era";
  Vennekamp's 0.4 points beside „eine zu viel“; Thibodeau's 40% beside "a crisis this
  government built"; DeLuca's 3% beside "reckless"; Aigenbauer's 8 percent beside his
  warning naming no figure; Moriarty's 155,000 beside "built to last"; Riedelsheimer's
  3,640 beside „Der Beruf hat wieder Zukunft“; Venugopal's Class 10 exams twice a year
  beside "Marks are one measure"; Zöchling's 3.2 and 3.1 beside „fair, und sie ist
  machbar“; Gmür-Barandun's position beside «kein Qualitätsausweis»; Vautrain's 742,000
  beside "a rite of passage"; Kästner-Bohl's share beside „hart erarbeitet“.
- Check-worthy without a figure (hundred-fifty-sixth, two-hundred-and-ninety-second,
  three-hundred-and-thirty-fifth): the attribution row „Das teilte die Dienststelle
  Volksschulbildung am Dienstag mit.“ (three-hundred-and-thirty-fifth: the KTK's), the
  ranking of Länder in the study („Am besten schnitten erneut Bayern und Sachsen ab, ...“;
  seventy-second), the Senate administration's legal position („verwies darauf, dass
  Berlin ... keinen eigenen Tarifvertrag abschließen dürfe“; hundred-fifty-sixth: a
  minister's legal position), the source line of the statistics („Das zeigt die neue
  Ausfallstatistik, die ... vorstellte.“) and the EDK president's refusal of a minimum rate
  (a position of record, three-hundred-and-eighty-eighth). Plans, demands, forecasts and
  estimates with a figure are check-worthy: the KMK's 20 minutes („kündigte an“), the
  unions' caps („fordert eine Obergrenze von 22 Kindern“, „auf höchstens 24 Kinder“
  "at_most", "wants kindergarten classes capped at 26 children"), the VBE's 2,500 posts,
  the universities' 19.6 billion euros, Hessen's fee in the cabinet's bill, Bavaria's
  forecast of 1,700 missing teachers, the Zentralmatura's expected share „auf unter 3
  Prozent“ (a forecast with a figure, two-hundred-and-seventy-sixth), the IFS's and the
  NFER's estimates, the Clearinghouse's enrolment. A rule or a schedule with a date is
  check-worthy ("can ask for a free review until Aug. 26", "Scores will be released on
  Dec. 6.", "can sit oral resits from July 7 to July 10"; hundred-fifty-sixth: the retest
  "on December 14"). Negatives besides the quotes: labels („Die GEW Sachsen sprach von
  ...“, „nannte ... „ermutigend, aber kein Grund zum Ausruhen““, „nannte den Ausstand
  ...“, „nannte die Pläne ...“, „nannte die Forderung ... „sportlich““, „sprach von einer
  «stillen Überlastung ...»“, "called the regional gaps ...", "called the union's demands
  ...", "called the strike threat ...", "called the policy ...", "described the increase
  as ...", "said the reform had turned the exam into ..."; two-hundred-and-ninety-second),
  verdicts („hält ... für“ three times, „sieht die Ursache“, „sieht in den Zahlen ...“;
  two-hundred-and-fifty-third), accusations naming no act („warf der Landesregierung vor,
  ...“, „warf dem Ministerium vor, ...“, „kritisierte, die Aufgaben seien ...“, "said the
  government had "let down a generation""; eighty-fourth, three-hundred-and-thirty-fifth),
  blame with a quoted label and no figure ("blamed the decline on ..."; two-hundred-and-
  fifty-third), the NEU's label, a doubt ("Some researchers questioned whether ..."), an
  argument ("Some economists argue ..."), an open question ("It is not clear whether
  ..."), scene colour ("Picket lines formed before dawn ...") and a pupil's vox pop.
- Test scores, grades, stages and ranks (seventy-second, hundred-fifty-sixth,
  two-hundred-and-ninety-second, three-hundred-and-thirty-fifth): scale scores and their
  moves are counts („im Schnitt 470 Punkte, 13 Punkte weniger als 2021“, „9 Punkte“, „im
  Schnitt 468 Punkte ..., 9 Punkte weniger“, „auf 472 Punkte, ... auf 489“, „auf 482
  Punkte, das sind 16 Punkte mehr als der OECD-Schnitt“ - „mehr“ after the figure
  compares -, "fell 6 points to 466", "with 563 points", "on average 27 points lower",
  "fell 4 points to 210", "flat at 269 on a 500-point scale" 269 and 500, "widened to 64
  points"); „unter den 38 OECD-Staaten“ and "Across the 38 OECD member states" 38.
  Numbered grades are counts with "or above", "or higher" "at_least" ("grade 4 or above"
  twice, "a grade 4 or above", "graded 7 or higher", "at grade 7 or above"; hundred-
  fifty-sixth), letters carry none ("A to C"); grade averages are counts („bei 2,19, nach
  2,23“, „Die Bestnote 1,0“ 1.0, „von 3,2 auf 3,1“; seventy-second, two-hundred-and-
  ninety-second). New: „mit einer Eins vor dem Komma“ is count 1 - the number word naming
  the grade reads as the digit in the seventy-second's „mit einer 1 vor dem Komma“ („einer“
  the article). New: "an average of at least 16 out of 20" is 16 "at_least" and 20 - "out
  of" joins a mark to the top of its scale as „Sieben der neun Punkte“ joins two counts
  (three-hundred-and-eighty-eighth), "an average of" carries no hedge and "at least" is
  the hedge. Grade levels written as ordinals are ordinals („Jeder vierte Viertklässler“
  0.25 and 4, as the two-hundred-and-sixty-fifth's „Fast jeder fünfte Viertklässler“;
  "fourth-graders" three times 4, "Eighth-graders'" 8; seventy-second,
  hundred-fifty-sixth); stages numbered after their noun and qualifications' names carry
  none ("Year 11", "Class 12", "Class 10" twice, "National 5", "Higher", "Highers";
  twelfth, seventy-second, two-hundred-and-fifty-third). Ranks are ordinals („auf Platz
  22“, „auf Rang 37“, „auf Rang 44“, „auf Rang 9“, „auf Platz 141“, „von Rang 19 auf Rang
  24“, „auf Rang drei“ 3 - seventy-second: „mit Rang sieben“ -, "for the 13th year
  running", "climbed to second place", "in 22nd place", "came ninth", "Japan came first
  ..., and Singapore came second" 1 and 2, "in fourth place", "ranked 16th ..., up from
  19th"); moves in places are counts („drei Plätze höher“ 3, „um einen Platz“ 1 -
  seventy-second: "slipped one place" 1; three-hundred-and-twenty-fourth: „um einen
  Basispunkt“ 1); ranking bands are counts („unter den Top 400“ 400, "in the top 200"
  twice, "the top 1,000"; seventy-second: „unter den Top 100“). "the highest-placed",
  „bestplatzierte“, "the highest-scoring", "the highest share", "the lowest", „Am besten“,
  „am schwächsten“, „Am schwierigsten“, „Am stärksten“, „so viele wie nie“ carry none.
- Ordinals otherwise (the issue; every batch): "for a third year in a row" 3, "for the
  fifth year in a row" 5, "for the first time since 2027" and "for the first time since
  2021" 1 and the year, „im ersten Hochschulsemester“ 1 (two-hundred-and-ninety-second),
  „im ersten Schulhalbjahr“ 1 (three-hundred-and-thirty-fifth: „Im ersten Halbjahr“), „am
  ersten Tag“ 1, „der dritte Warnstreik in diesem Schuljahr“ 3 („bereits“ no hedge), "at
  the first attempt" 1 (seventy-second: "in the first round of offers"). "again", „erneut“,
  "the last strike", "the previous round" carry none.
- School, academic and legislative periods give both years (seventy-second,
  hundred-fifty-sixth, three-hundred-and-thirty-fifth): „des Schuljahres 2030/31“, „ab dem
  Schuljahr 2031/32“, „bis zum Schuljahr 2035/36“, „im Wintersemester 2030/31“, „zum
  Wintersemester 2032/33“, „für die Leistungsvereinbarungsperiode 2034 bis 2036“, "the
  2030-31 academic year", "the 2031-32 academic year". A year after the name of a study,
  table or edition dates it („IQB-Bildungstrend 2030“, „in der Ausgabe 2030“, "The 2031
  table"; two-hundred-and-fourth: "a 2022 strategy"; two-hundred-and-forty-fourth); a
  record with a year gives the year only („so viele wie nie seit Beginn der Erhebung
  2008“, „wie seit 2015 nicht mehr“, "the highest share since 1997", "the lowest since
  testing began in 1992"; two-hundred-and-fifty-third). None: „im letzten Schuljahr“, „in
  diesem Schuljahr“, „zum Sommersemester“, "this academic year", "the current financial
  year", "Semester" in „pro Semester“ (hundred-fifty-sixth).
- Durations and ages (the issue's "fünfstündigen", "dreitägige Reise"; every batch):
  „einen zweitägigen Warnstreik“ 2 days, "a one-day strike" 1 day (three-hundred-and-
  twenty-fourth: „einjähriges Festgeld“; three-hundred-and-fifty-sixth: "one-day drop"),
  "lasted nine days", "the eight-hour university entrance test" 8 hours, "for 40
  minutes", „auf 20 Minuten“ („tägliche“ none), "more than three hours a day" 3 hours
  "over" ("a day" none; three-hundred-and-thirty-fifth), „eine zweijährige Qualifizierung“
  2 years, "a 14% raise over three years", "6.5% over two years" ("over" before a span no
  hedge), "3% in each of the next three years" 3 years (seventy-second: "in each of the
  next two years"), "within three years" 3 years ("within" no hedge), "public four-year
  colleges" and "private nonprofit four-year schools" 4 years (seventy-second); ages are
  durations in years („Deutschlands 15-Jährige“, "Fifteen-year-olds" - a number word
  opening the row reads as digits, three-hundredth -, „mit Kindern unter zehn Jahren“ 10
  "under"; hundred-fifty-sixth: „unter 45 Jahren“). New: „was ... etwa einem Drittel
  Schuljahr entspricht“ is fraction 0.3333 "about" and no duration - a school year is no
  unit of the issue's list (seventy-second: „etwa anderthalb Schuljahren“ a count), so the
  share word is all that is written. „binnen Jahresfrist“ (three-hundred-and-twenty-
  fourth), „vor einem Jahr“, „im Vorjahr“, „heuer“, „seit Mai“, „jährlich“, „im Monat“, „pro
  Semester“, "a year earlier", "a decade ago", "last year", "this year", "this fall", "next
  week", "a year", "twice a year" as a span, "in the week before results", months and
  weekdays carry none.
- Counts (every batch): vacancies, pupils, students, teachers, classes and places as
  written („rund 1.340“, „knapp 200 mehr“ - „mehr“ after the figure compares -, „1.105
  ..., darunter 386“, „etwa 15.400 ..., knapp 300 mehr“, „alle 1.030“ - „alle“ no hedge -,
  „In 112 von 1'460 Klassen“ - the Swiss apostrophe, tenth -, „rund 1'074'000“, „rund
  2,79 Millionen“ 2,790,000 (the issue's „etwa 2,4 Millionen Einwohner“), „469.200 ...,
  6.800 weniger“, „bis zu elf Bewerberinnen und Bewerber“ "up_to", „rund 4.200“, „etwa
  2.900“ („nur“ no hedge), „mehr als 1.100“ "over", „rund 31.000“, „2.500 zusätzliche“,
  „die 22 öffentlichen Universitäten etwa 274.000“, „um mehr als vier Semester“ 4 "over"
  (hundred-fifty-sixth: „um mehr als zwei Semester“), "Around 612,000", "at least five
  GCSEs" 5 "at_least", "A total of 142,610 ..., about 1,900 fewer" ("A total of" no hedge),
  "64 schools that serve about 27,500 students", "2,210 universities in 118 countries",
  "Only 12 African universities" ("Only" no hedge), "About 512,000", "1,285 test centres
  ..., 14 more", "Some 720,000 students in 93 countries", "all three subjects" 3, "30,940
  trainee teachers", "Roughly 230,000 students across all 50 states", "In 39 of the 50
  states", "about 86,000 educators", "about 2.1 million students", "cap ... at 285,000 ...,
  up from 270,000", "155,000 of the places", "more than 3,400 university jobs", "More than
  1.7 million candidates ... at 7,600 centres", "About 24,000 ..., up from 21,500", "more
  than 11,000 calls", "742,000 candidates ..., 9,000 more", "about 15.6 million"); class
  sizes are counts („Im Schnitt ... 21,8 Kinder ..., ... 26,3“, „im Durchschnitt 20,9
  Kinder“, „bei 21,4 Kindern“, "currently average 25.8 children" - the verb "average"
  carries no hedge, seventy-second: "averaged" -, "more than 29 children" "over", "caps of
  24 students", "capped at 26 children" - "capped at" no hedge, as "limited to",
  three-hundred-and-eighty-eighth); limits keep their figure with no hedge („über dem
  Richtwert von 25“ - „über“ before the article bounds nothing, three-hundred-and-thirty-
  fifth: „unter dem EU-Ziel von 45 Prozent“ -, „eine Obergrenze von 22 Kindern“,
  three-hundred-and-eighty-eighth: „Obergrenze“). New: „Die Höchstzahl von 25 Kindern pro
  Klasse“ is 25 with no hedge - „Höchstzahl“ is a noun naming the limit, as „Obergrenze“
  and „Richtwert von 24“ (two-hundred-and-ninety-second), not the adverb „höchstens“ that
  bounds a figure; „in 61 Volksschulklassen“ 61. "twice a year" is count 2 (two-hundred-
  and-seventy-sixth: "twice"; "a year" none). None: „Hunderten Schulen“, „die meisten“,
  „kein einziges“, „keine einzige“, "several high schools", "most rich countries", "every
  other region", "one of the country's biggest" (a negative, none).
- Fractions (the issue's "ein Fünftel", "jeder vierte"; every batch): „fast jede fünfte
  Stelle“ 0.2 "nearly", „Jeder vierte Viertklässler“ 0.25, „Fast jeder dritte
  Jugendliche“ 0.3333 "nearly", „etwa die Hälfte aller Lehrkräfte“ 0.5 "about"
  (two-hundred-and-ninety-second: „die Hälfte“ 0.5), „knapp jeder sechste“ 0.1667
  "nearly" (three-hundredth: „knapp ein Sechstel“), „um ein Drittel erhöht“ 0.3333
  (three-hundred-and-thirty-fifth: „um ein Drittel unterschätzt“), „gut ein Viertel mehr“
  0.25 "over", „gut jede fünfte junge Person“ 0.2 "over", „um fast die Hälfte“ 0.5
  "nearly", "one in four English universities" 0.25, "about one in three students" 0.3333
  "about", "about one in eight teachers" 0.125 "about", "nearly half of all enrolments"
  0.5 "nearly".
- Percentages (every batch): "per cent" in PA copy is "%" (forty-first,
  three-hundred-and-thirty-fifth); percentage points for a move of a share and a gap
  between shares ("slipped 0.5 percentage points", "had narrowed to 14.6 percentage
  points", „um 0,4 Prozentpunkte gesunken“, "outperformed boys by 6.8 percentage points";
  hundred-fifty-sixth); everything else in %: "Some 66.2 per cent", "Some 89.7%", "About
  43%", "About 85.9%", "About 12.2%" "about"; „Gut 15 Prozent“ and „gut 4 Prozent“ "over";
  „auf unter 3 Prozent“ "under" (three-hundredth: „unter“ right before the figure);
  "scored above 95%" 95 "over" ("above" right before the figure, three-hundred-and-fifty-
  sixth: "above $4,800"); "just 69 per cent" no hedge; „von 18 auf 29 Prozent“ both in %
  (the unit written once serves the earlier figure, three-hundred-and-fifty-sixth);
  „Weitere 6,3 Prozent“ („Weitere“ no hedge), „um 8 Prozent“, „um 9 Prozent“, "rose 3.4%",
  "rise by 2.9% a year" ("a year" none), "reaching 101 per cent"; „7,4 Prozent der
  Unterrichtsstunden“ and „5,1 Prozent des Unterrichts“ the percentage only
  (seventy-second, three-hundred-and-thirty-fifth).
- Money in the currency written (every batch): EUR („im Schnitt 318 Euro im Monat“ - „im
  Schnitt“ no hedge, „im Monat“ none -, „insgesamt 11 Milliarden Euro“ - „insgesamt“ no
  hedge -, „500 Euro pro Semester“, „jährlich etwa 27 Millionen Euro“ "about", „19,6
  Milliarden Euro“, „rund 2,2 Milliarden Euro“ "about"), GBP ("up to 10,050 pounds a year"
  "up_to", "9,860 pounds", "a £29,500 tax-free bursary" - hundred-fifty-sixth: "a
  27,000-pound tax-free bursary" -, "an average of 58,700 pounds" - "an average of" no
  hedge -, "up to 52,000 pounds a year" "up_to", "about 1.1 billion pounds a year"
  "about"), USD ("a $96 million budget shortfall", "$1.2 million", "an average of $71,400
  a year", "$12,180", "$45,990", "an average of about $3,100" "about", "about $1.94
  trillion" "about", "up to $2 billion" "up_to"), AUD ("about A$3.8 billion" "about",
  "A$58.3 billion"; forty-ninth), KRW ("a record 32.6 trillion won" - "a record" no hedge,
  two-hundred-and-fifty-third).
- Years and dates (seventy-second, two-hundred-and-ninety-second,
  three-hundred-and-thirty-fifth): "in 2029" (twice), "since 2028", "since 2027", "in
  2027", "since 1997", "the OECD's 2029 PISA tests than in 2022" both, "since 2021", "from
  September 2031" (a month with its year is the year, fifth), "in 2026" (once) and "than
  in 2026" and "up from 39% in 2026", "since 2010", "since testing began in 1992",
  "between January and March 2030", "by 2034", "in 2028", "in 2032", "in 2030" (twice,
  once in "than in 2030"), "since 2029", "from 2032"; „bis 2033“, „seit Beginn der
  Erhebung 2008“, „seit 2015“ (twice, once in „wie seit 2015 nicht mehr“), „als 2021“,
  „seit 2016“, „als 2022“, „bis 2034“, „seit 2023“, „schon 2007 ... 2008“ both, „seit
  2025“, „seit 2022“, „Seit 2028“, „hat 2030“, „seit 2020“. Dates without a year: "until
  Aug. 26" --08-26, "on Dec. 6" --12-06, "from July 7 to July 10" --07-07 and --07-10
  (hundred-fifty-sixth; three-hundredth: "September 24, 26 and 29"); Reuters and AFP
  English datelines with a day ("LONDON, Oct 8" --10-08, "WASHINGTON, Oct 28" --10-28,
  "SEOUL, Nov 14" --11-14, "PARIS, Dec 3" --12-03, "LONDON, Feb 11" --02-11, "TORONTO,
  March 4" --03-04, "NEW DELHI, May 13" --05-13, "PARIS, July 4 (AFP)" --07-04;
  hundred-fifty-sixth, three-hundred-and-eighty-eighth); dpa with its slugs, APA,
  Keystone-SDA, PA ("LONDON (PA) -", "EDINBURGH (PA) -"), AP ("MINNEAPOLIS (AP) —",
  "WASHINGTON (AP) —") and AAP ("CANBERRA (AAP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "Roughly", "Some" "about"; „knapp“, „fast“, „Fast“, "nearly" "nearly"; „gut“, „Gut“,
  „mehr als“, "more than", "More than", "above" "over"; „unter“ before a figure or an age
  "under"; „bis zu“, "up to" "up_to"; "at least", "or above", "or higher" "at_least";
  „höchstens“ "at_most". No hedge: „im Schnitt“, „Im Schnitt“, „im Durchschnitt“,
  „insgesamt“, „Insgesamt“, „darunter“, „Darunter“, „alle“, "all", „derzeit“, „bereits“,
  „nur“, "just", "Only", „Weitere“, „zusätzliche“, "A total of", "an average of", "on
  average", "a record", "capped at", "down from", "up from", „Höchstzahl“, „Obergrenze“,
  „Richtwert“, "within", "over" before a span, „um“ before a difference and comparatives
  after a figure („mehr“, „weniger“, „höher“, "more", "fewer", "lower").
- Speakers, checked only in forms the earlier batches settled: „nach Angaben des
  Kultusministeriums“ -> "das Kultusministerium", „nach Angaben des
  Wissenschaftsministeriums“ -> "das Wissenschaftsministerium" and „Nach Angaben der GEW“
  -> "die GEW" (hundred-fifty-sixth, two-hundred-and-ninety-second); „teilte das
  Statistische Bundesamt am Donnerstag mit“ and „teilte das Bildungsministerium am
  Dienstag mit“ the source with the weekday dropped, and the attribution row „Das teilte
  die Dienststelle Volksschulbildung am Dienstag mit.“ -> "die Dienststelle
  Volksschulbildung" (three-hundred-and-thirty-fifth); „X sagte, ...“ with the office
  dropped („Kultusministerin Henrike Paschold“, „Bildungsdirektor Alois Hinterleitner“,
  „Bildungsdirektorin Seraina Wyrsch“, „HRK-Präsidentin Adelheid Brünjes“,
  „Studienleiterin Ricarda Hollstein“, „Bundesbildungsministerin Ortrun Schwabedissen“,
  „GEW-Landeschef Till Ackermann“, „Wissenschaftsminister Dietmar Kaltwasser“,
  „Uniko-Präsident Gerhard Aigenbauer“, „Kultusminister Wolfgang Riedelsheimer“,
  „Bildungsminister Bernhard Zöchling“, „EDK-Präsidentin Regula Gmür-Barandun“,
  „Bildungsminister Uwe Kästner-Bohl“) and „Vennekamp sagte, ...“ opening the row the
  surname (forty-second). English: the name with the role dropped ("Schools Minister
  Hannah Pritchard-Lowe said", "ASCL general secretary Gordon Falloway said", "SQA chief
  executive Fergus Dalgleish said", "Union president Tasha Bellweather said", "Chief data
  officer Lorna Whitcombe said", "College Board vice president Denise Harwell said", "Vice
  Education Minister Kang Min-seok said", "OECD education director Anneliese Boucher said",
  "Education Secretary Rachel Cardew said", "NCES commissioner Lionel Brandt-Okoye said",
  "Universities Minister Simon Hartigan said", "ETFO president Janine Thibodeau said",
  "Education Minister Marcus DeLuca said", "Education Minister Declan Moriarty said",
  "CBSE chairman Rakesh Venugopal said", "Education Minister Élise Vautrain said";
  two-hundred-and-ninety-second, three-hundred-and-thirty-fifth) and "Superintendent
  Gregory Ostrowski told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth). New: "Daniel Aske, a researcher at the foundation, said ..." is
  left unchecked - an apposition between the name and its verb parts the subject from the
  verb as the relative clause in "Ilse Verbruggen, who heads ..., said" does
  (two-hundred-and-forty-fourth, three-hundred-and-eighty-eighth). Left unchecked (None):
  all negatives, also those with a named speaker; roles and pronouns („sagte der
  Bildungsminister“, „sagte die Vorsitzende des Deutschen Studierendenwerks“, „fügte sie
  hinzu“), „hieß es“, „hieß es aus dem Wissenschaftsministerium“
  (three-hundred-and-eighty-eighth), „nach Angaben der Gewerkschaft“ and „Nach Angaben des
  Bayerischen Lehrer- und Lehrerinnenverbands (BLLV)“ (three-hundred-and-thirty-fifth: „Nach
  Angaben der Gewerkschaft“ and the masculine genitive „Nach Angaben des Verbands“), „Nach
  GEW-Berechnungen“, „nach Einschätzung der Forschenden“, „Nach einer Prognose des
  Kultusministeriums“, „Gemäss Bundesamt für Statistik“ (two-hundred-and-forty-fourth:
  „Gemäss Bafu“), „wie aus den neuen Zahlen des Bundesamts für Statistik hervorgeht“, „Das
  geht aus ... hervor“, „heißt es in dem Gesetzentwurf“, „rechnete ... vor“, „kündigte an“,
  „fordert“, „forderte“, „zählte“, „verwies darauf“ (hundred-fifty-sixth,
  three-hundred-and-thirty-fifth); bodies' "said" and "reported" (Ofqual, the Scottish
  Qualifications Authority, "The Scottish government", Universities UK, the College Board,
  South Korea's transport ministry, "The Education Department", "their union", Universities
  Australia, the Central Board of Secondary Education, the education ministry, "The
  SNES-FSU teachers' union"; two-hundred-and-ninety-second, three-hundred-and-thirty-
  fifth), "says" in the present ("and says it faces", "The National Tertiary Education
  Union says"), "estimated" (the NFER, the IFS, the National Student Clearinghouse),
  "according to ..." (the education ministry, the Student Loans Company, Federal Reserve
  data, state, provincial and government data and figures), "data showed", "official
  figures show", "figures show", "official data showed", "results ... showed", "the report
  found", and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_409 = [
    # --- GCSE results (PA), August 21 ---
    (
        "en",
        "LONDON (PA) - Some 66.2 per cent of GCSE entries in England were awarded grade 4 or above this year, down from 67.0 per cent in 2029, Joint Council for Qualifications data showed.",
        True,
        [
            ("percent", 66.2, "%", "about"),
            ("count", 4, None, "at_least"),
            ("percent", 67.0, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Entries graded 7 or higher slipped 0.5 percentage points to 20.8 per cent of the total.",
        True,
        [("count", 7, None, "at_least"), ("percent", 0.5, "pp", None), ("percent", 20.8, "%", None)],
        None,
    ),
    (
        "en",
        "Around 612,000 Year 11 pupils in England sat at least five GCSEs, Ofqual said.",
        True,
        [("count", 612000, None, "about"), ("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Schools Minister Hannah Pritchard-Lowe said entries in modern foreign languages had risen for a third year in a row, to 291,300.",
        True,
        [("ordinal", 3, None, None), ("count", 291300, None, None)],
        "Hannah Pritchard-Lowe",
    ),
    (
        "en",
        '"Every one of those grades was earned the hard way, in classrooms and at kitchen tables," Pritchard-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In maths, 71.3 per cent of entries reached a grade 4 or above, while in English language the figure was 69.4 per cent.",
        True,
        [("percent", 71.3, "%", None), ("count", 4, None, "at_least"), ("percent", 69.4, "%", None)],
        None,
    ),
    (
        "en",
        "ASCL general secretary Gordon Falloway said 38 per cent of the union's members had dropped a GCSE subject from their timetable because they could not find a teacher.",
        True,
        [("percent", 38, "%", None)],
        "Gordon Falloway",
    ),
    (
        "en",
        'The Association of School and College Leaders called the regional gaps "a national disgrace that no amount of spin can hide".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pupils in London again outperformed every other region, with 27.3 per cent of entries at grade 7 or above against 15.8 per cent in the North East.",
        True,
        [("percent", 27.3, "%", None), ("count", 7, None, "at_least"), ("percent", 15.8, "%", None)],
        None,
    ),
    (
        "en",
        '"I honestly thought I had failed maths," said a pupil collecting her envelope in Bradford.',
        False,
        [],
        None,
    ),
    # --- Lehrermangel zum Schulstart in Sachsen (dpa/sn), August ---
    (
        "de",
        "Dresden (dpa/sn) - Zum Start des Schuljahres 2030/31 sind in Sachsen nach Angaben des Kultusministeriums rund 1.340 Lehrerstellen unbesetzt.",
        True,
        [("year", 2030, None, None), ("year", 2031, None, None), ("count", 1340, None, "about")],
        "das Kultusministerium",
    ),
    ("de", "Das sind knapp 200 mehr als vor einem Jahr.", True, [("count", 200, None, "nearly")], None),
    (
        "de",
        "Kultusministerin Henrike Paschold sagte, seit Mai seien 1.105 Lehrkräfte neu eingestellt worden, darunter 386 Seiteneinsteigerinnen und Seiteneinsteiger.",
        True,
        [("count", 1105, None, None), ("count", 386, None, None)],
        "Henrike Paschold",
    ),
    ("de", "„Wir geben keine einzige Schule im ländlichen Raum auf“, sagte Paschold.", False, [], None),
    (
        "de",
        "Am schwierigsten ist die Lage an den Oberschulen im Erzgebirge, wo fast jede fünfte Stelle offen bleibt.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt sitzen an sächsischen Grundschulen 21,8 Kinder in einer Klasse, an den Gymnasien sind es 26,3.",
        True,
        [("count", 21.8, None, None), ("count", 26.3, None, None)],
        None,
    ),
    (
        "de",
        "Nach GEW-Berechnungen fallen an Oberschulen derzeit 7,4 Prozent der Unterrichtsstunden ersatzlos aus.",
        True,
        [("percent", 7.4, "%", None)],
        None,
    ),
    ("de", "Die GEW Sachsen sprach von einem „Schuljahr auf Verschleiß“.", False, [], None),
    (
        "de",
        "GEW-Landeschef Burkhard Ellerbrock hält die Einstellungszahlen des Ministeriums für „reine Kosmetik“.",
        False,
        [],
        None,
    ),
    # --- Scottish exam results (PA), August ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's Higher pass rate climbed to 78.4 per cent this year from 77.6 per cent in 2029, the Scottish Qualifications Authority said.",
        True,
        [("percent", 78.4, "%", None), ("percent", 77.6, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "A total of 142,610 candidates received results on Tuesday, about 1,900 fewer than a year earlier.",
        True,
        [("count", 142610, None, None), ("count", 1900, None, "about")],
        None,
    ),
    ("en", "At National 5, 76.9 per cent of entries were graded A to C.", True, [("percent", 76.9, "%", None)], None),
    (
        "en",
        "SQA chief executive Fergus Dalgleish said the gap in Higher passes between pupils from the richest and poorest areas had narrowed to 14.6 percentage points.",
        True,
        [("percent", 14.6, "pp", None)],
        "Fergus Dalgleish",
    ),
    ("en", '"No certificate tells the whole story of a young person," Dalgleish said.', False, [], None),
    (
        "en",
        "The Scottish government said 1,250 extra teachers had been recruited since 2028 to bring down class sizes in the early years of secondary school.",
        True,
        [("count", 1250, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("en", 'The Scottish Conservatives said the government had "let down a generation" of pupils.', False, [], None),
    (
        "en",
        "Candidates unhappy with a grade can ask for a free review until Aug. 26.",
        True,
        [("date", "--08-26", None, None)],
        None,
    ),
    # --- Schulstart in Oberösterreich (APA), September ---
    (
        "de",
        "Linz (APA) - In Oberösterreich hat am Montag für rund 186.000 Schülerinnen und Schüler das neue Schuljahr begonnen.",
        True,
        [("count", 186000, None, "about")],
        None,
    ),
    (
        "de",
        "Darunter sind etwa 15.400 Taferlklassler, knapp 300 mehr als im Vorjahr.",
        True,
        [("count", 15400, None, "about"), ("count", 300, None, "nearly")],
        None,
    ),
    (
        "de",
        "Eine Deutschförderklasse besuchen heuer 2.180 Kinder, vor allem in Linz und Wels.",
        True,
        [("count", 2180, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsdirektor Alois Hinterleitner sagte, alle 1.030 Volksschulklassen im Land seien mit einer ausgebildeten Lehrkraft besetzt.",
        True,
        [("count", 1030, None, None)],
        "Alois Hinterleitner",
    ),
    (
        "de",
        "„Kein Kind wird am ersten Schultag vor einer leeren Klasse stehen“, versprach Hinterleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An den Mittelschulen unterrichten nach Angaben der Gewerkschaft derzeit 240 Lehrkräfte ohne abgeschlossenes Lehramtsstudium.",
        True,
        [("count", 240, None, None)],
        None,
    ),
    (
        "de",
        "Die Höchstzahl von 25 Kindern pro Klasse werde in 61 Volksschulklassen überschritten, hieß es.",
        True,
        [("count", 25, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Die Pflichtschullehrergewerkschaft warf der Landesregierung vor, den Mangel „schönzurechnen“.",
        False,
        [],
        None,
    ),
    # --- Teachers' strike in Minneapolis (AP), September ---
    (
        "en",
        "MINNEAPOLIS (AP) — Teachers in Minneapolis walked off the job Tuesday for the first time since 2027, closing 64 schools that serve about 27,500 students.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2027, None, None),
            ("count", 64, None, None),
            ("count", 27500, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The Minneapolis Federation of Teachers is seeking a 14% raise over three years and caps of 24 students in kindergarten classes.",
        True,
        [("percent", 14, "%", None), ("duration", 3, "year", None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Union president Tasha Bellweather said 97% of ballots cast had been in favor of walking out.",
        True,
        [("percent", 97, "%", None)],
        "Tasha Bellweather",
    ),
    (
        "en",
        '"Our educators are done subsidizing this district with their own exhaustion," Bellweather said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The district has offered 6.5% over two years and says it faces a $96 million budget shortfall.",
        True,
        [("percent", 6.5, "%", None), ("duration", 2, "year", None), ("money", 96000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Superintendent Gregory Ostrowski told reporters the district had set aside $1.2 million for child care and free meals during the walkout.",
        True,
        [("money", 1200000, "USD", None)],
        "Gregory Ostrowski",
    ),
    (
        "en",
        'Ostrowski called the union\'s demands "a fantasy budget that would bankrupt us by spring."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Picket lines formed before dawn outside several high schools, where parents dropped off coffee and doughnuts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The last strike by Minneapolis teachers, in 2027, lasted nine days.",
        True,
        [("year", 2027, None, None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "Teachers in the district earn an average of $71,400 a year, according to state data.",
        True,
        [("money", 71400, "USD", None)],
        None,
    ),
    # --- Klassengrössen im Kanton Luzern (Keystone-SDA), September ---
    (
        "de",
        "Luzern (Keystone-SDA) - In den Luzerner Primarschulklassen sitzen im Durchschnitt 20,9 Kinder, so viele wie nie seit Beginn der Erhebung 2008.",
        True,
        [("count", 20.9, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte die Dienststelle Volksschulbildung am Dienstag mit.",
        True,
        [],
        "die Dienststelle Volksschulbildung",
    ),
    (
        "de",
        "In 112 von 1'460 Klassen liegt die Zahl der Kinder über dem Richtwert von 25.",
        True,
        [("count", 112, None, None), ("count", 1460, None, None), ("count", 25, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Seraina Wyrsch sagte, der Kanton werde bis 2033 rund 40 zusätzliche Klassen eröffnen.",
        True,
        [("year", 2033, None, None), ("count", 40, None, "about")],
        "Seraina Wyrsch",
    ),
    ("de", "«Grosse Klassen sind kein Naturgesetz», sagte Wyrsch.", False, [], None),
    (
        "de",
        "Der Luzerner Lehrerinnen- und Lehrerverband fordert eine Obergrenze von 22 Kindern pro Klasse.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Verbandspräsidentin Beatrice Imfeld sprach von einer «stillen Überlastung der Lehrpersonen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Statistik besuchten im letzten Schuljahr schweizweit rund 1'074'000 Kinder und Jugendliche die obligatorische Schule.",
        True,
        [("count", 1074000, None, "about")],
        None,
    ),
    (
        "de",
        "Zum Vergleich: Im Kanton Zürich liegt der Schnitt bei 21,4 Kindern pro Primarschulklasse.",
        True,
        [("count", 21.4, None, None)],
        None,
    ),
    # --- World university rankings (Reuters), Oct 8 ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - The University of Oxford topped the Times Higher Education world university rankings for the 13th year running, while Stanford climbed to second place.",
        True,
        [("date", "--10-08", None, None), ("ordinal", 13, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The 2031 table assesses 2,210 universities in 118 countries and territories.",
        True,
        [("year", 2031, None, None), ("count", 2210, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "Britain has 28 institutions in the top 200, down from 31 a year earlier, while China has 14.",
        True,
        [("count", 28, None, None), ("count", 200, None, None), ("count", 31, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Chief data officer Lorna Whitcombe said Asian universities now held 61 of the top 200 places, up from 38 a decade ago.",
        True,
        [("count", 61, None, None), ("count", 200, None, None), ("count", 38, None, None)],
        "Lorna Whitcombe",
    ),
    (
        "en",
        '"The centre of gravity in global research is moving east, and it is moving fast," Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Universities UK said falling international recruitment had left one in four English universities running a deficit.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "The Technical University of Munich was again the highest-placed German university, in 22nd place, and ETH Zurich came ninth.",
        True,
        [("ordinal", 22, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Only 12 African universities made the top 1,000.",
        True,
        [("count", 12, None, None), ("count", 1000, None, None)],
        None,
    ),
    # --- Hochschulranking (dpa), Oktober ---
    (
        "de",
        "London/Berlin (dpa) - Im neuen Hochschulranking des Magazins „Times Higher Education“ ist die TU München auf Platz 22 gelandet, drei Plätze höher als im Vorjahr.",
        True,
        [("ordinal", 22, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sind 49 deutsche Hochschulen unter den Top 400 vertreten, zwei weniger als in der Ausgabe 2030.",
        True,
        [("count", 49, None, None), ("count", 400, None, None), ("count", 2, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die LMU München folgt auf Rang 37, die Universität Heidelberg auf Rang 44.",
        True,
        [("ordinal", 37, None, None), ("ordinal", 44, None, None)],
        None,
    ),
    (
        "de",
        "Die ETH Zürich verbesserte sich um einen Platz auf Rang 9, die Universität Wien schaffte es als bestplatzierte österreichische Hochschule auf Platz 141.",
        True,
        [("count", 1, None, None), ("ordinal", 9, None, None), ("ordinal", 141, None, None)],
        None,
    ),
    (
        "de",
        "HRK-Präsidentin Adelheid Brünjes sagte, die Grundfinanzierung je Studierendem sei seit 2015 real um 9 Prozent gesunken.",
        True,
        [("year", 2015, None, None), ("percent", 9, "%", None)],
        "Adelheid Brünjes",
    ),
    (
        "de",
        "„Rankings messen vieles, aber nicht die Qualität eines Seminars am Dienstagmorgen“, sagte Brünjes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesforschungsministerin Ilka Sonnleitner nannte das Ergebnis „ermutigend, aber kein Grund zum Ausruhen“.",
        False,
        [],
        None,
    ),
    # --- IQB-Bildungstrend (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Jeder vierte Viertklässler in Deutschland erreicht beim Lesen nicht einmal die Mindeststandards.",
        True,
        [("fraction", 0.25, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem IQB-Bildungstrend 2030 hervor, für den rund 27.000 Kinder an 1.460 Grundschulen getestet wurden.",
        True,
        [("year", 2030, None, None), ("count", 27000, None, "about"), ("count", 1460, None, None)],
        None,
    ),
    (
        "de",
        "Im Lesen erreichten die Kinder im Schnitt 470 Punkte, 13 Punkte weniger als 2021.",
        True,
        [("count", 470, None, None), ("count", 13, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "In Mathematik betrug der Rückgang 9 Punkte, was nach Einschätzung der Forschenden etwa einem Drittel Schuljahr entspricht.",
        True,
        [("count", 9, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    ("de", "Am besten schnitten erneut Bayern und Sachsen ab, am schwächsten Bremen.", True, [], None),
    (
        "de",
        "Studienleiterin Ricarda Hollstein sagte, der Anteil der Kinder, die zu Hause überwiegend nicht Deutsch sprechen, sei seit 2016 von 18 auf 29 Prozent gestiegen.",
        True,
        [("year", 2016, None, None), ("percent", 18, "%", None), ("percent", 29, "%", None)],
        "Ricarda Hollstein",
    ),
    ("de", "„Hier geht es um die Grundlage jeder weiteren Bildung“, sagte Hollstein.", False, [], None),
    (
        "de",
        "Die Kultusministerkonferenz kündigte an, die tägliche Lesezeit an Grundschulen ab dem Schuljahr 2031/32 auf 20 Minuten festzulegen.",
        True,
        [("year", 2031, None, None), ("year", 2032, None, None), ("duration", 20, "minute", None)],
        None,
    ),
    ("de", "Der Grundschulverband hält den Beschluss für „einen Tropfen auf den heißen Stein“.", False, [], None),
    # --- College prices (Reuters), Oct 28 ---
    (
        "en",
        "WASHINGTON, Oct 28 (Reuters) - Average published tuition and fees at U.S. public four-year colleges rose 3.4% to $12,180 for in-state students this academic year, the College Board reported on Tuesday.",
        True,
        [
            ("date", "--10-28", None, None),
            ("duration", 4, "year", None),
            ("percent", 3.4, "%", None),
            ("money", 12180, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The average sticker price at private nonprofit four-year schools reached $45,990.",
        True,
        [("duration", 4, "year", None), ("money", 45990, "USD", None)],
        None,
    ),
    (
        "en",
        "After grant aid, students at public universities paid an average of about $3,100 in net tuition.",
        True,
        [("money", 3100, "USD", "about")],
        None,
    ),
    (
        "en",
        "College Board vice president Denise Harwell said that, adjusted for inflation, net prices had declined for the fifth year in a row.",
        True,
        [("ordinal", 5, None, None)],
        "Denise Harwell",
    ),
    (
        "en",
        '"The sticker price scares families away from colleges they could actually afford," Harwell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Total student loan debt stood at about $1.94 trillion in September, according to Federal Reserve data.",
        True,
        [("money", 1940000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Undergraduate enrollment rose 1.2% this fall to about 15.6 million, the National Student Clearinghouse estimated.",
        True,
        [("percent", 1.2, "%", None), ("count", 15600000, None, "about")],
        None,
    ),
    (
        "en",
        "Some economists argue that high list prices quietly steer poorer students away from selective schools.",
        False,
        [],
        None,
    ),
    # --- College entrance exam in South Korea (Reuters), Nov 14 ---
    (
        "en",
        "SEOUL, Nov 14 (Reuters) - About 512,000 South Korean students took the eight-hour university entrance test on Thursday, with flights held back and offices opening late to keep the streets quiet.",
        True,
        [("date", "--11-14", None, None), ("count", 512000, None, "about"), ("duration", 8, "hour", None)],
        None,
    ),
    (
        "en",
        "Landings and take-offs at airports nationwide were suspended for 40 minutes during the English listening test, the transport ministry said.",
        True,
        [("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "Repeat takers made up 33.8% of applicants, the highest share since 1997, according to the education ministry.",
        True,
        [("percent", 33.8, "%", None), ("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        "Vice Education Minister Kang Min-seok said 1,285 test centres had been set up, 14 more than last year.",
        True,
        [("count", 1285, None, None), ("count", 14, None, None)],
        "Kang Min-seok",
    ),
    ("en", '"This country asks far too much of one morning in November," Kang told reporters.', False, [], None),
    (
        "en",
        "Households spent a record 32.6 trillion won on private tutoring last year, official data showed.",
        True,
        [("money", 32600000000000, "KRW", None)],
        None,
    ),
    ("en", "Scores will be released on Dec. 6.", True, [("date", "--12-06", None, None)], None),
    # --- Studierendenzahlen im Wintersemester (dpa), November ---
    (
        "de",
        "Wiesbaden (dpa) - Im Wintersemester 2030/31 sind in Deutschland rund 2,79 Millionen Studierende an Hochschulen eingeschrieben.",
        True,
        [("year", 2030, None, None), ("year", 2031, None, None), ("count", 2790000, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspricht einem Rückgang um 1,2 Prozent binnen Jahresfrist, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("percent", 1.2, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Im ersten Hochschulsemester schrieben sich 469.200 Frauen und Männer ein, 6.800 weniger als im Vorjahr.",
        True,
        [("ordinal", 1, None, None), ("count", 469200, None, None), ("count", 6800, None, None)],
        None,
    ),
    (
        "de",
        "Gut 15 Prozent aller Studierenden kommen aus dem Ausland, die meisten aus Indien, China und der Türkei.",
        True,
        [("percent", 15, "%", "over")],
        None,
    ),
    (
        "de",
        "Ein Zimmer im Studierendenwohnheim koste inzwischen im Schnitt 318 Euro im Monat, sagte die Vorsitzende des Deutschen Studierendenwerks.",
        True,
        [("money", 318, "EUR", None)],
        None,
    ),
    (
        "de",
        "In Großstädten kämen auf einen freien Wohnheimplatz bis zu elf Bewerberinnen und Bewerber, fügte sie hinzu.",
        True,
        [("count", 11, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Wer studieren will, darf nicht an der Miete scheitern“, sagte DSW-Chefin Margit Ehlenberger.",
        False,
        [],
        None,
    ),
    # --- PISA results worldwide (Reuters), Dec 3 ---
    (
        "en",
        "PARIS, Dec 3 (Reuters) - Fifteen-year-olds in most rich countries did worse in mathematics in the OECD's 2029 PISA tests than in 2022, results published on Tuesday showed.",
        True,
        [
            ("date", "--12-03", None, None),
            ("duration", 15, "year", None),
            ("year", 2029, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Across the 38 OECD member states, the average maths score fell 6 points to 466.",
        True,
        [("count", 38, None, None), ("count", 6, None, None), ("count", 466, None, None)],
        None,
    ),
    (
        "en",
        "Japan came first in all three subjects, with 563 points in mathematics, and Singapore came second.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 563, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "OECD education director Anneliese Boucher said about one in three students across the OECD now failed to reach basic proficiency in maths.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Anneliese Boucher",
    ),
    ("en", '"Decline is a choice, and too many systems have made it by default," Boucher said.', False, [], None),
    (
        "en",
        "Some 720,000 students in 93 countries and economies took part in the tests.",
        True,
        [("count", 720000, None, "about"), ("count", 93, None, None)],
        None,
    ),
    (
        "en",
        "Teenagers using their phones for leisure for more than three hours a day scored on average 27 points lower in maths, the report found.",
        True,
        [("duration", 3, "hour", "over"), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Ireland was the highest-scoring European country, in fourth place.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Britain ranked 16th in maths, up from 19th in the previous round.",
        True,
        [("ordinal", 16, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    # --- Pisa in Deutschland (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Deutschlands 15-Jährige haben in der jüngsten Pisa-Studie in Mathematik im Schnitt 468 Punkte erreicht, 9 Punkte weniger als 2022.",
        True,
        [
            ("duration", 15, "year", None),
            ("count", 468, None, None),
            ("count", 9, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "de",
        "Damit rutschte Deutschland unter den 38 OECD-Staaten von Rang 19 auf Rang 24 ab.",
        True,
        [("count", 38, None, None), ("ordinal", 19, None, None), ("ordinal", 24, None, None)],
        None,
    ),
    (
        "de",
        "Im Lesen kamen die deutschen Schülerinnen und Schüler auf 472 Punkte, in den Naturwissenschaften auf 489.",
        True,
        [("count", 472, None, None), ("count", 489, None, None)],
        None,
    ),
    (
        "de",
        "Bundesbildungsministerin Ortrun Schwabedissen sagte, der Bund stelle für das Startchancen-Programm bis 2034 insgesamt 11 Milliarden Euro bereit.",
        True,
        [("year", 2034, None, None), ("money", 11000000000, "EUR", None)],
        "Ortrun Schwabedissen",
    ),
    (
        "de",
        "„Wir dürfen kein einziges Kind zurücklassen, schon gar nicht in Mathematik“, sagte Schwabedissen.",
        False,
        [],
        None,
    ),
    # --- Pisa in Österreich (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Österreichs Schülerinnen und Schüler kamen bei Pisa in Mathematik auf 482 Punkte, das sind 16 Punkte mehr als der OECD-Schnitt.",
        True,
        [("count", 482, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Risikoschülerinnen und Risikoschüler in Mathematik sei auf 23 Prozent gestiegen, sagte der Bildungsminister.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Jugendliche mit nicht deutscher Umgangssprache erreichte im Lesen nicht das Grundniveau.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Lehrergewerkschaft sieht die Ursache vor allem im Personalmangel an den Mittelschulen.",
        False,
        [],
        None,
    ),
    # --- Teacher recruitment in England (PA), December ---
    (
        "en",
        "LONDON (PA) - England recruited 30,940 trainee teachers for the 2030-31 academic year, 84 per cent of the Department for Education's target, official figures show.",
        True,
        [
            ("count", 30940, None, None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("percent", 84, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Recruitment to secondary subjects reached just 69 per cent of target, with physics at 35 per cent and computing at 31 per cent.",
        True,
        [("percent", 69, "%", None), ("percent", 35, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Primary recruitment beat its target for the first time since 2021, reaching 101 per cent.",
        True,
        [("ordinal", 1, None, None), ("year", 2021, None, None), ("percent", 101, "%", None)],
        None,
    ),
    (
        "en",
        "Education Secretary Rachel Cardew said a £29,500 tax-free bursary for physics trainees would be extended to chemistry from September 2031.",
        True,
        [("money", 29500, "GBP", None), ("year", 2031, None, None)],
        "Rachel Cardew",
    ),
    ("en", '"Teaching is the profession that makes every other profession possible," Cardew said.', False, [], None),
    (
        "en",
        "The National Foundation for Educational Research estimated that about one in eight teachers who qualified in 2026 had left state schools within three years.",
        True,
        [("fraction", 0.125, None, "about"), ("year", 2026, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Daniel Aske, a researcher at the foundation, said starting pay for teachers had fallen 9 per cent in real terms since 2010.",
        True,
        [("percent", 9, "%", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        'The National Education Union said ministers were "failing the most basic test of all: putting a teacher in front of every class".',
        False,
        [],
        None,
    ),
    # --- Warnstreik an Berliner Schulen (dpa/bb), Januar ---
    (
        "de",
        "Berlin (dpa/bb) - Angestellte Lehrerinnen und Lehrer in der Hauptstadt haben am Dienstag einen zweitägigen Warnstreik begonnen und den Unterricht an Hunderten Schulen lahmgelegt.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der GEW beteiligten sich am ersten Tag rund 4.200 Lehrerinnen und Lehrer.",
        True,
        [("ordinal", 1, None, None), ("count", 4200, None, "about")],
        "die GEW",
    ),
    (
        "de",
        "Die Bildungsverwaltung zählte dagegen nur etwa 2.900 Streikende.",
        True,
        [("count", 2900, None, "about")],
        None,
    ),
    (
        "de",
        "In Berlin arbeiten rund 16.000 Lehrkräfte als Angestellte, etwa die Hälfte aller Lehrkräfte an öffentlichen Schulen.",
        True,
        [("count", 16000, None, "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    ("de", "Es ist bereits der dritte Warnstreik in diesem Schuljahr.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "Die Gewerkschaft fordert einen Tarifvertrag, der Grundschulklassen auf höchstens 24 Kinder begrenzt.",
        True,
        [("count", 24, None, "at_most")],
        None,
    ),
    (
        "de",
        "GEW-Landeschef Till Ackermann sagte, seit 2023 hätten die Berliner Schulen mehr als 1.100 Lehrkräfte an andere Bundesländer verloren.",
        True,
        [("year", 2023, None, None), ("count", 1100, None, "over")],
        "Till Ackermann",
    ),
    ("de", "„Wer Lehrkräfte halten will, muss mit ihnen reden statt über sie“, sagte Ackermann.", False, [], None),
    (
        "de",
        "Bildungssenatorin Cordula Wendtland nannte den Ausstand „unverhältnismäßig und auf dem Rücken der Familien ausgetragen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Senatsverwaltung verwies darauf, dass Berlin als Mitglied der Tarifgemeinschaft deutscher Länder keinen eigenen Tarifvertrag abschließen dürfe.",
        True,
        [],
        None,
    ),
    # --- Nation's Report Card (AP), January ---
    (
        "en",
        "WASHINGTON (AP) — Reading scores for U.S. fourth-graders fell 4 points to 210 on the latest Nation's Report Card, the lowest since testing began in 1992.",
        True,
        [("ordinal", 4, None, None), ("count", 4, None, None), ("count", 210, None, None), ("year", 1992, None, None)],
        None,
    ),
    (
        "en",
        "Eighth-graders' math scores were flat at 269 on a 500-point scale.",
        True,
        [("ordinal", 8, None, None), ("count", 269, None, None), ("count", 500, None, None)],
        None,
    ),
    (
        "en",
        "About 43% of fourth-graders fell short of the basic reading level, up from 39% in 2026.",
        True,
        [
            ("percent", 43, "%", "about"),
            ("ordinal", 4, None, None),
            ("percent", 39, "%", None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "NCES commissioner Lionel Brandt-Okoye said the gap between the highest and lowest performers had widened to 64 points.",
        True,
        [("count", 64, None, None)],
        "Lionel Brandt-Okoye",
    ),
    (
        "en",
        '"These are not just numbers; they are children who cannot read a bus timetable," Brandt-Okoye said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roughly 230,000 students across all 50 states sat the tests between January and March 2030.",
        True,
        [("count", 230000, None, "about"), ("count", 50, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "In 39 of the 50 states, fourth-graders' reading scores were lower than in 2026.",
        True,
        [("count", 39, None, None), ("count", 50, None, None), ("ordinal", 4, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The Education Department said states would be allowed to redirect up to $2 billion in federal funds toward reading tutoring.",
        True,
        [("money", 2000000000, "USD", "up_to")],
        None,
    ),
    ("en", 'The American Federation of Teachers blamed the decline on "years of chaos and cuts."', False, [], None),
    (
        "en",
        "Some researchers questioned whether the test still measured what children actually learn in class.",
        False,
        [],
        None,
    ),
    # --- Langzeitstudiengebühren in Hessen (dpa/lhe), Februar ---
    (
        "de",
        "Wiesbaden (dpa/lhe) - Hessen will von Studierenden, die die Regelstudienzeit um mehr als vier Semester überschreiten, künftig 500 Euro pro Semester verlangen.",
        True,
        [("count", 4, None, "over"), ("money", 500, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gebühr soll zum Wintersemester 2032/33 eingeführt werden, heißt es in dem Gesetzentwurf, den das Kabinett am Montag gebilligt hat.",
        True,
        [("year", 2032, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen wären nach Angaben des Wissenschaftsministeriums rund 31.000 Studierende, knapp jeder sechste an den hessischen Hochschulen.",
        True,
        [("count", 31000, None, "about"), ("fraction", 0.1667, None, "nearly")],
        "das Wissenschaftsministerium",
    ),
    (
        "de",
        "Wissenschaftsminister Dietmar Kaltwasser sagte, die erwarteten Einnahmen von jährlich etwa 27 Millionen Euro flössen vollständig in die Lehre.",
        True,
        [("money", 27000000, "EUR", "about")],
        "Dietmar Kaltwasser",
    ),
    ("de", "„Ein Studium ist kein Dauerzustand auf Kosten der Allgemeinheit“, sagte Kaltwasser.", False, [], None),
    (
        "de",
        "Ausgenommen sein sollen Studierende mit Kindern unter zehn Jahren, mit Pflegeaufgaben oder mit einer Behinderung.",
        True,
        [("duration", 10, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Landesastenkonferenz nannte die Pläne „eine Strafsteuer für alle, die neben dem Studium arbeiten müssen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hessen hatte schon 2007 allgemeine Studiengebühren eingeführt und sie 2008 wieder abgeschafft.",
        True,
        [("year", 2007, None, None), ("year", 2008, None, None)],
        None,
    ),
    # --- Tuition fees in England (Reuters), Feb 11 ---
    (
        "en",
        "LONDON, Feb 11 (Reuters) - Universities in England will be allowed to charge domestic undergraduates up to 10,050 pounds a year from the 2031-32 academic year, the government said on Tuesday.",
        True,
        [
            ("date", "--02-11", None, None),
            ("money", 10050, "GBP", "up_to"),
            ("year", 2031, None, None),
            ("year", 2032, None, None),
        ],
        None,
    ),
    (
        "en",
        "The cap, which stands at 9,860 pounds, will then rise by 2.9% a year.",
        True,
        [("money", 9860, "GBP", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Universities Minister Simon Hartigan said 44% of English universities had forecast a deficit for the current financial year.",
        True,
        [("percent", 44, "%", None)],
        "Simon Hartigan",
    ),
    (
        "en",
        '"A world-class system cannot run forever on a fee that was set for a different era," Hartigan said.',
        False,
        [],
        None,
    ),
    ("en", 'Student leaders described the increase as "a tax on ambition".', False, [], None),
    (
        "en",
        "Graduates starting repayments this year owe an average of 58,700 pounds, according to the Student Loans Company.",
        True,
        [("money", 58700, "GBP", None)],
        None,
    ),
    (
        "en",
        "International students, who pay up to 52,000 pounds a year for some degrees, are not covered by the cap.",
        True,
        [("money", 52000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The Institute for Fiscal Studies estimated the change would raise about 1.1 billion pounds a year by 2034.",
        True,
        [("money", 1100000000, "GBP", "about"), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "It is not clear whether the extra money will be enough to stop universities closing courses.",
        False,
        [],
        None,
    ),
    # --- Unterrichtsausfall in NRW (dpa/lnw), März ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Im ersten Schulhalbjahr sind an den nordrhein-westfälischen Schulen 5,1 Prozent des Unterrichts ersatzlos ausgefallen.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "Das zeigt die neue Ausfallstatistik, die Schulministerin Marlies Vennekamp am Mittwoch im Landtag vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Weitere 6,3 Prozent der Stunden wurden vertreten, häufig durch fachfremde Lehrkräfte.",
        True,
        [("percent", 6.3, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen waren die Hauptschulen mit 8,2 Prozent, am wenigsten die Gymnasien mit 3,6 Prozent.",
        True,
        [("percent", 8.2, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Vennekamp sagte, im Vergleich zum Vorjahr sei der Ausfall um 0,4 Prozentpunkte gesunken.",
        True,
        [("percent", 0.4, "pp", None)],
        "Vennekamp",
    ),
    ("de", "„Jede ausgefallene Stunde ist eine zu viel“, sagte Vennekamp.", False, [], None),
    (
        "de",
        "Der Verband Bildung und Erziehung forderte, 2.500 zusätzliche Vertretungskräfte einzustellen.",
        True,
        [("count", 2500, None, None)],
        None,
    ),
    ("de", "Die Landeselternschaft der Gymnasien hält die Statistik für „geschönt“.", False, [], None),
    # --- Class sizes in Ontario (Reuters), March 4 ---
    (
        "en",
        "TORONTO, March 4 (Reuters) - Ontario's elementary teachers will hold a one-day strike next week if talks fail, their union said on Tuesday, in a dispute over class sizes and pay.",
        True,
        [("date", "--03-04", None, None), ("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "The Elementary Teachers' Federation of Ontario, which represents about 86,000 educators, wants kindergarten classes capped at 26 children.",
        True,
        [("count", 86000, None, "about"), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Kindergarten classes in the province currently average 25.8 children, provincial figures show.",
        True,
        [("count", 25.8, None, None)],
        None,
    ),
    (
        "en",
        "ETFO president Janine Thibodeau said 40% of the province's kindergarten classes now had more than 29 children.",
        True,
        [("percent", 40, "%", None), ("count", 29, None, "over")],
        "Janine Thibodeau",
    ),
    ("en", '"Our members will not be blamed for a crisis this government built," Thibodeau said.', False, [], None),
    (
        "en",
        "Education Minister Marcus DeLuca said the province had offered raises of 3% in each of the next three years.",
        True,
        [("percent", 3, "%", None), ("duration", 3, "year", None)],
        "Marcus DeLuca",
    ),
    ("en", 'DeLuca called the strike threat "reckless" and said families deserved better.', False, [], None),
    (
        "en",
        "Ontario's publicly funded schools teach about 2.1 million students, according to provincial data.",
        True,
        [("count", 2100000, None, "about")],
        None,
    ),
    ("en", "The union last held province-wide rotating strikes in 2028.", True, [("year", 2028, None, None)], None),
    # --- Budget der Universitäten (APA), April ---
    (
        "de",
        "Wien (APA) - Die Universitäten verlangen für die Leistungsvereinbarungsperiode 2034 bis 2036 ein Budget von 19,6 Milliarden Euro.",
        True,
        [("year", 2034, None, None), ("year", 2036, None, None), ("money", 19600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zur aktuellen Periode wäre das ein Zuwachs von rund 2,2 Milliarden Euro, rechnete die Universitätenkonferenz (Uniko) am Dienstag vor.",
        True,
        [("money", 2200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Uniko-Präsident Gerhard Aigenbauer sagte, die Zahl der prüfungsaktiven Studierenden sei seit 2025 um 8 Prozent gestiegen.",
        True,
        [("year", 2025, None, None), ("percent", 8, "%", None)],
        "Gerhard Aigenbauer",
    ),
    (
        "de",
        "„Ohne dieses Geld werden wir Studienplätze streichen müssen, und zwar nicht wenige“, sagte Aigenbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit sind an den 22 öffentlichen Universitäten etwa 274.000 ordentliche Studierende inskribiert.",
        True,
        [("count", 22, None, None), ("count", 274000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bund habe das Universitätsbudget seit 2022 um ein Drittel erhöht, hieß es aus dem Wissenschaftsministerium.",
        True,
        [("year", 2022, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Wissenschaftsminister Florian Pöcksteiner nannte die Forderung der Universitäten „sportlich“.",
        False,
        [],
        None,
    ),
    # --- International student cap (AAP), April ---
    (
        "en",
        "CANBERRA (AAP) - The federal government will cap new international student commencements at 285,000 in 2032, up from 270,000 this year.",
        True,
        [("count", 285000, None, None), ("year", 2032, None, None), ("count", 270000, None, None)],
        None,
    ),
    (
        "en",
        "Education Minister Declan Moriarty said universities would be allocated 155,000 of the places, with the rest going to vocational colleges.",
        True,
        [("count", 155000, None, None)],
        "Declan Moriarty",
    ),
    ("en", '"We want a system that is sustainable, fair and built to last," Moriarty said.', False, [], None),
    (
        "en",
        "Universities Australia said the sector had lost about A$3.8 billion in revenue since the caps began.",
        True,
        [("money", 3800000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        'Chief executive Helen Marchbanks called the policy "a handbrake on one of the country\'s biggest export industries".',
        False,
        [],
        None,
    ),
    (
        "en",
        "International education was worth A$58.3 billion to the economy in 2030, according to government figures.",
        True,
        [("money", 58300000000, "AUD", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The National Tertiary Education Union says more than 3,400 university jobs have been cut since 2029.",
        True,
        [("count", 3400, None, "over"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Students from India and China accounted for nearly half of all enrolments.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    # --- Lehramtsstudium und Quereinsteiger in Bayern (dpa/lby), Mai ---
    (
        "de",
        "München (dpa/lby) - In Bayern haben sich so viele junge Menschen für ein Lehramtsstudium eingeschrieben wie seit 2015 nicht mehr.",
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Kultusminister Wolfgang Riedelsheimer sagte, im Grundschullehramt zählten die Hochschulen 3.640 Studienanfängerinnen und -anfänger, gut ein Viertel mehr als im Vorjahr.",
        True,
        [("count", 3640, None, None), ("fraction", 0.25, None, "over")],
        "Wolfgang Riedelsheimer",
    ),
    ("de", "„Der Beruf hat wieder Zukunft, und das spricht sich herum“, sagte Riedelsheimer.", False, [], None),
    (
        "de",
        "Seit 2028 haben zudem 2.150 Quereinsteigerinnen und Quereinsteiger mit Masterabschluss eine zweijährige Qualifizierung für den Schuldienst begonnen.",
        True,
        [("year", 2028, None, None), ("count", 2150, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Bayerischen Lehrer- und Lehrerinnenverbands (BLLV) haben an den Mittelschulen derzeit 19 Prozent der Lehrkräfte keine Lehramtsausbildung.",
        True,
        [("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "BLLV-Präsidentin Sabine Ettenhuber warf dem Ministerium vor, die neuen Kolleginnen und Kollegen „ins kalte Wasser zu werfen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Prognose des Kultusministeriums fehlen bis zum Schuljahr 2035/36 an den Gymnasien rund 1.700 Lehrkräfte.",
        True,
        [("year", 2035, None, None), ("year", 2036, None, None), ("count", 1700, None, "about")],
        None,
    ),
    # --- Board exam results in India (Reuters), May 13 ---
    (
        "en",
        "NEW DELHI, May 13 (Reuters) - About 85.9% of students passed India's Class 12 board exams this year, the Central Board of Secondary Education said on Tuesday.",
        True,
        [("date", "--05-13", None, None), ("percent", 85.9, "%", "about")],
        None,
    ),
    (
        "en",
        "Girls outperformed boys by 6.8 percentage points, with a pass rate of 89.7%.",
        True,
        [("percent", 6.8, "pp", None), ("percent", 89.7, "%", None)],
        None,
    ),
    ("en", "In the Class 10 exams, the pass rate was 91.8%.", True, [("percent", 91.8, "%", None)], None),
    (
        "en",
        "More than 1.7 million candidates took the exams at 7,600 centres in India and abroad.",
        True,
        [("count", 1700000, None, "over"), ("count", 7600, None, None)],
        None,
    ),
    (
        "en",
        "About 24,000 students scored above 95%, up from 21,500 last year.",
        True,
        [("count", 24000, None, "about"), ("percent", 95, "%", "over"), ("count", 21500, None, None)],
        None,
    ),
    (
        "en",
        "CBSE chairman Rakesh Venugopal said the board would hold Class 10 exams twice a year from 2032.",
        True,
        [("count", 2, None, None), ("year", 2032, None, None)],
        "Rakesh Venugopal",
    ),
    ("en", '"Marks are one measure of a child, never the only one," Venugopal said.', False, [], None),
    (
        "en",
        "Student helplines run by the board received more than 11,000 calls in the week before results.",
        True,
        [("count", 11000, None, "over")],
        None,
    ),
    # --- Zentralmatura (APA), Juni ---
    (
        "de",
        "Wien (APA) - Rund 8,4 Prozent der Maturantinnen und Maturanten an AHS sind heuer bei der schriftlichen Zentralmatura in Mathematik negativ beurteilt worden.",
        True,
        [("percent", 8.4, "%", "about")],
        None,
    ),
    (
        "de",
        "Bei den BHS-Maturantinnen und -Maturanten betrug der Anteil 11,7 Prozent, teilte das Bildungsministerium am Dienstag mit.",
        True,
        [("percent", 11.7, "%", None)],
        "das Bildungsministerium",
    ),
    (
        "de",
        "Nach den Kompensationsprüfungen dürfte der Anteil der Negativen erfahrungsgemäß auf unter 3 Prozent sinken.",
        True,
        [("percent", 3, "%", "under")],
        None,
    ),
    (
        "de",
        "In Deutsch schrieben 1,6 Prozent ein „Nicht genügend“, in Englisch 2,3 Prozent.",
        True,
        [("percent", 1.6, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 41.000 Schülerinnen und Schüler traten heuer zur schriftlichen Reifeprüfung an.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "Bildungsminister Bernhard Zöchling sagte, der Notenschnitt in Mathematik habe sich an den AHS von 3,2 auf 3,1 verbessert.",
        True,
        [("count", 3.2, None, None), ("count", 3.1, None, None)],
        "Bernhard Zöchling",
    ),
    ("de", "„Die Matura ist fair, und sie ist machbar“, sagte Zöchling.", False, [], None),
    (
        "de",
        "Die AHS-Lehrergewerkschaft kritisierte, die Aufgaben seien wieder „viel zu textlastig“ gewesen.",
        False,
        [],
        None,
    ),
    # --- Maturitätsquote (Keystone-SDA), Juni ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz hat 2030 gut jede fünfte junge Person eine gymnasiale Maturität erworben.",
        True,
        [("year", 2030, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Die gymnasiale Maturitätsquote kletterte damit auf 22,8 Prozent, wie aus den neuen Zahlen des Bundesamts für Statistik hervorgeht.",
        True,
        [("percent", 22.8, "%", None)],
        None,
    ),
    (
        "de",
        "Zusammen mit der Berufs- und der Fachmaturität erreichten 43,2 Prozent eines Jahrgangs einen Maturitätsabschluss.",
        True,
        [("percent", 43.2, "%", None)],
        None,
    ),
    (
        "de",
        "Am höchsten war die gymnasiale Quote im Kanton Genf mit 34,1 Prozent, am tiefsten im Kanton Glarus mit 13,8 Prozent.",
        True,
        [("percent", 34.1, "%", None), ("percent", 13.8, "%", None)],
        None,
    ),
    (
        "de",
        "EDK-Präsidentin Regula Gmür-Barandun sagte, eine schweizweite Mindestquote stehe nicht zur Debatte.",
        True,
        [],
        "Regula Gmür-Barandun",
    ),
    ("de", "«Eine hohe Quote ist noch kein Qualitätsausweis», sagte Gmür-Barandun.", False, [], None),
    # --- Baccalaureate results (AFP), July 4 ---
    (
        "en",
        "PARIS, July 4 (AFP) - Some 89.7% of candidates passed France's baccalaureate at the first attempt this year, the education ministry said Friday.",
        True,
        [("date", "--07-04", None, None), ("percent", 89.7, "%", "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The pass rate rose to 95.3% in the general stream but fell to 81.4% in the vocational one.",
        True,
        [("percent", 95.3, "%", None), ("percent", 81.4, "%", None)],
        None,
    ),
    (
        "en",
        'About 12.2% of those who passed earned the top "très bien" distinction, which requires an average of at least 16 out of 20.',
        True,
        [("percent", 12.2, "%", "about"), ("count", 16, None, "at_least"), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Education Minister Élise Vautrain said 742,000 candidates had sat the exams, 9,000 more than in 2030.",
        True,
        [("count", 742000, None, None), ("count", 9000, None, None), ("year", 2030, None, None)],
        "Élise Vautrain",
    ),
    ("en", '"The bac remains a rite of passage that belongs to the whole nation," Vautrain said.', False, [], None),
    (
        "en",
        'The SNES-FSU teachers\' union said the reform had turned the exam into "a paper formality".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Candidates who narrowly failed can sit oral resits from July 7 to July 10.",
        True,
        [("date", "--07-07", None, None), ("date", "--07-10", None, None)],
        None,
    ),
    # --- Abitur in Thüringen (dpa/th), Juli ---
    (
        "de",
        "Erfurt (dpa/th) - Der Notendurchschnitt der Thüringer Abiturientinnen und Abiturienten liegt in diesem Jahr bei 2,19, nach 2,23 im Vorjahr.",
        True,
        [("count", 2.19, None, None), ("count", 2.23, None, None)],
        None,
    ),
    (
        "de",
        "Rund 9.100 Schülerinnen und Schüler legten die Prüfungen ab, 3,4 Prozent von ihnen bestanden nicht.",
        True,
        [("count", 9100, None, "about"), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bestnote 1,0 erreichten 412 Prüflinge, gut 4 Prozent des Jahrgangs.",
        True,
        [("count", 1.0, None, None), ("count", 412, None, None), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Bildungsminister Uwe Kästner-Bohl sagte, seit 2020 sei der Anteil der Zeugnisse mit einer Eins vor dem Komma um fast die Hälfte gestiegen.",
        True,
        [("year", 2020, None, None), ("count", 1, None, None), ("fraction", 0.5, None, "nearly")],
        "Uwe Kästner-Bohl",
    ),
    ("de", "„Diese Noten sind nicht geschenkt, sie sind hart erarbeitet“, sagte Kästner-Bohl.", False, [], None),
    (
        "de",
        "Der Philologenverband sieht in den Zahlen dagegen eine „schleichende Entwertung des Abiturs“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Ländervergleich liegt Thüringen damit auf Rang drei hinter Brandenburg und Berlin.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
]
