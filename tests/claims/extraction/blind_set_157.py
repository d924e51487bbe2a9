"""Hundred-and-fifty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, portals and figures are
made up (Harald Teufelhart, Karin Wöhrleitner, Gertraud Pöchhacker, Beat Wyssbrod,
Rheinwohn, Rolf Ebersbächer, Jana Mertensacker, Ulrike Samtleben, Jens Oberwinkler,
Hildegard Wewers, Ernst Grabenhofer, Baugeldradar, Sabine Hofstätter, Lorena Casanova,
Fabienne Rothenbühler; Bradley Kovacs, Lakeshore Capital Markets, Hannah Kowalski,
Brightmoor Analytics, Fergus Allingham, Zhonghai Rongsheng, Jessie Lau, Harbourview
Research, Daryl Pemberton, Lucía Ferrán, Matthew Pennington, Carmen Ibarra, Pinnacle
Property, Tamsin Grieve, Niamh Feeney, Marisol Grady, Giles Harcastle, Ho Ka-wing, Elijah
Briggs, Castlegate Analytics, Priya Natarajan); ministers, judges, chief economists and
office holders of real places appear under made-up names that stand for no real holder, or
by their role only ("die Anwältin der Frau", "ein Finanzierungsberater in Frankfurt", "the
housing secretary", "the group's chief economist"). Real bodies, courts, places and laws
("Statistisches Bundesamt", "Hauptverband der Deutschen Bauindustrie", "Justizministerium",
"Mietervereinigung", "Haus- und Grundbesitzerbund", "Bundesamt für Wohnungswesen",
"Mieterinnen- und Mieterverband", "HEV", "GdW", "Linke", "Senatsverwaltung für
Stadtentwicklung", "Berliner Mieterverein", "Haus & Grund Berlin", "Bundesgerichtshof",
"Mieterbund", "Verband deutscher Pfandbriefbanken", "Pestel-Institut", "Bauministerium",
"Oesterreichische Nationalbank", "KIM-Verordnung", "Finanzmarktaufsicht", "Bundesbank",
"Statistik Austria", "Arbeiterkammer", "Statistik Stadt Zürich", "Stadtrat",
"Hauseigentümerverband", "SP", "Jobcenter", "Wien", "Vorarlberg", "Leopoldstadt",
"Burgenland", "Wiesbaden", "Bochum", "Nordrhein-Westfalen", "Bayern", "München",
"Karlsruhe", "Basel-Stadt"; "Canada Mortgage and Housing Corp", "Toronto Regional Real
Estate Board", "Commerce Department", "Nationwide Building Society", "Bank of England",
"National Bureau of Statistics", "China Real Estate Information Corp", "Freddie Mac",
"Mortgage Bankers Association", "Federal Housing Finance Agency", "Supreme Court",
"Idealista", "Office for National Statistics", "Generation Rent", "Shelter", "National
Residential Landlords Association", "Maricopa County", "Arizona State University", "Arizona
Multihousing Association", "Reserve Bank of Australia", "National Housing Supply and
Affordability Council", "Residential Tenancies Board", "Central Statistics Office",
"Threshold", "National Association of Realtors", "Homes England", "Labour", "Rent Guidelines
Board", "Rating and Valuation Department", "Department of Housing and Urban Development",
"HUD", "Gothic Quarter", "Leitrim", "New Territories", "Mong Kok") stand for the way wire
copy names them; every rent, price, index level, rate, permit, completion, eviction,
subsidy, vote, date and quote here is invented, and where a real figure came to mind it was
changed.

Its weight: HOUSING, RENTS AND REAL ESTATE over about ten months of one year (mid-January to
early October), 31 stories in story order as the desks file them: rent and price indices,
mortgage and building-loan rates, construction permits, starts and completions, social
housing programmes and their budgets, evictions and homelessness, square metres and euros
per square metre, landlords' and tenants' groups' claims, each told as wire copy runs it (a
dateline lead, the figures, attributed claims, the other side, quotes). Half German (dpa,
dpa-AFX, APA, Keystone-SDA, Reuters German; Austrian "Richtwertmieten", "Gemeindewohnungen",
"Kundmachung", "Wohnbaukredite", "KIM-Verordnung", "binnen Jahresfrist", German
"Bauüberhang", "Mietspiegel", "netto kalt", "Warmmiete", "Sozialbindung",
"Wohnberechtigungsschein", "Eigenbedarf", "Zinsbindung", "Wohngeld", Swiss
"Referenzzinssatz", "massgebende", "Mietzins", "Mietende", "Leerwohnungsziffer",
"Dreizimmerwohnung", "Eigenmietwert", "einen Drittel", «» quotes, German „“ quotes):
building permits at a low, Austria's index rents, the Swiss reference rate, a listed
landlord's results, forced evictions, Berlin's rent index, a Federal Court of Justice ruling
on own-use notices, house prices in the first quarter, social housing stock, building loans
in Austria, German mortgage rates, Austrian house prices, Zurich's vacancy rate, the Swiss
vote on imputed rent and housing benefit. Half English (Reuters, AP, AFP, PA): Canadian
housing starts, US housing starts, UK house prices, China's new home prices, US mortgage
rates, Barcelona's tourist flats, UK private rents, evictions in Phoenix, Australian home
prices, Irish rents, US existing home sales, Britain's affordable homes programme, New
York's rent-stabilized leases, Hong Kong home prices, the US homelessness count and US
office vacancies. Figures as such copy has them: rents and prices per square metre and per
month, index levels in points, rates with moves in basis points and percentage points, loan
maturities ("mit zehn Jahren Zinsbindung", "a 30-year fixed mortgage", "one-year leases"),
annual rates of starts and sales, areas and rooms ("70 Quadratmeter große",
"75-Quadratmeter-Wohnung", "Dreizimmerwohnung", "a two-bedroom apartment", "A
400-square-foot flat"), multiples ("mehr als doppelt so viel", "nearly double"), shares
("knapp neun von zehn", "Jeder zweite", "One in five", "einen Drittel"), ordinals of streaks
and quarters ("a 33rd consecutive month", "the 21st consecutive annual increase", "der
zweithäufigste"), definite groups, tallies, money in euros, dollars, pounds, francs,
Canadian and Australian dollars, yuan and Hong Kong dollars, durations, ages, years, dates
with and without a year, Swiss apostrophes and hedges. Negatives as such copy has them:
executives', economists', analysts' and agents' market views, associations' and parties'
labels, quotes of verdict, resolve and rhetoric by ministers, tenants' and landlords'
groups, warnings, fears and hopes, forecasts without a figure, open questions, scene colour
and a tenants' charity's verdict carrying an age bound, labelled.

244 rows (120 German, 124 English), 55 negatives (25 German, 30 English), 189 check-worthy
rows of which 16 carry no figure (9 German, 7 English), 342 expected quantities (116
percentages - 111 in %, 4 in basis points, 1 in percentage points -, 82 counts, 44 amounts
of money - 21 EUR, 9 USD, 7 GBP, 3 CHF, 1 CAD, 1 CNY, 1 AUD, 1 HKD -, 28 durations - 18 in
years, 9 in months, 1 in minutes -, 27 years, 16 ordinals, 15 dates, 14 fractions; 1 of them
in one negative, as the seventeenth batch labels a figure in a negative), 36 checked
speakers (16 German, 20 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth, hundred-fifty-second); a quoted or reported statement of fact or
  figure is check-worthy with its speaker. The pairs from one speaker: "In diesem Jahr will
  das Unternehmen mit dem Bau von 3.000 neuen Wohnungen beginnen, sagte Vorstandschef Rolf
  Ebersbächer." -> "Rolf Ebersbächer" (a plan with a figure, hundred-forty-eighth) beside
  his „Wir haben das Tal hinter uns gelassen“; Mertensacker's 9,000 euros per eviction
  beside „Niemand sollte wegen ein paar Monaten Mietrückstand auf der Straße landen“ ("ein
  paar" none, seventeenth: vague magnitudes); Ibarra's 120 cases beside "Most of the people
  standing in front of me are working, ..."; Natarajan's two-thirds beside "We're nowhere
  near the bottom for older buildings". Konjunktiv I paraphrases of a figure are
  check-worthy with the speaker their own attribution gives ("Jede Räumung koste die
  Kommunen im Schnitt rund 9.000 Euro ..., sagte Linken-Wohnungspolitikerin Jana
  Mertensacker." -> "Jana Mertensacker"; hundred-thirtieth, hundred-fifty-second). A short
  quoted statement with a figure stays check-worthy with its speaker («Wer heute in Zürich
  eine Wohnung sucht, braucht im Schnitt sieben Monate», sagte Mieterverbandspräsidentin
  Lorena Casanova. -> "Lorena Casanova" with 7 months; hundred-thirtieth: a quote that
  states a measurable record; hundred-forty-eighth: short quoted statements of record).
- Check-worthy without a figure (hundred-thirtieth, hundred-forty-eighth,
  hundred-fifty-second): a ruling and its reach ("Mieter, denen wegen Eigenbedarfs gekündigt
  wird, sind nach einem Urteil des Bundesgerichtshofs künftig besser geschützt.", "Vermieter
  müssen demnach schon in der Kündigung angeben, ...", "Die Vorinstanz hatte der
  Räumungsklage noch stattgegeben.", "Der Fall geht zur erneuten Verhandlung an das
  Landgericht zurück.", "Spain's Supreme Court upheld the plan in March, ..."), the rules
  tenants and landlords live under as unquoted background (no claim to a lower rent while
  the reference rate holds, "Arizona law bars cities and counties from capping ...", "The
  law also bars landlords from refusing tenants ...", Bürgergeld recipients and housing
  benefit, second homes left out of the Swiss reform, the Länder in charge of the subsidies;
  hundred-thirtieth: a regulator's powers given as background), a government's position
  ("Die Bundesregierung lehnt ein Moratorium für Zwangsräumungen ab."; ninety-eighth:
  positions), a revision and a statistic no longer published (statements of record,
  hundred-forty-eighth), the body that runs a programme, and a lead whose figures follow in
  the next rows ("Americans bought previously owned homes last month at the fastest pace in
  a year ..." -> "the National Association of Realtors"; "in a year" none).
- Forecasts, targets and pledges with a figure are check-worthy (seventh,
  hundred-forty-eighth): "Die Bauindustrie rechnet in diesem Jahr mit nur noch etwa 205.000
  fertiggestellten Wohnungen, ..." ("nur noch" no hedge, hundred-thirtieth), "Die
  Bundesregierung hatte sich ursprünglich 400.000 neue Wohnungen pro Jahr zum Ziel
  gesetzt.", "Der Senat will bis 2030 insgesamt 100.000 neue Wohnungen bauen lassen, ...",
  "Der Stadtrat will den Anteil ... bis 2050 ...", "The federal government has promised to
  double the pace of homebuilding to about 500,000 units a year within a decade." ("to
  double" a verb and no count, hundred-fifty-second: "more than doubled"; "within a decade"
  none), "The government's target of 1.2 million new homes ... will be missed by about
  260,000, ...", "The government has pledged 303,000 new homes by 2030, ...", "Labour's
  pledge is for 1.5 million additional homes ...", "Bund und Kantone rechnen mit jährlichen
  Steuerausfällen von rund 1,7 Milliarden Franken.", and the consensus "Analysts polled by
  Reuters had forecast 245,000 units." (seventy-third, speaker unchecked). Forecasts, fears,
  hopes and warnings without a figure are negatives (forty-seventh, hundred-forty-eighth):
  "Economists expect homebuilding to stay weak ...", "Sozialverbände befürchten, dass ...",
  "Die Wohnungswirtschaft hofft auf ...", "The National Residential Landlords Association
  warned that ...", "Some city officials hope to turn empty towers into apartments, ...".
- Rents and prices per area and per period are money in the currency written, the rate words
  carrying none (hundred-thirty-sixth: "0,94 Euro je Quadratmeter" and "141 Euro im Jahr";
  hundred-fifty-first: "2,500 euros a month"): "6,98 Euro pro Quadratmeter, in Vorarlberg
  bei 10,33 Euro" (the unit written once serves both, forty-sixth), "8,02 Euro je
  Quadratmeter", "15,80 Euro pro Quadratmeter", "13.6 euros per square metre" ("a record"
  none), "knapp 5.500 Euro" "nearly" after "Pro Quadratmeter", "rund 18 Euro im Monat"
  "about", "297 Euro im Monat", "2'940 Franken im Monat", "£1,341 a month", "$1,685 a
  month", "about $110 a month", "1,652 euros a month". New: "netto kalt" carries none - it
  names which rent is meant (without heating and service charges), as the adjustment words
  "real", "nominal" and "saisonbereinigt" (eighty-fifth, hundred-thirty-ninth); so "auf
  durchschnittlich 7,21 Euro netto kalt pro Quadratmeter" is 7.21 EUR with no hedge
  ("durchschnittlich" none, hundred-forty-eighth). New: "im Mittel" is no hedge - a mean or
  median is a stated statistic, as "im Schnitt" and "median" (hundred-forty-eighth).
- Areas and rooms are counts (fourth, hundred-thirty-sixth: "150 Quadratmetern"): "Für eine
  70 Quadratmeter große Wohnung" 70, "Eine 75-Quadratmeter-Wohnung" 75 (a figure heading a
  hyphenated compound, hundred-fifty-second: "Tempo-30-Zone"), "A 400-square-foot flat" 400
  (hundred-eighteenth: "a 46-meter yacht"). New: "eine Dreizimmerwohnung" is count 3 and "a
  two-bedroom apartment" count 2 - the number of rooms heading the compound counts them, as
  "im zehnköpfigen geldpolitischen Rat" 10 (hundred-seventeenth, hundred-thirty-ninth) and
  "a 36-man squad" 36 (hundred-forty-eighth). None: "der Quadratmeter" and "Pro
  Quadratmeter" without a figure, "single-family", "single-detached", "multi-unit",
  "All-cash".
- Index levels are counts, not percentage points (hundred-thirty-fourth): "auf 178,6
  Punkte", "bei 198,4 Punkten, nach einem Rekordwert von 211,7 Punkten" ("Rekordwert" none).
  Annual rates of starts and sales are counts with the adjustment words none (eighty-fifth
  and hundred-thirty-ninth: "saisonbereinigt"): "a seasonally adjusted annualized rate of
  264,470 units", "a seasonally adjusted annual rate of 912,000 units", "to a rate of 1.44
  million", "to an annual pace of 4.27 million, adjusted for seasonal swings"; "1.298
  million units, below economists' forecast of 1.36 million" both with no hedge ("below"
  before a possessive, hundred-thirty-sixth).
- Rates (hundred-thirtieth, hundred-thirty-ninth): levels are percentages as written
  ("bleibt bei 1,5 Prozent", "von 1,63 auf 1,56 Prozent", "6.38%", "6.79%", "5.61%",
  "3.85%", "von 4,1 auf 3,4 Prozent", "auf durchschnittlich 3,62 Prozent ..., nach 3,41
  Prozent"); moves in basis points are "bp" ("slipped 7 basis points", "um 31 Basispunkte",
  "by 12.5 basis points", "with a 25-basis-point cut" - the compound read as written,
  hundred-thirty-ninth), in percentage points "pp" ("um 0,25 Prozentpunkte"); "a rate below
  6%" "under" (hundred-thirtieth: "fallen below 4.5%"). Maturities are durations ("a 30-year
  fixed mortgage", "the 30-year rate", "a 15-year loan", "mit zehn Jahren Zinsbindung",
  "zehnjähriger Bundesanleihen"; hundred-thirtieth, hundred-thirty-ninth), and so are the
  lengths of leases ("on one-year leases" 1 year and "on two-year leases" 2 years;
  hundred-thirty-ninth: "its one-week repo rate") and the longest term a loan may run ("die
  Laufzeit höchstens 35 Jahre" "at_most"). New: "mit einem Minus von 31,2 Prozent" and "nach
  einem Minus von 1,9 Prozent" are 31.2 and 1.9 - the noun "Minus" names the direction as
  "ein Plus von" does (hundred-twelfth, hundred-thirty-ninth: "mit einem Plus von 4,7
  Prozent"), unlike "minus" right before a figure, which is its sign (hundred-thirty-ninth).
  New: "capped at 2%" carries no hedge - "capped at" gives the rule's figure itself, as "auf
  2 Prozent begrenzen" in the same batch; only "höchstens", "at most" and their kin bound a
  figure (hundred-thirtieth: "auf höchstens 12.000 pro Monat begrenzt").
- Multiples (hundred-thirty-fifth, hundred-forty-first): "mehr als doppelt so viel" and
  "more than double the figure in Leitrim" 2 "over", "nearly double the average before the
  pandemic" 2 "nearly", "knapp doppelt so viele wie vor der Reform 2023" 2 "nearly" with the
  year (hundred-thirty-fifth: "fast doppelt so viel").
- Counts (every batch): definite groups ("Of the 70 cities in the survey, 58 ..., compared
  with 61", "Nur sechs der 26 Kantone" - "Nur" no hedge -; forty-first), "the country's 100
  biggest developers" 100 and "In den sieben größten Städten" 7 (hundred-forty-eighth), "Auf
  die sechs landeseigenen Wohnungsbaugesellschaften" 6, "The nine-member board" 9
  (hundred-seventeenth: "The three-member panel"), "by a vote of 5-4" 5 and 4
  (hundred-thirty-ninth: "a knife-edge 5-4 vote"), "in four states" 4, "Das waren 1.900
  mehr" and "312 weniger als im Jahr davor" (the "mehr" and "weniger" after the figure
  compare, hundred-first), "mit 6.840 in Nordrhein-Westfalen, gefolgt von Bayern mit 3.910",
  "the 300,000 a year needed" ("a year" none), "up to 120 eviction cases" "up_to", Swiss
  apostrophes ("rund 51'900", "2'940 Franken", "2'104 Wohnungen"; tenth). "Only 208,600
  homes" carries no hedge ("nur", "just", hundred-thirtieth). New: "lediglich 169 Wohnungen"
  carries no hedge either - "lediglich" restricts as "nur" does, it does not bound the
  figure. None: "Zehntausende" (seventeenth: vague magnitudes), "a handful of big cities",
  "all 9,870" ("all" no hedge), "Bürgergeld", "KIM-Verordnung", "Ja-Stimmen".
- Shares (the issue; every batch): "In knapp neun von zehn Fällen" 0.9 "nearly"
  (hundred-thirtieth: "almost nine in 10"; hundred-thirty-fourth: "Drei von vier Befragten"
  0.75), "One in five private renters" 0.2 (eighty-first: "Almost one in five"), "about
  two-thirds of cases" 0.6667 "about", "nearly two-thirds of the empty space" 0.6667
  "nearly", "knapp ein Fünftel" 0.2 "nearly", "Jeder zweite Mieterhaushalt" 0.5 (the issue's
  "jeder vierte"), "Fast zwei Drittel" 0.6667 "nearly", "about a quarter of transactions"
  and "roughly a quarter of the city's population" 0.25 "about", "Nearly half" 0.5 "nearly",
  "weniger als die Hälfte" 0.5 "under" (hundred-thirty-sixth: "less than a third occupied"),
  "je zur Hälfte" 0.5. New: Swiss "auf einen Drittel" (the masculine Swiss copy uses) is
  0.3333 as "ein Drittel" is, and "von heute rund einem Viertel" 0.25 "about" keeps its
  hedge in the dative (hundred-fifteenth: "gut einem Drittel").
- Percentages as written (every batch): "sogar um 7,1 Prozent" ("sogar" no hedge,
  hundred-fourth), "um durchschnittlich 15 Prozent" (no hedge), "rund 9 Prozent" "about",
  "knapp 40 Prozent" "nearly", "mehr als 30 Prozent" and "um mehr als zehn Prozent" "over",
  "more than 12%" "over", "mindestens 20 Prozent" "at_least", "höchstens 40 Prozent"
  "at_most", "about 36% ..., above the long-run average of 30%" ("above" before an article
  no hedge, as "below" before a possessive, hundred-thirty-sixth), "4,3 Prozent weniger"
  (the comparison after the figure), "mit 55,9 Prozent Ja-Stimmen", "mit 61,2 Prozent Nein",
  "a record 20.7%" ("a record" none).
- Ordinals (the issue; hundred-forty-eighth): streaks "for a 33rd consecutive month" 33,
  "for a 15th straight month" 15 and "the 21st consecutive annual increase" 21
  (hundred-forty-eighth: "in the 31st consecutive fall"), quarters and halves ("im ersten
  Quartal", "im vierten Quartal", "im zweiten Quartal", "in the second quarter", "in the
  first quarter", "in the third quarter", "im ersten Halbjahr" 1 - hundred-forty-eighth:
  "during the first half"), "in the first two months of the year" 1 and 2 months
  (hundred-forty-eighth: "in den ersten neun Monaten"), "its first in more than four years"
  1 and 4 years "over" (the elliptic ordinal, eighty-ninth), "the first cut in six months" 1
  and 6 months, "der zweithäufigste Kündigungsgrund" 2 (the issue's "die drittgrößte
  Stadt"). None: "erstmals seit zwei Jahren" keeps its 2 years only (hundred-thirtieth:
  "erstmals seit Oktober"), "Höchststand", "the most since", "the lowest since", "the
  fastest", "the highest", "the cheapest", "final", "previous".
- Durations and ages (the issue; every batch): "a seven-month low" 7 months
  (hundred-seventeenth: "its biggest one-day drop" 1 day), "it would take 9.2 months" and
  "enough to last 3.7 months" (a supply counted in months), "binnen zwei Jahren", "in the 12
  months to February" 12 months (hundred-thirty-ninth), "more than two years" "over", "over
  10 years" 10 years ("over" before a span no hedge, hundred-thirtieth), "in the five years
  to mid-2029" 5 years and the year, "less than five minutes" 5 minutes "under", "im Schnitt
  sieben Monate", "Prices have fallen in 14 of the past 18 months" 14 and 18 months
  (hundred-thirty-sixth: "in nine of the past 12 months" - the first figure takes the unit
  of the span it counts). Ages are durations in years ("einer 83-jährigen Mieterin"), and so
  is the tenancy's length ("nach 41 Jahren in der Wohnung"); the tenants' charity's "anyone
  under 35" is 35 years "under", labelled in a negative (twenty-ninth: age bounds;
  seventeenth: a figure in a negative). None: "binnen eines Jahres" and "at least a year"
  (articles, hundred-second and hundred-forty-eighth), "binnen Jahresfrist"
  (hundred-fifteenth), "over the past decade", "within a decade", "this week", "last week",
  "last month", "im Vorjahr", "im Jahr davor", "a year earlier", "A year ago", "im gleichen
  Zeitraum", "the same period last year", "the final quarter of last year" ("final" none,
  forty-first), "over the weekend", "on a single night", "on a busy morning", weekdays ("am
  Vormittag", "on Sunday"), months ("between January and March", "between October and
  December", "im Juli", "Ende Juni", "in the months ahead") and "Ende des Jahres", "zum
  Jahresende".
- Money in the currency written (every batch): EUR ("2,14 Milliarden Euro", "81,7 Milliarden
  Euro", "1,25 Euro je Aktie" - "je Aktie" none, hundred-thirtieth -, "zusammen 23,5
  Milliarden Euro" - "zusammen" no hedge -, "6,9 Milliarden Euro", "99,6 Milliarden Euro",
  "rund 412.000 Euro" - "im Schnitt" no hedge -, "2,201 euros"), CHF ("rund 10 Milliarden
  Franken", "rund 1,7 Milliarden Franken"), USD ("$41.7 million coupon payment", "$9
  million", "$403,700", "About $38 billion" "about", "a median household income of about
  $60,000" "about" - "median" no hedge, hundred-forty-eighth), GBP ("£271,870", "£125,000"
  "over" after "more than", "39 billion pounds"), CAD ("C$1,067,000"; hundred-thirty-first:
  "C$48.2 billion"), AUD ("A$1.24 million"; forty-ninth), CNY with the converted figure in
  brackets ("280 billion yuan ($38.9 billion)", no hedge; eightieth, hundred-forty-eighth).
  "Für ein Darlehen über 400.000 Euro" carries no hedge ("über" after a noun that governs it
  names the amount, hundred-thirtieth: "Bei einem Darlehen über 300.000 Euro"), nor does "On
  a $400,000 loan"; "eine um rund 70 Euro höhere Monatsrate" 70 "about". New: "HK$4.2
  million" is HKD - the prefix names the Hong Kong dollar as "A$" names the Australian
  (forty-ninth) and "C$" the Canadian (hundred-thirty-first); "about" its hedge.
- Years and dates: "seit dem Jahr 2010", "vor 1945", "2023", "bis 2030", "seit 1990", "Im
  Jahr 1990", "bis 2029", "im Frühjahr 2022" and "Mitte 2022" the year only
  (hundred-forty-eighth: "im Sommer 2026"), "vor der Reform 2023", "seit Juli 2023", "bis
  2050", "2028", "since 1996", "the most since 2007", "by November 2028", "due in 2027",
  "their 2021 peak", "the most since 2021", "by 2030", "ends in 2029", "began in 2006",
  "began in 2007", "in 2020", "built before 1980", "to mid-2029" the year. Dates without a
  year: "ab 1. April" --04-01 ("ab" no hedge, hundred-forty-eighth), "on April 1" --04-01,
  "From May 1" --05-01, "Am Stichtag 1. Juni" --06-01, "Zum 1. Januar" --01-01
  (hundred-thirtieth: "zum 1. Juli"); Reuters and AFP English datelines with a day ("OTTAWA,
  Jan 15 (Reuters)", "WASHINGTON, Feb 18 (Reuters)", "BEIJING, March 16 (Reuters)", "NEW
  YORK, March 26 (Reuters)", "BARCELONA, April 8 (AFP)", "SYDNEY, May 4 (Reuters)", "DUBLIN,
  May 6 (Reuters)", "LONDON, June 12 (Reuters)", "HONG KONG, July 22 (Reuters)", "NEW YORK,
  Oct 7 (Reuters)") dates without a year (hundred-second, hundred-fifty-second); dpa,
  dpa-AFX, APA, Keystone-SDA, Reuters German ("Frankfurt (Reuters) -"), AP and PA datelines
  none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Roughly",
  "roughly" "about"; "knapp", "Fast", "nearly", "Nearly" "nearly"; "mehr als", "more than"
  "over"; "below", "less than", "weniger als", "under" "under"; "up to" "up_to";
  "mindestens" "at_least"; "höchstens" "at_most". New: "schätzungsweise 80.000 Haushalte" is
  "about" - the German "an estimated", which the hundred-fifty-second reads as "about". No
  hedge: "im Schnitt", "Im Schnitt", "durchschnittlich", "an average of", "im Mittel",
  "median", "insgesamt", "zusammen", "nur", "Nur", "nur noch", "Only", "lediglich", "sogar",
  "inzwischen", "all", "capped at", "a record", "über" after a noun that governs it, "over"
  before a span, "below" and "above" before a possessive or an article, "more", "mehr" and
  "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das Statistische
  Bundesamt am Dienstag mit", "teilte der Hauptverband der Deutschen Bauindustrie mit",
  "teilte die Mietervereinigung mit", "teilte das Bundesamt für Wohnungswesen am Montag
  mit", "teilte die Senatsverwaltung für Stadtentwicklung am Mittwoch mit", "teilte das
  Bauministerium mit" (twice) and "teilte die Oesterreichische Nationalbank am Freitag mit"
  the source with its article in the nominative, the weekday dropped (eighty-first,
  hundred-fifteenth, hundred-fifty-second); "teilte Statistik Stadt Zürich mit" ->
  "Statistik Stadt Zürich" (a name as written, seventy-third); "Nach Angaben des Berliner
  Mietervereins" -> "der Berliner Mieterverein" and "nach Angaben des Mieterbunds" -> "der
  Mieterbund" (seventieth, hundred-fifty-second); "laut Statistik Austria" -> "Statistik
  Austria" and "laut Bundesbank" -> "Bundesbank" as written (hundred-sixteenth: "laut
  Landesrechnungshof"); "sagte Linken-Wohnungspolitikerin Jana Mertensacker", "sagte
  Vorstandschef Rolf Ebersbächer" and "sagte Mieterverbandspräsidentin Lorena Casanova" the
  name with the title dropped (hundred-thirtieth, hundred-fifty-second). English: "Canada
  Mortgage and Housing Corp said on Thursday", "Generation Rent said", "Shelter said", "HUD
  said" and "Castlegate said" as written (hundred-thirtieth: "Northgate said"); "the Toronto
  Regional Real Estate Board said", "the Commerce Department said on Wednesday", "the
  Mortgage Bankers Association said", "the Residential Tenancies Board said on Wednesday",
  "the finance ministry said on Wednesday", "the Department of Housing and Urban Development
  said" and "the National Association of Realtors said Tuesday" with the weekday dropped
  (fortieth); "according to Nationwide Building Society" as written (hundred-thirtieth:
  "according to UK Finance"); "according to the Office for National Statistics", "according
  to the Federal Housing Finance Agency", "according to the National Housing Supply and
  Affordability Council", "according to the Central Statistics Office" and "according to the
  Rating and Valuation Department" with their article (ninety-eighth, hundred-fifty-second);
  "Judge Carmen Ibarra said" the name with the title dropped (hundred-fifty-second: "Sheriff
  Darnell Whitaker said"). New: "said Priya Natarajan, Castlegate's head of research" ->
  "Priya Natarajan" - the role in apposition after the name is dropped as the phrase after
  the name in "so Chefinspektor Manfred Lohninger vom Cybercrime-Competence-Center"
  (hundred-fifteenth). Left unchecked (None): "kündigte Wohnbaustadträtin Karin Wöhrleitner
  an" (hundred-thirty-first), documents, data and computations ("wie aus einer Kundmachung
  des Justizministeriums hervorgeht", "das geht aus Zahlen hervor, die das Justizministerium
  ... übermittelt hat", "wie aus Daten des Finanzierungsportals Baugeldradar hervorgeht",
  "laut dem neuen Mietspiegel", "laut Portaldaten", "laut einer Auswertung von Maklerdaten",
  "Laut einer Studie im Auftrag des ...", "Nach Berechnungen des Pestel-Instituts",
  "official data showed", "separate figures showed", "listing data show", "official data
  show", "data from China Real Estate Information Corp showed", "data from property
  analytics firm Pinnacle Property showed", "according to Reuters calculations from ...",
  "according to municipal figures", "according to court records", "a study by Arizona State
  University found"; hundred-second, hundred-thirtieth), a description before the name
  ("mortgage finance agency Freddie Mac said", "according to property portal Idealista",
  "according to data from real estate research firm Castlegate Analytics", "Der
  Wohnungswirtschaftsverband GdW erklärte"; fortieth, hundred-thirtieth), a possessive
  heading the source ("according to the city's housing agency"; eighty-third), "Analysts
  polled by Reuters" (seventy-third), "entschieden die Richter", "agents said" (a
  description), "city hall confirmed" (a form no earlier batch settled, left open here) and
  "Zhonghai Rongsheng, a developer based in Guangzhou, said" (a name with an apposition
  between commas, as the hundred-fifty-second leaves "His attorney, Mike Cardenas, said").
  All negatives have speaker None, also those with a named speaker.
- Negatives (hundred-thirtieth, hundred-forty-eighth, hundred-fifty-first,
  hundred-fifty-second): market views of economists, analysts, loan officers and agents
  ("Purpose-built rentals are carrying the whole construction market right now," "Builders
  are sitting on too many finished houses, ...", "The market has not found a floor yet,
  ...", "Buyers have been waiting for a sign, ...", "Buyers think prices may fall further,
  ...", "We're nowhere near the bottom for older buildings," „Wer auf deutlich sinkende
  Zinsen wartet, könnte lange warten“, „Die Talsohle ist durchschritten, ...“;
  hundred-forty-eighth: "The market is punishing anything ..."); labels of associations,
  parties and analysts ("Die Mietervereinigung sprach von ...", "Haus & Grund Berlin nannte
  den Mietspiegel dagegen ...", "Der Hauseigentümerverband sprach von ...", "Analysten
  sprachen von ...", "Owners' groups called the measure ...", "The Arizona Multihousing
  Association said blaming landlords ... was "lazy and wrong.""; hundred-forty-eighth: "Der
  Eigentümerverband Haus & Grund sprach von ..."); quotes of verdict, resolve and rhetoric
  („So schlecht wie jetzt lief es für die Baubranche seit Jahrzehnten nicht“ - a superlative
  of quality with no year, hundred-forty-eighth -, „Ohne diese Anpassung können viele
  Eigentümer ...“, «Diese Zahl ist schlicht unseriös», „Der Mietspiegel bildet die Realität
  ... längst nicht mehr ab“, „Das ist ein Armutszeugnis für ein reiches Land“, „Das Ende der
  Verordnung war überfällig“, „Dieses Urteil gibt älteren Mietern ein Stück Sicherheit
  zurück“, „Von einer Entspannung kann keine Rede sein“, «Das ist ein Steuergeschenk an die
  Wohlhabenden», "Affordability remains stretched, ...", "This is about turning flats back
  into homes ...", "For too long renters have lived in fear ...", "Young buyers feel locked
  out, ...", "The system is broken for anyone under 35," with its age labelled, "It's still
  a brutal market ...", "Britain is going to start building again, ...", "Targets are easy,
  bricks are hard," "Each of those numbers is somebody's son ..."); groups' verdicts and
  complaints without a measure ("Der Mieterverband fordert seit Langem ..." - a demand
  without a figure, hundred-thirty-ninth -, "Bürgerliche Parteien halten diese Zielvorgabe
  für unrealistisch.", "Sozialverbände halten die Erhöhung ... für viel zu gering.",
  "Opposition parties said the government had lost control ...", "Builders said a shortage
  of skilled workers ... remained the biggest obstacles.", "Landlord groups said the
  increases would not cover ..." - hundred-fifty-first: "Landlord groups said the cap would
  choke off ..." -, "Advocates said the count almost certainly misses ..."); an appeal that
  names no measure ("Die Finanzmarktaufsicht mahnte die Banken dennoch zur Vorsicht ...";
  hundred-forty-eighth); open questions ("Wann die Talsohle erreicht ist, ...", "Whether the
  federal target can be reached ...", "Whether the spring market can hold up ...",
  "Economists are divided over how much further rates can fall this year.", "Ob die Preise
  im Herbst weiter anziehen, ..."); scene colour (old-town residents who no longer recognise
  their streets, tenant advocates booing and chanting; hundred-fifty-second).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_157 = [
    # --- Canadian housing starts (Reuters) ---
    (
        "en",
        "OTTAWA, Jan 15 (Reuters) - Canadian housing starts rose 9% in December to a seasonally adjusted annualized rate of 264,470 units, Canada Mortgage and Housing Corp said on Thursday.",
        True,
        [("date", "--01-15", None, None), ("percent", 9, "%", None), ("count", 264470, None, None)],
        "Canada Mortgage and Housing Corp",
    ),
    ("en", "Analysts polled by Reuters had forecast 245,000 units.", True, [("count", 245000, None, None)], None),
    (
        "en",
        "The annual pace of urban starts for multi-unit projects such as condominiums and rental buildings jumped 11.6%, while single-detached urban starts fell 2.3%.",
        True,
        [("percent", 11.6, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "The federal government has promised to double the pace of homebuilding to about 500,000 units a year within a decade.",
        True,
        [("count", 500000, None, "about")],
        None,
    ),
    (
        "en",
        "The average selling price of a home in the Toronto area fell 4.2% from a year earlier to C$1,067,000 in December, the Toronto Regional Real Estate Board said.",
        True,
        [("percent", 4.2, "%", None), ("money", 1067000, "CAD", None)],
        "the Toronto Regional Real Estate Board",
    ),
    (
        "en",
        "Condo sales in the city dropped to 1,108 units, the fewest for the month since 1996.",
        True,
        [("count", 1108, None, None), ("year", 1996, None, None)],
        None,
    ),
    (
        "en",
        '"Purpose-built rentals are carrying the whole construction market right now," said Bradley Kovacs, senior economist at Lakeshore Capital Markets.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the federal target can be reached without far more construction workers from abroad is widely doubted.",
        False,
        [],
        None,
    ),
    # --- Baugenehmigungen auf Tiefstand (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Baugenehmigungen für Wohnungen in Deutschland ist im vergangenen Jahr um 16,8 Prozent auf rund 215.900 gesunken, teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [("percent", 16.8, "%", None), ("count", 215900, None, "about")],
        "das Statistische Bundesamt",
    ),
    ("de", "Das war der niedrigste Stand seit dem Jahr 2010.", True, [("year", 2010, None, None)], None),
    (
        "de",
        "Besonders stark fiel der Rückgang bei Einfamilienhäusern mit einem Minus von 31,2 Prozent aus, bei Mehrfamilienhäusern waren es 14,6 Prozent.",
        True,
        [("percent", 31.2, "%", None), ("percent", 14.6, "%", None)],
        None,
    ),
    (
        "de",
        "Allein im Dezember wurden 17.450 Wohnungen genehmigt, 4,3 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 17450, None, None), ("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bauindustrie rechnet in diesem Jahr mit nur noch etwa 205.000 fertiggestellten Wohnungen, teilte der Hauptverband der Deutschen Bauindustrie mit.",
        True,
        [("count", 205000, None, "about")],
        "der Hauptverband der Deutschen Bauindustrie",
    ),
    (
        "de",
        "Die Bundesregierung hatte sich ursprünglich 400.000 neue Wohnungen pro Jahr zum Ziel gesetzt.",
        True,
        [("count", 400000, None, None)],
        None,
    ),
    (
        "de",
        "Der Bauüberhang – bereits genehmigte, aber bislang unfertige Wohnungen – betrug zum Jahresende 826.000.",
        True,
        [("count", 826000, None, None)],
        None,
    ),
    (
        "de",
        "„So schlecht wie jetzt lief es für die Baubranche seit Jahrzehnten nicht“, sagte Verbandspräsident Harald Teufelhart.",
        False,
        [],
        None,
    ),
    ("de", "Wann die Talsohle erreicht ist, wagte in der Branche niemand vorherzusagen.", False, [], None),
    # --- US housing starts (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 18 (Reuters) - U.S. single-family homebuilding fell to a seven-month low in January as higher mortgage rates and a glut of unsold new homes weighed on construction, the Commerce Department said on Wednesday.",
        True,
        [("date", "--02-18", None, None), ("duration", 7, "month", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Single-family housing starts dropped 6.4% to a seasonally adjusted annual rate of 912,000 units.",
        True,
        [("percent", 6.4, "%", None), ("count", 912000, None, None)],
        None,
    ),
    (
        "en",
        "Overall starts declined 3.1% to 1.298 million units, below economists' forecast of 1.36 million.",
        True,
        [("percent", 3.1, "%", None), ("count", 1298000, None, None), ("count", 1360000, None, None)],
        None,
    ),
    (
        "en",
        "Building permits for future construction rose 1.7% to a rate of 1.44 million.",
        True,
        [("percent", 1.7, "%", None), ("count", 1440000, None, None)],
        None,
    ),
    (
        "en",
        "Starts in the Northeast plunged 22.5%, while they rose 4.1% in the West.",
        True,
        [("percent", 22.5, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "About 498,000 newly built homes were for sale at the end of December, the most since 2007.",
        True,
        [("count", 498000, None, "about"), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "At the current sales pace it would take 9.2 months to clear that supply.",
        True,
        [("duration", 9.2, "month", None)],
        None,
    ),
    ("en", "The department also revised its estimate of December's starts lower.", True, [], None),
    (
        "en",
        '"Builders are sitting on too many finished houses, and they are pulling back," said Hannah Kowalski, chief economist at Brightmoor Analytics.',
        False,
        [],
        None,
    ),
    ("en", "Economists expect homebuilding to stay weak through the spring selling season.", False, [], None),
    # --- Richtwertmieten steigen (APA) ---
    (
        "de",
        "Wien (APA) - Die Richtwertmieten in Österreich steigen ab 1. April um 3,9 Prozent, wie aus einer Kundmachung des Justizministeriums hervorgeht.",
        True,
        [("date", "--04-01", None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Erhöhung gilt für Mietverträge in Altbauten aus der Zeit vor 1945, das sind etwa 400.000 Haushalte.",
        True,
        [("year", 1945, None, None), ("count", 400000, None, "about")],
        None,
    ),
    (
        "de",
        "In Wien liegt der Richtwert damit künftig bei 6,98 Euro pro Quadratmeter, in Vorarlberg bei 10,33 Euro.",
        True,
        [("money", 6.98, "EUR", None), ("money", 10.33, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für eine 70 Quadratmeter große Wohnung in Wien bedeutet das ein Plus von rund 18 Euro im Monat, teilte die Mietervereinigung mit.",
        True,
        [("count", 70, None, None), ("money", 18, "EUR", "about")],
        "die Mietervereinigung",
    ),
    (
        "de",
        "Die Anpassung war im Vorjahr ausgesetzt worden, 2023 hatte sie 8,6 Prozent betragen.",
        True,
        [("year", 2023, None, None), ("percent", 8.6, "%", None)],
        None,
    ),
    (
        "de",
        "Für die rund 220.000 Gemeindewohnungen will die Stadt die Erhöhung auf 2 Prozent begrenzen, kündigte Wohnbaustadträtin Karin Wöhrleitner an.",
        True,
        [("count", 220000, None, "about"), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Mietervereinigung sprach von einer „weiteren Belastungsprobe für Zehntausende Familien“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ohne diese Anpassung können viele Eigentümer ihre Häuser schlicht nicht mehr erhalten“, sagte Haus- und Grundbesitzerbund-Präsidentin Gertraud Pöchhacker.",
        False,
        [],
        None,
    ),
    # --- UK house prices (PA) ---
    (
        "en",
        "LONDON (PA) - UK house prices rose by 0.4% in February, lifting the average property value to £271,870, according to Nationwide Building Society.",
        True,
        [("percent", 0.4, "%", None), ("money", 271870, "GBP", None)],
        "Nationwide Building Society",
    ),
    (
        "en",
        "Annual house price growth slowed to 2.9% from 3.6% in January.",
        True,
        [("percent", 2.9, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "Prices in Northern Ireland were up 8.7% on a year earlier, the strongest of any UK nation or region, while London lagged with a rise of 1.1%.",
        True,
        [("percent", 8.7, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "Mortgage payments now take up about 36% of take-home pay for a buyer on an average income, above the long-run average of 30%.",
        True,
        [("percent", 36, "%", "about"), ("percent", 30, "%", None)],
        None,
    ),
    (
        "en",
        "The Bank of England approved 66,200 mortgages for house purchases in January, down from 68,900 in December, separate figures showed.",
        True,
        [("count", 66200, None, None), ("count", 68900, None, None)],
        None,
    ),
    (
        "en",
        "Stamp duty thresholds in England are due to fall on April 1, when buyers will start paying the tax on homes costing more than £125,000.",
        True,
        [("date", "--04-01", None, None), ("money", 125000, "GBP", "over")],
        None,
    ),
    (
        "en",
        '"Affordability remains stretched, and we expect only modest gains in the months ahead," said Fergus Allingham, Nationwide\'s chief economist.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the spring market can hold up once the stamp duty relief expires is far from clear.",
        False,
        [],
        None,
    ),
    # --- Referenzzinssatz unverändert (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der hypothekarische Referenzzinssatz für Mietverhältnisse bleibt bei 1,5 Prozent, teilte das Bundesamt für Wohnungswesen am Montag mit.",
        True,
        [("percent", 1.5, "%", None)],
        "das Bundesamt für Wohnungswesen",
    ),
    (
        "de",
        "Der massgebende Durchschnittszinssatz der inländischen Hypothekarforderungen sank von 1,63 auf 1,56 Prozent.",
        True,
        [("percent", 1.63, "%", None), ("percent", 1.56, "%", None)],
        None,
    ),
    (
        "de",
        "Mieterinnen und Mieter haben damit vorerst keinen Anspruch auf eine Senkung ihres Mietzinses.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fällt der Referenzzinssatz um 0,25 Prozentpunkte, können Mieter eine Reduktion um 2,91 Prozent verlangen.",
        True,
        [("percent", 0.25, "pp", None), ("percent", 2.91, "%", None)],
        None,
    ),
    (
        "de",
        "Laut einer Studie im Auftrag des Mieterinnen- und Mieterverbands zahlen Mietende in der Schweiz jährlich rund 10 Milliarden Franken zu viel.",
        True,
        [("money", 10000000000, "CHF", "about")],
        None,
    ),
    ("de", "«Diese Zahl ist schlicht unseriös», sagte HEV-Direktor Beat Wyssbrod.", False, [], None),
    (
        "de",
        "Die Angebotsmieten stiegen im ersten Quartal gegenüber dem Vorjahr um 4,8 Prozent, in der Stadt Zürich sogar um 7,1 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 4.8, "%", None), ("percent", 7.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Mieterverband fordert seit Langem eine automatische Weitergabe tieferer Zinsen an die Mieterschaft.",
        False,
        [],
        None,
    ),
    # --- China home prices (Reuters) ---
    (
        "en",
        "BEIJING, March 16 (Reuters) - Prices of new homes in China declined for a 33rd consecutive month in February, official data showed on Monday, as a string of support measures failed to revive demand.",
        True,
        [("date", "--03-16", None, None), ("ordinal", 33, None, None)],
        None,
    ),
    (
        "en",
        "New home prices dropped 0.3% from the previous month, after a 0.4% fall in January, according to Reuters calculations from National Bureau of Statistics figures.",
        True,
        [("percent", 0.3, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Of the 70 cities in the survey, 58 saw monthly declines, compared with 61 in January.",
        True,
        [("count", 70, None, None), ("count", 58, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Property investment slumped 11.2% in the first two months of the year, while new construction starts measured by floor area fell 19.4%.",
        True,
        [
            ("percent", 11.2, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "month", None),
            ("percent", 19.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Sales by the country's 100 biggest developers totalled 280 billion yuan ($38.9 billion), down 22% from a year earlier, data from China Real Estate Information Corp showed.",
        True,
        [
            ("count", 100, None, None),
            ("money", 280000000000, "CNY", None),
            ("money", 38900000000, "USD", None),
            ("percent", 22, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Authorities have cut the required down payment for people buying their only home to 15% and scrapped purchase curbs in all but a handful of big cities.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("en", "The statistics bureau no longer publishes a single national average price for new homes.", True, [], None),
    (
        "en",
        "Zhonghai Rongsheng, a developer based in Guangzhou, said on Sunday it had missed a $41.7 million coupon payment on an offshore bond due in 2027.",
        True,
        [("money", 41700000, "USD", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"The market has not found a floor yet, and policy support still looks piecemeal," said Jessie Lau, a property analyst at Harbourview Research in Hong Kong.',
        False,
        [],
        None,
    ),
    # --- Rheinwohn-Bilanz (dpa-AFX) ---
    (
        "de",
        "Bochum (dpa-AFX) - Der Wohnungskonzern Rheinwohn hat im vergangenen Jahr einen operativen Gewinn von 2,14 Milliarden Euro erzielt, 5,2 Prozent mehr als im Vorjahr.",
        True,
        [("money", 2140000000, "EUR", None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Miete in den rund 538.000 Wohnungen des Konzerns stieg um 4,1 Prozent auf 8,02 Euro je Quadratmeter.",
        True,
        [("count", 538000, None, "about"), ("percent", 4.1, "%", None), ("money", 8.02, "EUR", None)],
        None,
    ),
    ("de", "Der Leerstand lag bei 2,1 Prozent.", True, [("percent", 2.1, "%", None)], None),
    (
        "de",
        "Den Wert des Immobilienbestands setzte Rheinwohn um 1,3 Prozent auf 81,7 Milliarden Euro herauf, nachdem er 2023 um mehr als zehn Prozent abgewertet worden war.",
        True,
        [
            ("percent", 1.3, "%", None),
            ("money", 81700000000, "EUR", None),
            ("year", 2023, None, None),
            ("percent", 10, "%", "over"),
        ],
        None,
    ),
    (
        "de",
        "In diesem Jahr will das Unternehmen mit dem Bau von 3.000 neuen Wohnungen beginnen, sagte Vorstandschef Rolf Ebersbächer.",
        True,
        [("count", 3000, None, None)],
        "Rolf Ebersbächer",
    ),
    ("de", "Die Dividende soll auf 1,25 Euro je Aktie steigen.", True, [("money", 1.25, "EUR", None)], None),
    ("de", "„Wir haben das Tal hinter uns gelassen“, sagte Ebersbächer.", False, [], None),
    ("de", "Die Aktie legte am Vormittag um 3,8 Prozent zu.", True, [("percent", 3.8, "%", None)], None),
    ("de", "Analysten sprachen von „soliden, aber wenig überraschenden Zahlen“.", False, [], None),
    # --- US mortgage rates (Reuters) ---
    (
        "en",
        "NEW YORK, March 26 (Reuters) - U.S. 30-year fixed mortgage rates averaged 6.38% this week, down from last week and the lowest since October, mortgage finance agency Freddie Mac said on Thursday.",
        True,
        [("date", "--03-26", None, None), ("duration", 30, "year", None), ("percent", 6.38, "%", None)],
        None,
    ),
    (
        "en",
        "A year ago the 30-year rate averaged 6.79%.",
        True,
        [("duration", 30, "year", None), ("percent", 6.79, "%", None)],
        None,
    ),
    (
        "en",
        "The average on a 15-year loan slipped 7 basis points to 5.61%.",
        True,
        [("duration", 15, "year", None), ("percent", 7, "bp", None), ("percent", 5.61, "%", None)],
        None,
    ),
    (
        "en",
        "Mortgage applications rose 4.2% last week, with refinancing demand up 9%, the Mortgage Bankers Association said.",
        True,
        [("percent", 4.2, "%", None), ("percent", 9, "%", None)],
        "the Mortgage Bankers Association",
    ),
    (
        "en",
        "On a $400,000 loan, the drop since October saves a borrower about $110 a month.",
        True,
        [("money", 400000, "USD", None), ("money", 110, "USD", "about")],
        None,
    ),
    (
        "en",
        "Roughly 80% of U.S. homeowners with a mortgage pay a rate below 6%, according to the Federal Housing Finance Agency.",
        True,
        [("percent", 80, "%", "about"), ("percent", 6, "%", "under")],
        "the Federal Housing Finance Agency",
    ),
    (
        "en",
        '"Buyers have been waiting for a sign, and this might be it," said Daryl Pemberton, a loan officer in Dallas.',
        False,
        [],
        None,
    ),
    ("en", "Economists are divided over how much further rates can fall this year.", False, [], None),
    # --- Zwangsräumungen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Gerichtsvollzieher haben in Deutschland im vergangenen Jahr rund 31.700 Wohnungen zwangsgeräumt, das geht aus Zahlen hervor, die das Justizministerium der Linken-Fraktion übermittelt hat.",
        True,
        [("count", 31700, None, "about")],
        None,
    ),
    ("de", "Das waren 1.900 mehr als im Jahr davor.", True, [("count", 1900, None, None)], None),
    (
        "de",
        "Die meisten Räumungen gab es mit 6.840 in Nordrhein-Westfalen, gefolgt von Bayern mit 3.910.",
        True,
        [("count", 6840, None, None), ("count", 3910, None, None)],
        None,
    ),
    (
        "de",
        "In knapp neun von zehn Fällen waren Mietschulden der Grund.",
        True,
        [("fraction", 0.9, None, "nearly")],
        None,
    ),
    (
        "de",
        "Jede Räumung koste die Kommunen im Schnitt rund 9.000 Euro für Notunterkünfte, sagte Linken-Wohnungspolitikerin Jana Mertensacker.",
        True,
        [("money", 9000, "EUR", "about")],
        "Jana Mertensacker",
    ),
    (
        "de",
        "„Niemand sollte wegen ein paar Monaten Mietrückstand auf der Straße landen“, sagte Mertensacker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Wohnungswirtschaftsverband GdW erklärte, seine Mitgliedsunternehmen beantragten nur bei 0,2 Prozent ihrer Mietverhältnisse eine Räumung.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    ("de", "Die Bundesregierung lehnt ein Moratorium für Zwangsräumungen ab.", True, [], None),
    ("de", "Sozialverbände befürchten, dass die Zahl der Wohnungslosen weiter steigt.", False, [], None),
    # --- Barcelona tourist flats (AFP) ---
    (
        "en",
        "BARCELONA, April 8 (AFP) - Barcelona will revoke the licences of all 9,870 tourist apartments in the city by November 2028, city hall confirmed on Wednesday.",
        True,
        [("date", "--04-08", None, None), ("count", 9870, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Rents in the Catalan capital have risen 68% over the past decade, while the average purchase price climbed 38%, according to municipal figures.",
        True,
        [("percent", 68, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Tourist flats make up about 1.3% of Barcelona's housing stock, but more than 12% in the Gothic Quarter.",
        True,
        [("percent", 1.3, "%", "about"), ("percent", 12, "%", "over")],
        None,
    ),
    ("en", "Spain's Supreme Court upheld the plan in March, rejecting an appeal by owners.", True, [], None),
    (
        "en",
        "Nationwide, asking rents rose 11.4% last year to a record 13.6 euros per square metre, according to property portal Idealista.",
        True,
        [("percent", 11.4, "%", None), ("money", 13.6, "EUR", None)],
        None,
    ),
    (
        "en",
        '"This is about turning flats back into homes for people who live here," deputy mayor Lucía Ferrán told reporters.',
        False,
        [],
        None,
    ),
    ("en", 'Owners\' groups called the measure "expropriation through the back door."', False, [], None),
    ("en", "Many residents of the old town say they no longer recognise their own streets.", False, [], None),
    # --- Berliner Mietspiegel (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die ortsübliche Vergleichsmiete in Berlin ist laut dem neuen Mietspiegel binnen zwei Jahren um 5,4 Prozent auf durchschnittlich 7,21 Euro netto kalt pro Quadratmeter gestiegen.",
        True,
        [("duration", 2, "year", None), ("percent", 5.4, "%", None), ("money", 7.21, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Mietspiegel gilt für rund 1,4 Millionen Wohnungen, teilte die Senatsverwaltung für Stadtentwicklung am Mittwoch mit.",
        True,
        [("count", 1400000, None, "about")],
        "die Senatsverwaltung für Stadtentwicklung",
    ),
    (
        "de",
        "Bei Neuvermietungen verlangen Vermieter laut Portaldaten im Schnitt inzwischen 15,80 Euro pro Quadratmeter, mehr als doppelt so viel.",
        True,
        [("money", 15.8, "EUR", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Berliner Mietervereins zahlen knapp 40 Prozent der Mieterhaushalte mehr als 30 Prozent ihres Einkommens für die Warmmiete.",
        True,
        [("percent", 40, "%", "nearly"), ("percent", 30, "%", "over")],
        "der Berliner Mieterverein",
    ),
    (
        "de",
        "„Der Mietspiegel bildet die Realität auf dem Berliner Wohnungsmarkt längst nicht mehr ab“, sagte Mietervereinsgeschäftsführerin Ulrike Samtleben.",
        False,
        [],
        None,
    ),
    ("de", "Haus & Grund Berlin nannte den Mietspiegel dagegen „ein politisch gewolltes Zerrbild“.", False, [], None),
    (
        "de",
        "Der Senat will bis 2030 insgesamt 100.000 neue Wohnungen bauen lassen, im vergangenen Jahr wurden 15.362 fertig.",
        True,
        [("year", 2030, None, None), ("count", 100000, None, None), ("count", 15362, None, None)],
        None,
    ),
    (
        "de",
        "Auf die sechs landeseigenen Wohnungsbaugesellschaften entfällt knapp ein Fünftel des Mietwohnungsbestands.",
        True,
        [("count", 6, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    # --- UK private rents (PA) ---
    (
        "en",
        "LONDON (PA) - Average private rents in the UK rose by 6.7% in the 12 months to February, the slowest pace in more than two years, according to the Office for National Statistics.",
        True,
        [("percent", 6.7, "%", None), ("duration", 12, "month", None), ("duration", 2, "year", "over")],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Tenants paid an average of £1,341 a month, up from £1,257 a year earlier.",
        True,
        [("money", 1341, "GBP", None), ("money", 1257, "GBP", None)],
        None,
    ),
    (
        "en",
        "In London, average monthly rent reached £2,252, against £701 in the North East, the cheapest region.",
        True,
        [("money", 2252, "GBP", None), ("money", 701, "GBP", None)],
        None,
    ),
    ("en", "Rents in Wales rose fastest, climbing 8.1%.", True, [("percent", 8.1, "%", None)], None),
    (
        "en",
        "From May 1, landlords in England will no longer be able to evict tenants without giving a reason.",
        True,
        [("date", "--05-01", None, None)],
        None,
    ),
    (
        "en",
        "One in five private renters has received a no-fault eviction notice or knows someone who has, Generation Rent said.",
        True,
        [("fraction", 0.2, None, None)],
        "Generation Rent",
    ),
    (
        "en",
        "Shelter said 11,460 households in England were threatened with homelessness after a no-fault eviction notice between October and December.",
        True,
        [("count", 11460, None, None)],
        "Shelter",
    ),
    (
        "en",
        "The law also bars landlords from refusing tenants because they receive benefits or have children.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"For too long renters have lived in fear of the next knock on the door," said Housing Minister Matthew Pennington.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Residential Landlords Association warned that many smaller landlords would sell up and leave the market.",
        False,
        [],
        None,
    ),
    # --- BGH zu Eigenbedarf (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Mieter, denen wegen Eigenbedarfs gekündigt wird, sind nach einem Urteil des Bundesgerichtshofs künftig besser geschützt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vermieter müssen demnach schon in der Kündigung angeben, welcher Angehörige in die Wohnung einziehen soll, entschieden die Richter am Mittwoch.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im verhandelten Fall hatte ein Vermieter aus München einer 83-jährigen Mieterin nach 41 Jahren in der Wohnung gekündigt.",
        True,
        [("duration", 83, "year", None), ("duration", 41, "year", None)],
        None,
    ),
    ("de", "Die Vorinstanz hatte der Räumungsklage noch stattgegeben.", True, [], None),
    (
        "de",
        "Eigenbedarf ist nach Angaben des Mieterbunds der zweithäufigste Kündigungsgrund nach Zahlungsverzug und betrifft jährlich schätzungsweise 80.000 Haushalte.",
        True,
        [("ordinal", 2, None, None), ("count", 80000, None, "about")],
        "der Mieterbund",
    ),
    ("de", "Der Fall geht zur erneuten Verhandlung an das Landgericht zurück.", True, [], None),
    (
        "de",
        "„Dieses Urteil gibt älteren Mietern ein Stück Sicherheit zurück“, sagte die Anwältin der Frau.",
        False,
        [],
        None,
    ),
    # --- Evictions in Phoenix (AP) ---
    (
        "en",
        "PHOENIX (AP) — Landlords in Maricopa County filed 7,412 eviction cases between January and March, the most for any quarter on record, according to court records.",
        True,
        [("count", 7412, None, None)],
        None,
    ),
    (
        "en",
        "That is up 14% from the same period last year and nearly double the average before the pandemic.",
        True,
        [("percent", 14, "%", None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Median rent for a two-bedroom apartment in the county reached $1,685 a month in March, listing data show.",
        True,
        [("count", 2, None, None), ("money", 1685, "USD", None)],
        None,
    ),
    (
        "en",
        "Judge Carmen Ibarra said her courtroom hears up to 120 eviction cases on a busy morning, most of them lasting less than five minutes.",
        True,
        [("count", 120, None, "up_to"), ("duration", 5, "minute", "under")],
        "Carmen Ibarra",
    ),
    (
        "en",
        '"Most of the people standing in front of me are working, they just can\'t keep up," Ibarra said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tenants with a lawyer avoided eviction in about two-thirds of cases, a study by Arizona State University found.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "The county set aside $9 million last year for free legal help for tenants facing eviction.",
        True,
        [("money", 9000000, "USD", None)],
        None,
    ),
    ("en", "Arizona law bars cities and counties from capping how much landlords can raise rents.", True, [], None),
    (
        "en",
        'The Arizona Multihousing Association said blaming landlords for the crisis was "lazy and wrong."',
        False,
        [],
        None,
    ),
    # --- Häuserpreise steigen wieder (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Preise für Wohnimmobilien in Deutschland sind im ersten Quartal erstmals seit zwei Jahren wieder gestiegen.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Der Häuserpreisindex des Verbands deutscher Pfandbriefbanken kletterte gegenüber dem Vorquartal um 1,2 Prozent auf 178,6 Punkte.",
        True,
        [("percent", 1.2, "%", None), ("count", 178.6, None, None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Vorjahresquartal ergab sich ein Plus von 2,3 Prozent, nach einem Minus von 1,9 Prozent im vierten Quartal.",
        True,
        [("percent", 2.3, "%", None), ("percent", 1.9, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Vom Höchststand im Frühjahr 2022 sind die Preise aber noch immer rund 9 Prozent entfernt.",
        True,
        [("year", 2022, None, None), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Mieten in Mehrfamilienhäusern stiegen binnen eines Jahres um 4,6 Prozent.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "In den sieben größten Städten legten die Preise für Eigentumswohnungen um 2,8 Prozent zu.",
        True,
        [("count", 7, None, None), ("percent", 2.8, "%", None)],
        None,
    ),
    ("de", "Bei Büroimmobilien sanken die Preise dagegen um 5,8 Prozent.", True, [("percent", 5.8, "%", None)], None),
    (
        "de",
        "„Die Talsohle ist durchschritten, aber von einem Boom sind wir weit entfernt“, sagte vdp-Hauptgeschäftsführer Jens Oberwinkler.",
        False,
        [],
        None,
    ),
    # --- Australian home prices (Reuters) ---
    (
        "en",
        "SYDNEY, May 4 (Reuters) - Australian home prices rose for a 15th straight month in April as a rate cut and a shortage of listings pushed values in Sydney to a record, data from property analytics firm Pinnacle Property showed on Monday.",
        True,
        [("date", "--05-04", None, None), ("ordinal", 15, None, None)],
        None,
    ),
    (
        "en",
        "Its national home value index rose 0.7% in the month, taking the annual gain to 5.2%.",
        True,
        [("percent", 0.7, "%", None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "en",
        "Sydney's median dwelling value hit A$1.24 million, while Perth posted the fastest annual growth at 9.8%.",
        True,
        [("money", 1240000, "AUD", None), ("percent", 9.8, "%", None)],
        None,
    ),
    (
        "en",
        "The Reserve Bank of Australia trimmed its cash rate to 3.85% in February with a 25-basis-point cut, its first in more than four years.",
        True,
        [
            ("percent", 3.85, "%", None),
            ("percent", 25, "bp", None),
            ("ordinal", 1, None, None),
            ("duration", 4, "year", "over"),
        ],
        None,
    ),
    (
        "en",
        "The government's target of 1.2 million new homes in the five years to mid-2029 will be missed by about 260,000, according to the National Housing Supply and Affordability Council.",
        True,
        [
            ("count", 1200000, None, None),
            ("duration", 5, "year", None),
            ("year", 2029, None, None),
            ("count", 260000, None, "about"),
        ],
        "the National Housing Supply and Affordability Council",
    ),
    (
        "en",
        "Auction clearance rates in Sydney held at 71.3% over the weekend, compared with 64.8% a year earlier.",
        True,
        [("percent", 71.3, "%", None), ("percent", 64.8, "%", None)],
        None,
    ),
    (
        "en",
        "\"Young buyers feel locked out, and frankly they're not wrong,\" said Tamsin Grieve, a buyers' agent in Sydney.",
        False,
        [],
        None,
    ),
    # --- Sozialwohnungen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Sozialwohnungen in Deutschland ist im vergangenen Jahr erneut gesunken, auf rund 1,05 Millionen.",
        True,
        [("count", 1050000, None, "about")],
        None,
    ),
    (
        "de",
        "Zwar wurden 26.400 geförderte Mietwohnungen neu gebaut, zugleich fielen aber rund 34.900 aus der Sozialbindung.",
        True,
        [("count", 26400, None, None), ("count", 34900, None, "about")],
        None,
    ),
    (
        "de",
        "Im Jahr 1990 hatte es allein in Westdeutschland noch knapp 2,9 Millionen Sozialwohnungen gegeben.",
        True,
        [("year", 1990, None, None), ("count", 2900000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für den sozialen Wohnungsbau gibt der Bund den Ländern bis 2029 zusammen 23,5 Milliarden Euro, teilte das Bauministerium mit.",
        True,
        [("year", 2029, None, None), ("money", 23500000000, "EUR", None)],
        "das Bauministerium",
    ),
    (
        "de",
        "Nach Berechnungen des Pestel-Instituts fehlen bundesweit rund 910.000 Sozialwohnungen.",
        True,
        [("count", 910000, None, "about")],
        None,
    ),
    ("de", "Für die Vergabe der Fördermittel sind die Länder zuständig.", True, [], None),
    (
        "de",
        "Jeder zweite Mieterhaushalt in den Großstädten hätte nach seinem Einkommen Anspruch auf einen Wohnberechtigungsschein.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Armutszeugnis für ein reiches Land“, sagte Mieterbund-Präsidentin Hildegard Wewers.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wohnungswirtschaft hofft auf schnellere Genehmigungsverfahren und niedrigere Baustandards.",
        False,
        [],
        None,
    ),
    # --- Irish rents (Reuters) ---
    (
        "en",
        "DUBLIN, May 6 (Reuters) - Rents for new tenancies in Ireland rose 5.4% in the final quarter of last year to an average of 1,652 euros a month, the Residential Tenancies Board said on Wednesday.",
        True,
        [("date", "--05-06", None, None), ("percent", 5.4, "%", None), ("money", 1652, "EUR", None)],
        "the Residential Tenancies Board",
    ),
    (
        "en",
        "In Dublin the average reached 2,201 euros, more than double the figure in Leitrim.",
        True,
        [("money", 2201, "EUR", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Rent pressure zones, where annual increases are capped at 2% or the rate of inflation if lower, now cover about 70% of tenancies.",
        True,
        [("percent", 2, "%", None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "The government has pledged 303,000 new homes by 2030, and 30,330 were completed last year, according to the Central Statistics Office.",
        True,
        [("count", 303000, None, None), ("year", 2030, None, None), ("count", 30330, None, None)],
        "the Central Statistics Office",
    ),
    (
        "en",
        '"The system is broken for anyone under 35," said Niamh Feeney of the tenants\' charity Threshold.',
        False,
        [("duration", 35, "year", "under")],
        None,
    ),
    ("en", "Opposition parties said the government had lost control of the housing crisis.", False, [], None),
    # --- US existing home sales (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Americans bought previously owned homes last month at the fastest pace in a year as mortgage rates eased, the National Association of Realtors said Tuesday.",
        True,
        [],
        "the National Association of Realtors",
    ),
    (
        "en",
        "Existing home sales climbed 3.4% from March to an annual pace of 4.27 million, adjusted for seasonal swings.",
        True,
        [("percent", 3.4, "%", None), ("count", 4270000, None, None)],
        None,
    ),
    (
        "en",
        "The national median sales price rose 2.7% from a year earlier to $403,700, the 21st consecutive annual increase.",
        True,
        [("percent", 2.7, "%", None), ("money", 403700, "USD", None), ("ordinal", 21, None, None)],
        None,
    ),
    (
        "en",
        "Buyers who had never owned a home made up 30% of sales, compared with 32% a year earlier.",
        True,
        [("percent", 30, "%", None), ("percent", 32, "%", None)],
        None,
    ),
    (
        "en",
        "There were 1.33 million homes on the market at the end of April, enough to last 3.7 months at the current sales pace.",
        True,
        [("count", 1330000, None, None), ("duration", 3.7, "month", None)],
        None,
    ),
    (
        "en",
        "All-cash purchases made up about a quarter of transactions.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "\"It's still a brutal market for young families who don't already own,\" said the group's chief economist, Marisol Grady.",
        False,
        [],
        None,
    ),
    # --- Affordable homes programme (Reuters) ---
    (
        "en",
        "LONDON, June 12 (Reuters) - Britain will spend 39 billion pounds over 10 years on a new affordable homes programme, the finance ministry said on Wednesday.",
        True,
        [("date", "--06-12", None, None), ("money", 39000000000, "GBP", None), ("duration", 10, "year", None)],
        "the finance ministry",
    ),
    (
        "en",
        "About 60% of the homes will be for social rent, compared with roughly 20% under the previous programme.",
        True,
        [("percent", 60, "%", "about"), ("percent", 20, "%", "about")],
        None,
    ),
    (
        "en",
        "Labour's pledge is for 1.5 million additional homes across England before the parliament ends in 2029.",
        True,
        [("count", 1500000, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Only 208,600 homes were added to England's stock in the year to March, down 6% and well short of the 300,000 a year needed to stay on track, official data show.",
        True,
        [("count", 208600, None, None), ("percent", 6, "%", None), ("count", 300000, None, None)],
        None,
    ),
    (
        "en",
        "Planning permissions for new homes fell to about 31,000 in the first quarter, the lowest since records began in 2006.",
        True,
        [("count", 31000, None, "about"), ("ordinal", 1, None, None), ("year", 2006, None, None)],
        None,
    ),
    ("en", "The programme will be run by Homes England, the government's housing agency.", True, [], None),
    (
        "en",
        '"Britain is going to start building again, and nobody will stop us," the housing secretary told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Targets are easy, bricks are hard," said Conservative housing spokesman Giles Harcastle.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Builders said a shortage of skilled workers and slow planning decisions remained the biggest obstacles.",
        False,
        [],
        None,
    ),
    # --- New York rent-stabilized leases (AP) ---
    (
        "en",
        "NEW YORK (AP) — New York City's Rent Guidelines Board voted Monday to let landlords raise rents by 3% on one-year leases and 4.5% on two-year leases for about 1 million rent-stabilized apartments.",
        True,
        [
            ("percent", 3, "%", None),
            ("duration", 1, "year", None),
            ("percent", 4.5, "%", None),
            ("duration", 2, "year", None),
            ("count", 1000000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The nine-member board approved the increases by a vote of 5-4.",
        True,
        [("count", 9, None, None), ("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "About 2.3 million New Yorkers live in rent-stabilized homes, roughly a quarter of the city's population.",
        True,
        [("count", 2300000, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Tenants in stabilized units have a median household income of about $60,000, according to the city's housing agency.",
        True,
        [("money", 60000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The board last froze rents on one-year leases in 2020.",
        True,
        [("duration", 1, "year", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Landlord groups said the increases would not cover soaring costs for fuel, insurance and repairs.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Tenant advocates in the audience booed as the vote was announced, some chanting "rent freeze now."',
        False,
        [],
        None,
    ),
    # --- Hong Kong home prices (Reuters) ---
    (
        "en",
        "HONG KONG, July 22 (Reuters) - Hong Kong's private home prices fell 0.6% in June, bringing the decline from their 2021 peak to about 28%, official data showed on Tuesday.",
        True,
        [
            ("date", "--07-22", None, None),
            ("percent", 0.6, "%", None),
            ("year", 2021, None, None),
            ("percent", 28, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Prices have fallen in 14 of the past 18 months, according to the Rating and Valuation Department.",
        True,
        [("duration", 14, "month", None), ("duration", 18, "month", None)],
        "the Rating and Valuation Department",
    ),
    (
        "en",
        "Developers sold 2,410 new flats in the second quarter, the most since 2021, as they slashed prices to clear inventory.",
        True,
        [("count", 2410, None, None), ("ordinal", 2, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "A 400-square-foot flat in the New Territories now sells for about HK$4.2 million, agents said.",
        True,
        [("count", 400, None, None), ("money", 4200000, "HKD", "about")],
        None,
    ),
    (
        "en",
        "Banks lowered their prime rate by 12.5 basis points in May, the first cut in six months.",
        True,
        [("percent", 12.5, "bp", None), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        '"Buyers think prices may fall further, so nobody is in a hurry," said Ho Ka-wing, an agent in Mong Kok.',
        False,
        [],
        None,
    ),
    # --- Wohnbaukredite nach KIM-Verordnung (APA) ---
    (
        "de",
        "Wien (APA) - Die Vergabe neuer Wohnbaukredite ist in Österreich im ersten Halbjahr um 41 Prozent auf 6,9 Milliarden Euro gestiegen, teilte die Oesterreichische Nationalbank am Freitag mit.",
        True,
        [("ordinal", 1, None, None), ("percent", 41, "%", None), ("money", 6900000000, "EUR", None)],
        "die Oesterreichische Nationalbank",
    ),
    (
        "de",
        "Der durchschnittliche Zinssatz für neue Wohnbaukredite sank binnen Jahresfrist von 4,1 auf 3,4 Prozent.",
        True,
        [("percent", 4.1, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Ende Juni ist die KIM-Verordnung ausgelaufen, die unter anderem einen Eigenmittelanteil von mindestens 20 Prozent vorschrieb.",
        True,
        [("percent", 20, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Zudem durfte die monatliche Rate höchstens 40 Prozent des Nettoeinkommens ausmachen, die Laufzeit höchstens 35 Jahre.",
        True,
        [("percent", 40, "%", "at_most"), ("duration", 35, "year", "at_most")],
        None,
    ),
    (
        "de",
        "Fast zwei Drittel der neuen Kredite wurden mit fixer Verzinsung vergeben.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Das Ende der Verordnung war überfällig“, sagte Bausparkassen-Sprecher Ernst Grabenhofer.",
        False,
        [],
        None,
    ),
    ("de", "Die Finanzmarktaufsicht mahnte die Banken dennoch zur Vorsicht bei der Kreditvergabe.", False, [], None),
    # --- Bauzinsen steigen (dpa) ---
    (
        "de",
        "Frankfurt (dpa) - Baukredite mit zehn Jahren Zinsbindung haben sich im Juli auf durchschnittlich 3,62 Prozent verteuert, nach 3,41 Prozent im Januar.",
        True,
        [("duration", 10, "year", None), ("percent", 3.62, "%", None), ("percent", 3.41, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist der höchste Stand seit Juli 2023, wie aus Daten des Finanzierungsportals Baugeldradar hervorgeht.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Für ein Darlehen über 400.000 Euro bedeutet der Anstieg eine um rund 70 Euro höhere Monatsrate.",
        True,
        [("money", 400000, "EUR", None), ("money", 70, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen, an der sich die Bauzinsen orientieren, kletterte im gleichen Zeitraum um 31 Basispunkte.",
        True,
        [("duration", 10, "year", None), ("percent", 31, "bp", None)],
        None,
    ),
    (
        "de",
        "Das Neugeschäft mit Wohnungsbaukrediten stieg laut Bundesbank im ersten Halbjahr um 18 Prozent auf 99,6 Milliarden Euro.",
        True,
        [("ordinal", 1, None, None), ("percent", 18, "%", None), ("money", 99600000000, "EUR", None)],
        "Bundesbank",
    ),
    (
        "de",
        "Der Anteil der Kredite mit variabler Verzinsung sank auf 12 Prozent.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer auf deutlich sinkende Zinsen wartet, könnte lange warten“, sagte ein Finanzierungsberater in Frankfurt.",
        False,
        [],
        None,
    ),
    # --- Wohnimmobilienpreise Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Wohnimmobilien in Österreich haben sich im zweiten Quartal laut Statistik Austria um 2,6 Prozent gegenüber dem Vorjahresquartal verteuert.",
        True,
        [("ordinal", 2, None, None), ("percent", 2.6, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Gebrauchte Eigentumswohnungen verteuerten sich um 3,4 Prozent, neue Einfamilienhäuser dagegen nur um 0,8 Prozent.",
        True,
        [("percent", 3.4, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Häuserpreisindex liegt damit bei 198,4 Punkten, nach einem Rekordwert von 211,7 Punkten Mitte 2022.",
        True,
        [("count", 198.4, None, None), ("count", 211.7, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Eine 75-Quadratmeter-Wohnung in der Leopoldstadt kostet laut einer Auswertung von Maklerdaten im Schnitt rund 412.000 Euro.",
        True,
        [("count", 75, None, None), ("money", 412000, "EUR", "about")],
        None,
    ),
    ("de", "Pro Quadratmeter sind das knapp 5.500 Euro.", True, [("money", 5500, "EUR", "nearly")], None),
    (
        "de",
        "Im Burgenland kostet der Quadratmeter weniger als die Hälfte.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "„Von einer Entspannung kann keine Rede sein“, sagte Arbeiterkammer-Wohnexpertin Sabine Hofstätter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Preise im Herbst weiter anziehen, hängt nach Einschätzung von Fachleuten vor allem an den Zinsen.",
        False,
        [],
        None,
    ),
    # --- Leerwohnungen in Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Leerwohnungsziffer in der Stadt Zürich ist auf 0,07 Prozent gesunken, den tiefsten Wert seit 1990.",
        True,
        [("percent", 0.07, "%", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "Am Stichtag 1. Juni standen in der Stadt lediglich 169 Wohnungen leer, teilte Statistik Stadt Zürich mit.",
        True,
        [("date", "--06-01", None, None), ("count", 169, None, None)],
        "Statistik Stadt Zürich",
    ),
    (
        "de",
        "Schweizweit lag die Quote bei 1,08 Prozent, das entspricht rund 51'900 leeren Wohnungen.",
        True,
        [("percent", 1.08, "%", None), ("count", 51900, None, "about")],
        None,
    ),
    (
        "de",
        "Für eine Dreizimmerwohnung verlangen Vermieter in der Stadt bei einer Neuvermietung im Mittel 2'940 Franken im Monat.",
        True,
        [("count", 3, None, None), ("money", 2940, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Wer heute in Zürich eine Wohnung sucht, braucht im Schnitt sieben Monate», sagte Mieterverbandspräsidentin Lorena Casanova.",
        True,
        [("duration", 7, "month", None)],
        "Lorena Casanova",
    ),
    (
        "de",
        "Im vergangenen Jahr wurden in der Stadt 2'104 Wohnungen fertiggestellt, 312 weniger als im Jahr davor.",
        True,
        [("count", 2104, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Der Stadtrat will den Anteil gemeinnütziger Wohnungen bis 2050 von heute rund einem Viertel auf einen Drittel erhöhen.",
        True,
        [("year", 2050, None, None), ("fraction", 0.25, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Bürgerliche Parteien halten diese Zielvorgabe für unrealistisch.", False, [], None),
    # --- Abstimmung Eigenmietwert (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Stimmberechtigten haben die Abschaffung des Eigenmietwerts mit 55,9 Prozent Ja-Stimmen angenommen.",
        True,
        [("percent", 55.9, "%", None)],
        None,
    ),
    ("de", "Die Stimmbeteiligung lag bei 48,3 Prozent.", True, [("percent", 48.3, "%", None)], None),
    (
        "de",
        "Nur sechs der 26 Kantone lehnten die Vorlage ab, am deutlichsten Basel-Stadt mit 61,2 Prozent Nein.",
        True,
        [("count", 6, None, None), ("count", 26, None, None), ("percent", 61.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Reform betrifft rund 1,3 Millionen Haushalte mit selbst genutztem Wohneigentum.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "de",
        "Bund und Kantone rechnen mit jährlichen Steuerausfällen von rund 1,7 Milliarden Franken.",
        True,
        [("money", 1700000000, "CHF", "about")],
        None,
    ),
    ("de", "Die Änderung soll 2028 in Kraft treten.", True, [("year", 2028, None, None)], None),
    (
        "de",
        "Zweitwohnungen sind von der Reform ausgenommen, dort dürfen die Kantone eine neue Liegenschaftssteuer erheben.",
        True,
        [],
        None,
    ),
    ("de", "Der Hauseigentümerverband sprach von einem «historischen Tag für den Mittelstand».", False, [], None),
    (
        "de",
        "«Das ist ein Steuergeschenk an die Wohlhabenden», sagte SP-Nationalrätin Fabienne Rothenbühler.",
        False,
        [],
        None,
    ),
    # --- US homelessness count (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The number of people experiencing homelessness in the U.S. reached 748,210 on a single night in January, up 14% from the year before and the highest since the count began in 2007, the Department of Housing and Urban Development said.",
        True,
        [("count", 748210, None, None), ("percent", 14, "%", None), ("year", 2007, None, None)],
        "the Department of Housing and Urban Development",
    ),
    (
        "en",
        "Families with children accounted for about 39% of the increase, driven partly by migrants staying in shelters in New York, Chicago and Denver.",
        True,
        [("percent", 39, "%", "about")],
        None,
    ),
    (
        "en",
        "Nearly half of all people counted were in four states: California, New York, Florida and Washington.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "HUD said 152,000 of them were chronically homeless, meaning they had been without housing for at least a year while living with a disability.",
        True,
        [("count", 152000, None, None)],
        "HUD",
    ),
    (
        "en",
        "Advocates said the count almost certainly misses many people sleeping in cars or on friends' couches.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Each of those numbers is somebody\'s son or daughter or grandmother," said Elijah Briggs, who runs a shelter in Denver.',
        False,
        [],
        None,
    ),
    # --- Wohngeld (dpa) ---
    (
        "de",
        "Berlin (dpa) - Rund zwei Millionen Haushalte in Deutschland haben im vergangenen Jahr Wohngeld bezogen, knapp doppelt so viele wie vor der Reform 2023.",
        True,
        [("count", 2000000, None, "about"), ("count", 2, None, "nearly"), ("year", 2023, None, None)],
        None,
    ),
    ("de", "Im Schnitt erhielten die Haushalte 297 Euro im Monat.", True, [("money", 297, "EUR", None)], None),
    (
        "de",
        "Zum 1. Januar steigt das Wohngeld um durchschnittlich 15 Prozent, teilte das Bauministerium mit.",
        True,
        [("date", "--01-01", None, None), ("percent", 15, "%", None)],
        "das Bauministerium",
    ),
    ("de", "Die Kosten dafür teilen sich Bund und Länder je zur Hälfte.", True, [("fraction", 0.5, None, None)], None),
    (
        "de",
        "Bürgergeld-Empfänger haben keinen Anspruch auf Wohngeld, weil das Jobcenter ihre Wohnkosten übernimmt.",
        True,
        [],
        None,
    ),
    ("de", "Sozialverbände halten die Erhöhung angesichts der Mietentwicklung für viel zu gering.", False, [], None),
    # --- US office vacancies (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 7 (Reuters) - The U.S. office vacancy rate rose to a record 20.7% in the third quarter, according to data from real estate research firm Castlegate Analytics.",
        True,
        [("date", "--10-07", None, None), ("percent", 20.7, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "About $38 billion of office loans packaged into commercial mortgage-backed securities are delinquent, or about 11.8% of the total, Castlegate said.",
        True,
        [("money", 38000000000, "USD", "about"), ("percent", 11.8, "%", "about")],
        "Castlegate",
    ),
    (
        "en",
        "San Francisco had the highest vacancy at 34.9%, while Miami had the lowest at 14.2%.",
        True,
        [("percent", 34.9, "%", None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "en",
        "Office towers built before 1980 account for nearly two-thirds of the empty space, said Priya Natarajan, Castlegate's head of research.",
        True,
        [("year", 1980, None, None), ("fraction", 0.6667, None, "nearly")],
        "Priya Natarajan",
    ),
    ("en", '"We\'re nowhere near the bottom for older buildings," Natarajan said.', False, [], None),
    (
        "en",
        "Some city officials hope to turn empty towers into apartments, though developers say the numbers rarely work.",
        False,
        [],
        None,
    ),
]
