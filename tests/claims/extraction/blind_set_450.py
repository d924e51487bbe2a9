"""Four-hundred-and-fiftieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: a state secretary, the heads of real institutes,
associations and charities, researchers at real universities and clinics and a
spokesperson of a real ministry appear under made-up names that stand for no real holder,
or by their role only („Tierschützer“, „Unabhängige Kardiologen“, "a Department of Health
spokesperson", "Analysts at Greyfield Partners").

Names: Dorothea Wendehals and the firm Alsterwerk Therapeutics, Veronika Strohmayer-Lenz,
Kerstin Fahrenhorst-Ilg, Gesine Arnholdt-Vey, Ilka Thormählen-Voss, Seraina Gubler-Wyss,
Korbinian Hallerstede, Theresia Gamper-Riedl, Jonathan Weißkirchen, Reto Camenisch-Huber,
Florian Pircher-Zangerl, Annika Rösslein-Dörr, Tilman Oberhauser-Brink, Clarissa
Hohenstein-Mair, Matthias Ebner-Kögl and Henriette Brackmann-Solms; Adaeze Okwuosa-Hart,
Gwendolyn Ashcroft-Bell, Rafaela Quintanar-Moss, Tereza Mwangi-Holt, the firm Harwick
Pharmaceuticals and its chief executive Porter Vandermeer, the analysts' firm Greyfield
Partners, Anjali Mehra-Collins, Martina Echagüe-Rossi, Harriet Lindqvist-Shaw, Marcus
Oyelaran-Pike, Siobhan Calloway-Reid, Lucinda Baptiste-Warner, the firm Tidemark Bio and
its velmarisen, Ifeoma Castellanos-Reyes, Shu Minglan, Kelsey Amundsen-Ward and Eleanor
Vasquez-Thorne; every unnamed researcher, doctor, analyst, advocate and spokesperson.
Real states, bodies, journals, instruments, ships and places (Universitätsklinikum
Hamburg-Eppendorf, „New England Journal of Medicine“, Medizinische Universität Wien, Robert
Koch-Institut, RKI, Bundesinstitut für Risikobewertung (BfR), Bundesregierung,
Alfred-Wegener-Institut, „Polarstern“, Südpolarmeer, Weddellmeer, Universität Bern,
Bundesamt für Umwelt (Bafu), Deutsche Gesellschaft für Kardiologie, Alpenverein, Pasterze,
Max-Planck-Institut für Astronomie, „Astronomy & Astrophysics“, Calar Alto, Extremely Large
Telescope, ETH Zürich, Schweizerischer Nationalfonds, Bergrettung, „Nature Medicine“,
Deutsches Zentrum für Neurodegenerative Erkrankungen, Verband forschender
Arzneimittelhersteller (vfa), Bundesgesundheitsministerium, Kabinett, Saalekreis; The
Lancet, the World Health Organization, the WHO, the University of Leeds, the European
Respiratory Journal, the American Cancer Society, the Gates Foundation, the Medical
Research Council, Neuquén, Cretaceous Research, KFF, the QIMR Berghofer Medical Research
Institute, Cancer Council, the Food and Drug Administration, the FDA, the James Webb Space
Telescope, the Milky Way, Shanghai, Wuhan, Northern California, Cancer Research UK, the
Department of Health, the NHS, and the datelines' cities) stand for the way wire copy names
them; every trial result, ratio, p-value, sample, follow-up, risk, rate, distance, age,
price, grant, tally, date, quote and statement here is invented, and where a real figure
came to mind (a real cancer death toll, a real melanoma count, a real tuberculosis toll, a
real share of preterm births, a real poll share, a real glacier retreat, a real count of
approved trials, a real salt reduction) it was changed.

Its weight: MEDICAL STUDIES AND SCIENCE NEWS, the sixth round for medical studies and trials
(the sixty-fourth batch weighed medicine, pharmaceuticals, clinical trials and drug
approvals, the hundred-fifty-fifth health and medical studies, the two-hundred-and-fifty-
second medical studies and drug trials, the three-hundred-and-sixty-second health and
medicine on both desks and the three-hundred-and-ninety-ninth pharma, clinical trials and
drug approvals) with science news beside them (the forty-fourth weighed science, space,
research and education copy, the ninety-seventh an ordinary science, health and technology
day, the hundred-twelfth space missions and science news, the hundred-seventy-first
archaeology and the four-hundred-and-tenth science and research news); their decisions are
kept. One wire week, Monday, March 1, to Sunday, March 7, as 32 short stories in story
order, the German and English ones interleaved by day, about half in each language, each
told as wire copy runs it (a dateline lead with the finding, the sample and its ages, the
follow-up, relative and absolute risks, the ratio with its interval, the researcher's
claim, the caution, quotes, the publication line). German (dpa with "dpa/lby", "dpa/lni",
"dpa/lsw" and "dpa/sa", APA with Austrian „Heuer“ and „Spitälern“, Keystone-SDA with Swiss
„61'840“, „1'083“, „Strasse“, „Gemäss“, «» quotes, Reuters German, Ärzteblatt-style trial
copy with „Hazard Ratio“, „Odds Ratio“, „95-Prozent-Konfidenzintervall“ and „p<0,001“,
German „“ quotes): a Hamburg biotech's Phase 3 heart-failure results, migraine with aura
and stroke in young women (a case-control study), salt intake measured by the RKI, the
year's animal experiments, the „Polarstern“ back from the Southern Ocean, night-time road
noise and diabetes, a flu jab after a heart attack, Austria's glacier report, a rocky
planet 48 light years away, an antibiotic from soil bacteria, survival under avalanches, a
personalised cancer vaccine against kidney cancer, an Alzheimer blood test, Germany's slide
in clinical trial approvals, bystander resuscitation in Vienna and a Neolithic well.
English (Reuters with dated datelines, AFP with a dated dateline, AP, PA, AAP): a triple
pill for blood pressure, green space and childhood asthma, colorectal cancer under 50, a
tuberculosis vaccine's Phase 3 trial, a pill against heavy drinking, meal timing on night
shifts, a long-necked dinosaur, a retracted Covid-19 study, GLP-1 drugs and dementia (a
hazard ratio and a rate per person-years), sunscreen and melanoma, heat and preterm births,
an FDA approval for a muscular dystrophy with its price, an early galaxy seen by Webb, a
gene therapy for deafness, cannabis in pregnancy (an odds ratio) and the UK's cancer death
rates. Speakers as such copy has them: German „sagte X“ and „X sagte, ...“ with the title
and the affiliation dropped, „sagte X der Nachrichtenagentur dpa“, „so X“, „X zufolge“,
„Laut X“, „Das teilte ... mit.“, „teilte ... mit“ with the place dropped, „nach Angaben der
...“; English "X said" with the role and "Dr."/"Dr" dropped, "said Professor X, who led the
trial", "X told AFP", "X told reporters", the name in apposition after the role, "the
company said", "the FDA said", "the charity said" and "the World Health Organization said";
beside them the forms left unchecked - plural and collective sources, documents, data and
estimates, descriptions and relative clauses between a name and its verb, a possessive
description and every "according to". Figures as such copy has them: trial phases in
Arabic numerals („Phase-3-Studie“, „Phase-2-Studie“, "a Phase 3 trial", "a Phase 2
trial"), samples, sites, countries and cantons, relative risk reductions and absolute
risks in percent, gaps in percentage points, hazard, odds and rate ratios with their
confidence intervals, p-values with "<" and "=", a randomisation ratio, a number needed to
treat, drinking days, follow-up and survival spans in minutes, hours, days, weeks, months
and years, ages and age ranges, light years, masses and multiples („das 2,1-Fache“, „dem
etwa 1,3-fachen Erddurchmesser“, "about 1.6 times higher", "about 20 times the Milky Way's
present rate"), deep time („rund 7.200 Jahre alten“, „um 5180 vor Christus“, "about 92
million years ago", "more than 13.4 billion years ago"), blood pressure in mmHg, hearing in
decibels, grams of salt, metres of glacier, rates per 1,000, grants, prices and share moves
in euros, francs, dollars and pounds; number words and compounds („zwölfmonatigen“,
„zweimal“, „zweier Formen“, „Typ-2-Diabetes“, "once-daily", "two-dose", "one-time", "The
24-week study", "a 12-hour window", "48-year history", "Forty-one", "Ten of 12"), shares in
words („etwa jede zehnte“, „ein Drittel davon“, „Nur gut jede vierte“, „Rund drei Viertel“,
„um rund ein Fünftel“, „Knapp drei Viertel“, „knapp ein Drittel“, „gut jede siebte“,
„knapp jeder dritte“, „gut ein Fünftel“, "the greenest fifth", "about one in eight", "About
one in nine", "about one in five"), ordinals, hedges, ranges, years and dates. Negatives as
such copy has them - 55 rows, none with a figure: researchers', doctors', executives' and a
state secretary's quotes of hope, pride, memory and rhetoric, cautions of outside experts
and of the researchers themselves, an admitted unknown, open questions, speculation,
labels of animal-welfare groups, patient advocates, a chief executive and a charity chief,
a demand naming no measure, a verdict with „hielt ... für“, blame naming no act, a forecast
without a figure, advice and an appeal, an analysts' view, a no-comment line and an
evasion, each near a check-worthy look-alike from the same story (often the same
researcher's figure beside her own caution).

235 rows (119 German, 116 English), 55 negatives (27 German, 28 English), 180 check-worthy
rows of which 20 carry no figure (13 German, 7 English), 312 expected quantities (132
counts, 68 durations - 43 in years, 7 in weeks, 6 in days, 5 in months, 3 in hours, 3 in
minutes, 1 in seconds -, 52 percentages - 50 in "%", 2 in percentage points "pp" -, 16
fractions, 15 years, 10 dates, 10 amounts of money - 4 USD, 3 EUR, 2 GBP, 1 CHF -, 9
ordinals; 78 of them hedged - 46 "about", 12 "over", 8 "under", 5 "nearly", 3 "up_to", 3
"at_least", 1 "at_most" -; none of them in a negative), 36 checked speakers (19 German, 17
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, hope, memory, caution, speculation, open question, forecast without a
  figure, piece of advice or rhetoric is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-fifty-fifth,
  two-hundred-and-fifty-second, three-hundred-and-ninety-ninth, four-hundred-and-tenth); a
  quoted or reported finding, figure, method, limit, plan, price or demand with a figure is
  check-worthy with its speaker, also in Konjunktiv I (sixty-fourth, hundred-fifty-fifth,
  two-hundred-and-fifty-second). Pairs from one speaker: Wendehals's finding of no effect
  beside „ein solider Fortschritt, aber kein Wundermittel“; Okwuosa-Hart's $3 beside "close
  the treatment gap"; Strohmayer-Lenz's one in ten beside „Einen Grund zur Panik ...“
  („betonte“ does not turn a reassurance into a claim, four-hundred-and-twentieth);
  Fahrenhorst-Ilg's three quarters beside „Der Salzstreuer ...“; Thormählen-Voss's third
  beside „Wer einmal dort unten war ...“; Gubler-Wyss's finding beside «Lärm ist ein
  unterschätzter Krankmacher»; Vandermeer's Phase 3 plan beside his label;
  Hallerstede's one in three beside „Eine Spritze, die ein paar Euro kostet, ...“ („ein paar
  Euro“ no figure); Gamper-Riedl's 20 to 30 years beside „die Nachrufe auf unsere
  Gletscher“; Mehra-Collins's one in eight beside "Our body clocks ..."; Echagüe-Rossi's
  70 percent beside "nobody on the team could speak"; Weißkirchen's 7.5 billion years
  beside „Wir wissen noch nicht, ob ...“ (an open question in his own words);
  Lindqvist-Shaw's first retraction in 48 years beside "Science corrects itself ...";
  Oyelaran-Pike's first year beside his caution; Camenisch-Huber's ten years beside «Die
  Natur ist noch immer die beste Chemikerin»; Pircher-Zangerl's fifth beside „Unter dem
  Schnee zählt jede Minute“ („jede Minute“ no share); Calloway-Reid's 16,900 beside "the
  cheapest cancer prevention"; Rösslein-Dörr's 4 percent beside „Wir stehen erst am
  Anfang ...“; Oberhauser-Brink's two years beside „... grundlegend verändern“ (a forecast
  without a figure, hundred-fifty-fifth); Castellanos-Reyes's 20 times beside "the universe
  surprises us"; Hohenstein-Mair's 106 and 62 days beside „Wer Studien vertreibt ...“;
  Shu's two children beside her memory; Ebner-Kögl's 2021 beside „... nichts falsch machen
  ...“; Amundsen-Ward's method beside "no amount we can call safe"; Brackmann-Solms's
  dating beside „Holz, das so lange im Grundwasser lag, ...“; Vasquez-Thorne's 7 per cent
  beside "a wake-up call ..."; Mwangi-Holt's 18 months (her speaker unchecked) beside her
  career quote; Quintanar-Moss's admission and quote are both negatives.
- Researchers' caveats and limits (hundred-fifty-fifth, two-hundred-and-fifty-second,
  three-hundred-and-ninety-ninth, four-hundred-and-tenth): a study's stated design or limit
  is check-worthy with or without a figure („Die Untersuchung war als Fall-Kontroll-Studie
  angelegt und kann einen ursächlichen Zusammenhang daher nicht belegen.“, "said the link
  held after accounting for household income and parental smoking", "said the team had used
  urine tests as well as questionnaires", „Der Effekt sei unabhängig von Luftschadstoffen
  und Einkommen, ...“), and so is a finding of no effect („Auf die Gesamtsterblichkeit
  hatte das Mittel keinen signifikanten Einfluss, ...“; two-hundred-and-fifty-second: a
  finding of no effect is a finding); a caution that tells the reader how to take the
  results is a negative („Unabhängige Kardiologen mahnten, ...“, „Unabhängige Onkologen
  warnten, aus so kleinen Gruppen ...“, "Outside experts cautioned ...", "Oyelaran-Pike
  cautioned ...", "The researchers cautioned that the trial was too small ..."), and so are
  speculation ("Some researchers suspect ..."), open questions („Ob ..., lässt die Studie
  offen.“, „Ob ..., ist noch offen.“, "It is not clear whether ...", "How such a massive
  galaxy could form so early is still unclear.", "It is not yet known how long ...") and
  hopes („Planetenforscher hoffen ...“). New: "Dr. Rafaela Quintanar-Moss, the society's
  senior scientific director, said researchers still did not know what was driving the
  increase." is a negative - an admitted unknown is an open question as „Ob ..., ist offen“
  (two-hundred-and-fifty-second) and "It is not yet clear whether ..."
  (three-hundred-and-ninety-ninth), also when a named researcher puts it, and it states no
  finding a reader could check.
- Check-worthy without a figure (20 rows; hundred-fifty-fifth, two-hundred-and-fifty-second,
  three-hundred-and-ninety-ninth, four-hundred-and-tenth): study leads with „einer Studie
  ... zufolge“ or without a figure (road noise and diabetes, the flu jab after a heart
  attack, the soil-bacteria antibiotic, the cancer vaccine's fewer relapses), source lines
  („Das teilte das Bundesinstitut für Risikobewertung (BfR) am Dienstag mit.“, „Das geht
  aus einer Auswertung des Verbands forschender Arzneimittelhersteller (vfa) hervor.“;
  three-hundred-and-sixty-second), publication lines (the „New England Journal of
  Medicine“, „Astronomy & Astrophysics“ with the institute as speaker, „Nature Medicine“,
  the European Respiratory Journal, Cretaceous Research, "the researchers wrote in The
  Lancet" with the absence of serious side effects), the stated designs and limits and the
  finding of no effect above, a body's plan ("The World Health Organization said on Monday
  it would review the data ..."), a regulator's list of side effects ("..., the FDA said.";
  hundred-fifty-fifth) and a dating. New: „Landesarchäologin Henriette Brackmann-Solms
  sagte, der Brunnen gehöre zu den ältesten erhaltenen Holzbauten Mitteleuropas.“ is
  check-worthy with its speaker - a superlative of age within a named region is a record a
  reader can check against other dated finds, as Lanzerath's dating of a settlement to a
  named culture (four-hundred-and-tenth), unlike a creed of quality („das sicherste
  Bundesland“, two-hundred-and-fourth).
- Other negatives (the medical and science rounds above), none with a figure: labels
  („sprachen von einem „Armutszeugnis ...““, "called the results ...", "called the price
  ...", "said the figures were "a wake-up call ..."" - a reported label as "said the figures
  were "a damning indictment"", hundred-fifty-fifth), a demand naming no measure
  („Verbraucherschützer forderten verbindliche Obergrenzen ...“;
  three-hundred-and-sixty-second: „forderte Kassenchef ...“ with no measure), a verdict with
  „hielt ... für“ (the Deutsche Gesellschaft für Kardiologie), blame naming no act („Die
  Opposition warf der Regierung vor, ...“), a forecast without a figure („Heuer sei ... mit
  einem ähnlich starken Rückgang zu rechnen, hieß es beim Alpenverein.“;
  two-hundred-and-fifty-second), advice ("Doctors advised pregnant women ...";
  two-hundred-and-twenty-fifth) and an appeal („Die Bergrettung appellierte ...“), an
  analysts' view ("Analysts at Greyfield Partners said the data would need to hold up ..."),
  a no-comment line ("did not respond to requests for comment"; four-hundred-and-twentieth)
  and an evasion ("Tidemark declined to say how many patients ..."; three-hundred-and-
  eighty-eighth), an outside obstetrician's view with a description between name and verb,
  a government spokesperson's rhetoric, and quotes of researchers, doctors, executives and a
  state secretary.
- Trial results and study statistics (sixty-fourth, hundred-fifty-fifth,
  two-hundred-and-fifty-second, three-hundred-and-sixty-second,
  three-hundred-and-ninety-ninth, four-hundred-and-tenth): trial phases in Arabic numerals
  are counts („Phase-3-Studie“ twice, „Phase-2-Studie“, "a Phase 3 trial", "a Phase 2
  trial", "a Phase 3 program"); relative changes are percentages as written („um 22
  Prozent gesenkt“, "by 49%", "by 43%", „um 11 Prozent“, "a 19 per cent lower risk", "38 per
  cent less likely", "a 33% lower risk", "rose 13%", "31 per cent smaller", "38% more
  slowly", „einer relativen Risikosenkung von 23 Prozent“ - "by", „um“ and the comparison
  after the figure no hedge -); absolute risks are percentages („von 18,6 auf 14,9
  Prozent“ - the unit written once serving the earlier figure -, „bei 9,1 Prozent ... und
  bei 11,8 Prozent“, „von 6,8 auf 14,1 Prozent“, "71% ..., compared with 44%", "8.2% ... and
  6.9%") and their gaps in points are "pp" („von 3,7 Prozentpunkten“, "an absolute
  difference of 2.6 percentage points"). Hazard, odds and rate ratios are counts and a
  confidence level a percentage with its bounds counts („lag bei 0,78
  (95-Prozent-Konfidenzintervall 0,69 bis 0,88; p<0,001)“, „Die Odds Ratio lag bei 2,31
  (95-Prozent-Konfidenzintervall 1,84 bis 2,90; ...)“ with 2.9, "The hazard ratio for
  dementia was 0.67 (95% CI, 0.58-0.77)", "with an odds ratio of 1.58 (p=0.003)";
  three-hundred-and-sixty-second: „Odds Ratio 0,54“; four-hundred-and-tenth: "a risk ratio
  of 1.17"), „stieg der Wert auf 5,6“ 5.6 (the odds ratio of the row before, read as
  written); „p<0,001“ and "(p<0.001)" count 0.001 "under", "(p=0.003)" count 0.003 with no
  hedge (three-hundred-and-sixty-second). "in a 1:1 ratio" is counts 1 and 1
  (three-hundred-and-ninety-ninth: "in a 2:1 ratio"); the number needed to treat gives its
  count („Rechnerisch müssten 37 Menschen geimpft werden, um ein Ereignis zu verhindern.“
  37 - „ein Ereignis“ an article, hundred-fifty-fifth); blood pressure in mmHg is a count
  ("by an average of 9.8 mmHg" 9.8 with no hedge; sixty-fourth: „140 zu 90 mmHg“), as are
  decibels ("from 106 decibels to 52 decibels", „Pro zusätzliche 10 Dezibel“ 10;
  four-hundred-and-tenth: "Each increase of 5 micrograms per cubic metre" 5) and grams of
  salt („im Schnitt 9,2 Gramm“, „10,4 Gramm ... 8,1 Gramm“). New: "14.2 heavy drinking days
  a month to 6.1, against 9.8" gives counts 14.2, 6.1 and 9.8 - days on which a patient
  drank heavily are a tally, as the two-hundred-and-fifty-second batch's migraine days,
  not a span ("a month" none). New: "Dementia was diagnosed at a rate of 4.1 per 1,000
  person-years ..., against 6.2 ..." gives counts 4.1, 1,000 and 6.2 - "person-years"
  measures the exposure a rate is taken over and is no span of time, so it carries no
  duration, as "15.4 deaths per 100,000 people" gives two counts (hundred-fifty-fifth) and
  "pro Jahr" carries none. Multiples are counts with their hedges („ein mehr als doppelt
  so hohes Risiko“ 2 "over" - three-hundred-and-ninety-ninth: „gut doppelt so teuer“ 2
  "over" -, „dem etwa 1,3-fachen Erddurchmesser“ 1.3 "about" and „das 2,1-Fache der
  Erdmasse“ 2.1 - hundred-thirty-eighth: „um das Zwölffache“ -, "about 1.6 times higher"
  1.6 "about", "about 20 times the Milky Way's present rate" 20 "about"), while "halved"
  is a verb and carries none (two-hundred-and-forty-fourth).
- Designs, names and doses (sixty-fourth, hundred-fifty-fifth,
  three-hundred-and-sixty-second): "once-daily" 1 and "The two-dose vaccine" 2, "given once
  every four weeks" 1 and 4 weeks (three-hundred-and-ninety-ninth: "one dose every four
  months"), "after a one-time gene therapy" none (three-hundred-and-sixty-
  second: "The one-time infusion"), „Typ-2-Diabetes“, "GLP-1", "Covid-19" and "James Webb"
  none (names, thirty-third, hundred-fifty-fifth, three-hundred-and-sixty-
  second), „zweier Formen“ count 2 (hundred-fifteenth: the genitive „zweier“ is the number
  word „zwei“), „zweimal“ 2 (the issue's „viermal“), "in one ear" and "one of the drugs" 1
  (English "one" a count, three-hundred-and-ninety-ninth), „einen Schlaganfall“, „ein
  Ereignis“, „einem Scheinmittel“, "a placebo", "a dummy pill", "a faulty gene", "a meter"
  articles none; "hundreds of patients" none (a vague magnitude, seventeenth).
- Samples, sites and tallies (every batch): as written („5.318 Patientinnen und Patienten
  aus 27 Ländern“, „1.212 Patientinnen ... 2.430 gleichaltrigen Frauen“, „3.412
  Erwachsenen“, „2.870 Erwachsene“ at „41 Kliniken“, „1.063 Verschüttungen“, „1.764
  Menschen“, „4.918 Herzstillstände“, „61'840 von ihnen“ and „1'083 Bakterienstämmen“ with
  the Swiss apostrophe (tenth), „aus 26 Kantonen“, „53 Forschende aus elf Ländern“, „89
  Gletscher“, „214 Beobachtungsnächten“, „512 Studien ..., 2016 waren es noch 603“ - „noch“
  no hedge -, „Spanien mit 781 und Frankreich mit 604“, "1,486 adults at 62 clinics",
  "20,604 people", "318 adults", "64 nurses and paramedics", "64 bones, including six neck
  vertebrae", "86,412 patients ... 172,824 patients", "1,840 people", "1,912 adults", "74
  patients"); definite groups are two counts („Von den 46 ... 9 ..., ... 19 von 44“, „14
  von 16 Tieren“, "212 of the 486 patient records", "Ten of 12 children" with the number
  word opening the row, "two of the children"; forty-first, three-hundredth); estimates
  with their hedges („rund 1,46 Millionen“, „rund 1,9 Millionen“, „rund 1,2 Millionen
  Erwachsenen“, „rund 1,3 Millionen Menschen“, „rund 21.400 Kilometer“, „rund 600
  Teilnehmenden“, "About 24,800", "about 1,100 cases", "about 11.2 million ... about 1.31
  million", "about 1,200 patients", "about 310,000 times", "about 16,900", "about 2,400",
  "about 4,000 Americans", "Around 171,500" "about"; "more than 14,000 children", "more than
  1,400 times" and „mehr als 300 Keramikscherben“ "over"; "nearly 1.8 million" and "nearly
  370,000" "nearly"; „bis zu 34 Mutationen“ "up_to"; "At least two clinical trials"
  "at_least"). Measures of finds and ice as written („im Schnitt um 23,9 Meter“, „um 181
  Meter“, „gut 5 Meter“ "over", „im Mittel 1,1 Meter“, "about 28 meters", "about 300 light
  years across", „in rund 48 Lichtjahren Entfernung“ 48 "about" - two-hundred-and-twenty-
  seventh: „in rund 120 Lichtjahren Entfernung“ -, "roughly 400 million solar masses"
  400,000,000 "about"). „deutlich mehr als die empfohlenen 6 Gramm“ is 6 with no hedge -
  „mehr als“ stands before the article and compares with a bound, as "fewer ... than the"
  (three-hundred-and-sixty-second) and "far more than the 600 to 800"
  (two-hundred-and-forty-fourth).
- Spans, follow-up and ages (every batch): follow-up and treatment spans as written („im
  Median 2,4 Jahre lang“ and "a median follow-up of 3.1 years" and "by a median of seven
  months" - „im Median“, "a median of" no hedge -, "after 12 weeks", "for eight weeks",
  "After 26 weeks", "within six months", "within 18 months", "within a 12-hour window" 12
  hours - "within" no hedge, hundred-fifty-fifth: "an eight-hour window" -, "The 24-week
  study" 24 weeks, „In der zwölfmonatigen Nachbeobachtung“ 12 months - the issue's
  „fünfstündigen“ -, „nach drei Jahren“, "for an average of 11 years", "for up to four
  years" and „bis zu 12 Jahre lang“ "up_to", "daily for five years ... over the following
  15 years" - "over" before a span no hedge -, "over 18 months", "for a total of 34 hours"
  - "a total of" no hedge, hundred-forty-seventh -, „Nach 86 Tagen“, „ein Umlauf ...
  dauert 18,7 Tage“ 18.7 days, „etwa neun Wochen“ "about", „mindestens zehn
  Jahre“ "at_least", „in den ersten 15 Minuten“ ordinal 1 and 15 minutes - forty-second: „in
  den ersten neun Monaten“ -, „Nach 35 Minuten ... nach zwei Stunden“, „im Mittel 9 Minuten
  und 40 Sekunden“ each unit (three-hundred-and-sixty-second), „im Schnitt 106 Tage, in
  Spanien 62 Tage“, „auf höchstens 70 Tage“ "at_most", "heat waves lasting four days or
  more" 4 days "at_least" ("or more", hundred-fifty-fifth), "before 37 weeks of
  pregnancy"); spans back and ahead („vor gut 130 Jahren“ 130 years "over" -
  four-hundred-and-tenth: „Vor 40 Jahren“ -, „in 20 bis 30 Jahren“ both - the „bis“ of a
  range no hedge -, „in den kommenden zwei Jahren“ 2 years - hundred-thirty-fourth: „in den
  kommenden zwölf Monaten“ -, "in more than 100 years" "over", "over the past 25 years",
  "the journal's 48-year history" 48 years - four-hundred-and-tenth: "the 47-year
  satellite record" -, "10 years after diagnosis"); deep time as durations in years
  („einen rund 7.200 Jahre alten Holzbrunnen“ 7,200 "about", „mit etwa 7,5 Milliarden
  Jahren“ 7,500,000,000 "about", "about 92 million years ago", "about 270 million years
  after the Big Bang", "more than 13.4 billion years ago" "over";
  hundred-seventy-first, two-hundred-and-thirty-fourth); a year before Christ is a negative
  year („um 5180 vor Christus“ -5,180 "about" - German „um“ before a year "about",
  four-hundred-and-tenth). Ages are durations in years (every batch): „Frauen unter 50
  Jahren“ and "Americans under 50", "people under 50" and "mothers under 25" "under"
  (two-hundred-and-fifty-second: "children under five"), „im Alter von 18 bis 79 Jahren“,
  „im Alter von 30 bis 79 Jahren“, "aged 20 to 34", "aged 45 to 49", "aged 15 to 44",
  "aged 25 to 75", "aged 18 to 24" and "aged one to 11" both ends
  (three-hundred-and-sixty-second: "aged four to seven"), "by the age of 10". None: „im
  vergangenen Jahr“, „ein Jahr zuvor“, „in diesem Jahr“, „im folgenden Jahr“, „am Tag“,
  „jährlich“, „im Februar“, „im Herbst“, „im langjährigen Mittel“, „Heuer“, „in einigen
  Jahren“, „jahrelang“, "a year", "a month", "last year", "next year", "the year", "the
  most recent decade", "the decade before", "every year", "the night", "daytime hours",
  weekdays and months.
- Fractions (the issue: "ein Fünftel", "jeder vierte"; every batch): „etwa jede zehnte
  Frau“ 0.1 "about" and „ein Drittel davon“ 0.3333, „Nur gut jede vierte Person“ 0.25
  "over" („Nur“ no hedge), „Rund drei Viertel“ 0.75 "about", „um rund ein Fünftel“ 0.2
  "about" („um“ no hedge), „Knapp drei Viertel“ 0.75 "nearly", „um knapp ein Drittel“
  0.3333 "nearly", „gut jede siebte Person“ 0.1429 "over" (three-hundred-and-sixty-second:
  „Gut jeder siebte“), „nur knapp jeder dritte Infarktpatient“ 0.3333 "nearly", „gut ein
  Fünftel der Toten“ 0.2 "over", "the greenest fifth ... the least green fifth" and "the top
  fifth" 0.2 (hundred-fifty-fifth: "in the top fifth ... the bottom fifth"), "about one in
  eight" 0.125 "about", "About one in nine" 0.1111 "about" (hundred-fifty-fifth: "jeder
  zwölfte" 0.0833 to four places), "about one in five" 0.2 "about".
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; every batch): „im zweiten
  Quartal“ 2, „in den ersten 15 Minuten“ 1, „auf den dritten Platz“ 3 (two-hundred-and-
  eighty-third: „an dritter Stelle“), "in the second half of the year" 2, "a second dig
  season" 2, "the first in the journal's 48-year history" 1, "within the first year of
  treatment" 1, "the first treatment" 1 (two-hundred-and-fifty-second), "in the first
  trimester" 1 (a part of a pregnancy named by its ordinal, as „im ersten Quartal“,
  hundred-eighty-third). None: „primären“, „am stärksten“, „die ältesten“, "the greenest",
  "the least green", "fastest", "largest", "the earliest", "most often", "the cheapest", "the
  best", „die beste“.
- Years and dates: „zwischen 2014 und 2023“, „aus den Jahren 2005 bis 2024“, „zwischen 2019
  und 2024“ and "between 2012 and 2021" both years ("between", „zwischen“ no hedge), „seit
  2006“, „2016“, „bis Ende 2027“ its year (four-hundred-and-twentieth: „bis Ende 2028“),
  „seit 2021“, "in 2012", "a 2019 study" (a year heading a noun, two-hundred-and-fifty-
  second: "a 2013 price control order"); „am 24. März“ --03-24 a date without a year;
  Reuters and AFP datelines with a day ("LONDON, March 1", "GENEVA, March 2", "NEW YORK,
  March 3", "BUENOS AIRES, March 4 (AFP)", "LONDON, March 4", "CHICAGO, March 4",
  "WASHINGTON, March 5", "BALTIMORE, March 6", "BEIJING, March 6") dates without a year
  (hundred-fifty-fifth, four-hundred-and-tenth); dpa ("Hamburg (dpa) -", "Berlin (dpa) -"
  three times, "Bremerhaven (dpa/lni) -", "München (dpa/lby) -", "Heidelberg (dpa) -",
  "Tübingen (dpa/lsw) -", "Halle (dpa/sa) -"), APA, Keystone-SDA, Reuters German
  ("Frankfurt (Reuters) -"), AP ("ATLANTA (AP) —", "NEW YORK (AP) —", "SAN FRANCISCO (AP)
  —"), PA ("LONDON (PA) -" twice, "GUILDFORD (PA) -") and AAP ("BRISBANE (AAP) -")
  datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („mit 18,5 Millionen Euro“, „rund 9,5
  Millionen Euro“ "about", „etwa 200 Euro“ "about"), CHF („mit 2,4 Millionen Franken“),
  USD ("less than $3 a month" 3 "under" - two-hundred-and-fifty-second: "less than $5 a
  dose" -, "$18.40", "$550 million", "$410,000 a year"), GBP ("£420,000", "1 billion pounds
  a year"); „ein paar Euro“ in a negative carries none. Percentages otherwise as written
  („gut 6 Prozent weniger“ 6 "over" - „weniger“ after the figure compares -, „4,2 Prozent“,
  „rund 88 Prozent“, „rund 37 Prozent“, „9 Prozent“, „bei 4 Prozent“, „rund 91 Prozent“,
  „nur in 61 Prozent ..., Fachärzte in 73 Prozent“, „Nur in 47 Prozent“, "3.1% a year",
  "by 4.6% a year", "Only about 37%" "about" ("Only" no hedge), "7% ..., compared with 2%",
  "27.5%", "about 70 percent" "about" (AP's and AFP's "percent"), "about 14%", "Only 31 per
  cent" (PA's and AAP's "per cent"), "About 7% ..., up from about 4%", "14%", "by 22 per
  cent", "by just 6 per cent, compared with 11 per cent" ("just" no hedge), "about 7 per
  cent").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "roughly" "about"; „knapp“, „Knapp“, "nearly" "nearly"; „gut“, „mehr als“ before the
  figure, "more than" "over"; „unter“ before an age, "under" before an age, "less than", "<"
  after "p" "under"; „mindestens“, "At least", "or more" "at_least"; „bis zu“, "up to"
  "up_to"; „höchstens“ "at_most". No hedge: „im Median“, „im Schnitt“, „im Mittel“,
  "a median of", "an average of", "a total of",
  „nur“, „Nur“, „noch“, „Weitere“, „zusätzlich“, „derzeit“, "Only", "only", "just", "within",
  „zwischen“, "between", „um“ and "by" before a difference, "over"
  before a span, „bis“ and "to" in a range, „von ... auf“, "from ... to", "up from", "="
  after "p", „mehr als“ before an article, „weniger“, "less likely", "lower", "higher",
  "smaller" and "more slowly" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „sagte
  Studienleiterin Dorothea Wendehals vom Universitätsklinikum Hamburg-Eppendorf“ the name
  with the title and the affiliation dropped (two-hundred-and-fifty-second: „sagte
  Studienleiter Jonas Birkhahn von der Charité“), „sagte Studienleiterin Seraina
  Gubler-Wyss“ and „sagte vfa-Präsidentin Clarissa Hohenstein-Mair“ the name
  (hundred-fifty-fifth), „X sagte, ...“ opening the row with the title dropped
  („Studienautorin Veronika Strohmayer-Lenz“, „Messdienstleiterin Theresia Gamper-Riedl“,
  „Studienleiter Jonathan Weißkirchen“, „Studienautor Florian Pircher-Zangerl“,
  „Studienleiterin Annika Rösslein-Dörr“, „Notfallmediziner Matthias Ebner-Kögl“,
  „Landesarchäologin Henriette Brackmann-Solms“ and „Ko-Studienleiter Tilman
  Oberhauser-Brink vom Deutschen Zentrum für Neurodegenerative Erkrankungen“ with the
  affiliation dropped as „Virologe Prof. Dr. Malte Reinhardsen von der Charité sagte“;
  two-hundred-and-fifty-second, four-hundred-and-tenth, four-hundred-and-twentieth),
  „Studienleiter Korbinian Hallerstede sagte der Nachrichtenagentur dpa, ...“ the name
  (four-hundred-and-twentieth), „so RKI-Epidemiologin Kerstin Fahrenhorst-Ilg“
  (hundred-fifty-fifth: „so BAG-Sprecherin Nadja Imfeld“), „Laut Fahrtleiterin Ilka
  Thormählen-Voss“ the name (four-hundred-and-twentieth), „Camenisch-Huber zufolge“ ->
  "Camenisch-Huber" (hundred-fifty-fifth: „Caduff zufolge“), „teilte das Unternehmen mit“
  -> "das Unternehmen" (two-hundred-and-fifty-second), „Das teilte das Bundesinstitut für
  Risikobewertung (BfR) am Dienstag mit.“ -> "das Bundesinstitut für Risikobewertung" (the
  abbreviation in brackets and the weekday dropped; hundred-fifty-fifth,
  four-hundred-and-twentieth), „teilte das Max-Planck-Institut für Astronomie in
  Heidelberg mit“ with the place dropped (four-hundred-and-tenth: „teilte die DFG am
  Freitag in Bonn mit“), „nach Angaben der Universitätsklinik“ -> "die Universitätsklinik"
  (the source in the nominative; hundred-fifty-fifth: „nach Angaben der Europäischen
  Umweltagentur (EEA)“, three-hundred-and-fifty-sixth: „Nach Angaben der Feuerwehr“).
  English: the name with the role and "Dr."/"Dr"/"Professor" dropped ("Lead author Dr.
  Adaeze Okwuosa-Hart said", "Lead researcher Dr Anjali Mehra-Collins said", "Lead author
  Dr. Marcus Oyelaran-Pike said", "Lead author Dr. Ifeoma Castellanos-Reyes said", "Study
  leader Dr. Shu Minglan said", "Study leader Dr. Kelsey Amundsen-Ward said", "Chief
  Executive Eleanor Vasquez-Thorne said"; hundred-fifty-fifth, two-hundred-and-fifty-
  second, four-hundred-and-tenth: "Chief scientist Wen Haoran said" with the family name
  first as written), "said Professor Siobhan Calloway-Reid, who led the trial" the name
  (tenth: "said Dr. Amina Clarke, who led the study"; four-hundred-and-twentieth), "The
  journal's editor-in-chief, Dr. Harriet Lindqvist-Shaw, said" the name in apposition after
  the role (hundred-fifty-fifth: "The study's lead author, Jonas Eklund, said"),
  "Expedition leader Martina Echagüe-Rossi told AFP" (four-hundred-and-tenth: "Mission head
  Hisham Abdel-Rahim told AFP"), "Vandermeer told reporters" as written
  (three-hundred-and-ninety-ninth: "Ferrante told reporters"), "the company said on
  Wednesday" and "The company said it would charge ..." -> "the company", "the FDA said"
  -> "the FDA" (hundred-fifty-fifth), "The World Health Organization said on Monday" and
  "..., the World Health Organization said." -> "the World Health Organization" (the
  article lowered and the weekday dropped; hundred-fifty-fifth), "the charity said" -> "the
  charity" (a body named by its common noun, as "The ministry said" -> "the ministry",
  four-hundred-and-tenth). Left unchecked (None): all negatives, also those with a named
  speaker; plural and collective sources ("researchers reported", "its developers said",
  "the researchers found", "The researchers estimated", "the researchers wrote in The
  Lancet", "Chinese researchers reported", „schätzt das Team“; forty-first). New: "the team
  said" after a dinosaur's size stays unchecked - in science copy "the team" is a research
  group speaking as many, as the hundred-twelfth batch left "the team said" unchecked,
  while the sports batches' "the team said" -> "the team" (hundred-thirty-third,
  hundred-fifty-third) is a club speaking as a body. Also unchecked: documents, reports,
  data and estimates („einer Studie der Medizinischen Universität Wien zufolge“, „einer
  Auswertung des Robert Koch-Instituts zufolge“, „einer Innsbrucker Auswertung zufolge“,
  „einer Wiener Registerstudie zufolge“, „einer großen Studie zufolge“, „wie die Auswertung
  ... zeigt“, „nach Schätzungen“, „Das geht aus ... hervor“, „Die Zahlen stammen aus ...“,
  "the report estimated", "the report found", "the report said", "Cancer Research UK
  analysis shows" - the present tense, hundred-fifty-fifth -; four-hundred-and-tenth),
  „Gemäss Bundesamt für Umwelt (Bafu)“ (two-hundred-and-forty-fourth: „Gemäss Bafu“), „nach
  Angaben des Alfred-Wegener-Instituts“ (a neuter genitive, four-hundred-and-tenth: „nach
  Angaben des Nobelkomitees“), a possessive description ("Argentina's science agency said";
  hundred-eleventh: "the WHO's regional office said"), a description and a relative clause
  between a name and its verb ("Lead researcher Professor Gwendolyn Ashcroft-Bell, of the
  University of Leeds, said", "Dr. Tereza Mwangi-Holt, who led the trial at sites in Kenya,
  said"; four-hundred-and-tenth, four-hundred-and-twentieth), verbs that are not of saying
  („kündigte an“, "approved", "has pledged", "called on"; two-hundred-and-fourth), and
  every "according to" (a report by the American Cancer Society, WHO estimates, the
  publisher, a poll by KFF, Cancer Council figures, a study of births and of pregnancies;
  four-hundred-and-twentieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_450 = [
    # --- Herzschwäche-Mittel in Phase-3-Studie (dpa), Montag, 1. März ---
    (
        "de",
        "Hamburg (dpa) - Ein neues Herzmittel des Hamburger Biotech-Unternehmens Alsterwerk Therapeutics hat in einer Phase-3-Studie das Risiko für Klinikaufenthalte wegen Herzschwäche um 22 Prozent gesenkt.",
        True,
        [("count", 3, None, None), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "An der Studie nahmen 5.318 Patientinnen und Patienten aus 27 Ländern teil, die im Median 2,4 Jahre lang nachbeobachtet wurden.",
        True,
        [("count", 5318, None, None), ("count", 27, None, None), ("duration", 2.4, "year", None)],
        None,
    ),
    (
        "de",
        "Die Hazard Ratio für den primären Endpunkt aus Klinikaufnahme und kardiovaskulärem Tod lag bei 0,78 (95-Prozent-Konfidenzintervall 0,69 bis 0,88; p<0,001).",
        True,
        [
            ("count", 0.78, None, None),
            ("percent", 95, "%", None),
            ("count", 0.69, None, None),
            ("count", 0.88, None, None),
            ("count", 0.001, None, "under"),
        ],
        None,
    ),
    (
        "de",
        "In absoluten Zahlen sank die Ereignisrate von 18,6 auf 14,9 Prozent, ein Unterschied von 3,7 Prozentpunkten.",
        True,
        [("percent", 18.6, "%", None), ("percent", 14.9, "%", None), ("percent", 3.7, "pp", None)],
        None,
    ),
    (
        "de",
        "Auf die Gesamtsterblichkeit hatte das Mittel keinen signifikanten Einfluss, sagte Studienleiterin Dorothea Wendehals vom Universitätsklinikum Hamburg-Eppendorf.",
        True,
        [],
        "Dorothea Wendehals",
    ),
    ("de", "„Das ist ein solider Fortschritt, aber kein Wundermittel“, sagte Wendehals.", False, [], None),
    ("de", "Die Ergebnisse erschienen am Montag im „New England Journal of Medicine“.", True, [], None),
    (
        "de",
        "Alsterwerk will die Zulassung in Europa noch im zweiten Quartal beantragen, teilte das Unternehmen mit.",
        True,
        [("ordinal", 2, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Unabhängige Kardiologen mahnten, vor einem Urteil über das Mittel erst seine Wirkung im Klinikalltag abzuwarten.",
        False,
        [],
        None,
    ),
    # --- Triple pill for blood pressure (Reuters), Monday, March 1 ---
    (
        "en",
        "LONDON, March 1 (Reuters) - A single pill combining low doses of three blood pressure drugs brought readings under control in 71% of patients after 12 weeks, compared with 44% of those on standard care, researchers reported in The Lancet on Monday.",
        True,
        [
            ("date", "--03-01", None, None),
            ("count", 3, None, None),
            ("percent", 71, "%", None),
            ("duration", 12, "week", None),
            ("percent", 44, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The trial enrolled 1,486 adults at 62 clinics in Ghana, Vietnam and Peru.",
        True,
        [("count", 1486, None, None), ("count", 62, None, None)],
        None,
    ),
    (
        "en",
        "Systolic blood pressure fell by an average of 9.8 mmHg more in the single-pill group (p<0.001).",
        True,
        [("count", 9.8, None, None), ("count", 0.001, None, "under")],
        None,
    ),
    (
        "en",
        "Lead author Dr. Adaeze Okwuosa-Hart said the pill cost less than $3 a month to make.",
        True,
        [("money", 3, "USD", "under")],
        "Adaeze Okwuosa-Hart",
    ),
    (
        "en",
        '"This is how you close the treatment gap in places with too few doctors," Okwuosa-Hart said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Side effects, mostly dizziness and swollen ankles, were reported by 8.2% of those taking the pill and 6.9% of the comparison group.",
        True,
        [("percent", 8.2, "%", None), ("percent", 6.9, "%", None)],
        None,
    ),
    (
        "en",
        "Outside experts cautioned that patients in the trial were watched far more closely than they would be in ordinary clinics.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The World Health Organization said on Monday it would review the data when it next updates its list of essential medicines.",
        True,
        [],
        "the World Health Organization",
    ),
    # --- Migräne und Schlaganfall (APA), Montag, 1. März ---
    (
        "de",
        "Wien (APA) - Frauen unter 50 Jahren, die an Migräne mit Aura leiden, haben einer Studie der Medizinischen Universität Wien zufolge ein mehr als doppelt so hohes Risiko für einen Schlaganfall.",
        True,
        [("duration", 50, "year", "under"), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Forschenden verglichen 1.212 Patientinnen, die zwischen 2014 und 2023 einen Schlaganfall erlitten hatten, mit 2.430 gleichaltrigen Frauen ohne Schlaganfall.",
        True,
        [("count", 1212, None, None), ("year", 2014, None, None), ("year", 2023, None, None), ("count", 2430, None, None)],
        None,
    ),
    (
        "de",
        "Die Odds Ratio lag bei 2,31 (95-Prozent-Konfidenzintervall 1,84 bis 2,90; p<0,001).",
        True,
        [
            ("count", 2.31, None, None),
            ("percent", 95, "%", None),
            ("count", 1.84, None, None),
            ("count", 2.9, None, None),
            ("count", 0.001, None, "under"),
        ],
        None,
    ),
    (
        "de",
        "Bei Raucherinnen, die zusätzlich mit der Pille verhüteten, stieg der Wert auf 5,6.",
        True,
        [("count", 5.6, None, None)],
        None,
    ),
    (
        "de",
        "Studienautorin Veronika Strohmayer-Lenz sagte, etwa jede zehnte Frau in Österreich habe Migräne, ein Drittel davon mit Aura.",
        True,
        [("fraction", 0.1, None, "about"), ("fraction", 0.3333, None, None)],
        "Veronika Strohmayer-Lenz",
    ),
    ("de", "Einen Grund zur Panik gebe es für Betroffene nicht, betonte Strohmayer-Lenz.", False, [], None),
    (
        "de",
        "Ob eine vorbeugende Behandlung der Migräne auch das Schlaganfallrisiko senkt, lässt die Studie offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Untersuchung war als Fall-Kontroll-Studie angelegt und kann einen ursächlichen Zusammenhang daher nicht belegen.",
        True,
        [],
        None,
    ),
    # --- Salz im Essen (dpa), Montag, 1. März ---
    (
        "de",
        "Berlin (dpa) - Erwachsene in Deutschland nehmen einer Auswertung des Robert Koch-Instituts zufolge im Schnitt 9,2 Gramm Salz am Tag zu sich, deutlich mehr als die empfohlenen 6 Gramm.",
        True,
        [("count", 9.2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Männer kamen auf 10,4 Gramm, Frauen auf 8,1 Gramm.",
        True,
        [("count", 10.4, None, None), ("count", 8.1, None, None)],
        None,
    ),
    (
        "de",
        "Für die Untersuchung wurden Urinproben von 3.412 Erwachsenen im Alter von 18 bis 79 Jahren ausgewertet.",
        True,
        [("count", 3412, None, None), ("duration", 18, "year", None), ("duration", 79, "year", None)],
        None,
    ),
    (
        "de",
        "Nur gut jede vierte Person blieb unter der empfohlenen Tagesmenge.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Rund drei Viertel des Salzes stammten aus Brot, Wurst, Käse und Fertiggerichten, so RKI-Epidemiologin Kerstin Fahrenhorst-Ilg.",
        True,
        [("fraction", 0.75, None, "about")],
        "Kerstin Fahrenhorst-Ilg",
    ),
    ("de", "„Der Salzstreuer auf dem Tisch ist das kleinste Problem“, sagte Fahrenhorst-Ilg.", False, [], None),
    ("de", "Verbraucherschützer forderten verbindliche Obergrenzen für Salz in Fertigprodukten.", False, [], None),
    (
        "de",
        "Großbritannien hatte den Salzgehalt vieler Lebensmittel seit 2006 mit freiwilligen Vorgaben um rund ein Fünftel gesenkt.",
        True,
        [("year", 2006, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    # --- Green space and asthma (PA), Monday, March 1 ---
    (
        "en",
        "LONDON (PA) - Children who grow up with more green space near their homes are less likely to develop asthma, a study of more than 14,000 children in England suggests.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    (
        "en",
        "Those in the greenest fifth of neighbourhoods had a 19 per cent lower risk of an asthma diagnosis by the age of 10 than those in the least green fifth.",
        True,
        [("fraction", 0.2, None, None), ("percent", 19, "%", None), ("duration", 10, "year", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "The children were followed from birth for an average of 11 years.",
        True,
        [("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "Lead researcher Professor Gwendolyn Ashcroft-Bell, of the University of Leeds, said the link held after accounting for household income and parental smoking.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Parks are not a luxury, they are part of a child\'s lungs," Professor Ashcroft-Bell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The researchers estimated that about 1,100 cases a year could be avoided if every child had as much green space as those in the top fifth.",
        True,
        [("count", 1100, None, "about"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "It is not clear whether the green space itself or cleaner air and more outdoor play explain the difference.",
        False,
        [],
        None,
    ),
    ("en", "The study was published in the European Respiratory Journal.", True, [], None),
    # --- Colorectal cancer in younger adults (AP), Tuesday, March 2 ---
    (
        "en",
        "ATLANTA (AP) — Colorectal cancer diagnoses among Americans under 50 rose 3.1% a year between 2012 and 2021, according to a report released Tuesday by the American Cancer Society.",
        True,
        [("duration", 50, "year", "under"), ("percent", 3.1, "%", None), ("year", 2012, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "About 24,800 people under 50 were diagnosed with the disease last year, the report estimated.",
        True,
        [("count", 24800, None, "about"), ("duration", 50, "year", "under")],
        None,
    ),
    (
        "en",
        "Rates rose fastest in those aged 20 to 34, by 4.6% a year.",
        True,
        [("duration", 20, "year", None), ("duration", 34, "year", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Only about 37% of adults aged 45 to 49 have been screened, the report found.",
        True,
        [("percent", 37, "%", "about"), ("duration", 45, "year", None), ("duration", 49, "year", None)],
        None,
    ),
    (
        "en",
        "Symptoms such as rectal bleeding were often dismissed in younger patients, delaying diagnosis by a median of seven months, the report said.",
        True,
        [("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        "Dr. Rafaela Quintanar-Moss, the society's senior scientific director, said researchers still did not know what was driving the increase.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We cannot wait for the science to catch up before we act," Quintanar-Moss said.',
        False,
        [],
        None,
    ),
    # --- Tierversuche (dpa), Dienstag, 2. März ---
    (
        "de",
        "Berlin (dpa) - In deutschen Laboren sind im vergangenen Jahr rund 1,46 Millionen Wirbeltiere und Kopffüßer für Versuche eingesetzt worden, gut 6 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 1460000, None, "about"), ("percent", 6, "%", "over")],
        None,
    ),
    (
        "de",
        "Das teilte das Bundesinstitut für Risikobewertung (BfR) am Dienstag mit.",
        True,
        [],
        "das Bundesinstitut für Risikobewertung",
    ),
    (
        "de",
        "Knapp drei Viertel der Tiere waren Mäuse, gefolgt von Fischen und Ratten.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Weitere rund 1,9 Millionen Tiere wurden getötet, ohne zuvor in einem Versuch verwendet worden zu sein.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei 4,2 Prozent der Versuche stuften die Forschenden die Belastung für die Tiere als schwer ein.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Tierschützer sprachen von einem „Armutszeugnis für den Forschungsstandort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung fördert die Entwicklung tierversuchsfreier Methoden in diesem Jahr mit 18,5 Millionen Euro.",
        True,
        [("money", 18500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Jeder Versuch, der sich ersetzen lässt, muss auch ersetzt werden“, sagte Forschungsstaatssekretärin Gesine Arnholdt-Vey.",
        False,
        [],
        None,
    ),
    # --- Tuberculosis vaccine (Reuters), Tuesday, March 2 ---
    (
        "en",
        "GENEVA, March 2 (Reuters) - An experimental tuberculosis vaccine cut the risk of developing active disease by 49% in a Phase 3 trial of adults and adolescents already infected with the bacterium, its developers said on Tuesday.",
        True,
        [("date", "--03-02", None, None), ("percent", 49, "%", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The two-dose vaccine was tested in 20,604 people aged 15 to 44 in South Africa, Kenya, Zambia, Indonesia and Vietnam.",
        True,
        [("count", 2, None, None), ("count", 20604, None, None), ("duration", 15, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "Over a median follow-up of 3.1 years, 57 cases occurred in the vaccine group and 112 in the placebo group.",
        True,
        [("duration", 3.1, "year", None), ("count", 57, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "en",
        "No new tuberculosis vaccine has been licensed in more than 100 years, the World Health Organization said.",
        True,
        [("duration", 100, "year", "over")],
        "the World Health Organization",
    ),
    (
        "en",
        "According to WHO estimates, tuberculosis made about 11.2 million people ill last year and killed about 1.31 million.",
        True,
        [("count", 11200000, None, "about"), ("count", 1310000, None, "about")],
        None,
    ),
    (
        "en",
        "Dr. Tereza Mwangi-Holt, who led the trial at sites in Kenya, said the vaccine could be submitted to regulators within 18 months.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        '"I have waited my whole career to tell families that a vaccine is coming," Mwangi-Holt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Gates Foundation, which co-funded the trial, has pledged $550 million toward manufacturing and rollout.",
        True,
        [("money", 550000000, "USD", None)],
        None,
    ),
    # --- Polarstern zurück (dpa), Dienstag, 2. März ---
    (
        "de",
        "Bremerhaven (dpa/lni) - Nach 86 Tagen im Südpolarmeer ist der Forschungseisbrecher „Polarstern“ am Dienstag nach Bremerhaven zurückgekehrt.",
        True,
        [("duration", 86, "day", None)],
        None,
    ),
    (
        "de",
        "An Bord waren 53 Forschende aus elf Ländern, die unter anderem Meereis, Plankton und Walbestände untersuchten.",
        True,
        [("count", 53, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Das Schiff legte auf der Expedition rund 21.400 Kilometer zurück.",
        True,
        [("count", 21400, None, "about")],
        None,
    ),
    (
        "de",
        "Laut Fahrtleiterin Ilka Thormählen-Voss war die Meereisdecke im Weddellmeer im Februar um knapp ein Drittel kleiner als im langjährigen Mittel.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Ilka Thormählen-Voss",
    ),
    (
        "de",
        "„Wer einmal dort unten war, versteht, was auf dem Spiel steht“, sagte Thormählen-Voss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Expedition kostete nach Angaben des Alfred-Wegener-Instituts rund 9,5 Millionen Euro.",
        True,
        [("money", 9500000, "EUR", "about")],
        None,
    ),
    # --- Strassenlärm und Diabetes (Keystone-SDA), Mittwoch, 3. März ---
    (
        "de",
        "Bern (Keystone-SDA) - Wer nachts an einer lauten Strasse wohnt, erkrankt einer Studie der Universität Bern zufolge häufiger an Diabetes.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Pro zusätzliche 10 Dezibel Strassenlärm stieg das Risiko um 11 Prozent, wie die Auswertung von Daten aus 26 Kantonen zeigt.",
        True,
        [("count", 10, None, None), ("percent", 11, "%", None), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten die Gesundheitsdaten von rund 1,2 Millionen Erwachsenen im Alter von 30 bis 79 Jahren aus, die bis zu 12 Jahre lang beobachtet wurden.",
        True,
        [
            ("count", 1200000, None, "about"),
            ("duration", 30, "year", None),
            ("duration", 79, "year", None),
            ("duration", 12, "year", "up_to"),
        ],
        None,
    ),
    (
        "de",
        "In dieser Zeit erkrankten 61'840 von ihnen an Typ-2-Diabetes.",
        True,
        [("count", 61840, None, None)],
        None,
    ),
    (
        "de",
        "Der Effekt sei unabhängig von Luftschadstoffen und Einkommen, sagte Studienleiterin Seraina Gubler-Wyss.",
        True,
        [],
        "Seraina Gubler-Wyss",
    ),
    ("de", "«Lärm ist ein unterschätzter Krankmacher», sagte Gubler-Wyss.", False, [], None),
    (
        "de",
        "Gemäss Bundesamt für Umwelt (Bafu) ist in der Schweiz gut jede siebte Person nachts schädlichem Strassenlärm ausgesetzt.",
        True,
        [("fraction", 0.1429, None, "over")],
        None,
    ),
    (
        "de",
        "Ob leisere Strassenbeläge das Diabetesrisiko tatsächlich senken, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Pill for heavy drinking (Reuters), Wednesday, March 3 ---
    (
        "en",
        "NEW YORK, March 3 (Reuters) - An experimental once-daily pill from Harwick Pharmaceuticals cut the number of heavy drinking days by 43% compared with a placebo in a Phase 2 trial, the company said on Wednesday.",
        True,
        [("date", "--03-03", None, None), ("count", 1, None, None), ("percent", 43, "%", None), ("count", 2, None, None)],
        "the company",
    ),
    (
        "en",
        "The 24-week study enrolled 318 adults, who were randomly assigned in a 1:1 ratio to the drug or a dummy pill.",
        True,
        [("duration", 24, "week", None), ("count", 318, None, None), ("count", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Patients on the drug went from a baseline of 14.2 heavy drinking days a month to 6.1, against 9.8 in the placebo group.",
        True,
        [("count", 14.2, None, None), ("count", 6.1, None, None), ("count", 9.8, None, None)],
        None,
    ),
    (
        "en",
        'Chief Executive Porter Vandermeer called the results "a turning point for a disease that has been ignored for too long."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vandermeer told reporters Harwick planned to start a Phase 3 program with about 1,200 patients in the second half of the year.",
        True,
        [("count", 3, None, None), ("count", 1200, None, "about"), ("ordinal", 2, None, None)],
        "Vandermeer",
    ),
    (
        "en",
        "Nausea led 7% of patients on the drug to stop treatment early, compared with 2% on placebo.",
        True,
        [("percent", 7, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts at Greyfield Partners said the data would need to hold up in a larger trial before doctors embraced the pill.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Harwick shares rose 27.5% to $18.40 in morning trading.",
        True,
        [("percent", 27.5, "%", None), ("money", 18.4, "USD", None)],
        None,
    ),
    # --- Grippeimpfung nach Herzinfarkt (dpa/lby), Mittwoch, 3. März ---
    (
        "de",
        "München (dpa/lby) - Eine Grippeimpfung kurz nach einem Herzinfarkt senkt einer Münchner Studie zufolge das Risiko, im folgenden Jahr zu sterben oder einen weiteren Infarkt zu erleiden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der zwölfmonatigen Nachbeobachtung traten solche Ereignisse bei 9,1 Prozent der Geimpften und bei 11,8 Prozent der mit einem Scheinmittel Behandelten auf.",
        True,
        [("duration", 12, "month", None), ("percent", 9.1, "%", None), ("percent", 11.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einer relativen Risikosenkung von 23 Prozent.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Rechnerisch müssten 37 Menschen geimpft werden, um ein Ereignis zu verhindern.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "An der randomisierten Studie an 41 Kliniken in Bayern und Baden-Württemberg nahmen 2.870 Erwachsene teil.",
        True,
        [("count", 41, None, None), ("count", 2870, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Korbinian Hallerstede sagte der Nachrichtenagentur dpa, nur knapp jeder dritte Infarktpatient in Deutschland sei gegen Grippe geimpft.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Korbinian Hallerstede",
    ),
    (
        "de",
        "„Eine Spritze, die ein paar Euro kostet, gehört auf jede Entlassungsliste“, sagte Hallerstede.",
        False,
        [],
        None,
    ),
    ("de", "Die Deutsche Gesellschaft für Kardiologie hielt die Ergebnisse für überzeugend.", False, [], None),
    # --- Gletscherbericht (APA), Mittwoch, 3. März ---
    (
        "de",
        "Innsbruck (APA) - Österreichs Gletscher sind im vergangenen Jahr im Schnitt um 23,9 Meter kürzer geworden.",
        True,
        [("count", 23.9, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus dem jährlichen Gletscherbericht des Alpenvereins, für den Ehrenamtliche 89 Gletscher vermessen haben.",
        True,
        [("count", 89, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten zog sich die Pasterze zurück, deren Zunge um 181 Meter schrumpfte.",
        True,
        [("count", 181, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Messreihe vor gut 130 Jahren war der Rückgang nur zweimal größer.",
        True,
        [("duration", 130, "year", "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Messdienstleiterin Theresia Gamper-Riedl sagte, in 20 bis 30 Jahren werde es in Österreich kaum noch Gletscher geben.",
        True,
        [("duration", 20, "year", None), ("duration", 30, "year", None)],
        "Theresia Gamper-Riedl",
    ),
    (
        "de",
        "„Wir schreiben gerade die Nachrufe auf unsere Gletscher“, sagte Gamper-Riedl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Heuer sei wegen des schneearmen Winters mit einem ähnlich starken Rückgang zu rechnen, hieß es beim Alpenverein.",
        False,
        [],
        None,
    ),
    # --- Meal timing on night shifts (PA), Wednesday, March 3 ---
    (
        "en",
        "GUILDFORD (PA) - Night-shift workers who ate only during daytime hours had 31 per cent smaller blood sugar spikes than colleagues who ate through the night, a small trial has found.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "The study followed 64 nurses and paramedics for eight weeks.",
        True,
        [("count", 64, None, None), ("duration", 8, "week", None)],
        None,
    ),
    (
        "en",
        "Participants in the daytime group ate all their meals within a 12-hour window.",
        True,
        [("duration", 12, "hour", None)],
        None,
    ),
    (
        "en",
        "Lead researcher Dr Anjali Mehra-Collins said about one in eight workers in the UK regularly works nights.",
        True,
        [("fraction", 0.125, None, "about")],
        "Anjali Mehra-Collins",
    ),
    (
        "en",
        '"Our body clocks did not evolve for the night shift," Dr Mehra-Collins said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The researchers cautioned that the trial was too small to show whether the pattern prevents diabetes.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The work was funded with £420,000 from the Medical Research Council.",
        True,
        [("money", 420000, "GBP", None)],
        None,
    ),
    # --- Dinosaur in Patagonia (AFP), Thursday, March 4 ---
    (
        "en",
        "BUENOS AIRES, March 4 (AFP) - Paleontologists in Argentina have unearthed the remains of a long-necked dinosaur that they estimate measured about 28 meters from head to tail.",
        True,
        [("date", "--03-04", None, None), ("count", 28, None, "about")],
        None,
    ),
    (
        "en",
        "The plant-eater lived about 92 million years ago in what is now Neuquén province, the team said.",
        True,
        [("duration", 92000000, "year", "about")],
        None,
    ),
    (
        "en",
        "Excavators recovered 64 bones, including six neck vertebrae each longer than a meter.",
        True,
        [("count", 64, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Expedition leader Martina Echagüe-Rossi told AFP about 70 percent of the skeleton had been recovered.",
        True,
        [("percent", 70, "%", "about")],
        "Martina Echagüe-Rossi",
    ),
    (
        "en",
        '"When the neck came out of the rock, nobody on the team could speak," Echagüe-Rossi said.',
        False,
        [],
        None,
    ),
    ("en", "The findings were published on Thursday in the journal Cretaceous Research.", True, [], None),
    (
        "en",
        "Some researchers suspect the animal's huge size helped it survive in a drier climate, though the bones alone cannot show that.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Argentina's science agency said it would fund a second dig season at the site next year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Exoplanet entdeckt (dpa), Donnerstag, 4. März ---
    (
        "de",
        "Heidelberg (dpa) - Astronominnen und Astronomen haben in rund 48 Lichtjahren Entfernung einen Gesteinsplaneten entdeckt, auf dem flüssiges Wasser möglich sein könnte.",
        True,
        [("count", 48, None, "about")],
        None,
    ),
    (
        "de",
        "Mit dem etwa 1,3-fachen Erddurchmesser ist der Planet etwas größer als unsere Heimatwelt, ein Umlauf um seinen Stern dauert 18,7 Tage.",
        True,
        [("count", 1.3, None, "about"), ("duration", 18.7, "day", None)],
        None,
    ),
    (
        "de",
        "Seine Masse schätzt das Team auf das 2,1-Fache der Erdmasse.",
        True,
        [("count", 2.1, None, None)],
        None,
    ),
    (
        "de",
        "Aufgespürt hat ihn das Team nach 214 Beobachtungsnächten mit einem Spektrografen auf dem Calar Alto in Südspanien.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Jonathan Weißkirchen sagte, der rote Zwergstern sei mit etwa 7,5 Milliarden Jahren deutlich älter als die Sonne.",
        True,
        [("duration", 7500000000, "year", "about")],
        "Jonathan Weißkirchen",
    ),
    (
        "de",
        "„Wir wissen noch nicht, ob dieser Planet überhaupt eine Atmosphäre hat“, sagte Weißkirchen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ergebnisse sind im Fachjournal „Astronomy & Astrophysics“ erschienen, teilte das Max-Planck-Institut für Astronomie in Heidelberg mit.",
        True,
        [],
        "das Max-Planck-Institut für Astronomie",
    ),
    (
        "de",
        "Planetenforscher hoffen, den Planeten in einigen Jahren mit dem Extremely Large Telescope genauer untersuchen zu können.",
        False,
        [],
        None,
    ),
    # --- Retracted study (Reuters), Thursday, March 4 ---
    (
        "en",
        "LONDON, March 4 (Reuters) - A medical journal has retracted a 2019 study that claimed a common antidepressant halved the risk of severe Covid-19, after an investigation found that data for hundreds of patients could not be verified.",
        True,
        [("date", "--03-04", None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The paper had been cited more than 1,400 times and downloaded about 310,000 times, according to the publisher.",
        True,
        [("count", 1400, None, "over"), ("count", 310000, None, "about")],
        None,
    ),
    (
        "en",
        "An inquiry by the university that employed the lead author found that 212 of the 486 patient records were duplicates or could not be traced.",
        True,
        [("count", 212, None, None), ("count", 486, None, None)],
        None,
    ),
    (
        "en",
        "The journal's editor-in-chief, Dr. Harriet Lindqvist-Shaw, said the retraction was the first in the journal's 48-year history made without the authors' agreement.",
        True,
        [("ordinal", 1, None, None), ("duration", 48, "year", None)],
        "Harriet Lindqvist-Shaw",
    ),
    (
        "en",
        '"Science corrects itself, but sometimes it takes far too long," Lindqvist-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The lead author, who has since left the university, did not respond to requests for comment.",
        False,
        [],
        None,
    ),
    (
        "en",
        "At least two clinical trials that were based partly on the paper's findings have since been stopped.",
        True,
        [("count", 2, None, "at_least")],
        None,
    ),
    # --- GLP-1 drugs and dementia (Reuters), Thursday, March 4 ---
    (
        "en",
        "CHICAGO, March 4 (Reuters) - People taking GLP-1 weight-loss and diabetes drugs had a lower risk of developing dementia than those on older diabetes medicines, a study of U.S. health records found.",
        True,
        [("date", "--03-04", None, None)],
        None,
    ),
    (
        "en",
        "Researchers compared 86,412 patients starting a GLP-1 drug with 172,824 patients starting other treatments and followed them for up to four years.",
        True,
        [("count", 86412, None, None), ("count", 172824, None, None), ("duration", 4, "year", "up_to")],
        None,
    ),
    (
        "en",
        "The hazard ratio for dementia was 0.67 (95% CI, 0.58-0.77), equal to a 33% lower risk.",
        True,
        [
            ("count", 0.67, None, None),
            ("percent", 95, "%", None),
            ("count", 0.58, None, None),
            ("count", 0.77, None, None),
            ("percent", 33, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Dementia was diagnosed at a rate of 4.1 per 1,000 person-years among GLP-1 users, against 6.2 in the comparison group.",
        True,
        [("count", 4.1, None, None), ("count", 1000, None, None), ("count", 6.2, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Dr. Marcus Oyelaran-Pike said the difference appeared within the first year of treatment.",
        True,
        [("ordinal", 1, None, None)],
        "Marcus Oyelaran-Pike",
    ),
    (
        "en",
        "Oyelaran-Pike cautioned that people prescribed the newer drugs may have been healthier to begin with.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A randomized trial testing one of the drugs in 1,840 people with early Alzheimer's disease is due to report results next year.",
        True,
        [("count", 1, None, None), ("count", 1840, None, None)],
        None,
    ),
    (
        "en",
        "GLP-1 drugs are used by about 14% of U.S. adults, according to a poll by health research group KFF.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    # --- Neuer Wirkstoff aus dem Boden (Keystone-SDA), Donnerstag, 4. März ---
    (
        "de",
        "Zürich (Keystone-SDA) - In Bodenbakterien aus einem Schweizer Mischwald haben Forschende der ETH Zürich einen Wirkstoff gefunden, der im Labor mehrere gegen gängige Antibiotika resistente Keime abtötet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Team durchsuchte das Erbgut von 1'083 Bakterienstämmen aus Wald- und Wiesenböden.",
        True,
        [("count", 1083, None, None)],
        None,
    ),
    (
        "de",
        "In Versuchen mit Mäusen überlebten 14 von 16 Tieren eine sonst tödliche Infektion.",
        True,
        [("count", 14, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "«Die Natur ist noch immer die beste Chemikerin», sagte Projektleiter Reto Camenisch-Huber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis daraus ein Medikament werden könne, dauere es Camenisch-Huber zufolge mindestens zehn Jahre.",
        True,
        [("duration", 10, "year", "at_least")],
        "Camenisch-Huber",
    ),
    (
        "de",
        "Der Schweizerische Nationalfonds unterstützt das Projekt mit 2,4 Millionen Franken.",
        True,
        [("money", 2400000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Weltweit sterben nach Schätzungen jährlich rund 1,3 Millionen Menschen direkt an Infektionen mit resistenten Keimen.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    # --- Lawinenverschüttete (APA), Freitag, 5. März ---
    (
        "de",
        "Innsbruck (APA) - Wer von einer Lawine verschüttet wird, hat einer Innsbrucker Auswertung zufolge in den ersten 15 Minuten eine Überlebenschance von rund 88 Prozent.",
        True,
        [("ordinal", 1, None, None), ("duration", 15, "minute", None), ("percent", 88, "%", "about")],
        None,
    ),
    (
        "de",
        "Nach 35 Minuten sinkt sie auf rund 37 Prozent, nach zwei Stunden auf 9 Prozent.",
        True,
        [("duration", 35, "minute", None), ("percent", 37, "%", "about"), ("duration", 2, "hour", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten 1.063 Verschüttungen in Österreich und der Schweiz aus den Jahren 2005 bis 2024 aus.",
        True,
        [("count", 1063, None, None), ("year", 2005, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Studienautor Florian Pircher-Zangerl sagte, gut ein Fünftel der Toten habe kein Lawinenverschütteten-Suchgerät bei sich gehabt.",
        True,
        [("fraction", 0.2, None, "over")],
        "Florian Pircher-Zangerl",
    ),
    ("de", "„Unter dem Schnee zählt jede Minute“, sagte Pircher-Zangerl.", False, [], None),
    (
        "de",
        "Die Verschütteten lagen im Mittel 1,1 Meter unter der Schneeoberfläche.",
        True,
        [("count", 1.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Bergrettung appellierte an Wintersportler, sich vor jeder Tour über die Lawinenlage zu informieren.",
        False,
        [],
        None,
    ),
    # --- Sunscreen and melanoma (AAP), Friday, March 5 ---
    (
        "en",
        "BRISBANE (AAP) - Adults who applied sunscreen daily for five years were 38 per cent less likely to develop melanoma over the following 15 years, a Queensland study has found.",
        True,
        [("duration", 5, "year", None), ("percent", 38, "%", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "The trial, run by the QIMR Berghofer Medical Research Institute, randomly assigned 1,912 adults aged 25 to 75 to daily or discretionary sunscreen use.",
        True,
        [("count", 1912, None, None), ("duration", 25, "year", None), ("duration", 75, "year", None)],
        None,
    ),
    (
        "en",
        "Forty-one melanomas were diagnosed in the daily group and 66 in the comparison group, an absolute difference of 2.6 percentage points.",
        True,
        [("count", 41, None, None), ("count", 66, None, None), ("percent", 2.6, "pp", None)],
        None,
    ),
    (
        "en",
        "Australia records about 16,900 new melanoma cases a year, said Professor Siobhan Calloway-Reid, who led the trial.",
        True,
        [("count", 16900, None, "about")],
        "Siobhan Calloway-Reid",
    ),
    (
        "en",
        '"Sunscreen is the cheapest cancer prevention we have," Professor Calloway-Reid said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 31 per cent of Australians aged 18 to 24 use sunscreen on a typical summer weekend, according to Cancer Council figures.",
        True,
        [("percent", 31, "%", None), ("duration", 18, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    # --- Krebsimpfung bei Nierenkrebs (dpa), Freitag, 5. März ---
    (
        "de",
        "Tübingen (dpa/lsw) - Eine personalisierte Krebsimpfung hat in einer kleinen Studie bei Nierenkrebs die Zahl der Rückfälle nach der Operation deutlich gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den 46 Patientinnen und Patienten, die zusätzlich zur Standardtherapie geimpft wurden, erlitten nach drei Jahren 9 einen Rückfall, in der Vergleichsgruppe waren es 19 von 44.",
        True,
        [
            ("count", 46, None, None),
            ("duration", 3, "year", None),
            ("count", 9, None, None),
            ("count", 19, None, None),
            ("count", 44, None, None),
        ],
        None,
    ),
    (
        "de",
        "Es handelte sich um eine Phase-2-Studie, eine größere Phase-3-Studie mit rund 600 Teilnehmenden soll im Herbst beginnen.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Der Impfstoff wird für jede Person anhand von bis zu 34 Mutationen ihres Tumors hergestellt, was nach Angaben der Universitätsklinik etwa neun Wochen dauert.",
        True,
        [("count", 34, None, "up_to"), ("duration", 9, "week", "about")],
        "die Universitätsklinik",
    ),
    (
        "de",
        "Studienleiterin Annika Rösslein-Dörr sagte, schwere Nebenwirkungen seien bei 4 Prozent der Geimpften aufgetreten.",
        True,
        [("percent", 4, "%", None)],
        "Annika Rösslein-Dörr",
    ),
    ("de", "„Wir stehen erst am Anfang, aber der Weg ist richtig“, sagte Rösslein-Dörr.", False, [], None),
    (
        "de",
        "Unabhängige Onkologen warnten, aus so kleinen Gruppen lasse sich keine sichere Aussage ableiten.",
        False,
        [],
        None,
    ),
    ("de", "Die Ergebnisse wurden im Fachjournal „Nature Medicine“ veröffentlicht.", True, [], None),
    # --- Heat and preterm births (AP), Friday, March 5 ---
    (
        "en",
        "NEW YORK (AP) — Several days of extreme heat during pregnancy raise the chance of an early birth, according to a study of nearly 1.8 million U.S. births.",
        True,
        [("count", 1800000, None, "nearly")],
        None,
    ),
    (
        "en",
        "During heat waves lasting four days or more, the risk of preterm birth rose 13%, the researchers found.",
        True,
        [("duration", 4, "day", "at_least"), ("percent", 13, "%", None)],
        None,
    ),
    (
        "en",
        "The effect was largest among mothers under 25 and those without health insurance.",
        True,
        [("duration", 25, "year", "under")],
        None,
    ),
    (
        "en",
        "About one in nine babies in the U.S. is born before 37 weeks of pregnancy.",
        True,
        [("fraction", 0.1111, None, "about"), ("duration", 37, "week", None)],
        None,
    ),
    (
        "en",
        "The researchers estimated that heat accounted for about 2,400 preterm births a year.",
        True,
        [("count", 2400, None, "about")],
        None,
    ),
    (
        "en",
        "Dr. Lucinda Baptiste-Warner, an obstetrician who was not involved in the research, said the findings should worry anyone planning for hotter summers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Doctors advised pregnant women to avoid going out in the midday heat and to drink plenty of water.",
        False,
        [],
        None,
    ),
    # --- FDA approval for muscular dystrophy (Reuters), Friday, March 5 ---
    (
        "en",
        "WASHINGTON, March 5 (Reuters) - U.S. regulators on Friday approved Tidemark Bio's velmarisen, the first treatment for a rare inherited form of muscular dystrophy that affects about 4,000 Americans.",
        True,
        [("date", "--03-05", None, None), ("ordinal", 1, None, None), ("count", 4000, None, "about")],
        None,
    ),
    (
        "en",
        "The approval was based on a trial in which 74 patients on the drug lost muscle strength 38% more slowly over 18 months than those on a placebo.",
        True,
        [("count", 74, None, None), ("percent", 38, "%", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "The company said it would charge $410,000 a year for the infusion, given once every four weeks.",
        True,
        [("money", 410000, "USD", None), ("count", 1, None, None), ("duration", 4, "week", None)],
        "the company",
    ),
    (
        "en",
        'Patient advocates called the price "a number no family can plan around."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Headache, fever and nausea were the side effects reported most often, the FDA said.",
        True,
        [],
        "the FDA",
    ),
    (
        "en",
        "Tidemark declined to say how many patients it expected to treat at launch.",
        False,
        [],
        None,
    ),
    ("en", "Tidemark shares rose 14% in after-hours trading.", True, [("percent", 14, "%", None)], None),
    # --- Alzheimer-Bluttest (Reuters), Samstag, 6. März ---
    (
        "de",
        "Frankfurt (Reuters) - Ein Bluttest kann Alzheimer einer großen Studie zufolge mit einer Treffsicherheit von rund 91 Prozent erkennen.",
        True,
        [("percent", 91, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Forschenden prüften den Test an 1.764 Menschen mit Gedächtnisproblemen in Haus- und Facharztpraxen in Schweden und Deutschland.",
        True,
        [("count", 1764, None, None)],
        None,
    ),
    (
        "de",
        "Hausärzte lagen ohne den Test nur in 61 Prozent der Fälle richtig, Fachärzte in 73 Prozent.",
        True,
        [("percent", 61, "%", None), ("percent", 73, "%", None)],
        None,
    ),
    (
        "de",
        "Der Test misst das Verhältnis zweier Formen des Proteins Tau im Blut und kostet derzeit etwa 200 Euro.",
        True,
        [("count", 2, None, None), ("money", 200, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ko-Studienleiter Tilman Oberhauser-Brink vom Deutschen Zentrum für Neurodegenerative Erkrankungen sagte, der Test könne in den kommenden zwei Jahren in Praxen eingeführt werden.",
        True,
        [("duration", 2, "year", None)],
        "Tilman Oberhauser-Brink",
    ),
    (
        "de",
        "„Das wird die Diagnostik in der Hausarztpraxis grundlegend verändern“, sagte Oberhauser-Brink.",
        False,
        [],
        None,
    ),
    # --- Early galaxy (Reuters), Saturday, March 6 ---
    (
        "en",
        "BALTIMORE, March 6 (Reuters) - Observations with the James Webb Space Telescope have confirmed a galaxy that took shape about 270 million years after the Big Bang, placing it among the earliest yet seen.",
        True,
        [("date", "--03-06", None, None), ("duration", 270000000, "year", "about")],
        None,
    ),
    (
        "en",
        "The light now reaching the telescope left the galaxy more than 13.4 billion years ago.",
        True,
        [("duration", 13400000000, "year", "over")],
        None,
    ),
    (
        "en",
        "The galaxy is only about 300 light years across but already contains stars weighing roughly 400 million solar masses.",
        True,
        [("count", 300, None, "about"), ("count", 400000000, None, "about")],
        None,
    ),
    (
        "en",
        "The team observed it for a total of 34 hours with two of the telescope's instruments.",
        True,
        [("duration", 34, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Dr. Ifeoma Castellanos-Reyes said the galaxy was turning gas into stars at about 20 times the Milky Way's present rate.",
        True,
        [("count", 20, None, "about")],
        "Ifeoma Castellanos-Reyes",
    ),
    (
        "en",
        '"Every time we look deeper, the universe surprises us," Castellanos-Reyes said.',
        False,
        [],
        None,
    ),
    ("en", "How such a massive galaxy could form so early is still unclear.", False, [], None),
    # --- Klinische Studien in Deutschland (dpa), Samstag, 6. März ---
    (
        "de",
        "Berlin (dpa) - Deutschland ist bei der Zahl neu genehmigter klinischer Studien in Europa auf den dritten Platz zurückgefallen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr wurden hierzulande 512 Studien mit Arzneimitteln neu genehmigt, 2016 waren es noch 603.",
        True,
        [("count", 512, None, None), ("year", 2016, None, None), ("count", 603, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung des Verbands forschender Arzneimittelhersteller (vfa) hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor Deutschland lagen Spanien mit 781 und Frankreich mit 604 neuen Studien.",
        True,
        [("count", 781, None, None), ("count", 604, None, None)],
        None,
    ),
    (
        "de",
        "Die Genehmigung einer Studie dauere in Deutschland im Schnitt 106 Tage, in Spanien 62 Tage, sagte vfa-Präsidentin Clarissa Hohenstein-Mair.",
        True,
        [("duration", 106, "day", None), ("duration", 62, "day", None)],
        "Clarissa Hohenstein-Mair",
    ),
    (
        "de",
        "„Wer Studien vertreibt, vertreibt am Ende auch die Medikamente“, sagte Hohenstein-Mair.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Bundesgesundheitsministerium kündigte an, die Fristen mit einem Gesetz bis Ende 2027 auf höchstens 70 Tage zu verkürzen.",
        True,
        [("year", 2027, None, None), ("duration", 70, "day", "at_most")],
        None,
    ),
    (
        "de",
        "Der Gesetzentwurf soll am 24. März im Kabinett beraten werden.",
        True,
        [("date", "--03-24", None, None)],
        None,
    ),
    (
        "de",
        "Die Opposition warf der Regierung vor, das Problem jahrelang verschleppt zu haben.",
        False,
        [],
        None,
    ),
    # --- Gene therapy for deafness (Reuters), Saturday, March 6 ---
    (
        "en",
        "BEIJING, March 6 (Reuters) - Ten of 12 children born deaf because of a faulty gene gained some hearing after a one-time gene therapy, Chinese researchers reported.",
        True,
        [("date", "--03-06", None, None), ("count", 10, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The children, aged one to 11, received the treatment in one ear at hospitals in Shanghai and Wuhan.",
        True,
        [("duration", 1, "year", None), ("duration", 11, "year", None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "After 26 weeks, the average hearing threshold in treated ears improved from 106 decibels to 52 decibels.",
        True,
        [("duration", 26, "week", None), ("count", 106, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "Study leader Dr. Shu Minglan said two of the children could follow conversations without hearing aids within six months.",
        True,
        [("count", 2, None, None), ("duration", 6, "month", None)],
        "Shu Minglan",
    ),
    (
        "en",
        '"Watching a child turn toward her mother\'s voice is something I will never forget," Shu said.',
        False,
        [],
        None,
    ),
    ("en", "No serious side effects were reported, the researchers wrote in The Lancet.", True, [], None),
    ("en", "It is not yet known how long the effect will last.", False, [], None),
    # --- Laienreanimation (APA), Samstag, 6. März ---
    (
        "de",
        "Wien (APA) - Beginnen Laien bei einem Herzstillstand sofort mit der Wiederbelebung, steigt die Überlebenschance einer Wiener Registerstudie zufolge von 6,8 auf 14,1 Prozent.",
        True,
        [("percent", 6.8, "%", None), ("percent", 14.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden 4.918 Herzstillstände außerhalb von Spitälern in Wien zwischen 2019 und 2024.",
        True,
        [("count", 4918, None, None), ("year", 2019, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Nur in 47 Prozent der Fälle begannen Umstehende mit der Herzdruckmassage, bevor die Rettung eintraf.",
        True,
        [("percent", 47, "%", None)],
        None,
    ),
    (
        "de",
        "Die Rettung brauchte im Mittel 9 Minuten und 40 Sekunden bis zum Einsatzort.",
        True,
        [("duration", 9, "minute", None), ("duration", 40, "second", None)],
        None,
    ),
    (
        "de",
        "Notfallmediziner Matthias Ebner-Kögl sagte, seit 2021 leite die Leitstelle Anrufende am Telefon zur Herzdruckmassage an.",
        True,
        [("year", 2021, None, None)],
        "Matthias Ebner-Kögl",
    ),
    (
        "de",
        "„Bei einer Wiederbelebung kann man nichts falsch machen, außer gar nichts zu tun“, sagte Ebner-Kögl.",
        False,
        [],
        None,
    ),
    # --- Cannabis in pregnancy (AP), Saturday, March 6 ---
    (
        "en",
        "SAN FRANCISCO (AP) — Women who used cannabis during pregnancy were more likely to have babies with low birth weight, according to a study of nearly 370,000 pregnancies in Northern California.",
        True,
        [("count", 370000, None, "nearly")],
        None,
    ),
    (
        "en",
        "After accounting for smoking and alcohol, the odds of low birth weight were about 1.6 times higher among cannabis users, with an odds ratio of 1.58 (p=0.003).",
        True,
        [("count", 1.6, None, "about"), ("count", 1.58, None, None), ("count", 0.003, None, None)],
        None,
    ),
    (
        "en",
        "About 7% of the women reported using cannabis in the first trimester, up from about 4% in 2012.",
        True,
        [("percent", 7, "%", "about"), ("ordinal", 1, None, None), ("percent", 4, "%", "about"), ("year", 2012, None, None)],
        None,
    ),
    (
        "en",
        "Study leader Dr. Kelsey Amundsen-Ward said the team had used urine tests as well as questionnaires to identify users.",
        True,
        [],
        "Kelsey Amundsen-Ward",
    ),
    (
        "en",
        '"There is no amount we can call safe in pregnancy," Amundsen-Ward said.',
        False,
        [],
        None,
    ),
    # --- Holzbrunnen aus der Jungsteinzeit (dpa), Sonntag, 7. März ---
    (
        "de",
        "Halle (dpa/sa) - Bei Grabungen für ein Gewerbegebiet haben Archäologen im Saalekreis einen rund 7.200 Jahre alten Holzbrunnen entdeckt.",
        True,
        [("duration", 7200, "year", "about")],
        None,
    ),
    (
        "de",
        "Der aus Eichenbohlen gezimmerte Kasten reicht gut 5 Meter in die Tiefe.",
        True,
        [("count", 5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Jahrringdatierung ergab, dass die Bäume für die Bohlen um 5180 vor Christus gefällt wurden.",
        True,
        [("year", -5180, None, "about")],
        None,
    ),
    (
        "de",
        "Im Schlamm am Grund fanden die Forschenden mehr als 300 Keramikscherben, zwei Holzschalen und Reste von Haselnüssen.",
        True,
        [("count", 300, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Landesarchäologin Henriette Brackmann-Solms sagte, der Brunnen gehöre zu den ältesten erhaltenen Holzbauten Mitteleuropas.",
        True,
        [],
        "Henriette Brackmann-Solms",
    ),
    (
        "de",
        "„Holz, das so lange im Grundwasser lag, erzählt Geschichten, die Steine nie erzählen könnten“, sagte Brackmann-Solms.",
        False,
        [],
        None,
    ),
    # --- Cancer death rates (PA), Sunday, March 7 ---
    (
        "en",
        "LONDON (PA) - Cancer death rates in the UK have fallen by 22 per cent over the past 25 years, but progress has slowed sharply, Cancer Research UK analysis shows.",
        True,
        [("percent", 22, "%", None), ("duration", 25, "year", None)],
        None,
    ),
    (
        "en",
        "In the most recent decade the rate fell by just 6 per cent, compared with 11 per cent in the decade before.",
        True,
        [("percent", 6, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Around 171,500 people die from cancer in the UK every year, the charity said.",
        True,
        [("count", 171500, None, "about")],
        "the charity",
    ),
    (
        "en",
        "Lung cancer still accounts for about one in five cancer deaths.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Eleanor Vasquez-Thorne said about 7 per cent of pancreatic cancer patients were still alive 10 years after diagnosis.",
        True,
        [("percent", 7, "%", "about"), ("duration", 10, "year", None)],
        "Eleanor Vasquez-Thorne",
    ),
    (
        "en",
        'Vasquez-Thorne said the figures were "a wake-up call for every government that has promised to beat cancer."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The charity called on ministers to ring-fence 1 billion pounds a year for cancer research.",
        True,
        [("money", 1000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "A Department of Health spokesperson said the government was determined to make the NHS the best in the world for cancer care.",
        False,
        [],
        None,
    ),
]
