"""Three-hundred-and-eighty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Siltrava, Matthias Eckhoff, Nordfels, Holger Schwiebus, Lumerix and its model
Lumerix-Ostra 70B, Theresa Windhager, Florian Prantauer, Tessaro, Katja Overbeck, Jens
Moorkamp, Rüdiger Haselhorst, Alpstrom Data, Seraina Tschudi-Bösch, Kaltwerk, Jannik
Rosenkranz, Kristallwerk, the Privatbank Hallstein, Karawank Semiconductors, Gernot
Saurugg, the app Klarwort, Sprachkontor, Melike Aydoğan, Aurel Neubrand, Cloudmetrik,
Fennick, Orvelo, Claire Dunmore, Rhein-Main-Netz, Annika Strebel, Siliconsight, Quorra,
Helvesoft; Ardentis and its Tessaract accelerators, Renata Vasquez-Holm, Dominic
Achterfeld, Jonah Pritchett, Harwell Securities, Corvid Labs and its model Corvid 5, Marcus
Thorne-Bailey, Halberd Systems, Ines Sandoval-Ruiz, Pinemark, Lauren Okonkwo-Reyes,
Cutboard, Ridgeback Digital, Darlene Whitacre, Daeyang Electronics, Kim Seo-yeon,
Trellicore, Hannah Lindqvist-Moore, Grayfield Capital, Nimbrio Cloud, Priya Venkataraman,
Tom Ellery-Batts, Keystone Atomic, Glint, Apptrail, Tiago Resende, Westerly Ventures,
Severn Compute, Harriet Cowdray, Kurobane Electron, Daisuke Oginome, Veloxa Micro and its
Stratos accelerators, Lisa Harwood-Chen, Meridian AI, Amara Nwachukwu, Hsinlan
Semiconductor; every unnamed spokesperson, analyst, trader, dealer, executive, researcher,
resident, opponent and campaigner); holders of real offices appear under made-up names that
stand for no real holder (the mayor of Wustermark, the president of Bitkom, the president
of the Bundeskartellamt, the EU's competition commissioner, the Landeshauptmann of
Carinthia, Britain's Technology Secretary) or by their role only ("Ein Sprecher des
Netzbetreibers", "a Nimbrio executive"). Real states, bodies, markets, indices, laws and
places (EU-Kommission, Kommission, EU-Gericht, Bundeskartellamt, Bitkom, Deutsche
Presse-Agentur, Wettbewerbskommission (Weko), Bundesverwaltungsgericht, Land Kärnten,
EU-Chipgesetz, Dax, TecDax, Xetra, Grüne im Römer, Havelland, Wustermark, Nauen,
Dielsdorf, Villach, Finnland, Luxemburg; the European Commission, Brussels, LSEG, the
Nasdaq, the Philadelphia SE Semiconductor index, the Energy Department, the Central
Statistics Office, EirGrid, techUK, Culpeper, Virginia, Pennsylvania, Yongin, Lisbon, south
Wales, and the datelines' cities) stand for the way wire copy names them; every result,
forecast, consensus, capex plan, capacity, consumption figure, shipment, market share,
parameter count, price, download tally, job cut, fine, share of turnover, deadline, vote,
quote, label and reaction here is invented, and where a real figure came to mind (a real
chipmaker's guidance or data-centre revenue, a real EU fine on an app store or an ad-tech
business, a real country's data-centre share of electricity, a real model's parameter
count) it was changed.

Its weight: TECH COMPANIES, AI AND DATA CENTRES (the fifty-first, hundred-sixth,
hundred-twenty-eighth, two-hundred-and-eleventh, two-hundred-and-sixty-seventh,
two-hundred-and-eighty-eighth and three-hundred-and-fifty-fourth batches weighed technology
companies, chips, AI, data centres and regulators, and the seventy-third,
two-hundred-and-twenty-fourth and three-hundred-and-twenty-ninth company results, job cuts
and outlooks; their decisions are kept) over four wire weeks of one autumn reporting
season, October 20 to November 11, as 32 short stories with the German and English ones
interleaved, each told as wire copy runs it (a dateline lead, the figures, the estimates,
attributed claims, the other side, quotes, reactions). Half German (dpa with its slugs
"dpa/bb" and "dpa/lhe", dpa-AFX, Reuters German, APA, awp, Keystone-SDA and heise-style
copy with a dash dateline; Austrian "Heuer", "um 8 Prozent mehr", "im Vorjahr", Swiss
"Gemäss", "grösstenteils", "fliessen", "2'700", "gebüsst", "weiterziehen", "während mehr
als sechs Jahren", «» quotes, German „“ quotes): a Munich chipmaker's third quarter and
raised guidance, a data-centre campus in the Havelland, a Viennese AI start-up's language
model with its parameters and tokens, a software group's cloud quarter and job cuts,
Germany's data-centre power use, a Zurich data-centre expansion in francs, a Berlin
start-up's layoffs, a chip sell-off on the Dax, a Carinthian chip supplier's investment
with EU money, a Hamburg AI app topping the download charts, a Bundeskartellamt proceeding
against a cloud provider, the hyperscalers' capex plans, Frankfurt's grid and its
connection requests, GPU shipments and prices, an EU Commission fine on an app store with
its share of turnover and periodic penalties, and a Weko fine. Half English (Reuters,
Bloomberg, AP, PA): a U.S. chipmaker's quarter with shipments and guidance, an AI model
launch with tokens, benchmark and prices, an EU antitrust fine on an ad-tech business, a
software maker's layoffs with severance, a Virginia county vote on a gigawatt campus, a
Korean memory maker's record profit in won, a Nasdaq chip rout, a cloud provider's capex
raise and backlog, a nuclear power deal for data centres, a photo app's downloads, a Welsh
AI growth zone in megawatts and pounds, Ireland's data centres, a Japanese equipment
maker's raised forecast in yen, a chipmaker's job cuts and guidance, an open-weight model
downloaded a million times, and a Taiwanese foundry's monthly sales in Taiwan dollars.
Figures as such copy has them: revenue, profit, margins, consensus and guidance ranges;
capital spending in billions and market value in trillions; power in megawatts, gigawatts,
watts and kilowatts, energy in terawatt and gigawatt hours, efficiency ratios; GPUs
shipped, accelerators, parameters and tokens; prices per million tokens and per chip; app
downloads and users; jobs cut and staff; fines in euros and francs and as shares of
turnover, their ceilings and periodic penalties; number words and compounds
(„Dreimonatszeitraum“, „Sieben-Punkte-Papier“, „60-Tage-Frist“, „31-jährigen“, „fünf
Millionen Mal“, „das Dreifache“, "a seven-hour public hearing", "a 14-person startup", "a
one-gigawatt cloud campus", "twice as many", "four times"), fractions („fast jede dritte
Stelle“, „gut ein Drittel“, „etwa zwei Drittel“, „knapp ein Viertel“, "nearly
nine-tenths", "roughly one in eight", "about a fifth"), ordinals, ranges, hedges, years and
dates. About 55 negatives as such copy has them: executives', founders' and politicians'
visions, boasts and rhetoric in quotes, labels of works councils, spokespeople, mayors,
consumer advocates, traders and parties („nannte“, „sprach von“), a verdict with „halten ...
für“, an appeal naming no measure, warnings and a verdict without a figure, doubts, fears,
investors' worries, employees' reactions, an evasion, no-comment lines and open questions,
each near a check-worthy look-alike from the same story, often the same speaker's figure.

238 rows (120 German, 118 English), 55 negatives (26 German, 29 English), 183 check-worthy
rows of which 16 carry no figure (12 German, 4 English), 333 expected quantities (84 amounts
of money - 46 USD, 25 EUR, 4 each JPY and KRW, 2 each CHF and TWD, 1 GBP -, 82 counts, 63
percentages - 62 in "%", 1 in percentage points "pp" -, 33 years, 28 durations - 9 in years,
7 in weeks, 5 in months, 4 in days, 3 in hours -, 24 ordinals, 10 dates, 9 fractions; none
of them in a negative), 37 checked speakers (20 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported vision,
  boast, label, verdict, appeal, doubt, fear or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth, two-hundred-and-
  sixty-seventh, two-hundred-and-eighty-eighth, three-hundred-and-fifty-fourth); a quoted
  or reported figure, forecast, step, plan, finding or position is check-worthy with its
  speaker, also in Konjunktiv I and II. Pairs from one speaker: Eckhoff's 2029 beside
  „Künstliche Intelligenz verändert unsere Branche ...“, Achterfeld's tight memory through
  the first half of 2028 beside "The age of accelerated computing", Prantauer's 24 languages
  beside „Europa muss ... selbstbewusster auftreten“, Haselhorst's seven years beside his
  appeal („endlich zur Priorität“), Overbeck's quarter beside her evasion, Venkataraman's
  3.5 gigawatts beside "capacity constrained", Kim's 2028 beside "a cycle unlike anything",
  Rosenkranz's 190 of 610 beside „der schwerste Tag“, Tschudi-Bösch's 70 percent (unchecked,
  „Gemäss“) beside «einen echten Standortvorteil», Aydoğan's six hours beside
  „überwältigt“, Neubrand's 34 percent beside „ließ Neubrand offen“, Resende's 25 million
  beside "genuinely love", Cowdray's jobs beside "at the heart of Britain's AI future",
  Harwood-Chen's gigawatt beside "Our best days", Nwachukwu's 11 weeks beside "a handful of
  companies" and Sandoval-Ruiz's 60 days beside "must be fair".
- Results and guidance (seventy-third, two-hundred-and-eighty-eighth,
  three-hundred-and-twenty-ninth): revenue, profit, margins, backlogs and per-share prices
  are check-worthy with each figure; consensus lines are check-worthy with the source
  unchecked ("according to LSEG data", "21 analysts polled by LSEG" count 21, „Analysten
  hatten im Schnitt mit 4,05 Milliarden Euro gerechnet“ - „im Schnitt“ no hedge); ranges
  give both ends with no hedge („zwischen 16,5 und 17 Milliarden Euro“, „von 9,6 bis 10
  Milliarden Euro“, "$100 billion to $105 billion", "$450 million to $550 million", "$9.5
  billion to $10 billion", "$48 billion to $52 billion"); "plus or minus 2%" and "plus or
  minus $300 million" no hedge; „auf 16,2 (Vorjahr: 13,1) Mrd. Euro“ two amounts in order
  (three-hundred-and-twenty-ninth); „Geschäftsjahr 2027/28“ both years; "for the year
  ending March 2028" the year; quarters and halves are ordinals („im dritten Quartal“,
  "fourth-quarter", "Second-quarter", "the first half of 2028", "the second half of 2028");
  "slightly below the 73%" and "well short of estimates of $11.4 billion" no hedge (the
  hedge before the article or none, two-hundred-and-forty-fourth: "far below the 6
  hectares"); "more than doubled" and "more than tripled" carry none (verbs). Guidance
  stated by an executive with a year is check-worthy even without an amount („die
  Investitionen würden auch 2028 weiter steigen“ 2028 -> "Claire Dunmore";
  two-hundred-and-eighty-eighth: guidance without a figure check-worthy), while investors'
  worries and skeptics' fears stay negatives. New: „im Dreimonatszeitraum bis Ende
  September“ is 3 months - the number word heading the compound gives the span, as the
  issue's "fünfstündigen Treffen" gives 5 hours; „bis Ende September“ none.
- Capital spending and market value are money in the currency written (two-hundred-and-
  eighty-eighth, three-hundred-and-fifty-fourth): "as much as $118 billion" "up_to", „mehr
  als 520 Milliarden US-Dollar“ "over", „nach schätzungsweise 410 Milliarden Dollar“ "about"
  („schätzungsweise“, sixty-fourth), „auf 92 bis 96 Milliarden Dollar“ both, „gut 14
  Billionen Dollar“ 14,000,000,000,000 "over" („Billionen“ the German trillion,
  two-hundred-and-eighty-eighth), "About $780 billion was wiped off" and "roughly $210
  billion", "adding roughly $130 billion to its market value", "about £3.4bn" GBP
  (tenth: "£4.8bn"), "a valuation of about $1.2 billion", "valued
  at about $6 billion".
- Power, energy and efficiency are counts (fifty-first, hundred-twenty-eighth,
  two-hundred-and-sixty-seventh, three-hundred-and-fifty-fourth): „zusammen 480 Megawatt“
  („zusammen“ no hedge), „120 Megawatt“, „von 36 auf 96 Megawatt“, „etwa 2,9 Gigawatt“,
  „rund 22,7 Terawattstunden“, „auf 31 bis 37 Terawattstunden“ both, „rund 2'700
  Gigawattstunden“ (Swiss apostrophe, tenth), "as much as 1.5 gigawatts" and "up to 1.2
  gigawatts" "up_to", "about 3.5 gigawatts", "about 2.2 gigawatts", "250 megawatts", "about
  1.6 gigawatts", „bis zu 1.400 Watt“ "up_to", „mehr als 130 Kilowatt“ "over", "enough to
  power about 900,000 homes"; „über insgesamt 4,8 Gigawatt“ no hedge („über“ governed by
  the noun „Anschlussanfragen“, three-hundred-and-fifty-fourth: „31 Bußgelder über zusammen
  4,3 Millionen Euro“); a PUE value is a count on its scale („sank auf 1,41, nach 1,46 zwei
  Jahre zuvor“ 1.41, 1.46 and 2 years; three-hundred-and-fifty-fourth: „einen PUE-Wert von
  1,2“); „mehr als das Dreifache der heutigen Spitzenlast“ is count 3 "over" (an earlier
  batch: „fast das Dreifache“). New: "a one-gigawatt cloud campus" is count 1 - the number
  word heading the unit compound is a figure, as "a 1,200-hectare estate" and "a 52-yard
  field goal" (two-hundred-and-forty-fourth, three-hundred-and-fifty-sixth), while
  "gigawatt-scale" names no figure (three-hundred-and-fifty-fourth).
- AI models (ninety-seventh, two-hundred-and-sixty-seventh, three-hundred-and-fifty-fourth):
  parameters and tokens are counts („70 Milliarden Parameter“ 70,000,000,000, „rund 12
  Billionen Token“ 12,000,000,000,000 "about", "about 1.8 trillion parameters", "420 billion
  parameters", "up to 2 million tokens in a single request" "up_to"), as are graphics
  processors („4.096 Grafikprozessoren“, "roughly 16,000 graphics processors"); "twice as
  many as its predecessor" is count 2 (the issue's "viermal"); training time is a duration
  („54 Tage lang“ 54 days, "about 11 weeks" "about"); prices per million tokens give the
  money only ("$3 per million input tokens and $15 per million output tokens"); a benchmark
  score with its predecessor's is check-worthy ("81.2% ..., against 72.5%"); model and
  product names carry none ("Corvid 5", "Tessaract", "Stratos"; fifty-first). New: the
  model name „Lumerix-Ostra 70B“ carries no quantity although its "70B" names the model's
  size - it is a name as "Corvid 5" and "F-35B" are, and the size counted is the one written
  out („70 Milliarden Parameter“). New: „verfügt über 70 Milliarden Parameter“ carries no
  hedge - „über“ is governed by the verb „verfügen“ and bounds nothing, as „über“ governed
  by a noun carries none („Finanzierungsrunde über 60 Millionen Euro“ here;
  three-hundred-and-fifty-fourth: „eine Finanzierung über 95 Millionen Euro“), unlike the
  issue's „über 3.000 Soldaten“.
- GPU shipments, chips and prices (two-hundred-and-sixty-seventh,
  three-hundred-and-fifty-fourth): „rund 2,3 Millionen Stück“ "about", "about 1.4 million
  of its Tessaract accelerators, up from roughly 900,000 three months earlier" both "about"
  and 3 months, "about 5.5 million accelerators next year, up from 4 million" (an analyst's
  forecast with a figure, check-worthy with the name after the quote, forty-first);
  market shares in percent („86 Prozent“, „knapp 9 Prozent“ "nearly"); „zwischen 35.000 und
  45.000 US-Dollar“ both USD („zwischen“ no hedge); „zwölf bis 16 Wochen“ 12 and 16 weeks
  (the unit written once serves both, two-hundred-and-sixty-seventh: „zwei bis drei
  Wochen“; „derzeit“ no hedge); "2-nanometre" 2; "HBM", "DRAM" none. „Der Rest entfiel auf
  ...“ is check-worthy without a figure.
- Layoffs and staff (two-hundred-and-eighty-eighth): jobs and headcounts are counts with
  their hedges („rund 3.000 seiner etwa 108.000 Stellen“, „190 von zuletzt 610“ -
  „zuletzt“ no hedge -, "about 4,200 jobs", "about 1,500 jobs", "about 70,000 people",
  "more than 118,000 ... against about 152,000", „rund 140“ beside „verdoppeln“, a verb
  carrying none); shares of staff as written („fast jede dritte Stelle“ 0.3333 "nearly",
  "roughly 6% of its workforce" "about", "nearly 6% of its staff" "nearly"); "the third
  round of layoffs in 18 months" 3 and 18 months (hundred-twenty-eighth: "its second round
  of cuts within 11 months"); severance is duration ("at least 16 weeks of pay" 16 weeks
  "at_least", "an extra two weeks' pay per year worked" 2 weeks, "per year worked" none);
  „bis Ende Januar bei vollen Bezügen freigestellt“ is check-worthy without a figure.
- Antitrust fines (fifty-first, hundred-sixth, hundred-twenty-eighth,
  hundred-seventieth): fines are money („eine Geldbuße von 1,62 Milliarden Euro“, "3.35
  billion euros ($3.6 billion)" EUR and the bracketed USD with no hedge, eightieth, „mit
  18,6 Millionen Franken gebüsst“ CHF); shares of turnover are percentages („etwa 0,5
  Prozent des weltweiten Jahresumsatzes“ "about", "about 1.1% of Halberd's global turnover
  last year"); caps and periodic penalties carry their hedges („bis zu zehn Prozent“, „in
  Höhe von bis zu fünf Prozent ihres durchschnittlichen Tagesumsatzes“ and „Provisionen von
  bis zu 30 Prozent“ "up_to"); a cap stated in Konjunktiv II („Möglich gewesen wären bis zu
  zehn Prozent.“) is a rule and check-worthy (two-hundred-and-sixty-seventh: the Konjunktiv
  II standing in for a fact); ranked and counted fines („die dritte Strafe der Kommission
  gegen Quorra seit 2021“ 3 and the year, „das sechste Verfahren dieser Art“ 6, "the
  second-largest penalty" 2, "fined four times by Brussels since 2017" count 4 - the
  issue's "viermal" - and "more than 11 billion euros" "over"); a deadline is a duration
  ("had 60 days to propose" 60 days); announced challenges are check-worthy without a
  figure ("Halberd said it would appeal the decision, calling the fine "unjustified."" - an
  act paired with a label keeps the row, two-hundred-and-sixty-seventh -, „Quorra will die
  Entscheidung ... anfechten“, „Helvesoft will den Entscheid ans Bundesverwaltungsgericht
  weiterziehen“), as are a proceeding opened and what it examines; an approval still needed
  („Die Förderzusage muss von der EU-Kommission noch genehmigt werden.“,
  two-hundred-and-sixty-seventh); labels of the fined firm and of consumer advocates are
  negatives. New: „Innerhalb einer 60-Tage-Frist“ is 60 days - a figure glued to a unit of
  time in a hyphenated compound gives the span, as "a 72-hour walkout" (three-hundredth)
  and the issue's "28-Punkte-Entwurf" gives its count; „Innerhalb“ no hedge (as "within").
- App downloads (every batch reading the issue's "100 Mal"): „mehr als fünf Millionen Mal
  heruntergeladen“ 5,000,000 "over" (an earlier batch: „mehr als 2,3 Millionen Mal
  aufgerufen“), "downloaded more than 60 million times" 60,000,000 "over" and "more than
  1.3 million times" "over"; "in its first week" ordinal 1 and no duration (two-hundred-
  and-seventy-sixth: „in der ersten Stunde“), "in its first 48 hours" ordinal 1 and 48 hours
  (two-hundred-and-forty-fourth: "in the first four days"); „auf Platz eins der
  Download-Charts“ ordinal 1 (twenty-fifth); "About 38% ... and roughly one in eight" 38
  "about" and 0.125 "about"; "a 14-person startup" 14 and "in 27 countries" 27; "more than
  400 million weekly users, up from 250 million" and "25 million daily active users"
  ("weekly", "daily" none); „jünger als 35 Jahre“ 35 years "under"
  (two-hundred-and-eighty-eighth: „jünger als 30 Jahre“); „7,99 Euro im Monat“ 7.99 EUR
  („im Monat“ none).
- Fractions (the issue: "ein Fünftel", "jeder vierte"): „etwa ein Viertel der
  Neuverträge“ 0.25 "about", „gut ein Drittel davon“ 0.3333 "over", „etwa zwei Drittel des
  Marktes“ 0.6667 "about", „Rund die Hälfte des Geldes“ 0.5 "about", „knapp ein Viertel des
  Frankfurter Stromverbrauchs“ 0.25 "nearly", „fast jede dritte Stelle“ 0.3333 "nearly",
  "nearly nine-tenths of total sales" 0.9 "nearly" (an earlier batch: „mehr als neun
  Zehntel“ 0.9), "roughly one in eight" 0.125 "about", "about a fifth of wafer revenue" 0.2
  "about".
- Durations besides those above (the issue: "fünfstündigen Treffen", "a two-week visit"):
  "three months earlier" 3 months (two-hundred-and-eighty-eighth: "13.4% three months
  before"), „zwei Jahre zuvor“ 2 years, "two weeks after" 2 weeks, „binnen zwei Wochen“ 2
  weeks, „für sechs Stunden“ 6 hours, "after a seven-hour public hearing" 7 hours, "for 20
  years" 20 years, "founded two years ago" 2 years, „bis zu sieben Jahre“ "up_to", „von vier
  bis sechs Jahren“ both, „während mehr als sechs Jahren“ 6 years "over" (Swiss „während“
  before a span as "for"), "its steepest one-day drop" 1 day (three-hundred-and-fifty-sixth),
  „in der 31-jährigen Firmengeschichte“ 31 years (seventy-fourth: "the 176-year
  observational record"), "In the first 10 months" ordinal 1 and 10 months. None: "over a
  decade", "for hours", "for some time", "take years", "over its life", "this year", "next
  year", "last year", "so far this year", "a year earlier", "a year ago", "the same period
  last year", "a day", "a year", "late last year", "early Wednesday", "last week", "in June",
  "in March", "in July", "in August", "in January", "the July-September quarter", "the
  July-September period", „im vergangenen Jahr“, „Heuer“, „im Vorjahr“, „im kommenden
  Jahr“, „in diesem Jahr“, „Seit Jahresbeginn“, „im Jahresvergleich“, „im Tagesverlauf“,
  „bis zum Nachmittag“, „am Wochenende“, „Tag und Nacht“ (in a negative), „im Frühjahr“,
  „bis Ende Januar“, „Ende 2028“ (the year only).
- Years and dates: „bis 2031“, „Ende 2028“, „ab 2030“ (twice), „bis 2029“, „Mitte 2029“
  (a season of a year is the year, two-hundred-and-sixty-seventh), „Bis 2030“, „Bis 2035“,
  „seit 2019“, „seit 2021“, „seit der Verschärfung des Wettbewerbsrechts 2021“ (a year
  after a law's change dates it, two-hundred-and-forty-fourth: „Seit Inkrafttreten der
  Biberverordnung 2019“), „für 2028 zugesagt“, „2026“, „auch 2028“, „das 2023 gegründete
  Unternehmen“, „Das 2019 gegründete Unternehmen“, „bis weit in das Jahr 2029“, "in 2026",
  "for 2028", "in 2029" (three times), "since 2017", "since 2019", "by 2030", "in 2024", "in
  2015", "before 2030", "of 2028" (twice); Reuters datelines with a day are dates without a
  year ("SANTA CLARA, California, Oct 20" and "AUSTIN, Texas, Nov 5" with the state between
  city and day, "BRUSSELS, Oct 22", "SEATTLE, Oct 23", "SEOUL, Oct 28", "NEW YORK, Oct 29",
  "LONDON, Nov 2", "DUBLIN, Nov 4", "TAIPEI, Nov 10", "TOKYO, Nov 11"); dpa ("Berlin (dpa)
  -", "Wustermark (dpa/bb) -", "Frankfurt/Main (dpa/lhe) -", "Hamburg (dpa) -"), dpa-AFX,
  Reuters German ("Bonn (Reuters) -", "Brüssel (Reuters) -"), APA, awp, Keystone-SDA, the
  heise-style dash dateline ("Hannover –"), AP ("SAN FRANCISCO (AP) —", "CULPEPER, Va. (AP)
  —", "NEW YORK (AP) —"), PA ("LONDON (PA) -") and Bloomberg ("(Bloomberg) --") datelines
  none (seventy-ninth, three-hundred-and-fifty-sixth). Months and weekdays alone none.
- Other counts as written: „rund 42 Hektar“ "about", „sechs Gebäude“, „9.500
  Quadratmetern“, „260 neue Arbeitsplätze“, „etwa 350 Dauerarbeitsplätze“, „ein
  Sieben-Punkte-Papier“ 7 (the issue's "28-Punkte-Entwurf"), „24 europäische Sprachen“,
  „zwei US-Cloudanbieter“, „rund 140 Institutionen in 19 Kantonen“, „auf 24.318 Punkte“ (an
  index level, two-hundred-and-eighty-eighth), "voted 4-3" 4 and 3 (three-hundred-and-
  fifty-fourth: "voted 5-2"), "12 buildings on about 640 acres", "about 400 permanent jobs",
  "up to 2 million gallons of water a day" "up_to" ("a day" none), "two new substations and
  about 30 miles", "three nuclear reactors", "more than 1,000 construction jobs and about 500
  permanent roles", "89 data centres ..., with another 14" ("another" no hedge), "2-nanometre"
  2. None: "one of the reactors", „einen der größten“, "one of Britain's largest", "a single
  company", "a single request", „die beiden Aktien“, "the four groups", "nearly all of the
  most advanced AI processors", "thousands".
- Percentages as written (every batch): results, moves and shares („um 14 Prozent“, „um
  2,3 Prozentpunkte auf 21,8 Prozent“ 2.3 pp and 21.8, „um 6,4 Prozent“, „um 2,1 Prozent“,
  „7,2 Prozent ... um 0,9 Prozent“, „um gut 5 Prozent“ "over", „rund 60 beziehungsweise 45
  Prozent“ the hedge on the first only and the unit written once serving both
  (two-hundred-and-forty-fourth: „rund 1.600 bis 1.800 Tiere“), „gut 70 Prozent“ "over",
  „gut 4 Prozent des Landesverbrauchs“ "over", „Bis zu 40 Prozent der Abwärme“ "up_to", „um
  38 Prozent“, "fell 3.1% ... after gaining about 40%", "jumped as much as 18%" "up_to",
  "about 12% ... by 2030, up from roughly 5% in 2024", "a 41% jump", "closed up 2.8% at a
  record high", "by roughly 50%" "about"; „um 8 Prozent mehr“ (Austrian, the comparison
  after the figure no hedge, two-hundred-and-sixty-seventh).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „schätzungsweise“, "about",
  "About", "roughly" "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „gut“, "more
  than" "over"; „jünger als“, "less than" "under"; „bis zu“, „Bis zu“, "up to", "as much as"
  "up_to"; "at least" "at_least". No hedge: „zusammen“, „insgesamt“ after „über“, „zuletzt“,
  „derzeit“, „bereits“, „weitere“, „allein“, „im Schnitt“, "on average", „zwischen“,
  „Innerhalb“, "within", "another", "slightly below the", "well short of", "plus or minus",
  „über“ governed by a noun or a verb, "over" before a span, and the "to", „bis“ and
  „beziehungsweise“ of a range or list.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Unternehmen am frühen Dienstagmorgen mit“ and „teilte das Unternehmen mit“ (twice) -> "das
  Unternehmen" (the time of day dropped, two-hundred-and-eighty-eighth: „am Dienstagabend“),
  „teilte Nordfels am Mittwoch mit“ -> "Nordfels" and „teilte Sprachkontor mit“ ->
  "Sprachkontor" as written (three-hundred-and-fifty-fourth: „teilte Telvana mit“), „teilte
  das Bundeskartellamt am Mittwoch mit“ -> "das Bundeskartellamt", „teilte die Kommission am
  Montag mit“ -> "die Kommission", „teilte die Weko mit“ -> "die Weko" (the body as the row
  names it), „Nach Angaben der Gemeinde“ -> "die Gemeinde" (three-hundred-and-fifty-fourth:
  „nach Angaben der Behörde“); „Siltrava-Chef Matthias Eckhoff sagte, ...“, „Lumerix-Chef
  Florian Prantauer sagte, ...“, „Finanzchefin Katja Overbeck sagte, ...“,
  „Bitkom-Präsident Rüdiger Haselhorst sagte, ...“, „Gründerin Melike Aydoğan sagte, ...“,
  „Kartellamtspräsident Aurel Neubrand sagte, ...“, „Geschäftsführerin Annika Strebel
  sagte, ...“, „EU-Wettbewerbskommissarin Ines Sandoval-Ruiz sagte, ...“ and
  „Orvelo-Finanzchefin Claire Dunmore sagte in einer Telefonkonferenz, ...“ the name
  (hundred-eightieth; the occasion dropped, three-hundred-and-fifty-sixth: „sagte
  Finanzchefin Sabine Oldenkott in einer Telefonkonferenz“); „sagte Mitgründerin Theresa
  Windhager“ and „sagte Mitgründer Jannik Rosenkranz der Deutschen Presse-Agentur“ the name
  with title and audience dropped (three-hundred-and-twenty-fourth: „sagte Wehrstedt in einer
  Rede vor Unternehmern“). English: "Chief Financial Officer Renata Vasquez-Holm said",
  "Chief Executive Priya Venkataraman said", "Chief Executive Tiago Resende said",
  "Technology Secretary Harriet Cowdray said" and "Chief Executive Lisa Harwood-Chen said"
  the name with the title dropped; "Achterfeld told analysts on a conference call" ->
  "Achterfeld", "Chief Financial Officer Kim Seo-yeon told analysts" -> "Kim Seo-yeon"
  (two-hundred-and-eighty-eighth: "told analysts"), "EU competition chief Ines
  Sandoval-Ruiz told a news conference" -> "Ines Sandoval-Ruiz" (three-hundred-and-twenty-
  fourth), "co-founder Amara Nwachukwu told reporters" -> "Amara Nwachukwu"; ", finance
  chief Tom Ellery-Batts said." the name (two-hundred-and-eighty-eighth); a quote followed
  by "said Jonah Pritchett, an analyst at Harwell Securities" the name (forty-first,
  three-hundred-and-fifty-sixth); "the company said" and "the company said on Thursday" ->
  "the company" (five times); "The European Commission said" -> "the European Commission".
  Left unchecked (None): all negatives, also those with a named speaker; „Gemäss
  Konzernchefin Seraina Tschudi-Bösch“ (a form no batch settled for a person,
  two-hundred-and-eighty-eighth: „Nach Angaben von Vorstandschef ...“), „sagte ein Sprecher
  des Netzbetreibers“ and „sagte ein Firmensprecher“ (roles), „wie das Unternehmen am Montag
  mitteilte“, „Das Unternehmen beziffert“, „Als Grund nannte Rosenkranz“, „Tessaro
  bestätigte“, „rechnet“, „nach Angaben aus Kommissionskreisen“, „nach Angaben des
  Marktforschers Cloudmetrik“ and „nach Zahlen des Marktforschers Siliconsight“ (a
  description before the name), „nach Schätzungen des Branchenverbands“, „nach Schätzungen
  von Analysten“, „nach Unternehmensangaben“, „nach Händlerangaben“, „Marktbeobachtern
  zufolge“, „Das geht aus ... hervor“, „kündigte an“; "according to LSEG data", "according
  to a memo seen by Reuters", "the memo showed", "according to its most recent annual
  report", "according to county documents", "according to people familiar with the matter",
  "people familiar with the deal said", "according to industry figures", "according to
  industry body techUK", "according to estimates from app analytics firm Apptrail", "Layoff
  tracker Cutboard counts", "Plant owner Keystone Atomic said" and "Grid operator EirGrid has
  said" (a description before the name), "The developer, Ridgeback Digital, ..." and "The
  developer, Severn Compute, says" (a description between), "Meridian AI, a startup founded
  ..., said Monday" (a subject parted from its verb, hundred-sixteenth), "which the company
  says" and "a model it says has" (relative clauses), "The local utility has said" and "the
  Energy Department has estimated" and "the Central Statistics Office said on Wednesday"
  (bodies' "said", left unchecked as the two-hundred-and-sixty-seventh did), "EU antitrust
  regulators fined" (a plural group), "Kurobane will also buy back" and "Kurobane ...
  lifted" (no verb of saying), and - to keep the checked speakers near 35, as the
  three-hundred-and-fifty-fourth did - firms at the head of reported speech ("Corvid said",
  "Halberd said", "Pinemark said in a filing", "Ridgeback said", "Trellicore said",
  "Apptrail said") and "The company said in July" in the Taipei story.
- Negatives (ninety-eighth, two-hundred-and-fourth, two-hundred-and-sixty-seventh,
  three-hundred-and-fifty-fourth), none carrying a figure: quotes of vision, boast,
  feeling and rhetoric (Eckhoff, Achterfeld, Thorne-Bailey, Prantauer, Sandoval-Ruiz,
  Okonkwo-Reyes, Whitacre, Tschudi-Bösch, Kim, Rosenkranz, Lindqvist-Moore, Venkataraman, a
  Nimbrio executive, Aydoğan, Resende, Cowdray, Harwood-Chen, Nwachukwu, a Helvesoft
  spokesman); labels („sprach von einer „Jahrhundertchance ...““, „nannte den Abbau ...“,
  „sprach von „Gewinnmitnahmen ...““, „sprach von einem „Meilenstein ...““, „nannte die
  Vorwürfe ...“, „sprachen von einem „Wildwuchs ...““, „nannte die Entscheidung ...“,
  „sprachen von einem „längst fälligen Zeichen ...““); a verdict with „halten ... für“
  (twice: the Privatbank Hallstein's analysts, environmental groups); an appeal naming no
  measure (Haselhorst's; the privacy advocates' „riefen ... auf“); an assessment ("remained
  "cautiously optimistic""); verdicts and warnings without a figure ("Publishers' groups
  said the fine would do little ...", "Critics said ...", "Environmental campaigners warned
  ...", "An industry lobby group said the country risked ...", "Analysts said the figures
  eased fears ..."); doubts and fears („Beobachter bezweifeln“, „Branchenkenner
  bezweifeln“, „Anwohner befürchten“, „Skeptiker fürchten“, "Some safety researchers fear",
  "Some investors worry"); traders' mood ("Dealers said buyers were staying on the
  sidelines ..."); employees' reactions ("Some employees said on social media ...");
  evasions and no-comment lines („wollte Overbeck nicht sagen“, „ließ Neubrand offen“,
  "Corvid declined to say ...", "Glint's founders declined to comment ...", "Opponents said
  they were weighing whether to fight the decision in court" - two-hundred-and-seventy-sixth:
  "before deciding whether to appeal"); and open questions („Ob das Modell ... ist unter
  Fachleuten umstritten.“, „Ob die Gemeinde ... ist noch offen.“, "Outside researchers said
  it was unclear ...", "Privacy advocates questioned whether ...", "Whether the government's
  new connection policy will ease the strain remains unclear."). As the brief for these
  batches asks, negatives carry no expected quantities, and this batch writes no figure
  into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_387 = [
    # --- Siltrava: drittes Quartal (dpa-AFX) ---
    (
        "de",
        "München (dpa-AFX) - Der Halbleiterkonzern Siltrava hat im dritten Quartal dank der hohen Nachfrage nach Chips für KI-Rechenzentren deutlich mehr umgesetzt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg im Dreimonatszeitraum bis Ende September im Jahresvergleich um 14 Prozent auf 4,12 Milliarden Euro, teilte das Unternehmen am frühen Dienstagmorgen mit.",
        True,
        [("duration", 3, "month", None), ("percent", 14, "%", None), ("money", 4120000000, "EUR", None)],
        "das Unternehmen",
    ),
    ("de", "Analysten hatten im Schnitt mit 4,05 Milliarden Euro gerechnet.", True, [("money", 4050000000, "EUR", None)], None),
    (
        "de",
        "Die Segmentergebnismarge kletterte um 2,3 Prozentpunkte auf 21,8 Prozent.",
        True,
        [("percent", 2.3, "pp", None), ("percent", 21.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Geschäftsjahr 2027/28 peilt der Vorstand nun einen Umsatz zwischen 16,5 und 17 Milliarden Euro an, bisher waren rund 16 Milliarden Euro geplant.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("money", 16500000000, "EUR", None),
            ("money", 17000000000, "EUR", None),
            ("money", 16000000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Siltrava-Chef Matthias Eckhoff sagte, die Auftragsbücher für Leistungshalbleiter in Rechenzentren reichten inzwischen bis weit in das Jahr 2029.",
        True,
        [("year", 2029, None, None)],
        "Matthias Eckhoff",
    ),
    (
        "de",
        "„Künstliche Intelligenz verändert unsere Branche schneller, als es sich irgendjemand hätte vorstellen können“, sagte Eckhoff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im frühen Xetra-Handel gewann die Aktie 6,4 Prozent auf 38,72 Euro und setzte sich damit an die Dax-Spitze.",
        True,
        [("percent", 6.4, "%", None), ("money", 38.72, "EUR", None)],
        None,
    ),
    # --- Ardentis third quarter (Reuters) ---
    (
        "en",
        "SANTA CLARA, California, Oct 20 (Reuters) - Ardentis on Tuesday forecast fourth-quarter sales ahead of Wall Street expectations, betting on sustained demand from cloud providers for its AI accelerators.",
        True,
        [("date", "--10-20", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "For the current quarter the chipmaker projects revenue of $61 billion, plus or minus 2%; analysts had on average pencilled in $58.4 billion, according to LSEG data.",
        True,
        [("money", 61000000000, "USD", None), ("percent", 2, "%", None), ("money", 58400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Data center revenue rose 52% to $46.3 billion in the third quarter, making up nearly nine-tenths of total sales.",
        True,
        [("percent", 52, "%", None), ("money", 46300000000, "USD", None), ("ordinal", 3, None, None), ("fraction", 0.9, None, "nearly")],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Renata Vasquez-Holm said Ardentis shipped about 1.4 million of its Tessaract accelerators in the quarter, up from roughly 900,000 three months earlier.",
        True,
        [("count", 1400000, None, "about"), ("count", 900000, None, "about"), ("duration", 3, "month", None)],
        "Renata Vasquez-Holm",
    ),
    (
        "en",
        "Gross margin came in at 72.9%, slightly below the 73% the company had guided to in August.",
        True,
        [("percent", 72.9, "%", None), ("percent", 73, "%", None)],
        None,
    ),
    ("en", "\"The age of accelerated computing has only just begun,\" Chief Executive Dominic Achterfeld said.", False, [], None),
    (
        "en",
        "Achterfeld told analysts on a conference call that supplies of high-bandwidth memory would remain tight through the first half of 2028.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        "Achterfeld",
    ),
    (
        "en",
        "\"We now expect Ardentis to ship about 5.5 million accelerators next year, up from 4 million this year,\" said Jonah Pritchett, an analyst at Harwell Securities.",
        True,
        [("count", 5500000, None, "about"), ("count", 4000000, None, None)],
        "Jonah Pritchett",
    ),
    (
        "en",
        "Shares of Ardentis, the world's most valuable company, fell 3.1% in extended trading after gaining about 40% this year.",
        True,
        [("percent", 3.1, "%", None), ("percent", 40, "%", "about")],
        None,
    ),
    # --- Rechenzentrum im Havelland (dpa) ---
    (
        "de",
        "Wustermark (dpa/bb) - Der Rechenzentrumsbetreiber Nordfels will im Havelland einen der größten Rechenzentrumsstandorte Deutschlands errichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf dem rund 42 Hektar großen Gelände sollen bis 2031 sechs Gebäude mit einer Anschlussleistung von zusammen 480 Megawatt entstehen, teilte Nordfels am Mittwoch mit.",
        True,
        [("count", 42, None, "about"), ("year", 2031, None, None), ("count", 6, None, None), ("count", 480, None, None)],
        "Nordfels",
    ),
    ("de", "Das Unternehmen beziffert die Investitionen auf etwa 3,8 Milliarden Euro.", True, [("money", 3800000000, "EUR", "about")], None),
    (
        "de",
        "In einer ersten Ausbaustufe sind 120 Megawatt geplant, der Betrieb soll Ende 2028 starten.",
        True,
        [("ordinal", 1, None, None), ("count", 120, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("de", "Nach Angaben der Gemeinde entstehen etwa 350 Dauerarbeitsplätze.", True, [("count", 350, None, "about")], "die Gemeinde"),
    ("de", "Bürgermeister Holger Schwiebus sprach von einer „Jahrhundertchance für die ganze Region“.", False, [], None),
    ("de", "Anwohner befürchten, dass die Kühlanlagen Tag und Nacht Lärm verursachen werden.", False, [], None),
    (
        "de",
        "Ein Sprecher des Netzbetreibers sagte, der Anschluss des ersten Bauabschnitts sei für 2028 zugesagt.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Abwärme soll ab 2030 in das Fernwärmenetz der Nachbarstadt Nauen eingespeist werden.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Corvid Labs model release (AP) ---
    (
        "en",
        "SAN FRANCISCO (AP) — Corvid Labs on Wednesday released the newest version of its flagship AI model, which the company says can work through complex coding tasks for hours without human help.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The model, called Corvid 5, can take in up to 2 million tokens in a single request, twice as many as its predecessor.",
        True,
        [("count", 2000000, None, "up_to"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It scored 81.2% on a popular coding benchmark, against 72.5% for the previous version, the company said.",
        True,
        [("percent", 81.2, "%", None), ("percent", 72.5, "%", None)],
        "the company",
    ),
    (
        "en",
        "Developers will pay $3 per million input tokens and $15 per million output tokens, unchanged from earlier pricing.",
        True,
        [("money", 3, "USD", None), ("money", 15, "USD", None)],
        None,
    ),
    (
        "en",
        "Corvid said its chatbot app now has more than 400 million weekly users, up from 250 million in March.",
        True,
        [("count", 400000000, None, "over"), ("count", 250000000, None, None)],
        None,
    ),
    (
        "en",
        "\"It genuinely feels like working alongside a digital colleague,\" Chief Executive Marcus Thorne-Bailey said in a blog post.",
        False,
        [],
        None,
    ),
    ("en", "Outside researchers said it was unclear how the company had tested the model for safety risks.", False, [], None),
    ("en", "Corvid declined to say how much computing power had been used to train the model.", False, [], None),
    (
        "en",
        "The release comes two weeks after rival Halberd Systems unveiled a model it says has about 1.8 trillion parameters.",
        True,
        [("duration", 2, "week", None), ("count", 1800000000000, None, "about")],
        None,
    ),
    # --- Lumerix stellt Sprachmodell vor (APA) ---
    ("de", "Wien (APA) - Das Wiener KI-Start-up Lumerix hat am Donnerstag sein bisher größtes Sprachmodell vorgestellt.", True, [], None),
    (
        "de",
        "Das Modell mit dem Namen Lumerix-Ostra 70B verfügt über 70 Milliarden Parameter und wurde mit rund 12 Billionen Token trainiert.",
        True,
        [("count", 70000000000, None, None), ("count", 12000000000000, None, "about")],
        None,
    ),
    (
        "de",
        "Trainiert wurde es 54 Tage lang auf einem Rechencluster mit 4.096 Grafikprozessoren in Finnland, sagte Mitgründerin Theresa Windhager.",
        True,
        [("duration", 54, "day", None), ("count", 4096, None, None)],
        "Theresa Windhager",
    ),
    (
        "de",
        "Lumerix-Chef Florian Prantauer sagte, das Modell beherrsche 24 europäische Sprachen und werde unter einer offenen Lizenz veröffentlicht.",
        True,
        [("count", 24, None, None)],
        "Florian Prantauer",
    ),
    ("de", "„Europa muss bei der künstlichen Intelligenz endlich selbstbewusster auftreten“, sagte Prantauer.", False, [], None),
    (
        "de",
        "In einer Finanzierungsrunde hatte das 2023 gegründete Unternehmen im Frühjahr 85 Millionen Euro eingesammelt.",
        True,
        [("year", 2023, None, None), ("money", 85000000, "EUR", None)],
        None,
    ),
    ("de", "Heuer soll sich die Zahl der Beschäftigten auf rund 140 verdoppeln.", True, [("count", 140, None, "about")], None),
    (
        "de",
        "Ob das Modell mit den Angeboten der großen US-Konzerne mithalten kann, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- EU fines Halberd (Reuters) ---
    (
        "en",
        "BRUSSELS, Oct 22 (Reuters) - EU antitrust regulators fined Halberd Systems 3.35 billion euros ($3.6 billion) on Thursday for favouring its own advertising exchange, the second-largest penalty the bloc has ever imposed on a single company.",
        True,
        [("date", "--10-22", None, None), ("money", 3350000000, "EUR", None), ("money", 3600000000, "USD", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The European Commission said the fine amounted to about 1.1% of Halberd's global turnover last year.",
        True,
        [("percent", 1.1, "%", "about")],
        "the European Commission",
    ),
    (
        "en",
        "EU competition chief Ines Sandoval-Ruiz told a news conference that Halberd had 60 days to propose how it would end the conflict of interest.",
        True,
        [("duration", 60, "day", None)],
        "Ines Sandoval-Ruiz",
    ),
    ("en", "\"Europe's digital markets must be fair, and we will make sure they are,\" she said.", False, [], None),
    ("en", "Halberd said it would appeal the decision, calling the fine \"unjustified.\"", True, [], None),
    (
        "en",
        "Halberd has now been fined four times by Brussels since 2017, with penalties totalling more than 11 billion euros.",
        True,
        [("count", 4, None, None), ("year", 2017, None, None), ("money", 11000000000, "EUR", "over")],
        None,
    ),
    ("en", "Publishers' groups said the fine would do little to change the company's behaviour.", False, [], None),
    (
        "en",
        "Halberd shares were down 0.7% at $212.40 in premarket trading.",
        True,
        [("percent", 0.7, "%", None), ("money", 212.4, "USD", None)],
        None,
    ),
    # --- Tessaro: Cloudgeschäft (dpa-AFX) ---
    (
        "de",
        "Mannheim (dpa-AFX) - Der Softwarekonzern Tessaro hat im dritten Quartal vom anhaltenden Umstieg seiner Kunden auf Cloud-Angebote profitiert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Cloud-Erlöse kletterten um 27 Prozent auf 3,48 Milliarden Euro, der Gesamtumsatz legte um 11 Prozent auf 7,9 Milliarden Euro zu.",
        True,
        [("percent", 27, "%", None), ("money", 3480000000, "EUR", None), ("percent", 11, "%", None), ("money", 7900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Auftragsbestand im Cloud-Geschäft wuchs auf 16,2 (Vorjahr: 13,1) Mrd. Euro.",
        True,
        [("money", 16200000000, "EUR", None), ("money", 13100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzchefin Katja Overbeck sagte, etwa ein Viertel der Neuverträge enthalte bereits KI-Funktionen.",
        True,
        [("fraction", 0.25, None, "about")],
        "Katja Overbeck",
    ),
    (
        "de",
        "Tessaro bestätigte seine Jahresziele und rechnet weiterhin mit einem operativen Ergebnis von 9,6 bis 10 Milliarden Euro.",
        True,
        [("money", 9600000000, "EUR", None), ("money", 10000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zugleich will der Konzern weltweit rund 3.000 seiner etwa 108.000 Stellen streichen, vor allem in der Verwaltung.",
        True,
        [("count", 3000, None, "about"), ("count", 108000, None, "about")],
        None,
    ),
    ("de", "Betriebsratschef Jens Moorkamp nannte den Abbau „ein fatales Signal an die Belegschaft“.", False, [], None),
    ("de", "Ob weitere Standorte geschlossen werden, wollte Overbeck nicht sagen.", False, [], None),
    ("de", "Die Aktie gab im Tagesverlauf um 2,1 Prozent nach.", True, [("percent", 2.1, "%", None)], None),
    # --- Pinemark layoffs (Reuters) ---
    (
        "en",
        "SEATTLE, Oct 23 (Reuters) - Software maker Pinemark will cut about 4,200 jobs, or roughly 6% of its workforce, as it pours more money into artificial intelligence, according to a memo seen by Reuters.",
        True,
        [("date", "--10-23", None, None), ("count", 4200, None, "about"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "The cuts are Pinemark's third round of layoffs in 18 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Affected staff in the United States will get at least 16 weeks of pay, and an extra two weeks' pay per year worked, the memo showed.",
        True,
        [("duration", 16, "week", "at_least"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Pinemark said in a filing it expected to record charges of $450 million to $550 million, mostly in the fourth quarter.",
        True,
        [("money", 450000000, "USD", None), ("money", 550000000, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "\"These are hard decisions, and they affect people we care about,\" Chief Executive Lauren Okonkwo-Reyes wrote in the memo.",
        False,
        [],
        None,
    ),
    ("en", "Pinemark employed about 70,000 people worldwide in June, according to its most recent annual report.", True, [("count", 70000, None, "about")], None),
    ("en", "Some employees said on social media they had learned of the cuts from news reports.", False, [], None),
    (
        "en",
        "Layoff tracker Cutboard counts more than 118,000 tech job cuts so far this year, against about 152,000 in all of last year.",
        True,
        [("count", 118000, None, "over"), ("count", 152000, None, "about")],
        None,
    ),
    # --- Stromhunger der Rechenzentren (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Stromverbrauch der deutschen Rechenzentren ist im vergangenen Jahr auf rund 22,7 Terawattstunden gestiegen, etwa 4,5 Prozent des gesamten Verbrauchs im Land.",
        True,
        [("count", 22.7, None, "about"), ("percent", 4.5, "%", "about")],
        None,
    ),
    ("de", "Das geht aus einer am Dienstag veröffentlichten Studie im Auftrag des Digitalverbands Bitkom hervor.", True, [], None),
    (
        "de",
        "Bis 2030 könnte der Verbrauch demnach auf 31 bis 37 Terawattstunden steigen.",
        True,
        [("year", 2030, None, None), ("count", 31, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Die installierte IT-Anschlussleistung lag zuletzt bei etwa 2,9 Gigawatt, gut ein Drittel davon im Raum Frankfurt.",
        True,
        [("count", 2.9, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Der durchschnittliche PUE-Wert der untersuchten Anlagen sank auf 1,41, nach 1,46 zwei Jahre zuvor.",
        True,
        [("count", 1.41, None, None), ("count", 1.46, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Bitkom-Präsident Rüdiger Haselhorst sagte, Betreiber warteten in einigen Regionen bis zu sieben Jahre auf einen Netzanschluss.",
        True,
        [("duration", 7, "year", "up_to")],
        "Rüdiger Haselhorst",
    ),
    (
        "de",
        "Der Verband legte dazu ein Sieben-Punkte-Papier mit Vorschlägen für schnellere Genehmigungen vor.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Haselhorst forderte die Bundesregierung auf, den Netzausbau „endlich zur Priorität“ zu erklären.",
        False,
        [],
        None,
    ),
    ("de", "Umweltverbände halten den Boom der Rechenzentren für klimapolitisch kaum verantwortbar.", False, [], None),
    # --- Virginia county vote (AP) ---
    (
        "en",
        "CULPEPER, Va. (AP) — County supervisors in rural Virginia voted 4-3 early Wednesday, after a seven-hour public hearing, to rezone farmland for a data center campus that could draw as much as 1.5 gigawatts of power.",
        True,
        [("count", 4, None, None), ("count", 3, None, None), ("duration", 7, "hour", None), ("count", 1.5, None, "up_to")],
        None,
    ),
    (
        "en",
        "The developer, Ridgeback Digital, plans 12 buildings on about 640 acres and estimates the project will cost roughly $14 billion over a decade.",
        True,
        [("count", 12, None, None), ("count", 640, None, "about"), ("money", 14000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Ridgeback said the campus would create about 400 permanent jobs and pay more than $90 million a year in local taxes.",
        True,
        [("count", 400, None, "about"), ("money", 90000000, "USD", "over")],
        None,
    ),
    ("en", "\"This is not what people moved out here for,\" said Darlene Whitacre, who lives next to the site.", False, [], None),
    (
        "en",
        "The campus would use up to 2 million gallons of water a day during peak summer months, according to county documents.",
        True,
        [("count", 2000000, None, "up_to")],
        None,
    ),
    ("en", "Opponents said they were weighing whether to fight the decision in court.", False, [], None),
    (
        "en",
        "The local utility has said it will need to build two new substations and about 30 miles of transmission lines to serve the site.",
        True,
        [("count", 2, None, None), ("count", 30, None, "about")],
        None,
    ),
    # --- Alpstrom Data baut aus (awp) ---
    (
        "de",
        "Zürich (awp) - Der Rechenzentrumsbetreiber Alpstrom Data baut seinen Standort in Dielsdorf für rund 650 Mio Franken aus.",
        True,
        [("money", 650000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Leistung soll sich damit bis 2029 von 36 auf 96 Megawatt erhöhen, wie das Unternehmen am Montag mitteilte.",
        True,
        [("year", 2029, None, None), ("count", 36, None, None), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss Konzernchefin Seraina Tschudi-Bösch sind bereits gut 70 Prozent der neuen Fläche vermietet, grösstenteils an zwei US-Cloudanbieter.",
        True,
        [("percent", 70, "%", "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz hat mit ihrer stabilen Stromversorgung einen echten Standortvorteil», sagte Tschudi-Bösch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schweizer Rechenzentren verbrauchten 2026 nach Schätzungen des Branchenverbands rund 2'700 Gigawattstunden, gut 4 Prozent des Landesverbrauchs.",
        True,
        [("year", 2026, None, None), ("count", 2700, None, "about"), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Bis zu 40 Prozent der Abwärme sollen ab 2030 in ein regionales Fernwärmenetz fliessen.",
        True,
        [("percent", 40, "%", "up_to"), ("year", 2030, None, None)],
        None,
    ),
    ("de", "Ob die Gemeinde die nötige Umzonung rechtzeitig bewilligt, ist noch offen.", False, [], None),
    # --- Daeyang record profit (Reuters) ---
    (
        "en",
        "SEOUL, Oct 28 (Reuters) - South Korea's Daeyang Electronics posted a record third-quarter operating profit on Wednesday, as AI server makers snapped up more high-bandwidth memory than it could produce.",
        True,
        [("date", "--10-28", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Operating profit more than doubled to 14.6 trillion won ($10.2 billion) in the July-September period, from 6.9 trillion won a year earlier.",
        True,
        [("money", 14600000000000, "KRW", None), ("money", 10200000000, "USD", None), ("money", 6900000000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "That beat an average forecast of 13.8 trillion won from 21 analysts polled by LSEG.",
        True,
        [("money", 13800000000000, "KRW", None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "High-bandwidth memory accounted for about 45% of its DRAM revenue, up from roughly 30% a year ago, the company said.",
        True,
        [("percent", 45, "%", "about"), ("percent", 30, "%", "about")],
        "the company",
    ),
    (
        "en",
        "Chief Financial Officer Kim Seo-yeon told analysts the company had already sold out its HBM supply for 2028.",
        True,
        [("year", 2028, None, None)],
        "Kim Seo-yeon",
    ),
    ("en", "\"We are entering a cycle unlike anything this industry has seen,\" Kim said.", False, [], None),
    (
        "en",
        "The company plans to raise HBM output by roughly 50% next year and is building a new fab in Yongin due to start production in 2029.",
        True,
        [("percent", 50, "%", "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Daeyang shares rose 5.2% to 241,500 won, their highest close on record.",
        True,
        [("percent", 5.2, "%", None), ("money", 241500, "KRW", None)],
        None,
    ),
    # --- Kaltwerk streicht Stellen (dpa) ---
    ("de", "Berlin (dpa) - Das Berliner Software-Start-up Kaltwerk streicht fast jede dritte Stelle.", True, [("fraction", 0.3333, None, "nearly")], None),
    (
        "de",
        "Betroffen seien 190 von zuletzt 610 Beschäftigten, sagte Mitgründer Jannik Rosenkranz der Deutschen Presse-Agentur.",
        True,
        [("count", 190, None, None), ("count", 610, None, None)],
        "Jannik Rosenkranz",
    ),
    (
        "de",
        "Als Grund nannte Rosenkranz eine geplatzte Finanzierungsrunde über 60 Millionen Euro.",
        True,
        [("money", 60000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das 2019 gegründete Unternehmen hatte zuletzt einen Jahresumsatz von rund 38 Millionen Euro erzielt.",
        True,
        [("year", 2019, None, None), ("money", 38000000, "EUR", "about")],
        None,
    ),
    ("de", "„Das ist der schwerste Tag in der Geschichte unseres Unternehmens“, sagte Rosenkranz.", False, [], None),
    ("de", "Die Betroffenen sollen bis Ende Januar bei vollen Bezügen freigestellt werden.", True, [], None),
    ("de", "Beobachter bezweifeln, dass sich die Berliner Gründerszene rasch von der Flaute erholt.", False, [], None),
    # --- Nasdaq chip rout (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 29 (Reuters) - The Nasdaq fell 2.4% on Thursday, its steepest one-day drop since April, as a disappointing forecast from server maker Trellicore revived worries about an AI spending bubble.",
        True,
        [("date", "--10-29", None, None), ("percent", 2.4, "%", None), ("duration", 1, "day", None)],
        None,
    ),
    (
        "en",
        "About $780 billion was wiped off the market value of chip stocks, with Ardentis alone losing roughly $210 billion.",
        True,
        [("money", 780000000000, "USD", "about"), ("money", 210000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Trellicore shares plunged 23% after the company forecast second-quarter revenue of $9.5 billion to $10 billion, well short of estimates of $11.4 billion.",
        True,
        [
            ("percent", 23, "%", None),
            ("ordinal", 2, None, None),
            ("money", 9500000000, "USD", None),
            ("money", 10000000000, "USD", None),
            ("money", 11400000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The Philadelphia SE Semiconductor index dropped 4.7%, its fourth straight daily decline.",
        True,
        [("percent", 4.7, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "\"The market has finally started asking where the returns on all this spending will come from,\" said Hannah Lindqvist-Moore, portfolio manager at Grayfield Capital.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Trellicore said it expected shortages of power supplies to push about $2 billion of server shipments into the next fiscal year.",
        True,
        [("money", 2000000000, "USD", "about")],
        None,
    ),
    ("en", "Dealers said buyers were staying on the sidelines ahead of next week's results from Nimbrio.", False, [], None),
    # --- Kursrutsch bei Chipwerten (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Enttäuschende Zahlen aus den USA haben am Donnerstag die Aktien europäischer Chipwerte auf Talfahrt geschickt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Siltrava verloren bis zum Nachmittag 7,2 Prozent und waren damit Schlusslicht im Dax, der um 0,9 Prozent auf 24.318 Punkte fiel.",
        True,
        [("percent", 7.2, "%", None), ("percent", 0.9, "%", None), ("count", 24318, None, None)],
        None,
    ),
    ("de", "Auch die Papiere des Waferherstellers Kristallwerk sackten um gut 5 Prozent ab.", True, [("percent", 5, "%", "over")], None),
    ("de", "Ein Händler sprach von „Gewinnmitnahmen nach der langen Rally“.", False, [], None),
    (
        "de",
        "Seit Jahresbeginn haben die beiden Aktien allerdings noch immer rund 60 beziehungsweise 45 Prozent zugelegt.",
        True,
        [("percent", 60, "%", "about"), ("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Analysten der Privatbank Hallstein halten die Bewertungen im Halbleitersektor für überzogen.",
        False,
        [],
        None,
    ),
    ("de", "Der TecDax büßte 1,6 Prozent ein.", True, [("percent", 1.6, "%", None)], None),
    # --- Nimbrio results and capex (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Nimbrio Cloud raised its capital spending forecast for the year to as much as $118 billion, the latest sign that the race to build artificial intelligence infrastructure is accelerating.",
        True,
        [("money", 118000000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "The company had previously guided to $100 billion to $105 billion.",
        True,
        [("money", 100000000000, "USD", None), ("money", 105000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Priya Venkataraman said the company would add about 3.5 gigawatts of data center capacity next year, more than double what it brought online in 2026.",
        True,
        [("count", 3.5, None, "about"), ("count", 2, None, "over"), ("year", 2026, None, None)],
        "Priya Venkataraman",
    ),
    (
        "en",
        "Revenue at the cloud unit climbed 39% to $42.3 billion in the July-September quarter, beating estimates of $41.1 billion.",
        True,
        [("percent", 39, "%", None), ("money", 42300000000, "USD", None), ("money", 41100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its backlog of contracted cloud revenue swelled to $612 billion from $455 billion three months earlier, finance chief Tom Ellery-Batts said.",
        True,
        [("money", 612000000000, "USD", None), ("money", 455000000000, "USD", None), ("duration", 3, "month", None)],
        "Tom Ellery-Batts",
    ),
    ("en", "\"We are capacity constrained, and we will be for some time,\" Venkataraman said.", False, [], None),
    ("en", "Some investors worry that the spending spree will take years to pay off.", False, [], None),
    (
        "en",
        "Nimbrio shares rose 4.8% in after-hours trading, adding roughly $130 billion to its market value.",
        True,
        [("percent", 4.8, "%", None), ("money", 130000000000, "USD", "about")],
        None,
    ),
    # --- Kärntner Chipzulieferer investiert (APA) ---
    (
        "de",
        "Villach (APA) - Der Kärntner Chipzulieferer Karawank Semiconductors investiert rund 420 Millionen Euro in eine neue Reinraumhalle.",
        True,
        [("money", 420000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Es ist die größte Einzelinvestition in der 31-jährigen Firmengeschichte, teilte das Unternehmen mit.",
        True,
        [("duration", 31, "year", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Halle mit 9.500 Quadratmetern soll Mitte 2029 in Betrieb gehen und 260 neue Arbeitsplätze bringen.",
        True,
        [("count", 9500, None, None), ("year", 2029, None, None), ("count", 260, None, None)],
        None,
    ),
    (
        "de",
        "Aus dem EU-Chipgesetz fließen Förderungen von knapp 90 Millionen Euro, das Land Kärnten steuert weitere 15 Millionen Euro bei.",
        True,
        [("money", 90000000, "EUR", "nearly"), ("money", 15000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Landeshauptmann Gernot Saurugg sprach von einem „Meilenstein für den Hightech-Standort Kärnten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Heuer rechnet Karawank mit einem Umsatz von rund 1,1 Milliarden Euro, das wären um 8 Prozent mehr als im Vorjahr.",
        True,
        [("money", 1100000000, "EUR", "about"), ("percent", 8, "%", None)],
        None,
    ),
    ("de", "Die Förderzusage muss von der EU-Kommission noch genehmigt werden.", True, [], None),
    # --- Nuclear deal for data centers (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Nimbrio Cloud agreed to buy power from three nuclear reactors in Pennsylvania for 20 years, the latest tech giant to turn to atomic energy to feed its data centers.",
        True,
        [("count", 3, None, None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "The deal covers about 2.2 gigawatts of capacity and is worth more than $25 billion over its life, according to people familiar with the matter.",
        True,
        [("count", 2.2, None, "about"), ("money", 25000000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Plant owner Keystone Atomic said one of the reactors, shut since 2019, would restart in 2029.",
        True,
        [("year", 2019, None, None), ("year", 2029, None, None)],
        None,
    ),
    ("en", "Keystone Atomic shares jumped as much as 18% in New York.", True, [("percent", 18, "%", "up_to")], None),
    ("en", "Critics said the tech industry's appetite for power risked pushing up bills for households.", False, [], None),
    (
        "en",
        "Data centers could consume about 12% of U.S. electricity by 2030, up from roughly 5% in 2024, the Energy Department has estimated.",
        True,
        [("percent", 12, "%", "about"), ("year", 2030, None, None), ("percent", 5, "%", "about"), ("year", 2024, None, None)],
        None,
    ),
    ("en", "\"Nuclear is the only answer at the scale we need,\" a Nimbrio executive said.", False, [], None),
    # --- Klarwort-App stürmt die Charts (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Die KI-Assistenz-App Klarwort des Hamburger Start-ups Sprachkontor ist binnen zwei Wochen mehr als fünf Millionen Mal heruntergeladen worden.",
        True,
        [("duration", 2, "week", None), ("count", 5000000, None, "over")],
        None,
    ),
    (
        "de",
        "Damit stand die App am Wochenende auf Platz eins der Download-Charts in Deutschland, Österreich und der Schweiz, teilte Sprachkontor mit.",
        True,
        [("ordinal", 1, None, None)],
        "Sprachkontor",
    ),
    (
        "de",
        "Rund 70 Prozent der Nutzerinnen und Nutzer sind nach Unternehmensangaben jünger als 35 Jahre.",
        True,
        [("percent", 70, "%", "about"), ("duration", 35, "year", "under")],
        None,
    ),
    (
        "de",
        "Gründerin Melike Aydoğan sagte, die Server seien zeitweise so stark ausgelastet gewesen, dass Neuanmeldungen für sechs Stunden gesperrt werden mussten.",
        True,
        [("duration", 6, "hour", None)],
        "Melike Aydoğan",
    ),
    ("de", "„Wir sind von diesem Ansturm völlig überwältigt“, sagte Aydoğan.", False, [], None),
    ("de", "Für eine Bezahlversion verlangt das Unternehmen 7,99 Euro im Monat.", True, [("money", 7.99, "EUR", None)], None),
    (
        "de",
        "Datenschützer riefen Nutzer dazu auf, genau zu prüfen, welche Daten sie der App anvertrauen.",
        False,
        [],
        None,
    ),
    # --- Glint downloads (Reuters) ---
    (
        "en",
        "LONDON, Nov 2 (Reuters) - Photo-sharing app Glint was downloaded more than 60 million times in its first week, according to estimates from app analytics firm Apptrail.",
        True,
        [("date", "--11-02", None, None), ("count", 60000000, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "About 38% of the downloads came from the United States and roughly one in eight from India, Apptrail said.",
        True,
        [("percent", 38, "%", "about"), ("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        "The app, built by a 14-person startup in Lisbon, topped the app store charts in 27 countries.",
        True,
        [("count", 14, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Tiago Resende said Glint had reached 25 million daily active users and would begin selling ads in January.",
        True,
        [("count", 25000000, None, None)],
        "Tiago Resende",
    ),
    ("en", "\"We built something people genuinely love,\" Resende said.", False, [], None),
    (
        "en",
        "Glint raised $40 million at a valuation of about $1.2 billion in a funding round led by Westerly Ventures last week, people familiar with the deal said.",
        True,
        [("money", 40000000, "USD", None), ("money", 1200000000, "USD", "about")],
        None,
    ),
    ("en", "Privacy advocates questioned whether the app's age checks were adequate.", False, [], None),
    ("en", "Glint's founders declined to comment on the reported valuation.", False, [], None),
    # --- Kartellamt prüft Nimbrio (Reuters) ---
    ("de", "Bonn (Reuters) - Das Bundeskartellamt hat ein Verfahren gegen den US-Cloudanbieter Nimbrio eingeleitet.", True, [], None),
    (
        "de",
        "Die Behörde prüft, ob Nimbrio Kunden durch hohe Gebühren für die Datenübertragung zu anderen Anbietern unzulässig an sich bindet, teilte das Bundeskartellamt am Mittwoch mit.",
        True,
        [],
        "das Bundeskartellamt",
    ),
    (
        "de",
        "Kartellamtspräsident Aurel Neubrand sagte, Nimbrio komme mit einem Anteil von rund 34 Prozent am deutschen Markt für Cloud-Infrastruktur eine überragende Bedeutung zu.",
        True,
        [("percent", 34, "%", "about")],
        "Aurel Neubrand",
    ),
    (
        "de",
        "Es ist das sechste Verfahren dieser Art seit der Verschärfung des Wettbewerbsrechts 2021.",
        True,
        [("ordinal", 6, None, None), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Ein Nimbrio-Sprecher nannte die Vorwürfe „nicht nachvollziehbar“.", False, [], None),
    (
        "de",
        "Nimbrio, Fennick und Halberd kommen nach Angaben des Marktforschers Cloudmetrik zusammen auf etwa zwei Drittel des Marktes in Europa.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    ("de", "Ob das Verfahren zu Auflagen führt, ließ Neubrand offen.", False, [], None),
    # --- Welsh AI growth zone (PA) ---
    (
        "en",
        "LONDON (PA) - A former steelworks site in south Wales will host one of Britain's largest data centre campuses after the government named it an AI growth zone.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The developer, Severn Compute, says the site could eventually draw up to 1.2 gigawatts, enough to power about 900,000 homes.",
        True,
        [("count", 1.2, None, "up_to"), ("count", 900000, None, "about")],
        None,
    ),
    (
        "en",
        "The first phase of 250 megawatts is due to open in 2029 and will cost about £3.4bn.",
        True,
        [("ordinal", 1, None, None), ("count", 250, None, None), ("year", 2029, None, None), ("money", 3400000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Technology Secretary Harriet Cowdray said the project would create more than 1,000 construction jobs and about 500 permanent roles.",
        True,
        [("count", 1000, None, "over"), ("count", 500, None, "about")],
        "Harriet Cowdray",
    ),
    ("en", "\"Wales is going to be at the heart of Britain's AI future,\" Cowdray said.", False, [], None),
    ("en", "Environmental campaigners warned the campus could strain water supplies in the area.", False, [], None),
    (
        "en",
        "Britain has about 1.6 gigawatts of operational data centre capacity, according to industry body techUK.",
        True,
        [("count", 1.6, None, "about")],
        None,
    ),
    # --- Investitionsrausch der Cloudkonzerne (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die großen US-Cloudkonzerne stecken immer mehr Geld in neue KI-Rechenzentren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nimbrio, Fennick, Halberd und Orvelo wollen im kommenden Jahr zusammen mehr als 520 Milliarden US-Dollar investieren, nach schätzungsweise 410 Milliarden Dollar in diesem Jahr.",
        True,
        [("money", 520000000000, "USD", "over"), ("money", 410000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Allein Fennick hob seine Prognose für die Investitionsausgaben auf 92 bis 96 Milliarden Dollar an.",
        True,
        [("money", 92000000000, "USD", None), ("money", 96000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Rund die Hälfte des Geldes fließt nach Schätzungen von Analysten in Grafikprozessoren und andere Chips.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    ("de", "Skeptiker fürchten, dass die Konzerne gewaltige Überkapazitäten aufbauen.", False, [], None),
    (
        "de",
        "Orvelo-Finanzchefin Claire Dunmore sagte in einer Telefonkonferenz, die Investitionen würden auch 2028 weiter steigen.",
        True,
        [("year", 2028, None, None)],
        "Claire Dunmore",
    ),
    (
        "de",
        "Die Aktien der vier Konzerne bringen zusammen einen Börsenwert von gut 14 Billionen Dollar auf die Waage.",
        True,
        [("money", 14000000000000, "USD", "over")],
        None,
    ),
    # --- Ireland's data centres (Reuters) ---
    (
        "en",
        "DUBLIN, Nov 4 (Reuters) - Data centres consumed 26% of Ireland's metered electricity last year, more than all of the country's urban households combined, the Central Statistics Office said on Wednesday.",
        True,
        [("date", "--11-04", None, None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "en",
        "That was up from 5% in 2015, when the statistics office first began publishing the figures.",
        True,
        [("percent", 5, "%", None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "There are 89 data centres operating in Ireland, with another 14 under construction, according to industry figures.",
        True,
        [("count", 89, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Grid operator EirGrid has said new data centres in the Dublin area are unlikely to get grid connections before 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    ("en", "An industry lobby group said the country risked losing investment to the Nordic countries.", False, [], None),
    ("en", "Whether the government's new connection policy will ease the strain remains unclear.", False, [], None),
    # --- Netzanschlüsse in Frankfurt (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Beim Stromnetzbetreiber Rhein-Main-Netz liegen Anschlussanfragen von Rechenzentren über insgesamt 4,8 Gigawatt vor.",
        True,
        [("count", 4.8, None, None)],
        None,
    ),
    (
        "de",
        "Das ist mehr als das Dreifache der heutigen Spitzenlast der Stadt, teilte das Unternehmen mit.",
        True,
        [("count", 3, None, "over")],
        "das Unternehmen",
    ),
    (
        "de",
        "Bis 2035 will der Netzbetreiber rund 1,9 Milliarden Euro in neue Umspannwerke und Leitungen stecken.",
        True,
        [("year", 2035, None, None), ("money", 1900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Annika Strebel sagte, für neue Großanschlüsse gebe es derzeit Wartezeiten von vier bis sechs Jahren.",
        True,
        [("duration", 4, "year", None), ("duration", 6, "year", None)],
        "Annika Strebel",
    ),
    ("de", "Die Grünen im Römer sprachen von einem „Wildwuchs, der die Stadt überfordert“.", False, [], None),
    (
        "de",
        "Schon heute entfällt knapp ein Viertel des Frankfurter Stromverbrauchs auf Rechenzentren.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    # --- Kurobane raises forecast (Reuters) ---
    (
        "en",
        "TOKYO, Nov 11 (Reuters) - Kurobane Electron on Wednesday lifted its full-year profit outlook by 12%, pointing to strong orders from memory makers expanding production for AI servers.",
        True,
        [("date", "--11-11", None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "The chip equipment maker now expects operating profit of 742 billion yen ($4.9 billion) for the year ending March 2028, up from an earlier forecast of 662 billion yen.",
        True,
        [("money", 742000000000, "JPY", None), ("money", 4900000000, "USD", None), ("year", 2028, None, None), ("money", 662000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Second-quarter net profit rose 31% to 188.4 billion yen.",
        True,
        [("ordinal", 2, None, None), ("percent", 31, "%", None), ("money", 188400000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Kurobane will also buy back up to 150 billion yen of its own shares, equal to about 1.7% of those outstanding.",
        True,
        [("money", 150000000000, "JPY", "up_to"), ("percent", 1.7, "%", "about")],
        None,
    ),
    (
        "en",
        "President Daisuke Oginome said the company remained \"cautiously optimistic\" about demand next year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "China accounted for 34% of sales in the quarter, down from 47% a year earlier, as U.S. export controls took hold.",
        True,
        [("percent", 34, "%", None), ("percent", 47, "%", None)],
        None,
    ),
    # --- Grafikprozessoren: Auslieferungen (heise-Stil) ---
    (
        "de",
        "Hannover – Die Auslieferungen von Grafikprozessoren für Rechenzentren sind im dritten Quartal nach Zahlen des Marktforschers Siliconsight um 38 Prozent auf rund 2,3 Millionen Stück gestiegen.",
        True,
        [("ordinal", 3, None, None), ("percent", 38, "%", None), ("count", 2300000, None, "about")],
        None,
    ),
    (
        "de",
        "Ardentis kam dabei auf einen Marktanteil von 86 Prozent, der Konkurrent Veloxa auf knapp 9 Prozent.",
        True,
        [("percent", 86, "%", None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Rest entfiel auf Eigenentwicklungen der Cloudanbieter, die vor allem für das Ausführen fertiger Modelle eingesetzt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein einzelner Beschleuniger der neuen Generation kostet Marktbeobachtern zufolge zwischen 35.000 und 45.000 US-Dollar.",
        True,
        [("money", 35000, "USD", None), ("money", 45000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Leistungsaufnahme pro Chip liegt mittlerweile bei bis zu 1.400 Watt, ein vollbestücktes Rack zieht mehr als 130 Kilowatt.",
        True,
        [("count", 1400, None, "up_to"), ("count", 130, None, "over")],
        None,
    ),
    (
        "de",
        "Die Lieferzeiten für die gefragtesten Modelle liegen nach Händlerangaben derzeit bei zwölf bis 16 Wochen.",
        True,
        [("duration", 12, "week", None), ("duration", 16, "week", None)],
        None,
    ),
    (
        "de",
        "Branchenkenner bezweifeln, dass die Fertigungskapazitäten im kommenden Jahr mit der Nachfrage Schritt halten.",
        False,
        [],
        None,
    ),
    # --- Veloxa job cuts and forecast (Reuters) ---
    (
        "en",
        "AUSTIN, Texas, Nov 5 (Reuters) - Veloxa Micro will cut about 1,500 jobs, or nearly 6% of its staff, to free up cash for its data center chip business, the company said on Thursday.",
        True,
        [("date", "--11-05", None, None), ("count", 1500, None, "about"), ("percent", 6, "%", "nearly")],
        "the company",
    ),
    (
        "en",
        "The company forecast fourth-quarter revenue of about $8.9 billion, plus or minus $300 million, roughly in line with expectations.",
        True,
        [("ordinal", 4, None, None), ("money", 8900000000, "USD", "about"), ("money", 300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sales of its Stratos data center accelerators more than tripled from a year earlier to $2.6 billion.",
        True,
        [("money", 2600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Lisa Harwood-Chen said Veloxa had signed a deal to supply a one-gigawatt cloud campus with its chips, starting in the second half of 2028.",
        True,
        [("count", 1, None, None), ("ordinal", 2, None, None), ("year", 2028, None, None)],
        "Lisa Harwood-Chen",
    ),
    ("en", "\"Our best days are ahead of us,\" Harwood-Chen said.", False, [], None),
    ("en", "Veloxa shares fell 4% in extended trade.", True, [("percent", 4, "%", None)], None),
    # --- Brüssel straft Quorra (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission verhängt gegen den US-Technologiekonzern Quorra eine Geldbuße von 1,62 Milliarden Euro wegen Missbrauchs seiner Marktmacht bei App-Stores.",
        True,
        [("money", 1620000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Quorra habe App-Entwicklern seit 2019 untersagt, Nutzer auf günstigere Angebote außerhalb des Stores hinzuweisen, teilte die Kommission am Montag mit.",
        True,
        [("year", 2019, None, None)],
        "die Kommission",
    ),
    (
        "de",
        "Die Strafe entspricht nach Angaben aus Kommissionskreisen etwa 0,5 Prozent des weltweiten Jahresumsatzes des Konzerns.",
        True,
        [("percent", 0.5, "%", "about")],
        None,
    ),
    ("de", "Möglich gewesen wären bis zu zehn Prozent.", True, [("percent", 10, "%", "up_to")], None),
    (
        "de",
        "Innerhalb einer 60-Tage-Frist muss Quorra die beanstandeten Regeln abschaffen, sonst können Zwangsgelder in Höhe von bis zu fünf Prozent ihres durchschnittlichen Tagesumsatzes fällig werden.",
        True,
        [("duration", 60, "day", None), ("percent", 5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "EU-Wettbewerbskommissarin Ines Sandoval-Ruiz sagte, Quorra habe von App-Entwicklern in Europa jahrelang Provisionen von bis zu 30 Prozent verlangt.",
        True,
        [("percent", 30, "%", "up_to")],
        "Ines Sandoval-Ruiz",
    ),
    (
        "de",
        "Es ist bereits die dritte Strafe der Kommission gegen Quorra seit 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Quorra will die Entscheidung vor dem EU-Gericht in Luxemburg anfechten.",
        True,
        [],
        None,
    ),
    ("de", "Ein Konzernsprecher nannte die Entscheidung „sachlich falsch und schädlich für die Nutzer“.", False, [], None),
    ("de", "Verbraucherschützer sprachen von einem „längst fälligen Zeichen an die ganze Branche“.", False, [], None),
    # --- Meridian AI open model (AP) ---
    (
        "en",
        "NEW YORK (AP) — Meridian AI, a startup founded two years ago by former university researchers, said Monday it had released an open-weight model with 420 billion parameters that anyone can download for free.",
        True,
        [("duration", 2, "year", None), ("count", 420000000000, None, None)],
        None,
    ),
    (
        "en",
        "The model was downloaded more than 1.3 million times in its first 48 hours on a popular developer platform, the company said.",
        True,
        [("count", 1300000, None, "over"), ("ordinal", 1, None, None), ("duration", 48, "hour", None)],
        "the company",
    ),
    (
        "en",
        "Training it took about 11 weeks on roughly 16,000 graphics processors and cost less than $90 million, co-founder Amara Nwachukwu told reporters.",
        True,
        [("duration", 11, "week", "about"), ("count", 16000, None, "about"), ("money", 90000000, "USD", "under")],
        "Amara Nwachukwu",
    ),
    ("en", "\"Powerful AI should not belong to a handful of companies,\" Nwachukwu said.", False, [], None),
    ("en", "Some safety researchers fear that releasing such models openly could help bad actors.", False, [], None),
    (
        "en",
        "Meridian is valued at about $6 billion after raising $750 million in March.",
        True,
        [("money", 6000000000, "USD", "about"), ("money", 750000000, "USD", None)],
        None,
    ),
    # --- Weko büsst Helvesoft (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Wettbewerbskommission (Weko) hat den Softwareanbieter Helvesoft mit 18,6 Millionen Franken gebüsst.",
        True,
        [("money", 18600000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Helvesoft habe Spitälern und Kantonsverwaltungen während mehr als sechs Jahren den Wechsel zu anderen Anbietern erschwert, teilte die Weko mit.",
        True,
        [("duration", 6, "year", "over")],
        "die Weko",
    ),
    ("de", "Betroffen waren rund 140 Institutionen in 19 Kantonen.", True, [("count", 140, None, "about"), ("count", 19, None, None)], None),
    ("de", "Helvesoft will den Entscheid ans Bundesverwaltungsgericht weiterziehen.", True, [], None),
    ("de", "«Wir haben uns stets korrekt verhalten», sagte ein Firmensprecher.", False, [], None),
    # --- Hsinlan October sales (Reuters) ---
    (
        "en",
        "TAIPEI, Nov 10 (Reuters) - Taiwan's Hsinlan Semiconductor reported a 41% jump in October revenue on Tuesday, as customers rushed to secure capacity for AI chips.",
        True,
        [("date", "--11-10", None, None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "Revenue rose to 312.8 billion Taiwan dollars ($9.7 billion) from 221.9 billion Taiwan dollars a year earlier.",
        True,
        [("money", 312800000000, "TWD", None), ("money", 9700000000, "USD", None), ("money", 221900000000, "TWD", None)],
        None,
    ),
    (
        "en",
        "In the first 10 months, sales were up 36% from the same period last year, the company said.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 36, "%", None)],
        "the company",
    ),
    (
        "en",
        "Hsinlan, the world's largest contract chipmaker, makes nearly all of the most advanced AI processors designed by Ardentis and its rivals.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The company said in July it would spend $48 billion to $52 billion on new plants and equipment this year.",
        True,
        [("money", 48000000000, "USD", None), ("money", 52000000000, "USD", None)],
        None,
    ),
    ("en", "Analysts said the figures eased fears that AI demand was starting to cool.", False, [], None),
    ("en", "Hsinlan shares closed up 2.8% at a record high.", True, [("percent", 2.8, "%", None)], None),
    (
        "en",
        "Its 2-nanometre process, which entered mass production late last year, already accounts for about a fifth of wafer revenue.",
        True,
        [("count", 2, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
]
