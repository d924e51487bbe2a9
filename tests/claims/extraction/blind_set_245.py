"""Two-hundred-and-forty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Dagmar
Feldkötter, Ludger Wöhlbrand, Ulrike Prammer-Hofer, Beat Ruflin, Cornelia Imfeld, Sabine
Halbritter, Bernhard Oltersdorf, Gernot Hollaus, Marianne Zgraggen, Malte Ingwersen, Ulrich
Stemmermann, Roland Pietzsch, Jens Rabeneick, Martina Zöchling-Rabl, Regine Bachmann-Iten,
Ingrid Wachsmuth and her Patientenverband Lebensbrücke, Reinhard Kaltenegger, Torsten
Bredemeier; Harriet Coldwell, Franklin Ostrowski, Wade Lindholm, Jonathan Aldercott,
Margaret Ellery, Élodie Carrassus, Gavin Dunleavy, Rachel Tulloch, Douglas Fairbrook, Fiona
Strachan, Gordon Pask, Clay Hartsell, Pieter van Dalsum, Eamon Riordan, Imogen Radcliffe,
Darren Hollings, Lucía Barrenechea, Ruth Abernathy-Cole, Sharon Pettibone, Tom Eardley, Kim
Soo-bin, Choi Han-gyeol, the campaign group Third Age Alliance; every unnamed pensioner,
patient, mother, caller, ward manager, economist, analyst, official and spokesperson);
ministers, secretaries, commissioners, governors, party officials, senators and the heads
of real bodies appear under made-up names that stand for no real holder
("Bundesarbeitsministerin Dagmar Feldkötter", "Sozialministerin Ulrike Prammer-Hofer (SPÖ)",
"Santésuisse-Direktor Beat Ruflin", "Bundesrätin Cornelia Imfeld",
"Bundesgesundheitsminister Bernhard Oltersdorf", "CDU-Generalsekretär Malte Ingwersen",
"DKG-Vorstandschef Roland Pietzsch", "H+-Präsidentin Regine Bachmann-Iten", "ÖGK-Obmann
Reinhard Kaltenegger", "Finanzminister Torsten Bredemeier", "Pensions Minister Harriet
Coldwell", "Social Security Commissioner Franklin Ostrowski", "Health Secretary Jonathan
Aldercott", "Labour Minister Élodie Carrassus", "Treasurer Gavin Dunleavy", "Health
Secretary Douglas Fairbrook", "Work and Pensions Secretary Fiona Strachan", "Gov. Clay
Hartsell", "Social Affairs Minister Pieter van Dalsum", "Care Minister Imogen Radcliffe",
"Social Security Minister Lucía Barrenechea", "Senate Democratic leader Ruth
Abernathy-Cole", "Welfare Minister Choi Han-gyeol") or by their role only („Bayerns
Gesundheitsministerin“, "the department", "the ministry"). Real states, bodies, schemes and
places (Deutsche Rentenversicherung, VdK, Forsa, SPD, SPÖ, Pensionistenverband, Statistik
Austria, Neos, Fiskalrat, Santésuisse, Bundesamt für Gesundheit, BAG, SP, GKV-Spitzenverband,
Grüne, Bundesgesundheitsministerium, Deutsche Presse-Agentur, Statistisches Bundesamt,
Sozialverband Deutschland, Verband der Ersatzkassen, Pflegegrad, Patientenanwaltschaft,
Ärztekammer, Ständerat, Nationalrat, AHV, Bundesamt für Sozialversicherungen, FDP,
Gewerbeverband, Bürgergeld, Bundesagentur für Arbeit, CDU, Union, Paritätischer
Gesamtverband, Deutsche Krankenhausgesellschaft, Transformationsfonds,
Bundesverfassungsgericht, Gesundheit Österreich GmbH, vida, Wirtschaftskammer, Pflegegeld,
Spitalverband H+, Kanton St. Gallen, Deutsche Stiftung Organtransplantation, Deutsche
Bischofskonferenz, Bundestag, Österreichische Gesundheitskasse, Seniorenbund, Kabinett,
Aktivrente, DGB; the Department for Work and Pensions, the Office for Budget
Responsibility, the triple lock, Pension Credit, Age UK, the Institute for Fiscal Studies,
the Treasury, Social Security, the National Assembly, Medef, the Conseil d'orientation des
retraites, the CFDT, the Council of Small Business Organisations, the Australian Prudential
Regulation Authority, Labor, the Department of Health and Human Services, Medicare, PhRMA,
the Centers for Medicare & Medicaid Services, Personal Independence Payment, Scope, Labour,
the BBC, Medicaid, the Congressional Budget Office, the AOW, the FNV, VNO-NCW, NHS England,
the Royal College of Surgeons, the British Dental Association, the Liberal Democrats, the
Bank of Spain, AIReF, KFF, the Affordable Care Act, the House, the British Medical
Association, Acas, the National Pension Service, the OECD, and the datelines' cities)
stand for the way wire copy names them; every rate, rise, amount, deficit, count, wait,
vote, poll, age, date and quote here is invented, and where a real figure came to mind (a
real pension value, rate, contribution, fee, deficit, fund size or reform step) it was
changed (the years of laws and reforms kept).

Its weight: OPINION VERSUS CLAIM, nineteenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second, two-hundred-and-twenty-ninth and
two-hundred-and-forty-first batches were the first eighteen, and their decisions are kept;
the two-hundred-and-fourth and two-hundred-and-forty-first were read closely, and the
pension, benefit and health figures follow the hundred-eightieth and two-hundred-and-seventh),
this time in health policy, pensions and social security copy - pension rises and the
Haltelinie, the triple lock, trust funds and retirement ages, contribution rates and
premiums, sick funds' and hospitals' deficits, waiting lists and waits for operations,
long-term care, benefit cuts and work rules, drug prices, dentistry, organ donation, a
doctors' strike, the Aktivrente, and ministers', lobbies', unions', charities' and
patients' statements - over four ordinary wire days, Monday to Thursday, May 4 to 7, of one
year, as 28 short stories in story order, the German and English stories interleaved by
day, each with a dateline lead, the figures, attributed claims, the other side, quotes and
reactions. About 100 rows are negatives that look like claims - ministers' creeds and
rhetoric („Die Rente ist kein Gnadenbrot ...“, "Every Australian deserves to retire with
dignity ..."), a reassurance with a figure, vows and resolve ("we will keep it", "fully
committed"), results read as proof ("turned the corner"), labels from parties, lobbies,
unions, churches, charities and associations, accusations that name no act, warnings that
name no measure, a conditional threat, a welcome with a verdict, verdicts with „halten ...
für“, an assumption, arguments, doubts, fears and hopes, evasions, open questions, rhetoric
with a figure ("A doctor worth £50 an hour ..."), felt figures („Gefühlt ... jede zweite
Stunde“, "It feels like half my street ...") and vox pops with their ages, spans and sums -
each beside a check-worthy look-alike around a verifiable core: the same speaker's figure
in the next row, the law's rate and year, a stated plan, a demand naming a measure, a
rejection, the published wait, deficit, count or poll, a sweeping figure stated as fact, an
appeal with its official count and deadline, a counterfactual modelled by a department, an
announced lawsuit. Half German (dpa, APA, Keystone-SDA; Austrian "heuer", "im Vorjahr",
"Pensionistinnen und Pensionisten", "Spitäler", Swiss "gutgeheissen", "Massnahmen",
"gemäss", "schliessen", "liess", «» quotes, German „“ quotes) and half English (Reuters,
AP, PA, AAP; British "apologise", "Organisations", American "enrollees", "enrollment",
Australian "per cent").

245 rows (124 German, 121 English), 104 negatives (52 German, 52 English), 141 check-worthy
rows of which 8 carry no figure (5 German, 3 English), 270 expected quantities (70 counts,
49 amounts of money - 22 EUR, 11 GBP, 6 CHF, 6 USD, 3 AUD, 1 KRW -, 43 percentages - 39 in
%, 4 in percentage points "pp" -, 40 durations - 24 in years, 8 in months, 5 in weeks, 2 in
hours, 1 in days -, 32 years, 13 dates, 13 fractions, 10 ordinals; 17 of them in 15
negatives, as the seventeenth batch labels a figure in a negative), 42 checked speakers (22
German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, resolve, reassurance, feeling, hope, fear, doubt or piece
  of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-first, hundred-eightieth, two-hundred-and-fourth,
  two-hundred-and-seventh, two-hundred-and-forty-first); a quoted or reported statement of
  fact, figure, step, plan, demand or position is check-worthy with its speaker, also in
  Konjunktiv I and in direct speech (hundred-eightieth, two-hundred-and-seventh:
  «... mindestens 600 Geburten pro Jahr», sagte Spitaldirektorin ...; here «Die Tarife decken
  im Schnitt nur 88 Prozent unserer Kosten», sagte H+-Präsidentin Regine Bachmann-Iten. ->
  "Regine Bachmann-Iten"). Pairs from one speaker: Feldkötter's Haltelinie of 48 percent
  until 2031 beside her „Gnadenbrot“, her reassurance and her evasion; Coldwell's plan to
  2029 beside her vow; Prammer-Hofer's 2.4 billion euros beside „nicht im Regen stehen“;
  Ostrowski's 210,000 claims beside "there for every generation, period"; Ruflin's 640
  million francs beside «Das System frisst sich selbst auf»; Imfeld's 38 measures beside
  «Wer nur auf die Prämien schaut ...»; Aldercott's 59.4% and the cost of the strikes beside
  "turned the corner" (a result read as proof, two-hundred-and-eighth), "won't shorten a
  single waiting list" and his accusation against the BMA; Halbritter's 3.4 percent beside
  „Beitragsexplosion“; Oltersdorf's 16.1 billion euros and his rejection beside
  „Einnahmeproblem“, „Notfallpatient“ and „Qualität rettet Leben“; Carrassus's 1.9 billion
  euros beside "a breathing space"; Dunleavy's A$48,000 beside "retire with dignity";
  Hollaus's one in four beside „eine Medizin für Reiche“; Fairbrook's $700 million beside
  "like an ATM"; Zgraggen's deficit beside «Herzstück unseres Sozialstaats»; Strachan's 48%
  beside "We will not apologise"; Hartsell's two-thirds beside "the path to dignity";
  Ingwersen's position beside „die Solidarität der Fleißigen“; Stemmermann's 813 euros beside
  „Armut bestraft“; Pietzsch's 112 hospitals beside „kaltes Kliniksterben“; Riordan's 28.50
  pounds beside "hanging by a thread"; Radcliffe's 700,000 appointments beside "a service in
  ruins"; Bachmann-Iten's 88 percent beside «... gehen ... bald die Lichter aus» (a warning
  in an image that names no figure, two-hundred-and-fourth); Barrenechea's 21.9 million
  beside "not up for negotiation"; Wachsmuth's donors per million beside „kostet Leben“;
  Abernathy-Cole's couple beside "a tax hike on working families"; Kaltenegger's 9.4 percent
  beside „mit dem Rücken zur Wand“ and his evasion; Eardley's £38,800 beside "A doctor worth
  £50 an hour ..."; Bredemeier's 1.3 million beside „belohnt und nicht bestraft“; Choi's 36%
  beside "fully committed"; and bodies' figures beside their labels (the
  Pensionistenverband's demand, the FNV's 4.7 years, PhRMA's 11 lawsuits, the DGB's demand,
  the Council of Small Business Organisations' A$4,100).
- New: a reassurance with a figure is a negative with its figure labelled - „Das
  Rentenniveau von 48 Prozent steht, darauf können sich alle Generationen verlassen“,
  versicherte die SPD-Politikerin. (48 percent) - a promise about the future that names no
  step, as reassurances (hundred-thirty-first, hundred-forty-sixth) and vows with a figure
  (hundred-eighty-first) are, while the same minister's report that the Haltelinie of 48
  percent is written into law until 2031 stays check-worthy with her name ("Feldkötter");
  and so "The triple lock is a promise to every pensioner ..., and we will keep it" is a
  vow beside Coldwell's stated plan to keep it until 2029 and publish the review by March
  (a plan on record, two-hundred-and-twenty-ninth).
- New: felt figures. A figure framed as felt - „Gefühlt geht bei mir jede zweite Stunde für
  die Dokumentation drauf“ and "It feels like half my street is signed off sick these days"
  - is a negative with its fraction labelled (0.5 each): "gefühlt" and "It feels like"
  report a feeling, as the feeling lines of the vox pops do (hundred-twenty-fourth,
  hundred-eighty-third: "It feels like every raise ..." with 74 labelled), while a sweeping
  figure stated as fact by a politician is a claim to check, with its figure and speaker
  („Jeder dritte Euro in unseren Kliniken fließt in Bürokratie ...“ 0.3333 -> "Jens
  Rabeneick"; "Half of all new claims are now for anxiety and depression" 0.5 -> "Gordon
  Pask"; hundred-fourth and two-hundred-and-twenty-ninth: a politician's contested figure).
- New: "die sogenannte Rente mit 63" gives a duration of 63 years - a scheme named by the
  age it states keeps that age, as "the two-child limit" keeps its count
  (hundred-eightieth), unlike a serial number in a name ("Isar 2",
  two-hundred-and-twenty-ninth); the DGB's demand to widen it names a measure and is
  check-worthy.
- Demands and appeals (two-hundred-and-fourth, two-hundred-and-forty-fourth): a demand
  naming a measure is check-worthy (the Pensionistenverband's „mindestens 3,5 Prozent“,
  vida's 35 Wochenstunden, the Ärztekammer's 800 posts by 2030, Stemmermann's 813 euros,
  the DGB's Rente mit 63); "The Department for Work and Pensions urged an estimated 760,000
  pensioners who are entitled to Pension Credit ... to apply before June 30." is such an
  appeal - a measure, an official count and a deadline (two-hundred-and-forty-fourth:
  FACE's "within six months") - while Age UK's "urged older people to check whether ..."
  is advice and a negative (hundred-eightieth). A rejection is check-worthy without a figure
  (Oltersdorf's rejection of a higher federal subsidy, the Treasury's rejection of a means
  test; two-hundred-and-fourth), and so is an announced lawsuit (Bavaria with three more
  Länder, count 3). A conditional threat is a negative („Der Gewerbeverband drohte mit dem
  Referendum, falls ...“; hundred-twenty-fourth), and so are warnings that name no measure
  (Wöhlbrand's „Lawine an Beitragserhöhungen“, the backbenchers' "biggest rebellion").
- A poll's share of respondents holding a view is a measured fact and check-worthy
  (hundred-sixteenth): „In einer Forsa-Umfrage sagten 61 Prozent der Befragten, sie hielten
  ihre eigene Rente im Alter nicht für sicher.“ 61 percent, beside the verdicts with
  „halten ... für“ of parties, sick funds, insurers, MPs and health economists, which are
  negatives (two-hundred-and-twenty-ninth).
- A counterfactual modelled by a named body with a figure is check-worthy ("Had the
  negotiated prices applied last year, Medicare would have saved about $8.7 billion, or
  44%, the department said."; two-hundred-and-twenty-ninth), and so are forecasts,
  estimates and expectations with a figure from a body or a named person (Santésuisse's 4 to
  5 percent, Halbritter's 3.4 percent for 2027, the ministry's viereinhalb Milliarden, the
  Treasury's 4.8 billion pounds by 2030, the CBO's 5.2 and 3.8 million, the Finanzministerium's
  890 million euros, the ÖGK's 812 million euros, the Korean ministry's 2064; seventh,
  hundred-eightieth, two-hundred-and-seventh).
- Check-worthy without a figure (hundred-eightieth, two-hundred-and-seventh,
  two-hundred-and-twenty-ninth): Oltersdorf's rejection, the source line of the draft („Das
  sieht ein Referentenentwurf ... vor, der der Deutschen Presse-Agentur vorliegt.“), the
  source line of the survey („Das geht aus einer Erhebung der Patientenanwaltschaft hervor
  ...“), Ingwersen's stated position on the Regelsatz, the cabinet's decision on the
  Aktivrente, the Treasury's rejection, the appeals courts' rulings so far, and the BMA's
  letter asking for talks through Acas (a step taken).
- Negatives besides those above (ninety-eighth, hundred-eightieth, two-hundred-and-fourth,
  two-hundred-and-seventh, two-hundred-and-twenty-ninth, two-hundred-and-forty-first):
  labels („nannte“ - the VdK, the Ärztekammer, the Paritätische, the Wirtschaftskammer, the
  Bischofskonferenz -, „sprach von“ - the Pensionistenverband, the Sozialverband
  Deutschland, the FDP, the Seniorenbund -, „bezeichnete ... als“, „kritisierte ... als“,
  "called" - Lindholm, the Royal College of Surgeons, Medef, the council, PhRMA, Scope,
  advocates, the FNV, the opposition, Republican leaders -, Tulloch's "no plan ..."), a
  welcome with a verdict (VNO-NCW), accusations that name no act (the Grüne, the Liberal
  Democrats, Aldercott; two-hundred-and-twenty-ninth), vows and resolve ("Unions said they
  would keep fighting ...", Choi's "fully committed"), an assumption without a figure
  („Ökonomen gehen davon aus, ...“; hundred-eightieth), a forecast without a figure
  ("Analysts said they expected ..."), arguments ("Some economists argue ...", "Critics
  argue ..."), doubts („Die Landesgesundheitsreferenten bezweifeln ... bis 2028 ...“ with
  2028 labelled and „halbiert“ a verb carrying none, "Some analysts said they doubted ...",
  the Bank of Spain's "beyond the 2040s" - a decade carries none, sixty-sixth -, „Ökonomen
  bezweifeln ...“ with „einige Zehntausend“ none), fears and hopes (patient groups,
  Heimbewohner, hospital executives, insurers, Heimbetreiber), evasions („ließ Feldkötter
  offen“ with 2031 labelled, „wollte Kaltenegger nicht sagen“, „liess der Verband offen“),
  open questions ("Whether lawmakers will lift the payroll tax cap of $184,500 ..." with
  the sum labelled, „Ob die Vorlage ...“, „Ob die Koalition ...“, "It is unclear how ...",
  "It is not yet clear whether ...", "Whether Congress will revisit the subsidies before
  open enrollment begins on Nov. 1 is far from certain." with the date labelled), rhetoric
  with a figure ("A doctor worth £50 an hour is not greedy, ..." 50 GBP, "an hour" none;
  two-hundred-and-seventh) and vox pops with their figures labelled (Margaret Ellery's 14
  months and 73 years, the Hannover woman's mother's 42 years - „nicht einmal“ carries no
  count, seventy-second -, Darren Hollings's 52 years, the Kassel patient's three years and
  54 years, Sharon Pettibone's "I'm 61" - the bare figure an age, hundred-eightieth -, Kim
  Soo-bin's 29 years, the mother's £434 a month; hundred-twenty-fourth,
  two-hundred-and-seventh).
- Ages and spans are durations (the issue: "fünfstündigen Treffen"; hundred-eightieth,
  two-hundred-and-seventh): "at 62 years and nine months" and "to 67 years and three months"
  two durations each, "back to 62", "life expectancy at 65" and "a couple aged 60" the bare
  figure as an age, "a 30-year-old", "über 67 Jahren" 67 years "over" (hundred-eightieth:
  "People over 65"), "aged 20 to 29" two ages with no hedge, "aged 65 or over" "at_least",
  "die sogenannte Rente mit 63" (New above), "ein 54-jähriger Nierentransplantierter";
  "one year later than projected a year ago" 1 year ("a year ago" none;
  two-hundred-and-twenty-ninth: "two years later than planned"), "within 18 weeks", "within
  six months" and "within five months" ("within" no hedge), "longer than 52 weeks" 52 weeks
  "over" (two-hundred-and-seventh: "longer than 12 hours"), „im Schnitt 14 Wochen, in
  Kärnten sogar 31 Wochen“ („sogar“ no hedge), „bei mehr als 20 Wochen“ "over", „nach einer
  fünfstündigen Debatte“ 5 hours, "at least 80 hours a month" "at_least" ("a month" none),
  "had risen by four months", "4.7 years less" ("less" after the figure compares), "by nine
  months for each additional year" 9 months ("each additional year" none, as "a further
  year", thirty-fifth), "in the last two years", "over the past 12 months" ("over" before
  "the" no hedge), „in den kommenden zehn Jahren“ 10 years (two-hundred-and-seventh: „in den
  vergangenen drei Jahren“), "for two more years" ("more" no hedge), "over six years" ("over"
  before a span no hedge), "walk out for five days" 5 days, "14 months", „42 Jahre“ and
  „drei Jahre“ in vox pops. None: „im Vorjahr“, „im Jahr davor“, „ein Jahr zuvor“, „im
  kommenden Jahr“, „nächstes Jahr“, „in diesem Jahr“, „heuer“, „im Jahr“, „pro Jahr“,
  „jedes Jahr“, „im Monat“, „jeden Tag“, „ab Juli“, „ab Januar“, „im April“, „seit Anfang“,
  „Ende 2024“ (the year only), „in den nächsten Jahren“, „vor der Sommerpause“, „für den
  Herbst“, "last month", "last year", "this year", "next year", "a year", "a month", "a
  week", "an hour", "annually", "each year", "in a year", "a month earlier", "a decade ago",
  "since January", "since July", "in March", "in April", "by next March", "by the end of
  March", "at the end of March", "the end of the parliament", "the 2040s", "COVID-era",
  weekdays and months.
- Money in the currency written (hundred-eightieth, two-hundred-and-seventh): EUR („von
  41,36 Euro auf 43,06 Euro“ both, „um 76,50 Euro auf 1.937,70 Euro im Monat“, „höchstens
  2.500 Euro brutto“ "at_most" - „brutto“ no hedge, hundred-eightieth -, „rund 2,4
  Milliarden Euro“, „1,9 Milliarden Euro“, „bereits 16,1 Milliarden Euro“ („bereits“ no
  hedge), "about 1.9 billion euros ... and 3.4 billion euros" the hedge on the first only,
  "6.6 billion euros", „rund viereinhalb Milliarden Euro“ 4,500,000,000 "about"
  (hundred-eightieth: „zweieinhalb Entgeltpunkte“ 2.5), „durchschnittlich 3.108 Euro“ (no
  hedge), „571 Euro im Monat“ („derzeit“ no hedge), „mindestens 813 Euro“ "at_least",
  „insgesamt 46 Milliarden Euro“, "47 billion euros a year", "1,512 euros a month", „812
  Millionen Euro“, „556 Millionen Euro“, „bis zu 1.800 Euro im Monat“ "up_to", „rund 890
  Millionen Euro im Jahr“), GBP ("238.40 pounds a week", "roughly 146 billion pounds
  annually" and "about 15 billion pounds more each year" "about", "4.8 billion pounds
  annually", "28.50 pounds ... about 41 pounds", "£38,800 a year, or about £18.60 an hour",
  "about 300 million pounds", "£434 a month" and "£50 an hour" in negatives), CHF („4.312
  Franken“, „allein ... um 640 Millionen Franken“ („allein“ no hedge), „rund 4,1 Milliarden
  Franken pro Jahr“, „von über einer Milliarde Franken“ 1,000,000,000 "over" - „über“ right
  before the figure, hundred-thirty-ninth -, „insgesamt 642 Millionen Franken“, „ein
  Darlehen über 35 Millionen Franken“ with no hedge - „über“ governed by the noun,
  two-hundred-and-seventh), USD ("an average of $1,987 a month" - "an average of" no hedge
  -, "$184,500" in a negative, "about $8.7 billion", "about $700 million", "$85,000 ...
  about $1,900 more a month" - "more" after the figure compares), AUD ("by about A$48,000",
  "a record A$4.3 trillion" - "a record" no hedge -, "about A$4,100 more a year") and KRW
  ("a record 1,280 trillion won" 1,280,000,000,000,000; fiftieth: "4.1 trillion won").
- Percentages as written (every batch): „4,12 Prozent“, „um 4,4 Prozent“, „48 Prozent“ (also
  labelled in the reassurance), „61 Prozent der Befragten“, „um 2,7 Prozent ... 3,2
  Prozent“, „mindestens 3,5 Prozent“ "at_least", „von 2,2 Prozent“, „um 4 bis 5 Prozent“
  both with no hedge (the unit written once; two-hundred-and-twenty-ninth: "by 64 to 72 per
  cent"), „um 5,3 Prozent“, „um 7,8 Prozent, ... nur um 5,1 Prozent“ („nur“ no hedge), „auf
  3,4 Prozent“, „auf 3,9 Prozent“, „um 30 Prozent“, „im Schnitt nur 88 Prozent“, „um 9,4
  Prozent“, „von 5,2 auf 6,1 Prozent“ both, „3 Prozent mehr“ (the comparison after the
  figure no hedge); "4.8%", "about 81%", "59.4% ... 65%", "44%", "by 48%", "12.5 per cent",
  "about 12.9% ..., up from 10.6%", "by an average of 68%" (no hedge), "89%", "a 26% pay
  rise", "94%", "9.1%", "from 9% to 12%", "about 36%". Percentage points are "pp": „um 0,3
  Prozentpunkte“, „um 0,7 Prozentpunkte“, "by 1.2 percentage points above inflation",
  "by 0.5 percentage points a year" (hundred-eightieth, two-hundred-and-seventh).
- Counts (every batch): people, patients, claims and recipients with their hedges („gut 21
  Millionen“ "over", „rund zweieinhalb Millionen“ 2,500,000 "about", „gut 2,3 Millionen“
  "over", „Knapp 3,9 Millionen“ "nearly", „fast 1,3 Millionen“ "nearly", „Rund 5,4
  Millionen ..., etwa 180.000 weniger“ each its own hedge, „5,7 Millionen“, „rund 1.300“,
  „rund 51.000 zusätzliche“ and „rund 127.000“ („zusätzliche“ no hedge), „rund 478.000“,
  „Rund 8.150“, "About 12.6 million", "an estimated 760,000" "about", "About 69 million",
  "by 210,000", "7.21 million", "About 36,900 ... 41,200", "1.6 million extra" ("extra" no
  hedge), "1.4 million", "About 67 million", "Around 640,000", "180,000", "About 410,000",
  "5.2 million more" and "3.8 million more" ("more" after the figure), "about 17,000",
  "about 3.6 million", "1,270", "700,000 additional", "Almost 2.1 million" "nearly", "a
  record 10.4 million", "21.9 million, up 470,000", "About 22.8 million", "61,000");
  contribution years in a compound (hundred-eightieth: „nach 45 Beitragsjahren“ 45) and a
  weekly load in a compound („35 Wochenstunden“ 35; hundred-twenty-third: „48
  Wochenstunden“); a care grade is a count („in Pflegegrad 3“ 3; forty-ninth: „Pflegegrad 4
  oder 5“); tallies („mit 30 zu 12 Stimmen bei 3 Enthaltungen“ all three, "by 301 votes to
  219, with 34 abstentions" all three, "voted 218-211" both - a vote's tally is counted
  while a score carries none, hundred-eightieth and two-hundred-and-forty-first); definite
  groups („an neun der 27 öffentlichen Spitäler“ 9 and 27; two-hundred-and-seventh: „Vier der
  sechs Kassenarten“), ratios („auf eine Million Einwohner 46 Spender, ... nur 12“ three
  counts; hundred-eightieth: „auf 100 Beitragszahler 57“), „38 Massnahmen“, "15 more
  prescription drugs", "11 lawsuits", "10 employees", "Forty-two Labour MPs", „Weitere 112
  Häuser“ („Weitere“ no hedge), „47 Kliniken“, „mindestens 50 Eingriffen pro Jahr“
  "at_least", „mit drei weiteren Ländern“ 3, „740 Lehrlinge“, „271 Spitäler, 2012 waren es
  noch 298“ („noch“ no hedge), „918 Menschen“, „jeden Tag drei Menschen“ 3 („Im Schnitt“ no
  hedge), „bislang 212 Unterstützer“ („bislang“ no hedge), „um 800“.
- Fractions (the issue; hundred-eightieth, two-hundred-and-seventh): „gut vier Fünftel“ 0.8
  "over", „Rund ein Viertel“ 0.25 "about", „jeder vierte befragte Patient“ 0.25, „je zur
  Hälfte“ 0.5 („je“ no hedge), „Jeder dritte Euro“ 0.3333, „jede zweite Stunde“ 0.5 in a
  negative, „gut ein Fünftel“ 0.2 "over", „zwei Drittel“ 0.6667, "nearly two-thirds" 0.6667
  "nearly", "Half of all new claims" 0.5, "half my street" 0.5 in a negative, "Nearly one in
  four" 0.25 "nearly", "less than half" 0.5 "under". „halbiert“ a verb carries none.
- Ordinals: "its fifth consecutive monthly fall" 5 (two-hundred-and-seventh: "the fifth
  monthly fall in a row"), „das erste Quartal“, „im ersten Quartal“ and "in the first
  quarter" 1, „im ersten Jahr“ and "in the first year" 1, „im ersten Jahrgang“ 1, „der 13.
  AHV-Rente“ and „Die 13. Rente“ 13 (hundred-eightieth: „Die 13. AHV-Rente“), "a first-year
  resident doctor" 1 (two-hundred-and-forty-first: "first-time" keeps its ordinal).
  "the highest rate", "the biggest rebellion", "the most expensive promise" none.
- Years and dates: „bis 2031“ and „nach 2031“ in an evasion, „2027“, „2027 auf 3,4 Prozent“, „ab
  2028“, „bis 2028“ in a negative, „ab 2030“, „bis 2030“ (twice), „seit Anfang 2024“, „bis
  2035“, „Ende 2024“, „2012 waren es“; "in 2029", "in 2034", "through January 2028" and "in
  January 2028" the year only, "of the 2023 reform", "The 2023 reform" and "Under a 2019
  agreement" the year (hundred-eightieth: "the 2023 pension reform"), "in 2028", "since
  2023", "by 2030" (twice), "since 2019", "by 2034", "in 2018", "in 2031", "2008 levels",
  "until 2050", "by 2035", "in 2064"; full and partial dates: „zum 1. Juli“ --07-01, „zum 1.
  Januar 2027“ 2027-01-01, "before June 30" --06-30, "from July 1 next year" --07-01,
  "starting Jan. 1" --01-01, "starting May 27" --05-27, "on Nov. 1" --11-01 in a negative;
  Reuters datelines with a day ("LONDON, May 4", "PARIS, May 5", "WASHINGTON, May 5", "THE
  HAGUE, May 6", "MADRID, May 7", "SEOUL, May 7") dates without a year
  (two-hundred-and-twenty-ninth); dpa ("Berlin (dpa) -", "Nürnberg (dpa) -",
  "Frankfurt/Main (dpa) -"), APA, Keystone-SDA, AP ("WASHINGTON (AP) —", "FRANKFORT, Ky.
  (AP) —"), PA ("LONDON (PA) -") and AAP ("CANBERRA (AAP) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "roughly", "an estimated" "about"; „Knapp“, „fast“, "nearly", "Nearly",
  "Almost" "nearly"; „gut“, „mehr als“, „über“ (right before the figure or an age), "longer
  than" "over"; "less than" "under"; „mindestens“, "at least", "or over" after an age
  "at_least"; „bis zu“ "up_to"; „höchstens“ "at_most". No hedge: „nur“, „allein“,
  „bereits“, „derzeit“, „insgesamt“, „zusätzliche“, „Weitere“, „weiteren“, „noch“,
  „bislang“, „sogar“, „brutto“, „je“, „im Schnitt“, „Im Schnitt“, „durchschnittlich“, "on
  average", "an average of", "by an average of", "a record", "extra", "additional", "more"
  and "less" after a figure, "within", "over" before a span or "the", "to" between two
  figures, "by" before a difference, „über“ governed by „Darlehen“.
- Speakers, checked only in forms the earlier batches settled: „teilte die Deutsche
  Rentenversicherung am Montag mit“, „teilte das Bundesamt für Gesundheit (BAG) am Montag
  mit“, „teilte die Bundesagentur für Arbeit mit“ and „teilte die Deutsche Stiftung
  Organtransplantation (DSO) am Donnerstag mit“ the source with its article in the
  nominative, the abbreviation in brackets and the weekday dropped (hundred-eightieth,
  two-hundred-and-forty-fourth); „nach Angaben des GKV-Spitzenverbands“ -> "der
  GKV-Spitzenverband" (two-hundred-and-seventh) and „nach Angaben des Bundesamts für
  Sozialversicherungen (BSV)“ -> "das Bundesamt für Sozialversicherungen"; „Laut Statistik
  Austria“ -> "Statistik Austria" (hundred-eightieth); „sagte Sozialministerin Ulrike
  Prammer-Hofer (SPÖ)“, „sagte DKG-Vorstandschef Roland Pietzsch“, „sagte
  FDP-Gesundheitspolitiker Jens Rabeneick“ and «..., sagte H+-Präsidentin Regine
  Bachmann-Iten» the name with the office and the party dropped (two-hundred-and-seventh);
  „Feldkötter sagte, ...“, „Ruflin sagte, ...“, „Halbritter sagte, ...“, „Oltersdorf sagte,
  ...“, „Hollaus sagte, ...“, „Zgraggen sagte, ...“, „Ingwersen sagte, ...“, „Stemmermann
  sagte, ...“, „Wachsmuth sagte, ...“, „Kaltenegger sagte, ...“ and „Bredemeier sagte, ...“
  opening the row (forty-second, two-hundred-and-twenty-ninth). English: "The Department
  for Work and Pensions said on Monday that ..." after the dateline -> "the Department for
  Work and Pensions" and "The Conseil d'orientation des retraites said ..." -> "the Conseil
  d'orientation des retraites" (the article lowered and the weekday dropped,
  hundred-eightieth, two-hundred-and-twenty-ninth); "according to the Office for Budget
  Responsibility" with its article (hundred-eightieth); "NHS England said" as written
  (two-hundred-and-seventh); "Health Secretary Jonathan Aldercott said", "Labour Minister
  Élodie Carrassus said", "Treasurer Gavin Dunleavy said", "Care Minister Imogen Radcliffe
  said", "Conservative work and pensions spokesman Gordon Pask said" the name with the role
  dropped, "Work and Pensions Secretary Fiona Strachan told MPs that" with the audience
  dropped and "Health Secretary Douglas Fairbrook told reporters that" (hundred-eightieth,
  two-hundred-and-fourth); "Health Secretary Aldercott said" -> "Aldercott" (the title
  before a surname dropped as before a full name); "Coldwell said", "Ostrowski said",
  "Hartsell said", "Riordan said", "Barrenechea said", "Abernathy-Cole said", "Eardley said"
  and "Choi said" opening the row (two-hundred-and-seventh, two-hundred-and-forty-first).
  Left unchecked (None): rows without attribution and all negatives, also those with a
  named speaker, "told lawmakers", "told the BBC" or "told a radio phone-in"; „kündigte ...
  an“ and „hat ... angekündigt“ (hundred-eightieth), „rechnete das Ministerium vor“, „rechnet“,
  „erwartet“, „nach einer Schätzung des Krankenversichererverbands Santésuisse“, „nach
  Zahlen des Statistischen Bundesamts“, „Nach Zahlen der Statistik Austria“, „wie aus Daten
  des Verbands der Ersatzkassen hervorgeht“, „wie aus einer ... Studie ... hervorgeht“,
  „hieß es aus dem Gesundheitsministerium“, „hieß es aus dem Sozialministerium“, „gemäss
  BAG“ and „Gemäss dem Spitalverband H+“ (two-hundred-and-seventh), „nach Angaben der
  Deutschen Krankenhausgesellschaft“ (a capitalised adjective heading the name in the
  genitive, two-hundred-and-seventh), „fordert“, „verlangt“, „wies ... zurück“; estimating
  verbs and documents ("has estimated", "According to estimates by the Institute for Fiscal
  Studies", "The Treasury expects", "the program's trustees said", "according to the annual
  report", "according to figures from the Australian Prudential Regulation Authority",
  "figures from the Centers for Medicare & Medicaid Services show", "according to the
  government's own impact assessment", "according to state estimates", "according to an
  analysis by the British Dental Association", "according to an analysis by KFF", "the
  survey found", "NHS figures showed", "according to a statement from the fund"), bodies'
  "said" without a settled form ("the department said", "the ministry said", "The
  department said", "The council said", "PhRMA said", "The CFDT union said", "The FNV said",
  "The BDA said", "the union said", "The BMA said", "state officials said", "the government
  announced", "the Department of Health and Human Services announced"), "according to the
  fiscal watchdog AIReF" (a description before the name) and "according to the health and
  welfare ministry" (two-hundred-and-twenty-ninth: a ministry without a settled form).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_245 = [
    # --- Rentenerhöhung zum 1. Juli (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Für die gut 21 Millionen Rentenbeziehenden in Deutschland gibt es zum 1. Juli ein Plus von 4,12 Prozent.",
        True,
        [("count", 21000000, None, "over"), ("date", "--07-01", None, None), ("percent", 4.12, "%", None)],
        None,
    ),
    (
        "de",
        "Der Rentenwert steigt damit von 41,36 Euro auf 43,06 Euro, teilte die Deutsche Rentenversicherung am Montag mit.",
        True,
        [("money", 41.36, "EUR", None), ("money", 43.06, "EUR", None)],
        "die Deutsche Rentenversicherung",
    ),
    (
        "de",
        "Grundlage der Anpassung ist die Lohnentwicklung, die Bruttolöhne waren im Vorjahr um 4,4 Prozent gestiegen.",
        True,
        [("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Standardrente nach 45 Beitragsjahren erhöht sich damit um 76,50 Euro auf 1.937,70 Euro im Monat.",
        True,
        [("count", 45, None, None), ("money", 76.5, "EUR", None), ("money", 1937.7, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Rente ist kein Gnadenbrot, sondern der verdiente Lohn für ein ganzes Arbeitsleben“, sagte Bundesarbeitsministerin Dagmar Feldkötter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Feldkötter sagte, die Haltelinie von 48 Prozent werde mit dem Rentenpaket bis 2031 gesetzlich festgeschrieben.",
        True,
        [("percent", 48, "%", None), ("year", 2031, None, None)],
        "Feldkötter",
    ),
    (
        "de",
        "„Das Rentenniveau von 48 Prozent steht, darauf können sich alle Generationen verlassen“, versicherte die SPD-Politikerin.",
        False,
        [("percent", 48, "%", None)],
        None,
    ),
    (
        "de",
        "Ob das Niveau auch nach 2031 gehalten werden kann, ließ Feldkötter offen.",
        False,
        [("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "In einer Forsa-Umfrage sagten 61 Prozent der Befragten, sie hielten ihre eigene Rente im Alter nicht für sicher.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Der Sozialverband VdK nannte die Erhöhung „ein Plus auf dem Papier, das die Mieten längst aufgefressen haben“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Arbeitgeberpräsident Ludger Wöhlbrand warnte vor einer „Lawine an Beitragserhöhungen“ für die junge Generation.",
        False,
        [],
        None,
    ),
    # --- UK state pension (Reuters), Monday ---
    (
        "en",
        "LONDON, May 4 (Reuters) - The Department for Work and Pensions said on Monday that Britain's full new state pension had gone up 4.8% last month to 238.40 pounds a week, in line with the triple lock.",
        True,
        [("date", "--05-04", None, None), ("percent", 4.8, "%", None), ("money", 238.4, "GBP", None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "About 12.6 million people draw the state pension, which costs roughly 146 billion pounds annually, according to the Office for Budget Responsibility.",
        True,
        [("count", 12600000, None, "about"), ("money", 146000000000, "GBP", "about")],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        '"The triple lock is a promise to every pensioner in this country, and we will keep it," Pensions Minister Harriet Coldwell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Coldwell said the government would keep the triple lock until the end of the parliament in 2029 and publish its review of the state pension age by the end of March.",
        True,
        [("year", 2029, None, None)],
        "Coldwell",
    ),
    (
        "en",
        "The Department for Work and Pensions urged an estimated 760,000 pensioners who are entitled to Pension Credit but do not claim it to apply before June 30.",
        True,
        [("count", 760000, None, "about"), ("date", "--06-30", None, None)],
        None,
    ),
    ("en", "Age UK urged older people to check whether they were missing out on help they were owed.", False, [], None),
    (
        "en",
        "Some economists argue the guarantee has become the most expensive promise in British politics.",
        False,
        [],
        None,
    ),
    (
        "en",
        "According to estimates by the Institute for Fiscal Studies, the triple lock now costs about 15 billion pounds more each year than an earnings link alone would.",
        True,
        [("money", 15000000000, "GBP", "about")],
        None,
    ),
    ("en", "The Treasury rejected calls from the think tank to means-test the state pension.", True, [], None),
    (
        "en",
        'The pensioners\' campaign group Third Age Alliance called the rise "a lifeline, not a luxury."',
        False,
        [],
        None,
    ),
    # --- Pensionen 2027 (APA), Montag ---
    (
        "de",
        "Wien (APA) - Die Pensionen in Österreich sollen 2027 um 2,7 Prozent steigen, für Pensionen von höchstens 2.500 Euro brutto ist ein Plus von 3,2 Prozent vorgesehen.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 2.7, "%", None),
            ("money", 2500, "EUR", "at_most"),
            ("percent", 3.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das kostet den Bund nächstes Jahr rund 2,4 Milliarden Euro, sagte Sozialministerin Ulrike Prammer-Hofer (SPÖ).",
        True,
        [("money", 2400000000, "EUR", "about")],
        "Ulrike Prammer-Hofer",
    ),
    (
        "de",
        "„Wir lassen die Pensionistinnen und Pensionisten nicht im Regen stehen“, sagte Prammer-Hofer.",
        False,
        [],
        None,
    ),
    ("de", "Der Pensionistenverband sprach von einer „Abgeltung, die den Namen nicht verdient“.", False, [], None),
    (
        "de",
        "Der Pensionistenverband hatte für alle Pensionen ein Plus von mindestens 3,5 Prozent verlangt.",
        True,
        [("percent", 3.5, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria beziehen rund zweieinhalb Millionen Menschen in Österreich eine Pension.",
        True,
        [("count", 2500000, None, "about")],
        "Statistik Austria",
    ),
    ("de", "Die Neos halten eine Erhöhung über der Teuerung für „budgetär unverantwortlich“.", False, [], None),
    (
        "de",
        "Der Fiskalrat hatte empfohlen, die Pensionen nur im Ausmaß der Inflationsrate von 2,2 Prozent anzuheben.",
        True,
        [("percent", 2.2, "%", None)],
        None,
    ),
    # --- Social Security trustees (AP), Monday ---
    (
        "en",
        "WASHINGTON (AP) — The trust fund that pays Social Security retirement benefits will be exhausted in 2034, one year later than projected a year ago, the program's trustees said Monday.",
        True,
        [("year", 2034, None, None), ("duration", 1, "year", None)],
        None,
    ),
    (
        "en",
        "At that point it would be able to pay about 81% of scheduled benefits, according to the annual report.",
        True,
        [("percent", 81, "%", "about")],
        None,
    ),
    (
        "en",
        "About 69 million Americans receive Social Security benefits, and retired workers get an average of $1,987 a month.",
        True,
        [("count", 69000000, None, "about"), ("money", 1987, "USD", None)],
        None,
    ),
    (
        "en",
        '"Social Security will be there for every generation, period," Social Security Commissioner Franklin Ostrowski said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ostrowski said the agency had cut the backlog of pending disability claims by 210,000 since January.",
        True,
        [("count", 210000, None, None)],
        "Ostrowski",
    ),
    (
        "en",
        'Republican Senator Wade Lindholm called the report "another alarm bell Washington keeps hitting snooze on."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether lawmakers will lift the payroll tax cap of $184,500 remains an open question.",
        False,
        [("money", 184500, "USD", None)],
        None,
    ),
    # --- Krankenkassenprämien (Keystone-SDA), Montag ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz dürften die Krankenkassenprämien im kommenden Jahr nach einer Schätzung des Krankenversichererverbands Santésuisse im Schnitt um 4 bis 5 Prozent steigen.",
        True,
        [("percent", 4, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gesundheitskosten pro versicherte Person stiegen im Vorjahr um 5,3 Prozent auf 4.312 Franken, teilte das Bundesamt für Gesundheit (BAG) am Montag mit.",
        True,
        [("percent", 5.3, "%", None), ("money", 4312, "CHF", None)],
        "das Bundesamt für Gesundheit",
    ),
    ("de", "«Das System frisst sich selbst auf», sagte Santésuisse-Direktor Beat Ruflin.", False, [], None),
    (
        "de",
        "Ruflin sagte, allein die Kosten für Medikamente seien im Vorjahr um 640 Millionen Franken gestiegen.",
        True,
        [("money", 640000000, "CHF", None)],
        "Ruflin",
    ),
    (
        "de",
        "Bundesrätin Cornelia Imfeld hat für den Herbst ein Sparpaket mit 38 Massnahmen angekündigt.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "«Wer nur auf die Prämien schaut, hat das Gesundheitswesen nicht verstanden», sagte Imfeld.",
        False,
        [],
        None,
    ),
    ("de", "Die SP bezeichnete die Prämienlast als «unsozial und für den Mittelstand untragbar».", False, [], None),
    (
        "de",
        "Rund ein Viertel der Versicherten, gemäss BAG gut 2,3 Millionen Personen, erhält eine Prämienverbilligung.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 2300000, None, "over")],
        None,
    ),
    # --- NHS waiting list (PA), Monday ---
    (
        "en",
        "LONDON (PA) - England's NHS waiting list dropped to 7.21 million in March, its fifth consecutive monthly fall, according to figures published on Monday.",
        True,
        [("count", 7210000, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "About 36,900 people had waited longer than 52 weeks for treatment, compared with 41,200 a month earlier.",
        True,
        [("count", 36900, None, "about"), ("duration", 52, "week", "over"), ("count", 41200, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Jonathan Aldercott said 59.4% of patients were now being treated within 18 weeks, against a target of 65% by next March.",
        True,
        [("percent", 59.4, "%", None), ("duration", 18, "week", None), ("percent", 65, "%", None)],
        "Jonathan Aldercott",
    ),
    ("en", '"The NHS has turned the corner, and these figures are the proof," Aldercott said.', False, [], None),
    (
        "en",
        'The Royal College of Surgeons called the improvement "painfully slow for the people stuck in pain."',
        False,
        [],
        None,
    ),
    (
        "en",
        "NHS England said hospitals had delivered 1.6 million extra appointments since July under the elective recovery plan.",
        True,
        [("count", 1600000, None, None)],
        "NHS England",
    ),
    ("en", "Patient groups fear the gains will evaporate once winter pressures return.", False, [], None),
    (
        "en",
        '"I\'ve been waiting 14 months for a new hip and nobody can give me a date," said Margaret Ellery, 73, from Stockport.',
        False,
        [("duration", 14, "month", None), ("duration", 73, "year", None)],
        None,
    ),
    # --- Kassendefizit (dpa), Montag ---
    (
        "de",
        "Berlin (dpa) - Die gesetzlichen Krankenkassen haben das erste Quartal mit einem Defizit von 1,9 Milliarden Euro abgeschlossen.",
        True,
        [("ordinal", 1, None, None), ("money", 1900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben stiegen nach Angaben des GKV-Spitzenverbands um 7,8 Prozent, die Einnahmen nur um 5,1 Prozent.",
        True,
        [("percent", 7.8, "%", None), ("percent", 5.1, "%", None)],
        "der GKV-Spitzenverband",
    ),
    (
        "de",
        "„Wir steuern sehenden Auges auf die nächste Beitragsexplosion zu“, sagte Verbandschefin Sabine Halbritter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Halbritter sagte, ohne Gegenmaßnahmen müsse der durchschnittliche Zusatzbeitrag 2027 auf 3,4 Prozent steigen.",
        True,
        [("year", 2027, None, None), ("percent", 3.4, "%", None)],
        "Halbritter",
    ),
    (
        "de",
        "Bundesgesundheitsminister Bernhard Oltersdorf wies Forderungen nach einem höheren Bundeszuschuss zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Kassen haben kein Einnahmeproblem, sie haben ein Ausgabenproblem“, sagte Oltersdorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oltersdorf sagte, der Bund überweise den Kassen in diesem Jahr bereits 16,1 Milliarden Euro.",
        True,
        [("money", 16100000000, "EUR", None)],
        "Oltersdorf",
    ),
    (
        "de",
        "Die Grünen warfen dem Minister vor, „die Versicherten mit der Rechnung allein zu lassen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Koalition noch vor der Sommerpause ein Sparpaket vorlegt, gilt in Berlin als offen.",
        False,
        [],
        None,
    ),
    # --- France's pension freeze (Reuters), Tuesday ---
    (
        "en",
        "PARIS, May 5 (Reuters) - France's legal retirement age will be held at 62 years and nine months through January 2028 after parliament voted on Tuesday to extend the freeze of the 2023 reform.",
        True,
        [
            ("date", "--05-05", None, None),
            ("duration", 62, "year", None),
            ("duration", 9, "month", None),
            ("year", 2028, None, None),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "The National Assembly approved the measure by 301 votes to 219, with 34 abstentions.",
        True,
        [("count", 301, None, None), ("count", 219, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "Labour Minister Élodie Carrassus said the freeze would cost about 1.9 billion euros next year and 3.4 billion euros in 2028.",
        True,
        [("money", 1900000000, "EUR", "about"), ("money", 3400000000, "EUR", None), ("year", 2028, None, None)],
        "Élodie Carrassus",
    ),
    ("en", '"This is a breathing space for the country, not a surrender," Carrassus told lawmakers.', False, [], None),
    (
        "en",
        "The Medef employers' federation called the vote \"a blank cheque written on our children's account.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Conseil d'orientation des retraites said the pension system would run a deficit of 6.6 billion euros this year.",
        True,
        [("money", 6600000000, "EUR", None)],
        "the Conseil d'orientation des retraites",
    ),
    ("en", "Unions said they would keep fighting until the reform was scrapped altogether.", False, [], None),
    (
        "en",
        "The CFDT union said 1.4 million people had signed its petition to bring the retirement age back to 62.",
        True,
        [("count", 1400000, None, None), ("duration", 62, "year", None)],
        None,
    ),
    ("en", "Analysts said they expected pensions to dominate the next presidential campaign.", False, [], None),
    # --- Pflegebeitrag (dpa), Dienstag ---
    (
        "de",
        "Berlin (dpa) - Zum 1. Januar 2027 soll der Beitragssatz zur Pflegeversicherung um 0,3 Prozentpunkte auf 3,9 Prozent klettern.",
        True,
        [("date", "2027-01-01", None, None), ("percent", 0.3, "pp", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das sieht ein Referentenentwurf des Bundesgesundheitsministeriums vor, der der Deutschen Presse-Agentur vorliegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Pflegebedürftigen ist nach Zahlen des Statistischen Bundesamts auf 5,7 Millionen gestiegen, gut vier Fünftel von ihnen werden zu Hause versorgt.",
        True,
        [("count", 5700000, None, None), ("fraction", 0.8, None, "over")],
        None,
    ),
    ("de", "„Die Pflege ist der Notfallpatient unseres Sozialstaats“, sagte Oltersdorf.", False, [], None),
    (
        "de",
        "Ohne die Anhebung fehlten der Pflegekasse im kommenden Jahr rund viereinhalb Milliarden Euro, rechnete das Ministerium vor.",
        True,
        [("money", 4500000000, "EUR", "about")],
        None,
    ),
    ("de", "Der Sozialverband Deutschland sprach von einer „Pflegesteuer durch die Hintertür“.", False, [], None),
    (
        "de",
        "Wer in Pflegegrad 3 im Heim lebt, zahlt im ersten Jahr durchschnittlich 3.108 Euro Eigenanteil im Monat, wie aus Daten des Verbands der Ersatzkassen hervorgeht.",
        True,
        [("count", 3, None, None), ("ordinal", 1, None, None), ("money", 3108, "EUR", None)],
        None,
    ),
    (
        "de",
        "Viele Heimbewohner fürchten, dass ihr Erspartes schon nach wenigen Jahren aufgebraucht ist.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Meine Mutter hat 42 Jahre gearbeitet, und jetzt reicht ihre Rente nicht einmal für das Heim“, sagte eine Frau aus Hannover.",
        False,
        [("duration", 42, "year", None)],
        None,
    ),
    # --- Australia's super guarantee (AAP), Tuesday ---
    (
        "en",
        "CANBERRA (AAP) - Australia's compulsory superannuation contribution will rise to 12.5 per cent of wages from July 1 next year, the government announced on Tuesday.",
        True,
        [("percent", 12.5, "%", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Treasurer Gavin Dunleavy said the increase would lift the retirement savings of a 30-year-old on average earnings by about A$48,000.",
        True,
        [("duration", 30, "year", None), ("money", 48000, "AUD", "about")],
        "Gavin Dunleavy",
    ),
    ("en", '"Every Australian deserves to retire with dignity, not with anxiety," Dunleavy said.', False, [], None),
    (
        "en",
        "Superannuation savings reached a record A$4.3 trillion by the end of March, according to figures from the Australian Prudential Regulation Authority.",
        True,
        [("money", 4300000000000, "AUD", None)],
        None,
    ),
    (
        "en",
        'The Council of Small Business Organisations called the rise "another tax on jobs dressed up as a gift."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The council said a business with 10 employees on average wages would pay about A$4,100 more a year.",
        True,
        [("count", 10, None, None), ("money", 4100, "AUD", "about")],
        None,
    ),
    (
        "en",
        'Opposition finance spokeswoman Rachel Tulloch said Labor had "no plan for the cost of living, only a plan for fund managers."',
        False,
        [],
        None,
    ),
    # --- OP-Wartezeiten (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Patientinnen und Patienten warten in Österreich auf eine Hüftoperation im Schnitt 14 Wochen, in Kärnten sogar 31 Wochen.",
        True,
        [("duration", 14, "week", None), ("duration", 31, "week", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Erhebung der Patientenanwaltschaft hervor, die am Dienstag vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für eine Knieoperation lag die Wartezeit an neun der 27 öffentlichen Spitäler bei mehr als 20 Wochen.",
        True,
        [("count", 9, None, None), ("count", 27, None, None), ("duration", 20, "week", "over")],
        None,
    ),
    (
        "de",
        "„Wir haben längst eine Medizin für Reiche und eine für alle anderen, auch wenn das niemand laut sagen will“, sagte Patientenanwalt Gernot Hollaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollaus sagte, jeder vierte befragte Patient habe angegeben, für einen früheren Termin privat bezahlt zu haben.",
        True,
        [("fraction", 0.25, None, None)],
        "Hollaus",
    ),
    ("de", "Die Ärztekammer nannte die Erhebung „methodisch fragwürdig und politisch motiviert“.", False, [], None),
    (
        "de",
        "In den Spitälern fehlen derzeit rund 1.300 Ärztinnen und Ärzte, hieß es aus dem Gesundheitsministerium.",
        True,
        [("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Landesgesundheitsreferenten bezweifeln, dass die Wartezeiten bis 2028 wie angekündigt halbiert werden können.",
        False,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Medicare drug prices (Reuters), Tuesday ---
    (
        "en",
        "WASHINGTON, May 5 (Reuters) - The U.S. government has agreed lower Medicare prices for 15 more prescription drugs that will take effect in January 2028, the Department of Health and Human Services announced on Tuesday.",
        True,
        [("date", "--05-05", None, None), ("count", 15, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Had the negotiated prices applied last year, Medicare would have saved about $8.7 billion, or 44%, the department said.",
        True,
        [("money", 8700000000, "USD", "about"), ("percent", 44, "%", None)],
        None,
    ),
    (
        "en",
        "Health Secretary Douglas Fairbrook told reporters that seniors would save about $700 million in out-of-pocket costs in the first year.",
        True,
        [("money", 700000000, "USD", "about"), ("ordinal", 1, None, None)],
        "Douglas Fairbrook",
    ),
    ("en", '"For too long, Big Pharma has treated American seniors like an ATM," Fairbrook said.', False, [], None),
    ("en", 'The industry group PhRMA called the program "price controls that will mean fewer cures."', False, [], None),
    (
        "en",
        "PhRMA said its members had filed 11 lawsuits against the negotiation program since 2023.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Federal appeals courts have so far ruled against the industry in each case they have decided.",
        True,
        [],
        None,
    ),
    ("en", "Some analysts said they doubted the savings would be as large as the government claims.", False, [], None),
    (
        "en",
        "Medicare covers about 67 million people, figures from the Centers for Medicare & Medicaid Services show.",
        True,
        [("count", 67000000, None, "about")],
        None,
    ),
    # --- 13. AHV-Rente (Keystone-SDA), Dienstag ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat hat die Finanzierung der 13. AHV-Rente nach einer fünfstündigen Debatte mit 30 zu 12 Stimmen bei 3 Enthaltungen gutgeheissen.",
        True,
        [
            ("ordinal", 13, None, None),
            ("duration", 5, "hour", None),
            ("count", 30, None, None),
            ("count", 12, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Mehrwertsteuer soll dafür ab 2028 um 0,7 Prozentpunkte steigen.",
        True,
        [("year", 2028, None, None), ("percent", 0.7, "pp", None)],
        None,
    ),
    (
        "de",
        "Die 13. Rente kostet nach Angaben des Bundesamts für Sozialversicherungen (BSV) rund 4,1 Milliarden Franken pro Jahr.",
        True,
        [("ordinal", 13, None, None), ("money", 4100000000, "CHF", "about")],
        "das Bundesamt für Sozialversicherungen",
    ),
    (
        "de",
        "«Die AHV ist das Herzstück unseres Sozialstaats, und das Volk hat klar gesprochen», sagte SP-Ständerätin Marianne Zgraggen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FDP sprach von einem «Griff in die Portemonnaies der Konsumentinnen und Konsumenten».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zgraggen sagte, die AHV schreibe ohne Zusatzfinanzierung ab 2030 jedes Jahr ein Defizit von über einer Milliarde Franken.",
        True,
        [("year", 2030, None, None), ("money", 1000000000, "CHF", "over")],
        "Zgraggen",
    ),
    (
        "de",
        "Ob die Vorlage in der Schlussabstimmung auch im Nationalrat eine Mehrheit findet, ist offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gewerbeverband drohte mit dem Referendum, falls auch die Lohnbeiträge angehoben würden.",
        False,
        [],
        None,
    ),
    # --- Disability benefit cuts (PA), Tuesday ---
    (
        "en",
        "LONDON (PA) - Around 640,000 disabled people will lose their Personal Independence Payment by 2030 under government plans to tighten eligibility, according to the government's own impact assessment.",
        True,
        [("count", 640000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The Treasury expects the changes to save 4.8 billion pounds annually by 2030.",
        True,
        [("money", 4800000000, "GBP", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Work and Pensions Secretary Fiona Strachan told MPs that spending on health and disability benefits had risen by 48% since 2019.",
        True,
        [("percent", 48, "%", None), ("year", 2019, None, None)],
        "Fiona Strachan",
    ),
    ("en", '"We will not apologise for helping people who can work back into work," Strachan said.', False, [], None),
    ("en", 'Disability charity Scope called the plans "cruel, chaotic and counterproductive."', False, [], None),
    (
        "en",
        '"Half of all new claims are now for anxiety and depression," Conservative work and pensions spokesman Gordon Pask said.',
        True,
        [("fraction", 0.5, None, None)],
        "Gordon Pask",
    ),
    (
        "en",
        '"It feels like half my street is signed off sick these days," one caller told a radio phone-in.',
        False,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Forty-two Labour MPs have signed an amendment that would block the cuts.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "en",
        "Backbenchers warned the government it could face the biggest rebellion of the parliament.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The department said 180,000 people now receiving PIP would be offered a specialist employment adviser within six months.",
        True,
        [("count", 180000, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        '"My daughter has been told she\'ll lose £434 a month, and nobody has even met her," one mother told the BBC.',
        False,
        [("money", 434, "GBP", None)],
        None,
    ),
    # --- Bürgergeld (dpa), Mittwoch ---
    (
        "de",
        "Nürnberg (dpa) - Rund 5,4 Millionen Menschen in Deutschland haben im April Bürgergeld bezogen, etwa 180.000 weniger als ein Jahr zuvor.",
        True,
        [("count", 5400000, None, "about"), ("count", 180000, None, "about")],
        None,
    ),
    (
        "de",
        "Knapp 3,9 Millionen von ihnen galten als erwerbsfähig, teilte die Bundesagentur für Arbeit mit.",
        True,
        [("count", 3900000, None, "nearly")],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Leistungen sollen ab Juli bei wiederholt versäumten Terminen um 30 Prozent gekürzt werden, kündigte Feldkötter an.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer arbeiten kann und es nicht will, darf nicht auf die Solidarität der Fleißigen zählen“, sagte CDU-Generalsekretär Malte Ingwersen.",
        False,
        [],
        None,
    ),
    ("de", "Ingwersen sagte, die Union wolle den Regelsatz im kommenden Jahr nicht erhöhen.", True, [], "Ingwersen"),
    (
        "de",
        "Der Regelsatz für Alleinstehende liegt derzeit bei 571 Euro im Monat.",
        True,
        [("money", 571, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Paritätische Gesamtverband nannte die geplanten Kürzungen „Sozialpolitik mit dem Rohrstock“.",
        False,
        [],
        None,
    ),
    ("de", "„Hier wird Armut bestraft und nicht bekämpft“, sagte Verbandschef Ulrich Stemmermann.", False, [], None),
    (
        "de",
        "Stemmermann sagte, nach Berechnungen des Verbands müsste der Regelsatz bei mindestens 813 Euro liegen, um das Existenzminimum zu sichern.",
        True,
        [("money", 813, "EUR", "at_least")],
        "Stemmermann",
    ),
    ("de", "Ökonomen gehen davon aus, dass die Kürzungen kaum Geld sparen werden.", False, [], None),
    # --- Medicaid work rule (AP), Wednesday ---
    (
        "en",
        "FRANKFORT, Ky. (AP) — Kentucky will require most adult Medicaid enrollees to work, study or volunteer at least 80 hours a month starting Jan. 1, state officials said Wednesday.",
        True,
        [("duration", 80, "hour", "at_least"), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "About 410,000 people in the state are expected to fall under the rule, according to state estimates.",
        True,
        [("count", 410000, None, "about")],
        None,
    ),
    (
        "en",
        "The Congressional Budget Office has estimated that similar rules nationwide would leave 5.2 million more people uninsured by 2034.",
        True,
        [("count", 5200000, None, None), ("year", 2034, None, None)],
        None,
    ),
    ("en", '"Work is not a punishment, it is the path to dignity," Gov. Clay Hartsell said.', False, [], None),
    (
        "en",
        "Hartsell said nearly two-thirds of the state's working-age Medicaid enrollees already had a job.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Hartsell",
    ),
    ("en", 'Health advocates called the rule "red tape designed to push people off coverage."', False, [], None),
    ("en", "Hospital executives in rural counties fear a wave of unpaid bills.", False, [], None),
    (
        "en",
        "In Arkansas, which tried a similar rule in 2018, about 17,000 people lost coverage within five months before a federal judge halted it.",
        True,
        [("year", 2018, None, None), ("count", 17000, None, "about"), ("duration", 5, "month", None)],
        None,
    ),
    ("en", "It is unclear how the state will verify the hours of people doing irregular gig work.", False, [], None),
    # --- Klinikreform (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - In Deutschland haben seit Anfang 2024 nach Angaben der Deutschen Krankenhausgesellschaft 47 Kliniken ganz oder teilweise geschlossen.",
        True,
        [("year", 2024, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Weitere 112 Häuser hätten Insolvenz angemeldet oder stünden kurz davor, sagte DKG-Vorstandschef Roland Pietzsch.",
        True,
        [("count", 112, None, None)],
        "Roland Pietzsch",
    ),
    (
        "de",
        "„Wir erleben ein kaltes Kliniksterben, das niemand gesteuert hat und niemand verantworten will“, sagte Pietzsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aus dem Transformationsfonds sollen bis 2035 insgesamt 46 Milliarden Euro in den Umbau der Kliniklandschaft fließen, je zur Hälfte von Bund und Ländern.",
        True,
        [("year", 2035, None, None), ("money", 46000000000, "EUR", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht vor, dass künftig nur Kliniken mit mindestens 50 Eingriffen pro Jahr Brustkrebsoperationen abrechnen dürfen.",
        True,
        [("count", 50, None, "at_least")],
        None,
    ),
    ("de", "„Qualität rettet Leben, Nähe allein rettet keines“, sagte Oltersdorf.", False, [], None),
    (
        "de",
        "„Jeder dritte Euro in unseren Kliniken fließt in Bürokratie statt in die Versorgung“, sagte FDP-Gesundheitspolitiker Jens Rabeneick.",
        True,
        [("fraction", 0.3333, None, None)],
        "Jens Rabeneick",
    ),
    (
        "de",
        "„Gefühlt geht bei mir jede zweite Stunde für die Dokumentation drauf“, sagte eine Stationsleiterin aus Dortmund.",
        False,
        [("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Bayerns Gesundheitsministerin bezeichnete die Pläne als „Kahlschlag auf dem Land“.", False, [], None),
    (
        "de",
        "Bayern hat gemeinsam mit drei weiteren Ländern eine Klage beim Bundesverfassungsgericht angekündigt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Die Kassen halten viele kleine Häuser für „medizinisch nicht mehr verantwortbar“.", False, [], None),
    # --- Dutch pension age (Reuters), Wednesday ---
    (
        "en",
        "THE HAGUE, May 6 (Reuters) - The Dutch state pension age will rise to 67 years and three months in 2031, the government said on Wednesday, after new figures showed life expectancy at 65 had risen by four months.",
        True,
        [
            ("date", "--05-06", None, None),
            ("duration", 67, "year", None),
            ("duration", 3, "month", None),
            ("year", 2031, None, None),
            ("duration", 65, "year", None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "en",
        '"Living longer is good news, and a fair system has to reflect that," Social Affairs Minister Pieter van Dalsum said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The AOW state pension is paid to about 3.6 million people and costs 47 billion euros a year, the ministry said.",
        True,
        [("count", 3600000, None, "about"), ("money", 47000000000, "EUR", None)],
        None,
    ),
    ("en", 'The FNV union called the rise "a punishment for people with hard jobs."', False, [], None),
    (
        "en",
        "The FNV said people in physically demanding jobs lived on average 4.7 years less in good health than those with a university degree.",
        True,
        [("duration", 4.7, "year", None)],
        None,
    ),
    ("en", 'Employers\' group VNO-NCW welcomed the decision as "responsible and predictable."', False, [], None),
    (
        "en",
        "Under a 2019 agreement, the pension age rises by nine months for each additional year of life expectancy.",
        True,
        [("year", 2019, None, None), ("duration", 9, "month", None)],
        None,
    ),
    # --- Pflegekräfte (APA), Mittwoch ---
    (
        "de",
        "Wien (APA) - In Österreich werden bis 2030 rund 51.000 zusätzliche Pflegekräfte benötigt, wie aus einer am Mittwoch veröffentlichten Studie der Gesundheit Österreich GmbH hervorgeht.",
        True,
        [("year", 2030, None, None), ("count", 51000, None, "about")],
        None,
    ),
    (
        "de",
        "Derzeit arbeiten rund 127.000 Menschen in der Pflege, gut ein Fünftel von ihnen tritt in den kommenden zehn Jahren den Ruhestand an.",
        True,
        [("count", 127000, None, "about"), ("fraction", 0.2, None, "over"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die Pflegelehre hat im ersten Jahrgang 740 Lehrlinge angezogen, hieß es aus dem Sozialministerium.",
        True,
        [("ordinal", 1, None, None), ("count", 740, None, None)],
        None,
    ),
    (
        "de",
        "„Die Pflege braucht nicht Applaus vom Balkon, sondern Respekt auf dem Lohnzettel“, sagte Gewerkschafterin Martina Zöchling-Rabl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida fordert eine Arbeitszeitverkürzung auf 35 Wochenstunden bei vollem Lohnausgleich.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    ("de", "Die Wirtschaftskammer nannte die Forderung „realitätsfern“.", False, [], None),
    (
        "de",
        "Viele Heimbetreiber hoffen auf Pflegekräfte aus dem Ausland, vor allem von den Philippinen und aus Indien.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Zahlen der Statistik Austria bezogen Ende 2024 rund 478.000 Menschen Pflegegeld.",
        True,
        [("year", 2024, None, None), ("count", 478000, None, "about")],
        None,
    ),
    # --- NHS dentistry (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - Nearly one in four adults in England has not seen an NHS dentist in the last two years, according to an analysis by the British Dental Association.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The BDA said 1,270 dentists had stopped doing NHS work since the pandemic.",
        True,
        [("count", 1270, None, None)],
        None,
    ),
    ("en", '"NHS dentistry is hanging by a thread," the association\'s chair, Eamon Riordan, said.', False, [], None),
    (
        "en",
        "Riordan said dentists were paid 28.50 pounds for a check-up that cost about 41 pounds to provide.",
        True,
        [("money", 28.5, "GBP", None), ("money", 41, "GBP", "about")],
        "Riordan",
    ),
    (
        "en",
        "Care Minister Imogen Radcliffe said ministers had paid for 700,000 additional urgent dental appointments over the past 12 months.",
        True,
        [("count", 700000, None, None), ("duration", 12, "month", None)],
        "Imogen Radcliffe",
    ),
    (
        "en",
        '"We inherited a service in ruins and we are rebuilding it brick by brick," Radcliffe said.',
        False,
        [],
        None,
    ),
    ("en", 'The Liberal Democrats accused ministers of "presiding over dental deserts."', False, [], None),
    (
        "en",
        '"I pulled my own tooth out with pliers because there was nobody else," said Darren Hollings, 52, from Great Yarmouth.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Almost 2.1 million adults tried and failed to get an NHS dental appointment last year, the survey found.",
        True,
        [("count", 2100000, None, "nearly")],
        None,
    ),
    # --- Spitäler (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Spitäler haben im vergangenen Jahr insgesamt 642 Millionen Franken Verlust gemacht.",
        True,
        [("money", 642000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gemäss dem Spitalverband H+ schrieben zwei Drittel der Akutspitäler rote Zahlen.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "«Die Tarife decken im Schnitt nur 88 Prozent unserer Kosten», sagte H+-Präsidentin Regine Bachmann-Iten.",
        True,
        [("percent", 88, "%", None)],
        "Regine Bachmann-Iten",
    ),
    (
        "de",
        "«Ohne höhere Tarife gehen in den Regionalspitälern bald die Lichter aus», sagte Bachmann-Iten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Kanton St. Gallen hat seinem Spitalverbund ein Darlehen über 35 Millionen Franken gewährt.",
        True,
        [("money", 35000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Krankenversicherer halten eine Tariferhöhung für «das falsche Signal zur falschen Zeit».",
        False,
        [],
        None,
    ),
    ("de", "Wie viele Spitäler in den nächsten Jahren schliessen müssen, liess der Verband offen.", False, [], None),
    (
        "de",
        "In der Schweiz gibt es derzeit 271 Spitäler, 2012 waren es noch 298.",
        True,
        [("count", 271, None, None), ("year", 2012, None, None), ("count", 298, None, None)],
        None,
    ),
    # --- Spain's pensions (Reuters), Thursday ---
    (
        "en",
        "MADRID, May 7 (Reuters) - Spain paid a record 10.4 million pensions in April, and the average retirement pension reached 1,512 euros a month, the social security ministry said on Thursday.",
        True,
        [("date", "--05-07", None, None), ("count", 10400000, None, None), ("money", 1512, "EUR", None)],
        None,
    ),
    (
        "en",
        "Pension spending now equals about 12.9% of gross domestic product, up from 10.6% a decade ago, according to the fiscal watchdog AIReF.",
        True,
        [("percent", 12.9, "%", "about"), ("percent", 10.6, "%", None)],
        None,
    ),
    (
        "en",
        '"Our pensioners built this country, and their pensions are not up for negotiation," Social Security Minister Lucía Barrenechea said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Barrenechea said the number of workers paying into the system had reached 21.9 million, up 470,000 in a year.",
        True,
        [("count", 21900000, None, None), ("count", 470000, None, None)],
        "Barrenechea",
    ),
    ("en", 'The conservative opposition called the system "a pyramid held up by debt."', False, [], None),
    (
        "en",
        "Economists at the Bank of Spain said they doubted the current reforms would keep the system solvent beyond the 2040s.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The 2023 reform lifts the maximum contribution base by 1.2 percentage points above inflation each year until 2050.",
        True,
        [("year", 2023, None, None), ("percent", 1.2, "pp", None), ("year", 2050, None, None)],
        None,
    ),
    # --- Organspende (dpa), Donnerstag ---
    (
        "de",
        "Frankfurt/Main (dpa) - In Deutschland haben im vergangenen Jahr 918 Menschen nach ihrem Tod Organe gespendet, 3 Prozent mehr als im Jahr davor.",
        True,
        [("count", 918, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 8.150 Patientinnen und Patienten stehen auf der Warteliste für ein Spenderorgan, teilte die Deutsche Stiftung Organtransplantation (DSO) am Donnerstag mit.",
        True,
        [("count", 8150, None, "about")],
        "die Deutsche Stiftung Organtransplantation",
    ),
    (
        "de",
        "Im Schnitt sterben jeden Tag drei Menschen, die vergeblich auf ein Organ gewartet haben.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Jeder Tag ohne Widerspruchslösung kostet Leben“, sagte Ingrid Wachsmuth vom Patientenverband Lebensbrücke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wachsmuth sagte, in Spanien kämen auf eine Million Einwohner 46 Spender, in Deutschland seien es nur 12.",
        True,
        [("count", 1000000, None, None), ("count", 46, None, None), ("count", 12, None, None)],
        "Wachsmuth",
    ),
    (
        "de",
        "Die Deutsche Bischofskonferenz nannte eine Widerspruchslösung „mit der Würde des Menschen nicht vereinbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein fraktionsübergreifender Gruppenantrag für die Widerspruchslösung hat im Bundestag bislang 212 Unterstützer.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Viele Abgeordnete halten die Organspende für eine „Gewissensfrage, bei der der Staat nichts vorschreiben darf“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich habe drei Jahre an der Dialyse gehangen, bevor endlich der Anruf kam“, sagte ein 54-jähriger Nierentransplantierter aus Kassel.",
        False,
        [("duration", 3, "year", None), ("duration", 54, "year", None)],
        None,
    ),
    # --- ACA subsidies (AP), Thursday ---
    (
        "en",
        "WASHINGTON (AP) — Premiums for people who buy coverage through the Affordable Care Act marketplaces will rise by an average of 68% next year after enhanced federal subsidies expired, according to an analysis by KFF.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    (
        "en",
        "About 22.8 million people signed up for marketplace plans this year, a record.",
        True,
        [("count", 22800000, None, "about")],
        None,
    ),
    (
        "en",
        "The Congressional Budget Office has estimated that 3.8 million more people will be uninsured by 2035 without the subsidies.",
        True,
        [("count", 3800000, None, None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        '"This is a tax hike on working families, plain and simple," Senate Democratic leader Ruth Abernathy-Cole said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Abernathy-Cole said a couple aged 60 with an income of $85,000 would pay about $1,900 more a month for a benchmark plan.",
        True,
        [("duration", 60, "year", None), ("money", 85000, "USD", None), ("money", 1900, "USD", "about")],
        "Abernathy-Cole",
    ),
    ("en", 'Republican leaders called the subsidies "a COVID-era bailout for insurance companies."', False, [], None),
    (
        "en",
        "The House voted 218-211 in March against extending the subsidies for two more years.",
        True,
        [("count", 218, None, None), ("count", 211, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Insurers fear healthier customers will drop coverage, leaving sicker and costlier patients in the pool.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"I'm 61, I've got diabetes, and I honestly have no idea what we'll do,\" said Sharon Pettibone of Lakeland, Florida.",
        False,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "Whether Congress will revisit the subsidies before open enrollment begins on Nov. 1 is far from certain.",
        False,
        [("date", "--11-01", None, None)],
        None,
    ),
    # --- ÖGK-Bilanz (APA), Donnerstag ---
    (
        "de",
        "Wien (APA) - Die Österreichische Gesundheitskasse erwartet für heuer einen Bilanzverlust von 812 Millionen Euro.",
        True,
        [("money", 812000000, "EUR", None)],
        None,
    ),
    ("de", "Im Vorjahr hatte das Minus 556 Millionen Euro betragen.", True, [("money", 556000000, "EUR", None)], None),
    ("de", "„Wir stehen mit dem Rücken zur Wand“, sagte ÖGK-Obmann Reinhard Kaltenegger.", False, [], None),
    (
        "de",
        "Kaltenegger sagte, die Ausgaben für Medikamente seien im ersten Quartal um 9,4 Prozent gestiegen.",
        True,
        [("ordinal", 1, None, None), ("percent", 9.4, "%", None)],
        "Kaltenegger",
    ),
    (
        "de",
        "Die Regierung hat den Krankenversicherungsbeitrag für Pensionistinnen und Pensionisten bereits von 5,2 auf 6,1 Prozent angehoben.",
        True,
        [("percent", 5.2, "%", None), ("percent", 6.1, "%", None)],
        None,
    ),
    ("de", "Der Seniorenbund sprach von „Abzocke bei den Ältesten“.", False, [], None),
    (
        "de",
        "Ob die Kasse Leistungen kürzen oder neue Selbstbehalte einführen wird, wollte Kaltenegger nicht sagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ärztekammer fordert, die Zahl der Kassenstellen bis 2030 um 800 zu erhöhen.",
        True,
        [("year", 2030, None, None), ("count", 800, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsökonomen halten eine Finanzierung der Spitäler und Praxen aus einer Hand für „längst überfällig“.",
        False,
        [],
        None,
    ),
    # --- Resident doctors' strike (PA), Thursday ---
    (
        "en",
        "LONDON (PA) - Resident doctors in England plan to walk out for five days starting May 27 after 89% of British Medical Association members who voted backed action, the union said.",
        True,
        [("duration", 5, "day", None), ("date", "--05-27", None, None), ("percent", 89, "%", None)],
        None,
    ),
    (
        "en",
        "The doctors are seeking a 26% pay rise, which the BMA says would restore their earnings to 2008 levels in real terms.",
        True,
        [("percent", 26, "%", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        '"A doctor worth £50 an hour is not greedy, they are undervalued," said Tom Eardley, the BMA\'s lead negotiator for junior medics.',
        False,
        [("money", 50, "GBP", None)],
        None,
    ),
    (
        "en",
        "Eardley said a first-year resident doctor earned £38,800 a year, or about £18.60 an hour.",
        True,
        [("ordinal", 1, None, None), ("money", 38800, "GBP", None), ("money", 18.6, "GBP", "about")],
        "Eardley",
    ),
    (
        "en",
        "Health Secretary Aldercott said the last round of strikes had cost the NHS about 300 million pounds and forced 61,000 appointments to be rescheduled.",
        True,
        [("money", 300000000, "GBP", "about"), ("count", 61000, None, None)],
        "Aldercott",
    ),
    (
        "en",
        '"Strikes won\'t shorten a single waiting list, they only make them longer," Aldercott said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Aldercott accused the BMA of "holding patients hostage to a pay demand no government could meet."',
        False,
        [],
        None,
    ),
    (
        "en",
        "NHS figures showed 94% of planned operations went ahead during the last strike in March.",
        True,
        [("percent", 94, "%", None)],
        None,
    ),
    (
        "en",
        "The BMA said it had written to the Health Secretary asking for talks through the conciliation service Acas.",
        True,
        [],
        None,
    ),
    ("en", "It is not yet clear whether consultants will cover emergency care during the walkout.", False, [], None),
    # --- Aktivrente (dpa), Donnerstag ---
    (
        "de",
        "Berlin (dpa) - Wer über das Rentenalter hinaus arbeitet, soll ab Januar bis zu 1.800 Euro im Monat steuerfrei hinzuverdienen dürfen.",
        True,
        [("money", 1800, "EUR", "up_to")],
        None,
    ),
    ("de", "Das Kabinett billigte am Donnerstag den Gesetzentwurf für die sogenannte Aktivrente.", True, [], None),
    (
        "de",
        "Das Finanzministerium rechnet mit Steuerausfällen von rund 890 Millionen Euro im Jahr.",
        True,
        [("money", 890000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer länger arbeiten will, soll dafür belohnt und nicht bestraft werden“, sagte Finanzminister Torsten Bredemeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bredemeier sagte, derzeit arbeiteten fast 1,3 Millionen Menschen über 67 Jahren noch in einem Job.",
        True,
        [("count", 1300000, None, "nearly"), ("duration", 67, "year", "over")],
        "Bredemeier",
    ),
    ("de", "Der DGB kritisierte die Aktivrente als „Steuergeschenk für Besserverdienende“.", False, [], None),
    (
        "de",
        "Der DGB verlangt stattdessen, die sogenannte Rente mit 63 für Beschäftigte in körperlich harten Berufen auszubauen.",
        True,
        [("duration", 63, "year", None)],
        None,
    ),
    (
        "de",
        "Ökonomen bezweifeln, dass die Steuerbefreiung mehr als einige Zehntausend Menschen zum Weiterarbeiten bewegt.",
        False,
        [],
        None,
    ),
    # --- South Korea's pension fund (Reuters), Thursday ---
    (
        "en",
        "SEOUL, May 7 (Reuters) - South Korea's National Pension Service posted a 9.1% return in the first quarter, lifting its assets to a record 1,280 trillion won, according to a statement from the fund.",
        True,
        [
            ("date", "--05-07", None, None),
            ("percent", 9.1, "%", None),
            ("ordinal", 1, None, None),
            ("money", 1280000000000000, "KRW", None),
        ],
        None,
    ),
    (
        "en",
        "Under a reform passed last year, the contribution rate will rise from 9% to 12% over six years, by 0.5 percentage points a year.",
        True,
        [
            ("percent", 9, "%", None),
            ("percent", 12, "%", None),
            ("duration", 6, "year", None),
            ("percent", 0.5, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "Without further changes, the fund will be exhausted in 2064, according to the health and welfare ministry.",
        True,
        [("year", 2064, None, None)],
        None,
    ),
    (
        "en",
        '"Young people are told to pay in more for a promise they do not believe will be kept," said Kim Soo-bin, 29, who heads a youth advocacy group.',
        False,
        [("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "A government survey found that less than half of South Koreans aged 20 to 29 expected to receive a full pension.",
        True,
        [("fraction", 0.5, None, "under"), ("duration", 20, "year", None), ("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        'Welfare Minister Choi Han-gyeol said the government was "fully committed" to restoring trust in the system.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Choi said about 36% of people aged 65 or over lived in relative poverty, the highest rate among members of the OECD.",
        True,
        [("percent", 36, "%", "about"), ("duration", 65, "year", "at_least")],
        "Choi",
    ),
    (
        "en",
        "Critics argue the fund's aggressive bets on foreign stocks leave pensions at the mercy of markets.",
        False,
        [],
        None,
    ),
]
