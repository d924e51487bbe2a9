"""Four-hundred-and-seventieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, agency heads, rectors, union leaders and
officials of real governments, universities and bodies appear under made-up names that stand
for no real holder, or by their role only („Der Bildungsminister“, „Der EDK-Präsident“, „Die
Vorstandsvorsitzende des Deutschen Studierendenwerks“, "the Education Secretary", "Union
leaders", "Student leaders"), or not at all where the body speaks ("Ofqual said", "The
regulator said", "the Teachers Service Commission said").

Names: Imke Ballhausen-Tjarks, Matthias Hörzenauer-Pichl, Franziska Aebersold-Ruch, Annegret
Wittkopp-Saal, Hinnerk Vosskötter-Lang, Margarethe Zischka-Lenz, Konstantin Reisenbichler,
Dörte Quabeck-Lorenz, Reto Gisler-Wyss, Johanna Terhorst-Baum, Cornelia Stäubli-Marti,
Kaspar Lindemeier-Hoch, Gregor Aichberger-Stenitz, Herbert Pöllabauer-Wimmer, Andrea
Kägi-Burri, Veronika Hallerstede-Moos and the Institut für Hochschulwohnen; Priya
Vadgama-Rowe, Colm Ruddock-Haye, Ramona Espinoza-Hart, Niamh Tuohy-Brennan, Gwendolyn
Pryce-Ashdown, Haruto Kanemura-Ide, Tobias Ferreira-Lund, Séverine Mallet-Courtois, Catriona
MacInnes-Reid, Marcus Oyelowo-Grant, Ewan Carrick-Boyd, Hélène Marchetti-Roux, Andre
Whitlow-Barnes, Daniel Ashcombe-Leigh, Wanjiru Mbugua-Otieno, Ingrid Halvorsen-Moe, Cynthia
Vandermolen-Reyes and the property consultancy Harcastle Lowe; every unnamed minister,
union, student, parent, head teacher, administrator, career changer and spokesperson. Real
states, bodies, tests and places (Niedersachsen, Hannover, Kultusministerium, Landkreis
Cuxhaven, GEW, Wien, Niederösterreich, Burgenland, Bildungsdirektion, Taferlklassler,
Deutschförderklassen, Pflichtschullehrergewerkschaft, Kanton Bern, Bildungs- und
Kulturdirektion, Berufsverband Bildung Bern, Primarstufe, Sekundarstufe I,
IQB-Bildungstrend, Bayern, Sachsen, Bremen, Kultusministerkonferenz, Philologenverband,
BAföG, Studierendenwerke, Deutsches Studierendenwerk, München, Frankfurt am Main, Hamburg,
Köln, Institut für Höhere Studien (IHS), Wissenschaftsministerium, ÖH, Statistisches
Bundesamt, Wiesbaden, Hochschulrektorenkonferenz, Pisa, OECD, Startchancen-Programm, EDK,
Romandie, Deutschschweiz, Dachverband Lehrerinnen und Lehrer Schweiz (LCH), KfW,
Kommunalpanel, Deutscher Städtetag, Universität Basel, Sachsen-Anhalt, Förderschule,
Bildungsministerium, Mittelschulen, Volksschulklassen, Klassenschülerhöchstzahl,
AHS-Lehrergewerkschaft, Graz, Stadt Zürich, Stadtrat, Gemeinderat, SVP, Bayerischer
Philologenverband, Zentralmatura, AHS, BHS, Kompensationsprüfungen, Reifeprüfung, Bundesamt
für Statistik (BFS), Neuenburg, Tessin, Thurgau; the Joint Council for Qualifications, UCAS,
the National Education Union, Ofqual, NAHT, Arizona, the Mesa district, Dublin, the Union of
Students in Ireland, Trinity College Dublin, the Office for Students, Universities UK,
Japan's education ministry, the National Student Clearinghouse Research Center, PISA,
Singapore, Estonia, Scotland, the EIS, China, India, the Student Loans Company, the National
Union of Students, France's education ministry, SNES-FSU, Créteil, the Philadelphia school
board, the Department for Education, Kenya, the Teachers Service Commission, the Kenya
National Union of Teachers, the International Baccalaureate, the Universities of Wisconsin,
Madison, and the datelines' cities) stand for the way wire copy names them; every vacancy,
pupil and student number, class size, score, rank, grade, share, fee, rent, budget, salary,
tally, date and quote here is invented, and where a real figure came to mind (a real
A-level, GCSE or IB result, a real PISA score or number of participants, a real student rent
in Dublin or Munich, a real number of student hall places, of 18-year-olds or of foreign
students in Japan or Germany, a real Scottish teacher count or pupil-teacher ratio, a real
backlog of school repairs, a real semester fee in Basel, a real Kenyan teacher shortfall, a
real age of Philadelphia's school buildings, a real Wisconsin tuition or grant threshold, a
real Swiss Matura rate) it was changed - the exceptions being the OECD's 38 member states,
the Austrian class limit of 25 pupils, England's thresholds of persistent (10 per cent of
sessions) and severe (half or more) absence, PISA's proficiency level 2 and the IB's
45-point maximum, kept as the rules and scales set them, as the
two-hundred-and-ninety-second and four-hundred-and-ninth batches kept the years of rules.

Its weight: SCHOOLS, UNIVERSITIES AND EDUCATION STATISTICS, sixth round (the seventy-second
batch weighed education, schools, universities and childcare, the hundred-fifty-sixth
schools, universities and education policy, the two-hundred-and-ninety-second schools and
universities, the three-hundred-and-thirty-fifth schools, universities and childcare and the
four-hundred-and-ninth education, schools and universities; their decisions are kept) over
one school year in story order, August 2034 to July 2035, as 34 short stories with the
German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes, reactions). Half German (dpa
with its regional slugs "dpa/lni" and "dpa/lby", APA, Keystone-SDA; Austrian "heuer",
"Taferlklassler", "Zentralmatura", "Nicht genügend", "Reifeprüfung", "in Pension", Swiss
"Lehrpersonen", "Klassengrösse", "gross", "Massnahme", "Gemäss", "Maturität", "Maturandinnen
und Maturanden", "1'900", "2'760", "19'870", «» quotes, German „“ quotes): unfilled posts as
Lower Saxony's school year starts, the school start in eastern Austria, teachers without a
diploma and class sizes in the canton of Bern, the IQB test of ninth-graders, room rents for
students, dropouts at Austria's universities, student numbers in the winter semester, Pisa
in Germany and in Switzerland, the repair backlog of school buildings, fees for foreign
students in Basel, school leavers without a certificate, career changers and class limits in
Austria, Zurich's school building budget, the Abitur in Bavaria, the Zentralmatura and the
Swiss Matura rate. Half English (PA, Reuters, AP): A-level results, GCSE results, teacher
vacancies in Arizona, student rents in Dublin, English university finances, Japan's
universities and its shrinking cohorts, U.S. college enrollment, PISA worldwide, Scotland's
teacher census, UCAS applications, tuition fees in England, France's teacher recruitment
exams, school closures in Philadelphia, persistent absence in England, teacher hiring in
Kenya, IB results and tuition at the Universities of Wisconsin. Ministers and agency heads
appear by office where copy names them so ("the Education Secretary announced", „Der
Bildungsminister sagte“, „Der EDK-Präsident lehnte ... ab“). Figures as such copy has them:
pupils, students, teachers, posts, classes, beds and applicants, class sizes and
pupil-teacher ratios („20,4 Kinder“, "average 27.4 students", "rose to 14.4 from 14.1"),
test points and their moves („im Schnitt 468 Punkte, 14 Punkte weniger“, "dropping 5 points
to 462", "29.6 points out of a possible 45"), ranks („auf Rang 24“, „auf Rang 9 der 86
Teilnehmerländer“, "in seventh place", "came first"), grade levels („Neuntklässler“,
„Erstklässler“), grades, levels and averages („Die Bestnote 1,0“, „von 2,84 auf 2,71“, "a 4
or above", "graded 7 or higher", "a grade 9", „die Kompetenzstufe 2“), pass, dropout,
absence and Matura rates in percent and percentage points, fees, rents, loans, salaries,
budgets and repair backlogs in euros, pounds, francs, U.S. dollars, yen and Kenyan
shillings, school and academic years („Schuljahr 2034/35“, „Wintersemester 2026/27“, "the
2035-36 academic year"), spans („vor sechs Jahren“, „binnen drei Jahren“, „wöchentlich 90
Minuten“, "the two-hour test", "within the next 12 months"), ages („Die 15-Jährigen“,
"18-year-olds", "aged 17 or older", „Eine 52-jährige Quereinsteigerin“, "81 years old"),
shares in words („fast jede sechste Stelle“, „Fast jeder vierte Neuntklässler“, „Gut jeder
sechste“, "one in eight", "about one in 17", "half or more"), multiples, hedges, years and
dates. Negatives as such copy has them - 56 rows, none with a figure: ministers', union
leaders', rectors' and researchers' quotes of pride, resolve, reassurance and rhetoric,
labels („sprach von“, „nannte“, "called"), verdicts („hält ... für“, „sieht die Ursache“,
„sieht in den Zahlen“), accusations naming no act („warf ... vor“, „kritisierte“,
"accused"), a fear, an argument, an open question, an evasion, complaints without figures,
scene colour and vox pops, each near a check-worthy look-alike from the same story (most
often the same speaker's figure).

242 rows (124 German, 118 English), 56 negatives (26 German, 30 English), 186 check-worthy
rows of which 6 carry no figure (6 German, 0 English), 354 expected quantities (140
counts, 57 percentages - 54 in "%" and 3 in percentage points "pp" -, 46 years, 43 amounts
of money - 16 EUR, 12 USD, 7 GBP, 6 CHF, 1 JPY, 1 KES -, 25 durations - 18 in years, 4 in
hours, 1 in minutes, 1 in months, 1 in weeks -, 19 ordinals, 17 fractions and 7 dates;
none of them in a negative), 36 checked speakers (19 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, reassurance, verdict, accusation naming no act, fear, argument,
  complaint without a figure or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-fifty-sixth,
  two-hundred-and-fourth, two-hundred-and-ninety-second, three-hundred-and-thirty-fifth,
  four-hundred-and-ninth); a quoted or reported statement of fact, figure, step, plan,
  demand, forecast, finding or position is check-worthy with its speaker, also in Konjunktiv
  I (hundred-sixtieth). Pairs from one speaker: Ballhausen-Tjarks's 2,314 hires beside her
  vow „Keine Klasse geht ohne Lehrkraft ...“; Vadgama-Rowe's 14,200 beside "have earned
  every grade"; Ruddock-Haye's 41 per cent beside "running schools on goodwill";
  Hörzenauer-Pichl's 187 posts beside „besser aufgestellt“; Espinoza-Hart's $49,300 beside
  "a side job"; Aebersold-Ruch's 58 classes beside «Das Schlimmste liegt hinter uns»;
  Tuohy-Brennan's 4,300 beds beside "a degree and a roof"; Wittkopp-Saal's 63 points beside
  „niemanden kaltlassen“; Pryce-Ashdown's 14,000 jobs beside "not a model at all";
  Vosskötter-Lang's seven cities beside „Frage des Geldbeutels“; Kanemura-Ide's 500 million
  yen beside "Not every university ..."; Zischka-Lenz's third beside „noch lange nicht
  gescheitert“; Ferreira-Lund's 11% beside "what a degree is worth"; Mallet-Courtois's one
  in three beside "a choice societies make"; Quabeck-Lorenz's 500 million euros beside
  „nicht gewöhnen“; Gisler-Wyss's one in four beside „keinen Grund, sich ... auszuruhen“ and
  his office's refusal of a minimum rate beside «nicht zur Massenware»; MacInnes-Reid's 86
  million pounds beside "a shared responsibility"; Terhorst-Baum's 15.8 billion euros beside
  „ein Standortrisiko“; Oyelowo-Grant's 2.3 times beside "Ambition is evenly spread";
  Stäubli-Marti's 9.6 million francs beside «eine offene Universität»; Lindemeier-Hoch's one
  in five beside „Jahr für Jahr“; Marchetti-Roux's 2,450 euros beside "proud to choose";
  Aichberger-Stenitz's 14,000 retirements beside „attraktiver, als viele glauben“;
  Whitlow-Barnes's $41 million beside "our grandparents learned"; Kägi-Burri's 23 school
  buildings beside «Jedes Kind verdient ...»; Ashcombe-Leigh's 2,600 mentors beside "A lost
  school day"; Mbugua-Otieno's 11.8 billion shillings beside "deserves a trained teacher";
  Hallerstede-Moos's 2.84 and 2.71 beside „stolz sein“; Halvorsen-Moe's 4,410 schools beside
  "a snapshot, not a verdict"; Vandermolen-Reyes's $38 million beside "lightly".
- Check-worthy without a figure (hundred-fifty-sixth, two-hundred-and-ninety-second,
  three-hundred-and-thirty-fifth, four-hundred-and-ninth): the source of a study („Das geht
  aus einer Studie des Instituts für Höhere Studien (IHS) ... hervor, ...“) and of a survey
  („Grundlage ist das Kommunalpanel der Förderbank KfW, ...“), the attribution row „Das
  teilte das Statistische Bundesamt am Montag nach ersten Ergebnissen mit.“, the stated
  comparison „Junge Männer verlassen die Schule fast doppelt so oft ohne Abschluss ...“
  („fast doppelt“ carries no count, two-hundred-and-ninety-second: „fast doppelt so viel“),
  the student body's announced petition (an announced step, two-hundred-and-fourth) and the
  EDK president's rejection of a binding minimum rate (a rejection and a position of record,
  two-hundred-and-fourth, three-hundred-and-eighty-eighth, four-hundred-and-ninth). Plans,
  demands, forecasts and estimates with a figure are check-worthy: the KMK's 90 minutes and
  the minister's new entry phase („kündigte an“), the unions' and associations' caps and
  sums („fordert eine Obergrenze von 24 Kindern“, „forderte, die Höchstzahl auf 22 zu
  senken“, „auf mindestens 520 Euro“ "at_least", „von mindestens 10 Milliarden Euro“
  "at_least"), the Zentralmatura's expected share after the resits („dürfte ... auf rund 2,5
  Prozent sinken“), the Japanese projection of 18-year-olds, the Student Loans Company's
  projection, the Kenyan commission's estimate and Zurich's forecast of pupils
  (two-hundred-and-seventy-sixth, four-hundred-and-ninth). A scheduled vote with a date is
  check-worthy („Über den Kredit entscheiden die Stimmberechtigten voraussichtlich am 25.
  November.“; hundred-fifty-sixth, four-hundred-and-ninth). A description of a career
  changer with her age and her years in an earlier job is check-worthy with speaker None
  (two-hundred-and-ninety-second: „Ein 47-jähriger Quereinsteiger aus Innsbruck sagte“).
  Negatives besides the quotes: labels („Die Hochschulrektorenkonferenz sieht in den Zahlen
  ein „Warnsignal ...““, „Der Dachverband ... (LCH) nannte die Resultate «...»“, „Die SVP
  nannte die Pläne «...»“, "The National Education Union called the gap ...", "Union leaders
  called the package ...", "The union called the figures ...", "The union called the pay
  rise ...", "The National Union of Students said the rise "asks students ..."", "Student
  government leaders said the board was "balancing ...""; two-hundred-and-ninety-second,
  four-hundred-and-ninth), verdicts („Der Philologenverband sieht die Ursache ...“, „Der
  Bayerische Philologenverband hält ... für ...“, "The Kenya National Union of Teachers said
  the plan did not go far enough."; two-hundred-and-fifty-third), accusations naming no act
  („Die Gewerkschaft warf der Bildungsdirektion vor, ...“, „Die ÖH warf dem Ministerium vor,
  ...“, „... kritisierte, die Quereinsteiger würden ohne ausreichende Begleitung ...“,
  "Student leaders said the government had "given up ..."", "Student leaders accused
  ministers ...", "The teachers' union said the board had "turned its back ..."";
  eighty-fourth, three-hundred-and-thirty-fifth), a fear ("Some administrators fear ..."),
  an argument ("Critics have long argued ..."), open questions and an evasion ("It remains
  unclear whether ...", „Ob die Aufgaben im kommenden Jahr wieder leichter werden, ließ das
  Ministerium offen.“ - „im kommenden Jahr“ none), a complaint without a figure („Eltern in
  vielen Städten klagen seit Jahren über ...“ - „seit Jahren“ none), scene colour ("Students
  queued outside the sports hall ...") and a student's vox pop without an age.
- Test scores, grades, levels and ranks (seventy-second, hundred-fifty-sixth,
  two-hundred-and-ninety-second, three-hundred-and-thirty-fifth, four-hundred-and-ninth):
  scale scores and their moves are counts („im Schnitt 468 Punkte, 14 Punkte weniger als
  2027“, „um 7 Punkte auf 521 Punkte“, „63 Punkte“, „mit 441 Punkten“, „im Schnitt 461
  Punkte ..., 8 Punkte weniger“, „von 462 Punkten“, „auf 470 Punkte, ... auf 489“, „498
  Punkte“, „ein Minus von 6 Punkten“ 6 - a noun with „von“, no sign,
  three-hundred-and-fifty-sixth -, „476 Punkte, ... 493“, „um 14 Punkte schlechter“,
  "dropping 5 points to 462", "with 583 points", "on average 31 points lower"); „unter den
  38 OECD-Staaten“ 38 with no hedge (three-hundred-and-thirty-fifth); the IB's "an average
  of 29.6 points out of a possible 45" 29.6 and 45 ("out of" joins a mark to the top of its
  scale, four-hundred-and-ninth; "an average of" and "a possible" no hedge) and "the maximum
  45 points" 45 ("the maximum" names the top of the scale and bounds nothing, as
  „Höchstzahl“, four-hundred-and-ninth). Numbered grades are counts with "or above", "or
  higher" "at_least" ("a 4 or above", "graded 7 or higher"; hundred-fifty-sixth,
  four-hundred-and-ninth) and "a grade 9" 9; letters carry none ("an A* or A" twice, "grades
  A* to E", "A-level"). Grade averages are counts („bei 2,32, nach 2,28“, „Die Bestnote 1,0“
  1.0, „von 2,84 auf 2,71“; seventy-second, four-hundred-and-ninth). New: „die
  Kompetenzstufe 2“ is count 2 - a level of results numbered on a scale, as "Band 6"
  (three-hundred-and-thirty-fifth) and "grade 9" (seventy-second), while a stage named by
  its noun carries none and „die niedrigste Kompetenzstufe“ wrote no figure
  (two-hundred-and-ninety-second); the „nicht“ after it denies the reaching and is no hedge.
  „in der Sekundarstufe I“ carries nothing - the Roman numeral names a stage
  (two-hundred-and-fifty-third: „Sekundarstufe II“; twelfth, seventy-second,
  four-hundred-and-ninth: "Year 11", "Class 12"), and „Primarstufe“ none. Grade levels
  written as ordinals are ordinals („Neuntklässler“ twice 9 - „Fast jeder vierte
  Neuntklässler“ 0.25 "nearly" and 9 as the four-hundred-and-ninth's „Jeder vierte
  Viertklässler“ -, „Erstklässler“ twice 1; two-hundred-and-ninety-second). Ranks are
  ordinals („auf Rang 24“, „auf Rang 9 der 86 Teilnehmerländer“ 9 and 86, "in seventh place"
  7, "came first in all three subjects" 1 and 3 - "all" no hedge); "the highest-ranked",
  "the highest share on record", "the steepest fall", "the narrowest gap", „Am besten“, „Am
  teuersten“, „Am höchsten“, „am niedrigsten“, „Schlusslicht“, „so viele wie nie zuvor“,
  „ein neuer Höchststand“ and „einen Höchststand“ carry none.
- Ordinals otherwise (the issue; every batch): „Zum ersten Mal seit 2019“ 1 and the year
  (four-hundred-and-ninth: "for the first time since 2027"), „im ersten Hochschulsemester“ 1
  (two-hundred-and-ninety-second), „im ersten Studienjahr“ 1, "their first-year places" 1
  (seventy-second: "in the first year"; three-hundred-and-thirty-fifth: "during the first
  term"), „einen ersten Rahmenkredit“ 1, "the first decline in four years" 1 and 4 years
  (hundred-fifty-sixth: "the first strike ... in six years"), "for a third consecutive
  round" 3, "for a second straight year" 2, "for the third year in a row" 3, "for the fourth
  consecutive year" 4. "the third increase in as many years" is ordinal 3 and carries no
  duration - "as many" repeats the figure without writing it, as the hundred-ninety-ninth's
  row "the 4th rise in as many years" reads (three-hundred-and-eighty-eighth: "an hour-long
  phone call" none). „nach ersten Ergebnissen“ none (four-hundred-and-twentieth: „nach
  ersten Daten“); "again", „wieder“, „erneut“, „gefolgt von“, "the opening weeks" and "the
  start of the school year" carry none.
- School, academic and legislative periods give both years (seventy-second,
  hundred-fifty-sixth, three-hundred-and-thirty-fifth, four-hundred-and-ninth): „in das
  Schuljahr 2034/35“, „zum Wintersemester 2034/35“, „im Wintersemester 2034/35“, „des
  Wintersemesters 2026/27“, „ab dem Wintersemester 2036/37“, „Bis zum Schuljahr 2039/40“,
  "the 2033-34 academic year", "the 2035-36 academic year". A year after the name of a
  study, test or round dates it („Im IQB-Bildungstrend 2033“, „bei der Pisa-Studie 2033“,
  "the 2033 PISA tests", "the 2034 sessions"; four-hundred-and-ninth), a semester with its
  year is the year („ab dem Herbstsemester 2036“; two-hundred-and-ninety-second), and a
  season or month with its year is the year („im Sommer 2034“, "since January 2033", "by
  September 2036", "from September 2036", "from September 2035"; fifth). Otherwise the year:
  „seit 2019“, „als 2027“, „bis 2037“, „als 2029“, „ab 2036“, „2034“ (twice), „bis 2040“
  (twice), "since 2019", "in 2033" (three times), "in 2032", "by 2040", "since 2020", "in
  2035", "by 2039", "in 2030", "since 2033". None: „in diesem Schuljahr“, „zum
  Schuljahresbeginn“, „zum Schulstart“, „seit Februar“, „im Vorjahr“, „vor einem Jahr“, „ein
  Jahr zuvor“, „Ein Jahr zuvor“ (an article, hundred-fifty-sixth), „in diesem Jahr“,
  „heuer“, „im kommenden Jahr“, „seit Jahren“, „Jahr für Jahr“, „mehrere Semester“, „pro
  Semester“, "this year", "last year", "next year", "a year earlier", "a year ago", "a
  decade ago", "this fall", "this spring", "the autumn term", "the January deadline", "the
  current academic year", "in June", "from July", "before September", months and weekdays.
- Durations and ages (the issue's "fünfstündigen", "a two-week visit"; every batch): „vor
  sechs Jahren“ 6 years, „Zehn Jahre zuvor“ 10 years (a number word opening the row reads as
  digits, three-hundredth; two-hundred-and-ninety-second: „vier Jahre zuvor“), „binnen drei
  Jahren“ 3 years („binnen“ no hedge), „nach 24 Jahren“ 24 years
  (two-hundred-and-ninety-second: „nach 22 Jahren“), „wöchentlich 90 Minuten“ 90 minutes
  („wöchentlich“ none), „rund 2.600 Unterrichtsstunden pro Woche“ 2,600 hours "about"
  (two-hundred-and-ninety-second: „etwa 21.000 Unterrichtsstunden“; „pro Woche“ none),
  "within the next 12 months" 12 months ("within" no hedge), "in the past two years" 2
  years, "over the next four years" 4 years and "spread over three years" 3 years ("over"
  before a span no hedge; seventy-second: "over the next five years"), "more than two hours
  each way" 2 hours "over" ("each way" none), "more than three hours daily" 3 hours "over"
  ("daily" none; three-hundred-and-thirty-fifth: "more than three hours a day"), "the
  two-hour test" 2 hours (the issue's "a two-week visit"), "for at least two weeks" 2 weeks
  "at_least", "public four-year institutions" 4 years (seventy-second: "public four-year
  colleges"). „verteilt auf fünf Jahre“ is 5 years with no hedge (hundred-fiftieth:
  „verteilt auf zwei Stufen und 24 Monate“ 24 months). Ages are durations in years („Die
  15-Jährigen in Deutschland“, "18-year-olds" three times, „Eine 52-jährige
  Quereinsteigerin“, "the average building is 81 years old"), and "students aged 17 or
  older" is 17 years "at_least" (hundred-thirty-second: "aged 105 or older"). New: "About
  718,000 15-year-olds" gives count 718,000 "about" and the age 15 years - two figures side
  by side with no word between are read each as written, the hedge bounding only the first,
  as „zwischen dem 2. und dem 8. April 1.006 Erwachsene“ kept the dates and the count apart
  (three-hundred-and-eighty-eighth).
- Counts (every batch): posts, pupils, students, teachers, classes, beds, places,
  applicants, institutions and schools as written („rund 1.870“, „Rund 912.000“, „knapp
  6.000 mehr“ - „mehr“ after the figure compares -, „mehr als 86.000“ "over", „2.314 ...,
  davon 412“ („davon“ no hedge), „Rund 236.000 ... in den drei östlichen Bundesländern“
  236,000 "about" and 3 (three-hundred-and-thirty-fifth: „in den drei Bundesländern“),
  „knapp 21.350 ..., um 340 weniger“ („Darunter“, „allein“ no hedge; „um“ before a
  difference no hedge), „noch 187“ („noch“ no hedge), „96 Deutschförderklassen, im
  Burgenland 14“, „214 Stellen“, „37 weniger“, „Rund 1'900“ (the Swiss apostrophe, tenth),
  „in 58 Klassen ... mehr als 25 Kinder“ 58 and 25 "over", „in 94 Hochschulstädten“, „in
  sieben Städten“ 7 („nur“ no hedge), „rund 208.000 Wohnheimplätze“, „nach acht Semestern“ 8
  (a semester no unit of the issue's list, hundred-fifty-sixth), „rund 2,74 Millionen“
  2,740,000 (the issue's „etwa 2,4 Millionen Einwohner“), „knapp 459.000“ and „Knapp
  451.000“ "nearly", „Rund 3'400 der gut 14'000“ 3,400 "about" and 14,000 "over", „Rund
  63.800“, „mehr als 12.700“, „rund 4.080 von ihnen“ („derzeit“ no hedge), „rund 14.000“,
  „in 312 Volksschulklassen“, „rund 4'600 zusätzlichen“ („zusätzlichen“ no hedge), „23
  Schulhäuser“, „2.687 Prüflinge“, „der rund 41.300 Prüflinge“ "about", „Gut 1.100“ "over",
  „Rund 41.600“, „insgesamt 19'870“ („insgesamt“ no hedge), "271,390 students", "14,200 more
  students", "Just 1,487 students" ("Just" no hedge), "172,300, about 6,100 more", "about
  3,350 teaching positions", "1,160 teachers ..., up from 940" ("up from" no hedge), "about
  21,600, against an estimated demand of 37,000" both "about" ("an estimated" "about",
  four-hundred-and-twentieth), "4,300 new beds", "18 institutions ..., up from 11", "more
  than 14,000 jobs" "over", "about 880,000 ..., from 974,000", "14 private universities", "a
  record 391,000" ("a record" no hedge), "about 96,000 students", "about 18.6 million
  students" 18,600,000, "in 86 countries and economies", "fell by 412 to 51,260", "3,140
  teachers", "In 11 of Scotland's 32 councils" 11 and 32, "to 347,600", "to 29,460", "612 of
  the 1,480 positions", "about 4,350 posts ..., up from 3,720", "2,000 contract teachers",
  "voted 7-2" two counts (seventy-second: "voted 6-1") and "close 17 school buildings",
  "about 96,000 students from 124,000", "from 90 schools", "Some 171,500 pupils" "about",
  "2,600 attendance mentors", "26,500 additional teachers" ("additional" no hedge), "about
  4.3 million ..., up from 3.6 million", "about 117,000 teachers", "more than 70 pupils"
  "over" ("a single" none, four-hundred-and-fifty-first), "Of the 214,700 diploma
  candidates", "Only 412 candidates" ("Only" no hedge), "4,410 in 163 countries", "about
  2,300 candidates"). Class sizes and ratios are counts („20,4 Kinder ..., 25,9“ - „Im
  Landesschnitt“ no hedge, two-hundred-and-ninety-second -, „auf 20,7 Kinder, ... auf 19,3“,
  "now average 27.4 students" - the verb "average" no hedge, four-hundred-and-ninth -, "rose
  to 14.4 from 14.1" - two-hundred-and-ninety-second: "13.9" a ratio written alone -, "stood
  at 24.1 pupils", "just 1.3 candidates per post" 1.3 - "per post" none); limits keep their
  figure with no hedge („eine Obergrenze von 24 Kindern“, „Die Klassenschülerhöchstzahl von
  25“ - the compound ends in „Höchstzahl“, a noun naming the limit, four-hundred-and-ninth
  -, „die Höchstzahl auf 22 zu senken“). Multiples are counts with their hedges
  (two-hundred-and-ninety-second, four-hundred-and-fifty-first): "more than twice as likely"
  2 "over". "still 2.3 times as likely" is count 2.3 (two-hundred-and-eighth: "about three
  times as likely" 3; two-hundred-and-fifty-third: "twice as likely" 2), "still" no hedge.
  None: „die meisten“ (twice), „mehrere Semester“, „keine“, „niemand“, "every", "no
  specialist teacher", "no tuition", "most of it", "some counties", "some regional
  universities", "Dozens", "a single teacher".
- Fractions (the issue's "ein Fünftel", "jeder vierte"; every batch): „fast jede sechste
  Stelle“ 0.1667 "nearly" (four-hundred-and-ninth: „knapp jeder sechste“), „Fast jeder
  vierte“ 0.25 "nearly", „Fast die Hälfte“ 0.5 "nearly" (two-hundred-and-ninety-second),
  „knapp ein Drittel der Abbrüche“ 0.3333 "nearly", „Gut jeder sechste Studierende“ 0.1667
  "over", „Fast ein Drittel der Jugendlichen“ 0.3333 "nearly", „jeder vierte Jugendliche“
  0.25, „Gut ein Drittel der befragten Kommunen“ 0.3333 "over", „etwa jeder fünfte
  Jugendliche“ 0.2 "about", "nearly half of those" 0.5 "nearly", "one in eight of its
  members" 0.125, "about one in five places" 0.2 "about", "about one in three students"
  0.3333 "about", "Nearly one in five English pupils" 0.2 "nearly", "one in ten classes"
  0.1. New: "about one in 17 of the workforce" is 0.0588 "about" - "X in Y" is X/Y
  (two-hundred-and-seventy-sixth) rounded to four places as sevenths are
  (hundred-fifty-sixth: "Jeder siebte" 0.1429), with the digits read as a number word would
  be. New: "missing half or more of their sessions" is 0.5 "at_least" - "or more" after a
  share in words bounds it from below as after a figure (two-hundred-and-ninety-second:
  "five or more A grades").
- Percentages (every batch): "per cent" in PA copy is "%" (forty-first,
  three-hundred-and-thirty-fifth, four-hundred-and-ninth); percentage points for a move of a
  share and a gap between shares ("slipped 0.3 percentage points", "outperformed boys ... by
  2.4 percentage points", „um 1,4 Prozentpunkte mehr“; hundred-fifty-sixth,
  four-hundred-and-ninth); everything else in %: "made up 29.4 per cent ..., up from 28.7
  per cent", "to 96.6 per cent", "81.2 per cent of them", "47.8 per cent ..., ... 24.1 per
  cent", "Some 65.8 per cent" and "Some 52 per cent" "about", "down from 66.5 per cent", "to
  20.6 per cent", "41 per cent of heads", "9% more", "fell by 12%" ("by" no hedge), "Nearly
  64%" "nearly", "fell 1.8%", "by 11%", "falling 6.4%", "rose by 2.1 per cent", "43.9 per
  cent", "fell 7 per cent, ... rose 4 per cent", "2.7 per cent", "about 60%" and "About 38%"
  "about", "at least 10 per cent" "at_least", "19.4 per cent ... 21.2 per cent", "76.8%
  passed, down from 78.1%", "a 4.5% tuition increase"; „47 Prozent der Wiener Erstklässler“,
  „1,3 Prozent weniger“, „um 4,2 Prozent“, „um 8,7 Prozent“, „nur 38 Prozent ..., 44
  Prozent“ („nur“ no hedge), „mit 61 Prozent, ... mit 9 Prozent“, „von 7,6 Prozent“, „bei
  6,1 Prozent“, „mit 13,4 Prozent, ... mit 4,7 Prozent“, „9,7 Prozent der Arbeiten“, „auf
  rund 2,5 Prozent“ "about", „bei 3,9 Prozent, ... bei 1,6 Prozent“, „11,2 Prozent“, „auf 14
  Prozent“, „mit 24,6 Prozent“, „auf 33,8 Prozent, ... auf 12,9 Prozent“, „mit 59,7
  Prozent“, „45,1 Prozent eines Jahrgangs“, „95,9 Prozent der rund 41.300 Prüflinge“ the
  percentage and the count of the group, which the row writes as a figure.
- Money in the currency written (every batch): EUR („im Schnitt 548 Euro im Monat, 31 Euro
  mehr“ - „im Schnitt“ no hedge, „im Monat“ none -, „mit 874 Euro, ... mit 731 Euro und ...
  mit 702 Euro“, „von 410 Euro“ („unter der“ before the article bounds nothing,
  three-hundred-and-thirty-fifth), „auf mindestens 520 Euro“ "at_least", „um 500 Millionen
  Euro jährlich“ („jährlich“ none), „auf 67,3 Milliarden Euro“, „auf 59,8 Milliarden Euro“,
  „rund 15,8 Milliarden Euro“ "about", „von mindestens 10 Milliarden Euro“ "at_least", "an
  average of 1,465 euros a month" ("an average of" no hedge, "a month" none), "11,280 euros
  a year ..., up from 10,350 euros", "2,450 euros a month before tax" ("before tax" none, as
  „brutto“, hundred-fifty-sixth)), GBP ("£10,480 a year", "£10,760 a year", "The increase of
  £280", "to £16,940", "about 390 million pounds a year" "about", "an average of £53,400",
  "an extra 86 million pounds" - "extra" no hedge, two-hundred-and-ninety-second), CHF
  („rund 2,6 Milliarden Franken“ and „rund 9,6 Millionen Franken“ "about", „von 535
  Millionen Franken“, „bei 920 Franken“), USD ("$49,300, about $3,800 below the national
  average" - "below" after the figure compares, two-hundred-and-ninety-second -, "a $310
  million teacher pay package", "a $3.4 billion facilities plan", "about $41 million a year"
  "about", "$640 million", "by $600 to $13,940", "$49,600, up from $47,450", "about $38
  million" "about", "under $84,000" "under"), JPY ("up to 500 million yen per institution"
  "up_to"; two-hundred-and-fourth: "trillion yen"; "per institution" none), KES ("11.8
  billion Kenyan shillings a year"). New: „statt 920 künftig 2'760 Franken pro Semester“
  gives both amounts in CHF - the currency written once serves the earlier figure after
  „statt“ as after „von ... auf“ (two-hundred-and-ninety-second: „von 1.650 auf 2.100 Euro
  pro Semester“); „pro Semester“ none.
- Dates and datelines: „am 25. November“ --11-25 (a date without a year,
  hundred-fifty-sixth); Reuters datelines with a day ("DUBLIN, Sept 18 (Reuters)" --09-18,
  "TOKYO, Nov 6 (Reuters)" --11-06, "PARIS, Dec 5 (Reuters)" --12-05, "PARIS, March 19
  (Reuters)" --03-19, "NAIROBI, June 12 (Reuters)" --06-12, "GENEVA, July 6 (Reuters)"
  --07-06; hundred-fifty-sixth, four-hundred-and-ninth) dates without a year; dpa with its
  slugs ("Hannover (dpa/lni)", "Berlin (dpa)", "Wiesbaden (dpa)", "Frankfurt/Main (dpa)",
  "München (dpa/lby)"), APA ("Wien (APA)"), Keystone-SDA ("Bern", "Basel", "Zürich",
  "Neuenburg"), PA ("LONDON (PA) -", "EDINBURGH (PA) -") and AP ("PHOENIX (AP) —",
  "WASHINGTON (AP) —", "PHILADELPHIA (AP) —", "MADISON, Wis. (AP) —") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Some", "an
  estimated" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "Nearly" "nearly"; „gut“,
  „Gut“, „mehr als“, "more than" "over"; "under" before a figure "under"; "up to" "up_to";
  „mindestens“, "at least", "or above", "or higher", "or older", "or more" "at_least". No
  hedge: „im Schnitt“, „Im Landesschnitt“, „insgesamt“, „davon“, „Darunter“, „allein“,
  „noch“, „nur“, „derzeit“, „zusätzlichen“, „binnen“, „wöchentlich“, „jährlich“,
  „Obergrenze“, „Höchstzahl“, "Just", "just", "Only", "still", "all", "additional", "extra",
  "a record", "an average of", "on average", "a possible", "the maximum", "up from", "down
  from", "within", "over" before a span, „verteilt auf“, „um“ before a difference and
  comparatives after a figure („mehr“, „weniger“, „schlechter“, "more", "lower", "below").
- Speakers, checked only in forms the earlier batches settled: „teilte das Kultusministerium
  am Montag in Hannover mit“ -> "das Kultusministerium" (the weekday and the place dropped;
  hundred-seventeenth, three-hundred-and-thirty-fifth, four-hundred-and-twentieth); „Das
  teilte das Statistische Bundesamt am Montag nach ersten Ergebnissen mit.“ -> "das
  Statistische Bundesamt" (the attribution row, four-hundred-and-ninth; the occasion
  dropped, four-hundred-and-fifty-first: „nach einer ersten Auswertung“); „Nach Angaben des
  Kultusministeriums“ -> "das Kultusministerium" (hundred-fifty-sixth,
  four-hundred-and-ninth); „Laut Bildungsdirektion“ -> "Bildungsdirektion" and „Laut
  Bildungsministerium“ -> "Bildungsministerium" as written (thirtieth: „laut Polizei“;
  three-hundred-and-thirty-fifth); „X sagte, ...“ with the office dropped („Kultusministerin
  Imke Ballhausen-Tjarks“, „Bildungsdirektor Matthias Hörzenauer-Pichl“, „Bildungsdirektorin
  Franziska Aebersold-Ruch“, „Studienleiterin Annegret Wittkopp-Saal“, „Institutsleiter
  Hinnerk Vosskötter-Lang“, „Studienautorin Margarethe Zischka-Lenz“,
  „Bundesbildungsministerin Dörte Quabeck-Lorenz“, „KfW-Chefvolkswirtin Johanna
  Terhorst-Baum“, „Rektorin Cornelia Stäubli-Marti“, „Bildungsforscher Kaspar
  Lindemeier-Hoch“, „Bildungsminister Gregor Aichberger-Stenitz“, „Schulvorsteherin Andrea
  Kägi-Burri“, „Kultusministerin Veronika Hallerstede-Moos“; hundred-fifty-sixth,
  two-hundred-and-ninety-second, three-hundred-and-thirty-fifth, four-hundred-and-ninth) and
  „EDK-Präsident Reto Gisler-Wyss sagte an einer Medienkonferenz in Bern, ...“ with the
  occasion and the place dropped (four-hundred-and-twentieth: „an einer Medienkonferenz in
  Bern“). English: the name with the role dropped ("Schools Minister Priya Vadgama-Rowe
  said", "NAHT general secretary Colm Ruddock-Haye said", "State schools chief Ramona
  Espinoza-Hart said", "Higher Education Minister Niamh Tuohy-Brennan said", "Universities
  UK chief executive Gwendolyn Pryce-Ashdown said", "Vice Education Minister Haruto
  Kanemura-Ide said", "Research director Tobias Ferreira-Lund said", "OECD education
  director Séverine Mallet-Courtois said", "Education Secretary Catriona MacInnes-Reid
  said", "UCAS chief executive Marcus Oyelowo-Grant said", "Universities Minister Ewan
  Carrick-Boyd said", "Education Minister Hélène Marchetti-Roux said", "Superintendent Andre
  Whitlow-Barnes said", "Children's Minister Daniel Ashcombe-Leigh said", "Director General
  Ingrid Halvorsen-Moe said", "System President Cynthia Vandermolen-Reyes said";
  two-hundred-and-ninety-second, three-hundred-and-thirty-fifth, four-hundred-and-ninth) and
  "Education Cabinet Secretary Wanjiru Mbugua-Otieno told reporters" ("told reporters" names
  the speaker, two-hundred-and-fourth). Each row's diacritics and hyphens are its speaker's
  („Matthias Hörzenauer-Pichl“, „Cornelia Stäubli-Marti“, „Andrea Kägi-Burri“, "Séverine
  Mallet-Courtois", "Hélène Marchetti-Roux"; three-hundred-and-twenty-fourth,
  four-hundred-and-twentieth). Left unchecked (None): all negatives, also those with a named
  speaker; roles („Der Bildungsminister sagte“, „Der EDK-Präsident lehnte ... ab“, „Die
  Vorstandsvorsitzende des Deutschen Studierendenwerks forderte“, "the Education Secretary
  announced"; four-hundred-and-ninth), „hieß es aus dem Bildungsministerium“
  (three-hundred-and-eighty-eighth, four-hundred-and-ninth), „nach GEW-Angaben“ (a compound,
  four-hundred-and-ninth: „Nach GEW-Berechnungen“; four-hundred-and-twentieth), „rechnete
  vor“, „kündigte an“, „fordert“, „forderte“ (three-hundred-and-thirty-fifth,
  four-hundred-and-ninth), „wie aus den Zahlen der Bildungs- und Kulturdirektion hervorgeht“
  and „Das geht aus ... hervor“ (four-hundred-and-ninth), „Das ergab eine Auswertung des
  Instituts für Hochschulwohnen, ...“ (three-hundred-and-thirty-fifth: „wie eine Auswertung
  ... ergab“), „Gemäss der Studie“ and „Gemäss Bundesamt für Statistik (BFS)“
  (four-hundred-and-ninth: „Gemäss Bundesamt für Statistik“), „Grundlage ist ...“, „rechnet
  die Stadt“, „Die Studierendenvertretung kündigte ... an“, „Eine 52-jährige
  Quereinsteigerin aus Graz sagte“ (a description, two-hundred-and-ninety-second); bodies'
  "said" ("UCAS said", "Ofqual said", "the Office for Students said", "The regulator said",
  "the report said", "The Union of Students in Ireland said", "an industry body said", "the
  Paris-based organisation said", "The EIS teaching union said", "the education ministry
  said", "The SNES-FSU union said", "the Teachers Service Commission said", "the
  Geneva-based organisation said", "the organisation said"; two-hundred-and-ninety-second,
  three-hundred-and-thirty-fifth, four-hundred-and-ninth), "District officials said" (a
  plural group, forty-first), "The commission estimates" (an estimating verb in the present,
  four-hundred-and-ninth), "The survey counted" (hundred-fifty-sixth: „zählte“), "a survey
  of districts found", "a report ... showed", "figures from the Joint Council for
  Qualifications show", "UCAS figures show", "official statistics show", "Department for
  Education figures show", "Education ministry data showed", "according to preliminary
  figures from ..." and "according to Student Loans Company projections"
  (two-hundred-and-fourth, four-hundred-and-ninth), and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_470 = [
    # --- Offene Lehrerstellen zum Schulstart in Niedersachsen (dpa/lni), August 2034 ---
    (
        "de",
        "Hannover (dpa/lni) - Niedersachsens Schulen starten mit rund 1.870 offenen Lehrerstellen in das Schuljahr 2034/35, teilte das Kultusministerium am Montag in Hannover mit.",
        True,
        [("count", 1870, None, "about"), ("year", 2034, None, None), ("year", 2035, None, None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Rund 912.000 Schülerinnen und Schüler besuchen in diesem Schuljahr eine allgemeinbildende Schule, knapp 6.000 mehr als vor einem Jahr.",
        True,
        [("count", 912000, None, "about"), ("count", 6000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Zum ersten Mal seit 2019 werden landesweit wieder mehr als 86.000 Erstklässler eingeschult.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2019, None, None),
            ("count", 86000, None, "over"),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Kultusministerin Imke Ballhausen-Tjarks sagte, seit Februar seien 2.314 Lehrkräfte neu eingestellt worden, davon 412 ohne Lehramtsstudium.",
        True,
        [("count", 2314, None, None), ("count", 412, None, None)],
        "Imke Ballhausen-Tjarks",
    ),
    (
        "de",
        "„Keine Klasse geht ohne Lehrkraft in dieses Schuljahr, dafür stehe ich ein“, sagte Ballhausen-Tjarks.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An Grundschulen im Landkreis Cuxhaven ist nach GEW-Angaben fast jede sechste Stelle nicht besetzt.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Landesschnitt sitzen an den Grundschulen 20,4 Kinder in einer Klasse, an den Gymnasien 25,9.",
        True,
        [("count", 20.4, None, None), ("count", 25.9, None, None)],
        None,
    ),
    # --- A-level results (PA), August 2034 ---
    (
        "en",
        "LONDON (PA) - A-level entries awarded an A* or A made up 29.4 per cent of the total this year, up from 28.7 per cent in 2033, figures from the Joint Council for Qualifications show.",
        True,
        [("percent", 29.4, "%", None), ("percent", 28.7, "%", None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "The overall pass rate, grades A* to E, slipped 0.3 percentage points to 96.6 per cent.",
        True,
        [("percent", 0.3, "pp", None), ("percent", 96.6, "%", None)],
        None,
    ),
    (
        "en",
        "UCAS said 271,390 students in England had been accepted on to degree courses, 81.2 per cent of them at their firm choice.",
        True,
        [("count", 271390, None, None), ("percent", 81.2, "%", None)],
        None,
    ),
    (
        "en",
        "Schools Minister Priya Vadgama-Rowe said 14,200 more students had taken maths or further maths than a year earlier.",
        True,
        [("count", 14200, None, None)],
        "Priya Vadgama-Rowe",
    ),
    ("en", '"These students have earned every grade on their certificates," Vadgama-Rowe said.', False, [], None),
    (
        "en",
        "Girls outperformed boys at the top grades by 2.4 percentage points, the narrowest gap since 2019.",
        True,
        [("percent", 2.4, "pp", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Independent schools awarded an A* or A to 47.8 per cent of entries, compared with 24.1 per cent at comprehensives.",
        True,
        [("percent", 47.8, "%", None), ("percent", 24.1, "%", None)],
        None,
    ),
    (
        "en",
        'The National Education Union called the gap between private and state schools "a standing rebuke to ministers".',
        False,
        [],
        None,
    ),
    # --- GCSE results (PA), August 2034 ---
    (
        "en",
        "LONDON (PA) - Some 65.8 per cent of GCSE grades handed out in England this year were a 4 or above, down from 66.5 per cent in 2033.",
        True,
        [
            ("percent", 65.8, "%", "about"),
            ("count", 4, None, "at_least"),
            ("percent", 66.5, "%", None),
            ("year", 2033, None, None),
        ],
        None,
    ),
    (
        "en",
        "Entries graded 7 or higher edged up to 20.6 per cent of the total.",
        True,
        [("count", 7, None, "at_least"), ("percent", 20.6, "%", None)],
        None,
    ),
    (
        "en",
        "Just 1,487 students gained a grade 9 in all of their subjects, Ofqual said.",
        True,
        [("count", 1487, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "NAHT general secretary Colm Ruddock-Haye said 41 per cent of heads had cut a GCSE option because no specialist teacher could be found.",
        True,
        [("percent", 41, "%", None)],
        "Colm Ruddock-Haye",
    ),
    (
        "en",
        '"We are running schools on goodwill, and the goodwill is running out," Ruddock-Haye said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Entries for English resits from students aged 17 or older rose to 172,300, about 6,100 more than last year.",
        True,
        [("duration", 17, "year", "at_least"), ("count", 172300, None, None), ("count", 6100, None, "about")],
        None,
    ),
    (
        "en",
        "Students queued outside the sports hall in the rain long before the envelopes were handed out.",
        False,
        [],
        None,
    ),
    # --- Schulstart in Ostösterreich (APA), September 2034 ---
    (
        "de",
        "Wien (APA) - Rund 236.000 Kinder und Jugendliche in den drei östlichen Bundesländern kehren am Montag in die Klassenzimmer zurück.",
        True,
        [("count", 236000, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Darunter sind heuer knapp 21.350 Taferlklassler allein in Wien, um 340 weniger als im Vorjahr.",
        True,
        [("count", 21350, None, "nearly"), ("count", 340, None, None)],
        None,
    ),
    (
        "de",
        "Laut Bildungsdirektion brauchen 47 Prozent der Wiener Erstklässler eine Deutschförderung.",
        True,
        [("percent", 47, "%", None), ("ordinal", 1, None, None)],
        "Bildungsdirektion",
    ),
    (
        "de",
        "Bildungsdirektor Matthias Hörzenauer-Pichl sagte, zum Schulstart seien an den Wiener Pflichtschulen noch 187 Planstellen unbesetzt.",
        True,
        [("count", 187, None, None)],
        "Matthias Hörzenauer-Pichl",
    ),
    ("de", "„Wir sind besser aufgestellt, als viele befürchtet haben“, sagte Hörzenauer-Pichl.", False, [], None),
    (
        "de",
        "Die Pflichtschullehrergewerkschaft rechnete vor, dass rund 2.600 Unterrichtsstunden pro Woche von Lehrkräften in Ausbildung gehalten werden.",
        True,
        [("duration", 2600, "hour", "about")],
        None,
    ),
    ("de", "Die Gewerkschaft warf der Bildungsdirektion vor, die Lage an den Schulen schönzureden.", False, [], None),
    (
        "de",
        "In Niederösterreich gibt es heuer 96 Deutschförderklassen, im Burgenland 14.",
        True,
        [("count", 96, None, None), ("count", 14, None, None)],
        None,
    ),
    # --- Teacher shortage in Arizona (AP), September 2034 ---
    (
        "en",
        "PHOENIX (AP) — Arizona schools opened the year with about 3,350 teaching positions unfilled, and nearly half of those were covered by long-term substitutes, a survey of districts found.",
        True,
        [("count", 3350, None, "about"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The survey counted 1,160 teachers working on emergency certificates, up from 940 a year earlier.",
        True,
        [("count", 1160, None, None), ("count", 940, None, None)],
        None,
    ),
    (
        "en",
        "State schools chief Ramona Espinoza-Hart said the average starting salary in Arizona had risen to $49,300, about $3,800 below the national average.",
        True,
        [("money", 49300, "USD", None), ("money", 3800, "USD", "about")],
        "Ramona Espinoza-Hart",
    ),
    ("en", '"Teachers should not need a side job to pay the rent," Espinoza-Hart said.', False, [], None),
    (
        "en",
        "In the Mesa district, the largest in the state, elementary classes now average 27.4 students.",
        True,
        [("count", 27.4, None, None)],
        None,
    ),
    (
        "en",
        "Lawmakers approved a $310 million teacher pay package in June that is spread over three years.",
        True,
        [("money", 310000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        'Union leaders called the package "a drop in the bucket" for a state that sits near the bottom of national pay tables.',
        False,
        [],
        None,
    ),
    # --- Lehrpersonenmangel und Klassengrössen im Kanton Bern (Keystone-SDA), September 2034 ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Kanton Bern haben zum Schuljahresbeginn 214 Stellen nicht mit ausgebildeten Lehrpersonen besetzt werden können.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Das sind 37 weniger als im Vorjahr, wie aus den Zahlen der Bildungs- und Kulturdirektion hervorgeht.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Rund 1'900 Personen unterrichten ohne passendes Lehrdiplom, die meisten davon in Teilzeit.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Klassengrösse in der Primarstufe stieg auf 20,7 Kinder, in der Sekundarstufe I auf 19,3.",
        True,
        [("count", 20.7, None, None), ("count", 19.3, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Franziska Aebersold-Ruch sagte, in 58 Klassen sässen mehr als 25 Kinder.",
        True,
        [("count", 58, None, None), ("count", 25, None, "over")],
        "Franziska Aebersold-Ruch",
    ),
    ("de", "«Das Schlimmste liegt hinter uns», sagte Aebersold-Ruch.", False, [], None),
    (
        "de",
        "Der Berufsverband Bildung Bern fordert eine Obergrenze von 24 Kindern pro Klasse.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    # --- Student rents in Dublin (Reuters), September 2034 ---
    (
        "en",
        "DUBLIN, Sept 18 (Reuters) - Students in Dublin now pay an average of 1,465 euros a month for a room in a purpose-built residence, 9% more than a year ago, a report by property consultancy Harcastle Lowe showed on Monday.",
        True,
        [("date", "--09-18", None, None), ("money", 1465, "EUR", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Student bed spaces in the capital number about 21,600, against an estimated demand of 37,000, the report said.",
        True,
        [("count", 21600, None, "about"), ("count", 37000, None, "about")],
        None,
    ),
    (
        "en",
        "Higher Education Minister Niamh Tuohy-Brennan said 4,300 new beds would be completed by September 2036.",
        True,
        [("count", 4300, None, None), ("year", 2036, None, None)],
        "Niamh Tuohy-Brennan",
    ),
    ("en", '"No student should be forced to pick between a degree and a roof," Tuohy-Brennan said.', False, [], None),
    (
        "en",
        "The Union of Students in Ireland said one in eight of its members commuted more than two hours each way in the opening weeks of term.",
        True,
        [("fraction", 0.125, None, None), ("duration", 2, "hour", "over")],
        None,
    ),
    (
        "en",
        "Trinity College Dublin charges 11,280 euros a year for a standard room on campus, up from 10,350 euros in 2032.",
        True,
        [("money", 11280, "EUR", None), ("money", 10350, "EUR", None), ("year", 2032, None, None)],
        None,
    ),
    ("en", 'Student leaders said the government had "given up on an entire generation".', False, [], None),
    # --- IQB-Bildungstrend 2033 (dpa), Oktober 2034 ---
    (
        "de",
        "Berlin (dpa) - Neuntklässler in Deutschland lesen deutlich schlechter als vor sechs Jahren: Im IQB-Bildungstrend 2033 erreichten sie im Fach Deutsch im Schnitt 468 Punkte, 14 Punkte weniger als 2027.",
        True,
        [
            ("ordinal", 9, None, None),
            ("duration", 6, "year", None),
            ("year", 2033, None, None),
            ("count", 468, None, None),
            ("count", 14, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "Fast jeder vierte Neuntklässler verfehlt beim Lesen den Mindeststandard.",
        True,
        [("fraction", 0.25, None, "nearly"), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "In Englisch legten die Jugendlichen dagegen um 7 Punkte auf 521 Punkte zu.",
        True,
        [("count", 7, None, None), ("count", 521, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Annegret Wittkopp-Saal sagte, der Abstand zwischen Jugendlichen mit und ohne Zuwanderungsgeschichte betrage im Lesen inzwischen 63 Punkte.",
        True,
        [("count", 63, None, None)],
        "Annegret Wittkopp-Saal",
    ),
    ("de", "„Diese Ergebnisse dürfen niemanden kaltlassen“, sagte Wittkopp-Saal.", False, [], None),
    (
        "de",
        "Am besten schnitten Bayern und Sachsen ab, Schlusslicht ist Bremen mit 441 Punkten.",
        True,
        [("count", 441, None, None)],
        None,
    ),
    (
        "de",
        "Die Kultusministerkonferenz kündigte an, bis 2037 an allen weiterführenden Schulen verbindliche Lesezeiten von wöchentlich 90 Minuten einzuführen.",
        True,
        [("year", 2037, None, None), ("duration", 90, "minute", None)],
        None,
    ),
    ("de", "Der Philologenverband sieht die Ursache vor allem in der Ablenkung durch Smartphones.", False, [], None),
    # --- University finances in England (PA), October 2034 ---
    (
        "en",
        "LONDON (PA) - Some 52 per cent of English universities expect to run a deficit in the current academic year, the Office for Students said in its annual financial report.",
        True,
        [("percent", 52, "%", "about")],
        None,
    ),
    (
        "en",
        "The regulator said 18 institutions were at material risk of closure within the next 12 months, up from 11 a year earlier.",
        True,
        [("count", 18, None, None), ("duration", 12, "month", None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Universities UK chief executive Gwendolyn Pryce-Ashdown said the sector had shed more than 14,000 jobs since January 2033.",
        True,
        [("count", 14000, None, "over"), ("year", 2033, None, None)],
        "Gwendolyn Pryce-Ashdown",
    ),
    (
        "en",
        '"A funding model that leans on overseas students to pay for research is not a model at all," Pryce-Ashdown said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Recruitment of international postgraduates fell by 12% in the 2033-34 academic year.",
        True,
        [("percent", 12, "%", None), ("year", 2033, None, None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "The tuition fee cap for home undergraduates stands at £10,480 a year.",
        True,
        [("money", 10480, "GBP", None)],
        None,
    ),
    ("en", 'Student leaders accused ministers of treating universities "like corner shops".', False, [], None),
    # --- Mieten für Studierende (dpa), Oktober 2034 ---
    (
        "de",
        "Berlin (dpa) - Ein WG-Zimmer kostet Studierende in Deutschland zum Wintersemester 2034/35 im Schnitt 548 Euro im Monat, 31 Euro mehr als vor einem Jahr.",
        True,
        [
            ("year", 2034, None, None),
            ("year", 2035, None, None),
            ("money", 548, "EUR", None),
            ("money", 31, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das ergab eine Auswertung des Instituts für Hochschulwohnen, das die Angebote in 94 Hochschulstädten untersucht hat.",
        True,
        [("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Am teuersten ist München mit 874 Euro, gefolgt von Frankfurt am Main mit 731 Euro und Hamburg mit 702 Euro.",
        True,
        [("money", 874, "EUR", None), ("money", 731, "EUR", None), ("money", 702, "EUR", None)],
        None,
    ),
    (
        "de",
        "Institutsleiter Hinnerk Vosskötter-Lang sagte, nur in sieben Städten liege die Miete unter der Wohnkostenpauschale des BAföG von 410 Euro.",
        True,
        [("count", 7, None, None), ("money", 410, "EUR", None)],
        "Hinnerk Vosskötter-Lang",
    ),
    ("de", "„Die Wahl des Studienorts wird zur Frage des Geldbeutels“, sagte Vosskötter-Lang.", False, [], None),
    (
        "de",
        "Die Studierendenwerke verfügen bundesweit über rund 208.000 Wohnheimplätze, für die es vielerorts Wartelisten über mehrere Semester gibt.",
        True,
        [("count", 208000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Vorstandsvorsitzende des Deutschen Studierendenwerks forderte, die Pauschale auf mindestens 520 Euro anzuheben.",
        True,
        [("money", 520, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Ich habe das Gefühl, dass sich niemand für uns interessiert“, sagte eine Studentin in Köln.",
        False,
        [],
        None,
    ),
    # --- Japan's universities and the falling birth rate (Reuters), November 2034 ---
    (
        "en",
        "TOKYO, Nov 6 (Reuters) - Nearly 64% of Japan's private universities failed to fill their first-year places this spring, the highest share on record, an industry body said on Monday.",
        True,
        [("date", "--11-06", None, None), ("percent", 64, "%", "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The number of 18-year-olds in Japan is projected to fall to about 880,000 by 2040, from 974,000 this year.",
        True,
        [
            ("duration", 18, "year", None),
            ("count", 880000, None, "about"),
            ("year", 2040, None, None),
            ("count", 974000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Education ministry data showed 14 private universities stopped recruiting students in the past two years.",
        True,
        [("count", 14, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Vice Education Minister Haruto Kanemura-Ide said the ministry would offer up to 500 million yen per institution to universities that merge.",
        True,
        [("money", 500000000, "JPY", "up_to")],
        "Haruto Kanemura-Ide",
    ),
    ("en", '"Not every university that exists today can exist tomorrow," Kanemura-Ide said.', False, [], None),
    (
        "en",
        "Foreign students, whose numbers rose to a record 391,000 last year, now fill about one in five places at some regional universities.",
        True,
        [("count", 391000, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Some administrators fear that closures will hollow out rural towns that depend on their campuses.",
        False,
        [],
        None,
    ),
    # --- Studienabbruch an Österreichs Universitäten (APA), November 2034 ---
    (
        "de",
        "Wien (APA) - Fast die Hälfte der Bachelorstudierenden an Österreichs öffentlichen Universitäten bricht das Studium ohne Abschluss ab.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus einer Studie des Instituts für Höhere Studien (IHS) im Auftrag des Wissenschaftsministeriums hervor, die am Montag präsentiert wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den Studienanfängerinnen und -anfängern des Wintersemesters 2026/27 hatten nach acht Semestern nur 38 Prozent einen Abschluss, 44 Prozent hatten abgebrochen.",
        True,
        [
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("count", 8, None, None),
            ("percent", 38, "%", None),
            ("percent", 44, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Am höchsten ist die Abbruchquote in Informatik mit 61 Prozent, am niedrigsten in Humanmedizin mit 9 Prozent.",
        True,
        [("percent", 61, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Studienautorin Margarethe Zischka-Lenz sagte, knapp ein Drittel der Abbrüche erfolge bereits im ersten Studienjahr.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("ordinal", 1, None, None)],
        "Margarethe Zischka-Lenz",
    ),
    ("de", "„Wer abbricht, ist deshalb noch lange nicht gescheitert“, sagte Zischka-Lenz.", False, [], None),
    (
        "de",
        "Wissenschaftsminister Konstantin Reisenbichler kündigte an, die Studieneingangsphase ab dem Wintersemester 2036/37 neu zu regeln.",
        True,
        [("year", 2036, None, None), ("year", 2037, None, None)],
        None,
    ),
    ("de", "Die ÖH warf dem Ministerium vor, die soziale Lage der Studierenden auszublenden.", False, [], None),
    # --- U.S. college enrollment (AP), November 2034 ---
    (
        "en",
        "WASHINGTON (AP) — Undergraduate enrollment at U.S. colleges fell 1.8% this fall, the first decline in four years, according to preliminary figures from the National Student Clearinghouse Research Center.",
        True,
        [("percent", 1.8, "%", None), ("ordinal", 1, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Community colleges lost about 96,000 students, while enrollment at public four-year institutions held roughly steady.",
        True,
        [("count", 96000, None, "about"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Research director Tobias Ferreira-Lund said the number of international undergraduates dropped by 11%, the steepest fall since 2020.",
        True,
        [("percent", 11, "%", None), ("year", 2020, None, None)],
        "Tobias Ferreira-Lund",
    ),
    ("en", '"Families are asking harder questions about what a degree is worth," Ferreira-Lund said.', False, [], None),
    (
        "en",
        "Computer science enrollment declined for a second straight year, falling 6.4%.",
        True,
        [("ordinal", 2, None, None), ("percent", 6.4, "%", None)],
        None,
    ),
    ("en", "Total enrollment stood at about 18.6 million students.", True, [("count", 18600000, None, "about")], None),
    # --- Studierendenzahlen im Wintersemester (dpa), November 2034 ---
    (
        "de",
        "Wiesbaden (dpa) - Rund 2,74 Millionen Studierende sind im Wintersemester 2034/35 an deutschen Hochschulen eingeschrieben, 1,3 Prozent weniger als ein Jahr zuvor.",
        True,
        [
            ("year", 2034, None, None),
            ("year", 2035, None, None),
            ("count", 2740000, None, "about"),
            ("percent", 1.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das teilte das Statistische Bundesamt am Montag nach ersten Ergebnissen mit.",
        True,
        [],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Zahl der Neuanfänger im ersten Hochschulsemester ging um 4,2 Prozent auf knapp 459.000 zurück.",
        True,
        [("ordinal", 1, None, None), ("percent", 4.2, "%", None), ("count", 459000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Knapp 451.000 Studierende kamen aus dem Ausland, so viele wie nie zuvor.",
        True,
        [("count", 451000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Gut jeder sechste Studierende besucht mittlerweile eine private Hochschule.",
        True,
        [("fraction", 0.1667, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders stark ging die Zahl der Neueinschreibungen in den Lehramtsstudiengängen zurück, um 8,7 Prozent.",
        True,
        [("percent", 8.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Hochschulrektorenkonferenz sieht in den Zahlen ein „Warnsignal für den Wissenschaftsstandort“.",
        False,
        [],
        None,
    ),
    # --- PISA worldwide (Reuters), December 2034 ---
    (
        "en",
        "PARIS, Dec 5 (Reuters) - Average maths scores in OECD countries fell for a third consecutive round in the 2033 PISA tests, dropping 5 points to 462, the Paris-based organisation said on Tuesday.",
        True,
        [
            ("date", "--12-05", None, None),
            ("ordinal", 3, None, None),
            ("year", 2033, None, None),
            ("count", 5, None, None),
            ("count", 462, None, None),
        ],
        None,
    ),
    (
        "en",
        "Singapore again came first in all three subjects, with 583 points in maths.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 583, None, None)],
        None,
    ),
    (
        "en",
        "About 718,000 15-year-olds in 86 countries and economies sat the two-hour test.",
        True,
        [
            ("count", 718000, None, "about"),
            ("duration", 15, "year", None),
            ("count", 86, None, None),
            ("duration", 2, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "OECD education director Séverine Mallet-Courtois said about one in three students across member states did not reach basic proficiency in maths.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Séverine Mallet-Courtois",
    ),
    ("en", '"This is a choice societies make, not a fate they suffer," Mallet-Courtois said.', False, [], None),
    (
        "en",
        "Teenagers who spent more than three hours daily on screens for fun scored on average 31 points lower in maths than those who spent less.",
        True,
        [("duration", 3, "hour", "over"), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Estonia, in seventh place, was the highest-ranked European country.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    ("en", "Critics have long argued that the rankings push governments to teach to the test.", False, [], None),
    # --- Pisa in Deutschland (dpa), Dezember 2034 ---
    (
        "de",
        "Berlin (dpa) - Die 15-Jährigen in Deutschland haben bei der Pisa-Studie 2033 in Mathematik im Schnitt 461 Punkte erreicht, 8 Punkte weniger als 2029.",
        True,
        [
            ("duration", 15, "year", None),
            ("year", 2033, None, None),
            ("count", 461, None, None),
            ("count", 8, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    ("de", "Damit liegt Deutschland unter dem OECD-Schnitt von 462 Punkten.", True, [("count", 462, None, None)], None),
    (
        "de",
        "Im Lesen kamen die Jugendlichen auf 470 Punkte, in den Naturwissenschaften auf 489.",
        True,
        [("count", 470, None, None), ("count", 489, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland landete in Mathematik unter den 38 OECD-Staaten auf Rang 24.",
        True,
        [("count", 38, None, None), ("ordinal", 24, None, None)],
        None,
    ),
    (
        "de",
        "Fast ein Drittel der Jugendlichen erreichte in Mathematik die Kompetenzstufe 2 nicht.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bundesbildungsministerin Dörte Quabeck-Lorenz sagte, der Bund werde das Startchancen-Programm ab 2036 um 500 Millionen Euro jährlich aufstocken.",
        True,
        [("year", 2036, None, None), ("money", 500000000, "EUR", None)],
        "Dörte Quabeck-Lorenz",
    ),
    (
        "de",
        "„Wir dürfen uns an schlechte Nachrichten aus den Klassenzimmern nicht gewöhnen“, sagte Quabeck-Lorenz.",
        False,
        [],
        None,
    ),
    # --- Pisa in der Schweiz (Keystone-SDA), Dezember 2034 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Jugendlichen haben bei der Pisa-Studie in Mathematik 498 Punkte erzielt und liegen damit auf Rang 9 der 86 Teilnehmerländer.",
        True,
        [("count", 498, None, None), ("ordinal", 9, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber der letzten Erhebung bedeutet das ein Minus von 6 Punkten.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Im Lesen erreichten sie 476 Punkte, in den Naturwissenschaften 493.",
        True,
        [("count", 476, None, None), ("count", 493, None, None)],
        None,
    ),
    (
        "de",
        "EDK-Präsident Reto Gisler-Wyss sagte an einer Medienkonferenz in Bern, jeder vierte Jugendliche lese nicht gut genug, um einfache Sachtexte zu verstehen.",
        True,
        [("fraction", 0.25, None, None)],
        "Reto Gisler-Wyss",
    ),
    (
        "de",
        "«Die Schweiz hat keinen Grund, sich auf diesen Resultaten auszuruhen», sagte Gisler-Wyss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss der Studie schneiden Jugendliche aus der Romandie in Mathematik um 14 Punkte schlechter ab als jene aus der Deutschschweiz.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der Dachverband Lehrerinnen und Lehrer Schweiz (LCH) nannte die Resultate «ein Abbild der Überlastung in den Klassenzimmern».",
        False,
        [],
        None,
    ),
    # --- Scotland's teacher census (PA), December 2034 ---
    (
        "en",
        "EDINBURGH (PA) - The number of teachers in Scotland's publicly funded schools fell by 412 to 51,260 this year, official statistics show.",
        True,
        [("count", 412, None, None), ("count", 51260, None, None)],
        None,
    ),
    (
        "en",
        "The pupil-teacher ratio rose to 14.4 from 14.1 in 2033.",
        True,
        [("count", 14.4, None, None), ("count", 14.1, None, None), ("year", 2033, None, None)],
        None,
    ),
    ("en", "Average class sizes in primary schools stood at 24.1 pupils.", True, [("count", 24.1, None, None)], None),
    (
        "en",
        "Education Secretary Catriona MacInnes-Reid said councils would receive an extra 86 million pounds next year to protect teacher numbers.",
        True,
        [("money", 86000000, "GBP", None)],
        "Catriona MacInnes-Reid",
    ),
    ("en", '"Protecting teacher numbers is a shared responsibility," MacInnes-Reid said.', False, [], None),
    (
        "en",
        "The EIS teaching union said 3,140 teachers were on temporary contracts, about one in 17 of the workforce.",
        True,
        [("count", 3140, None, None), ("fraction", 0.0588, None, "about")],
        None,
    ),
    (
        "en",
        "In 11 of Scotland's 32 councils, teacher numbers fell for the third year in a row.",
        True,
        [("count", 11, None, None), ("count", 32, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", 'The union called the figures "proof that promises made at election time mean nothing".', False, [], None),
    # --- Sanierungsstau an Schulen (dpa), Januar 2035 ---
    (
        "de",
        "Frankfurt/Main (dpa) - Der Investitionsrückstand an Deutschlands Schulgebäuden ist auf 67,3 Milliarden Euro gewachsen.",
        True,
        [("money", 67300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Grundlage ist das Kommunalpanel der Förderbank KfW, das am Dienstag in Frankfurt vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Jahr zuvor hatten die Kommunen den Rückstand noch auf 59,8 Milliarden Euro geschätzt.",
        True,
        [("money", 59800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gut ein Drittel der befragten Kommunen bezeichnete den Zustand ihrer Schulen als mangelhaft oder gravierend mangelhaft.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "KfW-Chefvolkswirtin Johanna Terhorst-Baum sagte, die Kommunen hätten 2034 rund 15,8 Milliarden Euro in Schulbau und Sanierung investiert.",
        True,
        [("year", 2034, None, None), ("money", 15800000000, "EUR", "about")],
        "Johanna Terhorst-Baum",
    ),
    ("de", "„Marode Schulen sind ein Standortrisiko“, sagte Terhorst-Baum.", False, [], None),
    (
        "de",
        "Der Deutsche Städtetag fordert ein Sonderprogramm des Bundes von mindestens 10 Milliarden Euro, verteilt auf fünf Jahre.",
        True,
        [("money", 10000000000, "EUR", "at_least"), ("duration", 5, "year", None)],
        None,
    ),
    ("de", "Eltern in vielen Städten klagen seit Jahren über kaputte Toiletten und undichte Dächer.", False, [], None),
    # --- UCAS January deadline (PA), January 2035 ---
    (
        "en",
        "LONDON (PA) - Applications to UK universities from 18-year-olds rose by 2.1 per cent to 347,600 by the January deadline, UCAS figures show.",
        True,
        [("duration", 18, "year", None), ("percent", 2.1, "%", None), ("count", 347600, None, None)],
        None,
    ),
    (
        "en",
        "The application rate among 18-year-olds in England reached 43.9 per cent, a record.",
        True,
        [("duration", 18, "year", None), ("percent", 43.9, "%", None)],
        None,
    ),
    (
        "en",
        "Applications from students in China fell 7 per cent, while those from India rose 4 per cent.",
        True,
        [("percent", 7, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "UCAS chief executive Marcus Oyelowo-Grant said applicants from the most advantaged areas were still 2.3 times as likely to apply as those from the least advantaged.",
        True,
        [("count", 2.3, None, None)],
        "Marcus Oyelowo-Grant",
    ),
    ("en", '"Ambition is evenly spread, but opportunity still is not," Oyelowo-Grant said.', False, [], None),
    (
        "en",
        "Nursing applications dropped for the fourth consecutive year, to 29,460.",
        True,
        [("ordinal", 4, None, None), ("count", 29460, None, None)],
        None,
    ),
    # --- Studiengebühren an der Universität Basel (Keystone-SDA), Februar 2035 ---
    (
        "de",
        "Basel (Keystone-SDA) - Ausländische Studierende zahlen an der Universität Basel ab dem Herbstsemester 2036 statt 920 künftig 2'760 Franken pro Semester.",
        True,
        [("year", 2036, None, None), ("money", 920, "CHF", None), ("money", 2760, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für Studierende aus der Schweiz bleibt die Gebühr bei 920 Franken.",
        True,
        [("money", 920, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rektorin Cornelia Stäubli-Marti sagte, die Massnahme bringe der Universität jährlich rund 9,6 Millionen Franken ein.",
        True,
        [("money", 9600000, "CHF", "about")],
        "Cornelia Stäubli-Marti",
    ),
    ("de", "«Wir wollen eine offene Universität bleiben», sagte Stäubli-Marti.", False, [], None),
    (
        "de",
        "Rund 3'400 der gut 14'000 Studierenden hatten ihren Wohnsitz vor Studienbeginn im Ausland.",
        True,
        [("count", 3400, None, "about"), ("count", 14000, None, "over")],
        None,
    ),
    ("de", "Die Studierendenvertretung kündigte eine Petition gegen die Erhöhung an.", True, [], None),
    # --- Tuition fees in England (PA), February 2035 ---
    (
        "en",
        "LONDON (PA) - Undergraduate tuition fees in England will increase to £10,760 a year from September 2036, the Education Secretary announced on Wednesday.",
        True,
        [("money", 10760, "GBP", None), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "The increase of £280, or 2.7 per cent, is in line with forecast inflation.",
        True,
        [("money", 280, "GBP", None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        "Maintenance loans for London students who live away from their parents will rise to £16,940.",
        True,
        [("money", 16940, "GBP", None)],
        None,
    ),
    (
        "en",
        "Universities Minister Ewan Carrick-Boyd said the fee rise would bring English universities about 390 million pounds a year.",
        True,
        [("money", 390000000, "GBP", "about")],
        "Ewan Carrick-Boyd",
    ),
    (
        "en",
        'The National Union of Students said the rise "asks students to pay for the sector\'s mistakes".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Graduates leaving university in 2035 are expected to owe an average of £53,400, according to Student Loans Company projections.",
        True,
        [("year", 2035, None, None), ("money", 53400, "GBP", None)],
        None,
    ),
    ("en", "It remains unclear whether fees will rise automatically with inflation in later years.", False, [], None),
    # --- Schulabgänger ohne Abschluss (dpa), März 2035 ---
    (
        "de",
        "Wiesbaden (dpa) - Rund 63.800 Jugendliche haben die Schule im Sommer 2034 ohne Hauptschulabschluss verlassen.",
        True,
        [("count", 63800, None, "about"), ("year", 2034, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Anteil von 7,6 Prozent aller Schulabgängerinnen und Schulabgänger.",
        True,
        [("percent", 7.6, "%", None)],
        None,
    ),
    (
        "de",
        "Zehn Jahre zuvor hatte die Quote noch bei 6,1 Prozent gelegen.",
        True,
        [("duration", 10, "year", None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Am höchsten war der Anteil in Sachsen-Anhalt mit 13,4 Prozent, am niedrigsten in Bayern mit 4,7 Prozent.",
        True,
        [("percent", 13.4, "%", None), ("percent", 4.7, "%", None)],
        None,
    ),
    ("de", "Junge Männer verlassen die Schule fast doppelt so oft ohne Abschluss wie junge Frauen.", True, [], None),
    (
        "de",
        "Bildungsforscher Kaspar Lindemeier-Hoch sagte, etwa jeder fünfte Jugendliche ohne Abschluss habe zuvor eine Förderschule besucht.",
        True,
        [("fraction", 0.2, None, "about")],
        "Kaspar Lindemeier-Hoch",
    ),
    (
        "de",
        "„Wir verlieren Jahr für Jahr junge Menschen, die wir dringend brauchen“, sagte Lindemeier-Hoch.",
        False,
        [],
        None,
    ),
    # --- Teacher shortage in France (Reuters), March 2035 ---
    (
        "en",
        "PARIS, March 19 (Reuters) - France's secondary teacher recruitment exams drew just 1.3 candidates per post in maths this year, leaving 612 of the 1,480 positions unfilled, the education ministry said on Monday.",
        True,
        [
            ("date", "--03-19", None, None),
            ("count", 1.3, None, None),
            ("count", 612, None, None),
            ("count", 1480, None, None),
        ],
        None,
    ),
    (
        "en",
        "Across all subjects, about 4,350 posts went unfilled at the 2034 sessions, up from 3,720 a year earlier.",
        True,
        [("count", 4350, None, "about"), ("year", 2034, None, None), ("count", 3720, None, None)],
        None,
    ),
    (
        "en",
        "Education Minister Hélène Marchetti-Roux said starting pay would rise to 2,450 euros a month before tax from September 2035.",
        True,
        [("money", 2450, "EUR", None), ("year", 2035, None, None)],
        "Hélène Marchetti-Roux",
    ),
    ("en", '"Teaching has to become a career people are proud to choose," Marchetti-Roux said.', False, [], None),
    (
        "en",
        "The SNES-FSU union said one in ten classes in the Créteil education authority had gone without a maths teacher for at least two weeks since the start of the school year.",
        True,
        [("fraction", 0.1, None, None), ("duration", 2, "week", "at_least")],
        None,
    ),
    ("en", 'The union called the pay rise "too little and far too late".', False, [], None),
    (
        "en",
        "The ministry plans to recruit 2,000 contract teachers to fill the gaps before September.",
        True,
        [("count", 2000, None, None)],
        None,
    ),
    # --- Quereinsteiger und Klassengrößen in Österreich (APA), April 2035 ---
    (
        "de",
        "Wien (APA) - Seit Beginn der Quereinsteiger-Initiative haben sich an Österreichs Schulen mehr als 12.700 Personen für den Lehrberuf beworben.",
        True,
        [("count", 12700, None, "over")],
        None,
    ),
    (
        "de",
        "Laut Bildungsministerium unterrichten derzeit rund 4.080 von ihnen, die meisten an Mittelschulen.",
        True,
        [("count", 4080, None, "about")],
        "Bildungsministerium",
    ),
    (
        "de",
        "Bildungsminister Gregor Aichberger-Stenitz sagte, bis 2040 gingen rund 14.000 Lehrerinnen und Lehrer in Pension.",
        True,
        [("year", 2040, None, None), ("count", 14000, None, "about")],
        "Gregor Aichberger-Stenitz",
    ),
    ("de", "„Der Lehrberuf ist attraktiver, als viele glauben“, sagte Aichberger-Stenitz.", False, [], None),
    (
        "de",
        "Die Klassenschülerhöchstzahl von 25 wird heuer in 312 Volksschulklassen überschritten.",
        True,
        [("count", 25, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Die AHS-Lehrergewerkschaft forderte, die Höchstzahl auf 22 zu senken.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Gewerkschaftschef Herbert Pöllabauer-Wimmer kritisierte, die Quereinsteiger würden ohne ausreichende Begleitung in die Klassen geschickt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine 52-jährige Quereinsteigerin aus Graz sagte, sie unterrichte nach 24 Jahren als Bauingenieurin nun Mathematik an einer Mittelschule.",
        True,
        [("duration", 52, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    # --- School closures in Philadelphia (AP), April 2035 ---
    (
        "en",
        "PHILADELPHIA (AP) — The Philadelphia school board voted 7-2 on Thursday night to close 17 school buildings over the next four years as part of a $3.4 billion facilities plan.",
        True,
        [
            ("count", 7, None, None),
            ("count", 2, None, None),
            ("count", 17, None, None),
            ("duration", 4, "year", None),
            ("money", 3400000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "District officials said the average building is 81 years old and that about 60% of schools need major repairs.",
        True,
        [("duration", 81, "year", None), ("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Enrollment has fallen to about 96,000 students from 124,000 a decade ago.",
        True,
        [("count", 96000, None, "about"), ("count", 124000, None, None)],
        None,
    ),
    (
        "en",
        "Superintendent Andre Whitlow-Barnes said the closures would save about $41 million a year in operating costs.",
        True,
        [("money", 41000000, "USD", "about")],
        "Andre Whitlow-Barnes",
    ),
    (
        "en",
        '"Our grandparents learned in these buildings, and our children deserve better," Whitlow-Barnes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The plan sets aside $640 million to remove lead paint and asbestos from 90 schools by 2039.",
        True,
        [("money", 640000000, "USD", None), ("count", 90, None, None), ("year", 2039, None, None)],
        None,
    ),
    (
        "en",
        'The teachers\' union said the board had "turned its back on the neighborhoods that need schools most".',
        False,
        [],
        None,
    ),
    # --- Schulhausbau in der Stadt Zürich (Keystone-SDA), Mai 2035 ---
    (
        "de",
        "Zürich (Keystone-SDA) - Rund 2,6 Milliarden Franken will die Stadt Zürich bis 2040 in neue und sanierte Schulhäuser stecken.",
        True,
        [("year", 2040, None, None), ("money", 2600000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Stadtrat beantragt dem Gemeinderat dafür einen ersten Rahmenkredit von 535 Millionen Franken.",
        True,
        [("ordinal", 1, None, None), ("money", 535000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bis zum Schuljahr 2039/40 rechnet die Stadt mit rund 4'600 zusätzlichen Schülerinnen und Schülern.",
        True,
        [("year", 2039, None, None), ("year", 2040, None, None), ("count", 4600, None, "about")],
        None,
    ),
    (
        "de",
        "Schulvorsteherin Andrea Kägi-Burri sagte, derzeit seien 23 Schulhäuser mit Pavillons erweitert.",
        True,
        [("count", 23, None, None)],
        "Andrea Kägi-Burri",
    ),
    ("de", "«Jedes Kind verdient ein Schulzimmer mit Tageslicht», sagte Kägi-Burri.", False, [], None),
    (
        "de",
        "Über den Kredit entscheiden die Stimmberechtigten voraussichtlich am 25. November.",
        True,
        [("date", "--11-25", None, None)],
        None,
    ),
    ("de", "Die SVP nannte die Pläne «Luxusbauten auf Kosten der Steuerzahlenden».", False, [], None),
    # --- Persistent absence in England (PA), May 2035 ---
    (
        "en",
        "LONDON (PA) - Nearly one in five English pupils was persistently absent during the autumn term, missing at least 10 per cent of lessons, Department for Education figures show.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 10, "%", "at_least")],
        None,
    ),
    (
        "en",
        "The persistent absence rate of 19.4 per cent compares with 21.2 per cent a year earlier.",
        True,
        [("percent", 19.4, "%", None), ("percent", 21.2, "%", None)],
        None,
    ),
    (
        "en",
        "Some 171,500 pupils were severely absent, missing half or more of their sessions.",
        True,
        [("count", 171500, None, "about"), ("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "en",
        "Children's Minister Daniel Ashcombe-Leigh said 2,600 attendance mentors had been hired since 2033.",
        True,
        [("count", 2600, None, None), ("year", 2033, None, None)],
        "Daniel Ashcombe-Leigh",
    ),
    ("en", '"A lost school day is never given back to a child," Ashcombe-Leigh said.', False, [], None),
    (
        "en",
        "Pupils eligible for free school meals were more than twice as likely to be persistently absent.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    # --- Teacher hiring in Kenya (Reuters), June 2035 ---
    (
        "en",
        "NAIROBI, June 12 (Reuters) - Kenya will hire 26,500 additional teachers on permanent contracts from July, the Teachers Service Commission said on Tuesday, as enrolment in secondary schools swells.",
        True,
        [("date", "--06-12", None, None), ("count", 26500, None, None)],
        None,
    ),
    (
        "en",
        "The country's public secondary schools now teach about 4.3 million students, up from 3.6 million in 2030.",
        True,
        [("count", 4300000, None, "about"), ("count", 3600000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The commission estimates the shortfall at about 117,000 teachers.",
        True,
        [("count", 117000, None, "about")],
        None,
    ),
    (
        "en",
        "Education Cabinet Secretary Wanjiru Mbugua-Otieno told reporters the new hires would cost 11.8 billion Kenyan shillings a year.",
        True,
        [("money", 11800000000, "KES", None)],
        "Wanjiru Mbugua-Otieno",
    ),
    ("en", '"Every child in a Kenyan classroom deserves a trained teacher," Mbugua-Otieno said.', False, [], None),
    (
        "en",
        "In some counties in the northeast, a single teacher is responsible for more than 70 pupils.",
        True,
        [("count", 70, None, "over")],
        None,
    ),
    ("en", "The Kenya National Union of Teachers said the plan did not go far enough.", False, [], None),
    # --- Abitur in Bayern (dpa/lby), Juni 2035 ---
    (
        "de",
        "München (dpa/lby) - Der Notendurchschnitt im bayerischen Abitur liegt in diesem Jahr bei 2,32, nach 2,28 im Vorjahr.",
        True,
        [("count", 2.32, None, None), ("count", 2.28, None, None)],
        None,
    ),
    (
        "de",
        "Die Bestnote 1,0 erreichten 2.687 Prüflinge, ein neuer Höchststand.",
        True,
        [("count", 1.0, None, None), ("count", 2687, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Kultusministeriums bestanden 95,9 Prozent der rund 41.300 Prüflinge.",
        True,
        [("percent", 95.9, "%", None), ("count", 41300, None, "about")],
        "das Kultusministerium",
    ),
    (
        "de",
        "Kultusministerin Veronika Hallerstede-Moos sagte, im Fach Mathematik habe sich der Schnitt von 2,84 auf 2,71 verbessert.",
        True,
        [("count", 2.84, None, None), ("count", 2.71, None, None)],
        "Veronika Hallerstede-Moos",
    ),
    ("de", "„Auf diesen Jahrgang kann Bayern stolz sein“, sagte Hallerstede-Moos.", False, [], None),
    (
        "de",
        "Gut 1.100 Schülerinnen und Schüler wurden nicht zur Prüfung zugelassen.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    (
        "de",
        "Der Bayerische Philologenverband hält den Rekord bei der Bestnote für ein Zeichen sinkender Ansprüche.",
        False,
        [],
        None,
    ),
    # --- Zentralmatura (APA), Juli 2035 ---
    (
        "de",
        "Wien (APA) - Bei der Zentralmatura in Mathematik sind an den AHS heuer 9,7 Prozent der Arbeiten mit „Nicht genügend“ beurteilt worden.",
        True,
        [("percent", 9.7, "%", None)],
        None,
    ),
    (
        "de",
        "Nach den Kompensationsprüfungen dürfte der Anteil auf rund 2,5 Prozent sinken, hieß es aus dem Bildungsministerium.",
        True,
        [("percent", 2.5, "%", "about")],
        None,
    ),
    (
        "de",
        "In Deutsch lag die Quote der negativen Beurteilungen bei 3,9 Prozent, in Englisch bei 1,6 Prozent.",
        True,
        [("percent", 3.9, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "An den BHS erhielten 11,2 Prozent in Angewandter Mathematik ein „Nicht genügend“, um 1,4 Prozentpunkte mehr als im Vorjahr.",
        True,
        [("percent", 11.2, "%", None), ("percent", 1.4, "pp", None)],
        None,
    ),
    (
        "de",
        "Rund 41.600 Schülerinnen und Schüler traten heuer zur Reifeprüfung an.",
        True,
        [("count", 41600, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bildungsminister sagte, der Anteil der „Sehr gut“ in Mathematik sei binnen drei Jahren auf 14 Prozent gestiegen.",
        True,
        [("duration", 3, "year", None), ("percent", 14, "%", None)],
        None,
    ),
    ("de", "Ob die Aufgaben im kommenden Jahr wieder leichter werden, ließ das Ministerium offen.", False, [], None),
    # --- International Baccalaureate results (Reuters), July 2035 ---
    (
        "en",
        "GENEVA, July 6 (Reuters) - Candidates sitting the International Baccalaureate diploma this year scored an average of 29.6 points out of a possible 45, the Geneva-based organisation said on Friday.",
        True,
        [("date", "--07-06", None, None), ("count", 29.6, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "en",
        "Of the 214,700 diploma candidates worldwide, 76.8% passed, down from 78.1% a year earlier.",
        True,
        [("count", 214700, None, None), ("percent", 76.8, "%", None), ("percent", 78.1, "%", None)],
        None,
    ),
    (
        "en",
        "Only 412 candidates achieved the maximum 45 points.",
        True,
        [("count", 412, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "en",
        "Director General Ingrid Halvorsen-Moe said the number of schools offering the diploma had risen to 4,410 in 163 countries.",
        True,
        [("count", 4410, None, None), ("count", 163, None, None)],
        "Ingrid Halvorsen-Moe",
    ),
    ("en", '"A score is a snapshot, not a verdict on a young person," Halvorsen-Moe said.', False, [], None),
    (
        "en",
        "Results for about 2,300 candidates were delayed after a marking error in a chemistry paper, the organisation said.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    # --- Tuition at the University of Wisconsin (AP), July 2035 ---
    (
        "en",
        "MADISON, Wis. (AP) — The Universities of Wisconsin regents on Thursday approved a 4.5% tuition increase for in-state undergraduates, the third increase in as many years.",
        True,
        [("percent", 4.5, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "In-state tuition at the flagship campus in Madison will rise by $600 to $13,940 for the 2035-36 academic year.",
        True,
        [
            ("money", 600, "USD", None),
            ("money", 13940, "USD", None),
            ("year", 2035, None, None),
            ("year", 2036, None, None),
        ],
        None,
    ),
    (
        "en",
        "Out-of-state students will pay $49,600, up from $47,450.",
        True,
        [("money", 49600, "USD", None), ("money", 47450, "USD", None)],
        None,
    ),
    (
        "en",
        "System President Cynthia Vandermolen-Reyes said the increase would raise about $38 million, most of it for faculty pay.",
        True,
        [("money", 38000000, "USD", "about")],
        "Cynthia Vandermolen-Reyes",
    ),
    ("en", '"Nobody on this board votes for a tuition increase lightly," Vandermolen-Reyes said.', False, [], None),
    (
        "en",
        "About 38% of in-state students pay no tuition at all under the system's grant program for families earning under $84,000.",
        True,
        [("percent", 38, "%", "about"), ("money", 84000, "USD", "under")],
        None,
    ),
    (
        "en",
        'Student government leaders said the board was "balancing the budget on the backs of students".',
        False,
        [],
        None,
    ),
    # --- Maturitätsquote in der Schweiz (Keystone-SDA), Juli 2035 ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Quote der gymnasialen Maturitäten hat in der Schweiz 2034 mit 24,6 Prozent einen Höchststand erreicht.",
        True,
        [("year", 2034, None, None), ("percent", 24.6, "%", None)],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Statistik (BFS) erwarben insgesamt 19'870 junge Erwachsene eine gymnasiale Maturität.",
        True,
        [("count", 19870, None, None)],
        None,
    ),
    (
        "de",
        "Die Spanne zwischen den Kantonen ist gross: Das Tessin kommt auf 33,8 Prozent, der Thurgau auf 12,9 Prozent.",
        True,
        [("percent", 33.8, "%", None), ("percent", 12.9, "%", None)],
        None,
    ),
    (
        "de",
        "Frauen stellen mit 59,7 Prozent die Mehrheit der Maturandinnen und Maturanden.",
        True,
        [("percent", 59.7, "%", None)],
        None,
    ),
    (
        "de",
        "Rechnet man Berufs- und Fachmaturität hinzu, erwarben 45,1 Prozent eines Jahrgangs einen Maturitätsabschluss.",
        True,
        [("percent", 45.1, "%", None)],
        None,
    ),
    ("de", "Der EDK-Präsident lehnte eine für alle Kantone verbindliche Mindestquote ab.", True, [], None),
    ("de", "«Die Maturität darf nicht zur Massenware werden», sagte Gisler-Wyss.", False, [], None),
]
