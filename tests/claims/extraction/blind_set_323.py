"""Three-hundred-and-twenty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Gerold Albrechtsen, Annelore Brinkhaus, Kai Thormählen, Beatrix Lechthaler, Gudrun
Feichtlbauer, Detlev Ahlhorn and the credit broker Finanzwerk, Reinhold Wiechers, Marlies
Kornbusch, Ilka Vollbrecht, Jörn Malchower, Ulrike Hanfstengel, Lukas Prammer; Graham
Ledbury, Alison Brereton, Tamsin Oldacre, Rhianna Colquhoun, Dwayne Overbey, Pierre-Olivier
Bastarache, Ines Lachapelle and Fundy Capital, Lupe Carrasco, Fiona Drummond-Kerr, Cathal
Mulrooney, Niamh Kilbride, Clare Penhaligon, the property data firm Harbourline Data, Owen
Staveley, Marcus Trelawney, Sandra Bettencourt; every unnamed spokesperson, economist,
broker, estate agent, builder, developer, advocate and landlord); ministers, senators,
association presidents and chief economists of real governments, bodies and lenders appear
under made-up names that stand for no real holder, or by their role only („eine Sprecherin
der Bundesarbeitsgemeinschaft Wohnungslosenhilfe“, "Real estate agents", "Brokers",
"Renters' groups"). Real states, bodies, laws, indices and places (Statistisches Bundesamt,
Destatis, Hauptverband der Deutschen Bauindustrie, Haus & Grund, Bundestag,
Justizministerium, Mieterbund, Deutscher Mieterbund, Landesregierungen, Karlsruhe, Immowelt,
Berliner Mieterverein, Statistik Austria, OeNB, Mietervereinigung, Bundesanleihen, empirica,
Lausitz, Diakonie, Bundesarbeitsgemeinschaft Wohnungslosenhilfe, Nationalrat,
Haus- und Grundbesitzerbund, Bauministerium, Linke, GdW, „Bau-Turbo“, Bund und Länder,
Senat, Bundesverfassungsgericht, Verband Berlin-Brandenburgischer Wohnungsunternehmen, AK,
Verband der Immobilienwirtschaft; Nationwide, the National Residential Landlords
Association, the Federal Housing Finance Agency, the Office for National Statistics,
Generation Rent, Halifax, the Bank of England, Moneyfacts, the National Association of
Realtors, Canada Mortgage and Housing Corp, Freddie Mac, the Mortgage Bankers Association,
the Commerce Department, the Scottish Government, Shelter Scotland, the Residential
Tenancies Board, Rent Pressure Zones, the Department of Housing, Threshold, the Irish
Property Owners' Association, the Reserve Bank of Australia, the Ministry of Justice, the
Renters' Rights Act, the Department of Housing and Urban Development, the National Alliance
to End Homelessness, Kensington and Chelsea, the Sun Belt, Leitrim, and the datelines'
cities) stand for the way wire copy names them; every permit, completion, price, rent, rate,
index level, ratio, deposit, approval, vacancy rate, waiting list, homelessness count, vote,
budget, quote and label here is invented, and where a real figure came to mind (a real
permit, completion, social-housing or homelessness total, a real rent or price index
reading, a real mortgage rate, a real rent cap, budget or affordability ratio) it was
changed (the years and dates of laws and rulings and the first years of statistical series
kept).

Its weight: HOUSING, RENTS AND MORTGAGES (the fifty-second batch weighed housing, real
estate, construction and mortgages, the hundred-fifty-seventh and
two-hundred-and-twenty-sixth housing, rents and construction and the
two-hundred-and-sixty-fourth the construction and real estate industry, and their decisions
are kept) over one year in story order (January to December), 29 short stories with the
German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes, reactions). Half German (dpa
with the regional slug "dpa/bb", APA; Austrian "Jänner", "Richtwert- und Kategoriemieten",
"Gemeindebau", "Hauptmietwohnung", "befristet", German "Angebotsmieten", "ortsübliche
Vergleichsmiete", "Bauüberhang", "Zinsbindung", "netto kalt", "Sozialbindung", „“ quotes):
building permits, the extension of the Mietpreisbremse, asking rents in the big cities,
Austrian house prices, building-loan rates, completions against the old target, vacancy
after empirica, people housed as homeless, Austria's rent cap for Richtwert and category
rents, the social housing stock and Munich's waiting list, the house price index, housing
benefit, Berlin's Mietspiegel with the state landlords' cap and the Mietendeckel ruling, and
Austrian rents and housing costs. Half English (Reuters, PA, AP): Nationwide, Case-Shiller
and the FHFA, Halifax, ONS affordability ratios and private rents, Bank of England mortgage
approvals, Moneyfacts rates, existing home sales, Canadian housing starts, Freddie Mac
rates, U.S. housing starts and permits, Scotland's temporary accommodation, Irish rents and
Rent Pressure Zones, Australian prices and the 5% deposit scheme, no-fault evictions and the
Renters' Rights Act, and the U.S. homelessness count. Figures as such copy has them: rents
and prices per square metre and per month in euros, pounds and dollars, index levels, rates
in percent with moves in basis points and percentage points, fixed terms and Zinsbindung in
years, deposits and loan-to-income limits, affordability ratios ("an estimated 7.8 times
their annual earnings", "about 13.4 times the median household income", "up to 5.5x
income"), approvals, permits, starts and completions at annual rates, vacancy rates, waiting
lists, homelessness counts, votes in parliament, flat sizes and rooms
("75-Quadratmeter-Wohnungen mit drei Zimmern", "70-Quadratmeter-Altbauwohnung"), months of
supply, number words and compounds („zehnjähriger Zinsbindung“, „um vier weitere Jahre“,
„fast dreimal so hoch“, "a 4.7-month supply", "The six-month moving average", "cut twice"),
fractions („Knapp ein Drittel“, „Gut zwei Drittel“, „jedem fünften“, „zur Hälfte“, "About 4
in 10", "one in every 60", "roughly a quarter"), ordinals („der siebte Anstieg in Folge“,
„zum vierten Mal in Folge“, "a third straight month", "the ninth straight monthly gain",
"the first increase in nine months"), hedges, ranges, years and dates. Negatives as such
copy has them - about a quarter of the rows, most of them from tenants' and landlords'
lobbies: appeals naming no measure („appellierte“, "urged"), verdicts with „hält ... für“,
labels („sprach von“, "called"), warnings and fears naming no measure, accusations,
predictions and market views without a figure, and quoted rhetoric of association
presidents, ministers and charities, each near a check-worthy look-alike: the same
speaker's or the same lobby's figure, demand with a figure, survey or announced step.

238 rows (120 German, 118 English), 55 negatives (29 German, 26 English), 183 check-worthy
rows of which 6 carry no figure (3 German, 3 English), 342 expected quantities (114
percentages - 110 in %, 3 in basis points, 1 in percentage points -, 94 counts, 40 amounts
of money - 24 EUR, 8 GBP, 4 USD, 4 AUD -, 30 durations - 15 in years, 13 in months, 1 in
days, 1 in weeks -, 24 years, 16 ordinals, 13 fractions, 11 dates; none of them in a
negative), 35 checked speakers (17 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, appeal, warning, fear, hope, prediction, market view or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-fifty-seventh, two-hundred-and-fourth,
  two-hundred-and-twenty-sixth); a quoted or reported statement of fact, figure, step, rule,
  plan or demand with a figure is check-worthy with its speaker, also in Konjunktiv I
  (hundred-fifty-seventh). Pairs from one speaker: Brinkhaus's 12 cities and 40 percent
  beside „ist keine Bremse“ and „ein Pflaster auf einer Wunde“; Thormählen's third beside
  „Nervenkrieg“; Ahlhorn's 83 percent beside „Schnäppchenzinsen“; Kornbusch's quarter
  beside „Stillstand mit Ansage“; Wiechers's 118 of 400 districts beside „Eine leere Wohnung
  in der Lausitz“; Vollbrecht's 21.5 billion euros beside „eine verlorene Wohnung“;
  Ledbury's 5.1 times beside "Affordability is still stretched"; Brereton's £61,000 beside
  "holding up better than many expected"; Penhaligon's 52,000 buyers beside "a foot in the
  door".
- The lobbies, the weight's own (hundred-fifty-seventh, two-hundred-and-fourth,
  two-hundred-and-twenty-sixth, two-hundred-and-sixty-fourth): tenants' and landlords'
  groups' appeals naming no measure („Der Mieterbund appellierte an die Koalition, die
  Schlupflöcher ... zu schließen“, "Renters' groups urged the Government to bring the ban
  forward", the Diakonie's appeal), verdicts („Der Eigentümerverband hält die
  Mietpreisbremse für einen verfassungswidrigen Eingriff“, „Der Mieterbund hält die Zahlen
  ... für geschönt“, the Verband der Immobilienwirtschaft's „hält ... für „den sicheren
  Weg ...““, „Sozialverbände halten die Erhöhung ... für zu gering“), labels („Der Berliner
  Mieterverein sprach von“, „Die Mietervereinigung sprach von“, „Haus & Grund sprach von“,
  "Shelter Scotland called the figures", "Advocates called the shift"), warnings, fears and
  predictions naming no measure („Haus & Grund warnte“, „Der Haus- und
  Grundbesitzerbund warnte“, „warnte vor „Enteignungsfantasien““, the NRLA's warning,
  „Verbraucherschützer befürchten“, "The Irish Property Owners' Association said the rules
  would drive ...", "The National Residential Landlords Association said the reforms would
  leave landlords ..."; hundred-fifty-first: "Landlord groups said the cap would choke off
  ..."), blame without a figure ("Landlord groups argue that ...", "Builders put the
  slowdown down to ..."; two-hundred-and-twenty-sixth), accusations naming no act („Die
  Linke warf der Regierung vor“) and the lobbies' quoted rhetoric are negatives. Their
  checkable content stays check-worthy: Haus & Grund's announced constitutional complaint
  without a figure („kündigte an, ... Verfassungsbeschwerde ... einzulegen“; an announced
  step, two-hundred-and-fourth; a complaint filed, two-hundred-and-seventy-sixth; speaker
  None, „kündigte an“ no verb of saying), the Mieterbund's demand for „mindestens 100.000
  neue Sozialwohnungen“ a year (a demand naming a measure and a figure,
  two-hundred-and-fourth; „forderte“ no verb of saying, speaker None), the
  Mietervereinigung's „verlangt“ with the free rents' 6.4 percent, the Haus- und
  Grundbesitzerbund's „rechnete vor“ with 8.6 percent since 2022 (speaker None,
  two-hundred-and-seventy-sixth: „rechnete die Ministerin vor“), Brinkhaus's sample, the
  Mieterbund's third, the Berliner Mieterverein's 15.74 euros, Shelter Scotland's one in 60
  and Threshold's 8,400 tenants.
- Rent caps and tenancy rules told as background are check-worthy, with or without a
  figure (hundred-fifty-seventh: the rules tenants and landlords live under;
  two-hundred-and-twenty-sixth: the draft law's caps): „eine Miete von höchstens zehn
  Prozent über der ortsüblichen Vergleichsmiete“ 10 "at_most", „Ausgenommen bleiben
  Neubauten, die nach dem 1. Oktober 2014 erstmals vermietet wurden“ 2014-10-01 (a full
  date with its year, two-hundred-and-seventy-sixth: „bis zum 31. März 2027“), „Welche
  Gebiete als angespannter Wohnungsmarkt gelten, legen die Landesregierungen per Verordnung
  fest“ without a figure, the Austrian caps „2027 auf 1,2 Prozent und 2028 auf 2,2 Prozent
  begrenzt“ and "capped at 2% a year" with no hedge (hundred-fifty-seventh: "capped at 2%",
  „auf 2 Prozent begrenzen“), „die Inflation über 3 Prozent“ 3 "over" (two-hundred-and-
  seventy-sixth: „über“ before a figure is the hedge also where the figure is a threshold)
  and „nur noch zur Hälfte“ 0.5 (hundred-fifty-seventh: „je zur Hälfte“), „um höchstens 2,9
  Prozent pro Jahr“ "at_most", the Mietendeckel ruling „im April 2021“ with its year only
  (a ruling of record, hundred-fifty-seventh), "Section 21 notices will be abolished from
  May 1" --05-01, "at least four months' notice" 4 months "at_least", "two months' notice"
  2 months, "The Renters' Rights Act received royal assent in October." without a figure.
  New: "Section 21" carries no count - the number of a section of a law is an identifier,
  as „Paragraf 218“ (sixty-fifth) and „Paragraf 23“ of a negotiating text
  (hundred-forty-fifth), while the 10,940 claims brought under it are counted.
- Affordability ratios are counts with their hedges (thirty-third, fifty-second,
  two-hundred-and-sixty-fifth, two-hundred-and-ninety-seventh): "an estimated 7.8 times
  their annual earnings" 7.8 "about" ("an estimated", hundred-fifty-second), "8.3 times",
  "the 3.9 times recorded in 1997" with the year, "the ratio stood at 11.2" and "the most
  affordable at 4.9" (the ratio named once serves the row, as the unit written once,
  forty-sixth), "26.4 times typical earnings", "about 5.1 times average earnings, down from
  a peak of 5.8 in 2022", "about 13.4 times the median household income", "a standard limit
  of 4.5 times". New: "up to 5.5x income" is count 5.5 "up_to" - an "x" straight after a
  figure reads as "times", as digits before „-fach“ do (thirty-third).
- Deposits, loan-to-value and shares of income are percentages (fifty-second): "a 20%
  deposit", "34% of take-home pay", "20.6% of the purchase price", "a deposit of at least
  40%" "at_least", "a 5% deposit", "a deposit of just 5%" ("just" no hedge), „83 Prozent des
  Kaufpreises“, „23,7 Prozent ihres Haushaltseinkommens“, "an average of 33.4%" (no hedge),
  "more than 30% of their income" "over"; „übersteigen die Wohnkosten 40 Prozent“ 40 with no
  hedge (the verb carries none, two-hundred-and-seventy-sixth: "regularly exceed 500").
  New: "sub-4% five-year fixes" is 4 "under" and 5 years - the prefix "sub-" bounds the rate
  from above as "below 6%" does (hundred-fifty-seventh: "a rate below 6%" "under").
- Mortgage and building-loan rates (fifty-second, hundred-fifty-seventh,
  two-hundred-and-twenty-sixth): levels in % as written („durchschnittlich 3,71 Prozent“ -
  no hedge -, „3,89 Prozent, bei fünf Jahren 3,52 Prozent“, „3,38 Prozent“, „2,86 Prozent“,
  "4.71% from 4.83%", "4.86%", "4.27%", "3.75%", "3.85%", "6.42%", "6.89%", "5.61% from
  5.54%", "a 7% rate"); moves in basis points "bp" („18 Basispunkte“, "6 basis points", "9
  basis points") and in percentage points "pp" („um 0,24 Prozentpunkte“); fixed terms and
  maturities are durations („mit zehnjähriger Zinsbindung“, „zehnjähriger Bundesanleihen“,
  „Bei 15 Jahren Zinsbindung ..., bei fünf Jahren“, "two-year fixed-rate", "five-year fix",
  "30-year", "15-year"); "drop below 6%" 6 "under" (hundred-fifty-seventh); "its highest
  level in two months" 2 months (two-hundred-and-twenty-sixth: "the fewest in seven
  months"); "the first increase in nine months" 1 and 9 months (hundred-fifty-seventh: "the
  first cut in six months"); „seit dem Herbst 2023“ and "since March 2008" their years;
  „Bei einem Kredit über 400.000 Euro“ and "On a $400,000 loan" no hedge („über“ after a
  noun that governs it, hundred-fifty-seventh).
- Prices and rents per area and per period are money in the currency written, the rate
  words none (fifty-second, hundred-fifty-seventh, two-hundred-and-twenty-sixth): „im Median
  9,35 Euro pro Quadratmeter“ ("im Median" no hedge, as "im Mittel" and "median",
  hundred-fifty-seventh), „21,10 Euro ..., mit 16,45 Euro und ... mit 15,90 Euro“, „kalt
  damit knapp 1.600 Euro im Monat“ "nearly" ("kalt" none), „rund 5.480 Euro pro
  Quadratmeter, im Burgenland etwa 1.960 Euro“ "about", „7,88 Euro netto kalt“ („im
  Durchschnitt“ and „netto kalt“ none), „7,02 Euro“, „15,74 Euro“, „10,36 Euro“, „715 Euro
  im Monat“, „12,14 Euro ... 7,48 Euro“, „311 Euro im Monat“, „rund 37 Euro monatlich“,
  „rund 140 Euro im Jahr“, „rund 60 Euro“, "£1,392", "1,752 euros a month", "2,338 euros
  ... 1,014 euros", "roughly $150 a month" "about".
- Index levels, annual rates and stocks are counts (fifty-second, hundred-fifty-seventh,
  two-hundred-and-sixty-fourth): „178,4 Punkte, nach 175,9 Punkten“, "a seasonally adjusted
  annual rate of 871,000 units", "an annual pace of 3.93 million", "annualized rate of
  279,510", "to a rate of 862,000", "1.30 million units" 1,300,000 (a trailing zero changes
  no value, two-hundred-and-sixty-fourth), approvals ("66,200 ... from 63,900", "64,500",
  "by 2,800 to 34,100"), permits and completions („19.870“, „insgesamt 214.300“ - no hedge
  -, „knapp 372.000“, „rund 225.000“, „238.400“, „247.700“, „jährlich 400.000“, „rund
  782.000“), "7,102 mortgage deals", "1.54 million homes", "503,000 units"; supply in months
  is a duration ("a 4.7-month supply", fifty-second; "would take 9.6 months",
  hundred-fifty-seventh), and so is "The six-month moving average" 6 months (the issue's "a
  two-week visit").
- Counts (every batch): definite groups („in 13 der 14 größten deutschen Städte“, "eight
  of the 20 cities", "in 20 metropolitan areas", „in 118 der 400 Landkreise und kreisfreien
  Städte“, „In den sieben größten Metropolen“, „Die sechs landeseigenen
  Wohnungsbaugesellschaften“; forty-first, hundred-fifty-seventh), votes („371 Abgeordnete,
  dagegen 264, es gab 12 Enthaltungen“), flats and rooms („75-Quadratmeter-Wohnungen mit
  drei Zimmern“ 75 and 3, „70-Quadratmeter-Altbauwohnung“ 70, „mit 69 Quadratmetern“ 69;
  fifty-second), multiples („fast dreimal so hoch“ 3 "nearly" - the issue's „viermal“ -,
  „doppelt so hoch“ 2; hundred-fifty-seventh: „knapp doppelt so viele“), "cut twice" 2
  (two-hundred-and-seventy-sixth: "twice"), homelessness, waiting lists and vacancies („rund
  487.300“, „142.600 ..., mit 71.200“, „etwa 90.000“, „rund 24.500 Haushalte“, „etwa
  548.000 ..., 14.000 weniger“, "A record 10,820 households" - "A record" none -, "9,740
  children", "41,300 homelessness applications", "16,150, including 4,920 children",
  "748,900 people", "31,400"), „knapp 1,03 Millionen“ "nearly", „gut 74.000“ "over", „fast
  vier Millionen“ "nearly", "about 350,000", "about 10.6 million", "more than 52,000"
  "over". None: „Ende der 1980er-Jahre“ and "since the 1990s" (decades, fifty-second), "on a
  single night" (hundred-fifty-seventh), „Einfamilienhäusern“, „Mehrfamilienhäusern“, „Ein-
  und Zweifamilienhäuser“, "single-family", "Multi-unit", "First-time buyers", "first-home
  buyers" (fifty-second), "all-cash".
- Fractions (the issue; every batch): „rund ein Drittel“ and „etwa ein Drittel“ 0.3333
  "about", „Knapp ein Drittel“ 0.3333 "nearly", „Gut zwei Drittel“ 0.6667 "over", „um ein
  Viertel“ 0.25, „Gut die Hälfte“ 0.5 "over", „Knapp die Hälfte“ 0.5 "nearly", „je zur
  Hälfte“ and „zur Hälfte“ 0.5, „Bei jedem fünften Mieterhaushalt“ 0.2 (the issue's „jeder
  vierte“), "roughly a quarter" 0.25 "about", "About 4 in 10" 0.4 "about"
  (two-hundred-and-seventy-sixth: "about nine in ten"), "one in every 60 children" 0.0167
  (two-hundred-and-ninety-seventh: "one in every twelve" 0.0833; four places as a third is
  0.3333).
- Ordinals (the issue; hundred-fifty-seventh, two-hundred-and-twenty-sixth): „der siebte
  Anstieg in Folge“ 7, „der fünfte Anstieg in Folge“ 5, „zum vierten Mal in Folge“ 4, „im
  vierten Quartal“ 4, „im dritten Quartal 2022“ 3 with the year, „im zweiten Quartal“ 2
  (twice, once with 2022), „im dritten Quartal“ 3, "in the fourth quarter" 4, "in the
  second quarter" 2, "the first monthly drop since August" 1, "for a third straight month"
  3, "the ninth straight monthly gain" 9, "in its first six weeks" 1 and 6 weeks
  (three-hundredth: "in the first six months"). None: „der höchste Wert“, „der niedrigste
  Stand“, „die teuerste Großstadt“, „Am teuersten“, „am günstigsten“, „die meisten“, "the
  highest on record", "the strongest", "the least affordable", "the most affordable", "the
  widest choice", "the smallest annual gain", "the lowest since", "the most since", "an
  all-time high".
- Durations and ages (the issue; every batch): „um vier weitere Jahre“ 4 years, „binnen
  zwei Jahren“ and „vor zwei Jahren“ 2 years (forty-sixth: „vor zwei Jahren“), „27 Monate,
  nach 25 Monaten“, „jünger als 18 Jahre“ 18 years "under" (twenty-third), „auf drei Jahre“
  3 years, "231 days", "in the 12 months through November", "in the 12 months to February"
  and "in the 12 months to June" 12 months (fifty-second, hundred-fifty-seventh). New:
  „meist auf drei Jahre“ carries no hedge - „meist“ says how many of the leases run that
  term, not how near the term is to three years, as „nur“ and "Only" (hundred-fifty-
  seventh) change no figure. None: „binnen Jahresfrist“, „Binnen eines Jahres“ (an article,
  hundred-fifty-seventh), „im Vorjahresmonat“, „im Vorjahreszeitraum“, „im Jahr davor“, „ein
  Jahr zuvor“, „ein Jahr davor“, „vor einem Jahr“, „im Vorjahr“, „im Vorquartal“, „im
  Gesamtjahr“, „im selben Zeitraum“, „im vergangenen Jahr“, „für das laufende Jahr“, „Von
  Januar bis November“, „im Jänner“, „pro Jahr“, „jährlich“, „monatlich“, „im Monat“, „im
  Jahr“, „seit Jahren“, "in a year", "a year earlier", "a year ago", "A year ago", "a year
  before", "the year before", "on the year", "a month earlier", "a week earlier", "this
  week", "last week", "last year", "this year", "earlier in the year", "over the quarter",
  "between July and September", "between January and the end of September", "each
  January", "From March", "by the close of May".
- Years and dates: „Vom Rekordjahr 2021“, „bis Ende 2029“, „bis Ende 2028“ (two-hundred-
  and-sixty-fourth: „Ende 2029“), „seit 2015“, „seit 2022“, „bis 2029“, „2027 ... 2028“, „Ab
  2029“, „im April 2021“ and "since May 2023" and "since March 2008" and "since mid-2023"
  their years (hundred-fifty-seventh: "to mid-2029"), "in 1997, when the series began",
  "since 2007", "in 2007", "since 2012", "in 2022", "by 2031", "in 2025-26" both years
  (two-hundred-and-twenty-sixth: "in 2024-25"). Dates: „zum Stichtag 31. Januar“ --01-31,
  „Zum 1. Januar“ --01-01, "from May 1" --05-01 (hundred-fifty-seventh: "on April 1"), „nach
  dem 1. Oktober 2014“ 2014-10-01; Reuters datelines with a day are dates without a year
  ("LONDON, Jan 2" --01-02, "NEW YORK, Jan 27" --01-27, "LONDON, April 1" --04-01, "OTTAWA,
  June 16" --06-16, "WASHINGTON, Aug 19" --08-19, "DUBLIN, Oct 8" --10-08, "SYDNEY, Nov 4"
  --11-04; hundred-fifty-seventh, two-hundred-and-twenty-sixth); dpa ("Wiesbaden (dpa) -",
  "Berlin (dpa) -", "Hamburg (dpa) -", "Frankfurt (dpa) -", "Berlin (dpa/bb) -"), APA, PA
  and AP datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR (the rents and prices above, „21,5
  Milliarden Euro“ with „insgesamt“ no hedge, „4,1 Milliarden Euro“ with „zuletzt“ no
  hedge, „400.000 Euro“), GBP ("£273,650", "£297,160", "about £61,000" "about", "£539,400",
  "£4.3 billion from £3.9 billion", "£742 million", "£1,392"), USD ("$426,300", "$400,000",
  "roughly $150 a month" "about", "$1.1 billion"), AUD ("A$874,300", "A$1.61 million",
  "A$1.5 million", "A$950,000"; forty-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "an
  estimated", "About" "about"; „knapp“, „Knapp“, „fast“, "nearly" "nearly"; „gut“, „Gut“,
  „mehr als“, „über“ before a figure, "more than" "over"; „weniger als“, „jünger als“,
  "below" before a figure, "sub-" (New, above) "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least"; „höchstens“ "at_most". No hedge: „im Schnitt“,
  „durchschnittlich“, „im Durchschnitt“, „im Median“, "an average of", "On average",
  "median", „insgesamt“, „zusammen“, „zuletzt“, „bereits“, „inzwischen“, „derzeit“,
  „jeweils“, „nur“, „Nur“, „meist“ (New, above), "just", "A record", "a record", "capped
  at", „begrenzt“, „allein“, „über“ after a noun that governs it, "more" and „mehr“ and
  „weniger“ after a figure, "from" before a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das Statistische
  Bundesamt (Destatis) mit“ and „teilte das Statistische Bundesamt mit“ -> "das
  Statistische Bundesamt" (the abbreviation in brackets dropped,
  two-hundred-and-sixty-fourth), „teilte Statistik Austria am Donnerstag mit“ -> "Statistik
  Austria" (a name as written, the weekday dropped; hundred-fifty-seventh: „teilte Statistik
  Stadt Zürich mit“), „laut Statistik Austria“ -> "Statistik Austria" and „laut
  Justizministerium“ -> "Justizministerium" as written (hundred-fifty-seventh: „laut
  Bundesbank“; two-hundred-and-twenty-sixth: „Laut Mietervereinigung“), „Nach Angaben des
  Justizministeriums“ -> "das Justizministerium" (two-hundred-and-fourth: „nach Angaben des
  Verteidigungsministeriums“), „nach Angaben der Stadt“ -> "die Stadt" (three-hundredth:
  „Nach Angaben der Bahn“), „Nach Angaben des Deutschen Mieterbunds“ -> "der Deutsche
  Mieterbund" and „Nach Angaben des Berliner Mietervereins“ -> "der Berliner Mieterverein"
  (hundred-fifty-seventh, two-hundred-and-twenty-sixth); „X sagte, ...“ with the office
  dropped („Mieterbund-Präsidentin Annelore Brinkhaus“, „Immowelt-Geschäftsführer Kai
  Thormählen“, „OeNB-Ökonomin Beatrix Lechthaler“, „Finanzwerk-Vorstand Detlev Ahlhorn“,
  „empirica-Vorstand Reinhold Wiechers“, „GdW-Präsidentin Marlies Kornbusch“,
  „Bauministerin Ilka Vollbrecht“, „Stadtentwicklungssenator Jörn Malchower“;
  hundred-eightieth, two-hundred-and-twenty-sixth). English: "Halifax said", "Freddie Mac
  said Thursday", "Shelter Scotland said" and "Canada Mortgage and Housing Corp said on
  Monday" as written, the weekday dropped (fifty-second, sixty-second,
  hundred-fifty-seventh: "Shelter said", "Canada Mortgage and Housing Corp said on
  Thursday"); "according to the Office for National Statistics" with its article
  (hundred-fifty-seventh), "the ONS said" -> "the ONS" (three-hundred-and-fourth),
  "according to Moneyfacts" as written (fifty-second, two-hundred-and-twenty-sixth), "the
  National Association of Realtors said Monday" and "the Residential Tenancies Board said on
  Wednesday" with the article, the weekday dropped (hundred-fifty-seventh); "Nationwide
  chief economist Graham Ledbury said", "Halifax head of mortgages Alison Brereton said",
  "NAR chief economist Dwayne Overbey said", "Housing Minister Pierre-Olivier Bastarache
  said", "Housing Minister Clare Penhaligon said", "Housing Minister Owen Staveley said" and
  "HUD Secretary Marcus Trelawney said" the name with the role dropped
  (two-hundred-and-twenty-sixth, two-hundred-and-sixty-fourth); "Housing Secretary Fiona
  Drummond-Kerr told MSPs" and "Housing Minister Cathal Mulrooney told parliament" the name
  (two-hundred-and-twenty-sixth: "told parliament"). Left unchecked (None): all negatives,
  also those with a named speaker; rows without attribution; "mortgage lender Nationwide
  said" and "property data firm Harbourline Data said" (a description before the name,
  fortieth, hundred-fifty-seventh); „wie aus Daten des Kreditvermittlers Finanzwerk
  hervorgeht“, „laut dem neuen Mietspiegel“, „nach Berechnungen des Forschungsinstituts
  empirica“, „Die Zahlen nannte das Bauministerium“, „rechnet“, „rechnete vor“, „verlangt“,
  „forderte“, „kündigte an“ (no verbs of saying); documents and data ("Bank of England data
  showed", "a closely watched index ... showed", "official figures show", "Ministry of
  Justice figures show", "according to a federal report", "the report found", "the lender
  estimated"), polls ("Economists polled by Reuters", "Analysts polled by Reuters";
  seventy-third), "the Government said" and "The Commerce Department also revised" (forms
  left open, two-hundred-and-twenty-sixth), a possessive heading the source ("Threshold's
  advice service"; eighty-third); and - forms that could have been checked, left unchecked
  to keep the checked speakers near 35, as the two-hundred-and-twenty-sixth and
  two-hundred-and-sixty-fourth batches did - „teilte das Statistische Bundesamt (Destatis)
  am Mittwoch mit“ in the housing-benefit story, „teilte das Statistische Bundesamt am
  Freitag mit“ in the price-index story, "the Federal Housing Finance Agency said", "the
  Commerce Department said on Tuesday", "the Mortgage Bankers Association said" and
  "according to the Department of Housing".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_323 = [
    # --- Baugenehmigungen (dpa), Januar ---
    (
        "de",
        "Wiesbaden (dpa) - Im November haben die Behörden in Deutschland den Bau von 19.870 Wohnungen bewilligt, 9,4 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 19870, None, None), ("percent", 9.4, "%", None)],
        None,
    ),
    (
        "de",
        "Das war bereits der siebte Anstieg in Folge, teilte das Statistische Bundesamt (Destatis) mit.",
        True,
        [("ordinal", 7, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Von Januar bis November wurden insgesamt 214.300 Wohnungen genehmigt, 6,8 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 214300, None, None), ("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Bei Einfamilienhäusern lag das Plus bei 14,2 Prozent, bei Mehrfamilienhäusern bei 4,9 Prozent.",
        True,
        [("percent", 14.2, "%", None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "de",
        "Vom Rekordjahr 2021 mit knapp 372.000 genehmigten Wohnungen ist die Branche damit noch weit entfernt.",
        True,
        [("year", 2021, None, None), ("count", 372000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Hauptverband der Deutschen Bauindustrie rechnet für das laufende Jahr mit rund 225.000 fertiggestellten Wohnungen.",
        True,
        [("count", 225000, None, "about")],
        None,
    ),
    (
        "de",
        "„Ein paar gute Monate machen noch keine Trendwende“, sagte Verbandspräsident Gerold Albrechtsen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund warnte, ohne steuerliche Anreize werde der private Mietwohnungsbau weiter stocken.",
        False,
        [],
        None,
    ),
    # --- UK house prices: Nationwide (Reuters), January ---
    (
        "en",
        "LONDON, Jan 2 (Reuters) - British house prices rose 0.5% in December, taking annual growth to 2.9%, mortgage lender Nationwide said on Friday.",
        True,
        [("date", "--01-02", None, None), ("percent", 0.5, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "The average price of a home reached £273,650, the highest on record in cash terms.",
        True,
        [("money", 273650, "GBP", None)],
        None,
    ),
    (
        "en",
        "Prices in the fourth quarter were 3.4% higher than a year earlier in Northern Ireland, the strongest of any UK region, while London lagged at 0.6%.",
        True,
        [("ordinal", 4, None, None), ("percent", 3.4, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Nationwide chief economist Graham Ledbury said a typical first-time buyer home now cost about 5.1 times average earnings, down from a peak of 5.8 in 2022.",
        True,
        [("count", 5.1, None, "about"), ("count", 5.8, None, None), ("year", 2022, None, None)],
        "Graham Ledbury",
    ),
    (
        "en",
        "A buyer on the average wage putting down a 20% deposit would spend 34% of take-home pay on mortgage payments, the lender estimated.",
        True,
        [("percent", 20, "%", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "en",
        '"Affordability is still stretched and will keep many would-be buyers on the sidelines," Ledbury said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Residential Landlords Association warned that tax changes were pushing smaller landlords out of the market.",
        False,
        [],
        None,
    ),
    # --- U.S. home prices: Case-Shiller (Reuters), January ---
    (
        "en",
        "NEW YORK, Jan 27 (Reuters) - U.S. home prices rose 1.6% in the 12 months through November, the smallest annual gain since mid-2023, a closely watched index of home values in 20 metropolitan areas showed on Tuesday.",
        True,
        [
            ("date", "--01-27", None, None),
            ("percent", 1.6, "%", None),
            ("duration", 12, "month", None),
            ("year", 2023, None, None),
            ("count", 20, None, None),
        ],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast an annual increase of 1.9%.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        "New York led gains with a 5.8% rise, followed by Chicago at 5.1% and Cleveland at 4.4%.",
        True,
        [("percent", 5.8, "%", None), ("percent", 5.1, "%", None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "en",
        "Prices fell from a year earlier in eight of the 20 cities, with Tampa down 3.6%.",
        True,
        [("count", 8, None, None), ("count", 20, None, None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "The broader national index was up 1.3% on the year.",
        True,
        [("percent", 1.3, "%", None)],
        None,
    ),
    (
        "en",
        "Separately, the Federal Housing Finance Agency said its house price index rose 0.4% in November from October.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Some economists think prices across the Sun Belt still have further to fall.",
        False,
        [],
        None,
    ),
    # --- Mietpreisbremse verlängert (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Die Mietpreisbremse gilt nach einem Beschluss des Bundestags um vier weitere Jahre, bis Ende 2029.",
        True,
        [("duration", 4, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 371 Abgeordnete, dagegen 264, es gab 12 Enthaltungen.",
        True,
        [("count", 371, None, None), ("count", 264, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Regel erlaubt bei Wiedervermietung in angespannten Wohnungsmärkten eine Miete von höchstens zehn Prozent über der ortsüblichen Vergleichsmiete.",
        True,
        [("percent", 10, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Justizministeriums gilt die Mietpreisbremse derzeit in 415 Städten und Gemeinden in 13 Bundesländern.",
        True,
        [("count", 415, None, None), ("count", 13, None, None)],
        "das Justizministerium",
    ),
    (
        "de",
        "Ausgenommen bleiben Neubauten, die nach dem 1. Oktober 2014 erstmals vermietet wurden.",
        True,
        [("date", "2014-10-01", None, None)],
        None,
    ),
    (
        "de",
        "Welche Gebiete als angespannter Wohnungsmarkt gelten, legen die Landesregierungen per Verordnung fest.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mieterbund-Präsidentin Annelore Brinkhaus sagte, bei Stichproben in 12 Großstädten hätten gut 40 Prozent der Inserate die zulässige Miete überschritten.",
        True,
        [("count", 12, None, None), ("percent", 40, "%", "over")],
        "Annelore Brinkhaus",
    ),
    (
        "de",
        "„Eine Bremse, deren Verletzung niemanden etwas kostet, ist keine Bremse“, sagte Brinkhaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Mieterbund appellierte an die Koalition, die Schlupflöcher im Gesetz endlich zu schließen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haus & Grund kündigte an, gegen die Verlängerung Verfassungsbeschwerde in Karlsruhe einzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband hält die Mietpreisbremse für einen verfassungswidrigen Eingriff ins Eigentum.",
        False,
        [],
        None,
    ),
    # --- UK house prices: Halifax (PA), March ---
    (
        "en",
        "LONDON (PA) - UK house prices fell 0.3% in February, the first monthly drop since August, Halifax said.",
        True,
        [("percent", 0.3, "%", None), ("ordinal", 1, None, None)],
        "Halifax",
    ),
    (
        "en",
        "The typical property now costs £297,160, 1.8% more than a year earlier.",
        True,
        [("money", 297160, "GBP", None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "en",
        "Halifax head of mortgages Alison Brereton said a first-time buyer typically needed a deposit of about £61,000, or 20.6% of the purchase price.",
        True,
        [("money", 61000, "GBP", "about"), ("percent", 20.6, "%", None)],
        "Alison Brereton",
    ),
    (
        "en",
        "Northern Ireland again recorded the strongest annual growth of any nation or region, at 6.9%.",
        True,
        [("percent", 6.9, "%", None)],
        None,
    ),
    (
        "en",
        "Prices in London were down 0.8% on the year, leaving the average home in the capital at £539,400.",
        True,
        [("percent", 0.8, "%", None), ("money", 539400, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Buyers remain cautious, but the market is holding up better than many expected," Brereton said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Estate agents said many sellers were still pitching their asking prices too high for the spring market.",
        False,
        [],
        None,
    ),
    # --- Angebotsmieten in Großstädten (dpa), März ---
    (
        "de",
        "Hamburg (dpa) - Die Angebotsmieten für Bestandswohnungen sind in 13 der 14 größten deutschen Städte binnen Jahresfrist gestiegen.",
        True,
        [("count", 13, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung des Immobilienportals Immowelt hervor, die Inserate für 75-Quadratmeter-Wohnungen mit drei Zimmern erfasst.",
        True,
        [("count", 75, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten zogen die Mieten in Leipzig an, wo bei Neuvermietung im Median 9,35 Euro pro Quadratmeter verlangt werden, 8,6 Prozent mehr als vor einem Jahr.",
        True,
        [("money", 9.35, "EUR", None), ("percent", 8.6, "%", None)],
        None,
    ),
    (
        "de",
        "München bleibt mit 21,10 Euro pro Quadratmeter die teuerste Großstadt, gefolgt von Frankfurt mit 16,45 Euro und Berlin mit 15,90 Euro.",
        True,
        [("money", 21.1, "EUR", None), ("money", 16.45, "EUR", None), ("money", 15.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für eine solche Wohnung sind in München kalt damit knapp 1.600 Euro im Monat fällig.",
        True,
        [("money", 1600, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Nur in Dresden gaben die Angebotsmieten leicht nach, um 0,7 Prozent.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "de",
        "Immowelt-Geschäftsführer Kai Thormählen sagte, das Angebot an Mietwohnungen auf dem Portal sei binnen zwei Jahren um rund ein Drittel geschrumpft.",
        True,
        [("duration", 2, "year", None), ("fraction", 0.3333, None, "about")],
        "Kai Thormählen",
    ),
    (
        "de",
        "„Wohnungssuche in der Großstadt ist zum Nervenkrieg mit ungewissem Ausgang geworden“, sagte Thormählen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Berliner Mieterverein sprach von einem „Ausverkauf der Bezahlbarkeit“.",
        False,
        [],
        None,
    ),
    # --- ONS affordability and rents (PA), March ---
    (
        "en",
        "LONDON (PA) - Full-time workers in England would have needed to spend an estimated 7.8 times their annual earnings to buy a home last year, according to the Office for National Statistics.",
        True,
        [("count", 7.8, None, "about")],
        "the Office for National Statistics",
    ),
    (
        "en",
        "That is down from 8.3 times the year before but still far above the 3.9 times recorded in 1997, when the series began.",
        True,
        [("count", 8.3, None, None), ("count", 3.9, None, None), ("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        "In London the ratio stood at 11.2, making the capital the least affordable region, while the North East was the most affordable at 4.9.",
        True,
        [("count", 11.2, None, None), ("count", 4.9, None, None)],
        None,
    ),
    (
        "en",
        "In Kensington and Chelsea, the least affordable local authority, a typical home cost 26.4 times typical earnings.",
        True,
        [("count", 26.4, None, None)],
        None,
    ),
    (
        "en",
        "Average monthly private rents in England rose 5.2% in the 12 months to February to £1,392.",
        True,
        [("percent", 5.2, "%", None), ("duration", 12, "month", None), ("money", 1392, "GBP", None)],
        None,
    ),
    (
        "en",
        "Private renters in England spent an average of 33.4% of their income on rent, the ONS said.",
        True,
        [("percent", 33.4, "%", None)],
        "the ONS",
    ),
    (
        "en",
        "Under the ONS definition, renters who spend more than 30% of their income on rent are classed as overburdened.",
        True,
        [("percent", 30, "%", "over")],
        None,
    ),
    (
        "en",
        'Generation Rent said the figures showed a generation being "locked out for good."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Home ownership has become a birthright for some and a fantasy for everyone else," said Generation Rent chief executive Tamsin Oldacre.',
        False,
        [],
        None,
    ),
    # --- Wohnimmobilienpreise in Österreich (APA), April ---
    (
        "de",
        "Wien (APA) - Häuser und Wohnungen waren in Österreich im vierten Quartal laut Statistik Austria um 3,1 Prozent teurer als ein Jahr davor.",
        True,
        [("ordinal", 4, None, None), ("percent", 3.1, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Der Häuserpreisindex erreichte damit 178,4 Punkte, nach 175,9 Punkten im Vorquartal.",
        True,
        [("count", 178.4, None, None), ("count", 175.9, None, None)],
        None,
    ),
    (
        "de",
        "Gebrauchte Eigentumswohnungen kosteten um 3,8 Prozent mehr, neue Eigentumswohnungen nur um 1,2 Prozent.",
        True,
        [("percent", 3.8, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Im Gesamtjahr stiegen die Preise um 2,4 Prozent, nach einem Minus von 1,6 Prozent im Jahr davor.",
        True,
        [("percent", 2.4, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Den Höchststand hatte der Index im dritten Quartal 2022 erreicht, danach gaben die Preise um gut 5 Prozent nach.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "In Wien kostete eine gebrauchte Eigentumswohnung zuletzt im Schnitt rund 5.480 Euro pro Quadratmeter, im Burgenland etwa 1.960 Euro.",
        True,
        [("money", 5480, "EUR", "about"), ("money", 1960, "EUR", "about")],
        None,
    ),
    (
        "de",
        "OeNB-Ökonomin Beatrix Lechthaler sagte, das Neugeschäft mit Wohnbaukrediten an private Haushalte sei im Jänner um 41 Prozent über dem Vorjahreswert gelegen.",
        True,
        [("percent", 41, "%", None)],
        "Beatrix Lechthaler",
    ),
    (
        "de",
        "Die Mietervereinigung sprach von einer „Rückkehr der Spekulation“ auf dem Wohnungsmarkt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Für junge Familien bleibt die eigene Wohnung ein unerfüllbarer Traum“, sagte Mietervereinigungs-Präsidentin Gudrun Feichtlbauer.",
        False,
        [],
        None,
    ),
    # --- UK mortgage approvals (Reuters), April ---
    (
        "en",
        "LONDON, April 1 (Reuters) - Mortgage approvals for house purchases in Britain rose to 66,200 in February from 63,900 in January, Bank of England data showed on Tuesday.",
        True,
        [("date", "--04-01", None, None), ("count", 66200, None, None), ("count", 63900, None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected approvals of 64,500.",
        True,
        [("count", 64500, None, None)],
        None,
    ),
    (
        "en",
        "Approvals for remortgaging fell by 2,800 to 34,100.",
        True,
        [("count", 2800, None, None), ("count", 34100, None, None)],
        None,
    ),
    (
        "en",
        "The rate paid on new mortgages, in effective terms, rose 6 basis points to 4.27%, the first increase in nine months.",
        True,
        [
            ("percent", 6, "bp", None),
            ("percent", 4.27, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Net mortgage lending edged up to £4.3 billion from £3.9 billion.",
        True,
        [("money", 4300000000, "GBP", None), ("money", 3900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Bank of England has held Bank Rate at 3.75% since its last cut in February.",
        True,
        [("percent", 3.75, "%", None)],
        None,
    ),
    (
        "en",
        "Economists said the figures suggested the housing market was regaining some of its momentum.",
        False,
        [],
        None,
    ),
    # --- Bauzinsen (dpa), Mai ---
    (
        "de",
        "Frankfurt (dpa) - Wer ein Haus mit zehnjähriger Zinsbindung finanziert, hat im Mai durchschnittlich 3,71 Prozent Zinsen gezahlt.",
        True,
        [("duration", 10, "year", None), ("percent", 3.71, "%", None)],
        None,
    ),
    (
        "de",
        "Das waren 18 Basispunkte mehr als im April und der höchste Wert seit dem Herbst 2023, wie aus Daten des Kreditvermittlers Finanzwerk hervorgeht.",
        True,
        [("percent", 18, "bp", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Bei 15 Jahren Zinsbindung verlangten die Banken im Schnitt 3,89 Prozent, bei fünf Jahren 3,52 Prozent.",
        True,
        [
            ("duration", 15, "year", None),
            ("percent", 3.89, "%", None),
            ("duration", 5, "year", None),
            ("percent", 3.52, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Im Januar hatte der Durchschnittszins noch bei 3,38 Prozent gelegen.",
        True,
        [("percent", 3.38, "%", None)],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen, die den Bauzinsen den Takt vorgibt, kletterte im selben Zeitraum um 0,24 Prozentpunkte auf 2,86 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 0.24, "pp", None), ("percent", 2.86, "%", None)],
        None,
    ),
    (
        "de",
        "Bei einem Kredit über 400.000 Euro steigt die Monatsrate dadurch um rund 60 Euro.",
        True,
        [("money", 400000, "EUR", None), ("money", 60, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzwerk-Vorstand Detlev Ahlhorn sagte, Käufer finanzierten inzwischen im Schnitt 83 Prozent des Kaufpreises über die Bank.",
        True,
        [("percent", 83, "%", None)],
        "Detlev Ahlhorn",
    ),
    (
        "de",
        "„Die Zeit der Schnäppchenzinsen ist endgültig vorbei“, sagte Ahlhorn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verbraucherschützer befürchten, dass sich viele Haushalte mit variabel verzinsten Krediten übernehmen.",
        False,
        [],
        None,
    ),
    # --- Baufertigstellungen (dpa), Mai ---
    (
        "de",
        "Wiesbaden (dpa) - Bundesweit wurden im vergangenen Jahr 238.400 Wohnungen fertiggestellt, 5,3 Prozent weniger als im Jahr davor.",
        True,
        [("count", 238400, None, None), ("percent", 5.3, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist der niedrigste Stand seit 2015, als 247.700 Wohnungen bezugsfertig wurden.",
        True,
        [("year", 2015, None, None), ("count", 247700, None, None)],
        None,
    ),
    (
        "de",
        "Das einstige Regierungsziel, jährlich 400.000 Wohnungen zu bauen, wurde damit zum vierten Mal in Folge klar verfehlt.",
        True,
        [("count", 400000, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Bauüberhang aus genehmigten, aber noch nicht fertiggestellten Wohnungen sank um 4,1 Prozent auf rund 782.000.",
        True,
        [("percent", 4.1, "%", None), ("count", 782000, None, "about")],
        None,
    ),
    (
        "de",
        "Besonders stark ging die Zahl der fertiggestellten Einfamilienhäuser zurück, um 12,7 Prozent.",
        True,
        [("percent", 12.7, "%", None)],
        None,
    ),
    (
        "de",
        "Von der Genehmigung bis zur Fertigstellung eines Mehrfamilienhauses vergingen im Schnitt 27 Monate, nach 25 Monaten im Vorjahr.",
        True,
        [("duration", 27, "month", None), ("duration", 25, "month", None)],
        None,
    ),
    (
        "de",
        "GdW-Präsidentin Marlies Kornbusch sagte, die Mitgliedsunternehmen hätten ihre Neubaupläne für das laufende Jahr um ein Viertel gekürzt.",
        True,
        [("fraction", 0.25, None, None)],
        "Marlies Kornbusch",
    ),
    (
        "de",
        "„Wir erleben einen Stillstand mit Ansage“, sagte Kornbusch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bauwirtschaft hofft, dass der „Bau-Turbo“ die Genehmigungsverfahren spürbar beschleunigt.",
        False,
        [],
        None,
    ),
    # --- UK mortgage rates: Moneyfacts (PA), May ---
    (
        "en",
        "LONDON (PA) - The average two-year fixed-rate mortgage on the market fell to 4.71% from 4.83% a month earlier, according to Moneyfacts.",
        True,
        [("duration", 2, "year", None), ("percent", 4.71, "%", None), ("percent", 4.83, "%", None)],
        "Moneyfacts",
    ),
    (
        "en",
        "The average five-year fix dropped 9 basis points to 4.86%.",
        True,
        [("duration", 5, "year", None), ("percent", 9, "bp", None), ("percent", 4.86, "%", None)],
        None,
    ),
    (
        "en",
        "Lenders had 7,102 mortgage deals available, the widest choice since March 2008.",
        True,
        [("count", 7102, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Several lenders now offer sub-4% five-year fixes to borrowers with a deposit of at least 40%.",
        True,
        [("percent", 4, "%", "under"), ("duration", 5, "year", None), ("percent", 40, "%", "at_least")],
        None,
    ),
    (
        "en",
        "Some lenders will now lend up to 5.5x income to higher earners, against a standard limit of 4.5 times.",
        True,
        [("count", 5.5, None, "up_to"), ("count", 4.5, None, None)],
        None,
    ),
    (
        "en",
        "Deals for borrowers with a 5% deposit numbered 402, up from 371 in April.",
        True,
        [("percent", 5, "%", None), ("count", 402, None, None), ("count", 371, None, None)],
        None,
    ),
    (
        "en",
        "Brokers said borrowers should not count on rates falling much further this year.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The price war is good news, but it will not fix the affordability crisis on its own," said Moneyfacts finance expert Rhianna Colquhoun.',
        False,
        [],
        None,
    ),
    # --- Leerstand (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - In Deutschland stehen nach Berechnungen des Forschungsinstituts empirica rund 2,3 Prozent der Wohnungen in Mehrfamilienhäusern leer.",
        True,
        [("percent", 2.3, "%", "about")],
        None,
    ),
    (
        "de",
        "Das entspricht etwa 548.000 marktaktiven leer stehenden Wohnungen, 14.000 weniger als im Jahr davor.",
        True,
        [("count", 548000, None, "about"), ("count", 14000, None, None)],
        None,
    ),
    (
        "de",
        "In den ostdeutschen Flächenländern liegt die Quote mit 6,1 Prozent fast dreimal so hoch wie im Westen.",
        True,
        [("percent", 6.1, "%", None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "In München, Frankfurt und Hamburg sind es jeweils weniger als 0,5 Prozent.",
        True,
        [("percent", 0.5, "%", "under")],
        None,
    ),
    (
        "de",
        "Als Reserve für Umzüge und Sanierungen gelten in der Fachwelt 2 bis 3 Prozent Leerstand als nötig.",
        True,
        [("percent", 2, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "empirica-Vorstand Reinhold Wiechers sagte, in 118 der 400 Landkreise und kreisfreien Städte stünden mehr als 5 Prozent der Wohnungen leer.",
        True,
        [("count", 118, None, None), ("count", 400, None, None), ("percent", 5, "%", "over")],
        "Reinhold Wiechers",
    ),
    (
        "de",
        "„Eine leere Wohnung in der Lausitz hilft keinem Wohnungssuchenden in Köln“, sagte Wiechers.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Mieterbund hält die Zahlen für die Großstädte für geschönt, weil viele Wohnungen bewusst leer gehalten würden.",
        False,
        [],
        None,
    ),
    # --- U.S. existing home sales (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — Existing-home sales in the U.S. slipped 2.7% in May from April to an annual pace of 3.93 million, adjusted for seasonal swings, the National Association of Realtors said Monday.",
        True,
        [("percent", 2.7, "%", None), ("count", 3930000, None, None)],
        "the National Association of Realtors",
    ),
    (
        "en",
        "The national median sales price climbed 1.4% from a year earlier to $426,300, an all-time high for the month of May.",
        True,
        [("percent", 1.4, "%", None), ("money", 426300, "USD", None)],
        None,
    ),
    (
        "en",
        "Listings climbed to 1.54 million homes by the close of May, up 18% from a year ago.",
        True,
        [("count", 1540000, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "That amounts to a 4.7-month supply at the current sales pace.",
        True,
        [("duration", 4.7, "month", None)],
        None,
    ),
    (
        "en",
        "First-time buyers accounted for 29% of sales, while all-cash purchases made up roughly a quarter.",
        True,
        [("percent", 29, "%", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "NAR chief economist Dwayne Overbey said 30-year mortgage rates would have to drop below 6% to draw buyers back in large numbers.",
        True,
        [("duration", 30, "year", None), ("percent", 6, "%", "under")],
        "Dwayne Overbey",
    ),
    (
        "en",
        "Real estate agents say many buyers are simply waiting for a sign that prices have peaked.",
        False,
        [],
        None,
    ),
    # --- Canadian housing starts (Reuters), June ---
    (
        "en",
        "OTTAWA, June 16 (Reuters) - Canadian housing starts rose 9.6% in May to a seasonally adjusted annualized rate of 279,510, Canada Mortgage and Housing Corp said on Monday.",
        True,
        [("date", "--06-16", None, None), ("percent", 9.6, "%", None), ("count", 279510, None, None)],
        "Canada Mortgage and Housing Corp",
    ),
    (
        "en",
        "Analysts polled by Reuters had forecast 248,000 units.",
        True,
        [("count", 248000, None, None)],
        None,
    ),
    (
        "en",
        "The six-month moving average of the monthly annual rates rose 2.1% to 258,330.",
        True,
        [("duration", 6, "month", None), ("percent", 2.1, "%", None), ("count", 258330, None, None)],
        None,
    ),
    (
        "en",
        "Multi-unit urban starts, which include condominiums and rental apartments, jumped 11.4% to 226,720.",
        True,
        [("percent", 11.4, "%", None), ("count", 226720, None, None)],
        None,
    ),
    (
        "en",
        "Starts in Toronto remained weak, down 27% from a year earlier, as condo presales slumped to their lowest since the 1990s.",
        True,
        [("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "Housing Minister Pierre-Olivier Bastarache said the government aimed to have 480,000 homes a year under construction by 2031.",
        True,
        [("count", 480000, None, None), ("year", 2031, None, None)],
        "Pierre-Olivier Bastarache",
    ),
    (
        "en",
        "Developers say high construction costs and municipal charges make many rental projects unviable.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is a good month, not yet a turnaround," said Ines Lachapelle, an economist at Fundy Capital.',
        False,
        [],
        None,
    ),
    # --- Wohnungslose in Notunterkünften (dpa), Juli ---
    (
        "de",
        "Wiesbaden (dpa) - Rund 487.300 wohnungslose Menschen haben die Kommunen und freien Träger zum Stichtag 31. Januar in Notunterkünften und Einrichtungen untergebracht.",
        True,
        [("count", 487300, None, "about"), ("date", "--01-31", None, None)],
        None,
    ),
    (
        "de",
        "Binnen eines Jahres stieg die Zahl damit um 11 Prozent, teilte das Statistische Bundesamt mit.",
        True,
        [("percent", 11, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Knapp ein Drittel der Untergebrachten war jünger als 18 Jahre.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 18, "year", "under")],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel der Betroffenen hatten keine deutsche Staatsangehörigkeit, ein großer Teil davon Geflüchtete aus der Ukraine.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Mit 142.600 Personen meldete Nordrhein-Westfalen die meisten Untergebrachten, gefolgt von Baden-Württemberg mit 71.200.",
        True,
        [("count", 142600, None, None), ("count", 71200, None, None)],
        None,
    ),
    (
        "de",
        "Obdachlose auf der Straße und Menschen, die bei Freunden schlafen, fehlen in der Statistik; die Bundesregierung hatte ihre Zahl zuletzt auf etwa 90.000 geschätzt.",
        True,
        [("count", 90000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Diakonie appellierte an Bund und Länder, Wohnungslosigkeit endlich als Notlage zu behandeln.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wohnungslosigkeit ist kein Schicksal, sondern die Folge politischer Versäumnisse“, sagte eine Sprecherin der Bundesarbeitsgemeinschaft Wohnungslosenhilfe.",
        False,
        [],
        None,
    ),
    # --- U.S. mortgage rates: Freddie Mac (AP), July ---
    (
        "en",
        "LOS ANGELES (AP) — Long-term U.S. mortgage rates climbed this week, with the 30-year rate averaging 6.42%, its highest level in two months, Freddie Mac said Thursday.",
        True,
        [("duration", 30, "year", None), ("percent", 6.42, "%", None), ("duration", 2, "month", None)],
        "Freddie Mac",
    ),
    (
        "en",
        "A year ago, the rate averaged 6.89%.",
        True,
        [("percent", 6.89, "%", None)],
        None,
    ),
    (
        "en",
        "The 15-year fixed rate, a favourite with homeowners who refinance, edged up to 5.61% from 5.54%.",
        True,
        [("duration", 15, "year", None), ("percent", 5.61, "%", None), ("percent", 5.54, "%", None)],
        None,
    ),
    (
        "en",
        "Mortgage applications fell 3.1% last week from a week earlier, the Mortgage Bankers Association said.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "On a $400,000 loan, the gap between a 6.42% rate and a 7% rate works out at roughly $150 a month.",
        True,
        [
            ("money", 400000, "USD", None),
            ("percent", 6.42, "%", None),
            ("percent", 7, "%", None),
            ("money", 150, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Homebuilders say high rates are scaring off buyers who would otherwise be ready to sign.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Buyers are tired of waiting for rates to come down," said Lupe Carrasco, a loan officer in Phoenix.',
        False,
        [],
        None,
    ),
    # --- Österreichs Mietpreisbremse (APA), August ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat eine Mietpreisbremse beschlossen, die Erhöhungen bei Richtwert- und Kategoriemieten 2027 auf 1,2 Prozent und 2028 auf 2,2 Prozent begrenzt.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 1.2, "%", None),
            ("year", 2028, None, None),
            ("percent", 2.2, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Ab 2029 darf die Inflation über 3 Prozent nur noch zur Hälfte an die Mieter weitergegeben werden.",
        True,
        [("year", 2029, None, None), ("percent", 3, "%", "over"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind laut Justizministerium rund 410.000 Haushalte im Altbau und im Gemeindebau.",
        True,
        [("count", 410000, None, "about")],
        "Justizministerium",
    ),
    (
        "de",
        "Für eine 70-Quadratmeter-Altbauwohnung in Wien bedeutet das eine Ersparnis von rund 140 Euro im Jahr.",
        True,
        [("count", 70, None, None), ("money", 140, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Mietervereinigung verlangt, auch die freien Mieten in die Bremse einzubeziehen, die zuletzt um 6,4 Prozent gestiegen sind.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Trostpflaster, keine Mietpreisbremse“, sagte Mietervereinigungs-Präsidentin Feichtlbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haus- und Grundbesitzerbund rechnete vor, dass Vermieter bei Richtwertmieten seit 2022 auf Erhöhungen von zusammen 8,6 Prozent verzichten mussten.",
        True,
        [("year", 2022, None, None), ("percent", 8.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der Haus- und Grundbesitzerbund warnte, mit dem Eingriff werde die Sanierung von Altbauten zum Verlustgeschäft.",
        False,
        [],
        None,
    ),
    # --- U.S. housing starts (Reuters), August ---
    (
        "en",
        "WASHINGTON, Aug 19 (Reuters) - U.S. single-family homebuilding fell for a third straight month in July as a glut of unsold new homes held builders back, the Commerce Department said on Tuesday.",
        True,
        [("date", "--08-19", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Single-family housing starts dropped 4.2% to a seasonally adjusted annual rate of 871,000 units.",
        True,
        [("percent", 4.2, "%", None), ("count", 871000, None, None)],
        None,
    ),
    (
        "en",
        "Permits for future single-family homebuilding slipped 1.1% to a rate of 862,000, the lowest since May 2023.",
        True,
        [("percent", 1.1, "%", None), ("count", 862000, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast total starts at 1.30 million units.",
        True,
        [("count", 1300000, None, None)],
        None,
    ),
    (
        "en",
        "The Commerce Department also revised June's figure for single-family starts lower.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The inventory of new homes for sale stood at 503,000 units, the most since 2007.",
        True,
        [("count", 503000, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Selling that stock would take 9.6 months at July's pace of sales.",
        True,
        [("duration", 9.6, "month", None)],
        None,
    ),
    (
        "en",
        "Builders put the slowdown down to costly mortgages and to tariffs on lumber and steel.",
        False,
        [],
        None,
    ),
    # --- Sozialwohnungen (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Der Bestand an Sozialwohnungen in Deutschland ist im vergangenen Jahr um rund 23.000 auf knapp 1,03 Millionen gesunken.",
        True,
        [("count", 23000, None, "about"), ("count", 1030000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Zwar wurden 51.400 neue Sozialwohnungen gefördert, zugleich fielen aber gut 74.000 Wohnungen aus der Bindung.",
        True,
        [("count", 51400, None, None), ("count", 74000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahlen nannte das Bauministerium in seiner Antwort auf eine parlamentarische Anfrage der Linken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ende der 1980er-Jahre hatte es allein in Westdeutschland noch fast vier Millionen Sozialwohnungen gegeben.",
        True,
        [("count", 4000000, None, "nearly")],
        None,
    ),
    (
        "de",
        "In München warten nach Angaben der Stadt rund 24.500 Haushalte auf eine geförderte Wohnung.",
        True,
        [("count", 24500, None, "about")],
        "die Stadt",
    ),
    (
        "de",
        "Bauministerin Ilka Vollbrecht sagte, der Bund gebe bis 2029 insgesamt 21,5 Milliarden Euro an Fördermitteln für Sozialwohnungen.",
        True,
        [("year", 2029, None, None), ("money", 21500000000, "EUR", None)],
        "Ilka Vollbrecht",
    ),
    (
        "de",
        "Der Mieterbund forderte, jedes Jahr mindestens 100.000 neue Sozialwohnungen zu fördern.",
        True,
        [("count", 100000, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Jede Sozialwohnung, die aus der Bindung fällt, ist eine verlorene Wohnung für Normalverdiener“, sagte Vollbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Linke warf der Regierung vor, beim sozialen Wohnungsbau seit Jahren zu kleckern statt zu klotzen.",
        False,
        [],
        None,
    ),
    # --- Häuserpreisindex (dpa), September ---
    (
        "de",
        "Wiesbaden (dpa) - Wohnimmobilien in Deutschland haben im zweiten Quartal durchschnittlich 3,4 Prozent mehr gekostet als ein Jahr zuvor.",
        True,
        [("ordinal", 2, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Es war der fünfte Anstieg in Folge, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vorquartal stiegen die Preise um 1,1 Prozent.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "In den sieben größten Metropolen kosteten Eigentumswohnungen 4,2 Prozent mehr, Ein- und Zweifamilienhäuser 2,9 Prozent.",
        True,
        [("count", 7, None, None), ("percent", 4.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "In dünn besiedelten ländlichen Kreisen verteuerten sich Häuser dagegen nur um 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Vom Rekordhoch im zweiten Quartal 2022 sind die Preise allerdings noch rund 9 Prozent entfernt.",
        True,
        [("ordinal", 2, None, None), ("year", 2022, None, None), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "de",
        "Makler rechnen damit, dass die Preise in den Großstädten weiter anziehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haus & Grund sprach von einer „trügerischen Erholung“, die an vielen Eigentümern vorbeigehe.",
        False,
        [],
        None,
    ),
    # --- Scotland temporary accommodation (PA), September ---
    (
        "en",
        "EDINBURGH (PA) - A record 10,820 households were living in temporary accommodation in Scotland at the end of March, official figures show.",
        True,
        [("count", 10820, None, None)],
        None,
    ),
    (
        "en",
        "They included 9,740 children, an increase of 8% on the year before.",
        True,
        [("count", 9740, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Councils received 41,300 homelessness applications in 2025-26, up 3% and the highest number since 2012.",
        True,
        [
            ("count", 41300, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("percent", 3, "%", None),
            ("year", 2012, None, None),
        ],
        None,
    ),
    (
        "en",
        "On average, households spent 231 days in temporary accommodation before being offered a settled home.",
        True,
        [("duration", 231, "day", None)],
        None,
    ),
    (
        "en",
        "Housing Secretary Fiona Drummond-Kerr told MSPs the Scottish Government would invest £742 million in affordable housing this year.",
        True,
        [("money", 742000000, "GBP", None)],
        "Fiona Drummond-Kerr",
    ),
    (
        "en",
        "Shelter Scotland said one in every 60 children in Glasgow was now living in temporary accommodation.",
        True,
        [("fraction", 0.0167, None, None)],
        "Shelter Scotland",
    ),
    (
        "en",
        'Shelter Scotland called the figures "a national scandal" and urged ministers to act faster.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Landlord groups argue that tighter rent rules have driven investors away and made the shortage worse.",
        False,
        [],
        None,
    ),
    # --- Irish rents and Rent Pressure Zones (Reuters), October ---
    (
        "en",
        "DUBLIN, Oct 8 (Reuters) - Irish tenants signing new leases paid an average of 1,752 euros a month in the second quarter, 5.9% more than a year before, the Residential Tenancies Board said on Wednesday.",
        True,
        [
            ("date", "--10-08", None, None),
            ("money", 1752, "EUR", None),
            ("ordinal", 2, None, None),
            ("percent", 5.9, "%", None),
        ],
        "the Residential Tenancies Board",
    ),
    (
        "en",
        "In Dublin, the average new rent reached 2,338 euros, while in Leitrim it was 1,014 euros.",
        True,
        [("money", 2338, "EUR", None), ("money", 1014, "EUR", None)],
        None,
    ),
    (
        "en",
        "Rent increases in designated Rent Pressure Zones are capped at 2% a year, or the rate of inflation if that is lower.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "From March, the government will extend the rules to the whole country, covering about 350,000 private tenancies.",
        True,
        [("count", 350000, None, "about")],
        None,
    ),
    (
        "en",
        "Housing Minister Cathal Mulrooney told parliament that 34,800 new homes had been completed in the 12 months to June, short of a target of 41,000.",
        True,
        [("count", 34800, None, None), ("duration", 12, "month", None), ("count", 41000, None, None)],
        "Cathal Mulrooney",
    ),
    (
        "en",
        "The number of people in emergency accommodation hit a record 16,150, including 4,920 children, according to the Department of Housing.",
        True,
        [("count", 16150, None, None), ("count", 4920, None, None)],
        None,
    ),
    (
        "en",
        "Threshold's advice service dealt with 8,400 tenants facing eviction between January and the end of September.",
        True,
        [("count", 8400, None, None)],
        None,
    ),
    (
        "en",
        "The Irish Property Owners' Association said the rules would drive more small landlords to sell up.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Every week we hear from families who have given up hope of ever owning a home," said Threshold chief executive Niamh Kilbride.',
        False,
        [],
        None,
    ),
    # --- Wohngeld (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Wohngeldhaushalte ist im vergangenen Jahr um 8 Prozent auf rund 1,9 Millionen gestiegen.",
        True,
        [("percent", 8, "%", None), ("count", 1900000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Schnitt erhielt ein Haushalt 311 Euro im Monat, teilte das Statistische Bundesamt (Destatis) am Mittwoch mit.",
        True,
        [("money", 311, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zum 1. Januar erhöht die Regierung den Zuschuss um durchschnittlich 12 Prozent oder rund 37 Euro monatlich.",
        True,
        [("date", "--01-01", None, None), ("percent", 12, "%", None), ("money", 37, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Gut die Hälfte der Wohngeldhaushalte sind Rentnerhaushalte.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Bund und Länder tragen die Kosten von zuletzt 4,1 Milliarden Euro je zur Hälfte.",
        True,
        [("money", 4100000000, "EUR", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Deutschen Mieterbunds erreicht das Wohngeld nur etwa ein Drittel der berechtigten Haushalte.",
        True,
        [("fraction", 0.3333, None, "about")],
        "der Deutsche Mieterbund",
    ),
    (
        "de",
        "Sozialverbände halten die Erhöhung angesichts gestiegener Heizkosten für zu gering.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das Wohngeld ist ein Pflaster auf einer Wunde, die immer größer wird“, sagte Mieterbund-Präsidentin Brinkhaus.",
        False,
        [],
        None,
    ),
    # --- Australian home prices and deposits (Reuters), November ---
    (
        "en",
        "SYDNEY, Nov 4 (Reuters) - Australian home prices rose 0.8% in October, the ninth straight monthly gain, lifting the national median to A$874,300, property data firm Harbourline Data said on Tuesday.",
        True,
        [
            ("date", "--11-04", None, None),
            ("percent", 0.8, "%", None),
            ("ordinal", 9, None, None),
            ("money", 874300, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Sydney's median house value climbed to A$1.61 million, about 13.4 times the median household income.",
        True,
        [("money", 1610000, "AUD", None), ("count", 13.4, None, "about")],
        None,
    ),
    (
        "en",
        "Under an expanded government scheme, first-home buyers can purchase with a deposit of just 5% and avoid lenders' mortgage insurance.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "The price caps under the scheme were lifted to A$1.5 million in Sydney and A$950,000 in Brisbane.",
        True,
        [("money", 1500000, "AUD", None), ("money", 950000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Housing Minister Clare Penhaligon said more than 52,000 buyers had used the scheme in its first six weeks.",
        True,
        [("count", 52000, None, "over"), ("ordinal", 1, None, None), ("duration", 6, "week", None)],
        "Clare Penhaligon",
    ),
    (
        "en",
        "Borrowing costs have eased too: the Reserve Bank of Australia has cut twice this year, leaving its cash rate at 3.85% in September.",
        True,
        [("count", 2, None, None), ("percent", 3.85, "%", None)],
        None,
    ),
    (
        "en",
        "Economists warn the scheme could push up prices further at the lower end of the market.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We are giving young Australians a foot in the door," Penhaligon said.',
        False,
        [],
        None,
    ),
    # --- Berliner Mietspiegel (dpa/bb), November ---
    (
        "de",
        "Berlin (dpa/bb) - Berliner Mieter zahlen laut dem neuen Mietspiegel im Durchschnitt 7,88 Euro netto kalt pro Quadratmeter, 5,4 Prozent mehr als vor zwei Jahren.",
        True,
        [("money", 7.88, "EUR", None), ("percent", 5.4, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mietspiegel beruht auf knapp 13.000 Datensätzen und gilt für rund 1,5 Millionen Wohnungen.",
        True,
        [("count", 13000, None, "nearly"), ("count", 1500000, None, "about")],
        None,
    ),
    (
        "de",
        "Die sechs landeseigenen Wohnungsbaugesellschaften dürfen ihre Mieten nach einer Vereinbarung mit dem Senat bis Ende 2028 um höchstens 2,9 Prozent pro Jahr erhöhen.",
        True,
        [("count", 6, None, None), ("year", 2028, None, None), ("percent", 2.9, "%", "at_most")],
        None,
    ),
    (
        "de",
        "Das Bundesverfassungsgericht hatte den Berliner Mietendeckel im April 2021 für nichtig erklärt, weil dem Land die Zuständigkeit fehlte.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Stadtentwicklungssenator Jörn Malchower sagte, die landeseigenen Gesellschaften verlangten im Schnitt 7,02 Euro pro Quadratmeter und damit gut 10 Prozent weniger als private Vermieter.",
        True,
        [("money", 7.02, "EUR", None), ("percent", 10, "%", "over")],
        "Jörn Malchower",
    ),
    (
        "de",
        "Nach Angaben des Berliner Mietervereins liegt die durchschnittliche Angebotsmiete bei Neuverträgen inzwischen bei 15,74 Euro und damit doppelt so hoch wie im Mietspiegel.",
        True,
        [("money", 15.74, "EUR", None), ("count", 2, None, None)],
        "der Berliner Mieterverein",
    ),
    (
        "de",
        "„Dieser Mietspiegel beschreibt eine Stadt, in der niemand mehr eine Wohnung findet“, sagte Mietervereins-Geschäftsführerin Ulrike Hanfstengel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband Berlin-Brandenburgischer Wohnungsunternehmen warnte vor „Enteignungsfantasien“, die Investoren aus der Stadt trieben.",
        False,
        [],
        None,
    ),
    # --- England no-fault evictions (PA), November ---
    (
        "en",
        'LONDON (PA) - Landlords in England brought 10,940 Section 21 "no-fault" eviction claims to court between July and September, 12% more than a year earlier, Ministry of Justice figures show.',
        True,
        [("count", 10940, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Bailiffs carried out 2,970 repossessions following no-fault claims over the quarter.",
        True,
        [("count", 2970, None, None)],
        None,
    ),
    (
        "en",
        "Section 21 notices will be abolished from May 1 under the Renters' Rights Act, the Government said.",
        True,
        [("date", "--05-01", None, None)],
        None,
    ),
    (
        "en",
        "The Renters' Rights Act received royal assent in October.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Under the new rules, landlords must give at least four months' notice when selling or moving back in, and cannot use those grounds in the first 12 months of a tenancy.",
        True,
        [("duration", 4, "month", "at_least"), ("ordinal", 1, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Tenants must be given two months' notice of any rent increase and can challenge it at a tribunal.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "Housing Minister Owen Staveley said about 10.6 million private renters would benefit from the new protections.",
        True,
        [("count", 10600000, None, "about")],
        "Owen Staveley",
    ),
    (
        "en",
        'The National Residential Landlords Association said the reforms would leave landlords "at the mercy of an overstretched court system."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Renters' groups urged the Government to bring the ban forward.",
        False,
        [],
        None,
    ),
    # --- Mieten in Österreich (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Die durchschnittliche Miete inklusive Betriebskosten ist in Österreich im dritten Quartal auf 10,36 Euro pro Quadratmeter gestiegen, ein Plus von 4,5 Prozent binnen Jahresfrist.",
        True,
        [("ordinal", 3, None, None), ("money", 10.36, "EUR", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "Für eine durchschnittliche Hauptmietwohnung mit 69 Quadratmetern zahlten Haushalte damit 715 Euro im Monat, teilte Statistik Austria am Donnerstag mit.",
        True,
        [("count", 69, None, None), ("money", 715, "EUR", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Am teuersten wohnen Mieter in Salzburg mit 12,14 Euro pro Quadratmeter, am günstigsten im Burgenland mit 7,48 Euro.",
        True,
        [("money", 12.14, "EUR", None), ("money", 7.48, "EUR", None)],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der neuen Mietverträge im privaten Segment ist befristet, meist auf drei Jahre.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Mieterhaushalte wenden im Schnitt 23,7 Prozent ihres Haushaltseinkommens fürs Wohnen auf, Eigentümer 9,1 Prozent.",
        True,
        [("percent", 23.7, "%", None), ("percent", 9.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bei jedem fünften Mieterhaushalt übersteigen die Wohnkosten 40 Prozent des Einkommens.",
        True,
        [("fraction", 0.2, None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "„Wohnen wird für immer mehr Familien zur Existenzfrage“, sagte AK-Wohnrechtsexperte Lukas Prammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband der Immobilienwirtschaft hält ein Ende der Befristungen für „den sicheren Weg in die Wohnungsknappheit“.",
        False,
        [],
        None,
    ),
    # --- U.S. homelessness count (AP), December ---
    (
        "en",
        "WASHINGTON (AP) — Homelessness in the United States rose 14% in a year to 748,900 people on a single night in January, according to a federal report released Friday.",
        True,
        [("percent", 14, "%", None), ("count", 748900, None, None)],
        None,
    ),
    (
        "en",
        "It is the highest number since the Department of Housing and Urban Development began the annual count in 2007.",
        True,
        [("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "The count is carried out by local agencies and volunteers on a single night each January.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 4 in 10 were sleeping outside or in places not meant for people to live, the report found.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Family homelessness jumped 31%, driven in part by migrants arriving in cities such as Chicago, Denver and New York.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Veteran homelessness fell 6% to 31,400, the lowest on record.",
        True,
        [("percent", 6, "%", None), ("count", 31400, None, None)],
        None,
    ),
    (
        "en",
        "HUD Secretary Marcus Trelawney said the department would shift $1.1 billion in grants toward programs that require treatment.",
        True,
        [("money", 1100000000, "USD", None)],
        "Marcus Trelawney",
    ),
    (
        "en",
        'Advocates called the shift "a cruel step backwards" for people who need a roof first.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"No one should have to sleep in a car in the richest country on earth," said Sandra Bettencourt of the National Alliance to End Homelessness.',
        False,
        [],
        None,
    ),
]
