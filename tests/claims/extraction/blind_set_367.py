"""Three-hundred-and-sixty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, cases and figures are made
up (Mareike Holtgreve, the Sparkasse Mittelelbe, Sigrid Pernthaler, Regula Aebischer-Frey,
Corina Tscholl, Bettina Rauchwarter, Payvana, Jonas Fehrenbach, Leopold Amsberger, Hannelore
Wiesbeck, Nadine Ostermeier, the Vossberg Betonwerke; Kessler Dynamics, Rowena Talbridge,
Corbin Aldous, Harlow, Streamvale, Priscilla Okonedo-Marsh, Brenmark Logistics, Ramona
Ekwueme, Skyline Air, Margaret Ostrowski, Halvern Consumer Health, Desmond Okoro,
Farrowby's, Cresswell Pratt, Lord Penhallow, Maribel Quesada, Calder County, Hollis
Vreeland, Philippa Norwood, Glen Harbaugh, Orbitly, Lorraine Ashgrove, Delia Faircloth,
Warren Pelletier, Sizwe Mahlangu-Dube, Brackwell Chemicals, Harriet Llewellyn, Arvind
Raghavachari, Tellmark Agro, Colin Dreyfuss, Northcliffe Bank, Jocelyne Thibodeau,
Bernadette Colquhoun, Ridgeline Capital, Kwikmart, Duc Nguyen, Lorna Whitlock, Rogério
Tavares Lins; the Walliser Tourismusgemeinde, the oststeirische Marktgemeinde, the car maker
in the Abgasskandal, the Direktbank, the Streamingdienst, the party at the
Fünf-Prozent-Hürde, the western Indian state, and every unnamed judge, lawyer, plaintiff,
claimant, spokesperson, objector and campaigner); justices, presidents of courts, ministers
and attorneys general of real courts and governments appear under made-up names that stand
for no real holder (justices of the U.S., UK, Oregon and Australian courts, the
Bundesgerichtspräsidentin, Austria's Justizministerin, India's Chief Justice, Mississippi's
Attorney General, South Africa's Mineral Resources Minister, Brazil's Finance Minister) or
by their role only („Die Bundestagspräsidentin“, „Der Parteivorsitzende“, „Ein
Bahnsprecher“, "The attorney general's office"). Real courts, bodies, laws and places
(Bundesverfassungsgericht, Erster Senat, Zweiter Senat, Grundgesetz, Bundestag, Grüne,
Bundesgerichtshof, XI. Zivilsenat, Verbraucherzentrale Sachsen, Oberlandesgericht Dresden,
Verfassungsgerichtshof, VfGH, Mietrechtsgesetz, MRG, Nationalrat, Oberster Gerichtshof, OGH,
Arbeiterkammer, Mietervereinigung, Bundesgericht, Bundesverfassung, BV, Europäischer
Gerichtshof, EuGH, Verbraucherkreditrichtlinie, Landgericht Ingolstadt, Deutsche
Kreditwirtschaft, Verein für Konsumenteninformation, VKI, Handelsgericht Wien, ÖVP, FPÖ,
Bayerisches Oberstes Landesgericht, Landgericht München I, Bund der Steuerzahler, Haus &
Grund, Statistisches Bundesamt, Bayerischer Verfassungsgerichtshof, Bundesarbeitsgericht,
Allgemeines Gleichbehandlungsgesetz, Verdi, Südwestmetall, Landgericht Dortmund, Deutsche
Bahn, Bundeskartellamt, Hanseatisches Oberlandesgericht, Verbraucherzentrale Hamburg,
Bundesamt für Justiz, Klageregister, Europäischer Gerichtshof für Menschenrechte; the U.S.
Supreme Court, Section 230 of the Communications Decency Act, NetChoice, Rule 23 of the
Federal Rules of Civil Procedure, the 3rd, 5th, 8th and 9th U.S. Circuit Courts of Appeals,
Title VII of the Civil Rights Act, the UK Supreme Court, the GMB union, the High Court, the
Court of Appeal, the European Court of Human Rights, the Grand Chamber, the European
Convention on Human Rights, South Africa's Constitutional Court, Limpopo, North West,
India's Supreme Court, Canada's Supreme Court, Quebec, the Federal Court of Australia,
Oregon's Supreme Court, Brazil's Supreme Court, CNI, and the datelines' cities) stand for
the way wire copy names them; every ruling, tally, bench, case number, deadline, award,
settlement, fee, count of plaintiffs and class members, length of proceedings, statistic,
quote and reaction here is invented, and where a real figure came to mind (a real verdict or
settlement, a real count of claims, a real quota, a real court statistic) it was changed
(the years of laws and the thresholds written into them kept).

Its weight: CONSTITUTIONAL COURTS AND CIVIL LITIGATION, not criminal trials (the
thirty-ninth and hundred-second batches weighed courts, trials and investigations, the
hundred-thirteenth and three-hundred-and-nineteenth consumer cases and class actions, the
hundred-forty-sixth a Karlsruhe ruling and its echo, the hundred-seventy-fourth and
two-hundred-and-forty-eighth international courts, the two-hundred-and-thirteenth criminal
and civil courts at home, the two-hundred-and-ninetieth criminal trials in Germany, the
three-hundred-and-tenth higher courts and constitutional cases and the
three-hundred-and-forty-fourth criminal trials and court rulings, and their decisions are
kept) over one year in story order (January to December), 34 short stories with the German
and English ones interleaved by month, each told as wire copy runs it (a dateline lead with
the holding, the bench and its tally, the case number, the law and article at issue, the
deadline or the award, the plaintiffs and the class, the length of the case, the next step,
reactions). Half German (dpa with "dpa/lby", APA, Keystone-SDA, Reuters German; Austrian
„Jänner“, „Reparatur“, „in Begutachtung“, „eingehobenen“, „Wahlkarten“, Swiss
„Gutgeheissen“, „öffentlicher Beratung“, „15'000 Franken“, „7930 Fälle“, «» quotes, German
„“ quotes): Karlsruhe on party funding, the BGH on premium savings contracts, the VfGH on
fixed-term tenancies, the Bundesgericht's annual report, the Bundesgericht on a levy on cold
beds, the EuGH on car loans, the VKI's class action over emissions, the VfGH voiding a
mayoral run-off, a model ruling for investors, Karlsruhe on property tax, Bavaria's
constitutional court on a referendum, the Bundesarbeitsgericht on equal pay, the OGH on bank
clauses, cartel damages for the railway, the first Abhilfeklage against a streaming service
and Karlsruhe on election complaints. Half English (Reuters, AP, AFP, PA, AAP): the Supreme
Court taking up a noncompete case, Section 230 narrowed, class certification narrowed, a bag
fee settlement, a talc verdict, equal pay at the UK Supreme Court, Strasbourg on purged
judges, a Title VII ruling, a location-tracking settlement, a loan cap blocked on appeal,
South Africa's royalties law, a group action over a chemicals works, India's job quota, a
bankruptcy plan for a weed killer, an overdraft judgment in Canada, a franchisee class
action, Oregon's damages cap and Brazil's levy refund. Figures as such copy has them:
tallies („mit 5:3 Stimmen“, „mit 3:2 Stimmen“, „mit sechs zu drei Stimmen“, "ruled 6-3",
"The 5-4 decision", "ruled 4-1", "by 15 votes to 2", "ruled 7-2", "split 8-3", "split 6-5",
"ruled 4-3", "by a 2-1 vote", "Two of the three judges"), benches and numbered senates,
chambers and circuits („Zwei der acht Richterinnen und Richter“, „Der XI. Zivilsenat“, „Die
II. öffentlich-rechtliche Abteilung“, „Der 3. Zivilsenat“, „Der Achte Senat“, "a five-judge
Constitution bench", "The court's 11 judges", "the 8th U.S. Circuit"), case numbers,
articles, paragraphs, sections, rules and titles that carry no quantity („Az. 2 BvF 1/29“,
„Az. XI ZR 37/29“, „G 214/2029“, „Urteil 2C_318/2029“, „Rechtssache C-207/28“, „9 Ob
58/29k“, „Artikel 21 des Grundgesetzes“, „Art. 3 Abs. 1 GG“, „Art. 26 BV“, „Paragraf 29
Absatz 1 Ziffer 3 MRG“, „Paragraf 15“, "No. 28-1172", "application no. 4127/19", "Section
230", "Rule 23", "Title VII", "Article 14"), deadlines as full dates and spans, awards,
damages, settlements, fees, costs and levies in euros, francs, dollars, Canadian and
Australian dollars, pounds, rand, rupees and reais, counts of plaintiffs, claims and class
members, lengths of proceedings, hearings and trials; number words and compounds
(„Fünf-Prozent-Hürde“, „nach gut dreistündiger öffentlicher Beratung“, „nach zweitägiger
mündlicher Verhandlung“, „Die 51-Jährige“, "Twenty-three states", "a 24-page dissent", "a
six-week trial", "a 15-year-old"), fractions („fast jeder zweite“, „etwa jeder fünfte“,
„Knapp ein Drittel“, „knapp ein Viertel davon“, "roughly four in five", "roughly one in
eight"), hedges, ranges, years and dates. Negatives as such copy has them - about a quarter
of the rows: reactions, praise and condemnation in quotes and reported („nannte“,
„bezeichnete ... als“, „sprach von“, „feierten ... als“, „zeigte sich“, "called", "hailed
... as", "described ... as"), rhetoric and feeling in quotes of plaintiffs, lawyers and
politicians, warnings naming no measure, a fear, evasions after a ruling, no-comment lines,
open questions, critics' long-held opinion and scene colour, each near a check-worthy
look-alike: the same story's ruling, tally, deadline, award, figure, announced bill, appeal
or rehearing request.

244 rows (122 German, 122 English), 56 negatives (28 German, 28 English), 188 check-worthy
rows of which 40 carry no figure (20 German, 20 English), 260 expected quantities (94
counts, 48 amounts of money - 21 EUR, 16 USD, 3 CHF, 2 each GBP, CAD, 1 each ZAR, INR, AUD,
BRL -, 32 durations - 16 in years, 5 in months, 5 in days, 3 in weeks, 2 in hours, 1 in
minutes -, 28 years, 18 percentages, all in "%", 17 ordinals, 17 dates, 6 fractions; none of
them in a negative), 35 checked speakers (17 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, condemnation, praise, feeling, fear or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, three-hundred-and-tenth); a quoted or reported statement of fact,
  figure, step, plan, finding or position is check-worthy with its speaker, also in
  Konjunktiv I (hundred-sixtieth). Pairs from one speaker or side: Holtgreve's announced
  bill beside her „Riegel“, Ekwueme's 60 suits beside "a gift to every employer",
  Aebischer-Frey's four posts beside «am Anschlag», Fehrenbach's two years beside
  „Bilanzkosmetiker“, Amsberger's 400 suits beside his „nicht das letzte Wort“, Wiesbeck's
  three months and two drafts beside „die Tür vor der Nase“, Pernthaler's draft beside her
  „ließ ... offen“, Quesada's claim beside "vindicated and exhausted", Orbitly's settlement
  beside the advocates' "pocket change", Streamvale's motion beside NetChoice's "wrecking
  ball".
- Rulings and their parts are check-worthy with or without a figure (hundred-second,
  hundred-forty-sixth, two-hundred-and-thirteenth, three-hundred-and-tenth): the holding as
  a lead, the tally, the bench, the dissent and its length, the deadline for lawmakers, the
  award, the legal status („das Urteil ist rechtskräftig“, „das Urteil ist nicht
  rechtskräftig“, "Grand Chamber judgments are final and cannot be appealed") and the next
  step („kündigte Berufung an“, „hat bereits angekündigt, Rechtsbeschwerde ... einzulegen“,
  „kündigte an, den Streit notfalls bis vor den Bundesgerichtshof zu tragen“, "would seek
  permission to appeal", "would seek a new hearing before all 17 active judges", "will hear
  arguments", "The case now goes back to ..."). Reasoning as reported is check-worthy:
  „heißt es in dem Urteil“, „entschieden die Luxemburger Richter“, „befanden die Richter“,
  „Die Mehrheit befand“, „stellte fest“, "The majority said", "dissented, writing that ...",
  "the minority arguing that ..." wrapped round a tally (three-hundred-and-tenth). A label
  wrapped round a step does not undo it (two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth): "Halvern said it would appeal, calling the verdict ..."
  is check-worthy with "Halvern", and "Streamvale said it was disappointed and would ask the
  trial court to dismiss the claims ..." with "Streamvale". A settlement's statement that a
  party did not admit wrongdoing or liability is one side's position and check-worthy
  ("Orbitly said it had agreed to the settlement without admitting wrongdoing.", "The chain,
  Kwikmart, did not admit liability."; three-hundred-and-forty-fourth: "Vessaro denied
  wrongdoing in agreeing to settle."). An agreement to hear a case is an announced step and
  check-worthy without a figure (three-hundred-and-tenth: the Supreme Court taking up a
  ride-hailing case). Evasions are negatives (two-hundred-and-seventy-sixth,
  three-hundredth, three-hundred-and-tenth): "said it would study the judgment carefully",
  "said it was reviewing the decision", "still weighing whether to appeal", "said it was
  "studying the judgment"", „man werde das Urteil prüfen und dann über eine Berufung
  entscheiden“, „sie nehme die Entscheidung „zur Kenntnis““ (three-hundred-and-tenth: "had
  "taken note" of the ruling"), „ließ ... offen“, „wollte sich ... nicht äußern“, "declined
  to comment".
- Legal references and case numbers are identifiers and carry no quantity (ninth,
  twenty-first, forty-second, sixty-fifth, hundred-seventy-seventh, three-hundred-and-tenth,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth): „Artikel 21 des
  Grundgesetzes“, „Artikel 10 der Verbraucherkreditrichtlinie“, „Paragraf 15 des Allgemeinen
  Gleichbehandlungsgesetzes“, "Article 6 and Article 10 of the European Convention on Human
  Rights", "Article 14 of the constitution", "Section 230"; „Az. 2 BvF 1/29“, „Az. XI ZR
  37/29“, „G 214/2029“, „Urteil 2C_318/2029“, „Rechtssache C-207/28“, „Az. 1 BvR 1146/27“,
  „9 Ob 58/29k“, „Az. 8 AZR 219/28“ (the senate's number inside it none as well), "No.
  28-1172", "application no. 4127/19"; case names ("Harlow v. Streamvale Inc", "Kessler
  Dynamics v. Minnesota") none. The year of an act's title is a year ("the Communications
  Decency Act of 1996" 1996, "the Civil Rights Act of 1964" 1964; thirty-sixth,
  sixty-fifth). New: „Art. 26 BV“ and „Art. 3 Abs. 1 GG“ carry none - "Art." and "Abs."
  abbreviate „Artikel“ and „Absatz“ as "§" stands for „Paragraf“
  (three-hundred-and-fifty-fifth), and „Artikel 13 Absatz 3 des Grundgesetzes“ carried none
  (sixty-fifth). New: „Paragraf 29 Absatz 1 Ziffer 3 MRG“ carries none - „Ziffer“ numbers an
  item of a provision as „Absatz“ numbers a subsection. New: "Rule 23 of the Federal Rules
  of Civil Procedure" carries none, a rule named by its number as "Rule 2.7" of the takeover
  code (thirty-sixth) and "Section 21" (three-hundred-and-twenty-third). New: "Title VII"
  carries none - a Roman numeral without a period naming a part of a law, as "Landgericht
  München I" (fifty-fifth; here „am Landgericht München I.“ at the end of a row, the period
  closing the sentence) and the "VI" inside a case number (three-hundred-and-tenth), unlike
  „Der XI. Zivilsenat“ and „Die II. öffentlich-rechtliche Abteilung“, which are ordinals 11
  and 2 (three-hundred-and-tenth: „Der VI. Zivilsenat“).
- Tallies and benches are counts, one per figure (hundred-second, hundred-thirty-ninth,
  three-hundred-and-tenth, three-hundred-and-twenty-fourth, three-hundred-and-fifty-sixth):
  „mit 5:3 Stimmen“, „mit 3:2 Stimmen“, „mit sechs zu drei Stimmen“
  (three-hundred-and-fifty-sixth: „mit sechs zu zwei Stimmen“), "ruled 6-3", "The 5-4
  decision" (hundred-second: "by a 6-3 vote"), "ruled 4-1", "by 15 votes to 2", "ruled 7-2"
  (twice), "ruled 4-3", "by a 2-1 vote", "The court's 11 judges split 8-3" and "The 11
  justices split 6-5" three counts each; „Zwei der acht Richterinnen und Richter“ and "Two
  of the three judges on a ... panel" two counts each (a definite group, forty-first), "The
  five justices", "a five-judge Constitution bench" (the number heading the compound,
  hundred-seventy-fourth), "all 17 active judges" ("all" no hedge, three-hundredth), "joined
  by two other justices" 2 (three-hundred-and-tenth: "joined by the court's two other
  liberal members"), "Three judges backed the law, while two said ..." 3 and 2
  (hundred-forty-first: "Three Republicans ..., while one Democrat"); "a 24-page dissent"
  and „ein gemeinsames Sondervotum von 14 Seiten“ counts (three-hundred-and-tenth);
  „einstimmig“, "unanimously", "Grand Chamber", "en banc" none.
- Numbered senates, chambers and circuits are ordinals (two-hundred-and-thirteenth,
  two-hundred-and-ninetieth, three-hundred-and-tenth): „Der Zweite Senat“ 2 (twice), „Der
  Erste Senat“ 1, „Der XI. Zivilsenat“ 11, „Die II. öffentlich-rechtliche Abteilung“ 2, „Der
  3. Zivilsenat“ 3, „Der Achte Senat“ 8, "the 8th U.S. Circuit Court of Appeals", "the San
  Francisco-based 9th U.S. Circuit Court of Appeals", "a 5th U.S. Circuit Court of Appeals
  panel", "the 3rd U.S. Circuit".
- Deadlines (hundred-second, three-hundred-and-tenth): full dates with their year („bis zum
  30. Juni 2031“ 2031-06-30, „mit Ablauf des 31. Jänner 2031“ 2031-01-31 - Austrian „Jänner“
  as January, as „mit 1. Jänner 2027“ in the hundred-seventeenth); spans („binnen sechs
  Monaten“, „binnen 100 Tagen“, „binnen drei Monaten“, "gave parliament 24 months", "or the
  24 months expire" - the article before the figure no hedge -, "within 60 days", „die
  Widerrufsfrist von 14 Tagen“; "within", „binnen“ no hedge); dates without a year ("by Nov.
  30" --11-30 for claims, "a hearing scheduled for Sept. 12" --09-12, „Der Beschluss vom 8.
  Juli“ --07-08, "July 1 of that year" --07-01 - the year given by reference only). New:
  „bis drei Wochen nach dem Schluss der mündlichen Verhandlung“ is 3 weeks with no hedge -
  „bis“ without „zu“ marks the end of a period, as „bis zum 30. November“ marks a day
  (three-hundredth), and bounds no figure, while „für bis zu 26 Monate“ is 26 months
  "up_to".
- Class actions, settlements and damages: money in the currency written (every batch;
  three-hundred-and-tenth, three-hundred-and-forty-fourth): "$310 million", "$92.5 million",
  "about $48" "about", "$980 million", "$212 million ... about $768 million", "$1.2
  million", "$300,000", "$418 million", "up to $45 each" "up_to" ("each" none), "or about
  $104.5 million", "$2.75 billion", "from about $5,000 to $450,000" the hedge on the first
  only (two-hundred-and-forty-fourth), "$500,000", "$14.8 million" USD; "up to £1.2 billion"
  and "about £7,500 per household" GBP ("expected to average" a verb, "per household" none);
  "18,000 euros ... a total of 24,500 euros" EUR ("each applicant" none, "a total of" no
  hedge); "about 2.3 billion rand" ZAR (the first batch's rand), "less than 40,000 rupees a
  month" INR "under" ("a month" none), "C$1.1 billion" and "about C$310 million" CAD, "an
  A$96 million ... settlement" AUD, "34 billion reais" BRL (hundred-seventeenth); „um 25
  Millionen Euro“ („um“ before a change no hedge), „rund 208 Millionen Euro im Jahr“, „im
  Schnitt gut 3.100 Euro“ "over" („im Schnitt“ no hedge), „einen Kredit über 31.500 Euro“
  with no hedge („über“ governed by the noun, three-hundred-and-forty-fourth: „Aufträge über
  insgesamt 2,4 Millionen Euro“), „etwa 61 Millionen Euro“ for a „Streitwert“, „zwischen
  1.800 und 4.600 Euro“ both, „zusammen gut 1,4 Milliarden Euro“ "over" („zusammen“ no
  hedge), „jährlich rund 17 Milliarden Euro“, „rund 1,1 Milliarden Euro“, „knapp 38.000
  Euro“ "nearly", „zusätzlich eine Entschädigung von 6.000 Euro“ („zusätzlich“ no hedge,
  two-hundred-and-fourth), „4,90 Euro pro Quartal“ („pro Quartal“ none), „zusammen 86
  Millionen Euro“, „gut 140 Millionen Euro samt Zinsen“ "over", „Rückstellungen von 30
  Millionen Euro“, „um 2,50 Euro auf 13,99 Euro“, „im Schnitt rund 60 Euro pro Person“
  "about" EUR; „Gerichtskosten von 15'000 Franken“ (the Swiss separator) and „rund 2,4
  Millionen Franken im Jahr“ CHF. New: „höchstens aber 6000 Franken pro Wohnung“ is 6000 CHF
  "at_most" - „aber“ between the hedge and the figure changes nothing, as „mindestens aber
  420 Euro monatlich“ is "at_least" (three-hundredth), and „6000“ without a separator is
  read as „4000 Franken“ (thirty-fifth). Fees as shares are percentages ("22% of the fund
  from the 30% they had sought", "25% of the fund", "27 per cent of the settlement"); "five
  times the compensatory damages" is count 5 ("exceeds" a verb, no hedge; hundred-sixtieth:
  "35 times").
- Plaintiffs, claims, class members and cases are counts with their hedges (hundred-second,
  three-hundred-and-tenth): „197 Abgeordnete“, „rund 1.900 Sparerinnen und Sparer“, „derzeit
  23 Verfahren“ („derzeit“ no hedge), „rund 410.000 Hauptmietverträge“, „7930 Fälle“, „vier
  zusätzliche Richterstellen“, „41 Eigentümerinnen und Eigentümer“, „bis zu 2,3 Millionen
  Kreditverträge“ "up_to", „640 Autokäufern“, „rund 9.300 Geschädigten“, „94 Wahlkarten“,
  „nur 37 Stimmen“ („nur“ no hedge), „Rund 8.700 Anlegerinnen und Anleger“, „die rund 1.150
  ausgesetzten Einzelverfahren“, „drei Eigentümer“, „in elf der 16 Bundesländer, die übrigen
  fünf“ three counts, „mehr als 400 Klagen“ („allein“ no hedge), „mehr als 31.000 gültige
  Unterschriften ..., nötig sind 25.000“, „zwei getrennte Entwürfe“, „mehr als 120
  vergleichbare Klagen“, „17 Klauseln“, „rund 260.000 Kundinnen und Kunden“, „drei
  Hersteller“, „12.450 Verbraucherinnen und Verbraucher“ („bislang“ no hedge), „38
  Wahlprüfungsbeschwerden“, „in allen 299 Wahlkreisen“ („allen“ none), „rund 34.000
  Stimmen“; "Twenty-three states" (a number word opening the row, three-hundredth:
  "Sixty-four percent"), "an estimated 550,000 workers" "about", "More than 2,400 similar
  lawsuits", "about 41,000 warehouse workers", "about 60 individual suits", "roughly 3.1
  million passengers", "Only about 410,000 people" ("Only" no hedge), "17 women", "about
  39,000 similar claims", "seven judges", "About 46,000 current and former employees",
  "about 38 million people", "about 1,100 storefront lenders", "four mining communities",
  "Around 9,400 residents", "62 witnesses", "About 1,400 companies", "at least 20 employees"
  "at_least", "about 61,000 current claimants", "about 2.6 million customers", "About 12,000
  franchisees", "About 8,600 companies", "suspended twice" 2 (hundred-sixtieth: "postponed
  twice"). None: „Einer der Hersteller“ ("one of", fifty-ninth), „beliebig viele“, "nearly
  all workers", "thousands", "most of them".
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise"; hundred-second,
  three-hundred-and-tenth, three-hundred-and-forty-fourth): „nach gut dreistündiger
  öffentlicher Beratung“ 3 hours "over" (sixty-fifth: "gut dreistündige"), „nach zweitägiger
  mündlicher Verhandlung“ 2 days, "just over eight hours" 8 hours "over"
  (hundred-fifty-ninth: "just over five hours"), "a six-week trial" 6 weeks, "The trial
  lasted 11 weeks", "up to 25 minutes a shift" "up_to" ("a shift" none), "nine years ago",
  "for 13 years", „über mehr als fünf Jahre“ 5 years "over" („über“ before the span none,
  „mehr als“ "over"), „über sechs Jahre hinweg“ 6 years (three-hundred-and-forty-fourth),
  „Laufzeit von bis zu 99 Jahren“ "up_to", „innerhalb von drei Jahren“ 3 years (as
  "within"), "at least two more years" 2 years "at_least" ("more" after the figure no
  hedge), "over the next 15 years" and "over five years" ("over" before a span no hedge),
  „frühestens in zwei Jahren“ 2 years with no qualifier (three-hundred-and-twenty-fourth:
  „frühestens 2029“). New: „eine Mindestdauer von drei Jahren“ is 3 years with no hedge -
  the compound names the figure, as "a minimum of 18 years" and "a maximum sentence of 20
  years" do (three-hundred-and-forty-fourth), while „mindestens“ before a figure would bound
  it. Ages are durations in years („ein 52-jähriger Lehrer“, „Die 51-Jährige“, "Maribel
  Quesada, 58,", "a 15-year-old", "a 19-year-old student"). None: „im Jahr“, „jährlich“, „im
  vergangenen Jahr“, „im Vorjahr“, „im Jänner“, „im Herbst“, „vor der Sommerpause“, „seit
  Monaten“, „seit Jahrzehnten“, „jahrelang“, "last March", "in March", "next year", "in
  October", "decades", "for years", "a long time".
- Percentages and fractions as written: „jährlich 0,8 Prozent“, „vier Prozent Zinsen“ 4,
  „rund 13 Prozent“ "about", „lediglich 11,8 Prozent ..., ... 12,4 Prozent“ („lediglich“ no
  hedge), „auf 49,6 Prozent“, „rund 14 Prozent weniger“ "about", „auf 9,5 Prozent“, „mit
  4,93 Prozent an der Fünf-Prozent-Hürde“ 4.93 and 5 (hundred-third), "at 36%", "15%", "More
  than 92%" "over", "by as much as 40 per cent" "up_to" (twentieth: "as much as 7%"); „fast
  jeder zweite private Mietvertrag“ 0.5 "nearly" (hundred-twenty-second: „Fast jeder zweite
  Taugliche“), „etwa jeder fünfte Autokredit“ 0.2 "about" (the issue's "jeder vierte"),
  „Knapp ein Drittel“ 0.3333 "nearly", „knapp ein Viertel davon“ 0.25 "nearly", "roughly
  four in five of them" 0.8 "about" and "roughly one in eight of those eligible" 0.125
  "about" ("X in Y" as the share X/Y, two-hundred-and-seventy-sixth).
- Ordinals besides senates and circuits: „das dritte Urteil des EuGH zu dieser Richtlinie
  seit 2021“ 3 and the year („bereits“ no hedge), „die zweite aufgehobene Gemeindewahl ...
  seit 2025“ 2, „das vierte Verfahren“ 4, „Im ersten Verfahren dieser Art“ 1, "the first
  stage" 1, "a second trial" 2.
- Years and dates (three-hundred-and-tenth): „zwischen 1994 und 2005“, "between 2019 and
  2024", "between 2019 and 2021", "between 2021 and 2027", "between 2016 and 2023",
  „zwischen 2015 und 2022“ both years; „2027“, „2024“, „für 2026 und 2027“, „seit 2023“,
  „2028“, "in 2017", "in 2024", "in 2026", "in 2028"; "Minnesota's 2023 law" and "a 2022
  mining royalties law" the year (a year before a law's name dates it,
  two-hundred-and-forty-fourth). Reuters and AFP English datelines with a day are dates
  without a year ("WASHINGTON, Jan 15" --01-15, "CHICAGO, Feb 26" --02-26, "ST. LOUIS, March
  6" --03-06, "STRASBOURG, France, May 19 (AFP)" --05-19 with the country between city and
  day, "WASHINGTON, June 24" --06-24, "NEW ORLEANS, Aug 11" --08-11, "JOHANNESBURG, Sept 18"
  --09-18, "NEW DELHI, Oct 7" --10-07, "WILMINGTON, Del., Oct 22" --10-22, "OTTAWA, Nov 6"
  --11-06, "BRASILIA, Dec 3" --12-03); dpa, APA, Keystone-SDA, Reuters German, AP, PA and
  AAP datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "roughly", "an estimated" "about"; „knapp“, „Knapp“, „fast“ "nearly"; „mehr als“, „gut“,
  "more than", "More than", "just over" "over"; "less than" "under"; „bis zu“, "up to", "as
  much as" "up_to"; "at least" "at_least"; „höchstens“ "at_most". No hedge: „insgesamt“,
  „zusammen“, „allein“, „zusätzlich“, „derzeit“, „bislang“, „bereits“, „lediglich“, „nur“,
  „frühestens“, „im Schnitt“, „zwischen“, „binnen“, „innerhalb von“, „bis“ without „zu“,
  „um“ before a change, „über“ governed by a noun or before a span, "Only", "all", "a total
  of", "within", "each", "more" after a figure, "over" before a span, the article before a
  figure, and a compound's „Mindest-“.
- Speakers, checked only in forms the earlier batches settled: „teilte das Gericht am
  Dienstag mit“ -> "das Gericht", „teilte der VfGH am Donnerstag mit“ -> "der VfGH", „teilte
  der Verfassungsgerichtshof am Freitag mit“ -> "der Verfassungsgerichtshof", „teilte der
  VKI am Montag mit“ -> "der VKI" (the weekday dropped; three-hundred-and-tenth), „teilte
  die Sparkasse Mittelelbe mit“ and „teilte das Bundesamt für Justiz mit“ as written; „Nach
  Schätzungen der Arbeiterkammer“ -> "die Arbeiterkammer" (three-hundred-and-tenth: „nach
  Schätzungen der Volkshilfe“), „nach Angaben des Statistischen Bundesamts“ -> "das
  Statistische Bundesamt" (the nominative); „Grünen-Fraktionsvize Mareike Holtgreve sagte,
  ...“, „Justizministerin Sigrid Pernthaler sagte, ...“, „Bundesgerichtspräsidentin Regula
  Aebischer-Frey sagte, ...“, „Gemeindepräsidentin Corina Tscholl sagte, ...“, „VKI-Juristin
  Bettina Rauchwarter sagte, ...“, „Klägeranwalt Jonas Fehrenbach sagte, ...“,
  „Bündnissprecherin Hannelore Wiesbeck sagte, ...“ and „Verdi-Juristin Nadine Ostermeier
  sagte, ...“ the name (hundred-eightieth, three-hundred-and-tenth); „Amsberger sagte, ...“
  opening the row the surname. English: "Writing for the majority, Justice Rowena Talbridge
  said", "Writing for the majority, Chief Justice Arvind Raghavachari said" and "Writing for
  the majority, Justice Lorna Whitlock said" the name (two-hundred-and-forty-eighth); "U.S.
  District Judge Margaret Ostrowski said", "Judge Colin Dreyfuss said" and "Justice
  Bernadette Colquhoun said" the name with the title dropped (two-hundred-and-thirteenth,
  three-hundred-and-forty-fourth); "Plaintiffs' attorney Ramona Ekwueme told reporters" and
  "Finance Minister Rogério Tavares Lins told reporters" the name (two-hundred-and-fourth);
  "Mississippi Attorney General Delia Faircloth said" the name (a state's name heading the
  title, as "Wyoming Game and Fish Director Curtis Bannerman said",
  two-hundred-and-forty-fourth) and "Mineral Resources Minister Sizwe Mahlangu-Dube said";
  "Streamvale said", "Halvern said", "Farrowby's said", "Orbitly said" and "Brackwell said"
  as written (hundred-second); ", the court said." -> "the court" (three-hundred-and-tenth);
  "The bank said it would pay ..." -> "the bank" (a body by its common noun,
  hundred-twenty-third; the three-hundred-and-twenty-fourth left its "The bank said"
  unchecked only to keep its count). New: "In dissent, Justice Priscilla Okonedo-Marsh said"
  -> "Priscilla Okonedo-Marsh" - the dissent's framing phrase opens the row as "Writing for
  the majority," does (two-hundred-and-forty-eighth), and the judge's stated finding of fact
  is check-worthy. Left unchecked (None): all negatives, also those with a named speaker;
  „heißt es in dem Urteil“, „entschieden die Luxemburger Richter“, „befanden die Richter“,
  „Die Mehrheit befand“, „stellte fest“ (findings and groups, two-hundred-and-ninetieth),
  „Nach Berechnungen der Verbraucherzentrale“, „Nach Berechnungen des Sozialministeriums“,
  „nach Feststellungen des Bundeskartellamts“, „Die Kammer bezifferte“ (no verb of saying),
  „nach Schätzungen des VKI“ (a masculine genitive, hundredth; three-hundred-and-tenth:
  „nach Angaben des VKI“), „Nach Schätzungen von Verbraucheranwälten“ (a plural group), „wie
  aus dem ... Geschäftsbericht hervorgeht“, „kündigte Berufung an“ and „kündigte an“, „Einer
  der Hersteller, die Vossberg Betonwerke, teilte mit“ (a subject parted from its verb,
  hundred-sixteenth); "Justice Hollis Vreeland, writing for the majority, said" and "The
  county's lawyer, Glen Harbaugh, said" (a subject parted from its verb and a name in
  apposition, hundred-sixteenth, three-hundred-and-forty-fourth), "Lord Penhallow, giving
  the lead judgment, said" (a peer's title and a parted subject, three-hundred-and-tenth),
  "wrote" and "writing" (hundred-thirty-eighth), "Mrs Justice Harriet Llewellyn found" (a
  finding, no verb of saying), "The majority said", "their lawyers said", "Lawyers for both
  sides said", "a lawyer for an objector said" (groups and roles, eighty-third), "Law firm
  Cresswell Pratt, which represents the claimants, estimates" (a parted subject and an
  estimating verb), "the Treasury says" (the present "say"), "..., the UK Supreme Court has
  ruled." ("ruled", three-hundred-and-forty-fourth), "according to court records",
  "according to its latest quarterly filing", "according to court papers filed Monday",
  "court papers show" (documents), "according to the state's banking department" (a
  possessive) and "according to the government's tax attorneys" (a possessive group).
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-tenth,
  three-hundred-and-forty-fourth): labels and reactions („nannte das Urteil ...“, „nannte
  den Beschluss ...“, „nannte die Panne ...“, „bezeichnete die Grundsteuer erneut als ...“,
  „sprach von einem ...“, „feierten die Zulassung als ...“, „zeigte sich „irritiert““,
  „zeigte sich „fassungslos““, "called the decision", "called the ruling", "hailed the
  ruling as", "hailed the judgment as", "described the judgment as", "said the sum was
  "pocket change""), feelings ("gratified", "glad to have the dispute resolved", "vindicated
  and exhausted", "proud to have stood up"), quotes of rhetoric from plaintiffs, lawyers, a
  court president and politicians, warnings naming no measure („warnte vor einer
  „Klagewelle““, "warned that the ban would drive investment ...", "warned that the decision
  would invite a flood of litigation"; two-hundred-and-fourth), a fear ("said they feared"),
  the evasions and no-comment lines above, open questions („Ob ..., ist offen.“, „Ob ...,
  gilt als fraglich.“, „Ob ..., gilt unter Juristen als offen.“, "It was unclear whether
  ..."), a long-held opinion of critics ("Critics have long argued ...") and scene colour
  ("sang and waved placards"; seventy-fourth). As the three-hundred-and-twenty-fourth and
  later batches did, figures were kept out of the negatives, so none carries a quantity.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_367 = [
    # --- Karlsruhe zur Parteienfinanzierung (dpa), Januar ---
    (
        "de",
        "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat die jüngste Anhebung der absoluten Obergrenze für die staatliche Parteienfinanzierung teilweise für verfassungswidrig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Zweite Senat entschied mit 5:3 Stimmen, der Bundestag habe die Erhöhung um 25 Millionen Euro nicht nachvollziehbar begründet (Az. 2 BvF 1/29).",
        True,
        [("ordinal", 2, None, None), ("count", 5, None, None), ("count", 3, None, None), ("money", 25000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Obergrenze sinkt damit vorerst wieder auf rund 208 Millionen Euro im Jahr, teilte das Gericht am Dienstag mit.",
        True,
        [("money", 208000000, "EUR", "about")],
        "das Gericht",
    ),
    (
        "de",
        "Nach Artikel 21 des Grundgesetzes müssen Parteien über Herkunft und Verwendung ihrer Mittel öffentlich Rechenschaft geben, heißt es in dem Urteil.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gesetzgeber muss bis zum 30. Juni 2031 eine verfassungsgemäße Neuregelung beschließen.",
        True,
        [("date", "2031-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Zwei der acht Richterinnen und Richter legten ein gemeinsames Sondervotum von 14 Seiten vor.",
        True,
        [("count", 2, None, None), ("count", 8, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Den Normenkontrollantrag hatten 197 Abgeordnete der damaligen Opposition gestellt.",
        True,
        [("count", 197, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundestagspräsidentin nannte das Urteil „eine Mahnung zur Sorgfalt, nicht zur Sparsamkeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Fraktionsvize Mareike Holtgreve sagte, ihre Fraktion werde noch vor der Sommerpause einen eigenen Gesetzentwurf vorlegen.",
        True,
        [],
        "Mareike Holtgreve",
    ),
    ("de", "„Karlsruhe hat der Selbstbedienung heute einen Riegel vorgeschoben“, sagte Holtgreve.", False, [], None),
    # --- Supreme Court takes up noncompete case (AP), January ---
    (
        "en",
        "WASHINGTON (AP) — The Supreme Court said Monday it will take up a fight over whether a state may outlaw noncompete agreements for nearly all workers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The justices will hear arguments in the case, Kessler Dynamics v. Minnesota, in the term that begins in October.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Twenty-three states have filed briefs urging the court to take up the dispute.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Minnesota's 2023 law voids noncompete clauses signed on or after July 1 of that year and covers an estimated 550,000 workers.",
        True,
        [("year", 2023, None, None), ("date", "--07-01", None, None), ("count", 550000, None, "about")],
        None,
    ),
    (
        "en",
        "A panel of the 8th U.S. Circuit Court of Appeals had upheld the law by a 2-1 vote last March.",
        True,
        [("ordinal", 8, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    ("en", "Business groups warned that the ban would drive investment and talent out of the state.", False, [], None),
    # --- Section 230 narrowed (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 15 (Reuters) - The U.S. Supreme Court narrowed on Wednesday the legal shield that protects online platforms from lawsuits over material their users post.",
        True,
        [("date", "--01-15", None, None)],
        None,
    ),
    (
        "en",
        "The justices ruled 6-3 that Section 230 of the Communications Decency Act of 1996 does not cover recommendations generated by a platform's own algorithms.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("year", 1996, None, None)],
        None,
    ),
    (
        "en",
        "Writing for the majority, Justice Rowena Talbridge said Congress had never extended the protection to a company's own choices about what to promote.",
        True,
        [],
        "Rowena Talbridge",
    ),
    (
        "en",
        "Justice Corbin Aldous wrote a 24-page dissent, joined by two other justices.",
        True,
        [("count", 24, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The case, Harlow v. Streamvale Inc, No. 28-1172, was brought by the parents of a 15-year-old who died after attempting a stunt promoted in his feed.",
        True,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "Streamvale said it was disappointed and would ask the trial court to dismiss the claims on other grounds.",
        True,
        [],
        "Streamvale",
    ),
    (
        "en",
        'Industry group NetChoice called the decision "a wrecking ball aimed at the open internet."',
        False,
        [],
        None,
    ),
    (
        "en",
        "More than 2,400 similar lawsuits are pending in federal and state courts, according to court records.",
        True,
        [("count", 2400, None, "over")],
        None,
    ),
    ("en", "Parents' advocates hailed the ruling as long overdue.", False, [], None),
    # --- BGH zu Prämiensparverträgen (dpa), Februar ---
    (
        "de",
        "Karlsruhe (dpa) - Der Bundesgerichtshof hat die Zinsberechnung einer ostdeutschen Sparkasse bei langlaufenden Prämiensparverträgen für unwirksam erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der XI. Zivilsenat gab damit einer Musterfeststellungsklage der Verbraucherzentrale Sachsen statt, der sich rund 1.900 Sparerinnen und Sparer angeschlossen hatten (Az. XI ZR 37/29).",
        True,
        [("ordinal", 11, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Verbraucherzentrale stehen jedem Kunden im Schnitt gut 3.100 Euro an entgangenen Zinsen zu.",
        True,
        [("money", 3100, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Verträge waren zwischen 1994 und 2005 abgeschlossen worden und sehen eine Laufzeit von bis zu 99 Jahren vor.",
        True,
        [("year", 1994, None, None), ("year", 2005, None, None), ("duration", 99, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Man werde die betroffenen Konten binnen sechs Monaten neu berechnen und die Differenz unaufgefordert überweisen, teilte die Sparkasse Mittelelbe mit.",
        True,
        [("duration", 6, "month", None)],
        "die Sparkasse Mittelelbe",
    ),
    (
        "de",
        "Vorinstanz war das Oberlandesgericht Dresden, das die Klage 2027 noch überwiegend abgewiesen hatte.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Eine Sprecherin der Verbraucherzentrale sprach von einem „späten, aber verdienten Sieg der Sparer“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Die Sparkasse hat ausgerechnet ihre treuesten Kunden jahrelang über den Tisch gezogen“, sagte ein Kläger aus Halle.",
        False,
        [],
        None,
    ),
    ("de", "Ob auch Kunden anderer Institute von dem Urteil profitieren, ist offen.", False, [], None),
    # --- Class actions narrowed (AP), February ---
    (
        "en",
        "WASHINGTON (AP) — A divided Supreme Court on Tuesday made it harder for workers to band together in class-action lawsuits over unpaid wages.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The 5-4 decision threw out a $310 million verdict won by about 41,000 warehouse workers who said they were not paid for time spent in security screenings.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("money", 310000000, "USD", None), ("count", 41000, None, "about")],
        None,
    ),
    (
        "en",
        'The majority said a trial judge must find that common questions "predominate" under Rule 23 of the Federal Rules of Civil Procedure before certifying a class.',
        True,
        [],
        None,
    ),
    (
        "en",
        "In dissent, Justice Priscilla Okonedo-Marsh said the screenings had lasted up to 25 minutes a shift and were required by the employer.",
        True,
        [("duration", 25, "minute", "up_to")],
        "Priscilla Okonedo-Marsh",
    ),
    (
        "en",
        "The case now goes back to the San Francisco-based 9th U.S. Circuit Court of Appeals.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    ("en", "Brenmark Logistics said it was \"gratified by the court's careful reading of the law.\"", False, [], None),
    (
        "en",
        "Plaintiffs' attorney Ramona Ekwueme told reporters the workers would now refile about 60 individual suits in state court.",
        True,
        [("count", 60, None, "about")],
        "Ramona Ekwueme",
    ),
    (
        "en",
        '"This is a gift to every employer who wants to shave minutes off a paycheck," Ekwueme said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Labor advocates said they feared the ruling would discourage low-paid workers from suing at all.",
        False,
        [],
        None,
    ),
    # --- Bag fee settlement approved (Reuters), February ---
    (
        "en",
        "CHICAGO, Feb 26 (Reuters) - A federal judge in Chicago on Wednesday gave final approval to a $92.5 million settlement of claims that Skyline Air overcharged passengers for checked bags.",
        True,
        [("date", "--02-26", None, None), ("money", 92500000, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Margaret Ostrowski said roughly 3.1 million passengers who paid the fees between 2019 and 2024 were covered by the deal.",
        True,
        [("count", 3100000, None, "about"), ("year", 2019, None, None), ("year", 2024, None, None)],
        "Margaret Ostrowski",
    ),
    (
        "en",
        "She cut the fee award for class counsel to 22% of the fund from the 30% they had sought.",
        True,
        [("percent", 22, "%", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Only about 410,000 people, roughly one in eight of those eligible, filed claims before the deadline, a lawyer for an objector said.",
        True,
        [("count", 410000, None, "about"), ("fraction", 0.125, None, "about")],
        None,
    ),
    ("en", "Each claimant is expected to receive about $48.", True, [("money", 48, "USD", "about")], None),
    ("en", "Skyline Air said it was glad to have the dispute resolved.", False, [], None),
    # --- VfGH kippt Befristungsregel im Mietrecht (APA), März ---
    (
        "de",
        "Wien (APA) - Eine Bestimmung des Mietrechtsgesetzes über befristete Wohnungsmietverträge ist vom Verfassungsgerichtshof (VfGH) als verfassungswidrig aufgehoben worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Konkret geht es um Paragraf 29 Absatz 1 Ziffer 3 MRG, der eine Mindestdauer von drei Jahren vorschreibt, aber beliebig viele Verlängerungen erlaubt.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Die Aufhebung tritt mit Ablauf des 31. Jänner 2031 in Kraft, bis dahin kann der Nationalrat das Gesetz reparieren, teilte der VfGH am Donnerstag mit.",
        True,
        [("date", "2031-01-31", None, None)],
        "der VfGH",
    ),
    (
        "de",
        "Den Antrag hatte der Oberste Gerichtshof gestellt, bei dem derzeit 23 Verfahren zu der Frage anhängig sind (G 214/2029).",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Nach Schätzungen der Arbeiterkammer sind in Österreich rund 410.000 Hauptmietverträge befristet, das ist fast jeder zweite private Mietvertrag.",
        True,
        [("count", 410000, None, "about"), ("fraction", 0.5, None, "nearly")],
        "die Arbeiterkammer",
    ),
    (
        "de",
        "Justizministerin Sigrid Pernthaler sagte, ein Entwurf für die Neuregelung werde im Herbst in Begutachtung gehen.",
        True,
        [],
        "Sigrid Pernthaler",
    ),
    (
        "de",
        "Die Mietervereinigung sprach von einem „überfälligen Schritt“, der Hausbesitzerverband von einem „Eingriff ins Eigentum“.",
        False,
        [],
        None,
    ),
    ("de", "Wie die Reparatur im Detail aussehen soll, ließ Pernthaler offen.", False, [], None),
    # --- Talc verdict in St. Louis (Reuters), March ---
    (
        "en",
        "ST. LOUIS, March 6 (Reuters) - A Missouri jury has ordered Halvern Consumer Health to pay $980 million to 17 women who said the company's talc powder caused their ovarian cancer.",
        True,
        [("date", "--03-06", None, None), ("money", 980000000, "USD", None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Of that sum, $212 million is compensatory and about $768 million is punitive.",
        True,
        [("money", 212000000, "USD", None), ("money", 768000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Jurors deliberated for just over eight hours at the end of a six-week trial.",
        True,
        [("duration", 8, "hour", "over"), ("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        'Halvern said it would appeal, calling the verdict "irreconcilable with decades of science."',
        True,
        [],
        "Halvern",
    ),
    (
        "en",
        "The company faces about 39,000 similar claims nationwide, according to its latest quarterly filing.",
        True,
        [("count", 39000, None, "about")],
        None,
    ),
    (
        "en",
        "Lawyers for both sides said state law could force the punitive award down on appeal if it exceeds five times the compensatory damages.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    ("en", "\"These women waited a long time to be heard,\" plaintiffs' lawyer Desmond Okoro said.", False, [], None),
    # --- Geschäftsbericht des Bundesgerichts (Keystone-SDA), März ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat im vergangenen Jahr 7930 Fälle erledigt, so viele wie noch nie.",
        True,
        [("count", 7930, None, None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Verfahrensdauer stieg auf 151 Tage, wie aus dem am Dienstag veröffentlichten Geschäftsbericht hervorgeht.",
        True,
        [("duration", 151, "day", None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Beschwerden betraf das Strafrecht, rund 13 Prozent das Sozialversicherungsrecht.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("percent", 13, "%", "about")],
        None,
    ),
    (
        "de",
        "Gutgeheissen wurden lediglich 11,8 Prozent der Beschwerden, im Vorjahr waren es 12,4 Prozent.",
        True,
        [("percent", 11.8, "%", None), ("percent", 12.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesgerichtspräsidentin Regula Aebischer-Frey sagte, das Gericht beantrage beim Parlament vier zusätzliche Richterstellen.",
        True,
        [("count", 4, None, None)],
        "Regula Aebischer-Frey",
    ),
    ("de", "«Wir arbeiten seit Monaten am Anschlag», sagte Aebischer-Frey.", False, [], None),
    # --- Bundesgericht schützt Abgabe auf kalte Betten (Keystone-SDA), April ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Lenkungsabgabe einer Walliser Tourismusgemeinde auf kalte Betten geschützt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die II. öffentlich-rechtliche Abteilung fällte den Entscheid nach gut dreistündiger öffentlicher Beratung mit 3:2 Stimmen.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "hour", "over"), ("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Abgabe beträgt jährlich 0,8 Prozent des Steuerwerts, höchstens aber 6000 Franken pro Wohnung.",
        True,
        [("percent", 0.8, "%", None), ("money", 6000, "CHF", "at_most")],
        None,
    ),
    (
        "de",
        "Geklagt hatten 41 Eigentümerinnen und Eigentümer aus der Deutschschweiz und dem Ausland.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die Mehrheit befand, die Abgabe verletze weder die Eigentumsgarantie nach Art. 26 BV noch das Rechtsgleichheitsgebot.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Beschwerdeführer müssen Gerichtskosten von 15'000 Franken tragen (Urteil 2C_318/2029).",
        True,
        [("money", 15000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Für Familien, die hier seit Jahrzehnten ihre Ferien verbringen, ist das ein bitterer Entscheid», sagte ihr Anwalt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemeindepräsidentin Corina Tscholl sagte, die Einnahmen von rund 2,4 Millionen Franken im Jahr flössen vollständig in den Bau von Erstwohnungen.",
        True,
        [("money", 2400000, "CHF", "about")],
        "Corina Tscholl",
    ),
    # --- Equal pay at the UK Supreme Court (PA), April ---
    (
        "en",
        "LONDON (PA) - Shop-floor staff at supermarket chain Farrowby's can compare their pay with that of warehouse workers in equal pay claims, the UK Supreme Court has ruled.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The five justices ruled 4-1, dismissing the retailer's appeal in litigation first brought before an employment tribunal nine years ago.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 1, None, None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "About 46,000 current and former employees, roughly four in five of them women, have brought claims, their lawyers said.",
        True,
        [("count", 46000, None, "about"), ("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "en",
        "Law firm Cresswell Pratt, which represents the claimants, estimates the back pay owed at up to £1.2 billion.",
        True,
        [("money", 1200000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Lord Penhallow, giving the lead judgment, said the tribunal had been right to treat both groups as employed on common terms.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Farrowby's said the ruling concerned only whether the roles could be compared and that it would contest the next stage of the case.",
        True,
        [],
        "Farrowby's",
    ),
    ("en", 'The GMB union hailed the judgment as "a victory for every checkout worker in Britain."', False, [], None),
    (
        "en",
        "An employment tribunal must now decide whether the jobs were of equal value, a process expected to take at least two more years.",
        True,
        [("duration", 2, "year", "at_least")],
        None,
    ),
    # --- EuGH stärkt Autokäufer mit Händlerkredit (Reuters), Mai ---
    (
        "de",
        "Luxemburg (Reuters) - Autokäufer, die ihr Fahrzeug über die Bank des Händlers finanziert haben, können sich auf ein Urteil des Europäischen Gerichtshofs (EuGH) stützen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fehlen im Vertrag Pflichtangaben nach Artikel 10 der Verbraucherkreditrichtlinie, beginne die Widerrufsfrist von 14 Tagen nicht zu laufen, entschieden die Luxemburger Richter (Rechtssache C-207/28).",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Der Kläger, ein 52-jähriger Lehrer aus Ingolstadt, hatte 2024 einen Kredit über 31.500 Euro für einen Gebrauchtwagen aufgenommen.",
        True,
        [("duration", 52, "year", None), ("year", 2024, None, None), ("money", 31500, "EUR", None)],
        None,
    ),
    ("de", "Über den konkreten Fall muss nun das Landgericht Ingolstadt entscheiden.", True, [], None),
    (
        "de",
        "Nach Schätzungen von Verbraucheranwälten könnten in Deutschland bis zu 2,3 Millionen Kreditverträge betroffen sein, etwa jeder fünfte Autokredit.",
        True,
        [("count", 2300000, None, "up_to"), ("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "Die Deutsche Kreditwirtschaft zeigte sich „irritiert“ über die Entscheidung.", False, [], None),
    (
        "de",
        "Es ist bereits das dritte Urteil des EuGH zu dieser Richtlinie seit 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    # --- Strasbourg rules on purged Romanian judges (AFP), May ---
    (
        "en",
        "STRASBOURG, France, May 19 (AFP) - Europe's top human rights court found on Tuesday that Romania had violated the rights of seven judges removed from office after they criticised a judicial overhaul.",
        True,
        [("date", "--05-19", None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The Grand Chamber ruled by 15 votes to 2 that the dismissals breached Article 6 and Article 10 of the European Convention on Human Rights.",
        True,
        [("count", 15, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It ordered Bucharest to pay each applicant 18,000 euros in non-pecuniary damages and a total of 24,500 euros for costs and expenses.",
        True,
        [("money", 18000, "EUR", None), ("money", 24500, "EUR", None)],
        None,
    ),
    (
        "en",
        "The applications, lodged between 2019 and 2021, were joined under application no. 4127/19.",
        True,
        [("year", 2019, None, None), ("year", 2021, None, None)],
        None,
    ),
    ("en", "Romania's justice ministry said it would study the judgment carefully.", False, [], None),
    ("en", "Grand Chamber judgments are final and cannot be appealed, the court said.", True, [], "the court"),
    (
        "en",
        'Rights campaigners described the judgment as "a warning to every government tempted to purge its courts."',
        False,
        [],
        None,
    ),
    # --- VKI-Sammelklage im Abgasskandal (APA), Juni ---
    (
        "de",
        "Wien (APA) - Im Abgasskandal hat der Verein für Konsumenteninformation (VKI) einen Teilerfolg erzielt: Das Handelsgericht Wien sprach 640 Autokäufern Schadenersatz zu.",
        True,
        [("count", 640, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt klagt der VKI im Namen von rund 9.300 Geschädigten, der Streitwert liegt bei etwa 61 Millionen Euro.",
        True,
        [("count", 9300, None, "about"), ("money", 61000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Den Klägern stehen je nach Fahrzeug zwischen 1.800 und 4.600 Euro zu, zuzüglich vier Prozent Zinsen.",
        True,
        [("money", 1800, "EUR", None), ("money", 4600, "EUR", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "VKI-Juristin Bettina Rauchwarter sagte, die übrigen Verfahren seien bis zu einer Grundsatzentscheidung des OGH unterbrochen.",
        True,
        [],
        "Bettina Rauchwarter",
    ),
    ("de", "Der Hersteller kündigte Berufung an, das Urteil ist nicht rechtskräftig.", True, [], None),
    ("de", "Ein Sprecher des Herstellers sprach von einem „Urteil mit vielen Fragezeichen“.", False, [], None),
    (
        "de",
        "Das Verfahren hatte sich über mehr als fünf Jahre hingezogen.",
        True,
        [("duration", 5, "year", "over")],
        None,
    ),
    ("de", "Ob der OGH die Linie des Handelsgerichts bestätigt, gilt unter Juristen als offen.", False, [], None),
    # --- VfGH hebt Stichwahl auf (APA), Juni ---
    (
        "de",
        "Wien (APA) - Der Verfassungsgerichtshof hat die Bürgermeister-Stichwahl in einer oststeirischen Marktgemeinde aufgehoben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei 94 Wahlkarten habe die Unterschrift unter der eidesstattlichen Erklärung gefehlt, sie hätten daher nicht gezählt werden dürfen, befanden die Richter.",
        True,
        [("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Der Amtsinhaber hatte die Stichwahl im Jänner mit einem Vorsprung von nur 37 Stimmen gewonnen.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Die Stichwahl muss binnen 100 Tagen wiederholt werden, teilte der Verfassungsgerichtshof am Freitag mit.",
        True,
        [("duration", 100, "day", None)],
        "der Verfassungsgerichtshof",
    ),
    (
        "de",
        "Angefochten hatte die Wahl die unterlegene Kandidatin der ÖVP, die auf 49,6 Prozent gekommen war.",
        True,
        [("percent", 49.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bürgermeister zeigte sich „fassungslos“ und sprach von einem „Sieg der Formalitäten über den Wählerwillen“.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ nannte die Panne ein „Armutszeugnis für die Gemeindebehörde“.", False, [], None),
    (
        "de",
        "Es ist bereits die zweite aufgehobene Gemeindewahl in der Steiermark seit 2025.",
        True,
        [("ordinal", 2, None, None), ("year", 2025, None, None)],
        None,
    ),
    # --- Title VII retaliation ruling (Reuters), June ---
    (
        "en",
        "WASHINGTON, June 24 (Reuters) - The U.S. Supreme Court on Tuesday sided with a temporary worker who said she lost her post at a county office after complaining about harassment.",
        True,
        [("date", "--06-24", None, None)],
        None,
    ),
    (
        "en",
        "The justices ruled 7-2 that Title VII of the Civil Rights Act of 1964 lets workers placed by staffing agencies sue the client employer for retaliation.",
        True,
        [("count", 7, None, None), ("count", 2, None, None), ("year", 1964, None, None)],
        None,
    ),
    (
        "en",
        "Maribel Quesada, 58, had sought $1.2 million in back pay and damages from Calder County, Pennsylvania.",
        True,
        [("duration", 58, "year", None), ("money", 1200000, "USD", None)],
        None,
    ),
    (
        "en",
        'Justice Hollis Vreeland, writing for the majority, said the law protects anyone "employed" by the defendant, including temporary staff.',
        True,
        [],
        None,
    ),
    ("en", "Justices Corbin Aldous and Philippa Norwood dissented.", True, [], None),
    (
        "en",
        "The county's lawyer, Glen Harbaugh, said it would ask the 3rd U.S. Circuit to cap any damages at $300,000 under a federal limit for large employers.",
        True,
        [("ordinal", 3, None, None), ("money", 300000, "USD", None)],
        None,
    ),
    ("en", 'Quesada said outside the court that she felt "vindicated and exhausted."', False, [], None),
    ("en", "Employer groups warned that the decision would invite a flood of litigation.", False, [], None),
    # --- Musterentscheid gegen Payvana-Prüfer (dpa/lby), Juli ---
    (
        "de",
        "München (dpa/lby) - Im Schadenersatzstreit von Anlegern des insolventen Zahlungsdienstleisters Payvana hat das Bayerische Oberste Landesgericht einen Musterentscheid gegen dessen früheren Abschlussprüfer gefällt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 8.700 Anlegerinnen und Anleger haben Ansprüche von zusammen gut 1,4 Milliarden Euro angemeldet.",
        True,
        [("count", 8700, None, "about"), ("money", 1400000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der 3. Zivilsenat stellte fest, die Prüfer hätten bei den Abschlüssen für 2026 und 2027 ihre Pflichten grob fahrlässig verletzt.",
        True,
        [("ordinal", 3, None, None), ("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Musterentscheid bindet die rund 1.150 ausgesetzten Einzelverfahren am Landgericht München I.",
        True,
        [("count", 1150, None, "about")],
        None,
    ),
    (
        "de",
        "Klägeranwalt Jonas Fehrenbach sagte, er rechne mit ersten Zahlungen frühestens in zwei Jahren.",
        True,
        [("duration", 2, "year", None)],
        "Jonas Fehrenbach",
    ),
    (
        "de",
        "„Heute haben die Kleinanleger gewonnen und nicht die Bilanzkosmetiker“, sagte Fehrenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Prüfungsgesellschaft hat bereits angekündigt, Rechtsbeschwerde zum Bundesgerichtshof einzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Sprecherin der Prüfungsgesellschaft wollte sich zu den Erfolgsaussichten nicht äußern.",
        False,
        [],
        None,
    ),
    # --- Location-tracking settlement (AP), July ---
    (
        "en",
        "SAN FRANCISCO (AP) — Mapping app maker Orbitly has agreed to pay $418 million to settle a class-action lawsuit accusing it of tracking users' locations after they had switched the feature off.",
        True,
        [("money", 418000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The settlement covers about 38 million people in the United States who used the app between 2021 and 2027, according to court papers filed Monday.",
        True,
        [("count", 38000000, None, "about"), ("year", 2021, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Class members who submit a claim by Nov. 30 could receive up to $45 each, depending on how many people take part.",
        True,
        [("date", "--11-30", None, None), ("money", 45, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Lawyers for the class will ask for 25% of the fund, or about $104.5 million, in fees.",
        True,
        [("percent", 25, "%", None), ("money", 104500000, "USD", "about")],
        None,
    ),
    ("en", "Orbitly said it had agreed to the settlement without admitting wrongdoing.", True, [], "Orbitly"),
    (
        "en",
        "U.S. District Judge Lorraine Ashgrove must still approve the agreement at a hearing scheduled for Sept. 12.",
        True,
        [("date", "--09-12", None, None)],
        None,
    ),
    ("en", "Privacy advocates said the sum was \"pocket change\" for a company of Orbitly's size.", False, [], None),
    # --- Karlsruhe billigt Bundesmodell der Grundsteuer (Reuters), August ---
    (
        "de",
        "Karlsruhe (Reuters) - Das Bundesverfassungsgericht hat Verfassungsbeschwerden gegen das sogenannte Bundesmodell der Grundsteuer zurückgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Erste Senat entschied einstimmig, die pauschalierte Bewertung von Grundstücken verletze nicht den Gleichheitssatz aus Art. 3 Abs. 1 GG.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Geklagt hatten drei Eigentümer aus Rheinland-Pfalz, Berlin und Sachsen, unterstützt vom Bund der Steuerzahler und von Haus & Grund.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Bundesmodell gilt in elf der 16 Bundesländer, die übrigen fünf haben eigene Landesgesetze erlassen.",
        True,
        [("count", 11, None, None), ("count", 16, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Grundsteuer bringt den Kommunen nach Angaben des Statistischen Bundesamts jährlich rund 17 Milliarden Euro ein.",
        True,
        [("money", 17000000000, "EUR", "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Haus-&-Grund-Präsident Leopold Amsberger nannte den Beschluss „enttäuschend, aber nicht das letzte Wort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amsberger sagte, allein gegen die Bescheide in Sachsen seien noch mehr als 400 Klagen bei Finanzgerichten anhängig.",
        True,
        [("count", 400, None, "over")],
        "Amsberger",
    ),
    ("de", "Der Bund der Steuerzahler bezeichnete die Grundsteuer erneut als „Bürokratiemonster“.", False, [], None),
    (
        "de",
        "Der Beschluss vom 8. Juli wurde am Dienstag veröffentlicht (Az. 1 BvR 1146/27).",
        True,
        [("date", "--07-08", None, None)],
        None,
    ),
    # --- Loan cap blocked by appeals court (Reuters), August ---
    (
        "en",
        "NEW ORLEANS, Aug 11 (Reuters) - A federal appeals court on Monday blocked a Mississippi law that would have capped the annual interest rate on small consumer loans at 36%.",
        True,
        [("date", "--08-11", None, None), ("percent", 36, "%", None)],
        None,
    ),
    (
        "en",
        "Two of the three judges on a 5th U.S. Circuit Court of Appeals panel found that federal banking law preempts the cap for loans made through out-of-state banks.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "The law, passed in March, would have affected about 1,100 storefront lenders, according to the state's banking department.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "Mississippi Attorney General Delia Faircloth said the state would seek a new hearing before all 17 active judges of the circuit.",
        True,
        [("count", 17, None, None)],
        "Delia Faircloth",
    ),
    ("en", 'Consumer groups called the decision "a green light for predatory lending."', False, [], None),
    (
        "en",
        "Circuit Judge Warren Pelletier dissented, writing that Congress had never meant to let lenders \"rent\" a bank's charter to escape state limits.",
        True,
        [],
        None,
    ),
    ("en", "It was unclear whether the full court would agree to take up the case.", False, [], None),
    # --- Volksbegehren für Gratis-Kita unzulässig (dpa/lby), August ---
    (
        "de",
        "München (dpa/lby) - Der Bayerische Verfassungsgerichtshof hat ein Volksbegehren für gebührenfreie Kita-Plätze für unzulässig erklärt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Gericht entschied mit sechs zu drei Stimmen, der Entwurf verstoße gegen das Koppelungsverbot, weil er Gebühren und Personalschlüssel in einem Gesetz regeln wolle.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Initiatoren hatten mehr als 31.000 gültige Unterschriften eingereicht, nötig sind 25.000.",
        True,
        [("count", 31000, None, "over"), ("count", 25000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Sozialministeriums hätte die Gebührenfreiheit den Freistaat jährlich rund 1,1 Milliarden Euro gekostet.",
        True,
        [("money", 1100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bündnissprecherin Hannelore Wiesbeck sagte, man werde binnen drei Monaten zwei getrennte Entwürfe vorlegen.",
        True,
        [("duration", 3, "month", None), ("count", 2, None, None)],
        "Hannelore Wiesbeck",
    ),
    ("de", "„Das Gericht hat den Eltern heute die Tür vor der Nase zugeschlagen“, sagte Wiesbeck.", False, [], None),
    ("de", "Ob ein neuer Anlauf noch vor der Landtagswahl gelingt, gilt als fraglich.", False, [], None),
    # --- Bundesarbeitsgericht zur Entgeltgleichheit (dpa), September ---
    (
        "de",
        "Erfurt (dpa) - Eine Abteilungsleiterin aus Baden-Württemberg hat vor dem Bundesarbeitsgericht eine Nachzahlung von knapp 38.000 Euro erstritten.",
        True,
        [("money", 38000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die 51-Jährige hatte über sechs Jahre hinweg rund 14 Prozent weniger verdient als männliche Kollegen in vergleichbarer Position.",
        True,
        [("duration", 51, "year", None), ("duration", 6, "year", None), ("percent", 14, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Achte Senat sprach ihr zusätzlich eine Entschädigung von 6.000 Euro nach Paragraf 15 des Allgemeinen Gleichbehandlungsgesetzes zu (Az. 8 AZR 219/28).",
        True,
        [("ordinal", 8, None, None), ("money", 6000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Vorinstanzen in Stuttgart hatten der Klägerin lediglich einen Teil der Differenz zugesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verdi-Juristin Nadine Ostermeier sagte, bundesweit seien derzeit mehr als 120 vergleichbare Klagen anhängig.",
        True,
        [("count", 120, None, "over")],
        "Nadine Ostermeier",
    ),
    ("de", "Der Arbeitgeberverband Südwestmetall warnte vor einer „Klagewelle“.", False, [], None),
    (
        "de",
        "„Gleiche Arbeit, gleiches Geld – das ist kein Gnadenakt, sondern Gesetz“, sagte die Klägerin nach der Verhandlung.",
        False,
        [],
        None,
    ),
    # --- South Africa's mining royalties law (Reuters), September ---
    (
        "en",
        "JOHANNESBURG, Sept 18 (Reuters) - South Africa's Constitutional Court on Thursday declared parts of a 2022 mining royalties law invalid and gave parliament 24 months to fix it.",
        True,
        [("date", "--09-18", None, None), ("year", 2022, None, None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "en",
        "The court's 11 judges split 8-3, with the minority arguing that the dispute should have been left to lawmakers.",
        True,
        [("count", 11, None, None), ("count", 8, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The case was brought by four mining communities in Limpopo and North West provinces, who said they had received no share of about 2.3 billion rand in royalties.",
        True,
        [("count", 4, None, None), ("money", 2300000000, "ZAR", "about")],
        None,
    ),
    (
        "en",
        "Mineral Resources Minister Sizwe Mahlangu-Dube said the government would comply with the order and table amendments before the deadline.",
        True,
        [],
        "Sizwe Mahlangu-Dube",
    ),
    (
        "en",
        "Community members sang and waved placards outside the court building after the judgment was read.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The declaration of invalidity is suspended until parliament passes an amended law or the 24 months expire.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    # --- Group action over chemicals works (PA), September ---
    (
        "en",
        "LONDON (PA) - Around 9,400 residents living near a former chemicals works have won the first stage of a group action against Brackwell Chemicals at the High Court.",
        True,
        [("count", 9400, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Mrs Justice Harriet Llewellyn found the company liable for dust and odour emissions between 2016 and 2023.",
        True,
        [("year", 2016, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Damages, expected to average about £7,500 per household, will be assessed at a second trial next year.",
        True,
        [("money", 7500, "GBP", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Brackwell said it would seek permission to appeal to the Court of Appeal.", True, [], "Brackwell"),
    (
        "en",
        "The trial lasted 11 weeks and heard evidence from 62 witnesses.",
        True,
        [("duration", 11, "week", None), ("count", 62, None, None)],
        None,
    ),
    (
        "en",
        '"We lived with that stench for years and nobody listened," said one claimant, a retired postman.',
        False,
        [],
        None,
    ),
    # --- OGH kippt Bankklauseln (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Der Oberste Gerichtshof (OGH) hat 17 Klauseln in den Geschäftsbedingungen einer Direktbank für unzulässig erklärt.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Geklagt hatte der Verein für Konsumenteninformation im Auftrag des Sozialministeriums, teilte der VKI am Montag mit.",
        True,
        [],
        "der VKI",
    ),
    (
        "de",
        "Unzulässig ist u.a. ein Entgelt von 4,90 Euro pro Quartal für die Zusendung von Kontoauszügen auf Papier.",
        True,
        [("money", 4.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Schätzungen des VKI rund 260.000 Kundinnen und Kunden.",
        True,
        [("count", 260000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Bank muss die seit 2023 eingehobenen Entgelte zurückzahlen, das Urteil ist rechtskräftig (9 Ob 58/29k).",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    ("de", "Die Bank teilte mit, sie nehme die Entscheidung „zur Kenntnis“.", False, [], None),
    (
        "de",
        "„Wer Kunden mit dem Kleingedruckten ködert, verliert am Ende vor Gericht“, sagte eine VKI-Juristin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits das vierte Verfahren des VKI gegen dieselbe Bank innerhalb von drei Jahren.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "year", None)],
        None,
    ),
    # --- India's job quota upheld (Reuters), October ---
    (
        "en",
        "NEW DELHI, Oct 7 (Reuters) - India's Supreme Court on Tuesday upheld a western state's law reserving 15% of private-sector jobs for local residents, in a split verdict by a five-judge Constitution bench.",
        True,
        [("date", "--10-07", None, None), ("percent", 15, "%", None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Three judges backed the law, while two said it violated the right to equality under Article 14 of the constitution.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The law, passed in 2026, applies to jobs paying less than 40,000 rupees a month at firms with at least 20 employees.",
        True,
        [("year", 2026, None, None), ("money", 40000, "INR", "under"), ("count", 20, None, "at_least")],
        None,
    ),
    (
        "en",
        "About 1,400 companies had challenged it in several high courts before the cases were transferred to the Supreme Court in 2028.",
        True,
        [("count", 1400, None, "about"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Writing for the majority, Chief Justice Arvind Raghavachari said states could protect local workers as long as a quota was limited in time and scope.",
        True,
        [],
        "Arvind Raghavachari",
    ),
    ("en", 'An industry lobby said it was "studying the judgment" and would consult its members.', False, [], None),
    ("en", 'Opposition leaders hailed the judgment as a win for the "sons of the soil."', False, [], None),
    # --- Weed killer bankruptcy plan (Reuters), October ---
    (
        "en",
        "WILMINGTON, Del., Oct 22 (Reuters) - A U.S. bankruptcy judge on Wednesday approved a $2.75 billion plan to compensate people who say a weed killer sold by Tellmark Agro caused their cancer.",
        True,
        [("date", "--10-22", None, None), ("money", 2750000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The plan sets up a trust to pay about 61,000 current claimants as well as anyone diagnosed over the next 15 years.",
        True,
        [("count", 61000, None, "about"), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "More than 92% of claimants who voted backed the plan, court papers show.",
        True,
        [("percent", 92, "%", "over")],
        None,
    ),
    (
        "en",
        "Judge Colin Dreyfuss said individual payments would range from about $5,000 to $450,000, depending on the diagnosis.",
        True,
        [("money", 5000, "USD", "about"), ("money", 450000, "USD", None)],
        "Colin Dreyfuss",
    ),
    ("en", "A group of objectors said they were still weighing whether to appeal.", False, [], None),
    ("en", "Critics have long argued that companies use bankruptcy to cap their liability unfairly.", False, [], None),
    # --- Kartellschadenersatz für die Bahn (Reuters), Oktober ---
    (
        "de",
        "Dortmund (Reuters) - Das Landgericht Dortmund hat drei Hersteller von Betonfertigteilen zu Schadenersatz von zusammen 86 Millionen Euro an die Deutsche Bahn verurteilt.",
        True,
        [("count", 3, None, None), ("money", 86000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Firmen hatten nach Feststellungen des Bundeskartellamts zwischen 2015 und 2022 Preise und Liefergebiete abgesprochen.",
        True,
        [("year", 2015, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Die Bahn hatte ursprünglich gut 140 Millionen Euro samt Zinsen gefordert.",
        True,
        [("money", 140000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Kammer bezifferte den kartellbedingten Preisaufschlag auf 9,5 Prozent.",
        True,
        [("percent", 9.5, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Bahnsprecher sagte, man werde das Urteil prüfen und dann über eine Berufung entscheiden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einer der Hersteller, die Vossberg Betonwerke, teilte mit, er habe bereits Rückstellungen von 30 Millionen Euro gebildet.",
        True,
        [("money", 30000000, "EUR", None)],
        None,
    ),
    # --- Overdraft judgment upheld in Canada (Reuters), November ---
    (
        "en",
        "OTTAWA, Nov 6 (Reuters) - Canada's Supreme Court on Thursday upheld a C$1.1 billion class-action judgment against Northcliffe Bank over overdraft fees charged to about 2.6 million customers.",
        True,
        [("date", "--11-06", None, None), ("money", 1100000000, "CAD", None), ("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "The court ruled 7-2 that the bank had breached Quebec's consumer protection law by failing to disclose the fees in advance.",
        True,
        [("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The judgment includes about C$310 million in interest that has accrued since the suit was filed in 2017.",
        True,
        [("money", 310000000, "CAD", "about"), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "The bank said it would pay the full amount to customers within 60 days.",
        True,
        [("duration", 60, "day", None)],
        "the bank",
    ),
    (
        "en",
        'Lead plaintiff Jocelyne Thibodeau, a retired nurse, said she was "proud to have stood up for ordinary customers."',
        False,
        [],
        None,
    ),
    ("en", "Banking industry representatives declined to comment on the ruling.", False, [], None),
    (
        "en",
        "The case had wound its way through Quebec courts for 13 years.",
        True,
        [("duration", 13, "year", None)],
        None,
    ),
    # --- Franchisee class action settled (AAP), November ---
    (
        "en",
        "SYDNEY (AAP) - About 12,000 franchisees of a national convenience store chain will share an A$96 million class action settlement approved by the Federal Court.",
        True,
        [("count", 12000, None, "about"), ("money", 96000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Justice Bernadette Colquhoun said the franchisees had been locked into supply contracts that cut their margins by as much as 40 per cent.",
        True,
        [("percent", 40, "%", "up_to")],
        "Bernadette Colquhoun",
    ),
    (
        "en",
        "Litigation funder Ridgeline Capital will receive 27 per cent of the settlement under orders made on Friday.",
        True,
        [("percent", 27, "%", None)],
        None,
    ),
    ("en", "The chain, Kwikmart, did not admit liability.", True, [], None),
    ("en", "Franchisee Duc Nguyen said the money \"won't give back the years I lost.\"", False, [], None),
    # --- Oregon damages cap struck down (AP), November ---
    (
        "en",
        "SALEM, Ore. (AP) — Oregon's Supreme Court ruled 4-3 on Thursday that a state law capping damages in lawsuits against public universities at $500,000 violates the state constitution's guarantee of a jury trial.",
        True,
        [("count", 4, None, None), ("count", 3, None, None), ("money", 500000, "USD", None)],
        None,
    ),
    (
        "en",
        "The case was brought by the family of a 19-year-old student who was left paralyzed after a fall from a dormitory balcony in 2024.",
        True,
        [("duration", 19, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "A jury had awarded the family $14.8 million, but a trial judge reduced the award to the cap.",
        True,
        [("money", 14800000, "USD", None)],
        None,
    ),
    (
        "en",
        "Writing for the majority, Justice Lorna Whitlock said the legislature could not set a fixed limit on what a jury may award for injuries already suffered.",
        True,
        [],
        "Lorna Whitlock",
    ),
    ("en", "The attorney general's office said it was reviewing the decision.", False, [], None),
    ("en", "\"Justice delayed is still justice,\" the student's mother said.", False, [], None),
    # --- Erste Abhilfeklage gegen Streamingdienst (dpa), Dezember ---
    (
        "de",
        "Hamburg (dpa) - Im ersten Verfahren dieser Art gegen einen Streamingdienst hat das Hanseatische Oberlandesgericht eine Abhilfeklage der Verbraucherzentrale Hamburg zugelassen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Im Klageregister haben sich bislang 12.450 Verbraucherinnen und Verbraucher eingetragen, teilte das Bundesamt für Justiz mit.",
        True,
        [("count", 12450, None, None)],
        "das Bundesamt für Justiz",
    ),
    (
        "de",
        "Der Dienst hatte die Monatsbeiträge 2028 ohne Zustimmung der Kunden um 2,50 Euro auf 13,99 Euro erhöht.",
        True,
        [("year", 2028, None, None), ("money", 2.5, "EUR", None), ("money", 13.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verlangt wird die Erstattung der Erhöhung für bis zu 26 Monate, im Schnitt rund 60 Euro pro Person.",
        True,
        [("duration", 26, "month", "up_to"), ("money", 60, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Anmeldungen sind noch bis drei Wochen nach dem Schluss der mündlichen Verhandlung möglich.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    ("de", "Der Anbieter kündigte an, den Streit notfalls bis vor den Bundesgerichtshof zu tragen.", True, [], None),
    ("de", "Verbraucherschützer feierten die Zulassung als „Weckruf für die ganze Branche“.", False, [], None),
    # --- Brazil export levy refund (Reuters), December ---
    (
        "en",
        "BRASILIA, Dec 3 (Reuters) - Brazil's Supreme Court ruled on Wednesday that the federal government must refund a payroll levy collected from exporters, a decision the Treasury says could cost 34 billion reais.",
        True,
        [("date", "--12-03", None, None), ("money", 34000000000, "BRL", None)],
        None,
    ),
    (
        "en",
        "The 11 justices split 6-5 after the case had been suspended twice at the request of individual justices.",
        True,
        [("count", 11, None, None), ("count", 6, None, None), ("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Rogério Tavares Lins told reporters the refunds would be paid in installments over five years to limit the impact on the budget.",
        True,
        [("duration", 5, "year", None)],
        "Rogério Tavares Lins",
    ),
    (
        "en",
        "About 8,600 companies had filed similar claims, according to the government's tax attorneys.",
        True,
        [("count", 8600, None, "about")],
        None,
    ),
    ("en", 'Business lobby CNI called the ruling "a victory for legal certainty."', False, [], None),
    # --- Wahlprüfungsbeschwerden verworfen (dpa), Dezember ---
    (
        "de",
        "Karlsruhe (dpa) - Das Bundesverfassungsgericht hat 38 Wahlprüfungsbeschwerden zur jüngsten Bundestagswahl verworfen, knapp ein Viertel davon als unzulässig.",
        True,
        [("count", 38, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Eine Partei, die mit 4,93 Prozent an der Fünf-Prozent-Hürde gescheitert war, hatte eine Neuauszählung in allen 299 Wahlkreisen verlangt.",
        True,
        [("percent", 4.93, "%", None), ("percent", 5, "%", None), ("count", 299, None, None)],
        None,
    ),
    (
        "de",
        "Der Zweite Senat befand nach zweitägiger mündlicher Verhandlung, bloße Vermutungen über Zählfehler reichten für eine Neuauszählung nicht aus.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Der Partei fehlten nach dem amtlichen Endergebnis rund 34.000 Stimmen zum Einzug in den Bundestag.",
        True,
        [("count", 34000, None, "about")],
        None,
    ),
    ("de", "Der Parteivorsitzende sprach von einer „Kapitulation vor dem Zählchaos“.", False, [], None),
    (
        "de",
        "Ob die Partei nun den Europäischen Gerichtshof für Menschenrechte anruft, ließ der Vorsitzende offen.",
        False,
        [],
        None,
    ),
]
