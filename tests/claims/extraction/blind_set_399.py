"""Three-hundred-and-ninety-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
office-holder is named: a health minister appears only by office („Der
Gesundheitsminister“), and the heads of real bodies, associations and insurers appear under
made-up names that stand for no real holder (the BfArM's president, the vfa's president,
the ÖGK's Obmann, an AOK board member, a Santésuisse spokeswoman, Interpharma's managing
director, a BASG spokeswoman, the president of a chamber of pharmacists) or by their role
only („ein Sprecher des Kassenverbands“, „der Preisüberwacher“, "the association's chair",
"a spokeswoman for the charity Asthma + Lung UK").

Names: the companies, their drugs and every person are invented - Rheinau Biopharma and
its Corvesiran, Armin Lautenschläger; Corvanta Bio and its lenvoglutide, Caldwell Ferrante;
Lieselotte Gstrein, Ingrid Wallnöfer; Castlegate Health, Patients for Fair Prices, Loretta
Vance; Rheinsprung and its Verolimab, Urs Stalder-Bühlmann, Lukas Ammann-Vogt; Quillfeather
Therapeutics, Renata Cole; Elbhafen Pharma and its Lunatrexin, Margarete Osterkamp;
Brackwater Bio and its tozarelimab; Kranichstein and its Darnoxaban, Friedhelm Oberdörster;
Tolland Pharma and its selumazumab; Cordula Eisenhut; Limmatwerk and its Dermavelimab, Nadia
Perren-Imboden; Isarwerk Therapeutics and its Torsidavir, Theda Wiesenthal-Brack; Pennick
Pharmaceuticals, Harriet Ashcombe, Roland Tiernan; Hildegard Sommerfeld-Kuhn; Wattlebrook
Biotech, Fiona Kettering; Marlowe Biosciences and its ferlanotib, Anneliese Warburton,
Tobias Ferreira-Lund; Veronika Pfurtscheller-Moser; Deborah Quincey; Greystoke Immunology,
Ravensworth Capital, Priyanka Deshmane-Ross; Egeskov Pharma, Mads Kjærgaard-Holm; Spreebogen
Pharma, Johannes Tiefenbacher; Ostrander Pharmaceuticals, Keziah Montrose; Friederike
Lindemann-Oswald; Halcyon Ridge Therapeutics and its orexavant, Narcolepsy Network Europe;
Kurt Hafenscheer; Nadine Kowalczyk-Brière; Wupperhain and its Thrombaxil, Gregor
Altenschmidt; Brightwell Securities; Corina Waldburger, Reto Zumbühl; Tidewell Genomics,
Olamide Brathwaite-Essien; and every unnamed analyst, trader, spokesperson, oncologist,
hepatologist, nephrologist, specialist, insurer, mother and witness. Real states, bodies,
regulators, exchanges, journals and places (Gemeinsamer Bundesausschuss (G-BA),
GKV-Spitzenverband, Verband forschender Arzneimittelhersteller (vfa), Bundesinstitut für
Arzneimittel und Medizinprodukte (BfArM), Bundesamt für Sicherheit im Gesundheitswesen
(BASG), Apothekerkammer, Swissmedic, Bundesamt für Gesundheit (BAG), Preisüberwacher,
Santésuisse, Interpharma, Spezialitätenliste, Grundversicherung, Universitätsspital Bern,
Zürcher Kantonalbank, Schweizer Börse, Europäische Arzneimittelagentur (EMA),
EU-Kommission, Medizinische Universität Innsbruck, „The Lancet Oncology“, Europäischer
Kardiologenkongress, Bundestag, AOK-Bundesverband, Dachverband der
Sozialversicherungsträger, ÖGK, Pharmig, Dax; the FDA, the Food and Drug Administration,
the European Medicines Agency, the European Commission, NICE, the NHS, Asthma + Lung UK, the
National Pharmacy Association, the Department of Health, PhRMA, LSEG, the Therapeutic Goods
Administration, the ASX, the American Society of Health-System Pharmacists, Congress, the
pan-Canadian Pharmaceutical Alliance, Cure SMA Canada, Ontario's Health Ministry, meropenem,
Kalundborg, and the datelines' cities) stand for the way wire copy names them; every trial
result, sample, ratio, p-value, survival time, price, rebate, shortage tally, sale, profit,
forecast, vote, cost, job cut and quote here is invented, and where a real figure came to
mind (a real trial readout, list price, rebate rate, shortage count, guidance range or
dividend) it was changed.

Its weight: PHARMA, CLINICAL TRIALS AND DRUG APPROVALS (the sixty-fourth batch weighed
medicine, pharmaceuticals, clinical trials and drug approvals, the hundred-fifty-fifth
health and medical studies, the hundred-eighty-third the health system and pharma business,
the two-hundred-and-fifty-second medical studies and drug trials and the
three-hundred-and-sixty-second health and medicine on both desks, after the forty-fourth's
research copy and the hundred-eleventh, two-hundred-and-twenty-fifth and
two-hundred-and-seventy-third batches' outbreaks, vaccination and drug policy; their
decisions are kept) over one year in story order, January to December, as 34 short stories
with the German and English ones interleaved by month, each told as wire copy runs it (a
dateline lead with the readout, the approval, the price or the shortage, the sample, the
figures, attributed claims, the other side, quotes, reactions). German (dpa, APA with
Austrian „Jänner“, „heuer“, „Spitälern“, „Obmann“, Keystone-SDA with Swiss „1'486“,
„1'912.35 Franken“, „Rappen“, „grösste“, «» quotes, Reuters German, Ärzteblatt-style trial
copy with „doppelblind“, „Hazard Ratio“, „95-Prozent-Konfidenzintervall“, „p<0,001“ and
„p-Wert“, German „“ quotes): a Mannheim biotech's Phase 3 kidney readout, Austria's
shortage register, a Basel drugmaker's year and guidance, the G-BA's benefit rating and the
price negotiation that follows, a Darmstadt drugmaker's failed stroke trial, Germany's
shortage list, Swissmedic's approval of an eczema antibody, the EMA's recommendation of a
hepatitis D pill, the statutory insurers' drug spending and the demand for a higher
manufacturers' rebate, a pancreatic cancer study from Innsbruck, a twice-a-year cholesterol
shot at the cardiology congress, the Bundestag's law on children's medicines, generic
rebate contracts, Austrian hospitals' cancer drug bill, a Wuppertal drugmaker's guidance cut
and the BAG's price cuts. English (Reuters with dated datelines, AP, PA, AAP, CP): an
obesity pill's Phase 3 readout and, in November, its approval and price, U.S. list price
rises and rebates, a gene therapy for blindness with a refund offer, the EMA committee's
backing of a lung cancer antibody, NICE and a twice-yearly asthma shot, pharmacy shortages
in England, a drugmaker's forecast cut, a non-inferiority antibiotic trial, a norovirus
vaccine, a breast cancer pill at a cancer congress, U.S. drug shortages, a lupus drug's
failed second trial, a Danish drugmaker's raised outlook, an FDA panel on a postpartum
depression pill, the EMA's negative opinion on a narcolepsy drug, Canada's deal on a
spinal muscular atrophy drug and gene editing for sickle cell disease. Figures as such copy
has them: trial phases in Arabic numerals (and one Roman), participants, sites and
countries, relative risk reductions and absolute risks in percent, gaps and a
non-inferiority margin in percentage points, hazard ratios with confidence intervals,
p-values with "<", "=" and in words, a randomisation ratio, scale points, a number needed to
treat, medians of survival and follow-up in months and years, treatment spans in days and
weeks, list prices, net prices, refunds, rebates and discounts, price cuts, drug spending,
shortage tallies, sales, profits, guidance ranges, consensus figures, dividends in Rappen
and francs, share moves, job cuts and votes; number words and compounds („zweimal im
Jahr“, „einmal täglich“, „Phase-3-Studie“, "once-daily", "twice-yearly", "two-dose", "a
24-point scale", "52-week", "Only nine", "Two patients", "one died"), fractions and shares
(„rund ein Fünftel“, „knapp ein Drittel“, „gut die Hälfte“, „knapp jeder Siebte“, „gut jede
achte Person“, „jede zwanzigste“, „um ein Fünftel“, „vier von zehn“, „Fast die Hälfte“, „gut
ein Zehntel“, „Gut drei Viertel“, „mindestens ein Viertel“, „Knapp zwei Drittel“, „um gut
ein Viertel“, "roughly two-thirds", "Nearly one in three", "about one in five", "About one
in 10", "nearly three in four", "almost half", "by more than a third", "by at least half",
"by more than half"), multiples („gut doppelt so teuer“, "roughly four times as high"),
ordinals, hedges, ranges, ages, years and dates. Negatives as such copy has them - 57 rows,
none with a figure: headings of service pieces, executives' rhetoric in quotes,
researchers' and doctors' cautious views beside their own figures (cautions, a verdict with
„hält ... für“, „keine Rede sein“, hopes, doubts, an open question), analysts' and a
trader's views, labels of lobbies and a minister, a warning, blame, an appeal, critics'
views, open questions, an evasion, and the words of patients, parents, pharmacists,
advocates and patient groups, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

241 rows (120 German, 121 English), 57 negatives (29 German, 28 English), 184 check-worthy
rows of which 17 carry no figure (14 German, 3 English), 318 expected quantities (100
counts, 72 percentages - 69 in "%", 3 in percentage points "pp" -, 44 amounts of money - 16
USD, 14 EUR, 8 CHF, 3 DKK, 1 GBP, 1 AUD, 1 CAD -, 41 durations - 22 in months, 10 in weeks,
7 in years, 2 in days -, 24 fractions, 18 ordinals, 15 dates, 4 years; 79 of them hedged -
37 "about", 15 "over", 12 "nearly", 8 "at_least", 4 "under", 3 "up_to" -; none of them in
a negative), 35 checked speakers (21 German, 14 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, hope, doubt, caution, warning naming no measure, appeal, blame or piece
  of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-fifty-fifth, two-hundred-and-fourth,
  two-hundred-and-fifty-second, three-hundred-and-sixty-second); a quoted or reported
  finding, figure, price, step, plan, demand, condition or cause is check-worthy with its
  speaker, also in Konjunktiv I (sixty-fourth, hundred-fifty-fifth,
  two-hundred-and-fifty-second). Pairs from one speaker: Lautenschläger's filing plan
  beside „... beginnt heute ein neues Kapitel“; Ferrante's million patients beside "We
  think a pill can reach people ..."; Wallnöfer's 3,000 packs beside „Entspannung sieht
  anders aus“; Stalder-Bühlmann's 2.1 billion francs beside «Rückenwind»; Osterkamp's
  objection beside „enttäuscht, aber nicht überrascht“ (told by pronoun); Oberdörster's
  trend under 65 beside his verdict „hält die Daten dennoch für wertvoll“; Eisenhut's two
  weeks beside her appeal; Perren-Imboden's 40,000 adults beside «endlich ruhige Nächte»;
  Sommerfeld-Kuhn's 9.8 billion euros beside „Wer an der Innovation spart ...“ and her
  association's warning; Warburton's one in five beside her caution; Pfurtscheller-Moser's
  38 and 31 percent beside „Von einer Heilung könne keine Rede sein“; Tiefenbacher's four
  in ten beside „hält den Effekt für solide, aber nicht spektakulär“; Kjærgaard-Holm's four
  times beside "only at the beginning"; Hafenscheer's 14 makers beside „jede Bodenhaftung
  verloren“; Altenschmidt's 2,000 jobs beside „Talsohle“; Ashcombe's job cuts beside her
  chief executive's "we own that"; Brightwell's estimate beside its analysts' view;
  Interpharma's label beside Zumbühl's 1,000 medicines; Quillfeather's refund beside the
  insurers' worry.
- Researchers' caveats (hundred-fifty-fifth, two-hundred-and-fifty-second): a study's
  stated result or limit is check-worthy, with or without a figure ("Overall survival data
  are not yet mature, but an early look showed a trend ... that did not reach statistical
  significance.", „... nicht signifikant gesenkt, teilte das Unternehmen am Montag mit.“,
  "with a confidence interval wide enough to include much smaller effects" with its
  figures, "a difference the regulator said might be down to chance" with its figures,
  "a difference that was not statistically significant (p=0.14)"), while a caution that
  tells the reader how to take the results is a negative („Unabhängige Nephrologen
  mahnten, ... abzuwarten.“, "Warburton cautioned that the benefit might be smaller ...",
  "Infectious disease specialists called the results encouraging but warned ...").
  New: „Von einer Heilung könne keine Rede sein, betonte Pfurtscheller-Moser.“ is a
  negative - a researcher grading her own finding without a figure or a measure is a
  caution, as „Unabhängige Experten mahnten, die Ergebnisse ... nicht überzubewerten“
  (two-hundred-and-fifty-second), and „betonte“ is not a verb of saying the earlier batches
  settled. Open questions are negatives („Ob ..., ist offen.“, „Ob ..., steht noch nicht
  fest.“, „Ob ..., lässt sich noch nicht sagen.“, "It is not yet clear whether ...";
  two-hundred-and-fifty-second, three-hundred-and-sixty-second).
- Regulators, payers and companies (sixty-fourth, hundred-fifty-fifth, hundred-eighty-third,
  two-hundred-and-fifty-second): approvals, recommendations and refusals are check-worthy
  acts of record, also without a figure (Swissmedic's approval, the EMA's recommendation of
  a conditional approval, "recommended approval", "recommended against approving", "won
  U.S. approval", the G-BA's „nur einen geringen Zusatznutzen“ - a graded verdict a body
  publishes -, "the drugs watchdog backed it", how the European Commission follows the
  committee and how the FDA follows its advisers, a bill weighed by Congress, Britain's and
  Sweden's antibiotic fees, Canada's funding deal). Filings and plans are check-worthy
  (Lautenschläger's, Ferrante's, Spreebogen's, Marlowe's, Tidewell's, Kettering's,
  Brackwater's launch, the ÖGK's talks, Deshmane-Ross's meeting with regulators), demands
  with a figure too (the GKV-Spitzenverband's rebate of 16 percent;
  two-hundred-and-fourth), and stated causes („Grund sei vor allem die Konkurrenz durch
  Nachahmerprodukte ...“; hundred-eighty-third). A company's guidance in a vague range is
  check-worthy without a figure („ein Plus im mittleren einstelligen Prozentbereich“;
  sixty-fourth: „im hohen einstelligen Prozentbereich“), the consensus with its figure
  („Analysten hatten im Mittel ... gerechnet.“, "Analysts on average had expected $4.52,
  according to LSEG data."; hundred-eighty-third).
- Other negatives (the health and pharma rounds above), none with a figure: headings of
  service pieces („Hintergrund: Wie ein neues Arzneimittel in Deutschland zu seinem Preis
  kommt“, "FACTBOX-How rebates shape what Americans pay for their medicines";
  three-hundred-and-eighty-eighth), labels („nannte das Verfahren eine „Innovationsbremse
  mit Ansage““, „kritisierte die Preisrunde als «Gefahr ...»“, „Der Gesundheitsminister
  sprach von ...“, „Ein Händler sprach von ...“, „zeigte sich „enttäuscht, aber nicht
  überrascht““), a warning without a figure („Der Pharmaverband vfa warnte,
  höhere Zwangsrabatte würden Investitionen ... gefährden.“; two-hundred-and-fifty-second),
  blame naming no act („Die Opposition warf der Regierung vor, ...“), an appeal
  („appellierte an Eltern“), verdicts with „halten ... für“ (the pharmacists' associations,
  Oberdörster, Tiefenbacher), critics' and an industry's views („Kritiker machen die Verträge
  mitverantwortlich ...“, "Drugmakers have long argued ...", "Generic makers say ..."),
  hopes, doubts and worries („Hepatologen äußerten die Hoffnung ...“, "said they hoped",
  "said they doubted", "said they worried", "said they were unsure"), analysts' views
  ("Analysts cautioned ...", "Analysts at Ravensworth Capital said the odds of approval had
  fallen sharply.", "Brightwell's analysts said the price could reshape competition ...",
  the Zürcher Kantonalbank analyst's «grösste Fragezeichen»), an evasion ("declined to say
  how it would price the pill"; three-hundred-and-eighty-eighth) and quotes of executives,
  researchers, a pharmacist, advocates, patient groups, a witness and parents.
- Trial results (sixty-fourth, hundred-fifty-fifth, two-hundred-and-fifty-second,
  three-hundred-and-sixty-second): trial phases in Arabic numerals are counts
  („Phase-3-Studie“ twice, "citing a Phase 3 trial", "The Phase 3 study"), the Roman
  „Phase-III-Studie“ none (sixty-fourth); "late-stage" and „doppelblinden“ none
  (three-hundred-and-sixty-second); relative changes as written („um 28 Prozent gebremst“,
  "a 24% lower risk of death", "was 42% lower", "cut ... by 61%", "71.3% effective", „sank
  im Schnitt um 52 Prozent“), absolute risks as percentages („14,1 auf 10,2 Prozent“ - the
  unit written once serving the earlier figure -, „7,1 Prozent ..., ... 7,6 Prozent“, „6,2
  Prozent ... 7,8 Prozent“, "21.4% ..., against 22.9%", "47.2% ..., against 41.8%"), gaps
  in points in "pp" („um 3,9 Prozentpunkte“, "a gap of 14 percentage points"); hazard
  ratios are counts („lag bei 0,72“, „lag bei 0,93“, "a hazard ratio of 0.76", "(hazard
  ratio 0.58; ...)"), a confidence level a percentage and its bounds counts („95-Prozent-
  Konfidenzintervall 0,63 bis 0,83“ 95, 0.63 and 0.83; "(95% CI, 0.64-0.90)" 95, 0.64 and
  0.9); „p<0,001“ and "p<0.001" count 0.001 "under" and "(p=0.14)" count 0.14 with no hedge
  (three-hundred-and-sixty-second, the German decimal comma read as elsewhere). New: „der
  p-Wert bei 0,21“ is count 0.21 with no hedge - a p-value stated in words („lag bei“,
  elided in the second clause) reads as one stated with "=", and as the hazard ratio in the
  same row. "in a 2:1 ratio" 2 and 1 (three-hundred-and-sixty-second: „im Verhältnis 2:1“);
  scale points are counts ("by 6.1 points on a 24-point scale, compared with 4.4 points"
  6.1, 24 and 4.4; two-hundred-and-fifty-second); the number needed to treat gives its
  figures („Rechnerisch müssten 63 Menschen gut drei Jahre lang die Spritze erhalten ...“
  63 and 3 years "over"; two-hundred-and-fifty-second); votes are counts ("voted 11-3" 11
  and 3). New: "within a margin of 10 percentage points" (a non-inferiority margin) is 10
  "pp" with no hedge - a margin in points as "a margin of 0.46 percentage point" (an
  election batch) and "within" no hedge as before a span (two-hundred-and-fifty-second).
  Survival, follow-up and treatment spans are durations („im Median 30 Monate lang“, "a
  median of 16.4 months, against 9.8 months", "to 22.6 months from 17.1 months", „im Median
  um 3,1 Monate“, „im Median 11,9 Monate, ... 8,8 Monate“, „Nach im Median 3,4 Jahren“ -
  „im Median“, "a median of" no hedge -, „binnen zwei Jahren“, „Nach zwei Jahren“, „Nach 48
  Wochen“, „nach 16 Wochen“, "after 68 weeks", "After 28 days", "for 14 days", "after six
  weeks", "for only six weeks" - "only" no hedge -, "followed for about 14 months" "about",
  "The 52-week study" 52 weeks, "in the previous 12 months").
- Frequencies, doses and regimens (sixty-fourth, two-hundred-and-fifty-second,
  three-hundred-and-sixty-second): "once-daily" twice and „einmal täglich“ 1, „zweimal im
  Jahr“ 2, "The two-dose vaccine" 2, "four loading doses" 4 and "one dose every four
  months" 1 and 4 months, „alle vier Wochen“ 4 weeks, "given four weeks apart" 4 weeks,
  "at least once a week" 1 "at_least" (an earlier batch: „mindestens einmal“ 1 "at_least").
  New: "a twice-yearly injection" is count 2 - the frequency's number word heading a
  hyphenated compound, as "once-daily" and "once-weekly" 1 (sixty-fourth,
  two-hundred-and-fifty-second) and „zweimal im Jahr“ 2. "a one-time treatment" and "A
  one-time gene-editing treatment" carry none (three-hundred-and-sixty-second: "The
  one-time infusion"), "a single trial" none; „Eine Packung“, „einen Schlaganfall“,
  „einen Infarkt“, „eine Meldung“ articles none; "per patient", "per injection", "per
  dose", "per share", „je Aktie“, „pro Monat“, „im Jahr“, „pro Jahr“, „jede Woche“, "a
  month", "a year" none.
- Prices, rebates, sales and guidance (sixty-fourth, hundred-eighty-third,
  two-hundred-and-fifty-second, three-hundred-and-sixty-second): money in the currency
  written - USD ("$2.7 million per patient", "$48.35", "$4.10 to $4.30 per share ... $4.45
  to $4.65" all four, "$4.52", "$11.6 billion", "$870 million from $1.34 billion", "about
  $14,600 a month", "about $610 million", "$899 a month", "$349 a month", "about $450 a
  month"), EUR („rund 7.800 Euro pro Monat“, „rund 1,2 Milliarden Euro“, „auf 14,9
  Milliarden Euro“, „rund 2,4 Milliarden Euro“, „rund 9,8 Milliarden Euro“, „rund 350
  Millionen Euro“, „rund 5,7 Milliarden Euro“, „786 Millionen Euro“, „18,5 bis 19
  Milliarden Euro ... 19,2 bis 19,8 Milliarden Euro“ all four with the unit written once
  serving the earlier figure, „4,41 Milliarden Euro“), CHF („14,82 Milliarden Franken“,
  „7.46 Franken“ and „2.95 Franken“ and „1'912.35 Franken“ - the Swiss decimal point before
  „Franken“ (sixty-fourth) with the apostrophe grouping (tenth) as "Fr. 1'240.50"
  (three-hundred-and-sixty-second) -, „um 15 Rappen“ 0.15 CHF (twenty-third: „um 20 Rappen
  auf 3,40 Franken“ 0.2 CHF), „2,1 Milliarden Franken“, „rund 95 Millionen Franken“), GBP
  ("£11,340"), AUD ("A$3.18"), CAD ("about C$118,000 per dose"; sixty-fourth: "roughly
  C$1.6 billion"), DKK ("6.2 billion Danish crowns ($960 million)" with the converted sum in
  brackets in USD and no hedge, "the 5.9 billion crowns expected by analysts" - "above the"
  no hedge -, "about 4 billion crowns"; hundred-eighty-third). New: „die Marke von einer
  Milliarde Euro übersteigen“ is 1,000,000,000 EUR with no hedge - the verb carries none, as
  "topped 5%" and "exceeded 14%" (three-hundred-and-sixty-second), and „einer Milliarde“ is
  a number word as „rund eine Million Menschen“ (two-hundred-and-fifty-second). Rebates,
  discounts and price moves are percentages as written („Abschläge von 20 bis 30 Prozent“
  both, „Herstellerabschlag von derzeit 7 Prozent auf 16 Prozent“ - „derzeit“ no hedge -,
  „bis zu 50 Prozent höhere Preise“ "up_to", „um durchschnittlich 11 Prozent“ no hedge,
  „Rabatte von teils mehr als 30 Prozent“ "over", "which can reach 70% or more" "at_least"
  ("or more", three-hundred-and-sixty-second), "up to 80% of the price" "up_to", "a median
  increase of 4.2%", "by more than 10%" "over", "fell 2.8%", "rebates of roughly 50%"
  "about", "up to 20% more" "up_to"); New: „teils“ is no hedge - it says the share applies to
  some rebates, not how near the figure is, as „zeitweise“ (three-hundred-and-sixty-second).
  Guidance and consensus keep both ends of a range ("by 9% to 12% ..., up from 7% to 10%";
  hundred-eighty-third), sales and profits as written („6 Prozent mehr als im Vorjahr“, „um
  9 Prozent auf 7.46 Franken“, „um 8,3 Prozent auf 14,9 Milliarden Euro“, „um 13,2 Prozent
  mehr“, „um 4,6 Prozent auf 4,41 Milliarden Euro“, "rose 14% to 6.2 billion", "fell 3% to
  $11.6 billion"), share moves as written („zeitweise um 34 Prozent“, „um fast 18 Prozent“
  "nearly", „2,3 Prozent“, „um 6,4 Prozent“, "11.2%", "5.7%", "7.9%", "23%", "4.1%", "31%").
  „gut doppelt so teuer“ is count 2 "over" and "roughly four times as high as in January"
  count 4 "about" - multiples are counts with their hedges (two-hundred-and-fifty-second:
  „etwa dreimal so häufig“ 3 "about"; hundred-eighty-third: „fast doppelt so viel“ 2
  "nearly").
- Shortages and other counts (every batch): tallies as written („Für 612 Arzneimittel“,
  „noch knapp 480“ "nearly" - „noch“ no hedge -, „503 Lieferengpässe“, „gut 40 mehr“ "over",
  „bei drei Wirkstoffen“, „mehr als 20 Kinderarzneien“ "over" - „zeitweise“ no hedge -, „über
  1'000 Medikamente“ "over", "more than 100 common medicines" "over", "287 active drug
  shortages", "two cancer drugs"), participants, sites and countries („3.214 Patientinnen und
  Patienten aus 19 Ländern“, „9.870 Teilnehmenden“, „mit zusammen 1'486 Patientinnen und
  Patienten“ - „zusammen“ no hedge as "together" -, „412 Erkrankten“, „426 Patientinnen und
  Patienten“, „15.730 Menschen“, "2,906 adults across 11 countries", "41 children ..., 29 of
  whom", "1,102 patients", "731 patients at 164 hospitals in 26 countries", "4,688 adults",
  "19 cases ... and 66", "1,024 women", "498 patients", "214 patients", "27 of 30 patients"
  - a definite group, forty-first -, "Two patients ..., and one died" 2 and 1 - English
  "one" a count -), survey samples ("Of 2,340 pharmacy staff", "A survey of 1,120 hospital
  pharmacists"), estimates with their hedges („rund 3.000 Packungen“, „etwa 48.000
  Menschen“, „rund 40'000 Erwachsene“, „rund 2.000 Stellen“, "about 600 people", "about
  9,500 patients", "about 1,500 positions", "some 350 jobs", "About 1,100 Canadians", "the
  roughly 14,000 medicines", "about five severe crises a year"), "at least 1 million
  patients" and "at least four severe attacks" "at_least", „mindestens zwei Hersteller“
  "at_least", „In zwei Zulassungsstudien“ and „mit zwei Fertigspritzen“ 2, "the two studies
  together" 2 (three-hundred-and-eighty-eighth: "the two presidents"), „mit 14 Herstellern“,
  „auf zehn Wirkstoffe“, votes („381 Abgeordnete, 271 ..., 19 ...“), "Only nine prices" 9
  ("Only" no hedge), "387 increases", "412 brand-name medicines". None: "Thousands of
  people" (a vague magnitude, sixty-fourth), "several chemotherapy agents", "Several
  analysts", „die meisten davon“.
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „rund ein
  Fünftel“ 0.2 "about", „knapp ein Drittel“ 0.3333 "nearly" twice, „gut die Hälfte“ 0.5
  "over", „knapp jeder Siebte“ 0.1429 "nearly" (three-hundred-and-sixty-second: „Gut jeder
  siebte“), „gut jede achte Person“ 0.125 "over" and „nur jede zwanzigste“ 0.05 („nur“ no
  hedge; two-hundred-and-fifty-second: „knapp jeder zwanzigste“), „um ein Fünftel“ 0.2 („um“
  no hedge, two-hundred-and-fifty-second: „um ein Drittel“), „etwa vier von zehn“ 0.4
  "about" (tenth, three-hundred-and-eighty-eighth: „Drei von vier“), „Fast die Hälfte“ 0.5
  "nearly", „gut ein Zehntel“ 0.1 "over", „Gut drei Viertel“ 0.75 "over", „mindestens ein
  Viertel“ 0.25 "at_least", „Knapp zwei Drittel“ 0.6667 "nearly", „um gut ein Viertel“ 0.25
  "over", "roughly two-thirds" 0.6667 "about", "Nearly one in three" 0.3333 "nearly", "about
  one in five" 0.2 "about", "About one in 10" 0.1 "about" (two-hundred-and-fifty-second:
  "one in 25"), "nearly three in four" 0.75 "nearly", "almost half" 0.5 "nearly" (an earlier
  batch: "Almost half"), "by more than a third" 0.3333 "over", "by at least half" 0.5
  "at_least" (two-hundred-and-fifty-second), "down by more than half" 0.5 "over"
  (three-hundred-and-sixty-second: "fell by more than half").
- Ordinals (the issue: "zum zweiten Mal"; every batch): „im ersten Halbjahr“ 1, „ab dem
  siebten Monat nach der Markteinführung“ 7 (three-hundred-and-sixty-second: „ab dem
  zweiten Quartal“), „die 29. Erhöhung in Folge“ 29 (hundred-eighty-third: "its 30th
  consecutive increase"), „im ersten Quartal“ 1, „nach einem schwachen dritten Quartal“
  and „Im dritten Quartal“ 3, "the first gene therapy" 1, "in the third quarter" 3, "in the
  first year" 1, "First-quarter revenue" 1 and "Second-quarter operating profit" 2 (an
  ordinal heading a compound, hundred-eighty-third), "in the second half" 2, "in the second
  quarter" 2, "a second late-stage trial" 2 and "The first trial" 1, "for the second time
  this year" 2, "in the first two months" 1 with 2 months and "in the first six months of
  next year" 1 with 6 months (two-hundred-and-fifty-second: "in the first three months").
  "the most common side effect", "the lowest dose", „die ... schwerste Form“, „größter
  Verlierer“ rank nothing.
- Ages, spans and none (every batch): „unter 65 Jahren“ 65 years "under", "aged 65 and
  older" 65 years "at_least", „Vorräte für sechs Monate“ 6 months, „binnen sechs Monaten“
  and „binnen zwei Monaten“ with no hedge, "within 18 months", "within 12 months" and
  "within two weeks" with no hedge, "within about two months" 2 months "about", "over the
  next 18 months" 18 months ("over" before a span no hedge), "about four months", „für etwa
  zwei Wochen“ 2 weeks "about", "nearly 18 months" "nearly", "a level not seen in nearly
  three years" 3 years "nearly" (three-hundred-and-sixty-second: "the smallest in four
  years"). None: „im vergangenen Jahr“, „im Vorjahr“, „Im Jänner des Vorjahres“, „zu
  Jahresbeginn“, „im Frühjahr“, „im vergangenen Winter“, „noch in diesem Jahr“, „heuer“,
  „Bis Ende September“, „Seit Mitte vergangenen Jahres“, „im Vorjahreszeitraum“, „in der
  Nacht zum Dienstag“, „am Mittag“, "last year", "a year earlier", "a year after treatment",
  "over a year", "for at least a year", "a year before treatment", "in the past month", "in
  the coming weeks", "by the same point last year", "by December", "at the end of June",
  "in January", "in March", "this year", "next year", "by 1015 GMT" (a clock time,
  hundred-eighty-third), weekdays and months.
- Years and dates: „Seit 2023“, "since 2024", „bis Ende 2027“ and "into 2028" the years
  (two-hundred-and-fifty-second: "by 2028"); "since Jan. 1" and "on Jan. 1" --01-01, „Per 1.
  Dezember“ --12-01 (sixty-fourth: "per 1. Dezember"), "by Oct. 24" --10-24 dates without a
  year; Reuters datelines with a day ("BOSTON, Jan 12", "AMSTERDAM, Feb 27", "NEW YORK, April
  28", "BASEL, May 14", "CHICAGO, June 1", "WASHINGTON, July 8", "NEW YORK, July 22",
  "COPENHAGEN, Aug 5", "AMSTERDAM, Oct 16", "WASHINGTON, Nov 19", "SAN DIEGO, Dec 7") dates
  without a year (hundred-fifty-fifth, three-hundred-and-sixty-second); dpa, APA,
  Keystone-SDA, Reuters German ("Frankfurt (Reuters) -", "Wuppertal (Reuters) -"), AP ("NEW
  YORK (AP) —", "WASHINGTON (AP) —", "SILVER SPRING, Md. (AP) —"), PA ("LONDON (PA) -"
  twice), AAP ("SYDNEY (AAP) -") and CP ("TORONTO (CP) —") datelines none (seventy-ninth);
  "Md." ends no sentence, as "N.M." (three-hundred-and-sixty-second).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "some"
  "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "Nearly", "almost" "nearly"; „gut“,
  „Gut“, „mehr als“, „über“ before a count, "more than" "over"; „unter“ before an age,
  "less than", "<" after "p" "under"; „mindestens“, "at least", "and older", "or more"
  "at_least"; „bis zu“, "up to" "up_to". No hedge: „im Median“, "a median of", „im
  Schnitt“, „im Mittel“, "on average", „durchschnittlich“, „zeitweise“, „teils“, „derzeit“,
  „noch“, „nur“, „allein“, „Allein“, „zusammen“, „Bereits“, „binnen“, "within", "over" before
  a span, "only", "Only", "above the", "=" after "p", „mehr“ after a figure, and verbs
  („übersteigen“).
- Speakers, checked only in forms the earlier batches settled: German „X sagte, ...“
  opening the row with the title dropped („Lautenschläger sagte“, „Wallnöfer sagte“,
  „Stalder-Bühlmann sagte“, „Hafenscheer sagte“, „Elbhafen-Chefin Margarete Osterkamp
  sagte“, „BfArM-Präsidentin Cordula Eisenhut sagte“, „Isarwerk-Gründerin Theda
  Wiesenthal-Brack sagte“, „Vfa-Präsidentin Hildegard Sommerfeld-Kuhn sagte“,
  „Studienleiterin Veronika Pfurtscheller-Moser sagte“, „Finanzchef Gregor Altenschmidt
  sagte“; two-hundred-and-twenty-fifth, three-hundred-and-sixty-second), „sagte X“ after a
  paraphrase („sagte BASG-Sprecherin Lieselotte Gstrein“, „sagte Oberdörster“, „sagte
  Interpharma-Geschäftsführer Reto Zumbühl“), „teilte das Unternehmen am Montag mit“ -> "das
  Unternehmen", „teilte das BfArM am Mittwoch mit“ -> "das BfArM", „teilte die EMA am
  Freitag mit“ -> "die EMA", „teilte der Konzern in der Nacht zum Dienstag mit“ -> "der
  Konzern" (sixty-fourth, two-hundred-and-fifty-second; the time dropped), „teilte Swissmedic
  am Dienstag mit“ -> "Swissmedic", „Nach Angaben des Gesundheitsministeriums“ -> "das
  Gesundheitsministerium" (two-hundred-and-fifty-second), „Laut Perren-Imboden“ ->
  "Perren-Imboden" (three-hundred-and-eighty-eighth: „Laut Brjanzew“), „Tiefenbacher
  zufolge“ -> "Tiefenbacher" (hundred-forty-second). English: "Ferrante told reporters" and
  "Kjærgaard-Holm told reporters" as written, the name with the title and "Dr." dropped
  ("Chief Financial Officer Harriet Ashcombe told analysts", "Head of development Lukas
  Ammann-Vogt told reporters", "Wattlebrook chief executive Fiona Kettering said" - the
  company before the title dropped as „Elbhafen-Chefin“ -, "Lead investigator Dr. Anneliese
  Warburton said", "Chief Executive Priyanka Deshmane-Ross said", "Panel member Dr. Keziah
  Montrose said"; two-hundred-and-fifty-second, three-hundred-and-sixty-second), "...,
  the Food and Drug Administration said." -> "the Food and Drug Administration" and "...,
  the Department of Health said." -> "the Department of Health" (sixty-fourth: "the
  Department of Health and Human Services said"), "NICE said", "Quillfeather said",
  "Brackwater said" and "Corvanta said" opening the row as written (sixty-fourth,
  two-hundred-and-fifty-second). Left unchecked (None): all negatives, also those with a
  named speaker; roles and pronouns („sagte ein Sprecher des Kassenverbands“, „so der
  Preisüberwacher“, "the association's chair said", "it said"); plural sources ("researchers
  reported", "FDA reviewers noted"); the present tense ("the company says"); a description
  before the name ("the industry group PhRMA said", "Maker Quillfeather Therapeutics
  estimates"; fortieth) and a possessive one ("Ontario's Health Ministry said";
  hundred-eleventh); estimates, data and documents („nach Schätzungen der EMA“, „nach
  Verbandsangaben“, „nach APA-Informationen“, „Das geht aus ... hervor“, „Die Zahl stammt
  aus ...“, „rechnet“, "according to an analysis by ...", "the analysis found", "according
  to LSEG data", "data from ... showed", "A survey ... found", "according to data presented
  ...", "according to the patient group ...", "Analysts at Brightwell Securities estimate",
  "The company now expects", "Egeskov now expects"; hundred-tenth, hundred-fifty-fifth);
  verbs that are not of saying („verwies darauf“, „betonte“, „fordert“, „hat ...
  zugelassen“, „hat ... empfohlen“, "approved", "recommended", "declined to say"); the
  wie-clause „wie das BAG am Montag mitteilte“ (two-hundred-and-fifty-second); and - to keep
  the checked speakers near 35, as the three-hundred-and-sixty-second did - "the company
  said on Monday, citing ..." (Corvanta's readout), "the company said" (Brackwater's lead,
  lenvoglutide, Tidewell), "the Swiss company said on Thursday", "Marlowe said", "Egeskov
  said", "Halcyon Ridge said", "the pan-Canadian Pharmaceutical Alliance said" and „Das
  teilte der AOK-Bundesverband am Mittwoch mit.“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_399 = [
    # --- Nierenmittel in Phase-3-Studie (dpa), Januar ---
    (
        "de",
        "Mannheim (dpa) - Das Mannheimer Biotech-Unternehmen Rheinau Biopharma hat mit seinem Nierenmittel Corvesiran in einer Phase-3-Studie das Fortschreiten chronischer Nierenerkrankungen um 28 Prozent gebremst.",
        True,
        [("count", 3, None, None), ("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "An der doppelblinden Studie nahmen 3.214 Patientinnen und Patienten aus 19 Ländern teil, die im Median 30 Monate lang beobachtet wurden.",
        True,
        [("count", 3214, None, None), ("count", 19, None, None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "de",
        "Die Hazard Ratio für den kombinierten Endpunkt aus Dialyse, Transplantation und Tod lag bei 0,72 (95-Prozent-Konfidenzintervall 0,63 bis 0,83; p<0,001).",
        True,
        [
            ("count", 0.72, None, None),
            ("percent", 95, "%", None),
            ("count", 0.63, None, None),
            ("count", 0.83, None, None),
            ("count", 0.001, None, "under"),
        ],
        None,
    ),
    (
        "de",
        "Absolut sank das Risiko um 3,9 Prozentpunkte, von 14,1 auf 10,2 Prozent.",
        True,
        [("percent", 3.9, "pp", None), ("percent", 14.1, "%", None), ("percent", 10.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Für Menschen mit kranken Nieren beginnt heute ein neues Kapitel“, sagte Vorstandschef Armin Lautenschläger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lautenschläger sagte, Rheinau wolle die Zulassung in Europa und den USA noch im ersten Halbjahr beantragen.",
        True,
        [("ordinal", 1, None, None)],
        "Lautenschläger",
    ),
    (
        "de",
        "Unabhängige Nephrologen mahnten, vor einer Bewertung die vollständige Veröffentlichung der Daten abzuwarten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rheinau-Aktie stieg im Frankfurter Handel zeitweise um 34 Prozent.",
        True,
        [("percent", 34, "%", None)],
        None,
    ),
    # --- Obesity pill in late-stage trial (Reuters), January ---
    (
        "en",
        "BOSTON, Jan 12 (Reuters) - Corvanta Bio's experimental once-daily obesity pill led to an average weight loss of 14.8% after 68 weeks of treatment, the company said on Monday, citing a Phase 3 trial.",
        True,
        [
            ("date", "--01-12", None, None),
            ("count", 1, None, None),
            ("percent", 14.8, "%", None),
            ("duration", 68, "week", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The trial enrolled 2,906 adults across 11 countries, roughly two-thirds of them women.",
        True,
        [("count", 2906, None, None), ("count", 11, None, None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    ("en", "Those given a placebo lost 2.1% of their weight.", True, [("percent", 2.1, "%", None)], None),
    (
        "en",
        "Nausea was the most common side effect, and 6.4% of patients taking the pill dropped out because of side effects, against 2.9% on placebo.",
        True,
        [("percent", 6.4, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        '"We think a pill can reach people that injections never will," Chief Executive Caldwell Ferrante said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferrante told reporters Corvanta planned to file with U.S. regulators by December and had built up enough supply for at least 1 million patients.",
        True,
        [("count", 1000000, None, "at_least")],
        "Ferrante",
    ),
    ("en", "Analysts cautioned that the weight loss fell short of what investors had hoped for.", False, [], None),
    (
        "en",
        "Corvanta shares fell 11.2% to $48.35 in premarket trading.",
        True,
        [("percent", 11.2, "%", None), ("money", 48.35, "USD", None)],
        None,
    ),
    # --- Lieferengpässe in Österreich (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Österreichs Apotheken kämpfen mit Engpässen: Für 612 Arzneimittel liegt derzeit eine Meldung über Lieferprobleme vor.",
        True,
        [("count", 612, None, None)],
        None,
    ),
    ("de", "Die Zahl stammt aus dem am Dienstag aktualisierten Register der Arzneimittelbehörde BASG.", True, [], None),
    (
        "de",
        "Betroffen sind vor allem Antibiotika, Blutdrucksenker und Mittel gegen Epilepsie, rund ein Fünftel der Meldungen betrifft Arzneien für Kinder.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Im Jänner des Vorjahres seien es noch knapp 480 gewesen, sagte BASG-Sprecherin Lieselotte Gstrein.",
        True,
        [("count", 480, None, "nearly")],
        "Lieselotte Gstrein",
    ),
    ("de", "„Entspannung sieht anders aus“, sagte Apothekerkammer-Präsidentin Ingrid Wallnöfer.", False, [], None),
    (
        "de",
        "Wallnöfer sagte, die Apotheken stellten inzwischen jede Woche rund 3.000 Packungen als eigene Zubereitung her, um Lücken zu schließen.",
        True,
        [("count", 3000, None, "about")],
        "Wallnöfer",
    ),
    ("de", "Ob sich die Lage bis zum Frühjahr bessert, ist offen.", False, [], None),
    # --- List prices and rebates (AP), January ---
    ("en", "FACTBOX-How rebates shape what Americans pay for their medicines", False, [], None),
    (
        "en",
        "NEW YORK (AP) — Drugmakers have raised U.S. list prices on 412 brand-name medicines since Jan. 1, with a median increase of 4.2%, according to an analysis by the consultancy Castlegate Health.",
        True,
        [("count", 412, None, None), ("date", "--01-01", None, None), ("percent", 4.2, "%", None)],
        None,
    ),
    ("en", "That compares with 387 increases by the same point last year.", True, [("count", 387, None, None)], None),
    (
        "en",
        "Only nine prices rose by more than 10%, the analysis found.",
        True,
        [("count", 9, None, None), ("percent", 10, "%", "over")],
        None,
    ),
    (
        "en",
        "List prices do not reflect the rebates manufacturers pay to insurers and pharmacy benefit managers, which can reach 70% or more for some insulins and inhalers.",
        True,
        [("percent", 70, "%", "at_least")],
        None,
    ),
    (
        "en",
        "Drugmakers have long argued that middlemen, not list prices, drive what patients pay at the pharmacy counter.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Patients are paying into a system that nobody can explain to them," said Loretta Vance of the advocacy group Patients for Fair Prices.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Net prices for brand-name drugs fell 2.8% last year once discounts and rebates were taken into account, the industry group PhRMA said.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    # --- Jahreszahlen und Ausblick eines Basler Pharmakonzerns (Keystone-SDA), Januar ---
    (
        "de",
        "Basel (Keystone-SDA) - Der Basler Pharmakonzern Rheinsprung hat im vergangenen Jahr einen Umsatz von 14,82 Milliarden Franken erzielt, 6 Prozent mehr als im Vorjahr.",
        True,
        [("money", 14820000000, "CHF", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "Zu konstanten Wechselkursen kletterte der Kerngewinn je Aktie um 9 Prozent auf 7.46 Franken.",
        True,
        [("percent", 9, "%", None), ("money", 7.46, "CHF", None)],
        None,
    ),
    (
        "de",
        "Analysten hatten im Mittel mit einem Umsatz von 14,7 Milliarden Franken gerechnet.",
        True,
        [("money", 14700000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr peilt Rheinsprung beim Umsatz ein Plus im mittleren einstelligen Prozentbereich an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ausschüttung je Aktie steigt um 15 Rappen auf 2.95 Franken, es ist die 29. Erhöhung in Folge.",
        True,
        [("money", 0.15, "CHF", None), ("money", 2.95, "CHF", None), ("ordinal", 29, None, None)],
        None,
    ),
    (
        "de",
        "«Wir sind mit so viel Rückenwind ins neue Jahr gestartet wie selten», sagte Konzernchef Urs Stalder-Bühlmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stalder-Bühlmann sagte, allein das Augenmittel Verolimab habe 2,1 Milliarden Franken umgesetzt, knapp ein Drittel mehr als ein Jahr zuvor.",
        True,
        [("money", 2100000000, "CHF", None), ("fraction", 0.3333, None, "nearly")],
        "Stalder-Bühlmann",
    ),
    (
        "de",
        "«Die Preisregulierung in den USA bleibt das grösste Fragezeichen für die ganze Branche», sagte ein Analyst der Zürcher Kantonalbank.",
        False,
        [],
        None,
    ),
    ("de", "Rheinsprung-Titel gewannen am Mittag 2,3 Prozent.", True, [("percent", 2.3, "%", None)], None),
    # --- Gene therapy for childhood blindness approved (AP), January ---
    (
        "en",
        "WASHINGTON (AP) — U.S. regulators on Thursday approved the first gene therapy for an inherited eye disease that blinds children, a one-time treatment that will cost $2.7 million per patient.",
        True,
        [("ordinal", 1, None, None), ("money", 2700000, "USD", None)],
        None,
    ),
    (
        "en",
        "The approval rests on a study of 41 children and young adults, 29 of whom could find their way through a dimly lit maze a year after treatment, the Food and Drug Administration said.",
        True,
        [("count", 41, None, None), ("count", 29, None, None)],
        "the Food and Drug Administration",
    ),
    (
        "en",
        "Maker Quillfeather Therapeutics estimates that about 600 people in the U.S. carry the mutation.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "Quillfeather said insurers would get back up to 80% of the price should the treatment stop working within 18 months.",
        True,
        [("percent", 80, "%", "up_to"), ("duration", 18, "month", None)],
        "Quillfeather",
    ),
    ("en", '"Our son can see the stars now," said Renata Cole, whose boy took part in the trial.', False, [], None),
    (
        "en",
        "Some insurers said they worried about what a growing line of therapies priced in the millions would do to their budgets.",
        False,
        [],
        None,
    ),
    # --- Nutzenbewertung und Preis eines Brustkrebsmittels (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Der Gemeinsame Bundesausschuss (G-BA) hat dem Brustkrebsmittel Lunatrexin des Hamburger Herstellers Elbhafen Pharma nur einen geringen Zusatznutzen zuerkannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Listenpreis liegt derzeit bei rund 7.800 Euro pro Monat.",
        True,
        [("money", 7800, "EUR", "about")],
        None,
    ),
    ("de", "Hintergrund: Wie ein neues Arzneimittel in Deutschland zu seinem Preis kommt", False, [], None),
    (
        "de",
        "Auf dieser Grundlage muss Elbhafen nun binnen sechs Monaten mit dem GKV-Spitzenverband einen Erstattungsbetrag aushandeln, der ab dem siebten Monat nach der Markteinführung gilt.",
        True,
        [("duration", 6, "month", None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Üblich seien dabei Abschläge von 20 bis 30 Prozent auf den Einführungspreis, sagte ein Sprecher des Kassenverbands.",
        True,
        [("percent", 20, "%", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Der Verband forschender Arzneimittelhersteller nannte das Verfahren eine „Innovationsbremse mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Elbhafen-Chefin Margarete Osterkamp sagte, das Unternehmen prüfe einen Einspruch gegen die Bewertung.",
        True,
        [],
        "Margarete Osterkamp",
    ),
    ("de", "Sie zeigte sich „enttäuscht, aber nicht überrascht“.", False, [], None),
    # --- EU regulator backs lung cancer antibody (Reuters), February ---
    (
        "en",
        "AMSTERDAM, Feb 27 (Reuters) - Europe's drugs regulator on Friday recommended approval of Brackwater Bio's antibody tozarelimab for patients with lung cancer that has spread, the company said.",
        True,
        [("date", "--02-27", None, None)],
        None,
    ),
    (
        "en",
        "The European Medicines Agency's committee based its advice on a trial of 688 patients in which the drug, added to chemotherapy, extended median overall survival to 22.6 months from 17.1 months.",
        True,
        [("count", 688, None, None), ("duration", 22.6, "month", None), ("duration", 17.1, "month", None)],
        None,
    ),
    (
        "en",
        "That amounted to a 24% lower risk of death, with a hazard ratio of 0.76 (95% CI, 0.64-0.90).",
        True,
        [
            ("percent", 24, "%", None),
            ("count", 0.76, None, None),
            ("percent", 95, "%", None),
            ("count", 0.64, None, None),
            ("count", 0.9, None, None),
        ],
        None,
    ),
    (
        "en",
        "The European Commission usually follows the committee's advice within about two months.",
        True,
        [("duration", 2, "month", "about")],
        None,
    ),
    (
        "en",
        "Brackwater said it expected to launch the drug in Germany in the third quarter.",
        True,
        [("ordinal", 3, None, None)],
        "Brackwater",
    ),
    (
        "en",
        "Some oncologists said the gain was real but modest, and questioned whether it would justify the likely price.",
        False,
        [],
        None,
    ),
    ("en", "Brackwater shares rose 5.7% in New York.", True, [("percent", 5.7, "%", None)], None),
    # --- Gerinnungshemmer scheitert in Phase-3-Studie (Reuters), März ---
    (
        "de",
        "Frankfurt (Reuters) - Der Darmstädter Arzneimittelhersteller Kranichstein hat mit seinem Gerinnungshemmer Darnoxaban in einer großen Phase-3-Studie einen Rückschlag erlitten.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Mittel habe das Risiko eines erneuten Schlaganfalls im Vergleich zum Standardpräparat nicht signifikant gesenkt, teilte das Unternehmen am Montag mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "Unter den 9.870 Teilnehmenden erlitten binnen zwei Jahren 7,1 Prozent erneut einen Schlaganfall, in der Vergleichsgruppe waren es 7,6 Prozent.",
        True,
        [
            ("count", 9870, None, None),
            ("duration", 2, "year", None),
            ("percent", 7.1, "%", None),
            ("percent", 7.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Hazard Ratio lag bei 0,93, der p-Wert bei 0,21.",
        True,
        [("count", 0.93, None, None), ("count", 0.21, None, None)],
        None,
    ),
    (
        "de",
        "Kranichstein schreibt rund 1,2 Milliarden Euro auf das Projekt ab.",
        True,
        [("money", 1200000000, "EUR", "about")],
        None,
    ),
    ("de", "Die Aktie brach im frühen Handel um fast 18 Prozent ein.", True, [("percent", 18, "%", "nearly")], None),
    ("de", "Studienleiter Friedhelm Oberdörster hält die Daten dennoch für wertvoll.", False, [], None),
    (
        "de",
        "Bei Patientinnen und Patienten unter 65 Jahren habe sich ein günstiger Trend gezeigt, sagte Oberdörster.",
        True,
        [("duration", 65, "year", "under")],
        "Oberdörster",
    ),
    ("de", "Ein Händler sprach von einem „rabenschwarzen Montag“ für die Darmstädter.", False, [], None),
    # --- NICE backs asthma injection (PA), March ---
    (
        "en",
        "LONDON (PA) - Thousands of people with severe asthma in England will be offered a twice-yearly injection on the NHS after the drugs watchdog backed it.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "NICE said about 9,500 patients would be eligible for Tolland Pharma's selumazumab in the first year.",
        True,
        [("count", 9500, None, "about"), ("ordinal", 1, None, None)],
        "NICE",
    ),
    (
        "en",
        "Each injection lists at £11,340, although the NHS will pay less under a discount the company has kept confidential.",
        True,
        [("money", 11340, "GBP", None)],
        None,
    ),
    (
        "en",
        "In a trial of 1,102 patients, the injection cut severe asthma attacks by 61% over a year compared with placebo.",
        True,
        [("count", 1102, None, None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "Patients must have had at least four severe attacks in the previous 12 months to qualify.",
        True,
        [("count", 4, None, "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        '"People who have lived in fear of their next attack finally have something to look forward to," a spokeswoman for the charity Asthma + Lung UK said.',
        False,
        [],
        None,
    ),
    # --- Lieferengpässe in Deutschland (dpa), März ---
    (
        "de",
        "Bonn (dpa) - Beim Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) sind derzeit 503 Lieferengpässe gemeldet.",
        True,
        [("count", 503, None, None)],
        None,
    ),
    (
        "de",
        "Das seien gut 40 mehr als zu Jahresbeginn, teilte das BfArM am Mittwoch mit.",
        True,
        [("count", 40, None, "over")],
        "das BfArM",
    ),
    ("de", "Besonders knapp sind Penicillin-Säfte für Kinder und ein gängiges Asthmaspray.", True, [], None),
    (
        "de",
        "BfArM-Präsidentin Cordula Eisenhut sagte, die Vorräte der Großhändler reichten bei drei Wirkstoffen nur noch für etwa zwei Wochen.",
        True,
        [("count", 3, None, None), ("duration", 2, "week", "about")],
        "Cordula Eisenhut",
    ),
    ("de", "Eisenhut appellierte an Eltern, keine Vorräte zu Hause anzulegen.", False, [], None),
    (
        "de",
        "Seit 2023 müssen Hersteller für bestimmte Kinderarzneien Vorräte für sechs Monate vorhalten.",
        True,
        [("year", 2023, None, None), ("duration", 6, "month", None)],
        None,
    ),
    ("de", "Apothekerverbände halten diese Pflicht für weitgehend wirkungslos.", False, [], None),
    # --- Pharmacies short of common medicines (PA), March ---
    (
        "en",
        "LONDON (PA) - Pharmacists in England are struggling to source more than 100 common medicines, including some epilepsy and ADHD treatments, a survey has found.",
        True,
        [("count", 100, None, "over")],
        None,
    ),
    (
        "en",
        "Of 2,340 pharmacy staff questioned by the National Pharmacy Association, 94% said shortages had put patients at risk in the past month.",
        True,
        [("count", 2340, None, None), ("percent", 94, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly one in three said they saw patients leave without the medicine they needed at least once a week.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "Supply problems affect less than 1% of the roughly 14,000 medicines licensed in the UK, the Department of Health said.",
        True,
        [("percent", 1, "%", "under"), ("count", 14000, None, "about")],
        "the Department of Health",
    ),
    (
        "en",
        '"Patients are being sent from pharmacy to pharmacy like a game of pass the parcel," the association\'s chair said.',
        False,
        [],
        None,
    ),
    # --- Neurodermitis-Mittel zugelassen (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Swissmedic hat ein neues Mittel gegen schwere Neurodermitis zugelassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Antikörper Dermavelimab des Zürcher Unternehmens Limmatwerk wird alle vier Wochen unter die Haut gespritzt, teilte Swissmedic am Dienstag mit.",
        True,
        [("duration", 4, "week", None)],
        "Swissmedic",
    ),
    (
        "de",
        "In zwei Zulassungsstudien mit zusammen 1'486 Patientinnen und Patienten erreichte gut die Hälfte nach 16 Wochen eine weitgehend erscheinungsfreie Haut, unter Placebo knapp jeder Siebte.",
        True,
        [
            ("count", 2, None, None),
            ("count", 1486, None, None),
            ("fraction", 0.5, None, "over"),
            ("duration", 16, "week", None),
            ("fraction", 0.1429, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Eine Packung mit zwei Fertigspritzen kostet 1'912.35 Franken.",
        True,
        [("count", 2, None, None), ("money", 1912.35, "CHF", None)],
        None,
    ),
    ("de", "Ob die Krankenkassen die Therapie vergüten, steht noch nicht fest.", False, [], None),
    (
        "de",
        "«Für viele Betroffene bedeutet das endlich ruhige Nächte», sagte die Dermatologin Nadia Perren-Imboden vom Universitätsspital Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Perren-Imboden leiden in der Schweiz rund 40'000 Erwachsene an einer schweren Form der Krankheit.",
        True,
        [("count", 40000, None, "about")],
        "Perren-Imboden",
    ),
    # --- EMA empfiehlt Mittel gegen Hepatitis D (dpa), April ---
    (
        "de",
        "Amsterdam (dpa) - Die Europäische Arzneimittelagentur (EMA) hat die bedingte Zulassung eines neuen Mittels gegen chronische Hepatitis D empfohlen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Wirkstoff Torsidavir des Münchner Unternehmens Isarwerk Therapeutics sei nach Auswertung einer Studie mit 412 Erkrankten wirksam und ausreichend sicher, teilte die EMA am Freitag mit.",
        True,
        [("count", 412, None, None)],
        "die EMA",
    ),
    (
        "de",
        "Nach 48 Wochen war das Virus bei 46 Prozent der Behandelten nicht mehr nachweisbar, unter der bisherigen Standardtherapie bei 11 Prozent.",
        True,
        [("duration", 48, "week", None), ("percent", 46, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "In Europa leben nach Schätzungen der EMA etwa 48.000 Menschen mit der Infektion, die als schwerste Form der Virushepatitis gilt.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Entscheidung der EU-Kommission wird binnen zwei Monaten erwartet.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Isarwerk-Gründerin Theda Wiesenthal-Brack sagte, das Mittel werde einmal täglich als Tablette eingenommen.",
        True,
        [("count", 1, None, None)],
        "Theda Wiesenthal-Brack",
    ),
    (
        "de",
        "Hepatologen äußerten die Hoffnung, dass die Tablette ältere Spritzentherapien weitgehend ersetzen kann.",
        False,
        [],
        None,
    ),
    # --- Drugmaker cuts forecast (Reuters), April ---
    (
        "en",
        "NEW YORK, April 28 (Reuters) - Pennick Pharmaceuticals lowered its profit outlook for the year on Tuesday as sales of its respiratory vaccine fell by more than a third, sending its shares down 7.9%.",
        True,
        [("date", "--04-28", None, None), ("fraction", 0.3333, None, "over"), ("percent", 7.9, "%", None)],
        None,
    ),
    (
        "en",
        "The company now expects adjusted earnings of $4.10 to $4.30 per share, down from a previous range of $4.45 to $4.65.",
        True,
        [
            ("money", 4.1, "USD", None),
            ("money", 4.3, "USD", None),
            ("money", 4.45, "USD", None),
            ("money", 4.65, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts on average had expected $4.52, according to LSEG data.",
        True,
        [("money", 4.52, "USD", None)],
        None,
    ),
    (
        "en",
        "First-quarter revenue fell 3% to $11.6 billion.",
        True,
        [("ordinal", 1, None, None), ("percent", 3, "%", None), ("money", 11600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Vaccine sales dropped to $870 million from $1.34 billion a year earlier.",
        True,
        [("money", 870000000, "USD", None), ("money", 1340000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Harriet Ashcombe told analysts the company would shed about 1,500 positions, or roughly 4% of staff, over the next 18 months.",
        True,
        [("count", 1500, None, "about"), ("percent", 4, "%", "about"), ("duration", 18, "month", None)],
        "Harriet Ashcombe",
    ),
    (
        "en",
        '"We are not where we want to be, and we own that," Chief Executive Roland Tiernan said on a call with analysts.',
        False,
        [],
        None,
    ),
    ("en", "Several analysts said they doubted the cost cuts would be enough to win back investors.", False, [], None),
    # --- Arzneimittelausgaben der Kassen (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Die Ausgaben der gesetzlichen Krankenkassen für Arzneimittel sind im ersten Quartal um 8,3 Prozent auf 14,9 Milliarden Euro gestiegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 8.3, "%", None), ("money", 14900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus Zahlen des GKV-Spitzenverbands hervor, die am Donnerstag veröffentlicht wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fast die Hälfte der Ausgaben entfiel demnach auf patentgeschützte Mittel, die nur gut ein Zehntel aller Verordnungen ausmachen.",
        True,
        [("fraction", 0.5, None, "nearly"), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Der Verband fordert, den gesetzlichen Herstellerabschlag von derzeit 7 Prozent auf 16 Prozent anzuheben.",
        True,
        [("percent", 7, "%", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "Allein das würde die Kassen nach Verbandsangaben um rund 2,4 Milliarden Euro im Jahr entlasten.",
        True,
        [("money", 2400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Pharmaverband vfa warnte, höhere Zwangsrabatte würden Investitionen in Deutschland gefährden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vfa-Präsidentin Hildegard Sommerfeld-Kuhn sagte, die Branche habe im vergangenen Jahr rund 9,8 Milliarden Euro in Forschung in Deutschland investiert.",
        True,
        [("money", 9800000000, "EUR", "about")],
        "Hildegard Sommerfeld-Kuhn",
    ),
    ("de", "„Wer an der Innovation spart, spart an den Patienten von morgen“, sagte Sommerfeld-Kuhn.", False, [], None),
    # --- Antibiotic trial (Reuters), May ---
    (
        "en",
        "BASEL, May 14 (Reuters) - Rheinsprung's experimental antibiotic for hospital-acquired pneumonia was as effective as an older standard drug in a late-stage trial, the Swiss company said on Thursday.",
        True,
        [("date", "--05-14", None, None)],
        None,
    ),
    (
        "en",
        "After 28 days, 21.4% of patients given the new drug had died, against 22.9% of those on meropenem, meeting the trial's goal of showing it was no worse within a margin of 10 percentage points.",
        True,
        [
            ("duration", 28, "day", None),
            ("percent", 21.4, "%", None),
            ("percent", 22.9, "%", None),
            ("percent", 10, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "The trial enrolled 731 patients at 164 hospitals in 26 countries.",
        True,
        [("count", 731, None, None), ("count", 164, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Head of development Lukas Ammann-Vogt told reporters the drug worked against about 90% of the resistant bacterial strains tested in the laboratory.",
        True,
        [("percent", 90, "%", "about")],
        "Lukas Ammann-Vogt",
    ),
    (
        "en",
        "Infectious disease experts said they hoped the drug would be used sparingly to slow the spread of resistance.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Britain and Sweden already pay drugmakers fixed annual fees for new antibiotics regardless of how much is sold.",
        True,
        [],
        None,
    ),
    # --- Norovirus vaccine trial (AAP), May ---
    (
        "en",
        "SYDNEY (AAP) - An experimental norovirus vaccine developed by Melbourne-based Wattlebrook Biotech was 71.3% effective at preventing severe vomiting and diarrhoea in a trial of 4,688 adults, the company says.",
        True,
        [("percent", 71.3, "%", None), ("count", 4688, None, None)],
        None,
    ),
    (
        "en",
        "The two-dose vaccine was given four weeks apart, and participants were followed for about 14 months.",
        True,
        [("count", 2, None, None), ("duration", 4, "week", None), ("duration", 14, "month", "about")],
        None,
    ),
    (
        "en",
        "There were 19 cases of severe illness among vaccinated volunteers and 66 in the placebo group.",
        True,
        [("count", 19, None, None), ("count", 66, None, None)],
        None,
    ),
    (
        "en",
        "Protection in people aged 65 and older was lower, at 58.9%, with a confidence interval wide enough to include much smaller effects.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 58.9, "%", None)],
        None,
    ),
    (
        "en",
        "Wattlebrook chief executive Fiona Kettering said the company would seek approval from the Therapeutic Goods Administration within 12 months.",
        True,
        [("duration", 12, "month", None)],
        "Fiona Kettering",
    ),
    (
        "en",
        "Infectious disease specialists called the results encouraging but warned that norovirus strains change quickly.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Wattlebrook shares jumped 23% to A$3.18 on the ASX.",
        True,
        [("percent", 23, "%", None), ("money", 3.18, "AUD", None)],
        None,
    ),
    # --- Breast cancer pill at cancer congress (Reuters), June ---
    (
        "en",
        "CHICAGO, June 1 (Reuters) - Adding an experimental pill from Marlowe Biosciences to standard hormone therapy kept advanced breast cancer from worsening for a median of 16.4 months, against 9.8 months with hormone therapy alone, researchers reported on Sunday.",
        True,
        [("date", "--06-01", None, None), ("duration", 16.4, "month", None), ("duration", 9.8, "month", None)],
        None,
    ),
    (
        "en",
        "The Phase 3 study randomly assigned 1,024 women in a 2:1 ratio to the pill, called ferlanotib, or a placebo.",
        True,
        [("count", 3, None, None), ("count", 1024, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The risk of progression or death was 42% lower (hazard ratio 0.58; p<0.001).",
        True,
        [("percent", 42, "%", None), ("count", 0.58, None, None), ("count", 0.001, None, "under")],
        None,
    ),
    (
        "en",
        "Overall survival data are not yet mature, but an early look showed a trend in favor of the drug that did not reach statistical significance.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Lead investigator Dr. Anneliese Warburton said about one in five patients needed a lower dose because of diarrhea or low white blood cell counts.",
        True,
        [("fraction", 0.2, None, "about")],
        "Anneliese Warburton",
    ),
    (
        "en",
        "Warburton cautioned that the benefit might be smaller in women whose tumors had already resisted several lines of treatment.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Marlowe said it would submit the data to U.S. and European regulators in the second half.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"It is a meaningful step, not a cure," said Dr. Tobias Ferreira-Lund, an oncologist who was not involved in the study.',
        False,
        [],
        None,
    ),
    # --- Mittel gegen Bauchspeicheldrüsenkrebs (APA), Juni ---
    (
        "de",
        "Innsbruck (APA) - Ein an der Medizinischen Universität Innsbruck mitentwickeltes Mittel gegen Bauchspeicheldrüsenkrebs hat in einer Phase-III-Studie das Überleben im Median um 3,1 Monate verlängert.",
        True,
        [("duration", 3.1, "month", None)],
        None,
    ),
    (
        "de",
        "Die 426 Patientinnen und Patienten, deren Tumor bereits gestreut hatte, lebten mit der neuen Kombination im Median 11,9 Monate, mit der Standardchemotherapie 8,8 Monate.",
        True,
        [("count", 426, None, None), ("duration", 11.9, "month", None), ("duration", 8.8, "month", None)],
        None,
    ),
    (
        "de",
        "Nach zwei Jahren lebte in der neuen Gruppe noch gut jede achte Person, in der Vergleichsgruppe nur jede zwanzigste.",
        True,
        [("duration", 2, "year", None), ("fraction", 0.125, None, "over"), ("fraction", 0.05, None, None)],
        None,
    ),
    ("de", "Die Ergebnisse wurden im Fachjournal „The Lancet Oncology“ veröffentlicht.", True, [], None),
    (
        "de",
        "Studienleiterin Veronika Pfurtscheller-Moser sagte, schwere Nebenwirkungen seien bei 38 Prozent der Behandelten aufgetreten, unter Chemotherapie allein bei 31 Prozent.",
        True,
        [("percent", 38, "%", None), ("percent", 31, "%", None)],
        "Veronika Pfurtscheller-Moser",
    ),
    ("de", "Von einer Heilung könne keine Rede sein, betonte Pfurtscheller-Moser.", False, [], None),
    ("de", "Ob die Kombination auch in früheren Stadien hilft, lässt sich noch nicht sagen.", False, [], None),
    # --- U.S. drug shortages (Reuters), July ---
    (
        "en",
        "WASHINGTON, July 8 (Reuters) - U.S. hospitals were coping with 287 active drug shortages at the end of the second quarter, a level not seen in nearly three years, data from the American Society of Health-System Pharmacists showed.",
        True,
        [
            ("date", "--07-08", None, None),
            ("count", 287, None, None),
            ("ordinal", 2, None, None),
            ("duration", 3, "year", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Sterile injectable drugs, including several chemotherapy agents, accounted for almost half of the shortages.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "To ease supply, the FDA has let hospitals temporarily import two cancer drugs from Europe.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A survey of 1,120 hospital pharmacists found that nearly three in four had delayed or rationed treatment because of shortages.",
        True,
        [("count", 1120, None, None), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "en",
        '"We are making choices no pharmacist should ever have to make," said Deborah Quincey, a hospital pharmacist in Ohio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Generic makers say prices for many older injectables are too low to justify investing in new factories.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Congress is weighing a bill that would pay hospitals up to 20% more for drugs made in the United States.",
        True,
        [("percent", 20, "%", "up_to")],
        None,
    ),
    # --- Lupus drug misses goal (Reuters), July ---
    (
        "en",
        "NEW YORK, July 22 (Reuters) - Greystoke Immunology's lupus drug missed the main goal of a second late-stage trial, sending the company's shares down by more than half on Wednesday.",
        True,
        [("date", "--07-22", None, None), ("ordinal", 2, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "In the 52-week study of 498 patients, 47.2% of those on the drug responded, against 41.8% on placebo, a difference that was not statistically significant (p=0.14).",
        True,
        [
            ("duration", 52, "week", None),
            ("count", 498, None, None),
            ("percent", 47.2, "%", None),
            ("percent", 41.8, "%", None),
            ("count", 0.14, None, None),
        ],
        None,
    ),
    (
        "en",
        "The first trial, reported in March, had shown a gap of 14 percentage points.",
        True,
        [("ordinal", 1, None, None), ("percent", 14, "pp", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Priyanka Deshmane-Ross said the company would meet regulators in the coming weeks to discuss whether the two studies together could support an application.",
        True,
        [("count", 2, None, None)],
        "Priyanka Deshmane-Ross",
    ),
    ("en", "Analysts at Ravensworth Capital said the odds of approval had fallen sharply.", False, [], None),
    (
        "en",
        "Greystoke had about $610 million in cash at the end of June, enough to fund operations into 2028, it said.",
        True,
        [("money", 610000000, "USD", "about"), ("year", 2028, None, None)],
        None,
    ),
    # --- Danish drugmaker raises outlook (Reuters), August ---
    (
        "en",
        "COPENHAGEN, Aug 5 (Reuters) - Danish drugmaker Egeskov Pharma raised its full-year sales growth forecast for the second time this year on Wednesday, helped by demand for its diabetes injection.",
        True,
        [("date", "--08-05", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Egeskov now expects sales to grow by 9% to 12% at constant exchange rates, up from 7% to 10% previously.",
        True,
        [("percent", 9, "%", None), ("percent", 12, "%", None), ("percent", 7, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "Second-quarter operating profit rose 14% to 6.2 billion Danish crowns ($960 million), above the 5.9 billion crowns expected by analysts.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 14, "%", None),
            ("money", 6200000000, "DKK", None),
            ("money", 960000000, "USD", None),
            ("money", 5900000000, "DKK", None),
        ],
        None,
    ),
    (
        "en",
        "Egeskov said it would spend about 4 billion crowns on a new plant in Kalundborg, creating some 350 jobs.",
        True,
        [("money", 4000000000, "DKK", "about"), ("count", 350, None, "about")],
        None,
    ),
    (
        "en",
        '"We are only at the beginning of what this medicine can do for patients," Chief Executive Mads Kjærgaard-Holm said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kjærgaard-Holm told reporters output of the injection was now roughly four times as high as in January.",
        True,
        [("count", 4, None, "about")],
        "Kjærgaard-Holm",
    ),
    ("en", "Shares in Egeskov rose 4.1% by 1015 GMT.", True, [("percent", 4.1, "%", None)], None),
    # --- Cholesterinspritze auf dem Kardiologenkongress (dpa), August ---
    (
        "de",
        "München (dpa) - Eine Spritze zur Senkung des Cholesterins, die nur zweimal im Jahr gegeben wird, hat in einer großen Studie Herzinfarkte und Schlaganfälle um ein Fünftel verringert.",
        True,
        [("count", 2, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "An der Studie, die auf dem Europäischen Kardiologenkongress in München vorgestellt wurde, nahmen 15.730 Menschen mit hohem Herz-Kreislauf-Risiko teil.",
        True,
        [("count", 15730, None, None)],
        None,
    ),
    (
        "de",
        "Nach im Median 3,4 Jahren hatten 6,2 Prozent in der Wirkstoffgruppe und 7,8 Prozent in der Placebogruppe einen Herzinfarkt oder Schlaganfall erlitten.",
        True,
        [("duration", 3.4, "year", None), ("percent", 6.2, "%", None), ("percent", 7.8, "%", None)],
        None,
    ),
    (
        "de",
        "Rechnerisch müssten 63 Menschen gut drei Jahre lang die Spritze erhalten, um einen Infarkt oder Schlaganfall zu verhindern.",
        True,
        [("count", 63, None, None), ("duration", 3, "year", "over")],
        None,
    ),
    ("de", "Das LDL-Cholesterin sank im Schnitt um 52 Prozent.", True, [("percent", 52, "%", None)], None),
    (
        "de",
        "Hersteller ist das Berliner Unternehmen Spreebogen Pharma, das die Zulassung noch in diesem Jahr beantragen will.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kardiologe Johannes Tiefenbacher, der nicht an der Studie beteiligt war, hält den Effekt für solide, aber nicht spektakulär.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tiefenbacher zufolge nehmen in Deutschland nur etwa vier von zehn Hochrisikopatienten ihre Cholesterinsenker dauerhaft ein.",
        True,
        [("fraction", 0.4, None, "about")],
        "Tiefenbacher",
    ),
    # --- Gesetz gegen Engpässe bei Kinderarzneien (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat ein Gesetz beschlossen, das Herstellern von Kinderarzneien künftig bis zu 50 Prozent höhere Preise erlaubt.",
        True,
        [("percent", 50, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Bei Ausschreibungen der Kassen muss künftig mindestens ein Viertel der Aufträge an Hersteller mit Produktion in Europa gehen.",
        True,
        [("fraction", 0.25, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Gesundheitsministerium rechnet mit Mehrkosten von rund 350 Millionen Euro im Jahr.",
        True,
        [("money", 350000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 381 Abgeordnete, 271 stimmten dagegen, 19 enthielten sich.",
        True,
        [("count", 381, None, None), ("count", 271, None, None), ("count", 19, None, None)],
        None,
    ),
    ("de", "Die Opposition warf der Regierung vor, an den Ursachen der Engpässe vorbeizuregieren.", False, [], None),
    (
        "de",
        "Der Gesundheitsminister sprach von einem „wichtigen Tag für Familien mit kranken Kindern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Gesundheitsministeriums waren im vergangenen Winter zeitweise mehr als 20 Kinderarzneien nicht lieferbar.",
        True,
        [("count", 20, None, "over")],
        "das Gesundheitsministerium",
    ),
    # --- FDA advisers back postpartum depression pill (AP), September ---
    (
        "en",
        "SILVER SPRING, Md. (AP) — A panel of outside advisers to the government voted 11-3 on Thursday in favor of a pill for depression after childbirth.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Food and Drug Administration does not have to follow its advisers, though it mostly does.",
        True,
        [],
        None,
    ),
    (
        "en",
        "In the main study, 58% of women taking the pill for 14 days saw their symptoms ease by at least half after six weeks, compared with 36% on placebo.",
        True,
        [
            ("percent", 58, "%", None),
            ("duration", 14, "day", None),
            ("fraction", 0.5, None, "at_least"),
            ("duration", 6, "week", None),
            ("percent", 36, "%", None),
        ],
        None,
    ),
    (
        "en",
        "About one in 10 women on the drug reported drowsiness severe enough to affect driving, FDA reviewers noted.",
        True,
        [("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        "Panel member Dr. Keziah Montrose said she voted no because the study followed women for only six weeks.",
        True,
        [("duration", 6, "week", None)],
        "Keziah Montrose",
    ),
    (
        "en",
        '"Mothers should not have to wait months for a treatment to work," said a woman who testified at the meeting.',
        False,
        [],
        None,
    ),
    ("en", "Maker Ostrander Pharmaceuticals declined to say how it would price the pill.", False, [], None),
    ("en", "The agency is due to decide by Oct. 24.", True, [("date", "--10-24", None, None)], None),
    # --- Rabattverträge für Generika (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Die Rabattverträge mit Generikaherstellern haben den gesetzlichen Krankenkassen im vergangenen Jahr Einsparungen von rund 5,7 Milliarden Euro gebracht.",
        True,
        [("money", 5700000000, "EUR", "about")],
        None,
    ),
    ("de", "Das teilte der AOK-Bundesverband am Mittwoch mit.", True, [], None),
    (
        "de",
        "Gut drei Viertel aller Generika-Verordnungen fallen inzwischen unter solche Verträge.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Kritiker machen die Verträge mitverantwortlich für Engpässe, weil sich viele Kassen bei einem Wirkstoff auf nur einen Anbieter festlegten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Mitte vergangenen Jahres müssen die Kassen bei Antibiotika deshalb mindestens zwei Hersteller berücksichtigen.",
        True,
        [("count", 2, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Der Rabattvertrag ist nicht der Schurke in diesem Stück“, sagte AOK-Vorständin Friederike Lindemann-Oswald.",
        False,
        [],
        None,
    ),
    # --- EU regulator rejects narcolepsy drug (Reuters), October ---
    (
        "en",
        "AMSTERDAM, Oct 16 (Reuters) - The European Medicines Agency recommended against approving Halcyon Ridge Therapeutics' narcolepsy drug orexavant on Friday, saying a single trial had not shown convincingly that it works.",
        True,
        [("date", "--10-16", None, None)],
        None,
    ),
    (
        "en",
        "In that trial of 214 patients, daytime sleepiness scores improved by 6.1 points on a 24-point scale, compared with 4.4 points on placebo, a difference the regulator said might be down to chance.",
        True,
        [("count", 214, None, None), ("count", 6.1, None, None), ("count", 24, None, None), ("count", 4.4, None, None)],
        None,
    ),
    (
        "en",
        "Halcyon Ridge said it would ask the agency to re-examine its opinion, a process that typically takes about four months.",
        True,
        [("duration", 4, "month", "about")],
        None,
    ),
    (
        "en",
        "The drug has been sold in the United States since 2024, where it costs about $14,600 a month.",
        True,
        [("year", 2024, None, None), ("money", 14600, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Patients in Europe are once again being left behind," said a spokeswoman for the patient group Narcolepsy Network Europe.',
        False,
        [],
        None,
    ),
    ("en", "Halcyon Ridge shares fell 31% in New York.", True, [("percent", 31, "%", None)], None),
    # --- Krebsmedikamente in Spitälern (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Die Ausgaben der österreichischen Spitäler für Krebsmedikamente dürften heuer die Marke von einer Milliarde Euro übersteigen.",
        True,
        [("money", 1000000000, "EUR", None)],
        None,
    ),
    ("de", "Das geht aus einer Erhebung des Dachverbands der Sozialversicherungsträger hervor.", True, [], None),
    (
        "de",
        "Bis Ende September wurden demnach 786 Millionen Euro ausgegeben, um 13,2 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("money", 786000000, "EUR", None), ("percent", 13.2, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel davon entfielen auf zehn Wirkstoffe, die meisten davon Antikörper.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Hersteller gewähren den Spitälern nach APA-Informationen Rabatte von teils mehr als 30 Prozent auf die offiziellen Preise.",
        True,
        [("percent", 30, "%", "over")],
        None,
    ),
    ("de", "„Die Preise haben jede Bodenhaftung verloren“, sagte ÖGK-Obmann Kurt Hafenscheer.", False, [], None),
    (
        "de",
        "Hafenscheer sagte, die ÖGK verhandle derzeit mit 14 Herstellern über gemeinsame Einkaufsverträge.",
        True,
        [("count", 14, None, None)],
        "Hafenscheer",
    ),
    (
        "de",
        "Die Pharmig verwies darauf, dass Arzneimittel nur rund 13 Prozent der Gesundheitsausgaben ausmachten.",
        True,
        [("percent", 13, "%", "about")],
        None,
    ),
    # --- Provinces to fund muscle-wasting drug (CP), October ---
    (
        "en",
        "TORONTO (CP) — Canada's provinces have reached a deal to publicly fund a costly drug for spinal muscular atrophy after negotiations that lasted nearly 18 months.",
        True,
        [("duration", 18, "month", "nearly")],
        None,
    ),
    (
        "en",
        "The agreed price is confidential but well below the list price of about C$118,000 per dose, the pan-Canadian Pharmaceutical Alliance said.",
        True,
        [("money", 118000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "Patients typically need four loading doses in the first two months and then one dose every four months.",
        True,
        [
            ("count", 4, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "month", None),
            ("count", 1, None, None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "en",
        "About 1,100 Canadians live with the disease, according to the patient group Cure SMA Canada.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        '"Families have been fundraising on social media just to keep their children on treatment," said Nadine Kowalczyk-Brière, whose daughter has the disease.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Coverage will begin on Jan. 1, Ontario's Health Ministry said.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    # --- Wuppertaler Pharmakonzern senkt Prognose (Reuters), November ---
    (
        "de",
        "Wuppertal (Reuters) - Der Pharmakonzern Wupperhain hat nach einem schwachen dritten Quartal seine Jahresziele gesenkt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz werde nun bei 18,5 bis 19 Milliarden Euro erwartet statt bisher 19,2 bis 19,8 Milliarden Euro, teilte der Konzern in der Nacht zum Dienstag mit.",
        True,
        [
            ("money", 18500000000, "EUR", None),
            ("money", 19000000000, "EUR", None),
            ("money", 19200000000, "EUR", None),
            ("money", 19800000000, "EUR", None),
        ],
        "der Konzern",
    ),
    (
        "de",
        "Im dritten Quartal sank der Umsatz um 4,6 Prozent auf 4,41 Milliarden Euro, das bereinigte Ergebnis brach um gut ein Viertel ein.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 4.6, "%", None),
            ("money", 4410000000, "EUR", None),
            ("fraction", 0.25, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Grund sei vor allem die Konkurrenz durch Nachahmerprodukte für den Blutverdünner Thrombaxil, dessen Patent im Frühjahr abgelaufen war.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Finanzchef Gregor Altenschmidt sagte, bis Ende 2027 sollten weltweit rund 2.000 Stellen wegfallen.",
        True,
        [("year", 2027, None, None), ("count", 2000, None, "about")],
        "Gregor Altenschmidt",
    ),
    ("de", "„Wir haben die Talsohle noch nicht erreicht, aber wir sehen sie“, sagte Altenschmidt.", False, [], None),
    (
        "de",
        "Die Aktie fiel im Dax um 6,4 Prozent und war damit größter Verlierer im Leitindex.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    # --- FDA approves obesity pill, sets price (Reuters), November ---
    (
        "en",
        "WASHINGTON, Nov 19 (Reuters) - Corvanta Bio's once-daily weight-loss pill won U.S. approval on Wednesday and will carry a list price of $899 a month.",
        True,
        [("date", "--11-19", None, None), ("count", 1, None, None), ("money", 899, "USD", None)],
        None,
    ),
    (
        "en",
        "Corvanta said patients paying out of pocket could buy the lowest dose for $349 a month through its own website.",
        True,
        [("money", 349, "USD", None)],
        "Corvanta",
    ),
    (
        "en",
        "The pill, called lenvoglutide, will be in pharmacies within two weeks, the company said.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Analysts at Brightwell Securities estimate that rebates of roughly 50% will bring the average net price down to about $450 a month.",
        True,
        [("percent", 50, "%", "about"), ("money", 450, "USD", "about")],
        None,
    ),
    (
        "en",
        "Brightwell's analysts said the price could reshape competition in a market long dominated by injections.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some obesity specialists said they were unsure how many patients would stay on the pill once their insurance stopped paying.",
        False,
        [],
        None,
    ),
    # --- Preissenkungen für Medikamente (Keystone-SDA), November ---
    (
        "de",
        "Bern (Keystone-SDA) - Per 1. Dezember senkt das Bundesamt für Gesundheit (BAG) die Preise von 312 Medikamenten um durchschnittlich 11 Prozent.",
        True,
        [("date", "--12-01", None, None), ("count", 312, None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Damit sollen die Kosten der Grundversicherung um rund 95 Millionen Franken pro Jahr sinken, wie das BAG am Montag mitteilte.",
        True,
        [("money", 95000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Überprüft wurden in dieser Runde 1'030 Präparate, also knapp ein Drittel der Spezialitätenliste.",
        True,
        [("count", 1030, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Generika sind in der Schweiz im Schnitt noch immer gut doppelt so teuer wie in vergleichbaren Ländern, so der Preisüberwacher.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "«Die Senkungen sind ein Tropfen auf den heissen Stein», sagte Santésuisse-Sprecherin Corina Waldburger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Branchenverband Interpharma kritisierte die Preisrunde als «Gefahr für die Versorgungssicherheit».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bereits heute seien über 1'000 Medikamente in der Schweiz nicht oder nur schwer lieferbar, sagte Interpharma-Geschäftsführer Reto Zumbühl.",
        True,
        [("count", 1000, None, "over")],
        "Reto Zumbühl",
    ),
    # --- Gene editing for sickle cell disease (Reuters), December ---
    (
        "en",
        "SAN DIEGO, Dec 7 (Reuters) - A one-time gene-editing treatment from Tidewell Genomics freed 27 of 30 patients with sickle cell disease from painful crises for at least a year, according to data presented on Sunday.",
        True,
        [("date", "--12-07", None, None), ("count", 27, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "The patients had averaged about five severe crises a year before treatment.",
        True,
        [("count", 5, None, "about")],
        None,
    ),
    (
        "en",
        "Two patients developed serious infections linked to the chemotherapy given before the infusion, and one died, the company said.",
        True,
        [("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Tidewell intends to ask the FDA for a green light in the first six months of next year and has not said what it will charge.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        '"The bar for a treatment that carries this much risk has to be very high," said Dr. Olamide Brathwaite-Essien, a hematologist who was not involved in the study.',
        False,
        [],
        None,
    ),
    ("en", "It is not yet clear whether the edited cells will keep working for decades.", False, [], None),
]
