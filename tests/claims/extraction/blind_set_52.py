"""Fifty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Petra Wallner, Andreas Pichlmayr, Helen Dorsey, Priya Nair, Mark Talbot, the credit broker
Zinsfuchs, the portal Wohnkompass, the Bausparkasse Alpenland, Bergblick Immobilien, Calder
Homes, Lodgeline, RentCompass, Valuora); real institutions, indices and places such as
"Statistik Austria", "Destatis"/"Statistisches Bundesamt", "Nationalbank", "Finanzmarktaufsicht",
"Arbeiterkammer", "Wirtschaftskammer", "KSV1870", "Bundesamt für Statistik", "Bundesamt für
Wohnungswesen", "Nationwide", "Halifax", "HM Land Registry", "the ONS", "the Bank of England",
"Moneyfacts", "the Financial Conduct Authority", "the Royal Institution of Chartered Surveyors",
"S&P CoreLogic Case-Shiller", "the National Association of Realtors", "Freddie Mac", "the
Mortgage Bankers Association", "the Census Bureau", "CoreLogic", "the Reserve Bank of
Australia", "Canstar", "the Canada Mortgage and Housing Corporation", "the Central Statistics
Office" or "the Residential Tenancies Board" stand for the way wire copy names them; every
price, rate, permit, rent and quote here is invented.

Its weight: HOUSING, REAL ESTATE, CONSTRUCTION AND MORTGAGES. Half German (APA, dpa, dpa-AFX,
Keystone-SDA, awp: Statistik Austria's house price index and construction costs, an estate
agents' price table, new housing loans and the KIM rules of the Nationalbank and the FMA,
German mortgage rates by Zinsbindung, Destatis' house price index, building permits,
completions and building prices, Vienna's Richtwert rents and council housing, Munich's
Mietspiegel and Berlin asking rents, Swiss vacant flats, the Referenzzinssatz and fixed-rate
mortgages, a Bausparkasse, a municipal tower in Wörgl, a developer's insolvency, housing
statistics, a Frankfurt residential tower, purchase taxes and vacancy in Graz; Swiss
"51'900", "2100 Franken", "1,35 Mio. Franken", "3½-Zimmer-Wohnung") and half English (PA,
Reuters, AP, AAP, CP: Nationwide, Halifax, ONS rents and affordability ratios, Land Registry
prices, Bank of England approvals and rules, Moneyfacts rates, loan-to-value shares,
housebuilding starts and completions, a housebuilder's results, towers and a condemned
block, Case-Shiller, existing home sales, Freddie Mac and MBA rates, starts, permits and
vacancy rates, U.S. asking rents, CoreLogic values and rents, the RBA, ABS approvals and
auction clearance rates, CMHC starts, Irish prices and rents, build costs and insolvencies,
New Zealand and China, stamp duty and renters' rules). Figures as such copy has them: prices
per square metre ("4.850 Euro pro Quadratmeter", "18.500 €/m²", "3.900 bis 5.300 Euro/m²",
"£1,480 per square foot"), rents per month and their rises, floor areas ("75-Quadratmeter-
Wohnung", "zwischen 45 und 92 Quadratmeter", "88 square metres", "2,400-square-foot"), rooms
and bedrooms ("Dreizimmerwohnung", "4½-Zimmer-Eigentumswohnung", "a three-bedroom house",
"three-bed semi"), storeys and floors ("zwölfstöckigen Wohnturm", "mit 54 Stockwerken", "im
48. Stock", "a 40-storey tower", "on the 38th floor"), years of construction ("Baujahr 1968",
"built in 1966"), permits, starts and completions, mortgage rates with decimals, basis points
and percentage points, terms ("mit zehnjähriger Zinsbindung", "Zinsbindung von 15 Jahren",
"30-year fixed", "five-year fix", "maximal 35 Jahre"), deposits and loan-to-value shares,
affordability multiples ("7.7 times their annual earnings", "das 11,2-Fache"), index levels,
vacancy rates, construction costs, ranges, hedges and comparisons with a year earlier.
Negatives as such copy has them: advice to buyers, tenants and borrowers, quoted hopes and
worries of tenants and buyers, agents' and developers' marketing, industry rhetoric and
commentary, open and teaser questions, and boilerplate ("Your home may be repossessed ...",
"This article is for information only ...", "Mehr Informationen ... auf der Website des
Landes.", "Die Meldung wurde um Angaben der Stadt ergänzt.").

237 rows (117 German, 120 English), 49 negatives (25 German, 24 English), 188 check-worthy
rows of which 4 carry no figure (3 German, 1 English), 389 expected quantities (135
percentages, 88 counts, 72 amounts of money, 32 durations, 28 years, 15 ordinals, 13 dates,
6 fractions; none of them in negatives, which hold no figure), 46 checked speakers (18
German, 28 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, with whitespace and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence or one factbox line and is judged alone (sixteenth and forty-sixth
  batches); a Konjunktiv I paraphrase reporting a figure is check-worthy with the speaker
  its own attribution gives ("Rund 60 Prozent der neuen Kredite seien inzwischen
  Fixzinskredite, sagte OeNB-Direktorin Petra Wallner." -> "Petra Wallner", forty-first
  and forty-ninth).
- Prices per square metre are money in the currency written, the area carrying nothing, as
  "5.870 Euro", "210 Euro pro Quadratmeter" and "13,80 Euro pro Quadratmeter" (twelfth,
  fifteenth and thirty-fourth batches) and as "im Monat" and "a month" (forty-fifth): "4.850
  Euro pro Quadratmeter, in Innsbruck bereits 6.120 Euro" (the currency written once serves
  the list, forty-sixth), "15,38 Euro je Quadratmeter", "6,74 Euro pro Quadratmeter",
  "höchstens 9,80 Euro pro Quadratmeter" "at_most", "zwischen 1 und 10 Euro pro Quadratmeter
  und Monat" two amounts (a range, forty-seventh), "143 Euro ... 1.270 Euro" for building
  land, "£1,480 per square foot". New: the symbol forms read the same way, as "260 l/m²"
  (forty-seventh): "bis zu 18.500 €/m²" 18,500 EUR "up_to", "von 3.900 bis 5.300 Euro/m²"
  two amounts in EUR.
- New: floor areas are counts, a physical measure as "rund 505 Quadratkilometer" (fiftieth)
  and "31,500 hectares" (forty-seventh): "zwischen 45 und 92 Quadratmeter" 45 and 92, "mit 80
  Quadratmetern", "auf 46,3 Quadratmetern", "a floor area of 88 square metres"; a figure
  inside a compound is read as written (as "55-litre family car", forty-sixth, and
  "155-Millimeter-Munition", fiftieth): "75-Quadratmeter-Wohnung" 75, "80-Quadratmeter-
  Wohnung" 80, "70-Quadratmeter-Altbauwohnung" 70, "A 2,400-square-foot ... house" 2,400.
  "eines Quadratmeters" carries none (an article, as "eine Stunde", fifth and thirtieth).
- Rooms, bedrooms and storeys count what a home or a building has: "a three-bedroom house"
  3, "a two-bedroom apartment" 2, "four-bedroom" 4 (as "a two-bedroom flat", thirty-fourth),
  "a 40-storey tower" 40, "the 14-storey building" 14 (as "the 20-storey building" and "a
  four-storey residential building", thirty-second and forty-third), "mit 54 Stockwerken"
  54. New: "three-bed semi" 3 (the short "-bed" as "-bedroom"); "Dreizimmerwohnung" 3 (a
  number word counting the rooms inside the compound, as "Vierbettzimmern", forty-ninth, and
  "Einpersonenhaushalte", forty-first); "einen zwölfstöckigen Wohnturm" 12 and "Ein
  achtstöckiges Wohnhaus" 8 (German "-stöckig" as English "-storey"); Swiss rooms counted
  with a half are the decimal value, as "zweieinhalb" is 2.5 (fourteenth and forty-seventh):
  "3½-Zimmer-Wohnung" 3.5, "4½-Zimmer-Eigentumswohnung" 4.5. Numbered floors are ordinals:
  "im 48. Stock" 48, "on the 38th floor" 38 (second and thirty-second: "im dritten Stock",
  "on the 11th floor").
- New: names of building types and buyer groups that hold a number word carry none - a
  category of the statistics, as "one-way" (forty-eighth) and "first-class" (thirty-fourth)
  name a kind of ticket: "Einfamilienhäusern", "Ein- und Zweifamilienhäuser",
  "single-family homes", "single-family housing starts"; "first-time buyer(s)" gives no
  ordinal (as "first-time asylum applications", twenty-third), "Full-time employees" and
  "New-build" none. Rooms and storeys (above) count parts of the building; these name its
  kind.
- Years of construction are years: "Baujahr 1968" (as "der Baujahre 2019 bis 2022",
  seventeenth), "which was built in 1966" (second: "built in 1962"), "die vor 1945 errichtet
  wurden"; decades carry none ("a 1960s council block", "in the 1980s", thirty-fourth);
  "Mitte 2022", "seit Sommer 2022", "für Herbst 2027", "since early 2008", "late-2021 peak",
  "to mid-2029" give the year (as "since early 2021", twenty-first, and "in mid-2026",
  second).
- Mortgage rates are percentages; their moves in basis points are percent "bp" ("14
  Basispunkte", "by 6 basis points", "4 basis points", "a combined 75 basis points";
  eleventh, twenty-second and forty-third batches) and in percentage points "pp" ("um 0,25
  Prozentpunkte"); "half a percentage point" is 0.5 pp, as "a quarter of a percentage point"
  is 0.25 pp (sixteenth). Terms are durations in years: "a 30-year fixed mortgage" and "a
  30-year fixed-rate loan" 30 (sixth and eleventh), "15-year fixed-rate mortgages" 15, "The
  average two-year fixed-rate mortgage" 2 (thirty-fourth); new: "a five-year fix" 5 (the
  noun "fix" as "fixed"); "mit zehnjähriger Zinsbindung" and "zehnjährige Festhypotheken" 10
  (as "der zehnjährigen Bundesanleihe", eleventh); "Bei einer Zinsbindung von 15 Jahren ...,
  bei fünf Jahren ..." 15 and 5; "mit einer Laufzeit von drei Jahren" 3; "von über zehn
  Jahren" 10 "over"; "on a £200,000 loan over 25 years" and "an A$600,000 mortgage over 30
  years" 25 and 30 with no hedge ("over" before a period, as "over six years", forty-eighth).
  "a 1.6% fix" percent 1.6.
- Deposits, loan-to-value and loan-to-income shares are percentages: "assuming a 20%
  deposit", "with a 5% deposit", "a loan-to-value ratio above 90%" 90 "over" ("above" before
  a figure, forty-ninth), "mindestens 20 Prozent Eigenmittel" "at_least", "höchstens 40
  Prozent des Nettoeinkommens" "at_most", "no more than 15%" "at_most" (thirty-first). New:
  "maximal" straight before a figure is "at_most", as "höchstens" (first and seventeenth
  batches): "die Laufzeit maximal 35 Jahre" 35 years "at_most".
- Affordability multiples are counts with "times" (thirty-third and thirty-fourth: "11.4
  times average annual earnings", "about 8.3 times"): "around 7.7 times" "about", "8.3
  times", "27.1 times median earnings", "roughly 13 times the median household income"
  "about", "das 11,2-Fache eines durchschnittlichen Haushaltsjahreseinkommens" 11.2 (as "das
  320-Fache", forty-fourth). A bound written after a figure gives no qualifier (as "7nm and
  below", fifty-first, and "sechs Minuten oder mehr", forty-eighth): "at 4.5 times a
  borrower's income or above" 4.5, "a conforming balance of $806,500 or below" 806,500 USD,
  "buildings with five units or more" count 5.
- Index levels are counts ("auf 187,6 Punkte", as the Ifo index, twentieth and thirty-third).
  "the S&P CoreLogic Case-Shiller 20-city composite index" gives count 20 (a figure counting
  parts in a compound, as "the 32-nation alliance", fiftieth); "among the 20 metro areas",
  "in the 50 largest U.S. metro areas", "In den sieben größten Metropolen" counts (as "in den
  14 größten Städten", eighteenth); "Of the 70 cities ..., 62 ..., up from 58" counts.
- Starts, permits, completions, approvals, sales and stocks are counts ("172.400 Wohnungen",
  "mehr als 380.000" "over", "rund 826.000" "about", "unter die Marke von 260.000" with no
  hedge - "unter" stands before "die", forty-first; "an estimated 29,860" "about",
  forty-sixth; "a seasonally adjusted annual rate of 874,000 units", "of 4.1 million",
  "1.52 million homes for sale", "Nearly 590,000" "nearly", "51'900" and "235'000" Swiss
  grouping, "lediglich 164" no hedge). New: "a 4.4-month supply" is 4.4 months (a figure in
  a compound with a unit of time, as "a 48-hour exercise", fiftieth). A factbox line with
  signed moves, "172.400 Wohnungen (+6,2 %), davon in neuen Gebäuden 146.800 (+7,9 %)", gives
  the counts and the percentages 6.2 and 7.9 (a plus sign carries no value, forty-sixth).
- Durations: "26 Monate, nach 24 Monaten", "for 34 days, compared with 28 days", "four
  months' notice ..., up from two months", "länger als sechs Monate" 6 months "over"
  (forty-ninth), "vor zwei Jahren" 2 years (forty-sixth), "five years earlier" 5 years
  (forty-first), "in the 12 months to October" and "to September" 12 months, "in the three
  months to September" 3 months, "in the five years to mid-2029" 5 years and the year,
  "over the next five years" 5 years (fiftieth), "the steepest drop in 13 months" 13 months
  (eleventh: "their lowest in 13 months"); "in den ersten neun Monaten" ordinal 1 and 9
  months (forty-second), "in the first 11 months of the year" ordinal 1 and 11 months
  (twenty-eighth: "For the first 10 months"). None: "im Jahresabstand", "gegenüber dem
  Vorquartal", "im Vorjahr", "ein Jahr zuvor", "Vor einem Jahr", "im Jahr davor", "year on
  year", "year over year", "in the year to October" and "in the year to June" (thirty-third),
  "a year earlier", "A year ago", "a month earlier", "on the month", "this week", "last
  week", "annually", "seit Monaten", "seit Jahren", "seit Jahrzehnten", "in a generation".
- Money: "1,42 Mrd. Euro", "1,9 Milliarden Euro", "knapp 700 Millionen Euro" "nearly";
  Swiss "2100 Franken" (no separator, thirty-fifth), "rund 61 Franken im Monat" "about",
  "1,35 Mio. Franken"; "£1.6bn"; "1,186p" 11.86 GBP (thirty-eighth: "412p"); "A$1.24
  million", "A$650", "A$600,000" AUD; "C$3,190" CAD; "NZ$906,000" NZD; "€480,000" EUR;
  "on the first £300,000 of a home costing up to £500,000" ordinal 1, 300,000 GBP and
  500,000 GBP "up_to" (as "the first 10 months", twenty-eighth); rents, rates and bills
  with "im Monat", "warm", "kalt", "a month", "a week" carry the amount only (forty-fifth);
  "Einzahlungen bis zu 1.200 Euro im Jahr" "up_to"; "mehr als 1.700 Euro kalt" "over";
  "bereits", "allein", "sogar", "lediglich", "just", "Only", "oft", "im Schnitt",
  "durchschnittlich", "a record" no hedge.
- Ranges give both ends with the unit written once (forty-seventh): "von 3.900 bis 5.300
  Euro/m²", "zwischen 45 und 92 Quadratmeter", "zwischen 1 und 10 Euro"; "the bank's 2-3%
  target band" percentages 2 and 3 (a hyphen between two figures is a range, seventeenth and
  thirty-eighth).
- Fractions: "Mehr als die Hälfte" 0.5 "over", "höchstens die Hälfte" 0.5 "at_most", "um ein
  Drittel mehr" 0.3333 (a share before a comparative, twenty-fourth), "um fast ein Viertel"
  0.25 "nearly", "um zwei Drittel" 0.6667, "Gut jeder achte Haushalt" 0.125 "over"
  (forty-first: "gut jeder fünfte"). "Rund eine halbe Million Menschen" count 500,000
  "about" (fiftieth: "eine halbe Million Schuss").
- Ordinals: "im dritten Quartal", "im zweiten Quartal", "in the third quarter", "im ersten
  Halbjahr" (forty-ninth), "zum dritten Mal in Folge", "zum ersten Mal seit 2020" and the
  year, "the 11th straight monthly gain", "the 27th straight annual decline".
- Dates: "mit 1. April" --04-01 (thirtieth), "am Stichtag 1. Juni" --06-01, "Since April 1",
  "on May 1", "in the week ended Dec. 12" dates without a year; datelines with a day
  ("LONDON, Dec 5 (Reuters)", "LONDON, Jan 5 (Reuters)", "NEW YORK, Nov 25 (Reuters)",
  "WASHINGTON, Dec 17 (Reuters)", "SYDNEY, Dec 1 (Reuters)", "DUBLIN, Nov 19 (Reuters)",
  "WELLINGTON, Dec 2 (Reuters)", "BEIJING, Dec 15 (Reuters)") dates without a year; other
  datelines ("Wien (APA) -", "Frankfurt/Main (dpa-AFX) -", "Neuenburg (Keystone-SDA) -",
  "Zürich (awp) -", "LONDON (PA) -", "WASHINGTON (AP) —", "CANBERRA (AAP) -", "OTTAWA (CP)
  —") none; months, seasons and weekdays alone ("im März", "Anfang Oktober", "mit Ende
  Juni", "von Januar bis September", "since February", "before Christmas") none.
- Names carry none: "KSV1870" (a name with a glued figure, as "Air2030", fiftieth),
  "KIM-Verordnung", "Saron", "S&P Dow Jones Indices", "Case-Shiller".
- Hedges, only the names in use: "rund", "Rund", "etwa", "About", "about", "around",
  "roughly", "an estimated" "about"; "knapp", "fast", "Nearly" "nearly"; "mehr als", "Mehr
  als", "über" before a figure, "gut", "Gut", "above", "just over", "länger als" "over"; "bis
  zu", "up to" "up_to"; "mindestens" "at_least"; "höchstens", "maximal", "no more than"
  "at_most".
- Check-worthy without a figure: the FMA's statement that the lending rules expire, a
  developer's insolvency filing, a council's unanimous vote on a zoning plan, and a
  housebuilder's appeal against a refused planning permission.
- Negatives, with no figure in any of them: advice to buyers, borrowers, tenants and sellers
  ("..., raten Verbraucherschützer.", "..., rät der Mieterverband.", "Wer eine geförderte
  Wohnung sucht, sollte ...", "Buyers would be wise to ..., brokers say.", "Anyone worried
  about remortgaging should ...", "Would-be buyers should ...", "Sellers are being urged
  ..."), quoted hopes and worries of tenants and buyers (a Vienna pensioner, a young mother
  in Pankow, a Tyrolean buyer, a nurse renting in Bristol, an evacuated resident in Salford),
  agents' and developers' marketing and self-praise ("Die Wohnung besticht durch ...", "Der
  Turm soll ein neues Wahrzeichen ... werden, hieß es in der Pressemitteilung.", "Every
  Calder home is built with care ...", "Beautifully presented throughout ...", a Vienna
  agent, a Bausparkasse chief, a housebuilder's chief executive, a Phoenix agent, a Sydney
  property manager), rhetoric and commentary of lobbies, ministers and observers
  ("„Wohnen darf kein Luxus werden“", "„Der Wohnungsbau steckt in der tiefsten Krise seit
  Jahrzehnten“", "Bauträger sprechen von einer Kostenspirale ...", "Hausbesitzer sprechen
  von einer kalten Enteignung.", ""This is the biggest shake-up for renters in a
  generation,"", "Landlord groups warned ...", "Industry leaders warned ...", "Analysts said
  a lasting recovery ... remained some way off.", "For renters, the glut has been a rare
  piece of good news."), open and teaser questions ("Ob die Zinsen ...", "Ob der Bau-Turbo
  ...", "Whether rates fall further ...", "Markets are split over whether ...", "Is now the
  time to buy ...?") and boilerplate ("Your home may be repossessed if you do not keep up
  repayments on your mortgage.", "This article is for information only ...", "Mehr
  Informationen zur Wohnbeihilfe ...", "Die Meldung wurde um Angaben der Stadt ergänzt.").
- Speakers, checked only in forms the earlier batches settled: "teilte die Statistik Austria
  (am Donnerstag) mit", "wie die Statistik Austria am Montag mitteilte" -> "die Statistik
  Austria" (forty-first); "wie die Nationalbank mitteilte" -> "die Nationalbank"
  (seventeenth); "teilte die Finanzmarktaufsicht / das Statistische Bundesamt / das
  Justizministerium / das Sozialreferat / das Bundesamt für Wohnungswesen / die Bausparkasse
  (am Mittwoch) mit", "wie das Statistische Bundesamt / das Bundesamt für Statistik
  mitteilte" the source with its article in the nominative; "Laut Statistik Austria", "laut
  Destatis", "Laut Arbeiterkammer" and "wie Destatis mitteilte" the name as written (as
  "Laut Bundesnetzagentur" and "wie Swisslos mitteilte"); "sagte Bürgermeister Andreas
  Pichlmayr" and "sagte OeNB-Direktorin Petra Wallner" the name, the title dropped.
  English: "according to Nationwide", "according to Moneyfacts", "according to Freddie Mac",
  "according to CoreLogic", "according to Lodgeline", "according to RentCompass" and "S&P
  Dow Jones Indices said" as written (forty-third and forty-sixth); "the Office for National
  Statistics said", "the ONS said", "the Bank of England said on Monday", "the National
  Association of Realtors said Thursday", "the Commerce Department said on Wednesday", "the
  Census Bureau said", "according to the Census Bureau", "the Mortgage Bankers Association
  said", "the Reserve Bank of Australia said", "the Australian Bureau of Statistics said",
  "the Canada Mortgage and Housing Corporation said Monday", "the Central Statistics Office
  said", "the Residential Tenancies Board said", "the Building Cost Information Service
  said", "according to the Royal Institution of Chartered Surveyors" and "the Treasury
  said" with the article in lower case; "the building society said", "the company said",
  "the developer said" and "the council said" the body's common noun with its article
  (thirtieth, forty-first and fifty-first); "said Helen Dorsey, an economist at the lender"
  the name (forty-first). Left unchecked (None): "teilte der Kreditvermittler Zinsfuchs
  mit", "mortgage lender Halifax said" and "comparison site Canstar estimated" (a
  description before a name, fortieth and forty-ninth), "nach Angaben des Statistischen
  Bundesamts" (a capitalised adjective heading the name, twentieth and thirty-first), "nach
  Angaben des Kreditschutzverbands KSV1870" (a description before a name), "rechnete die
  Nationalbank vor" (a verb not settled), "laut neuem Mietspiegel", "Laut Mikrozensus",
  "laut einer Erhebung der Stadt", "geht aus dem Immobilienpreisspiegel ... hervor", "wie aus
  einer Auswertung des Portals Wohnkompass hervorgeht", "according to HM Land Registry
  data", "according to the English Housing Survey" and "according to Reuters calculations
  based on ... data" (documents), "Housebuilder Calder Homes said it ..." (a description
  before a company at the head of reported speech, fifty-first), "official figures showed",
  "the Financial Conduct Authority's data showed", "data from property firm Valuora
  showed", "the ... index showed", rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_52 = [
    # === German =================================================================================
    # --- Wohnimmobilienpreise in Österreich (APA, Statistik Austria) ---
    ("de", "Wien (APA) - Die Preise für Wohnimmobilien in Österreich sind im dritten Quartal um 2,4 Prozent im Jahresabstand gestiegen, teilte die Statistik Austria am Donnerstag mit.", True, [("ordinal", 3, None, None), ("percent", 2.4, "%", None)], "die Statistik Austria"),
    ("de", "Gegenüber dem Vorquartal legte der Häuserpreisindex um 0,9 Prozent auf 187,6 Punkte zu.", True, [("percent", 0.9, "%", None), ("count", 187.6, None, None)], None),
    ("de", "Gebrauchte Eigentumswohnungen verteuerten sich um 3,1 Prozent, neu errichtete Reihenhäuser um 1,7 Prozent.", True, [("percent", 3.1, "%", None), ("percent", 1.7, "%", None)], None),
    ("de", "Am stärksten zogen die Preise in Salzburg mit einem Plus von 4,8 Prozent an, in Kärnten gingen sie dagegen um 0,6 Prozent zurück.", True, [("percent", 4.8, "%", None), ("percent", 0.6, "%", None)], None),
    ("de", "Laut Statistik Austria lag der Quadratmeterpreis für Baugrund im Bundesschnitt zuletzt bei 143 Euro, in Wien bei 1.270 Euro.", True, [("money", 143, "EUR", None), ("money", 1270, "EUR", None)], "Statistik Austria"),
    ("de", "Ihren bisherigen Höchststand hatten die Preise im zweiten Quartal 2022 erreicht.", True, [("ordinal", 2, None, None), ("year", 2022, None, None)], None),
    ("de", "Von einer echten Trendwende am Immobilienmarkt wollen Branchenkenner aber noch nicht sprechen.", False, [], None),
    # --- Preisspiegel der Makler (APA) ---
    ("de", "Eine gebrauchte Eigentumswohnung kostet in Wien im Schnitt 4.850 Euro pro Quadratmeter, in Innsbruck bereits 6.120 Euro.", True, [("money", 4850, "EUR", None), ("money", 6120, "EUR", None)], None),
    ("de", "Für eine 75-Quadratmeter-Wohnung in guter Lage in Graz müssen Käufer mit rund 290.000 Euro rechnen.", True, [("count", 75, None, None), ("money", 290000, "EUR", "about")], None),
    ("de", "In Kitzbühel werden für Neubauwohnungen in Toplagen bis zu 18.500 €/m² verlangt, geht aus dem Immobilienpreisspiegel der Wirtschaftskammer hervor.", True, [("money", 18500, "EUR", "up_to")], None),
    ("de", "Die Preisspanne für neu gebaute Eigentumswohnungen im Bezirk Graz-Umgebung reicht von 3.900 bis 5.300 Euro/m².", True, [("money", 3900, "EUR", None), ("money", 5300, "EUR", None)], None),
    ("de", "„Wer jetzt kauft, hat so viel Verhandlungsspielraum wie lange nicht“, sagte ein Wiener Makler.", False, [], None),
    ("de", "Die Wohnung besticht durch ihre ruhige Lage, einen großzügigen Balkon und einen atemberaubenden Blick über die Dächer der Stadt.", False, [], None),
    # --- Wohnkredite und KIM-Verordnung (APA, Nationalbank) ---
    ("de", "Wien (APA) - Die Banken in Österreich haben im Oktober neue Wohnbaukredite im Volumen von 1,42 Mrd. Euro vergeben, um 38 Prozent mehr als ein Jahr zuvor.", True, [("money", 1420000000, "EUR", None), ("percent", 38, "%", None)], None),
    ("de", "Der durchschnittliche Zinssatz für neue Wohnkredite sank auf 3,41 Prozent, nach 4,02 Prozent im Oktober des Vorjahres, wie die Nationalbank mitteilte.", True, [("percent", 3.41, "%", None), ("percent", 4.02, "%", None)], "die Nationalbank"),
    ("de", "Mehr als die Hälfte der neuen Kredite wurde mit einer Fixzinsbindung von über zehn Jahren abgeschlossen.", True, [("fraction", 0.5, None, "over"), ("duration", 10, "year", "over")], None),
    ("de", "Rund 60 Prozent der neuen Kredite seien inzwischen Fixzinskredite, sagte OeNB-Direktorin Petra Wallner.", True, [("percent", 60, "%", "about")], "Petra Wallner"),
    ("de", "Eine 80-Quadratmeter-Wohnung kostet in Wien inzwischen das 11,2-Fache eines durchschnittlichen Haushaltsjahreseinkommens, rechnete die Nationalbank vor.", True, [("count", 80, None, None), ("count", 11.2, "times", None)], None),
    ("de", "Seit August 2022 müssen Kreditnehmer nach der KIM-Verordnung mindestens 20 Prozent Eigenmittel aufbringen.", True, [("year", 2022, None, None), ("percent", 20, "%", "at_least")], None),
    ("de", "Die monatliche Rate darf höchstens 40 Prozent des Nettoeinkommens betragen, die Laufzeit maximal 35 Jahre.", True, [("percent", 40, "%", "at_most"), ("duration", 35, "year", "at_most")], None),
    ("de", "Die Verordnung läuft mit Ende Juni aus, teilte die Finanzmarktaufsicht mit.", True, [], "die Finanzmarktaufsicht"),
    ("de", "Die Bauwirtschaft hatte die strengen Vergaberegeln stets als Bremsklotz für junge Familien kritisiert.", False, [], None),
    # --- Bauzinsen in Deutschland (dpa-AFX) ---
    ("de", "Frankfurt/Main (dpa-AFX) - Die Bauzinsen in Deutschland sind im November leicht gestiegen: Ein Darlehen mit zehnjähriger Zinsbindung kostete im Schnitt 3,62 Prozent.", True, [("duration", 10, "year", None), ("percent", 3.62, "%", None)], None),
    ("de", "Das waren 14 Basispunkte mehr als Anfang Oktober, teilte der Kreditvermittler Zinsfuchs mit.", True, [("percent", 14, "bp", None)], None),
    ("de", "Bei einer Zinsbindung von 15 Jahren lag der Durchschnittszins bei 3,81 Prozent, bei fünf Jahren bei 3,44 Prozent.", True, [("duration", 15, "year", None), ("percent", 3.81, "%", None), ("duration", 5, "year", None), ("percent", 3.44, "%", None)], None),
    ("de", "Für ein Darlehen über 400.000 Euro bei einer Anfangstilgung von zwei Prozent ergibt sich damit eine Monatsrate von rund 1.873 Euro.", True, [("money", 400000, "EUR", None), ("percent", 2, "%", None), ("money", 1873, "EUR", "about")], None),
    ("de", "Vor einem Jahr hatte die Monatsrate bei gleichen Konditionen noch etwa 1.990 Euro betragen.", True, [("money", 1990, "EUR", "about")], None),
    ("de", "Kaufinteressenten sollten Angebote mehrerer Banken vergleichen und auf Sondertilgungsrechte achten, raten Verbraucherschützer.", False, [], None),
    ("de", "Ob die Zinsen im kommenden Jahr wieder sinken, ist unter Fachleuten umstritten.", False, [], None),
    # --- Häuserpreisindex in Deutschland (dpa, Destatis) ---
    ("de", "Wiesbaden (dpa) - Die Preise für Wohnungen und Häuser in Deutschland lagen im zweiten Quartal um 3,2 Prozent über dem Niveau des Vorjahresquartals, teilte das Statistische Bundesamt mit.", True, [("ordinal", 2, None, None), ("percent", 3.2, "%", None)], "das Statistische Bundesamt"),
    ("de", "In den sieben größten Metropolen stiegen die Preise für Eigentumswohnungen um 4,1 Prozent, für Ein- und Zweifamilienhäuser um 2,6 Prozent.", True, [("count", 7, None, None), ("percent", 4.1, "%", None), ("percent", 2.6, "%", None)], None),
    ("de", "In dünn besiedelten ländlichen Kreisen gaben die Preise für Ein- und Zweifamilienhäuser dagegen um 0,8 Prozent nach.", True, [("percent", 0.8, "%", None)], None),
    ("de", "Vom Höchststand Mitte 2022 sind die Preise laut Destatis noch 6,4 Prozent entfernt.", True, [("year", 2022, None, None), ("percent", 6.4, "%", None)], "Destatis"),
    # --- Baugenehmigungen (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Behörden in Deutschland haben von Januar bis September den Bau von 172.400 Wohnungen genehmigt, das waren 6,2 Prozent mehr als im Vorjahreszeitraum.", True, [("count", 172400, None, None), ("percent", 6.2, "%", None)], None),
    ("de", "In neu zu errichtenden Einfamilienhäusern wurden 31.900 Wohnungen genehmigt, ein Plus von 14,7 Prozent.", True, [("count", 31900, None, None), ("percent", 14.7, "%", None)], None),
    ("de", "Bei Mehrfamilienhäusern, der zahlenmäßig stärksten Gebäudeart, stieg die Zahl der Genehmigungen um 5,3 Prozent auf 91.250 Wohnungen.", True, [("percent", 5.3, "%", None), ("count", 91250, None, None)], None),
    ("de", "Im Jahr 2021 waren noch mehr als 380.000 Wohnungen genehmigt worden.", True, [("year", 2021, None, None), ("count", 380000, None, "over")], None),
    ("de", "Die Bundesregierung hatte ursprünglich das Ziel ausgegeben, 400.000 neue Wohnungen pro Jahr zu bauen, davon 100.000 Sozialwohnungen.", True, [("count", 400000, None, None), ("count", 100000, None, None)], None),
    ("de", "Der Bauüberhang - genehmigte, aber noch nicht fertiggestellte Wohnungen - lag Ende 2024 bei rund 826.000 Wohnungen.", True, [("year", 2024, None, None), ("count", 826000, None, "about")], None),
    ("de", "Baugenehmigungen Januar bis September: 172.400 Wohnungen (+6,2 %), davon in neuen Gebäuden 146.800 (+7,9 %)", True, [("count", 172400, None, None), ("percent", 6.2, "%", None), ("count", 146800, None, None), ("percent", 7.9, "%", None)], None),
    ("de", "„Der Wohnungsbau steckt in der tiefsten Krise seit Jahrzehnten“, klagte der Präsident des Bauindustrieverbands.", False, [], None),
    # --- Fertigstellungen (dpa) ---
    ("de", "Im vergangenen Jahr wurden in Deutschland 251.900 Wohnungen fertiggestellt, 14,4 Prozent weniger als im Jahr davor, wie das Statistische Bundesamt mitteilte.", True, [("count", 251900, None, None), ("percent", 14.4, "%", None)], "das Statistische Bundesamt"),
    ("de", "Damit sank die Zahl der Fertigstellungen zum ersten Mal seit 2020 unter die Marke von 260.000.", True, [("ordinal", 1, None, None), ("year", 2020, None, None), ("count", 260000, None, None)], None),
    ("de", "Die durchschnittliche Bauzeit eines Wohngebäudes verlängerte sich auf 26 Monate, nach 24 Monaten im Vorjahr.", True, [("duration", 26, "month", None), ("duration", 24, "month", None)], None),
    ("de", "Ob der Bau-Turbo der Regierung tatsächlich zündet, wird sich frühestens im Frühjahr zeigen.", False, [], None),
    # --- Baukosten und Baupreise (APA, dpa) ---
    ("de", "Wien (APA) - Die Baukosten im Wohnhaus- und Siedlungsbau sind im Oktober um 2,7 Prozent im Jahresabstand gestiegen, wie die Statistik Austria am Montag mitteilte.", True, [("percent", 2.7, "%", None)], "die Statistik Austria"),
    ("de", "Während die Lohnkosten um 5,1 Prozent anzogen, verbilligte sich das Baumaterial um 0,4 Prozent, vor allem wegen günstigerer Baustahlpreise.", True, [("percent", 5.1, "%", None), ("percent", 0.4, "%", None)], None),
    ("de", "Die Preise für den Neubau konventionell gefertigter Wohngebäude in Deutschland lagen im August um 3,3 Prozent über dem Vorjahresniveau, wie Destatis mitteilte.", True, [("percent", 3.3, "%", None)], "Destatis"),
    ("de", "Seit dem Jahr 2020 haben sich die Baupreise damit um gut 42 Prozent erhöht.", True, [("year", 2020, None, None), ("percent", 42, "%", "over")], None),
    ("de", "Die Errichtung eines Quadratmeters Wohnfläche kostet im Geschosswohnungsbau inzwischen durchschnittlich rund 3.600 Euro, ohne Grundstück.", True, [("money", 3600, "EUR", "about")], None),
    ("de", "Bauträger sprechen von einer Kostenspirale, die leistbares Bauen unmöglich mache.", False, [], None),
    # --- Richtwertmieten und Gemeindebau in Wien (APA) ---
    ("de", "Wien (APA) - Die Richtwertmieten steigen mit 1. April um 1 Prozent, in Wien beträgt der Richtwert dann 6,74 Euro pro Quadratmeter.", True, [("date", "--04-01", None, None), ("percent", 1, "%", None), ("money", 6.74, "EUR", None)], None),
    ("de", "Die Erhöhung betrifft rund 400.000 Haushalte in Altbauwohnungen, die vor 1945 errichtet wurden, teilte das Justizministerium mit.", True, [("count", 400000, None, "about"), ("year", 1945, None, None)], "das Justizministerium"),
    ("de", "Eine 70-Quadratmeter-Altbauwohnung in Wien wird damit um knapp fünf Euro im Monat teurer.", True, [("count", 70, None, None), ("money", 5, "EUR", "nearly")], None),
    ("de", "Laut Arbeiterkammer zahlen Mieter am privaten Markt in Wien durchschnittlich 11,90 Euro je Quadratmeter samt Betriebskosten, um ein Drittel mehr als im Gemeindebau.", True, [("money", 11.9, "EUR", None), ("fraction", 0.3333, None, None)], "Arbeiterkammer"),
    ("de", "Rund eine halbe Million Menschen wohnt in Wien im Gemeindebau, die Stadt besitzt etwa 220.000 Wohnungen.", True, [("count", 500000, None, "about"), ("count", 220000, None, "about")], None),
    ("de", "„Wohnen darf kein Luxus werden“, sagte die Wohnbaustadträtin bei der Präsentation.", False, [], None),
    ("de", "„Seit der Erhöhung weiß ich am Monatsende nicht mehr, wie ich die Heizung zahlen soll“, erzählt eine Pensionistin aus Favoriten.", False, [], None),
    # --- Mietspiegel und Angebotsmieten (dpa) ---
    ("de", "München (dpa) - Die ortsübliche Vergleichsmiete in München ist laut neuem Mietspiegel auf durchschnittlich 15,38 Euro je Quadratmeter gestiegen.", True, [("money", 15.38, "EUR", None)], None),
    ("de", "Das sind 4,7 Prozent mehr als beim Mietspiegel von vor zwei Jahren, teilte das Sozialreferat mit.", True, [("percent", 4.7, "%", None), ("duration", 2, "year", None)], "das Sozialreferat"),
    ("de", "Bei Neuvermietungen verlangen Vermieter in der Landeshauptstadt für eine Dreizimmerwohnung mit 80 Quadratmetern inzwischen oft mehr als 1.700 Euro kalt.", True, [("count", 3, None, None), ("count", 80, None, None), ("money", 1700, "EUR", "over")], None),
    ("de", "Die Angebotsmieten in Berlin stiegen im ersten Halbjahr um 6,9 Prozent auf 15,74 Euro pro Quadratmeter, wie aus einer Auswertung des Portals Wohnkompass hervorgeht.", True, [("ordinal", 1, None, None), ("percent", 6.9, "%", None), ("money", 15.74, "EUR", None)], None),
    ("de", "Für ein WG-Zimmer in Hochschulstädten zahlen Studierende im Schnitt 489 Euro warm, in München sogar 760 Euro.", True, [("money", 489, "EUR", None), ("money", 760, "EUR", None)], None),
    ("de", "Die Mietpreisbremse gilt derzeit in 415 Städten und Gemeinden und wurde bis Ende 2029 verlängert.", True, [("count", 415, None, None), ("year", 2029, None, None)], None),
    ("de", "„Man kommt sich bei jeder Besichtigung vor wie bei einem Casting“, sagte eine junge Mutter aus Pankow.", False, [], None),
    ("de", "Der Mieterbund warf der Koalition vor, das Problem seit Jahren auszusitzen.", False, [], None),
    # --- Leerwohnungen, Referenzzinssatz und Hypotheken in der Schweiz (Keystone-SDA, awp) ---
    ("de", "Neuenburg (Keystone-SDA) - In der Schweiz standen am Stichtag 1. Juni rund 51'900 Wohnungen leer, das sind 1,08 Prozent des Gesamtbestands.", True, [("date", "--06-01", None, None), ("count", 51900, None, "about"), ("percent", 1.08, "%", None)], None),
    ("de", "Die Leerwohnungsziffer sank damit zum dritten Mal in Folge, wie das Bundesamt für Statistik mitteilte.", True, [("ordinal", 3, None, None)], "das Bundesamt für Statistik"),
    ("de", "Am tiefsten ist die Quote im Kanton Zug mit 0,34 Prozent, am höchsten im Kanton Jura mit 2,9 Prozent.", True, [("percent", 0.34, "%", None), ("percent", 2.9, "%", None)], None),
    ("de", "In der Stadt Zürich standen von rund 235'000 Wohnungen lediglich 164 leer.", True, [("count", 235000, None, "about"), ("count", 164, None, None)], None),
    ("de", "Der hypothekarische Referenzzinssatz bleibt bei 1,25 Prozent, teilte das Bundesamt für Wohnungswesen mit.", True, [("percent", 1.25, "%", None)], "das Bundesamt für Wohnungswesen"),
    ("de", "Eine Senkung um 0,25 Prozentpunkte gibt Mietern grundsätzlich Anspruch auf eine Mietzinsreduktion von 2,91 Prozent.", True, [("percent", 0.25, "pp", None), ("percent", 2.91, "%", None)], None),
    ("de", "Für eine 3½-Zimmer-Wohnung mit einem Nettomietzins von 2100 Franken entspricht das rund 61 Franken im Monat.", True, [("count", 3.5, None, None), ("money", 2100, "CHF", None), ("money", 61, "CHF", "about")], None),
    ("de", "Zürich (awp) - Die Zinsen für zehnjährige Festhypotheken sind im Schnitt auf 1,52 Prozent gesunken, den tiefsten Stand seit Sommer 2022.", True, [("duration", 10, "year", None), ("percent", 1.52, "%", None), ("year", 2022, None, None)], None),
    ("de", "Saron-Hypotheken mit einer Laufzeit von drei Jahren kosten derzeit rund 1,1 Prozent.", True, [("duration", 3, "year", None), ("percent", 1.1, "%", "about")], None),
    ("de", "Eine 4½-Zimmer-Eigentumswohnung in der Agglomeration Zürich kostet inzwischen durchschnittlich 1,35 Mio. Franken.", True, [("count", 4.5, None, None), ("money", 1350000, "CHF", None)], None),
    ("de", "«Für Familien mit mittlerem Einkommen ist Wohneigentum in der Stadt schlicht unerreichbar geworden», sagte die Präsidentin des Mieterinnen- und Mieterverbands.", False, [], None),
    ("de", "Mieterinnen und Mieter sollten eine Reduktion schriftlich beim Vermieter verlangen, rät der Mieterverband.", False, [], None),
    # --- Bausparkasse (APA) ---
    ("de", "Salzburg (APA) - Die Bausparkasse Alpenland hat in den ersten neun Monaten 48.700 neue Bausparverträge abgeschlossen, ein Plus von 11 Prozent.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 48700, None, None), ("percent", 11, "%", None)], None),
    ("de", "Die durchschnittliche Bausparsumme stieg auf 62.300 Euro, teilte die Bausparkasse am Mittwoch mit.", True, [("money", 62300, "EUR", None)], "die Bausparkasse"),
    ("de", "Das Volumen der ausgezahlten Bauspardarlehen erreichte 1,9 Milliarden Euro und lag damit um fast ein Viertel über dem Vorjahreswert.", True, [("money", 1900000000, "EUR", None), ("fraction", 0.25, None, "nearly")], None),
    ("de", "Der Zinssatz in der Darlehensphase ist bei neuen Tarifen für die gesamte Laufzeit auf höchstens 2,95 Prozent begrenzt.", True, [("percent", 2.95, "%", "at_most")], None),
    ("de", "Bausparer erhalten vom Staat eine Prämie von 1,5 Prozent auf Einzahlungen bis zu 1.200 Euro im Jahr.", True, [("percent", 1.5, "%", None), ("money", 1200, "EUR", "up_to")], None),
    ("de", "Bausparen bleibt für junge Menschen ein solider Baustein auf dem Weg zum Eigenheim, betonte der Vorstandschef.", False, [], None),
    # --- Ein Wohnturm in Wörgl (APA) ---
    ("de", "Wörgl (APA) - Die Gemeinde Wörgl lässt einen zwölfstöckigen Wohnturm mit 96 geförderten Mietwohnungen errichten.", True, [("count", 12, None, None), ("count", 96, None, None)], None),
    ("de", "Die Wohnungen sind zwischen 45 und 92 Quadratmeter groß, die Baukosten liegen bei rund 31 Millionen Euro.", True, [("count", 45, None, None), ("count", 92, None, None), ("money", 31000000, "EUR", "about")], None),
    ("de", "Baubeginn ist im März, der Bezug ist für Herbst 2027 geplant, sagte Bürgermeister Andreas Pichlmayr.", True, [("year", 2027, None, None)], "Andreas Pichlmayr"),
    ("de", "Die Miete soll inklusive Betriebskosten bei höchstens 9,80 Euro pro Quadratmeter liegen.", True, [("money", 9.8, "EUR", "at_most")], None),
    ("de", "Der benachbarte Wohnblock, Baujahr 1968, wird thermisch saniert; der Heizwärmebedarf soll dadurch um zwei Drittel sinken.", True, [("year", 1968, None, None), ("fraction", 0.6667, None, None)], None),
    ("de", "Für die 64 Wohnungen im Altbestand gingen bei der Gemeinde bisher mehr als 300 Bewerbungen ein.", True, [("count", 64, None, None), ("count", 300, None, "over")], None),
    ("de", "Der Gemeinderat hat den Bebauungsplan am Dienstagabend einstimmig beschlossen.", True, [], None),
    ("de", "Die Anrainerinnen und Anrainer blicken den Bauarbeiten mit gemischten Gefühlen entgegen.", False, [], None),
    # --- Pleite eines Projektentwicklers (APA) ---
    ("de", "Innsbruck (APA) - Der Tiroler Projektentwickler Bergblick Immobilien hat beim Landesgericht Innsbruck ein Insolvenzverfahren beantragt.", True, [], None),
    ("de", "Die Passiva belaufen sich nach Angaben des Kreditschutzverbands KSV1870 auf rund 64 Millionen Euro.", True, [("money", 64000000, "EUR", "about")], None),
    ("de", "Betroffen sind 23 Gläubiger sowie die Käufer von 41 Wohnungen in drei unvollendeten Projekten.", True, [("count", 23, None, None), ("count", 41, None, None), ("count", 3, None, None)], None),
    ("de", "Ein achtstöckiges Wohnhaus in Hall steht seit Monaten als Rohbau still.", True, [("count", 8, None, None)], None),
    ("de", "„Wir haben unser ganzes Erspartes in diese Wohnung gesteckt“, sagte ein Käufer der Lokalzeitung.", False, [], None),
    # --- Wohnen in Zahlen (Statistik Austria, Destatis) ---
    ("de", "Laut Mikrozensus lebten im Vorjahr 48,2 Prozent der Haushalte in Österreich im Eigentum, in Wien nur 19,6 Prozent.", True, [("percent", 48.2, "%", None), ("percent", 19.6, "%", None)], None),
    ("de", "Im Schnitt wohnt eine Person in Österreich auf 46,3 Quadratmetern, teilte die Statistik Austria mit.", True, [("count", 46.3, None, None)], "die Statistik Austria"),
    ("de", "Die Wohnkosten inklusive Betriebskosten machten für Mieterhaushalte durchschnittlich 612 Euro im Monat aus, um 5,6 Prozent mehr als ein Jahr davor.", True, [("money", 612, "EUR", None), ("percent", 5.6, "%", None)], None),
    ("de", "Berlin (dpa) - Gut jeder achte Haushalt in Deutschland gilt nach Angaben des Statistischen Bundesamts als durch Wohnkosten überbelastet.", True, [("fraction", 0.125, None, "over")], None),
    ("de", "Als überbelastet gilt, wer mehr als 40 Prozent seines verfügbaren Einkommens für das Wohnen ausgibt.", True, [("percent", 40, "%", "over")], None),
    ("de", "Für viele junge Paare bleibt der Traum vom Eigenheim vorerst ein Traum.", False, [], None),
    # --- Ein Wohnhochhaus in Frankfurt (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Im Frankfurter Europaviertel soll bis 2029 ein 180 Meter hoher Wohnturm mit 54 Stockwerken entstehen.", True, [("year", 2029, None, None), ("count", 180, None, None), ("count", 54, None, None)], None),
    ("de", "Geplant sind 620 Wohnungen, davon 30 Prozent gefördert, und im 48. Stock eine öffentliche Aussichtsterrasse.", True, [("count", 620, None, None), ("percent", 30, "%", None), ("ordinal", 48, None, None)], None),
    ("de", "Die Investitionssumme bezifferte der Entwickler auf knapp 700 Millionen Euro.", True, [("money", 700000000, "EUR", "nearly")], None),
    ("de", "Der Turm soll ein neues Wahrzeichen für die Mainmetropole werden, hieß es in der Pressemitteilung.", False, [], None),
    # --- Kaufnebenkosten (dpa) ---
    ("de", "Die Grunderwerbsteuer beträgt in Nordrhein-Westfalen 6,5 Prozent des Kaufpreises, in Bayern 3,5 Prozent.", True, [("percent", 6.5, "%", None), ("percent", 3.5, "%", None)], None),
    ("de", "Beim Kauf einer Wohnung für 350.000 Euro fallen in Düsseldorf damit allein 22.750 Euro Steuer an.", True, [("money", 350000, "EUR", None), ("money", 22750, "EUR", None)], None),
    ("de", "Seit Dezember 2020 müssen Käufer beim Erwerb einer Wohnung höchstens die Hälfte der Maklerprovision zahlen.", True, [("year", 2020, None, None), ("fraction", 0.5, None, "at_most")], None),
    # --- Leerstand in Graz (APA) ---
    ("de", "Graz (APA) - In Graz stehen laut einer Erhebung der Stadt rund 6.200 Wohnungen länger als sechs Monate leer.", True, [("count", 6200, None, "about"), ("duration", 6, "month", "over")], None),
    ("de", "Die geplante Leerstandsabgabe beträgt je nach Größe der Wohnung zwischen 1 und 10 Euro pro Quadratmeter und Monat.", True, [("money", 1, "EUR", None), ("money", 10, "EUR", None)], None),
    ("de", "Hausbesitzer sprechen von einer kalten Enteignung.", False, [], None),
    ("de", "Wer eine geförderte Wohnung sucht, sollte sich frühzeitig bei der Wohnungsbörse der Stadt vormerken lassen.", False, [], None),
    ("de", "Mehr Informationen zur Wohnbeihilfe gibt es auf der Website des Landes.", False, [], None),
    ("de", "Die Meldung wurde um Angaben der Stadt ergänzt.", False, [], None),
    ("de", "Die Lage am Wohnungsmarkt bleibt angespannt, darin sind sich Mieter- und Eigentümervertreter einig.", False, [], None),
    # === English ================================================================================
    # --- Nationwide (PA) ---
    ("en", "LONDON (PA) - UK house prices rose by 2.4% in the year to October, up from 2.1% in September, according to Nationwide.", True, [("percent", 2.4, "%", None), ("percent", 2.1, "%", None)], "Nationwide"),
    ("en", "The average price of a home in the UK stood at £273,900, the building society said.", True, [("money", 273900, "GBP", None)], "the building society"),
    ("en", "Prices were up 0.3% on the month after taking account of seasonal effects.", True, [("percent", 0.3, "%", None)], None),
    ("en", "A first-time buyer on a typical income purchasing a typical first-time buyer home would spend 32% of take-home pay on mortgage payments, assuming a 20% deposit.", True, [("percent", 32, "%", None), ("percent", 20, "%", None)], None),
    ("en", "That is still well above the long-run average of 30%, said Helen Dorsey, an economist at the lender.", True, [("percent", 30, "%", None)], "Helen Dorsey"),
    ("en", "Northern Ireland remained the strongest-performing region, with prices up 7.6% year on year, while London lagged at 0.9%.", True, [("percent", 7.6, "%", None), ("percent", 0.9, "%", None)], None),
    ("en", "Buyers would be wise to lock in a fixed rate while lenders are still competing for business, brokers say.", False, [], None),
    # --- Halifax (Reuters) ---
    ("en", "LONDON, Dec 5 (Reuters) - British house prices fell unexpectedly in November, dropping 0.4% from October, mortgage lender Halifax said on Friday.", True, [("date", "--12-05", None, None), ("percent", 0.4, "%", None)], None),
    ("en", "Economists polled by Reuters had expected prices to edge up by 0.1%.", True, [("percent", 0.1, "%", None)], None),
    ("en", "The average property price slipped to £298,600 from £299,800 a month earlier.", True, [("money", 298600, "GBP", None), ("money", 299800, "GBP", None)], None),
    ("en", "Prices were 0.7% higher than a year earlier, the weakest annual growth since March 2024.", True, [("percent", 0.7, "%", None), ("year", 2024, None, None)], None),
    # --- ONS rents, prices and affordability (PA) ---
    ("en", "Average UK monthly private rents rose by 5.9% to £1,347 in the 12 months to October, the Office for National Statistics said.", True, [("percent", 5.9, "%", None), ("money", 1347, "GBP", None), ("duration", 12, "month", None)], "the Office for National Statistics"),
    ("en", "In London, rents climbed 6.4% to an average of £2,262 a month, the highest of any region.", True, [("percent", 6.4, "%", None), ("money", 2262, "GBP", None)], None),
    ("en", "The average UK house price was £271,000 in August, £7,000 higher than a year earlier, according to HM Land Registry data.", True, [("money", 271000, "GBP", None), ("money", 7000, "GBP", None)], None),
    ("en", "Annual house price inflation slowed to 2.7% from 3.0% in July, the ONS said.", True, [("percent", 2.7, "%", None), ("percent", 3.0, "%", None)], "the ONS"),
    ("en", "Full-time employees in England could expect to spend around 7.7 times their annual earnings on buying a home in 2024, down from 8.3 times in 2023.", True, [("count", 7.7, "times", "about"), ("year", 2024, None, None), ("count", 8.3, "times", None), ("year", 2023, None, None)], None),
    ("en", "The ratio was highest in Kensington and Chelsea, where the median home cost 27.1 times median earnings.", True, [("count", 27.1, "times", None)], None),
    ("en", "\"Every time the rent goes up, we cut back on something else,\" said Priya Nair, a nurse renting in Bristol.", False, [], None),
    ("en", "Renters' groups said the figures showed the government's reforms had come too late for many tenants.", False, [], None),
    # --- Mortgage approvals and rates (Reuters, PA) ---
    ("en", "LONDON, Jan 5 (Reuters) - Mortgage approvals for house purchases rose to 66,100 in November from 64,500 in October, the Bank of England said on Monday.", True, [("date", "--01-05", None, None), ("count", 66100, None, None), ("count", 64500, None, None)], "the Bank of England"),
    ("en", "The effective interest rate on newly drawn mortgages fell by 6 basis points to 4.24%.", True, [("percent", 6, "bp", None), ("percent", 4.24, "%", None)], None),
    ("en", "The average two-year fixed-rate mortgage now costs 4.83%, while a five-year fix averages 4.97%, according to Moneyfacts.", True, [("duration", 2, "year", None), ("percent", 4.83, "%", None), ("duration", 5, "year", None), ("percent", 4.97, "%", None)], "Moneyfacts"),
    ("en", "Lenders currently offer 412 deals for buyers with a 5% deposit, the most since early 2008.", True, [("count", 412, None, None), ("percent", 5, "%", None), ("year", 2008, None, None)], None),
    ("en", "Only 3.1% of new loans were advanced at a loan-to-value ratio above 90%, the Financial Conduct Authority's data showed.", True, [("percent", 3.1, "%", None), ("percent", 90, "%", "over")], None),
    ("en", "Under Bank of England rules, lenders may extend no more than 15% of new mortgages at 4.5 times a borrower's income or above.", True, [("percent", 15, "%", "at_most"), ("count", 4.5, "times", None)], None),
    ("en", "A borrower coming off a 1.6% fix taken out in 2021 faces an increase of about £250 a month on a £200,000 loan over 25 years.", True, [("percent", 1.6, "%", None), ("year", 2021, None, None), ("money", 250, "GBP", "about"), ("money", 200000, "GBP", None), ("duration", 25, "year", None)], None),
    ("en", "Your home may be repossessed if you do not keep up repayments on your mortgage.", False, [], None),
    ("en", "Anyone worried about remortgaging should speak to their lender early, the charity advised.", False, [], None),
    # --- Housebuilding in England (PA) ---
    ("en", "LONDON (PA) - Housebuilding starts in England fell to an estimated 29,860 in the three months to September, down 8% on the previous quarter, official figures showed.", True, [("count", 29860, None, "about"), ("duration", 3, "month", None), ("percent", 8, "%", None)], None),
    ("en", "Completions dropped 11% to 31,230 over the same period.", True, [("percent", 11, "%", None), ("count", 31230, None, None)], None),
    ("en", "Ministers have promised 1.5 million new homes in England before the next general election, due by 2029.", True, [("count", 1500000, None, None), ("year", 2029, None, None)], None),
    ("en", "Housebuilder Calder Homes said it completed 8,214 homes in the year to June, with an average selling price of £338,000.", True, [("count", 8214, None, None), ("money", 338000, "GBP", None)], None),
    ("en", "Its forward order book stood at £1.6bn, the company said, against £1.4bn a year earlier.", True, [("money", 1600000000, "GBP", None), ("money", 1400000000, "GBP", None)], "the company"),
    ("en", "Calder has appealed against a council's refusal of planning permission for its scheme in Guildford.", True, [], None),
    ("en", "Build costs have risen by roughly 35% since 2020, according to the Royal Institution of Chartered Surveyors.", True, [("percent", 35, "%", "about"), ("year", 2020, None, None)], "the Royal Institution of Chartered Surveyors"),
    ("en", "Calder's shares rose 4.2% to 1,186p in London.", True, [("percent", 4.2, "%", None), ("money", 11.86, "GBP", None)], None),
    ("en", "\"We remain confident in the long-term fundamentals of the UK housing market,\" Chief Executive Mark Talbot said.", False, [], None),
    ("en", "Every Calder home is built with care, quality and the community in mind.", False, [], None),
    # --- Towers, old blocks and prices per square foot (PA) ---
    ("en", "Plans for a 40-storey tower with 436 flats next to Wembley Park station have been approved by Brent Council.", True, [("count", 40, None, None), ("count", 436, None, None)], None),
    ("en", "About 35% of the homes will be offered at below-market rents, the developer said.", True, [("percent", 35, "%", "about")], "the developer"),
    ("en", "A penthouse on the 38th floor of a neighbouring tower was sold off-plan for £6.75 million.", True, [("ordinal", 38, None, None), ("money", 6750000, "GBP", None)], None),
    ("en", "New-build flats in central London are selling for an average of £1,480 per square foot.", True, [("money", 1480, "GBP", None)], None),
    ("en", "Residents of a 1960s council block in Salford were told to leave on Thursday after engineers found structural defects in the 14-storey building.", True, [("count", 14, None, None)], None),
    ("en", "About 230 households live in the block, which was built in 1966, the council said.", True, [("count", 230, None, "about"), ("year", 1966, None, None)], "the council"),
    ("en", "\"We were given a few hours to pack up our whole lives,\" a resident told the BBC.", False, [], None),
    # --- Case-Shiller (Reuters) ---
    ("en", "NEW YORK, Nov 25 (Reuters) - U.S. home prices rose 1.4% in September from a year earlier, the S&P CoreLogic Case-Shiller 20-city composite index showed on Tuesday.", True, [("date", "--11-25", None, None), ("percent", 1.4, "%", None), ("count", 20, None, None)], None),
    ("en", "Economists surveyed by Reuters had predicted a 1.3% rise.", True, [("percent", 1.3, "%", None)], None),
    ("en", "New York posted the biggest annual gain among the 20 metro areas, at 5.9%, while Tampa prices fell 3.8%.", True, [("count", 20, None, None), ("percent", 5.9, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "The national index is now 56% above its 2006 peak, S&P Dow Jones Indices said.", True, [("percent", 56, "%", None), ("year", 2006, None, None)], "S&P Dow Jones Indices"),
    # --- Existing home sales (AP) ---
    ("en", "WASHINGTON (AP) — Sales of previously occupied U.S. homes rose 1.2% last month to a seasonally adjusted annual rate of 4.1 million, the National Association of Realtors said Thursday.", True, [("percent", 1.2, "%", None), ("count", 4100000, None, None)], "the National Association of Realtors"),
    ("en", "The national median sales price climbed 2.1% from a year earlier to $415,200.", True, [("percent", 2.1, "%", None), ("money", 415200, "USD", None)], None),
    ("en", "There were 1.52 million homes for sale at the end of October, equal to a 4.4-month supply at the current sales pace.", True, [("count", 1520000, None, None), ("duration", 4.4, "month", None)], None),
    ("en", "First-time buyers accounted for 30% of sales, down from 32% a year earlier.", True, [("percent", 30, "%", None), ("percent", 32, "%", None)], None),
    ("en", "Homes typically stayed on the market for 34 days, compared with 28 days a year ago.", True, [("duration", 34, "day", None), ("duration", 28, "day", None)], None),
    ("en", "A 2,400-square-foot four-bedroom house in the Austin suburbs was listed for $549,000 in November.", True, [("count", 2400, None, None), ("count", 4, None, None), ("money", 549000, "USD", None)], None),
    ("en", "\"Buyers are out there, but they are waiting for the right house at the right price,\" said a real estate agent in Phoenix.", False, [], None),
    # --- Freddie Mac and the MBA (AP, Reuters) ---
    ("en", "The average rate on a 30-year fixed mortgage dipped to 6.19% this week from 6.26% last week, according to Freddie Mac.", True, [("duration", 30, "year", None), ("percent", 6.19, "%", None), ("percent", 6.26, "%", None)], "Freddie Mac"),
    ("en", "A year ago, the rate averaged 6.81%.", True, [("percent", 6.81, "%", None)], None),
    ("en", "Borrowing costs on 15-year fixed-rate mortgages, popular with homeowners refinancing, eased to 5.44% from 5.49%.", True, [("duration", 15, "year", None), ("percent", 5.44, "%", None), ("percent", 5.49, "%", None)], None),
    ("en", "On a $400,000 loan, a drop of half a percentage point in the rate saves a borrower roughly $130 a month.", True, [("money", 400000, "USD", None), ("percent", 0.5, "pp", None), ("money", 130, "USD", "about")], None),
    ("en", "Mortgage applications rose 5.2% in the week ended Dec. 12, the Mortgage Bankers Association said.", True, [("percent", 5.2, "%", None), ("date", "--12-12", None, None)], "the Mortgage Bankers Association"),
    ("en", "The average contract rate on a 30-year fixed-rate loan with a conforming balance of $806,500 or below decreased 4 basis points to 6.29%.", True, [("duration", 30, "year", None), ("money", 806500, "USD", None), ("percent", 4, "bp", None), ("percent", 6.29, "%", None)], None),
    ("en", "The refinance share of mortgage activity rose to 41.3% of total applications.", True, [("percent", 41.3, "%", None)], None),
    ("en", "Whether rates fall further will depend largely on the Federal Reserve and the bond market.", False, [], None),
    # --- Housing starts, permits and vacancies (Reuters) ---
    ("en", "WASHINGTON, Dec 17 (Reuters) - U.S. single-family housing starts fell 4.6% in November to a seasonally adjusted annual rate of 874,000 units, the Commerce Department said on Wednesday.", True, [("date", "--12-17", None, None), ("percent", 4.6, "%", None), ("count", 874000, None, None)], "the Commerce Department"),
    ("en", "Permits for future construction of single-family homes slipped 0.8% to a rate of 881,000.", True, [("percent", 0.8, "%", None), ("count", 881000, None, None)], None),
    ("en", "Starts for buildings with five units or more jumped 11.3% to 352,000, the highest level since April.", True, [("count", 5, None, None), ("percent", 11.3, "%", None), ("count", 352000, None, None)], None),
    ("en", "The rental vacancy rate was 7.1% in the third quarter, the Census Bureau said, while the homeowner vacancy rate held at 1.1%.", True, [("percent", 7.1, "%", None), ("ordinal", 3, None, None), ("percent", 1.1, "%", None)], "the Census Bureau"),
    ("en", "The median asking rent in the 50 largest U.S. metro areas slipped 1.1% year on year in October to $1,693, the 27th straight annual decline, according to Lodgeline.", True, [("count", 50, None, None), ("percent", 1.1, "%", None), ("money", 1693, "USD", None), ("ordinal", 27, None, None)], "Lodgeline"),
    ("en", "Nearly 590,000 new apartments were completed in 2024, the most in a single year since 1974, according to the Census Bureau.", True, [("count", 590000, None, "nearly"), ("year", 2024, None, None), ("year", 1974, None, None)], "the Census Bureau"),
    ("en", "For renters, the glut has been a rare piece of good news.", False, [], None),
    # --- Australian home values and rents (Reuters, AAP) ---
    ("en", "SYDNEY, Dec 1 (Reuters) - Australian home values rose 1.0% in November, the 11th straight monthly gain, according to CoreLogic.", True, [("date", "--12-01", None, None), ("percent", 1.0, "%", None), ("ordinal", 11, None, None)], "CoreLogic"),
    ("en", "Perth led the capital cities with a 2.2% rise, while Melbourne values edged up just 0.3%.", True, [("percent", 2.2, "%", None), ("percent", 0.3, "%", None)], None),
    ("en", "The median dwelling value in Sydney reached a record A$1.24 million, roughly 13 times the median household income.", True, [("money", 1240000, "AUD", None), ("count", 13, "times", "about")], None),
    ("en", "Rents across the combined capitals rose 0.4 per cent in the month, taking the annual increase to 4.3 per cent.", True, [("percent", 0.4, "%", None), ("percent", 4.3, "%", None)], None),
    ("en", "The national rental vacancy rate sat at 1.4 per cent, well below the 3 per cent generally seen as a balanced market.", True, [("percent", 1.4, "%", None), ("percent", 3, "%", None)], None),
    ("en", "The median weekly rent for a three-bedroom house in Brisbane is now A$650.", True, [("count", 3, None, None), ("money", 650, "AUD", None)], None),
    ("en", "\"It's heartbreaking to watch good tenants get priced out of the suburbs they grew up in,\" said a property manager in western Sydney.", False, [], None),
    # --- Reserve Bank of Australia (AAP) ---
    ("en", "CANBERRA (AAP) - The Reserve Bank of Australia left the cash rate at 3.60 per cent on Tuesday after three cuts this year.", True, [("percent", 3.6, "%", None), ("count", 3, None, None)], None),
    ("en", "The cuts took a combined 75 basis points off the rate since February.", True, [("percent", 75, "bp", None)], None),
    ("en", "A borrower with an A$600,000 mortgage over 30 years is about A$270 a month better off, comparison site Canstar estimated.", True, [("money", 600000, "AUD", None), ("duration", 30, "year", None), ("money", 270, "AUD", "about")], None),
    ("en", "Underlying inflation was running at 2.7%, within the bank's 2-3% target band, the Reserve Bank of Australia said.", True, [("percent", 2.7, "%", None), ("percent", 2, "%", None), ("percent", 3, "%", None)], "the Reserve Bank of Australia"),
    ("en", "Markets are split over whether the central bank has finished easing.", False, [], None),
    # --- Building approvals and auctions (AAP) ---
    ("en", "The number of dwellings approved in Australia rose 12.0 per cent in October to 17,850, the Australian Bureau of Statistics said.", True, [("percent", 12.0, "%", None), ("count", 17850, None, None)], "the Australian Bureau of Statistics"),
    ("en", "Approvals for private-sector houses fell 1.1 per cent, while approvals for units and apartments jumped 31.3 per cent.", True, [("percent", 1.1, "%", None), ("percent", 31.3, "%", None)], None),
    ("en", "The federal government wants 1.2 million new homes built in the five years to mid-2029.", True, [("count", 1200000, None, None), ("duration", 5, "year", None), ("year", 2029, None, None)], None),
    ("en", "Sydney's preliminary auction clearance rate was 71.3% at the weekend, with 1,128 homes going under the hammer.", True, [("percent", 71.3, "%", None), ("count", 1128, None, None)], None),
    # --- Canada (CP) ---
    ("en", "OTTAWA (CP) — The annual pace of housing starts in Canada rose 9% in October to 254,400 units, the Canada Mortgage and Housing Corporation said Monday.", True, [("percent", 9, "%", None), ("count", 254400, None, None)], "the Canada Mortgage and Housing Corporation"),
    ("en", "In Toronto, condo starts fell to their lowest level since 2010 as a glut of small investor units left builders struggling to sell.", True, [("year", 2010, None, None)], None),
    ("en", "The average asking rent for a two-bedroom apartment in Toronto fell 6.2% year over year to C$3,190 a month, according to RentCompass.", True, [("count", 2, None, None), ("percent", 6.2, "%", None), ("money", 3190, "CAD", None)], "RentCompass"),
    # --- Ireland (Reuters, PA) ---
    ("en", "DUBLIN, Nov 19 (Reuters) - Irish residential property prices rose 7.5% in the 12 months to September, the Central Statistics Office said.", True, [("date", "--11-19", None, None), ("percent", 7.5, "%", None), ("duration", 12, "month", None)], "the Central Statistics Office"),
    ("en", "The median price paid for a home in Dublin was €480,000, while in Longford it was €185,000.", True, [("money", 480000, "EUR", None), ("money", 185000, "EUR", None)], None),
    ("en", "Ireland completed 30,330 new homes last year, short of the government's annual target of 41,000.", True, [("count", 30330, None, None), ("count", 41000, None, None)], None),
    ("en", "Standardised rents for new tenancies rose by just over 5% nationally, the Residential Tenancies Board said.", True, [("percent", 5, "%", "over")], "the Residential Tenancies Board"),
    ("en", "For a generation of young adults still living in their childhood bedrooms, the numbers offer little comfort.", False, [], None),
    # --- Costs and insolvencies (PA) ---
    ("en", "Tender prices for UK building work are forecast to rise by 15% over the next five years, the Building Cost Information Service said.", True, [("percent", 15, "%", None), ("duration", 5, "year", None)], "the Building Cost Information Service"),
    ("en", "Construction firms accounted for 17% of all company insolvencies in England and Wales in the third quarter, with 1,011 cases.", True, [("percent", 17, "%", None), ("ordinal", 3, None, None), ("count", 1011, None, None)], None),
    ("en", "Industry leaders warned that skills shortages could derail the government's ambitions.", False, [], None),
    # --- New Zealand and China (Reuters) ---
    ("en", "WELLINGTON, Dec 2 (Reuters) - New Zealand house prices fell 0.6% in November and are now 17% below their late-2021 peak, data from property firm Valuora showed.", True, [("date", "--12-02", None, None), ("percent", 0.6, "%", None), ("percent", 17, "%", None), ("year", 2021, None, None)], None),
    ("en", "The average value of a home nationwide is NZ$906,000.", True, [("money", 906000, "NZD", None)], None),
    ("en", "BEIJING, Dec 15 (Reuters) - New home prices in China fell 0.4% in November from the previous month, the steepest drop in 13 months, according to Reuters calculations based on National Bureau of Statistics data.", True, [("date", "--12-15", None, None), ("percent", 0.4, "%", None), ("duration", 13, "month", None)], None),
    ("en", "Of the 70 cities surveyed by the statistics bureau, 62 reported monthly price declines, up from 58 in October.", True, [("count", 70, None, None), ("count", 62, None, None), ("count", 58, None, None)], None),
    ("en", "Property investment fell 14.7% in the first 11 months of the year.", True, [("percent", 14.7, "%", None), ("ordinal", 1, None, None), ("duration", 11, "month", None)], None),
    ("en", "Analysts said a lasting recovery in the sector remained some way off.", False, [], None),
    # --- Stamp duty and renters' rules (PA) ---
    ("en", "Since April 1, first-time buyers in England have paid no stamp duty on the first £300,000 of a home costing up to £500,000.", True, [("date", "--04-01", None, None), ("ordinal", 1, None, None), ("money", 300000, "GBP", None), ("money", 500000, "GBP", "up_to")], None),
    ("en", "Previously the threshold was £425,000, the Treasury said.", True, [("money", 425000, "GBP", None)], "the Treasury"),
    ("en", "A buyer paying the average London first-time buyer price of £550,000 now faces a bill of £17,500.", True, [("money", 550000, "GBP", None), ("money", 17500, "GBP", None)], None),
    ("en", "Estate agents described the mood among buyers as cautious but hopeful.", False, [], None),
    ("en", "Landlords in England will be barred from raising rents more often than annually under the new rules, which take effect on May 1.", True, [("date", "--05-01", None, None)], None),
    ("en", "About 11 million people rent privately in England, according to the English Housing Survey.", True, [("count", 11000000, None, "about")], None),
    ("en", "Tenants will have to be given four months' notice if a landlord wants to sell, up from two months now.", True, [("duration", 4, "month", None), ("duration", 2, "month", None)], None),
    ("en", "\"This is the biggest shake-up for renters in a generation,\" the housing minister told MPs.", False, [], None),
    ("en", "Landlord groups warned the changes would drive more owners out of the market.", False, [], None),
    # --- Sizes and bedrooms (PA) ---
    ("en", "The average new-build home in England has a floor area of 88 square metres, about 15% smaller than in the 1980s.", True, [("count", 88, None, None), ("percent", 15, "%", "about")], None),
    ("en", "A typical three-bed semi in Manchester sold for £265,000 last year, against £182,000 five years earlier.", True, [("count", 3, None, None), ("money", 265000, "GBP", None), ("money", 182000, "GBP", None), ("duration", 5, "year", None)], None),
    # --- Advice, marketing, teasers, boilerplate ---
    ("en", "Would-be buyers should get a mortgage agreement in principle before they start viewing homes.", False, [], None),
    ("en", "Sellers are being urged to price realistically if they want to find a buyer before Christmas.", False, [], None),
    ("en", "Beautifully presented throughout, this charming home must be viewed to be appreciated.", False, [], None),
    ("en", "Is now the time to buy, or should you wait for prices to fall further?", False, [], None),
    ("en", "This article is for information only and does not constitute financial advice.", False, [], None),
]
