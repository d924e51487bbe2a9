"""Four-hundred-and-eighty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, secretaries and heads of state and of real
agencies appear only by office („Der Gesundheitsminister“, „die bayerische
Gesundheitsministerin“, „die Ministerin“, "the health secretary", "the Health Minister",
"Nova Scotia's health minister", "The MHRA's chief executive", "the president"), and the
heads, spokespeople and experts of real bodies, associations, insurers and charities who
appear by name are made up and stand for no real holder (the BfArM's president, a BASG
spokeswoman, the ÖGK's Obmann, Pharmig's secretary general, a GKV board member, the vfa's
president, the head of Alzheimer Schweiz, Santésuisse's spokespeople, the president of the
Deutsche Adipositas-Gesellschaft, Pro Generika's and Interpharma's managing directors, the
chief executives of Breast Cancer Now, Cystic Fibrosis Australia and the ABPI).

Names: the companies, their drugs and every person are invented - Kelderby Analytics;
Hollisford Pharmaceuticals and its Vantrexa; Marisa Quintero-Holt of Fair Rx Now; Hartwig
Lembeck-Sauer (BfArM-Präsident); Fernhollow Therapeutics and its chief executive Ayesha
Montfort-Bellamy; Pellridge Securities; Margit Haidacher-Lenz (BASG-Sprecherin); Calderlyn
Oncology, its trenzacept and its chief executive Martin Oyelaran-Pryce; Delia Farnleigh-Kay
(Breast Cancer Now); Reinhold Kienberger-Stöckl (ÖGK-Obmann); Annemarie Trattnig-Holub
(Pharmig-Generalsekretärin); Bellhurst Pharma and its Glyzera; Brigitte Ahlquist-Renner
(GKV-Vorständin); Clemens Wiedenhöft-Saal (Vfa-Präsident); Westbury Labs, its Slendova and
its chief commercial officer Daniel Achterberg-Reis; Corlander Pharma; Rheinsteg Pharma;
Ursina Gredig-Pfister (Alzheimer Schweiz); Lea Hostettler-Wyss (Santésuisse-Sprecherin);
Thornmere Biologics; Zollhafen Immuntherapeutika and its chief Dorothea Leimbach-Oyen;
Quillmere Bio and its chief executive Lionel Beauchamp-Reed; Nerida Callaghan-Pyke (Cystic
Fibrosis Australia); Florian Wendling-Marx (a drugmaker's Deutschlandchef); Tarrowmere Bio;
Garrett Ambrose-Tolliver (a retired firefighter); Dr. Ingrid Soderholm-Vance (an FDA panel
member); Ravensfield Oncology and its lead investigator Dr. Marguerite Okonjo-Strand; Hanna
Mertesacker-Ruiz (Deutsche Adipositas-Gesellschaft); Merrivale Pharmaceuticals and its chief
financial officer Eleanor Fitzwarren-Mayo; Wettsteiner Pharma, its Artolimab and its
Konzernchef Severin Hunkeler-Brügger; Xaloprex; Ansgar Tiedemann-Voss (Pro Generika); Rowena
Catterick-Oakes (ABPI); Mathias Gnägi-Rohner (Santésuisse-Sprecher); Dr. Leticia
Brandvold-Oakes (a hospital pharmacy director in Georgia); Elisabeth Pichler-Strasser (an
oncologist at the MedUni Graz); Rep. Lorena Vasquez-Pruett (a Colorado state representative,
D-Denver); Corinne Baumann-Stähli (Interpharma-Geschäftsführerin); Aldmoor Neuroscience;
Heinerwerk and its Forschungsvorstand Jens-Peter Wollnitz-Brand; Amrit Dhillon-Marsh (a
Leeds pharmacist); Halverstone Pharmaceuticals; Crestwater Partners; and every unnamed
analyst, trader, investor, cardiologist, nephrologist, oncologist, critic, pharmacist,
patient group, spokesperson, reviewer and official. Real bodies, regulators, schemes, places
and media (dpa with "dpa/lby", APA, Keystone-SDA, Reuters German, Bundesinstitut für
Arzneimittel und Medizinprodukte (BfArM), Deutscher Apothekerverband, Bayerischer
Apothekerverband, Bundesregierung, Bundesamt für Sicherheit im Gesundheitswesen (BASG),
Apothekerkammer, Österreichische Gesundheitskasse (ÖGK), Pharmig, GKV-Spitzenverband,
Verband forschender Arzneimittelhersteller (vfa), Swissmedic, Bundesamt für Gesundheit
(BAG), Grundversicherung, Alzheimer Schweiz, Santésuisse, Interpharma, Preisüberwacher,
Bundesrat, Zürcher Kantonalbank, Schweizer Börse, Gemeinsamer Bundesausschuss (G-BA),
Deutsche Hämophiliegesellschaft, Europäische Arzneimittelagentur (EMA), Ausschuss für
Humanarzneimittel (CHMP), EU-Kommission, IQVIA, Deutsche Adipositas-Gesellschaft,
Dachverband der Sozialversicherungsträger, MedUni Graz, Ärztekammer, Pro Generika, Dax,
Sozialministerium, Seniorenrat; Reuters, AP, PA, AAP, CP, PhRMA, NICE, the NHS, NHS England,
Breast Cancer Now, Medicare, Medicare Part B, Medicaid, the Centers for Medicare & Medicaid
Services, KFF, the Medicines and Healthcare products Regulatory Agency (MHRA), the British
Heart Foundation, the U.S. Food and Drug Administration (FDA), the National Kidney
Foundation, the Pharmaceutical Benefits Scheme (PBS), the Pharmaceutical Benefits Advisory
Committee, Cystic Fibrosis Australia, ASCO, the European Medicines Agency, Evaluate,
Canada's Drug Agency, the Department of Health and Social Care, the Association of the
British Pharmaceutical Industry (ABPI), ASHP, the National Pharmacy Association, the Liberal
Democrats, the White House, Nova Scotia, Colorado, Georgia, Leeds, and the datelines'
cities) stand for the way wire copy names them; every trial result, sample, ratio, p-value,
survival time, list price, net price, rebate, co-payment, spending total, shortage tally,
sale, forecast, vote, cost and quote here is invented, and where a real figure came to mind
(a real trial readout and its sample, a real share of patients with a side effect, a real
median list price rise, a real range of negotiated Medicare discounts, a real PBS
co-payment, a real adult obesity rate, a real share of people with raised lipoprotein(a), a
real voluntary-scheme rebate rate, a real national pharmacare cost estimate, a real shortage
peak, a real insulin price cut, a real generic price gap, a real cap on insulin costs) it
was changed - only background rules a check turns on are kept as wire copy would state them
(the German general manufacturers' rebate of 7 percent, the six months of price negotiation
after a benefit rating, the European Commission following the committee within about two
months, the 15 days to request a re-examination at the EMA, Austria's cap on prescription
fees at two percent of net income and the fee's yearly indexation, the nine countries of the
Swiss price comparison, the number of drugs in a round of Medicare negotiation, the three
insulin makers and the end of Britain's voluntary scheme in 2028).

Its weight: PHARMACEUTICALS, DRUG PRICES AND APPROVALS, the first round under this heading
and the fifth weighing pharma and drug approvals as such (the sixty-fourth batch weighed
medicine, pharmaceuticals, clinical trials and drug approvals, the hundred-eighty-third the
health system and pharma business, the two-hundred-and-fifty-second medical studies and drug
trials and the three-hundred-and-ninety-ninth pharma, clinical trials and drug approvals);
beside them the hundred-fifty-fifth, three-hundred-and-sixty-second and
four-hundred-and-fiftieth batches weighed health, medicine and medical studies, the
four-hundred-and-forty-seventh hospitals, health care and its costs (after the
hundred-twenty-third, two-hundred-and-seventh, two-hundred-and-eighty-sixth,
three-hundred-and-thirty-fourth and four-hundred-and-eighth on hospitals, health systems and
health insurance) and the four-hundred-and-sixty-third drug shortages beside disease
surveillance and vaccination; their decisions are kept. One made-up year in story order,
January to December, as 35 short stories with the German and English ones interleaved by
month, each told as wire copy runs it (a dateline lead with the price, the readout, the
approval, the spending total or the shortage tally, the sample, the figures, attributed
claims, the other side, quotes, reactions). Half German (dpa with "dpa/lby", APA with
Austrian „Jänner“, „mit Ende Jänner“, „mit 1. Jänner“, „heuer“, „Spitäler“, „Obmann“, „um 74
mehr“, Keystone-SDA with Swiss „1'734“, „2'180 Franken“, „rund 28'000 Franken“, „Gemäss“,
„grosse“, „Prämienfranken“, «» quotes, Reuters German with trial copy: „Phase-3-Studie“,
„Hazard Ratio“, „95-Prozent-Konfidenzintervall“, „p<0,001“, „Schubrate“, German „“ quotes):
Germany's shortage list, Austria's shortage register, the ÖGK's drug bill, the statutory
insurers' drug spending and the demand for a higher manufacturers' rebate, Swissmedic's
approval of an Alzheimer's antibody and its price request, a Mainz cancer vaccine's Phase 3
readout, fever syrups short in Bavaria, the G-BA's rating of a haemophilia B gene therapy
and its price, the EMA's recommendation of a psoriasis drug for children and a refusal,
weight-loss jabs and the statutory insurers, a Basel drugmaker's half-year after a patent
expiry, a blockbuster blood thinner going generic, Swiss basic insurance's drug bill,
Austrian hospitals' cancer drug bill and a new assessment board, the BAG's price cuts, a
Darmstadt drugmaker's failed MS trial and Austria's prescription fee. Half English (Reuters
with dated datelines, AP, PA, AAP, CP; US, UK, Australian and Canadian usage: "per cent",
"£7,950", "A$26.50", "C$1.1 billion", "Md.", "D-Denver", "p<0.001", "95% CI, 0.70-0.89"):
January's U.S. list price rises, a heart failure pill's Phase 3 readout, NICE's rejection of
a breast cancer drug, Medicare's negotiated prices, a cash price cut for an obesity
injection, the MHRA's world-first approval of a twice-yearly heart shot and its list price,
an FDA approval of a kidney disease pill and its price, a cystic fibrosis drug on the PBS,
an FDA advisory panel on an ALS drug, a lung cancer drug at ASCO, the patent cliff, a
pharmacare deal with Nova Scotia, Britain's rebate on branded medicines, U.S. drug
shortages, Colorado's insulin cap, the EMA committee's October meeting, pharmacies in
England short of stock and a most-favoured-nation pricing deal. Speakers as such copy has
them: German „X sagte, ...“ and „..., sagte X“ with the title dropped, „teilte Swissmedic am
Donnerstag mit“, „teilte die EMA am Freitag mit“, „teilte das Unternehmen am Montag mit“,
„teilte der Konzern in der Nacht zum Freitag mit“, „Nach Angaben der Apothekerkammer“, „nach
Angaben des GKV-Spitzenverbands“; English "X said" and "X told analysts" or "told investors"
with the title and "Dr." dropped, companies, regulators and bodies opening the row
("Fernhollow Therapeutics said on Monday", "NICE said", "Calderlyn said", "Thornmere
Biologics said", "Tarrowmere Bio said", "The Medicines and Healthcare products Regulatory
Agency said", "The ABPI said") or closing it ("the company said on Tuesday", "the FDA
said"); and beside them the forms left unchecked (offices by role, spokespeople by role,
plural groups, „hieß es“, „hielt dagegen“, „verwies darauf“, „kündigte an“, „warnte“,
"warned", wie-clauses, „Gemäss“, „Laut ÖGK“, compounds, estimates, surveys, analyses,
filings and every "according to"). Figures as such copy has them: trial phases,
participants, sites and countries, relative risk reductions, hazard ratios with confidence
intervals and p-values, a randomisation ratio, scale points, a relapse rate, medians of
survival and follow-up, votes of an advisory panel, list prices per month, per year, per
dose, per cycle and per infusion, cash prices, discounts, rebates and price cuts in percent
and a rebate rate in per cent, co-payments and prescription fees in euros, cents, Australian
dollars and U.S. dollars, health insurers' and health services' spending in euros, francs,
pounds and dollars, shortage tallies and hours spent on them, supplies in months, patents
expiring in years, sales, write-downs, share moves, counts of drugs, patients and
applications, ages, fractions in words and digits, multiples, ordinals, hedges, ranges,
years and dates. Negatives as such copy has them - 57 rows, none with a figure: executives',
regulators', insurers' and advocates' rhetoric in quotes beside their own figures, labels
(„sprach von“, „nannte“, „kritisierte ... als“, "called"), verdicts with „hält ... für“ and
„halten ... für“, warnings naming no measure, cautions, hopes, fears, doubts, worries,
blame, an appeal, analysts' and experts' views, a demand without a measure and an open
question, each near a check-worthy look-alike from the same story.

242 rows (121 German, 121 English), 57 negatives (29 German, 28 English), 185 check-worthy
rows of which 17 carry no figure (14 German, 3 English), 302 expected quantities (89 counts,
63 percentages - 62 in "%", 1 in percentage points "pp" -, 55 amounts of money - 20 USD, 17
EUR, 7 CHF, 6 GBP, 3 AUD, 2 CAD -, 39 durations - 15 in years, 12 in months, 5 in days, 5 in
weeks, 2 in hours -, 17 dates - 1 with a year, 16 without -, 17 fractions, 12 years, 10
ordinals; 80 of them hedged: 38 "about", 13 "over", 8 "nearly", 8 "up_to", 6 "under", 6
"at_least", 1 "at_most"; none of them in a negative), 35 checked speakers (18 German, 17
English). These counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised, punctuation both dropped and read as a space) were reworded before the commit;
none remains. The made-up names, firms and drugs were checked against the earlier batches
and renamed where one had been used before.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, verdict, caution, hope, fear, doubt, worry, warning naming no measure,
  appeal, blame, demand without a measure, view or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, two-hundred-and-fifty-second, three-hundred-and-ninety-ninth,
  four-hundred-and-forty-seventh, four-hundred-and-sixty-third); a quoted or reported
  finding, figure, price, step, plan, demand with a figure, rule or cause is check-worthy
  with its speaker, also in Konjunktiv I (sixty-fourth, hundred-fifty-fifth,
  three-hundred-and-ninety-ninth). Pairs from one speaker: Lembeck-Sauer's 41 substances
  beside „Von einem Versorgungsnotstand sind wir weit entfernt“; Haidacher-Lenz's 40
  preparations beside „Wir beobachten die Lage sehr genau ...“; Montfort-Bellamy's third
  quarter beside "the backbone of heart failure care"; Kienberger-Stöckl's drivers beside
  „Wir zahlen jeden Preis ...“; Ahlquist-Renner's 17 percent beside „Die Pharmaindustrie
  bedient sich ...“; Achterberg-Reis's third beside "take price off the table";
  Leimbach-Oyen's filings beside „ein großer Moment“; Callaghan-Pyke's two years beside
  "tears of relief"; Okonjo-Strand's subgroups beside her caution; Hunkeler-Brügger's eleven
  medicines beside «Wir haben unsere Hausaufgaben gemacht»; Tiedemann-Voss's seven makers
  beside „Ohne Generika ...“; Gnägi-Rohner's 11 percent beside «... die Zeche ...»;
  Brandvold-Oakes's 20 hours beside "Better is not the same as fixed"; Pichler-Strasser's
  third beside „Wir dürfen nicht jeden Preis akzeptieren ...“; Vasquez-Pruett's one in four
  beside "Nobody should have to ration ..."; Baumann-Stähli's price claim beside her warning
  «Wer weiter an der Preisschraube dreht ...» (a warning naming no measure); the ABPI's
  three companies beside its chief executive's "pricing itself out"; and by office,
  unchecked, the president's 85% beside "get a free ride". Other negatives: labels („Der
  Kassenverband sprach von ...“, „Ein Händler sprach von ...“, „Die Ärztekammer kritisierte
  das Board als ...“, „Der Seniorenrat nannte ...“, "Calderlyn chief executive ... called
  the decision ...", "Bellhurst called the program ...", "Conservative critics called ...";
  two-hundred-and-fourth), verdicts with „hält ... für“ and „halten ... für“ (the
  pharmacists' associations, the Apothekerkammer, Santésuisse's spokeswoman, the
  Preisüberwacher, the Pharmabranche; ninety-eighth), a warning naming no measure (the vfa's
  president; three-hundred-and-ninety-ninth: „Der Pharmaverband vfa warnte, höhere
  Zwangsrabatte würden ...“), cautions ("Independent cardiologists called the result solid
  but said it still needed to be confirmed.", „Unabhängige Onkologen mahnten, ...
  abzuwarten.“, "Okonjo-Strand cautioned that doctors should not yet switch ..."), a panel
  member's grading of the data without a figure, hopes, fears, doubts and worries
  („Patientenverbände hoffen“, „Kritiker befürchten“, "Some investors said they doubted",
  "said they worried", "feared"), blame naming no act ("The Opposition's health spokeswoman
  accused the government of ..."), an appeal („appellierte die Ministerin“;
  four-hundred-and-sixty-third), a demand without a measure ("Lawmakers from both parties
  have called for incentives ..."; four-hundred-and-forty-seventh), an industry's and
  experts' views ("Insurers have long argued ...", "Health policy experts said the practical
  effect ... was likely to be small."; three-hundred-and-ninety-ninth: "Drugmakers have long
  argued ..."), the words of advocates, a patient and a pharmacist, and an open question
  („Ob die Regierung die Gebühr ... einfriert, ist offen.“; two-hundred-and-seventy-third).
  "The industry group PhRMA said insurers and pharmacy middlemen kept about half of every
  dollar ..." is check-worthy - a figure, not a view - with the speaker unchecked (a
  description before the name, three-hundred-and-ninety-ninth: "the industry group PhRMA
  said").
- Regulators, payers and companies (sixty-fourth, hundred-eighty-third,
  two-hundred-and-fifty-second, three-hundred-and-ninety-ninth): approvals, recommendations,
  ratings and refusals are check-worthy acts of record, also without a figure (Swissmedic's
  approval, „empfahl dessen Zulassung“, „lehnte der Ausschuss ein Mittel gegen Long Covid
  ab“, the G-BA's „beträchtlichen Zusatznutzen“ - a graded verdict a body publishes, as „nur
  einen geringen Zusatznutzen“ -, "won U.S. approval", NICE's rejection, "recommended
  against approving", the PBS listing, the advisory panel's vote), and so are procedures and
  rules that bind (the BAG deciding on the price in a separate procedure, the European
  Commission following the agency's opinions, the 15 days to ask for a re-examination, the
  six months of negotiation, the six months' stock since 2023, the pharmacies' surcharge,
  the pricing scheme's term, the most-favoured-nation terms of Halverstone's deal;
  four-hundred-and-sixty-third), filings and plans (Montfort-Bellamy's, Leimbach-Oyen's,
  Ravensfield's submission, Aldmoor's re-examination, Tarrowmere's second trial, the
  minister's bill), source lines („Das geht aus einer Auswertung ... hervor, ...“;
  four-hundred-and-forty-seventh) and a company's guidance in a vague range („einen Umsatz
  auf Vorjahresniveau“; three-hundred-and-ninety-ninth: „ein Plus im mittleren einstelligen
  Prozentbereich“). A stated cause is check-worthy without a figure (Kienberger-Stöckl's
  drivers; three-hundred-and-ninety-ninth), and so is a price claim without a figure
  (Baumann-Stähli's originals cheaper than in Germany).
- Trial results (sixty-fourth, two-hundred-and-fifty-second, three-hundred-and-sixty-second,
  three-hundred-and-ninety-ninth): trial phases in Arabic numerals are counts
  („Phase-3-Studie“ twice, "a Phase 3 trial"); relative changes as written ("by 21%", „um 31
  Prozent“, „um 25 Prozent“, "by 46%", "by 94%", "by 28%", „im Schnitt um 71 Prozent“);
  absolute shares as percentages („74,2 Prozent ..., ... 63,5 Prozent“, "11.2% ... and
  10.8%", "58% ..., against 61%", „bei 9 Prozent“); hazard ratios are counts ("0.79",
  „betrug 0,68“), a confidence level a percentage and its bounds counts ("(95% CI,
  0.70-0.89; ...)" 95, 0.7 and 0.89; „das 95-Prozent-Konfidenzintervall reichte von 0,56 bis
  0,83“ 95, 0.56 and 0.83), "p<0.001" and „(p<0,001)“ count 0.001 "under" and "(p=0.09)"
  count 0.09 with no hedge; "in a 2:1 ratio" 2 and 1; scale points are counts ("on a
  48-point function scale by 1.9 points" 48 and 1.9); votes are counts ("voted 7-6" 7 and
  6); medians of survival and of follow-up are durations with no hedge ("a median of 25.3
  months, compared with 18.9 months", "a median of 3.4 months", "followed for a median of 22
  months"); "once-daily" 1 and "given just twice a year" 2 ("just" no hedge;
  three-hundred-and-ninety-ninth: "a twice-yearly injection" 2, „zweimal im Jahr“ 2); "The
  lowest dose, 2.5 mg," 2.5 (sixty-fourth: "the top 15mg dose" 15; physical measures are
  counts). New: „Die jährliche Schubrate lag bei 0,11 gegenüber 0,12“ gives counts 0.11 and
  0.12 - an annualised relapse rate is a ratio with no base written, read as a hazard ratio
  is and as "a second rate without its base gives its figure only"
  (four-hundred-and-sixty-third); „jährliche“ carries none.
- Prices, rebates and spending (sixty-fourth, hundred-eighty-third,
  two-hundred-and-fifty-second, three-hundred-and-ninety-ninth): money in the currency
  written - USD ("$612.40", "about $3.5 billion", "about $41 billion", "about $8.1 billion",
  "$1,046 falls to $302", "as much as $1,700" "up_to" - "as much as" as "up to", hundredth
  -, "$4.2 billion", "$399 ..., compared with a list price of roughly $1,150", "$299",
  "$13,850 a month, or about $166,000 a year", "about $180 billion", "$21.7 billion", "more
  than $95 billion" "over", "less than $1 a vial" "under", "no more than $50 ... saving an
  average of $1,130" with "no more than" "at_most" (four-hundred-and-forty-seventh) and "an
  average of" no hedge, "$27 billion"), EUR („rund 4,6 Milliarden Euro“, „58,3 Milliarden
  Euro“, „rund 2,6 Milliarden Euro“, „bis zu 1,5 Millionen Euro“ "up_to", „8,35 Euro je
  Flasche“, „2,95 Millionen Euro“, „zwischen 170 und 300 Euro“ both with the unit written
  once, „bis zu 4,5 Milliarden Euro“, „rund 900 Millionen Euro“, „1,6 Milliarden Euro“,
  „über 400.000 Euro pro Jahr“ "over", „bis zu 2 Milliarden Euro“, „rund 650 Millionen
  Euro“, „um 25 Cent auf 7,80 Euro“ 0.25 and 7.8 - Cent as hundredths of a euro,
  four-hundred-and-seventy-third), CHF („2'180 Franken pro Infusion“ and „rund 28'000
  Franken im Jahr“ with the Swiss apostrophe - tenth -, „10,6 Milliarden Franken“, „1,4
  Milliarden Franken“, „4,62 Milliarden Franken“, „über 20 Millionen Franken“ "over", „rund
  108 Millionen Franken“), GBP ("£7,950", "more than £50,000" "over", "£3,290 per injection,
  or £6,580 a year", "about £3.4 billion", "£18.6 billion"), AUD ("about A$290,000 per
  patient each year", "A$26.50 ..., or A$7.20"), CAD ("C$1.1 billion", "C$12.7 billion").
  "per 21-day cycle" is 21 days and "a 30-day supply" (twice) 30 days
  (two-hundred-and-fifty-second: "a 28-day pack" 28 days, "a 30-day supply"); "per
  injection", "per prescription", "per patient", "a vial", "a month", "a year", "each year",
  „pro Infusion“, „je Flasche“, „je Packung“, „im Jahr“, „pro Jahr“, „jährlich“ carry none.
  Rebates, discounts and price moves are percentages as written („von 7 auf 17 Prozent“,
  "24.6 per cent ..., up from 17.1 per cent" - "per cent" as "%" -, "between 36% and 81%
  below list price" both, "more than 40%" "over", „bis zu 80 Prozent“ and "by up to 65%"
  "up_to", "at least 30%" "at_least", „um 70 bis 90 Prozent“ both, „um durchschnittlich 12
  Prozent“ and „im Schnitt“ no hedge, „51 Prozent teurer“, "by as much as 85%" "up_to",
  "only about 9%" "about" - "only" no hedge), a change of a share in points is "pp" („um 1,4
  Prozentpunkte auf 83,2 Prozent“ 1.4 "pp" and 83.2 "%"), spending, sales and share moves as
  written („um 8,4 Prozent“, „6,9 Prozent mehr“, „3 Prozent weniger“, „um 38 Prozent“, „um
  5,7 Prozent“, „um 11 Prozent“, „um 3,3 Prozent“, "up 8 per cent", "up 34% in premarket
  trading", "rose 3.1% ... fell 2.4%", „zeitweise um 62 Prozent“ - „zeitweise“ no hedge -,
  „1,8 Prozent tiefer“, „fast 12 Prozent“ "nearly"). Multiples are counts with their hedges
  („doppelt so viel wie vor fünf Jahren“ 2 and 5 years; hundred-eighty-third: „fast doppelt
  so viel“ 2 "nearly"); „mehr als verdreifacht“ carries none (a verb,
  four-hundred-and-seventy-third).
- Shortages and other counts (hundred-eighty-third, three-hundred-and-ninety-ninth,
  four-hundred-and-sixty-third and every batch): tallies as written („493 Lieferengpässe,
  gut 30 mehr“ 493 and 30 "over" - „mehr“ after the figure compares -, „bei 41 Wirkstoffen“,
  „1.041 Einträge“, „618 Arzneimittel“, „um 74 mehr“ with no hedge - APA's „um ... mehr“,
  four-hundred-and-sixty-third -, „bei rund 40 Präparaten“, „für 24 Wirkstoffe“, „52
  Arzneimittel“, „mehr als 300 Arzneimittel“ "over", „mit bis zu drei Herstellern“ "up_to",
  „Mindestens sieben Generikahersteller“ "at_least", „von 312 Medikamenten“, „von 34
  günstigen Medikamenten“, "214 ... 309", "more than 120 everyday medicines" "over", "187 of
  them", "the 13,500 licensed medicines"), participants, sites and countries ("4,870
  patients at 412 sites in 28 countries", "1,126 women", „1'734 Patientinnen und Patienten“
  with the Swiss apostrophe, „den 1.342 Teilnehmenden“, "404 adults", „den 54 behandelten
  Männern“, "312 patients", "41 patients", „zwei Studien mit insgesamt 1.162 ...“ 2 and
  1,162 - „insgesamt“ no hedge -, "682 patients", „mit 1.954 Erkrankten“, "Of 1,862
  pharmacists"), estimates with their hedges ("more than 640" "over", "about 590", "about
  600 patients", "Roughly 110,000 Americans", "About 3,400 Australians", "About 97,000 ...
  roughly 180,000", "About 41,000 ..., up from 33,000" - "up from" no hedge -, „etwa 850
  Menschen“, „rund 890.000 Menschen“), drug counts ("15 widely used drugs", "The 15 drugs",
  "A further 15 drugs" - "further" no hedge -, "three drugs", "12 new launches", "11 new
  medicines", "94 applications ..., up from 81", „elf neuen Medikamenten“, „zu neun
  Medikamenten ..., zwei davon“ - „davon“ no hedge -, „die zehn teuersten Präparate“ 10,
  "Only 11 of this year's increases" - "Only" no hedge), "three companies", "had rejected
  the drug twice" 2 (four-hundred-and-eighty-first: „zweimal“ 2), "Three manufacturers ...,
  and all three cut ..." two counts of 3 ("all" no hedge, four-hundred-and-eighty-first:
  "all 213 Democrats"), "A 14,000-patient study" 14,000 (a figure heading a compound,
  four-hundred-and-forty-seventh: "A 25-bed hospital"), „Body-Mass-Index von 35 oder mehr“
  35 "at_least" (an earlier batch: „Body-Mass-Index von 30 oder mehr“). None: "most of
  them", "nearly all" (four-hundred-and-forty-seventh: "almost all"), "every dollar",
  "several", „mehrere Blutdrucksenker“, „ein häufig verordnetes Asthmaspray“ (an article),
  „Die einmalige Infusion“ (three-hundred-and-ninety-ninth: "a one-time treatment") and
  "both parties".
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „knapp
  ein Drittel davon“ 0.3333 "nearly", „bei jeder zehnten Verordnung“ 0.1 (the dative,
  four-hundred-and-forty-seventh: „gut jedem fünften Einsatz“), „knapp ein Fünftel“ 0.2
  "nearly", „gut die Hälfte der Ausgaben“ 0.5 "over", „weniger als ein Fünftel“ 0.2 "under",
  "about half of every dollar" 0.5 "about", "9 in 10" 0.9 and "fewer than 1 in 5" 0.2
  "under" and "About 1 in 8" 0.125 "about" - the digits read as number words,
  four-hundred-and-seventieth and four-hundred-and-eighty-first: "About 6 in 10"; "fewer
  than" "under", fifty-fifth: "fewer than 1,500 spaces" -, "about a third" 0.3333 "about",
  „gut jeder zehnten behandelten Person“ 0.1 "over", "About one in six" 0.1667 "about",
  „knapp zwei Dritteln“ 0.6667 "nearly" (the dative), "nearly half" 0.5 "nearly", „fast
  jeder vierte Prämienfranken“ 0.25 "nearly", „bei rund einem Drittel“ 0.3333 "about",
  "about one in four" 0.25 "about".
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): "in the third quarter" 3,
  "the first medicines covered by Medicare Part B" 1, "the first oral treatment" 1 and "the
  first treatment for a rare form of childhood dementia" 1 (three-hundred-and-ninety-ninth:
  "the first gene therapy" 1), "a second trial" 2, „im ersten Halbjahr“ twice 1, "in its
  first year" 1 (three-hundred-and-ninety-ninth: "in the first year"), "in the second
  quarter" 2. New: "became the first in the world to approve" is ordinal 1 - "the first"
  with its noun left out ("the first regulator") ranks as "the first gene therapy" does, and
  "in the world" is no figure. „erstmals“ (twice), "the lowest dose", "best-selling", "the
  fewest since 2018" (the year only), "the most since 2019" (the year only), „größter
  Verlierer“, „das umsatzstärkste Medikament“, „die zehn teuersten“ (the 10 only) and "the
  lowest price" rank nothing (three-hundred-and-ninety-ninth,
  four-hundred-and-sixty-third).
- Durations, ages and spans (every batch): „knapp neun Stunden pro Woche“ 9 hours "nearly"
  and "about 20 hours a week" 20 hours "about" („pro Woche“, "a week" none;
  four-hundred-and-sixty-third: „im Schnitt sieben Stunden pro Woche“); stocks measured by
  the time they last („einen Vorrat für sechs Monate“ 6 months, „Vorräte für vier Monate“ 4
  months; four-hundred-and-sixty-third New); "after nine months", "after 36 weeks", „nach 18
  Monaten“, „Nach drei Jahren“, „Nach 16 Wochen“, "over 24 weeks" ("over" before a span no
  hedge), „binnen 72 Wochen“ and „binnen fünf Jahren“ with no hedge, "within 15 days" with
  no hedge, „binnen etwa zwei Monaten“ 2 months "about", „in den kommenden sechs Monaten“,
  „alle vier Wochen“ 4 weeks, "in the 12 months to October" 12 months, "over two years" and
  "for three years" and "runs for four years" years, "more than two years" "over", "two
  years earlier" 2 years, "after 19 months", „vor fünf Jahren“ 5 years, „um weitere zwei
  Jahre“ 2 years („weitere“ no hedge), "within the past three years" 3 years, „mindestens
  150 Behandlungstage“ 150 days "at_least" (two-hundred-and-fifty-second New: „mit sieben
  Behandlungstagen“ 7 days - days of treatment are a span). Ages are durations in years:
  „zwischen 55 und 85 Jahren“ both ends (four-hundred-and-sixty-third: „zwischen zehn und 15
  Jahren“), „für Kinder ab sechs Jahren“ 6 years "at_least" (four-hundred-and-sixty-third:
  „ab 60 Jahren“), "aged 12 and older" 12 years "at_least". New: "have fallen for six years
  in a row" is 6 years - a cardinal before "years" with "in a row" names the length of a
  run, while "the fourth year in a row" (an earlier batch) ranks one year as an ordinal.
  None: „zu Jahresbeginn“, „mit Ende Jänner“ (a month's end, four-hundred-and-eighty-first:
  „Ende August“), „im Vorjahr“, „im Jahr davor“, „im vergangenen Jahr“, „vor einem Jahr“,
  „heuer“, „im Vorjahreszeitraum“, „im Juli“, „ab Oktober“, „binnen eines Jahres“ (an
  article), „noch in diesem Jahr“, „vor der Sommerpause“, „am Vormittag“, „in der Nacht zum
  Freitag“, "as the year began", "last year", "the year before", "a year earlier", "this
  year", "in the same period last year", "since January", "within a year" (an article), "in
  the spring", "in November", "in May", "last month", "decades", weekdays and months.
- Years and dates: years („Seit 2023“, „im Dezember 2023“ - a month with a year is the year,
  two-hundred-and-seventy-third -, „seit 2020“, „ab 2027“, "in 2027", "by the end of 2030",
  "in 2028", "by 2031", "since 2019", "since 2018", "in 2024", "until the end of 2028");
  dates ("until Feb. 6" --02-06, "by Feb. 1" --02-01, "by June 28" --06-28, „seit dem 1.
  April“ --04-01, "from May 1" --05-01 ("from" no hedge), „ab 1. Dezember“ --12-01 („ab“
  before a date no hedge, four-hundred-and-first: „ab dem 6. Februar“), „mit 1. Jänner“
  --01-01 (the Austrian "mit", hundred-twenty-third), "take effect Jan. 1, 2028"
  2028-01-01); Reuters datelines with a day are dates without a year ("NEW YORK, Jan 2"
  --01-02, "BOSTON, Jan 13" --01-13, "NEW YORK, March 3" --03-03, "LONDON, March 19"
  --03-19, "WASHINGTON, April 9" --04-09, "CHICAGO, June 1" --06-01, "LONDON, June 16"
  --06-16, "AMSTERDAM, Oct 17" --10-17, "WASHINGTON, Nov 4" --11-04); dpa ("Bonn (dpa) -",
  "Berlin (dpa) -", "Amsterdam (dpa) -", "München (dpa/lby) -"), APA, Keystone-SDA, Reuters
  German ("Frankfurt (Reuters) -", "Darmstadt (Reuters) -"), AP ("WASHINGTON (AP) —",
  "SILVER SPRING, Md. (AP) —", "ATLANTA (AP) —", "DENVER (AP) —"), PA, AAP and CP ("HALIFAX
  (CP) —") datelines none (seventy-ninth); "Md." ends no sentence
  (three-hundred-and-ninety-ninth).
- Names, codes and labels carry none: "ADHD", "ALS", "KFF", "ASCO", "PBS", "CHMP", „Long
  Covid“, „Hämophilie B“ (as "Influenza B", four-hundred-and-sixty-third), "Medicare Part B"
  (a letter label, as "Band D", four-hundred-and-seventy-third), "D-Denver". New:
  "lipoprotein(a)" (twice) carries no quantity - the bracketed letter names a blood fat, as
  „A(H3N2)“ names a virus subtype (four-hundred-and-sixty-third), and is no list marker or
  figure.
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Roughly"
  "about"; „knapp“, „fast“, "nearly" "nearly"; „gut“, „mehr als“, „über“ before a figure,
  "more than" "over"; „weniger als“, "fewer than", "less than" "under"; „mindestens“,
  „Mindestens“, „ab“ before an age, „oder mehr“, "at least", "and older" "at_least"; „bis
  zu“, "up to", "as much as" "up_to"; "no more than" "at_most". No hedge: „im Schnitt“,
  „durchschnittlich“, „insgesamt“, „zeitweise“, „derzeit“, „inzwischen“, „bereits“,
  „allein“, „Allein“, „nur“, „noch immer“, „weiteren“, „weitere“, „davon“, „binnen“, „um“
  before a difference, "a median of", "an average of", "Only", "only", "just", "further",
  "up from", "compared with", "against", "within", "over" before a span, "from", "all", and
  verbs ("exceeded", „mehr als verdreifacht“).
- Speakers, checked only in forms the earlier batches settled. German: „X sagte, ...“
  opening the row and „..., sagte X“ closing it with the title dropped („BfArM-Präsident
  Hartwig Lembeck-Sauer sagte“, „GKV-Vorständin Brigitte Ahlquist-Renner sagte“,
  „Pharmig-Generalsekretärin Annemarie Trattnig-Holub sagte“, „Zollhafen-Chefin Dorothea
  Leimbach-Oyen sagte“, „Konzernchef Severin Hunkeler-Brügger sagte“,
  „Interpharma-Geschäftsführerin Corinne Baumann-Stähli sagte“, „sagte BASG-Sprecherin
  Margit Haidacher-Lenz“, „sagte Deutschlandchef Florian Wendling-Marx“, „sagte
  Pro-Generika-Geschäftsführer Ansgar Tiedemann-Voss“, „sagte Santésuisse-Sprecher Mathias
  Gnägi-Rohner“; three-hundred-and-ninety-ninth, four-hundred-and-sixty-third), „sagte
  ÖGK-Obmann Reinhold Kienberger-Stöckl am Montag vor Journalisten“ with the weekday and the
  audience dropped (four-hundred-and-forty-seventh), „Onkologin Elisabeth Pichler-Strasser
  von der MedUni Graz sagte“ with the affiliation dropped (four-hundred-and-twentieth,
  four-hundred-and-sixty-third); „teilte Swissmedic am Donnerstag mit“ -> "Swissmedic",
  „teilte die EMA am Freitag mit“ -> "die EMA", „teilte das Unternehmen am Montag mit“ ->
  "das Unternehmen", „teilte der Konzern in der Nacht zum Freitag mit“ -> "der Konzern"
  (three-hundred-and-ninety-ninth); „Nach Angaben der Apothekerkammer“ -> "die
  Apothekerkammer" and „nach Angaben des GKV-Spitzenverbands“ -> "der GKV-Spitzenverband"
  (the source in the nominative with its article; four-hundred-and-sixty-third,
  four-hundred-and-seventy-third). English: the name with the title and "Dr." dropped
  ("Chief Executive Ayesha Montfort-Bellamy told analysts", "Westbury Chief Commercial
  Officer Daniel Achterberg-Reis told reporters", "Cystic Fibrosis Australia chief executive
  Nerida Callaghan-Pyke said", "Lead investigator Dr. Marguerite Okonjo-Strand said",
  "Merrivale Chief Financial Officer Eleanor Fitzwarren-Mayo told investors" - told
  investors as told analysts, three-hundred-and-ninety-ninth -, "Pharmacy director Dr.
  Leticia Brandvold-Oakes of a hospital system in Georgia said" with the affiliation
  dropped, as the German „vom Kreisklinikum“ (four-hundred-and-forty-seventh)); companies,
  regulators and bodies as written ("Fernhollow Therapeutics said on Monday" opening the row
  after the dateline, "NICE said", "Calderlyn said", "Thornmere Biologics said", "Tarrowmere
  Bio said"; three-hundred-and-ninety-ninth: "NICE said", "Quillfeather said"), "The
  Medicines and Healthcare products Regulatory Agency said" and "The ABPI said" with the
  article lowered (four-hundred-and-sixty-third: "The European Medicines Agency said" and
  "the CDC said"), "the company said on Tuesday", "The company said" and "the FDA said"
  (hundred-fifty-fifth, four-hundred-and-forty-seventh). New: "State Rep. Lorena
  Vasquez-Pruett, D-Denver, said" -> "Lorena Vasquez-Pruett" - a state legislator's party
  and district label is dropped as a member's party and state label is ("Rep. X, R-Texas,
  said", four-hundred-and-eighty-first), the city in place of the state changing nothing.
  Left unchecked (None): all negatives, also those with a named speaker; offices and roles
  („Der Gesundheitsminister kündigte an“, „Die bayerische Gesundheitsministerin kündigte
  an“, „Eine Sprecherin des GKV-Spitzenverbands sagte“, „sagte eine Sprecherin des
  Sozialministeriums“, "the Health Minister said", "the president said", "A health
  department spokesperson said"); plural groups ("federal officials announced", "officials
  said", "FDA reviewers noted", "the researchers said"); „hieß es beim Verband“, „hielt
  dagegen“ (four-hundred-and-seventy-third), „verwies darauf“, „warnte“ (in a negative),
  "plans to", "has estimated", "expects"; a body after a relative clause ("Hollisford
  Pharmaceuticals, which raised ..., said"; four-hundred-and-forty-seventh) and a
  description before the name ("The industry group PhRMA said"); „wie das BAG am Montag
  mitteilte“ (wie-clauses, four-hundred-and-sixty-third); „Gemäss Santésuisse“ and „gemäss
  dem ... Auslandpreisvergleich“ (four-hundred-and-fourth); „Laut ÖGK“
  (four-hundred-and-sixty-third: „laut“ before a body left unchecked in the health rounds);
  compounds („nach Herstellerangaben“); estimates, surveys and data („Nach einer Umfrage des
  Deutschen Apothekerverbands“, „nach einer Umfrage des Bayerischen Apothekerverbands“,
  „Nach Schätzungen der Deutschen Hämophiliegesellschaft“, „nach Zahlen des Marktforschers
  IQVIA“, „nach eigenen Schätzungen“, „Das geht aus ... hervor“, „rechnet die Kasse“,
  „demnach“, "the analysis found", "a state analysis found", "a survey has found", "Analysts
  at Pellridge Securities estimate", "Canada's Drug Agency has estimated", "The Department
  of Health and Social Care expects" - a verb of expecting, not of saying -, "according to a
  company filing"); and every "according to" (an analysis by Kelderby Analytics, the
  company, the Centers for Medicare & Medicaid Services, a survey by KFF, the British Heart
  Foundation, the National Kidney Foundation, the department, Evaluate twice, federal
  estimates, NHS England figures, analysts at Crestwater Partners; two-hundred-and-fourth,
  four-hundred-and-twentieth). To keep the checked speakers near 35, as the
  three-hundred-and-ninety-ninth and four-hundred-and-forty-seventh batches did, some
  companies' and bodies' figures are given with "according to" or as estimates.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_484 = [
    # --- U.S. list price increases in January (Reuters), January 2 ---
    (
        "en",
        "NEW YORK, Jan 2 (Reuters) - Drugmakers raised U.S. list prices on more than 640 branded medicines as the year began, with a median increase of 4.3%, according to an analysis by research firm Kelderby Analytics.",
        True,
        [("date", "--01-02", None, None), ("count", 640, None, "over"), ("percent", 4.3, "%", None)],
        None,
    ),
    (
        "en",
        "That compares with increases on about 590 drugs at the same point last year, when the median rise was 4.7%.",
        True,
        [("count", 590, None, "about"), ("percent", 4.7, "%", None)],
        None,
    ),
    (
        "en",
        "Only 11 of this year's increases exceeded 10%, the analysis found.",
        True,
        [("count", 11, None, None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "Hollisford Pharmaceuticals, which raised the price of its blood thinner Vantrexa by 5.9% to $612.40 for a 30-day supply, said the list price did not reflect what most patients pay.",
        True,
        [("percent", 5.9, "%", None), ("money", 612.4, "USD", None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Net prices for its medicines after rebates have fallen for six years in a row, according to the company.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        '"Every January the same ritual plays out, and every January patients are left holding the bill," said Marisa Quintero-Holt of the advocacy group Fair Rx Now.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The industry group PhRMA said insurers and pharmacy middlemen kept about half of every dollar spent on branded drugs.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    # --- Germany's shortage list at the start of the year (dpa), January ---
    (
        "de",
        "Bonn (dpa) - Hersteller haben dem BfArM zu Jahresbeginn 493 Lieferengpässe gemeldet, gut 30 mehr als im Dezember.",
        True,
        [("count", 493, None, None), ("count", 30, None, "over")],
        None,
    ),
    (
        "de",
        "Betroffen sind unter anderem Antibiotika-Säfte für Kinder, mehrere Blutdrucksenker und ein häufig verordnetes Asthmaspray.",
        True,
        [],
        None,
    ),
    (
        "de",
        "BfArM-Präsident Hartwig Lembeck-Sauer sagte, bei 41 Wirkstoffen sei die Lage kritisch, für knapp ein Drittel davon gebe es keine gleichwertige Alternative.",
        True,
        [("count", 41, None, None), ("fraction", 0.3333, None, "nearly")],
        "Hartwig Lembeck-Sauer",
    ),
    ("de", "„Von einem Versorgungsnotstand sind wir weit entfernt“, sagte Lembeck-Sauer.", False, [], None),
    (
        "de",
        "Die Liste der versorgungskritischen Wirkstoffe des Instituts umfasst inzwischen 1.041 Einträge.",
        True,
        [("count", 1041, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer Umfrage des Deutschen Apothekerverbands verbringen Apothekenteams knapp neun Stunden pro Woche mit der Beschaffung von Ersatzpräparaten.",
        True,
        [("duration", 9, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die Apothekerverbände halten die bisherigen Gegenmaßnahmen der Bundesregierung für unzureichend.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2023 müssen Hersteller für Arzneimittel mit Rabattvertrag einen Vorrat für sechs Monate vorhalten.",
        True,
        [("year", 2023, None, None), ("duration", 6, "month", None)],
        None,
    ),
    # --- Heart failure pill's Phase 3 readout (Reuters), January 13 ---
    (
        "en",
        "BOSTON, Jan 13 (Reuters) - Fernhollow Therapeutics said on Monday its experimental heart failure pill cut the risk of hospitalization or cardiovascular death by 21% in a Phase 3 trial, sending its shares up 34% in premarket trading.",
        True,
        [
            ("date", "--01-13", None, None),
            ("percent", 21, "%", None),
            ("count", 3, None, None),
            ("percent", 34, "%", None),
        ],
        "Fernhollow Therapeutics",
    ),
    (
        "en",
        "The study enrolled 4,870 patients at 412 sites in 28 countries, who were followed for a median of 22 months.",
        True,
        [
            ("count", 4870, None, None),
            ("count", 412, None, None),
            ("count", 28, None, None),
            ("duration", 22, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The hazard ratio was 0.79 (95% CI, 0.70-0.89; p<0.001).",
        True,
        [
            ("count", 0.79, None, None),
            ("percent", 95, "%", None),
            ("count", 0.7, None, None),
            ("count", 0.89, None, None),
            ("count", 0.001, None, "under"),
        ],
        None,
    ),
    (
        "en",
        "Serious side effects occurred in 11.2% of patients on the drug and 10.8% of those on placebo.",
        True,
        [("percent", 11.2, "%", None), ("percent", 10.8, "%", None)],
        None,
    ),
    (
        "en",
        "Independent cardiologists called the result solid but said it still needed to be confirmed.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Ayesha Montfort-Bellamy told analysts the company would file its U.S. marketing application in the third quarter.",
        True,
        [("ordinal", 3, None, None)],
        "Ayesha Montfort-Bellamy",
    ),
    ("en", '"We believe this can become the backbone of heart failure care," Montfort-Bellamy said.', False, [], None),
    (
        "en",
        "Analysts at Pellridge Securities estimate peak annual sales of about $3.5 billion if the pill is approved.",
        True,
        [("money", 3500000000, "USD", "about")],
        None,
    ),
    # --- Austria's shortage register (APA), end of January ---
    (
        "de",
        "Wien (APA) - Im Register des BASG für Vertriebseinschränkungen waren mit Ende Jänner 618 Arzneimittel gelistet.",
        True,
        [("count", 618, None, None)],
        None,
    ),
    (
        "de",
        "Das sind um 74 mehr als vor einem Jahr, aber deutlich weniger als zum Höchststand im Dezember 2023.",
        True,
        [("count", 74, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Bei rund 40 Präparaten gebe es derzeit keinen Ersatz, sagte BASG-Sprecherin Margit Haidacher-Lenz.",
        True,
        [("count", 40, None, "about")],
        "Margit Haidacher-Lenz",
    ),
    (
        "de",
        "Heuer sollen Großhändler erstmals verpflichtet werden, für 24 Wirkstoffe Vorräte für vier Monate anzulegen.",
        True,
        [("count", 24, None, None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "„Wir beobachten die Lage sehr genau und greifen ein, wo es nötig ist“, sagte Haidacher-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Apothekerkammer hält die Vorratspflicht für einen richtigen, aber verspäteten Schritt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Apothekerkammer müssen Apotheken derzeit bei jeder zehnten Verordnung nach einem Ersatz suchen.",
        True,
        [("fraction", 0.1, None, None)],
        "die Apothekerkammer",
    ),
    # --- NICE rejects a breast cancer drug (PA), late January ---
    (
        "en",
        "LONDON (PA) - The drugs watchdog for England has rejected a breast cancer treatment costing £7,950 per 21-day cycle, saying it is not a cost-effective use of NHS money.",
        True,
        [("money", 7950, "GBP", None), ("duration", 21, "day", None)],
        None,
    ),
    (
        "en",
        "In a trial of 1,126 women with advanced disease, Calderlyn Oncology's trenzacept delayed the worsening of the cancer by a median of 3.4 months.",
        True,
        [("count", 1126, None, None), ("duration", 3.4, "month", None)],
        None,
    ),
    (
        "en",
        "NICE said its committee put the cost of each quality-adjusted life year gained at more than £50,000 even after a confidential discount, above the range it normally accepts.",
        True,
        [("money", 50000, "GBP", "over")],
        "NICE",
    ),
    (
        "en",
        '"This is a devastating blow for women who have run out of options," said Breast Cancer Now chief executive Delia Farnleigh-Kay.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Calderlyn said it had proposed cutting the list price by more than 40% for the NHS.",
        True,
        [("percent", 40, "%", "over")],
        "Calderlyn",
    ),
    (
        "en",
        "Patients and clinicians can comment on the draft guidance until Feb. 6, with a final decision expected in the spring.",
        True,
        [("date", "--02-06", None, None)],
        None,
    ),
    (
        "en",
        'Calderlyn chief executive Martin Oyelaran-Pryce called the decision "a step backwards for British patients."',
        False,
        [],
        None,
    ),
    # --- The ÖGK's drug bill (APA), February ---
    (
        "de",
        "Wien (APA) - Die Ausgaben der Österreichischen Gesundheitskasse (ÖGK) für Medikamente sind im Vorjahr um 8,4 Prozent auf rund 4,6 Milliarden Euro gestiegen.",
        True,
        [("percent", 8.4, "%", None), ("money", 4600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Heuer rechnet die Kasse mit einem weiteren Plus von sechs bis sieben Prozent.",
        True,
        [("percent", 6, "%", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Treiber seien vor allem neue Krebstherapien und Medikamente gegen seltene Erkrankungen, sagte ÖGK-Obmann Reinhold Kienberger-Stöckl am Montag vor Journalisten.",
        True,
        [],
        "Reinhold Kienberger-Stöckl",
    ),
    (
        "de",
        "Allein auf die zehn teuersten Präparate entfiel demnach knapp ein Fünftel der Heilmittelkosten.",
        True,
        [("count", 10, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wir zahlen jeden Preis, den die Industrie verlangt, und das kann so nicht weitergehen“, sagte Kienberger-Stöckl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Pharmaverband Pharmig verwies darauf, dass Medikamente nur rund 13 Prozent der gesamten Gesundheitsausgaben ausmachten.",
        True,
        [("percent", 13, "%", "about")],
        None,
    ),
    (
        "de",
        "Pharmig-Generalsekretärin Annemarie Trattnig-Holub sagte, seit 2020 seien in Österreich 52 Arzneimittel vom Markt genommen worden, weil sich ihr Vertrieb nicht mehr rechne.",
        True,
        [("year", 2020, None, None), ("count", 52, None, None)],
        "Annemarie Trattnig-Holub",
    ),
    # --- Medicare's negotiated prices (AP), February ---
    (
        "en",
        "WASHINGTON (AP) — Prices negotiated by Medicare for 15 widely used drugs come in between 36% and 81% below list price, federal officials announced Tuesday.",
        True,
        [("count", 15, None, None), ("percent", 36, "%", None), ("percent", 81, "%", None)],
        None,
    ),
    (
        "en",
        "The 15 drugs accounted for about $41 billion in Medicare spending, or roughly 14% of the program's total drug costs, in the 12 months to October.",
        True,
        [
            ("count", 15, None, None),
            ("money", 41000000000, "USD", "about"),
            ("percent", 14, "%", "about"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The prices, which take effect Jan. 1, 2028, would have saved the program about $8.1 billion had they applied last year, according to the Centers for Medicare & Medicaid Services.",
        True,
        [("date", "2028-01-01", None, None), ("money", 8100000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Among the drugs is Bellhurst Pharma's diabetes and weight-loss injection Glyzera, whose monthly list price of $1,046 falls to $302 under the deal.",
        True,
        [("money", 1046, "USD", None), ("money", 302, "USD", None)],
        None,
    ),
    (
        "en",
        "Enrollees who take the drugs could save as much as $1,700 a year in out-of-pocket costs, officials said.",
        True,
        [("money", 1700, "USD", "up_to")],
        None,
    ),
    (
        "en",
        '"This is the biggest win for seniors at the pharmacy counter in a generation," the health secretary said.',
        False,
        [],
        None,
    ),
    ("en", 'Bellhurst called the program "price-setting by another name."', False, [], None),
    (
        "en",
        "The company said it had spent $4.2 billion developing Glyzera and that 9 in 10 of its research projects never reach patients.",
        True,
        [("money", 4200000000, "USD", None), ("fraction", 0.9, None, None)],
        "the company",
    ),
    (
        "en",
        "A further 15 drugs, including the first medicines covered by Medicare Part B, will be selected for negotiation by Feb. 1.",
        True,
        [("count", 15, None, None), ("ordinal", 1, None, None), ("date", "--02-01", None, None)],
        None,
    ),
    # --- Statutory insurers' drug spending (dpa), February ---
    (
        "de",
        "Berlin (dpa) - Die gesetzlichen Krankenkassen haben im vergangenen Jahr 58,3 Milliarden Euro für Arzneimittel ausgegeben, 6,9 Prozent mehr als im Jahr davor.",
        True,
        [("money", 58300000000, "EUR", None), ("percent", 6.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Generika an allen Verordnungen stieg zugleich um 1,4 Prozentpunkte auf 83,2 Prozent.",
        True,
        [("percent", 1.4, "pp", None), ("percent", 83.2, "%", None)],
        None,
    ),
    (
        "de",
        "Patentgeschützte Arzneimittel machten nach Angaben des GKV-Spitzenverbands gut die Hälfte der Ausgaben aus, obwohl auf sie nur knapp 7 Prozent der Verordnungen entfielen.",
        True,
        [("fraction", 0.5, None, "over"), ("percent", 7, "%", "nearly")],
        "der GKV-Spitzenverband",
    ),
    (
        "de",
        "GKV-Vorständin Brigitte Ahlquist-Renner sagte, der Herstellerabschlag müsse von 7 auf 17 Prozent steigen, das brächte den Kassen jährlich rund 2,6 Milliarden Euro.",
        True,
        [("percent", 7, "%", None), ("percent", 17, "%", None), ("money", 2600000000, "EUR", "about")],
        "Brigitte Ahlquist-Renner",
    ),
    (
        "de",
        "„Die Pharmaindustrie bedient sich ungeniert an den Beiträgen der Versicherten“, sagte Ahlquist-Renner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband forschender Arzneimittelhersteller (vfa) hielt dagegen, neue Arzneimittel seien für weniger als ein Fünftel des Ausgabenanstiegs verantwortlich.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "de",
        "Vfa-Präsident Clemens Wiedenhöft-Saal warnte, höhere Zwangsrabatte würden Forschung und Produktion aus Deutschland vertreiben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gesundheitsminister kündigte an, noch vor der Sommerpause einen Gesetzentwurf zu den Arzneimittelpreisen vorzulegen.",
        True,
        [],
        None,
    ),
    # --- A cash price cut for an obesity injection (Reuters), March 3 ---
    (
        "en",
        "NEW YORK, March 3 (Reuters) - Westbury Labs will cut the cash price of its weekly obesity injection Slendova to $399 a month for most doses, compared with a list price of roughly $1,150, the company said on Tuesday.",
        True,
        [("date", "--03-03", None, None), ("money", 399, "USD", None), ("money", 1150, "USD", "about")],
        "the company",
    ),
    (
        "en",
        "The lowest dose, 2.5 mg, will cost $299 a month.",
        True,
        [("count", 2.5, None, None), ("money", 299, "USD", None)],
        None,
    ),
    (
        "en",
        "About 42% of U.S. adults have obesity, and fewer than 1 in 5 of those with insurance have coverage for the drugs, according to a survey by health policy group KFF.",
        True,
        [("percent", 42, "%", "about"), ("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "Westbury Chief Commercial Officer Daniel Achterberg-Reis told reporters that cash sales already made up about a third of new prescriptions.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Daniel Achterberg-Reis",
    ),
    ("en", '"We want to take price off the table as a reason not to start," Achterberg-Reis said.', False, [], None),
    (
        "en",
        "Shares of Westbury rose 3.1%, while rival Corlander Pharma fell 2.4%.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    # --- Swissmedic approves an Alzheimer's antibody (Keystone-SDA), March ---
    (
        "de",
        "Bern (Keystone-SDA) - Swissmedic hat erstmals ein Medikament zugelassen, das den Verlauf der Alzheimer-Krankheit im Frühstadium bremsen soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Antikörper des Basler Herstellers Rheinsteg Pharma verlangsamte in der Zulassungsstudie den geistigen Abbau nach 18 Monaten um 25 Prozent.",
        True,
        [("duration", 18, "month", None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Untersucht wurden 1'734 Patientinnen und Patienten im Alter zwischen 55 und 85 Jahren.",
        True,
        [("count", 1734, None, None), ("duration", 55, "year", None), ("duration", 85, "year", None)],
        None,
    ),
    (
        "de",
        "Bei gut jeder zehnten behandelten Person traten Hirnschwellungen oder Mikroblutungen auf, teilte Swissmedic am Donnerstag mit.",
        True,
        [("fraction", 0.1, None, "over")],
        "Swissmedic",
    ),
    (
        "de",
        "Ob und zu welchem Preis die Grundversicherung die Therapie bezahlt, entscheidet das Bundesamt für Gesundheit (BAG) in einem separaten Verfahren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Hersteller beantragt einen Preis von 2'180 Franken pro Infusion, bei einer Gabe alle vier Wochen ergäbe das rund 28'000 Franken im Jahr.",
        True,
        [("money", 2180, "CHF", None), ("duration", 4, "week", None), ("money", 28000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Für die Betroffenen und ihre Familien ist das ein Hoffnungsschimmer», sagte Alzheimer-Schweiz-Geschäftsleiterin Ursina Gredig-Pfister.",
        False,
        [],
        None,
    ),
    ("de", "Santésuisse-Sprecherin Lea Hostettler-Wyss hält den Preis für «nicht vermittelbar».", False, [], None),
    # --- The MHRA approves a twice-yearly heart shot first (Reuters), March 19 ---
    (
        "en",
        "LONDON, March 19 (Reuters) - Britain's medicines regulator on Thursday became the first in the world to approve a gene-silencing injection that lowers an inherited driver of heart disease and is given just twice a year.",
        True,
        [("date", "--03-19", None, None), ("ordinal", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Medicines and Healthcare products Regulatory Agency said the approval rested on a trial in which the shot cut lipoprotein(a) levels by 94% after 36 weeks.",
        True,
        [("percent", 94, "%", None), ("duration", 36, "week", None)],
        "the Medicines and Healthcare products Regulatory Agency",
    ),
    (
        "en",
        "A 14,000-patient study testing whether the drug prevents heart attacks is due to report in 2027.",
        True,
        [("count", 14000, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Thornmere Biologics said the list price would be £3,290 per injection, or £6,580 a year.",
        True,
        [("money", 3290, "GBP", None), ("money", 6580, "GBP", None)],
        "Thornmere Biologics",
    ),
    (
        "en",
        'The MHRA\'s chief executive said the decision showed Britain could be "a fast and trusted place" to launch new medicines.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About one in six people has raised levels of lipoprotein(a), for which no treatment is yet approved, according to the British Heart Foundation.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    # --- A Mainz cancer vaccine meets its goal (Reuters German), March ---
    (
        "de",
        "Frankfurt (Reuters) - Das Mainzer Biotechunternehmen Zollhafen Immuntherapeutika hat mit seinem Krebsimpfstoff gegen Darmkrebs in einer Phase-3-Studie das Hauptziel erreicht.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Risiko eines Rückfalls oder Todes sank bei den 1.342 Teilnehmenden um 31 Prozent, teilte das Unternehmen am Montag mit.",
        True,
        [("count", 1342, None, None), ("percent", 31, "%", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Das Hazard Ratio betrug 0,68, das 95-Prozent-Konfidenzintervall reichte von 0,56 bis 0,83 (p<0,001).",
        True,
        [
            ("count", 0.68, None, None),
            ("percent", 95, "%", None),
            ("count", 0.56, None, None),
            ("count", 0.83, None, None),
            ("count", 0.001, None, "under"),
        ],
        None,
    ),
    (
        "de",
        "Nach drei Jahren waren 74,2 Prozent der geimpften Patientinnen und Patienten rückfallfrei, in der Vergleichsgruppe 63,5 Prozent.",
        True,
        [("duration", 3, "year", None), ("percent", 74.2, "%", None), ("percent", 63.5, "%", None)],
        None,
    ),
    (
        "de",
        "Zollhafen-Chefin Dorothea Leimbach-Oyen sagte, man wolle noch in diesem Jahr Zulassungsanträge in der EU und den USA stellen.",
        True,
        [],
        "Dorothea Leimbach-Oyen",
    ),
    (
        "de",
        "„Das ist ein großer Moment für alle, die an diesen Ansatz geglaubt haben“, sagte Leimbach-Oyen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie schoss im Frankfurter Handel zeitweise um 62 Prozent nach oben.",
        True,
        [("percent", 62, "%", None)],
        None,
    ),
    (
        "de",
        "Unabhängige Onkologen mahnten, vor einer Bewertung die Daten zum Gesamtüberleben abzuwarten.",
        False,
        [],
        None,
    ),
    # --- FDA approves a kidney disease pill (Reuters), April 9 ---
    (
        "en",
        "WASHINGTON, April 9 (Reuters) - Quillmere Bio's pill for a rare kidney disease won U.S. approval on Wednesday, becoming the first oral treatment for the condition.",
        True,
        [("date", "--04-09", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The once-daily drug reduced protein in the urine by 46% after nine months compared with placebo in a trial of 404 adults.",
        True,
        [
            ("count", 1, None, None),
            ("percent", 46, "%", None),
            ("duration", 9, "month", None),
            ("count", 404, None, None),
        ],
        None,
    ),
    (
        "en",
        "It will carry a list price of $13,850 a month, or about $166,000 a year, according to the company.",
        True,
        [("money", 13850, "USD", None), ("money", 166000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Full approval will depend on a confirmatory study showing the drug slows kidney decline over two years, the FDA said.",
        True,
        [("duration", 2, "year", None)],
        "the FDA",
    ),
    (
        "en",
        "Nephrologists welcomed the approval but said they worried about what patients would end up paying.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The disease affects roughly 110,000 Americans, according to the National Kidney Foundation.",
        True,
        [("count", 110000, None, "about")],
        None,
    ),
    (
        "en",
        '"Patients have waited decades for something they can simply swallow," Quillmere chief executive Lionel Beauchamp-Reed said.',
        False,
        [],
        None,
    ),
    # --- Fever syrups short in Bavaria (dpa/lby), April ---
    (
        "de",
        "München (dpa/lby) - In Bayern sind nach einer Umfrage des Bayerischen Apothekerverbands derzeit mehr als 300 Arzneimittel nur schwer oder gar nicht lieferbar.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders knapp seien Fiebersäfte mit Ibuprofen für Kleinkinder und das Antibiotikum Amoxicillin, hieß es beim Verband.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die bayerische Gesundheitsministerin kündigte an, bis zu 1,5 Millionen Euro für die Herstellung von Säften in Apotheken bereitzustellen.",
        True,
        [("money", 1500000, "EUR", "up_to")],
        None,
    ),
    ("de", "Eltern sollten keine Medikamente auf Vorrat kaufen, appellierte die Ministerin.", False, [], None),
    (
        "de",
        "Apotheken dürfen fehlende Säfte seit dem 1. April selbst herstellen und dafür einen Zuschlag von 8,35 Euro je Flasche berechnen.",
        True,
        [("date", "--04-01", None, None), ("money", 8.35, "EUR", None)],
        None,
    ),
    # --- A cystic fibrosis drug on the PBS (AAP), April ---
    (
        "en",
        "SYDNEY (AAP) - The federal government will subsidise a cystic fibrosis medicine priced at about A$290,000 per patient each year, adding it to the PBS from May 1.",
        True,
        [("money", 290000, "AUD", "about"), ("date", "--05-01", None, None)],
        None,
    ),
    (
        "en",
        "From then, eligible patients will pay the standard co-payment of A$26.50 per prescription, or A$7.20 if they hold a concession card, the Health Minister said.",
        True,
        [("money", 26.5, "AUD", None), ("money", 7.2, "AUD", None)],
        None,
    ),
    (
        "en",
        "About 3,400 Australians aged 12 and older are expected to benefit, according to the department.",
        True,
        [("count", 3400, None, "about"), ("duration", 12, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Cystic Fibrosis Australia chief executive Nerida Callaghan-Pyke said families had waited more than two years for the listing.",
        True,
        [("duration", 2, "year", "over")],
        "Nerida Callaghan-Pyke",
    ),
    ("en", '"Today a lot of parents will be crying tears of relief," Callaghan-Pyke said.', False, [], None),
    (
        "en",
        "The Pharmaceutical Benefits Advisory Committee had rejected the drug twice before recommending it in November.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Opposition's health spokeswoman accused the government of being dragged to the decision by patient groups.",
        False,
        [],
        None,
    ),
    # --- The G-BA rates a gene therapy for haemophilia B (dpa), May ---
    (
        "de",
        "Berlin (dpa) - Der Gemeinsame Bundesausschuss (G-BA) bescheinigt einer Gentherapie für Männer mit der Bluterkrankheit Hämophilie B einen „beträchtlichen Zusatznutzen“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die einmalige Infusion kostet nach Herstellerangaben 2,95 Millionen Euro.",
        True,
        [("money", 2950000, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der Zulassungsstudie sank die Zahl der Blutungen pro Jahr bei den 54 behandelten Männern im Schnitt um 71 Prozent.",
        True,
        [("count", 54, None, None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "de",
        "Über den Preis, den die Kassen künftig zahlen, verhandeln Hersteller und GKV-Spitzenverband in den kommenden sechs Monaten.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen biete an, einen Teil des Preises zu erstatten, falls die Wirkung binnen fünf Jahren nachlasse, sagte Deutschlandchef Florian Wendling-Marx.",
        True,
        [("duration", 5, "year", None)],
        "Florian Wendling-Marx",
    ),
    (
        "de",
        "Zugelassen ist die Therapie in der EU für erwachsene Männer, die mindestens 150 Behandlungstage mit Gerinnungsfaktoren hinter sich haben.",
        True,
        [("duration", 150, "day", "at_least")],
        None,
    ),
    ("de", "Der Kassenverband sprach von einem „Preis jenseits jeder Vernunft“.", False, [], None),
    (
        "de",
        "Nach Schätzungen der Deutschen Hämophiliegesellschaft leben in Deutschland etwa 850 Menschen mit schwerer Hämophilie B.",
        True,
        [("count", 850, None, "about")],
        None,
    ),
    # --- FDA advisers vote on an ALS drug (AP), May ---
    (
        "en",
        "SILVER SPRING, Md. (AP) — Government advisers voted 7-6 on Thursday against an ALS drug from a small company that had rallied patients behind it, saying its benefit was unproven.",
        True,
        [("count", 7, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "In the company's main study of 312 patients, the drug slowed decline on a 48-point function scale by 1.9 points over 24 weeks, a gap that fell short of statistical significance (p=0.09).",
        True,
        [
            ("count", 312, None, None),
            ("count", 48, None, None),
            ("count", 1.9, None, None),
            ("duration", 24, "week", None),
            ("count", 0.09, None, None),
        ],
        None,
    ),
    (
        "en",
        "FDA reviewers noted that 41 patients dropped out early, most of them in the treatment group.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "The agency is not bound by its advisers' votes but usually follows them, and is due to decide by June 28.",
        True,
        [("date", "--06-28", None, None)],
        None,
    ),
    (
        "en",
        '"For us there is no time to wait for a perfect trial," said Garrett Ambrose-Tolliver, a retired firefighter who addressed the panel.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Panel member Dr. Ingrid Soderholm-Vance said the data hinted at a benefit worth pursuing but fell short of what approval requires.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tarrowmere Bio said it would run a second trial of about 600 patients if the drug is rejected.",
        True,
        [("ordinal", 2, None, None), ("count", 600, None, "about")],
        "Tarrowmere Bio",
    ),
    # --- The EMA backs a psoriasis drug for children (dpa), May ---
    (
        "de",
        "Amsterdam (dpa) - Für Kinder ab sechs Jahren mit Schuppenflechte könnte bald ein neues Mittel zur Verfügung stehen: Die Europäische Arzneimittelagentur (EMA) empfahl dessen Zulassung.",
        True,
        [("duration", 6, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Der Ausschuss für Humanarzneimittel (CHMP) stützte sich auf zwei Studien mit insgesamt 1.162 Patientinnen und Patienten, teilte die EMA am Freitag mit.",
        True,
        [("count", 2, None, None), ("count", 1162, None, None)],
        "die EMA",
    ),
    (
        "de",
        "Nach 16 Wochen war die Haut bei knapp zwei Dritteln der behandelten Kinder weitgehend erscheinungsfrei, unter Placebo bei 9 Prozent.",
        True,
        [("duration", 16, "week", None), ("fraction", 0.6667, None, "nearly"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Die EU-Kommission folgt den Empfehlungen der Agentur in aller Regel binnen etwa zwei Monaten.",
        True,
        [("duration", 2, "month", "about")],
        None,
    ),
    (
        "de",
        "Zugleich lehnte der Ausschuss ein Mittel gegen Long Covid ab, weil ein Nutzen nicht belegt sei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Patientenverbände hoffen, dass die Krankenkassen das Mittel gegen Schuppenflechte rasch erstatten.",
        False,
        [],
        None,
    ),
    # --- A lung cancer drug at the ASCO meeting (Reuters), June 1 ---
    (
        "en",
        "CHICAGO, June 1 (Reuters) - An experimental drug from Ravensfield Oncology cut the risk of death by 28% in patients with a form of advanced lung cancer, according to data presented on Sunday at the ASCO cancer conference.",
        True,
        [("date", "--06-01", None, None), ("percent", 28, "%", None)],
        None,
    ),
    (
        "en",
        "Patients on the drug lived a median of 25.3 months, compared with 18.9 months for those on chemotherapy.",
        True,
        [("duration", 25.3, "month", None), ("duration", 18.9, "month", None)],
        None,
    ),
    (
        "en",
        "The trial randomly assigned 682 patients in a 2:1 ratio to the drug or standard treatment.",
        True,
        [("count", 682, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Severe side effects occurred in 58% of patients on the drug, against 61% on chemotherapy.",
        True,
        [("percent", 58, "%", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "About 1 in 8 patients with this type of lung cancer carry the genetic change the drug targets, the researchers said.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        "Lead investigator Dr. Marguerite Okonjo-Strand said the benefit held across all subgroups, including patients whose cancer had spread to the brain.",
        True,
        [],
        "Marguerite Okonjo-Strand",
    ),
    (
        "en",
        "Okonjo-Strand cautioned that doctors should not yet switch patients who are doing well on their current treatment.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ravensfield has submitted the data to the FDA and the European Medicines Agency, according to a company filing.",
        True,
        [],
        None,
    ),
    # --- Weight-loss jabs and the statutory insurers (dpa), June ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Verordnungen von Abnehmspritzen auf Privatrezept hat sich im vergangenen Jahr nach Zahlen des Marktforschers IQVIA mehr als verdreifacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gesetzlich Versicherte müssen die Spritzen selbst bezahlen, wenn sie allein zum Abnehmen verordnet werden; je nach Dosis kostet eine Monatspackung zwischen 170 und 300 Euro.",
        True,
        [("money", 170, "EUR", None), ("money", 300, "EUR", None)],
        None,
    ),
    (
        "de",
        "In Studien verloren Teilnehmende mit starkem Übergewicht binnen 72 Wochen im Schnitt gut 16 Prozent ihres Körpergewichts.",
        True,
        [("duration", 72, "week", None), ("percent", 16, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Deutsche Adipositas-Gesellschaft fordert, die Kosten für Menschen mit einem Body-Mass-Index von 35 oder mehr zu übernehmen.",
        True,
        [("count", 35, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Adipositas ist eine Krankheit und keine Frage der Willensstärke“, sagte Gesellschaftspräsidentin Hanna Mertesacker-Ruiz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Sprecherin des GKV-Spitzenverbands sagte, eine Erstattung für alle Betroffenen würde die Kassen jährlich bis zu 4,5 Milliarden Euro kosten.",
        True,
        [("money", 4500000000, "EUR", "up_to")],
        None,
    ),
    ("de", "Kritiker befürchten, dass die Behandlung sonst zu einer Frage des Geldbeutels wird.", False, [], None),
    # --- The patent cliff (Reuters), June 16 ---
    (
        "en",
        "LONDON, June 16 (Reuters) - Drugs with about $180 billion in annual sales will lose patent protection by the end of 2030, according to an analysis by Evaluate, leaving the industry's biggest companies racing to refill their pipelines.",
        True,
        [("date", "--06-16", None, None), ("money", 180000000000, "USD", "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Merrivale Pharmaceuticals alone faces the expiry of patents on three drugs that together brought in $21.7 billion last year, or roughly 40% of its revenue.",
        True,
        [("count", 3, None, None), ("money", 21700000000, "USD", None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Its best-selling cancer drug loses U.S. exclusivity in 2028, and biosimilar rivals typically take at least 30% of a market within a year.",
        True,
        [("year", 2028, None, None), ("percent", 30, "%", "at_least")],
        None,
    ),
    (
        "en",
        "Merrivale Chief Financial Officer Eleanor Fitzwarren-Mayo told investors the company expected to offset the decline by 2031 with 12 new launches.",
        True,
        [("year", 2031, None, None), ("count", 12, None, None)],
        "Eleanor Fitzwarren-Mayo",
    ),
    ("en", "Some investors said they doubted the pipeline could fill the gap in time.", False, [], None),
    (
        "en",
        "Drugmakers spent more than $95 billion buying biotech companies last year, the most since 2019, according to Evaluate.",
        True,
        [("money", 95000000000, "USD", "over"), ("year", 2019, None, None)],
        None,
    ),
    # --- A Basel drugmaker's half-year after a patent expiry (Keystone-SDA), July ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Basler Pharmakonzern Wettsteiner Pharma hat im ersten Halbjahr 10,6 Milliarden Franken umgesetzt, 3 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("money", 10600000000, "CHF", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Grund ist vor allem der Ablauf des Patents für das Rheumamittel Artolimab, dessen Umsatz um 38 Prozent auf 1,4 Milliarden Franken einbrach.",
        True,
        [("percent", 38, "%", None), ("money", 1400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Biosimilars, also Nachahmerprodukte biotechnologischer Arzneimittel, werden in Europa inzwischen mit Abschlägen von bis zu 80 Prozent angeboten.",
        True,
        [("percent", 80, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Konzernchef Severin Hunkeler-Brügger sagte, ab 2027 solle das Unternehmen wieder wachsen, getragen von elf neuen Medikamenten in der späten Entwicklung.",
        True,
        [("year", 2027, None, None), ("count", 11, None, None)],
        "Severin Hunkeler-Brügger",
    ),
    ("de", "«Wir haben unsere Hausaufgaben gemacht», sagte Hunkeler-Brügger.", False, [], None),
    ("de", "Für das Gesamtjahr stellt der Konzern einen Umsatz auf Vorjahresniveau in Aussicht.", True, [], None),
    (
        "de",
        "Ein Analyst der Zürcher Kantonalbank sprach von einem «Übergangsjahr ohne grosse Überraschungen».",
        False,
        [],
        None,
    ),
    ("de", "Die Aktie schloss an der Schweizer Börse 1,8 Prozent tiefer.", True, [("percent", 1.8, "%", None)], None),
    # --- A pharmacare deal with Nova Scotia (CP), July ---
    (
        "en",
        "HALIFAX (CP) — The federal government has signed a C$1.1 billion pharmacare deal with Nova Scotia that will cover diabetes medications and contraception at no cost to patients.",
        True,
        [("money", 1100000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "About 97,000 Nova Scotians living with diabetes are expected to benefit, along with roughly 180,000 women of reproductive age, according to federal estimates.",
        True,
        [("count", 97000, None, "about"), ("count", 180000, None, "about")],
        None,
    ),
    (
        "en",
        "The agreement runs for four years, after which the province must maintain the coverage on its own.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    ("en", 'Conservative critics called the program "a costly promise with no end date."', False, [], None),
    (
        "en",
        "Canada's Drug Agency has estimated that a full national program would cost C$12.7 billion in its first year.",
        True,
        [("money", 12700000000, "CAD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"No one in this province should have to choose between insulin and groceries," Nova Scotia\'s health minister said.',
        False,
        [],
        None,
    ),
    # --- A blockbuster blood thinner goes generic (dpa), July ---
    (
        "de",
        "Berlin (dpa) - Mit dem Ablauf des Patentschutzes für den Gerinnungshemmer Xaloprex im Juli können die Krankenkassen nach eigenen Schätzungen jährlich rund 900 Millionen Euro sparen.",
        True,
        [("money", 900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Xaloprex war mit Ausgaben von zuletzt 1,6 Milliarden Euro das umsatzstärkste Medikament in der gesetzlichen Krankenversicherung.",
        True,
        [("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mindestens sieben Generikahersteller haben bereits Nachahmerpräparate angemeldet, sagte Pro-Generika-Geschäftsführer Ansgar Tiedemann-Voss.",
        True,
        [("count", 7, None, "at_least")],
        "Ansgar Tiedemann-Voss",
    ),
    (
        "de",
        "Erfahrungsgemäß sinkt der Preis binnen eines Jahres nach Patentablauf um 70 bis 90 Prozent.",
        True,
        [("percent", 70, "%", None), ("percent", 90, "%", None)],
        None,
    ),
    ("de", "„Ohne Generika wäre unser Gesundheitssystem längst unbezahlbar“, sagte Tiedemann-Voss.", False, [], None),
    (
        "de",
        "Die Krankenkassen wollen für den Wirkstoff bereits ab Oktober Rabattverträge mit bis zu drei Herstellern ausschreiben.",
        True,
        [("count", 3, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Originalhersteller war vor Gericht mit dem Versuch gescheitert, den Schutz um weitere zwei Jahre zu verlängern.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Britain's rebate on branded medicines (PA), August ---
    (
        "en",
        "LONDON (PA) - Drugmakers will hand back 24.6 per cent of their revenue from branded medicines sold to the NHS this year under a voluntary pricing scheme, up from 17.1 per cent.",
        True,
        [("percent", 24.6, "%", None), ("percent", 17.1, "%", None)],
        None,
    ),
    (
        "en",
        "The Department of Health and Social Care expects the rebate to raise about £3.4 billion this year.",
        True,
        [("money", 3400000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Under the scheme, medicines launched within the past three years pay a lower rate.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The ABPI said three companies had already paused planned UK investments because of the rebate.",
        True,
        [("count", 3, None, None)],
        "the ABPI",
    ),
    (
        "en",
        '"Britain is pricing itself out of the global race for new medicines," ABPI chief executive Rowena Catterick-Oakes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NHS spending on medicines in England reached £18.6 billion in the last financial year, up 8 per cent on the year before, according to NHS England figures.",
        True,
        [("money", 18600000000, "GBP", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "The scheme runs until the end of 2028, when it is due to be renegotiated.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Swiss basic insurance's drug bill (Keystone-SDA), August ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Ausgaben der Grundversicherung für Medikamente sind im ersten Halbjahr um 5,7 Prozent auf 4,62 Milliarden Franken gestiegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.7, "%", None), ("money", 4620000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gemäss Santésuisse entfällt inzwischen fast jeder vierte Prämienfranken auf Arzneimittel.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Besonders stark wuchsen die Kosten für Krebsmedikamente, die um 11 Prozent zulegten, sagte Santésuisse-Sprecher Mathias Gnägi-Rohner.",
        True,
        [("percent", 11, "%", None)],
        "Mathias Gnägi-Rohner",
    ),
    (
        "de",
        "«Die Prämienzahlenden tragen die Zeche für eine verfehlte Preispolitik», sagte Gnägi-Rohner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat will für Medikamente mit einem Jahresumsatz von über 20 Millionen Franken Mengenrabatte einführen.",
        True,
        [("money", 20000000, "CHF", "over")],
        None,
    ),
    ("de", "Die Pharmabranche hält Mengenrabatte für das falsche Instrument.", False, [], None),
    # --- U.S. drug shortages ease (AP), August ---
    (
        "en",
        "ATLANTA (AP) — Active drug shortages in the U.S. dropped to 214 in the second quarter, the fewest since 2018, the pharmacists' group ASHP reported.",
        True,
        [("count", 214, None, None), ("ordinal", 2, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "The tally had peaked at 309 two years earlier.",
        True,
        [("count", 309, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Sterile injectables, which hospitals use for everything from anesthesia to chemotherapy, made up nearly half of new shortages.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The chemotherapy drug cisplatin came off the shortage list in May after 19 months.",
        True,
        [("duration", 19, "month", None)],
        None,
    ),
    (
        "en",
        "Pharmacy director Dr. Leticia Brandvold-Oakes of a hospital system in Georgia said her team still spent about 20 hours a week managing substitutes.",
        True,
        [("duration", 20, "hour", "about")],
        "Leticia Brandvold-Oakes",
    ),
    ("en", '"Better is not the same as fixed," Brandvold-Oakes said.', False, [], None),
    (
        "en",
        "Manufacturers cite low prices for generic injectables, some of which sell for less than $1 a vial, as the main reason companies leave the market.",
        True,
        [("money", 1, "USD", "under")],
        None,
    ),
    (
        "en",
        "Lawmakers from both parties have called for incentives to bring drug production back to the United States.",
        False,
        [],
        None,
    ),
    # --- Austrian hospitals' cancer drug bill (APA), September ---
    (
        "de",
        "Wien (APA) - Österreichs Spitäler geben für Krebsmedikamente inzwischen rund 1,1 Milliarden Euro im Jahr aus, doppelt so viel wie vor fünf Jahren.",
        True,
        [("money", 1100000000, "EUR", "about"), ("count", 2, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung des Dachverbands der Sozialversicherungsträger hervor, die der APA vorliegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Künftig soll ein nationales Bewertungsboard bei Therapien mit Kosten von über 400.000 Euro pro Jahr entscheiden, ob Spitäler sie einsetzen.",
        True,
        [("money", 400000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Das Board hat heuer bisher zu neun Medikamenten Empfehlungen abgegeben, zwei davon fielen negativ aus.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Die Ärztekammer kritisierte das Board als „Rationierung durch die Hintertür“.", False, [], None),
    (
        "de",
        "Onkologin Elisabeth Pichler-Strasser von der MedUni Graz sagte, bei rund einem Drittel der neuen Krebsmittel sei ein Überlebensvorteil zum Zeitpunkt der Zulassung nicht belegt.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Elisabeth Pichler-Strasser",
    ),
    (
        "de",
        "„Wir dürfen nicht jeden Preis akzeptieren, nur weil etwas neu ist“, sagte Pichler-Strasser.",
        False,
        [],
        None,
    ),
    # --- Colorado's insulin cap (AP), September ---
    (
        "en",
        "DENVER (AP) — Insured Coloradans paid no more than $50 for a 30-day supply of insulin last year under a state cap, saving an average of $1,130 each, a state analysis found.",
        True,
        [("money", 50, "USD", "at_most"), ("duration", 30, "day", None), ("money", 1130, "USD", None)],
        None,
    ),
    (
        "en",
        "About 41,000 people benefited from the cap, up from 33,000 the year before.",
        True,
        [("count", 41000, None, "about"), ("count", 33000, None, None)],
        None,
    ),
    (
        "en",
        "State Rep. Lorena Vasquez-Pruett, D-Denver, said about one in four people with diabetes in the state had rationed insulin before the cap took effect.",
        True,
        [("fraction", 0.25, None, "about")],
        "Lorena Vasquez-Pruett",
    ),
    ("en", '"Nobody should have to ration a drug that keeps them alive," Vasquez-Pruett said.', False, [], None),
    (
        "en",
        "Three manufacturers make nearly all the insulin sold in the U.S., and all three cut list prices by up to 65% in 2024.",
        True,
        [("count", 3, None, None), ("count", 3, None, None), ("percent", 65, "%", "up_to"), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Insurers have long argued that such caps simply move costs elsewhere.", False, [], None),
    # --- The BAG cuts prices of 312 medicines (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Für 312 Medikamente gelten ab 1. Dezember tiefere Preise, im Schnitt sinken sie um 12 Prozent.",
        True,
        [("count", 312, None, None), ("date", "--12-01", None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Damit sollen die Kosten der Grundversicherung jährlich um rund 108 Millionen Franken sinken, wie das BAG am Montag mitteilte.",
        True,
        [("money", 108000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Preise von 34 günstigen Medikamenten werden dagegen angehoben, weil sie sonst nicht mehr wirtschaftlich herzustellen wären.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Nachahmerpräparate sind hierzulande gemäss dem jährlichen Auslandpreisvergleich von Santésuisse und Interpharma noch immer 51 Prozent teurer als in neun Vergleichsländern.",
        True,
        [("percent", 51, "%", None), ("count", 9, None, None)],
        None,
    ),
    ("de", "Der Preisüberwacher hält die Senkungen für «viel zu zaghaft».", False, [], None),
    (
        "de",
        "Interpharma-Geschäftsführerin Corinne Baumann-Stähli sagte, patentgeschützte Originalpräparate seien in der Schweiz inzwischen günstiger als in Deutschland.",
        True,
        [],
        "Corinne Baumann-Stähli",
    ),
    (
        "de",
        "«Wer weiter an der Preisschraube dreht, riskiert, dass neue Medikamente die Schweiz gar nicht mehr erreichen», sagte Baumann-Stähli.",
        False,
        [],
        None,
    ),
    # --- The EMA committee's October meeting (Reuters), October 17 ---
    (
        "en",
        "AMSTERDAM, Oct 17 (Reuters) - The European Medicines Agency's human medicines committee recommended 11 new medicines for approval at its October meeting, including the first treatment for a rare form of childhood dementia.",
        True,
        [("date", "--10-17", None, None), ("count", 11, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The committee also recommended against approving a drug for Alzheimer's disease, saying the risk of brain swelling outweighed its modest benefit.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Its maker, Aldmoor Neuroscience, plans to seek a re-examination of the opinion, which it must request within 15 days.",
        True,
        [("duration", 15, "day", None)],
        None,
    ),
    (
        "en",
        "Patient groups said they were disappointed and feared European patients would fall further behind those in the United States.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The agency has received 94 applications for new medicines since January, up from 81 in the same period last year.",
        True,
        [("count", 94, None, None), ("count", 81, None, None)],
        None,
    ),
    # --- A Darmstadt drugmaker stops an MS drug (Reuters German), October ---
    (
        "de",
        "Darmstadt (Reuters) - Der Darmstädter Pharmakonzern Heinerwerk hat die Entwicklung seines Hoffnungsträgers gegen Multiple Sklerose nach enttäuschenden Studiendaten gestoppt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Phase-3-Studie mit 1.954 Erkrankten senkte das Mittel die Zahl der Schübe nicht stärker als das bereits zugelassene Vergleichspräparat, teilte der Konzern in der Nacht zum Freitag mit.",
        True,
        [("count", 3, None, None), ("count", 1954, None, None)],
        "der Konzern",
    ),
    (
        "de",
        "Die jährliche Schubrate lag bei 0,11 gegenüber 0,12 im Vergleichsarm.",
        True,
        [("count", 0.11, None, None), ("count", 0.12, None, None)],
        None,
    ),
    (
        "de",
        "Heinerwerk hatte dem Mittel Spitzenumsätze von jährlich bis zu 2 Milliarden Euro zugetraut.",
        True,
        [("money", 2000000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Der Konzern muss nun eine Wertberichtigung von rund 650 Millionen Euro vornehmen.",
        True,
        [("money", 650000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Aktie verlor am Vormittag fast 12 Prozent und war damit größter Verlierer im Dax.",
        True,
        [("percent", 12, "%", "nearly")],
        None,
    ),
    ("de", "Ein Händler sprach von einem „herben Rückschlag“ für die Forschungspipeline.", False, [], None),
    (
        "de",
        "„Das ist ein bitterer Tag für uns und für die Betroffenen“, sagte Forschungsvorstand Jens-Peter Wollnitz-Brand.",
        False,
        [],
        None,
    ),
    # --- Pharmacies in England short of stock (PA), October ---
    (
        "en",
        "LONDON (PA) - Pharmacies in England are struggling to obtain more than 120 everyday medicines, including ADHD tablets and hormone replacement therapy, a survey has found.",
        True,
        [("count", 120, None, "over")],
        None,
    ),
    (
        "en",
        "Of 1,862 pharmacists questioned by the National Pharmacy Association, 94 per cent said shortages were putting patients at risk.",
        True,
        [("count", 1862, None, None), ("percent", 94, "%", None)],
        None,
    ),
    (
        "en",
        "When a generic's market price rises above the NHS tariff, the Government pays pharmacies a so-called price concession, and it granted 187 of them last month.",
        True,
        [("count", 187, None, None)],
        None,
    ),
    (
        "en",
        "A health department spokesperson said supply problems affected fewer than 1 per cent of the 13,500 licensed medicines.",
        True,
        [("percent", 1, "%", "under"), ("count", 13500, None, None)],
        None,
    ),
    (
        "en",
        '"We are spending hours a day on the phone begging wholesalers for stock," said Leeds pharmacist Amrit Dhillon-Marsh.',
        False,
        [],
        None,
    ),
    # --- A most-favoured-nation pricing deal (Reuters), November 4 ---
    (
        "en",
        "WASHINGTON, Nov 4 (Reuters) - Halverstone Pharmaceuticals agreed to sell its medicines to state Medicaid programs at the lowest price it charges in other wealthy countries, under a deal announced at the White House on Tuesday.",
        True,
        [("date", "--11-04", None, None)],
        None,
    ),
    (
        "en",
        "In return, the company will be exempt from planned tariffs on imported pharmaceuticals for three years, and it has pledged to invest $27 billion in U.S. manufacturing.",
        True,
        [("duration", 3, "year", None), ("money", 27000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The president said the deal would cut prices for some patients by as much as 85%.",
        True,
        [("percent", 85, "%", "up_to")],
        None,
    ),
    (
        "en",
        '"This is what happens when you stop letting other countries get a free ride," the president said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Medicaid accounts for only about 9% of Halverstone's U.S. sales, according to analysts at Crestwater Partners.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "Health policy experts said the practical effect on what most Americans pay was likely to be small.",
        False,
        [],
        None,
    ),
    # --- Austria's prescription fee rises (APA), December ---
    (
        "de",
        "Wien (APA) - Die Rezeptgebühr für Medikamente auf Kassenrezept wird mit 1. Jänner um 25 Cent auf 7,80 Euro je Packung angehoben.",
        True,
        [("date", "--01-01", None, None), ("money", 0.25, "EUR", None), ("money", 7.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gebühr wird jedes Jahr an die Inflation angepasst, heuer war sie um 3,3 Prozent gestiegen.",
        True,
        [("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Obergrenze für Rezeptgebühren bleibt bei zwei Prozent des Nettoeinkommens, sagte eine Sprecherin des Sozialministeriums.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Laut ÖGK sind rund 890.000 Menschen von der Gebühr befreit.",
        True,
        [("count", 890000, None, "about")],
        None,
    ),
    ("de", "Der Seniorenrat nannte die Erhöhung „eine Zumutung für chronisch Kranke“.", False, [], None),
    ("de", "Ob die Regierung die Gebühr wie von der Opposition gefordert einfriert, ist offen.", False, [], None),
]
