"""Three-hundred-and-thirty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, an institute and figures
are made up (Dorothee Kemmerling, Ferdinand Aschauer, Mirjam Stalder, Carsten Lübbering, the
Institut für Campuswohnen, Brigitte Auinger-Wallner, Rosalie Unterhuber, Silvia Rüegsegger,
Jörg Harmsen, Almut Reinhardsberger, Verena Hochleitner, Falk Treuherz, Katharina Vellmer,
Corinne Baechler, Klaus Meisenbach, Katrin Wössner; Bridget Fairclough, Anjali Mehrotra,
Raymond Castellanos, Ellie Tranter, Brookmere Property Research, Monica Hargrove, Park
Soo-hyun, Oliver Dunmore, Matthieu Garnier-Lebrun, Rhiannon Kells, Daniel Okafor, Denise
Okonjo-Walters, Vivienne Castleton, Rebecca Strand, Martin Ebbrell, Carla Benavides, Leon
Whitlock, Joanne Rudd; every unnamed union leader, chair, spokesperson, parent, mother,
principal, provider, operator and researcher); ministers, agency heads, union leaders,
legislators and office holders of real governments and bodies appear under made-up names
that stand for no real holder, or by their role only ("Die GEW-Landesvorsitzende", "Der
Gewerkschaftschef", "Die Verbandsvorsitzende", "Die Vorstandsvorsitzende des
Studierendenwerks", "the higher education regulator"). Real states, bodies, tests and places
(Nordrhein-Westfalen, Schulministerium, Gewerkschaft Erziehung und Wissenschaft (GEW),
Bildungsministerium, Pflichtschullehrergewerkschaft, Deutschförderklasse, Taferlklassler,
Bundesamt für Statistik (BFS), Dachverband Lehrerinnen und Lehrer Schweiz (LCH), BAföG,
Deutsches Studierendenwerk, Universitätenkonferenz (Uniko), Wissenschaftsministerium,
Budgetbegleitgesetz, ÖH, Bayerischer Städtetag, Landesamt für Statistik, Verband
Katholischer Tageseinrichtungen für Kinder (KTK), Bistümer, Bildungsdirektion, Kantonsrat,
Zürcher Lehrerinnen- und Lehrerverband (ZLV), Pisa, OECD, KMK, Kultusministerkonferenz,
Statistik Austria, Arbeiterkammer, EU-Ziel, Kultusministerium, GEW Sachsen,
Landeselternvertretung, Statistisches Bundesamt, Nationalrat, Bundesrat, SP, SVP,
Philologenverband, Baden-Württemberg; the Joint Council for Qualifications, UCAS, ASCL,
Ottawa, Ontario, Child Care Now, the Clark County School District, the Nevada State
Education Association, the National Union of Students, the British Property Federation, the
Department for Education, the College Board, Congress, South Korea's education ministry, the
National Education Union, NEU, the Education Policy Institute, the NSW Education Standards
Authority, the Higher School Certificate, ATAR, the Australian Competition and Consumer
Commission, Seattle Public Schools, the Office for Students, Universities UK, the Home
Office, the Early Years Alliance, the Texas Senate and House, the Texas State Teachers
Association, the gaokao, the Institute for Fiscal Studies, and the datelines' cities) stand
for the way wire copy names them; every vacancy, enrolment, score, rank, grade, share, fee,
rent, subsidy, budget, tally, date and quote here is invented, and where a real figure came
to mind (a real Catholic share of German day-care centres, a real Austrian tuition fee per
semester, a real federal childcare grant to the Austrian Länder, a real Australian subsidy
rate and income limit, a real English starting salary, a real Swiss childcare allowance) it
was changed - the one exception being the year the German right to a childcare place took
effect (2013), kept as the law sets it, as the two-hundred-and-eighteenth batch kept it.

Its weight: SCHOOLS, UNIVERSITIES AND CHILDCARE, fourth round (the seventy-second batch
weighed education, schools, universities and childcare, the hundred-fifty-sixth schools,
universities and education policy, and the two-hundred-and-ninety-second schools and
universities; their decisions are kept) over one school year in story order, August 2028 to
July 2029, as 32 short stories with the German and English ones interleaved by month, each
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, reactions). Half German (dpa with its regional slugs "dpa/lnw", "dpa/lby", "dpa/sn",
"dpa/lsw", APA, Keystone-SDA, KNA; Austrian "heuer", "Taferlklassler", "inskribiert",
"Kindergartenjahr", Swiss "Lehrpersonen", "Klassengrösse", "gutgeheissen", "571'000",
"Franken", «» quotes, German „“ quotes): unfilled posts as North Rhine-Westphalia's school
year starts, the school start in eastern Austria, the BFS's pupil scenarios, room rents for
students and the BAföG housing allowance, the Austrian universities' budget demand, missing
crèche places in Bavaria, Catholic day-care centres closing groups (KNA), unfilled posts in
Zurich, the Pisa results for Germany and Austria, Austria's childcare rates, Saxony's
half-year hiring, the BAföG statistics, a Swiss childcare allowance in the Nationalrat, the
KMK's teacher forecast to 2040 and the Abitur in Baden-Württemberg. Half English (PA,
Reuters, AP, AAP): A-level results, Canada's C$10-a-day child care, teacher vacancies in Las
Vegas, UK student rents, U.S. college prices, South Korea's college entrance exam, teacher
training recruitment in England, PISA worldwide, HSC results in New South Wales, Australian
childcare fees, school closures in Seattle, English university finances, funded childcare in
England, Texas school funding, the gaokao and England's teachers' pay award. Figures as such
copy has them: vacancies, pupils, students, places, beds and groups, test points and ranks
(„481 Punkte“, „auf Platz 14“, „von Rang 16 auf Rang 19“, "ranked 28th ..., up from 34th"),
grade averages and bands („2,17“, „Die Bestnote 1,0“, "a top Band 6", "the maximum ATAR of
99.95"), childcare rates by age („der unter Dreijährigen“, „der Zweijährigen“, "from nine
months to four years"), rents, fees, loans, allowances, salaries and budgets in euros,
francs, pounds, U.S., Canadian and Australian dollars and won, shares in words („fast jede
zehnte Stelle“, „jede siebte Kita“, "one in six", "Roughly one in four", "Nearly half"),
school and academic years, votes („mit 112 zu 58 Stimmen“, "voted 5-2", "29-2", "131-14"),
durations, hedges, years and dates. Negatives as such copy has them - about a quarter of the
rows, none with a figure: ministers', union leaders', legislators' and officials' quotes of
pride, resolve and rhetoric, labels („nannte“, „bezeichnete ... als“, „sprach von“,
"called", "said ... a lottery", "treated as cash cows"), verdicts („hält ... für“, „sieht in
den Zahlen“, "said the figures showed ... far from over"), reported feelings, accusations
naming no act („warf ... vor“, „kritisierte, ... schiebe ... ab“), warnings naming no
measure, a fear, a doubt, advice, a reassurance, an open question, scene colour and vox
pops, each near a check-worthy look-alike from the same story (often the same speaker's
figure).

240 rows (120 German, 120 English), 55 negatives (28 German, 27 English), 185 check-worthy
rows of which 7 carry no figure (5 German, 2 English), 333 expected quantities (122 counts,
49 amounts of money - 17 EUR, 11 USD, 10 GBP, 4 CHF, 3 CAD, 3 AUD, 1 KRW -, 45 percentages -
43 in "%" and 2 in percentage points "pp" -, 44 years, 29 durations - 19 in years, 3 in
hours, 3 in days, 2 in months, 1 in minutes, 1 in weeks -, 19 fractions, 16 ordinals and 9
dates; none of them in a negative), 37 checked speakers (19 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, fear, doubt, piece of advice or rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-sixth, two-hundred-and-fourth, two-hundred-and-ninety-second); a quoted or
  reported statement of fact, figure, step, plan, demand or finding is check-worthy with its
  speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Kemmerling's
  2,870 hires beside „Wir lassen keine Schule mit dem Mangel allein“, Aschauer's 1,430
  career changers beside „Der Lehrberuf ist wieder attraktiv geworden“ and his reported
  „sehr zufrieden“ (a reported feeling, as Grünauer's „am Ende ihrer Kräfte“,
  two-hundred-and-ninety-second) beside his announced reading lesson, Stalder's 6,700 beside
  «verschlafen», Lübbering's 9 of 88 cities beside „Der Wohnungsmarkt entscheidet ...“,
  Auinger-Wallner's 310 million euros beside „Wir sind am Limit“, Unterhuber's 4,800 places
  beside „Wir bauen so schnell ...“, Rüegsegger's 1,240 beside «Über den Berg ...»,
  Harmsen's 1.3 billion euros beside „Die Trendwende ist geschafft ...“, Treuherz's 97.4
  percent beside „Schritt für Schritt“, Baechler's comparison beside «jede Fachkraft»,
  Meisenbach's third beside „auf Sicht“, Wössner's 2014 beside „kein Makel“; Fairclough's
  announced places and her £34,690 beside "has earned this moment" and "the heart of our
  plan", Mehrotra's C$12.40 beside "No parent should have to choose", Castellanos's
  two-thirds beside "asking a lot", Tranter's one in six beside "cash cows", Hargrove's six
  of ten years beside her advice, Park's 1,310 centres beside "should not decide anyone's
  life", Dunmore's salary beside "one of the most rewarding jobs" ("one of" none,
  sixty-third), Garnier-Lebrun's 19 points beside "decline is not destiny", Kells's 4,910
  beside "Today belongs to the students", Okafor's 92 per cent beside "as normal a part of
  growing up", Okonjo-Walters's 1,900 beside "the hardest decisions", Castleton's 12,000
  jobs beside "a broken funding model", Strand's 86,000 places beside "in their pockets",
  Ebbrell's 9% beside his "a promise the sector cannot keep", Benavides's 60% beside "a down
  payment", Whitlock's 12,000 beside "long overdue" and Rudd's ballot beside "an insult".
- Check-worthy without a figure (hundred-fifty-sixth, two-hundred-and-ninety-second): the
  source of a statistic („Das geht aus den neuen Bildungsszenarien hervor, ...“), where
  pupil numbers grow most („in den Kantonen Freiburg, Aargau und Zürich“), an attribution
  row („Das teilte der Verband Katholischer Tageseinrichtungen für Kinder (KTK) am
  Donnerstag mit.“; hundred-thirty-second and hundred-seventy-third: „Das teilte die
  Statistik Austria am Mittwoch ... mit.“), a forecast paper's finding („heißt es in dem
  Papier“), a legislator's stated comparison („in keinem anderen OECD-Land sei die Betreuung
  ... so teuer“; „keinem“ none), measures against cheating and a union leader's stated
  ballot if the award is not funded (an announced step, two-hundred-and-fourth and
  three-hundredth). Demands, plans and positions with a figure are check-worthy
  (hundred-fifty-sixth, two-hundred-and-ninety-second): the universities' 18.9 billion
  euros, the Uniko's reckoning („rechnete ... vor“, speaker None), the GEW's 10,000 places
  („forderte“), the student representatives' „mindestens 450 Euro“ "at_least", a bill's 3%
  cap, the ministry's cap „um höchstens 6 Prozent“ "at_most", Aschauer's reading lesson from
  2029/30 and Vellmer's 5 percent („kündigte an“, speaker None; hundred-thirty-first),
  Fairclough's 1,200 places ("announced", speaker None, as „kündigte an“), Ottawa's pledge,
  Ontario's C$1.9 billion. A survey's, a report's, an institute's and a district's figure or
  estimate is check-worthy with its speaker unchecked. Negatives besides the quotes:
  warnings naming no measure („warnte vor einem „schleichenden Rückzug““, "Principals warned
  ..."), a fear ("Operators said they feared ..."), a doubt ("Some researchers questioned
  whether ..."), advice ("Families should not rule out ..."), a reassurance ("working
  closely with the regulator"), accusations naming no act („Die Kantone haben ...
  verschlafen“, „warf dem Ministerium vor, ...“, „kritisierte, ... schiebe ... ab“;
  eighty-fourth), an open question („Ob die Länder das Geld dafür aufbringen, ist offen.“),
  reported feelings („Viele Eltern fühlen sich ... im Stich gelassen“), verdicts („hält den
  Zuwachs für ...“, „sieht in den Zahlen ... eine schleichende Noteninflation“), scene
  colour ("Dozens of parents held signs ...") and vox pops ("tired of hearing the same
  excuses", "My son has studied for this ...").
- Test scores, grades and ranks (seventy-second, hundred-fifty-sixth,
  two-hundred-and-ninety-second): Pisa points and their moves are counts („im Schnitt 481
  Punkte, 6 Punkte mehr“ - „mehr“ after the figure compares -, „bei 474 Punkten“, „um 4
  Punkte auf 476 Punkte“, „mit 489 Punkten“, „auf 470 Punkte, 3 weniger“, "scoring 571
  points", "was 473, up 2 points", "scored 19 points lower"); „Unter den 38 OECD-Staaten“ is
  count 38 with no hedge (two-hundred-and-ninety-second: „unter 58 Teilnehmerstaaten“);
  ranks are ordinals („auf Platz 14“, „von Rang 16 auf Rang 19“, "came second and South
  Korea third" 2 and 3, "ranked 28th ..., up from 34th"); „über dem OECD-Schnitt“ and „als
  im OECD-Schnitt“ carry none. Grade averages are counts („einen Notendurchschnitt von
  2,17“, „bei 2,20“ 2.2 - trailing zeros no other value, seventy-first -, „Die Bestnote 1,0“
  1.0); "the maximum ATAR of 99.95" count 99.95 (seventy-second: "a perfect ATAR of 99.95");
  "a mark of 90 or more" 90 "at_least" ("or more" after the figure, hundred-fifty-sixth).
  New: "Band 6" is count 6 wherever it stands ("a top Band 6", "Band 6 results", "had earned
  a Band 6") - a band of results numbered on a scale is a grade on a numbered scale as
  "grade 9" is 9 (seventy-second; forty-ninth: "Pflegegrad 4"), while "Year 12" names a
  stage and carries none (seventy-second: "into Year 7"). Letter grades carry none ("an A*
  or A", "grades A* to E", "graded A or above" - "or above" after a letter bounds no figure
  -, "A-level"; forty-second, seventy-second).
- Ordinals (the issue; every batch): „mit der ersten Klasse“ 1 (seventy-second: „in der
  ersten Klasse Volksschule“), „ab dem ersten Geburtstag“ 1 (seventy-second: „ab dem
  vollendeten ersten Lebensjahr“), „Im ersten Halbjahr“ 1 (three-hundred-and-twenty-fourth:
  „im ersten Halbjahr“), "during the first term" 1 (a term named by its ordinal, as "in the
  first year", seventy-second), "the fifth-largest in the country" 5 (the issue's „die
  drittgrößte Stadt“), "for a third year in a row" 3, "the third straight annual increase"
  3, "for a fourth consecutive year" 4, "the first increase since 2019" 1 and the year.
  „erstmals“ and "a record" carry none (forty-first).
- School, academic and childcare years give both years (seventy-second,
  hundred-fifty-sixth): „des Schuljahres 2028/29“, „im Schuljahr 2032/33“, „Im
  Wintersemester 2028/29“, „im Kindergartenjahr 2027/28“, „seit dem Wintersemester 2026/27“,
  „zum Wintersemester 2029/30“, „ab dem Schuljahr 2029/30“, "the 2029-30 academic year",
  "the 2027-28 school year"; „für die Leistungsvereinbarungsperiode 2031 bis 2033“ both
  years (seventy-second). None: „zum Wintersemester“ without a year, „Zum Schulhalbjahr“,
  „zum Schulstart“, "this academic year", "the current academic year", "the school year".
- Durations and ages (the issue; every batch): ages are durations in years („Deutschlands
  15-Jährige“, "Singapore's 15-year-olds", "UK 18-year-olds", "for two-year-olds", "16- to
  24-year-olds" 16 and 24 - the unit written once serves both ends, seventy-second -,
  „Kinder unter drei Jahren“ and „den unter Dreijährigen“ 3 "under" - seventy-second: „der
  unter Dreijährigen“ -, „der Zweijährigen“ 2 - seventy-second: „für alle Vierjährigen“ 4 -,
  "children aged from nine months to four years" 9 months and 4 years - seventy-second:
  "children aged nine months and over"); "public four-year colleges" and "four-year schools"
  4 years (seventy-second); „in den kommenden zehn Jahren“ 10 years (seventy-second: "over
  the next five years"), "over three years" ("over" before a span no hedge), "for six of the
  past ten years" count 6 and 10 years (two-hundred-and-forty-fourth: "in three of the past
  five years"), "for 35 minutes", "more than three hours a day" 3 hours "over" ("a day"
  none), "a nine-hour meeting" 9 hours (the issue's "fünfstündigen"), "34 hours of funded
  childcare a week" 34 hours (seventy-second: "30 hours of funded childcare a week"),
  "within the next 12 months", "at least three days of subsidised care each week" 3 days
  "at_least" (seventy-second: "three days a week of subsidised childcare"), „mindestens 45
  Wochen im Jahr“ 45 weeks "at_least" („im Jahr“ none), "at least five years of experience"
  5 years "at_least", "10 years or more in the classroom" 10 years "at_least" ("or more"
  after the figure, hundred-fifty-sixth), "held over two to four days" 2 and 4 days (the
  unit written once serves both). None: „vor einem Jahr“ and „Vor einem Jahr“ (an article,
  hundred-fifty-sixth), "a year earlier", "in a year", "in the past year", "last year",
  "this year", "next year", "last fall", "this fall", „im Vorjahr“, „im vergangenen Jahr“,
  „in diesem Jahr“, „heuer“, „jahrelang“, „seit Jahrzehnten“, „jährlich“, "in more than a
  decade" (hundred-fifty-sixth: "a decade" an article), „im Monat“, „pro Monat und Kind“,
  „pro Tag“, „pro Jahr“, „pro Woche“, "a week", "a day", "an hour", "a year", "each week",
  "every August", months ("im März", "in June", "in early July", "Mitte November", "in
  December", "since September", "from September") and weekdays. „eine zusätzliche Lesestunde
  pro Woche“ carries none (an article before an hour, as „in der ersten Stunde“ gives no
  duration, two-hundred-and-forty-fourth); „fast jede zehnte Stunde“ is the fraction only
  (hundred-fifty-sixth: „jede 20. Unterrichtsstunde“ 0.05) and „4,8 Prozent der
  Unterrichtsstunden“ the percentage only (seventy-second).
- Counts (every batch): vacancies, pupils, students, places, beds, groups and staff as
  written („rund 4.100“, „etwa 350 mehr“ - "mehr" after the figure compares -, „2.870“,
  „rund 163.000“, „rechnerisch mehr als 6.000“ "over" - „rechnerisch“ no hedge,
  two-hundred-and-ninety-second -, „knapp 50.900“ "nearly", „um 1.200 weniger“ („um“ before
  a difference no hedge), „in den drei Bundesländern“ 3 (hundred-fifty-sixth: „in allen drei
  Bereichen“), „noch 312“, „derzeit 410“, „rund 571'000“, „zwischen 4'300 und 5'100“ both
  with no hedge, „rund 29'000“, „rund 6'700“, „1'240“ (the Swiss apostrophe, tenth), „nur in
  9 von 88 untersuchten Städten“ 9 and 88, „die 22 öffentlichen Universitäten“, „rund 190
  Gruppen“, „rund 8.600 katholische Kitas etwa 541.000 Kinder“, „mit 112 zu 58 Stimmen“,
  „auf höchstens 24 Kinder“ "at_most", „im Schnitt 20,7 Kinder“, „davon 7.500“ and „Davon
  gingen 610“ („davon“ no hedge), „mit 121 zu 70 Stimmen bei 4 Enthaltungen“ three counts,
  „auf 671.000“, „um 10.000“, „rund 11,6 Millionen“ 11,600,000 (the issue's „etwa 2,4
  Millionen Einwohner“), "about 187,000", "all 13 provinces and territories" ("all" no
  hedge), "in seven provinces", "some 310,000" "about", "the state's 17 districts", "more
  than 2,500" "over", "some 1.1 million", "Only 2,800" ("Only" no hedge), "some 89,000", "42
  schools", "In total 27,940 ..., up from 26,110" ("In total" no hedge), "around 6,500 more"
  "about", "the 81 countries", "about 690,000 students" and "about 690,000 more", "More than
  74,000" "over", "were awarded 61,420 times across 128 courses" (the issue's "100 Mal"),
  "47 students", "a record 4,910", "voted 5-2" and "close five elementary schools" ("voted
  6-1" two counts, seventy-second), "nearly 54,000", "108 of the 231 institutions ..., up
  from 72", "polled 1,640 providers", "86,000 additional places", "passed the bill 29-2
  after the House approved it 131-14" four counts, "A record 14.1 million" 14,100,000 ("A
  record" no hedge), "roughly 3,100 universities". None: "Dozens of parents", "no teacher",
  „keine Schule“, „keinem anderen OECD-Land“, "most provinces".
- Fractions (the issue's "ein Fünftel", "jeder vierte"): „fast jede zehnte Stelle“ and „fast
  jede zehnte Stunde“ 0.1 "nearly", „jede vierte Junglehrerin“ 0.25, „jede siebte Kita“
  0.1429 and „etwa jeder siebte Studierende“ 0.1429 "about" (hundred-fifty-sixth: "Jeder
  siebte" 0.1429), „rund ein Drittel weniger“ 0.3333 "about", „gut ein Fünftel“ 0.2 "over",
  „Fast ein Viertel“ 0.25 "nearly", „mehr als die Hälfte“ 0.5 "over"
  (two-hundred-and-ninety-second: „Mehr als die Hälfte“), „rund ein Fünftel ihres
  Einkommens“ 0.2 "about", „um ein Drittel unterschätzt“ 0.3333, "about two-thirds" 0.6667
  "about", "one in six students" 0.1667, "nearly a third" 0.3333 "nearly", "Roughly one in
  four" 0.25 "about", "Nearly half" 0.5 "nearly" (two-hundred-and-ninety-second), "about a
  fifth" 0.2 "about", "Nearly one in five" 0.2 "nearly", "about a quarter of the cost" 0.25
  "about".
- Percentages (every batch): everything in "%" ("per cent" in AAP copy as PA's,
  forty-first), percentage points for a gap between shares and a move of a share ("12.4
  percentage points below the 34.8% recorded in London" - "below" after the figure compares
  -, "up 5 percentage points on last year"; hundred-fifty-sixth); „rund 8 Prozent mehr“
  "about", „gut 4 Prozent mehr als heute“ "over", „um höchstens 6 Prozent“ "at_most", "up to
  92 per cent" "up_to", "at least 60%" "at_least", "Some 28.6%" "about", „Rund 22 Prozent“
  "about"; "only 64%", "only 31%", „Nur 41 Prozent“ no hedge; "104% of the largest
  maintenance loan"; a target keeps its figure with no hedge („unter dem EU-Ziel von 45
  Prozent“ - „unter“ before the article bounds nothing -; three-hundred-and-twenty-fourth:
  „über dem Ziel von 2 Prozent“); "by an average of 6.9 per cent" no hedge; "3% higher than
  in 2010" the percentage and the year.
- Money in the currency written (every batch): EUR („im Schnitt 512 Euro im Monat“, „noch
  494 Euro“, „mit durchschnittlich 780 Euro, ... mit 690 Euro und ... mit 665 Euro“,
  „derzeit bei 380 Euro“, „18,9 Milliarden Euro“, „rund 2,4 Milliarden Euro“ "about", „310
  Millionen Euro zusätzlich“, „mit insgesamt 210 Millionen Euro“ („insgesamt“ no hedge),
  „bis zu 1.150 Euro im Monat“ "up_to", „rund 730 Millionen Euro“, „rund 1,3 Milliarden Euro
  zusätzlich“, „jährlich 235 Millionen Euro“, „641 Euro im Monat“, „bei 1.048 Euro“, „auf
  mindestens 450 Euro“ "at_least"), CHF („mindestens 120 Franken pro Monat und Kind“
  "at_least", „zwischen 110 und 150 Franken pro Tag“ both - the currency written once serves
  both ends, seventy-second -, „rund 640 Millionen Franken pro Jahr“), GBP ("£198 a week",
  "£329 a week", "about £68,000", "a £33,280 starting salary", "10,120 pounds a year", "an
  average of 23,400 pounds a year" - "an average of" no hedge -, "£6.92 an hour", "about
  £1.40 short", "£34,690", "a shortfall of £46,000"), USD ("$58,300 a year", "an average of
  $12,390 a year", "to $45,870", "about $3,050", "a $104 million budget shortfall", "about
  $9.5 million a year", "an $8.9 billion school funding package", "a raise of $4,000",
  "$8,500", "by $75 to $6,235"), CAD ("C$12.40 a day", "another C$1.9 billion" - "another"
  no hedge, hundred-fifty-sixth; "C$" as the hundred-fifty-sixth reads it), AUD ("A$148",
  "more than A$170" "over", "under A$88,000" "under"; AAP copy writes "A$", forty-ninth),
  KRW ("29.2 trillion won"; "a record" none; two-hundred-and-forty-fourth: "2.8 billion
  won"). New: "its C$10-a-day program" is 10 CAD and the hyphenated "-a-day" carries no
  duration - money heading a hyphenated compound is read as written, as "a 27,000-pound
  tax-free bursary" (hundred-fifty-sixth), and the rate's "a day" is none as in "C$12.40 a
  day" and „pro Tag“.
- Years and dates: the year for "in 2027" (twice), "from September 2029" and "in December
  2030" (a month with its year is the year, fifth), "by March 2026", "in 2010" (twice, once
  in "than in 2010"), "since 2000", "by 2032", "in 2028", "in 2019", "from 2030", "since
  2024" (twice), "since 2019", „Bis 2037“, „für 2031“, „Seit 2013“, „seit 2025“, „bis 2030“,
  „Bis 2030“, „Bis 2040“, „bis 2033“, „seit 2014“ (seventy-second,
  two-hundred-and-ninety-second). Dates without a year: „zum Stichtag 1. März“ --03-01,
  "from December 21" --12-21 ("from" no hedge), "Since January 1" --01-01, "from June 23"
  --06-23 (hundred-fifty-sixth, two-hundred-and-ninety-second); Reuters datelines with a day
  ("TORONTO, Sept 6" --09-06, "SEOUL, Nov 16" --11-16, "PARIS, Dec 5" --12-05, "LONDON,
  March 8" --03-08, "BEIJING, June 7" --06-07; hundred-fifty-sixth); dpa with its slugs,
  APA, Keystone-SDA, KNA, PA, AP and AAP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "Around", "roughly", "Roughly", "some", "Some" "about"; „knapp“, „fast“, „Fast“, "nearly",
  "Nearly" "nearly"; „gut“, „mehr als“, "more than", "More than" "over"; "under" "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least", "or more" "at_least"; „höchstens“
  "at_most". No hedge: „im Schnitt“, „durchschnittlich“, „insgesamt“, „Insgesamt“,
  „rechnerisch“, „allein“, „derzeit“, „noch“, „nur“, „Nur“, „davon“, „Davon“, „Darunter“,
  "In total", "an average of", "by an average of", "only", "Only", "all", "another",
  "additional", "a record", "A record", "over" before a span, „um“ before a difference and
  comparatives after a figure („mehr“, „weniger“, "more", "below", "short").
- Speakers, checked only in forms the earlier batches settled: „teilte das Schulministerium
  am Montag mit“ -> "das Schulministerium" and „teilte die Bildungsdirektion am Dienstag
  mit“ -> "die Bildungsdirektion" (the weekday dropped, hundred-fourteenth,
  two-hundred-and-ninety-second); „Das teilte der Verband Katholischer Tageseinrichtungen
  für Kinder (KTK) am Donnerstag mit.“ -> "der Verband Katholischer Tageseinrichtungen für
  Kinder" (the abbreviation in brackets dropped, hundred-fifty-sixth; the attribution row,
  hundred-seventy-third; three-hundredth: „teilte der DGB am Montag mit“); „Laut
  Bildungsministerium“ -> "Bildungsministerium" and „laut Statistik Austria“ -> "Statistik
  Austria" (thirtieth: „laut Polizei“; seventy-second, hundred-fifty-sixth); „nach Angaben
  des Kultusministeriums“ -> "das Kultusministerium" (hundred-fifty-sixth,
  two-hundred-and-ninety-second); „X sagte, ...“ with the office dropped („Schulministerin
  Dorothee Kemmerling“, „Bildungsminister Ferdinand Aschauer“, „Institutsleiter Carsten
  Lübbering“, „Uniko-Präsidentin Brigitte Auinger-Wallner“, „Familienministerin Rosalie
  Unterhuber“, „Bildungsdirektorin Silvia Rüegsegger“, „KMK-Präsident Jörg Harmsen“,
  „Familienministerin Verena Hochleitner“, „Kultusminister Falk Treuherz“, „SP-Nationalrätin
  Corinne Baechler“, „Bildungsforscher Klaus Meisenbach“, „Kultusministerin Katrin Wössner“;
  hundred-fifty-sixth, two-hundred-and-ninety-second) and „Stalder sagte, ...“ opening the
  row the surname (forty-second). English: "according to UCAS" -> "UCAS" (seventy-second,
  hundred-fifty-sixth); the name with the role dropped ("Families Minister Anjali Mehrotra
  said", "Superintendent Raymond Castellanos said", "College Board vice president Monica
  Hargrove said", "Vice Education Minister Park Soo-hyun said", "Schools Minister Oliver
  Dunmore said", "OECD education director Matthieu Garnier-Lebrun said", "Education Minister
  Rhiannon Kells said", "Early Childhood Education Minister Daniel Okafor said",
  "Superintendent Denise Okonjo-Walters said", "Universities UK chief executive Vivienne
  Castleton said", "Children's Minister Rebecca Strand said", "State Sen. Carla Benavides
  said" - hundred-forty-first: "Sen. Garrett Voss, R-Okla., said" -> "Garrett Voss" -,
  "Education Secretary Bridget Fairclough said", "NEU general secretary Joanne Rudd said";
  two-hundred-and-ninety-second), the surname opening the row ("Tranter said", "Ebbrell
  said", "Whitlock said"). Left unchecked (None): all negatives, also those with a named
  speaker; „wie eine Auswertung des Instituts für Campuswohnen ergab“, „wie das Landesamt
  für Statistik mitteilte“ and „wie das Statistische Bundesamt am Donnerstag mitteilte“
  (two-hundred-and-fourth leaves „wie ... mitteilte“ unchecked, and the
  two-hundred-and-ninety-second left it open), „rechnete ... vor“, „kündigte an“,
  „forderte“, „forderten“, „kritisierte“, „verwies darauf“, „verwies auf“, „schätzt der
  Bundesrat“, „heißt es in dem Papier“, „Das geht aus ... hervor“, „nach Berechnungen des
  Bayerischen Städtetags“, „nach einer neuen Prognose der Kultusministerkonferenz“, „Nach
  Angaben der Studienautoren“ (a plural group, forty-first), „Nach Angaben des Verbands“ (a
  masculine genitive, three-hundredth: „nach Angaben des Konzerns“), „nach eigenen Angaben“,
  „Laut einer Studie des Bundes“, „demnach“, and - to keep the checked speakers near 35, as
  the three-hundredth batch did - „Nach Angaben der Gewerkschaft“; bodies' "said" (the
  federal government, "Ontario's government", the Department for Education twice, the
  College Board, the education ministry twice, the NSW Education Standards Authority, the
  OECD, the Office for Students, the British Property Federation, the National Education
  Union, "the higher education regulator", "the report"; two-hundred-and-fourth,
  two-hundred-and-ninety-second), "district officials said", "Operators said" and "Providers
  said" (plural groups, forty-first), "says" in the present ("The Nevada State Education
  Association says", "the alliance says"), "announced", "estimated", "estimates", "figures
  show", "Home Office data showed", "official data showed", "according to ministry data",
  "according to data published by ...", "according to a report by ...", "a report by ... has
  found", "a survey has found" and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_335 = [
    # --- A-level results (PA), August ---
    (
        "en",
        "LONDON (PA) - Some 28.6% of A-level entries across England received an A* or A this year, against 27.9% in 2027, according to data published by the Joint Council for Qualifications.",
        True,
        [("percent", 28.6, "%", "about"), ("percent", 27.9, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The overall pass rate, covering grades A* to E, edged down to 97.1%.",
        True,
        [("percent", 97.1, "%", None)],
        None,
    ),
    (
        "en",
        "Around 281,400 UK 18-year-olds had a place confirmed at their preferred university or college by Thursday morning, according to UCAS.",
        True,
        [("count", 281400, None, "about"), ("duration", 18, "year", None)],
        "UCAS",
    ),
    (
        "en",
        "The number of students placed through clearing rose to 19,850.",
        True,
        [("count", 19850, None, None)],
        None,
    ),
    (
        "en",
        '"Every one of these young people has earned this moment," Education Secretary Bridget Fairclough said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fairclough announced that the government would fund 1,200 extra places on medical degrees from September 2029.",
        True,
        [("count", 1200, None, None), ("year", 2029, None, None)],
        None,
    ),
    ("en", "School leaders' union ASCL said grading had become a lottery for pupils in poorer areas.", False, [], None),
    (
        "en",
        "In the north-east of England, 22.4% of entries were graded A or above, 12.4 percentage points below the 34.8% recorded in London.",
        True,
        [("percent", 22.4, "%", None), ("percent", 12.4, "pp", None), ("percent", 34.8, "%", None)],
        None,
    ),
    # --- Schulstart in Nordrhein-Westfalen (dpa/lnw), August ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Zum Beginn des Schuljahres 2028/29 sind in Nordrhein-Westfalen rund 4.100 Lehrerstellen unbesetzt.",
        True,
        [("year", 2028, None, None), ("year", 2029, None, None), ("count", 4100, None, "about")],
        None,
    ),
    (
        "de",
        "Das sind etwa 350 mehr als vor einem Jahr, teilte das Schulministerium am Montag mit.",
        True,
        [("count", 350, None, "about")],
        "das Schulministerium",
    ),
    (
        "de",
        "Am größten ist die Lücke an den Grundschulen, wo fast jede zehnte Stelle nicht besetzt werden konnte.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Schulministerin Dorothee Kemmerling sagte, seit Februar seien 2.870 Seiteneinsteigerinnen und Seiteneinsteiger eingestellt worden.",
        True,
        [("count", 2870, None, None)],
        "Dorothee Kemmerling",
    ),
    ("de", "„Wir lassen keine Schule mit dem Mangel allein“, sagte Kemmerling.", False, [], None),
    (
        "de",
        "Für rund 163.000 Kinder beginnt mit der ersten Klasse am Mittwoch die Schulzeit.",
        True,
        [("count", 163000, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Erziehung und Wissenschaft (GEW) rechnete vor, dass landesweit rechnerisch mehr als 6.000 Vollzeitstellen fehlten.",
        True,
        [("count", 6000, None, "over")],
        None,
    ),
    ("de", "Die GEW-Landesvorsitzende nannte den Schulstart „ein Lotteriespiel für Eltern“.", False, [], None),
    # --- Schulstart im Osten Österreichs (APA), September ---
    (
        "de",
        "Wien (APA) - Für rund 348.000 Schülerinnen und Schüler in Wien, Niederösterreich und dem Burgenland hat am Montag der Unterricht wieder begonnen.",
        True,
        [("count", 348000, None, "about")],
        None,
    ),
    (
        "de",
        "Darunter sind knapp 50.900 Taferlklassler, um 1.200 weniger als im Vorjahr.",
        True,
        [("count", 50900, None, "nearly"), ("count", 1200, None, None)],
        None,
    ),
    (
        "de",
        "Laut Bildungsministerium sind zum Schulstart in den drei Bundesländern noch 312 Lehrerposten offen.",
        True,
        [("count", 3, None, None), ("count", 312, None, None)],
        "Bildungsministerium",
    ),
    (
        "de",
        "Bildungsminister Ferdinand Aschauer sagte, heuer hätten 1.430 Quereinsteigerinnen und Quereinsteiger in den Schuldienst gewechselt.",
        True,
        [("count", 1430, None, None)],
        "Ferdinand Aschauer",
    ),
    ("de", "„Der Lehrberuf ist wieder attraktiv geworden“, sagte Aschauer.", False, [], None),
    (
        "de",
        "Die Pflichtschullehrergewerkschaft verwies darauf, dass jede vierte Junglehrerin nur mit einem befristeten Vertrag angestellt werde.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft unterrichten an Wiener Mittelschulen derzeit 410 Lehrkräfte fachfremd.",
        True,
        [("count", 410, None, None)],
        None,
    ),
    (
        "de",
        "In Wien besuchen heuer 9.600 Kinder eine Deutschförderklasse, das sind rund 8 Prozent mehr als im Vorjahr.",
        True,
        [("count", 9600, None, None), ("percent", 8, "%", "about")],
        None,
    ),
    # --- Child care spaces in Canada (Reuters), September ---
    (
        "en",
        "TORONTO, Sept 6 (Reuters) - Canada has created about 187,000 new licensed child care spaces since launching its C$10-a-day program, but waiting lists are still growing in most provinces, the federal government said on Wednesday.",
        True,
        [("date", "--09-06", None, None), ("count", 187000, None, "about"), ("money", 10, "CAD", None)],
        None,
    ),
    (
        "en",
        "Ottawa had pledged 250,000 spaces by March 2026 under agreements signed with all 13 provinces and territories.",
        True,
        [("count", 250000, None, None), ("year", 2026, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Families Minister Anjali Mehrotra said average fees for regulated care had fallen to C$12.40 a day in seven provinces.",
        True,
        [("money", 12.4, "CAD", None), ("count", 7, None, None)],
        "Anjali Mehrotra",
    ),
    ("en", '"No parent should have to choose between a job and a child care spot," Mehrotra said.', False, [], None),
    (
        "en",
        "An advocacy group, Child Care Now, estimated that some 310,000 children were on waiting lists in Ontario alone.",
        True,
        [("count", 310000, None, "about")],
        None,
    ),
    (
        "en",
        "Ontario's government said it would need another C$1.9 billion over three years to keep fees capped.",
        True,
        [("money", 1900000000, "CAD", None), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "Operators said they feared more centres would close before the year is out.", False, [], None),
    # --- Bildungsszenarien des BFS (Keystone-SDA), September ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - An den Schweizer Primarschulen dürften im Schuljahr 2032/33 rund 571'000 Kinder unterrichtet werden, gut 4 Prozent mehr als heute.",
        True,
        [
            ("year", 2032, None, None),
            ("year", 2033, None, None),
            ("count", 571000, None, "about"),
            ("percent", 4, "%", "over"),
        ],
        None,
    ),
    (
        "de",
        "Das geht aus den neuen Bildungsszenarien hervor, die das Bundesamt für Statistik (BFS) am Dienstag veröffentlicht hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am stärksten wächst die Zahl der Schülerinnen und Schüler demnach in den Kantonen Freiburg, Aargau und Zürich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis 2037 müssen demnach jährlich zwischen 4'300 und 5'100 Lehrpersonen neu eingestellt werden.",
        True,
        [("year", 2037, None, None), ("count", 4300, None, None), ("count", 5100, None, None)],
        None,
    ),
    (
        "de",
        "Gleichzeitig erreichen in den kommenden zehn Jahren rund 29'000 Lehrpersonen das Pensionsalter.",
        True,
        [("duration", 10, "year", None), ("count", 29000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Dachverband Lehrerinnen und Lehrer Schweiz (LCH) bezeichnete die Zahlen als «Alarmsignal».",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Die Kantone haben die Entwicklung jahrelang verschlafen», sagte LCH-Präsidentin Mirjam Stalder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stalder sagte, bereits heute unterrichteten in der Deutschschweiz rund 6'700 Personen ohne passendes Lehrdiplom.",
        True,
        [("count", 6700, None, "about")],
        "Stalder",
    ),
    # --- Teacher vacancies in Las Vegas (AP), September ---
    (
        "en",
        "LAS VEGAS (AP) — The Clark County School District opened the school year with 1,140 teaching positions unfilled, district officials said Tuesday.",
        True,
        [("count", 1140, None, None)],
        None,
    ),
    (
        "en",
        "The district, the fifth-largest in the country, enrolls about 291,000 students.",
        True,
        [("ordinal", 5, None, None), ("count", 291000, None, "about")],
        None,
    ),
    (
        "en",
        "Superintendent Raymond Castellanos said long-term substitutes would cover about two-thirds of the vacancies.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Raymond Castellanos",
    ),
    ("en", '"We are asking a lot of the people who show up every day," Castellanos said.', False, [], None),
    (
        "en",
        "New teachers in the district start at $58,300 a year, after a 6% raise approved in June.",
        True,
        [("money", 58300, "USD", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "The Nevada State Education Association says the state's 17 districts together lack more than 2,500 licensed teachers.",
        True,
        [("count", 17, None, None), ("count", 2500, None, "over")],
        None,
    ),
    ("en", 'One mother told the board she was "tired of hearing the same excuses every August."', False, [], None),
    # --- WG-Zimmer zum Wintersemester (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Ein WG-Zimmer in einer deutschen Hochschulstadt kostet zum Wintersemester im Schnitt 512 Euro im Monat.",
        True,
        [("money", 512, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vor einem Jahr waren es noch 494 Euro, wie eine Auswertung des Instituts für Campuswohnen ergab.",
        True,
        [("money", 494, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am teuersten ist München mit durchschnittlich 780 Euro, gefolgt von Frankfurt am Main mit 690 Euro und Berlin mit 665 Euro.",
        True,
        [("money", 780, "EUR", None), ("money", 690, "EUR", None), ("money", 665, "EUR", None)],
        None,
    ),
    ("de", "Die Wohnkostenpauschale im BAföG liegt derzeit bei 380 Euro.", True, [("money", 380, "EUR", None)], None),
    (
        "de",
        "Institutsleiter Carsten Lübbering sagte, nur in 9 von 88 untersuchten Städten reiche die Pauschale für ein durchschnittliches WG-Zimmer.",
        True,
        [("count", 9, None, None), ("count", 88, None, None)],
        "Carsten Lübbering",
    ),
    ("de", "„Der Wohnungsmarkt entscheidet inzwischen mit, wer studieren kann“, sagte Lübbering.", False, [], None),
    (
        "de",
        "Das Deutsche Studierendenwerk verwies darauf, dass in seinen Wohnheimen bundesweit rund 32.000 Studierende auf einer Warteliste stünden.",
        True,
        [("count", 32000, None, "about")],
        None,
    ),
    ("de", "Die Vorstandsvorsitzende des Studierendenwerks nannte die Lage „dramatisch“.", False, [], None),
    # --- Student rents in the UK (PA), October ---
    (
        "en",
        "LONDON (PA) - The average rent for a room in purpose-built student accommodation in the UK has climbed to £198 a week, a rise of 7.2% in a year, according to a report by Brookmere Property Research.",
        True,
        [("money", 198, "GBP", None), ("percent", 7.2, "%", None)],
        None,
    ),
    (
        "en",
        "In London the figure is £329 a week, taking up 104% of the largest maintenance loan available to students who live away from their parents.",
        True,
        [("money", 329, "GBP", None), ("percent", 104, "%", None)],
        None,
    ),
    (
        "en",
        "The report counted about 714,000 bed spaces in private halls and university-owned accommodation, against some 1.1 million full-time students needing a room.",
        True,
        [("count", 714000, None, "about"), ("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        "Only 2,800 new beds are due to open in time for the 2029-30 academic year, the lowest number in more than a decade, the report said.",
        True,
        [("count", 2800, None, None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "National Union of Students vice-president Ellie Tranter said students were being treated as cash cows.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tranter said one in six students in its survey had slept on a friend's floor or sofa during the first term because they could not find a room.",
        True,
        [("fraction", 0.1667, None, None), ("ordinal", 1, None, None)],
        "Tranter",
    ),
    (
        "en",
        "The British Property Federation said higher building costs had pushed the price of a new bed space to about £68,000.",
        True,
        [("money", 68000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The Department for Education said the maximum loan would rise by 3.1% from September.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    # --- Budget der Universitäten (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Die österreichischen Universitäten verlangen für die Leistungsvereinbarungsperiode 2031 bis 2033 ein Budget von 18,9 Milliarden Euro.",
        True,
        [("year", 2031, None, None), ("year", 2033, None, None), ("money", 18900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gegenüber der laufenden Periode bedeute das ein Plus von rund 2,4 Milliarden Euro, rechnete die Universitätenkonferenz (Uniko) am Mittwoch vor.",
        True,
        [("money", 2400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Uniko-Präsidentin Brigitte Auinger-Wallner sagte, allein die Gehaltsabschlüsse kosteten die 22 öffentlichen Universitäten heuer 310 Millionen Euro zusätzlich.",
        True,
        [("count", 22, None, None), ("money", 310000000, "EUR", None)],
        "Brigitte Auinger-Wallner",
    ),
    ("de", "„Wir sind am Limit“, sagte Auinger-Wallner.", False, [], None),
    (
        "de",
        "Das Wissenschaftsministerium verwies auf das Budgetbegleitgesetz, das für 2031 eine Erhöhung um höchstens 6 Prozent vorsehe.",
        True,
        [("year", 2031, None, None), ("percent", 6, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Im Wintersemester 2028/29 sind an den öffentlichen Universitäten rund 268.000 ordentliche Studierende inskribiert.",
        True,
        [("year", 2028, None, None), ("year", 2029, None, None), ("count", 268000, None, "about")],
        None,
    ),
    ("de", "Die ÖH sprach von einer „Bildungspolitik nach Kassenlage“.", False, [], None),
    # --- College prices (AP), October ---
    (
        "en",
        "NEW YORK (AP) — Public four-year colleges now charge students from their own state an average of $12,390 a year in tuition and fees, up 3.4% from last fall, the College Board said Wednesday.",
        True,
        [("duration", 4, "year", None), ("money", 12390, "USD", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "At private nonprofit four-year schools, the sticker price climbed 4.1% to $45,870.",
        True,
        [("duration", 4, "year", None), ("percent", 4.1, "%", None), ("money", 45870, "USD", None)],
        None,
    ),
    (
        "en",
        "After adjusting for grant aid, the average full-time student at a public university paid about $3,050 in tuition, the report found.",
        True,
        [("money", 3050, "USD", "about")],
        None,
    ),
    (
        "en",
        "College Board vice president Monica Hargrove said net prices had fallen in real terms for six of the past ten years.",
        True,
        [("count", 6, None, None), ("duration", 10, "year", None)],
        "Monica Hargrove",
    ),
    ("en", '"Families should not rule out a college based on the sticker price," Hargrove said.', False, [], None),
    (
        "en",
        "Enrollment at community colleges grew 2.8% last fall, the third straight annual increase.",
        True,
        [("percent", 2.8, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "A bill in Congress would cap annual tuition increases at public colleges receiving federal aid at 3%.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    # --- Krippenplätze in Bayern (dpa/lby), November ---
    (
        "de",
        "München (dpa/lby) - In Bayern fehlen nach Berechnungen des Bayerischen Städtetags rund 61.000 Betreuungsplätze für Kinder unter drei Jahren.",
        True,
        [("count", 61000, None, "about"), ("duration", 3, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Betreuungsquote bei den unter Dreijährigen lag im März bei 31,8 Prozent, wie das Landesamt für Statistik mitteilte.",
        True,
        [("duration", 3, "year", "under"), ("percent", 31.8, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesweit waren es 37,2 Prozent, in Ostdeutschland sogar 55,9 Prozent.",
        True,
        [("percent", 37.2, "%", None), ("percent", 55.9, "%", None)],
        None,
    ),
    (
        "de",
        "Familienministerin Rosalie Unterhuber sagte, der Freistaat fördere in diesem Jahr 4.800 neue Krippenplätze mit insgesamt 210 Millionen Euro.",
        True,
        [("count", 4800, None, None), ("money", 210000000, "EUR", None)],
        "Rosalie Unterhuber",
    ),
    ("de", "„Wir bauen so schnell, wie es die Kommunen zulassen“, sagte Unterhuber.", False, [], None),
    (
        "de",
        "Seit 2013 haben Eltern in Deutschland einen Rechtsanspruch auf einen Betreuungsplatz ab dem ersten Geburtstag ihres Kindes.",
        True,
        [("year", 2013, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "In München kostet ein Ganztagsplatz in der Krippe bei privaten Trägern bis zu 1.150 Euro im Monat.",
        True,
        [("money", 1150, "EUR", "up_to")],
        None,
    ),
    ("de", "Viele Eltern fühlen sich von den Kommunen im Stich gelassen.", False, [], None),
    # --- Katholische Kitas (KNA), November ---
    (
        "de",
        "Bonn (KNA) - Die katholischen Kindertagesstätten in Deutschland haben im vergangenen Jahr rund 190 Gruppen wegen Personalmangels dauerhaft geschlossen.",
        True,
        [("count", 190, None, "about")],
        None,
    ),
    (
        "de",
        "Das teilte der Verband Katholischer Tageseinrichtungen für Kinder (KTK) am Donnerstag mit.",
        True,
        [],
        "der Verband Katholischer Tageseinrichtungen für Kinder",
    ),
    (
        "de",
        "Bundesweit betreuen rund 8.600 katholische Kitas etwa 541.000 Kinder, jede siebte Kita in Deutschland ist in katholischer Trägerschaft.",
        True,
        [("count", 8600, None, "about"), ("count", 541000, None, "about"), ("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verbands blieben zum Stichtag 1. März rund 3.400 Stellen für pädagogische Fachkräfte unbesetzt.",
        True,
        [("date", "--03-01", None, None), ("count", 3400, None, "about")],
        None,
    ),
    (
        "de",
        "Die Verbandsvorsitzende warnte vor einem „schleichenden Rückzug“ der Kirche aus der frühkindlichen Bildung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bistümer geben nach eigenen Angaben jährlich rund 730 Millionen Euro für ihre Kitas aus.",
        True,
        [("money", 730000000, "EUR", "about")],
        None,
    ),
    # --- College entrance exam in South Korea (Reuters), November ---
    (
        "en",
        "SEOUL, Nov 16 (Reuters) - About 498,000 South Korean students sat the country's gruelling college entrance exam on Thursday, as flights were rerouted and offices opened late to keep the test quiet.",
        True,
        [("date", "--11-16", None, None), ("count", 498000, None, "about")],
        None,
    ),
    (
        "en",
        "The number of test-takers rose for a third year in a row, reflecting a brief jump in births in 2010, the education ministry said.",
        True,
        [("ordinal", 3, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Aviation authorities suspended takeoffs and landings nationwide for 35 minutes during the English listening section.",
        True,
        [("duration", 35, "minute", None)],
        None,
    ),
    (
        "en",
        "Vice Education Minister Park Soo-hyun said 1,310 test centres had been set up, staffed by some 89,000 supervisors and officials.",
        True,
        [("count", 1310, None, None), ("count", 89000, None, "about")],
        "Park Soo-hyun",
    ),
    ("en", "\"This exam should not decide anyone's life,\" Park said.", False, [], None),
    (
        "en",
        "South Korea's school-age population has shrunk by nearly a third since 2000, and 42 schools closed for lack of pupils this year, according to ministry data.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("year", 2000, None, None), ("count", 42, None, None)],
        None,
    ),
    (
        "en",
        "Spending on private cram schools hit a record 29.2 trillion won last year.",
        True,
        [("money", 29200000000000, "KRW", None)],
        None,
    ),
    # --- Lehrpersonenmangel in Zürich (Keystone-SDA), November ---
    (
        "de",
        "Zürich (Keystone-SDA) - Im Kanton Zürich sind Mitte November noch 214 Vollzeitstellen für Lehrpersonen an der Volksschule unbesetzt.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Das ist rund ein Drittel weniger als vor einem Jahr, teilte die Bildungsdirektion am Dienstag mit.",
        True,
        [("fraction", 0.3333, None, "about")],
        "die Bildungsdirektion",
    ),
    (
        "de",
        "Bildungsdirektorin Silvia Rüegsegger sagte, 1'240 Personen ohne Lehrdiplom unterrichteten derzeit mit einer befristeten Bewilligung.",
        True,
        [("count", 1240, None, None)],
        "Silvia Rüegsegger",
    ),
    ("de", "«Über den Berg sind wir noch lange nicht», sagte Rüegsegger.", False, [], None),
    (
        "de",
        "Der Kantonsrat hatte im Frühjahr mit 112 zu 58 Stimmen beschlossen, die Klassengrösse in der Primarschule auf höchstens 24 Kinder zu begrenzen.",
        True,
        [("count", 112, None, None), ("count", 58, None, None), ("count", 24, None, "at_most")],
        None,
    ),
    (
        "de",
        "Zurzeit sitzen in einer Zürcher Primarklasse im Schnitt 20,7 Kinder.",
        True,
        [("count", 20.7, None, None)],
        None,
    ),
    (
        "de",
        "Der Zürcher Lehrerinnen- und Lehrerverband (ZLV) kritisierte, die Bildungsdirektion schiebe das Problem auf die Gemeinden ab.",
        False,
        [],
        None,
    ),
    # --- Teacher training recruitment in England (PA), November ---
    (
        "en",
        "LONDON (PA) - England recruited only 64% of the secondary school trainee teachers it needed this year, official figures show.",
        True,
        [("percent", 64, "%", None)],
        None,
    ),
    (
        "en",
        "In physics, only 31% of the required trainees were found, while in computing the figure was 42%.",
        True,
        [("percent", 31, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        "Primary recruitment reached 97% of its goal, up 5 percentage points on last year.",
        True,
        [("percent", 97, "%", None), ("percent", 5, "pp", None)],
        None,
    ),
    (
        "en",
        "In total 27,940 trainees started postgraduate teacher training courses in September, up from 26,110 a year earlier.",
        True,
        [("count", 27940, None, None), ("count", 26110, None, None)],
        None,
    ),
    (
        "en",
        "Schools Minister Oliver Dunmore said a £33,280 starting salary outside London had helped attract more graduates.",
        True,
        [("money", 33280, "GBP", None)],
        "Oliver Dunmore",
    ),
    ("en", '"Teaching is one of the most rewarding jobs there is," Dunmore said.', False, [], None),
    (
        "en",
        "The National Education Union said the figures showed the workforce crisis was far from over.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Education Policy Institute estimated that around 6,500 more secondary teachers would be needed by 2032 as pupil numbers peak.",
        True,
        [("count", 6500, None, "about"), ("year", 2032, None, None)],
        None,
    ),
    # --- Pisa-Studie, Deutschland (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Deutschlands 15-Jährige haben sich in der neuen Pisa-Studie in Mathematik leicht verbessert.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Sie erreichten im Schnitt 481 Punkte, 6 Punkte mehr als bei der vorigen Erhebung.",
        True,
        [("count", 481, None, None), ("count", 6, None, None)],
        None,
    ),
    ("de", "Der Durchschnitt der OECD-Staaten lag bei 474 Punkten.", True, [("count", 474, None, None)], None),
    (
        "de",
        "Im Lesen fielen die deutschen Schülerinnen und Schüler dagegen um 4 Punkte auf 476 Punkte zurück.",
        True,
        [("count", 4, None, None), ("count", 476, None, None)],
        None,
    ),
    (
        "de",
        "Unter den 38 OECD-Staaten landete Deutschland in Mathematik auf Platz 14.",
        True,
        [("count", 38, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Studienautoren erreichte gut ein Fünftel der Jugendlichen in Mathematik nicht einmal das Mindestniveau.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "KMK-Präsident Jörg Harmsen sagte, die Länder hätten seit 2025 rund 1,3 Milliarden Euro zusätzlich in Sprach- und Mathematikförderung gesteckt.",
        True,
        [("year", 2025, None, None), ("money", 1300000000, "EUR", "about")],
        "Jörg Harmsen",
    ),
    ("de", "„Die Trendwende ist geschafft, das Ziel aber noch weit entfernt“, sagte Harmsen.", False, [], None),
    (
        "de",
        "Bildungsforscherin Almut Reinhardsberger hält den Zuwachs für statistisch kaum belastbar.",
        False,
        [],
        None,
    ),
    # --- PISA worldwide (Reuters), December ---
    (
        "en",
        "PARIS, Dec 5 (Reuters) - Singapore's 15-year-olds again topped a global ranking of maths, reading and science skills, scoring 571 points in mathematics, the OECD said on Tuesday.",
        True,
        [("date", "--12-05", None, None), ("duration", 15, "year", None), ("count", 571, None, None)],
        None,
    ),
    (
        "en",
        "Across the 81 countries and economies taking part, the OECD average in maths was 473, up 2 points from the previous round.",
        True,
        [("count", 81, None, None), ("count", 473, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Japan came second and South Korea third, while the United States ranked 28th in maths, up from 34th.",
        True,
        [
            ("ordinal", 2, None, None),
            ("ordinal", 3, None, None),
            ("ordinal", 28, None, None),
            ("ordinal", 34, None, None),
        ],
        None,
    ),
    (
        "en",
        "Roughly one in four students across OECD countries failed to reach baseline proficiency in maths.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "OECD education director Matthieu Garnier-Lebrun said students who spent more than three hours a day on phones for leisure scored 19 points lower.",
        True,
        [("duration", 3, "hour", "over"), ("count", 19, None, None)],
        "Matthieu Garnier-Lebrun",
    ),
    ("en", '"The results show that decline is not destiny," Garnier-Lebrun told reporters.', False, [], None),
    (
        "en",
        "The tests were taken by about 690,000 students in 2027.",
        True,
        [("count", 690000, None, "about"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Some researchers questioned whether such league tables tell parents much about their own schools.",
        False,
        [],
        None,
    ),
    # --- Pisa-Studie, Österreich (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Österreich hat bei der Pisa-Studie in Mathematik mit 489 Punkten erneut über dem OECD-Schnitt abgeschnitten.",
        True,
        [("count", 489, None, None)],
        None,
    ),
    (
        "de",
        "Beim Lesen kamen die österreichischen Schülerinnen und Schüler auf 470 Punkte, 3 weniger als im OECD-Schnitt.",
        True,
        [("count", 470, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "In Naturwissenschaften rutschte Österreich von Rang 16 auf Rang 19 ab.",
        True,
        [("ordinal", 16, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    (
        "de",
        "Fast ein Viertel der Jugendlichen mit nichtdeutscher Umgangssprache erreichte beim Lesen nicht die Basiskompetenz.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "Bildungsminister Aschauer zeigte sich mit den Ergebnissen „sehr zufrieden“.", False, [], None),
    (
        "de",
        "Aschauer kündigte an, ab dem Schuljahr 2029/30 in allen Volksschulen eine zusätzliche Lesestunde pro Woche einzuführen.",
        True,
        [("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("de", "Die Opposition sprach von einem „Stillstand auf hohem Niveau“.", False, [], None),
    # --- HSC results in New South Wales (AAP), December ---
    (
        "en",
        "SYDNEY (AAP) - More than 74,000 students received their Higher School Certificate results on Thursday, and 18,730 of them earned a top Band 6.",
        True,
        [("count", 74000, None, "over"), ("count", 18730, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Band 6 results, which require a mark of 90 or more, were awarded 61,420 times across 128 courses.",
        True,
        [
            ("count", 6, None, None),
            ("count", 90, None, "at_least"),
            ("count", 61420, None, None),
            ("count", 128, None, None),
        ],
        None,
    ),
    (
        "en",
        "The NSW Education Standards Authority said 47 students had achieved the maximum ATAR of 99.95.",
        True,
        [("count", 47, None, None), ("count", 99.95, None, None)],
        None,
    ),
    (
        "en",
        "Education Minister Rhiannon Kells said a record 4,910 students from public schools in western Sydney had earned a Band 6.",
        True,
        [("count", 4910, None, None), ("count", 6, None, None)],
        "Rhiannon Kells",
    ),
    ("en", '"Today belongs to the students and the teachers who got them here," Kells said.', False, [], None),
    (
        "en",
        "Year 12 students will receive their ATARs on Friday, with university offers following from December 21.",
        True,
        [("date", "--12-21", None, None)],
        None,
    ),
    (
        "en",
        "Principals warned that the pressure of the exams was taking a growing toll on students' mental health.",
        False,
        [],
        None,
    ),
    # --- Childcare fees in Australia (AAP), January ---
    (
        "en",
        "CANBERRA (AAP) - Childcare fees across Australia rose by an average of 6.9 per cent in 2028, outpacing wages for a fourth consecutive year, a report by the Australian Competition and Consumer Commission has found.",
        True,
        [("percent", 6.9, "%", None), ("year", 2028, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The average daily fee for long day care reached A$148, and more than A$170 in parts of inner Sydney and Melbourne.",
        True,
        [("money", 148, "AUD", None), ("money", 170, "AUD", "over")],
        None,
    ),
    (
        "en",
        "Since January 1, every family has been entitled to at least three days of subsidised care each week, whatever their work hours.",
        True,
        [("date", "--01-01", None, None), ("duration", 3, "day", "at_least")],
        None,
    ),
    (
        "en",
        "Early Childhood Education Minister Daniel Okafor said the subsidy would cover up to 92 per cent of fees for families earning under A$88,000.",
        True,
        [("percent", 92, "%", "up_to"), ("money", 88000, "AUD", "under")],
        "Daniel Okafor",
    ),
    ("en", '"We want childcare to be as normal a part of growing up as school," Okafor said.', False, [], None),
    (
        "en",
        "The sector employs about 238,000 educators, with roughly 16,000 vacancies advertised in December.",
        True,
        [("count", 238000, None, "about"), ("count", 16000, None, "about")],
        None,
    ),
    (
        "en",
        "Providers said the 15 per cent wage subsidy for educators would expire in December 2030 unless it was renewed.",
        True,
        [("percent", 15, "%", None), ("year", 2030, None, None)],
        None,
    ),
    # --- Kinderbetreuung in Österreich (APA), Jänner ---
    (
        "de",
        "Wien (APA) - In Österreich hat im Kindergartenjahr 2027/28 erstmals mehr als die Hälfte der Zweijährigen eine Betreuungseinrichtung besucht.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("fraction", 0.5, None, "over"),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Betreuungsquote der Zweijährigen stieg laut Statistik Austria auf 52,6 Prozent, jene der unter Dreijährigen auf 35,1 Prozent.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 52.6, "%", None),
            ("duration", 3, "year", "under"),
            ("percent", 35.1, "%", None),
        ],
        "Statistik Austria",
    ),
    (
        "de",
        "Damit liegt Österreich weiterhin unter dem EU-Ziel von 45 Prozent für diese Altersgruppe.",
        True,
        [("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Nur 41 Prozent der Kindergärten haben mindestens 45 Wochen im Jahr geöffnet und sind damit mit einem Vollzeitjob vereinbar.",
        True,
        [("percent", 41, "%", None), ("duration", 45, "week", "at_least")],
        None,
    ),
    ("de", "Die Arbeiterkammer bezeichnete die Zahlen als „Armutszeugnis für ein reiches Land“.", False, [], None),
    (
        "de",
        "Familienministerin Verena Hochleitner sagte, der Bund stelle den Ländern bis 2030 jährlich 235 Millionen Euro für den Ausbau zur Verfügung.",
        True,
        [("year", 2030, None, None), ("money", 235000000, "EUR", None)],
        "Verena Hochleitner",
    ),
    (
        "de",
        "Bis 2030 sollen österreichweit 19.000 zusätzliche Plätze entstehen, davon 7.500 in Wien.",
        True,
        [("year", 2030, None, None), ("count", 19000, None, None), ("count", 7500, None, None)],
        None,
    ),
    # --- School closures in Seattle (AP), January ---
    (
        "en",
        "SEATTLE (AP) — Seattle Public Schools faces a $104 million budget shortfall next year and will close five elementary schools in June, the school board decided late Wednesday.",
        True,
        [("money", 104000000, "USD", None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The board voted 5-2 for the plan after a nine-hour meeting.",
        True,
        [("count", 5, None, None), ("count", 2, None, None), ("duration", 9, "hour", None)],
        None,
    ),
    (
        "en",
        "Enrollment in the district has fallen to about 47,600 students, down from nearly 54,000 in 2019.",
        True,
        [("count", 47600, None, "about"), ("count", 54000, None, "nearly"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Superintendent Denise Okonjo-Walters said about 1,900 students would move to new schools and no teacher would be laid off.",
        True,
        [("count", 1900, None, "about")],
        "Denise Okonjo-Walters",
    ),
    ("en", '"These are some of the hardest decisions a community can make," Okonjo-Walters said.', False, [], None),
    (
        "en",
        "The district estimates the closures will save about $9.5 million a year.",
        True,
        [("money", 9500000, "USD", "about")],
        None,
    ),
    ("en", 'Dozens of parents held signs reading "Save our schools" outside the meeting.', False, [], None),
    # --- Halbjahr in Sachsen (dpa/sn), Februar ---
    (
        "de",
        "Dresden (dpa/sn) - Zum Schulhalbjahr sind an Sachsens Schulen rund 1.050 Lehrerstellen neu besetzt worden.",
        True,
        [("count", 1050, None, "about")],
        None,
    ),
    (
        "de",
        "Davon gingen 610 an Oberschulen und Förderschulen, die besonders unter dem Mangel leiden.",
        True,
        [("count", 610, None, None)],
        None,
    ),
    (
        "de",
        "Kultusminister Falk Treuherz sagte, damit seien nun 97,4 Prozent des Unterrichts abgesichert.",
        True,
        [("percent", 97.4, "%", None)],
        "Falk Treuherz",
    ),
    ("de", "„Wir kommen Schritt für Schritt voran“, sagte Treuherz.", False, [], None),
    (
        "de",
        "Im ersten Halbjahr fielen nach Angaben des Kultusministeriums landesweit 4,8 Prozent der Unterrichtsstunden ersatzlos aus.",
        True,
        [("ordinal", 1, None, None), ("percent", 4.8, "%", None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Die GEW Sachsen kritisierte, an Oberschulen im ländlichen Raum sei es fast jede zehnte Stunde gewesen.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rund 22 Prozent der neu eingestellten Lehrkräfte sind Seiteneinsteiger ohne Lehramtsstudium.",
        True,
        [("percent", 22, "%", "about")],
        None,
    ),
    ("de", "Die Landeselternvertretung warf dem Ministerium vor, die Lage schönzureden.", False, [], None),
    # --- University finances in England (Reuters), March ---
    (
        "en",
        "LONDON, March 8 (Reuters) - Nearly half of England's universities will end the current academic year in the red, the higher education regulator said on Thursday, as a fall in international students eats into their income.",
        True,
        [("date", "--03-08", None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The Office for Students said 108 of the 231 institutions it monitors were forecasting a shortfall, up from 72 a year earlier.",
        True,
        [("count", 108, None, None), ("count", 231, None, None), ("count", 72, None, None)],
        None,
    ),
    (
        "en",
        "Student visa applications were down 11% in the year to January, Home Office data showed.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Tuition fees for domestic undergraduates in England rose to 10,120 pounds a year in September and are set to rise in line with inflation from 2030.",
        True,
        [("money", 10120, "GBP", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Universities UK chief executive Vivienne Castleton said about 12,000 jobs had been cut across the sector since 2024.",
        True,
        [("count", 12000, None, "about"), ("year", 2024, None, None)],
        "Vivienne Castleton",
    ),
    (
        "en",
        '"We cannot keep asking students and staff to carry the cost of a broken funding model," Castleton said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government said it was working closely with the regulator to protect students if a university fails.",
        False,
        [],
        None,
    ),
    (
        "en",
        "International students paid an average of 23,400 pounds a year in fees, making up about a fifth of the sector's income.",
        True,
        [("money", 23400, "GBP", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    # --- BAföG-Statistik (dpa), März ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der BAföG-Empfängerinnen und -Empfänger ist im vergangenen Jahr um 4,2 Prozent auf 671.000 gestiegen.",
        True,
        [("percent", 4.2, "%", None), ("count", 671000, None, None)],
        None,
    ),
    (
        "de",
        "Im Schnitt erhielten geförderte Studierende 641 Euro im Monat, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        True,
        [("money", 641, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Höchstsatz für Studierende, die nicht bei den Eltern wohnen, liegt seit dem Wintersemester 2026/27 bei 1.048 Euro.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("money", 1048, "EUR", None)],
        None,
    ),
    (
        "de",
        "Insgesamt erhielt damit nur etwa jeder siebte Studierende BAföG.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "de",
        "Bundesbildungsministerin Katharina Vellmer kündigte an, zum Wintersemester 2029/30 den Grundbedarf um 5 Prozent anzuheben.",
        True,
        [("year", 2029, None, None), ("year", 2030, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Das Deutsche Studierendenwerk bezeichnete die Erhöhung als „Tropfen auf den heißen Stein“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Studierendenvertreter forderten, die Wohnkostenpauschale auf mindestens 450 Euro anzuheben.",
        True,
        [("money", 450, "EUR", "at_least")],
        None,
    ),
    # --- Funded childcare in England (PA), April ---
    (
        "en",
        "LONDON (PA) - Nearly one in five nurseries in England has turned families away in the past year because it could not recruit enough staff, a survey has found.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "The Early Years Alliance polled 1,640 providers for the report, published on Monday.",
        True,
        [("count", 1640, None, None)],
        None,
    ),
    (
        "en",
        "Since September, working parents of children aged from nine months to four years have been able to claim 34 hours of funded childcare a week during term time.",
        True,
        [("duration", 9, "month", None), ("duration", 4, "year", None), ("duration", 34, "hour", None)],
        None,
    ),
    (
        "en",
        "The government pays providers an average of £6.92 an hour for two-year-olds, which the alliance says falls about £1.40 short of the real cost.",
        True,
        [("money", 6.92, "GBP", None), ("duration", 2, "year", None), ("money", 1.4, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Children's Minister Rebecca Strand said 86,000 additional places had been created since 2024.",
        True,
        [("count", 86000, None, None), ("year", 2024, None, None)],
        "Rebecca Strand",
    ),
    ("en", '"Parents are already feeling the difference in their pockets," Strand said.', False, [], None),
    (
        "en",
        'Alliance chief executive Martin Ebbrell said the scheme was "a promise the sector cannot keep on this funding".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ebbrell said 9% of providers in the survey expected to close within the next 12 months.",
        True,
        [("percent", 9, "%", None), ("duration", 12, "month", None)],
        "Ebbrell",
    ),
    # --- Betreuungszulage im Nationalrat (Keystone-SDA), April ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat eine Betreuungszulage für Eltern mit familienergänzend betreuten Kindern mit 121 zu 70 Stimmen bei 4 Enthaltungen gutgeheissen.",
        True,
        [("count", 121, None, None), ("count", 70, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Zulage soll mindestens 120 Franken pro Monat und Kind betragen.",
        True,
        [("money", 120, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "Ein Krippenplatz kostet in der Schweiz ohne Subventionen heute zwischen 110 und 150 Franken pro Tag.",
        True,
        [("money", 110, "CHF", None), ("money", 150, "CHF", None)],
        None,
    ),
    (
        "de",
        "Laut einer Studie des Bundes geben Familien im Schnitt rund ein Fünftel ihres Einkommens für die Kinderbetreuung aus.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "SP-Nationalrätin Corinne Baechler sagte, in keinem anderen OECD-Land sei die Betreuung für Eltern so teuer.",
        True,
        [],
        "Corinne Baechler",
    ),
    ("de", "«Die Wirtschaft braucht jede Fachkraft», sagte Baechler.", False, [], None),
    (
        "de",
        "Die Finanzierung soll über die Arbeitgeber und die Kantone laufen, die Kosten schätzt der Bundesrat auf rund 640 Millionen Franken pro Jahr.",
        True,
        [("money", 640000000, "CHF", "about")],
        None,
    ),
    ("de", "Die SVP sprach von einem «Einstieg in die Verstaatlichung der Familie».", False, [], None),
    # --- School funding in Texas (AP), May ---
    (
        "en",
        "AUSTIN, Texas (AP) — Texas lawmakers on Tuesday approved an $8.9 billion school funding package that gives teachers with at least five years of experience a raise of $4,000.",
        True,
        [("money", 8900000000, "USD", None), ("duration", 5, "year", "at_least"), ("money", 4000, "USD", None)],
        None,
    ),
    (
        "en",
        "Teachers with 10 years or more in the classroom would get $8,500.",
        True,
        [("duration", 10, "year", "at_least"), ("money", 8500, "USD", None)],
        None,
    ),
    (
        "en",
        "The Senate passed the bill 29-2 after the House approved it 131-14 last week.",
        True,
        [("count", 29, None, None), ("count", 2, None, None), ("count", 131, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The package also raises the basic allotment per student by $75 to $6,235, the first increase since 2019.",
        True,
        [
            ("money", 75, "USD", None),
            ("money", 6235, "USD", None),
            ("ordinal", 1, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "State Sen. Carla Benavides said districts would have to spend at least 60% of the new money on staff pay.",
        True,
        [("percent", 60, "%", "at_least")],
        "Carla Benavides",
    ),
    ("en", '"This is a down payment, not a finish line," Benavides said.', False, [], None),
    ("en", "Texas State Teachers Association president Leon Whitlock called the raises long overdue.", False, [], None),
    (
        "en",
        "Whitlock said more than 12,000 Texas teachers left the profession in the 2027-28 school year.",
        True,
        [("count", 12000, None, "over"), ("year", 2027, None, None), ("year", 2028, None, None)],
        "Whitlock",
    ),
    # --- Lehrkräftebedarf bis 2040 (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Bis 2040 fehlen an Deutschlands Schulen nach einer neuen Prognose der Kultusministerkonferenz rund 48.000 Lehrkräfte.",
        True,
        [("year", 2040, None, None), ("count", 48000, None, "about")],
        None,
    ),
    (
        "de",
        "Besonders groß sei der Mangel in den ostdeutschen Ländern und an beruflichen Schulen, heißt es in dem Papier.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Schülerinnen und Schüler an allgemeinbildenden Schulen steigt demnach bis 2033 auf rund 11,6 Millionen.",
        True,
        [("year", 2033, None, None), ("count", 11600000, None, "about")],
        None,
    ),
    (
        "de",
        "Bildungsforscher Klaus Meisenbach sagte, die Prognosen der KMK hätten den Bedarf in der Vergangenheit regelmäßig um ein Drittel unterschätzt.",
        True,
        [("fraction", 0.3333, None, None)],
        "Klaus Meisenbach",
    ),
    ("de", "„Die Politik plant seit Jahrzehnten auf Sicht“, sagte Meisenbach.", False, [], None),
    (
        "de",
        "Die GEW forderte, die Zahl der Studienplätze für das Lehramt bundesweit um 10.000 zu erhöhen.",
        True,
        [("count", 10000, None, None)],
        None,
    ),
    ("de", "Ob die Länder das Geld dafür aufbringen, ist offen.", False, [], None),
    # --- Gaokao (Reuters), June ---
    (
        "en",
        "BEIJING, June 7 (Reuters) - A record 14.1 million students began China's national college entrance exam on Thursday, the education ministry said, as graduates face a tough job market.",
        True,
        [("date", "--06-07", None, None), ("count", 14100000, None, None)],
        None,
    ),
    ("en", "That is about 690,000 more than last year.", True, [("count", 690000, None, "about")], None),
    (
        "en",
        "The gaokao, held over two to four days depending on the province, is the main route into China's roughly 3,100 universities and colleges.",
        True,
        [("duration", 2, "day", None), ("duration", 4, "day", None), ("count", 3100, None, "about")],
        None,
    ),
    (
        "en",
        "Authorities deployed AI-powered cameras in exam halls and cut mobile signals near test sites to stop cheating.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Unemployment among 16- to 24-year-olds not in education stood at 16.8% in April, official data showed.",
        True,
        [("duration", 16, "year", None), ("duration", 24, "year", None), ("percent", 16.8, "%", None)],
        None,
    ),
    (
        "en",
        "\"My son has studied for this since he was small,\" said a mother waiting outside a school in Beijing's Haidian district.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Results are due from June 23, and universities will begin admitting students in early July.",
        True,
        [("date", "--06-23", None, None)],
        None,
    ),
    # --- Abitur in Baden-Württemberg (dpa/lsw), Juni ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Baden-Württembergs Abiturientinnen und Abiturienten kommen in diesem Jahr auf einen Notendurchschnitt von 2,17.",
        True,
        [("count", 2.17, None, None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatte der Schnitt an den allgemeinbildenden Gymnasien bei 2,20 gelegen.",
        True,
        [("count", 2.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Bestnote 1,0 erhielten 1.864 Prüflinge, das sind 2,9 Prozent.",
        True,
        [("count", 1.0, None, None), ("count", 1864, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Durchgefallen sind 1,6 Prozent der rund 31.200 Schülerinnen und Schüler, die zur Prüfung angetreten waren.",
        True,
        [("percent", 1.6, "%", None), ("count", 31200, None, "about")],
        None,
    ),
    (
        "de",
        "Kultusministerin Katrin Wössner sagte, der Anteil der Abiturzeugnisse mit der Bestnote habe sich seit 2014 fast verdoppelt.",
        True,
        [("year", 2014, None, None)],
        "Katrin Wössner",
    ),
    ("de", "„Gute Noten sind kein Makel“, sagte Wössner.", False, [], None),
    ("de", "Der Philologenverband sieht in den Zahlen dennoch eine schleichende Noteninflation.", False, [], None),
    # --- Teachers' pay award in England (PA), July ---
    (
        "en",
        "LONDON (PA) - Teachers in England will get a 4.2% pay rise from September after the Government accepted in full what its independent pay review body had recommended.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Schools will have to find about a quarter of the cost from existing budgets, the Department for Education said.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Education Secretary Bridget Fairclough said the award would take the starting salary outside London to £34,690.",
        True,
        [("money", 34690, "GBP", None)],
        "Bridget Fairclough",
    ),
    ("en", '"Teachers are the heart of our plan to raise standards," Fairclough said.', False, [], None),
    (
        "en",
        "The National Education Union said its own analysis showed the average school would face a shortfall of £46,000 next year.",
        True,
        [("money", 46000, "GBP", None)],
        None,
    ),
    (
        "en",
        "NEU general secretary Joanne Rudd said members would be balloted on strike action if the rise was not fully funded.",
        True,
        [],
        "Joanne Rudd",
    ),
    (
        "en",
        'Rudd said it was "an insult" to ask schools to pay for the award out of already stretched budgets.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Institute for Fiscal Studies estimates real-terms spending per pupil in England is 3% higher than in 2010.",
        True,
        [("percent", 3, "%", None), ("year", 2010, None, None)],
        None,
    ),
]
