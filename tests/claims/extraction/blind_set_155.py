"""Hundred-and-fifty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, drugs' makers and figures
are made up (Norvane, Mette Lindahl, Miriam Achterberg, Renée Whitford, Claudia
Reisenberger, Hannah Okafor, Gavin Mercer, Lea Hoffstätter, Beat Zürcher, Calloway
Neurosciences, Samuel Ortega, Thomas Brenninger, Sabine Lorentzen, Sentrix Diagnostics,
Alice Durrant, Florian Weißenbacher, Lena Marchetti, Lumigen Bio, Teresa Alvarado, Andrin
Caduff, Katharina Obermaier, Farid Haddad, Georg Pfurtscheller, Marcus Hale, Sorvane, Amina
Wekesa, Jonas Eklund, Kavita Raman, Rhenovia, Dominik Wyss, Nadja Imfeld, Ruth Calder, Phone
Safety Now, Angela Corbett, Matthias Vogelsang); researchers, spokespeople and doctors at
real institutions are invented and stand for no real person there, and office holders
appear only by office or role ("the Health Secretary", "the WHO's director-general", "the
college's president", "eine RKI-Sprecherin", "ein Sprecher der Ärztekammer", "ein Sprecher
der Deutschen Umwelthilfe", "ein Sprecher des Berufsverbands der Psychiater"). Real bodies,
journals and places ("Charité", „Alzheimer's & Dementia“, "Centers for Disease Control and
Prevention", "CDC", "West Virginia", "Nevada", "MedUni Wien", "Niederösterreich", "University
of Leeds", "Open University", "Diabetes Care", "Barmer", "Universität Bern", "Tessin",
"Lugano", "Bundesamt für Gesundheit", "BAG", "University of Pennsylvania", "San Diego",
"Deutsches Krebsforschungszentrum", "DKFZ", "World Health Organization", "WHO", "Techniker
Krankenkasse", "TK", "NHS", "Queen Mary University of London", "AGES", "European Heart
Journal", "University of Milan", "Europäische Umweltagentur", "EEA", "Kopenhagen",
"Norditalien", "Deutsche Umwelthilfe", "FDA", "Universitätsspital Zürich", "NHS England",
"Royal College of Emergency Medicine", "A&E", "TU München", "The Lancet", "Medizinische
Universität Innsbruck", „New England Journal of Medicine“, "National Institutes of Health",
"Mali", "Burkina Faso", "Kenya", "Uganda", "Gabon", "Robert Koch-Institut", "RKI", "Deutsche
Krebshilfe", "Imperial College London", "Office for National Statistics", "Alcohol Change
UK", "Scotland", "University of Auckland", "Statistik Austria", "Ärztekammer", "Emory
University", "Universität Leipzig", "Zentralinstitut für die kassenärztliche Versorgung")
stand for the way wire copy names them; every study, trial, risk, rate, toll, sample,
survival figure, price and quote here is invented, and where a real figure came to mind it
was changed.

Its weight: HEALTH AND MEDICAL STUDIES over about eleven weeks of one autumn (mid-September
to late November) in story order, 32 short stories with the German and English ones
interleaved by date, each told as wire copy runs it (a dateline lead with the finding or the
agency's headline figure, the sample, the cohort's ages and the follow-up, relative and
absolute risks, the researchers' claims and cautions, outside experts, the other side,
quotes, the hype and the publication line). Half German (dpa, APA, Keystone-SDA, Reuters
German, AFP German; Austrian "Volksschulkinder", "Spitäler", "jeder siebente", Swiss
"heissesten", "regelmässig", "96'000", «» quotes, German „“ quotes): exercise and dementia,
short-sightedness and screens in Vienna, adult ADHD diagnoses, heat deaths in Switzerland,
colonoscopy and colorectal cancer deaths, sick leave, antibiotic resistance in Austria, fine
particulate deaths in the EU, an AI spotting melanoma in Zurich, heart attacks in women in
Bavaria, thrombectomy after stroke, the cancer registry, a breast cancer drug's Phase 3
results, sexually transmitted infections in Switzerland, Austria's health survey and weight
regain after weight-loss injections. Half English (Reuters, AP, AFP, PA): a weight-loss
pill's late-stage trial, U.S. overdose deaths, ultra-processed food and diabetes, an
Alzheimer's antibody, the WHO's tuberculosis report, a multi-cancer blood test pilot, sleep
regularity and heart disease, a gene therapy approved and priced, NHS waiting times,
drug-resistant infections to 2050, e-cigarettes for quitting, a single-dose malaria drug, a
fasting preprint gone viral, alcohol-specific deaths, mobile phones and brain cancer and
the flu vaccine's early effectiveness. Figures as such copy has them: relative risks ("ein
um 23 Prozent geringeres Demenzrisiko", "a 17 per cent higher relative risk", "sank damit
um 34 Prozent", "nearly twice as likely", "fast doppelt so viele"), absolute risks and
their gaps ("von 0,8 auf 0,5 Prozent", "0,7 Prozentpunkten", "17 Prozentpunkten", "about six
extra cases for every 1,000 people", "etwa 330 Menschen ..., um einen Todesfall zu
verhindern"), a hazard ratio and its confidence interval, samples and cohorts ("knapp
78.000", "2.460 Volksschulkinder", "1'250 Patientinnen und Patienten", "27 of the 31
patients", "48 adults"), cohort ages and follow-up years ("zwischen 40 und 69 Jahren", "im
Schnitt 11,2 Jahre lang", "aged 38 to 73", "for an average of 12.4 years", "über bis zu 15
Jahre", "ab 50 Jahren", "aged 70 and older", "children under five"), survival and mortality
("Die Fünf-Jahres-Überlebensrate", "im Median 23,8 Monate", "innerhalb von 30 Tagen",
"15.4 deaths per 100,000 people"), waiting times and durations ("4 Stunden und 20
Minuten", "the 18-week target", "an eight-hour window", "bis zu 24 Stunden"), shares in
words ("knapp jedes dritte Kind", "jeder siebente Erreger", "jeder zwölfte", "gut ein
Fünftel", "Gut zwei Drittel", "about two in five", "roughly seven in 10", "around two in
three", "under half"), agencies' tallies and rates, doses and measures (kilograms, a
body-mass index, degrees), drug prices and sales in dollars, euros, francs, pounds and
Danish crowns, share moves, years, dates with and without a year and hedges. Negatives as
such copy has them: researchers' cautions and hopes, outside experts' verdicts on the
hype, advice from doctors and agencies, warnings, labels of campaigners, charities and
lobbies, a minister's and a college president's rhetoric, open questions, a parent's and a
trial doctor's words and a company chief's "milestone" - eight of them carrying figures,
labelled.

244 rows (124 German, 120 English), 55 negatives (24 German, 31 English), 189 check-worthy
rows of which 26 carry no figure (17 German, 9 English), 336 expected quantities (104
counts, 76 durations - 42 in years, 11 in months, 9 in hours, 6 in days, 5 in minutes, 3 in
weeks -, 71 percentages - 68 in %, 3 in percentage points -, 35 years, 23 fractions, 11
amounts of money - 5 USD, 3 EUR, 1 DKK, 1 GBP, 1 CHF -, 10 dates, 6 ordinals; 12 of them in
eight negatives, as the seventeenth batch labels a figure in a negative), 41 checked
speakers (23 German, 18 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, hope, warning or piece of advice is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth); a quoted or reported statement of fact or figure is check-worthy
  with its speaker. The pairs from one speaker: Achterberg's 0,7 Prozentpunkte and her
  study's design beside „Jeder Schritt zählt, ...“; Reisenberger's 21 Prozent beside her
  advice to parents; Zürcher's days over 30 degrees beside «Hitze ist das unterschätzte
  Gesundheitsrisiko ...»; Brenninger's share beside „Darmkrebs gehört zu den am besten
  vermeidbaren Krebsarten, ...“; Lorentzen's stated cause beside „Wer krank ist, gehört ins
  Bett ...“; Caduff's figures beside «Die Maschine wird nicht müde, ...»; Pfurtscheller's 17
  Prozentpunkte beside „Diese Ergebnisse werden die Leitlinien verändern“ (a forecast
  without a figure, forty-seventh); Haddad's regions beside "This is a slow-moving
  pandemic, ..."; Imfeld's cause beside «Kondome schützen nach wie vor am besten». Konjunktiv
  I paraphrases of a fact or a stated cause are check-worthy with the speaker their own
  attribution gives ("Ein Teil des Anstiegs gehe auf die elektronische Krankschreibung
  zurück, ..., sagte TK-Gesundheitsökonomin Sabine Lorentzen." -> "Sabine Lorentzen";
  "Mehr Wissen über die Störung und weniger Stigma erklärten einen Teil des Anstiegs, sagte
  Hoffstätter." -> "Hoffstätter"; "Frauen deuteten Beschwerden ... oft nicht als
  Herzinfarkt, sagte Studienautorin Katharina Obermaier."; "Daten zum Gesamtüberleben seien
  noch nicht ausgereift, hieß es." with the speaker unchecked; hundred-twenty-sixth,
  hundred-forty-seventh). One side's account is check-worthy (sixty-eighth,
  hundred-second): the maker's claim for its test ("The test's maker, ..., said the pilot
  showed the test could find cancers that have no screening programme, ...") and the lead
  author's denial ("The study's lead author, Jonas Eklund, said the team had never claimed
  that the diet reversed ageing." -> "Jonas Eklund"). New: a study's stated design is
  check-worthy ("Es handle sich um eine Beobachtungsstudie, die einen ursächlichen
  Zusammenhang nicht beweisen könne, sagte Achterberg." -> "Achterberg"; "The study, posted
  as a preprint and not yet peer-reviewed, followed 48 adults for 12 weeks.") - that a
  study is observational or not peer-reviewed is a fact a reader can check, as a trial's
  results published (hundred-forty-eighth) - while a caution that tells the reader how to
  take the results is a negative ("Readers should be wary of any single study that promises
  to slow ageing, the scientists said.", "Analysts cautioned that the pill would enter a
  crowded market ...", "It is unclear whether irregular sleep causes heart problems ...";
  hundred-forty-seventh: "Analysts cautioned that the trial was small ...").
- Check-worthy without a figure (26 rows; hundred-fourteenth to hundred-forty-eighth): a
  study's headline finding with "einer ... Studie zufolge", "einer Auswertung ... zufolge",
  "a new study suggests" or "laut einer Studie" (hundred-forty-eighth: "Jeder vierte
  Jugendliche ... nutzt soziale Medien einer Studie zufolge auf riskante Weise."), a
  report's lead ("wie aus dem Resistenzbericht der AGES hervorgeht"), a publication line
  ("Die Ergebnisse erschienen im Fachjournal „Alzheimer's & Dementia“.", "The study was
  published in the journal Diabetes Care.", "Die Studie wurde im „New England Journal of
  Medicine“ veröffentlicht."; hundred-forty-fifth, hundred-forty-eighth), a company's filing
  plan ("Norvane said it planned to seek U.S. and European approval before the end of the
  year." -> "Norvane"; hundred-forty-eighth: "Fenwick said it planned to seek approval
  ..."), a regulator's list of side effects ("The FDA said ..." -> "the FDA"), the most
  common diagnoses, the worst-hit regions, a wait of "mehr als ein Jahr" (an article, none),
  a return to baseline "binnen eines Jahres" (none, hundred-forty-seventh: "binnen eines
  Monats"), a charity's demand ("Die Deutsche Krebshilfe forderte ..."; hundred-thirty-first:
  "hatte ... gefordert" check-worthy) and a viral claim debunked ("... showed nothing of the
  kind, several scientists said."; hundred-thirty-sixth).
- Relative and absolute risks (the issue's percentages; hundred-forty-seventh,
  hundred-forty-eighth): a relative change is a percentage as written ("ein um 23 Prozent
  geringeres Demenzrisiko", "stieg das Risiko um 21 Prozent", "starb um 38 Prozent
  seltener", "a 17 per cent higher relative risk", "a 26% higher risk", "sank damit um 34
  Prozent", "by 24% over 18 months" - "um" and "by" no hedge); absolute risks are
  percentages ("1,9 Prozent ..., in der inaktivsten 2,6 Prozent", "von 0,8 auf 0,5 Prozent"
  and "5,3 beziehungsweise 3,8 Prozent" - the unit written once, seventy-sixth); their gap
  in points is in pp ("0,7 Prozentpunkten", "17 Prozentpunkten", "down about 3 percentage
  points" "about"; hundred-twentieth, hundred-forty-eighth). Multiples are counts ("nearly
  twice as likely" 2 "nearly", "fast doppelt so viele" 2 "nearly"; hundred-thirty-eighth: "um das
  Zwölffache" and "fast doppelt so viel"). New: "rose more than twentyfold" is count 20
  "over" - "-fold" names a multiple as "um das Zwölffache" (hundred-thirty-eighth) and "four
  times" (hundred-twenty-seventh) do. New: "a hazard ratio of 1.26" is count 1.26 - a ratio
  read as written, as "about 1.4 times the size of Earth" (eighteenth) - and "The 95%
  confidence interval ran from 1.12 to 1.41" is percent 95 with the bounds counts 1.12 and
  1.41 - the level is a percentage as written, the bounds ratios as the hazard ratio. Rates
  per head are two counts ("15.4 deaths per 100,000 people, compared with 10.7", "21.8
  deaths per 100,000"; twenty-ninth, hundred-thirty-sixth: "13.1 homicides per 100,000
  residents"). New: "about six extra cases for every 1,000 people" is count 6 "about" and
  count 1000 - "for every" with a figure is "per" (hundred-forty-fifth: "$5.50 for every
  hectare", the unit priced carrying none). New: "etwa 330 Menschen ..., um einen Todesfall
  zu verhindern" carries count 330 "about" only - "einen" is the article, as "je einen
  Elternteil" (hundred-forty-eighth), while the English "one dose" is count 1
  (hundred-eighteenth: "One farmer was charged"), labelled in its negative.
- Samples and cohorts (every batch): "knapp 78.000 Frauen und Männern" "nearly", "2.460
  Volksschulkinder", "more than 190,000 adults" "over", "rund 790.000 Menschen ..., 2014 waren
  es noch 342.000" ("noch" no hedge), "3,140 adults across 14 countries", "1,820 patients",
  "rund 310.000 Versicherten", "about 128,000 people", "72,500 adults", "3,870
  participants", "knapp 96'000 Bildern und ... 1'250" (Swiss apostrophe, tenth), "6.812
  Patientinnen und Patienten aus 41 bayerischen Kliniken", "412 Patientinnen und Patienten
  an 18 Zentren", "the 1,150 participants", "1,668 children", "1.064 Frauen ... in 27
  Ländern", "48 adults", "37 Studien mit zusammen mehr als 9.200 Teilnehmenden" ("zusammen"
  no hedge), "63 studies", "knapp 15.000 Personen", "more than 9,300 patients ... in 19
  states". Definite groups are two counts ("27 of the 31 patients treated", "Acht der 26
  Kantone", "the four UK nations" 4; forty-first). New: "in the top fifth ... than those in
  the bottom fifth" are two fractions 0.2 - a quintile of a cohort written as a share, as
  "a fifth" (the issue's "one-fifth").
- Phases, scales, doses and measures (fourth, forty-fourth, sixty-fourth,
  hundred-forty-seventh): "a Phase 3 trial" 3 and "citing Phase 3 results" 3, and
  "Phase-3-Studie" 3 (the figure heading a compound, the issue's "28-Punkte-Entwurf");
  "0.41 points on an 18-point scale" counts 0.41 and 18 (index points, seventy-first);
  "3.1 kilograms, about 1.3 kilograms more" and "0,8 Kilogramm pro Monat" ("pro Monat" none;
  "more" after the figure compares, hundred-first); "über 30 Grad" 30 "over"; "a
  body-mass index of 30 or more" and "einen Body-Mass-Index von 25 oder mehr" "at_least"
  (hundred-eighteenth: "30 or more"; hundred-thirty-second: "oder mehr"); "more than 40
  types of cancer" "over"; "in all 50 states" 50. New: "type 2 diabetes" carries none - a
  disease's name with a figure, as "Covid-19" (twenty-ninth, fortieth) and "S&P 500"
  (twentieth); so does "the 112" in a negative (eighty-first: "101").
- Cohort ages and follow-up (every batch): ages and age bounds are durations in years
  ("zwischen 40 und 69 Jahren", "aged 38 to 73", "im Alter von 55 bis 79 Jahren", "aged 50
  to 77", "zwischen 25 und 34 Jahren", "zwischen 25 und 44 Jahren", "aged 55 to 64" both
  ends; "with an average age of 49" and "of 71" - eighty-second: "an average age of
  25.4" -; "Menschen über 18 Jahre" and "über 75 Jahre" "over"; "ab 50 Jahren", "ab 15
  Jahren", "aged 70 and older" and "aged six months and older" "at_least" -
  hundred-thirty-second -; "children under five" "under"; "im Mittel 73, die Männer 64
  Jahre alt" and "Das mittlere Erkrankungsalter liegt bei 70 Jahren"; "whose 9-year-old" in a
  negative), follow-up and study spans ("im Schnitt 11,2 Jahre lang", "for an average of
  12.4 years", "über bis zu 15 Jahre" "up_to" - "über" a preposition before a span,
  hundred-forty-seventh -, "über einen Zeitraum von vier Jahren", "for an average of eight years",
  "over three years", "for 12 weeks", "after 68 weeks", "over 18 months", "after one year",
  "After six months", "Drei Monate nach dem Schlaganfall", "binnen zehn Jahren", "Vor zehn
  Jahren", "for 10 years or more" "at_least"), survival ("im Median 23,8 Monate ..., 16,1
  Monate" with no hedge - hundred-forty-eighth: "a median follow-up" -, "innerhalb von 30
  Tagen", "within two years") and waits ("9,8 Tage, nach 8,9 Tagen", "mit durchschnittlich 46
  Tagen", "the 18-week target", "62 days after", "more than 12 hours" "over", "4 Stunden und
  20 Minuten, ... 3 Stunden und 5 Minuten" both units, "bis zu 24 Stunden" "up_to", "mehr als
  drei Stunden" "over", "mindestens zwei Stunden am Tag" and "mindestens 150 Minuten pro
  Woche" "at_least" - "am Tag" and "pro Woche" none -, "more than 1,600 hours of calls"
  "over", "an eight-hour window" 8 hours - the issue's "a two-week visit" -, "three days of
  pills", "fell by 1.4 years", "innerhalb von rund 20 Monaten" "about"). New: "im Mittel" is
  no hedge - a stated average as "im Schnitt" and "median" (hundred-thirty-third,
  hundred-forty-eighth). New: "Die Fünf-Jahres-Überlebensrate" is 5 years - a span heading a
  compound, as the issue's "fünfstündigen" and "a two-week visit". New: "Pro zusätzlicher
  Stunde Bildschirmzeit" carries no duration - a unit without a figure, as "a year" and "pro
  Woche" carry none. None: "last year", "this year", "this week", "this season", "a month
  earlier", "a year earlier", "the year before", "each year", "jedes Jahr", "jährlich", "im
  Jahr", "Pro Jahr", "a night", "a day", "each day", "by a decade", "of a decade", "for a
  week", "seit Monaten", "im vergangenen Jahr", "im Vorjahr", "im Vorjahreszeitraum",
  weekdays, months ("between October and mid-November", "ending in June", "by March",
  "zwischen Oktober 2024 und September 2025" its years only) and "before the holidays".
- Ordinals and fractions (the issue; every batch): "for a second straight year" 2
  (hundred-forty-seventh: "the third straight year"), "the second such treatment" 2, "the
  second-highest figure on record" 2 (hundred-thirty-third: "the second-highest total"),
  "im ersten Halbjahr" 1 (hundred-forty-seventh: "during the first half"), "Zwischen den
  ersten Symptomen" 1 (eightieth: "in den ersten zehn Monaten"), "For the first time" 1 in a
  negative; "the steepest decline", "the highest rate", "am stärksten", "am längsten",
  "häufigsten", "heissesten" and "aktivsten" rank nothing. Fractions: "knapp jedes dritte
  Kind" 0.3333 "nearly", "nearly two-thirds" 0.6667 "nearly", "Mehr als drei Viertel" 0.75
  "over", "Nur gut jeder fünfte" 0.2 "over" ("Nur" no hedge), "about two in five" 0.4
  "about" (hundred-thirty-third: "fast vier von zehn Übernachtungen"), "under half" and "less than half"
  0.5 "under", "gut ein Fünftel" 0.2 "over", "about a quarter" 0.25 "about", "mehr als die
  Hälfte" 0.5 "over" (twice), "more than half" 0.5 "over", "About two-thirds" 0.6667
  "about", "roughly seven in 10" 0.7 "about" (hundred-thirty-fourth: "About seven in 10"),
  "um etwa ein Fünftel" 0.2 "about", "around two in three" 0.6667 "about", "um knapp ein
  Zehntel" 0.1 "nearly", "Gut zwei Drittel" 0.6667 "over", "Nur jede vierte Person" 0.25.
  New: Austrian "jeder siebente Erreger" is 0.1429 and the elliptic "jeder zwölfte" 0.0833 -
  one in seven and one in twelve to four places, as "ein Drittel" 0.3333 (the issue) and
  "Nur noch jeder achte Haushalt" 0.125 (hundred-thirty-second); "bereits" and "noch" no hedge. "fast verdreifachte",
  "mehr als verdoppelt" carry none (verbs, hundred-nineteenth and hundred-forty-eighth:
  "fast verdoppelt").
- Money in the currency written (every batch): USD ("$5.9 billion, under half of the $13
  billion the agency says is needed each year" - "each year" none -, "$2.65 million per
  patient" - "per patient" none -, "$1,195", "at under $1 per treatment" "under"), EUR ("rund
  82 Milliarden Euro im Jahr" "about", "zwischen 170 und 300 Euro" both - the unit written
  once, "zwischen" no hedge -), CHF ("bis zu 3,5 Milliarden Franken im Jahr" "up_to"), GBP
  ("an extra 1.8 billion pounds"; "extra" no hedge as "weitere", hundred-forty-eighth), DKK
  ("412.80 Danish crowns", hundred-twenty-fifth). "multimillion-dollar" and "millions of
  patients" carry none (vague magnitudes, twenty-sixth).
- Percentages otherwise: shares and rates as written ("an average of" dropped: "shed 13.6%
  of their weight on average" with no hedge - "on average" as "an average of",
  hundred-thirty-second -, "2.2%", "About 7%" "about", "3%", "about 19%" and "about 58%"
  "about", "41%", "54%", "0.9%", "61%", "14.8% ... and 2.1%", "rose 6.4%", "jumped 31%",
  "Just 67.8%" and "just 38.6%" with no hedge - "Just" as "only", hundred-forty-seventh -,
  "a target of 75% by March", "up to 80% of the price" "up_to", "28% ... compared with 15%",
  "about 10.8%" "about", "97.4%", "down 2.6 per cent" - "per cent" the unit as "%" -, "about
  41% effective" "about", "at 56%", "92,4 Prozent ..., die Fachärzte 90,1 Prozent", "17,3
  Prozent", "46 Prozent ..., 29 Prozent", "um 6 Prozent mehr als 2023" and "41 Prozent
  weniger als 2005" and "12 Prozent mehr als im Vorjahr" (the comparison after the figure no
  hedge, hundred-first), "Rund 38 Prozent" and "rund 40 Prozent" and "rund 52 Prozent"
  "about", "um 18 Prozent über dem Erwartungswert" ("über" after the figure compares),
  "zeitweise um 7,2 Prozent", "88 Prozent, ... nur bei 9 Prozent" ("inzwischen" and "nur" no
  hedge), "von 20,7 auf 18,1 Prozent").
- Counts otherwise: tolls and tallies ("roughly 86,300" and "an estimated 10.4 million"
  and "about 1.19 million" and "an estimated 571,000" "about", "more than 108,000" "over",
  "up to 2.2 million additional deaths" "up_to", "rund 430 Menschen mehr", "rund 2.300
  Menschen", "knapp 4,1 Millionen Antibiotika-Packungen" "nearly", "rund 212.000 vorzeitige
  Todesfälle", "rund 27.000 Todesfälle, Österreich etwa 3.100", "an estimated 7.26 million
  ..., down from 7.31 million", "Some 2.9 million" "about", "191,000", "2.37 million
  attendances", "more than 1,700 A&E patients each day" "over", "more than 1.6 million
  people a year ..., up from about 960,000", "about 75 million deaths", "rund 478.000
  Menschen", "10,210 alcohol-specific deaths", "5'380 Fälle", "1'190 Fälle", "318 Fällen",
  "about 296,000 people", "14 pediatric flu deaths", "rund 23.000 Menschen", "rund 2'900
  Menschen", "rund 1,1 Millionen gesetzlich Versicherte", "1 million people by 2028", "an
  estimated 2,000 people", "Three deaths", "three states", "Five countries", "in five
  African countries", "12 clinics in four states", "auf weitere fünf Spitäler" - "weitere"
  no hedge -, "viewed more than 9 million times" "over"; the issue's "100 Mal"), and in
  negatives "86,000 deaths" and "Forty-eight people over three months" ("over" before a span
  no hedge).
- Years and dates: "mid-2023" 2023, "since 1990", "seit 1990", "Seit 2019", "seit 2019", "seit 2023", "2024"
  and "2014", "im Jahr 2023", "als 2005", "bis 2030", "by 2035", "by 2028", "by 2050",
  "between 2025 and 2050" and "between 1994 and 2024" both ("between" no hedge), "aus den
  Jahren 2019 bis 2024" both, "seit 2003", "bis 2035", "2026" twice ("bis Mitte 2026" its year
  only, "Mitte" none), "in 2024", "in 2019", "the rate of 2000", "2025"; "on Dec. 2" --12-02
  a date without a year; Reuters and AFP datelines with a day ("LONDON, Sept 15 (Reuters)",
  "BOSTON, Sept 30 (Reuters)", "GENEVA, Oct 6 (AFP)", "LONDON, Oct 10 (Reuters)",
  "WASHINGTON, Oct 22 (Reuters)", "LONDON, Nov 3 (Reuters)", "NAIROBI, Nov 10 (Reuters)",
  "NEW YORK, Nov 13 (Reuters)", "GENEVA, Nov 24 (Reuters)") dates without a year
  (hundred-forty-seventh, hundred-fifty-second); AP ("ATLANTA (AP) —" twice, "NEW YORK (AP)
  —", "CHICAGO (AP) —"), PA ("LONDON (PA) -" three times), dpa, APA, Keystone-SDA, Reuters
  German ("Basel (Reuters) -") and AFP German ("Kopenhagen (AFP) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly",
  "around", "Some", "an estimated" "about"; "knapp", "fast", "nearly" "nearly"; "mehr als",
  "Mehr als", "more than", "More than", "gut", "Gut", "über" right before an age or a measure
  "over"; "under", "less than" "under"; "mindestens", "at least", "ab" before an age, "or
  more", "oder mehr", "and older" "at_least"; "bis zu", "up to" "up_to". No hedge: "im
  Schnitt", "durchschnittlich", "im Mittel", "im Median", "an average of", "on average",
  "zusammen", "insgesamt", "Insgesamt", "weitere", "extra", "bereits", "noch", "inzwischen",
  "zeitweise", "nur", "Nur", "Just", "just", "um", "by", "zwischen", "between", "from ... to",
  "von ... auf", "over" and "über" before a span, "mehr", "weniger", "more" and "über dem
  Erwartungswert" after a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("Studienleiterin Miriam Achterberg", "Studienautorin Lea Hoffstätter",
  "Studienautor Beat Zürcher", "DKFZ-Epidemiologe Thomas Brenninger",
  "TK-Gesundheitsökonomin Sabine Lorentzen", "Projektleiter Andrin Caduff", "Studienautorin
  Katharina Obermaier", "Studienleiter Georg Pfurtscheller"; hundred-thirty-fourth:
  "Studienautorin", hundred-forty-eighth: "Studienleiterin") and the surname as written
  ("sagte Achterberg", "sagte Reisenberger", "sagte Hoffstätter"); "so BAG-Sprecherin Nadja
  Imfeld" and "so Pfurtscheller" (hundred-thirtieth: "so Chefinspektor Manfred
  Lohninger"); "Caduff zufolge" -> "Caduff" (hundred-thirty-first: "Imboden zufolge");
  "Laut RKI" -> "RKI" (thirtieth: "laut Polizei"; hundred-thirtieth: "laut
  Bundeskriminalamt"); "teilte die AGES mit", "teilte die Behörde am Montag mit" -> "die
  Behörde" (the body named in full in the row before taken up by its common noun,
  hundred-twenty-third: "the patrol"), "teilte das Unternehmen am Montag mit", "teilte das
  Robert Koch-Institut (RKI) am Dienstag mit" -> "das Robert Koch-Institut", "wie das
  Bundesamt für Gesundheit (BAG) am Donnerstag mitteilte" -> "das Bundesamt für Gesundheit"
  and "wie die Statistik Austria am Mittwoch mitteilte" -> "die Statistik Austria" (the
  abbreviation in brackets and the weekday dropped, eighty-fifth, hundred-forty-eighth);
  "nach Angaben der Europäischen Umweltagentur (EEA)" -> "die Europäische Umweltagentur" and
  "nach Angaben des Zentralinstituts für die kassenärztliche Versorgung" -> "das
  Zentralinstitut für die kassenärztliche Versorgung" (the source in the nominative,
  seventieth, hundred-forty-seventh). English: "the company said on Monday" (twice), "the
  company said, adding" -> "the company" (hundred-nineteenth); "Norvane said", "Calloway
  said on Tuesday", "Lumigen said" and "Sorvane said" as written (hundred-seventeenth:
  "Euroclear said"); "the World Health Organization said Monday" (the weekday dropped,
  fortieth), "The WHO said" -> "the WHO", "The FDA said" -> "the FDA", "the CDC said" and
  "the Royal College of Emergency Medicine said" with the article in lower case
  (eighty-first, hundred-fifty-second); "NHS England said" as written (eighty-first:
  "Greater Manchester Police said"); "according to the World Health Organization" and
  "according to the Office for National Statistics" with their article (ninety-eighth,
  hundred-second); "Co-author Farid Haddad told reporters" -> "Farid Haddad" (the role
  dropped, hundred-thirty-third: "Chief Executive Garrett Hollis told analysts"); "The
  study's lead author, Jonas Eklund, said" -> "Jonas Eklund" (the name in apposition after
  the role, hundred-sixteenth and hundred-forty-seventh: "His attorney, Gina Pellicano,
  said"). New: "Lead author Dr Hannah Okafor said" -> "Hannah Okafor" - the academic title
  "Dr" is dropped with the role as ranks and offices are ("Sheriff Darnell Whitaker said",
  hundred-fifty-second; "Fire Chief Anthony Russo said", eighty-first). Left unchecked
  (None): documents and data ("einer Studie zufolge", "einer Auswertung ... zufolge",
  "laut einer Auswertung der Universität Bern", "laut einer Studie", "wie aus dem
  Gesundheitsreport ... hervorgeht", "Laut dem Arztreport der Barmer", "Laut der
  Gesundheitsbefragung", "according to a study ...", "according to provisional figures the
  Centers for Disease Control and Prevention released on Wednesday", "according to early
  estimates released Tuesday by ...", "according to federal figures", "the review said";
  hundred-second, hundred-forty-seventh), plural groups ("researchers said", "CDC officials
  said", "several scientists said", "the authors said", "the authors reported";
  forty-first), estimating verbs ("The researchers estimated", "rechnet das RKI", "Die
  Arbeitgeber beziffern", "Analysten trauen ... zu"; hundred-tenth), "hieß es" (first
  batch: "hieß es aus Diplomatenkreisen"), a description before the name ("Maker Lumigen Bio
  said", "The test's maker, U.S. company Sentrix Diagnostics, said"; fortieth), "The NHS had
  hoped ... but said" (a clause between the source and its verb, a form not settled),
  "nach Schätzungen", rows without attribution and all negatives, also those with a named
  speaker.
- Negatives (fifty-fifth, hundred-forty-seventh, hundred-forty-eighth,
  hundred-fifty-second): researchers' and doctors' hopes and verdicts in quotes ("This could
  give millions of patients an option ...", „Jeder Schritt zählt, ...“, "Consistency may
  matter as much as ...", „Diese Ergebnisse werden die Leitlinien verändern“, «Die Maschine
  wird nicht müde, ...», "This should reassure the public,", "A child who gets one dose ..."
  with its count labelled), outside experts on the hype ("sounds a lot scarier than it is",
  ""A risk going from roughly 5.1% to 5.7% is not nothing, ..."" and ""Forty-eight people
  over three months ..."" with their figures labelled, ""This is not the game-changer some
  headlines promised, ..."", "said the benefit was "real but modest" ...", «Hitze ist das
  unterschätzte Gesundheitsrisiko ...»); advice and appeals („Schicken Sie Ihre Kinder ...“,
  «Trinken Sie regelmässig, ...», "Antibiotika sollten nie ... abgesetzt werden, rät die
  AGES.", „Bei Brustschmerzen oder Atemnot bitte sofort die 112 wählen ...“, "Experts
  recommend that adults get at least seven hours of sleep a night." and "Health officials
  urged everyone aged six months and older ..." and ""A vaccine that cuts your risk ... by
  40% is well worth the 10 minutes it takes,"" with their figures labelled, «Kondome
  schützen nach wie vor am besten», "The charity urged ministers ..."); warnings and
  forecasts without a figure ("Public health experts warned that cuts ... could reverse the
  trend.", "Insurers have warned ...", "Researchers warned that the parasite could ...",
  „Jede unnötige Verschreibung ...“, "Der Hype in sozialen Netzwerken verleite viele, ...,
  warnte Vogelsang."; forty-seventh); labels and rhetoric ("TB advocates called the funding
  gap "a scandal ..."", "Umweltverbände nannten die Zahlen „einen stillen Notstand“ ...",
  "Alcohol Change UK said the figures were "a damning indictment" ...", "Campaign group Phone
  Safety Now called the review "a whitewash".", the Health Secretary's "on the road to
  recovery", the college president's "Behind each of these numbers ...", the WHO chief's
  "failure of political will", „Saubere Luft ist kein Luxus, ...“, „Die Spritze ist kein
  Wundermittel, ...“, the company chief's „Meilenstein für Patientinnen ...“, a critics'
  "worrying unknown"); opinions held by experts ("... sorgen nach Ansicht von Fachleuten für
  Verunsicherung.", "..., vermuten Fachleute.");
  open questions ("Ob die Bildschirme selbst oder das fehlende Tageslicht die Ursache sind,
  lässt die Studie offen.", "Ob die Menschen tatsächlich kränker sind ..., ist unter
  Fachleuten umstritten.", "It is unclear whether ...", "It is not clear how many new
  antibiotics ..."); and feelings ("We are cautiously optimistic, but 86,000 deaths ..."
  with its count labelled, "For the first time, my son can see the stars," with the ordinal
  and the boy's age labelled, „Jeder verhinderte Krebsfall ist ein Gewinn ...“, „Nicht jede
  Unruhe ist gleich eine Störung“, „Wer krank ist, gehört ins Bett ...“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_155 = [
    # --- Abnehmpille Phase 3 (Reuters) ---
    (
        "en",
        "LONDON, Sept 15 (Reuters) - An experimental once-daily weight-loss pill from Danish drugmaker Norvane helped people with obesity shed 13.6% of their weight on average after 68 weeks of treatment in late-stage testing, the company said on Monday.",
        True,
        [("date", "--09-15", None, None), ("percent", 13.6, "%", None), ("duration", 68, "week", None)],
        "the company",
    ),
    (
        "en",
        "Participants who took a placebo lost 2.2% over the same period.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    (
        "en",
        "The trial enrolled 3,140 adults across 14 countries, with an average age of 49 and a body-mass index of 30 or more.",
        True,
        [
            ("count", 3140, None, None),
            ("count", 14, None, None),
            ("duration", 49, "year", None),
            ("count", 30, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "About 7% of those on the pill stopped taking it because of side effects, mostly nausea and diarrhoea, compared with 3% in the placebo group.",
        True,
        [("percent", 7, "%", "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Norvane said it planned to seek U.S. and European approval before the end of the year.",
        True,
        [],
        "Norvane",
    ),
    (
        "en",
        '"This could give millions of patients an option that does not involve a needle," Chief Scientific Officer Mette Lindahl told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Norvane rose 6.4% to 412.80 Danish crowns in Copenhagen.",
        True,
        [("percent", 6.4, "%", None), ("money", 412.8, "DKK", None)],
        None,
    ),
    (
        "en",
        "Analysts cautioned that the pill would enter a crowded market and face fierce competition on price.",
        False,
        [],
        None,
    ),
    # --- Bewegung und Demenz (dpa) ---
    (
        "de",
        "Berlin (dpa) - Wer sich regelmäßig bewegt, erkrankt einer großen Langzeitstudie zufolge seltener an Demenz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Forschende der Charité werteten Daten von knapp 78.000 Frauen und Männern zwischen 40 und 69 Jahren aus, die im Schnitt 11,2 Jahre lang beobachtet wurden.",
        True,
        [
            ("count", 78000, None, "nearly"),
            ("duration", 40, "year", None),
            ("duration", 69, "year", None),
            ("duration", 11.2, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Teilnehmende, die auf mindestens 150 Minuten moderate Bewegung pro Woche kamen, hatten ein um 23 Prozent geringeres Demenzrisiko als körperlich Inaktive.",
        True,
        [("duration", 150, "minute", "at_least"), ("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "In absoluten Zahlen erkrankten in der aktivsten Gruppe 1,9 Prozent an Demenz, in der inaktivsten 2,6 Prozent.",
        True,
        [("percent", 1.9, "%", None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der Unterschied entspricht 0,7 Prozentpunkten, sagte Studienleiterin Miriam Achterberg.",
        True,
        [("percent", 0.7, "pp", None)],
        "Miriam Achterberg",
    ),
    (
        "de",
        "Es handle sich um eine Beobachtungsstudie, die einen ursächlichen Zusammenhang nicht beweisen könne, sagte Achterberg.",
        True,
        [],
        "Achterberg",
    ),
    ("de", "„Jeder Schritt zählt, und es ist nie zu spät, damit anzufangen“, sagte Achterberg.", False, [], None),
    ("de", "Die Ergebnisse erschienen im Fachjournal „Alzheimer's & Dementia“.", True, [], None),
    # --- Overdose deaths (AP) ---
    (
        "en",
        "ATLANTA (AP) — U.S. overdose deaths fell for a second straight year, dropping about 19% to roughly 86,300 in the 12 months ending in June, according to provisional figures the Centers for Disease Control and Prevention released on Wednesday.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 19, "%", "about"),
            ("count", 86300, None, "about"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The peak came in mid-2023, when more than 108,000 deaths were recorded over a 12-month period.",
        True,
        [("year", 2023, None, None), ("count", 108000, None, "over"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Deaths involving fentanyl and other synthetic opioids made up about 58% of the total, down from nearly two-thirds a year earlier.",
        True,
        [("percent", 58, "%", "about"), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "West Virginia recorded the steepest decline, at 41%, while deaths rose in three states, including Nevada.",
        True,
        [("percent", 41, "%", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "CDC officials said naloxone, the overdose-reversal drug, was now sold without a prescription in all 50 states.",
        True,
        [("count", 50, None, None)],
        None,
    ),
    (
        "en",
        '"We are cautiously optimistic, but 86,000 deaths is still a staggering number," said Dr. Renée Whitford, a CDC epidemiologist.',
        False,
        [("count", 86000, None, None)],
        None,
    ),
    (
        "en",
        "Public health experts warned that cuts to federal addiction programs could reverse the trend.",
        False,
        [],
        None,
    ),
    # --- Kurzsichtigkeit bei Kindern (APA) ---
    (
        "de",
        "Wien (APA) - Kinder, die täglich mehr als drei Stunden auf Bildschirme schauen, werden einer Studie der MedUni Wien zufolge deutlich häufiger kurzsichtig.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Das Team um die Augenärztin Claudia Reisenberger untersuchte dafür 2.460 Volksschulkinder aus Wien und Niederösterreich über einen Zeitraum von vier Jahren.",
        True,
        [("count", 2460, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Am Ende der Studie war knapp jedes dritte Kind kurzsichtig, zu Beginn waren es 14 Prozent gewesen.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Pro zusätzlicher Stunde Bildschirmzeit stieg das Risiko um 21 Prozent, sagte Reisenberger.",
        True,
        [("percent", 21, "%", None)],
        "Reisenberger",
    ),
    (
        "de",
        "Kinder, die mindestens zwei Stunden am Tag im Freien verbrachten, waren seltener betroffen.",
        True,
        [("duration", 2, "hour", "at_least")],
        None,
    ),
    ("de", "„Schicken Sie Ihre Kinder so oft wie möglich ins Freie“, riet Reisenberger den Eltern.", False, [], None),
    (
        "de",
        "Ob die Bildschirme selbst oder das fehlende Tageslicht die Ursache sind, lässt die Studie offen.",
        False,
        [],
        None,
    ),
    # --- Ultra-processed food and diabetes (PA) ---
    (
        "en",
        "LONDON (PA) - People who eat the most ultra-processed food have a higher risk of developing type 2 diabetes, according to a study of more than 190,000 adults.",
        True,
        [("count", 190000, None, "over")],
        None,
    ),
    (
        "en",
        "Researchers at the University of Leeds followed the participants, aged 38 to 73, for an average of 12.4 years.",
        True,
        [("duration", 38, "year", None), ("duration", 73, "year", None), ("duration", 12.4, "year", None)],
        None,
    ),
    (
        "en",
        "Those in the top fifth for consumption had a 17 per cent higher relative risk than those in the bottom fifth.",
        True,
        [("fraction", 0.2, None, None), ("percent", 17, "%", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "In absolute terms, that meant about six extra cases for every 1,000 people over the study period.",
        True,
        [("count", 6, None, "about"), ("count", 1000, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Dr Hannah Okafor said the link held after accounting for smoking, income and physical activity.",
        True,
        [],
        "Hannah Okafor",
    ),
    (
        "en",
        'Professor Gavin Mercer, a statistician at the Open University who was not involved in the study, said the headline figure "sounds a lot scarier than it is".',
        False,
        [],
        None,
    ),
    (
        "en",
        '"A risk going from roughly 5.1% to 5.7% is not nothing, but nor is it a reason to panic," he said.',
        False,
        [("percent", 5.1, "%", "about"), ("percent", 5.7, "%", None)],
        None,
    ),
    ("en", "The study was published in the journal Diabetes Care.", True, [], None),
    # --- ADHS bei Erwachsenen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Erwachsenen mit einer ADHS-Diagnose hat sich in Deutschland binnen zehn Jahren mehr als verdoppelt.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Laut dem Arztreport der Barmer erhielten 2024 rund 790.000 Menschen über 18 Jahre die Diagnose, 2014 waren es noch 342.000.",
        True,
        [
            ("year", 2024, None, None),
            ("count", 790000, None, "about"),
            ("duration", 18, "year", "over"),
            ("year", 2014, None, None),
            ("count", 342000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Am stärksten war der Anstieg bei Frauen zwischen 25 und 34 Jahren, bei denen sich die Zahl der Diagnosen fast verdreifachte.",
        True,
        [("duration", 25, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Rund 38 Prozent der Betroffenen bekamen zusätzlich Medikamente verordnet, sagte Studienautorin Lea Hoffstätter.",
        True,
        [("percent", 38, "%", "about")],
        "Lea Hoffstätter",
    ),
    (
        "de",
        "Mehr Wissen über die Störung und weniger Stigma erklärten einen Teil des Anstiegs, sagte Hoffstätter.",
        True,
        [],
        "Hoffstätter",
    ),
    ("de", "Auf einen Diagnosetermin warten Betroffene in vielen Regionen mehr als ein Jahr.", True, [], None),
    (
        "de",
        "Videos in sozialen Netzwerken, die Alltagsprobleme als ADHS-Symptome deuten, sorgen nach Ansicht von Fachleuten für Verunsicherung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Nicht jede Unruhe ist gleich eine Störung“, sagte ein Sprecher des Berufsverbands der Psychiater.",
        False,
        [],
        None,
    ),
    # --- Hitzetote in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Während der Hitzewellen im Sommer sind in der Schweiz laut einer Auswertung der Universität Bern rund 430 Menschen mehr gestorben als üblich.",
        True,
        [("count", 430, None, "about")],
        None,
    ),
    (
        "de",
        "Mehr als drei Viertel der hitzebedingten Todesfälle betrafen Menschen über 75 Jahre.",
        True,
        [("fraction", 0.75, None, "over"), ("duration", 75, "year", "over")],
        None,
    ),
    (
        "de",
        "Besonders betroffen war das Tessin, wo die Sterblichkeit an den heissesten Tagen um 18 Prozent über dem Erwartungswert lag.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Tage mit über 30 Grad hat sich in Lugano seit 1990 mehr als verdoppelt, sagte Studienautor Beat Zürcher.",
        True,
        [("count", 30, None, "over"), ("year", 1990, None, None)],
        "Beat Zürcher",
    ),
    (
        "de",
        "Acht der 26 Kantone verfügen bisher über einen Hitzeaktionsplan.",
        True,
        [("count", 8, None, None), ("count", 26, None, None)],
        None,
    ),
    ("de", "«Hitze ist das unterschätzte Gesundheitsrisiko unserer Zeit», sagte Zürcher.", False, [], None),
    (
        "de",
        "«Trinken Sie regelmässig, auch wenn Sie keinen Durst haben», rät das Bundesamt für Gesundheit älteren Menschen.",
        False,
        [],
        None,
    ),
    # --- Alzheimer's antibody (Reuters) ---
    (
        "en",
        "BOSTON, Sept 30 (Reuters) - An experimental Alzheimer's antibody from U.S. biotech Calloway Neurosciences slowed the decline in memory and thinking by 24% over 18 months versus placebo, Calloway said on Tuesday, citing Phase 3 results.",
        True,
        [
            ("date", "--09-30", None, None),
            ("percent", 24, "%", None),
            ("duration", 18, "month", None),
            ("count", 3, None, None),
        ],
        "Calloway",
    ),
    (
        "en",
        "The trial enrolled 1,820 patients with early-stage disease, with an average age of 71.",
        True,
        [("count", 1820, None, None), ("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        "The difference amounted to 0.41 points on an 18-point scale of memory and daily functioning.",
        True,
        [("count", 0.41, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "Brain swelling, a side effect seen with other drugs of this type, occurred in 14.8% of patients on the drug and 2.1% of those on placebo.",
        True,
        [("percent", 14.8, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Three deaths in the treatment group were under review, the company said, adding that none had been linked to the drug so far.",
        True,
        [("count", 3, None, None)],
        "the company",
    ),
    (
        "en",
        'Dr. Samuel Ortega, a neurologist at the University of Pennsylvania who was not involved in the trial, said the benefit was "real but modest" and might go unnoticed by families.',
        False,
        [],
        None,
    ),
    ("en", "Calloway shares jumped 31% in premarket trading.", True, [("percent", 31, "%", None)], None),
    (
        "en",
        "The company plans to present full results at a conference in San Diego on Dec. 2.",
        True,
        [("date", "--12-02", None, None)],
        None,
    ),
    # --- Darmkrebsvorsorge (dpa) ---
    (
        "de",
        "Heidelberg (dpa) - Eine Vorsorge-Darmspiegelung senkt das Risiko, an Darmkrebs zu sterben, einer Auswertung des Deutschen Krebsforschungszentrums (DKFZ) zufolge deutlich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden verglichen Daten von rund 310.000 Versicherten im Alter von 55 bis 79 Jahren, die über bis zu 15 Jahre nachbeobachtet wurden.",
        True,
        [
            ("count", 310000, None, "about"),
            ("duration", 55, "year", None),
            ("duration", 79, "year", None),
            ("duration", 15, "year", "up_to"),
        ],
        None,
    ),
    (
        "de",
        "Wer sich einer Koloskopie unterzogen hatte, starb um 38 Prozent seltener an Darmkrebs als Menschen ohne Untersuchung.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Das absolute Risiko, innerhalb von 15 Jahren an Darmkrebs zu sterben, sank damit von 0,8 auf 0,5 Prozent.",
        True,
        [("duration", 15, "year", None), ("percent", 0.8, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "Rein rechnerisch müssten demnach etwa 330 Menschen untersucht werden, um einen Todesfall zu verhindern.",
        True,
        [("count", 330, None, "about")],
        None,
    ),
    (
        "de",
        "Nur gut jeder fünfte Anspruchsberechtigte nehme die Vorsorge in Anspruch, sagte DKFZ-Epidemiologe Thomas Brenninger.",
        True,
        [("fraction", 0.2, None, "over")],
        "Thomas Brenninger",
    ),
    (
        "de",
        "Seit 2019 werden Versicherte ab 50 Jahren per Brief zur Darmkrebsvorsorge eingeladen.",
        True,
        [("year", 2019, None, None), ("duration", 50, "year", "at_least")],
        None,
    ),
    (
        "de",
        "„Darmkrebs gehört zu den am besten vermeidbaren Krebsarten, und trotzdem verschenken wir dieses Potenzial“, sagte Brenninger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Menschen schieben die Untersuchung aus Angst oder Scham vor sich her, vermuten Fachleute.",
        False,
        [],
        None,
    ),
    # --- WHO tuberculosis report (AFP) ---
    (
        "en",
        "GENEVA, Oct 6 (AFP) - Tuberculosis sickened an estimated 10.4 million people last year and killed about 1.19 million, the World Health Organization said Monday, keeping it the world's deadliest infectious disease.",
        True,
        [("date", "--10-06", None, None), ("count", 10400000, None, "about"), ("count", 1190000, None, "about")],
        "the World Health Organization",
    ),
    (
        "en",
        "Five countries in Asia together made up 54% of all cases, led by India.",
        True,
        [("count", 5, None, None), ("percent", 54, "%", None)],
        None,
    ),
    (
        "en",
        "Only about two in five people with drug-resistant TB received a diagnosis and treatment.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Spending on TB prevention and care came to $5.9 billion, under half of the $13 billion the agency says is needed each year.",
        True,
        [("money", 5900000000, "USD", None), ("fraction", 0.5, None, "under"), ("money", 13000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The WHO said cuts to international aid this year could lead to up to 2.2 million additional deaths by 2035.",
        True,
        [("count", 2200000, None, "up_to"), ("year", 2035, None, None)],
        "the WHO",
    ),
    (
        "en",
        '"Every one of these deaths is preventable, and every one is a failure of political will," the WHO\'s director-general told reporters.',
        False,
        [],
        None,
    ),
    ("en", 'TB advocates called the funding gap "a scandal that costs lives every single day".', False, [], None),
    # --- Krankenstand (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Beschäftigte in Deutschland haben sich im ersten Halbjahr so oft krankgemeldet wie selten zuvor, wie aus dem Gesundheitsreport der Techniker Krankenkasse (TK) hervorgeht.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Im Schnitt fehlten TK-versicherte Erwerbspersonen 9,8 Tage, nach 8,9 Tagen im Vorjahreszeitraum.",
        True,
        [("duration", 9.8, "day", None), ("duration", 8.9, "day", None)],
        None,
    ),
    (
        "de",
        "Erkältungskrankheiten machten gut ein Fünftel der Fehlzeiten aus, psychische Erkrankungen 17,3 Prozent.",
        True,
        [("fraction", 0.2, None, "over"), ("percent", 17.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bei psychischen Diagnosen dauerte eine Krankschreibung mit durchschnittlich 46 Tagen am längsten.",
        True,
        [("duration", 46, "day", None)],
        None,
    ),
    (
        "de",
        "Ein Teil des Anstiegs gehe auf die elektronische Krankschreibung zurück, die seit 2023 alle Fälle erfasse, sagte TK-Gesundheitsökonomin Sabine Lorentzen.",
        True,
        [("year", 2023, None, None)],
        "Sabine Lorentzen",
    ),
    (
        "de",
        "Die Arbeitgeber beziffern die Kosten der Lohnfortzahlung im Krankheitsfall auf rund 82 Milliarden Euro im Jahr.",
        True,
        [("money", 82000000000, "EUR", "about")],
        None,
    ),
    ("de", "„Wer krank ist, gehört ins Bett und nicht ins Büro“, sagte Lorentzen.", False, [], None),
    (
        "de",
        "Ob die Menschen tatsächlich kränker sind oder sich nur häufiger krankmelden, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- Cancer blood test pilot (Reuters) ---
    (
        "en",
        "LONDON, Oct 10 (Reuters) - A blood test designed to detect more than 40 types of cancer found a cancer signal in 0.9% of people screened in an English pilot but missed many early tumours, researchers said on Friday.",
        True,
        [("date", "--10-10", None, None), ("count", 40, None, "over"), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "The study screened about 128,000 people aged 50 to 77 with no symptoms over three years.",
        True,
        [
            ("count", 128000, None, "about"),
            ("duration", 50, "year", None),
            ("duration", 77, "year", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Of those with a positive result, 61% turned out to have cancer, while the test picked up only about a quarter of early-stage tumours.",
        True,
        [("percent", 61, "%", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "The NHS had hoped to offer the test to 1 million people by 2028 but said it would wait for final results on cancer deaths.",
        True,
        [("count", 1000000, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The test's maker, U.S. company Sentrix Diagnostics, said the pilot showed the test could find cancers that have no screening programme, such as pancreatic cancer.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Sentrix charges $1,195 for the test in the United States, where most insurers do not cover it.",
        True,
        [("money", 1195, "USD", None)],
        None,
    ),
    (
        "en",
        '"This is not the game-changer some headlines promised, at least not yet," said Professor Alice Durrant, an epidemiologist at Queen Mary University of London.',
        False,
        [],
        None,
    ),
    # --- Antibiotikaresistenzen (APA) ---
    (
        "de",
        "Wien (APA) - Antibiotikaresistente Keime sind in Österreich auf dem Vormarsch, wie aus dem Resistenzbericht der AGES hervorgeht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei Blutstrominfektionen mit dem Darmbakterium E. coli war 2024 bereits jeder siebente Erreger gegen wichtige Reserveantibiotika unempfindlich.",
        True,
        [("year", 2024, None, None), ("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "de",
        "Vor zehn Jahren war es noch jeder zwölfte gewesen.",
        True,
        [("duration", 10, "year", None), ("fraction", 0.0833, None, None)],
        None,
    ),
    (
        "de",
        "Pro Jahr sterben in Österreich nach Schätzungen rund 2.300 Menschen an Infektionen mit resistenten Erregern, teilte die AGES mit.",
        True,
        [("count", 2300, None, "about")],
        "die AGES",
    ),
    (
        "de",
        "Im niedergelassenen Bereich wurden im vergangenen Jahr knapp 4,1 Millionen Antibiotika-Packungen verschrieben, um 6 Prozent mehr als 2023.",
        True,
        [("count", 4100000, None, "nearly"), ("percent", 6, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "„Jede unnötige Verschreibung bringt uns einer Welt ohne wirksame Antibiotika näher“, warnte AGES-Experte Florian Weißenbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Antibiotika sollten nie ohne Rücksprache mit der Ärztin oder dem Arzt abgesetzt werden, rät die AGES.",
        False,
        [],
        None,
    ),
    # --- Sleep regularity and heart disease (AP) ---
    (
        "en",
        "NEW YORK (AP) — People who go to bed and wake up at irregular times may face a higher risk of heart attack and stroke, even if they sleep long enough, a new study suggests.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Researchers tracked 72,500 adults who wore wrist activity monitors for a week and then followed them for an average of eight years.",
        True,
        [("count", 72500, None, None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "en",
        "Those with the least regular sleep had a 26% higher risk of major cardiovascular events than those with the most regular patterns, a hazard ratio of 1.26.",
        True,
        [("percent", 26, "%", None), ("count", 1.26, None, None)],
        None,
    ),
    (
        "en",
        "The 95% confidence interval ran from 1.12 to 1.41, the authors reported in the European Heart Journal.",
        True,
        [("percent", 95, "%", None), ("count", 1.12, None, None), ("count", 1.41, None, None)],
        None,
    ),
    (
        "en",
        "Over the study period, 3,870 participants had a heart attack or stroke.",
        True,
        [("count", 3870, None, None)],
        None,
    ),
    (
        "en",
        '"Consistency may matter as much as the number of hours," said study author Dr. Lena Marchetti of the University of Milan.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is unclear whether irregular sleep causes heart problems or simply signals other health issues.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Experts recommend that adults get at least seven hours of sleep a night.",
        False,
        [("duration", 7, "hour", "at_least")],
        None,
    ),
    # --- Feinstaub-Todesfälle (AFP) ---
    (
        "de",
        "Kopenhagen (AFP) - Feinstaub hat nach Angaben der Europäischen Umweltagentur (EEA) im Jahr 2023 in der EU rund 212.000 vorzeitige Todesfälle verursacht.",
        True,
        [("year", 2023, None, None), ("count", 212000, None, "about")],
        "die Europäische Umweltagentur",
    ),
    (
        "de",
        "Das seien 41 Prozent weniger als 2005, teilte die Behörde am Montag mit.",
        True,
        [("percent", 41, "%", None), ("year", 2005, None, None)],
        "die Behörde",
    ),
    (
        "de",
        "Würden die Richtwerte der Weltgesundheitsorganisation eingehalten, ließe sich mehr als die Hälfte dieser Todesfälle vermeiden.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "Am stärksten belastet sind Regionen in Norditalien, Polen und der Slowakei.", True, [], None),
    (
        "de",
        "Deutschland verzeichnete demnach rund 27.000 Todesfälle, Österreich etwa 3.100.",
        True,
        [("count", 27000, None, "about"), ("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Die EU will die Grenzwerte bis 2030 schrittweise an die WHO-Empfehlungen annähern.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Umweltverbände nannten die Zahlen „einen stillen Notstand“ und forderten strengere Grenzwerte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Saubere Luft ist kein Luxus, sondern ein Menschenrecht“, sagte ein Sprecher der Deutschen Umwelthilfe.",
        False,
        [],
        None,
    ),
    # --- Gene therapy approval (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 22 (Reuters) - U.S. regulators on Wednesday approved a single-dose gene therapy for a rare inherited form of blindness, the second such treatment cleared in the country.",
        True,
        [("date", "--10-22", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Maker Lumigen Bio said it would charge $2.65 million per patient, one of the highest prices for any medicine.",
        True,
        [("money", 2650000, "USD", None)],
        None,
    ),
    (
        "en",
        "In the pivotal trial, 27 of the 31 patients treated showed a meaningful improvement in their ability to find their way through a maze in dim light after one year.",
        True,
        [("count", 27, None, None), ("count", 31, None, None), ("duration", 1, "year", None)],
        None,
    ),
    (
        "en",
        "The condition affects an estimated 2,000 people in the United States.",
        True,
        [("count", 2000, None, "about")],
        None,
    ),
    (
        "en",
        "The FDA said the most common side effects were eye inflammation and raised pressure inside the eye.",
        True,
        [],
        "the FDA",
    ),
    (
        "en",
        "Lumigen said it would refund up to 80% of the price if the therapy fails to work within two years.",
        True,
        [("percent", 80, "%", "up_to"), ("duration", 2, "year", None)],
        "Lumigen",
    ),
    (
        "en",
        '"For the first time, my son can see the stars," said Teresa Alvarado, whose 9-year-old took part in the trial.',
        False,
        [("ordinal", 1, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Insurers have warned that a wave of multimillion-dollar therapies could strain their budgets.",
        False,
        [],
        None,
    ),
    # --- KI erkennt Hautkrebs (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Eine künstliche Intelligenz erkennt schwarzen Hautkrebs laut einer Studie des Universitätsspitals Zürich etwa so zuverlässig wie erfahrene Dermatologinnen und Dermatologen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das System wurde mit knapp 96'000 Bildern trainiert und an 1'250 Patientinnen und Patienten getestet.",
        True,
        [("count", 96000, None, "nearly"), ("count", 1250, None, None)],
        None,
    ),
    (
        "de",
        "Es erkannte 92,4 Prozent der Melanome, die Fachärzte 90,1 Prozent.",
        True,
        [("percent", 92.4, "%", None), ("percent", 90.1, "%", None)],
        None,
    ),
    (
        "de",
        "Allerdings stufte die KI fast doppelt so viele harmlose Muttermale fälschlich als verdächtig ein, sagte Projektleiter Andrin Caduff.",
        True,
        [("count", 2, None, "nearly")],
        "Andrin Caduff",
    ),
    (
        "de",
        "Caduff zufolge erkranken in der Schweiz jährlich rund 2'900 Menschen an einem Melanom.",
        True,
        [("count", 2900, None, "about")],
        "Caduff",
    ),
    (
        "de",
        "Die Studie soll 2026 auf weitere fünf Spitäler ausgeweitet werden.",
        True,
        [("year", 2026, None, None), ("count", 5, None, None)],
        None,
    ),
    ("de", "«Die Maschine wird nicht müde, aber sie kennt den Patienten nicht», sagte Caduff.", False, [], None),
    # --- NHS waiting list (PA) ---
    (
        "en",
        "LONDON (PA) - England's waiting list for planned hospital care fell to an estimated 7.26 million at the end of August, down from 7.31 million a month earlier, NHS England said.",
        True,
        [("count", 7260000, None, "about"), ("count", 7310000, None, None)],
        "NHS England",
    ),
    (
        "en",
        "Some 2.9 million patients had been waiting longer than the 18-week target, while 191,000 had waited more than a year.",
        True,
        [("count", 2900000, None, "about"), ("duration", 18, "week", None), ("count", 191000, None, None)],
        None,
    ),
    (
        "en",
        "Just 67.8% of cancer patients had started treatment 62 days after being urgently referred, against a target of 75% by March.",
        True,
        [("percent", 67.8, "%", None), ("duration", 62, "day", None), ("percent", 75, "%", None)],
        None,
    ),
    (
        "en",
        "A&E departments saw 2.37 million attendances in September, the second-highest figure on record.",
        True,
        [("count", 2370000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Last month more than 1,700 A&E patients each day had to wait more than 12 hours, the Royal College of Emergency Medicine said.",
        True,
        [("count", 1700, None, "over"), ("duration", 12, "hour", "over")],
        "the Royal College of Emergency Medicine",
    ),
    (
        "en",
        "The government has promised an extra 1.8 billion pounds this year to bring down waiting times.",
        True,
        [("money", 1800000000, "GBP", None)],
        None,
    ),
    ("en", 'The Health Secretary said the figures showed the NHS was "on the road to recovery".', False, [], None),
    (
        "en",
        '"Behind each of these numbers is a frightened person lying on a trolley in a corridor," the college\'s president said.',
        False,
        [],
        None,
    ),
    # --- Herzinfarkt bei Frauen (dpa) ---
    (
        "de",
        "München (dpa) - Frauen mit Herzinfarkt kommen einer Auswertung der TU München zufolge deutlich später in die Klinik als Männer.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zwischen den ersten Symptomen und der Aufnahme vergingen bei Frauen durchschnittlich 4 Stunden und 20 Minuten, bei Männern 3 Stunden und 5 Minuten.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 4, "hour", None),
            ("duration", 20, "minute", None),
            ("duration", 3, "hour", None),
            ("duration", 5, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden die Daten von 6.812 Patientinnen und Patienten aus 41 bayerischen Kliniken aus den Jahren 2019 bis 2024.",
        True,
        [
            ("count", 6812, None, None),
            ("count", 41, None, None),
            ("year", 2019, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Sterblichkeit innerhalb von 30 Tagen lag bei Frauen bei 9,1 Prozent, bei Männern bei 6,4 Prozent.",
        True,
        [("duration", 30, "day", None), ("percent", 9.1, "%", None), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Frauen deuteten Beschwerden wie Übelkeit oder Rückenschmerzen oft nicht als Herzinfarkt, sagte Studienautorin Katharina Obermaier.",
        True,
        [],
        "Katharina Obermaier",
    ),
    (
        "de",
        "Der Altersunterschied erkläre nur einen Teil der höheren Sterblichkeit: Die Frauen waren im Mittel 73, die Männer 64 Jahre alt.",
        True,
        [("duration", 73, "year", None), ("duration", 64, "year", None)],
        None,
    ),
    (
        "de",
        "„Bei Brustschmerzen oder Atemnot bitte sofort die 112 wählen und nicht abwarten“, appellierte Obermaier.",
        False,
        [],
        None,
    ),
    # --- Drug-resistant infections forecast (Reuters) ---
    (
        "en",
        "LONDON, Nov 3 (Reuters) - Drug-resistant infections could directly kill more than 1.6 million people a year by 2050, up from about 960,000 now, according to a study published in The Lancet on Monday.",
        True,
        [
            ("date", "--11-03", None, None),
            ("count", 1600000, None, "over"),
            ("year", 2050, None, None),
            ("count", 960000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The researchers estimated that such deaths among people aged 70 and older had risen by more than 80% since 1990.",
        True,
        [("duration", 70, "year", "at_least"), ("percent", 80, "%", "over"), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Among children under five, deaths fell by more than half over the same period, helped by vaccines and better sanitation.",
        True,
        [("duration", 5, "year", "under"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Better access to existing antibiotics and new drugs could avert about 75 million deaths between 2025 and 2050, the authors said.",
        True,
        [("count", 75000000, None, "about"), ("year", 2025, None, None), ("year", 2050, None, None)],
        None,
    ),
    (
        "en",
        "Co-author Farid Haddad told reporters the steepest rises were expected in South Asia and sub-Saharan Africa.",
        True,
        [],
        "Farid Haddad",
    ),
    ("en", '"This is a slow-moving pandemic, and we are running out of time," Haddad said.', False, [], None),
    ("en", "It is not clear how many new antibiotics will reach patients in the coming decade.", False, [], None),
    # --- Thrombektomie nach Schlaganfall (APA) ---
    (
        "de",
        "Innsbruck (APA) - Schlaganfallpatienten profitieren einer Studie der Medizinischen Universität Innsbruck zufolge auch dann noch von einer Thrombektomie, wenn der Eingriff bis zu 24 Stunden nach Symptombeginn erfolgt.",
        True,
        [("duration", 24, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "An der Studie nahmen 412 Patientinnen und Patienten an 18 Zentren in Österreich, Deutschland und der Schweiz teil.",
        True,
        [("count", 412, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Drei Monate nach dem Schlaganfall waren 46 Prozent der Behandelten wieder selbstständig, in der Vergleichsgruppe 29 Prozent.",
        True,
        [("duration", 3, "month", None), ("percent", 46, "%", None), ("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem absoluten Unterschied von 17 Prozentpunkten, sagte Studienleiter Georg Pfurtscheller.",
        True,
        [("percent", 17, "pp", None)],
        "Georg Pfurtscheller",
    ),
    (
        "de",
        "Hirnblutungen traten bei 5,3 beziehungsweise 3,8 Prozent der Patienten auf.",
        True,
        [("percent", 5.3, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "In Österreich erleiden jährlich rund 23.000 Menschen einen Schlaganfall, so Pfurtscheller.",
        True,
        [("count", 23000, None, "about")],
        "Pfurtscheller",
    ),
    ("de", "„Diese Ergebnisse werden die Leitlinien verändern“, sagte Pfurtscheller.", False, [], None),
    ("de", "Die Studie wurde im „New England Journal of Medicine“ veröffentlicht.", True, [], None),
    # --- E-cigarettes and quitting (AP) ---
    (
        "en",
        "CHICAGO (AP) — Smokers given e-cigarettes along with counseling were nearly twice as likely to quit as those who received counseling alone, according to a study released Friday.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "After six months, 28% of the 1,150 participants in the e-cigarette group had stopped smoking, compared with 15% in the comparison group.",
        True,
        [
            ("duration", 6, "month", None),
            ("percent", 28, "%", None),
            ("count", 1150, None, None),
            ("percent", 15, "%", None),
        ],
        None,
    ),
    (
        "en",
        "About two-thirds of those who quit were still using e-cigarettes at the end of the study.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "The trial ran at 12 clinics in four states and was funded by the National Institutes of Health.",
        True,
        [("count", 12, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Adult smoking in the U.S. has fallen to about 10.8%, less than half the rate of 2000, according to federal figures.",
        True,
        [("percent", 10.8, "%", "about"), ("fraction", 0.5, None, "under"), ("year", 2000, None, None)],
        None,
    ),
    (
        "en",
        '"Switching completely is far better than continuing to smoke, but the goal is to quit nicotine altogether," said Dr. Marcus Hale, the study\'s lead author.',
        False,
        [],
        None,
    ),
    ("en", "Critics said the long-term health effects of vaping remain a worrying unknown.", False, [], None),
    # --- Single-dose malaria drug (Reuters) ---
    (
        "en",
        "NAIROBI, Nov 10 (Reuters) - A single-dose malaria treatment developed by Swiss drugmaker Sorvane cleared the parasite in 97.4% of children in a late-stage trial in five African countries, the company said on Monday.",
        True,
        [("date", "--11-10", None, None), ("percent", 97.4, "%", None), ("count", 5, None, None)],
        "the company",
    ),
    (
        "en",
        "The trial enrolled 1,668 children aged six months to 12 years in Mali, Burkina Faso, Kenya, Uganda and Gabon.",
        True,
        [("count", 1668, None, None), ("duration", 6, "month", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Current treatments require three days of pills, and many families stop once the fever breaks.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Malaria killed an estimated 571,000 people in 2024, roughly seven in 10 of them children under five, according to the World Health Organization.",
        True,
        [
            ("count", 571000, None, "about"),
            ("year", 2024, None, None),
            ("fraction", 0.7, None, "about"),
            ("duration", 5, "year", "under"),
        ],
        "the World Health Organization",
    ),
    (
        "en",
        "Sorvane said it would sell the drug at cost in countries where malaria is endemic, at under $1 per treatment.",
        True,
        [("money", 1, "USD", "under")],
        "Sorvane",
    ),
    (
        "en",
        '"A child who gets one dose in the clinic is a child who is actually cured," said Dr. Amina Wekesa, who led the trial in Kenya.',
        False,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Researchers warned that the parasite could eventually learn to evade the new drug as well.",
        False,
        [],
        None,
    ),
    # --- Krebsregister (dpa) ---
    (
        "de",
        "Berlin (dpa) - In Deutschland erkranken jedes Jahr rund 478.000 Menschen neu an Krebs, teilte das Robert Koch-Institut (RKI) am Dienstag mit.",
        True,
        [("count", 478000, None, "about")],
        "das Robert Koch-Institut",
    ),
    ("de", "Die häufigsten Diagnosen sind Brustkrebs bei Frauen und Prostatakrebs bei Männern.", True, [], None),
    (
        "de",
        "Die Fünf-Jahres-Überlebensrate liegt bei Brustkrebs inzwischen bei 88 Prozent, bei Bauchspeicheldrüsenkrebs dagegen nur bei 9 Prozent.",
        True,
        [("duration", 5, "year", None), ("percent", 88, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Altersbereinigt ist die Krebssterblichkeit seit 2003 bei Männern um 27 Prozent und bei Frauen um 19 Prozent gesunken.",
        True,
        [("year", 2003, None, None), ("percent", 27, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    ("de", "Das mittlere Erkrankungsalter liegt bei 70 Jahren.", True, [("duration", 70, "year", None)], None),
    (
        "de",
        "Weil die Bevölkerung altert, rechnet das RKI bis 2035 mit einem Anstieg der Neuerkrankungen um etwa ein Fünftel.",
        True,
        [("year", 2035, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Laut RKI ließen sich rund 40 Prozent aller Krebsfälle durch einen gesünderen Lebensstil vermeiden.",
        True,
        [("percent", 40, "%", "about")],
        "RKI",
    ),
    (
        "de",
        "Die Deutsche Krebshilfe forderte eine höhere Tabaksteuer und ein Werbeverbot für ungesunde Lebensmittel.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Jeder verhinderte Krebsfall ist ein Gewinn für die Betroffenen und ihre Familien“, sagte eine RKI-Sprecherin.",
        False,
        [],
        None,
    ),
    # --- Fasting study hype (Reuters) ---
    (
        "en",
        'NEW YORK, Nov 13 (Reuters) - A small study of intermittent fasting that spread widely on social media this week as proof the diet "reverses ageing" showed nothing of the kind, several scientists said.',
        True,
        [("date", "--11-13", None, None)],
        None,
    ),
    (
        "en",
        "The study, posted as a preprint and not yet peer-reviewed, followed 48 adults for 12 weeks.",
        True,
        [("count", 48, None, None), ("duration", 12, "week", None)],
        None,
    ),
    (
        "en",
        "Participants who ate only within an eight-hour window lost an average of 3.1 kilograms, about 1.3 kilograms more than a control group.",
        True,
        [("duration", 8, "hour", None), ("count", 3.1, None, None), ("count", 1.3, None, "about")],
        None,
    ),
    (
        "en",
        'The "biological age" estimated from a blood test fell by 1.4 years in the fasting group, a measure several experts described as unreliable.',
        True,
        [("duration", 1.4, "year", None)],
        None,
    ),
    (
        "en",
        'Posts claiming the diet could "turn back the clock by a decade" had been viewed more than 9 million times by Thursday.',
        True,
        [("count", 9000000, None, "over")],
        None,
    ),
    (
        "en",
        "The study's lead author, Jonas Eklund, said the team had never claimed that the diet reversed ageing.",
        True,
        [],
        "Jonas Eklund",
    ),
    (
        "en",
        '"Forty-eight people over three months tells you almost nothing about ageing," said Kavita Raman, a biostatistician at Imperial College London.',
        False,
        [("count", 48, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Readers should be wary of any single study that promises to slow ageing, the scientists said.",
        False,
        [],
        None,
    ),
    # --- Brustkrebsmittel Phase 3 (Reuters) ---
    (
        "de",
        "Basel (Reuters) - Der Schweizer Pharmakonzern Rhenovia hat mit einem neuen Brustkrebsmittel in einer entscheidenden Phase-3-Studie das Fortschreiten der Krankheit deutlich verzögert.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Patientinnen, die das Mittel zusätzlich zur Hormontherapie erhielten, lebten im Median 23,8 Monate ohne Fortschreiten der Erkrankung, in der Kontrollgruppe waren es 16,1 Monate.",
        True,
        [("duration", 23.8, "month", None), ("duration", 16.1, "month", None)],
        None,
    ),
    (
        "de",
        "Das Risiko für ein Fortschreiten oder den Tod sank damit um 34 Prozent, teilte das Unternehmen am Montag mit.",
        True,
        [("percent", 34, "%", None)],
        "das Unternehmen",
    ),
    ("de", "Daten zum Gesamtüberleben seien noch nicht ausgereift, hieß es.", True, [], None),
    (
        "de",
        "An der Studie nahmen 1.064 Frauen mit fortgeschrittenem Brustkrebs in 27 Ländern teil.",
        True,
        [("count", 1064, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Rhenovia will bis Mitte 2026 die Zulassung in den USA und der EU beantragen.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Analysten trauen dem Mittel Spitzenumsätze von bis zu 3,5 Milliarden Franken im Jahr zu.",
        True,
        [("money", 3500000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Die Rhenovia-Aktie legte an der Schweizer Börse zeitweise um 7,2 Prozent zu.",
        True,
        [("percent", 7.2, "%", None)],
        None,
    ),
    (
        "de",
        "Konzernchef Dominik Wyss sprach von einem „Meilenstein für Patientinnen mit dieser Form von Brustkrebs“.",
        False,
        [],
        None,
    ),
    # --- Alcohol-specific deaths (PA) ---
    (
        "en",
        "LONDON (PA) - Deaths caused directly by alcohol in the UK fell slightly last year but stayed close to record levels, according to the Office for National Statistics.",
        True,
        [],
        "the Office for National Statistics",
    ),
    (
        "en",
        "There were 10,210 alcohol-specific deaths registered in 2024, down 2.6 per cent from the year before.",
        True,
        [("count", 10210, None, None), ("year", 2024, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "The rate was 15.4 deaths per 100,000 people, compared with 10.7 in 2019.",
        True,
        [
            ("count", 15.4, None, None),
            ("count", 100000, None, None),
            ("count", 10.7, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    ("en", "Men accounted for around two in three of the deaths.", True, [("fraction", 0.6667, None, "about")], None),
    (
        "en",
        "Scotland had the highest rate of the four UK nations, at 21.8 deaths per 100,000.",
        True,
        [("count", 4, None, None), ("count", 21.8, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "Rates were highest among people aged 55 to 64.",
        True,
        [("duration", 55, "year", None), ("duration", 64, "year", None)],
        None,
    ),
    ("en", 'Alcohol Change UK said the figures were "a damning indictment" of a decade of inaction.', False, [], None),
    ("en", "The charity urged ministers to bring in minimum unit pricing in England.", False, [], None),
    # --- Geschlechtskrankheiten (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Zahl der gemeldeten Gonorrhö-Fälle hat in der Schweiz 2024 einen neuen Höchststand erreicht, wie das Bundesamt für Gesundheit (BAG) am Donnerstag mitteilte.",
        True,
        [("year", 2024, None, None)],
        "das Bundesamt für Gesundheit",
    ),
    (
        "de",
        "Insgesamt wurden 5'380 Fälle registriert, 12 Prozent mehr als im Vorjahr.",
        True,
        [("count", 5380, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Bei der Syphilis stieg die Zahl um knapp ein Zehntel auf 1'190 Fälle.",
        True,
        [("fraction", 0.1, None, "nearly"), ("count", 1190, None, None)],
        None,
    ),
    ("de", "Die HIV-Neudiagnosen blieben mit 318 Fällen dagegen stabil.", True, [("count", 318, None, None)], None),
    (
        "de",
        "Gut zwei Drittel der Gonorrhö-Fälle betrafen Männer zwischen 25 und 44 Jahren.",
        True,
        [("fraction", 0.6667, None, "over"), ("duration", 25, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Ein Teil des Anstiegs sei auf mehr Tests zurückzuführen, so BAG-Sprecherin Nadja Imfeld.",
        True,
        [],
        "Nadja Imfeld",
    ),
    ("de", "«Kondome schützen nach wie vor am besten», sagte Imfeld.", False, [], None),
    # --- Mobile phones and brain cancer (Reuters) ---
    (
        "en",
        "GENEVA, Nov 24 (Reuters) - A review commissioned by the World Health Organization found no link between mobile phone use and brain cancer, even among people who had used phones for 10 years or more.",
        True,
        [("date", "--11-24", None, None), ("duration", 10, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The authors pooled 63 studies published between 1994 and 2024.",
        True,
        [("count", 63, None, None), ("year", 1994, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Brain cancer rates in the countries studied stayed largely flat even as mobile phone subscriptions rose more than twentyfold.",
        True,
        [("count", 20, None, "over")],
        None,
    ),
    (
        "en",
        "The review found no rise in risk among heavy users, defined as people with more than 1,600 hours of calls.",
        True,
        [("duration", 1600, "hour", "over")],
        None,
    ),
    (
        "en",
        "About 296,000 people worldwide are diagnosed with brain and nervous system cancers each year, the review said.",
        True,
        [("count", 296000, None, "about")],
        None,
    ),
    (
        "en",
        '"This should reassure the public," said Professor Ruth Calder of the University of Auckland, who led the review.',
        False,
        [],
        None,
    ),
    ("en", 'Campaign group Phone Safety Now called the review "a whitewash".', False, [], None),
    # --- Gesundheitsbefragung (APA) ---
    (
        "de",
        "Wien (APA) - Mehr als die Hälfte der Erwachsenen in Österreich ist übergewichtig, wie die Statistik Austria am Mittwoch mitteilte.",
        True,
        [("fraction", 0.5, None, "over")],
        "die Statistik Austria",
    ),
    (
        "de",
        "Laut der Gesundheitsbefragung hatten 2025 rund 52 Prozent der Menschen ab 15 Jahren einen Body-Mass-Index von 25 oder mehr, 17,4 Prozent galten als adipös.",
        True,
        [
            ("year", 2025, None, None),
            ("percent", 52, "%", "about"),
            ("duration", 15, "year", "at_least"),
            ("count", 25, None, "at_least"),
            ("percent", 17.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Bei Männern lag der Anteil der Übergewichtigen mit 61 Prozent deutlich höher als bei Frauen mit 43 Prozent.",
        True,
        [("percent", 61, "%", None), ("percent", 43, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen Oktober 2024 und September 2025 knapp 15.000 Personen.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("count", 15000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nur jede vierte Person erreicht die Bewegungsempfehlung der WHO von mindestens 150 Minuten pro Woche.",
        True,
        [("fraction", 0.25, None, None), ("duration", 150, "minute", "at_least")],
        None,
    ),
    (
        "de",
        "Der Anteil der täglich Rauchenden sank seit 2019 von 20,7 auf 18,1 Prozent.",
        True,
        [("year", 2019, None, None), ("percent", 20.7, "%", None), ("percent", 18.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir brauchen mehr Turnstunden in den Schulen und weniger Zucker in den Getränken“, forderte ein Sprecher der Ärztekammer.",
        False,
        [],
        None,
    ),
    # --- Flu vaccine effectiveness (AP) ---
    (
        "en",
        "ATLANTA (AP) — This season's flu vaccine is about 41% effective at preventing hospitalization in adults, according to early estimates released Tuesday by the Centers for Disease Control and Prevention.",
        True,
        [("percent", 41, "%", "about")],
        None,
    ),
    (
        "en",
        "Among children, effectiveness against emergency room visits was higher, at 56%.",
        True,
        [("percent", 56, "%", None)],
        None,
    ),
    (
        "en",
        "The estimates are based on more than 9,300 patients treated at hospitals in 19 states between October and mid-November.",
        True,
        [("count", 9300, None, "over"), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "So far, just 38.6% of adults have received a flu shot this season, down about 3 percentage points from last year, the CDC said.",
        True,
        [("percent", 38.6, "%", None), ("percent", 3, "pp", "about")],
        "the CDC",
    ),
    ("en", "The agency has recorded 14 pediatric flu deaths this season.", True, [("count", 14, None, None)], None),
    (
        "en",
        '"A vaccine that cuts your risk of ending up in the hospital by 40% is well worth the 10 minutes it takes," said Dr. Angela Corbett, an infectious disease specialist at Emory University.',
        False,
        [("percent", 40, "%", None), ("duration", 10, "minute", None)],
        None,
    ),
    (
        "en",
        "Health officials urged everyone aged six months and older to get vaccinated before the holidays.",
        False,
        [("duration", 6, "month", "at_least")],
        None,
    ),
    # --- Abnehmspritze absetzen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Wer eine Abnehmspritze absetzt, nimmt einer Übersichtsarbeit zufolge innerhalb von rund 20 Monaten fast das gesamte verlorene Gewicht wieder zu.",
        True,
        [("duration", 20, "month", "about")],
        None,
    ),
    (
        "de",
        "Forschende der Universität Leipzig werteten dafür 37 Studien mit zusammen mehr als 9.200 Teilnehmenden aus.",
        True,
        [("count", 37, None, None), ("count", 9200, None, "over")],
        None,
    ),
    (
        "de",
        "Nach dem Absetzen nahmen die Teilnehmenden im Schnitt 0,8 Kilogramm pro Monat wieder zu.",
        True,
        [("count", 0.8, None, None)],
        None,
    ),
    ("de", "Auch Blutdruck und Blutzucker kehrten binnen eines Jahres auf das Ausgangsniveau zurück.", True, [], None),
    (
        "de",
        "In Deutschland bekamen 2024 nach Angaben des Zentralinstituts für die kassenärztliche Versorgung rund 1,1 Millionen gesetzlich Versicherte eine solche Spritze verordnet.",
        True,
        [("year", 2024, None, None), ("count", 1100000, None, "about")],
        "das Zentralinstitut für die kassenärztliche Versorgung",
    ),
    (
        "de",
        "Eine Monatspackung kostet für Selbstzahler zwischen 170 und 300 Euro.",
        True,
        [("money", 170, "EUR", None), ("money", 300, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Spritze ist kein Wundermittel, sondern eine Dauertherapie“, sagte Studienleiter Matthias Vogelsang.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hype in sozialen Netzwerken verleite viele, die Mittel ohne ärztliche Begleitung zu nehmen, warnte Vogelsang.",
        False,
        [],
        None,
    ),
]
