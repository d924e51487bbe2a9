"""Two-hundred-and-seventy-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, indexes and figures are
made up (Katrin Oeverdieck, Sabine Ahlrichs, Marten Bussmann, Jens-Ole Marquardt, Sigrun
Delbrügge, Florian Strasser, Anne-Catherine Rüfenacht, Hauke Brodersen, Niels Carstensen and
the Hamburg container line Alsterlinie, Ulrich Terhalle, Hannes Liebscher, Klaus
Weidenfeller, Regula Imboden; Rogelio Quintanar, Vincent Mallory, Ingrid Solberg, the
Tidewater Container Index, Tarek Abdelmoneim, Moira Cathcart, Dominic Harwood, Sophie
Lanctôt, Arvind Menon, Grant Whitcombe, Lars Bjerregaard, Miguel Arredondo, Lionel Baptiste;
every unnamed chief executive, broker, skipper, analyst, party secretary, director, minister
and spokesperson); ministers, port and canal chiefs, union leaders and heads of companies
and agencies of real governments and bodies appear under made-up names that stand for no
real holder, or by their role only ("der Vorstandschef einer Hamburger Reederei", "the
port's party secretary", "Ofcom's director of postal policy", "the federal workplace
relations minister"). Real states, bodies, companies, places and things (Hamburger Hafen,
Hafen Hamburg Marketing, Unternehmensverband Hafen Hamburg, Rotterdam, Antwerpen-Brügge,
Verdi, Zentralverband der deutschen Seehafenbetriebe, Bundesverband Paket und
Expresslogistik, Postgesetz, Huthi-Miliz, Rotes Meer, Suezkanal, PortWatch, Kap der Guten
Hoffnung, Golf von Aden, Kiel Institut für Weltwirtschaft, Deutsche Bahn, DB Cargo,
EU-Kommission, Allianz pro Schiene, EVG, Brenner, Land Tirol, Luegbrücke, Gotthard,
Europäischer Gerichtshof, Brenner-Basistunnel, Bundesamt für Verkehr, SBB Cargo,
Alpen-Initiative, Nord-Ostsee-Kanal, Kiel-Holtenau, Brunsbüttel, Skagen, Wasserstraßen- und
Schifffahrtsverwaltung, Kaub, BASF, Bundesverband der Deutschen Binnenschifffahrt, Deutscher
Wetterdienst, Duisburger Hafen, Duisport, Kohleninsel, Österreichische Post, GPF,
Ifo-Institut, Verband der Elektro- und Digitalindustrie, Schweizerische Post, Syndicom; the
port of Shanghai, SIPG, Yangshan, Singapore, Ningbo-Zhoushan, the Panama Canal Authority,
Gatun Lake, the Indio River, the International Longshoremen's Association, the United
States Maritime Alliance, the Suez Canal, the Houthi rebels, the Port of Felixstowe, Unite,
the A14, Ofcom, Royal Mail, Evri, Amazon, the Association of American Railroads, the Surface
Transportation Board, the Baltic Exchange, the Teamsters Canada Rail Conference, the
Canadian Chamber of Commerce, the Canada Industrial Relations Board, Paradip, Vadhavan, DP
World, the Maritime Union of Australia, Port Botany, the Fair Work Commission,
Sea-Intelligence, the Port of Los Angeles, the Port of Long Beach, UPS, FedEx, Adobe
Analytics, the Postal Service, and the datelines' cities) stand for the way wire copy names
them; every volume, rate, transit, toll, wage, strike length, parcel tally, share, sum, date
and quote here is invented, and where a real figure came to mind (a real port's
throughput, a real union's demand or headcount, a real strike's length, a real fine, a real
canal or tunnel length, a real freight loss, a real project's cost) it was changed (the
years of past strikes, wars and lawsuits kept).

Its weight: SHIPPING, PORTS AND LOGISTICS (the forty-eighth batch's shipping and strikes,
the sixty-sixth batch's shipping, ports, logistics, customs and foreign trade, the
two-hundred-and-sixth batch's transport strikes and the two-hundred-and-thirtieth batch's
trade and tariffs came before, and their decisions are kept) over one year in story order
(early January to December), 29 short stories with the German and English ones interleaved
by month, each told as wire copy runs it (a dateline lead, the figures, attributed claims,
the other side, quotes, reactions). Half German (dpa with its regional slugs "dpa/lno",
"dpa/lrs", "dpa/lnw", dpa-AFX, APA, Keystone-SDA, Reuters German; Austrian "heuer",
"Jänner", "Mrd.", "Mio.", "im Vorjahr", Swiss "862'000", "grössten", "Mitarbeitende",
"während sechs Wochen", «» quotes, German „“ quotes): Hamburg's year and its demand for
federal money, a 48-hour warning strike in the North Sea ports, the German parcel market,
the Cape detour and the Red Sea, DB Cargo's loss and job cuts, Brenner transit and the
Tyrolean driving bans, Swiss transalpine freight, the Kiel Canal's locks, low water at
Kaub, a container line's half-year, the Duisburg port and its China trains, the Austrian
Post's nine months, the Ifo's shortage survey and the Swiss Post's Christmas peak. Half
English (Reuters, AP, PA, PTI, AAP): Shanghai's record year, Panama Canal transits and its
reservoir, an East and Gulf Coast dock strike, Asia-Europe spot rates and a peak season
surcharge, Suez Canal revenue, a Felixstowe strike, the UK parcel market, U.S. rail
carloads, dry bulk rates, a Canadian rail lockout, India's major ports, an Australian
waterfront dispute, schedule reliability, the Port of Los Angeles and the U.S. holiday
parcel peak. Figures as such copy has them: container throughput and capacities in TEU
("Standardcontainer (TEU)", "twenty-foot equivalent units", "a 24,000-TEU vessel"),
tonnages, "Tonnenkilometer", "Nettotonnen", "net tons", carloads and intermodal units,
freight rates per box and per FEU, index points, daily earnings, surcharges and rebates,
canal transits and ships per day, queues at anchor, detours in nautical miles and days,
waits in hours, strike lengths as compounds ("48-stündigen", "a six-day strike", "a
one-week stoppage"), pay demands and offers over months and years, ballots, parcel volumes
per year, per working day and per peak day, lorries per day and per hour, water levels in
centimetres, market shares, jobs, budgets and trade in EUR, USD, GBP, CHF, CAD, AUD, CNY and
INR (crore), number words and compounds („zwölf Monaten“, „zwei Stufen“, „neun bis 14
Tage“, „zweiwöchigen“, „Acht-Punkte-Plan“, „zwölf weitere“, "four new berths", "six
years", "seven months"), fractions („knapp halb so viele“, „etwa jede dritte“, „gut ein
Zehntel“, „mehr als zwei Drittel“, „jedes vierte Paket“, "two in five", "about a fifth"),
ordinals („Rang drei“, „die fünfte Verhandlungsrunde“, „einer fünften Schleusenkammer“, "came
second", "for the third year running", "the fourth straight monthly gain"), hedges,
ranges, years and dates. About 55 negatives as such copy has them: port chiefs', union
leaders', ministers', executives' and brokers' rhetoric in quotes, labels („nannte“,
„bezeichnete ... als“), a warning and an appeal that name no measure, hopes and fears,
analysts' and traders' beliefs and expectations, doubts, evasions and open questions, each
near a check-worthy look-alike: the same speaker's figure, the union's and the employers'
figures, an announced step, a study's or regulator's findings.

239 rows (121 German, 118 English), 59 negatives (30 German, 29 English), 180 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 334 expected quantities (110 counts,
74 percentages - 73 in %, 1 in percentage points -, 46 amounts of money - 22 USD, 13 EUR, 5
GBP, 2 CAD, 1 each AUD, CHF, CNY, INR -, 33 durations - 9 in years, 8 in hours, 7 in days, 5
in weeks, 4 in months -, 21 years, 20 ordinals, 15 dates, 15 fractions; none of them in
negatives, which hold no figure), 36 checked speakers (24 German, 12 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, feeling, hope, fear, belief or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-thirtieth,
  two-hundred-and-forty-fourth); a quoted or reported statement of fact, figure, step,
  plan, demand, offer or position is check-worthy with its speaker, also in Konjunktiv I
  (sixty-sixth, two-hundred-and-sixth). Pairs from one speaker: Oeverdieck's 49.2 percent
  beside „Ohne diesen Hafen ...“; Ahlrichs's third warning strike beside „Wer in dieser
  Lage ...“; Bussmann's 262,000 beside „Ohne die Paketbotinnen ...“; Delbrügge's 2027 beside
  „Wir schrumpfen uns nicht kaputt ...“; Strasser's two years beside „Tirol ist nicht der
  Parkplatz Europas“; Rüfenacht's 110 million francs beside «Die Verlagerung ist eine
  Erfolgsgeschichte ...»; Brodersen's 14 hours beside „Hauptschlagader“; Carstensen's
  forecast beside „Die fetten Jahre ...“; Terhalle's 280 million euros beside „Drehscheibe
  Europas“ and his evasion; Liebscher's 1,200 carriers beside „Wachstumsmotor“;
  Weidenfeller's chips beside „fragiler“; Imboden's quarter beside «bereit für den grössten
  Ansturm»; Quintanar's $5.4 billion beside "rhythm back"; Mallory's $58 beside "The ports
  stay dark"; Solberg's 6% beside "too many ships chasing too little cargo";
  Abdelmoneim's 2,310 ships beside "shortest, safest and cheapest"; Cathcart's £61 million
  beside "the reason this port makes money"; Harwood's 12 hubs beside "turned the corner";
  Lanctôt's arbitration beside "No one wins"; Menon's 52 hours beside "shoulder to
  shoulder"; Whitcombe's A$30 million beside "to ransom"; Bjerregaard's finding beside
  "enjoy this while it lasts"; Arredondo's 9.8 million TEUs beside "a tax"; Baptiste's 11
  machines and 98% beside "our Super Bowl" (a name for an event in a quote carries nothing).
- Strikes, demands and offers (forty-eighth, sixty-sixth, two-hundred-and-sixth): a called
  or running strike with its length is check-worthy ("48-stündigen Warnstreik" 48 hours, "a
  six-day strike from May 18" 6 days and the date, "for 24 hours"); "bereits der dritte
  Warnstreik in dieser Tarifrunde" ordinal 3, „Die fünfte Verhandlungsrunde ... für den 4.
  März“ ordinal 5 and --03-04, "the first coastwide strike ... since 1977" ordinal 1 and the
  year; demands and offers with their terms ("um 3 Euro sowie einen Inflationsausgleich von
  1.500 Euro bei einer Laufzeit von zwölf Monaten", „7,5 Prozent mehr Lohn in zwei Stufen
  über 24 Monate“ - "über" before a span no hedge -, "a 68% raise over six years", "a 42%
  increase over the same period" - "the same period" none -, "24% over four years ...
  12.5% over three years", "$58 an hour ..., from $37 now" - "an hour" none -, "a 7% pay
  offer", "a one-off payment of £500" - "one-off" none, hundredth -, ballots "82% ... on a
  turnout of 79%"); "Verdi fordert ..." is a demand naming a measure and check-worthy
  (two-hundred-and-fourth). "to cut minimum rest periods between shifts to 10 hours from 12
  hours" two durations. "a one-week stoppage" 1 week (the issue's "a two-week visit").
- Container volumes and capacities in TEU are counts (forty-eighth, sixty-sixth,
  two-hundred-and-thirtieth): „7,9 Millionen Standardcontainer (TEU)“, „rund 2,3 Millionen
  TEU“, „6,4 Millionen TEU“, „2,3 Millionen TEU“, „1,7 Millionen TEU“, „bis zu 850.000 TEU“
  "up_to", "a record 53.8 million" ("a record" no hedge), "42.7 million TEUs", "about 40
  million" (the unit understood), "60 million TEUs", "up to 14,000 TEUs", "1.1 million
  TEUs", "13.1 million TEUs", "891,214 TEUs", "438,900 TEUs ... 121,400 TEUs", "about 9.8
  million TEUs", "836,000 TEUs"; "twenty-foot equivalent units" count 20 and "a 40-foot
  container", „einen 40-Fuß-Container“ count 40 (sixty-sixth); "a 24,000-TEU vessel" 24,000
  (the figure in the compound, sixty-sixth: "a 105,000-deadweight-tonne tanker").
- Tonnages, distances, speeds and levels are counts (forty-eighth, sixty-sixth):
  „112,6 Millionen Tonnen“, „168 Millionen Tonnen“, „35,6 Millionen Tonnen“, „rund 52
  Millionen Tonnen“, "842 million tonnes", "146 million tonnes", "36.2 million tonnes",
  "about 150,000 tonnes", „etwa 3.400 Seemeilen“, „bis zu 280 Seemeilen“ "up_to", "a
  maximum draft of 50 feet", "a 10-kilometer stretch", "22.4 miles per hour", „nur noch 61
  Zentimeter“ („nur noch“ no hedge), „Bei einem Pegel von 40 Zentimetern“, „um rund 25
  Zentimeter“, „Pakete über 20 Kilogramm“ 20 "over" („über“ straight before the figure, the
  issue's „über 3.000 Soldaten“). New: „71,4 Milliarden Tonnenkilometer“ is count
  71,400,000,000 - a unit of transport work is read as written, as „Kubikmeter“ and
  „Festmeter“ are (two-hundred-and-forty-fourth) and "TEU" is. New: „rund 43 Millionen
  Nettotonnen“ and "130,000 net tons or more" are counts (43,000,000 "about"; 130,000, "or
  more" no hedge, sixtieth) - a net tonnage is counted as "gross tonnes" is (sixty-sixth).
- Transits, ships, lorries, trains and parcels per day, week or hour are counts; "am Tag",
  "pro Stunde", "pro Woche", "täglich", "jährlich", "a day" carry none (forty-eighth,
  sixty-sixth): "1,012 transits", "38 vessels a day", „täglich durchschnittlich 34 Schiffe“
  ("durchschnittlich" no hedge), „mehr als 7.000 Lastwagen am Tag“ "over", „höchstens 280
  Lkw pro Stunde“ "at_most", „rund 18 pro Woche“, „gut 14 Millionen Pakete“ "over", „bis zu
  25 Millionen“ "up_to", „knapp 4,4 Milliarden Sendungen“ "nearly", „168 Millionen Pakete“,
  „rund 27 Millionen Paketen“, „bis zu 1,3 Millionen Pakete“, „196 Millionen Pakete“, "4.5
  billion parcels", "about 22 million packages a day", "more than 100 million packages",
  „23 Containerschiffe vor Anker“, "About 40 container ships", "about 70 ships", „13.240
  Schiffe“, "2,310 ships ..., compared with 6,180", „knapp 2,6 Millionen Schwerfahrzeuge“,
  „862'000 Lastwagen“ (the Swiss apostrophe, tenth), „um mehr als 200'000 Fahrten“ "over".
  New: "232,418 carloads", "279,655 units", "58,102" and "5.6 million carloads" are counts -
  "carloads" and "units" name what is counted, as "TEU" does.
- Rates, fares and prices are money in the currency written (forty-second, sixty-sixth):
  "$2,410", "$2,180 per FEU" ("per FEU" none), "$1,000 per container" ("per container"
  none), „2.950 Dollar“ (German "Dollar" USD), „von 1.845 auf 1.412 Dollar je
  Standardcontainer“ both USD (the currency written once, sixty-sixth), "up $2,310 at
  $26,640" both with no hedge (two-hundred-and-sixth: "£5,980, up £263"), „von bis zu 45
  Euro“ "up_to" („Für jede Tonne“ none), "had topped $4 million" (a verb, no hedge,
  sixty-sixth), "around $150,000" "about", "6p to £3.49" 0.06 and 3.49 GBP (pence,
  hundred-fifteenth), "13.2 billion yuan ($1.8 billion)" CNY and USD, "C$1.2 billion worth
  of goods a day" and "C$3.5 billion" CAD, "more than A$30 million" AUD "over", "Rs 81,500
  crore" 815,000,000,000 INR (crore, twelfth and sixty-sixth), „2,25 Mrd. Euro“ and „151
  Mio. Euro“, „jährlich 400 Millionen Euro statt bisher 38 Millionen Euro“ („statt bisher“
  no hedge, two-hundred-and-thirtieth), „mit jährlich 110 Millionen Franken“ CHF, „zwischen
  1,5 und 2,5 Milliarden Dollar“ both (sixty-sixth: "zwischen 1,8 und 2,4 Milliarden
  Euro"), "up to $5 billion a day" "up_to", "$246 billion", "£8.2 million".
- Index levels and points are counts (fourteenth, thirty-eighth, hundred-fiftieth): "rose
  112 points, or 6.1%, to 1,948" 112, 6.1% and 1,948 (the level without its unit word),
  "to 3,215 points", "rose 41 points to 1,603". Ship classes carry none ("Neopanamax",
  "capesize", "Capesize", "panamax", "supramax"; sixty-sixth).
- Multiples and fractions (twelfth, sixty-sixth, two-hundred-and-sixth): „gut doppelt so
  hoch“ count 2 "over"; „knapp halb so viele“ 0.5 "nearly" (hundred-seventy-seventh: „fast
  halb so viele“), „Etwa jede dritte Sendung“ 0.3333 "about", „etwa ein Drittel“ and „rund
  ein Drittel“ 0.3333 "about", „gut ein Zehntel“ 0.1 "over", „mehr als zwei Drittel“
  0.6667 "over", „Rund ein Viertel“ 0.25 "about", „fast jeder fünfte Zusteller“ 0.2
  "nearly", „jedes vierte Paket“ 0.25 (the issue's "jeder vierte"), "nearly half" 0.5
  "nearly", "roughly half" 0.5 "about", "about a fifth" 0.2 "about", "roughly a quarter"
  0.25 "about", "about a third of them" 0.3333 "about", "more than two in five" 0.4 "over"
  (seventy-first: "two in five").
- Definite groups named by their size are counts (hundred-fortieth,
  two-hundred-and-thirtieth: "the world's two largest economies" 2): "Canada's two largest
  railroads" 2, "Together the two ports" 2, "India's 12 major ports" 12, "DP World's four
  Australian container terminals" 4, "Of the 13 largest carriers" 13, "Of the 10 carload
  commodity groups ..., seven" 10 and 7; „Acht-Punkte-Plan“ 8 (the issue's
  "28-Punkte-Entwurf"); "four new berths", „zwölf weitere Neubauten“ („weitere“ no hedge),
  „312 Schiffe“, "12 new automated parcel hubs", "2,000 additional drivers", "11 new sorting
  machines", „1'400 zusätzliche Mitarbeitende“ („zusätzliche“ no hedge), „rund 600
  Lieferwagen mehr“ ("mehr" after the figure no hedge), „rund 4.200 der knapp 29.000
  Stellen“, "41,000 complaints", "roughly 85,000 seasonal workers, about 40,000 fewer".
  None: "eine Spur je Richtung" (an article, as "a single beaver dam",
  two-hundred-and-forty-fourth), "beide Seiten", "both parties", "one-off", "Several".
- Ordinals: „auf Rang drei“ 3 (sixty-sixth: „Rang zwei“), "came second ... third" 2 and 3
  (hundred-third: "finished second"), "in the fourth quarter" 4, „im ersten Halbjahr“ 1
  (three times), „in den ersten drei Quartalen“ ordinal 1 and count 3 (fifteenth: a
  quarter is no unit of duration), "in the first three months" ordinal 1 and 3 months and
  "For the first 26 weeks of the year" ordinal 1 and 26 weeks (sixty-sixth: "In the first 11
  months"), "a fifth weekly fall in a row" 5 and "the fourth straight monthly gain" 4
  (sixty-sixth: "the eighth straight monthly decline"), "their third such attempt" 3, "for
  the third year running" 3 (two-hundred-and-thirtieth), "for the first time in their
  history" 1, "its second-best total on record" 2 (forty-eighth: "its second-busiest
  year"), „einer fünften Schleusenkammer“ 5. "in the quarter", "in the same quarter" none
  (two-hundred-and-sixth: "quarter" names a period). "busiest", "largest", „so hoch wie
  nie“, „so viele wie noch nie“, „ein neuer Höchstwert“, "a record" none.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „zweiwöchigen Reparatur“ 2 weeks, „zwei Jahre lang“ 2 years (two-hundred-and-forty-fourth),
  „an 34 Tagen“ 34 days (two-hundred-and-sixth: "an insgesamt neun Tagen"), „während sechs
  Wochen“ 6 weeks (Swiss "während", an earlier batch's „während 41 Stunden“), „Gut zwei
  Jahre nach Beginn“ 2 years "over" (seventy-first: „gut“), „seit mehr als 120 Jahren“ 120
  years "over", „neun bis 14 Tage“ two durations (the first takes the unit of the second,
  forty-eighth), „im Schnitt um zwölf Tage“ ("im Schnitt" no hedge), „bis zu 14 Stunden“
  "up_to", „auf durchschnittlich 16 Wochen“, „fünf Jahre zuvor“ 5 years (as „vor fünf
  Jahren“, two-hundred-and-forty-fourth), "in under 30 hours" 30 hours "under" (sixty-sixth:
  „unter“ and "just under" give "under"), "for the next 40 years", "three years ago", "its
  highest in seven months" 7 months (sixty-sixth: "the lowest in four months"), "to 52 hours
  from 91 hours", "an average of 4.9 days" ("an average of" no hedge). None: „im vergangenen
  Jahr“, „im Vorjahr“, „im Jahr zuvor“, „im Jahr davor“, „ein Jahr zuvor“, „vor einem
  Jahr“, „im Vorjahreszeitraum“, „im selben Zeitraum“, „heuer“, „seit Jahresbeginn“, „bis
  Jahresende“, „im übrigen Jahr“, „ab Jänner“, „in der Adventszeit“, "last year", "this
  year", "a year earlier", "so far this year", "year on year", "this week", "last month",
  "the fiscal year that ends in September", "the last fiscal year", "the last financial
  year", "more than a week", "for weeks", "since August", "by Tuesday evening", "the
  pandemic years".
- New: „Der Deutsche Wetterdienst erwartet für die kommenden zehn Tage keinen nennenswerten
  Regen ...“ is check-worthy with 10 days - a weather service's published forecast over a
  stated horizon is a checkable statement and its horizon a figure, while forecasts by
  market watchers and traders without a figure stay negatives ("Many freight forwarders
  expect ...", "Traders expect ...", „Analysten halten die neue Prognose für zu
  optimistisch.“; sixty-sixth, two-hundred-and-thirtieth). A company's forecast with a
  figure is check-worthy (sixty-sixth): Carstensen's Ebit range, the Swiss Post's 27 million
  parcels, UPS's 22 million a day, Quintanar's revenue, Solberg's 6%, Adobe Analytics' $246
  billion; an analyst's estimate with a figure likewise (Marquardt's 9 percent, the Wall
  Street bank's $5 billion, the Chamber's C$3.5 billion).
- Check-worthy without a figure (sixty-sixth, two-hundred-and-thirtieth,
  two-hundred-and-forty-fourth): the BIEK's market analysis („Das geht aus einer
  Marktanalyse hervor ...“), the Houthis' claim of an attack (sixty-sixth), Lanctôt's
  announced step, Weidenfeller's reported cause, Bjerregaard's finding. A criticism stating
  a checkable share is check-worthy (two-hundred-and-sixth: „Der VCÖ kritisierte, dass fast
  ein Drittel ...“): „Die Gewerkschaft GPF kritisierte, dass fast jeder fünfte Zusteller
  ...“.
- Negatives, with no figure in any of them (two-hundred-and-fourth,
  two-hundred-and-thirtieth, two-hundred-and-forty-fourth): quotes of rhetoric and pride
  from all sides; labels („nannte die Zahlen“, „nannte den Ausstand“, „bezeichnete die
  Arbeitsbedingungen als“, „bezeichnete die Fahrverbote ... als“, „nannte die Bilanz“,
  „bezeichnete den Druck ... als“); a warning naming no measure (the EVG's „Kahlschlag“,
  "Farm groups warned ..."); appeals naming no measure („rief beide Seiten auf“, "urged both
  parties to settle ..."); hopes and fears („Die Binnenschiffer hoffen ...“, „Reeder und
  Lotsen fürchten ...“, „Viele Mittelständler fürchten ...“, "fear the reservoir will
  ...", "Hauliers fear ...", "Retailers hope ..."); beliefs, verdicts, expectations and
  doubts („Reedereimanager halten ... für unwahrscheinlich“, „Analysten halten ... für“,
  "Analysts believe ...", "Exporters' groups believe ...", "Analysts said they believed
  ...", "Some shippers doubt ...", "Shippers privately doubt ..."); evasions and open
  questions („Ob ... ist offen“ twice, „ließ Terhalle offen“, "It was unclear ...",
  "Whether ... is still an open question").
- Years and dates (every batch): „seit dem Herbst 2022“, „seit 2022“, „im Dezember 2021“,
  „bereits 2024“, „Bis Ende 2029“, „ab 2027“, „bis 2027“, „bis 2030“, „2032“ (twice),
  „2033“, "since 1977", "in 2019", "of 2023", "since November 2023", "since 2020", "in
  early 2022", "in 2015", "by 2028", "by 2030", "in 2030" years. Reuters datelines with a day
  are dates without a year ("SHANGHAI, Jan 9" --01-09, "PANAMA CITY, Feb 3" --02-03,
  "LONDON, April 2" --04-02, "WASHINGTON, July 2" --07-02, "LONDON, July 15" --07-15,
  "MONTREAL, Aug 27" --08-27, "COPENHAGEN, Nov 6" --11-06); dpa, dpa-AFX, APA,
  Keystone-SDA, Reuters German ("Frankfurt (Reuters) -"), AP, PA, PTI and AAP datelines none
  (seventy-ninth). "in the week ended June 28" --06-28 (an earlier batch: "for the week
  ended March 7"), "from June 1", "from May 18", "since Dec. 31", "for Nov. 4", "on Dec. 17",
  „für den 4. März“ and „bis zum 20. Dezember“ dates without a year ("bis zum" before a date
  no hedge, as „vorerst bis zum 20. Dezember“ in an earlier batch). Weekdays, months and
  "Thanksgiving", "New Year's Day", "Cyber Monday", "Christmas", „Heiligabend“,
  „Weihnachten“ none.
- Percentages as written (every batch): „ein Plus von 3,1 Prozent“, „knapp 18 Prozent“
  "nearly", „Nur 27 Prozent“ ("Nur" no hedge), „mehr als 70 Prozent“ "over", „rund 38
  Prozent“, „gut 25 Prozent“ "over", „fast 78 Prozent“ "nearly", „knapp 7 Prozent“ "nearly",
  „gut 2 Prozent“ "over", "about 70% above their level" ("above" after the figure no hedge),
  "about 34%", "about 28%", "roughly 31%" "about", "by only 2% to 3%" ("only" no hedge, "to"
  none), "rose to 58.4% ... from 52.1%", "1.3 percentage points" pp (seventeenth), "of
  86.2%, while the worst managed just 41.7%" ("just" no hedge), "bottomed out at 35%", "98%
  of holiday mail".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „Etwa“, "about", "About",
  "Around", "around", "roughly" "about"; „knapp“, „Knapp“, „fast“, "nearly" "nearly";
  „mehr als“, „gut“, „Gut“, „über“, "more than" "over"; „bis zu“, "up to" "up_to";
  „höchstens“ "at_most"; "under" "under". No hedge: „im Schnitt“, „durchschnittlich“,
  „jeweils“, „derzeit“, „bereits“, „nur noch“, „Nur“, „zusätzlich“, „zusätzliche“,
  „weitere“, „statt bisher“, „inzwischen“, "only", "just", "a record", "an average of",
  "alone", "or more", "over" before a span, "to" in a range, and „mehr“, "fewer" after a
  figure.
- Speakers, checked only in forms the earlier batches settled: the name with the title
  dropped („Hafenchefin Katrin Oeverdieck sagte, ...“, „Verhandlungsführerin Sabine
  Ahlrichs sagte, ...“, „Verbandschef Marten Bussmann sagte, ...“, „Cargo-Chefin Sigrun
  Delbrügge sagte, ...“, „Verkehrslandesrat Florian Strasser sagte, ...“,
  „Verkehrsministerin Anne-Catherine Rüfenacht sagte, ...“, „Kanalkapitän Hauke Brodersen
  sagte, ...“, „Vorstandschef Niels Carstensen sagte, ...“, „Vorstandschef Ulrich Terhalle
  sagte, ...“, „Generaldirektor Hannes Liebscher sagte, ...“, „Ifo-Experte Klaus
  Weidenfeller sagte, ...“, „Konzernleiterin Regula Imboden sagte, ...“ - the office
  heading "X sagte", hundred-eightieth and two-hundred-and-forty-fourth - and „..., sagte
  Schifffahrtsanalyst Jens-Ole Marquardt.“); „teilte der Verband mit“, „teilte das
  Unternehmen am Mittwoch mit“, „teilte das Land Tirol am Montag mit“, „teilte die Post am
  Mittwoch mit“, „teilte das Ifo-Institut am Montag mit“, „teilte die Wasserstraßen- und
  Schifffahrtsverwaltung mit“ and „teilte das Bundesamt für Verkehr (BAV) am Dienstag mit“
  the source with its article in the nominative, the weekday and the abbreviation in
  brackets dropped (sixty-sixth, two-hundred-and-sixth, two-hundred-and-forty-fourth);
  „nach Angaben der Gewerkschaft“ -> "die Gewerkschaft" (two-hundred-and-sixth), „nach
  Angaben der Allianz pro Schiene“, „nach Angaben des Bundesverbands der Deutschen
  Binnenschifffahrt“ and „nach Angaben des Verbands der Elektro- und Digitalindustrie“ the
  source in the nominative (two-hundred-and-thirtieth, two-hundred-and-forty-fourth).
  English: the name with the role dropped ("Canal Administrator Rogelio Quintanar told
  reporters", "Chairman Tarek Abdelmoneim told reporters", "Labour Minister Sophie Lanctôt
  told reporters" - "told reporters" names the speaker, two-hundred-and-fourth -, "Unite
  general secretary Moira Cathcart said", "Royal Mail chief executive Dominic Harwood said",
  "Shipping Minister Arvind Menon said", "DP World Australia chief executive Grant Whitcombe
  said", "Sea-Intelligence chief executive Lars Bjerregaard said", "Port Executive Director
  Miguel Arredondo said", "Postmaster General Lionel Baptiste said"; two-hundred-and-sixth,
  two-hundred-and-thirtieth); "Mallory said ..." and "Solberg said ..." opening the row as
  written (two-hundred-and-thirtieth). Left unchecked (None): all negatives, also those with
  a named speaker; „wie das Unternehmen am Donnerstag mitteilte“ (two-hundred-and-fourth and
  two-hundred-and-thirtieth leave "wie ... mitteilte" unchecked), „teilte die
  Hafengesellschaft Duisport mit“ (a description before the name, two-hundred-and-sixth),
  „nach eigenen Angaben“, „Nach Berechnungen des ...“, „nach Daten der Plattform ...“,
  „Das geht aus ... hervor“, „kritisierte“, „erwartet“, „fordert“; bodies' "said" (the city
  government, the Panama Canal Authority, port operator SIPG, the United States Maritime
  Alliance, the Unite union, the union, the port, Ofcom, the regulator, the Association of
  American Railroads, the Teamsters Canada Rail Conference, the shipping ministry, Port
  Botany's operator, the Maritime Union of Australia, Danish consultancy Sea-Intelligence,
  the company, FedEx, the canal authority, the canal's chairman - a role without a name;
  two-hundred-and-fourth, two-hundred-and-thirtieth), "according to ...", "data showed",
  "the Index showed", "estimated", "the association tracks" and rows without attribution.
  New: to keep the checked speakers near 35, this batch, as the two-hundred-and-sixth did,
  also leaves unchecked three forms it could have checked: „nach Angaben von Hafen Hamburg
  Marketing“ (the name as written, twenty-first: „nach Angaben von Eurostat“), the second
  „nach Angaben der Wasserstraßen- und Schifffahrtsverwaltung“ (the Kiel Canal) and the Swiss
  „teilte die Post am Montag mit“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_272 = [
    # --- Hamburger Hafen: Jahresbilanz (dpa/lno), Januar ---
    (
        "de",
        "Hamburg (dpa/lno) - Über die Kaikanten des Hamburger Hafens sind im vergangenen Jahr 7,9 Millionen Standardcontainer (TEU) gegangen, ein Plus von 3,1 Prozent.",
        True,
        [("count", 7900000, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der gesamte Seegüterumschlag stieg nach Angaben von Hafen Hamburg Marketing um 1,4 Prozent auf 112,6 Millionen Tonnen.",
        True,
        [("percent", 1.4, "%", None), ("count", 112600000, None, None)],
        None,
    ),
    (
        "de",
        "Im Ranking der europäischen Containerhäfen liegt Hamburg damit weiter auf Rang drei hinter Rotterdam und Antwerpen-Brügge.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Verkehr mit China, dem mit Abstand wichtigsten Handelspartner des Hafens, wurden rund 2,3 Millionen TEU bewegt.",
        True,
        [("count", 2300000, None, "about")],
        None,
    ),
    (
        "de",
        "Hafenchefin Katrin Oeverdieck sagte, der Anteil der Bahn am Hinterlandverkehr sei auf 49,2 Prozent gestiegen, so hoch wie nie.",
        True,
        [("percent", 49.2, "%", None)],
        "Katrin Oeverdieck",
    ),
    ("de", "„Ohne diesen Hafen läuft in der deutschen Exportindustrie gar nichts“, sagte Oeverdieck.", False, [], None),
    (
        "de",
        "Der Unternehmensverband Hafen Hamburg nannte die Zahlen „ordentlich, aber kein Grund zum Jubeln“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Elbvertiefung und die Sanierung der Kaimauern fordert die Hafenwirtschaft vom Bund jährlich 400 Millionen Euro statt bisher 38 Millionen Euro.",
        True,
        [("money", 400000000, "EUR", None), ("money", 38000000, "EUR", None)],
        None,
    ),
    ("de", "Ob die großen Reederei-Allianzen Hamburg im neuen Fahrplan häufiger anlaufen, ist offen.", False, [], None),
    # --- Port of Shanghai's record year (Reuters), January ---
    (
        "en",
        "SHANGHAI, Jan 9 (Reuters) - The port of Shanghai handled a record 53.8 million twenty-foot equivalent units (TEUs) last year, extending its lead as the world's busiest container port, the city government said on Friday.",
        True,
        [("date", "--01-09", None, None), ("count", 53800000, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Volumes rose 4.6% from the previous year, with the deep-water Yangshan terminals accounting for nearly half of the total.",
        True,
        [("percent", 4.6, "%", None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Singapore came second with 42.7 million TEUs and Ningbo-Zhoushan third with about 40 million, according to port data compiled by Reuters.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 42700000, None, None),
            ("ordinal", 3, None, None),
            ("count", 40000000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Shanghai's automated terminals can now load and unload a 24,000-TEU vessel in under 30 hours, port operator SIPG said.",
        True,
        [("count", 24000, None, None), ("duration", 30, "hour", "under")],
        None,
    ),
    (
        "en",
        '"Shanghai will keep setting the pace for global shipping," the port\'s party secretary told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shipments through the port to the United States fell by about a fifth in the fourth quarter as buyers brought orders forward ahead of tariff increases.",
        True,
        [("fraction", 0.2, None, "about"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "SIPG's net profit rose 8% to 13.2 billion yuan ($1.8 billion), according to its filing with the Shanghai bourse.",
        True,
        [("percent", 8, "%", None), ("money", 13200000000, "CNY", None), ("money", 1800000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts believe growth will slow this year as trade tensions weigh on demand for Chinese goods.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The city plans to raise annual capacity to 60 million TEUs by 2030, with four new berths at Yangshan.",
        True,
        [("count", 60000000, None, None), ("year", 2030, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Warnstreik in den Nordseehäfen (dpa), Februar ---
    (
        "de",
        "Bremerhaven (dpa) - Mit einem 48-stündigen Warnstreik hat die Gewerkschaft Verdi am Donnerstag die Abfertigung in den großen deutschen Nordseehäfen weitgehend lahmgelegt.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Betroffen waren nach Angaben der Gewerkschaft rund 11.000 Beschäftigte in Hamburg, Bremerhaven, Bremen, Emden und Wilhelmshaven.",
        True,
        [("count", 11000, None, "about")],
        "die Gewerkschaft",
    ),
    (
        "de",
        "Vor der Wesermündung lagen am Abend 23 Containerschiffe vor Anker und warteten auf einen freien Liegeplatz.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Verdi fordert für die Hafenarbeiter eine Erhöhung der Stundenlöhne um 3 Euro sowie einen Inflationsausgleich von 1.500 Euro bei einer Laufzeit von zwölf Monaten.",
        True,
        [("money", 3, "EUR", None), ("money", 1500, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Zentralverband der deutschen Seehafenbetriebe hat nach eigenen Angaben 7,5 Prozent mehr Lohn in zwei Stufen über 24 Monate angeboten.",
        True,
        [("percent", 7.5, "%", None), ("count", 2, None, None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "Verhandlungsführerin Sabine Ahlrichs sagte, es sei bereits der dritte Warnstreik in dieser Tarifrunde.",
        True,
        [("ordinal", 3, None, None)],
        "Sabine Ahlrichs",
    ),
    (
        "de",
        "„Wer in dieser Lage mit einem Angebot unterhalb der Inflation kommt, provoziert diesen Streik“, sagte Ahlrichs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband nannte den Ausstand „unverhältnismäßig und schädlich für den Standort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hafenwirtschaft rief beide Seiten auf, rasch an den Verhandlungstisch zurückzukehren.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die fünfte Verhandlungsrunde ist für den 4. März in Bremen angesetzt.",
        True,
        [("ordinal", 5, None, None), ("date", "--03-04", None, None)],
        None,
    ),
    # --- Panama Canal transits (Reuters), February ---
    (
        "en",
        "PANAMA CITY, Feb 3 (Reuters) - The Panama Canal handled 1,012 transits in January, up 9% from a year earlier, as water levels in Gatun Lake recovered from the drought, the Panama Canal Authority said on Tuesday.",
        True,
        [("date", "--02-03", None, None), ("count", 1012, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "The waterway is now allowing 38 vessels a day with a maximum draft of 50 feet, its normal level.",
        True,
        [("count", 38, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "Canal Administrator Rogelio Quintanar told reporters the canal expected revenue of about $5.4 billion in the fiscal year that ends in September.",
        True,
        [("money", 5400000000, "USD", "about")],
        "Rogelio Quintanar",
    ),
    ("en", '"The canal has its rhythm back, and our customers can plan again," Quintanar said.', False, [], None),
    (
        "en",
        "Neopanamax vessels, which can carry up to 14,000 TEUs, made up roughly a quarter of transits last month.",
        True,
        [("count", 14000, None, "up_to"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Auction fees for last-minute slots, which had topped $4 million during the drought, have fallen to around $150,000.",
        True,
        [("money", 4000000, "USD", None), ("money", 150000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The authority plans to build a $1.9 billion reservoir on the Indio River to secure the canal's water supply for the next 40 years.",
        True,
        [("money", 1900000000, "USD", None), ("duration", 40, "year", None)],
        None,
    ),
    (
        "en",
        "Farmers and environmental groups in the area fear the reservoir will flood their villages and fields.",
        False,
        [],
        None,
    ),
    # --- Paketmarkt Deutschland (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Die Kurier-, Express- und Paketdienste in Deutschland haben im vergangenen Jahr knapp 4,4 Milliarden Sendungen befördert, 2,8 Prozent mehr als im Jahr zuvor.",
        True,
        [("count", 4400000000, None, "nearly"), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Marktanalyse hervor, die der Bundesverband Paket und Expresslogistik (BIEK) am Dienstag in Berlin vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An einem durchschnittlichen Werktag wurden damit gut 14 Millionen Pakete ausgeliefert, in der Vorweihnachtszeit an Spitzentagen bis zu 25 Millionen.",
        True,
        [("count", 14000000, None, "over"), ("count", 25000000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Umsatz der Branche wuchs um 4,1 Prozent auf 28,7 Milliarden Euro.",
        True,
        [("percent", 4.1, "%", None), ("money", 28700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Etwa jede dritte Sendung ging an eine Packstation oder einen Paketshop statt an die Haustür, teilte der Verband mit.",
        True,
        [("fraction", 0.3333, None, "about")],
        "der Verband",
    ),
    (
        "de",
        "Verbandschef Marten Bussmann sagte, die Zahl der Beschäftigten in der Branche sei auf rund 262.000 gestiegen.",
        True,
        [("count", 262000, None, "about")],
        "Marten Bussmann",
    ),
    ("de", "„Ohne die Paketbotinnen und Paketboten stünde der Onlinehandel still“, sagte Bussmann.", False, [], None),
    (
        "de",
        "Die Gewerkschaft Verdi bezeichnete die Arbeitsbedingungen bei vielen Subunternehmern als „moderne Ausbeutung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pakete über 20 Kilogramm müssen seit Jahresbeginn mit einem deutlichen Hinweis auf ihr Gewicht gekennzeichnet sein, so schreibt es das novellierte Postgesetz vor.",
        True,
        [("count", 20, None, "over")],
        None,
    ),
    # --- East and Gulf Coast port strike (AP), March ---
    (
        "en",
        "NEW YORK (AP) — Dockworkers walked off the job at 34 ports from Maine to Texas early Tuesday in the first coastwide strike by the International Longshoremen's Association since 1977.",
        True,
        [("count", 34, None, None), ("ordinal", 1, None, None), ("year", 1977, None, None)],
        None,
    ),
    (
        "en",
        "The walkout by about 47,000 workers halted the unloading of container ships at ports that handle roughly half of the country's ocean imports.",
        True,
        [("count", 47000, None, "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "The union is demanding a 68% raise over six years and a complete ban on automated cranes and gates.",
        True,
        [("percent", 68, "%", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "The United States Maritime Alliance, which represents port employers, said it had offered a 42% increase over the same period.",
        True,
        [("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        '"The ports stay dark until our members get the contract they have earned," union president Vincent Mallory said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mallory said the top base wage for longshoremen would rise to $58 an hour under the union's proposal, from $37 now.",
        True,
        [("money", 58, "USD", None), ("money", 37, "USD", None)],
        "Mallory",
    ),
    (
        "en",
        "Economists at a Wall Street bank estimated the strike could cost the U.S. economy up to $5 billion a day.",
        True,
        [("money", 5000000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "It was unclear how long retailers' stockpiles would last if the stoppage dragged on beyond the end of the month.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 40 container ships were anchored off New York and Savannah by Tuesday evening, according to ship-tracking data.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    # --- Umwege um das Kap (Reuters), März ---
    (
        "de",
        "Frankfurt (Reuters) - Gut zwei Jahre nach Beginn der Huthi-Angriffe im Roten Meer meiden die meisten großen Containerreedereien weiterhin den Suezkanal.",
        True,
        [("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Im Februar fuhren nach Daten der Plattform PortWatch täglich durchschnittlich 34 Schiffe durch den Kanal, knapp halb so viele wie vor Beginn der Angriffe.",
        True,
        [("count", 34, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wer um das Kap der Guten Hoffnung ausweicht, legt zwischen Shanghai und Rotterdam etwa 3.400 Seemeilen mehr zurück und braucht je nach Tempo neun bis 14 Tage länger.",
        True,
        [("count", 3400, None, "about"), ("duration", 9, "day", None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Die Spotrate für einen 40-Fuß-Container von Shanghai nach Rotterdam lag zuletzt bei 2.950 Dollar und damit gut doppelt so hoch wie vor der Krise.",
        True,
        [("count", 40, None, None), ("money", 2950, "USD", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Huthi-Miliz reklamierte am Wochenende erneut einen Angriff auf einen Frachter im Golf von Aden für sich.",
        True,
        [],
        None,
    ),
    ("de", "Reedereimanager halten eine Rückkehr ins Rote Meer vor dem Sommer für unwahrscheinlich.", False, [], None),
    (
        "de",
        "Nach Berechnungen des Kiel Instituts für Weltwirtschaft verlängern sich die Lieferzeiten zwischen Asien und Europa dadurch im Schnitt um zwölf Tage.",
        True,
        [("duration", 12, "day", None)],
        None,
    ),
    (
        "de",
        "„Das Rote Meer bleibt für unsere Schiffe tabu, solange dort Raketen fliegen“, sagte der Vorstandschef einer Hamburger Reederei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Durch die Umwege seien weltweit rund 9 Prozent der Containerschiffskapazität gebunden, sagte Schifffahrtsanalyst Jens-Ole Marquardt.",
        True,
        [("percent", 9, "%", "about")],
        "Jens-Ole Marquardt",
    ),
    # --- Container freight rates (Reuters), April ---
    (
        "en",
        "LONDON, April 2 (Reuters) - Spot freight for a 40-foot container between Asia and northern Europe dropped 6% this week to $2,410, a fifth weekly fall in a row, the Tidewater Container Index showed.",
        True,
        [
            ("date", "--04-02", None, None),
            ("count", 40, None, None),
            ("percent", 6, "%", None),
            ("money", 2410, "USD", None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "Rates on the transpacific route to the U.S. West Coast slipped 3% to $2,180 per FEU.",
        True,
        [("percent", 3, "%", None), ("money", 2180, "USD", None)],
        None,
    ),
    (
        "en",
        "Even after the slide, rates remain about 70% above their level in 2019, before the pandemic upended supply chains.",
        True,
        [("percent", 70, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Carriers have taken delivery of new ships with a combined capacity of 1.1 million TEUs so far this year, according to industry data.",
        True,
        [("count", 1100000, None, None)],
        None,
    ),
    ("en", "Many freight forwarders expect rates to keep drifting lower through the summer.", False, [], None),
    (
        "en",
        "Several of the biggest container lines have announced a peak season surcharge of $1,000 per container from June 1, their third such attempt this year.",
        True,
        [("money", 1000, "USD", None), ("date", "--06-01", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"The market simply has too many ships chasing too little cargo," said Ingrid Solberg, head of research at an Oslo shipbroking firm.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Solberg said the global container fleet would grow by about 6% this year, while demand was likely to rise by only 2% to 3%.",
        True,
        [("percent", 6, "%", "about"), ("percent", 2, "%", None), ("percent", 3, "%", None)],
        "Solberg",
    ),
    # --- DB Cargo (dpa), April ---
    (
        "de",
        "Mainz (dpa) - Die Güterverkehrssparte der Deutschen Bahn, DB Cargo, hat im vergangenen Jahr einen operativen Verlust von 412 Millionen Euro geschrieben.",
        True,
        [("money", 412000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Transportmenge sank um 6,3 Prozent auf 168 Millionen Tonnen, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("percent", 6.3, "%", None), ("count", 168000000, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Verkehrsleistung ging auf 71,4 Milliarden Tonnenkilometer zurück.",
        True,
        [("count", 71400000000, None, None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2029 sollen rund 4.200 der knapp 29.000 Stellen wegfallen, vor allem in der Verwaltung.",
        True,
        [("year", 2029, None, None), ("count", 4200, None, "about"), ("count", 29000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Cargo-Chefin Sigrun Delbrügge sagte, das Unternehmen müsse nach einer Auflage der EU-Kommission ab 2027 dauerhaft Gewinne erzielen.",
        True,
        [("year", 2027, None, None)],
        "Sigrun Delbrügge",
    ),
    ("de", "„Wir schrumpfen uns nicht kaputt, wir schrumpfen uns gesund“, sagte Delbrügge.", False, [], None),
    (
        "de",
        "Der Anteil der Schiene am Güterverkehr in Deutschland liegt nach Angaben der Allianz pro Schiene bei knapp 18 Prozent.",
        True,
        [("percent", 18, "%", "nearly")],
        "die Allianz pro Schiene",
    ),
    (
        "de",
        "Die Eisenbahn- und Verkehrsgewerkschaft EVG warnte vor einem „Kahlschlag“ im Einzelwagenverkehr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung hat einen Acht-Punkte-Plan für den Schienengüterverkehr beschlossen, der unter anderem Fördergeld von 300 Millionen Euro für den Einzelwagenverkehr vorsieht.",
        True,
        [("count", 8, None, None), ("money", 300000000, "EUR", None)],
        None,
    ),
    # --- Suez Canal revenue (AP), April ---
    (
        "en",
        "CAIRO (AP) — Egypt earned $881 million from the Suez Canal in the first three months, roughly 40% less than it took in during the same stretch of 2023, the canal's chairman said Sunday.",
        True,
        [
            ("money", 881000000, "USD", None),
            ("ordinal", 1, None, None),
            ("duration", 3, "month", None),
            ("percent", 40, "%", "about"),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chairman Tarek Abdelmoneim told reporters that 2,310 ships had crossed the waterway in the quarter, compared with 6,180 in the same quarter before the Red Sea attacks.",
        True,
        [("count", 2310, None, None), ("count", 6180, None, None)],
        "Tarek Abdelmoneim",
    ),
    (
        "en",
        '"The canal remains the shortest, safest and cheapest route between East and West," Abdelmoneim said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The authority has extended a 20% rebate on transit fees for container ships of 130,000 net tons or more until the end of the year.",
        True,
        [("percent", 20, "%", None), ("count", 130000, None, None)],
        None,
    ),
    (
        "en",
        "Egypt has lost about $7 billion in canal revenue since the attacks began, according to government estimates.",
        True,
        [("money", 7000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Houthi rebels in Yemen have attacked more than 110 merchant ships since November 2023, sinking three of them.",
        True,
        [("count", 110, None, "over"), ("year", 2023, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Whether the big container lines will come back before the end of the year is still an open question in the industry.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The canal authority said it had widened and deepened a 10-kilometer stretch of the southern section to ease congestion.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    # --- Transit über den Brenner (APA), Mai ---
    (
        "de",
        "Innsbruck (APA) - Knapp 2,6 Millionen Schwerfahrzeuge haben im Vorjahr den Brenner überquert, ein neuer Höchstwert.",
        True,
        [("count", 2600000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das entspricht im Schnitt mehr als 7.000 Lastwagen am Tag, teilte das Land Tirol am Montag mit.",
        True,
        [("count", 7000, None, "over")],
        "das Land Tirol",
    ),
    (
        "de",
        "Nur 27 Prozent der Güter über den Brenner wurden auf der Schiene transportiert, am Gotthard sind es mehr als 70 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 70, "%", "over")],
        None,
    ),
    (
        "de",
        "Tirol will die Blockabfertigung heuer an 34 Tagen einsetzen, an denen jeweils höchstens 280 Lkw pro Stunde ins Land einfahren dürfen.",
        True,
        [("duration", 34, "day", None), ("count", 280, None, "at_most")],
        None,
    ),
    (
        "de",
        "Verkehrslandesrat Florian Strasser sagte, die Sanierung der Luegbrücke werde den Verkehr ab Jänner zwei Jahre lang auf eine Spur je Richtung beschränken.",
        True,
        [("duration", 2, "year", None)],
        "Florian Strasser",
    ),
    ("de", "„Tirol ist nicht der Parkplatz Europas“, sagte Strasser.", False, [], None),
    (
        "de",
        "Die italienische Regierung bezeichnete die Fahrverbote erneut als „Angriff auf den freien Warenverkehr“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Italien hat wegen der Fahrverbote bereits 2024 Klage gegen Österreich beim Europäischen Gerichtshof eingereicht.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der Brenner-Basistunnel soll nach derzeitiger Planung 2033 in Betrieb gehen und wird dann rund 9,5 Milliarden Euro gekostet haben.",
        True,
        [("year", 2033, None, None), ("money", 9500000000, "EUR", "about")],
        None,
    ),
    # --- Felixstowe strike (PA), May ---
    (
        "en",
        "LONDON (PA) - Around 2,300 dockworkers at the Port of Felixstowe will stage a six-day strike from May 18 in a dispute over pay, the Unite union said.",
        True,
        [("count", 2300, None, "about"), ("duration", 6, "day", None), ("date", "--05-18", None, None)],
        None,
    ),
    (
        "en",
        "Felixstowe handles about 34% of Britain's container traffic, making it the country's busiest container port.",
        True,
        [("percent", 34, "%", "about")],
        None,
    ),
    (
        "en",
        "The union said its members had rejected a 7% pay offer in a ballot, with 82% voting for strike action on a turnout of 79%.",
        True,
        [("percent", 7, "%", None), ("percent", 82, "%", None), ("percent", 79, "%", None)],
        None,
    ),
    (
        "en",
        "Unite general secretary Moira Cathcart said the port's owner had made an operating profit of £61 million last year.",
        True,
        [("money", 61000000, "GBP", None)],
        "Moira Cathcart",
    ),
    ("en", '"Our members are the reason this port makes money, and they know it," Cathcart said.', False, [], None),
    (
        "en",
        "The port said the offer, worth 7% plus a one-off payment of £500, was above the current rate of inflation.",
        True,
        [("percent", 7, "%", None), ("money", 500, "GBP", None)],
        None,
    ),
    (
        "en",
        "Hauliers fear the stoppage will cause long queues on the A14 and delays to supermarket deliveries.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A walkout at the port three years ago halted about 80% of its container traffic for more than a week.",
        True,
        [("duration", 3, "year", None), ("percent", 80, "%", "about")],
        None,
    ),
    # --- UK parcel market (PA), June ---
    (
        "en",
        "LONDON (PA) - Britain's parcel operators delivered 4.5 billion parcels in the last financial year, up 6% on the year before, according to figures from regulator Ofcom.",
        True,
        [("count", 4500000000, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Royal Mail's share of the market slipped to about 28%, while Evri and Amazon's own delivery network together handled more than two in five parcels.",
        True,
        [("percent", 28, "%", "about"), ("fraction", 0.4, None, "over")],
        None,
    ),
    (
        "en",
        "The average price of sending a parcel rose 6p to £3.49, the regulator said.",
        True,
        [("money", 0.06, "GBP", None), ("money", 3.49, "GBP", None)],
        None,
    ),
    (
        "en",
        "Ofcom said it had received 41,000 complaints about lost or damaged parcels, about a third of them concerning deliveries in December.",
        True,
        [("count", 41000, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"Too many people are still left waiting at home for a parcel that never comes," Ofcom\'s director of postal policy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Royal Mail chief executive Dominic Harwood said the company would open 12 new automated parcel hubs by 2028 and hire 2,000 additional drivers.",
        True,
        [("count", 12, None, None), ("year", 2028, None, None), ("count", 2000, None, None)],
        "Dominic Harwood",
    ),
    ("en", '"We have turned the corner, and our customers can see it," Harwood said.', False, [], None),
    (
        "en",
        "The regulator fined Royal Mail £8.2 million last year for missing its delivery targets.",
        True,
        [("money", 8200000, "GBP", None)],
        None,
    ),
    # --- Alpenquerender Güterverkehr (Keystone-SDA), Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Im vergangenen Jahr haben 862'000 Lastwagen die Schweizer Alpen durchquert, rund 3 Prozent weniger als im Vorjahr.",
        True,
        [("count", 862000, None, None), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "de",
        "Damit wurde das gesetzliche Verlagerungsziel erneut um mehr als 200'000 Fahrten verfehlt, teilte das Bundesamt für Verkehr (BAV) am Dienstag mit.",
        True,
        [("count", 200000, None, "over")],
        "das Bundesamt für Verkehr",
    ),
    (
        "de",
        "Der Anteil der Bahn am alpenquerenden Güterverkehr sank leicht auf 71,6 Prozent.",
        True,
        [("percent", 71.6, "%", None)],
        None,
    ),
    (
        "de",
        "SBB Cargo transportierte nach eigenen Angaben rund 43 Millionen Nettotonnen, gut ein Zehntel weniger als fünf Jahre zuvor.",
        True,
        [("count", 43000000, None, "about"), ("fraction", 0.1, None, "over"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Verkehrsministerin Anne-Catherine Rüfenacht sagte, der Bund werde den Schienengüterverkehr bis 2030 mit jährlich 110 Millionen Franken unterstützen.",
        True,
        [("year", 2030, None, None), ("money", 110000000, "CHF", None)],
        "Anne-Catherine Rüfenacht",
    ),
    (
        "de",
        "«Die Verlagerung ist eine Erfolgsgeschichte, auf die das ganze Land stolz sein darf», sagte Rüfenacht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Alpen-Initiative nannte die Bilanz «ernüchternd und ein Armutszeugnis für die Verkehrspolitik».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen Bauarbeiten an der Gotthard-Achse fielen im Sommer während sechs Wochen rund ein Drittel der Güterzugstrassen weg.",
        True,
        [("duration", 6, "week", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    # --- U.S. rail freight (Reuters), July ---
    (
        "en",
        "WASHINGTON, July 2 (Reuters) - U.S. railroads moved 232,418 carloads in the week ended June 28, down 1.8% from the same week a year earlier, the Association of American Railroads said on Wednesday.",
        True,
        [
            ("date", "--07-02", None, None),
            ("count", 232418, None, None),
            ("date", "--06-28", None, None),
            ("percent", 1.8, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Intermodal volume, which counts containers and trailers moved by rail, rose 4.3% to 279,655 units.",
        True,
        [("percent", 4.3, "%", None), ("count", 279655, None, None)],
        None,
    ),
    (
        "en",
        "Of the 10 carload commodity groups the association tracks, seven posted gains, led by chemicals and grain.",
        True,
        [("count", 10, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Coal carloads fell 9.6% to 58,102, the lowest weekly total since 2020.",
        True,
        [("percent", 9.6, "%", None), ("count", 58102, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "For the first 26 weeks of the year, total U.S. carload traffic came to 5.6 million carloads, essentially flat from a year earlier.",
        True,
        [("ordinal", 1, None, None), ("duration", 26, "week", None), ("count", 5600000, None, None)],
        None,
    ),
    (
        "en",
        "Some shippers doubt the railroads can hold on to their intermodal gains once trucking rates recover.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Average train speeds on the largest U.S. networks rose to 22.4 miles per hour in June, according to data filed with the Surface Transportation Board.",
        True,
        [("count", 22.4, None, None)],
        None,
    ),
    # --- Nord-Ostsee-Kanal (dpa/lno), Juli ---
    (
        "de",
        "Kiel (dpa/lno) - Durch den Nord-Ostsee-Kanal sind im ersten Halbjahr 13.240 Schiffe gefahren, knapp 5 Prozent weniger als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 13240, None, None), ("percent", 5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Ladungsmenge ging nach Angaben der Wasserstraßen- und Schifffahrtsverwaltung um 2,1 Prozent auf 35,6 Millionen Tonnen zurück.",
        True,
        [("percent", 2.1, "%", None), ("count", 35600000, None, None)],
        None,
    ),
    (
        "de",
        "Grund sind vor allem Ausfälle der alten Schleusen in Kiel-Holtenau, die im März wegen einer zweiwöchigen Reparatur ganz gesperrt waren.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Die Schleusen in Holtenau sind seit mehr als 120 Jahren in Betrieb.",
        True,
        [("duration", 120, "year", "over")],
        None,
    ),
    (
        "de",
        "Der Neubau einer fünften Schleusenkammer in Brunsbüttel soll nach aktueller Planung rund 1,4 Milliarden Euro kosten und 2032 fertig sein.",
        True,
        [("ordinal", 5, None, None), ("money", 1400000000, "EUR", "about"), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Ein Schiff spart auf dem Weg von der Nordsee in die Ostsee durch den Kanal bis zu 280 Seemeilen.",
        True,
        [("count", 280, None, "up_to")],
        None,
    ),
    (
        "de",
        "Kanalkapitän Hauke Brodersen sagte, in der Spitze hätten Schiffe bis zu 14 Stunden vor den Schleusen warten müssen.",
        True,
        [("duration", 14, "hour", "up_to")],
        "Hauke Brodersen",
    ),
    (
        "de",
        "„Der Kanal ist die Hauptschlagader der Ostseeschifffahrt, und sie ist verkalkt“, sagte Brodersen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Reeder und Lotsen fürchten, dass immer mehr Schiffe dauerhaft den Umweg über Skagen wählen.",
        False,
        [],
        None,
    ),
    # --- Dry bulk rates (Reuters), July ---
    (
        "en",
        "LONDON, July 15 (Reuters) - The Baltic Exchange's main sea freight index, which tracks rates for ships carrying dry bulk commodities, rose 112 points, or 6.1%, to 1,948 on Tuesday, its highest in seven months.",
        True,
        [
            ("date", "--07-15", None, None),
            ("count", 112, None, None),
            ("percent", 6.1, "%", None),
            ("count", 1948, None, None),
            ("duration", 7, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The capesize index gained 9% to 3,215 points, with average daily earnings for the vessels up $2,310 at $26,640.",
        True,
        [
            ("percent", 9, "%", None),
            ("count", 3215, None, None),
            ("money", 2310, "USD", None),
            ("money", 26640, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Capesize ships typically carry cargoes of about 150,000 tonnes of iron ore or coal.",
        True,
        [("count", 150000, None, "about")],
        None,
    ),
    (
        "en",
        "The panamax index rose 41 points to 1,603, while the supramax index edged up 0.7%.",
        True,
        [("count", 41, None, None), ("count", 1603, None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        '"Chinese steel mills are restocking, but nobody on the desk believes this rally has legs," said a Singapore-based ship broker.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brazil's iron ore exports rose to 36.2 million tonnes in June, shipping data showed.",
        True,
        [("count", 36200000, None, None)],
        None,
    ),
    ("en", "Traders expect rates to ease once the grain season in South America winds down.", False, [], None),
    # --- Niedrigwasser am Rhein (dpa/lrs), August ---
    (
        "de",
        "Kaub (dpa/lrs) - Am Rheinpegel Kaub sind am Montag nur noch 61 Zentimeter gemessen worden, so wenig wie seit dem Herbst 2022 nicht mehr.",
        True,
        [("count", 61, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Große Frachtschiffe dürfen derzeit nur etwa ein Drittel der sonst üblichen Menge laden, teilte die Wasserstraßen- und Schifffahrtsverwaltung mit.",
        True,
        [("fraction", 0.3333, None, "about")],
        "die Wasserstraßen- und Schifffahrtsverwaltung",
    ),
    (
        "de",
        "Für jede Tonne Fracht berechnen die Schiffseigner inzwischen Kleinwasserzuschläge von bis zu 45 Euro.",
        True,
        [("money", 45, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Der Chemiekonzern BASF bezieht nach eigenen Angaben rund 38 Prozent seiner Rohstoffe für das Stammwerk in Ludwigshafen über den Rhein.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "de",
        "Bei einem Pegel von 40 Zentimetern stellen viele Partikuliere ihre Fahrten nach Angaben des Bundesverbands der Deutschen Binnenschifffahrt ganz ein.",
        True,
        [("count", 40, None, None)],
        "der Bundesverband der Deutschen Binnenschifffahrt",
    ),
    (
        "de",
        "„So kann kein Schiffer lange durchhalten“, sagte ein Binnenschiffer an der Anlegestelle in Kaub.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst erwartet für die kommenden zehn Tage keinen nennenswerten Regen im Einzugsgebiet des Rheins.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    ("de", "Die Binnenschiffer hoffen auf ergiebige Niederschläge in der Schweiz und im Schwarzwald.", False, [], None),
    (
        "de",
        "Der Bund will die Fahrrinne am Mittelrhein bis 2032 um rund 25 Zentimeter vertiefen.",
        True,
        [("year", 2032, None, None), ("count", 25, None, "about")],
        None,
    ),
    # --- Reederei Alsterlinie: Halbjahreszahlen (dpa-AFX), August ---
    (
        "de",
        "Hamburg (dpa-AFX) - Die Hamburger Containerreederei Alsterlinie hat im ersten Halbjahr deutlich weniger verdient als vor einem Jahr.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Zinsen und Steuern (Ebit) brach um 58 Prozent auf 1,1 Milliarden Dollar ein, wie das Unternehmen am Donnerstag mitteilte.",
        True,
        [("percent", 58, "%", None), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Frachtrate sank von 1.845 auf 1.412 Dollar je Standardcontainer.",
        True,
        [("money", 1845, "USD", None), ("money", 1412, "USD", None)],
        None,
    ),
    (
        "de",
        "Die transportierte Menge stieg dagegen um 4 Prozent auf 6,4 Millionen TEU.",
        True,
        [("percent", 4, "%", None), ("count", 6400000, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Niels Carstensen sagte, für das Gesamtjahr rechne die Reederei nun mit einem Ebit zwischen 1,5 und 2,5 Milliarden Dollar.",
        True,
        [("money", 1500000000, "USD", None), ("money", 2500000000, "USD", None)],
        "Niels Carstensen",
    ),
    ("de", "„Die fetten Jahre der Pandemie sind endgültig vorbei“, sagte Carstensen.", False, [], None),
    (
        "de",
        "Die Flotte der Reederei umfasst derzeit 312 Schiffe mit einer Gesamtkapazität von 2,3 Millionen TEU, zwölf weitere Neubauten sind bestellt.",
        True,
        [("count", 312, None, None), ("count", 2300000, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "An der Börse verlor die Aktie der Reederei bis zum Nachmittag 7,3 Prozent.",
        True,
        [("percent", 7.3, "%", None)],
        None,
    ),
    ("de", "Analysten halten die neue Prognose für zu optimistisch.", False, [], None),
    # --- Canada rail lockout (Reuters), August ---
    (
        "en",
        "MONTREAL, Aug 27 (Reuters) - Canada's two largest railroads locked out about 9,800 unionized workers early on Wednesday, halting freight traffic across the country for the first time in their history.",
        True,
        [
            ("date", "--08-27", None, None),
            ("count", 2, None, None),
            ("count", 9800, None, "about"),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Together the railroads move about C$1.2 billion worth of goods a day, including grain, potash, coal and containers from the ports of Vancouver and Montreal.",
        True,
        [("money", 1200000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "The Teamsters Canada Rail Conference said its members had been working without a contract since Dec. 31.",
        True,
        [("date", "--12-31", None, None)],
        None,
    ),
    (
        "en",
        "The union said the railroads wanted to cut minimum rest periods between shifts to 10 hours from 12 hours.",
        True,
        [("duration", 10, "hour", None), ("duration", 12, "hour", None)],
        None,
    ),
    (
        "en",
        "Labour Minister Sophie Lanctôt told reporters Ottawa would ask the Canada Industrial Relations Board to impose binding arbitration.",
        True,
        [],
        "Sophie Lanctôt",
    ),
    ("en", '"No one wins from a shutdown of this size," Lanctôt said.', False, [], None),
    (
        "en",
        "The Canadian Chamber of Commerce estimated that a one-week stoppage would cut C$3.5 billion from economic output.",
        True,
        [("duration", 1, "week", None), ("money", 3500000000, "CAD", None)],
        None,
    ),
    ("en", "Farm groups warned that grain exports could be hit just as the harvest gets under way.", False, [], None),
    # --- Duisburger Hafen (dpa/lnw), September ---
    (
        "de",
        "Duisburg (dpa/lnw) - Der Duisburger Hafen hat im ersten Halbjahr 1,7 Millionen TEU umgeschlagen, 4,2 Prozent weniger als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 1700000, None, None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der gesamte Güterumschlag einschließlich Kohle, Stahl und Schüttgut lag bei rund 52 Millionen Tonnen, teilte die Hafengesellschaft Duisport mit.",
        True,
        [("count", 52000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Güterzüge zwischen Duisburg und China ist seit 2022 um mehr als zwei Drittel auf rund 18 pro Woche gesunken.",
        True,
        [("year", 2022, None, None), ("fraction", 0.6667, None, "over"), ("count", 18, None, "about")],
        None,
    ),
    (
        "de",
        "Vorstandschef Ulrich Terhalle sagte, der Hafen wolle bis 2027 rund 280 Millionen Euro in neue Terminals und Wasserstoffanlagen investieren.",
        True,
        [("year", 2027, None, None), ("money", 280000000, "EUR", "about")],
        "Ulrich Terhalle",
    ),
    (
        "de",
        "„Duisburg bleibt die Drehscheibe Europas, daran ändert auch eine Delle nichts“, sagte Terhalle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das neue Gateway Terminal auf der Kohleninsel soll nach seiner Fertigstellung jährlich bis zu 850.000 TEU abfertigen können.",
        True,
        [("count", 850000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ob der Hafen den Rückgang im China-Geschäft anderswo ausgleichen kann, ließ Terhalle offen.",
        False,
        [],
        None,
    ),
    # --- India's major ports (PTI), September ---
    (
        "en",
        "NEW DELHI (PTI) - India's 12 major ports handled 842 million tonnes of cargo in the last fiscal year, up 4.3% from a year earlier, the shipping ministry said on Monday.",
        True,
        [("count", 12, None, None), ("count", 842000000, None, None), ("percent", 4.3, "%", None)],
        None,
    ),
    (
        "en",
        "Container traffic at the major ports rose 8.9% to 13.1 million TEUs.",
        True,
        [("percent", 8.9, "%", None), ("count", 13100000, None, None)],
        None,
    ),
    (
        "en",
        "Paradip port in Odisha was the busiest for the third year running, with 146 million tonnes.",
        True,
        [("ordinal", 3, None, None), ("count", 146000000, None, None)],
        None,
    ),
    (
        "en",
        "Shipping Minister Arvind Menon said average ship turnaround time had fallen to 52 hours from 91 hours in 2015.",
        True,
        [("duration", 52, "hour", None), ("duration", 91, "hour", None), ("year", 2015, None, None)],
        "Arvind Menon",
    ),
    ("en", '"Indian ports now stand shoulder to shoulder with the best in the world," Menon said.', False, [], None),
    (
        "en",
        "The government plans to invest Rs 81,500 crore in a deep-water port at Vadhavan in Maharashtra, due to open in 2030.",
        True,
        [("money", 815000000000, "INR", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Exporters' groups believe high logistics costs still put Indian goods at a disadvantage against rivals in Vietnam and Bangladesh.",
        False,
        [],
        None,
    ),
    # --- Australian waterfront dispute (AAP), October ---
    (
        "en",
        "SYDNEY (AAP) - Wharfies at DP World's four Australian container terminals will walk off the job for 24 hours on Monday in an escalating pay dispute, the Maritime Union of Australia says.",
        True,
        [("count", 4, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "The terminals in Sydney, Melbourne, Brisbane and Fremantle handle about 40% of the country's container trade.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "The union is seeking pay rises of 24% over four years, while the company has offered 12.5% over three years.",
        True,
        [
            ("percent", 24, "%", None),
            ("duration", 4, "year", None),
            ("percent", 12.5, "%", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Port Botany's operator said about 70 ships were already queuing off Australian ports because of earlier work bans.",
        True,
        [("count", 70, None, "about")],
        None,
    ),
    (
        "en",
        "DP World Australia chief executive Grant Whitcombe said the industrial action had cost the company more than A$30 million since August.",
        True,
        [("money", 30000000, "AUD", "over")],
        "Grant Whitcombe",
    ),
    ("en", '"The union is holding the national economy to ransom," Whitcombe said.', False, [], None),
    (
        "en",
        "The federal workplace relations minister urged both parties to settle the dispute without further disruption.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Fair Work Commission has scheduled a hearing for Nov. 4 on the company's application to suspend the industrial action.",
        True,
        [("date", "--11-04", None, None)],
        None,
    ),
    # --- Österreichische Post (APA), November ---
    (
        "de",
        "Wien (APA) - Die Österreichische Post hat in den ersten drei Quartalen 168 Millionen Pakete zugestellt, um 11 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("count", 168000000, None, None),
            ("percent", 11, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 6,8 Prozent auf 2,25 Mrd. Euro, das Ergebnis vor Zinsen und Steuern lag bei 151 Mio. Euro.",
        True,
        [("percent", 6.8, "%", None), ("money", 2250000000, "EUR", None), ("money", 151000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund ein Viertel der Pakete stammte von asiatischen Onlinehändlern, teilte die Post am Mittwoch mit.",
        True,
        [("fraction", 0.25, None, "about")],
        "die Post",
    ),
    (
        "de",
        "Generaldirektor Hannes Liebscher sagte, die Post werde heuer zusätzlich 1.200 Paketzusteller einstellen und die Zahl der Abholstationen bis Jahresende auf 1.100 erhöhen.",
        True,
        [("count", 1200, None, None), ("count", 1100, None, None)],
        "Hannes Liebscher",
    ),
    ("de", "„Das Paket ist unser Wachstumsmotor, der Brief unser Auslaufmodell“, sagte Liebscher.", False, [], None),
    (
        "de",
        "Die Briefmengen gingen im selben Zeitraum um knapp 7 Prozent zurück.",
        True,
        [("percent", 7, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft GPF kritisierte, dass fast jeder fünfte Zusteller nur befristet angestellt sei.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ob die geplante EU-Abgabe auf Billigpakete aus China das Geschäft bremsen wird, ist offen.",
        False,
        [],
        None,
    ),
    # --- Lieferengpässe (dpa), November ---
    (
        "de",
        "München (dpa) - Der Anteil der Industriefirmen in Deutschland, die über Engpässe bei Vorprodukten klagen, ist im Oktober auf 18,4 Prozent gestiegen.",
        True,
        [("percent", 18.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im September waren es noch 14,9 Prozent gewesen, teilte das Ifo-Institut am Montag mit.",
        True,
        [("percent", 14.9, "%", None)],
        "das Ifo-Institut",
    ),
    (
        "de",
        "Besonders betroffen sind die Elektroindustrie mit 37 Prozent und der Maschinenbau mit gut 25 Prozent.",
        True,
        [("percent", 37, "%", None), ("percent", 25, "%", "over")],
        None,
    ),
    (
        "de",
        "Ifo-Experte Klaus Weidenfeller sagte, viele Firmen hätten Schwierigkeiten, Chips und Seltene Erden aus China zu beschaffen.",
        True,
        [],
        "Klaus Weidenfeller",
    ),
    (
        "de",
        "„Die Lieferketten sind fragiler, als viele Unternehmen wahrhaben wollen“, sagte Weidenfeller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Höhepunkt der Lieferkrise im Dezember 2021 hatten fast 78 Prozent der Firmen Probleme gemeldet.",
        True,
        [("year", 2021, None, None), ("percent", 78, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Lieferzeiten für Elektronikbauteile haben sich nach Angaben des Verbands der Elektro- und Digitalindustrie auf durchschnittlich 16 Wochen verlängert.",
        True,
        [("duration", 16, "week", None)],
        "der Verband der Elektro- und Digitalindustrie",
    ),
    ("de", "Viele Mittelständler fürchten, dass sich die Lage vor Weihnachten weiter zuspitzt.", False, [], None),
    # --- Schedule reliability (Reuters), November ---
    (
        "en",
        "COPENHAGEN, Nov 6 (Reuters) - Global container schedule reliability rose to 58.4% in September from 52.1% a year earlier, Danish consultancy Sea-Intelligence said on Thursday.",
        True,
        [("date", "--11-06", None, None), ("percent", 58.4, "%", None), ("percent", 52.1, "%", None)],
        None,
    ),
    (
        "en",
        "Reliability improved 1.3 percentage points from August, the fourth straight monthly gain.",
        True,
        [("percent", 1.3, "pp", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Vessels that were late arrived an average of 4.9 days behind schedule.",
        True,
        [("duration", 4.9, "day", None)],
        None,
    ),
    (
        "en",
        "Of the 13 largest carriers, the most punctual posted reliability of 86.2%, while the worst managed just 41.7%.",
        True,
        [("count", 13, None, None), ("percent", 86.2, "%", None), ("percent", 41.7, "%", None)],
        None,
    ),
    (
        "en",
        "Sea-Intelligence chief executive Lars Bjerregaard said the improvement reflected the new alliance networks, which rely on fewer port calls.",
        True,
        [],
        "Lars Bjerregaard",
    ),
    ("en", '"Shippers should enjoy this while it lasts," Bjerregaard said.', False, [], None),
    (
        "en",
        "Schedule reliability bottomed out at 35% in early 2022, when ships queued for weeks outside ports in California.",
        True,
        [("percent", 35, "%", None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Shippers privately doubt that the gains will hold once the Suez route reopens.", False, [], None),
    # --- Port of Los Angeles volumes (AP), November ---
    (
        "en",
        "LOS ANGELES (AP) — Volumes at the Port of Los Angeles slid 11% year on year to 891,214 TEUs in October as importers worked through inventories they had built up before tariffs rose.",
        True,
        [("percent", 11, "%", None), ("count", 891214, None, None)],
        None,
    ),
    (
        "en",
        "Imports fell 13% to 438,900 TEUs, while exports rose 2% to 121,400 TEUs.",
        True,
        [
            ("percent", 13, "%", None),
            ("count", 438900, None, None),
            ("percent", 2, "%", None),
            ("count", 121400, None, None),
        ],
        None,
    ),
    (
        "en",
        "Port Executive Director Miguel Arredondo said the port was on pace to move about 9.8 million TEUs this year, its second-best total on record.",
        True,
        [("count", 9800000, None, "about"), ("ordinal", 2, None, None)],
        "Miguel Arredondo",
    ),
    (
        "en",
        '"Tariffs are a tax that American families end up paying at the checkout," Arredondo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The neighboring Port of Long Beach handled 836,000 TEUs, a 6.5% decline.",
        True,
        [("count", 836000, None, None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "en",
        "Together the two ports handle roughly 31% of the containerized goods entering the United States.",
        True,
        [("count", 2, None, None), ("percent", 31, "%", "about")],
        None,
    ),
    (
        "en",
        "Retailers hope the holiday season will be strong enough to clear the stock that piled up in warehouses over the summer.",
        False,
        [],
        None,
    ),
    # --- Weihnachtspakete der Post (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizerische Post rechnet in der Adventszeit mit rund 27 Millionen Paketen, so vielen wie noch nie.",
        True,
        [("count", 27000000, None, "about")],
        None,
    ),
    (
        "de",
        "An Spitzentagen sollen bis zu 1,3 Millionen Pakete durch die Verteilzentren laufen, teilte die Post am Montag mit.",
        True,
        [("count", 1300000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Dafür stellt das Unternehmen 1'400 zusätzliche Mitarbeitende ein und setzt rund 600 Lieferwagen mehr ein als im übrigen Jahr.",
        True,
        [("count", 1400, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Im ganzen vergangenen Jahr hatte die Post 196 Millionen Pakete verarbeitet, gut 2 Prozent mehr als im Jahr davor.",
        True,
        [("count", 196000000, None, None), ("percent", 2, "%", "over")],
        None,
    ),
    (
        "de",
        "Konzernleiterin Regula Imboden sagte, jedes vierte Paket stamme inzwischen aus dem Ausland, vor allem aus China.",
        True,
        [("fraction", 0.25, None, None)],
        "Regula Imboden",
    ),
    ("de", "«Wir sind bereit für den grössten Ansturm unserer Geschichte», sagte Imboden.", False, [], None),
    (
        "de",
        "Die Gewerkschaft Syndicom bezeichnete den Druck auf die Zustellerinnen und Zusteller als «kaum noch zu bewältigen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pakete, die bis zum 20. Dezember aufgegeben werden, sollen noch vor Heiligabend ankommen.",
        True,
        [("date", "--12-20", None, None)],
        None,
    ),
    # --- Holiday parcel peak (AP), December ---
    (
        "en",
        "ATLANTA (AP) — UPS expects to deliver about 22 million packages a day between Thanksgiving and New Year's Day, the company said Tuesday.",
        True,
        [("count", 22000000, None, "about")],
        None,
    ),
    (
        "en",
        "The carrier plans to hire roughly 85,000 seasonal workers, about 40,000 fewer than last year, after shrinking its network.",
        True,
        [("count", 85000, None, "about"), ("count", 40000, None, "about")],
        None,
    ),
    (
        "en",
        "FedEx said it would handle more than 100 million packages in the week after Cyber Monday alone.",
        True,
        [("count", 100000000, None, "over")],
        None,
    ),
    (
        "en",
        "Adobe Analytics estimated that U.S. online holiday sales would reach $246 billion, up 4.9% from last year.",
        True,
        [("money", 246000000000, "USD", None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "Postmaster General Lionel Baptiste said the Postal Service had installed 11 new sorting machines in Dallas and Atlanta and expected to deliver 98% of holiday mail on time.",
        True,
        [("count", 11, None, None), ("percent", 98, "%", None)],
        "Lionel Baptiste",
    ),
    ("en", '"This is our Super Bowl, and we train all year for it," Baptiste said.', False, [], None),
    (
        "en",
        "Analysts said they believed the carriers had enough capacity to avoid the late deliveries of the pandemic years.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shipping deadlines for ground delivery before Christmas fall on Dec. 17 for most carriers.",
        True,
        [("date", "--12-17", None, None)],
        None,
    ),
]
