"""Three-hundred-and-twenty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Velmarin, Armin Tiedgen, Markus Oberreuter, Murinox, Herwig Pölzl, Limmatra,
Dominik Zgraggen, Rheinwagen, Sabine Wittlinger, Jens Kühnhold, Hagemeister, Katharina
Hellwege, Sprintara, Bastian Rölleke, Niklas Oberdorfer, the Alpwerk Energie AG, Florian
Wimmersberger, Theresa Kogler, Kastellan, Gereon Stallknecht, Merzenich, the cancer drug
Tevoxa, Dorothee Kassenbrock, Ruhrvolt, Helmut Drewes, Montreval, Raphaël Aubry-Lachat,
Hofreiter, Annette Brüninghaus, Uwe Lanzinger, Tobias Reinhardsgrub, Traunpack, Gerald
Hauzenberger, Vuillerens, Corinne Bärlocher; Harlow & Vine, Dana Skelby, Sunmoor Airlines,
Renata Okoye, Maison Varenne, Hélène Castagnier, Sundvik, Ingrid Malmsten, Kessingland
Industries, Marcus Odunsi, Haldrup Pharma, the obesity drug Trevessa, Lars Brøndum,
Pennick's, Oliver Stenning, Kawachi Motors, Takeshi Nomura, Ambergate Energy, Fiona Carrow,
Jiangyue Automobile, Zhou Wenbo, Laurentian Rail, Pierre-Luc Desrosiers, Van Maasdijk,
Maarten Zijlstra, Copplestone Homes, Gemma Ashworth-Rudd, Tallmadge Stores, Dwayne Capehart,
Yalgorup Resources, Bronwyn Maddigan; every unnamed analyst, trader, Börsianer, investor and
board). Real exchanges, indices, banks, brokers, unions, data providers and places
(Bloomberg, Tradegate, Dax, Wiener Börse, PRO-GE, AWP, Vontobel, SIX, Deutsche Bank, Baader
Bank, IG Metall, Erste Group, Raiffeisen Centrobank, Kapfenberg, Judenburg, Jura; LSEG,
FactSet, Visible Alpha, Bernstein, Wall Street, IF Metall, Peel Hunt, the FTSE 100, the Hong
Kong stock exchange, the Teamsters, the STOXX 600, Jefferies, Labor Day, and the datelines'
cities) stand for the way wire copy names them; every result, margin, guidance range,
consensus, dividend, buyback, job cut, price target, share move, index level and quote here
is invented, and where a real figure came to mind (a real company's quarter, a real index
close, a real dividend) it was changed.

Its weight: COMPANY EARNINGS AND OUTLOOKS, fourth round (the seventy-third batch weighed
company earnings and corporate news, the hundred-eighty-sixth banks' and insurers' quarterly
results and takeovers and the two-hundred-and-eighty-eighth tech companies and quarterly
results; the two-hundred-and-twenty-fourth industry results and job cuts and the
three-hundred-and-second insolvencies, job cuts and restructuring; their decisions are kept)
over one second-quarter and half-year reporting season, Tuesday July 21 to Thursday August
13 of one year, as 30 short stories in story order with the German and English ones
interleaved by day, each told as wire copy runs it (a dateline lead, the figures against the
prior year and the consensus, the guidance, attributed claims, quotes, the share price, the
reaction). Half German (dpa-AFX, dpa, APA with one APA-OTS release, awp, Keystone-SDA,
Reuters German; dpa-AFX's prior-year figures in brackets „auf 1,46 (Vorjahr: 1,71)
Milliarden Euro“ and „9,6 (10,5) Prozent“, the OTS release's „EUR 612,4 Mio. (H1 2025: EUR
688,1 Mio.)“ with its blurb and contact line, awp's „512,6 Mio CHF“, „5,71 Mrd CHF“, „8,4%“
and „10'840 Fr.“, Austrian „heuer“ and „Unterm Strich“, Swiss „Mitarbeitende“,
„Inhaberaktien“, „Partizipationsscheine“, «» quotes, German „“ quotes): a chemicals group's
cut guidance, an Austrian steelmaker's half-year loss with job cuts, a Swiss lift maker's
half year, a carmaker's cut margin target, a consumer goods group's raised outlook, a
sporting goods maker's quarter, an Austrian utility's half year in an OTS release, a defence
group's record backlog, the Dax in the reporting season, a pharma group's raised targets, a
utility's half year with debt and dividend, a Swiss watch group's slump and short-time work,
a truck maker's job cuts, an Austrian packaging maker's quarter and a Swiss chocolate
maker's half year. Half English (Reuters, AP, PA, AAP, Bloomberg-style copy): a U.S. snack
maker's beat with guidance per share, a U.S. airline's quarter, a French luxury group's
first half, a Swedish truck maker's job cuts in crowns, a U.S. power-equipment maker's
raised outlook with buyback, a Danish drugmaker's cut guidance in Danish crowns, a UK
supermarket's trading update in pence, a Japanese carmaker's fiscal first quarter in yen, an
oil major's cut buyback, a Chinese electric-vehicle maker's first half in yuan, a Canadian
railroad's cut forecast, a Dutch brewer's first half, a UK housebuilder's half year, a U.S.
discount retailer's cut sales forecast and an Australian iron ore miner's full year in U.S.
dollars and U.S. cents. Negatives as such copy has them - 55 rows, none with a figure:
executives' quoted confidence, resolve, boasts, visions and reassurances, analysts',
traders' and brokers' verdicts and views, labels of unions and a works council, investors'
worries and verdicts with „halten ... für“, forecasts without a figure, open questions, a
refusal to give guidance and an OTS release's blurb and contact line, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

240 rows (121 German, 119 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 414 expected quantities (163 amounts
of money - 70 EUR, 51 USD, 11 GBP, 10 CHF, 6 JPY, 5 SEK, 4 CAD, 3 DKK, 2 CNY, 1 AUD -, 125
percentages - 122 in "%", 2 in basis points "bp", 1 in percentage points "pp" -, 35
ordinals, 29 counts, 27 years, 18 dates, 9 durations - 5 in months, 2 in weeks, 1 in days, 1
in years -, 8 fractions; none of them in a negative), 36 checked speakers (18 German, 18
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, boast, vision, resolve, reassurance or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  seventy-third, two-hundred-and-eighty-eighth, three-hundred-and-second); a quoted or
  reported figure, forecast, step, cause or plan is check-worthy with its speaker, also in
  Konjunktiv I (seventy-third, hundred-eighty-sixth). Pairs from one speaker: Tiedgen's
  savings beside Oberreuter's „auf Sicht“, Skelby's 3% beside "stretched", Pölzl's plants
  beside „Realität eines schrumpfenden Marktes“, Okoye's fuel cost beside "every bit as
  strong", Zgraggen's 10% beside «geliefert», Castagnier's margin beside "Desire for our
  brands", Wittlinger's 780 million beside Kühnhold's „Gegenwind“, Malmsten's savings beside
  "standing still", Odunsi's quarter beside "barely begun", Hellwege's cause beside „stärker
  als je zuvor“ (a boast without a benchmark, two-hundred-and-eleventh), Brøndum's 4% beside
  "disappointed", Rölleke's tariff bill beside Oberdorfer's „kein Strohfeuer“, Stenning's
  3,000 products beside "value matters", Stallknecht's 1.1 million shells beside
  „verteidigungsfähig“, Nomura's 410 billion yen beside "our cars are competitive", Carrow's
  spending beside "disciplined", Kassenbrock's 184 million euros beside „das Potenzial“,
  Zhou's 2.4 million cars beside "a race to the bottom", Drewes's 8 billion euros beside
  „Ohne Netze keine Energiewende“, Desrosiers's 700 jobs beside "sit and wait",
  Aubry-Lachat's no layoffs beside «viele Krisen», Zijlstra's 20% beside "growth engine",
  Brüninghaus's tenth beside Reinhardsgrub's „ohne Alternative“, Hauzenberger's plant beside
  „Die Talsohle“, Ashworth-Rudd's sales rate beside "works for young people", Capehart's
  5,000 items beside "every dollar", Bärlocher's cocoa prices beside «bezahlbarer Luxus» and
  Maddigan's cash costs beside "among the best in the world".
- Results and guidance (seventy-third, hundred-eighty-sixth, two-hundred-and-eleventh,
  two-hundred-and-twenty-fourth, two-hundred-and-eighty-eighth): revenue, Ebitda, operating
  and net profit, losses, orders, backlog, margins, per-share figures, dividends and
  buybacks are check-worthy with or without a figure; so are a lead with no figure
  (Rheinwagen's cut target, Kessingland's raised forecast, Copplestone's warning,
  Tallmadge's cut forecast, the Dax lead), a stated cause (Hellwege), the plants hit
  (Pölzl), a plan without layoffs (Aubry-Lachat), a rating kept with a cut target („Die
  Erste Group bestätigte ihre Kaufempfehlung ..., senkte aber das Kursziel.“ -
  two-hundred-and-fortieth: rating and target moves) and guidance without a figure („im
  tiefen einstelligen Prozentbereich“ - the Swiss „tief“ as the seventy-third's „niedrigen“
  -, "by a mid-single-digit percentage" and "by a mid- to high-single-digit percentage"
  carry no quantity, as "a low single-digit percentage", two-hundred-and-twenty-fourth, and
  "a high single-digit percentage", two-hundred-and-fortieth). A firm's expectation with a
  figure is check-worthy with the speaker unchecked („rechnet Velmarin“, „erwartet Murinox“,
  „peilt Ruhrvolt ... an“, "The company now expects", "Sunmoor expects", "The carmaker still
  expects"; hundred-eighty-sixth). Consensus figures are check-worthy with their source
  unchecked („laut einer Bloomberg-Umfrage im Mittel“ - „im Mittel“ no hedge,
  two-hundred-and-eighty-eighth -, „Analysten hatten im Durchschnitt“, „Analysten hatten nur
  3,4 Prozent erwartet“ - „nur“ no hedge -, „AWP-Konsens von 5,94 Mrd.“, "according to LSEG
  data", "Analysts surveyed by FactSet", "according to a Visible Alpha consensus", "in a
  company-provided poll", "a company-compiled consensus", "of 19 analysts polled by LSEG"
  count 19, "Analysts polled by FactSet"), and a consensus told without a figure stays
  check-worthy (three-hundred-and-twenty-fourth: „Volkswirte hatten mehrheitlich mit einer
  Zinspause gerechnet.“): „Analysten hatten mit einem noch stärkeren Mengenrückgang
  gerechnet.“ Ranges keep both ends with the unit written once and no hedge („zwischen 6,2
  und 6,6 Milliarden Euro, bisher waren 6,8 bis 7,3 Milliarden Euro“, „von 60 bis 80 Mio.
  Euro“, „zwischen 4 und 5,5 Prozent ... 5,5 bis 7 Prozent“ - the repeated 5.5 labelled
  twice, seventy-third -, „von 3,5 bis 4,5 Prozent statt 2 bis 4 Prozent“, „zwischen EUR 520
  Mio. und EUR 600 Mio.“, „von 4 bis 6%“, "$4.30 to $4.45 per share, up from $4.15 to
  $4.35", "$11.80 to $12.20 a share ... $11.10 to $11.60", "8% to 14%, down from 13% to
  21%", "between £1.02bn and £1.08bn", "between $15 billion and $16 billion", "between 9,800
  and 10,300 homes" counts). New: a prior-year figure in brackets between a figure and its
  unit - dpa-AFX's „auf 1,46 (Vorjahr: 1,71) Milliarden Euro“, „auf 512 (Vorjahr: 448)
  Millionen Euro“, „9,6 (10,5) Prozent“, „bereinigt 1,47 (1,31) Euro“ and „auf 2,41 (2,18)
  Euro“ - is two quantities in order of appearance, the scale word and unit written once
  after the bracket serving both figures, as the unit written once serves a range
  (seventy-third, seventy-sixth) and a list („um 3,2 Milliarden auf 24,8 Milliarden Euro“,
  forty-sixth); the label „Vorjahr“ carries none (seventy-third: „(Vorjahr: minus 0,11
  Euro)“). The OTS release's „(H1 2025: EUR 688,1 Mio.)“ gives ordinal 1 ("H1",
  thirty-sixth), the year 2025 (a year as a label, seventy-third: „(2023: 47,2 Prozent)“)
  and the amount („EUR 612,4 Mio.“ with the code before the figure,
  two-hundred-and-ninety-seventh). New: awp's „512,6 Mio CHF“, „5,71 Mrd CHF“, „6,02 Mrd
  CHF“, „2,61 Mrd CHF“ and „238 Mio CHF“ are CHF with their scale - the abbreviation without
  its full stop is the same scale word as „Mio. CHF“ (two-hundred-and-fifty-fourth) - and
  „dem AWP-Konsens von 5,94 Mrd.“ closing the sentence is CHF too, the currency written once
  serving the later figure (two-hundred-and-fortieth: „mit 29,2 Milliarden gerechnet“);
  „leicht über dem AWP-Konsens“ no hedge, „über“ standing before the article
  (three-hundred-and-twenty-fourth: „über dem Ziel von 2 Prozent“). New: "flat to down 2%"
  is percent 2 with no hedge - "flat" names no figure and "down" a direction, as a range
  keeps only the ends it writes - and "growth of up to 1%" 1 "up_to". New: "the weekly sales
  rate per outlet had slipped to 0.58 from 0.66" is counts 0.58 and 0.66 - a ratio without a
  unit of the rules' lists, as the seventy-third's book-to-bill ratio „lag bei 1,05“ and the
  two-hundred-and-twenty-fourth's „bei 0,93“; "weekly" and "per outlet" none.
- Money in the currency written (every batch): EUR for euros („Milliarden Euro“, „Mio.
  Euro“, „Mrd. Euro“, „EUR 1,40 je Aktie“, „auf 18,46 Euro“, „von 2.100 auf 1.850 Euro“ a
  price target both amounts, two-hundred-and-fortieth; "8.42 billion euros ($9.8 billion)"
  both with the bracketed USD unhedged, eightieth; "a 1.5 billion euro share buyback" -
  hundred-eighty-sixth: "a 4.6 billion pound takeover"); „minus 37,4 Mio. Euro“ -37,400,000
  EUR („minus“ a sign, seventy-third) while „nach einem Gewinn von“ and losses are amounts
  as written; CHF for „Milliarden Franken“, „171,35 Franken“ and „10'840 Fr.“ (Swiss
  apostrophe, tenth); USD for dollars, "88 cents", "41 cents a share" 0.41 (cents hundredths
  of the dollar, two-hundred-and-eighty-eighth), "US$4.62 billion", "US$17.85", "below
  US$19" ("under", three-hundred-and-twenty-fourth: "below 5.9 trillion euros") and "68 US
  cents" 0.68 in the Australian story (hundred-sixty-third: "US$60 a tonne";
  hundred-nineteenth: "64.8 US cents"); GBP for "£1.02bn", "£980m" ("at least" "at_least"),
  "£212.4 million", "£318,500" (seventy-third: "£331,000"), "3.95p" 0.0395, "9.2p from
  12.5p", "318.6p" 3.186, "472p" 4.72 and "1,042p" 10.42 (pence hundredths of the pound,
  hundred-eighty-sixth); JPY for "286.4 billion yen ($1.9 billion)", "1.3 trillion yen" and
  the exchange-rate assumption "145 yen per dollar" (seventy-third: "145 yen to the
  dollar"); SEK for "Swedish crowns" and "crowns" in the Stockholm story
  (two-hundred-and-twenty-fourth), with "from 9.4 billion a year earlier" taking the
  currency written once; DKK for "Danish crowns" and "a 15 billion crown share buyback"
  (hundred-twenty-fifth); CNY for "yuan" (hundred-eighth); CAD for "C$1.02 billion" and
  "C$1.64 per share"; AUD for "A$24.18" (two-hundred-and-eighty-eighth). "per share", "a
  share", „je Aktie“, "je Vorzugsaktie", "a gallon", "a wet metric tonne", "fully franked",
  "one-time items" and „jährlich“ carry none.
- Margins, moves and multiples (seventy-third, two-hundred-and-twenty-fourth,
  two-hundred-and-eighty-eighth): margins, ratios and share moves are percentages as written
  („die Ebitda-Marge ging auf 9,6 (10,5) Prozent“, „12,4%“, "a gearing ratio of 17.9%", "the
  operating ratio ... to 62.4%", "Recurring operating margin narrowed to 21.3% from 24.8%");
  changes of a margin in basis points "bp" („um 70 Basispunkte“, "by 150 basis points") and
  in percentage points "pp" („um 2,0 Prozentpunkte“ 2.0); multiples are counts („das
  4,3-Fache des Ebitda“, „zum 38-Fachen des für 2027 erwarteten Gewinns“ 38 and the year;
  two-hundred-and-eighty-eighth: „dem 2,6-Fachen des bereinigten Ebitda“); index levels are
  counts („bei 23.412,58 Punkten“), index names ("Dax", "FTSE 100", "STOXX 600") none
  (seventy-third, hundred-forty-eighth). Verbs of multiplying and halving carry none
  („halbierte sich ... nahezu“, „mehr als verdreifacht“; hundred-eighty-sixth,
  two-hundred-and-eighty-eighth). "Schlusslicht", "größter Gewinner", "the biggest rise",
  „Rekordwert“, "a second-quarter record" (the ordinal only), "a record 197.4 million
  tonnes" (the count only) carry nothing beyond their figures.
- Jobs, units and counts (hundred-eighty-sixth, two-hundred-and-twenty-fourth,
  three-hundred-and-second): „rund 420 Stellen“, „rund 2.800 Stellen ..., davon etwa 1.600“,
  „für rund 1'200 Mitarbeitende“, „mit 140 Beschäftigten“, "around 1,300 jobs", "about 700
  jobs, or roughly 4% of its workforce", "affecting about 640 jobs", "two bakeries" 2, "more
  than 3,000 products" "over", "about 5,000 back-to-school items", „548.000 Fahrzeuge“,
  "41,200 vehicles", "1.02 million units", "1.04 million vehicles", "2.4 million cars", „1,1
  Millionen Schuss pro Jahr“ („pro Jahr“ none), „14 der 40 Dax-Konzerne“ both
  (two-hundred-and-fortieth: „Von den 30 Werten im Dow“). Shares of a staff and of sums are
  fractions (the issue's „jeder vierte“): „etwa jeder zehnten Stelle“ 0.1 "about"
  (seventy-third: „etwa jedem neunten Arbeitsplatz“), „in China sogar um ein Fünftel“ 0.2,
  „um fast zwei Drittel“ 0.6667 "nearly", „rund zwei Drittel davon“ 0.6667 "about", "by
  almost a third" 0.3333 "nearly", "about a quarter of group revenue" 0.25 "about", "profit
  down by a quarter" 0.25 beside "second-quarter" 2 (the fraction word after "by" no quarter
  of the year), "half the pace" 0.5 (hundred-eighty-sixth: "half of it through buybacks").
- Fiscal periods and spans (seventy-third, two-hundred-and-eighty-eighth): quarters and
  halves are ordinals („im zweiten Quartal“, „im ersten Halbjahr 2026“ 1 and the year,
  "second-quarter", "first-half", "in the second half", "Sales in the second quarter alone
  dropped 9%, after a 5% decline in the first" 2 and 1 - the noun left out, seventy-third's
  "in the third"); "Japan's No. 3 automaker" 3 (three-hundred-and-twenty-first: "the No. 2
  carrier") and "Canada's third-largest railroad" 3 (two-hundred-and-eighty-eighth: "India's
  third-largest"). Spans with a figure are durations: "in the six months to June 30" and "in
  the six months through June" 6 months (the first with its date), "in the 16 weeks to July
  18" and "in the 12 weeks to July 12" 16 and 12 weeks with their dates (seventy-third: "the
  26 weeks to August 30"), "over the next 12 months" and "within 12 months" 12 months
  ("over" before a span and "within" no hedge), „binnen zwei Jahren“ 2 years, "its biggest
  one-day drop" 1 day (two-hundred-and-twenty-fourth). None: „Halbjahr“ alone, „im
  Vorjahreszeitraum“, „im Vorjahresquartal“, „im Vorjahr“, „Für heuer“, „Für das
  Gesamtjahr“, „in diesem Jahr“, „bis Jahresende“, „Ende Juni“, „Seit Jahresbeginn“, "the
  April-June quarter", "full-year", "a year earlier", "a year ago", "this year", "last
  year", "next year", "this fiscal year", "since January", "in June", "a week", "through
  Labor Day" (a holiday, two-hundred-and-eightieth).
- Years and dates: Reuters and AAP datelines with a day are dates without a year ("CHICAGO,
  July 21" --07-21, "PARIS, July 23", "STOCKHOLM, July 24", "COPENHAGEN, July 28", "TOKYO,
  July 30", "LONDON, July 31", "MONTREAL, Aug 5", "AMSTERDAM, Aug 6", "SYDNEY, Aug 13
  (AAP)"; two-hundred-and-eighty-eighth); dpa-AFX, dpa, APA, OTS ("Innsbruck (OTS) -"), awp,
  Keystone-SDA, Reuters German ("Herzogenaurach (Reuters) -", "Essen (Reuters) -"), AP
  ("DALLAS (AP) —"), PA and Bloomberg ("(Bloomberg) --") datelines none (seventy-ninth).
  "the quarter ended July 4", "For the quarter that ended Aug. 1", "for the year to June
  30", „am 24. Juni“ and "on October 2" are dates without a year; "the year ending March
  2027" and "fiscal 2027" the year (seventy-third: "the year ending March 31, 2026";
  hundred-sixty-third: "fiscal 2028"), "since March 2020", "since 2002", „bis Ende 2027“,
  „bis Ende 2028“, „ab 2029“, „bis Ende 2030“, „Für 2026“, „Die Dividende für 2025“, "its
  2026 earnings growth forecast", "from 2027" the years. Clock times ("at 0915 GMT", "at
  1005 GMT", "by 0845 GMT") none.
- Hedges, only the names in use: „rund“, „etwa“, "about", "around", "roughly" "about";
  „knapp“, „fast“, "almost", "nearly" "nearly"; „gut“, „mehr als“, "more than" "over";
  "below" "under"; „bis zu“, "up to", "as much as" "up_to"; "at least" "at_least". No hedge:
  „im Mittel“, „im Durchschnitt“, "an average of", „nur“, „nur noch“, „bislang“, „bisher“,
  „statt“, „weiterhin“, „derzeit“, „bereits“, „zwischen“, "between", „bis“ and "to" in a
  range, "flat to", "in line with", „leicht über dem“, "over" before a span, "within", „um“
  before a difference.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Unternehmen am Dienstagabend nach Börsenschluss mit“ and „teilte das Unternehmen am
  Donnerstag mit“ -> "das Unternehmen" (the time dropped, two-hundred-and-eighty-eighth),
  „teilte der Konzern am Donnerstag mit“ and „... am Dienstag mit“ -> "der Konzern"
  (two-hundred-and-twenty-fourth), „teilte Sprintara am Dienstag mit“ -> "Sprintara"
  (two-hundred-and-eighty-eighth: „teilte Tollvia am Donnerstag mit“); „X sagte, ...“ and
  „..., sagte X“ with the title dropped („Finanzchef Armin Tiedgen“, „Finanzvorstand Herwig
  Pölzl“, „Konzernchef Dominik Zgraggen“, „Finanzvorständin Sabine Wittlinger“,
  „Vorstandschefin Katharina Hellwege“, „Finanzchef Bastian Rölleke“, „Vorstandschef Gereon
  Stallknecht“, „Finanzchefin Dorothee Kassenbrock“, „Finanzvorstand Helmut Drewes“,
  „Konzernchef Raphaël Aubry-Lachat“, „Personalvorständin Annette Brüninghaus“,
  „Finanzvorstand Gerald Hauzenberger“, „Finanzchefin Corinne Bärlocher“; seventy-third,
  two-hundred-and-eighty-eighth). English: "Sunmoor Airlines said Wednesday that ..." and
  "Haldrup said" as written (seventy-third: "Hollis & Main said Tuesday it will ...";
  two-hundred-and-eighty-eighth: "Northvale said"), "The brewer said" -> "the brewer" (a
  role with the definite article for the company of the story, seventy-third: "The airline
  said", "The miner said"); the name with the office and the occasion dropped ("Chief
  Executive Dana Skelby said", "Chief Financial Officer Renata Okoye said", "..., Chief
  Financial Officer Hélène Castagnier told analysts.", "Chief Executive Ingrid Malmsten
  said", "Chief Executive Marcus Odunsi said on a call with analysts" -
  hundred-eighty-sixth: "said on a call with analysts" -, "Chief Executive Lars Brøndum told
  reporters", "Chief executive Oliver Stenning said", "..., Chief Financial Officer Takeshi
  Nomura told reporters." - two-hundred-and-fourth: "told reporters" -, "Chief Financial
  Officer Fiona Carrow said", "Chairman Zhou Wenbo told analysts" - hundred-thirty-third:
  "told analysts" -, "Chief Executive Pierre-Luc Desrosiers said", "Chief Executive Maarten
  Zijlstra said", "Chief executive Gemma Ashworth-Rudd said", "Chief Operating Officer
  Dwayne Capehart said", "Chief executive Bronwyn Maddigan said"). Left unchecked (None):
  all negatives, also those with a named speaker („so Generaldirektor Florian Wimmersberger“
  among them); „nach Unternehmensangaben“ (two-hundred-and-eighty-eighth), „laut einer
  Bloomberg-Umfrage“, „laut einer Vereinbarung mit der IG Metall“ (a document),
  „bestätigte“, „bekräftigte“ and „will ... zahlen“ (no verbs of saying,
  hundred-eighty-sixth), „erwartet“, „rechnet“, „peilt ... an“; "according to LSEG data",
  "according to industry data", "according to a Visible Alpha consensus", "according to a
  company-compiled consensus", "Analysts surveyed by FactSet" and other plural groups
  (forty-first), "Swedish truck maker Sundvik said" and "the Hefei-based carmaker said in a
  filing" (a description before the name, fortieth, three-hundred-and-second), "Van Maasdijk
  also announced" (hundred-eighty-sixth: "announced"), "expects", "sees", and rows without
  attribution. As the three-hundred-and-second batch did, and to keep the checked speakers
  near 35, this batch leaves its other rows unattributed rather than checking more forms.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_329 = [
    # --- Velmarin-Quartalszahlen (dpa-AFX), Dienstag, 21. Juli ---
    (
        "de",
        "Ludwigshafen (dpa-AFX) - Der Chemiekonzern Velmarin hat im zweiten Quartal wegen der schwachen Nachfrage aus der Bau- und Autoindustrie deutlich weniger verdient und seine Jahresprognose gesenkt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda fiel auf 1,46 (Vorjahr: 1,71) Milliarden Euro, teilte das Unternehmen am Dienstagabend nach Börsenschluss mit.",
        True,
        [("money", 1460000000, "EUR", None), ("money", 1710000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz schrumpfte um 6 Prozent auf 15,2 Milliarden Euro, die Ebitda-Marge ging auf 9,6 (10,5) Prozent zurück.",
        True,
        [
            ("percent", 6, "%", None),
            ("money", 15200000000, "EUR", None),
            ("percent", 9.6, "%", None),
            ("percent", 10.5, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Analysten hatten laut einer Bloomberg-Umfrage im Mittel ein bereinigtes Ebitda von 1,58 Milliarden Euro auf dem Zettel.",
        True,
        [("money", 1580000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für 2026 rechnet Velmarin nun mit einem bereinigten Ebitda zwischen 6,2 und 6,6 Milliarden Euro, bisher waren 6,8 bis 7,3 Milliarden Euro angepeilt.",
        True,
        [
            ("year", 2026, None, None),
            ("money", 6200000000, "EUR", None),
            ("money", 6600000000, "EUR", None),
            ("money", 6800000000, "EUR", None),
            ("money", 7300000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzchef Armin Tiedgen sagte, das laufende Sparprogramm solle die Kosten bis Ende 2027 um jährlich 1,1 Milliarden Euro drücken.",
        True,
        [("year", 2027, None, None), ("money", 1100000000, "EUR", None)],
        "Armin Tiedgen",
    ),
    (
        "de",
        "„Wir fahren auf Sicht, aber wir fahren nicht blind“, sagte Vorstandschef Markus Oberreuter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Handelsplattform Tradegate verlor die Aktie am Abend knapp 5 Prozent.",
        True,
        [("percent", 5, "%", "nearly")],
        None,
    ),
    # --- Harlow & Vine results (Reuters), Tuesday, July 21 ---
    (
        "en",
        "CHICAGO, July 21 (Reuters) - Snack maker Harlow & Vine beat Wall Street estimates for second-quarter profit on Tuesday as higher prices for its crackers and nut bars made up for a drop in volumes.",
        True,
        [("date", "--07-21", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Adjusted earnings came in at $1.12 per share, above the $1.05 analysts had expected, according to LSEG data.",
        True,
        [("money", 1.12, "USD", None), ("money", 1.05, "USD", None)],
        None,
    ),
    (
        "en",
        "Net sales fell 1.8% to $3.94 billion in the quarter ended July 4, while volumes, a closely watched gauge of demand, slid 4.6%.",
        True,
        [
            ("percent", 1.8, "%", None),
            ("money", 3940000000, "USD", None),
            ("date", "--07-04", None, None),
            ("percent", 4.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The company now expects full-year adjusted earnings of $4.30 to $4.45 per share, up from $4.15 to $4.35 previously.",
        True,
        [
            ("money", 4.3, "USD", None),
            ("money", 4.45, "USD", None),
            ("money", 4.15, "USD", None),
            ("money", 4.35, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Dana Skelby said the company had raised prices by an average of 3% since January and would not push through further increases this year.",
        True,
        [("percent", 3, "%", None)],
        "Dana Skelby",
    ),
    ("en", '"Our consumers are stretched, and we hear them," Skelby said.', False, [], None),
    (
        "en",
        "The company will also close two bakeries in Ohio and Georgia, affecting about 640 jobs.",
        True,
        [("count", 2, None, None), ("count", 640, None, "about")],
        None,
    ),
    (
        "en",
        "Some analysts questioned how much longer the snack maker could lean on pricing to grow profit.",
        False,
        [],
        None,
    ),
    # --- Murinox-Halbjahr (APA), Mittwoch, 22. Juli ---
    (
        "de",
        "Wien (APA) - Der steirische Edelstahlerzeuger Murinox ist im ersten Halbjahr in die roten Zahlen gerutscht und baut rund 420 Stellen ab.",
        True,
        [("ordinal", 1, None, None), ("count", 420, None, "about")],
        None,
    ),
    (
        "de",
        "Das Ergebnis nach Steuern lag bei minus 37,4 Mio. Euro, nach einem Gewinn von 22,8 Mio. Euro im Vorjahreszeitraum.",
        True,
        [("money", -37400000, "EUR", None), ("money", 22800000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging nach Unternehmensangaben um 11,3 Prozent auf 1,12 Mrd. Euro zurück.",
        True,
        [("percent", 11.3, "%", None), ("money", 1120000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem die Werke in Kapfenberg und Judenburg, sagte Finanzvorstand Herwig Pölzl.",
        True,
        [],
        "Herwig Pölzl",
    ),
    ("de", "„Wir müssen uns der Realität eines schrumpfenden Marktes stellen“, sagte Pölzl.", False, [], None),
    (
        "de",
        "Für heuer erwartet Murinox ein Ebitda von 60 bis 80 Mio. Euro, nach 143 Mio. Euro im Vorjahr.",
        True,
        [("money", 60000000, "EUR", None), ("money", 80000000, "EUR", None), ("money", 143000000, "EUR", None)],
        None,
    ),
    ("de", "Die Gewerkschaft PRO-GE nannte den Abbau „unverantwortlich und kurzsichtig“.", False, [], None),
    (
        "de",
        "Die Murinox-Aktie rutschte in Wien bis Mittag um 7,2 Prozent auf 18,46 Euro ab.",
        True,
        [("percent", 7.2, "%", None), ("money", 18.46, "EUR", None)],
        None,
    ),
    # --- Sunmoor Airlines results (AP), Wednesday, July 22 ---
    (
        "en",
        "DALLAS (AP) — Sunmoor Airlines said Wednesday that it earned $612 million in the second quarter, helped by strong demand for trips abroad and cheaper jet fuel.",
        True,
        [("money", 612000000, "USD", None), ("ordinal", 2, None, None)],
        "Sunmoor Airlines",
    ),
    (
        "en",
        "That worked out to $1.86 per share, or $2.04 per share when adjusted for one-time items.",
        True,
        [("money", 1.86, "USD", None), ("money", 2.04, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts surveyed by FactSet had forecast adjusted earnings of $1.97 per share.",
        True,
        [("money", 1.97, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue rose 6% to a second-quarter record of $8.31 billion.",
        True,
        [("percent", 6, "%", None), ("ordinal", 2, None, None), ("money", 8310000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sunmoor expects third-quarter earnings of $1.35 to $1.65 per share and plans to grow capacity by 3% to 4%.",
        True,
        [
            ("ordinal", 3, None, None),
            ("money", 1.35, "USD", None),
            ("money", 1.65, "USD", None),
            ("percent", 3, "%", None),
            ("percent", 4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Renata Okoye said fuel cost the airline an average of $2.31 a gallon in the quarter, down from $2.68 a year earlier.",
        True,
        [("money", 2.31, "USD", None), ("money", 2.68, "USD", None)],
        "Renata Okoye",
    ),
    ("en", '"Summer demand has been every bit as strong as we hoped," Okoye said.', False, [], None),
    ("en", "Sunmoor shares rose 4.4% in morning trading.", True, [("percent", 4.4, "%", None)], None),
    # --- Limmatra-Halbjahreszahlen (awp), Donnerstag, 23. Juli ---
    (
        "de",
        "Zürich (awp) - Der Liftbauer Limmatra hat im ersten Halbjahr 2026 trotz des starken Frankens mehr verdient.",
        True,
        [("ordinal", 1, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Der Reingewinn stieg um 8,4% auf 512,6 Mio CHF.",
        True,
        [("percent", 8.4, "%", None), ("money", 512600000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz ging in Franken um 1,9% auf 5,71 Mrd CHF zurück, in Lokalwährungen resultierte dagegen ein Plus von 3,2%.",
        True,
        [("percent", 1.9, "%", None), ("money", 5710000000, "CHF", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die EBIT-Marge verbesserte sich um 70 Basispunkte auf 12,4%.",
        True,
        [("percent", 70, "bp", None), ("percent", 12.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Auftragseingang erreichte 6,02 Mrd CHF und lag damit leicht über dem AWP-Konsens von 5,94 Mrd.",
        True,
        [("money", 6020000000, "CHF", None), ("money", 5940000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Konzernchef Dominik Zgraggen sagte, die Preise im chinesischen Neuanlagengeschäft seien erneut um rund 10% gefallen.",
        True,
        [("percent", 10, "%", "about")],
        "Dominik Zgraggen",
    ),
    ("de", "«Wir haben geliefert, obwohl der Gegenwind heftig war», sagte Zgraggen.", False, [], None),
    (
        "de",
        "Für das Gesamtjahr bestätigt Limmatra die Prognose eines Umsatzwachstums in Lokalwährungen im tiefen einstelligen Prozentbereich.",
        True,
        [],
        None,
    ),
    ("de", "Ein Analyst von Vontobel lobte die «bemerkenswert robuste» Marge im Servicegeschäft.", False, [], None),
    # --- Maison Varenne results (Reuters), Thursday, July 23 ---
    (
        "en",
        "PARIS, July 23 (Reuters) - French luxury group Maison Varenne reported a steeper-than-expected fall in first-half sales on Thursday, as wealthy Chinese shoppers kept cutting back on handbags and jewellery.",
        True,
        [("date", "--07-23", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Revenue fell 7% on an organic basis to 8.42 billion euros ($9.8 billion) in the six months to June 30.",
        True,
        [
            ("percent", 7, "%", None),
            ("money", 8420000000, "EUR", None),
            ("money", 9800000000, "USD", None),
            ("duration", 6, "month", None),
            ("date", "--06-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "Analysts had expected a decline of 4.5%, according to a Visible Alpha consensus.",
        True,
        [("percent", 4.5, "%", None)],
        None,
    ),
    (
        "en",
        "Sales in the second quarter alone dropped 9%, after a 5% decline in the first.",
        True,
        [("ordinal", 2, None, None), ("percent", 9, "%", None), ("percent", 5, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Recurring operating margin narrowed to 21.3% from 24.8% a year earlier, Chief Financial Officer Hélène Castagnier told analysts.",
        True,
        [("percent", 21.3, "%", None), ("percent", 24.8, "%", None)],
        "Hélène Castagnier",
    ),
    ("en", '"Desire for our brands remains intact," Castagnier said.', False, [], None),
    ("en", "Analysts at Bernstein said a recovery in China looked unlikely before next year.", False, [], None),
    (
        "en",
        "Shares in Maison Varenne fell as much as 6.2% in early Paris trading.",
        True,
        [("percent", 6.2, "%", "up_to")],
        None,
    ),
    # --- Rheinwagen-Quartalszahlen (dpa-AFX), Donnerstag, 23. Juli ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autobauer Rheinwagen kappt wegen der US-Zölle und eines Preiskampfs in China erneut seine Renditeprognose.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die operative Umsatzrendite soll 2026 nur noch zwischen 4 und 5,5 Prozent liegen, bisher hatte der Konzern 5,5 bis 7 Prozent angepeilt.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 4, "%", None),
            ("percent", 5.5, "%", None),
            ("percent", 5.5, "%", None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Im zweiten Quartal brach das operative Ergebnis um 38 Prozent auf 2,14 Milliarden Euro ein, teilte der Konzern am Donnerstag mit.",
        True,
        [("ordinal", 2, None, None), ("percent", 38, "%", None), ("money", 2140000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Die Zölle hätten das Ergebnis allein im Quartal mit rund 780 Millionen Euro belastet, sagte Finanzvorständin Sabine Wittlinger.",
        True,
        [("money", 780000000, "EUR", "about")],
        "Sabine Wittlinger",
    ),
    (
        "de",
        "Der Absatz sank weltweit um 4 Prozent auf 548.000 Fahrzeuge, in China sogar um ein Fünftel.",
        True,
        [("percent", 4, "%", None), ("count", 548000, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "„Wir lassen uns von kurzfristigem Gegenwind nicht von unserer Strategie abbringen“, sagte Vorstandschef Jens Kühnhold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Analysten hatten im Durchschnitt mit einem operativen Ergebnis von 2,41 Milliarden Euro gerechnet.",
        True,
        [("money", 2410000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Rheinwagen-Aktie verlor am Vormittag 4,3 Prozent und war damit Schlusslicht im Dax.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    # --- Sundvik job cuts (Reuters), Friday, July 24 ---
    (
        "en",
        "STOCKHOLM, July 24 (Reuters) - Swedish truck maker Sundvik said on Friday it would cut around 1,300 jobs, mainly in Sweden and Belgium, after second-quarter orders slumped by almost a third.",
        True,
        [
            ("date", "--07-24", None, None),
            ("count", 1300, None, "about"),
            ("ordinal", 2, None, None),
            ("fraction", 0.3333, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "Adjusted operating income fell to 6.8 billion Swedish crowns ($710 million) from 9.4 billion a year earlier, missing the 7.5 billion crowns forecast by analysts in a company-provided poll.",
        True,
        [
            ("money", 6800000000, "SEK", None),
            ("money", 710000000, "USD", None),
            ("money", 9400000000, "SEK", None),
            ("money", 7500000000, "SEK", None),
        ],
        None,
    ),
    (
        "en",
        "Net orders for heavy trucks dropped 31% to 41,200 vehicles, and the adjusted operating margin shrank to 9.1% from 12.6%.",
        True,
        [
            ("percent", 31, "%", None),
            ("count", 41200, None, None),
            ("percent", 9.1, "%", None),
            ("percent", 12.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Ingrid Malmsten said the cuts would cost about 1.4 billion crowns and deliver annual savings of 2 billion crowns from 2027.",
        True,
        [("money", 1400000000, "SEK", "about"), ("money", 2000000000, "SEK", None), ("year", 2027, None, None)],
        "Ingrid Malmsten",
    ),
    (
        "en",
        '"Nobody takes a decision like this lightly, but standing still is not an option," Malmsten said.',
        False,
        [],
        None,
    ),
    ("en", 'The IF Metall union called the decision "a blow to the whole region".', False, [], None),
    ("en", "Sundvik shares were down 5.8% at 0915 GMT.", True, [("percent", 5.8, "%", None)], None),
    # --- Kessingland Industries outlook (Bloomberg), Monday, July 27 ---
    (
        "en",
        "(Bloomberg) -- Kessingland Industries Inc. raised its annual profit forecast after orders from data center builders pushed its backlog to a record.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Milwaukee-based maker of turbines and switchgear now sees adjusted earnings of $11.80 to $12.20 a share this year, compared with a previous range of $11.10 to $11.60.",
        True,
        [
            ("money", 11.8, "USD", None),
            ("money", 12.2, "USD", None),
            ("money", 11.1, "USD", None),
            ("money", 11.6, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Orders in the second quarter climbed 22% to $9.6 billion, and the backlog reached $47 billion.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 22, "%", None),
            ("money", 9600000000, "USD", None),
            ("money", 47000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The company also approved a new $5 billion share buyback and lifted its quarterly dividend by 10% to 88 cents.",
        True,
        [("money", 5000000000, "USD", None), ("percent", 10, "%", None), ("money", 0.88, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Marcus Odunsi said on a call with analysts that data centers now account for about a quarter of group revenue.",
        True,
        [("fraction", 0.25, None, "about")],
        "Marcus Odunsi",
    ),
    ("en", '"The grid build-out has barely begun," Odunsi said.', False, [], None),
    (
        "en",
        "The shares rose as much as 9.4% to $412.50 in New York, the biggest intraday gain since March 2020.",
        True,
        [("percent", 9.4, "%", "up_to"), ("money", 412.5, "USD", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Some investors worry the company is adding capacity just as the boom in data center construction peaks.",
        False,
        [],
        None,
    ),
    # --- Hagemeister hebt Prognose an (dpa-AFX), Montag, 27. Juli ---
    (
        "de",
        "Düsseldorf (dpa-AFX) - Der Konsumgüterkonzern Hagemeister hat nach einem starken zweiten Quartal seine Prognose für das organische Umsatzwachstum angehoben.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Konzern rechnet für 2026 nun mit einem organischen Plus von 3,5 bis 4,5 Prozent statt 2 bis 4 Prozent.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 3.5, "%", None),
            ("percent", 4.5, "%", None),
            ("percent", 2, "%", None),
            ("percent", 4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Im Quartal stieg der Umsatz organisch um 5,1 Prozent, Analysten hatten nur 3,4 Prozent erwartet.",
        True,
        [("percent", 5.1, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Je Vorzugsaktie verdiente Hagemeister bereinigt 1,47 (1,31) Euro.",
        True,
        [("money", 1.47, "EUR", None), ("money", 1.31, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschefin Katharina Hellwege sagte, das Klebstoffgeschäft habe vom Aufschwung in der Elektronikindustrie profitiert.",
        True,
        [],
        "Katharina Hellwege",
    ),
    ("de", "„Unsere Marken sind stärker als je zuvor“, sagte Hellwege.", False, [], None),
    (
        "de",
        "Die Vorzugsaktien stiegen um bis zu 6,8 Prozent auf 81,24 Euro und waren damit größter Gewinner im Dax.",
        True,
        [("percent", 6.8, "%", "up_to"), ("money", 81.24, "EUR", None)],
        None,
    ),
    ("de", "Analysten hoben vor allem die Preisdisziplin im Waschmittelgeschäft positiv hervor.", False, [], None),
    # --- Haldrup Pharma cuts outlook (Reuters), Tuesday, July 28 ---
    (
        "en",
        "COPENHAGEN, July 28 (Reuters) - Haldrup Pharma cut its full-year sales and profit outlook on Tuesday, citing slower uptake of its obesity drug Trevessa in the United States, and its shares plunged more than 20%.",
        True,
        [("date", "--07-28", None, None), ("percent", 20, "%", "over")],
        None,
    ),
    (
        "en",
        "The Danish drugmaker now expects sales growth at constant exchange rates of 8% to 14%, down from 13% to 21%, and operating profit growth of 10% to 16%.",
        True,
        [
            ("percent", 8, "%", None),
            ("percent", 14, "%", None),
            ("percent", 13, "%", None),
            ("percent", 21, "%", None),
            ("percent", 10, "%", None),
            ("percent", 16, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Second-quarter sales rose 12% to 74.6 billion Danish crowns ($11.6 billion), below the 77.9 billion crowns analysts had forecast, according to a company-compiled consensus.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 12, "%", None),
            ("money", 74600000000, "DKK", None),
            ("money", 11600000000, "USD", None),
            ("money", 77900000000, "DKK", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Lars Brøndum told reporters that U.S. prescriptions of Trevessa had grown by about 4% a week in June, half the pace the company had planned for.",
        True,
        [("percent", 4, "%", "about"), ("fraction", 0.5, None, None)],
        "Lars Brøndum",
    ),
    (
        "en",
        '"We are disappointed, but the long-term opportunity in obesity is unchanged," Brøndum said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haldrup said it would go ahead with a 15 billion crown share buyback over the next 12 months.",
        True,
        [("money", 15000000000, "DKK", None), ("duration", 12, "month", None)],
        "Haldrup",
    ),
    (
        "en",
        "The stock fell as much as 23.4%, its biggest one-day drop since 2002.",
        True,
        [("percent", 23.4, "%", "up_to"), ("duration", 1, "day", None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "Analysts said the cut raised fresh doubts about how well management understood its own market.",
        False,
        [],
        None,
    ),
    # --- Sprintara-Quartalszahlen (Reuters), Dienstag, 28. Juli ---
    (
        "de",
        "Herzogenaurach (Reuters) - Der Sportartikelhersteller Sprintara hat im zweiten Quartal dank seiner Laufschuhe mehr verkauft als erwartet.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der währungsbereinigte Umsatz stieg um 9 Prozent auf 5,86 Milliarden Euro, teilte Sprintara am Dienstag mit.",
        True,
        [("percent", 9, "%", None), ("money", 5860000000, "EUR", None)],
        "Sprintara",
    ),
    (
        "de",
        "Das Betriebsergebnis kletterte auf 512 (Vorjahr: 448) Millionen Euro.",
        True,
        [("money", 512000000, "EUR", None), ("money", 448000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die US-Zölle dürften den Konzern in diesem Jahr rund 200 Millionen Euro kosten, sagte Finanzchef Bastian Rölleke.",
        True,
        [("money", 200000000, "EUR", "about")],
        "Bastian Rölleke",
    ),
    (
        "de",
        "Sprintara bestätigte die Prognose eines Betriebsergebnisses zwischen 1,7 und 1,9 Milliarden Euro für das Gesamtjahr.",
        True,
        [("money", 1700000000, "EUR", None), ("money", 1900000000, "EUR", None)],
        None,
    ),
    ("de", "„Der Laufboom ist kein Strohfeuer“, sagte Vorstandschef Niklas Oberdorfer.", False, [], None),
    ("de", "Die Aktie legte im frühen Handel um gut 4 Prozent zu.", True, [("percent", 4, "%", "over")], None),
    ("de", "Ob die Preiserhöhungen in den USA die Nachfrage dämpfen, ist offen.", False, [], None),
    # --- Alpwerk Energie Halbjahresbilanz (APA-OTS), Mittwoch, 29. Juli ---
    (
        "de",
        "Innsbruck (OTS) - Die Alpwerk Energie AG hat im ersten Halbjahr 2026 ein EBITDA von EUR 612,4 Mio. erzielt (H1 2025: EUR 688,1 Mio.).",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
            ("money", 612400000, "EUR", None),
            ("ordinal", 1, None, None),
            ("year", 2025, None, None),
            ("money", 688100000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das Konzernergebnis belief sich auf EUR 301,7 Mio., ein Rückgang um 14,2 Prozent gegenüber dem Vorjahreszeitraum.",
        True,
        [("money", 301700000, "EUR", None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Investitionen stiegen auf EUR 544 Mio., rund zwei Drittel davon flossen in den Ausbau der Stromnetze.",
        True,
        [("money", 544000000, "EUR", None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Energiewende braucht starke Netze, und wir liefern sie“, so Generaldirektor Florian Wimmersberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr 2026 erwartet der Vorstand ein Konzernergebnis zwischen EUR 520 Mio. und EUR 600 Mio.",
        True,
        [("year", 2026, None, None), ("money", 520000000, "EUR", None), ("money", 600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Dividende für 2025 in Höhe von EUR 1,40 je Aktie wurde am 24. Juni ausgezahlt.",
        True,
        [("year", 2025, None, None), ("money", 1.4, "EUR", None), ("date", "--06-24", None, None)],
        None,
    ),
    (
        "de",
        "Über die Alpwerk Energie AG: Die Alpwerk ist der führende Erzeuger von Strom aus Wasserkraft im Westen Österreichs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rückfragehinweis: Alpwerk Energie AG, Konzernkommunikation, Mag. Theresa Kogler, Tel.: +43 512 4471 200",
        False,
        [],
        None,
    ),
    # --- Pennick's trading update (PA), Wednesday, July 29 ---
    (
        "en",
        "LONDON (PA) - Supermarket chain Pennick's has raised its profit guidance after like-for-like sales grew 4.2 per cent in the 16 weeks to July 18.",
        True,
        [("percent", 4.2, "%", None), ("duration", 16, "week", None), ("date", "--07-18", None, None)],
        None,
    ),
    (
        "en",
        "The grocer now expects underlying retail operating profit of between £1.02bn and £1.08bn for the year, up from at least £980m previously.",
        True,
        [
            ("money", 1020000000, "GBP", None),
            ("money", 1080000000, "GBP", None),
            ("money", 980000000, "GBP", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "Its share of the grocery market rose to 12.7 per cent in the 12 weeks to July 12, according to industry data.",
        True,
        [("percent", 12.7, "%", None), ("duration", 12, "week", None), ("date", "--07-12", None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Oliver Stenning said the chain had cut the price of more than 3,000 products since January.",
        True,
        [("count", 3000, None, "over")],
        "Oliver Stenning",
    ),
    ("en", '"Customers are telling us loud and clear that value matters," Mr Stenning said.', False, [], None),
    (
        "en",
        "Pennick's will pay an interim dividend of 3.95p per share on October 2.",
        True,
        [("money", 0.0395, "GBP", None), ("date", "--10-02", None, None)],
        None,
    ),
    (
        "en",
        "Shares in the company closed up 5.2 per cent at 318.6p, the biggest rise on the FTSE 100.",
        True,
        [("percent", 5.2, "%", None), ("money", 3.186, "GBP", None)],
        None,
    ),
    ("en", "Analysts at Peel Hunt said the new guidance still looked conservative.", False, [], None),
    # --- Kastellan mit Rekordaufträgen (dpa-AFX), Donnerstag, 30. Juli ---
    (
        "de",
        "Kassel (dpa-AFX) - Der Rüstungskonzern Kastellan hat seinen Auftragsbestand im ersten Halbjahr dank einer Flut neuer Bestellungen auf den Rekordwert von 71,3 Milliarden Euro gesteigert.",
        True,
        [("ordinal", 1, None, None), ("money", 71300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz legte im zweiten Quartal um 28 Prozent auf 3,02 Milliarden Euro zu, das operative Ergebnis um 41 Prozent auf 368 Millionen Euro.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 28, "%", None),
            ("money", 3020000000, "EUR", None),
            ("percent", 41, "%", None),
            ("money", 368000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Vorstandschef Gereon Stallknecht sagte, man werde die Kapazität für Artilleriemunition bis Ende 2027 auf 1,1 Millionen Schuss pro Jahr ausbauen.",
        True,
        [("year", 2027, None, None), ("count", 1100000, None, None)],
        "Gereon Stallknecht",
    ),
    ("de", "„Europa muss verteidigungsfähig werden, und wir sind bereit“, sagte Stallknecht.", False, [], None),
    (
        "de",
        "Für 2026 bekräftigte Kastellan das Ziel eines Umsatzwachstums von 25 bis 30 Prozent.",
        True,
        [("year", 2026, None, None), ("percent", 25, "%", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Weil eine erhoffte Anhebung der Prognose ausblieb, fiel die Aktie im frühen Handel um 3,6 Prozent.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aktie wird derzeit zum 38-Fachen des für 2027 erwarteten Gewinns gehandelt.",
        True,
        [("count", 38, None, None), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Viele Anleger halten die Bewertung des Papiers inzwischen für überzogen.", False, [], None),
    # --- Kawachi Motors results (Reuters), Thursday, July 30 ---
    (
        "en",
        "TOKYO, July 30 (Reuters) - Kawachi Motors posted a 41% drop in first-quarter operating profit on Thursday as U.S. tariffs and a stronger yen ate into earnings, but Japan's No. 3 automaker kept its full-year forecast unchanged.",
        True,
        [
            ("date", "--07-30", None, None),
            ("percent", 41, "%", None),
            ("ordinal", 1, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Operating profit for the April-June quarter fell to 286.4 billion yen ($1.9 billion) from 485.9 billion yen a year earlier.",
        True,
        [
            ("money", 286400000000, "JPY", None),
            ("money", 1900000000, "USD", None),
            ("money", 485900000000, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "That was below the 331 billion yen average estimate of 19 analysts polled by LSEG.",
        True,
        [("money", 331000000000, "JPY", None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The carmaker still expects operating profit of 1.3 trillion yen for the year ending March 2027, based on an assumed rate of 145 yen per dollar.",
        True,
        [("money", 1300000000000, "JPY", None), ("year", 2027, None, None), ("money", 145, "JPY", None)],
        None,
    ),
    (
        "en",
        "The tariffs will cost Kawachi about 410 billion yen this fiscal year, Chief Financial Officer Takeshi Nomura told reporters.",
        True,
        [("money", 410000000000, "JPY", "about")],
        "Takeshi Nomura",
    ),
    ("en", '"The environment is tough, but our cars are competitive," Nomura said.', False, [], None),
    (
        "en",
        "Global vehicle sales fell 3.2% to 1.02 million units in the quarter.",
        True,
        [("percent", 3.2, "%", None), ("count", 1020000, None, None)],
        None,
    ),
    ("en", "Analysts said the full-year target looked increasingly hard to reach.", False, [], None),
    # --- Dax in der Berichtssaison (dpa-AFX), Donnerstag, 30. Juli ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Eine Flut von Quartalszahlen hat den Dax am Donnerstag ins Minus gedrückt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex schloss 0,9 Prozent tiefer bei 23.412,58 Punkten.",
        True,
        [("percent", 0.9, "%", None), ("count", 23412.58, None, None)],
        None,
    ),
    (
        "de",
        "Schlusslicht im Dax war Kastellan mit einem Abschlag von 4,7 Prozent.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Analysten der Deutschen Bank senkten ihr Kursziel für das Papier von 2.100 auf 1.850 Euro.",
        True,
        [("money", 2100, "EUR", None), ("money", 1850, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gesucht waren dagegen die Papiere des Chemiekonzerns Velmarin, die nach einer Kaufempfehlung um 2,8 Prozent zulegten.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    ("de", "„Die Anleger bestrafen derzeit jede noch so kleine Enttäuschung“, sagte ein Händler.", False, [], None),
    (
        "de",
        "Bis Ende nächster Woche legen noch 14 der 40 Dax-Konzerne ihre Zwischenberichte vor.",
        True,
        [("count", 14, None, None), ("count", 40, None, None)],
        None,
    ),
    # --- Ambergate Energy results (Reuters), Friday, July 31 ---
    (
        "en",
        "LONDON, July 31 (Reuters) - Ambergate Energy cut its quarterly share buyback to $1.5 billion from $2 billion on Friday after weaker oil prices pushed second-quarter profit down by a quarter.",
        True,
        [
            ("date", "--07-31", None, None),
            ("money", 1500000000, "USD", None),
            ("money", 2000000000, "USD", None),
            ("ordinal", 2, None, None),
            ("fraction", 0.25, None, None),
        ],
        None,
    ),
    (
        "en",
        "Underlying replacement cost profit, the company's measure of net income, fell to $5.13 billion from $6.84 billion a year earlier, in line with the $5.08 billion forecast in a survey of analysts compiled by the company.",
        True,
        [("money", 5130000000, "USD", None), ("money", 6840000000, "USD", None), ("money", 5080000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Net debt rose to $24.6 billion at the end of June, giving a gearing ratio of 17.9%, while the quarterly dividend was held at 41 cents a share.",
        True,
        [("money", 24600000000, "USD", None), ("percent", 17.9, "%", None), ("money", 0.41, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Fiona Carrow said the company would keep capital spending between $15 billion and $16 billion this year.",
        True,
        [("money", 15000000000, "USD", None), ("money", 16000000000, "USD", None)],
        "Fiona Carrow",
    ),
    ("en", '"We are disciplined, and we will stay disciplined," Carrow said.', False, [], None),
    (
        "en",
        "Ambergate's shares were down 2.6% at 1,042p by 0845 GMT.",
        True,
        [("percent", 2.6, "%", None), ("money", 10.42, "GBP", None)],
        None,
    ),
    ("en", "Investors have long pressed oil majors to put shareholder payouts ahead of new projects.", False, [], None),
    # --- Merzenich hebt Jahresziele (dpa-AFX), Dienstag, 4. August ---
    (
        "de",
        "Darmstadt (dpa-AFX) - Der Pharma- und Laborzulieferer Merzenich hat nach einem unerwartet starken zweiten Quartal seine Jahresziele angehoben.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda soll 2026 nun 5,9 bis 6,3 Milliarden Euro erreichen, nach bislang 5,6 bis 6,1 Milliarden Euro.",
        True,
        [
            ("year", 2026, None, None),
            ("money", 5900000000, "EUR", None),
            ("money", 6300000000, "EUR", None),
            ("money", 5600000000, "EUR", None),
            ("money", 6100000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Im Quartal stieg der Umsatz organisch um 6,7 Prozent auf 5,49 Milliarden Euro, teilte der Konzern am Dienstag mit.",
        True,
        [("percent", 6.7, "%", None), ("money", 5490000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Das Ergebnis je Aktie vor Sondereinflüssen kletterte auf 2,41 (2,18) Euro.",
        True,
        [("money", 2.41, "EUR", None), ("money", 2.18, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzchefin Dorothee Kassenbrock sagte, das neue Krebsmittel Tevoxa habe im Quartal bereits 184 Millionen Euro umgesetzt.",
        True,
        [("money", 184000000, "EUR", None)],
        "Dorothee Kassenbrock",
    ),
    ("de", "„Tevoxa hat das Potenzial, den Behandlungsstandard zu verändern“, sagte Kassenbrock.", False, [], None),
    (
        "de",
        "Die Aktie stieg bis zum Mittag um 7,5 Prozent auf 143,90 Euro.",
        True,
        [("percent", 7.5, "%", None), ("money", 143.9, "EUR", None)],
        None,
    ),
    ("de", "Ein Analyst der Baader Bank sprach von einem „sauberen Schlag in allen Sparten“.", False, [], None),
    # --- Jiangyue Automobile first half (Bloomberg), Tuesday, August 4 ---
    (
        "en",
        "(Bloomberg) -- Jiangyue Automobile Co.'s first-half profit slumped 58% as a price war in China's electric-vehicle market forced it to cut prices on almost every model.",
        True,
        [("ordinal", 1, None, None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "Net income fell to 3.1 billion yuan ($432 million) in the six months through June, the Hefei-based carmaker said in a filing to the Hong Kong stock exchange.",
        True,
        [("money", 3100000000, "CNY", None), ("money", 432000000, "USD", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Revenue rose 9% to 186.2 billion yuan as deliveries climbed to 1.04 million vehicles, while the gross margin narrowed to 14.6% from 19.2%.",
        True,
        [
            ("percent", 9, "%", None),
            ("money", 186200000000, "CNY", None),
            ("count", 1040000, None, None),
            ("percent", 14.6, "%", None),
            ("percent", 19.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Chairman Zhou Wenbo told analysts the company would hold prices steady in the second half and still aims to sell 2.4 million cars this year.",
        True,
        [("ordinal", 2, None, None), ("count", 2400000, None, None)],
        "Zhou Wenbo",
    ),
    ("en", '"The price war is a race to the bottom that nobody wins," Zhou said.', False, [], None),
    (
        "en",
        "The shares fell 6.3% in Hong Kong, taking their slide this year to almost 40%.",
        True,
        [("percent", 6.3, "%", None), ("percent", 40, "%", "nearly")],
        None,
    ),
    ("en", "Analysts expect the weakest of China's EV makers to be swallowed by bigger rivals.", False, [], None),
    # --- Ruhrvolt-Halbjahr (Reuters), Mittwoch, 5. August ---
    (
        "de",
        "Essen (Reuters) - Der Energiekonzern Ruhrvolt hat im ersten Halbjahr dank seines Netzgeschäfts mehr verdient und seine Prognose bekräftigt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda stieg um 7 Prozent auf 5,12 Milliarden Euro, der bereinigte Konzernüberschuss um 4 Prozent auf 1,64 Milliarden Euro.",
        True,
        [
            ("percent", 7, "%", None),
            ("money", 5120000000, "EUR", None),
            ("percent", 4, "%", None),
            ("money", 1640000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr peilt Ruhrvolt weiter ein bereinigtes Ebitda von 9,6 bis 9,8 Milliarden Euro an.",
        True,
        [("money", 9600000000, "EUR", None), ("money", 9800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Investitionen sollen 2026 auf rund 8 Milliarden Euro steigen, den Großteil davon in die Stromnetze, sagte Finanzvorstand Helmut Drewes.",
        True,
        [("year", 2026, None, None), ("money", 8000000000, "EUR", "about")],
        "Helmut Drewes",
    ),
    ("de", "„Ohne Netze keine Energiewende“, sagte Drewes.", False, [], None),
    (
        "de",
        "Die Nettoschulden kletterten bis Ende Juni auf 41,8 Milliarden Euro, das 4,3-Fache des Ebitda.",
        True,
        [("money", 41800000000, "EUR", None), ("count", 4.3, None, None)],
        None,
    ),
    (
        "de",
        "Je Aktie will Ruhrvolt für 2026 weiterhin eine Dividende von 0,58 Euro zahlen.",
        True,
        [("year", 2026, None, None), ("money", 0.58, "EUR", None)],
        None,
    ),
    # --- Laurentian Rail outlook (Reuters), Wednesday, August 5 ---
    (
        "en",
        "MONTREAL, Aug 5 (Reuters) - Laurentian Rail on Wednesday cut its 2026 earnings growth forecast, blaming weaker shipments of lumber and automobiles to the United States.",
        True,
        [("date", "--08-05", None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Canada's third-largest railroad now expects adjusted diluted earnings per share to grow by a mid-single-digit percentage, down from its earlier forecast of 8% to 10%.",
        True,
        [("ordinal", 3, None, None), ("percent", 8, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "Second-quarter adjusted profit was C$1.02 billion, or C$1.64 per share, compared with C$1.71 a year earlier.",
        True,
        [
            ("ordinal", 2, None, None),
            ("money", 1020000000, "CAD", None),
            ("money", 1.64, "CAD", None),
            ("money", 1.71, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue slipped 2% to C$4.38 billion, while the operating ratio, a key measure of efficiency, worsened by 150 basis points to 62.4%.",
        True,
        [
            ("percent", 2, "%", None),
            ("money", 4380000000, "CAD", None),
            ("percent", 150, "bp", None),
            ("percent", 62.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Pierre-Luc Desrosiers said the railroad would cut about 700 jobs, or roughly 4% of its workforce, by the end of the year.",
        True,
        [("count", 700, None, "about"), ("percent", 4, "%", "about")],
        "Pierre-Luc Desrosiers",
    ),
    ("en", '"We are not going to sit and wait for volumes to come back," Desrosiers said.', False, [], None),
    ("en", 'The Teamsters union called the cuts "reckless" with the harvest season approaching.', False, [], None),
    ("en", "Laurentian shares fell 3.1% in Toronto.", True, [("percent", 3.1, "%", None)], None),
    # --- Montreval im Halbjahr (Keystone-SDA), Donnerstag, 6. August ---
    (
        "de",
        "Biel (Keystone-SDA) - Der Uhrenkonzern Montreval hat im ersten Halbjahr unter der Flaute in China und den hohen US-Zöllen gelitten.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Nettoumsatz sank zu konstanten Wechselkursen um 12,6 Prozent auf 3,34 Milliarden Franken.",
        True,
        [("percent", 12.6, "%", None), ("money", 3340000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Betriebsgewinn brach um fast zwei Drittel auf 214 Millionen Franken ein, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("money", 214000000, "CHF", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "In den Werken im Jura führt Montreval für rund 1'200 Mitarbeitende Kurzarbeit ein.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "Konzernchef Raphaël Aubry-Lachat sagte, Entlassungen seien derzeit nicht geplant.",
        True,
        [],
        "Raphaël Aubry-Lachat",
    ),
    ("de", "«Die Schweizer Uhr hat schon viele Krisen überstanden», sagte Aubry-Lachat.", False, [], None),
    ("de", "Eine Prognose für das Gesamtjahr wollte der Konzern nicht abgeben.", False, [], None),
    (
        "de",
        "Die Inhaberaktien sackten an der SIX um 8,9 Prozent auf 171,35 Franken ab.",
        True,
        [("percent", 8.9, "%", None), ("money", 171.35, "CHF", None)],
        None,
    ),
    # --- Van Maasdijk first half (Reuters), Thursday, August 6 ---
    (
        "en",
        "AMSTERDAM, Aug 6 (Reuters) - Dutch brewer Van Maasdijk reported a smaller-than-expected fall in first-half beer volumes on Thursday, as a hot June in Europe made up for weak demand in Africa.",
        True,
        [("date", "--08-06", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Beer volumes fell 1.4% organically, compared with a 2.1% decline forecast by analysts in a company-compiled poll.",
        True,
        [("percent", 1.4, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Operating profit before exceptional items rose 5.8% organically to 2.36 billion euros.",
        True,
        [("percent", 5.8, "%", None), ("money", 2360000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The brewer said it still expected operating profit to grow by a mid- to high-single-digit percentage this year.",
        True,
        [],
        "the brewer",
    ),
    (
        "en",
        "Chief Executive Maarten Zijlstra said the company would raise prices in Nigeria by about 20% in the second half to offset the weaker naira.",
        True,
        [("percent", 20, "%", "about"), ("ordinal", 2, None, None)],
        "Maarten Zijlstra",
    ),
    ("en", '"Africa remains our long-term growth engine," Zijlstra said.', False, [], None),
    (
        "en",
        "Van Maasdijk also announced a 1.5 billion euro share buyback to be completed within 12 months.",
        True,
        [("money", 1500000000, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Its shares were up 3.3% at 1005 GMT, among the top gainers on the STOXX 600.",
        True,
        [("percent", 3.3, "%", None)],
        None,
    ),
    # --- Hofreiter streicht Stellen (dpa), Freitag, 7. August ---
    (
        "de",
        "München (dpa) - Der Lkw-Hersteller Hofreiter will nach einem Gewinneinbruch im ersten Halbjahr bis Ende 2028 weltweit rund 2.800 Stellen streichen, davon etwa 1.600 in Deutschland.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2028, None, None),
            ("count", 2800, None, "about"),
            ("count", 1600, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Das entspreche etwa jeder zehnten Stelle, sagte Personalvorständin Annette Brüninghaus.",
        True,
        [("fraction", 0.1, None, "about")],
        "Annette Brüninghaus",
    ),
    (
        "de",
        "Der bereinigte operative Gewinn halbierte sich im Halbjahr nahezu auf 608 Millionen Euro, der Umsatz sank um 9 Prozent auf 11,4 Milliarden Euro.",
        True,
        [("money", 608000000, "EUR", None), ("percent", 9, "%", None), ("money", 11400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mit dem Abbau will der Konzern ab 2029 jährlich 750 Millionen Euro einsparen.",
        True,
        [("year", 2029, None, None), ("money", 750000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Betriebsratschef Uwe Lanzinger bezeichnete den Abbau als „Schlag ins Gesicht aller, die den Konzern durch die Krise getragen haben“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen sind laut einer Vereinbarung mit der IG Metall bis Ende 2030 ausgeschlossen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Für 2026 rechnet Hofreiter nur noch mit einer bereinigten Umsatzrendite von 5 bis 6 Prozent.",
        True,
        [("year", 2026, None, None), ("percent", 5, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "„Dieser Schritt fällt uns schwer, aber er ist ohne Alternative“, sagte Vorstandschef Tobias Reinhardsgrub.",
        False,
        [],
        None,
    ),
    # --- Traunpack-Quartal (APA), Dienstag, 11. August ---
    (
        "de",
        "Wien (APA) - Der börsennotierte Verpackungshersteller Traunpack hat im zweiten Quartal wegen gesunkener Kartonpreise deutlich weniger verdient.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis (EBIT) sank um 23 Prozent auf 48,6 Mio. Euro, der Umsatz um 4 Prozent auf 587 Mio. Euro.",
        True,
        [
            ("percent", 23, "%", None),
            ("money", 48600000, "EUR", None),
            ("percent", 4, "%", None),
            ("money", 587000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Unterm Strich blieben 29,1 Mio. Euro, nach 41,5 Mio. Euro im Vorjahresquartal.",
        True,
        [("money", 29100000, "EUR", None), ("money", 41500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erwartet Traunpack nun ein EBITDA von 250 bis 270 Mio. Euro statt bisher mehr als 290 Mio. Euro.",
        True,
        [("money", 250000000, "EUR", None), ("money", 270000000, "EUR", None), ("money", 290000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Finanzvorstand Gerald Hauzenberger sagte, ein Werk in Polen mit 140 Beschäftigten werde bis Jahresende geschlossen.",
        True,
        [("count", 140, None, None)],
        "Gerald Hauzenberger",
    ),
    ("de", "„Die Talsohle ist noch nicht erreicht“, sagte Hauzenberger.", False, [], None),
    (
        "de",
        "An der Wiener Börse verloren die Titel bis Handelsschluss 4,9 Prozent auf 34,20 Euro.",
        True,
        [("percent", 4.9, "%", None), ("money", 34.2, "EUR", None)],
        None,
    ),
    ("de", "Die Erste Group bestätigte ihre Kaufempfehlung für die Aktie, senkte aber das Kursziel.", True, [], None),
    (
        "de",
        "Analysten der Raiffeisen Centrobank werteten den neuen Ausblick als „vorsichtig, aber glaubwürdig“.",
        False,
        [],
        None,
    ),
    # --- Copplestone Homes half year (PA), Tuesday, August 11 ---
    (
        "en",
        "LONDON (PA) - Housebuilder Copplestone Homes has warned that completions will fall this year as high mortgage rates continue to put off younger buyers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The group now expects to build between 9,800 and 10,300 homes in 2026, down from 10,912 last year.",
        True,
        [
            ("count", 9800, None, None),
            ("count", 10300, None, None),
            ("year", 2026, None, None),
            ("count", 10912, None, None),
        ],
        None,
    ),
    (
        "en",
        "Profit before tax slid 18 per cent to £212.4 million in the six months to June 30.",
        True,
        [
            ("percent", 18, "%", None),
            ("money", 212400000, "GBP", None),
            ("duration", 6, "month", None),
            ("date", "--06-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "Its average selling price rose 2.6 per cent to £318,500, while the operating margin shrank to 11.9 per cent from 13.8 per cent.",
        True,
        [
            ("percent", 2.6, "%", None),
            ("money", 318500, "GBP", None),
            ("percent", 11.9, "%", None),
            ("percent", 13.8, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Chief executive Gemma Ashworth-Rudd said the weekly sales rate per outlet had slipped to 0.58 from 0.66 a year ago.",
        True,
        [("count", 0.58, None, None), ("count", 0.66, None, None)],
        "Gemma Ashworth-Rudd",
    ),
    ("en", '"We need a housing market that works for young people again," Ms Ashworth-Rudd said.', False, [], None),
    (
        "en",
        "Copplestone cut its interim dividend to 9.2p from 12.5p.",
        True,
        [("money", 0.092, "GBP", None), ("money", 0.125, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shares in the company fell 6.4 per cent to 472p in morning trading.",
        True,
        [("percent", 6.4, "%", None), ("money", 4.72, "GBP", None)],
        None,
    ),
    ("en", "Analysts at Jefferies said the downgrade had been widely flagged.", False, [], None),
    # --- Tallmadge Stores results (AP), Wednesday, August 12 ---
    (
        "en",
        "MINNEAPOLIS (AP) — Discount retailer Tallmadge Stores cut its annual sales forecast Wednesday, saying shoppers squeezed by tariff-driven price increases are buying fewer clothes and home goods.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The company now expects comparable sales for the year to be flat to down 2%, compared with an earlier forecast of growth of up to 1%.",
        True,
        [("percent", 2, "%", None), ("percent", 1, "%", "up_to")],
        None,
    ),
    (
        "en",
        "For the quarter that ended Aug. 1, Tallmadge earned $418 million, or $2.27 per share, down from $2.61 per share a year earlier.",
        True,
        [
            ("date", "--08-01", None, None),
            ("money", 418000000, "USD", None),
            ("money", 2.27, "USD", None),
            ("money", 2.61, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts polled by FactSet had been looking for $2.35 per share on revenue of $25.6 billion.",
        True,
        [("money", 2.35, "USD", None), ("money", 25600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue slipped 0.8% to $25.2 billion.",
        True,
        [("percent", 0.8, "%", None), ("money", 25200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Operating Officer Dwayne Capehart said the chain would keep prices unchanged on about 5,000 back-to-school items through Labor Day.",
        True,
        [("count", 5000, None, "about")],
        "Dwayne Capehart",
    ),
    ("en", '"We\'re going to be there for families who are watching every dollar," Capehart said.', False, [], None),
    ("en", "Shares of Tallmadge fell 7.3% before the opening bell.", True, [("percent", 7.3, "%", None)], None),
    ("en", "It was not clear whether other big-box chains were seeing the same slowdown.", False, [], None),
    # --- Vuillerens-Halbjahr (awp), Mittwoch, 12. August ---
    (
        "de",
        "Zürich (awp) - Der Schokoladenhersteller Vuillerens hat im ersten Halbjahr wegen der hohen Kakaopreise deutlich weniger Schokolade verkauft.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Verkaufsmenge sank um 7,8%, der Umsatz stieg dank Preiserhöhungen dennoch um 5,2% auf 2,61 Mrd CHF.",
        True,
        [("percent", 7.8, "%", None), ("percent", 5.2, "%", None), ("money", 2610000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Betriebsgewinn (EBIT) ging um 14% auf 238 Mio CHF zurück, die Marge sank um 2,0 Prozentpunkte auf 9,1%.",
        True,
        [
            ("percent", 14, "%", None),
            ("money", 238000000, "CHF", None),
            ("percent", 2.0, "pp", None),
            ("percent", 9.1, "%", None),
        ],
        None,
    ),
    ("de", "Analysten hatten mit einem noch stärkeren Mengenrückgang gerechnet.", True, [], None),
    (
        "de",
        "Die Kakaopreise hätten sich binnen zwei Jahren mehr als verdreifacht, sagte Finanzchefin Corinne Bärlocher.",
        True,
        [("duration", 2, "year", None)],
        "Corinne Bärlocher",
    ),
    ("de", "«Schokolade bleibt ein bezahlbarer Luxus», sagte Bärlocher.", False, [], None),
    (
        "de",
        "Für 2026 erwartet Vuillerens weiterhin ein organisches Wachstum von 4 bis 6% und eine leicht tiefere EBIT-Marge.",
        True,
        [("year", 2026, None, None), ("percent", 4, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Partizipationsscheine schlossen 3,4% tiefer bei 10'840 Fr.",
        True,
        [("percent", 3.4, "%", None), ("money", 10840, "CHF", None)],
        None,
    ),
    ("de", "Ein Händler sprach von «Zahlen, mit denen man leben kann».", False, [], None),
    # --- Yalgorup Resources full year (AAP), Thursday, August 13 ---
    (
        "en",
        "SYDNEY, Aug 13 (AAP) - Iron ore miner Yalgorup Resources has posted a 19 per cent fall in full-year profit and cut its final dividend, as lower prices for the steelmaking ingredient outweighed record shipments.",
        True,
        [("date", "--08-13", None, None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "Net profit after tax for the year to June 30 came in at US$4.62 billion, down from US$5.70 billion a year earlier.",
        True,
        [("date", "--06-30", None, None), ("money", 4620000000, "USD", None), ("money", 5700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The board declared a final dividend of 68 US cents a share, fully franked, down from 89 US cents.",
        True,
        [("money", 0.68, "USD", None), ("money", 0.89, "USD", None)],
        None,
    ),
    (
        "en",
        "Shipments rose 3 per cent to a record 197.4 million tonnes.",
        True,
        [("percent", 3, "%", None), ("count", 197400000, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Bronwyn Maddigan said cash costs had fallen to US$17.85 a wet metric tonne and would stay below US$19 in fiscal 2027.",
        True,
        [("money", 17.85, "USD", None), ("money", 19, "USD", "under"), ("year", 2027, None, None)],
        "Bronwyn Maddigan",
    ),
    (
        "en",
        '"Our mines are among the best in the world, and we are running them harder than ever," Ms Maddigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Yalgorup shares closed 2.1 per cent lower at A$24.18.",
        True,
        [("percent", 2.1, "%", None), ("money", 24.18, "AUD", None)],
        None,
    ),
    ("en", "Analysts said Chinese steel demand would remain the biggest risk for the miner.", False, [], None),
]
