"""Two-hundred-and-fifty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Annegret
Wiechmann, Hauke Brunckhorst, Clemens Aufreiter, Franziska Leuenberger-Moor, Miriam
Tasdelen-Kroll, Dörte Lindqvist, Kai-Uwe Sendler, Sonja Brettschneider, Edith Pruckner-Salm,
Gudrun Aichberger-Rohr, Henrike Altenbeck, Katrin Sommerfeldt-Auer, Silvia Baumberger-Reist,
Beate Hünninghaus-Kleff, Lukas Ferstl-Mandl, Frank Ostermeier-Lang, Reto Lüthy-Brenner, the
private Donau-Akademie für Wirtschaft in Krems; Priya Kalsi, Daniel Hurrell, Wendell Pruitt,
Tamara Oyelaran, Declan Moorcroft, Lorna McCreadie, Harriet Vance, Ingrid Sørlie-Haug,
Morven Aitchison, Ross Dunmore, Kerry Boyle, Clarence Redd, Niamh Garrity, Tobias Wrenfield,
Anne-Laure Vasseur, Gloria Betancourt, Marcus Threlkeld, Julian Haverstock, Yoon Seo-hyun,
Gordon Whitlaw, Helen Abara-Quist, the private provider Brookfield College London; every
unnamed mother, teacher, head teacher, vice-chancellor, trustee, analyst, mayor, MP, rector
and spokesperson); ministers, secretaries, senators, governors, superintendents, union
leaders and the heads of real bodies appear under made-up names that stand for no real
holder ("Kultusministerin Annegret Wiechmann (Grüne)", "Bildungsminister Clemens Aufreiter
(ÖVP)", "KMK-Präsidentin Dörte Lindqvist", "Uniko-Präsidentin Edith Pruckner-Salm",
"Bundesbildungsministerin Katrin Sommerfeldt-Auer (CDU)", "Schulministerin Beate
Hünninghaus-Kleff (CDU)", "Education Secretary Priya Kalsi", "Gov. Wendell Pruitt",
"Education Minister Declan Moorcroft", "OECD education director Ingrid Sørlie-Haug",
"Education Secretary Morven Aitchison", "Education Secretary Clarence Redd", "Education
Minister Anne-Laure Vasseur", "Universities minister Julian Haverstock", "Education Minister
Yoon Seo-hyun", "Education Minister Gordon Whitlaw") or by their role only ("der Rektor der
Universität Bern", "ein Grünen-Abgeordneter", "one higher education analyst"). Real states,
bodies, schemes and places (Niedersachsen, GEW, CDU, Grüne, SPD, Union, Bildungsministerium,
ÖVP, Neos, FPÖ, Pflichtschulen, Mittelschulen, Deutschförderklassen, Kanton Bern, Bildungs-
und Kulturdirektion, Pädagogische Hochschule, Berufsverband Bildung Bern, Grosser Rat,
Senatsverwaltung für Bildung, Landeselternausschuss, Pankow, OECD, „Bildung auf einen
Blick“, KMK, Kultusministerkonferenz, Wissenschaftsministerium, Landtag, Baden-Württemberg,
Universitätenkonferenz (Uniko), Hochschülerinnen- und Hochschülerschaft (ÖH), Statistik
Austria, IQB-Bildungstrend, Institut zur Qualitätsentwicklung im Bildungswesen, Verband
Bildung und Erziehung (VBE), Pisa, Bundesamt für Statistik (BFS), Basel-Stadt, Glarus,
Kanton Zürich, Langgymnasium, Gewerbeverband, LCH, Universität Bern, Schulministerium,
Landeselternschaft der Gymnasien, Bildungsdirektion, Favoriten, Bertelsmann Stiftung,
Startchancen-Programm, Städtetag, Statistisches Landesamt, Sächsischer Lehrerverband,
Lausitz, Erzgebirge, Freiwillige Schulsynode, SP; the Department for Education, the National
Education Union, the Association of School and College Leaders, the National Foundation for
Educational Research, the Ohio Education Association, Universities Australia, the Australian
Bureau of Statistics, the Coalition, the Scottish Attainment Challenge, the Educational
Institute of Scotland, the Scottish Conservatives, the College Board, the Education
Department, the National Council for Special Education, London Councils, the National
Association of Head Teachers, Lambeth, SNUipp-FSU, FCPE, France Inter, PISA, the Tucson
Education Association, the Office for Students, the University and College Union,
Universities UK, Statistics Korea, Ontario's Ministry of Education, the Elementary Teachers'
Federation of Ontario, Johns Hopkins University, and the datelines' cities) stand for the
way wire copy names them; every vacancy, place, pupil, score, share, fee, budget, deficit,
vote, date, age and quote here is invented, and where a real figure came to mind (a real cap
on overseas students, a real OECD spending or attainment figure, a real tuition fee, a real
tutoring total, a real PISA score, a real provincial education budget, a real Matura rate)
it was changed (the years of laws and reforms kept).

Its weight: OPINION VERSUS CLAIM, twentieth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth,
two-hundred-and-forty-first and two-hundred-and-forty-fifth batches were the first nineteen,
and their decisions are kept; the two-hundred-and-forty-fifth and the
two-hundred-and-eighth, the round with school test results, were read closely, and the
school, exam and university figures follow the seventy-second and hundred-fifty-sixth, the
education batches), this time in education and schools copy - school places and falling
rolls, teacher shortages and teachers without a diploma, lessons lost, exam pass rates and
the attainment gap, PISA-style and national reading studies, OECD comparisons, university
fees, budgets and deficits, caps on overseas students, tutoring costs, absenteeism, a
teachers' strike and school reforms (ability groups, special classes, all-day schooling, the
return to nine years of Gymnasium) - over four ordinary wire days, Monday to Thursday,
September 14 to 17, of one year, as 28 short stories in story order, the German and English
stories interleaved by day, each with a dateline lead, the figures, attributed claims, the
other side, quotes and reactions. About 100 rows are negatives that look like claims -
ministers' creeds, vows and rhetoric („Die Schule gehört ins Dorf ...“, "College should be a
ladder, not a trap"), vows with a figure made aloud at a rally, results read as proof,
labels from unions, parties, parents' and students' bodies („Offenbarungseid“,
„Schulplatz-Lotterie“, „Abschottung mit Preisschild“, "a slow-motion car crash", "creative
accounting"), a label with an ordinal („zweiten Pisa-Schock“), trade-off comparisons („Für
das Geld ... könnten wir 40 Schulen sanieren“), a received reputation with „gilt als“,
accusations that name no act, complaints, warnings that name no measure, wishes, hopes,
fears, doubts, beliefs, arguments, evasions, open questions, an appeal, blame, scene colour
from a rally and vox pops with their ages and figures, among them teachers' accounts of
their own classes - each beside a check-worthy look-alike around a verifiable core: the same
speaker's figure in the next row, a credit claim whose figure stands in the main clause, a
pledge written into a coalition agreement, an institution's advertised figure, a demand
naming a measure, a legal status counted by an authority, a survey's share, a study's result
and stated cause, a scheduled publication or reading. Half German (dpa with its slugs
"dpa/lni", "dpa/bb", "dpa/lhe", "dpa/lnw", "dpa/sn", APA, Keystone-SDA; Austrian
"Taferlklassler", "heuer", "inskribiert", "außerordentliche Schülerinnen und Schüler",
"Bildungsstadtrat", Swiss "Lehrpersonen", "Grosser Rat", "abschliessen", "liess", "innert",
"1'420", «» quotes, German „“ quotes) and half English (Reuters, AP, PA, AAP; British
"apologise", "programmes", "sixth forms", American "program", "labor", Irish "TDs", "Co
Meath").

242 rows (123 German, 119 English), 102 negatives (51 German, 51 English), 140 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 290 expected quantities (85 counts,
51 years, 48 percentages - 45 in %, 3 in percentage points "pp" -, 38 amounts of money - 13
USD, 8 EUR, 6 GBP, 4 CAD, 3 KRW, 2 CHF, 2 AUD -, 32 durations - 21 in years, 3 in weeks, 3
in months, 2 in hours, 2 in days, 1 in minutes -, 15 ordinals, 12 fractions, 9 dates; 28 of
them in 19 negatives, as the seventeenth batch labels a figure in a negative), 44 checked
speakers (24 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, resolve, feeling, wish, hope, fear, doubt, belief or piece
  of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-first, hundred-fifty-sixth,
  two-hundred-and-fourth, two-hundred-and-eighth, two-hundred-and-forty-fifth); a quoted or
  reported statement of fact, figure, step, plan, demand or position is check-worthy with
  its speaker, also in Konjunktiv I and in direct speech (hundred-eightieth,
  two-hundred-and-forty-fifth: „Wir haben in diesem Schuljahr 1.350 Lehrkräfte neu
  eingestellt, ...“, sagte Ostermeier-Lang. -> "Ostermeier-Lang"; "We have hired 2,400 more
  teachers since 2023 ...," Whitlaw said. -> "Whitlaw"). Pairs from one speaker: Wiechmann's
  260 posts beside her „Wir tun alles ...“; Kalsi's 1,900 trainees beside "turning the
  tide"; Aufreiter's 86 posts and his 1,900 career changers beside „bald Geschichte“;
  Pruitt's 38,000 teachers and $86 million beside his proof and his rally vow;
  Leuenberger-Moor's two-thirds beside «Lieber eine motivierte Studentin ...»; Moorcroft's
  305,000 beside "great assets"; Tasdelen-Kroll's 41 schools beside her „Versprechen“;
  Sørlie-Haug's 14 of 30 countries beside "paying for it for decades"; Lindqvist's 38
  percent beside „Die Zahlen zeigen ...“; Aitchison's £1.35 billion beside "the defining
  mission"; Brettschneider's 24 million euros beside „Ausbildung von Weltklasse“; Redd's 1.1
  million borrowers and $150 million beside "a ladder, not a trap" and "nothing else we do
  matters"; Pruckner-Salm's 1,200 posts beside „Wer bei der Bildung spart ...“;
  Aichberger-Rohr's 41 percent beside „völlig illusorisch“; Garrity's record low beside "I
  won't rest"; Altenbeck's third beside „eine ganze Generation“; Sommerfeldt-Auer's 3.5
  billion euros beside her „zweiten Pisa-Schock“, „kein Luxus“ and her rally vow;
  Wrenfield's £310 million beside "Empty desks"; Baumberger-Reist's 20 percent beside
  «Königsweg»; Vasseur's 210 million euros and 2,300 posts beside "I will not back down";
  Hünninghaus-Kleff's 0.4 points beside „noch lange nicht zufrieden“; Betancourt's $58
  million beside "Our students belong in classrooms"; Threlkeld's $47,200 beside his fighter
  jet; Ferstl-Mandl's 150 language staff beside „der Schlüssel zu allem“; Haverstock's
  14,200 pounds beside "world-class"; Yoon's 6,100 schools beside "mortgage the family
  home"; Ostermeier-Lang's 15 children and 1,350 teachers beside „ins Dorf wie die Kirche“;
  Whitlaw's C$31.6 billion and 2,400 teachers beside "students first, full stop";
  Lüthy-Brenner's 9.6 million francs beside «an ihre Grenzen gekommen».
- New: credit claims. A row that gives a policy the credit for a figure and states the
  figure in its main clause is check-worthy with its figure and speaker - „Dank des
  Quereinsteiger-Programms unterrichten heuer rund 1.900 Lehrkräfte aus anderen Berufen an
  Österreichs Schulen, sagte Aufreiter.“ (1,900 "about" -> "Aufreiter") and "Applications
  from career changers rose by 14% in the spring thanks to the 6.5% pay award, the
  Department for Education said." (14% and 6.5% -> "the Department for Education") - the
  figure is asserted and can be looked up, the credit is a frame around it, as a label
  paired with a checkable act keeps its row (hundred-forty-first, two-hundred-and-eighth); a
  result read as proof stays a negative, the reading being the point of the row („Die Zahlen
  zeigen, dass die Länder auf dem richtigen Weg sind“, "saying the results proved that "the
  science of reading is working ...""; two-hundred-and-eighth).
- New: pledges on record and vows aloud. A pledge written into a coalition agreement is
  check-worthy with its figure („Im Koalitionsvertrag haben Union und SPD zugesagt, die
  Mittel des Bundes für das Startchancen-Programm auf 2 Milliarden Euro im Jahr zu
  verdoppeln.“ 2,000,000,000 EUR; „verdoppeln“ a verb carries none, „im Jahr“ none) - a
  document's terms are on record, as a plan on record (two-hundred-and-twenty-ninth,
  two-hundred-and-forty-fifth) and an announced target (two-hundred-and-twenty-second) -
  while a promise made aloud at a rally is a vow and a negative with its figures labelled
  („Auf einer Kundgebung in Leipzig versprach Sommerfeldt-Auer: „Bis 2030 ...““ 2030; ""By
  2030, no child in Ohio will leave third grade unable to read, ...," Pruitt told a rally in
  Dayton." 2030 and ordinal 3; hundred-eighty-first and two-hundred-and-forty-fifth: vows
  and reassurances with a figure). A shadow minister's stated plan stays check-worthy ("said
  a Coalition government would cut the cap to 240,000"; two-hundred-and-forty-fifth: a
  position).
- New: advertised figures. An institution's figure in its own advertising is check-worthy -
  „Die private Donau-Akademie für Wirtschaft in Krems wirbt damit, dass 94 Prozent ihrer
  Absolventen binnen sechs Monaten eine Stelle finden.“ (94% and 6 months) and "One private
  provider, Brookfield College London, advertises that 92% of its graduates are in skilled
  jobs within 15 months." (92% and 15 months) - a claim made in public that a reader can
  check, as a politician's contested figure (hundred-fourth, two-hundred-and-forty-fifth);
  the speaker is left None, "wirbt damit" and "advertises" being no verbs of saying any
  batch settled.
- New: wishes. „Die Elternvertreter wünschen sich, dass ...“, „Der Lehrerverband LCH wünscht
  sich, dass ...“ and "Parents' groups said they would like to see ..." report a wish and
  are negatives, as hopes are (hundred-seventy-fifth, two-hundred-and-forty-fourth: "said
  they were worried" a fear; the saying verb does not make a wish a claim); a demand naming
  a measure stays check-worthy (hundred-fifty-sixth, two-hundred-and-forty-fourth: the
  Berufsverband's „Er verlangt, dass Personen ohne Diplom spätestens nach drei Jahren eine
  Ausbildung abschliessen müssen.“ 3 years "at_most", the ÖVP's „Deutschpflicht in den
  Pausen“ without a figure, the Uniko's 18.4 billion euros, the Tucson union's 9% over two
  years).
- New: trade-off comparisons. „Für das Geld, das eine einzige Autobahnbrücke kostet, könnten
  wir 40 Schulen sanieren“ (40 labelled) and "For the price of a single fighter jet, this
  state could hire 1,000 teachers" (1,000 labelled) are rhetoric and negatives - a price set
  against another for effect, as a fee set against a pint or a breakfast roll
  (two-hundred-and-eighth) and a counterfactual boast (two-hundred-and-twenty-ninth); „eine
  einzige“ and "a single" carry none (hundred-fifty-sixth: „kein einziges“).
- New: a label with an ordinal. „Bundesbildungsministerin Katrin Sommerfeldt-Auer (CDU)
  sprach vom „zweiten Pisa-Schock für die Grundschulen“.“ is a negative with ordinal 2
  labelled - a label („sprach von“, two-hundred-and-eighth, two-hundred-and-forty-fifth)
  whose figure is labelled as the seventeenth batch labels a figure in a negative
  (two-hundred-and-eighth: "a first step" ordinal 1); "Pisa" and "PISA" carry none.
- New: a legal status counted by an authority is no reputation. „Nach Zahlen der
  Bildungsdirektion gelten in Wien zu Schulbeginn 43 Prozent der Taferlklassler als
  außerordentliche Schülerinnen und Schüler.“ is check-worthy with 43% - "außerordentlich"
  is a status the school law assigns and the authority counts, as a published category
  (two-hundred-and-eighth) - while a received reputation with „gilt als“ stays a negative
  („Das Langgymnasium gilt vielen Zürcher Eltern als Eintrittskarte in eine akademische
  Laufbahn.“; two-hundred-and-eighth).
- New: a teacher's account of her own class in a vox pop is a negative with its figures
  labelled - „Eine Lehrerin aus Favoriten, 34, sagte, in ihrer ersten Klasse sprächen 21 von
  24 Kindern zu Hause kein Deutsch.“ (34 years, ordinal 1, 21 and 24) and "Kerry Boyle, 41,
  who teaches a Primary 6 class in Dundee, said nine of her 29 pupils had an additional
  support need." (41 years, 9 and 29; "Primary 6" names a stage and carries none,
  two-hundred-and-eighth: "Year 9") - an anecdote of one class that no desk can check, as
  the vox pops' waits, sums and ages (hundred-twenty-fourth, two-hundred-and-forty-fifth:
  Margaret Ellery's 14 months), also the Pankow mother's 50 minutes, the Co Meath mother's
  14 months and the Gangnam mother's 2.4 million won a month ("a mother of two" 2;
  two-hundred-and-eighth); a survey of teachers stays check-worthy (the NFER's 44%, the
  Schulsynode's 71 percent; two-hundred-and-forty-fifth: a poll's share).
- Check-worthy without a figure (hundred-fifty-sixth, two-hundred-and-eighth,
  two-hundred-and-forty-fifth): the report's finding on German spending and degrees, the
  source line of the draft („Das sieht ein Gesetzentwurf ... vor, den das Kabinett am
  Dienstag beschlossen hat.“), the ranking of Länder in the study („Am stärksten schnitten
  Kinder in Sachsen und Bayern ab, ...“; seventy-second), the source line of the statistics
  („Das geht aus der Statistik zum Unterrichtsausfall hervor, ...“), the ÖVP's demand and
  the French decree published with its start date ("in March", "next September" none).
- Forecasts, estimates and targets with a figure from a body or a named person are
  check-worthy (seventh, hundred-eightieth, two-hundred-and-forty-fifth): the Berlin
  administration's 19,000 places by 2030, the NRW ministry's 2,100 teachers, the
  Statistisches Landesamt's 17 percent by 2035, Brettschneider's 24 million euros,
  Pruckner-Salm's warning of up to 1,200 posts (a warning with a figure,
  two-hundred-and-eighth), Wrenfield's £310 million, the estimates of Universities
  Australia, the NAHT and Universities UK, the KMK's target of 2023
  (two-hundred-and-twenty-second: a target set on record). A study's stated cause with a
  figure is check-worthy (Altenbeck's „zu gut einem Drittel“; two-hundred-and-forty-fourth:
  the ornithologists' stated cause).
- Negatives besides those above (ninety-eighth, hundred-fifty-sixth, two-hundred-and-fourth,
  two-hundred-and-eighth, two-hundred-and-forty-fourth, two-hundred-and-forty-fifth): labels
  („sprach von“ - the GEW twice, the Landeselternausschuss, the SPD-Opposition, the FPÖ, the
  Sächsischer Lehrerverband -, „nannte“ and „nannten“ - the Berufsverband, the
  Studierendenvertretungen, the Gewerbeverband, the Behindertenorganisationen with 20 years
  labelled -, „bezeichnete ... als“, "called" - Hurrell, McCreadie, Republican leaders,
  SNUipp-FSU with its age 11 labelled, the UCU, teachers' groups, the Ontario union -, a
  union's welcome with a quoted verdict); accusations that name no act („warf dem Senat vor,
  den Bedarf jahrelang unterschätzt zu haben“, "accused the department of "warehousing"
  children"; two-hundred-and-forty-fifth); complaints („Der Städtetag beklagte, ...“,
  "Vice-chancellors say they have been left ...", "Head teachers say the closures are
  ripping the heart out ..."; two-hundred-and-eighth: "complain"); a reported verdict with a
  named source („sei ... „völlig illusorisch“, fügte sie hinzu“; two-hundred-and-fourth);
  verdicts with „halten ... für“ (Sendler, the Landeselternschaft); „sieht die Ursache“ (the
  VBE; two-hundred-and-eighth); a warning naming no measure (the ÖH); fears, doubts, hopes
  and beliefs („befürchtet“, „fürchten“, „bezweifeln“, „hoffen“, "privately fear", "fear",
  "said it feared", "said they feared" with five schools labelled, "said they doubted", and
  a belief - "Some parents said they no longer regard daily attendance as essential ..." -);
  arguments ("Critics argue ..." with 2024 labelled, "Some economists argue ...");
  "Personally, I think ..." with half and five years labelled (two-hundred-and-eighth);
  evasions ("has so far refused to say", "Ministers have not said whether ...", „liess der
  Rektor ... offen“); open questions („Ob die 500 zusätzlichen Studienplätze ... bis 2030
  ...“ with 500 and 2030 labelled, „Ob der Grosse Rat die geforderten 12 Millionen Franken
  ...“ with the sum labelled, „Ob das reicht, ...“, „Ob die Deutschförderklassen ...“, "It
  is far from clear whether ...", "Whether ministers can still close the gap by 2030 ... is
  increasingly doubtful" with 2030 labelled, "It was unclear how long ..."); an appeal
  naming no measure ("urged trustees to "find another way""; two-hundred-and-fourth); blame
  with a quoted label and no figure ("Teachers' unions blamed the absences on "..."" - the
  hundred-fifty-sixth's blame was check-worthy for its figure); a feeling („fühlen sich ...
  alleingelassen“); and scene colour ("Hundreds of teachers in blue T-shirts rallied ...",
  "Hundreds" none).
- Test scores, grades and stages (seventy-second, hundred-fifty-sixth,
  two-hundred-and-eighth): scale scores and their moves are counts („im Schnitt 471 Punkte,
  8 Punkte weniger als 2021“, "469 points ..., 17 points below their 2018 result" - "below"
  after the figure compares; „60 ECTS-Punkte“ 60); grade levels are ordinals
  („Viertklässlern“ 4, „Siebtklässler“ 7, „Erstklässler“ 1, "third graders" 3, "eighth
  graders" 8, "in first grade" 1, "in eighth grade" 8, "third grade" 3 in a negative, „in
  ihrer ersten Klasse“ 1 in a negative); stages and qualifications named by a numeral or a
  noun carry none („Sekundarstufe II“ - a Roman numeral naming a stage, as "Year 9" -,
  "Primary 6", "Higher", "A-level", "A to C"). School and academic years give both years
  („zum Schuljahr 2026/27“, „im Doppelhaushalt 2026/27“, „vom Wintersemester 2027/28 an“,
  „im Wintersemester 2025/26“, „ab dem Schuljahr 2026/27“ and „2027/28“, "for the 2026-27
  school year", "in the 2021-22 school year"). None: „im vergangenen Schuljahr“, „im
  zurückliegenden Schuljahr“, „im neuen Schuljahr“, „in diesem Schuljahr“, „zum
  Schuljahresbeginn“, „zu Schulbeginn“, "this academic year", "last school year", "the new
  term", "this school year", „pro Semester“ (hundred-fifty-sixth).
- Ranks and places (seventy-second, two-hundred-and-eighth): „auf Platz 31 der 38
  OECD-Staaten“ ordinal 31 and count 38; „im ersten Jahr“, „Die erste Lesung“ and "for the
  first time in the district's history" ordinal 1 (two-hundred-and-fourth: „in erster
  Lesung“ and „im ersten Jahr“ 1). "the lowest at this point in the school year since
  records began in 2019" the year only (a record without a figure,
  two-hundred-and-forty-fourth); "the most in six years" 6 years; "a record" no hedge; "the
  country's largest", "Tucson's largest", "the worst attendance", "the lowest groups", „Am
  stärksten“, „am tiefsten“, „Am höchsten“, „so viele wie noch nie“ none.
- Durations and ages (the issue: "fünfstündigen Treffen", "dreitägige Reise"; every batch):
  „Gut vier Wochen nach Beginn“ 4 weeks "over" („gut“ "over", hundred-fifty-sixth) and
  „Sechs Wochen nach dem Start“ 6 weeks (hundred-fifty-sixth: „Drei Monate nach“); "two
  weeks into the new term" 2 weeks (a span since the start, as „Drei Monate nach“);
  „anderthalb Jahre“ 1.5 years (hundred-fifty-sixth: „etwa anderthalb Schuljahren“ was a
  count because a school year is no unit; „Jahre“ is one); „3,4 Überstunden pro Woche“ 3.4
  hours (seventy-second: compounds in „-stunden“ such as „Unterrichtsstunden“ are durations;
  „pro Woche“ none); „zum neunjährigen Gymnasium“ 9 years (the issue's "dreitägige Reise");
  „spätestens nach drei Jahren“ 3 years "at_most" (hundred-fifty-sixth); „binnen sechs
  Monaten“, "within three years", "within five years" (in a negative), "within 15 months"
  ("within" and „binnen“ no hedge); "9% over two years" ("over" before a span no hedge); "in
  the first two years of secondary school" ordinal 1 and 2 years
  (two-hundred-and-forty-fourth: "in the first four days"); "four-year colleges" and
  "four-year schools" 4 years (seventy-second); "up to 20 hours a week" 20 hours "up_to" ("a
  week" none); „innert 42 Tagen“ 42 days (two-hundred-and-fourth: „innert 100 Tagen“); "for
  14 months" and „50 Minuten“ in vox pops; „seit zehn Jahren“ and „um 20 Jahre“ in labels.
  New: "18 or more days" is 18 days "at_least" - "or more" after a figure bounds it from
  below as "or above" and "or higher" (hundred-fifty-sixth) and "or over" after an age
  (two-hundred-and-forty-fifth) do. Ages are years: „der 25- bis 34-Jährigen“ and "25- to
  34-year-olds" two ages each (the unit written once serves both ends, seventy-second),
  "France's 15-year-olds", "four-year-olds", "at the age of 11" in a label, „Eine Lehrerin
  aus Favoriten, 34,“ and "Kerry Boyle, 41," in vox pops. None: „vor einem Jahr“, „im
  Vorjahr“, „seit Jahren“, „jahrelang“, „heuer“, „im Jahr“, „jährlich“, „jeden Morgen“, „bis
  16 Uhr“ (a clock time), „am Montag“, „am Dienstag“, „am Mittwoch“, „am Donnerstag“, "this
  year", "last year", "next year", "a year earlier", "the previous year", "on last year",
  "this spring", "in the spring", "this fall", "this month", "since January", "at the end of
  June", "in March", "in July", "next September", "by next summer", "before the pandemic",
  "for decades", "after years", "a month", "a year", "a week", "the last financial year",
  weekdays.
- Fractions (the issue; hundred-fifty-sixth, two-hundred-and-eighth): „jede achte Stelle“
  and "One in eight" 0.125 (eighths exact at four places), „jede 18. Unterrichtsstunde“
  0.0556 (hundred-fifty-sixth: „jede 20. Unterrichtsstunde“ 0.05; rounded to four places as
  thirds and sixths are), „Jeder sechste Lehrvertrag“ 0.1667, „rund zwei Drittel“ 0.6667
  "about", „Fast jedes vierte Kind“ 0.25 "nearly", „mehr als jedes dritte“ 0.3333 "over"
  („sogar“ no hedge), „zu gut einem Drittel“ 0.3333 "over", "About a third" 0.3333 "about",
  "Almost half" 0.5 "nearly", "half the flagship universities" 0.5 in a negative, "About one
  in five" 0.2 "about". "twice as likely" count 2 (two-hundred-and-eighth: "about three
  times as likely" 3).
- Percentages (every batch): „knapp 9 Prozent“ "nearly", „um 38 Prozent“, „Nur 37 Prozent“
  („Nur“ no hedge), „auf 16 Prozent“, „um 27 Prozent“, „um 41 Prozent“, „94 Prozent“, „auf
  21,3 Prozent“, „mit 31,6 Prozent ..., mit 13,9 Prozent“, „bei rund 20 Prozent“ "about",
  „Weitere 6,8 Prozent“ („Weitere“ no hedge), „43 Prozent“, „Rund sechzig Prozent“ 60
  "about" (the number word read as the issue's number words are), „um rund 17 Prozent“, „71
  Prozent“; "62%", "just 31%" ("just" no hedge), "by 14% ... the 6.5% pay award", "44%",
  "64.2% ..., compared with 61.8%", "at 47%", "24.6% ... from 26.9% ... above the 16.7%"
  ("above" before the article no hedge), "rose to 49% ..., from 43%", "Some 76.3%" "about",
  "77.4%", "3.9%", "up 4.2%", "46%", "92%", "up 5.8%", "About 78.6%" "about", "9% ... 4.5%",
  "at least 10% of school days" "at_least", "29.6% ... the roughly 14.5%" "about" on the
  second, "at 38% ..., at 12%". Percentage points are "pp": „3 Prozentpunkte mehr“, „um 0,4
  Prozentpunkte“, "19.6 percentage points" (hundred-fifty-sixth,
  two-hundred-and-forty-fifth).
- Money in the currency written (every batch): EUR („1,9 Milliarden Euro“ - „insgesamt“ no
  hedge -, „1.800 Euro pro Semester“, „etwa 24 Millionen Euro im Jahr“ "about", „18,4
  Milliarden Euro“, „rund 2,6 Milliarden Euro mehr“ "about", „bislang 3,5 Milliarden Euro“
  („bislang“ no hedge), „auf 2 Milliarden Euro im Jahr“, "210 million euros a year"); USD
  ("$86 million", "$13,650 per student" - "per student" none -, "more than $28,000" "over"
  and "about $4,300" "about", "$12,340", "$44,960", "about $2,800", "$1.72 trillion", "$58
  million", "$47,200, about $6,100 less" - "less" after the figure compares -, "$150
  million", and „rund 84.000 Dollar im Jahr“ USD "about" - German copy's „Dollar“ is USD as
  in every earlier batch, „kaufkraftbereinigt“ none); GBP ("£1.35 billion", "£310 million a
  year", "about £5,400 a year", "9,710 pounds", "14,200 pounds", "about 2,500 pounds a year
  more"); CHF („12 Millionen Franken“ in a negative, „jährlich 9,6 Millionen Franken“); AUD
  ("about A$4.1 billion", "A$53.6 billion"); CAD ("C$412 million", "a record C$31.6 billion
  ..., C$1.4 billion more", "about C$1,500"); KRW ("a record 30.9 trillion won"
  30,900,000,000,000, "averaging 611,000 won" - "averaging" no hedge -, "about 2.4 million
  won a month" in a vox pop; two-hundred-and-forty-fifth: "a record 1,280 trillion won").
- Counts (every batch): „rund 1.140 Lehrerstellen“, „etwa 260 mehr“, „insgesamt 2.380 ...,
  darunter 410“ („insgesamt“, „darunter“ no hedge), „mehr als 300 Grundschulen“ "over",
  „rund 61.500 Taferlklassler“, „etwa 1,16 Millionen“ 1,160,000 "about", „nur noch 86 ...,
  nach 340“, „rund 1.900“, „1'420 ..., 180 mehr“ (the Swiss apostrophe, tenth), „1.260
  Siebtklässler ... einer ihrer drei Wunschschulen“ 1,260, 7 and 3, „rund 19.000
  Schulplätze“, „41 Schulen ..., weitere 23“ („weitere“ no hedge), „rund 9.300“, „bis zu
  1.200 Stellen“ "up_to", „rund 251.000“, „nach 15 Berufsjahren“ 15 (hundred-eightieth:
  „nach 45 Beitragsjahren“), „mit 81.000 fehlenden Plätzen“, „rund 285.000 Plätze“, „alle
  vier Grundschuljahrgänge“ 4 (hundred-fifty-sixth), „3.900 Kinder weniger“, „mindestens 15
  Kinder pro Klassenstufe“ "at_least" („pro Klassenstufe“ none), „noch 410 Lehrerstellen“
  („noch“ no hedge), „1.350 Lehrkräfte“, „46 Grundschulen“, „rund 2.100 zusätzliche“
  („zusätzliche“ no hedge), „150 zusätzliche Sprachförderkräfte“, „mit 68 zu 29 Stimmen bei
  3 Enthaltungen“ all three (two-hundred-and-forty-fifth), „rund 30 geplanten Klassen“,
  „mindestens einmal pro Woche“ 1 "at_least" (the issue's „viermal“ 4; „pro Woche“ none);
  "about 1,900 on last year, to 27,400", "more than 38,000", "305,000 ..., against 282,000",
  "198,000", "240,000", "14 of the 30 countries", "by 390 ..., to 53,680", "about 1.1
  million borrowers", "Some 167 children" "about", "412 ..., bringing the total to 3,590",
  "96 of the children", "about 54,000 ... roughly 130 schools" each its own hedge, "At least
  24" "at_least", "more than 2,000 schools", "2,300 teaching posts", "86 schools ... about
  41,000 students", "12 sites", "21 institutions ... a combined 4,800 jobs ... at least
  three" ("a combined" no hedge, as „zusammen“ in the two-hundred-and-forty-fourth), "all
  6,100 primary schools", "More than 530,000 students", "nine schools and ... 260", "2,400
  more teachers" ("more" after the figure no hedge), "the 40 districts"; in negatives „Für
  ... 40 Schulen“, "1,000 teachers", "five different schools", "nine of her 29 pupils", „21
  von 24 Kindern“, "a mother of two". None: "Hundreds", „die meisten davon“, „kein Kind“,
  "no child", "every one of them", "a single", „eine einzige“, "one entrance exam" (a
  numeral as an article, no count a reader could check).
- Years and dates: „bis 2030“, „Bis 2030“, „für die Jahre 2028 bis 2030“ both years, „seit
  2021“, „als 2021“, „hatten 2023“, „sich 2023“, „seit 2015“, „als 2015“, „seit 2017“, „seit
  2019“, „bis 2029“, „bis 2035“, „Seit 2010“, „2024“, „2025“, and in negatives „bis 2030“
  and „Bis 2030“; "since 2023", "in 2023", "in 2015", "since 2015", "since 2019", "in 2019",
  "from 2027", "their 2018 result", "since 2018", "by 2028", and in negatives "in 2024", "By
  2030" and "by 2030". Dates: „seit dem 1. August 2026“ 2026-08-01 (a full date, the issue),
  „für den 8. Oktober“ --10-08 (a date without a year, hundred-fifty-sixth: „am 2.
  Dezember“), "on Sept. 30" --09-30, "on Nov. 19" --11-19; Reuters datelines with a day are
  dates without a year ("PARIS, Sept 15" --09-15, "PARIS, Sept 16" --09-16, "LONDON, Sept
  17", "SEOUL, Sept 17" and "TORONTO, Sept 17" --09-17; hundred-fifty-sixth); dpa with its
  slugs, APA, Keystone-SDA, AP ("COLUMBUS, Ohio (AP) —", "WASHINGTON (AP) —", "TUCSON, Ariz.
  (AP) —"), PA ("LONDON (PA) -", "EDINBURGH (PA) -", "DUBLIN (PA) -") and AAP datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly", "Some"
  "about"; „knapp“, „Fast“, "Almost" "nearly"; „mehr als“, „gut“, „Gut“, "more than", "More
  than" "over"; „bis zu“, "up to" "up_to"; „mindestens“, "at least", "At least", "or more"
  "at_least"; „spätestens“ "at_most". No hedge: „nur noch“, „Nur“, „insgesamt“, „darunter“,
  „weitere“, „Weitere“, „zusätzliche“, „bislang“, „noch“, „sogar“, „im Schnitt“, "just", "a
  record", "a combined", "averaging", "averaged", "within", „binnen“, „innert“, "over"
  before a span, "more" and "less" after a figure, "below" and "above" after a figure or
  before an article, "to" and "from" around a move.
- Speakers, checked only in forms the earlier batches settled: „sagte Kultusministerin
  Annegret Wiechmann (Grüne)“ the name with office and party dropped
  (two-hundred-and-eighth, two-hundred-and-forty-fifth); „Bildungsminister Clemens Aufreiter
  (ÖVP) sagte, ...“, „Bildungsdirektorin Franziska Leuenberger-Moor sagte, ...“,
  „Bildungssenatorin Miriam Tasdelen-Kroll sagte, ...“, „KMK-Präsidentin Dörte Lindqvist
  sagte, ...“, „Wissenschaftsministerin Gudrun Aichberger-Rohr (ÖVP) sagte, ...“,
  „Studienleiterin Henrike Altenbeck sagte, ...“, „Bildungsdirektorin Silvia
  Baumberger-Reist sagte, ...“, „Schulministerin Beate Hünninghaus-Kleff (CDU) sagte, ...“,
  „Bildungsstadtrat Lukas Ferstl-Mandl (Neos) sagte, ...“, „Kultusminister Frank
  Ostermeier-Lang sagte, ...“ and „Erziehungsdirektor Reto Lüthy-Brenner sagte, ...“ the
  name (hundred-fifty-sixth, two-hundred-and-forty-fourth); „..., sagte Aufreiter.“ and
  „Brettschneider sagte, ...“, „Pruckner-Salm sagte, ...“, „Sommerfeldt-Auer sagte, ...“ the
  surname as written (forty-second, hundred-fifty-sixth); „„...“, sagte Ostermeier-Lang.“
  for a fact in direct speech (two-hundred-and-forty-fifth); „Nach Angaben der GEW“ -> "die
  GEW" and „nach Angaben des Wissenschaftsministeriums“ -> "das Wissenschaftsministerium"
  (hundred-fifty-sixth); „wie die Bildungs- und Kulturdirektion am Montag mitteilte“ and
  „wie das Institut zur Qualitätsentwicklung im Bildungswesen am Mittwoch mitteilte“ the
  source in the nominative, the weekday dropped (hundred-fifty-sixth); „teilte die
  Senatsverwaltung für Bildung am Montag mit“, „teilte das Kultusministerium am Donnerstag
  mit“ and „teilte das Bundesamt für Statistik (BFS) am Mittwoch mit“ with the weekday and
  the abbreviation in brackets dropped (two-hundred-and-forty-fourth,
  two-hundred-and-forty-fifth). English: "Education Secretary Priya Kalsi said", "Education
  Minister Declan Moorcroft said on Monday", "OECD education director Ingrid Sørlie-Haug
  said", "Education Secretary Clarence Redd said", "Education Minister Niamh Garrity said",
  "Schools minister Tobias Wrenfield said", "Education Minister Anne-Laure Vasseur said",
  "Superintendent Gloria Betancourt said", "Universities minister Julian Haverstock said",
  "Education Minister Yoon Seo-hyun said", "Education Minister Gordon Whitlaw said" and
  "Johns Hopkins researcher Helen Abara-Quist said" the name with the role and the weekday
  dropped (hundred-fifty-sixth: "OECD education director Marcel Fournier said"); "Education
  Secretary Morven Aitchison told MSPs" the name (two-hundred-and-eighth: "McAllister told
  MSPs"); "Pruitt said", "Redd said" opening the row and ""...," Whitlaw said." for a fact
  in direct speech (two-hundred-and-forty-fifth); ", the Department for Education said.",
  "The Educational Institute of Scotland said", "The Elementary Teachers' Federation of
  Ontario said" and "the Office for Students said on Thursday" with the article lowered and
  the weekday dropped (hundred-fifty-sixth). Left unchecked (None): rows without attribution
  and all negatives, also those with a named speaker, "told a rally", "told France Inter
  radio" and "told the crowd"; „verwies darauf“, „hieß es aus dem Bildungsministerium“,
  „Laut einer Erhebung der Gewerkschaft“, „nach Berechnungen der Verwaltung“, „nach
  Berechnungen des Ministeriums“, „heißt es in der OECD-Studie“, „Laut dem Bericht“, „heißt
  es in der Studie“, „nach einer Studie der Bertelsmann Stiftung“, „nach einer Prognose des
  Statistischen Landesamts“, „Nach Zahlen der Statistik Austria“, „Nach Zahlen der
  Bildungsdirektion“, „wie aus einer weiteren Erhebung des BFS hervorgeht“, „Das geht aus
  ... hervor“, „rechnete ... vor“, „verlangt“, „wirbt damit“, „In einer Umfrage ... gaben
  ... an“ (hundred-fifty-sixth, two-hundred-and-forty-fifth); "official figures show",
  "official statistics show", "the report found", "according to the organisation's annual
  education report", "according to figures from the Australian Bureau of Statistics",
  "according to figures from the National Council for Special Education", "according to
  figures compiled by London Councils", "according to Education Department data", "according
  to an analysis of state data", "In a poll for the National Foundation for Educational
  Research" (documents, data and polls), "estimates" (Universities Australia, the NAHT,
  Universities UK; estimating verbs, hundred-tenth), "advertises", "state education
  officials said Monday" and "Unions ... said" (plural groups, forty-first), "the College
  Board said Tuesday" (the AP weekday without "on", left until settled as "organizers said
  Tuesday" was, two-hundred-and-eighth), "the department said", "the education ministry
  said", "The district said", "the group said", "It said", "he said", "has said", "the
  education ministry and Statistics Korea said on Thursday" (two sources), "according to the
  province's Ministry of Education" (a description before the name, fortieth), "The
  opposition's education spokeswoman, Harriet Vance, said" and "Marcus Threlkeld, the
  union's president, said" (a subject parted from its verb, hundred-sixteenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_253 = [
    # --- Lehrermangel in Niedersachsen (dpa/lni), Montag ---
    (
        "de",
        "Hannover (dpa/lni) - Gut vier Wochen nach Beginn des Schuljahres sind an Niedersachsens Schulen noch rund 1.140 Lehrerstellen unbesetzt.",
        True,
        [("duration", 4, "week", "over"), ("count", 1140, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien etwa 260 mehr als vor einem Jahr, sagte Kultusministerin Annegret Wiechmann (Grüne).",
        True,
        [("count", 260, None, "about")],
        "Annegret Wiechmann",
    ),
    (
        "de",
        "Besonders betroffen seien Grundschulen im ländlichen Raum, wo jede achte Stelle nicht besetzt werden konnte.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    ("de", "„Wir tun alles, damit in diesem Land kein Kind ohne Unterricht bleibt“, sagte Wiechmann.", False, [], None),
    (
        "de",
        "Die Ministerin verwies darauf, dass das Land zum Schuljahr 2026/27 insgesamt 2.380 Lehrkräfte neu eingestellt habe, darunter 410 Seiteneinsteiger.",
        True,
        [
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("count", 2380, None, None),
            ("count", 410, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Diese Landesregierung verwaltet den Mangel, statt ihn endlich zu beheben“, sagte der CDU-Bildungspolitiker Hauke Brunckhorst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Erziehung und Wissenschaft (GEW) sprach von einem „bildungspolitischen Offenbarungseid“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der GEW unterrichten inzwischen an mehr als 300 Grundschulen Lehrkräfte ohne abgeschlossenes Lehramtsstudium.",
        True,
        [("count", 300, None, "over")],
        "die GEW",
    ),
    (
        "de",
        "Ob die 500 zusätzlichen Studienplätze für das Grundschullehramt den Mangel bis 2030 lindern, ist unter Fachleuten umstritten.",
        False,
        [("count", 500, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Teacher recruitment in England (PA), Monday ---
    (
        "en",
        "LONDON (PA) - Teacher training providers in England recruited 62% of the secondary trainees the Government needed this year, official figures show.",
        True,
        [("percent", 62, "%", None)],
        None,
    ),
    (
        "en",
        "In physics just 31% of the target was met, while history and PE were oversubscribed.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Education Secretary Priya Kalsi said the number of new trainees had risen by about 1,900 on last year, to 27,400.",
        True,
        [("count", 1900, None, "about"), ("count", 27400, None, None)],
        "Priya Kalsi",
    ),
    (
        "en",
        '"We are turning the tide on teacher recruitment, and I am not going to apologise for being ambitious," Ms Kalsi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Applications from career changers rose by 14% in the spring thanks to the 6.5% pay award, the Department for Education said.",
        True,
        [("percent", 14, "%", None), ("percent", 6.5, "%", None)],
        "the Department for Education",
    ),
    (
        "en",
        'Daniel Hurrell, general secretary of the National Education Union, called the figures "a slow-motion car crash for our classrooms."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Head teachers in the Association of School and College Leaders fear physics A-level will vanish from a growing number of sixth forms.",
        False,
        [],
        None,
    ),
    (
        "en",
        "In a poll for the National Foundation for Educational Research, 44% of teachers said they might quit the classroom within three years.",
        True,
        [("percent", 44, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    # --- Schulstart im Westen Österreichs (APA), Montag ---
    (
        "de",
        "Wien (APA) - Für rund 61.500 Taferlklassler in Oberösterreich, Salzburg, Tirol, Vorarlberg, der Steiermark und Kärnten beginnt am Montag die Schule.",
        True,
        [("count", 61500, None, "about")],
        None,
    ),
    (
        "de",
        "Österreichweit besuchen heuer etwa 1,16 Millionen Schülerinnen und Schüler eine Schule, hieß es aus dem Bildungsministerium.",
        True,
        [("count", 1160000, None, "about")],
        None,
    ),
    (
        "de",
        "Bildungsminister Clemens Aufreiter (ÖVP) sagte, an den Pflichtschulen seien zum Schulstart nur noch 86 Stellen offen, nach 340 im Vorjahr.",
        True,
        [("count", 86, None, None), ("count", 340, None, None)],
        "Clemens Aufreiter",
    ),
    ("de", "„Der Lehrermangel wird in Österreich bald Geschichte sein“, sagte Aufreiter.", False, [], None),
    (
        "de",
        "Dank des Quereinsteiger-Programms unterrichten heuer rund 1.900 Lehrkräfte aus anderen Berufen an Österreichs Schulen, sagte Aufreiter.",
        True,
        [("count", 1900, None, "about")],
        "Aufreiter",
    ),
    (
        "de",
        "Die berufsbegleitende Ausbildung der Quereinsteiger dauert anderthalb Jahre und umfasst 60 ECTS-Punkte.",
        True,
        [("duration", 1.5, "year", None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Die Lehrergewerkschaft bezeichnete die Zahlen als „Schönrechnerei“, weil viele Stunden von Lehrkräften in Mehrarbeit abgedeckt würden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer Erhebung der Gewerkschaft leisten Lehrkräfte an Mittelschulen im Schnitt 3,4 Überstunden pro Woche.",
        True,
        [("duration", 3.4, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Elternvertreter wünschen sich, dass Deutschförderklassen künftig an jedem Schulstandort angeboten werden.",
        False,
        [],
        None,
    ),
    # --- Ohio reading scores (AP), Monday ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Ohio's third graders posted a reading pass rate of 64.2% in spring testing, compared with 61.8% the previous year, state education officials said Monday.",
        True,
        [("ordinal", 3, None, None), ("percent", 64.2, "%", None), ("percent", 61.8, "%", None)],
        None,
    ),
    (
        "en",
        "Math proficiency among eighth graders was unchanged at 47%.",
        True,
        [("ordinal", 8, None, None), ("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        'Gov. Wendell Pruitt credited the state\'s phonics mandate, saying the results proved that "the science of reading is working in every corner of Ohio."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pruitt said more than 38,000 Ohio teachers had been retrained in phonics since 2023, under a program that cost the state $86 million.",
        True,
        [("count", 38000, None, "over"), ("year", 2023, None, None), ("money", 86000000, "USD", None)],
        "Pruitt",
    ),
    (
        "en",
        '"By 2030, no child in Ohio will leave third grade unable to read, and you have my word on that," Pruitt told a rally in Dayton.',
        False,
        [("year", 2030, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Chronic absenteeism fell to 24.6% of students from 26.9%, but remains well above the 16.7% recorded before the pandemic.",
        True,
        [("percent", 24.6, "%", None), ("percent", 26.9, "%", None), ("percent", 16.7, "%", None)],
        None,
    ),
    (
        "en",
        '"This is not the moment for anybody to take a victory lap," said Tamara Oyelaran, president of the Ohio Education Association.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics argue the gains may partly reflect a lower passing score that the state board set in 2024.",
        False,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "District-level results will be published on Sept. 30, the department said.",
        True,
        [("date", "--09-30", None, None)],
        None,
    ),
    # --- Lehrpersonen ohne Diplom im Kanton Bern (Keystone-SDA), Montag ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Kanton Bern unterrichten im neuen Schuljahr 1'420 Personen ohne anerkanntes Lehrdiplom, 180 mehr als im Vorjahr.",
        True,
        [("count", 1420, None, None), ("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht knapp 9 Prozent aller Lehrpersonen an der Volksschule, wie die Bildungs- und Kulturdirektion am Montag mitteilte.",
        True,
        [("percent", 9, "%", "nearly")],
        "die Bildungs- und Kulturdirektion",
    ),
    (
        "de",
        "Bildungsdirektorin Franziska Leuenberger-Moor sagte, rund zwei Drittel dieser Personen absolvierten berufsbegleitend ein Studium an der Pädagogischen Hochschule.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Franziska Leuenberger-Moor",
    ),
    (
        "de",
        "«Lieber eine motivierte Studentin vor der Klasse als gar niemand», sagte Leuenberger-Moor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Berufsverband Bildung Bern nannte die Entwicklung «eine schleichende Entwertung des Lehrberufs».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Er verlangt, dass Personen ohne Diplom spätestens nach drei Jahren eine Ausbildung abschliessen müssen.",
        True,
        [("duration", 3, "year", "at_most")],
        None,
    ),
    (
        "de",
        "Viele Eltern bezweifeln, dass ihre Kinder bei Lehrpersonen ohne Diplom gleich viel lernen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Grosse Rat die geforderten 12 Millionen Franken für zusätzliche Ausbildungsplätze bewilligt, ist offen.",
        False,
        [("money", 12000000, "CHF", None)],
        None,
    ),
    # --- Australia's student cap (AAP), Monday ---
    (
        "en",
        "CANBERRA (AAP) - New enrolments by overseas students will be capped at 305,000 next year, against 282,000 in the current year, Education Minister Declan Moorcroft said on Monday.",
        True,
        [("count", 305000, None, None), ("count", 282000, None, None)],
        "Declan Moorcroft",
    ),
    (
        "en",
        "Universities would receive 198,000 of the places and vocational colleges the rest, he said.",
        True,
        [("count", 198000, None, None)],
        None,
    ),
    (
        "en",
        '"Our universities are one of this country\'s great assets, and we mean to protect them," Moorcroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Universities Australia estimates that the sector has lost about A$4.1 billion in fee income because of the cap.",
        True,
        [("money", 4100000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        'Its chief executive, Lorna McCreadie, called the policy "a wrecking ball through one of our biggest exports."',
        False,
        [],
        None,
    ),
    (
        "en",
        "International education earned Australia A$53.6 billion in the last financial year, according to figures from the Australian Bureau of Statistics.",
        True,
        [("money", 53600000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The opposition's education spokeswoman, Harriet Vance, said a Coalition government would cut the cap to 240,000.",
        True,
        [("count", 240000, None, None)],
        None,
    ),
    (
        "en",
        "Some vice-chancellors privately fear that smaller regional universities will not survive another round of cuts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It is far from clear whether fewer overseas students will bring down rents in Sydney and Melbourne.",
        False,
        [],
        None,
    ),
    # --- Schulplätze in Berlin (dpa/bb), Montag ---
    (
        "de",
        "Berlin (dpa/bb) - Zum Schuljahresbeginn haben in Berlin 1.260 Siebtklässler keinen Platz an einer ihrer drei Wunschschulen bekommen, teilte die Senatsverwaltung für Bildung am Montag mit.",
        True,
        [("count", 1260, None, None), ("ordinal", 7, None, None), ("count", 3, None, None)],
        "die Senatsverwaltung für Bildung",
    ),
    (
        "de",
        "Bis 2030 fehlen in der Hauptstadt nach Berechnungen der Verwaltung rund 19.000 Schulplätze.",
        True,
        [("year", 2030, None, None), ("count", 19000, None, "about")],
        None,
    ),
    (
        "de",
        "Bildungssenatorin Miriam Tasdelen-Kroll sagte, seit 2021 seien 41 Schulen neu gebaut oder erweitert worden, weitere 23 befänden sich im Bau.",
        True,
        [("year", 2021, None, None), ("count", 41, None, None), ("count", 23, None, None)],
        "Miriam Tasdelen-Kroll",
    ),
    (
        "de",
        "„Jedes Kind in Berlin bekommt einen guten Schulplatz, das ist mein Versprechen an die Eltern“, sagte Tasdelen-Kroll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Landeselternausschuss sprach von einer „Schulplatz-Lotterie“ und warf dem Senat vor, den Bedarf jahrelang unterschätzt zu haben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Mutter aus Pankow sagte, ihr Sohn sei nun jeden Morgen 50 Minuten mit Bus und Bahn zur Schule unterwegs.",
        False,
        [("duration", 50, "minute", None)],
        None,
    ),
    (
        "de",
        "Für den Schulbau sind im Doppelhaushalt 2026/27 insgesamt 1,9 Milliarden Euro vorgesehen.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("money", 1900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Für das Geld, das eine einzige Autobahnbrücke kostet, könnten wir 40 Schulen sanieren“, sagte ein Grünen-Abgeordneter.",
        False,
        [("count", 40, None, None)],
        None,
    ),
    ("de", "Ob das reicht, bezweifeln selbst Abgeordnete der Koalition.", False, [], None),
    # --- OECD education report (Reuters), Tuesday ---
    (
        "en",
        "PARIS, Sept 15 (Reuters) - Spending per student from primary school to university averaged $13,650 across OECD member states in 2023, according to the organisation's annual education report published on Tuesday.",
        True,
        [("date", "--09-15", None, None), ("money", 13650, "USD", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Luxembourg spent the most, at more than $28,000, and Mexico the least, at about $4,300.",
        True,
        [("money", 28000, "USD", "over"), ("money", 4300, "USD", "about")],
        None,
    ),
    (
        "en",
        "Among 25- to 34-year-olds, the share holding a university or equivalent degree rose to 49% across member countries, from 43% in 2015.",
        True,
        [
            ("duration", 25, "year", None),
            ("duration", 34, "year", None),
            ("percent", 49, "%", None),
            ("percent", 43, "%", None),
            ("year", 2015, None, None),
        ],
        None,
    ),
    (
        "en",
        "One in eight young adults is neither in work nor in education or training, the report found.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    (
        "en",
        "OECD education director Ingrid Sørlie-Haug said teacher salaries had fallen in real terms in 14 of the 30 countries with comparable data since 2015.",
        True,
        [("count", 14, None, None), ("count", 30, None, None), ("year", 2015, None, None)],
        "Ingrid Sørlie-Haug",
    ),
    (
        "en",
        '"Countries that treat teachers as a cost rather than an investment will be paying for it for decades," Sørlie-Haug said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Teachers\' unions welcomed the report, saying it showed governments had "balanced their books on the backs of classrooms."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some economists argue that spending per student says little about how much pupils actually learn.",
        False,
        [],
        None,
    ),
    # --- OECD-Bericht und Deutschland (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Deutschland gibt pro Schüler und Studierendem mehr aus als der Durchschnitt der OECD-Staaten, liegt beim Anteil junger Erwachsener mit Hochschulabschluss aber weiter zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nur 37 Prozent der 25- bis 34-Jährigen hatten 2023 einen tertiären Abschluss, heißt es in der OECD-Studie „Bildung auf einen Blick“.",
        True,
        [
            ("percent", 37, "%", None),
            ("duration", 25, "year", None),
            ("duration", 34, "year", None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "de",
        "Damit liegt Deutschland auf Platz 31 der 38 OECD-Staaten.",
        True,
        [("ordinal", 31, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil der jungen Menschen ohne Abschluss der Sekundarstufe II stieg auf 16 Prozent, 3 Prozentpunkte mehr als 2015.",
        True,
        [("percent", 16, "%", None), ("percent", 3, "pp", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "KMK-Präsidentin Dörte Lindqvist sagte, die Länder hätten ihre Ausgaben für die Schulen seit 2015 um 38 Prozent erhöht.",
        True,
        [("year", 2015, None, None), ("percent", 38, "%", None)],
        "Dörte Lindqvist",
    ),
    ("de", "„Die Zahlen zeigen, dass die Länder auf dem richtigen Weg sind“, sagte Lindqvist.", False, [], None),
    (
        "de",
        "Die GEW sprach von einem „Weckruf, der seit zehn Jahren überhört wird“.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bildungsforscher Kai-Uwe Sendler hält die Vergleichbarkeit der Abschlüsse zwischen den Ländern für begrenzt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut dem Bericht verdienen Lehrkräfte an Grundschulen in Deutschland nach 15 Berufsjahren kaufkraftbereinigt rund 84.000 Dollar im Jahr.",
        True,
        [("count", 15, None, None), ("money", 84000, "USD", "about")],
        None,
    ),
    # --- Scotland's attainment gap (PA), Tuesday ---
    (
        "en",
        "EDINBURGH (PA) - The gap in Higher pass rates between pupils from Scotland's richest and poorest areas widened to 19.6 percentage points this year, official statistics show.",
        True,
        [("percent", 19.6, "pp", None)],
        None,
    ),
    (
        "en",
        "Some 76.3% of Higher entries were graded A to C, down from 77.4% last year.",
        True,
        [("percent", 76.3, "%", "about"), ("percent", 77.4, "%", None)],
        None,
    ),
    (
        "en",
        "Education Secretary Morven Aitchison told MSPs the Government had spent £1.35 billion through the Scottish Attainment Challenge since 2015.",
        True,
        [("money", 1350000000, "GBP", None), ("year", 2015, None, None)],
        "Morven Aitchison",
    ),
    ("en", '"Closing the gap remains the defining mission of this Government," Ms Aitchison said.', False, [], None),
    (
        "en",
        'Scottish Conservative education spokesman Ross Dunmore said Ms Aitchison had "run out of excuses and run out of road."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Educational Institute of Scotland said teacher numbers had fallen by 390 since 2023, to 53,680.",
        True,
        [("count", 390, None, None), ("year", 2023, None, None), ("count", 53680, None, None)],
        "the Educational Institute of Scotland",
    ),
    (
        "en",
        "Kerry Boyle, 41, who teaches a Primary 6 class in Dundee, said nine of her 29 pupils had an additional support need.",
        False,
        [("duration", 41, "year", None), ("count", 9, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "en",
        "Parents' groups said they would like to see funding for classroom assistants restored in next year's budget.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether ministers can still close the gap by 2030, as promised, is increasingly doubtful.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Studiengebühren in Hessen (dpa/lhe), Dienstag ---
    (
        "de",
        "Wiesbaden (dpa/lhe) - Hessen will vom Wintersemester 2027/28 an Studiengebühren von 1.800 Euro pro Semester für Studierende aus Staaten außerhalb der EU erheben.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("money", 1800, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das sieht ein Gesetzentwurf von Wissenschaftsministerin Sonja Brettschneider (CDU) vor, den das Kabinett am Dienstag beschlossen hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen wären nach Angaben des Wissenschaftsministeriums rund 9.300 Studierende, ausgenommen seien Geflüchtete und Promovierende.",
        True,
        [("count", 9300, None, "about")],
        "das Wissenschaftsministerium",
    ),
    (
        "de",
        "Brettschneider sagte, das Land erwarte Einnahmen von etwa 24 Millionen Euro im Jahr, die vollständig in die Lehre fließen sollten.",
        True,
        [("money", 24000000, "EUR", "about")],
        "Brettschneider",
    ),
    (
        "de",
        "„Wer bei uns studiert, bekommt eine Ausbildung von Weltklasse, und die hat nun einmal ihren Preis“, sagte Brettschneider.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die erste Lesung im Landtag ist für den 8. Oktober geplant.",
        True,
        [("ordinal", 1, None, None), ("date", "--10-08", None, None)],
        None,
    ),
    (
        "de",
        "Die Studierendenvertretungen der hessischen Hochschulen nannten die Pläne „Abschottung mit Preisschild“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Baden-Württemberg, wo solche Gebühren seit 2017 erhoben werden, sank die Zahl der Erstsemester aus Nicht-EU-Staaten im ersten Jahr um 27 Prozent.",
        True,
        [("year", 2017, None, None), ("ordinal", 1, None, None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Die Opposition befürchtet, dass internationale Fachkräfte künftig einen Bogen um Hessen machen.",
        False,
        [],
        None,
    ),
    # --- U.S. college prices (AP), Tuesday ---
    (
        "en",
        "WASHINGTON (AP) — Average published tuition and fees at public four-year colleges rose 3.9% this fall to $12,340 for in-state students, the College Board said Tuesday.",
        True,
        [("duration", 4, "year", None), ("percent", 3.9, "%", None), ("money", 12340, "USD", None)],
        None,
    ),
    (
        "en",
        "At private nonprofit four-year schools, the average sticker price reached $44,960, up 4.2%.",
        True,
        [("duration", 4, "year", None), ("money", 44960, "USD", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "After grants and tax benefits, a typical full-time student at a public college paid about $2,800 in net tuition, the report found.",
        True,
        [("money", 2800, "USD", "about")],
        None,
    ),
    (
        "en",
        "Education Secretary Clarence Redd said the department had approved student loan forgiveness for about 1.1 million borrowers since January.",
        True,
        [("count", 1100000, None, "about")],
        "Clarence Redd",
    ),
    ("en", '"College should be a ladder, not a trap," Redd said.', False, [], None),
    (
        "en",
        'Republican leaders called the forgiveness program "a bailout for the comfortable, paid for by plumbers and truckers."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Outstanding federal student debt stood at $1.72 trillion at the end of June, according to Education Department data.",
        True,
        [("money", 1720000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Personally, I think we\'ll see tuition freezes at half the flagship universities within five years," said one higher education analyst.',
        False,
        [("fraction", 0.5, None, None), ("duration", 5, "year", None)],
        None,
    ),
    # --- Budget der Universitäten (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Die Universitätenkonferenz (Uniko) fordert für die Jahre 2028 bis 2030 ein Budget von 18,4 Milliarden Euro.",
        True,
        [("year", 2028, None, None), ("year", 2030, None, None), ("money", 18400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Uniko-Präsidentin Edith Pruckner-Salm rechnete vor, die Hochschulen bekämen damit rund 2,6 Milliarden Euro mehr als in der aktuellen Periode.",
        True,
        [("money", 2600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Pruckner-Salm sagte, ohne die zusätzlichen Mittel müssten die Universitäten bis zu 1.200 Stellen streichen.",
        True,
        [("count", 1200, None, "up_to")],
        "Pruckner-Salm",
    ),
    ("de", "„Wer bei der Bildung spart, spart an der Zukunft dieses Landes“, sagte Pruckner-Salm.", False, [], None),
    (
        "de",
        "Wissenschaftsministerin Gudrun Aichberger-Rohr (ÖVP) sagte, das Budget der Universitäten sei seit 2019 um 41 Prozent gestiegen.",
        True,
        [("year", 2019, None, None), ("percent", 41, "%", None)],
        "Gudrun Aichberger-Rohr",
    ),
    (
        "de",
        "Eine Erhöhung in dieser Größenordnung sei angesichts der Budgetlage „völlig illusorisch“, fügte sie hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hochschülerinnen- und Hochschülerschaft (ÖH) warnte vor „Zugangsbeschränkungen durch die Hintertür“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die private Donau-Akademie für Wirtschaft in Krems wirbt damit, dass 94 Prozent ihrer Absolventen binnen sechs Monaten eine Stelle finden.",
        True,
        [("percent", 94, "%", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Nach Zahlen der Statistik Austria sind an den öffentlichen Universitäten im Wintersemester 2025/26 rund 251.000 ordentliche Studierende inskribiert.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("count", 251000, None, "about")],
        None,
    ),
    # --- Special education places in Ireland (PA), Tuesday ---
    (
        "en",
        "DUBLIN (PA) - Some 167 children with special educational needs in Ireland are still without a school place two weeks into the new term, according to figures from the National Council for Special Education.",
        True,
        [("count", 167, None, "about"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "The council has opened 412 new special classes for this school year, bringing the total to 3,590.",
        True,
        [("count", 412, None, None), ("count", 3590, None, None)],
        None,
    ),
    (
        "en",
        "Education Minister Niamh Garrity said the figure was the lowest at this point in the school year since records began in 2019.",
        True,
        [("year", 2019, None, None)],
        "Niamh Garrity",
    ),
    (
        "en",
        '"Every child deserves a school place close to home, and I won\'t rest until every one of them has one," Garrity said.',
        False,
        [],
        None,
    ),
    ("en", 'Disability campaigners accused the department of "warehousing" children in home tuition.', False, [], None),
    (
        "en",
        "Home tuition grants of up to 20 hours a week have been approved for 96 of the children.",
        True,
        [("duration", 20, "hour", "up_to"), ("count", 96, None, None)],
        None,
    ),
    (
        "en",
        "A mother in Co Meath, who asked not to be named, said her autistic son had now been out of school for 14 months.",
        False,
        [("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "Opposition TDs said they doubted that the department's count included children whose parents had given up applying.",
        False,
        [],
        None,
    ),
    # --- IQB-Bildungstrend (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Die Lesekompetenz von Viertklässlern in Deutschland ist erneut gesunken.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Im IQB-Bildungstrend erreichten die Kinder im Lesen im Schnitt 471 Punkte, 8 Punkte weniger als 2021, wie das Institut zur Qualitätsentwicklung im Bildungswesen am Mittwoch mitteilte.",
        True,
        [("count", 471, None, None), ("count", 8, None, None), ("year", 2021, None, None)],
        "das Institut zur Qualitätsentwicklung im Bildungswesen",
    ),
    (
        "de",
        "Fast jedes vierte Kind verfehlte den Mindeststandard im Lesen, in Bremen sogar mehr als jedes dritte.",
        True,
        [("fraction", 0.25, None, "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Studienleiterin Henrike Altenbeck sagte, der Rückgang gehe zu gut einem Drittel auf die veränderte Zusammensetzung der Schülerschaft zurück.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Henrike Altenbeck",
    ),
    (
        "de",
        "„Wir dürfen nicht zulassen, dass eine ganze Generation das Lesen verlernt“, sagte Altenbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesbildungsministerin Katrin Sommerfeldt-Auer (CDU) sprach vom „zweiten Pisa-Schock für die Grundschulen“.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Kultusministerkonferenz hatte sich 2023 das Ziel gesetzt, den Anteil der Kinder unter dem Mindeststandard bis 2030 zu halbieren.",
        True,
        [("year", 2023, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Der Verband Bildung und Erziehung (VBE) sieht die Ursache vor allem im Lehrermangel an Grundschulen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am stärksten schnitten Kinder in Sachsen und Bayern ab, am schwächsten die Kinder in Bremen.",
        True,
        [],
        None,
    ),
    # --- London's empty school places (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - London primary schools had about 54,000 unfilled places this term, the equivalent of roughly 130 schools, according to figures compiled by London Councils.",
        True,
        [("count", 54000, None, "about"), ("count", 130, None, "about")],
        None,
    ),
    (
        "en",
        "The number of four-year-olds starting reception in the capital has fallen by 11% since 2019, as families leave the city and the birth rate falls.",
        True,
        [("duration", 4, "year", None), ("percent", 11, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "At least 24 primary schools in London will close or merge by next summer, the group said.",
        True,
        [("count", 24, None, "at_least")],
        None,
    ),
    (
        "en",
        "Schools minister Tobias Wrenfield said falling rolls would free up £310 million a year that could be reinvested in early years provision.",
        True,
        [("money", 310000000, "GBP", None)],
        "Tobias Wrenfield",
    ),
    ("en", '"Empty desks are an opportunity, not a crisis," Wrenfield said.', False, [], None),
    (
        "en",
        "Head teachers say the closures are ripping the heart out of communities that have already lost their banks and pubs.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Association of Head Teachers estimates that each empty place costs a school about £5,400 a year in lost per-pupil funding.",
        True,
        [("money", 5400, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Parents at one school in Lambeth, which is due to close in July, said they feared their children would be split across five different schools.",
        False,
        [("count", 5, None, None)],
        None,
    ),
    # --- Maturitätsquote (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Der Anteil junger Menschen mit gymnasialer Matura ist in der Schweiz 2025 leicht auf 21,3 Prozent gestiegen, teilte das Bundesamt für Statistik (BFS) am Mittwoch mit.",
        True,
        [("year", 2025, None, None), ("percent", 21.3, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Am höchsten war sie mit 31,6 Prozent in Basel-Stadt, am tiefsten mit 13,9 Prozent im Kanton Glarus.",
        True,
        [("percent", 31.6, "%", None), ("percent", 13.9, "%", None)],
        None,
    ),
    (
        "de",
        "Bildungsdirektorin Silvia Baumberger-Reist sagte, der Kanton Zürich wolle seine Quote bei rund 20 Prozent halten.",
        True,
        [("percent", 20, "%", "about")],
        "Silvia Baumberger-Reist",
    ),
    ("de", "«Die Berufslehre ist kein Plan B, sondern ein Königsweg», sagte Baumberger-Reist.", False, [], None),
    (
        "de",
        "Das Langgymnasium gilt vielen Zürcher Eltern als Eintrittskarte in eine akademische Laufbahn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gewerbeverband nannte die hohen Quoten in der Westschweiz eine «Akademisierung auf Kosten des Handwerks».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jeder sechste Lehrvertrag wurde 2024 vorzeitig aufgelöst, wie aus einer weiteren Erhebung des BFS hervorgeht.",
        True,
        [("fraction", 0.1667, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der Lehrerverband LCH wünscht sich, dass Lernende mit einer Berufsmaturität leichter an die Universität wechseln können.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Hochschulen dafür zusätzliche Plätze schaffen, liess der Rektor der Universität Bern offen.",
        False,
        [],
        None,
    ),
    # --- French teachers' strike (Reuters), Wednesday ---
    (
        "en",
        "PARIS, Sept 16 (Reuters) - About a third of France's primary school teachers walked out on Wednesday in protest at plans to group pupils by ability in the first two years of secondary school, the education ministry said.",
        True,
        [
            ("date", "--09-16", None, None),
            ("fraction", 0.3333, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Unions put the strike rate at 46% and said more than 2,000 schools had closed for the day.",
        True,
        [("percent", 46, "%", None), ("count", 2000, None, "over")],
        None,
    ),
    (
        "en",
        "Education Minister Anne-Laure Vasseur said the reform would cost 210 million euros a year and create 2,300 teaching posts.",
        True,
        [("money", 210000000, "EUR", None), ("count", 2300, None, None)],
        "Anne-Laure Vasseur",
    ),
    (
        "en",
        '"I will not back down on a reform that gives every child a fair chance," Vasseur told France Inter radio.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The SNUipp-FSU union called the plan "sorting children like parcels at the age of 11."',
        False,
        [("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "France's 15-year-olds scored 469 points in mathematics in the last PISA study, 17 points below their 2018 result.",
        True,
        [
            ("duration", 15, "year", None),
            ("count", 469, None, None),
            ("count", 17, None, None),
            ("year", 2018, None, None),
        ],
        None,
    ),
    (
        "en",
        "The ministry published the decree on ability groups in March, and the groups are to be introduced in every lower secondary school next September.",
        True,
        [],
        None,
    ),
    (
        "en",
        'The parents\' federation FCPE said it feared weaker pupils would be "parked" in remedial groups.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ministry has so far refused to say how many pupils will be placed in the lowest groups.",
        False,
        [],
        None,
    ),
    # --- Unterrichtsausfall in NRW (dpa/lnw), Mittwoch ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Jede 18. Unterrichtsstunde ist an Nordrhein-Westfalens Schulen im zurückliegenden Schuljahr ersatzlos ausgefallen.",
        True,
        [("fraction", 0.0556, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der Statistik zum Unterrichtsausfall hervor, die das Schulministerium am Mittwoch vorgelegt hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Weitere 6,8 Prozent der Stunden wurden vertreten, oft durch Stillarbeit mit Arbeitsblättern.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Schulministerin Beate Hünninghaus-Kleff (CDU) sagte, der Ausfall sei gegenüber dem Vorjahr um 0,4 Prozentpunkte gesunken.",
        True,
        [("percent", 0.4, "pp", None)],
        "Beate Hünninghaus-Kleff",
    ),
    ("de", "„Mit diesen Zahlen geben wir uns noch lange nicht zufrieden“, sagte Hünninghaus-Kleff.", False, [], None),
    ("de", "Die SPD-Opposition sprach von „Statistik-Kosmetik“.", False, [], None),
    (
        "de",
        "Die Landeselternschaft der Gymnasien hält die tatsächliche Ausfallquote für deutlich höher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach der Rückkehr zum neunjährigen Gymnasium brauchen die Schulen ab dem Schuljahr 2026/27 nach Berechnungen des Ministeriums rund 2.100 zusätzliche Lehrkräfte.",
        True,
        [
            ("duration", 9, "year", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("count", 2100, None, "about"),
        ],
        None,
    ),
    # --- Tucson teachers' strike (AP), Wednesday ---
    (
        "en",
        "TUCSON, Ariz. (AP) — Teachers in Tucson's largest school district walked off the job Wednesday for the first time in the district's history, closing 86 schools attended by about 41,000 students.",
        True,
        [("ordinal", 1, None, None), ("count", 86, None, None), ("count", 41000, None, "about")],
        None,
    ),
    (
        "en",
        "The Tucson Education Association is demanding raises of 9% over two years, while the district has offered 4.5%.",
        True,
        [("percent", 9, "%", None), ("duration", 2, "year", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Superintendent Gloria Betancourt said the union's proposal would cost $58 million that the district did not have.",
        True,
        [("money", 58000000, "USD", None)],
        "Gloria Betancourt",
    ),
    (
        "en",
        '"Our students belong in classrooms, not on the sidelines of a labor dispute," Betancourt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marcus Threlkeld, the union's president, said starting teachers in Tucson earned $47,200, about $6,100 less than in Phoenix.",
        True,
        [("money", 47200, "USD", None), ("money", 6100, "USD", "about")],
        None,
    ),
    (
        "en",
        '"For the price of a single fighter jet, this state could hire 1,000 teachers," Threlkeld told the crowd.',
        False,
        [("count", 1000, None, None)],
        None,
    ),
    (
        "en",
        'Hundreds of teachers in blue T-shirts rallied outside the district offices, chanting "Fund our future."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The district said it would hand out free meals at 12 sites for students who rely on school lunches.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("en", "It was unclear how long the walkout would last.", False, [], None),
    # --- Deutsch in Wiener Volksschulen (APA), Mittwoch ---
    (
        "de",
        "Wien (APA) - Nach Zahlen der Bildungsdirektion gelten in Wien zu Schulbeginn 43 Prozent der Taferlklassler als außerordentliche Schülerinnen und Schüler.",
        True,
        [("percent", 43, "%", None)],
        None,
    ),
    ("de", "Rund sechzig Prozent von ihnen sind in Österreich geboren.", True, [("percent", 60, "%", "about")], None),
    (
        "de",
        "Bildungsstadtrat Lukas Ferstl-Mandl (Neos) sagte, die Stadt stelle heuer 150 zusätzliche Sprachförderkräfte für Kindergärten ein.",
        True,
        [("count", 150, None, None)],
        "Lukas Ferstl-Mandl",
    ),
    ("de", "„Deutsch ist der Schlüssel zu allem, was danach kommt“, sagte Ferstl-Mandl.", False, [], None),
    ("de", "Die FPÖ sprach von einer „Kapitulation vor der Parallelgesellschaft“.", False, [], None),
    ("de", "Die ÖVP verlangt eine Deutschpflicht in den Pausen an allen Wiener Pflichtschulen.", True, [], None),
    ("de", "Viele Volksschullehrerinnen fühlen sich mit der Sprachförderung alleingelassen.", False, [], None),
    (
        "de",
        "Eine Lehrerin aus Favoriten, 34, sagte, in ihrer ersten Klasse sprächen 21 von 24 Kindern zu Hause kein Deutsch.",
        False,
        [
            ("duration", 34, "year", None),
            ("ordinal", 1, None, None),
            ("count", 21, None, None),
            ("count", 24, None, None),
        ],
        None,
    ),
    (
        "de",
        "Ob die Deutschförderklassen den Kindern tatsächlich helfen, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- Universities' finances in England (Reuters), Thursday ---
    (
        "en",
        "LONDON, Sept 17 (Reuters) - Almost half of English universities will end this academic year in the red on their own forecasts, the Office for Students said on Thursday, blaming a slump in overseas recruitment.",
        True,
        [("date", "--09-17", None, None), ("fraction", 0.5, None, "nearly")],
        "the Office for Students",
    ),
    (
        "en",
        "It said 21 institutions had cut a combined 4,800 jobs since January, and at least three were in talks with lenders over breaching their loan terms.",
        True,
        [("count", 21, None, None), ("count", 4800, None, None), ("count", 3, None, "at_least")],
        None,
    ),
    (
        "en",
        "Tuition fees for domestic undergraduates rose to 9,710 pounds this month and will rise with inflation from 2027.",
        True,
        [("money", 9710, "GBP", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Universities minister Julian Haverstock said the government had also lifted the maintenance loan for students living away from home in London to 14,200 pounds.",
        True,
        [("money", 14200, "GBP", None)],
        "Julian Haverstock",
    ),
    (
        "en",
        '"Our universities are world-class, and on my watch they will stay world-class," Haverstock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The University and College Union called the job cuts "an act of self-harm by a sector in freefall."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Universities UK estimates that every domestic undergraduate now costs institutions about 2,500 pounds a year more to teach than they bring in through fees.",
        True,
        [("money", 2500, "GBP", "about")],
        None,
    ),
    (
        "en",
        "One private provider, Brookfield College London, advertises that 92% of its graduates are in skilled jobs within 15 months.",
        True,
        [("percent", 92, "%", None), ("duration", 15, "month", None)],
        None,
    ),
    (
        "en",
        "Vice-chancellors say they have been left for far too long to subsidise teaching with money from overseas students.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ministers have not said whether they would rescue a university that could no longer pay its staff.",
        False,
        [],
        None,
    ),
    # --- Ganztag und Startchancen (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Sechs Wochen nach dem Start des Rechtsanspruchs auf Ganztagsbetreuung fehlen nach einer Studie der Bertelsmann Stiftung bundesweit noch rund 285.000 Plätze für Grundschulkinder.",
        True,
        [("duration", 6, "week", None), ("count", 285000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Rechtsanspruch gilt seit dem 1. August 2026 zunächst für Erstklässler und wird bis 2029 auf alle vier Grundschuljahrgänge ausgeweitet.",
        True,
        [
            ("date", "2026-08-01", None, None),
            ("ordinal", 1, None, None),
            ("year", 2029, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Sommerfeldt-Auer sagte, der Bund habe den Ländern für den Ausbau bislang 3,5 Milliarden Euro bereitgestellt.",
        True,
        [("money", 3500000000, "EUR", None)],
        "Sommerfeldt-Auer",
    ),
    ("de", "„Ganztag ist kein Luxus, sondern gelebte Chancengerechtigkeit“, sagte Sommerfeldt-Auer.", False, [], None),
    (
        "de",
        "Besonders groß sei die Lücke in Nordrhein-Westfalen mit 81.000 fehlenden Plätzen, heißt es in der Studie.",
        True,
        [("count", 81000, None, None)],
        None,
    ),
    (
        "de",
        "Der Städtetag beklagte, Städte und Gemeinden blieben auf den Betriebskosten der neuen Ganztagsplätze sitzen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Koalitionsvertrag haben Union und SPD zugesagt, die Mittel des Bundes für das Startchancen-Programm auf 2 Milliarden Euro im Jahr zu verdoppeln.",
        True,
        [("money", 2000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf einer Kundgebung in Leipzig versprach Sommerfeldt-Auer: „Bis 2030 bekommt jede Grundschule in Deutschland eine eigene Schulsozialarbeiterin.“",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Elternverbände hoffen, dass die Ganztagsangebote mehr werden als eine Betreuung bis 16 Uhr.",
        False,
        [],
        None,
    ),
    # --- Private tutoring in South Korea (Reuters), Thursday ---
    (
        "en",
        "SEOUL, Sept 17 (Reuters) - South Korean parents spent a record 30.9 trillion won on private tutoring last year, up 5.8% from a year earlier, the education ministry and Statistics Korea said on Thursday.",
        True,
        [("date", "--09-17", None, None), ("money", 30900000000000, "KRW", None), ("percent", 5.8, "%", None)],
        None,
    ),
    (
        "en",
        "About 78.6% of primary, middle and high school students took part in some form of private education, with monthly spending per participating student averaging 611,000 won.",
        True,
        [("percent", 78.6, "%", "about"), ("money", 611000, "KRW", None)],
        None,
    ),
    (
        "en",
        "Education Minister Yoon Seo-hyun said the government would extend free after-school programmes to all 6,100 primary schools by 2028.",
        True,
        [("count", 6100, None, None), ("year", 2028, None, None)],
        "Yoon Seo-hyun",
    ),
    (
        "en",
        '"No parent should have to mortgage the family home so that their child can keep up," Yoon said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics argue that as long as one entrance exam decides a student's future, no amount of after-school classes will break the hagwon habit.",
        False,
        [],
        None,
    ),
    (
        "en",
        "More than 530,000 students have registered to sit this year's college entrance exam on Nov. 19, the most in six years.",
        True,
        [("count", 530000, None, "over"), ("date", "--11-19", None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "A mother of two in Seoul's Gangnam district said she spends about 2.4 million won a month on cram schools and still feels it is not enough.",
        False,
        [("count", 2, None, None), ("money", 2400000, "KRW", "about")],
        None,
    ),
    ("en", "Teachers' groups called the ministry's plan \"a sticking plaster on a broken system.\"", False, [], None),
    # --- Schülerzahlen in Sachsen (dpa/sn), Donnerstag ---
    (
        "de",
        "Dresden (dpa/sn) - In Sachsen wird die Zahl der Grundschüler bis 2035 nach einer Prognose des Statistischen Landesamts um rund 17 Prozent sinken.",
        True,
        [("year", 2035, None, None), ("percent", 17, "%", "about")],
        None,
    ),
    (
        "de",
        "Schon in diesem Schuljahr wurden 3.900 Kinder weniger eingeschult als im Vorjahr.",
        True,
        [("count", 3900, None, None)],
        None,
    ),
    (
        "de",
        "Kultusminister Frank Ostermeier-Lang sagte, keine Grundschule im ländlichen Raum müsse schließen, solange sie mindestens 15 Kinder pro Klassenstufe habe.",
        True,
        [("count", 15, None, "at_least")],
        "Frank Ostermeier-Lang",
    ),
    ("de", "„Die Schule gehört ins Dorf wie die Kirche und die Feuerwehr“, sagte Ostermeier-Lang.", False, [], None),
    (
        "de",
        "„Wir haben in diesem Schuljahr 1.350 Lehrkräfte neu eingestellt, so viele wie noch nie“, sagte Ostermeier-Lang.",
        True,
        [("count", 1350, None, None)],
        "Ostermeier-Lang",
    ),
    (
        "de",
        "Zum Schuljahresbeginn waren in Sachsen noch 410 Lehrerstellen unbesetzt, teilte das Kultusministerium am Donnerstag mit.",
        True,
        [("count", 410, None, None)],
        "das Kultusministerium",
    ),
    (
        "de",
        "Seit 2010 hat Sachsen 46 Grundschulen geschlossen, die meisten davon in der Lausitz und im Erzgebirge.",
        True,
        [("year", 2010, None, None), ("count", 46, None, None)],
        None,
    ),
    ("de", "Der Sächsische Lehrerverband sprach von einer „Atempause, aber keiner Entwarnung“.", False, [], None),
    (
        "de",
        "Bürgermeister kleiner Gemeinden fürchten, dass mit der Schule auch die letzten jungen Familien wegziehen.",
        False,
        [],
        None,
    ),
    # --- Ontario school boards (Reuters), Thursday ---
    (
        "en",
        "TORONTO, Sept 17 (Reuters) - Ontario's school boards are projecting a combined deficit of C$412 million for the 2026-27 school year, according to the province's Ministry of Education.",
        True,
        [
            ("date", "--09-17", None, None),
            ("money", 412000000, "CAD", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Education Minister Gordon Whitlaw said the province was spending a record C$31.6 billion on schools this year, C$1.4 billion more than last year.",
        True,
        [("money", 31600000000, "CAD", None), ("money", 1400000000, "CAD", None)],
        "Gordon Whitlaw",
    ),
    ("en", '"We are putting students first, full stop," Whitlaw said.', False, [], None),
    (
        "en",
        '"We have hired 2,400 more teachers since 2023 than we had planned for," Whitlaw said.',
        True,
        [("count", 2400, None, None), ("year", 2023, None, None)],
        "Whitlaw",
    ),
    (
        "en",
        "The Elementary Teachers' Federation of Ontario said per-student funding had fallen by about C$1,500 in real terms since 2018.",
        True,
        [("money", 1500, "CAD", "about"), ("year", 2018, None, None)],
        "the Elementary Teachers' Federation of Ontario",
    ),
    ("en", 'The union called the minister\'s figures "creative accounting dressed up as investment."', False, [], None),
    (
        "en",
        "Toronto's public school board, the country's largest, has said it will close nine schools and cut 260 support staff positions to balance its budget.",
        True,
        [("count", 9, None, None), ("count", 260, None, None)],
        None,
    ),
    ("en", 'Parents at a packed board meeting on Tuesday night urged trustees to "find another way."', False, [], None),
    # --- Förderklassen in Basel (Keystone-SDA), Donnerstag ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Kanton Basel-Stadt führt ab dem Schuljahr 2027/28 an allen Primarschulen wieder Förderklassen für Kinder mit Verhaltensauffälligkeiten ein.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Grosse Rat hat der Vorlage am Mittwoch mit 68 zu 29 Stimmen bei 3 Enthaltungen zugestimmt.",
        True,
        [("count", 68, None, None), ("count", 29, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Erziehungsdirektor Reto Lüthy-Brenner sagte, für die rund 30 geplanten Klassen seien jährlich 9,6 Millionen Franken budgetiert.",
        True,
        [("count", 30, None, "about"), ("money", 9600000, "CHF", None)],
        "Reto Lüthy-Brenner",
    ),
    (
        "de",
        "«Die integrative Schule ist nicht gescheitert, aber sie ist an ihre Grenzen gekommen», sagte Lüthy-Brenner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer Umfrage der Freiwilligen Schulsynode gaben 71 Prozent der Lehrpersonen an, mindestens einmal pro Woche den Unterricht wegen störender Kinder unterbrechen zu müssen.",
        True,
        [("percent", 71, "%", None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Behindertenorganisationen nannten den Entscheid «einen Rückschritt um 20 Jahre».",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Die SP befürchtet, dass die Förderklassen zu Abstellgleisen für schwierige Kinder werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen den Beschluss kann innert 42 Tagen das Referendum ergriffen werden.",
        True,
        [("duration", 42, "day", None)],
        None,
    ),
    # --- Chronic absenteeism in the U.S. (AP), Thursday ---
    (
        "en",
        "WASHINGTON (AP) — About one in five U.S. public school students was chronically absent last school year, missing at least 10% of school days, according to an analysis of state data released Thursday.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 10, "%", "at_least")],
        None,
    ),
    (
        "en",
        "That is down from a peak of 29.6% in the 2021-22 school year but well above the roughly 14.5% seen before the pandemic.",
        True,
        [
            ("percent", 29.6, "%", None),
            ("year", 2021, None, None),
            ("year", 2022, None, None),
            ("percent", 14.5, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Chronic absence rates were highest in New Mexico, at 38%, and lowest in Utah, at 12%.",
        True,
        [("percent", 38, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Redd said his department would send $150 million in grants to the 40 districts with the worst attendance to hire outreach workers.",
        True,
        [("money", 150000000, "USD", None), ("count", 40, None, None)],
        "Redd",
    ),
    ("en", '"If kids aren\'t in school, nothing else we do matters," Redd said.', False, [], None),
    (
        "en",
        "Johns Hopkins researcher Helen Abara-Quist said students who missed 18 or more days in first grade were twice as likely to be chronically absent in eighth grade.",
        True,
        [
            ("duration", 18, "day", "at_least"),
            ("ordinal", 1, None, None),
            ("count", 2, None, None),
            ("ordinal", 8, None, None),
        ],
        "Helen Abara-Quist",
    ),
    (
        "en",
        "Some parents said they no longer regard daily attendance as essential after years of remote learning.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Teachers\' unions blamed the absences on "a mental health crisis nobody wants to pay for."',
        False,
        [],
        None,
    ),
]
