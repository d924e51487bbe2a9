"""Three-hundred-and-fifty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up, and
every firm named is invented (Asagiri Motors, Kenta Oribe, Sakuradai Securities, Ryota
Kambayashi, Hornburg, the Bank Elbling, Rheinlicht Energie, Dagmar Kronsbein, Tauernstahl,
Helmut Pointecker, Limmatpharm, Corinne Bärtschiger, Montvoie, Raphaël Duboux, the
Weserbank, Moritz Wellenkamp, Friederike Moorkamp, Lübsen, Claudia Reimsbach, the Vierlanden
Bank, Ulrike Haferkamp, the Lammertal Bank, Sabine Hinterecker, Kuwabara Electronics,
Ilmtal, Harcourt Lyle, Rebecca Thornycroft, Kremser Papier, Savinja Karton, Gerold
Gaisbichler, Jens Ruhnkamp, Stratavane, Quillguard, Sven Duvenbeck, the fund house
Mainwelle; Polventon Minerals, Moira Tresidder, Mossgate Capital, Fiona Kettleburgh, Vantrix
Semiconductor, Hollowmere Wealth, Darnell Upshaw, Fernbrook Energy Research, Siobhan
Kearsley, Osterley Bank, Lucas Quarmby, Bellhaven Metals, Anand Rajagopalan, Quorvant
Systems, Ilona Castellvi, Brambleton Home, Slateford Asset Management, Megan Toller, Veltmar
Bank, Pieter Hoogendam, Ravensmere Advisors, Karen Sowerby, Mitsuhama Securities, Yuki
Shimabara, Larkhill Stores, Glenmoor Brokers, Oliver Pemsley, Blackfen Research, Tom
Ebbesford, Dunmere Market Research; every unnamed trader, strategist, analyst, delegate,
fund manager and market watcher); a board member of a real central bank appears under a
made-up name that stands for no real holder (Hiroshi Tanemura for the Bank of Japan), and
officials by their role only ("Japan's top currency diplomat", "Tokyo's finance ministry").
Made-up names were checked against the earlier batches and are in use in none of them. Real
exchanges, indexes, benchmarks, central banks, offices, unions, data providers and places
(Dax, MDax, Euro Stoxx 50, Xetra, Wiener Börse, ATX, prime market, SMI, SPI, Nikkei 225,
Topix, Nasdaq 100, Dow Jones Industrial, S&P 500, Brent, WTI, Bundesanleihe,
Schatzanweisungen, Finanzagentur, ZEW, Europäische Zentralbank, EZB, Einlagensatz, Eurostat,
IG BCE, Raiffeisen Centrobank, Uhrenverband FH, Nationalbank, BoJ, US-Energieministerium,
US-Notenbank; the Cabinet Office, the Bank of Japan, JGBs, FTSE 100, FTSE 250, the Bank of
England, Bank Rate, LSEG, gilts, the Dow Jones Industrial Average, the Nasdaq composite,
Treasury, OPEC+, West Texas Intermediate, the American Petroleum Institute, CME Group's
FedWatch tool, the Federal Reserve, the World Gold Council, STOXX 600, DAX, CAC 40, the
Labor Department, core PCE, Thanksgiving, bitcoin, and the datelines' cities) stand for the
way wire copy names them; every level, move, price, yield, spread, rate, forecast, target,
result, probability, date and quote here is invented, and where a real figure came to mind
(a real index record, a real gold or bitcoin peak, a real yield high, a real year of gold's
best run) it was changed.

Its weight: STOCK MARKETS, CURRENCIES AND COMMODITIES, third round (the hundred-fifty-fourth
batch weighed one Friday of market reports and the two-hundred-and-ninety-fourth a financial
markets day; the thirty-eighth, sixty-second, two-hundred-and-fortieth and
three-hundred-and-forty-fifth weighed market copy around them, and their decisions are
kept): one wire week, Monday, Nov 16, to Friday, Nov 20, as 29 short stories in story order,
the German and English desks interleaved through each day from the Tokyo close to the New
York close and the week-ahead pieces, each told as markets copy runs it (a dateline lead
with the move and its cause, the level, breadth, the movers with their reasons, attributed
figures, the analysts' and traders' quotes and outlooks). German (dpa-AFX, APA, awp, Reuters
German; Austrian "Einheiten", "heuer", "prime market", Swiss "12'916,43", "Rappen", «»
quotes, German „“ quotes): the Dax opening on Monday with a downgrade and a utility's sale,
the ATX at midday with a steelmaker's guidance cut, the SMI opening on Tuesday with a drug
trial, Bunds and the ZEW with an auction, the Dax close with a chemicals maker's results and
job cuts, the euro on Wednesday with the reference rate, the Vienna close with a bank's
results, Tokyo on Thursday with JGBs and a BoJ board member, the SMI close with watch
exports, oil and gold, the Dax opening on Friday with a price-target rise, the Vienna week
with a takeover, the Dax close and the week, Wall Street's close in German and the week
ahead. English (Reuters, AP): the Tokyo close after GDP with a carmaker's profit cut, the
London close with a miner and gilts, Wall Street on Monday, oil and inventories, currencies
and Fed pricing, gold at a record, Wall Street at midday with a chipmaker's forecast,
Treasuries after the Fed minutes with a bond auction, European shares at midday with a
lender's warning, Wall Street after jobless claims, JGBs and the yen, the London week with a
retailer, the Wall Street week with a takeover and bitcoin, and the week ahead. Figures as
such copy has them: index levels and moves in points and percent ("Punkte", "Zähler",
"Einheiten", "points"), thresholds ("die Marke von 24.000 Punkten", "its first close above
7,000"), breadth, share prices in euros, francs and Rappen, pence, yen and dollars, price
targets, exchange rates in the priced currency, oil per barrel with moves in cents and
„Cent“, gold, silver, platinum and palladium per ounce and „Feinunze“, inventories in
barrels, yields with their maturities and moves in basis points, curve spreads, an auction's
cover, market-implied odds, central bank rates, results, guidance ranges, dividends,
buybacks, deals and premiums; number words („ein halbes Prozent“, "half a percent", „vier“,
„zwölf Monaten“, "six others", "three of the previous four sessions", "Three OPEC+
delegates", "two-day", "Ten-year"), fractions („ein Fünftel“, "a fifth", "about a quarter",
"two-thirds"), ordinals („im dritten Quartal“, „in den ersten drei Quartalen“, „in der
ersten Handelsstunde“, "the second half", "its fiscal fourth quarter", "its first close"),
hedges, ranges, years and dates. Negatives as such copy has them - between a fifth and a
quarter of the rows, none carrying a figure: traders', strategists', analysts' and fund
managers' colour in quotes, executives' and a central banker's rhetoric, labels („sprach
von“, „bezeichnete ... als“), verdicts with „halten ... für“, praise, traders' cited reasons
and moods, a refusal to confirm, doubts, fears, cautions, forecasts and outlooks without a
figure, watchers' outlooks and open questions - each near a check-worthy look-alike from the
same story, most often the same speaker's figure.

240 rows (120 German, 120 English), 54 negatives (28 German, 26 English), 186 check-worthy
rows of which 18 carry no figure (14 German, 4 English), 402 expected quantities (155
percentages - 143 in "%", 11 in basis points "bp", 1 in percentage points "pp" -, 100
amounts of money - 42 USD, 30 EUR, 13 JPY, 9 CHF, 6 GBP -, 77 counts, 26 durations - 20 in
years, 3 in weeks, 2 in months, 1 in days -, 18 dates, 14 ordinals, 8 years, 4 fractions;
none of them in a negative), 35 checked speakers (19 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, mood, verdict, praise, piece of rhetoric, doubt or fear is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-fourth, two-hundred-and-ninety-fourth); a quoted or reported figure, step,
  plan, forecast or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-thirty-ninth, hundred-fifty-fourth). Pairs from one speaker: Kambayashi's 50,000
  beside "the last excuse for optimism"; Kronsbein's stated use of the proceeds beside „ein
  Stück Zukunft“; Tresidder's tonnes beside "Geology is not something you can negotiate
  with"; Bärtschiger's first quarter beside „der wichtigste Tag“; Kearsley's $62 beside the
  glut "arriving later than promised"; Wellenkamp's 2,40 Prozent beside „vom Tisch“;
  Quarmby's $1.13 beside "The dollar's funeral"; Rajagopalan's $4,800 beside "the asset of
  last resort"; Haferkamp's 1,14 Dollar beside „zu weit getrieben“; Hinterecker's ratio
  beside „bei Gegenwind verdienen“; Castellvi's $9.8 billion beside "the most important
  product cycle"; Toller's 4.25% beside "not on autopilot"; Tanemura's 0,75 Prozent beside
  „nicht auf Autopilot“; Duboux's 6 Prozent beside „ein Luxus“; Moorkamp's 900 tonnes beside
  „die Versicherung“; Shimabara's 3.6% beside "the last buyer"; Gaisbichler's synergies
  beside „Meilenstein“; Ruhnkamp's 25.000 Punkte beside „Jahresendrally“; Sowerby's 7,200
  beside her two quotes; Duvenbeck's 62 Prozent beside „oben bleiben“. Forecasts, targets,
  consensus figures and market pricing with a figure are check-worthy (sixty-second,
  hundred-fifty-fourth, two-hundred-and-ninety-fourth): the strategists' index, yield, oil,
  gold and currency forecasts, Asagiri's exchange-rate assumption, Harcourt Lyle's target,
  "The average forecast in a Reuters poll of analysts", "Economists polled by Reuters
  expect", „Analysten hatten im Schnitt nur ... erwartet“, „Volkswirte rechnen im Schnitt
  mit“, the odds in money markets and futures ("as 74% likely", "at 38%", „zu knapp 50
  Prozent eingepreist“, "about 31 basis points of easing"), and the minutes' "Several
  participants judged ..." with its 2% goal and "the minutes showed"
  (three-hundred-and-twenty-fourth: '"Many participants" judged ..., according to the
  minutes'). Forecasts, outlooks and market views without a figure are negatives ("were
  likely to stay on the sidelines", „erwarten Händler ... einen eher ruhigen Handel“,
  "Investors are likely to stay cautious"; forty-seventh, hundred-fifty-fourth).
- Check-worthy without a figure (18 rows; hundred-fiftieth, hundred-fifty-fourth,
  two-hundred-and-fortieth, three-hundred-and-forty-fifth): fifteen market leads stating a
  move with its direction or cause and no figure (twelve German leads of dpa-AFX, APA, awp
  and Reuters German - their datelines carry none -, and AP's "Wall Street ended a choppy
  day mixed on Monday, ...", "Stocks were rising in midday trading on Wednesday ..." and
  "Wall Street closed higher Thursday, ..."), Kronsbein's stated use of the proceeds (a
  plan, with its speaker), and a release scheduled twice ("The Federal Reserve is due to
  release the minutes of its latest policy meeting at 2 p.m." - the clock time none,
  sixty-second: "5 p.m." -, „Die Statistikbehörde Eurostat veröffentlicht ihre
  Schnellschätzung für November am Dienstag.“; hundred-fifty-fourth: "The agency is due to
  publish ..."). The broker's rating change „von „Kaufen“ auf „Halten““ is check-worthy
  (hundred-fifty-fourth) and carries its two targets; the Thanksgiving closure carries its
  dateline only.
- Negatives (ninety-eighth, hundred-fifty-fourth, two-hundred-and-fortieth,
  two-hundred-and-ninety-fourth, three-hundred-and-forty-fifth): quotes of colour from
  traders, strategists, analysts and executives (also "said one Amsterdam-based trader",
  „sagte ein Händler“, „sagte ein Frankfurter Händler“); labels („Ein Händler sprach von
  ...“, „bezeichnete die Prognosesenkung als ...“, „Die Gewerkschaft IG BCE sprach von ...“,
  „Gaisbichler sprach von ...“); verdicts with „halten ... für“ and „hielten ... für“
  (ninety-eighth); a reported view („meinte, ... habe noch Luft nach oben“); praise
  („lobte“); traders' cited reasons and moods („Händler verwiesen auf ...“, „Händler
  begründeten ...“, „Devisenhändler sprachen von dünnen Umsätzen“; hundred-forty-ninth,
  hundred-fifty-fourth); a refusal to confirm ("would not confirm whether";
  hundred-thirty-ninth, hundred-fifty-fourth: "declined to say whether"); doubts, worries,
  fears and cautions ("Several traders doubted", "Some investors worried", "Some portfolio
  managers fear", "Some analysts cautioned", "Analysts warned against reading too much
  into"); watchers' outlooks ("Investors will be watching", „richten ihren Blick ... auf“ -
  a story's lead made only of it is a negative, three-hundred-and-twenty-fourth); and open
  questions („Ob ...“, „Am Markt wurde darüber gerätselt, ob ...“, "It remains an open
  question whether"). None carries a figure.
- Index levels, points and thresholds are counts, index names carry none (sixty-second,
  hundred-fifty-fourth, two-hundred-and-ninety-fourth): „23.874,15 Punkte“, „24.018,60
  Punkten“, „4.962,18 Einheiten“ and „5.042,66 Einheiten“ (APA, hundred-fifty-fourth), the
  Swiss „12'916,43“, „17'342,08“ and „13'021,57“ (tenth), "48,912.36", "to 3,318.40", "to
  574.12 points", "to 99.84" (the dollar index), the ZEW's „12,4 Punkte von 31,8 Punkten“,
  "rose 184 points", "was up 212 points", "climbed 398 points", "added 126 points"; „unter
  die Marke von 24.000 Punkten“, „über die Marke von 24.000 Punkten“, „über der Marke von
  5.000 Punkten“ and „über der Marke von 13'000 Punkten“ with no hedge (a noun parts the
  word from the figure, sixty-second: "über die Marke von 3 Prozent"), while "its first
  close above 7,000" and "hold above 7,000" are 7,000 "over" ("above" right before the
  figure, three-hundred-and-forty-fifth: "above 65,000 megawatts") and the first close
  ordinal 1. Breadth and other counts as written: "1,296 of its components falling and 287
  rising", „Von den 20 ATX-Werten ... nur vier“ („nur“ no hedge), „15 Gewinnern lediglich 5
  Verlierer“ („lediglich“ no hedge), "Roughly 380 stocks ..., and 118" (the hedge on the
  first only), "three of the previous four sessions" 3 and 4 (a session is no duration unit,
  sixty-second), "against six others" 6, "Three OPEC+ delegates" 3 and "two people familiar
  with the matter" 2 (hundred-seventeenth), "in 14 of the past 20 years" 14 and 20 years,
  „4,8 Millionen Aktien“, "a bid-to-cover ratio of 2.58" (two-hundred-and-fortieth), the
  study's „6'200 Patienten“. "Dax", "MDax", "Euro Stoxx 50", "ATX", "SMI", "SPI", "Nikkei
  225", "Topix", "Nasdaq 100", "S&P 500", "FTSE 100", "FTSE 250", "STOXX 600", "CAC 40",
  "OPEC+", "Dax-Spitze", "Schwächster Wert", "a record", "Rekordhoch" and "all-time high"
  carry none; clock times („bis 12.00 Uhr“, „bis 9.30 Uhr“, "by 0640 GMT", "by 1005 GMT",
  "by 1130 GMT", "as of 12:15 p.m.", "at 2 p.m.") none.
- Barrels and tonnes are counts (hundred-fifty-fourth, three-hundred-and-forty-fifth): "by
  2.1 million barrels", "a build of about 900,000 barrels" "about", "about 1.6 million
  barrels per day" "about" ("per day" none), „um 3,4 Millionen Barrel auf 431,6 Millionen
  Barrel“, "between 310,000 and 330,000 tonnes" (no hedge), "a net 244 tonnes" ("a net" no
  hedge, hundred-fifty-fourth), „mehr als 900 Tonnen Gold“ "over".
- Percentages as written (every batch): moves, levels and shares; "about 1.2% below the
  record close" "about" ("below" after the figure compares), „um rund 15 Prozent unter dem
  Vorjahresniveau“ "about", „rund 31 Prozent über dem Schlusskurs“ "about", „fast 9 Prozent“
  "nearly", „um gut 15 Prozent“ "over", "roughly 22% below its October record" "about", „mit
  einem Minus von 3,9 Prozent“ 3.9 and „mit einem Plus“ none (hundred-fiftieth), „0,9
  Prozent höher“ and „6,2 Prozent fester“ with no hedge (the comparison after the figure,
  hundred-first), "a decline of 2% to 3%" both ends, odds ("as 74% likely, up from 58%", "at
  38%, down from 52%", „zu knapp 50 Prozent“ "nearly" - „derzeit“ no hedge), "the 2% goal" 2
  (three-hundred-and-twenty-fourth). New: „ein halbes Prozent“ and "half a percent" are 0.5
  % - half of the unit written, as „einen halben Prozentpunkt“ is 0.5 pp (sixty-second) and
  "a half-point cut" 0.5 pp (hundred-thirty-ninth). Basis points are "bp" and a quarter
  point of a rate "pp" (sixty-second, two-hundred-and-ninety-fourth): „um 6 Basispunkte“,
  „um 7 Basispunkte“, „um 2 Basispunkte“, "5 basis points", "3.5 basis points", "2.5 basis
  points", "4 basis points", "just 65 basis points apart" ("just" no hedge,
  hundred-fifty-fourth), "about 31 basis points of easing" "about", „um 25 Basispunkte auf
  1,75 Prozent“; "a quarter-point reduction" 0.25 pp.
- Maturities are durations in years (sixty-second, two-hundred-and-ninety-fourth):
  „zehnjährigen Bundesanleihe“ (twice), „zweijähriger Schatzanweisungen“, „zehnjähriger
  japanischer Staatsanleihen“, „zehnjähriger US-Staatsanleihen“, "two-year gilts", "Ten-year
  gilt yields", "the 10-year Treasury note's yield", "The 10-year Treasury yield", "The
  benchmark 10-year note's yield", "the rate-sensitive two-year yield", "the two- and
  10-year yields" 2 and 10 years (hundred-fifty-fourth), "20-year bonds", "Japan's 30-year
  government bond", "the 30-year yield", "The 10-year JGB yield", "the 10-year yield"; „eine
  bis 2036 laufende Bundesanleihe“ gives the year only (two-hundred-and-ninety-fourth).
- Exchange rates are money in the priced currency (sixty-second, hundred-fifty-fourth,
  two-hundred-and-ninety-fourth): "$1.3118", "$1.3124", "$1.3159" after "Sterling" USD;
  "$1.1583" and "$1.1641" after "The euro" USD; "154.31 per dollar" after "The yen" and
  "155.48 per dollar" JPY; "0.7991 per dollar" after "the Swiss franc" CHF; "145 yen per
  dollar ..., compared with 150 yen" JPY; „1,1561 US-Dollar“, „auf 1,1574 (Dienstag: 1,1602)
  Dollar“ both USD, „1,1548 US-Dollar“ and „1,14 Dollar“ USD; „0,8812 Pfund“ GBP; „0,9284
  Franken“, „0,7996 Franken“ and „0,9261 Franken“ CHF; „155,02 Yen“ JPY. New: „knapp über
  1,16 Dollar“ is 1.16 USD "over" and „auf knapp unter 156 Yen“ 156 JPY "under" - „knapp“
  before „über“ or „unter“ narrows the bound as "just over" is "over" (hundred-fifty-second)
  and "just under" "under" (three-hundredth), and it is no "nearly" of its own, the bound
  standing right before the figure.
- Unit prices are money and the unit after "a", "per", "an", „je“ carries none
  (sixty-second, three-hundred-and-forty-fifth): "$59.84 a barrel", "$63.97", "$64.45 a
  barrel", "$60.35", "$62 a barrel", „63,12 US-Dollar je Barrel“, „59,08 Dollar“, "$4,482.16
  per ounce", "$4,497.80", "$4,800 an ounce", "$56.31 an ounce", "$1,612.50", "$1,388.25",
  „4.465 Dollar“ („Eine Feinunze“ none), „rund 17 Dollar weniger als am Vortag“ "about";
  moves in cents and „Cent“ as USD hundredths in rows that price in dollars ("62 cents", "55
  cents", "48 cents", "51 cents", „um 84 Cent“, „um 79 Cent“; hundred-fifty-fourth,
  three-hundred-and-forty-fifth); „um 85 Rappen“ 0.85 CHF (Rappen as CHF hundredths,
  three-hundred-and-forty-fifth); pence as GBP hundredths ("1,312 pence" 13.12, "486.2
  pence" 4.862; hundred-twenty-sixth). "Every one-yen rise" is 1 JPY (hundred-fifty-fourth:
  "every one-yen move"). "for December delivery", „zur Januar-Lieferung“, "Brent", "WTI" and
  „US-Leichtöl“ none.
- Money in the currency written (every batch): share prices, targets, results, guidance,
  dividends, buybacks, deals and auctions - EUR („auf 38,12 Euro“, „von 52 auf 41 Euro“ and
  „von 230 auf 265 Euro“ both - the currency written once serves, seventy-sixth and
  hundred-fifty-fourth -, „auf 380 bis 420 Millionen Euro, nach zuvor 450 bis 500 Millionen
  Euro“ four amounts, „1,12 Milliarden Euro ..., ... nur 0,96 Milliarden“ EUR for the later
  figure, hundred-seventeenth, „im Wert von 212,7 Millionen Euro“ no hedge, „4,20 Euro je
  Aktie ..., nach 3,60 Euro“, „um 3,5 Milliarden Euro ... im Volumen von 7,2 Milliarden
  Euro“, „für rund 310 Millionen Euro“ "about", „5,9 Milliarden Euro“), CHF („auf 148,35
  Franken“, „auf 63,10 Franken“, „auf 66,95 Franken“, „2,21 Milliarden Franken“), JPY
  ("2,184 yen", "720 billion yen", "about 11 billion yen", "a record 14.6 trillion yen" - "a
  record" no hedge -, "about 14 trillion yen", „31.240 Yen“), GBP ("205 million to 215
  million pounds" both, "about 190 million pounds"), USD ("$14.5 billion to $15 billion"
  both, "up to $20 billion" "up_to", "a record $9.8 billion", "$16 billion", "$7.4 billion
  in cash, or $48 a share", „46,23 Dollar“, "about $96,480" "about"), and "18.36 euros" and
  "about 450 million euros" EUR in English copy.
- Fractions (the issue; hundred-fifty-fourth, two-hundred-and-ninety-fourth): "by a fifth"
  0.2 ("by" no hedge, as „um ein Fünftel“), "by about a quarter" 0.25 "about", "Roughly
  two-thirds of the stocks" 0.6667 "about", „rund ein Fünftel höher als im Monatsschnitt“
  0.2 "about" („höher als“ after the share compares; „Monatsschnitt“ none).
- Durations (the issue; every batch): "the smallest pay rises in four years" 4 years, „den
  tiefsten Stand seit fünf Wochen“ 5 weeks, "its strongest level in three weeks" 3 weeks,
  "its two-day gain" 2 days (hundred-fifty-fourth: "a three-day winning streak"), "in the
  six months to September" 6 months, "in the 10 weeks to Nov. 14" 10 weeks and the date, "in
  14 of the past 20 years" 20 years. New: „Das neue Ziel gilt auf Sicht von zwölf Monaten“
  is 12 months with no hedge - the horizon a price target is set for is a span, as "over the
  next 12 months" (three-hundred-and-twenty-fourth), and „auf Sicht von“ bounds nothing.
  None: „seit einer Woche“ (an article, sixty-second: „binnen einer Woche“), „in der
  vergangenen Woche“, „in dieser Woche“, „in der kommenden Woche“, „Auf Wochensicht“, „zum
  Wochenstart“, „zum Wochenschluss“, „zum Wochenausklang“, „am Vortag“, „Vortagesverlusten“,
  „im Vorjahr“, „Vorjahresniveau“, „jährlich“, „jährliche“, „heuer“, „zum Jahresende“, „bis
  zum Jahresende“, „für das laufende Geschäftsjahr“, „Monatsschnitt“, "this year", "next
  year", "so far this year", "a week ago", "for the week", "over the week", "on the week",
  "its best week in a month" (an article, three-hundredth: "a year"), "full-year", "annual",
  "annualised", "the end of the year", "later in the week", "next week", "next month",
  weekdays, months ("July-September", "in October", "since January", "since April", "by
  March", „seit Februar“, „im Dezember“) and clock times.
- Ordinals (the issue: "das sechste Treffen"; every batch): "in the third quarter" and „im
  dritten Quartal“ 3, "for the second half" and "into the second half" 2, „im ersten
  Quartal“ and "in the first quarter" 1 (twice), "fourth-quarter" and "its fiscal fourth
  quarter" 4, "for a second session" 2, „in der ersten Handelsstunde“ 1
  (two-hundred-and-ninety-fourth), "its first close above 7,000" 1. New: „in den ersten drei
  Quartalen“ is ordinal 1 and count 3 - the first part of a period counted as "the first
  nine months" is ordinal 1 and 9 months (two-hundred-and-fortieth), and a quarter, no unit
  of the duration list, is counted as "five straight quarters" is
  (two-hundred-and-fortieth). „erstmals“ none (forty-first).
- Years and dates: „bis Ende 2028“, „ab 2028“ and „ab 2029“ (no hedge,
  three-hundred-and-twenty-fourth), „auch 2027“, „seit 2008“, "since June 2008", "since
  2007" the years; "on Oct. 29", "the week to Nov. 13", "the week ended Nov. 14", "to Nov.
  14", "Oct. 27-28" (two dates, three-hundred-and-twenty-fourth), „per 1. Januar“ --01-01
  ("per" no hedge, hundred-fifty-fourth) and „am 17. Dezember“ --12-17 dates without a year;
  Reuters English datelines with a day ("TOKYO, Nov 16", "LONDON, Nov 16", "SINGAPORE, Nov
  17", "NEW YORK, Nov 17", "LONDON, Nov 18", "NEW YORK, Nov 18", "LONDON, Nov 19", "TOKYO,
  Nov 20", "LONDON, Nov 20", "NEW YORK, Nov 20") dates without a year
  (hundred-fifty-fourth); dpa-AFX ("FRANKFURT (dpa-AFX) -", "Tokio (dpa-AFX) -", "London
  (dpa-AFX) -", "NEW YORK (dpa-AFX) -"), APA ("Wien (APA) -"), awp ("Zürich (awp) -"),
  Reuters German ("Frankfurt (Reuters) -") and AP ("NEW YORK (AP) —") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "around", "roughly", "Roughly"
  "about"; „knapp“ (before a figure), „fast“ "nearly"; „gut“, „mehr als“, „knapp über“,
  "above" "over"; „knapp unter“ "under"; "up to" "up_to". No hedge: „nur“, „nur noch“,
  „lediglich“, „noch“, „zuletzt“, „derzeit“, „weitere“, „im Schnitt“, „durchschnittlich“,
  „im Wert von“, „im Volumen von“, „per“, „ab“ before a year, "just", "a net", "a record",
  "another", "between ... and", the "to" and „bis“ of a range, "below", „unter“, „über“,
  „höher“, „fester“ and „weniger als“ after a figure, and „unter die Marke von“, „über
  die/der Marke von“ before a noun.
- Speakers, checked only in forms the earlier batches settled. German: „teilte Limmatpharm
  mit“ -> "Limmatpharm" (two-hundred-and-ninety-fourth: „teilte Glarnia mit“), „teilte die
  Finanzagentur mit“ -> "die Finanzagentur" (hundred-fifty-fourth), „teilte die Wiener Börse
  mit“ -> "die Wiener Börse" and „teilte das US-Energieministerium mit“ -> "das
  US-Energieministerium" as written with the article (two-hundred-and-ninety-fourth: „teilte
  das US-Arbeitsministerium mit“), „teilte das Unternehmen am Vormittag mit“ -> "das
  Unternehmen" (the time dropped, hundred-fifty-fourth), „wie das ZEW mitteilte“ -> "das
  ZEW" (ninety-sixth, two-hundred-and-fortieth); „X sagte, ...“ with the office dropped
  („Rheinlicht-Chefin Dagmar Kronsbein“, „Finanzvorstand Helmut Pointecker“, „Konzernchefin
  Corinne Bärtschiger“, „Vorstandschefin Claudia Reimsbach“, „Devisenexpertin Ulrike
  Haferkamp von der Vierlanden Bank“, „Vorstandschefin Sabine Hinterecker“,
  „BoJ-Ratsmitglied Hiroshi Tanemura“, „Montvoie-Chef Raphaël Duboux“, „Rohstoffexpertin
  Friederike Moorkamp von der Weserbank“, „Kremser-Papier-Chef Gerold Gaisbichler“;
  hundred-fifty-fourth, two-hundred-and-ninety-fourth) and the surname opening the row
  („Wellenkamp sagte“, „Ruhnkamp sagte“, „Duvenbeck sagte“; forty-second). English: the name
  with the office dropped ("Chief Financial Officer Kenta Oribe told reporters", "Chief
  Executive Moira Tresidder said", "Chief Financial Officer Pieter Hoogendam told analysts";
  two-hundred-and-fortieth: "Ambrose told analysts"), the surname opening the row
  ("Kambayashi said", "Kearsley said", "Quarmby said", "Rajagopalan said", "Castellvi said",
  "Toller said", "Shimabara said", "Sowerby said"; hundred-fiftieth), a firm at the head of
  reported speech as written ("Asagiri said", "Larkhill said"; two-hundred-and-fortieth,
  two-hundred-and-ninety-fourth), "The company said" -> "the company" (seventy-first), and
  "the Cabinet Office said" and "the Labor Department said" with their article
  (hundred-fifty-fourth, three-hundred-and-twenty-fourth, three-hundred-and-forty-fifth).
  Left unchecked (None): all negatives, also those with a named speaker; „wie der
  Uhrenverband FH mitteilte“ (a description before the name, fortieth and
  hundred-fifty-fourth), „Die Statistikbehörde Eurostat veröffentlicht“, „Die Investmentbank
  Harcourt Lyle hob“, „Die Analysten senkten“, „kündigte der Konzern an“, „Volkswirte
  rechnen“, „Analysten hatten ... erwartet“, „nach Einschätzung vieler Händler“ (acts,
  estimating verbs and plural groups; forty-first, hundred-fifty-fourth); "Three OPEC+
  delegates said", "two people familiar with the matter said", "Economists polled by
  Reuters", "a Reuters poll of analysts", "Japan's top currency diplomat said" (a role,
  hundred-fifteenth), "data showed", "Separate official data showed", "the minutes showed",
  "according to LSEG data", "according to CME Group's FedWatch tool", "according to market
  sources citing ...", "according to Dunmere Market Research" and "according to the World
  Gold Council" (data and "according to", two-hundred-and-ninety-fourth), the plan of "The
  government", rows without attribution, and - to keep the checked speakers near 35, as the
  two-hundred-and-seventeenth, three-hundred-and-twenty-fourth and
  three-hundred-and-forty-fifth batches did - "after the chipmaker said" (Vantrix) and
  "after the lender said" (Veltmar).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_351 = [
    # --- Monday, Nov 16: Tokyo close (Reuters) ---
    (
        "en",
        "TOKYO, Nov 16 (Reuters) - Tokyo stocks fell on Monday, with the Nikkei average closing 1.4% lower at 48,912.36 after data showed the economy shrank in the third quarter and a firmer yen weighed on exporters.",
        True,
        [("date", "--11-16", None, None), ("percent", 1.4, "%", None), ("count", 48912.36, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Gross domestic product contracted at an annualised rate of 1.8% in July-September, a steeper fall than the 0.9% drop economists had forecast, the Cabinet Office said.",
        True,
        [("percent", 1.8, "%", None), ("percent", 0.9, "%", None)],
        "the Cabinet Office",
    ),
    (
        "en",
        "The broader Topix lost 1.1% to 3,318.40, with 1,296 of its components falling and 287 rising.",
        True,
        [("percent", 1.1, "%", None), ("count", 3318.4, None, None), ("count", 1296, None, None), ("count", 287, None, None)],
        None,
    ),
    (
        "en",
        "Asagiri Motors slumped 6.3% to 2,184 yen after the carmaker slashed its full-year operating profit guidance by a fifth to 720 billion yen, pointing to U.S. tariffs and the yen's recent strength.",
        True,
        [("percent", 6.3, "%", None), ("money", 2184, "JPY", None), ("fraction", 0.2, None, None), ("money", 720000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Asagiri said it now assumes an exchange rate of 145 yen per dollar for the second half, compared with 150 yen previously.",
        True,
        [("money", 145, "JPY", None), ("ordinal", 2, None, None), ("money", 150, "JPY", None)],
        "Asagiri",
    ),
    (
        "en",
        "Every one-yen rise against the dollar trims about 11 billion yen from annual operating profit, Chief Financial Officer Kenta Oribe told reporters.",
        True,
        [("money", 1, "JPY", None), ("money", 11000000000, "JPY", "about")],
        "Kenta Oribe",
    ),
    (
        "en",
        '"The GDP number takes away the last excuse for optimism on domestic demand," said Ryota Kambayashi, chief strategist at Sakuradai Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kambayashi said he still saw the Nikkei finishing the year around 50,000, supported by share buybacks, which reached a record 14.6 trillion yen in the six months to September.",
        True,
        [("count", 50000, None, "about"), ("money", 14600000000000, "JPY", None), ("duration", 6, "month", None)],
        "Kambayashi",
    ),
    (
        "en",
        "Some fund managers said foreign investors were likely to stay on the sidelines until the Bank of Japan's next move becomes clearer.",
        False,
        [],
        None,
    ),
    # --- Monday: Frankfurt opening (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Schwache Vorgaben aus Asien haben den Dax zum Wochenstart belastet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der deutsche Leitindex fiel kurz nach dem Handelsstart um 0,6 Prozent auf 23.874,15 Punkte und rutschte damit wieder unter die Marke von 24.000 Punkten.",
        True,
        [("percent", 0.6, "%", None), ("count", 23874.15, None, None), ("count", 24000, None, None)],
        None,
    ),
    (
        "de",
        "Am Freitag hatte der Dax noch 0,9 Prozent höher bei 24.018,60 Punkten geschlossen.",
        True,
        [("percent", 0.9, "%", None), ("count", 24018.6, None, None)],
        None,
    ),
    (
        "de",
        "Unter Druck standen die Aktien des Autozulieferers Hornburg, die nach einer Abstufung durch die Bank Elbling um 4,7 Prozent auf 38,12 Euro fielen.",
        True,
        [("percent", 4.7, "%", None), ("money", 38.12, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Analysten senkten ihr Votum von „Kaufen“ auf „Halten“ und das Kursziel von 52 auf 41 Euro.",
        True,
        [("money", 52, "EUR", None), ("money", 41, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Händler sprach von einer „kalten Dusche für die gesamte Zulieferbranche“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gefragt waren dagegen Versorgerwerte: Rheinlicht Energie stiegen an der Dax-Spitze um 2,3 Prozent auf 61,84 Euro, nachdem der Konzern den Verkauf seines polnischen Gasnetzes für 1,45 Milliarden Euro bekanntgegeben hatte.",
        True,
        [("percent", 2.3, "%", None), ("money", 61.84, "EUR", None), ("money", 1450000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rheinlicht-Chefin Dagmar Kronsbein sagte, der Erlös fließe vollständig in den Ausbau der Stromnetze in Deutschland.",
        True,
        [],
        "Dagmar Kronsbein",
    ),
    (
        "de",
        "„Mit diesem Geld kaufen wir uns ein Stück Zukunft“, fügte Kronsbein hinzu.",
        False,
        [],
        None,
    ),
    # --- Monday: Vienna at midday (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Börse hat am Montag bis Mittag Verluste verbucht: Der Leitindex ATX fiel bis 12.00 Uhr um 0,74 Prozent auf 4.962,18 Einheiten.",
        True,
        [("percent", 0.74, "%", None), ("count", 4962.18, None, None)],
        None,
    ),
    (
        "de",
        "Von den 20 ATX-Werten lagen zu Mittag nur vier im Plus.",
        True,
        [("count", 20, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Schwächster Wert waren die Aktien des Stahlkonzerns Tauernstahl mit einem Minus von 3,9 Prozent auf 27,46 Euro.",
        True,
        [("percent", 3.9, "%", None), ("money", 27.46, "EUR", None)],
        None,
    ),
    (
        "de",
        "Tauernstahl hatte am Freitag nach Börsenschluss seine Ebit-Prognose für das laufende Geschäftsjahr auf 380 bis 420 Millionen Euro gesenkt, nach zuvor 450 bis 500 Millionen Euro.",
        True,
        [("money", 380000000, "EUR", None), ("money", 420000000, "EUR", None), ("money", 450000000, "EUR", None), ("money", 500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Wiener Händler bezeichnete die Prognosesenkung als „keine große Überraschung, aber ein weiteres Warnsignal“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzvorstand Helmut Pointecker sagte, die Nachfrage der europäischen Autoindustrie liege um rund 15 Prozent unter dem Vorjahresniveau.",
        True,
        [("percent", 15, "%", "about")],
        "Helmut Pointecker",
    ),
    (
        "de",
        "Marktbeobachter halten eine Erholung vor den Zinsentscheiden im Dezember für wenig wahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- Monday: London close (Reuters) ---
    (
        "en",
        "LONDON, Nov 16 (Reuters) - Britain's FTSE 100 closed 0.3% lower on Monday as losses in miners outweighed gains in defensive stocks, while a weaker pound lent some support to exporters.",
        True,
        [("date", "--11-16", None, None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "The blue-chip index ended at 9,804.55 points, while the domestically focused FTSE 250 lost 0.6% to 22,117.90.",
        True,
        [("count", 9804.55, None, None), ("percent", 0.6, "%", None), ("count", 22117.9, None, None)],
        None,
    ),
    (
        "en",
        "Polventon Minerals dropped 5.2% to 1,312 pence after the copper miner cut its output forecast for its Chilean flagship mine by about a quarter for next year, blaming lower ore grades.",
        True,
        [("percent", 5.2, "%", None), ("money", 13.12, "GBP", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Moira Tresidder said the company would still produce between 310,000 and 330,000 tonnes of copper this year.",
        True,
        [("count", 310000, None, None), ("count", 330000, None, None)],
        "Moira Tresidder",
    ),
    (
        "en",
        '"Geology is not something you can negotiate with," Tresidder said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling weakened 0.4% to $1.3118 after a survey showed British employers planned the smallest pay rises in four years.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.3118, "USD", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Yields on two-year gilts dropped 5 basis points to 3.61%, their lowest since January.",
        True,
        [("duration", 2, "year", None), ("percent", 5, "bp", None), ("percent", 3.61, "%", None)],
        None,
    ),
    (
        "en",
        '"Markets are running out of reasons to buy British," said Fiona Kettleburgh, head of UK equities at Mossgate Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Money markets now price a quarter-point reduction in Bank Rate next month as 74% likely, up from 58% on Friday, according to LSEG data.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 74, "%", None), ("percent", 58, "%", None)],
        None,
    ),
    # --- Monday: Wall Street close (AP) ---
    (
        "en",
        "NEW YORK (AP) — Wall Street ended a choppy day mixed on Monday, as a slump in chip stocks offset gains for banks and health care companies.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 slipped 0.2%, the Dow Jones Industrial Average rose 184 points, or 0.4%, and the Nasdaq composite fell 0.7%.",
        True,
        [("percent", 0.2, "%", None), ("count", 184, None, None), ("percent", 0.4, "%", None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "The S&P 500 closed at 6,912.47, about 1.2% below the record close it set on Oct. 29.",
        True,
        [("count", 6912.47, None, None), ("percent", 1.2, "%", "about"), ("date", "--10-29", None, None)],
        None,
    ),
    (
        "en",
        "Vantrix Semiconductor sank 7.9% after the chipmaker said a key customer had delayed orders for its data-center processors into the second half of next year.",
        True,
        [("percent", 7.9, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Anything with an AI label got priced for perfection, and perfection just got postponed," said Darnell Upshaw, chief investment officer at Hollowmere Wealth.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In the bond market, the 10-year Treasury note's yield eased to 4.08%, down from 4.13% late Friday.",
        True,
        [("duration", 10, "year", None), ("percent", 4.08, "%", None), ("percent", 4.13, "%", None)],
        None,
    ),
    (
        "en",
        "Benchmark U.S. crude rose 62 cents to settle at $59.84 a barrel, and Brent crude, the international standard, gained 55 cents to $63.97.",
        True,
        [("money", 0.62, "USD", None), ("money", 59.84, "USD", None), ("money", 0.55, "USD", None), ("money", 63.97, "USD", None)],
        None,
    ),
    (
        "en",
        "Roughly two-thirds of the stocks in the S&P 500 rose.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Investors will be watching results from retailers later in the week for clues about the strength of holiday spending.",
        False,
        [],
        None,
    ),
    # --- Tuesday, Nov 17: Zurich opening (awp) ---
    (
        "de",
        "Zürich (awp) - Der Schweizer Aktienmarkt ist am Dienstag mit leichten Gewinnen in den Handel gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex SMI stieg bis 9.30 Uhr um 0,28 Prozent auf 12'916,43 Punkte, der breite SPI legte um 0,25 Prozent auf 17'342,08 Punkte zu.",
        True,
        [("percent", 0.28, "%", None), ("count", 12916.43, None, None), ("percent", 0.25, "%", None), ("count", 17342.08, None, None)],
        None,
    ),
    (
        "de",
        "Im Fokus standen die Titel von Limmatpharm, die nach Studiendaten zu einem Herzmedikament um 4,6 Prozent auf 148,35 Franken anzogen.",
        True,
        [("percent", 4.6, "%", None), ("money", 148.35, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Mittel habe in einer Studie mit 6'200 Patienten das Risiko eines Herzinfarkts um 23 Prozent gesenkt, teilte Limmatpharm mit.",
        True,
        [("count", 6200, None, None), ("percent", 23, "%", None)],
        "Limmatpharm",
    ),
    (
        "de",
        "Konzernchefin Corinne Bärtschiger sagte, der Zulassungsantrag in den USA solle im ersten Quartal eingereicht werden.",
        True,
        [("ordinal", 1, None, None)],
        "Corinne Bärtschiger",
    ),
    (
        "de",
        "«Das ist der wichtigste Tag in der Geschichte unseres Unternehmens», sagte Bärtschiger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktien des Uhrenherstellers Montvoie gaben dagegen um 85 Rappen auf 63,10 Franken nach.",
        True,
        [("money", 0.85, "CHF", None), ("money", 63.1, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Franken blieb gefragt: Ein Euro kostete 0,9284 Franken, ein Dollar 0,7996 Franken.",
        True,
        [("money", 0.9284, "CHF", None), ("money", 0.7996, "CHF", None)],
        None,
    ),
    (
        "de",
        "Händler verwiesen auf die anhaltende Nachfrage nach sicheren Häfen.",
        False,
        [],
        None,
    ),
    # --- Tuesday: oil (Reuters) ---
    (
        "en",
        "SINGAPORE, Nov 17 (Reuters) - Oil prices rose for a second session on Tuesday on signs that OPEC+ could pause its planned output increases in the first quarter.",
        True,
        [("date", "--11-17", None, None), ("ordinal", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures were up 48 cents, or 0.8%, at $64.45 a barrel by 0640 GMT, while U.S. West Texas Intermediate crude gained 51 cents, or 0.9%, to $60.35.",
        True,
        [("money", 0.48, "USD", None), ("percent", 0.8, "%", None), ("money", 64.45, "USD", None), ("money", 0.51, "USD", None), ("percent", 0.9, "%", None), ("money", 60.35, "USD", None)],
        None,
    ),
    (
        "en",
        "Three OPEC+ delegates said the group was considering holding output steady from January after adding about 1.6 million barrels per day since April.",
        True,
        [("count", 3, None, None), ("count", 1600000, None, "about")],
        None,
    ),
    (
        "en",
        '"Everyone was braced for a glut, and the glut keeps arriving later than promised," said Siobhan Kearsley, an oil analyst at Fernbrook Energy Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kearsley said she expected Brent to average $62 a barrel in the first quarter, below the current futures curve.",
        True,
        [("money", 62, "USD", None), ("ordinal", 1, None, None)],
        "Kearsley",
    ),
    (
        "en",
        "Crude stocks in the United States grew by 2.1 million barrels during the week to Nov. 13, according to market sources citing American Petroleum Institute figures.",
        True,
        [("count", 2100000, None, None), ("date", "--11-13", None, None)],
        None,
    ),
    (
        "en",
        "The average forecast in a Reuters poll of analysts was for a build of about 900,000 barrels.",
        True,
        [("count", 900000, None, "about")],
        None,
    ),
    (
        "en",
        "Several traders doubted the rally would last while Chinese buying remained subdued.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Brent has lost about 14% of its value this year.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    # --- Tuesday: Bunds (Reuters German) ---
    (
        "de",
        "Frankfurt (Reuters) - Nach überraschend schwachen Konjunkturdaten haben Anleger am Dienstag verstärkt Bundesanleihen gekauft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Gegenzug fiel die Rendite der zehnjährigen Bundesanleihe um 6 Basispunkte auf 2,58 Prozent, den tiefsten Stand seit fünf Wochen.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 2.58, "%", None), ("duration", 5, "week", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zweijähriger Schatzanweisungen sank um 7 Basispunkte auf 1,96 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 7, "bp", None), ("percent", 1.96, "%", None)],
        None,
    ),
    (
        "de",
        "Die ZEW-Konjunkturerwartungen waren im November auf 12,4 Punkte von 31,8 Punkten im Oktober eingebrochen, wie das ZEW mitteilte.",
        True,
        [("count", 12.4, None, None), ("count", 31.8, None, None)],
        "das ZEW",
    ),
    (
        "de",
        "„Die Konjunkturhoffnungen für das Frühjahr sind damit erst einmal vom Tisch“, sagte Zinsstratege Moritz Wellenkamp von der Weserbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wellenkamp sagte, er rechne nun mit einer Rendite der zehnjährigen Bundesanleihe von 2,40 Prozent zum Jahresende.",
        True,
        [("duration", 10, "year", None), ("percent", 2.4, "%", None)],
        "Wellenkamp",
    ),
    (
        "de",
        "Bei der Aufstockung einer bis 2036 laufenden Bundesanleihe um 3,5 Milliarden Euro gingen Gebote im Volumen von 7,2 Milliarden Euro ein, teilte die Finanzagentur mit.",
        True,
        [("year", 2036, None, None), ("money", 3500000000, "EUR", None), ("money", 7200000000, "EUR", None)],
        "die Finanzagentur",
    ),
    (
        "de",
        "Ob die Notenbank tatsächlich nachlegt, hängt nach Einschätzung vieler Händler vor allem von den Inflationsdaten ab.",
        False,
        [],
        None,
    ),
    # --- Tuesday: Frankfurt close (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Nach einem schwankungsreichen Handel ist der Dax am Dienstag mit leichten Gewinnen aus dem Tag gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der deutsche Leitindex gewann zum Xetra-Schluss ein halbes Prozent auf 23.991,07 Punkte.",
        True,
        [("percent", 0.5, "%", None), ("count", 23991.07, None, None)],
        None,
    ),
    (
        "de",
        "Spitzenreiter im Dax waren die Aktien des Chemiekonzerns Lübsen mit einem Kurssprung von 8,4 Prozent auf 57,92 Euro.",
        True,
        [("percent", 8.4, "%", None), ("money", 57.92, "EUR", None)],
        None,
    ),
    (
        "de",
        "Lübsen hatte im dritten Quartal ein bereinigtes Ebitda von 1,12 Milliarden Euro erzielt, Analysten hatten im Schnitt nur 0,96 Milliarden erwartet.",
        True,
        [("ordinal", 3, None, None), ("money", 1120000000, "EUR", None), ("money", 960000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zudem kündigte der Konzern an, bis Ende 2028 rund 2.400 Stellen abzubauen, davon etwa 1.500 in Deutschland.",
        True,
        [("year", 2028, None, None), ("count", 2400, None, "about"), ("count", 1500, None, "about")],
        None,
    ),
    (
        "de",
        "Vorstandschefin Claudia Reimsbach sagte, der Abbau solle ab 2029 jährlich 600 Millionen Euro einsparen.",
        True,
        [("year", 2029, None, None), ("money", 600000000, "EUR", None)],
        "Claudia Reimsbach",
    ),
    (
        "de",
        "Die Gewerkschaft IG BCE sprach von einem „Kahlschlag, den allein die Beschäftigten bezahlen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Der Markt sucht einen Boden, aber er hat ihn noch nicht gefunden“, sagte ein Händler.",
        False,
        [],
        None,
    ),
    # --- Tuesday: currencies (Reuters) ---
    (
        "en",
        "NEW YORK, Nov 17 (Reuters) - The dollar rose against most major currencies on Tuesday as a rebound in Treasury yields drew investors back to the greenback.",
        True,
        [("date", "--11-17", None, None)],
        None,
    ),
    (
        "en",
        "The dollar index, which measures the currency against six others, rose 0.3% to 99.84.",
        True,
        [("count", 6, None, None), ("percent", 0.3, "%", None), ("count", 99.84, None, None)],
        None,
    ),
    (
        "en",
        "The euro fell 0.2% to $1.1583, having touched $1.1641 on Monday, its strongest level in three weeks.",
        True,
        [("percent", 0.2, "%", None), ("money", 1.1583, "USD", None), ("money", 1.1641, "USD", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "The yen weakened to 154.31 per dollar after Japan's top currency diplomat said authorities were watching moves with a sense of urgency.",
        True,
        [("money", 154.31, "JPY", None)],
        None,
    ),
    (
        "en",
        "Tokyo's finance ministry would not confirm whether it had sold dollars.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling was steady at $1.3124, while the Swiss franc traded at 0.7991 per dollar.",
        True,
        [("money", 1.3124, "USD", None), ("money", 0.7991, "CHF", None)],
        None,
    ),
    (
        "en",
        "Traders put the odds of a Federal Reserve rate cut in December at 38%, down from 52% a week ago, according to CME Group's FedWatch tool.",
        True,
        [("percent", 38, "%", None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "en",
        '"The dollar\'s funeral was announced a little too early," said Lucas Quarmby, head of currency strategy at Osterley Bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quarmby said he saw the euro at $1.13 by the end of March.",
        True,
        [("money", 1.13, "USD", None)],
        "Quarmby",
    ),
    # --- Wednesday, Nov 18: gold (Reuters) ---
    (
        "en",
        "LONDON, Nov 18 (Reuters) - Gold rose to a record high on Wednesday as falling real yields and central bank buying drew investors to the metal.",
        True,
        [("date", "--11-18", None, None)],
        None,
    ),
    (
        "en",
        "Spot gold was up 1.2% at $4,482.16 per ounce by 1005 GMT, after hitting an all-time high of $4,497.80 earlier in the session.",
        True,
        [("percent", 1.2, "%", None), ("money", 4482.16, "USD", None), ("money", 4497.8, "USD", None)],
        None,
    ),
    (
        "en",
        "Gold has gained roughly 38% this year, putting it on course for its best annual performance since 2007.",
        True,
        [("percent", 38, "%", "about"), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Central banks bought a net 244 tonnes of gold in the third quarter, according to the World Gold Council.",
        True,
        [("count", 244, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Gold has become the asset of last resort for everyone who has stopped trusting the printing press," said Anand Rajagopalan, metals strategist at Bellhaven Metals.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rajagopalan said he expected prices to reach $4,800 an ounce by the end of next year.",
        True,
        [("money", 4800, "USD", None)],
        "Rajagopalan",
    ),
    (
        "en",
        "Silver climbed 2.4% to $56.31 an ounce, platinum rose 0.9% to $1,612.50 and palladium added 0.4% to $1,388.25.",
        True,
        [("percent", 2.4, "%", None), ("money", 56.31, "USD", None), ("percent", 0.9, "%", None), ("money", 1612.5, "USD", None), ("percent", 0.4, "%", None), ("money", 1388.25, "USD", None)],
        None,
    ),
    (
        "en",
        "Some analysts cautioned that the rally had run too far, too fast.",
        False,
        [],
        None,
    ),
    # --- Wednesday: currencies (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Der Euro hat am Mittwoch etwas an Boden verloren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gemeinschaftswährung kostete am Nachmittag 1,1561 US-Dollar.",
        True,
        [("money", 1.1561, "USD", None)],
        None,
    ),
    (
        "de",
        "Am Morgen hatte sie noch knapp über 1,16 Dollar notiert.",
        True,
        [("money", 1.16, "USD", "over")],
        None,
    ),
    (
        "de",
        "Die Europäische Zentralbank setzte den Referenzkurs auf 1,1574 (Dienstag: 1,1602) Dollar fest.",
        True,
        [("money", 1.1574, "USD", None), ("money", 1.1602, "USD", None)],
        None,
    ),
    (
        "de",
        "Zum britischen Pfund fiel der Euro auf 0,8812 Pfund, zum Schweizer Franken auf 0,9261 Franken.",
        True,
        [("money", 0.8812, "GBP", None), ("money", 0.9261, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Yen schwächte sich zum Dollar auf 155,02 Yen ab und damit auf den tiefsten Stand seit Februar.",
        True,
        [("money", 155.02, "JPY", None)],
        None,
    ),
    (
        "de",
        "Devisenexpertin Ulrike Haferkamp von der Vierlanden Bank sagte, sie erwarte bis zum Jahresende einen Euro-Kurs von 1,14 Dollar.",
        True,
        [("money", 1.14, "USD", None)],
        "Ulrike Haferkamp",
    ),
    (
        "de",
        "„Der Markt hat die Zinssenkungsfantasie für die USA zu weit getrieben“, sagte Haferkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Devisenhändler sprachen von dünnen Umsätzen vor den Protokollen der US-Notenbank.",
        False,
        [],
        None,
    ),
    # --- Wednesday: Vienna close (APA) ---
    (
        "de",
        "Wien (APA) - Gute Bankenzahlen haben der Wiener Börse am Mittwoch Gewinne beschert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex ATX stieg um 1,06 Prozent auf 5.011,42 Einheiten und schloss damit erstmals seit einer Woche wieder über der Marke von 5.000 Punkten.",
        True,
        [("percent", 1.06, "%", None), ("count", 5011.42, None, None), ("count", 5000, None, None)],
        None,
    ),
    (
        "de",
        "Im prime market wechselten 4,8 Millionen Aktien im Wert von 212,7 Millionen Euro den Besitzer, teilte die Wiener Börse mit.",
        True,
        [("count", 4800000, None, None), ("money", 212700000, "EUR", None)],
        "die Wiener Börse",
    ),
    (
        "de",
        "Kursgewinner des Tages waren die Aktien der Lammertal Bank, die um 5,8 Prozent auf 71,35 Euro zulegten.",
        True,
        [("percent", 5.8, "%", None), ("money", 71.35, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Institut steigerte den Nettogewinn in den ersten drei Quartalen um 17 Prozent auf 1,38 Milliarden Euro.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("percent", 17, "%", None), ("money", 1380000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschefin Sabine Hinterecker sagte, die Kapitalausstattung habe sich weiter verbessert, die harte Kernkapitalquote liege nun bei 16,2 Prozent.",
        True,
        [("percent", 16.2, "%", None)],
        "Sabine Hinterecker",
    ),
    (
        "de",
        "„Wir haben gezeigt, dass wir auch bei Gegenwind verdienen können“, sagte Hinterecker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für heuer stellte die Bank eine Dividende von 4,20 Euro je Aktie in Aussicht, nach 3,60 Euro im Vorjahr.",
        True,
        [("money", 4.2, "EUR", None), ("money", 3.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Analyst der Raiffeisen Centrobank meinte, die Rally der Bankwerte habe noch Luft nach oben.",
        False,
        [],
        None,
    ),
    # --- Wednesday: Wall Street at midday (AP) ---
    (
        "en",
        "NEW YORK (AP) — Stocks were rising in midday trading on Wednesday after a strong forecast from Quorvant Systems revived enthusiasm for artificial intelligence.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 was up 0.9% as of 12:15 p.m. Eastern time, the Dow was up 212 points, or 0.5%, and the Nasdaq composite was 1.4% higher.",
        True,
        [("percent", 0.9, "%", None), ("count", 212, None, None), ("percent", 0.5, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Quorvant jumped 11.2% after it forecast revenue of $14.5 billion to $15 billion for its fiscal fourth quarter, well above analysts' expectations.",
        True,
        [("percent", 11.2, "%", None), ("money", 14500000000, "USD", None), ("money", 15000000000, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The company said it would also buy back up to $20 billion of its stock.",
        True,
        [("money", 20000000000, "USD", "up_to")],
        "the company",
    ),
    (
        "en",
        '"We are sitting on the most important product cycle in the history of computing," Chief Executive Ilona Castellvi said on a call with analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellvi said data-center sales reached a record $9.8 billion in the quarter.",
        True,
        [("money", 9800000000, "USD", None)],
        "Castellvi",
    ),
    (
        "en",
        "Vantrix, which slumped on Monday, recovered 3.1%.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Brambleton Home fell 4.5% after the home-improvement retailer cut its full-year forecast for comparable sales to a decline of 2% to 3%.",
        True,
        [("percent", 4.5, "%", None), ("percent", 2, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "The Federal Reserve is due to release the minutes of its latest policy meeting at 2 p.m.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Some investors worried that the rally in AI stocks had again become dangerously narrow.",
        False,
        [],
        None,
    ),
    # --- Wednesday: Treasuries after the Fed minutes (Reuters) ---
    (
        "en",
        "NEW YORK, Nov 18 (Reuters) - Treasury yields crept up on Wednesday after minutes of the Federal Reserve's Oct. 27-28 meeting showed several officials saw no need for another cut this year.",
        True,
        [("date", "--11-18", None, None), ("date", "--10-27", None, None), ("date", "--10-28", None, None)],
        None,
    ),
    (
        "en",
        "The benchmark 10-year note's yield gained 3.5 basis points to 4.12%, while the rate-sensitive two-year yield climbed 5 basis points to 3.47%.",
        True,
        [("duration", 10, "year", None), ("percent", 3.5, "bp", None), ("percent", 4.12, "%", None), ("duration", 2, "year", None), ("percent", 5, "bp", None), ("percent", 3.47, "%", None)],
        None,
    ),
    (
        "en",
        "The curve flattened, with the two- and 10-year yields now just 65 basis points apart.",
        True,
        [("duration", 2, "year", None), ("duration", 10, "year", None), ("percent", 65, "bp", None)],
        None,
    ),
    (
        "en",
        "Several participants judged that further easing could wait until inflation was clearly heading back to the 2% goal, the minutes showed.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        '"The minutes were a reminder that the Fed is not on autopilot," said Megan Toller, senior rates strategist at Slateford Asset Management.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Toller said she expected the 10-year yield to end the year at 4.25%.",
        True,
        [("duration", 10, "year", None), ("percent", 4.25, "%", None)],
        "Toller",
    ),
    (
        "en",
        "The Treasury sold $16 billion of 20-year bonds at a high yield of 4.684%, with a bid-to-cover ratio of 2.58.",
        True,
        [("money", 16000000000, "USD", None), ("duration", 20, "year", None), ("percent", 4.684, "%", None), ("count", 2.58, None, None)],
        None,
    ),
    (
        "en",
        "It remains an open question whether foreign buyers will keep absorbing the heavy supply.",
        False,
        [],
        None,
    ),
    # --- Thursday, Nov 19: Tokyo (dpa-AFX) ---
    (
        "de",
        "Tokio (dpa-AFX) - Die japanische Börse hat am Donnerstag dank starker Technologiewerte zugelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex Nikkei 225 stieg um 1,7 Prozent auf 49.608,22 Punkte, der breiter gefasste Topix gewann 0,9 Prozent auf 3.351,74 Zähler.",
        True,
        [("percent", 1.7, "%", None), ("count", 49608.22, None, None), ("percent", 0.9, "%", None), ("count", 3351.74, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktien des Halbleiterausrüsters Kuwabara Electronics zogen um 6,8 Prozent auf 31.240 Yen an.",
        True,
        [("percent", 6.8, "%", None), ("money", 31240, "JPY", None)],
        None,
    ),
    (
        "de",
        "Exportwerte profitierten vom schwächeren Yen, der zum Dollar auf knapp unter 156 Yen nachgab.",
        True,
        [("money", 156, "JPY", "under")],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger japanischer Staatsanleihen stieg um 2 Basispunkte auf 1,81 Prozent und damit auf den höchsten Stand seit 2008.",
        True,
        [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 1.81, "%", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "de",
        "BoJ-Ratsmitglied Hiroshi Tanemura sagte, eine Anhebung des Leitzinses auf 0,75 Prozent sei im Dezember eine realistische Option.",
        True,
        [("percent", 0.75, "%", None)],
        "Hiroshi Tanemura",
    ),
    (
        "de",
        "„Wir werden die Zinsen nicht auf Autopilot erhöhen“, fügte Tanemura hinzu.",
        False,
        [],
        None,
    ),
    # --- Thursday: Zurich close (awp) ---
    (
        "de",
        "Zürich (awp) - Der Schweizer Aktienmarkt hat am Donnerstag mit Kursgewinnen geschlossen, gestützt von Technologie- und Industriewerten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex SMI gewann 0,82 Prozent auf 13'021,57 Punkte und schloss damit erstmals über der Marke von 13'000 Punkten.",
        True,
        [("percent", 0.82, "%", None), ("count", 13021.57, None, None), ("count", 13000, None, None)],
        None,
    ),
    (
        "de",
        "Im SMI standen 15 Gewinnern lediglich 5 Verlierer gegenüber.",
        True,
        [("count", 15, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten gesucht waren die Aktien des Uhrenherstellers Montvoie, die um 6,1 Prozent auf 66,95 Franken stiegen.",
        True,
        [("percent", 6.1, "%", None), ("money", 66.95, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Uhrenexporte waren im Oktober um 4,3 Prozent auf 2,21 Milliarden Franken gestiegen, wie der Uhrenverband FH mitteilte.",
        True,
        [("percent", 4.3, "%", None), ("money", 2210000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Montvoie-Chef Raphaël Duboux sagte, das Unternehmen werde die Preise in den USA per 1. Januar um durchschnittlich 6 Prozent anheben.",
        True,
        [("date", "--01-01", None, None), ("percent", 6, "%", None)],
        "Raphaël Duboux",
    ),
    (
        "de",
        "«Die Schweizer Uhr ist und bleibt ein Luxus, den sich die Welt gönnt», sagte Duboux.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Markt wurde darüber gerätselt, ob die Nationalbank im Dezember wieder zu Negativzinsen greift.",
        False,
        [],
        None,
    ),
    # --- Thursday: European shares at midday (Reuters) ---
    (
        "en",
        "LONDON, Nov 19 (Reuters) - European shares rose on Thursday, with technology stocks tracking a rally on Wall Street, while Dutch lender Veltmar Bank tumbled after a profit warning.",
        True,
        [("date", "--11-19", None, None)],
        None,
    ),
    (
        "en",
        "The STOXX 600 pan-European index added 0.6% to 574.12 points by 1130 GMT, having fallen in three of the previous four sessions.",
        True,
        [("percent", 0.6, "%", None), ("count", 574.12, None, None), ("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Veltmar Bank shares sank 9.4% to 18.36 euros after the lender said fourth-quarter profit would come in about 30% below market expectations because of higher provisions for commercial property loans.",
        True,
        [("percent", 9.4, "%", None), ("money", 18.36, "EUR", None), ("ordinal", 4, None, None), ("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Pieter Hoogendam told analysts the bank would set aside about 450 million euros for the loans in the quarter.",
        True,
        [("money", 450000000, "EUR", "about")],
        "Pieter Hoogendam",
    ),
    (
        "en",
        '"This is the kind of surprise that makes investors question every number the bank has given them," said one Amsterdam-based trader.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Germany's DAX rose 0.8% and France's CAC 40 added half a percent.",
        True,
        [("percent", 0.8, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Technology stocks led the gains, climbing 2.1%, while banks were the weakest sector, down 0.7%.",
        True,
        [("percent", 2.1, "%", None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "Some strategists said the rally in chip stocks looked overdone given the uncertain outlook for demand.",
        False,
        [],
        None,
    ),
    # --- Thursday: commodities (dpa-AFX) ---
    (
        "de",
        "London (dpa-AFX) - Die Ölpreise sind am Donnerstag gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Brent-Öl zur Januar-Lieferung verbilligte sich bis zum Mittag um 84 Cent auf 63,12 US-Dollar je Barrel.",
        True,
        [("money", 0.84, "USD", None), ("money", 63.12, "USD", None)],
        None,
    ),
    (
        "de",
        "US-Leichtöl der Sorte WTI gab um 79 Cent auf 59,08 Dollar nach.",
        True,
        [("money", 0.79, "USD", None), ("money", 59.08, "USD", None)],
        None,
    ),
    (
        "de",
        "Die US-Rohöllagerbestände waren in der vergangenen Woche um 3,4 Millionen Barrel auf 431,6 Millionen Barrel gestiegen, teilte das US-Energieministerium mit.",
        True,
        [("count", 3400000, None, None), ("count", 431600000, None, None)],
        "das US-Energieministerium",
    ),
    (
        "de",
        "Händler begründeten den Rückgang mit der Sorge vor einem Überangebot im kommenden Jahr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Goldpreis gab nach seinem Rekordhoch vom Mittwoch leicht nach: Eine Feinunze kostete 4.465 Dollar, rund 17 Dollar weniger als am Vortag.",
        True,
        [("money", 4465, "USD", None), ("money", 17, "USD", "about")],
        None,
    ),
    (
        "de",
        "Rohstoffexpertin Friederike Moorkamp von der Weserbank sagte, die Zentralbanken dürften auch 2027 mehr als 900 Tonnen Gold kaufen.",
        True,
        [("year", 2027, None, None), ("count", 900, None, "over")],
        "Friederike Moorkamp",
    ),
    (
        "de",
        "„Gold ist die Versicherung, die jeder haben will und keiner braucht – bis er sie braucht“, sagte Moorkamp.",
        False,
        [],
        None,
    ),
    # --- Thursday: Wall Street close (AP) ---
    (
        "en",
        "NEW YORK (AP) — Wall Street closed higher Thursday, led by technology stocks, as the number of Americans filing for unemployment benefits fell more than expected.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 gained 1.1% to finish at 7,001.36, its first close above 7,000.",
        True,
        [("percent", 1.1, "%", None), ("count", 7001.36, None, None), ("ordinal", 1, None, None), ("count", 7000, None, "over")],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average climbed 398 points, or 0.8%, to 47,815.09, and the Nasdaq composite gained 1.9% to 23,884.51.",
        True,
        [("count", 398, None, None), ("percent", 0.8, "%", None), ("count", 47815.09, None, None), ("percent", 1.9, "%", None), ("count", 23884.51, None, None)],
        None,
    ),
    (
        "en",
        "Initial jobless claims fell by 19,000 to 214,000 in the week ended Nov. 14, the Labor Department said.",
        True,
        [("count", 19000, None, None), ("count", 214000, None, None), ("date", "--11-14", None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Quorvant added another 4.2% to extend its two-day gain to 15.9%.",
        True,
        [("percent", 4.2, "%", None), ("duration", 2, "day", None), ("percent", 15.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Every time someone writes this rally\'s obituary, it gets back up," said Karen Sowerby, chief market strategist at Ravensmere Advisors.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roughly 380 stocks in the S&P 500 rose, and 118 fell.",
        True,
        [("count", 380, None, "about"), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "The 10-year Treasury yield dipped to 4.07% from 4.12% late Wednesday.",
        True,
        [("duration", 10, "year", None), ("percent", 4.07, "%", None), ("percent", 4.12, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts warned against reading too much into the weekly claims figures.",
        False,
        [],
        None,
    ),
    # --- Friday, Nov 20: Frankfurt opening (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Rückenwind von der Wall Street hat den Dax am Freitag über die Marke von 24.000 Punkten gehievt.",
        True,
        [("count", 24000, None, None)],
        None,
    ),
    (
        "de",
        "Der Leitindex stieg in der ersten Handelsstunde um 1,1 Prozent auf 24.236,81 Punkte.",
        True,
        [("ordinal", 1, None, None), ("percent", 1.1, "%", None), ("count", 24236.81, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktien des Softwarehauses Ilmtal legten an der Dax-Spitze um 5,3 Prozent auf 212,40 Euro zu.",
        True,
        [("percent", 5.3, "%", None), ("money", 212.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Investmentbank Harcourt Lyle hob ihr Kursziel für Ilmtal von 230 auf 265 Euro an und bestätigte ihre Kaufempfehlung.",
        True,
        [("money", 230, "EUR", None), ("money", 265, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das neue Ziel gilt auf Sicht von zwölf Monaten und liegt rund 31 Prozent über dem Schlusskurs vom Donnerstag.",
        True,
        [("duration", 12, "month", None), ("percent", 31, "%", "about")],
        None,
    ),
    (
        "de",
        "Analystin Rebecca Thornycroft lobte vor allem die Fortschritte im Cloud-Geschäft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Titel von Hornburg rutschten dagegen um weitere 1,8 Prozent ab und haben seit Montag damit fast 9 Prozent an Wert verloren.",
        True,
        [("percent", 1.8, "%", None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Bei Hornburg will im Moment niemand in das fallende Messer greifen“, sagte ein Frankfurter Händler.",
        False,
        [],
        None,
    ),
    # --- Friday: JGBs and the yen (Reuters) ---
    (
        "en",
        "TOKYO, Nov 20 (Reuters) - The yield on Japan's 30-year government bond hit a record 3.44% on Friday as investors demanded more compensation to hold long-dated debt ahead of a stimulus package.",
        True,
        [("date", "--11-20", None, None), ("duration", 30, "year", None), ("percent", 3.44, "%", None)],
        None,
    ),
    (
        "en",
        "The 10-year JGB yield rose 2.5 basis points to 1.835%, its highest since June 2008.",
        True,
        [("duration", 10, "year", None), ("percent", 2.5, "bp", None), ("percent", 1.835, "%", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "The government plans to fund the package with about 14 trillion yen of extra borrowing, two people familiar with the matter said.",
        True,
        [("money", 14000000000000, "JPY", "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody wants to be the last buyer of super-long JGBs," said Yuki Shimabara, a fixed income strategist at Mitsuhama Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shimabara said she expected the 30-year yield to climb to 3.6% by March.",
        True,
        [("duration", 30, "year", None), ("percent", 3.6, "%", None)],
        "Shimabara",
    ),
    (
        "en",
        "The yen was little changed at 155.48 per dollar, after weakening 0.6% over the week.",
        True,
        [("money", 155.48, "JPY", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "The Nikkei ended 0.3% lower at 49,459.40, roughly flat for the week.",
        True,
        [("percent", 0.3, "%", None), ("count", 49459.4, None, None)],
        None,
    ),
    # --- Friday: Vienna, the week (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Börse ist mit einem Plus aus der Handelswoche gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der ATX schloss am Freitag um 0,38 Prozent höher bei 5.042,66 Einheiten, auf Wochensicht ergab sich damit ein Zuwachs von 0,87 Prozent.",
        True,
        [("percent", 0.38, "%", None), ("count", 5042.66, None, None), ("percent", 0.87, "%", None)],
        None,
    ),
    (
        "de",
        "Gesucht waren zum Wochenausklang die Papiere des Verpackungsherstellers Kremser Papier, die um 3,2 Prozent auf 33,80 Euro stiegen.",
        True,
        [("percent", 3.2, "%", None), ("money", 33.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Kremser Papier übernimmt den slowenischen Konkurrenten Savinja Karton für rund 310 Millionen Euro, teilte das Unternehmen am Vormittag mit.",
        True,
        [("money", 310000000, "EUR", "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Kremser-Papier-Chef Gerold Gaisbichler sagte, die Übernahme solle ab 2028 jährliche Synergien von 25 Millionen Euro bringen.",
        True,
        [("year", 2028, None, None), ("money", 25000000, "EUR", None)],
        "Gerold Gaisbichler",
    ),
    (
        "de",
        "Gaisbichler sprach von einem „Meilenstein für den Standort Krems“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die kommende Woche erwarten Händler mangels Impulsen aus Wien einen eher ruhigen Handel.",
        False,
        [],
        None,
    ),
    # --- Friday: London close (Reuters) ---
    (
        "en",
        "LONDON, Nov 20 (Reuters) - London's FTSE 100 rose on Friday to post its best week in a month, as a recovery in miners and strong trading from retailer Larkhill Stores lifted the index.",
        True,
        [("date", "--11-20", None, None)],
        None,
    ),
    (
        "en",
        "The blue-chip index climbed 0.7% to 9,912.08, ending the week 1.4% higher.",
        True,
        [("percent", 0.7, "%", None), ("count", 9912.08, None, None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Larkhill surged 12.6% to 486.2 pence after the clothing and homeware retailer reported a 6.8% rise in like-for-like sales in the 10 weeks to Nov. 14.",
        True,
        [("percent", 12.6, "%", None), ("money", 4.862, "GBP", None), ("percent", 6.8, "%", None), ("duration", 10, "week", None), ("date", "--11-14", None, None)],
        None,
    ),
    (
        "en",
        "Larkhill said it now expected annual pretax profit of 205 million to 215 million pounds, above a previous forecast of about 190 million pounds.",
        True,
        [("money", 205000000, "GBP", None), ("money", 215000000, "GBP", None), ("money", 190000000, "GBP", "about")],
        "Larkhill",
    ),
    (
        "en",
        '"Christmas came early for Larkhill shareholders," said Oliver Pemsley, an analyst at Glenmoor Brokers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Polventon Minerals recovered 3.3%, trimming its weekly loss to 2.1%.",
        True,
        [("percent", 3.3, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Ten-year gilt yields fell 4 basis points to 4.41%, and sterling rose 0.3% to $1.3159.",
        True,
        [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 4.41, "%", None), ("percent", 0.3, "%", None), ("money", 1.3159, "USD", None)],
        None,
    ),
    (
        "en",
        "Separate official data showed retail sales volumes in Britain dropped 0.8% in October, a bigger fall than the 0.3% decline forecast in a Reuters poll of economists.",
        True,
        [("percent", 0.8, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    # --- Friday: Frankfurt close and the week (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX) - Mit deutlichen Gewinnen zum Wochenschluss hat der Dax die Handelswoche doch noch ins Plus gedreht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex stieg zum Xetra-Schluss um 1,34 Prozent auf 24.293,55 Punkte, auf Wochensicht steht ein Gewinn von 1,1 Prozent zu Buche.",
        True,
        [("percent", 1.34, "%", None), ("count", 24293.55, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der MDax rückte um 1,48 Prozent auf 30.906,20 Punkte vor, der Euro Stoxx 50 gewann 1,1 Prozent.",
        True,
        [("percent", 1.48, "%", None), ("count", 30906.2, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Den Ausschlag gaben Technologiewerte: Ilmtal schlossen 6,2 Prozent fester, Lübsen legten um 2,9 Prozent zu.",
        True,
        [("percent", 6.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Lübsen-Aktie hat damit seit der Vorlage der Quartalszahlen am Dienstag um gut 15 Prozent zugelegt.",
        True,
        [("percent", 15, "%", "over")],
        None,
    ),
    (
        "de",
        "„Die Jahresendrally ist eröffnet, jetzt fehlt nur noch der Segen der Notenbank“, sagte Marktanalyst Jens Ruhnkamp von der Bank Elbling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ruhnkamp sagte, er sehe den Dax zum Jahresende bei 25.000 Punkten.",
        True,
        [("count", 25000, None, None)],
        "Ruhnkamp",
    ),
    (
        "de",
        "Der Umsatz auf Xetra lag bei 5,9 Milliarden Euro und damit rund ein Fünftel höher als im Monatsschnitt.",
        True,
        [("money", 5900000000, "EUR", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    # --- Friday: Wall Street close and the week (AP) ---
    (
        "en",
        "NEW YORK (AP) — Stocks closed out a winning week on Wall Street on Friday, as gains for technology companies and retailers helped the S&P 500 hold above 7,000.",
        True,
        [("count", 7000, None, "over")],
        None,
    ),
    (
        "en",
        "The S&P 500 rose 0.4% to 7,029.88, bringing its gain for the week to 1.5%.",
        True,
        [("percent", 0.4, "%", None), ("count", 7029.88, None, None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "The Dow added 126 points, or 0.3%, to 47,941.22, and the Nasdaq rose 0.6%.",
        True,
        [("count", 126, None, None), ("percent", 0.3, "%", None), ("count", 47941.22, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "The index is up about 19% so far this year.",
        True,
        [("percent", 19, "%", "about")],
        None,
    ),
    (
        "en",
        "Brambleton Home recovered 2.8%, while Vantrix fell 1.5% and ended the week down 6.9%.",
        True,
        [("percent", 2.8, "%", None), ("percent", 1.5, "%", None), ("percent", 6.9, "%", None)],
        None,
    ),
    (
        "en",
        "Stratavane, the cloud software company, rose 5.1% after agreeing to buy cybersecurity firm Quillguard for $7.4 billion in cash, or $48 a share.",
        True,
        [("percent", 5.1, "%", None), ("money", 7400000000, "USD", None), ("money", 48, "USD", None)],
        None,
    ),
    (
        "en",
        "The price represents a premium of about 36% to Quillguard's closing price on Thursday.",
        True,
        [("percent", 36, "%", "about")],
        None,
    ),
    (
        "en",
        '"This is the kind of deal that only makes sense if you think the AI boom has years left to run," said Tom Ebbesford, an analyst at Blackfen Research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bitcoin fell 2.3% to about $96,480, leaving it roughly 22% below its October record.",
        True,
        [("percent", 2.3, "%", None), ("money", 96480, "USD", "about"), ("percent", 22, "%", "about")],
        None,
    ),
    (
        "en",
        "Investors are likely to stay cautious ahead of next week's inflation data.",
        False,
        [],
        None,
    ),
    # --- Friday: New York close in German (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Die US-Börsen haben am Freitag an ihre Gewinne vom Vortag angeknüpft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Dow Jones Industrial stieg um 0,26 Prozent auf 47.941,22 Punkte, auf Wochensicht ergab sich ein Plus von 1,3 Prozent.",
        True,
        [("percent", 0.26, "%", None), ("count", 47941.22, None, None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Der marktbreite S&P 500 legte um 0,42 Prozent auf 7.029,88 Zähler zu, der technologielastige Nasdaq 100 gewann 0,58 Prozent auf 25.612,47 Punkte.",
        True,
        [("percent", 0.42, "%", None), ("count", 7029.88, None, None), ("percent", 0.58, "%", None), ("count", 25612.47, None, None)],
        None,
    ),
    (
        "de",
        "Die Stratavane-Aktie kletterte nach der Übernahmeankündigung um 5,1 Prozent, Quillguard schnellten um 31 Prozent auf 46,23 Dollar nach oben.",
        True,
        [("percent", 5.1, "%", None), ("percent", 31, "%", None), ("money", 46.23, "USD", None)],
        None,
    ),
    (
        "de",
        "Marktbeobachter hielten den Preis für Quillguard für ambitioniert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Euro kostete im New Yorker Handel zuletzt 1,1548 US-Dollar.",
        True,
        [("money", 1.1548, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger US-Staatsanleihen lag bei 4,05 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 4.05, "%", None)],
        None,
    ),
    # --- Friday: the week ahead (Reuters) ---
    (
        "en",
        "NEW YORK, Nov 20 (Reuters) - U.S. stock markets will be shut on Thursday for the Thanksgiving holiday and close early on Friday.",
        True,
        [("date", "--11-20", None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters expect the core PCE price index to have risen 0.2% in October, for an annual rate of 2.9%.",
        True,
        [("percent", 0.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        '"The bar for a December cut has moved higher, and the data next week won\'t lower it much," said Karen Sowerby of Ravensmere Advisors.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sowerby said she saw the S&P 500 ending the year at 7,200.",
        True,
        [("count", 7200, None, None)],
        "Sowerby",
    ),
    (
        "en",
        "Fed funds futures imply about 31 basis points of easing by the end of March, according to LSEG data.",
        True,
        [("percent", 31, "bp", "about")],
        None,
    ),
    (
        "en",
        "Some portfolio managers fear that thin holiday trading could exaggerate any moves.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The S&P 500 has risen in Thanksgiving week in 14 of the past 20 years, according to Dunmere Market Research.",
        True,
        [("count", 14, None, None), ("duration", 20, "year", None)],
        None,
    ),
    # --- Friday: the week ahead in Frankfurt (Reuters German) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Anleger an der Frankfurter Börse richten ihren Blick in der kommenden Woche vor allem auf die Inflationsdaten aus der Euro-Zone.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Statistikbehörde Eurostat veröffentlicht ihre Schnellschätzung für November am Dienstag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Volkswirte rechnen im Schnitt mit einer Teuerungsrate von 2,1 Prozent, nachdem im Oktober 2,2 Prozent gemessen worden waren.",
        True,
        [("percent", 2.1, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die nächste Zinsentscheidung der EZB steht am 17. Dezember an.",
        True,
        [("date", "--12-17", None, None)],
        None,
    ),
    (
        "de",
        "Am Geldmarkt wird eine Senkung des Einlagensatzes um 25 Basispunkte auf 1,75 Prozent derzeit zu knapp 50 Prozent eingepreist.",
        True,
        [("percent", 25, "bp", None), ("percent", 1.75, "%", None), ("percent", 50, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Der Dax hat die Hürde genommen, jetzt muss er beweisen, dass er oben bleiben kann“, sagte Portfoliomanager Sven Duvenbeck von der Fondsgesellschaft Mainwelle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Duvenbeck sagte, sein Haus habe die Aktienquote in den Portfolios in dieser Woche auf 62 Prozent erhöht.",
        True,
        [("percent", 62, "%", None)],
        "Duvenbeck",
    ),
    (
        "de",
        "Ob die Rekordjagd an der Wall Street auch den Dax mitzieht, bleibt abzuwarten.",
        False,
        [],
        None,
    ),
]
