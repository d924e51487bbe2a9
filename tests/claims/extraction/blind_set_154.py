"""Hundred-and-fifty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, brokers, drugs and figures
are made up (Kisaragi Motors, Kenji Morimoto, Hoshikawa Electronics, Yuki Asamura, Mizuki
Asset Management, Takeshi Onodera, Bernauer, Tevolan, Sabine Imhasly, Torsten Reiff, Bankhaus
Sennfeld, Hohenfels, Lahnfeld Automotive, Bank Valmont, Donautal Bank, Elisabeth
Gruber-Wandl, Carina Walcher, Beat Zwahlen, Privatbank Oberholzer, Traunwerk, Bernd
Haselsteiner, Kessler Energie, Bankhaus Gmeiner, Lukas Pirchner, Seeland Horlogerie,
Reusstal Partners, Transalpin, Markus Deininger, Rheinmark Re, Mainfeld Research, Florian
Aschauer, Malte Brüggemann, Hansa Kapital, Henning Lautenschläger; Harrowgate Retail, Nadine
Corrigan, Oliver Brackenbury, Thamesgate Capital, Pemberly Resources, Priyanka Doshi,
Harbridge Securities, Hannah Lisle, Marcus Elwood, Calloway Wealth, Ramon Ellsworth,
Brookmere Advisors, Lucie Ferrand, Valmont Bank, Calder Banking Group, Aldbourne Systems,
Rupert Haldane, Susannah Crewe, Wexcombe Investors, Graham Tollison, Stanwick Wealth,
Quantrel Semiconductor, Victor Lanning, Ostrander Health, Tobias Renwick, Kestrel Markets);
office holders of real bodies appear under made-up names that stand for no real holder
(Tetsuo Hirayama for the Bank of Japan's governor, Alan Whitford for a Fed governor, Amanda
Pryce for Halifax's director of mortgages) or by their role only ("Japan's finance
minister", "The country's top currency diplomat", "ein Wiener Händler", "ein
Edelmetallhändler in Frankfurt", "ein Börsianer", "one London-based trader"). Real bodies,
markets, indexes, places and instruments ("Nikkei", "Nikkei 225", "Topix", "Bank of Japan",
"Yokohama", "Basel", "Dax", "MDax", "EuroStoxx 50", "Statistisches Bundesamt", "Wiener
Börse", "ATX", "ATX Prime", "Brent", "WTI", "OPEC+", "West Texas Intermediate", "Energy
Information Administration", "Halifax", "Moneyfacts", "Europäische Zentralbank", "EZB",
"SNB", "Nationalbank", "Bundesamt für Statistik", "BFS", "World Gold Council", "SPDR Gold
Trust", "Euro-Bund-Future", "Finanzagentur", "SMI", "SPI", "SIX", "FH", "Wall Street",
"Nasdaq 100", "Fed"; "FTSE 100", "FTSE 250", "LSEG", "Federal Reserve", "Chicago", "STOXX
600", "European Central Bank", "Ministry of Defence", "S&P 500", "Dow Jones Industrial
Average", "Nasdaq composite", "Russell 2000", "VIX", "Labor Department", "White House",
"New York Stock Exchange", "Northeast", "Bloomberg") stand for the way wire copy names them;
every level, move, price, rate, yield, result, target, date and quote here is invented, and
where a real figure came to mind it was changed.

Its weight: STOCK MARKETS, CURRENCIES AND COMMODITIES - one Friday (March 6) of daily market
reports (Börsenberichte) as the desks file them around the clock, 27 short stories in story
order from the Tokyo close through the European openings, the commodity and currency desks
and the U.S. jobs report to the European and Wall Street closes and the week-ahead pieces,
each told as markets copy runs it (a dateline lead with the index move, the level, the
breadth, the movers with their reasons, attributed claims, the analysts' quotes and
outlooks, follow-ups). Half German (dpa-AFX, APA, awp, Reuters German; Austrian "Einheiten",
"Börsianer", "heuer", "Vorabend", Swiss "eingebüsst", "Titel", "Teuerung", "12'846,31",
"Per 23. März", «» quotes, German „“ quotes): Tokyo in German, Bernauer's record profit in
Basel, the Dax opening with German factory orders and a price-target cut, the ATX opening,
the Donautal Bank's results, oil in Singapore, the euro and the franc with the SNB's
currency purchases and Swiss inflation, gold near its record, Bund yields and an auction,
the Vienna close with a steelmaker's profit warning, the SMI close with watch exports and an
index change, the Dax close with a chemicals maker's job cuts, Wall Street in German and the
week ahead. Half English (Reuters, AP, PA, Bloomberg): the Tokyo close with a carmaker's
profit cut and a buyback, the yen, JGB yields and the Bank of Japan, the London opening with
a retailer's profit warning, oil, UK house prices, the dollar before payrolls, gold, Treasury
yields after the jobs report, the European close, the London close with a defence contract,
the Wall Street close with the week's and the year's tallies, a chipmaker and an insurer,
bitcoin and the week ahead. Figures as such copy has them: index levels and moves in points
and percent ("Punkte", "Punkten", "Zähler", "Einheiten", "points"), breadth ("171 declined
and 51 advanced", "Nur vier der 40 Dax-Werte"), share prices in euros, francs, pence, yen and
dollars, price targets, exchange rates in the priced currency (dollars, euros, francs, yen,
pence, U.S. cents), oil, gold, silver, platinum and palladium with "a barrel", "per ounce",
"je Fass", "Feinunze", bond yields with their maturities and moves in basis points ("um drei
Basispunkte", "12 bps"), curve spreads, futures-implied odds, volumes in shares and euros,
results, dividends, buybacks and guidance ranges, streaks and spans ("a three-day winning
streak", "its steepest one-day fall", "in seven weeks", "seit sieben Wochen", "200-Tage-Linie",
"the 20-day average"), ordinals ("a fourth straight session", "zum 29. Mal in Folge", "its
third weekly loss in a row", "for a fifth day", "the second-biggest token"), shares in words
("about two-thirds", "um ein Fünftel", "etwa ein Drittel mehr", "Gut zwei Drittel", "fast ein
Viertel", "three out of every four"), hedges, ranges, datelines and dates. Negatives as such
copy has them: strategists' and analysts' colour in quotes, traders' labels and cited moods,
executives' optimism, praise, a central bank governor's guidance without a figure, a
warning, a refusal to say, a label of the White House, complaints, advice, hopes, forecasts
and outlooks without a figure, a conditional market view and a chart support level with
their figures labelled, open questions, shareholders' doubts, scene colour on the exchange
floor and a vox pop with his age labelled.

244 rows (120 German, 124 English), 55 negatives (27 German, 28 English), 189 check-worthy
rows of which 17 carry no figure (12 German, 5 English), 364 expected quantities (121
percentages - 112 in "%", 8 in basis points "bp", 1 in percentage points "pp" -, 95 amounts
of money - 37 USD, 22 EUR, 13 GBP, 12 JPY, 11 CHF -, 70 counts, 27 durations - 15 in years,
5 in days, 4 in weeks, 3 in months -, 19 dates, 13 years, 12 ordinals, 7 fractions; 3 of
them in three negatives, as the seventeenth batch labels a figure in a negative), 38 checked
speakers (17 German, 21 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth, hundred-fiftieth); a reported statement of fact, figure or forecast
  with a figure is check-worthy with its speaker. The pairs from one speaker: Asamura's
  year-end target ("Asamura said she expected the Nikkei to end the year around 41,000, ..."
  -> "Asamura") beside her "squeezed from both sides"; Imhasly's Tevolan sales -> "Sabine
  Imhasly" beside «Wir gehen mit viel Rückenwind in das neue Jahr»; Gruber-Wandl's capital
  ratio beside „Wir haben die Zinswende besser gemeistert als befürchtet“; Reiff's 85 billion
  euros of lost market value -> "Torsten Reiff" beside „Vor den US-Arbeitsmarktdaten ... wagt
  sich kaum jemand aus der Deckung“; Brackenbury's "no dividend for at least two years" ->
  "Oliver Brackenbury" beside his "miserable update"; Doshi's Brent forecast -> "Priyanka
  Doshi" beside her "playing it safe"; Elwood's $4,600 -> "Marcus Elwood" beside "the one
  asset nobody wants to sell". Konjunktiv I paraphrases of a figure or a fact are
  check-worthy with the speaker their own attribution gives (hundred-thirty-ninth,
  hundred-fiftieth): Imhasly's sales, Gruber-Wandl's ratio, Haselsteiner's fifth, Reiff's
  market value, Pirchner's dividend ("er rechne ..."), Brüggemann's odds, the SNB's purchases
  and the World Gold Council's ETF inflows ("so der World Gold Council"); "Die Ölpreise
  dürften im zweiten Quartal im Schnitt bei 64 Dollar je Barrel liegen, sagte
  Rohstoffexpertin Carina Walcher ..." is a forecast with a figure and check-worthy, while
  "Die Stimmung an der Wall Street sei „so nervös wie seit Monaten nicht“, hieß es aus dem
  Handel." is a Konjunktiv I verdict and a negative (hundred-thirty-ninth).
- Check-worthy without a figure (seventeen rows; hundred-forty-seventh, hundred-forty-eighth,
  hundred-fiftieth): market moves stated without a figure ("Der starke Yen hat die Börse in
  Tokio zum Wochenschluss belastet.", "Der Dax ist am Freitag mit Verlusten ... gestartet.",
  "Die Ölpreise haben am Freitag leicht zugelegt.", "Der Euro hat sich ... kaum von der Stelle
  bewegt.", "Der Goldpreis hat sich ... in der Nähe seines Rekordhochs gehalten.", "Deutsche
  Staatsanleihen haben ... zugelegt.", "Die Wiener Börse hat die Woche mit deutlichen
  Verlusten beendet.", "Schwache Daten vom US-Arbeitsmarkt haben den Dax ... ins Minus
  gedrückt.", "Enttäuschende Arbeitsmarktdaten haben die US-Börsen ... gedrückt.", "Wall
  Street slumped Friday ...", "Bank stocks led the decline, while utilities and consumer
  staples held up best."; hundred-fiftieth: "to a mixed finish"), a result stated without a
  figure ("Bernauer hat im vergangenen Jahr ... deutlich mehr verdient als von Analysten
  erwartet."; hundred-forty-seventh), a trading suspension ("Trading in Kisaragi shares was
  briefly suspended at the open ..."), a finance director's departure announced ("Harrowgate
  said its finance director would step down at the end of March." -> "Harrowgate";
  hundred-fiftieth: "Delmont said production would resume on Monday."), a release and a
  meeting scheduled ("The agency is due to publish its next weekly inventory report on
  Wednesday.", "Im Mittelpunkt steht die Zinsentscheidung der EZB am Donnerstag, ...";
  eighty-fifth, hundred-thirty-ninth). New: a broker's rating change ("Die Einstufung
  senkten die Analysten von „Kaufen“ auf „Halten“.") is check-worthy without a figure - a
  published recommendation is a checkable act, as a board's recommendation of an offer
  (seventy-third, hundred-thirtieth), not the analysts' opinion quoted.
- Forecasts, targets, guidance, consensus figures and market pricing with a figure are
  check-worthy (seventh, eightieth, hundred-nineteenth, hundred-thirty-ninth,
  hundred-fiftieth): Asamura's Nikkei target ("around 41,000" "about", "43,500"), Mainfeld's
  Dax target ("von 26.000 auf 25.000 Punkte" two counts), Doshi's and Walcher's oil
  forecasts, Elwood's gold, Kisaragi's exchange-rate assumption ("140 yen per dollar") and
  dividend forecast, Hohenfels's, Traunwerk's, Harrowgate's and Ostrander's guidance, the
  Bernauer outlook ("im mittleren einstelligen Prozentbereich" none, the row keeping its
  year; hundred-thirtieth), consensus figures ("Analysten hatten im Schnitt lediglich mit
  3,71 Milliarden Franken gerechnet.", "Experten hatten dagegen einen Anstieg um 0,5 Prozent
  vorhergesagt.", "against a consensus of about 58 million pounds", "far below the 135,000
  economists had expected", "Volkswirte hatten mit 135.000 gerechnet", "Economists polled by
  Reuters expect ...", "Volkswirte rechnen damit, dass ..."), odds and pricing ("a roughly
  62% chance", "a roughly 30% chance", "auf über 80 Prozent", "about 72 basis points of
  easing ..., up from 55 basis points"; hundred-thirty-ninth) and Whitford's stated support
  for "a half-point cut" (guidance with a figure stays a claim, hundred-thirty-ninth). New:
  a price target is money in the currency written, as a takeover price per share is
  (sixty-second, seventy-third): "ihr Kursziel von 74 auf 61 Euro" both EUR (the unit written
  once, seventy-sixth), "das Kursziel auf 96 Euro", "their price target ... to 180p from
  310p" 1.8 and 3.1 GBP (pence are GBP hundredths, hundred-twenty-sixth); "Jahresendziel",
  "Kaufen", "Halten" and "sell" carry none. Forecasts, outlooks, guidance and market views
  without a figure are negatives (forty-seventh, hundred-nineteenth, hundred-thirty-ninth,
  hundred-fiftieth): the Bank of Japan governor's "would continue to lift rates if the
  economy moved in line with its forecasts" (hundred-thirty-ninth New: guidance without a
  figure), "Nach der verpatzten Woche erwarten Börsenexperten ... keine Beruhigung ...",
  "Marktbeobachter halten eine weitere Korrektur ... für wahrscheinlich." (a verdict with
  "halten ... für", ninety-eighth), "Some strategists warned that the sell-off could deepen
  if ...", "Others argue that a cheaper market is a buying opportunity ...". New: "Die
  Charttechniker der Bank Valmont sehen die nächste Unterstützung für den Dax bei 22.800
  Punkten." is a negative with its count labelled - a chart support is a reading of where
  buyers may step in, a market view and no forecast of a level by a date; so is "Analysts
  said a lasting move above $70 would need clearer signs of a pickup in Chinese demand." (a
  conditional view, hundred-twenty-fourth; 70 USD "over" labelled).
- Other negatives (ninety-eighth to hundred-fifty-second): strategists', analysts' and
  traders' colour in quotes (Asamura's, Lisle's, Ellsworth's, Ferrand's, Crewe's, Tollison's,
  Renwick's, Zwahlen's, Aschauer's, "one London-based trader", „Solange die Notenbanken
  kaufen, ...“, «Die Zölle fressen sich ...», „An der Wall Street hat die Party ...“, and
  Lautenschläger's written „Solange die Zölle ...“ - "schrieb" reports a quote as "sagte"
  does); traders' labels and cited moods ("Ein Händler sprach von einem „Weckruf ...“", "Ein
  Börsianer sprach von ...", „Das ist ein Ausblick zum Abgewöhnen“, kommentierte ein
  Händler., „Dass gesenkt wird, war erwartet worden, ...“, "Händler begründeten die
  Zurückhaltung mit der Nervosität ..."; hundred-forty-ninth: "Händler verwiesen auf
  Gewinnmitnahmen ..."); executives' optimism (Imhasly, Gruber-Wandl, Lanning's "Demand for
  our chips keeps running ahead ..."; hundred-twenty-fourth); praise ("Analysten lobten vor
  allem ..."); a reported assessment ("Amanda Pryce, ..., said buyers remained cautious ...");
  a warning ("... watching exchange rates with a high sense of urgency."); a refusal to say
  ("Japan's finance minister declined to say whether ..."; hundred-thirty-ninth); the White
  House's label ("a weather-driven blip", hundred-fiftieth); a complaint ("Die
  Exportwirtschaft klagt bereits seit dem Herbst über den harten Franken."); advice ("...,
  rät die Privatbank Oberholzer.", "..., raten mehrere Vermögensverwalter."; seventy-first);
  a hope ("Viele Händler hoffen ..."); open questions and doubts ("Whether the group will add
  barrels ...", "Am Markt wird gerätselt, ob ...", "Ob die Nationalbank im Juni ...", "Ob die
  EZB im April ...", "Wie lange die Flucht in sichere Anleihen anhält, ...", "It's unclear
  whether ...", "Investors are left wondering ...", "Shareholder groups have questioned
  whether ...", "Some analysts caution that ...", "Some traders said the sell-off looked
  "overdone" ..."); scene colour on the exchange floor (hundred-fiftieth: "Dutzende
  Passagiere ..."); and a vox pop with his age labelled ("Takeshi Onodera, 67," 67 years;
  hundred-fourteenth, hundred-fiftieth).
- Index levels and points are counts (seventy-first, hundred-forty-eighth,
  hundred-forty-ninth, hundred-fiftieth): "at 37,916.42", "bei 37.916,42 Punkten", "to
  2,684.07", "auf 23.402 Punkte", "bei 23.307,46 Punkten", "auf 28.615 Punkte", "bei 4.488,19
  Punkten", "auf 2.227,50 Punkte", "auf 128,94 Zähler", "17'012,55 Zähler" and "12'846,31
  Punkte" (the Swiss apostrophe with a decimal comma, tenth), "at 8,914.22 points", "at
  562.18 points", "to 6,604.21", "to 98.41" (the dollar index), "to 23.8" (the VIX);
  moves in points ("dropped 612 points", "fell 71.02 points", "gave up 1,104.37 points",
  "shed 802.51 points", "is down 277.15 points", "jumped 4.1 points"). New: APA's "auf
  4.455,67 Einheiten" is count 4455.67 - the Vienna desk's word for index points, as "Zähler"
  (hundred-forty-ninth). New: "bis auf 23.191 Punkte gefallen" carries no hedge - "bis auf"
  names the level reached, unlike "bis zu" ("up_to"). Names with a figure carry none:
  "Nikkei 225", "the Nikkei 225's components", "FTSE 100", "FTSE 250", "STOXX 600",
  "EuroStoxx 50", "S&P 500", "Nasdaq 100", "Russell 2000" (twentieth, ninety-first,
  hundred-forty-eighth). "a record", "ein Rekordhoch", "Schlusslicht", "An der Dax-Spitze",
  "Schwächster Wert" and "the heaviest fallers" none.
- Other counts (every batch): breadth as counts ("171 declined and 51 advanced, while three
  were unchanged", "Von den 20 ATX-Werten schlossen nur drei im Plus." 20 and 3 - "nur" no
  hedge -, "Von den 20 SMI-Titeln schlossen 16 tiefer und 4 höher.", "Nur vier der 40
  Dax-Werte"; definite groups, forty-first), "against a basket of six others" 6, "eight of
  its members" 8, "11 of its 64 stores" 11 and 64, "about 1,400 jobs across three sites",
  "rund 1.800 Stellen ..., davon etwa 1.100" (each hedge on its own figure, forty-first and
  hundred-fiftieth), volumes ("6,48 Millionen Aktien", "about 19.8 billion shares, ..., 16.1
  billion" the hedge on the first only), "der vergangenen 20 Handelstage" 20 (a day inside a
  compound noun is counted, thirty-sixth and hundred-thirtieth), "up to 4.5 million shares"
  "up_to", and physical measures ("2.7 million barrels", "1,012.6 tonnes", "Für ein Barrel
  der Nordseesorte Brent (159 Liter)" 159, "Eine Feinunze (etwa 31,1 Gramm)" 31.1 "about";
  fourth and hundred-thirty-ninth: "mit 3.342 Tonnen"). New: "a net 38 tonnes" carries no
  hedge - "a net" states the balance of purchases and sales, as "a combined" sums
  (hundred-eighteenth), it does not bound the figure. "fast verdoppelt" is a verb and no
  count (hundred-forty-eighth), the amount before it keeping no hedge.
- Percentages (every batch): moves and levels as written; "ein Minus von 0,62 Prozent", "ein
  Minus von rund 2,3 Prozent" and "ein Minus von 3,1 Prozent" are 0.62, 2.3 "about" and 3.1
  (the noun "Minus" a direction, hundred-fiftieth), "0,4 Prozent mehr als am Vortag" 0.4 ("mehr
  als" after the figure compares, hundred-first), "9,8 Prozent weniger" 9.8. New: "mit minus
  7,3 Prozent" is -7.3 - "minus" right before the figure is its sign, as "auf minus 0,25
  Prozent" (hundred-thirty-ninth) and "bei minus 76,4 Punkten" (hundred-forty-eighth), unlike
  the noun in "ein Minus von". Hedges: "more than 2%", "more than 3%", "more than 10% below
  its record close", "mehr als elf Prozent", "auf über 80 Prozent" "over"; "as much as 3.6%"
  (hundred-thirtieth: "as much as 4.2%") and "um bis zu 9,4 Prozent" "up_to"; "about 11%",
  "about 39%", "about 7%", "um rund 5 Prozent", "a roughly 62% chance" "about". "1.0%" and
  "1,0 Prozent" 1.0 (trailing zeros no other value, seventy-first); "2.3% of its outstanding
  stock" 2.3. Basis points are "bp" ("um drei Basispunkte", "auf 79 Basispunkte", "2 basis
  points", "9.5 basis points", "12 bps", "57 basis points", "about 72 basis points" "about",
  "55 basis points"; hundred-thirty-ninth), "a half-point cut" 0.5 "pp" (hundred-thirty-ninth:
  "Poland's half-point cut"; eleventh: "a quarter-point cut").
- Money in the currency written (every batch): share prices, results, dividends, buybacks
  and guidance - EUR ("auf 27,16 Euro", "auf 54,30 Euro", "auf 318,40 Euro", "mit 912
  Millionen Euro", "von 2,20 auf 2,60 Euro je Aktie" both, "auf 1,1 bis 1,3 Milliarden Euro,
  nach zuvor 1,4 bis 1,6 Milliarden Euro" four amounts, "von 2,4 bis 2,7 Milliarden Euro,
  Analysten hatten im Schnitt 3,05 Milliarden erwartet" three - the currency written once
  serves the later figure, hundred-seventeenth -, "von 3,20 Euro pro Papier", "im Wert von
  213,6 Millionen Euro" with no hedge, "über bis zu 150 Millionen Euro" "up_to" -
  hundred-thirtieth: "über bis zu 400 Millionen Euro" -, "rund 85 Milliarden Euro" "about",
  "um 4 Milliarden Euro"), CHF ("auf 3,86 Milliarden Franken", "2,2 Milliarden Franken",
  "auf 3,40 Franken je Aktie nach 3,10 Franken", "auf 268,40 Franken", "auf 1,71 Milliarden
  Franken", "rund 4,6 Milliarden Franken" "about"), JPY ("612 billion yen ($4.1 billion) from
  780 billion yen" with the converted figure in brackets, eightieth; "about 9 billion yen",
  "to a record 11,240 yen", "to 48 yen a share from 62 yen"), GBP ("41 million to 45 million
  pounds" both - the "to" of a range no hedge, hundred-nineteenth -, "about 58 million
  pounds", "£298,410", "about 160 million pounds", pence as GBP hundredths - "212 pence"
  2.12, "203.5p" 2.035, "1,984 pence" 19.84; hundred-twenty-sixth -), USD ("$8.7 billion",
  "$9.4 billion", "up to $25 billion" "up_to", "roughly $612 billion" "about", "$1.1
  billion", "at least $21.50 a share" and "at least $24.75" "at_least", "about $71,250",
  "$117,400", "$2,094", "about $1.3 billion"), commodities with "a barrel", "per ounce", "an
  ounce", "je Fass", "je Barrel" and "je Aktie" none ("$68.92", "$65.18", "around $66"
  "about", "68,95 US-Dollar", "64 Dollar" - "im Schnitt" no hedge -, "$4,281.07", "$4,296.50",
  "$4,412.30", "$4,600", "4.286 Dollar", "4.412 Dollar", "$51.62", "$1,588.40", "$1,214",
  "5,8 Milliarden Dollar"), cents as hundredths ("rose 41 cents" 0.41 USD, "gained 37 cents"
  0.37 USD; hundred-fiftieth: "down 83 cents"). Compounds: "a 1.2 billion pound contract"
  1.2e9 GBP and "its 750 million pound share buyback" 750e6 GBP (the figure heading a
  compound, the issue's "28-Punkte-Entwurf"). New: "every one-yen move against the dollar"
  is money 1 JPY - a number word heading a currency in a hyphenated compound is an amount, as
  "a 41-day strike" is a duration (hundred-fiftieth). New: "um 39 Cent auf 65,20 Dollar" is
  0.39 USD - German "Cent" in a row that prices in dollars is a U.S. cent, while the
  hundred-fiftieth's "47 Cent je Kilogramm" stood in a row with no other currency and was EUR.
- Exchange rates are money in the currency they price in (fourteenth, hundred-thirty-ninth,
  hundred-forty-seventh, hundred-fiftieth): "1,1634 US-Dollar", "auf 1,1612 Dollar", "auf
  1,1688 Dollar", "$1.3472" after "Sterling" USD; "der Dollar hatte damit 0,8612 Euro
  gekostet" EUR; "0,9318 Franken", "zu 0,8011 Franken" and "0.8004 per dollar" after "The
  Swiss franc" CHF; "146,85 Yen", "146.85 per dollar ... 147.30" after "The yen" (the currency
  named once serves the later figure, hundred-seventeenth), "to 147.05 yen" after "The
  dollar" and "140 yen per dollar" JPY; "86.37 pence" after "the euro" 0.8637 GBP (pence as
  hundredths); "66.12 U.S. cents" 0.6612 USD (hundred-thirty-ninth: "56.12 U.S. cents").
- Durations (the issue; every batch): maturities ("zehnjähriger Bundesanleihen",
  "Zweijährige Bundesschatzanweisungen", "einer zehnjährigen Bundesanleihe", "zehnjähriger
  italienischer Staatsanleihen", "zehnjähriger US-Staatsanleihen", "the 10-year Japanese
  government bond", "benchmark 10-year notes", "The two-year yield", "The average two-year
  fixed mortgage rate"; eleventh, hundred-thirtieth, hundred-thirty-ninth). New: "two- and
  10-year yields" gives 2 years and 10 years - the suspended hyphen carries the unit back to
  the first figure, as "1.034 Zehn- bis 17-Jährige" gives 10 and 17 (hundred-forty-eighth).
  Streaks and spans: "a three-day winning streak" 3 days (the issue's "a two-week visit"),
  "its steepest one-day fall" 1 day (hundred-thirty-ninth: "its biggest one-day rise"), "its
  strongest level in seven weeks", "so wenig wie seit sieben Wochen nicht mehr" and "den
  niedrigsten Stand seit sieben Wochen" 7 weeks, "in more than 11 years" 11 years "over", "in
  five months" 5 months, "over the next six months", "over the past 12 months", "over the
  nine weeks ending Jan. 3", "over three years" and "over the five days" with no hedge ("over"
  before a span or an article, forty-first and hundred-fiftieth), "for at least two years" 2
  years "at_least". New: "unter ihrer 200-Tage-Linie" 200 days and "the 20-day average" 20
  days - a figure heading "Tage" or "day" in a compound names the span the average runs over,
  as "a 41-day strike" (hundred-fiftieth), unlike "20 Handelstage", where the days are
  counted. None: "this week", "so far this year", "since the start of the year", "Seit
  Jahresbeginn", "Auf Wochensicht", "Im Wochenverlauf", "Im Wochenvergleich", "over the week",
  "on the day", "For the week", "For the year", "full-year", "annual", "a year or more" (an
  article, hundred-second), "heuer", "für das laufende Jahr", "im vergangenen Jahr", "am
  Vorabend", "am Vortag", "in den kommenden Wochen", weekdays, months ("through May", "Ende
  Januar", "since October", "since November", "since early January", "seit Ende April",
  "seit Dezember", "mit Mai-Termin", "mit Liefertermin April", "at the end of March") and
  clock times ("by 0815 GMT", "by 0705 GMT", "by 0930 GMT", "at 1330 GMT", "Bis 9.30 Uhr").
- Ordinals and fractions (the issue; every batch): "for a fourth straight session" 4, "a
  second weekly gain" 2, "in the second quarter" and "im zweiten Quartal" 2, "im vierten
  Quartal" 4 (twice), "the first week of November" 1, "its third weekly loss in a row" 3,
  "first-quarter earnings growth" 1 (fifteenth: "third-quarter"), "for a fifth day" 5,
  "Ether, the second-biggest token" 2 (hundred-thirtieth: "Britain's sixth-largest lender"),
  "zum 29. Mal in Folge" 29 (an ordinal in digits with its dot, eighty-ninth and
  hundred-forty-eighth: "das 21."). Fractions: "about two-thirds of their value" 0.6667
  "about", "um ein Fünftel" 0.2 ("um" no hedge), "etwa ein Drittel mehr als im Schnitt" 0.3333
  "about" (the "mehr" after it compares; hundred-fifty-second: "etwa ein Viertel mehr"), "um
  fast ein Drittel" 0.3333 "nearly", "fast ein Viertel an Wert" 0.25 "nearly", "Gut zwei
  Drittel der Dax-Mitglieder" 0.6667 "over" (hundred-thirty-ninth: "gut ein Drittel"). New:
  "Roughly three out of every four stocks" is 0.75 "about" - "out of every" is the "in" of
  "almost nine in 10" (hundred-thirtieth).
- Years and dates: "since August 2024", "since 2008", "seit 2015", "seit 2010", "since early
  2022", "since April 2024", "since September 2011", "since September 2021" (records keep the
  year they name, hundred-thirty-ninth), "2025", "Für 2026", "für 2026", "2026 adjusted
  earnings", "bis Ende 2027" the years; "at its March 18-19 meeting" and "March 17-18" (twice)
  two dates each (hundred-thirty-ninth: "the April 28-29 meeting"), "Jan. 3", "Jan. 28", "Jan.
  14" dates without a year; "Per 23. März" --03-23 - New: the Swiss "Per" before a date is no
  hedge, as the Austrian "mit 1. Jänner" (hundred-fiftieth). Reuters English datelines with a
  day ("TOKYO, March 6 (Reuters)", "LONDON, March 6 (Reuters)" four times, "SINGAPORE",
  "BENGALURU", "NEW YORK, March 6 (Reuters)" twice) --03-06 (hundred-fiftieth); dpa-AFX
  ("Tokio (dpa-AFX) -", "Frankfurt (dpa-AFX) -", "Singapur (dpa-AFX) -", "New York (dpa-AFX)
  -"), APA ("Wien (APA) -"), awp ("Basel (awp) -", "Zürich (awp) -"), Reuters German
  ("Frankfurt (Reuters) -"), PA ("LONDON (PA) -"), AP ("NEW YORK (AP) —") and Bloomberg
  ("(Bloomberg) --") datelines none (seventy-ninth, hundred-thirtieth).
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly", "Roughly"
  "about"; "fast" "nearly"; "mehr als", "more than", "über" (right before the figure),
  "above", "Gut" "over"; "bis zu", "up to", "as much as" "up_to"; "at least" "at_least". No
  hedge: "just" (New: "just 38,000 jobs" - "just" before a figure stresses it as "only" and
  "lediglich" do, hundred-forty-seventh and hundred-fiftieth, while "just over" is "over",
  hundred-fifty-second), "lediglich", "nur", "Nur", "nur noch", "zeitweise", "im Schnitt",
  "allein", "damit", "still", "a net", "im Wert von", "bis auf", "Per", "well above the"
  before an article (hundred-forty-seventh: "well below the"), "over" before a span or an
  article, "um" before a difference or a share, "mehr als", "mehr" and "weniger" after a
  figure, and the "to" or "bis" of a range.
- Speakers, checked only in forms the earlier batches settled: "wie das Unternehmen am
  Freitag mitteilte" -> "das Unternehmen" and "wie das Statistische Bundesamt am Freitag
  mitteilte" -> "das Statistische Bundesamt" (the weekday dropped, hundred-fiftieth), "wie
  das Bundesamt für Statistik (BFS) mitteilte" -> "das Bundesamt für Statistik" (the
  abbreviation dropped, hundred-fiftieth), "wie die SIX am Freitag nach Börsenschluss
  mitteilte" -> "die SIX" (the weekday and the time dropped), "teilte die Nationalbank am
  Freitag mit" -> "die Nationalbank" and "teilte die Finanzagentur mit" -> "die
  Finanzagentur" (eighty-first, hundred-fifty-second), "teilte die Bank am Freitag mit" ->
  "die Bank" (a body named earlier taken up by its common noun, hundred-twenty-third,
  hundred-forty-eighth), "so der World Gold Council" -> "der World Gold Council" (eleventh,
  eighty-seventh: "so die Bundesbank"), "laut Wiener Börse" -> "Wiener Börse" as written
  (thirtieth, hundred-twenty-fourth: "laut Wifo"), "sagte X" with the title, the affiliation
  and the occasion dropped ("Konzernchefin Sabine Imhasly an der Bilanzmedienkonferenz",
  "Vorstandschefin Elisabeth Gruber-Wandl", "Rohstoffexpertin Carina Walcher von der Bank
  Valmont", "Marktanalyst Torsten Reiff", "Zinsstratege Malte Brüggemann von der Hansa
  Kapital"; eighty-seventh, hundred-fiftieth), "X sagte, ..." opening the row
  ("Finanzvorstand Bernd Haselsteiner sagte", "Gmeiner-Analyst Lukas Pirchner sagte",
  "Hohenfels-Chef Markus Deininger sagte"; forty-second, hundred-thirty-ninth). English: the
  name with the title, the audience and the occasion dropped ("Chief Financial Officer Kenji
  Morimoto told reporters", "Chief Executive Nadine Corrigan said", "Chief Executive Rupert
  Haldane said", "Federal Reserve Governor Alan Whitford said in a speech in Chicago";
  hundred-thirty-ninth), the name in apposition ("said Oliver Brackenbury, retail analyst at
  Thamesgate Capital", "said Priyanka Doshi, an oil analyst at Harbridge Securities", "said
  Marcus Elwood, head of metals strategy at Calloway Wealth"; forty-first,
  hundred-thirty-second), "Asamura said" the surname as written (hundred-fiftieth:
  "Marchbank said"), "Hoshikawa said", "Harrowgate said" (twice), "Calder said on Friday",
  "Quantrel said", "Ostrander said" and "OPEC+ said on Thursday" as written with the weekday
  dropped (hundred-seventeenth, hundred-fiftieth), "Halifax said" and "according to
  Moneyfacts" as written (fifty-second, hundred-thirty-ninth), "The company said" -> "the
  company" (seventy-first), "the Energy Information Administration said on Wednesday", "the
  Labor Department said" and "according to the World Gold Council" with their article
  (ninety-eighth, hundred-thirty-ninth). Left unchecked (None): "wie ihr Dachverband FH am
  Freitag mitteilte" (a possessive description before the name, fortieth and
  hundred-fiftieth), "Analysten hatten", "Experten hatten", "Volkswirte hatten", "Volkswirte
  rechnen damit", "Hohenfels erwartet", "rechnet die Bank", "Economists polled by Reuters
  expect", "Analysts expect" (estimating verbs and plural groups, forty-first,
  hundred-tenth, hundred-fiftieth), "Die Strategen von Mainfeld Research senkten", "Analysts
  at Harbridge Securities cut", "die Bank Valmont ... gesenkt hatte", "The company now
  assumes", "Kisaragi also cut" (acts, no verbs of saying; hundred-twenty-seventh),
  "according to LSEG data", "according to data compiled by Bloomberg", "after data showed"
  (data, hundred-fiftieth), "Die Europäische Zentralbank hatte den Referenzkurs ...
  festgesetzt", rows without attribution and all negatives, also those with a named speaker
  ("sagte Imhasly", "Doshi said", "Elwood said", "Brackenbury added", "schrieb Stratege
  Henning Lautenschläger", "said one London-based trader", "hieß es aus dem Handel").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_154 = [
    # --- Tokyo stocks close lower (Reuters) ---
    (
        "en",
        "TOKYO, March 6 (Reuters) - Japan's Nikkei share average closed 1.4% lower at 37,916.42 on Friday, ending a three-day winning streak as a firmer yen hurt exporters.",
        True,
        [
            ("date", "--03-06", None, None),
            ("percent", 1.4, "%", None),
            ("count", 37916.42, None, None),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    (
        "en",
        "The broader Topix slid 1.1% to 2,684.07, and both indexes lost more than 2% over the week.",
        True,
        [("percent", 1.1, "%", None), ("count", 2684.07, None, None), ("percent", 2, "%", "over")],
        None,
    ),
    (
        "en",
        "Among the Nikkei 225's components, 171 declined and 51 advanced, while three were unchanged.",
        True,
        [("count", 171, None, None), ("count", 51, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Kisaragi Motors tumbled 4.8%, its steepest one-day fall since August 2024, after the automaker cut its full-year operating profit forecast to 612 billion yen ($4.1 billion) from 780 billion yen.",
        True,
        [
            ("percent", 4.8, "%", None),
            ("duration", 1, "day", None),
            ("year", 2024, None, None),
            ("money", 612000000000, "JPY", None),
            ("money", 4100000000, "USD", None),
            ("money", 780000000000, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "Trading in Kisaragi shares was briefly suspended at the open because of a flood of sell orders.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Kenji Morimoto told reporters that every one-yen move against the dollar shifts annual operating profit by about 9 billion yen.",
        True,
        [("money", 1, "JPY", None), ("money", 9000000000, "JPY", "about")],
        "Kenji Morimoto",
    ),
    (
        "en",
        "The company now assumes an exchange rate of 140 yen per dollar for the fiscal year ending in March.",
        True,
        [("money", 140, "JPY", None)],
        None,
    ),
    (
        "en",
        "Kisaragi also cut its annual dividend forecast to 48 yen a share from 62 yen.",
        True,
        [("money", 48, "JPY", None), ("money", 62, "JPY", None)],
        None,
    ),
    (
        "en",
        "Chip-testing equipment maker Hoshikawa Electronics bucked the trend, climbing 6.2% to a record 11,240 yen.",
        True,
        [("percent", 6.2, "%", None), ("money", 11240, "JPY", None)],
        None,
    ),
    (
        "en",
        "Hoshikawa said it would buy back up to 4.5 million shares, or 2.3% of its outstanding stock, over the next six months.",
        True,
        [("count", 4500000, None, "up_to"), ("percent", 2.3, "%", None), ("duration", 6, "month", None)],
        "Hoshikawa",
    ),
    (
        "en",
        '"Exporters are being squeezed from both sides - a strong yen and a weaker China," said Yuki Asamura, chief equity strategist at Mizuki Asset Management.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asamura said she expected the Nikkei to end the year around 41,000, down from her previous target of 43,500.",
        True,
        [("count", 41000, None, "about"), ("count", 43500, None, None)],
        "Asamura",
    ),
    (
        "en",
        '"I have stopped checking my account every morning," said Takeshi Onodera, 67, a retired engineer in Yokohama who holds shares in several carmakers.',
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    # --- Yen, JGB yields and the Bank of Japan (Reuters) ---
    (
        "en",
        "The yen strengthened to 146.85 per dollar, its strongest level in seven weeks, before easing to 147.30 late in the Asian session.",
        True,
        [("money", 146.85, "JPY", None), ("duration", 7, "week", None), ("money", 147.3, "JPY", None)],
        None,
    ),
    (
        "en",
        "The yield on the 10-year Japanese government bond rose 2 basis points to 1.915%, its highest since 2008.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 2, "bp", None),
            ("percent", 1.915, "%", None),
            ("year", 2008, None, None),
        ],
        None,
    ),
    (
        "en",
        "Overnight swaps priced in a roughly 62% chance that the Bank of Japan raises rates at its March 18-19 meeting.",
        True,
        [("percent", 62, "%", "about"), ("date", "--03-18", None, None), ("date", "--03-19", None, None)],
        None,
    ),
    (
        "en",
        "Bank of Japan Governor Tetsuo Hirayama told parliament on Friday the central bank would continue to lift rates if the economy moved in line with its forecasts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Japan's finance minister declined to say whether Tokyo had stepped into the currency market this week.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The country's top currency diplomat said the government was watching exchange rates with a high sense of urgency.",
        False,
        [],
        None,
    ),
    # --- Tokio: Nikkei schließt schwächer (dpa-AFX) ---
    ("de", "Tokio (dpa-AFX) - Der starke Yen hat die Börse in Tokio zum Wochenschluss belastet.", True, [], None),
    (
        "de",
        "Der Leitindex Nikkei 225 schloss mit einem Abschlag von 1,4 Prozent bei 37.916,42 Punkten.",
        True,
        [("percent", 1.4, "%", None), ("count", 37916.42, None, None)],
        None,
    ),
    ("de", "Im Wochenverlauf verlor der Nikkei 2,3 Prozent.", True, [("percent", 2.3, "%", None)], None),
    (
        "de",
        "Für einen Dollar mussten zeitweise nur noch 146,85 Yen gezahlt werden, so wenig wie seit sieben Wochen nicht mehr.",
        True,
        [("money", 146.85, "JPY", None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "de",
        "Die Papiere des Autobauers Kisaragi sackten nach einer Prognosesenkung um 4,8 Prozent ab.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    # --- Bernauer mit Rekordgewinn (awp) ---
    (
        "de",
        "Basel (awp) - Der Pharmakonzern Bernauer hat im vergangenen Jahr dank seiner Krebsmittel deutlich mehr verdient als von Analysten erwartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Reingewinn stieg um 14 Prozent auf 3,86 Milliarden Franken, wie das Unternehmen am Freitag mitteilte.",
        True,
        [("percent", 14, "%", None), ("money", 3860000000, "CHF", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Analysten hatten im Schnitt lediglich mit 3,71 Milliarden Franken gerechnet.",
        True,
        [("money", 3710000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz mit dem Krebsmittel Tevolan habe sich auf 2,2 Milliarden Franken fast verdoppelt, sagte Konzernchefin Sabine Imhasly an der Bilanzmedienkonferenz.",
        True,
        [("money", 2200000000, "CHF", None)],
        "Sabine Imhasly",
    ),
    (
        "de",
        "Die Dividende soll zum 29. Mal in Folge steigen, auf 3,40 Franken je Aktie nach 3,10 Franken.",
        True,
        [("ordinal", 29, None, None), ("money", 3.4, "CHF", None), ("money", 3.1, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für 2026 stellt Bernauer ein Umsatzwachstum im mittleren einstelligen Prozentbereich in Aussicht.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    ("de", "«Wir gehen mit viel Rückenwind in das neue Jahr», sagte Imhasly.", False, [], None),
    ("de", "Analysten lobten vor allem die Entwicklung im Onkologiegeschäft.", False, [], None),
    ("de", "Vorbörslich legten die Bernauer-Titel um 5,2 Prozent zu.", True, [("percent", 5.2, "%", None)], None),
    # --- Dax startet schwächer (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Dax ist am Freitag mit Verlusten in den letzten Handelstag der Woche gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kurz nach dem Handelsstart gab der Leitindex um 0,8 Prozent auf 23.402 Punkte nach.",
        True,
        [("percent", 0.8, "%", None), ("count", 23402, None, None)],
        None,
    ),
    (
        "de",
        "Auf Wochensicht steuert das Börsenbarometer damit auf ein Minus von rund 2,3 Prozent zu.",
        True,
        [("percent", 2.3, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Auftragseingänge der deutschen Industrie waren im Januar überraschend um 2,4 Prozent gesunken, wie das Statistische Bundesamt am Freitag mitteilte.",
        True,
        [("percent", 2.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Experten hatten dagegen einen Anstieg um 0,5 Prozent vorhergesagt.",
        True,
        [("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Vor den US-Arbeitsmarktdaten am Nachmittag wagt sich kaum jemand aus der Deckung“, sagte Marktanalyst Torsten Reiff vom Bankhaus Sennfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktien des Chemiekonzerns Hohenfels brachen im frühen Handel um bis zu 9,4 Prozent ein.",
        True,
        [("percent", 9.4, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Unter Druck standen auch die Aktien von Lahnfeld Automotive, die um 3,9 Prozent nachgaben, nachdem die Bank Valmont ihr Kursziel von 74 auf 61 Euro gesenkt hatte.",
        True,
        [("percent", 3.9, "%", None), ("money", 74, "EUR", None), ("money", 61, "EUR", None)],
        None,
    ),
    ("de", "Die Einstufung senkten die Analysten von „Kaufen“ auf „Halten“.", True, [], None),
    ("de", "Ein Händler sprach von einem „Weckruf für die ganze Zulieferbranche“.", False, [], None),
    # --- ATX mit Abschlägen eröffnet (APA) ---
    (
        "de",
        "Wien (APA) - Der Wiener Leitindex ATX ist am Freitag mit einem Minus von 0,62 Prozent bei 4.488,19 Punkten in den Handel gestartet.",
        True,
        [("percent", 0.62, "%", None), ("count", 4488.19, None, None)],
        None,
    ),
    ("de", "Bis 9.30 Uhr weiteten sich die Verluste auf 0,9 Prozent aus.", True, [("percent", 0.9, "%", None)], None),
    ("de", "Händler begründeten die Zurückhaltung mit der Nervosität vor den Jobdaten aus den USA.", False, [], None),
    # --- Donautal Bank mit Rekordgewinn (APA) ---
    (
        "de",
        "Wien (APA) - Die börsennotierte Donautal Bank hat 2025 mit 912 Millionen Euro den höchsten Nettogewinn ihrer Geschichte erzielt, ein Plus von 8 Prozent.",
        True,
        [("year", 2025, None, None), ("money", 912000000, "EUR", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll von 2,20 auf 2,60 Euro je Aktie steigen, teilte die Bank am Freitag mit.",
        True,
        [("money", 2.2, "EUR", None), ("money", 2.6, "EUR", None)],
        "die Bank",
    ),
    (
        "de",
        "Zusätzlich will der Vorstand eigene Aktien über bis zu 150 Millionen Euro zurückkaufen.",
        True,
        [("money", 150000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die harte Kernkapitalquote sei auf 16,2 Prozent gestiegen, sagte Vorstandschefin Elisabeth Gruber-Wandl.",
        True,
        [("percent", 16.2, "%", None)],
        "Elisabeth Gruber-Wandl",
    ),
    ("de", "„Wir haben die Zinswende besser gemeistert als befürchtet“, sagte Gruber-Wandl.", False, [], None),
    (
        "de",
        "Für heuer rechnet die Bank mit einem Rückgang des Nettozinsergebnisses um rund 5 Prozent.",
        True,
        [("percent", 5, "%", "about")],
        None,
    ),
    # --- London open: FTSE slips, Harrowgate plunges (Reuters) ---
    (
        "en",
        "LONDON, March 6 (Reuters) - London's FTSE 100 fell 0.7% in early trade on Friday, heading for its worst week since January as miners and banks weighed.",
        True,
        [("date", "--03-06", None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "The blue-chip index stood at 8,914.22 points by 0815 GMT, while the domestically focused FTSE 250 midcap index slipped 0.5%.",
        True,
        [("count", 8914.22, None, None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Copper miner Pemberly Resources lost 3.2% as metal prices fell for a fourth straight session.",
        True,
        [("percent", 3.2, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Harrowgate Retail plunged 18% to 212 pence, its lowest level in more than 11 years, after the department store chain warned that annual profit would miss market expectations.",
        True,
        [("percent", 18, "%", None), ("money", 2.12, "GBP", None), ("duration", 11, "year", "over")],
        None,
    ),
    (
        "en",
        "The company said it now expected adjusted pretax profit of 41 million to 45 million pounds for the year to February, against a consensus of about 58 million pounds.",
        True,
        [("money", 41000000, "GBP", None), ("money", 45000000, "GBP", None), ("money", 58000000, "GBP", "about")],
        "the company",
    ),
    (
        "en",
        "Chief Executive Nadine Corrigan said sales at stores open a year or more dropped 4.2% over the nine weeks ending Jan. 3, as rivals slashed prices.",
        True,
        [("percent", 4.2, "%", None), ("duration", 9, "week", None), ("date", "--01-03", None, None)],
        "Nadine Corrigan",
    ),
    (
        "en",
        "Harrowgate said it would shut 11 of its 64 stores by the end of the year.",
        True,
        [("count", 11, None, None), ("count", 64, None, None)],
        "Harrowgate",
    ),
    ("en", "Harrowgate said its finance director would step down at the end of March.", True, [], "Harrowgate"),
    (
        "en",
        '"We now expect no dividend for at least two years," said Oliver Brackenbury, retail analyst at Thamesgate Capital.',
        True,
        [("duration", 2, "year", "at_least")],
        "Oliver Brackenbury",
    ),
    (
        "en",
        '"This is a miserable update, and the market has simply run out of patience with the turnaround story," Brackenbury added.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harrowgate shares have lost about two-thirds of their value over the past 12 months.",
        True,
        [("fraction", 0.6667, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Shareholder groups have questioned whether the board can still deliver a recovery on its own.",
        False,
        [],
        None,
    ),
    # --- Oil edges up (Reuters) ---
    (
        "en",
        "SINGAPORE, March 6 (Reuters) - Oil prices edged higher on Friday and were on track for a second weekly gain after OPEC+ signalled it would keep output steady through May.",
        True,
        [("date", "--03-06", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures rose 41 cents, or 0.6%, to $68.92 a barrel by 0705 GMT.",
        True,
        [("money", 0.41, "USD", None), ("percent", 0.6, "%", None), ("money", 68.92, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. West Texas Intermediate crude gained 37 cents, or 0.6%, to $65.18.",
        True,
        [("money", 0.37, "USD", None), ("percent", 0.6, "%", None), ("money", 65.18, "USD", None)],
        None,
    ),
    ("en", "Both benchmarks are up more than 3% this week.", True, [("percent", 3, "%", "over")], None),
    (
        "en",
        "OPEC+ said on Thursday that eight of its members would hold production unchanged in April and May.",
        True,
        [("count", 8, None, None)],
        "OPEC+",
    ),
    (
        "en",
        "U.S. crude inventories fell by 2.7 million barrels last week, the Energy Information Administration said on Wednesday.",
        True,
        [("count", 2700000, None, None)],
        "the Energy Information Administration",
    ),
    ("en", "The agency is due to publish its next weekly inventory report on Wednesday.", True, [], None),
    (
        "en",
        '"We think Brent averages around $66 in the second quarter as refinery maintenance curbs demand," said Priyanka Doshi, an oil analyst at Harbridge Securities.',
        True,
        [("money", 66, "USD", "about"), ("ordinal", 2, None, None)],
        "Priyanka Doshi",
    ),
    ("en", '"OPEC+ is playing it safe, and for now the market is happy with that," Doshi said.', False, [], None),
    (
        "en",
        "Analysts said a lasting move above $70 would need clearer signs of a pickup in Chinese demand.",
        False,
        [("money", 70, "USD", "over")],
        None,
    ),
    ("en", "Whether the group will add barrels in the summer remains an open question.", False, [], None),
    # --- Ölpreise legen zu (dpa-AFX) ---
    ("de", "Singapur (dpa-AFX) - Die Ölpreise haben am Freitag leicht zugelegt.", True, [], None),
    (
        "de",
        "Für ein Barrel der Nordseesorte Brent (159 Liter) mit Mai-Termin wurden am Morgen 68,95 US-Dollar verlangt.",
        True,
        [("count", 159, None, None), ("money", 68.95, "USD", None)],
        None,
    ),
    (
        "de",
        "Die US-Sorte WTI mit Liefertermin April verteuerte sich je Fass um 39 Cent auf 65,20 Dollar.",
        True,
        [("money", 0.39, "USD", None), ("money", 65.2, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Ölpreise dürften im zweiten Quartal im Schnitt bei 64 Dollar je Barrel liegen, sagte Rohstoffexpertin Carina Walcher von der Bank Valmont.",
        True,
        [("ordinal", 2, None, None), ("money", 64, "USD", None)],
        "Carina Walcher",
    ),
    ("de", "Am Markt wird gerätselt, ob das Ölkartell die Förderung im Sommer doch noch ausweitet.", False, [], None),
    # --- UK house prices (PA) ---
    (
        "en",
        "LONDON (PA) - House prices in Britain rose 0.3% in February, Halifax said, leaving the typical property at £298,410.",
        True,
        [("percent", 0.3, "%", None), ("money", 298410, "GBP", None)],
        "Halifax",
    ),
    (
        "en",
        "Annual house price growth slowed to 1.9%, the weakest rate since April 2024.",
        True,
        [("percent", 1.9, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Amanda Pryce, director of mortgages at Halifax, said buyers remained cautious while borrowing costs stayed high.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The average two-year fixed mortgage rate stood at 4.81%, according to Moneyfacts.",
        True,
        [("duration", 2, "year", None), ("percent", 4.81, "%", None)],
        "Moneyfacts",
    ),
    # --- Dollar slips before payrolls (Reuters) ---
    (
        "en",
        "LONDON, March 6 (Reuters) - The dollar slipped against most major currencies on Friday as traders braced for U.S. payrolls data due at 1330 GMT.",
        True,
        [("date", "--03-06", None, None)],
        None,
    ),
    (
        "en",
        "The dollar index, a gauge of the U.S. currency against a basket of six others, eased 0.2% to 98.41.",
        True,
        [("count", 6, None, None), ("percent", 0.2, "%", None), ("count", 98.41, None, None)],
        None,
    ),
    (
        "en",
        "Sterling rose 0.3% to $1.3472, while the euro was little changed at 86.37 pence.",
        True,
        [("percent", 0.3, "%", None), ("money", 1.3472, "USD", None), ("money", 0.8637, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Swiss franc firmed to 0.8004 per dollar, its strongest since September 2011.",
        True,
        [("money", 0.8004, "CHF", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The Australian dollar fell 0.4% to 66.12 U.S. cents.",
        True,
        [("percent", 0.4, "%", None), ("money", 0.6612, "USD", None)],
        None,
    ),
    (
        "en",
        '"Nobody wants to be caught holding dollars going into the jobs number," said Hannah Lisle, a currency strategist at Harbridge Securities in London.',
        False,
        [],
        None,
    ),
    # --- Devisen: Euro kaum verändert, Franken fest (dpa-AFX, awp) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Euro hat sich am Freitag vor den US-Arbeitsmarktdaten kaum von der Stelle bewegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gemeinschaftswährung kostete am Vormittag 1,1634 US-Dollar.",
        True,
        [("money", 1.1634, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Europäische Zentralbank hatte den Referenzkurs am Donnerstag auf 1,1612 Dollar festgesetzt, der Dollar hatte damit 0,8612 Euro gekostet.",
        True,
        [("money", 1.1612, "USD", None), ("money", 0.8612, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zürich (awp) - Der Franken hat zum Euro weiter zugelegt: Ein Euro kostete am Mittag 0,9318 Franken, so wenig wie seit 2015 nicht mehr.",
        True,
        [("money", 0.9318, "CHF", None), ("year", 2015, None, None)],
        None,
    ),
    ("de", "Der Dollar wurde zu 0,8011 Franken gehandelt.", True, [("money", 0.8011, "CHF", None)], None),
    (
        "de",
        "Im vierten Quartal habe die SNB für rund 4,6 Milliarden Franken Devisen gekauft, teilte die Nationalbank am Freitag mit.",
        True,
        [("ordinal", 4, None, None), ("money", 4600000000, "CHF", "about")],
        "die Nationalbank",
    ),
    (
        "de",
        "Die Jahresteuerung in der Schweiz betrug im Februar nur noch 0,1 Prozent, wie das Bundesamt für Statistik (BFS) mitteilte.",
        True,
        [("percent", 0.1, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "«Der Franken bleibt der sichere Hafen schlechthin, und das bekommt die Exportindustrie zu spüren», sagte Devisenstratege Beat Zwahlen von der Privatbank Oberholzer.",
        False,
        [],
        None,
    ),
    ("de", "Die Exportwirtschaft klagt bereits seit dem Herbst über den harten Franken.", False, [], None),
    (
        "de",
        "Ob die Nationalbank im Juni wieder Negativzinsen einführt, ist unter Ökonomen umstritten.",
        False,
        [],
        None,
    ),
    # --- Gold holds near record (Reuters) ---
    (
        "en",
        "BENGALURU, March 6 (Reuters) - Gold prices held near record highs on Friday as a softer dollar and bets on U.S. rate cuts kept demand for the safe-haven metal firm.",
        True,
        [("date", "--03-06", None, None)],
        None,
    ),
    (
        "en",
        "Spot gold was steady at $4,281.07 per ounce by 0930 GMT, while U.S. gold futures for April delivery rose 0.2% to $4,296.50.",
        True,
        [("money", 4281.07, "USD", None), ("percent", 0.2, "%", None), ("money", 4296.5, "USD", None)],
        None,
    ),
    (
        "en",
        "The metal hit a record $4,412.30 an ounce on Jan. 28.",
        True,
        [("money", 4412.3, "USD", None), ("date", "--01-28", None, None)],
        None,
    ),
    ("en", "Bullion has gained about 11% so far this year.", True, [("percent", 11, "%", "about")], None),
    (
        "en",
        "Central banks added a net 38 tonnes to their gold reserves in January, according to the World Gold Council.",
        True,
        [("count", 38, None, None)],
        "the World Gold Council",
    ),
    (
        "en",
        "Holdings of SPDR Gold Trust, the world's largest gold-backed exchange-traded fund, rose 0.4% to 1,012.6 tonnes on Thursday.",
        True,
        [("percent", 0.4, "%", None), ("count", 1012.6, None, None)],
        None,
    ),
    (
        "en",
        '"We still see gold at $4,600 by the end of the year," said Marcus Elwood, head of metals strategy at Calloway Wealth.',
        True,
        [("money", 4600, "USD", None)],
        "Marcus Elwood",
    ),
    ("en", '"Gold has become the one asset nobody wants to sell," Elwood said.', False, [], None),
    ("en", "Some analysts caution that the rally has left the metal exposed to a sharp pullback.", False, [], None),
    (
        "en",
        "Spot silver rose 1.1% to $51.62, platinum added 0.6% to $1,588.40 and palladium was flat at $1,214.",
        True,
        [
            ("percent", 1.1, "%", None),
            ("money", 51.62, "USD", None),
            ("percent", 0.6, "%", None),
            ("money", 1588.4, "USD", None),
            ("money", 1214, "USD", None),
        ],
        None,
    ),
    # --- Goldpreis nahe Rekordhoch (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Der Goldpreis hat sich am Freitag in der Nähe seines Rekordhochs gehalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Feinunze (etwa 31,1 Gramm) kostete am Mittag 4.286 Dollar und damit 0,4 Prozent mehr als am Vortag.",
        True,
        [("count", 31.1, None, "about"), ("money", 4286, "USD", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Ihr bisheriges Rekordhoch hatte die Feinunze Ende Januar mit 4.412 Dollar erreicht.",
        True,
        [("money", 4412, "USD", None)],
        None,
    ),
    (
        "de",
        "Gold-ETFs hätten im Februar weltweit Zuflüsse von 5,8 Milliarden Dollar verzeichnet, so der World Gold Council.",
        True,
        [("money", 5800000000, "USD", None)],
        "der World Gold Council",
    ),
    (
        "de",
        "„Solange die Notenbanken kaufen, hat Gold einen doppelten Boden“, sagte ein Edelmetallhändler in Frankfurt.",
        False,
        [],
        None,
    ),
    # --- Bundesanleihen gefragt (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Deutsche Staatsanleihen haben am Freitag nach schwachen Daten aus den USA zugelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen fiel im Gegenzug um drei Basispunkte auf 2,68 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 2.68, "%", None)],
        None,
    ),
    (
        "de",
        "Der Terminkontrakt Euro-Bund-Future legte 0,21 Prozent auf 128,94 Zähler zu.",
        True,
        [("percent", 0.21, "%", None), ("count", 128.94, None, None)],
        None,
    ),
    (
        "de",
        "Zweijährige Bundesschatzanweisungen rentierten mit 2,02 Prozent, das ist der tiefste Stand seit Dezember.",
        True,
        [("duration", 2, "year", None), ("percent", 2.02, "%", None)],
        None,
    ),
    (
        "de",
        "Der Renditeabstand zehnjähriger italienischer Staatsanleihen zu deutschen Papieren verringerte sich auf 79 Basispunkte, den niedrigsten Wert seit 2010.",
        True,
        [("duration", 10, "year", None), ("percent", 79, "bp", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "Bei der Aufstockung einer zehnjährigen Bundesanleihe um 4 Milliarden Euro hatte die Durchschnittsrendite am Mittwoch bei 2,71 Prozent gelegen, teilte die Finanzagentur mit.",
        True,
        [("duration", 10, "year", None), ("money", 4000000000, "EUR", None), ("percent", 2.71, "%", None)],
        "die Finanzagentur",
    ),
    ("de", "Ob die EZB im April noch einmal nachlegt, gilt unter Händlern als offen.", False, [], None),
    (
        "de",
        "Wie lange die Flucht in sichere Anleihen anhält, können auch erfahrene Händler kaum abschätzen.",
        False,
        [],
        None,
    ),
    # --- Treasury yields tumble after payrolls (Reuters) ---
    (
        "en",
        "NEW YORK, March 6 (Reuters) - U.S. Treasury yields tumbled on Friday after data showed the economy added far fewer jobs than expected in February.",
        True,
        [("date", "--03-06", None, None)],
        None,
    ),
    (
        "en",
        "The yield on benchmark 10-year notes fell 9.5 basis points to 4.011%, its lowest since October.",
        True,
        [("duration", 10, "year", None), ("percent", 9.5, "bp", None), ("percent", 4.011, "%", None)],
        None,
    ),
    (
        "en",
        "The two-year yield, which moves in step with interest rate expectations, dropped 12 bps to 3.442%.",
        True,
        [("duration", 2, "year", None), ("percent", 12, "bp", None), ("percent", 3.442, "%", None)],
        None,
    ),
    (
        "en",
        "The spread between two- and 10-year yields grew to 57 basis points, its widest since early 2022.",
        True,
        [
            ("duration", 2, "year", None),
            ("duration", 10, "year", None),
            ("percent", 57, "bp", None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Fed funds futures now price in about 72 basis points of easing by December, up from 55 basis points before the report, according to LSEG data.",
        True,
        [("percent", 72, "bp", "about"), ("percent", 55, "bp", None)],
        None,
    ),
    (
        "en",
        "The dollar slid 0.5% to 147.05 yen after the report.",
        True,
        [("percent", 0.5, "%", None), ("money", 147.05, "JPY", None)],
        None,
    ),
    (
        "en",
        "Federal Reserve Governor Alan Whitford said in a speech in Chicago that he would support a half-point cut at the March 17-18 meeting.",
        True,
        [("percent", 0.5, "pp", None), ("date", "--03-17", None, None), ("date", "--03-18", None, None)],
        "Alan Whitford",
    ),
    (
        "en",
        '"This report gives the doves everything they were hoping for," said Ramon Ellsworth, chief fixed-income strategist at Brookmere Advisors.',
        False,
        [],
        None,
    ),
    # --- Wiener Börse schließt mit Verlusten (APA) ---
    ("de", "Wien (APA) - Die Wiener Börse hat die Woche mit deutlichen Verlusten beendet.", True, [], None),
    (
        "de",
        "Der Leitindex ATX fiel um 1,34 Prozent auf 4.455,67 Einheiten.",
        True,
        [("percent", 1.34, "%", None), ("count", 4455.67, None, None)],
        None,
    ),
    (
        "de",
        "Der breiter gefasste ATX Prime verlor 1,29 Prozent auf 2.227,50 Punkte.",
        True,
        [("percent", 1.29, "%", None), ("count", 2227.5, None, None)],
        None,
    ),
    (
        "de",
        "Auf Wochensicht ergibt sich für den ATX ein Minus von 3,1 Prozent, das größte seit Ende April.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Von den 20 ATX-Werten schlossen nur drei im Plus.",
        True,
        [("count", 20, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Schwächster Wert war das Papier des Stahlkonzerns Traunwerk mit einem Abschlag von 5,8 Prozent auf 27,16 Euro.",
        True,
        [("percent", 5.8, "%", None), ("money", 27.16, "EUR", None)],
        None,
    ),
    (
        "de",
        "Traunwerk hatte am Vorabend die Prognose für das operative Ergebnis auf 1,1 bis 1,3 Milliarden Euro gesenkt, nach zuvor 1,4 bis 1,6 Milliarden Euro.",
        True,
        [
            ("money", 1100000000, "EUR", None),
            ("money", 1300000000, "EUR", None),
            ("money", 1400000000, "EUR", None),
            ("money", 1600000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzvorstand Bernd Haselsteiner sagte, die Nachfrage aus der Autoindustrie sei im vierten Quartal um ein Fünftel eingebrochen.",
        True,
        [("ordinal", 4, None, None), ("fraction", 0.2, None, None)],
        "Bernd Haselsteiner",
    ),
    (
        "de",
        "„Dass gesenkt wird, war erwartet worden, das Ausmaß aber nicht“, sagte ein Wiener Händler.",
        False,
        [],
        None,
    ),
    ("de", "Ein Börsianer sprach von einem „rabenschwarzen Freitag für die Industriewerte“.", False, [], None),
    (
        "de",
        "Gefragt waren dagegen die Papiere der Donautal Bank, die nach ihren Jahreszahlen um 1,9 Prozent auf 54,30 Euro stiegen.",
        True,
        [("percent", 1.9, "%", None), ("money", 54.3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Versorger Kessler Energie verteuerte sich um 0,8 Prozent, nachdem das Bankhaus Gmeiner das Kursziel auf 96 Euro angehoben hatte.",
        True,
        [("percent", 0.8, "%", None), ("money", 96, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gmeiner-Analyst Lukas Pirchner sagte, er rechne bei dem Versorger für 2026 mit einer Ausschüttung von 3,20 Euro pro Papier.",
        True,
        [("year", 2026, None, None), ("money", 3.2, "EUR", None)],
        "Lukas Pirchner",
    ),
    (
        "de",
        "Gehandelt wurden laut Wiener Börse 6,48 Millionen Aktien im Wert von 213,6 Millionen Euro.",
        True,
        [("count", 6480000, None, None), ("money", 213600000, "EUR", None)],
        "Wiener Börse",
    ),
    (
        "de",
        "Das war etwa ein Drittel mehr als im Schnitt der vergangenen 20 Handelstage.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 20, None, None)],
        None,
    ),
    # --- SMI im Minus, Uhrenwerte unter Druck (awp) ---
    (
        "de",
        "Zürich (awp) - Der Swiss Market Index (SMI) hat am Freitag 0,74 Prozent auf 12'846,31 Punkte eingebüsst.",
        True,
        [("percent", 0.74, "%", None), ("count", 12846.31, None, None)],
        None,
    ),
    (
        "de",
        "Der breite Swiss Performance Index (SPI) gab um 0,69 Prozent auf 17'012,55 Zähler nach.",
        True,
        [("percent", 0.69, "%", None), ("count", 17012.55, None, None)],
        None,
    ),
    (
        "de",
        "Von den 20 SMI-Titeln schlossen 16 tiefer und 4 höher.",
        True,
        [("count", 20, None, None), ("count", 16, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Mit einem Plus von 4,1 Prozent auf 268,40 Franken waren die Bernauer-Aktien der mit Abstand beste Wert im Leitindex.",
        True,
        [("percent", 4.1, "%", None), ("money", 268.4, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Schweizer Uhrenindustrie hat im Februar 9,8 Prozent weniger ins Ausland verkauft, die Exporte sanken auf 1,71 Milliarden Franken, wie ihr Dachverband FH am Freitag mitteilte.",
        True,
        [("percent", 9.8, "%", None), ("money", 1710000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Besonders stark fiel der Rückgang bei den Lieferungen in die Vereinigten Staaten aus, die um fast ein Drittel schrumpften.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Aktien des Uhrenkonzerns Seeland Horlogerie sackten daraufhin um 6,2 Prozent ab.",
        True,
        [("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn haben die Seeland-Aktien damit fast ein Viertel an Wert verloren.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "«Die Zölle fressen sich jetzt durch die Exportzahlen», sagte ein Händler.", False, [], None),
    (
        "de",
        "Per 23. März ersetzt der Vermögensverwalter Reusstal Partners im SMI den Logistiker Transalpin, wie die SIX am Freitag nach Börsenschluss mitteilte.",
        True,
        [("date", "--03-23", None, None)],
        "die SIX",
    ),
    (
        "de",
        "Anleger sollten in diesem Umfeld auf Qualitätstitel mit stabilen Dividenden setzen, rät die Privatbank Oberholzer.",
        False,
        [],
        None,
    ),
    # --- Dax schließt deutlich im Minus (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Schwache Daten vom US-Arbeitsmarkt haben den Dax zum Wochenausklang deutlich ins Minus gedrückt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex schloss 1,2 Prozent tiefer bei 23.307,46 Punkten und büßte damit auf Wochensicht 2,9 Prozent ein.",
        True,
        [("percent", 1.2, "%", None), ("count", 23307.46, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Im Tagestief war er bis auf 23.191 Punkte gefallen, den niedrigsten Stand seit sieben Wochen.",
        True,
        [("count", 23191, None, None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "de",
        "Der MDax gab um 1,6 Prozent auf 28.615 Punkte nach, der Eurozonen-Leitindex EuroStoxx 50 verlor 1,0 Prozent.",
        True,
        [("percent", 1.6, "%", None), ("count", 28615, None, None), ("percent", 1.0, "%", None)],
        None,
    ),
    (
        "de",
        "Nur vier der 40 Dax-Werte beendeten den Handel im Plus.",
        True,
        [("count", 4, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel der Dax-Mitglieder notieren inzwischen unter ihrer 200-Tage-Linie.",
        True,
        [("fraction", 0.6667, None, "over"), ("duration", 200, "day", None)],
        None,
    ),
    (
        "de",
        "Der Dax habe allein in dieser Woche rund 85 Milliarden Euro an Börsenwert verloren, sagte Marktanalyst Torsten Reiff.",
        True,
        [("money", 85000000000, "EUR", "about")],
        "Torsten Reiff",
    ),
    (
        "de",
        "Schlusslicht im Dax waren die Aktien des Chemiekonzerns Hohenfels mit minus 7,3 Prozent.",
        True,
        [("percent", -7.3, "%", None)],
        None,
    ),
    (
        "de",
        "Hohenfels erwartet für das laufende Jahr ein bereinigtes Ebitda von 2,4 bis 2,7 Milliarden Euro, Analysten hatten im Schnitt 3,05 Milliarden erwartet.",
        True,
        [("money", 2400000000, "EUR", None), ("money", 2700000000, "EUR", None), ("money", 3050000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hohenfels-Chef Markus Deininger sagte, rund 1.800 Stellen sollten bis Ende 2027 wegfallen, davon etwa 1.100 in Deutschland.",
        True,
        [("count", 1800, None, "about"), ("year", 2027, None, None), ("count", 1100, None, "about")],
        "Markus Deininger",
    ),
    ("de", "„Das ist ein Ausblick zum Abgewöhnen“, kommentierte ein Händler.", False, [], None),
    (
        "de",
        "An der Dax-Spitze gewannen die Aktien des Rückversicherers Rheinmark Re 2,6 Prozent auf 318,40 Euro und markierten damit ein Rekordhoch.",
        True,
        [("percent", 2.6, "%", None), ("money", 318.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Strategen von Mainfeld Research senkten ihr Jahresendziel für den Dax von 26.000 auf 25.000 Punkte.",
        True,
        [("count", 26000, None, None), ("count", 25000, None, None)],
        None,
    ),
    (
        "de",
        "„Die Rally ist nicht vorbei, aber sie braucht eine Atempause“, sagte Mainfeld-Stratege Florian Aschauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marktbeobachter halten eine weitere Korrektur in den kommenden Wochen für wahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- European shares close lower (Reuters) ---
    (
        "en",
        "LONDON, March 6 (Reuters) - European shares closed lower on Friday, with the pan-European STOXX 600 index down 1.0% at 562.18 points.",
        True,
        [("date", "--03-06", None, None), ("percent", 1.0, "%", None), ("count", 562.18, None, None)],
        None,
    ),
    (
        "en",
        "The benchmark posted a weekly decline of 2.2%, its steepest since the first week of November.",
        True,
        [("percent", 2.2, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Among sectors, basic resources fell 2.9% and banks lost 2.4%, while healthcare gained 0.6%.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.4, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Germany's Hohenfels slumped 7.3% after the chemicals maker forecast lower core profit and said it would cut about 1,800 jobs.",
        True,
        [("percent", 7.3, "%", None), ("count", 1800, None, "about")],
        None,
    ),
    (
        "en",
        "Swiss drugmaker Bernauer rose 4.1% after its annual results beat forecasts.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "Money markets now see a roughly 30% chance that the European Central Bank cuts rates at its meeting next Thursday.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        '"Europe is importing America\'s growth scare," said Lucie Ferrand, a strategist at Valmont Bank in Paris.',
        False,
        [],
        None,
    ),
    # --- London close: FTSE posts worst week in five months (Reuters) ---
    (
        "en",
        "LONDON, March 6 (Reuters) - Britain's FTSE 100 closed 1.1% lower at 8,878.35 on Friday, posting its biggest weekly fall in five months.",
        True,
        [
            ("date", "--03-06", None, None),
            ("percent", 1.1, "%", None),
            ("count", 8878.35, None, None),
            ("duration", 5, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The index lost 2.6% over the week, while the midcap FTSE 250 shed 1.9% on the day.",
        True,
        [("percent", 2.6, "%", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "The FTSE 100 is still up about 7% since the start of the year.",
        True,
        [("percent", 7, "%", "about")],
        None,
    ),
    (
        "en",
        "Lenders were among the heaviest fallers, with Calder Banking Group down 3.4% as the U.S. jobs data fuelled bets on faster rate cuts.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Calder said on Friday it had completed its 750 million pound share buyback, launched in August.",
        True,
        [("money", 750000000, "GBP", None)],
        "Calder",
    ),
    (
        "en",
        "Harrowgate Retail closed 21% lower at 203.5p, wiping about 160 million pounds off its market value.",
        True,
        [("percent", 21, "%", None), ("money", 2.035, "GBP", None), ("money", 160000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Analysts at Harbridge Securities cut their price target on the stock to 180p from 310p and downgraded it to "sell".',
        True,
        [("money", 1.8, "GBP", None), ("money", 3.1, "GBP", None)],
        None,
    ),
    (
        "en",
        "Defence group Aldbourne Systems rose 4.7% to a record 1,984 pence after winning a 1.2 billion pound contract from the Ministry of Defence.",
        True,
        [("percent", 4.7, "%", None), ("money", 19.84, "GBP", None), ("money", 1200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Rupert Haldane said the contract would secure about 1,400 jobs across three sites in England and Scotland.",
        True,
        [("count", 1400, None, "about"), ("count", 3, None, None)],
        "Rupert Haldane",
    ),
    (
        "en",
        '"It has been a week to forget for anyone holding British retailers," said Susannah Crewe, investment director at Wexcombe Investors.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Investors are taking money off the table before the weekend, and frankly you can\'t blame them," said one London-based trader.',
        False,
        [],
        None,
    ),
    # --- Wall Street slumps on jobs report (AP) ---
    (
        "en",
        "NEW YORK (AP) — Wall Street slumped Friday after a surprisingly weak report on the U.S. job market stoked worries about the economy.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 fell 1.3% to 6,604.21, its worst day since early January.",
        True,
        [("percent", 1.3, "%", None), ("count", 6604.21, None, None)],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average dropped 612 points, or 1.3%, to 45,790.88, and the Nasdaq composite sank 1.8% to 22,106.39.",
        True,
        [
            ("count", 612, None, None),
            ("percent", 1.3, "%", None),
            ("count", 45790.88, None, None),
            ("percent", 1.8, "%", None),
            ("count", 22106.39, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Russell 2000 index of smaller companies fell 71.02 points, or 2.9%, to 2,384.66.",
        True,
        [("count", 71.02, None, None), ("percent", 2.9, "%", None), ("count", 2384.66, None, None)],
        None,
    ),
    (
        "en",
        "For the week, the S&P 500 lost 2.8%, its third weekly loss in a row.",
        True,
        [("percent", 2.8, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Dow gave up 1,104.37 points, or 2.4%, over the five days, and the Nasdaq shed 802.51 points, or 3.5%.",
        True,
        [
            ("count", 1104.37, None, None),
            ("percent", 2.4, "%", None),
            ("duration", 5, "day", None),
            ("count", 802.51, None, None),
            ("percent", 3.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "For the year, the S&P 500 is down 277.15 points, or 4%, and the Dow is down 2,071.40 points, or 4.3%.",
        True,
        [
            ("count", 277.15, None, None),
            ("percent", 4, "%", None),
            ("count", 2071.4, None, None),
            ("percent", 4.3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Nasdaq composite is now more than 10% below its record close set on Jan. 14.",
        True,
        [("percent", 10, "%", "over"), ("date", "--01-14", None, None)],
        None,
    ),
    (
        "en",
        "Roughly three out of every four stocks in the S&P 500 closed lower.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Employers added just 38,000 jobs in February, far below the 135,000 economists had expected, the Labor Department said.",
        True,
        [("count", 38000, None, None), ("count", 135000, None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "The unemployment rate rose to 4.6% from 4.4%, the highest since September 2021.",
        True,
        [("percent", 4.6, "%", None), ("percent", 4.4, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        'The White House called the report "a weather-driven blip" and said hiring would rebound in the spring.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The VIX, Wall Street's so-called fear gauge, jumped 4.1 points to 23.8, its highest close since November.",
        True,
        [("count", 4.1, None, None), ("count", 23.8, None, None)],
        None,
    ),
    ("en", "Bank stocks led the decline, while utilities and consumer staples held up best.", True, [], None),
    (
        "en",
        "Volume on U.S. exchanges reached about 19.8 billion shares, well above the 20-day average of 16.1 billion, according to LSEG data.",
        True,
        [("count", 19800000000, None, "about"), ("duration", 20, "day", None), ("count", 16100000000, None, None)],
        None,
    ),
    (
        "en",
        "Traders on the floor of the New York Stock Exchange watched the screens in near silence as the numbers came in.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The market has gone from worrying that the Fed is cutting too little to worrying that it is cutting too late," said Graham Tollison, chief investment officer at Stanwick Wealth.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It's unclear whether the hiring slowdown will last or was skewed by winter storms in the Northeast.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Quantrel Semiconductor was a rare bright spot, jumping 11.4% after the chipmaker reported quarterly revenue of $8.7 billion and forecast $9.4 billion for the current quarter.",
        True,
        [("percent", 11.4, "%", None), ("money", 8700000000, "USD", None), ("money", 9400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Quantrel said it would buy back up to $25 billion of its shares over three years.",
        True,
        [("money", 25000000000, "USD", "up_to"), ("duration", 3, "year", None)],
        "Quantrel",
    ),
    ("en", "Its market value climbed to roughly $612 billion.", True, [("money", 612000000000, "USD", "about")], None),
    (
        "en",
        '"Demand for our chips keeps running ahead of what we can build," Chief Executive Victor Lanning said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Health insurer Ostrander Health sank 14% after taking a $1.1 billion charge tied to higher medical costs.",
        True,
        [("percent", 14, "%", None), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Ostrander said it now expects 2026 adjusted earnings of at least $21.50 a share, down from a previous forecast of at least $24.75.",
        True,
        [("year", 2026, None, None), ("money", 21.5, "USD", "at_least"), ("money", 24.75, "USD", "at_least")],
        "Ostrander",
    ),
    (
        "en",
        'Some traders said the sell-off looked "overdone" given that companies are still beating earnings forecasts.',
        False,
        [],
        None,
    ),
    # --- US-Börsen: Jobdaten drücken Dow (dpa-AFX) ---
    (
        "de",
        "New York (dpa-AFX) - Enttäuschende Arbeitsmarktdaten haben die US-Börsen am Freitag deutlich ins Minus gedrückt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Dow Jones Industrial büßte zum Handelsschluss 1,32 Prozent auf 45.790,88 Punkte ein.",
        True,
        [("percent", 1.32, "%", None), ("count", 45790.88, None, None)],
        None,
    ),
    (
        "de",
        "Im Wochenvergleich steht für den Dow damit ein Verlust von 2,4 Prozent zu Buche.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der marktbreite S&P 500 fiel um 1,3 Prozent auf 6.604,21 Punkte, der technologielastige Nasdaq 100 gab um 1,9 Prozent auf 24.012,66 Punkte nach.",
        True,
        [
            ("percent", 1.3, "%", None),
            ("count", 6604.21, None, None),
            ("percent", 1.9, "%", None),
            ("count", 24012.66, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die US-Wirtschaft hatte im Februar lediglich 38.000 neue Stellen geschaffen, Volkswirte hatten mit 135.000 gerechnet.",
        True,
        [("count", 38000, None, None), ("count", 135000, None, None)],
        None,
    ),
    (
        "de",
        "Die Wahrscheinlichkeit einer Zinssenkung der Fed im März sei damit auf über 80 Prozent gestiegen, sagte Zinsstratege Malte Brüggemann von der Hansa Kapital.",
        True,
        [("percent", 80, "%", "over")],
        "Malte Brüggemann",
    ),
    (
        "de",
        "Die Stimmung an der Wall Street sei „so nervös wie seit Monaten nicht“, hieß es aus dem Handel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen den Trend gewannen die Papiere des Chipkonzerns Quantrel mehr als elf Prozent.",
        True,
        [("percent", 11, "%", "over")],
        None,
    ),
    (
        "de",
        "„An der Wall Street hat die Party einen ordentlichen Kater bekommen“, sagte ein Börsianer.",
        False,
        [],
        None,
    ),
    ("de", "Der Euro stieg im New Yorker Handel auf 1,1688 Dollar.", True, [("money", 1.1688, "USD", None)], None),
    (
        "de",
        "Die Rendite zehnjähriger US-Staatsanleihen sank auf 4,01 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 4.01, "%", None)],
        None,
    ),
    # --- Bitcoin extends slide (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Bitcoin fell for a fifth day on Friday, sliding as much as 3.6% to about $71,250 in New York trading.",
        True,
        [("ordinal", 5, None, None), ("percent", 3.6, "%", "up_to"), ("money", 71250, "USD", "about")],
        None,
    ),
    (
        "en",
        "The largest cryptocurrency is down about 39% from its record of $117,400 set in October.",
        True,
        [("percent", 39, "%", "about"), ("money", 117400, "USD", None)],
        None,
    ),
    (
        "en",
        "Ether, the second-biggest token, dropped 5.2% to $2,094.",
        True,
        [("ordinal", 2, None, None), ("percent", 5.2, "%", None), ("money", 2094, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. spot bitcoin exchange-traded funds saw net outflows of about $1.3 billion this week, according to data compiled by Bloomberg.",
        True,
        [("money", 1300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Crypto is trading like a leveraged bet on the Nasdaq right now," said Tobias Renwick, head of research at digital-asset broker Kestrel Markets.',
        False,
        [],
        None,
    ),
    # --- Week ahead: inflation data and the Fed (Reuters) ---
    (
        "en",
        "NEW YORK, March 6 (Reuters) - Investors will turn next week to consumer price data due on Wednesday, ahead of the Fed's meeting on March 17-18.",
        True,
        [("date", "--03-06", None, None), ("date", "--03-17", None, None), ("date", "--03-18", None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters expect annual core CPI inflation to have eased to 2.8% in February.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts expect S&P 500 companies to report first-quarter earnings growth of 6.8%, down from 11.2% expected at the start of January, according to LSEG data.",
        True,
        [("ordinal", 1, None, None), ("percent", 6.8, "%", None), ("percent", 11.2, "%", None)],
        None,
    ),
    (
        "en",
        "Some strategists warned that the sell-off could deepen if next week's inflation figures surprise to the upside.",
        False,
        [],
        None,
    ),
    ("en", "Others argue that a cheaper market is a buying opportunity for long-term investors.", False, [], None),
    ("en", "Investors are left wondering how much damage the tariffs have already done to hiring.", False, [], None),
    # --- Wochenausblick: EZB und US-Inflation im Blick (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Nach der verpatzten Woche erwarten Börsenexperten auch in den kommenden Tagen keine Beruhigung am deutschen Aktienmarkt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Mittelpunkt steht die Zinsentscheidung der EZB am Donnerstag, bereits am Mittwoch werden die US-Verbraucherpreise für Februar veröffentlicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Volkswirte rechnen damit, dass die Teuerung in den USA im Februar auf 2,9 Prozent gesunken ist.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Charttechniker der Bank Valmont sehen die nächste Unterstützung für den Dax bei 22.800 Punkten.",
        False,
        [("count", 22800, None, None)],
        None,
    ),
    (
        "de",
        "„Solange die Zölle wie ein Damoklesschwert über den Märkten hängen, bleibt jede Erholung brüchig“, schrieb Stratege Henning Lautenschläger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anleger sollten jetzt nicht in Panik verfallen, sondern Rücksetzer zum Einstieg nutzen, raten mehrere Vermögensverwalter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Händler hoffen auf ein Signal der Notenbank, dass weitere Zinssenkungen möglich sind.",
        False,
        [],
        None,
    ),
]
