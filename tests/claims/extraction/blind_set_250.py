"""Two-hundred-and-fiftieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, brands, models and figures
are made up (Sigrun Pelzer, Allerwagen, Isarmotoren, Kesselring Automotive, Dieter
Hallgarten, Remstal, Cornelia Wiedtke, Arnulf Degenhardt, Corvane and its "Arvo" and "Arvo
Cross", Elbcell, Annegret Lüdecke, Rainer Stoltenberg, Wendstein, Birgit Schallenberg,
Konstantin Aubel, Traunwerk, Harald Pesendorfer, Jochen Rautenberg, Beat Zollinger; Jinhai
Auto and its "Aurora" sedan, Zhou Minghao, Marcus Ellery, Dominic Faircloth, Brightmoor
Motors and its "Westfall", "Outpost" and "Corran", Daesan Energy, Park Seo-yeon,
VoltMetrics, Sumiro Motor, Kenta Oshiro, Motorintel, Janine Castellano, Voltcrest, Leon
Marchetti, AutoLens, Felix Brandauer, Kerrigan Auto Advisory, Hollin Components, Alison
Thwaite, Hannah Ridgeway, Vardhan Motors, Rohit Kedia, Joanne Pettigrew; every unnamed
spokesperson, dealer, analyst, investor and official); ministers, association presidents
and members of parliament of real governments and bodies appear under made-up names that
stand for no real holder, or by their role only ("der Obmann des Fahrzeughandels in der
Wirtschaftskammer", "ein Sprecher des Importeurs", "ein ADAC-Sprecher", "der
Wirtschaftslandesrat", "a Brightmoor spokeswoman", "a dealer in suburban Columbus, Ohio",
"Green lawmakers"). Real states, bodies, places and things (Kraftfahrt-Bundesamt (KBA),
Flensburg, VDA, IG Metall, Zwickau, Sachsen, Rumänien, Marokko, Statistik Austria,
ÖAMTC, Wirtschaftskammer, Klimaschutzministerium, Bundesamt für Strassen (Astra), Touring
Club Schweiz, Lausitz, Lauchhammer, Bundeswirtschaftsministerium, Bund der Steuerzahler,
Bundesregierung, Klima- und Transformationsfonds, Verband der Internationalen
Kraftfahrzeughersteller, die Grünen, Xetra, MDax, ADAC, IAA, Steyr, Land Oberösterreich,
PRO-GE, Auto-Schweiz, Verkehrs-Club der Schweiz, Bundesrat; the China Passenger Car
Association, the SMMT, the zero emission vehicle mandate, Transport & Environment, NHTSA,
Georgia, Tennessee, Michigan, the European Automobile Manufacturers' Association (ACEA), the
European Commission, LSEG, Corby, Slovakia, the Unite union, SIAM, the power ministry, the
Federal Chamber of Automotive Industries, the New Vehicle Efficiency Standard, and the
datelines' cities) stand for the way wire copy names them; every registration, delivery,
result, margin, job cut, closure date, recall, capacity, subsidy, fine, emissions target,
tariff, vote, share price, quote and reaction here is invented, and where a real figure came
to mind (a real annual registration total, a real mandate share, fine or grant, a real
fleet target, penalty per gram or vote tally, a real subsidy's income limit, sum or
forecast, a real tariff rate, a real monthly EU total) it was changed (the years of laws,
bans and subsidy endings kept: 2035, December 2023, Jan. 1, 2025, 2025 to 2027).

Its weight: CARMAKERS, ELECTRIC VEHICLES AND SUPPLIERS (the sixtieth, hundred-seventy-eighth
and two-hundred-and-twenty-fourth batches weighed cars, mobility and suppliers before, and
their decisions are kept) over one year in story order (January to December), 28 short
stories with the German and English ones interleaved by month, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, quotes, reactions, the
share price). Half German (dpa, dpa/sn, dpa-AFX, APA, Keystone-SDA, Reuters German;
Austrian "heuer", "Mio."/"Mrd.", "Arbeitsstiftung", "Wirtschaftslandesrat", Swiss
"Personenwagen", "in Verkehr gesetzt", "CO2-Ausstoss", "3'972", «» quotes, German „“
quotes): the KBA's registrations of the year before, a supplier closing its Zwickau plant, a
carmaker's annual results, Austria's first-quarter registrations and subsidy, a Swiss
recall, a battery cell factory in Lusatia, Germany's new purchase premium, a supplier's loss
in the second quarter, a Munich carmaker's quarter, an airbag recall, the VDA's cut forecast
at the IAA, job cuts at an Austrian supplier, a Wolfsburg carmaker's third quarter and Swiss
registrations with CO2 penalties. Half English (Reuters, AP, PA, PTI, AAP): a Chinese EV
maker's annual deliveries, British registrations under the ZEV mandate, a U.S. camera
recall, a Korean battery plant in Georgia, a Japanese carmaker's results in yen, the EU
vote on CO2 targets, U.S. EV sales after the end of tax credits, a U.S. EV maker's
quarterly deliveries, Chinese brands in Europe despite tariffs, a parts plant closing in
Corby, India's passenger vehicle dispatches in lakh and crore, the Korean battery maker's
third quarter in won, EU registrations in October and Australia's electric car sales under
its efficiency standard. Figures as such copy has them: registrations, deliveries,
production, recalls, jobs and plants as counts with their hedges, market shares and their
moves in percent and percentage points, margins and guidance ranges, results, dividends,
subsidies, fines, tax credits and investments in euros, dollars, pounds, yen, won, yuan,
rupees, francs and Australian dollars (converted figures in brackets), battery capacity in
gigawatt hours, CO2 in grams per kilometre, model years, number words and compounds
(„zweistündigen“, „Sechs-Punkte-Plan“, „Dreischichtbetrieb“, „acht Jahre“, "a dozen"),
ordinals (quarters, halves, „Der erste Spatenstich“, "third consecutive"), shares („gut
jeder sechste“, „knapp jeder fünfte“, „Jedes dritte“, "nearly two-thirds", "by almost
half", "less than a third"), durations, years, dates with and without a year, hedges and
ranges. About 55 negatives as such copy has them: executives', ministers', association
chiefs' and analysts' rhetoric in quotes, labels („sprach von“, „nannten“, „nannte“,
„bezeichnete ... als“, "called"), warnings without a measure, fears, a doubt, a hope,
views and a verdict on figures, a forecast without a figure, open questions, evasions, a
reassurance, advice, scene colour and a vox pop - four of them carrying figures, labelled -,
each near a check-worthy look-alike: the same speaker's figure, an announced step, a demand
naming a measure, a stated cause, an attributed figure.

244 rows (123 German, 121 English), 58 negatives (30 German, 28 English), 186 check-worthy
rows of which 13 carry no figure (8 German, 5 English), 348 expected quantities (97 counts,
77 percentages - 75 in %, 2 in percentage points -, 60 amounts of money - 29 EUR, 12 USD, 6
JPY, 4 KRW, 3 GBP, 2 INR, 2 AUD, 1 each CNY, CHF -, 47 years, 26 ordinals, 14 fractions, 14
dates, 13 durations - 6 in years, 5 in months, 1 in hours, 1 in minutes -; 4 of them in four
negatives, as the seventeenth batch labels a figure in a negative), 38 checked speakers (19
German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, view, reassurance or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-seventy-eighth, two-hundred-and-fourth, two-hundred-and-twenty-
  fourth, two-hundred-and-forty-fourth); a quoted or reported statement of fact, figure,
  step, plan, demand, forecast with a figure or position is check-worthy with its speaker,
  also in Konjunktiv I (sixtieth, hundred-seventy-eighth). Pairs from one speaker: Pelzer's
  2,81 Millionen beside „Der Markt hat die Talsohle durchschritten ...“ and her 320
  Milliarden Euro beside „Der Standort Deutschland verliert ...“; Zhou's price cut beside
  "Price is no longer our weapon ..."; Hallgarten's third beside „... nicht leicht
  gemacht“; Ellery's £4.1 billion beside "The mandate is forcing us ..."; Degenhardt's 1,3
  Milliarden Euro beside „Wir haben unsere Hausaufgaben gemacht ...“; Park's $35 credit and
  quarter of revenue beside "a bet on America" and "The EV winter is not over ..."; Oshiro's
  280 billion yen beside "patience will matter more than speed"; Lüdecke's 1.400 jobs beside
  „Strukturwandel“; Stoltenberg's 2,6 Milliarden Euro beside „ein Programm für die Mitte
  der Gesellschaft“; Castellano's 1.25 million beside her quote; Schallenberg's fifth
  beside „schneller, schlanker und billiger“; Marchetti's $30,000 beside "the most exciting
  product roadmap"; Aubel's margin beside „wird sich gründlich verrechnen“; Brandauer's five
  plants beside his quote; Thwaite's 40% beside "a sad day"; Kedia's 45,000 crore rupees
  beside "the charging network is not"; Rautenberg's range beside „Das Quartal tut weh
  ...“ and his evasion; Zollinger's three years beside «Wir bezahlen Strafen ...»;
  Pettigrew's A$1,000 beside "Australians are choosing electric ...".
- New: "Castellano said she expected EV sales to reach 1.25 million vehicles for the full
  year" is check-worthy with its speaker - an expectation with a figure is a forecast, as a
  firm's or an association's „rechnet“ and "expects" with a figure (sixtieth,
  hundred-seventy-eighth, two-hundred-and-twenty-fourth) and an analyst's figure
  (two-hundred-and-fourth), while a view framed as belief or thought stays a negative
  ("said she thought", two-hundred-and-fourth) and so does "Most analysts see no end to the
  discounting battle ... before 2027" (a view, its 2027 labelled).
- Negatives (ninety-eighth, hundred-seventy-eighth, two-hundred-and-fourth,
  two-hundred-and-twenty-fourth, two-hundred-and-forty-fourth): quotes of rhetoric from all
  sides; labels („Die IG Metall sprach von ...“, „Der Gesamtbetriebsrat sprach von ...“,
  „Die Gewerkschaft PRO-GE sprach von ...“, „Analysten einer Landesbank nannten den Ausblick
  ...“, „Der Bund der Steuerzahler nannte die Förderung ...“, „Der Verkehrs-Club der
  Schweiz bezeichnete die Forderung als ...“, "Transport & Environment called ...", "Green
  lawmakers called the vote ...", "Local MP Hannah Ridgeway called the closure ...");
  warnings that name no measure („Der Verband der Internationalen Kraftfahrzeughersteller
  warnte vor einem Strohfeuer.“, "Industry groups warned that ...", the analysts' "but warned
  that growth remained uneven"); fears („Umweltverbände fürchten, dass ... bis zu 1,2
  Millionen Kubikmeter Wasser ...“ with its figure labelled, "European carmakers fear ...",
  "Industry officials privately fear ..."); a doubt ("Some analysts doubt whether ..."); a
  hope ("Dealers hope ... by at least 10%" with 10 "at_least" labelled); views ("Investors
  who back the stock say its future lies in ..."; "Most analysts see no end ...") and a
  verdict on figures ("Analysts said the results showed how dependent ...";
  hundred-seventy-eighth); a forecast without a figure („Branchenkenner erwarten, dass
  ...“); open questions („Ob der Zuwachs ...“, „Ob der Zollstreit ... ist offen.“, "Whether
  Sumiro can pass ... remains an open question.", "Whether the trend holds ... is unclear.");
  evasions („..., ließ das Klimaschutzministerium offen.“, „..., wollte Rautenberg nicht
  sagen.“); a feeling and a reassurance („zeigte sich „tief betroffen“ und versprach ... jede
  mögliche Unterstützung“; two-hundred-and-twenty-fourth: "ready to help"); advice („Der
  Touring Club Schweiz rät ...“, „Der ADAC rät ...“, "Drivers who are unsure ... can look up
  ..."; sixtieth); scene colour („Am Vormittag drängten sich die Fachbesucher ...“) and a vox
  pop (a dealer in Columbus). New: „Ob der Zollstreit mit den USA die zweite Jahreshälfte
  belastet, ist offen.“ labels ordinal 2 and no fraction - „die zweite Jahreshälfte“ is
  the second half of the year as „im zweiten Halbjahr“ (sixtieth).
- Check-worthy without a figure (13 rows; sixtieth, hundred-seventy-eighth,
  two-hundred-and-twenty-fourth, two-hundred-and-forty-fourth): production moving to
  Romania and Morocco („..., hieß es.“), the union's rally („kündigte für Donnerstag eine
  Kundgebung ... an“), the transport secretary's announced review, „Unfälle ... sind ...
  bislang keine bekannt“ (sixtieth), the Greens' demand naming a measure, the expiry of the
  tax credits, the Commission's talks (an announced step), the attribution row „Das teilte
  das Kraftfahrt-Bundesamt am Freitag mit.“, the stated cause of bursting gas generators,
  the seat-frame production moving to Slovakia, Unite's strike vote
  (two-hundred-and-twenty-fourth: Unite's ballot), the VDA's cut forecast (an announced
  step) and Traunwerk's stated cause („Grund seien ...“).
- Results and guidance (sixtieth, two-hundred-and-twenty-fourth): money in the currency
  written ("6,4 Milliarden Euro", „142,7 Milliarden Euro“, „knapp 1,97 Millionen“ "nearly",
  „3,80 Euro je Aktie ..., nach 5,20 Euro“ - „je Aktie“ none -, „ein Verlust von 214 Mio.
  Euro nach einem Gewinn von 96 Mio. Euro“, „9,87 Mrd. Euro“, „im Schnitt mit 2,8
  Milliarden Euro“ no hedge, „4,7 Milliarden Euro“, "1.75 trillion yen ... 46.2 trillion yen"
  JPY, "by a further 280 billion yen" ("a further" no hedge), "6.1 trillion won" KRW); „ein
  Minus von 1,07 Milliarden Euro“ is 1,070,000,000 EUR with no sign - the noun names a loss
  (hundred-fifth: „ein Minus von 48,7 Millionen Euro“; "minus" straight before a figure
  alone is a sign, fifty-third). Converted figures in brackets carry no hedge (eightieth):
  "1.38 trillion yen ($9.2 billion)", "8,000 yuan ($1,100)" CNY and USD, "412 billion won
  ($289 million)", "45,000 crore rupees ($5.1 billion)" 450,000,000,000 INR
  (eighty-ninth: "31,500 crore"). Ranges give both ends, the unit written once (sixtieth):
  „zwischen 5 und 7 Prozent“, „von 6 bis 8 Prozent“, „von 2 bis 3 Prozent statt bisher 4
  bis 5 Prozent“ four percentages; „von 9,1 auf 6,3 Prozent“ both. New: "Excluding the
  credits, worth 366 billion won in the quarter, the company would have made an operating
  profit of just 46 billion won" is check-worthy with both amounts ("just" no hedge) - a
  result recomputed without one item is arithmetic on reported figures that can be checked,
  not a counterfactual boast (two-hundred-and-forty-fourth: „Ohne die Jägerschaft hätten wir
  ...“, a negative).
- Subsidies, credits and fines (sixtieth, two-hundred-and-fourth): „mit bis zu 2.400 Euro“
  "up_to" and „sofern der Listenpreis 60.000 Euro nicht übersteigt“ 60,000 with no hedge (a
  bound written after the figure, as "oder mehr" and "or more", sixtieth); „höchstens 75.000
  Euro“ "at_most", „bis zu 4.500 Euro“ "up_to", „400 Euro zusätzlich“ no hedge
  (two-hundred-and-fourth: „zusätzlich“), „mit einem Listenpreis bis 48.000 Euro“ "up_to"
  (sixtieth: „mit einem Nettolistenpreis bis 45.000 Euro“), „rund 2,6 Milliarden Euro“,
  „mit zusammen 690 Millionen Euro“ ("zusammen" no hedge), "£14,000 for each non-compliant
  car", "up to £3,200 per vehicle" "up_to", "$4.2 billion battery cell plant", "incentives
  worth $1.1 billion", "a federal production tax credit of $35 per kilowatt hour" and "an
  average of $111 per kilowatt hour" ("per kilowatt hour" none, "an average of" no hedge;
  sixtieth: „0,79 Euro pro Kilowattstunde“), "at least $28 billion" "at_least", "a penalty
  of 90 euros for every gram" and "A$90 for every gram" (the rate words none), "up to 15
  billion euros" "up_to", "a subsidy of up to 1.5 lakh rupees" 150,000 INR "up_to"
  (eighty-ninth: "40 lakh rupees"), "about A$1,000 a year per car" ("a year", "per car"
  none), „Sanktionen von rund 190 Millionen Franken“ CHF "about", „in die das Land
  Oberösterreich 3,5 Mio. Euro einzahlt“; "priced below $30,000" 30,000 USD "under" (an
  earlier batch: "below $1,000 a tonne"); "The average transaction price ... was $54,820,
  about $6,300 more" ("more" after the figure compares).
- Emissions and energy are counts of the figure as written (sixtieth, two-hundred-and-
  forty-fourth): „112,4 Gramm pro Kilometer“, "no more than 93.9 grams of CO2 per
  kilometre" 93.9 "at_most" (hundred-seventh: "no more than"), „94 Gramm pro Kilometer, ...
  im Schnitt 109 Gramm“ ("im Schnitt" no hedge), "138 grams of CO2 per kilometre"; "35
  gigawatt hours", „24 Gigawattstunden“, "58 GWh" (the abbreviation read as the word, as
  "GW" and "MW"), "a record 11.2 gigawatt hours" ("a record" no hedge), „bis zu 1,2
  Millionen Kubikmeter Wasser“ "up_to" in a negative. "CO2", „CO2-Ausstoß“,
  „CO2-Ausstoss“, "CO2 emissions" carry none; "15% less than the 2021 baseline" 15 and 2021.
- Counts as written with their hedges (sixtieth, hundred-seventy-eighth): „rund 2,74
  Millionen Pkw“, „mit 514.230 Fahrzeugen, vor Isarmotoren mit 237.918“ (the list rule,
  forty-sixth), „auf 231.400 Fahrzeuge“, "a record 561,200 units" ("a record" no hedge),
  "the roughly 540,000 that analysts had expected" and "below the roughly 335,000 expected
  by analysts" "about" (the hedge before the figure; "below" before the article compares,
  two-hundred-and-forty-fourth: "far more than the 600 to 800"), "about 3.72 lakh units"
  372,000 "about" (sixtieth: "21.6 lakh units"), „3'972 Personenwagen“, „rund 186'000
  Autos“ and „198'406 neue Personenwagen“ (Swiss apostrophe, tenth), „alle 1.140
  Arbeitsplätze“ ("alle" no hedge), „rund 480 der 1.350“ and „rund 21.000 der Fahrzeuge“
  (the hedge on its own figure), „weitere 7.500 Stellen ..., davon rund 3.000“ (no hedge on
  "weitere" and "davon"), „bereits 47 Rückrufe“ and „bereits 14.107 E-Pkw“ ("bereits" no
  hedge), „mindestens 27 Todesfälle“ "at_least", „bis zu 190.000 Arbeitsplätze“ "up_to",
  "more than 412,000 SUVs" and "more than 23,000 cars" "over", "1,073 recalls covering about
  29.4 million vehicles", "471 votes to 96, with 19 abstentions", "Jinhai alone registered
  61,240 cars ..., up from 24,900" ("alone" no hedge), "at least five assembly plants"
  "at_least", "capacity for 150,000 vehicles a year" ("a year" none), "more than 20 car
  models" "over", "about 29,300 public charging points", "about 1,450 public fast-charging
  sites". Multiples are counts (two-hundred-and-forty-fourth): „doppelt so viele wie im
  Vorjahreszeitraum“ 2, „fast doppelt so viele wie bei der vorigen Ausgabe vor zwei
  Jahren“ 2 "nearly" and 2 years. Verbs carry none: "more than doubled" (twice), "doubled
  their share", "nearly tripled" ("nearly" before a verb bounds no figure, as „mehr als
  halbiert“, two-hundred-and-forty-fourth). The number word of a compound is a count: „einen
  Sechs-Punkte-Plan“ 6 (the issue's "28-Punkte-Entwurf"), „im Dreischichtbetrieb“ 3
  (sixtieth), "a dozen fully electric models" 12 (seventeenth). Definite groups count
  (forty-first, two-hundred-and-twenty-fourth): "the plant's three biggest customers" 3,
  "two of its U.S. production lines" 2, "two battery plants" 2, „zwei Werke“ 2, "the bloc's
  four largest markets" 4. Model and brand names carry none ("Aurora", "Arvo Cross",
  "Westfall", "Outpost", "Corran"; sixtieth), nor "E-Pkw", "Elektro-SUV",
  "Plug-in-Hybride", "EV", "Ebit-Marge", "MDax", "Xetra", "IAA", "PRO-GE", "Aussteller aus
  China", "every gram", „jedes Kind“.
- Percentages as written (every batch): shares and changes, „um 3,6 Prozentpunkte auf 17,1
  Prozent“ and „um 1,6 Prozentpunkte auf 3,2 Prozent“ in "pp" and % (hundred-seventy-
  eighth, two-hundred-and-twenty-fourth), „um fast 40 Prozent“ "nearly", „zeitweise 5,8
  Prozent“ ("zeitweise" no hedge, an earlier batch), „um bis zu 11 Prozent“ "up_to", „um
  rund 15 Prozent“ "about", "rose as much as 5.3% ... closing 2.1% higher" the first
  "up_to" (hundred-seventy-eighth: "by as much as"), "tariffs of up to 34.8%" "up_to",
  "another 3.4%" ("another" no hedge), "about 58%", "about 42%", "about 20%", "about 35%",
  "about 38%" "about", "by about 40% in two years" "about" and 2 years (an earlier batch: "in
  two years"), "taking their share of the market to 5%", and "by at least 10%" in a negative.
- Fractions (the issue's "ein Fünftel", "jeder vierte"): „gut jeder sechste Neuwagen“ 0.1667
  "over" (hundred-forty-first: „jeder sechste“), „um ein Drittel“ 0.3333, „knapp jeder
  fünfte Neuwagen“ 0.2 "nearly", „um gut ein Viertel“ 0.25 "over", „um fast ein Fünftel“
  0.2 "nearly", „Jedes dritte ausgelieferte Auto“ 0.3333, „um rund ein Viertel“ 0.25
  "about" ("um" no hedge), "nearly two-thirds of them" 0.6667 "nearly", "rose by nearly a
  quarter" 0.25 "nearly" ("by" no hedge), "dropped by almost half" 0.5 "nearly", "More than
  a third" 0.3333 "over", "about a quarter of revenue" 0.25 "about", "nearly three-quarters"
  0.75 "nearly", "less than a third" 0.3333 "under".
- Ordinals (the issue's "das sechste Treffen", "the 12th round"): quarters and halves
  ("Fourth-quarter", „Im ersten Quartal“, "in the first quarter of 2028", "in the second
  quarter" twice, „im zweiten Quartal“ twice, „im dritten Quartal“, "third-quarter", "in
  the second half of 2027", "in the first half" twice and "in the first half of 2027"
  ordinal 1 with no fraction; sixtieth, two-hundred-and-twenty-fourth), "its first plant
  outside China" 1, "the first year-on-year decline since 2019" 1 (hundred-seventy-eighth:
  "the first annual decline"), "the company's third consecutive quarterly decline" 3
  (two-hundred-and-twenty-fourth: "the fourth straight quarterly decline"), "the
  automaker's second camera-related recall" 2, „als erstes westdeutsches Zuliefererwerk“ 1,
  „in der ersten Ausbaustufe“ 1, „Der erste Spatenstich“ 1 (two-hundred-and-forty-fourth:
  „Die ersten Bartgeier“), „einen ersten Rückruf“ 1; "In den ersten neun Monaten", "in the
  first five months", "In the first 10 months" and "in the first 11 months" ordinal 1 with
  the span (sixtieth). "the most popular choice", "the only decline", "Market leader",
  „größter Verlierer“, „am häufigsten“ none.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"): „in einer
  zweistündigen Betriebsversammlung“ 2 hours, "in 18 months" 18 months, „etwa 90 Minuten“
  90 minutes "about", „für zunächst acht Jahre“ 8 years ("zunächst" no hedge,
  two-hundred-and-twenty-fourth), "over the three years from 2025 to 2027" 3 years with both
  years ("over" before the article no hedge), „vor zwei Jahren“ (twice), "in two years",
  „eine Übergangsfrist von drei Jahren“ 3 years. None: „im vergangenen Jahr“, „im Vorjahr“,
  „im Vorjahreszeitraum“, „ein Jahr zuvor“, „Seit Jahresbeginn“, „für das laufende Jahr“,
  „im Gesamtjahr“, „für das Gesamtjahr“, „heuer“, „jährlich“, „Jahr für Jahr“, „seit
  Monaten“, „seit Juni“, „bis Juni“, „von Januar bis Oktober“, „im Frühjahr“, „über den
  Sommer hinaus“, "last year", "this year", "next year", "a year earlier", "a year before",
  "the full year", "the financial year that began in April", "In the year to March", "in the
  year", "in the month", "in the quarter", "a year", "since January", "between January and
  June", "in the autumn", "by March", "in June", "starting in October", "last autumn",
  "year-on-year".
- Years and dates: Reuters datelines with a day are dates without a year ("SHANGHAI, Jan 2"
  --01-02, "SAVANNAH, Georgia, April 14" --04-14 with the state between city and day,
  "TOKYO, May 12" --05-12, "BRUSSELS, May 20" --05-20, "AUSTIN, Texas, July 2" --07-02,
  "NEW YORK, July 14" --07-14, "BRUSSELS, Aug 5" --08-05, "SEOUL, Oct 28" --10-28,
  "BRUSSELS, Nov 25" --11-25; two-hundred-and-forty-fourth); dpa, dpa/sn, dpa-AFX, APA,
  Keystone-SDA, Reuters German ("München (Reuters) -"), AP ("DETROIT (AP) —"), PA ("LONDON
  (PA) -", "CORBY, England (PA) -"), PTI and AAP datelines none (seventy-ninth). "from Jan.
  15" --01-15, "from April 6" --04-06, „zum 1. Juli“ --07-01, „für den 15. September 2026“
  2026-09-15, "on Jan. 1, 2025" 2025-01-01 (ninety-ninth: "on Jan. 1, 2024"). Model years
  give both years („der Baujahre 2022 bis 2024“, „aus den Baujahren 2014 bis 2019“, "from
  the 2022 through 2025 model years"; sixtieth). Years as written: "als 2024", "from 2024",
  „seit 2023“, „1991“, „bis Ende 2027“, „bis 2028“ and „ab 2028“, „bis 2031“, „bis 2029“,
  „im Dezember 2023 ... im Jahr 2024“, „bis Ende 2028“, „im Juni 2025“, „bis 2030“, „bis
  2035“, „bis Mitte 2027“, „im Frühjahr 2025“, „ab 2027“, „für 2025 und 2026“, "by 2028",
  "in 2035", "since 2019", "since 2023", "in 1986", "since the start of 2024", "since 1954
  excluding the pandemic year of 2020", "by 2031", "by 2027", "by 2030" (twice), "in 2024",
  and "before 2027" in a negative. Months and weekdays alone none.
- Hedges, only the names in use: „rund“, „etwa“, "about", "around", "roughly", "an
  estimated" "about"; „knapp“, „fast“, "nearly", "almost" "nearly"; „gut“, "more than",
  "More than" "over"; „bis zu“, „bis“ straight before a figure, "up to", "as much as"
  "up_to"; „mindestens“, "at least" "at_least"; „höchstens“, "no more than" "at_most";
  "below", "less than" before a figure "under". No hedge: „alle“, „bereits“, „davon“,
  „weitere“, „zusammen“, „zusätzlich“, „zunächst“, „zeitweise“, „im Schnitt“, "alone",
  "another", "a further", "a record", "an average of", "just", "combined", "together", "by"
  and „um“ before a difference or a share, "over" before a span, "bis" and "to" in a range,
  and "more", "less", „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „wie das
  Kraftfahrt-Bundesamt (KBA) am Montag mitteilte“ and „Das teilte das Kraftfahrt-Bundesamt
  am Freitag mit.“ -> "das Kraftfahrt-Bundesamt" (sixtieth, hundred-seventy-eighth: the
  abbreviation and the weekday dropped); „teilte die Statistik Austria am Donnerstag mit“
  -> "die Statistik Austria" (sixtieth); „teilte das Bundesamt für Strassen (Astra) am
  Mittwoch mit“ -> "das Bundesamt für Strassen" (two-hundred-and-forty-fourth: „teilte das
  Bundesamt für Umwelt (Bafu) am Donnerstag mit“); „teilte das Bundeswirtschaftsministerium
  am Freitag mit“ and „teilte der Konzern am Donnerstag mit“ the source with its article in
  the nominative; „teilte Auto-Schweiz mit“ as written (sixtieth); the name with the title
  dropped („Vorstandschef Dieter Hallgarten sagte, ...“, „Finanzvorständin Cornelia Wiedtke
  sagte, ...“, „Geschäftsführerin Annegret Lüdecke sagte, ...“, „sagte
  Bundesumweltminister Rainer Stoltenberg“, „Finanzchefin Birgit Schallenberg sagte, ...“,
  „Vorstandschef Konstantin Aubel sagte, ...“, „VDA-Präsidentin Sigrun Pelzer sagte, ...“,
  „Geschäftsführer Harald Pesendorfer sagte, ...“, „Finanzvorstand Jochen Rautenberg sagte,
  ...“, „Auto-Schweiz-Präsident Beat Zollinger sagte, ...“; two-hundred-and-twenty-fourth,
  two-hundred-and-forty-fourth); „Pelzer sagte, ...“ and „Degenhardt sagte, ...“ the surname
  as written. English: "Chief Executive Zhou Minghao told reporters", "Vardhan Managing
  Director Rohit Kedia told reporters" and "Chief Financial Officer Kenta Oshiro told
  analysts" the name ("told reporters", two-hundred-and-fourth; "told analysts", sixtieth);
  "SMMT chief executive Marcus Ellery said", "Transport Secretary Dominic Faircloth said",
  "Daesan Chief Financial Officer Park Seo-yeon said", "Chief Financial Officer Park
  Seo-yeon said", "Chief Executive Leon Marchetti said", "Managing director Alison Thwaite
  said" and "Climate Change Minister Joanne Pettigrew said" the name with the office dropped
  (two-hundred-and-twenty-fourth); "Castellano said ..." and "Brandauer said ..." as
  written; "the SMMT said on Thursday" -> "the SMMT" and "ACEA said on Tuesday" -> "ACEA"
  (sixtieth); "the National Highway Traffic Safety Administration said Tuesday" with the
  article and without the weekday (hundred-seventy-eighth); "NHTSA said it had ..." opening
  the row -> "NHTSA" (sixtieth); "the company said on Tuesday" -> "the company"
  (two-hundred-and-twenty-fourth); "The European Automobile Manufacturers' Association
  said ..." and "the Federal Chamber of Automotive Industries said" with the article in lower
  case (sixtieth, hundred-seventy-eighth). Left unchecked (None): all negatives, also those
  with a named speaker; „hieß es“ and „hieß es aus dem Unternehmen“; „dem Hersteller
  zufolge“ (a role noun standing for a firm named earlier, as "the Japanese carmaker said",
  hundred-seventy-eighth); „nach Herstellerangaben“, „nach Unternehmensangaben“, „nach
  Branchenschätzungen“, „nach Berechnungen des ÖAMTC“, „nach Schätzung des Verbands“, „laut
  Wirtschaftskammer“ inside the sentence (sixtieth: "laut Feinmotion"), „Nach einer Studie im
  Auftrag des Verbands“; verbs that are not of saying („Der VDA rechnet“, „Das Ministerium
  rechnet“, „forderten“, „warnte“, „rät“; hundred-seventy-eighth); "according to ..." (LSEG
  data, estimates and a tally from Motorintel, a survey by VoltMetrics, the China Passenger
  Car Association, the state's economic development department, NHTSA data, industry
  figures, power ministry figures, data from the European Automobile Manufacturers'
  Association), "data from research firm AutoLens showed"; "industry body SIAM said" (a
  description before a name, sixtieth); "The Unite union said" (a name joined to a
  description, two-hundred-and-twenty-fourth); "It said" (a pronoun); "the company has
  said" (a tense not settled, sixtieth); "Brightmoor said", "Transport & Environment said"
  and "The European Commission said" (a firm or a body at the head of reported speech, left
  open where the sixtieth and two-hundred-and-twenty-fourth batches differ); "The company
  expects" (hundred-seventy-eighth); and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_250 = [
    # --- Neuzulassungen 2025 (dpa), Januar ---
    (
        "de",
        "Flensburg (dpa) - Im vergangenen Jahr sind in Deutschland rund 2,74 Millionen Pkw neu zugelassen worden, 2,6 Prozent weniger als 2024, wie das Kraftfahrt-Bundesamt (KBA) am Montag mitteilte.",
        True,
        [("count", 2740000, None, "about"), ("percent", 2.6, "%", None), ("year", 2024, None, None)],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Der Anteil reiner Elektroautos stieg um 3,6 Prozentpunkte auf 17,1 Prozent.",
        True,
        [("percent", 3.6, "pp", None), ("percent", 17.1, "%", None)],
        None,
    ),
    (
        "de",
        "Damit war gut jeder sechste Neuwagen ein Stromer.",
        True,
        [("fraction", 0.1667, None, "over")],
        None,
    ),
    (
        "de",
        "Die meisten Neuzulassungen entfielen auf die Marke Allerwagen mit 514.230 Fahrzeugen, vor Isarmotoren mit 237.918.",
        True,
        [("count", 514230, None, None), ("count", 237918, None, None)],
        None,
    ),
    (
        "de",
        "Plug-in-Hybride legten um fast 40 Prozent auf 231.400 Fahrzeuge zu.",
        True,
        [("percent", 40, "%", "nearly"), ("count", 231400, None, None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche CO2-Ausstoß der neu zugelassenen Pkw sank auf 112,4 Gramm pro Kilometer.",
        True,
        [("count", 112.4, None, None)],
        None,
    ),
    (
        "de",
        "„Der Markt hat die Talsohle durchschritten, jetzt muss die Politik endlich für Verlässlichkeit sorgen“, sagte VDA-Präsidentin Sigrun Pelzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pelzer sagte, der Verband rechne für das laufende Jahr mit rund 2,81 Millionen Neuzulassungen.",
        True,
        [("count", 2810000, None, "about")],
        "Pelzer",
    ),
    (
        "de",
        "Ob der Zuwachs bei den Elektroautos ohne staatliche Förderung anhält, ist unter Branchenbeobachtern umstritten.",
        False,
        [],
        None,
    ),
    # --- Jinhai Auto's annual deliveries (Reuters), January ---
    (
        "en",
        "SHANGHAI, Jan 2 (Reuters) - Chinese electric carmaker Jinhai Auto delivered 1.84 million vehicles last year, up 27% from 2024.",
        True,
        [
            ("date", "--01-02", None, None),
            ("count", 1840000, None, None),
            ("percent", 27, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Fourth-quarter deliveries reached a record 561,200 units, beating the roughly 540,000 that analysts had expected.",
        True,
        [("ordinal", 4, None, None), ("count", 561200, None, None), ("count", 540000, None, "about")],
        None,
    ),
    (
        "en",
        "Exports more than doubled to about 410,000 vehicles, with Europe and Latin America accounting for nearly two-thirds of them.",
        True,
        [("count", 410000, None, "about"), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Jinhai is targeting sales of 2.3 million vehicles this year and plans to start production at its first plant outside China, in Hungary, in the second half of 2027.",
        True,
        [
            ("count", 2300000, None, None),
            ("ordinal", 1, None, None),
            ("ordinal", 2, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Zhou Minghao told reporters the company would cut the price of its best-selling Aurora sedan by 8,000 yuan ($1,100) from Jan. 15.",
        True,
        [("money", 8000, "CNY", None), ("money", 1100, "USD", None), ("date", "--01-15", None, None)],
        "Zhou Minghao",
    ),
    ("en", '"Price is no longer our weapon, technology is," Zhou said.', False, [], None),
    (
        "en",
        "New energy vehicles made up 51.2% of China's passenger car retail sales last year, according to the China Passenger Car Association.",
        True,
        [("percent", 51.2, "%", None)],
        None,
    ),
    (
        "en",
        "Most analysts see no end to the discounting battle among China's EV brands before 2027.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    ("en", "Jinhai's Hong Kong-listed shares rose 4.6% in early trade.", True, [("percent", 4.6, "%", None)], None),
    # --- Kesselring schließt Werk in Zwickau (dpa/sn), Februar ---
    (
        "de",
        "Zwickau (dpa/sn) - Der Autozulieferer Kesselring Automotive schließt sein Werk in Zwickau bis Ende 2027 und streicht dort alle 1.140 Arbeitsplätze.",
        True,
        [("year", 2027, None, None), ("count", 1140, None, None)],
        None,
    ),
    (
        "de",
        "Die Fertigung von Kabelbäumen soll schrittweise nach Rumänien und Marokko verlagert werden, hieß es.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Belegschaft war am Dienstagmorgen in einer zweistündigen Betriebsversammlung über die Pläne informiert worden.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Dieter Hallgarten sagte, die Aufträge aus Deutschland seien seit 2023 um ein Drittel zurückgegangen.",
        True,
        [("year", 2023, None, None), ("fraction", 0.3333, None, None)],
        "Dieter Hallgarten",
    ),
    ("de", "„Wir haben uns diese Entscheidung wahrlich nicht leicht gemacht“, sagte Hallgarten.", False, [], None),
    (
        "de",
        "Das Werk war 1991 als erstes westdeutsches Zuliefererwerk in der Region eröffnet worden.",
        True,
        [("year", 1991, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Die IG Metall sprach von einem „Tiefschlag für die ganze Region“.", False, [], None),
    (
        "de",
        "Die Gewerkschaft kündigte für Donnerstag eine Kundgebung vor dem Werkstor an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Sachsen hängen nach Branchenschätzungen rund 95.000 Arbeitsplätze direkt an der Autoindustrie.",
        True,
        [("count", 95000, None, "about")],
        None,
    ),
    # --- UK new car registrations (PA), February ---
    (
        "en",
        "LONDON (PA) - Registrations of new cars in Britain climbed 3.4% in January to 128,770, the SMMT said on Thursday.",
        True,
        [("percent", 3.4, "%", None), ("count", 128770, None, None)],
        "the SMMT",
    ),
    (
        "en",
        "Battery electric cars took 21.7% of the market, short of the 30% share required under the zero emission vehicle mandate this year.",
        True,
        [("percent", 21.7, "%", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "Carmakers falling short can be fined £14,000 for each non-compliant car or buy credits from rivals.",
        True,
        [("money", 14000, "GBP", None)],
        None,
    ),
    (
        "en",
        "SMMT chief executive Marcus Ellery said manufacturers had spent an estimated £4.1 billion on discounts to shift electric models last year.",
        True,
        [("money", 4100000000, "GBP", "about")],
        "Marcus Ellery",
    ),
    (
        "en",
        '"The mandate is forcing us to sell cars at a loss to customers who are not ready for them," Ellery said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fleet and business buyers accounted for about 58% of all new registrations.",
        True,
        [("percent", 58, "%", "about")],
        None,
    ),
    (
        "en",
        "Private demand for electric cars rose by nearly a quarter, helped by a government grant of up to £3,200 per vehicle.",
        True,
        [("fraction", 0.25, None, "nearly"), ("money", 3200, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        'Campaign group Transport & Environment called the industry\'s complaints "a familiar lobbying script."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Transport Secretary Dominic Faircloth said the government would review the mandate's flexibilities in the autumn.",
        True,
        [],
        "Dominic Faircloth",
    ),
    # --- Remstal Jahreszahlen (dpa-AFX), März ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autobauer Remstal hat im vergangenen Jahr einen Gewinnrückgang um 28 Prozent auf 6,4 Milliarden Euro verbucht.",
        True,
        [("percent", 28, "%", None), ("money", 6400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz sank um 4 Prozent auf 142,7 Milliarden Euro, die operative Marge im Autogeschäft fiel von 9,1 auf 6,3 Prozent.",
        True,
        [
            ("percent", 4, "%", None),
            ("money", 142700000000, "EUR", None),
            ("percent", 9.1, "%", None),
            ("percent", 6.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Weltweit lieferte der Konzern knapp 1,97 Millionen Fahrzeuge aus, davon 412.000 in China.",
        True,
        [("count", 1970000, None, "nearly"), ("count", 412000, None, None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll auf 3,80 Euro je Aktie sinken, nach 5,20 Euro im Vorjahr.",
        True,
        [("money", 3.8, "EUR", None), ("money", 5.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr stellt Remstal eine Marge zwischen 5 und 7 Prozent in Aussicht.",
        True,
        [("percent", 5, "%", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Cornelia Wiedtke sagte, das Sparprogramm solle bis 2028 jährlich rund 5 Milliarden Euro einbringen.",
        True,
        [("year", 2028, None, None), ("money", 5000000000, "EUR", "about")],
        "Cornelia Wiedtke",
    ),
    (
        "de",
        "„Wir haben unsere Hausaufgaben gemacht, aber der Gegenwind ist stärker geworden“, sagte Vorstandschef Arnulf Degenhardt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Degenhardt sagte, Zölle hätten den Konzern im vergangenen Jahr rund 1,3 Milliarden Euro gekostet.",
        True,
        [("money", 1300000000, "EUR", "about")],
        "Degenhardt",
    ),
    ("de", "Analysten einer Landesbank nannten den Ausblick „ambitionslos“.", False, [], None),
    (
        "de",
        "Die Aktie verlor im Xetra-Handel zeitweise 5,8 Prozent.",
        True,
        [("percent", 5.8, "%", None)],
        None,
    ),
    # --- Brightmoor recall (AP), March ---
    (
        "en",
        "DETROIT (AP) — Brightmoor Motors is recalling more than 412,000 SUVs and pickups in the U.S. because the picture from the rear camera may not show up when drivers shift into reverse.",
        True,
        [("count", 412000, None, "over")],
        None,
    ),
    (
        "en",
        "The recall covers certain Westfall and Outpost SUVs and Corran pickups from the 2022 through 2025 model years, the National Highway Traffic Safety Administration said Tuesday.",
        True,
        [("year", 2022, None, None), ("year", 2025, None, None)],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "Dealers will reflash the software for free, and owners should receive letters from April 6.",
        True,
        [("date", "--04-06", None, None)],
        None,
    ),
    (
        "en",
        "Brightmoor said it had received reports of 14 crashes and three minor injuries tied to the fault.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "It is the automaker's second camera-related recall of the same vehicles in 18 months.",
        True,
        [("ordinal", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "NHTSA said it had also opened a preliminary investigation into about 96,000 of the company's electric vans over reports of a sudden loss of drive power.",
        True,
        [("count", 96000, None, "about")],
        "NHTSA",
    ),
    (
        "en",
        "Drivers who are unsure whether their SUV is included can look up the vehicle identification number on the agency's site.",
        False,
        [],
        None,
    ),
    ("en", '"We take every report from our drivers seriously," a Brightmoor spokeswoman said.', False, [], None),
    (
        "en",
        "Last year U.S. automakers issued 1,073 recalls covering about 29.4 million vehicles, according to NHTSA data.",
        True,
        [("count", 1073, None, None), ("count", 29400000, None, "about")],
        None,
    ),
    # --- Neuzulassungen in Österreich (APA), April ---
    (
        "de",
        "Wien (APA) - Im ersten Quartal sind in Österreich 62.418 Pkw neu zugelassen worden, um 7,3 Prozent mehr als im Vorjahreszeitraum, teilte die Statistik Austria am Donnerstag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 62418, None, None), ("percent", 7.3, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Der Anteil der Elektroautos lag bei 22,6 Prozent, heuer wurden bereits 14.107 E-Pkw angemeldet.",
        True,
        [("percent", 22.6, "%", None), ("count", 14107, None, None)],
        None,
    ),
    (
        "de",
        "Benziner kamen auf 31,2 Prozent, Diesel nur noch auf 11,4 Prozent.",
        True,
        [("percent", 31.2, "%", None), ("percent", 11.4, "%", None)],
        None,
    ),
    (
        "de",
        "Am häufigsten wurden Autos der Marke Allerwagen zugelassen, knapp jeder fünfte Neuwagen trug ihr Logo.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Eine Vollladung eines Mittelklasse-E-Autos an öffentlichen Schnellladern kostet nach Berechnungen des ÖAMTC im Schnitt 38 Euro.",
        True,
        [("money", 38, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Kundinnen und Kunden warten ab, das spüren wir in jedem Autohaus“, sagte der Obmann des Fahrzeughandels in der Wirtschaftskammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund fördert den Kauf eines E-Autos durch Private mit bis zu 2.400 Euro, sofern der Listenpreis 60.000 Euro nicht übersteigt.",
        True,
        [("money", 2400, "EUR", "up_to"), ("money", 60000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob die Förderung über den Sommer hinaus verlängert wird, ließ das Klimaschutzministerium offen.",
        False,
        [],
        None,
    ),
    # --- Daesan battery plant in Georgia (Reuters), April ---
    (
        "en",
        "SAVANNAH, Georgia, April 14 (Reuters) - South Korea's Daesan Energy will build a $4.2 billion battery cell plant in Georgia with annual capacity of 35 gigawatt hours, enough for about 400,000 electric vehicles.",
        True,
        [
            ("date", "--04-14", None, None),
            ("money", 4200000000, "USD", None),
            ("count", 35, None, None),
            ("count", 400000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The plant is due to start production in the first quarter of 2028 and to employ about 2,200 people, the company said on Tuesday.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None), ("count", 2200, None, "about")],
        "the company",
    ),
    (
        "en",
        "Georgia is offering incentives worth $1.1 billion, including tax breaks and free land, according to the state's economic development department.",
        True,
        [("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Daesan Chief Financial Officer Park Seo-yeon said the company expected to qualify for a federal production tax credit of $35 per kilowatt hour of cells made in the U.S.",
        True,
        [("money", 35, "USD", None)],
        "Park Seo-yeon",
    ),
    ("en", '"This is a bet on America and on the electric future," Park said.', False, [], None),
    (
        "en",
        "Daesan already operates two battery plants in the U.S., in Tennessee and Michigan, with combined capacity of 58 GWh.",
        True,
        [("count", 2, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "en",
        "Some analysts doubt whether U.S. demand for electric vehicles will grow fast enough to fill the new capacity.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Battery cell prices fell 18% last year to an average of $111 per kilowatt hour, according to a survey by research firm VoltMetrics.",
        True,
        [("percent", 18, "%", None), ("money", 111, "USD", None)],
        None,
    ),
    # --- Rückruf in der Schweiz (Keystone-SDA), April ---
    (
        "de",
        "Bern (Keystone-SDA) - Wegen möglicherweise fehlerhafter Bremsleitungen ruft der Hersteller Corvane in der Schweiz 3'972 Personenwagen in die Werkstätten zurück.",
        True,
        [("count", 3972, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind Fahrzeuge der Modelle Arvo und Arvo Cross der Baujahre 2022 bis 2024, teilte das Bundesamt für Strassen (Astra) am Mittwoch mit.",
        True,
        [("year", 2022, None, None), ("year", 2024, None, None)],
        "das Bundesamt für Strassen",
    ),
    (
        "de",
        "Weltweit sind nach Herstellerangaben rund 186'000 Autos betroffen.",
        True,
        [("count", 186000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Reparatur dauert etwa 90 Minuten und ist für die Halterinnen und Halter kostenlos.",
        True,
        [("duration", 90, "minute", "about")],
        None,
    ),
    (
        "de",
        "Unfälle im Zusammenhang mit dem Mangel sind in der Schweiz bislang keine bekannt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat das Astra bereits 47 Rückrufe für Personenwagen veröffentlicht, doppelt so viele wie im Vorjahreszeitraum.",
        True,
        [("count", 47, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Die Kundschaft erwartet zu Recht, dass ein Rückruf rasch und unkompliziert abgewickelt wird», sagte ein Sprecher des Importeurs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Touring Club Schweiz rät betroffenen Haltern, bis zur Reparatur auf längere Fahrten mit Anhänger zu verzichten.",
        False,
        [],
        None,
    ),
    # --- Sumiro Motor's annual results (Reuters), May ---
    (
        "en",
        "TOKYO, May 12 (Reuters) - Sumiro Motor forecast a 21% drop in operating profit to 1.38 trillion yen ($9.2 billion) for the financial year that began in April, citing U.S. tariffs and a stronger yen.",
        True,
        [
            ("date", "--05-12", None, None),
            ("percent", 21, "%", None),
            ("money", 1380000000000, "JPY", None),
            ("money", 9200000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "In the year to March, operating profit rose 6% to 1.75 trillion yen on record sales of 46.2 trillion yen.",
        True,
        [("percent", 6, "%", None), ("money", 1750000000000, "JPY", None), ("money", 46200000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The company expects the tariffs to cost it about 1.1 trillion yen this year, up from 620 billion yen last year.",
        True,
        [("money", 1100000000000, "JPY", "about"), ("money", 620000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Kenta Oshiro told analysts the yen's strength would reduce profit by a further 280 billion yen.",
        True,
        [("money", 280000000000, "JPY", None)],
        "Kenta Oshiro",
    ),
    (
        "en",
        '"We are entering a period where patience will matter more than speed," Oshiro said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sumiro sold 10.4 million vehicles worldwide in the year, of which hybrids made up about 42%.",
        True,
        [("count", 10400000, None, None), ("percent", 42, "%", "about")],
        None,
    ),
    (
        "en",
        "The company plans to launch a dozen fully electric models by 2028, down from a previous target of 15.",
        True,
        [("count", 12, None, None), ("year", 2028, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Whether Sumiro can pass the tariff costs on to American buyers remains an open question.",
        False,
        [],
        None,
    ),
    ("en", "Sumiro shares closed down 3.2% ahead of the results.", True, [("percent", 3.2, "%", None)], None),
    # --- Zellfabrik in der Lausitz (dpa), Mai ---
    (
        "de",
        "Lauchhammer (dpa) - Der Batteriehersteller Elbcell baut in der Lausitz eine Zellfabrik für rund 2,8 Milliarden Euro.",
        True,
        [("money", 2800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Anlage soll ab 2028 Batteriezellen mit einer Jahreskapazität von 24 Gigawattstunden fertigen, genug für etwa 350.000 Elektroautos.",
        True,
        [("year", 2028, None, None), ("count", 24, None, None), ("count", 350000, None, "about")],
        None,
    ),
    (
        "de",
        "Bund und Land fördern das Vorhaben mit zusammen 690 Millionen Euro, teilte das Bundeswirtschaftsministerium am Freitag mit.",
        True,
        [("money", 690000000, "EUR", None)],
        "das Bundeswirtschaftsministerium",
    ),
    (
        "de",
        "Geschäftsführerin Annegret Lüdecke sagte, in der ersten Ausbaustufe entstünden 1.400 Arbeitsplätze, bis 2031 sollten es 2.600 werden.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 1400, None, None),
            ("year", 2031, None, None),
            ("count", 2600, None, None),
        ],
        "Annegret Lüdecke",
    ),
    ("de", "„Die Lausitz zeigt, dass Strukturwandel gelingen kann“, sagte Lüdecke.", False, [], None),
    (
        "de",
        "Der erste Spatenstich ist für den 15. September 2026 geplant.",
        True,
        [("ordinal", 1, None, None), ("date", "2026-09-15", None, None)],
        None,
    ),
    (
        "de",
        "Den Großteil der Zellen hat sich nach Unternehmensangaben ein süddeutscher Autobauer für zunächst acht Jahre gesichert.",
        True,
        [("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bund der Steuerzahler nannte die Förderung „ein Milliardenrisiko ohne Rückversicherung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände fürchten, dass die Fabrik jährlich bis zu 1,2 Millionen Kubikmeter Wasser verbrauchen könnte.",
        False,
        [("count", 1200000, None, "up_to")],
        None,
    ),
    # --- EU CO2 rules (Reuters), May ---
    (
        "en",
        "BRUSSELS, May 20 (Reuters) - European Union lawmakers voted on Wednesday to let carmakers average their CO2 emissions over the three years from 2025 to 2027, easing the threat of heavy fines.",
        True,
        [
            ("date", "--05-20", None, None),
            ("duration", 3, "year", None),
            ("year", 2025, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Parliament backed the change by 471 votes to 96, with 19 abstentions.",
        True,
        [("count", 471, None, None), ("count", 96, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Under the rules, the average new car sold in the EU must emit no more than 93.9 grams of CO2 per kilometre, 15% less than the 2021 baseline.",
        True,
        [("count", 93.9, None, "at_most"), ("percent", 15, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Carmakers face a penalty of 90 euros for every gram over the limit, multiplied by the number of cars they sold.",
        True,
        [("money", 90, "EUR", None)],
        None,
    ),
    (
        "en",
        "The European Automobile Manufacturers' Association said the industry could have faced fines of up to 15 billion euros without the change.",
        True,
        [("money", 15000000000, "EUR", "up_to")],
        "the European Automobile Manufacturers' Association",
    ),
    ("en", 'Green lawmakers called the vote "a gift to the laggards."', False, [], None),
    (
        "en",
        "Transport & Environment said electric cars would need to make up about 20% of EU sales this year for most manufacturers to comply.",
        True,
        [("percent", 20, "%", "about")],
        None,
    ),
    (
        "en",
        "Industry officials privately fear the reprieve will only postpone a reckoning.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The bloc's ban on sales of new combustion-engine cars is due to take effect in 2035, with a review scheduled for next year.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    # --- Neue E-Auto-Prämie (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung führt zum 1. Juli eine neue Kaufprämie für Elektroautos ein.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Haushalte, deren zu versteuerndes Jahreseinkommen höchstens 75.000 Euro beträgt, erhalten bis zu 4.500 Euro, für jedes Kind gibt es 400 Euro zusätzlich.",
        True,
        [("money", 75000, "EUR", "at_most"), ("money", 4500, "EUR", "up_to"), ("money", 400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Insgesamt stehen bis 2029 rund 2,6 Milliarden Euro aus dem Klima- und Transformationsfonds bereit, sagte Bundesumweltminister Rainer Stoltenberg.",
        True,
        [("year", 2029, None, None), ("money", 2600000000, "EUR", "about")],
        "Rainer Stoltenberg",
    ),
    (
        "de",
        "Gefördert werden Neuwagen und junge Gebrauchte mit einem Listenpreis bis 48.000 Euro.",
        True,
        [("money", 48000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Das Ministerium rechnet mit rund 640.000 geförderten Fahrzeugen.",
        True,
        [("count", 640000, None, "about")],
        None,
    ),
    (
        "de",
        "„Das ist ein Programm für die Mitte der Gesellschaft, nicht für Dienstwagenfahrer“, sagte Stoltenberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem abrupten Aus der früheren Umweltprämie im Dezember 2023 waren die Neuzulassungen von E-Autos im Jahr 2024 um gut ein Viertel eingebrochen.",
        True,
        [("year", 2023, None, None), ("year", 2024, None, None), ("fraction", 0.25, None, "over")],
        None,
    ),
    ("de", "Der Verband der Internationalen Kraftfahrzeughersteller warnte vor einem Strohfeuer.", False, [], None),
    (
        "de",
        "Die Grünen forderten, die Prämie an eine Batteriefertigung in Europa zu koppeln.",
        True,
        [],
        None,
    ),
    # --- U.S. EV sales in the second quarter (Reuters), July ---
    (
        "en",
        "NEW YORK, July 14 (Reuters) - U.S. sales of electric vehicles fell 9.4% in the second quarter to about 287,000 units, the first year-on-year decline since 2019, according to estimates from auto data firm Motorintel.",
        True,
        [
            ("date", "--07-14", None, None),
            ("percent", 9.4, "%", None),
            ("ordinal", 2, None, None),
            ("count", 287000, None, "about"),
            ("ordinal", 1, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "EVs accounted for 7.1% of all new vehicles sold, down from 8.3% a year earlier.",
        True,
        [("percent", 7.1, "%", None), ("percent", 8.3, "%", None)],
        None,
    ),
    (
        "en",
        "The decline followed the expiry of federal tax credits for EV buyers at the end of September last year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The average transaction price of a new EV was $54,820, about $6,300 more than for a gasoline car.",
        True,
        [("money", 54820, "USD", None), ("money", 6300, "USD", "about")],
        None,
    ),
    (
        "en",
        "Brightmoor's EV sales dropped by almost half, while Corvane increased its sales by 12%.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        '"The buyers who wanted an EV have bought one, and the rest need a reason," said Janine Castellano, an analyst at Motorintel.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellano said she expected EV sales to reach 1.25 million vehicles for the full year.",
        True,
        [("count", 1250000, None, None)],
        "Castellano",
    ),
    (
        "en",
        '"Nobody walks in asking for an electric truck anymore," said a dealer in suburban Columbus, Ohio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Automakers have delayed or cancelled at least $28 billion of planned EV investments in the U.S. since January, according to a tally by Motorintel.",
        True,
        [("money", 28000000000, "USD", "at_least")],
        None,
    ),
    # --- Wendstein Quartalszahlen (dpa-AFX), Juli ---
    (
        "de",
        "Hannover (dpa-AFX) - Der Autozulieferer Wendstein ist im zweiten Quartal in die roten Zahlen gerutscht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach Steuern verbuchte Wendstein einen Verlust von 214 Mio. Euro nach einem Gewinn von 96 Mio. Euro ein Jahr zuvor.",
        True,
        [("money", 214000000, "EUR", None), ("money", 96000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz schrumpfte um 6,8 Prozent auf 9,87 Mrd. Euro.",
        True,
        [("percent", 6.8, "%", None), ("money", 9870000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die bereinigte Ebit-Marge fiel um 1,6 Prozentpunkte auf 3,2 Prozent.",
        True,
        [("percent", 1.6, "pp", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Wendstein will bis Ende 2028 weltweit weitere 7.500 Stellen streichen, davon rund 3.000 in Deutschland.",
        True,
        [("year", 2028, None, None), ("count", 7500, None, None), ("count", 3000, None, "about")],
        None,
    ),
    (
        "de",
        "Finanzchefin Birgit Schallenberg sagte, die Abrufe der Autohersteller lägen um fast ein Fünftel unter der Planung.",
        True,
        [("fraction", 0.2, None, "nearly")],
        "Birgit Schallenberg",
    ),
    (
        "de",
        "„Wir müssen schneller, schlanker und billiger werden, sonst schaffen wir es nicht“, sagte Schallenberg.",
        False,
        [],
        None,
    ),
    ("de", "Der Gesamtbetriebsrat sprach von einem „Abbau ohne Plan“.", False, [], None),
    (
        "de",
        "Der Betriebsrat legte einen Sechs-Punkte-Plan zur Sicherung der deutschen Standorte vor.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktie brach um bis zu 11 Prozent ein und war damit größter Verlierer im MDax.",
        True,
        [("percent", 11, "%", "up_to")],
        None,
    ),
    # --- Voltcrest's second-quarter deliveries (Reuters), July ---
    (
        "en",
        "AUSTIN, Texas, July 2 (Reuters) - Voltcrest delivered 318,460 vehicles in the second quarter, down 11% from a year earlier and below the roughly 335,000 expected by analysts, according to LSEG data.",
        True,
        [
            ("date", "--07-02", None, None),
            ("count", 318460, None, None),
            ("ordinal", 2, None, None),
            ("percent", 11, "%", None),
            ("count", 335000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "It was the company's third consecutive quarterly decline in deliveries.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Production rose 4% to 341,900 vehicles, leaving more than 23,000 cars in inventory.",
        True,
        [("percent", 4, "%", None), ("count", 341900, None, None), ("count", 23000, None, "over")],
        None,
    ),
    (
        "en",
        "It also deployed a record 11.2 gigawatt hours of energy storage products in the quarter.",
        True,
        [("count", 11.2, None, None)],
        None,
    ),
    ("en", "Voltcrest shares fell 2.7% in premarket trading.", True, [("percent", 2.7, "%", None)], None),
    (
        "en",
        "Investors who back the stock say its future lies in self-driving software, not in selling cars.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Leon Marchetti said a cheaper model priced below $30,000 would go into production in the first half of 2027.",
        True,
        [("money", 30000, "USD", "under"), ("ordinal", 1, None, None), ("year", 2027, None, None)],
        "Leon Marchetti",
    ),
    (
        "en",
        '"We are building the most exciting product roadmap in the company\'s history," Marchetti said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Voltcrest's sales in Europe fell 38% in the first five months of the year, according to data from the European Automobile Manufacturers' Association.",
        True,
        [("percent", 38, "%", None), ("ordinal", 1, None, None), ("duration", 5, "month", None)],
        None,
    ),
    # --- Isarmotoren Quartalszahlen (Reuters), Juli ---
    (
        "de",
        "München (Reuters) - Isarmotoren hat im zweiten Quartal dank hoher Nachfrage nach Elektroautos mehr verdient als von Analysten erwartet.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Steuern stieg um 9 Prozent auf 3,12 Milliarden Euro, Analysten hatten im Schnitt mit 2,8 Milliarden Euro gerechnet.",
        True,
        [("percent", 9, "%", None), ("money", 3120000000, "EUR", None), ("money", 2800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Jedes dritte ausgelieferte Auto war ein reines Elektrofahrzeug oder ein Plug-in-Hybrid.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslieferungen in China gingen um 14,5 Prozent auf 148.300 Fahrzeuge zurück.",
        True,
        [("percent", 14.5, "%", None), ("count", 148300, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Konstantin Aubel sagte, die Marge im Autogeschäft werde im Gesamtjahr am oberen Ende der Spanne von 6 bis 8 Prozent liegen.",
        True,
        [("percent", 6, "%", None), ("percent", 8, "%", None)],
        "Konstantin Aubel",
    ),
    (
        "de",
        "„Wer jetzt auf das Ende des Elektroautos wettet, wird sich gründlich verrechnen“, sagte Aubel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Stammwerk wird seit Juni im Dreischichtbetrieb gefertigt, um die Nachfrage nach dem neuen Elektro-SUV zu bedienen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ob der Zollstreit mit den USA die zweite Jahreshälfte belastet, ist offen.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Chinese brands in Europe (Reuters), August ---
    (
        "en",
        "BRUSSELS, Aug 5 (Reuters) - Chinese brands doubled their share of Europe's electric car market to 11.8% in the first half, despite EU tariffs of up to 34.8% on imports of Chinese-built EVs, data from research firm AutoLens showed.",
        True,
        [
            ("date", "--08-05", None, None),
            ("percent", 11.8, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 34.8, "%", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Jinhai alone registered 61,240 cars in Europe between January and June, up from 24,900 a year earlier.",
        True,
        [("count", 61240, None, None), ("count", 24900, None, None)],
        None,
    ),
    (
        "en",
        "More than a third of the Chinese-branded cars sold in Europe were plug-in hybrids, which are not covered by the tariffs.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "The European Commission said on Tuesday it had opened talks with Beijing on replacing the duties with minimum import prices.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Tariffs were never going to keep Chinese carmakers out of Europe, only slow them down," said Felix Brandauer of consultancy Kerrigan Auto Advisory.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brandauer said Chinese manufacturers had announced at least five assembly plants in Europe since 2023.",
        True,
        [("count", 5, None, "at_least"), ("year", 2023, None, None)],
        "Brandauer",
    ),
    (
        "en",
        "Jinhai's Hungarian plant will have capacity for 150,000 vehicles a year when it opens, the company has said.",
        True,
        [("count", 150000, None, None)],
        None,
    ),
    (
        "en",
        "European carmakers fear a wave of cheap plug-in hybrids could undercut their own models.",
        False,
        [],
        None,
    ),
    # --- Airbag-Rückruf (dpa), August ---
    (
        "de",
        "Flensburg (dpa) - Wegen defekter Airbag-Gasgeneratoren müssen in Deutschland rund 118.000 Autos in die Werkstatt.",
        True,
        [("count", 118000, None, "about")],
        None,
    ),
    ("de", "Das teilte das Kraftfahrt-Bundesamt am Freitag mit.", True, [], "das Kraftfahrt-Bundesamt"),
    (
        "de",
        "Betroffen sind Kleinwagen und Kompakt-SUV der Marke Allerwagen aus den Baujahren 2014 bis 2019.",
        True,
        [("year", 2014, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Bei Hitze und hoher Luftfeuchtigkeit könne der Gasgenerator bersten und Metallteile in den Innenraum schleudern, hieß es.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Weltweit werden dem Hersteller zufolge bereits mindestens 27 Todesfälle mit den fehlerhaften Bauteilen in Verbindung gebracht.",
        True,
        [("count", 27, None, "at_least")],
        None,
    ),
    (
        "de",
        "Für rund 21.000 der Fahrzeuge hat das KBA ein sofortiges Fahrverbot verhängt.",
        True,
        [("count", 21000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Hersteller hatte bereits im Juni 2025 einen ersten Rückruf für 64.000 Fahrzeuge gestartet.",
        True,
        [("year", 2025, None, None), ("ordinal", 1, None, None), ("count", 64000, None, None)],
        None,
    ),
    (
        "de",
        "Der ADAC rät Haltern, die Fahrzeug-Identifizierungsnummer auf der Internetseite des Herstellers zu prüfen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Dass sich ein solcher Rückruf so lange hinzieht, ist für die Betroffenen eine Zumutung“, sagte ein ADAC-Sprecher.",
        False,
        [],
        None,
    ),
    # --- Hollin Components closes Corby plant (PA), August ---
    (
        "en",
        "CORBY, England (PA) - Car parts maker Hollin Components is to close its factory in Corby with the loss of 640 jobs, blaming falling orders from European carmakers.",
        True,
        [("count", 640, None, None)],
        None,
    ),
    (
        "en",
        "Production of seat frames will end by March and move to the company's plant in Slovakia.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The site, which opened in 1986, has made parts for more than 20 car models.",
        True,
        [("year", 1986, None, None), ("count", 20, None, "over")],
        None,
    ),
    (
        "en",
        "Managing director Alison Thwaite said orders from the plant's three biggest customers had fallen by about 40% in two years.",
        True,
        [("count", 3, None, None), ("percent", 40, "%", "about"), ("duration", 2, "year", None)],
        "Alison Thwaite",
    ),
    ("en", '"This is a sad day for everyone who has worked here," Thwaite said.', False, [], None),
    (
        "en",
        "The Unite union said it would ask members to vote on strike action over the redundancy terms.",
        True,
        [],
        None,
    ),
    ("en", 'Local MP Hannah Ridgeway called the closure "a hammer blow for the town."', False, [], None),
    (
        "en",
        "The UK automotive supply chain has shed around 9,400 jobs since the start of 2024, according to industry figures.",
        True,
        [("count", 9400, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "British car production fell 11.6% in the first half to 417,300 vehicles, the lowest level since 1954 excluding the pandemic year of 2020.",
        True,
        [
            ("percent", 11.6, "%", None),
            ("ordinal", 1, None, None),
            ("count", 417300, None, None),
            ("year", 1954, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    # --- IAA und VDA-Prognose (dpa), September ---
    (
        "de",
        "München (dpa) - Zum Auftakt der Automesse IAA hat der Verband der Automobilindustrie (VDA) seine Prognose für die Pkw-Produktion in Deutschland gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der VDA rechnet nun mit rund 3,9 Millionen Fahrzeugen, das wären 5 Prozent weniger als im Vorjahr.",
        True,
        [("count", 3900000, None, "about"), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschäftigten in der Branche sank bis Juni auf 737.400, fast 48.000 weniger als vor zwei Jahren.",
        True,
        [("count", 737400, None, None), ("count", 48000, None, "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "VDA-Präsidentin Sigrun Pelzer sagte, Hersteller und Zulieferer wollten bis 2030 rund 320 Milliarden Euro in Forschung und Entwicklung investieren.",
        True,
        [("year", 2030, None, None), ("money", 320000000000, "EUR", "about")],
        "Sigrun Pelzer",
    ),
    (
        "de",
        "„Der Standort Deutschland verliert Jahr für Jahr an Boden, und das dürfen wir nicht einfach hinnehmen“, sagte Pelzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Studie im Auftrag des Verbands könnten bis 2035 bis zu 190.000 Arbeitsplätze in der Branche wegfallen.",
        True,
        [("year", 2035, None, None), ("count", 190000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Auf der Messe zeigen 62 Aussteller aus China ihre Modelle, fast doppelt so viele wie bei der vorigen Ausgabe vor zwei Jahren.",
        True,
        [("count", 62, None, None), ("count", 2, None, "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Am Vormittag drängten sich die Fachbesucher vor allem an den Ständen der neuen Elektromarken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Branchenkenner erwarten, dass die Messe vor allem ein Schaufenster für günstige Elektro-Kleinwagen wird.",
        False,
        [],
        None,
    ),
    # --- India's passenger vehicle sales (PTI), September ---
    (
        "en",
        "NEW DELHI (PTI) - Wholesale dispatches of passenger vehicles in India grew 4.2% in August to about 3.72 lakh units, industry body SIAM said on Monday.",
        True,
        [("percent", 4.2, "%", None), ("count", 372000, None, "about")],
        None,
    ),
    (
        "en",
        "Sales of electric cars more than doubled to 18,640 units, taking their share of the market to 5%.",
        True,
        [("count", 18640, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Under a federal incentive scheme, buyers of electric cars receive a subsidy of up to 1.5 lakh rupees per vehicle.",
        True,
        [("money", 150000, "INR", "up_to")],
        None,
    ),
    (
        "en",
        "Market leader Vardhan Motors sold 142,300 cars in the month, giving it a market share of about 38%.",
        True,
        [("count", 142300, None, None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "Vardhan Managing Director Rohit Kedia told reporters the company would invest 45,000 crore rupees ($5.1 billion) in new plants and models by 2031.",
        True,
        [("money", 450000000000, "INR", None), ("money", 5100000000, "USD", None), ("year", 2031, None, None)],
        "Rohit Kedia",
    ),
    (
        "en",
        '"The Indian customer is ready for electric, but the charging network is not," Kedia said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "India had about 29,300 public charging points in June, according to power ministry figures.",
        True,
        [("count", 29300, None, "about")],
        None,
    ),
    (
        "en",
        "Dealers hope the festival season starting in October will lift sales by at least 10%.",
        False,
        [("percent", 10, "%", "at_least")],
        None,
    ),
    # --- Traunwerk baut Stellen ab (APA), Oktober ---
    (
        "de",
        "Steyr (APA) - Der Zulieferer Traunwerk baut an seinem Standort in Steyr bis Mitte 2027 rund 480 der 1.350 Arbeitsplätze ab.",
        True,
        [("year", 2027, None, None), ("count", 480, None, "about"), ("count", 1350, None, None)],
        None,
    ),
    (
        "de",
        "Grund seien die seit Monaten rückläufigen Abrufe deutscher Autohersteller, hieß es aus dem Unternehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Geschäftsführer Harald Pesendorfer sagte, der Umsatz werde heuer um rund 15 Prozent auf 410 Mio. Euro sinken.",
        True,
        [("percent", 15, "%", "about"), ("money", 410000000, "EUR", None)],
        "Harald Pesendorfer",
    ),
    (
        "de",
        "Für die Betroffenen wird eine Arbeitsstiftung eingerichtet, in die das Land Oberösterreich 3,5 Mio. Euro einzahlt.",
        True,
        [("money", 3500000, "EUR", None)],
        None,
    ),
    ("de", "Die Gewerkschaft PRO-GE sprach von einem „bitteren Tag für die ganze Stadt“.", False, [], None),
    (
        "de",
        "In Oberösterreich arbeiten laut Wirtschaftskammer rund 31.000 Menschen in der Fahrzeugzulieferindustrie.",
        True,
        [("count", 31000, None, "about")],
        None,
    ),
    (
        "de",
        "Traunwerk hatte bereits im Frühjahr 2025 die Fertigung von Zylinderköpfen eingestellt und 220 Beschäftigte gekündigt.",
        True,
        [("year", 2025, None, None), ("count", 220, None, None)],
        None,
    ),
    (
        "de",
        "Der Wirtschaftslandesrat zeigte sich „tief betroffen“ und versprach den Beschäftigten jede mögliche Unterstützung.",
        False,
        [],
        None,
    ),
    # --- Daesan's third quarter (Reuters), October ---
    (
        "en",
        "SEOUL, Oct 28 (Reuters) - Daesan Energy posted a third-quarter operating profit of 412 billion won ($289 million), up 63% from a year earlier, as U.S. production tax credits offset weak demand from European carmakers.",
        True,
        [
            ("date", "--10-28", None, None),
            ("ordinal", 3, None, None),
            ("money", 412000000000, "KRW", None),
            ("money", 289000000, "USD", None),
            ("percent", 63, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Excluding the credits, worth 366 billion won in the quarter, the company would have made an operating profit of just 46 billion won.",
        True,
        [("money", 366000000000, "KRW", None), ("money", 46000000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "Revenue fell 8% to 6.1 trillion won.",
        True,
        [("percent", 8, "%", None), ("money", 6100000000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "It said it would convert two of its U.S. production lines to make batteries for energy storage systems.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Park Seo-yeon said energy storage would account for about a quarter of revenue by 2027.",
        True,
        [("fraction", 0.25, None, "about"), ("year", 2027, None, None)],
        "Park Seo-yeon",
    ),
    ("en", '"The EV winter is not over, but we can see spring coming," Park said.', False, [], None),
    (
        "en",
        "Analysts said the results showed how dependent Korean battery makers had become on U.S. subsidies.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Daesan shares rose as much as 5.3% in Seoul before closing 2.1% higher.",
        True,
        [("percent", 5.3, "%", "up_to"), ("percent", 2.1, "%", None)],
        None,
    ),
    # --- Allerwagen Quartalszahlen (dpa-AFX), Oktober ---
    (
        "de",
        "Wolfsburg (dpa-AFX) - Der Autokonzern Allerwagen ist im dritten Quartal wegen hoher Kosten für den Konzernumbau in die Verlustzone gerutscht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Steuern stand ein Minus von 1,07 Milliarden Euro, nach einem Gewinn von 1,58 Milliarden Euro ein Jahr zuvor.",
        True,
        [("money", 1070000000, "EUR", None), ("money", 1580000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Sonderbelastungen aus Zöllen, Abfindungen und Abschreibungen beliefen sich auf 4,7 Milliarden Euro, teilte der Konzern am Donnerstag mit.",
        True,
        [("money", 4700000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "In den ersten neun Monaten lieferte Allerwagen 6,63 Millionen Fahrzeuge aus, 1,2 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("count", 6630000, None, None),
            ("percent", 1.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Der Anteil der Elektroautos an den Auslieferungen in Westeuropa stieg auf 21 Prozent.",
        True,
        [("percent", 21, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Jochen Rautenberg sagte, der Konzern erwarte für das Gesamtjahr nun eine operative Rendite von 2 bis 3 Prozent statt bisher 4 bis 5 Prozent.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None), ("percent", 4, "%", None), ("percent", 5, "%", None)],
        "Jochen Rautenberg",
    ),
    (
        "de",
        "„Das Quartal tut weh, aber es ist der Preis für einen Umbau, den wir zu lange aufgeschoben haben“, sagte Rautenberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis 2030 sollen in Deutschland sozialverträglich 35.000 Stellen wegfallen, zwei Werke sollen ab 2027 keine Autos mehr bauen.",
        True,
        [
            ("year", 2030, None, None),
            ("count", 35000, None, None),
            ("count", 2, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "de",
        "Ob auch betriebsbedingte Kündigungen nötig werden, wollte Rautenberg nicht sagen.",
        False,
        [],
        None,
    ),
    # --- EU registrations in October (Reuters), November ---
    (
        "en",
        "BRUSSELS, Nov 25 (Reuters) - Sales of new cars in the European Union climbed 3.9% in October to 874,610 vehicles, ACEA said on Tuesday.",
        True,
        [("date", "--11-25", None, None), ("percent", 3.9, "%", None), ("count", 874610, None, None)],
        "ACEA",
    ),
    (
        "en",
        "In the first 10 months, battery electric models held a 19.4% market share, against 14.9% a year before.",
        True,
        [
            ("percent", 19.4, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("percent", 14.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Hybrid-electric models remained the most popular choice, with about 35% of sales, while petrol cars slipped to 27.6%.",
        True,
        [("percent", 35, "%", "about"), ("percent", 27.6, "%", None)],
        None,
    ),
    (
        "en",
        "Germany, France, Italy and Spain together accounted for nearly three-quarters of all registrations.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "en",
        "Sales of Voltcrest cars fell 31% in October, while Jinhai's nearly tripled.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Registrations in Italy fell 4.9%, the only decline among the bloc's four largest markets.",
        True,
        [("percent", 4.9, "%", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        'Analysts said the electric market was finally "moving in the right direction" but warned that growth remained uneven.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the trend holds once several national subsidy schemes expire in December is unclear.",
        False,
        [],
        None,
    ),
    # --- Schweizer Neuzulassungen und CO2-Sanktionen (Keystone-SDA), November ---
    (
        "de",
        "Bern (Keystone-SDA) - Von Januar bis Oktober sind in der Schweiz 198'406 neue Personenwagen in Verkehr gesetzt worden, 2,4 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [("count", 198406, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Steckerfahrzeuge lag bei 30,8 Prozent, jener der reinen Elektroautos bei 21,2 Prozent, teilte Auto-Schweiz mit.",
        True,
        [("percent", 30.8, "%", None), ("percent", 21.2, "%", None)],
        "Auto-Schweiz",
    ),
    (
        "de",
        "Das gesetzliche Ziel für den CO2-Ausstoss neuer Personenwagen liegt bei 94 Gramm pro Kilometer, die Importeure erreichten im Schnitt 109 Gramm.",
        True,
        [("count", 94, None, None), ("count", 109, None, None)],
        None,
    ),
    (
        "de",
        "Die Importeure müssen deshalb nach Schätzung des Verbands für das laufende Jahr Sanktionen von rund 190 Millionen Franken bezahlen.",
        True,
        [("money", 190000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Auto-Schweiz-Präsident Beat Zollinger sagte, der Verband verlange eine Übergangsfrist von drei Jahren, wie sie die EU gewährt habe.",
        True,
        [("duration", 3, "year", None)],
        "Beat Zollinger",
    ),
    (
        "de",
        "«Wir bezahlen Strafen für Autos, welche die Kundschaft schlicht nicht kaufen will», sagte Zollinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verkehrs-Club der Schweiz bezeichnete die Forderung als «Freipass für Klimasünder».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat hatte die Sanktionen für 2025 und 2026 bereits im Frühjahr um rund ein Viertel gesenkt.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Australia's electric car sales (AAP), December ---
    (
        "en",
        "SYDNEY (AAP) - Australians bought 104,870 electric cars in the first 11 months, more than in any full year before, the Federal Chamber of Automotive Industries said.",
        True,
        [("count", 104870, None, None), ("ordinal", 1, None, None), ("duration", 11, "month", None)],
        "the Federal Chamber of Automotive Industries",
    ),
    (
        "en",
        "Electric vehicles made up 9.7% of new car sales in November, and plug-in hybrids another 3.4%.",
        True,
        [("percent", 9.7, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Under the New Vehicle Efficiency Standard, which took effect on Jan. 1, 2025, makers of passenger cars must cut average emissions to 138 grams of CO2 per kilometre this year.",
        True,
        [("date", "2025-01-01", None, None), ("count", 138, None, None)],
        None,
    ),
    (
        "en",
        "Carmakers that exceed the limit pay A$90 for every gram over it on every vehicle sold.",
        True,
        [("money", 90, "AUD", None)],
        None,
    ),
    (
        "en",
        "Climate Change Minister Joanne Pettigrew said the standard would save motorists about A$1,000 a year per car in fuel costs by 2030.",
        True,
        [("money", 1000, "AUD", "about"), ("year", 2030, None, None)],
        "Joanne Pettigrew",
    ),
    (
        "en",
        '"Australians are choosing electric with their own money, and that tells you everything," Pettigrew said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The opposition voted against the standard when it passed parliament in 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Industry groups warned that some popular utes could become harder to buy.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Australia has about 1,450 public fast-charging sites, less than a third of the number the government says will be needed by 2030.",
        True,
        [("count", 1450, None, "about"), ("fraction", 0.3333, None, "under"), ("year", 2030, None, None)],
        None,
    ),
]
