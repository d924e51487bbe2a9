"""Two-hundred-and-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, hospitals, firms, towns and
figures are made up (Ulrike Hembach, Gerald Puchhammer, Bernward Stolzenberg, Nadine
Brugger, Verena Ammann, Thomas Rettenbacher, the Kreisklinik Ebersfeld and its town, Hartmut
Seliger, the Regionalspital Wynegg, Simone Eggenschwiler; Daniel Orrin, Kieran Loftus,
Rachel Penhaligon, Margaret Tollady, Severnvale Hospitals NHS Foundation Trust, Joanne
Creswick, Euan Carruthers, Morag Kinnaird, Siobhan Kealy, Aoife Brannigan, Eleanor Haskett,
Prairie Ridge Regional Hospital, Cody Harland, Lorraine Tubbs, Huw Pennant, Alun Brereton,
Clare Ashdown, Tamsin Rourke, Crestmoor Health); association heads, union officials and
office holders of real bodies appear under made-up names that stand for no real holder, or
by their role only ("die Bundesgesundheitsministerin", "die Gesundheitsministerin", "der
bayerische Gesundheitsminister", "der Gesundheitsstadtrat", "ein Sprecher der Kasse", "der
Vorstandschef einer großen Ersatzkasse", "eine Stationsleiterin", "eine Assistenzärztin",
"A spokesperson for the Department of Health", "the state's health minister", "the state's
opposition health spokeswoman", "a consultant in emergency medicine"). Real bodies, places,
laws and things (Schätzerkreis, Bundesamt für Soziale Sicherung, GKV-Spitzenverband, VdK,
Österreichische Gesundheitskasse, ÖGK, Ärztekammer, Deutsches Krankenhausinstitut, Deutsche
Krankenhausgesellschaft, DKG, Statistisches Bundesamt, Bundesamt für Gesundheit, BAG,
Santésuisse, SP, Tessin, Appenzell Innerrhoden, Forsa, Techniker Krankenkasse,
Kassenärztliche Bundesvereinigung, 116117, Oberfranken, CSU, Bundesrat, Wiener
Gesundheitsverbund, younion, Klinik Ottakring, Klinik Floridsdorf, Barmer, Verdi,
Kantonsspital Aarau, H+, Marburger Bund, Tarifgemeinschaft deutscher Länder, Hannover,
Bundesgesundheitsministerium, Ministerrat, FPÖ, Elga, Rechnungshof, Deutsche
Interdisziplinäre Vereinigung für Intensiv- und Notfallmedizin; British Medical Association,
BMA, NHS Employers, NHS England, Patients Association, NHS Confederation, Unison, King's
Fund, NHS Providers, Department of Health, Royal College of Nursing, RCN, Public Health
Scotland, Scottish Government, Royal College of Emergency Medicine, Irish Nurses and
Midwives Organisation, INMO, Cork University Hospital, Health Service Executive, HSE,
National Treatment Purchase Fund, British Social Attitudes survey, National Centre for
Social Research, Nuffield Trust, Medicaid, Center for Healthcare Quality and Payment Reform,
Congressional Budget Office, Welsh Government, Welsh Conservatives, Royal College of GPs, GP
Patient Survey, NHS Staff Survey, Affordable Care Act, Centers for Medicare & Medicaid
Services, Bureau of Health Information, NSW Nurses and Midwives' Association, and the
datelines' cities) stand for the way wire copy names them; every contribution, premium,
deficit, wait, list, bed, post, vote, pay offer, survey share, closure and quote here is
invented, and where a real figure came to mind (a real contribution rate, a real waiting
list, a real satisfaction score, a real bed count) it was changed (the survey's first year,
1983, kept).

Its weight: HOSPITALS AND HEALTH INSURANCE - waiting times, contribution rates
(Zusatzbeitrag), premiums, deficits, staff shortages, bed counts, clinic closures, reform
plans, insurers' and doctors' associations' statements and patient and staff surveys - over
three wire weeks of one November (Monday, November 3, to Wednesday, November 19, of a year
whose coming year is 2027), as 29 short stories in story order, the German and English
stories interleaved, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). Half German (dpa with its regional
slug "dpa/lby", APA, Keystone-SDA, Reuters German; Austrian "heuer", "Spitalsambulanzen",
"Kassenstellen", "ordinieren", "Wahlärzte", "Gemeindespitäler", "Gang", "Obmann", Swiss
"gemäss", "schliesst", "grössten", "liess", «» quotes, German „“ quotes): the Schätzerkreis
and the Zusatzbeitrag, the ÖGK's losses and its waits, the hospital barometer and
insolvencies, the Swiss premiums for next year, waiting times for specialists in a patient
survey, a district hospital closing its emergency department and maternity ward, the
Bundesrat on the hospital reform, locked beds in Vienna, the Barmer nursing report, a
maternity ward closing in Aargau, a warning strike at university hospitals, the insurers'
nine-month deficit, Austria's hospital financing reform and Germany's emergency care reform.
Half English (PA, Reuters, AP; NHS copy in PA's "per cent" and "£812m"): resident doctors'
fresh strike, NHS England's monthly figures, NHS England folded into the ministry, trusts'
deficits, nurses on corridor care, Scotland's A&E, Irish trolleys, satisfaction with the
NHS, a rural hospital closing in Oklahoma, Welsh waits, the GP Patient Survey, a winter bed
crunch, the NHS Staff Survey, Affordable Care Act sign-ups and emergency waits in New South
Wales. Figures as such copy has them: contributions in percent and points ("von 3,2 Prozent
nach bisher 2,9 Prozent", "um 0,3 Beitragssatzpunkte", "up 2 percentage points"), premiums
and pay in francs and euros per month, waits in days, weeks, months, hours, minutes and
seconds ("im Durchschnitt 42 Tage ..., privat Versicherte nur 24", "60 Tage oder länger",
"less than 18 weeks", "longer than 12 hours", "31 minutes and 52 seconds", "im Mittel knapp
drei Stunden", "höchstens 15 Minuten"), lists and cases in millions ("7.36m", "2.1 million
more"), beds, posts, sites, staff and signatures, deficits and funds in euros, francs,
pounds, dollars and Australian dollars ("a combined £812m", "50-Milliarden-Euro-
Transformationsfonds", "a 450 million pound winter fund", "A$32.6 billion"), shares in
words ("Gut drei Viertel", "Jede fünfte Klinik", "Fast jeder Dritte", "Gut jede vierte
versicherte Person", "Knapp jede zehnte", "mehr als die Hälfte", "gut ein Drittel", "etwa
ein Drittel davon", "More than a third", "Almost two-thirds", "about one in three", "Three
in four", "more than one in 10", "Nearly one in eight", "One in five", "up to a third"),
votes, definite groups, ordinals of rounds, walkouts, falls and quarters, ages, years,
dates with and without a year and hedges. Negatives as such copy has them: quoted rhetoric
and feelings of association heads, ministers, union leaders, nurses, doctors and patients,
labels by lobbies, chambers, parties and employers, blame, a union's demand without a
figure, promises and resolve without a measure, appeals, doubts, evasions and open
questions, and vox pops and scene quotes with their figures labelled.

237 rows (118 German, 119 English), 57 negatives (29 German, 28 English), 180 check-worthy
rows of which 11 carry no figure (9 German, 2 English), 321 expected quantities (118 counts,
55 percentages - 53 in %, 2 in percentage points -, 49 durations - 15 in years, 12 in hours,
7 in days, 5 in months, 5 in weeks, 4 in minutes, 1 in seconds -, 34 amounts of money - 19
EUR, 6 CHF, 6 GBP, 2 USD, 1 AUD -, 22 years, 19 fractions, 13 dates, 11 ordinals; 11 of them
in 9 negatives, as the seventeenth batch labels a figure in a negative), 37 checked speakers
(19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label, vow, promise or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-twenty-third, hundred-eighty-third, two-hundred-fourth); a quoted or reported
  statement of fact, figure, step, plan or position is check-worthy with its speaker. Pairs
  from one speaker: Hembach's 8.6 percent beside her „Beitragsspirale“; Orrin's 250 million
  pounds and his 2.1 million appointments beside "bent over backwards", "paying off" and
  "the biggest bonfire of bureaucracy"; Loftus's 30,000 applicants beside "disposable";
  Puchhammer's 7.4 and 9.1 percent beside his „Grundversorgung von 7,6 Millionen Menschen“
  (rhetoric with a figure, its count labelled; two-hundred-fourth); Stolzenberg's 8 billion
  euros beside „stilles Kliniksterben“; Tollady's one in three beside "cut your way";
  Creswick's 18,400 nurses beside her "scandal"; Kinnaird's 1,500 staff and her 11 of 14
  boards beside her thanks; Haskett's 19 percent beside "rock solid"; Seliger's 2.3 billion
  euros beside „teuren Krücke“; Pennant's 120 million pounds beside "direction of travel";
  Brereton's 680 GPs beside "the front door of the NHS is jammed"; Ashdown's 5.1 percent
  beside "exhausted". Konjunktiv I paraphrases of a figure or a stated cause are
  check-worthy with the speaker their own attribution gives ("Hauptgrund seien die Ausgaben
  ..., sagte ÖGK-Obmann Gerald Puchhammer.", "Das Haus habe ..., sagte Landrat Thomas
  Rettenbacher (CSU)."; hundred-twenty-third, hundred-eighty-third); a hospital director's
  quoted rule with a figure is check-worthy («... mindestens 600 Geburten pro Jahr», sagte
  Spitaldirektorin Simone Eggenschwiler.; the issue's quotes followed by "sagte X").
- Check-worthy without a figure (11 rows; hundred-twenty-third, hundred-eighty-third,
  two-hundredth): the Schätzerkreis's agreement as the source of the rate, the KBV's
  rejection with a label (hundred-sixty-second: „Kiew wies dies als „Propaganda“ zurück.“;
  two-hundred-fourth), the Bundesrat's approval, the cabinet's and the Ministerrat's
  decisions, the source line of the Barmer report, a maternity ward closing, a duty written
  into a reform (Elga diagnoses, a round-the-clock service under 116117), a government's
  stated position ("will not reopen talks") and a rejected inquiry.
- Negatives (hundred-twenty-third, hundred-eighty-third, two-hundred-third,
  two-hundred-fourth): labels ("sprach von einem „Griff in die Geldbörsen ...“", „Flucht aus
  dem Kassensystem“, „Reform auf Pump“, „Reförmchen“, „unverhältnismäßig und
  verantwortungslos“, „gut gemeint, aber schlecht gemacht“, "treated a generation of doctors
  as disposable", "a scandal hiding in plain sight", "being failed on an industrial scale",
  "being asked to do the impossible", "nothing to celebrate"), criticism („greife „tief in
  die Planungshoheit der Länder“ ein“), blame ("Die Krankenkassen halten den Kliniken seit
  Jahren vor, ...", "accused the government of ...", "Democrats blamed Republicans ...";
  hundred-eighty-third), a union's demand without a figure ("Die
  Gewerkschaft Verdi forderte, Leiharbeit ... ganz zu verbieten."; two-hundred-third), a
  promise and a resolve without a measure ("versprach, die Lage werde sich „spätestens im
  Frühjahr“ entspannen", "said it was determined to end the practice", "must "get a grip" on
  spending"; hundred-twenty-third), appeals ("appellierte an Kasse und Kammer", "urged
  Congress", "called on ministers"; two-hundred-fourth), a doubt with its span labelled
  ("said they doubted the savings would materialise within two years" 2 years;
  two-hundred-fourth), an evasion with its year labelled („Ob der Zusatzbeitrag 2028 erneut
  steigt, wollte die Ministerin nicht sagen.“; hundred-ninety-sixth), open questions ("Ob
  das Parlament die Mindestfranchise von 300 auf 400 Franken erhöht, ist offen." with both
  amounts labelled, "Ob in dem Gebäude ...", "Wie viele ...", "Ob weitere Abteilungen folgen,
  liess die Spitalleitung offen.", "Ob die Länder ...", "Whether the government's 10-year
  plan ..." with 10 years labelled; two-hundredth,
  two-hundred-first), and quotes of feeling from nurses, doctors, patients and a broker,
  with their figures labelled (the 71-year-old resident, 71 years; the mother's "vor zwei
  Wochen", 2 weeks; the resident doctor's „für 60 Patienten“, 60; "Lorraine Tubbs, 68, who
  lives 12 miles outside town", 68 years and 12; hundred-twenty-third, two-hundredth).
- Forecasts, plans and demands with a figure are check-worthy (seventh,
  hundred-forty-eighth, two-hundredth): the ÖGK's expected loss, the ministry's 2 billion
  euro package, the BMA's 10,000 places, the coalition's date for the Primärarztsystem, the
  Barmer's 280,000 by 2035, the Wiener Gesundheitsverbund's 1,000 nurses, the ministry's
  site count by 2035 ("Nach Berechnungen des Ministeriums", speaker unchecked, hundred-
  tenth), the HSE's 290 beds, Crestmoor's "up to a third", the CBO's estimates, the
  nurses' vote on a 24-hour strike (hundred-twenty-third: an announced strike with its
  length).
- Health insurance (forty-ninth, hundred-twenty-third, hundred-eighty-third): contribution
  rates and premium rises are percentages as written ("von 3,2 Prozent nach bisher 2,9
  Prozent" both, "nach bisher" no hedge; "im Mittel 4,4 Prozent mehr" no hedge; "um 7,1
  Prozent", "mit 1,8 Prozent"); premiums and wages per month are money, the period carrying
  none ("407,90 Franken", "111,60 Franken im Monat", "289,30 Franken", "3.500 Euro brutto",
  "gut 5 Euro mehr im Monat" 5 EUR "over" - the "mehr" after the figure compares -, "4.310
  Euro brutto im Monat", "1.150 Euro pro Tag"); "von 19 bis 25 Jahren" two ages (forty-ninth:
  ranges give both ends). New: "um 0,3 Beitragssatzpunkte" is percent 0.3 in pp - a
  compound of "Punkte" naming the contribution rate is read as "Prozentpunkte", as the
  hundred-ninety-sixth reads "um 0,1 Punkte" of a jobless rate 0.1 pp (twenty-seventh: a
  poll's points). "up 2 percentage points" 2 pp. Reserves in months of spending are counts,
  the unit inside the compound counted ("0,08 Monatsausgaben ..., vorgeschrieben sind
  mindestens 0,2" 0.08 and 0.2 "at_least", the unit written once serving the later figure;
  hundred-eightieth: "0,25 Monatsausgaben" count 0.25).
- Waiting times, targets and standards are durations (forty-ninth, hundred-twenty-third):
  "im Durchschnitt 42 Tage ..., privat Versicherte nur 24" 42 and 24 days (the unit written
  once serves the later figure; "im Durchschnitt" no hedge as "im Schnitt"), "länger als
  drei Monate" "over", "an 19 Tagen" 19 days, "im Mittel knapp drei Stunden" 3 hours
  "nearly", "less than 18 weeks" "under", "within four hours" (four times), "longer than 12
  hours" and "more than eight hours" and "more than 12 hours" (twice) "over", "31
  minutes and 52 seconds" two durations and "a target of 30 minutes", "within 62 days",
  "within eight minutes", "waited over two weeks" "over" (forty-ninth: "waited over 18
  months"), "more than two years" "over", "The median wait ... was 52 days" ("median" no
  hedge), "a combined 41,000 hours" 41,000 hours ("a combined" no hedge), "a 24-hour
  strike", "einen 24-stündigen Warnstreik" 24 hours (the issue's "fünfstündigen"), "a fresh
  five-day strike" 5 days, "für zwölf Monate", "verteilt auf zwei Stufen und 24 Monate"
  count 2 and 24 months (hundred-twenty-third: "in zwei Schritten"), "in den vergangenen
  drei Jahren", "drei Jahre mehr Zeit" 3 years (hundred-eighty-third: "zwei Jahre mehr
  Zeit"), "über zehn Jahre hinweg" 10 years with no hedge (hundred-second), "over two years"
  and "over four weeks" and "over 10 years" with no hedge ("over" before a span,
  hundred-sixteenth), "than in the previous 12 months" 12 months (forty-ninth: "in the past
  12 months"), "a 10-year health plan" and "the government's 10-year plan" 10 years (fifth:
  "a 10-year plan"), "in den ersten neun Monaten" ordinal 1 and 9 months and "in the first
  two weeks" ordinal 1 and 2 weeks (two-hundredth: "In den ersten zwei Monaten"), "vor fünf
  Jahren" and "five years ago" 5 years (hundred-fifty-fifth, hundred-eighty-third). New: "60
  Tage oder länger" is 60 days "at_least" - the German "oder länger" after a span reads as
  "28 days or longer" (hundred-eighty-third). None: "more than a year" (an article,
  two-hundredth), "im Jahresdurchschnitt", "im laufenden Jahr", "im kommenden Jahr", "im
  vergangenen Jahr", "in diesem Jahr", "heuer", "seit Jahresbeginn", "vor einem Jahr", "im
  Monat", "pro Jahr", "pro Tag", "jährlich", "a year earlier", "a decade ago", "last year",
  "last week", "last month", "this year", "next year", "a year", "a day", "each day", "every
  day", "in the year to September", "so far in November", "the July-September quarter",
  "the last fiscal year", "the last financial year", "since last winter", "rund um die Uhr",
  months, weekdays and "am Donnerstagabend". New: "24/7" carries no quantity - a phrase for
  "all the time", as "rund um die Uhr" (hundred-twenty-third), in Kinnaird's check-worthy
  row with its 11 of 14 boards and in her negative alike.
- Counts (every batch): beds, posts, staff, sites, signatures and patients with their hedges
  ("436 Betten", "rund 260 Betten" "about", "mindestens 300 Pflegekräfte und 140 ..." - the
  hedge on the first figure only, forty-ninth -, "rund 1.000 zusätzliche Pflegekräfte, davon
  350", "186 Betten ..., rund 430 Menschen, etwa 120 Stellen", "mehr als 9.000
  Unterschriften" "over", "bis zu 280.000" "up_to", "bis zu 45 Kilometer" "up_to" (a
  distance a count, hundred-eighteenth), "um 26 mehr" ("mehr" after the figure compares),
  "nur noch 7.050" ("nur noch" no hedge), "A total of 61,480" ("A total of" no hedge, as
  "insgesamt"), "An average of 92,410" and "an average of 640" no hedge, "roughly 10,000
  fewer" "about", "more than 60 miles" "over" (hundred-twenty-third: "47 miles away"), "2,200
  extra beds" and "1,500 additional staff" ("extra", "additional" no hedge), "Around 5,400"
  "about", "more than 30,000 ... about 10,000" each its own hedge, "about 40 of whom"
  "about"), tallies and definite groups ("mit 38 zu 21 Stimmen", "Vier der sechs
  Kassenarten", "Nineteen of the 42", "11 of Scotland's 14", "Of the 26,113 people ...,
  2,488 ... and 1,041"; sixty-fifth, forty-first), "Category 2" count 2 (forty-ninth), "fast
  doppelt so stark" count 2 "nearly" (hundred-twenty-third: "fast doppelt so viele"), "The 42
  integrated care boards" 42 with "halve" carrying nothing (two-hundredth: "halved" none),
  lists and cases in millions ("rund 4,9 Millionen Termine", "rund 18,4 Millionen Besuche",
  "rund 11,5 Millionen Menschen", "2.1 million more", "2.7 million people", "About 3.1
  million ... 3.5 million", "About 4.2 million more", "2.3 million patients"), "Die 94
  gesetzlichen Krankenkassen" 94. New: "7.36m cases ... from 7.39m" are counts 7,360,000 and
  7,390,000 - PA's "m" after a figure abbreviates "million" in a count as "£2.1bn" and
  "between £50m and £60m" abbreviate it in money (forty-ninth, hundred-twenty-third). None:
  "die Rufnummer 116117" and "der 116117" (a service number, hundred-eighty-third: "1450"),
  "A&E", "H+", "NHS 111"-style names, "Für ein Kind" (an article), "beiden".
- Ordinals and fractions (the issue; every batch): "the group's 14th walkout" 14, "the
  fifth monthly fall in a row" 5 (two-hundred-first: "the third monthly increase in a
  row"), "in der dritten Runde" 3, "Die vierte Verhandlungsrunde" 4, "das dritte Quartal" 3,
  "im ersten Halbjahr" 1, "in the first half of the financial year" 1 with no fraction
  (hundred-fiftieth: "in the first half of 2026" 1), "for the first time" 1, "by the end of
  the first quarter" 1. Fractions: "Gut drei Viertel" 0.75 "over" (forty-ninth: "Gut ein
  Viertel"), "Jede fünfte Klinik" and "jeder fünfte Patient" 0.2, "Fast jeder Dritte"
  0.3333 "nearly", "Gut jede vierte versicherte Person" 0.25 "over", "Knapp jede zehnte"
  0.1 "nearly", "mehr als die Hälfte" 0.5 "over", "gut ein Drittel" 0.3333 "over", "etwa ein
  Drittel davon" 0.3333 "about", "More than a third" and "more than a quarter" "over",
  "Almost two-thirds" 0.6667 "nearly", "about one in three" 0.3333 "about", "Three in four"
  0.75, "more than one in 10" 0.1 "over", "Nearly one in eight" 0.125 "nearly" (tenth: "One
  in eight" 0.125), "One in five" 0.2, "More than half" 0.5 "over", "by up to a third"
  0.3333 "up_to". The English "X in Y" forms are fractions (forty-ninth: "Nine in 10");
  the German "X von Y" form, where the forty-ninth reads counts and later batches a
  fraction, is not used.
- Percentages otherwise: shares and rates as written, PA's "per cent" in % (fortieth: "9 per
  cent from 13.5 per cent"), "Only 58.9 per cent", "Just 52.3 per cent", "Only 63.8 per
  cent", "Only 56.4 per cent", "Only 61.2%", "Nur 9 Prozent" with no hedge (hundred-
  forty-seventh: "Just", "Only"), "about 12%", "About 45%" and "etwa 5 Prozent" "about",
  "well below the 75 per cent target" and "short of the 78 per cent interim goal" no hedge
  (hundred-twenty-third: "below the", "well short of the"), "7,4 beziehungsweise 9,1
  Prozent" both (the unit written once), "up 9 per cent on October last year", "8% more
  than a year earlier", "up 14%". New: "Just shy of 76 per cent" is "under" - the mirror of
  "just over" (hundred-forty-first), read as "Just under 59%" (two-hundredth).
- Money in the currency written (every batch): EUR ("rund 6,8 Milliarden Euro" "about", "ein
  Minus von bis zu 640 Millionen Euro" "up_to" - the "von" belongs to the noun,
  hundred-twenty-third -, "512 Millionen Euro", "rund 8 Milliarden Euro", "zusammen 27
  Millionen Euro" - "zusammen" no hedge -, "25 Milliarden Euro", "2,3 Milliarden Euro",
  "1,9 Milliarden Euro", "248,7 ... 250,6 Milliarden Euro", "14,5 ... 2,5 Milliarden Euro",
  "zusätzlich 1,7 Milliarden Euro" - "zusätzlich" no hedge, two-hundred-fourth -, "ein
  Sparpaket über 2 Milliarden Euro" with no hedge - "über" governed by the noun, as "ein
  Darlehen über 120 Millionen" (hundred-twenty-third) -, "Aus dem
  50-Milliarden-Euro-Transformationsfonds" 5e10 EUR - the hyphenated compound, as "Aus dem
  100-Milliarden-Euro-Sondervermögen" (hundred-twenty-second) and "a 50-billion-euro loan
  facility" (two-hundred-first)), CHF ("6,8 Millionen Franken", the premiums above and the
  franchise of 300 and 400 francs in a negative), GBP ("about 250 million pounds", "about 1.2
  billion pounds", "a combined £812m" - "a combined" no hedge -, "£74m", "an extra 120 million
  pounds", "a 450 million pound winter fund" - the adjectival "pound" the unit,
  hundred-eighty-third), USD ("$5.1 million", "about $900 billion"), AUD ("A$32.6 billion";
  forty-ninth: AAP's "A$").
- Years and dates: "seit 2019", "since 2019" (twice), "bis 2027", "bis 2035" (twice), "bis
  2030", "ab 2028", "bis Ende 2028", "Seit Anfang 2023", "since March 2023", "by April
  2027", "in March 2022", "since 2022", "in 2020", "since the survey began in 1983", "2015
  waren es", "schrieb 2025" (twice), "for 2027", "by 2034" the years, and "2028" in the
  minister's evasion labelled; "zum 1. Januar" --01-01, "zum 31. März" --03-31, "für den 27.
  November" --11-27, "from Nov. 14" --11-14, "the week to Nov. 9" --11-09, "on Dec. 15"
  --12-15, "by Nov. 15" --11-15 (dates without a year), "zum 1. Januar 2028" 2028-01-01
  (two-hundred-second: "zum 1. Jänner 2027"); Reuters English datelines with a day
  ("LONDON, Nov 3 (Reuters)", "LONDON, Nov 6 (Reuters)", "DUBLIN, Nov 11 (Reuters)",
  "WASHINGTON, Nov 18 (Reuters)", "SYDNEY, Nov 19 (Reuters)") dates without a year
  (hundred-forty-seventh); dpa ("Berlin (dpa) -", "Düsseldorf (dpa) -", "Ebersfeld
  (dpa/lby) -"), APA, Keystone-SDA, Reuters German ("Berlin (Reuters) -"), PA ("LONDON (PA)
  -", "EDINBURGH (PA) -", "CARDIFF (PA) -") and AP ("OKLAHOMA CITY (AP) —") datelines none
  (seventy-ninth).
- Ages are durations in years (every batch): "von 19 bis 25 Jahren" both, "eine 71-jährige
  Anwohnerin" 71 and "Lorraine Tubbs, 68," 68 in negatives (sixty-third: vox pops' ages).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "Around", "roughly"
  "about"; "knapp", "Knapp", "fast", "Fast", "Almost", "Nearly" "nearly"; "mehr als", "more
  than", "More than", "Gut", "gut", "länger als", "longer than", "over" before a figure
  "over"; "less than", "Just shy of" "under"; "mindestens", "oder länger" after a span
  "at_least"; "bis zu", "up to" "up_to"; "höchstens" "at_most" - the earlier batches
  disagree here: the first, hundred-sixteenth, hundred-thirtieth and two-hundred-first read
  "höchstens" "at_most", the two-hundred-second read it "up_to"; this batch follows the
  majority. No hedge: "im Schnitt", "im Durchschnitt", "im Mittel", "durchschnittlich",
  "median", "an average of", "A total of", "a combined", "zusammen", "zusätzlich", "extra",
  "additional", "a further", "davon", "derzeit", "bereits", "nur", "Nur", "nur noch", "Only",
  "Just", "nach bisher", "über" governed by a noun, "over" before a span, "within", "below
  the", "short of the", "mehr", "more" and "fewer" after a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title or
  office dropped ("ÖGK-Obmann Gerald Puchhammer", "DKG-Vorstandschef Bernward
  Stolzenberg", "Santésuisse-Direktorin Verena Ammann", "Landrat Thomas Rettenbacher (CSU)"
  with the party dropped, "Barmer-Vorstandschef Hartmut Seliger", "Spitaldirektorin Simone
  Eggenschwiler"; hundred-twenty-third, hundred-eighty-third, hundred-ninety-sixth), "Hembach
  sagte, ..." opening the row (hundred-ninety-sixth), "Nach Angaben des GKV-Spitzenverbands"
  -> "der GKV-Spitzenverband", "Nach Angaben des Marburger Bundes" -> "der Marburger Bund",
  "nach Angaben des Statistischen Bundesamts" -> "das Statistische Bundesamt", "Nach Angaben
  des Ministeriums" -> "das Ministerium" (the source in the nominative, hundred-eighty-third,
  hundred-ninety-sixth), "Nach Angaben der Gewerkschaft younion" -> "die Gewerkschaft
  younion" (the descriptive head and the name together as written, two-hundredth), "teilte
  die ÖGK am Montag mit" -> "die ÖGK", "teilte das BAG am Dienstag mit" -> "das BAG" (the
  weekday dropped, forty-ninth, hundred-twenty-third), "teilte die Kassenärztliche
  Bundesvereinigung mit", "teilte der Wiener Gesundheitsverbund am Mittwoch mit", "teilte das
  Bundesgesundheitsministerium mit" (the capitalised adjective in the nominative as written,
  hundred-twenty-third), "Laut Ärztekammer" -> "Ärztekammer" and "Laut Rechnungshof" ->
  "Rechnungshof" (hundred-twenty-third, thirtieth). English: "NHS England said on Thursday",
  "NHS England said" and "NHS England said ..." opening the row as written (forty-ninth,
  hundred-twenty-third), "the British Medical Association said on Monday" (the weekday
  dropped, hundred-twenty-third), "according to the Center for Healthcare Quality and
  Payment Reform" with its article (forty-ninth, hundred-eighty-third), "Health Secretary
  Morag Kinnaird said", "Health Secretary Huw Pennant said", "RCN general secretary Joanne
  Creswick said", "chief executive Cody Harland said" (the office dropped;
  two-hundred-first: "Aslef general secretary Moira Candlish said"), "Health Minister Aoife
  Brannigan told parliament" (the title and the audience dropped, hundred-twenty-third), and
  "Orrin said", "Loftus said", "Tollady said", "Kinnaird said", "Haskett said", "Brereton
  said", "Ashdown said" opening the row (hundred-ninety-sixth, two-hundred-fourth). Left
  unchecked (None): every English body's "said" other than NHS England and the BMA, as the
  hundred-eighty-ninth and hundred-ninety-sixth leave bodies' "said" unchecked ("The NHS
  Confederation said", "Public Health Scotland said", "the Irish Nurses and Midwives
  Organisation said", "The union said", "Unison said", "Severnvale said", "The HSE said",
  "Crestmoor Health ... said", "the Royal College of Emergency Medicine said", "the Bureau
  of Health Information said", "The NSW Nurses and Midwives' Association said", "the
  government said"), a surname closing a row ("..., Harland said."; left unchecked by this
  batch's choice, to keep the checked speakers near the brief's number), "according to NHS
  Employers" (not settled for a body without an article), estimates and documents
  ("according to an estimate by NHS Providers", "according to board papers seen by PA",
  "according to its latest annual report", "according to a survey by the Royal College of
  Nursing", "according to Welsh Government figures", "according to NHS England data",
  "according to data from the Centers for Medicare & Medicaid Services", "according to the
  British Social Attitudes survey", "according to the annual GP Patient Survey", "according
  to the NHS Staff Survey", "Das geht aus ... hervor", "gemäss BAG", "Gemäss dem
  Spitalverband H+", "nach einer Erhebung der ..."; hundred-twenty-third,
  hundred-eighty-third), estimates ("Nach Berechnungen des Ministeriums", "has estimated",
  "The National Treatment Purchase Fund put ... at", "has linked", "nach Einschätzung von
  Fachleuten"; hundred-tenth), "wie das Statistische Bundesamt mitteilte" (a "wie"-clause
  the batches read both ways, hundred-ninety-sixth and two-hundred-fourth leaving it
  unchecked), "nach Angaben der Deutschen Krankenhausgesellschaft" (a capitalised adjective
  heading the name in the genitive, forty-ninth, hundred-twenty-third), "Nach Angaben der
  Kliniken" and "nach eigenen Angaben" (a plural source and a pronoun), roles ("sagte die
  Gesundheitsministerin nach dem Ministerrat", "Die Ministerin sagte", "the state's health
  minister said"; hundred-fifteenth), verbs that are not of saying ("kündigte an"), "its
  operator said", "it said", and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_207 = [
    # --- Zusatzbeitrag steigt auf 3,2 Prozent (dpa) ---
    (
        "de",
        "Berlin (dpa) - Gesetzlich Krankenversicherte müssen sich zum 1. Januar auf einen durchschnittlichen Zusatzbeitrag von 3,2 Prozent nach bisher 2,9 Prozent einstellen.",
        True,
        [("date", "--01-01", None, None), ("percent", 3.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Darauf verständigte sich der Schätzerkreis aus Gesundheitsministerium, Bundesamt für Soziale Sicherung und GKV-Spitzenverband am Mittwoch.",
        True,
        [],
        None,
    ),
    ("de", "Das entspricht einem Anstieg um 0,3 Beitragssatzpunkte.", True, [("percent", 0.3, "pp", None)], None),
    (
        "de",
        "Wer 3.500 Euro brutto verdient, zahlt damit gut 5 Euro mehr im Monat, den gleichen Betrag legt der Arbeitgeber obendrauf.",
        True,
        [("money", 3500, "EUR", None), ("money", 5, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des GKV-Spitzenverbands fehlen den Kassen im kommenden Jahr ohne höhere Beiträge rund 6,8 Milliarden Euro.",
        True,
        [("money", 6800000000, "EUR", "about")],
        "der GKV-Spitzenverband",
    ),
    (
        "de",
        "„Die Beitragsspirale dreht sich immer schneller, und die Politik schaut tatenlos zu“, sagte die Verbandsvorsitzende Ulrike Hembach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hembach sagte, die Ausgaben für Arzneimittel seien im laufenden Jahr um 8,6 Prozent gestiegen und damit fast doppelt so stark wie die Einnahmen.",
        True,
        [("percent", 8.6, "%", None), ("count", 2, None, "nearly")],
        "Hembach",
    ),
    (
        "de",
        "Die Bundesgesundheitsministerin kündigte an, noch vor Weihnachten ein Sparpaket über 2 Milliarden Euro für Kliniken und Pharmaindustrie ins Kabinett zu bringen.",
        True,
        [("money", 2000000000, "EUR", None)],
        None,
    ),
    ("de", "Der Sozialverband VdK sprach von einem „Griff in die Geldbörsen der Beschäftigten“.", False, [], None),
    (
        "de",
        "Ob der Zusatzbeitrag 2028 erneut steigt, wollte die Ministerin nicht sagen.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Resident doctors call new strike (Reuters) ---
    (
        "en",
        "LONDON, Nov 3 (Reuters) - Resident doctors in England will stage a fresh five-day strike from Nov. 14 after talks with the government over training posts collapsed, the British Medical Association said on Monday.",
        True,
        [("date", "--11-03", None, None), ("duration", 5, "day", None), ("date", "--11-14", None, None)],
        "the British Medical Association",
    ),
    (
        "en",
        "It will be the group's 14th walkout since March 2023.",
        True,
        [("ordinal", 14, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The BMA wants the government to fund 10,000 additional specialty training places over two years.",
        True,
        [("count", 10000, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Ministers have offered 4,000 places and a further 1.5% on top of this year's 4% pay award.",
        True,
        [("count", 4000, None, None), ("percent", 1.5, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        '"We have bent over backwards, and the BMA has chosen to walk away," Health Secretary Daniel Orrin told broadcasters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Orrin said the previous strike in July had cost the health service about 250 million pounds and led to 61,300 appointments being postponed.",
        True,
        [("money", 250000000, "GBP", "about"), ("count", 61300, None, None)],
        "Orrin",
    ),
    (
        "en",
        'Dr Kieran Loftus, chair of the union\'s committee for resident doctors, said ministers had "treated a generation of doctors as disposable."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Loftus said more than 30,000 doctors had applied for about 10,000 specialty training posts this year.",
        True,
        [("count", 30000, None, "over"), ("count", 10000, None, "about")],
        "Loftus",
    ),
    (
        "en",
        "Consultants at 38 trusts have agreed to provide cover during the walkout, according to NHS Employers.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    ("en", "The government has said it will not reopen talks on this year's pay award.", True, [], None),
    # --- ÖGK erwartet Millionenverlust (APA) ---
    (
        "de",
        "Wien (APA) - Die Österreichische Gesundheitskasse (ÖGK) rechnet heuer mit einem Bilanzverlust von 512 Millionen Euro.",
        True,
        [("money", 512000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das kommende Jahr erwartet die Kasse ein Minus von bis zu 640 Millionen Euro, teilte die ÖGK am Montag mit.",
        True,
        [("money", 640000000, "EUR", "up_to")],
        "die ÖGK",
    ),
    (
        "de",
        "Hauptgrund seien die Ausgaben für Spitalsambulanzen und Medikamente, die um 7,4 beziehungsweise 9,1 Prozent gestiegen seien, sagte ÖGK-Obmann Gerald Puchhammer.",
        True,
        [("percent", 7.4, "%", None), ("percent", 9.1, "%", None)],
        "Gerald Puchhammer",
    ),
    (
        "de",
        "„Wir reden hier nicht über Luxus, sondern über die Grundversorgung von 7,6 Millionen Menschen“, sagte Puchhammer.",
        False,
        [("count", 7600000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der unbesetzten Kassenstellen für Allgemeinmedizin ist seit Jahresbeginn auf 178 gestiegen, um 26 mehr als vor einem Jahr.",
        True,
        [("count", 178, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Auf einen Termin beim Kassen-Augenarzt wartet in Wien jeder fünfte Patient 60 Tage oder länger.",
        True,
        [("fraction", 0.2, None, None), ("duration", 60, "day", "at_least")],
        None,
    ),
    (
        "de",
        "Laut Ärztekammer ordinieren in Österreich inzwischen rund 11.200 Wahlärztinnen und Wahlärzte, aber nur noch 7.050 Kassenärzte.",
        True,
        [("count", 11200, None, "about"), ("count", 7050, None, None)],
        "Ärztekammer",
    ),
    (
        "de",
        "Die Ärztekammer sprach von einer „Flucht aus dem Kassensystem“, die sich die Kasse selbst zuzuschreiben habe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gesundheitsministerin appellierte an Kasse und Kammer, sich „rasch an einen Tisch zu setzen“.",
        False,
        [],
        None,
    ),
    # --- NHS waiting list falls (PA) ---
    (
        "en",
        "LONDON (PA) - England's list of people awaiting routine hospital care shrank to 7.36m cases at the end of September from 7.39m in August, NHS England said on Thursday.",
        True,
        [("count", 7360000, None, None), ("count", 7390000, None, None)],
        "NHS England",
    ),
    (
        "en",
        "Only 58.9 per cent of cases had been on the list for less than 18 weeks; the goal for March is 65 per cent.",
        True,
        [("percent", 58.9, "%", None), ("duration", 18, "week", "under"), ("percent", 65, "%", None)],
        None,
    ),
    (
        "en",
        "The number of people waiting more than a year rose by 1,204 to 196,420.",
        True,
        [("count", 1204, None, None), ("count", 196420, None, None)],
        None,
    ),
    (
        "en",
        "Just shy of 76 per cent of A&E patients left the department within four hours last month, short of the 78 per cent interim goal.",
        True,
        [("percent", 76, "%", "under"), ("duration", 4, "hour", None), ("percent", 78, "%", None)],
        None,
    ),
    (
        "en",
        "A total of 61,480 patients spent longer than 12 hours in emergency departments from the time they arrived, up 9 per cent on October last year.",
        True,
        [("count", 61480, None, None), ("duration", 12, "hour", "over"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Crews took an average of 31 minutes and 52 seconds to respond to Category 2 calls, which include strokes and chest pain, against a target of 30 minutes.",
        True,
        [
            ("duration", 31, "minute", None),
            ("duration", 52, "second", None),
            ("count", 2, None, None),
            ("duration", 30, "minute", None),
        ],
        None,
    ),
    (
        "en",
        '"These figures show the hard work of staff is paying off, but there is much more to do," Orrin said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Orrin said the NHS had carried out 2.1 million more appointments, tests and operations since July last year than in the previous 12 months.",
        True,
        [("count", 2100000, None, None), ("duration", 12, "month", None)],
        "Orrin",
    ),
    (
        "en",
        '"Patients are still waiting far too long in pain and discomfort," said Rachel Penhaligon of the Patients Association.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The NHS Confederation said winter pressure had already begun to bite, with 94.8 per cent of general and acute beds occupied last week.",
        True,
        [("percent", 94.8, "%", None)],
        None,
    ),
    # --- Krankenhaus-Barometer: Kliniken tief im Minus (dpa) ---
    (
        "de",
        "Düsseldorf (dpa) - Gut drei Viertel der Krankenhäuser in Deutschland rechnen für dieses Jahr mit einem Verlust.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Krankenhaus-Barometer des Deutschen Krankenhausinstituts hervor, für das 412 Kliniken befragt wurden.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Nur 9 Prozent der Häuser erwarten demnach ein positives Jahresergebnis.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Anfang 2023 haben nach Angaben der Deutschen Krankenhausgesellschaft 61 Klinikträger Insolvenz angemeldet.",
        True,
        [("year", 2023, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Die Lücke zwischen Kosten und Erlösen summiere sich allein in diesem Jahr auf rund 8 Milliarden Euro, sagte DKG-Vorstandschef Bernward Stolzenberg.",
        True,
        [("money", 8000000000, "EUR", "about")],
        "Bernward Stolzenberg",
    ),
    (
        "de",
        "„Wir erleben ein stilles Kliniksterben, das niemand beschlossen hat und für das niemand geradestehen will“, sagte Stolzenberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jede fünfte Klinik hat demnach bereits Stationen geschlossen oder Betten abgebaut, um Personalkosten zu sparen.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Krankenkassen halten den Kliniken seit Jahren vor, zu viele Betten für zu wenige Patienten vorzuhalten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Bettenauslastung lag im vergangenen Jahr bei 71,2 Prozent, wie das Statistische Bundesamt mitteilte.",
        True,
        [("percent", 71.2, "%", None)],
        None,
    ),
    # --- NHS England to be folded into ministry (Reuters) ---
    (
        "en",
        "LONDON, Nov 6 (Reuters) - Britain will cut about 18,000 jobs in the health service's central administration as it folds NHS England into the health ministry by April 2027, the government said on Thursday.",
        True,
        [("date", "--11-06", None, None), ("count", 18000, None, "about"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The changes will save about 1.2 billion pounds a year, which will be redirected to frontline care, it said.",
        True,
        [("money", 1200000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The 42 integrated care boards, which plan local services, have been told to halve their running costs.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "en",
        "The reforms form part of a 10-year health plan that aims to shift care out of hospitals and into the community.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    ("en", '"This is the biggest bonfire of bureaucracy the NHS has ever seen," Orrin said.', False, [], None),
    (
        "en",
        "Unison said about 4,000 of the affected posts were held by its members.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "en",
        "NHS England employed about 15,300 people at the end of March, according to its latest annual report.",
        True,
        [("count", 15300, None, "about")],
        None,
    ),
    (
        "en",
        "Analysts at the King's Fund said they doubted the savings would materialise within two years.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Prämien steigen um 4,4 Prozent (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Für die obligatorische Grundversicherung müssen Versicherte in der Schweiz im kommenden Jahr im Mittel 4,4 Prozent mehr bezahlen.",
        True,
        [("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die mittlere Monatsprämie für Erwachsene erreicht damit 407,90 Franken, teilte das BAG am Dienstag mit.",
        True,
        [("money", 407.9, "CHF", None)],
        "das BAG",
    ),
    (
        "de",
        "Den grössten Sprung machen die Prämien im Tessin, wo sie um 7,1 Prozent steigen, den kleinsten in Appenzell Innerrhoden mit 1,8 Prozent.",
        True,
        [("percent", 7.1, "%", None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für ein Kind werden im Schnitt 111,60 Franken im Monat fällig, für junge Erwachsene von 19 bis 25 Jahren 289,30 Franken.",
        True,
        [
            ("money", 111.6, "CHF", None),
            ("duration", 19, "year", None),
            ("duration", 25, "year", None),
            ("money", 289.3, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "«Der Mittelstand trägt die ganze Last, und niemand entlastet ihn», sagte SP-Nationalrätin Nadine Brugger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gesundheitskosten pro versicherte Person seien im ersten Halbjahr um 5,2 Prozent gestiegen, sagte Santésuisse-Direktorin Verena Ammann.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.2, "%", None)],
        "Verena Ammann",
    ),
    (
        "de",
        "Gut jede vierte versicherte Person erhält gemäss BAG eine Prämienverbilligung.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Ob das Parlament die Mindestfranchise von 300 auf 400 Franken erhöht, ist offen.",
        False,
        [("money", 300, "CHF", None), ("money", 400, "CHF", None)],
        None,
    ),
    # --- Trusts overspend as savings drive begins (PA) ---
    (
        "en",
        "LONDON (PA) - NHS trusts in England overspent by a combined £812m in the first half of the financial year, according to board papers seen by PA.",
        True,
        [("money", 812000000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Nineteen of the 42 local health systems were off track at the end of September, up from 11 a year earlier.",
        True,
        [("count", 19, None, None), ("count", 42, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "NHS England has told the worst-performing trusts to cut corporate spending by 30 per cent by December.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Around 5,400 posts in finance, human resources and communications could go, according to an estimate by NHS Providers.",
        True,
        [("count", 5400, None, "about")],
        None,
    ),
    (
        "en",
        '"You cannot cut your way to shorter waiting lists," said Margaret Tollady, chief executive of NHS Providers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tollady said about one in three trusts had already frozen recruitment of nurses and midwives.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Tollady",
    ),
    (
        "en",
        "The largest single deficit, £74m, was at Severnvale Hospitals NHS Foundation Trust, which has 1,380 beds across three sites.",
        True,
        [("money", 74000000, "GBP", None), ("count", 1380, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Severnvale said it planned to close 46 beds and cut 210 administrative posts by March.",
        True,
        [("count", 46, None, None), ("count", 210, None, None)],
        None,
    ),
    ("en", 'A spokesperson for the Department of Health said trusts must "get a grip" on spending.', False, [], None),
    # --- Wartezeiten beim Facharzt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Kassenpatientinnen und -patienten müssen im Durchschnitt 42 Tage auf einen Facharzttermin warten, privat Versicherte nur 24.",
        True,
        [("duration", 42, "day", None), ("duration", 24, "day", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer repräsentativen Forsa-Umfrage unter 1.504 Erwachsenen im Auftrag der Techniker Krankenkasse hervor.",
        True,
        [("count", 1504, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder Dritte musste nach eigenen Angaben zuletzt länger als drei Monate auf einen Termin warten.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 3, "month", "over")],
        None,
    ),
    (
        "de",
        "62 Prozent bewerten die ärztliche Versorgung in ihrer Region als gut oder sehr gut, vor fünf Jahren waren es noch 74 Prozent.",
        True,
        [("percent", 62, "%", None), ("duration", 5, "year", None), ("percent", 74, "%", None)],
        None,
    ),
    (
        "de",
        "Über die Terminservicestellen unter der Rufnummer 116117 wurden im vergangenen Jahr rund 4,9 Millionen Termine vermittelt, teilte die Kassenärztliche Bundesvereinigung mit.",
        True,
        [("count", 4900000, None, "about")],
        "die Kassenärztliche Bundesvereinigung",
    ),
    (
        "de",
        "„Es darf nicht sein, dass die Versichertenkarte darüber entscheidet, wie lange jemand mit Schmerzen lebt“, sagte ein Sprecher der Kasse.",
        False,
        [],
        None,
    ),
    ("de", "Die Kassenärztliche Bundesvereinigung wies die Darstellung als „Zerrbild“ zurück.", True, [], None),
    (
        "de",
        "Die Koalition will bis 2027 ein Primärarztsystem einführen, in dem Patienten zuerst ihre Hausarztpraxis aufsuchen sollen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Nurses report corridor care (PA) ---
    (
        "en",
        "LONDON (PA) - More than a third of nurses in England say they cared for patients in corridors, car parks or storerooms on their last shift, according to a survey by the Royal College of Nursing.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "The survey of 5,206 nursing staff was carried out over four weeks in October.",
        True,
        [("count", 5206, None, None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Almost two-thirds said patients' dignity had been compromised, and 41 per cent said care had been delayed as a result.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        '"I had to give a dying man his medication on a trolley next to the lifts," one nurse wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "RCN general secretary Joanne Creswick said 18,400 nurses had left the NHS in England in the year to September.",
        True,
        [("count", 18400, None, None)],
        "Joanne Creswick",
    ),
    ("en", 'Creswick described corridor care as "a scandal hiding in plain sight."', False, [], None),
    (
        "en",
        "NHS England said it would publish data on corridor care for the first time from January.",
        True,
        [("ordinal", 1, None, None)],
        "NHS England",
    ),
    ("en", "The government said it was determined to end the practice.", False, [], None),
    # --- Kreisklinik schließt Notaufnahme und Geburtshilfe (dpa) ---
    (
        "de",
        "Ebersfeld (dpa/lby) - Die Kreisklinik Ebersfeld in Oberfranken schließt zum 31. März ihre Notaufnahme und ihre Geburtshilfe.",
        True,
        [("date", "--03-31", None, None)],
        None,
    ),
    (
        "de",
        "Das hat der Kreistag am Donnerstagabend mit 38 zu 21 Stimmen beschlossen.",
        True,
        [("count", 38, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Die Klinik hat 186 Betten und beschäftigt rund 430 Menschen, etwa 120 Stellen sollen wegfallen.",
        True,
        [("count", 186, None, None), ("count", 430, None, "about"), ("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Das Haus habe in den vergangenen drei Jahren zusammen 27 Millionen Euro Verlust geschrieben, sagte Landrat Thomas Rettenbacher (CSU).",
        True,
        [("duration", 3, "year", None), ("money", 27000000, "EUR", None)],
        "Thomas Rettenbacher",
    ),
    (
        "de",
        "Schwangere müssen künftig bis zu 45 Kilometer bis zum nächsten Kreißsaal fahren.",
        True,
        [("count", 45, None, "up_to")],
        None,
    ),
    (
        "de",
        "Eine Bürgerinitiative hat nach eigenen Angaben mehr als 9.000 Unterschriften gegen die Schließung gesammelt.",
        True,
        [("count", 9000, None, "over")],
        None,
    ),
    (
        "de",
        "„Wenn hier nachts etwas passiert, sind wir auf uns allein gestellt“, sagte eine 71-jährige Anwohnerin vor der Klinik.",
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    ("de", "Ob in dem Gebäude künftig ein ambulantes Gesundheitszentrum entsteht, ist noch offen.", False, [], None),
    # --- Scotland's A&E at lowest level since January (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Only 63.8 per cent of A&E attendances in Scotland ended within four hours in the week to Nov. 9, the lowest figure since January, Public Health Scotland said.",
        True,
        [("percent", 63.8, "%", None), ("duration", 4, "hour", None), ("date", "--11-09", None, None)],
        None,
    ),
    (
        "en",
        "Of the 26,113 people who attended, 2,488 waited more than eight hours and 1,041 more than 12 hours.",
        True,
        [
            ("count", 26113, None, None),
            ("count", 2488, None, None),
            ("duration", 8, "hour", "over"),
            ("count", 1041, None, None),
            ("duration", 12, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "The Scottish Government's target is for 95 per cent of patients to be seen within four hours.",
        True,
        [("percent", 95, "%", None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        'Scottish Conservative health spokesman Euan Carruthers said patients were "being failed on an industrial scale."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Health Secretary Morag Kinnaird said 1,500 additional staff had been recruited to emergency departments since April.",
        True,
        [("count", 1500, None, None)],
        "Morag Kinnaird",
    ),
    ("en", '"Our A&E staff are working flat out 24/7, and I thank every one of them," Kinnaird said.', False, [], None),
    (
        "en",
        "Kinnaird said 24/7 mental health assessment was now available in 11 of Scotland's 14 health boards.",
        True,
        [("count", 11, None, None), ("count", 14, None, None)],
        "Kinnaird",
    ),
    (
        "en",
        "The Royal College of Emergency Medicine has linked 1,230 deaths in Scotland last year to long A&E waits.",
        True,
        [("count", 1230, None, None)],
        None,
    ),
    # --- Bundesrat billigt Änderungen an Klinikreform (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Der Bundesrat hat die Änderungen an der Krankenhausreform am Freitag gebilligt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Länder erhalten damit drei Jahre mehr Zeit, um die 61 bundesweit einheitlichen Leistungsgruppen in ihrer Krankenhausplanung umzusetzen.",
        True,
        [("duration", 3, "year", None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Aus dem 50-Milliarden-Euro-Transformationsfonds sollen über zehn Jahre hinweg Fusionen und die Umwandlung kleiner Häuser bezahlt werden.",
        True,
        [("money", 50000000000, "EUR", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Den Anteil der Krankenkassen von 25 Milliarden Euro übernimmt nun der Bund aus dem Sondervermögen für Infrastruktur.",
        True,
        [("money", 25000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Ministeriums könnte die Zahl der Klinikstandorte bis 2035 von rund 1.700 auf etwa 1.200 sinken.",
        True,
        [("year", 2035, None, None), ("count", 1700, None, "about"), ("count", 1200, None, "about")],
        None,
    ),
    ("de", "Die Deutsche Krankenhausgesellschaft sprach von einer „Reform auf Pump“.", False, [], None),
    (
        "de",
        "Der bayerische Gesundheitsminister kritisierte, der Bund greife „tief in die Planungshoheit der Länder“ ein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ministerin sagte, die Vorhaltepauschalen sollten 60 Prozent der Erlöse der Kliniken ausmachen und ab 2028 schrittweise eingeführt werden.",
        True,
        [("percent", 60, "%", None), ("year", 2028, None, None)],
        None,
    ),
    # --- Irish hospitals overcrowded (Reuters) ---
    (
        "en",
        "DUBLIN, Nov 11 (Reuters) - More than 580 patients were waiting for a bed on trolleys and chairs in Irish hospitals on Tuesday morning, the Irish Nurses and Midwives Organisation said.",
        True,
        [("date", "--11-11", None, None), ("count", 580, None, "over")],
        None,
    ),
    (
        "en",
        "Cork University Hospital was the worst affected, with 71 patients on trolleys.",
        True,
        [("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "The union said 11,940 people had been treated on trolleys so far in November, 8% more than a year earlier.",
        True,
        [("count", 11940, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        'INMO general secretary Siobhan Kealy said nurses were "being asked to do the impossible."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Health Minister Aoife Brannigan told parliament the Health Service Executive would open 290 new acute beds by the end of the first quarter.",
        True,
        [("count", 290, None, None), ("ordinal", 1, None, None)],
        "Aoife Brannigan",
    ),
    (
        "en",
        "The National Treatment Purchase Fund put the number of people on outpatient lists at about 678,000 last month.",
        True,
        [("count", 678000, None, "about")],
        None,
    ),
    (
        "en",
        "The HSE said it had hired 1,020 additional consultants since 2022.",
        True,
        [("count", 1020, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("en", 'Opposition parties accused the government of "abandoning patients to the corridors."', False, [], None),
    # --- Gesperrte Betten in Wiens Spitälern (APA) ---
    (
        "de",
        "Wien (APA) - In den Wiener Gemeindespitälern sind derzeit 436 Betten wegen Personalmangels gesperrt.",
        True,
        [("count", 436, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht etwa 5 Prozent aller Betten, teilte der Wiener Gesundheitsverbund am Mittwoch mit.",
        True,
        [("percent", 5, "%", "about")],
        "der Wiener Gesundheitsverbund",
    ),
    (
        "de",
        "Am stärksten betroffen sind die Chirurgie und die Innere Medizin, wo zusammen rund 260 Betten leer stehen.",
        True,
        [("count", 260, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft younion fehlen in den Spitälern der Stadt mindestens 300 Pflegekräfte und 140 Ärztinnen und Ärzte.",
        True,
        [("count", 300, None, "at_least"), ("count", 140, None, None)],
        "die Gewerkschaft younion",
    ),
    (
        "de",
        "„Die Kolleginnen arbeiten seit Monaten am Anschlag, viele denken ans Aufhören“, sagte eine Stationsleiterin der Klinik Ottakring.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Klinik Floridsdorf mussten im Oktober an 19 Tagen Patientinnen und Patienten auf dem Gang versorgt werden.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    (
        "de",
        "Der Gesundheitsstadtrat versprach, die Lage werde sich „spätestens im Frühjahr“ entspannen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gesundheitsverbund will bis Ende 2028 rund 1.000 zusätzliche Pflegekräfte einstellen, davon 350 aus dem Ausland.",
        True,
        [("year", 2028, None, None), ("count", 1000, None, "about"), ("count", 350, None, None)],
        None,
    ),
    # --- Satisfaction with NHS at record low (PA) ---
    (
        "en",
        "LONDON (PA) - Public satisfaction with the NHS has fallen to 22 per cent, the lowest level since the survey began in 1983, according to the British Social Attitudes survey.",
        True,
        [("percent", 22, "%", None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "Dissatisfaction stood at 53 per cent, up 2 percentage points on last year.",
        True,
        [("percent", 53, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "en",
        "Waiting times for GP and hospital appointments were the most common reason given, cited by 71 per cent of those unhappy with the service.",
        True,
        [("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "The National Centre for Social Research interviewed 3,340 adults in Britain for the survey between September and October.",
        True,
        [("count", 3340, None, None)],
        None,
    ),
    (
        "en",
        '"The public\'s patience is wearing thin, but support for the founding principles of the NHS remains rock solid," said Dr Eleanor Haskett of the Nuffield Trust.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haskett said satisfaction with A&E services had dropped to 19 per cent from 31 per cent five years ago.",
        True,
        [("percent", 19, "%", None), ("percent", 31, "%", None), ("duration", 5, "year", None)],
        "Haskett",
    ),
    (
        "en",
        "More than half of respondents said they would support paying more tax to fund the health service.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Whether the government's 10-year plan can reverse the decline is an open question among health think tanks.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    # --- Pflegereport: Zehntausende Stellen unbesetzt (dpa) ---
    (
        "de",
        "Berlin (dpa) - In deutschen Krankenhäusern waren im Jahresdurchschnitt rund 35.000 Stellen in der Pflege unbesetzt.",
        True,
        [("count", 35000, None, "about")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Pflegereport der Barmer hervor, der am Dienstag in Berlin vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis 2035 könnten demnach bis zu 280.000 Pflegefachkräfte fehlen, wenn nicht gegengesteuert wird.",
        True,
        [("year", 2035, None, None), ("count", 280000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Knapp jede zehnte Pflegekraft in Kliniken ist inzwischen über eine Zeitarbeitsfirma beschäftigt.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Ausgaben der Kliniken für Leiharbeit seien seit 2019 um 71 Prozent auf 2,3 Milliarden Euro gestiegen, sagte Barmer-Vorstandschef Hartmut Seliger.",
        True,
        [("year", 2019, None, None), ("percent", 71, "%", None), ("money", 2300000000, "EUR", None)],
        "Hartmut Seliger",
    ),
    ("de", "„Leiharbeit ist für viele Häuser zur teuren Krücke geworden“, sagte Seliger.", False, [], None),
    ("de", "Die Gewerkschaft Verdi forderte, Leiharbeit in der Pflege ganz zu verbieten.", False, [], None),
    (
        "de",
        "Eine Vollzeitpflegekraft im Krankenhaus verdient nach Angaben des Statistischen Bundesamts im Schnitt 4.310 Euro brutto im Monat.",
        True,
        [("money", 4310, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    ("de", "Wie viele der angeworbenen Pflegekräfte aus dem Ausland dauerhaft bleiben, ist unklar.", False, [], None),
    # --- Rural Oklahoma hospital to close (AP) ---
    (
        "en",
        "OKLAHOMA CITY (AP) — A rural hospital in western Oklahoma will stop admitting patients on Dec. 15 and close its emergency room, leaving residents of three counties more than 60 miles from the nearest ER, its operator said Tuesday.",
        True,
        [("date", "--12-15", None, None), ("count", 3, None, None), ("count", 60, None, "over")],
        None,
    ),
    (
        "en",
        "Prairie Ridge Regional Hospital, which has 22 beds, lost $5.1 million in its last fiscal year, chief executive Cody Harland said.",
        True,
        [("count", 22, None, None), ("money", 5100000, "USD", None)],
        "Cody Harland",
    ),
    (
        "en",
        "About 45% of its patients are covered by Medicaid, Harland said.",
        True,
        [("percent", 45, "%", "about")],
        None,
    ),
    (
        "en",
        "Since January, nine rural hospitals across the country have closed or stopped inpatient services, according to the Center for Healthcare Quality and Payment Reform.",
        True,
        [("count", 9, None, None)],
        "the Center for Healthcare Quality and Payment Reform",
    ),
    (
        "en",
        "\"If my husband has another stroke, I don't know what we'll do,\" said Lorraine Tubbs, 68, who lives 12 miles outside town.",
        False,
        [("duration", 68, "year", None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The hospital employs 118 people, about 40 of whom will be offered jobs at a clinic that will stay open.",
        True,
        [("count", 118, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "State lawmakers from both parties have urged Congress to reverse planned cuts to Medicaid.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The budget law passed in July will reduce federal Medicaid spending by about $900 billion over 10 years, the Congressional Budget Office has estimated.",
        True,
        [("money", 900000000000, "USD", "about"), ("duration", 10, "year", None)],
        None,
    ),
    # --- Spital schliesst Geburtenabteilung (Keystone-SDA) ---
    (
        "de",
        "Aarau (Keystone-SDA) - Das Regionalspital Wynegg im Kanton Aargau schliesst per Ende Juni seine Geburtenabteilung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr kamen dort noch 287 Kinder zur Welt, 2015 waren es 512.",
        True,
        [("count", 287, None, None), ("year", 2015, None, None), ("count", 512, None, None)],
        None,
    ),
    (
        "de",
        "«Für einen sicheren Betrieb braucht eine Geburtenabteilung mindestens 600 Geburten pro Jahr», sagte Spitaldirektorin Simone Eggenschwiler.",
        True,
        [("count", 600, None, "at_least")],
        "Simone Eggenschwiler",
    ),
    (
        "de",
        "Das Spital schrieb 2025 einen Verlust von 6,8 Millionen Franken.",
        True,
        [("year", 2025, None, None), ("money", 6800000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die rund 35 betroffenen Hebammen und Pflegefachleute sollen am Kantonsspital Aarau weiterbeschäftigt werden.",
        True,
        [("count", 35, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir verlieren ein Stück Heimat», sagte eine Mutter, die vor zwei Wochen im Spital entbunden hatte.",
        False,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Gemäss dem Spitalverband H+ schrieb 2025 mehr als die Hälfte der Schweizer Akutspitäler rote Zahlen.",
        True,
        [("year", 2025, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "Ob weitere Abteilungen folgen, liess die Spitalleitung offen.", False, [], None),
    # --- Welsh waiting list falls again (PA) ---
    (
        "en",
        "CARDIFF (PA) - The number of patient pathways waiting for treatment in Wales fell to 789,200 in September, the fifth monthly fall in a row, according to Welsh Government figures.",
        True,
        [("count", 789200, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "About 19,700 pathways had been waiting more than two years, down from a peak of 71,600 in March 2022.",
        True,
        [
            ("count", 19700, None, "about"),
            ("duration", 2, "year", "over"),
            ("count", 71600, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Health Secretary Huw Pennant said the government had spent an extra 120 million pounds this year on cutting the longest waits.",
        True,
        [("money", 120000000, "GBP", None)],
        "Huw Pennant",
    ),
    ("en", '"The direction of travel is clear, and it is the right one," Pennant said.', False, [], None),
    (
        "en",
        "Just 52.3 per cent of people with suspected cancer began treatment within 62 days of being referred, well below the 75 per cent target.",
        True,
        [("percent", 52.3, "%", None), ("duration", 62, "day", None), ("percent", 75, "%", None)],
        None,
    ),
    ("en", 'The Welsh Conservatives called the figures "nothing to celebrate."', False, [], None),
    (
        "en",
        "Ambulances reached 48.1 per cent of immediately life-threatening red calls within eight minutes in October.",
        True,
        [("percent", 48.1, "%", None), ("duration", 8, "minute", None)],
        None,
    ),
    (
        "en",
        "The Welsh Government has rejected calls for a public inquiry into waiting times in north Wales.",
        True,
        [],
        None,
    ),
    # --- Warnstreik an Unikliniken (dpa) ---
    (
        "de",
        "Berlin (dpa) - An 23 Universitätskliniken in zwölf Bundesländern sind Ärztinnen und Ärzte am Dienstag in einen 24-stündigen Warnstreik getreten.",
        True,
        [("count", 23, None, None), ("count", 12, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Marburger Bundes beteiligten sich rund 7.500 Medizinerinnen und Mediziner.",
        True,
        [("count", 7500, None, "about")],
        "der Marburger Bund",
    ),
    (
        "de",
        "Die Ärztegewerkschaft fordert ein Gehaltsplus von 10 Prozent für zwölf Monate und höhere Zuschläge für Nachtdienste.",
        True,
        [("percent", 10, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Tarifgemeinschaft deutscher Länder hatte in der dritten Runde 5,5 Prozent mehr Gehalt geboten, verteilt auf zwei Stufen und 24 Monate.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 5.5, "%", None),
            ("count", 2, None, None),
            ("duration", 24, "month", None),
        ],
        None,
    ),
    (
        "de",
        "„Wer nachts allein für 60 Patienten verantwortlich ist, weiß, warum wir heute auf der Straße stehen“, sagte eine Assistenzärztin auf einer Kundgebung in Düsseldorf.",
        False,
        [("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Kliniken wurden bundesweit rund 3.800 planbare Operationen verschoben.",
        True,
        [("count", 3800, None, "about")],
        None,
    ),
    ("de", "Die Arbeitgeber nannten den Streik „unverhältnismäßig und verantwortungslos“.", False, [], None),
    (
        "de",
        "Die vierte Verhandlungsrunde ist für den 27. November in Hannover angesetzt.",
        True,
        [("ordinal", 4, None, None), ("date", "--11-27", None, None)],
        None,
    ),
    # --- GP Patient Survey (PA) ---
    (
        "en",
        "LONDON (PA) - Three in four patients in England describe their overall experience of their GP practice as good, according to the annual GP Patient Survey.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "en",
        "The share who said it was easy to reach their surgery on the phone rose to 53.4 per cent from 49.8 per cent.",
        True,
        [("percent", 53.4, "%", None), ("percent", 49.8, "%", None)],
        None,
    ),
    (
        "en",
        "But more than one in 10 said they had waited over two weeks for an appointment.",
        True,
        [("fraction", 0.1, None, "over"), ("duration", 2, "week", "over")],
        None,
    ),
    (
        "en",
        "The survey was sent to 2.7 million people, of whom 706,000 responded between January and April.",
        True,
        [("count", 2700000, None, None), ("count", 706000, None, None)],
        None,
    ),
    (
        "en",
        '"Patients are telling us what we already knew: the front door of the NHS is jammed," said Professor Alun Brereton, chair of the Royal College of GPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brereton said the number of fully qualified GPs had fallen by 680 since 2019 while practice lists had grown by 2.3 million patients.",
        True,
        [("count", 680, None, None), ("year", 2019, None, None), ("count", 2300000, None, None)],
        "Brereton",
    ),
    (
        "en",
        'The Patients Association called on ministers to make phone access "a priority this winter."',
        False,
        [],
        None,
    ),
    # --- Kassen mit Milliardendefizit (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die 94 gesetzlichen Krankenkassen haben in den ersten neun Monaten des Jahres ein Defizit von 1,9 Milliarden Euro angehäuft.",
        True,
        [
            ("count", 94, None, None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("money", 1900000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Einnahmen von 248,7 Milliarden Euro standen Ausgaben von 250,6 Milliarden Euro gegenüber, teilte das Bundesgesundheitsministerium mit.",
        True,
        [("money", 248700000000, "EUR", None), ("money", 250600000000, "EUR", None)],
        "das Bundesgesundheitsministerium",
    ),
    (
        "de",
        "Am stärksten stiegen mit 9,3 Prozent die Ausgaben für Krankenhausbehandlungen, die gut ein Drittel der Leistungsausgaben ausmachen.",
        True,
        [("percent", 9.3, "%", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Die Reserven der Kassen sind damit auf durchschnittlich 0,08 Monatsausgaben geschrumpft, vorgeschrieben sind mindestens 0,2.",
        True,
        [("count", 0.08, None, None), ("count", 0.2, None, "at_least")],
        None,
    ),
    (
        "de",
        "Vier der sechs Kassenarten schlossen das dritte Quartal mit einem Minus ab.",
        True,
        [("count", 4, None, None), ("count", 6, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Die Beitragszahler dürfen nicht länger die Ausfallbürgen für versicherungsfremde Leistungen sein“, sagte der Vorstandschef einer großen Ersatzkasse.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund zahlt den Kassen in diesem Jahr einen Zuschuss von 14,5 Milliarden Euro sowie ein Darlehen von 2,5 Milliarden Euro.",
        True,
        [("money", 14500000000, "EUR", None), ("money", 2500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Ministeriums haben 23 Kassen ihren Zusatzbeitrag bereits im Laufe des Jahres angehoben.",
        True,
        [("count", 23, None, None)],
        "das Ministerium",
    ),
    # --- Winter bed crunch (PA) ---
    (
        "en",
        "LONDON (PA) - An average of 92,410 general and acute beds were occupied each day in England last week, 95.1 per cent of those available, NHS England said.",
        True,
        [("count", 92410, None, None), ("percent", 95.1, "%", None)],
        "NHS England",
    ),
    (
        "en",
        "Norovirus closed an average of 640 beds a day, up from 410 in the same week last year.",
        True,
        [("count", 640, None, None), ("count", 410, None, None)],
        None,
    ),
    (
        "en",
        "About 13,200 patients a day were medically fit to leave hospital but could not be discharged, often because no social care was available.",
        True,
        [("count", 13200, None, "about")],
        None,
    ),
    (
        "en",
        '"Every winter we say it can\'t get any worse, and every winter it does," said a consultant in emergency medicine at a hospital in north-west England.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hospitals in England have about 101,500 general and acute beds, roughly 10,000 fewer than a decade ago, according to NHS England data.",
        True,
        [("count", 101500, None, "about"), ("count", 10000, None, "about")],
        None,
    ),
    (
        "en",
        "The government said it would open 2,200 extra beds before Christmas, paid for from a 450 million pound winter fund.",
        True,
        [("count", 2200, None, None), ("money", 450000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "One in five patients admitted through A&E last week waited more than 12 hours for a bed, the Royal College of Emergency Medicine said.",
        True,
        [("fraction", 0.2, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    # --- Ministerrat beschließt Spitalsreform (APA) ---
    (
        "de",
        "Wien (APA) - Der Ministerrat hat am Mittwoch eine Reform der Spitalsfinanzierung beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bund, Länder und Sozialversicherung sollen demnach bis 2030 zusätzlich 1,7 Milliarden Euro in den niedergelassenen Bereich investieren.",
        True,
        [("year", 2030, None, None), ("money", 1700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Primärversorgungseinheiten soll von derzeit 112 auf 300 steigen, sagte die Gesundheitsministerin nach dem Ministerrat.",
        True,
        [("count", 112, None, None), ("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Die Spitalsambulanzen verzeichneten im vergangenen Jahr österreichweit rund 18,4 Millionen Besuche.",
        True,
        [("count", 18400000, None, "about")],
        None,
    ),
    ("de", "Die FPÖ sprach von einem „Reförmchen“.", False, [], None),
    (
        "de",
        "Wahlärztinnen und Wahlärzte sollen künftig verpflichtet werden, Diagnosen in die elektronische Gesundheitsakte Elga einzutragen.",
        True,
        [],
        None,
    ),
    ("de", "Ob die Länder der Reform im Finanzausgleich zustimmen, gilt als offen.", False, [], None),
    (
        "de",
        "Laut Rechnungshof kostet ein Spitalsbett in Österreich im Schnitt 1.150 Euro pro Tag.",
        True,
        [("money", 1150, "EUR", None)],
        "Rechnungshof",
    ),
    # --- NHS staff survey (PA) ---
    (
        "en",
        "LONDON (PA) - More than a quarter of NHS staff in England experienced harassment, bullying or abuse from patients or the public in the past year, according to the NHS Staff Survey.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "en",
        "The survey, completed by 774,000 staff at 264 organisations, also found that 42 per cent had felt unwell as a result of work-related stress.",
        True,
        [("count", 774000, None, None), ("count", 264, None, None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        "Only 56.4 per cent said they would recommend their organisation as a place to work, down from 61.1 per cent in 2020.",
        True,
        [("percent", 56.4, "%", None), ("percent", 61.1, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        '"Staff are exhausted, and it shows," said Clare Ashdown, deputy chief executive of NHS Employers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashdown said sickness absence had averaged 5.1 per cent over the year, the equivalent of about 72,000 full-time staff off every day.",
        True,
        [("percent", 5.1, "%", None), ("count", 72000, None, "about")],
        "Ashdown",
    ),
    (
        "en",
        "Nearly one in eight staff said they had personally experienced discrimination at work, the highest share since 2019.",
        True,
        [("fraction", 0.125, None, "nearly"), ("year", 2019, None, None)],
        None,
    ),
    # --- Kabinett beschließt Notfallreform (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung hat die lange angekündigte Reform der Notfallversorgung am Mittwoch im Kabinett beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Künftig sollen an rund 730 Klinikstandorten Integrierte Notfallzentren entstehen, in denen Praxis und Notaufnahme Tür an Tür arbeiten.",
        True,
        [("count", 730, None, "about")],
        None,
    ),
    (
        "de",
        "Die Kassenärztlichen Vereinigungen müssen dafür rund um die Uhr einen Fahrdienst und eine telemedizinische Beratung unter der 116117 anbieten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In den Notaufnahmen werden jährlich rund 11,5 Millionen Menschen ambulant behandelt, etwa ein Drittel davon könnte nach Einschätzung von Fachleuten auch in einer Praxis versorgt werden.",
        True,
        [("count", 11500000, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Nach einer Erhebung der Deutschen Interdisziplinären Vereinigung für Intensiv- und Notfallmedizin verbringen Patienten in der Notaufnahme im Mittel knapp drei Stunden.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Für die telefonische Ersteinschätzung sieht der Entwurf eine Wartezeit von höchstens 15 Minuten vor.",
        True,
        [("duration", 15, "minute", "at_most")],
        None,
    ),
    (
        "de",
        "Die Deutsche Krankenhausgesellschaft nannte den Entwurf „gut gemeint, aber schlecht gemacht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wer mit Brustschmerzen kommt, darf nicht hinter jemandem mit Schnupfen warten müssen“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Reform soll nach dem Willen der Koalition zum 1. Januar 2028 in Kraft treten.",
        True,
        [("date", "2028-01-01", None, None)],
        None,
    ),
    # --- Obamacare sign-ups fall (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 18 (Reuters) - Sign-ups for Affordable Care Act health plans for next year are down about 12% in the first two weeks of open enrollment, according to data from the Centers for Medicare & Medicaid Services.",
        True,
        [
            ("date", "--11-18", None, None),
            ("percent", 12, "%", "about"),
            ("ordinal", 1, None, None),
            ("duration", 2, "week", None),
        ],
        None,
    ),
    (
        "en",
        "About 3.1 million people had signed up by Nov. 15, compared with 3.5 million at the same point a year earlier.",
        True,
        [("count", 3100000, None, "about"), ("date", "--11-15", None, None), ("count", 3500000, None, None)],
        None,
    ),
    (
        "en",
        "Premiums for the benchmark silver plan are up an average of 26% for 2027 after enhanced tax credits lapsed at the end of this year.",
        True,
        [("percent", 26, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"People are looking at these prices and simply walking away," said Tamsin Rourke, a health insurance broker in Atlanta.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Crestmoor Health, one of the largest insurers on the marketplaces, said it expected its enrollment to shrink by up to a third.",
        True,
        [("fraction", 0.3333, None, "up_to")],
        None,
    ),
    ("en", "Democrats blamed Republicans for letting the subsidies lapse.", False, [], None),
    (
        "en",
        "About 4.2 million more people will be uninsured by 2034 as a result, the Congressional Budget Office has estimated.",
        True,
        [("count", 4200000, None, "about"), ("year", 2034, None, None)],
        None,
    ),
    # --- Emergency waits in New South Wales (Reuters) ---
    (
        "en",
        "SYDNEY, Nov 19 (Reuters) - Only 61.2% of patients in New South Wales emergency departments left within four hours in the July-September quarter, the Bureau of Health Information said on Wednesday.",
        True,
        [("date", "--11-19", None, None), ("percent", 61.2, "%", None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "en",
        "The median wait for planned surgery was 52 days, while 9.4% of patients waited longer than the clinically recommended time.",
        True,
        [("duration", 52, "day", None), ("percent", 9.4, "%", None)],
        None,
    ),
    (
        "en",
        "Paramedics spent a combined 41,000 hours waiting to hand over patients at hospital doors, up 14% from a year earlier.",
        True,
        [("duration", 41000, "hour", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        '"Our hospitals are bursting at the seams," the state\'s opposition health spokeswoman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state's health minister said the government had opened 267 additional beds across Sydney since last winter.",
        True,
        [("count", 267, None, None)],
        None,
    ),
    (
        "en",
        "The NSW Nurses and Midwives' Association said its members would vote next week on a 24-hour strike.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Public hospital spending in the state rose to A$32.6 billion in the last financial year.",
        True,
        [("money", 32600000000, "AUD", None)],
        None,
    ),
]
