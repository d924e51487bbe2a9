"""Two-hundred-and-ninety-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Annegret Vollbrecht, Waltraud Pirchner, Matthias Grünauer, Sabine Tröndle, Jonas
Elberfeld, Regula Zbinden, Urs Ammeter, Felicitas Mauch, Leonie Karakaş, Gernot Haslinger,
Korbinian Stadlmayr, Ingrid Hoppenstedt, Renate Oberdiek, Peter Nussbaumer, Tanja
Schwerdtfeger, Meinolf Arndt, Hiltrud Esselborn; Sipho Mabandla, Amandla Learning, Dolores
Whitacre, Fiona Drummond, Claire Vautrin, Aroha Tanirau, Graham Pilkington, Marisol Fenwick,
Tom Alcott, Harriet Ellsworth, Morven Lyall, Naomi Braithwaite, Paul Desrosiers, Kerry-Anne
Bouchard, Bronwyn Keast, Darnell Ruffin, Northfield University, Alan Merriweather, Ingrid
Solberg; every unnamed spokesperson, union leader, teacher, head, parent, student and
official); ministers, agency heads, union leaders and office holders of real governments
and bodies appear under made-up names that stand for no real holder, or by their role only
("der Wissenschaftsminister", "die Vorsitzende des Landeselternausschusses", "eine
Vertreterin des Verbands der Schweizer Studierendenschaften", "Eine Grundschullehrerin aus
Gelsenkirchen", "Ein 47-jähriger Quereinsteiger aus Innsbruck", "the president of the
Oklahoma Education Association", "the union's general secretary", "A union leader", "One
head in Essex", "the vice-chancellor", "the district's chief financial officer", "a
doctoral student in chemistry"). Real states, bodies, tests and places (Niedersachsen,
Kultusministerium, GEW, Bildungsdirektion, Deutschförderklassen, Taferlklassler,
Pflichtschullehrergewerkschaft, Verdi, Hessen, Kanton Bern, Bildungs- und Kulturdirektion,
Berner Lehrerverband, Baden-Württemberg, Landtag, Wissenschaftsministerium,
Landesastenkonferenz, Zentralmatura, AHS, Bildungsministerium, Kompensationsprüfung,
Schülerunion, Philologenverband, MedAT, Universitätenkonferenz, KfW, Städtetag,
Bundeselternrat, Nordrhein-Westfalen, Ruhrgebiet, VBE, ECTS, ETH Zürich, EPFL, ETH-Rat,
Statistisches Bundesamt, Hochschulrektorenkonferenz, Berliner Senat, Pankow, Lichtenberg,
Grüne, TIMSS, KMK; South Africa, Eastern Cape, Oklahoma, Scottish Government, EIS, France,
Post Primary Teachers' Association, College Board, Texas, Florida, Department for Education,
National Audit Office, NAHT, Essex, Home Office, Universities UK, Office for Students,
National Union of Students, Scottish Qualifications Authority, SQA, Scottish Conservatives,
SNP, Joint Council for Qualifications, GCSE, National 5, Higher, Elementary Teachers'
Federation of Ontario, Mississauga, University of Sydney, National Tertiary Education Union,
NTEU, Universities Australia, Chicago Public Schools, Chicago Teachers Union, Illinois,
OECD, Japan, and the datelines' cities) stand for the way wire copy names them; every
vacancy, score, grade, share, fee, budget, tally, date and quote here is invented, and where
a real figure came to mind (a real fee per semester, a real number of medical places, a
real enrolment, a real union's membership, a real budget gap, a real pass rate, a real
pledge) it was changed - the exceptions being the years of rules kept as set (fees since
2017, a visa rule since January 2024, a cap from 2025) and the three quarters of Austria's
medical places held for holders of an Austrian Matura, written as the law sets them.

Its weight: SCHOOLS AND UNIVERSITIES (the seventy-second batch weighed education, schools,
universities and childcare and the hundred-fifty-sixth schools, universities and education
policy, and their decisions are kept) over one school year in story order (January to
December of 2027), 28 short stories with the German and English ones interleaved by month,
each told as wire copy runs it (a dateline lead, the figures, attributed claims, the other
side, quotes, reactions): teacher shortages, class sizes, PISA-style results, tuition fees,
student numbers, exam pass rates, school building budgets and strikes at universities and
schools. Half German (dpa with its regional slugs "dpa/lni", "dpa/lhe", "dpa/lsw",
"dpa/lby", "dpa/lnw", "dpa/bb", APA, Keystone-SDA; Austrian "heuer", "Taferlklassler",
"Nicht genügend", "in Pension gehen", Swiss "gross", "Lehrperson", "2'260", "9'400",
"Franken", «» quotes, German „“ quotes): Lower Saxony's unfilled posts at the half year,
German support classes in Vienna, a warning strike at Hesse's universities, class sizes in
Bern, fees for non-EU students in Baden-Württemberg, the Zentralmatura, the Bavarian Abitur,
Austria's medical admission test, the school repair backlog, the school start in North
Rhine-Westphalia, Austria's career changers, fees at ETH and EPFL, German student numbers,
Berlin's school building cuts and TIMSS. Half English (Reuters, AP, PA, AFP, AAP): South
Africa's matric results, Oklahoma's emergency certificates, Scotland's teacher numbers,
France's unfilled posts, a New Zealand teachers' strike, U.S. college tuition, England's
school rebuilding, UK student visas, Scottish exam results, GCSE results, an Ontario
teachers' strike, job cuts at an Australian university, Chicago's school budget, a graduate
workers' strike and an OECD teachers' survey. Figures as such copy has them: vacancies,
pupils, students, classes and places, grade averages („Notendurchschnitt ... 2,24“, „Die
Bestnote 1,0“), test points and ranks („492 Punkten“, „von Platz 25 auf Platz 31“, „auf
Rang 17“), pass rates and shares in percent and percentage points, class sizes and ratios,
fees, pay, bonuses, budgets and deficits in euros, francs, pounds, U.S., Australian, New
Zealand and Canadian dollars, strike lengths and working hours („einem zweitägigen
Warnstreik“, "for 48 hours", "the 48-hour stoppage", "54.6 hours a week"), school and
academic years („Schuljahr 2027/28“, „Doppelhaushalt 2028/29“, "the 2027-28 academic
year"), grade levels („Erstklässler“, „Viertklässler“, "first grade"), ages, number words
and compounds („Zehn-Punkte-Plan“, „60 ECTS-Punkten“, „acht Bewerberinnen“, "five or
more", "twelve years ago", "two decades ago"), fractions („jede fünfte“, „gut ein Sechstel“,
„Drei Viertel“, „Jeder achte“, "about one in seven", "Nearly two in five", "less than
half"), ordinals („der dritte Warnstreik“, „im ersten Hochschulsemester“, "their third
nationwide strike", "the union's second strike"), hedges, ranges, years and dates. Negatives
as such copy has them - about a quarter of the rows: ministers', union leaders', parents'
and students' quotes of pride, resolve and grievance, labels („nannte“, „bezeichnete ...
als“, „sprach von“, "called", "described ... as"), verdicts with „hält ... für“, reported
feelings with a named speaker, accusations naming no act („warf ... vor“), warnings naming
no figure, advice, an appeal with an evaluation, criticism without a checkable fact, fears,
open questions and vox pops, each near a check-worthy look-alike: the same speaker's figure,
a plan, a demand, a vote, a stated finding.

235 rows (117 German, 118 English), 58 negatives (28 German, 30 English), 177 check-worthy
rows of which 3 carry no figure (2 German, 1 English), 312 expected quantities (112 counts,
49 percentages - 46 in %, 3 in percentage points -, 40 years, 38 amounts of money - 13 EUR,
12 USD, 5 GBP, 3 each CHF, AUD, 1 each NZD, CAD -, 32 durations - 21 in years, 6 in hours,
3 in months, 1 in days, 1 in weeks -, 19 fractions, 14 ordinals, 8 dates; none of them in a
negative), 39 checked speakers (22 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, fear, piece of advice or rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-sixth, two-hundred-and-forty-fourth, two-hundred-and-seventy-sixth); a
  quoted or reported statement of fact, figure, step, plan, demand or finding is
  check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one
  speaker: Vollbrecht's 2,350 hires beside „Wir kämpfen um jede einzelne Lehrkraft“,
  Pirchner's 180 teachers beside „Sprache ist der Schlüssel“, Mauch's 21 percent beside
  „ein weltoffener Studienstandort“, Haslinger's third part of the Matura beside „ein
  schöner Erfolg“, Stadlmayr's 640 teachers beside „stolz auf sich“, Oberdiek's 5,900 posts
  beside „Ich verspreche niemandem Wunder“, Arndt's 58 points beside „zu lange zugesehen“,
  Mabandla's pass rate beside "no child's background", Whitacre's bonus beside "a bridge,
  not a destination", Drummond's £145.5 million beside "confident the trend will turn",
  Tanirau's 19,000 votes beside "Nobody becomes a teacher to go on strike", Fenwick's 1.1%
  beside "should not be scared off" (advice), Ellsworth's 40% beside a "grown-up
  conversation" (an appeal naming no measure, hundred-thirty-eighth), Lyall's 2,930 pupils
  beside "should be proud today", Braithwaite's 1,100 teachers beside "holding firm",
  Desrosiers's C$2.7 billion beside "will not be held hostage", Keast's A$9.2 million beside
  "like a real estate business", Ruffin's cap beside "not a line item" and Solberg's finding
  beside "who stands in front of the class". Grünauer's reported „am Ende ihrer Kräfte“ and
  Pilkington's "generous and affordable" with an appeal stay negatives (a reported feeling
  and an evaluation, two-hundred-and-fourth).
- Check-worthy without a figure (hundred-fifty-sixth): the source of a statistic („Das geht
  aus Zahlen der Bildungsdirektion hervor, ...“), a fee rule for students from agreement
  states, and a provost's notice that grades would be delayed. Demands and plans with a
  figure are check-worthy (hundred-fifty-sixth): Verdi's „mindestens 16,50 Euro“ and
  „mindestens 24 Monaten“ "at_least", the Bernese teachers' cap of 22, the Uniko's 2,400
  places by 2032, the ETFO's cap of 24 and 4.5%, the graduate union's $47,000, the KMK's
  „Zehn-Punkte-Plan“ („kündigte an“, speaker None). An analysis, a survey, a report and a
  body's estimate with a figure are check-worthy; a fear without a figure ("feared their
  neighbourhood school would be next") and a statisticians' refusal to forecast are
  negatives. A description naming a teacher's own class of 29 and a head's 18 months in
  portable cabins are check-worthy with speaker None (a description, hundred-fifty-sixth).
- Test scores, grades and ranks (seventy-second, hundred-fifty-sixth): TIMSS points and
  their moves are counts („12 Punkte weniger“, „Mit 492 Punkten ... von 507 Punkten“, „58
  Punkte“, „auf 511 Punkte“), ranks are ordinals („von Platz 25 auf Platz 31“, „auf Rang
  17“), New: „unter 58 Teilnehmerstaaten“ is count 58 with no hedge - „unter“ places a
  rank among a group here and bounds nothing, unlike „unter 45 Jahren“ (hundred-fifty-sixth); „etwa anderthalb Schuljahren“ count 1.5 "about" (a
  school year no unit, seventy-second). Grade averages are counts („einen ... Abiturnote
  2,24 ..., nach 2,27“, „Die Bestnote 1,0“ 1.0, „bei 2,61, in Deutsch bei 2,38“;
  seventy-second), GCSE grades on their numbered scale too ("the top grades of 7, 8 or 9");
  "five or more A grades" count 5 "at_least" ("or more" after the figure bounds it from
  below as "or above" and "30 or more employees" do; hundred-fifty-sixth), the letter grade
  "A" none. Grade levels are ordinals: „Erstklässler“ 1, „Viertklässler“ 4 (twice; seventy-
  second, hundred-fifty-sixth) and "first grade" 1; "National 5" and "Higher" are
  qualifications' names and carry none (seventy-second).
- Lessons, hours and terms: „etwa 21.000 Unterrichtsstunden“ is 21,000 hours "about"
  (seventy-second: "-stunden" compounds are durations; „in jeder Woche“ none); working time
  with its unit is a duration („mehr als 50 Stunden pro Woche“ 50 hours "over", "54.6 hours
  a week" and "41.2 hours"; hundred-fifty-sixth: "22 hours a week"); „13,98 Euro pro
  Stunde“ money only („pro Stunde“ none, as „pro Tag“); semesters carry none („pro
  Semester“; seventy-second), „Schuljahr“, „Sommersemester“ and „seit Jahresbeginn“ none.
- School and academic years give both years (hundred-fifty-sixth): „ab dem Schuljahr
  2027/28“, „zum Wintersemester 2027/28“, „das Schuljahr 2027/28“, „im Wintersemester
  2027/28“, „im Doppelhaushalt 2028/29“, "in the 2027-28 academic year", "for the 2027/28
  financial year". Otherwise the year: „seit August 2026“, „für 2027“, „seit Einführung der
  Gebühren 2017“, „ab 2029“, „bis 2029“, „bis 2030“, „ab 2030“, „bis 2032“, „ab dem
  Herbstsemester 2028“ (seventy-second: „ab dem Herbstsemester 2025“), „der Jahre 2008 bis
  2011“ both, "in 2026", "since 2019", "in 2021", "from January 2028", "since 2012", "since
  2024", "since January 2024", "by September 2029", "by 2029", "since 2020", "in 2022",
  "in 2025". Dates: „für den 14. April“ --04-14, „am 3. Juli“ --07-03 (dates without a
  year, hundred-fifty-sixth); Reuters datelines with a day ("JOHANNESBURG, Jan 13" --01-13,
  "WELLINGTON, April 8" --04-08, "WASHINGTON, May 11" --05-11, "LONDON, July 21" --07-21,
  "TORONTO, Sept 14" --09-14, "PARIS, Dec 8" --12-08); dpa, APA, Keystone-SDA, AP, PA, AFP
  and AAP datelines none (seventy-ninth). None: „im Vorjahr“, „ein Jahr zuvor“, „im
  vergangenen Jahr“, „in diesem Jahr“, „heuer“, „im kommenden Schuljahr“, „zum
  Schuljahresbeginn“, „bis März“, „im Juni“, "last year", "this year", "next year", "a year
  earlier", "in the year to June", "in September", "in February", "through June", "8am",
  "over the past decade", weekdays.
- Durations and ages (the issue; every batch): „einem zweitägigen Warnstreik“ 2 days,
  „seit zwanzig Jahren“ 20 years, „Vor zehn Jahren“ 10 years, „vor zwei Jahren“ 2 years,
  „binnen acht Jahren“ 8 years, „vier Jahre zuvor“ 4 years, „nach 22 Jahren“ 22 years,
  „mindestens 24 Monaten“ "at_least", "five years ago", "twelve years ago" 12 years, "six
  years ago", "two decades ago" 20 years (seventy-second: "three decades" 30 years), "commit
  to five years", "over three years" and "over four years" ("over" before a span no hedge),
  "within 12 months", "within five years", "for 48 hours" and "the 48-hour stoppage" 48
  hours, "lasted 10 weeks", "18 months", "public four-year colleges" 4 years
  (seventy-second); ages in years („Ein 47-jähriger“ 47, "17-year-olds" 17).
  „fast doppelt so viel“ carries no count (hundred-fifty-sixth: "doppelt" no figure).
- Counts (every batch): „1.180“, „rund 260 mehr“ ("mehr" after the figure compares), „davon
  1.240“ and „darunter 410“ („davon“, „darunter“ no hedge), „höchstens 25“ "at_most", „bis
  zu 60“ "up_to", „knapp 8.700“ "nearly", „erst 118“ („erst“ no hedge, as „nur“ and earlier
  batches' „erst 31 Prozent“), „im Durchschnitt 21,4 Kinder“, „mit 23,9 Kindern“ („im
  Landesschnitt“ no hedge), „Richtwert von 24“, „mit 84 zu 61 Stimmen“, "71-28", "voted 5-2"
  (seventy-second: "voted 6-1" two counts), „acht Bewerberinnen und Bewerber“ („auf einen
  Studienplatz“ an article), „rund 2,5 Millionen“ 2500000, „rund 2,81 Millionen“ 2810000,
  „9'400“ (the Swiss apostrophe, tenth), „60 ECTS-Punkten“ 60, „Zehn-Punkte-Plan“ 10 (the
  issue's "28-Punkte-Entwurf"), „drei Gymnasien“ 3, „an fünf hessischen Hochschulen“ 5, "38
  of the state's 77 counties", "23.4 pupils", "13.9" (a ratio written alone), "more than
  400,000", "More than 70", "More than 230" "over", "fewer than 20 pupils" "under", "around
  1,100 schools" "about", "16 school boards", "55 countries". None: „die meisten“, „so viele
  wie nie zuvor“, „Tausenden“, "Tens of thousands", "hundreds of courses", "Several
  states", "several times", "one of the hardest jobs", "the most on record".
- Fractions (the issue's "ein Fünftel", "jeder vierte"): „fast jede fünfte“ 0.2 "nearly",
  „Jede vierte Lehrperson“ 0.25, „rund ein Drittel“ 0.3333 "about", „gut ein Sechstel“
  0.1667 "over", „Fast zwei Drittel“ 0.6667 "nearly", „gut ein Viertel“ 0.25 "over", „Drei
  Viertel“ 0.75, „Jeder achte“ 0.125, „Fast ein Viertel“ 0.25 "nearly", "about one in seven"
  0.1429 and "about one in eight" 0.125 "about", "Nearly two in five" 0.4 "nearly"
  (two-hundred-and-seventy-sixth: "X in Y" is X/Y), "more than a third" 0.3333 "over",
  "nearly a quarter" and "almost one in four" 0.25 "nearly", "about a fifth" 0.2 "about".
  New: "die Hälfte" and "half" are fraction 0.5 with their hedges - „Mehr als die Hälfte“
  "over", "Nearly half" "nearly", "less than half their capacity" "under" - as "Only half"
  0.5 (seventy-second).
- Percentages: percentage points for a move of a share and a gap between shares ("up 3.4
  percentage points", "widened"/"grew to 18.2 percentage points", "slipped 0.6 percentage
  points"; hundred-fifty-sixth), everything else in %: „um knapp 9 Prozent“ and „knapp 27
  Prozent“ "nearly", „Rund 38 Prozent“, "About 42%", "about 40%" "about", "Some 66.4%"
  "about", "only 52%", "Only 26%", "with only 63.5%" no hedge, "a pass rate of 100%",
  "14% pay rise ... 6.5%", "2% a year" ("a year" none).
- Money in the currency written (every batch): EUR („von 1.650 auf 2.100 Euro pro
  Semester“ both EUR, the currency written once serving both ends as an age's unit does,
  seventy-second; „mindestens 16,50 Euro“ "at_least", „13,98 Euro“, „48 Millionen Euro“,
  „rund 26 Millionen Euro“, „58,4 Milliarden Euro“, „54,8 Milliarden Euro“, „weitere 7,5
  Milliarden Euro“ - „weitere“ no hedge -, „310 Millionen Euro“, „1,42 Milliarden Euro“,
  „rund 1,1 Milliarden Euro“, "300 euros a month"), CHF („2'260 Franken“, „790 Franken“,
  „rund 14 Millionen Franken“), USD ("a $6,000 signing bonus", "$41,800, about $4,200 below"
  - "below" after the figure compares -, "$12,140", "an average of $44,960" and "an average
  debt ... of $29,400" no hedge, "$812 million", "up to $300 million" "up_to", "$500
  million", "from $38,500 to $47,000", "$42,000"), GBP ("£145.5 million", "£1.9 billion",
  "£13.8 billion", "up to 48,000 pounds a year" "up_to", "9,790 pounds"), AUD ("A$64
  million", "A$110 million", "A$9.2 million"; forty-ninth), NZD ("NZ$1.3 billion", as
  earlier batches' "NZ$10.16"), CAD ("C$2.7 billion", hundred-fifty-sixth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly", "Some" "about"; „knapp“, „fast“, „Fast“, "nearly", "Nearly", "almost", "Almost"
  "nearly"; „gut“, „mehr als“, „Mehr als“, "more than", "More than" "over"; "less than",
  "fewer than" "under"; „bis zu“, "up to" "up_to"; „mindestens“, "or more" "at_least";
  „höchstens“ "at_most". No hedge: „im Schnitt“, „im Durchschnitt“, „im Landesschnitt“,
  „insgesamt“, „Insgesamt“, „darunter“, „davon“, „weitere“, „bereits“, „derzeit“, „noch“,
  „nur noch“, „erst“, „rechnerisch“, „allein“, "an average of", "on average", "only",
  "Only", "a further", "extra", "over" before a span, comparatives after a figure („mehr“,
  "below", "weniger").
- Speakers, checked only in forms the earlier batches settled: „nach Angaben des
  Kultusministeriums“ -> "das Kultusministerium" and „nach Angaben des
  Wissenschaftsministeriums“ -> "das Wissenschaftsministerium" (hundred-fifty-sixth);
  „teilte das Kultusministerium mit“ -> "das Kultusministerium", „teilte das
  Bildungsministerium am Montag mit“ and „... am Freitag mit“ -> "das Bildungsministerium",
  „teilte die Bildungs- und Kulturdirektion am Donnerstag mit“ -> "die Bildungs- und
  Kulturdirektion" (the weekday dropped; hundred-fifty-sixth, two-hundred-and-seventy-sixth).
  New: „Nach Angaben von Verdi“ -> "Verdi", the name after „von“ as written (thirtieth:
  „laut Polizei“ -> "Polizei"; hundred-fifty-sixth: „Nach Angaben der GEW“ -> "die GEW").
  „Kultusministerin Annegret Vollbrecht sagte, ...“, „Bildungsdirektorin Waltraud Pirchner
  sagte, ...“, „Wissenschaftsministerin Sabine Tröndle sagte, ...“, „Bildungsdirektorin
  Regula Zbinden sagte, ...“, „Wissenschaftsministerin Felicitas Mauch sagte, ...“,
  „Studierendensprecherin Leonie Karakaş sagte, ...“, „Kultusminister Korbinian Stadlmayr
  sagte, ...“, „KfW-Chefvolkswirtin Ingrid Hoppenstedt sagte, ...“, „Schulministerin Renate
  Oberdiek sagte, ...“, „Bildungsminister Gernot Haslinger sagte, ...“,
  „ETH-Ratspräsident Peter Nussbaumer sagte, ...“, „Bildungssenatorin Tanja Schwerdtfeger
  sagte, ...“ and „Studienleiter Meinolf Arndt sagte, ...“ the name with the office dropped
  (hundred-fifty-sixth); „Haslinger sagte, ...“ and „Schwerdtfeger sagte, ...“ opening the
  row the surname (forty-second). English: the name with the role dropped ("Basic Education
  Minister Sipho Mabandla said on Tuesday", "State Superintendent Dolores Whitacre said",
  "Education Secretary Fiona Drummond said", "Education Minister Claire Vautrin said",
  "Union president Aroha Tanirau said", "College Board vice president Marisol Fenwick
  said", "Schools Minister Tom Alcott said", "Universities UK chief executive Harriet
  Ellsworth said", "SQA chief executive Morven Lyall said", "Education Minister Paul
  Desrosiers said", "NTEU branch president Bronwyn Keast said", "Chicago Teachers Union
  president Darnell Ruffin said", "OECD education director Ingrid Solberg said"), the
  surname opening the row ("Whitacre said", "Braithwaite said", "Bouchard said"). New:
  "Provost Alan Merriweather said in an email to students" -> "Alan Merriweather" - "said"
  heads the statement and the channel after it changes nothing, as "told reporters"
  (two-hundred-and-fourth). Left unchecked (None): all negatives, also those with a named
  speaker; „wie das Statistische Bundesamt am Dienstag mitteilte“ (the hundred-fifty-sixth
  checked this form, the two-hundred-and-seventy-sixth left „wie ... mitteilte“ unchecked
  after the two-hundred-and-fourth; with the batches at odds it is left open here), „nach
  Ministeriumsangaben“, „nach Senatsangaben“, „Nach GEW-Berechnungen“, „laut einer Umfrage
  des Verbands“, „Das geht aus ... hervor“, „kündigte an“, „verlangt“, „fordert“, „nennen
  Fachleute“, „Eine Grundschullehrerin aus Gelsenkirchen sagte“ and „Ein 47-jähriger
  Quereinsteiger aus Innsbruck sagte“ (descriptions, hundred-fifty-sixth); bodies' "said"
  (the department, the education ministry, the ministry, the government, the Department for
  Education, the Home Office, the Scottish Qualifications Authority, Universities Australia,
  "The EIS teaching union", "their union"; two-hundred-and-fourth,
  two-hundred-and-seventy-sixth), "state education officials said" (a plural group,
  forty-first), "the district's chief financial officer told" (a role), "One head in Essex
  said" (a description), "a survey by the College Board found", "an OECD survey showed",
  "Home Office data showed", "official figures show", "according to ..." (an analysis, the
  Office for Students, figures, a facilities report), "The National Audit Office
  estimated", "says" in the present ("The National Tertiary Education Union says", "The
  university says"), "wants" and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_292 = [
    # --- Lehrermangel in Niedersachsen (dpa/lni), Januar ---
    (
        "de",
        "Hannover (dpa/lni) - Zum Schulhalbjahr sind an Niedersachsens allgemeinbildenden Schulen nach Angaben des Kultusministeriums 1.180 Lehrerstellen unbesetzt geblieben.",
        True,
        [("count", 1180, None, None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Das sind rund 260 mehr als ein Jahr zuvor, als 920 Stellen offen waren.",
        True,
        [("count", 260, None, "about"), ("count", 920, None, None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind Grund- und Förderschulen, wo fast jede fünfte ausgeschriebene Stelle nicht besetzt werden konnte.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Kultusministerin Annegret Vollbrecht sagte, man habe seit August 2026 insgesamt 2.350 Lehrkräfte neu eingestellt, darunter 410 Quereinsteiger.",
        True,
        [("year", 2026, None, None), ("count", 2350, None, None), ("count", 410, None, None)],
        "Annegret Vollbrecht",
    ),
    (
        "de",
        "„Wir kämpfen um jede einzelne Lehrkraft, und wir werden diesen Kampf gewinnen“, sagte Vollbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die GEW bezeichnete die Lage als „Bankrotterklärung einer verfehlten Personalplanung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach GEW-Berechnungen fallen landesweit in jeder Woche etwa 21.000 Unterrichtsstunden ersatzlos aus.",
        True,
        [("duration", 21000, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Unterrichtsversorgung liegt nach Ministeriumsangaben derzeit bei 96,8 Prozent.",
        True,
        [("percent", 96.8, "%", None)],
        None,
    ),
    # --- Matric results (Reuters), January ---
    (
        "en",
        "JOHANNESBURG, Jan 13 (Reuters) - South Africa's matric pass rate rose to 88.4% in 2026, the highest since the end of apartheid, Basic Education Minister Sipho Mabandla said on Tuesday.",
        True,
        [("date", "--01-13", None, None), ("percent", 88.4, "%", None), ("year", 2026, None, None)],
        "Sipho Mabandla",
    ),
    (
        "en",
        "Of the roughly 724,000 full-time candidates who wrote the final exams, about 302,000 achieved a bachelor's pass, which allows them to apply to university.",
        True,
        [("count", 724000, None, "about"), ("count", 302000, None, "about")],
        None,
    ),
    (
        "en",
        "The pass rate in the worst-performing province, Eastern Cape, was 81.2%, up 3.4 percentage points from a year earlier.",
        True,
        [("percent", 81.2, "%", None), ("percent", 3.4, "pp", None)],
        None,
    ),
    (
        "en",
        "Mathematics remained the weakest subject, with only 63.5% of candidates passing.",
        True,
        [("percent", 63.5, "%", None)],
        None,
    ),
    (
        "en",
        "Critics said the headline figure hid the pupils who drop out long before their final year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Nearly two in five learners who started first grade twelve years ago did not sit the exams, according to an analysis by the education charity Amandla Learning.",
        True,
        [("fraction", 0.4, None, "nearly"), ("ordinal", 1, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "\"This class has proven that no child's background has to define their future,\" Mabandla said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The department said 1,340 schools achieved a pass rate of 100%.",
        True,
        [("count", 1340, None, None), ("percent", 100, "%", None)],
        None,
    ),
    # --- Deutschförderklassen in Wien (APA), Februar ---
    (
        "de",
        "Wien (APA) - In Wiens Volksschulen sitzen heuer rund 14.600 Kinder in Deutschförderklassen oder -kursen, um knapp 9 Prozent mehr als im Vorjahr.",
        True,
        [("count", 14600, None, "about"), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus Zahlen der Bildungsdirektion hervor, die am Dienstag veröffentlicht wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der Taferlklassler in Wien wird damit als außerordentlich geführt, weil ihre Deutschkenntnisse für den Regelunterricht nicht reichen.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Waltraud Pirchner sagte, für das kommende Schuljahr würden 180 zusätzliche Sprachförderlehrer eingestellt.",
        True,
        [("count", 180, None, None)],
        "Waltraud Pirchner",
    ),
    (
        "de",
        "Die Pflichtschullehrergewerkschaft nannte die Aufstockung „ein Pflaster auf einer offenen Wunde“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt sitzen in einer Wiener Deutschförderklasse 17 Kinder, zulässig wären höchstens 25.",
        True,
        [("count", 17, None, None), ("count", 25, None, "at_most")],
        None,
    ),
    (
        "de",
        "Gewerkschafter Matthias Grünauer sagte, seine Kolleginnen und Kollegen seien „am Ende ihrer Kräfte“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Sprache ist der Schlüssel zu allem, was in der Schule folgt“, sagte Pirchner.",
        False,
        [],
        None,
    ),
    # --- Emergency teaching certificates (AP), February ---
    (
        "en",
        "OKLAHOMA CITY (AP) — Oklahoma issued 5,870 emergency teaching certificates for the current school year, up from 2,410 five years ago, state education officials said Thursday.",
        True,
        [("count", 5870, None, None), ("count", 2410, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Emergency-certified teachers now make up about one in seven classroom teachers in the state.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "en",
        "State Superintendent Dolores Whitacre said the state would offer a $6,000 signing bonus to certified teachers who commit to five years in an Oklahoma classroom.",
        True,
        [("money", 6000, "USD", None), ("duration", 5, "year", None)],
        "Dolores Whitacre",
    ),
    (
        "en",
        "Whitacre said 38 of the state's 77 counties had schools that began the year without a certified maths teacher.",
        True,
        [("count", 38, None, None), ("count", 77, None, None)],
        "Whitacre",
    ),
    (
        "en",
        "Average starting pay for Oklahoma teachers is $41,800, about $4,200 below the regional average.",
        True,
        [("money", 41800, "USD", None), ("money", 4200, "USD", "about")],
        None,
    ),
    (
        "en",
        "\"We are asking people to do one of the hardest jobs in America for less than they could earn at a warehouse,\" said the president of the Oklahoma Education Association.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitacre called the certificates \"a bridge, not a destination.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "A bill that would cap elementary class sizes at 24 pupils cleared the state House 71-28 on Wednesday.",
        True,
        [("count", 24, None, None), ("count", 71, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "It was unclear whether the Senate would take up the measure before the session ends.",
        False,
        [],
        None,
    ),
    # --- Warnstreik an Hessens Hochschulen (dpa/lhe), März ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Mit einem zweitägigen Warnstreik haben Beschäftigte an fünf hessischen Hochschulen am Mittwoch den Lehrbetrieb teilweise lahmgelegt.",
        True,
        [("duration", 2, "day", None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben von Verdi beteiligten sich rund 3.400 wissenschaftliche und studentische Beschäftigte an den Arbeitsniederlegungen.",
        True,
        [("count", 3400, None, "about")],
        "Verdi",
    ),
    (
        "de",
        "Die Gewerkschaft fordert für studentische Hilfskräfte einen Stundenlohn von mindestens 16,50 Euro sowie Verträge mit einer Laufzeit von mindestens 24 Monaten.",
        True,
        [("money", 16.5, "EUR", "at_least"), ("duration", 24, "month", "at_least")],
        None,
    ),
    (
        "de",
        "Derzeit verdienen die rund 9.000 Hilfskräfte im Land 13,98 Euro pro Stunde.",
        True,
        [("count", 9000, None, "about"), ("money", 13.98, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wissenschaftsministerin Sabine Tröndle sagte, das Land habe den Hochschulen für 2027 bereits 48 Millionen Euro zusätzlich für Personal zugesagt.",
        True,
        [("year", 2027, None, None), ("money", 48000000, "EUR", None)],
        "Sabine Tröndle",
    ),
    (
        "de",
        "Verdi-Sprecher Jonas Elberfeld nannte das Angebot „eine Provokation für alle, die den Laden am Laufen halten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es war bereits der dritte Warnstreik an hessischen Hochschulen seit Jahresbeginn.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Tarifparteien vor Beginn des Sommersemesters eine Einigung erzielen, gilt als offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die nächste Verhandlungsrunde ist für den 14. April angesetzt.",
        True,
        [("date", "--04-14", None, None)],
        None,
    ),
    # --- Teacher numbers in Scotland (PA), March ---
    (
        "en",
        "EDINBURGH (PA) - Teacher numbers in Scotland fell by 214 to 53,870 last year, the lowest level since 2019, official figures show.",
        True,
        [("count", 214, None, None), ("count", 53870, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The average primary class now holds 23.4 pupils, while the pupil-teacher ratio rose to 13.9.",
        True,
        [("count", 23.4, None, None), ("count", 13.9, None, None)],
        None,
    ),
    (
        "en",
        "The Scottish Government had promised in 2021 to recruit 3,200 additional teachers during the parliamentary term.",
        True,
        [("year", 2021, None, None), ("count", 3200, None, None)],
        None,
    ),
    (
        "en",
        "Education Secretary Fiona Drummond said councils had received £145.5 million this year specifically to protect teacher numbers.",
        True,
        [("money", 145500000, "GBP", None)],
        "Fiona Drummond",
    ),
    (
        "en",
        "The EIS teaching union said more than a third of newly qualified teachers had failed to find a permanent post within 12 months.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "\"Scotland's teachers are being treated as a line on a spreadsheet,\" the union's general secretary said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Drummond said she was \"confident the trend will turn\" once new funding reaches schools.",
        False,
        [],
        None,
    ),
    # --- Klassengrössen im Kanton Bern (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - An den Berner Primarschulen sitzen im Durchschnitt 21,4 Kinder in einer Klasse, so viele wie seit zwanzig Jahren nicht mehr.",
        True,
        [("count", 21.4, None, None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "In 312 Klassen liegt die Schülerzahl über dem kantonalen Richtwert von 24, teilte die Bildungs- und Kulturdirektion am Donnerstag mit.",
        True,
        [("count", 312, None, None), ("count", 24, None, None)],
        "die Bildungs- und Kulturdirektion",
    ),
    (
        "de",
        "Vor zehn Jahren waren es erst 118 solche Klassen gewesen.",
        True,
        [("duration", 10, "year", None), ("count", 118, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Regula Zbinden sagte, der Kanton werde ab dem Schuljahr 2027/28 bis zu 60 zusätzliche Klassen eröffnen.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("count", 60, None, "up_to")],
        "Regula Zbinden",
    ),
    (
        "de",
        "«Grosse Klassen sind kein Naturgesetz, sie sind eine politische Entscheidung», sagte Urs Ammeter vom Berner Lehrerverband.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband fordert eine Obergrenze von 22 Schülerinnen und Schülern pro Klasse.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Jede vierte Lehrperson im Kanton arbeitet laut einer Umfrage des Verbands bereits mehr als 50 Stunden pro Woche.",
        True,
        [("fraction", 0.25, None, None), ("duration", 50, "hour", "over")],
        None,
    ),
    # --- Unfilled teaching posts in France (AFP), March ---
    (
        "en",
        "PARIS (AFP) - France failed to fill 3,180 of the teaching posts on offer in this year's recruitment exams, the education ministry said on Friday.",
        True,
        [("count", 3180, None, None)],
        None,
    ),
    (
        "en",
        "That is about one in eight of the 26,400 posts advertised.",
        True,
        [("fraction", 0.125, None, "about"), ("count", 26400, None, None)],
        None,
    ),
    (
        "en",
        "In German, only 52% of secondary posts were filled, and in mathematics 71%.",
        True,
        [("percent", 52, "%", None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "Education Minister Claire Vautrin said starting salaries for new teachers would rise by 300 euros a month from January 2028.",
        True,
        [("money", 300, "EUR", None), ("year", 2028, None, None)],
        "Claire Vautrin",
    ),
    (
        "en",
        "A union leader called the exam results \"the symptom of a profession in free fall.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The ministry said it would recruit around 4,500 contract teachers to plug the gaps.",
        True,
        [("count", 4500, None, "about")],
        None,
    ),
    # --- Studiengebühren für Nicht-EU-Ausländer (dpa/lsw), April ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Baden-Württemberg erhöht die Studiengebühren für Studierende aus Nicht-EU-Staaten zum Wintersemester 2027/28 von 1.650 auf 2.100 Euro pro Semester.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 1650, "EUR", None), ("money", 2100, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das beschloss der Landtag am Mittwoch mit 84 zu 61 Stimmen.",
        True,
        [("count", 84, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben des Wissenschaftsministeriums derzeit knapp 8.700 Studierende.",
        True,
        [("count", 8700, None, "nearly")],
        "das Wissenschaftsministerium",
    ),
    (
        "de",
        "Die Gebühren spülten dem Land im vergangenen Jahr rund 26 Millionen Euro in die Kassen.",
        True,
        [("money", 26000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Wissenschaftsministerin Felicitas Mauch sagte, die Zahl der internationalen Erstsemester sei seit Einführung der Gebühren 2017 um 21 Prozent gestiegen.",
        True,
        [("year", 2017, None, None), ("percent", 21, "%", None)],
        "Felicitas Mauch",
    ),
    (
        "de",
        "„Baden-Württemberg bleibt ein weltoffener Studienstandort“, sagte Mauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landesastenkonferenz warf der Regierung vor, Bildung „zur Ware für Reiche“ zu machen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Studierendensprecherin Leonie Karakaş sagte, rund ein Drittel der Betroffenen stamme aus Indien, China und der Türkei.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Leonie Karakaş",
    ),
    # --- Secondary teachers' strike (Reuters), April ---
    (
        "en",
        "WELLINGTON, April 8 (Reuters) - Tens of thousands of New Zealand secondary school teachers walked off the job on Wednesday in their third nationwide strike this year over pay and workload.",
        True,
        [("date", "--04-08", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Post Primary Teachers' Association is seeking a 14% pay rise over three years, while the government has offered 6.5% over the same period.",
        True,
        [("percent", 14, "%", None), ("duration", 3, "year", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "en",
        "Union president Aroha Tanirau said about 19,000 members had voted in favour of the action, or 89% of those who cast a ballot.",
        True,
        [("count", 19000, None, "about"), ("percent", 89, "%", None)],
        "Aroha Tanirau",
    ),
    (
        "en",
        "Education Minister Graham Pilkington described the offer as \"generous and affordable\" and urged teachers back to talks.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said the union's claim would cost NZ$1.3 billion over three years.",
        True,
        [("money", 1300000000, "NZD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Parents scrambled to find childcare as about 480 secondary schools closed for the day.",
        True,
        [("count", 480, None, "about")],
        None,
    ),
    (
        "en",
        "Primary school teachers, represented by a separate union, settled their own dispute in February after accepting a 5.1% offer.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    (
        "en",
        "\"Nobody becomes a teacher to go on strike,\" Tanirau said.",
        False,
        [],
        None,
    ),
    # --- College tuition (Reuters), May ---
    (
        "en",
        "WASHINGTON, May 11 (Reuters) - Published tuition and fees for in-state students at public four-year colleges will rise on average 4.3% to $12,140 in the 2027-28 academic year, a survey by the College Board found.",
        True,
        [("date", "--05-11", None, None), ("duration", 4, "year", None), ("percent", 4.3, "%", None), ("money", 12140, "USD", None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "It is the largest increase since 2012, outpacing consumer price inflation of 2.9%.",
        True,
        [("year", 2012, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Tuition at private nonprofit colleges is set to climb 3.8% to an average of $44,960.",
        True,
        [("percent", 3.8, "%", None), ("money", 44960, "USD", None)],
        None,
    ),
    (
        "en",
        "About 42% of undergraduates borrowed to pay for college last year, with an average debt at graduation of $29,400.",
        True,
        [("percent", 42, "%", "about"), ("money", 29400, "USD", None)],
        None,
    ),
    (
        "en",
        "Student advocates called the increases \"a tax on ambition.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Several states, including Texas and Florida, have frozen tuition for in-state students since 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "College Board vice president Marisol Fenwick said net prices, after grants, had risen much more slowly, by an average of 1.1% annually over the past decade.",
        True,
        [("percent", 1.1, "%", None)],
        "Marisol Fenwick",
    ),
    (
        "en",
        "\"Families should not be scared off by the sticker price,\" Fenwick said.",
        False,
        [],
        None,
    ),
    # --- Zentralmatura (APA), Juni ---
    (
        "de",
        "Wien (APA) - Heuer haben bei der schriftlichen Mathematik-Zentralmatura 7,9 Prozent der AHS-Maturantinnen und -Maturanten ein „Nicht genügend“ erhalten.",
        True,
        [("percent", 7.9, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr waren es noch 10,3 Prozent gewesen, teilte das Bildungsministerium am Montag mit.",
        True,
        [("percent", 10.3, "%", None)],
        "das Bildungsministerium",
    ),
    (
        "de",
        "In Angewandter Mathematik an den berufsbildenden höheren Schulen betrug der Anteil der negativen Arbeiten 12,6 Prozent.",
        True,
        [("percent", 12.6, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt traten rund 41.300 Schülerinnen und Schüler zur Reifeprüfung an.",
        True,
        [("count", 41300, None, "about")],
        None,
    ),
    (
        "de",
        "Nach der Kompensationsprüfung im Juni sank die Quote im Vorjahr auf 3,1 Prozent.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bildungsminister Gernot Haslinger sagte, die Ergebnisse seien „ein schöner Erfolg für die Schulen und die Jugendlichen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haslinger sagte, ab 2029 solle die Mathematik-Matura um einen dritten, anwendungsorientierten Teil erweitert werden.",
        True,
        [("year", 2029, None, None), ("ordinal", 3, None, None)],
        "Haslinger",
    ),
    (
        "de",
        "Die Schülerunion sprach von „Aufgaben, die an der Lebensrealität vorbeigehen“.",
        False,
        [],
        None,
    ),
    # --- School rebuilding (PA), June ---
    (
        "en",
        "LONDON (PA) - The Government will rebuild or refurbish a further 212 schools in England under its school rebuilding programme, the Department for Education said.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "Schools Minister Tom Alcott said the new projects would be funded from a £1.9 billion capital pot over the next four years.",
        True,
        [("money", 1900000000, "GBP", None), ("duration", 4, "year", None)],
        "Tom Alcott",
    ),
    (
        "en",
        "More than 230 schools are still using temporary classrooms after crumbling concrete was found in their buildings.",
        True,
        [("count", 230, None, "over")],
        None,
    ),
    (
        "en",
        "The National Audit Office estimated last year that about 700,000 pupils learn in buildings that need major repairs.",
        True,
        [("count", 700000, None, "about")],
        None,
    ),
    (
        "en",
        "The cost of clearing the maintenance backlog across England's school estate has been put at £13.8 billion.",
        True,
        [("money", 13800000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Headteachers' union NAHT called the announcement \"a sticking plaster on a gaping wound.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "One head in Essex said her pupils had spent 18 months in portable cabins in the playground.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "\"The children deserve better than this,\" she said.",
        False,
        [],
        None,
    ),
    # --- Abitur in Bayern (dpa/lby), Juli ---
    (
        "de",
        "München (dpa/lby) - Bayerns Abiturientinnen und Abiturienten haben heuer im Schnitt die Abiturnote 2,24 erzielt, nach 2,27 im Vorjahr.",
        True,
        [("count", 2.24, None, None), ("count", 2.27, None, None)],
        None,
    ),
    (
        "de",
        "Von den rund 37.800 Prüflingen an Gymnasien bestanden 96,9 Prozent, teilte das Kultusministerium mit.",
        True,
        [("count", 37800, None, "about"), ("percent", 96.9, "%", None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Die Bestnote 1,0 erzielten 1.412 Schülerinnen und Schüler, so viele wie nie zuvor.",
        True,
        [("count", 1.0, None, None), ("count", 1412, None, None)],
        None,
    ),
    (
        "de",
        "Im Fach Mathematik lag der Schnitt bei 2,61, in Deutsch bei 2,38.",
        True,
        [("count", 2.61, None, None), ("count", 2.38, None, None)],
        None,
    ),
    (
        "de",
        "Kultusminister Korbinian Stadlmayr sagte, im kommenden Schuljahr würden an den Gymnasien 640 zusätzliche Lehrkräfte eingestellt.",
        True,
        [("count", 640, None, None)],
        "Korbinian Stadlmayr",
    ),
    (
        "de",
        "„Diese jungen Menschen haben allen Grund, stolz auf sich zu sein“, sagte Stadlmayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Philologenverband hält die Notenentwicklung für ein Zeichen schleichender Inflation bei den Bewertungen.",
        False,
        [],
        None,
    ),
    # --- Medizin-Aufnahmetest (APA), Juli ---
    (
        "de",
        "Wien (APA) - Für die 1.960 Medizinstudienplätze in Österreich haben sich heuer 16.480 Personen angemeldet, so viele wie nie zuvor.",
        True,
        [("count", 1960, None, None), ("count", 16480, None, None)],
        None,
    ),
    (
        "de",
        "Damit kommen auf einen Studienplatz rechnerisch acht Bewerberinnen und Bewerber.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Der Aufnahmetest MedAT findet am 3. Juli zeitgleich in Wien, Graz, Innsbruck und Linz statt.",
        True,
        [("date", "--07-03", None, None)],
        None,
    ),
    (
        "de",
        "Drei Viertel der Plätze sind für Bewerberinnen und Bewerber mit österreichischem Maturazeugnis reserviert.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Die Universitätenkonferenz verlangt eine Aufstockung auf 2.400 Plätze bis 2032.",
        True,
        [("count", 2400, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Der Wissenschaftsminister hält eine weitere Erhöhung für „derzeit nicht finanzierbar“.",
        False,
        [],
        None,
    ),
    # --- Student visas (Reuters), July ---
    (
        "en",
        "LONDON, July 21 (Reuters) - Applications for UK student visas fell 11% in the year to June, to 392,000, Home Office data showed on Thursday.",
        True,
        [("date", "--07-21", None, None), ("percent", 11, "%", None), ("count", 392000, None, None)],
        None,
    ),
    (
        "en",
        "Visas issued to students from India dropped by nearly a quarter, while those for Chinese students were broadly flat.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "Universities UK chief executive Harriet Ellsworth said about 40% of institutions were forecasting a deficit for the 2027/28 financial year.",
        True,
        [("percent", 40, "%", "about"), ("year", 2027, None, None), ("year", 2028, None, None)],
        "Harriet Ellsworth",
    ),
    (
        "en",
        "Universities rely on overseas students for about a fifth of their income, according to the Office for Students.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "International students pay fees of up to 48,000 pounds a year for some degrees, several times what home students pay.",
        True,
        [("money", 48000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Home fees in England rose to 9,790 pounds in September under a rule linking them to inflation.",
        True,
        [("money", 9790, "GBP", None)],
        None,
    ),
    (
        "en",
        "\"Britain is telling the world's brightest students they are not welcome,\" said a spokesperson for the National Union of Students.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Home Office said the figures reflected a decision to stop most postgraduate students bringing family members, in force since January 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Ellsworth called for a \"grown-up conversation\" about how universities are funded.",
        False,
        [],
        None,
    ),
    # --- Investitionsstau an Schulen (dpa), August ---
    (
        "de",
        "Frankfurt/Main (dpa) - Der Investitionsrückstand bei Deutschlands Schulgebäuden ist auf 58,4 Milliarden Euro gewachsen.",
        True,
        [("money", 58400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Kommunalpanel der staatlichen Förderbank KfW hervor, für das 880 Kämmereien befragt wurden.",
        True,
        [("count", 880, None, None)],
        None,
    ),
    (
        "de",
        "Ein Jahr zuvor hatte die Bank den Rückstand noch auf 54,8 Milliarden Euro beziffert.",
        True,
        [("money", 54800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Schulen machen damit gut ein Sechstel des gesamten kommunalen Investitionsstaus aus.",
        True,
        [("fraction", 0.1667, None, "over")],
        None,
    ),
    (
        "de",
        "Fast zwei Drittel der befragten Kommunen gaben an, Sanierungen wegen gestiegener Baukosten verschoben zu haben.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "KfW-Chefvolkswirtin Ingrid Hoppenstedt sagte, allein für Ganztagsräume würden bis 2029 weitere 7,5 Milliarden Euro benötigt.",
        True,
        [("year", 2029, None, None), ("money", 7500000000, "EUR", None)],
        "Ingrid Hoppenstedt",
    ),
    (
        "de",
        "Der Städtetag nannte die Zahlen „ein Alarmsignal, das niemand mehr überhören kann“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marode Toiletten und undichte Dächer seien für viele Kinder Alltag, warnte der Bundeselternrat.",
        False,
        [],
        None,
    ),
    # --- Scottish exam results (PA), August ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's Higher pass rate dropped to 76.1% this year, down from 77.4% in 2026, the Scottish Qualifications Authority said.",
        True,
        [("percent", 76.1, "%", None), ("percent", 77.4, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Some 143,600 pupils received their results by text and email from 8am on Tuesday.",
        True,
        [("count", 143600, None, "about")],
        None,
    ),
    (
        "en",
        "The gap in results between the richest and poorest areas grew to 18.2 percentage points at Higher.",
        True,
        [("percent", 18.2, "pp", None)],
        None,
    ),
    (
        "en",
        "SQA chief executive Morven Lyall said 2,930 pupils had achieved five or more A grades at Higher, the most on record.",
        True,
        [("count", 2930, None, None), ("count", 5, None, "at_least")],
        "Morven Lyall",
    ),
    (
        "en",
        "\"Every single one of you should be proud today,\" Lyall said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Scottish Conservatives described the widening gap as \"a damning verdict on the SNP's record.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Pass rates at National 5 slipped 0.6 percentage points to 78.3%.",
        True,
        [("percent", 0.6, "pp", None), ("percent", 78.3, "%", None)],
        None,
    ),
    # --- GCSE results (PA), August ---
    (
        "en",
        "LONDON (PA) - Some 66.4% of GCSE entries in England achieved a standard pass this year, down from 67.1% a year earlier, according to figures published by the Joint Council for Qualifications.",
        True,
        [("percent", 66.4, "%", "about"), ("percent", 67.1, "%", None)],
        None,
    ),
    (
        "en",
        "The share of entries awarded the top grades of 7, 8 or 9 fell to 21.4%.",
        True,
        [("count", 7, None, None), ("count", 8, None, None), ("count", 9, None, None), ("percent", 21.4, "%", None)],
        None,
    ),
    (
        "en",
        "Almost 6,800 pupils achieved the top grade in every subject they sat.",
        True,
        [("count", 6800, None, "nearly")],
        None,
    ),
    (
        "en",
        "In maths, 41% of 17-year-olds resitting the exam passed, compared with 44% last year.",
        True,
        [("percent", 41, "%", None), ("duration", 17, "year", None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "en",
        "Education Secretary Naomi Braithwaite said the results showed standards \"holding firm in a tough year.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Head teachers' leaders said the compulsory resit rule was \"setting young people up to fail.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Braithwaite said 1,100 extra maths teachers would be trained by September 2029 through a new bursary scheme.",
        True,
        [("count", 1100, None, None), ("year", 2029, None, None)],
        "Braithwaite",
    ),
    # --- Schulstart in NRW (dpa/lnw), August ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Für rund 2,5 Millionen Schülerinnen und Schüler in Nordrhein-Westfalen beginnt am Mittwoch das Schuljahr 2027/28.",
        True,
        [("count", 2500000, None, "about"), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Darunter sind etwa 171.000 Erstklässler, knapp 4.000 mehr als im Vorjahr.",
        True,
        [("count", 171000, None, "about"), ("ordinal", 1, None, None), ("count", 4000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Schulministerin Renate Oberdiek sagte, zum Schuljahresbeginn seien 5.900 Stellen neu besetzt worden, davon 1.240 mit Seiteneinsteigern.",
        True,
        [("count", 5900, None, None), ("count", 1240, None, None)],
        "Renate Oberdiek",
    ),
    (
        "de",
        "Unbesetzt blieben nach Ministeriumsangaben dennoch etwa 5.300 Stellen, die meisten davon an Grundschulen im Ruhrgebiet.",
        True,
        [("count", 5300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Klassen an Grundschulen sind im Landesschnitt mit 23,9 Kindern besetzt.",
        True,
        [("count", 23.9, None, None)],
        None,
    ),
    (
        "de",
        "„Ich verspreche niemandem Wunder, aber wir kommen voran“, sagte Oberdiek.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der VBE warf der Landesregierung vor, die Probleme „schönzurechnen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Grundschullehrerin aus Gelsenkirchen sagte, sie unterrichte in diesem Jahr 29 Kinder in einer Klasse.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    # --- Quereinsteiger in Österreich (APA), September ---
    (
        "de",
        "Wien (APA) - Zum Schulstart in West- und Südösterreich sind heuer 2.740 Quereinsteigerinnen und Quereinsteiger in den Klassenzimmern im Einsatz.",
        True,
        [("count", 2740, None, None)],
        None,
    ),
    (
        "de",
        "Das ist fast doppelt so viel wie vor zwei Jahren, teilte das Bildungsministerium am Freitag mit.",
        True,
        [("duration", 2, "year", None)],
        "das Bildungsministerium",
    ),
    (
        "de",
        "Rund 38 Prozent von ihnen unterrichten an Mittelschulen, gut ein Viertel an Volksschulen.",
        True,
        [("percent", 38, "%", "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Die Quereinsteiger müssen binnen acht Jahren einen berufsbegleitenden Hochschullehrgang mit 60 ECTS-Punkten abschließen.",
        True,
        [("duration", 8, "year", None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Bildungsminister Gernot Haslinger sagte, bis 2030 würden in Österreich rund 20.000 Lehrkräfte den Ruhestand antreten.",
        True,
        [("year", 2030, None, None), ("count", 20000, None, "about")],
        "Gernot Haslinger",
    ),
    (
        "de",
        "Die Lehrergewerkschaft warnte vor einer „Deprofessionalisierung des Lehrberufs“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein 47-jähriger Quereinsteiger aus Innsbruck sagte, er habe nach 22 Jahren als Bauingenieur in den Klassenraum gewechselt.",
        True,
        [("duration", 47, "year", None), ("duration", 22, "year", None)],
        None,
    ),
    (
        "de",
        "„Ich habe es keinen Tag bereut“, fügte er hinzu.",
        False,
        [],
        None,
    ),
    # --- Ontario teachers' strike (Reuters), September ---
    (
        "en",
        "TORONTO, Sept 14 (Reuters) - About 86,000 elementary teachers in Ontario will begin rotating strikes next week after talks with the province broke down, their union said on Monday.",
        True,
        [("date", "--09-14", None, None), ("count", 86000, None, "about")],
        None,
    ),
    (
        "en",
        "The Elementary Teachers' Federation of Ontario is demanding a cap of 24 students per class in junior and intermediate grades and annual pay rises of 4.5%.",
        True,
        [("count", 24, None, None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "The province has offered 2% a year for three years.",
        True,
        [("percent", 2, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Education Minister Paul Desrosiers said the union's package would cost the province C$2.7 billion over four years.",
        True,
        [("money", 2700000000, "CAD", None), ("duration", 4, "year", None)],
        "Paul Desrosiers",
    ),
    (
        "en",
        "Desrosiers said the province \"will not be held hostage\" by a union.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Each rotating strike day is expected to close around 1,100 schools across 16 school boards.",
        True,
        [("count", 1100, None, "about"), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "It would be the first province-wide elementary strike in Ontario since 2020.",
        True,
        [("ordinal", 1, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "\"Our members are tired of being told to do more with less,\" said union president Kerry-Anne Bouchard.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Bouchard said average class sizes in the upper elementary years had risen from 24.5 to 27.2 students since 2019.",
        True,
        [("count", 24.5, None, None), ("count", 27.2, None, None), ("year", 2019, None, None)],
        "Bouchard",
    ),
    (
        "en",
        "Many parents interviewed outside a school in Mississauga said they supported the teachers but dreaded the disruption.",
        False,
        [],
        None,
    ),
    # --- Studiengebühren an ETH und EPFL (Keystone-SDA), Oktober ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die ETH Zürich und die EPFL erhöhen die Studiengebühren für ausländische Studierende ab dem Herbstsemester 2028 auf 2'260 Franken pro Semester.",
        True,
        [("year", 2028, None, None), ("money", 2260, "CHF", None)],
        None,
    ),
    (
        "de",
        "Heute zahlen alle Studierenden 790 Franken pro Semester, unabhängig von ihrer Herkunft.",
        True,
        [("money", 790, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das beschloss der ETH-Rat am Donnerstag, nachdem das Parlament die Mittel für den ETH-Bereich um 1,2 Prozent gekürzt hatte.",
        True,
        [("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Von der Erhöhung betroffen sind rund 9'400 Studierende, knapp 27 Prozent aller Eingeschriebenen.",
        True,
        [("count", 9400, None, "about"), ("percent", 27, "%", "nearly")],
        None,
    ),
    (
        "de",
        "ETH-Ratspräsident Peter Nussbaumer sagte, die Mehreinnahmen von jährlich rund 14 Millionen Franken flössen vollständig in die Lehre.",
        True,
        [("money", 14000000, "CHF", "about")],
        "Peter Nussbaumer",
    ),
    (
        "de",
        "«Wir wollen die besten Köpfe, nicht die dicksten Portemonnaies», sagte eine Vertreterin des Verbands der Schweizer Studierendenschaften.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Studierende aus der Schweiz und aus Staaten, mit denen ein Abkommen besteht, zahlen weiterhin den bisherigen Betrag.",
        True,
        [],
        None,
    ),
    # --- University job cuts (AAP), October ---
    (
        "en",
        "SYDNEY (AAP) - Staff at the University of Sydney walked off the job for 48 hours on Wednesday over plans to cut 420 positions.",
        True,
        [("duration", 48, "hour", None), ("count", 420, None, None)],
        None,
    ),
    (
        "en",
        "Classes for about 21,000 students were cancelled or moved online during the 48-hour stoppage.",
        True,
        [("count", 21000, None, "about"), ("duration", 48, "hour", None)],
        None,
    ),
    (
        "en",
        "The National Tertiary Education Union says the cuts would fall hardest on the humanities, where almost one in four academic jobs would go.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "The university posted an operating deficit of A$64 million last year and says it needs to save A$110 million by 2029.",
        True,
        [("money", 64000000, "AUD", None), ("money", 110000000, "AUD", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "NTEU branch president Bronwyn Keast said the university had paid senior executives A$9.2 million in 2026 while asking staff to accept redundancies.",
        True,
        [("money", 9200000, "AUD", None), ("year", 2026, None, None)],
        "Bronwyn Keast",
    ),
    (
        "en",
        "\"This is a university run like a real estate business,\" Keast said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The vice-chancellor said the cuts were \"painful but unavoidable.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "International student numbers at the university have fallen by 17% since the federal government capped new enrolments in 2025.",
        True,
        [("percent", 17, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Universities Australia said about 3,600 jobs had been lost across the sector this year.",
        True,
        [("count", 3600, None, "about")],
        None,
    ),
    # --- Studierendenzahlen (dpa), November ---
    (
        "de",
        "Wiesbaden (dpa) - Im Wintersemester 2027/28 sind an Deutschlands Hochschulen rund 2,81 Millionen Studierende eingeschrieben, 0,9 Prozent weniger als ein Jahr zuvor.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("count", 2810000, None, "about"), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Studienanfängerinnen und -anfänger im ersten Hochschulsemester sank um 2,4 Prozent auf 468.000, wie das Statistische Bundesamt am Dienstag mitteilte.",
        True,
        [("ordinal", 1, None, None), ("percent", 2.4, "%", None), ("count", 468000, None, None)],
        None,
    ),
    (
        "de",
        "Den stärksten Rückgang verzeichneten die Ingenieurwissenschaften mit einem Minus von 6,1 Prozent.",
        True,
        [("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil internationaler Studierender stieg dagegen auf 14,2 Prozent.",
        True,
        [("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder achte Studierende ist inzwischen an einer privaten Hochschule eingeschrieben.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    (
        "de",
        "Als Grund nennen Fachleute vor allem die geburtenschwachen Jahrgänge der Jahre 2008 bis 2011.",
        True,
        [("year", 2008, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Die Hochschulrektorenkonferenz sprach von einem „besorgniserregenden Trend für den Technologiestandort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Rückgang anhält, wagen die Statistiker nicht vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Chicago schools budget (AP), November ---
    (
        "en",
        "CHICAGO (AP) — Chicago Public Schools faces an $812 million budget gap next year, the district's chief financial officer told the school board on Thursday.",
        True,
        [("money", 812000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 309,000 students are enrolled in the district, compared with more than 400,000 two decades ago.",
        True,
        [("count", 309000, None, "about"), ("count", 400000, None, "over"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Chicago Teachers Union president Darnell Ruffin said the union would oppose any plan to lift the contractual class-size cap of 28 students.",
        True,
        [("count", 28, None, None)],
        "Darnell Ruffin",
    ),
    (
        "en",
        "\"Our kids are not a line item,\" Ruffin said at a rally outside district headquarters.",
        False,
        [],
        None,
    ),
    (
        "en",
        "More than 70 of the city's schools are operating at less than half their capacity, according to a district facilities report.",
        True,
        [("count", 70, None, "over"), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "The board voted 5-2 to borrow up to $300 million to cover payroll costs through June.",
        True,
        [("count", 5, None, None), ("count", 2, None, None), ("money", 300000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Some parents at the meeting said they feared their neighbourhood school would be next to close.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Illinois lawmakers have so far refused the district's request for an extra $500 million in state aid.",
        True,
        [("money", 500000000, "USD", None)],
        None,
    ),
    # --- Schulbau-Kürzungen in Berlin (dpa/bb), November ---
    (
        "de",
        "Berlin (dpa/bb) - Der Berliner Senat kürzt im Doppelhaushalt 2028/29 die Mittel für die Schulbauoffensive um 310 Millionen Euro.",
        True,
        [("year", 2028, None, None), ("year", 2029, None, None), ("money", 310000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Statt der ursprünglich geplanten 1,42 Milliarden Euro stehen damit pro Jahr nur noch rund 1,1 Milliarden Euro zur Verfügung.",
        True,
        [("money", 1420000000, "EUR", None), ("money", 1100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bildungssenatorin Tanja Schwerdtfeger sagte, 23 bereits begonnene Neubauten würden wie geplant fertiggestellt.",
        True,
        [("count", 23, None, None)],
        "Tanja Schwerdtfeger",
    ),
    (
        "de",
        "Gestrichen oder verschoben werden dagegen 14 Projekte, darunter drei Gymnasien in Pankow und Lichtenberg.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Schon jetzt fehlen in Berlin nach Senatsangaben rund 9.600 Schulplätze.",
        True,
        [("count", 9600, None, "about")],
        None,
    ),
    (
        "de",
        "„Wer bei den Schulen spart, spart an der Zukunft dieser Stadt“, sagte die Vorsitzende des Landeselternausschusses.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen sprachen von einem „Wortbruch gegenüber Tausenden Familien“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schwerdtfeger sagte, man wolle ab 2030 wieder zur vollen Finanzierung zurückkehren.",
        True,
        [("year", 2030, None, None)],
        "Schwerdtfeger",
    ),
    # --- Graduate workers' strike (AP), November ---
    (
        "en",
        "NEW YORK (AP) — About 2,900 graduate student workers at Northfield University began an open-ended strike Monday, halting grading in hundreds of courses in the final weeks of the semester.",
        True,
        [("count", 2900, None, "about")],
        None,
    ),
    (
        "en",
        "The union, which represents teaching and research assistants, wants the minimum stipend raised from $38,500 to $47,000.",
        True,
        [("money", 38500, "USD", None), ("money", 47000, "USD", None)],
        None,
    ),
    (
        "en",
        "The university says it has offered $42,000, phased in over three years.",
        True,
        [("money", 42000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "It is the union's second strike since it was recognized in 2022; the first lasted 10 weeks.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None), ("ordinal", 1, None, None), ("duration", 10, "week", None)],
        None,
    ),
    (
        "en",
        "Provost Alan Merriweather said in an email to students that final grades would be delayed in some courses.",
        True,
        [],
        "Alan Merriweather",
    ),
    (
        "en",
        "\"We are not going back until they pay us enough to live in this city,\" a doctoral student in chemistry said on the picket line.",
        False,
        [],
        None,
    ),
    # --- TIMSS-Studie (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Viertklässler in Deutschland haben in der internationalen Vergleichsstudie TIMSS in Mathematik 12 Punkte weniger erreicht als vier Jahre zuvor.",
        True,
        [("ordinal", 4, None, None), ("count", 12, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Mit 492 Punkten liegen sie nun unter dem Schnitt der teilnehmenden EU-Staaten von 507 Punkten.",
        True,
        [("count", 492, None, None), ("count", 507, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland rutschte damit von Platz 25 auf Platz 31 unter 58 Teilnehmerstaaten ab.",
        True,
        [("ordinal", 25, None, None), ("ordinal", 31, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Fast ein Viertel der Kinder erreichte nicht einmal die niedrigste Kompetenzstufe.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Studienleiter Meinolf Arndt sagte, der Abstand zwischen Kindern aus Akademikerhaushalten und anderen betrage inzwischen 58 Punkte, was etwa anderthalb Schuljahren entspreche.",
        True,
        [("count", 58, None, None), ("count", 1.5, None, "about")],
        "Meinolf Arndt",
    ),
    (
        "de",
        "Österreichs Viertklässler kamen auf 511 Punkte und damit auf Rang 17.",
        True,
        [("ordinal", 4, None, None), ("count", 511, None, None), ("ordinal", 17, None, None)],
        None,
    ),
    (
        "de",
        "KMK-Präsidentin Hiltrud Esselborn nannte die Ergebnisse „bitter, aber nicht überraschend“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir haben zu lange zugesehen, wie die Grundlagen erodieren“, sagte Arndt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die KMK kündigte an, bis März einen Zehn-Punkte-Plan für Mathematik in der Grundschule vorzulegen.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    # --- Teachers' survey (Reuters), December ---
    (
        "en",
        "PARIS, Dec 8 (Reuters) - Nearly half of lower secondary teachers across OECD countries say they experience stress in their work \"a lot\", up from 38% six years ago, an OECD survey showed on Tuesday.",
        True,
        [("date", "--12-08", None, None), ("fraction", 0.5, None, "nearly"), ("percent", 38, "%", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "The survey polled about 280,000 teachers and school leaders in 55 countries and economies.",
        True,
        [("count", 280000, None, "about"), ("count", 55, None, None)],
        None,
    ),
    (
        "en",
        "In England, 61% of teachers said they planned to leave the profession within five years, the highest share of any participating system.",
        True,
        [("percent", 61, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Teachers in Japan reported working an average of 54.6 hours a week, the most of any country, against an OECD average of 41.2 hours.",
        True,
        [("duration", 54.6, "hour", None), ("duration", 41.2, "hour", None)],
        None,
    ),
    (
        "en",
        "OECD education director Ingrid Solberg said countries that cut class sizes to fewer than 20 pupils had seen no consistent gain in results.",
        True,
        [("count", 20, None, "under")],
        "Ingrid Solberg",
    ),
    (
        "en",
        "\"What matters most is who stands in front of the class, not how many sit in it,\" Solberg said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 26% of teachers in France said they felt their profession was valued by society.",
        True,
        [("percent", 26, "%", None)],
        None,
    ),
    (
        "en",
        "Teachers' unions said the findings ought to \"shake every finance ministry awake.\"",
        False,
        [],
        None,
    ),
]
