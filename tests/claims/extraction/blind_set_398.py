"""Three-hundred-and-ninety-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, state secretaries, mayors, councillors,
aldermen and heads of real statistics offices, airports, ports, associations and tourism
boards appear under made-up names that stand for no real holder, or by their role only („ein
Sprecher des Tourismusverbands“, „eine Flughafensprecherin“, „die Sprecherin“).

Names: Evelyn Strasser-Moik, Anke Brösicke-Wendt, Gian-Andrea Mettier, Merle
Johannsen-Kiehl, Rupert Gasteiger-Lenz, Theresia Kefer, Norbert Zwickl-Haider, Korbinian
Sedlmeier, Dirk Lorenzen-Hahn, Beatrice Wyrsch-Gisler, Florian Nösig, Men Andri Sutter,
Alois Wimmreuter, Ulrike Pietzsch-Hanke, the cruise ship „Nordic Serenade“, the price
service Skipass-Radar, the season pass «Alpenticket» and the comparison portal Hotelkompass;
Rowena Pilkington-Shaw, Bronwyn Trevaskis, Dwayne Harrelson, Elisa Bortolato, Alasdair
Crombie, Isabel Carrow, Reto Imboden-Perren and his firm Gornerblick Bahnen, Pieter van
Oudheusden, Rachel Tennison, Jordi Puigvert-Roca, Colby Ashburn and his firm Highmark Alpine
Resorts, Fraser McCallum, Megan Astbury, Nadia Pemberton-Ruiz and the traveller Darlene Voss
are invented, as is every unnamed spokesperson, hotelier, resident, shop owner, analyst,
economist, tour operator, traveller and protester. Real bodies, firms, places and things
(Statistik Austria, Hoteliervereinigung, Statistisches Bundesamt, Dehoga, Bundesamt für
Statistik (BFS), Hotelleriesuisse, Forschungsgemeinschaft Urlaub und Reisen (FUR),
Fachverband der Seilbahnen, Arbeiterkammer (AK), Hallstatt, Salzkammergut, Wien Tourismus,
Münchner Flughafen, Bundesregierung, Seehafen Kiel, Kieler Wirtschaftsförderung, Förde,
Luzern, Schwanenplatz, Stadtrat, Landesstatistik, Tirol Werbung, Zillertal, Ötztal, Land
Tirol, Seilbahnen Schweiz, St. Moritz, Zermatt, Konsumentenschutz, Wirtschaftskammer,
Salzburg, Dresden, Striezelmarkt, Salzburger Flughafen, Liefering, Freilassing; the Office
for National Statistics, the Australian Bureau of Statistics, Tourism Research Australia,
Cairns, the U.S. Travel Association, the Commerce Department, Venice, Heathrow, CoStar, Las
Vegas, Miami, the Matterhorn, Amsterdam, Juneau, Barcelona, the Gothic Quarter, Sydney
Airport, Qantas, Edinburgh, the Old Town, Aberdeen, Southampton, ABP, Cruise Lines
International Association, Freemantle, the Transportation Security Administration, Airlines
for America, FlightAware, AAA, O'Hare, Tulsa and the datelines' cities) stand for the way
wire copy names them; every overnight stay, arrival, trip, visit, skier day, first entry,
passenger, movement, cruise call, cap, fee, tax rate, levy, room rate, pass price, result,
share, stay length, date and quote here is invented, and where a real figure came to mind (a
real national overnight-stay or arrival total, a real day-tripper fee and its booking
threshold, a real cruise day tax, a real cap on cruise calls or on overnight stays, a real
tourist tax rate, a real daily ship limit or passenger head tax, a real holiday-flat
phase-out, a real visitor levy rate, a real visitor target, a real summit station's
altitude, a real airport charge) it was changed (Venice's fee in its third year and
Edinburgh's levy kept as events).

Its weight: TOURISM, TRAVEL AND HOSPITALITY (the fifty-fourth batch weighed tourism, retail,
food and consumer prices, the eighty-eighth the Alps with their ski season and tourism
figures, the hundred-thirty-third winter sports and their business, the hundred-sixty-fourth
tourism, hotels and the travel season, the two-hundred-and-forty-seventh aviation, airlines
and tourism, the three-hundred-and-sixth tourism, hotels and the ski season and the
three-hundred-and-sixty-sixth aviation, airlines and tourism in a second round; the
forty-eighth, hundred-twenty-fifth, two-hundred-and-sixth and three-hundred-and-fifth
weighed transport, airlines and airports, and tourism stories ran inside the mixed days and
hard-number rounds of the fortieth, forty-third, hundred-fifty-eighth,
hundred-eighty-fourth, hundred-ninety-second, two-hundred-and-tenth,
two-hundred-and-sixty-fifth, two-hundred-and-sixty-eighth, two-hundred-and-eighty-first,
two-hundred-and-eighty-fourth, two-hundred-and-ninety-seventh,
three-hundred-and-twenty-seventh, three-hundred-and-fiftieth and
three-hundred-and-seventy-second; their decisions are kept) over one year in story order
(late January to early December of 2026, the year 2025 and the winter 2025/26 reported in
the first stories), 30 short stories with the German and English ones interleaved by date,
each told as wire copy runs it (a dateline lead, the figures, attributed claims, the other
side, quotes, reactions). Half German (APA, dpa with its regional slugs "dpa/lno" and
"dpa/sn", Keystone-SDA; Austrian "Nächtigungen", "Jänner", "mit 1. Jänner", "im Vorwinter",
"Ortstaxe", "Anrainer", "Vizebürgermeister", Swiss "Logiernächte", "Ersteintritte", "Cars",
"grossen", "Gemäss", "heisst", "20'870'000", "4'020", "269'000", "40'000", «» quotes, German
"Übernachtungen", "Gästeankünfte" and „“ quotes): Austria's tourism year by market,
Germany's overnight stays, Swiss hotel nights, the Germans' holiday trips, the Austrian
cable cars' winter, Hallstatt's coach cap, Vienna's hotels in the first quarter, Munich
airport's four months, the cruise season in Kiel, Lucerne's coach slots, Tyrol's summer,
Swiss ski pass prices, Salzburg's Ortstaxe, hotel prices at Dresden's Striezelmarkt and
Salzburg airport's winter charters. Half English (Reuters, AP, AFP, PA, AAP): British travel
abroad and visits to Britain, Australia's visitors and their spending, U.S. inbound travel
and the travel deficit, Venice's access fee, Heathrow's March, U.S. hotel occupancy, a Swiss
cable car operator's winter, Amsterdam's cruise and overnight caps, Juneau's ship limit,
Barcelona's tourist tax, a U.S. ski resort operator's results, Sydney Airport's September,
Edinburgh's visitor levy, Southampton's cruise year and Thanksgiving air travel. Figures as
such copy has them: overnight stays, guest arrivals, trips, visits, skier days, first
entries, passengers, movements, cruise calls, coaches, beds and room nights in thousands and
millions („rund 158,4 Millionen Nächtigungen“, „20'870'000 Logiernächten“, "94.6 million
times", "a record 541 cruise calls"), stays in nights, occupancy, load factors, tax rates,
market shares and moves in per cent with one move in percentage points, fees, levies, taxes,
room rates, pass prices, spending, results and dividends in euros, francs, pounds, dollars
and Australian dollars, caps per day, time slots, holiday lengths and days of charging; star
categories and compounds („Vier-Sterne-Kategorie“, „Fünf-Sterne-Häusern“, „Vier- und
Fünfsternhäusern“, „Vier-Sterne-Superior-Hotels“, "five-star hotels", „ein zweiwöchiger
Urlaub“, „Sechstagesskipass“, „vierköpfige Familie“, "A one-day lift ticket", "the 12-day
holiday travel period", "a 14-night Mediterranean itinerary"), number words („zwölf“,
„zehn“, „vier der fünf“, „drei Stunden“, "two in five", "roughly nine for every resident",
"no more than four", "over two years"), fractions („mehr als ein Drittel“, „gut jede sechste
Nacht“, „knapp ein Zehntel“, „fast die Hälfte“, „Gut drei von vier“, „knapp ein Viertel“,
„ein Achtel“, „knapp drei Fünftel“, „Ein Drittel“, „fast ein Fünftel“, „rund ein Viertel“,
„Ein Fünftel“, "nearly two-thirds", "more than a fifth", "about a third"), multiples („mehr
als doppelt so viel“, „fast doppelt so viel“), ordinals („zweitstärkster“, „zum zweiten Mal
in Folge“, „Platz vier“, „im ersten Quartal“, „das 100. Kreuzfahrtschiff“, "for a third
year", "fiscal fourth-quarter", "for a third month in a row", "the first seven nights"),
years, seasons, dates and hedges. Negatives as such copy has them - 57 rows, none with a
figure: tourism chiefs', hoteliers', airport and port bosses', mayors' and ministers' pride
and rhetoric in quotes, labels („sprach von“, "dismissed ... as", "called"), complaints and
criticism naming no measure, feelings and fears of tour operators, hotel owners, hoteliers
and shopkeepers, warnings and doubts without a figure, analysts' views, accusations naming
no act, an open question, an evasion and vox pops, each near a check-worthy look-alike from
the same story (often the same speaker's figure).

237 rows (119 German, 118 English), 57 negatives (28 German, 29 English), 180 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 332 expected quantities (127 counts,
61 percentages - 60 in "%", 1 in percentage points "pp" -, 55 amounts of money - 26 EUR, 12
USD, 7 GBP, 7 CHF, 3 AUD -, 29 years, 19 fractions, 19 durations - 10 in days, 3 in years, 2
in hours, 2 in months, 1 in weeks, 1 in minutes -, 12 ordinals, 10 dates; none of them in a
negative), 36 checked speakers (19 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, fear, complaint, warning or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth); a quoted or reported statement of fact, figure, step,
  rule, plan, target or forecast is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixty-fourth, three-hundred-and-sixth). Pairs from one speaker: Strasser-Moik's
  7.4 percent beside „Qualität auch in schwierigen Zeiten“, Brösicke-Wendt's third of firms
  beside „Die Gäste sind zurück, die Gewinne leider noch lange nicht“, Mettier's 57.8 and 65
  percent beside «ein ständiger Gegenwind», Johannsen-Kiehl's 94 million short trips beside
  „Beim Urlaub sparen die Deutschen ganz zuletzt“, Gasteiger-Lenz's 790 million euros beside
  „eine Zukunft“, Kefer's 1.1 million euros beside „keine Durchreisenden“, Zwickl-Haider's
  first in March beside „neu verliebt“, Sedlmeier's 92 percent beside „landet bei uns“ and
  his criticism of the costs, Lorenzen-Hahn's four of five berths beside „Tor zum Norden“,
  Wyrsch-Gisler's near double beside «Kulisse für Selfies», Nösig's 84 percent beside
  „Zauber“, Sutter's quarter beside «ein faires Angebot», Wimmreuter's 4.6 million euros
  beside „zu ihrem Erhalt beitragen“, Pietzsch-Hanke's 90 percent beside „Weihnachtswunder“
  and the Salzburg airport spokeswoman's 110 movements beside „Nabel der Skiwelt“ and her
  evasion; Pilkington-Shaw's 103% beside "open, welcoming and ready for more", Trevaskis's
  A$48 million beside "never been a cheap destination", Harrelson's 300 days beside "red
  tape", Bortolato's 8% beside "not a museum", Crombie's 85.5 million beside "front door",
  Carrow's gateway cities beside "shopping a lot harder", Imboden-Perren's two in five
  beside "sells itself", van Oudheusden's 13.5% beside "not against visitors", Tennison's
  caps beside "friendly does not mean limitless", Puigvert-Roca's 78 million euros beside
  "pay their share", Ashburn's 650 jobs beside "keep coming back", McCallum's 120 bins
  beside "keep it beautiful", Astbury's 45 million beside "back on the map" and
  Pemberton-Ruiz's 2027 beside "Britain's cruise capital".
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth), none with a figure: labels („Die Hoteliervereinigung
  sprach von einem „Quartal der Superlative““, „Die Wirtschaftskammer sprach von einem
  „falschen Signal zur falschen Zeit““, "dismissed the fee as an entry ticket to a theme
  park ...", "called the increase a tax on Barcelona's own good name"); complaints naming no
  measure (the Hoteliervereinigung's wage and energy costs, the industry groups' visas and
  permits, the Anrainer in Hallstatt, the Umweltverbände in Kiel, the Einheimische im
  Ötztal, the airlines on Heathrow's charges, the Freemantle residents;
  three-hundred-and-sixth); criticism naming no measure (the Arbeiterkammer's „zunehmend
  unerschwinglich“, Sedlmeier's „Standortkosten“, the Konsumentenschutz's „kaum noch
  planbar“; three-hundred-and-sixth: „Die Arbeiterkammer warnte, ...“); feelings and fears
  ("said they were frustrated", "said they feared a soft summer", "Hoteliers feared ...",
  „fürchten um ihren Umsatz“; two-hundred-and-forty-fourth: "said they were worried"); a
  warning and a caution naming no figure ("Cruise lines warned the decision would cost local
  businesses dearly", "Some economists cautioned ..."; two-hundred-and-fourth); analysts'
  views and doubts ("Analysts said the steep pass prices risked ...", "Some analysts
  questioned whether ..."; three-hundred-and-sixty-sixth); accusations naming no act
  („Verbraucherschützer werfen Hotels vor, ...“, "Consumer advocates accused the airlines of
  ..."; three-hundred-and-sixty-sixth); an open question told by a plural source („Ob die
  hohen Preise ..., lasse sich noch nicht absehen, hieß es bei der FUR.“;
  hundred-twenty-fourth); an evasion („ließ die Sprecherin offen“; fourteenth,
  three-hundred-and-eighty-eighth); vox pops (the travellers at O'Hare, Darlene Voss;
  three-hundred-and-sixty-sixth). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them (not even an article read
  as one: „ein Foto“, „einem Konzertabend“, „einem Wintersamstag“).
- Check-worthy without a figure (two-hundred-and-forty-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth): a ranking singled out without a number word
  („Mecklenburg-Vorpommern verzeichnete als einziges Bundesland ein Minus.“;
  three-hundred-and-sixth: „Als einziges Flächenland ...“), demands naming a measure (the
  Dehoga's Stromsteuer, the Anrainer's „Nachtflugverbot“; two-hundred-and-forty-fourth), the
  study's and the analysis's publication („Das geht aus der Reiseanalyse ... hervor“, „Das
  ergab eine Auswertung des Vergleichsportals Hotelkompass.“; two-hundred-and-forty-fourth:
  „Das geht aus einer Langzeitstudie ... hervor“), rules in force (Venice's exemptions,
  „Übernachtungsgäste seien von der neuen Regelung nicht betroffen“ told by role;
  three-hundred-and-sixth: Venice's exemptions), a rejection („Eine Eintrittsgebühr ...
  lehnt die Gemeinde weiterhin ab.“; two-hundred-and-forty-fourth), a first told with
  „erstmals“ (Zwickl-Haider's March), Carrow's finding on the gateway cities, and the
  protest march in the Gothic Quarter (an event). Plans, targets and forecasts with a figure
  are check-worthy (hundred-sixty-fourth, three-hundred-and-sixth): the Commerce
  Department's 88 million by 2028, Crombie's and Astbury's records, the Munich and Salzburg
  airports' forecasts, the Kiel port's 264 calls, Amsterdam's 82 calls and its tax, Juneau's
  caps, Barcelona's 78 million euros and its 2029 phase-out, Lucerne's 2028 and 2027, the
  Bundesregierung's eighth, Aberdeen's 3% and Pemberton-Ruiz's 2027.
- Overnight stays, arrivals, trips, visits, skier days, first entries, passengers, flights,
  movements, calls, coaches, beds, berths, bins, jobs, resorts and lifts are counts
  (hundred-sixty-fourth, three-hundred-and-sixth, three-hundred-and-sixty-sixth), a scale
  word multiplying: „rund 158,4 Millionen Nächtigungen“ "about", „auf 47,2 Millionen“,
  „knapp 57,9 Millionen“ "nearly", „mehr als 1,5 Millionen Gäste“ "over", „Allein auf Tirol
  entfielen 48,6 Millionen“ („Allein“ no hedge), „knapp 499 Millionen Übernachtungen“,
  „101,6 Millionen“, „43,9 Millionen Logiernächten“, „20'870'000“ and „4'020“, „zusammen
  rund 269'000 Betten“ („zusammen“ no hedge; the apostrophe repeated for each group,
  three-hundred-and-sixth), „gut 2,9 Millionen Nächte“ "over", „66,1 Millionen
  Urlaubsreisen“, „52,7 Millionen“, „41 der 60 größten Skigebiete“ and „27 der 38
  untersuchten Skigebiete“ (definite groups, forty-first; „Bereits“ no hedge), „höchstens 45
  Reisebusse pro Tag“ "at_most", „rund 9.000 Besucher ... knapp 750 Bewohner also zwölf“
  (the noun left out after the last figure, two-hundred-and-seventieth), „4,21 Millionen“,
  „knapp 132.000 Reisende“, „auf 98.340“, „rund 44 Millionen Fluggästen“, „264 Anläufe mit
  rund 1,05 Millionen Passagieren“, „zwölf Anläufe weniger“ („weniger“ after the figure
  compares), „vier der fünf Liegeplätze“, „bis zu 4.900 Passagiere“ "up_to", „von 60 auf
  20“, „bis zu 400 Cars ..., gut 40'000“, „1,57 Millionen“, „9,84 Millionen“, „5,2
  Millionen“, „64 Skigebiete“, „22,9 Millionen Ersteintritte“, „knapp 3,4 Millionen“, „226
  Buden“, „rund 2,8 Millionen Besucher“, „bis zu 110 Starts und Landungen“, „knapp 1,9
  Millionen“; "94.6 million times" (a count of trips, not a repetition of one act), "40.3
  million visits", "about 5.4 million", "8.1 million", "1.38 million ..., 912,000 ...
  824,000", "118.5 million overnight trips", "about 39.6 million", "a record 103.4 million
  trips" ("a record" no hedge), "88 million", "roughly 860,000", "fewer than 48,200 people
  ..., against roughly 168,000" ("under", "about"), "6.9 million passengers", "118,600
  tonnes", "a record 85.5 million", "the 25 largest markets" 25, "3.9 million passengers
  across its 27 lifts", "which climbs to 3,760 metres" (an altitude is a count,
  eighty-eighth and three-hundred-and-sixth; "climbs to" a verb and no hedge), "about 1.12
  million from 1.03 million" (the hedge on the first only), "to 82 next year from 156", "a
  ceiling of 18.5 million", "about 9.7 million room nights", "no more than four large cruise
  ships a day" "at_most" (three-hundred-and-eighty-eighth: "no more than 500,000 troops"),
  "capped at 15,000 on weekdays and 11,000" ("capped at" no hedge, three-hundred-and-sixth),
  "of about 31,000 people saw more than 19,000", "about 15.6 million", "all of its roughly
  9,600" ("all" no hedge), "its 38 North American resorts", "about 650 jobs and close two",
  "About 5.3 million overnight stays", "120 new bins", "3.72 million", "1.41 million",
  "Around 8,900 flights", "a record 45 million", "14 return flights a week" ("a week" none),
  "a record 541 cruise calls ... about 2.9 million passengers through its five terminals",
  "at all five terminals" ("all" no hedge), "2.41 million ocean cruises", "3.13 million
  travelers", "about 33.4 million people", "about 2.9 million people", "a record 31.6
  million", "about 73.9 million Americans ... at least 50 miles" ("at_least"). Stays in
  nights are counts (three-hundred-and-sixth: „3,3 Nächte“): „3,36 Nächte ..., um 0,05
  Nächte kürzer“, "9.2 nights", "9.8 nights". Multiples are counts: „mehr als doppelt so
  viel“ 2 "over" and „fast doppelt so viel“ 2 "nearly" (three-hundred-and-fifth,
  three-hundred-and-sixty-sixth). Groups and sizes: „eine vierköpfige Familie“ 4
  (hundred-sixty-fourth), „an 14 Wochenenden“ 14 and „in den knapp fünf Marktwochen“ 5
  "nearly" (three-hundred-and-sixth: „an 31 Markttagen“ a count, a day inside a compound
  noun). New: a weekend is no unit of the rules' list, so „an 14 Wochenenden“ counts 14 and
  gives no duration, as "on peak weekends" gave none (three-hundred-and-sixth). New:
  "roughly nine for every resident" is count 9 "about" and no fraction - "X for every Y"
  puts visitors beside residents as a ratio of people, while "one in five" and „jeder
  vierte“ take a share of one group (the issue; three-hundred-and-eighty-eighth). New: „auf
  jeden der knapp 750 Bewohner“ carries no fraction - „jeder“ makes a share only before an
  ordinal („jeder vierte“, the issue; „gut jede sechste Nacht“ here), and before "der" and a
  figure it distributes. None: „die beiden“, „Wichtigster Herkunftsmarkt“, „Die meisten
  Übernachtungen“, „so viele Passagiere wie nie“, „Die größten Schiffe“, „stärkste Gruppe“,
  „als einziges Bundesland“, "the most popular destination", "the largest", "the biggest
  group", "fastest-growing", "more than any other nationality" ("more than" before no
  figure), "nearly every gateway city", "the only segment", "among the highest", "a
  single-day record" (two-hundred-and-forty-fourth: "a single beaver dam"), "The busiest
  day", „Am verkehrsreichsten Tag“, "its flagship Colorado resort".
- Star categories count their stars (fifty-fourth, three-hundred-and-sixth,
  three-hundred-and-sixty-sixth; two-hundred-and-sixty-fifth: „Im Fünfsternesegment“ 5): „in
  der Vier-Sterne-Kategorie“ 4 (fifty-fourth: „In der Drei-Sterne-Kategorie“ 3), „in den
  Fünf-Sterne-Häusern“ 5, "the city's five-star hotels" 5, „in Vier- und Fünfsternhäusern“
  and „In Vier- und Fünf-Sterne-Hotels“ 4 and 5 (the suspended compound,
  three-hundred-and-sixth: "four- and five-star hotels"). New: „der
  Vier-Sterne-Superior-Hotels“ is count 4 - "Superior" names a grade inside the category and
  adds no figure, as „Halbjahr“ adds none to „im ersten Halbjahr“ (three-hundred-and-sixth).
  New: „Ein Doppelzimmer mit Halbpension“ carries nothing - „Halbpension“ is a board type
  and no fraction, as „Halbjahr“ is none (three-hundred-and-sixth) and „Doppelzimmer“ counts
  nothing (fifty-fourth; three-hundred-and-twenty-first: „Ein Doppelzimmer“, „ein
  Zweitwohnsitz“); the row is check-worthy with its 212 euros.
- Occupancy, load factors, tax rates, shares and moves are percentages as written, a move in
  points "pp" (every batch; three-hundred-and-sixth): „um 1,8 Prozent ..., um 2,6 Prozent“,
  „rund 7,4 Prozent“ "about", "4.1%", "rose 11%", "rose 7%", "103% of its 2019 level" with
  the year, „ein Plus von 0,9 Prozent“, „um 2,1 Prozent übertroffen“ ("übertroffen" a verb
  and no hedge, hundred-sixty-fourth), „um 4,0 Prozent“ 4.0, „14 Prozent mehr“, „bei 57,8
  Prozent ..., bei über 65 Prozent“ 65 "over" („über“ right before the figure,
  two-hundred-and-seventy-sixth), "about 3 per cent short of" "about" and "6.2 per cent",
  "only 0.7 per cent" ("per cent" as "2.50 per cent", three-hundred-and-twenty-fourth;
  "only" no hedge), "2.4% less", "still 41% below its 2019 peak" ("still" no hedge), „mit
  einem Marktanteil von 14,1 Prozent“, „mit 7,9 Prozent“, "by around 8%" "about", „um 2,3
  Prozent“, "79.6%", "3.4%", "6% ... 0.8%", "2.2%", „um 5,2 Prozent“, „um 9,8 Prozent“, „bei
  68,9 Prozent, ... bei 71,3 Prozent“, "slipped to 62.7% in April from 64.1%", "rose 1.2%
  ..., fell 1.0%" 1.0, "down 6.4 percentage points" 6.4 "pp", "81.4%", "at 69.2%", "up
  8.1%", „zu gut 92 Prozent“ "over", „7 Prozent mehr“, „um 4,5 Prozent“, "by nearly 4%"
  "nearly", "13.5% of the nightly room rate", "by 57% of voters", „ein Plus von 2,7
  Prozent“, „bei 84 Prozent“, „um jeweils mehr als 4 Prozent“ "over" („jeweils“ no hedge),
  "down 2% in units but up 4% in dollars" ("in dollars" names the measure and carries no
  money, three-hundred-and-sixth), "by an average of 7%" (no hedge), "fell 3.1%", "fell
  6.8%", "The 4.5% charge", "a 3% levy", „zu mehr als 90 Prozent“ "over", "up 6%", "up
  roughly 3%" "about", "Fewer than 1% of flights" "under", „rund 30 Prozent mehr“ "about".
  New: "with transatlantic routes almost full at 88%" is 88 with no hedge - "almost" bounds
  the word "full", and "at" then gives the reading itself, as „bis auf 2,1 Kilometer“ gave
  the reading with none (three-hundred-and-sixty-sixth) and a hedge before no figure bounds
  nothing (two-hundred-and-forty-fourth: „mehr als halbiert“).
- Shares as fractions (the issue; three-hundred-and-sixth, three-hundred-and-sixty-sixth):
  „mehr als ein Drittel des gesamten Aufkommens“ 0.3333 "over", „gut jede sechste Nacht“
  0.1667 "over" (three-hundredth: „knapp ein Sechstel“ 0.1667; forty-first: „gut jeder
  fünfte“), „jeder dritte Betrieb“ 0.3333, „knapp ein Zehntel weniger“ 0.1 "nearly", „Gut
  drei von vier Reisen“ 0.75 "over" (tenth: „Drei von vier Befragten“), „fast die Hälfte
  davon“ 0.5 "nearly", „um knapp ein Viertel“ 0.25 "nearly", „um ein Achtel“ 0.125
  (two-hundred-and-ninety-seventh: „ein Achtel“), „knapp drei Fünftel davon“ 0.6 "nearly",
  „mehr als die Hälfte“ 0.5 "over", „um ein Viertel günstiger“ 0.25, „Ein Drittel davon“
  0.3333, „fast ein Fünftel davon“ 0.2 "nearly", „rund ein Viertel mehr“ 0.25 "about", „Ein
  Fünftel der Wintergäste“ 0.2; "nearly two-thirds of them" 0.6667 "nearly", "by more than a
  fifth" 0.2 "over", "two in five tickets" 0.4 (three-hundred-and-fifty-eighth: "Two in
  five"), "by about a third" 0.3333 "about".
- Ordinals (the issue; three-hundred-and-sixth, three-hundred-and-sixty-sixth): „als
  zweitstärkster Auslandsmarkt“ 2 (the issue's „die drittgrößte Stadt“), „zum zweiten Mal in
  Folge“ 2, „auf Platz vier“ 4 (twenty-fifth: „Platz eins“), "for a third year" 3
  (forty-eighth: "for a third year running"), „im ersten Quartal“ 1, „in den ersten vier
  Monaten des Jahres“ 1 and 4 months (three-hundred-and-sixty-sixth: „in den ersten sechs
  Monaten“), "fiscal fourth-quarter" 4 (fifteenth), „das 100. Kreuzfahrtschiff des Jahres“
  100, "for a third month in a row" 3, "in its first three months" 1 and 3 months, "the
  first seven nights" 1 and count 7 (nights counted, three-hundred-and-sixth). New: „In den
  ersten beiden Sommermonaten“ is ordinal 1 and nothing else - the ordinal stands before the
  group as in „in den ersten sechs Monaten“, but „beiden“ is no number word
  (three-hundredth: „Die beiden Schlichter“ none) and gives neither count nor duration.
  None: „erstmals“ (twice), "a record", „Rekordwert“, „im Rekordjahr 2024“ (the year only).
- Durations (the issue: "dreitägige Reise", "a two-week visit"; every batch): „ein
  zweiwöchiger Urlaub“ 2 weeks (fifty-fourth: „eine dreiwöchige Reise“), „Sechstagesskipass“
  6 days (fifty-fourth, three-hundred-and-sixth) while „Ein Tagesskipass“, „Eine Tageskarte“
  and „eine Skiwoche“ carry none (fifty-fourth), "A one-day lift ticket" 1 day
  (three-hundred-and-sixth), "the 12-day holiday travel period" 12 days, „von mindestens
  fünf Tagen Dauer“ 5 days "at_least" (three-hundred-and-eighty-eighth: "at least 45 days"),
  „12,6 Tage“, „von zwei bis vier Tagen“ 2 and 4 days (the unit written once serves both,
  three-hundred-and-thirty-third), "on 72 days" (three-hundred-and-sixth: "on 60 days this
  year"), "fewer than six days ahead" 6 days "under" (three-hundred-and-sixth: "fewer than
  three days in advance"), "stopovers of less than 12 hours" 12 hours "under", „ein
  Zeitfenster von drei Stunden“ 3 hours, „Zeitfenster von höchstens 45 Minuten“ 45 minutes
  "at_most", "over two years" 2 years ("over" before a span no hedge, three-hundredth),
  "still topped 300 days" with no hedge ("topped" a verb, three-hundred-and-sixty-sixth);
  ages as years under a bound („Für Kinder unter zehn Jahren“ 10 and „Kinder unter 15
  Jahren“ 15 "under"; eighty-eighth: „Kinder unter 15 Jahren“). New: "visitors to Britain
  typically stayed just over a week" carries none - "a week" writes no figure, as "a year"
  and „eine Stunde“ give none (ninety-third, three-hundredth), and the hedge "just over" has
  no figure to bound; the row keeps its 9.2 nights. So „Eine Nacht im Doppelzimmer“ gives
  none either (the article, not a figure). None: „im Jahr davor“, „im Vorjahr“, „ein Jahr
  zuvor“, „im Vorjahreszeitraum“, „im Vorwinter“, „im vergangenen Jahr“, „im Jahresmittel“,
  „für das laufende Jahr“, „Für das Gesamtjahr“, „in diesem Jahr“, „übers Jahr“, „im Jahr“,
  „seit Jahren“, „ab Mai“, „im März“, „im Juli“, „vor der Saison“, „in der kommenden
  Saison“, „an Spitzentagen“, „an den Adventswochenenden“, „an den Wochenenden“, „in der
  Adventzeit“, „zwischen Weihnachten und Ostern“, „pro Nacht“, „pro Tag“, „pro Person“, „pro
  Kopf“, "last year", "this year", "a year earlier", "a year", "a night", "a day", "a week",
  "over the year", "over the period", "during the month", "in the year to June"
  (two-hundred-and-fourth: "in the year to March"), "last season", "last summer", "last
  fall", "next winter", "next year", "this summer", "between December and April", "between
  April and late July", "on peak days", "on weekdays", "on Saturdays", "on changeover days",
  "the Sunday after Thanksgiving", "the Tuesday", weekdays and months alone.
- Money in the currency written (every batch): EUR („2,50 auf 3,20 Euro pro Person und
  Nacht“ both, the unit written once - three-hundred-and-sixth: „von 22 auf 25 Euro“ -, „im
  Schnitt 74 Euro, ... rund 370 Euro“, „gut 790 Millionen Euro“ "over", „mehr als 4.200
  Euro“ "over", „rund 1,86 Milliarden Euro“, „1.480 Euro“, „160 Euro“, „rund 1,1 Millionen
  Euro im Jahr“, „262 Millionen Euro“, „143 Euro pro Nacht“, „64 Euro“, „212 Euro pro
  Nacht“, „rund 4,6 Millionen Euro im Jahr“, „178 Euro“, „teils über 300 Euro“ "over"
  („teils“ no hedge), "14 euros ... 7 euros", "about 6.9 million euros", "a day tax of 16
  euros", "196 euros", "to 9 euros", "13.75 euros a night, up from 10.25 euros", "an extra
  78 million euros a year"), CHF („79 Franken, 3 Franken mehr“, „bis zu 119 Franken“
  "up_to", „579 Franken“, "142.6 million Swiss francs", "2.40 francs per share, up from 1.90
  francs" - francs in a Swiss story, eighty-eighth -), GBP ("a record £76.2 billion", "£33.9
  billion", "roughly £6.8 billion", "£31.20", "£14.2 million", "an estimated £2.6 million"
  "about" - three-hundred-and-sixth: "an estimated" -, "about £2,100 per person"), USD
  ("$178.3 billion", "about $214 billion", "roughly $36 billion", "$163.85", "$102.70", "an
  $8 port fee and a $36 state passenger tax", "about $21 million", "$196 million, or $5.24
  per share, ... $171 million", "as much as $319" "up_to"), AUD ("A$41.7 billion", "averaged
  A$5,150", "A$48 million"; two-hundred-and-seventy-sixth: "A$1.9 million"). „pro Person“,
  „pro Nacht“, „im Jahr“, "per share", "per person", "a night", "a year", "in dollars" none.
- Years, seasons and dates: seasons give both years („im Winter 2025/26“, „für die
  Wintersaison 2026/27“; hundred-thirty-third, three-hundred-and-sixth); „im Kalenderjahr
  2025“, „2025“ (four times), „im Vorkrisenjahr 2019“, „Das Niveau von 2019“, „von 2027 an“,
  „im Rekordjahr 2024“, „bis 2028“, „zuletzt 2023“ („zuletzt“ no hedge), "in 2025", "over
  2024", "than in 2024", "its 2019 level", "its 2019 peak", "by 2028", "in 1951", "in 2024",
  "by 2029", "from April 2027" (the year, hundred-sixty-fourth: „seit Mai 2024“), "by 2027";
  „seit Inkrafttreten der strengeren Regeln 2024“ the year (two-hundred-and-forty-fourth:
  „Seit Inkrafttreten der Biberverordnung 2019“). Full date: „ab 1. April 2027“ 2027-04-01
  (three-hundred-and-sixth: „mit 1. Juli 2025“). Dates without a year: „mit 1. Jänner“
  --01-01 (hundred-sixty-fourth), "from Jan. 1" --01-01; Reuters and AFP datelines with a
  day ("LONDON, Jan 29 (Reuters)" --01-29, "WASHINGTON, March 4 (Reuters)" --03-04, "VENICE,
  Italy, April 3 (AFP)" --04-03 with the country between city and day -
  two-hundred-and-forty-fourth -, "NEW YORK, May 14 (Reuters)" --05-14, "ZURICH, May 20
  (Reuters)" --05-20, "AMSTERDAM, June 2 (Reuters)" --06-02, "DENVER, Sept 24 (Reuters)"
  --09-24; three-hundred-and-sixty-sixth, three-hundred-and-eighty-eighth); APA, dpa
  ("Berlin (dpa) -", "Wiesbaden (dpa) -", "München (dpa) -", "Kiel (dpa/lno) -", "Dresden
  (dpa/sn) -"), Keystone-SDA, AFP without a day ("BARCELONA, Spain (AFP) -"), AP ("JUNEAU,
  Alaska (AP) —", "WASHINGTON (AP) —"), PA ("LONDON (PA) -", "EDINBURGH (PA) -",
  "SOUTHAMPTON (PA) -") and AAP ("SYDNEY (AAP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "Around",
  "roughly", "an estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „gut“, „Gut“, „mehr
  als“, „über“ right before a figure, "more than" "over"; „unter“, "fewer than", "Fewer
  than", "less than" "under"; „bis zu“, "as much as" "up_to"; „mindestens“, "at least"
  "at_least"; „höchstens“, "no more than" "at_most". No hedge: „Allein“, „Bereits“,
  „zusammen“, „insgesamt“, „jeweils“, „teils“, „zuletzt“, „im Schnitt“, "averaged",
  "average", "an average of", "a record", "only", "still", "all", "capped at", "topped",
  "climbs to", "over" before a span or a year, the „bis“ and „von ... auf“ of a range, and
  „mehr“, „weniger“, "more", "less" after a figure.
- Speakers, checked only in forms the earlier batches settled: „wie die Statistik Austria am
  Donnerstag mitteilte“ -> "die Statistik Austria" (three-hundred-and-sixth), „teilte das
  Statistische Bundesamt am Mittwoch mit“ -> "das Statistische Bundesamt", „wie das
  Bundesamt für Statistik (BFS) mitteilte“ -> "das Bundesamt für Statistik" (the
  abbreviation in brackets dropped, two-hundred-and-forty-seventh), „teilte der Fachverband
  der Seilbahnen am Dienstag mit“ -> "der Fachverband der Seilbahnen" (eighty-eighth), „laut
  Wien Tourismus“ -> "Wien Tourismus" (three-hundred-and-sixth); „X sagte, ...“ and „sagte
  X“ with the title dropped („Tourismusstaatssekretärin Evelyn Strasser-Moik“,
  „Dehoga-Hauptgeschäftsführerin Anke Brösicke-Wendt“, „Hotelleriesuisse-Präsident
  Gian-Andrea Mettier“, „Studienleiterin Merle Johannsen-Kiehl“, „Fachverbandsobmann Rupert
  Gasteiger-Lenz“, „Bürgermeisterin Theresia Kefer“, „Tourismusdirektor Norbert
  Zwickl-Haider“, „Flughafenchef Korbinian Sedlmeier“, „Hafenchef Dirk Lorenzen-Hahn“,
  „Stadträtin Beatrice Wyrsch-Gisler“, „Tirol-Werbung-Geschäftsführer Florian Nösig“,
  „Seilbahnen-Schweiz-Direktor Men Andri Sutter“, „Vizebürgermeister Alois Wimmreuter“,
  „Tourismuschefin Ulrike Pietzsch-Hanke“; hundred-eightieth,
  three-hundred-and-sixty-sixth). English: "..., the Office for National Statistics said."
  -> "the Office for National Statistics" (three-hundredth), "..., the city council said on
  Tuesday." -> "the city council" (three-hundred-and-sixth), "Highmark Alpine Resorts said
  on Thursday that ..." as written (three-hundred-and-sixth: "Summit Crest Resorts said on
  Tuesday that"), the name with the title or role dropped ("Tourism Minister Rowena
  Pilkington-Shaw said", "Tourism Minister Bronwyn Trevaskis said", "Association President
  Dwayne Harrelson said", "Tourism councillor Elisa Bortolato said", "Chief Executive
  Alasdair Crombie said", "CoStar analyst Isabel Carrow said" - three-hundred-and-sixth:
  "ALVA director Bernadette Coyle said" -, "Alderman Pieter van Oudheusden said", "City
  Manager Rachel Tennison said", "Deputy Mayor Jordi Puigvert-Roca said", "Council leader
  Fraser McCallum said", "Chief Executive Megan Astbury said", "Port director Nadia
  Pemberton-Ruiz said") and "told analysts" ("Chief Executive Reto Imboden-Perren told
  analysts", "Chief Executive Colby Ashburn told analysts"; three-hundred-and-sixth). Left
  unchecked (None): all negatives, also those with a named speaker; roles without a name
  („sagte ein Sprecher des Tourismusverbands“, „sagte eine Flughafensprecherin“, „die
  Sprecherin“; hundred-twenty-fifth); anonymous and plural sources („hieß es aus der
  Gemeinde“, "city officials said"; three-hundred-and-eighty-eighth: „hieß es aus dem
  Ministerium“); documents, data, studies and analyses („Gemäss BFS“ -
  two-hundred-and-forty-seventh -, „Laut einer AK-Erhebung“, „nach einer Studie der Kieler
  Wirtschaftsförderung“, „wie eine Auswertung des Vergleichsdienstes Skipass-Radar ergab“,
  „heisst es in einer Vorlage des Stadtrats“, „wie aus Zahlen der Landesstatistik
  hervorgeht“, „Das geht aus ... hervor“, "the figures showed", "figures from the Australian
  Bureau of Statistics showed", "Commerce Department data showed", "data from CoStar
  showed", "port data show", "council figures show", "Cruise Lines International Association
  figures show"; two-hundred-and-forty-seventh, three-hundred-and-sixth); every "according
  to" (the U.S. Travel Association, Tourism Research Australia, the city council, the
  airport, the city, a study commissioned by the port, the Transportation Security
  Administration, FlightAware; two-hundred-and-fourth); a description before the name ("port
  operator ABP said"; three-hundred-and-sixty-sixth: "operator daa said"); verbs that are
  not of saying („Der Verband fordert“, „lehnt die Gemeinde ... ab“, „rechnet der
  Flughafen“, „erwartet der Seehafen Kiel“, „Die Stadt erwartet“, „Der Salzburger Flughafen
  erwartet“, „nach Plänen der Bundesregierung“, "Qantas announced", "AAA had projected",
  "Airlines for America had forecast", "The Commerce Department has set", "plans";
  hundred-tenth, three-hundred-and-sixty-sixth); and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_398 = [
    # --- Tourismusjahr 2025 nach Herkunftsmärkten (APA), Donnerstag, 22. Jänner ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben im Kalenderjahr 2025 rund 158,4 Millionen Nächtigungen verbucht, wie die Statistik Austria am Donnerstag mitteilte.",
        True,
        [("year", 2025, None, None), ("count", 158400000, None, "about")],
        "die Statistik Austria",
    ),
    (
        "de",
        "Das sind um 1,8 Prozent mehr als im Jahr davor, die Gästeankünfte legten um 2,6 Prozent auf 47,2 Millionen zu.",
        True,
        [("percent", 1.8, "%", None), ("percent", 2.6, "%", None), ("count", 47200000, None, None)],
        None,
    ),
    (
        "de",
        "Wichtigster Herkunftsmarkt blieb Deutschland mit knapp 57,9 Millionen Nächtigungen, das ist mehr als ein Drittel des gesamten Aufkommens.",
        True,
        [("count", 57900000, None, "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Die Niederlande lagen als zweitstärkster Auslandsmarkt klar vor der Schweiz, aus den USA kamen erstmals mehr als 1,5 Millionen Gäste.",
        True,
        [("ordinal", 2, None, None), ("count", 1500000, None, "over")],
        None,
    ),
    (
        "de",
        "Allein auf Tirol entfielen 48,6 Millionen Nächtigungen, auf Wien 19,3 Millionen.",
        True,
        [("count", 48600000, None, None), ("count", 19300000, None, None)],
        None,
    ),
    (
        "de",
        "Die Gäste blieben im Schnitt 3,36 Nächte und damit um 0,05 Nächte kürzer als ein Jahr zuvor.",
        True,
        [("count", 3.36, None, None), ("count", 0.05, None, None)],
        None,
    ),
    (
        "de",
        "Tourismusstaatssekretärin Evelyn Strasser-Moik sagte, der Tourismus habe 2025 direkt und indirekt rund 7,4 Prozent zur Wirtschaftsleistung beigetragen.",
        True,
        [("year", 2025, None, None), ("percent", 7.4, "%", "about")],
        "Evelyn Strasser-Moik",
    ),
    (
        "de",
        "„Unsere Gastgeberinnen und Gastgeber haben gezeigt, dass Qualität auch in schwierigen Zeiten Gäste anzieht“, sagte Strasser-Moik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung beklagte, dass steigende Lohn- und Energiekosten die Erträge der Betriebe auffressen.",
        False,
        [],
        None,
    ),
    # --- British travel abroad and visits to Britain (Reuters), Jan. 29 ---
    (
        "en",
        "LONDON, Jan 29 (Reuters) - Britons went abroad 94.6 million times in 2025, an increase of 4.1% over 2024, the Office for National Statistics said.",
        True,
        [
            ("date", "--01-29", None, None),
            ("count", 94600000, None, None),
            ("year", 2025, None, None),
            ("percent", 4.1, "%", None),
            ("year", 2024, None, None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "They spent a record £76.2 billion on those trips, with Spain again the most popular destination ahead of France and Italy.",
        True,
        [("money", 76200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Trips to Turkey rose 11%, making it the fastest-growing major destination for British holidaymakers.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Overseas residents made 40.3 million visits to the UK and spent £33.9 billion while they were here, the figures showed.",
        True,
        [("count", 40300000, None, None), ("money", 33900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Visits from the United States rose 7% to about 5.4 million, and Americans spent roughly £6.8 billion, more than any other nationality.",
        True,
        [("percent", 7, "%", None), ("count", 5400000, None, "about"), ("money", 6800000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The average trip abroad by a UK resident lasted 9.2 nights, while visitors to Britain typically stayed just over a week.",
        True,
        [("count", 9.2, None, None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Rowena Pilkington-Shaw said inbound spending had recovered to 103% of its 2019 level in real terms.",
        True,
        [("percent", 103, "%", None), ("year", 2019, None, None)],
        "Rowena Pilkington-Shaw",
    ),
    ("en", '"Britain is open, welcoming and ready for more," Pilkington-Shaw said.', False, [], None),
    (
        "en",
        "Industry groups complained that the cost of visas and travel permits was putting off visitors from outside Europe.",
        False,
        [],
        None,
    ),
    # --- Übernachtungen in Deutschland 2025 (dpa), Mittwoch, 11. Februar ---
    (
        "de",
        "Wiesbaden (dpa) - Hotels, Pensionen und Campingplätze in Deutschland haben 2025 knapp 499 Millionen Übernachtungen gezählt, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("year", 2025, None, None), ("count", 499000000, None, "nearly")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das entsprach einem Plus von 0,9 Prozent, die Zahl lag damit zum zweiten Mal in Folge höher als im Vorkrisenjahr 2019.",
        True,
        [("percent", 0.9, "%", None), ("ordinal", 2, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Gäste aus dem Ausland buchten 86,3 Millionen Übernachtungen, damit entfiel gut jede sechste Nacht auf Besucher von jenseits der Grenzen.",
        True,
        [("count", 86300000, None, None), ("fraction", 0.1667, None, "over")],
        None,
    ),
    (
        "de",
        "Die meisten Übernachtungen meldete Bayern mit 101,6 Millionen, dahinter folgten Baden-Württemberg und Niedersachsen.",
        True,
        [("count", 101600000, None, None)],
        None,
    ),
    ("de", "Mecklenburg-Vorpommern verzeichnete als einziges Bundesland ein Minus.", True, [], None),
    (
        "de",
        "Dehoga-Hauptgeschäftsführerin Anke Brösicke-Wendt sagte, jeder dritte Betrieb im Gastgewerbe habe 2025 real weniger umgesetzt als im Jahr davor.",
        True,
        [("fraction", 0.3333, None, None), ("year", 2025, None, None)],
        "Anke Brösicke-Wendt",
    ),
    ("de", "„Die Gäste sind zurück, die Gewinne leider noch lange nicht“, sagte Brösicke-Wendt.", False, [], None),
    (
        "de",
        "Der Verband fordert, die Stromsteuer für Hotels und Gaststätten auf das europäische Mindestmaß zu senken.",
        True,
        [],
        None,
    ),
    # --- Australia's visitors (AAP), Feb. 18 ---
    (
        "en",
        "SYDNEY (AAP) - Australia welcomed 8.1 million short-term overseas visitors in 2025, still about 3 per cent short of the pre-pandemic peak, figures from the Australian Bureau of Statistics showed.",
        True,
        [("count", 8100000, None, None), ("year", 2025, None, None), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "New Zealanders again made up the biggest group with 1.38 million arrivals, ahead of China on 912,000 and the United States on 824,000.",
        True,
        [("count", 1380000, None, None), ("count", 912000, None, None), ("count", 824000, None, None)],
        None,
    ),
    (
        "en",
        "International visitors spent A$41.7 billion in Australia over the year, according to Tourism Research Australia.",
        True,
        [("money", 41700000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Spending per visitor averaged A$5,150, with students and working holidaymakers staying the longest.",
        True,
        [("money", 5150, "AUD", None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Bronwyn Trevaskis said the government would spend A$48 million over two years to win back travellers from China.",
        True,
        [("money", 48000000, "AUD", None), ("duration", 2, "year", None)],
        "Bronwyn Trevaskis",
    ),
    (
        "en",
        '"Australia has never been a cheap destination, and it should never try to be," Trevaskis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Australians took 118.5 million overnight trips at home, nearly two-thirds of them within their own state.",
        True,
        [("count", 118500000, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Tour operators in Cairns said they were frustrated by the slow return of group tours from Asia.",
        False,
        [],
        None,
    ),
    # --- Logiernächte in der Schweiz (Keystone-SDA), Donnerstag, 19. Februar ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Mit 43,9 Millionen Logiernächten hat die Hotellerie in der Schweiz 2025 den Rekord des Vorjahres um 2,1 Prozent übertroffen, wie das Bundesamt für Statistik (BFS) mitteilte.",
        True,
        [("count", 43900000, None, None), ("year", 2025, None, None), ("percent", 2.1, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Die Nachfrage aus dem Inland verharrte bei 20'870'000 Logiernächten, die Gäste aus dem Ausland legten um 4,0 Prozent zu.",
        True,
        [("count", 20870000, None, None), ("percent", 4.0, "%", None)],
        None,
    ),
    (
        "de",
        "Gäste aus den USA buchten gut 2,9 Millionen Nächte und blieben damit der wichtigste Fernmarkt.",
        True,
        [("count", 2900000, None, "over")],
        None,
    ),
    (
        "de",
        "Aus den Golfstaaten kamen 14 Prozent mehr Gäste, aus China hingegen knapp ein Zehntel weniger als im Vorjahr.",
        True,
        [("percent", 14, "%", None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Hotelleriesuisse-Präsident Gian-Andrea Mettier sagte, die Zimmerauslastung habe landesweit bei 57,8 Prozent gelegen, in Vier- und Fünfsternhäusern bei über 65 Prozent.",
        True,
        [
            ("percent", 57.8, "%", None),
            ("count", 4, None, None),
            ("count", 5, None, None),
            ("percent", 65, "%", "over"),
        ],
        "Gian-Andrea Mettier",
    ),
    ("de", "«Der starke Franken bleibt für unsere Branche ein ständiger Gegenwind», sagte Mettier.", False, [], None),
    (
        "de",
        "Gemäss BFS waren im Jahresmittel 4'020 Hotelbetriebe mit zusammen rund 269'000 Betten geöffnet.",
        True,
        [("count", 4020, None, None), ("count", 269000, None, "about")],
        None,
    ),
    # --- U.S. inbound travel (Reuters), March 4 ---
    (
        "en",
        "WASHINGTON, March 4 (Reuters) - International visitors spent $178.3 billion in the United States last year, 2.4% less than in 2024, according to the U.S. Travel Association.",
        True,
        [
            ("date", "--03-04", None, None),
            ("money", 178300000000, "USD", None),
            ("percent", 2.4, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Overseas arrivals, which exclude Canada and Mexico, fell to about 39.6 million, Commerce Department data showed.",
        True,
        [("count", 39600000, None, "about")],
        None,
    ),
    (
        "en",
        "Visits from Canada dropped by more than a fifth, while arrivals from India and Brazil rose.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "en",
        "Spending by Chinese visitors was still 41% below its 2019 peak.",
        True,
        [("percent", 41, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Americans, meanwhile, made a record 103.4 million trips abroad and spent about $214 billion, widening the travel trade deficit to roughly $36 billion.",
        True,
        [
            ("count", 103400000, None, None),
            ("money", 214000000000, "USD", "about"),
            ("money", 36000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Association President Dwayne Harrelson said visa interview wait times at some U.S. consulates still topped 300 days.",
        True,
        [("duration", 300, "day", None)],
        "Dwayne Harrelson",
    ),
    (
        "en",
        '"Every visitor we turn away with red tape spends their money somewhere else," Harrelson said.',
        False,
        [],
        None,
    ),
    ("en", "Some economists cautioned that the strong dollar could keep weighing on inbound demand.", False, [], None),
    (
        "en",
        "The Commerce Department has set a goal of 88 million international visitors a year by 2028.",
        True,
        [("count", 88000000, None, None), ("year", 2028, None, None)],
        None,
    ),
    # --- Reiseanalyse: Urlaubsreisen der Deutschen (dpa), Mittwoch, 11. März ---
    (
        "de",
        "Berlin (dpa) - Die Deutschen haben im vergangenen Jahr 66,1 Millionen Urlaubsreisen von mindestens fünf Tagen Dauer unternommen.",
        True,
        [("count", 66100000, None, None), ("duration", 5, "day", "at_least")],
        None,
    ),
    (
        "de",
        "Das geht aus der Reiseanalyse der Forschungsgemeinschaft Urlaub und Reisen (FUR) hervor, die am Mittwoch in Berlin vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Haupturlaubsreise war meist ein zweiwöchiger Urlaub: Im Schnitt dauerte sie 12,6 Tage und kostete pro Person 1.480 Euro.",
        True,
        [("duration", 2, "week", None), ("duration", 12.6, "day", None), ("money", 1480, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gut drei von vier Reisen führten ins Ausland, Spanien lag mit einem Marktanteil von 14,1 Prozent vor Italien und der Türkei.",
        True,
        [("fraction", 0.75, None, "over"), ("percent", 14.1, "%", None)],
        None,
    ),
    (
        "de",
        "Österreich kam mit 7,9 Prozent auf Platz vier der beliebtesten Auslandsziele.",
        True,
        [("percent", 7.9, "%", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Merle Johannsen-Kiehl sagte, die Zahl der Kurzurlaubsreisen von zwei bis vier Tagen sei auf den Rekordwert von 94 Millionen gestiegen.",
        True,
        [("duration", 2, "day", None), ("duration", 4, "day", None), ("count", 94000000, None, None)],
        "Merle Johannsen-Kiehl",
    ),
    ("de", "„Beim Urlaub sparen die Deutschen ganz zuletzt“, sagte Johannsen-Kiehl.", False, [], None),
    (
        "de",
        "Ob die hohen Preise die Buchungen für den Sommer dämpfen, lasse sich noch nicht absehen, hieß es bei der FUR.",
        False,
        [],
        None,
    ),
    # --- Venice access fee (AFP), April 3 ---
    (
        "en",
        "VENICE, Italy, April 3 (AFP) - Venice began charging day-trippers its access fee for a third year on Friday, with the charge due on 72 days between April and late July.",
        True,
        [("date", "--04-03", None, None), ("ordinal", 3, None, None), ("duration", 72, "day", None)],
        None,
    ),
    (
        "en",
        "Visitors who book fewer than six days ahead pay 14 euros, while those who book earlier pay 7 euros, city officials said.",
        True,
        [("duration", 6, "day", "under"), ("money", 14, "EUR", None), ("money", 7, "EUR", None)],
        None,
    ),
    (
        "en",
        "Anyone who lives, works or studies in Venice is exempt, as are guests who stay the night in its hotels.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Last year the fee raised about 6.9 million euros from roughly 860,000 paying visitors, according to the city council.",
        True,
        [("money", 6900000, "EUR", "about"), ("count", 860000, None, "about")],
        None,
    ),
    (
        "en",
        "Tourism councillor Elisa Bortolato said turnstile counts showed crowds on peak days had fallen by around 8%.",
        True,
        [("percent", 8, "%", "about")],
        "Elisa Bortolato",
    ),
    (
        "en",
        '"Venice is not a museum you visit for an afternoon, it is a city where people live," Bortolato said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents' groups dismissed the fee as an entry ticket to a theme park that does nothing to bring back those who have left.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Fewer than 48,200 people still live in the old city, against roughly 168,000 in 1951.",
        True,
        [("count", 48200, None, "under"), ("count", 168000, None, "about"), ("year", 1951, None, None)],
        None,
    ),
    # --- Winterbilanz der Seilbahnen (APA), Dienstag, 14. April ---
    (
        "de",
        "Wien (APA) - Die österreichischen Seilbahnunternehmen haben im Winter 2025/26 an den Kassen rund 1,86 Milliarden Euro umgesetzt, teilte der Fachverband der Seilbahnen am Dienstag mit.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("money", 1860000000, "EUR", "about")],
        "der Fachverband der Seilbahnen",
    ),
    (
        "de",
        "Die Zahl der Skifahrertage stieg um 2,3 Prozent auf 52,7 Millionen.",
        True,
        [("percent", 2.3, "%", None), ("count", 52700000, None, None)],
        None,
    ),
    (
        "de",
        "Fachverbandsobmann Rupert Gasteiger-Lenz sagte, die Betriebe hätten vor der Saison gut 790 Millionen Euro investiert, fast die Hälfte davon in Beschneiung und neue Sesselbahnen.",
        True,
        [("money", 790000000, "EUR", "over"), ("fraction", 0.5, None, "nearly")],
        "Rupert Gasteiger-Lenz",
    ),
    (
        "de",
        "„Dieser Winter hat bewiesen, dass unsere Berge auch im Klimawandel eine Zukunft haben“, sagte Gasteiger-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Tagesskipass kostete in den großen Skigebieten im Schnitt 74 Euro, ein Sechstagesskipass rund 370 Euro.",
        True,
        [("money", 74, "EUR", None), ("duration", 6, "day", None), ("money", 370, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für Kinder unter zehn Jahren bieten 41 der 60 größten Skigebiete einen Gratis-Skipass an.",
        True,
        [("duration", 10, "year", "under"), ("count", 41, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer kritisierte, Skifahren werde für Familien mit durchschnittlichem Einkommen zunehmend unerschwinglich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut einer AK-Erhebung kostet eine Skiwoche für eine vierköpfige Familie samt Unterkunft inzwischen mehr als 4.200 Euro.",
        True,
        [("count", 4, None, None), ("money", 4200, "EUR", "over")],
        None,
    ),
    # --- Heathrow's March traffic (PA), April 14 ---
    (
        "en",
        "LONDON (PA) - Heathrow handled 6.9 million passengers in March, up 3.4% on the same month last year, helped by strong demand from business travellers.",
        True,
        [("count", 6900000, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Its load factor averaged 79.6%, with transatlantic routes almost full at 88%, according to the airport.",
        True,
        [("percent", 79.6, "%", None), ("percent", 88, "%", None)],
        None,
    ),
    (
        "en",
        "Passenger numbers to North America rose 6%, while traffic to Asia-Pacific edged down 0.8%.",
        True,
        [("percent", 6, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Cargo volumes fell 2.2% to 118,600 tonnes.",
        True,
        [("percent", 2.2, "%", None), ("count", 118600, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Alasdair Crombie said the airport expected to handle a record 85.5 million passengers this year.",
        True,
        [("count", 85500000, None, None)],
        "Alasdair Crombie",
    ),
    ("en", '"Heathrow remains Britain\'s front door to the world," Crombie said.', False, [], None),
    (
        "en",
        "Passenger charges at Heathrow will average £31.20 this year under the regulator's settlement.",
        True,
        [("money", 31.2, "GBP", None)],
        None,
    ),
    (
        "en",
        "Airlines have long complained that Heathrow's charges are among the highest in the world.",
        False,
        [],
        None,
    ),
    # --- Hallstatt begrenzt die Reisebusse (APA), 21. April ---
    (
        "de",
        "Hallstatt (APA) - Die Salzkammergut-Gemeinde Hallstatt lässt ab Mai höchstens 45 Reisebusse pro Tag in den Ort.",
        True,
        [("count", 45, None, "at_most")],
        None,
    ),
    (
        "de",
        "Jeder Bus muss ein Zeitfenster von drei Stunden online buchen und zahlt dafür 160 Euro, hieß es aus der Gemeinde.",
        True,
        [("duration", 3, "hour", None), ("money", 160, "EUR", None)],
        None,
    ),
    (
        "de",
        "An Spitzentagen kamen zuletzt rund 9.000 Besucher in den Ort – auf jeden der knapp 750 Bewohner also zwölf.",
        True,
        [("count", 9000, None, "about"), ("count", 750, None, "nearly"), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Bürgermeisterin Theresia Kefer sagte, die Einnahmen aus den Busgebühren von zuletzt rund 1,1 Millionen Euro im Jahr flössen in einen Fonds für die Ortsbewohner.",
        True,
        [("money", 1100000, "EUR", "about")],
        "Theresia Kefer",
    ),
    ("de", "„Wir wollen Gäste, keine Durchreisenden, die nur für ein Foto aussteigen“, sagte Kefer.", False, [], None),
    ("de", "Eine Eintrittsgebühr für den Ort lehnt die Gemeinde weiterhin ab.", True, [], None),
    ("de", "Anrainer klagen seit Jahren über verstopfte Gassen und Drohnen über den Dächern.", False, [], None),
    (
        "de",
        "Übernachtungsgäste seien von der neuen Regelung nicht betroffen, sagte ein Sprecher des Tourismusverbands.",
        True,
        [],
        None,
    ),
    # --- Wiens Hotellerie im ersten Quartal (APA), 7. Mai ---
    (
        "de",
        "Wien (APA) - Die Wiener Beherbergungsbetriebe haben im ersten Quartal 4,21 Millionen Nächtigungen verzeichnet, um 5,2 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 4210000, None, None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der Netto-Nächtigungsumsatz stieg laut Wien Tourismus um 9,8 Prozent auf 262 Millionen Euro.",
        True,
        [("percent", 9.8, "%", None), ("money", 262000000, "EUR", None)],
        "Wien Tourismus",
    ),
    (
        "de",
        "Die Zimmerauslastung lag bei 68,9 Prozent, in der Vier-Sterne-Kategorie bei 71,3 Prozent.",
        True,
        [("percent", 68.9, "%", None), ("count", 4, None, None), ("percent", 71.3, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Zimmer kostete im Schnitt 143 Euro pro Nacht, in den Fünf-Sterne-Häusern mehr als doppelt so viel.",
        True,
        [("money", 143, "EUR", None), ("count", 5, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Tourismusdirektor Norbert Zwickl-Haider sagte, Gäste aus den USA hätten im März erstmals die Deutschen als stärkste Gruppe abgelöst.",
        True,
        [],
        "Norbert Zwickl-Haider",
    ),
    (
        "de",
        "„Wien ist eine Stadt, in die man sich bei jedem Besuch neu verliebt“, sagte Zwickl-Haider.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der über Plattformen vermieteten Wohnungen sank seit Inkrafttreten der strengeren Regeln 2024 um knapp ein Viertel.",
        True,
        [("year", 2024, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "Die Hoteliervereinigung sprach von einem „Quartal der Superlative“.", False, [], None),
    # --- U.S. hotel occupancy (Reuters), May 14 ---
    (
        "en",
        "NEW YORK, May 14 (Reuters) - U.S. hotel occupancy slipped to 62.7% in April from 64.1% a year earlier, data from CoStar showed on Thursday.",
        True,
        [("date", "--05-14", None, None), ("percent", 62.7, "%", None), ("percent", 64.1, "%", None)],
        None,
    ),
    (
        "en",
        "Average daily rates rose 1.2% to $163.85, while revenue per available room fell 1.0% to $102.70.",
        True,
        [
            ("percent", 1.2, "%", None),
            ("money", 163.85, "USD", None),
            ("percent", 1.0, "%", None),
            ("money", 102.7, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Las Vegas fared worst among the 25 largest markets, with occupancy down 6.4 percentage points.",
        True,
        [("count", 25, None, None), ("percent", 6.4, "pp", None)],
        None,
    ),
    ("en", "Miami led all major markets with occupancy of 81.4%.", True, [("percent", 81.4, "%", None)], None),
    (
        "en",
        "CoStar analyst Isabel Carrow said demand from international visitors had weakened in nearly every gateway city except Miami.",
        True,
        [],
        "Isabel Carrow",
    ),
    (
        "en",
        '"Leisure travelers are still traveling, they are just shopping a lot harder," Carrow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Luxury hotels were the only segment to post higher occupancy, at 69.2%.",
        True,
        [("percent", 69.2, "%", None)],
        None,
    ),
    ("en", "Some hotel owners said they feared a soft summer if consumer confidence keeps sliding.", False, [], None),
    # --- Flughafen München nach vier Monaten (dpa), 19. Mai ---
    (
        "de",
        "München (dpa) - Über den Münchner Flughafen sind in den ersten vier Monaten des Jahres 12,6 Millionen Passagiere gereist, 7 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 4, "month", None),
            ("count", 12600000, None, None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das Niveau von 2019 sei damit zu gut 92 Prozent erreicht, sagte Flughafenchef Korbinian Sedlmeier.",
        True,
        [("year", 2019, None, None), ("percent", 92, "%", "over")],
        "Korbinian Sedlmeier",
    ),
    (
        "de",
        "Am verkehrsreichsten Tag, dem Ostersamstag, zählte der Airport knapp 132.000 Reisende.",
        True,
        [("count", 132000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Starts und Landungen stieg um 4,5 Prozent auf 98.340.",
        True,
        [("percent", 4.5, "%", None), ("count", 98340, None, None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr rechnet der Flughafen mit rund 44 Millionen Fluggästen.",
        True,
        [("count", 44000000, None, "about")],
        None,
    ),
    ("de", "„Wer in Bayern Urlaub machen will, landet bei uns“, sagte Sedlmeier.", False, [], None),
    (
        "de",
        "Sedlmeier kritisierte erneut die hohen staatlichen Standortkosten, die Fluggesellschaften aus Deutschland vertrieben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Luftverkehrsteuer soll nach Plänen der Bundesregierung von 2027 an um ein Achtel sinken.",
        True,
        [("year", 2027, None, None), ("fraction", 0.125, None, None)],
        None,
    ),
    # --- A Swiss cable car operator's winter (Reuters), May 20 ---
    (
        "en",
        "ZURICH, May 20 (Reuters) - Swiss mountain railway operator Gornerblick Bahnen reported record revenue of 142.6 million Swiss francs for the winter season, up 8.1%, as visitors from Asia and the Gulf returned in force.",
        True,
        [("date", "--05-20", None, None), ("money", 142600000, "CHF", None), ("percent", 8.1, "%", None)],
        None,
    ),
    (
        "en",
        "The operator carried 3.9 million passengers across its 27 lifts and cable cars between December and April.",
        True,
        [("count", 3900000, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Ticket sales at its glacier cable car, which climbs to 3,760 metres, rose to about 1.12 million from 1.03 million.",
        True,
        [("count", 3760, None, None), ("count", 1120000, None, "about"), ("count", 1030000, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Reto Imboden-Perren told analysts that guests from outside Europe now bought two in five tickets.",
        True,
        [("fraction", 0.4, None, None)],
        "Reto Imboden-Perren",
    ),
    (
        "en",
        '"The Matterhorn sells itself, but we still have to earn every guest," Imboden-Perren said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company proposed a dividend of 2.40 francs per share, up from 1.90 francs.",
        True,
        [("money", 2.4, "CHF", None), ("money", 1.9, "CHF", None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the strong franc would dent demand from European skiers next winter.",
        False,
        [],
        None,
    ),
    # --- Amsterdam cuts cruise calls (Reuters), June 2 ---
    (
        "en",
        "AMSTERDAM, June 2 (Reuters) - Amsterdam will cut sea cruise calls at its central terminal to 82 next year from 156 this year, the city council said on Tuesday.",
        True,
        [("date", "--06-02", None, None), ("count", 82, None, None), ("count", 156, None, None)],
        "the city council",
    ),
    (
        "en",
        "It also kept a ceiling of 18.5 million tourist overnight stays a year, a limit the city overshot last year by nearly 4%.",
        True,
        [("count", 18500000, None, None), ("percent", 4, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Alderman Pieter van Oudheusden said the tourist tax on hotel rooms would go up to 13.5% of the nightly room rate from Jan. 1.",
        True,
        [("percent", 13.5, "%", None), ("date", "--01-01", None, None)],
        "Pieter van Oudheusden",
    ),
    (
        "en",
        '"We are not against visitors, we are against a city that only works for visitors," van Oudheusden said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Each cruise passenger already pays a day tax of 16 euros, among the highest such charges in Europe.",
        True,
        [("money", 16, "EUR", None)],
        None,
    ),
    (
        "en",
        "Hotels in the city sold about 9.7 million room nights in 2025 at an average rate of 196 euros.",
        True,
        [("count", 9700000, None, "about"), ("year", 2025, None, None), ("money", 196, "EUR", None)],
        None,
    ),
    (
        "en",
        "River cruise calls fell by about a third after the city capped them in 2024, port data show.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Cruise lines warned the decision would cost local businesses dearly.", False, [], None),
    # --- Kreuzfahrtsaison in Kiel (dpa), Samstag, 13. Juni ---
    (
        "de",
        "Kiel (dpa/lno) - Mit der „Nordic Serenade“ hat am Samstag das 100. Kreuzfahrtschiff des Jahres in Kiel festgemacht.",
        True,
        [("ordinal", 100, None, None)],
        None,
    ),
    (
        "de",
        "Für die gesamte Saison erwartet der Seehafen Kiel 264 Anläufe mit rund 1,05 Millionen Passagieren.",
        True,
        [("count", 264, None, None), ("count", 1050000, None, "about")],
        None,
    ),
    (
        "de",
        "Das wären zwölf Anläufe weniger als im Rekordjahr 2024, aber so viele Passagiere wie nie.",
        True,
        [("count", 12, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Hafenchef Dirk Lorenzen-Hahn sagte, inzwischen könnten vier der fünf Liegeplätze für Kreuzfahrtschiffe mit Landstrom versorgt werden.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        "Dirk Lorenzen-Hahn",
    ),
    ("de", "„Kiel ist das Tor zum Norden, und dieses Tor steht weit offen“, sagte Lorenzen-Hahn.", False, [], None),
    (
        "de",
        "Jeder Passagier gibt nach einer Studie der Kieler Wirtschaftsförderung bei einem Landgang im Schnitt 64 Euro aus.",
        True,
        [("money", 64, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die größten Schiffe der Saison sind für bis zu 4.900 Passagiere ausgelegt.",
        True,
        [("count", 4900, None, "up_to")],
        None,
    ),
    ("de", "Umweltverbände kritisieren seit Jahren die Abgase der Schiffe in der Förde.", False, [], None),
    # --- Juneau limits cruise ships (AP), June 9 ---
    (
        "en",
        "JUNEAU, Alaska (AP) — Alaska's capital will allow no more than four large cruise ships a day in port this summer under a deal with cruise lines, and expects about 1.45 million passengers.",
        True,
        [("count", 4, None, "at_most"), ("count", 1450000, None, "about")],
        None,
    ),
    (
        "en",
        "City Manager Rachel Tennison said daily visitor numbers would be capped at 15,000 on weekdays and 11,000 on Saturdays.",
        True,
        [("count", 15000, None, None), ("count", 11000, None, None)],
        "Rachel Tennison",
    ),
    (
        "en",
        "On its busiest days last summer, the city of about 31,000 people saw more than 19,000 cruise visitors.",
        True,
        [("count", 31000, None, "about"), ("count", 19000, None, "over")],
        None,
    ),
    (
        "en",
        "Cruise passengers pay an $8 port fee and a $36 state passenger tax, according to the city.",
        True,
        [("money", 8, "USD", None), ("money", 36, "USD", None)],
        None,
    ),
    (
        "en",
        "The city collected about $21 million in passenger fees last year.",
        True,
        [("money", 21000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Juneau has always been a friendly town, but friendly does not mean limitless," Tennison said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A proposal to keep Saturdays free of large ships was rejected by 57% of voters last fall.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    # --- Barcelona raises its tourist tax (AFP), July 1 ---
    (
        "en",
        "BARCELONA, Spain (AFP) - Barcelona on Wednesday raised the tourist tax paid by cruise passengers on stopovers of less than 12 hours to 9 euros, the latest step in Spain's drive to tame overtourism.",
        True,
        [("duration", 12, "hour", "under"), ("money", 9, "EUR", None)],
        None,
    ),
    (
        "en",
        "Guests in the city's five-star hotels now pay a combined levy of 13.75 euros a night, up from 10.25 euros.",
        True,
        [("count", 5, None, None), ("money", 13.75, "EUR", None), ("money", 10.25, "EUR", None)],
        None,
    ),
    (
        "en",
        "Deputy Mayor Jordi Puigvert-Roca said the higher rates would bring in an extra 78 million euros a year for housing and street cleaning in the most crowded districts.",
        True,
        [("money", 78000000, "EUR", None)],
        "Jordi Puigvert-Roca",
    ),
    (
        "en",
        '"We are not closing the door, we are asking visitors to pay their share," Puigvert-Roca said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Barcelona received about 15.6 million visitors last year, roughly nine for every resident.",
        True,
        [("count", 15600000, None, "about"), ("count", 9, None, "about")],
        None,
    ),
    (
        "en",
        "The city plans to phase out all of its roughly 9,600 licensed holiday flats by 2029.",
        True,
        [("count", 9600, None, "about"), ("year", 2029, None, None)],
        None,
    ),
    ("en", "Hotel associations called the increase a tax on Barcelona's own good name.", False, [], None),
    (
        "en",
        "Protesters marched through the Gothic Quarter on Sunday, some squirting water pistols at tourists.",
        True,
        [],
        None,
    ),
    # --- Luzern und die Reisecars (Keystone-SDA), 8. Juli ---
    (
        "de",
        "Luzern (Keystone-SDA) - Die Stadt Luzern will die Zahl der Car-Parkplätze am Schwanenplatz bis 2028 von 60 auf 20 senken.",
        True,
        [("year", 2028, None, None), ("count", 60, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Reisecars sollen künftig Zeitfenster von höchstens 45 Minuten buchen, heisst es in einer Vorlage des Stadtrats.",
        True,
        [("duration", 45, "minute", "at_most")],
        None,
    ),
    (
        "de",
        "An Spitzentagen fahren bis zu 400 Cars in die Innenstadt, übers Jahr sind es gut 40'000.",
        True,
        [("count", 400, None, "up_to"), ("count", 40000, None, "over")],
        None,
    ),
    (
        "de",
        "Stadträtin Beatrice Wyrsch-Gisler sagte, Gäste aus Übersee gäben in Luzern pro Kopf fast doppelt so viel aus wie Tagesgäste aus Europa.",
        True,
        [("count", 2, None, "nearly")],
        "Beatrice Wyrsch-Gisler",
    ),
    (
        "de",
        "«Luzern soll eine Stadt zum Leben bleiben und nicht zur Kulisse für Selfies werden», sagte Wyrsch-Gisler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr zählte Luzern 1,57 Millionen Hotelübernachtungen, knapp drei Fünftel davon von Gästen aus Übersee.",
        True,
        [("count", 1570000, None, None), ("fraction", 0.6, None, "nearly")],
        None,
    ),
    ("de", "Die neue Regelung soll ab 1. April 2027 gelten.", True, [("date", "2027-04-01", None, None)], None),
    ("de", "Die Uhren- und Souvenirgeschäfte am Schwanenplatz fürchten um ihren Umsatz.", False, [], None),
    # --- Der Tiroler Sommer (APA), 18. August ---
    (
        "de",
        "Innsbruck (APA) - In den ersten beiden Sommermonaten hat Tirol 9,84 Millionen Nächtigungen gezählt, ein Plus von 2,7 Prozent gegenüber dem Vorjahreszeitraum, wie aus Zahlen der Landesstatistik hervorgeht.",
        True,
        [("ordinal", 1, None, None), ("count", 9840000, None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Gäste aus Deutschland stellten mit 5,2 Millionen Nächtigungen mehr als die Hälfte, gefolgt von Urlaubern aus den Niederlanden und der Schweiz.",
        True,
        [("count", 5200000, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Tirol-Werbung-Geschäftsführer Florian Nösig sagte, die Auslastung der Vier-Sterne-Superior-Hotels habe im Juli bei 84 Prozent gelegen.",
        True,
        [("count", 4, None, None), ("percent", 84, "%", None)],
        "Florian Nösig",
    ),
    ("de", "„Der Bergsommer hat in Tirol seinen ganz eigenen Zauber“, sagte Nösig.", False, [], None),
    (
        "de",
        "Im Zillertal und im Ötztal stieg die Zahl der Gästeankünfte um jeweils mehr als 4 Prozent.",
        True,
        [("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Ein Doppelzimmer mit Halbpension kostete im Schnitt 212 Euro pro Nacht.",
        True,
        [("money", 212, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Land Tirol hat für die Hauptsaison an 14 Wochenenden Abfahrtsverbote von der Autobahn verhängt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Einheimische im Ötztal beklagen den Ausflugsverkehr an den Wochenenden.", False, [], None),
    # --- Highmark Alpine Resorts' results (Reuters), Sept. 24 ---
    (
        "en",
        "DENVER, Sept 24 (Reuters) - Highmark Alpine Resorts said on Thursday that sales of season passes for the coming winter were down 2% in units but up 4% in dollars, after it raised prices by an average of 7%.",
        True,
        [
            ("date", "--09-24", None, None),
            ("percent", 2, "%", None),
            ("percent", 4, "%", None),
            ("percent", 7, "%", None),
        ],
        "Highmark Alpine Resorts",
    ),
    (
        "en",
        "The Colorado-based operator posted a fiscal fourth-quarter net loss of $196 million, or $5.24 per share, compared with a loss of $171 million a year earlier.",
        True,
        [
            ("ordinal", 4, None, None),
            ("money", 196000000, "USD", None),
            ("money", 5.24, "USD", None),
            ("money", 171000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Skier visits across its 38 North American resorts fell 3.1% last season to about 23.8 million.",
        True,
        [("count", 38, None, None), ("percent", 3.1, "%", None), ("count", 23800000, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Colby Ashburn told analysts the company would cut about 650 jobs and close two of its smaller resorts for good.",
        True,
        [("count", 650, None, "about"), ("count", 2, None, None)],
        "Colby Ashburn",
    ),
    ("en", '"Our guests are loyal, and they keep coming back to the mountains," Ashburn said.', False, [], None),
    (
        "en",
        "A one-day lift ticket at its flagship Colorado resort now costs as much as $319 at the ticket window.",
        True,
        [("duration", 1, "day", None), ("money", 319, "USD", "up_to")],
        None,
    ),
    ("en", "Analysts said the steep pass prices risked alienating younger skiers.", False, [], None),
    ("en", "Its shares fell 6.8% in extended trading.", True, [("percent", 6.8, "%", None)], None),
    # --- Skipasspreise in der Schweiz (Keystone-SDA), 6. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Eine Tageskarte kostet in den grossen Schweizer Skigebieten in der kommenden Saison im Schnitt 79 Franken, 3 Franken mehr als im Vorwinter.",
        True,
        [("money", 79, "CHF", None), ("money", 3, "CHF", None)],
        None,
    ),
    (
        "de",
        "In St. Moritz und Zermatt werden an Spitzentagen bis zu 119 Franken fällig, wie eine Auswertung des Vergleichsdienstes Skipass-Radar ergab.",
        True,
        [("money", 119, "CHF", "up_to")],
        None,
    ),
    (
        "de",
        "Bereits 27 der 38 untersuchten Skigebiete setzen auf dynamische Preise, die sich nach Nachfrage und Wetter richten.",
        True,
        [("count", 27, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Seilbahnen-Schweiz-Direktor Men Andri Sutter sagte, wer früh online kaufe, fahre in der Regel um ein Viertel günstiger.",
        True,
        [("fraction", 0.25, None, None)],
        "Men Andri Sutter",
    ),
    ("de", "«Verglichen mit einem Konzertabend bleibt Skifahren ein faires Angebot», sagte Sutter.", False, [], None),
    (
        "de",
        "Das Saisonabo «Alpenticket» für 64 Skigebiete kostet im Vorverkauf 579 Franken.",
        True,
        [("count", 64, None, None), ("money", 579, "CHF", None)],
        None,
    ),
    (
        "de",
        "In der Schweiz wurden im Vorwinter 22,9 Millionen Ersteintritte gezählt.",
        True,
        [("count", 22900000, None, None)],
        None,
    ),
    ("de", "Der Konsumentenschutz kritisierte, die Preise seien für Familien kaum noch planbar.", False, [], None),
    # --- Salzburg erhöht die Ortstaxe (APA), 15. Oktober ---
    (
        "de",
        "Salzburg (APA) - Die Stadt Salzburg erhöht die Ortstaxe mit 1. Jänner von 2,50 auf 3,20 Euro pro Person und Nacht.",
        True,
        [("date", "--01-01", None, None), ("money", 2.5, "EUR", None), ("money", 3.2, "EUR", None)],
        None,
    ),
    ("de", "Kinder unter 15 Jahren bleiben von der Abgabe befreit.", True, [("duration", 15, "year", "under")], None),
    ("de", "Die Ortstaxe war zuletzt 2023 angehoben worden.", True, [("year", 2023, None, None)], None),
    (
        "de",
        "Vizebürgermeister Alois Wimmreuter sagte, die Stadt rechne mit Mehreinnahmen von rund 4,6 Millionen Euro im Jahr.",
        True,
        [("money", 4600000, "EUR", "about")],
        "Alois Wimmreuter",
    ),
    (
        "de",
        "Ein Drittel davon soll in den öffentlichen Verkehr fließen, der Rest in die Lenkung der Reisebusse.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "„Wer die Altstadt genießt, soll auch ein wenig zu ihrem Erhalt beitragen“, sagte Wimmreuter.",
        False,
        [],
        None,
    ),
    ("de", "Die Wirtschaftskammer sprach von einem „falschen Signal zur falschen Zeit“.", False, [], None),
    (
        "de",
        "In der Stadt wurden im Vorjahr knapp 3,4 Millionen Nächtigungen gezählt, fast ein Fünftel davon in der Adventzeit.",
        True,
        [("count", 3400000, None, "nearly"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    # --- Sydney Airport's September (AAP), Oct. 20 ---
    (
        "en",
        "SYDNEY (AAP) - Sydney Airport handled 3.72 million passengers in September, with international traffic above pre-pandemic levels for a third month in a row.",
        True,
        [("count", 3720000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "International passenger numbers rose 6.2 per cent to 1.41 million, led by travellers from India, China and the United States.",
        True,
        [("percent", 6.2, "%", None), ("count", 1410000, None, None)],
        None,
    ),
    (
        "en",
        "Domestic traffic edged up only 0.7 per cent as airfares stayed high.",
        True,
        [("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "Around 8,900 flights used the international terminal during the month.",
        True,
        [("count", 8900, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Megan Astbury said the airport expected a record 45 million passengers in the year to June.",
        True,
        [("count", 45000000, None, None)],
        "Megan Astbury",
    ),
    ("en", '"Sydney is firmly back on the map for the world\'s travellers," Astbury said.', False, [], None),
    (
        "en",
        "Qantas announced it would add 14 return flights a week between Sydney and Asian cities from March.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Consumer advocates accused the airlines of treating regional travellers as an afterthought.",
        False,
        [],
        None,
    ),
    # --- Edinburgh's visitor levy (PA), Oct. 29 ---
    (
        "en",
        "EDINBURGH (PA) - Edinburgh's visitor levy raised £14.2 million in its first three months, well ahead of forecasts, council figures show.",
        True,
        [("money", 14200000, "GBP", None), ("ordinal", 1, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The 4.5% charge applies to the first seven nights of any stay in paid accommodation.",
        True,
        [("percent", 4.5, "%", None), ("ordinal", 1, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "About 5.3 million overnight stays were recorded in the city's hotels, guest houses and short-term lets over the period.",
        True,
        [("count", 5300000, None, "about")],
        None,
    ),
    (
        "en",
        "Council leader Fraser McCallum said the money would pay for street cleaning, public toilets and 120 new bins in the Old Town.",
        True,
        [("count", 120, None, None)],
        "Fraser McCallum",
    ),
    ("en", '"Those who enjoy Edinburgh are now helping to keep it beautiful," McCallum said.', False, [], None),
    ("en", "Hoteliers feared the levy would push budget travellers to stay outside the city.", False, [], None),
    (
        "en",
        "Aberdeen plans to introduce a 3% levy of its own from April 2027.",
        True,
        [("percent", 3, "%", None), ("year", 2027, None, None)],
        None,
    ),
    # --- Hotelpreise zum Striezelmarkt (dpa), 26. November ---
    (
        "de",
        "Dresden (dpa/sn) - Eine Nacht im Doppelzimmer kostet in Dresden zum Start des Striezelmarkts im Schnitt 178 Euro und damit rund ein Viertel mehr als an einem gewöhnlichen Novemberwochenende.",
        True,
        [("money", 178, "EUR", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    ("de", "Das ergab eine Auswertung des Vergleichsportals Hotelkompass.", True, [], None),
    (
        "de",
        "In Vier- und Fünf-Sterne-Hotels der Innenstadt lagen die Preise teils über 300 Euro.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("money", 300, "EUR", "over")],
        None,
    ),
    ("de", "Auf dem Striezelmarkt stehen in diesem Jahr 226 Buden.", True, [("count", 226, None, None)], None),
    (
        "de",
        "Die Stadt erwartet in den knapp fünf Marktwochen rund 2,8 Millionen Besucher.",
        True,
        [("count", 5, None, "nearly"), ("count", 2800000, None, "about")],
        None,
    ),
    (
        "de",
        "Tourismuschefin Ulrike Pietzsch-Hanke sagte, die Hotels seien an den Adventswochenenden bereits zu mehr als 90 Prozent ausgebucht.",
        True,
        [("percent", 90, "%", "over")],
        "Ulrike Pietzsch-Hanke",
    ),
    ("de", "„Der Striezelmarkt ist und bleibt unser Weihnachtswunder“, sagte Pietzsch-Hanke.", False, [], None),
    ("de", "Verbraucherschützer werfen Hotels vor, die Adventszeit schamlos auszunutzen.", False, [], None),
    # --- Southampton's cruise year (PA), Nov. 27 ---
    (
        "en",
        "SOUTHAMPTON (PA) - Southampton handled a record 541 cruise calls this year, bringing about 2.9 million passengers through its five terminals, port operator ABP said.",
        True,
        [("count", 541, None, None), ("count", 2900000, None, "about"), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Each ship call is worth an estimated £2.6 million to the local economy, according to a study commissioned by the port.",
        True,
        [("money", 2600000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Port director Nadia Pemberton-Ruiz said shore power would be available at all five terminals by 2027.",
        True,
        [("count", 5, None, None), ("year", 2027, None, None)],
        "Nadia Pemberton-Ruiz",
    ),
    (
        "en",
        '"Southampton is Britain\'s cruise capital, and we mean to stay that way," Pemberton-Ruiz said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cruise Lines International Association figures show British and Irish passengers took 2.41 million ocean cruises last year, up 6%.",
        True,
        [("count", 2410000, None, None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "The average cruise booked in Britain lasted 9.8 nights, while a 14-night Mediterranean itinerary cost about £2,100 per person.",
        True,
        [("count", 9.8, None, None), ("count", 14, None, None), ("money", 2100, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Residents of the nearby Freemantle district complained of fumes and coach traffic on changeover days.",
        False,
        [],
        None,
    ),
    # --- Thanksgiving air travel (AP), Dec. 1 ---
    (
        "en",
        "WASHINGTON (AP) — Airport checkpoints screened 3.13 million travelers on the Sunday after Thanksgiving, a single-day record, according to the Transportation Security Administration.",
        True,
        [("count", 3130000, None, None)],
        None,
    ),
    (
        "en",
        "Across the 12-day holiday travel period, about 33.4 million people went through TSA checkpoints, up roughly 3% from a year earlier.",
        True,
        [("duration", 12, "day", None), ("count", 33400000, None, "about"), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "The busiest day before the holiday was the Tuesday, when about 2.9 million people passed through security.",
        True,
        [("count", 2900000, None, "about")],
        None,
    ),
    (
        "en",
        "Airlines for America had forecast that U.S. carriers would fly a record 31.6 million passengers over the period.",
        True,
        [("count", 31600000, None, None)],
        None,
    ),
    (
        "en",
        "Fewer than 1% of flights were canceled, according to FlightAware.",
        True,
        [("percent", 1, "%", "under")],
        None,
    ),
    (
        "en",
        "AAA had projected that about 73.9 million Americans would travel at least 50 miles by car over the holiday.",
        True,
        [("count", 73900000, None, "about"), ("count", 50, None, "at_least")],
        None,
    ),
    (
        "en",
        "Travelers at Chicago's O'Hare described the security lines as the worst they had ever seen.",
        False,
        [],
        None,
    ),
    ("en", '"You just grit your teeth and go," said Darlene Voss of Tulsa.', False, [], None),
    # --- Der Salzburger Flughafen im Winter (APA), 3. Dezember ---
    (
        "de",
        "Salzburg (APA) - Der Salzburger Flughafen erwartet für die Wintersaison 2026/27 rund 30 Prozent mehr Charterflüge aus Skandinavien und Großbritannien.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("percent", 30, "%", "about")],
        None,
    ),
    (
        "de",
        "An den Samstagen zwischen Weihnachten und Ostern würden bis zu 110 Starts und Landungen abgewickelt, sagte eine Flughafensprecherin.",
        True,
        [("count", 110, None, "up_to")],
        None,
    ),
    (
        "de",
        "Insgesamt rechnet der Flughafen für das laufende Jahr mit knapp 1,9 Millionen Passagieren.",
        True,
        [("count", 1900000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Fünftel der Wintergäste im Bundesland Salzburg reist inzwischen mit dem Flugzeug an.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "„An einem Wintersamstag ist Salzburg der Nabel der Skiwelt“, sagte die Sprecherin.", False, [], None),
    (
        "de",
        "Anrainer in Liefering und im benachbarten Freilassing fordern seit Jahren ein Nachtflugverbot.",
        True,
        [],
        None,
    ),
    ("de", "Ob der Flughafen dafür zusätzliches Personal einstellt, ließ die Sprecherin offen.", False, [], None),
]
