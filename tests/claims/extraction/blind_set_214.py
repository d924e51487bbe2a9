"""Two-hundred-and-fourteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Leopold Ansbacher, Irmgard Prantner, Dominik Gruberbauer, Svenja Ribbeck, Beat Inäbnit,
Hainbacher Energie, Friedemann Pröbstl, Herta Wondraschek, Reinhild Tessmer, Hansruedi
Bürgisser, Gunnar Lüdecke, Cornelia Brakensiek, Birte Vohwinkel; Eskil Rydqvist, Greyhaven
Commodities, Keep Warm Trust, Liesbeth Claerhout, Tamarack Gas & Electric, Rhonda Vukovich,
Citizens for Fair Rates, Caldervale Energy, Marcus Adebowale, Brackwater Securities, Callum
Druitt, Shannonside Energy, Aoife Mulcahy, Deborah Quilliam, Leticia Orozco; every unnamed
minister, spokesperson, trader, analyst, social worker and campaigner); the heads and
officers of real regulators, agencies and associations appear under made-up names that
stand for no real holder ("Behördenpräsident Leopold Ansbacher" of the Bundesnetzagentur,
"E-Control-Vorständin Irmgard Prantner", "ElCom-Präsident Beat Inäbnit",
"Kartellamtspräsidentin Reinhild Tessmer", "Ofgem retail director Deborah Quilliam"), or by
their role only ("Ofgem's chief executive", "the Energy Secretary", "der Energieminister",
"der Sozialminister", "der Preisüberwacher", "the executive director of the National Energy
Assistance Directors Association", "the economy minister"). Real bodies, markets, places and
things (Gas Infrastructure Europe, Gassco, Troll, Kollsnes, Kpler, TTF, Bundesnetzagentur,
Rehden, INES, Ofgem, Which?, Cornwall Insight, National Energy Action, E-Control,
Arbeiterkammer, European Heat Pump Association, Bundesverband Wärmepumpe, KfW, ElCom,
Stiftung für Konsumentenschutz, Warm Home Discount, Citizens Advice, Check24, Verbraucherzentrale
Nordrhein-Westfalen, EU Emissions Trading System, Statistik Austria, Wohnschirm, Volkshilfe,
Michigan Public Service Commission, Verivox, Bundeskartellamt, AGFW, Verbraucherzentrale
Bundesverband, Microgeneration Certification Scheme, Boiler Upgrade Scheme, Fachvereinigung
Wärmepumpen Schweiz, Hauseigentümerverband, Society of St Vincent de Paul, Eurostat,
Commission for Regulation of Utilities, Heizoel24, Deutscher Energieholz- und
Pellet-Verband, Energy UK, Central European Gas Hub, Haidach, Austrian Energy Agency,
Caritas, FPÖ, Energy Information Administration, Henry Hub, Low Income Home Energy
Assistance Program, BDEW, Met Office, UK Health Security Agency, Bund der Energieverbraucher,
European Commission, co2online, Deutscher Mieterbund, CRE, UFC-Que Choisir, EDF, and the
datelines' cities) stand for the way wire copy names them; every storage level, price, cap,
tariff, fee, bill, sale, grant, debt, result and quote here is invented, and where a real
figure came to mind it was changed - only the policy years the stories turn on (2022 in
Zurich's heating rule and Vienna's Wohnschirm) and the statutory twelve months for a
heating bill are kept as wire copy would state them.

Its weight: ENERGY PRICES AND HEATING, second round (the hundred-twenty-sixth batch was the
first, the fifty-seventh and hundred-sixty-seventh its neighbours, and their decisions are
kept) - the run-up to one heating season, from Monday, August 24, to Friday, October 16, of
2026, as 28 short stories in story order with the German and English desks interleaved, each
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes). Half German (dpa, dpa-AFX, APA, Keystone-SDA: German storage with the
Bundesnetzagentur, Austrian storage and prices with the E-Control, heat pump sales with the
Bundesverband Wärmepumpe, Swiss tariffs for 2027 with the ElCom, a regional supplier's gas
price cut, energy poverty and heating allowances in Austria, gas prices for new customers,
the Bundeskartellamt's district-heating cases, Swiss heat pumps and Zurich's gas price,
heating oil and pellets, Austria at the start of the heating season, the BDEW's power price
analysis, German grid fees for 2027, the Heizspiegel; Austrian "Jänner", "heuer", "um 9
Prozent weniger", Swiss "19'830", "18'000", "4500 Kilowattstunden", "1220 Franken",
"Rappen", "hiess", «» quotes, German „“ quotes), half English (Reuters, PA, AP, AFP: EU
storage in August and at its October peak, Ofgem's cap for October to December, European
heat pump sales, the Warm Home Discount and energy debt, a Norwegian outage lifting TTF and
NBP prices, a Michigan rate case, a British supplier's half-year, UK heat pump installations,
an Irish price cut, Ofgem's low standing charge proposal, U.S. winter heating bills, fuel
poverty in England, France's regulated tariff). Figures as such copy has them: storage
levels and shares in percent and percentage points, energy in terawatt hours and kilowatt
hours, gas in cubic metres and tonnes, wholesale prices per megawatt hour and per therm,
retail prices per kilowatt hour in Cent, "ct/kWh", Rappen, pence, euro cents and U.S. cents,
standing charges per day, caps and bills per year in pounds, euros, francs and dollars,
grants, levies, debts, profits and share prices, heat pump sales, fractions in words ("fast
jede zweite", "Jeder siebte", "gut zwei Drittel", "gut drei von vier", "one in eight", "six
in 10", "about a fifth"), number-word compounds ("zwölfmonatige", "dreimonatige",
"Drei-Personen-Haushalt", "70-Quadratmeter-Wohnung", "nine-day", "four-person", "five-year",
"third-largest"), "eineinhalb", ordinals, ranges, hedges, a temperature below zero, years,
"Winter 2026/27", "2020-21" and dates. About a quarter of the rows are negatives: consumer
advocates', charities' and unions' labels and rhetoric, regulators' and ministers'
reassurances without a figure, executives' and campaigners' quotes, accusations, a warning
without a measure, rhetorical questions, advice, vox pops with ages, a hope with a figure,
evasions and non-disclosures, views, doubts and open questions.

238 rows (119 German, 119 English), 56 negatives (28 German, 28 English), 182 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 338 expected quantities (100 amounts
of money - 56 EUR, 25 GBP, 10 USD, 9 CHF -, 75 percentages - 73 in %, 2 in percentage
points -, 64 counts, 25 years, 23 dates, 23 durations - 11 in months, 9 in years, 1 each in
days, weeks and hours -, 17 fractions, 11 ordinals; 13 of them in 9 negatives, as the
seventeenth batch labels a figure in a negative), 37 checked speakers (19 German, 18
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names were checked against tests/ and are
in use nowhere else.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, reassurance, appeal, feeling or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-twenty-sixth, two-hundred-fourth); a quoted or reported fact, figure, step,
  forecast or position is check-worthy with its speaker, Konjunktiv I paraphrases included
  (hundred-twenty-sixth, hundred-sixty-seventh). Pairs from one speaker: Ansbacher's 6 and
  40 Prozent beside his „äußerst unwahrscheinlich“; Prantner's 280 Euro beside her „ließ ...
  offen“; Claerhout's 60% beside "Policy stop-and-go ..."; Ribbeck's 330.000 bis 350.000
  beside „... nur noch Kurs halten“; Pröbstl's 14.000 Kunden beside „Wir sind nicht die
  Billigsten ...“; Vukovich's $640 million beside "... like an ATM"; Adebowale's 9% and his
  quoted "by 14% in two years" (check-worthy, "told reporters") beside "We are fighting for
  every customer ..."; Tessmer's 34 Millionen Euro beside „besonders schutzbedürftig“ and
  her monopoly quote; Bürgisser's cuts beside his rhetoric with "zwanzig Jahre" labelled;
  Lüdecke's doubling beside his quote; Druitt's 14 weeks beside his quote; Birte
  Vohwinkel's quoted „rund sechs Prozent“ is a fact and check-worthy.
- Reassurances without a figure are negatives whoever gives them (hundred-twenty-sixth):
  „eine Gasmangellage sei ... „äußerst unwahrscheinlich““, „so gut gerüstet wie nie“, "would
  "make a real difference"", "the worst of the energy crisis is behind us", "the regulator
  understood ... and urged customers to shop around" (an appeal too). Consumer advocates',
  charities', unions' and analysts' labels and rhetoric are negatives ("sprach von",
  "nannte", "called"; ninety-eighth, hundred-twenty-sixth): the Arbeiterkammer, the Volkshilfe,
  the Stiftung für Konsumentenschutz, the Mieterbund, Which?, the Society of St Vincent de
  Paul, UFC-Que Choisir, Brackwater Securities, Citizens Advice's and National Energy
  Action's quotes, the Bund der Energieverbraucher, the Verbraucherzentrale Bundesverband;
  an accusation without a checkable claim (the Verbraucherzentrale Nordrhein-Westfalen's
  „monatelang verschleppt“; eighty-fourth); a warning that names no measure (the
  Hauseigentümerverband; two-hundred-fourth); advice (the Verivox spokesman;
  fifty-seventh); rhetorical questions, one with its figures labelled (the Caritas question;
  Keep Warm Trust's "asked how a pensioner on £230 a week was meant to find another £41",
  230 and 41 GBP - "another" no hedge; hundred-twenty-fifth, hundred-twenty-sixth); vox pops
  with their ages labelled ("die 79-jährige Wienerin" 79 years, "Leticia Orozco, 67," with
  her 6%; hundred-fourteenth); a hope with its figures labelled ("Ministers hope to cut ...
  by a third by 2030" 0.3333 and 2030; two-hundred-fourth: „hofft“ with 2027); a verdict on
  prices with "das Niveau von 2021" labelled (hundred-twenty-sixth: «Die Lage ist deutlich
  entspannter als vor drei Jahren»); evasions and non-disclosures ("declined to comment",
  "said it had no comment", "declined to say whether the 90% target would be kept after
  2027" with 90% and 2027 labelled; twenty-first, two-hundred-fourth); views, beliefs and
  doubts ("sieht im Fachkräftemangel das größte Hindernis", "said they thought", "Critics
  say", „bezweifeln die Sozialorganisationen“; hundred-ninety-sixth); open questions and an
  unfigured forecast („Ob ...“, "How suppliers would recover ...", „Wie stark die Tarife
  2028 steigen, hängt auch vom Ausbau ... ab“ with 2028 labelled; hundred-twenty-sixth).
- Check-worthy with a figure: forecasts, plans and targets (Cornwall Insight's "about 1%
  lower", Ribbeck's range, the E-Control's 48 Terawattstunden, the EIA's 17.9 cents, the Met
  Office's minus 6 degrees, the government's 450,000 a year by 2030, co2online's 1.040 Euro,
  Brakensiek's conditional "um rund 70 Euro"; hundred-twenty-sixth, hundred-sixty-seventh);
  demands naming a measure and a figure ("Campaigners want the discount raised to £400 ...
  6.1 million households", the Preisüberwacher's 300 Millionen Franken; two-hundred-fourth).
  New: "Die FPÖ forderte, die Mehrwertsteuer auf Energie für heuer und 2027 auszusetzen." is
  check-worthy - a party's demand that names a measure and its year is a position, as a
  demand with a figure (hundred-eighty-ninth, two-hundred-fourth). Without a figure: the
  AGFW's denial (hundred-sixty-second, two-hundred-fourth), Lüdecke's "habe sich ... mehr als
  verdoppelt", the federal government's tax cut for industry, Caldervale's stated cause of
  its fall in profit (hundred-sixty-seventh) and the Commission's request to pool LNG
  purchases (a step).
- Prices per unit are money in the currency written, the unit priced carrying nothing
  (twelfth, fifty-seventh, hundred-twenty-sixth): "33.40 euros per megawatt hour", "34.10
  euros", "about 1.50 euros higher", "30.85 euros per megawatt hour", "71.40 euros a tonne",
  „36,80 Euro je Megawattstunde“, „rund 2 Euro je Megawattstunde“ "about", the slash forms
  "€38.95/MWh", "€36.70/MWh" and "6.47p/kWh" (fifty-seventh); Cent as EUR hundredths („12,4
  Cent pro Kilowattstunde netto“ 0.124 - "netto" no hedge -, „von 12,9 auf 11,6 Cent“ both -
  the unit written once, fifty-seventh: "von 55 auf 65 Euro pro Tonne" -, „zwischen 11 und
  29 Cent“ both, seventy-sixth, „knapp 0,3 Cent“ 0.003 "nearly", „mehr als 14 Cent ...
  knapp 7 Cent“, „gut 11 Cent weniger“ "over"); Rappen as CHF hundredths („27,1 Rappen ...
  28,2 Rappen“, „um 0,4 Rappen auf 12,3 Rappen“, „um 1,1 Rappen auf 13,4 Rappen“); pence as
  GBP hundredths ("26.84p", "53.21p", "34.12p a day", "no more than 10p a day" 0.1
  "at_most", "about 4.2p", "7.5 pence per share", "612 pence" 6.12 - a share price in pence,
  hundred-twenty-sixth -, "gained 9.5 pence"); U.S. cents as USD hundredths ("17.9 cents per
  kilowatt-hour" 0.179), "$3.62 per million British thermal units". New: "8,2 ct/kWh" is
  0.082 EUR - "ct" is the abbreviation of Cent, read as "19,9 Cent/kWh" (fifty-seventh).
  New: "about 38 euro cents per kilowatt hour" and "about 1.3 euro cents per kilowatt hour"
  in English copy are 0.38 and 0.013 EUR "about" - the currency is named, as German wire's
  Cent is the euro cent (twelfth, hundred-seventy-fifth), and no dollar cent. New: "94.20
  pence per therm" is 0.942 GBP - "per therm" names the unit priced and carries nothing, as
  "per million British thermal units" (fifty-seventh).
- Caps, bills, grants, levies, debts and results in the currency written (every batch):
  "£1,763 a year", "£41 a year", "about £480", "£165", "about £780 million", "roughly £13 a
  year" ("a year" none), "£4.38bn" (first: "£1.6bn"), "£400", "268 million pounds", "71
  million pounds", "£6,500 per installation", "on average £12,900" ("on average" no hedge,
  as "an average of"), "£421", "about 190 euros a year ... and 85 euros" (the hedge on the
  first only, hundred-twenty-sixth), "about 48 euros a year", "about $9.40", "$212 million
  a year", "$640 million", "an average of $742", "average bills of $1,315", "about $2,050",
  "about $1,590", "$3.85 billion", „rund 720 Euro im Jahr, beim teuersten gut 1.300 Euro“,
  „rund 280 Euro“, „höchstens 18.000 Euro je Wohneinheit“ "at_most", „rund 260 Euro“, „14,90 Euro unverändert“ ("unverändert" no hedge,
  hundred-twentieth), „145 Mio. Euro“ (hundred-ninety-ninth), „zwischen 200 und 500 Euro“
  both, „60 Millionen Euro“, „34 Millionen Euro“ ("insgesamt" no hedge), „im Bundesschnitt
  89,40 Euro“, „101,70 Euro“, „296 Euro je Tonne“, „rund 1.480 Euro“, „gut 114 Euro“
  "over", „rund 70 Euro im Jahr“, „rund 38 Euro weniger“ ("weniger" after it compares),
  „erneut mit 5,8 Milliarden Euro“ ("erneut" no hedge, as "another" and "weitere",
  hundred-seventeenth), the Heizspiegel's 1.095, 1.040, 820, 1.160 and 1.210 Euro, „rund
  1220 Franken“ (Swiss four digits without a separator), „rund 200 Franken“, „rund 300
  Millionen Franken pro Jahr“ ("pro Jahr" none).
- Storage, energy and gas (fifty-seventh, hundred-twenty-sixth): levels and shares are
  percentages ("78.6% full", „zu 74,3 Prozent gefüllt“, „bei gut 81 Prozent“ "over", „erst
  zu 38 Prozent“ - "erst" no hedge, hundred-tenth -, „mit 86,2 Prozent“, „von 92,3
  Prozent“, "peaked at 91.2% ..., below last year's high of 94.8%", "83.7% full, above the
  country's 80% requirement" - no hedge on 94.8 and 80: "below" and "above" stand before a
  possessive, not the figure, as "well above the" (hundred-thirty-fifth) -, "about 0.35
  percentage points a day" pp "about"). New: "on course to pass 90%" carries no hedge - a
  verb of reaching, no bound. Energy is a count of the figure as written („knapp 87
  Terawattstunden“, „rund 14 Terawattstunden“, „rund 95 Terawattstunden, davon ... 20“,
  „rund 48 Terawattstunden“, „3.500 Kilowattstunden“ twice, „20.000 Kilowattstunden“, "20.000
  kWh" - spaced abbreviation, fifty-seventh -, „4500 Kilowattstunden“, „18'000
  Kilowattstunden“ - Swiss apostrophe, tenth); gas volumes multiply their scale word ("up to
  38 million cubic metres a day" 38,000,000 "up_to", "44 million cubic metres a day",
  "about 135 billion cubic metres", "5.2 billion cubic metres", "a record 12.6 million
  tonnes" - "a record" no hedge, twenty-third).
- Fractions (the issue; hundred-twenty-sixth, two-hundred-tenth): "about a fifth" 0.2
  "about", „fast jede zweite“ 0.5 "nearly", „Jeder siebte“ 0.1429, „gut zwei Drittel mehr“
  0.6667 "over", „gut ein Fünftel teurer“ 0.2 "over", „gut drei von vier“ 0.75 "over"
  (hundred-sixty-seventh: "rund drei von vier"), „um rund ein Viertel“ 0.25 "about", „gut
  ein Drittel unter“ 0.3333 "over", „rund ein Viertel höher“ 0.25 "about", "Roughly one in
  eight" 0.125 "about", "about half" 0.5 "about", "Nearly one in six" 0.1667 "nearly", "by
  about a third" 0.3333 "about", "about a quarter" 0.25 "about", "almost one in five" 0.2
  "nearly", "roughly six in 10" 0.6 "about" (hundred-eleventh: "nine in 10"), "by a third"
  0.3333 (in a negative), "down a fifth" 0.2.
- Counts (every batch): "in 14 European markets", "162,000 units", "Vier-Personen-Haushalt"
  4 (twenty-ninth) and „Drei-Personen-Haushalt“ 3 by the same rule, "a four-person
  installation firm" 4 (hundred-seventeenth: "three-member panel"), „70-Quadratmeter-Wohnung“
  70 (two-hundred-first: "75-Quadratmeter-Wohnung"), „In 41 der rund 600 Netzgebiete“ both,
  "three times in 2022" 3 (the issue's "viermal"), "at least once" 1 "at_least" (the
  English of „mindestens einmal“, ninety-fifth, hundred-ninety-ninth), "at least one
  tariff" 1 "at_least", „in zwei weiteren Fällen“ 2 ("weiteren" no hedge), „gegen sechs
  Fernwärmeversorger“ 6, "for five regions" 5, "minus 6 degrees Celsius" -6 (thirty-eighth,
  hundred-twenty-sixth), „330.000 bis 350.000“ both ("bis" no hedge), "a net 85,000" ("a
  net" no hedge, as "netto", hundred-twenty-sixth), „Knapp 6,3 Millionen“ 6,300,000 "nearly",
  "Some 3.1 million" "about" (two-hundred-tenth: "Some"). New: "until at least Friday" and
  „habe sich ... mehr als verdoppelt“ carry nothing - the hedge bounds a weekday (weekdays
  none, hundred-twenty-sixth) and a verb (nineteenth: "nearly doubled" none), not a figure.
- Percentages (every batch): "as much as 11%" "up_to" (two-hundred-tenth), "up nearly 40%"
  "nearly", „Knapp 30 Prozent ..., gut 27 Prozent“, „um mehr als 10 Prozent“, „um mehr als
  120 Prozent“ "over", „bis zu 60 Prozent“ and „bis zu 15 Prozent“ "up_to", „im Mittel um 4
  Prozent“, „um durchschnittlich 7 Prozent“, „um durchschnittlich 3,5 Prozent“ and „Im
  bundesweiten Durchschnitt ... um 9 Prozent“ no hedge (New: „Im bundesweiten Durchschnitt“
  and „im Bundesschnitt“ no hedge, as "im Schnitt", "im Mittel" and "durchschnittlich"),
  "38 per cent" (PA spelling), "0.4 percentage points lower" pp, "about 9% less" "about"
  ("less" after it compares).
- Durations, ordinals, years and dates (every batch): "nine-day maintenance" 9 days,
  "the five-year average" 5 years (hundred-twenty-sixth), "its highest in seven months" 7
  months, "in the 12 months through June" 12 months, "in the six months to June", "over the
  three months to August" 3 months ("over" before "the" no hedge, forty-first), "14 weeks",
  "at least six months" "at_least", "which has three months to object", "in four years",
  "in two years", "a record 431 hours during the first nine months" 431 hours, ordinal 1 and
  9 months (hundred-first: "in the first two months"), „zwölfmonatige Preisgarantie“ 12
  months and „Die dreimonatige Antragsfrist“ 3 months (the issue's "dreitägige"), „gut
  eineinhalb Monate“ 1.5 months "over" (hundred-twenty-sixth: "eineinhalb"), „seit mehr als
  zwei Jahren“ 2 years "over", „in den vergangenen zwei Jahren“ 2 years, „seit gut drei
  Jahren“ 3 years "over", „spätestens zwölf Monate“ 12 months "at_most" (hundred-fifty-sixth:
  "nach spätestens zwei Jahren"), ages (79, 67); none for "a day", "a year", "a week", "im
  Jahr", "pro Jahr", "monatliche", "jährlichen", "ein Jahr zuvor", "ein Jahr davor", "im
  Vorjahr", "a year earlier", "a year ago", "last winter", "this winter", "heuer", "since
  January", "in the quarter". Ordinals: "in the first half" (twice) and „im ersten Halbjahr“
  (twice) 1, "first-half" 1 (hundred-twenty-sixth), "during the first nine months" 1, "a third consecutive decline" 3, "the company's
  third gas rate increase" 3, "the country's third-largest supplier" 3 (the issue's "die
  drittgrößte Stadt"), „zum zweiten Mal in diesem Jahr“ 2, "the first quarter of next year"
  1. Years: „seit dem Frühjahr 2021“, „seit 2021“, "since early 2024", "since 2022", „Seit
  dem Start 2022“, „seit September 2022“, "in 2022", „2027“, „für 2027“, „Ab 2028“, "by
  2030", "between February 2022 and February 2024" both, „für das Jahr 2025“; „Für den
  Winter 2026/27“ 2026 and 2027 and "the winter of 2020-21" 2020 and 2021 (hundred-sixth,
  hundred-ninth, two-hundred-tenth: „Saison 2023/24“, "2029-30 season"). Dates without a
  year: Reuters datelines with a day ("LONDON, Aug 24", "BRUSSELS, Sept 1", "AMSTERDAM, Sept
  9", "LONDON, Sept 17", "DUBLIN, Sept 23", "LONDON, Sept 29", "BRUSSELS, Oct 14";
  hundred-second), "the Nov. 1 deadline", "from Nov. 1", "for Nov. 1", "starting Sept. 2",
  "from October 1", "from Feb. 1", "began Oct. 1", "closes on Nov. 24", „zum 1. November“,
  „Bis zum 1. November“, „Mit 1. Jänner“, „am 31. Jänner“, „per 1. Oktober“, „am
  1. Oktober“, „Zum 1. Januar“ and „zum 1. Januar“; dpa, dpa-AFX, APA, Keystone-SDA, PA, AP
  and AFP datelines none (seventy-ninth); clock times ("by 1030 GMT", "by 0850 GMT")
  none (tenth).
- Hedges, only the names in use: "rund", "Rund", "about", "About", "roughly", "Roughly",
  "Some" "about"; "knapp", "Knapp", "fast", "nearly", "Nearly", "almost" "nearly"; "gut",
  "mehr als" "over"; "bis zu", "up to", "as much as" "up_to"; "höchstens", "no more than",
  "spätestens" "at_most"; "at least" "at_least". No hedge: "im Schnitt", "im Mittel",
  "durchschnittlich", "im Bundesschnitt", "Im bundesweiten Durchschnitt", "an average of",
  "on average", "average bills of", "netto", "erst", "noch", "noch immer", "insgesamt",
  "erneut", "unverändert", "kept ... at", "a net", "a record", "another",
  "bis" and "between ... and" in ranges, and "mehr", "weniger", "less", "lower", "higher"
  after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie die Bundesnetzagentur
  am Dienstag mitteilte", "teilte die Bundesnetzagentur am Donnerstag mit", "teilte die
  E-Control am Freitag mit", "wie die ElCom am Donnerstag mitteilte", "teilte der
  Bundesverband Wärmepumpe mit", "teilte das Unternehmen am Dienstag mit", "teilte die
  Behörde mit" and "teilte die Fachvereinigung Wärmepumpen Schweiz mit" the source with its
  article in the nominative, the weekday dropped (hundred-twenty-sixth, two-hundred-tenth;
  the two-hundred-fourth alone left "wie ... mitteilte" unchecked, and the majority is
  followed); "Laut Verivox" -> "Verivox"
  (hundred-twenty-sixth: "Laut E-Control"); "sagte X" and "X sagte, ..." with the title
  dropped ("E-Control-Vorständin Irmgard Prantner", "Verbandsgeschäftsführerin Svenja
  Ribbeck", "Vorstandschef Friedemann Pröbstl", "Verbandspräsident Hansruedi Bürgisser",
  "Heizölhändler Gunnar Lüdecke", "BDEW-Hauptgeschäftsführerin Cornelia Brakensiek",
  "co2online-Geschäftsführerin Birte Vohwinkel", "Ansbacher sagte" twice, "Tessmer sagte");
  English "Gassco said", "Ofgem said", "Citizens Advice said", "Energy UK said" as written
  (hundred-twenty-sixth); "the European Heat Pump Association said on Tuesday", "the
  Microgeneration Certification Scheme said", "the Energy Information Administration said
  on Wednesday", "The Commission for Regulation of Utilities said", "The European
  Commission said", "The Met Office said" with the article, the weekday dropped; "the
  regulator said on Tuesday" and "the supplier said on Wednesday" (a body taken up by its
  common noun, hundred-twenty-fifth, hundred-twenty-sixth); "Secretary General Liesbeth
  Claerhout said", "Chief Executive Marcus Adebowale said", "Chief Executive Aoife Mulcahy
  said", "Ofgem retail director Deborah Quilliam told reporters", "Vukovich said" and the
  quote followed by "Adebowale told reporters" the name. Left unchecked (None): all
  negatives, also those with a named speaker; "sagte er", "it said", "sagte der Minister"
  and "A CRE spokesperson said" (a pronoun and roles); "so die Kommission" ("so X" settled
  with names only, forty-eighth); "hiess es"; data and documents ("data from Gas
  Infrastructure Europe showed", "ship-tracking data from Kpler showed", "Kpler data
  showed", "Ofgem figures showed", "according to Ofgem figures", "according to EU data",
  "Eurostat data show", "government figures showed", "the figures showed", "official figures
  published on Monday showed", "grid operator data showed", „nach Daten des Speicherverbands
  INES“, „laut einer Erhebung der Statistik Austria“, „wie aus Daten des Portals Heizoel24
  hervorgeht“, „wie aus der Strompreisanalyse des Energieverbands BDEW hervorgeht“, „Nach
  einer Auswertung des Verbraucherzentrale Bundesverbands“, „Nach Berechnungen des
  Vergleichsportals Check24“, „Nach Berechnungen der Austrian Energy Agency“, „nach
  vorläufigen Berechnungen der Behörde“); a description before the name („wie das
  Vergleichsportal Verivox mitteilte“, "Norwegian system operator Gassco said", "British
  household supplier Caldervale Energy said", "France's energy regulator CRE"; fortieth);
  a subject parted from its verb ("The company, which serves ..., said", "Callum Druitt, who
  runs ..., said"; hundred-sixteenth); „nach Angaben des Deutschen Energieholz- und
  Pellet-Verbands“ (hundred-twenty-sixth: "nach Angaben des Deutschen Pelletinstituts");
  verbs of estimating and expecting ("Cornwall Insight expects", "National Energy Action
  estimates", "the group estimates", "The agency expects", „rechnet die E-Control“, „rechnen
  die Fachleute von co2online“, „Tamarack says“; hundred-tenth, hundred-twenty-sixth); "the
  government said" (fifty-seventh); plural groups ("Campaigners want", "Ukraine's storage
  operator said" as a description); rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_214 = [
    # --- EU gas storage in late summer (Reuters) ---
    (
        "en",
        "LONDON, Aug 24 (Reuters) - European gas storage sites were 78.6% full on Sunday, data from Gas Infrastructure Europe showed, putting the bloc on course to pass 90% well before the Nov. 1 deadline.",
        True,
        [
            ("date", "--08-24", None, None),
            ("percent", 78.6, "%", None),
            ("percent", 90, "%", None),
            ("date", "--11-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "Stocks have been rising by about 0.35 percentage points a day, slightly faster than the five-year average for late August.",
        True,
        [("percent", 0.35, "pp", "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Germany's sites were 74.1% full, while Italy's stood at 86% and France's at 81.4%.",
        True,
        [("percent", 74.1, "%", None), ("percent", 86, "%", None), ("percent", 81.4, "%", None)],
        None,
    ),
    (
        "en",
        "The benchmark Dutch contract for October delivery at the TTF hub was down 2.1% at 33.40 euros per megawatt hour by 1030 GMT.",
        True,
        [("percent", 2.1, "%", None), ("money", 33.4, "EUR", None)],
        None,
    ),
    (
        "en",
        "Gassco said nine-day maintenance at the Troll field starting Sept. 2 would cut Norwegian exports by up to 38 million cubic metres a day.",
        True,
        [("duration", 9, "day", None), ("date", "--09-02", None, None), ("count", 38000000, None, "up_to")],
        "Gassco",
    ),
    (
        "en",
        "Liquefied natural gas made up 41% of the European Union's gas imports in the first half, ship-tracking data from Kpler showed.",
        True,
        [("percent", 41, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Storage is the easy part; the real test is a cold, windless week in February," said Eskil Rydqvist, an analyst at Greyhaven Commodities.',
        False,
        [],
        None,
    ),
    # --- Gasspeicher in Deutschland (dpa) ---
    (
        "de",
        "Bonn (dpa) - Die deutschen Gasspeicher sind zu 74,3 Prozent gefüllt, wie die Bundesnetzagentur am Dienstag mitteilte.",
        True,
        [("percent", 74.3, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Ein Jahr zuvor hatte der Füllstand zum selben Zeitpunkt bei gut 81 Prozent gelegen.",
        True,
        [("percent", 81, "%", "over")],
        None,
    ),
    (
        "de",
        "Der größte deutsche Speicher im niedersächsischen Rehden ist nach Daten des Speicherverbands INES erst zu 38 Prozent gefüllt.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Bis zum 1. November müssen die Speicher laut Gesetz zu 80 Prozent gefüllt sein, dafür fehlen noch rund 14 Terawattstunden.",
        True,
        [("date", "--11-01", None, None), ("percent", 80, "%", None), ("count", 14, None, "about")],
        None,
    ),
    (
        "de",
        "Gas zur Lieferung im kommenden Winter kostet am Großhandelsmarkt derzeit rund 2 Euro je Megawattstunde weniger als Gas für die nächsten Wochen, was das Einspeichern für Händler unattraktiv macht.",
        True,
        [("money", 2, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Behördenpräsident Leopold Ansbacher sagte, eine Gasmangellage sei in diesem Winter „äußerst unwahrscheinlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ansbacher sagte, der Gasverbrauch von Haushalten und Gewerbe habe im Juli 6 Prozent über dem Vorjahresmonat gelegen.",
        True,
        [("percent", 6, "%", None)],
        "Ansbacher",
    ),
    ("de", "Die Grünen nannten die Lage „ein Spiel mit dem Feuer auf Kosten der Verbraucher“.", False, [], None),
    # --- Ofgem price cap for October to December (PA) ---
    (
        "en",
        "LONDON (PA) - Energy bills for about 21 million households in England, Scotland and Wales will rise by 2.4% from October 1 after Ofgem set its cap for October to December at £1,763 a year for a household on typical use.",
        True,
        [
            ("count", 21000000, None, "about"),
            ("percent", 2.4, "%", None),
            ("date", "--10-01", None, None),
            ("money", 1763, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "The increase, worth £41 a year, was driven mainly by higher wholesale gas costs and network charges, it said.",
        True,
        [("money", 41, "GBP", None)],
        None,
    ),
    (
        "en",
        "Electricity will cost 26.84p per kilowatt hour, with a daily standing charge of 53.21p, Ofgem said.",
        True,
        [("money", 0.2684, "GBP", None), ("money", 0.5321, "GBP", None)],
        "Ofgem",
    ),
    (
        "en",
        "The gas unit rate goes up to 6.47p/kWh and the standing charge to 34.12p a day.",
        True,
        [("money", 0.0647, "GBP", None), ("money", 0.3412, "GBP", None)],
        None,
    ),
    (
        "en",
        'Ofgem\'s chief executive said the regulator understood that "any rise is hard for households" and urged customers to shop around.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Consumer champion Which? said the rise was "another turn of the screw" for families still paying off last winter\'s bills.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cornwall Insight expects the January cap to come in about 1% lower.",
        True,
        [("percent", 1, "%", "about")],
        None,
    ),
    (
        "en",
        "Typical bills remain about £480 above their level in the winter of 2020-21, National Energy Action estimates.",
        True,
        [("money", 480, "GBP", "about"), ("year", 2020, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        'The charity Keep Warm Trust called the decision "a cruel autumn surprise" and asked how a pensioner on £230 a week was meant to find another £41.',
        False,
        [("money", 230, "GBP", None), ("money", 41, "GBP", None)],
        None,
    ),
    (
        "en",
        'Asked whether bills would ever return to pre-crisis levels, the Energy Secretary said only that the government was "working flat out" to bring them down.',
        False,
        [],
        None,
    ),
    # --- E-Control: Gasspeicher und Strompreise (APA) ---
    (
        "de",
        "Wien (APA) - Die österreichischen Gasspeicher sind mit 86,2 Prozent deutlich besser gefüllt als jene in Deutschland, teilte die E-Control am Freitag mit.",
        True,
        [("percent", 86.2, "%", None)],
        "die E-Control",
    ),
    (
        "de",
        "In den Speichern lagern damit knapp 87 Terawattstunden, mehr als das Land in einem Jahr verbraucht.",
        True,
        [("count", 87, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei 3.500 Kilowattstunden Jahresverbrauch zahlt ein Wiener Haushalt beim günstigsten Stromanbieter derzeit rund 720 Euro im Jahr, beim teuersten gut 1.300 Euro.",
        True,
        [("count", 3500, None, None), ("money", 720, "EUR", "about"), ("money", 1300, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Energiepreis liegt bei Neukundenangeboten im Schnitt bei 12,4 Cent pro Kilowattstunde netto.",
        True,
        [("money", 0.124, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mit 1. Jänner steigen die Netzkosten für Haushalte nach vorläufigen Berechnungen der Behörde um durchschnittlich 7 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "E-Control-Vorständin Irmgard Prantner sagte, wer seit mehr als zwei Jahren nicht gewechselt habe, zahle im Schnitt rund 280 Euro im Jahr zu viel.",
        True,
        [("duration", 2, "year", "over"), ("money", 280, "EUR", "about")],
        "Irmgard Prantner",
    ),
    ("de", "Die Arbeiterkammer sprach von einer „Preispolitik gegen die kleinen Leute“.", False, [], None),
    (
        "de",
        "„Die Energiekrise ist für viele Haushalte noch lange nicht vorbei“, sagte AK-Energieexperte Dominik Gruberbauer.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Versorger ihre Preise vor dem Winter senken, ließ Prantner offen.", False, [], None),
    # --- European heat pump sales (Reuters) ---
    (
        "en",
        "BRUSSELS, Sept 1 (Reuters) - Sales of heat pumps across 14 European markets climbed 9% to about 1.12 million units in the first half, the European Heat Pump Association said on Tuesday.",
        True,
        [
            ("date", "--09-01", None, None),
            ("count", 14, None, None),
            ("percent", 9, "%", None),
            ("count", 1120000, None, "about"),
            ("ordinal", 1, None, None),
        ],
        "the European Heat Pump Association",
    ),
    (
        "en",
        "Poland and Italy led the recovery, with sales up 31% and 24% respectively.",
        True,
        [("percent", 31, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "en",
        "In Germany, the largest market, sales climbed 18% to 162,000 units.",
        True,
        [("percent", 18, "%", None), ("count", 162000, None, None)],
        None,
    ),
    (
        "en",
        "France, by contrast, recorded a third consecutive decline, with sales down 7%.",
        True,
        [("ordinal", 3, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "Secretary General Liesbeth Claerhout said about 60% of buyers had received a public grant.",
        True,
        [("percent", 60, "%", "about")],
        "Liesbeth Claerhout",
    ),
    (
        "en",
        '"Policy stop-and-go has cost this industry dearly, and households have paid for it in confusion," Claerhout said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Manufacturers have cut about 3,000 jobs across Europe since early 2024.",
        True,
        [("count", 3000, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    # --- Wärmepumpenabsatz in Deutschland (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Absatz von Heizungswärmepumpen in Deutschland ist im ersten Halbjahr um 18 Prozent auf rund 162.000 Geräte gestiegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 18, "%", None), ("count", 162000, None, "about")],
        None,
    ),
    (
        "de",
        "Damit war inzwischen fast jede zweite neu eingebaute Heizung eine Wärmepumpe, teilte der Bundesverband Wärmepumpe mit.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "der Bundesverband Wärmepumpe",
    ),
    (
        "de",
        "Der Absatz von Gasheizungen brach dagegen um 41 Prozent auf knapp 190.000 Geräte ein.",
        True,
        [("percent", 41, "%", None), ("count", 190000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Verbandsgeschäftsführerin Svenja Ribbeck sagte, für das Gesamtjahr rechne die Branche mit 330.000 bis 350.000 verkauften Wärmepumpen.",
        True,
        [("count", 330000, None, None), ("count", 350000, None, None)],
        "Svenja Ribbeck",
    ),
    (
        "de",
        "Bei der staatlichen Förderbank KfW gingen bis Ende Juli rund 118.000 Anträge auf den Heizungszuschuss ein.",
        True,
        [("count", 118000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Zuschuss deckt bis zu 60 Prozent der Kosten und beträgt höchstens 18.000 Euro je Wohneinheit.",
        True,
        [("percent", 60, "%", "up_to"), ("money", 18000, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Auf einen Einbautermin warten Kunden derzeit im Schnitt gut eineinhalb Monate.",
        True,
        [("duration", 1.5, "month", "over")],
        None,
    ),
    (
        "de",
        "„Die Wärmepumpe ist aus der Nische heraus, jetzt muss die Politik nur noch Kurs halten“, sagte Ribbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Installateurhandwerk sieht im Fachkräftemangel das größte Hindernis für einen schnelleren Umstieg.",
        False,
        [],
        None,
    ),
    # --- Stromtarife 2027 (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Strom wird für Schweizer Haushalte im kommenden Jahr im Mittel um 4 Prozent günstiger, wie die ElCom am Donnerstag mitteilte.",
        True,
        [("percent", 4, "%", None)],
        "die ElCom",
    ),
    (
        "de",
        "Für einen typischen Haushalt, der 4500 Kilowattstunden im Jahr verbraucht, kostet die Kilowattstunde 2027 damit durchschnittlich 27,1 Rappen, nach 28,2 Rappen in diesem Jahr.",
        True,
        [
            ("count", 4500, None, None),
            ("year", 2027, None, None),
            ("money", 0.271, "CHF", None),
            ("money", 0.282, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Das entspricht einer jährlichen Stromrechnung von rund 1220 Franken.",
        True,
        [("money", 1220, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Netznutzungstarife steigen dagegen leicht, um 0,4 Rappen auf 12,3 Rappen pro Kilowattstunde.",
        True,
        [("money", 0.004, "CHF", None), ("money", 0.123, "CHF", None)],
        None,
    ),
    (
        "de",
        "In 41 der rund 600 Netzgebiete steigen die Tarife um mehr als 10 Prozent, so die Kommission.",
        True,
        [("count", 41, None, None), ("count", 600, None, "about"), ("percent", 10, "%", "over")],
        None,
    ),
    (
        "de",
        "«Die Preise haben ihren Höhepunkt hinter sich, aber das Niveau von 2021 sehen wir so schnell nicht wieder», sagte ElCom-Präsident Beat Inäbnit.",
        False,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Die Stiftung für Konsumentenschutz nannte die Senkung «einen Tropfen auf den heissen Stein».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Preisüberwacher forderte die Netzbetreiber auf, ihre Kapitalzinsen zu senken, und bezifferte das Sparpotenzial auf rund 300 Millionen Franken pro Jahr.",
        True,
        [("money", 300000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Wie stark die Tarife 2028 steigen, hängt auch vom Ausbau des Übertragungsnetzes ab, hiess es bei der ElCom.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Warm Home Discount and energy debt (PA) ---
    (
        "en",
        "LONDON (PA) - About 3.2 million households in Britain will receive a £165 discount on their energy bills this winter under an expanded Warm Home Discount, the government said.",
        True,
        [("count", 3200000, None, "about"), ("money", 165, "GBP", None)],
        None,
    ),
    (
        "en",
        "The scheme will cost about £780 million, funded through a levy of roughly £13 a year on every household bill.",
        True,
        [("money", 780000000, "GBP", "about"), ("money", 13, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Arrears on domestic energy accounts reached £4.38bn at the end of June, up 7% on a year earlier, Ofgem figures showed.",
        True,
        [("money", 4380000000, "GBP", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly one in eight prepayment customers cut themselves off at least once last winter because they could not afford to top up, Citizens Advice said.",
        True,
        [("fraction", 0.125, None, "about"), ("count", 1, None, "at_least")],
        "Citizens Advice",
    ),
    (
        "en",
        '"People are choosing between a warm room and a hot meal, and that should shame us all," said Citizens Advice\'s director of policy.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Forced installations of prepayment meters fell to 2,310 in the 12 months through June from 8,900 a year before, according to Ofgem figures.",
        True,
        [("count", 2310, None, None), ("duration", 12, "month", None), ("count", 8900, None, None)],
        None,
    ),
    (
        "en",
        'The Energy Secretary said the discount would "make a real difference" to millions this winter.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaigners want the discount raised to £400 and extended to all 6.1 million households they count as fuel poor.",
        True,
        [("money", 400, "GBP", None), ("count", 6100000, None, None)],
        None,
    ),
    # --- Versorger senkt Gaspreise (dpa-AFX) ---
    (
        "de",
        "Köln (dpa-AFX) - Der Regionalversorger Hainbacher Energie senkt zum 1. November zum zweiten Mal in diesem Jahr die Gaspreise für rund 410.000 Haushaltskunden, im Schnitt um 9 Prozent.",
        True,
        [
            ("date", "--11-01", None, None),
            ("ordinal", 2, None, None),
            ("count", 410000, None, "about"),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Der Arbeitspreis in der Grundversorgung sinkt von 12,9 auf 11,6 Cent je Kilowattstunde, teilte das Unternehmen am Dienstag mit.",
        True,
        [("money", 0.129, "EUR", None), ("money", 0.116, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Ein Vier-Personen-Haushalt mit einem Jahresverbrauch von 20.000 Kilowattstunden spart damit rund 260 Euro im Jahr.",
        True,
        [("count", 4, None, None), ("count", 20000, None, None), ("money", 260, "EUR", "about")],
        None,
    ),
    ("de", "Der monatliche Grundpreis bleibt mit 14,90 Euro unverändert.", True, [("money", 14.9, "EUR", None)], None),
    ("de", "Neukunden erhalten zudem eine zwölfmonatige Preisgarantie.", True, [("duration", 12, "month", None)], None),
    (
        "de",
        "Vorstandschef Friedemann Pröbstl sagte, der Versorger habe seit Jahresbeginn rund 14.000 Kunden an günstigere Anbieter verloren.",
        True,
        [("count", 14000, None, "about")],
        "Friedemann Pröbstl",
    ),
    (
        "de",
        "Für das laufende Jahr peilt der Konzern einen operativen Gewinn von 145 Mio. Euro an.",
        True,
        [("money", 145000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir sind nicht die Billigsten, aber wir sind da, wenn es darauf ankommt“, sagte Pröbstl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verbraucherzentrale Nordrhein-Westfalen warf dem Unternehmen vor, die Senkung „monatelang verschleppt“ zu haben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Vergleichsportals Check24 ist Gas bei Hainbacher damit noch immer gut ein Fünftel teurer als beim günstigsten Anbieter vor Ort.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    # --- Norwegian outage lifts gas prices (Reuters) ---
    (
        "en",
        "AMSTERDAM, Sept 9 (Reuters) - Dutch and British wholesale gas prices jumped on Wednesday after an unplanned outage at a Norwegian processing plant cut flows to Europe by about a fifth.",
        True,
        [("date", "--09-09", None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The benchmark front-month contract at the Dutch TTF hub rose as much as 11% to €38.95/MWh, its highest in seven months, before easing to €36.70/MWh.",
        True,
        [
            ("percent", 11, "%", "up_to"),
            ("money", 38.95, "EUR", None),
            ("duration", 7, "month", None),
            ("money", 36.7, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "The British day-ahead contract gained 9.5 pence to 94.20 pence per therm.",
        True,
        [("money", 0.095, "GBP", None), ("money", 0.942, "GBP", None)],
        None,
    ),
    (
        "en",
        "Norwegian system operator Gassco said the outage at the Kollsnes plant would last until at least Friday, reducing capacity by 44 million cubic metres a day.",
        True,
        [("count", 44000000, None, None)],
        None,
    ),
    (
        "en",
        "Norway supplied about 31% of the European Union's pipeline and LNG imports last year, according to EU data.",
        True,
        [("percent", 31, "%", "about")],
        None,
    ),
    (
        "en",
        '"The market is on a hair trigger; any Norwegian hiccup gets priced as a crisis," said a gas trader in London.',
        False,
        [],
        None,
    ),
    ("en", "Analysts at Greyhaven Commodities said they thought the spike would prove short-lived.", False, [], None),
    (
        "en",
        "Carbon permits on the EU Emissions Trading System were little changed at 71.40 euros a tonne.",
        True,
        [("money", 71.4, "EUR", None)],
        None,
    ),
    # --- Energiearmut und Heizkostenzuschuss (APA) ---
    (
        "de",
        "Wien (APA) - Jeder siebte Haushalt in Österreich hat laut einer Erhebung der Statistik Austria im vergangenen Winter Strom- oder Heizrechnungen nicht rechtzeitig bezahlen können.",
        True,
        [("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen waren demnach rund 560.000 Haushalte, um 12 Prozent mehr als ein Jahr davor.",
        True,
        [("count", 560000, None, "about"), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Die Länder zahlen heuer einen Heizkostenzuschuss zwischen 200 und 500 Euro, Wien verdoppelt seinen Zuschuss auf 400 Euro.",
        True,
        [("money", 200, "EUR", None), ("money", 500, "EUR", None), ("money", 400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die dreimonatige Antragsfrist endet am 31. Jänner.",
        True,
        [("duration", 3, "month", None), ("date", "--01-31", None, None)],
        None,
    ),
    (
        "de",
        "Der Sozialminister kündigte an, den Wohnschirm, der Rückstände bei Energierechnungen übernimmt, um 60 Millionen Euro aufzustocken.",
        True,
        [("money", 60000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Seit dem Start 2022 seien über den Wohnschirm Energierückstände von 58.000 Haushalten beglichen worden, sagte der Minister.",
        True,
        [("year", 2022, None, None), ("count", 58000, None, None)],
        None,
    ),
    ("de", "Die Volkshilfe sprach von einem „sozialpolitischen Offenbarungseid“.", False, [], None),
    (
        "de",
        "„Ich heize nur noch die Küche, den Rest der Wohnung lasse ich kalt“, erzählte die 79-jährige Wienerin Herta Wondraschek.",
        False,
        [("duration", 79, "year", None)],
        None,
    ),
    ("de", "Ob der Zuschuss heuer reicht, bezweifeln die Sozialorganisationen.", False, [], None),
    # --- Michigan utility seeks gas rate increase (AP) ---
    (
        "en",
        "LANSING, Mich. (AP) — Tamarack Gas & Electric asked Michigan regulators on Monday to raise residential natural gas rates by 11.8%, which would add about $9.40 to the average monthly bill.",
        True,
        [("percent", 11.8, "%", None), ("money", 9.4, "USD", "about")],
        None,
    ),
    (
        "en",
        "Tamarack says it needs the extra $212 million a year to replace aging pipelines and pay higher storage costs.",
        True,
        [("money", 212000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It would be the company's third gas rate increase in four years.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The Michigan Public Service Commission has typically granted about half of what utilities request.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        '"This is a utility that treats its customers like an ATM," said Rhonda Vukovich of the group Citizens for Fair Rates.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vukovich said Tamarack's shareholders had received $640 million in dividends since 2022.",
        True,
        [("money", 640000000, "USD", None), ("year", 2022, None, None)],
        "Vukovich",
    ),
    ("en", "A company spokeswoman declined to comment on the dividend figures.", False, [], None),
    (
        "en",
        "Nearly one in six Michigan households is behind on a utility bill, the group estimates.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    # --- Gaspreise für Neukunden (dpa) ---
    (
        "de",
        "Heidelberg (dpa) - Neukunden zahlen für Erdgas so wenig wie seit dem Frühjahr 2021 nicht mehr.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Ein Einfamilienhaus mit einem Verbrauch von 20.000 kWh kostet im Neukundentarif derzeit durchschnittlich 1.640 Euro im Jahr, wie das Vergleichsportal Verivox mitteilte.",
        True,
        [("count", 20000, None, None), ("money", 1640, "EUR", None)],
        None,
    ),
    ("de", "Das entspricht 8,2 ct/kWh inklusive Grundgebühr.", True, [("money", 0.082, "EUR", None)], None),
    (
        "de",
        "In der Grundversorgung werden dagegen im Schnitt noch 13,7 Cent pro Kilowattstunde fällig, gut zwei Drittel mehr.",
        True,
        [("money", 0.137, "EUR", None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Laut Verivox haben seit Jahresbeginn 137 Grundversorger ihre Gaspreise gesenkt, im Schnitt um 8 Prozent.",
        True,
        [("count", 137, None, None), ("percent", 8, "%", None)],
        "Verivox",
    ),
    (
        "de",
        "Zum 1. Januar steigt allerdings der CO2-Preis auf Heizgas, was eine Kilowattstunde um knapp 0,3 Cent verteuert.",
        True,
        [("date", "--01-01", None, None), ("money", 0.003, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Wer jetzt noch in der teuren Grundversorgung steckt, verschenkt bares Geld“, sagte ein Verivox-Sprecher.",
        False,
        [],
        None,
    ),
    # --- Supplier's first-half results (Reuters) ---
    (
        "en",
        "LONDON, Sept 17 (Reuters) - British household supplier Caldervale Energy said on Thursday its first-half adjusted core profit fell 22% to 268 million pounds as competition for customers intensified.",
        True,
        [
            ("date", "--09-17", None, None),
            ("ordinal", 1, None, None),
            ("percent", 22, "%", None),
            ("money", 268000000, "GBP", None),
        ],
        None,
    ),
    ("en", "The company blamed intense price competition from larger rivals for the fall in profit.", True, [], None),
    (
        "en",
        "The company, which serves about 3.9 million homes, said it lost a net 85,000 customer accounts in the six months to June.",
        True,
        [("count", 3900000, None, "about"), ("count", 85000, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Marcus Adebowale said the average customer now paid about 9% less than a year ago.",
        True,
        [("percent", 9, "%", "about")],
        "Marcus Adebowale",
    ),
    (
        "en",
        '"We have cut our cost to serve by 14% in two years," Adebowale told reporters.',
        True,
        [("percent", 14, "%", None), ("duration", 2, "year", None)],
        "Adebowale",
    ),
    ("en", '"We are fighting for every customer, and it shows in our margins," Adebowale said.', False, [], None),
    (
        "en",
        "The company has signed up 36,000 households for its heat pump leasing plan since launching it in March.",
        True,
        [("count", 36000, None, None)],
        None,
    ),
    ("en", "Caldervale kept its interim dividend at 7.5 pence per share.", True, [("money", 0.075, "GBP", None)], None),
    (
        "en",
        "Bad debt charges rose to 71 million pounds, or about 2.1% of revenue.",
        True,
        [("money", 71000000, "GBP", None), ("percent", 2.1, "%", "about")],
        None,
    ),
    (
        "en",
        "Shares in Caldervale fell 4.8% to 612 pence by 0850 GMT.",
        True,
        [("percent", 4.8, "%", None), ("money", 6.12, "GBP", None)],
        None,
    ),
    (
        "en",
        'Analysts at Brackwater Securities called the results "a clean miss with a reassuring outlook."',
        False,
        [],
        None,
    ),
    # --- Kartellamt prüft Fernwärmepreise (dpa) ---
    (
        "de",
        "Bonn (dpa) - Das Bundeskartellamt hat gegen sechs Fernwärmeversorger Verfahren wegen des Verdachts missbräuchlich überhöhter Preise eingeleitet.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Unternehmen hätten ihre Preise seit 2021 teils um mehr als 120 Prozent angehoben, ohne dass die Kosten im selben Maß gestiegen seien, teilte die Behörde mit.",
        True,
        [("year", 2021, None, None), ("percent", 120, "%", "over")],
        "die Behörde",
    ),
    (
        "de",
        "Knapp 6,3 Millionen Haushalte in Deutschland heizen mit Fernwärme.",
        True,
        [("count", 6300000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nach einer Auswertung des Verbraucherzentrale Bundesverbands zahlt ein Musterhaushalt je nach Anbieter zwischen 11 und 29 Cent pro Kilowattstunde.",
        True,
        [("money", 0.11, "EUR", None), ("money", 0.29, "EUR", None)],
        None,
    ),
    (
        "de",
        "Kartellamtspräsidentin Reinhild Tessmer sagte, Fernwärmekunden seien „besonders schutzbedürftig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Fernwärme ist ein Monopol, und Monopolisten brauchen einen strengen Aufpasser“, sagte Tessmer.",
        False,
        [],
        None,
    ),
    ("de", "Der Branchenverband AGFW wies den Vorwurf überhöhter Preise zurück.", True, [], None),
    (
        "de",
        "Tessmer sagte, in zwei weiteren Fällen hätten Versorger nach Vorermittlungen insgesamt 34 Millionen Euro an Kunden zurückgezahlt.",
        True,
        [("count", 2, None, None), ("money", 34000000, "EUR", None)],
        "Tessmer",
    ),
    # --- Heat pump installations in the UK (PA) ---
    (
        "en",
        "LONDON (PA) - A record 24,300 heat pumps were fitted in British homes over the three months to August, the Microgeneration Certification Scheme said.",
        True,
        [("count", 24300, None, None), ("duration", 3, "month", None)],
        "the Microgeneration Certification Scheme",
    ),
    ("en", "That was up 38 per cent on the same quarter last year.", True, [("percent", 38, "%", None)], None),
    (
        "en",
        "Grants under the Boiler Upgrade Scheme, worth £6,500 per installation, went to 19,800 households in the quarter, government figures showed.",
        True,
        [("money", 6500, "GBP", None), ("count", 19800, None, None)],
        None,
    ),
    (
        "en",
        "An air source heat pump costs on average £12,900 to install before the grant.",
        True,
        [("money", 12900, "GBP", None)],
        None,
    ),
    (
        "en",
        "Callum Druitt, who runs a four-person installation firm in Leeds, said his waiting list had grown to 14 weeks.",
        True,
        [("count", 4, None, None), ("duration", 14, "week", None)],
        None,
    ),
    (
        "en",
        '"Once people have lived with one through a winter, they become our best salespeople," Druitt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government wants 450,000 installations a year by 2030.",
        True,
        [("count", 450000, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Critics say the scheme's paperwork puts off smaller installers.", False, [], None),
    # --- Wärmepumpen und Gaspreise in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Absatz von Wärmepumpen in der Schweiz ist im ersten Halbjahr um 6 Prozent auf 19'830 Geräte zurückgegangen.",
        True,
        [("ordinal", 1, None, None), ("percent", 6, "%", None), ("count", 19830, None, None)],
        None,
    ),
    (
        "de",
        "Beim Ersatz einer Öl- oder Gasheizung wird inzwischen in gut drei von vier Fällen eine Wärmepumpe eingebaut, teilte die Fachvereinigung Wärmepumpen Schweiz mit.",
        True,
        [("fraction", 0.75, None, "over")],
        "die Fachvereinigung Wärmepumpen Schweiz",
    ),
    (
        "de",
        "Der Gaspreis für Haushalte in der Stadt Zürich sinkt per 1. Oktober um 1,1 Rappen auf 13,4 Rappen pro Kilowattstunde.",
        True,
        [("date", "--10-01", None, None), ("money", 0.011, "CHF", None), ("money", 0.134, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für ein Einfamilienhaus mit 18'000 Kilowattstunden Jahresverbrauch macht das rund 200 Franken aus.",
        True,
        [("count", 18000, None, None), ("money", 200, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Verbandspräsident Hansruedi Bürgisser sagte, die Förderbeiträge der Kantone seien in den vergangenen zwei Jahren um rund ein Viertel gekürzt worden.",
        True,
        [("duration", 2, "year", None), ("fraction", 0.25, None, "about")],
        "Hansruedi Bürgisser",
    ),
    (
        "de",
        "«Wer heute noch eine Ölheizung einbaut, kauft sich ein Problem für die nächsten zwanzig Jahre», sagte Bürgisser.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Der Hauseigentümerverband warnte vor einem faktischen Verbot fossiler Heizungen durch die Hintertür.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Kanton Zürich dürfen seit September 2022 ausgediente Öl- und Gasheizungen grundsätzlich nur noch durch klimaneutrale Systeme ersetzt werden.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- Irish supplier cuts prices (Reuters) ---
    (
        "en",
        "DUBLIN, Sept 23 (Reuters) - Ireland's Shannonside Energy will cut household electricity prices by 8.5% and gas prices by 6% from Nov. 1, the supplier said on Wednesday.",
        True,
        [
            ("date", "--09-23", None, None),
            ("percent", 8.5, "%", None),
            ("percent", 6, "%", None),
            ("date", "--11-01", None, None),
        ],
        "the supplier",
    ),
    (
        "en",
        "The cuts will save a typical customer about 190 euros a year on electricity and 85 euros on gas, it said.",
        True,
        [("money", 190, "EUR", "about"), ("money", 85, "EUR", None)],
        None,
    ),
    (
        "en",
        "Shannonside, the country's third-largest supplier with about 420,000 customers, raised its prices three times in 2022.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 420000, None, "about"),
            ("count", 3, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Aoife Mulcahy said wholesale electricity costs had fallen by about a third since January.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Aoife Mulcahy",
    ),
    (
        "en",
        'The Society of St Vincent de Paul said the cut was "a start, not a solution" for families in arrears.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Irish households pay about 38 euro cents per kilowatt hour for electricity, among the highest rates in the European Union, Eurostat data show.",
        True,
        [("money", 0.38, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The Commission for Regulation of Utilities said 251,000 electricity accounts were in arrears at the end of July.",
        True,
        [("count", 251000, None, None)],
        "the Commission for Regulation of Utilities",
    ),
    # --- Heizöl und Pellets (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Heizöl ist so günstig wie seit gut drei Jahren nicht mehr.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Bei einer Bestellung von 3.000 Litern kosteten 100 Liter Heizöl zuletzt im Bundesschnitt 89,40 Euro, wie aus Daten des Portals Heizoel24 hervorgeht.",
        True,
        [("count", 3000, None, None), ("count", 100, None, None), ("money", 89.4, "EUR", None)],
        None,
    ),
    ("de", "Ein Jahr zuvor waren es noch 101,70 Euro gewesen.", True, [("money", 101.7, "EUR", None)], None),
    (
        "de",
        "Holzpellets kosten nach Angaben des Deutschen Energieholz- und Pellet-Verbands im September durchschnittlich 296 Euro je Tonne.",
        True,
        [("money", 296, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das entspricht 5,9 Cent je Kilowattstunde und liegt damit gut ein Drittel unter dem Preis von Heizöl.",
        True,
        [("money", 0.059, "EUR", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Heizölhändler Gunnar Lüdecke sagte, die Nachfrage habe sich seit August mehr als verdoppelt.",
        True,
        [],
        "Gunnar Lüdecke",
    ),
    (
        "de",
        "„Die Leute haben Angst vor dem nächsten Preisschock und füllen lieber jetzt den Tank“, sagte Lüdecke, der in Stade einen Familienbetrieb führt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Preise bis zum Winter so niedrig bleiben, hängt nach Einschätzung von Händlern vor allem vom Ölpreis und vom Dollarkurs ab.",
        False,
        [],
        None,
    ),
    # --- Ofgem proposes low standing charge tariffs (Reuters) ---
    (
        "en",
        "LONDON, Sept 29 (Reuters) - Ofgem will require suppliers to offer at least one tariff with a standing charge of no more than 10p a day from January, the regulator said on Tuesday.",
        True,
        [("date", "--09-29", None, None), ("count", 1, None, "at_least"), ("money", 0.1, "GBP", "at_most")],
        "the regulator",
    ),
    (
        "en",
        "Customers on such tariffs would pay a higher unit rate, about 4.2p per kilowatt hour more for electricity, under the proposal.",
        True,
        [("money", 0.042, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Standing charges make up about a quarter of a typical dual-fuel bill.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Ofgem retail director Deborah Quilliam told reporters about 1.8 million low-use households would save money by switching.",
        True,
        [("count", 1800000, None, "about")],
        "Deborah Quilliam",
    ),
    (
        "en",
        '"Standing charges punish people for being poor and using little," a spokesperson for the Keep Warm Trust said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Energy UK said suppliers would need at least six months to change their billing systems.",
        True,
        [("duration", 6, "month", "at_least")],
        "Energy UK",
    ),
    ("en", "The consultation closes on Nov. 24.", True, [("date", "--11-24", None, None)], None),
    ("en", "How suppliers would recover the lost revenue was not spelled out.", False, [], None),
    # --- Gasspeicher zum Start der Heizsaison (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Gasspeicher gehen mit einem Füllstand von 92,3 Prozent in die Heizsaison, die am 1. Oktober begonnen hat.",
        True,
        [("percent", 92.3, "%", None), ("date", "--10-01", None, None)],
        None,
    ),
    (
        "de",
        "Das sind rund 95 Terawattstunden, davon entfallen 20 Terawattstunden auf die strategische Reserve des Bundes.",
        True,
        [("count", 95, None, "about"), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Für den Winter 2026/27 rechnet die E-Control mit einem Gasverbrauch von rund 48 Terawattstunden zwischen Oktober und März.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("count", 48, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 58 Prozent der Importe kamen im August über Deutschland, der Rest über Italien.",
        True,
        [("percent", 58, "%", "about")],
        None,
    ),
    (
        "de",
        "Am Handelspunkt Central European Gas Hub kostete Gas zur Lieferung im November zuletzt 36,80 Euro je Megawattstunde.",
        True,
        [("money", 36.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei einem Termin im Speicher Haidach sagte der Energieminister, Österreich sei „so gut gerüstet wie nie“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Austrian Energy Agency zahlt ein durchschnittlicher Haushalt mit Gasheizung heuer rund 1.480 Euro für Gas, um 9 Prozent weniger als im Vorjahr.",
        True,
        [("money", 1480, "EUR", "about"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "„Was nützen volle Speicher, wenn sich die Menschen das Gas daraus nicht leisten können?“, fragte eine Sprecherin der Caritas.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ forderte, die Mehrwertsteuer auf Energie für heuer und 2027 auszusetzen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- U.S. winter heating bills (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Americans heating with natural gas can expect to spend an average of $742 from October through March, 6% more than last winter, the Energy Information Administration said on Wednesday.",
        True,
        [("money", 742, "USD", None), ("percent", 6, "%", None)],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Homes that rely on electric heat face average bills of $1,315, up 4%, while heating oil users should expect to pay about $2,050.",
        True,
        [("money", 1315, "USD", None), ("percent", 4, "%", None), ("money", 2050, "USD", "about")],
        None,
    ),
    (
        "en",
        "The agency expects residential electricity prices to average 17.9 cents per kilowatt-hour over the winter.",
        True,
        [("money", 0.179, "USD", None)],
        None,
    ),
    (
        "en",
        "Propane customers face average costs of about $1,590, down 3%.",
        True,
        [("money", 1590, "USD", "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Natural gas futures at the Henry Hub settled at $3.62 per million British thermal units on Tuesday, up nearly 40% from a year earlier.",
        True,
        [("money", 3.62, "USD", None), ("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Natural gas is the main heating fuel in about 46% of American homes, against about 42% for electricity.",
        True,
        [("percent", 46, "%", "about"), ("percent", 42, "%", "about")],
        None,
    ),
    (
        "en",
        "Congress has approved $3.85 billion for the Low Income Home Energy Assistance Program for the fiscal year that began Oct. 1.",
        True,
        [("money", 3850000000, "USD", None), ("date", "--10-01", None, None)],
        None,
    ),
    (
        "en",
        '"A 6% increase doesn\'t sound like much until you are choosing between the gas bill and the pharmacy," said Leticia Orozco, 67, a retired school aide in Pueblo, Colorado.',
        False,
        [("percent", 6, "%", None), ("duration", 67, "year", None)],
        None,
    ),
    (
        "en",
        'The executive director of the National Energy Assistance Directors Association said the program was "the only thing standing between millions of families and a shutoff notice."',
        False,
        [],
        None,
    ),
    # --- Strompreisanalyse (dpa) ---
    (
        "de",
        "Berlin (dpa) - Ein Drei-Personen-Haushalt in Deutschland zahlt für Strom derzeit im Schnitt 39,2 Cent je Kilowattstunde, wie aus der Strompreisanalyse des Energieverbands BDEW hervorgeht.",
        True,
        [("count", 3, None, None), ("money", 0.392, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Vorjahr sank der Preis damit um 1,4 Cent, gemessen an 2021 liegt er aber noch immer rund ein Viertel höher.",
        True,
        [("money", 0.014, "EUR", None), ("year", 2021, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Bei einem Jahresverbrauch von 3.500 Kilowattstunden ergibt das eine monatliche Rechnung von gut 114 Euro.",
        True,
        [("count", 3500, None, None), ("money", 114, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Knapp 30 Prozent des Preises entfallen auf Steuern, Abgaben und Umlagen, gut 27 Prozent auf die Netzentgelte.",
        True,
        [("percent", 30, "%", "nearly"), ("percent", 27, "%", "over")],
        None,
    ),
    (
        "de",
        "BDEW-Hauptgeschäftsführerin Cornelia Brakensiek sagte, eine Senkung der Stromsteuer auf das europäische Mindestmaß würde einen Durchschnittshaushalt um rund 70 Euro im Jahr entlasten.",
        True,
        [("money", 70, "EUR", "about")],
        "Cornelia Brakensiek",
    ),
    (
        "de",
        "Die Bundesregierung hat die Stromsteuer bislang nur für die Industrie und die Land- und Forstwirtschaft gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Neukunden zahlen im Schnitt 27,6 Cent pro Kilowattstunde, gut 11 Cent weniger als Bestandskunden in der Grundversorgung.",
        True,
        [("money", 0.276, "EUR", None), ("money", 0.11, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Dass private Haushalte bei der Stromsteuer leer ausgehen, ist ein gebrochenes Versprechen“, sagte die Chefin des Verbraucherzentrale Bundesverbands.",
        False,
        [],
        None,
    ),
    # --- Fuel poverty in England (PA) ---
    (
        "en",
        "LONDON (PA) - Some 3.1 million English households, or 11.6% of the total, lived in fuel poverty last year, official figures published on Monday showed.",
        True,
        [("count", 3100000, None, "about"), ("percent", 11.6, "%", None)],
        None,
    ),
    ("en", "That was 0.4 percentage points lower than a year earlier.", True, [("percent", 0.4, "pp", None)], None),
    (
        "en",
        "The average fuel poverty gap - what a household would need to escape fuel poverty - widened to £421.",
        True,
        [("money", 421, "GBP", None)],
        None,
    ),
    (
        "en",
        "Private renters faced the highest risk, with almost one in five of their households classed as fuel poor.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "About 58% of fuel-poor homes had an energy efficiency rating of D or worse, the figures showed.",
        True,
        [("percent", 58, "%", "about")],
        None,
    ),
    (
        "en",
        '"These are not statistics, they are cold bedrooms and mouldy walls," National Energy Action\'s chief executive said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Met Office said temperatures could fall to minus 6 degrees Celsius in parts of northern England and Scotland by the weekend.",
        True,
        [("count", -6, None, None)],
        "the Met Office",
    ),
    (
        "en",
        "The UK Health Security Agency issued a yellow cold-health alert for five regions from Thursday.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Ministers hope to cut the number of fuel-poor households by a third by 2030.",
        False,
        [("fraction", 0.3333, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Netzentgelte 2027 (dpa) ---
    (
        "de",
        "Bonn (dpa) - Die Netzentgelte für Strom sinken im kommenden Jahr für die meisten Haushalte, weil der Bund die Kosten der Übertragungsnetze erneut mit 5,8 Milliarden Euro bezuschusst.",
        True,
        [("money", 5800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im bundesweiten Durchschnitt fallen die Entgelte nach vorläufigen Zahlen der Verteilnetzbetreiber um 9 Prozent auf 9,4 Cent je Kilowattstunde.",
        True,
        [("percent", 9, "%", None), ("money", 0.094, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Haushalt mit 3.500 Kilowattstunden Jahresverbrauch zahlt damit im Schnitt rund 38 Euro weniger, teilte die Bundesnetzagentur am Donnerstag mit.",
        True,
        [("count", 3500, None, None), ("money", 38, "EUR", "about")],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Die regionalen Unterschiede bleiben groß: In Teilen Schleswig-Holsteins werden mehr als 14 Cent fällig, in Bremen knapp 7 Cent.",
        True,
        [("money", 0.14, "EUR", "over"), ("money", 0.07, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Ansbacher sagte, rund 40 Prozent der Haushalte lebten in Netzgebieten, in denen die Entgelte zweistellig sänken.",
        True,
        [("percent", 40, "%", "about")],
        "Ansbacher",
    ),
    (
        "de",
        "Ab 2028 will die Behörde die Kosten des Netzausbaus gleichmäßiger auf alle Regionen verteilen.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Übertragungsnetzbetreiber hatten ihre Entgelte für 2027 zuvor um durchschnittlich 3,5 Prozent angehoben.",
        True,
        [("year", 2027, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Das ist Kosmetik, solange die Netzkosten insgesamt weiter explodieren“, sagte ein Sprecher des Bundes der Energieverbraucher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Versorger die Senkung zum 1. Januar vollständig an ihre Kunden weitergeben, ist offen.",
        False,
        [("date", "--01-01", None, None)],
        None,
    ),
    # --- EU storage peaks below last year (Reuters) ---
    (
        "en",
        "BRUSSELS, Oct 14 (Reuters) - European Union gas storage peaked at 91.2% this week, below last year's high of 94.8%, data from Gas Infrastructure Europe showed.",
        True,
        [("date", "--10-14", None, None), ("percent", 91.2, "%", None), ("percent", 94.8, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's sites were 83.7% full, above the country's 80% requirement for Nov. 1.",
        True,
        [("percent", 83.7, "%", None), ("percent", 80, "%", None), ("date", "--11-01", None, None)],
        None,
    ),
    (
        "en",
        "The European Commission said the bloc would need to import about 135 billion cubic metres of LNG over the winter if temperatures were normal.",
        True,
        [("count", 135000000000, None, "about")],
        "the European Commission",
    ),
    (
        "en",
        "The Commission has asked member states to pool their LNG purchases through a joint buying platform before the end of the year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The TTF front-month contract traded at 34.10 euros per megawatt hour, about 10% below its level a year earlier.",
        True,
        [("money", 34.1, "EUR", None), ("percent", 10, "%", "about")],
        None,
    ),
    (
        "en",
        "Forward prices for the first quarter of next year were about 1.50 euros higher.",
        True,
        [("ordinal", 1, None, None), ("money", 1.5, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"We go into this winter with less of a cushion than last year, but with far more LNG on the water," Greyhaven\'s Eskil Rydqvist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A spokesperson for the Commission declined to say whether the 90% target would be kept after 2027.",
        False,
        [("percent", 90, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Imports of liquefied natural gas into the bloc hit a record 12.6 million tonnes in September, Kpler data showed.",
        True,
        [("count", 12600000, None, None)],
        None,
    ),
    (
        "en",
        "Ukraine's storage operator said it had injected 5.2 billion cubic metres since April, leaving its facilities about 34% full.",
        True,
        [("count", 5200000000, None, None), ("percent", 34, "%", "about")],
        None,
    ),
    # --- Heizspiegel (dpa) ---
    (
        "de",
        "Berlin (dpa) - Mieterinnen und Mieter einer 70-Quadratmeter-Wohnung mit Gasheizung haben für das Jahr 2025 im Schnitt 1.095 Euro für Heizung und Warmwasser bezahlt.",
        True,
        [("count", 70, None, None), ("year", 2025, None, None), ("money", 1095, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr rechnen die Fachleute von co2online mit Kosten von 1.040 Euro, also einem Rückgang um 5 Prozent.",
        True,
        [("money", 1040, "EUR", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Wer mit einer Wärmepumpe heizt, zahlte für dieselbe Wohnung 2025 durchschnittlich 820 Euro, mit Heizöl waren es 1.160 Euro.",
        True,
        [("year", 2025, None, None), ("money", 820, "EUR", None), ("money", 1160, "EUR", None)],
        None,
    ),
    ("de", "Fernwärmekunden zahlten mit 1.210 Euro am meisten.", True, [("money", 1210, "EUR", None)], None),
    (
        "de",
        "Nach Einschätzung der Berater könnten Haushalte durch richtiges Lüften und niedrigere Raumtemperaturen bis zu 15 Prozent ihrer Heizkosten sparen.",
        True,
        [("percent", 15, "%", "up_to")],
        None,
    ),
    (
        "de",
        "„Jedes Grad weniger Raumtemperatur spart rund sechs Prozent Heizenergie“, sagte co2online-Geschäftsführerin Birte Vohwinkel.",
        True,
        [("percent", 6, "%", "about")],
        "Birte Vohwinkel",
    ),
    (
        "de",
        "Der Deutsche Mieterbund nannte die Heizkosten „für viele Haushalte weiterhin eine Zumutung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vermieter müssen die Heizkostenabrechnung spätestens zwölf Monate nach Ende des Abrechnungszeitraums vorlegen.",
        True,
        [("duration", 12, "month", "at_most")],
        None,
    ),
    # --- French regulated tariff (AFP) ---
    (
        "en",
        "PARIS (AFP) - France's energy regulator CRE on Friday proposed cutting the regulated electricity tariff by 3.2% from Feb. 1, which would lower the average household bill by about 48 euros a year.",
        True,
        [("percent", 3.2, "%", None), ("date", "--02-01", None, None), ("money", 48, "EUR", "about")],
        None,
    ),
    (
        "en",
        "About 19.5 million households, roughly six in 10, are still on the regulated tariff.",
        True,
        [("count", 19500000, None, "about"), ("fraction", 0.6, None, "about")],
        None,
    ),
    (
        "en",
        "The tariff rose by almost 37% between February 2022 and February 2024 despite a government cap.",
        True,
        [("percent", 37, "%", "nearly"), ("year", 2022, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The government also plans to raise the excise tax on electricity to 30.85 euros per megawatt hour, adding about 1.3 euro cents per kilowatt hour.",
        True,
        [("money", 30.85, "EUR", None), ("money", 0.013, "EUR", "about")],
        None,
    ),
    (
        "en",
        "A CRE spokesperson said the final decision rests with the government, which has three months to object.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    ("en", 'Consumer group UFC-Que Choisir called the proposed cut "crumbs after years of feasting."', False, [], None),
    (
        "en",
        'The economy minister said the cut showed that "the worst of the energy crisis is behind us."',
        False,
        [],
        None,
    ),
    (
        "en",
        "EDF, which supplies most customers on the regulated tariff, said it had no comment on the proposal.",
        False,
        [],
        None,
    ),
    (
        "en",
        "French day-ahead power prices were negative for a record 431 hours during the first nine months, grid operator data showed.",
        True,
        [("duration", 431, "hour", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
]
