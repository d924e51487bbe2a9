"""Seventy-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, universities and figures are made
up (Elisabeth Kronberger, Matthias Oberleitner, Lea Schachner, Klaus Brandmeier, Susanne
Hallbauer, Annegret Wollschläger, Miriam Thalhofer, Ulrike Haslinger, Regula Baumberger,
Brigitte Kollerics, Jana Feldmeier, Martin Steinhöfel; Joanna Pryce, Karen Elwood, Paul
Whitacre, Hannah Colebrook, Nick Ferrier, Lorraine Hobbs, Carol Whitfield, Northfield
University, Daniel Carmody, Priya Natarajan, Niamh Corrigan, Martin Aldous, Maria Lundgren,
Alan Marsh, Arthur Steinkamp); real places, agencies and institutions ("Bildungsdirektion",
"Kultusministerkonferenz", "IQB-Bildungstrend", "Bertelsmann Stiftung", "Statistik Austria",
"younion", "Bundesamt für Statistik", "ETH-Rat", "Universitätenkonferenz", "FWF", "ERC",
"ISTA", "Deutsches Studierendenwerk", "Statistisches Bundesamt", "GEW", "QS", "Ofqual",
"UCAS", "Joint Council for Qualifications", "National Foundation for Educational Research",
"Office for Students", "College Board", "National Center for Education Statistics",
"Chicago Public Schools", "ACARA", "State Examinations Commission", "CAO", "Scottish
Qualifications Authority", "Coram", "Ofsted", "OECD", "UK Research and Innovation") stand
for the way wire copy names them; what is said of them here is invented.

Its weight: EDUCATION, SCHOOLS, UNIVERSITIES AND CHILDCARE. Half German (APA, dpa, dpa/lby,
Keystone-SDA; Austrian "Taferlklassler", "heuer", "inskribiert", "Zentralmatura", "Nicht
genügend", "Schulstufe", Swiss "ss", "1'100", "Franken", «» quotes, German „“ quotes): the
school start in eastern Austria ("das Schuljahr 2025/26"), the Zentralmatura, the Hamburg
Abitur ("Notendurchschnitt von 2,31", "Die Bestnote 1,0", "mit einer 1 vor dem Komma"),
lessons lost in Bavaria ("Unterrichtsstunden", "29 statt 28 Wochenstunden"), the IQB
Bildungstrend ("Viertklässler", "24 Punkte"), missing Kita places and fees per month, the
Austrian childcare rate ("der unter Dreijährigen", "Drei- bis Fünfjährigen",
"15a-Vereinbarung"), the Swiss Matura rate and teacher posts, the Austrian universities'
budget and tuition ("726,72 Euro pro Semester", "um mehr als zwei Semester"), rankings
("auf Platz 22", "unter den ersten 500", "unter den Top 100"), ERC and FWF grants, BAföG,
school leavers without a certificate, ETH and EPFL fees, the Austrian laptop scheme and a
teachers' warning strike in Berlin. Half English (PA, Reuters, AP, AAP): GCSE results
("grade 4 or above", "graded 7 or above", "grade 9"), A-levels and UCAS ("28,510
18-year-olds"), teacher recruitment and pay, tuition fees ("£9,790 a year from the 2026-27
academic year"), the Nation's Report Card ("12th-graders", "253 on a 500-point scale"),
college prices and a research-grant ruling, a Chicago schools budget, NAPLAN ("Years 3, 5,
7 and 9"), Australian student debt, childcare and ATARs, the Leaving Certificate ("a H1",
CAO points), Scottish Highers ("National 5"), funded childcare in England, world university
rankings, Education at a Glance, PISA in Wales, preschool in Oregon, doctoral training grants
and a teachers' contract in Philadelphia. Negatives as such copy has them: quoted
evaluations by ministers, union leaders, school leaders, student bodies and rectors, a
Konjunktiv I verdict, appeals and advice to parents and drivers, an open question, scene
colour, a report's argument, a service line, a credit line and a correction note.

238 rows (119 German, 119 English), 51 negatives (27 German, 24 English), 187 check-worthy
rows of which 6 carry no figure (4 German, 2 English), 344 expected quantities (119 counts,
65 percentages, 44 years, 44 amounts of money, 36 durations, 23 ordinals, 7 fractions, 6
dates; 1 of them in a negative), 39 checked speakers (19 German, 20 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, once split on whitespace and once on word characters)
were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: the Kompensationsprüfung as a rule of the Matura, a ranking of Länder in a study
  ("Am besten schnitten Bayern und Sachsen ab ..."), devices free for families on a school
  allowance, a warning strike that cancelled lessons, clearing opening at "8am" (a clock
  time, none) with "thousands" (vague, none), an appeal expected. A quote that states a
  checked fact with a figure is check-worthy with its speaker ("„Wir haben in diesem Jahr
  4.300 Lehrkräfte neu eingestellt ...“, sagte Kultusministerin Susanne Hallbauer.", as
  "\"We restored power to 80% ...\"" in the seventy-first); a Konjunktiv I paraphrase of a
  fact is check-worthy ("... sei auf sieben gestiegen, sagte QS-Analystin Jana Feldmeier.")
  while one of a verdict is a negative ("Rankings sagten wenig ..., betonte der Rektor",
  as "Die Gemeinde sei auf einem guten Weg, betonte der Bürgermeister.", fifty-eighth). A
  union's stated demand with a figure ("Die GEW fordert kleinere Klassen mit höchstens 25
  Kindern") and a foundation's recommendation are positions, check-worthy; a quoted demand
  without content ("„Die Mathematik-Matura gehört von Grund auf neu gedacht“, forderte
  ...") is a negative.
- New: grades on a numbered scale are counts, as a level on a scale is ("Pflegegrad 4",
  forty-ninth; "stage 4" and "vom Grad 3 oder höher" 3 with no hedge, sixty-fourth): "grade
  4 or above" 4, "graded 7 or above" and "at grade 7 or above" 7, "grade 9" 9, "reached a
  grade 4" 4 ("or above" no hedge, as "oder höher"); German grade averages likewise:
  "einen Notendurchschnitt von 2,31 ..., nach 2,29" 2.31 and 2.29, "Die Bestnote 1,0" 1.0,
  "der Abiturschnitt ... bei 2,36; ... mit 2,05" 2.36 and 2.05, "mit einer 1 vor dem Komma"
  1 ("einer" an article). Letter grades and letter-figure grades carry none: "an A* or A",
  "a H1" (a letter and a figure solid, as "B3-Alarm", fifty-eighth), "Nicht genügend",
  "Genügend". Test scores are counts (forty-fourth: PISA points): "24 Punkte", "19 Punkte",
  "um 63 Punkte", "253 on a 500-point scale" 253 and 500 (a figure counting in a compound,
  as "a 34-page ruling", seventy-first), "down 3 points", "down 2 points", "averaging 466
  points", "492 ..., 496 ... and 500", "a perfect ATAR of 99.95", "590 points".
- School years and stages: "das Schuljahr 2025/26", "ab dem Schuljahr 2026/27", "im
  Schuljahr 2021/22", "im Kindergartenjahr 2024/25", "Im Wintersemester 2024/25", "zum
  Wintersemester 2026/27", "the 2026-27 academic year", "the 2025-26 academic year" both
  years (fortieth and fifty-eighth); "ab dem Herbstsemester 2025" the year; "in der
  Leistungsvereinbarungsperiode 2025 bis 2027" both years; "im Rahmen des
  Entlastungspakets 2027" the year (as "Budget 2026", fortieth and fiftieth). Grades
  written as ordinals are ordinals: "der 5. Schulstufe" 5 (fifty-eighth), "in der ersten
  Klasse Volksschule" 1, "through third grade" 3, "12th-graders" 12, "eighth-graders" 8,
  "fourth-graders" 4 (fifty-eighth: "Third-grade reading scores" 3); new: "Viertklässler"
  is ordinal 4, the German compound read as "fourth-graders". Stages numbered after their
  noun are identifiers and carry none (fifty-eighth: "into Year 7", "in Term 1"; twelfth:
  "Class 12 exams"): "In Year 9 writing", new: "in Years 3, 5, 7 and 9" (the list of such
  identifiers) and "National 5 exams" (a qualification's name, as "Voyager 1",
  forty-fourth). New: "die 15a-Vereinbarung" none (the number of a constitutional article
  naming an agreement, as "Section 106", fifty-third and fifty-eighth).
- Lessons and terms: new: "Unterrichtsstunden" in "mehr als 2,6 Millionen
  Unterrichtsstunden" is a duration, 2,600,000 hours "over", by the fifty-eighth batch's
  rule for compounds in "-stunden" ("Einsatzstunden", "Flugstunden", "Sonnenstunden"),
  while "29 statt 28 Wochenstunden" stays two counts (twenty-fourth: "25,5 Wochenstunden"
  a count, a weekly teaching load and no span of time); "3,8 Prozent der
  Unterrichtsstunden" the percentage only. New: a semester and a school year are no units
  of the duration list (as a term of office and a season are none, sixty-third and
  forty-fourth): "um mehr als zwei Semester" count 2 "over", "etwa anderthalb Schuljahren"
  count 1.5 "about"; "pro Semester", "pro Jahr", "im Monat", "a year", "an hour", "a week",
  "per student", "per teacher" carry none.
- Ages and age groups are durations in years (every earlier batch): "für alle Lehrkräfte
  unter 58 Jahren" 58 "under", "für Kinder unter drei Jahren" 3 "under", "der unter
  Dreijährigen" 3 "under" (sixteenth: "allen über 60-Jährigen" "over"), "für alle
  Vierjährigen" 4, "Bei den Drei- bis Fünfjährigen" 3 and 5 and "der 18- bis 24-Jährigen"
  18 and 24 (the unit written once serves both ends, twenty-sixth and sixty-fourth), "25-
  to 34-year-olds" 25 and 34, "3- and 4-year-olds" 3 and 4, "28,510 18-year-olds" count
  28,510 and 18 years, "UK 18-year-olds", "15-year-olds", "students aged 17 and over" 17
  "at_least" and "children aged nine months and over" 9 months "at_least" (sixty-fourth:
  "aged 65 and over"), "a child under two" 2 "under" (seventy-first: "Children under
  five"); new: "for under-twos" is 2 years "under", the hyphenated noun read as "children
  under two". "ab dem vollendeten ersten Lebensjahr" ordinal 1 (thirty-ninth: "im 78.
  Lebensjahr").
- Durations (issue and earlier batches): "vor zehn Jahren" 10 years (forty-sixth: "vor
  zwei Wochen"), "Zehn Jahre zuvor" 10 years (seventy-first: "two years ago"), "für fünf
  Jahre", "for seven years", "in the past 12 months", "over the next five years", "more
  than nine years" "over", "for up to four years" "up_to", "a tentative three-year
  contract" 3 years, "in each of the next two years" 2 years, "in more than three decades"
  30 years "over" (sixty-third: "more than four decades"), "four-year colleges" and "public
  four-year institutions" 4 years (as "a five-year study", forty-fourth), "30 hours of
  funded childcare a week" 30 hours ("a week" none); new: "guaranteed three days a week of
  subsidised childcare" is 3 days, the figure with its unit as "30 hours ... a week". In a
  negative, "every three months" is labelled 3 months (an interval, fifty-eighth: "every
  three weeks"; a figure in a negative is still labelled, seventeenth).
- Ordinals and rankings (forty-fourth and sixty-first): "auf Platz 22", "auf Rang 54",
  "auf Platz 137", "mit Rang sieben" 7, "to second place" 2, "for the 14th year running"
  14, "to fourth" 4, "remained sixth" 6, "in seventh place" 7, "at 19th" 19, "in the first
  round of offers" 1, "in the first year" 1, "ein zweites verpflichtendes
  Kindergartenjahr" 2; "um vier Plätze", "um sieben Ränge" and "slipped one place" counts
  4, 7 and 1 (forty-fourth: "um zwölf Plätze", "slipped two places"); "unter den ersten
  500" ordinal 1 and count 500 (seventy-first: "in the first 10 months" ordinal 1 and 10
  months). New: "unter den Top 100" is count 100, the size of a ranking band. "beste",
  "bestplatzierte", "highest-placed", "top-ranked", "the top grade", "den letzten Plätzen"
  carry none.
- Counts, fractions and percentages otherwise: enrolments, posts and places are counts
  (fifty-eighth): "rund 21.600 Taferlklassler", "143 Lehrerstellen", "1.350 Planstellen",
  "rund 306.000 Kita-Plätze", "98.400 Plätze" ("Allein" no hedge), "67 Stellen", "Rund
  1'100 Personen" and "14'200 Lehrstellen" and "rund 9'800 Studierende" (the Swiss
  apostrophe groups digits, tenth), "20,4 Schülerinnen und Schüler" ("durchschnittlich" no
  hedge, as "im Schnitt"), "5,4 Kinder, in westdeutschen 3,4", "an average of 23 pupils
  per teacher ..., down from 24" ("an average of" no hedge); "einen Personalschlüssel von
  1 zu 3" counts 1 and 3 (forty-ninth: "von 1 zu 40"); "dreimal so hohe Gebühren" count 3
  (twenty-fourth: "doppelt so viele" count 2); "Fünf Forscherinnen und Forscher" 5 while
  "einen der hoch dotierten Advanced Grants" and "die beiden anderen" carry none ("one of"
  a pronoun, sixty-third; "die beiden", fifty-eighth); "voted 6-1" two counts; "a 47-page
  opinion" 47; "the four UK nations" 4. Fractions (issue and seventy-first): "Jede vierte
  ... Lehrkraft" 0.25, "Fast jedes dritte Kind" 0.3333 "nearly", "Knapp ein Drittel"
  0.3333 "nearly", "etwa jeder neunte Studierende" 0.1111 "about", "Only half" 0.5 ("Only"
  no hedge), "One in five" 0.2, "One in three" 0.3333. Percentages: "Prozent", "%" as "%";
  "16.9 percentage points" pp (every earlier batch); "at least 10% of school days"
  "at_least"; "mehr als 2,6 Millionen" "over"; "fast verdoppelt" none (as "verdreifacht",
  eleventh).
- Money (issue and forty-ninth: the period carries none): "bis zu 583 Euro im Monat"
  "up_to", "74,83 Euro im Monat", "726,72 Euro pro Semester", "363,36 Euro", "von 992 auf
  1.041 Euro im Monat" and "von 380 auf 440 Euro" both EUR (the currency written once
  serves both, eighteenth), "höchstens aber 115 Euro" "at_most" (fifty-eighth:
  "höchstens"), "jeweils bis zu 2,5 Millionen Euro" "up_to" ("jeweils" no hedge),
  "16,1 Milliarden Euro", "um rund 3,3 Milliarden Euro mehr" "about", "Statt 730 Franken
  ... 2190 Franken ... 730 Franken" three amounts in CHF; "£9,790 a year", "frozen at
  £9,250 ... to £9,535", "£925 per international student per year", "£5,760", "£32,916",
  "about £1.2 billion" "about", "£15,470 a year", "£11.54 an hour", "£20,780 a year", "£1.1
  billion" GBP; "$45,000", "$11,950" ("averaged" no hedge), "$1.66 trillion", "more than $2
  billion" "over", "$734 million", "$14,400 per student", "more than $25,000" "over",
  "$17,300" USD; "about A$16 billion", "about A$27,600" "about", "A$5,520", "up to A$80,000
  a year" "up_to" AUD; "by €500 to €2,500" EUR.
- Dates and years: Reuters datelines with a day are dates without a year ("LONDON, Oct 20
  (Reuters)" --10-20, "NEW YORK, Oct 28 (Reuters)" --10-28, "PARIS, Sept 9 (Reuters)"
  --09-09; sixty-third and seventy-first); "Seit dem 1. August 2013" 2013-08-01; "from June
  1" --06-01, "on Dec. 18" --12-18; "in September 2025", "by September 2026", "in December
  2026", "in the year to November 2024" the years (a month with its year is the year,
  fifth); "seit 2009", "seit 2010", "bis 2030", "im Jahr 2024", "by 2027", "in 1992",
  "between 2015 and 2024" the years. APA, dpa, dpa/lby, Keystone-SDA, PA, AP and AAP
  datelines, weekdays, months alone ("Anfang Juni", "Ende Juli", "zwischen April und
  Juni", "in April", "in March", "From January", "from September"), "heuer", "im Vorjahr",
  "a decade ago", "a year earlier", "last year", "this year" carry none.
- Hedges, only the names in use: "rund", "etwa", "About", "about", "Around", "some"
  "about"; "knapp", "Knapp", "Fast" "nearly"; "mehr als", "More than", "more than" "over";
  "bis zu", "up to" "up_to"; "höchstens" "at_most"; "at least", "and over" "at_least";
  "unter", "under" "under"; "Only", "only", "nur", "Nur noch", "Allein", "insgesamt",
  "Insgesamt", "In all", "In total", "A total of", "A record", "im Schnitt",
  "durchschnittlich", "an average of", "jeweils" no hedge.
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Bildungsministerium (am Dienstag) mit", "teilte die Schulbehörde / die Bildungsdirektion
  / das Wissenschaftsministerium / der FWF / der ETH-Rat mit", "teilte das Bundesamt für
  Statistik am Dienstag mit", "wie das Bundesbildungsministerium / das Statistische
  Bundesamt mitteilte" the source in the nominative with its article, the weekday dropped
  (forty-fourth and seventy-first); "wie Statistik Austria am Donnerstag mitteilte" and
  "laut Statistik Austria" -> "Statistik Austria" as written (forty-fourth); "Nach Angaben
  der Bildungsdirektion", "nach Angaben des Kultusministeriums", "nach Angaben der
  Universitätenkonferenz" and "Nach Angaben der Gewerkschaft Erziehung und Wissenschaft" the
  source in the nominative with its article (sixtieth: "nach Angaben des
  Kraftfahrt-Bundesamts" -> "das Kraftfahrt-Bundesamt"); "sagte Kultusministerin Susanne
  Hallbauer" and "sagte QS-Analystin Jana Feldmeier" the name, title dropped (eighteenth),
  "so Studienleiterin Annegret Wollschläger" the name (seventy-first: "so Sablin").
  English: "Ofqual said" and "according to UCAS" as written (as "according to
  Chargeline", sixtieth), "ACARA said" as written; "the charity said", "the union said",
  "the university said" (opening the sentence, lower-cased), "the district said Thursday"
  -> "the district", "the government said on Monday" -> "the government" (common nouns
  with their article, sixty-third, fifty-eighth and forty-fourth); "according to the
  National Foundation for Educational Research", "according to the Office for Students",
  "according to the Education Department", "the National Center for Education Statistics
  said", "the College Board said on Tuesday", "The State Examinations Commission said ..."
  (opening the sentence), "the Scottish Qualifications Authority said", "the Department for
  Education said", "the OECD said in its annual ... report" with the article in lower case
  (forty-fourth and seventy-first); "UK Research and Innovation said on Tuesday" as written;
  "Education Minister Daniel Carmody said" and "..., Education Minister Niamh Corrigan
  said." the name (forty-fourth: "Education Minister Peter Lawson said"). Left unchecked
  (None): "nach Zahlen der Kultusministerkonferenz", "nach Zahlen des Statistischen
  Bundesamtes", "wie aus dem ... IQB-Bildungstrend hervorgeht", "nach einer Studie der
  Bertelsmann Stiftung", "Laut der Gewerkschaft younion" (a description before a name),
  "laut dem Lehrstellenbarometer", "Die Senatsverwaltung für Bildung sprach von", "nach
  eigenen Angaben", "Die Stiftung empfiehlt", "according to figures from the Joint Council
  for Qualifications", "UCAS figures show", "Department for Education data shows", "the
  University and College Union estimates" (present tense), "according to results from the
  Nation's Report Card", "NAPLAN results ... show", "according to the charity Coram" (a
  description before a name), "Nurseries say", "the governor's office said", "a state study
  found", rows without attribution and all negatives.
- Negatives: quoted evaluations and rhetoric of ministers, directors, union leaders,
  student bodies, rectors and chief executives („Die Schulen sind gut vorbereitet ...“,
  „Die Noteninflation entwertet das Abitur“, „Diese Zahlen müssen ein Weckruf ... sein“,
  „Der Rechtsanspruch steht vielerorts nur auf dem Papier“, «Der Mangel hat sich
  entschärft, gelöst ist er aber nicht», «Das ist ein fatales Signal ...», "\"Today is
  about celebrating ...\"", "\"Teachers are exhausted ...\"", "\"This is a sector running
  on fumes\"", "\"These results should alarm every parent in America\"", "\"A university
  degree shouldn't come with a life sentence of debt\"", "\"Our members stood together
  ...\""), labels and characterisations ("sprach von einem Schulstart, der „auf Kante
  genäht“ sei", "nannte die Mehrarbeit einen „Schlag ins Gesicht“", "sprach von einem
  «Flickwerk»", "kritisierte die Studienbeiträge als „unsozial“", "nannte die Erhöhung
  „überfällig ...“", "said it was \"determined to turn the tide\"", "School leaders said
  the national figures masked ... gaps", "Opposition parties accused ministers ...", "the
  grants would keep Britain at the cutting edge"), a report's argument, an open question
  ("Ob die Abschlüsse der Länder noch vergleichbar sind ...", "It is not clear how much of
  the decline ..."), general warnings ("Bildungsforscher warnen seit Jahren ..."), appeals
  and advice ("Autofahrerinnen und Autofahrer werden ersucht ...", "Eltern sollten sich
  ... wenden, rät der Landeselternverband.", "Die Familienministerin rief ... auf",
  "Students unhappy with their grades should speak to their school ...", "Parents are
  advised to reconfirm their eligibility code every three months." with its figure
  labelled), scene colour ("Dozens of parents lined up to speak ..."), a service line
  ("Service: Die Ergebnisse aller Schulen ... sind auf der Website ... abrufbar."), a
  credit line and a correction note.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_72 = [
    # --- Schulstart Ostösterreich (APA) ---
    ("de", "Wien (APA) - Für rund 21.600 Taferlklassler in Wien, Niederösterreich und dem Burgenland beginnt am Montag das Schuljahr 2025/26.", True, [("count", 21600, None, "about"), ("year", 2025, None, None), ("year", 2026, None, None)], None),
    ("de", "Österreichweit drücken heuer rund 1,14 Millionen Schülerinnen und Schüler die Schulbank, um knapp 9.000 mehr als im Vorjahr, teilte das Bildungsministerium mit.", True, [("count", 1140000, None, "about"), ("count", 9000, None, "nearly")], "das Bildungsministerium"),
    ("de", "Nach Angaben der Bildungsdirektion sind in Wien zum Schulstart noch 143 Lehrerstellen unbesetzt, die meisten davon an Mittelschulen.", True, [("count", 143, None, None)], "die Bildungsdirektion"),
    ("de", "Jede vierte neu angestellte Lehrkraft kommt inzwischen über den Quereinstieg an die Schule.", True, [("fraction", 0.25, None, None)], None),
    ("de", "46 Prozent der Kinder in der ersten Klasse Volksschule gelten als außerordentliche Schüler, weil sie dem Unterricht sprachlich nicht folgen können.", True, [("percent", 46, "%", None), ("ordinal", 1, None, None)], None),
    ("de", "Für Deutschförderklassen stellt der Bund im laufenden Schuljahr 1.350 Planstellen zur Verfügung.", True, [("count", 1350, None, None)], None),
    ("de", "„Die Schulen sind gut vorbereitet, und wir blicken zuversichtlich auf das neue Jahr“, sagte Bildungsdirektorin Elisabeth Kronberger.", False, [], None),
    ("de", "Die Lehrergewerkschaft sprach von einem Schulstart, der „auf Kante genäht“ sei.", False, [], None),
    ("de", "Autofahrerinnen und Autofahrer werden ersucht, in der Nähe von Schulen besonders vorsichtig und bremsbereit zu fahren.", False, [], None),
    # --- Zentralmatura (APA) ---
    ("de", "Wien (APA) - In Mathematik sind beim Haupttermin der Zentralmatura an den AHS 7,4 Prozent der Klausuren negativ beurteilt worden.", True, [("percent", 7.4, "%", None)], None),
    ("de", "An den berufsbildenden höheren Schulen lag die Negativquote in angewandter Mathematik bei 9,1 Prozent, teilte das Bildungsministerium am Dienstag mit.", True, [("percent", 9.1, "%", None)], "das Bildungsministerium"),
    ("de", "In Deutsch erhielten 3,2 Prozent ein „Nicht genügend“, in Englisch waren es 2,6 Prozent.", True, [("percent", 3.2, "%", None), ("percent", 2.6, "%", None)], None),
    ("de", "Wer negativ ist, kann bei der mündlichen Kompensationsprüfung Anfang Juni die Note noch ausbessern.", True, [], None),
    ("de", "Im Vorjahr waren nach den Kompensationsprüfungen in Mathematik 2,9 Prozent der Kandidatinnen und Kandidaten negativ geblieben.", True, [("percent", 2.9, "%", None)], None),
    ("de", "Insgesamt traten rund 42.500 Schülerinnen und Schüler zur schriftlichen Reifeprüfung an.", True, [("count", 42500, None, "about")], None),
    ("de", "„Die Ergebnisse zeigen, dass an den Schulen hervorragend gearbeitet wird“, sagte Bildungsminister Matthias Oberleitner.", False, [], None),
    ("de", "„Die Mathematik-Matura gehört von Grund auf neu gedacht“, forderte Bundesschulsprecherin Lea Schachner.", False, [], None),
    ("de", "Service: Die Ergebnisse aller Schulen nach Bundesländern sind auf der Website des Ministeriums abrufbar.", False, [], None),
    # --- Abitur in Hamburg (dpa) ---
    ("de", "Hamburg (dpa) - Die Abiturientinnen und Abiturienten in Hamburg haben in diesem Jahr einen Notendurchschnitt von 2,31 erreicht, nach 2,29 im Vorjahr.", True, [("count", 2.31, None, None), ("count", 2.29, None, None)], None),
    ("de", "Die Bestnote 1,0 erzielten 412 Schülerinnen und Schüler, teilte die Schulbehörde mit.", True, [("count", 1.0, None, None), ("count", 412, None, None)], "die Schulbehörde"),
    ("de", "Durchgefallen sind 3,4 Prozent der Prüflinge.", True, [("percent", 3.4, "%", None)], None),
    ("de", "Insgesamt legten 10.870 Schülerinnen und Schüler an 71 Gymnasien und 31 Stadtteilschulen die Prüfungen ab.", True, [("count", 10870, None, None), ("count", 71, None, None), ("count", 31, None, None)], None),
    ("de", "Wegen einer Panne bei der Klausur in Mathematik mussten 1.200 Prüflinge an drei Schulen die Prüfung eine Woche später nachholen.", True, [("count", 1200, None, None), ("count", 3, None, None)], None),
    ("de", "Bundesweit lag der Abiturschnitt nach Zahlen der Kultusministerkonferenz zuletzt bei 2,36; am besten schnitt Thüringen mit 2,05 ab.", True, [("count", 2.36, None, None), ("count", 2.05, None, None)], None),
    ("de", "Der Anteil der Zeugnisse mit einer 1 vor dem Komma hat sich seit 2010 bundesweit fast verdoppelt.", True, [("count", 1, None, None), ("year", 2010, None, None)], None),
    ("de", "„Die Noteninflation entwertet das Abitur“, sagte der Präsident des Lehrerverbands, Klaus Brandmeier.", False, [], None),
    ("de", "Ob die Abschlüsse der Länder noch vergleichbar sind, wird seit Jahren diskutiert.", False, [], None),
    # --- Unterrichtsausfall in Bayern (dpa/lby) ---
    ("de", "München (dpa/lby) - An Bayerns Schulen sind im vergangenen Schuljahr nach Angaben des Kultusministeriums rund 3,8 Prozent der Unterrichtsstunden ersatzlos ausgefallen.", True, [("percent", 3.8, "%", "about")], "das Kultusministerium"),
    ("de", "Hochgerechnet entspricht das mehr als 2,6 Millionen Unterrichtsstunden.", True, [("duration", 2600000, "hour", "over")], None),
    ("de", "Besonders betroffen waren die Mittelschulen mit einer Ausfallquote von 5,1 Prozent, an den Gymnasien waren es 2,7 Prozent.", True, [("percent", 5.1, "%", None), ("percent", 2.7, "%", None)], None),
    ("de", "Lehrkräfte an Grund- und Mittelschulen sollen künftig 29 statt 28 Wochenstunden unterrichten.", True, [("count", 29, None, None), ("count", 28, None, None)], None),
    ("de", "Die Regelung gilt ab dem Schuljahr 2026/27 für alle Lehrkräfte unter 58 Jahren.", True, [("year", 2026, None, None), ("year", 2027, None, None), ("duration", 58, "year", "under")], None),
    ("de", "„Wir haben in diesem Jahr 4.300 Lehrkräfte neu eingestellt, so viele wie nie zuvor“, sagte Kultusministerin Susanne Hallbauer.", True, [("count", 4300, None, None)], "Susanne Hallbauer"),
    ("de", "Der Lehrerverband nannte die Mehrarbeit einen „Schlag ins Gesicht“ der Kolleginnen und Kollegen.", False, [], None),
    ("de", "Eltern sollten sich bei häufigen Ausfällen direkt an die Schulleitung wenden, rät der Landeselternverband.", False, [], None),
    # --- IQB-Bildungstrend (dpa) ---
    ("de", "Berlin (dpa) - Viertklässler in Deutschland lesen deutlich schlechter als noch vor zehn Jahren.", True, [("ordinal", 4, None, None), ("duration", 10, "year", None)], None),
    ("de", "Im Lesen verloren sie im Schnitt 24 Punkte, in Mathematik 19 Punkte, wie aus dem neuen IQB-Bildungstrend hervorgeht.", True, [("count", 24, None, None), ("count", 19, None, None)], None),
    ("de", "Fast jedes dritte Kind erreicht im Lesen nicht einmal den Mindeststandard, so Studienleiterin Annegret Wollschläger.", True, [("fraction", 0.3333, None, "nearly")], "Annegret Wollschläger"),
    ("de", "Für die Studie wurden zwischen April und Juni rund 27.000 Schülerinnen und Schüler an 1.460 Grundschulen getestet.", True, [("count", 27000, None, "about"), ("count", 1460, None, None)], None),
    ("de", "Am besten schnitten Bayern und Sachsen ab, Bremen und Berlin landeten auf den letzten Plätzen.", True, [], None),
    ("de", "Kinder aus zugewanderten Familien lagen im Lesen um 63 Punkte zurück, was etwa anderthalb Schuljahren entspricht.", True, [("count", 63, None, None), ("count", 1.5, None, "about")], None),
    ("de", "„Diese Zahlen müssen ein Weckruf für die ganze Republik sein“, sagte die Präsidentin der Kultusministerkonferenz.", False, [], None),
    ("de", "Bildungsforscher warnen seit Jahren vor genau dieser Entwicklung.", False, [], None),
    # --- Kita-Plätze (dpa) ---
    ("de", "Gütersloh (dpa) - In Deutschland fehlen nach einer Studie der Bertelsmann Stiftung im kommenden Jahr rund 306.000 Kita-Plätze.", True, [("count", 306000, None, "about")], None),
    ("de", "Vor allem im Westen übersteigt der Bedarf das Angebot deutlich: Allein in Nordrhein-Westfalen fehlen demnach 98.400 Plätze.", True, [("count", 98400, None, None)], None),
    ("de", "In ostdeutschen Krippengruppen betreut eine Fachkraft rechnerisch 5,4 Kinder, in westdeutschen 3,4.", True, [("count", 5.4, None, None), ("count", 3.4, None, None)], None),
    ("de", "Die Stiftung empfiehlt für Kinder unter drei Jahren einen Personalschlüssel von 1 zu 3.", True, [("duration", 3, "year", "under"), ("count", 1, None, None), ("count", 3, None, None)], None),
    ("de", "Seit dem 1. August 2013 haben Kinder ab dem vollendeten ersten Lebensjahr einen Rechtsanspruch auf einen Betreuungsplatz.", True, [("date", "2013-08-01", None, None), ("ordinal", 1, None, None)], None),
    ("de", "In Heidelberg zahlen Eltern für einen Ganztagsplatz in der Krippe bis zu 583 Euro im Monat, in Berlin ist die Betreuung beitragsfrei.", True, [("money", 583, "EUR", "up_to")], None),
    ("de", "„Der Rechtsanspruch steht vielerorts nur auf dem Papier“, kritisierte Studienautorin Miriam Thalhofer.", False, [], None),
    ("de", "Die Familienministerin rief Länder und Kommunen auf, beim Ausbau nicht nachzulassen.", False, [], None),
    # --- Kinderbetreuung in Österreich (APA) ---
    ("de", "Wien (APA) - Die Betreuungsquote der unter Dreijährigen ist im Kindergartenjahr 2024/25 auf 33,9 Prozent gestiegen, wie Statistik Austria am Donnerstag mitteilte.", True, [("duration", 3, "year", "under"), ("year", 2024, None, None), ("year", 2025, None, None), ("percent", 33.9, "%", None)], "Statistik Austria"),
    ("de", "Das Barcelona-Ziel der EU von 45 Prozent erreicht damit nur Wien mit 47,2 Prozent.", True, [("percent", 45, "%", None), ("percent", 47.2, "%", None)], None),
    ("de", "Bei den Drei- bis Fünfjährigen liegt die Quote bei 94,1 Prozent.", True, [("duration", 3, "year", None), ("duration", 5, "year", None), ("percent", 94.1, "%", None)], None),
    ("de", "Ab Herbst 2027 soll ein zweites verpflichtendes Kindergartenjahr für alle Vierjährigen gelten.", True, [("year", 2027, None, None), ("ordinal", 2, None, None), ("duration", 4, "year", None)], None),
    ("de", "Der Bund stellt den Ländern dafür über die 15a-Vereinbarung jährlich 200 Millionen Euro zur Verfügung.", True, [("money", 200000000, "EUR", None)], None),
    ("de", "Laut der Gewerkschaft younion fehlen bis 2030 rund 13.000 Elementarpädagoginnen und -pädagogen.", True, [("year", 2030, None, None), ("count", 13000, None, "about")], None),
    ("de", "In Wien ist der Kindergarten seit 2009 beitragsfrei, Eltern zahlen nur den Essensbeitrag von 74,83 Euro im Monat.", True, [("year", 2009, None, None), ("money", 74.83, "EUR", None)], None),
    ("de", "„Jedes Kind verdient den besten Start ins Leben“, sagte Familienstaatssekretärin Ulrike Haslinger.", False, [], None),
    # --- Maturitätsquote und Lehrpersonen (Keystone-SDA) ---
    ("de", "Neuenburg (Keystone-SDA) - Die gymnasiale Maturitätsquote ist in der Schweiz 2024 auf 22,1 Prozent geklettert, teilte das Bundesamt für Statistik am Dienstag mit.", True, [("year", 2024, None, None), ("percent", 22.1, "%", None)], "das Bundesamt für Statistik"),
    ("de", "Die Unterschiede zwischen den Kantonen bleiben gross: Genf kommt auf 33,8 Prozent, Schaffhausen auf 14,6 Prozent.", True, [("percent", 33.8, "%", None), ("percent", 14.6, "%", None)], None),
    ("de", "Zusammen mit der Berufs- und der Fachmaturität erwarben 42,5 Prozent der jungen Erwachsenen einen Maturitätsabschluss.", True, [("percent", 42.5, "%", None)], None),
    ("de", "Zürich (Keystone-SDA) - Im Kanton Zürich waren eine Woche vor Schulbeginn noch 67 Stellen für Lehrpersonen nicht besetzt.", True, [("count", 67, None, None)], None),
    ("de", "Rund 1'100 Personen ohne Lehrdiplom unterrichten derzeit an Zürcher Volksschulen, teilte die Bildungsdirektion mit.", True, [("count", 1100, None, "about")], "die Bildungsdirektion"),
    ("de", "Eine Primarklasse zählt im Kanton durchschnittlich 20,4 Schülerinnen und Schüler.", True, [("count", 20.4, None, None)], None),
    ("de", "Auf dem Lehrstellenmarkt waren Ende Juli laut dem Lehrstellenbarometer noch 14'200 Lehrstellen offen.", True, [("count", 14200, None, None)], None),
    ("de", "«Der Mangel hat sich entschärft, gelöst ist er aber nicht», sagte Bildungsdirektorin Regula Baumberger.", False, [], None),
    ("de", "Der Dachverband Lehrerinnen und Lehrer Schweiz sprach von einem «Flickwerk».", False, [], None),
    # --- Universitätsbudget und Studienbeiträge (APA) ---
    ("de", "Wien (APA) - Die öffentlichen Universitäten erhalten in der Leistungsvereinbarungsperiode 2025 bis 2027 insgesamt 16,1 Milliarden Euro vom Bund.", True, [("year", 2025, None, None), ("year", 2027, None, None), ("money", 16100000000, "EUR", None)], None),
    ("de", "Das sind um rund 3,3 Milliarden Euro mehr als in der Periode davor, teilte das Wissenschaftsministerium mit.", True, [("money", 3300000000, "EUR", "about")], "das Wissenschaftsministerium"),
    ("de", "Im Wintersemester 2024/25 waren an den 22 öffentlichen Universitäten rund 266.000 ordentliche Studierende inskribiert.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 22, None, None), ("count", 266000, None, "about")], None),
    ("de", "Studierende aus Drittstaaten zahlen einen Studienbeitrag von 726,72 Euro pro Semester.", True, [("money", 726.72, "EUR", None)], None),
    ("de", "Wer die Mindeststudienzeit um mehr als zwei Semester überschreitet, muss 363,36 Euro bezahlen.", True, [("count", 2, None, "over"), ("money", 363.36, "EUR", None)], None),
    ("de", "Knapp ein Drittel der Bachelorstudierenden bricht das Studium nach Angaben der Universitätenkonferenz ohne Abschluss ab.", True, [("fraction", 0.3333, None, "nearly")], "die Universitätenkonferenz"),
    ("de", "„Mit diesem Budget sichern wir die Spitzenforschung in Österreich ab“, sagte Wissenschaftsministerin Brigitte Kollerics.", False, [], None),
    ("de", "Die Österreichische Hochschülerinnen- und Hochschülerschaft kritisierte die Studienbeiträge als „unsozial“.", False, [], None),
    # --- Hochschulrankings (dpa, APA) ---
    ("de", "London (dpa) - Die Technische Universität München ist im neuen QS-Hochschulranking als beste deutsche Hochschule auf Platz 22 gelandet.", True, [("ordinal", 22, None, None)], None),
    ("de", "Die Ludwig-Maximilians-Universität München verbesserte sich um vier Plätze auf Rang 54.", True, [("count", 4, None, None), ("ordinal", 54, None, None)], None),
    ("de", "Insgesamt sind 49 deutsche Hochschulen unter den ersten 500 gelistet.", True, [("count", 49, None, None), ("ordinal", 1, None, None), ("count", 500, None, None)], None),
    ("de", "Die Zahl der deutschen Hochschulen unter den Top 100 sei auf sieben gestiegen, sagte QS-Analystin Jana Feldmeier.", True, [("count", 100, None, None), ("count", 7, None, None)], "Jana Feldmeier"),
    ("de", "Wien (APA) - Die Universität Wien fiel im Times-Ranking um sieben Ränge auf Platz 137 zurück.", True, [("count", 7, None, None), ("ordinal", 137, None, None)], None),
    ("de", "Die ETH Zürich bleibt mit Rang sieben die bestplatzierte Hochschule im deutschsprachigen Raum.", True, [("ordinal", 7, None, None)], None),
    ("de", "Bewertet wurden mehr als 1.500 Universitäten aus 104 Ländern.", True, [("count", 1500, None, "over"), ("count", 104, None, None)], None),
    ("de", "Rankings sagten wenig über die Qualität der Lehre aus, betonte der Rektor der Universität Innsbruck.", False, [], None),
    # --- Forschungsförderung (APA) ---
    ("de", "Wien (APA) - Fünf Forscherinnen und Forscher in Österreich erhalten einen der hoch dotierten Advanced Grants des Europäischen Forschungsrats ERC.", True, [("count", 5, None, None)], None),
    ("de", "Die Förderungen sind mit jeweils bis zu 2,5 Millionen Euro für fünf Jahre dotiert.", True, [("money", 2500000, "EUR", "up_to"), ("duration", 5, "year", None)], None),
    ("de", "Drei der Grants gehen an die Universität Wien, die beiden anderen an die TU Graz und das ISTA in Klosterneuburg.", True, [("count", 3, None, None)], None),
    ("de", "Europaweit vergab der ERC in dieser Runde 281 Grants im Gesamtwert von 721 Millionen Euro.", True, [("count", 281, None, None), ("money", 721000000, "EUR", None)], None),
    ("de", "Die Erfolgsquote lag bei 14,8 Prozent.", True, [("percent", 14.8, "%", None)], None),
    ("de", "Der Wissenschaftsfonds FWF fördert heuer 812 neue Projekte mit insgesamt 298 Millionen Euro, teilte der FWF mit.", True, [("count", 812, None, None), ("money", 298000000, "EUR", None)], "der FWF"),
    ("de", "„Das ist eine große Auszeichnung für den Forschungsstandort“, sagte die Rektorin der Universität Wien.", False, [], None),
    # --- BAföG (dpa) ---
    ("de", "Berlin (dpa) - Der BAföG-Höchstsatz steigt zum Wintersemester 2026/27 von 992 auf 1.041 Euro im Monat.", True, [("year", 2026, None, None), ("year", 2027, None, None), ("money", 992, "EUR", None), ("money", 1041, "EUR", None)], None),
    ("de", "Die Wohnkostenpauschale wird von 380 auf 440 Euro angehoben, wie das Bundesbildungsministerium mitteilte.", True, [("money", 380, "EUR", None), ("money", 440, "EUR", None)], "das Bundesbildungsministerium"),
    ("de", "Derzeit beziehen rund 612.000 Studierende und Schüler BAföG, nach Zahlen des Statistischen Bundesamtes ein Rückgang um 2 Prozent.", True, [("count", 612000, None, "about"), ("percent", 2, "%", None)], None),
    ("de", "Nur noch etwa jeder neunte Studierende erhält Leistungen.", True, [("fraction", 0.1111, None, "about")], None),
    ("de", "Die Reform kostet den Bund nach eigenen Angaben rund 150 Millionen Euro pro Jahr.", True, [("money", 150000000, "EUR", "about")], None),
    ("de", "Das Deutsche Studierendenwerk nannte die Erhöhung „überfällig, aber zu knapp bemessen“.", False, [], None),
    ("de", "„Studieren darf keine Frage des Geldbeutels sein“, sagte die Bundesbildungsministerin.", False, [], None),
    # --- Schulabgänger ohne Abschluss (dpa, APA) ---
    ("de", "Wiesbaden (dpa) - Rund 52.300 Jugendliche haben im Jahr 2024 die Schule ohne Hauptschulabschluss verlassen, wie das Statistische Bundesamt mitteilte.", True, [("count", 52300, None, "about"), ("year", 2024, None, None)], "das Statistische Bundesamt"),
    ("de", "Das entspricht einem Anteil von 6,6 Prozent aller Schulabgängerinnen und Schulabgänger.", True, [("percent", 6.6, "%", None)], None),
    ("de", "Bei jungen Männern lag die Quote mit 8,1 Prozent deutlich höher als bei jungen Frauen mit 5,0 Prozent.", True, [("percent", 8.1, "%", None), ("percent", 5.0, "%", None)], None),
    ("de", "Zehn Jahre zuvor hatte der Anteil noch bei 5,7 Prozent gelegen.", True, [("duration", 10, "year", None), ("percent", 5.7, "%", None)], None),
    ("de", "In Österreich gelten laut Statistik Austria 7,2 Prozent der 18- bis 24-Jährigen als frühe Schulabgänger.", True, [("percent", 7.2, "%", None), ("duration", 18, "year", None), ("duration", 24, "year", None)], "Statistik Austria"),
    ("de", "„Jeder Jugendliche ohne Abschluss ist einer zu viel“, sagte die Vorstandschefin der Bundesagentur für Arbeit.", False, [], None),
    # --- Studiengebühren an ETH und EPFL (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Ausländische Studierende an der ETH Zürich und der EPFL zahlen ab dem Herbstsemester 2025 dreimal so hohe Gebühren wie bisher.", True, [("year", 2025, None, None), ("count", 3, None, None)], None),
    ("de", "Statt 730 Franken werden pro Semester 2190 Franken fällig, für Schweizerinnen und Schweizer bleibt es bei 730 Franken.", True, [("money", 730, "CHF", None), ("money", 2190, "CHF", None), ("money", 730, "CHF", None)], None),
    ("de", "Betroffen sind rund 9'800 Studierende, teilte der ETH-Rat mit.", True, [("count", 9800, None, "about")], "der ETH-Rat"),
    ("de", "Das Parlament hatte die Erhöhung im Rahmen des Entlastungspakets 2027 beschlossen.", True, [("year", 2027, None, None)], None),
    ("de", "«Das ist ein fatales Signal an die klügsten Köpfe der Welt», sagte der Präsident des Verbands der Schweizer Studierendenschaften.", False, [], None),
    # --- Geräteinitiative (APA) ---
    ("de", "Wien (APA) - Im Rahmen der Geräteinitiative erhalten heuer rund 88.000 Schülerinnen und Schüler der 5. Schulstufe ein Tablet oder einen Laptop.", True, [("count", 88000, None, "about"), ("ordinal", 5, None, None)], None),
    ("de", "Eltern zahlen einen Selbstbehalt von 25 Prozent des Gerätepreises, höchstens aber 115 Euro.", True, [("percent", 25, "%", None), ("money", 115, "EUR", "at_most")], None),
    ("de", "Familien mit Anspruch auf Schulbeihilfe bekommen das Gerät kostenlos.", True, [], None),
    ("de", "Seit dem Start der Initiative im Schuljahr 2021/22 wurden mehr als 400.000 Geräte ausgegeben.", True, [("year", 2021, None, None), ("year", 2022, None, None), ("count", 400000, None, "over")], None),
    ("de", "Kritikerinnen und Kritiker bemängeln, dass ein Laptop allein noch keinen besseren Unterricht mache.", False, [], None),
    # --- Warnstreik an Berliner Schulen (dpa) ---
    ("de", "Berlin (dpa) - Wegen eines Warnstreiks angestellter Lehrkräfte ist am Mittwoch an vielen Berliner Schulen Unterricht ausgefallen.", True, [], None),
    ("de", "Nach Angaben der Gewerkschaft Erziehung und Wissenschaft beteiligten sich rund 3.200 Lehrerinnen und Lehrer an dem ganztägigen Ausstand.", True, [("count", 3200, None, "about")], "die Gewerkschaft Erziehung und Wissenschaft"),
    ("de", "Die Senatsverwaltung für Bildung sprach von 1.870 Streikenden an 412 Schulen.", True, [("count", 1870, None, None), ("count", 412, None, None)], None),
    ("de", "Die GEW fordert kleinere Klassen mit höchstens 25 Kindern an Grundschulen.", True, [("count", 25, None, "at_most")], None),
    ("de", "„Unsere Leute haben genug von leeren Versprechungen“, sagte GEW-Landeschef Martin Steinhöfel.", False, [], None),
    # --- GCSE results (PA) ---
    ("en", "LONDON (PA) - The proportion of GCSE entries in England awarded grade 4 or above rose to 67.8% this year, up from 67.4% in 2024.", True, [("count", 4, None, None), ("percent", 67.8, "%", None), ("percent", 67.4, "%", None), ("year", 2024, None, None)], None),
    ("en", "In all, 21.9% of entries were graded 7 or above, according to figures from the Joint Council for Qualifications.", True, [("percent", 21.9, "%", None), ("count", 7, None, None)], None),
    ("en", "A total of 5,012 pupils in England achieved grade 9 in every GCSE they sat.", True, [("count", 5012, None, None), ("count", 9, None, None)], None),
    ("en", "Among students aged 17 and over who resat maths, only 17.6% reached a grade 4.", True, [("duration", 17, "year", "at_least"), ("percent", 17.6, "%", None), ("count", 4, None, None)], None),
    ("en", "Ofqual said results were broadly in line with pre-pandemic grading in 2019.", True, [("year", 2019, None, None)], "Ofqual"),
    ("en", "Girls outperformed boys, with 24.9% of their entries at grade 7 or above compared with 18.8% for boys.", True, [("percent", 24.9, "%", None), ("count", 7, None, None), ("percent", 18.8, "%", None)], None),
    ("en", "Entries for GCSE computing rose 8.4% to 101,210.", True, [("percent", 8.4, "%", None), ("count", 101210, None, None)], None),
    ("en", "\"Today is about celebrating the hard work of young people up and down the country,\" Education Secretary Joanna Pryce said.", False, [], None),
    ("en", "School leaders said the national figures masked deep and persistent regional gaps.", False, [], None),
    ("en", "Students unhappy with their grades should speak to their school about the review and appeals process.", False, [], None),
    # --- A-levels and university places (PA) ---
    ("en", "LONDON (PA) - The share of A-level entries in England, Wales and Northern Ireland awarded an A* or A rose to 28.3% this year.", True, [("percent", 28.3, "%", None)], None),
    ("en", "A record 28,510 18-year-olds from the most disadvantaged areas were accepted onto degree courses, UCAS figures show.", True, [("count", 28510, None, None), ("duration", 18, "year", None)], None),
    ("en", "In total, 246,390 UK 18-year-olds had a confirmed place on results day, up 1.2% on last year, according to UCAS.", True, [("count", 246390, None, None), ("duration", 18, "year", None), ("percent", 1.2, "%", None)], "UCAS"),
    ("en", "Pupils in London achieved the highest proportion of top grades, at 32.9%, while the North East had the lowest at 22.3%.", True, [("percent", 32.9, "%", None), ("percent", 22.3, "%", None)], None),
    ("en", "Clearing opened at 8am on Thursday, with thousands of courses still available.", True, [], None),
    ("en", "\"Whatever your results, there are more options available to you than ever before,\" said UCAS chief executive Karen Elwood.", False, [], None),
    # --- Teacher recruitment and pay (PA) ---
    ("en", "LONDON (PA) - Only half of the physics trainee places in England were filled this year, according to the National Foundation for Educational Research.", True, [("fraction", 0.5, None, None)], "the National Foundation for Educational Research"),
    ("en", "Overall, 6,800 fewer trainee teachers were recruited than the government needed, the charity said.", True, [("count", 6800, None, None)], "the charity"),
    ("en", "Teachers in England will receive a 4% pay rise from September, adding about £1.2 billion to school costs.", True, [("percent", 4, "%", None), ("money", 1200000000, "GBP", "about")], None),
    ("en", "Starting salaries outside London will reach £32,916.", True, [("money", 32916, "GBP", None)], None),
    ("en", "One in five state secondary schools reported a vacancy for a maths teacher at the start of term.", True, [("fraction", 0.2, None, None)], None),
    ("en", "About 8.5% of secondary maths lessons were taught by teachers without a post-A-level qualification in the subject.", True, [("percent", 8.5, "%", "about")], None),
    ("en", "Around 40,000 teachers left the profession in the year to November 2024, Department for Education data shows.", True, [("count", 40000, None, "about"), ("year", 2024, None, None)], None),
    ("en", "\"Teachers are exhausted and they are voting with their feet,\" said union general secretary Paul Whitacre.", False, [], None),
    ("en", "The Department for Education said it was \"determined to turn the tide\" on recruitment.", False, [], None),
    # --- Tuition fees and university finances (Reuters) ---
    ("en", "LONDON, Oct 20 (Reuters) - Tuition fees for undergraduates in England will rise with inflation to £9,790 a year from the 2026-27 academic year, the government said on Monday.", True, [("date", "--10-20", None, None), ("money", 9790, "GBP", None), ("year", 2026, None, None), ("year", 2027, None, None)], "the government"),
    ("en", "Fees were frozen at £9,250 for seven years before rising to £9,535 in September 2025.", True, [("money", 9250, "GBP", None), ("duration", 7, "year", None), ("money", 9535, "GBP", None), ("year", 2025, None, None)], None),
    ("en", "Universities will also pay a levy of £925 per international student per year.", True, [("money", 925, "GBP", None)], None),
    ("en", "The cap on fees for foundation years will fall to £5,760.", True, [("money", 5760, "GBP", None)], None),
    ("en", "Around 45% of English universities are forecasting a deficit for the current financial year, according to the Office for Students.", True, [("percent", 45, "%", "about")], "the Office for Students"),
    ("en", "More than 10,000 university jobs have been cut in the past 12 months, the University and College Union estimates.", True, [("count", 10000, None, "over"), ("duration", 12, "month", None)], None),
    ("en", "International student visa applications for the autumn intake were down 3% on a year earlier.", True, [("percent", 3, "%", None)], None),
    ("en", "\"This is a sector running on fumes,\" one vice-chancellor told Reuters.", False, [], None),
    ("en", "(Reporting by Hannah Colebrook; Editing by Nick Ferrier)", False, [], None),
    # --- Nation's Report Card (AP) ---
    ("en", "WASHINGTON (AP) — Reading scores for U.S. 12th-graders have fallen to their lowest level in more than three decades, according to results from the Nation's Report Card released Tuesday.", True, [("ordinal", 12, None, None), ("duration", 30, "year", "over")], None),
    ("en", "The average reading score for 12th-graders was 253 on a 500-point scale, down 3 points from 2019.", True, [("ordinal", 12, None, None), ("count", 253, None, None), ("count", 500, None, None), ("count", 3, None, None), ("year", 2019, None, None)], None),
    ("en", "Only 33% of high school seniors scored at or above the proficient level in reading, and 22% in math.", True, [("percent", 33, "%", None), ("percent", 22, "%", None)], None),
    ("en", "Among eighth-graders, 38% scored below basic in science, the National Center for Education Statistics said.", True, [("ordinal", 8, None, None), ("percent", 38, "%", None)], "the National Center for Education Statistics"),
    ("en", "Results for fourth-graders, released earlier this year, showed reading scores down 2 points from 2022.", True, [("ordinal", 4, None, None), ("count", 2, None, None), ("year", 2022, None, None)], None),
    ("en", "The tests were given to about 24,000 seniors at 1,700 schools early last year.", True, [("count", 24000, None, "about"), ("count", 1700, None, None)], None),
    ("en", "The gap between the highest- and lowest-performing students is the widest since the assessment began in 1992.", True, [("year", 1992, None, None)], None),
    ("en", "\"These results should alarm every parent in America,\" Education Secretary Lorraine Hobbs said in a statement.", False, [], None),
    ("en", "It is not clear how much of the decline can be blamed on the pandemic.", False, [], None),
    ("en", "This story has been updated to correct the number of schools that took part.", False, [], None),
    # --- College prices and research grants (Reuters, AP) ---
    ("en", "NEW YORK, Oct 28 (Reuters) - Average published tuition at private nonprofit four-year colleges rose 4% to $45,000 for the 2025-26 academic year, the College Board said on Tuesday.", True, [("date", "--10-28", None, None), ("duration", 4, "year", None), ("percent", 4, "%", None), ("money", 45000, "USD", None), ("year", 2025, None, None), ("year", 2026, None, None)], "the College Board"),
    ("en", "In-state tuition and fees at public four-year institutions averaged $11,950.", True, [("duration", 4, "year", None), ("money", 11950, "USD", None)], None),
    ("en", "Borrowers owe a combined $1.66 trillion in federal student loans, according to the Education Department.", True, [("money", 1660000000000, "USD", None)], "the Education Department"),
    ("en", "BOSTON (AP) — A federal judge on Friday ordered the government to restore more than $2 billion in research grants to Northfield University, ruling that the freeze was unlawful.", True, [("money", 2000000000, "USD", "over")], None),
    ("en", "The university said about 1,000 research projects had been halted since the funding was frozen in April.", True, [("count", 1000, None, "about")], "the university"),
    ("en", "The judge set out her reasoning in a 47-page opinion.", True, [("count", 47, None, None)], None),
    ("en", "The administration is expected to appeal.", True, [], None),
    ("en", "\"This is a victory for academic freedom and for science,\" university president Carol Whitfield said.", False, [], None),
    # --- Chicago schools budget (AP) ---
    ("en", "CHICAGO (AP) — Chicago Public Schools will close a $734 million budget gap with cuts and short-term borrowing, the district said Thursday.", True, [("money", 734000000, "USD", None)], "the district"),
    ("en", "The district enrolls about 317,000 students, down from more than 400,000 a decade ago.", True, [("count", 317000, None, "about"), ("count", 400000, None, "over")], None),
    ("en", "It plans to lay off about 500 central office staff and leave 1,100 vacant positions unfilled.", True, [("count", 500, None, "about"), ("count", 1100, None, None)], None),
    ("en", "Chronic absenteeism, defined as missing at least 10% of school days, stood at 36% last year.", True, [("percent", 10, "%", "at_least"), ("percent", 36, "%", None)], None),
    ("en", "Average class sizes from kindergarten through third grade will rise to 24 students under the plan.", True, [("ordinal", 3, None, None), ("count", 24, None, None)], None),
    ("en", "The board voted 6-1 on Wednesday night to approve the budget.", True, [("count", 6, None, None), ("count", 1, None, None)], None),
    ("en", "Dozens of parents lined up to speak, many holding hand-painted signs.", False, [], None),
    # --- NAPLAN, student debt and childcare (AAP) ---
    ("en", "SYDNEY (AAP) - One in three Australian students is not meeting national minimum standards in literacy and numeracy, NAPLAN results released on Wednesday show.", True, [("fraction", 0.3333, None, None)], None),
    ("en", "In Year 9 writing, 39.7% of students were below the proficient standard, ACARA said.", True, [("percent", 39.7, "%", None)], "ACARA"),
    ("en", "More than 1.3 million students in Years 3, 5, 7 and 9 sat the tests in March.", True, [("count", 1300000, None, "over")], None),
    ("en", "CANBERRA (AAP) - Student debts will be cut by 20% from June 1, wiping about A$16 billion from the loan books of some three million Australians.", True, [("percent", 20, "%", None), ("date", "--06-01", None, None), ("money", 16000000000, "AUD", "about"), ("count", 3000000, None, "about")], None),
    ("en", "The average HELP debt stands at about A$27,600 and takes more than nine years to repay.", True, [("money", 27600, "AUD", "about"), ("duration", 9, "year", "over")], None),
    ("en", "Education Minister Daniel Carmody said the cut would save the average graduate A$5,520.", True, [("money", 5520, "AUD", None)], "Daniel Carmody"),
    ("en", "Families earning up to A$80,000 a year will get a 90% childcare subsidy under the changes.", True, [("money", 80000, "AUD", "up_to"), ("percent", 90, "%", None)], None),
    ("en", "From January, all eligible families will be guaranteed three days a week of subsidised childcare.", True, [("duration", 3, "day", None)], None),
    ("en", "\"A university degree shouldn't come with a life sentence of debt,\" Carmody said.", False, [], None),
    ("en", "Western Australia's top student, Priya Natarajan, achieved a perfect ATAR of 99.95.", True, [("count", 99.95, None, None)], None),
    ("en", "Students in New South Wales will receive their ATARs on Dec. 18.", True, [("date", "--12-18", None, None)], None),
    # --- Leaving Certificate (PA) ---
    ("en", "DUBLIN (PA) - More than 61,000 students received their Leaving Certificate results on Friday, with grades broadly in line with last year.", True, [("count", 61000, None, "over")], None),
    ("en", "The State Examinations Commission said 11.2% of higher-level maths candidates achieved a H1, the top grade.", True, [("percent", 11.2, "%", None)], "the State Examinations Commission"),
    ("en", "The CAO received 84,311 applications this year, 2.1% fewer than in 2024.", True, [("count", 84311, None, None), ("percent", 2.1, "%", None), ("year", 2024, None, None)], None),
    ("en", "Entry to pharmacy at Trinity College Dublin required 590 points in the first round of offers.", True, [("count", 590, None, None), ("ordinal", 1, None, None)], None),
    ("en", "The student contribution fee will fall by €500 to €2,500 for the 2025-26 academic year, Education Minister Niamh Corrigan said.", True, [("money", 500, "EUR", None), ("money", 2500, "EUR", None), ("year", 2025, None, None), ("year", 2026, None, None)], "Niamh Corrigan"),
    ("en", "Primary schools will have an average of 23 pupils per teacher from September, down from 24.", True, [("count", 23, None, None), ("count", 24, None, None)], None),
    ("en", "\"Every student should be proud of what they have achieved today,\" Corrigan said.", False, [], None),
    # --- Scottish exam results (PA) ---
    ("en", "EDINBURGH (PA) - Scotland's Higher pass rate fell to 74.0% this year, down from 77.1% in 2024, the Scottish Qualifications Authority said.", True, [("percent", 74.0, "%", None), ("percent", 77.1, "%", None), ("year", 2024, None, None)], "the Scottish Qualifications Authority"),
    ("en", "The attainment gap between pupils from the most and least deprived areas widened to 16.9 percentage points at Higher.", True, [("percent", 16.9, "pp", None)], None),
    ("en", "Pass rates for National 5 exams fell to 77.8%.", True, [("percent", 77.8, "%", None)], None),
    ("en", "About 142,000 learners received their results by text, email or post on Tuesday morning.", True, [("count", 142000, None, "about")], None),
    ("en", "Opposition parties accused ministers of presiding over a decade of decline.", False, [], None),
    # --- Funded childcare in England (PA) ---
    ("en", "LONDON (PA) - Working parents in England with children aged nine months and over can claim 30 hours of funded childcare a week from September.", True, [("duration", 9, "month", "at_least"), ("duration", 30, "hour", None)], None),
    ("en", "About 480,000 children are expected to benefit, the Department for Education said.", True, [("count", 480000, None, "about")], "the Department for Education"),
    ("en", "The average cost of a full-time nursery place for a child under two has risen to £15,470 a year, according to the charity Coram.", True, [("duration", 2, "year", "under"), ("money", 15470, "GBP", None)], None),
    ("en", "Nurseries say the funding rate of £11.54 an hour for under-twos does not cover their costs.", True, [("money", 11.54, "GBP", None), ("duration", 2, "year", "under")], None),
    ("en", "The government plans to open 300 new school-based nurseries by September 2026.", True, [("count", 300, None, None), ("year", 2026, None, None)], None),
    ("en", "Ofsted rated 98% of nurseries in England good or outstanding at their most recent inspection.", True, [("percent", 98, "%", None)], None),
    ("en", "\"The expansion has been a lifeline for families,\" a spokesperson for the Early Years Alliance said.", False, [], None),
    ("en", "Parents are advised to reconfirm their eligibility code every three months.", False, [("duration", 3, "month", None)], None),
    # --- World university rankings (PA) ---
    ("en", "LONDON (PA) - Imperial College London has risen to second place in the QS World University Rankings, behind the Massachusetts Institute of Technology for the 14th year running.", True, [("ordinal", 2, None, None), ("ordinal", 14, None, None)], None),
    ("en", "The University of Oxford slipped one place to fourth, while Cambridge remained sixth.", True, [("count", 1, None, None), ("ordinal", 4, None, None), ("ordinal", 6, None, None)], None),
    ("en", "The 2026 edition ranks 1,501 institutions across 106 countries.", True, [("year", 2026, None, None), ("count", 1501, None, None), ("count", 106, None, None)], None),
    ("en", "Of the 90 British universities in the table, 54 fell.", True, [("count", 90, None, None), ("count", 54, None, None)], None),
    ("en", "ETH Zurich was the highest-placed university in continental Europe, in seventh place.", True, [("ordinal", 7, None, None)], None),
    ("en", "The University of Melbourne remained Australia's top-ranked institution at 19th.", True, [("ordinal", 19, None, None)], None),
    ("en", "\"British universities remain world-class, but the warning lights are flashing,\" said QS research director Martin Aldous.", False, [], None),
    # --- Education at a Glance (Reuters) ---
    ("en", "PARIS, Sept 9 (Reuters) - OECD countries spend an average of $14,400 per student a year from primary school to university, the OECD said in its annual Education at a Glance report.", True, [("date", "--09-09", None, None), ("money", 14400, "USD", None)], "the OECD"),
    ("en", "Luxembourg spends the most, at more than $25,000 per student.", True, [("money", 25000, "USD", "over")], None),
    ("en", "Across the OECD, 48% of 25- to 34-year-olds now hold a tertiary qualification, up from 41% in 2015.", True, [("percent", 48, "%", None), ("duration", 25, "year", None), ("duration", 34, "year", None), ("percent", 41, "%", None), ("year", 2015, None, None)], None),
    ("en", "Teachers' statutory salaries rose by 4% in real terms between 2015 and 2024.", True, [("percent", 4, "%", None), ("year", 2015, None, None), ("year", 2024, None, None)], None),
    ("en", "In Germany, only 40% of young adults hold a degree, well below the OECD average of 48%.", True, [("percent", 40, "%", None), ("percent", 48, "%", None)], None),
    ("en", "The report argues that governments would get more for their money by spending it on the youngest children.", False, [], None),
    # --- PISA in Wales (PA) ---
    ("en", "CARDIFF (PA) - Wales recorded the lowest PISA scores of the four UK nations, with 15-year-olds averaging 466 points in maths.", True, [("count", 4, None, None), ("duration", 15, "year", None), ("count", 466, None, None)], None),
    ("en", "Scores in England were 492 in maths, 496 in reading and 500 in science.", True, [("count", 492, None, None), ("count", 496, None, None), ("count", 500, None, None)], None),
    ("en", "The next PISA results, based on tests sat by about 690,000 students in 91 countries, are due in December 2026.", True, [("count", 690000, None, "about"), ("count", 91, None, None), ("year", 2026, None, None)], None),
    ("en", "\"These results are deeply disappointing and we will not shy away from them,\" the Welsh education secretary said.", False, [], None),
    # --- Preschool in Oregon (AP) ---
    ("en", "SALEM, Ore. (AP) — Oregon will expand free preschool to 10,000 more 3- and 4-year-olds by 2027, the governor's office said.", True, [("count", 10000, None, None), ("duration", 3, "year", None), ("duration", 4, "year", None), ("year", 2027, None, None)], None),
    ("en", "The average annual cost of infant care in the state is $17,300, more than in-state tuition at its public universities.", True, [("money", 17300, "USD", None)], None),
    ("en", "About 60% of Oregon's young children live in areas with too few licensed child care slots, a state study found.", True, [("percent", 60, "%", "about")], None),
    ("en", "\"Child care is infrastructure, plain and simple,\" state Sen. Maria Lundgren said.", False, [], None),
    # --- Doctoral training grants (PA) ---
    ("en", "LONDON (PA) - Funders will spend £1.1 billion training 4,000 doctoral students over the next five years, UK Research and Innovation said on Tuesday.", True, [("money", 1100000000, "GBP", None), ("count", 4000, None, None), ("duration", 5, "year", None)], "UK Research and Innovation"),
    ("en", "Each studentship will cover tuition fees and a stipend of £20,780 a year for up to four years.", True, [("money", 20780, "GBP", None), ("duration", 4, "year", "up_to")], None),
    ("en", "The money will go to 65 centres for doctoral training at 70 universities.", True, [("count", 65, None, None), ("count", 70, None, None)], None),
    ("en", "Science Minister Alan Marsh said the grants would keep Britain at the cutting edge of research.", False, [], None),
    # --- Philadelphia teachers' contract (AP) ---
    ("en", "PHILADELPHIA (AP) — The city's teachers union reached a tentative three-year contract with the school district late Friday, averting a strike that had been set for Monday.", True, [("duration", 3, "year", None)], None),
    ("en", "The deal gives teachers raises of 5% in the first year and 4% in each of the next two years, the union said.", True, [("percent", 5, "%", None), ("ordinal", 1, None, None), ("percent", 4, "%", None), ("duration", 2, "year", None)], "the union"),
    ("en", "The district employs about 8,800 teachers and serves some 118,000 students.", True, [("count", 8800, None, "about"), ("count", 118000, None, "about")], None),
    ("en", "\"Our members stood together, and it paid off,\" union president Arthur Steinkamp told reporters.", False, [], None),
]
