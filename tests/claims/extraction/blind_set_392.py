"""Three-hundred-and-ninety-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and every firm
named is invented; a board member of a real central bank appears under a made-up name that
stands for no real holder (Sayaka Kuriyagawa for the Bank of Japan), and officials by their
role only ("Tokyo's top currency official").

Names: Haruki Enomori, Reiko Utagawa, Bastian Kühnhackl, Gideon Sallowfield, Marlene
Kogelnigg, Darius Kemble-Ortiz, Reto Gschwind, Emilia Scarrow, Henrike Schwanitz, Vikram
Talwalkar, Carola Tiefensee, Dominic Ferrer-Lowe, Lucinda Arrowsmith, Gernot Wastlhuber,
Nadia Strandquist, Jasper Löwenich, Maarten de Vlieger, Sayaka Kuriyagawa, Anselm Pötschke,
Seraina Tönz, Tobias Grell, Hugo Tallentire, Rosalind Avery-Kent, Tomohiro Hanzawa, Lennart
Bruhns, Harriet Moxley, Florian Schmalnauer, Graham Oxenbury, Konstantin Reifschläger,
Eleanor Quayle-Morrow and Ruprecht Brinckmöller, and every unnamed trader, strategist,
analyst, delegate, economist, fund manager and market watcher; the firms Tsukimino
Electronics, Shiraume Securities, Lindholt Rück, Pemberton Vane, Sernau, the Kronfels Bank,
Polzeath Mining, the Ybbstal Bank, Lavanttaler, Corvath Semiconductor, Ravelin Data,
Redstow Research, Sihlgarten, Reppisch (and its drug Oncardis), Saltash Bank, the Elbmarsch
Bank, Ebbsmoor Commodities, Harzquell, Vogelsberg Energie, Kestrelton Bancorp, Perranporth
Partners, Kahlenberg, Fellbrook Wealth, Pellinor Stores, the Schauenburg Bank, Oosterbeek
Bank, the Weidenhof Privatbank, the Isartal Bank, Kamphusen, Mortlake Capital, Kelvane
Systems, Marukita Holdings, Ogikubo Asset Management, Elbkai, the bank Sihltor,
Thistlecombe Homes, Broadgate Securities, Lassnitz, Opekarna Vrhnika, Averleigh Group,
Hollins Row Capital, Haldenfeld Markets, Coverack Wealth and the Hafenkontor Bank are
invented. Made-up names were checked against every file under tests/ and are in use in none
of them. Real exchanges, indexes, benchmarks, central banks, offices, unions, data providers
and places (Dax, MDax, SDax, TecDax, Euro Stoxx 50, Xetra, Euro-Bund-Future, Wiener Börse,
ATX, ATX Prime, prime market, Erste Group, Raiffeisen Centrobank, SMI, SPI, Börse Ljubljana,
Bundesanleihen, Schatzanweisungen, EZB, Opec+, US-Energieministerium, US-Notenbank, IG BCE,
Bundeswehr, ZEW, Ifo, Nikkei, Topix, JGBs, the Bank of Japan, FTSE 100, FTSE 250, gilts,
Bund, Schatz, the European Central Bank, the Finance Agency, STOXX 600, Euro STOXX 50, DAX,
CAC 40, LSEG, Brent, West Texas Intermediate, OPEC+, the American Petroleum Institute, the
World Gold Council, the S&P 500, the Dow Jones Industrial Average, the Nasdaq composite,
Nasdaq 100, the KBW regional bank index, the NYSE, Treasuries, the Federal Reserve, CME
Group's FedWatch tool, the Labor Department, the Commerce Department, Presidents Day, and
the datelines' cities) stand for the way wire copy names them; every level, move, price,
yield, spread, rate, volume, forecast, target, result, probability, date and quote here is
invented, and where a real figure came to mind (a real OPEC+ monthly increase, a real year
of gold's gain, a real index peak) it was changed.

Its weight: STOCK MARKET AND CURRENCY REPORTS, fourth round of market wraps (the
thirty-eighth batch weighed number-dense market reports, the sixty-second financial markets
in depth, the hundred-fifty-fourth stock markets, currencies and commodities over one
Friday, the two-hundred-and-fortieth US business and markets, the two-hundred-and-ninety-
fourth a financial markets day, the three-hundred-and-forty-fifth oil, gas and electricity
markets and the three-hundred-and-fifty-first stock markets, currencies and commodities over
one wire week; the hundred-eighty-second, three-hundred-and-fifty-sixth and
three-hundred-and-eightieth weighed market lines in tickers; their decisions are kept) - one
wire week, Monday, Feb 9, to Friday, Feb 13, as 31 short stories in story order, the German
and English desks interleaved through each day from the Tokyo close to the New York close
and the week-ahead pieces, each told as markets copy runs it (a dateline lead with the move
and its cause, the level, breadth, the movers with their reasons, attributed figures, the
analysts' and traders' quotes and outlooks). German (dpa-AFX, APA, awp, Reuters German;
Austrian "Einheiten" and "prime market", Swiss "13'412,07", "Rappen", «» quotes, German „“
quotes): the Dax opening on Monday with an upgrade and a profit warning, the Vienna close
with a bank and a downgraded insurer, the SMI opening on Tuesday with a watchmaker's results,
the euro with the reference rate, the Dax close with a chemicals maker's quarter and job
cuts, the Vienna close on Wednesday with an insurer's results, Bunds after U.S. inflation,
oil and gold on Thursday with U.S. inventories, the SMI close with a drugmaker's results, the
Dax's first close above 25,000, the Dax opening on Friday with a price-target rise, the
Vienna week with a takeover offer, the Dax close and the week with a closing ticker and a
weekly balance, Wall Street's week in German and the week ahead. English (Reuters, AP, PA):
the Tokyo close on Monday with a chip-tester's guidance, the London record with a miner,
Wall Street on Monday with a chip deal, euro zone bonds and a Bund auction, oil, Wall Street
on Tuesday with a regional lender, gold at a record, Wall Street after the CPI report,
European shares at a record with a Dutch lender's provision, the Tokyo close on Thursday with
JGBs and a BoJ board member, currencies, Wall Street's tech slump, the Tokyo close on Friday
with a buyback, the London week with a housebuilder and a PA index line, the Wall Street week
with a break-up, and the week ahead. Figures as such copy has them: index levels and moves in
points and percent ("Punkte", "Zähler", "Einheiten", "Pkt.", "points"), thresholds and
records („die 25.000-Punkte-Marke“, „bis auf 25.038,44 Punkte“), breadth, share prices and
targets in euros, francs and Rappen, pence, yen and dollars, exchange rates in the priced
currency with the ECB's fixing, the euro-dollar rate both ways, oil per barrel with moves
in cents and „Cent“, gold, silver and platinum per ounce and „Feinunze“, inventories in
barrels, yields with their maturities and moves in basis points, a spread, an auction's
cover, market-implied odds, results, guidance ranges, dividends, buybacks, deals and a
premium, volumes in shares and euros; moves with words and signs („um 0,8 Prozent“, „ein
Plus von rund 2 Prozent“, „mit einem Minus von 5,3 Prozent“, „mit minus 2,9 Prozent“, „um
24 Prozent nach oben“, „gab um ein Viertelprozent nach“, „um gut zweieinhalb Prozent“,
"fell 1.2%", "slipped less than 0.1%", "shed half a percent", "(-35.62, -0.2%)",
„(–0,22 %)“, „SDax −0,3 %“, „Dax +2,2 %“); number words („zwölf im Plus und acht im Minus“,
„Zwölf der 40 Dax-Werte“, „Nur vier der 20 SMI-Werte“, „fünf Basispunkte“, „sechs
wichtigen Währungen“, „auf Sicht von zwölf Monaten“, "Three OPEC+ delegates", "two office
loans", "three listed companies", "two quarter-point cuts", "six sessions", "Ten-year"),
fractions („knapp die Hälfte“, „um ein Drittel mehr“, „mehr als ein Zehntel“, „gut zwei
Drittel“, "about a quarter", "just under a third", "about one in five"), ordinals („in der
ersten Handelsstunde“, „im vierten Quartal“, „der zweite Gewinntag in Folge“, „Zum ersten
Mal“, "a third straight session", "its fourth record close in five sessions", "the first
time in four sessions", "their third weekly gain in a row"), hedges, ranges, years and dates.
Negatives as such copy has them - about a quarter of the rows, none carrying a figure:
analysts', strategists', fund managers' and executives' colour in quotes beside their own
figures, traders' labels and cited reasons, a union's label, verdicts with „halten ... für“,
a reported view with „meinte“, praise, doubts, cautions, warnings without a measure,
forecasts and moods without a figure, watchers' outlooks (one of them a story's lead) and
open questions - each near a check-worthy look-alike from the same story, most often the
same speaker's figure.

243 rows (121 German, 122 English), 58 negatives (29 German, 29 English), 185 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 430 expected quantities (162
percentages - 150 in "%", 10 in basis points "bp", 2 in percentage points "pp" -, 107
counts, 95 amounts of money - 37 USD, 33 EUR, 12 CHF, 10 JPY, 3 GBP -, 20 durations - 12 in
years, 4 in weeks, 2 in months, 2 in days -, 18 ordinals, 14 dates, 7 fractions, 7 years;
none of them in a negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised, punctuation both dropped and read as a space) were reworded before the commit;
none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, mood, verdict, praise, piece of rhetoric, doubt or warning is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fifty-fourth, two-hundred-and-ninety-fourth,
  three-hundred-and-fifty-first); a quoted or reported figure, step, forecast or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-thirty-ninth,
  hundred-fifty-fourth). Pairs from one speaker: Utagawa's 55,000 beside "priced as if the
  cycle can never turn again"; Kühnhackl's target beside „mehr Fragen aufwirft“;
  Sallowfield's tonnes beside "the one commodity"; Kogelnigg's 5.600 Punkte beside „die
  günstigsten in Europa“; Kemble-Ortiz's 4% beside "buying growth"; Gschwind's dividend
  beside «die Talsohle»; Scarrow's 2.55% beside "fallen back in love"; Schwanitz's 1,20
  Dollar beside „angezählt“; Talwalkar's $68 beside "great on a spreadsheet"; Tiefensee's
  1.200 Stellen beside „die alten Rezepte“; Ferrer-Lowe's two loans beside "not a
  pattern"; Arrowsmith's $5,400 beside "no longer needs a crisis"; Wastlhuber's dividend
  beside „wo andere sich zurückgezogen haben“; Strandquist's two cuts beside "the report the
  Fed has been waiting for"; Löwenich's 2,50 Prozent beside „glaubt der EZB ihre Geduld
  nicht mehr“; de Vlieger's 40 basis points beside "take the pain now"; Kuriyagawa's 1%
  beside "perfect data"; Pötschke's 5.200 Dollar beside „Misstrauensvotum“; Tönz's
  Oncardis beside «erst der Anfang»; Grell's 27.000 beside „Runde Marken“; Tallentire's
  $1.20 beside "its best friend"; Avery-Kent's 1,900 positions beside "stop chasing every
  deal"; Hanzawa's 20 trillion yen beside "not a virtue"; Bruhns's 50 Prozent beside „der
  Pulsmesser“; Schmalnauer's 420 Millionen Euro beside „zum Marktführer“; Oxenbury's $95
  beside "waiting years"; Reifschläger's two thirds beside „Hygiene“; Quayle-Morrow's 7,800
  beside "permission to move"; Brinckmöller's 25.800 Punkte beside „schwindelig“.
  Forecasts, targets, consensus figures and market pricing with a figure are check-worthy
  (sixty-second, hundred-fifty-fourth, two-hundred-and-ninety-fourth,
  three-hundred-and-fifty-first): the strategists' index, yield, oil, gold and currency
  forecasts, the rating change with its targets, "Economists polled by Reuters had expected"
  and "... expect", „Analysten hatten im Schnitt mit ... gerechnet“, „Erwartet worden war im
  Schnitt ein Abbau von 1,2 Millionen Barrel“, „Volkswirte rechnen im Schnitt mit“, the
  odds in money markets and futures ("a roughly 40% probability of a quarter-point ECB cut",
  "a roughly 70% chance", „zu knapp 45 Prozent als ausgemacht“, "about 55 basis points of
  rate reductions"), "Three OPEC+ delegates said the group was likely to keep ..." with its
  figure, and Kuriyagawa's rate under a condition (hundred-thirty-first: a projection with
  a figure under a condition). New: „Kogelnigg sagte, sie traue dem ATX bis Jahresende
  5.600 Punkte zu.“ is a forecast with a figure and check-worthy with its speaker -
  „zutrauen“ names a level by a date as "she saw the Nikkei at around 55,000 by December"
  does, unlike a verdict with „halten ... für“ that names none (ninety-eighth).
- Check-worthy without a figure (17 rows; hundred-fiftieth, hundred-fifty-fourth,
  two-hundred-and-fortieth, three-hundred-and-fifty-first): market leads stating a move with
  its direction or its cause and no figure - thirteen German leads of dpa-AFX, APA, awp and
  Reuters German (their datelines carry none) and AP's "Wall Street ended a listless Monday
  with a split result, ...", "Stocks rallied in midday trading on Wednesday ...", "A slump
  in technology stocks dragged Wall Street lower on Thursday, ..." and PA's "The FTSE 100
  ended the week higher on Friday, ...". The week-ahead leads of Reuters (a holiday and a
  release scheduled, with its dateline; hundred-fifty-fourth) and of dpa-AFX's ZEW row (a
  release scheduled, with its date) carry figures.
- Negatives (ninety-eighth, hundred-fifty-fourth, two-hundred-and-fortieth,
  two-hundred-and-ninety-fourth, three-hundred-and-fifty-first), none with a figure: quotes
  of colour from analysts, strategists, fund managers and executives (the pairs above);
  traders' labels („Ein Händler sprach von ...“, „Ein Wiener Händler sprach von ...“), a
  union's label („Die IG BCE kritisierte die Pläne als ...“ - two-hundred-and-fourth:
  "condemned ... as" a label), a reported view („Ein Händler meinte, ...“;
  three-hundred-and-fifty-first), verdicts with „halten ... für“ („Börsianer hielten ... für
  wahrscheinlich“, „Ein Analyst der Erste Group hielt ... für unwahrscheinlich“;
  ninety-eighth), praise („Analysten lobten“), traders' cited reasons („Devisenhändler
  verwiesen auf ...“, „Händler begründeten ...“, „Händler verwiesen auf ...“;
  hundred-forty-ninth, hundred-fifty-fourth), doubts, questions and cautions ("Some traders
  doubted", "Several analysts questioned whether", "Some investors cautioned", "Some
  analysts warned", "Analysts at Broadgate Securities warned", "Some strategists
  cautioned"), a warning naming no measure ("Tokyo's top currency official told reporters
  the government was monitoring the yen "with a strong sense of urgency"";
  hundred-fifty-fourth: "... watching exchange rates with a high sense of urgency."),
  forecasts and moods without a figure ("Some traders said investors were likely to keep
  chasing momentum ...", "Many investors are holding off on big bets ...", "Some fund
  managers said European stocks looked expensive ...", "Some strategists said the sell-off
  looked more like profit-taking ...", „Vor dem Wochenende dürften sich viele Anleger
  zurückhalten, hieß es im Handel.“), watchers' outlooks ("Investors will be watching ...",
  "Investors will also be watching ...", and dpa-AFX's week-ahead lead „... richten die
  Anleger ... ihren Blick auf die Konjunkturdaten der kommenden Tage.“ - a lead made only of
  it is a negative, three-hundred-and-twenty-fourth and three-hundred-and-fifty-first), and
  open questions („Am Ölmarkt wird gerätselt, ob ...“, „Ob die Notenbanker im März ...“, „Ob
  die Rekordjagd weitergeht, ...“).
- Index levels, points and thresholds are counts, index names carry none (sixty-second,
  hundred-fifty-fourth, two-hundred-and-ninety-fourth, three-hundred-and-fifty-first): "at
  52,318.64", „auf 24.612,37 Punkte“, „auf 31.208 Zähler“, „auf 5.214,88 Einheiten“ (APA,
  hundred-fifty-fourth), the Swiss „13'412,07“, „17'902,55“ and „13'598,31“ (tenth),
  "10,284.51", "7,102.58", "612.48 points", "to 97.21" and „auf 97,86 Punkte“ (the dollar
  index), „auf 28,5 Punkte von 22,1 Punkten“ (the ZEW index), "fell 88 points", "added 402
  points", "fell 121.07 points", "rose 146.52 points", "closed up 21.45 points", „mehr als
  100 Punkte höher“ 100 "over", „rund 2.100 Punkte“ "about", the targets „von 25.500 auf
  27.000 Punkte“ (hundred-fifty-fourth: „von 26.000 auf 25.000 Punkte“), "around 55,000"
  "about", "at 7,800", "at an all-time high of 53,181.36" ("all-time high" none). „bis auf
  25.038,44 Punkte“ carries no hedge (hundred-fifty-fourth: "bis auf" names the level
  reached). New: „die 25.000-Punkte-Marke“ is count 25,000 with no hedge - the figure heading
  the compound is read as the issue's "28-Punkte-Entwurf" is, as „unter die Marke von
  24.000 Punkten“ kept its figure without a hedge (three-hundred-and-fifty-first). "Dax",
  "MDax", "SDax", "TecDax", "Euro Stoxx 50", "Euro STOXX 50", "STOXX 600", "ATX", "ATX
  Prime", "SMI", "SPI", "Nikkei", "Topix", "FTSE 100", "FTSE 250", "CAC 40", "S&P 500",
  "Nasdaq 100", "OPEC+", "Opec+", "Dax-Spitze", "Indexspitze", "Schlusslicht",
  "Spitzenwert", "Schwächster Wert", "a record", "Rekordhoch" and "record close" carry none;
  clock times („bis 9.30 Uhr“, "by 0645 GMT", "by 0920 GMT") none. Breadth and other counts
  as written: "1,214 of its components advancing and 358 declining", „Von den 20
  ATX-Werten schlossen zwölf im Plus und acht im Minus.“ 20, 12 and 8 („im Plus“ and „im
  Minus“ after the figure are direction phrases and give no sign, three-hundred-and-
  eighty-second), „Von den 20 SMI-Titeln ... 13 tiefer und 7 höher“, „Nur vier der 20
  SMI-Werte“ („Nur“ no hedge), „Zwölf der 40 Dax-Werte“ (a number word opening the row,
  three-hundredth), „in der kommenden Woche 14 Dax-Konzerne“, "About 60 S&P 500 companies"
  "about", "its fourth record close in five sessions" 4 and 5, "the first time in four
  sessions" 1 and 4, "for six sessions" 6 and "over the last 20 sessions" 20 (a session is
  no duration unit, sixty-second and three-hundred-and-fifty-first), "Three OPEC+
  delegates" 3 (hundred-seventeenth), "two office loans" 2, "three listed companies" and
  "the three parts" 3, "two quarter-point cuts" 2 and 0.25 pp (three-hundred-and-twenty-
  fourth), „zu sechs wichtigen Währungen“ and "with six major peers" 6
  (two-hundred-and-ninety-fourth: „sechs Partnerwährungen“), "by a 2.6-to-1 ratio" 2.6 and
  1 (two-hundred-and-ninety-fourth: "by a 3.1-to-1 ratio"), "bids worth 1.9 times the
  amount on offer" 1.9 (sixty-second), "roughly 1,900 positions" and "some 4,000 job cuts"
  "about" (two-hundred-and-ninety-fourth: "Some" "about"), „rund 1.200 Stellen“ "about".
- Volumes, barrels and tonnes are counts, turnover in a currency is money
  (hundred-fifty-fourth, two-hundred-and-ninety-fourth, three-hundred-and-fifty-first):
  „5,9 Millionen Aktien“, "Roughly 18.2 billion shares ... 17.9 billion" (the hedge on the
  first only), „rund 148 Millionen Euro“ and „rund 4,2 Milliarden Euro“ EUR "about" for
  turnover, "about 3.1 million barrels" "about", "152,000 barrels per day" ("per day"
  none), „um 4,6 Millionen auf 429,3 Millionen Barrel“ (the unit written once serves the
  first figure), „ein Abbau von 1,2 Millionen Barrel“, „Ein Barrel (159 Liter)“ 159
  (hundred-fifty-fourth), "between 410,000 and 440,000 tonnes" (no hedge), "38 tonnes",
  "between 11,500 and 12,000 homes".
- Percentages as written (every batch): moves, levels, shares and odds, with the hedges
  below; „ein Plus von rund 2 Prozent“ 2 "about", „ein Plus von 2,0 Prozent“ 2.0 (trailing
  zero no other value, seventy-first), „mit einem Plus von 7,2 Prozent“ and „mit einem Minus
  von 5,3 Prozent“ unsigned (the noun a direction, eleventh and hundred-fiftieth), „0,22
  Prozent tiefer“ and „1,14 Prozent höher“ unsigned (hundred-first), „mit minus 2,9
  Prozent“ -2.9 ("minus" right before the figure its sign, hundred-fifty-fourth: „mit minus
  7,3 Prozent“), "shed half a percent" 0.5 (three-hundred-and-fifty-first: „ein halbes
  Prozent“), "a premium of roughly 31%" "about", „ein Aufschlag von rund 27 Prozent“
  "about", „mindestens 75 Prozent der Aktien“ "at_least", "4.2% of its outstanding shares",
  „auf 50 Prozent des Nettogewinns“, "1.4% in the holiday quarter", "About 61% of STOXX 600
  companies" "about". New: „um weitere 0,8 Prozent nach oben“, „um 24 Prozent nach oben“ and
  „um fast 19 Prozent nach oben“ are unsigned - „nach oben“ after the figure is a direction
  phrase as „tiefer“ and „im Minus“ are (three-hundred-and-eighty-second), and „weitere“
  is no hedge. New: „gab um ein Viertelprozent nach“ is 0.25 % - the fraction word heading
  „Prozent“ in one word is a quarter of the unit written, as „ein halbes Prozent“ is 0.5 %
  (three-hundred-and-fifty-first) and „Viertelprozentpunkt“ 0.25 pp (two-hundred-and-
  ninety-fourth). New: „um gut zweieinhalb Prozent“ is 2.5 % "over" - „zweieinhalb“ read as
  2.5 as in „zweieinhalbstündigen“ (three-hundred-and-eighty-eighth), „gut“ the hedge
  (sixty-second). Basis points are "bp" and a quarter point of a rate "pp" (sixty-second,
  two-hundred-and-ninety-fourth, three-hundred-and-fifty-first): "3 basis points", "4
  basis points", "five basis points" (a number word, two-hundred-and-ninety-fourth: „fünf
  Basispunkte“), "6 basis points", "2.5 basis points", "to 78 basis points" for a spread
  (two-hundred-and-seventeenth), "by about 40 basis points" "about", "about 55 basis
  points of rate reductions" "about", „um fünf Basispunkte“, „um sechs Basispunkte“; "a
  quarter-point ECB cut" and "two quarter-point cuts" 0.25 pp.
- Signs in market lines (hundred-eighty-second, three-hundred-and-fifty-sixth,
  three-hundred-and-eightieth, three-hundred-and-eighty-second): a glued minus is the sign,
  "+" and direction words give none. "FTSE 250: 22,918.40 (-35.62, -0.2%)" gives the level,
  the points change -35.62 and -0.2 % (three-hundred-and-eightieth: PA's "FTSE 100: 9,412.55
  (+37.20, +0.4%)"); „Schlussstand: Dax 24.960,95 Pkt. (–0,22 %) | MDax 31.440,12 Pkt. (–0,50
  %) | TecDax 3.912,48 Pkt. (+0,12 %) | Euro Stoxx 50 5.889,31 Pkt. (–0,39 %)“ four levels and
  -0.22, -0.5, 0.12 and -0.39 - the en dash set right before a figure is the minus
  (three-hundred-and-eighty-second), "Pkt." and "Schlussstand:" carry nothing
  (three-hundred-and-eightieth); „Wochenbilanz: Dax +2,2 % | MDax +0,9 % | SDax −0,3 % |
  Euro Stoxx 50 +1,4 %“ 2.2, 0.9, -0.3 (the typographic minus U+2212,
  two-hundred-and-fifty-first) and 1.4 (three-hundred-and-fifty-sixth: "Wochenbilanz: Dax
  -2,3 % | ..."). Both lines are check-worthy without a speaker.
- Maturities are durations in years (sixty-second, two-hundred-and-ninety-fourth,
  three-hundred-and-fifty-first): "10-year gilts", "10-year Bund yield", "two-year Schatz
  yield", "Italy's 10-year yield", "a 10-year Bund maturing in 2036" (10 years and the year -
  the maturity written as well as the year, while „eine bis 2036 laufende Bundesanleihe“
  gave the year only, two-hundred-and-ninety-fourth), "the 10-year yield", "The 10-year
  Treasury yield", "Ten-year JGB yields" (three-hundred-and-fifty-first: "Ten-year gilt
  yields"), „zehnjähriger Bundesanleihen“, „bei den zweijährigen Schatzanweisungen“, „die
  zehnjährige Rendite“.
- Exchange rates are money in the priced currency (sixty-second, hundred-fifty-fourth,
  two-hundred-and-ninety-fourth, three-hundred-and-fifty-first): "157.42 per dollar" and
  "155.88 per dollar" after "The yen" JPY, "0.7963 per dollar" after "the Swiss franc" CHF,
  "$1.3618", "$1.3709" and "$1.3694" after "Sterling" USD and "1.1652 euros" EUR, "$1.1752"
  after "The euro" USD; „auf 1,1684 Dollar“ USD, „knapp unter 1,17 Dollar“ 1.17 USD "under"
  (three-hundred-and-fifty-first: „auf knapp unter 156 Yen“), „auf 1,1691 (Montag: 1,1722)
  Dollar“ both USD, „der Dollar kostete damit 0,8553 Euro“ EUR (hundred-fifty-fourth: „der
  Dollar hatte damit 0,8612 Euro gekostet“), „bei 0,9312 Franken“ CHF, „bei 0,8579 Pfund“
  GBP; the forecasts „bei 1,20 Dollar“ and "to reach $1.20" USD
  (two-hundred-and-ninety-fourth: a forecast rate is money). "Every one-yen fall against the
  dollar" is 1 JPY (three-hundred-and-fifty-first: "Every one-yen rise").
- Unit prices are money and the unit after "a", "per", "an", „je“ carries none
  (sixty-second, three-hundred-and-forty-fifth, three-hundred-and-fifty-first): "$71.38 a
  barrel", "$67.74", "$68 a barrel", "above $70 a barrel" 70 "over" ("above" right before
  the figure, three-hundred-and-fifty-sixth), „70,46 US-Dollar“, „66,81 Dollar“, "$4,962.40
  per ounce", "$4,981.15", "$5,400 an ounce", "$61.07 an ounce", "$1,702.35", „4.948 Dollar“
  („Eine Feinunze“ none), „rund 33 Dollar weniger als das ... Rekordhoch“ "about" („weniger
  als“ after the figure compares), „5.200 Dollar je Feinunze“; moves in cents and „Cent“ as
  USD hundredths in rows that price in dollars ("64 cents", "58 cents", „92 Cent“;
  hundred-fifty-fourth); „um 35 Rappen“ 0.35 CHF (three-hundred-and-forty-fifth); pence as
  GBP hundredths ("1,846 pence" 18.46, "412.6p" 4.126; hundred-twenty-sixth,
  two-hundred-and-ninety-fourth). „zur April-Lieferung“, "Brent", "WTI" and „US-Leichtöl“
  none.
- Money in the currency written (every batch): share prices, targets, results, guidance,
  dividends, buybacks, deals, provisions and an offer - EUR („auf 312,40 Euro“, „von 290
  auf 365 Euro“, „von 27 auf 19 Euro“ and „von 58 auf 75 Euro“ both - the currency written
  once serves, seventy-sixth and hundred-fifty-fourth -, „von 140 bis 160 Millionen Euro,
  nach zuvor 210 Millionen Euro“ three amounts, „612 Millionen Euro ..., ... mit 690
  Millionen“ EUR for the later figure (hundred-seventeenth), „1,06 Milliarden Euro“, „auf
  knapp 15 Milliarden Euro“ "nearly", „auf 2,10 Euro je Aktie ..., nach 1,85 Euro“, „im
  Volumen von 1,4 Milliarden Euro“ no hedge, „für 38,50 Euro je Aktie“, „mit rund 420
  Millionen Euro“ "about", "820 million euros" and "4.5 billion euros" in English copy), CHF
  („auf 84,20 Franken“, „auf 2,31 Milliarden Franken“, „von 1,10 Franken je Aktie ..., nach
  1,45 Franken“, „4,82 Milliarden Franken“, „von bis zu 3 Milliarden Franken“ "up_to", „mehr
  als 1 Milliarde Franken“ "over"), JPY ("6,930 yen", "265 billion yen", "roughly 2.3 billion
  yen" "about", "up to 300 billion yen" "up_to", "to 120 yen from 100 yen", "to top 20
  trillion yen" with no hedge - "top" a verb, two-hundred-and-ninety-fourth: "topping 1,000
  tonnes"), USD ("up to $2 billion" "up_to", "$7.9 billion in cash, or $46 a share", "up to
  $240 million" "up_to", "$2.31 billion to $2.35 billion" both, "the $2.42 billion analysts
  had expected" ("below the" before an article no hedge, hundred-fifty-fourth), "about $1.2
  billion" "about", "at least $95 a share" "at_least", "$74.10").
- Fractions (the issue; hundred-fifty-fourth, two-hundred-and-ninety-fourth): "by about a
  quarter" 0.25 "about", „knapp die Hälfte davon“ 0.5 "nearly" (two-hundred-and-fourth:
  „Knapp die Hälfte“), „um ein Drittel mehr als im Monatsschnitt“ 0.3333 („um“ no hedge,
  „mehr als“ after the share compares), "just under a third" 0.3333 "under"
  (three-hundredth: "just under"), "Only about one in five S&P 500 members" 0.2 "about"
  ("Only" no hedge; two-hundred-and-forty-fourth: "Nearly one in seven"), „mehr als ein
  Zehntel ihres Börsenwerts“ 0.1 "over", „gut zwei Drittel der Dax-Unternehmen“ 0.6667
  "over" (hundred-fifty-fourth: „Gut zwei Drittel der Dax-Mitglieder“).
- Durations (the issue; every batch): "its softest level in nearly three weeks" 3 weeks
  "nearly", „so niedrig wie seit vier Wochen nicht mehr“ 4 weeks, "its lowest level in about
  two months" 2 months "about", „unter seine 200-Tage-Linie“ 200 days
  (hundred-fifty-fourth), "a 52-week low" 52 weeks, "their biggest one-day gain in more than
  15 years" 1 day and 15 years "over" (two-hundred-and-ninety-fourth: "their biggest one-day
  fall"; hundred-fifty-fourth: "in more than 11 years"), „auf Sicht von zwölf Monaten“ 12
  months (three-hundred-and-fifty-first), "over the first six weeks of trading" ordinal 1 and
  6 weeks ("over" before a span no hedge; two-hundred-and-fortieth: "the first nine
  months"). None: „in der vergangenen Woche“, „in der kommenden Woche“, „Auf Wochensicht“,
  „auf Wochensicht“, „Seit Jahresbeginn“, „bis Jahresende“, „zum Jahresende“, „im
  Vorjahr“, „für das Jahr davor“, „für das vergangene Jahr“, „im Monatsschnitt“, „am
  Vortag“, „am Vorabend“, „Dienstagmorgen“, „am Sonntagabend“, „am Mittwochabend“, „vor dem
  Wochenende“, „in den kommenden Tagen“, „der kommenden Tage“, "in more than a year" (an
  article, three-hundredth), "last week's", "this year", "so far this year", "last year",
  "last month", "since the start of the year", "full-year", "annual", "year-end", "by
  mid-year", "a year earlier", "a day earlier", "for the week", "a weekly gain", "a weekly
  rise", "the holiday quarter", "next week", weekdays, months ("in January", "in December",
  "by December", "before July", "by June", "before the end of June", „bis Juni“, „im März“,
  „bis Ende März“, „seit Mitte Dezember“, „im Januar“, "since late September") and clock
  times.
- Ordinals (the issue: "das sechste Treffen"; every batch): „in der ersten Handelsstunde“ 1
  (two-hundred-and-ninety-fourth), „im vierten Quartal“ 4 (twice), "fourth-quarter" 4
  (twice), "first-quarter" and "in the first quarter" 1, "in the second quarter" 2, "in its
  first full year" 1, "for a third straight session" 3, "for a second day" 2 (twice),
  "its fourth record close" 4, "for the first time in four sessions" 1, „der zweite
  Gewinntag in Folge“ 2 (sixty-second: „den dritten Gewinntag in Folge“), „Zum ersten Mal“
  1 (the issue: "zum zweiten Mal"), "their third weekly gain in a row" 3
  (hundred-fifty-fourth: "its third weekly loss in a row"). „erstmals“ none (forty-first).
- Years and dates: „für 2026“, „Für 2026“, „für 2025“, „bis Ende 2027“, "by the end of
  2027", "the tightest since 2010", "maturing in 2036" the years; "in the week ended Feb. 6"
  --02-06 and „Am 17. Februar“ --02-17 (two-hundred-and-ninety-fourth: a German day-and-month
  date without a year); Reuters English datelines with a day ("TOKYO, Feb 9", "LONDON, Feb
  9", "LONDON, Feb 10", "SINGAPORE, Feb 10", "NEW YORK, Feb 10", "LONDON, Feb 11" twice,
  "TOKYO, Feb 12", "NEW YORK, Feb 12", "TOKYO, Feb 13", "NEW YORK, Feb 13" twice) dates
  without a year (hundred-fifty-fourth, three-hundred-and-fifty-first); dpa-AFX
  ("FRANKFURT (dpa-AFX) -", "NEW YORK (dpa-AFX) -"), APA ("Wien (APA) -"), awp ("Zürich
  (awp) -"), Reuters German ("Frankfurt (Reuters) -"), PA ("LONDON (PA) -") and AP ("NEW
  YORK (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, "about", "About", "around", "roughly", "Roughly",
  "some" "about"; „knapp“ (before a figure or a share), „fast“, "nearly", "almost"
  "nearly"; „gut“, „mehr als“, "more than", "above" "over"; „knapp unter“, "less than",
  "just under" "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, "at least"
  "at_least". No hedge: „nur noch“, „Nur“, "Only", „zuletzt“, „zeitweise“, „weitere“, „im
  Schnitt“, „Insgesamt“, „im Volumen von“, „bis auf“, „auf Sicht von“, "a record", "top",
  "between ... and", the "to" and „bis“ of a range, „höher“, „tiefer“, „nach oben“ and
  „weniger als“ after a figure, "below the" before an article.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Unternehmen am Sonntagabend mit“ -> "das Unternehmen" (the time dropped,
  two-hundred-and-ninety-fourth: „am Mittwochabend“), „teilte die Wiener Börse mit“ -> "die
  Wiener Börse" and „teilte das US-Energieministerium am Mittwochabend mit“ -> "das
  US-Energieministerium" as written with the article (three-hundred-and-fifty-first), „laut
  Wiener Börse“ -> "Wiener Börse" as written (hundred-fifty-fourth); „X sagte, ...“ with the
  office, the occasion, the time and the bank dropped („Konzernchef Reto Gschwind sagte an
  der Bilanzmedienkonferenz“, „Devisenexpertin Henrike Schwanitz von der Elbmarsch Bank
  sagte“, „Finanzvorständin Carola Tiefensee sagte“, „Vorstandschef Gernot Wastlhuber
  sagte“, „Zinsstratege Jasper Löwenich von der Schauenburg Bank sagte“, „Rohstoffexperte
  Anselm Pötschke von der Weidenhof Privatbank sagte“, „Konzernchefin Seraina Tönz sagte“,
  „Aktienstratege Tobias Grell von der Isartal Bank sagte“, „Elbkai-Chef Lennart Bruhns
  sagte am Vorabend“, „Lassnitz-Chef Florian Schmalnauer sagte“, „Kapitalmarktstratege
  Ruprecht Brinckmöller von der Hafenkontor Bank sagte“; hundred-fifty-fourth,
  two-hundred-and-ninety-fourth, three-hundred-and-fifty-first) and the surname opening the
  row („Kühnhackl sagte“, „Kogelnigg sagte“, „Reifschläger sagte“; forty-second). English:
  the name with the office dropped ("Tsukimino Chief Financial Officer Haruki Enomori told
  reporters", "Chief Executive Gideon Sallowfield said", "Chief Financial Officer Dominic
  Ferrer-Lowe told analysts", "Chief Financial Officer Maarten de Vlieger told analysts",
  "Bank of Japan board member Sayaka Kuriyagawa said", "Chief Executive Rosalind Avery-Kent
  said"; two-hundred-and-ninety-fourth, three-hundred-and-fifty-first), the surname opening
  the row ("Utagawa said", "Kemble-Ortiz said", "Scarrow said", "Talwalkar said",
  "Arrowsmith said", "Strandquist said", "Tallentire said", "Hanzawa said", "Oxenbury said",
  "Quayle-Morrow said"; hundred-fiftieth), a firm at the head of reported speech as written
  ("Averleigh said"; two-hundred-and-fortieth, three-hundred-and-fifty-first) and "..., the
  Labor Department said." with its article (hundred-fifty-fourth,
  three-hundred-and-fifty-first). Left unchecked (None): all negatives, also those with a
  named speaker ("said Reiko Utagawa, ...", „sagte Schwanitz“, "Kuriyagawa said", "chief
  executive Harriet Moxley said"); "after the copper producer said", "after the Ohio-based
  lender said", "after the discount retailer said", "after the housebuilder said" and "after
  the industrial conglomerate said" (three-hundred-and-fifty-first: "after the chipmaker
  said"); "Three OPEC+ delegates said" and "..., market sources said." (plural and anonymous
  sources, hundred-seventeenth, three-hundred-and-fifty-first), "Economists polled by
  Reuters", „Analysten hatten“, „Volkswirte rechnen“, „Erwartet worden war“ (estimating
  verbs and plural groups, forty-first), "Thistlecombe expects", "Marukita also plans" and
  „Das Kursziel hoben die Analysten ... an“ (acts and estimating verbs, no verbs of saying;
  hundred-fifty-fourth: "Hohenfels erwartet", „Die Strategen ... senkten“), "Industry data from the American
  Petroleum Institute showed", "CME Group's FedWatch tool showed", "World Gold Council data
  showed" (data, two-hundred-and-ninety-fourth), "according to the Finance Agency" and
  "according to LSEG data" (every "according to", two-hundred-and-fourth), and rows
  without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_392 = [
    # --- Tokyo close (Reuters), Monday, Feb 9 ---
    (
        "en",
        "TOKYO, Feb 9 (Reuters) - Japanese shares rose on Monday, with the Nikkei share average closing up 1.1% at 52,318.64, as a weaker yen lifted exporters and chip-related stocks extended last week's rally.",
        True,
        [("date", "--02-09", None, None), ("percent", 1.1, "%", None), ("count", 52318.64, None, None)],
        None,
    ),
    (
        "en",
        "The broader Topix gained 0.7% to 3,512.09, with 1,214 of its components advancing and 358 declining.",
        True,
        [
            ("percent", 0.7, "%", None),
            ("count", 3512.09, None, None),
            ("count", 1214, None, None),
            ("count", 358, None, None),
        ],
        None,
    ),
    (
        "en",
        "Tsukimino Electronics jumped 8.4% to 6,930 yen after the chip-testing equipment maker raised its full-year operating profit forecast by about a quarter to 265 billion yen.",
        True,
        [
            ("percent", 8.4, "%", None),
            ("money", 6930, "JPY", None),
            ("fraction", 0.25, None, "about"),
            ("money", 265000000000, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "The yen weakened to 157.42 per dollar, its softest level in nearly three weeks.",
        True,
        [("money", 157.42, "JPY", None), ("duration", 3, "week", "nearly")],
        None,
    ),
    (
        "en",
        "Every one-yen fall against the dollar adds roughly 2.3 billion yen to annual operating profit, Tsukimino Chief Financial Officer Haruki Enomori told reporters.",
        True,
        [("money", 1, "JPY", None), ("money", 2300000000, "JPY", "about")],
        "Haruki Enomori",
    ),
    (
        "en",
        '"Chip stocks are being priced as if the cycle can never turn again," said Reiko Utagawa, chief equity strategist at Shiraume Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Utagawa said she saw the Nikkei at around 55,000 by December.",
        True,
        [("count", 55000, None, "about")],
        "Utagawa",
    ),
    (
        "en",
        "Some traders said investors were likely to keep chasing momentum until the Bank of Japan's next policy meeting.",
        False,
        [],
        None,
    ),
    # --- Frankfurt opening (dpa-AFX), Monday, Feb 9 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Mit deutlichen Kursgewinnen hat der Dax die neue Handelswoche eröffnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der deutsche Leitindex stieg in der ersten Handelsstunde um 0,8 Prozent auf 24.612,37 Punkte und näherte sich damit wieder seinem Rekordhoch.",
        True,
        [("ordinal", 1, None, None), ("percent", 0.8, "%", None), ("count", 24612.37, None, None)],
        None,
    ),
    (
        "de",
        "Der Index der mittelgroßen Werte MDax kletterte um 0,5 Prozent auf 31.208 Zähler, für den Euro Stoxx 50 ging es um 0,6 Prozent aufwärts.",
        True,
        [("percent", 0.5, "%", None), ("count", 31208, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "de",
        "An der Dax-Spitze zogen die Aktien des Rückversicherers Lindholt Rück um 3,6 Prozent auf 312,40 Euro an, nachdem die Investmentbank Pemberton Vane sie von „Halten“ auf „Kaufen“ hochgestuft hatte.",
        True,
        [("percent", 3.6, "%", None), ("money", 312.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Kursziel hoben die Analysten von 290 auf 365 Euro an.",
        True,
        [("money", 290, "EUR", None), ("money", 365, "EUR", None)],
        None,
    ),
    ("de", "Ein Händler sprach von einer „längst überfälligen Neubewertung“ der Branche.", False, [], None),
    (
        "de",
        "Am anderen Ende verloren die Papiere des Kabelherstellers Sernau nach einer Gewinnwarnung gut 11 Prozent auf 18,26 Euro.",
        True,
        [("percent", 11, "%", "over"), ("money", 18.26, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sernau rechnet für 2026 nur noch mit einem operativen Ergebnis von 140 bis 160 Millionen Euro, nach zuvor 210 Millionen Euro, teilte das Unternehmen am Sonntagabend mit.",
        True,
        [
            ("year", 2026, None, None),
            ("money", 140000000, "EUR", None),
            ("money", 160000000, "EUR", None),
            ("money", 210000000, "EUR", None),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "„Das ist ein Ausblick, der mehr Fragen aufwirft, als er beantwortet“, sagte Aktienanalyst Bastian Kühnhackl von der Kronfels Bank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kühnhackl sagte, er senke sein Kursziel für Sernau von 27 auf 19 Euro.",
        True,
        [("money", 27, "EUR", None), ("money", 19, "EUR", None)],
        "Kühnhackl",
    ),
    # --- London close (Reuters), Monday, Feb 9 ---
    (
        "en",
        "LONDON, Feb 9 (Reuters) - Britain's FTSE 100 closed at a record high on Monday, led by miners as copper prices climbed to their highest in more than a year.",
        True,
        [("date", "--02-09", None, None)],
        None,
    ),
    (
        "en",
        "The blue-chip index rose 0.6% to 10,284.51, while the domestically focused FTSE 250 added 0.3%.",
        True,
        [("percent", 0.6, "%", None), ("count", 10284.51, None, None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Polzeath Mining gained 4.2% to 1,846 pence after the copper producer said it would return up to $2 billion to shareholders through a share buyback.",
        True,
        [("percent", 4.2, "%", None), ("money", 18.46, "GBP", None), ("money", 2000000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Chief Executive Gideon Sallowfield said Polzeath expected to produce between 410,000 and 440,000 tonnes of copper this year.",
        True,
        [("count", 410000, None, None), ("count", 440000, None, None)],
        "Gideon Sallowfield",
    ),
    (
        "en",
        '"Copper is the one commodity where the supply story is even better than the demand story," Sallowfield told analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling slipped 0.2% to $1.3618, and the yield on 10-year gilts rose 3 basis points to 4.52%.",
        True,
        [
            ("percent", 0.2, "%", None),
            ("money", 1.3618, "USD", None),
            ("duration", 10, "year", None),
            ("percent", 3, "bp", None),
            ("percent", 4.52, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Investors will be watching the growth figures due on Thursday for signs the economy has lost momentum.",
        False,
        [],
        None,
    ),
    # --- Vienna close (APA), Monday, Feb 9 ---
    (
        "de",
        "Wien (APA) - Mit einem kleinen Plus ist die Wiener Börse am Montag aus dem Handel gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex ATX stieg um 0,31 Prozent auf 5.214,88 Einheiten, der breiter gefasste ATX Prime legte um 0,28 Prozent auf 2.598,40 Punkte zu.",
        True,
        [
            ("percent", 0.31, "%", None),
            ("count", 5214.88, None, None),
            ("percent", 0.28, "%", None),
            ("count", 2598.4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Von den 20 ATX-Werten schlossen zwölf im Plus und acht im Minus.",
        True,
        [("count", 20, None, None), ("count", 12, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Gefragt waren die Aktien der Ybbstal Bank, die um 2,9 Prozent auf 58,70 Euro zulegten.",
        True,
        [("percent", 2.9, "%", None), ("money", 58.7, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Versicherer Lavanttaler büßte dagegen nach einer Abstufung durch die Erste Group 1,8 Prozent auf 41,12 Euro ein.",
        True,
        [("percent", 1.8, "%", None), ("money", 41.12, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz im prime market belief sich auf rund 148 Millionen Euro, teilte die Wiener Börse mit.",
        True,
        [("money", 148000000, "EUR", "about")],
        "die Wiener Börse",
    ),
    ("de", "Ein Wiener Händler sprach von einem „Montag ohne große Impulse“.", False, [], None),
    (
        "de",
        "„Österreichische Banken sind nach wie vor die günstigsten in Europa“, sagte Marlene Kogelnigg, Analystin bei der Raiffeisen Centrobank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kogelnigg sagte, sie traue dem ATX bis Jahresende 5.600 Punkte zu.",
        True,
        [("count", 5600, None, None)],
        "Kogelnigg",
    ),
    # --- Wall Street close (AP), Monday, Feb 9 ---
    (
        "en",
        "NEW YORK (AP) — Wall Street ended a listless Monday with a split result, as Big Tech gains made up for losses among banks and energy producers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 slipped less than 0.1%, the Dow Jones Industrial Average fell 88 points, or 0.2%, and the Nasdaq composite rose 0.3%.",
        True,
        [
            ("percent", 0.1, "%", "under"),
            ("count", 88, None, None),
            ("percent", 0.2, "%", None),
            ("percent", 0.3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Corvath Semiconductor climbed 5.7% after it agreed to buy software company Ravelin Data for $7.9 billion in cash, or $46 a share.",
        True,
        [("percent", 5.7, "%", None), ("money", 7900000000, "USD", None), ("money", 46, "USD", None)],
        None,
    ),
    (
        "en",
        "The offer is a premium of roughly 31% to Ravelin's closing price on Friday, and Ravelin soared 27.2%.",
        True,
        [("percent", 31, "%", "about"), ("percent", 27.2, "%", None)],
        None,
    ),
    (
        "en",
        '"Corvath is buying growth because it can no longer build it fast enough," said Darius Kemble-Ortiz, an analyst at Redstow Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kemble-Ortiz said the deal should add about 4% to Corvath's earnings per share in its first full year.",
        True,
        [("percent", 4, "%", "about"), ("ordinal", 1, None, None)],
        "Kemble-Ortiz",
    ),
    (
        "en",
        "Treasuries firmed slightly, pulling the 10-year yield down to 4.18% from 4.21% late Friday.",
        True,
        [("duration", 10, "year", None), ("percent", 4.18, "%", None), ("percent", 4.21, "%", None)],
        None,
    ),
    ("en", "Many investors are holding off on big bets ahead of Wednesday's inflation report.", False, [], None),
    # --- Zurich opening (awp), Tuesday, Feb 10 ---
    ("de", "Zürich (awp) - Leichte Abgaben prägen am Dienstagmorgen das Bild an der Schweizer Börse.", True, [], None),
    (
        "de",
        "Der Leitindex SMI sank bis 9.30 Uhr um 0,26 Prozent auf 13'412,07 Punkte, der breite SPI gab 0,21 Prozent auf 17'902,55 Zähler nach.",
        True,
        [
            ("percent", 0.26, "%", None),
            ("count", 13412.07, None, None),
            ("percent", 0.21, "%", None),
            ("count", 17902.55, None, None),
        ],
        None,
    ),
    (
        "de",
        "Von den 20 SMI-Titeln notierten 13 tiefer und 7 höher.",
        True,
        [("count", 20, None, None), ("count", 13, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktien des Uhrenherstellers Sihlgarten brachen um 6,8 Prozent auf 84,20 Franken ein, nachdem das Unternehmen für 2025 einen Umsatzrückgang von 9 Prozent auf 2,31 Milliarden Franken gemeldet hatte.",
        True,
        [
            ("percent", 6.8, "%", None),
            ("money", 84.2, "CHF", None),
            ("year", 2025, None, None),
            ("percent", 9, "%", None),
            ("money", 2310000000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Konzernchef Reto Gschwind sagte an der Bilanzmedienkonferenz, der Verwaltungsrat schlage eine Dividende von 1,10 Franken je Aktie vor, nach 1,45 Franken im Vorjahr.",
        True,
        [("money", 1.1, "CHF", None), ("money", 1.45, "CHF", None)],
        "Reto Gschwind",
    ),
    ("de", "«Wir sehen die Talsohle in China erreicht, aber noch nicht hinter uns», sagte Gschwind.", False, [], None),
    (
        "de",
        "Gesucht waren dagegen die Namenaktien des Pharmakonzerns Reppisch, die um 35 Rappen auf 41,85 Franken stiegen.",
        True,
        [("money", 0.35, "CHF", None), ("money", 41.85, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ein Händler meinte, die Uhrenbranche bleibe «ein Schwellenland-Geschäft mit Schweizer Kosten».",
        False,
        [],
        None,
    ),
    # --- Euro zone bonds (Reuters), Tuesday, Feb 10 ---
    (
        "en",
        "LONDON, Feb 10 (Reuters) - Euro zone government bond yields edged lower on Tuesday after a weaker-than-expected German business survey revived bets on another European Central Bank rate cut.",
        True,
        [("date", "--02-10", None, None)],
        None,
    ),
    (
        "en",
        "Germany's benchmark 10-year Bund yield was down 4 basis points at 2.71%, and the two-year Schatz yield lost five basis points to 2.08%.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 4, "bp", None),
            ("percent", 2.71, "%", None),
            ("duration", 2, "year", None),
            ("percent", 5, "bp", None),
            ("percent", 2.08, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Italy's 10-year yield slipped 6 basis points to 3.49%, narrowing its gap over Bunds to 78 basis points, the tightest since 2010.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 6, "bp", None),
            ("percent", 3.49, "%", None),
            ("percent", 78, "bp", None),
            ("year", 2010, None, None),
        ],
        None,
    ),
    (
        "en",
        "Pricing in euro money markets implied a roughly 40% probability of a quarter-point ECB cut before July, up from about 25% on Friday.",
        True,
        [("percent", 40, "%", "about"), ("percent", 0.25, "pp", None), ("percent", 25, "%", "about")],
        None,
    ),
    (
        "en",
        '"The market has fallen back in love with the idea of a final cut," said Emilia Scarrow, head of rates strategy at Saltash Bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scarrow said she expected the Bund yield to fall to 2.55% by mid-year.",
        True,
        [("percent", 2.55, "%", None)],
        "Scarrow",
    ),
    (
        "en",
        "Germany sold 4.5 billion euros of a 10-year Bund maturing in 2036, with bids worth 1.9 times the amount on offer, according to the Finance Agency.",
        True,
        [
            ("money", 4500000000, "EUR", None),
            ("duration", 10, "year", None),
            ("year", 2036, None, None),
            ("count", 1.9, None, None),
        ],
        None,
    ),
    ("en", "Some traders doubted the ECB would move again before the summer.", False, [], None),
    # --- Currencies (Reuters German), Tuesday, Feb 10 ---
    ("de", "Frankfurt (Reuters) - Der Euro hat am Dienstag zum Dollar leicht nachgegeben.", True, [], None),
    (
        "de",
        "Die Gemeinschaftswährung verbilligte sich um 0,2 Prozent auf 1,1684 Dollar, nachdem sie am Montag zeitweise knapp unter 1,17 Dollar notiert hatte.",
        True,
        [("percent", 0.2, "%", None), ("money", 1.1684, "USD", None), ("money", 1.17, "USD", "under")],
        None,
    ),
    (
        "de",
        "Den Referenzkurs legte die EZB am Dienstag auf 1,1691 (Montag: 1,1722) Dollar fest, der Dollar kostete damit 0,8553 Euro.",
        True,
        [("money", 1.1691, "USD", None), ("money", 1.1722, "USD", None), ("money", 0.8553, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zum Schweizer Franken notierte der Euro bei 0,9312 Franken, zum britischen Pfund bei 0,8579 Pfund.",
        True,
        [("money", 0.9312, "CHF", None), ("money", 0.8579, "GBP", None)],
        None,
    ),
    (
        "de",
        "Der Dollar-Index, der den Greenback zu sechs wichtigen Währungen misst, stieg um 0,2 Prozent auf 97,86 Punkte.",
        True,
        [("count", 6, None, None), ("percent", 0.2, "%", None), ("count", 97.86, None, None)],
        None,
    ),
    (
        "de",
        "Devisenexpertin Henrike Schwanitz von der Elbmarsch Bank sagte, sie erwarte den Euro zum Jahresende bei 1,20 Dollar.",
        True,
        [("money", 1.2, "USD", None)],
        "Henrike Schwanitz",
    ),
    ("de", "„Der Dollar ist angezählt, aber noch lange nicht am Boden“, sagte Schwanitz.", False, [], None),
    ("de", "Devisenhändler verwiesen auf die Zurückhaltung vor den US-Inflationsdaten am Mittwoch.", False, [], None),
    # --- Oil (Reuters), Tuesday, Feb 10 ---
    (
        "en",
        "SINGAPORE, Feb 10 (Reuters) - Oil prices rose for a third straight session on Tuesday, supported by signs of tighter supply from the Middle East and a drop in U.S. crude stockpiles.",
        True,
        [("date", "--02-10", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures climbed 64 cents, or 0.9%, to $71.38 a barrel by 0645 GMT, and U.S. West Texas Intermediate crude gained 58 cents, or 0.9%, to $67.74.",
        True,
        [
            ("money", 0.64, "USD", None),
            ("percent", 0.9, "%", None),
            ("money", 71.38, "USD", None),
            ("money", 0.58, "USD", None),
            ("percent", 0.9, "%", None),
            ("money", 67.74, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Industry data from the American Petroleum Institute showed U.S. crude stocks shrinking by about 3.1 million barrels in the week ended Feb. 6, market sources said.",
        True,
        [("count", 3100000, None, "about"), ("date", "--02-06", None, None)],
        None,
    ),
    (
        "en",
        "Three OPEC+ delegates said the group was likely to keep its planned output increase of 152,000 barrels per day for March.",
        True,
        [("count", 3, None, None), ("count", 152000, None, None)],
        None,
    ),
    (
        "en",
        '"The oversupply story looks great on a spreadsheet and much less convincing at the port," said Vikram Talwalkar, head of energy research at Ebbsmoor Commodities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Talwalkar said he expected Brent to average $68 a barrel in the second quarter.",
        True,
        [("money", 68, "USD", None), ("ordinal", 2, None, None)],
        "Talwalkar",
    ),
    (
        "en",
        "Brent has gained almost 9% since the start of the year and has held above $70 a barrel for six sessions.",
        True,
        [("percent", 9, "%", "nearly"), ("money", 70, "USD", "over"), ("count", 6, None, None)],
        None,
    ),
    # --- Frankfurt close (dpa-AFX), Tuesday, Feb 10 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Nach einem zähen Handelstag ist der Dax am Dienstag knapp im Minus aus dem Handel gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex verlor zum Xetra-Schluss 0,14 Prozent auf 24.571,90 Punkte, nachdem er am Vormittag zeitweise mehr als 100 Punkte höher notiert hatte.",
        True,
        [("percent", 0.14, "%", None), ("count", 24571.9, None, None), ("count", 100, None, "over")],
        None,
    ),
    (
        "de",
        "Der Xetra-Umsatz im Dax lag mit rund 4,2 Milliarden Euro so niedrig wie seit vier Wochen nicht mehr.",
        True,
        [("money", 4200000000, "EUR", "about"), ("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Die Aktien des Chemiekonzerns Harzquell bildeten mit einem Minus von 5,3 Prozent auf 47,18 Euro das Schlusslicht im Dax.",
        True,
        [("percent", 5.3, "%", None), ("money", 47.18, "EUR", None)],
        None,
    ),
    (
        "de",
        "Harzquell hatte im vierten Quartal einen bereinigten operativen Gewinn von 612 Millionen Euro verbucht, Analysten hatten im Schnitt mit 690 Millionen gerechnet.",
        True,
        [("ordinal", 4, None, None), ("money", 612000000, "EUR", None), ("money", 690000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Carola Tiefensee sagte, der Konzern wolle bis Ende 2027 rund 1.200 Stellen streichen, knapp die Hälfte davon in Deutschland.",
        True,
        [("year", 2027, None, None), ("count", 1200, None, "about"), ("fraction", 0.5, None, "nearly")],
        "Carola Tiefensee",
    ),
    (
        "de",
        "„Wir haben verstanden, dass die alten Rezepte in dieser Chemiewelt nicht mehr funktionieren“, sagte Tiefensee.",
        False,
        [],
        None,
    ),
    ("de", "Die IG BCE kritisierte die Pläne als „Abbau auf Vorrat“.", False, [], None),
    (
        "de",
        "Gefragt waren Versorgerwerte: Vogelsberg Energie gewannen 2,4 Prozent auf 33,95 Euro.",
        True,
        [("percent", 2.4, "%", None), ("money", 33.95, "EUR", None)],
        None,
    ),
    # --- Wall Street close (Reuters), Tuesday, Feb 10 ---
    (
        "en",
        "NEW YORK, Feb 10 (Reuters) - U.S. stocks finished slightly lower on Tuesday as investors trimmed positions before the consumer price report and bank shares extended their slide.",
        True,
        [("date", "--02-10", None, None)],
        None,
    ),
    (
        "en",
        "The S&P 500 lost 0.2% to 7,102.58, the Nasdaq Composite shed 0.1% to 24,498.71 and the Dow Jones Industrial Average fell 121.07 points, or 0.2%, to 49,702.35.",
        True,
        [
            ("percent", 0.2, "%", None),
            ("count", 7102.58, None, None),
            ("percent", 0.1, "%", None),
            ("count", 24498.71, None, None),
            ("count", 121.07, None, None),
            ("percent", 0.2, "%", None),
            ("count", 49702.35, None, None),
        ],
        None,
    ),
    (
        "en",
        "Bank shares fell for a second day, with the KBW regional bank index down 1.9%.",
        True,
        [("ordinal", 2, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "Kestrelton Bancorp dropped 8.7% after the Ohio-based lender said it expected net charge-offs of up to $240 million in the first quarter.",
        True,
        [("percent", 8.7, "%", None), ("money", 240000000, "USD", "up_to"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Dominic Ferrer-Lowe told analysts most of the losses stemmed from two office loans in Chicago.",
        True,
        [("count", 2, None, None)],
        "Dominic Ferrer-Lowe",
    ),
    ("en", '"We see isolated problems here, not a pattern," Ferrer-Lowe said.', False, [], None),
    (
        "en",
        "Several analysts questioned whether the problems would stay confined to a handful of lenders.",
        False,
        [],
        None,
    ),
    # --- Gold (Reuters), Wednesday, Feb 11 ---
    (
        "en",
        "LONDON, Feb 11 (Reuters) - Gold hit a record high on Wednesday, extending a rally driven by central bank purchases and a softer dollar ahead of U.S. inflation data.",
        True,
        [("date", "--02-11", None, None)],
        None,
    ),
    (
        "en",
        "Spot gold rose 0.8% to $4,962.40 per ounce by 0920 GMT, after touching an all-time peak of $4,981.15 earlier in the session.",
        True,
        [("percent", 0.8, "%", None), ("money", 4962.4, "USD", None), ("money", 4981.15, "USD", None)],
        None,
    ),
    (
        "en",
        "Gold has risen about 14% so far this year after a gain of roughly 52% last year.",
        True,
        [("percent", 14, "%", "about"), ("percent", 52, "%", "about")],
        None,
    ),
    (
        "en",
        "Gold-backed exchange-traded funds added 38 tonnes to their holdings last month, World Gold Council data showed.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "en",
        '"Gold no longer needs a crisis to rally, it only needs the absence of good news," said Lucinda Arrowsmith, precious metals strategist at Perranporth Partners.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Arrowsmith said she saw gold at $5,400 an ounce by the end of the year.",
        True,
        [("money", 5400, "USD", None)],
        "Arrowsmith",
    ),
    (
        "en",
        "Silver was 1.6% higher at $61.07 an ounce and platinum dipped 0.4% to $1,702.35.",
        True,
        [
            ("percent", 1.6, "%", None),
            ("money", 61.07, "USD", None),
            ("percent", 0.4, "%", None),
            ("money", 1702.35, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Some analysts warned that the metal had become vulnerable to a sharp pullback if U.S. inflation surprised to the upside.",
        False,
        [],
        None,
    ),
    # --- Vienna close (APA), Wednesday, Feb 11 ---
    (
        "de",
        "Wien (APA) - Starke Zahlen des Versicherers Kahlenberg haben die Wiener Börse am Mittwoch gestützt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der ATX gewann bis zum Handelsschluss 0,92 Prozent auf 5.263,14 Einheiten.",
        True,
        [("percent", 0.92, "%", None), ("count", 5263.14, None, None)],
        None,
    ),
    (
        "de",
        "Kahlenberg-Aktien stiegen an der Indexspitze um 6,1 Prozent auf 49,36 Euro.",
        True,
        [("percent", 6.1, "%", None), ("money", 49.36, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Versicherer steigerte das Ergebnis vor Steuern im Vorjahr um 14 Prozent auf 1,06 Milliarden Euro, die verrechneten Prämien wuchsen um 7,5 Prozent auf knapp 15 Milliarden Euro.",
        True,
        [
            ("percent", 14, "%", None),
            ("money", 1060000000, "EUR", None),
            ("percent", 7.5, "%", None),
            ("money", 15000000000, "EUR", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Vorstandschef Gernot Wastlhuber sagte, die Dividende solle auf 2,10 Euro je Aktie steigen, nach 1,85 Euro für das Jahr davor.",
        True,
        [("money", 2.1, "EUR", None), ("money", 1.85, "EUR", None)],
        "Gernot Wastlhuber",
    ),
    (
        "de",
        "„Wir sind in Osteuropa dort gewachsen, wo andere sich zurückgezogen haben“, sagte Wastlhuber.",
        False,
        [],
        None,
    ),
    ("de", "Analysten lobten vor allem die Entwicklung in der Kfz-Sparte.", False, [], None),
    (
        "de",
        "Insgesamt wechselten im prime market 5,9 Millionen Aktien den Besitzer, laut Wiener Börse um ein Drittel mehr als im Monatsschnitt.",
        True,
        [("count", 5900000, None, None), ("fraction", 0.3333, None, None)],
        "Wiener Börse",
    ),
    # --- Wall Street at midday (AP), Wednesday, Feb 11 ---
    (
        "en",
        "NEW YORK (AP) — Stocks rallied in midday trading on Wednesday after a report showed inflation in the U.S. cooled by more than economists expected last month.",
        True,
        [],
        None,
    ),
    (
        "en",
        "By midday the S&P 500 had gained 1.1%, while the Dow Jones Industrial Average added 402 points, or 0.8%, and the Nasdaq jumped 1.5%.",
        True,
        [
            ("percent", 1.1, "%", None),
            ("count", 402, None, None),
            ("percent", 0.8, "%", None),
            ("percent", 1.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Consumer prices rose 2.4% in January from a year earlier, down from 2.7% in December, the Labor Department said.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.7, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had expected an annual rate of 2.6%.",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "The 10-year Treasury yield fell to 4.09% from 4.17% late Tuesday, its lowest level in about two months.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 4.09, "%", None),
            ("percent", 4.17, "%", None),
            ("duration", 2, "month", "about"),
        ],
        None,
    ),
    (
        "en",
        "CME Group's FedWatch tool showed traders pricing a roughly 70% chance of a Federal Reserve rate cut in March, compared with 48% on Tuesday.",
        True,
        [("percent", 70, "%", "about"), ("percent", 48, "%", None)],
        None,
    ),
    (
        "en",
        '"This is the report the Fed has been waiting for since the summer," said Nadia Strandquist, chief market strategist at Fellbrook Wealth.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Strandquist said she now expected two quarter-point cuts before the end of June.",
        True,
        [("count", 2, None, None), ("percent", 0.25, "pp", None)],
        "Strandquist",
    ),
    (
        "en",
        "Pellinor Stores fell 7.9% after the discount retailer said its comparable sales fell 1.4% in the holiday quarter.",
        True,
        [("percent", 7.9, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    ("en", "Some investors cautioned that a single soft reading did not make a trend.", False, [], None),
    # --- German bonds (dpa-AFX), Wednesday, Feb 11 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Nach den US-Inflationsdaten sind die Kurse deutscher Staatsanleihen am Mittwoch gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen sank im Gegenzug um fünf Basispunkte auf 2,66 Prozent, den tiefsten Stand seit Mitte Dezember.",
        True,
        [("duration", 10, "year", None), ("percent", 5, "bp", None), ("percent", 2.66, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den zweijährigen Schatzanweisungen ging die Rendite um sechs Basispunkte auf 2,02 Prozent zurück.",
        True,
        [("duration", 2, "year", None), ("percent", 6, "bp", None), ("percent", 2.02, "%", None)],
        None,
    ),
    (
        "de",
        "Am Geldmarkt galt eine weitere Zinssenkung der EZB bis Juni zuletzt zu knapp 45 Prozent als ausgemacht.",
        True,
        [("percent", 45, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Zinsstratege Jasper Löwenich von der Schauenburg Bank sagte, er sehe die zehnjährige Rendite bis Ende März bei 2,50 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 2.5, "%", None)],
        "Jasper Löwenich",
    ),
    ("de", "„Der Anleihemarkt glaubt der EZB ihre Geduld nicht mehr“, sagte Löwenich.", False, [], None),
    ("de", "Ob die Notenbanker im März tatsächlich nachgeben, ist unter Händlern umstritten.", False, [], None),
    # --- European shares close (Reuters), Wednesday, Feb 11 ---
    (
        "en",
        "LONDON, Feb 11 (Reuters) - European shares closed at a record high on Wednesday as cooler U.S. inflation lifted rate-sensitive sectors such as real estate and utilities.",
        True,
        [("date", "--02-11", None, None)],
        None,
    ),
    (
        "en",
        "The pan-European STOXX 600 index rose 0.9% to 612.48 points, its fourth record close in five sessions, and the euro zone's blue-chip Euro STOXX 50 added 1.1%.",
        True,
        [
            ("percent", 0.9, "%", None),
            ("count", 612.48, None, None),
            ("ordinal", 4, None, None),
            ("count", 5, None, None),
            ("percent", 1.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Germany's DAX gained 1.2% to 24,866.76, while France's CAC 40 rose 0.8%.",
        True,
        [("percent", 1.2, "%", None), ("count", 24866.76, None, None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Dutch lender Oosterbeek Bank slid 4.6% after it set aside 820 million euros to cover losses on commercial property loans.",
        True,
        [("percent", 4.6, "%", None), ("money", 820000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Maarten de Vlieger told analysts the charge would push the bank's core capital ratio down by about 40 basis points to 14.1%.",
        True,
        [("percent", 40, "bp", "about"), ("percent", 14.1, "%", None)],
        "Maarten de Vlieger",
    ),
    ("en", '"We would rather take the pain now than drip it out for years," de Vlieger said.', False, [], None),
    (
        "en",
        "Some fund managers said European stocks looked expensive after the rally but added they saw few reasons to sell.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 61% of STOXX 600 companies that have reported fourth-quarter results so far have beaten analysts' earnings estimates, according to LSEG data.",
        True,
        [("percent", 61, "%", "about"), ("ordinal", 4, None, None)],
        None,
    ),
    # --- Tokyo close (Reuters), Thursday, Feb 12 ---
    (
        "en",
        "TOKYO, Feb 12 (Reuters) - Japan's Nikkei share average fell for the first time in four sessions on Thursday as investors locked in profits on chip stocks after the index's run to a record.",
        True,
        [("date", "--02-12", None, None), ("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Nikkei ended 0.9% lower at 52,704.15, having closed at an all-time high of 53,181.36 on Wednesday.",
        True,
        [("percent", 0.9, "%", None), ("count", 52704.15, None, None), ("count", 53181.36, None, None)],
        None,
    ),
    (
        "en",
        "The broader Topix shed half a percent to 3,533.57.",
        True,
        [("percent", 0.5, "%", None), ("count", 3533.57, None, None)],
        None,
    ),
    (
        "en",
        "Tsukimino Electronics, which has gained just under a third since the start of the year, slid 4.1%.",
        True,
        [("fraction", 0.3333, None, "under"), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "Ten-year JGB yields climbed 2.5 basis points to 2.12%.",
        True,
        [("duration", 10, "year", None), ("percent", 2.5, "bp", None), ("percent", 2.12, "%", None)],
        None,
    ),
    (
        "en",
        "Bank of Japan board member Sayaka Kuriyagawa said the central bank should raise its policy rate to 1% by the end of the year if wages keep rising.",
        True,
        [("percent", 1, "%", None)],
        "Sayaka Kuriyagawa",
    ),
    ("en", '"We should not wait for perfect data before acting," Kuriyagawa said.', False, [], None),
    (
        "en",
        'Tokyo\'s top currency official told reporters the government was monitoring the yen "with a strong sense of urgency".',
        False,
        [],
        None,
    ),
    # --- Oil and gold (Reuters German), Thursday, Feb 12 ---
    (
        "de",
        "Frankfurt (Reuters) - Die Ölpreise haben am Donnerstag nach einem überraschenden Anstieg der US-Lagerbestände nachgegeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Barrel (159 Liter) Brent zur April-Lieferung kostete am Nachmittag 70,46 US-Dollar, 92 Cent weniger als am Vortag.",
        True,
        [("count", 159, None, None), ("money", 70.46, "USD", None), ("money", 0.92, "USD", None)],
        None,
    ),
    (
        "de",
        "US-Leichtöl der Sorte WTI verbilligte sich um 1,3 Prozent auf 66,81 Dollar und rutschte damit unter seine 200-Tage-Linie.",
        True,
        [("percent", 1.3, "%", None), ("money", 66.81, "USD", None), ("duration", 200, "day", None)],
        None,
    ),
    (
        "de",
        "Die US-Rohöllagerbestände kletterten in der vergangenen Woche um 4,6 Millionen auf 429,3 Millionen Barrel, teilte das US-Energieministerium am Mittwochabend mit.",
        True,
        [("count", 4600000, None, None), ("count", 429300000, None, None)],
        "das US-Energieministerium",
    ),
    (
        "de",
        "Erwartet worden war im Schnitt ein Abbau von 1,2 Millionen Barrel.",
        True,
        [("count", 1200000, None, None)],
        None,
    ),
    (
        "de",
        "Gold verteuerte sich dagegen leicht: Eine Feinunze kostete am Nachmittag 4.948 Dollar, rund 33 Dollar weniger als das am Mittwoch erreichte Rekordhoch.",
        True,
        [("money", 4948, "USD", None), ("money", 33, "USD", "about")],
        None,
    ),
    (
        "de",
        "Rohstoffexperte Anselm Pötschke von der Weidenhof Privatbank sagte, er erwarte den Goldpreis bis Jahresende bei 5.200 Dollar je Feinunze.",
        True,
        [("money", 5200, "USD", None)],
        "Anselm Pötschke",
    ),
    ("de", "„Gold ist das Misstrauensvotum der Anleger gegen die Notenbanken“, sagte Pötschke.", False, [], None),
    ("de", "Am Ölmarkt wird gerätselt, ob die Opec+ ihre Förderung im Frühjahr doch noch drosselt.", False, [], None),
    # --- Zurich close (awp), Thursday, Feb 12 ---
    (
        "de",
        "Zürich (awp) - Starke Zahlen des Pharmakonzerns Reppisch haben den Schweizer Aktienmarkt am Donnerstag deutlich ins Plus gehievt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der SMI schloss 1,14 Prozent höher bei 13'598,31 Punkten, es war der zweite Gewinntag in Folge.",
        True,
        [("percent", 1.14, "%", None), ("count", 13598.31, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Reppisch-Aktien gewannen 5,2 Prozent auf 44,60 Franken, nachdem der Konzern für das vergangene Jahr einen Reingewinn von 4,82 Milliarden Franken ausgewiesen hatte.",
        True,
        [("percent", 5.2, "%", None), ("money", 44.6, "CHF", None), ("money", 4820000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für 2026 stellt Reppisch ein Umsatzwachstum im mittleren einstelligen Prozentbereich und einen Aktienrückkauf von bis zu 3 Milliarden Franken in Aussicht.",
        True,
        [("year", 2026, None, None), ("money", 3000000000, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Konzernchefin Seraina Tönz sagte, das Krebsmittel Oncardis habe im vierten Quartal erstmals mehr als 1 Milliarde Franken umgesetzt.",
        True,
        [("ordinal", 4, None, None), ("money", 1000000000, "CHF", "over")],
        "Seraina Tönz",
    ),
    ("de", "«Das ist erst der Anfang einer sehr langen Geschichte», sagte Tönz.", False, [], None),
    ("de", "Nur vier der 20 SMI-Werte gaben nach.", True, [("count", 4, None, None), ("count", 20, None, None)], None),
    (
        "de",
        "Seit Jahresbeginn hat der SMI damit um gut zweieinhalb Prozent zugelegt.",
        True,
        [("percent", 2.5, "%", "over")],
        None,
    ),
    ("de", "Händler begründeten die Käufe auch mit dem schwächeren Franken.", False, [], None),
    # --- Frankfurt close (dpa-AFX), Thursday, Feb 12 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Zum ersten Mal hat der Dax am Donnerstag die 25.000-Punkte-Marke geknackt.",
        True,
        [("ordinal", 1, None, None), ("count", 25000, None, None)],
        None,
    ),
    (
        "de",
        "Der Leitindex kletterte im Tagesverlauf bis auf 25.038,44 Punkte und schloss 0,6 Prozent höher bei 25.015,96 Zählern.",
        True,
        [("count", 25038.44, None, None), ("percent", 0.6, "%", None), ("count", 25015.96, None, None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat der Dax damit rund 2.100 Punkte oder gut 9 Prozent gewonnen.",
        True,
        [("count", 2100, None, "about"), ("percent", 9, "%", "over")],
        None,
    ),
    (
        "de",
        "Aktienstratege Tobias Grell von der Isartal Bank sagte, er habe sein Jahresendziel für den Dax von 25.500 auf 27.000 Punkte angehoben.",
        True,
        [("count", 25500, None, None), ("count", 27000, None, None)],
        "Tobias Grell",
    ),
    (
        "de",
        "„Runde Marken sind für Profis bedeutungslos, für Privatanleger aber ein starkes Signal“, sagte Grell.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Spitzenwert waren die Aktien des Rüstungselektronikherstellers Kamphusen mit einem Plus von 7,2 Prozent auf 218,50 Euro nach einem Großauftrag der Bundeswehr im Volumen von 1,4 Milliarden Euro.",
        True,
        [("percent", 7.2, "%", None), ("money", 218.5, "EUR", None), ("money", 1400000000, "EUR", None)],
        None,
    ),
    ("de", "Börsianer hielten weitere Rekorde in den kommenden Tagen für wahrscheinlich.", False, [], None),
    # --- Currencies (Reuters), Thursday, Feb 12 ---
    (
        "en",
        "NEW YORK, Feb 12 (Reuters) - The greenback weakened broadly on Thursday as Treasury yields fell for a second day following the softer-than-expected inflation data.",
        True,
        [("date", "--02-12", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The dollar index, which compares the U.S. unit with six major peers, was down 0.4% at 97.21.",
        True,
        [("count", 6, None, None), ("percent", 0.4, "%", None), ("count", 97.21, None, None)],
        None,
    ),
    (
        "en",
        "The euro rose 0.3% to $1.1752, its strongest level since late September, and sterling gained 0.5% to $1.3709.",
        True,
        [
            ("percent", 0.3, "%", None),
            ("money", 1.1752, "USD", None),
            ("percent", 0.5, "%", None),
            ("money", 1.3709, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The yen strengthened 0.6% to 155.88 per dollar, while the Swiss franc firmed to 0.7963 per dollar.",
        True,
        [("percent", 0.6, "%", None), ("money", 155.88, "JPY", None), ("money", 0.7963, "CHF", None)],
        None,
    ),
    (
        "en",
        '"The dollar has lost its best friend, which was the idea that the Fed would never cut again," said Hugo Tallentire, currency strategist at Mortlake Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tallentire said he expected the euro to reach $1.20 by the end of June.",
        True,
        [("money", 1.2, "USD", None)],
        "Tallentire",
    ),
    # --- Wall Street close (AP), Thursday, Feb 12 ---
    (
        "en",
        "NEW YORK (AP) — A slump in technology stocks dragged Wall Street lower on Thursday, cutting short a rally that had carried the S&P 500 to a record a day earlier.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 fell 0.9% to 7,184.32, the Dow dropped 311 points, or 0.6%, to 50,117.40, and the tech-heavy Nasdaq lost 1.8% to finish at 24,611.09.",
        True,
        [
            ("percent", 0.9, "%", None),
            ("count", 7184.32, None, None),
            ("count", 311, None, None),
            ("percent", 0.6, "%", None),
            ("count", 50117.4, None, None),
            ("percent", 1.8, "%", None),
            ("count", 24611.09, None, None),
        ],
        None,
    ),
    (
        "en",
        "Kelvane Systems tumbled as much as 14% to a 52-week low before closing down 12.4% after the cloud software company forecast first-quarter revenue of $2.31 billion to $2.35 billion, below the $2.42 billion analysts had expected.",
        True,
        [
            ("percent", 14, "%", "up_to"),
            ("duration", 52, "week", None),
            ("percent", 12.4, "%", None),
            ("ordinal", 1, None, None),
            ("money", 2310000000, "USD", None),
            ("money", 2350000000, "USD", None),
            ("money", 2420000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Rosalind Avery-Kent said Kelvane would eliminate roughly 1,900 positions, about 6% of its staff.",
        True,
        [("count", 1900, None, "about"), ("percent", 6, "%", "about")],
        "Rosalind Avery-Kent",
    ),
    (
        "en",
        '"This is the year we stop chasing every deal and start choosing them," Avery-Kent said on a call with analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only about one in five S&P 500 members ended the day higher, and decliners outpaced advancers on the NYSE by a 2.6-to-1 ratio.",
        True,
        [("fraction", 0.2, None, "about"), ("count", 2.6, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Some strategists said the sell-off looked more like profit-taking than a change of heart about the economy.",
        False,
        [],
        None,
    ),
    # --- Tokyo close (Reuters), Friday, Feb 13 ---
    (
        "en",
        "TOKYO, Feb 13 (Reuters) - Japanese stocks edged up on Friday, with the Nikkei gaining 0.3% to 52,862.40 and posting a weekly rise of 2.2%.",
        True,
        [
            ("date", "--02-13", None, None),
            ("percent", 0.3, "%", None),
            ("count", 52862.4, None, None),
            ("percent", 2.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Marukita Holdings rose 11.3% after the trading house announced a buyback of up to 300 billion yen, or 4.2% of its outstanding shares.",
        True,
        [("percent", 11.3, "%", None), ("money", 300000000000, "JPY", "up_to"), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Marukita also plans to raise its annual dividend to 120 yen from 100 yen.",
        True,
        [("money", 120, "JPY", None), ("money", 100, "JPY", None)],
        None,
    ),
    (
        "en",
        '"Japanese boards have finally understood that cash on the balance sheet is not a virtue," said Tomohiro Hanzawa, a fund manager at Ogikubo Asset Management.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hanzawa said he expected buybacks by Japanese companies to top 20 trillion yen this year.",
        True,
        [("money", 20000000000000, "JPY", None)],
        "Hanzawa",
    ),
    # --- Frankfurt opening (dpa-AFX), Friday, Feb 13 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Nach dem Rekord vom Vortag hat der Dax am Freitag mit Gewinnmitnahmen begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex gab kurz nach Handelsbeginn um 0,35 Prozent auf 24.928,40 Punkte nach.",
        True,
        [("percent", 0.35, "%", None), ("count", 24928.4, None, None)],
        None,
    ),
    (
        "de",
        "Auf Wochensicht zeichnet sich für den Dax dennoch ein Plus von rund 2 Prozent ab.",
        True,
        [("percent", 2, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Papiere des Logistikkonzerns Elbkai stiegen um 4,4 Prozent auf 62,14 Euro, nachdem die Schweizer Bank Sihltor das Kursziel auf Sicht von zwölf Monaten von 58 auf 75 Euro angehoben hatte.",
        True,
        [
            ("percent", 4.4, "%", None),
            ("money", 62.14, "EUR", None),
            ("duration", 12, "month", None),
            ("money", 58, "EUR", None),
            ("money", 75, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Elbkai-Chef Lennart Bruhns sagte am Vorabend, der Konzern wolle die Ausschüttungsquote auf 50 Prozent des Nettogewinns anheben.",
        True,
        [("percent", 50, "%", None)],
        "Lennart Bruhns",
    ),
    (
        "de",
        "„Die Logistik ist der Pulsmesser der Weltwirtschaft, und der Puls wird kräftiger“, sagte Bruhns.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Aktien von Lindholt Rück ging es um weitere 0,8 Prozent nach oben.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("de", "Vor dem Wochenende dürften sich viele Anleger zurückhalten, hieß es im Handel.", False, [], None),
    # --- London close (PA), Friday, Feb 13 ---
    (
        "en",
        "LONDON (PA) - The FTSE 100 ended the week higher on Friday, despite a late dip in miners as copper prices eased.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The index closed up 21.45 points, or 0.2%, at 10,356.92, a weekly gain of 1.3%.",
        True,
        [
            ("count", 21.45, None, None),
            ("percent", 0.2, "%", None),
            ("count", 10356.92, None, None),
            ("percent", 1.3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "FTSE 250: 22,918.40 (-35.62, -0.2%)",
        True,
        [("count", 22918.4, None, None), ("count", -35.62, None, None), ("percent", -0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Polzeath Mining fell 1.2% as copper retreated from Monday's peak.",
        True,
        [("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Thistlecombe Homes jumped 9.3% to 412.6p after the housebuilder said reservations per site were running 14% above last year's level over the first six weeks of trading.",
        True,
        [
            ("percent", 9.3, "%", None),
            ("money", 4.126, "GBP", None),
            ("percent", 14, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 6, "week", None),
        ],
        None,
    ),
    (
        "en",
        "Thistlecombe expects to complete between 11,500 and 12,000 homes this year.",
        True,
        [("count", 11500, None, None), ("count", 12000, None, None)],
        None,
    ),
    (
        "en",
        '"The spring selling season has started earlier and stronger than we dared to hope," chief executive Harriet Moxley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling was little changed at $1.3694 and at 1.1652 euros.",
        True,
        [("money", 1.3694, "USD", None), ("money", 1.1652, "EUR", None)],
        None,
    ),
    (
        "en",
        "Analysts at Broadgate Securities warned that the index's record run had left it vulnerable to any disappointment in next week's inflation data.",
        False,
        [],
        None,
    ),
    # --- Vienna week (APA), Friday, Feb 13 ---
    ("de", "Wien (APA) - Mit Kursgewinnen hat sich die Wiener Börse ins Wochenende verabschiedet.", True, [], None),
    (
        "de",
        "Der ATX stieg am Freitag um 0,44 Prozent auf 5.301,72 Einheiten, auf Wochensicht ergab sich ein Plus von 2,0 Prozent.",
        True,
        [("percent", 0.44, "%", None), ("count", 5301.72, None, None), ("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Im Fokus stand der Ziegelhersteller Lassnitz, der den slowenischen Konkurrenten Opekarna Vrhnika für 38,50 Euro je Aktie übernehmen will, ein Aufschlag von rund 27 Prozent auf den Schlusskurs vom Donnerstag.",
        True,
        [("money", 38.5, "EUR", None), ("percent", 27, "%", "about")],
        None,
    ),
    (
        "de",
        "Das Angebot steht unter der Bedingung, dass Lassnitz mindestens 75 Prozent der Aktien angedient werden.",
        True,
        [("percent", 75, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Lassnitz-Chef Florian Schmalnauer sagte, das Angebot bewerte Opekarna mit rund 420 Millionen Euro.",
        True,
        [("money", 420000000, "EUR", "about")],
        "Florian Schmalnauer",
    ),
    ("de", "„Mit diesem Schritt werden wir in Südosteuropa zum Marktführer“, sagte Schmalnauer.", False, [], None),
    (
        "de",
        "Lassnitz-Aktien gewannen 3,7 Prozent, die Papiere von Opekarna schossen an der Börse Ljubljana um 24 Prozent nach oben.",
        True,
        [("percent", 3.7, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    ("de", "Ein Analyst der Erste Group hielt einen Bieterwettstreit für unwahrscheinlich.", False, [], None),
    # --- Wall Street week (Reuters), Friday, Feb 13 ---
    (
        "en",
        "NEW YORK, Feb 13 (Reuters) - U.S. stocks ended higher on Friday, with the S&P 500 and the Nasdaq posting their third weekly gain in a row as investors bet that cooling inflation would clear the way for Fed rate cuts.",
        True,
        [("date", "--02-13", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The S&P 500 gained 0.5% to 7,220.24 and rose 1.4% for the week, while the Nasdaq composite added 0.7% to 24,783.55, also a weekly gain of 1.4%.",
        True,
        [
            ("percent", 0.5, "%", None),
            ("count", 7220.24, None, None),
            ("percent", 1.4, "%", None),
            ("percent", 0.7, "%", None),
            ("count", 24783.55, None, None),
            ("percent", 1.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average rose 146.52 points, or 0.3%, to 50,263.92.",
        True,
        [("count", 146.52, None, None), ("percent", 0.3, "%", None), ("count", 50263.92, None, None)],
        None,
    ),
    (
        "en",
        "Averleigh Group shares soared 18.6%, their biggest one-day gain in more than 15 years, after the industrial conglomerate said it would split into three listed companies by the end of 2027.",
        True,
        [
            ("percent", 18.6, "%", None),
            ("duration", 1, "day", None),
            ("duration", 15, "year", "over"),
            ("count", 3, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Averleigh said the separation would cost about $1.2 billion and lead to some 4,000 job cuts.",
        True,
        [("money", 1200000000, "USD", "about"), ("count", 4000, None, "about")],
        "Averleigh",
    ),
    (
        "en",
        '"The market has been waiting years for someone to take this company apart," said Graham Oxenbury, a portfolio manager at Hollins Row Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oxenbury said the three parts could be worth at least $95 a share combined, against Thursday's closing price of $74.10.",
        True,
        [("count", 3, None, None), ("money", 95, "USD", "at_least"), ("money", 74.1, "USD", None)],
        "Oxenbury",
    ),
    (
        "en",
        "Roughly 18.2 billion shares changed owners across U.S. venues, against an average of 17.9 billion over the last 20 sessions.",
        True,
        [("count", 18200000000, None, "about"), ("count", 17900000000, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Investors will also be watching retail sales figures and a string of earnings reports next week.",
        False,
        [],
        None,
    ),
    # --- Frankfurt close and week (dpa-AFX), Friday, Feb 13 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Der Dax hat sich am Freitag nach seinem Rekordlauf eine Verschnaufpause gegönnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex schloss 0,22 Prozent tiefer bei 24.960,95 Punkten, auf Wochensicht steht damit ein Plus von 2,2 Prozent zu Buche.",
        True,
        [("percent", 0.22, "%", None), ("count", 24960.95, None, None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der MDax verlor 0,5 Prozent auf 31.440,12 Punkte, der Nebenwerteindex SDax gab um ein Viertelprozent nach.",
        True,
        [("percent", 0.5, "%", None), ("count", 31440.12, None, None), ("percent", 0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Zwölf der 40 Dax-Werte schlossen im Plus.",
        True,
        [("count", 12, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Schwächster Wert im Dax waren Harzquell mit minus 2,9 Prozent, die damit auf Wochensicht mehr als ein Zehntel ihres Börsenwerts eingebüßt haben.",
        True,
        [("percent", -2.9, "%", None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Schlussstand: Dax 24.960,95 Pkt. (–0,22 %) | MDax 31.440,12 Pkt. (–0,50 %) | TecDax 3.912,48 Pkt. (+0,12 %) | Euro Stoxx 50 5.889,31 Pkt. (–0,39 %)",
        True,
        [
            ("count", 24960.95, None, None),
            ("percent", -0.22, "%", None),
            ("count", 31440.12, None, None),
            ("percent", -0.5, "%", None),
            ("count", 3912.48, None, None),
            ("percent", 0.12, "%", None),
            ("count", 5889.31, None, None),
            ("percent", -0.39, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Wochenbilanz: Dax +2,2 % | MDax +0,9 % | SDax −0,3 % | Euro Stoxx 50 +1,4 %",
        True,
        [
            ("percent", 2.2, "%", None),
            ("percent", 0.9, "%", None),
            ("percent", -0.3, "%", None),
            ("percent", 1.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "„Nach so einer Woche ist eine Pause kein Warnsignal, sondern Hygiene“, sagte Marktanalyst Konstantin Reifschläger vom Broker Haldenfeld Markets.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Reifschläger sagte, gut zwei Drittel der Dax-Unternehmen, die bereits Zahlen vorgelegt hätten, hätten die Gewinnerwartungen der Analysten übertroffen.",
        True,
        [("fraction", 0.6667, None, "over")],
        "Reifschläger",
    ),
    # --- Wall Street close (dpa-AFX), Friday, Feb 13 ---
    ("de", "NEW YORK (dpa-AFX) - Die New Yorker Börsen haben die Woche mit Gewinnen beschlossen.", True, [], None),
    (
        "de",
        "Der Dow Jones Industrial stieg um 0,3 Prozent auf 50.263,92 Punkte, auf Wochensicht legte der US-Leitindex um 0,7 Prozent zu.",
        True,
        [("percent", 0.3, "%", None), ("count", 50263.92, None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "de",
        "Der marktbreite S&P 500 gewann 0,5 Prozent auf 7.220,24 Punkte, der technologielastige Nasdaq 100 rückte um 0,8 Prozent auf 22.384,07 Punkte vor.",
        True,
        [
            ("percent", 0.5, "%", None),
            ("count", 7220.24, None, None),
            ("percent", 0.8, "%", None),
            ("count", 22384.07, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Aktien von Averleigh sprangen um fast 19 Prozent nach oben.",
        True,
        [("percent", 19, "%", "nearly")],
        None,
    ),
    ("de", "Händler verwiesen auf die Hoffnung auf baldige Zinssenkungen der US-Notenbank.", False, [], None),
    # --- Week ahead (Reuters), Friday, Feb 13 ---
    (
        "en",
        "NEW YORK, Feb 13 (Reuters) - U.S. markets will be closed on Monday for the Presidents Day holiday, and the Commerce Department is due to release January retail sales on Tuesday.",
        True,
        [("date", "--02-13", None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters expect retail sales to have risen 0.3% in January after a 0.6% gain in December.",
        True,
        [("percent", 0.3, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Fed funds futures are pricing in about 55 basis points of rate reductions by December.",
        True,
        [("percent", 55, "bp", "about")],
        None,
    ),
    (
        "en",
        '"Inflation has finally given the Fed permission to move, and now the question is how fast," said Eleanor Quayle-Morrow, chief investment officer at Coverack Wealth.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quayle-Morrow said she was sticking with a year-end S&P 500 target of 7,800.",
        True,
        [("count", 7800, None, None)],
        "Quayle-Morrow",
    ),
    (
        "en",
        "About 60 S&P 500 companies are due to report fourth-quarter results next week.",
        True,
        [("count", 60, None, "about"), ("ordinal", 4, None, None)],
        None,
    ),
    ("en", "Some strategists cautioned that valuations leave little room for disappointment.", False, [], None),
    # --- Week ahead (dpa-AFX), Friday, Feb 13 ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Nach der Rekordwoche richten die Anleger am deutschen Aktienmarkt ihren Blick auf die Konjunkturdaten der kommenden Tage.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am 17. Februar veröffentlicht das Mannheimer ZEW seine Konjunkturerwartungen, am Freitag folgt der Ifo-Geschäftsklimaindex.",
        True,
        [("date", "--02-17", None, None)],
        None,
    ),
    (
        "de",
        "Volkswirte rechnen im Schnitt mit einem Anstieg des ZEW-Index auf 28,5 Punkte von 22,1 Punkten im Januar.",
        True,
        [("count", 28.5, None, None), ("count", 22.1, None, None)],
        None,
    ),
    (
        "de",
        "Kapitalmarktstratege Ruprecht Brinckmöller von der Hafenkontor Bank sagte, er rechne damit, dass der Dax bis Ende März auf 25.800 Punkte steigt.",
        True,
        [("count", 25800, None, None)],
        "Ruprecht Brinckmöller",
    ),
    ("de", "„Rekorde machen Appetit auf mehr, aber sie machen auch schwindelig“, sagte Brinckmöller.", False, [], None),
    (
        "de",
        "In der Berichtssaison legen in der kommenden Woche 14 Dax-Konzerne ihre Jahreszahlen vor.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Rekordjagd weitergeht, dürfte vor allem von den Zinssignalen aus Frankfurt und Washington abhängen.",
        False,
        [],
        None,
    ),
]
