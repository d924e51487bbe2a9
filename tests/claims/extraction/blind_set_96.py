"""Ninety-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person and company is made up
(Dana Pellegrino, Larchmont Wealth Partners, Harrowgate Financial, Marianne Osterholt,
Saanvi Raghunathan, Peter Drummond, Naomi Kettering, Priyanka Deshmane, Varuna Energy
Research, Baek Hyun-woo, Marta Velasquez, Dermot Ashforth, Conrad Mayhew, Ferrier Brothers,
Elena Vasquez-Pryor, Corvalis Systems, Prairieline Aerostructures, Hollister Motor Co. with
its "Cordova" and "Talon", Pelham Brands, Orchard Lane Foods, Kerrigan Point Capital,
Ellsworth Group, Granite Harbor Partners, Rupert Glenister, Rhenwald Chemie, Quillfeather,
Harriet Lomax, Jonah Kestler, Noreen Halvey, Ruth Calloway, Pembridge Economics, Bramley &
Rowe, Fiona Castlereagh, Jurgis Valaitis, Carraway Pharma, Lumera Bio, Ashgrove Paper,
Carla Dufresne, Alderwood Airlines, Veltrion Semiconductor, Sunmarrow Energy, Ostrava
Health, Northway Buses, Brightpath Credit, Kestrel Ridge Resources, Valparaíso Minerals and
its Quebrada Alta project, Anneliese Forsyth, Tomasz Wierzbicki, Gareth Lindsey, Keith
Waverley, Jan Morland, Darnell Whitacre, Yuki Hamasaki; Kettwig Anlagenbau, Ulrike
Sandhaus, Reinhold Ambacher, Hartmut Lenzing, Murtaler Stahl, Weinviertler Baustoffe,
Nordkauf, Alpquell, Rheinvolt, Nordwind Projekt, Annette Wolfsberger); real places,
exchanges, indexes, agencies, unions and institutions ("NYSE", "S&P 500", "Nikkei", "Topix",
"BSE Sensex", "Nifty 50", "STOXX 600", "FTSE 100", "FTSE 250", "Dax", "MDax", "SDax",
"ATX", "CBOE Volatility index", "LSEG", "CME Group's FedWatch tool", "OPEC+", "the
International Energy Agency", "the London Metal Exchange", "the Federal Reserve", "the
European Central Bank", "the Bank of England", "the European Commission", "the General
Court", "the Financial Conduct Authority", "the Commerce Department", "Census Bureau", "the
National Highway Traffic Safety Administration", "the Office for National Statistics",
"NFIB", "Freddie Mac", "Unite", "Verdi", "IG Metall", "ZEW", "Statistik Austria", "das
Statistische Bundesamt", "Bundeswettbewerbsbehörde", "Kartellgericht") stand for the way
wire copy names them; every figure, ruling, deal, rate, move and quote here is invented.

Its weight: AN ORDINARY REUTERS/AP BUSINESS DAY as an English-language business desk
receives it (Tuesday, Oct 14), about 75 % English and 25 % German, told as short stories in
story order (a dateline lead, then figures, attributed lines, background, a quote or a
credit). English (Reuters, AP, PA): the Wall Street close, a big bank's third quarter, oil,
gold and metals, currencies and bitcoin, Treasuries and a Fed governor, a software maker's
layoffs, a strike at an aircraft parts maker, a camera recall, takeover talks "three people
familiar with the matter told Reuters", an agreed take-private bid in London, an EU cartel
fine, a class-action settlement, a truck tariff and Mexico's reaction, China's soybean
imports, UK jobs data, Indian and Japanese shares, the European close, a high street chain's
closures, an ECB policymaker, a drug deal with a contingent value right, a paper mill
closure, an airline's profit warning, stocks on the move, a bus strike, an FCA fine, small
business and mortgage data, a copper project stake, credit lines and boilerplate. German
(dpa-AFX, APA, dpa, Reuters German) on the same day: the Dax close and the bond yield, a
machine builder's job cuts, the ZEW index, the Vienna close, a brickworks closure and
Austrian inflation, a warning strike, a cartel fine by the Kartellgericht, oil and gold, a
wind developer bought, EU steel quotas, German insolvencies, bitcoin in euros. Forms:
moves in percent and points ("fell 312.44 points, or 0.67%, to 46,189.20", "um 1,38
Prozent auf 4.603,27 Einheiten", "um 0,3 Punkte auf 39,6 Zähler", "auf minus 80,0
Zähler"), basis points and percentage points, yields and maturities ("10-year notes", "the
two-year yield", "30-year fixed home loans"), unit prices ("$62.84 a barrel", "$4,153.20
per ounce", "$10,612 a metric ton", "Ein Barrel (159 Liter)"), exchange rates ("$1.1612",
"151.48 per dollar", "closed at 88.80 against the U.S. dollar", "1,1598 US-Dollar"), per
share figures and pence ("$1.58 per share", "685 pence per share", "662p", "48.6p"),
amounts with conversions ("212 million euros ($246 million)", "2.4 billion pounds ($3.2
billion)", "12.3 billion rupees ($138.5 million)", "A$750 million ($490 million)"),
"£41.2m", "4,6 Mio. Euro", "1,87 Milliarden Euro", guidance ranges, quarters and halves,
"the three months ended Sept. 30", "the 26 weeks to September 27", headcounts and job cuts,
strikes with durations ("three 48-hour strikes", "24-stündigen Warnstreik", "a walkout
lasted 19 days"), votes in percent, fines, discounts and settlements, tariffs and quotas,
multiples ("roughly 13 times", "by a 2.3-to-1 ratio"), hedges ("more than", "about",
"roughly", "nearly", "as much as", "up to", "rund", "knapp", "bis zu", "mindestens") and
attribution ("said on Tuesday", "told Reuters", "according to LSEG data", "the FCA said",
"wie das Unternehmen am Dienstag mitteilte", "sagte Finanzvorständin ...", "laut Statistik
Austria", "teilte die BWB am Dienstag mit"). Negatives as such a day has them: quoted
traders, strategists, fund managers, economists and chief executives, a central banker's
"good place", a company's disappointment and apology, a lawmaker's "devastating blow",
analysts' commentary ("Analysts say ...", "Analysts said the sell-off looked more like
..."), outlooks for watchers ("Investors will be watching ..."), an open question ("It was
not immediately clear ..."), no-comment and could-not-be-reached lines, a travel advice
line, market colour ("For now, the bulls appear to be catching their breath ..."), Reuters
credit lines, "Our Standards: The Thomson Reuters Trust Principles.", AP's funding line and
contributor line, a correction tag, and in German a trader's quote, a chief's resolve, a
spokesman's label "unverhältnismäßig", a no-comment line, an investment disclaimer, a
dpa-AFX author tag "/jha/kro/he", market mood in "dürfte" and an open question.

207 rows (52 German, 155 English; 25 % German), 46 negatives (11 German, 35 English), 161
check-worthy rows of which 14 carry no figure (7 German, 7 English), 334 expected quantities
(98 percentages, 75 counts, 74 amounts of money, 25 dates, 23 durations, 21 years, 16
ordinals, 2 fractions; one of them, the correction tag's ordinal, in a negative), 30 checked
speakers (8 German, 22 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a market lead stating a fall with its cause ("Der Dax hat am Dienstag ...
  deutlich nachgegeben.", "Die Wiener Börse hat ... mit deutlichen Verlusten geschlossen.",
  "Die Konjunkturerwartungen ... haben sich im Oktober kaum verändert."), "Both benchmarks
  hit their lowest levels since early May.", a company's account that it knows of no
  crashes, a deal that "could be announced as soon as next week, the sources said", a
  board's recommendation of an offer and a company's announced appeal (sixty-second and
  seventy-third), a defendant's denial of wrongdoing in settling, a union's announced
  resistance (seventy-third), a social plan being drawn up, a fine that is final, a trading
  halt, the steel industry's lobbying.
- Datelines: Reuters datelines with a day are dates without a year ("NEW YORK, Oct 14
  (Reuters)", "LONDON, ...", "WASHINGTON, ...", "SAN FRANCISCO, ...", "WICHITA, Kansas,
  ...", "BRUSSELS, ...", "BEIJING, ...", "MUMBAI, ...", "TOKYO, ...", "FRANKFURT, ...",
  "SYDNEY, ..." -> --10-14), and so are the city-less "Oct 14 (Reuters)" lines of U.S.
  company copy (seventy-third, ninety-first); AP, PA, dpa-AFX, dpa, APA and Reuters German
  datelines carry none. "Dec. 1", "Nov. 1", "Nov. 6", "Sept. 30", "September 27" dates
  without a year (seventy-third); "by 1:45 p.m. ET (1745 GMT)", "by 0900 GMT", "by 1700
  GMT", months, weekdays, "next year", "this year", "so far this year", "last year",
  "early May", "Anfang September", "am Vortag" none (sixty-second). "by mid-2026" the year
  (ninety-first: "since mid-2018"); "mit Ende März 2026" the year; "from the 2023 through
  2025 model years" both years; "zwischen 2017 und 2022" both years.
- Index levels and moves in points are counts and index names carry none (sixty-second,
  ninety-first): "fell 312.44 points, or 0.67%, to 46,189.20" and the two other indexes
  (nine quantities), "rose 2.1 points to 20.84", "at 98.97", "at 563.80 points", "closed at
  46,847.32", "to 3,155.64", "um 0,3 Punkte auf 39,6 Zähler", "auf 41,0 Punkte", "um 4,2
  Punkte auf minus 80,0 Zähler" (-80, ninety-first: "to minus 72.3"), "bei 24.097,14
  Punkten", "auf 29.803,55 Zähler", "auf 4.603,27 Einheiten"; the NFIB's "slipped 2.0
  points to 98.8 ..., above its 52-year average of 98" counts 2 (trailing zero no other
  value, eighty-seventh), 98.8 and 98 and 52 years (as "52-week highs", sixty-second). New:
  "Zeitweise war er bis auf 23.986 Punkte gefallen" is 23986 with no hedge - "bis auf" names
  the low reached, not a bound as "bis zu" does; "unter die Marke von 24.000 Punkten" 24000
  with no hedge (a noun parts the word from the figure, sixty-second: "über die Marke von 3
  Prozent").
- Bodies and tallies: "Ten of the 11 major S&P 500 sectors" counts 10 and 11 (sixty-fifth:
  "211 der 300"), "Of the index's 225 components, 201 fell and 22 rose, while two were
  unchanged" four counts, "against six peers" count 6,
  "three people familiar with the matter" count 3 (ninety-first: "two Egyptian security
  sources" 2), "Three other companies" 3, "zwei Finanzinvestoren" 2, "in three instalments"
  3, "three 48-hour strikes" count 3 and 48 hours. New: "3,0 Prozent in zwei Stufen" is
  percent 3.0 and count 2 - a step of a pay deal is no unit of time. "one more ECB cut"
  count 1 (eighty-seventh: "one more quarter-point cut").
- Multiples and ratios are counts (sixty-second): "roughly 13 times its expected core
  earnings" 13 "about", "by a 2.3-to-1 ratio" counts 2.3 and 1.
- Volumes are counts: "18.2 billion shares" and "16.9 billion" (the unit written once
  serves the list, forty-sixth), "as much as 4 million barrels per day" 4,000,000 "up_to",
  "a further 137,000 bpd" 137,000 ("a further" no hedge, seventy-third), "12.87 million
  metric tons", "about 300,000 tons" "about", "about 180,000 tons" "about", "18,3 Millionen
  Tonnen", "rund 40 Millionen Ziegel" "about", "rund 2,3 Gigawatt" "about" (fifty-seventh:
  "3,7 Gigawatt" a count), "Ein Barrel (159 Liter)" count 159 (measures are counts,
  ninety-first). New: "over the last 20 trading days" is 20 days - a trading day is a day,
  whereas a "session" is no unit (sixty-second: "four-session losing streak" count 4).
- Unit prices and exchange rates are money in the priced currency (sixty-second): "$62.84 a
  barrel", "$1.48", "$4,153.20 per ounce", "a record high of $4,179.62", "$52.71 an
  ounce", "$1,648.95", "$10,612 a metric ton", "62,91 US-Dollar ..., das waren 1,41 Dollar
  weniger", "ein Rekordhoch von 4.171 Dollar" (the article in "eine Feinunze" none),
  "$1.1612", "$1.3341", "151.48 per dollar" JPY, "1,1598 US-Dollar" and "auf 1,1583 Dollar"
  USD, "$110,420" and "94.870 Euro" for bitcoin. New by the same rule: "The rupee closed at
  88.80 against the U.S. dollar, close to its record low of 88.85" is 88.80 and 88.85 INR -
  the rupee quoted per dollar, as "7,1893 je Dollar" after the yuan is CNY (sixty-second).
- Rates, yields and moves: "10-year notes" 10 years and "the two-year yield" 2 years,
  "30-year fixed home loans" 30 years, "Three-month copper" 3 months (sixty-second); "fell
  4.6 basis points", "slipped 3 basis points", "a 25-basis-point cut" percent "bp"; "by
  another quarter of a percentage point" 0.25 pp ("another" no hedge, ninety-first; the
  sixteenth batch: "a quarter of a percentage point"); "the 4.00%-4.25% range" 4.0 and
  4.25 (eighty-seventh); "the ECB's 2% target" 2 (sixteenth); "Die Umlaufrendite stieg von
  2,56 Prozent ... auf 2,59 Prozent" both. New: "A net 21% of owners" is 21% with no hedge
  - "a net" names a balance of answers, not a bound.
- Earnings, deals and guidance (seventy-third): "$1.58 per share", "$1.29 a share", "$1.41
  per share" USD; "in the three months ended Sept. 30" 3 months and the date; "in the 26
  weeks to September 27" 26 weeks and the date; "third-quarter", "the second quarter", "the
  fourth quarter", "the first quarter of 2026" (ordinal and year), "im ersten Halbjahr
  2026", "für das erste Halbjahr" ordinals; "in den ersten neun Monaten" ordinal 1 and 9
  months; "the fourth-largest U.S. lender" ordinal 4 (issue: "die drittgrößte Stadt"); "a
  fourth escaped a penalty" ordinal 4 (seventy-third: "in the third"); "second round of
  layoffs", "the second such cut in three months" ordinal 2 and 3 months, "the third recall
  this year" ordinal 3, "the first strike at the company since 2012" ordinal 1 and the year,
  "for the first time since November 2018" ordinal 1 and 2018; "its steepest one-day fall
  in six months" 1 day and 6 months (sixty-second: "its biggest one-day jump in three
  months"); "The 118-year-old mill" 118 years and "a 25-year mine life" 25 years
  (seventy-ninth: "The 61-year-old business"); "a 24% wage increase over four years" 24%
  and 4 years; "between $310 million and $360 million", "$1.10 to $1.40 ..., down from ...
  $1.75 to $2.25" four amounts, "between 3% and 4%", "between 7% and 8%" (ranges give both
  ends, thirty-third); "685 pence per share" 6.85 GBP, "662p" 6.62 GBP, "48.6p" 0.486 GBP
  (fourth, twenty-eighth); "2.4 billion pounds ($3.2 billion)" with "about" on the first
  only (seventy-third: the hedge stands before the first figure); "212 million euros ($246
  million)", "12.3 billion rupees ($138.5 million)" INR and USD; "A$750 million ($490
  million)" AUD and USD (an earlier batch: "A$9.6 billion"); "£41.2m", "£3.8m", "£16.9
  million", "11.8 million pounds", "4,6 Mio. Euro", "1,87 Milliarden Euro", "rund 28,4
  Milliarden Euro" "about"; "a contingent value right worth up to $6 per share" 6 USD
  "up_to"; "a premium of 41%", "a premium of 62%", "a 4.1% stake", "a 60% stake",
  "irrevocable undertakings covering about 18.7%" "about"; "multi-year" none (seventy-third).
- Fines, discounts and settlements are money and percentages as written: "a combined 118.5
  million euros" ("a combined" no hedge, as "insgesamt" and "zusammen", seventy-third),
  "reduced by 30%", "a 30% discount", "up to 10% of their global turnover" "up_to", "up to
  25% of the fund, or about $46.9 million" "up_to" and "about", "£22 million in redress to
  about 61,000 customers". Tariffs: "an additional 10% tariff" no hedge (seventy-third: "an
  additional"), "a 25% duty ..., bringing the total rate ... to 35%", "Zölle von bis zu 50
  Prozent" "up_to", "um knapp die Hälfte" fraction 0.5 "nearly" (seventy-third: "knapp die
  Hälfte davon"). New: "roughly four out of every five heavy trucks" is fraction 0.8
  "about", the share written as "four out of every five" read as "jeder vierte" is read
  (issue) and the hedge before it kept.
- Pay claims (fifty-sixth): "um 8,5 Prozent, mindestens aber 350 Euro monatlich" 8.5% and
  350 EUR "at_least" ("monatlich" none, seventy-third), "für eine Dauer von zwölf Monaten"
  12 months; "a 4.2% pay offer"; "71% of members who cast ballots"; strikes as durations
  ("24-stündigen Warnstreik" 24 hours as "fünfstündig", the issue; "a walkout lasted 19
  days").
- Hedges, only the names in use: "about", "around", "roughly", "rund" "about"; "nearly",
  "knapp" "nearly"; "more than" "over"; "as much as", "up to", "bis zu" "up_to";
  "mindestens" "at_least"; "a further", "an additional", "another", "a combined", "a net",
  "bis auf", "zeitweise", "so far this year" no hedge.
- Speakers, checked only in forms the earlier batches settled: a company or source as
  written ("Software maker Corvalis Systems said on Tuesday" -> "Corvalis Systems", the
  description before the name dropped as a title is; "Drugmaker Carraway Pharma said on
  Tuesday" -> "Carraway Pharma", "Carraway said", "Rhenwald said", "Granite Harbor said",
  "High street chain Bramley & Rowe said on Tuesday" -> "Bramley & Rowe"; seventy-third);
  "the company said Tuesday", "The company said it knows ..." -> "the company", "The union
  said" -> "the union", "the Unite union said" -> "the Unite union", "the FCA said", "the
  Commerce Department said", "The International Energy Agency said in its monthly report"
  -> "the International Energy Agency", "the Office for National Statistics said"
  (seventy-first, ninety-first); "the companies said" -> "the companies" (new by the same
  rule, the plural of "the company"); "Ellsworth's board said" -> "Ellsworth's board" (the
  possessive as written, sixty-eighth); "Mexico, which ships ..., said" -> "Mexico" (the
  relative clause dropped, seventy-ninth); titles dropped ("Fed Governor", "ECB
  policymaker", "Chief executive", "Finanzvorständin"); "Vasquez-Pryor told an audience in
  Cleveland" -> "Vasquez-Pryor" (as "told reporters", ninety-first), "Valaitis said" as
  written. German: "wie das Unternehmen am Dienstag mitteilte" and "teilte das Unternehmen
  am Dienstag mit" -> "das Unternehmen", "teilte der Konzern am Dienstag mit" -> "der
  Konzern", "wie das ZEW am Dienstag in Mannheim mitteilte" -> "das ZEW", "wie das
  Statistische Bundesamt am Dienstag mitteilte" -> "das Statistische Bundesamt", "teilte
  die BWB am Dienstag mit" -> "die BWB", "laut Statistik Austria" -> "Statistik Austria"
  (twentieth: "laut Polizei"). Left unchecked (None): "three people familiar with the
  matter told Reuters" and "the sources said" (seventy-first: "three diplomats said"),
  "according to LSEG data", "according to a regulatory filing", "according to a court
  filing", "according to Census Bureau data", "according to CME Group's FedWatch tool",
  "according to mortgage finance agency Freddie Mac" (a description before a name,
  seventy-first), "according to documents the National Highway Traffic Safety
  Administration published", "according to early estimates", "according to provisional
  exchange data", "customs data showed", "official figures showed", "the survey showed",
  "Economists in a Reuters poll", "Von Bloomberg befragte Volkswirte", "Nach
  Gewerkschaftsangaben", "wie aus einem Entwurf hervorgeht", "which the union said" (the
  saying verb in a relative clause), "that it said had nearly doubled", rows without
  attribution and all negatives.
- Negatives carry their figures labelled (ninety-first): the correction tag "(Corrects size
  of Corvalis workforce cut in second paragraph)" ordinal 2; no other negative has a figure.
  Credit lines, the Trust Principles line, AP's funding and contributor lines, the
  dpa-AFX author tag and the investment disclaimer are boilerplate (seventy-first,
  seventy-third).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_96 = [
    # === English ================================================================================
    # --- Wall Street close (Reuters) ---
    ("en", "NEW YORK, Oct 14 (Reuters) - Wall Street's main indexes fell on Tuesday as a fresh flare-up in U.S.-China trade tensions overshadowed a batch of mostly upbeat bank earnings.", True, [("date", "--10-14", None, None)], None),
    ("en", "The Dow Jones Industrial Average fell 312.44 points, or 0.67%, to 46,189.20, the S&P 500 lost 41.87 points, or 0.63%, to 6,611.05 and the Nasdaq Composite dropped 198.52 points, or 0.88%, to 22,366.41.", True, [("count", 312.44, None, None), ("percent", 0.67, "%", None), ("count", 46189.20, None, None), ("count", 41.87, None, None), ("percent", 0.63, "%", None), ("count", 6611.05, None, None), ("count", 198.52, None, None), ("percent", 0.88, "%", None), ("count", 22366.41, None, None)], None),
    ("en", "Ten of the 11 major S&P 500 sectors ended in negative territory, with information technology down 1.4%.", True, [("count", 10, None, None), ("count", 11, None, None), ("percent", 1.4, "%", None)], None),
    ("en", "Volume on U.S. exchanges was 18.2 billion shares, compared with an average of 16.9 billion over the last 20 trading days.", True, [("count", 18200000000, None, None), ("count", 16900000000, None, None), ("duration", 20, "day", None)], None),
    ("en", "On the NYSE, decliners beat advancers by a 2.3-to-1 ratio.", True, [("count", 2.3, None, None), ("count", 1, None, None)], None),
    ("en", "Wall Street's fear gauge, the CBOE Volatility index, rose 2.1 points to 20.84, its highest close in nearly two months.", True, [("count", 2.1, None, None), ("count", 20.84, None, None), ("duration", 2, "month", "nearly")], None),
    ("en", "\"The market is simply looking for an excuse to take some profits after a very strong run,\" said Dana Pellegrino, chief investment officer at Larchmont Wealth Partners.", False, [], None),
    ("en", "Investors will be watching results from regional lenders later in the week for signs of stress in commercial property loans.", False, [], None),
    # --- Harrowgate Financial results (Reuters) ---
    ("en", "Oct 14 (Reuters) - Harrowgate Financial posted a 19% rise in third-quarter profit on Tuesday, as a rebound in dealmaking lifted investment banking fees at the fourth-largest U.S. lender.", True, [("date", "--10-14", None, None), ("percent", 19, "%", None), ("ordinal", 3, None, None), ("ordinal", 4, None, None)], None),
    ("en", "Net income rose to $6.42 billion, or $1.58 per share, in the three months ended Sept. 30, up from $5.39 billion, or $1.29 a share, in the same period last year.", True, [("money", 6420000000, "USD", None), ("money", 1.58, "USD", None), ("duration", 3, "month", None), ("date", "--09-30", None, None), ("money", 5390000000, "USD", None), ("money", 1.29, "USD", None)], None),
    ("en", "Analysts had on average expected earnings of $1.41 per share, according to LSEG data.", True, [("money", 1.41, "USD", None)], None),
    ("en", "Investment banking fees jumped 31% to $2.2 billion, while revenue from trading climbed 12%.", True, [("percent", 31, "%", None), ("money", 2200000000, "USD", None), ("percent", 12, "%", None)], None),
    ("en", "The bank set aside $1.9 billion to cover potential loan losses, up from $1.6 billion in the second quarter.", True, [("money", 1900000000, "USD", None), ("money", 1600000000, "USD", None), ("ordinal", 2, None, None)], None),
    ("en", "\"Consumers are still spending, and our pipeline has rarely looked better,\" Chief Executive Marianne Osterholt told analysts on a conference call.", False, [], None),
    ("en", "Harrowgate shares rose 2.4% in premarket trading before paring gains.", True, [("percent", 2.4, "%", None)], None),
    ("en", "(Reporting by Saanvi Raghunathan in Bengaluru and Peter Drummond in New York; Editing by Naomi Kettering)", False, [], None),
    # --- Oil (Reuters) ---
    ("en", "LONDON, Oct 14 (Reuters) - Oil prices fell more than 2% on Tuesday, extending the previous session's losses, as worries about slowing demand outweighed supply risks from sanctions on Russian exports.", True, [("date", "--10-14", None, None), ("percent", 2, "%", "over")], None),
    ("en", "Brent crude futures settled down $1.48, or 2.3%, at $62.84 a barrel, while U.S. West Texas Intermediate crude lost $1.39, or 2.3%, to finish at $59.11.", True, [("money", 1.48, "USD", None), ("percent", 2.3, "%", None), ("money", 62.84, "USD", None), ("money", 1.39, "USD", None), ("percent", 2.3, "%", None), ("money", 59.11, "USD", None)], None),
    ("en", "Both benchmarks hit their lowest levels since early May.", True, [], None),
    ("en", "The International Energy Agency said in its monthly report that global supply could exceed demand by as much as 4 million barrels per day next year.", True, [("count", 4000000, None, "up_to")], "the International Energy Agency"),
    ("en", "OPEC+ agreed earlier this month to raise output by a further 137,000 bpd in November.", True, [("count", 137000, None, None)], None),
    ("en", "\"The glut narrative is back in full force,\" said Priyanka Deshmane, an analyst at Varuna Energy Research in Singapore.", False, [], None),
    ("en", "(Reporting by Baek Hyun-woo in Seoul and Marta Velasquez in London; Editing by Dermot Ashforth)", False, [], None),
    # --- Gold and metals (Reuters) ---
    ("en", "Spot gold rose 1.1% to $4,153.20 per ounce by 1:45 p.m. ET (1745 GMT), after hitting a record high of $4,179.62 earlier in the session.", True, [("percent", 1.1, "%", None), ("money", 4153.20, "USD", None), ("money", 4179.62, "USD", None)], None),
    ("en", "Bullion has gained about 58% so far this year, driven by central bank buying and bets on further U.S. rate cuts.", True, [("percent", 58, "%", "about")], None),
    ("en", "Spot silver climbed 2.6% to $52.71 an ounce, while platinum slipped 0.4% to $1,648.95.", True, [("percent", 2.6, "%", None), ("money", 52.71, "USD", None), ("percent", 0.4, "%", None), ("money", 1648.95, "USD", None)], None),
    ("en", "Three-month copper on the London Metal Exchange fell 1.8% to $10,612 a metric ton by 1700 GMT.", True, [("duration", 3, "month", None), ("percent", 1.8, "%", None), ("money", 10612, "USD", None)], None),
    ("en", "\"Gold is doing exactly what it is supposed to do when everything else looks shaky,\" said Conrad Mayhew, head of commodities at Ferrier Brothers.", False, [], None),
    # --- Currencies (Reuters) ---
    ("en", "The dollar index, which tracks the U.S. currency against six peers, was down 0.3% at 98.97.", True, [("count", 6, None, None), ("percent", 0.3, "%", None), ("count", 98.97, None, None)], None),
    ("en", "The euro rose 0.4% to $1.1612, while the yen strengthened 0.5% to 151.48 per dollar.", True, [("percent", 0.4, "%", None), ("money", 1.1612, "USD", None), ("percent", 0.5, "%", None), ("money", 151.48, "JPY", None)], None),
    ("en", "Sterling was last up 0.2% at $1.3341 after the labour market figures.", True, [("percent", 0.2, "%", None), ("money", 1.3341, "USD", None)], None),
    ("en", "Bitcoin fell 3.1% to $110,420, having dropped as much as 4.5% earlier in the day.", True, [("percent", 3.1, "%", None), ("money", 110420, "USD", None), ("percent", 4.5, "%", "up_to")], None),
    ("en", "\"It's a risk-off day, plain and simple,\" said a currency trader at a European bank in London.", False, [], None),
    # --- Treasuries and Fed (Reuters) ---
    ("en", "The yield on benchmark U.S. 10-year notes fell 4.6 basis points to 4.018%, while the two-year yield slipped 3 basis points to 3.469%.", True, [("duration", 10, "year", None), ("percent", 4.6, "bp", None), ("percent", 4.018, "%", None), ("duration", 2, "year", None), ("percent", 3, "bp", None), ("percent", 3.469, "%", None)], None),
    ("en", "WASHINGTON, Oct 14 (Reuters) - The Federal Reserve should lower its benchmark rate by another quarter of a percentage point at its meeting later this month, Fed Governor Elena Vasquez-Pryor said on Tuesday.", True, [("date", "--10-14", None, None), ("percent", 0.25, "pp", None)], "Elena Vasquez-Pryor"),
    ("en", "The Fed's policy rate currently stands in the 4.00%-4.25% range after a cut in September.", True, [("percent", 4.0, "%", None), ("percent", 4.25, "%", None)], None),
    ("en", "Vasquez-Pryor told an audience in Cleveland that she expected inflation to ease to about 2.6% by the end of next year.", True, [("percent", 2.6, "%", "about")], "Vasquez-Pryor"),
    ("en", "Traders are pricing in a roughly 95% chance of a 25-basis-point cut at the Fed's next meeting, according to CME Group's FedWatch tool.", True, [("percent", 95, "%", "about"), ("percent", 25, "bp", None)], None),
    ("en", "\"Waiting too long carries its own risks,\" she said.", False, [], None),
    # --- Corvalis layoffs (Reuters) ---
    ("en", "SAN FRANCISCO, Oct 14 (Reuters) - Software maker Corvalis Systems said on Tuesday it would cut about 2,300 jobs, or roughly 8% of its global workforce, as it shifts spending toward artificial intelligence.", True, [("date", "--10-14", None, None), ("count", 2300, None, "about"), ("percent", 8, "%", "about")], "Corvalis Systems"),
    ("en", "The company expects to record restructuring charges of between $310 million and $360 million, mostly in the fourth quarter, according to a regulatory filing.", True, [("money", 310000000, "USD", None), ("money", 360000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("en", "It is the company's second round of layoffs this year, after it eliminated 1,100 roles in February.", True, [("ordinal", 2, None, None), ("count", 1100, None, None)], None),
    ("en", "Corvalis had about 28,700 employees at the end of its last fiscal year.", True, [("count", 28700, None, "about")], None),
    ("en", "A Corvalis spokesperson declined to say which countries would be most affected.", False, [], None),
    ("en", "Shares of the company rose 3.2% in extended trading.", True, [("percent", 3.2, "%", None)], None),
    # --- Prairieline strike (Reuters) ---
    ("en", "WICHITA, Kansas, Oct 14 (Reuters) - About 3,200 workers at aircraft parts maker Prairieline Aerostructures walked off the job on Tuesday after rejecting a contract offer that included a 24% wage increase over four years.", True, [("date", "--10-14", None, None), ("count", 3200, None, "about"), ("percent", 24, "%", None), ("duration", 4, "year", None)], None),
    ("en", "The union said 71% of members who cast ballots had voted to strike.", True, [("percent", 71, "%", None)], "the union"),
    ("en", "It is the first strike at the company since 2012, when a walkout lasted 19 days.", True, [("ordinal", 1, None, None), ("year", 2012, None, None), ("duration", 19, "day", None)], None),
    ("en", "Prairieline said it was disappointed by the vote and remained committed to reaching a fair agreement.", False, [], None),
    ("en", "The company supplies fuselage sections for several commercial jet programs and had revenue of $6.8 billion last year.", True, [("money", 6800000000, "USD", None)], None),
    ("en", "It was not immediately clear how long the stoppage would affect deliveries to planemakers.", False, [], None),
    # --- Hollister recall (AP) ---
    ("en", "DETROIT (AP) — Hollister Motor Co. is recalling more than 214,000 SUVs and pickup trucks in the U.S. because the backup camera display may freeze or go blank.", True, [("count", 214000, None, "over")], None),
    ("en", "The recall covers certain Cordova and Talon models from the 2023 through 2025 model years.", True, [("year", 2023, None, None), ("year", 2025, None, None)], None),
    ("en", "The company said it knows of no crashes or injuries caused by the problem.", True, [], "the company"),
    ("en", "Dealers will update the camera software at no cost, and letters notifying owners are expected to go out starting Dec. 1.", True, [("date", "--12-01", None, None)], None),
    ("en", "It is the third recall this year involving the camera systems, according to documents the National Highway Traffic Safety Administration published on its website.", True, [("ordinal", 3, None, None)], None),
    # --- Pelham / Orchard Lane talks (Reuters exclusive) ---
    ("en", "Oct 14 (Reuters) - Consumer goods group Pelham Brands is in advanced talks to buy snack maker Orchard Lane Foods for about $9 billion including debt, three people familiar with the matter told Reuters.", True, [("date", "--10-14", None, None), ("money", 9000000000, "USD", "about"), ("count", 3, None, None)], None),
    ("en", "A deal could be announced as soon as next week, the sources said, cautioning that the talks could still fall apart.", True, [], None),
    ("en", "Pelham and Orchard Lane did not respond to requests for comment.", False, [], None),
    ("en", "Orchard Lane shares jumped 14.6% to $38.20 after the Reuters report, giving the company a market value of about $6.1 billion.", True, [("percent", 14.6, "%", None), ("money", 38.20, "USD", None), ("money", 6100000000, "USD", "about")], None),
    ("en", "The price under discussion would value Orchard Lane at roughly 13 times its expected core earnings for 2026.", True, [("count", 13, None, "about"), ("year", 2026, None, None)], None),
    ("en", "Pelham has been under pressure from activist investor Kerrigan Point Capital, which disclosed a 4.1% stake in June.", True, [("percent", 4.1, "%", None)], None),
    # --- Ellsworth takeover (Reuters London) ---
    ("en", "LONDON, Oct 14 (Reuters) - British engineering firm Ellsworth Group agreed on Tuesday to be bought by U.S. private equity firm Granite Harbor Partners for 685 pence per share in cash, valuing it at about 2.4 billion pounds ($3.2 billion).", True, [("date", "--10-14", None, None), ("money", 6.85, "GBP", None), ("money", 2400000000, "GBP", "about"), ("money", 3200000000, "USD", None)], None),
    ("en", "The offer represents a premium of 41% to Ellsworth's closing price on Friday, the last business day before the offer period began.", True, [("percent", 41, "%", None)], None),
    ("en", "Ellsworth's board said it would unanimously recommend that shareholders vote in favour of the deal.", True, [], "Ellsworth's board"),
    ("en", "Shares in Ellsworth rose 36% to 662p by 0900 GMT, the top gainer on the FTSE 250 midcap index.", True, [("percent", 36, "%", None), ("money", 6.62, "GBP", None)], None),
    ("en", "Granite Harbor said it had received irrevocable undertakings covering about 18.7% of Ellsworth's shares.", True, [("percent", 18.7, "%", "about")], "Granite Harbor"),
    ("en", "\"This is a compelling outcome for shareholders,\" Ellsworth Chair Rupert Glenister said in a statement.", False, [], None),
    # --- EU cartel fine (Reuters Brussels) ---
    ("en", "BRUSSELS, Oct 14 (Reuters) - The European Commission fined German chemicals distributor Rhenwald Chemie 212 million euros ($246 million) on Tuesday for taking part in a cartel that fixed prices for industrial solvents for more than nine years.", True, [("date", "--10-14", None, None), ("money", 212000000, "EUR", None), ("money", 246000000, "USD", None), ("duration", 9, "year", "over")], None),
    ("en", "Three other companies were fined a combined 118.5 million euros, while a fourth escaped a penalty because it had alerted the Commission to the cartel.", True, [("count", 3, None, None), ("money", 118500000, "EUR", None), ("ordinal", 4, None, None)], None),
    ("en", "Rhenwald's fine was reduced by 30% because it cooperated with the investigation.", True, [("percent", 30, "%", None)], None),
    ("en", "Companies can be fined up to 10% of their global turnover for breaching EU antitrust rules.", True, [("percent", 10, "%", "up_to")], None),
    ("en", "\"Cartels hurt every business further down the supply chain, and ultimately consumers,\" the Commission said in a statement.", False, [], None),
    ("en", "Rhenwald said it would challenge the ruling before the EU's General Court.", True, [], "Rhenwald"),
    # --- Quillfeather settlement (Reuters Legal) ---
    ("en", "Oct 14 (Reuters) - Payments company Quillfeather has agreed to pay $187.5 million to settle a class action accusing it of charging small businesses hidden fees, according to a court filing on Monday.", True, [("date", "--10-14", None, None), ("money", 187500000, "USD", None)], None),
    ("en", "The proposed settlement, which requires approval from U.S. District Judge Harriet Lomax in Manhattan, would cover about 410,000 merchants.", True, [("count", 410000, None, "about")], None),
    ("en", "Lawyers for the plaintiffs may seek up to 25% of the fund, or about $46.9 million, in legal fees.", True, [("percent", 25, "%", "up_to"), ("money", 46900000, "USD", "about")], None),
    ("en", "Quillfeather denied wrongdoing in agreeing to settle.", True, [], None),
    ("en", "Quillfeather's lawyers could not immediately be reached.", False, [], None),
    ("en", "(Reporting by Jonah Kestler in New York; Editing by Noreen Halvey)", False, [], None),
    # --- Truck tariff (Reuters Washington) ---
    ("en", "WASHINGTON, Oct 14 (Reuters) - The United States will impose an additional 10% tariff on imports of heavy-duty trucks and parts from Nov. 1, the Commerce Department said on Tuesday.", True, [("date", "--10-14", None, None), ("percent", 10, "%", None), ("date", "--11-01", None, None)], "the Commerce Department"),
    ("en", "The levy comes on top of a 25% duty already in place, bringing the total rate on most affected goods to 35%.", True, [("percent", 25, "%", None), ("percent", 35, "%", None)], None),
    ("en", "U.S. imports of heavy trucks were worth about $48 billion last year, according to Census Bureau data.", True, [("money", 48000000000, "USD", "about")], None),
    ("en", "Mexico, which ships roughly four out of every five heavy trucks imported into the U.S., said it would seek talks to obtain an exemption.", True, [("fraction", 0.8, None, "about")], "Mexico"),
    ("en", "Industry groups warned the measure would drive up freight costs for American consumers.", False, [], None),
    # --- China soybeans (Reuters Beijing) ---
    ("en", "BEIJING, Oct 14 (Reuters) - China bought no U.S. soybeans in September for the first time since November 2018, customs data showed on Tuesday, as the trade dispute kept American cargoes out of the world's top buyer.", True, [("date", "--10-14", None, None), ("ordinal", 1, None, None), ("year", 2018, None, None)], None),
    ("en", "Total soybean imports rose 13.2% from a year earlier to 12.87 million metric tons.", True, [("percent", 13.2, "%", None), ("count", 12870000, None, None)], None),
    ("en", "Brazil supplied about 85% of the total, with Argentina accounting for most of the rest.", True, [("percent", 85, "%", "about")], None),
    # --- UK labour market (Reuters London) ---
    ("en", "LONDON, Oct 14 (Reuters) - Britain's jobless rate climbed to 4.8% in the three months to August, its highest since 2021, official figures showed on Tuesday.", True, [("date", "--10-14", None, None), ("percent", 4.8, "%", None), ("duration", 3, "month", None), ("year", 2021, None, None)], None),
    ("en", "Economists in a Reuters poll had forecast the rate would stay at 4.7%.", True, [("percent", 4.7, "%", None)], None),
    ("en", "Regular pay growth, excluding bonuses, slowed to 4.7% from 4.8%, the Office for National Statistics said.", True, [("percent", 4.7, "%", None), ("percent", 4.8, "%", None)], "the Office for National Statistics"),
    ("en", "The number of payrolled employees fell by 10,000 in September, according to early estimates.", True, [("count", 10000, None, None)], None),
    ("en", "\"The labour market is cooling, but it is not collapsing,\" said Ruth Calloway, an economist at Pembridge Economics.", False, [], None),
    ("en", "The Bank of England's next interest rate decision is due on Nov. 6.", True, [("date", "--11-06", None, None)], None),
    # --- India (Reuters Mumbai) ---
    ("en", "MUMBAI, Oct 14 (Reuters) - Indian shares ended lower on Tuesday, with the Nifty 50 falling 0.32% to 25,145.50 and the BSE Sensex losing 297.07 points, or 0.36%, to 82,029.98.", True, [("date", "--10-14", None, None), ("percent", 0.32, "%", None), ("count", 25145.50, None, None), ("count", 297.07, None, None), ("percent", 0.36, "%", None), ("count", 82029.98, None, None)], None),
    ("en", "The rupee closed at 88.80 against the U.S. dollar, close to its record low of 88.85.", True, [("money", 88.80, "INR", None), ("money", 88.85, "INR", None)], None),
    ("en", "Foreign investors sold shares worth a net 12.3 billion rupees ($138.5 million) on Monday, according to provisional exchange data.", True, [("money", 12300000000, "INR", None), ("money", 138500000, "USD", None)], None),
    # --- Japan (Reuters Tokyo) ---
    ("en", "TOKYO, Oct 14 (Reuters) - Japan's Nikkei share average tumbled 2.6% on Tuesday, its steepest one-day fall in six months, as political uncertainty at home added to trade worries.", True, [("date", "--10-14", None, None), ("percent", 2.6, "%", None), ("duration", 1, "day", None), ("duration", 6, "month", None)], None),
    ("en", "The Nikkei closed at 46,847.32, while the broader Topix shed 1.9% to 3,155.64.", True, [("count", 46847.32, None, None), ("percent", 1.9, "%", None), ("count", 3155.64, None, None)], None),
    ("en", "Of the index's 225 components, 201 fell and 22 rose, while two were unchanged.", True, [("count", 225, None, None), ("count", 201, None, None), ("count", 22, None, None), ("count", 2, None, None)], None),
    ("en", "\"Nobody wants to be long Japanese equities going into a weekend of political headlines,\" said a Tokyo-based fund manager.", False, [], None),
    # --- Europe close (Reuters) ---
    ("en", "The pan-European STOXX 600 index closed down 0.4% at 563.80 points, with banks the only sector in positive territory.", True, [("percent", 0.4, "%", None), ("count", 563.80, None, None)], None),
    ("en", "Germany's DAX fell 1.2%, while Britain's FTSE 100 eased 0.2% as gains in miners offset weakness in consumer stocks.", True, [("percent", 1.2, "%", None), ("percent", 0.2, "%", None)], None),
    ("en", "Analysts said the sell-off looked more like nervous positioning than a change in the outlook for European earnings.", False, [], None),
    # --- Bramley & Rowe (PA) ---
    ("en", "High street chain Bramley & Rowe said on Tuesday it will close 38 stores and cut around 1,150 jobs after like-for-like sales fell 6.4% in the 26 weeks to September 27.", True, [("count", 38, None, None), ("count", 1150, None, "about"), ("percent", 6.4, "%", None), ("duration", 26, "week", None), ("date", "--09-27", None, None)], "Bramley & Rowe"),
    ("en", "The retailer reported a pre-tax loss of £41.2m for the half, compared with a profit of £3.8m a year earlier.", True, [("money", 41200000, "GBP", None), ("money", 3800000, "GBP", None)], None),
    ("en", "Chief executive Fiona Castlereagh said the remaining 212 shops would all stay open through Christmas.", True, [("count", 212, None, None)], "Fiona Castlereagh"),
    ("en", "Shares in the company fell 11% to 48.6p in morning trading.", True, [("percent", 11, "%", None), ("money", 0.486, "GBP", None)], None),
    ("en", "\"These are difficult decisions and we will do everything we can to support colleagues who are affected,\" she said.", False, [], None),
    # --- ECB speaker (Reuters Frankfurt) ---
    ("en", "FRANKFURT, Oct 14 (Reuters) - The European Central Bank should keep interest rates at 2% for now because inflation is close to target, ECB policymaker Jurgis Valaitis said on Tuesday.", True, [("date", "--10-14", None, None), ("percent", 2, "%", None)], "Jurgis Valaitis"),
    ("en", "Inflation in the euro zone was 2.2% last month, a touch above the ECB's 2% target.", True, [("percent", 2.2, "%", None), ("percent", 2, "%", None)], None),
    ("en", "Valaitis said he saw no need to move again before December, when the bank publishes new staff projections running to 2028.", True, [("year", 2028, None, None)], "Valaitis"),
    ("en", "Money markets see about a 40% chance of one more ECB cut by mid-2026.", True, [("percent", 40, "%", "about"), ("count", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "\"We are in a good place, and I see no reason to rock the boat,\" Valaitis said.", False, [], None),
    # --- Carraway / Lumera deal (Reuters) ---
    ("en", "Oct 14 (Reuters) - Drugmaker Carraway Pharma said on Tuesday it would buy Lumera Bio for $47 per share in cash, or about $4.7 billion, to bolster its pipeline of obesity treatments.", True, [("date", "--10-14", None, None), ("money", 47, "USD", None), ("money", 4700000000, "USD", "about")], "Carraway Pharma"),
    ("en", "The price represents a premium of 62% to Lumera's closing price on Monday.", True, [("percent", 62, "%", None)], None),
    ("en", "Lumera shareholders will also receive a contingent value right worth up to $6 per share if its lead drug wins U.S. approval by the end of 2028.", True, [("money", 6, "USD", "up_to"), ("year", 2028, None, None)], None),
    ("en", "The deal, approved by both boards, is expected to close in the first quarter of 2026.", True, [("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Lumera's shares surged 58% in premarket trading, while Carraway slipped 1.7%.", True, [("percent", 58, "%", None), ("percent", 1.7, "%", None)], None),
    ("en", "Carraway said it would fund the purchase with cash on hand and about $3 billion of new debt.", True, [("money", 3000000000, "USD", "about")], "Carraway"),
    # --- Ashgrove mill (AP) ---
    ("en", "PORTLAND, Maine (AP) — Ashgrove Paper will close its mill in northern Maine by the end of January, eliminating about 420 jobs, the company said Tuesday.", True, [("count", 420, None, "about")], "the company"),
    ("en", "The 118-year-old mill produces about 300,000 tons of specialty paper a year.", True, [("duration", 118, "year", None), ("count", 300000, None, "about")], None),
    ("en", "\"This is a devastating blow to the whole region,\" said state Rep. Carla Dufresne, whose district includes the mill.", False, [], None),
    ("en", "Ashgrove blamed falling demand and energy costs that it said had nearly doubled since 2021.", True, [("year", 2021, None, None)], None),
    # --- Alderwood Airlines (Reuters) ---
    ("en", "Oct 14 (Reuters) - Alderwood Airlines cut its full-year profit forecast on Tuesday, the second such cut in three months, citing weaker domestic travel demand and higher fuel costs.", True, [("date", "--10-14", None, None), ("ordinal", 2, None, None), ("duration", 3, "month", None)], None),
    ("en", "The carrier now sees 2025 adjusted profit of $1.10 to $1.40 a share, down from its prior forecast of $1.75 to $2.25.", True, [("money", 1.10, "USD", None), ("money", 1.40, "USD", None), ("year", 2025, None, None), ("money", 1.75, "USD", None), ("money", 2.25, "USD", None)], None),
    ("en", "It also plans to hold capacity growth to between 3% and 4% in the fourth quarter.", True, [("percent", 3, "%", None), ("percent", 4, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "The airline's shares fell 7.8% in extended trading.", True, [("percent", 7.8, "%", None)], None),
    ("en", "Analysts say the carrier has been slower than rivals to shift capacity toward more lucrative premium seats.", False, [], None),
    # --- Stocks on the move (Reuters) ---
    ("en", "Shares of chipmaker Veltrion Semiconductor rose as much as 9.7% after the company won a multi-year supply contract worth $1.3 billion from a large cloud provider.", True, [("percent", 9.7, "%", "up_to"), ("money", 1300000000, "USD", None)], None),
    ("en", "The stock is up about 140% so far this year.", True, [("percent", 140, "%", "about")], None),
    ("en", "Solar panel maker Sunmarrow Energy slumped 21% after it withdrew its annual revenue forecast, citing delays to projects in Texas and Arizona.", True, [("percent", 21, "%", None)], None),
    ("en", "Medical device maker Ostrava Health gained 5.5% after it raised its 2025 sales growth forecast to between 7% and 8%.", True, [("percent", 5.5, "%", None), ("year", 2025, None, None), ("percent", 7, "%", None), ("percent", 8, "%", None)], None),
    # --- Manchester bus strike (PA) ---
    ("en", "Around 900 bus drivers employed by Northway Buses in Greater Manchester will stage three 48-hour strikes later this month, the Unite union said on Tuesday.", True, [("count", 900, None, "about"), ("count", 3, None, None), ("duration", 48, "hour", None)], "the Unite union"),
    ("en", "The drivers rejected a 4.2% pay offer, which the union said was below the rate of inflation.", True, [("percent", 4.2, "%", None)], None),
    ("en", "A Northway spokesperson said the company was \"extremely disappointed\" and urged the union to return to talks.", False, [], None),
    ("en", "Passengers should check the operator's website before setting out.", False, [], None),
    # --- FCA fine (Reuters London) ---
    ("en", "LONDON, Oct 14 (Reuters) - Britain's Financial Conduct Authority fined online lender Brightpath Credit 11.8 million pounds on Tuesday for failing to treat customers in financial difficulty fairly.", True, [("date", "--10-14", None, None), ("money", 11800000, "GBP", None)], None),
    ("en", "The fine would have been £16.9 million, but the firm received a 30% discount for agreeing to settle, the FCA said.", True, [("money", 16900000, "GBP", None), ("percent", 30, "%", None)], "the FCA"),
    ("en", "Brightpath has also paid £22 million in redress to about 61,000 customers.", True, [("money", 22000000, "GBP", None), ("count", 61000, None, "about")], None),
    ("en", "\"We fell short of the standards our customers are entitled to expect, and we apologise,\" Brightpath said.", False, [], None),
    # --- US small business and mortgage data (Reuters) ---
    ("en", "The NFIB's small business optimism index slipped 2.0 points to 98.8 in September, remaining above its 52-year average of 98.", True, [("count", 2.0, None, None), ("count", 98.8, None, None), ("duration", 52, "year", None), ("count", 98, None, None)], None),
    ("en", "A net 21% of owners said they planned to raise prices in the next three months, the survey showed.", True, [("percent", 21, "%", None), ("duration", 3, "month", None)], None),
    ("en", "Rates on 30-year fixed home loans averaged 6.27% last week, the lowest in about a year, according to mortgage finance agency Freddie Mac.", True, [("duration", 30, "year", None), ("percent", 6.27, "%", None)], None),
    # --- Mining deal (Reuters Sydney) ---
    ("en", "SYDNEY, Oct 14 (Reuters) - Australian miner Kestrel Ridge Resources agreed to buy a 60% stake in a Chilean copper project from Valparaíso Minerals for $1.05 billion, the companies said on Tuesday.", True, [("date", "--10-14", None, None), ("percent", 60, "%", None), ("money", 1050000000, "USD", None)], "the companies"),
    ("en", "The Quebrada Alta project is expected to produce about 180,000 tons of copper a year over a 25-year mine life once it starts up in 2029.", True, [("count", 180000, None, "about"), ("duration", 25, "year", None), ("year", 2029, None, None)], None),
    ("en", "Kestrel Ridge will pay $400 million upfront and the rest in three instalments, and plans to raise A$750 million ($490 million) in a share placement.", True, [("money", 400000000, "USD", None), ("count", 3, None, None), ("money", 750000000, "AUD", None), ("money", 490000000, "USD", None)], None),
    ("en", "Kestrel Ridge shares were placed in a trading halt pending the capital raising.", True, [], None),
    # --- Credits and boilerplate ---
    ("en", "(Reporting by Anneliese Forsyth; Additional reporting by Tomasz Wierzbicki; Writing by Gareth Lindsey; Editing by Keith Waverley and Jan Morland)", False, [], None),
    ("en", "Our Standards: The Thomson Reuters Trust Principles.", False, [], None),
    ("en", "The Associated Press receives support from private foundations to enhance its explanatory coverage of elections and democracy.", False, [], None),
    ("en", "AP Business Writers Darnell Whitacre and Yuki Hamasaki contributed to this report.", False, [], None),
    ("en", "(Corrects size of Corvalis workforce cut in second paragraph)", False, [("ordinal", 2, None, None)], None),
    ("en", "Markets are likely to remain choppy until there is more clarity on where trade talks are heading.", False, [], None),
    ("en", "For now, the bulls appear to be catching their breath rather than heading for the exits.", False, [], None),

    # === German =================================================================================
    # --- Dax close (dpa-AFX) ---
    ("de", "FRANKFURT (dpa-AFX) - Der Dax hat am Dienstag angesichts neuer Sorgen im Zollstreit zwischen den USA und China deutlich nachgegeben.", True, [], None),
    ("de", "Der deutsche Leitindex schloss 1,2 Prozent tiefer bei 24.097,14 Punkten.", True, [("percent", 1.2, "%", None), ("count", 24097.14, None, None)], None),
    ("de", "Zeitweise war er bis auf 23.986 Punkte gefallen und damit erstmals seit Anfang September unter die Marke von 24.000 Punkten gerutscht.", True, [("count", 23986, None, None), ("count", 24000, None, None)], None),
    ("de", "Der MDax der mittelgroßen Werte verlor 1,6 Prozent auf 29.803,55 Zähler.", True, [("percent", 1.6, "%", None), ("count", 29803.55, None, None)], None),
    ("de", "Der Euro kostete am späten Nachmittag 1,1598 US-Dollar; den Referenzkurs hatte die EZB am Mittag auf 1,1583 Dollar festgelegt.", True, [("money", 1.1598, "USD", None), ("money", 1.1583, "USD", None)], None),
    ("de", "Die Umlaufrendite stieg von 2,56 Prozent am Vortag auf 2,59 Prozent.", True, [("percent", 2.56, "%", None), ("percent", 2.59, "%", None)], None),
    ("de", "„Die Anleger ziehen lieber erst einmal die Reißleine“, sagte ein Händler.", False, [], None),
    ("de", "Die Stimmung an der Börse dürfte angespannt bleiben, bis es im Handelsstreit Klarheit gibt.", False, [], None),
    # --- Kettwig Anlagenbau (dpa-AFX) ---
    ("de", "BIELEFELD (dpa-AFX) - Der Maschinenbauer Kettwig Anlagenbau will bis Ende 2027 rund 1.200 seiner 9.400 Stellen abbauen, wie das Unternehmen am Dienstag mitteilte.", True, [("year", 2027, None, None), ("count", 1200, None, "about"), ("count", 9400, None, None)], "das Unternehmen"),
    ("de", "Die Bestellungen seien in den ersten neun Monaten um 14 Prozent auf 1,87 Milliarden Euro eingebrochen, sagte Finanzvorständin Ulrike Sandhaus.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 14, "%", None), ("money", 1870000000, "EUR", None)], "Ulrike Sandhaus"),
    ("de", "Mit dem Sparprogramm sollen die jährlichen Kosten ab 2028 um 150 Millionen Euro sinken.", True, [("year", 2028, None, None), ("money", 150000000, "EUR", None)], None),
    ("de", "Die IG Metall kündigte Widerstand gegen die Pläne an.", True, [], None),
    ("de", "Die im SDax notierte Aktie brach um knapp neun Prozent auf 31,42 Euro ein.", True, [("percent", 9, "%", "nearly"), ("money", 31.42, "EUR", None)], None),
    ("de", "„Wir müssen jetzt handeln, um die Zukunft des Unternehmens zu sichern“, sagte Vorstandschef Reinhold Ambacher.", False, [], None),
    # --- ZEW (dpa-AFX) ---
    ("de", "MANNHEIM (dpa-AFX) - Die Konjunkturerwartungen von Finanzexperten für Deutschland haben sich im Oktober kaum verändert.", True, [], None),
    ("de", "Der Indikator des Forschungsinstituts ZEW stieg um 0,3 Punkte auf 39,6 Zähler, wie das ZEW am Dienstag in Mannheim mitteilte.", True, [("count", 0.3, None, None), ("count", 39.6, None, None)], "das ZEW"),
    ("de", "Von Bloomberg befragte Volkswirte hatten im Schnitt mit einem Anstieg auf 41,0 Punkte gerechnet.", True, [("count", 41.0, None, None)], None),
    ("de", "Die Einschätzung der aktuellen Lage verschlechterte sich dagegen um 4,2 Punkte auf minus 80,0 Zähler.", True, [("count", 4.2, None, None), ("count", -80.0, None, None)], None),
    ("de", "„Die Zollpolitik bleibt ein Bremsklotz für die deutsche Wirtschaft“, sagte ZEW-Präsident Hartmut Lenzing.", False, [], None),
    # --- Wiener Börse (APA) ---
    ("de", "Wien (APA) - Die Wiener Börse hat am Dienstag mit deutlichen Verlusten geschlossen.", True, [], None),
    ("de", "Der Leitindex ATX fiel um 1,38 Prozent auf 4.603,27 Einheiten.", True, [("percent", 1.38, "%", None), ("count", 4603.27, None, None)], None),
    ("de", "Unter den Einzelwerten gaben die Papiere des Stahlkonzerns Murtaler Stahl um 4,1 Prozent auf 22,76 Euro nach.", True, [("percent", 4.1, "%", None), ("money", 22.76, "EUR", None)], None),
    ("de", "Ein Händler sprach von „Gewinnmitnahmen quer durch die Bank“.", False, [], None),
    # --- Weinviertler Baustoffe (APA) ---
    ("de", "Hollabrunn (APA) - Der Ziegelhersteller Weinviertler Baustoffe schließt sein Werk in Hollabrunn mit Ende März 2026, 87 Beschäftigte verlieren ihren Job.", True, [("year", 2026, None, None), ("count", 87, None, None)], None),
    ("de", "Für die Betroffenen werde ein Sozialplan ausgearbeitet, teilte das Unternehmen am Dienstag mit.", True, [], "das Unternehmen"),
    ("de", "Das Werk war 1962 gegründet worden und hatte zuletzt rund 40 Millionen Ziegel im Jahr produziert.", True, [("year", 1962, None, None), ("count", 40000000, None, "about")], None),
    ("de", "Die Inflationsrate in Österreich lag im September laut Statistik Austria bei 4,0 Prozent, nach 4,1 Prozent im August.", True, [("percent", 4.0, "%", None), ("percent", 4.1, "%", None)], "Statistik Austria"),
    # --- Warnstreik Nordkauf (dpa) ---
    ("de", "Mit einem 24-stündigen Warnstreik hat die Gewerkschaft Verdi am Dienstag mehrere Logistikzentren des Versandhändlers Nordkauf lahmgelegt.", True, [("duration", 24, "hour", None)], None),
    ("de", "Nach Gewerkschaftsangaben beteiligten sich rund 1.800 Beschäftigte an dem Ausstand.", True, [("count", 1800, None, "about")], None),
    ("de", "Verdi fordert eine Lohnerhöhung um 8,5 Prozent, mindestens aber 350 Euro monatlich, für eine Dauer von zwölf Monaten.", True, [("percent", 8.5, "%", None), ("money", 350, "EUR", "at_least"), ("duration", 12, "month", None)], None),
    ("de", "Das Unternehmen hat bislang 3,0 Prozent in zwei Stufen angeboten.", True, [("percent", 3.0, "%", None), ("count", 2, None, None)], None),
    ("de", "Ein Nordkauf-Sprecher bezeichnete den Streik als „unverhältnismäßig“.", False, [], None),
    # --- Kartellstrafe Alpquell (APA) ---
    ("de", "Innsbruck (APA) - Das Kartellgericht hat auf Antrag der Bundeswettbewerbsbehörde (BWB) eine Geldbuße von 4,6 Mio. Euro gegen den Tiroler Getränkegroßhändler Alpquell verhängt.", True, [("money", 4600000, "EUR", None)], None),
    ("de", "Das Unternehmen soll zwischen 2017 und 2022 mit rund 300 Gastronomiebetrieben Mindestpreise abgesprochen haben.", True, [("year", 2017, None, None), ("year", 2022, None, None), ("count", 300, None, "about")], None),
    ("de", "Die Strafe ist rechtskräftig, teilte die BWB am Dienstag mit.", True, [], "die BWB"),
    # --- Öl und Gold (dpa-AFX) ---
    ("de", "Ein Barrel (159 Liter) der Nordseesorte Brent zur Lieferung im Dezember kostete am Abend 62,91 US-Dollar, das waren 1,41 Dollar weniger als am Vortag.", True, [("count", 159, None, None), ("money", 62.91, "USD", None), ("money", 1.41, "USD", None)], None),
    ("de", "Der Preis für eine Feinunze Gold stieg im Tagesverlauf auf ein Rekordhoch von 4.171 Dollar.", True, [("money", 4171, "USD", None)], None),
    # --- Rheinvolt / Nordwind (dpa-AFX) ---
    ("de", "ESSEN (dpa-AFX) - Der Energieversorger Rheinvolt übernimmt den Windparkentwickler Nordwind Projekt für 1,2 Milliarden Euro.", True, [("money", 1200000000, "EUR", None)], None),
    ("de", "Rheinvolt erwirbt sämtliche Anteile von den bisherigen Eigentümern, zwei Finanzinvestoren, teilte der Konzern am Dienstag mit.", True, [("count", 2, None, None)], "der Konzern"),
    ("de", "Nordwind verfügt über Projekte mit einer Leistung von rund 2,3 Gigawatt, vor allem in Norddeutschland und Polen.", True, [("count", 2.3, None, "about")], None),
    ("de", "Die Wettbewerbsbehörden müssen noch zustimmen; der Abschluss wird im ersten Halbjahr 2026 erwartet.", True, [("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("de", "„Mit Nordwind machen wir einen großen Schritt in Richtung Klimaneutralität“, sagte Rheinvolt-Chefin Annette Wolfsberger.", False, [], None),
    # --- Stahlzölle (Reuters German) ---
    ("de", "Brüssel (Reuters) - Die EU-Kommission will auf Stahlimporte oberhalb bestimmter Mengen künftig Zölle von bis zu 50 Prozent erheben.", True, [("percent", 50, "%", "up_to")], None),
    ("de", "Die zollfreien Kontingente sollen dabei um knapp die Hälfte auf 18,3 Millionen Tonnen im Jahr sinken, wie aus einem Entwurf hervorgeht.", True, [("fraction", 0.5, None, "nearly"), ("count", 18300000, None, None)], None),
    ("de", "Die europäische Stahlindustrie hatte seit Monaten auf einen besseren Schutz vor Billigimporten gedrängt.", True, [], None),
    # --- Insolvenzen (dpa) ---
    ("de", "WIESBADEN (dpa) - Die Zahl der beantragten Regelinsolvenzen in Deutschland ist im September um 11,3 Prozent im Vergleich zum Vorjahresmonat gestiegen, wie das Statistische Bundesamt am Dienstag mitteilte.", True, [("percent", 11.3, "%", None)], "das Statistische Bundesamt"),
    ("de", "Die Amtsgerichte meldeten für das erste Halbjahr 12.104 beantragte Unternehmensinsolvenzen, die Forderungen der Gläubiger summierten sich auf rund 28,4 Milliarden Euro.", True, [("ordinal", 1, None, None), ("count", 12104, None, None), ("money", 28400000000, "EUR", "about")], None),
    ("de", "Der Bitcoin gab bis zum Abend um 3,2 Prozent auf 94.870 Euro nach.", True, [("percent", 3.2, "%", None), ("money", 94870, "EUR", None)], None),
    # --- Boilerplate German ---
    ("de", "Ein Sprecher des Unternehmens wollte sich zu den Angaben nicht äußern.", False, [], None),
    ("de", "Diese Meldung stellt keine Anlageberatung oder Aufforderung zum Kauf oder Verkauf von Wertpapieren dar.", False, [], None),
    ("de", "/jha/kro/he", False, [], None),
    ("de", "Was die neuen Zölle für die heimische Industrie bedeuten, bleibt vorerst offen.", False, [], None),
]
