"""Four-hundred-and-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
executive or office-holder is named: the heads and finance chiefs of the real companies in
this batch appear only by office ("der Konzernchef", "Der Vorstandschef", "The group's chief
executive", "A senior executive", "The company's finance chief", "the chief executive").

Names: the firms Pellham Brands, Rhenalux, Calder Northern Bank, Ennstaler Kranbau, Corbett
Aerospace, Mainufer Bank, Beaumont Petroleum, Sihltal (with its drug Olvarex), Wirrabara
Resources (with its Koorabin mine), Brackwede, Hallbrook Therapeutics (with its injection
Zelvora), Granvik, Rheinauer, Hellmig, Marlcombe, Glarner Zement, Kronauer, Larkspur Media,
Ybbstaler Papier, Kattegat Line and Oakhurst Wealth are invented, and so are Audra
Kesselring, Henrike Altschwager, Jochen Marsfeld, Imogen Tarrant-Reade, Gernot Haidlmayr,
Ulrike Prandstätter, Dwight Halvorsen, Moritz Engelkind, Claudia Rettenbach, Margaret
Oyelaran, Séverine Jacot-Descombes, Matthias Zürcher-Egli, Kylie Brannigan, Rüdiger
Osterkamp, Lorraine Voskuijlen, Annika Strömberg-Lidh, Benedikt Hollweg-Sarrazin, Karoline
Thiemann-Roth, Florian Wenzelmann, Harriet Pennycuick, Vreni Landolt-Schuler, Tilman
Oberhäuser, Dominic Farraday-Lowe, Renata Villalobos-Crane, Leopold Frühwirth-Gansch, Mikkel
Borup-Hansen, Priyanka Venkataraman and every unnamed analyst, trader, strategist, investor,
fund manager, works council and board. Six real companies report here with invented
figures, as the topic asks (Nestlé, voestalpine - written in APA's lower case -, Infineon,
Siemens, Ryanair, Toyota Motor): every result, margin, range, dividend, buyback, passenger
count, share price and quote given for them is made up for a fiscal year 2027 that has not
been reported, and no job cut, loss or profit warning is put on them - those belong to the
invented firms. Real exchanges, indices, data providers, banks, unions, makers and places
(SIX, Tradegate, Xetra, Dax, Wiener Börse, ASX, S&P 500, STOXX 600, Wall Street, LSEG,
FactSet, Bloomberg, Vontobel, Raiffeisen Centrobank, IG Metall, Unia, PRO-GE, IF Metall,
Boeing, Brent, dpa-AFX, Schweizerhalle, Ybbs, Hallein, Neubiberg, Kansas, Georgia, North
Carolina, Ireland, Tschechien, and the datelines' cities) stand for the way wire copy names
them; where a real figure came to mind (a real company's quarter, a real dividend, a real
index level) it was changed.

Its weight: CORPORATE EARNINGS AND GUIDANCE, fifth round (the seventy-third batch weighed
company earnings and corporate news, the hundred-eighty-sixth banks' and insurers'
quarterly results, the two-hundred-and-eighty-eighth tech companies and quarterly results
and the three-hundred-and-twenty-ninth company earnings and outlooks; the
two-hundred-and-eleventh, two-hundred-and-twenty-fourth, two-hundred-and-fortieth and
three-hundred-and-sixty-fourth weighed results of tech firms, industry, U.S. business and
carmakers in a reporting season, and the thirty-sixth and hundred-fiftieth company releases
and a business day; their decisions are kept) - one third-quarter, half-year and fiscal-year
reporting season, Tuesday, October 26, to Friday, November 12, of one year (2027), as 29
short stories in story order with the German and the English ones interleaved by day, each
told as wire copy runs it (a dateline lead, the figures against the prior year and the
consensus, the guidance, attributed claims, quotes of chief executives and finance chiefs,
the share price, the reaction). Half German (awp with „Mrd Fr.“, „Mio Fr.“, „88,16 Fr.“,
«» quotes, Swiss „hiess“, „liess“ and „an einer Telefonkonferenz“; dpa-AFX with its
prior-year figures in brackets „(Vorjahr: ...)“ and „(Vj. ...)“, a consensus, the range
„zwischen 4 und 6 Prozent“, and an end-of-season Analyse; Reuters German; dpa; APA with
Austrian „Jänner“, „heuer“, „Unterm Strich“, „Personalstand“, „Kurzarbeit“; German „“
quotes): Nestlé's nine months, a chemicals group's cut guidance and job cuts, an Austrian
crane maker's three quarters, a bank's third quarter with dividend and buyback, a Basel
drugmaker's raised guidance, voestalpine's half of the fiscal year 2027/28, a machine
builder's order slump and job cuts, Infineon's fiscal year, an insurer's nine months, a
drugstore chain's fiscal year 2026/27, a Swiss cement maker's nine months, a software
group's raised targets, an Austrian paper maker's loss and short-time work, Siemens's fiscal
year and the season's tally of the Dax. Half English (Reuters with dated datelines, AP,
Bloomberg's "(Bloomberg) --" lead, PA and AAP with "per cent"): a U.S. household products
maker's beat "in the three months to Sept. 30", a British bank's quarter in pounds and basis
points, a U.S. plane maker's loss and job cuts, an oil major's slowed buybacks, Ryanair's
half year, an Australian iron ore miner's quarter "in the three months to September", a
U.S. drugmaker's raised forecast with "EPS", a Swedish industrial group's job cuts in
crowns, Toyota's first half in yen, a British retailer's 26 weeks in pence, a U.S. media
group's "Q3" loss, a Danish container shipper's narrowed range, Siemens's buyback and the
season's tally of the S&P 500. Figures as such copy has them: revenue, EBIT, EBITDA, net
profit and losses, order intake, per-share figures, dividends and buybacks in euros,
dollars, pounds and pence, francs, crowns, yen and Australian dollars (in digits, with
"bn", "m", „Mrd“, „Mio“, and in words: „zwölf Milliarden Euro“, „eine Milliarde Euro“);
margins, ratios and guidance ranges in percent, basis points and percentage points; job
cuts, staff, stores, passengers, tonnes and subscribers as counts; shares of a staff and of
sums as fractions („jede zehnte Stelle“, „etwa jede zwölfte Stelle“, „knapp ein Viertel“,
„gut zwei Dritteln“, "by almost a quarter", "nearly two-fifths"); quarters, halves and
fiscal periods as ordinals („im dritten Quartal“, "Q3", "third-quarter", "first-half",
„Im vierten Geschäftsquartal“, „in den ersten drei Quartalen“); spans as durations ("in the
three months to September", "in the 26 weeks to September 25", „in den zwölf Monaten bis
Ende September“, „eines dreijährigen Sparprogramms“, „gut einstündigen“); fiscal years,
years and dates; hedges throughout. Negatives as such copy has them - 57 rows, none with a
figure: executives' quoted confidence, boasts, slogans and rhetoric, labels of unions and a
works council, analysts', traders', investors' and strategists' views and worries, a
verdict with „halten ... für“, doubts, open questions, evasions and a no-comment line, and
the headings of an Analyse and a FACTBOX, each near a check-worthy look-alike from the same
story (often the same speaker's figure).

240 rows (120 German, 120 English), 57 negatives (28 German, 29 English), 183 check-worthy
rows of which 8 carry no figure (4 German, 4 English), 428 expected quantities (174 amounts
of money - 84 EUR, 54 USD, 12 GBP, 9 CHF, 6 JPY, 6 SEK, 2 AUD, 1 DKK -, 109 percentages -
107 in "%", 1 in basis points "bp", 1 in percentage points "pp" -, 38 counts, 36 ordinals,
28 years, 20 durations - 13 in months, 5 in years, 1 in hours, 1 in weeks -, 13 dates, 10
fractions; none of them in a negative), 39 checked speakers (18 German, 21 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, boast, slogan, label, view, worry or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth); a quoted or reported
  figure, forecast with a figure, step, plan, cause or position is check-worthy with its
  speaker, also in Konjunktiv I (seventy-third, hundred-eighty-sixth). Pairs from one
  speaker: Kesselring's 4% beside "never been in better shape", Tarrant-Reade's £750 million
  beside "far better health than the headlines suggest", Halvorsen's six months beside "cut
  corners", Oyelaran's $1 billion a quarter beside "Discipline is not a slogan", Brannigan's
  A$1.4 billion beside "the backbone of this company", Voskuijlen's 2028 beside "Patients
  are telling us", Strömberg-Lidh's 900 million crowns beside "come out of them stronger",
  Pennycuick's 11.4 per cent beside "fallen back in love with the brand", Borup-Hansen's
  30% to 50% beside "too many ships", Wenzelmann's 400 million euros beside „aber sie kaufen
  bei uns“, Landolt-Schuler's 3.20 francs beside «Bodenbildung» and her evasion, and
  Oberhäuser's billion beside „kein Hype, sondern Umsatz“; from one board: Altschwager's
  savings beside Marsfeld's „strukturellen Krise“, Haidlmayr's staff beside Prandstätter's
  „Das Schlimmste am Bau“, Engelkind's dividend beside Rettenbach's „wieder da“,
  Jacot-Descombes's 11 to 13 percent beside Zürcher-Egli's «nie stärker»,
  Hollweg-Sarrazin's buyback beside Thiemann-Roth's „für jedes Wetter gerüstet“,
  Villalobos-Crane's fourth quarter beside Farraday-Lowe's "glue", and the real firms'
  reported figures beside their chief executives' quotes by office.
- New: the six real companies are labelled as the invented ones: their names before
  „teilte ... mit“ and "said" are the speakers as written („teilte Infineon am Donnerstag
  mit“ -> "Infineon", „teilte Siemens am Donnerstag mit“ -> "Siemens", "Ryanair said",
  "Toyota said", "Siemens said"; three-hundred-and-twenty-ninth: „teilte Sprintara am
  Dienstag mit“, "Haldrup said"), while their executives appear only by office and stay
  unchecked as roles (three-hundred-and-eighty-eighth: holders of real offices only by
  office).
- Results and guidance (seventy-third, hundred-eighty-sixth, two-hundred-and-eighty-eighth,
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth): revenue, EBITDA, EBIT,
  net profit, losses, orders, per-share figures, dividends, buybacks, margins and ratios are
  check-worthy with or without a figure; so are a lead without a figure (Siemens's record
  year, as the hundred-thirtieth's „so viel verdient wie nie zuvor“ with its year and the
  eighteenth's without), an announced step or decision (Ybbstaler's suspended dividend,
  Brackwede's move to the Czech Republic, Toyota's unchanged dividend forecast), a stated cause („Höhere
  Verkaufspreise hätten ... ausgeglichen, hiess es“; three-hundred-and-twenty-ninth:
  Hellwege's cause) and where the cuts fall (Corbett). Consensus figures are check-worthy
  with their sources unchecked („Analysten hatten im Schnitt lediglich mit ... 3,1 Prozent
  gerechnet“ - „im Schnitt“ and „lediglich“ no hedge -, „Analysten hatten im Schnitt nur mit
  596 Millionen gerechnet“, „die durchschnittliche Analystenschätzung von 4,29 Milliarden
  Euro“, "ahead of the $1.79 analysts had forecast on average, according to LSEG data",
  "Analysts surveyed by Bloomberg had on average predicted $2.48 billion.", "the 4.82
  trillion yen average estimate of 23 analysts polled by LSEG" count 23, "in a
  company-compiled consensus", "in a company-compiled poll"), and a consensus told without
  a figure stays check-worthy ("Analysts had expected a milder drop in orders.", "The loss
  was wider than analysts had expected."; three-hundred-and-twenty-ninth,
  three-hundred-and-sixty-fourth). Guidance told as a vague magnitude carries no quantity
  („im hohen einstelligen Prozentbereich statt wie bisher im mittleren einstelligen
  Bereich“ - only „2027“; three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth).
  Ranges keep both ends with the unit written once and no hedge („zwischen 3 und 4
  Prozent“, „zwischen 1,65 und 1,75 Milliarden Euro, bislang waren es 1,9 bis 2,1 Milliarden
  Euro“, „zwischen 175 und 185 Mio. Euro“, „um 11 bis 13 Prozent“, „von 4 bis 6 Prozent ...
  von 3 bis 4 Prozent“, „zwischen 4 und 6 Prozent“ twice, „von 4,5 bis 4,6 Milliarden Euro
  ..., zuvor waren es 4,3 bis 4,5 Milliarden Euro“ - the repeated 4.5 labelled twice,
  seventy-third -, „von 13,20 bis 13,80 Euro“, "$7.10 to $7.30 per share, having previously
  forecast $6.95 to $7.20", "$38.5 billion to $39.5 billion, up from $36 billion to $37.5
  billion", "$4.2 billion to $4.8 billion, against ... $4 billion to $5.5 billion", "13% to
  14%", "30% to 50%", "6% to 9%", "between £1.02bn and £1.06bn", "185 million to 192 million
  tonnes" counts). dpa-AFX's prior-year figures in brackets give two amounts in order, the
  scale word and unit after the bracket serving both („auf 412 (Vorjahr: 538) Millionen
  Euro“, „auf 742 (Vorjahr: 598) Millionen Euro“, „auf 18,3 (Vj. 52,7) Millionen Euro“, „auf
  12,84 (11,52) Euro“; three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth).
  „minus 14,6 Mio. Euro nach plus 21,3 Mio. Euro“ is -14,600,000 and 21,300,000 EUR
  („minus“ a sign, „plus“ none; seventy-third, three-hundred-and-sixty-fourth). New:
  „zwischen minus 10 und plus 5 Mio. Euro“ is -10,000,000 and 5,000,000 EUR - each end keeps
  its own sign word and the scale and currency written once serve both ends, as „zwischen
  minus 0,1 und plus 0,1 Prozent“ (thirty-third) and a range with its unit written once
  (three-hundred-and-twenty-ninth).
- Money in the currency written (every batch): awp's „67,35 Mrd Fr.“, „11,84 Mrd Fr.“, „2,91
  Mrd Fr.“, „3,86 Mrd Fr.“, „612 Mio Fr. von 574 Mio im Vorjahr“ (the currency written once
  serving the later figure), „mindestens 800 Mio Fr.“, „88,16 Fr.“ and „mindestens 3,20 Fr.
  je Aktie“ CHF (three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth); cents of
  a euro are hundredths in EUR, also in English copy beside a euro amount („25 Cent mehr“,
  „um 5 Cent auf 0,45 Euro“ - two-hundred-and-eighty-eighth -, "0.24 euros per share, up 6
  cents on last year" - hundred-seventy-eighth: "69.70 euros, 80 cents more" -, "by 40 cents
  to 5.60 euros per share" - hundred-ninety-ninth: "by 65 cents to €14.15"); U.S. cents
  hundredths of the dollar ("62 cents per share" 0.62, "39 cents", "8.4 cents a share"
  0.084; two-hundred-and-eighty-eighth); pence hundredths of the pound ("4.1p a share from
  3.6p", "472.6p" 4.726; hundred-eighty-sixth) and PA's "£418m", "£980m", "£250m", "£1.02bn"
  (sixteenth: "€11.4bn"); yen ("2.41 trillion yen ($16.5 billion)" with the bracketed
  conversion unhedged, three-hundred-and-sixty-fourth) and "the yen averaging 142 per
  dollar" JPY 142 - the currency quoted against the dollar, as "1.3865 per U.S. dollar" CAD
  (three-hundred-and-fifty-sixth) and "145 yen per dollar" (three-hundred-and-twenty-
  ninth); crowns as SEK in the Stockholm story with "3.87 billion" taking the currency
  written once and as DKK for "11,240 Danish crowns"; "US$17.40 a wet metric tonne",
  "US$18.95" and "US$91.20 a dry tonne" USD and "A$1.4 billion", "A$24.72" AUD in the
  Australian story (three-hundred-and-twenty-ninth); "up to 8 billion euros ($9.3 billion)"
  the hedge on the euros only; "a 1 billion euro share buyback" (hundred-eighty-sixth: "a
  4.6 billion pound takeover"); „für bis zu eine Milliarde Euro“ 1,000,000,000 EUR "up_to"
  and „mehr als zwölf Milliarden Euro“ 12,000,000,000 "over" in words
  (two-hundred-and-forty-ninth: „eine halbe Milliarde Euro“). "above $65 a barrel" 65
  "over" (three-hundred-and-fifty-sixth: "above $4,800"), "about $1 billion a quarter" USD
  "about" and no fraction ("a quarter" after an amount a rate, three-hundred-and-sixty-
  fourth). New: "Adjusted EPS rose to $2.92 from $1.74 a year earlier." is two amounts in
  USD - the abbreviation "EPS" carries nothing, as "Adjusted earnings were $1.87 per share"
  and „Je Aktie verdiente Kronauer 1,43 Euro“ give only their amounts. "per share", "a
  share", „je Aktie“, „pro Aktie“, "a barrel", "per container", "a wet metric tonne", "a
  dry tonne", "a year" and „jährlich“ carry none.
- Margins, rates and moves are percentages as written, "per cent" as "%" (every batch): „die
  Ebitda-Marge schrumpfte von 15,1 auf 13,2 Prozent“ (the unit written once serving the
  earlier figure), "core capital ratio ... 14.2%", „Kosten-Ertrags-Quote ... 56,4
  Prozent“, „Schaden-Kosten-Quote lag bei 93,1 Prozent nach 94,6 Prozent“, „Solvenzquote
  ... 221 Prozent“, "gearing climbed to 21.3% from 19.8%", "about 88 per cent of the
  benchmark", "a long-term average of 67%"; "widened by 6 basis points" "bp" and „um 2,4
  Prozentpunkte auf 19,8 Prozent“ "pp" (three-hundred-and-twenty-ninth); share moves as
  written („gut 7 Prozent“ "over", „um 4,6 Prozent an die Dax-Spitze“, "fell 9.4% ... their
  steepest drop since March 2025" the year only). New: „eine Segmentergebnis-Marge im
  Bereich von knapp 20 Prozent“ is 20 "nearly" - „im Bereich von“ names the figure's
  neighbourhood without bounding it and adds no hedge of its own, as „im Mittel“ and "in
  line with" add none (three-hundred-and-twenty-ninth), while „knapp“ keeps its "nearly".
- Jobs, staff, stores and volumes are counts with their hedges (two-hundred-and-twenty-
  fourth, three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth): „rund 1.400
  Stellen“, "about 2,300 jobs", „um knapp 150 auf rund 12.300 Beschäftigte“, „rund 50.400
  Vollzeitkräften, um etwa 700 weniger“, „rund 320 Stellen“ with „zwei ältere
  Produktionslinien“ 2, „rund 950 der weltweit 9.600 Arbeitsplätze ..., davon etwa 600“
  („davon“ no hedge), "about 1,100 jobs", „2.214 Märkte, 61 mehr“, „etwa 2.500 neue
  Stellen“, "about 900 jobs, or roughly 6% of its staff", „rund 600 Beschäftigte“, "two new
  plants" 2, "181 of the 210 new Boeing jets", "122.6 million", "about 215 million
  passengers", "4.1 million streaming subscribers", "118.6 million subscribers", "47.2
  million tonnes", „21,4 Mio Tonnen“, "462 companies", „Von den 40 Dax-Konzernen haben 31
  ..., 22 davon“ (three-hundred-and-twenty-ninth: „14 der 40 Dax-Konzerne“) and „Neun
  Konzerne ..., vier ...“ (three-hundredth: a number word opening the row reads as digits
  would). Index and exchange names carry none ("S&P 500", "STOXX 600", "Dax", "SIX", "ASX";
  three-hundred-and-twenty-ninth), and so do model and product names ("Olvarex",
  "Zelvora"). New: "down from $1.75 billion in each of the previous three" gives count 3 -
  the quarters left unnamed, as "in the first" keeps its ordinal with the noun left out
  (seventy-third, three-hundred-and-twenty-ninth) and "in each of the past three budgets" is
  3 (two-hundred-and-fifty-eighth).
- Fractions (the issue's „jeder vierte“, "a quarter"): „streicht jede zehnte Stelle“ 0.1
  (three-hundred-and-twenty-ninth: „etwa jeder zehnten Stelle“), „um rund ein Zehntel“ 0.1
  "about", „knapp ein Zehntel“ and „um fast ein Zehntel“ 0.1 "nearly", „knapp ein Viertel“
  0.25 "nearly", „zu gut zwei Dritteln“ 0.6667 "over", „knapp die Hälfte“ 0.5 "nearly",
  "nearly two-fifths" 0.4 "nearly", "cut third-quarter profit by almost a quarter" ordinal
  3 and fraction 0.25 "nearly" (three-hundred-and-twenty-ninth: "profit down by a quarter"
  beside "second-quarter"). New: „etwa jede zwölfte Stelle“ is 0.0833 "about" - one in
  twelve rounded to four places, as „rund jede sechste Firmenpleite“ 0.1667
  (three-hundred-and-ninetieth) and „ein Drittel“ 0.3333 (the issue).
- Fiscal periods (seventy-third, two-hundred-and-eighty-eighth, three-hundred-and-twenty-
  ninth, three-hundred-and-sixty-fourth): quarters and halves are ordinals („im dritten
  Quartal“, „nach einem schwachen dritten Quartal“, „zum Ende des dritten Quartals“, „Im
  vierten Geschäftsquartal“, "third-quarter", "Third-quarter", "Fourth-quarter", "in the
  fourth quarter", "in Q3" 3 - thirty-sixth -, "first-half", „im ersten Halbjahr 2028“ 1 and
  the year, "the second half of 2029" 2 and the year); „in den ersten drei Quartalen“
  ordinal 1 and count 3 (thirty-sixth, hundred-fiftieth, three-hundred-and-ninetieth); „in
  den ersten neun Monaten“ ordinal 1 and 9 months, with „2027“ after it its year
  (twenty-fifth, three-hundred-and-sixty-fourth); „im ersten Halbjahr des Geschäftsjahres
  2027/28“ and „im Geschäftsjahr 2026/27“ both years (hundred-fifty-eighth: "the 2025/26
  season"); „Geschäftsjahr 2027“, „Geschäftsjahr 2028“, "fiscal 2028" (hundred-sixty-third)
  and "the year ending March 2028", "the year to March 2028" the years
  (three-hundred-and-twenty-ninth). Streaks and repeats are ordinals: "for a fourth straight
  quarter" 4 (hundred-sixth: "the fifth straight quarter"), "for a second time this year"
  and „zum zweiten Mal in diesem Jahr“ 2 (the issue), "the first deliveries" 1
  (three-hundred-and-sixty-fourth: "the first layoffs"), "a second processing plant" 2.
  None: "Europe's biggest airline", "the world's top-selling automaker", "a record", „so
  viel ... wie nie zuvor“, "steepest".
- Spans (the issue's „fünfstündigen“, "a two-week visit"): "in the three months to Sept. 30"
  and "for the three months ended Sept. 30" 3 months and the date, "in the three months to
  September" 3 months (hundred-fifty-eighth: "over the three months to February"), "in the
  six months to the end of September" and "in the six months" 6 months, "in the 12 months to
  September" and „in den zwölf Monaten bis Ende September“ 12 months, "in the 26 weeks to
  September 25" 26 weeks and the date (three-hundred-and-twenty-ninth), „nach neun Monaten“
  9 months, „vorerst auf drei Monate ab dem 1. Dezember“ 3 months and --12-01 („vorerst“ no
  hedge, as „zunächst“; three-hundred-and-sixty-fourth), "slip by about six months" 6
  months "about", "over the next two years" 2 years ("over" before a span no hedge), "for
  up to five years" 5 years "up_to", „eines dreijährigen Sparprogramms“ 3 years and "part of
  a two-year savings plan" 2 years (the issue's „dreitägige Reise“), „in einer gut
  einstündigen Telefonkonferenz“ 1 hour "over" (hundred-forty-sixth: „in einer knapp
  einstündigen Rede“ 1 hour "nearly"), "the highest in 12 years" 12 years (three-hundredth:
  "the first ... in 40 years"). None: "the July-September period", "the April-September
  period", "the June quarter", „von Jänner bis September“, „von April bis September“, „im
  Sommerquartal“, „im Vorjahresquartal“, „im Vorjahreshalbjahr“, „im Vorjahr“, „ein Jahr
  zuvor“, „ein Jahr davor“, „Für heuer“, „für heuer“, „Für das Gesamtjahr“, „im laufenden
  Geschäftsjahr“, „im abgelaufenen Geschäftsjahr“, „für das laufende Jahr“, „bis
  Jahresende“, „Ende September“, „Ende Oktober“, "half-year", "full-year", "a year earlier",
  "this year", "next year", "the remaining months", "by next summer", "by the end of May",
  "the middle of next year", "the new year".
- Years and dates: Reuters datelines with a day are dates without a year ("CINCINNATI, Oct
  26" --10-26, "LONDON, Oct 27", "DUBLIN, Nov 1", "NEW YORK, Nov 3", "STOCKHOLM, Nov 4",
  "TOKYO, Nov 5", "COPENHAGEN, Nov 10", "MUNICH, Nov 11", "NEW YORK, Nov 12";
  three-hundred-and-sixty-fourth); awp, dpa-AFX, dpa, Reuters German ("Frankfurt (Reuters)
  -"), APA, AP ("WICHITA, Kan. (AP) —", "LOS ANGELES (AP) —"), AAP ("PERTH (AAP) -"), PA
  ("LONDON (PA) -") and Bloomberg ("(Bloomberg) --") datelines none (seventy-ninth). "Sept.
  30" --09-30, "September 25" --09-25, „ab dem 1. Dezember“ --12-01
  (three-hundred-and-sixty-fourth). „Für 2027“, „für 2027“, „bis Ende 2028“, „ab Ende 2029“,
  "from 2029", „für 2028“, "2027 revenue", "since March 2025" and "by the middle of 2028" the
  years (three-hundred-and-fifty-sixth: "BY MID-2031"). Clock times ("by 0915 GMT", "by 1015
  GMT") none.
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly", "an estimated" "about"
  (two-hundred-and-forty-fourth: "an estimated"); „knapp“, „fast“, "almost", "nearly"
  "nearly"; „gut“, „mehr als“, "more than", "above" "over"; „bis zu“, "up to", "as much as"
  "up_to"; „mindestens“ "at_least". No hedge: „im Schnitt“, "on average", „lediglich“,
  „nur“, „nur noch“, „bislang“, „zuvor“, „weiterhin“, „vorerst“, „davon“, „zusammen“,
  „zwischen“, "between", „bis“ and "to" in a range, "a record", "ahead of", "short of" and
  "below" before an article, „über dem Vorjahresquartal“ („über“ governed by the noun),
  „um“ and "by" before a difference, "over" before a span, „im Bereich von“ (above).
- Speakers, checked only in forms the earlier batches settled. German: „teilte der Konzern
  am Dienstag mit“ (twice) and „... am Mittwoch mit“ -> "der Konzern"; „teilte das
  Unternehmen am späten Dienstagabend mit“, „... am Mittwoch mit“ (twice) and „... am
  Freitag in Karlsruhe mit“ -> "das Unternehmen" (the time and the place dropped;
  three-hundred-and-twenty-ninth, three-hundred-and-sixty-fourth); „teilte Infineon am
  Donnerstag mit“ and „teilte Siemens am Donnerstag mit“ (above); the name with the title
  and the occasion dropped („Finanzvorständin Henrike Altschwager sagte in einer gut
  einstündigen Telefonkonferenz, ...“, „Finanzvorstand Gernot Haidlmayr sagte, ...“,
  „Finanzchef Moritz Engelkind sagte, ...“, „sagte Finanzchefin Séverine Jacot-Descombes an
  einer Telefonkonferenz“, „Finanzvorstand Benedikt Hollweg-Sarrazin sagte, ...“,
  „Geschäftsführer Florian Wenzelmann sagte, ...“, „Konzernchefin Vreni Landolt-Schuler
  sagte an einer Telefonkonferenz, ...“, „Vorstandschef Tilman Oberhäuser sagte, ...“,
  „Finanzvorstand Leopold Frühwirth-Gansch sagte, ...“; three-hundred-and-sixty-fourth).
  English: the name with the office and the audience dropped ("Chief Financial Officer
  Audra Kesselring said", "Chief Executive Imogen Tarrant-Reade told reporters", "Chief
  Executive Dwight Halvorsen said", "Chief Financial Officer Margaret Oyelaran told
  analysts", "Managing director Kylie Brannigan said", "Chief Executive Lorraine Voskuijlen
  told analysts", "Chief Executive Annika Strömberg-Lidh said", "Chief executive Harriet
  Pennycuick said", "Chief Financial Officer Renata Villalobos-Crane said", "Chief Executive
  Mikkel Borup-Hansen said"; three-hundred-and-twenty-ninth); "Pellham said", "Ryanair
  said", "Hallbrook said", "Toyota said" and "Siemens said" as written; "The airline said"
  -> "the airline" (seventy-third); "..., the company said." twice and "..., the company
  said on Thursday." -> "the company". New: "the miner said in its quarterly report on
  Tuesday" -> "the miner" and "the company said in its quarterly letter to shareholders" ->
  "the company" - the report or letter is the occasion and is dropped, as in "the company
  said in a letter to shareholders" (forty-fifth) and "said in a statement". Left unchecked
  (None): all negatives, also those with a named speaker; "the London-based company said in
  a statement Friday" (a description, three-hundred-and-sixty-fourth: "the Austin,
  Texas-based company said"); roles and pronouns ("It declared", "It also plans", "The
  company's finance chief told analysts"); „hiess es“ and „hieß es aus dem Konzern“, „nach
  eigenen Angaben“, „wie aus einer Auswertung der Nachrichtenagentur dpa-AFX hervorgeht“
  (two-hundred-and-seventy-sixth: „wie aus ... hervorgeht“); "according to LSEG data",
  "according to FactSet", "LSEG data showed", "the data showed", "Analysts surveyed by
  Bloomberg", "polled by LSEG" (plural sources and data, forty-first,
  three-hundred-and-sixty-fourth); "Siemens announced" (hundred-eighty-sixth: "announced"),
  „bestätigte“, „erwartet“, „rechnet“, „peilt ... an“, „stellt ... in Aussicht“, "expects",
  "sees", "kept", and rows without attribution.
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-twenty-ninth,
  three-hundred-and-sixty-fourth, three-hundred-and-eighty-eighth), none with a figure:
  executives' quoted confidence, boasts, slogans and rhetoric (the pairs above, «Unsere
  Pipeline war nie stärker» - a boast without a benchmark, two-hundred-and-eleventh -,
  „so gut aufgestellt wie seit Jahrzehnten nicht“, „Die Halbleiterwelt dreht sich wieder in
  unsere Richtung“, "stay calm and keep building cars", "real momentum"); labels of a works
  council, unions and traders („nannte die Pläne „einen Verrat ...““, «bei solchen Gewinnen
  völlig unverständlich», „Kahlschlag statt Strategie“ with „kündigte Widerstand an“ naming
  no step, „bitter, aber besser als Kündigungen“, „sprach von einem „Halbjahr mit angezogener
  Handbremse““, „Befreiungsschlag“, "a betrayal of the people who build these planes", "a
  short-sighted answer to a cyclical dip"); analysts', traders', investors' and strategists'
  views and verdicts („die Zahlen seien solide, aber noch kein Befreiungsschlag“, „hält das
  Jahresziel für „ambitioniert, aber erreichbar““, „halten den Ausblick für vorsichtig“,
  „verwiesen auf die hohen Erwartungen“, "looked conservative", "looked cautious", "had been
  widely expected", "offered little comfort", "The bar was set low ..."); worries, doubts
  and hopes ("Investors have grown uneasy ...", "Some analysts worry ...", "Some fund
  managers question whether ...", „Branchenkenner bezweifeln ...“, "Some investors
  had hoped ..."); open questions („Ob die US-Zölle auf Stahl ...“, „Ob der
  Konzern seine mittelfristigen Margenziele anhebt, liess die Konzernchefin offen.“, „Ob die
  Unternehmen ihre Ziele ... halten können, hängt ...“, "hinged on whether", "would want to
  see whether", "are divided over whether"); an evasion joined to a view ("said Christmas
  fares looked "pretty robust" but declined to give a profit forecast";
  three-hundred-and-eighty-eighth) and a no-comment line („Zum Gewinn macht das Unternehmen
  traditionell keine Angaben.“); and the headings „Analyse: Was die Quartalszahlen über den
  Zustand der deutschen Industrie verraten“ and "FACTBOX-Earnings season: the winners and
  losers so far" (three-hundred-and-fifty-sixth, three-hundred-and-eighty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_403 = [
    # --- Nestlé nach neun Monaten (awp), Dienstag, 26. Oktober ---
    (
        "de",
        "Vevey (awp) - Nestlé ist in den ersten neun Monaten 2027 organisch um 3,4 Prozent gewachsen und hat damit die Erwartungen der Analysten knapp übertroffen.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("year", 2027, None, None),
            ("percent", 3.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Der Umsatz sank wegen des starken Frankens um 1,2 Prozent auf 67,35 Mrd Fr., teilte der Konzern am Dienstag mit.",
        True,
        [("percent", 1.2, "%", None), ("money", 67350000000, "CHF", None)],
        "der Konzern",
    ),
    (
        "de",
        "Analysten hatten im Schnitt lediglich mit einem organischen Wachstum von 3,1 Prozent gerechnet.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2027 bestätigte Nestlé das Ziel eines organischen Wachstums zwischen 3 und 4 Prozent sowie einer operativen Marge von rund 16,5 Prozent.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 3, "%", None),
            ("percent", 4, "%", None),
            ("percent", 16.5, "%", "about"),
        ],
        None,
    ),
    (
        "de",
        "«Wir sind auf dem richtigen Weg, und die Konsumentinnen und Konsumenten honorieren das», sagte der Konzernchef an einer Telefonkonferenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Nestlé-Aktie gewann an der SIX bis zum Mittag 2,4 Prozent auf 88,16 Fr.",
        True,
        [("percent", 2.4, "%", None), ("money", 88.16, "CHF", None)],
        None,
    ),
    ("de", "Bei Vontobel hiess es, die Zahlen seien solide, aber noch kein Befreiungsschlag.", False, [], None),
    # --- Pellham Brands results (Reuters), Tuesday, Oct 26 ---
    (
        "en",
        "CINCINNATI, Oct 26 (Reuters) - Household products maker Pellham Brands beat Wall Street estimates for third-quarter profit on Tuesday and raised its annual earnings forecast, as price increases on detergents and razors offset softer volumes.",
        True,
        [("date", "--10-26", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Adjusted earnings were $1.87 per share in the three months to Sept. 30, ahead of the $1.79 analysts had forecast on average, according to LSEG data.",
        True,
        [
            ("money", 1.87, "USD", None),
            ("duration", 3, "month", None),
            ("date", "--09-30", None, None),
            ("money", 1.79, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Net sales rose 3.4% to $11.26 billion, while organic volumes slipped 1%.",
        True,
        [("percent", 3.4, "%", None), ("money", 11260000000, "USD", None), ("percent", 1, "%", None)],
        None,
    ),
    (
        "en",
        "Pellham now sees adjusted earnings for the full year at $7.10 to $7.30 per share, having previously forecast $6.95 to $7.20.",
        True,
        [
            ("money", 7.1, "USD", None),
            ("money", 7.3, "USD", None),
            ("money", 6.95, "USD", None),
            ("money", 7.2, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Audra Kesselring said the company had pushed through average price increases of 4% in the quarter and planned no further rises before the spring.",
        True,
        [("percent", 4, "%", None)],
        "Audra Kesselring",
    ),
    ("en", '"Our brands have never been in better shape," Kesselring said.', False, [], None),
    (
        "en",
        "Pellham said it planned to repurchase as much as $3 billion of its stock over the next two years.",
        True,
        [("money", 3000000000, "USD", "up_to"), ("duration", 2, "year", None)],
        "Pellham",
    ),
    (
        "en",
        "Shares rose 5.2% to $164.30 in early trading.",
        True,
        [("percent", 5.2, "%", None), ("money", 164.3, "USD", None)],
        None,
    ),
    (
        "en",
        "Some analysts said the company was leaning too heavily on price increases to keep profit growing.",
        False,
        [],
        None,
    ),
    # --- Rhenalux kappt Prognose (dpa-AFX), Dienstag, 26. Oktober ---
    (
        "de",
        "Leverkusen (dpa-AFX) - Der Spezialchemiekonzern Rhenalux hat nach einem schwachen dritten Quartal seine Jahresprognose gekappt und kündigt den Abbau von rund 1.400 Stellen an.",
        True,
        [("ordinal", 3, None, None), ("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda sank im Sommerquartal auf 412 (Vorjahr: 538) Millionen Euro, teilte das Unternehmen am späten Dienstagabend mit.",
        True,
        [("money", 412000000, "EUR", None), ("money", 538000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz ging um 8,6 Prozent auf 3,12 Milliarden Euro zurück, die Ebitda-Marge schrumpfte von 15,1 auf 13,2 Prozent.",
        True,
        [
            ("percent", 8.6, "%", None),
            ("money", 3120000000, "EUR", None),
            ("percent", 15.1, "%", None),
            ("percent", 13.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr rechnet Rhenalux nur noch mit einem bereinigten Ebitda zwischen 1,65 und 1,75 Milliarden Euro, bislang waren es 1,9 bis 2,1 Milliarden Euro.",
        True,
        [
            ("money", 1650000000, "EUR", None),
            ("money", 1750000000, "EUR", None),
            ("money", 1900000000, "EUR", None),
            ("money", 2100000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzvorständin Henrike Altschwager sagte in einer gut einstündigen Telefonkonferenz, der Abbau treffe vor allem die Verwaltung und solle ab Ende 2029 jährlich rund 250 Millionen Euro einsparen.",
        True,
        [("duration", 1, "hour", "over"), ("year", 2029, None, None), ("money", 250000000, "EUR", "about")],
        "Henrike Altschwager",
    ),
    (
        "de",
        "Betroffen ist damit etwa jede zwölfte Stelle im Konzern.",
        True,
        [("fraction", 0.0833, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir machen uns nichts vor: Die Chemie in Europa steckt in einer strukturellen Krise“, sagte Vorstandschef Jochen Marsfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Betriebsrat nannte die Pläne „einen Verrat an den Leuten, die das Werk seit Jahren zusammenhalten“.",
        False,
        [],
        None,
    ),
    ("de", "Auf Tradegate fiel die Aktie nachbörslich um gut 7 Prozent.", True, [("percent", 7, "%", "over")], None),
    # --- Calder Northern Bank results (Reuters), Wednesday, Oct 27 ---
    (
        "en",
        "LONDON, Oct 27 (Reuters) - Calder Northern Bank reported a 9% rise in third-quarter pretax profit on Wednesday to £1.84 billion, helped by higher income from its mortgage book, and lifted its full-year income target.",
        True,
        [
            ("date", "--10-27", None, None),
            ("percent", 9, "%", None),
            ("ordinal", 3, None, None),
            ("money", 1840000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Net interest margin widened by 6 basis points to 3.12% in the quarter.",
        True,
        [("percent", 6, "bp", None), ("percent", 3.12, "%", None)],
        None,
    ),
    (
        "en",
        "Calder now sees net interest income this year at more than £13.5 billion, having previously guided to about £13.2 billion.",
        True,
        [("money", 13500000000, "GBP", "over"), ("money", 13200000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Imogen Tarrant-Reade told reporters the lender would launch a further share buyback of up to £750 million once its regulator had signed off.",
        True,
        [("money", 750000000, "GBP", "up_to")],
        "Imogen Tarrant-Reade",
    ),
    (
        "en",
        '"The British consumer is in far better health than the headlines suggest," Tarrant-Reade said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank's core capital ratio, a key gauge of its financial strength, stood at 14.2%, above its target range of 13% to 14%.",
        True,
        [("percent", 14.2, "%", None), ("percent", 13, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts at a London brokerage said the new income target looked conservative given the pace of mortgage lending.",
        False,
        [],
        None,
    ),
    # --- Ennstaler Kranbau nach drei Quartalen (APA), Mittwoch, 27. Oktober ---
    (
        "de",
        "Steyr (APA) - Der oberösterreichische Kranhersteller Ennstaler Kranbau hat in den ersten drei Quartalen bei leicht rückläufigem Umsatz mehr verdient.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz sank von Jänner bis September um 2,7 Prozent auf 1,48 Mrd. Euro, das EBIT stieg um 6,1 Prozent auf 131,4 Mio. Euro.",
        True,
        [
            ("percent", 2.7, "%", None),
            ("money", 1480000000, "EUR", None),
            ("percent", 6.1, "%", None),
            ("money", 131400000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Der Auftragseingang lag mit 1,36 Mrd. Euro um rund ein Zehntel unter dem Vorjahreswert, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("money", 1360000000, "EUR", None), ("fraction", 0.1, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Für heuer erwartet der Vorstand weiterhin einen Umsatz von rund 2 Mrd. Euro und ein EBIT zwischen 175 und 185 Mio. Euro.",
        True,
        [("money", 2000000000, "EUR", "about"), ("money", 175000000, "EUR", None), ("money", 185000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Gernot Haidlmayr sagte, der Personalstand werde bis Jahresende um knapp 150 auf rund 12.300 Beschäftigte sinken, Kündigungen seien nicht geplant.",
        True,
        [("count", 150, None, "nearly"), ("count", 12300, None, "about")],
        "Gernot Haidlmayr",
    ),
    (
        "de",
        "„Das Schlimmste am Bau liegt hinter uns“, zeigte sich Vorstandschefin Ulrike Prandstätter zuversichtlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Wiener Börse legten die Aktien bis Mittag um 3,8 Prozent auf 46,90 Euro zu.",
        True,
        [("percent", 3.8, "%", None), ("money", 46.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Analyst der Raiffeisen Centrobank hält das Jahresziel für „ambitioniert, aber erreichbar“.",
        False,
        [],
        None,
    ),
    # --- Corbett Aerospace loss (AP), Thursday, Oct 28 ---
    (
        "en",
        "WICHITA, Kan. (AP) — Corbett Aerospace swung to a third-quarter loss and said it would cut about 2,300 jobs, roughly 8% of its workforce, as delays on its new business jet program piled up.",
        True,
        [("ordinal", 3, None, None), ("count", 2300, None, "about"), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "The company lost $318 million, or $2.41 per share, in the July-September period, compared with a profit of $204 million, or $1.55 per share, a year earlier.",
        True,
        [
            ("money", 318000000, "USD", None),
            ("money", 2.41, "USD", None),
            ("money", 204000000, "USD", None),
            ("money", 1.55, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue rose 6% to $5.94 billion, short of the $6.08 billion analysts had expected, according to FactSet.",
        True,
        [("percent", 6, "%", None), ("money", 5940000000, "USD", None), ("money", 6080000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its order backlog reached a record $61.2 billion at the end of September.",
        True,
        [("money", 61200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dwight Halvorsen said the first deliveries of its new midsize jet would slip by about six months to the second half of 2029.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 6, "month", "about"),
            ("ordinal", 2, None, None),
            ("year", 2029, None, None),
        ],
        "Dwight Halvorsen",
    ),
    ("en", '"We are not going to cut corners to hit a date," Halvorsen said.', False, [], None),
    (
        "en",
        "The cuts will fall mostly on salaried staff in Kansas and Georgia, the company said.",
        True,
        [],
        "the company",
    ),
    (
        "en",
        'The machinists\' union called the layoffs "a betrayal of the people who build these planes."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares fell 9.4% in afternoon trading, their steepest drop since March 2025.",
        True,
        [("percent", 9.4, "%", None), ("year", 2025, None, None)],
        None,
    ),
    # --- Mainufer Bank im dritten Quartal (Reuters), Donnerstag, 28. Oktober ---
    (
        "de",
        "Frankfurt (Reuters) - Die Mainufer Bank hat dank kräftig gestiegener Provisionserträge im dritten Quartal deutlich mehr verdient als von Analysten erwartet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Nettogewinn kletterte um 22 Prozent auf 684 Millionen Euro, Analysten hatten im Schnitt nur mit 596 Millionen gerechnet.",
        True,
        [("percent", 22, "%", None), ("money", 684000000, "EUR", None), ("money", 596000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Erträge stiegen auf 3,02 Milliarden Euro nach 2,81 Milliarden ein Jahr zuvor, die Kosten-Ertrags-Quote sank auf 56,4 Prozent.",
        True,
        [("money", 3020000000, "EUR", None), ("money", 2810000000, "EUR", None), ("percent", 56.4, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzchef Moritz Engelkind sagte, die Bank werde für 2027 eine Ausschüttung von 1,15 Euro pro Aktie vorschlagen, 25 Cent mehr als im Vorjahr.",
        True,
        [("year", 2027, None, None), ("money", 1.15, "EUR", None), ("money", 0.25, "EUR", None)],
        "Moritz Engelkind",
    ),
    (
        "de",
        "Zudem plant das Institut einen Aktienrückkauf über bis zu 600 Millionen Euro, der im ersten Halbjahr 2028 abgeschlossen sein soll.",
        True,
        [("money", 600000000, "EUR", "up_to"), ("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Bank ist wieder da, und zwar auf Dauer“, sagte Vorstandschefin Claudia Rettenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie stieg im frühen Xetra-Handel um 4,6 Prozent an die Dax-Spitze.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    ("de", "Händler sprachen von einem „Befreiungsschlag“ für den lange gebeutelten Wert.", False, [], None),
    # --- Beaumont Petroleum slows buybacks (Bloomberg), Friday, Oct 29 ---
    (
        "en",
        "(Bloomberg) -- Beaumont Petroleum Plc slowed the pace of its share buybacks after weaker oil prices cut third-quarter profit by almost a quarter.",
        True,
        [("ordinal", 3, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "Adjusted net income fell to $2.36 billion from $3.09 billion a year earlier, the London-based company said in a statement Friday.",
        True,
        [("money", 2360000000, "USD", None), ("money", 3090000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts surveyed by Bloomberg had on average predicted $2.48 billion.",
        True,
        [("money", 2480000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The company will repurchase $1.25 billion of stock in the fourth quarter, down from $1.75 billion in each of the previous three.",
        True,
        [
            ("money", 1250000000, "USD", None),
            ("ordinal", 4, None, None),
            ("money", 1750000000, "USD", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Net debt rose to $24.7 billion at the end of September, and gearing climbed to 21.3% from 19.8%.",
        True,
        [("money", 24700000000, "USD", None), ("percent", 21.3, "%", None), ("percent", 19.8, "%", None)],
        None,
    ),
    ("en", "The quarterly dividend was kept at 8.4 cents a share.", True, [("money", 0.084, "USD", None)], None),
    (
        "en",
        "Chief Financial Officer Margaret Oyelaran told analysts that buybacks would stay at about $1 billion a quarter as long as Brent averaged above $65 a barrel.",
        True,
        [("money", 1000000000, "USD", "about"), ("money", 65, "USD", "over")],
        "Margaret Oyelaran",
    ),
    ("en", '"Discipline is not a slogan for us, it is the whole strategy," Oyelaran said.', False, [], None),
    (
        "en",
        "Investors have grown uneasy about how long the company can keep rewarding shareholders at this pace.",
        False,
        [],
        None,
    ),
    # --- Sihltal hebt Prognose an (awp), Freitag, 29. Oktober ---
    (
        "de",
        "Basel (awp) - Der Pharmakonzern Sihltal hat nach neun Monaten seine Prognose für das laufende Jahr erneut angehoben.",
        True,
        [("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Zu konstanten Wechselkursen legte der Umsatz um 9 Prozent auf 11,84 Mrd Fr. zu, in Franken gerechnet betrug das Plus 4 Prozent.",
        True,
        [("percent", 9, "%", None), ("money", 11840000000, "CHF", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Das Krebsmittel Olvarex steuerte mit 2,91 Mrd Fr. knapp ein Viertel zum Umsatz bei.",
        True,
        [("money", 2910000000, "CHF", None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Neu rechnet Sihltal für 2027 mit einem Umsatzwachstum im hohen einstelligen Prozentbereich statt wie bisher im mittleren einstelligen Bereich.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Kerngewinn je Aktie soll zu konstanten Wechselkursen um 11 bis 13 Prozent zulegen, sagte Finanzchefin Séverine Jacot-Descombes an einer Telefonkonferenz.",
        True,
        [("percent", 11, "%", None), ("percent", 13, "%", None)],
        "Séverine Jacot-Descombes",
    ),
    (
        "de",
        "Am Standort Schweizerhalle streicht Sihltal bis Ende 2028 rund 320 Stellen, weil zwei ältere Produktionslinien stillgelegt werden.",
        True,
        [("year", 2028, None, None), ("count", 320, None, "about"), ("count", 2, None, None)],
        None,
    ),
    ("de", "«Unsere Pipeline war nie stärker», sagte Konzernchef Matthias Zürcher-Egli.", False, [], None),
    ("de", "Die Gewerkschaft Unia nannte den Abbau «bei solchen Gewinnen völlig unverständlich».", False, [], None),
    # --- Ryanair half-year (Reuters), Monday, Nov 1 ---
    (
        "en",
        "DUBLIN, Nov 1 (Reuters) - Ryanair's half-year profit after tax rose 14% to 2.31 billion euros as Europe's biggest airline by passengers flew more people at slightly higher fares.",
        True,
        [("date", "--11-01", None, None), ("percent", 14, "%", None), ("money", 2310000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Passenger numbers rose 4% to 122.6 million in the six months to the end of September, while average fares were up 3% at 58.40 euros.",
        True,
        [
            ("percent", 4, "%", None),
            ("count", 122600000, None, None),
            ("duration", 6, "month", None),
            ("percent", 3, "%", None),
            ("money", 58.4, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Ryanair said it still expected to carry about 215 million passengers in the year to March 2028.",
        True,
        [("count", 215000000, None, "about"), ("year", 2028, None, None)],
        "Ryanair",
    ),
    (
        "en",
        "It declared an interim dividend of 0.24 euros per share, up 6 cents on last year.",
        True,
        [("money", 0.24, "EUR", None), ("money", 0.06, "EUR", None)],
        None,
    ),
    (
        "en",
        "The airline said it would complete a 1 billion euro share buyback by the end of May.",
        True,
        [("money", 1000000000, "EUR", None)],
        "the airline",
    ),
    (
        "en",
        "It has taken delivery of 181 of the 210 new Boeing jets it expects by next summer.",
        True,
        [("count", 181, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "en",
        'The group\'s chief executive said Christmas fares looked "pretty robust" but declined to give a profit forecast for the full year.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said the outlook hinged on whether recent fare gains would hold through the winter.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in the carrier were up 2.2% at 21.86 euros by 0915 GMT.",
        True,
        [("percent", 2.2, "%", None), ("money", 21.86, "EUR", None)],
        None,
    ),
    # --- voestalpine im Halbjahr (APA), Dienstag, 2. November ---
    (
        "de",
        "Linz (APA) - Der Stahl- und Technologiekonzern voestalpine hat im ersten Halbjahr des Geschäftsjahres 2027/28 weniger umgesetzt, operativ aber etwas mehr verdient.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Umsatzerlöse sanken von April bis September um 3,9 Prozent auf 7,82 Mrd. Euro, das EBITDA stieg um 2,4 Prozent auf 862 Mio. Euro.",
        True,
        [
            ("percent", 3.9, "%", None),
            ("money", 7820000000, "EUR", None),
            ("percent", 2.4, "%", None),
            ("money", 862000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Unterm Strich blieb ein Ergebnis nach Steuern von 241 Mio. Euro nach 226 Mio. Euro im Vorjahreshalbjahr, teilte der Konzern am Dienstag mit.",
        True,
        [("money", 241000000, "EUR", None), ("money", 226000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Für das gesamte Geschäftsjahr bestätigte das Management die Prognose eines EBITDA zwischen 1,65 und 1,8 Mrd. Euro.",
        True,
        [("money", 1650000000, "EUR", None), ("money", 1800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Personalstand lag Ende September bei rund 50.400 Vollzeitkräften, um etwa 700 weniger als ein Jahr davor.",
        True,
        [("count", 50400, None, "about"), ("count", 700, None, "about")],
        None,
    ),
    (
        "de",
        "Der Vorstandschef sprach in einer Telefonkonferenz von einem „Halbjahr mit angezogener Handbremse“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die US-Zölle auf Stahl noch vor dem Winter fallen, sei derzeit völlig offen, hieß es aus dem Konzern.",
        False,
        [],
        None,
    ),
    # --- Wirrabara quarterly (AAP), Tuesday, Nov 2 ---
    (
        "en",
        "PERTH (AAP) - Iron ore miner Wirrabara Resources shipped 47.2 million tonnes in the three months to September, up 5 per cent on the June quarter, helped by the ramp-up of its new Koorabin mine.",
        True,
        [("count", 47200000, None, None), ("duration", 3, "month", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Unit cash costs fell to US$17.40 a wet metric tonne from US$18.95, the miner said in its quarterly report on Tuesday.",
        True,
        [("money", 17.4, "USD", None), ("money", 18.95, "USD", None)],
        "the miner",
    ),
    (
        "en",
        "Wirrabara kept its full-year shipments guidance at 185 million to 192 million tonnes.",
        True,
        [("count", 185000000, None, None), ("count", 192000000, None, None)],
        None,
    ),
    (
        "en",
        "The realised price averaged US$91.20 a dry tonne, about 88 per cent of the benchmark.",
        True,
        [("money", 91.2, "USD", None), ("percent", 88, "%", "about")],
        None,
    ),
    (
        "en",
        "Managing director Kylie Brannigan said the company would decide on a second processing plant at Koorabin by the middle of next year, at an estimated cost of A$1.4 billion.",
        True,
        [("ordinal", 2, None, None), ("money", 1400000000, "AUD", "about")],
        "Kylie Brannigan",
    ),
    ("en", '"Koorabin is going to be the backbone of this company for a generation," Brannigan said.', False, [], None),
    (
        "en",
        "Shares in Wirrabara rose 1.9 per cent to A$24.72 by midday on the ASX.",
        True,
        [("percent", 1.9, "%", None), ("money", 24.72, "AUD", None)],
        None,
    ),
    (
        "en",
        "Some fund managers question whether Chinese steel demand will hold up long enough to justify the expansion.",
        False,
        [],
        None,
    ),
    # --- Brackwede streicht Stellen (dpa-AFX), Mittwoch, 3. November ---
    (
        "de",
        "Bielefeld (dpa-AFX) - Der Maschinenbauer Brackwede hat im dritten Quartal einen Einbruch bei den Bestellungen erlitten und streicht jede zehnte Stelle.",
        True,
        [("ordinal", 3, None, None), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Der Auftragseingang fiel um 19 Prozent auf 684 Millionen Euro, der Umsatz um 7 Prozent auf 791 Millionen Euro.",
        True,
        [
            ("percent", 19, "%", None),
            ("money", 684000000, "EUR", None),
            ("percent", 7, "%", None),
            ("money", 791000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Fertigung von Verpackungsmaschinen soll von Bielefeld nach Tschechien verlagert werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Ebit brach auf 18,3 (Vj. 52,7) Millionen Euro ein, die Marge auf 2,3 Prozent.",
        True,
        [("money", 18300000, "EUR", None), ("money", 52700000, "EUR", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2028 sollen rund 950 der weltweit 9.600 Arbeitsplätze wegfallen, davon etwa 600 in Deutschland, teilte der Konzern am Mittwoch mit.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 950, None, "about"),
            ("count", 9600, None, None),
            ("count", 600, None, "about"),
        ],
        "der Konzern",
    ),
    (
        "de",
        "Der Abbau ist Teil eines dreijährigen Sparprogramms, das die Kosten um 120 Millionen Euro senken soll.",
        True,
        [("duration", 3, "year", None), ("money", 120000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für 2027 rechnet das Management nun mit einem Umsatzrückgang von 4 bis 6 Prozent und einer Ebit-Marge von 3 bis 4 Prozent.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 4, "%", None),
            ("percent", 6, "%", None),
            ("percent", 3, "%", None),
            ("percent", 4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "„Wir warten nicht darauf, dass der Markt uns rettet“, sagte Vorstandschef Rüdiger Osterkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die IG Metall warf dem Vorstand „Kahlschlag statt Strategie“ vor und kündigte Widerstand an.",
        False,
        [],
        None,
    ),
    # --- Hallbrook raises forecast (Reuters), Wednesday, Nov 3 ---
    (
        "en",
        "NEW YORK, Nov 3 (Reuters) - Hallbrook Therapeutics on Wednesday lifted its annual sales outlook for a second time this year, as demand for its weight-loss injection Zelvora outstripped supply.",
        True,
        [("date", "--11-03", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The drugmaker now expects 2027 revenue of $38.5 billion to $39.5 billion, up from $36 billion to $37.5 billion.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 38500000000, "USD", None),
            ("money", 39500000000, "USD", None),
            ("money", 36000000000, "USD", None),
            ("money", 37500000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Zelvora sales more than doubled to $4.86 billion in the third quarter, beating the $4.41 billion analysts had expected, according to LSEG data.",
        True,
        [("money", 4860000000, "USD", None), ("ordinal", 3, None, None), ("money", 4410000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Adjusted EPS rose to $2.92 from $1.74 a year earlier.",
        True,
        [("money", 2.92, "USD", None), ("money", 1.74, "USD", None)],
        None,
    ),
    (
        "en",
        "Hallbrook said it would spend $6 billion on two new plants in North Carolina and Ireland to lift production.",
        True,
        [("money", 6000000000, "USD", None), ("count", 2, None, None)],
        "Hallbrook",
    ),
    (
        "en",
        "Chief Executive Lorraine Voskuijlen told analysts supply constraints should ease by the middle of 2028.",
        True,
        [("year", 2028, None, None)],
        "Lorraine Voskuijlen",
    ),
    ("en", '"Patients are telling us this medicine has changed their lives," Voskuijlen said.', False, [], None),
    ("en", "Some analysts worry that price cuts in government health programs could squeeze margins.", False, [], None),
    (
        "en",
        "Shares rose 6.3% to a record $412.18.",
        True,
        [("percent", 6.3, "%", None), ("money", 412.18, "USD", None)],
        None,
    ),
    # --- Infineon Jahresbilanz (dpa-AFX), Donnerstag, 4. November ---
    (
        "de",
        "Neubiberg (dpa-AFX) - Der Chipkonzern Infineon hat im abgelaufenen Geschäftsjahr dank einer Erholung im Autogeschäft mehr umgesetzt und stellt für 2028 weiteres Wachstum in Aussicht.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg im Ende September abgeschlossenen Geschäftsjahr 2027 um 8 Prozent auf 16,1 Milliarden Euro, teilte Infineon am Donnerstag mit.",
        True,
        [("year", 2027, None, None), ("percent", 8, "%", None), ("money", 16100000000, "EUR", None)],
        "Infineon",
    ),
    (
        "de",
        "Die Segmentergebnis-Marge verbesserte sich um 2,4 Prozentpunkte auf 19,8 Prozent.",
        True,
        [("percent", 2.4, "pp", None), ("percent", 19.8, "%", None)],
        None,
    ),
    (
        "de",
        "Im vierten Geschäftsquartal kam Infineon auf einen Umsatz von 4,38 Milliarden Euro und übertraf damit die durchschnittliche Analystenschätzung von 4,29 Milliarden Euro.",
        True,
        [("ordinal", 4, None, None), ("money", 4380000000, "EUR", None), ("money", 4290000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das neue Geschäftsjahr erwartet der Vorstand ein Umsatzplus zwischen 4 und 6 Prozent sowie eine Segmentergebnis-Marge im Bereich von knapp 20 Prozent.",
        True,
        [("percent", 4, "%", None), ("percent", 6, "%", None), ("percent", 20, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Ausschüttung je Aktie soll um 5 Cent auf 0,45 Euro steigen.",
        True,
        [("money", 0.05, "EUR", None), ("money", 0.45, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Halbleiterwelt dreht sich wieder in unsere Richtung“, sagte der Vorstandschef bei der Vorlage der Bilanz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Analysten halten den Ausblick für vorsichtig, zumal das Geschäft mit Rechenzentren rasant wächst.",
        False,
        [],
        None,
    ),
    # --- Granvik job cuts (Reuters), Thursday, Nov 4 ---
    (
        "en",
        "STOCKHOLM, Nov 4 (Reuters) - Swedish industrial group Granvik will cut about 1,100 jobs after third-quarter order intake fell for a fourth straight quarter, the company said on Thursday.",
        True,
        [
            ("date", "--11-04", None, None),
            ("count", 1100, None, "about"),
            ("ordinal", 3, None, None),
            ("ordinal", 4, None, None),
        ],
        "the company",
    ),
    (
        "en",
        "Orders dropped 12% to 24.9 billion Swedish crowns ($2.35 billion), while adjusted operating profit fell to 3.41 billion crowns from 3.87 billion a year earlier.",
        True,
        [
            ("percent", 12, "%", None),
            ("money", 24900000000, "SEK", None),
            ("money", 2350000000, "USD", None),
            ("money", 3410000000, "SEK", None),
            ("money", 3870000000, "SEK", None),
        ],
        None,
    ),
    ("en", "Analysts had expected a milder drop in orders.", True, [], None),
    (
        "en",
        "The adjusted operating margin narrowed to 13.9% from 15.2%.",
        True,
        [("percent", 13.9, "%", None), ("percent", 15.2, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Annika Strömberg-Lidh said the job cuts, part of a two-year savings plan, would cost about 900 million crowns and save 1.2 billion crowns a year from 2029.",
        True,
        [
            ("duration", 2, "year", None),
            ("money", 900000000, "SEK", "about"),
            ("money", 1200000000, "SEK", None),
            ("year", 2029, None, None),
        ],
        "Annika Strömberg-Lidh",
    ),
    (
        "en",
        '"We have been through downturns like this before, and we have always come out of them stronger," Strömberg-Lidh said.',
        False,
        [],
        None,
    ),
    ("en", 'The IF Metall union called the cuts "a short-sighted answer to a cyclical dip."', False, [], None),
    (
        "en",
        "Granvik's shares fell 5.7% to 187.35 crowns.",
        True,
        [("percent", 5.7, "%", None), ("money", 187.35, "SEK", None)],
        None,
    ),
    # --- Rheinauer Versicherung nach neun Monaten (dpa-AFX), Donnerstag, 4. November ---
    (
        "de",
        "Köln (dpa-AFX) - Der Versicherer Rheinauer hat in den ersten neun Monaten trotz hoher Unwetterschäden mehr verdient und seine Gewinnprognose bekräftigt.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der Überschuss stieg um 9,4 Prozent auf 1,27 Milliarden Euro, die kombinierte Schaden-Kosten-Quote lag bei 93,1 Prozent nach 94,6 Prozent im Vorjahr.",
        True,
        [
            ("percent", 9.4, "%", None),
            ("money", 1270000000, "EUR", None),
            ("percent", 93.1, "%", None),
            ("percent", 94.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Sommerunwetter schlugen nach eigenen Angaben mit netto rund 410 Millionen Euro zu Buche.",
        True,
        [("money", 410000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für 2027 peilt Rheinauer weiterhin einen Gewinn von 1,6 bis 1,7 Milliarden Euro an.",
        True,
        [("year", 2027, None, None), ("money", 1600000000, "EUR", None), ("money", 1700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Benedikt Hollweg-Sarrazin sagte, das Rückkaufprogramm über 500 Millionen Euro sei zu gut zwei Dritteln abgeschlossen.",
        True,
        [("money", 500000000, "EUR", None), ("fraction", 0.6667, None, "over")],
        "Benedikt Hollweg-Sarrazin",
    ),
    ("de", "„Wir sind für jedes Wetter gerüstet“, sagte Vorstandschefin Karoline Thiemann-Roth.", False, [], None),
    (
        "de",
        "Die Solvenzquote lag zum Ende des dritten Quartals bei 221 Prozent.",
        True,
        [("ordinal", 3, None, None), ("percent", 221, "%", None)],
        None,
    ),
    # --- Toyota first half (Reuters), Friday, Nov 5 ---
    (
        "en",
        "TOKYO, Nov 5 (Reuters) - Toyota Motor reported a 7% drop in first-half operating profit on Friday, hurt by U.S. tariffs and a firmer yen, but the world's top-selling automaker left its full-year forecast unchanged.",
        True,
        [("date", "--11-05", None, None), ("percent", 7, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Operating profit for the April-September period came in at 2.41 trillion yen ($16.5 billion), down from 2.59 trillion yen a year earlier.",
        True,
        [
            ("money", 2410000000000, "JPY", None),
            ("money", 16500000000, "USD", None),
            ("money", 2590000000000, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "Toyota still expects an operating profit of 4.6 trillion yen for the year ending March 2028, below the 4.82 trillion yen average estimate of 23 analysts polled by LSEG.",
        True,
        [
            ("money", 4600000000000, "JPY", None),
            ("year", 2028, None, None),
            ("money", 4820000000000, "JPY", None),
            ("count", 23, None, None),
        ],
        None,
    ),
    (
        "en",
        "The forecast is based on the yen averaging 142 per dollar over the remaining months.",
        True,
        [("money", 142, "JPY", None)],
        None,
    ),
    (
        "en",
        "Toyota said U.S. tariffs had cost it 680 billion yen in the six months.",
        True,
        [("money", 680000000000, "JPY", None), ("duration", 6, "month", None)],
        "Toyota",
    ),
    ("en", "Toyota left its dividend forecast for the year unchanged.", True, [], None),
    (
        "en",
        'A senior executive told reporters the company would "stay calm and keep building cars" whatever happened to the currency.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said the unchanged outlook looked cautious given the pace of hybrid sales.", False, [], None),
    # --- Hellmig Jahresumsatz (dpa), Freitag, 5. November ---
    (
        "de",
        "Karlsruhe (dpa) - Die Drogeriekette Hellmig hat im Geschäftsjahr 2026/27 erstmals mehr als zwölf Milliarden Euro umgesetzt.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("money", 12000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg in den zwölf Monaten bis Ende September um 6,8 Prozent auf 12,34 Milliarden Euro, teilte das Unternehmen am Freitag in Karlsruhe mit.",
        True,
        [("duration", 12, "month", None), ("percent", 6.8, "%", None), ("money", 12340000000, "EUR", None)],
        "das Unternehmen",
    ),
    ("de", "Auf vergleichbarer Fläche lag das Plus bei 4,9 Prozent.", True, [("percent", 4.9, "%", None)], None),
    (
        "de",
        "In Deutschland betreibt Hellmig nun 2.214 Märkte, 61 mehr als ein Jahr zuvor.",
        True,
        [("count", 2214, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Geschäftsführer Florian Wenzelmann sagte, die Kette wolle im laufenden Geschäftsjahr rund 400 Millionen Euro investieren und etwa 2.500 neue Stellen schaffen.",
        True,
        [("money", 400000000, "EUR", "about"), ("count", 2500, None, "about")],
        "Florian Wenzelmann",
    ),
    (
        "de",
        "„Die Kundinnen und Kunden kaufen bewusster ein, aber sie kaufen bei uns“, sagte Wenzelmann.",
        False,
        [],
        None,
    ),
    ("de", "Zum Gewinn macht das Unternehmen traditionell keine Angaben.", False, [], None),
    (
        "de",
        "Der Onlineanteil am Umsatz kletterte auf knapp ein Zehntel.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    # --- Marlcombe half-year (PA), Monday, Nov 8 ---
    (
        "en",
        "LONDON (PA) - Clothing and homeware retailer Marlcombe has raised its annual profit outlook after pre-tax profits jumped 18 per cent to £418m in the 26 weeks to September 25.",
        True,
        [
            ("percent", 18, "%", None),
            ("money", 418000000, "GBP", None),
            ("duration", 26, "week", None),
            ("date", "--09-25", None, None),
        ],
        None,
    ),
    (
        "en",
        "Like-for-like sales rose 5.6 per cent, with online sales up 9.1 per cent.",
        True,
        [("percent", 5.6, "%", None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "en",
        "The group now expects annual pre-tax profit of between £1.02bn and £1.06bn, compared with previous guidance of about £980m.",
        True,
        [("money", 1020000000, "GBP", None), ("money", 1060000000, "GBP", None), ("money", 980000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "It raised its interim dividend to 4.1p a share from 3.6p and announced a £250m share buyback.",
        True,
        [("money", 0.041, "GBP", None), ("money", 0.036, "GBP", None), ("money", 250000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief executive Harriet Pennycuick said its share of the UK clothing market had risen to 11.4 per cent, the highest in 12 years.",
        True,
        [("percent", 11.4, "%", None), ("duration", 12, "year", None)],
        "Harriet Pennycuick",
    ),
    ("en", '"Shoppers have fallen back in love with the brand," Pennycuick said.', False, [], None),
    ("en", "Retail analysts said the upgrade had been widely expected after a strong summer.", False, [], None),
    (
        "en",
        "Shares in Marlcombe rose 3.4 per cent to 472.6p in morning trading.",
        True,
        [("percent", 3.4, "%", None), ("money", 4.726, "GBP", None)],
        None,
    ),
    # --- Glarner Zement nach neun Monaten (awp), Montag, 8. November ---
    (
        "de",
        "Zürich (awp) - Der Baustoffkonzern Glarner Zement hat in den ersten neun Monaten weniger abgesetzt, seine Profitabilität aber gesteigert.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der Nettoumsatz sank um 2,1 Prozent auf 3,86 Mrd Fr., der wiederkehrende EBIT stieg dagegen auf 612 Mio Fr. von 574 Mio im Vorjahr.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("money", 3860000000, "CHF", None),
            ("money", 612000000, "CHF", None),
            ("money", 574000000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Höhere Verkaufspreise hätten die gestiegenen Energiekosten mehr als ausgeglichen, hiess es.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Zementabsatz ging um 3,8% auf 21,4 Mio Tonnen zurück.",
        True,
        [("percent", 3.8, "%", None), ("count", 21400000, None, None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr bestätigte Glarner das Ziel eines wiederkehrenden EBIT von mindestens 800 Mio Fr.",
        True,
        [("money", 800000000, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "Konzernchefin Vreni Landolt-Schuler sagte an einer Telefonkonferenz, die Dividende solle auf mindestens 3,20 Fr. je Aktie steigen.",
        True,
        [("money", 3.2, "CHF", "at_least")],
        "Vreni Landolt-Schuler",
    ),
    ("de", "«Wir sehen die Bodenbildung, aber noch keinen Aufschwung», sagte Landolt-Schuler.", False, [], None),
    ("de", "Ob der Konzern seine mittelfristigen Margenziele anhebt, liess die Konzernchefin offen.", False, [], None),
    # --- Kronauer hebt Ziele an (dpa-AFX), Dienstag, 9. November ---
    (
        "de",
        "Mannheim (dpa-AFX) - Der Softwarekonzern Kronauer hat dank des Cloud-Geschäfts im dritten Quartal besser abgeschnitten als erwartet und hebt seine Ziele zum zweiten Mal in diesem Jahr an.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Cloud-Erlöse wuchsen um 27 Prozent auf 1,18 Milliarden Euro, der Gesamtumsatz um 11 Prozent auf 2,64 Milliarden Euro.",
        True,
        [
            ("percent", 27, "%", None),
            ("money", 1180000000, "EUR", None),
            ("percent", 11, "%", None),
            ("money", 2640000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis legte auf 742 (Vorjahr: 598) Millionen Euro zu.",
        True,
        [("money", 742000000, "EUR", None), ("money", 598000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Je Aktie verdiente Kronauer 1,43 Euro, Analysten hatten im Schnitt nur 1,29 Euro erwartet.",
        True,
        [("money", 1.43, "EUR", None), ("money", 1.29, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für 2027 stellt der Vorstand nun Cloud-Erlöse von 4,5 bis 4,6 Milliarden Euro in Aussicht, zuvor waren es 4,3 bis 4,5 Milliarden Euro.",
        True,
        [
            ("year", 2027, None, None),
            ("money", 4500000000, "EUR", None),
            ("money", 4600000000, "EUR", None),
            ("money", 4300000000, "EUR", None),
            ("money", 4500000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Vorstandschef Tilman Oberhäuser sagte, Kronauer werde eigene Aktien für bis zu eine Milliarde Euro zurückkaufen.",
        True,
        [("money", 1000000000, "EUR", "up_to")],
        "Tilman Oberhäuser",
    ),
    ("de", "„Künstliche Intelligenz ist für uns kein Hype, sondern Umsatz“, sagte Oberhäuser.", False, [], None),
    (
        "de",
        "Die Aktie sprang im frühen Handel um fast ein Zehntel auf 214,80 Euro.",
        True,
        [("fraction", 0.1, None, "nearly"), ("money", 214.8, "EUR", None)],
        None,
    ),
    # --- Larkspur Media results (AP), Tuesday, Nov 9 ---
    (
        "en",
        "LOS ANGELES (AP) — Larkspur Media added 4.1 million streaming subscribers in Q3, more than Wall Street had forecast, but its loss widened as it spent heavily on sports rights.",
        True,
        [("count", 4100000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The company reported a net loss of $486 million, or 62 cents per share, for the three months ended Sept. 30.",
        True,
        [
            ("money", 486000000, "USD", None),
            ("money", 0.62, "USD", None),
            ("duration", 3, "month", None),
            ("date", "--09-30", None, None),
        ],
        None,
    ),
    (
        "en",
        "A year earlier it lost $301 million, or 39 cents per share.",
        True,
        [("money", 301000000, "USD", None), ("money", 0.39, "USD", None)],
        None,
    ),
    ("en", "The loss was wider than analysts had expected.", True, [], None),
    (
        "en",
        "Larkspur now has 118.6 million subscribers worldwide, the company said in its quarterly letter to shareholders.",
        True,
        [("count", 118600000, None, None)],
        "the company",
    ),
    (
        "en",
        "It also plans to cut about 900 jobs, or roughly 6% of its staff, mostly in its cable networks unit.",
        True,
        [("count", 900, None, "about"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        '"Live sports are the glue that keeps people subscribed," Chief Executive Dominic Farraday-Lowe said on a call with analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Renata Villalobos-Crane said the company expected streaming to turn a profit in the fourth quarter.",
        True,
        [("ordinal", 4, None, None)],
        "Renata Villalobos-Crane",
    ),
    (
        "en",
        "Media analysts said investors would want to see whether the sports bet pays off before rewarding the stock.",
        False,
        [],
        None,
    ),
    # --- Ybbstaler Papier in der Verlustzone (APA), Mittwoch, 10. November ---
    (
        "de",
        "Wien (APA) - Der niederösterreichische Papierhersteller Ybbstaler Papier ist im dritten Quartal in die Verlustzone gerutscht und schickt rund 600 Beschäftigte in Kurzarbeit.",
        True,
        [("ordinal", 3, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Das EBIT lag im Quartal bei minus 14,6 Mio. Euro nach plus 21,3 Mio. Euro im Vorjahresquartal.",
        True,
        [("money", -14600000, "EUR", None), ("money", 21300000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz verringerte sich in den ersten drei Quartalen um 11,4 Prozent auf 1,07 Mrd. Euro, teilte das Unternehmen am Mittwoch mit.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("percent", 11.4, "%", None),
            ("money", 1070000000, "EUR", None),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Kurzarbeit ist vorerst auf drei Monate ab dem 1. Dezember befristet und betrifft die Werke in Ybbs und Hallein.",
        True,
        [("duration", 3, "month", None), ("date", "--12-01", None, None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Leopold Frühwirth-Gansch sagte, für heuer rechne man mit einem EBIT zwischen minus 10 und plus 5 Mio. Euro.",
        True,
        [("money", -10000000, "EUR", None), ("money", 5000000, "EUR", None)],
        "Leopold Frühwirth-Gansch",
    ),
    ("de", "Die Dividende für das laufende Jahr soll ausgesetzt werden.", True, [], None),
    (
        "de",
        "Die Produktionsgewerkschaft PRO-GE nannte die Kurzarbeit „bitter, aber besser als Kündigungen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Branchenkenner bezweifeln, dass sich die Nachfrage nach grafischem Papier je wieder erholt.",
        False,
        [],
        None,
    ),
    # --- Kattegat Line narrows forecast (Reuters), Wednesday, Nov 10 ---
    (
        "en",
        "COPENHAGEN, Nov 10 (Reuters) - Danish container shipper Kattegat Line tightened its annual profit guidance on Wednesday after freight rates slid faster than it had expected during the third quarter.",
        True,
        [("date", "--11-10", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The company now sees underlying EBITDA for the year at $4.2 billion to $4.8 billion, against its earlier guidance of $4 billion to $5.5 billion.",
        True,
        [
            ("money", 4200000000, "USD", None),
            ("money", 4800000000, "USD", None),
            ("money", 4000000000, "USD", None),
            ("money", 5500000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Third-quarter EBITDA fell 31% to $1.38 billion, below the $1.46 billion forecast in a company-compiled consensus.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 31, "%", None),
            ("money", 1380000000, "USD", None),
            ("money", 1460000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue slipped to $12.7 billion from $14.1 billion a year earlier, while volumes rose 3.2%.",
        True,
        [("money", 12700000000, "USD", None), ("money", 14100000000, "USD", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Average freight rates were down 17% from a year earlier at $1,940 per container.",
        True,
        [("percent", 17, "%", None), ("money", 1940, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Mikkel Borup-Hansen said the company had no plans to change its dividend policy, under which it pays out 30% to 50% of net profit.",
        True,
        [("percent", 30, "%", None), ("percent", 50, "%", None)],
        "Mikkel Borup-Hansen",
    ),
    (
        "en",
        '"This industry has a habit of building too many ships, and we are seeing that again," Borup-Hansen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said the narrower range removed some uncertainty but offered little comfort for next year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kattegat shares rose 2.8% to 11,240 Danish crowns.",
        True,
        [("percent", 2.8, "%", None), ("money", 11240, "DKK", None)],
        None,
    ),
    # --- Siemens Jahreszahlen (dpa-AFX), Donnerstag, 11. November ---
    (
        "de",
        "München (dpa-AFX) - Siemens hat im abgelaufenen Geschäftsjahr dank einer starken Nachfrage nach Automatisierungs- und Netztechnik so viel verdient wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Gewinn nach Steuern stieg im Geschäftsjahr 2027 bis Ende September um 12 Prozent auf 10,4 Milliarden Euro, teilte Siemens am Donnerstag mit.",
        True,
        [("year", 2027, None, None), ("percent", 12, "%", None), ("money", 10400000000, "EUR", None)],
        "Siemens",
    ),
    (
        "de",
        "Der Umsatz legte auf vergleichbarer Basis um 5,3 Prozent auf 81,6 Milliarden Euro zu, der Auftragseingang um 7 Prozent auf 88,9 Milliarden Euro.",
        True,
        [
            ("percent", 5.3, "%", None),
            ("money", 81600000000, "EUR", None),
            ("percent", 7, "%", None),
            ("money", 88900000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das Ergebnis je Aktie vor Kaufpreisallokation kletterte auf 12,84 (11,52) Euro.",
        True,
        [("money", 12.84, "EUR", None), ("money", 11.52, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Aktionäre sollen 5,60 Euro Dividende pro Aktie bekommen, nach 5,20 Euro ein Jahr zuvor.",
        True,
        [("money", 5.6, "EUR", None), ("money", 5.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Geschäftsjahr 2028 erwartet der Vorstand ein vergleichbares Umsatzwachstum zwischen 4 und 6 Prozent und ein Ergebnis je Aktie von 13,20 bis 13,80 Euro.",
        True,
        [
            ("year", 2028, None, None),
            ("percent", 4, "%", None),
            ("percent", 6, "%", None),
            ("money", 13.2, "EUR", None),
            ("money", 13.8, "EUR", None),
        ],
        None,
    ),
    ("de", "Der Vorstandschef sagte, Siemens sei „so gut aufgestellt wie seit Jahrzehnten nicht“.", False, [], None),
    ("de", "Händler verwiesen auf die hohen Erwartungen, die bereits im Kurs steckten.", False, [], None),
    (
        "de",
        "Die Siemens-Aktie gab im frühen Handel dennoch um 1,8 Prozent nach.",
        True,
        [("percent", 1.8, "%", None)],
        None,
    ),
    # --- Siemens buyback (Reuters), Thursday, Nov 11 ---
    (
        "en",
        "MUNICH, Nov 11 (Reuters) - Siemens announced a new share buyback of up to 8 billion euros ($9.3 billion) on Thursday and forecast further growth in fiscal 2028, as orders for its grid and factory software businesses hit a record.",
        True,
        [
            ("date", "--11-11", None, None),
            ("money", 8000000000, "EUR", "up_to"),
            ("money", 9300000000, "USD", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "The buyback will run for up to five years from February, the company said.",
        True,
        [("duration", 5, "year", "up_to")],
        "the company",
    ),
    (
        "en",
        "Industrial business profit rose 9% to 15.3 billion euros in the 12 months to September, giving a margin of 18.7%.",
        True,
        [
            ("percent", 9, "%", None),
            ("money", 15300000000, "EUR", None),
            ("duration", 12, "month", None),
            ("percent", 18.7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Fourth-quarter orders were up 11% at 24.2 billion euros, beating the 22.8 billion euros expected in a company-compiled poll.",
        True,
        [
            ("ordinal", 4, None, None),
            ("percent", 11, "%", None),
            ("money", 24200000000, "EUR", None),
            ("money", 22800000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Siemens said it would raise its dividend by 40 cents to 5.60 euros per share.",
        True,
        [("money", 0.4, "EUR", None), ("money", 5.6, "EUR", None)],
        "Siemens",
    ),
    (
        "en",
        "The company's finance chief told analysts the digital industries unit should see revenue growth of 6% to 9% in fiscal 2028, after a 2% decline this year.",
        True,
        [("percent", 6, "%", None), ("percent", 9, "%", None), ("year", 2028, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        '"We are entering the new year with real momentum," the chief executive said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "Some investors had hoped for a bolder outlook after the strong order intake.", False, [], None),
    (
        "en",
        "Siemens shares were down 1.6% by 1015 GMT, lagging a flat European market.",
        True,
        [("percent", 1.6, "%", None)],
        None,
    ),
    # --- Bilanz der Berichtssaison (dpa-AFX), Freitag, 12. November ---
    ("de", "Analyse: Was die Quartalszahlen über den Zustand der deutschen Industrie verraten", False, [], None),
    (
        "de",
        "Frankfurt (dpa-AFX) - Von den 40 Dax-Konzernen haben 31 bis Freitag ihre Zahlen zum dritten Quartal vorgelegt, 22 davon übertrafen beim operativen Ergebnis die Erwartungen der Analysten.",
        True,
        [("count", 40, None, None), ("count", 31, None, None), ("ordinal", 3, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einer Quote von gut 70 Prozent, wie aus einer Auswertung der Nachrichtenagentur dpa-AFX hervorgeht.",
        True,
        [("percent", 70, "%", "over")],
        None,
    ),
    (
        "de",
        "Im Schnitt lag der Gewinn je Aktie der bisher berichtenden Unternehmen um 4,7 Prozent über dem Vorjahresquartal.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "de",
        "Neun Konzerne hoben ihre Jahresprognose an, vier senkten sie.",
        True,
        [("count", 9, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Besonders gut schnitten Banken und Versicherer ab, die zusammen knapp die Hälfte der positiven Überraschungen stellten.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Dax hat seit Beginn der Berichtssaison Ende Oktober rund 3,5 Prozent zugelegt.",
        True,
        [("percent", 3.5, "%", "about")],
        None,
    ),
    (
        "de",
        "Ob die Unternehmen ihre Ziele für das kommende Jahr halten können, hängt nach Ansicht vieler Analysten vor allem an den US-Zöllen.",
        False,
        [],
        None,
    ),
    # --- Earnings season tally (Reuters), Friday, Nov 12 ---
    ("en", "FACTBOX-Earnings season: the winners and losers so far", False, [], None),
    (
        "en",
        "NEW YORK, Nov 12 (Reuters) - With 462 companies in the S&P 500 having reported third-quarter results, 79% have beaten analysts' profit estimates, according to LSEG data.",
        True,
        [
            ("date", "--11-12", None, None),
            ("count", 462, None, None),
            ("ordinal", 3, None, None),
            ("percent", 79, "%", None),
        ],
        None,
    ),
    ("en", "That compares with a long-term average of 67%.", True, [("percent", 67, "%", None)], None),
    (
        "en",
        "Earnings are now expected to have grown 11.8% from a year earlier, up from the 7.4% forecast at the start of October.",
        True,
        [("percent", 11.8, "%", None), ("percent", 7.4, "%", None)],
        None,
    ),
    (
        "en",
        "In Europe, 58% of companies in the STOXX 600 that have reported so far have topped expectations, LSEG data showed.",
        True,
        [("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "Technology companies accounted for nearly two-fifths of the quarter's earnings growth, the data showed.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "Analysts expect fourth-quarter earnings growth of 9.2% for the index.",
        True,
        [("ordinal", 4, None, None), ("percent", 9.2, "%", None)],
        None,
    ),
    (
        "en",
        '"The bar was set low, and companies stepped over it comfortably," said Priyanka Venkataraman, head of equity strategy at Oakhurst Wealth.',
        False,
        [],
        None,
    ),
    ("en", "Strategists are divided over whether profit margins can keep expanding next year.", False, [], None),
]
