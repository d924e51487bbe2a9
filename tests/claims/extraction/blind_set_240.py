"""Two-hundred-and-fortieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, people and figures are made up
(Ostrowe Wealth, Carmen Delacroix-Webb, Wexford Toys, Florian Oberhuber, Vermögensverwaltung
Seewald, Mantelwerk, Orbalo, Parcelon, Pellbrook Foods, Tinsley Snacks, Gordon Haskett,
Quorvane Software, Aaron Feldkamp, Brightmoor Stores, Celeste Ambrose, Sam Okonjo, Fairhaven
Securities, Harwick Financial, Raymond Oyelaran, Dana Whitcombe, Linnhoff, Veridane
Therapeutics, Priya Natarajan, Ben Rutledge, Marlowe & Grant, Anja Hoberg, Bankhaus
Treuenfels, Skyreach Airlines, Miguel Arrowood, Tessaract Semiconductor, Wen Holloway,
Dunmore Motors with its "Vireo" pickup, Lorna Petrakis, Tom Berringer, Hollis & Ward,
Streamora, Nils Bergqvist, Ridgeford Capital Management, Maren Ostby, Lumenhall, Jordan
Vasko, Renmark Analytics, Copperline Grill, Tasha Brandvold, Rachel Whitmore, Brenton
Advisors, Marrowind Health, Jonas Wetterling, Halverson, Mark Delacourt, Dana Merriweather,
Paul Ashcombe, Svenja Rathgeber, Kerndl Research, Crestfield Securities, Greg Tillman, Pardee
& Lowe, the author tag "/mis/he"; every unnamed trader, analyst, strategist, spokesperson and
director); a Federal Reserve governor appears under a made-up name that stands for no real
holder (Lydia Harrowfield), the head of the SEC's enforcement division and a UAW
spokesperson by their role only. Real bodies, markets, indexes, data providers and places
(Reuters, AP, dpa-AFX, NYSE, Nasdaq, Dow Jones Industrial Average, Dow Jones Industrial, S&P
500, Nasdaq Composite, Nasdaq 100, CBOE Volatility index, Magnificent Seven, LSEG, FactSet,
CME Group's FedWatch tool, Federal Reserve, Fed, Treasury, Conference Board, Labor
Department, Securities and Exchange Commission, Food and Drug Administration, United Auto
Workers, U.S. Bankruptcy Court in Delaware, West Texas Intermediate, das Energieministerium
in Washington, Lordstown, Spring Hill, Columbus, Minneapolis, Fort Worth, Cambridge,
Nashville, and the datelines' cities) stand for the way wire copy names them; every result,
forecast, deal, price, level, yield, job cut, quote and reaction here is invented, and where
a real figure came to mind (an online retailer's quarterly revenue, an expired tax credit
for electric cars) it was changed or left out.

Its weight: US BUSINESS AND MARKETS in AP/Reuters-style copy, about 70 % English, with the
German rows written as dpa-AFX writes about U.S. markets - one ordinary reporting-season
week, Monday to Friday, October 26 to 30, of one year, as 33 short stories in story order,
most German stories following the English ones they take up. English (Reuters, AP): the
Wall Street closes on Monday and Friday with points, percent, index levels, breadth, volume,
new highs and the VIX; a snack-food takeover with price per share, premium, synergies and a
break-up fee; software layoffs with severance; a Fed governor backing another quarter-point
cut; a discount chain's profit warning with guidance ranges, comparable sales and store
closures; a regional bank's quarter (net income, EPS, net interest income, provisions, the
CET1 ratio); an obesity pill's trial and a 38% jump; a two-year note auction with yields,
basis points, bid-to-cover and the curve; consumer confidence; an airline's record quarter;
a chipmaker's outlook with margin in basis points and a buyback; an automaker's EV charge
and layoffs with the union's grievance; a streaming service's subscribers and price rise; an
SEC settlement; a software group's disappointing guidance; an IPO with its range, opening
price and lockup; a restaurant chain's sales slide; weekly jobless claims; a stock split
with a dividend rise; a retailer's Chapter 11 with store closures. German (dpa-AFX): the
"Aktien New York Schluss" and "Ausblick" reports with "Punkte", "Zähler", the broker's
indication and single stocks, the takeover, the job cuts, the bond and currency report, the
chipmaker, the automaker, oil and U.S. inventories, the IPO, and analysts' price targets
("dpa-AFX Analyser"). Forms as this copy has them: EPS and guidance in dollars and cents,
ranges, deals in billions with a conversion into euros, stock moves in percent and in
dollars, index levels and moves in points, yields, maturities and moves in basis points and
a quarter of a percentage point, ratios ("1.6-to-1", "4-for-1"), counts of jobs, stores,
shares and barrels with their hedges, dpa's four-digit figures without a separator ("rund
2300 Stellen"), number words ("two dozen", "two-fifths", "mehr als ein Viertel", "knapp zwei
Drittel", "eine Dreiviertelstunde", "sechswöchiger", "drittgrößte", "zum Wochenschluss"),
quarters, halves and rankings as ordinals, spans and dates. Negatives as such copy has them:
chief executives' marketing rhetoric and superlatives without a benchmark ("We are the
destination for value", "Nobody does value like Copperline", "the pill the world has been
waiting for", "the picks and shovels of the AI gold rush"), resolve and thanks, strategists',
traders' and economists' colour in quotes, analysts' views, doubts and fears, a union's
label, refusals to say, open questions, a no-comment line, watchers' outlooks, market mood in
"dürfte", a Reuters credit line and a dpa-AFX author tag.

241 rows (75 German, 166 English; 69 % English), 55 negatives (14 German, 41 English), 186
check-worthy rows of which 11 carry no figure (9 German, 2 English), 408 expected quantities
(121 amounts of money - 120 USD, 1 EUR -, 100 percentages - 91 in "%", 8 in basis points
"bp", 1 in percentage points "pp" -, 82 counts, 31 ordinals, 30 durations - 10 in years, 10
in weeks, 6 in months, 3 in days, 1 in hours -, 25 dates, 14 years, 5 fractions; 3 of them
in 3 negatives, as the seventeenth batch labels a figure in a negative), 35 checked speakers
(9 German, 26 English). These counts were computed by a script over the list below.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, resolve, thanks, vow or piece of marketing rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-fifty-fourth, two-hundred-eleventh, two-hundred-twenty-fourth); a quoted or
  reported fact, figure, step, plan or position is check-worthy with its speaker. Pairs from
  one speaker: Haskett's sales and staff beside his "beloved brand"; Feldkamp's severance
  beside his thanks and his "once-in-a-generation chance"; Harrowfield's quarter point and
  31,000 jobs beside her "good position" and her refusal to say; Ambrose's 3% beside "the
  destination for value" and "playing offense"; Arrowood's fuel cost beside "voting with
  their wallets" and "the best bet"; Holloway's sold-out accelerators and $4 billion beside
  "Nobody in this industry can match ..."; Petrakis's $1.5 billion beside "not retreating";
  Vasko's five quarters beside his "picks and shovels" and his conviction with five years
  labelled (two-hundred-eleventh: Oshiro's "Within five years"); Brandvold's 28 restaurants
  beside "Nobody does value like Copperline" and her refusal; Wetterling's 18 Prozent beside
  his verdict; Berringer's 18.000 Dollar beside his „Der Rückzug kommt spät ...“. A
  Konjunktiv I paraphrase of a figure is check-worthy with the speaker its attribution gives
  (hundred-fifty-fourth, two-hundred-twenty-fourth: Haskett's „komme auf“, Berringer's
  „verliere“). A Fed governor's stated support for a cut of a named size is check-worthy
  (hundred-fifty-fourth: Whitford's "half-point cut").
- New: a chief executive's quoted "We are sold out of our most advanced accelerators through
  the middle of next year" is check-worthy without a figure - a stated supply position with
  a horizon that orders and delivery times can confirm, as a company's account that it
  knows of no crashes (ninety-sixth) - while "Demand for our AI services continues to run
  ahead of our ability to deliver them" stays a negative, as the hundred-fifty-fourth's
  "Demand for our chips keeps running ahead ..." did.
- Check-worthy without a figure (hundred-fiftieth, hundred-fifty-fourth,
  two-hundred-eleventh): market leads that state a move and its cause (the dpa-AFX leads of
  Monday, Tuesday's bonds, Wednesday's oil, Thursday and Friday, „einen fulminanten
  Börsenstart hingelegt“, „Auf Wochensicht steht der Dow damit kaum verändert da.“), a
  company's outlook lead with „Schlussquartal“ (no ordinal, two-hundred-eleventh: "im
  Schlussquartal"), a scheduled week of results (hundred-fifty-fourth: a release
  scheduled), a settlement in which the firm "neither admitted nor denied the findings"
  (ninety-sixth: a defendant's denial of wrongdoing in settling). A union's announced
  grievance is check-worthy (two-hundred-twenty-fourth: the announced step stands apart from
  the label, here in the next row: "a betrayal of the people who built this company").
- Other negatives (ninety-sixth, hundred-fifty-fourth, two-hundred-fourth,
  two-hundred-twenty-fourth): strategists', traders', economists' and analysts' colour and
  verdicts in quotes (Delacroix-Webb twice, Oberhuber, Okonjo, Rutledge, Hoberg, Whitmore,
  Wetterling, Rathgeber, Tillman's "Top-Pick", „kommentierte ein Händler“, „sagte ein
  Händler“, "Ein Händler sprach von ..."), analysts' views and cautions ("Analysts cautioned
  that ... would have to ...", "Analysts said the bank's fee growth looked durable ...", "Some
  IPO analysts said ... had left money on the table", "Stock splits do not change a
  company's value, but some investors believe ..."), worries, doubts and fears ("Some
  strategists worry ...", "Some analysts questioned whether ...", "Some investors fear ..."
  with 2027 labelled, „Viele Anleger fürchten ...“), open questions ("It was not immediately
  clear whether ...", "How many of them will lose their jobs was not immediately clear.",
  "Bond traders remain split on whether ...", „Ob die Nachfrage ... auch 2027 ...“ with the
  year labelled, „Ob die Abstufungen ... bleibt abzuwarten.“), refusals to say ("declined to
  say", three times), a no-comment line ("did not reply to emailed questions"), a watchers'
  outlook ("Investors will be watching ..."), market mood in „dürfte“ (ninety-sixth), the
  Reuters credit line (seventy-first) and the dpa-AFX author tag "/mis/he" (ninety-sixth).
- Index levels, points and ratios are counts and index names carry none (sixty-second,
  ninety-sixth, hundred-fifty-fourth): "rose 337.82 points, or 0.72%, to 47,206.15" with the
  two other indexes (nine quantities a row), "bei 47.206,15 Punkten", "auf 6.742,88 Zähler",
  "auf 47.112 Punkte", "fell 1.8 points to close at 16.42" (the VIX), the Conference Board's
  "91.3 from a downwardly revised 94.8" and „auf 91,3 Punkte von revidiert 94,8 Punkten“
  ("revidiert" and "downwardly revised" no hedge, hundred-thirty-fourth), breadth ("Nine of
  the 11 sector indexes", „Von den 30 Werten im Dow schlossen nur neun im Plus“ - "nur" no
  hedge), "29 new 52-week highs and 11 new lows ... 104 new highs and 87 new lows" (52 weeks
  a duration, sixty-second), "by a 1.6-to-1 ratio" and "by a 2.1-to-1 margin" counts 1.6 and
  1 and 2.1 and 1 (ninety-sixth: "by a 2.3-to-1 ratio"), the bid-to-cover ratio "was 2.46" a
  count (seventy-first). "Dow Jones Industrial", "S&P 500", "Nasdaq 100", "Nasdaq
  Composite", "NYSE", "Schlusslicht" and "a record" carry none (hundred-fifty-fourth). New: "a
  4-for-1 stock split" is counts 4 and 1 - a split is a ratio written with its terms, as
  "a 2.3-to-1 ratio" (ninety-sixth). New: "the so-called Magnificent Seven" carries no
  quantity - a group's name, as "G7" (two-hundred-eleventh) and "FTSE 100"; so does the
  index name inside the compound „S&P-500-Unternehmen“ (hundred-fifty-fourth: "the Nikkei
  225's components").
- Other counts (every batch): jobs, stores, staff, shares, subscribers, adults, sites,
  countries and barrels with their hedges ("roughly 2,300 jobs", „rund 2300 Stellen“ and
  „rund 1100 Arbeitsplätze“ - dpa's four-digit figures without a separator, as „rund 1500
  Plätze“ in the hundred-fourth -, "about 41,000 employees", "140 of its 410 stores", "48
  million shares", "6.2 million paid subscribers", "312.4 million", "4,3 Millionen Barrel",
  "17.4 billion shares ... 18.9 billion" with the unit written once, forty-sixth; claims
  "by 14,000 to a seasonally adjusted 243,000", "228,000", "1.98 million"), "three of its
  hedge funds" 3, "eight fewer than planned" 8, "between 12 and 15" both, "about two dozen
  brands" 24 "about" (the issue: "two dozen"), "just 31,000" with no hedge (hundred-fifty-
  fourth: "just"). New: "profitable for five straight quarters" is count 5 - a quarter is no
  unit of the duration list, so the streak is counted as the sixty-second's "four-session
  losing streak" was, while "in the three months ended Oct. 3" stays a duration.
- Money in the currency written (seventy-third, ninety-sixth, two-hundred-twenty-fourth):
  earnings per share, guidance and consensus in dollars ("$1.38 per share", "$1.61", "$1.96
  per share", "$1.71 per share ... $1.52 per share", "$6.10 to $6.40 per share, down from
  ... $6.85 to $7.15" and "between $5.25 and $5.75 ... of $4.50 to $5.50" four amounts each,
  "$9.5 billion to $10.5 billion ... $10 billion to $12 billion", "$27.8 billion to $28.5
  billion ... $29.2 billion", "$410 million to $460 million", "assets of $1 billion to $10
  billion"; ranges keep both ends, thirty-third), "52 cents per share" 0.52 USD (cents
  hundredths, two-hundred-twenty-fourth), share prices and moves ("to $96.45", "jumped
  $21.40, or 38%, to $77.70"), deals ("$62 per share in cash", "about $8.4 billion including
  debt", "a $290 million break-up fee", "$48.5 million", "a civil penalty of $22 million and
  about $26.5 million"), "a further $10 billion" (no hedge, seventy-third), "$2.41 a gallon"
  ("a gallon", "a year", "per share", "je Aktie" none; sixty-second), "by $2 to $19.99" both,
  „für rund 8,4 Milliarden US-Dollar (umgerechnet 7,2 Milliarden Euro)“ USD "about" and EUR
  with no hedge (the hedge on the first figure only, seventy-third; "umgerechnet" no hedge,
  two-hundred-eleventh), „1,37 Dollar mehr als am Vortag“ ("mehr als" after the figure
  compares, hundred-first), „nach 1,9 Milliarden ein Jahr zuvor“ and „mit 29,2 Milliarden
  gerechnet“ USD (the currency written once serves, hundred-seventeenth), „von höchstens 28,5
  Milliarden Dollar“ "at_most" (two-hundred-twenty-fourth), exchange rates in the priced
  currency („1,1642 US-Dollar“, „über 1,1650 Dollar“ "over"; hundred-fifty-fourth), price
  targets („von 260 auf 300 US-Dollar“, „von 138 auf 104 Dollar“, „um 9 auf 58 Dollar“ both
  amounts; hundred-fifty-fourth), and „rund 18.000 Dollar“. "Overweight", "Buy", "Neutral",
  "Chapter 11" (hundred-eighth) and "billions" in "pour billions into" (hundred-forty-sixth:
  "billions" none) carry none.
- Percentages (every batch): moves and levels as written; "plus or minus 2%" with no hedge
  (hundred-twenty-eighth), "an average of 14.8%" with no hedge (two-hundred-eleventh), „mit
  einem Minus von 8,7 Prozent“ 8.7 (hundred-fiftieth), „um gut 14 Prozent“ and „um gut elf
  Prozent“ "over", „knapp 48 Prozent“ and „um fast acht Prozent“ "nearly", "About 6%" and
  "about 11%" "about", "a 91% chance" (hundred-fifty-fourth), a bond price in percent of par
  („auf 100,39 Prozent“ 100.39, as written). Basis points are "bp" and points of a rate "pp"
  (hundred-thirty-ninth, two-hundred-seventeenth): "by 25 basis points", "3.5 basis points",
  "2 basis points", "0.9 basis point" (the singular read as the plural), "widened by 180
  basis points", „um zwei Basispunkte“, "by a total of 75 basis points" ("a total of" no
  hedge, eighty-seventh, hundred-seventh), the spread "to 53.3 basis points" (the majority's "bp",
  two-hundred-seventeenth), "by another quarter of a percentage point" 0.25 pp ("another" no
  hedge, ninety-first and ninety-sixth). "a high single-digit percentage" carries none, as
  the two-hundred-twenty-fourth's "a low single-digit percentage", and its row stays
  check-worthy by the other figure; "more than doubled" none (hundred-fifty-second).
- Durations (the issue: "fünfstündigen"; every batch): maturities ("The benchmark 10-year
  yield", "the two-year yield", "two-year notes", „zehnjähriger US-Staatsanleihen“,
  „Zehnjährige Papiere“, „zweijähriger Titel“, "two- and 10-year yields" 2 and 10 years -
  hundred-fifty-fourth), „etwa eine Dreiviertelstunde“ 0.75 hours "about" (fourteenth), "over
  68 weeks", "at least 16 weeks of base pay plus one additional week" 16 weeks "at_least"
  and 1 week (two-hundred-eleventh: "two more weeks per year of tenure"; "for each year of
  service" none), "over the past three months", "in the previous three months", "in the
  three months ended Oct. 3" and "in the six months ended June 30" with their dates, "over
  the past 12 months", "over the next two years" ("over" before a span no hedge), "a 180-day
  lockup period" 180 days and „Ein sechswöchiger Streik“ and "a six-week sale process" 6
  weeks (hundred-fiftieth: "a 41-day strike"), "The four-week moving average" 4 weeks, "their
  steepest one-day slide" 1 day, "its lowest in two weeks", "its sixth weekly gain in seven
  weeks" and „binnen sieben Wochen“ 7 weeks, "within five years" labelled in a negative.
  New: "a 20-trading-day average" is 20 days - the figure heads the compound as in the
  hundred-fifty-fourth's "the 20-day average", and a trading day is a day (ninety-sixth:
  "over the last 20 trading days"). None: "a year earlier", "a year ago", "a year before",
  "this year", "next year", "last year", "full-year", "für das Gesamtjahr", „im
  Jahresvergleich“, „Seit Jahresbeginn“, „Auf Wochensicht“, „Im Wochenverlauf“, "For the
  week", "in a single session", "a week before the Fed" (an article), "jährlich", "a month",
  „am Vortag“, "one-time items" (first and two-hundred-twenty-fourth).
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"): quarters and halves
  ("third-quarter", "fourth-quarter", "second-quarter", "in the third quarter", "in the
  first quarter of fiscal 2027" ordinal 1 and the year - "fiscal" a year, thirty-sixth -, "in
  the first half of 2027", „im dritten Quartal“, „im dritten Geschäftsquartal“ - the
  compound as "third-quarter"), "for a second consecutive quarter", "for a third straight
  month", "second round of job reductions" and „die zweite Entlassungswelle“, "the first full
  year" and "the end of the third year", "the first nine months" ordinal 1 and 9 months
  (hundred-fiftieth), "the third-largest U.S. technology listing" and „der drittgrößte
  Tech-Börsengang“, "its sixth weekly gain" and „den sechsten Wochengewinn“.
- Fractions (the issue: "ein Fünftel", "jeder vierte"): „um mehr als ein Viertel“ 0.25
  "over" ("um" no hedge), "Roughly two-fifths" 0.4 "about" (the issue: "two-fifths"), "more
  than two-thirds of total sales" 0.6667 "over", „Knapp zwei Drittel“ 0.6667 "nearly",
  "roughly a third of them" 0.3333 "about".
- Years and dates: Reuters datelines with a day ("NEW YORK, Oct 26 (Reuters)", "CHICAGO",
  "SAN JOSE, California", "DALLAS", "CHARLOTTE, North Carolina", "WASHINGTON", "SANTA CLARA,
  California", "DETROIT", "SEATTLE", and the city-less "Oct 27 (Reuters)" and "Oct 29
  (Reuters)") are dates without a year (ninety-sixth); AP ("BOSTON (AP) —", "DALLAS (AP) —",
  "BURBANK, Calif. (AP) —", "NEW YORK (AP) —") and dpa-AFX ("NEW YORK (dpa-AFX) -", "FRANKFURT
  (dpa-AFX Analyser) -") datelines carry none. "Oct. 3", "Sept. 30", "June 30", "Dec. 1",
  "Nov. 20", "Nov. 23", "Oct. 24" and "Oct. 17" are dates without a year; "since March
  2020", "since February 2021", "since November 2021", "its 2023 contract", „2023“, „von
  2027 an“, "from 2027", "in 2023", "founded in 1958", "in 2020" the years. Months, seasons
  and weekdays alone ("by the end of January", "in February", "since February", "in
  December", "ended September", "its July guidance", "since September of last year", „im
  Oktober“, „seit Februar“, „im Dezember“, „bis Ende Januar“) carry none.
- Hedges, only the names in use: "about", "About", "roughly", "Roughly", "rund", "etwa"
  "about"; "knapp", "Knapp", "fast" "nearly"; "more than", "mehr als", "gut", "über" right
  before the figure "over"; "at least" "at_least"; "höchstens" "at_most". No hedge: "just",
  "nur", "lediglich", "a further", "additional", "another", "a total of", "an average of",
  "im Schnitt", "plus or minus", "umgerechnet", "revidiert", "downwardly revised", "between",
  "to" and "bis" in a range, "by" and "um" before a difference, "over" before a span.
- Speakers, checked only in forms the earlier batches settled. English: the name with the
  office and the occasion dropped ("In a memo to staff, Chief Executive Aaron Feldkamp said",
  "Federal Reserve Governor Lydia Harrowfield said on Monday", "Chief Financial Officer
  Raymond Oyelaran said on a call with analysts", "Chief Executive Wen Holloway said on a
  conference call", "Chief Financial Officer Lorna Petrakis told reporters";
  two-hundred-eleventh, two-hundred-twenty-fourth); "Chief Executive Jordan Vasko told
  Reuters in an interview" -> "Jordan Vasko" - the earlier batches disagree on "told
  Reuters" (the first, third, thirty-seventh, ninetieth, ninety-third,
  hundred-twenty-seventh, hundred-sixty-second and two-hundred-twentieth check the name, the
  thirty-sixth and two-hundred-nineteenth leave it unchecked), and this batch follows the
  majority; "Ambrose told analysts" -> "Ambrose" (ninety-sixth: "told an audience");
  "Haskett said", "Harrowfield said", "Arrowood said", "Holloway said" and "Brandvold said"
  opening the row as written (two-hundred-twenty-fourth); a company at the head of reported
  speech as written ("Brightmoor said", "Veridane said", "Skyreach Airlines said Tuesday",
  "Dunmore Motors said on Wednesday", "Streamora said Wednesday", "Mantelwerk said",
  "Marrowind said", "Halverson said"; the majority checks it, two-hundred-eleventh); "the
  company said" -> "the company" (seventy-first, two-hundred-eleventh); "the regulator said
  on Wednesday" -> "the regulator" (two-hundred-eleventh); "the Conference Board said" and
  "the Labor Department said on Thursday" with their article (ninety-sixth,
  hundred-seventy-eighth). German: "teilte Pellbrook am Montag mit" -> "Pellbrook", "teilte
  der Konzern am Montag mit" -> "der Konzern", "teilte das Unternehmen am Mittwoch nach
  US-Börsenschluss mit" -> "das Unternehmen" (the day and the time dropped,
  hundred-fifty-fourth), "wie das Energieministerium in Washington mitteilte" -> "das
  Energieministerium" (the place dropped, ninety-sixth: "wie das ZEW am Dienstag in Mannheim
  mitteilte"; the "wie"-clause checked by the majority, two-hundred-eleventh), "sagte
  Finanzchefin Lorna Petrakis", "sagte Firmenchef Jordan Vasko" and "sagte Marktanalyst Jonas
  Wetterling" with the title dropped, "Haskett sagte, ..." and "Berringer sagte, ..."
  opening the row (two-hundred-twenty-fourth). Left unchecked (None): all negatives, also
  those with a named speaker; pronouns ("it said in a filing"); a description before a name
  ("Packaged food maker Pellbrook Foods said", "Regional lender Harwick Financial said", "the
  Cambridge, Massachusetts, company said", "The Nashville, Tennessee-based company said",
  "Home goods retailer Halverson ... said", "The United Auto Workers union said";
  two-hundred-eleventh, two-hundred-twenty-fourth); "The firm, which manages ..., said" (a
  common noun no batch settled); data, polls, filings and documents ("according to LSEG
  data", "LSEG data showed", "CME Group's FedWatch tool showed", "according to FactSet",
  "according to data from Renmark Analytics", "according to the filing", "a regulatory
  filing showed", "its latest annual report shows", "According to the SEC's order", "a
  closely watched survey", "Economists polled by Reuters", "economists surveyed by Reuters",
  „nach eigenen Angaben“); estimating and other verbs ("expects", "Pellbrook expects",
  „rechnet Dunmore“, „bezifferte das Unternehmen“, „Analysten hatten ... gerechnet“,
  "taxierte", "announced"; hundred-fifty-fourth, two-hundred-twenty-fourth); rows without
  attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_240 = [
    # --- Wall Street closes at records before big tech earnings (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 26 (Reuters) - The S&P 500 and the Nasdaq ended at record highs on Monday as investors wagered that a heavy week of results from the largest U.S. companies would justify stretched valuations.",
        True,
        [("date", "--10-26", None, None)],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average rose 337.82 points, or 0.72%, to 47,206.15, the S&P 500 gained 51.40 points, or 0.77%, to 6,742.88 and the Nasdaq Composite added 241.63 points, or 1.05%, to 23,254.90.",
        True,
        [
            ("count", 337.82, None, None),
            ("percent", 0.72, "%", None),
            ("count", 47206.15, None, None),
            ("count", 51.4, None, None),
            ("percent", 0.77, "%", None),
            ("count", 6742.88, None, None),
            ("count", 241.63, None, None),
            ("percent", 1.05, "%", None),
            ("count", 23254.9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nine of the 11 sector indexes in the S&P 500 closed higher, led by a 1.9% jump in communication services.",
        True,
        [("count", 9, None, None), ("count", 11, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "Volume on U.S. exchanges came to 17.4 billion shares, compared with a 20-trading-day average of 18.9 billion, LSEG data showed.",
        True,
        [("count", 17400000000, None, None), ("duration", 20, "day", None), ("count", 18900000000, None, None)],
        None,
    ),
    (
        "en",
        "On the NYSE, gainers beat losers by a 1.6-to-1 ratio.",
        True,
        [("count", 1.6, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        '"The market is basically saying show me the money, and so far the companies keep showing it," said Carmen Delacroix-Webb, chief investment strategist at Ostrowe Wealth in Boston.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders are pricing in a 91% chance that the Federal Reserve will lower rates by 25 basis points when it meets next week, CME Group's FedWatch tool showed.",
        True,
        [("percent", 91, "%", None), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        "Some strategists worry that the rally has grown too narrow, with a handful of megacap names doing most of the heavy lifting.",
        False,
        [],
        None,
    ),
    # --- Aktien New York Schluss: Rekorde bei S&P 500 und Nasdaq (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Die Aussicht auf eine weitere Zinssenkung und starke Quartalszahlen haben die US-Börsen am Montag auf Rekordkurs gehalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Leitindex Dow Jones Industrial schloss 0,72 Prozent höher bei 47.206,15 Punkten.",
        True,
        [("percent", 0.72, "%", None), ("count", 47206.15, None, None)],
        None,
    ),
    (
        "de",
        "Der marktbreite S&P 500 gewann 0,77 Prozent auf 6.742,88 Zähler, für den technologielastigen Nasdaq 100 ging es um 1,1 Prozent auf 25.418,36 Punkte nach oben.",
        True,
        [
            ("percent", 0.77, "%", None),
            ("count", 6742.88, None, None),
            ("percent", 1.1, "%", None),
            ("count", 25418.36, None, None),
        ],
        None,
    ),
    (
        "de",
        "Unter den Einzelwerten sprangen die Aktien des Spielzeugherstellers Wexford Toys um gut 14 Prozent nach oben, nachdem das Unternehmen seine Jahresziele angehoben hatte.",
        True,
        [("percent", 14, "%", "over")],
        None,
    ),
    (
        "de",
        "„Die Anleger kaufen jeden Rücksetzer, solange die Fed die Tür für weitere Senkungen offen hält“, sagte Marktstratege Florian Oberhuber von der Vermögensverwaltung Seewald.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Euro wurde im New Yorker Handel zuletzt mit 1,1642 US-Dollar bezahlt.",
        True,
        [("money", 1.1642, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger US-Staatsanleihen fiel um zwei Basispunkte auf 4,01 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 4.01, "%", None)],
        None,
    ),
    (
        "de",
        "Im Wochenverlauf legen unter anderem die Technologieriesen Mantelwerk, Orbalo und Parcelon ihre Zahlen vor.",
        True,
        [],
        None,
    ),
    # --- Pellbrook to buy Tinsley Snacks (Reuters) ---
    (
        "en",
        "CHICAGO, Oct 26 (Reuters) - Packaged food maker Pellbrook Foods said on Monday it would buy Tinsley Snacks for $62 per share in cash, valuing the pretzel and potato chip maker at about $8.4 billion including debt.",
        True,
        [("date", "--10-26", None, None), ("money", 62, "USD", None), ("money", 8400000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The offer represents a premium of 31% to Tinsley's closing price on Friday.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Tinsley, which owns about two dozen brands, generated net sales of $2.7 billion last year.",
        True,
        [("count", 24, None, "about"), ("money", 2700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Pellbrook expects the deal to add to adjusted earnings per share in the first full year after closing and to yield roughly $275 million in annual cost savings by the end of the third year.",
        True,
        [("ordinal", 1, None, None), ("money", 275000000, "USD", "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Tinsley is a beloved brand with a fiercely loyal fan base, and together we will delight snackers for generations," Pellbrook Chief Executive Gordon Haskett said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haskett said the combined company would have annual net sales of roughly $19 billion and about 41,000 employees.",
        True,
        [("money", 19000000000, "USD", "about"), ("count", 41000, None, "about")],
        "Haskett",
    ),
    (
        "en",
        "The boards of both companies have approved the transaction, which the companies aim to complete in the first half of 2027, pending regulatory approval and a vote by Tinsley shareholders.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Tinsley would owe Pellbrook a $290 million break-up fee if it walked away for a rival bid, a regulatory filing showed.",
        True,
        [("money", 290000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Tinsley shares jumped 27.4% to $60.30, while Pellbrook shares fell 4.2%.",
        True,
        [("percent", 27.4, "%", None), ("money", 60.3, "USD", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether Pellbrook was overpaying for a business whose volumes have been shrinking as more Americans take weight-loss drugs.",
        False,
        [],
        None,
    ),
    ("en", "It was not immediately clear whether antitrust enforcers would demand any divestitures.", False, [], None),
    # --- Pellbrook übernimmt Tinsley (dpa-AFX) ---
    (
        "de",
        "CHICAGO (dpa-AFX) - Der US-Lebensmittelkonzern Pellbrook Foods will den Snackhersteller Tinsley für rund 8,4 Milliarden US-Dollar (umgerechnet 7,2 Milliarden Euro) einschließlich Schulden kaufen.",
        True,
        [("money", 8400000000, "USD", "about"), ("money", 7200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Je Tinsley-Aktie sollen 62 Dollar in bar fließen, teilte Pellbrook am Montag mit.",
        True,
        [("money", 62, "USD", None)],
        "Pellbrook",
    ),
    (
        "de",
        "Haskett sagte, der gemeinsame Konzern komme auf einen Jahresumsatz von rund 19 Milliarden Dollar.",
        True,
        [("money", 19000000000, "USD", "about")],
        "Haskett",
    ),
    (
        "de",
        "Die Tinsley-Papiere schnellten im frühen Handel an der New Yorker Börse um mehr als ein Viertel nach oben.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    ("de", "Ein Händler sprach von einem „stolzen Preis für eine Marke mit schrumpfendem Absatz“.", False, [], None),
    ("de", "Viele Anleger fürchten, dass sich Pellbrook mit dem Zukauf übernimmt.", False, [], None),
    # --- Quorvane to cut jobs (Reuters) ---
    (
        "en",
        "SAN JOSE, California, Oct 26 (Reuters) - Quorvane Software will cut about 7% of its workforce, or roughly 2,300 jobs, as the business software maker redirects spending toward artificial intelligence, it said in a filing on Monday.",
        True,
        [("date", "--10-26", None, None), ("percent", 7, "%", "about"), ("count", 2300, None, "about")],
        None,
    ),
    (
        "en",
        "The company employed 32,800 people full time when its fiscal year ended in January, its latest annual report shows.",
        True,
        [("count", 32800, None, None)],
        None,
    ),
    (
        "en",
        "Roughly two-fifths of the affected roles are in sales and marketing, according to the filing.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Quorvane expects to record charges of $410 million to $460 million, mostly for severance, in the fourth quarter.",
        True,
        [("money", 410000000, "USD", None), ("money", 460000000, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "In a memo to staff, Chief Executive Aaron Feldkamp said laid-off employees in the United States would receive at least 16 weeks of base pay plus one additional week for each year of service.",
        True,
        [("duration", 16, "week", "at_least"), ("duration", 1, "week", None)],
        "Aaron Feldkamp",
    ),
    (
        "en",
        '"This is a hard day, and I want to thank every colleague who is leaving for everything they gave to this company," Feldkamp wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Feldkamp called the overhaul "a once-in-a-generation chance to reinvent how work gets done."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The cuts are Quorvane's second round of job reductions this year; it eliminated about 1,000 positions in February.",
        True,
        [("ordinal", 2, None, None), ("count", 1000, None, "about")],
        None,
    ),
    (
        "en",
        "Quorvane shares rose 2.8% to $187.40 on Monday.",
        True,
        [("percent", 2.8, "%", None), ("money", 187.4, "USD", None)],
        None,
    ),
    ("en", "A spokesperson declined to say how many of the affected roles were in the United States.", False, [], None),
    # --- Quorvane streicht Stellen (dpa-AFX) ---
    (
        "de",
        "SAN JOSE (dpa-AFX) - Der US-Softwarekonzern Quorvane streicht rund 2300 Stellen und damit etwa sieben Prozent seiner Belegschaft.",
        True,
        [("count", 2300, None, "about"), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Kosten für den Umbau bezifferte das Unternehmen auf 410 bis 460 Millionen Dollar.",
        True,
        [("money", 410000000, "USD", None), ("money", 460000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits die zweite Entlassungswelle in diesem Jahr, teilte der Konzern am Montag mit.",
        True,
        [("ordinal", 2, None, None)],
        "der Konzern",
    ),
    (
        "de",
        "„Künstliche Intelligenz frisst inzwischen auch die Jobs derer, die sie verkaufen“, kommentierte ein Händler.",
        False,
        [],
        None,
    ),
    # --- Fed's Harrowfield backs another cut (Reuters) ---
    (
        "en",
        "DALLAS, Oct 26 (Reuters) - Federal Reserve Governor Lydia Harrowfield said on Monday she supported lowering interest rates by another quarter of a percentage point next week, citing signs that the labor market was cooling.",
        True,
        [("date", "--10-26", None, None), ("percent", 0.25, "pp", None)],
        "Lydia Harrowfield",
    ),
    (
        "en",
        "Harrowfield said monthly job gains had averaged just 31,000 over the past three months, well below the pace needed to keep the unemployment rate steady.",
        True,
        [("count", 31000, None, None), ("duration", 3, "month", None)],
        "Harrowfield",
    ),
    (
        "en",
        '"Monetary policy is in a good position to respond to whatever comes next," Harrowfield told a banking conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Fed has lowered its benchmark overnight rate by a total of 75 basis points since September of last year.",
        True,
        [("percent", 75, "bp", None)],
        None,
    ),
    ("en", "Harrowfield declined to say whether she would back a further cut in December.", False, [], None),
    # --- Brightmoor cuts forecast (Reuters) ---
    (
        "en",
        "Oct 27 (Reuters) - Brightmoor Stores cut its annual profit forecast on Tuesday and reported third-quarter earnings below Wall Street estimates, as shoppers pulled back on discretionary purchases such as furniture and electronics.",
        True,
        [("date", "--10-27", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Minneapolis-based discount chain now expects full-year adjusted earnings of $6.10 to $6.40 per share, down from its previous forecast of $6.85 to $7.15.",
        True,
        [
            ("money", 6.1, "USD", None),
            ("money", 6.4, "USD", None),
            ("money", 6.85, "USD", None),
            ("money", 7.15, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Adjusted earnings fell to $1.38 per share in the three months ended Oct. 3, below analysts' average estimate of $1.61, according to LSEG data.",
        True,
        [
            ("money", 1.38, "USD", None),
            ("duration", 3, "month", None),
            ("date", "--10-03", None, None),
            ("money", 1.61, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Comparable sales, which strip out the impact of store openings and closures, declined 2.6%, while analysts had expected a 0.4% rise.",
        True,
        [("percent", 2.6, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Revenue slipped 1.9% to $26.72 billion.",
        True,
        [("percent", 1.9, "%", None), ("money", 26720000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Brightmoor said it would close 45 underperforming stores by the end of January and cut about 1,100 jobs, mostly at its headquarters.",
        True,
        [("count", 45, None, None), ("count", 1100, None, "about")],
        "Brightmoor",
    ),
    (
        "en",
        '"We are the destination for value, and our guests know it," Chief Executive Celeste Ambrose said on a call with analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ambrose told analysts that sales of discretionary items had fallen by a high single-digit percentage, while grocery sales rose 3%.",
        True,
        [("percent", 3, "%", None)],
        "Ambrose",
    ),
    (
        "en",
        'She said the company was "playing offense" heading into the holiday season and expected to "win share in every category that matters."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares of Brightmoor tumbled 11.3% to $96.45 in premarket trading and were headed for their steepest one-day slide since March 2020.",
        True,
        [
            ("percent", 11.3, "%", None),
            ("money", 96.45, "USD", None),
            ("duration", 1, "day", None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        '"The consumer isn\'t broken, but the consumer is definitely picky," said Sam Okonjo, senior market analyst at Fairhaven Securities.',
        False,
        [],
        None,
    ),
    # --- Harwick Financial profit rises (Reuters) ---
    (
        "en",
        "CHARLOTTE, North Carolina, Oct 27 (Reuters) - Regional lender Harwick Financial said on Tuesday its third-quarter profit climbed 17%, as higher fees from wealth management and dealmaking made up for lower interest income.",
        True,
        [("date", "--10-27", None, None), ("ordinal", 3, None, None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "Net income rose to $1.42 billion, or $1.96 per share, from $1.21 billion, or $1.64 per share, a year earlier.",
        True,
        [
            ("money", 1420000000, "USD", None),
            ("money", 1.96, "USD", None),
            ("money", 1210000000, "USD", None),
            ("money", 1.64, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Net interest income, or the gap between what the bank collects on loans and pays out on deposits, fell 2% to $3.86 billion.",
        True,
        [("percent", 2, "%", None), ("money", 3860000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The bank set aside $412 million for potential credit losses, up from $355 million a year ago.",
        True,
        [("money", 412000000, "USD", None), ("money", 355000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Raymond Oyelaran said on a call with analysts that net interest income would decline by about 1% in the fourth quarter.",
        True,
        [("percent", 1, "%", "about"), ("ordinal", 4, None, None)],
        "Raymond Oyelaran",
    ),
    (
        "en",
        '"We are building the most client-focused bank in the Southeast, and this quarter shows the strategy is working," Chief Executive Dana Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Harwick's common equity tier 1 ratio was 11.4% at Sept. 30, compared with 10.9% a year before.",
        True,
        [("percent", 11.4, "%", None), ("date", "--09-30", None, None), ("percent", 10.9, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts said the bank's fee growth looked durable but warned that loan demand remained sluggish.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Harwick shares rose 3.1% to $58.74.",
        True,
        [("percent", 3.1, "%", None), ("money", 58.74, "USD", None)],
        None,
    ),
    # --- Aktien New York Ausblick: Brightmoor unter Druck (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Nach den Rekorden zum Wochenstart dürfte es an der Wall Street am Dienstag etwas ruhiger zugehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Broker Linnhoff taxierte den Dow Jones Industrial etwa eine Dreiviertelstunde vor dem Handelsstart 0,2 Prozent tiefer auf 47.112 Punkte.",
        True,
        [("duration", 0.75, "hour", "about"), ("percent", 0.2, "%", None), ("count", 47112, None, None)],
        None,
    ),
    (
        "de",
        "Unter Druck standen vorbörslich die Aktien der Einzelhandelskette Brightmoor, die um gut elf Prozent absackten.",
        True,
        [("percent", 11, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Konzern hatte im dritten Geschäftsquartal weniger verdient als von Analysten erwartet und seine Gewinnprognose für das Gesamtjahr gesenkt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Kette will bis Ende Januar 45 Filialen schließen und rund 1100 Arbeitsplätze abbauen.",
        True,
        [("count", 45, None, None), ("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Gefragt waren dagegen die Papiere des Biotech-Unternehmens Veridane Therapeutics, die vorbörslich um 38 Prozent zulegten.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Zahlen zeigen, dass die Verbraucher beim Einkaufen immer wählerischer werden“, sagte ein Händler.",
        False,
        [],
        None,
    ),
    # --- Veridane obesity pill (AP) ---
    (
        "en",
        "BOSTON (AP) — Shares of Veridane Therapeutics soared Tuesday after the biotech company reported that patients on its experimental obesity pill lost an average of 14.8% of their body weight over 68 weeks in a late-stage study.",
        True,
        [("percent", 14.8, "%", None), ("duration", 68, "week", None)],
        None,
    ),
    (
        "en",
        "Patients taking a placebo lost 2.1%, the Cambridge, Massachusetts, company said.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "About 6% of those on the top dose dropped out over side effects, chiefly nausea, versus 3% on placebo.",
        True,
        [("percent", 6, "%", "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "The study enrolled 3,412 adults at 290 sites in 14 countries.",
        True,
        [("count", 3412, None, None), ("count", 290, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Veridane said it planned to seek approval from the Food and Drug Administration in the first quarter of next year.",
        True,
        [("ordinal", 1, None, None)],
        "Veridane",
    ),
    ("en", '"This is the pill the world has been waiting for," Chief Executive Priya Natarajan said.', False, [], None),
    (
        "en",
        "Veridane's stock jumped $21.40, or 38%, to $77.70, adding roughly $4.6 billion to its market value.",
        True,
        [
            ("money", 21.4, "USD", None),
            ("percent", 38, "%", None),
            ("money", 77.7, "USD", None),
            ("money", 4600000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Analysts cautioned that a pill would have to match the convenience and price of injectable rivals to win a meaningful share of the market.",
        False,
        [],
        None,
    ),
    # --- Treasury yields edge up after soft auction (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 27 (Reuters) - U.S. Treasury yields edged higher on Tuesday after a sale of two-year notes drew soft demand ahead of next week's Federal Reserve meeting.",
        True,
        [("date", "--10-27", None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The benchmark 10-year yield rose 3.5 basis points to 4.045%, while the two-year yield was up 2 basis points at 3.512%.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 3.5, "bp", None),
            ("percent", 4.045, "%", None),
            ("duration", 2, "year", None),
            ("percent", 2, "bp", None),
            ("percent", 3.512, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Treasury sold $69 billion of the notes at a high yield of 3.498%, 0.9 basis point above where they had traded before the bidding deadline.",
        True,
        [("money", 69000000000, "USD", None), ("percent", 3.498, "%", None), ("percent", 0.9, "bp", None)],
        None,
    ),
    (
        "en",
        "The bid-to-cover ratio, a gauge of demand, was 2.46, the lowest since February.",
        True,
        [("count", 2.46, None, None)],
        None,
    ),
    (
        "en",
        "The curve measured by two- and 10-year yields steepened, with the gap growing to 53.3 basis points.",
        True,
        [("duration", 2, "year", None), ("duration", 10, "year", None), ("percent", 53.3, "bp", None)],
        None,
    ),
    ("en", "Bond traders remain split on whether the Fed will keep easing into next year.", False, [], None),
    (
        "en",
        '"People just don\'t want to load up on duration a week before the Fed," said Ben Rutledge, head of rates at Marlowe & Grant in New York.',
        False,
        [],
        None,
    ),
    # --- US-Anleihen und Devisen (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - US-Staatsanleihen haben am Dienstag nach einer schwach aufgenommenen Auktion leicht nachgegeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zehnjährige Papiere fielen um 0,16 Prozent auf 100,39 Prozent, im Gegenzug stieg die Rendite auf 4,05 Prozent.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 0.16, "%", None),
            ("percent", 100.39, "%", None),
            ("percent", 4.05, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Nachfrage bei der Versteigerung zweijähriger Titel im Volumen von 69 Milliarden Dollar war so schwach wie seit Februar nicht mehr.",
        True,
        [("duration", 2, "year", None), ("money", 69000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Der Euro fiel am Nachmittag auf 1,1608 US-Dollar, nachdem er im frühen Handel noch über 1,1650 Dollar gelegen hatte.",
        True,
        [("money", 1.1608, "USD", None), ("money", 1.165, "USD", "over")],
        None,
    ),
    (
        "de",
        "Das Verbrauchervertrauen des Conference Board sank im Oktober überraschend auf 91,3 Punkte von revidiert 94,8 Punkten im Vormonat.",
        True,
        [("count", 91.3, None, None), ("count", 94.8, None, None)],
        None,
    ),
    (
        "de",
        "„Die Fed wird sich von einem schwachen Stimmungsindikator nicht aus der Ruhe bringen lassen“, sagte Devisenexpertin Anja Hoberg vom Bankhaus Treuenfels.",
        False,
        [],
        None,
    ),
    # --- U.S. consumer confidence falls (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 27 (Reuters) - Confidence among U.S. consumers slipped for a third straight month in October as Americans fretted more about finding work, according to a closely watched survey released on Tuesday.",
        True,
        [("date", "--10-27", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The index dropped to 91.3 from a downwardly revised 94.8 in September, the Conference Board said.",
        True,
        [("count", 91.3, None, None), ("count", 94.8, None, None)],
        "the Conference Board",
    ),
    (
        "en",
        "The median forecast of economists surveyed by Reuters was 93.5.",
        True,
        [("count", 93.5, None, None)],
        None,
    ),
    (
        "en",
        'The proportion of respondents who described jobs as "hard to get" rose to 20.6%, the highest since February 2021.',
        True,
        [("percent", 20.6, "%", None), ("year", 2021, None, None)],
        None,
    ),
    # --- Skyreach Airlines raises forecast (AP) ---
    (
        "en",
        "DALLAS (AP) — Skyreach Airlines said Tuesday that it earned $612 million in the third quarter as travelers paid up for premium seats, and it raised its full-year profit forecast.",
        True,
        [("money", 612000000, "USD", None), ("ordinal", 3, None, None)],
        "Skyreach Airlines",
    ),
    (
        "en",
        "The Fort Worth-based carrier's earnings of $1.71 per share, excluding one-time items, beat the $1.52 per share that analysts had expected, according to FactSet.",
        True,
        [("money", 1.71, "USD", None), ("money", 1.52, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue rose 6% to a record $14.9 billion, with premium-cabin sales up 11%.",
        True,
        [("percent", 6, "%", None), ("money", 14900000000, "USD", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Skyreach now expects to earn between $5.25 and $5.75 per share this year, up from its July guidance of $4.50 to $5.50.",
        True,
        [
            ("money", 5.25, "USD", None),
            ("money", 5.75, "USD", None),
            ("money", 4.5, "USD", None),
            ("money", 5.5, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The airline will take delivery of 38 new planes next year, eight fewer than planned, because of delays at manufacturers.",
        True,
        [("count", 38, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        '"Our customers are voting with their wallets, and they are choosing Skyreach," CEO Miguel Arrowood said in a note to employees.',
        False,
        [],
        None,
    ),
    ("en", 'Arrowood called the premium-cabin push "the best bet this airline has ever made."', False, [], None),
    (
        "en",
        "Arrowood said fuel costs had fallen 9% from a year earlier to an average of $2.41 a gallon.",
        True,
        [("percent", 9, "%", None), ("money", 2.41, "USD", None)],
        "Arrowood",
    ),
    (
        "en",
        "Skyreach shares rose 5.6% to $63.80 in afternoon trading.",
        True,
        [("percent", 5.6, "%", None), ("money", 63.8, "USD", None)],
        None,
    ),
    # --- Tessaract forecast beats estimates (Reuters) ---
    (
        "en",
        "SANTA CLARA, California, Oct 28 (Reuters) - Tessaract Semiconductor on Wednesday projected fourth-quarter revenue ahead of Wall Street estimates, betting that demand for its data center processors would keep climbing as tech giants pour billions into artificial intelligence.",
        True,
        [("date", "--10-28", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The chipmaker expects revenue of $11.6 billion, plus or minus 2%, for the quarter, compared with analysts' average estimate of $10.9 billion, according to LSEG data.",
        True,
        [("money", 11600000000, "USD", None), ("percent", 2, "%", None), ("money", 10900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Data center revenue surged 64% to $7.85 billion in the third quarter, making up more than two-thirds of total sales.",
        True,
        [
            ("percent", 64, "%", None),
            ("money", 7850000000, "USD", None),
            ("ordinal", 3, None, None),
            ("fraction", 0.6667, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "Adjusted gross margin widened by 180 basis points to 58.4%, the company said.",
        True,
        [("percent", 180, "bp", None), ("percent", 58.4, "%", None)],
        "the company",
    ),
    (
        "en",
        '"We are sold out of our most advanced accelerators through the middle of next year," Chief Executive Wen Holloway said on a conference call.',
        True,
        [],
        "Wen Holloway",
    ),
    (
        "en",
        '"Nobody in this industry can match the performance per watt of our new platform," Holloway said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Holloway said the company planned to spend about $4 billion on new packaging capacity over the next two years.",
        True,
        [("money", 4000000000, "USD", "about"), ("duration", 2, "year", None)],
        "Holloway",
    ),
    (
        "en",
        "Its board approved a further $10 billion in stock buybacks.",
        True,
        [("money", 10000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Tessaract shares rose 7.9% in extended trading, after closing up 1.2% at $241.66.",
        True,
        [("percent", 7.9, "%", None), ("percent", 1.2, "%", None), ("money", 241.66, "USD", None)],
        None,
    ),
    (
        "en",
        "Some investors fear that customers are stockpiling chips, which could lead to a sharp slowdown in orders in 2027.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Tessaract überrascht mit Ausblick (dpa-AFX) ---
    (
        "de",
        "SANTA CLARA (dpa-AFX) - Der Chipkonzern Tessaract hat dank der starken Nachfrage nach Rechenzentrumsprozessoren einen überraschend hohen Umsatz für das Schlussquartal in Aussicht gestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Erlöse sollen auf 11,6 Milliarden Dollar klettern, teilte das Unternehmen am Mittwoch nach US-Börsenschluss mit.",
        True,
        [("money", 11600000000, "USD", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Analysten hatten im Schnitt lediglich mit 10,9 Milliarden Dollar gerechnet.",
        True,
        [("money", 10900000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Im dritten Quartal stieg der Umsatz im Jahresvergleich um 41 Prozent auf 10,4 Milliarden Dollar.",
        True,
        [("ordinal", 3, None, None), ("percent", 41, "%", None), ("money", 10400000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich verdiente Tessaract 3,1 Milliarden Dollar nach 1,9 Milliarden ein Jahr zuvor.",
        True,
        [("money", 3100000000, "USD", None), ("money", 1900000000, "USD", None)],
        None,
    ),
    ("de", "Die Aktie legte nachbörslich um fast acht Prozent zu.", True, [("percent", 8, "%", "nearly")], None),
    (
        "de",
        "Ob die Nachfrage nach KI-Chips auch 2027 so stark bleibt, ist unter Experten umstritten.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Dunmore takes EV charge (Reuters) ---
    (
        "en",
        "DETROIT, Oct 28 (Reuters) - Dunmore Motors said on Wednesday it would take a $2.1 billion charge in the third quarter as it scales back electric vehicle production, and it lowered its full-year profit outlook.",
        True,
        [("date", "--10-28", None, None), ("money", 2100000000, "USD", None), ("ordinal", 3, None, None)],
        "Dunmore Motors",
    ),
    (
        "en",
        "The automaker now expects adjusted earnings before interest and taxes of $9.5 billion to $10.5 billion for the year, compared with $10 billion to $12 billion previously.",
        True,
        [
            ("money", 9500000000, "USD", None),
            ("money", 10500000000, "USD", None),
            ("money", 10000000000, "USD", None),
            ("money", 12000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Dunmore will end production of its Vireo electric pickup at its plant in Lordstown, Ohio, in January and lay off about 940 hourly workers there indefinitely.",
        True,
        [("count", 940, None, "about")],
        None,
    ),
    (
        "en",
        "The company will also eliminate a shift at its Spring Hill, Tennessee, assembly plant, affecting roughly 700 jobs.",
        True,
        [("count", 700, None, "about")],
        None,
    ),
    (
        "en",
        "U.S. sales of Dunmore's electric vehicles fell 38% in the third quarter, while sales of its gasoline-powered trucks rose 12%.",
        True,
        [("percent", 38, "%", None), ("ordinal", 3, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Lorna Petrakis told reporters the EV changes would save the company about $1.5 billion a year from 2027.",
        True,
        [("money", 1500000000, "USD", "about"), ("year", 2027, None, None)],
        "Lorna Petrakis",
    ),
    (
        "en",
        "\"We're not retreating from electric vehicles, we're being disciplined about capital,\" Petrakis said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The United Auto Workers union said the layoffs broke commitments Dunmore made in its 2023 contract and that it would file a grievance.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'A UAW spokesperson called the decision "a betrayal of the people who built this company."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dunmore shares fell 3.4% to $54.12.",
        True,
        [("percent", 3.4, "%", None), ("money", 54.12, "USD", None)],
        None,
    ),
    # --- Dunmore schreibt auf E-Autos ab (dpa-AFX) ---
    (
        "de",
        "DETROIT (dpa-AFX) - Der US-Autobauer Dunmore Motors fährt seine Elektroauto-Pläne weiter zurück und muss dafür im dritten Quartal 2,1 Milliarden US-Dollar abschreiben.",
        True,
        [("ordinal", 3, None, None), ("money", 2100000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Im Werk Lordstown im Bundesstaat Ohio sollen rund 940 Beschäftigte auf unbestimmte Zeit entlassen werden.",
        True,
        [("count", 940, None, "about")],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr rechnet Dunmore nun mit einem bereinigten operativen Ergebnis von 9,5 bis 10,5 Milliarden Dollar, nachdem zuvor 10 bis 12 Milliarden in Aussicht gestellt worden waren.",
        True,
        [
            ("money", 9500000000, "USD", None),
            ("money", 10500000000, "USD", None),
            ("money", 10000000000, "USD", None),
            ("money", 12000000000, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Die Einschnitte sollen von 2027 an jährlich rund 1,5 Milliarden Dollar einsparen, sagte Finanzchefin Lorna Petrakis.",
        True,
        [("year", 2027, None, None), ("money", 1500000000, "USD", "about")],
        "Lorna Petrakis",
    ),
    (
        "de",
        "Ein sechswöchiger Streik hatte Dunmore 2023 nach eigenen Angaben rund 1,6 Milliarden Dollar gekostet.",
        True,
        [("duration", 6, "week", None), ("year", 2023, None, None), ("money", 1600000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "„Der Rückzug kommt spät, aber er ist richtig“, kommentierte Analyst Tom Berringer von der Investmentbank Hollis & Ward.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Berringer sagte, Dunmore verliere derzeit mit jedem verkauften Elektro-Pickup rund 18.000 Dollar.",
        True,
        [("money", 18000, "USD", "about")],
        "Berringer",
    ),
    # --- Streamora subscribers jump (AP) ---
    (
        "en",
        "BURBANK, Calif. (AP) — Streamora said Wednesday it added 6.2 million paid subscribers in the third quarter, far more than analysts had expected, helped by live sports and its cheaper ad-supported plan.",
        True,
        [("count", 6200000, None, None), ("ordinal", 3, None, None)],
        "Streamora",
    ),
    (
        "en",
        "The streaming service ended September with 312.4 million subscribers worldwide.",
        True,
        [("count", 312400000, None, None)],
        None,
    ),
    (
        "en",
        "Streamora is lifting the monthly price of its standard U.S. plan by $2 to $19.99 starting Dec. 1, the company said.",
        True,
        [("money", 2, "USD", None), ("money", 19.99, "USD", None), ("date", "--12-01", None, None)],
        "the company",
    ),
    (
        "en",
        "Net income rose 29% to $2.96 billion, or $6.81 per share, from $2.29 billion, or $5.22 per share, a year earlier.",
        True,
        [
            ("percent", 29, "%", None),
            ("money", 2960000000, "USD", None),
            ("money", 6.81, "USD", None),
            ("money", 2290000000, "USD", None),
            ("money", 5.22, "USD", None),
        ],
        None,
    ),
    (
        "en",
        '"Streaming is still only in its opening act, and we intend to write the rest of the script," co-CEO Nils Bergqvist said in a letter to shareholders.',
        False,
        [],
        None,
    ),
    ("en", "Shares rose 9% in after-hours trading.", True, [("percent", 9, "%", None)], None),
    # --- Ölpreise legen zu (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Die Ölpreise haben am Mittwoch nach überraschend stark gesunkenen Lagerbeständen in den USA deutlich zugelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Barrel der US-Sorte West Texas Intermediate (WTI) zur Lieferung im Dezember kostete am Abend 61,84 US-Dollar und damit 1,37 Dollar mehr als am Vortag.",
        True,
        [("money", 61.84, "USD", None), ("money", 1.37, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Rohöllagerbestände fielen in der vergangenen Woche um 4,3 Millionen Barrel, wie das Energieministerium in Washington mitteilte.",
        True,
        [("count", 4300000, None, None)],
        "das Energieministerium",
    ),
    (
        "de",
        "Analysten hatten lediglich mit einem Rückgang um 1,2 Millionen Barrel gerechnet.",
        True,
        [("count", 1200000, None, None)],
        None,
    ),
    # --- Ridgeford settles SEC charges (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 28 (Reuters) - Investment adviser Ridgeford Capital Management agreed to pay $48.5 million to settle U.S. Securities and Exchange Commission charges that it overstated the returns of three of its hedge funds, the regulator said on Wednesday.",
        True,
        [("date", "--10-28", None, None), ("money", 48500000, "USD", None), ("count", 3, None, None)],
        "the regulator",
    ),
    (
        "en",
        "The payment includes a civil penalty of $22 million and about $26.5 million in disgorgement and interest.",
        True,
        [("money", 22000000, "USD", None), ("money", 26500000, "USD", "about")],
        None,
    ),
    (
        "en",
        "According to the SEC's order, Ridgeford reported returns of 18% to investors in 2023 when the funds had in fact gained about 11%.",
        True,
        [("percent", 18, "%", None), ("year", 2023, None, None), ("percent", 11, "%", "about")],
        None,
    ),
    ("en", "Ridgeford neither admitted nor denied the findings.", True, [], None),
    (
        "en",
        '"Investors deserve the truth about performance, full stop," the director of the SEC\'s enforcement division said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The firm, which manages about $14 billion, said it had hired a new chief compliance officer and an outside auditor.",
        True,
        [("money", 14000000000, "USD", "about")],
        None,
    ),
    # --- Mantelwerk outlook disappoints (Reuters) ---
    (
        "en",
        "SEATTLE, Oct 28 (Reuters) - Mantelwerk forecast second-quarter revenue below Wall Street estimates on Wednesday, as growth in its cloud business slowed for a second consecutive quarter.",
        True,
        [("date", "--10-28", None, None), ("ordinal", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The company expects revenue of $27.8 billion to $28.5 billion for the quarter ending in December, while analysts on average had expected $29.2 billion, according to LSEG data.",
        True,
        [("money", 27800000000, "USD", None), ("money", 28500000000, "USD", None), ("money", 29200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue at its cloud unit grew 22% in the first quarter of fiscal 2027, down from 27% in the previous three months.",
        True,
        [
            ("percent", 22, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2027, None, None),
            ("percent", 27, "%", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Mantelwerk said capital spending would rise to about $19 billion in the current quarter from $15.2 billion a year earlier.",
        True,
        [("money", 19000000000, "USD", "about"), ("money", 15200000000, "USD", None)],
        "Mantelwerk",
    ),
    (
        "en",
        '"Demand for our AI services continues to run ahead of our ability to deliver them," Chief Executive Maren Ostby said.',
        False,
        [],
        None,
    ),
    ("en", "Mantelwerk shares fell 6.5% in extended trading.", True, [("percent", 6.5, "%", None)], None),
    # --- Lumenhall soars in Nasdaq debut (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 29 (Reuters) - Shares of Lumenhall, which sells data-labeling software to artificial intelligence developers, jumped 46% in their Nasdaq debut on Thursday, valuing the company at about $13.9 billion.",
        True,
        [("date", "--10-29", None, None), ("percent", 46, "%", None), ("money", 13900000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The stock opened at $35.50, compared with its initial public offering price of $24, which was above the marketed range of $20 to $22.",
        True,
        [
            ("money", 35.5, "USD", None),
            ("money", 24, "USD", None),
            ("money", 20, "USD", None),
            ("money", 22, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Lumenhall and some of its existing investors sold 48 million shares in the offering, raising about $1.15 billion.",
        True,
        [("count", 48000000, None, None), ("money", 1150000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It is the third-largest U.S. technology listing this year, according to data from Renmark Analytics.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Jordan Vasko told Reuters in an interview that the company had been profitable for five straight quarters.",
        True,
        [("count", 5, None, None)],
        "Jordan Vasko",
    ),
    (
        "en",
        '"We are building the picks and shovels of the AI gold rush, and this is just the beginning," Vasko said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I have no doubt that within five years every serious AI lab will run on Lumenhall," Vasko said.',
        False,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Lumenhall posted revenue of $612 million in the six months ended June 30, up 83% from a year earlier.",
        True,
        [
            ("money", 612000000, "USD", None),
            ("duration", 6, "month", None),
            ("date", "--06-30", None, None),
            ("percent", 83, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Insiders are barred from selling their shares during a 180-day lockup period.",
        True,
        [("duration", 180, "day", None)],
        None,
    ),
    (
        "en",
        "Some IPO analysts said the size of the jump suggested the underwriters had left money on the table.",
        False,
        [],
        None,
    ),
    # --- Lumenhall an der Nasdaq (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Der Softwareanbieter Lumenhall hat an der Nasdaq einen fulminanten Börsenstart hingelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie eröffnete bei 35,50 Dollar und damit knapp 48 Prozent über dem Ausgabepreis von 24 Dollar.",
        True,
        [("money", 35.5, "USD", None), ("percent", 48, "%", "nearly"), ("money", 24, "USD", None)],
        None,
    ),
    (
        "de",
        "Mit dem Börsengang nahm das Unternehmen rund 1,15 Milliarden Dollar ein, sagte Firmenchef Jordan Vasko.",
        True,
        [("money", 1150000000, "USD", "about")],
        "Jordan Vasko",
    ),
    (
        "de",
        "Es ist der drittgrößte Tech-Börsengang in den USA in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Copperline Grill sales slide (Reuters) ---
    (
        "en",
        "Oct 29 (Reuters) - Copperline Grill reported a surprise drop in quarterly same-store sales on Thursday as lower-income diners cut back on eating out, sending the casual dining chain's shares down 9.2%.",
        True,
        [("date", "--10-29", None, None), ("percent", 9.2, "%", None)],
        None,
    ),
    (
        "en",
        "Same-store sales fell 1.4% in the third quarter, compared with estimates for a 1.1% increase, according to data compiled by LSEG.",
        True,
        [("percent", 1.4, "%", None), ("ordinal", 3, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "The Nashville, Tennessee-based company said traffic at its restaurants declined 4.8%, partly offset by menu price increases of about 3%.",
        True,
        [("percent", 4.8, "%", None), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        '"Nobody does value like Copperline, and our guests feel it every time they walk through the door," CEO Tasha Brandvold said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brandvold said the chain would close 28 underperforming restaurants and slow new openings to between 12 and 15 next year.",
        True,
        [("count", 28, None, None), ("count", 12, None, None), ("count", 15, None, None)],
        "Brandvold",
    ),
    (
        "en",
        "Brandvold declined to say whether the company would consider selling its smaller steakhouse brand.",
        False,
        [],
        None,
    ),
    # --- U.S. jobless claims rise (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 29 (Reuters) - New U.S. applications for jobless benefits rose by 14,000 to a seasonally adjusted 243,000 in the week ended Oct. 24, the Labor Department said on Thursday.",
        True,
        [
            ("date", "--10-29", None, None),
            ("count", 14000, None, None),
            ("count", 243000, None, None),
            ("date", "--10-24", None, None),
        ],
        "the Labor Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 228,000 claims for the latest week.",
        True,
        [("count", 228000, None, None)],
        None,
    ),
    (
        "en",
        "The four-week moving average, which smooths out weekly swings, increased 6,250 to 236,500.",
        True,
        [("duration", 4, "week", None), ("count", 6250, None, None), ("count", 236500, None, None)],
        None,
    ),
    (
        "en",
        "Continuing claims, a proxy for hiring, climbed to 1.98 million in the week ended Oct. 17, the highest level since November 2021.",
        True,
        [("count", 1980000, None, None), ("date", "--10-17", None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"The labor market is not collapsing, it\'s just slowly losing altitude," said Rachel Whitmore, chief U.S. economist at Brenton Advisors.',
        False,
        [],
        None,
    ),
    # --- Marrowind splits stock, lifts dividend (Reuters) ---
    (
        "en",
        "Oct 29 (Reuters) - Pharmacy chain Marrowind Health announced a 4-for-1 stock split on Thursday and raised its quarterly dividend by 8% to 52 cents per share, after its shares more than doubled over the past 12 months.",
        True,
        [
            ("date", "--10-29", None, None),
            ("count", 4, None, None),
            ("count", 1, None, None),
            ("percent", 8, "%", None),
            ("money", 0.52, "USD", None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The split will take effect after the close of trading on Nov. 20, and the stock will begin trading on a split-adjusted basis on Nov. 23, the company said.",
        True,
        [("date", "--11-20", None, None), ("date", "--11-23", None, None)],
        "the company",
    ),
    (
        "en",
        "Marrowind said it had repurchased $3.2 billion of stock during the first nine months.",
        True,
        [("money", 3200000000, "USD", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        "Marrowind",
    ),
    (
        "en",
        "Stock splits do not change a company's value, but some investors believe they make shares more attractive to small buyers.",
        False,
        [],
        None,
    ),
    # --- Aktien New York Schluss: Tech-Werte belasten (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Enttäuschende Geschäftszahlen mehrerer Tech-Schwergewichte haben die US-Börsen am Donnerstag belastet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Dow Jones Industrial verlor 0,54 Prozent auf 46.871,20 Punkte.",
        True,
        [("percent", 0.54, "%", None), ("count", 46871.2, None, None)],
        None,
    ),
    (
        "de",
        "Der breiter gefasste S&P 500 büßte 1,27 Prozent auf 6.655,03 Zähler ein, der Nasdaq 100 sackte um 1,9 Prozent auf 24.761,55 Punkte ab.",
        True,
        [
            ("percent", 1.27, "%", None),
            ("count", 6655.03, None, None),
            ("percent", 1.9, "%", None),
            ("count", 24761.55, None, None),
        ],
        None,
    ),
    (
        "de",
        "Von den 30 Werten im Dow schlossen nur neun im Plus.",
        True,
        [("count", 30, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Schlusslicht im Dow waren die Aktien des Softwarekonzerns Mantelwerk mit einem Minus von 8,7 Prozent.",
        True,
        [("percent", 8.7, "%", None)],
        None,
    ),
    (
        "de",
        "Der Konzern hatte für das laufende Quartal einen Umsatz von höchstens 28,5 Milliarden Dollar in Aussicht gestellt, Analysten hatten mit 29,2 Milliarden gerechnet.",
        True,
        [("money", 28500000000, "USD", "at_most"), ("money", 29200000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der S&P-500-Unternehmen haben inzwischen ihre Quartalszahlen vorgelegt, davon übertrafen rund 79 Prozent die Gewinnerwartungen.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("percent", 79, "%", "about")],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat der Nasdaq 100 damit rund 18 Prozent gewonnen, sagte Marktanalyst Jonas Wetterling.",
        True,
        [("percent", 18, "%", "about")],
        "Jonas Wetterling",
    ),
    ("de", "„Die Bewertungen lassen schlicht keinen Raum mehr für Enttäuschungen“, sagte Wetterling.", False, [], None),
    ("de", "Auf Wochensicht steht der Dow damit kaum verändert da.", True, [], None),
    # --- Halverson files for bankruptcy (AP) ---
    (
        "en",
        "NEW YORK (AP) — Home goods retailer Halverson filed for Chapter 11 bankruptcy protection on Friday and said it would close 140 of its 410 stores as it tries to shed debt and find a buyer.",
        True,
        [("count", 140, None, None), ("count", 410, None, None)],
        None,
    ),
    (
        "en",
        "The company listed assets of $1 billion to $10 billion and liabilities in the same range in its filing in U.S. Bankruptcy Court in Delaware.",
        True,
        [("money", 1000000000, "USD", None), ("money", 10000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Halverson said its existing lenders had committed $275 million in debtor-in-possession loans to keep stores running during the process.",
        True,
        [("money", 275000000, "USD", None)],
        "Halverson",
    ),
    (
        "en",
        "The filing came after a six-week sale process failed to produce an acceptable offer.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "The chain employs about 12,600 people, roughly a third of them part-time.",
        True,
        [("count", 12600, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", "How many of them will lose their jobs was not immediately clear.", False, [], None),
    (
        "en",
        '"This is a difficult but necessary step that will allow Halverson to emerge as a stronger, more focused retailer," interim Chief Executive Mark Delacourt said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Halverson, founded in 1958 in Columbus, Ohio, last filed for bankruptcy in 2020.",
        True,
        [("year", 1958, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("en", "Halverson's press office did not reply to emailed questions about job losses.", False, [], None),
    # --- Wall Street rebounds on Parcelon results (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 30 (Reuters) - U.S. stocks rebounded on Friday, with the Nasdaq posting its sixth weekly gain in seven weeks, as strong results from online retailer Parcelon eased worries about consumer spending.",
        True,
        [("date", "--10-30", None, None), ("ordinal", 6, None, None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average rose 402.15 points, or 0.86%, to 47,273.35, the S&P 500 gained 68.31 points, or 1.03%, to 6,723.34 and the Nasdaq Composite climbed 303.92 points, or 1.32%, to 23,347.08.",
        True,
        [
            ("count", 402.15, None, None),
            ("percent", 0.86, "%", None),
            ("count", 47273.35, None, None),
            ("count", 68.31, None, None),
            ("percent", 1.03, "%", None),
            ("count", 6723.34, None, None),
            ("count", 303.92, None, None),
            ("percent", 1.32, "%", None),
            ("count", 23347.08, None, None),
        ],
        None,
    ),
    (
        "en",
        "For the week, the S&P 500 rose 0.5%, the Dow added 0.9% and the Nasdaq gained 1.5%.",
        True,
        [("percent", 0.5, "%", None), ("percent", 0.9, "%", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "Parcelon shares surged 12.6% to a record $248.90 after the company reported third-quarter revenue of $96.4 billion, up 13% from a year earlier.",
        True,
        [
            ("percent", 12.6, "%", None),
            ("money", 248.9, "USD", None),
            ("ordinal", 3, None, None),
            ("money", 96400000000, "USD", None),
            ("percent", 13, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The rally added about $120 billion to Parcelon's market value in a single session.",
        True,
        [("money", 120000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Shares of the so-called Magnificent Seven rose 2.4% as a group, recovering most of Thursday's losses.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "The CBOE Volatility index dropped 1.8 points to close at 16.42, its lowest in two weeks.",
        True,
        [("count", 1.8, None, None), ("count", 16.42, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Rising stocks outnumbered falling ones on the NYSE by a 2.1-to-1 margin.",
        True,
        [("count", 2.1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The S&P 500 posted 29 new 52-week highs and 11 new lows, while the Nasdaq Composite recorded 104 new highs and 87 new lows.",
        True,
        [
            ("count", 29, None, None),
            ("duration", 52, "week", None),
            ("count", 11, None, None),
            ("count", 104, None, None),
            ("count", 87, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Earnings season has turned out to be the antidote to all the hand-wringing about bubbles," said Delacroix-Webb of Ostrowe Wealth.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Investors will be watching next week's Fed meeting and the October payrolls report for clues on how far the central bank is prepared to cut.",
        False,
        [],
        None,
    ),
    ("en", "(Reporting by Dana Merriweather in New York; Editing by Paul Ashcombe)", False, [], None),
    # --- Aktien New York Schluss: Parcelon treibt an (dpa-AFX) ---
    (
        "de",
        "NEW YORK (dpa-AFX) - Starke Zahlen des Onlinehändlers Parcelon haben die US-Börsen zum Wochenschluss angetrieben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Dow Jones Industrial rückte um 0,86 Prozent auf 47.273,35 Punkte vor, womit für die Woche ein Plus von 0,9 Prozent zu Buche steht.",
        True,
        [("percent", 0.86, "%", None), ("count", 47273.35, None, None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Parcelon-Aktien sprangen um 12,6 Prozent auf ein Rekordhoch von 248,90 Dollar.",
        True,
        [("percent", 12.6, "%", None), ("money", 248.9, "USD", None)],
        None,
    ),
    (
        "de",
        "Der Onlinehändler hatte im dritten Quartal den Umsatz um 13 Prozent auf 96,4 Milliarden Dollar gesteigert.",
        True,
        [("ordinal", 3, None, None), ("percent", 13, "%", None), ("money", 96400000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Der Nasdaq 100 verbuchte damit den sechsten Wochengewinn binnen sieben Wochen.",
        True,
        [("ordinal", 6, None, None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "de",
        "„Die Angst vor einer Konsumflaute war offenkundig übertrieben“, schrieb Analystin Svenja Rathgeber vom Analysehaus Kerndl Research.",
        False,
        [],
        None,
    ),
    ("de", "/mis/he", False, [], None),
    # --- Analysten-Einstufungen zu US-Werten (dpa-AFX) ---
    (
        "de",
        "FRANKFURT (dpa-AFX Analyser) - Die US-Bank Crestfield Securities hat das Kursziel für Tessaract von 260 auf 300 US-Dollar angehoben und die Einstufung auf „Overweight“ belassen.",
        True,
        [("money", 260, "USD", None), ("money", 300, "USD", None)],
        None,
    ),
    ("de", "„Tessaract bleibt unser Top-Pick im Halbleitersektor“, schrieb Analyst Greg Tillman.", False, [], None),
    (
        "de",
        "Die Investmentbank Pardee & Lowe stufte Brightmoor dagegen von „Buy“ auf „Neutral“ ab und senkte das Kursziel von 138 auf 104 Dollar.",
        True,
        [("money", 138, "USD", None), ("money", 104, "USD", None)],
        None,
    ),
    (
        "de",
        "Das Analysehaus Kerndl Research strich das Kursziel für Dunmore Motors um 9 auf 58 Dollar zusammen.",
        True,
        [("money", 9, "USD", None), ("money", 58, "USD", None)],
        None,
    ),
    ("de", "Ob die Abstufungen den Kursrutsch bei Brightmoor noch verschärfen, bleibt abzuwarten.", False, [], None),
]
