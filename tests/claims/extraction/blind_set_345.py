"""Three-hundred-and-forty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, fields, plants, a portal
and figures are made up (Svenja Brockhagen and the Bank Ellerkamp, Eckhard Wölfinghoff, the
Nordwest Erdgas AG and its Hollwede storage site, Gerlinde Pfusterschmid, Thorsten
Elberskirch and Lippewerk, Seraina Cadalbert and Aarestrom, Dirk Hölscherbrink and the
Raffinerie Emsmünde, the portal Ölpreisradar, Herbert Zehetgruber and the Hausruckstrom AG,
Jurawerke, Jan-Hendrik Wiebusch and Vattenholt Trading; Harriet Osgathorpe and Larchgate
Securities, Vestbanken Energi and its Torvika field, Jorrit Mulderink and Amstelhaven
Energy, the Vardestrand plant, Corsicana Refining and Wade Dunnaway of Brazos Ridge
Advisors, Ingrid Haugtvedt and Skarvik Petroleum, Varun Kilachand and Quarry Lane Energy,
Marcy Broussard and Bayou Teche LNG, Alistair Menheniot and Hambledon Energy, Red Mesa
Electric and Darla Spradling, Rosalind Ashworth-Bell and Kynance Analytics, Lorenzo
Bassanelli and Fiorenza Energia, Priscilla Seah and Merlion Bay Futures; every unnamed
trader, delegate, minister, analyst, investor, spokesperson, official and campaigner); the
heads of real regulators appear under made-up names that stand for no real holder
("Behördenpräsident Eckhard Wölfinghoff" of the Bundesnetzagentur, "E-Control-Vorständin
Gerlinde Pfusterschmid"), or by their role only ("ein Sprecher der ElCom", "Die
Energieministerin", "Saudi Arabia's energy minister"). Real states, bodies, markets, grades,
hubs, pipelines and places (Opec+, OPEC+, Brent, West Texas Intermediate, WTI,
Bundesnetzagentur, INES, E-Control, CEGH, Oberkappel, Arnoldstein, Baumgarten,
Arbeiterkammer, Dax, Epex Spot, EEX, TTF, GIE, Bundesamt für Energie, ElCom, Stiftung für
Konsumentenschutz, Industriellenvereinigung, Deutsche Presse-Agentur, Staatsanwaltschaft
Osnabrück, Emsland, Traun, Enns, Wallis; ICE Futures Europe, Gassco, Gas Infrastructure
Europe, the Energy Information Administration, the EIA, Cushing, Henry Hub, the Electric
Reliability Council of Texas, ERCOT, TurkStream, the European Union, National Gas, NESO,
Energy UK, and the datelines' cities) stand for the way wire copy names them; every price,
move, output, quota, storage level, flow, inventory, capacity, result, dividend, forecast,
demand peak, tariff and quote here is invented, and where a real figure came to mind (a real
OPEC+ increment, a real national output or storage level, a real refinery capacity, a real
pipeline flow) it was changed - only the dates the stories turn on (the end of gas transit
through Ukraine on January 1, 2025, the German electricity tax cut for industry on January
1, 2026, the end of Russian gas into Austria in late 2024) are kept as wire copy would state
them.

Its weight: OIL, GAS AND ELECTRICITY MARKETS AND ENERGY COMPANIES (the fifty-seventh batch
weighed energy systems in their units, the hundred-twenty-sixth, two-hundred-and-fourteenth
and three-hundred-and-seventeenth energy prices, heating and household bills, the
hundred-fifty-fourth commodities in the market reports, and the
two-hundred-and-seventy-first energy companies and utilities; their decisions are kept) over
five wire weeks of one year, Monday, November 8, to Friday, December 10, as 30 short stories
in story order with the German and English desks interleaved by day, each told as wire copy
runs it (a dateline lead, the figures, attributed claims, the other side, quotes). Half
German (dpa-AFX, dpa, APA, awp, Reuters German; Austrian "mit 1. Jänner", Swiss "7'410",
"6'350", "5,12 Mrd. Fr.", "2.80 Franken", "Rappen", "Grosshandelspreise", "liess", «»
quotes, German „“ quotes): oil prices after a North Sea outage, German gas storage twice
with the Bundesnetzagentur, Austrian storage and imports with the E-Control, a German
utility's nine months, a Swiss utility's year, a windless cold spell on the power exchange,
a refinery fire in Lower Saxony and its restart with heating oil per 100 litres, an OPEC+
delay reported from delegations, an Austrian supplier's price cut and results, oil prices
after the OPEC+ decision, Swiss reservoirs and forward power, German forward power and CO2,
and Austria's gas routes. Half English (Reuters, Bloomberg, AP): oil prices after the
outage, European gas prices with Norwegian flows and EU storage, a Louisiana refinery fire
and its restart, a Norwegian producer's quarter, OPEC+ before and after its meeting, U.S.
inventories, U.S. LNG, a British utility's half-year, a Texas cold snap on the power grid,
TurkStream flows, a British cold snap with gas in pence per therm and mcm, an Italian
utility's spending plan and the week's oil close. Figures as such copy has them: Brent and
WTI per barrel with their moves in cents and percent, output, quotas and cuts in barrels per
day ("bpd", "boepd", „Barrel pro Tag“), gas per megawatt hour, per therm and per million
British thermal units, storage levels in percent and percentage points, gas in terawatt
hours, cubic metres („Millionen Kubikmeter pro Tag“, „Milliarden Kubikmetern“, "million
cubic metres a day", "billion cubic metres", "mcm", "billion cubic feet a day"), power in
euros and pounds per megawatt hour and in gigawatts and megawatts, inventories in barrels,
refinery capacity in barrels per day and tonnes, results, guidance, dividends and share
prices in euros, francs, pounds, Norwegian crowns and dollars, tariffs in Cent and Rappen,
heating oil per 100 litres, ordinals, fractions, multiples, hedges, ranges, years and dates.
Negatives as such copy has them - about a quarter of the rows, none carrying a figure:
analysts' and traders' colour in quotes, executives' rhetoric, vows and self-praise,
regulators' reassurances, appeals that name no measure, labels of consumer groups, unions, a
minister and an industry lobby, complaints, verdicts with „halten ... für“, warnings that
name no measure, feelings, hopes, resolve, praise, traders' cited reasons, forecasts without
a figure, evasions, doubts and open questions - each near a check-worthy look-alike from the
same story, often the same speaker's figure.

241 rows (120 German, 121 English), 57 negatives (30 German, 27 English), 184 check-worthy
rows of which 14 carry no figure (10 German, 4 English), 294 expected quantities (90 amounts
of money - 35 USD, 31 EUR, 11 GBP, 7 NOK, 6 CHF -, 78 counts, 52 percentages - 49 in "%", 3
in percentage points "pp" -, 20 durations - 6 in weeks, 6 in months, 5 in years, 2 in hours,
1 in days -, 18 dates, 17 years, 15 ordinals, 4 fractions; none of them in a negative), 38
checked speakers (22 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names were checked against tests/ and are
in use nowhere else.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, reassurance, vow, appeal naming no measure, warning naming no measure,
  feeling, hope, resolve or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-twenty-sixth,
  two-hundred-and-fourth, two-hundred-and-seventy-first, three-hundred-and-seventeenth); a
  quoted or reported fact, figure, step, plan, cause, forecast or demand is check-worthy
  with its speaker, also in Konjunktiv I (hundred-twenty-sixth, hundred-fifty-fourth). Pairs
  from one speaker: Osgathorpe's $71 beside her "pricing a glut" and "mostly reflects
  exports"; Brockhagen's 4 Prozent and her 73 Dollar beside „von Knappheit kann keine Rede
  sein“ and „genau das geliefert“; Wölfinghoff's 208 Terawattstunden and 9 Prozent beside
  his reassurance and his appeal; Pfusterschmid's third beside „gut vorbereitet“;
  Elberskirch's 38 Milliarden Euro beside „Wir liefern, was wir versprochen haben“;
  Haugtvedt's dividend beside "built to make money"; Cadalbert's 90 Mio. Fr. beside
  «Rückgrat» and her „liess ... offen“; Broussard's third train beside "the sink for
  American molecules" (a forecast without a figure); Hölscherbrink's 5,2 Millionen Tonnen
  beside his vow and his praise; Menheniot's 9 billion pounds beside "front of the queue";
  Zehetgruber's stated cause beside „Verlässlichkeit bewiesen“; Ashworth-Bell's 1.1 billion
  cubic metres beside "the classic winter squeeze"; Wiebusch's 142 Euro beside „preist ...
  ein“; Bassanelli's 27.5 billion euros beside "the backbone"; Seah's range beside
  "Positioning is still light"; Kilachand's two quotes stand alone.
- Market copy (hundred-fifty-fourth): a market move stated without a figure is check-worthy
  („Die Ölpreise sind am Montag deutlich gestiegen.“, „... zum Wochenstart nach der
  Entscheidung der Opec+ gestiegen.“, „Strom für das kommende Jahr hat sich am Terminmarkt
  ... verteuert.“, the storage sites „spürbar geleert“, the Swiss reservoirs „deutlich
  voller als üblich“, "on track for a monthly record"); traders' cited reasons („Händler
  verwiesen auf den Förderausfall ...“; hundred-forty-ninth, hundred-fifty-fourth: „Händler
  verwiesen auf Gewinnmitnahmen“), market colour, feelings and hopes ("Some traders said the
  rally looked fragile ...", "Investors remain wary ...", „Viele Anleger hoffen ...“) and
  forecasts without a figure („Händler rechnen damit, dass ...“, "Analysts said the weather
  ... would determine ..."; forty-seventh) are negatives. Forecasts, estimates and consensus
  figures with a figure are check-worthy (seventh, hundred-fifty-fourth): Osgathorpe's,
  Brockhagen's („rechnet ... mit“, speaker unchecked), Larchgate's, Seah's range, the
  Bundesnetzagentur's 30 percent, "Analysts in a Reuters poll had expected a draw of 1.2
  million barrels", "against analysts' expectations", ERCOT's 65,000 megawatts, Bassanelli's
  Ebitda. A plan reported from delegates is check-worthy with its speaker unchecked
  ("according to delegates", „nach Angaben aus Delegationskreisen“; hundred-fifty-fourth:
  "Two OPEC+ delegates said"), while the delegates' report of Riyadh's wariness and a
  delegate's „man wolle ... unbedingt vermeiden“ are feelings and resolve
  (two-hundred-and-fourth).
- Check-worthy without a figure (14 rows; hundred-twenty-sixth, hundred-fiftieth,
  hundred-fifty-fourth, two-hundred-and-seventy-first): the six market and storage moves
  above, a plant's stated return to capacity ("Gassco ... said the Vardestrand plant would
  be back at full capacity by Thursday"; hundred-fiftieth: "Delmont said production would
  resume on Monday"), the refinery standing partly still after a fire, nobody hurt
  („Verletzt wurde nach Angaben der Feuerwehr niemand.“; „niemand“ none), the restart
  reported by the operator, an investigation under way ("the cause of the fire was still
  under investigation"; hundred-twenty-sixth), Zehetgruber's stated cause (low water on the
  Traun and the Enns; two-hundred-and-seventy-first), "No rolling outages were ordered" (an
  event that did not happen, stated by the grid operator) and Austria's supply routes („fast
  vollständig über Deutschland und Italien“ - „fast“ before an adverb bounds no figure).
- Other negatives (ninety-eighth, hundred-twenty-sixth, hundred-fifty-fourth,
  two-hundred-and-seventy-first, three-hundred-and-seventeenth): reassurances („Die
  Versorgungslage ist stabil ...“, „Wir gehen gut vorbereitet in diesen Winter“, «Die Lage
  ist komfortabel ...»), appeals that name no measure („riefen die Haushalte ... auf,
  sparsam mit Gas umzugehen“, „Jeder, der jetzt bewusst heizt, hilft dem ganzen Land“,
  "Energy UK urged households ... to contact their supplier early"), labels („nannte die
  Gaspreise ... „deutlich zu hoch““, „sprach von einer „längst fälligen“ Entlastung“,
  „sprach von einer «bescheidenen Geste»“, „sprach von einem „historischen Schritt““,
  „beklagte einen „Standortnachteil““, 'called the company's pay offer ... "an insult"'), a
  complaint („Industrieverbände beklagen seit Langem ...“), verdicts with „halten ... für“
  („Energieökonomen halten die Preisspitzen ... für verkraftbar“, „Marktbeobachter halten
  eine Verlängerung ... für wahrscheinlich“), warnings that name no measure (the consumer
  advocates' „könnten sich bald auch in den Tarifen niederschlagen“, "could be in for
  painful bills"), resolve ("remained determined to wean itself off Russian gas"), praise
  („Analysten lobten ...“), a minister's quoted rhetoric ("proactive and pre-emptive"), a
  spokeswoman's "We were lucky ...", an analysts' view ("the episode showed how little spare
  capacity ..."), evasions, doubts and open questions ("declined to say whether ...", „ließ
  ... offen“, "remains an open question", „gilt am Markt als fraglich“, „Ob die Vorräte bis
  zum Frühjahr reichen, hängt ... ab“, "it was unclear whether ...", "Some investors have
  questioned whether ..."). None of the negatives carries a figure.
- Demands (three-hundred-and-seventeenth): „Die Arbeiterkammer forderte, dass Versorger
  gesunkene Einkaufspreise binnen drei Monaten an ihre Kunden weitergeben müssen.“ names its
  measure and its span and is check-worthy (3 months, "binnen" no hedge), its speaker
  unchecked („forderte“ no verb of saying).
- Oil prices per barrel are money in dollars, the unit priced carrying nothing (tenth,
  fourteenth, hundred-fifty-fourth): "$73.41 a barrel", "$69.57", "$71.96 a barrel",
  "$71.05", "$74.06 a barrel", "$70.52", "$74 a barrel", "by $3", „73,52 US-Dollar“, „1,05
  Dollar mehr als am Freitag“ („mehr als“ after the figure compares), „69,66 Dollar“, „70,35
  Dollar je Barrel“, „72,21 US-Dollar“, „ein Plus von 1,16 Dollar“ (the noun "Plus" a
  direction, as „ein Minus von“, hundred-fiftieth), „um 1,09 Dollar auf 68,74 Dollar“, „73
  Dollar“, „3,47 Dollar“ (the Brent-WTI spread); moves in cents as USD hundredths ("94
  cents" 0.94, "88 cents", "18 cents higher", "31 cents", "28 cents"), and German „um 97
  Cent“ is 0.97 USD in a row that prices in dollars (hundred-fifty-fourth: "um 39 Cent auf
  65,20 Dollar"). „Ein Fass“, „ein Barrel“ and "a barrel" carry none (twentieth,
  hundred-forty-third), while „ein Barrel (159 Liter)“ gives count 159
  (hundred-fifty-fourth). Margins per barrel are money too ("about $31 a barrel ..., ...
  $24.80" - "about" on the first); gasoline per gallon keeps its three decimals ("$2.214 a
  gallon"; two-hundred-and-eightieth: fuel to the tenth of a cent). "Brent", "WTI", "West
  Texas Intermediate", "Opec+", "OPEC+", "TTF", "Henry Hub", "CEGH", "CO2" and "Ebitda"
  carry none; clock times ("by 1040 GMT", "shortly after 7 p.m.") and delivery months ("for
  December delivery", „zur Lieferung im Januar“, „mit Liefertermin Januar“) none.
- Output, quotas, cuts, inventories and capacity are counts of the figure as written, a
  scale word multiplying (the issue's "2,4 Millionen Einwohner"; fifteenth,
  hundred-forty-first, hundred-seventy-fifth, two-hundred-and-sixty-fifth): "around 160,000
  barrels per day" "about", „rund 160.000 Barrel pro Tag“ "about" („pro Tag“ none), "160,000
  barrels a day" and "160,000 barrels per day" ("a day" and "per day" none), „um weitere
  160.000 Barrel pro Tag“ („weitere“ no hedge), "about 9.71 million barrels a day", "roughly
  220,000 barrels a day above its quota" "about", "about 9.26 million", „um insgesamt rund
  2,4 Millionen Barrel pro Tag“ "about" („insgesamt“ no hedge), "a further 1.2 million bpd"
  ("a further" no hedge, seventy-third), "a combined 310,000 bpd" ("a combined" no hedge),
  "The 140,000-bpd unit" and "The 140,000-barrel-per-day unit" and "its
  285,000-barrel-per-day refinery" (the figure heading a compound,
  two-hundred-and-seventy-first: "The 2,640-megawatt plant"), "an average of 262,000 barrels
  per day" ("an average of" no hedge), "13.74 million barrels per day", "11.6 million
  barrels per day"; inventories ("by 4.6 million barrels ... to 418.3 million barrels", "a
  draw of 1.2 million barrels", "1.9 million barrels ... 2.3 million barrels", "by 410,000
  barrels", "by 5.1 million barrels ..., ... a draw of 1.7 million barrels"), futures
  positions ("by 21,400 lots"), refinery capacity in tonnes („rund 5,2 Millionen Tonnen
  Rohöl“ - „jährlichen“ none -, „täglich rund 7.000 Tonnen“), LNG capacity ("about 4.5
  million tons a year"). New: "412,000 barrels of oil equivalent per day (boepd) ..., up
  from 389,000 boepd" gives counts 412,000 and 389,000 - "boepd" after a figure names the
  unit as "bpd" does (two-hundred-and-sixty-fifth: "up to 411,000 bpd"), and the bracketed
  abbreviation carries none, as "(mtpa)" (two-hundred-and-seventy-first). Definite groups
  are counts (forty-first): "The eight core members", "The eight members", „Die acht
  beteiligten Staaten“, „die acht Länder“; "two of its plants" 2, „gegen zwei Mitarbeiter“
  2; "two people familiar with plant operations" and "two sources familiar with operations"
  2 (hundred-seventeenth: "three industry sources said"); "about 1,150 people" "about".
- Gas volumes are counts of the figure as written, a scale word multiplying (fifty-seventh,
  hundred-twenty-sixth, two-hundred-and-fourteenth, two-hundred-and-seventy-first): "about
  298 million cubic metres a day ... from 331 million" 298,000,000 "about" and 331,000,000
  (the unit written once serves the later figure), „im Schnitt 41 Millionen Kubikmeter Gas
  pro Tag“ and „im Schnitt 44,2 Millionen Kubikmeter pro Tag“ („im Schnitt“ no hedge),
  „weitere 9,8 Millionen Kubikmeter täglich“ („täglich“ none), „knapp 1,1 Milliarden
  Kubikmetern“ "nearly", "52.3 million cubic metres a day", "about 1.57 billion cubic
  metres", "about 22 million cubic metres a day", "about 14 million", "362 million cubic
  metres", "about 1.1 billion cubic metres", "18.6 billion cubic feet a day" 18,600,000,000
  (the same scale word whatever the volume unit). New: "about 290 mcm" is 290,000,000
  "about" - "mcm", the trade's million cubic metres, multiplies as "bcm" and "mtpa" do
  (two-hundred-and-seventy-first), and "well above the seasonal norm of" before it bounds
  nothing, the "about" being the figure's own. Energy and power are counts of the figure as
  written (hundred-twenty-sixth, two-hundred-and-seventy-first): „gut 208 Terawattstunden“
  "over", „rund 84 Terawattstunden“, „knapp 76 Terawattstunden“, „rund 19 Terawattstunden“,
  "15.3 terawatt hours ..., up from 12.9 TWh", „7'410 Gigawattstunden“ and „rund 6'350
  Gigawattstunden“ (Swiss apostrophe, tenth), „mehr als 24 Gigawatt“ "over", „rund 14
  Gigawatt“, "71,460 megawatts", "66,900 megawatts", "above 65,000 megawatts" "over", „3.500
  Kilowattstunden“.
- Storage levels and shares are percentages, moves of a level in points "pp" (fifty-seventh,
  hundred-twenty-sixth, two-hundred-and-fourteenth): "86.4% full, compared with 94.1% a year
  earlier", „noch bei 83,7 Prozent“ („noch“ no hedge), „bei 91,2 Prozent“, „nur noch zu 61
  Prozent“ („nur noch“ no hedge), „zu mindestens 30 Prozent“ "at_least", „zu 88,6 Prozent“,
  „bei 74,6 Prozent“, „die Marke von 75 Prozent“, „zu 71,8 Prozent“, „gut 9 Prozentpunkte
  mehr als im langjährigen Mittel“ 9 pp "over" („mehr als“ after the figure compares),
  "about 0.3 percentage points a day" pp "about" ("averaged" no hedge, "a day" none;
  two-hundred-and-fourteenth), "1.4 percentage points to 88.7% of capacity". New: „ist Ende
  November unter 75 Prozent gefallen“ is 75 "under" - „unter“ stands before the figure and
  bounds the level now reached, as "below 1 GW" (hundred-twenty-sixth), unlike a bare verb
  of reaching ("on course to pass 90%", two-hundred-and-fourteenth) or „bis auf“
  (hundred-fifty-fourth).
- Gas and power prices are money in the currency written (twelfth, fifty-seventh,
  hundred-twenty-sixth, two-hundred-and-fourteenth): "up 2.35 euros at 42.15 euros per
  megawatt hour", „43,90 Euro je Megawattstunde“, „im Schnitt 168,40 Euro je
  Megawattstunde“, „sogar 412 Euro je Megawattstunde“ („sogar“ no hedge, as "just"), „46,25
  Euro“, „132 Euro“, „94,60 Euro“, „142 Euro“, „im Schnitt um 2,10 Euro je Megawattstunde
  über jenem“ („über“ after the figure compares), "above $2,800 per megawatt hour" "over"
  (hundred-twenty-sixth: "above 45 euros"), "$186 per megawatt hour", "154 pounds per
  megawatt hour"; pence per therm as GBP hundredths ("4.10 pence to 103.60 pence per therm"
  0.041 and 1.036, "11.50 pence at 128.75 pence per therm" 0.115 and 1.2875;
  two-hundred-and-fourteenth: "94.20 pence per therm"); "$4.31 per million British thermal
  units" (fifty-seventh); CO2 „86,15 Euro je Tonne“ („Ein CO2-Zertifikat“ none); tariffs in
  Cent and Rappen as hundredths („von 15,9 auf 13,9 Cent pro Kilowattstunde netto“ 0.159 and
  0.139 - "netto" no hedge -, „um durchschnittlich 0,8 Rappen pro Kilowattstunde“ 0.008
  CHF); household savings („rund 96 Euro im Jahr“; „im Jahr“ none); heating oil per 100
  litres (hundred-twenty-sixth, three-hundred-and-seventeenth: „Für 100 Liter ... bei einer
  Abnahme von 3.000 Litern“): „im Bundesschnitt 98,40 Euro für 100 Liter Heizöl ..., wenn
  sie 3.000 Liter abnahmen“ the money, 100 and 3,000 („im Bundesschnitt“ no hedge,
  two-hundred-and-fourteenth), „um rund 4 Euro je 100 Liter“ 4 EUR "about" and 100, „um
  knapp 3 Euro je 100 Liter“ 3 EUR "nearly" and 100.
- Multiples are counts with their hedges (hundred-twenty-sixth: "triple the level of a week
  earlier" 3; two-hundred-and-seventy-first: „mehr als das Vierfache“ 4 "over"): "about four
  times the level a week earlier" 4 "about". New: "more than double the level a week
  earlier" is count 2 "over" - "double" is the multiple two as "triple" is three, and "more
  than" bounds it as it bounds „das Vierfache“; "a week earlier" none.
- Results, guidance, dividends, share prices and investment in the currency written
  (hundred-twenty-sixth, hundred-fifty-fourth, two-hundred-and-seventy-first): „auf 4,36
  Milliarden Euro“, „1,72 Milliarden Euro, nach 1,48 Milliarden“ both EUR (the currency
  written once serves the later figure, hundred-seventeenth), „von 5,6 bis 6,0 Milliarden
  Euro“ both (6.0 the value 6, seventy-first; „bis“ in a range no hedge), „rund 38
  Milliarden Euro“, „auf 41,28 Euro“, „342 Millionen Franken“, „auf 5,12 Mrd. Fr. ..., nach
  5,87 Mrd.“ both CHF (forty-ninth: "Mrd." multiplies), „rund 90 Mio. Fr.“ "about",
  „unverändert 2.80 Franken je Aktie“ 2.8 CHF („unverändert“ no hedge, the Swiss point,
  forty-second), „418 Millionen Euro, nach 502 Millionen Euro“, „rund 35 Millionen Euro“;
  "14.2 billion Norwegian crowns ($1.31 billion) from 16.1 billion crowns ..., below the
  14.9 billion ..." NOK, USD (the converted figure in brackets, eightieth), NOK and NOK
  ("below the" before an article no hedge, "on average" no hedge), "3.40 crowns per share
  from 3.10 crowns", "around 42 billion crowns" "about" and "187.60 crowns" NOK in a story
  datelined OSLO (hundred-thirty-third, two-hundred-and-seventy-first), "611 million
  pounds", "21.6 pence per share" 0.216 GBP, "about 9 billion pounds", "between 1.15 billion
  and 1.25 billion pounds" both ("between ... and" no hedge), "1,418 pence" 14.18 GBP (a
  share price in pence, hundred-twenty-sixth), "46 billion euros", "about 27.5 billion
  euros", "0.45 euros per share", "about 5 billion euros".
- Percentages as written (every batch): moves ("or 1.3%" twice, "by 4%", "a 12% drop", "a 9%
  rise", "up 6% from October and 11% above the level a year earlier" - "above" after the
  figure compares -, "rose 3.2% ..., ... added 1.1%", "fell 2.4%", "rose 2.7%", "down 0.8%
  on the week", "or 0.4% ..., ... 4.2% higher for the week", „um 14 Prozent“, „um 3,1
  Prozent“, „um 18 Prozent“, „6 Prozent mehr“, „um 1,2 Prozent“, „um durchschnittlich 11
  Prozent“ („durchschnittlich“ no hedge), „um rund 80 Prozent“, „gut 9 Prozent mehr“ "over",
  „3 Prozent weniger“, „gut 7 Prozent mehr“ "over", „um 4 Prozent mehr“, "climbed 7.2% year
  on year"); shares and guidance ("About 40%", "About 60%", "at least 65%" "at_least",
  "growth of 4% to 6%" both, "by an average of 5% a year" - "an average of" no hedge -, „nur
  knapp 6 Prozent“ "nearly" - „nur“ no hedge -, "just 8%" - "just" no hedge,
  hundred-fifty-fourth -, „rund 4 Prozent über dem Fünfjahresschnitt“ "about" with 5 years -
  „Fünfjahresschnitt“, forty-second -, "88.7% of capacity"); "as much as 4.2%" "up_to"
  (hundred-thirtieth).
- Fractions (the issue; hundred-fifty-fourth, two-hundred-and-seventy-first): „knapp ein
  Drittel der eingelagerten Menge“ 0.3333 "nearly", „knapp zwei Drittel davon“ 0.6667
  "nearly" („davon“ no hedge), „etwa der Hälfte der Leistung“ 0.5 "about" (the genitive),
  „um etwa zwei Drittel dieser Menge“ 0.6667 "about" („nur“ no hedge). "the bulk of the
  volumes" none.
- Durations (the issue; every batch): „nach neun Monaten“ 9 months
  (two-hundred-and-seventy-first: "For the nine months to December"), "for about three
  weeks" 3 weeks "about", "within two hours" 2 hours ("within" no hedge), „binnen drei
  Monaten“ 3 months and „Binnen drei Wochen“ 3 weeks ("binnen" no hedge), „um drei Monate“
  and "by three months" 3 months, „seit fast zwei Jahren“ 2 years "nearly", „zwei bis drei
  Wochen“ 2 weeks and 3 weeks (the unit written once serves the earlier figure, the „bis“ of
  a range no hedge; two-hundred-and-sixty-fifth: "within 18 to 24 months"), "over the five
  years to March 2032" 5 years and the year ("over" before "the" no hedge), "set two years
  ago" 2 years (three-hundred-and-seventeenth: "three years ago"), "after more than three
  weeks of repairs" 3 weeks "over", "for up to 48 hours" "up_to", "their highest in 10
  months" 10 months, "over the next four years" 4 years, "the biggest intraday gain in seven
  months" 7 months, „Gut zweieinhalb Wochen nach dem Brand“ 2.5 weeks "over"
  (hundred-twenty-sixth: „knapp zweieinhalb Stunden“). New: „standen im dritten Quartal an
  61 Tagen still“ is 61 days - the days a plant stood idle are a span as the hours with
  negative prices are (hundred-sixty-seventh, two-hundred-and-seventy-first: „An 512
  Stunden“), not a count of trading days („der vergangenen 20 Handelstage“,
  hundred-fifty-fourth). None: "a year earlier", „ein Jahr zuvor“, „im Vorjahr“, „Vor einem
  Jahr“, „vor einem Jahr“, „im Jahr davor“, „im Vorjahresmonat“, „binnen einer Woche“, "a
  week earlier", "this week", "for the week", "on the week", "last week", "last month",
  "this month", "so far this month", "during the month", "a day", "a year", "per day", "for
  the day", "a few days", "for several hours", "next year", "this year", "full-year",
  „Jahresverbrauch“, „jährlichen“, „täglich“, „im Jahr“, „seit Langem“, „seit Mitte
  vergangener Woche“, „zu Monatsbeginn“, „im langjährigen Mittel“, „Anfang November“,
  „Anfang Dezember“, „Anfang Februar“, „Ende November“, „Mitte Dezember“, „am
  Mittwochabend“, months, weekdays and delivery dates.
- Ordinals (the issue: "das sechste Treffen"; every batch): "in the first quarter", "for the
  first quarter" and "first-quarter" 1, „für das erste Quartal“ (three times) 1,
  "third-quarter" and "in the third quarter" 3, „im dritten Quartal“ 3, "first-half" 1, "its
  second liquefaction train" 2, "a third train" 3, "the first hard freeze of the season" 1,
  "the first step" 1, "a second straight weekly gain" 2. "the largest", „stärkster Wert“,
  „In der teuersten Stunde“, „den höchsten Stand“, „das höchste Niveau“, "a monthly record",
  "a November record" and "the last route" none.
- Years and dates: „im Geschäftsjahr 2026/27“ both years (twice; two-hundred-and-fourteenth,
  two-hundred-and-seventy-first), „bis 2030“, „Seit dem Frühjahr 2026“, „vom Sommer 2022“,
  „für das erste Quartal 2028“, „für 2028“, „mit Lieferung im Jahr 2028“, „Seit Ende 2024“,
  "which opened in 1961", "by mid-2028" (hundred-thirty-first), "to March 2032", "from
  2028", "in 2030", "by the end of 2029" the years; „zum 1. Januar 2026“ the date 2026-01-01
  and "on Jan. 1, 2025" 2025-01-01 (two-hundred-and-twenty-fourth: a full date); dates
  without a year: „mit 1. Jänner“ --01-01 (tenth: "Jänner"), "in the week to Nov. 2",
  "scheduled for Dec. 5", "since a fire on Nov. 9", "due on June 1", and Reuters English
  datelines with a day ("LONDON, Nov 8", "LONDON, Nov 9", "HOUSTON, Nov 10", "OSLO, Nov 11",
  "WASHINGTON, Nov 17", "LONDON, Nov 23", "MOSCOW, Dec 2", "HOUSTON, Dec 3", "LONDON, Dec
  5", "LONDON, Dec 7", "SINGAPORE, Dec 10"); dpa-AFX, dpa, APA, awp, Reuters German,
  Bloomberg ("(Bloomberg) --") and AP ("HOUSTON (AP) —") datelines none (seventy-ninth,
  hundred-fifty-fourth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "roughly"
  "about"; „knapp“, „fast“ "nearly"; „gut“, „Gut“, „mehr als“ before a figure, "more than",
  "above" before a figure "over"; „unter“ before a figure "under"; „mindestens“, "at least"
  "at_least"; "up to", "as much as" "up_to". No hedge: „im Schnitt“, „im Bundesschnitt“,
  „durchschnittlich“, „insgesamt“, "In total", „weitere“, "a further", "a combined", "an
  average of", "averaged", "on average", „noch“, „nur“, „nur noch“, „sogar“, "just",
  „zuletzt“, „unverändert“, „damit“, „davon“, "within", „binnen“, "over" before a span or
  "the", "between ... and", „zwischen“, the "to" and „bis“ of a range, "below the" and "well
  above the seasonal norm of" before an article or a noun, and „mehr als“, „mehr“,
  „weniger“, „über“, "above", "higher" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „wie die
  Bundesnetzagentur am Mittwoch mitteilte“ -> "die Bundesnetzagentur", „teilte die E-Control
  am Donnerstag mit“ -> "die E-Control", „teilte das Bundesamt für Energie (BFE) am Dienstag
  mit“ -> "das Bundesamt für Energie" (the abbreviation and the weekday dropped,
  hundred-sixty-seventh), „wie das Unternehmen am Montag mitteilte“ and „teilte das
  Unternehmen am Donnerstag mit“ -> "das Unternehmen", „teilte der Betreiber mit“ -> "der
  Betreiber" and „teilte der Fernleitungsbetreiber mit“ -> "der Fernleitungsbetreiber"
  (two-hundred-and-seventy-first), „nach Angaben des Betreibers“, „nach Angaben des
  Konzerns“, „nach Angaben der Feuerwehr“ and „nach Angaben der Behörde“ -> the source with
  its article in the nominative (hundred-twenty-sixth; a body taken up by its common noun,
  hundred-forty-eighth), „Laut E-Control“ -> "E-Control" (twice; hundred-twenty-sixth); the
  name with the title, the occasion and the audience dropped („Behördenpräsident Eckhard
  Wölfinghoff sagte“, „Bundesnetzagentur-Präsident Eckhard Wölfinghoff sagte der Deutschen
  Presse-Agentur“, „E-Control-Vorständin Gerlinde Pfusterschmid sagte“, „Vorstandschef
  Thorsten Elberskirch sagte“, „Konzernchefin Seraina Cadalbert sagte an der
  Bilanzmedienkonferenz“, „sagte Werkleiter Dirk Hölscherbrink“, „Generaldirektor Herbert
  Zehetgruber sagte“; hundred-fifty-fourth, three-hundred-and-twenty-fourth), the surname as
  written („Brockhagen sagte“, „Wiebusch sagte“; hundred-fiftieth). English: "the company
  said" and "The company said" -> "the company" (seventy-first), "Chief Executive Ingrid
  Haugtvedt said", "Chief Executive Alistair Menheniot said" and "Chief Executive Lorenzo
  Bassanelli said" with the office dropped, "Osgathorpe said", "Broussard said",
  "Ashworth-Bell said" and "Seah said" as written (hundred-fiftieth: "Marchbank said"), "the
  Energy Information Administration said on Wednesday" with the weekday dropped, "the EIA
  said" and "the EIA said on Wednesday" -> "the EIA" (tenth: "the ONS said"), "Bayou Teche
  LNG said on Friday its ..." and "Hambledon said it expected ..." -> the firm as written (a
  firm at the head of reported speech, two-hundred-and-seventy-first), "the Electric
  Reliability Council of Texas said" (hundred-twenty-sixth), "the grid operator said" ->
  "the grid operator" (a body taken up by its common noun, hundred-twenty-sixth: "the
  utility said", "the agency said"). Left unchecked (None): all negatives, also those with a
  named speaker or an office; descriptions before the name ("operator Vestbanken Energi
  said", "grid operator NESO said", „Laut dem Portal Ölpreisradar“, „Der Versorger Jurawerke
  kündigte an“, "the Rome-based company said"; fortieth, two-hundred-and-seventy-first);
  subjects parted from their verb ("Gassco, which runs ..., said", "Red Mesa Electric, which
  serves ..., said"; hundred-sixteenth); data, surveys, filings and statements ("data from
  ICE Futures Europe showed", "according to Gassco data", "data from Gas Infrastructure
  Europe showed", „nach Daten des Speicherverbands INES“, „nach Daten der
  Bundesnetzagentur“, „wie aus Daten des europäischen Speicherverbands GIE hervorgeht“,
  "according to a company statement", "a regulatory filing showed", "according to a
  Bloomberg survey", "the survey showed", "the data showed", "according to pipeline data
  compiled by Bloomberg", "ship-tracking data showed", "Reuters calculations ... showed",
  "according to data from its grid operator", "data from National Gas showed", "customs data
  showed", „Nach Berechnungen der Behörde“, „nach Reuters-Berechnungen“, „nach vorläufigen
  Schätzungen“; hundred-twenty-sixth, hundred-fifty-fourth); plural groups and unnamed
  sources ("according to delegates", „nach Angaben aus Delegationskreisen“, "two people
  familiar with plant operations said", "two sources familiar with operations said",
  "Analysts in a Reuters poll", "Analysts at Larchgate Securities raised"; forty-first);
  estimating and other verbs that are not of saying („rechnet“, "expects", "ERCOT expects",
  "Skarvik kept ... and expects", „forderte“, "plans"; hundred-fifty-fourth,
  three-hundred-and-seventeenth); a role without a name ("A company spokeswoman said";
  hundred-fifteenth); and - to keep the checked speakers near 35, as the
  two-hundred-and-seventeenth and three-hundred-and-twenty-fourth batches did - "Corsicana
  said in a filing with state environmental regulators" and "the group said in a statement"
  (OPEC+).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_345 = [
    # --- Oil rises on a North Sea outage (Reuters), Monday, November 8 ---
    (
        "en",
        "LONDON, Nov 8 (Reuters) - Oil prices climbed on Monday as traders weighed an unplanned outage in the Norwegian North Sea against signs of ample supply from the Americas.",
        True,
        [("date", "--11-08", None, None)],
        None,
    ),
    (
        "en",
        "By 1040 GMT, Brent crude futures had gained 94 cents, or 1.3%, to $73.41 a barrel.",
        True,
        [("money", 0.94, "USD", None), ("percent", 1.3, "%", None), ("money", 73.41, "USD", None)],
        None,
    ),
    (
        "en",
        "WTI crude for December delivery added 88 cents, or 1.3%, to $69.57.",
        True,
        [("money", 0.88, "USD", None), ("percent", 1.3, "%", None), ("money", 69.57, "USD", None)],
        None,
    ),
    (
        "en",
        "Output at the Torvika field, which pumps around 160,000 barrels per day, was halted on Sunday after a power failure on the platform, operator Vestbanken Energi said.",
        True,
        [("count", 160000, None, "about")],
        None,
    ),
    (
        "en",
        '"The market is still pricing a glut, and one platform going dark for a few days does not change that," said Harriet Osgathorpe, head of commodities research at Larchgate Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Osgathorpe said she expected Brent to average $71 in the first quarter, down from a previous forecast of $74.",
        True,
        [("money", 71, "USD", None), ("ordinal", 1, None, None), ("money", 74, "USD", None)],
        "Osgathorpe",
    ),
    (
        "en",
        "Speculators trimmed their net long Brent position by 21,400 lots in the week to Nov. 2, data from ICE Futures Europe showed.",
        True,
        [("count", 21400, None, None), ("date", "--11-02", None, None)],
        None,
    ),
    (
        "en",
        "Some traders said the rally looked fragile and would fade once the platform was back online.",
        False,
        [],
        None,
    ),
    # --- Ölpreise steigen (dpa-AFX), Montag, 8. November ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Ölpreise sind am Montag deutlich gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für ein Barrel (159 Liter) Brent mit Liefertermin Januar mussten am Nachmittag 73,52 US-Dollar gezahlt werden, 1,05 Dollar mehr als am Freitag.",
        True,
        [("count", 159, None, None), ("money", 73.52, "USD", None), ("money", 1.05, "USD", None)],
        None,
    ),
    (
        "de",
        "Ein Fass der amerikanischen Sorte West Texas Intermediate (WTI) verteuerte sich um 97 Cent auf 69,66 Dollar.",
        True,
        [("money", 0.97, "USD", None), ("money", 69.66, "USD", None)],
        None,
    ),
    (
        "de",
        "Händler verwiesen auf den Förderausfall vor der norwegischen Küste.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Ölfeld Torvika werden nach Angaben des Betreibers sonst rund 160.000 Barrel pro Tag gefördert.",
        True,
        [("count", 160000, None, "about")],
        "der Betreiber",
    ),
    (
        "de",
        "„Der Markt ist nervös, aber von Knappheit kann keine Rede sein“, sagte Rohstoffexpertin Svenja Brockhagen von der Bank Ellerkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brockhagen sagte, die kommerziellen Öllager der Industriestaaten lägen derzeit rund 4 Prozent über dem Fünfjahresschnitt.",
        True,
        [("percent", 4, "%", "about"), ("duration", 5, "year", None)],
        "Brockhagen",
    ),
    # --- European gas prices jump on a Norwegian outage (Reuters), Tuesday, November 9 ---
    (
        "en",
        "LONDON, Nov 9 (Reuters) - Wholesale gas prices in the Netherlands and Britain climbed on Tuesday after a Norwegian gas processing plant went offline unexpectedly, reducing flows to the continent.",
        True,
        [("date", "--11-09", None, None)],
        None,
    ),
    (
        "en",
        "The TTF front-month contract in the Netherlands was up 2.35 euros at 42.15 euros per megawatt hour by 0915 GMT.",
        True,
        [("money", 2.35, "EUR", None), ("money", 42.15, "EUR", None)],
        None,
    ),
    (
        "en",
        "The British day-ahead contract gained 4.10 pence to 103.60 pence per therm.",
        True,
        [("money", 0.041, "GBP", None), ("money", 1.036, "GBP", None)],
        None,
    ),
    (
        "en",
        "Norwegian pipeline exports to Europe fell to about 298 million cubic metres a day on Tuesday from 331 million on Monday, according to Gassco data.",
        True,
        [("count", 298000000, None, "about"), ("count", 331000000, None, None)],
        None,
    ),
    (
        "en",
        "Gassco, which runs Norway's export pipeline network, said the Vardestrand plant would be back at full capacity by Thursday.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Every hiccup in Norway now moves the whole curve, because there is so little slack left in the system," said Jorrit Mulderink, a gas trader at Amstelhaven Energy.',
        False,
        [],
        None,
    ),
    (
        "en",
        "EU storage sites were 86.4% full on Monday, compared with 94.1% a year earlier, data from Gas Infrastructure Europe showed.",
        True,
        [("percent", 86.4, "%", None), ("percent", 94.1, "%", None)],
        None,
    ),
    (
        "en",
        "Net withdrawals have averaged about 0.3 percentage points a day since the start of November.",
        True,
        [("percent", 0.3, "pp", "about")],
        None,
    ),
    (
        "en",
        "Analysts said the weather over the next few weeks would determine how fast that buffer is depleted.",
        False,
        [],
        None,
    ),
    # --- Gasspeicher leeren sich (dpa), Mittwoch, 10. November ---
    (
        "de",
        "Bonn (dpa) - Die deutschen Gasspeicher haben sich seit Anfang November spürbar geleert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am Dienstag lag der Füllstand noch bei 83,7 Prozent, wie die Bundesnetzagentur am Mittwoch mitteilte.",
        True,
        [("percent", 83.7, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Vor einem Jahr hatte der Füllstand zum gleichen Zeitpunkt bei 91,2 Prozent gelegen.",
        True,
        [("percent", 91.2, "%", None)],
        None,
    ),
    (
        "de",
        "Behördenpräsident Eckhard Wölfinghoff sagte, in den Speichern lagerten derzeit gut 208 Terawattstunden Gas.",
        True,
        [("count", 208, None, "over")],
        "Eckhard Wölfinghoff",
    ),
    (
        "de",
        "„Die Versorgungslage ist stabil, niemand muss sich Sorgen machen“, sagte Wölfinghoff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Porenspeicher Hollwede der Nordwest Erdgas AG ist nach Daten des Speicherverbands INES nur noch zu 61 Prozent gefüllt.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Verbraucherschützer riefen die Haushalte dennoch auf, sparsam mit Gas umzugehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Behörde müssten die Speicher Anfang Februar noch zu mindestens 30 Prozent gefüllt sein, um auch einen kalten Spätwinter zu überstehen.",
        True,
        [("percent", 30, "%", "at_least")],
        None,
    ),
    # --- Fire shuts a Louisiana crude unit (Reuters), Wednesday, November 10 ---
    (
        "en",
        "HOUSTON, Nov 10 (Reuters) - Corsicana Refining shut the largest crude distillation unit at its 285,000-barrel-per-day refinery in Lake Charles, Louisiana, after a fire late on Tuesday, the company said.",
        True,
        [("date", "--11-10", None, None), ("count", 285000, None, None)],
        "the company",
    ),
    (
        "en",
        "The 140,000-bpd unit is expected to stay offline for about three weeks, two people familiar with plant operations said.",
        True,
        [("count", 140000, None, None), ("duration", 3, "week", "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Nobody was hurt, and firefighters had the blaze under control within two hours, according to a company statement.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "en",
        "U.S. gasoline futures rose 3.2% to $2.214 a gallon on the news, while heating oil futures added 1.1%.",
        True,
        [("percent", 3.2, "%", None), ("money", 2.214, "USD", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        '"Gulf Coast margins were already tight, and this just pours more fuel on the fire," said Wade Dunnaway, a refining analyst at Brazos Ridge Advisors.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Corsicana processed an average of 262,000 barrels per day in the third quarter, a regulatory filing showed.",
        True,
        [("count", 262000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Corsicana employs about 1,150 people at the site, which opened in 1961.",
        True,
        [("count", 1150, None, "about"), ("year", 1961, None, None)],
        None,
    ),
    (
        "en",
        "The company declined to say whether it would have to buy gasoline on the spot market to meet its supply contracts.",
        False,
        [],
        None,
    ),
    # --- Gasspeicher in Österreich (APA), Donnerstag, 11. November ---
    (
        "de",
        "Wien (APA) - Die österreichischen Gasspeicher sind derzeit zu 88,6 Prozent gefüllt.",
        True,
        [("percent", 88.6, "%", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einer eingelagerten Menge von rund 84 Terawattstunden, teilte die E-Control am Donnerstag mit.",
        True,
        [("count", 84, None, "about")],
        "die E-Control",
    ),
    (
        "de",
        "Der heimische Jahresverbrauch liegt bei knapp 76 Terawattstunden.",
        True,
        [("count", 76, None, "nearly")],
        None,
    ),
    (
        "de",
        "E-Control-Vorständin Gerlinde Pfusterschmid sagte, knapp ein Drittel der eingelagerten Menge sei für Kunden in Deutschland, Ungarn und der Slowakei reserviert.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Gerlinde Pfusterschmid",
    ),
    (
        "de",
        "„Wir gehen gut vorbereitet in diesen Winter“, sagte Pfusterschmid.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über den Grenzübergangspunkt Oberkappel kamen im Oktober im Schnitt 41 Millionen Kubikmeter Gas pro Tag nach Österreich.",
        True,
        [("count", 41000000, None, None)],
        None,
    ),
    (
        "de",
        "Am österreichischen Handelspunkt CEGH kostete Gas zur Lieferung am Folgetag am Mittwoch 43,90 Euro je Megawattstunde.",
        True,
        [("money", 43.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer nannte die Gaspreise für Haushaltskunden dennoch „deutlich zu hoch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer forderte, dass Versorger gesunkene Einkaufspreise binnen drei Monaten an ihre Kunden weitergeben müssen.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    # --- Lippewerk nach neun Monaten (dpa-AFX), Donnerstag, 11. November ---
    (
        "de",
        "Dortmund (dpa-AFX) - Der Energiekonzern Lippewerk hat nach neun Monaten dank höherer Erlöse im Stromhandel deutlich mehr verdient.",
        True,
        [("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda stieg nach Angaben des Konzerns von Januar bis September um 14 Prozent auf 4,36 Milliarden Euro.",
        True,
        [("percent", 14, "%", None), ("money", 4360000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Der bereinigte Überschuss erreichte 1,72 Milliarden Euro, nach 1,48 Milliarden ein Jahr zuvor.",
        True,
        [("money", 1720000000, "EUR", None), ("money", 1480000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Seine Jahresprognose für das bereinigte Ebitda von 5,6 bis 6,0 Milliarden Euro bekräftigte das Management.",
        True,
        [("money", 5600000000, "EUR", None), ("money", 6000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Thorsten Elberskirch sagte, der Konzern werde bis 2030 rund 38 Milliarden Euro investieren, knapp zwei Drittel davon in Netze und Speicher.",
        True,
        [
            ("year", 2030, None, None),
            ("money", 38000000000, "EUR", "about"),
            ("fraction", 0.6667, None, "nearly"),
        ],
        "Thorsten Elberskirch",
    ),
    (
        "de",
        "„Wir liefern, was wir versprochen haben“, sagte Elberskirch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie legte im frühen Handel um 3,1 Prozent auf 41,28 Euro zu und war damit stärkster Wert im Dax.",
        True,
        [("percent", 3.1, "%", None), ("money", 41.28, "EUR", None)],
        None,
    ),
    (
        "de",
        "Analysten lobten vor allem die Entwicklung im Handelsgeschäft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gaskraftwerke des Konzerns standen im dritten Quartal an 61 Tagen still, weil sie sich bei niedrigen Börsenpreisen nicht rechneten.",
        True,
        [("ordinal", 3, None, None), ("duration", 61, "day", None)],
        None,
    ),
    # --- Skarvik third-quarter results (Reuters), Thursday, November 11 ---
    (
        "en",
        "OSLO, Nov 11 (Reuters) - Norwegian oil and gas producer Skarvik Petroleum reported a 12% drop in third-quarter adjusted operating profit on Thursday, hurt by lower crude and gas prices.",
        True,
        [("date", "--11-11", None, None), ("percent", 12, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Adjusted operating profit fell to 14.2 billion Norwegian crowns ($1.31 billion) from 16.1 billion crowns a year earlier, below the 14.9 billion analysts had expected on average in a poll compiled by the company.",
        True,
        [
            ("money", 14200000000, "NOK", None),
            ("money", 1310000000, "USD", None),
            ("money", 16100000000, "NOK", None),
            ("money", 14900000000, "NOK", None),
        ],
        None,
    ),
    (
        "en",
        "Production averaged 412,000 barrels of oil equivalent per day (boepd) in the quarter, up from 389,000 boepd.",
        True,
        [("count", 412000, None, None), ("count", 389000, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Ingrid Haugtvedt said the company would raise its quarterly dividend to 3.40 crowns per share from 3.10 crowns.",
        True,
        [("money", 3.4, "NOK", None), ("money", 3.1, "NOK", None)],
        "Ingrid Haugtvedt",
    ),
    (
        "en",
        '"We are built to make money at much lower prices than these," Haugtvedt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Skarvik kept its forecast for full-year production growth of 4% to 6% and expects capital spending of around 42 billion crowns.",
        True,
        [
            ("percent", 4, "%", None),
            ("percent", 6, "%", None),
            ("money", 42000000000, "NOK", "about"),
        ],
        None,
    ),
    (
        "en",
        "Its shares fell 2.4% to 187.60 crowns by 0905 GMT.",
        True,
        [("percent", 2.4, "%", None), ("money", 187.6, "NOK", None)],
        None,
    ),
    # --- OPEC+ leans toward a pause (Bloomberg), Friday, November 12 ---
    (
        "en",
        "(Bloomberg) -- OPEC+ is leaning toward pausing its planned output increases for the first quarter, according to delegates, as the group tries to stop prices from sliding further.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The eight core members had been due to add 160,000 barrels a day in January.",
        True,
        [("count", 8, None, None), ("count", 160000, None, None)],
        None,
    ),
    (
        "en",
        "Saudi Arabia pumped about 9.71 million barrels a day in October, according to a Bloomberg survey.",
        True,
        [("count", 9710000, None, "about")],
        None,
    ),
    (
        "en",
        "Russian output was little changed at about 9.26 million barrels a day, the survey showed.",
        True,
        [("count", 9260000, None, "about")],
        None,
    ),
    (
        "en",
        "Officials in Riyadh are wary of repeating the price slump that followed earlier increases, the delegates said, asking not to be identified.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kazakhstan produced roughly 220,000 barrels a day above its quota last month, the survey showed.",
        True,
        [("count", 220000, None, "about")],
        None,
    ),
    (
        "en",
        "Whether the group's smaller members will accept another delay remains an open question.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The group's next online meeting is scheduled for Dec. 5.",
        True,
        [("date", "--12-05", None, None)],
        None,
    ),
    (
        "en",
        '"The message is that they will defend the price, not their market share," said Varun Kilachand, an analyst at Quarry Lane Energy.',
        False,
        [],
        None,
    ),
    # --- Aarestrom mit weniger Gewinn (awp), Montag, 15. November ---
    (
        "de",
        "Baden (awp) - Der Stromkonzern Aarestrom hat im Geschäftsjahr 2026/27 weniger verdient.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Reingewinn sank um 18 Prozent auf 342 Millionen Franken, wie das Unternehmen am Montag mitteilte.",
        True,
        [("percent", 18, "%", None), ("money", 342000000, "CHF", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz ging auf 5,12 Mrd. Fr. zurück, nach 5,87 Mrd. im Vorjahr.",
        True,
        [("money", 5120000000, "CHF", None), ("money", 5870000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Konzernchefin Seraina Cadalbert sagte an der Bilanzmedienkonferenz, die tieferen Grosshandelspreise hätten das Ergebnis mit rund 90 Mio. Fr. belastet.",
        True,
        [("money", 90000000, "CHF", "about")],
        "Seraina Cadalbert",
    ),
    (
        "de",
        "Die Wasserkraftwerke des Konzerns produzierten 7'410 Gigawattstunden Strom, 6 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 7410, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Wasserkraft bleibt das Rückgrat unserer Versorgung», sagte Cadalbert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Dividende soll unverändert 2.80 Franken je Aktie betragen.",
        True,
        [("money", 2.8, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ob der Konzern am geplanten Pumpspeicherwerk im Wallis festhält, liess Cadalbert offen.",
        False,
        [],
        None,
    ),
    # --- U.S. crude stocks fall (Reuters), Wednesday, November 17 ---
    (
        "en",
        "WASHINGTON, Nov 17 (Reuters) - U.S. crude oil inventories fell by 4.6 million barrels last week to 418.3 million barrels, the Energy Information Administration said on Wednesday.",
        True,
        [
            ("date", "--11-17", None, None),
            ("count", 4600000, None, None),
            ("count", 418300000, None, None),
        ],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Analysts in a Reuters poll had expected a draw of 1.2 million barrels.",
        True,
        [("count", 1200000, None, None)],
        None,
    ),
    (
        "en",
        "Gasoline stocks rose by 1.9 million barrels, while distillate stockpiles fell by 2.3 million barrels.",
        True,
        [("count", 1900000, None, None), ("count", 2300000, None, None)],
        None,
    ),
    (
        "en",
        "Refinery utilization slipped 1.4 percentage points to 88.7% of capacity, hit partly by the Lake Charles outage.",
        True,
        [("percent", 1.4, "pp", None), ("percent", 88.7, "%", None)],
        None,
    ),
    (
        "en",
        "Crude stocks at the Cushing, Oklahoma, storage hub rose by 410,000 barrels, the EIA said.",
        True,
        [("count", 410000, None, None)],
        "the EIA",
    ),
    (
        "en",
        "Domestic crude production held at 13.74 million barrels per day, the data showed.",
        True,
        [("count", 13740000, None, None)],
        None,
    ),
    (
        "en",
        "Brent futures pared earlier losses and were trading 18 cents higher at $71.96 a barrel after the data.",
        True,
        [("money", 0.18, "USD", None), ("money", 71.96, "USD", None)],
        None,
    ),
    (
        "en",
        '"A big draw, but it mostly reflects exports, not stronger demand," said Osgathorpe of Larchgate Securities.',
        False,
        [],
        None,
    ),
    # --- Dunkelflaute treibt Strompreis (dpa), Mittwoch, 17. November ---
    (
        "de",
        "Leipzig (dpa) - Eine windarme Kältephase hat den Strompreis im Großhandel auf den höchsten Stand seit fast zwei Jahren getrieben.",
        True,
        [("duration", 2, "year", "nearly")],
        None,
    ),
    (
        "de",
        "An der Strombörse Epex Spot kostete Grundlaststrom zur Lieferung am Donnerstag im Schnitt 168,40 Euro je Megawattstunde.",
        True,
        [("money", 168.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der teuersten Stunde am Abend wurden sogar 412 Euro je Megawattstunde fällig.",
        True,
        [("money", 412, "EUR", None)],
        None,
    ),
    (
        "de",
        "Windräder deckten nach Daten der Bundesnetzagentur am Mittwoch nur knapp 6 Prozent des Verbrauchs.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Gaskraftwerke lieferten zeitweise mehr als 24 Gigawatt.",
        True,
        [("count", 24, None, "over")],
        None,
    ),
    (
        "de",
        "Deutschland importierte am Mittwochabend rund 14 Gigawatt Strom, vor allem aus Frankreich und Skandinavien.",
        True,
        [("count", 14, None, "about")],
        None,
    ),
    (
        "de",
        "Energieökonomen halten die Preisspitzen dennoch für verkraftbar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verbraucherschützer warnten, die hohen Börsenpreise könnten sich bald auch in den Tarifen niederschlagen.",
        False,
        [],
        None,
    ),
    # --- U.S. LNG heads for a record (Bloomberg), Friday, November 19 ---
    (
        "en",
        "(Bloomberg) -- U.S. liquefied natural gas exports are on track for a monthly record in November as new capacity on the Gulf Coast ramps up.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Feedgas to the export terminals has averaged 18.6 billion cubic feet a day so far this month, according to pipeline data compiled by Bloomberg.",
        True,
        [("count", 18600000000, None, None)],
        None,
    ),
    (
        "en",
        "Bayou Teche LNG said on Friday its second liquefaction train had started commercial operations, adding about 4.5 million tons a year of capacity.",
        True,
        [("ordinal", 2, None, None), ("count", 4500000, None, "about")],
        "Bayou Teche LNG",
    ),
    (
        "en",
        "Henry Hub futures for December delivery rose 6% this week to $4.31 per million British thermal units.",
        True,
        [("percent", 6, "%", None), ("money", 4.31, "USD", None)],
        None,
    ),
    (
        "en",
        "About 40% of the U.S. cargoes loaded this month were headed to Europe, ship-tracking data showed.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        '"Europe is going to be the sink for American molecules this winter," said Marcy Broussard, chief executive of Bayou Teche LNG.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Broussard said the company aimed to take a final investment decision on a third train by mid-2028.",
        True,
        [("ordinal", 3, None, None), ("year", 2028, None, None)],
        "Broussard",
    ),
    # --- Brand in der Raffinerie Emsmünde (dpa), Montag, 22. November ---
    (
        "de",
        "Lingen (dpa) - Nach einem Brand in einer Destillationsanlage steht die Raffinerie Emsmünde im Emsland teilweise still.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Anlage mit einer jährlichen Verarbeitungskapazität von rund 5,2 Millionen Tonnen Rohöl laufe derzeit mit etwa der Hälfte der Leistung, sagte Werkleiter Dirk Hölscherbrink.",
        True,
        [("count", 5200000, None, "about"), ("fraction", 0.5, None, "about")],
        "Dirk Hölscherbrink",
    ),
    (
        "de",
        "Verletzt wurde nach Angaben der Feuerwehr niemand.",
        True,
        [],
        "die Feuerwehr",
    ),
    (
        "de",
        "Die Reparatur werde voraussichtlich zwei bis drei Wochen dauern.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "„Wir tun alles, um die Anlage so schnell wie möglich wieder hochzufahren“, sagte Hölscherbrink.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut dem Portal Ölpreisradar mussten Kunden am Montag im Bundesschnitt 98,40 Euro für 100 Liter Heizöl zahlen, wenn sie 3.000 Liter abnahmen.",
        True,
        [("money", 98.4, "EUR", None), ("count", 100, None, None), ("count", 3000, None, None)],
        None,
    ),
    (
        "de",
        "In Niedersachsen verteuerte sich Heizöl binnen einer Woche um rund 4 Euro je 100 Liter.",
        True,
        [("money", 4, "EUR", "about"), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Händler rechnen damit, dass sich die Lage erst nach dem Neustart der Anlage entspannt.",
        False,
        [],
        None,
    ),
    # --- Hambledon Energy half-year results (Reuters), Tuesday, November 23 ---
    (
        "en",
        "LONDON, Nov 23 (Reuters) - Hambledon Energy posted a 9% rise in first-half adjusted operating profit to 611 million pounds on Tuesday, helped by higher output from its offshore wind farms.",
        True,
        [
            ("date", "--11-23", None, None),
            ("percent", 9, "%", None),
            ("ordinal", 1, None, None),
            ("money", 611000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "The company raised its interim dividend by 4% to 21.6 pence per share.",
        True,
        [("percent", 4, "%", None), ("money", 0.216, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Alistair Menheniot said Hambledon would invest about 9 billion pounds in British networks and renewables over the five years to March 2032.",
        True,
        [
            ("money", 9000000000, "GBP", "about"),
            ("duration", 5, "year", None),
            ("year", 2032, None, None),
        ],
        "Alistair Menheniot",
    ),
    (
        "en",
        '"Britain needs to build, and we intend to be at the front of the queue," Menheniot said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Renewable generation reached 15.3 terawatt hours between April and September, up from 12.9 TWh a year earlier.",
        True,
        [("count", 15.3, None, None), ("count", 12.9, None, None)],
        None,
    ),
    (
        "en",
        "The company said it had about 4.2 million household customers at the end of September, down from 4.4 million in March.",
        True,
        [("count", 4200000, None, "about"), ("count", 4400000, None, None)],
        "the company",
    ),
    (
        "en",
        "Hambledon said it expected full-year adjusted operating profit of between 1.15 billion and 1.25 billion pounds.",
        True,
        [("money", 1150000000, "GBP", None), ("money", 1250000000, "GBP", None)],
        "Hambledon",
    ),
    (
        "en",
        "Its shares rose 2.7% to 1,418 pence by 0830 GMT.",
        True,
        [("percent", 2.7, "%", None), ("money", 14.18, "GBP", None)],
        None,
    ),
    (
        "en",
        "Unions called the company's pay offer to its engineers \"an insult\".",
        False,
        [],
        None,
    ),
    # --- Opec+ vor Verschiebung (Reuters), Mittwoch, 24. November ---
    (
        "de",
        "Frankfurt (Reuters) - Die Opec+ wird ihre geplanten Förderanhebungen nach Angaben aus Delegationskreisen voraussichtlich um drei Monate verschieben.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Die acht beteiligten Staaten hatten eigentlich vorgesehen, die Produktion ab Januar um weitere 160.000 Barrel pro Tag zu erhöhen.",
        True,
        [("count", 8, None, None), ("count", 160000, None, None)],
        None,
    ),
    (
        "de",
        "Ein Delegierter sagte, man wolle einen erneuten Preisverfall unbedingt vermeiden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit dem Frühjahr 2026 haben die acht Länder ihre Förderziele nach Reuters-Berechnungen um insgesamt rund 2,4 Millionen Barrel pro Tag angehoben.",
        True,
        [("year", 2026, None, None), ("count", 8, None, None), ("count", 2400000, None, "about")],
        None,
    ),
    (
        "de",
        "Die tatsächliche Förderung stieg wegen Engpässen in mehreren Ländern aber nur um etwa zwei Drittel dieser Menge.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Brent verbilligte sich nach den Berichten um 1,2 Prozent auf 70,35 Dollar je Barrel.",
        True,
        [("percent", 1.2, "%", None), ("money", 70.35, "USD", None)],
        None,
    ),
    (
        "de",
        "Marktbeobachter halten eine Verlängerung der Pause bis in den Sommer für wahrscheinlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Kasachstan und der Irak ihre Mehrförderung tatsächlich ausgleichen, gilt am Markt als fraglich.",
        False,
        [],
        None,
    ),
    # --- Hausruckstrom senkt Preise (APA), Donnerstag, 25. November ---
    (
        "de",
        "Linz (APA) - Die Hausruckstrom AG senkt mit 1. Jänner ihre Strompreise für Haushaltskunden um durchschnittlich 11 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Bei 3.500 Kilowattstunden Jahresverbrauch spart ein Haushalt damit rund 96 Euro im Jahr, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("count", 3500, None, None), ("money", 96, "EUR", "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Energiepreis sinkt von 15,9 auf 13,9 Cent pro Kilowattstunde netto.",
        True,
        [("money", 0.159, "EUR", None), ("money", 0.139, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Geschäftsjahr 2026/27, das Ende September endete, erzielte der Landesversorger ein Ergebnis vor Steuern von 418 Millionen Euro, nach 502 Millionen Euro im Jahr davor.",
        True,
        [
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 418000000, "EUR", None),
            ("money", 502000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Generaldirektor Herbert Zehetgruber sagte, Hauptgrund für das schwächere Ergebnis sei die geringe Wasserführung von Traun und Enns im Sommer gewesen.",
        True,
        [],
        "Herbert Zehetgruber",
    ),
    (
        "de",
        "„Wir haben in einem schwierigen Jahr Verlässlichkeit bewiesen“, sagte Zehetgruber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer sprach von einer „längst fälligen“ Entlastung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut E-Control haben sich die Großhandelspreise für Strom gegenüber dem Rekordniveau vom Sommer 2022 um rund 80 Prozent verbilligt.",
        True,
        [("year", 2022, None, None), ("percent", 80, "%", "about")],
        "E-Control",
    ),
    # --- Texas power prices spike in the cold (AP), Monday, November 29 ---
    (
        "en",
        "HOUSTON (AP) — Wholesale electricity prices in Texas briefly jumped above $2,800 per megawatt hour on Sunday evening as the first hard freeze of the season pushed demand to a November record.",
        True,
        [("money", 2800, "USD", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Demand on the state's main grid peaked at 71,460 megawatts shortly after 7 p.m., the Electric Reliability Council of Texas said.",
        True,
        [("count", 71460, None, None)],
        "the Electric Reliability Council of Texas",
    ),
    (
        "en",
        "That topped the previous November high of 66,900 megawatts, set two years ago.",
        True,
        [("count", 66900, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "ERCOT expects demand to stay above 65,000 megawatts through Wednesday.",
        True,
        [("count", 65000, None, "over")],
        None,
    ),
    (
        "en",
        "No rolling outages were ordered, the grid operator said.",
        True,
        [],
        "the grid operator",
    ),
    (
        "en",
        "Red Mesa Electric, which serves about 1.1 million customers in West Texas, said gas deliveries to two of its plants had been curtailed for several hours.",
        True,
        [("count", 1100000, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"We were lucky the wind picked up overnight," said Darla Spradling, a Red Mesa spokeswoman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Real-time prices averaged $186 per megawatt hour for the day, about four times the level a week earlier.",
        True,
        [("money", 186, "USD", None), ("count", 4, None, "about")],
        None,
    ),
    (
        "en",
        "Consumer advocates warned that customers on variable-rate plans could be in for painful bills.",
        False,
        [],
        None,
    ),
    # --- Gasspeicher unter 75 Prozent (dpa), Mittwoch, 1. Dezember ---
    (
        "de",
        "Bonn (dpa) - Der Füllstand der deutschen Gasspeicher ist Ende November unter 75 Prozent gefallen.",
        True,
        [("percent", 75, "%", "under")],
        None,
    ),
    (
        "de",
        "Am Dienstag lag er bei 74,6 Prozent, wie aus Daten des europäischen Speicherverbands GIE hervorgeht.",
        True,
        [("percent", 74.6, "%", None)],
        None,
    ),
    (
        "de",
        "Binnen drei Wochen wurden damit rund 19 Terawattstunden Gas entnommen.",
        True,
        [("duration", 3, "week", None), ("count", 19, None, "about")],
        None,
    ),
    (
        "de",
        "Im Vorjahr war die Marke von 75 Prozent erst Mitte Dezember unterschritten worden.",
        True,
        [("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesnetzagentur-Präsident Eckhard Wölfinghoff sagte der Deutschen Presse-Agentur, Haushalte und Gewerbe hätten im November gut 9 Prozent mehr Gas verbraucht als im Vorjahresmonat.",
        True,
        [("percent", 9, "%", "over")],
        "Eckhard Wölfinghoff",
    ),
    (
        "de",
        "„Jeder, der jetzt bewusst heizt, hilft dem ganzen Land“, sagte Wölfinghoff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Industrie verbrauchte nach Angaben der Behörde dagegen 3 Prozent weniger Gas als vor einem Jahr.",
        True,
        [("percent", 3, "%", None)],
        "die Behörde",
    ),
    (
        "de",
        "Am niederländischen Handelsplatz TTF kletterte der Gaspreis am Mittwoch auf 46,25 Euro je Megawattstunde und damit auf das höchste Niveau seit Februar.",
        True,
        [("money", 46.25, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob die Vorräte bis zum Frühjahr reichen, hängt nach Einschätzung von Fachleuten vor allem vom Wetter im Januar und Februar ab.",
        False,
        [],
        None,
    ),
    # --- TurkStream flows hit a record (Reuters), Thursday, December 2 ---
    (
        "en",
        "MOSCOW, Dec 2 (Reuters) - Russian gas flows to Europe via the TurkStream pipeline climbed to a monthly record in November, Reuters calculations based on data from European transmission operators showed.",
        True,
        [("date", "--12-02", None, None)],
        None,
    ),
    (
        "en",
        "Supplies averaged 52.3 million cubic metres a day last month, up 6% from October and 11% above the level a year earlier.",
        True,
        [("count", 52300000, None, None), ("percent", 6, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "In total, about 1.57 billion cubic metres went through the pipeline's European string during the month.",
        True,
        [("count", 1570000000, None, "about")],
        None,
    ),
    (
        "en",
        "TurkStream has been the last route for Russian pipeline gas into the European Union since transit through Ukraine ended on Jan. 1, 2025.",
        True,
        [("date", "2025-01-01", None, None)],
        None,
    ),
    (
        "en",
        "Hungary takes the bulk of the volumes, receiving about 22 million cubic metres a day, according to data from its grid operator.",
        True,
        [("count", 22000000, None, "about")],
        None,
    ),
    (
        "en",
        "Serbia and Slovakia together received about 14 million cubic metres a day.",
        True,
        [("count", 14000000, None, "about")],
        None,
    ),
    (
        "en",
        "EU officials said the bloc remained determined to wean itself off Russian gas for good.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Under rules agreed this year, the EU will ban remaining Russian pipeline gas imports under long-term contracts from 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Traders said it was unclear whether Hungary could replace the volumes once the ban takes effect.",
        False,
        [],
        None,
    ),
    # --- Lake Charles crude unit restarts (Reuters), Friday, December 3 ---
    (
        "en",
        "HOUSTON, Dec 3 (Reuters) - Corsicana Refining restarted the crude unit at its Lake Charles, Louisiana, refinery on Friday after more than three weeks of repairs, two sources familiar with operations said.",
        True,
        [
            ("date", "--12-03", None, None),
            ("duration", 3, "week", "over"),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 140,000-barrel-per-day unit had been shut since a fire on Nov. 9.",
        True,
        [("count", 140000, None, None), ("date", "--11-09", None, None)],
        None,
    ),
    (
        "en",
        "Corsicana said in a filing with state environmental regulators that the restart could lead to flaring for up to 48 hours.",
        True,
        [("duration", 48, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "Gulf Coast gasoline margins, which had jumped to about $31 a barrel after the outage, eased to $24.80 on Friday.",
        True,
        [("money", 31, "USD", "about"), ("money", 24.8, "USD", None)],
        None,
    ),
    (
        "en",
        "A company spokeswoman said the cause of the fire was still under investigation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Refining analysts said the episode showed how little spare capacity the region has left.",
        False,
        [],
        None,
    ),
    # --- OPEC+ delays its increase (Reuters), Sunday, December 5 ---
    (
        "en",
        "LONDON, Dec 5 (Reuters) - OPEC+ agreed on Sunday to delay a planned increase in oil output by three months, keeping production targets unchanged until the end of March, the group said in a statement.",
        True,
        [("date", "--12-05", None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The eight members had been scheduled to add 160,000 barrels per day in January, the first step in unwinding a further 1.2 million bpd of cuts.",
        True,
        [
            ("count", 8, None, None),
            ("count", 160000, None, None),
            ("ordinal", 1, None, None),
            ("count", 1200000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The group also agreed that Kazakhstan and Iraq would make extra cuts of a combined 310,000 bpd through June to compensate for past overproduction.",
        True,
        [("count", 310000, None, None)],
        None,
    ),
    (
        "en",
        "Saudi Arabia's energy minister told reporters after the meeting that the group would stay \"proactive and pre-emptive\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Brent settled at $71.05 on Friday, down 0.8% on the week.",
        True,
        [("money", 71.05, "USD", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "\"It's a holding pattern, nothing more,\" said Kilachand of Quarry Lane Energy.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Larchgate Securities raised their first-quarter Brent forecast by $3 to $74 a barrel after the decision.",
        True,
        [("ordinal", 1, None, None), ("money", 3, "USD", None), ("money", 74, "USD", None)],
        None,
    ),
    (
        "en",
        "The group's next full ministerial meeting is due on June 1.",
        True,
        [("date", "--06-01", None, None)],
        None,
    ),
    # --- Ölpreise nach der Opec+-Entscheidung (dpa-AFX), Montag, 6. Dezember ---
    (
        "de",
        "Singapur (dpa-AFX) - Die Ölpreise sind zum Wochenstart nach der Entscheidung der Opec+ gestiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am Morgen wurden für ein Barrel der Nordseesorte mit Lieferung im Februar 72,21 US-Dollar gezahlt, ein Plus von 1,16 Dollar gegenüber Freitag.",
        True,
        [("money", 72.21, "USD", None), ("money", 1.16, "USD", None)],
        None,
    ),
    (
        "de",
        "Der Preis für ein Barrel der US-Sorte WTI stieg um 1,09 Dollar auf 68,74 Dollar.",
        True,
        [("money", 1.09, "USD", None), ("money", 68.74, "USD", None)],
        None,
    ),
    (
        "de",
        "„Die Opec+ hat dem Markt genau das geliefert, was er erwartet hatte“, kommentierte Rohstoffexpertin Svenja Brockhagen von der Bank Ellerkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brockhagen rechnet für das erste Quartal mit einem durchschnittlichen Brent-Preis von 73 Dollar.",
        True,
        [("ordinal", 1, None, None), ("money", 73, "USD", None)],
        None,
    ),
    (
        "de",
        "Viele Anleger hoffen nun auf eine anziehende Nachfrage aus China.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Preisabstand zwischen Brent und WTI weitete sich auf 3,47 Dollar aus.",
        True,
        [("money", 3.47, "USD", None)],
        None,
    ),
    # --- Schweizer Speicherseen gut gefüllt (awp), Dienstag, 7. Dezember ---
    (
        "de",
        "Bern (awp) - Die Schweizer Speicherseen sind deutlich voller als üblich in den Winter gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Anfang Dezember waren sie zu 71,8 Prozent gefüllt, teilte das Bundesamt für Energie (BFE) am Dienstag mit.",
        True,
        [("percent", 71.8, "%", None)],
        "das Bundesamt für Energie",
    ),
    (
        "de",
        "Das sind gut 9 Prozentpunkte mehr als im langjährigen Mittel.",
        True,
        [("percent", 9, "pp", "over")],
        None,
    ),
    (
        "de",
        "Der Energieinhalt der Speicherseen entspricht damit rund 6'350 Gigawattstunden.",
        True,
        [("count", 6350, None, "about")],
        None,
    ),
    (
        "de",
        "Am Terminmarkt kostete Schweizer Grundlaststrom für das erste Quartal 2028 zuletzt 132 Euro je Megawattstunde.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None), ("money", 132, "EUR", None)],
        None,
    ),
    (
        "de",
        "«Die Lage ist komfortabel, aber der Winter ist lang», sagte ein Sprecher der ElCom.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Versorger Jurawerke kündigte an, seine Tarife für 2028 um durchschnittlich 0,8 Rappen pro Kilowattstunde zu senken.",
        True,
        [("year", 2028, None, None), ("money", 0.008, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Stiftung für Konsumentenschutz sprach von einer «bescheidenen Geste».",
        False,
        [],
        None,
    ),
    # --- British gas prices jump in a cold snap (Reuters), Tuesday, December 7 ---
    (
        "en",
        "LONDON, Dec 7 (Reuters) - British wholesale gas prices for next-day delivery rose to their highest in 10 months on Tuesday as a cold snap lifted heating demand and wind output dropped.",
        True,
        [("date", "--12-07", None, None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "The day-ahead contract was up 11.50 pence at 128.75 pence per therm by 1000 GMT.",
        True,
        [("money", 0.115, "GBP", None), ("money", 1.2875, "GBP", None)],
        None,
    ),
    (
        "en",
        "Demand was forecast at 362 million cubic metres, well above the seasonal norm of about 290 mcm, data from National Gas showed.",
        True,
        [("count", 362000000, None, None), ("count", 290000000, None, "about")],
        None,
    ),
    (
        "en",
        "Wind generation met just 8% of Britain's power demand on Monday, grid operator NESO said.",
        True,
        [("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "British baseload power for Wednesday delivery traded at 154 pounds per megawatt hour, more than double the level a week earlier.",
        True,
        [("money", 154, "GBP", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "\"It's the classic winter squeeze: cold, still and dark,\" said Rosalind Ashworth-Bell, lead power analyst at Kynance Analytics.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashworth-Bell said Britain's gas storage, at about 1.1 billion cubic metres, would cover only a few days of peak demand.",
        True,
        [("count", 1100000000, None, "about")],
        "Ashworth-Bell",
    ),
    (
        "en",
        "Energy UK urged households worried about their bills to contact their supplier early.",
        False,
        [],
        None,
    ),
    # --- Strom für 2028 teurer (dpa-AFX), Mittwoch, 8. Dezember ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Strom für das kommende Jahr hat sich am Terminmarkt in dieser Woche deutlich verteuert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kontrakt für Grundlaststrom mit Lieferung im Jahr 2028 kostete an der Energiebörse EEX am Mittwoch 94,60 Euro je Megawattstunde.",
        True,
        [("year", 2028, None, None), ("money", 94.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das waren gut 7 Prozent mehr als zu Monatsbeginn.",
        True,
        [("percent", 7, "%", "over")],
        None,
    ),
    (
        "de",
        "Ein CO2-Zertifikat im europäischen Emissionshandel verteuerte sich auf 86,15 Euro je Tonne.",
        True,
        [("money", 86.15, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Der Markt preist gerade das Risiko eines kalten Winters ein“, sagte Energiehändler Jan-Hendrik Wiebusch von der Vattenholt Trading.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wiebusch sagte, Spitzenlaststrom für das erste Quartal koste inzwischen 142 Euro je Megawattstunde.",
        True,
        [("ordinal", 1, None, None), ("money", 142, "EUR", None)],
        "Wiebusch",
    ),
    (
        "de",
        "Industrieverbände beklagen seit Langem die hohen Strompreise in Deutschland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung hatte die Stromsteuer für das produzierende Gewerbe zum 1. Januar 2026 auf das europäische Mindestmaß gesenkt.",
        True,
        [("date", "2026-01-01", None, None)],
        None,
    ),
    # --- Fiorenza Energia's spending plan (Bloomberg), Wednesday, December 8 ---
    (
        "en",
        "(Bloomberg) -- Fiorenza Energia SpA plans to invest 46 billion euros over the next four years, mostly in power grids, as Italian utilities race to connect data centers and renewables.",
        True,
        [("money", 46000000000, "EUR", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "About 60% of the spending will go to regulated networks, the Rome-based company said in a presentation on Wednesday.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Lorenzo Bassanelli said he expected adjusted Ebitda to grow by an average of 5% a year to about 27.5 billion euros in 2030.",
        True,
        [
            ("percent", 5, "%", None),
            ("money", 27500000000, "EUR", "about"),
            ("year", 2030, None, None),
        ],
        "Lorenzo Bassanelli",
    ),
    (
        "en",
        "The company will pay out at least 65% of net income as dividends, with a floor of 0.45 euros per share.",
        True,
        [("percent", 65, "%", "at_least"), ("money", 0.45, "EUR", None)],
        None,
    ),
    (
        "en",
        "Fiorenza also plans to sell about 5 billion euros of non-core assets, including its gas distribution business in Sicily, by the end of 2029.",
        True,
        [("money", 5000000000, "EUR", "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        '"Grids are the backbone of everything we want to achieve in this country," Bassanelli told analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fiorenza's shares rose as much as 4.2% in Milan, the biggest intraday gain in seven months.",
        True,
        [("percent", 4.2, "%", "up_to"), ("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        "Some investors have questioned whether regulators will allow returns high enough to justify the spending.",
        False,
        [],
        None,
    ),
    # --- Raffinerie Emsmünde wieder in Betrieb (dpa), Donnerstag, 9. Dezember ---
    (
        "de",
        "Lingen (dpa) - Gut zweieinhalb Wochen nach dem Brand läuft die Raffinerie Emsmünde wieder mit voller Leistung.",
        True,
        [("duration", 2.5, "week", "over")],
        None,
    ),
    (
        "de",
        "Die beschädigte Destillationsanlage sei am Mittwochabend wieder angefahren worden, teilte der Betreiber mit.",
        True,
        [],
        "der Betreiber",
    ),
    (
        "de",
        "Der Schaden belaufe sich nach vorläufigen Schätzungen auf rund 35 Millionen Euro.",
        True,
        [("money", 35000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Während des Ausfalls habe das Werk täglich rund 7.000 Tonnen Rohöl weniger verarbeitet.",
        True,
        [("count", 7000, None, "about")],
        None,
    ),
    (
        "de",
        "„Unsere Mannschaft hat hier Großartiges geleistet“, sagte Werkleiter Dirk Hölscherbrink.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Heizöl verbilligte sich in Niedersachsen seit Mitte vergangener Woche um knapp 3 Euro je 100 Liter.",
        True,
        [("money", 3, "EUR", "nearly"), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft Osnabrück ermittelt wegen fahrlässiger Brandstiftung gegen zwei Mitarbeiter einer Fremdfirma.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Gas über Deutschland und Italien (APA), Donnerstag, 9. Dezember ---
    (
        "de",
        "Wien (APA) - Österreich bezieht sein Gas inzwischen fast vollständig über Deutschland und Italien.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Über den Grenzübergangspunkt Oberkappel flossen im November im Schnitt 44,2 Millionen Kubikmeter pro Tag nach Österreich, teilte der Fernleitungsbetreiber mit.",
        True,
        [("count", 44200000, None, None)],
        "der Fernleitungsbetreiber",
    ),
    (
        "de",
        "Aus Italien kamen über Arnoldstein weitere 9,8 Millionen Kubikmeter täglich.",
        True,
        [("count", 9800000, None, None)],
        None,
    ),
    (
        "de",
        "Der Inlandsverbrauch lag im November bei knapp 1,1 Milliarden Kubikmetern, um 4 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 1100000000, None, "nearly"), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Energieministerin sprach von einem „historischen Schritt“ für die Versorgungssicherheit.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut E-Control lag der Gaspreis am Handelspunkt CEGH im November im Schnitt um 2,10 Euro je Megawattstunde über jenem am deutschen Markt.",
        True,
        [("money", 2.1, "EUR", None)],
        "E-Control",
    ),
    (
        "de",
        "Die Industriellenvereinigung beklagte einen „Standortnachteil“ für heimische Betriebe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Ende 2024 kommt über Baumgarten kein Gas aus Russland mehr nach Österreich.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    # --- Oil heads for a second weekly gain (Reuters), Friday, December 10 ---
    (
        "en",
        "SINGAPORE, Dec 10 (Reuters) - Oil prices were on track for a second straight weekly gain on Friday, supported by OPEC+ supply restraint and a larger-than-expected drop in U.S. crude stocks.",
        True,
        [("date", "--12-10", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures gained 31 cents, or 0.4%, to $74.06 a barrel by 0420 GMT, putting them 4.2% higher for the week.",
        True,
        [
            ("money", 0.31, "USD", None),
            ("percent", 0.4, "%", None),
            ("money", 74.06, "USD", None),
            ("percent", 4.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "U.S. West Texas Intermediate crude futures climbed 28 cents to $70.52.",
        True,
        [("money", 0.28, "USD", None), ("money", 70.52, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. crude inventories fell by 5.1 million barrels last week, the EIA said on Wednesday, against analysts' expectations for a draw of 1.7 million barrels.",
        True,
        [("count", 5100000, None, None), ("count", 1700000, None, None)],
        "the EIA",
    ),
    (
        "en",
        '"Positioning is still light, so any bullish surprise gets amplified," said Priscilla Seah, a senior analyst at Merlion Bay Futures.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Seah said her firm expected Brent to trade between $71 and $77 in January.",
        True,
        [("money", 71, "USD", None), ("money", 77, "USD", None)],
        "Seah",
    ),
    (
        "en",
        "Chinese crude imports in November climbed 7.2% year on year to 11.6 million barrels per day, customs data showed on Tuesday.",
        True,
        [("percent", 7.2, "%", None), ("count", 11600000, None, None)],
        None,
    ),
    (
        "en",
        "Investors remain wary that demand growth next year could disappoint.",
        False,
        [],
        None,
    ),
]
