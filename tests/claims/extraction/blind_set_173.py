"""Hundred-and-seventy-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, brands and figures are made
up (Konrad Weidling, Harriet Cavendish, Mike Petrakis, Rainer Voglsang, Jack Kleinfeld,
Hanseatische Röstwerke, Simon Pritchard, Jochen Haberkorn, Tasfresh, Fiona Gallagher,
Kahurangi Milk, Aroha Whitlock, Beat Lüthold, Sensorvue, Keisha Montgomery, Annegret Lohse,
Brambles, Penrose, Hollinsworth, Fraser McAllister, Gerhard Tatzreiter, Tanya Brooks, Silke
Marquardt, Preisblick, Reena Chaudhry, Alpmarkt, Berghof Genossenschaft, Andrea Zwyssig,
Diane Ashcroft, Dunmore's, Bernd Oelschläger, Nadia Ferrante, Harbourline Capital, Marlowe &
Finch, Oliver Hastings, Carrow Securities, Corinne Aebischer, Loopback, Dana Whitfield);
ministers, watchdog chiefs and office holders of real places appear under made-up names that
stand for no real holder, or by their role only ("Preisüberwacher Beat Lüthold", "ACCC chair
Fiona Gallagher", "Policing Minister Diane Ashcroft", "ein Standbetreiber", "eine Kundin",
"eine Pensionistin", "ein Nutzer", "an opposition lawmaker", "a broker in Santos"). Real
bodies, indices, products and places ("Handelsverband Deutschland (HDE)", "Verdi",
"Handelsverband", "Arbeiterkammer", "Isemarkt", "Deutscher Kaffeeverband", "EHI",
"Polizeiliche Kriminalstatistik", "ADAC", "Super E10", "Preisüberwacher",
"Detailhandelsverband", "Kartellgesetz", "Milchindustrie-Verband", "Bauernverband",
"Statistik Austria", "WKÖ", "EU", "Verbraucherzentrale Hamburg", "Markenverband",
"Bundesverband der Deutschen Süßwarenindustrie", "Plattform X", "Bundesverband der
Weihnachtsbaumerzeuger", "Bonn-Beuel", "Wien-Favoriten", "Bundesamt für Statistik (BFS)",
"Hochschule Luzern", "Konstanz"; "British Retail Consortium", "BRC", "NielsenIQ", "National
Retail Federation", "NRF", "RAC", "AA", "Australian Competition and Consumer Commission",
"ACCC", "Stats NZ", "Lower Hutt", "Adobe Analytics", "Paramus", "Kantar", "Labor
Department", "Agriculture Department", "Columbus, Ohio", "Salesforce", "S&P 500", "Which?",
"Office for National Statistics", "Usdaw", "Commerce Department", "AAA", "Conab", "Minas
Gerais", "Santos", "FTSE 100") stand for the way wire copy names them; every price, share,
sum, survey, toll, age, date and quote here is invented, and where a real figure came to
mind (a real butter price, a real shoplifting total, a real holiday forecast, a real petrol
average) it was changed.

Its weight: RETAIL, CONSUMER PRICES AND SHOPPING over one shopping season (late October to
early January), 30 stories in story order as the desks file them, German and English stories
alternating, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, the other side, quotes): Christmas forecasts and the season's balance, Black Friday,
Black Week and Cyber Monday, price comparisons of everyday goods (butter, coffee, chocolate
Santas, Christmas trees, eggs, beef, a basket of groceries, petrol and diesel per litre and
per gallon), inflation of single items, discounters' and retailers' figures, consumer
groups' and price watchdogs' claims, shoplifting losses, online shares and returns. Half
German (dpa with its slug "dpa/lby", APA, Keystone-SDA, awp, Reuters German; Austrian
"heuer", "Pensionistin", "Mikrowarenkorb", "WKÖ-Handelsobmann", Swiss "Detailhändler",
"Mitarbeitende", "Ruchbrot", "per 1. Dezember", "38'000", «» quotes, German „“ quotes): the
HDE's Christmas forecast, an Austrian gift survey, a coffee roaster's third price rise,
shoplifting losses from the EHI, petrol at its cheapest in almost four years, a Swiss price
watchdog's comparison, butter getting cheaper, Black Friday in Austria, complaints about
shrinkflation and fake discounts, chocolate Santas, a Swiss retailer's price cuts,
Christmas-tree prices, Austrian inflation by item, the HDE's Christmas balance and Swiss
retail sales. Half English (Reuters, AP, PA): UK shop prices, the NRF's holiday forecast, UK
petrol, an Australian watchdog suing a supermarket, butter at a record in New Zealand, Black
Friday and Cyber Monday online, UK grocery inflation, U.S. egg and beef prices, a
supermarket basket comparison, shoplifting in England and Wales, U.S. retail sales, arabica
coffee, a department store's Christmas trading and holiday returns. Figures as such copy has
them: prices in euros, cents, francs, pounds, pence, dollars, Australian and New Zealand
dollars, fuel prices to three decimals and in pence per litre, pack sizes and weights ("das
250-Gramm-Stück", "Ein 200-Gramm-Hohlkörper", "a 500-gram block", "a 227g pack", "a 12-ounce
bag", "55.2 million 60-kg bags"), number words and compounds ("fünftägigen", "acht bis zwölf
Jahre", "two dozen", "a 20-month low", "16- bis 74-Jährigen"), ordinals ("zum dritten Mal",
"der vierte Adventssamstag", "for the eighth month running"), shares ("Sieben von zehn",
"jeder Dritte", "Fast jeder zweite", "one in five", "one in six", "More than two-thirds"),
multiples ("mehr als das Doppelte", "fast doppelt so viele"), percentages and a move in
percentage points, durations, ages, years, dates, hedges and ranges. Negatives as such copy
has them: executives', watchdogs' and economists' quotes of verdict and resolve, labels,
demands, criticism, a denial, warnings and forecasts without a figure, hopes, advice, open
questions, scene colour and vox pops - five of them carrying figures, labelled.

237 rows (118 German, 119 English), 56 negatives (29 German, 27 English), 181 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 293 expected quantities (89
percentages - 88 in %, 1 in percentage points -, 86 amounts of money - 33 EUR, 22 GBP, 21
USD, 8 CHF, 1 AUD, 1 NZD -, 52 counts, 21 durations - 8 in years, 5 in months, 5 in weeks, 3
in days -, 14 fractions, 12 dates, 11 years, 8 ordinals; 6 of them in five negatives, as the
seventeenth batch labels a figure in a negative), 38 checked speakers (19 German, 19
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-ninth, hundred-sixty-eighth); a reported statement of fact, figure, step or
  position is check-worthy with its speaker. The pairs from one speaker: Weidling's quarter
  and his 3.5 percent beside „mit Händen zu greifen“ and „eine Katastrophe ist es aber auch
  nicht“; Voglsang's 40 percent beside „Jeder Euro, der nach Fernost abfließt ...“;
  Cavendish's £5 billion beside "Families will feel this ..."; Pritchard's 128.7p beside his
  advice; Haberkorn's 98 percent beside „Organisierte Banden ...“; Tatzreiter's fifth beside
  „mit ungleichen Waffen“; Marquardt's inflated reference prices beside „Täuschung mit
  System“; Oelschläger's tenth beside „besser fürs Klima“; Ashcroft's £200 rule beside "Shop
  workers should not ..."; Hastings's mince pies beside "careful with every pound" ("every
  pound" no sum); Aebischer's Black Friday beside «Der Franken ist stark ...». Konjunktiv I
  paraphrases of a figure, a fact or a cause are check-worthy with the speaker their own
  attribution gives (hundred-thirty-ninth, hundred-fiftieth, hundred-sixty-eighth), and with
  speaker None where the row names no one ("Das wären nominal 1,6 Prozent mehr ...", "Grund
  seien die seit Monaten hohen Preise ...", "Das seien um 4 Prozent mehr ...";
  hundred-fiftieth: "Grund sei das hohe Milchangebot ...").
- Check-worthy without a figure (ninety-eighth, hundred-fourteenth to hundred-sixty-eighth):
  price moves stated without a figure in a lead ("Butter wird ... deutlich billiger.",
  "Schokoladen-Nikoläuse kosten ... deutlich mehr ...", "Weihnachtsbäume kosten ... ähnlich
  viel wie im Vorjahr."), a record with a point of reference ("so viele Beschwerden ... wie
  nie zuvor"; hundred-fifty-eighth), a survey's ranking of wishes, the goods stolen most
  often, the cheapest hours to fill up (clock times none), a cause (above), a market
  expert's reported supply ("Die Molkereien hätten ...", "sagte Marktexpertin Annegret
  Lohse"), a consumer advocate's reported finding, a competitor's announced step ("kündigte
  an, ... nachzuziehen"; hundred-thirty-first), an attribution row ("Das teilte die
  Statistik Austria am Mittwoch auf Basis einer Schnellschätzung mit." -> "die Statistik
  Austria"), a retail expert's reported comparison; deals begun in late October, a watchdog
  seeking penalties "that could run to tens of millions of Australian dollars" ("tens of
  millions" a vague magnitude, seventeenth), a dairy cooperative's stated pricing rule, and
  Adobe's "deepest discounts" -> "the company".
- Forecasts, plans and estimates with a figure are check-worthy (seventh,
  hundred-nineteenth, hundred-fiftieth, hundred-sixty-eighth): the HDE's 121,4 Milliarden
  Euro ("rechnet"), the NRF's range and its hiring, the online forecast, "Kantar expects
  December grocery sales to top £14 billion for the first time.", "Salesforce estimated
  ...", "Economists polled by Reuters had forecast ... 0.3%", the retailers' vouchers
  ("rechnen die Händler mit ... etwa 1,5 Milliarden Euro"), the returns estimate and
  "Retailers estimate that nearly $1 of every $10 ...". A body's plan for its own act is
  check-worthy (hundred-sixty-eighth): "Die EU will die Zollfreigrenze von 150 Euro für
  Kleinsendungen abschaffen.", "Under rules announced in the summer, supermarkets must show
  unit prices ... from 2026.", Hastings's new food halls, the pay rise "from April", "said
  it would defend the case". Forecasts, warnings and market views without a figure are
  negatives (forty-seventh, hundred-fiftieth): "... could push some prices higher before
  Christmas, Kleinfeld warned.", "Economists expect beef prices to stay high ...", "Some
  analysts warned ...", "Analysts said further gains would depend on ...", "Der
  Bauernverband warnte, ...".
- Other negatives (ninety-eighth to hundred-sixty-eighth): labels ('Retail union Usdaw
  called the figures "..."', 'Analysts at Carrow Securities said the numbers showed the
  brand was "back in fashion".'), demands ("Der Automobilclub forderte ...", "Die
  Arbeiterkammer forderte erneut ..."; hundred-thirty-second: "Die Arbeitgeberverbände
  forderten ..."), criticism ("Die Gewerkschaft Verdi kritisierte, ...";
  hundred-sixty-eighth), an accusation without a checkable claim ("Motoring groups have long
  accused ..."; hundred-fifty-eighth), hopes ("Retailers hope the chancellor ...";
  hundred-twenty-fourth), advice ("Die Arbeiterkammer rät, ...", "Konsumentenschützer raten,
  ..." with its 30 days labelled, "..., rät die Verbraucherzentrale.", "Shoppers holding
  gift receipts are advised to ..."; hundred-fifty-second), open questions (five "Ob ..."
  rows, "Whether the early start ...", "It was not immediately clear whether ...";
  hundred-fiftieth), scene colour (the queue in Paramus, the Christmas-tree lot in
  Bonn-Beuel with "die ersten Bäume" ordinal 1 labelled; hundred-forty-ninth) and vox pops
  ("Aroha Whitlock, a 63-year-old shopper", "Keisha Montgomery, 37," with "about half" 0.5
  "about", "Tanya Brooks, a mother of three" 3, a stallholder, a customer, a pensioner, a
  user on X, a broker, an opposition lawmaker; hundred-fiftieth). New: a body's rejection of
  criticism is a negative also where it points to a cause without a figure - "Der
  Detailhandelsverband wies die Vorwürfe zurück und verwies auf höhere Mieten und Löhne."
  and "Der Markenverband wies die Kritik als pauschal und unbegründet zurück." are the other
  side's protestation (hundred-fifty-second: ""Our formula is safe, ...""), not a checkable
  statement.
- Counts (every batch): people, firms, stores and items as written with their hedges ("gut
  1.500" "over", "1.000 Personen", "93 Unternehmen mit zusammen knapp 24.000 Filialen" -
  "zusammen" no hedge -, "etwa 426.000 Fälle", "266 products", "412 stores", "180 Drogerie-
  und Lebensmittelartikeln", "1.240 Meldungen", "320 Produkte", "gut 38'000 Mitarbeitende"
  "over" with the Swiss apostrophe, "620 Filialen", "492,914", "about 1,350 offences a day"
  ("a day" none), "more than 2,000 incidents", "1,100 of its stores", "etwa 23 Millionen
  Weihnachtsbäume", "rund 12 Millionen Kunden", "bis zu 27 Millionen Sendungen" "up_to"
  ("täglich" none), "a record 1.9 million boxes" ("a record" no hedge, twenty-third), "some
  64,000 people" "about", "2,300 consumers", "more than 40 million egg-laying hens", "rund
  140 Millionen Stück", "3,4 Tassen Kaffee am Tag" 3.4, "67 everyday items", "eight
  supermarkets on 1,400 products"), definite groups ("bei 37 von 60 Angeboten";
  forty-first), "the country's two big supermarket groups" 2 and "at two chains" 2, "two
  dozen new food halls" 24 (the issue's "two dozen"), "A dozen Grade A eggs" 12
  (hundred-thirty-second: "a dozen residents"; "Grade A" none). Weights, volumes and heights
  are counts (hundred-fiftieth: "das 250-Gramm-Stück" 250; hundred-sixty-eighth: "The
  4.1-tonne satellite"): "das 500-Gramm-Paket" 500, "Das 250-Gramm-Stück" 250, "Ein
  200-Gramm-Hohlkörper" 200, "von 100 auf 90 Gramm" both, "a 500-gram block" 500, "roughly
  500,000 tonnes" "about", "a 227g pack" 227 (hundred-fifty-second: "a 20cm kitchen knife"),
  "a 12-ounce bag" 12, "55.2 million 60-kg bags" 55,200,000 and 60, "a typical 55-litre
  family car" 55, "einen zwei Meter hohen Baum" 2. Multiples: "mehr als das Doppelte" 2
  "over" and "fast doppelt so viele" 2 "nearly" (forty-fifth: "fast das Doppelte";
  hundred-thirty-second: "almost double"); "more than doubled" and "mehr als vervierfacht"
  carry none (a verb, hundred-thirty-second: "mehr als verdoppelt"). New: "Ein Liter Super
  E10", "Ein Liter Vollmilch", "ein Kilo Ruchbrot", "ein Stück" and "a litre of petrol"
  carry no count - the article before a unit of sale, as "Einen Tag vor" and "for a week"
  (hundred-fifty-eighth, hundred-sixty-eighth). New: "Super E10" carries none - a fuel
  grade's name, as "Ariane 6" (hundred-sixty-eighth). None besides: "S&P 500" and "FTSE 100"
  (index names; twentieth, hundred-fiftieth), "tens of millions" (seventeenth), "several
  times", "mehrere Wochen", "weeks earlier", "the biggest online shopping day ever", clock
  times ("zwischen 19 und 22 Uhr", "gegen 7 Uhr", "between 10 p.m. and 11 p.m. ET";
  hundred-forty-third).
- Ordinals and fractions (the issue; every batch): "zum dritten Mal in diesem Jahr" 3, "for
  the first time" 1 twice (hundred-thirty-second), "the second monthly slowdown in a row" 2,
  "for the eighth month running" 8, "der vierte Adventssamstag" 4, "Im ersten Halbjahr" 1
  and no fraction (hundred-fiftieth: "in the first half of 2026"), and "die ersten Bäume" 1
  in a negative. Fractions: "etwa jeder vierte Euro" 0.25 "about", "rund ein Viertel" 0.25
  "about", "Sieben von zehn Befragten" 0.7 (a proportion, hundred-thirty-third: "fast vier
  von zehn"), "jeder Dritte" 0.3333, "mehr als die Hälfte davon" 0.5 "over" ("davon" no
  hedge), "jedes fünfte ... Paket" 0.2, "Roughly one in five online orders" 0.2 "about", "um
  gut die Hälfte" 0.5 "over" ("um" no hedge), "Fast jeder zweite" 0.5 "nearly", "jeden
  zehnten jungen Baum" 0.1, "um fast ein Viertel" 0.25 "nearly", "about one in six" 0.1667
  "about", "More than two-thirds" 0.6667 "over" (four places, the issue), and "about half"
  0.5 "about" in a negative.
- Percentages as written (every batch): "1,6 Prozent mehr" ("mehr" after the figure
  compares, hundred-first), "gut 19 Prozent" "over", "knapp 40 Prozent" "nearly", "between
  3.2% and 3.7%" and "between 7% and 9%" both ("between" no hedge), "um rund 70 Prozent"
  "about", "by an average of 15%" ("an average of" no hedge), "by 25% over four years",
  "knapp 8 Prozent" "nearly", "up 46%", "more than 90%" "over", "im Schnitt 38 Prozent mehr"
  ("im Schnitt" no hedge), "bis zu 60 Prozent höhere" "up_to", "28% off list prices", "by
  0.6 percentage points to 8.9%" 0.6 pp and 8.9 (hundred-thirtieth, hundred-fiftieth),
  "knapp 13 Prozent" "nearly", "71 Prozent", "einer Preiserhöhung von 11,1 Prozent", "um
  durchschnittlich 8 Prozent" ("durchschnittlich" no hedge), "up to 9%" "up_to", "knapp 80
  Prozent davon" "nearly", "3,8 Prozent nach 4,0 Prozent" 3.8 and 4.0 (trailing zeros no
  other value, seventy-first), "um 11 Prozent billiger als" (the comparison after the
  figure), "um rund 33 Prozent" "about", "roughly 40%" "about", "rose 88% between 2019 and
  2024".
- Money in the currency written (every batch): EUR ("121,4 Milliarden Euro" twice, "im
  Schnitt 297 Euro" and "knapp 20 Euro weniger" "nearly", "370 Euro ..., um 15 Euro
  weniger", "8,99 Euro statt bisher 7,99 Euro", "rund 2,95 Milliarden Euro" "about", "4,8
  Milliarden Euro", "rund 1,6 Milliarden Euro" "about", "bei 120 Euro", fuel prices to three
  decimals as written ("1,662 Euro", "1,579 Euro je Liter", "1,689 Euro", "1,631 Euro"),
  "1,95 Euro", "1,39 Euro", "2,39 Euro", "rund 430 Millionen Euro" "about", "von 150 Euro",
  "4,49 Euro ..., nach 3,79 Euro", "zwischen 25 und 32 Euro pro laufendem Meter" both, "50
  bis 64 Euro" both ("bis" in a range no hedge), "rund 119 Milliarden Euro" "about", "etwa
  1,5 Milliarden Euro" "about"); cents and pence are hundredths of the currency
  (hundred-thirtieth: "61.48p"; hundred-fiftieth: "47 Cent je Kilogramm" 0.47): "2,1 Cent
  weniger" 0.021, "um 1,4 Cent" 0.014, "40 Cent weniger" 0.4, "47,2 Cent je Kilogramm"
  0.472, "by 2.1p" 0.021 ("by" before a difference no hedge), "132.4p" 1.324, "1.8p" 0.018,
  "139.9p" 1.399, "128.9p a litre" 1.289, "128.7p" 1.287, "nearly 4p a litre" 0.04 "nearly";
  GBP besides ("an estimated £5 billion" "about" - hundred-fiftieth: "an estimated $470
  million" -, "£72.82, around £1.15 less" "about", "£13.9 billion", "£14 billion", "£128.40
  ..., against £131.15", "£147.92", "from £1.99 to £2.45" both, "£2.2 billion", "under £200"
  "under", "between £870 million and £910 million" both, "£12.90"); USD ("$1 trillion", "an
  average of $890", "as much as $305 billion" "up_to" - hundred-sixty-eighth: "as much as
  3%" -, "$976.1 billion", "a record $11.8 billion", "$1.1 billion", "$3.21", "a record
  $6.23", "$6.32 a pound", "$14.6 billion", "$44.2 billion", "$15.8 million a minute", "$57
  billion", "$2.96 a gallon", "$4.21 per lb", "about $9.70" "about", "$4,412 a tonne",
  "about $104 billion" "about", "up to $7.99" "up_to"), CHF with the Swiss decimal point
  (fortieth: "3.60 Franken"; "4.50 Franken", "1.55 Franken statt 1.70 Franken", "3.40
  Franken", "rund 45 Millionen Franken im Jahr" "about", "7,9 Milliarden Franken", "rund 8
  Milliarden Franken" and "rund 9,5 Milliarden Franken" "about"), AUD ("A$19.62";
  hundred-thirty-first: "A$412 million") and NZD ("a record NZ$8.74"). Rates carry no unit
  of their own: "je Liter", "pro laufendem Meter", "je Kilogramm", "je Diebstahl", "im
  Jahr", "a litre", "a gallon", "per lb", "a tonne", "a minute" none (hundred-thirty-eighth,
  hundred-fiftieth: "a barrel", "an ounce", "je Aktie"). "topping $1 trillion" and "to top
  £14 billion" carry no hedge - a verb, as "überschritt ... die Marke von zwei Millionen"
  (hundred-thirty-second). New: "$6.32 a pound" is USD 6.32 with "a pound" none - after a
  price in dollars "a pound" is a weight, as "per lb", not a sum in sterling. New: "nearly
  $1 of every $10 returned" is two amounts of money, USD 1 "nearly" and USD 10 - the copy
  writes sums, so they stay sums and the base of the rate counts as "one doctor for every
  910 people" (hundred-sixty-eighth), not a fraction. None: "tens of millions of Australian
  dollars", "every pound", "jeden Euro" in a quote.
- Durations and ages (the issue; every batch): "der fünftägigen Black Week" 5 days (the
  issue's "fünfstündigen"), "seit fast vier Jahren" 4 years "nearly" (hundred-fiftieth),
  "for three weeks in a row" 3 weeks, "for about four weeks" 4 weeks "about", "over four
  years" 4 years ("over" before a span no hedge), "in den zwölf Monaten vor der Befragung"
  12 months, "over 12 months" and "in the 12 months to June" 12 months, "across the five
  days from Thanksgiving to Cyber Monday" 5 days, "alle zwei Monate" 2 months
  (hundred-sixty-eighth: "alle zehn Jahre"), "acht bis zwölf Jahre" 8 and 12 years, "a
  20-month low" 20 months (hundred-fiftieth: "a 41-day strike"), "in den vier Wochen vor
  Heiligabend" 4 weeks, "over the four weeks ending Nov. 16" 4 weeks, "over the six weeks to
  Jan. 3" 6 weeks ("over" before an article no hedge), and "der vergangenen 30 Tage" 30 days
  in a negative. Ages are durations in years ("a 63-year-old shopper", "Keisha Montgomery,
  37,", both in negatives). New: "der 16- bis 74-Jährigen" is 16 and 74 years - the German
  suspended hyphen leaves the unit written once for both ends, as "16- and 17-year-olds"
  (hundred-sixty-eighth). New: names of shopping days and holidays carry none - "Black
  Friday", "Black Week", "Cyber Monday", "Heiligabend", "New Year's Day", "Nikolaus" - as
  "Thanksgiving" (hundred-sixty-eighth); "der vierte Adventssamstag" keeps its ordinal. None
  besides: "binnen eines Jahres" (an article, hundred-fifty-eighth), "vor einem Jahr", "ein
  Jahr zuvor", "a month ago", "im Vorjahr", "im Vorjahresmonat", "heuer", "in diesem Jahr",
  "im vergangenen Jahr", "this year", "last year", "next year", "a year earlier", "a year
  ago", "in the year to October", "each year", "jedes Jahr", "jährlich", "täglich", "every
  day", "hourly", "annual", "seit Monaten", "this season", "this winter", months, weekdays
  and clock times.
- Years and dates: "since February 2024" its year, "since early 2023", "since 1997", "the
  2026 harvest", "from 2026", "began in 2003", "between 2019 and 2024" both, "zwischen
  Anfang 2023 und Ende 2024" both, "Seit 2021"; "Ab dem 10. November" --11-10, "per 1.
  Dezember" --12-01 (the Swiss "per" before a date no hedge, as the Austrian "mit 1.
  Jänner", hundred-fiftieth), "Nov. 16" --11-16, "Jan. 3" --01-03; Reuters datelines with a
  day ("SYDNEY, Nov 12 (Reuters)", "WELLINGTON, Nov 14 (Reuters)", "NEW YORK, Nov 29
  (Reuters)", "LONDON, Nov 25 (Reuters)", "NEW YORK, Dec 2 (Reuters)", "WASHINGTON, Dec 16
  (Reuters)", "SAO PAULO, Dec 18 (Reuters)", "LONDON, Jan 8 (Reuters)") dates without a year
  (hundred-forty-ninth, hundred-sixty-eighth); dpa ("Berlin (dpa) -" three times, "Köln
  (dpa) -", "Hamburg (dpa) -", "Bonn (dpa) -", "München (dpa/lby) -"), APA, Keystone-SDA,
  awp, Reuters German, AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly", "Roughly",
  "some", "an estimated" "about"; "knapp", "fast", "Fast", "nearly" "nearly"; "gut", "mehr
  als", "more than", "More than" "over"; "under" before a threshold "under"; "bis zu", "up
  to", "as much as" "up_to". No hedge: "im Schnitt", "durchschnittlich", "an average of",
  "zusammen", "davon", "bisher", "zuletzt", "a record", "between", "zwischen", "bis" and
  "to" in a range, "by" and "um" before a difference or a share, "over" before a span or an
  article, "topping", "to top", and "mehr als", "weniger als", "billiger als", "less than",
  "below", "höhere" after a figure.
- Speakers, checked only in forms the earlier batches settled: "X sagte, ..." and "sagte X"
  with the title dropped ("HDE-Hauptgeschäftsführer Konrad Weidling",
  "Handelsverband-Geschäftsführer Rainer Voglsang", "EHI-Experte Jochen Haberkorn",
  "Marktexpertin Annegret Lohse", "WKÖ-Handelsobmann Gerhard Tatzreiter",
  "Verbraucherschützerin Silke Marquardt", "Verbandssprecher Bernd Oelschläger";
  hundred-forty-ninth, hundred-sixty-eighth), "sagte Handelsexpertin Corinne Aebischer von
  der Hochschule Luzern" -> "Corinne Aebischer" (the affiliation after the name dropped,
  hundred-forty-seventh), "Weidling sagte, ..." the surname as written; "wie das Unternehmen
  am Mittwoch mitteilte" -> "das Unternehmen", "wie der ADAC am Mittwoch mitteilte" -> "der
  ADAC", "wie Alpmarkt am Dienstag mitteilte" -> "Alpmarkt" (a name without an article as
  written, hundred-sixty-eighth: "teilte Rapid mit"), "wie der Bundesverband der
  Weihnachtsbaumerzeuger am Montag mitteilte", "wie das Bundesamt für Statistik (BFS) am
  Freitag mitteilte" -> "das Bundesamt für Statistik" (the abbreviation and the weekday
  dropped, hundred-fiftieth), "teilte der Bundesverband der Deutschen Süßwarenindustrie
  mit", "Das teilte die Statistik Austria am Mittwoch auf Basis einer Schnellschätzung mit."
  -> "die Statistik Austria" (the weekday and the basis dropped, as "in a statement",
  seventy-first), "Laut Statistik Austria" -> "Statistik Austria" and "laut
  Milchindustrie-Verband" -> "Milchindustrie-Verband" (a name after "laut" without an
  article as written, hundred-fiftieth: "Laut AMS"), "Nach Angaben des HDE" -> "der HDE"
  (the source in the nominative, seventieth, hundred-fifty-eighth). English: "the British
  Retail Consortium said on Tuesday", "the National Retail Federation said Thursday", "the
  Office for National Statistics said" and "the Commerce Department said on Tuesday" with
  the article and without the weekday (eightieth, hundred-thirty-ninth), "the RAC said" ->
  "the RAC", "The AA said ..." and "The Australian Competition and Consumer Commission said
  ..." opening the row -> "the AA", "the Australian Competition and Consumer Commission"
  (hundred-sixtieth, hundred-sixty-eighth), "Stats NZ said on Friday" -> "Stats NZ", "Adobe
  said on Tuesday" -> "Adobe" (as written, hundred-sixtieth: "Defra said"), "according to
  Adobe Analytics" and "according to Kantar" as written (ninety-eighth,
  hundred-sixty-eighth: "according to Nielsen BookScan"), "the company said" -> "the
  company" and "The federation said" -> "the federation" (a body named earlier taken up by
  its common noun, hundred-twenty-third, hundred-fiftieth), the names with the role dropped
  ("BRC Chief Executive Harriet Cavendish said", "NielsenIQ analyst Mike Petrakis said",
  "RAC fuel spokesman Simon Pritchard said", "Policing Minister Diane Ashcroft said", "Chief
  Executive Oliver Hastings said"; hundred-forty-ninth, hundred-sixty-eighth). New: "Which?
  said" -> "Which?" - the question mark is part of the consumer group's name
  (hundred-thirtieth lists "Which?" among its bodies), so the checked speaker keeps it. Left
  unchecked (None): "rechnet", "prognostiziert", "rechnen die Händler", "Kantar expects",
  "Salesforce estimated", "Retailers estimate" (no verbs of saying, hundred-twentieth,
  hundred-fiftieth), "Laut einer HDE-Umfrage", "laut der Umfrage", "laut einer Hochrechnung
  des Handelsverbands", "laut Polizeilicher Kriminalstatistik", "Laut einer Studie der
  Hochschule", "heißt es in dem Bericht", "according to a survey the federation conducted in
  October", "according to Labor Department figures released on Wednesday", "according to
  Agriculture Department figures" (hundred-sixty-eighth: "according to Interior Ministry
  figures"), "the survey found", "the figures showed", "an NRF survey of 2,300 consumers
  found", "The regulator's inquiry ... found" (documents, hundred-sixtieth), "nach eigenen
  Angaben" twice and "nach Verbandsangaben" (no body named, hundred-thirtieth), "nach
  Schätzungen des Verbands", "wie mehrere Handelsketten mitteilten" (a German plural naming
  no firm, hundred-fiftieth: "wie beide Unternehmen mitteilten"), "teilte das
  Vergleichsportal Preisblick mit", "market researcher Kantar said", "consumer group Which?
  said", "retail analytics firm Sensorvue said", "Dairy cooperative Kahurangi Milk said",
  "Convenience chain Dunmore's said" and "according to motor club AAA" (a description before
  the name, fortieth, hundred-thirtieth), "The trade group, which counts ..., said",
  "Tasfresh, which runs 412 stores ..., said" and "The group, which employs ..., said" (a
  relative clause between name and verb, hundred-forty-ninth), "Economists polled by
  Reuters", "traders said" (groups, forty-first), "according to estimates from the National
  Retail Federation and returns firm Loopback" (estimates from two bodies), rows without
  attribution and all negatives, also those with a named speaker. New: "Laut Deutschem
  Kaffeeverband" is left unchecked - a name declined after "laut" would have to be rebuilt
  in the nominative, and no batch settled that form.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_173 = [
    # --- HDE erwartet schwaches Weihnachtsgeschäft (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Handelsverband Deutschland (HDE) rechnet im diesjährigen Weihnachtsgeschäft mit einem Umsatz von 121,4 Milliarden Euro.",
        True,
        [("money", 121400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das wären nominal 1,6 Prozent mehr als im Vorjahr, preisbereinigt bliebe allerdings ein leichtes Minus.",
        True,
        [("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Laut einer HDE-Umfrage unter gut 1.500 Verbraucherinnen und Verbrauchern wollen die Menschen im Schnitt 297 Euro für Geschenke ausgeben, knapp 20 Euro weniger als vor einem Jahr.",
        True,
        [("count", 1500, None, "over"), ("money", 297, "EUR", None), ("money", 20, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "HDE-Hauptgeschäftsführer Konrad Weidling sagte, etwa jeder vierte Euro im Weihnachtsgeschäft werde inzwischen online ausgegeben.",
        True,
        [("fraction", 0.25, None, "about")],
        "Konrad Weidling",
    ),
    (
        "de",
        "Die Monate November und Dezember stehen für gut 19 Prozent des Jahresumsatzes im Einzelhandel, im Spielwaren- und Buchhandel sogar für rund ein Viertel.",
        True,
        [("percent", 19, "%", "over"), ("fraction", 0.25, None, "about")],
        None,
    ),
    ("de", "„Die Verunsicherung der Kundschaft ist mit Händen zu greifen“, sagte Weidling.", False, [], None),
    ("de", "Ob die Rabattschlachten der Black Week die Kaufzurückhaltung aufbrechen, ist offen.", False, [], None),
    (
        "de",
        "Die Gewerkschaft Verdi kritisierte, die Beschäftigten zahlten mit Überstunden und verlängerten Öffnungszeiten den Preis für die Jagd nach Schnäppchen.",
        False,
        [],
        None,
    ),
    # --- UK shop price inflation (PA) ---
    (
        "en",
        "LONDON (PA) - Shop price inflation in the UK picked up to 1.9% in October from 1.4% in September, the British Retail Consortium said on Tuesday.",
        True,
        [("percent", 1.9, "%", None), ("percent", 1.4, "%", None)],
        "the British Retail Consortium",
    ),
    (
        "en",
        "Food prices rose 4.1% on the year, the fastest pace since February 2024, driven by chocolate, coffee and meat.",
        True,
        [("percent", 4.1, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Fresh food inflation eased slightly to 3.6%, while non-food prices fell 0.3% as retailers started discounting early for Christmas.",
        True,
        [("percent", 3.6, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "BRC Chief Executive Harriet Cavendish said higher employer costs had added an estimated £5 billion to the industry's bills this year.",
        True,
        [("money", 5000000000, "GBP", "about")],
        "Harriet Cavendish",
    ),
    (
        "en",
        '"Families will feel this at the checkout right through the festive season," Cavendish said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Own-label goods now make up 52% of grocery sales by value as shoppers trade down, NielsenIQ analyst Mike Petrakis said.",
        True,
        [("percent", 52, "%", None)],
        "Mike Petrakis",
    ),
    ("en", "Retailers hope the chancellor will spare them further tax rises in the November budget.", False, [], None),
    # --- Weihnachtsumfrage des Handelsverbands (APA) ---
    (
        "de",
        "Wien (APA) - Die Österreicherinnen und Österreicher wollen heuer im Schnitt 370 Euro für Weihnachtsgeschenke ausgeben, um 15 Euro weniger als im Vorjahr.",
        True,
        [("money", 370, "EUR", None), ("money", 15, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer am Montag präsentierten Umfrage des Handelsverbands unter 1.000 Personen hervor.",
        True,
        [("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Sieben von zehn Befragten wollen beim Schenken sparen, jeder Dritte plant Einkäufe während der fünftägigen Black Week.",
        True,
        [("fraction", 0.7, None, None), ("fraction", 0.3333, None, None), ("duration", 5, "day", None)],
        None,
    ),
    ("de", "Gutscheine, Bücher und Spielwaren liegen laut der Umfrage ganz oben auf den Wunschlisten.", True, [], None),
    (
        "de",
        "Handelsverband-Geschäftsführer Rainer Voglsang sagte, knapp 40 Prozent der Geschenke würden heuer online gekauft.",
        True,
        [("percent", 40, "%", "nearly")],
        "Rainer Voglsang",
    ),
    ("de", "„Jeder Euro, der nach Fernost abfließt, fehlt in unseren Ortskernen“, sagte Voglsang.", False, [], None),
    (
        "de",
        "Die Arbeiterkammer rät, Preise vor dem Kauf über mehrere Wochen zu beobachten und Kassenbons aufzuheben.",
        False,
        [],
        None,
    ),
    # --- NRF holiday forecast (AP) ---
    (
        "en",
        "NEW YORK (AP) — Holiday sales in the U.S. are expected to rise between 3.2% and 3.7% this year, topping $1 trillion for the first time, the National Retail Federation said Thursday.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("percent", 3.7, "%", None),
            ("money", 1000000000000, "USD", None),
            ("ordinal", 1, None, None),
        ],
        "the National Retail Federation",
    ),
    (
        "en",
        "The trade group, which counts November and December as the holiday season, said retailers would hire between 265,000 and 365,000 seasonal workers.",
        True,
        [("count", 265000, None, None), ("count", 365000, None, None)],
        None,
    ),
    (
        "en",
        "Shoppers plan to spend an average of $890 on gifts, food and decorations, according to a survey the federation conducted in October.",
        True,
        [("money", 890, "USD", None)],
        None,
    ),
    (
        "en",
        "Online and other non-store sales are forecast to grow between 7% and 9%, to as much as $305 billion.",
        True,
        [("percent", 7, "%", None), ("percent", 9, "%", None), ("money", 305000000000, "USD", "up_to")],
        None,
    ),
    ("en", '"Consumers are resilient, but they are choosy," NRF chief economist Jack Kleinfeld said.', False, [], None),
    (
        "en",
        "Tariffs on imported toys, clothes and electronics could push some prices higher before Christmas, Kleinfeld warned.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Several large chains began their Black Friday deals in late October, weeks earlier than usual.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Last year, holiday sales grew 4.3% to $976.1 billion.",
        True,
        [("percent", 4.3, "%", None), ("money", 976100000000, "USD", None)],
        None,
    ),
    # --- Kaffeeröster erhöht Preise (Reuters) ---
    (
        "de",
        "Hamburg (Reuters) - Der Kaffeeröster Hanseatische Röstwerke erhöht zum dritten Mal in diesem Jahr seine Preise.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ab dem 10. November kostet das 500-Gramm-Paket der meistverkauften Sorte im Handel 8,99 Euro statt bisher 7,99 Euro, wie das Unternehmen am Mittwoch mitteilte.",
        True,
        [
            ("date", "--11-10", None, None),
            ("count", 500, None, None),
            ("money", 8.99, "EUR", None),
            ("money", 7.99, "EUR", None),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Grund seien die seit Monaten hohen Preise für Rohkaffee an den Börsen in New York und London.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Preis für Arabica-Bohnen hat sich binnen eines Jahres um rund 70 Prozent erhöht.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Laut Deutschem Kaffeeverband tranken die Deutschen zuletzt im Schnitt 3,4 Tassen Kaffee am Tag.",
        True,
        [("count", 3.4, None, None)],
        None,
    ),
    ("de", "„Kaffee wird zum Luxusgut“, sagte ein Standbetreiber auf dem Hamburger Isemarkt.", False, [], None),
    ("de", "Ob weitere Erhöhungen folgen, ließ das Unternehmen offen.", False, [], None),
    # --- Petrol prices fall (PA) ---
    (
        "en",
        "LONDON (PA) - The price of a litre of petrol at UK forecourts fell by 2.1p in November to an average of 132.4p, the RAC said.",
        True,
        [("money", 0.021, "GBP", None), ("money", 1.324, "GBP", None)],
        "the RAC",
    ),
    (
        "en",
        "Diesel dropped 1.8p to 139.9p, its lowest level since May.",
        True,
        [("money", 0.018, "GBP", None), ("money", 1.399, "GBP", None)],
        None,
    ),
    (
        "en",
        "Filling a typical 55-litre family car with petrol now costs £72.82, around £1.15 less than a month ago.",
        True,
        [("count", 55, None, None), ("money", 72.82, "GBP", None), ("money", 1.15, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Northern Ireland had the cheapest petrol in the UK at 128.9p a litre.",
        True,
        [("money", 1.289, "GBP", None)],
        None,
    ),
    (
        "en",
        "RAC fuel spokesman Simon Pritchard said supermarkets were selling petrol for an average of 128.7p, nearly 4p a litre below the national average.",
        True,
        [("money", 1.287, "GBP", None), ("money", 0.04, "GBP", "nearly")],
        "Simon Pritchard",
    ),
    (
        "en",
        '"Drivers should shop around, because the gap between forecourts on the same road can be enormous," Pritchard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The AA said the wholesale cost of petrol had fallen for three weeks in a row.",
        True,
        [("duration", 3, "week", None)],
        "the AA",
    ),
    (
        "en",
        "Motoring groups have long accused fuel retailers of being slow to pass on falls in wholesale prices.",
        False,
        [],
        None,
    ),
    # --- Ladendiebstahl kostet Handel Milliarden (dpa) ---
    (
        "de",
        "Köln (dpa) - Ladendiebe haben im vergangenen Jahr in deutschen Geschäften Waren im Wert von rund 2,95 Milliarden Euro erbeutet.",
        True,
        [("money", 2950000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das ergab eine Studie des Kölner Handelsforschungsinstituts EHI, für die 93 Unternehmen mit zusammen knapp 24.000 Filialen befragt wurden.",
        True,
        [("count", 93, None, None), ("count", 24000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die gesamten Inventurdifferenzen, zu denen auch Diebstahl durch Mitarbeiter und Lieferanten zählt, beliefen sich auf 4,8 Milliarden Euro.",
        True,
        [("money", 4800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der angezeigten Ladendiebstähle stieg laut Polizeilicher Kriminalstatistik um 6,2 Prozent auf etwa 426.000 Fälle.",
        True,
        [("percent", 6.2, "%", None), ("count", 426000, None, "about")],
        None,
    ),
    (
        "de",
        "EHI-Experte Jochen Haberkorn sagte, rund 98 Prozent aller Diebstähle blieben unentdeckt.",
        True,
        [("percent", 98, "%", "about")],
        "Jochen Haberkorn",
    ),
    (
        "de",
        "Die Händler gaben nach eigenen Angaben rund 1,6 Milliarden Euro für Detektive, Kameras und Warensicherung aus.",
        True,
        [("money", 1600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Schaden je Diebstahl liegt bei 120 Euro.",
        True,
        [("money", 120, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Organisierte Banden räumen ganze Regale leer, und das oft am helllichten Tag“, sagte Haberkorn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Besonders häufig gestohlen werden Parfüm, Spirituosen, Rasierklingen und Markenkosmetik.",
        True,
        [],
        None,
    ),
    # --- Watchdog sues supermarket over discounts (Reuters) ---
    (
        "en",
        "SYDNEY, Nov 12 (Reuters) - Australia's competition watchdog sued supermarket chain Tasfresh on Wednesday, alleging that discounts on 266 products were misleading because prices had been raised shortly before.",
        True,
        [("date", "--11-12", None, None), ("count", 266, None, None)],
        None,
    ),
    (
        "en",
        "The Australian Competition and Consumer Commission said Tasfresh had lifted shelf prices of the items by an average of 15% for about four weeks before marking them as on special.",
        True,
        [("percent", 15, "%", None), ("duration", 4, "week", "about")],
        "the Australian Competition and Consumer Commission",
    ),
    (
        "en",
        "The regulator is seeking penalties that could run to tens of millions of Australian dollars.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Tasfresh, which runs 412 stores across Australia, said it would defend the case.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "Shares in Tasfresh's parent company fell 3.4% to A$19.62 in Sydney.",
        True,
        [("percent", 3.4, "%", None), ("money", 19.62, "AUD", None)],
        None,
    ),
    (
        "en",
        '"Shoppers deserve to know that a special is actually a special," ACCC chair Fiona Gallagher told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The regulator's inquiry into the grocery sector found last year that supermarket prices had risen by 25% over four years, against general inflation of 19%.",
        True,
        [("percent", 25, "%", None), ("duration", 4, "year", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "It was not immediately clear whether Tasfresh would seek to settle.",
        False,
        [],
        None,
    ),
    # --- Spritpreise sinken (dpa) ---
    (
        "de",
        "München (dpa/lby) - Tanken ist in Deutschland so günstig wie seit fast vier Jahren nicht mehr.",
        True,
        [("duration", 4, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Ein Liter Super E10 kostete am Dienstag im bundesweiten Tagesdurchschnitt 1,662 Euro, wie der ADAC am Mittwoch mitteilte.",
        True,
        [("money", 1.662, "EUR", None)],
        "der ADAC",
    ),
    ("de", "Das waren 2,1 Cent weniger als in der Vorwoche.", True, [("money", 0.021, "EUR", None)], None),
    (
        "de",
        "Diesel verbilligte sich um 1,4 Cent auf 1,579 Euro je Liter.",
        True,
        [("money", 0.014, "EUR", None), ("money", 1.579, "EUR", None)],
        None,
    ),
    (
        "de",
        "In Bayern war Super E10 mit 1,689 Euro am teuersten, in Hamburg mit 1,631 Euro am günstigsten.",
        True,
        [("money", 1.689, "EUR", None), ("money", 1.631, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Rohölpreis ist seit Anfang Oktober um knapp 8 Prozent gefallen.",
        True,
        [("percent", 8, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Am günstigsten ist Tanken meist zwischen 19 und 22 Uhr, am teuersten morgens gegen 7 Uhr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Automobilclub forderte die Mineralölkonzerne auf, gesunkene Einkaufspreise schneller an die Autofahrer weiterzugeben.",
        False,
        [],
        None,
    ),
    # --- Butter at record in New Zealand (Reuters) ---
    (
        "en",
        "WELLINGTON, Nov 14 (Reuters) - The price of a 500-gram block of butter in New Zealand hit a record NZ$8.74 in October, up 46% from a year earlier, Stats NZ said on Friday.",
        True,
        [
            ("date", "--11-14", None, None),
            ("count", 500, None, None),
            ("money", 8.74, "NZD", None),
            ("percent", 46, "%", None),
        ],
        "Stats NZ",
    ),
    (
        "en",
        "New Zealand exports more than 90% of the roughly 500,000 tonnes of butter it makes each year.",
        True,
        [("percent", 90, "%", "over"), ("count", 500000, None, "about")],
        None,
    ),
    (
        "en",
        "Overall food prices rose 4.7% in the year to October, with milk up 15% and cheese up 12%.",
        True,
        [("percent", 4.7, "%", None), ("percent", 15, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Dairy cooperative Kahurangi Milk said it sets domestic prices in line with what its products fetch on global markets.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Butter prices at the global dairy auction have more than doubled since early 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The government has asked the country's two big supermarket groups to explain why prices rose faster than their costs.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"We used to have butter on the table every day, now it\'s a treat," said Aroha Whitlock, a 63-year-old shopper in Lower Hutt.',
        False,
        [("duration", 63, "year", None)],
        None,
    ),
    (
        "en",
        '"It is absurd that a dairy nation can no longer afford its own butter," an opposition lawmaker said in parliament.',
        False,
        [],
        None,
    ),
    # --- Preisüberwacher: Markenartikel in der Schweiz teurer (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Markenprodukte kosten in der Schweiz im Schnitt 38 Prozent mehr als im benachbarten Ausland.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Das zeigt ein Vergleich des Preisüberwachers, der die Preise von 180 Drogerie- und Lebensmittelartikeln in der Schweiz, Deutschland, Frankreich und Österreich erhoben hat.",
        True,
        [("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Bei Kosmetik betrug der Aufschlag teils mehr als das Doppelte.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Deodorant, das in Deutschland 1,95 Euro kostet, wurde in Zürich für 4.50 Franken angeboten.",
        True,
        [("money", 1.95, "EUR", None), ("money", 4.5, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Schweizer Kundschaft zahlt einen Zuschlag, der sich mit höheren Löhnen allein nicht erklären lässt», sagte Preisüberwacher Beat Lüthold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hersteller verlangten von Schweizer Händlern für identische Ware bis zu 60 Prozent höhere Einkaufspreise, heißt es in dem Bericht.",
        True,
        [("percent", 60, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Der Detailhandelsverband wies die Vorwürfe zurück und verwies auf höhere Mieten und Löhne.",
        False,
        [],
        None,
    ),
    ("de", "Ob eine Verschärfung des Kartellgesetzes Abhilfe schafft, ist unter Ökonomen umstritten.", False, [], None),
    # --- Black Friday online spending (Reuters) ---
    (
        "en",
        "NEW YORK, Nov 29 (Reuters) - U.S. shoppers spent a record $11.8 billion online on Black Friday, up 9.1% from last year, according to Adobe Analytics.",
        True,
        [("date", "--11-29", None, None), ("money", 11800000000, "USD", None), ("percent", 9.1, "%", None)],
        "Adobe Analytics",
    ),
    (
        "en",
        "Purchases made on smartphones accounted for 57% of online sales.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    (
        "en",
        "Discounts peaked at 28% off list prices for toys and 24% for electronics.",
        True,
        [("percent", 28, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly one in five online orders was paid for with a buy now, pay later service, worth $1.1 billion on the day.",
        True,
        [("fraction", 0.2, None, "about"), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Foot traffic at physical stores was down 2.4% from a year earlier, retail analytics firm Sensorvue said.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        "At a mall in Paramus, New Jersey, shoppers in winter coats queued before dawn with coffee cups in hand.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"I got everything on my list for about half of what I\'d budgeted," said Keisha Montgomery, 37, a nurse.',
        False,
        [("fraction", 0.5, None, "about"), ("duration", 37, "year", None)],
        None,
    ),
    # --- Butter wird billiger (dpa) ---
    (
        "de",
        "Berlin (dpa) - Butter wird in deutschen Supermärkten und bei Discountern deutlich billiger.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das 250-Gramm-Stück der Eigenmarken kostet seit Montag 1,39 Euro und damit 40 Cent weniger als zuvor, wie mehrere Handelsketten mitteilten.",
        True,
        [("count", 250, None, None), ("money", 1.39, "EUR", None), ("money", 0.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vor einem Jahr hatte ein Stück noch 2,39 Euro gekostet, so viel wie nie zuvor.",
        True,
        [("money", 2.39, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Molkereien hätten im Herbst deutlich mehr Milch angeliefert bekommen als erwartet, sagte Marktexpertin Annegret Lohse.",
        True,
        [],
        "Annegret Lohse",
    ),
    (
        "de",
        "Der Milchpreis, den die Erzeuger erhalten, sank laut Milchindustrie-Verband im Oktober auf durchschnittlich 47,2 Cent je Kilogramm.",
        True,
        [("money", 0.472, "EUR", None)],
        "Milchindustrie-Verband",
    ),
    (
        "de",
        "Den Butterpreis handeln die großen Handelsketten mit den Molkereien in der Regel alle zwei Monate neu aus.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Der Bauernverband warnte, viele Milchviehbetriebe arbeiteten bei diesen Preisen nicht mehr kostendeckend.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Für die Plätzchen-Saison ist das eine gute Nachricht“, sagte eine Kundin in einer Berliner Filiale.",
        False,
        [],
        None,
    ),
    # --- UK grocery inflation slows (Reuters) ---
    (
        "en",
        "LONDON, Nov 25 (Reuters) - Grocery inflation in Britain eased to 4.3% over the four weeks ending Nov. 16, market researcher Kantar said on Tuesday.",
        True,
        [
            ("date", "--11-25", None, None),
            ("percent", 4.3, "%", None),
            ("duration", 4, "week", None),
            ("date", "--11-16", None, None),
        ],
        None,
    ),
    (
        "en",
        "It was the second monthly slowdown in a row, from 4.9% in October.",
        True,
        [("ordinal", 2, None, None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "Shoppers spent £13.9 billion at supermarkets over the period, and sales of own-label ranges rose 5.8%, outpacing branded goods.",
        True,
        [("money", 13900000000, "GBP", None), ("percent", 5.8, "%", None)],
        None,
    ),
    (
        "en",
        "Discounter Brambles increased its market share by 0.6 percentage points to 8.9%, according to Kantar.",
        True,
        [("percent", 0.6, "pp", None), ("percent", 8.9, "%", None)],
        "Kantar",
    ),
    ("en", "Online grocery sales made up 12.4% of the market.", True, [("percent", 12.4, "%", None)], None),
    (
        "en",
        '"Christmas will be a battle for every basket," said Fraser McAllister, Kantar\'s head of retail insight.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kantar expects December grocery sales to top £14 billion for the first time.",
        True,
        [("money", 14000000000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Black Friday in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Der heimische Handel hat rund um den Black Friday laut einer Hochrechnung des Handelsverbands rund 430 Millionen Euro umgesetzt.",
        True,
        [("money", 430000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das seien um 4 Prozent mehr als im Vorjahr, mehr als die Hälfte davon sei aber an ausländische Onlinehändler geflossen.",
        True,
        [("percent", 4, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria haben 71 Prozent der 16- bis 74-Jährigen in den zwölf Monaten vor der Befragung online eingekauft.",
        True,
        [
            ("percent", 71, "%", None),
            ("duration", 16, "year", None),
            ("duration", 74, "year", None),
            ("duration", 12, "month", None),
        ],
        "Statistik Austria",
    ),
    (
        "de",
        "Der Anteil des Onlinehandels an den gesamten Einzelhandelsausgaben liegt in Österreich bei knapp 13 Prozent.",
        True,
        [("percent", 13, "%", "nearly")],
        None,
    ),
    (
        "de",
        "WKÖ-Handelsobmann Gerhard Tatzreiter sagte, jedes fünfte in Österreich zugestellte Paket stamme inzwischen von Plattformen aus China.",
        True,
        [("fraction", 0.2, None, None)],
        "Gerhard Tatzreiter",
    ),
    ("de", "„Hier wird mit ungleichen Waffen gekämpft“, sagte Tatzreiter.", False, [], None),
    (
        "de",
        "Die EU will die Zollfreigrenze von 150 Euro für Kleinsendungen abschaffen.",
        True,
        [("money", 150, "EUR", None)],
        None,
    ),
    (
        "de",
        "Konsumentenschützer raten, bei Rabatten auf den Preisverlauf der vergangenen 30 Tage zu achten.",
        False,
        [("duration", 30, "day", None)],
        None,
    ),
    # --- Egg and beef prices (AP) ---
    (
        "en",
        "WASHINGTON (AP) — A dozen Grade A eggs cost an average of $3.21 in U.S. cities in October, after peaking at a record $6.23 in March, according to Labor Department figures released on Wednesday.",
        True,
        [("count", 12, None, None), ("money", 3.21, "USD", None), ("money", 6.23, "USD", None)],
        None,
    ),
    (
        "en",
        "Ground beef climbed to a record $6.32 a pound, up 14% from a year ago.",
        True,
        [("money", 6.32, "USD", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "Coffee prices were up 19% over 12 months, the biggest annual jump since 1997.",
        True,
        [("percent", 19, "%", None), ("duration", 12, "month", None), ("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        "Overall consumer prices rose 2.9% from a year earlier, while grocery prices climbed 2.7%.",
        True,
        [("percent", 2.9, "%", None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        "Banana prices rose 6.8% and fresh fish 3.1% over the same period.",
        True,
        [("percent", 6.8, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Bird flu has forced farmers to cull more than 40 million egg-laying hens so far this year, according to Agriculture Department figures.",
        True,
        [("count", 40000000, None, "over")],
        None,
    ),
    (
        "en",
        '"Each grocery run is a gamble now," said Tanya Brooks, a mother of three in Columbus, Ohio.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Economists expect beef prices to stay high well into next year because cattle herds have shrunk.",
        False,
        [],
        None,
    ),
    # --- Verbraucherzentrale: Ärger über Mogelpackungen (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Die Verbraucherzentrale Hamburg hat in diesem Jahr so viele Beschwerden über versteckte Preiserhöhungen erhalten wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis Ende November gingen 1.240 Meldungen über sogenannte Mogelpackungen ein, fast doppelt so viele wie im gesamten Vorjahr.",
        True,
        [("count", 1240, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei einer bekannten Tafel Schokolade schrumpfte der Inhalt von 100 auf 90 Gramm, der Preis blieb gleich.",
        True,
        [("count", 100, None, None), ("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "Rechnerisch entspricht das einer Preiserhöhung von 11,1 Prozent.",
        True,
        [("percent", 11.1, "%", None)],
        None,
    ),
    (
        "de",
        "Verbraucherschützerin Silke Marquardt sagte, zum Black Friday seien viele Rabatte auf künstlich überhöhte Streichpreise berechnet worden.",
        True,
        [],
        "Silke Marquardt",
    ),
    (
        "de",
        "In einer Stichprobe der Verbraucherzentrale lag bei 37 von 60 Angeboten der angebliche Ursprungspreis über dem tatsächlichen Preis der Vorwochen.",
        True,
        [("count", 37, None, None), ("count", 60, None, None)],
        None,
    ),
    ("de", "„Das ist Täuschung mit System“, sagte Marquardt.", False, [], None),
    (
        "de",
        "Verbraucher sollten stets die Grundpreise je Kilogramm oder Liter vergleichen, rät die Verbraucherzentrale.",
        False,
        [],
        None,
    ),
    ("de", "Der Markenverband wies die Kritik als pauschal und unbegründet zurück.", False, [], None),
    # --- Cyber Monday record (Reuters) ---
    (
        "en",
        "NEW YORK, Dec 2 (Reuters) - Americans spent $14.6 billion on the internet on Cyber Monday, making it the biggest online shopping day ever, Adobe said on Tuesday.",
        True,
        [("date", "--12-02", None, None), ("money", 14600000000, "USD", None)],
        "Adobe",
    ),
    (
        "en",
        "Spending across the five days from Thanksgiving to Cyber Monday totaled $44.2 billion, up 7.6% from a year ago.",
        True,
        [("duration", 5, "day", None), ("money", 44200000000, "USD", None), ("percent", 7.6, "%", None)],
        None,
    ),
    (
        "en",
        "At the peak hour, between 10 p.m. and 11 p.m. ET, shoppers spent $15.8 million a minute.",
        True,
        [("money", 15800000, "USD", None)],
        None,
    ),
    (
        "en",
        "Electronics, toys and apparel saw the deepest discounts, the company said.",
        True,
        [],
        "the company",
    ),
    (
        "en",
        "Salesforce estimated global online sales for the day at $57 billion.",
        True,
        [("money", 57000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Shares of large retailers rose, with the S&P 500 retail index up 1.3% by midday.",
        True,
        [("percent", 1.3, "%", None)],
        None,
    ),
    (
        "en",
        "Some analysts warned that strong online figures may mask weaker spending in stores.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the early start to promotions pulled sales forward from December remains to be seen.",
        False,
        [],
        None,
    ),
    # --- Schoko-Nikoläuse werden teurer (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Schokoladen-Nikoläuse kosten in diesem Jahr deutlich mehr als im Vorjahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein 200-Gramm-Hohlkörper eines großen Markenherstellers werde im Handel für 4,49 Euro angeboten, nach 3,79 Euro vor einem Jahr, teilte das Vergleichsportal Preisblick mit.",
        True,
        [("count", 200, None, None), ("money", 4.49, "EUR", None), ("money", 3.79, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Preis für Kakao an der Börse in New York hatte sich zwischen Anfang 2023 und Ende 2024 mehr als vervierfacht.",
        True,
        [("year", 2023, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Seitdem ist er zwar um gut die Hälfte gefallen, doch die Hersteller haben sich mit langen Lieferverträgen eingedeckt.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Produktion von Schokoladen-Nikoläusen sei um 6 Prozent auf rund 140 Millionen Stück zurückgegangen, teilte der Bundesverband der Deutschen Süßwarenindustrie mit.",
        True,
        [("percent", 6, "%", None), ("count", 140000000, None, "about")],
        "der Bundesverband der Deutschen Süßwarenindustrie",
    ),
    (
        "de",
        "Fast jeder zweite Schokoladen-Nikolaus wird nach Verbandsangaben ins Ausland exportiert.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    ("de", "„Der Nikolaus wird zum Luxusartikel“, schrieb ein Nutzer auf der Plattform X.", False, [], None),
    # --- Which? basket comparison (PA) ---
    (
        "en",
        "LONDON (PA) - Discounter Brambles was the cheapest supermarket in November for the eighth month running, consumer group Which? said.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "A basket of 67 everyday items, including butter, teabags and bread, cost £128.40 at Brambles, against £131.15 at rival discounter Penrose.",
        True,
        [("count", 67, None, None), ("money", 128.4, "GBP", None), ("money", 131.15, "GBP", None)],
        None,
    ),
    (
        "en",
        "The group compared prices at eight supermarkets on 1,400 products over the month.",
        True,
        [("count", 8, None, None), ("count", 1400, None, None)],
        None,
    ),
    (
        "en",
        "The same basket cost £147.92 at Hollinsworth, the most expensive of the big grocers surveyed, Which? said.",
        True,
        [("money", 147.92, "GBP", None)],
        "Which?",
    ),
    (
        "en",
        "The price of a 227g pack of own-label butter ranged from £1.99 to £2.45 across the chains.",
        True,
        [("count", 227, None, None), ("money", 1.99, "GBP", None), ("money", 2.45, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shoppers paying with loyalty cards saved up to 9% on the bigger basket at two chains.",
        True,
        [("percent", 9, "%", "up_to"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Clear unit pricing should be the bare minimum for every shopper," Which? director of policy Reena Chaudhry said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under rules announced in the summer, supermarkets must show unit prices per kilogram or litre from 2026.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    # --- Alpmarkt senkt Preise (awp) ---
    (
        "de",
        "Zürich (awp) - Der Detailhändler Alpmarkt senkt per 1. Dezember die Preise für 320 Produkte des täglichen Bedarfs um durchschnittlich 8 Prozent.",
        True,
        [("date", "--12-01", None, None), ("count", 320, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Liter Vollmilch kostet neu 1.55 Franken statt 1.70 Franken, ein Kilo Ruchbrot 3.40 Franken.",
        True,
        [("money", 1.55, "CHF", None), ("money", 1.7, "CHF", None), ("money", 3.4, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Preissenkungen kosten das Unternehmen rund 45 Millionen Franken im Jahr, wie Alpmarkt am Dienstag mitteilte.",
        True,
        [("money", 45000000, "CHF", "about")],
        "Alpmarkt",
    ),
    (
        "de",
        "Alpmarkt beschäftigt in der Schweiz gut 38'000 Mitarbeitende in 620 Filialen.",
        True,
        [("count", 38000, None, "over"), ("count", 620, None, None)],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr war der Umsatz von Alpmarkt um 1,2 Prozent auf 7,9 Milliarden Franken gesunken.",
        True,
        [("ordinal", 1, None, None), ("percent", 1.2, "%", None), ("money", 7900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Konkurrentin Berghof Genossenschaft kündigte an, bei den wichtigsten Produkten nachzuziehen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Wir geben tiefere Einkaufspreise vollständig an die Kundschaft weiter», sagte Alpmarkt-Chefin Andrea Zwyssig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Einkaufstourismus ins grenznahe Ausland kostet den Schweizer Detailhandel nach Schätzungen des Verbands jährlich rund 8 Milliarden Franken.",
        True,
        [("money", 8000000000, "CHF", "about")],
        None,
    ),
    # --- Shoplifting at record high (PA) ---
    (
        "en",
        "LONDON (PA) - Shoplifting offences recorded by police in England and Wales rose 18% to 492,914 in the 12 months to June, the most since the current series started in 2003, the Office for National Statistics said.",
        True,
        [
            ("percent", 18, "%", None),
            ("count", 492914, None, None),
            ("duration", 12, "month", None),
            ("year", 2003, None, None),
        ],
        "the Office for National Statistics",
    ),
    ("en", "That is equivalent to about 1,350 offences a day.", True, [("count", 1350, None, "about")], None),
    (
        "en",
        "The British Retail Consortium's annual crime survey put the cost of customer theft at £2.2 billion last year.",
        True,
        [("money", 2200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Retailers reported more than 2,000 incidents of violence or abuse against staff every day, the survey found.",
        True,
        [("count", 2000, None, "over")],
        None,
    ),
    (
        "en",
        "Only about one in six reported thefts led to a suspect being charged, the figures showed.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "en",
        "Policing Minister Diane Ashcroft said the government was scrapping a rule that treated thefts of goods worth under £200 as low-level offences.",
        True,
        [("money", 200, "GBP", "under")],
        "Diane Ashcroft",
    ),
    ("en", '"Shop workers should not have to go to work in fear," Ashcroft said.', False, [], None),
    (
        "en",
        "Convenience chain Dunmore's said it had issued body-worn cameras to staff in 1,100 of its stores.",
        True,
        [("count", 1100, None, None)],
        None,
    ),
    (
        "en",
        'Retail union Usdaw called the figures "a wake-up call for every chief constable in the country".',
        False,
        [],
        None,
    ),
    # --- Weihnachtsbäume (dpa) ---
    (
        "de",
        "Bonn (dpa) - Weihnachtsbäume kosten in diesem Jahr ähnlich viel wie im Vorjahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für eine Nordmanntanne verlangen die Verkäufer zwischen 25 und 32 Euro pro laufendem Meter, wie der Bundesverband der Weihnachtsbaumerzeuger am Montag mitteilte.",
        True,
        [("money", 25, "EUR", None), ("money", 32, "EUR", None)],
        "der Bundesverband der Weihnachtsbaumerzeuger",
    ),
    (
        "de",
        "Für einen zwei Meter hohen Baum werden damit 50 bis 64 Euro fällig.",
        True,
        [("count", 2, None, None), ("money", 50, "EUR", None), ("money", 64, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bundesweit werden jedes Jahr etwa 23 Millionen Weihnachtsbäume verkauft, knapp 80 Prozent davon sind Nordmanntannen.",
        True,
        [("count", 23000000, None, "about"), ("percent", 80, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Bäume wachsen acht bis zwölf Jahre, bevor sie geschlagen werden.",
        True,
        [("duration", 8, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Verbandssprecher Bernd Oelschläger sagte, die Trockenheit im Frühjahr habe in manchen Kulturen jeden zehnten jungen Baum vernichtet.",
        True,
        [("fraction", 0.1, None, None)],
        "Bernd Oelschläger",
    ),
    (
        "de",
        "„Ein Baum aus der Region ist nicht nur frischer, sondern auch besser fürs Klima“, sagte Oelschläger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf einem Verkaufsplatz in Bonn-Beuel schleppten Väter und Kinder am Samstag die ersten Bäume zu ihren Autos.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- U.S. retail sales (Reuters) ---
    (
        "en",
        "WASHINGTON, Dec 16 (Reuters) - U.S. retail sales rose 0.4% in November as holiday shoppers snapped up electronics and clothing, the Commerce Department said on Tuesday.",
        True,
        [("date", "--12-16", None, None), ("percent", 0.4, "%", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Economists polled by Reuters had forecast sales would gain 0.3%.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Data for October was revised to show sales falling 0.1% instead of being unchanged.",
        True,
        [("percent", 0.1, "%", None)],
        None,
    ),
    (
        "en",
        "Receipts at nonstore retailers, which include online sellers, jumped 1.8%, while sales at gasoline stations fell 1.2% as pump prices dropped.",
        True,
        [("percent", 1.8, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "So-called core retail sales, stripping out cars, fuel, building materials and restaurants, increased 0.5%.",
        True,
        [("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Sales at clothing stores increased 1.1%, and electronics stores reported a 2.6% gain.",
        True,
        [("percent", 1.1, "%", None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "The average price of regular gasoline was $2.96 a gallon last week, according to motor club AAA.",
        True,
        [("money", 2.96, "USD", None)],
        None,
    ),
    (
        "en",
        '"The consumer is still carrying this economy on its back," said Nadia Ferrante, chief economist at Harbourline Capital in New York.',
        False,
        [],
        None,
    ),
    # --- Teuerung bei Kaffee, Butter billiger (APA) ---
    (
        "de",
        "Wien (APA) - Die heimische Teuerungsrate ist im November zurückgegangen, und zwar auf 3,8 Prozent nach 4,0 Prozent im Oktober.",
        True,
        [("percent", 3.8, "%", None), ("percent", 4.0, "%", None)],
        None,
    ),
    (
        "de",
        "Das teilte die Statistik Austria am Mittwoch auf Basis einer Schnellschätzung mit.",
        True,
        [],
        "die Statistik Austria",
    ),
    (
        "de",
        "Nahrungsmittel verteuerten sich um 4,9 Prozent, Kaffee allein um 21,3 Prozent.",
        True,
        [("percent", 4.9, "%", None), ("percent", 21.3, "%", None)],
        None,
    ),
    (
        "de",
        "Butter war dagegen um 11 Prozent billiger als ein Jahr zuvor, Olivenöl um fast ein Viertel.",
        True,
        [("percent", 11, "%", None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Mikrowarenkorb, der den wöchentlichen Einkauf abbildet, verteuerte sich um 5,6 Prozent.",
        True,
        [("percent", 5.6, "%", None)],
        None,
    ),
    (
        "de",
        "Seit 2021 sind die Preise für Lebensmittel in Österreich damit um rund 33 Prozent gestiegen.",
        True,
        [("year", 2021, None, None), ("percent", 33, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer forderte erneut eine befristete Senkung der Mehrwertsteuer auf Grundnahrungsmittel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wer jeden Tag einkaufen geht, spürt die Teuerung stärker, als es die Statistik zeigt“, sagte eine Pensionistin in einem Supermarkt in Wien-Favoriten.",
        False,
        [],
        None,
    ),
    # --- Arabica climbs on Brazil weather (Reuters) ---
    (
        "en",
        "SAO PAULO, Dec 18 (Reuters) - Arabica coffee futures rose to $4.21 per lb on Thursday, within reach of the record set in February, as dry weather threatened Brazil's next crop.",
        True,
        [("date", "--12-18", None, None), ("money", 4.21, "USD", None)],
        None,
    ),
    (
        "en",
        "Brazil's crop agency Conab cut its estimate for the 2026 harvest to 55.2 million 60-kg bags, down 4% from its previous forecast.",
        True,
        [
            ("year", 2026, None, None),
            ("count", 55200000, None, None),
            ("count", 60, None, None),
            ("percent", 4, "%", None),
        ],
        None,
    ),
    ("en", "Brazil supplies roughly 40% of the world's arabica.", True, [("percent", 40, "%", "about")], None),
    (
        "en",
        "Roasters have raised retail prices several times this year, and a 12-ounce bag of ground coffee now costs about $9.70 in U.S. supermarkets.",
        True,
        [("count", 12, None, None), ("money", 9.7, "USD", "about")],
        None,
    ),
    (
        "en",
        "Stocks of arabica in exchange-certified warehouses have fallen to a 20-month low, traders said.",
        True,
        [("duration", 20, "month", None)],
        None,
    ),
    (
        "en",
        "Robusta futures in London gained 1.7% to $4,412 a tonne.",
        True,
        [("percent", 1.7, "%", None), ("money", 4412, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts said further gains would depend on how much rain falls in Minas Gerais in January.",
        False,
        [],
        None,
    ),
    ("en", '"Nobody is going to get cheap coffee this winter," a broker in Santos said.', False, [], None),
    # --- Bilanz des Weihnachtsgeschäfts (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der deutsche Einzelhandel hat im Weihnachtsgeschäft nach vorläufigen Zahlen rund 119 Milliarden Euro umgesetzt und sein Ziel damit verfehlt.",
        True,
        [("money", 119000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Oktober hatte der Handelsverband HDE noch 121,4 Milliarden Euro prognostiziert.",
        True,
        [("money", 121400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Weidling sagte, vor allem der Modehandel und die Geschäfte in den Innenstädten hätten gelitten, während Onlinehändler um 3,5 Prozent zulegten.",
        True,
        [("percent", 3.5, "%", None)],
        "Weidling",
    ),
    (
        "de",
        "Nach Angaben des HDE war der vierte Adventssamstag mit rund 12 Millionen Kunden in den Innenstädten der umsatzstärkste Tag.",
        True,
        [("ordinal", 4, None, None), ("count", 12000000, None, "about")],
        "der HDE",
    ),
    (
        "de",
        "Nach den Feiertagen rechnen die Händler mit einem Ansturm beim Umtausch und mit eingelösten Gutscheinen im Wert von etwa 1,5 Milliarden Euro.",
        True,
        [("money", 1500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Paketdienste stellten nach eigenen Angaben in den vier Wochen vor Heiligabend täglich bis zu 27 Millionen Sendungen zu.",
        True,
        [("duration", 4, "week", None), ("count", 27000000, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Das Weihnachtsgeschäft hat die Erwartungen nicht erfüllt, eine Katastrophe ist es aber auch nicht“, sagte Weidling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Zurückhaltung im neuen Jahr anhält, hängt vor allem von der Entwicklung am Arbeitsmarkt ab.",
        False,
        [],
        None,
    ),
    # --- Marlowe & Finch Christmas trading (Reuters) ---
    (
        "en",
        "LONDON, Jan 8 (Reuters) - British department store group Marlowe & Finch reported a 3.2% rise in like-for-like sales over the six weeks to Jan. 3, beating analysts' forecasts.",
        True,
        [
            ("date", "--01-08", None, None),
            ("percent", 3.2, "%", None),
            ("duration", 6, "week", None),
            ("date", "--01-03", None, None),
        ],
        None,
    ),
    (
        "en",
        "Food sales grew 5.1%, while clothing and home sales rose 0.8%.",
        True,
        [("percent", 5.1, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Online sales accounted for 38% of clothing revenue over the period, up from 34% a year earlier.",
        True,
        [("percent", 38, "%", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Oliver Hastings said the group had sold a record 1.9 million boxes of mince pies and would open two dozen new food halls this year.",
        True,
        [("count", 1900000, None, None), ("count", 24, None, None)],
        "Oliver Hastings",
    ),
    (
        "en",
        '"Our customers treated themselves this Christmas, even if they were careful with every pound," Hastings said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The retailer stuck to its forecast of an annual profit of between £870 million and £910 million.",
        True,
        [("money", 870000000, "GBP", None), ("money", 910000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The group, which employs some 64,000 people, said it would raise hourly pay for store staff to £12.90 from April.",
        True,
        [("count", 64000, None, "about"), ("money", 12.9, "GBP", None)],
        None,
    ),
    (
        "en",
        "Shares in Marlowe & Finch rose 6% in early trading, making them the biggest gainer on the FTSE 100.",
        True,
        [("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        'Analysts at Carrow Securities said the numbers showed the brand was "back in fashion".',
        False,
        [],
        None,
    ),
    # --- Detailhandelsumsätze im November (Keystone-SDA) ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Der Schweizer Detailhandel hat im November nominal 1,4 Prozent mehr umgesetzt als im Vorjahresmonat.",
        True,
        [("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Real, also um Preiseffekte bereinigt, betrug das Plus 1,9 Prozent, wie das Bundesamt für Statistik (BFS) am Freitag mitteilte.",
        True,
        [("percent", 1.9, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Bei Nahrungsmitteln, Getränken und Tabakwaren stiegen die Umsätze um 0,6 Prozent, im Non-Food-Bereich um 2,5 Prozent.",
        True,
        [("percent", 0.6, "%", None), ("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der Black Friday falle in der Schweiz inzwischen stärker ins Gewicht als das Geschäft in der Woche vor Weihnachten, sagte Handelsexpertin Corinne Aebischer von der Hochschule Luzern.",
        True,
        [],
        "Corinne Aebischer",
    ),
    (
        "de",
        "Laut einer Studie der Hochschule kaufen die Schweizerinnen und Schweizer jährlich für rund 9,5 Milliarden Franken im Ausland und im Internet ein.",
        True,
        [("money", 9500000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Der Franken ist stark, die Grenze ist nah, und die Parkplätze in Konstanz sind voll», sagte Aebischer.",
        False,
        [],
        None,
    ),
    ("de", "Ob die tiefere Teuerung die Kauflust im neuen Jahr belebt, bleibt abzuwarten.", False, [], None),
    # --- Holiday returns and retail theft (AP) ---
    (
        "en",
        "NEW YORK (AP) — Americans are expected to send back about $104 billion worth of holiday purchases this season, according to estimates from the National Retail Federation and returns firm Loopback.",
        True,
        [("money", 104000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "That would be 17.1% of all sales made between Thanksgiving and New Year's Day.",
        True,
        [("percent", 17.1, "%", None)],
        None,
    ),
    (
        "en",
        "Retailers estimate that nearly $1 of every $10 returned is fraudulent, including items that were worn, used or stolen.",
        True,
        [("money", 1, "USD", "nearly"), ("money", 10, "USD", None)],
        None,
    ),
    (
        "en",
        "More than two-thirds of shoppers said they had been put off a retailer by a strict returns policy, an NRF survey of 2,300 consumers found.",
        True,
        [("fraction", 0.6667, None, "over"), ("count", 2300, None, None)],
        None,
    ),
    (
        "en",
        "Several big chains have started charging a fee of up to $7.99 for mailed returns.",
        True,
        [("money", 7.99, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "The federation said retail theft incidents reported by its members rose 88% between 2019 and 2024.",
        True,
        [("percent", 88, "%", None), ("year", 2019, None, None), ("year", 2024, None, None)],
        "the federation",
    ),
    (
        "en",
        '"Returns are the hangover after the holiday party," said Dana Whitfield, a retail consultant in Chicago.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shoppers holding gift receipts are advised to check whether return windows were extended over the holidays.",
        False,
        [],
        None,
    ),
]
