"""Three-hundred-and-ninetieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, senators, association presidents, chief
economists and insolvency practitioners of real governments, bodies and lenders appear under
made-up names that stand for no real holder, or by their role only („ein Sprecher des
Verbands Wohneigentum“, „ein Volkswirt der Commerzbank“, „der Tiroler Landesinnungsmeister
Bau“, "Australia's central bank", "Opposition lawmakers").

Names: the ministers, councillors, presidents, economists, brokers, administrators and
advocates are invented, and so are the firms among them - Torsten Weidenbach, Dorothee
Kranzberger, Volkmar Ettenhuber, Karin Hofstätter-Nemeth, Florian Pichlmayr, the credit
broker Baugeldwerk and Jasper Kahlenberg, Cordula Heitkämper, the developer Nordkai
Projektbau and its Sachwalter Malte Frerichs, Gesine Hollenbach, Carmen Wälchli-Huber, Lars
Heidenreich, the builder Inntaler Hochbau GmbH and Verena Pfurtscheller, Renate Uhlendorff,
Gottfried Rainbacher; Carys Pendleford, Nolan Prewitt and Garrison Point Advisors, Colette
Arsenault-Byrne, Lyle Brandvold, the property data firm Eastbrook Analytics and Harriet
Moorcroft, Danielle Ortiz, Morwenna Tregarthen, Wendell Okafor, Eimear Gallagher-Nolan, the
contractor Hallam & Pryce Construction, the administrators Grantley Moss and Rebecca
Ainsworth-Clegg, Bronwyn Tallis, Marc-André Lévesque-Dunn, Tamika Rowlins, Rosalind Keverne,
and every unnamed spokesperson, economist, estate agent, broker, builder, landlord and
tenant. Real states, bodies, laws, indices and places (Statistisches Bundesamt, Destatis,
ZDB, Haus & Grund, Mieterverein München, Haus- und Grundbesitzerverein, Stadt München,
Statistik Austria, Oesterreichische Nationalbank, OeNB, Justizministerium, Nationalrat,
Mietervereinigung, Haus- und Grundbesitzerbund, Gemeindebau, Bundesbank, Bundesanleihen,
„Bau-Turbo“, Grüne, Amtsgericht Hamburg, Harburg, Verband Wohneigentum,
Bundesbauministerium, Linke, Deutscher Mieterbund, Bundesamt für Wohnungswesen (BWO),
Mieterinnen- und Mieterverband (MV), Hauseigentümerverband, Immowelt, Commerzbank, Bundesamt
für Statistik (BFS), Kanton Zug, Kanton Jura, Landesgericht Innsbruck, KSV1870, Inntal, GdW,
Sachsen-Anhalt, Verband gemeinnütziger Bauvereinigungen (GBV), Wohnbaupaket, Neos; Halifax,
Nationwide, Moneyfacts, the Bank of England, Bank Rate, the S&P Case-Shiller 20-city index,
the Federal Housing Finance Agency, Freddie Mac, the Mortgage Bankers Association, Canada
Mortgage and Housing Corp, the Office for National Statistics, Generation Rent, the Renters'
Rights Act, the Commerce Department, the National Association of Home Builders, the
National Housing Federation, the National Association of Realtors, the Central Statistics
Office, the Residential Tenancies Board, Rent Pressure Zones, Threshold, the Insolvency
Service, Build UK, the Australian Bureau of Statistics, Master Builders Australia, the
Canadian Real Estate Association, the Bank of Canada, the Census Bureau, Fulton County,
Leitrim, Dún Laoghaire-Rathdown, the Border region, the Greater Toronto Area, and the
datelines' cities) stand for the way wire copy names them; every permit, start, completion,
price, rent, rate, index move, vacancy rate, vacant flat, waiting list, insolvency, debt,
creditor, job, programme budget, target, quote and label here is invented, and where a real
figure came to mind (a real social-housing stock or subsidy total, a real completion count,
a real Richtwert cap or Gemeindebau total, a real national housing target, a real social
rent formula, a real median house price, benchmark price or regional rent, a real Bank Rate
path, a real date for the end of no-fault evictions) it was changed (the first years of
statistical series, the years of past lows and the legal rules of the Mietspiegel's six
years, the Richtwert's April date and the three months of Insolvenzgeld kept).

Its weight: HOUSING, RENTS AND CONSTRUCTION (the fifty-second batch weighed housing, real
estate, construction and mortgages, the hundred-fifty-seventh housing, rents and real
estate, the two-hundred-and-twenty-sixth housing, rents and construction, the
two-hundred-and-sixty-fourth the construction and real estate industry, the
two-hundred-and-seventy-seventh opinion versus claim in housing, rents and property copy,
the three-hundred-and-twenty-third housing, rents and mortgages and the
three-hundred-and-fifty-fifth construction, housing starts and building permits; the
three-hundred-and-second weighed company insolvencies; their decisions are kept, those of
the three-hundred-and-twenty-third and three-hundred-and-fifty-fifth read closely) over ten
months of one year in story order (February to November), 30 short stories with the German
and English ones interleaved by month, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). Half German (dpa with the
regional slugs "dpa/lby" and "dpa/lno", APA, Keystone-SDA; Austrian "heuer", "im Vorjahr",
"Richtwertmiete", "Gemeindebau", "Passiva", "Dienstnehmer", "Masseverwalterin",
"Konkursverfahren", "Landesinnungsmeister", "Obmann", "leistbar", Swiss "massgebende",
"Mietzins", "Mietpartei", "Einsprachen", "49'380", "3'180", "Leerwohnungsziffer", «» quotes,
German "Vergleichsmiete", "netto kalt", "Angebotsmieten", "Bauüberhang", "Sozialbindung",
"Wohnberechtigungsschein", "Sachwalter", "Insolvenz in Eigenverwaltung", „“ quotes):
December building permits with the year's total, Munich's Mietspiegel, Austria's Richtwert
cap and the Gemeindebau, Austrian house prices and the OeNB's overvaluation, building-loan
rates with ten-year fixes, German completions and the backlog, a Hamburg developer's
insolvency with Germany's construction insolvencies, the social housing stock and the
Mieterbund's demand, the Swiss reference rate, asking rents in the 14 biggest cities, the
house price index for the second quarter, the Swiss vacancy rate, a Tyrolean builder's
bankruptcy with Austria's construction insolvencies, the GdW's balance with the vacancy
rates of its members in the East and West, and Austria's non-profit housing associations.
Half English (Reuters, PA, AP, AAP): Halifax, Case-Shiller with the FHFA, Canadian housing
starts, UK private rents, U.S. April housing starts and permits, Australian home values
and the cash rate, Freddie Mac's mortgage rates, England's social and affordable homes
programme, U.S. existing home sales, Irish prices and new-tenancy rents, construction
insolvencies in England and Wales with a Midlands contractor's administration, Australian
dwelling approvals and rental vacancy rates, Canadian home sales and mortgage renewals, the
U.S. rental vacancy and homeownership rates, and Nationwide with Moneyfacts and Bank of
England approvals. Figures as such copy has them: rents and prices per square metre and per
month in euros, francs, pounds, dollars, Australian and Canadian dollars („15,87 Euro netto
kalt je Quadratmeter“, „6.840 Euro/m²“, „19,50 Euro pro Quadratmeter“, "A$712", "C$702,300"),
index changes against the previous quarter and the year („gegenüber dem Vorquartal“, „Im
Jahresabstand“, „Binnen Jahresfrist“, "on a year earlier", "over the quarter",
"Year-on-year"), permits, starts, completions, sales and approvals, also at annual rates
("an annualized 1.004 million units", "a seasonally adjusted annual rate of 3.89 million
units"), backlogs, vacancy rates and vacant flats, social housing stocks, waiting lists and
targets, mortgage and building-loan rates in percent with moves in basis points and
percentage points („um 31 Basispunkte“, „um gut 0,4 Prozentpunkte“, "about half a
percentage point", „in Schritten von einem Viertelprozentpunkt“), fixed terms and supply in
months and years („mit zehnjähriger Zinsbindung“, „von 15 Jahren oder länger“, "30-year",
"15-year loans", "two-year fixed", "five-year fix", "enough to last 4.8 months", "4.6 months
of supply"), build times, affordability ratios ("about 7.2 times their annual income"),
insolvencies, debts, creditors, jobs and claim deadlines; number words and compounds („den
zehnten Monat hintereinander“, „70-Quadratmeter-Wohnung“, „vier- bis sechsgeschossige
Häuser“, „Vierzimmerwohnung“, „zweieinhalb Jahre“, „elf Baustellen“, "Seven of the 20 metro
areas", "Twelve months earlier", "three times", "a 210-home housing scheme", "the five-year
average", "in about three decades"), fractions („ein knappes Fünftel“, „gut ein Drittel“,
„um ein Viertel“, „rund jeder dritte“, „etwa jeder zweite“, „knapp jede fünfte“, „rund jede
sechste“, „gut jeder siebte“, „fast jede zehnte“, „Knapp zwei Drittel“, „Vier von zehn“,
"nearly two-fifths", "more than two-fifths", "about three in ten", "about one in six",
"roughly a fifth", "Roughly two-thirds", "about a quarter"), ordinals (quarters, halves,
streaks, floors, the first creditors' meeting, "from the third"), hedges, ranges, years and
dates. Negatives as such copy has them - 56 rows, none with a figure: builders',
developers', landlords', tenants' and housing associations' rhetoric in quotes, ministers'
and administrators' quotes of feeling, labels („sprach von“, „nannte“, "called", "described
... as"), verdicts with „halten ... für“, an accusation naming no act, appeals naming no
figure, blame without a figure, a warning naming no measure, market views, moods, fears,
forecasts without a figure, advice, an evasion, an open question, headings („Hintergrund:“,
"FACTBOX-") and a vox pop, each near a check-worthy look-alike from the same story (often
the same speaker's figure).

240 rows (124 German, 116 English), 56 negatives (29 German, 27 English), 184 check-worthy
rows of which 8 carry no figure (6 German, 2 English), 379 expected quantities (114
percentages - 110 in "%", 3 in percentage points "pp", 1 in basis points "bp" -, 87 counts,
47 amounts of money - 25 EUR, 10 GBP, 5 USD, 4 AUD, 2 CAD, 1 CHF -, 44 durations - 24 in
months, 18 in years, 2 in days -, 25 fractions, 24 ordinals, 22 years, 16 dates; none of
them in a negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, mood, fear, doubt, market view, forecast without a figure or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-fifty-seventh, two-hundred-and-fourth,
  two-hundred-and-twenty-sixth, two-hundred-and-seventy-seventh,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth); a quoted or reported
  statement of fact, figure, step, rule, plan, target or demand with a figure is
  check-worthy with its speaker, also in Konjunktiv I (hundred-fifty-seventh,
  three-hundred-and-twenty-third). Pairs from one speaker: Weidenbach's 30 percent beside
  „Eine Schwalbe macht noch keinen Sommer ...“; Pichlmayr's quarter beside his „vorsichtigen
  Erholung auf wackeligen Beinen“; Kahlenberg's third and his 15 years beside „Wer jetzt noch
  auf fallende Zinsen wartet ...“; Heitkämper's 19,000 flats and 21.8 billion euros beside
  „Wir stehen am Anfang einer Trendwende ...“ and „Jede Sozialwohnung ...“ (told by a
  pronoun); Hollenbach's half beside „ein Fass ...“; Hofstätter-Nemeth's 208,000 flats
  beside „Wohnen darf in dieser Stadt kein Luxusgut werden“; Wälchli-Huber's third beside
  «Der Mietmarkt funktioniert nicht mehr ...»; Heidenreich's third beside „leer gefegt“ and
  his evasion; Uhlendorff's 5,300 and 19.50 euros beside „Zu diesen Mieten baut niemand mehr
  ...“; Rainbacher's 715,000 flats, his seventh and his 310 million euros beside „Leistbares
  Wohnen ist kein Geschenk ...“; Pendleford's 7.2 times beside "a firmer footing"; Prewitt's
  18% beside "some leverage again"; Arsenault-Byrne's 11 cities beside "tired of waiting";
  Brandvold's $11,000 beside "dipping a toe back in"; Moorcroft's 12% beside "the ceiling
  this market will eventually hit"; Tregarthen's 310,000 homes beside "the biggest boost to
  social housing in a generation" (a superlative as rhetoric, two-hundred-and-fourth);
  Okafor's fourth month beside "stuck in neutral"; Gallagher-Nolan's 8,900 homes beside
  "turning the corner"; Ainsworth-Clegg's £38.5 million beside "a painful outcome"; Tallis's
  90,000 tradespeople beside "a bathtub"; Lévesque-Dunn's 4.6 months beside "a calculator in
  hand"; Rowlins's quarter beside "Empty apartments don't help ..."; Keverne's 35% beside
  "given some buyers pause".
- The lobbies, the weight's own (hundred-fifty-seventh, two-hundred-and-fourth,
  two-hundred-and-twenty-sixth, two-hundred-and-seventy-seventh,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth): verdicts with „halten ...
  für“ (Haus & Grund's „Strohfeuer“, the Haus- und Grundbesitzerverein's „künstlich
  gedrückt“, the Hauseigentümerverband's „realitätsfern“, the Neos' „intransparent“), labels („sprach von einer „kalten
  Enteignung der Vermieter““, „Pichlmayr sprach von“, „Hollenbach nannte“, "Generation Rent
  called", "Opposition lawmakers described the plan as"), an accusation naming no act („Die
  Grünen warfen der Regierung vor, ...“), appeals naming no figure („Der Verband appellierte
  an Bund und Länder, den Abriss ... stärker zu fördern“, "Threshold urged the government to
  extend the protections ..."; three-hundred-and-twenty-third: "Renters' groups urged the
  Government to bring the ban forward"), blame without a figure („Der Hauseigentümerverband
  sieht die Ursache vor allem in Einsprachen ...“, "Trade body Build UK blamed late payments
  ...", "Economists said the trade dispute ... had left developers reluctant ...";
  three-hundred-and-fifty-fifth), a warning naming no measure ("Landlord groups warned that
  the reforms would push ..."), the lobbies' quoted rhetoric and an advocate's quote are
  negatives. Their checkable content stays check-worthy with the speaker unchecked: the
  Mieterbund's demand „jährlich mindestens 120.000 Sozialwohnungen“ with „12 Milliarden Euro
  im Jahr“ and the Mietervereinigung's „Obergrenze von höchstens 2 Prozent“ (a demand naming
  a measure and a figure; „fordert“, „verlangt“ no verbs of saying; two-hundred-and-fourth,
  three-hundred-and-twenty-third), the Mieterverein's doubled enquiries since 2022, the
  GdW's completions, vacancy rates and the cost sum „rechnete Uhlendorff vor“
  (three-hundred-and-twenty-third: „rechnete vor“ unchecked) and the National Housing
  Federation's 1.4 million households.
- Rent rules, caps and laws told as background are check-worthy, with or without a figure
  (hundred-fifty-seventh, two-hundred-and-twenty-sixth, two-hundred-and-seventy-seventh,
  three-hundred-and-twenty-third): „ab 1. April neue Richtwerte, die Erhöhung ist heuer auf
  1,4 Prozent gedeckelt“ (--04-01, 1.4 with no hedge, „gedeckelt“ as "capped at"), „Der
  Nationalrat hatte die Mietpreisbremse für Altbauten im vergangenen Herbst beschlossen.“
  without a figure (a law passed, an event of record), „Mieterinnen und Mieter haben damit
  keinen Anspruch auf eine Senkung des Mietzinses, ...“ without a figure (the
  two-hundred-and-seventy-seventh's „keinen Anspruch auf eine Senkung ihres Mietzinses“),
  „in Schritten von einem Viertelprozentpunkt“ 0.25 "pp" (three-hundred-and-twenty-fourth:
  „einen Viertelprozentpunkt“; „vierteljährlich“ none), "capped at 2.5%" with no hedge,
  "ends no-fault evictions in England on June 1" --06-01 (three-hundred-and-twenty-third:
  "from May 1"), "inflation plus 0.5% a year for nine years from April 2027" 0.5 with no
  hedge ("plus", two-hundred-and-forty-fourth), 9 years and the year, and the deposit
  scheme's "only a 5% deposit" 5 ("only" no hedge).
- Insolvencies of developers, builders and contractors (two-hundred-and-sixty-fourth,
  three-hundred-and-second, three-hundred-and-fifty-fifth): the steps of a proceeding are
  acts of record and check-worthy without a figure - „hat beim Amtsgericht Hamburg
  Insolvenz in Eigenverwaltung beantragt“, „Zum Sachwalter wurde ... bestellt, teilte das
  Gericht am Dienstag mit.“, „Das Landesgericht Innsbruck hat über ... ein Konkursverfahren
  eröffnet.“, "Its directors appointed administrators from Grantley Moss after ..." - and so
  is a fall "into administration" with the jobs it costs (164). Debts and Passiva are money
  („knapp 94 Millionen Euro“ "nearly", „rund 52,6 Millionen Euro“ "about", "about £38.5
  million" "about"), creditors, staff, sites, projects and flats counts („rund 410
  Gläubiger“, „238 Dienstnehmer“, „die 140 Beschäftigten“, „neun Bauvorhaben mit zusammen
  rund 860 Wohnungen, davon gut 300“ - „zusammen“ no hedge -, "more than 600 creditors", "14
  sites, including two schools and a 210-home housing scheme" - the figure heading a
  hyphenated compound, hundred-sixtieth), claim deadlines and meetings dates („bis 4.
  Dezember“ --12-04, „für 18. Dezember“ --12-18; three-hundred-and-fifty-fifth: „bis 2.
  September“, „für 16. September“) and „die erste Gläubigerversammlung“ ordinal 1
  (three-hundred-and-fifty-fifth). A company's stated cause is check-worthy with its figure
  or year („Als Gründe nannte die Firma ... seit Herbst 2023“, „Die Firma führte die Pleite
  auf ... Verluste bei drei Großprojekten ... zurück“; three-hundred-and-second,
  three-hundred-and-fifty-fifth), and so are the statistics of construction insolvencies
  („4.210 Betriebe des Baugewerbes“, „knapp jede fünfte Firmenpleite“, „in den ersten drei
  Quartalen 612 Bauunternehmen ..., rund jede sechste Firmenpleite“, "Nearly 4,300
  construction firms", "about one in six of all company insolvencies"). New: „Masseverwalterin
  Verena Pfurtscheller sagte, auf elf Baustellen werde vorerst weitergearbeitet, über die
  Fortführung des Betriebs entscheide das Gericht bis 14. November.“ is check-worthy with 11
  and --11-14 - a step taken and a decision set for a named day, unlike the evasions that
  name no step ("before deciding whether to appeal", two-hundred-and-seventy-sixth; „man
  werde ... prüfen und dann über weitere Schritte entscheiden“, three-hundredth).
- Prices and rents per area and per period are money in the currency written, the rate
  words none (fifty-second, hundred-fifty-seventh, two-hundred-and-twenty-sixth,
  three-hundred-and-twenty-third): „durchschnittlich 15,87 Euro netto kalt je Quadratmeter“
  („durchschnittlich“, „netto kalt“, „je Quadratmeter“ none), „gut 1.110 Euro im Monat“
  "over", „auf 6,98 Euro je Quadratmeter, in Vorarlberg auf 10,87 Euro“, „zu durchschnittlich
  6.840 Euro/m² ..., im Burgenland zu 2.910 Euro/m²“ (fifty-second: „Euro/m²“, „€/m²“),
  „mit im Median 22,40 Euro je Quadratmeter, gefolgt von Berlin mit 17,15 Euro und Frankfurt
  mit 16,30 Euro“ („im Median“ no hedge), „im Schnitt 3'180 Franken im Monat“ CHF, „rund 5.300
  Euro je Quadratmeter Wohnfläche“ "about", „mindestens 19,50 Euro pro Quadratmeter“
  "at_least", „8,12 Euro pro Quadratmeter“; "£1,418 in England, £846 in Wales and £1,061 in
  Scotland", "£2,318 a month", "1,798 euros a month", "$1,412 a month", "a median of A$712"
  ("a median of" no hedge), "an average of £236,500" ("an average of" no hedge). House prices
  and benchmark prices are money ("£304,620", "£281,350", "A$861,400, with Sydney at A$1.24
  million and Perth at A$842,000", "a record $437,900" - "a record" none -, "362,500 euros,
  ranging from 198,000 euros in Leitrim to 735,000 euros" - a range's "from ... to" carries
  no hedge -, "C$702,300", "C$1.03 million"). Index changes are percentages as written, and
  the comparison tags carry none („gegenüber dem Vorquartal“, „Im Jahresabstand“, „Im
  Vorjahresvergleich“, „Binnen Jahresfrist“, „gegenüber dem Dezember des Vorjahres“, „mehr
  als ein Jahr davor“, „im Jahresvergleich“, "on a year earlier", "over the quarter",
  "Year-on-year", "On a monthly basis", "from August"; eighty-fifth: "quarter on quarter";
  three-hundred-and-twenty-fourth); „ein Minus von 9,8 Prozent“ 9.8 with no sign
  (three-hundred-and-fifty-sixth: „Minus von 4,6 Prozent“), "fell 0.3%" and "slipped 0.4%"
  positive (a direction word gives no sign). Overvaluation, shares of income and deposits are
  percentages („um rund 14 Prozent überbewertet, im übrigen Österreich um knapp 6 Prozent“,
  „mehr als 40 Prozent des Nettoeinkommens“ "over", "34.6% of their income" - "on average"
  no hedge -, "a 20% deposit", "about 35% of take-home pay"; fifty-second,
  three-hundred-and-twenty-third); the affordability ratio "about 7.2 times their annual
  income" is count 7.2 "about" (three-hundred-and-twenty-third: "about 5.1 times average
  earnings").
- Mortgage and building-loan rates (fifty-second, hundred-fifty-seventh,
  two-hundred-and-twenty-sixth, two-hundred-and-seventy-seventh,
  three-hundred-and-twenty-third): levels in % as written („auf 3,62 Prozent“, „bei 3,31
  Prozent“, "6.18%", "6.89%", "5.34% from 5.41%", "4.79% from 4.86%", "4.91%", "3.35%",
  "3.5%"), moves in basis points "bp" („um 31 Basispunkte“) and in percentage points "pp"
  („um gut 0,4 Prozentpunkte“ "over", "about half a percentage point" 0.5 "about" -
  seventeenth: "half a percentage point" -); fixed terms and maturities are durations („mit
  zehnjähriger Zinsbindung“, „zehnjähriger Bundesanleihen“, „eine Zinsbindung von 15 Jahren
  oder länger“ 15 years "at_least" - two-hundred-and-twenty-sixth,
  two-hundred-and-seventy-seventh -, "30-year home loans", "15-year loans", "two-year fixed",
  "five-year fix"); "rates below 5%" 5 "under" (hundred-fifty-seventh: "a rate below 6%");
  „Bei einem Darlehen über 400.000 Euro“ and "On a $350,000 loan" with no hedge („über“
  after a noun that governs it, hundred-fifty-seventh), „eine um rund 70 Euro höhere
  Monatsrate“ "about" (two-hundred-and-seventy-seventh: „eine um rund 35 Euro höhere
  Monatsrate“), "about $190 a month" "about"; "three times since February" count 3 and "its
  sixth reduction since August 2024" ordinal 6 with the year (three-hundred-and-twenty-fourth:
  "its seventh reduction since August 2024"); "the lowest since September 2024" the year.
  New: "Properties typically stayed on the market for 27 days" carries no hedge - "typically"
  says the figure is the typical one, as "median" and "on average" do
  (three-hundred-and-twenty-third), not that it is near 27.
- Permits, starts, completions, sales, approvals and backlogs are counts, also at annual
  rates (fifty-second, hundred-fifty-seventh, two-hundred-and-sixty-fourth,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth): „Baugenehmigungen für
  22.460 Wohnungen“, „gut 241.000“ "over", „236.400“, „rund 748.000, knapp 396.000 davon“,
  „rund 19.000 Wohnungen“, „rund 22.600“, „nur noch mit 17.800“ („nur noch“ no hedge),
  „14.870“, „rund 12.500 Einheiten“ (a forecast with a figure, check-worthy,
  three-hundred-and-twenty-third), "231,870", "244,310", "182,400 ... 38,950", "an annualized
  1.004 million units" 1,004,000, "1.362 million units, above the 1.33 million" ("above the"
  no hedge), "an annual rate of 1.391 million", "342,000", "about 121,000", "a seasonally
  adjusted annual rate of 3.89 million units", "1.55 million", "188,400 homes ..., well below
  the 290,000 homes a year required" ("well below the" before the article no hedge,
  hundred-fifty-seventh: "below the 3%"; three-hundred-and-fifty-fifth: "well short of the"),
  "about 8,900 homes", "15,820", "At about 182,000 ..., well short of the 230,000 a year ...
  of 1.15 million homes by mid-2029", "61,800", "Nearly 590,000 apartments"; "buildings with
  five or more units" 5 "at_least" and "buildings with 20 units or more" 20 "at_least"
  (two-hundred-and-twenty-sixth, three-hundred-and-fifty-fifth: "or more"); supply in months
  is a duration ("enough to last 4.8 months", "4.6 months of supply, compared with a
  long-term average of about five months" 5 months "about"; fifty-second,
  three-hundred-and-forty-first: "4.3 months of supply"); „ihrem früheren Ziel, jährlich 400.000 neue Wohnungen zu bauen“
  is a count (three-hundred-and-fifty-fifth: „400.000 Neubauwohnungen jährlich“). "a six-month
  high" 6 months (hundred-fifty-seventh: "a seven-month low"), "The six-month trend" 6
  months (three-hundred-and-fifty-fifth), "the slowest annual increase in 14 months" 14
  months, "the lowest in seven months" 7 months (three-hundred-and-fifty-fifth: "the lowest
  in five years"), "the five-year average" 5 years (two-hundred-and-forty-fourth: "The
  10-year average").
- Vacancy, social housing and waiting lists (fifty-second, hundred-fifty-seventh,
  two-hundred-and-twenty-sixth, two-hundred-and-seventy-seventh,
  three-hundred-and-fifty-fifth): vacancy rates are percentages („auf 1,03 Prozent“, „mit 0,38
  Prozent, ... mit 2,84 Prozent“, „bei 0,09 Prozent“, „bei 7,4 Prozent, im Westen bei 2,1
  Prozent“, "7.3%", "1.1 per cent in Sydney and 0.8
  per cent in Perth"), vacant flats counts with the Swiss grouping („49'380 Wohnungen ...,
  2'270 weniger“, „gerade einmal 199 freien Wohnungen“ - „gerade einmal“ no hedge,
  hundred-third, hundred-seventy-second -); the stock, its losses and its targets are counts
  („rund 24.000 ... auf knapp 1,02 Millionen“, „51.600 ..., rund 76.000“, „rund 3,3
  Millionen“ - „Anfang der 1990er-Jahre“ a decade, none, fifty-second -, „rund 208.000
  Wohnungen“, „knapp 715.000 Wohnungen“, "about 310,000 homes", "more than 1.4 million
  households", "about 41,000 homes", "11 cities"); budgets are money („bis 2029 insgesamt
  21,8 Milliarden Euro“ - „insgesamt“ no hedge -, „erst 310 Millionen Euro“, "31 billion
  pounds over the next 10 years" with 10 years - "over" before a span no hedge -, "grants
  of up to £95,000 per home" "up_to", "per home" none); „im Schnitt zweieinhalb Jahre“ 2.5
  years (the fraction inside the number word, hundred-twentieth: „zweieinhalbstündigen“).
  New: „bisher erst 310 Millionen Euro“ carries no hedge - „erst“ ("only so far") says how
  little has been drawn, as „nur“ (hundred-fifty-seventh) and „lediglich“
  (three-hundred-and-fifty-fifth), not how near the sum is to 310 million.
- Check-worthy without a figure (hundred-fifty-seventh, two-hundred-and-sixty-fourth,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth), eight rows: the four
  insolvency steps above (the Hamburg filing, the Sachwalter, the Innsbruck bankruptcy, the
  administrators appointed), the Nationalrat's decision and the rule on the reference rate,
  the source of a statistic („Das geht aus der Antwort des Bundesbauministeriums auf eine
  schriftliche Frage einer Linken-Abgeordneten hervor.“; three-hundred-and-fifty-fifth: „Die
  Zahlen nannte das Bundesbauministerium ...“) and a source's revision ("The Commerce
  Department also revised March figures lower."; two-hundred-and-twenty-eighth,
  three-hundred-and-fifty-sixth: a source's revision is check-worthy).
- Fractions (the issue; every batch): „um ein knappes Fünftel“ 0.2 "nearly"
  (three-hundred-and-forty-ninth: „ein knappes Fünftel“), „gut ein Drittel“ 0.3333 "over",
  „um ein Viertel“ 0.25, „rund jeder dritte Kunde“ 0.3333 "about", „gut die Hälfte“ 0.5
  "over", „knapp jede fünfte Firmenpleite“ 0.2 "nearly", „etwa jeder zweite Mieterhaushalt“
  0.5 "about" (two-hundred-and-seventy-seventh: „fast jeder zweite Kunde“), „jede dritte
  Mietpartei“ 0.3333, „um mehr als ein Drittel“ 0.3333 "over", „Knapp zwei Drittel“ 0.6667
  "nearly", „gut ein Viertel“ 0.25 "over", „rund jede sechste Firmenpleite“ 0.1667 "about"
  (three-hundredth: „knapp ein Sechstel“), „knapp ein Drittel weniger“ 0.3333 "nearly",
  „fast jede zehnte Wohnung“ 0.1 "nearly" („sogar“ no hedge), „gut jeder siebte Österreicher“
  0.1429 "over" (three-hundred-and-fifty-fifth: „rund jedes siebte“), „Vier von zehn“ 0.4
  (tenth: „Drei von vier“); "by nearly two-fifths" 0.4 "nearly", "more than two-fifths" 0.4
  "over", "roughly half of them" 0.5 "about", "about three in ten purchases" 0.3 "about"
  (two-hundred-and-seventy-sixth: "about nine in ten"), "up about a fifth" 0.2 "about",
  "about one in six" 0.1667 "about" (hundred-twenty-sixth), "Roughly two-thirds" 0.6667
  "about", "roughly a fifth of all outstanding loans" 0.2 "about", "by about a quarter" 0.25
  "about".
- Ordinals (the issue; every batch): „den zehnten Monat hintereinander“ 10
  (three-hundred-and-fifty-fifth: „der zwölfte monatliche Zuwachs hintereinander“; „Monat“
  no duration), „im vierten Quartal“ 4 (twice), „seit dem zweiten Quartal 2022“ and „im
  zweiten Quartal 2022“ 2 with the year, „im zweiten Quartal“ 2, „das sechste Quartal in
  Folge“ 6, „der fünfte Rückgang in Folge“ 5, „im ersten Halbjahr“ 1, „im ersten Stock“ 1
  (fifteenth: „im zweiten Stock“), „die erste Gläubigerversammlung“ 1, „in den ersten drei
  Quartalen“ 1 and count 3 (fifteenth, hundred-eighty-seventh: "the first three quarters"),
  "for a fifth straight month" 5, "for a fourth straight month" 4, "in the third quarter" 3,
  "in the second quarter" 2, "in the first half" 1, "in the first five years" 1 and 5 years
  (three-hundredth: "in the first six months"), "the first bidding round" 1
  (three-hundred-and-fifty-fifth), "the first monthly drop since April" 1
  (three-hundred-and-twenty-third: "the first monthly drop since August"), "the sixth
  monthly gain in seven months" 6 and 7 months (three-hundred-and-twenty-third: "the first
  increase in nine months"). New: "rose 1.0% in the fourth quarter from the third" gives 4
  and 3 - the English elliptic ordinal, its noun written once before it, as the German
  „..., die zweite“ (three-hundred-and-forty-ninth), „Die erste hatte ...“
  (three-hundred-and-fifty-eighth) and „der 76. seit Kriegsbeginn“
  (three-hundred-and-eighty-eighth). None: „der stärkste Zuwachs“, „den höchsten Wert“, „Am
  teuersten“, „Den stärksten Anstieg“, „der niedrigste Wert“, „der tiefste Wert“, „die
  größte Insolvenz“, „Am wenigsten“, „am meisten“, „erneut“, „ihrem früheren Ziel“, "the biggest
  monthly gain", "the fastest annual price growth", "the slowest pace", "the biggest
  increase", "the most expensive region", "the latest casualty", "the most since",
  "First-time buyers" and "first-home buyers" (three-hundred-and-twenty-third), "all-cash".
- Durations (the issue; every batch): „vor zwei Jahren“ 2 years (forty-sixth), „in den
  vergangenen sechs Jahren“ 6 years, „binnen drei Monaten“ 3 months, „vor drei Jahren“ 3
  years, „im Schnitt 28 Monate, drei Monate länger“ 28 and 3 months
  (three-hundred-and-twenty-third: „27 Monate, nach 25 Monaten“), „für drei Monate
  Insolvenzgeld“ 3 months, „von bis zu zwei Jahren“ 2 years "up_to", "Over the three months
  to January, ... on the preceding three months" 3 months twice (three-hundred-and-fifty-fifth:
  "In the three months to May ... the previous three months"), "in the 12 months through
  January", "in the 12 months to March", "... to February", "... to June" (three times)
  and "in the next 12 months" and "over the past 12 months" 12 months, "in about three
  decades" 30 years "about" (hundred-thirty-fourth: "in nearly two decades" 20 years
  "nearly"; eleventh: "in three decades"), "for nine years" 9 years, "for 27 days ...,
  compared with 22 days" days, "householders aged under 35" 35 years "under"
  (hundred-eighty-seventh: "aged under 25"). "Twelve months earlier, the average had stood
  at 6.89%." is 12 months (three-hundredth: "down from 71% two years earlier" 2 years; a
  number word opening the row reads as digits would, three-hundredth). None: „im
  vergangenen Jahr“, „im Jahr davor“, „ein Jahr zuvor“, „ein Jahr davor“, „im Vorjahr“, „im
  Vorjahresmonat“, „zum Jahresende“, „Zu Jahresbeginn“, „seit Jahresbeginn“, „binnen
  Jahresfrist“, „im Monat“, „im Jahr“, „jährlich“, „vierteljährlich“, „heuer“, „vorerst“,
  „im vergangenen Herbst“, „um Jahre“, "this week", "last week", "the week before", "a week
  earlier", "a month earlier", "a year earlier", "a year ago", "in a year", "last year",
  "this year", "over the past year", "in a generation", "a month", "a year",
  "since spring", "since Christmas", "winter", "since the pandemic",
  "the mid-1970s" (a decade, fifty-second), months and weekdays.
- Years and dates: „Im Gesamtjahr 2025“, „2024“, „seit 2011“, „unter dem Niveau von 2021“
  (three-hundred-and-fifty-fifth), „seit 2022“ (twice), „seit 2014“, „seit Herbst 2023“ the
  year (two-hundred-and-seventy-sixth: „seit Herbst 2023“), „bis 2029“, „seit 2013“
  (twice), "since mid-2023" the year (three-hundred-and-twenty-third), "since January 2023",
  "since June 2020", "since September 2024", "since August 2024" the years, "since 2009",
  "since 2017", "from April 2027", "by mid-2029". Dates: „ab 1. April“ --04-01, „am 1. Juni“
  --06-01, „bis 14. November“ --11-14, „bis 4. Dezember“ --12-04, „für 18. Dezember“ --12-18,
  "on June 1" --06-01; Reuters datelines with a day are dates without a year ("LONDON, Feb
  7" --02-07, "NEW YORK, March 31" --03-31, "OTTAWA, April 15" --04-15, "WASHINGTON, May 19"
  --05-19, "SYDNEY, June 2" --06-02, "LONDON, July 8" --07-08, "WASHINGTON, July 23"
  --07-23, "DUBLIN, Aug 13" --08-13, "TORONTO, Oct 15" --10-15, "LONDON, Nov 3" --11-03;
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth); dpa („Wiesbaden (dpa) -“
  three times, „München (dpa/lby) -“, „Frankfurt (dpa) -“, „Hamburg (dpa/lno) -“, „Berlin
  (dpa) -“ twice, „Nürnberg (dpa) -“), APA („Wien (APA) -“ three times, „Innsbruck (APA) -“),
  Keystone-SDA („Grenchen“, „Neuenburg“), PA ("LONDON (PA) -" twice), AP ("WASHINGTON (AP) —"
  twice) and AAP ("SYDNEY (AAP) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR (the rents and prices above, „rund 81,4
  Milliarden Euro“, „17,3 Milliarden Euro“, „400.000 Euro“, „rund 70 Euro“, „knapp 94
  Millionen Euro“, „21,8 Milliarden Euro“, „12 Milliarden Euro im Jahr“, „rund 52,6
  Millionen Euro“, „310 Millionen Euro“, "1,798 euros", the Irish prices), GBP (the prices
  and rents above, "31 billion pounds", "up to £95,000", "about £38.5 million"), USD
  ("roughly $11,000" "about", "$350,000", "about $190", "$437,900", "$1,412"), AUD, CAD
  ("C$702,300", "C$1.03 million"; hundred-sixtieth: "C$1.1 billion") and CHF („3'180
  Franken“; the Swiss grouping, tenth).
- Counts otherwise (every batch): definite groups („In zwölf der 14 größten deutschen
  Städte ..., in zwei“ 12, 14 and 2, „In den sieben größten Metropolen“ 7, "Seven of the 20
  metro areas" 7 and 20 - forty-first, three-hundred-and-twenty-third -, "the seasonally
  adjusted 20-city index" and "the S&P Case-Shiller 20-city composite index" 20 -
  two-hundred-and-twenty-sixth: "a closely watched 20-city index" -), flats and rooms
  („70-Quadratmeter-Wohnung“ 70, „mit 75 Quadratmetern und drei Zimmern“ 75 and 3,
  „Vierzimmerwohnung“ 4 - hundred-fifty-seventh: „Dreizimmerwohnung“ -; fifty-second,
  three-hundred-and-twenty-third), „vier- bis sechsgeschossige Häuser mit 420 Wohnungen“ 4,
  6 and 420 - the first compound cut at the hyphen takes its noun from the second, as „drei-
  bis vierstündige Sperrungen“ (two-hundred-and-tenth) and „drei- bis viermal“
  (three-hundred-and-twenty-eighth) -, „rund 3.400 Haushalte“, „rund 410.000
  Altbauwohnungen“, „elf Baustellen“, "11 cities", "about 41,000 homes", "about 90,000
  tradespeople", "About 1.1 million mortgages", "164 jobs". None: „Einfamilienhäusern“,
  „Zweifamilienhäusern“, „Ein- und Zweifamilienhäuser“ (twice), „Mehrfamilienhäuser“,
  „Mehrfamilienhaus“ (three-hundred-and-twenty-third), „eine Wohnung oder ein Haus“, „Die
  Käufer“, „Bund und Länder“, "single-family", "Multi-unit", "single-detached", "a single
  new home", "a family", "the ones that are full".
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Roughly"
  "about"; „knapp“, „Knapp“, „knappes“, „fast“, "nearly", "Nearly" "nearly"; „gut“, „mehr
  als“, "more than" "over"; "below" right before a figure and "aged under" "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least", „oder länger“ after a span, "or more"
  after a figure "at_least"; „höchstens“ "at_most". No hedge: „durchschnittlich“, „im Schnitt“, „im
  Median“, „insgesamt“, „zusammen“, „Allein“, „noch“, „noch immer“, „nur noch“,
  „erst“ (New, above), „schon“, „inzwischen“, „sogar“, „gerade einmal“, „unter dem Strich“,
  „über“ after a noun that governs it, „gedeckelt“, "an average of", "on average", "a median
  of", "typically" (New, above), "only", "a record", "capped at", "plus", "above the", "well
  below the", "well short of the", "from ... to" and "ranging from", "over" before a span,
  "over the quarter", „mehr“ and „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das Statistische
  Bundesamt (Destatis) mit“ -> "das Statistische Bundesamt" (the abbreviation in brackets
  dropped, two-hundred-and-sixty-fourth, three-hundred-and-twenty-third,
  three-hundred-and-fifty-fifth), „teilte das Statistische Bundesamt am Freitag in
  Wiesbaden mit“ -> "das Statistische Bundesamt" (the weekday and the place dropped,
  hundred-fourteenth, hundred-seventeenth), „teilte Statistik Austria am Donnerstag mit“ ->
  "Statistik Austria" (three-hundred-and-twenty-third, three-hundred-and-fifty-fifth),
  „teilte das Bundesamt für Statistik (BFS) in Neuenburg mit“ -> "das Bundesamt für
  Statistik" (the abbreviation and the place dropped, three-hundred-and-fifty-fifth,
  hundred-seventeenth), „teilte das Gericht am Dienstag mit“ -> "das Gericht"
  (three-hundredth, three-hundred-and-fifty-fifth); „X sagte, ...“ with the office dropped
  („ZDB-Hauptgeschäftsführer Torsten Weidenbach“, „Sozialreferentin Dorothee Kranzberger“,
  „Wohnbaustadträtin Karin Hofstätter-Nemeth“, „OeNB-Ökonom Florian Pichlmayr“,
  „Baugeldwerk-Vorstand Jasper Kahlenberg“, „Bundesbauministerin Cordula Heitkämper“,
  „Mieterbund-Präsidentin Gesine Hollenbach“, „MV-Präsidentin Carmen Wälchli-Huber“,
  „Immowelt-Geschäftsführer Lars Heidenreich“, „Masseverwalterin Verena Pfurtscheller“,
  „GdW-Präsidentin Renate Uhlendorff“, „GBV-Obmann Gottfried Rainbacher“; hundred-eightieth,
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth) and the surname opening the
  row („Frerichs sagte, ...“; forty-second, three-hundred-and-fifty-fifth). English: "the
  Office for National Statistics said" with its article (three-hundredth), "the Commerce
  Department said on Tuesday" -> "the Commerce Department" (two-hundred-and-sixty-fourth,
  three-hundred-and-fifty-fifth), "the Central Statistics Office said on Wednesday"
  (three-hundred-and-fifty-fifth), "the Australian Bureau of Statistics said"
  (two-hundred-and-forty-second), "the Census Bureau said Tuesday"
  (two-hundred-and-twenty-sixth); the name with the role dropped ("Halifax head of mortgages
  Carys Pendleford said", "Housing Minister Colette Arsenault-Byrne said", "National
  Association of Home Builders chief economist Lyle Brandvold said", "Eastbrook research
  director Harriet Moorcroft said", "Housing Secretary Morwenna Tregarthen said", "NAR chief
  economist Wendell Okafor said", "Joint administrator Rebecca Ainsworth-Clegg said", "Master
  Builders Australia chief executive Bronwyn Tallis said", "CREA senior economist Marc-André
  Lévesque-Dunn said", "Nationwide chief economist Rosalind Keverne said";
  three-hundred-and-twenty-third, three-hundred-and-fifty-fifth), "Housing Minister Eimear
  Gallagher-Nolan told parliament that ..." -> "Eimear Gallagher-Nolan"
  (two-hundred-and-twenty-sixth, three-hundred-and-twenty-third: "told parliament"), "...,
  said Nolan Prewitt, senior economist at Garrison Point Advisors." -> "Nolan Prewitt" (the
  apposition after the name dropped, three-hundred-and-fifty-sixth). New: "Canada Mortgage
  and Housing Corp (CMHC) said on Tuesday." -> "Canada Mortgage and Housing Corp" - the
  abbreviation in brackets after an English name is dropped as after a German one
  (two-hundred-and-sixty-fourth, three-hundred-and-fifty-fifth), the weekday as always
  (three-hundred-and-twenty-third: "Canada Mortgage and Housing Corp said on Monday"). Left
  unchecked (None): all negatives, also those with a named speaker; rows without
  attribution; roles and pronouns („sagte ein Sprecher des Verbands Wohneigentum“, „sagte
  ein Sprecher des Mieterinnen- und Mieterverbands“, „sagte der Tiroler Landesinnungsmeister
  Bau“, „Ein Volkswirt der Commerzbank sagte“, „fügte sie hinzu“, „fügte er hinzu“, „nach
  seinen Worten“); a description before the name ("mortgage lender Halifax said", "mortgage lender Nationwide said", "mortgage buyer Freddie Mac said",
  "property data firm Eastbrook Analytics said", "according to property data firm Eastbrook
  Analytics", „teilte das Portal Immowelt mit“, „teilte der Kreditschützer KSV1870 mit“;
  fortieth, eleventh, three-hundred-and-twenty-third); documents, data and sources that do
  not speak („laut dem neuen Mietspiegel“, „Nach Berechnungen der Oesterreichischen
  Nationalbank“, „wie aus Daten des Kreditvermittlers Baugeldwerk hervorgeht“, „nach Daten
  der Bundesbank“, „Das geht aus der Antwort ... hervor“, „nach Unternehmensangaben“, „nach
  Verbandsangaben“, „laut Verband“, „laut dem Verband gemeinnütziger Bauvereinigungen (GBV)“
  - „laut“ with an article before a body, a form no batch settled -, „nach Angaben des
  KSV1870“ - a masculine genitive of a name, three-hundredth -, "Economists polled by
  Reuters", "official figures show", "according to official figures", "according to
  federal data", "according to Freddie Mac data", "according to Moneyfacts", "according to
  a separate federal report", "according to the S&P Case-Shiller 20-city composite index",
  "Bank of England data showed", "data from the National Association of Realtors showed";
  every English "according to" unchecked, two-hundred-and-fourth); no verbs of saying
  („fordert“, „verlangt“, „rechnete Uhlendorff vor“, „Die Firma führte ... zurück“, „Als
  Gründe nannte die Firma“; three-hundred-and-twenty-third); "the government said" (a form
  left open, two-hundred-and-twenty-sixth); the present "the National Housing Federation
  says" (three-hundred-and-fifty-sixth: "Forecasters say"); and - forms that could have been
  checked, left unchecked to keep the checked speakers near 35, as the
  three-hundred-and-twenty-third and three-hundred-and-fifty-fifth batches did - „teilte die
  Stadt mit“, „Nach Angaben des Mietervereins München“, „laut Justizministerium“, „wie das
  Statistische Bundesamt am Freitag mitteilte“, „Bauministerin Heitkämper sagte“, „wie das
  Bundesamt für Wohnungswesen (BWO) am Montag mitteilte“, „teilte der Verband am Dienstag
  mit“, "Halifax said", "the ONS said", "Freddie Mac said", "the Mortgage Bankers
  Association said", "the Residential Tenancies Board said", "the Insolvency Service said",
  "the Canadian Real Estate Association said on Wednesday", "the Bank of Canada said in a
  report last week" and "Rowlins said".
- Negatives (hundred-fifty-seventh, two-hundred-and-fourth, two-hundred-and-twenty-sixth,
  two-hundred-and-seventy-seventh, three-hundred-and-twenty-third,
  three-hundred-and-fifty-fifth, three-hundred-and-fifty-sixth), none with a figure: the
  lobbies' verdicts, labels, appeals, blame and warnings above; quoted rhetoric and feeling
  of officials, economists and administrators (the pairs above, the Mieterverein's „ein
  Spiegel der Not“, the Verband Wohneigentum's „zuerst und am härtesten“, the Tyrolean
  guild master's „Katastrophe“, the tenants' association's «Alarmsignal»); market views and
  moods ("Estate agents said the mood among buyers had brightened ...", „Ein Volkswirt der
  Commerzbank sagte, die Talsohle ... sei eindeutig durchschritten.“, "Realtors said sellers
  were growing more willing to negotiate ...", "Property analysts said the market looked
  set for a subdued winter."; two-hundred-and-seventy-seventh); forecasts without a figure
  and fears („Makler rechnen mit einer weiteren Belebung im Frühjahr, wollen sich auf eine
  Prognose aber nicht festlegen.“ - a forecast joined to an evasion -, "Economists said the
  next interest rate cut could revive ...", "Some brokers fear a wave of forced sales ...");
  advice („Verbraucherschützer raten Kaufinteressenten, ...“; three-hundred-and-fifty-sixth);
  an evasion („ließ Heidenreich offen“) and an open question („Ob die gestiegenen Bauzinsen
  den Aufschwung wieder bremsen, ist unter Fachleuten umstritten.“; hundred-twenty-fourth,
  two-hundred-and-seventy-seventh); an argument with the present "say" ("Critics say the
  scheme pours fuel on prices ..."; two-hundred-and-sixty-ninth: "Critics say"); headings
  („Hintergrund: Was die Mietpreisbremse für Altbaumieter bedeutet“, "FACTBOX-Why Australia
  keeps falling short of its housing target"; three-hundred-and-eighty-eighth); and a vox
  pop (Danielle Ortiz; three-hundred-and-fifty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_390 = [
    # --- Baugenehmigungen im Dezember (dpa), Februar ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland sind im Dezember Baugenehmigungen für 22.460 Wohnungen erteilt worden, ein Zuwachs von 11,8 Prozent gegenüber dem Dezember des Vorjahres.",
        True,
        [("count", 22460, None, None), ("percent", 11.8, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vorjahresvergleich legte die Zahl der Genehmigungen damit den zehnten Monat hintereinander zu, teilte das Statistische Bundesamt (Destatis) mit.",
        True,
        [("ordinal", 10, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Im Gesamtjahr 2025 wurden gut 241.000 Wohnungen genehmigt, ein Plus von 4,1 Prozent, nachdem die Zahl 2024 auf den tiefsten Stand seit 2011 gefallen war.",
        True,
        [
            ("year", 2025, None, None),
            ("count", 241000, None, "over"),
            ("percent", 4.1, "%", None),
            ("year", 2024, None, None),
            ("year", 2011, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bei Einfamilienhäusern wuchs die Zahl der Genehmigungen um ein knappes Fünftel, bei Zweifamilienhäusern um 9,2 Prozent.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 9.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die veranschlagten Baukosten aller genehmigten Wohngebäude summierten sich auf rund 81,4 Milliarden Euro.",
        True,
        [("money", 81400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "ZDB-Hauptgeschäftsführer Torsten Weidenbach sagte, die Auftragseingänge im Wohnungsbau lägen noch immer rund 30 Prozent unter dem Niveau von 2021.",
        True,
        [("percent", 30, "%", "about"), ("year", 2021, None, None)],
        "Torsten Weidenbach",
    ),
    (
        "de",
        "„Eine Schwalbe macht noch keinen Sommer, auch wenn die Richtung endlich stimmt“, sagte Weidenbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund hält das Plus für ein Strohfeuer, das ohne bessere Abschreibungsregeln rasch wieder verglühen werde.",
        False,
        [],
        None,
    ),
    # --- UK house prices: Halifax (Reuters), Feb 7 ---
    (
        "en",
        "LONDON, Feb 7 (Reuters) - British house prices rose 0.7% in January, the biggest monthly gain in a year, mortgage lender Halifax said on Friday.",
        True,
        [("date", "--02-07", None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "Prices were 2.4% higher than a year earlier, and the average property cost £304,620, a record in cash terms.",
        True,
        [("percent", 2.4, "%", None), ("money", 304620, "GBP", None)],
        None,
    ),
    (
        "en",
        "Over the three months to January, prices were up 1.1% on the preceding three months, Halifax said.",
        True,
        [("duration", 3, "month", None), ("percent", 1.1, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Halifax head of mortgages Carys Pendleford said first-time buyers were now paying an average of £236,500, about 7.2 times their annual income.",
        True,
        [("money", 236500, "GBP", None), ("count", 7.2, None, "about")],
        "Carys Pendleford",
    ),
    (
        "en",
        '"The market has started the year on a firmer footing than many of us expected," Pendleford said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Northern Ireland again showed the fastest annual price growth among the UK's nations and regions, at 6.8%, while London prices slipped 0.4%.",
        True,
        [("percent", 6.8, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    ("en", "Estate agents said the mood among buyers had brightened noticeably since Christmas.", False, [], None),
    # --- Mietspiegel München (dpa/lby), März ---
    (
        "de",
        "München (dpa/lby) - Die ortsübliche Vergleichsmiete in München ist laut dem neuen Mietspiegel auf durchschnittlich 15,87 Euro netto kalt je Quadratmeter gestiegen.",
        True,
        [("money", 15.87, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das sind 7,3 Prozent mehr als im Mietspiegel von vor zwei Jahren, teilte die Stadt mit.",
        True,
        [("percent", 7.3, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Für die Erhebung wurden rund 3.400 Haushalte befragt, deren Miete in den vergangenen sechs Jahren geändert oder neu vereinbart wurde.",
        True,
        [("count", 3400, None, "about"), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Für eine 70-Quadratmeter-Wohnung in mittlerer Lage ergibt sich damit eine Kaltmiete von gut 1.110 Euro im Monat.",
        True,
        [("count", 70, None, None), ("money", 1110, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Sozialreferentin Dorothee Kranzberger sagte, gut ein Drittel der Münchner Mieterhaushalte gebe inzwischen mehr als 40 Prozent des Nettoeinkommens für die Warmmiete aus.",
        True,
        [("fraction", 0.3333, None, "over"), ("percent", 40, "%", "over")],
        "Dorothee Kranzberger",
    ),
    (
        "de",
        "„Dieser Mietspiegel ist ein Spiegel der Not, nicht des Marktes“, sagte der Vorsitzende des Mietervereins München, Volkmar Ettenhuber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Mietervereins München haben sich die Anfragen zu Mieterhöhungen seit 2022 nahezu verdoppelt.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Der Haus- und Grundbesitzerverein hält die Vergleichsmiete für künstlich gedrückt, weil teure Neubauten kaum einflössen.",
        False,
        [],
        None,
    ),
    # --- Richtwertmieten (APA), März ---
    (
        "de",
        "Wien (APA) - Für rund 410.000 Altbauwohnungen mit Richtwertmiete gelten ab 1. April neue Richtwerte, die Erhöhung ist heuer auf 1,4 Prozent gedeckelt.",
        True,
        [("count", 410000, None, "about"), ("date", "--04-01", None, None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "In Wien steigt der Richtwert damit auf 6,98 Euro je Quadratmeter, in Vorarlberg auf 10,87 Euro, den höchsten Wert aller Bundesländer.",
        True,
        [("money", 6.98, "EUR", None), ("money", 10.87, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ohne den Deckel wäre der Richtwert laut Justizministerium um 4,1 Prozent gestiegen.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Nationalrat hatte die Mietpreisbremse für Altbauten im vergangenen Herbst beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Wohnbaustadträtin Karin Hofstätter-Nemeth sagte, im Wiener Gemeindebau bleibe die Miete für die rund 208.000 Wohnungen heuer unverändert.",
        True,
        [("count", 208000, None, "about")],
        "Karin Hofstätter-Nemeth",
    ),
    ("de", "„Wohnen darf in dieser Stadt kein Luxusgut werden“, sagte Hofstätter-Nemeth.", False, [], None),
    (
        "de",
        "Die Mietervereinigung verlangt, auch freie Mieten an eine Obergrenze von höchstens 2 Prozent Erhöhung im Jahr zu binden.",
        True,
        [("percent", 2, "%", "at_most")],
        None,
    ),
    ("de", "Der Haus- und Grundbesitzerbund sprach von einer „kalten Enteignung der Vermieter“.", False, [], None),
    ("de", "Hintergrund: Was die Mietpreisbremse für Altbaumieter bedeutet", False, [], None),
    # --- U.S. home prices: Case-Shiller (Reuters), March 31 ---
    (
        "en",
        "NEW YORK, March 31 (Reuters) - U.S. home prices rose 2.1% in the 12 months through January, the slowest pace since mid-2023, according to the S&P Case-Shiller 20-city composite index released on Tuesday.",
        True,
        [
            ("date", "--03-31", None, None),
            ("percent", 2.1, "%", None),
            ("duration", 12, "month", None),
            ("year", 2023, None, None),
            ("count", 20, None, None),
        ],
        None,
    ),
    ("en", "Economists polled by Reuters had forecast a 2.4% gain.", True, [("percent", 2.4, "%", None)], None),
    (
        "en",
        "Seven of the 20 metro areas posted annual declines, led by a 4.1% drop in Tampa, while New York had the biggest increase at 6.3%.",
        True,
        [("count", 7, None, None), ("count", 20, None, None), ("percent", 4.1, "%", None), ("percent", 6.3, "%", None)],
        None,
    ),
    (
        "en",
        "On a monthly basis, the seasonally adjusted 20-city index rose 0.2%.",
        True,
        [("count", 20, None, None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "A separate gauge from the Federal Housing Finance Agency showed prices of homes bought with conventional mortgages rose 1.0% in the fourth quarter from the third.",
        True,
        [("percent", 1.0, "%", None), ("ordinal", 4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Listings of existing homes were about 18% higher than a year earlier, said Nolan Prewitt, senior economist at Garrison Point Advisors.",
        True,
        [("percent", 18, "%", "about")],
        "Nolan Prewitt",
    ),
    ("en", '"Buyers finally have some leverage again, at least outside the Northeast," Prewitt said.', False, [], None),
    (
        "en",
        "Mortgage rates have fallen about half a percentage point since October, according to Freddie Mac data.",
        True,
        [("percent", 0.5, "pp", "about")],
        None,
    ),
    # --- Wohnimmobilienpreise (APA), April ---
    (
        "de",
        "Wien (APA) - Wohneigentum ist in Österreich im vierten Quartal erneut teurer geworden: Der Wohnimmobilienpreisindex legte gegenüber dem Vorquartal um 0,9 Prozent zu, teilte Statistik Austria am Donnerstag mit.",
        True,
        [("ordinal", 4, None, None), ("percent", 0.9, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Im Jahresabstand lagen die Preise um 3,6 Prozent höher, das war der stärkste Zuwachs seit dem zweiten Quartal 2022.",
        True,
        [("percent", 3.6, "%", None), ("ordinal", 2, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Gebrauchte Eigentumswohnungen kosteten um 4,2 Prozent mehr als ein Jahr davor, neue Einfamilienhäuser dagegen um 1,1 Prozent weniger.",
        True,
        [("percent", 4.2, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Neu errichtete Eigentumswohnungen wurden in Wien zu durchschnittlich 6.840 Euro/m² verkauft, im Burgenland zu 2.910 Euro/m².",
        True,
        [("money", 6840, "EUR", None), ("money", 2910, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Oesterreichischen Nationalbank sind Wohnimmobilien in Wien damit um rund 14 Prozent überbewertet, im übrigen Österreich um knapp 6 Prozent.",
        True,
        [("percent", 14, "%", "about"), ("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "OeNB-Ökonom Florian Pichlmayr sagte, das Neugeschäft mit Wohnkrediten sei im vierten Quartal um ein Viertel über dem Vorjahreswert gelegen.",
        True,
        [("ordinal", 4, None, None), ("fraction", 0.25, None, None)],
        "Florian Pichlmayr",
    ),
    ("de", "Pichlmayr sprach von einer „vorsichtigen Erholung auf wackeligen Beinen“.", False, [], None),
    (
        "de",
        "Makler rechnen mit einer weiteren Belebung im Frühjahr, wollen sich auf eine Prognose aber nicht festlegen.",
        False,
        [],
        None,
    ),
    # --- Canadian housing starts (Reuters), April 15 ---
    (
        "en",
        "OTTAWA, April 15 (Reuters) - The annual pace of Canadian housing starts fell 9% in March to 231,870, Canada Mortgage and Housing Corp (CMHC) said on Tuesday.",
        True,
        [("date", "--04-15", None, None), ("percent", 9, "%", None), ("count", 231870, None, None)],
        "Canada Mortgage and Housing Corp",
    ),
    (
        "en",
        "The six-month trend in starts slipped 1.2% to 244,310.",
        True,
        [("duration", 6, "month", None), ("percent", 1.2, "%", None), ("count", 244310, None, None)],
        None,
    ),
    (
        "en",
        "Multi-unit urban starts dropped 11% to 182,400, while single-detached starts rose 3.5% to 38,950.",
        True,
        [
            ("percent", 11, "%", None),
            ("count", 182400, None, None),
            ("percent", 3.5, "%", None),
            ("count", 38950, None, None),
        ],
        None,
    ),
    (
        "en",
        "In Toronto, starts were down by nearly two-fifths from a year earlier, with condo presales at their weakest in about three decades.",
        True,
        [("fraction", 0.4, None, "nearly"), ("duration", 30, "year", "about")],
        None,
    ),
    (
        "en",
        "Housing Minister Colette Arsenault-Byrne said Ottawa had signed agreements with 11 cities to fast-track about 41,000 homes on federal land.",
        True,
        [("count", 11, None, None), ("count", 41000, None, "about")],
        "Colette Arsenault-Byrne",
    ),
    ("en", '"Canadians are tired of waiting for homes, and so are we," Arsenault-Byrne said.', False, [], None),
    (
        "en",
        "Economists said the trade dispute with the United States had left developers reluctant to break ground on new towers.",
        False,
        [],
        None,
    ),
    # --- Bauzinsen (dpa), April ---
    (
        "de",
        "Frankfurt (dpa) - Der durchschnittliche Zins für Baukredite mit zehnjähriger Zinsbindung ist im März auf 3,62 Prozent geklettert, wie aus Daten des Kreditvermittlers Baugeldwerk hervorgeht.",
        True,
        [("duration", 10, "year", None), ("percent", 3.62, "%", None)],
        None,
    ),
    (
        "de",
        "Zu Jahresbeginn hatte der Satz noch bei 3,31 Prozent gelegen, binnen drei Monaten ging es damit um 31 Basispunkte nach oben.",
        True,
        [("percent", 3.31, "%", None), ("duration", 3, "month", None), ("percent", 31, "bp", None)],
        None,
    ),
    (
        "de",
        "Bei einem Darlehen über 400.000 Euro bedeutet das eine um rund 70 Euro höhere Monatsrate.",
        True,
        [("money", 400000, "EUR", None), ("money", 70, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Baugeldwerk-Vorstand Jasper Kahlenberg sagte, rund jeder dritte Kunde wähle inzwischen eine Zinsbindung von 15 Jahren oder länger.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 15, "year", "at_least")],
        "Jasper Kahlenberg",
    ),
    (
        "de",
        "„Wer jetzt noch auf fallende Zinsen wartet, wartet womöglich vergeblich“, sagte Kahlenberg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grund für den Anstieg seien die Renditen zehnjähriger Bundesanleihen, die seit Januar um gut 0,4 Prozentpunkte zugelegt hätten.",
        True,
        [("duration", 10, "year", None), ("percent", 0.4, "pp", "over")],
        None,
    ),
    (
        "de",
        "Das Neugeschäft mit Wohnungsbaukrediten lag nach Daten der Bundesbank im Februar bei 17,3 Milliarden Euro, knapp 12 Prozent mehr als im Vorjahresmonat.",
        True,
        [("money", 17300000000, "EUR", None), ("percent", 12, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Verbraucherschützer raten Kaufinteressenten, sich von kurzfristigen Zinsbewegungen nicht zu einer überstürzten Entscheidung drängen zu lassen.",
        False,
        [],
        None,
    ),
    # --- UK private rents (PA), April ---
    (
        "en",
        "LONDON (PA) - UK private rents climbed 4.6% in the 12 months to March, easing from 5.0% in the 12 months to February, the Office for National Statistics said.",
        True,
        [
            ("percent", 4.6, "%", None),
            ("duration", 12, "month", None),
            ("percent", 5.0, "%", None),
            ("duration", 12, "month", None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "The average monthly rent reached £1,418 in England, £846 in Wales and £1,061 in Scotland.",
        True,
        [("money", 1418, "GBP", None), ("money", 846, "GBP", None), ("money", 1061, "GBP", None)],
        None,
    ),
    (
        "en",
        "London remained the most expensive region at £2,318 a month, although annual growth there slowed to 3.1%, the lowest since January 2023.",
        True,
        [("money", 2318, "GBP", None), ("percent", 3.1, "%", None), ("year", 2023, None, None)],
        None,
    ),
    ("en", "Rents in the North East rose fastest, by 8.2%.", True, [("percent", 8.2, "%", None)], None),
    (
        "en",
        "Private renters in England spent on average 34.6% of their income on rent last year, the ONS said, with Londoners spending more than two-fifths.",
        True,
        [("percent", 34.6, "%", None), ("fraction", 0.4, None, "over")],
        None,
    ),
    (
        "en",
        'Generation Rent called the figures "cold comfort for tenants already stretched to breaking point".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The figures come weeks before the Renters' Rights Act ends no-fault evictions in England on June 1.",
        True,
        [("date", "--06-01", None, None)],
        None,
    ),
    ("en", "Landlord groups warned that the reforms would push more small landlords to sell up.", False, [], None),
    # --- Fertigstellungen (dpa), Mai ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der fertiggestellten Wohnungen in Deutschland ist im vergangenen Jahr auf 236.400 gesunken, ein Minus von 9,8 Prozent.",
        True,
        [("count", 236400, None, None), ("percent", 9.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das war der niedrigste Wert seit 2014, wie das Statistische Bundesamt am Freitag mitteilte.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Von ihrem früheren Ziel, jährlich 400.000 neue Wohnungen zu bauen, hatte sich die Bundesregierung schon vor drei Jahren verabschiedet.",
        True,
        [("count", 400000, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Zum Jahresende lag der Bauüberhang, also genehmigte, aber noch nicht fertige Wohnungen, bei rund 748.000, knapp 396.000 davon waren schon im Bau.",
        True,
        [("count", 748000, None, "about"), ("count", 396000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Mehrfamilienhaus brauchte von der Genehmigung bis zur Fertigstellung im Schnitt 28 Monate, drei Monate länger als im Jahr davor.",
        True,
        [("duration", 28, "month", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Von den neuen Wohnungen entfielen 38 Prozent auf Ein- und Zweifamilienhäuser, gut die Hälfte auf Mehrfamilienhäuser.",
        True,
        [("percent", 38, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Bundesbauministerin Cordula Heitkämper sagte, mit dem „Bau-Turbo“ seien seit Jahresbeginn Genehmigungen für rund 19.000 Wohnungen beschleunigt worden.",
        True,
        [("count", 19000, None, "about")],
        "Cordula Heitkämper",
    ),
    ("de", "„Wir stehen am Anfang einer Trendwende, nicht an ihrem Ende“, sagte Heitkämper.", False, [], None),
    (
        "de",
        "Die Grünen warfen der Regierung vor, Wohnungsbau mit Ankündigungen statt mit Geld zu betreiben.",
        False,
        [],
        None,
    ),
    # --- U.S. housing starts (Reuters), May 19 ---
    (
        "en",
        "WASHINGTON, May 19 (Reuters) - U.S. single-family homebuilding rose to a six-month high in April, the Commerce Department said on Tuesday.",
        True,
        [("date", "--05-19", None, None), ("duration", 6, "month", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Single-family starts jumped 6.8% to an annualized 1.004 million units.",
        True,
        [("percent", 6.8, "%", None), ("count", 1004000, None, None)],
        None,
    ),
    (
        "en",
        "Overall starts rose 3.9% to 1.362 million units, above the 1.33 million economists polled by Reuters had forecast.",
        True,
        [("percent", 3.9, "%", None), ("count", 1362000, None, None), ("count", 1330000, None, None)],
        None,
    ),
    (
        "en",
        "Permits for future construction dropped 2.2% to an annual rate of 1.391 million, the lowest since June 2020.",
        True,
        [("percent", 2.2, "%", None), ("count", 1391000, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Construction of buildings with five or more units slipped 4.1% to 342,000.",
        True,
        [("count", 5, None, "at_least"), ("percent", 4.1, "%", None), ("count", 342000, None, None)],
        None,
    ),
    ("en", "The Commerce Department also revised March figures lower.", True, [], None),
    (
        "en",
        "The number of homes completed but not yet sold stood at about 121,000, the most since 2009.",
        True,
        [("count", 121000, None, "about"), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "National Association of Home Builders chief economist Lyle Brandvold said tariffs on lumber and steel were adding roughly $11,000 to the cost of a typical new home.",
        True,
        [("money", 11000, "USD", "about")],
        "Lyle Brandvold",
    ),
    (
        "en",
        '"Builders are cautiously dipping a toe back in, but nobody is diving in," Brandvold said.',
        False,
        [],
        None,
    ),
    # --- Bauträger-Insolvenz (dpa/lno), Mai ---
    (
        "de",
        "Hamburg (dpa/lno) - Der Hamburger Projektentwickler Nordkai Projektbau hat beim Amtsgericht Hamburg Insolvenz in Eigenverwaltung beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Unternehmensangaben neun Bauvorhaben mit zusammen rund 860 Wohnungen, davon gut 300 bereits verkaufte Eigentumswohnungen.",
        True,
        [("count", 9, None, None), ("count", 860, None, "about"), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Allein in Harburg waren vier- bis sechsgeschossige Häuser mit 420 Wohnungen geplant, die Arbeiten ruhen dort seit Februar.",
        True,
        [("count", 4, None, None), ("count", 6, None, None), ("count", 420, None, None)],
        None,
    ),
    (
        "de",
        "Zum Sachwalter wurde der Hamburger Rechtsanwalt Malte Frerichs bestellt, teilte das Gericht am Dienstag mit.",
        True,
        [],
        "das Gericht",
    ),
    (
        "de",
        "Frerichs sagte, die Verbindlichkeiten beliefen sich auf knapp 94 Millionen Euro, die 140 Beschäftigten erhielten für drei Monate Insolvenzgeld.",
        True,
        [("money", 94000000, "EUR", "nearly"), ("count", 140, None, None), ("duration", 3, "month", None)],
        "Frerichs",
    ),
    (
        "de",
        "Käufer müssen nach seinen Worten mit Verzögerungen von bis zu zwei Jahren rechnen.",
        True,
        [("duration", 2, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Als Gründe nannte die Firma höhere Zinsen und mehrere geplatzte Anschlussfinanzierungen seit Herbst 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Bundesweit meldeten im vergangenen Jahr 4.210 Betriebe des Baugewerbes Insolvenz an, 9,7 Prozent mehr als im Jahr davor.",
        True,
        [("count", 4210, None, None), ("percent", 9.7, "%", None)],
        None,
    ),
    (
        "de",
        "Damit ging knapp jede fünfte Firmenpleite in Deutschland auf das Konto der Bauwirtschaft.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Die Käufer trifft so eine Pleite zuerst und am härtesten“, sagte ein Sprecher des Verbands Wohneigentum.",
        False,
        [],
        None,
    ),
    # --- Sozialwohnungen (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Deutschland hat im vergangenen Jahr unter dem Strich rund 24.000 Sozialwohnungen verloren, der Bestand schrumpfte auf knapp 1,02 Millionen.",
        True,
        [("count", 24000, None, "about"), ("count", 1020000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus der Antwort des Bundesbauministeriums auf eine schriftliche Frage einer Linken-Abgeordneten hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Neu gefördert wurden demnach 51.600 Sozialmietwohnungen, zugleich fielen rund 76.000 aus der Sozialbindung.",
        True,
        [("count", 51600, None, None), ("count", 76000, None, "about")],
        None,
    ),
    (
        "de",
        "Anfang der 1990er-Jahre hatte es im wiedervereinigten Deutschland noch rund 3,3 Millionen Sozialwohnungen gegeben.",
        True,
        [("count", 3300000, None, "about")],
        None,
    ),
    (
        "de",
        "Bauministerin Heitkämper sagte, der Bund stelle den Ländern bis 2029 insgesamt 21,8 Milliarden Euro an Fördermitteln für Sozialwohnungen bereit.",
        True,
        [("year", 2029, None, None), ("money", 21800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Jede Sozialwohnung, die wir bauen, ist ein Versprechen an die Mitte der Gesellschaft“, fügte sie hinzu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Mieterbund fordert, jährlich mindestens 120.000 Sozialwohnungen neu zu bauen, und verlangt dafür zusätzliche Bundesmittel von 12 Milliarden Euro im Jahr.",
        True,
        [("count", 120000, None, "at_least"), ("money", 12000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mieterbund-Präsidentin Gesine Hollenbach sagte, in den Großstädten habe inzwischen etwa jeder zweite Mieterhaushalt Anspruch auf einen Wohnberechtigungsschein.",
        True,
        [("fraction", 0.5, None, "about")],
        "Gesine Hollenbach",
    ),
    (
        "de",
        "Hollenbach nannte die Förderpolitik von Bund und Ländern „ein Fass, in das zu wenig hineinfließt und aus dem zu viel herausläuft“.",
        False,
        [],
        None,
    ),
    # --- Australian home prices (Reuters), June 2 ---
    (
        "en",
        "SYDNEY, June 2 (Reuters) - Australian home prices rose for a fifth straight month in May, gaining 0.6% as lower interest rates drew buyers back, property data firm Eastbrook Analytics said on Tuesday.",
        True,
        [("date", "--06-02", None, None), ("ordinal", 5, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "The national median dwelling value reached a record A$861,400, with Sydney at A$1.24 million and Perth at A$842,000.",
        True,
        [("money", 861400, "AUD", None), ("money", 1240000, "AUD", None), ("money", 842000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Values were up 5.3% on a year earlier and 1.7% over the quarter.",
        True,
        [("percent", 5.3, "%", None), ("percent", 1.7, "%", None)],
        None,
    ),
    (
        "en",
        "Australia's central bank has lowered its cash rate three times since February, to 3.35%.",
        True,
        [("count", 3, None, None), ("percent", 3.35, "%", None)],
        None,
    ),
    (
        "en",
        "Eastbrook research director Harriet Moorcroft said listings in Sydney were running about 12% below the five-year average for this time of year.",
        True,
        [("percent", 12, "%", "about"), ("duration", 5, "year", None)],
        "Harriet Moorcroft",
    ),
    ("en", '"Affordability is the ceiling this market will eventually hit," Moorcroft said.', False, [], None),
    (
        "en",
        "Under the expanded federal scheme, first-home buyers need only a 5% deposit to avoid paying lenders' mortgage insurance.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    ("en", "Critics say the scheme pours fuel on prices without adding a single new home.", False, [], None),
    # --- Referenzzinssatz (Keystone-SDA), Juni ---
    (
        "de",
        "Grenchen (Keystone-SDA) - Der für Mietverhältnisse massgebende Referenzzinssatz verharrt bei 1,5 Prozent, wie das Bundesamt für Wohnungswesen (BWO) am Montag mitteilte.",
        True,
        [("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Mieterinnen und Mieter haben damit keinen Anspruch auf eine Senkung des Mietzinses, Vermieter dürfen die Mieten aus diesem Grund aber auch nicht erhöhen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Referenzzinssatz wird vierteljährlich berechnet und in Schritten von einem Viertelprozentpunkt angepasst.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Für eine Vierzimmerwohnung in der Stadt Zürich zahlen neue Mieter inzwischen im Schnitt 3'180 Franken im Monat.",
        True,
        [("count", 4, None, None), ("money", 3180, "CHF", None)],
        None,
    ),
    (
        "de",
        "MV-Präsidentin Carmen Wälchli-Huber sagte, jede dritte Mietpartei zahle zu viel, weil frühere Senkungen des Referenzzinssatzes nie weitergegeben worden seien.",
        True,
        [("fraction", 0.3333, None, None)],
        "Carmen Wälchli-Huber",
    ),
    ("de", "«Der Mietmarkt funktioniert nicht mehr, er verteilt nur noch um», sagte Wälchli-Huber.", False, [], None),
    ("de", "Der Hauseigentümerverband hält die Forderung nach Mietsenkungen für realitätsfern.", False, [], None),
    # --- U.S. mortgage rates (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — Rates on 30-year home loans dropped this week to an average of 6.18%, the lowest since September 2024, mortgage buyer Freddie Mac said Thursday.",
        True,
        [("duration", 30, "year", None), ("percent", 6.18, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Twelve months earlier, the average had stood at 6.89%.",
        True,
        [("duration", 12, "month", None), ("percent", 6.89, "%", None)],
        None,
    ),
    (
        "en",
        "The average rate on 15-year loans, which many refinancing homeowners choose, slipped to 5.34% from 5.41% a week earlier, Freddie Mac said.",
        True,
        [("duration", 15, "year", None), ("percent", 5.34, "%", None), ("percent", 5.41, "%", None)],
        None,
    ),
    (
        "en",
        "On a $350,000 loan, the drop since January saves a borrower about $190 a month.",
        True,
        [("money", 350000, "USD", None), ("money", 190, "USD", "about")],
        None,
    ),
    (
        "en",
        "Mortgage applications rose 7.4% last week from the week before, the Mortgage Bankers Association said.",
        True,
        [("percent", 7.4, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly two-thirds of U.S. mortgage holders are locked into rates below 5%, according to federal data, which has kept many would-be sellers from listing.",
        True,
        [("fraction", 0.6667, None, "about"), ("percent", 5, "%", "under")],
        None,
    ),
    (
        "en",
        '"We keep saving and the finish line keeps moving," said Danielle Ortiz, a teacher in Phoenix who has been house-hunting since spring.',
        False,
        [],
        None,
    ),
    # --- Angebotsmieten (dpa), Juli ---
    (
        "de",
        "Nürnberg (dpa) - In zwölf der 14 größten deutschen Städte sind die Angebotsmieten im ersten Halbjahr gestiegen, in zwei sind sie gesunken.",
        True,
        [("count", 12, None, None), ("count", 14, None, None), ("ordinal", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Am teuersten bleibt München mit im Median 22,40 Euro je Quadratmeter, gefolgt von Berlin mit 17,15 Euro und Frankfurt mit 16,30 Euro.",
        True,
        [("money", 22.4, "EUR", None), ("money", 17.15, "EUR", None), ("money", 16.3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Den stärksten Anstieg verzeichnete Leipzig mit einem Plus von 8,9 Prozent binnen Jahresfrist.",
        True,
        [("percent", 8.9, "%", None)],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden Angebote für Bestandswohnungen mit 75 Quadratmetern und drei Zimmern im ersten Stock, teilte das Portal Immowelt mit.",
        True,
        [("count", 75, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Immowelt-Geschäftsführer Lars Heidenreich sagte, die Zahl der Inserate für Bestandswohnungen sei seit 2022 um mehr als ein Drittel geschrumpft.",
        True,
        [("year", 2022, None, None), ("fraction", 0.3333, None, "over")],
        "Lars Heidenreich",
    ),
    ("de", "„Der Mietmarkt in den Metropolen ist leer gefegt“, sagte Heidenreich.", False, [], None),
    (
        "de",
        "In Berlin liegen die Angebotsmieten für Neubauwohnungen inzwischen um 61 Prozent über der ortsüblichen Vergleichsmiete.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    ("de", "Ob sich der Anstieg in diesem Tempo fortsetzt, ließ Heidenreich offen.", False, [], None),
    # --- UK social housing (Reuters), July 8 ---
    (
        "en",
        "LONDON, July 8 (Reuters) - Britain will put 31 billion pounds over the next 10 years into social and affordable housing, the government said on Wednesday, with at least 55% of the homes earmarked for social rent.",
        True,
        [
            ("date", "--07-08", None, None),
            ("money", 31000000000, "GBP", None),
            ("duration", 10, "year", None),
            ("percent", 55, "%", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "Housing Secretary Morwenna Tregarthen said the programme would deliver about 310,000 homes, roughly half of them in the first five years.",
        True,
        [
            ("count", 310000, None, "about"),
            ("fraction", 0.5, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 5, "year", None),
        ],
        "Morwenna Tregarthen",
    ),
    (
        "en",
        '"This is the biggest boost to social housing in a generation," Tregarthen told parliament.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Housebuilders completed 188,400 homes in England in the 12 months to March, official figures show, well below the 290,000 homes a year required by the government's target.",
        True,
        [("count", 188400, None, None), ("duration", 12, "month", None), ("count", 290000, None, None)],
        None,
    ),
    (
        "en",
        "Councils will be able to bid for grants of up to £95,000 per home, with the first bidding round opening in October.",
        True,
        [("money", 95000, "GBP", "up_to"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Social landlords will be allowed to raise rents by inflation plus 0.5% a year for nine years from April 2027.",
        True,
        [("percent", 0.5, "%", None), ("duration", 9, "year", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Council housing waiting lists in England now hold more than 1.4 million households, the National Housing Federation says.",
        True,
        [("count", 1400000, None, "over")],
        None,
    ),
    ("en", 'Opposition lawmakers described the plan as "a press release with a price tag".', False, [], None),
    # --- U.S. existing home sales (Reuters), July 23 ---
    (
        "en",
        "WASHINGTON, July 23 (Reuters) - U.S. existing home sales fell 2.7% in June to a seasonally adjusted annual rate of 3.89 million units, data from the National Association of Realtors showed on Wednesday.",
        True,
        [("date", "--07-23", None, None), ("percent", 2.7, "%", None), ("count", 3890000, None, None)],
        None,
    ),
    (
        "en",
        "The median existing-home price climbed 1.8% from a year earlier to a record $437,900.",
        True,
        [("percent", 1.8, "%", None), ("money", 437900, "USD", None)],
        None,
    ),
    (
        "en",
        "There were 1.55 million previously owned homes on the market, up 14.6% from a year ago, enough to last 4.8 months at the current sales pace.",
        True,
        [("count", 1550000, None, None), ("percent", 14.6, "%", None), ("duration", 4.8, "month", None)],
        None,
    ),
    (
        "en",
        "First-time buyers made up 29% of transactions, and about three in ten purchases were all-cash.",
        True,
        [("percent", 29, "%", None), ("fraction", 0.3, None, "about")],
        None,
    ),
    (
        "en",
        "Properties typically stayed on the market for 27 days in June, compared with 22 days a year earlier.",
        True,
        [("duration", 27, "day", None), ("duration", 22, "day", None)],
        None,
    ),
    (
        "en",
        "NAR chief economist Wendell Okafor said pending contracts had risen for a fourth straight month.",
        True,
        [("ordinal", 4, None, None)],
        "Wendell Okafor",
    ),
    (
        "en",
        '"Housing is stuck in neutral, waiting for mortgage rates to release the brake," Okafor said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Realtors said sellers were growing more willing to negotiate, particularly in Florida and Texas.",
        False,
        [],
        None,
    ),
    # --- Irish prices and rents (Reuters), Aug 13 ---
    (
        "en",
        "DUBLIN, Aug 13 (Reuters) - Irish residential property prices rose 7.2% in the 12 months to June, the slowest annual increase in 14 months, the Central Statistics Office said on Wednesday.",
        True,
        [
            ("date", "--08-13", None, None),
            ("percent", 7.2, "%", None),
            ("duration", 12, "month", None),
            ("duration", 14, "month", None),
        ],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Prices in Dublin were up 6.1%, while those outside the capital rose 8.0%, with the Border region up 11.9%.",
        True,
        [("percent", 6.1, "%", None), ("percent", 8.0, "%", None), ("percent", 11.9, "%", None)],
        None,
    ),
    (
        "en",
        "The median price of a home bought in the 12 months to June was 362,500 euros, ranging from 198,000 euros in Leitrim to 735,000 euros in Dún Laoghaire-Rathdown.",
        True,
        [
            ("duration", 12, "month", None),
            ("money", 362500, "EUR", None),
            ("money", 198000, "EUR", None),
            ("money", 735000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Separately, the Residential Tenancies Board said the standardised average rent on new tenancies rose to 1,798 euros a month in the second quarter, up 4.9% on a year earlier.",
        True,
        [("money", 1798, "EUR", None), ("ordinal", 2, None, None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "Housing Minister Eimear Gallagher-Nolan told parliament that about 8,900 homes had been completed in the first half, up about a fifth on a year earlier.",
        True,
        [("count", 8900, None, "about"), ("ordinal", 1, None, None), ("fraction", 0.2, None, "about")],
        "Eimear Gallagher-Nolan",
    ),
    (
        "en",
        '"We are turning the corner on supply, but nobody in this department thinks the job is done," Gallagher-Nolan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rent Pressure Zones, where annual increases on existing tenancies are capped at 2.5%, now cover about 70% of tenancies nationwide.",
        True,
        [("percent", 2.5, "%", None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "Tenant advocacy group Threshold urged the government to extend the protections to student accommodation.",
        False,
        [],
        None,
    ),
    # --- UK construction insolvencies (PA), August ---
    (
        "en",
        "LONDON (PA) - Nearly 4,300 construction firms in England and Wales went insolvent in the 12 months to June, more than in any other sector, according to official figures.",
        True,
        [("count", 4300, None, "nearly"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The industry accounted for about one in six of all company insolvencies, the Insolvency Service said.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "en",
        "Midlands contractor Hallam & Pryce Construction became the latest casualty on Monday, falling into administration with the loss of 164 jobs.",
        True,
        [("count", 164, None, None)],
        None,
    ),
    (
        "en",
        "Its directors appointed administrators from Grantley Moss after the company's main lender withdrew a credit facility.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Joint administrator Rebecca Ainsworth-Clegg said the company owed about £38.5 million to more than 600 creditors, most of them subcontractors.",
        True,
        [("money", 38500000, "GBP", "about"), ("count", 600, None, "over")],
        "Rebecca Ainsworth-Clegg",
    ),
    (
        "en",
        '"This is a painful outcome for the workforce and for the many small firms that relied on the company," Ainsworth-Clegg said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The firm had been working on 14 sites, including two schools and a 210-home housing scheme in Derby.",
        True,
        [("count", 14, None, None), ("count", 2, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "en",
        "Trade body Build UK blamed late payments and fixed-price contracts agreed before the jump in material costs.",
        False,
        [],
        None,
    ),
    # --- Häuserpreisindex (dpa), September ---
    (
        "de",
        "Wiesbaden (dpa) - Wer in Deutschland eine Wohnung oder ein Haus kauft, muss wieder mehr bezahlen: Im zweiten Quartal stiegen die Preise um durchschnittlich 1,2 Prozent gegenüber dem Vorquartal.",
        True,
        [("ordinal", 2, None, None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Binnen Jahresfrist zogen die Preise um 3,4 Prozent an, teilte das Statistische Bundesamt am Freitag in Wiesbaden mit.",
        True,
        [("percent", 3.4, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Der Index stieg damit das sechste Quartal in Folge im Jahresvergleich.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "In den sieben größten Metropolen kosteten Eigentumswohnungen 2,9 Prozent mehr als ein Jahr zuvor, Ein- und Zweifamilienhäuser 4,6 Prozent mehr.",
        True,
        [("count", 7, None, None), ("percent", 2.9, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Vom Höchststand im zweiten Quartal 2022 ist der Index noch rund 6 Prozent entfernt.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "Ein Volkswirt der Commerzbank sagte, die Talsohle am Immobilienmarkt sei eindeutig durchschritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die gestiegenen Bauzinsen den Aufschwung wieder bremsen, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- Leerwohnungsziffer (Keystone-SDA), September ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Schweizweit waren am 1. Juni 49'380 Wohnungen unbewohnt und zur Miete oder zum Kauf ausgeschrieben, 2'270 weniger als im Vorjahr.",
        True,
        [("date", "--06-01", None, None), ("count", 49380, None, None), ("count", 2270, None, None)],
        None,
    ),
    (
        "de",
        "Die Leerwohnungsziffer fiel damit auf 1,03 Prozent, teilte das Bundesamt für Statistik (BFS) in Neuenburg mit.",
        True,
        [("percent", 1.03, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Es ist der fünfte Rückgang in Folge und der tiefste Wert seit 2013.",
        True,
        [("ordinal", 5, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Am wenigsten leere Wohnungen gab es im Kanton Zug mit 0,38 Prozent, am meisten im Kanton Jura mit 2,84 Prozent.",
        True,
        [("percent", 0.38, "%", None), ("percent", 2.84, "%", None)],
        None,
    ),
    (
        "de",
        "In der Stadt Zürich lag die Quote bei 0,09 Prozent, was gerade einmal 199 freien Wohnungen entspricht.",
        True,
        [("percent", 0.09, "%", None), ("count", 199, None, None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der leeren Wohnungen waren Mietwohnungen, gut ein Viertel waren Neubauten.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "«Für alle, die eine Wohnung suchen, ist das ein Alarmsignal», sagte ein Sprecher des Mieterinnen- und Mieterverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hauseigentümerverband sieht die Ursache vor allem in Einsprachen, die Bauprojekte um Jahre verzögerten.",
        False,
        [],
        None,
    ),
    # --- Australian approvals and vacancies (AAP), September ---
    (
        "en",
        "SYDNEY (AAP) - The number of dwellings approved in Australia fell 3.4 per cent in August to 15,820, the Australian Bureau of Statistics said.",
        True,
        [("percent", 3.4, "%", None), ("count", 15820, None, None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Approvals for private houses rose 1.2 per cent, but private apartment approvals slumped 11.5 per cent after a strong July.",
        True,
        [("percent", 1.2, "%", None), ("percent", 11.5, "%", None)],
        None,
    ),
    (
        "en",
        "At about 182,000 over the past 12 months, approvals remain well short of the 230,000 a year needed to reach the national target of 1.15 million homes by mid-2029.",
        True,
        [
            ("count", 182000, None, "about"),
            ("duration", 12, "month", None),
            ("count", 230000, None, None),
            ("count", 1150000, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Master Builders Australia chief executive Bronwyn Tallis said the industry was short of about 90,000 tradespeople.",
        True,
        [("count", 90000, None, "about")],
        "Bronwyn Tallis",
    ),
    ("en", '"We are trying to fill a bathtub with the plug pulled out," Tallis said.', False, [], None),
    (
        "en",
        "Rental vacancy rates stayed near record lows in August at 1.1 per cent in Sydney and 0.8 per cent in Perth, according to property data firm Eastbrook Analytics.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Advertised weekly rents in the capital cities rose 0.5 per cent in August to a median of A$712.",
        True,
        [("percent", 0.5, "%", None), ("money", 712, "AUD", None)],
        None,
    ),
    ("en", "FACTBOX-Why Australia keeps falling short of its housing target", False, [], None),
    (
        "en",
        "Economists said the next interest rate cut could revive apartment projects that have stalled since the pandemic.",
        False,
        [],
        None,
    ),
    # --- Baukonkurs in Tirol (APA), Oktober ---
    (
        "de",
        "Innsbruck (APA) - Das Landesgericht Innsbruck hat über die Tiroler Baufirma Inntaler Hochbau GmbH ein Konkursverfahren eröffnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Passiva belaufen sich auf rund 52,6 Millionen Euro, betroffen sind 238 Dienstnehmer und rund 410 Gläubiger, teilte der Kreditschützer KSV1870 mit.",
        True,
        [("money", 52600000, "EUR", "about"), ("count", 238, None, None), ("count", 410, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist die größte Insolvenz eines Tiroler Bauunternehmens seit 2013.",
        True,
        [("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Masseverwalterin Verena Pfurtscheller sagte, auf elf Baustellen werde vorerst weitergearbeitet, über die Fortführung des Betriebs entscheide das Gericht bis 14. November.",
        True,
        [("count", 11, None, None), ("date", "--11-14", None, None)],
        "Verena Pfurtscheller",
    ),
    (
        "de",
        "Forderungen können bis 4. Dezember angemeldet werden, die erste Gläubigerversammlung ist für 18. Dezember angesetzt.",
        True,
        [("date", "--12-04", None, None), ("ordinal", 1, None, None), ("date", "--12-18", None, None)],
        None,
    ),
    (
        "de",
        "Die Firma führte die Pleite auf den Einbruch im Wohnbau und auf Verluste bei drei Großprojekten zu Fixpreisen zurück.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Österreichweit sind nach Angaben des KSV1870 in den ersten drei Quartalen 612 Bauunternehmen insolvent geworden, rund jede sechste Firmenpleite.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("count", 612, None, None),
            ("fraction", 0.1667, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "„Für viele kleine Subunternehmer im Inntal ist das eine Katastrophe“, sagte der Tiroler Landesinnungsmeister Bau.",
        False,
        [],
        None,
    ),
    # --- Canadian home sales (Reuters), Oct 15 ---
    (
        "en",
        "TORONTO, Oct 15 (Reuters) - Canadian home sales rose 2.9% in September from August, the sixth monthly gain in seven months, the Canadian Real Estate Association said on Wednesday.",
        True,
        [
            ("date", "--10-15", None, None),
            ("percent", 2.9, "%", None),
            ("ordinal", 6, None, None),
            ("duration", 7, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The national benchmark price, which adjusts for the mix of homes sold, fell 2.6% from a year earlier to C$702,300.",
        True,
        [("percent", 2.6, "%", None), ("money", 702300, "CAD", None)],
        None,
    ),
    (
        "en",
        "In the Greater Toronto Area, the benchmark price was down 5.8% at C$1.03 million, while in Calgary it edged up 0.4%.",
        True,
        [("percent", 5.8, "%", None), ("money", 1030000, "CAD", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "About 1.1 million mortgages, or roughly a fifth of all outstanding loans, are due for renewal in the next 12 months, the Bank of Canada said in a report last week.",
        True,
        [("count", 1100000, None, "about"), ("fraction", 0.2, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "CREA senior economist Marc-André Lévesque-Dunn said inventories stood at 4.6 months of supply, compared with a long-term average of about five months.",
        True,
        [("duration", 4.6, "month", None), ("duration", 5, "month", "about")],
        "Marc-André Lévesque-Dunn",
    ),
    ("en", '"Buyers are back, but they are shopping with a calculator in hand," Lévesque-Dunn said.', False, [], None),
    (
        "en",
        "Some brokers fear a wave of forced sales once borrowers who locked in during the pandemic face renewal at far higher rates.",
        False,
        [],
        None,
    ),
    # --- GdW-Jahresbilanz (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Die im GdW organisierten Wohnungsunternehmen haben im vergangenen Jahr rund 22.600 neue Wohnungen fertiggestellt, knapp ein Drittel weniger als geplant.",
        True,
        [("count", 22600, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr rechnen sie nur noch mit 17.800 Fertigstellungen, teilte der Verband am Dienstag mit.",
        True,
        [("count", 17800, None, None)],
        None,
    ),
    (
        "de",
        "GdW-Präsidentin Renate Uhlendorff sagte, die Baukosten für eine Mietwohnung im Neubau lägen inzwischen bei rund 5.300 Euro je Quadratmeter Wohnfläche.",
        True,
        [("money", 5300, "EUR", "about")],
        "Renate Uhlendorff",
    ),
    (
        "de",
        "Um diese Kosten zu decken, wäre eine Kaltmiete von mindestens 19,50 Euro pro Quadratmeter nötig, rechnete Uhlendorff vor.",
        True,
        [("money", 19.5, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Zu diesen Mieten baut niemand mehr, und bezahlen kann sie auch kaum jemand“, sagte Uhlendorff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Leerstandsquote in den Beständen der Mitgliedsunternehmen lag in Ostdeutschland bei 7,4 Prozent, im Westen bei 2,1 Prozent.",
        True,
        [("percent", 7.4, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "In Sachsen-Anhalt steht nach Verbandsangaben sogar fast jede zehnte Wohnung leer.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Verband appellierte an Bund und Länder, den Abriss dauerhaft leer stehender Plattenbauten stärker zu fördern.",
        False,
        [],
        None,
    ),
    # --- U.S. rental vacancy (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — The U.S. rental vacancy rate rose to 7.3% in the third quarter, the highest since 2017, the Census Bureau said Tuesday.",
        True,
        [("percent", 7.3, "%", None), ("ordinal", 3, None, None), ("year", 2017, None, None)],
        "the Census Bureau",
    ),
    (
        "en",
        "The homeownership rate slipped to 64.8% from 65.1% a year earlier, with the rate for householders aged under 35 falling to 37.1%.",
        True,
        [
            ("percent", 64.8, "%", None),
            ("percent", 65.1, "%", None),
            ("duration", 35, "year", "under"),
            ("percent", 37.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Median asking rent for vacant units was $1,412 a month in the quarter, up 1.9% from a year earlier.",
        True,
        [("money", 1412, "USD", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly 590,000 apartments in buildings with 20 units or more were completed over the past year, the most since the mid-1970s, according to a separate federal report.",
        True,
        [("count", 590000, None, "nearly"), ("count", 20, None, "at_least")],
        None,
    ),
    (
        "en",
        "\"Empty apartments don't help a family that can't afford the ones that are full,\" said Tamika Rowlins, director of a tenants' group in Atlanta.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rowlins said eviction filings in Fulton County had risen by about a quarter this year.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Gemeinnützige Bauvereinigungen (APA), November ---
    (
        "de",
        "Wien (APA) - Österreichs gemeinnützige Bauträger haben im Vorjahr 14.870 Wohnungen übergeben, ein Minus von 9 Prozent.",
        True,
        [("count", 14870, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Heuer dürften es laut dem Verband gemeinnütziger Bauvereinigungen (GBV) nur noch rund 12.500 Einheiten werden.",
        True,
        [("count", 12500, None, "about")],
        None,
    ),
    (
        "de",
        "GBV-Obmann Gottfried Rainbacher sagte, die Gemeinnützigen verwalteten inzwischen knapp 715.000 Wohnungen, in denen gut jeder siebte Österreicher lebe.",
        True,
        [("count", 715000, None, "nearly"), ("fraction", 0.1429, None, "over")],
        "Gottfried Rainbacher",
    ),
    (
        "de",
        "Aus dem Wohnbaupaket des Bundes seien bisher erst 310 Millionen Euro abgerufen worden, fügte er hinzu.",
        True,
        [("money", 310000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Durchschnittsmiete einer geförderten Genossenschaftswohnung lag laut Verband bei 8,12 Euro pro Quadratmeter inklusive Betriebskosten.",
        True,
        [("money", 8.12, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vier von zehn geförderten Neubauwohnungen wurden heuer in Wien übergeben.",
        True,
        [("fraction", 0.4, None, None)],
        None,
    ),
    (
        "de",
        "In Salzburg warten Bewerber auf eine gemeinnützige Wohnung im Schnitt zweieinhalb Jahre.",
        True,
        [("duration", 2.5, "year", None)],
        None,
    ),
    (
        "de",
        "„Leistbares Wohnen ist kein Geschenk, sondern eine Investition in den sozialen Frieden“, sagte Rainbacher.",
        False,
        [],
        None,
    ),
    ("de", "Die Neos halten die Wohnbauförderung der Länder für intransparent und wenig treffsicher.", False, [], None),
    # --- UK house prices: Nationwide (Reuters), Nov 3 ---
    (
        "en",
        "LONDON, Nov 3 (Reuters) - British house prices fell 0.3% in October, the first monthly drop since April, mortgage lender Nationwide said on Monday.",
        True,
        [("date", "--11-03", None, None), ("percent", 0.3, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Year-on-year growth eased to 1.9% from 2.6% in September, with the average price now £281,350.",
        True,
        [("percent", 1.9, "%", None), ("percent", 2.6, "%", None), ("money", 281350, "GBP", None)],
        None,
    ),
    (
        "en",
        "Nationwide chief economist Rosalind Keverne said a buyer on average earnings putting down a 20% deposit would need about 35% of take-home pay to cover monthly repayments.",
        True,
        [("percent", 20, "%", None), ("percent", 35, "%", "about")],
        "Rosalind Keverne",
    ),
    ("en", '"Uncertainty ahead of the budget has clearly given some buyers pause," Keverne said.', False, [], None),
    (
        "en",
        "The average two-year fixed mortgage rate fell to 4.79% from 4.86% a month earlier, according to Moneyfacts, while the average five-year fix dipped to 4.91%.",
        True,
        [
            ("duration", 2, "year", None),
            ("percent", 4.79, "%", None),
            ("percent", 4.86, "%", None),
            ("duration", 5, "year", None),
            ("percent", 4.91, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Bank of England data showed mortgage approvals for house purchases fell to 61,800 in September, the lowest in seven months.",
        True,
        [("count", 61800, None, None), ("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        "The BoE cut Bank Rate to 3.5% in August, its sixth reduction since August 2024.",
        True,
        [("percent", 3.5, "%", None), ("ordinal", 6, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Property analysts said the market looked set for a subdued winter.", False, [], None),
]
