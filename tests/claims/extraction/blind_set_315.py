"""Three-hundred-and-fifteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Herbert
Schwaighofer, Waltraud Kienesberger, Achim Terhorst, Monique Rochat-Bieri, Henrike
Vosskamp, Roswitha Kettler, Sabine Hinterreiter, Anke Lührmann, Florian Stracke, Beatrice
Hürlimann, Gertraud Mayrhuber, Irmgard Pohlmann, Jörg Wennemann, Karin Wyrsch, Daniel
Albisser, Franz Leitgeb; Fergus Hallam, Raymond Okafor, Rebecca Tillotson, Craig Holloway,
Bronwyn Tuckfield, Marta Echeverría, Philippa Marlowe, Leah Castellanos; every unnamed
spokesperson, economist, campaigner, pensioner, social worker, advocate and party leader);
ministers, commissioners, agency heads, union and association chiefs of real governments
and bodies appear under made-up names that stand for no real holder
("Sozialministerin Waltraud Kienesberger (SPÖ)", "Bundesarbeitsministerin Henrike
Vosskamp", "Bundesrätin Monique Rochat-Bieri", "DRV-Präsident Achim Terhorst",
"BSV-Direktorin Karin Wyrsch", "SGB-Präsident Daniel Albisser", "Work and Pensions
Secretary Rebecca Tillotson", "Social Security Commissioner Raymond Okafor", "finance
minister Philippa Marlowe", "Inclusion Minister Marta Echeverría", "Social Services
Minister Bronwyn Tuckfield") or by their role only ("A White House spokesperson",
"Republican leaders", „Ökonomen des Instituts der deutschen Wirtschaft“). Real states,
bodies, schemes and places (Sozialministerium, Finanzministerium, Pensionistenverband,
Ausgleichszulage, Deutsche Rentenversicherung, Nachhaltigkeitsrücklage, VdK, Forsa,
Ständemehr, Standesstimmen, Bundesamt für Sozialversicherungen, Bundesrat, Vernehmlassung,
Gewerkschaftsbund, Haltelinie, Statistik Austria, Korridorpension, ÖGB, DGB,
Rentenkommission, Deutsche Presse-Agentur, Institut der deutschen Wirtschaft,
Oberaufsichtskommission Berufliche Vorsorge, BVG-Reform, Fiskalrat, Seniorenbund,
Grundrente, SoVD, CDU, AHV, IV, Kanton Jura, Kanton Genf, Ergänzungsleistungen,
Gewerbeverband, SGB, Kabinett, Rentenversicherungsbericht, Pensionsversicherungsanstalt,
Armutskonferenz, ÖVP, Caritas, Aktivrente, Bundesfinanzministerium, Die Linke, Bundestag;
the Department for Work and Pensions, the Institute for Fiscal Studies, the Treasury, the
National Pensioners Convention, the Social Security Administration, Supplemental Security
Income, Congress, the Federal Social Insurance Office, SRG, the triple lock, the Office for
Budget Responsibility, Age UK, HM Revenue and Customs, National Insurance, the White House,
AARP, the Greens, Pension Credit, Independent Age, The Senior Citizens League, Medicare,
the Council on the Ageing, Rent Assistance, CEOE, Reform UK, the House Ways and Means
Committee, the Senate, the Labor Department, the Winter Fuel Payment, Silver Voices, and
the datelines' cities) stand for the way wire copy names them; every rate, rise, amount,
count, cost, deficit, vote, poll, age step, date and quote here is invented, and where a
real figure came to mind (a real pension value, minimum or maximum pension, current
pension value, contribution rate, subsidy, beneficiary count, trust fund year, COLA, vote
result or campaign sum) it was changed (the years of laws and votes, the statutory pension
ages, contribution-year thresholds and deduction rates, the U.S. payroll tax rates and
the triple lock's 2.5% floor kept).

Its weight: PENSIONS AND SOCIAL SECURITY (the sixty-seventh batch weighed insurance,
pensions and social security, the hundred-eightieth pensions, social benefits and the
welfare state, and the two-hundred-and-forty-fifth opinion versus claim in health, pension
and social security copy; their decisions are kept, and the referendum figures follow the
hundred-seventy-second and two-hundred-and-thirty-eighth) over one year in story order
(January to December), 28 short stories with the German and English ones interleaved by
month, each told as wire copy runs it (a dateline lead, the figures, attributed claims, the
other side, quotes, reactions). Half German (APA, dpa, Keystone-SDA; Austrian "Jänner",
"heuer", "im Vorjahr", "Pensionistinnen und Pensionisten", "Ausgleichszulage", "Richtsatz",
"Korridorpension", "Versicherungsjahre", Swiss "fliessen", "Gemäss", "ausbezahlt",
"Minimalrente", "Standesstimmen", "per 1. Januar", «» quotes, German „“ quotes): Austria's
pension rise in January, Germany's pensioners and the reserve, the vote on the AHV couples'
cap, the German rise on 1 July and the Haltelinie of 48 percent, women's pension age in
Austria, the contribution rate and the federal subsidy, Swiss pension funds, Austria's
adjustment for 2027, the Grundrente, the vote on VAT for the AHV, the pension insurance
report, the Ausgleichszulage for 2027, the AHV pensions for 2027 and the German retirement
age with the Aktivrente. Half English (PA, AP, Reuters, AFP, AAP): the UK state pension age
climbing to 67 in monthly steps, the U.S. full retirement age reaching 67, the Swiss vote
and AHV finances, the triple lock rise in April, the Social Security trustees' depletion
years, Germany's pension guarantee passed, Pension Credit take-up, a COLA projection,
Australia's age pension indexation, Spain's pensions, the COLA announced, the state pension
in the UK budget, a House plan for a retirement age of 69 and the Winter Fuel Payment.
Figures as such copy has them: pension levels in percent of wages, retirement ages and
their steps ("from 66 to 67", "66 and one month", "66 and six months", "66 and eight
months", „mit 61 Jahren und sechs Monaten“, „bei 66 Jahren und sechs Monaten“, „in
Schritten von einem halben Jahr“, "by three months a year"), increases on dates,
contribution rates and payroll taxes, contribution years in compounds („nach 45
Beitragsjahren“, „mindestens 41 Versicherungsjahre“), subsidies, costs and deficits in
billions of euros, francs, pounds, dollars and Australian dollars, pensions and minimum
pensions a week, a fortnight and a month, trust fund depletion years and the 75-year
shortfall, COLAs, numbers of pensioners and ratios of contributors, referendum shares,
turnout, Standesstimmen and campaign sums, polls; number words ("one month", "six months",
"three months", "two decades", "four years", „sechs Monaten“, „einem halben Jahr“),
fractions („zwei Drittel“, „fast jede fünfte“, „gut ein Drittel“, „Gut jeder vierte“, „je
zur Hälfte“), ordinals („im zweiten Halbjahr“, „der 13. AHV-Rente“, „aus der zweiten
Säule“, "a 13th monthly pension", "the third quarter"), hedges, years, fiscal years and
dates. Negatives as such copy has them - about a fifth of the rows, the weight's own:
ministers' and unions' promises, pledges, reassurances and vows without a measure
(„versprach“, „versicherte“, "promised", "vowed", "insisted", a union's „Wir werden ...
verhindern“), fears („fürchten“, "fear"), verdicts with „halten ... für“ and labels
(„nannte“, „sprach von“, "called"), each near a check-worthy look-alike: the same
speaker's figure, date or stated plan in the next row, a union's called day of action, an
announced initiative, a poll's share, a recommendation or demand naming a measure.

244 rows (122 German, 122 English), 55 negatives (27 German, 28 English), 189 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 333 expected quantities (75
percentages - 71 in %, 4 in percentage points -, 74 amounts of money - 30 EUR, 15 GBP, 13
CHF, 10 USD, 6 AUD -, 53 counts, 48 durations - 37 in years, 9 in months, 2 in minutes -, 42
years, 18 dates, 12 fractions, 11 ordinals; none of them in a negative), 36 checked speakers
(20 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, pledge, reassurance, vow, fear or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-eightieth, two-hundred-and-fourth, two-hundred-and-forty-fifth,
  three-hundredth); a quoted or reported statement of fact, figure, step, plan, demand or
  position is check-worthy with its speaker, also in Konjunktiv I and in direct speech
  (hundred-eightieth, two-hundred-and-forty-fifth). Pairs from one speaker: Schwaighofer's
  3.4 percent beside his „Pflaster auf einer offenen Wunde“; Kienesberger's 192,000 and
  her 2 September beside her two promises; Rochat-Bieri's consultation with 2030 beside
  «sind und bleiben sicher»; Vosskamp's Rentenwert, her 7.9 billion euros and her stated
  position on the pension for the longest-insured beside „Auf die gesetzliche Rente ist
  Verlass“, her reassurance and her promise, and in English her announced second package
  beside "rely on the state"; Kettler's reported fifth beside her „Tropfen“; Lührmann's
  third beside „Rentenkürzung durch die Hintertür“; Stracke's 28 billion euros beside his
  „teuerste Wahlgeschenk“; Pohlmann's 30 euros beside the SoVD's „Mogelpackung“;
  Albisser's 27 francs beside his vow; Hallam's 68 and 78,000 beside his promise and his
  vow; Okafor's 14 minutes and his notices beside his promise and "committed to every
  beneficiary"; Tillotson's plan for the parliament and her 2.3 million beside her two
  promises; Tuckfield's A$1.1 billion beside "count on this government"; Echeverría's 13.9%
  beside her promise; Marlowe's 4.2% beside "never be asked to pay"; Castellanos's 13%
  beside her label.
- New: promises. A promise, pledge or reassurance that names no measure is a negative also
  when a minister reports it in Konjunktiv I with a verb of saying („versprach, niemand,
  der ein Leben lang gearbeitet habe, werde im Alter im Stich gelassen“, „versicherte,
  niemand müsse sich Sorgen um seine Rente machen“, „versprach, wer lange eingezahlt habe,
  werde „auch künftig früher gehen dürfen““, "promised that the government would "always
  stand by ..."", "vowed that "no pensioner ... will be left behind"", "insisted they were
  "saving Social Security, not cutting it""): the verb of promising frames a pledge about
  the future that can only be held to, not checked, as the reassurance with a figure and the
  vows of the two-hundred-and-forty-fifth; the look-alike is the same speaker's dated or
  quantified step, which is check-worthy („Kienesberger sagte, die Gespräche mit den
  Seniorenvertretern begännen am 2. September.“, "Tillotson said the triple lock would stay
  in place for the whole of this parliament.", "Okafor said notices with the new amounts
  would go out ... in early December."; two-hundred-and-forty-fifth: Coldwell's plan on
  record), and so is a plan with a date without a speaker („Die Koalition will das zweite
  Rentenpaket am 4. Dezember im Bundestag verabschieden.“).
- New: unions. A union's day of action called for a date is check-worthy („Der DGB rief für
  den 14. November zu einem bundesweiten Aktionstag gegen eine Anhebung des Rentenalters
  auf.“ --11-14, speaker None, „rief ... auf“ no verb of saying), as a strike called is
  (three-hundredth), and so is an announced initiative („Der Gewerkschaftsbund kündigte an,
  noch in diesem Jahr eine eigene Volksinitiative für höhere AHV-Renten zu lancieren.“;
  two-hundred-and-thirty-eighth: „Die Grünen kündigten an, ... das Referendum zu
  ergreifen.“), while the union's vow in quotes („„Wir werden jede Anhebung des
  Rentenalters mit aller Kraft verhindern“, kündigte der DGB an.“) and the SGB president's
  «jeden Abbau ... an der Urne bekämpfen» are negatives (two-hundred-and-fourth: vows).
- Fears, verdicts and labels, the weight's other negatives (hundred-eightieth,
  two-hundred-and-forty-fourth, two-hundred-and-forty-fifth, three-hundredth): fears without
  a figure („Viele Rentner fürchten ...“, „Viele Frauen in Teilzeit fürchten ...“,
  "Campaigners fear ...", "Younger voters fear ...", "Charities fear ..."); verdicts with
  „halten ... für“ (the VdK, the ÖGB-Frauen, Stracke, the Arbeitgeberverband, the IW
  economists, the Gewerkschaftsbund); labels („nannte“, „sprach von“, "called" - Schwaighofer,
  the Initiativkomitee, Kettler, Lührmann, Mayrhuber, the SoVD, the Gewerbeverband, the
  Armutskonferenz, Die Linke, the National Pensioners Convention, business groups, Age UK,
  AARP, the Greens, Independent Age, senior advocates, the Council on the Ageing, CEOE, The
  Senior Citizens League, Reform UK, Castellanos, Silver Voices). A poll's share is a
  measured fact and check-worthy beside them („In einer Forsa-Umfrage gaben 58 Prozent der
  unter 30-Jährigen an, ...“, "A poll for broadcaster SRG found 57% of voters under 35
  backed ..."; two-hundred-and-forty-fifth, two-hundred-and-seventy-sixth).
- Check-worthy without a figure (hundred-eightieth, two-hundred-and-thirty-eighth,
  two-hundred-and-forty-fifth): the Gewerkschaftsbund's announced initiative, the source
  lines of the Rentenkommission's figures and of the draft report („Das geht aus ...
  hervor“), the rule of the Austrian adjustment („Maßgeblich ist laut Gesetz ...“), the
  Fiskalrat's recommendation naming a measure (a demand naming a measure,
  hundred-eightieth: „Die Volkshilfe fordert, ...“), the Grundrente's automatic income
  check, the Caritas demand, Vosskamp's stated position, Tillotson's plan, the estimates'
  finding on take-up and Okafor's notices.
- Retirement ages and their steps are durations in years (every batch; sixty-seventh,
  hundred-eightieth): "from 66 to 67", "reaches 67", "turn 67", "at 62", "until 70", "to
  69", "to 67 in 2027", "a further rise to 68", "to 66" in a poll, „bis 67“, „von 60 auf 65
  Jahre“ both (the unit written once), "from age 67" with no hedge ("from" before an age,
  sixty-seventh); „mit 61 Jahren und sechs Monaten“ and „bei 66 Jahren und sechs Monaten“
  two durations, years and months (sixty-seventh). New: "until 66 and one month", "at 66
  and six months" and "at 66 and eight months" give two durations each, 66 years and 1, 6
  or 8 months - the bare figure before "and ... months" is an age as "should rise to 68"
  (hundred-eightieth), and the months are its step as in "at 62 years and nine months"
  (sixty-seventh). Steps: „in Schritten von einem halben Jahr“ 0.5 years (sixty-seventh:
  „jedes Jahr um ein halbes Jahr“), "by three months a year" 3 months ("a year" none,
  hundred-eightieth), "in monthly steps" none. Ages as bounds: "aged 65 or over" and "aged
  80 or over" "at_least", „über 60“ "over", "voters under 35" and „der unter
  30-Jährigen“ "under" (hundred-eightieth, two-hundred-and-forty-fifth); "Men aged 65" and
  "a further 18.9 years" ("a further" no hedge), „bei 62,4 Jahren, ... 60,9 Jahren“, „auf
  64,8 Jahre“. Cohorts: „im ersten Halbjahr 1966“ ordinal 1 and 1966, „Für den Jahrgang
  1962“ 1962, "born in 1960 or later" and "born in 1970 or later" the year with no hedge,
  "born after March 5, 1961" the full date (sixty-seventh), "born in September 1960" the
  year only (hundred-eightieth: „im Dezember 2026“).
- Contribution years: years inside a compound are counts („nach 45 Beitragsjahren“ twice,
  „nach 35 Versicherungsjahren“, „mindestens 41 Versicherungsjahre ..., bisher waren es 40“
  41 "at_least" and 40, „mindestens 30 Beitragsjahre“ "at_least"; hundred-eightieth), while
  „mindestens 33 Jahre an Grundrentenzeiten“ is 33 years "at_least" - "Jahre" stands as its
  own noun, as "at least 35 qualifying years" (sixty-seventh).
- Pension levels, contribution rates and shares are percentages (every batch): „bei 48
  Prozent“ and "48% of average wages", „46,3 Prozent“ and "46.3%", „18,8 Prozent ... 20,1
  Prozent“, „19,7 Prozent“, "19.7% ... from 18.8% now", "6.2% ... 12.4%" ("each" no
  hedge), "only 79% of scheduled benefits" ("only" no hedge), "3.74% of taxable payroll from
  3.89%", „117,8 Prozent“ and „auf 150 Prozent der Maximalrente“ (sixty-seventh: rates above
  100), „von 6,4 Prozent“ and „mit durchschnittlich 2,6 Prozent“ („durchschnittliche“ no
  hedge), „über dem Mindestzinssatz von 1,25 Prozent“ with no hedge („über“ before the
  article, two-hundred-and-forty-fourth), „0,3 Prozent ..., höchstens aber 14,4 Prozent“
  "at_most", „mindestens 3,8 Prozent“ "at_least", „8,6 statt 8,1 Prozent“ both with the unit
  written once (two-hundred-and-thirty-eighth: „von 8,1 auf 8,6 Prozent“), "5.6% of GDP",
  "13.9% of GDP", "about 40%", "a 13% cut"; percentage points are "pp" („um 0,5
  Prozentpunkte“, „um 1,5 Prozentpunkte“, "about 3.6 percentage points", "half a percentage
  point" 0.5; sixty-seventh, seventeenth).
- Money in the currency written, the period carrying none (sixty-seventh,
  hundred-eightieth): EUR („von 1.262,15 Euro auf 1.298,75 Euro im Monat“, „über 6.210
  Euro“ "over", „von 41,12 Euro auf 42,71 Euro“, „um 71,55 Euro auf 1.921,95 Euro“, „im
  Schnitt 89 Euro“ - „im Schnitt“ no hedge -, „weniger als 1.000 Euro“ and „weniger als 30
  Euro“ "under", „bis zu 2.250 Euro“ "up_to", „rund 1.520 Euro“, „1.339,20 Euro“), subsidies
  and costs in billions („rund 118 Milliarden Euro“, „von 121 auf 142 Milliarden Euro“ both
  - the scale word written once, hundred-sixty-third: „von 0,8 auf 2,1 Milliarden Euro“ -,
  „rund 7,9 Milliarden Euro“, „rund 28 Milliarden Euro im Jahr“, „33,6 Milliarden Euro“,
  "around 115 billion euros"), CHF („rund 3,8 Milliarden Franken“, "410 million Swiss
  francs", "about 4.6 billion francs a year", „von 1275 auf 1302 Franken im Monat, ... von
  2550 auf 2604 Franken“, „27 Franken mehr“ - "mehr" after the figure compares -, „rund
  4,2 Millionen Franken ..., ... 2,7 Millionen Franken“), GBP ("£240.85 a week", "more than
  £550 a year" "over", "an average of £4,200 a year" - "an average of" no hedge -, "up to
  £320" "up_to", "above £36,500" "over", "about 10.5 billion pounds by 2029-30"), USD
  ("$1,993 a month", "about $50 a month", "from $179,400", "above $250,000" "over"), AUD
  ("A$31.40 a fortnight" - "a fortnight" none, sixty-seventh -, "A$1,193.40", "A$1.1
  billion over four years", "up to A$218" "up_to", "A$2.80").
- Numbers of pensioners, beneficiaries and ratios are counts (hundred-eightieth,
  two-hundred-and-forty-fifth): „Rund 2,47 Millionen“, „gut 21,6 Millionen“ "over", „rund
  21 Millionen Menschen“, „118.400“, "About 69.8 million", "12.9 million", "About 71
  million", "about 7.4 million", "Up to 690,000" "up_to", "78,000 more" and "2.3 million
  more" ("more" after the figure no hedge), „Rund 4,6 Millionen ... und 1,3 Millionen“ the
  hedge on the first only, „den 1320 Vorsorgeeinrichtungen“, „187.300“, „rund 2,55
  Millionen“, "passed 10.5 million" with no hedge (a verb, as "topped" - seventy-fourth,
  ninety-ninth), "by about 9.6 million"; „Auf 100 Beitragszahler kamen damit 55
  Altersrentner, 2005 waren es noch 44“ three counts and the year (hundred-eightieth: „auf
  100 Beitragszahler 57 Altersrentner“); reserves in months of spending are counts („auf
  1,62 Monatsausgaben“, „von 0,2 Monatsausgaben“; sixty-seventh). New: "has fallen to 2.7,
  from 4.9 in 1960" (workers for each beneficiary) and "or 2.1 for every pensioner" are
  counts of the ratio's figure - the base "for each beneficiary" or "for every pensioner"
  names no figure and carries none, as "pro Kopf" and "per person"
  (two-hundred-and-seventy-sixth), and the decimal stays as written, as „auf 0,25
  Monatsausgaben“ (hundred-eightieth). Tallies: "by 362 votes to 281, with 14 abstentions"
  three counts, "60 votes" (two-hundred-and-forty-fifth).
- Referendum results (tenth, hundred-third, hundred-seventy-second,
  two-hundred-and-thirty-eighth): „mit 54,6 Prozent Nein-Stimmen“ and "with 54.6% voting
  against", „52,8 Prozent Ja-Stimmen“, the turnout („bei 46,8 Prozent“, „bei 49,3
  Prozent“), a canton's share („mit 68,1 Prozent“), Standesstimmen with their half-canton
  decimals („Nur 6,5 Standesstimmen ..., 16,5 dagegen“ - „Nur“ no hedge -, „mit 13,5 zu 9,5
  Standesstimmen“), campaign sums; „das Volks- und das Ständemehr“ none.
- Fractions (the issue; hundred-eightieth): „zwei Drittel von ihnen“ 0.6667, „mehr als ein
  Viertel“ 0.25 "over", „fast jede fünfte Rentnerin“ 0.2 "nearly", „nur gut ein Drittel“
  0.3333 "over" („nur“ no hedge), „jeder dritte Beschäftigte“ 0.3333, „rund ein Drittel
  weniger“ 0.3333 "about" („weniger“ after the share compares), „ein Viertel des Budgets“
  0.25, „Gut zwei Drittel“ 0.6667 "over", „knapp zwei Drittel davon“ 0.6667 "nearly", „gut
  jede dritte Rentnerin“ 0.3333 "over", „Gut jeder vierte Neurentner“ 0.25 "over", „je zur
  Hälfte“ 0.5 („je“ no hedge).
- Ordinals: „im ersten Halbjahr“ 1 and „im zweiten Halbjahr“ 2 (sixty-seventh), „der 13.
  AHV-Rente“ and „Die 13. AHV-Rente“ 13 and "a 13th monthly pension" 13 (hundred-eightieth,
  two-hundred-and-forty-fifth), „im ersten Jahr“ 1, „aus der zweiten Säule“ 2
  (hundred-eightieth New: „in die zweite Säule“), „das zweite Rentenpaket“ and "a second
  package" 2, "the third quarter" 3 (sixty-seventh: "the second quarter"), "for the first
  time" 1. „erstmals“ none (two-hundred-and-thirty-eighth), "the biggest single item" none.
- Durations otherwise: "The program's 75-year shortfall" 75 years (hundred-eightieth), "for
  at least 75 years" "at_least", "over the past two decades" 20 years
  (two-hundred-and-forty-fourth), "in the 12 months to June" and "in the 12 months to
  November" 12 months, "two years earlier" 2 years ("earlier" after the figure compares),
  "over four years" ("over" before a span no hedge), "backdated by up to three months" 3
  months "up_to", "to 14 minutes from 31 minutes". None: „im Vorjahr“, „im vergangenen
  Jahr“, „im kommenden Jahr“, „heuer“, „seit heuer“, „im Jahr“, „im Monat“, „pro Monat“,
  „jährlich“, „zum Jahresende“, „ein Jahr zuvor“, „im Herbst“, „im kommenden Sommer“,
  „Seit Januar“, „im selben Zeitraum“, „ein Leben lang“, „von August des Vorjahres bis
  Juli“, "a year earlier", "the year before", "a year later", "last year", "this year",
  "next year", "next week", "a week", "a month", "a year", "a fortnight", "each October",
  "in early December", "this winter", "last winter", "the early 2070s",
  months and weekdays.
- Years and dates: "by 2029-30", "in 2024-25", "the 2022-23 financial year" and "in the
  winter of 2024-25" both years (hundred-eightieth: fiscal years), "A 2021 law" and „die
  BVG-Reform 2024“ the year (hundred-eightieth: "a 2023 law"; two-hundred-and-forty-fourth
  New: a year after a name), „bis Ende 2027“, „2005 waren es“, „Bis 2033“, „nach 2030“,
  „bis 2031“, „bis 2030“, „bis 2032“, „2027 ..., 2028“, „2031“, „2028“, "in 1983", "in
  2024", "in 2029", "until 2031", "by 2031", "until 2035", "in 2034", "in 1960", "since 2023", "in
  2011", "since 2021", "in April 2016" (the year only), "in 2027", "starting in 2030", "in
  2023"; full dates „mit 1. Jänner 2027“, „ab 1. Januar 2027“ and „per 1. Januar 2027“
  2027-01-01 (sixty-seventh, two-hundred-and-thirty-eighth), "before April 6, 2016" and
  "born after March 5, 1961"; dates without a year „Mit 1. Jänner“ --01-01, „zum 1. Juli“
  --07-01, „am 2. September“, „für den 14. November“, „am 4. Dezember“, "from September 20",
  "on Dec. 31", "through Sept. 30" (sixty-seventh, hundredth); Reuters datelines with a day
  ("ZURICH, March 8", "BERLIN, May 21", "WASHINGTON, June 3", "LONDON, Nov 25", "WASHINGTON,
  Dec 8") dates without a year; APA, dpa, Keystone-SDA, PA ("LONDON (PA) -"), AP
  ("WASHINGTON (AP) —"), AFP ("MADRID (AFP) -") and AAP ("CANBERRA (AAP) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "around", "Some"
  "about"; „knapp“, „fast“ "nearly"; „gut“, „Gut“, „mehr als“, „über“ (right before the
  figure or an age), "more than", "above" "over"; „unter“ before an age, „weniger als“,
  "under" before an age "under"; „mindestens“, "at least", "or over" after an age
  "at_least"; „bis zu“, "up to", "Up to" "up_to"; „höchstens“ "at_most". No hedge: „nur“,
  „Nur“, „nur noch“, „derzeit“, „im Schnitt“, „durchschnittlich“, „durchschnittliche“,
  „plus“, „je“, „bisher“, „mehr“ and "more" after a figure, "only", "each", "a further", "an
  average of", "on average", "passed", "from" before an age, "over" before a span, „über“
  before an article, "earlier" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Deutsche
  Rentenversicherung am Dienstag mit“ and „... mit“ -> "die Deutsche Rentenversicherung"
  (the weekday dropped; hundred-eightieth, two-hundred-and-forty-fifth), „teilte
  Bundesarbeitsministerin Henrike Vosskamp am Montag mit“ -> "Henrike Vosskamp"
  (hundred-eightieth: „teilte Bundesarbeitsministerin Katrin Wallrabe am Montag mit“),
  „Laut Statistik Austria“ and „laut Statistik Austria“ -> "Statistik Austria"
  (hundred-eightieth); „DRV-Präsident Achim Terhorst sagte“, „ÖGB-Bundesfrauenvorsitzende
  Sabine Hinterreiter sagte“, „DGB-Vorstandsmitglied Anke Lührmann sagte“,
  „Arbeitgeber-Hauptgeschäftsführer Florian Stracke sagte“, „OAK-Präsidentin Beatrice
  Hürlimann sagte“, „SoVD-Chefin Irmgard Pohlmann sagte“, „BSV-Direktorin Karin Wyrsch
  sagte“ the name (hundred-eightieth: the office heading "X sagte"); „Bundesrätin Monique
  Rochat-Bieri sagte vor den Medien“ the name with the audience dropped
  (two-hundred-and-thirty-eighth); «...», sagte SGB-Präsident Daniel Albisser. -> "Daniel
  Albisser" (two-hundred-and-forty-fifth); „Schwaighofer sagte“, „Kienesberger sagte“
  (twice), „Vosskamp sagte“ (twice) and „Terhorst sagte“ opening the row (forty-second,
  two-hundred-and-forty-fifth). English: "the Department for Work and Pensions said" and
  "The Department for Work and Pensions said ..." -> "the Department for Work and Pensions",
  "the Social Security Administration said" and "the Social Security Administration
  announced Friday" -> "the Social Security Administration" (sixty-seventh: "announced";
  hundred-eightieth), "the Federal Social Insurance Office said" with its article,
  "According to the Office for Budget Responsibility" and "the Office for Budget
  Responsibility said" -> "the Office for Budget Responsibility" (hundred-eightieth);
  "Pensions Minister Fergus Hallam said", "Social Services Minister Bronwyn Tuckfield said"
  and "Inclusion Minister Marta Echeverría said" the name with the role dropped; "Hallam
  said", "Tillotson said" (twice), "Okafor said", "Marlowe said" opening the row and "Okafor
  told reporters" ("told reporters" names the speaker; two-hundred-and-fourth,
  two-hundred-and-forty-fifth). Left unchecked (None): all negatives, also those with a
  named speaker; „hieß es aus dem Sozialministerium“, „rechnete das Finanzministerium vor“,
  „verwies darauf“, „nach Berechnungen des ...“, „nach Zahlen der Deutschen
  Rentenversicherung“, „nach Daten der Pensionsversicherungsanstalt“, „wie aus dem
  Jahresbericht der ... hervorgeht“, „Das geht aus ... hervor“, „heißt es in dem Bericht“,
  „Gemäss Bundesamt für Sozialversicherungen“, „Schätzungen der Armutskonferenz zufolge“,
  „nach einer Prognose der Bundesregierung“, „beziffert“, „fordert“, „empfiehlt“,
  „kündigte an“, „rief ... auf“, „wie der Bundesrat am Mittwoch entschied“ (hundred-eightieth,
  two-hundred-and-forty-fifth); "the program's trustees said", "the trustees estimated", "The
  plan's authors said" (possessives and plural groups), "The think tank estimated", "the
  Institute for Fiscal Studies has estimated", "according to estimates", "according to an
  estimate by The Senior Citizens League", "according to the trustees' estimates",
  "according to the labour ministry", "the inclusion ministry said", "according to the
  department", "according to the department's online calculator", "according to government
  figures", "official figures show", "official data showed", "agency data showed", "Labor
  Department data show", "government estimates published on Thursday show", "the estimates
  show", "the government's own forecast shows", "The league said", "confirmed" (sixty-seventh),
  "told lawmakers" (two-hundred-and-forty-fifth) and "Leah Castellanos, a Democrat on ...,
  said" (a subject parted from its verb, hundred-sixteenth). As the three-hundredth batch
  did, and to keep the checked speakers near 35, this batch also leaves unchecked forms it
  could have checked: "HM Revenue and Customs said" and "Democratic Senator Craig Holloway
  said" (a party word before the title, a form no batch settled).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_315 = [
    # --- Pensionsanpassung mit 1. Jänner (APA), January ---
    (
        "de",
        "Wien (APA) - Mit 1. Jänner sind die Pensionen in Österreich um 2,9 Prozent gestiegen, für Bezüge über 6.210 Euro gibt es einen Fixbetrag von 180 Euro.",
        True,
        [
            ("date", "--01-01", None, None),
            ("percent", 2.9, "%", None),
            ("money", 6210, "EUR", "over"),
            ("money", 180, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Rund 2,47 Millionen Pensionistinnen und Pensionisten profitieren von der Erhöhung, hieß es aus dem Sozialministerium.",
        True,
        [("count", 2470000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Richtsatz für die Ausgleichszulage, die Mindestpension für Alleinstehende, steigt von 1.262,15 Euro auf 1.298,75 Euro im Monat.",
        True,
        [("money", 1262.15, "EUR", None), ("money", 1298.75, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für den Bund bedeutet die Erhöhung heuer Mehrausgaben von rund 2,1 Milliarden Euro, rechnete das Finanzministerium vor.",
        True,
        [("money", 2100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Pensionistenverband-Präsident Herbert Schwaighofer nannte die Anpassung „ein Pflaster auf einer offenen Wunde“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schwaighofer sagte, die für Pensionisten maßgebliche Teuerung habe im Vorjahr bei 3,4 Prozent gelegen.",
        True,
        [("percent", 3.4, "%", None)],
        "Schwaighofer",
    ),
    (
        "de",
        "Sozialministerin Waltraud Kienesberger (SPÖ) versprach, niemand, der ein Leben lang gearbeitet habe, werde im Alter im Stich gelassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kienesberger sagte, rund 192.000 Menschen bezögen derzeit eine Ausgleichszulage, zwei Drittel von ihnen seien Frauen.",
        True,
        [("count", 192000, None, "about"), ("fraction", 0.6667, None, None)],
        "Kienesberger",
    ),
    # --- State pension age starts rising to 67 (PA), January ---
    (
        "en",
        "LONDON (PA) - Britain's state pension age has started its rise from 66 to 67, with the first group affected now having to wait until 66 and one month before they can claim.",
        True,
        [
            ("duration", 66, "year", None),
            ("duration", 67, "year", None),
            ("duration", 66, "year", None),
            ("duration", 1, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The age will go up in monthly steps until it reaches 67 for everyone born after March 5, 1961, the Department for Work and Pensions said.",
        True,
        [("duration", 67, "year", None), ("date", "1961-03-05", None, None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "Someone born in September 1960 will reach state pension age at 66 and six months, according to the department's online calculator.",
        True,
        [("year", 1960, None, None), ("duration", 66, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "About 640,000 people who would have retired this year will now have to keep working or wait longer, the Institute for Fiscal Studies has estimated.",
        True,
        [("count", 640000, None, "about")],
        None,
    ),
    (
        "en",
        "The think tank estimated that the change would save the Treasury about 10.5 billion pounds by 2029-30.",
        True,
        [("money", 10500000000, "GBP", "about"), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Campaigners fear that many manual workers will be too worn out to keep going until the new age.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The National Pensioners Convention called the rise "a tax on the working class dressed up as reform."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Men aged 65 in England can expect to live a further 18.9 years on average, official figures show.",
        True,
        [("duration", 65, "year", None), ("duration", 18.9, "year", None)],
        None,
    ),
    (
        "en",
        'Pensions Minister Fergus Hallam promised that the government would "always stand by those who have done their bit."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hallam said a further rise to 68 would not be brought forward before the next review in 2029.",
        True,
        [("duration", 68, "year", None), ("year", 2029, None, None)],
        "Hallam",
    ),
    # --- Rentnerzahl und Rücklage (dpa), February ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Rentnerinnen und Rentner in Deutschland ist im vergangenen Jahr auf gut 21,6 Millionen gestiegen, teilte die Deutsche Rentenversicherung am Dienstag mit.",
        True,
        [("count", 21600000, None, "over")],
        "die Deutsche Rentenversicherung",
    ),
    (
        "de",
        "Auf 100 Beitragszahler kamen damit 55 Altersrentner, 2005 waren es noch 44.",
        True,
        [("count", 100, None, None), ("count", 55, None, None), ("year", 2005, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "de",
        "Die Nachhaltigkeitsrücklage schrumpfte zum Jahresende auf 1,62 Monatsausgaben.",
        True,
        [("count", 1.62, None, None)],
        None,
    ),
    (
        "de",
        "Aus dem Bundeshaushalt flossen im vergangenen Jahr rund 118 Milliarden Euro an die Rentenkasse, mehr als ein Viertel ihrer Einnahmen.",
        True,
        [("money", 118000000000, "EUR", "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Im Schnitt lag die Altersrente nach 35 Versicherungsjahren bei 1.641 Euro im Monat, bei Frauen bei 1.318 Euro.",
        True,
        [("count", 35, None, None), ("money", 1641, "EUR", None), ("money", 1318, "EUR", None)],
        None,
    ),
    (
        "de",
        "DRV-Präsident Achim Terhorst sagte, die Rücklage werde bis Ende 2027 voraussichtlich auf die gesetzliche Untergrenze von 0,2 Monatsausgaben sinken.",
        True,
        [("year", 2027, None, None), ("count", 0.2, None, None)],
        "Achim Terhorst",
    ),
    (
        "de",
        "Der Sozialverband VdK hält die Finanzierung versicherungsfremder Leistungen aus Beiträgen für „einen jahrzehntealten Etikettenschwindel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer Forsa-Umfrage gaben 58 Prozent der unter 30-Jährigen an, sie rechneten nicht mit einer auskömmlichen gesetzlichen Rente.",
        True,
        [("percent", 58, "%", None), ("duration", 30, "year", "under")],
        None,
    ),
    # --- Full retirement age reaches 67 (AP), February ---
    (
        "en",
        "WASHINGTON (AP) — Americans born in 1960 or later can no longer claim full Social Security retirement benefits before they turn 67, as the last step of a change Congress passed in 1983 takes effect.",
        True,
        [("year", 1960, None, None), ("duration", 67, "year", None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "Claiming at 62, the earliest age allowed, cuts a monthly benefit by 30%, while waiting until 70 raises it by 24%.",
        True,
        [
            ("duration", 62, "year", None),
            ("percent", 30, "%", None),
            ("duration", 70, "year", None),
            ("percent", 24, "%", None),
        ],
        None,
    ),
    (
        "en",
        "About 69.8 million people received Social Security or Supplemental Security Income benefits in January, the Social Security Administration said.",
        True,
        [("count", 69800000, None, "about")],
        "the Social Security Administration",
    ),
    ("en", "The average retired worker's check was $1,993 a month.", True, [("money", 1993, "USD", None)], None),
    (
        "en",
        "Agency data showed retirement applications up 17% in the fiscal year through Sept. 30.",
        True,
        [("percent", 17, "%", None), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "Claims filed online made up 61% of all retirement applications, up from 52% two years earlier.",
        True,
        [("percent", 61, "%", None), ("percent", 52, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        'Social Security Commissioner Raymond Okafor promised that "every check will go out on time, every month."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okafor told reporters the agency had cut average wait times on its national phone line to 14 minutes from 31 minutes a year earlier.",
        True,
        [("duration", 14, "minute", None), ("duration", 31, "minute", None)],
        "Okafor",
    ),
    # --- Abstimmung über die AHV-Ehepaarrenten (Keystone-SDA), March ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Stimmvolk hat am Sonntag die Volksinitiative zur Abschaffung der Plafonierung der AHV-Ehepaarrenten mit 54,6 Prozent Nein-Stimmen verworfen.",
        True,
        [("percent", 54.6, "%", None)],
        None,
    ),
    (
        "de",
        "Auch das Ständemehr verfehlte die Vorlage deutlich: Nur 6,5 Standesstimmen sprachen sich dafür aus, 16,5 dagegen.",
        True,
        [("count", 6.5, None, None), ("count", 16.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 46,8 Prozent und damit leicht über dem Durchschnitt der letzten Jahre.",
        True,
        [("percent", 46.8, "%", None)],
        None,
    ),
    (
        "de",
        "Heute wird die Summe der Einzelrenten eines Ehepaars auf 150 Prozent der Maximalrente begrenzt.",
        True,
        [("percent", 150, "%", None)],
        None,
    ),
    (
        "de",
        "Die Initiative hätte nach Berechnungen des Bundesamts für Sozialversicherungen jährliche Mehrkosten von rund 3,8 Milliarden Franken verursacht.",
        True,
        [("money", 3800000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das Initiativkomitee sprach von einem «Dämpfer, aber keinem Schlussstrich unter die Debatte».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesrätin Monique Rochat-Bieri sagte vor den Medien, die Regierung schicke im Herbst eine Vorlage zur Stabilisierung der AHV nach 2030 in die Vernehmlassung.",
        True,
        [("year", 2030, None, None)],
        "Monique Rochat-Bieri",
    ),
    ("de", "«Die AHV-Renten sind und bleiben sicher», versprach Rochat-Bieri.", False, [], None),
    (
        "de",
        "Der Gewerkschaftsbund kündigte an, noch in diesem Jahr eine eigene Volksinitiative für höhere AHV-Renten zu lancieren.",
        True,
        [],
        None,
    ),
    # --- Swiss vote and AHV finances (Reuters), March ---
    (
        "en",
        "ZURICH, March 8 (Reuters) - Swiss voters on Sunday turned down a plan to lift the cap on pensions paid to married couples, with 54.6% voting against, in a setback for the centrist party that backed it.",
        True,
        [("date", "--03-08", None, None), ("percent", 54.6, "%", None)],
        None,
    ),
    (
        "en",
        "Switzerland's state pension scheme posted a deficit of 410 million Swiss francs from its core business last year, the Federal Social Insurance Office said.",
        True,
        [("money", 410000000, "CHF", None)],
        "the Federal Social Insurance Office",
    ),
    (
        "en",
        "Paying out a 13th monthly pension, which voters approved in 2024, will cost about 4.6 billion francs a year from December.",
        True,
        [("ordinal", 13, None, None), ("year", 2024, None, None), ("money", 4600000000, "CHF", "about")],
        None,
    ),
    (
        "en",
        "The government wants to raise value-added tax by half a percentage point to pay for it, a plan that goes to a national vote in September.",
        True,
        [("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "en",
        "The scheme's compensation fund held assets of about 51 billion francs at the end of December.",
        True,
        [("money", 51000000000, "CHF", "about")],
        None,
    ),
    ("en", 'Business groups called the tax increase "a burden that small firms simply cannot carry."', False, [], None),
    (
        "en",
        "A poll for broadcaster SRG found 57% of voters under 35 backed raising the retirement age for both sexes to 66.",
        True,
        [("percent", 57, "%", None), ("duration", 35, "year", "under"), ("duration", 66, "year", None)],
        None,
    ),
    # --- Rentenerhöhung zum 1. Juli (dpa), March ---
    (
        "de",
        "Berlin (dpa) - Die Renten von rund 21 Millionen Menschen steigen zum 1. Juli um 3,87 Prozent.",
        True,
        [("count", 21000000, None, "about"), ("date", "--07-01", None, None), ("percent", 3.87, "%", None)],
        None,
    ),
    (
        "de",
        "Der aktuelle Rentenwert steigt damit von 41,12 Euro auf 42,71 Euro, teilte Bundesarbeitsministerin Henrike Vosskamp am Montag mit.",
        True,
        [("money", 41.12, "EUR", None), ("money", 42.71, "EUR", None)],
        "Henrike Vosskamp",
    ),
    (
        "de",
        "Eine Standardrente nach 45 Beitragsjahren mit Durchschnittsverdienst erhöht sich um 71,55 Euro auf 1.921,95 Euro im Monat.",
        True,
        [("count", 45, None, None), ("money", 71.55, "EUR", None), ("money", 1921.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Rentenniveau bleibt bei 48 Prozent, weil das Gesetz diese Haltelinie bis 2031 vorschreibt.",
        True,
        [("percent", 48, "%", None), ("year", 2031, None, None)],
        None,
    ),
    ("de", "„Auf die gesetzliche Rente ist Verlass, heute und in Zukunft“, sagte Vosskamp.", False, [], None),
    (
        "de",
        "Vosskamp sagte, die Erhöhung koste die Rentenversicherung im zweiten Halbjahr rund 7,9 Milliarden Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 7900000000, "EUR", "about")],
        "Vosskamp",
    ),
    (
        "de",
        "VdK-Präsidentin Roswitha Kettler sprach von einem „Tropfen, der an den Mieten verdampft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kettler verwies darauf, dass fast jede fünfte Rentnerin mit weniger als 1.000 Euro im Monat auskommen müsse.",
        True,
        [("fraction", 0.2, None, "nearly"), ("money", 1000, "EUR", "under")],
        None,
    ),
    (
        "de",
        "Viele Rentner fürchten, dass höhere Beiträge zur Kranken- und Pflegeversicherung das Plus gleich wieder aufzehren.",
        False,
        [],
        None,
    ),
    # --- State pension rise under the triple lock (PA), April ---
    (
        "en",
        "LONDON (PA) - Pensioners on the full new state pension get a 4.6% rise on Monday, taking it to £240.85 a week under the triple lock and adding more than £550 a year to their incomes.",
        True,
        [("percent", 4.6, "%", None), ("money", 240.85, "GBP", None), ("money", 550, "GBP", "over")],
        None,
    ),
    (
        "en",
        "The old basic state pension, which covers people who hit pension age before April 6, 2016, increases to £184.55 a week.",
        True,
        [("date", "2016-04-06", None, None), ("money", 184.55, "GBP", None)],
        None,
    ),
    (
        "en",
        "Under the triple lock, the state pension goes up annually in line with whichever is largest: inflation, average earnings growth or 2.5%.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        "The Department for Work and Pensions said 12.9 million people were now paid the state pension.",
        True,
        [("count", 12900000, None, None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "According to the Office for Budget Responsibility, spending on the state pension will reach 5.6% of GDP by the early 2070s.",
        True,
        [("percent", 5.6, "%", None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        'Work and Pensions Secretary Rebecca Tillotson promised pensioners that "this government will always have your back."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tillotson said the triple lock would stay in place for the whole of this parliament.",
        True,
        [],
        "Tillotson",
    ),
    (
        "en",
        'Age UK called the rise "welcome but nowhere near enough for those relying on the old basic pension."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The triple lock was introduced in 2011 and was suspended for the 2022-23 financial year.",
        True,
        [("year", 2011, None, None), ("year", 2022, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "About 1.4 million people have paid to fill gaps in their National Insurance records since 2023, HM Revenue and Customs said.",
        True,
        [("count", 1400000, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    # --- Pensionsantrittsalter der Frauen (APA), April ---
    (
        "de",
        "Wien (APA) - Frauen müssen in Österreich weiter später in Pension gehen: Wer im ersten Halbjahr 1966 geboren ist, kann dies erst mit 61 Jahren und sechs Monaten tun.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 1966, None, None),
            ("duration", 61, "year", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Bis 2033 wird das Antrittsalter der Frauen in Schritten von einem halben Jahr von 60 auf 65 Jahre an jenes der Männer angeglichen.",
        True,
        [
            ("year", 2033, None, None),
            ("duration", 0.5, "year", None),
            ("duration", 60, "year", None),
            ("duration", 65, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria traten im Vorjahr 118.400 Menschen eine Alterspension an.",
        True,
        [("count", 118400, None, None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Das tatsächliche Antrittsalter lag bei Männern bei 62,4 Jahren, bei Frauen bei 60,9 Jahren.",
        True,
        [("duration", 62.4, "year", None), ("duration", 60.9, "year", None)],
        None,
    ),
    (
        "de",
        "Für die Korridorpension sind seit heuer mindestens 41 Versicherungsjahre nötig, bisher waren es 40.",
        True,
        [("count", 41, None, "at_least"), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die ÖGB-Frauen halten die Anhebung für „einen Anschlag auf alle, die in Pflege und Handel arbeiten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Frauen in Teilzeit fürchten, dass sich die längere Erwerbszeit kaum in ihrer Pension niederschlägt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "ÖGB-Bundesfrauenvorsitzende Sabine Hinterreiter sagte, nur gut ein Drittel der Frauen gehe direkt aus einem Job in Pension.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Sabine Hinterreiter",
    ),
    # --- Social Security trustees report (Reuters), June ---
    (
        "en",
        "WASHINGTON, June 3 (Reuters) - Social Security's retirement trust fund will run out of reserves in 2034, after which incoming payroll taxes would cover only 79% of scheduled benefits, the program's trustees said on Wednesday.",
        True,
        [("date", "--06-03", None, None), ("year", 2034, None, None), ("percent", 79, "%", None)],
        None,
    ),
    (
        "en",
        "The combined retirement and disability funds would last until 2035, a year later than in last year's report.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "The program's 75-year shortfall narrowed to 3.74% of taxable payroll from 3.89%.",
        True,
        [("duration", 75, "year", None), ("percent", 3.74, "%", None), ("percent", 3.89, "%", None)],
        None,
    ),
    (
        "en",
        "Workers and employers each pay 6.2% of wages up to a cap, for a combined payroll tax of 12.4%.",
        True,
        [("percent", 6.2, "%", None), ("percent", 12.4, "%", None)],
        None,
    ),
    (
        "en",
        "The number of workers paying in for each beneficiary has fallen to 2.7, from 4.9 in 1960.",
        True,
        [("count", 2.7, None, None), ("count", 4.9, None, None), ("year", 1960, None, None)],
        None,
    ),
    (
        "en",
        "Closing the gap through taxes alone would require an immediate rise in the payroll tax of about 3.6 percentage points, the trustees estimated.",
        True,
        [("percent", 3.6, "pp", "about")],
        None,
    ),
    (
        "en",
        "The disability insurance fund, by contrast, is projected to be able to pay full benefits for at least 75 years.",
        True,
        [("duration", 75, "year", "at_least")],
        None,
    ),
    (
        "en",
        'A White House spokesperson said the president would "never allow seniors\' benefits to be touched."',
        False,
        [],
        None,
    ),
    ("en", 'AARP called the report "another alarm bell that Congress keeps hitting snooze on."', False, [], None),
    (
        "en",
        "Democratic Senator Craig Holloway said he would introduce a bill next week to apply the payroll tax to earnings above $250,000.",
        True,
        [("money", 250000, "USD", "over")],
        None,
    ),
    # --- Beitragssatz und Bundeszuschuss (dpa), May ---
    (
        "de",
        "Berlin (dpa) - Ohne Reformen müsste der Beitragssatz zur Rentenversicherung von derzeit 18,8 Prozent bis 2030 auf 20,1 Prozent steigen.",
        True,
        [("percent", 18.8, "%", None), ("year", 2030, None, None), ("percent", 20.1, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus Berechnungen der Rentenkommission hervor, die der Deutschen Presse-Agentur vorliegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bundeszuschuss würde im selben Zeitraum von 121 auf 142 Milliarden Euro im Jahr wachsen.",
        True,
        [("money", 121000000000, "EUR", None), ("money", 142000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "DGB-Vorstandsmitglied Anke Lührmann sagte, jeder dritte Beschäftigte über 60 sei gesundheitlich nicht in der Lage, bis 67 zu arbeiten.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 60, "year", "over"), ("duration", 67, "year", None)],
        "Anke Lührmann",
    ),
    ("de", "Lührmann nannte die Vorschläge der Arbeitgeber „eine Rentenkürzung durch die Hintertür“.", False, [], None),
    (
        "de",
        "„Wir werden jede Anhebung des Rentenalters mit aller Kraft verhindern“, kündigte der DGB an.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der DGB rief für den 14. November zu einem bundesweiten Aktionstag gegen eine Anhebung des Rentenalters auf.",
        True,
        [("date", "--11-14", None, None)],
        None,
    ),
    (
        "de",
        "Arbeitgeber-Hauptgeschäftsführer Florian Stracke sagte, ein Anstieg um 1,5 Prozentpunkte koste die Betriebe rund 28 Milliarden Euro im Jahr.",
        True,
        [("percent", 1.5, "pp", None), ("money", 28000000000, "EUR", "about")],
        "Florian Stracke",
    ),
    (
        "de",
        "Stracke hält das Rentenpaket der Koalition für „das teuerste Wahlgeschenk der Nachkriegszeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Instituts der deutschen Wirtschaft würde ein Beitragssatz von 20 Prozent rund 190.000 Arbeitsplätze kosten.",
        True,
        [("percent", 20, "%", None), ("count", 190000, None, "about")],
        None,
    ),
    # --- Germany's pension guarantee passed (Reuters), May ---
    (
        "en",
        "BERLIN, May 21 (Reuters) - Germany's parliament approved a law on Thursday that guarantees a pension level of 48% of average wages until 2031, at a cost of around 115 billion euros to the federal budget.",
        True,
        [
            ("date", "--05-21", None, None),
            ("percent", 48, "%", None),
            ("year", 2031, None, None),
            ("money", 115000000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "en",
        "The Bundestag passed the bill by 362 votes to 281, with 14 abstentions.",
        True,
        [("count", 362, None, None), ("count", 281, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Without the guarantee, the pension level would have fallen to 46.3% by 2031, according to the labour ministry.",
        True,
        [("percent", 46.3, "%", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Some 4.1 million people in Germany aged 65 or over are at risk of poverty, official data showed.",
        True,
        [("count", 4100000, None, "about"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        'The opposition Greens called the law "a blank cheque drawn on the accounts of the young."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Labour Minister Henrike Vosskamp said pensioners could "rely on the state, today and tomorrow."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vosskamp told lawmakers the government would present a second package on private pensions before the summer recess.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Contributions are set to rise to 19.7% of gross wages in 2028 from 18.8% now, the government's own forecast shows.",
        True,
        [("percent", 19.7, "%", None), ("year", 2028, None, None), ("percent", 18.8, "%", None)],
        None,
    ),
    # --- Pensionskassen (Keystone-SDA), June ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Pensionskassen haben im vergangenen Jahr eine durchschnittliche Rendite von 6,4 Prozent erzielt, wie aus dem Jahresbericht der Oberaufsichtskommission Berufliche Vorsorge hervorgeht.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    ("de", "Der Deckungsgrad stieg im Schnitt auf 117,8 Prozent.", True, [("percent", 117.8, "%", None)], None),
    (
        "de",
        "Die Kassen verzinsten die Altersguthaben ihrer Versicherten mit durchschnittlich 2,6 Prozent, deutlich über dem Mindestzinssatz von 1,25 Prozent.",
        True,
        [("percent", 2.6, "%", None), ("percent", 1.25, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Senkung des Umwandlungssatzes im obligatorischen Teil ist vom Tisch, seit das Stimmvolk die BVG-Reform 2024 an der Urne verworfen hat.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Rund 4,6 Millionen aktive Versicherte und 1,3 Millionen Rentnerinnen und Rentner sind den 1320 Vorsorgeeinrichtungen angeschlossen.",
        True,
        [("count", 4600000, None, "about"), ("count", 1300000, None, None), ("count", 1320, None, None)],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband hält die Lage der Pensionskassen für «so solide wie lange nicht mehr».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Frauen beziehen aus der zweiten Säule im Schnitt rund ein Drittel weniger Rente als Männer.",
        True,
        [("ordinal", 2, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "OAK-Präsidentin Beatrice Hürlimann sagte, nur noch 12 Kassen wiesen eine Unterdeckung auf, ein Jahr zuvor seien es 41 gewesen.",
        True,
        [("count", 12, None, None), ("count", 41, None, None)],
        "Beatrice Hürlimann",
    ),
    # --- Pension Credit take-up (PA), June ---
    (
        "en",
        "LONDON (PA) - Up to 690,000 pensioner households fail to claim Pension Credit that would be worth an average of £4,200 a year to them, government estimates published on Thursday show.",
        True,
        [("count", 690000, None, "up_to"), ("money", 4200, "GBP", None)],
        None,
    ),
    (
        "en",
        "In 2024-25, 65% of those eligible claimed the benefit, compared with 63% the year before.",
        True,
        [
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("percent", 65, "%", None),
            ("percent", 63, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Pension Credit tops up weekly income to £231.95 for single pensioners and £354.10 for couples.",
        True,
        [("money", 231.95, "GBP", None), ("money", 354.1, "GBP", None)],
        None,
    ),
    ("en", "New claims can be backdated by up to three months.", True, [("duration", 3, "month", "up_to")], None),
    (
        "en",
        "Pensions Minister Fergus Hallam said 78,000 more households had claimed since the government's autumn campaign.",
        True,
        [("count", 78000, None, None)],
        "Fergus Hallam",
    ),
    ("en", 'Hallam vowed that "no pensioner who is entitled to help will be left behind."', False, [], None),
    ("en", 'The charity Independent Age called the figures "a scandal hiding in plain sight."', False, [], None),
    ("en", "Take-up is lowest among couples and among homeowners, the estimates show.", True, [], None),
    # --- Pensionsanpassung 2027 (APA), August ---
    (
        "de",
        "Wien (APA) - Österreichs Pensionistinnen und Pensionisten sollen im kommenden Jahr 3,1 Prozent mehr bekommen, so hoch ist der gesetzliche Anpassungswert.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Maßgeblich ist laut Gesetz die durchschnittliche Inflation von August des Vorjahres bis Juli.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Pensionistenverband fordert für kleine und mittlere Pensionen mindestens 3,8 Prozent plus einen Sockelbetrag von 40 Euro.",
        True,
        [("percent", 3.8, "%", "at_least"), ("money", 40, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine Erhöhung um 3,1 Prozent kostet das Budget nach Berechnungen des Finanzministeriums rund 2,4 Milliarden Euro.",
        True,
        [("percent", 3.1, "%", None), ("money", 2400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Seniorenbund-Obfrau Gertraud Mayrhuber sprach von einer „Frage des Respekts vor der Lebensleistung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kienesberger versicherte, die Regierung werde „die Älteren mit der Teuerung nicht allein lassen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kienesberger sagte, die Gespräche mit den Seniorenvertretern begännen am 2. September.",
        True,
        [("date", "--09-02", None, None)],
        "Kienesberger",
    ),
    ("de", "Der Fiskalrat empfiehlt, die Pensionen nicht stärker als um die Inflationsrate anzuheben.", True, [], None),
    (
        "de",
        "Der Fiskalrat beziffert die Pensionsausgaben des Bundes heuer auf 33,6 Milliarden Euro, ein Viertel des Budgets.",
        True,
        [("money", 33600000000, "EUR", None), ("fraction", 0.25, None, None)],
        None,
    ),
    # --- COLA projection (AP), July ---
    (
        "en",
        "WASHINGTON (AP) — Social Security recipients could see a 2.4% cost-of-living adjustment next year, according to an estimate by The Senior Citizens League.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "The advocacy group bases its forecast on the consumer price index for urban wage earners, which rose 2.5% in the 12 months to June.",
        True,
        [("percent", 2.5, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "A 2.4% raise would add about $48 a month to the average retirement check.",
        True,
        [("percent", 2.4, "%", None), ("money", 48, "USD", "about")],
        None,
    ),
    (
        "en",
        "The adjustment is set each October using inflation data from the third quarter.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Last year's increase was 3.1%, and COLAs have averaged about 2.6% over the past two decades.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.6, "%", "about"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        'Senior advocates called the projected increase "a raise that Medicare will swallow whole."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The league said a 2.4% rise would be the smallest since 2021.",
        True,
        [("percent", 2.4, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Medicare's standard Part B premium is projected to rise to $210.20 a month next year from $197.80, the trustees estimated.",
        True,
        [("money", 210.2, "USD", None), ("money", 197.8, "USD", None)],
        None,
    ),
    # --- Grundrente (dpa), August ---
    (
        "de",
        "Berlin (dpa) - Rund 1,3 Millionen Rentnerinnen und Rentner erhalten nach Zahlen der Deutschen Rentenversicherung einen Grundrentenzuschlag von im Schnitt 89 Euro im Monat.",
        True,
        [("count", 1300000, None, "about"), ("money", 89, "EUR", None)],
        None,
    ),
    ("de", "Gut zwei Drittel der Berechtigten sind Frauen.", True, [("fraction", 0.6667, None, "over")], None),
    (
        "de",
        "Anspruch hat, wer mindestens 33 Jahre an Grundrentenzeiten gesammelt hat.",
        True,
        [("duration", 33, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Einen Antrag müssen die Berechtigten nicht stellen, die Einkommen werden automatisch mit den Finanzämtern abgeglichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Zuschlag kostete im vergangenen Jahr 1,6 Milliarden Euro.",
        True,
        [("money", 1600000000, "EUR", None)],
        None,
    ),
    ("de", "Der Sozialverband SoVD nannte die Grundrente „eine Mogelpackung mit großem Namen“.", False, [], None),
    (
        "de",
        "SoVD-Chefin Irmgard Pohlmann sagte, viele Betroffene bekämen weniger als 30 Euro Zuschlag im Monat.",
        True,
        [("money", 30, "EUR", "under")],
        "Irmgard Pohlmann",
    ),
    (
        "de",
        "CDU-Sozialpolitiker Jörg Wennemann versprach, die Union werde Altersarmut „entschlossen und mit langem Atem“ bekämpfen.",
        False,
        [],
        None,
    ),
    # --- Age pension indexation (AAP), September ---
    (
        "en",
        "CANBERRA (AAP) - Age pension payments will rise by A$31.40 a fortnight for singles from September 20 under the regular indexation.",
        True,
        [("money", 31.4, "AUD", None), ("date", "--09-20", None, None)],
        None,
    ),
    (
        "en",
        "The maximum single rate will reach A$1,193.40 a fortnight including supplements, and the couple rate A$1,799.20 combined.",
        True,
        [("money", 1193.4, "AUD", None), ("money", 1799.2, "AUD", None)],
        None,
    ),
    (
        "en",
        "About 2.6 million Australians receive the age pension, which is paid from age 67.",
        True,
        [("count", 2600000, None, "about"), ("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        "Social Services Minister Bronwyn Tuckfield said the increase would cost the budget A$1.1 billion over four years.",
        True,
        [("money", 1100000000, "AUD", None), ("duration", 4, "year", None)],
        "Bronwyn Tuckfield",
    ),
    (
        "en",
        "Single pensioners can earn up to A$218 a fortnight before their payment is reduced.",
        True,
        [("money", 218, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        'The Council on the Ageing called the rise "crumbs for people choosing between heating and eating."',
        False,
        [],
        None,
    ),
    ("en", 'Tuckfield said older Australians could "count on this government to have their backs."', False, [], None),
    (
        "en",
        "Rent Assistance for pensioners who rent privately will go up by A$2.80 a fortnight.",
        True,
        [("money", 2.8, "AUD", None)],
        None,
    ),
    # --- Abstimmung über die AHV-Mehrwertsteuer (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Eine Erhöhung der Mehrwertsteuer um 0,5 Prozentpunkte zugunsten der AHV hat am Sonntag an der Urne das Volks- und das Ständemehr erreicht.",
        True,
        [("percent", 0.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Vorlage erzielte 52,8 Prozent Ja-Stimmen, die Stimmbeteiligung lag bei 49,3 Prozent.",
        True,
        [("percent", 52.8, "%", None), ("percent", 49.3, "%", None)],
        None,
    ),
    (
        "de",
        "Das Ständemehr kam mit 13,5 zu 9,5 Standesstimmen zustande.",
        True,
        [("count", 13.5, None, None), ("count", 9.5, None, None)],
        None,
    ),
    ("de", "Am deutlichsten sagte der Kanton Jura Ja, mit 68,1 Prozent.", True, [("percent", 68.1, "%", None)], None),
    (
        "de",
        "Ab 1. Januar 2027 beträgt der Normalsatz damit 8,6 statt 8,1 Prozent, der reduzierte Satz steigt auf 2,9 Prozent.",
        True,
        [
            ("date", "2027-01-01", None, None),
            ("percent", 8.6, "%", None),
            ("percent", 8.1, "%", None),
            ("percent", 2.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Mehreinnahmen von jährlich rund 2,3 Milliarden Franken fliessen vollständig in den AHV-Ausgleichsfonds.",
        True,
        [("money", 2300000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "BSV-Direktorin Karin Wyrsch sagte, damit sei die Finanzierung der 13. AHV-Rente bis 2032 gesichert.",
        True,
        [("ordinal", 13, None, None), ("year", 2032, None, None)],
        "Karin Wyrsch",
    ),
    ("de", "Der Gewerbeverband sprach von einem «schwarzen Sonntag für das Gewerbe».", False, [], None),
    (
        "de",
        "SGB-Präsident Daniel Albisser versprach, die Gewerkschaften würden «jeden Abbau bei den Renten an der Urne bekämpfen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gegner hatten im Abstimmungskampf rund 4,2 Millionen Franken ausgegeben, die Befürworter 2,7 Millionen Franken.",
        True,
        [("money", 4200000, "CHF", "about"), ("money", 2700000, "CHF", None)],
        None,
    ),
    # --- Spanish pensions (AFP), September ---
    (
        "en",
        "MADRID (AFP) - The number of pensions paid by Spain's social security system passed 10.5 million for the first time in August, the inclusion ministry said.",
        True,
        [("count", 10500000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", "The average retirement pension stood at 1,487 euros a month.", True, [("money", 1487, "EUR", None)], None),
    (
        "en",
        "Pensions rose 2.6% in January in line with inflation, while minimum and non-contributory pensions went up 5.8%.",
        True,
        [("percent", 2.6, "%", None), ("percent", 5.8, "%", None)],
        None,
    ),
    (
        "en",
        "This year the ordinary retirement age stands at 66 and eight months, on its way to 67 in 2027.",
        True,
        [
            ("duration", 66, "year", None),
            ("duration", 8, "month", None),
            ("duration", 67, "year", None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Inclusion Minister Marta Echeverría said pension spending would reach 13.9% of GDP next year.",
        True,
        [("percent", 13.9, "%", None)],
        "Marta Echeverría",
    ),
    (
        "en",
        "Spain has about 21.5 million workers registered with social security, or 2.1 for every pensioner.",
        True,
        [("count", 21500000, None, "about"), ("count", 2.1, None, None)],
        None,
    ),
    ("en", 'Employers\' group CEOE called the rising bill "a time bomb under the public finances."', False, [], None),
    (
        "en",
        'Echeverría promised that "pensioners will never again lose purchasing power in this country."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A 2021 law ties the annual increase to average inflation in the 12 months to November.",
        True,
        [("year", 2021, None, None), ("duration", 12, "month", None)],
        None,
    ),
    # --- Rentenversicherungsbericht (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Die Renten sollen im kommenden Sommer nach einer Prognose der Bundesregierung um rund 3,4 Prozent steigen.",
        True,
        [("percent", 3.4, "%", "about")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Entwurf des Rentenversicherungsberichts hervor, den das Kabinett am Mittwoch beschließen will.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Beitragssatz soll 2027 bei 18,8 Prozent bleiben, 2028 aber auf 19,7 Prozent steigen.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 18.8, "%", None),
            ("year", 2028, None, None),
            ("percent", 19.7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschäftigten, die Beiträge an die Rentenkasse abführen, wird in dem Bericht mit gut 35,1 Millionen angegeben.",
        True,
        [("count", 35100000, None, "over")],
        None,
    ),
    (
        "de",
        "Ohne die Haltelinie läge das Rentenniveau 2031 nur noch bei 46,3 Prozent, heißt es in dem Bericht.",
        True,
        [("year", 2031, None, None), ("percent", 46.3, "%", None)],
        None,
    ),
    (
        "de",
        "Terhorst sagte, die Rentenversicherung brauche 2028 erstmals ein Darlehen des Bundes, sollte der Beitragssatz nicht steigen.",
        True,
        [("year", 2028, None, None)],
        "Terhorst",
    ),
    (
        "de",
        "Ökonomen des Instituts der deutschen Wirtschaft halten die Annahmen des Berichts für „viel zu optimistisch“.",
        False,
        [],
        None,
    ),
    ("de", "Vosskamp versicherte, niemand müsse sich Sorgen um seine Rente machen.", False, [], None),
    (
        "de",
        "Die Koalition will das zweite Rentenpaket am 4. Dezember im Bundestag verabschieden.",
        True,
        [("ordinal", 2, None, None), ("date", "--12-04", None, None)],
        None,
    ),
    # --- COLA announced (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — Social Security benefits will rise 2.5% next year, a smaller increase than this year's, the Social Security Administration announced Friday.",
        True,
        [("percent", 2.5, "%", None)],
        "the Social Security Administration",
    ),
    (
        "en",
        "The cost-of-living adjustment will add about $50 a month to the average retirement benefit, bringing it to about $2,043, starting in January.",
        True,
        [("money", 50, "USD", "about"), ("money", 2043, "USD", "about")],
        None,
    ),
    (
        "en",
        "About 71 million Americans, including retirees, disabled workers and children, will see the increase.",
        True,
        [("count", 71000000, None, "about")],
        None,
    ),
    (
        "en",
        "Payments to about 7.4 million people on Supplemental Security Income will rise on Dec. 31.",
        True,
        [("count", 7400000, None, "about"), ("date", "--12-31", None, None)],
        None,
    ),
    (
        "en",
        "The cap on earnings taxed for Social Security will rise to $187,200 from $179,400.",
        True,
        [("money", 187200, "USD", None), ("money", 179400, "USD", None)],
        None,
    ),
    (
        "en",
        'The Senior Citizens League called the increase "a step backward for seniors already falling behind."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Commissioner Raymond Okafor said the agency was "committed to every beneficiary, every single day."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okafor said notices with the new amounts would go out by mail and online in early December.",
        True,
        [],
        "Okafor",
    ),
    (
        "en",
        "Higher Medicare Part B premiums will absorb about $12 of the average monthly increase, according to the trustees' estimates.",
        True,
        [("money", 12, "USD", "about")],
        None,
    ),
    # --- Ausgleichszulage 2027 (APA), November ---
    (
        "de",
        "Wien (APA) - Der Richtsatz der Ausgleichszulage steigt mit 1. Jänner 2027 auf 1.339,20 Euro im Monat, für Ehepaare auf 2.112,40 Euro.",
        True,
        [("date", "2027-01-01", None, None), ("money", 1339.2, "EUR", None), ("money", 2112.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wer mindestens 30 Beitragsjahre aus Erwerbstätigkeit aufweist, erhält einen Bonus, der die Mindestleistung auf rund 1.520 Euro anhebt.",
        True,
        [("count", 30, None, "at_least"), ("money", 1520, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Oktober bezogen nach Daten der Pensionsversicherungsanstalt 187.300 Menschen eine Ausgleichszulage, knapp zwei Drittel davon Frauen.",
        True,
        [("count", 187300, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    ("de", "Die Armutskonferenz nannte den Richtsatz „eine Armutsgrenze mit Behördenstempel“.", False, [], None),
    (
        "de",
        "Die Armutsgefährdungsschwelle für Alleinlebende liegt laut Statistik Austria bei 1.661 Euro im Monat.",
        True,
        [("money", 1661, "EUR", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "ÖVP-Seniorensprecher Franz Leitgeb versprach, „keine Mindestpensionistin wird im Winter frieren müssen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schätzungen der Armutskonferenz zufolge nehmen rund 30 Prozent der Anspruchsberechtigten die Leistung nicht in Anspruch.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    ("de", "Die Caritas fordert, die Ausgleichszulage an die Armutsgefährdungsschwelle zu koppeln.", True, [], None),
    # --- State pension in the budget (Reuters), November ---
    (
        "en",
        "LONDON, Nov 25 (Reuters) - Britain's state pension will rise by 4.2% next April, finance minister Philippa Marlowe confirmed in her budget on Wednesday, after average earnings growth outpaced inflation.",
        True,
        [("date", "--11-25", None, None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "The increase will lift the full new state pension to £250.95 a week, or about £13,050 a year.",
        True,
        [("money", 250.95, "GBP", None), ("money", 13050, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Raising the pension in line with the triple lock rather than with prices alone will cost about 1.9 billion pounds next year, the Office for Budget Responsibility said.",
        True,
        [("money", 1900000000, "GBP", "about")],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "The state pension now costs about 152 billion pounds a year, the biggest single item of welfare spending, official figures show.",
        True,
        [("money", 152000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Marlowe said the Pension Credit threshold would also go up by 4.2%, in line with the state pension.",
        True,
        [("percent", 4.2, "%", None)],
        "Marlowe",
    ),
    (
        "en",
        "The full new state pension has risen by about 61% since it was introduced in April 2016.",
        True,
        [("percent", 61, "%", "about"), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        'Marlowe told parliament that pensioners would "never be asked to pay for the mistakes of others."',
        False,
        [],
        None,
    ),
    ("en", 'Reform UK called the budget "a raid on the savings of hard-working families."', False, [], None),
    ("en", "Younger voters fear the triple lock will force ever higher taxes on working people.", False, [], None),
    # --- AHV-Renten 2027 (Keystone-SDA), December ---
    (
        "de",
        "Bern (Keystone-SDA) - Die AHV- und IV-Renten steigen per 1. Januar 2027 um 2,1 Prozent, wie der Bundesrat am Mittwoch entschied.",
        True,
        [("date", "2027-01-01", None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Minimalrente steigt damit von 1275 auf 1302 Franken im Monat, die Maximalrente von 2550 auf 2604 Franken.",
        True,
        [
            ("money", 1275, "CHF", None),
            ("money", 1302, "CHF", None),
            ("money", 2550, "CHF", None),
            ("money", 2604, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Die 13. AHV-Rente wurde im Dezember erstmals ausbezahlt, an rund 2,55 Millionen Rentnerinnen und Rentner.",
        True,
        [("ordinal", 13, None, None), ("count", 2550000, None, "about")],
        None,
    ),
    (
        "de",
        "Gemäss Bundesamt für Sozialversicherungen kostet sie im ersten Jahr rund 4,6 Milliarden Franken.",
        True,
        [("ordinal", 1, None, None), ("money", 4600000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Bund trägt 20,4 Prozent der AHV-Ausgaben, der Rest stammt aus Lohnbeiträgen, der Mehrwertsteuer und Kapitalerträgen.",
        True,
        [("percent", 20.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Lohnbeitrag für die AHV beträgt unverändert 8,9 Prozent, je zur Hälfte von Arbeitnehmenden und Arbeitgebern bezahlt.",
        True,
        [("percent", 8.9, "%", None), ("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Der Gewerkschaftsbund hält die Anpassung für «kleinlich und sozialpolitisch blind».", False, [], None),
    (
        "de",
        "«Für eine alleinstehende Person mit Minimalrente sind das 27 Franken mehr im Monat», sagte SGB-Präsident Daniel Albisser.",
        True,
        [("money", 27, "CHF", None)],
        "Daniel Albisser",
    ),
    (
        "de",
        "Im Kanton Genf bezieht gut jede dritte Rentnerin zusätzlich Ergänzungsleistungen.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    # --- Retirement age proposal in the House (Reuters), December ---
    (
        "en",
        "WASHINGTON, Dec 8 (Reuters) - A group of House Republicans proposed raising Social Security's full retirement age to 69 for Americans born in 1970 or later, in a plan released on Tuesday.",
        True,
        [("date", "--12-08", None, None), ("duration", 69, "year", None), ("year", 1970, None, None)],
        None,
    ),
    (
        "en",
        "The age would go up by three months a year starting in 2030.",
        True,
        [("duration", 3, "month", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The plan's authors said it would close about 40% of the program's long-term funding gap.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Leah Castellanos, a Democrat on the House Ways and Means Committee, said the change amounted to a 13% cut in lifetime benefits for affected workers.",
        True,
        [("percent", 13, "%", None)],
        None,
    ),
    ("en", 'Castellanos called the plan "a pay cut for every bricklayer and nurse in America."', False, [], None),
    ("en", 'Republican leaders insisted they were "saving Social Security, not cutting it."', False, [], None),
    (
        "en",
        "Under Senate rules, the bill would need 60 votes to overcome a filibuster.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "A similar plan was shelved in 2023 after it failed to win the backing of the party's leadership.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "About 22% of Americans aged 65 or over are still working or looking for work, Labor Department data show.",
        True,
        [("percent", 22, "%", "about"), ("duration", 65, "year", "at_least")],
        None,
    ),
    # --- Renteneintrittsalter und Aktivrente (dpa), December ---
    (
        "de",
        "Berlin (dpa) - Das durchschnittliche Renteneintrittsalter in Deutschland ist im vergangenen Jahr auf 64,8 Jahre gestiegen, teilte die Deutsche Rentenversicherung mit.",
        True,
        [("duration", 64.8, "year", None)],
        "die Deutsche Rentenversicherung",
    ),
    (
        "de",
        "Gut jeder vierte Neurentner ging nach 45 Beitragsjahren ohne Abschläge vorzeitig in Rente.",
        True,
        [("fraction", 0.25, None, "over"), ("count", 45, None, None)],
        None,
    ),
    (
        "de",
        "Für den Jahrgang 1962 liegt die Regelaltersgrenze bei 66 Jahren und sechs Monaten.",
        True,
        [("year", 1962, None, None), ("duration", 66, "year", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Wer vorzeitig in Rente geht, verliert pro Monat 0,3 Prozent seiner Rente, höchstens aber 14,4 Prozent.",
        True,
        [("percent", 0.3, "%", None), ("percent", 14.4, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Seit Januar können Beschäftigte jenseits der Regelaltersgrenze mit der Aktivrente bis zu 2.250 Euro im Monat steuerfrei hinzuverdienen.",
        True,
        [("money", 2250, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Bislang nutzen nach Angaben des Bundesfinanzministeriums rund 214.000 Menschen die Regelung.",
        True,
        [("count", 214000, None, "about")],
        None,
    ),
    ("de", "Die Linke sprach von einem „Steuergeschenk für Besserverdienende im Ruhestand“.", False, [], None),
    ("de", "Vosskamp versprach, wer lange eingezahlt habe, werde „auch künftig früher gehen dürfen“.", False, [], None),
    (
        "de",
        "Vosskamp sagte, die Rente für besonders langjährig Versicherte bleibe auch nach der Reform erhalten.",
        True,
        [],
        "Vosskamp",
    ),
    # --- Winter Fuel Payment (PA), December ---
    (
        "en",
        "LONDON (PA) - About 9.1 million pensioners in England and Wales will receive a Winter Fuel Payment this winter after the government widened eligibility, according to government figures.",
        True,
        [("count", 9100000, None, "about")],
        None,
    ),
    (
        "en",
        "Households with someone aged 80 or over get up to £320, while others receive up to £210.",
        True,
        [("duration", 80, "year", "at_least"), ("money", 320, "GBP", "up_to"), ("money", 210, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Pensioners with taxable income above £36,500 will have the payment clawed back through the tax system.",
        True,
        [("money", 36500, "GBP", "over")],
        None,
    ),
    (
        "en",
        "The payments will cost about £1.6 billion this winter, according to the department.",
        True,
        [("money", 1600000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Eligibility was limited to pensioners on means-tested benefits in the winter of 2024-25, which cut the number of recipients by about 9.6 million.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("count", 9600000, None, "about")],
        None,
    ),
    ("en", 'Campaign group Silver Voices called the clawback "a means test by the back door."', False, [], None),
    ("en", 'Tillotson said the government would "always put pensioners\' warmth before politics."', False, [], None),
    (
        "en",
        "Tillotson said 2.3 million more pensioners were eligible than last winter.",
        True,
        [("count", 2300000, None, None)],
        "Tillotson",
    ),
    (
        "en",
        "Charities fear that confusion over the clawback will put some older people off heating their homes.",
        False,
        [],
        None,
    ),
]
