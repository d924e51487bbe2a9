"""Two-hundred-and-ninety-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Holger Wiesnerth, Vorderhof Automotive, Brunnberg, Halsted & Crane, Roswitha Kammerlander,
Konrad Aschenbrenner, Landesbank Nordmark, Sandegger, Walther Obermoser, Rupert Hainzl,
Almtaler Bergbahnen, Gregor Pfandl, Tessaro, Glarnia, Beat Truttmann, Flurin Casutt,
Annegret Pfisterer, Kessbach Semiconductor, Lentrau, Wiebke Rautenstrauch, Nordstrand
Energie, Ilka Bramstedt, Lindgrün; Ozora Robotics, Kenji Wakabayashi, Haruto Kanemura,
Pellworth Homes, Martin Dunsby, Carrowmere Resources, Aisling Treacy, Harwick Foods,
Ashgrove Securities, Priya Ramanathan, Ferncastle Capital, Devorah Finch, Tobias
Wrenfield, Lintbridge Software, Naomi Castellane, Raúl Ortega-Whitby, Aldervane Micro,
Gloria Abernathy, Quarry Hill Advisors, Lowell Prendergast, Merriot & Vale, Jorma
Hakkarainen, Kaoru Nishizawa, Graham Lathbury, and every unnamed trader, strategist,
broker, dealer and fund manager); central bankers of real central banks appear under
made-up names that stand for no real holder, or by their role only ("EZB-Ratsmitglied",
"SNB-Präsident", "Deputy Governor", "Fed Governor", "ECB policymaker"). Real exchanges,
indices, banks, central banks, agencies, data providers and places (Dax, MDax, SDax, Euro
Stoxx 50, VDax-New, Rex, Xetra, Finanzagentur, Bundesbank, EZB, Eurostat, Euribor, Wiener
Börse, ATX, Prime Market, Erste Group, Raiffeisen Bank International, Raiffeisen
Centrobank, Oesterreichische Nationalbank, SMI, SPI, SLI, awp, SNB, ZKB, Bundesamt für
Statistik, Opec, Opec+, Brent, WTI, TTF, Nikkei 225, Topix, Bank of Japan, JGB, FTSE 100,
FTSE 250, London Metal Exchange, London Stock Exchange, Bank of England, LSEG, Debt
Management Office, Cushing, the International Energy Agency (IEA), the Energy Information
Administration, the World Gold Council, the New York Stock Exchange, Dealogic, S&P 500, Dow
Jones Industrial Average, Nasdaq composite, CME Group's FedWatch, the Labor Department,
STOXX 600, Deutsches Aktieninstitut, and the datelines' cities) stand for the way wire copy
names them; every level, yield, price, range, rate, forecast, vote, count and quote here is
invented, and where a real figure came to mind (a real index close, a real yield, a real
central bank rate or vote, a real gold or oil price) it was changed.

Its weight: FINANCIAL MARKETS DAY (the thirty-eighth batch weighed number-dense market
reports, the sixty-second financial markets in depth, the hundred-fifty-fourth stock
markets, currencies and commodities over one Friday and the two-hundred-and-fortieth US
business and markets, and their decisions are kept) - one Thursday (March 12) followed
round the clock from Tokyo to New York, each desk's copy as wire services run it (a
dateline lead with the index, the movers, bonds, currencies, commodities, central bank
expectations, quotes, reactions). Half German (dpa-AFX from Frankfurt, APA from Vienna, awp
from Zurich; Austrian "heuer", Swiss apostrophe thousands "12'284,65", «» quotes, German „“
quotes): the Frankfurt open, Bunds and an auction, ECB pricing and the Bundesbank, the euro,
franc, yen, pound and lira, the ATX in the morning, a Vienna IPO's price range, the SMI
close, the SNB's coming decision, oil, gold, silver and gas, Tokyo and bitcoin, the
Frankfurt close after U.S. inflation, a rights issue, a cancelled Frankfurt IPO and share
ownership. Half English (Reuters, PA, AP): the Tokyo close and Bank of Japan pricing, JGB
yields, London's FTSE, a housebuilder and a miner, sterling, Bank of England pricing,
gilts and a gilt auction, oil settlement and inventories, gold, currencies, a New York IPO,
Wall Street's close after CPI with breadth and Treasuries, Fed pricing, European closes
seen from Frankfurt, Vienna and Zurich, and a correction note. Figures as such copy has
them: index levels and moves in points and percent, yields in percent and moves in basis
points, maturities, spreads, auction sums and cover ratios, exchange rates and pair moves,
prices per barrel, ounce, tonne, megawatt hour and million British thermal units, IPO
ranges, share counts, valuations, lock-ups, market-implied probabilities, central bank
rates, quarter points and votes, inventories in barrels, gold tonnages, dates of meetings
and subscription periods; number words and compounds („in der ersten Handelsstunde“,
„zweijährige“, „zehnjähriger“, „Dreimonats-Euribor“, „Zwölfmonats-Euribor“, „sieben
Senkungen“, „das 1,9-Fache“, „Viertelprozentpunkt“, "a three-week high", "a 10-yen rise",
"a 6-3 vote", "two more cuts", "a 180-day lock-up", "52-week
highs", "a 3.1-to-1 ratio", "more than 20 times oversubscribed"), fractions („etwa ein
Fünftel“, "by a third", "about a quarter", "three out of every four"), ordinals („den
zweiten Verlusttag in Folge“, „zum dritten Mal in Folge“, „der erste Handelstag“, "the
second half", "the fourth quarter", "fiscal first quarter", "the third straight year",
"the fourth paragraph"), hedges, ranges, years and dates. Negatives as such copy has them
- about a quarter of the rows: traders', brokers', dealers', strategists', fund managers'
and central bankers' colour and creed in quotes, labels („nannte“, „bezeichnete ... als“,
"called", "described ... as"), a verdict with „hielten ... für“, analysts' views, advice,
fears, doubts, open questions, market mood, a disclaimer, boilerplate on past returns and
a credit line, each near a check-worthy look-alike: the same speaker's figure, the desk's
level, a stated forecast with its figure.

238 rows (120 German, 118 English), 55 negatives (28 German, 27 English), 183 check-worthy
rows of which 2 carry no figure (1 German, 1 English), 428 expected quantities (163
percentages - 146 in %, 13 in basis points "bp", 4 in percentage points "pp" -, 100 amounts
of money - 46 USD, 25 EUR, 13 CHF, 7 each JPY and GBP, 1 each TRY and MXN -, 87 counts, 32
durations - 17 in years, 6 in days, 5 in months, 3 in weeks, 1 in hours -, 16 years, 16
dates, 10 ordinals, 4 fractions; none of them in negatives), 34 checked speakers (17
German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, mood, verdict, piece of advice or rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth, hundred-fifty-
  fourth, two-hundred-and-fortieth); a quoted or reported figure, step, forecast or
  position is check-worthy with its speaker. Pairs from one speaker: Kammerlander's
  quarter point beside „den Sieg über die Inflation“, Aschenbrenner's 2 Prozent beside
  „Geduld ist jetzt die wichtigste Tugend“, Pfandl's 130 million beside „ein Stück Tirol“,
  Truttmann's 1.2 billion francs beside «sehr genau», Pfisterer's 1,000 tonnes beside „am
  seidenen Faden“, Bramstedt's 1.2 gigawatts beside „ein neues Kapitel“, Dunsby's 30%
  beside "challenging but not broken", Ramanathan's 3.7% beside "the job half-done",
  Castellane's 1,600 engineers beside "a proof point", Abernathy's 6,400 beside "starving
  for some good news", Prendergast's two cuts beside "not in a hurry" and Hakkarainen's
  1.75% beside "a good place". A market-implied probability, an economists' poll, a
  strategist's index target and a bank's rate forecast with a figure are check-worthy
  (sixty-second, hundred-fifty-fourth, two-hundred-and-fortieth), also in „dürfte ... nach
  Einschätzung von Händlern“ with its 0,75 Prozent, while market mood and a watchers'
  outlook without a figure stay negatives.
- Check-worthy without a figure (two-hundred-and-fortieth: a market lead stating a move
  and its cause): AP's "Wall Street rallied Thursday after a cooler-than-expected inflation
  report ..." and the cancelled Frankfurt IPO („hat seinen geplanten Börsengang ...
  abgesagt, teilte das Unternehmen am Donnerstag mit“ -> "das Unternehmen", as „teilte das
  Gericht am Donnerstag mit“ -> "das Gericht", two-hundred-and-seventy-sixth).
- Index levels and moves in points are counts and index names carry none (sixty-second,
  two-hundred-and-fortieth): „22.418,56 Punkte“, „27.863 Zähler“, „um 2,1 Punkte auf 19,4
  Zähler“, "added 427 points", "548.72 points", "to 8,642.35", the Swiss "12'284,65" and
  "16'702,11" (sixty-second: "11'731,25"), the dollar index "103,12 Punkte" and "103.12", the
  Bund future „129,46 Punkte“. "Dax", "MDax", "SDax", "Euro Stoxx 50", "ATX", "SMI", "SPI",
  "SLI", "Nikkei 225", "Topix", "FTSE 100", "FTSE 250", "S&P 500", "STOXX 600" and "Opec+" carry
  none; „der 30 Titel umfassende SLI“ is count 30 (a figure written as a count
  of members, not the index name), "six major"/„sechs Partnerwährungen“ count 6. Breadth is
  counted („Bei 12 Gewinnern und 19 Verlierern“, „24 der 40 Werte“, "27 of its 33 industry
  subindexes", "38 stocks ... and 9", "by a 3.1-to-1 ratio" 3.1 and 1). Times of day
  („bis 10.15 Uhr“) carry none (the issue: "16.00 Uhr").
- Basis points are "bp" and points of a rate "pp" (sixty-second, two-hundred-and-fortieth):
  „um 4 Basispunkte“, „fünf Basispunkte“, „auf 96 Basispunkte“, „von rund 80 Prozent“ beside
  „um 25 Basispunkte“, "3.5 basis points", "8 bps", "126 basis points", "about 45 basis
  points", "roughly 60 basis points"; „einen Viertelprozentpunkt“, "a quarter-point cut",
  "two more quarter-point cuts" and "a quarter of a percentage point" 0.25 pp (sixty-second,
  two-hundred-and-fortieth). A negative rate is a negative value („auf minus 0,25 Prozent“
  -0.25, as the hundred-thirty-ninth's SNB row), „bei 0 Prozent“ and "0%" are 0, and "the
  SNB's 0-2% target band" gives both ends in the unit written once (thirty-third).
- Maturities are durations in years (sixty-second): „zehnjähriger“, „Zweijährige“,
  "10-year", "30-year", "two-year", "30-year and two-year" both; „Dreimonats-Euribor“ 3
  months and, new by the same rule, „Zwölfmonats-Euribor“ 12 months. "a 2035 gilt" and
  „eine bis 2035 laufende Bundesanleihe“ give the year only.
- Exchange rates are money in the priced currency (sixty-second, hundred-fifty-fourth):
  „1,0917 US-Dollar“, „auf 1,0881 (Dienstag: 1,0852) Dollar“ both USD, „0,9468 Franken“,
  „158,32 Yen“, „0,8431 britische Pfund“, „38,64 Lira je Dollar“ TRY, "146.85 yen" and
  "steadying at 147.20" JPY (the currency written once serves), "to 1.2934" after "against
  the US dollar" USD, "1.1842 euros", "$1.0921", "0.8675 Swiss francs", "20.41 per dollar"
  after "The Mexican peso" MXN (sixty-second: "7,1893 je Dollar" after the yuan). New: a
  forecast rate „von 0,93 Franken je Euro“ is money 0.93 CHF like any quoted rate.
- Unit prices are money and the unit after "je", "per", "a", "an" carries none
  (sixty-second): „74,62 US-Dollar“, „1,38 Dollar mehr als am Vortag“ ("mehr als" after the
  figure compares, two-hundred-and-fortieth), „je Feinunze“, „je Unze“, „je
  Megawattstunde“, "a barrel", "an ounce", "a tonne", "per million British thermal units"
  (the "million" of the unit none). "knapp 40 Dollar unter seinem Rekordhoch" 40 USD
  "nearly" and "about $40 below the record high" 40 USD "about". Pence: "312 pence" 3.12
  GBP, "1,046p" 10.46 GBP, "880p" 8.8 GBP (sixty-second). "a 10-yen rise" is 10 JPY (a figure
  in a compound read as written, sixty-second: "$38-a-share"). Barrels, tonnes, shares and
  gigawatts are counts („um 3,6 Millionen Barrel“, „138.000 Barrel“ - „täglich“ none -,
  "427.2 million barrels", "as much as 1.4 million barrels a day" "up_to", „mehr als 1.000
  Tonnen“ "over", "topping 1,000 tonnes" no hedge (a verb, sixty-second: "topped 5%"),
  "18.5 million shares", "16.2 billion shares ... 15.4 billion", „1,2 Gigawatt“).
- IPOs (sixty-second, two-hundred-and-fortieth): price ranges give both ends („24 bis 28
  Euro“, „19 bis 23 Euro“, "the $29 to $32 range", "24 to 28 euros"), the offer price,
  share counts („bis zu 7,5 Millionen Aktien“ "up_to"), valuations („mit rund 640 Millionen
  Euro“ "about", "at up to 640 million euros" "up_to", „bis zu 1,1 Milliarden Euro“
  "up_to"), free float („etwa 35 Prozent“), lock-ups („Haltefrist von 180 Tagen“, "a
  180-day lock-up period" 180 days), "more than 20 times oversubscribed" count 20 "over",
  „der erste Handelstag“ ordinal 1 and its date („für den 26. März“ --03-26, „am 25. März“
  --03-25; a German day-and-month date without a year is a date without a year, as the
  Reuters datelines, hundred-fifty-fourth). „Es wäre der erste Börsengang ... seit dem
  Frühjahr 2023“ ordinal 1 and 2023.
- Multiples and ratios are counts (sixty-second): „das 1,9-Fache des Volumens“ 1.9, "bids
  worth 3.12 times the amount on offer" 3.12, "a 6-3 vote" 6 and 3 (a tally,
  hundred-fifty-first) beside "three policymakers" 3.
- Ordinals (the issue: "das sechste Treffen"): „in der ersten Handelsstunde“ ordinal 1 and
  no duration (two-hundred-and-seventy-sixth: „in der ersten Stunde des neuen Jahres“), „den
  zweiten Verlusttag in Folge“ 2, „zum dritten Mal in Folge“ 3, "the second half" 2, "for
  the fourth quarter" 4, "its fiscal first quarter" 1, "the third straight year" 3. New: "in
  the fourth paragraph" of a correction note is ordinal 4 - a numbered part named as an
  ordinal, as „des 10. Senats“ (two-hundred-and-seventy-sixth); the correction note itself,
  naming figures, is check-worthy (sixty-second keeps only figureless notes negative).
  "Erste Group", "a record", "Rekordhoch", "Allzeithoch", "Schlusslicht", "the largest",
  "the biggest faller" carry none.
- Fractions (the issue: "ein Fünftel"): „etwa ein Fünftel über dem Durchschnitt“ 0.2
  "about", "cut ... by a third" 0.3333, "by about a quarter" 0.25 "about", "Roughly three out
  of every four" 0.75 "about" (hundred-fifty-fourth: "three out of every four").
- Durations (the issue: "fünfstündigen"; sixty-second, two-hundred-and-fortieth): „seit
  vier Wochen“ 4 weeks, „der vergangenen 20 Handelstage“ and "over the last 20 trading
  days" 20 days, „24 Stunden zuvor“ 24 hours, "in five months" 5 months, "in more than two
  years" 2 years "over", "a three-week high" 3 weeks, "over 18 months" ("over" before a span
  no hedge), "six months earlier" 6 months, "the 30-day average" 30 days, "over the next
  two years", "52-week highs" 52 weeks, "their biggest one-day fall" 1 day, „für mindestens
  zwei Jahre“ 2 years "at_least". None: „am Vortag“, „am Vorabend“, „in der kommenden
  Woche“, „in der vergangenen Woche“, „Auf Wochensicht“, „Seit Jahresbeginn“, „im
  vergangenen Jahr“, „im Jahr davor“, „ein Jahr zuvor“, „heuer“, „für das Gesamtjahr“, „im
  vergangenen Geschäftsjahr“, "last week", "next week", "a day earlier", "a year earlier",
  "this year", "last year", "last month", "so far this year", "since the start of the
  year", "the current fiscal year", "a month before", "in afternoon trade", "in the space
  of a week" (a negative), "in weeks" (a negative).
- Years and dates: „seit Juni 2024“, „seit Herbst 2010“, „Ende 2025“, „bis 2028“, "since
  June 2008", "since March 2020", "since August 2024", "since 2017", "since 2021", "its 2026
  copper output guidance" 2026 (a year before a noun dates it, two-hundred-and-seventy-
  sixth: "a 2024 Supreme Court ruling"), "in 2027". Dates: „am 19. März“ --03-19, "on March
  19" --03-19, "in the week ended March 6" --03-06, "its fiscal year ended Jan. 31" --01-31,
  "since Oct. 15" --10-15, "on Feb. 19" --02-19, "on April 2" --04-02; Reuters datelines with a
  day are dates without a year ("TOKYO, March 12", "LONDON, March 12", "NEW YORK, March 12",
  "FRANKFURT, March 12", "VIENNA, March 12", "ZURICH, March 12" --03-12; hundred-fifty-
  fourth); dpa-AFX ("FRANKFURT (dpa-AFX) -"), APA ("Wien (APA) -"), awp ("Zürich (awp) -"),
  PA and AP datelines none (seventy-ninth). Weekdays and months alone („am Mittwoch“, „im
  Februar“, "in January", "in June", "by December") none.
- Money in the currency written (every batch): „4 Milliarden Euro“, „rund 220 Millionen
  Euro“ "about", „74 Milliarden Euro“, „für bis zu 1,5 Milliarden Euro“ "up_to", „5,8
  Milliarden Euro“, „900 Millionen Euro“, „zu 11,20 Euro“, „1,2 Milliarden Franken“, „142
  Millionen Franken“, „2,40 Franken je Aktie“, "42 billion yen", "about 9 billion yen", "a
  net 612 billion yen" ("a net" no hedge), "450 million pounds", "Some £4.1 billion"
  "about" (two-hundred-and-seventy-sixth: "some"), "4.25 billion pounds", "$1.2 billion",
  "$629 million", "about $7.8 billion", "$540 million to $555 million" both ends, "about $9.6
  billion", "$8.2 billion", "jumping $9.42, or 7.3%, to $138.55", Bitcoin's „rund 81.500
  Dollar“ "about" and "$81,420 ... $109,150".
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly", "Roughly", "around",
  "some" "about"; „knapp“, "nearly" "nearly"; „gut“, „mehr als“, "more than" "over"; „bis
  zu“, "up to", "as much as" "up_to"; „mindestens“ "at_least". No hedge: „im Schnitt“,
  „derzeit“, „zuletzt“, „noch“, „nur noch“ before „knapp“ (the hedge is „knapp“), „bereits“,
  „zeitweise“, "still", "a net", "a record", "topping", „mehr als am Vortag“ and „weniger
  als“ after the figure, "below" and "from" after a figure ("6.8% below the all-time high",
  "26% below its January record" - "nearly" is the hedge there).
- Speakers, checked only in forms the earlier batches settled: „teilte Vorderhof am
  Mittwochabend mit“ -> "Vorderhof" (the time dropped, hundred-forty-fifth), „teilte die
  Bundesbank mit“, „teilte Almtaler mit“, „teilte Glarnia mit“, „teilte die Notenbank mit“,
  „teilte das US-Arbeitsministerium mit“ and „teilte das Unternehmen am Donnerstag mit“ as
  written with the article (two-hundred-and-seventy-sixth); „EZB-Ratsmitglied Roswitha
  Kammerlander sagte, ...“, „Bundesbankpräsident Konrad Aschenbrenner sagte ...“,
  „Sandegger-Chef Walther Obermoser sagte, ...“, „Wiener-Börse-Chef Rupert Hainzl sagte,
  ...“, „Finanzvorstand Gregor Pfandl sagte, ...“, „SNB-Präsident Beat Truttmann sagte ...“,
  „ZKB-Ökonom Flurin Casutt sagte, ...“, „Fondsmanagerin Wiebke Rautenstrauch sagte, ...“ and
  „Vorstandschefin Ilka Bramstedt sagte, ...“ the name (hundred-eightieth: the office
  heading "X sagte"), „Pfisterer sagte, ...“ opening the row (forty-second). English: the
  name with the role dropped ("Ozora President Kenji Wakabayashi said", "Bank of Japan
  Deputy Governor Haruto Kanemura said", "Pellworth Chief Executive Martin Dunsby said",
  "Deputy Governor Priya Ramanathan said", "Ferncastle Capital analyst Devorah Finch said",
  "World Gold Council analyst Tobias Wrenfield said", "Lintbridge Chief Financial Officer
  Raúl Ortega-Whitby said", "Fed Governor Lowell Prendergast said"; hundred-forty-fifth,
  hundred-sixtieth), "Carrowmere Chief Financial Officer Aisling Treacy told reporters",
  "ECB policymaker Jorma Hakkarainen told reporters" and "Chief Executive Officer Naomi
  Castellane told Reuters" (two-hundred-and-fourth: "told reporters"), a quote followed by
  "Wakabayashi said" (the issue), "Ramanathan said ..." and "Abernathy said ..." opening the
  row, "Carrowmere said" and "Aldervane said" as written (hundred-sixtieth: "Severn Vale
  Water said"), "..., the company said." -> "the company". Left unchecked (None): all
  negatives, also those with a named speaker; „wie das Bundesamt für Statistik mitteilte“
  (two-hundred-and-fourth), „nach Angaben aus Notenbankkreisen“, „nach Angaben des
  Deutschen Aktieninstituts“, „nach Daten von Eurostat“, „laut Kartellangaben“, „nach
  Einschätzung von Händlern“, „hatte ... angekündigt“; bodies' "said" (the Energy
  Information Administration, the World Gold Council, the Labor Department;
  two-hundred-and-seventy-sixth), "people familiar with the matter said", "the IEA warned",
  "according to ..." (LSEG data, the statistics office, a source, Dealogic data, CME Group's
  FedWatch tool, finance ministry data), "official data showed", "Dealogic data showed",
  "Economists polled by Reuters", "Analysts polled by Reuters" and rows without
  attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and stands for "no unit" for other kinds (year, date, ordinal, fraction carry
None); a qualifier is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_294 = [
    # --- Frankfurt, Eröffnung (dpa-AFX) ---
    ("de", "FRANKFURT (dpa-AFX) - Der Dax ist am Donnerstag mit Verlusten in den Handel gestartet und gab in der ersten Handelsstunde um 0,7 Prozent auf 22.418,56 Punkte nach.", True, [("ordinal", 1, None, None), ("percent", 0.7, "%", None), ("count", 22418.56, None, None)], None),
    ("de", "Der MDax der mittelgroßen Werte verlor 1,1 Prozent auf 27.863 Zähler, der Eurozonen-Leitindex Euro Stoxx 50 sank um 0,5 Prozent.", True, [("percent", 1.1, "%", None), ("count", 27863, None, None), ("percent", 0.5, "%", None)], None),
    ("de", "Am Mittwoch hatte der Dax bereits 1,3 Prozent eingebüßt und damit den zweiten Verlusttag in Folge verbucht.", True, [("percent", 1.3, "%", None), ("ordinal", 2, None, None)], None),
    ("de", "Die Nervosität vor den US-Inflationsdaten ist auf dem Parkett mit Händen zu greifen.", False, [], None),
    ("de", "„Niemand will sich vor den Zahlen aus Washington zu weit aus dem Fenster lehnen“, sagte Händler Holger Wiesnerth.", False, [], None),
    ("de", "Unter Druck standen vor allem Autowerte: Die Papiere von Vorderhof Automotive fielen nach einer Prognosesenkung um 6,2 Prozent auf 48,90 Euro.", True, [("percent", 6.2, "%", None), ("money", 48.9, "EUR", None)], None),
    ("de", "Vorderhof rechnet für das Gesamtjahr nur noch mit einer operativen Marge von 5 bis 6 Prozent, nachdem bisher 7 Prozent angepeilt worden waren, teilte Vorderhof am Mittwochabend mit.", True, [("percent", 5, "%", None), ("percent", 6, "%", None), ("percent", 7, "%", None)], "Vorderhof"),
    ("de", "Gegen den Trend zogen die Aktien des Versicherers Brunnberg um 2,4 Prozent an, nachdem die Analysten von Halsted & Crane ihr Kursziel von 310 auf 345 Euro angehoben hatten.", True, [("percent", 2.4, "%", None), ("money", 310, "EUR", None), ("money", 345, "EUR", None)], None),
    ("de", "Ein Händler nannte die Anhebung des Kursziels „längst überfällig“.", False, [], None),
    ("de", "Der Volatilitätsindex VDax-New kletterte um 2,1 Punkte auf 19,4 Zähler und damit auf den höchsten Stand seit vier Wochen.", True, [("count", 2.1, None, None), ("count", 19.4, None, None), ("duration", 4, "week", None)], None),
    # --- Anleihen ---
    ("de", "Am deutschen Rentenmarkt fiel die Rendite zehnjähriger Bundesanleihen um 4 Basispunkte auf 2,71 Prozent.", True, [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 2.71, "%", None)], None),
    ("de", "Zweijährige Schatzanweisungen rentierten mit 2,13 Prozent, fünf Basispunkte tiefer als zum Handelsschluss am Mittwoch.", True, [("duration", 2, "year", None), ("percent", 2.13, "%", None), ("percent", 5, "bp", None)], None),
    ("de", "Der Rentenindex Rex stieg um 0,21 Prozent auf 124,87 Punkte, der Euro-Bund-Future legte um 0,3 Prozent auf 129,46 Punkte zu.", True, [("percent", 0.21, "%", None), ("count", 124.87, None, None), ("percent", 0.3, "%", None), ("count", 129.46, None, None)], None),
    ("de", "Der Renditeabstand zwischen italienischen und deutschen zehnjährigen Papieren verengte sich auf 96 Basispunkte, so wenig wie seit Herbst 2010 nicht mehr.", True, [("duration", 10, "year", None), ("percent", 96, "bp", None), ("year", 2010, None, None)], None),
    ("de", "Die Finanzagentur stockte eine bis 2035 laufende Bundesanleihe um 4 Milliarden Euro auf, die Gebote erreichten das 1,9-Fache des Volumens.", True, [("year", 2035, None, None), ("money", 4000000000, "EUR", None), ("count", 1.9, None, None)], None),
    ("de", "Die Durchschnittsrendite der Auktion lag bei 2,74 Prozent, teilte die Bundesbank mit.", True, [("percent", 2.74, "%", None)], "die Bundesbank"),
    ("de", "Anleihestrategen sehen für Bundesanleihen derzeit wenig Luft nach oben.", False, [], None),
    ("de", "Die Umlaufrendite gab auf 2,54 Prozent nach, nach 2,58 Prozent am Mittwoch.", True, [("percent", 2.54, "%", None), ("percent", 2.58, "%", None)], None),
    # --- EZB-Erwartungen ---
    ("de", "An den Geldmärkten wird für die EZB-Sitzung in der kommenden Woche eine Zinssenkung um 25 Basispunkte mit einer Wahrscheinlichkeit von rund 80 Prozent eingepreist.", True, [("percent", 25, "bp", None), ("percent", 80, "%", "about")], None),
    ("de", "Der Einlagensatz liegt derzeit bei 2,25 Prozent, nach sieben Senkungen seit Juni 2024.", True, [("percent", 2.25, "%", None), ("count", 7, None, None), ("year", 2024, None, None)], None),
    ("de", "EZB-Ratsmitglied Roswitha Kammerlander sagte, eine weitere Senkung um einen Viertelprozentpunkt sei im April denkbar, danach müsse man die Daten abwarten.", True, [("percent", 0.25, "pp", None)], "Roswitha Kammerlander"),
    ("de", "„Wir dürfen den Sieg über die Inflation nicht zu früh ausrufen“, sagte Kammerlander.", False, [], None),
    ("de", "Die Inflationsrate im Euroraum war im Februar nach Daten von Eurostat auf 2,2 Prozent gesunken, nach 2,5 Prozent im Januar.", True, [("percent", 2.2, "%", None), ("percent", 2.5, "%", None)], None),
    ("de", "Volkswirte der Landesbank Nordmark erwarten bis Jahresende zwei weitere Schritte nach unten und einen Einlagensatz von 1,75 Prozent.", True, [("count", 2, None, None), ("percent", 1.75, "%", None)], None),
    ("de", "Die Geldpolitik der EZB sei „auf dem richtigen Weg“, meinte ein Frankfurter Fondsmanager.", False, [], None),
    ("de", "Der Dreimonats-Euribor notierte bei 2,31 Prozent, der Zwölfmonats-Euribor bei 2,18 Prozent.", True, [("duration", 3, "month", None), ("percent", 2.31, "%", None), ("duration", 12, "month", None), ("percent", 2.18, "%", None)], None),
    ("de", "Bei der Sitzung im Januar hatten nach Angaben aus Notenbankkreisen drei der 26 Ratsmitglieder für eine Pause plädiert.", True, [("count", 3, None, None), ("count", 26, None, None)], None),
    ("de", "Bundesbankpräsident Konrad Aschenbrenner sagte in Frankfurt, die Teuerung in Deutschland werde sich bis zum Sommer bei etwa 2 Prozent einpendeln.", True, [("percent", 2, "%", "about")], "Konrad Aschenbrenner"),
    ("de", "„Geduld ist jetzt die wichtigste Tugend der Geldpolitik“, fügte Aschenbrenner hinzu.", False, [], None),
    # --- Devisen ---
    ("de", "Der Euro kostete am Donnerstagmittag 1,0917 US-Dollar, nach 1,0875 Dollar am Vorabend.", True, [("money", 1.0917, "USD", None), ("money", 1.0875, "USD", None)], None),
    ("de", "Die Europäische Zentralbank hatte den Referenzkurs am Mittwoch auf 1,0881 (Dienstag: 1,0852) Dollar festgesetzt.", True, [("money", 1.0881, "USD", None), ("money", 1.0852, "USD", None)], None),
    ("de", "Zum Schweizer Franken stieg der Euro auf 0,9468 Franken, zum japanischen Yen fiel er auf 158,32 Yen.", True, [("money", 0.9468, "CHF", None), ("money", 158.32, "JPY", None)], None),
    ("de", "Ein Euro kostete zuletzt 0,8431 britische Pfund.", True, [("money", 0.8431, "GBP", None)], None),
    ("de", "Devisenhändler sprachen von einem ruhigen Geschäft ohne klare Richtung.", False, [], None),
    ("de", "Der Dollar-Index, in den die US-Währung gegenüber sechs Partnerwährungen einfließt, sank um 0,4 Prozent auf 103,12 Punkte.", True, [("count", 6, None, None), ("percent", 0.4, "%", None), ("count", 103.12, None, None)], None),
    ("de", "Die türkische Lira fiel auf ein Rekordtief von 38,64 Lira je Dollar.", True, [("money", 38.64, "TRY", None)], None),
    ("de", "Seit Jahresbeginn hat der Euro zum Dollar damit gut 5 Prozent zugelegt.", True, [("percent", 5, "%", "over")], None),
    ("de", "Ein Devisenstratege der Landesbank Nordmark riet Anlegern, sich nicht gegen den Franken zu stellen.", False, [], None),
    # --- Wien, ATX (APA) ---
    ("de", "Wien (APA) - Die Wiener Börse hat am Donnerstag im Frühhandel leichte Verluste verbucht: Der Leitindex ATX fiel bis 10.15 Uhr um 0,42 Prozent auf 4.112,37 Punkte.", True, [("percent", 0.42, "%", None), ("count", 4112.37, None, None)], None),
    ("de", "Bei 12 Gewinnern und 19 Verlierern im ATX wechselten bis Mittag 1,3 Millionen Aktien den Besitzer.", True, [("count", 12, None, None), ("count", 19, None, None), ("count", 1300000, None, None)], None),
    ("de", "Die Aktien der Erste Group verloren 1,8 Prozent auf 63,45 Euro, Raiffeisen Bank International gaben 2,1 Prozent ab.", True, [("percent", 1.8, "%", None), ("money", 63.45, "EUR", None), ("percent", 2.1, "%", None)], None),
    ("de", "Der Ölfeldausrüster Sandegger zog dagegen um 3,6 Prozent an; das Unternehmen hatte einen Auftrag über rund 220 Millionen Euro aus dem Nahen Osten gemeldet.", True, [("percent", 3.6, "%", None), ("money", 220000000, "EUR", "about")], None),
    ("de", "Sandegger-Chef Walther Obermoser sagte, der Auftrag sichere die Auslastung des Werks in Ternitz für mindestens zwei Jahre.", True, [("duration", 2, "year", "at_least")], "Walther Obermoser"),
    ("de", "„Der Markt ist derzeit extrem zinsgetrieben“, sagte ein Wiener Händler.", False, [], None),
    ("de", "Ein Analyst der Raiffeisen Centrobank bezeichnete die Kursreaktion als „übertrieben“.", False, [], None),
    ("de", "Auf Wochensicht liegt der ATX damit 1,9 Prozent im Minus, seit Jahresbeginn aber noch knapp 11 Prozent im Plus.", True, [("percent", 1.9, "%", None), ("percent", 11, "%", "nearly")], None),
    ("de", "Die Rendite zehnjähriger österreichischer Bundesanleihen stieg um 3 Basispunkte auf 3,02 Prozent.", True, [("duration", 10, "year", None), ("percent", 3, "bp", None), ("percent", 3.02, "%", None)], None),
    ("de", "Für heuer erwartet die Oesterreichische Nationalbank ein Plus der Wirtschaftsleistung von 0,8 Prozent, teilte die Notenbank mit.", True, [("percent", 0.8, "%", None)], "die Notenbank"),
    ("de", "An der Wiener Börse war von einer abwartenden Haltung die Rede.", False, [], None),
    ("de", "Wiener-Börse-Chef Rupert Hainzl sagte, 2025 seien in Wien Aktien im Wert von 74 Milliarden Euro gehandelt worden, um 9 Prozent mehr als im Jahr davor.", True, [("year", 2025, None, None), ("money", 74000000000, "EUR", None), ("percent", 9, "%", None)], "Rupert Hainzl"),
    # --- Börsengang in Wien (APA) ---
    ("de", "Wien (APA) - Der Tiroler Seilbahn- und Hotelbetreiber Almtaler Bergbahnen hat seinen Börsengang fixiert und die Preisspanne auf 24 bis 28 Euro je Aktie festgelegt.", True, [("money", 24, "EUR", None), ("money", 28, "EUR", None)], None),
    ("de", "Angeboten werden bis zu 7,5 Millionen Aktien, davon 5 Millionen aus einer Kapitalerhöhung und 2,5 Millionen aus dem Bestand der Gründerfamilie.", True, [("count", 7500000, None, "up_to"), ("count", 5000000, None, None), ("count", 2500000, None, None)], None),
    ("de", "Am oberen Ende der Spanne würde das Unternehmen mit rund 640 Millionen Euro bewertet, der Streubesitz läge bei etwa 35 Prozent, teilte Almtaler mit.", True, [("money", 640000000, "EUR", "about"), ("percent", 35, "%", "about")], "Almtaler"),
    ("de", "Die Zeichnungsfrist endet am 25. März, der erste Handelstag im Prime Market ist für den 26. März geplant.", True, [("date", "--03-25", None, None), ("ordinal", 1, None, None), ("date", "--03-26", None, None)], None),
    ("de", "Finanzvorstand Gregor Pfandl sagte, der Emissionserlös von rund 130 Millionen Euro solle in drei neue Gondelbahnen und den Ausbau von zwei Hotels fließen.", True, [("money", 130000000, "EUR", "about"), ("count", 3, None, None), ("count", 2, None, None)], "Gregor Pfandl"),
    ("de", "„Wir sind ein Stück Tirol, und an diesem Stück sollen sich möglichst viele beteiligen können“, sagte Pfandl.", False, [], None),
    ("de", "Die Gründerfamilie verpflichtet sich zu einer Haltefrist von 180 Tagen.", True, [("duration", 180, "day", None)], None),
    ("de", "Es wäre der erste Börsengang im Prime Market seit dem Frühjahr 2023.", True, [("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("de", "Almtaler erwirtschaftete im vergangenen Geschäftsjahr einen Umsatz von 214 Millionen Euro und beschäftigt rund 1.450 Menschen.", True, [("money", 214000000, "EUR", None), ("count", 1450, None, "about")], None),
    ("de", "Ob die Anleger bei einer Bergbahn zugreifen, gilt unter Emissionsexperten als offen.", False, [], None),
    # --- Zürich, SMI (awp) ---
    ("de", "Zürich (awp) - Die Schweizer Börse hat am Donnerstag etwas tiefer geschlossen: Der Leitindex SMI sank um 0,31 Prozent auf 12'284,65 Punkte.", True, [("percent", 0.31, "%", None), ("count", 12284.65, None, None)], None),
    ("de", "Der breite SPI verlor 0,27 Prozent auf 16'702,11 Punkte, der 30 Titel umfassende SLI gab um 0,35 Prozent nach.", True, [("percent", 0.27, "%", None), ("count", 16702.11, None, None), ("count", 30, None, None), ("percent", 0.35, "%", None)], None),
    ("de", "Die Titel des Pharmakonzerns Tessaro fielen um 1,4 Prozent auf 271,80 Franken.", True, [("percent", 1.4, "%", None), ("money", 271.8, "CHF", None)], None),
    ("de", "Händler in Zürich hielten die Abgaben bei Tessaro für eine gesunde Konsolidierung.", False, [], None),
    ("de", "Der Maschinenbauer Glarnia stieg nach Zahlen um 7,8 Prozent und markierte mit 84,15 Franken ein Allzeithoch.", True, [("percent", 7.8, "%", None), ("money", 84.15, "CHF", None)], None),
    ("de", "Der Reingewinn stieg 2025 um 23 Prozent auf 142 Millionen Franken, die Dividende soll auf 2,40 Franken je Aktie steigen, teilte Glarnia mit.", True, [("year", 2025, None, None), ("percent", 23, "%", None), ("money", 142000000, "CHF", None), ("money", 2.4, "CHF", None)], "Glarnia"),
    ("de", "«Das ist ein Abschluss wie aus dem Lehrbuch», sagte ein Zürcher Händler.", False, [], None),
    ("de", "Die Rendite zehnjähriger Eidgenossen stieg um 2 Basispunkte auf 0,47 Prozent.", True, [("duration", 10, "year", None), ("percent", 2, "bp", None), ("percent", 0.47, "%", None)], None),
    ("de", "Der Franken gewann zum Dollar an Wert, ein Dollar kostete noch 0,8672 Franken.", True, [("money", 0.8672, "CHF", None)], None),
    ("de", "Für den Franken spricht aus Sicht vieler Anleger weiterhin sein Ruf als sicherer Hafen.", False, [], None),
    # --- SNB ---
    ("de", "Die Schweizerische Nationalbank wird ihre geldpolitische Lagebeurteilung am 19. März bekanntgeben.", True, [("date", "--03-19", None, None)], None),
    ("de", "Eine Mehrheit der von awp befragten 18 Ökonomen erwartet, dass die SNB ihren Leitzins bei 0 Prozent belässt.", True, [("count", 18, None, None), ("percent", 0, "%", None)], None),
    ("de", "Vier der Befragten rechnen mit einer Senkung auf minus 0,25 Prozent.", True, [("count", 4, None, None), ("percent", -0.25, "%", None)], None),
    ("de", "SNB-Präsident Beat Truttmann sagte am Mittwoch in Bern, die Nationalbank habe im vergangenen Jahr für 1,2 Milliarden Franken Devisen gekauft.", True, [("money", 1200000000, "CHF", None)], "Beat Truttmann"),
    ("de", "«Wir beobachten die Entwicklung des Frankens sehr genau», sagte Truttmann.", False, [], None),
    ("de", "Die Schweizer Jahresteuerung betrug im Februar 0,3 Prozent, wie das Bundesamt für Statistik mitteilte.", True, [("percent", 0.3, "%", None)], None),
    ("de", "ZKB-Ökonom Flurin Casutt sagte, er rechne bis Jahresende mit einem Kurs von 0,93 Franken je Euro.", True, [("money", 0.93, "CHF", None)], "Flurin Casutt"),
    # --- Öl und Gold (dpa-AFX) ---
    ("de", "Die Ölpreise sind am Donnerstag deutlich gestiegen: Für ein Fass Brent mit Mai-Fälligkeit zahlten Käufer am Nachmittag 74,62 US-Dollar, 1,38 Dollar mehr als am Vortag.", True, [("money", 74.62, "USD", None), ("money", 1.38, "USD", None)], None),
    ("de", "Amerikanisches Leichtöl der Sorte WTI verteuerte sich um 1,21 Dollar auf 70,95 Dollar.", True, [("money", 1.21, "USD", None), ("money", 70.95, "USD", None)], None),
    ("de", "Auftrieb gab ein Bericht der US-Regierung, wonach die Rohöllagerbestände in der vergangenen Woche um 3,6 Millionen Barrel gesunken sind.", True, [("count", 3600000, None, None)], None),
    ("de", "Analysten hatten im Schnitt mit einem Anstieg um 1,1 Millionen Barrel gerechnet.", True, [("count", 1100000, None, None)], None),
    ("de", "Der Ölpreis der Opec lag laut Kartellangaben bei 73,80 Dollar je Barrel.", True, [("money", 73.8, "USD", None)], None),
    ("de", "Der Ölverbund Opec+ plant, ab April täglich 138.000 Barrel zusätzlich zu fördern.", True, [("count", 138000, None, None)], None),
    ("de", "„Der Ölmarkt hängt am seidenen Faden der Geopolitik“, sagte Rohstoffexpertin Annegret Pfisterer.", False, [], None),
    ("de", "Gold verteuerte sich um 0,8 Prozent auf 2.948 Dollar je Feinunze und lag damit nur noch knapp 40 Dollar unter seinem Rekordhoch.", True, [("percent", 0.8, "%", None), ("money", 2948, "USD", None), ("money", 40, "USD", "nearly")], None),
    ("de", "In Euro gerechnet kostete eine Feinunze rund 2.700 Euro.", True, [("money", 2700, "EUR", "about")], None),
    ("de", "Pfisterer sagte, die Notenbanken hätten im vergangenen Jahr mehr als 1.000 Tonnen Gold gekauft, zum dritten Mal in Folge.", True, [("count", 1000, None, "over"), ("ordinal", 3, None, None)], "Pfisterer"),
    ("de", "„Gold bleibt die Versicherung in unsicheren Zeiten“, sagte ein Edelmetallhändler in Frankfurt.", False, [], None),
    ("de", "Silber legte um 1,5 Prozent auf 33,12 Dollar je Unze zu.", True, [("percent", 1.5, "%", None), ("money", 33.12, "USD", None)], None),
    ("de", "Der Preis für europäisches Erdgas im TTF-Terminkontrakt sank um 2,9 Prozent auf 41,35 Euro je Megawattstunde.", True, [("percent", 2.9, "%", None), ("money", 41.35, "EUR", None)], None),
    # --- Asien und Krypto (dpa-AFX) ---
    ("de", "In Tokio schloss der Nikkei 225 am Donnerstag 1,2 Prozent tiefer bei 37.214 Punkten.", True, [("percent", 1.2, "%", None), ("count", 37214, None, None)], None),
    ("de", "Die Bank of Japan dürfte ihren Leitzins nach Einschätzung von Händlern in der kommenden Woche auf 0,75 Prozent anheben.", True, [("percent", 0.75, "%", None)], None),
    ("de", "Die Stimmung an den asiatischen Börsen blieb insgesamt verhalten.", False, [], None),
    ("de", "Der Bitcoin kostete am Abend rund 81.500 Dollar, knapp 2 Prozent mehr als 24 Stunden zuvor.", True, [("money", 81500, "USD", "about"), ("percent", 2, "%", "nearly"), ("duration", 24, "hour", None)], None),
    # --- Frankfurt, Schluss (dpa-AFX) ---
    ("de", "FRANKFURT (dpa-AFX) - Nach überraschend milden US-Inflationsdaten hat der Dax seine Verluste am Nachmittag wettgemacht und 0,35 Prozent höher bei 22.654,10 Punkten geschlossen.", True, [("percent", 0.35, "%", None), ("count", 22654.1, None, None)], None),
    ("de", "Die US-Verbraucherpreise waren im Februar um 2,8 Prozent gestiegen, Volkswirte hatten 2,9 Prozent erwartet, teilte das US-Arbeitsministerium mit.", True, [("percent", 2.8, "%", None), ("percent", 2.9, "%", None)], "das US-Arbeitsministerium"),
    ("de", "Im Tagesverlauf hatte der Leitindex zeitweise mehr als 1 Prozent im Minus gelegen.", True, [("percent", 1, "%", "over")], None),
    ("de", "Der MDax schloss 0,2 Prozent tiefer bei 27.975 Punkten, der SDax gewann 0,1 Prozent.", True, [("percent", 0.2, "%", None), ("count", 27975, None, None), ("percent", 0.1, "%", None)], None),
    ("de", "Der Umsatz im Xetra-Handel belief sich auf 5,8 Milliarden Euro, etwa ein Fünftel über dem Durchschnitt der vergangenen 20 Handelstage.", True, [("money", 5800000000, "EUR", None), ("fraction", 0.2, None, "about"), ("duration", 20, "day", None)], None),
    ("de", "„Die Bullen haben am Ende doch noch die Oberhand behalten“, kommentierte ein Marktbeobachter.", False, [], None),
    ("de", "An der Dax-Spitze legten Anteile des Chipherstellers Kessbach Semiconductor um 4,7 Prozent zu.", True, [("percent", 4.7, "%", None)], None),
    ("de", "Kessbach hatte am Vorabend angekündigt, eigene Aktien für bis zu 1,5 Milliarden Euro zurückzukaufen.", True, [("money", 1500000000, "EUR", "up_to")], None),
    ("de", "Schlusslicht war der Chemiekonzern Lentrau mit einem Abschlag von 3,2 Prozent, nachdem die Aktie auf „Halten“ abgestuft worden war.", True, [("percent", 3.2, "%", None)], None),
    ("de", "Im Dax schlossen 24 der 40 Werte im Plus.", True, [("count", 24, None, None), ("count", 40, None, None)], None),
    ("de", "Wie es nach dem Zinsentscheid der Fed in der kommenden Woche weitergeht, ist völlig offen.", False, [], None),
    ("de", "Der Dax hat seit Jahresbeginn rund 13 Prozent gewonnen und damit deutlich besser abgeschnitten als der S&P 500 mit einem Plus von knapp 4 Prozent.", True, [("percent", 13, "%", "about"), ("percent", 4, "%", "nearly")], None),
    ("de", "Am Montag hatte der Leitindex mit 23.104 Punkten ein Rekordhoch erreicht.", True, [("count", 23104, None, None)], None),
    ("de", "Viele Anleger fragen sich, wie lange die Rally noch trägt.", False, [], None),
    ("de", "Fondsmanagerin Wiebke Rautenstrauch sagte, ihr Haus habe die Aktienquote im Februar von 65 auf 55 Prozent gesenkt.", True, [("percent", 65, "%", None), ("percent", 55, "%", None)], "Wiebke Rautenstrauch"),
    ("de", "Alle Kursangaben ohne Gewähr, dies ist keine Empfehlung zum Kauf oder Verkauf.", False, [], None),
    # --- Einzelwerte (dpa-AFX) ---
    ("de", "Die Papiere des Windparkbetreibers Nordstrand Energie brachen um 14,3 Prozent ein, nachdem das Unternehmen eine Kapitalerhöhung über 900 Millionen Euro angekündigt hatte.", True, [("percent", 14.3, "%", None), ("money", 900000000, "EUR", None)], None),
    ("de", "Die neuen Aktien werden zu 11,20 Euro angeboten, ein Abschlag von 17 Prozent auf den Schlusskurs vom Mittwoch.", True, [("money", 11.2, "EUR", None), ("percent", 17, "%", None)], None),
    ("de", "Vorstandschefin Ilka Bramstedt sagte, mit dem Geld sollten bis 2028 Windparks mit einer Leistung von 1,2 Gigawatt gebaut werden.", True, [("year", 2028, None, None), ("count", 1.2, None, None)], "Ilka Bramstedt"),
    ("de", "„Wir schlagen heute ein neues Kapitel auf“, sagte Bramstedt.", False, [], None),
    ("de", "Der Online-Händler Lindgrün hat seinen geplanten Börsengang in Frankfurt abgesagt, teilte das Unternehmen am Donnerstag mit.", True, [], "das Unternehmen"),
    ("de", "Lindgrün hatte eine Preisspanne von 19 bis 23 Euro je Aktie genannt, was einer Bewertung von bis zu 1,1 Milliarden Euro entsprochen hätte.", True, [("money", 19, "EUR", None), ("money", 23, "EUR", None), ("money", 1100000000, "EUR", "up_to")], None),
    ("de", "Lindgrün sprach von einem „schwierigen Marktumfeld“.", False, [], None),
    ("de", "Nach Angaben des Deutschen Aktieninstituts besaßen Ende 2025 rund 12,1 Millionen Menschen in Deutschland Aktien oder Aktienfonds.", True, [("year", 2025, None, None), ("count", 12100000, None, "about")], None),
    ("de", "Das waren gut 400.000 weniger als ein Jahr zuvor.", True, [("count", 400000, None, "over")], None),
    ("de", "Das Aktieninstitut nannte den Rückgang „ein Alarmsignal für die Altersvorsorge“.", False, [], None),
    # === English ===
    # --- Tokyo (Reuters) ---
    ("en", "TOKYO, March 12 (Reuters) - Tokyo's Nikkei benchmark dropped 1.2% on Thursday to end at 37,214.06, its lowest finish in five months, as a stronger yen weighed on exporters.", True, [("date", "--03-12", None, None), ("percent", 1.2, "%", None), ("count", 37214.06, None, None), ("duration", 5, "month", None)], None),
    ("en", "The broader Topix slid 0.9% to 2,688.41, with 27 of its 33 industry subindexes in negative territory.", True, [("percent", 0.9, "%", None), ("count", 2688.41, None, None), ("count", 27, None, None), ("count", 33, None, None)], None),
    ("en", "The dollar fell to 146.85 yen, its weakest level since early October, before steadying at 147.20.", True, [("money", 146.85, "JPY", None), ("money", 147.2, "JPY", None)], None),
    ("en", "Shares of Ozora Robotics tumbled 8.4% after the industrial robot maker cut its annual operating profit forecast by a third to 42 billion yen.", True, [("percent", 8.4, "%", None), ("fraction", 0.3333, None, None), ("money", 42000000000, "JPY", None)], None),
    ("en", "Ozora President Kenji Wakabayashi said a 10-yen rise against the dollar cuts about 9 billion yen from annual operating profit.", True, [("money", 10, "JPY", None), ("money", 9000000000, "JPY", "about")], "Kenji Wakabayashi"),
    ("en", "\"Our order intake fell 14% in the December quarter,\" Wakabayashi said.", True, [("percent", 14, "%", None)], "Wakabayashi"),
    ("en", "\"The yen is the only story in town right now,\" said a Tokyo-based equity strategist.", False, [], None),
    ("en", "Overnight swaps imply a roughly 70% likelihood that the Bank of Japan will lift its short-term rate to 0.75% when its board meets next week.", True, [("percent", 70, "%", "about"), ("percent", 0.75, "%", None)], None),
    ("en", "Bank of Japan Deputy Governor Haruto Kanemura said on Wednesday the central bank would keep raising rates if wage growth of around 3% held up.", True, [("percent", 3, "%", "about")], "Haruto Kanemura"),
    ("en", "\"Nobody wants to fight the Bank of Japan right now,\" a currency trader in Singapore said.", False, [], None),
    ("en", "Japan's benchmark 10-year bond yield gained 3.5 basis points to 1.585%, the highest since June 2008.", True, [("duration", 10, "year", None), ("percent", 3.5, "bp", None), ("percent", 1.585, "%", None), ("year", 2008, None, None)], None),
    ("en", "The 30-year JGB yield climbed to a record 2.71%.", True, [("duration", 30, "year", None), ("percent", 2.71, "%", None)], None),
    ("en", "Some fund managers in Tokyo fear that a faster pace of hikes could choke off the recovery.", False, [], None),
    ("en", "Foreign investors sold a net 612 billion yen of Japanese stocks last week, according to finance ministry data.", True, [("money", 612000000000, "JPY", None)], None),
    ("en", "The Nikkei has lost 6.7% so far in March, on course for its worst month since August 2024.", True, [("percent", 6.7, "%", None), ("year", 2024, None, None)], None),
    # --- London (Reuters, PA) ---
    ("en", "LONDON, March 12 (Reuters) - Britain's FTSE 100 edged up 0.2% to 8,642.35 on Thursday, as gains in miners offset a drop in housebuilders after a weak update from Pellworth Homes.", True, [("date", "--03-12", None, None), ("percent", 0.2, "%", None), ("count", 8642.35, None, None)], None),
    ("en", "The domestically focused FTSE 250 midcap index fell 0.5% to 20,117.80.", True, [("percent", 0.5, "%", None), ("count", 20117.8, None, None)], None),
    ("en", "Pellworth shares sank 11% to 312 pence, their lowest level in more than two years, after the builder said reservations had fallen by about a quarter since January.", True, [("percent", 11, "%", None), ("money", 3.12, "GBP", None), ("duration", 2, "year", "over"), ("fraction", 0.25, None, "about")], None),
    ("en", "Pellworth now expects to complete between 6,800 and 7,100 homes this year, down from 7,900 last year, the company said.", True, [("count", 6800, None, None), ("count", 7100, None, None), ("count", 7900, None, None)], "the company"),
    ("en", "Pellworth Chief Executive Martin Dunsby said the company had cut its land buying budget by 30% to 450 million pounds.", True, [("percent", 30, "%", None), ("money", 450000000, "GBP", None)], "Martin Dunsby"),
    ("en", "Dunsby called the spring selling season \"challenging but not broken\".", False, [], None),
    ("en", "Miner Carrowmere Resources rose 4.3% after copper prices hit a three-week high of $9,840 a tonne on the London Metal Exchange.", True, [("percent", 4.3, "%", None), ("duration", 3, "week", None), ("money", 9840, "USD", None)], None),
    ("en", "Carrowmere said it had raised its 2026 copper output guidance to 410,000-440,000 tonnes.", True, [("year", 2026, None, None), ("count", 410000, None, None), ("count", 440000, None, None)], "Carrowmere"),
    ("en", "Carrowmere Chief Financial Officer Aisling Treacy told reporters the company would return $1.2 billion to shareholders through buybacks over 18 months.", True, [("money", 1200000000, "USD", None), ("duration", 18, "month", None)], "Aisling Treacy"),
    ("en", "\"There's a lot of nervousness about how many more rate cuts the Bank can deliver,\" said one London broker.", False, [], None),
    ("en", "LONDON (PA) - The pound rose 0.4% against the US dollar to 1.2934, its highest level since November.", True, [("percent", 0.4, "%", None), ("money", 1.2934, "USD", None)], None),
    ("en", "Against the euro, sterling was flat at 1.1842 euros.", True, [("money", 1.1842, "EUR", None)], None),
    ("en", "Some £4.1 billion worth of shares changed hands on the London Stock Exchange, roughly in line with the 30-day average.", True, [("money", 4100000000, "GBP", "about"), ("duration", 30, "day", None)], None),
    ("en", "Harwick Foods was the biggest faller on the FTSE 100, down 5.8% at 1,046p, after Ashgrove Securities cut the stock to \"sell\" with a target of 880p.", True, [("percent", 5.8, "%", None), ("money", 10.46, "GBP", None), ("money", 8.8, "GBP", None)], None),
    ("en", "Analysts at Ashgrove said Harwick's margins looked stretched.", False, [], None),
    ("en", "London traders described the session as the calmest in weeks.", False, [], None),
    # --- Bank of England and gilts ---
    ("en", "Money markets are pricing in about 45 basis points of further Bank of England rate cuts by the end of the year, according to LSEG data.", True, [("percent", 45, "bp", "about")], None),
    ("en", "The Bank held Bank Rate at 4% in February by a 6-3 vote, with three policymakers backing a quarter-point cut.", True, [("percent", 4, "%", None), ("count", 6, None, None), ("count", 3, None, None), ("count", 3, None, None), ("percent", 0.25, "pp", None)], None),
    ("en", "Deputy Governor Priya Ramanathan said in a speech on Wednesday that inflation was likely to peak at around 3.7% in the summer before falling back to the 2% target in 2027.", True, [("percent", 3.7, "%", "about"), ("percent", 2, "%", None), ("year", 2027, None, None)], "Priya Ramanathan"),
    ("en", "Ramanathan said wage growth had slowed to 5.1% from 5.9% six months earlier.", True, [("percent", 5.1, "%", None), ("percent", 5.9, "%", None), ("duration", 6, "month", None)], "Ramanathan"),
    ("en", "\"We must not let the job half-done become the job undone,\" Ramanathan said.", False, [], None),
    ("en", "UK annual consumer price inflation picked up to 3.4% in January from 3.0% a month before, according to the statistics office.", True, [("percent", 3.4, "%", None), ("percent", 3.0, "%", None)], None),
    ("en", "Most economists in a Reuters poll see two more cuts from the Bank this year, taking Bank Rate to 3.5% by December.", True, [("count", 2, None, None), ("percent", 3.5, "%", None)], None),
    ("en", "Whether the Bank can cut again in May remains an open question among City economists.", False, [], None),
    ("en", "UK gross domestic product contracted 0.1% in January, Thursday's official data showed, against forecasts of 0.2% growth.", True, [("percent", 0.1, "%", None), ("percent", 0.2, "%", None)], None),
    ("en", "The yield on 10-year gilts fell 6 basis points to 4.52%, while the two-year yield dropped 8 bps to 3.94%.", True, [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 4.52, "%", None), ("duration", 2, "year", None), ("percent", 8, "bp", None), ("percent", 3.94, "%", None)], None),
    ("en", "The gap between 30-year and two-year gilt yields widened to 126 basis points, the steepest since 2017.", True, [("duration", 30, "year", None), ("duration", 2, "year", None), ("percent", 126, "bp", None), ("year", 2017, None, None)], None),
    ("en", "The Debt Management Office sold 4.25 billion pounds of a 2035 gilt at an average yield of 4.561%, with bids worth 3.12 times the amount on offer.", True, [("money", 4250000000, "GBP", None), ("year", 2035, None, None), ("percent", 4.561, "%", None), ("count", 3.12, None, None)], None),
    ("en", "Gilt investors remain wary of the government's borrowing plans.", False, [], None),
    # --- Oil (Reuters) ---
    ("en", "NEW YORK, March 12 (Reuters) - Crude futures climbed more than 2% on Thursday after U.S. crude inventories fell unexpectedly and OPEC+ signalled it would keep output increases modest.", True, [("date", "--03-12", None, None), ("percent", 2, "%", "over")], None),
    ("en", "Brent crude futures settled up $1.52, or 2.1%, at $74.76 a barrel, and WTI added $1.34, or 1.9%, to $71.08.", True, [("money", 1.52, "USD", None), ("percent", 2.1, "%", None), ("money", 74.76, "USD", None), ("money", 1.34, "USD", None), ("percent", 1.9, "%", None), ("money", 71.08, "USD", None)], None),
    ("en", "Crude inventories fell by 3.6 million barrels to 427.2 million barrels in the week ended March 6, the Energy Information Administration said.", True, [("count", 3600000, None, None), ("count", 427200000, None, None), ("date", "--03-06", None, None)], None),
    ("en", "Analysts polled by Reuters had expected a build of 1.1 million barrels.", True, [("count", 1100000, None, None)], None),
    ("en", "Ferncastle Capital analyst Devorah Finch said inventories at Cushing, Oklahoma, had dropped to 21.4 million barrels, close to operational minimums.", True, [("count", 21400000, None, None)], "Devorah Finch"),
    ("en", "Brent has still lost about 8% since the start of the year, weighed down by forecasts of a supply glut.", True, [("percent", 8, "%", "about")], None),
    ("en", "In its monthly outlook, the IEA warned that world supply could outstrip consumption by as much as 1.4 million barrels a day during the second half.", True, [("count", 1400000, None, "up_to"), ("ordinal", 2, None, None)], None),
    ("en", "\"The market is trading headlines, not fundamentals,\" said a commodities analyst at a Singapore brokerage.", False, [], None),
    ("en", "Analysts at Ferncastle Capital cut their Brent forecast for the fourth quarter to $68 a barrel from $72.", True, [("ordinal", 4, None, None), ("money", 68, "USD", None), ("money", 72, "USD", None)], None),
    ("en", "U.S. natural gas futures fell 3.2% to $4.11 per million British thermal units.", True, [("percent", 3.2, "%", None), ("money", 4.11, "USD", None)], None),
    # --- Gold ---
    ("en", "Spot gold rose 0.7% to $2,945.30 an ounce in afternoon trade, about $40 below the record high of $2,986.50 hit last month.", True, [("percent", 0.7, "%", None), ("money", 2945.3, "USD", None), ("money", 40, "USD", "about"), ("money", 2986.5, "USD", None)], None),
    ("en", "Central banks bought 1,045 tonnes of gold last year, the third straight year of purchases topping 1,000 tonnes, the World Gold Council said.", True, [("count", 1045, None, None), ("ordinal", 3, None, None), ("count", 1000, None, None)], None),
    ("en", "World Gold Council analyst Tobias Wrenfield said central bank purchases in January totalled 18 tonnes.", True, [("count", 18, None, None)], "Tobias Wrenfield"),
    ("en", "\"Gold earns its keep whenever trust in paper money wobbles,\" said a London bullion dealer.", False, [], None),
    ("en", "Silver climbed 1.3% to $33.05 an ounce, platinum added 0.6% to $986.40 and palladium was little changed at $944.", True, [("percent", 1.3, "%", None), ("money", 33.05, "USD", None), ("percent", 0.6, "%", None), ("money", 986.4, "USD", None), ("money", 944, "USD", None)], None),
    # --- Currencies ---
    ("en", "The greenback's index against a basket of six rivals fell 0.4% to 103.12, its lowest since Oct. 15.", True, [("count", 6, None, None), ("percent", 0.4, "%", None), ("count", 103.12, None, None), ("date", "--10-15", None, None)], None),
    ("en", "The euro rose 0.4% to $1.0921, while the dollar slipped 0.3% to 0.8675 Swiss francs.", True, [("percent", 0.4, "%", None), ("money", 1.0921, "USD", None), ("percent", 0.3, "%", None), ("money", 0.8675, "CHF", None)], None),
    ("en", "Bitcoin gained 1.8% to $81,420, still nearly 26% below its January record of $109,150.", True, [("percent", 1.8, "%", None), ("money", 81420, "USD", None), ("percent", 26, "%", "nearly"), ("money", 109150, "USD", None)], None),
    ("en", "The Mexican peso weakened 0.9% to 20.41 per dollar after U.S. officials said tariffs on some Mexican goods would take effect on April 2.", True, [("percent", 0.9, "%", None), ("money", 20.41, "MXN", None), ("date", "--04-02", None, None)], None),
    ("en", "Currency strategists are divided over how far the dollar's slide can run.", False, [], None),
    # --- New York IPO (Reuters) ---
    ("en", "NEW YORK, March 12 (Reuters) - Cloud security firm Lintbridge Software set the price of its stock market debut at $34 apiece on Wednesday, topping the $29 to $32 range it had marketed to investors.", True, [("date", "--03-12", None, None), ("money", 34, "USD", None), ("money", 29, "USD", None), ("money", 32, "USD", None)], None),
    ("en", "Lintbridge sold 18.5 million shares, raising $629 million and valuing it at about $7.8 billion, people familiar with the matter said.", True, [("count", 18500000, None, None), ("money", 629000000, "USD", None), ("money", 7800000000, "USD", "about")], None),
    ("en", "Lintbridge's shares opened at $45.10 on the New York Stock Exchange on Thursday, up 33% from the IPO price.", True, [("money", 45.1, "USD", None), ("percent", 33, "%", None)], None),
    ("en", "The offering was more than 20 times oversubscribed, according to a source.", True, [("count", 20, None, "over")], None),
    ("en", "Chief Executive Officer Naomi Castellane told Reuters the company would use the proceeds to double its engineering headcount to about 1,600 over the next two years.", True, [("count", 1600, None, "about"), ("duration", 2, "year", None)], "Naomi Castellane"),
    ("en", "\"Today is a proof point that great software companies can still go public,\" Castellane said.", False, [], None),
    ("en", "Lintbridge reported revenue of $412 million for its fiscal year ended Jan. 31, up 38% from a year earlier, and a net loss of $56 million.", True, [("money", 412000000, "USD", None), ("date", "--01-31", None, None), ("percent", 38, "%", None), ("money", 56000000, "USD", None)], None),
    ("en", "Lintbridge Chief Financial Officer Raúl Ortega-Whitby said the company expects revenue of $540 million to $555 million in the current fiscal year.", True, [("money", 540000000, "USD", None), ("money", 555000000, "USD", None)], "Raúl Ortega-Whitby"),
    ("en", "It is the largest U.S. software listing since 2021, according to Dealogic data.", True, [("year", 2021, None, None)], None),
    ("en", "U.S. IPOs have raised about $9.6 billion so far this year, up nearly 40% from the same period last year, Dealogic data showed.", True, [("money", 9600000000, "USD", "about"), ("percent", 40, "%", "nearly")], None),
    ("en", "Some IPO advisers questioned whether the strong debut would outlast the initial excitement.", False, [], None),
    ("en", "Existing shareholders agreed to a 180-day lock-up period.", True, [("duration", 180, "day", None)], None),
    # --- Wall Street (AP) ---
    ("en", "NEW YORK (AP) — Wall Street rallied Thursday after a cooler-than-expected inflation report raised hopes the Federal Reserve could cut rates again as soon as June.", True, [], None),
    ("en", "The S&P 500 rose 1.1% to 5,742.66, the Dow Jones Industrial Average added 427 points, or 1%, to 42,318.55, and the Nasdaq composite climbed 1.6% to 18,205.31.", True, [("percent", 1.1, "%", None), ("count", 5742.66, None, None), ("count", 427, None, None), ("percent", 1, "%", None), ("count", 42318.55, None, None), ("percent", 1.6, "%", None), ("count", 18205.31, None, None)], None),
    ("en", "Consumer prices rose 2.8% in February from a year earlier, down from 3% in January, the Labor Department said.", True, [("percent", 2.8, "%", None), ("percent", 3, "%", None)], None),
    ("en", "Economists had forecast 2.9%.", True, [("percent", 2.9, "%", None)], None),
    ("en", "Technology stocks led the gains, with chipmaker Aldervane Micro jumping $9.42, or 7.3%, to $138.55.", True, [("money", 9.42, "USD", None), ("percent", 7.3, "%", None), ("money", 138.55, "USD", None)], None),
    ("en", "Aldervane said on Wednesday that revenue in its fiscal first quarter jumped 61% to $8.2 billion.", True, [("ordinal", 1, None, None), ("percent", 61, "%", None), ("money", 8200000000, "USD", None)], "Aldervane"),
    ("en", "It was not immediately clear whether the company's rivals would follow with price cuts.", False, [], None),
    ("en", "Roughly three out of every four S&P 500 members ended higher.", True, [("fraction", 0.75, None, "about")], None),
    ("en", "\"The market has been starving for some good news on inflation,\" said Gloria Abernathy, chief investment strategist at Quarry Hill Advisors.", False, [], None),
    ("en", "Abernathy said her firm expects the S&P 500 to end the year at 6,400.", True, [("count", 6400, None, None)], "Abernathy"),
    ("en", "The yield on the 10-year Treasury fell to 4.21% from 4.29% late Wednesday.", True, [("duration", 10, "year", None), ("percent", 4.21, "%", None), ("percent", 4.29, "%", None)], None),
    ("en", "The two-year yield, which more closely tracks expectations for Fed action, dropped to 3.93% from 4.02%.", True, [("duration", 2, "year", None), ("percent", 3.93, "%", None), ("percent", 4.02, "%", None)], None),
    ("en", "Traders now see a 62% probability of a Fed move lower of a quarter of a percentage point in June, up from 41% a day earlier, according to CME Group's FedWatch tool.", True, [("percent", 62, "%", None), ("percent", 0.25, "pp", None), ("percent", 41, "%", None)], None),
    ("en", "The Fed's policy rate has sat in a 3.50% to 3.75% range since December.", True, [("percent", 3.5, "%", None), ("percent", 3.75, "%", None)], None),
    ("en", "Fed Governor Lowell Prendergast said on Wednesday he would support two more quarter-point cuts this year if inflation kept easing.", True, [("count", 2, None, None), ("percent", 0.25, "pp", None)], "Lowell Prendergast"),
    ("en", "\"I'm not in a hurry, but I'm not asleep either,\" Prendergast said.", False, [], None),
    ("en", "Bond bulls argue the Fed has already waited too long.", False, [], None),
    ("en", "Shares of department store chain Merriot & Vale fell 12.6% after it said it would close 48 of its 290 stores and cut about 2,100 jobs.", True, [("percent", 12.6, "%", None), ("count", 48, None, None), ("count", 290, None, None), ("count", 2100, None, "about")], None),
    ("en", "Some 16.2 billion shares traded on U.S. exchanges, compared with an average of 15.4 billion over the last 20 trading days.", True, [("count", 16200000000, None, None), ("count", 15400000000, None, None), ("duration", 20, "day", None)], None),
    ("en", "Advancing issues outnumbered decliners by a 3.1-to-1 ratio on the NYSE.", True, [("count", 3.1, None, None), ("count", 1, None, None)], None),
    ("en", "Within the S&P 500, 38 stocks set new 52-week highs and 9 hit new lows.", True, [("count", 38, None, None), ("duration", 52, "week", None), ("count", 9, None, None)], None),
    ("en", "The S&P 500 is still 6.8% below the all-time high it set on Feb. 19.", True, [("percent", 6.8, "%", None), ("date", "--02-19", None, None)], None),
    ("en", "Wall Street's mood has swung from fear to relief in the space of a week.", False, [], None),
    ("en", "Investors will look to next week's Fed meeting for clues about how quickly further cuts might come.", False, [], None),
    ("en", "Some strategists warn that the rebound is resting on a single month's data.", False, [], None),
    # --- Europe in English (Reuters) ---
    ("en", "FRANKFURT, March 12 (Reuters) - Germany's DAX index closed up 0.35% at 22,654.10, recovering from a loss of more than 1% earlier in the session.", True, [("date", "--03-12", None, None), ("percent", 0.35, "%", None), ("count", 22654.1, None, None), ("percent", 1, "%", "over")], None),
    ("en", "The pan-European STOXX 600 gained 0.3% to 548.72 points, with banks up 1.2% and autos down 1.5%.", True, [("percent", 0.3, "%", None), ("count", 548.72, None, None), ("percent", 1.2, "%", None), ("percent", 1.5, "%", None)], None),
    ("en", "Shares in German carmaker Vorderhof lost 6.9%, their biggest one-day fall since March 2020, after it cut its margin target.", True, [("percent", 6.9, "%", None), ("duration", 1, "day", None), ("year", 2020, None, None)], None),
    ("en", "Euro zone bond yields fell, with Germany's 10-year Bund yield down 4 bps at 2.71%.", True, [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 2.71, "%", None)], None),
    ("en", "Markets price in roughly 60 basis points of further ECB easing by December.", True, [("percent", 60, "bp", "about")], None),
    ("en", "ECB policymaker Jorma Hakkarainen told reporters in Helsinki that the deposit rate could fall to 1.75% this year if the euro kept strengthening.", True, [("percent", 1.75, "%", None)], "Jorma Hakkarainen"),
    ("en", "\"We are in a good place, but good places can be left quickly,\" Hakkarainen added.", False, [], None),
    ("en", "VIENNA, March 12 (Reuters) - Austrian cable car and hotel operator Almtaler Bergbahnen set a price range of 24 to 28 euros per share for its Vienna IPO, which could value it at up to 640 million euros.", True, [("date", "--03-12", None, None), ("money", 24, "EUR", None), ("money", 28, "EUR", None), ("money", 640000000, "EUR", "up_to")], None),
    ("en", "ZURICH, March 12 (Reuters) - Swiss industrial group Glarnia proposed raising its dividend to 2.40 Swiss francs from 2.10 francs after its net profit rose 23% to 142 million francs.", True, [("date", "--03-12", None, None), ("money", 2.4, "CHF", None), ("money", 2.1, "CHF", None), ("percent", 23, "%", None), ("money", 142000000, "CHF", None)], None),
    ("en", "Glarnia shares hit a record 84.15 francs.", True, [("money", 84.15, "CHF", None)], None),
    ("en", "Glarnia's chief executive described the order book as \"rock solid\".", False, [], None),
    ("en", "The Swiss National Bank, whose policy rate has stood at 0% since June, meets on March 19.", True, [("percent", 0, "%", None), ("date", "--03-19", None, None)], None),
    ("en", "Economists polled by Reuters expect Swiss inflation of 0.4% this year, well below the SNB's 0-2% target band.", True, [("percent", 0.4, "%", None), ("percent", 0, "%", None), ("percent", 2, "%", None)], None),
    # --- Wrap-up ---
    ("en", "Trading was expected to stay choppy into the weekend.", False, [], None),
    ("en", "Past returns are no guarantee of future results, and the value of investments can fall as well as rise.", False, [], None),
    ("en", "This story was corrected in the fourth paragraph to show the Topix fell 0.9%, not 0.8%.", True, [("ordinal", 4, None, None), ("percent", 0.9, "%", None), ("percent", 0.8, "%", None)], None),
    ("en", "Reporting by Kaoru Nishizawa in Tokyo; Editing by Graham Lathbury", False, [], None),
]
