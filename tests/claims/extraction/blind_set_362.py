"""Three-hundred-and-sixty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, drugs, a county and
figures are made up (Sieglinde Ackermann-Thiel, Matthias Brunsendorf, Theresia
Lackinger-Roth, Lorenz Aebersold, Kordula Pfisterer, Lindwurm Therapeutics, Konstantin
Heidebrecht, Herbert Zauchner, Frauke Dammann, Seraina Lüthi-Camenzind, Volkmar
Everding-Lutz, Heribert Lamprecht-Sauer, Ulrich Remmerskamp, Gabriele Trömel, Annemarie
Vonlanthen, Bernhard Quadflieg, Benedikt Achleitner, Rüdiger Hollerbach, Tobias
Hennersdorf; Maristow Bio and its antibody velmitamab, Graham Osterfeld, Pellham Pharma,
Ruth Ambrose-Kent, Bronte Kerrigan-Vale, Nicholas Farrowby, Sorrel County, Rosalind
Achebe-Marr, Ahmed Kassim-Noor, Quintrell Genomics and its QG-211, Oluwaseun Hartigan,
Marguerite Tallis, Oxendale Biosciences, Brugge Capital, Rafael Tavares-Lindo, Halbergen,
Priya Nandakumar, Euan MacLachlan-Reid, Lorraine Whitcombe-Ames, Ilse Brandvold, Jolene
Atwater-Price; every unnamed official, spokesperson, analyst, panelist, neurologist,
cardiologist, diabetologist, farmer, advocate and parent); ministers, secretaries, agency
heads, association chiefs and officials of real governments and bodies appear under made-up
names that stand for no real holder (the Bundesgesundheitsminister, a GKV board member,
Bavaria's and Switzerland's health ministers, the presidents of the BfArM and the KBV, the
ÖGK's Obmann, a DSO board member, England's and Scotland's Health Secretaries, Australia's
and Brazil's Health Ministers, the HHS Secretary, WHO, CDC and New Mexico officials) or by
their role only („eine Sprecherin des Gewerkschaftsbunds“, „die Präsidentin der Deutschen
Diabetes Gesellschaft“, "the mother of a boy enrolled in the trial"). Real states, bodies,
journals, places and things (gesetzliche Krankenversicherung, Zusatzbeitrag,
Bundesgesundheitsministerium, GKV, CDU, CSU, AGES, Ärztekammer, Swissmedic, Bundesamt für
Gesundheit (BAG), Landkreis Rosenheim, Landesamt für Gesundheit und Lebensmittelsicherheit
(LGL), American College of Cardiology, „New England Journal of Medicine“, Österreichische
Gesundheitskasse (ÖGK), Steiermark, Patientenanwaltschaft, Robert Koch-Institut (RKI),
HPV, FSME, Kantone Genf, Tessin, Neuenburg and Basel-Stadt, Ärztekammer Nordrhein,
Integrierte Notfallzentren, Deutsche Stiftung Organtransplantation (DSO), Bundesinstitut
für Arzneimittel und Medizinprodukte (BfArM), Deutscher Apothekerverband, Bundestag,
Gewerkschaftsbund, Santésuisse, Schätzerkreis, Bundesamt für Soziale Sicherung,
Gesundheitsfonds, Medizinische Universität Wien, „Gastroenterology“, Kassenärztliche
Bundesvereinigung (KBV), Terminservicestellen, Europäische Arzneimittelagentur (EMA),
EU-Kommission, GLP-1, Deutsche Diabetes Gesellschaft; the FDA, the Australian Prudential
Regulation Authority, Choice, NHS England, A&E, the Patients Association, the New Mexico
Department of Health, MMR, the World Health Organization, Sudan, Yemen, Afghanistan,
Duchenne muscular dystrophy, the CDC, Idaho, the USDA, California, Nevada, amyotrophic
lateral sclerosis, Brazil's Health Ministry, Sao Paulo, Claudin 18.2, Public Health
Scotland, the Scottish Government, Medicare, HHS, the WHO's European region, the
Affordable Care Act, KFF, Democrats and Republicans, and the datelines' cities) stand for
the way wire copy names them; every deficit, rate, premium, trial result, ratio, sample,
case count, vaccination rate, wait, shortage, price, share move, date and quote here is
invented, and where a real figure came to mind (a real approval, trial result, list price,
case or death toll, vaccination or exemption rate, premium rise or waiting-list total) it
was changed (the general contribution rate of 14,6 Prozent, a rate in law, kept as the
years of laws are).

Its weight: HEALTH AND MEDICINE on both desks (the sixty-fourth batch weighed medicine,
pharmaceuticals, clinical trials and drug approvals, the hundred-fifty-fifth health and
medical studies, the two-hundred-and-fifty-second medical studies and drug trials, the
hundred-eleventh and two-hundred-and-twenty-fifth outbreaks and vaccination, the
forty-ninth, hundred-twenty-third, hundred-eighty-third, two-hundred-and-seventh,
two-hundred-and-eighty-sixth and three-hundred-and-thirty-fourth hospitals, waiting times,
health systems and health insurance, and the two-hundred-and-seventy-third public health
and drug policy; their decisions are kept) over one year in story order, January to
December, as 32 short stories with the German and English ones interleaved by month, each
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, reactions). Half German (dpa with its regional slugs "dpa/lby" and "dpa/lnw",
APA with Austrian "heuer", "Spitälern", "Obmann", "Patientinnen und Patienten",
Keystone-SDA with Swiss "1'087", "Fr. 1'240.50", "401.70 Franken", "grössten", "gemäss",
"neusten", "verschiessen", «» quotes, Ärzteblatt-style trial copy with „randomisiert“,
„doppelblind“, „Hazard Ratio“, „Odds Ratio“, „95-Prozent-Konfidenzintervall“ and a p-value,
German „“ quotes): the statutory insurers' deficit, the flu wave in Austria, a Swiss
reserve antibiotic, measles at a Bavarian school, a Munich biotech's Phase 3 heart-failure
trial, hip and scan waits in Austria, children's vaccination rates, tick-borne encephalitis
in Switzerland, emergency waits in North Rhine-Westphalia, organ donation, drug shortages,
Swiss premiums for next year, the Zusatzbeitrag for next year, a Viennese colonoscopy
study, specialist waits in Germany and the EMA's recommendation of a weight-loss pill. Half
English (Reuters, AP, PA, AAP and STAT-style biotech copy): an Alzheimer's antibody
approved and priced, a weight-loss pill's late-stage trial, Australian private health
premiums, England's waiting list and A&E, measles in New Mexico, cholera worldwide, an FDA
panel on a gene therapy, U.S. kindergarten vaccine exemptions, bird flu in dairy herds, the
EMA against an ALS drug, dengue in Brazil, a stomach cancer antibody at a congress, flu
jabs in Scotland, Medicare's negotiated drug prices, measles in Europe and Affordable Care
Act sign-ups. Figures as such copy has them: deficits, budgets, contribution rates and
premiums in euros, francs and Australian dollars, rate rises in points, trial sizes, sites
and countries, relative and absolute risk reductions, hazard and odds ratios with their
confidence intervals, p-values written with "=" and "<", randomisation ratios, scale
points, medians and follow-up in weeks, months and years, case and death tolls, weekly
rises, vaccination and exemption rates, waits in minutes, hours, days, weeks and years,
list prices and share moves in dollars and Danish crowns; number words and compounds
(„zweimal“, „mindestens einmal“, „einmal täglich“, „siebentägige“, „Phase-3-Studie“,
"once-daily", "two-dose", "one-time", "a 48-point ... scale", "one-day fall", "Twelve",
"Seventy"), fractions („gut ein Drittel“, „knapp jede vierte“, „Gut jeder siebte“, „knapp
jede fünfte“, "about one in eight", "about two-fifths", "roughly two in five", "more than
half"), ordinals, hedges, ranges, ages, years and dates. Negatives as such copy has them -
about a fifth of the rows, none with a figure: ministers', officials', executives',
researchers' and doctors' rhetoric, promises and appeals in quotes, labels of chambers,
lobbies, patient groups, consumer groups and parties („nannte“, „sprach von“, "called",
"said the rise would be"), verdicts with „hält ... für“, blame naming no act, warnings,
fears, doubts and beliefs, analysts' cautions and views, advice, evasions and open
questions and a parent's words, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

241 rows (123 German, 118 English), 55 negatives (27 German, 28 English), 186 check-worthy
rows of which 22 carry no figure (17 German, 5 English), 325 expected quantities (113
counts, 72 percentages - 69 in "%", 3 in percentage points "pp" -, 64 durations - 26 in
years, 10 in months, 10 in weeks, 10 in days, 6 in hours, 2 in minutes -, 25 amounts of
money - 10 USD, 8 EUR, 3 AUD, 3 CHF, 1 DKK -, 16 ordinals, 13 dates, 13 fractions, 9 years;
none of them in a negative), 35 checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, appeal, feeling, doubt, fear, belief, caution or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-fifty-fifth, two-hundred-and-fifty-second,
  three-hundred-and-thirty-fourth); a quoted or reported statement of fact, figure, step,
  rule, plan, forecast or condition is check-worthy with its speaker, also in Konjunktiv I
  (hundred-fifty-fifth, two-hundred-and-fifty-second). Pairs from one speaker:
  Ackermann-Thiel's 0.4 points beside „Kassensturz“ (a warning with a figure stays
  check-worthy, two-hundred-and-fourth); Brunsendorf's 6 and 5.8 billion euros beside his
  promise; Osterfeld's 18,000 patients beside "a meaningful step"; Lackinger-Roth's 21.4
  percent beside her appeal; Ambrose-Kent's filing plan beside "We believe"; Aebersold's
  rule beside «diese Waffe»; Kerrigan-Vale's rejected applications beside "every dollar
  counts"; Farrowby's fifth fall beside "turning the corner"; Pfisterer's 88.2 percent
  beside „gefährdet auch die Kinder anderer Eltern“; Achebe-Marr's 4,260 doses beside her
  appeal; Heidebrecht's filing plan beside „ein großer Tag“; Kassim-Noor's 38 million doses
  beside "Cholera thrives"; Zauchner's 42 contracts beside „Brieftasche“; Dammann's
  regional gap beside „vorsichtig optimistisch“; Lüthi-Camenzind's 47 percent beside her
  advice; Everding-Lutz's 1,300 nurses beside „am Limit“; Lamprecht-Sauer's four months
  beside his appeal; Nandakumar's 38% beside "a real new option"; MacLachlan-Reid's 96
  clinics beside his appeal; Achleitner's fifth beside „dort abholen“; Hollerbach's 5,000
  doctors beside his blame; Brandvold's 2.4 million children beside "a door left open".
  Hartigan's row joins his reason for a yes vote to a condition with a measure and a
  figure and is check-worthy (two-hundred-and-fifty-second: a panel member's "second trial
  of at least 600 patients"), while "Other panelists said the data were too uncertain to
  justify approval." names no measure and is a verdict.
- Check-worthy without a figure (22 rows; hundred-fifty-fifth, two-hundred-and-fifty-second,
  three-hundred-and-thirty-fourth): source lines („Das teilte das Bundesgesundheitsministerium
  am Dienstag mit.“, „Das geht aus einer Auswertung der Österreichischen Gesundheitskasse
  (ÖGK) hervor, ...“, „Das zeigen die neusten Zahlen des Bundesamts für Gesundheit (BAG).“,
  „Die Zahlen veröffentlichte das Bundesamt für Gesundheit am Dienstag in Bern.“, „Zu diesem
  Ergebnis kam am Mittwoch der Schätzerkreis, ...“), publication lines (the „New England
  Journal of Medicine“, „Gastroenterology“), a regulator's approval (Swissmedic's; sixty-fourth)
  and a company's request for re-examination and filing plans (Oxendale's, Ambrose-Kent's,
  Heidebrecht's; hundred-fifty-fifth), rules (Aebersold's condition for use, „Jede Kasse legt
  ... selbst fest“, „Abnehmmittel sind ... von der Erstattung ... ausgeschlossen“;
  two-hundred-and-eighty-sixth: a rule for patients), the WHO's published risk grading
  ("The WHO rates the global risk from cholera as very high."; two-hundred-and-twenty-fifth),
  findings and trends without a figure (the RKI lead „wieder leicht gestiegen“, Dammann's
  East-West gap, the NRW lead „warten immer länger“, the Vienna study's lead with „einer
  Studie ... zufolge“), a study's stated design („Bei der Untersuchung handelte es sich um
  eine Beobachtungsstudie, ...“; hundred-fifty-fifth), the CDC's announced funding (an
  announced step) and "Several companies have sued to block the negotiations, so far without
  success." (filings, two-hundred-and-seventy-sixth).
- Negatives (fifty-fifth batch and the health rounds above), none with a figure: labels
  („sprach von einem „Kassensturz ...““, „nannte die geringe Impfbereitschaft ...“, „nannte
  die Lage ...“, "called the figures", "called the decision", "called the negotiations",
  "called the drop", "said the rise would be "hard to swallow"" - a reported label as
  "said the figures were "a damning indictment"", hundred-fifty-fifth), a promise naming no
  measure („versprach, die Beitragszahler ... nicht allein zu lassen“;
  three-hundred-and-thirty-fourth), a verdict with „hält ... für“ and „hielten ... für“
  (the Patientenanwaltschaft, patient advocates), blame naming no act („warf ... vor“ three
  times, "accused ... of" twice; three-hundred-and-thirty-fourth), appeals and advice
  („Auch jetzt lohnt sich ...“, „forderte Kassenchef ...“ with no measure, „appellierte“,
  «Wer in den Wald geht, sollte ...», "urged parents to check ...", "I would urge
  everyone ..."; two-hundred-and-twenty-fifth), warnings naming no measure („Diabetologen
  warnten davor, ...“, "Drugmakers have warned ..."), fears, doubts and beliefs ("Some
  neurologists said they doubted ...", "Aid groups fear ...", "Scientists fear ...",
  "Health experts said they feared ...", "Public health experts said they believed ...";
  two-hundred-and-fourth), cautions and analysts' views („Unabhängige Kardiologen mahnten,
  ...“, "Analysts cautioned that ...", "Analysts at Brugge Capital said the rejection could
  ..."; two-hundred-and-fifty-second), open questions and evasions („Ob ..., ist noch nicht
  entschieden.“, „Ob ..., ist unter Fachleuten umstritten.“, „Ob ..., lässt die Studie
  offen.“, "Whether ... is unclear.", "It is not clear how many ..."), a mood label
  („zeigte sich „vorsichtig optimistisch““) and quotes of rhetoric and feeling from all
  sides, among them a parent's.
- Trial results (sixty-fourth, hundred-fifty-fifth, two-hundred-and-fifty-second): phases
  in Arabic numerals are counts ("a Phase 3 trial" 3, „Phase-3-Studie“ 3); relative changes
  are percentages as written („um 19 Prozent“, "31% slower", „um 46 Prozent seltener“ -
  the comparison after the figure no hedge); an absolute gap in points is "pp" („einer
  absoluten Risikosenkung von 3,2 Prozentpunkten“); hazard ratios are counts („Hazard Ratio
  0,81“, "a hazard ratio of 0.74"), a confidence level a percentage and its bounds counts
  („95-Prozent-Konfidenzintervall 0,47 bis 0,62“ 95, 0.47 and 0.62; "(95% CI, 0.63-0.86"
  95, 0.63 and 0.86, the hyphen between two figures a range); scale points are counts ("by
  1.8 points against 1.1 points", "a 48-point functional rating scale was 0.9 points
  smaller" 48 and 0.9); survival, follow-up and treatment spans are durations ("by a median
  of 4.3 months", "17.9 months ... 13.6 months", „im Median 26,4 Monate lang“, "after 52
  weeks", "after 24 weeks", "after 18 months", "across 72 weeks" and „über 72 Wochen“ -
  "across" and „über“ before a span no hedge -, „die siebentägige Therapie“ 7 days); votes
  are counts ("voted 9-4" 9 and 4). New: „p=0,002“ is count 0.002 with no hedge - the
  equals sign states the value - and "p<0.001" is count 0.001 "under" - the sign reads as
  "less than", as "with a p-value of less than 0.001" (two-hundred-and-fifty-second). New:
  „Odds Ratio 0,54“ is count 0.54 - an odds ratio is read as written, as a hazard ratio
  (hundred-fifty-fifth). New: „im Verhältnis 2:1 ... zugeteilt“ gives counts 2 and 1 - a
  randomisation ratio sets how many patients go to each arm, as „mit 6:3 Stimmen“ counts
  members (three-hundred-and-twenty-fourth), and is no match score (results lines carry
  none) and no clock. New: „doppelblinden“ carries none - a word naming a trial's design,
  as "one-time items" (forty-eighth: "one-way") and "The one-time infusion" here, while „das
  Doppelte“ names a multiple and is count 2. New: "a protein called Claudin 18.2" carries
  none - a name with a figure, as "type 2 diabetes" (hundred-fifty-fifth), „HbA1c“ and
  „KRAS-G12C“ (sixty-fourth), „GLP-1“ and "QG-211" here.
- Frequencies, doses and regimens (sixty-fourth, two-hundred-and-fifty-second): "once-daily"
  and „einmal täglich“ count 1, „zweimal“ count 2 (the issue's "viermal"), „mindestens
  einmal“ count 1 "at_least" (an earlier batch: „mindestens einmal“ 1 "at_least"), "a
  two-dose vaccine" count 2 (hundred-eleventh: "the three-dose vaccine" 3), „alle vier
  Monate“ 4 months (seventy-fifth: „alle sechs Monate“); "monthly", "a year", "a month",
  "per patient", „pro Woche“, „pro Monat“, „im Monat“ and "Jedes Jahr" none.
- Outbreaks and vaccination (hundred-eleventh, two-hundred-and-twenty-fifth): case, death,
  herd and dose tallies are counts as written, with "Seventy" and "Twelve" opening their
  rows (three-hundredth: a number word opening the row) as „Vier Kinder“ 4 does, „zwei
  Personen“ 2, "One child" 1 and "one farm
  worker" 1 (English "one" a count), "California alone accounted for 771" ("alone" no
  hedge), "another 1,210" ("another" no hedge, as „weitere“), „seit Jahresbeginn bereits
  64“ ("bereits" no hedge); "In der 6. Kalenderwoche" ordinal 6 (two-hundred-and-twenty-fifth:
  „in der 46. Kalenderwoche“); weekly rises are percentages („ein Plus von 23 Prozent
  gegenüber der Vorwoche“ 23 - the noun with „von“ no sign, as „mit einem Plus von 3,3
  Prozent“, three-hundred-and-twenty-fourth); vaccination, exemption and uptake rates are
  percentages as written ("A record 4.1%" - "A record" no hedge -, "topped 5%" and
  "exceeded 14%" with no hedge - verbs, three-hundred-and-thirty-fourth: "topped 2 billion
  euros" -, "only 81%", "just 29.4 per cent", „nur 21,4 Prozent“, „nur 88,2 Prozent“);
  targets keep their figure with no hedge ("well below the 95%", "short of the 95% target",
  "well short of the 92 per cent standard", "against a target of 78 per cent"); multiples
  are counts ("nearly triple the number recorded" 3 "nearly", as "almost double the figure"
  2 "nearly", two-hundred-and-twenty-fifth).
- Waits and spans are durations (the issue: "zehn Minuten", "a two-week visit";
  three-hundred-and-thirty-fourth): „im Schnitt 14 Wochen, ... bis zu 31 Wochen“ "up_to",
  „im Mittel 19 Tage, ... 9 Tage“, „3 Stunden und 12 Minuten ... 2 Stunden und 48 Minuten“
  (each unit, three-hundred-and-fifty-sixth), „länger als sechs Stunden“ 6 hours "over"
  (an earlier batch: „länger als sechs Wochen“ "over"), "more than 18 weeks" and "more than
  12 hours" "over", "inside 18 weeks" and "inside four hours" with no hedge, „im Schnitt 36
  Tage, privat Versicherte dagegen nur 19“ 36 and 19 days (the unit written once serving
  the later figure, two-hundred-and-twenty-fifth), „mit 58 beziehungsweise 71 Tagen“ both
  (hundred-fifty-fifth: „5,3 beziehungsweise 3,8 Prozent“), „acht bis zehn Jahre“ both,
  „bis zu 21 Tage lang“ "up_to", „binnen zwei Monaten“, „für sechs Monate“, „in etwa zwei
  Wochen“ 2 weeks "about" („in etwa“ reads as „etwa“, two-hundred-and-forty-fourth), „über
  einen Zeitraum von bis zu 17 Jahren“ 17 years "up_to" (hundred-fifty-fifth: „über bis zu
  15 Jahre“), "for up to six weeks" "up_to", "On 19 days in January" 19 days (days counted
  as a span, two-hundred-and-seventy-sixth), "the smallest in four years" 4 years
  (three-hundred-and-thirty-fourth: "the smallest rise in four years"), "the
  second-highest in 25 years" ordinal 2 and 25 years, "their biggest one-day fall" 1 day
  (three-hundred-and-fifty-sixth: "steepest one-day drop"), „der letzten fünf Jahre“ 5
  years, „in den ersten sechs Monaten“ ordinal 1 and 6 months (forty-second: „in den ersten
  neun Monaten“), „im Alter von acht Monaten“ 8 months. Ages are durations in years („im
  Alter von 6 bis 15 Jahren“, „im Alter von 50 bis 75 Jahren“ and „zwischen 50 und 75
  Jahren“ and „zwischen 19 und 25 Jahren“ both ends with no hedge, "aged four to seven",
  "aged 10 to 14", „der 15-jährigen Mädchen“, "For a 40-year-old"; „Kinder unter fünf
  Jahren“ and "children under 5" and "Children under 5" "under"; „Menschen über 65“ "over"
  with the unit of the earlier age (two-hundred-and-twenty-fifth: „Menschen über 60“); „ab
  18 Jahren“, „ab sechs Jahren“ and "aged 65 and over" "at_least"). None: „das abgelaufene
  Jahr“, „im kommenden Jahr“, „im nächsten Jahr“, „heuer“, „im Vorjahr“, „im
  Vorjahreszeitraum“, „ein Jahr zuvor“, „seit Jahresbeginn“, „bis zum Sommer“, „bis zum
  Jahresende“, „im Frühjahr“, „im kommenden Winter“, „noch in diesem Jahr“, „länger als
  einen Monat“ (an article, three-hundred-and-thirty-fourth: "more than a year"), "longer
  than a year", "in at least a decade" (an article, an earlier batch: "the lowest share in
  at least a decade"), "last year", "last week", "a month earlier", "a year ago", "the
  year before", "the week before", "last financial year", "so far this year", "since
  January", "before year-end", "next year", "last school year", "last fall", "over the same
  period", "by the same point last year", weekdays and months.
- Health insurance, premiums and prices (forty-ninth, hundred-twenty-third,
  two-hundred-and-seventh, three-hundred-and-thirty-fourth): contribution and premium rates
  as written („im Schnitt ... 3,3 Prozent“, „14,6 Prozent ... 17,9 Prozent“, „um 3,9
  Prozent“, "an average premium rise of 3.62 per cent", "up an average of 18%"), a rise of
  a rate in points in "pp" („um mindestens 0,4 Prozentpunkte“ "at_least", „um 0,3 Punkte
  höheren ... Zusatzbeitrag von dann 3,6 Prozent“ 0.3 "pp" - two-hundred-and-seventh: "um
  0,3 Punkte auf 3,9 Prozent" -), "8.5% of their household income"; money in the currency
  written (every batch): EUR („Mit einem Minus von 4,7 Milliarden Euro“ 4.7 billion with no
  sign - the noun with „von“, as „Minus von 4,6 Prozent“, three-hundred-and-fifty-sixth -,
  „auf rund 341 Milliarden Euro“, „von 312,6 Milliarden Euro und ... von 354,1 Milliarden
  Euro“, „von rund 6 Milliarden Euro“, „um 5,8 Milliarden Euro“, „von 4.000 Euro im Monat
  rund 6 Euro mehr“ - „mehr“ after the figure compares -), CHF („Fr. 1'240.50“ 1,240.5 -
  the Swiss apostrophe grouping (tenth) and the decimal point after „Fr.“ (fortieth) -,
  „401.70 Franken“ and „281.40 Franken“ with the Swiss decimal point before „Franken“
  (sixty-fourth)), USD ("$29,500 a year, below the roughly $32,000" - "roughly" "about",
  "below the" before the article no hedge -, "$61.80", "about $3.1 million per patient",
  "about $1.7 billion", "about $12 billion", "about $960 would fall to $274", "an estimated
  $685 million" "about", "$612 a month"), AUD ("A$4,600 a year", "about A$166", "A$24.1
  billion"), DKK ("about 11 billion Danish crowns"; hundred-fifty-fifth: Danish crowns).
  "Medicare will pay between 38% and 79% less" gives both percentages with no hedge
  ("between", "less" after the figure).
- Counts otherwise (every batch): samples, sites and countries as written ("1,742
  patients", "3,206 adults ... across 14 countries", „1'087 Patientinnen und Patienten“ with
  the Swiss apostrophe, „4.410 Patientinnen und Patienten“, "902 patients at 188 sites in
  22 countries", „212.640 Personen“, „6.112 Erwachsene“, "the 53 countries"), definite
  groups („58 der 93 Kassen“ both; forty-first), staff, contracts, centres, clinics and
  drugs („rund 1.300 Pflegekräfte“, „42 zusätzliche Kassenverträge“ - "zusätzliche" no
  hedge -, „36 neue Integrierte Notfallzentren“, „in den 1.032 Kliniken“, "96 extra
  drop-in clinics" - "extra" no hedge -, „Für mehr als 480 Arzneimittel“ "over", „bei 14
  Wirkstoffen“, „bis zu 560 Meldungen“ "up_to" - „zeitweise“ no hedge -, "15 widely used
  prescription drugs", "two blockbuster ... injections", "one or more of the 15 drugs" 1
  "at_least" and 15 - "or more" after the figure, hundred-fifty-fifth -, "from at least one
  school vaccine requirement" 1 "at_least"), people in millions ("An estimated 7.31 million
  cases" "about", "80,000 fewer" - "fewer" after the figure compares -, "Some 3.94 million"
  "about", "More than 1.1m people" 1,100,000 "over" - PA's "m" multiplying a count as in
  an earlier batch's "Viewing peaked at 5.7m" -, "About 14.7 million people", "About 5.3
  million", "Nearly 21.4 million" "nearly", "about 3.2 million", "9 million doses", "2.4
  million children", „rund 1,9 Millionen Facharzttermine“ "about"), "On 19 days ... fewer
  doses than the 5 million" 5,000,000 with no hedge - "fewer ... than the" stands before the
  article and compares with a bound, as "far more than the 600 to 800"
  (two-hundred-and-forty-fourth) -, „Body-Mass-Index von 30 oder mehr“ 30 "at_least"
  (hundred-fifty-fifth: „von 25 oder mehr“). None: „keines von ihnen“, "most of them",
  "both sides", "Several companies", „die meisten von ihnen“, articles („eine Niere“, „ein
  Spender“, „eine Koloskopie“, „einem Placebo“) and "a single trial" (sixty-fourth: "a
  single dose").
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „gut ein
  Drittel“ 0.3333 "over", "about one in eight" 0.125 "about" (hundred-eleventh), "about
  two-fifths of whom" 0.4 "about", "nearly two-thirds" 0.6667 "nearly", „Knapp jede vierte
  Hüftoperation“ 0.25 "nearly", „knapp drei Viertel“ 0.75 "nearly", „Rund ein Drittel“
  0.3333 "about", „Gut jeder siebte Patient“ 0.1429 "over" (three-hundred-and-thirty-fourth:
  „jede siebte Pflegekraft“), „knapp zwei Drittel“ 0.6667 "nearly", "roughly two in five"
  0.4 "about" (hundred-fifty-fifth: "about two in five"), „nur knapp jede fünfte Person“ 0.2
  "nearly" („nur“ no hedge), „Fast jeder dritte“ 0.3333 "nearly", "fell by more than half"
  0.5 "over".
- Ordinals (the issue: "zum zweiten Mal", "die drittgrößte Stadt"; every batch): "the
  second drug of its kind" 2, "in the first year on the market" and "in the first year" 1,
  "the insurers' first applications" 1 (three-hundred-and-thirty-fourth: "a first
  outpatient appointment"), "the fifth consecutive monthly fall" 5, "the first measles death
  in the state since 1989" 1 and the year, "for the first time in at least a decade" 1,
  „im ersten Halbjahr“ 1 (twice), "Second-dose coverage" 2 (an ordinal heading a compound,
  as "first-half profit", three-hundred-and-fifty-sixth), "in the first half of next year"
  1, „der ersten Abnehmpille“ 1, „ab dem zweiten Quartal“ 2. "the most common", "the
  lowest coverage", „Am stärksten“, „Den grössten Aufschlag“, „am längsten“ and "the
  biggest jump" rank nothing.
- Years and dates: "since 1989", "since 2021", "since listing in 2019", „bis 2028“,
  "starting in 2027", "in 2024", "since 2018" the years, "the 2019-20 school year" both
  (hundred-eleventh); „Zum 1. Januar“ --01-01, "from April 1" --04-01, "by Aug. 28"
  --08-28, "in the week to October 26" --10-26, "on Dec. 31" --12-31 dates without a year;
  Reuters datelines with a day ("WASHINGTON, Jan 9", "COPENHAGEN, Feb 3", "GENEVA, April
  11", "CHICAGO, June 4", "AMSTERDAM, July 25", "SAO PAULO, Aug 19", "BARCELONA, Sept 14",
  "COPENHAGEN, Dec 3") dates without a year (hundred-fifty-fifth,
  two-hundred-and-fifty-second); dpa ("Berlin (dpa) -", "München (dpa/lby) -", "München
  (dpa) -", "Düsseldorf (dpa/lnw) -", "Frankfurt/Main (dpa) -", "Bonn (dpa) -", "Amsterdam
  (dpa) -"), APA, Keystone-SDA, AAP ("SYDNEY (AAP) -"), PA ("LONDON (PA) -", "EDINBURGH (PA)
  -") and AP ("ALBUQUERQUE, N.M. (AP) —", "ATLANTA (AP) —", "WASHINGTON (AP) —")
  datelines none (seventy-ninth); "N.M." ends no sentence, as "HONESDALE, Pa."
  (three-hundred-and-thirty-fourth).
- Hedges, only the names in use: „rund“, „Rund“, „in etwa“, "about", "About", "roughly",
  "Some", "An estimated", "an estimated" "about"; „knapp“, „Knapp“,
  „Fast“, "nearly", "Nearly" "nearly"; „gut“, „Gut“, „mehr als“, „über“ before an age,
  „länger als“ before a span, "more than", "More than" "over"; „unter“, "under" before an
  age, "<" after "p" "under"; „mindestens“, "at least", „ab“ before an age, „oder mehr“,
  "and over", "or more" "at_least"; „bis zu“, "up to", "as much as" "up_to"
  (sixty-fourth: "as much as"). No hedge: „im Schnitt“, „im Mittel“, „im Median“,
  „durchschnittlich“, „Insgesamt“, „zuletzt“, „nur“, „Nur“, „bereits“, „derzeit“,
  „zeitweise“, „sogar“, „zusätzliche“, „weiterer“, „zwischen“, „über“ and "across" before
  a span, „binnen“, "an average of", "a median of", "A record", "Only", "only", "just",
  "alone", "together", "extra", "another", "between", "inside", "below the", "well below
  the", "short of the", "well short of the", "fewer ... than the", "topped", "exceeded", "fewer", „mehr“ and
  „über dem Durchschnitt“ after a figure, and "=" after "p".
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped („sagte AGES-Expertin Theresia Lackinger-Roth“, „Gesundheitsministerin
  Kordula Pfisterer (CSU) sagte“ with the party dropped, „Vorstandschef Konstantin
  Heidebrecht sagte“, „ÖGK-Obmann Herbert Zauchner sagte“, „sagte RKI-Epidemiologin Frauke
  Dammann“, a «...» quote followed by „sagte BAG-Epidemiologin Seraina Lüthi-Camenzind“,
  „Verbandspräsident Volkmar Everding-Lutz sagte“, „DSO-Vorstand Heribert Lamprecht-Sauer
  sagte“, „BfArM-Präsident Ulrich Remmerskamp sagte“, „Gesundheitsministerin Annemarie
  Vonlanthen sagte“, „Studienleiter Benedikt Achleitner sagte“, „KBV-Chef Rüdiger Hollerbach
  sagte“, „Deutschland-Chef Tobias Hennersdorf sagte“; three-hundred-and-thirty-fourth) and
  the surname as written („sagte Ackermann-Thiel“, „sagte Aebersold“, „Brunsendorf sagte,
  ...“ opening the row); „teilte Swissmedic am Donnerstag mit“ -> "Swissmedic" (a name
  without an article, the weekday dropped; two-hundred-and-fifty-second) and „teilte das
  Robert Koch-Institut (RKI) am Mittwoch mit“ -> "das Robert Koch-Institut" (the
  abbreviation in brackets and the weekday dropped, hundred-fifty-fifth). English: "the FDA
  said" and "the CDC said Thursday" with the article in lower case (hundred-fifty-fifth),
  "the World Health Organization said on Friday" (the weekday dropped), the name with the
  role and "Dr." dropped ("Health Minister Bronte Kerrigan-Vale said", "Health Secretary
  Nicholas Farrowby said", "Panel member Dr. Oluwaseun Hartigan said", "CDC immunization
  chief Dr. Marguerite Tallis said", "Health Minister Rafael Tavares-Lindo said", "Lead
  investigator Dr. Priya Nandakumar said", "Health Secretary Euan MacLachlan-Reid said",
  "HHS Secretary Lorraine Whitcombe-Ames said", "Marketplace director Jolene Atwater-Price
  said"; two-hundred-and-fifty-second), "told reporters" naming the speaker ("Osterfeld told
  reporters", "WHO cholera lead Dr. Ahmed Kassim-Noor told reporters", "WHO immunization
  adviser Dr. Ilse Brandvold told reporters"; two-hundred-and-fourth), and "Ambrose-Kent
  said ..." and "Achebe-Marr said ..." opening the row. Left unchecked (None): all
  negatives, also those with a named speaker; „berichtete die Gesundheitsagentur AGES“ (a
  description before the name, fortieth), „hieß es“, „nach Schätzungen des BAG“, „gemäss
  BAG“ (two-hundred-and-forty-fourth: „Gemäss Bafu“), „Nach Angaben des Deutschen
  Apothekerverbands“ (a capitalised adjective heading the name in the genitive,
  two-hundred-and-seventh), „nach KBV-Angaben“, „kündigte an“, „verwies auf“, „rechnen“,
  documents and data („Das geht aus ... hervor“, „Das zeigen ...“, „einer Studie ...
  zufolge“, „Für die Erhebung hatte ... befragen lassen“, „Zu diesem Ergebnis kam ...“);
  plural sources ("state health officials said", "CDC officials said", "federal officials
  said"), the present tense ("federal health authorities say", "The WHO rates", "figures
  ... show", "federal figures released Wednesday show"), "an analysis by ... KFF found",
  "according to late-stage trial data", "according to an HHS estimate", "Public Health
  Scotland has said" (two-hundred-and-twenty-fifth: "Public Health Scotland said"), "the
  WHO's regional office said" (a possessive description, hundred-eleventh), "Quintrell has
  said" (three-hundred-and-thirty-fourth: "has said"), acting verbs ("won U.S. approval",
  "recommended against approving", „hat ... zugelassen“, „empfiehlt“), and rows without
  attribution. As the three-hundredth, three-hundred-and-twenty-fourth and
  three-hundred-and-thirty-fourth batches did, and to keep the checked speakers near 35,
  this batch also leaves unchecked forms it could have checked: „Das teilte das
  Bundesgesundheitsministerium am Dienstag mit.“, „teilte das Landesamt für Gesundheit und
  Lebensmittelsicherheit (LGL) mit“, „laut WHO“, „teilte die Deutsche Stiftung
  Organtransplantation (DSO) mit“, "the company said" (the Alzheimer trial), "Pellham said
  on Monday", "NHS England said", "the New Mexico Department of Health said", "the agency
  said" (cholera), "the USDA said on Wednesday", "according to the CDC", "the department
  said", "Oxendale said", "the Health Ministry said on Tuesday" and "Halbergen said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_362 = [
    # --- Defizit der Krankenkassen (dpa), Januar ---
    (
        "de",
        "Berlin (dpa) - Mit einem Minus von 4,7 Milliarden Euro haben die gesetzlichen Krankenkassen das abgelaufene Jahr beendet.",
        True,
        [("money", 4700000000, "EUR", None)],
        None,
    ),
    ("de", "Das teilte das Bundesgesundheitsministerium am Dienstag mit.", True, [], None),
    (
        "de",
        "Die Ausgaben stiegen demnach um 7,9 Prozent auf rund 341 Milliarden Euro, die Einnahmen nur um 5,6 Prozent.",
        True,
        [("percent", 7.9, "%", None), ("money", 341000000000, "EUR", "about"), ("percent", 5.6, "%", None)],
        None,
    ),
    (
        "de",
        "Am stärksten legten die Kosten für Krankenhausbehandlungen zu, auf sie entfällt gut ein Drittel aller Leistungsausgaben.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Zum 1. Januar hatten 58 der 93 Kassen ihren Zusatzbeitrag angehoben, im Schnitt liegt er nun bei 3,3 Prozent.",
        True,
        [("date", "--01-01", None, None), ("count", 58, None, None), ("count", 93, None, None), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Samt allgemeinem Beitragssatz von 14,6 Prozent summiert sich die Last für Beschäftigte und Betriebe damit im Mittel auf 17,9 Prozent des Bruttolohns.",
        True,
        [("percent", 14.6, "%", None), ("percent", 17.9, "%", None)],
        None,
    ),
    (
        "de",
        "GKV-Vorständin Sieglinde Ackermann-Thiel sprach von einem „Kassensturz mit bitterem Ergebnis für alle Beitragszahler“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ohne Reform drohe im kommenden Jahr ein weiterer Anstieg um mindestens 0,4 Prozentpunkte, sagte Ackermann-Thiel.",
        True,
        [("percent", 0.4, "pp", "at_least")],
        "Ackermann-Thiel",
    ),
    (
        "de",
        "Bundesgesundheitsminister Matthias Brunsendorf (CDU) versprach, die Beitragszahler mit den steigenden Kosten nicht allein zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brunsendorf kündigte an, bis zum Sommer ein Sparpaket im Umfang von rund 6 Milliarden Euro vorzulegen.",
        True,
        [("money", 6000000000, "EUR", "about")],
        None,
    ),
    # --- Alzheimer's antibody approved (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 9 (Reuters) - Maristow Bio won U.S. approval on Friday for its antibody velmitamab in people with early Alzheimer's disease, making it the second drug of its kind cleared in the United States.",
        True,
        [("date", "--01-09", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "In a Phase 3 trial of 1,742 patients, decline on a standard memory and thinking scale was 31% slower with the monthly infusion than with placebo after 18 months, the company said.",
        True,
        [("count", 3, None, None), ("count", 1742, None, None), ("percent", 31, "%", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Brain swelling or bleeding, seen on scans in about one in eight patients given the drug, was the most common serious side effect, the FDA said.",
        True,
        [("fraction", 0.125, None, "about")],
        "the FDA",
    ),
    (
        "en",
        "Maristow set a list price of $29,500 a year, below the roughly $32,000 charged for the rival treatment.",
        True,
        [("money", 29500, "USD", None), ("money", 32000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"This is a meaningful step for families who have run out of options," Chief Executive Graham Osterfeld said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Osterfeld told reporters the company expected about 18,000 patients to start treatment in the first year on the market.",
        True,
        [("count", 18000, None, "about"), ("ordinal", 1, None, None)],
        "Osterfeld",
    ),
    (
        "en",
        "Some neurologists said they doubted the modest benefit would justify the risks for most of their patients.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Maristow shares rose 14.2% to $61.80 in after-hours trading.",
        True,
        [("percent", 14.2, "%", None), ("money", 61.8, "USD", None)],
        None,
    ),
    # --- Grippewelle in Österreich (APA), Februar ---
    (
        "de",
        "Wien (APA) - Die Influenza breitet sich in Österreich weiter rasch aus: In der 6. Kalenderwoche wurden österreichweit rund 48.000 Neuerkrankungen an Influenza und grippalen Infekten geschätzt.",
        True,
        [("ordinal", 6, None, None), ("count", 48000, None, "about")],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von 23 Prozent gegenüber der Vorwoche, berichtete die Gesundheitsagentur AGES am Montag.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "In den Spitälern lagen zuletzt 1.184 Patientinnen und Patienten mit Influenza, 96 davon auf Intensivstationen.",
        True,
        [("count", 1184, None, None), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind Kinder unter fünf Jahren und Menschen über 65.",
        True,
        [("duration", 5, "year", "under"), ("duration", 65, "year", "over")],
        None,
    ),
    (
        "de",
        "Die Durchimpfungsrate gegen Grippe liegt heuer bei nur 21,4 Prozent, sagte AGES-Expertin Theresia Lackinger-Roth.",
        True,
        [("percent", 21.4, "%", None)],
        "Theresia Lackinger-Roth",
    ),
    ("de", "„Auch jetzt lohnt sich der Gang zur Impfung noch“, betonte Lackinger-Roth.", False, [], None),
    (
        "de",
        "Der Höhepunkt der Welle werde in etwa zwei Wochen erwartet, hieß es.",
        True,
        [("duration", 2, "week", "about")],
        None,
    ),
    (
        "de",
        "Die Ärztekammer nannte die geringe Impfbereitschaft „ein gesundheitspolitisches Versäumnis“.",
        False,
        [],
        None,
    ),
    # --- Weight-loss pill trial (Reuters), February ---
    (
        "en",
        "COPENHAGEN, Feb 3 (Reuters) - People taking Pellham Pharma's experimental once-daily weight-loss pill shed an average of 13.8% of their weight across 72 weeks of a late-stage study, Pellham said on Monday.",
        True,
        [("date", "--02-03", None, None), ("count", 1, None, None), ("percent", 13.8, "%", None), ("duration", 72, "week", None)],
        None,
    ),
    ("en", "Those taking a placebo lost 2.1% over the same period.", True, [("percent", 2.1, "%", None)], None),
    (
        "en",
        "The trial enrolled 3,206 adults with obesity or overweight across 14 countries, about two-fifths of whom also had type 2 diabetes.",
        True,
        [("count", 3206, None, None), ("count", 14, None, None), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Nausea and vomiting were the most common side effects, and 6.4% of patients on the pill stopped treatment because of them, compared with 2.9% on placebo.",
        True,
        [("percent", 6.4, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        '"We believe an effective pill could transform how obesity is treated around the world," Chief Medical Officer Ruth Ambrose-Kent said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ambrose-Kent said Pellham aimed to seek marketing authorisation on both sides of the Atlantic before year-end.",
        True,
        [],
        "Ambrose-Kent",
    ),
    (
        "en",
        "Analysts cautioned that the weight loss trailed that of injectable rivals and that pricing would decide the pill's success.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Pellham's shares fell 7.3% in Copenhagen, wiping about 11 billion Danish crowns off its market value.",
        True,
        [("percent", 7.3, "%", None), ("money", 11000000000, "DKK", "about")],
        None,
    ),
    # --- Neues Reserveantibiotikum (Keystone-SDA), Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Swissmedic hat ein neues Reserveantibiotikum gegen multiresistente Keime zugelassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Mittel ist für Erwachsene ab 18 Jahren mit schweren Harnwegsinfektionen bestimmt, teilte Swissmedic am Donnerstag mit.",
        True,
        [("duration", 18, "year", "at_least")],
        "Swissmedic",
    ),
    (
        "de",
        "In der Zulassungsstudie mit 1'087 Patientinnen und Patienten war die Behandlung bei 78,6 Prozent erfolgreich, mit dem Vergleichspräparat bei 71,2 Prozent.",
        True,
        [("count", 1087, None, None), ("percent", 78.6, "%", None), ("percent", 71.2, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Packung für die siebentägige Therapie kostet Fr. 1'240.50.",
        True,
        [("duration", 7, "day", None), ("money", 1240.5, "CHF", None)],
        None,
    ),
    ("de", "Ob die Krankenkassen das neue Mittel vergüten müssen, ist noch nicht entschieden.", False, [], None),
    (
        "de",
        "Jedes Jahr sterben in der Schweiz nach Schätzungen des BAG rund 300 Menschen an Infektionen mit resistenten Erregern.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir dürfen diese Waffe nicht leichtfertig verschiessen», sagte Swissmedic-Sprecher Lorenz Aebersold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Mittel dürfe nur eingesetzt werden, wenn andere Antibiotika nicht mehr wirkten, sagte Aebersold.",
        True,
        [],
        "Aebersold",
    ),
    # --- Private health insurance premiums (AAP), February ---
    (
        "en",
        "SYDNEY (AAP) - Australians with private health cover face an average premium rise of 3.62 per cent from April 1, the smallest in four years.",
        True,
        [("percent", 3.62, "%", None), ("date", "--04-01", None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Health Minister Bronte Kerrigan-Vale said she had rejected the insurers' first applications and sent them back to seek lower rises.",
        True,
        [("ordinal", 1, None, None)],
        "Bronte Kerrigan-Vale",
    ),
    (
        "en",
        "For a typical family policy costing A$4,600 a year, the rise adds about A$166.",
        True,
        [("money", 4600, "AUD", None), ("money", 166, "AUD", "about")],
        None,
    ),
    ("en", '"Australians are doing it tough, and every dollar counts," Kerrigan-Vale said.', False, [], None),
    (
        "en",
        "About 14.7 million people, or 54.9 per cent of Australians, have hospital insurance, figures from the Australian Prudential Regulation Authority show.",
        True,
        [("count", 14700000, None, "about"), ("percent", 54.9, "%", None)],
        None,
    ),
    (
        "en",
        'Choice, the consumer group, said the rise would be "hard to swallow" for families already squeezed by rents.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Insurers paid out A$24.1 billion in benefits last financial year, up 6.8 per cent.",
        True,
        [("money", 24100000000, "AUD", None), ("percent", 6.8, "%", None)],
        None,
    ),
    # --- NHS waiting list (PA), March ---
    (
        "en",
        "LONDON (PA) - An estimated 7.31 million cases were waiting for planned hospital treatment in England when January ended, 80,000 fewer than a month earlier.",
        True,
        [("count", 7310000, None, "about"), ("count", 80000, None, None)],
        None,
    ),
    (
        "en",
        "Some 3.94 million of them had waited more than 18 weeks to start treatment and 198,400 longer than a year, NHS England said.",
        True,
        [("count", 3940000, None, "about"), ("duration", 18, "week", "over"), ("count", 198400, None, None)],
        None,
    ),
    (
        "en",
        "Only 58.9 per cent began treatment inside 18 weeks, well short of the 92 per cent standard.",
        True,
        [("percent", 58.9, "%", None), ("duration", 18, "week", None), ("percent", 92, "%", None)],
        None,
    ),
    (
        "en",
        "In A&E, 73.4 per cent of people were dealt with inside four hours in February, against a target of 78 per cent.",
        True,
        [("percent", 73.4, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)],
        None,
    ),
    (
        "en",
        "Health Secretary Nicholas Farrowby said it was the fifth consecutive monthly fall in the backlog.",
        True,
        [("ordinal", 5, None, None)],
        "Nicholas Farrowby",
    ),
    (
        "en",
        '"We are turning the corner, but I know that is cold comfort to anyone still waiting in pain," Farrowby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Patients Association called the figures "a reminder of how far the health service still has to go".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Waits of more than 12 hours from arrival in emergency departments affected 44,112 people.",
        True,
        [("duration", 12, "hour", "over"), ("count", 44112, None, None)],
        None,
    ),
    # --- Masern an einer Schule (dpa/lby), März ---
    (
        "de",
        "München (dpa/lby) - Ein Masernausbruch an einer Schule im Landkreis Rosenheim ist auf 27 Fälle angewachsen.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Erkrankten sind 21 Kinder und Jugendliche im Alter von 6 bis 15 Jahren, keines von ihnen war vollständig geimpft, teilte das Landesamt für Gesundheit und Lebensmittelsicherheit (LGL) mit.",
        True,
        [("count", 21, None, None), ("duration", 6, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    ("de", "Vier Kinder mussten im Krankenhaus behandelt werden.", True, [("count", 4, None, None)], None),
    (
        "de",
        "Ungeimpfte Kontaktpersonen dürfen bis zu 21 Tage lang weder Schule noch Kita besuchen.",
        True,
        [("duration", 21, "day", "up_to")],
        None,
    ),
    (
        "de",
        "Bayernweit wurden damit seit Jahresbeginn bereits 64 Masernfälle gemeldet, nach 19 im gesamten Vorjahr.",
        True,
        [("count", 64, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Kordula Pfisterer (CSU) sagte, bei den Schuleingangsuntersuchungen im Landkreis seien zuletzt nur 88,2 Prozent der Kinder zweimal gegen Masern geimpft gewesen.",
        True,
        [("percent", 88.2, "%", None), ("count", 2, None, None)],
        "Kordula Pfisterer",
    ),
    (
        "de",
        "„Wer sein Kind nicht impfen lässt, gefährdet auch die Kinder anderer Eltern“, sagte Pfisterer.",
        False,
        [],
        None,
    ),
    # --- Measles in New Mexico (AP), March ---
    (
        "en",
        "ALBUQUERQUE, N.M. (AP) — A measles outbreak in eastern New Mexico has grown to 83 cases, state health officials said Tuesday.",
        True,
        [("count", 83, None, None)],
        None,
    ),
    (
        "en",
        "Most of the patients are children, and 11 have been hospitalized, the New Mexico Department of Health said.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "One child, who was not vaccinated, died last week, the first measles death in the state since 1989.",
        True,
        [("count", 1, None, None), ("ordinal", 1, None, None), ("year", 1989, None, None)],
        None,
    ),
    (
        "en",
        "In Sorrel County, where most cases are concentrated, only 81% of children starting kindergarten last fall were fully vaccinated against measles.",
        True,
        [("percent", 81, "%", None)],
        None,
    ),
    (
        "en",
        "That is well below the 95% that federal health authorities say is needed to stop the virus spreading.",
        True,
        [("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "State epidemiologist Dr. Rosalind Achebe-Marr urged parents to check their children's vaccination records.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Achebe-Marr said the state had given 4,260 doses of MMR vaccine at free clinics since the outbreak began.",
        True,
        [("count", 4260, None, None)],
        "Achebe-Marr",
    ),
    # --- Herzmittel in Phase-3-Studie (dpa), April ---
    (
        "de",
        "München (dpa) - Das Münchner Biotechunternehmen Lindwurm Therapeutics hat mit seinem Herzmittel in einer großen Phase-3-Studie das Hauptziel erreicht.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bei den 4.410 Patientinnen und Patienten mit chronischer Herzschwäche sank das Risiko für Tod oder Klinikeinweisung um 19 Prozent (Hazard Ratio 0,81; p=0,002).",
        True,
        [("count", 4410, None, None), ("percent", 19, "%", None), ("count", 0.81, None, None), ("count", 0.002, None, None)],
        None,
    ),
    (
        "de",
        "In der randomisierten, doppelblinden Studie waren die Teilnehmenden im Verhältnis 2:1 dem Wirkstoff oder einem Placebo zugeteilt und im Median 26,4 Monate lang nachbeobachtet worden.",
        True,
        [("count", 2, None, None), ("count", 1, None, None), ("duration", 26.4, "month", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einer absoluten Risikosenkung von 3,2 Prozentpunkten.",
        True,
        [("percent", 3.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Konstantin Heidebrecht sagte, Lindwurm wolle noch in diesem Jahr die Zulassung in der EU und den USA beantragen.",
        True,
        [],
        "Konstantin Heidebrecht",
    ),
    (
        "de",
        "„Das ist ein großer Tag für unser Unternehmen und vor allem für die Betroffenen“, sagte Heidebrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ergebnisse wurden auf dem Kongress des American College of Cardiology in Washington vorgestellt und zeitgleich im „New England Journal of Medicine“ veröffentlicht.",
        True,
        [],
        None,
    ),
    ("de", "Unabhängige Kardiologen mahnten, den Nutzen des Mittels nicht zu überschätzen.", False, [], None),
    (
        "de",
        "Die Aktie von Lindwurm schoss im Frankfurter Handel um mehr als 40 Prozent nach oben.",
        True,
        [("percent", 40, "%", "over")],
        None,
    ),
    # --- Cholera worldwide (Reuters), April ---
    (
        "en",
        "GENEVA, April 11 (Reuters) - Cholera cases reported worldwide rose 13% last year to more than 612,000, with 4,180 deaths in 31 countries, the World Health Organization said on Friday.",
        True,
        [("date", "--04-11", None, None), ("percent", 13, "%", None), ("count", 612000, None, "over"), ("count", 4180, None, None), ("count", 31, None, None)],
        "the World Health Organization",
    ),
    (
        "en",
        "Twelve countries reported outbreaks for the first time in at least a decade.",
        True,
        [("count", 12, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "On 19 days in January, the global emergency stockpile of oral cholera vaccine held fewer doses than the 5 million it is meant to keep in reserve, the agency said.",
        True,
        [("duration", 19, "day", None), ("count", 5000000, None, None)],
        None,
    ),
    (
        "en",
        "WHO cholera lead Dr. Ahmed Kassim-Noor told reporters that about 38 million doses had been shipped since 2021.",
        True,
        [("count", 38000000, None, "about"), ("year", 2021, None, None)],
        "Ahmed Kassim-Noor",
    ),
    (
        "en",
        '"Cholera thrives wherever clean water and sanitation have broken down, and that is exactly where we are seeing it," Kassim-Noor said.',
        False,
        [],
        None,
    ),
    ("en", "The WHO rates the global risk from cholera as very high.", True, [], None),
    ("en", "Aid groups fear that cuts in donor funding will make matters worse.", False, [], None),
    (
        "en",
        "Sudan, Yemen and Afghanistan together accounted for nearly two-thirds of all reported cases.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    # --- OP-Wartezeiten (APA), April ---
    (
        "de",
        "Wien (APA) - Wer in Österreich als Kassenpatient eine neue Hüfte braucht, wartet im Schnitt 14 Wochen auf die Operation, in der Steiermark sogar bis zu 31 Wochen.",
        True,
        [("duration", 14, "week", None), ("duration", 31, "week", "up_to")],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung der Österreichischen Gesundheitskasse (ÖGK) hervor, die der APA vorliegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für einen MRT-Termin beträgt die Wartezeit im Mittel 19 Tage, für eine CT-Untersuchung 9 Tage.",
        True,
        [("duration", 19, "day", None), ("duration", 9, "day", None)],
        None,
    ),
    (
        "de",
        "ÖGK-Obmann Herbert Zauchner sagte, man habe heuer 42 zusätzliche Kassenverträge für Radiologie ausgeschrieben.",
        True,
        [("count", 42, None, None)],
        "Herbert Zauchner",
    ),
    (
        "de",
        "„Wie lange jemand auf eine Operation wartet, darf nicht von der Brieftasche abhängen“, sagte Zauchner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Patientenanwaltschaft hält die Unterschiede zwischen den Bundesländern für „nicht hinnehmbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Knapp jede vierte Hüftoperation wurde im Vorjahr in einem Privatspital durchgeführt.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    # --- Gene therapy advisory panel (STAT-style), May ---
    (
        "en",
        "An FDA advisory committee voted 9-4 on Thursday that the benefits of Quintrell Genomics' gene therapy for Duchenne muscular dystrophy outweigh its risks.",
        True,
        [("count", 9, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The one-time infusion, known as QG-211, raised levels of a shortened form of the missing protein to an average of 38% of normal in boys aged four to seven.",
        True,
        [("percent", 38, "%", None), ("duration", 4, "year", None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "But the trial missed its main goal: scores on a motor function scale improved by 1.8 points against 1.1 points on placebo after 52 weeks, a gap that was not statistically significant.",
        True,
        [("count", 1.8, None, None), ("count", 1.1, None, None), ("duration", 52, "week", None)],
        None,
    ),
    (
        "en",
        "Panel member Dr. Oluwaseun Hartigan said he voted yes because families had no other option, but that the FDA should require a confirmatory trial of at least 120 patients.",
        True,
        [("count", 120, None, "at_least")],
        "Oluwaseun Hartigan",
    ),
    ("en", "Other panelists said the data were too uncertain to justify approval.", False, [], None),
    (
        "en",
        "The agency does not have to follow the committee's advice and is due to rule by Aug. 28.",
        True,
        [("date", "--08-28", None, None)],
        None,
    ),
    (
        "en",
        "Quintrell has said it would price the therapy at about $3.1 million per patient.",
        True,
        [("money", 3100000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"My son can climb stairs again, and nobody can put a price on that," said the mother of a boy enrolled in the trial.',
        False,
        [],
        None,
    ),
    ("en", "Quintrell shares jumped 27% in after-hours trading.", True, [("percent", 27, "%", None)], None),
    # --- Impfquoten bei Kindern (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Die Impfquoten bei Kindern in Deutschland sind nach Jahren des Rückgangs wieder leicht gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei den Schuleingangsuntersuchungen waren 93,4 Prozent der Kinder mindestens einmal und 89,7 Prozent zweimal gegen Masern geimpft, teilte das Robert Koch-Institut (RKI) am Mittwoch mit.",
        True,
        [("percent", 93.4, "%", None), ("count", 1, None, "at_least"), ("percent", 89.7, "%", None), ("count", 2, None, None)],
        "das Robert Koch-Institut",
    ),
    (
        "de",
        "Um Ausbrüche zuverlässig zu verhindern, müssten laut WHO 95 Prozent der Kinder zweimal geimpft sein.",
        True,
        [("percent", 95, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bei der HPV-Impfung ist die Lücke größer: Nur 54 Prozent der 15-jährigen Mädchen und 31 Prozent der Jungen sind vollständig geimpft.",
        True,
        [("percent", 54, "%", None), ("duration", 15, "year", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Gegen Rotaviren waren im Alter von acht Monaten knapp drei Viertel der Säuglinge geimpft.",
        True,
        [("duration", 8, "month", None), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Quoten seien in Ostdeutschland durchweg höher als im Westen, sagte RKI-Epidemiologin Frauke Dammann.",
        True,
        [],
        "Frauke Dammann",
    ),
    ("de", "Dammann zeigte sich „vorsichtig optimistisch“.", False, [], None),
    # --- Kindergarten vaccine exemptions (AP), May ---
    (
        "en",
        "ATLANTA (AP) — A record 4.1% of U.S. kindergartners were exempted from at least one school vaccine requirement last school year, the CDC said Thursday.",
        True,
        [("percent", 4.1, "%", None), ("count", 1, None, "at_least")],
        "the CDC",
    ),
    (
        "en",
        "That works out to about 156,000 children who may not be protected against measles, polio and other diseases.",
        True,
        [("count", 156000, None, "about")],
        None,
    ),
    (
        "en",
        "Exemption rates topped 5% in 19 states, and in Idaho they exceeded 14%.",
        True,
        [("percent", 5, "%", None), ("count", 19, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Coverage for the MMR vaccine fell to 92.1%, down from 95.2% in the 2019-20 school year.",
        True,
        [("percent", 92.1, "%", None), ("percent", 95.2, "%", None), ("year", 2019, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Public health experts said they believed misinformation spread during the pandemic was largely to blame.",
        False,
        [],
        None,
    ),
    (
        "en",
        "CDC immunization chief Dr. Marguerite Tallis said the agency would send additional funding to the states with the lowest coverage.",
        True,
        [],
        "Marguerite Tallis",
    ),
    ("en", "Whether the trend can be reversed before the next school year begins is unclear.", False, [], None),
    # --- Zecken und FSME (Keystone-SDA), Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz sind seit Jahresbeginn bereits 141 Fälle von Frühsommer-Meningoenzephalitis (FSME) gemeldet worden, deutlich mehr als im Vorjahreszeitraum mit 96 Fällen.",
        True,
        [("count", 141, None, None), ("count", 96, None, None)],
        None,
    ),
    ("de", "Das zeigen die neusten Zahlen des Bundesamts für Gesundheit (BAG).", True, [], None),
    (
        "de",
        "Rund ein Drittel der Erkrankten musste im Spital behandelt werden, zwei Personen starben.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Die Zahl der Fälle liegt um rund 47 Prozent über dem Durchschnitt der letzten fünf Jahre», sagte BAG-Epidemiologin Seraina Lüthi-Camenzind.",
        True,
        [("percent", 47, "%", "about"), ("duration", 5, "year", None)],
        "Seraina Lüthi-Camenzind",
    ),
    (
        "de",
        "Die Impfung wird in der ganzen Schweiz mit Ausnahme der Kantone Genf und Tessin für alle Personen ab sechs Jahren empfohlen.",
        True,
        [("duration", 6, "year", "at_least")],
        None,
    ),
    (
        "de",
        "«Wer in den Wald geht, sollte lange Kleidung tragen und sich danach gründlich absuchen», riet Lüthi-Camenzind.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Durchimpfung liegt bei Erwachsenen gemäss BAG bei 46 Prozent.",
        True,
        [("percent", 46, "%", None)],
        None,
    ),
    # --- Bird flu in dairy herds (Reuters), June ---
    (
        "en",
        "CHICAGO, June 4 (Reuters) - Bird flu has now been confirmed in 1,124 dairy herds across 17 U.S. states since the outbreak in cattle began, the USDA said on Wednesday.",
        True,
        [("date", "--06-04", None, None), ("count", 1124, None, None), ("count", 17, None, None)],
        None,
    ),
    ("en", "California alone accounted for 771 of them.", True, [("count", 771, None, None)], None),
    (
        "en",
        "Seventy human cases have been reported nationwide, most of them mild, according to the CDC.",
        True,
        [("count", 70, None, None)],
        None,
    ),
    (
        "en",
        "Samples from one farm worker in Nevada showed a mutation that scientists are watching closely, CDC officials said.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Dairy farmers accused federal officials of leaving them to cope with the outbreak on their own.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The USDA has paid out about $1.7 billion to compensate poultry and dairy producers for their losses.",
        True,
        [("money", 1700000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Milk production in affected herds dropped by as much as 20% for up to six weeks, the department said.",
        True,
        [("percent", 20, "%", "up_to"), ("duration", 6, "week", "up_to")],
        None,
    ),
    ("en", "Scientists fear the virus could adapt to spread more easily between people.", False, [], None),
    # --- Notaufnahmen in NRW (dpa/lnw), Juli ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Patientinnen und Patienten in den Notaufnahmen Nordrhein-Westfalens warten immer länger auf eine Behandlung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt vergingen im ersten Halbjahr 3 Stunden und 12 Minuten von der Ankunft bis zur Entlassung oder stationären Aufnahme, ein Jahr zuvor waren es 2 Stunden und 48 Minuten.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "hour", None), ("duration", 12, "minute", None), ("duration", 2, "hour", None), ("duration", 48, "minute", None)],
        None,
    ),
    (
        "de",
        "Gut jeder siebte Patient musste länger als sechs Stunden warten.",
        True,
        [("fraction", 0.1429, None, "over"), ("duration", 6, "hour", "over")],
        None,
    ),
    (
        "de",
        "Verbandspräsident Volkmar Everding-Lutz sagte, landesweit fehlten in den Notaufnahmen rund 1.300 Pflegekräfte.",
        True,
        [("count", 1300, None, "about")],
        "Volkmar Everding-Lutz",
    ),
    ("de", "„Unsere Teams arbeiten seit Monaten am Limit“, sagte Everding-Lutz.", False, [], None),
    (
        "de",
        "Das Gesundheitsministerium in Düsseldorf verwies auf 36 neue Integrierte Notfallzentren, die bis 2028 entstehen sollen.",
        True,
        [("count", 36, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Ärztekammer Nordrhein warf der Landesregierung vor, die Probleme viel zu lange ignoriert zu haben.",
        False,
        [],
        None,
    ),
    # --- Organspende im ersten Halbjahr (dpa), Juli ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Zahl der Organspender in Deutschland ist im ersten Halbjahr auf 498 gestiegen, nach 461 im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 498, None, None), ("count", 461, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 1.573 Organe transplantiert, teilte die Deutsche Stiftung Organtransplantation (DSO) mit.",
        True,
        [("count", 1573, None, None)],
        None,
    ),
    (
        "de",
        "Auf den Wartelisten stehen derzeit rund 8.200 Menschen, die meisten von ihnen warten auf eine Niere.",
        True,
        [("count", 8200, None, "about")],
        None,
    ),
    (
        "de",
        "Auf eine Spenderniere warten Patientinnen und Patienten im Schnitt acht bis zehn Jahre.",
        True,
        [("duration", 8, "year", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "DSO-Vorstand Heribert Lamprecht-Sauer sagte, in den 1.032 Kliniken mit Entnahmemöglichkeit werde im Schnitt nur alle vier Monate ein Spender gemeldet.",
        True,
        [("count", 1032, None, None), ("duration", 4, "month", None)],
        "Heribert Lamprecht-Sauer",
    ),
    (
        "de",
        "„Wir bitten alle Bürgerinnen und Bürger, ihre Entscheidung zu dokumentieren“, appellierte Lamprecht-Sauer.",
        False,
        [],
        None,
    ),
    # --- EMA against ALS drug (Reuters), July ---
    (
        "en",
        "AMSTERDAM, July 25 (Reuters) - Europe's medicines regulator on Friday recommended against approving Oxendale Biosciences' drug for amyotrophic lateral sclerosis, saying a single trial in 318 patients had not shown that it works.",
        True,
        [("date", "--07-25", None, None), ("count", 318, None, None)],
        None,
    ),
    (
        "en",
        "In that study, the decline on a 48-point functional rating scale was 0.9 points smaller with the drug than with placebo after 24 weeks, a difference the agency said could have arisen by chance.",
        True,
        [("count", 48, None, None), ("count", 0.9, None, None), ("duration", 24, "week", None)],
        None,
    ),
    (
        "en",
        "Oxendale said it would ask the agency's human medicines committee to re-examine the opinion.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The company's shares slumped 41% in Amsterdam, their biggest one-day fall since listing in 2019.",
        True,
        [("percent", 41, "%", None), ("duration", 1, "day", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        'Patient advocates called the decision "a bitter blow for people who have no time to wait".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Brugge Capital said the rejection could make investors wary of other ALS programmes.",
        False,
        [],
        None,
    ),
    # --- Lieferengpässe bei Arzneimitteln (dpa), August ---
    (
        "de",
        "Bonn (dpa) - Für mehr als 480 Arzneimittel sind beim Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) derzeit Lieferengpässe gemeldet.",
        True,
        [("count", 480, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders knapp sind Antibiotika-Säfte für Kinder, bei 14 Wirkstoffen gibt es Engpässe.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "BfArM-Präsident Ulrich Remmerskamp sagte, knapp zwei Drittel der Engpässe beträfen Generika, deren Hersteller überwiegend in Asien produzierten.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Ulrich Remmerskamp",
    ),
    (
        "de",
        "Nach Angaben des Deutschen Apothekerverbands verbringen Apothekenteams im Schnitt fünf Stunden pro Woche damit, Ersatz zu beschaffen.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Verbandschefin Gabriele Trömel nannte die Lage „schlicht unwürdig für ein Industrieland“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundestag hatte im Frühjahr beschlossen, dass Hersteller von Kinderarzneien künftig Vorräte für sechs Monate anlegen müssen.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Ob die Vorratspflicht die Engpässe im kommenden Winter lindert, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr waren zeitweise bis zu 560 Meldungen gleichzeitig offen gewesen.",
        True,
        [("count", 560, None, "up_to")],
        None,
    ),
    # --- Dengue in Brazil (Reuters), August ---
    (
        "en",
        "SAO PAULO, Aug 19 (Reuters) - Brazil has recorded 4.1 million probable dengue cases so far this year, nearly triple the number recorded by the same point last year, the Health Ministry said on Tuesday.",
        True,
        [("date", "--08-19", None, None), ("count", 4100000, None, None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "Deaths from the disease have reached 2,934, with another 1,210 under investigation.",
        True,
        [("count", 2934, None, None), ("count", 1210, None, None)],
        None,
    ),
    (
        "en",
        "The government has started rolling out a two-dose vaccine to children aged 10 to 14 in 1,920 municipalities.",
        True,
        [("count", 2, None, None), ("duration", 10, "year", None), ("duration", 14, "year", None), ("count", 1920, None, None)],
        None,
    ),
    ("en", "Health experts said they feared the outbreak had not yet peaked.", False, [], None),
    (
        "en",
        "Health Minister Rafael Tavares-Lindo said the country had bought 9 million doses from a Japanese manufacturer.",
        True,
        [("count", 9000000, None, None)],
        "Rafael Tavares-Lindo",
    ),
    (
        "en",
        "Sao Paulo state accounts for roughly two in five of all cases.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    # --- Krankenkassenprämien (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Auf die Versicherten in der Schweiz kommt erneut ein Prämienschub zu: Im Mittel steigen die Krankenkassenprämien im nächsten Jahr um 3,9 Prozent, die mittlere Monatsprämie erreicht damit 401.70 Franken.",
        True,
        [("percent", 3.9, "%", None), ("money", 401.7, "CHF", None)],
        None,
    ),
    ("de", "Die Zahlen veröffentlichte das Bundesamt für Gesundheit am Dienstag in Bern.", True, [], None),
    (
        "de",
        "Den grössten Aufschlag verzeichnet der Kanton Neuenburg mit 6,3 Prozent, den kleinsten Basel-Stadt mit 1,2 Prozent.",
        True,
        [("percent", 6.3, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Versicherte zwischen 19 und 25 Jahren bezahlen künftig durchschnittlich 281.40 Franken.",
        True,
        [("duration", 19, "year", None), ("duration", 25, "year", None), ("money", 281.4, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Annemarie Vonlanthen sagte, die Ausgaben der Grundversicherung hätten in den ersten sechs Monaten um 4,9 Prozent zugelegt.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("percent", 4.9, "%", None)],
        "Annemarie Vonlanthen",
    ),
    (
        "de",
        "«Für viele Familien ist die Grenze des Zumutbaren längst überschritten», sagte eine Sprecherin des Gewerkschaftsbunds.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 27 Prozent der Versicherten erhalten eine Prämienverbilligung.",
        True,
        [("percent", 27, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Krankenkassenverband Santésuisse warf Spitälern und Pharmaindustrie vor, sich jedem Sparkurs zu verweigern.",
        False,
        [],
        None,
    ),
    # --- Stomach cancer antibody at ESMO (Reuters), September ---
    (
        "en",
        "BARCELONA, Sept 14 (Reuters) - Adding Halbergen's experimental antibody to chemotherapy extended the lives of patients with advanced stomach cancer by a median of 4.3 months, according to late-stage trial data presented on Sunday.",
        True,
        [("date", "--09-14", None, None), ("duration", 4.3, "month", None)],
        None,
    ),
    (
        "en",
        "Median overall survival was 17.9 months in the antibody group, compared with 13.6 months for chemotherapy alone.",
        True,
        [("duration", 17.9, "month", None), ("duration", 13.6, "month", None)],
        None,
    ),
    (
        "en",
        "That translated into a hazard ratio of 0.74 (95% CI, 0.63-0.86; p<0.001).",
        True,
        [("count", 0.74, None, None), ("percent", 95, "%", None), ("count", 0.63, None, None), ("count", 0.86, None, None), ("count", 0.001, None, "under")],
        None,
    ),
    (
        "en",
        "The trial enrolled 902 patients at 188 sites in 22 countries, all of whose tumours carried high levels of a protein called Claudin 18.2.",
        True,
        [("count", 902, None, None), ("count", 188, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Lead investigator Dr. Priya Nandakumar said about 38% of patients with stomach cancer in Western countries have such tumours.",
        True,
        [("percent", 38, "%", "about")],
        "Priya Nandakumar",
    ),
    (
        "en",
        '"This gives patients with a very hard-to-treat cancer a real new option," Nandakumar said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Serious side effects occurred in 61% of patients on the combination and 47% on chemotherapy alone, most commonly nausea and vomiting.",
        True,
        [("percent", 61, "%", None), ("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        "Halbergen said it would submit the data to regulators in the first half of next year.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Zusatzbeitrag im kommenden Jahr (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Gesetzlich Versicherte müssen sich im kommenden Jahr auf einen um 0,3 Punkte höheren durchschnittlichen Zusatzbeitrag von dann 3,6 Prozent einstellen.",
        True,
        [("percent", 0.3, "pp", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Zu diesem Ergebnis kam am Mittwoch der Schätzerkreis, in dem Ministerium, Krankenkassen und Bundesamt für Soziale Sicherung sitzen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Fachleute rechnen für das kommende Jahr mit Einnahmen des Gesundheitsfonds von 312,6 Milliarden Euro und Ausgaben der Kassen von 354,1 Milliarden Euro.",
        True,
        [("money", 312600000000, "EUR", None), ("money", 354100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit würden Beschäftigte mit einem Bruttolohn von 4.000 Euro im Monat rund 6 Euro mehr zahlen als bisher.",
        True,
        [("money", 4000, "EUR", None), ("money", 6, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Brunsendorf sagte, das Sparpaket entlaste die Kassen im kommenden Jahr um 5,8 Milliarden Euro.",
        True,
        [("money", 5800000000, "EUR", None)],
        "Brunsendorf",
    ),
    (
        "de",
        "„Die Spirale bei den Beiträgen muss endlich durchbrochen werden“, forderte Kassenchef Bernhard Quadflieg.",
        False,
        [],
        None,
    ),
    ("de", "Jede Kasse legt ihren tatsächlichen Zusatzbeitrag bis zum Jahresende selbst fest.", True, [], None),
    # --- Flu jabs in Scotland (PA), October ---
    (
        "en",
        "EDINBURGH (PA) - More than 1.1m people in Scotland have been vaccinated against flu since the winter programme began, Public Health Scotland has said.",
        True,
        [("count", 1100000, None, "over")],
        None,
    ),
    (
        "en",
        "Uptake among those aged 65 and over is 68.3 per cent, down from 71.6 per cent a year ago.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 68.3, "%", None), ("percent", 71.6, "%", None)],
        None,
    ),
    ("en", "Among NHS frontline staff it is just 29.4 per cent.", True, [("percent", 29.4, "%", None)], None),
    (
        "en",
        "Health Secretary Euan MacLachlan-Reid said 96 extra drop-in clinics would open in November to reach people who had not yet booked.",
        True,
        [("count", 96, None, None)],
        "Euan MacLachlan-Reid",
    ),
    (
        "en",
        '"The jab is the best protection we have, and I would urge everyone who is eligible to take it up," MacLachlan-Reid said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Flu admissions to Scottish hospitals rose to 412 in the week to October 26, up from 247 the week before.",
        True,
        [("count", 412, None, None), ("date", "--10-26", None, None), ("count", 247, None, None)],
        None,
    ),
    ("en", "Opposition parties accused the Scottish Government of complacency.", False, [], None),
    # --- Darmspiegelung senkt Sterberisiko (APA), November ---
    (
        "de",
        "Wien (APA) - Regelmäßige Darmspiegelungen senken einer Studie der Medizinischen Universität Wien zufolge das Risiko, an Darmkrebs zu sterben, deutlich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten Daten von 212.640 Personen im Alter von 50 bis 75 Jahren aus, die über einen Zeitraum von bis zu 17 Jahren beobachtet wurden.",
        True,
        [("count", 212640, None, None), ("duration", 50, "year", None), ("duration", 75, "year", None), ("duration", 17, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Personen, bei denen eine Koloskopie durchgeführt worden war, starben um 46 Prozent seltener an Darmkrebs (Odds Ratio 0,54; 95-Prozent-Konfidenzintervall 0,47 bis 0,62).",
        True,
        [("percent", 46, "%", None), ("count", 0.54, None, None), ("percent", 95, "%", None), ("count", 0.47, None, None), ("count", 0.62, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Benedikt Achleitner sagte, in Österreich nehme nur knapp jede fünfte Person zwischen 50 und 75 Jahren das Vorsorgeangebot wahr.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 50, "year", None), ("duration", 75, "year", None)],
        "Benedikt Achleitner",
    ),
    ("de", "Die Arbeit erschien im Fachjournal „Gastroenterology“.", True, [], None),
    ("de", "„Wir müssen die Menschen dort abholen, wo sie stehen“, sagte Achleitner.", False, [], None),
    (
        "de",
        "Ob ein Einladungssystem wie in den Niederlanden auch hierzulande die Teilnahme erhöhen würde, lässt die Studie offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei der Untersuchung handelte es sich um eine Beobachtungsstudie, die keinen ursächlichen Zusammenhang belegen kann.",
        True,
        [],
        None,
    ),
    # --- Medicare drug prices (AP), November ---
    (
        "en",
        "WASHINGTON (AP) — Medicare will pay between 38% and 79% less for 15 widely used prescription drugs starting in 2027 under prices negotiated with drugmakers, federal officials said Tuesday.",
        True,
        [("percent", 38, "%", None), ("percent", 79, "%", None), ("count", 15, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The new prices would have saved the program about $12 billion had they been in effect last year, according to an HHS estimate.",
        True,
        [("money", 12000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Among the drugs are two blockbuster diabetes and weight-loss injections, whose monthly list price of about $960 would fall to $274.",
        True,
        [("count", 2, None, None), ("money", 960, "USD", "about"), ("money", 274, "USD", None)],
        None,
    ),
    (
        "en",
        "About 5.3 million people on Medicare took one or more of the 15 drugs in 2024.",
        True,
        [("count", 5300000, None, "about"), ("count", 1, None, "at_least"), ("count", 15, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "HHS Secretary Lorraine Whitcombe-Ames said patients would pay an estimated $685 million less at the pharmacy counter in the first year.",
        True,
        [("money", 685000000, "USD", "about"), ("ordinal", 1, None, None)],
        "Lorraine Whitcombe-Ames",
    ),
    (
        "en",
        'The pharmaceutical industry\'s main lobby group called the negotiations "price controls by another name".',
        False,
        [],
        None,
    ),
    ("en", "Drugmakers have warned that the program will chill investment in new medicines.", False, [], None),
    ("en", "Several companies have sued to block the negotiations, so far without success.", True, [], None),
    # --- Wartezeiten auf Facharzttermine (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Auf einen Facharzttermin warten Kassenpatienten im Schnitt 36 Tage, privat Versicherte dagegen nur 19.",
        True,
        [("duration", 36, "day", None), ("duration", 19, "day", None)],
        None,
    ),
    (
        "de",
        "Für die Erhebung hatte die Kassenärztliche Bundesvereinigung (KBV) 6.112 Erwachsene befragen lassen.",
        True,
        [("count", 6112, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte gesetzlich Versicherte musste demnach länger als einen Monat warten.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei Augenärzten und Psychotherapeuten waren die Wartezeiten mit 58 beziehungsweise 71 Tagen am längsten.",
        True,
        [("duration", 58, "day", None), ("duration", 71, "day", None)],
        None,
    ),
    (
        "de",
        "KBV-Chef Rüdiger Hollerbach sagte, in den Praxen fehlten bundesweit rund 5.000 Hausärztinnen und Hausärzte.",
        True,
        [("count", 5000, None, "about")],
        "Rüdiger Hollerbach",
    ),
    ("de", "Hollerbach warf der Politik vor, die Praxen mit Bürokratie zu überziehen.", False, [], None),
    ("de", "Patientenschützer hielten die Zahlen für „geschönt“.", False, [], None),
    (
        "de",
        "Die Terminservicestellen vermittelten im vergangenen Jahr nach KBV-Angaben rund 1,9 Millionen Facharzttermine.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    # --- Measles in Europe (Reuters), December ---
    (
        "en",
        "COPENHAGEN, Dec 3 (Reuters) - The number of measles infections reported in the 53 countries of the WHO's European region fell by more than half last year, though it remained the second-highest in 25 years, the WHO's regional office said on Wednesday.",
        True,
        [("date", "--12-03", None, None), ("count", 53, None, None), ("fraction", 0.5, None, "over"), ("ordinal", 2, None, None), ("duration", 25, "year", None)],
        None,
    ),
    (
        "en",
        "The region recorded 127,300 cases, down from 303,700 the year before, and 38 deaths.",
        True,
        [("count", 127300, None, None), ("count", 303700, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Children under 5 made up nearly 60% of those infected.",
        True,
        [("duration", 5, "year", "under"), ("percent", 60, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Second-dose coverage of the measles vaccine in the region stood at only 91%, short of the 95% target.",
        True,
        [("ordinal", 2, None, None), ("percent", 91, "%", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "WHO immunization adviser Dr. Ilse Brandvold told reporters that catch-up campaigns had reached 2.4 million children in the region since January.",
        True,
        [("count", 2400000, None, None)],
        "Ilse Brandvold",
    ),
    ("en", '"Every child who misses a vaccine is a door left open to the virus," Brandvold said.', False, [], None),
    ("en", "It is not clear how many cases go unreported.", False, [], None),
    # --- Abnehmpille vor der Zulassung (dpa), Dezember ---
    (
        "de",
        "Amsterdam (dpa) - Grünes Licht von der Europäischen Arzneimittelagentur: Die EMA empfiehlt die Zulassung der ersten Abnehmpille aus der Klasse der GLP-1-Wirkstoffe.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Mittel des dänischen Herstellers Pellham Pharma wird einmal täglich eingenommen und soll für Erwachsene mit einem Body-Mass-Index von 30 oder mehr zugelassen werden.",
        True,
        [("count", 1, None, None), ("count", 30, None, "at_least")],
        None,
    ),
    (
        "de",
        "In der entscheidenden Studie verloren die Teilnehmenden über 72 Wochen im Schnitt 13,8 Prozent ihres Körpergewichts.",
        True,
        [("duration", 72, "week", None), ("percent", 13.8, "%", None)],
        None,
    ),
    (
        "de",
        "Über die Zulassung entscheidet die EU-Kommission, die den Empfehlungen der EMA in der Regel binnen zwei Monaten folgt.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Deutschland-Chef Tobias Hennersdorf sagte, die Pille solle hierzulande ab dem zweiten Quartal erhältlich sein.",
        True,
        [("ordinal", 2, None, None)],
        "Tobias Hennersdorf",
    ),
    (
        "de",
        "Abnehmmittel sind in Deutschland von der Erstattung durch die gesetzlichen Kassen ausgeschlossen.",
        True,
        [],
        None,
    ),
    ("de", "Diabetologen warnten davor, die Pille als bequeme Abkürzung zu sehen.", False, [], None),
    (
        "de",
        "„Das Medikament ist eine Hilfe, aber kein Wundermittel“, sagte die Präsidentin der Deutschen Diabetes Gesellschaft.",
        False,
        [],
        None,
    ),
    # --- Affordable Care Act sign-ups (AP), December ---
    (
        "en",
        "WASHINGTON (AP) — Nearly 21.4 million people have signed up for health coverage through the Affordable Care Act's marketplaces for next year, down about 9% from a year ago, federal figures released Wednesday show.",
        True,
        [("count", 21400000, None, "nearly"), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "Benchmark premiums are up an average of 18% nationwide, the biggest jump since 2018, an analysis by the health policy research group KFF found.",
        True,
        [("percent", 18, "%", None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "For a 40-year-old, the average benchmark plan now costs $612 a month before subsidies.",
        True,
        [("duration", 40, "year", None), ("money", 612, "USD", None)],
        None,
    ),
    (
        "en",
        "Enhanced tax credits, which limit what many enrollees pay to 8.5% of their household income, are set to expire on Dec. 31.",
        True,
        [("percent", 8.5, "%", None), ("date", "--12-31", None, None)],
        None,
    ),
    (
        "en",
        "Marketplace director Jolene Atwater-Price said about 3.2 million enrollees had switched to cheaper bronze plans.",
        True,
        [("count", 3200000, None, "about")],
        "Jolene Atwater-Price",
    ),
    ("en", 'Democrats called the drop "the predictable result of Republican inaction".', False, [], None),
]
