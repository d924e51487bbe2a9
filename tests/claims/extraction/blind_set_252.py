"""Two-hundred-and-fifty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, drugs and figures are made
up (Halvoren Therapeutics and its drug Ostravel, Dana Pruett, Elbwerk Pharma, Carsten
Wiebking, Sofie Kragh, Aarvia, Barbara Inäbnit, Fjordlund, Henrik Sølvsten, Eva Kröpfl,
Velatrib, Tavistock Oncology, Hanna Mösbauer, Brackwater Bio, Quarrystone Therapeutics,
Miriam Castellano, Jonas Birkhahn, Ardent Neuro, Carla Dunleavy, Raymond Okoro, Corinne
Wälchli, Rhys Cavanagh, Matthias Gruber-Lenz, Saltmarsh Genetics, the patient group Duchenne
Families Europe, Astrava Oncology, Awa Koné, Annika Thorwald, Larkspur Pharmaceuticals and
its drug Trimora, Marguerite Voss, Redfield Securities, Lukas Imhasly, Gwen Aldous,
Rheinauen Biotech, Dirk Lassahn, Nathan Breyer, Peter Hainzl, Bank Limmattal, Reto Zwahlen,
Friederike Haase, Pinecrest Bio and its drug Nefravo, Adrian Bodmer; every unnamed minister,
spokesperson, analyst, oncologist, psychiatrist, expert, official and researcher);
researchers, doctors and spokespeople at real institutions are invented and stand for no
real person there, and office holders appear under made-up names that stand for no real
holder or by their role only ("the Health Secretary", "die Vorstandschefin des
GKV-Spitzenverbands", "ein EMA-Sprecher", "a Pinecrest spokeswoman"). Real regulators,
bodies, journals, laws and places (U.S. Food and Drug Administration, FDA, European
Medicines Agency, Europäische Arzneimittel-Agentur, EMA, EU-Kommission, Swissmedic,
Bundesamt für Gesundheit, BAG, Grundversicherung, Santésuisse, Inselspital Bern, Zoll,
Universitätsspital Basel, Medizinische Universität Graz, Österreichische Gesundheitskasse,
Gesellschaft für Allgemeinmedizin, MedUni Wien, Gesundheitsministerium, Dachverband der
Sozialversicherungsträger, Universitätsklinikum Erlangen, Freistaat Bayern,
Bundesgesundheitsministerium, Weltgesundheitsorganisation, Charité, Europäische
Schlaganfallkonferenz, GKV-Spitzenverband, Gemeinsamer Bundesausschuss, Wissenschaftliches
Institut der AOK, Verband forschender Arzneimittelhersteller, ESMO, Universitätsklinikum
Essen, „The Lancet“, „New England Journal of Medicine“; Nature Medicine, NICE, NHS, Breast
Cancer Now, the American Society of Clinical Oncology, the Pharmaceutical Benefits Advisory
Committee, Cystic Fibrosis Australia, the World Health Organization, the Bill & Melinda
Gates Foundation, the National Pharmaceutical Pricing Authority, the Indian Pharmaceutical
Alliance, The Lancet Diabetes & Endocrinology, the British Heart Foundation, the BMJ, JAMA,
and the datelines' cities) stand for the way wire copy names them; every trial, result,
risk, ratio, sample, price, sale, vote, approval date, estimate and quote here is invented,
and where a real figure came to mind (a real drug's list price, a real malaria or diabetes
toll, a real price ceiling or co-payment, a real patient count) it was changed.

Its weight: MEDICAL STUDIES AND DRUG TRIALS (the sixty-fourth batch weighed medicine,
clinical trials and drug approvals before, the hundred-fifty-fifth health and medical
studies, the hundred-eighty-third the health system and pharma business, and their decisions
are kept) - trial results, risk reductions, participants, approvals, recommendations and
refusals by regulators (EMA, FDA, Swissmedic, NICE), drug prices and reimbursement, study
findings in journals, researchers' quotes and their caveats - over one year in story order
(January to December), 30 short stories with the German and English ones interleaved by
month, each told as wire copy runs it (a dateline lead with the finding, the approval or the
price, the sample and its ages, the follow-up, relative and absolute risks, the hazard
ratio, side effects, the researcher's claim and caveat, the other side, quotes, the
reaction). Half German (dpa with its regional slug "dpa/lby", APA, Keystone-SDA; Austrian
"Burschen", "darauf vergessen", Swiss "1'146", "3'608", "400'000", "412.50 Franken",
"Spitälern", «» quotes, German „“ quotes): a heart-failure drug's Phase 3 results, a
Swissmedic approval of a migraine pill, blood-pressure pills taken morning or evening, a
Long Covid drug without effect, the EMA's recommendation of a new antibiotic, early blood
thinners after a stroke, a gene therapy for haemophilia B paid by the Swiss basic insurance,
a weight-loss injection in teenagers, a negotiated price for a lung cancer drug,
immunotherapy before lung cancer surgery at ESMO, a week of antibiotics against two, an mRNA
flu vaccine, a twice-yearly cholesterol jab in Austria, hearing aids and dementia, and fake
weight-loss pens seized in Switzerland. Half English (Reuters, AP, PA, AAP, AFP, PTI): an
FDA approval for a rare liver disease with its list price, the shingles vaccine and
dementia, a once-weekly insulin, NICE turning down a breast cancer drug, a pancreatic cancer
pill at ASCO, an FDA panel voting against an ALS drug, a cystic fibrosis drug on the PBS,
the EMA against a Duchenne gene therapy, a malaria antibody, a weight-loss drug's price cut,
India's price caps, a gout drug failing after stroke, psilocybin for depression,
Swissmedic's approval of the migraine pill for teenagers, and accelerated approval of a
kidney drug. Figures as such copy has them: participants, sites and countries, relative risk
reductions and absolute risks, gaps in percentage points, hazard ratios with a confidence
interval („das 95-Prozent-Konfidenzintervall“), a p-value, scale points, a number needed to
treat, medians and follow-up in weeks, months and years, ages of cohorts, doses and a lab
threshold („250 Milligramm“, "500 mg", "0.5mg", „70 Milligramm pro Deziliter“), frequencies
(„einmal täglich“, „ein- bis zweimal pro Woche“, „zweimal im Jahr“, "once-weekly"), list
prices, prices per pack, month, year and patient in dollars, euros, francs, pounds, pence,
Australian dollars, Danish crowns and rupees (with "crore"), sales, forecasts and share
moves, shares in words ("about one in eight", „knapp jeder zwanzigste“, „jedes neunte“,
"roughly three-quarters of whom"), multiples, ordinals, years and dates with and without a
year, and hedges. About 60 negatives as such copy has them: researchers', doctors' and
executives' quotes of hope and rhetoric, caveats that tell the reader how to take the
results, open questions, labels by patient advocates and lobbies, verdicts with „halten ...
für“, hopes and fears, warnings and forecasts without a figure, analysts' views, an appeal
naming no measure, a critics' view and advice from an agency and from researchers - five of
them carrying figures, labelled - each near a check-worthy look-alike: the same speaker's
figure, a study's stated design or limits, an announced filing, a regulator's act, a body's
price.

243 rows (122 German, 121 English), 60 negatives (29 German, 31 English), 183 check-worthy
rows of which 26 carry no figure (16 German, 10 English), 316 expected quantities (105
counts, 68 durations - 28 in years, 14 in months, 13 in days, 10 in weeks, 2 in hours, 1 in
minutes -, 56 percentages - 53 in %, 3 in percentage points -, 33 amounts of money - 9 USD,
8 CHF, 7 EUR, 3 GBP, 3 AUD, 2 INR, 1 DKK -, 18 fractions, 14 years, 11 dates, 11 ordinals; 7
of them in five negatives, as the seventeenth batch labels a figure in a negative), 38
checked speakers (20 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, hope, fear, warning, caution, piece of advice or rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-fifth, two-hundred-and-fourth, two-hundred-and-forty-fourth); a quoted or
  reported finding, figure, price, step, plan, condition or position is check-worthy with
  its speaker, also in Konjunktiv I (forty-first, sixty-fourth, hundred-fifty-fifth). Pairs
  from one speaker: Pruett's 30,000 patients beside "this changes the conversation";
  Wiebking's 29 patients beside „kein Durchbruch“; Kragh's fifth beside "intriguing
  signals"; Inäbnit's million beside «ein Stück Lebensqualität zurück»; Sølvsten's 40%
  beside "Fifty-two injections a year instead of 365" (its figures labelled, seventeenth);
  Kröpfl's 91 Prozent beside her advice („darauf vergessen“); Mösbauer's 40 Prozent beside
  „bewahrt sie vor falschen Hoffnungen“; Castellano's one in eight beside "the graveyard of
  so many drugs"; Birkhahn's two weeks beside „Die Angst vor der Blutung ...“; Wälchli's
  five years beside «auf die Probe stellt»; Cavanagh's 580 children beside "No parent should
  have to ..."; Gruber-Lenz's 150 minutes beside „ersetzt keine Lebensstiländerung“; Koné's
  88% beside "For the first time, ... with one shot" (ordinal 1 and count 1 labelled);
  Thorwald's one in four beside her quote; Voss's 1.2 million beside "We want price to stop
  being the reason ..."; Imhasly's finding beside «Jeder Tag, ...»; Aldous's 30p beside "A
  negative result is still a result"; Lassahn's six weeks beside „Das könnte ... grundlegend
  verändern“; Breyer's half beside "for a decade"; Hainzl's one in three beside „Zweimal im
  Jahr zum Arzt, ...“ (count 2 labelled); Zwahlen's forecast beside "just a headache";
  Haase's study design beside „Hören ist Training fürs Gehirn“; Bodmer's one in two beside
  his warning.
- Researchers' caveats (hundred-forty-seventh, hundred-fifty-fifth): a study's stated design
  or limits is check-worthy, with or without a figure - "The authors said the study was
  observational and could not prove that the vaccine itself caused the drop." (a plural
  source, unchecked), „Die Daten stammten aus einer Beobachtungsstudie und könnten daher
  keinen ursächlichen Zusammenhang belegen, sagte Studienautorin Friederike Haase.“,
  „Patientinnen und Patienten mit stark geschwächtem Immunsystem waren von der Studie
  ausgeschlossen.“, "a difference that fell short of statistical significance", "a
  difference that could have arisen by chance" - while a caution that tells the reader how
  to take the results is a negative ("Outside experts cautioned that people who get
  vaccinated may simply be healthier ...", „Unabhängige Experten mahnten, die Ergebnisse ...
  nicht überzubewerten.“). New: "Other psychiatrists cautioned that many patients could tell
  whether they had received the drug, which may have inflated the results." is a negative -
  a suspected flaw of blinding, put as what "may have" happened, is a caution as "Analysts
  cautioned that the trial was small" (hundred-forty-seventh), not a stated design. Open
  questions are negatives („Ob der Effekt ... eintritt, ist offen.“, „Ob die
  Grundversicherung die Kosten übernimmt, ist noch offen.“, „Ob die Therapie auch das
  Gesamtüberleben verlängert, lässt sich nach Angaben der Autoren noch nicht sagen.“, „Ob
  sich die hohen Kosten ... rechnen, ist unter Gesundheitsökonomen umstritten.“, "It is not
  yet known whether ...", "It remains unclear whether ...", and "Some oncologists questioned
  whether four extra months justify ..." with 4 months labelled; hundred-fifty-fifth,
  two-hundred-and-twenty-fifth).
- New: a lead whose subject is an „Ob“-clause and whose main clause states a finding is
  check-worthy without a figure („Graz (APA) - Ob Blutdrucksenker morgens oder abends
  eingenommen werden, macht für das Risiko von Herzinfarkt und Schlaganfall keinen
  Unterschied.“) - the study answers the question the clause names, while „Ob ..., ist
  offen“ leaves it open. A finding of no effect is a finding (sixty-fourth: the vitamin D
  study's finding of no protection): „... hat in einer Studie ... keine Wirkung gezeigt.“,
  "A cheap gout drug did not reduce heart attacks or strokes ...", „Die kürzere Therapie sei
  damit der längeren nicht unterlegen, ...“.
- Regulators, payers and companies (sixty-fourth, hundred-fifty-fifth, hundred-eighty-third,
  two-hundred-and-twenty-fifth): approvals and recommendations are check-worthy acts of
  record, also without a figure ("U.S. regulators on Thursday approved ...", „Swissmedic hat
  ... zugelassen.“, „Die ... EMA hat die Zulassung ... empfohlen.“, "have granted
  accelerated approval", the G-BA's „nur einen geringen Zusatznutzen“ - a graded verdict a
  body publishes, as the WHO's risk grading, two-hundred-and-twenty-fifth -, the price
  agreed with the GKV-Spitzenverband, how the EU Commission follows the EMA, the committee's
  consensus, NICE's refusal with "Thousands" none, "The FDA rejected a similar psychedelic
  therapy last year"). New: "recommended against approving" is check-worthy as a
  recommendation for approval is - a refusal is recorded as an approval is. Filings and
  plans are check-worthy (hundred-fifty-fifth: "Norvane said it planned to seek ...
  approval"): „Elbwerk will noch in diesem Jahr die Zulassung ... beantragen.“, "Fjordlund
  plans to seek approval ...", "Quarrystone has already submitted the data ...", "Aarvia
  expects European approval ...", „Was nach dem Absetzen passiert, soll eine Folgestudie
  über weitere zwei Jahre klären.“ (a plan with its span, set beside the open questions),
  and the company's own accounts ("a subgroup of patients treated early ... did better";
  sixty-eighth, hundred-fifty-fifth: one side's account). A panel member's condition with a
  measure and a figure is check-worthy ("said the data were too thin to support approval and
  that a second trial of at least 600 patients was needed"; two-hundred-and-fourth: a demand
  with a figure), while an appeal that names no measure is a negative ("Patient groups urged
  the agency to use its flexibility ..."; two-hundred-and-fourth). Advice is a negative,
  also from an agency or researchers („Swissmedic rät, ...“, "..., the researchers
  advised.", „Fachleute raten, ...“; two-hundred-and-twenty-fifth).
- Other negatives (hundred-fifty-fifth, hundred-eighty-third, two-hundred-and-fourth,
  two-hundred-and-forty-fourth): labels ("called the price ...", "called the decision ...",
  "said the listing was welcome but long overdue", „sprach von einem «gefährlichen
  Präjudiz»“), a verdict with „halten ... für“ (the Gesellschaft für Allgemeinmedizin),
  hopes ("said he hoped", "said they hoped", „Hörakustiker hoffen“) and fears
  („befürchten“), warnings and forecasts without a figure („Der Verband forschender
  Arzneimittelhersteller warnte, ...“, "The Indian Pharmaceutical Alliance said the caps
  would hurt companies ...", „Fachleute erwarten, dass ...“, "Analysts said the weekly shot
  could win ...", "Analysts said the decision could prompt ...", the analysts at Redfield
  Securities and Bank Limmattal), a complaint („kritisierten, ... komme viel zu langsam
  voran“), a critics' view ("Critics of the pathway say too many drugs ...") and quotes of
  executives, spokespeople, an EMA spokesman, a lobby head and a patient's wife (her "two
  years ago" labelled, 2 years; hundred-eighty-third: "two years ago" in a negative).
- Trial results (sixty-fourth, hundred-fifty-fifth, two-hundred-and-fifteenth): trial phases
  in Arabic numerals are counts ("a Phase 3 trial", "The Phase 3 study", "The Phase 2
  trial", „Phase-3-Studie“ twice); relative changes are percentages as written („sank um 21
  Prozent“, "a 17% lower risk", "by 77%", „um 19 Prozent niedriger“, „um 26,6 Prozent
  höher“, "a 36% reduction", "a 23% lower risk"; "um", "by" and the comparison after the
  figure no hedge), absolute risks as percentages („14,2 Prozent ..., ... 17,6 Prozent“),
  gaps in points in pp ("by 1.3 percentage points ... by 1.2 percentage points", "by an
  average of 10.2 percentage points"); hazard ratios are counts („0,79“, "0.66", „0,67“), a
  confidence level a percentage and its bounds counts (hundred-fifty-fifth) - „das
  95-Prozent-Konfidenzintervall“ and „(95-Prozent-Konfidenzintervall 0,55 bis 0,81)“ give
  percent 95, the figure heading the compound as „Fünf-Prozent-Hürde“ (twenty-third,
  thirty-first), and both bounds. New: "with a p-value of less than 0.001" is count 0.001
  "under" - a significance read as written, as a hazard ratio (hundred-fifty-fifth) and "4.1
  sigma" (hundred-eighty-fifth), "less than" bounding it. Scale points are counts
  (sixty-fourth: a symptom score): "by 2.1 points", "by 2.6 points ... 1.9 points", "a
  60-point depression scale fell by 12.3 points ... 5.8 points" 60, 12.3 and 5.8
  (hundred-fifty-fifth: "an 18-point scale"), „Auf einer 100-Punkte-Skala ... um rund neun
  Punkte“ 100 and 9 "about" (the issue's "28-Punkte-Entwurf"). New: a tally of migraine days
  is a count - „die Zahl der Migränetage pro Monat ... von 9,6 auf 5,1“ 9.6 and 5.1,
  "monthly migraine days fell by an average of 3.9, compared with 2.2" 3.9 and 2.2 - the
  days are what is counted, as cases or beds, not a span ("pro Monat", "monthly" none). The
  number needed to treat gives its figures („um ein Ereignis zu verhindern, müssten rund 29
  Menschen knapp zwei Jahre lang behandelt werden“ 29 "about" and 2 years "nearly"; „ein
  Ereignis“ an article, hundred-fifty-fifth). Votes are counts ("voted 7-4"; sixty-fourth:
  "voted 10-3"), stages too („im Stadium 2 oder 3“; sixty-fourth,
  two-hundred-and-fifteenth).
- Doses, frequencies and measures (fourth, sixty-fourth, two-hundred-and-fifteenth): doses
  and lab values are counts („250 Milligramm“, "a common 500 mg metformin tablet" 500,
  "0.5mg" glued, „über 70 Milligramm pro Deziliter“ 70 "over" - „über“ right before a
  measure, hundred-fifty-fifth -, „rund 41 Tonnen“); "HbA1c", „LDL-Cholesterin“, "type 2
  diabetes" (twice), "Covid-19", "mRNA", "IgA" and „Hämophilie B“ carry none (names,
  sixty-fourth, hundred-fifty-fifth). Frequencies: „einmal täglich“ 1 (sixty-fourth: „einmal
  wöchentlich“), „zweimal täglich“ 2, "once-daily" and "once-weekly" 1 (sixty-fourth: "The
  once-daily pill"), „zweimal im Jahr“ 2 (also labelled in the negative „Zweimal im Jahr zum
  Arzt“). New: „ein- bis zweimal pro Woche“ gives counts 1 and 2 - the suspended hyphen
  carries „-mal“ to the first number word, as „Fünf- bis 14-Jährigen“ carries the noun
  (two-hundred-and-twenty-fifth). "every three months" 3 months (sixty-fourth: "every eight
  weeks"). None: „wöchentliche“, "weekly", "daily", „täglich“ without a number word,
  „jährlich“, „pro Jahr“, „pro Woche“, "a day", "a month", "a year", "each week", "per
  patient", "per script", "a dose", „je Ohr“, „pro Patient und Jahr“, "per quality-adjusted
  life year" (hundred-eighty-third), "A single injection", "A single dose", „die einmalige
  Infusion“ (sixty-fourth: "a single dose"). "the three-drug combination" is 3 (the figure
  heading a compound, hundred-eighty-third: "a three-county area"); "two doses", "two
  trained therapists" counts; „eine Tablette“, „ein Hörgerät“, „einen Gerinnungsfaktor“,
  „ein Scheinmedikament“ articles none.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; sixty-fourth,
  hundred-fifty-fifth): follow-up, survival and spans as written ("after 52 weeks", „im
  Median 19 Monate lang“ and „im Median 4,6 Monate länger“ and "a median of 7.3 months" and
  "a median of 13.2 months, compared with 9.1 months" with no hedge, "for an average of 34
  months" with no hedge, „über fünf Jahre hinweg“ and "over the following seven years" and
  "over six months" and "over 48 weeks" - "over" and „über ... hinweg“ before a span no
  hedge -, "after two years", "after six weeks", "after nine months", „Nach drei Jahren“,
  „Nach 90 Tagen“ twice, „Nach 72 Wochen“, "for up to 12 weeks" and „bis zu zwei Wochen“
  "up_to", „zwölf Wochen lang“, "about eight hours" and „rund sechs Monate“ and "by about
  four months" "about", "within 15 days" and "within 10 years" and „binnen 48 Stunden“ and
  „binnen sechs Wochen“ - "within", „binnen“ no hedge -, „sieben bis 14 Tage“ and „sechs bis
  14 Tagen“ both ends, „seit mehr als 40 Jahren“ 40 years "over", „nach fünf Jahren“, „über
  weitere zwei Jahre“ („weitere“ no hedge), „150 Minuten Bewegung pro Woche“); compounds ("a
  28-day pack" 28 days, "a 30-day supply" 30 days, "the 52-week study" 52 weeks,
  „siebentägige“ 7 days; the issue's „dreitägige Reise“). New: „in der Gruppe mit sieben
  Behandlungstagen“ is 7 days - the compound's head „Tag“ is the unit, as „mit 79,9
  Lebensjahren“ (hundred-thirty-second) - while „Migränetage“ stays a count (above): days of
  treatment are a span, days with migraine a tally. Ages are durations in years (every
  batch): "aged 70 to 79", "aged four to seven", "aged six to 10", "aged two to five",
  „zwischen 12 und 17 Jahren“ both ends; "aged 65 and older", "aged two and older", "aged 12
  and older", „ab 50 Jahren“, „im Alter von mindestens 60 Jahren“ "at_least" (sixty-fourth);
  „im Schnitt 67 Jahre alt“ no hedge; „älter als 65“ 65 "over" (hundred-second: „älter als
  65 Jahre“); "children under five" "under". None: "for decades", "in years", "for a
  decade", "for more than a year" and „länger als ein Jahr“ (an article,
  hundred-fifty-fifth: „mehr als ein Jahr“), "last year", "next year", "early next year", "a
  year earlier", „in diesem Jahr“, „noch in diesem Jahr“, „im Vorjahr“, „im Frühjahr“, "an
  entire rainy season", "a whole season", „einer einzigen Saison“, „jedes Jahr“, "each
  year", weekdays and months („Bis Ende November“).
- Shares, fractions and multiples (the issue: "ein Fünftel", "jeder vierte"; every batch):
  "by at least half" 0.5 "at_least", „Bei gut der Hälfte“ and „gut die Hälfte von ihnen“ 0.5
  "over", "about a fifth" 0.2 "about", "about one in eight" 0.125 "about" and "one in 25"
  0.04 (sixty-fourth: "About 1 in 7", "about one in 40,000"), „rund ein Drittel“ 0.3333
  "about", „knapp jeder zwanzigste“ 0.05 "nearly" (two-hundred-and-twenty-fifth: „Jeder 20.
  Fall“ 0.05), „etwa jedes sechste Kind“ 0.1667 "about" and „2010 war es noch jedes neunte“
  0.1111 („noch“ no hedge; two-hundred-and-fifteenth: „knapp jedes sechste“), „um ein
  Drittel“ 0.3333 („um“ no hedge), „Bei jedem vierten Patienten“ 0.25, "roughly
  three-quarters of whom" 0.75 "about", "half of whom" 0.5, "more than half" 0.5 "over",
  „nur etwa jeder dritte“ 0.3333 "about" („nur“ no hedge), "Roughly one in four" 0.25
  "about", „In jedem zweiten ... Pen“ 0.5. Multiples are counts with their hedges: „etwa
  dreimal so häufig“ 3 "about", „fast dreimal so viele“ 3 "nearly" (hundred-fifty-fifth:
  „fast doppelt so viele“). Verbs carry none: „halbierten sich“, „mehr als verdreifacht“
  (two-hundred-and-forty-fourth: „mehr als halbiert“).
- Counts otherwise (every batch): participants, sites and countries as written („4.812
  Patientinnen und Patienten aus 23 Ländern“, „1'146 Teilnehmenden“, „3'608 ... aus 74
  Spitälern in neun Ländern“ and „1'870 Pens“ with the Swiss apostrophe (tenth), „3.357“,
  „168“, „612“, „103 Kliniken in sieben Ländern ... 2.215“, „201 Burschen und Mädchen“, „802
  Erkrankte ... aus 26 Ländern“, „in elf Ländern 40.805 Menschen“, "286 patients", "1,284
  adults across 11 countries", "744 patients at 132 sites in 18 countries", "394 patients",
  "125 boys", "1,520 children", "3,154 patients", "104 adults", "412 adolescents", „30
  Tabletten“); tallies and estimates with their hedges ("about 30,000", "about 312,000",
  "About 2.4 million", "About 31,500", "about 580", "around 3,700", "About 17,000", "an
  estimated 583,000", "about 1.2 million", "about 96 million" "about"; „rund 1,4 Millionen“,
  „etwa 40 Patienten“, „etwa 25.000 Menschen“, „rund eine Million Menschen“ 1,000,000
  (two-hundred-and-tenth: „mehr als eine Million Soldaten“) "about"; „mehr als 1,3
  Millionen“ "over"; "at least 600 patients", "at least two other treatments" and „In
  mindestens zwölf Fällen“ "at_least"; "37 essential medicines", „vier Jugendliche“, "two
  earlier applications"). None: "Thousands", "thousands", „mehrere Hunderttausend Menschen“
  (a vague magnitude, as "thousands" and "millions of patients"; seventeenth,
  hundred-fifty-fifth), „beiden Gruppen“, "both groups".
- Money in the currency written (every batch): USD ("$385,000 a year", "$2.95 million per
  patient", "$499 a month ... about $1,080", "$649 a month", "less than $5 a dose" "under",
  "$14,200 ..., or about $173,000 a year", „rund 900 Millionen Dollar“ "about"); EUR („rund
  98.000 Euro pro Patient und Jahr“, „noch 141.000 Euro“ with „noch“ no hedge, „1,2 Mio.
  Euro“ (hundred-ninety-ninth: „312,4 Mio. Euro“), „rund 3.900 Euro“, „zwischen 800 und
  3.000 Euro“ both with the unit written once and „zwischen“ no hedge, „rund 730 Euro“); CHF
  („412.50 Franken“ 412.5 - the Swiss decimal point before „Franken“, sixty-fourth -, „2,3
  Millionen Franken“, „bis zu 400'000 Franken“ "up_to", „zwischen 130 und 260 Franken“, "214
  million Swiss francs", "between 290 million and 310 million francs" both); GBP ("£4,860",
  "well above the £35,000" with no hedge - "above" after "well" compares the cost with a
  bound, as "far more than the 600 to 800" (two-hundred-and-forty-fourth) -, "about 30p" 0.3
  "about" - pence are hundredths of the pound, hundred-eighty-third); AUD ("about
  A$265,000", "at most A$31.90" "at_most" (sixty-fourth: "no more than A$31.60"), "A$7.80");
  DKK ("about 1,700 Danish crowns"); INR ("Rs 1.86", "about Rs 3,800 crore" 38,000,000,000
  "about"; hundred-third and hundred-ninety-ninth: "crore").
- Percentages otherwise, as written: "41% ... against 12%", "roughly 70%" and "about 40%"
  and "Roughly 39%" and "about 88%" and "About 37%" "about", "rose 3.8%", "at 0.9% and
  0.7%", "more than 25%" "over", "38% ... and 27%", "fell 2.4% ..., ... rose 1.1%", "9.8%
  ... and 10.3%", "compared with 11%", "a rise of 61%", "jumped 18%", "interest of 15% a
  year"; „rund 6 Prozent“ („jeweils“ no hedge), „zu 91 Prozent“, „rund 40 Prozent“, „29
  Prozent“, „bei 78 Prozent ..., ... bei 69 Prozent“, „2,9 Prozent ..., ... 4,1 Prozent“,
  „jeweils 0,4 Prozent“, „rund 18 Prozent weniger“ "about" („weniger“ after the figure no
  hedge), „im Schnitt um 16 Prozent“ (no hedge), „64 Prozent ..., ... 49 Prozent“, „33
  Prozent ..., nach 26 Prozent“, „14,4 Prozent ..., ... 15,1 Prozent“, „71 Prozent ..., ...
  46 Prozent“, „im Schnitt um rund 50 Prozent“ "about", „Nur etwa 37 Prozent“ "about" („Nur“
  no hedge).
- Ordinals (the issue; every batch): "the first treatment", "the first such approval", „das
  erste Mittel“, "in the first year", "in the first three months" 1 and 3 months
  (two-hundred-and-forty-fourth: "in the first four days"), "in the first nine months" 1 and
  9 months, "in the first half of next year" 1, „im ersten Quartal“ 1
  (hundred-eighty-third), "in the second half of the year" 2, "a second trial" 2
  (sixty-fourth: „einen zweiten Impfstoff“), and in a negative "For the first time" 1,
  labelled. "the side effects seen most often", "most often", „Häufigste“ and „am wenigsten“
  rank nothing.
- Years and dates: "between 2010 and 2023", „aus den Jahren 2008 bis 2020“ and "run between
  2022 and 2024" both years (hundred-fifty-fifth: "between 2025 and 2050"), „seit 2012“,
  „seit 2015“, "in 2023 and 2024", "published in 2020", "by 2028", „2010 war es noch ...“,
  and "a 2013 price control order" the year (a year heading a law's name,
  hundred-eighty-third: "the 2022 Inflation Reduction Act"); „ab dem 1. Juli“ --07-01
  (sixty-fourth: „ab dem 1. Oktober“), "from August 1" --08-01, "by Aug. 22" --08-22 and
  "from Nov. 1" --11-01 dates without a year; Reuters datelines with a day ("WASHINGTON, Jan
  9", "COPENHAGEN, March 4", "CHICAGO, May 31", "AMSTERDAM, Aug 28", "NEW YORK, Oct 6",
  "ZURICH, Dec 2", "WASHINGTON, Dec 15") dates without a year (hundred-forty-seventh,
  two-hundred-and-forty-fourth); dpa ("Hamburg (dpa) -", "Berlin (dpa) -" three times,
  "Amsterdam (dpa) -", "Mainz (dpa) -", "Greifswald (dpa) -", "Erlangen (dpa/lby) -"), APA,
  Keystone-SDA, AP ("NEW YORK (AP) —", "WASHINGTON (AP) —", "SAN FRANCISCO (AP) —"), PA,
  AAP, AFP ("BAMAKO (AFP) -") and PTI ("NEW DELHI (PTI) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Roughly",
  "around", "an estimated" "about"; „knapp“, „fast“ "nearly"; „mehr als“, „gut“, „über“
  right before a measure, „älter als“ before an age, "more than" "over"; "less than",
  "under" "under"; „mindestens“, "at least", „ab“ before an age, "and older" "at_least"; "at
  most" "at_most"; „bis zu“, "up to" "up_to". No hedge: „im Median“, "a median of", „im
  Schnitt“, "an average of", „jeweils“, „noch“, „Nur“, „nur“, "extra", „weitere“, „um“,
  "by", "within", „binnen“, „zwischen“, "between", "to" and „bis“ in a range, „von ... auf“,
  "over" and „über ... hinweg“ before a span, "above" after "well", and „weniger“, „länger“,
  „höher“, „niedriger“ after a figure.
- Speakers, checked only in forms the earlier batches settled (no new checked form): „teilte
  das Unternehmen am Montag mit“ -> "das Unternehmen", „teilte die EMA am Freitag mit“ ->
  "die EMA" (sixty-fourth), „teilte der Verband am Donnerstag mit“ -> "der Verband" (the
  body named in the row taken up by its common noun, hundred-fifty-fifth: „die Behörde“),
  „teilte der Dachverband der Sozialversicherungsträger mit“ with its article
  (two-hundred-and-forty-fourth), „teilte Swissmedic am Dienstag mit“ and „teilte Swissmedic
  am Montag mit“ -> "Swissmedic" (a name without an article and the weekday dropped;
  forty-seventh: „teilte MeteoSchweiz mit“, sixty-fourth: „teilte Corvita mit“); „nach
  Angaben des Gesundheitsministeriums“ -> "das Gesundheitsministerium" (the source in the
  nominative, two-hundred-and-twenty-fifth); „sagte Studienleiter Jonas Birkhahn von der
  Charité“ and „sagte Studienleiterin Annika Thorwald vom Universitätsklinikum Essen“ the
  name with the title and the affiliation dropped (hundred-eighty-third); „sagte
  Studienleiter Lukas Imhasly“, „sagte Studienautorin Friederike Haase“, „sagte Kardiologe
  Peter Hainzl“ and „sagte Swissmedic-Sprecher Adrian Bodmer“ the name
  (hundred-fifty-fifth); „Studienleiter Carsten Wiebking sagte, ...“, „Studienleiterin Eva
  Kröpfl sagte, ...“, „Studienleiterin Hanna Mösbauer sagte, ...“, „Studienleiter Matthias
  Gruber-Lenz sagte, ...“ and „BAG-Sprecherin Corinne Wälchli sagte, ...“ the name
  (two-hundred-and-twenty-fifth, two-hundred-and-forty-fourth); „Inäbnit sagte, ...“ and
  „Lassahn sagte, ...“ opening the row (two-hundred-and-twenty-fifth). English: "Halvoren
  said", "Larkspur said" and "NICE said" as written (hundred-eighty-third: "Marrowind said";
  eighty-first: "NHS England said"); "the company said on Wednesday" -> "the company"; "The
  FDA said" and "the FDA said" -> "the FDA" (hundred-fifty-fifth); "According to the World
  Health Organization, ..." -> "the World Health Organization" (the article kept,
  ninety-eighth, hundred-fifty-fifth); "Chief Executive Dana Pruett told reporters", "Chief
  Medical Officer Henrik Sølvsten told reporters" and "Chief Executive Reto Zwahlen told
  reporters" the name (sixty-fourth, two-hundred-and-forty-fourth); "Chief Executive
  Marguerite Voss told analysts" the name (hundred-thirty-third: "told analysts"); "Lead
  author Dr. Sofie Kragh said", "Lead investigator Dr. Miriam Castellano said", "Panel
  member Dr. Raymond Okoro said", "Study leader Dr. Nathan Breyer said" and "Lead author Dr
  Awa Koné said" the name with the role and "Dr."/"Dr" dropped (tenth: "Dr.";
  hundred-fifty-fifth: "Dr"); "Lead author Professor Gwen Aldous said" the name with
  "Professor" dropped (eighteenth: "Professor Claire Lyons"); "Health Minister Rhys Cavanagh
  said" the name. Left unchecked (None): „wie Aarvia mitteilte“ and „wie das Bundesamt für
  Gesundheit (BAG) mitteilte“ (wie-clauses, left unchecked by this batch's choice as the
  two-hundred-and-fourth and two-hundred-and-twenty-fifth do); „nach Angaben der
  Österreichischen Gesundheitskasse“ and „Nach Angaben des Wissenschaftlichen Instituts der
  AOK“ (a capitalised adjective heading the name in the genitive, two-hundred-and-seventh);
  estimates and documents („nach Schätzungen des Bundesgesundheitsministeriums“, „der
  Weltgesundheitsorganisation“, „des BAG“, „des Dachverbands“, „laut einer Erhebung des
  BAG“, „nach Unternehmensangaben“ and „nach eigenen Angaben“ (hundredth, hundred-fourth),
  „einer Studie zufolge“, „Das zeigt eine Studie ...“, "according to NICE documents",
  "according to federal estimates", "according to government data", "according to patient
  registries", "according to estimates by kidney specialists", "according to data presented
  ...", "a study ... estimated"; hundred-fifty-fifth); descriptions before the name ("Maker
  Tavistock Oncology said", "Drugmaker Ardent Neuro said", "Maker Saltmarsh Genetics said",
  "according to the charity Breast Cancer Now", "the Basel-based company announced";
  fortieth, hundred-fifty-fifth); plural and collective sources ("The authors said", "The
  researchers said", "researchers reported", "Officials said", „Die Daten stellten
  Forschende ... vor“; forty-first); the present tense ("Cystic Fibrosis Australia says",
  "the federal government says"; sixty-fourth: "The agency lists"); "the regulator said in a
  notification" (twentieth: "it said in a filing"); verbs that are not of saying
  ("approved", "have granted", "recommended against", "plans", "expects", "rejected", „hat
  ... empfohlen“, „hat ... zugelassen“, „will ... beantragen“; sixty-fourth); rows without
  attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_252 = [
    # --- FDA approves a drug for a rare liver disease (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 9 (Reuters) - U.S. regulators on Thursday approved Halvoren Therapeutics' drug Ostravel for adults with primary sclerosing cholangitis, the first treatment cleared for the rare liver disease.",
        True,
        [("date", "--01-09", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "In a Phase 3 trial of 286 patients, 41% of those taking the once-daily pill saw their liver enzyme levels fall by at least half after 52 weeks, against 12% on placebo.",
        True,
        [
            ("count", 3, None, None),
            ("count", 286, None, None),
            ("percent", 41, "%", None),
            ("count", 1, None, None),
            ("fraction", 0.5, None, "at_least"),
            ("duration", 52, "week", None),
            ("percent", 12, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The drug will carry a list price of $385,000 a year before discounts, Halvoren said.",
        True,
        [("money", 385000, "USD", None)],
        "Halvoren",
    ),
    (
        "en",
        "Chief Executive Dana Pruett told reporters that about 30,000 Americans live with the disease and that roughly 70% of them also have inflammatory bowel disease.",
        True,
        [("count", 30000, None, "about"), ("percent", 70, "%", "about")],
        "Dana Pruett",
    ),
    (
        "en",
        '"For patients who have been told for decades that there is nothing we can do, this changes the conversation," Pruett said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The FDA said itching, fatigue and diarrhea were the side effects seen most often, and that liver function should be checked every three months.",
        True,
        [("duration", 3, "month", None)],
        "the FDA",
    ),
    ("en", 'Patient advocates called the price "indefensible for a pill that costs cents to make."', False, [], None),
    ("en", "It is not yet known whether the drug delays the need for a liver transplant.", False, [], None),
    # --- Herzschwäche-Mittel in Phase-3-Studie (dpa), Januar ---
    (
        "de",
        "Hamburg (dpa) - Ein neues Mittel gegen Herzschwäche des Hamburger Biotech-Unternehmens Elbwerk Pharma hat in einer großen Phase-3-Studie die Zahl der Klinikaufenthalte deutlich gesenkt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "An der Studie nahmen 4.812 Patientinnen und Patienten aus 23 Ländern teil, die im Median 19 Monate lang beobachtet wurden.",
        True,
        [("count", 4812, None, None), ("count", 23, None, None), ("duration", 19, "month", None)],
        None,
    ),
    (
        "de",
        "Das Risiko, wegen Herzschwäche ins Krankenhaus zu müssen oder daran zu sterben, sank um 21 Prozent, teilte das Unternehmen am Montag mit.",
        True,
        [("percent", 21, "%", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Hazard Ratio lag bei 0,79, das 95-Prozent-Konfidenzintervall reichte von 0,71 bis 0,88.",
        True,
        [
            ("count", 0.79, None, None),
            ("percent", 95, "%", None),
            ("count", 0.71, None, None),
            ("count", 0.88, None, None),
        ],
        None,
    ),
    (
        "de",
        "In absoluten Zahlen erlitten 14,2 Prozent der Behandelten ein solches Ereignis, in der Placebogruppe 17,6 Prozent.",
        True,
        [("percent", 14.2, "%", None), ("percent", 17.6, "%", None)],
        None,
    ),
    (
        "de",
        "Studienleiter Carsten Wiebking sagte, um ein Ereignis zu verhindern, müssten rund 29 Menschen knapp zwei Jahre lang behandelt werden.",
        True,
        [("count", 29, None, "about"), ("duration", 2, "year", "nearly")],
        "Carsten Wiebking",
    ),
    ("de", "„Das ist ein solider Fortschritt, aber kein Durchbruch“, sagte Wiebking.", False, [], None),
    ("de", "Elbwerk will noch in diesem Jahr die Zulassung in Europa und den USA beantragen.", True, [], None),
    ("de", "Ob der Effekt auch bei Patienten mit erhaltener Pumpfunktion eintritt, ist offen.", False, [], None),
    # --- Shingles vaccine and dementia (AP), February ---
    (
        "en",
        "NEW YORK (AP) — Older adults who got a shingles vaccine were less likely to be diagnosed with dementia over the following seven years, according to a large study published Wednesday in the journal Nature Medicine.",
        True,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "Researchers tracked about 312,000 people aged 70 to 79 in Denmark's national health registries between 2010 and 2023.",
        True,
        [
            ("count", 312000, None, "about"),
            ("duration", 70, "year", None),
            ("duration", 79, "year", None),
            ("year", 2010, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Those vaccinated had a 17% lower risk of a dementia diagnosis than those who were not, a gap that held after the team adjusted for age, income and other illnesses.",
        True,
        [("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "Lead author Dr. Sofie Kragh said the effect appeared stronger in women, whose risk fell by about a fifth.",
        True,
        [("fraction", 0.2, None, "about")],
        "Sofie Kragh",
    ),
    (
        "en",
        '"This is one of the most intriguing signals we have seen in dementia prevention in years," Kragh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The authors said the study was observational and could not prove that the vaccine itself caused the drop.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Outside experts cautioned that people who get vaccinated may simply be healthier in ways the registry data cannot capture.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 2.4 million Danes aged 65 and older are eligible for the vaccine, which costs about 1,700 Danish crowns for two doses.",
        True,
        [
            ("count", 2400000, None, "about"),
            ("duration", 65, "year", "at_least"),
            ("money", 1700, "DKK", "about"),
            ("count", 2, None, None),
        ],
        None,
    ),
    # --- Swissmedic lässt Migränemittel zu (Keystone-SDA), Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Swissmedic hat ein neues Migränemittel des Basler Unternehmens Aarvia zugelassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Tablette wird einmal täglich eingenommen und soll Migräneattacken vorbeugen, teilte Swissmedic am Dienstag mit.",
        True,
        [("count", 1, None, None)],
        "Swissmedic",
    ),
    (
        "de",
        "In der Zulassungsstudie mit 1'146 Teilnehmenden sank die Zahl der Migränetage pro Monat im Schnitt von 9,6 auf 5,1.",
        True,
        [("count", 1146, None, None), ("count", 9.6, None, None), ("count", 5.1, None, None)],
        None,
    ),
    (
        "de",
        "Bei gut der Hälfte der Behandelten halbierten sich die Migränetage mindestens, unter Placebo bei 29 Prozent.",
        True,
        [("fraction", 0.5, None, "over"), ("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Packung mit 30 Tabletten soll 412.50 Franken kosten, wie Aarvia mitteilte.",
        True,
        [("count", 30, None, None), ("money", 412.5, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Für viele Betroffene bedeutet das ein Stück Lebensqualität zurück», sagte Neurologin Barbara Inäbnit vom Inselspital Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Inäbnit sagte, in der Schweiz litten rund eine Million Menschen an Migräne, Frauen etwa dreimal so häufig wie Männer.",
        True,
        [("count", 1000000, None, "about"), ("count", 3, None, "about")],
        "Inäbnit",
    ),
    ("de", "Ob die Grundversicherung die Kosten übernimmt, ist noch offen.", False, [], None),
    # --- Once-weekly insulin (Reuters), March ---
    (
        "en",
        "COPENHAGEN, March 4 (Reuters) - A once-weekly insulin injection from Danish drugmaker Fjordlund controlled blood sugar as well as daily shots in a late-stage trial of people with type 2 diabetes, the company said on Wednesday.",
        True,
        [("date", "--03-04", None, None), ("count", 1, None, None)],
        "the company",
    ),
    (
        "en",
        "After 78 weeks, average HbA1c fell by 1.3 percentage points in the weekly group and by 1.2 percentage points among patients on daily insulin.",
        True,
        [("duration", 78, "week", None), ("percent", 1.3, "pp", None), ("percent", 1.2, "pp", None)],
        None,
    ),
    (
        "en",
        "The trial enrolled 1,284 adults across 11 countries who had not used insulin before.",
        True,
        [("count", 1284, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Rates of severe hypoglycaemia were low in both groups, at 0.9% and 0.7% respectively.",
        True,
        [("percent", 0.9, "%", None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "Fjordlund plans to seek approval from U.S. and EU regulators in the second half of the year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Chief Medical Officer Henrik Sølvsten told reporters that about 40% of people with type 2 diabetes who need insulin put off starting it for more than a year.",
        True,
        [("percent", 40, "%", "about")],
        "Henrik Sølvsten",
    ),
    (
        "en",
        '"Fifty-two injections a year instead of 365 is a real difference in someone\'s life," Sølvsten said.',
        False,
        [("count", 52, None, None), ("count", 365, None, None)],
        None,
    ),
    ("en", "Shares in Fjordlund rose 3.8% in Copenhagen trading.", True, [("percent", 3.8, "%", None)], None),
    (
        "en",
        "Analysts said the weekly shot could win a large share of the market if it is priced in line with daily insulins.",
        False,
        [],
        None,
    ),
    # --- Blutdrucksenker morgens oder abends (APA), März ---
    (
        "de",
        "Graz (APA) - Ob Blutdrucksenker morgens oder abends eingenommen werden, macht für das Risiko von Herzinfarkt und Schlaganfall keinen Unterschied.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das zeigt eine Studie der Medizinischen Universität Graz mit 3.357 Patientinnen und Patienten, die im Fachjournal „The Lancet“ erschienen ist.",
        True,
        [("count", 3357, None, None)],
        None,
    ),
    (
        "de",
        "Die Teilnehmenden waren im Schnitt 67 Jahre alt und wurden über fünf Jahre hinweg beobachtet.",
        True,
        [("duration", 67, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "In beiden Gruppen erlitten jeweils rund 6 Prozent einen Herzinfarkt oder Schlaganfall oder starben an einer Herz-Kreislauf-Erkrankung.",
        True,
        [("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Eva Kröpfl sagte, die Patienten hätten ihre Tabletten zu 91 Prozent wie vorgesehen eingenommen.",
        True,
        [("percent", 91, "%", None)],
        "Eva Kröpfl",
    ),
    (
        "de",
        "„Die Patienten sollen ihre Tabletten dann nehmen, wann sie am wenigsten darauf vergessen“, sagte Kröpfl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Österreich nehmen nach Angaben der Österreichischen Gesundheitskasse rund 1,4 Millionen Menschen regelmäßig Blutdrucksenker ein.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gesellschaft für Allgemeinmedizin hält die Studie für ein wichtiges Signal gegen die Verunsicherung vieler Patienten.",
        False,
        [],
        None,
    ),
    # --- NICE turns down a breast cancer drug (PA), April ---
    (
        "en",
        "LONDON (PA) - Thousands of women with advanced breast cancer in England will not get a new targeted drug on the NHS because the spending watchdog has judged it too expensive.",
        True,
        [],
        None,
    ),
    (
        "en",
        "NICE said the drug, Velatrib, extended the time before the cancer grew by a median of 7.3 months in trials.",
        True,
        [("duration", 7.3, "month", None)],
        "NICE",
    ),
    (
        "en",
        "Its list price is £4,860 for a 28-day pack, according to NICE documents.",
        True,
        [("money", 4860, "GBP", None), ("duration", 28, "day", None)],
        None,
    ),
    (
        "en",
        "Even with a confidential discount, the cost per quality-adjusted life year was well above the £35,000 the watchdog normally accepts.",
        True,
        [("money", 35000, "GBP", None)],
        None,
    ),
    (
        "en",
        "About 3,100 women a year could have been eligible for the treatment, according to the charity Breast Cancer Now.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "en",
        'Breast Cancer Now called the decision "a devastating blow for women who are running out of options."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Maker Tavistock Oncology said it had offered the NHS a discount of more than 25% and would appeal.",
        True,
        [("percent", 25, "%", "over")],
        None,
    ),
    ("en", "The Health Secretary said he hoped the company and NICE could still reach a deal.", False, [], None),
    # --- Erlanger Long-Covid-Studie ohne Wirkung (dpa/lby), April ---
    (
        "de",
        "Erlangen (dpa/lby) - Ein Wirkstoff gegen die chronische Erschöpfung nach Covid-19 hat in einer Studie des Universitätsklinikums Erlangen keine Wirkung gezeigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 168 Teilnehmenden erhielten zwölf Wochen lang entweder zweimal täglich eine Tablette mit 250 Milligramm des Wirkstoffs oder ein Scheinmedikament.",
        True,
        [
            ("count", 168, None, None),
            ("duration", 12, "week", None),
            ("count", 2, None, None),
            ("count", 250, None, None),
        ],
        None,
    ),
    (
        "de",
        "Auf einer 100-Punkte-Skala verbesserte sich die Erschöpfung in beiden Gruppen um rund neun Punkte.",
        True,
        [("count", 100, None, None), ("count", 9, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Hanna Mösbauer sagte, rund 40 Prozent der Teilnehmenden hätten vor der Studie länger als ein Jahr nicht arbeiten können.",
        True,
        [("percent", 40, "%", "about")],
        "Hanna Mösbauer",
    ),
    (
        "de",
        "„Ein negatives Ergebnis ist für die Betroffenen bitter, aber es bewahrt sie vor falschen Hoffnungen“, sagte Mösbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Deutschland leiden nach Schätzungen des Bundesgesundheitsministeriums mehrere Hunderttausend Menschen an Long Covid.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Freistaat Bayern hat die Studie mit 1,2 Mio. Euro gefördert.",
        True,
        [("money", 1200000, "EUR", None)],
        None,
    ),
    ("de", "Patientenverbände kritisierten, die Forschung zu Long Covid komme viel zu langsam voran.", False, [], None),
    # --- EMA empfiehlt neues Reserveantibiotikum (dpa), April ---
    (
        "de",
        "Amsterdam (dpa) - Die Europäische Arzneimittel-Agentur EMA hat die Zulassung eines neuen Antibiotikums gegen multiresistente Keime empfohlen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist das erste Mittel einer neuen Wirkstoffklasse gegen sogenannte gramnegative Bakterien seit mehr als 40 Jahren, teilte die EMA am Freitag mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 40, "year", "over")],
        "die EMA",
    ),
    (
        "de",
        "In der entscheidenden Studie mit 612 Patienten mit komplizierten Harnwegsinfektionen heilte das Mittel bei 78 Prozent die Infektion, das Vergleichspräparat bei 69 Prozent.",
        True,
        [("count", 612, None, None), ("percent", 78, "%", None), ("percent", 69, "%", None)],
        None,
    ),
    (
        "de",
        "Die Behandlung dauert in der Regel sieben bis 14 Tage.",
        True,
        [("duration", 7, "day", None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Antibiotikaresistenzen sind nach Schätzungen der Weltgesundheitsorganisation jedes Jahr direkt für mehr als 1,3 Millionen Todesfälle weltweit verantwortlich.",
        True,
        [("count", 1300000, None, "over")],
        None,
    ),
    (
        "de",
        "Die endgültige Entscheidung trifft die EU-Kommission, die in der Regel den Empfehlungen der EMA folgt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir können uns nicht darauf verlassen, dass sich die Pipeline von selbst füllt“, sagte ein EMA-Sprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hersteller, das US-Unternehmen Brackwater Bio, hat für die Entwicklung seit 2012 nach eigenen Angaben rund 900 Millionen Dollar ausgegeben.",
        True,
        [("year", 2012, None, None), ("money", 900000000, "USD", "about")],
        None,
    ),
    # --- Pancreatic cancer pill at ASCO (Reuters), May ---
    (
        "en",
        "CHICAGO, May 31 (Reuters) - An experimental pill from Boston-based Quarrystone Therapeutics extended the lives of patients with advanced pancreatic cancer by about four months, according to data presented on Saturday at the American Society of Clinical Oncology meeting.",
        True,
        [("date", "--05-31", None, None), ("duration", 4, "month", "about")],
        None,
    ),
    (
        "en",
        "Patients taking the drug alongside chemotherapy lived a median of 13.2 months, compared with 9.1 months for those on chemotherapy alone.",
        True,
        [("duration", 13.2, "month", None), ("duration", 9.1, "month", None)],
        None,
    ),
    (
        "en",
        "The hazard ratio for death was 0.66, with a p-value of less than 0.001.",
        True,
        [("count", 0.66, None, None), ("count", 0.001, None, "under")],
        None,
    ),
    (
        "en",
        "The Phase 3 study enrolled 744 patients at 132 sites in 18 countries.",
        True,
        [("count", 3, None, None), ("count", 744, None, None), ("count", 132, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "Serious side effects, most often low white blood cell counts and rash, occurred in 38% of patients on the combination and 27% on chemotherapy alone.",
        True,
        [("percent", 38, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "Lead investigator Dr. Miriam Castellano said about one in eight patients in the drug arm was still alive after two years, against one in 25 with chemotherapy alone.",
        True,
        [("fraction", 0.125, None, "about"), ("duration", 2, "year", None), ("fraction", 0.04, None, None)],
        "Miriam Castellano",
    ),
    (
        "en",
        '"Pancreatic cancer has been the graveyard of so many drugs that every month we win back feels enormous," Castellano said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quarrystone has already submitted the data to the U.S. Food and Drug Administration and expects a decision by early next year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Some oncologists questioned whether four extra months justify the side effects and the likely price.",
        False,
        [("duration", 4, "month", None)],
        None,
    ),
    # --- Blutverdünner früh nach Schlaganfall (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Patienten mit Vorhofflimmern können nach einem Schlaganfall deutlich früher als bisher üblich mit Blutverdünnern behandelt werden, ohne dass das Risiko für Hirnblutungen steigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Studie an 103 Kliniken in sieben Ländern begannen 2.215 Teilnehmende entweder binnen 48 Stunden oder erst nach sechs bis 14 Tagen mit der Einnahme.",
        True,
        [
            ("count", 103, None, None),
            ("count", 7, None, None),
            ("count", 2215, None, None),
            ("duration", 48, "hour", None),
            ("duration", 6, "day", None),
            ("duration", 14, "day", None),
        ],
        None,
    ),
    (
        "de",
        "Nach 90 Tagen hatten in der frühen Gruppe 2,9 Prozent einen erneuten Schlaganfall, eine Hirnblutung oder eine Embolie erlitten, in der späten Gruppe 4,1 Prozent.",
        True,
        [("duration", 90, "day", None), ("percent", 2.9, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Hirnblutungen traten in beiden Gruppen bei jeweils 0,4 Prozent der Patienten auf.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Ergebnisse wurden im „New England Journal of Medicine“ veröffentlicht und auf der Europäischen Schlaganfallkonferenz in Helsinki vorgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bislang warten viele Ärztinnen und Ärzte nach einem schweren Schlaganfall bis zu zwei Wochen, sagte Studienleiter Jonas Birkhahn von der Charité.",
        True,
        [("duration", 2, "week", "up_to")],
        "Jonas Birkhahn",
    ),
    (
        "de",
        "„Die Angst vor der Blutung war bisher größer als die Angst vor dem nächsten Schlaganfall“, sagte Birkhahn.",
        False,
        [],
        None,
    ),
    ("de", "Fachleute erwarten, dass die Fachgesellschaften ihre Leitlinien bald anpassen.", False, [], None),
    # --- FDA advisers vote against an ALS drug (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — Advisers to the Food and Drug Administration voted 7-4 on Thursday that an experimental drug for ALS has not been shown to be effective.",
        True,
        [("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The agency is not bound by the panel's vote but usually follows it, and is due to decide by Aug. 22.",
        True,
        [("date", "--08-22", None, None)],
        None,
    ),
    (
        "en",
        "In the company's main study of 394 patients, the drug slowed decline on a standard functional scale by 2.1 points over 48 weeks compared with a placebo, a difference that fell short of statistical significance.",
        True,
        [("count", 394, None, None), ("count", 2.1, None, None), ("duration", 48, "week", None)],
        None,
    ),
    (
        "en",
        "Drugmaker Ardent Neuro said a subgroup of patients treated early in their disease did better and that it would keep working with the FDA.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 31,500 Americans have ALS, according to federal estimates.",
        True,
        [("count", 31500, None, "about")],
        None,
    ),
    (
        "en",
        '"My husband does not have time for another trial," said Carla Dunleavy, whose husband was diagnosed two years ago.',
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Panel member Dr. Raymond Okoro said the data were too thin to support approval and that a second trial of at least 600 patients was needed.",
        True,
        [("ordinal", 2, None, None), ("count", 600, None, "at_least")],
        "Raymond Okoro",
    ),
    (
        "en",
        "Patient groups urged the agency to use its flexibility for a disease with so few options.",
        False,
        [],
        None,
    ),
    # --- Gentherapie gegen Hämophilie B (Keystone-SDA), Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Grundversicherung übernimmt ab dem 1. Juli die Kosten für eine neue Gentherapie gegen die Bluterkrankheit Hämophilie B.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Der Preis für die einmalige Infusion liegt bei 2,3 Millionen Franken, wie das Bundesamt für Gesundheit (BAG) mitteilte.",
        True,
        [("money", 2300000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das ist rund 18 Prozent weniger als der ursprünglich vom Hersteller verlangte Preis.",
        True,
        [("percent", 18, "%", "about")],
        None,
    ),
    (
        "de",
        "In der Schweiz kommen nach Schätzungen des BAG etwa 40 Patienten für die Behandlung infrage.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Bisher spritzen sich die Betroffenen ein- bis zweimal pro Woche einen Gerinnungsfaktor, was pro Jahr bis zu 400'000 Franken kostet.",
        True,
        [("count", 1, None, None), ("count", 2, None, None), ("money", 400000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "BAG-Sprecherin Corinne Wälchli sagte, der Hersteller müsse einen Teil des Preises zurückzahlen, wenn die Wirkung nach fünf Jahren nachlasse.",
        True,
        [("duration", 5, "year", None)],
        "Corinne Wälchli",
    ),
    (
        "de",
        "«Das ist ein Preis, der die Solidarität der Prämienzahlenden auf die Probe stellt», sagte Wälchli.",
        False,
        [],
        None,
    ),
    ("de", "Der Krankenkassenverband Santésuisse sprach von einem «gefährlichen Präjudiz».", False, [], None),
    # --- Cystic fibrosis drug listed on the PBS (AAP), July ---
    (
        "en",
        "SYDNEY (AAP) - Children aged two and older with cystic fibrosis will get subsidised access from August 1 to a treatment costing about A$265,000 a year per patient, the federal government says.",
        True,
        [("duration", 2, "year", "at_least"), ("date", "--08-01", None, None), ("money", 265000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Families will pay at most A$31.90 per script, or A$7.80 with a concession card.",
        True,
        [("money", 31.9, "AUD", "at_most"), ("money", 7.8, "AUD", None)],
        None,
    ),
    (
        "en",
        "Health Minister Rhys Cavanagh said about 580 children would benefit in the first year.",
        True,
        [("count", 580, None, "about"), ("ordinal", 1, None, None)],
        "Rhys Cavanagh",
    ),
    (
        "en",
        "In trials, the three-drug combination improved lung function by an average of 10.2 percentage points in children aged two to five.",
        True,
        [
            ("count", 3, None, None),
            ("percent", 10.2, "pp", None),
            ("duration", 2, "year", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        '"No parent should have to watch their child struggle to breathe because a medicine costs too much," Cavanagh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cystic Fibrosis Australia says around 3,700 Australians live with the condition.",
        True,
        [("count", 3700, None, "about")],
        None,
    ),
    ("en", "The opposition said the listing was welcome but long overdue.", False, [], None),
    (
        "en",
        "The Pharmaceutical Benefits Advisory Committee had rejected two earlier applications, in 2023 and 2024, on cost grounds.",
        True,
        [("count", 2, None, None), ("year", 2023, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Abnehmspritze bei Jugendlichen (APA), Juli ---
    (
        "de",
        "Wien (APA) - Eine wöchentliche Abnehmspritze hat in einer Studie bei Jugendlichen mit starkem Übergewicht den Body-Mass-Index im Schnitt um 16 Prozent gesenkt.",
        True,
        [("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "An der Studie unter Leitung der MedUni Wien nahmen 201 Burschen und Mädchen zwischen 12 und 17 Jahren teil.",
        True,
        [("count", 201, None, None), ("duration", 12, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Nach 72 Wochen hatte rund ein Drittel von ihnen kein krankhaftes Übergewicht mehr, in der Placebogruppe knapp jeder zwanzigste.",
        True,
        [("duration", 72, "week", None), ("fraction", 0.3333, None, "about"), ("fraction", 0.05, None, "nearly")],
        None,
    ),
    (
        "de",
        "Häufigste Nebenwirkungen waren Übelkeit und Erbrechen, vier Jugendliche brachen die Behandlung deswegen ab.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Matthias Gruber-Lenz sagte, die Jugendlichen hätten zusätzlich an einem Programm mit Ernährungsberatung und 150 Minuten Bewegung pro Woche teilgenommen.",
        True,
        [("duration", 150, "minute", None)],
        "Matthias Gruber-Lenz",
    ),
    (
        "de",
        "„Die Spritze ersetzt keine Lebensstiländerung, sie macht sie für manche erst möglich“, sagte Gruber-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Österreich ist nach Angaben des Gesundheitsministeriums etwa jedes sechste Kind übergewichtig, 2010 war es noch jedes neunte.",
        True,
        [("fraction", 0.1667, None, "about"), ("year", 2010, None, None), ("fraction", 0.1111, None, None)],
        "das Gesundheitsministerium",
    ),
    (
        "de",
        "Kinderärztinnen und Kinderärzte befürchten, dass die Spritze zu leichtfertig verschrieben werden könnte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Was nach dem Absetzen passiert, soll eine Folgestudie über weitere zwei Jahre klären.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- EMA rejects a Duchenne gene therapy (Reuters), August ---
    (
        "en",
        "AMSTERDAM, Aug 28 (Reuters) - The European Medicines Agency on Thursday recommended against approving a gene therapy for Duchenne muscular dystrophy, saying its main trial had failed to show a benefit.",
        True,
        [("date", "--08-28", None, None)],
        None,
    ),
    (
        "en",
        "In the 52-week study of 125 boys aged four to seven, motor function scores improved by 2.6 points with the therapy and by 1.9 points with placebo.",
        True,
        [
            ("duration", 52, "week", None),
            ("count", 125, None, None),
            ("duration", 4, "year", None),
            ("duration", 7, "year", None),
            ("count", 2.6, None, None),
            ("count", 1.9, None, None),
        ],
        None,
    ),
    ("en", "The agency's human medicines committee reached its opinion by consensus.", True, [], None),
    (
        "en",
        "The therapy is approved in the United States, where it carries a price of $2.95 million per patient.",
        True,
        [("money", 2950000, "USD", None)],
        None,
    ),
    (
        "en",
        "Maker Saltmarsh Genetics said it would ask for a re-examination, which must be requested within 15 days.",
        True,
        [("duration", 15, "day", None)],
        None,
    ),
    (
        "en",
        '"Families across Europe will be heartbroken today," said a spokeswoman for the patient group Duchenne Families Europe.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said the decision could prompt other regulators to look again at the data.", False, [], None),
    (
        "en",
        "About 17,000 boys in the European Union have Duchenne, according to patient registries.",
        True,
        [("count", 17000, None, "about")],
        None,
    ),
    # --- Preis für Lungenkrebsmittel ausgehandelt (dpa), August ---
    (
        "de",
        "Berlin (dpa) - Ein neues Lungenkrebsmittel kostet die gesetzlichen Krankenkassen künftig rund 98.000 Euro pro Patient und Jahr.",
        True,
        [("money", 98000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Auf diesen Erstattungsbetrag haben sich der Hersteller und der GKV-Spitzenverband geeinigt, teilte der Verband am Donnerstag mit.",
        True,
        [],
        "der Verband",
    ),
    (
        "de",
        "Zum Marktstart hatte das Unternehmen Astrava Oncology noch 141.000 Euro verlangt.",
        True,
        [("money", 141000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Gemeinsame Bundesausschuss hatte dem Mittel im Frühjahr nur einen geringen Zusatznutzen bescheinigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Zulassungsstudie lebten die Patienten im Median 4,6 Monate länger ohne Fortschreiten der Krankheit als unter Standardchemotherapie.",
        True,
        [("duration", 4.6, "month", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Wissenschaftlichen Instituts der AOK haben sich die Ausgaben der Kassen für neue Krebsmedikamente seit 2015 mehr als verdreifacht.",
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Der Verband forschender Arzneimittelhersteller warnte, Deutschland drohe als Standort für Markteinführungen unattraktiv zu werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir zahlen für Innovation, aber nicht für jedes Versprechen“, sagte die Vorstandschefin des GKV-Spitzenverbands.",
        False,
        [],
        None,
    ),
    # --- Malaria antibody trial (AFP), September ---
    (
        "en",
        "BAMAKO (AFP) - A single injection of a lab-made antibody protected children in Mali and Kenya against malaria for an entire rainy season, researchers reported Thursday in The Lancet.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The antibody cut the risk of clinical malaria by 77% over six months compared with a placebo among 1,520 children aged six to 10.",
        True,
        [
            ("percent", 77, "%", None),
            ("duration", 6, "month", None),
            ("count", 1520, None, None),
            ("duration", 6, "year", None),
            ("duration", 10, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Lead author Dr Awa Koné said the protection was strongest in the first three months, at about 88%.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "month", None), ("percent", 88, "%", "about")],
        "Awa Koné",
    ),
    (
        "en",
        '"For the first time, we can imagine protecting a child through a whole season with one shot," Koné said.',
        False,
        [("ordinal", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "According to the World Health Organization, malaria killed an estimated 583,000 people last year, roughly three-quarters of whom were African children under five.",
        True,
        [("count", 583000, None, "about"), ("fraction", 0.75, None, "about"), ("duration", 5, "year", "under")],
        "the World Health Organization",
    ),
    (
        "en",
        "The researchers said the antibody would need to cost less than $5 a dose to be used widely.",
        True,
        [("money", 5, "USD", "under")],
        None,
    ),
    (
        "en",
        "It remains unclear whether the antibody can be made cheaply enough and in large enough quantities.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The trial, run between 2022 and 2024, was funded by the Bill & Melinda Gates Foundation.",
        True,
        [("year", 2022, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Immuntherapie vor Lungenkrebs-OP (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Eine Immuntherapie vor und nach der Operation senkt bei Lungenkrebs im Frühstadium das Risiko eines Rückfalls um ein Drittel.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Die Daten stellten Forschende am Samstag auf dem ESMO-Krebskongress in Berlin vor.", True, [], None),
    (
        "de",
        "Nach drei Jahren waren 64 Prozent der Patientinnen und Patienten mit der Kombination ohne Rückfall, mit Chemotherapie allein 49 Prozent.",
        True,
        [("duration", 3, "year", None), ("percent", 64, "%", None), ("percent", 49, "%", None)],
        None,
    ),
    (
        "de",
        "Die Hazard Ratio betrug 0,67 (95-Prozent-Konfidenzintervall 0,55 bis 0,81).",
        True,
        [
            ("count", 0.67, None, None),
            ("percent", 95, "%", None),
            ("count", 0.55, None, None),
            ("count", 0.81, None, None),
        ],
        None,
    ),
    (
        "de",
        "Untersucht wurden 802 Erkrankte im Stadium 2 oder 3 aus 26 Ländern.",
        True,
        [("count", 802, None, None), ("count", 2, None, None), ("count", 3, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Bei jedem vierten Patienten seien nach der Vorbehandlung im entfernten Tumorgewebe keine Krebszellen mehr gefunden worden, sagte Studienleiterin Annika Thorwald vom Universitätsklinikum Essen.",
        True,
        [("fraction", 0.25, None, None)],
        "Annika Thorwald",
    ),
    (
        "de",
        "„Wir sehen gerade, wie sich die Chirurgie des Lungenkrebses grundlegend verändert“, sagte Thorwald.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schwere Nebenwirkungen traten bei 33 Prozent der Behandelten auf, nach 26 Prozent unter Chemotherapie allein.",
        True,
        [("percent", 33, "%", None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "de",
        "Ob die Therapie auch das Gesamtüberleben verlängert, lässt sich nach Angaben der Autoren noch nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Weight-loss drug price cut (Reuters), October ---
    (
        "en",
        "NEW YORK, Oct 6 (Reuters) - Larkspur Pharmaceuticals will cut the U.S. cash price of its weight-loss injection Trimora to $499 a month from Nov. 1, down from a list price of about $1,080.",
        True,
        [
            ("date", "--10-06", None, None),
            ("money", 499, "USD", None),
            ("date", "--11-01", None, None),
            ("money", 1080, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "The lower price applies to patients who pay out of pocket through the company's own pharmacy service, Larkspur said.",
        True,
        [],
        "Larkspur",
    ),
    ("en", "Higher doses of the drug will cost $649 a month.", True, [("money", 649, "USD", None)], None),
    (
        "en",
        "Roughly 39% of U.S. adults have obesity, according to government data.",
        True,
        [("percent", 39, "%", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Marguerite Voss told analysts that about 1.2 million Americans were already using Trimora each week.",
        True,
        [("count", 1200000, None, "about")],
        "Marguerite Voss",
    ),
    ("en", '"We want price to stop being the reason people don\'t start treatment," Voss said.', False, [], None),
    (
        "en",
        "Analysts at Redfield Securities said the cut was likely to squeeze margins but widen the market.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares of Larkspur fell 2.4% in morning trading, while shares of its main rival rose 1.1%.",
        True,
        [("percent", 2.4, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    # --- Kürzere Antibiotikatherapie (Keystone-SDA), Oktober ---
    (
        "de",
        "Basel (Keystone-SDA) - Bei Blutstrominfektionen reicht eine siebentägige Antibiotikatherapie in vielen Fällen aus.",
        True,
        [("duration", 7, "day", None)],
        None,
    ),
    (
        "de",
        "Das zeigt eine Studie unter Leitung des Universitätsspitals Basel mit 3'608 Patientinnen und Patienten aus 74 Spitälern in neun Ländern.",
        True,
        [("count", 3608, None, None), ("count", 74, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Nach 90 Tagen waren in der Gruppe mit sieben Behandlungstagen 14,4 Prozent gestorben, in der Gruppe mit 14 Tagen 15,1 Prozent.",
        True,
        [
            ("duration", 90, "day", None),
            ("duration", 7, "day", None),
            ("percent", 14.4, "%", None),
            ("duration", 14, "day", None),
            ("percent", 15.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die kürzere Therapie sei damit der längeren nicht unterlegen, sagte Studienleiter Lukas Imhasly.",
        True,
        [],
        "Lukas Imhasly",
    ),
    (
        "de",
        "«Jeder Tag, an dem wir auf ein Antibiotikum verzichten, ist ein Tag weniger für resistente Keime», sagte Imhasly.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Patientinnen und Patienten mit stark geschwächtem Immunsystem waren von der Studie ausgeschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Schweiz werden laut einer Erhebung des BAG jährlich rund 41 Tonnen Antibiotika in der Humanmedizin eingesetzt.",
        True,
        [("count", 41, None, "about")],
        None,
    ),
    ("de", "Fachleute raten, Antibiotika nie eigenmächtig früher abzusetzen.", False, [], None),
    # --- India caps drug prices (PTI), October ---
    (
        "en",
        "NEW DELHI (PTI) - The National Pharmaceutical Pricing Authority has capped the retail prices of 37 essential medicines under a 2013 price control order, including several drugs for diabetes and heart disease.",
        True,
        [("count", 37, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        "The ceiling price of a common 500 mg metformin tablet has been fixed at Rs 1.86, the regulator said in a notification.",
        True,
        [("count", 500, None, None), ("money", 1.86, "INR", None)],
        None,
    ),
    (
        "en",
        "Officials said the move would save patients about Rs 3,800 crore a year.",
        True,
        [("money", 38000000000, "INR", "about")],
        None,
    ),
    (
        "en",
        "Drugmakers have 15 days to revise their prices, and those that overcharge must repay the excess with interest of 15% a year.",
        True,
        [("duration", 15, "day", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        "The Indian Pharmaceutical Alliance said the caps would hurt companies already struggling with rising costs.",
        False,
        [],
        None,
    ),
    (
        "en",
        "India is home to about 96 million people with diabetes, a study in The Lancet Diabetes & Endocrinology estimated.",
        True,
        [("count", 96000000, None, "about")],
        None,
    ),
    ("en", "Patient groups said they hoped the caps would finally reach pharmacies in smaller towns.", False, [], None),
    # --- Colchicine trial after stroke (PA), October ---
    (
        "en",
        "LONDON (PA) - A cheap gout drug did not reduce heart attacks or strokes in people who had recently had a stroke, a major British trial has found.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The study followed 3,154 patients for an average of 34 months, half of whom took 0.5mg of colchicine a day.",
        True,
        [
            ("count", 3154, None, None),
            ("duration", 34, "month", None),
            ("fraction", 0.5, None, None),
            ("count", 0.5, None, None),
        ],
        None,
    ),
    (
        "en",
        "Major cardiovascular events occurred in 9.8% of those on the drug and 10.3% of those on placebo, a difference that could have arisen by chance.",
        True,
        [("percent", 9.8, "%", None), ("percent", 10.3, "%", None)],
        None,
    ),
    (
        "en",
        "Lead author Professor Gwen Aldous said the drug cost the NHS about 30p a tablet.",
        True,
        [("money", 0.3, "GBP", "about")],
        "Gwen Aldous",
    ),
    (
        "en",
        '"A negative result is still a result, and it will spare thousands of patients a pill that does not help them," Aldous said.',
        False,
        [],
        None,
    ),
    ("en", "The trial was funded by the British Heart Foundation and published in the BMJ.", True, [], None),
    (
        "en",
        "Patients already taking colchicine should not stop without speaking to their doctor, the researchers advised.",
        False,
        [],
        None,
    ),
    (
        "en",
        "An earlier international trial published in 2020 had found a 23% lower risk of such events with the drug in heart patients.",
        True,
        [("year", 2020, None, None), ("percent", 23, "%", None)],
        None,
    ),
    # --- mRNA-Grippeimpfstoff (dpa), November ---
    (
        "de",
        "Mainz (dpa) - Ein mRNA-Grippeimpfstoff hat in einer Phase-3-Studie bei Erwachsenen ab 50 Jahren besser vor Grippe geschützt als ein herkömmlicher Impfstoff.",
        True,
        [("count", 3, None, None), ("duration", 50, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die relative Wirksamkeit lag nach Unternehmensangaben um 26,6 Prozent höher.",
        True,
        [("percent", 26.6, "%", None)],
        None,
    ),
    (
        "de",
        "An der Studie nahmen in elf Ländern 40.805 Menschen teil, gut die Hälfte von ihnen war älter als 65.",
        True,
        [
            ("count", 11, None, None),
            ("count", 40805, None, None),
            ("fraction", 0.5, None, "over"),
            ("duration", 65, "year", "over"),
        ],
        None,
    ),
    (
        "de",
        "Lokale Reaktionen wie Schmerzen an der Einstichstelle traten bei 71 Prozent der Geimpften auf, beim Vergleichsimpfstoff bei 46 Prozent.",
        True,
        [("percent", 71, "%", None), ("percent", 46, "%", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen Rheinauen Biotech will die Zulassung in der EU im ersten Quartal beantragen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Das könnte die Art, wie wir jedes Jahr gegen Grippe impfen, grundlegend verändern“, sagte Vorstandschef Dirk Lassahn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lassahn sagte, das Unternehmen könne binnen sechs Wochen nach Festlegung der Virusstämme liefern, bei herkömmlichen Impfstoffen dauere das rund sechs Monate.",
        True,
        [("duration", 6, "week", None), ("duration", 6, "month", "about")],
        "Lassahn",
    ),
    (
        "de",
        "Unabhängige Experten mahnten, die Ergebnisse aus einer einzigen Saison nicht überzubewerten.",
        False,
        [],
        None,
    ),
    # --- Psilocybin for depression (AP), November ---
    (
        "en",
        "SAN FRANCISCO (AP) — A single dose of psilocybin, the active ingredient in magic mushrooms, eased symptoms of severe depression for up to 12 weeks in a mid-stage study, researchers reported Wednesday in JAMA.",
        True,
        [("duration", 12, "week", "up_to")],
        None,
    ),
    (
        "en",
        "The Phase 2 trial enrolled 104 adults whose depression had not improved with at least two other treatments.",
        True,
        [("count", 2, None, None), ("count", 104, None, None), ("count", 2, None, "at_least")],
        None,
    ),
    (
        "en",
        "Scores on a 60-point depression scale fell by 12.3 points in the psilocybin group and by 5.8 points in the placebo group after six weeks.",
        True,
        [
            ("count", 60, None, None),
            ("count", 12.3, None, None),
            ("count", 5.8, None, None),
            ("duration", 6, "week", None),
        ],
        None,
    ),
    (
        "en",
        "About 37% of patients who received the drug were in remission at that point, compared with 11% on placebo.",
        True,
        [("percent", 37, "%", "about"), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Each dosing session lasted about eight hours and was supervised by two trained therapists.",
        True,
        [("duration", 8, "hour", "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Study leader Dr. Nathan Breyer said the therapists' time made up more than half of the treatment's cost.",
        True,
        [("fraction", 0.5, None, "over")],
        "Nathan Breyer",
    ),
    (
        "en",
        '"People who had been suffering for a decade told us they felt like themselves again," Breyer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Other psychiatrists cautioned that many patients could tell whether they had received the drug, which may have inflated the results.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The FDA rejected a similar psychedelic therapy last year, citing concerns about how its trials were run.",
        True,
        [],
        None,
    ),
    # --- Cholesterinspritze auf Kassenkosten (APA), November ---
    (
        "de",
        "Wien (APA) - Ein Cholesterinsenker, der nur zweimal im Jahr gespritzt werden muss, wird in Österreich künftig von der Krankenkasse bezahlt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten betragen rund 3.900 Euro pro Jahr und Patient, teilte der Dachverband der Sozialversicherungsträger mit.",
        True,
        [("money", 3900, "EUR", "about")],
        "der Dachverband der Sozialversicherungsträger",
    ),
    (
        "de",
        "In Studien senkte das Mittel das LDL-Cholesterin im Schnitt um rund 50 Prozent.",
        True,
        [("percent", 50, "%", "about")],
        None,
    ),
    (
        "de",
        "Verschrieben werden darf es nur Patienten, deren Wert trotz Tabletten über 70 Milligramm pro Deziliter bleibt.",
        True,
        [("count", 70, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des Dachverbands kommen dafür etwa 25.000 Menschen infrage.",
        True,
        [("count", 25000, None, "about")],
        None,
    ),
    (
        "de",
        "In Österreich erreiche nur etwa jeder dritte Hochrisikopatient seinen Zielwert, sagte Kardiologe Peter Hainzl.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Peter Hainzl",
    ),
    (
        "de",
        "„Zweimal im Jahr zum Arzt, das schaffen auch Menschen, die ihre Tabletten vergessen“, sagte Hainzl.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ob sich die hohen Kosten durch weniger Herzinfarkte rechnen, ist unter Gesundheitsökonomen umstritten.",
        False,
        [],
        None,
    ),
    # --- Swissmedic approves migraine pill for teenagers (Reuters), December ---
    (
        "en",
        "ZURICH, Dec 2 (Reuters) - Swiss drug regulator Swissmedic has approved Aarvia's migraine pill for children aged 12 and older, the first such approval worldwide, the Basel-based company announced on Tuesday.",
        True,
        [("date", "--12-02", None, None), ("duration", 12, "year", "at_least"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "In a trial of 412 adolescents, monthly migraine days fell by an average of 3.9, compared with 2.2 on placebo.",
        True,
        [("count", 412, None, None), ("count", 3.9, None, None), ("count", 2.2, None, None)],
        None,
    ),
    (
        "en",
        "Aarvia expects European approval for the same age group in the first half of next year.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Sales of the pill reached 214 million Swiss francs in the first nine months, a rise of 61%.",
        True,
        [
            ("money", 214000000, "CHF", None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 61, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts at Bank Limmattal said the pediatric label could add meaningfully to peak sales.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Reto Zwahlen told reporters the company would raise its full-year sales forecast to between 290 million and 310 million francs.",
        True,
        [("money", 290000000, "CHF", None), ("money", 310000000, "CHF", None)],
        "Reto Zwahlen",
    ),
    ("en", '"Children with migraine are too often told it is just a headache," Zwahlen said.', False, [], None),
    # --- Hörgeräte und Demenz (dpa), Dezember ---
    (
        "de",
        "Greifswald (dpa) - Menschen mit Schwerhörigkeit, die ein Hörgerät tragen, erkranken einer Studie zufolge seltener an Demenz als Betroffene ohne Hörgerät.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten Daten von knapp 590.000 Versicherten im Alter von mindestens 60 Jahren aus den Jahren 2008 bis 2020 aus.",
        True,
        [
            ("count", 590000, None, "nearly"),
            ("duration", 60, "year", "at_least"),
            ("year", 2008, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das Demenzrisiko der Hörgerätenutzer lag um 19 Prozent niedriger.",
        True,
        [("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Nur etwa 37 Prozent der Schwerhörigen in der Studie nutzten überhaupt ein Hörgerät.",
        True,
        [("percent", 37, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Daten stammten aus einer Beobachtungsstudie und könnten daher keinen ursächlichen Zusammenhang belegen, sagte Studienautorin Friederike Haase.",
        True,
        [],
        "Friederike Haase",
    ),
    ("de", "„Hören ist Training fürs Gehirn“, sagte Haase.", False, [], None),
    (
        "de",
        "Ein Hörgerät kostet in Deutschland je Ohr zwischen 800 und 3.000 Euro, die Kassen zahlen einen Festbetrag von rund 730 Euro.",
        True,
        [("money", 800, "EUR", None), ("money", 3000, "EUR", None), ("money", 730, "EUR", "about")],
        None,
    ),
    ("de", "Hörakustiker hoffen, dass die Studie mehr Menschen zu einem Hörtest bewegt.", False, [], None),
    # --- FDA approval for a kidney drug (Reuters), December ---
    (
        "en",
        "WASHINGTON, Dec 15 (Reuters) - U.S. regulators have granted accelerated approval to Pinecrest Bio's drug Nefravo for IgA nephropathy, a rare kidney disease that can lead to dialysis.",
        True,
        [("date", "--12-15", None, None)],
        None,
    ),
    (
        "en",
        "The approval rests on a 36% reduction in protein in the urine after nine months, a marker the agency accepts as reasonably likely to predict a benefit.",
        True,
        [("percent", 36, "%", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "Pinecrest must confirm in a larger trial by 2028 that the drug slows the loss of kidney function, the FDA said.",
        True,
        [("year", 2028, None, None)],
        "the FDA",
    ),
    (
        "en",
        "The company set a list price of $14,200 for a 30-day supply, or about $173,000 a year.",
        True,
        [("money", 14200, "USD", None), ("duration", 30, "day", None), ("money", 173000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Roughly one in four patients with the disease reaches kidney failure within 10 years of diagnosis, according to estimates by kidney specialists.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        '"Accelerated approval exists for exactly this kind of disease," said a Pinecrest spokeswoman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics of the pathway say too many drugs stay on the market for years before their benefit is confirmed.",
        False,
        [],
        None,
    ),
    ("en", "Pinecrest shares jumped 18% in extended trading.", True, [("percent", 18, "%", None)], None),
    # --- Gefälschte Abnehmspritzen (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Zoll hat in diesem Jahr fast dreimal so viele gefälschte Abnehmspritzen beschlagnahmt wie im Vorjahr.",
        True,
        [("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bis Ende November seien 1'870 Pens sichergestellt worden, teilte Swissmedic am Montag mit.",
        True,
        [("count", 1870, None, None)],
        "Swissmedic",
    ),
    (
        "de",
        "In jedem zweiten untersuchten Pen hätten Laboranalysen gar keinen oder einen falsch dosierten Wirkstoff gefunden, sagte Swissmedic-Sprecher Adrian Bodmer.",
        True,
        [("fraction", 0.5, None, None)],
        "Adrian Bodmer",
    ),
    ("de", "«Wer solche Produkte im Internet bestellt, spielt mit seiner Gesundheit», sagte Bodmer.", False, [], None),
    (
        "de",
        "In mindestens zwölf Fällen mussten Betroffene nach der Anwendung im Spital behandelt werden.",
        True,
        [("count", 12, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Originalpräparate kosten in der Schweiz je nach Dosierung zwischen 130 und 260 Franken pro Monat.",
        True,
        [("money", 130, "CHF", None), ("money", 260, "CHF", None)],
        None,
    ),
    ("de", "Swissmedic rät, Arzneimittel nur in Apotheken oder mit ärztlichem Rezept zu beziehen.", False, [], None),
]
