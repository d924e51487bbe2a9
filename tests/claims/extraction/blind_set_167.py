"""Hundred-and-sixty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, projects and figures are
made up (Hiltrud Vennekamp, Anke Rüdesheimer, Tilman Quandt, Malte Osterkamp, Theresia
Kogelnig, Hartmut Lenzen, Beat Hürlimann, Lorenz Imboden, Frauke Hasselbrink, the offshore
wind farm „Nordlicht Süd“, Corinna Wehrle, Helene Stirnweiß, Jens Hollenbach, Gisela
Overbeck, Ansgar Deppe, Korbinian Häusler, Roman Gisler, Marlene Dietzsch; Graham Ruddock,
Marisol Ventura, Dwayne Ritchey, Ragnhild Saeterdal, Harriet Colquhoun, Keiko Arimura,
Jarrah Whitford, Gunnar Aasland, Lydia Brannock, Arvind Kulkarni, Alistair Rennick, Tanvi
Ramaswamy, Nordhav Energi, Mette Kjaergaard, Pilar Echeverria, Dana Pellegrino); ministers,
agency heads, executives and office holders of real bodies appear under made-up names that
stand for no real holder, or by their role only ("ein 52-jähriger Pendler aus Amstetten",
"The operator", "a spokesman for the opposition People's Party", "Analysts at Jyske Bank").
Real bodies, places, laws, schemes and things ("Bundesverband WindEnergie",
"Naturschutzbund", "Niedersachsen", "Schleswig-Holstein", "Nordrhein-Westfalen", "Saarland",
"Kraftfahrt-Bundesamt", "Flensburg", "Verband der Automobilindustrie", "Verbraucherzentrale
Bundesverband", "Bundesnetzagentur", "Bonn", "Bayern", "Bauernverband", "Bundesverband
Wärmepumpe", "KfW", "Deutsche Umwelthilfe", "Photovoltaic Austria",
"Erneuerbaren-Ausbau-Gesetz", "E-Control", "RWE", "Rheinisches Revier", "Niederaußem",
"Bergheim", "Suedlink", "Baden-Württemberg", "Solarexpress", "Bundesamt für Energie", "BFE",
"Swissolar", "Wallis", "Grengiols", "Stiftung Landschaftsschutz", "Nordsee", "Stiftung
Offshore-Windenergie", "Philippsburg", "Bundesverband Solarwirtschaft", "Statistik Austria",
"ÖAMTC", "Amstetten", "Klima- und Transformationsfonds", "Haushaltsausschuss", "EEG-Konto",
"IW", "Bund der Steuerzahler", "Lingen", "Emsland", "Castor", "Ausgestrahlt",
"10H-Abstandsregel", "Landesverband Erneuerbare Energien", "Fachvereinigung Wärmepumpen
Schweiz", "FWS", "Auto-Schweiz", "Bundesrat", "Hauseigentümerverband", "BDEW", "Greenpeace";
"Society of Motor Manufacturers and Traders", "SMMT", "Transport & Environment", "Solar
Energy Industries Association", "SEIA", "Wood Mackenzie", "Texas", "Congress", "Phoenix",
"Norwegian Road Federation", "OFV", "Tesla", "Volkswagen", "Toyota", "Boiler Upgrade
Scheme", "Microgeneration Certification Scheme", "Heat Pump Association", "Which?",
"National Energy Administration", "Ember", "China Electricity Council", "State Grid",
"Fukushima", "Nuclear Regulation Authority", "New South Wales", "Clean Energy Council",
"WindEurope", "European Union", "Ministry of New and Renewable Energy", "Mercom India",
"Solar Energy Corporation of India", "RenewableUK", "Jyske Bank", "Almaraz", "People's
Party", "Ecologistas en Accion", "Iberian peninsula", "Cox Automotive", "General Motors",
"Ford", "Detroit") stand for the way wire copy names them; every capacity, tally, share,
price, subsidy, cost, age, date and quote here is invented, and where a real measured figure
came to mind (a real year's installations, shares or registrations, a real reactor count, a
real grant or fine) it was changed - only the years and dates of events and policies the
stories turn on (the 2011 Fukushima disaster, the end of the German purchase premium in
December 2023, the cooling towers blown up at Philippsburg in 2020, Germany's April 2023
shutdown, coal by 2030 and 2038, Spain's 2027, 2028 and 2035, Norway's goal for 2025) are
kept as wire copy would state them.

Its weight: THE ENERGY TRANSITION over one year in story order (January to December), 32
stories each told as wire copy runs it (a dateline lead, the figures, attributed claims, the
other side, quotes, follow-ups), the German and English stories interleaved by month. Half
German (dpa with its regional slugs "dpa/lnw", "dpa/lno", "dpa/lsw", "dpa/lby", Reuters
German, APA, Keystone-SDA; Austrian "heuer", "im Vorjahr", "Vorjahreszeitraum", Swiss
"grosser", "gemäss", "21'450", "Rappen", «» quotes, German „“ quotes): onshore wind's year,
electric car registrations in January, a solar auction of the Bundesnetzagentur, heat-pump
sales, Austrian photovoltaics, two lignite units shut in the Rhineland, the build-out of the
transmission grid, alpine solar plants in Switzerland, an offshore wind farm in the North
Sea and an auction without bids, a grid battery in Philippsburg, electric cars in Austria,
the climate and transformation fund, the dismantling of a reactor in Lingen, wind permits in
Bavaria, Swiss heat pumps and electric cars and Germany's power mix of the year. Half
English (Reuters, AP, AFP, PA): British electric car registrations and the ZEV mandate, U.S.
solar installations and tax credits, Norway's electric share, heat pumps in Britain, China's
solar and wind additions, a reactor restart in Japan, an Australian coal plant kept open,
Europe's wind build-out, the U.S. grid connection backlog, India's renewable capacity,
Britain's renewables auction, wind and solar overtaking coal in a think tank's report, an
offshore developer scrapping U.S. projects, Spain's nuclear phase-out and U.S. electric car
sales after a tax credit ended. Figures as such copy has them: capacity in megawatts and
gigawatts (written out and as "MW" and "GW", in hyphenated compounds "1,180-megawatt",
"380-Kilovolt-Leitung"), storage and output in megawatt hours, gigawatt hours, terawatt
hours and "Milliarden Kilowattstunden", grid lines in kilometres and miles, turbines,
permits, bids, heat pumps, applications, cars and charging points as counts, market shares
and their moves in percent and percentage points, auction prices and strike prices in euro
cents, pounds and yuan per unit, subsidies, grants, fines, funds and write-downs in euros,
pounds, dollars, Australian dollars, Norwegian and Danish crowns, yuan, yen, rupees in crore
and Swiss Rappen (converted figures in brackets), multiples ("fast doppelt so gut", "dreimal
so teuer", "fast dreimal so viele"), shares in words ("Mehr als die Hälfte", "jeder dritte
Neuwagen", "jeder fünfte", "jeder zweite Käufer", "ein Sechstel davon", "rund drei von
vier", "nearly one in four", "about a quarter", "more than one in three", "about one in
five", "about a sixth"), number words and compounds ("zweier Nordseeflächen",
"siebenstündigen", "Zweieinhalb Jahre", "25-year", "one-day", "six-month"), ordinals ("im
zweiten Jahr in Folge", "deren erster Abschnitt", "the 15th to restart", "for the second
year running", "third-quarter", "the second straight monthly decline"), ages, durations,
hours of negative prices, years, dates with and without a year, hedges and ranges. Negatives
as such copy has them: associations', ministers', executives' and campaigners' rhetoric in
quotes, labels with "sprach von" and "called", verdicts with "halten ... für", warnings, a
demand that names no measure, an accusation without a checkable claim, group arguments,
advice from a consumer group, a forecast and fears without a figure, open questions, a
dismissal and vox pops (two with figures).

245 rows (122 German, 123 English), 56 negatives (27 German, 29 English), 189 check-worthy
rows of which 12 carry no figure (6 German, 6 English), 358 expected quantities (137 counts,
66 percentages - 64 in %, 2 in percentage points -, 47 years, 37 amounts of money - 15 EUR,
8 USD, 6 GBP, 2 CNY, 1 each AUD, CHF, DKK, INR, JPY, NOK -, 27 durations - 15 in years, 6 in
months, 5 in hours, 1 in days -, 18 fractions, 14 dates, 12 ordinals; 7 of them in five
negatives, as the seventeenth batch labels a figure in a negative), 42 checked speakers (25
German, 17 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-forty-fifth,
  hundred-fifty-second, hundred-sixtieth); a reported statement of fact, figure, step or
  position is check-worthy with its speaker. The pairs from one speaker: Vennekamp's "mehr
  als 10 Gigawatt" ("..., sagte Verbandspräsidentin Hiltrud Vennekamp." -> "Hiltrud
  Vennekamp") beside „Die Flaute beim Ausbau ist vorbei, ...“; Ruddock's £4.5 billion beside
  "... dragged along at an enormous cost ..."; Ventura's 18,000 jobs beside "... an act of
  economic self-harm"; Osterkamp's 71.500 applications beside „Der Heizungsstreit hat das
  Vertrauen ... beschädigt“; Kogelnig's 41.000 refused requests beside „Wir bauen Autobahnen
  für den Sonnenstrom ...“; Lenzen's 3.100 workers beside „Hier geht eine Ära zu Ende ...“;
  Quandt's "dreimal so teuer" beside „Die Sonne schickt keine Rechnung ...“ and „Jeder
  Kilometer Leitung ...“; Aasland's four years beside "Europe invented this industry ...";
  Brannock's $1.6 billion beside "... tomorrow's economy on yesterday's wires"; Rennick's 12
  million homes beside "This is the moment ..."; Kjaergaard's 800 jobs beside "We have
  learned some expensive lessons"; Dietzsch's 80 Prozent beside „Die Energiewende ist kein
  Projekt mehr ...“. Konjunktiv I paraphrases of a figure or a fact are check-worthy with
  the speaker their own attribution gives (thirty-ninth, hundred-forty-fifth,
  hundred-sixtieth): Lenzen's, Osterkamp's, Kogelnig's, Quandt's, Hürlimann's, Wehrle's,
  Hollenbach's, Häusler's and Dietzsch's "sagte"-rows and "Der Rückbau werde voraussichtlich
  15 Jahre dauern ..., teilte der Betreiber mit." -> "der Betreiber".
- Targets, plans, estimates and forecasts with a figure are check-worthy (seventh,
  hundred-tenth, hundred-thirty-eighth: targets in a piece are claims; hundred-fifty-eighth,
  hundred-sixtieth): the statutory onshore and offshore goals ("112 Gigawatt bis 2030", "28
  Gigawatt ..., bis 2045 mindestens 65 Gigawatt"), the Austrian law's "ab 2030 bilanziell zu
  100 Prozent", the VDA's "rechnet ... mit rund 630.000", the trade's "erwartet ... 250.000
  bis 280.000", the missed heat-pump goal, Bavaria's "mindestens 1.000 neue Windräder", the
  Swiss Federal Council's levy from 2030, a repository "frühestens 2050", the two U.S.
  groups' forecast, Norway's goal, China's 2030 target, Japan's "around 22% ... by 2040",
  the British target of 600,000 heat pumps and of 43 GW to 50 GW, India's 500 GW, Nordhav's
  6.5 GW "by 2028", Spain's closure dates, the utilities' argued tax cut and Greenpeace's
  reckoning ("Greenpeace rechnete dagegen vor, ... erst 2033 erreicht.";
  hundred-fifty-eighth: an institution's expectation stated as an act). Dietzsch's "der
  Anteil müsse bis 2030 auf 80 Prozent steigen" is a demand with a figure and check-worthy
  (hundred-thirty-ninth: "Die Arbeiterkammer verlangt, ... auf höchstens 2 Prozent ...").
  Forecasts and fears without a figure are negatives (forty-seventh, hundred-fifty-eighth):
  "Dealers expect demand for second-hand electric cars to keep rising.", "Industry groups
  have warned of a price war ...", "Whether sales recover next year will depend largely on
  prices, analysts said.".
- Check-worthy without a figure (fifty-eighth, hundred-fourteenth to hundred-forty-seventh,
  hundred-fifty-second, hundred-sixtieth): leads stating a result or an event ("Die
  Ausschreibung ... ist erneut deutlich überzeichnet gewesen.", "Der Bau grosser
  Solaranlagen in den Alpen kommt deutlich langsamer voran als vom Parlament erhofft.", "In
  der deutschen Nordsee ist ein weiterer Offshore-Windpark in Betrieb gegangen.", "... ist
  einer der größten Batteriespeicher Deutschlands ans Netz gegangen." - "einer der größten"
  none -), a stated next step ("Die Bundesnetzagentur will die beiden Flächen im kommenden
  Frühjahr erneut ausschreiben."; hundred-forty-seventh: a chamber's stated aim), the
  workforce's move into dismantling, the grant's scope ("... but not in Scotland, which runs
  its own scheme."), a regulator's approval, a federal order on connection requests, a
  profit share under the deal, the company's stated causes ("The company blamed higher
  interest rates, ..."; hundred-sixtieth: a stated cause) and carmakers' delays ("Several
  carmakers ..." - "Several" none).
- Capacity, energy, lengths and weights are counts (fourth, forty-second,
  hundred-forty-fifth: "44 Gigawatt"; hundred-thirty-third: "rund 130 Gigawattstunden";
  hundred-fifty-eighth: "3,4 Gigawatt" with "zusammen" no hedge): "zusammen 4.870 Megawatt",
  "rund 790 Megawatt", "gut 4,08 Gigawatt" "over" (hundred-fifty-eighth: "gut" "over"),
  "mehr als 10 Gigawatt", "zusammen 14,1 Gigawatt", "5.380 Megawatt ..., lediglich 2.150
  Megawatt" ("lediglich" no hedge), "etwa 9,1 Gigawatt", "600 Megawatt", "insgesamt 2
  Terawattstunden", "1'780 Megawatt" (Swiss apostrophe, tenth), "960 Megawatt", "insgesamt
  9,7 Gigawatt", "250 Megawatt ... 500 Megawattstunden", "zusammen 19,8 Gigawattstunden",
  "79 Megawatt", "136 Milliarden Kilowattstunden" 136,000,000,000 and "72 Milliarden
  Kilowattstunden" (the scale word as in the issue's "2,4 Millionen Einwohner"), "41.6
  gigawatts", "59.7 gigawatts", "Nearly 2,300 gigawatts" "nearly", "a record 9.6 gigawatts"
  ("a record" no hedge, twenty-third), "a combined capacity of 2.2 gigawatts" ("combined" no
  hedge); "ein paar Gigawattstunden" none. New: the abbreviations "GW" and "MW" after a
  figure carry the count as the written-out unit does and leave the unit unchecked - "about
  30.2 GW" "about", "4.7 GW", "11.3 GW", "14.2 GW", "about 1,530 GW", "well above the 1,200
  GW" (no hedge: "well above the" before an article, hundred-thirty-fifth), "up to 1,100 MW"
  "up_to", "roughly 30 GW a year" ("a year" none), "just 2.9 GW" ("just" no hedge), "92 GW",
  "about 47 GW", "500 GW ..., about 50 GW a year", "a record 18.5 GW", "about 8 GW", "8.4
  GW", "about 15.8 GW", "43 GW to 50 GW" both ("to" no hedge), "6.5 GW". "The 1,180-megawatt
  unit" and "The 2,880-megawatt plant" carry 1,180 and 2,880, and "eine neue
  380-Kilovolt-Leitung" 380 (the figure in the hyphenated compound read as written;
  hundred-forty-third: "330-Kilovolt-Reserveleitung"). Lengths (hundred-thirty-fifth,
  hundred-forty-third): "rund 520 Kilometer", "rund 16.800 Kilometern ... gut 3.900
  Kilometer", "weitere 4.600 Kilometer" ("weitere" no hedge), "auf 712 Kilometern", "just 55
  miles ..., an average of 925 miles a year" ("an average of" no hedge), "5,000 miles", "260
  Meter", "115 Meter", "bereits 1.000 Meter" ("bereits" no hedge), and "9 km" in a vox pop;
  tonnes ("rund 300.000 Tonnen").
- Other counts (every batch): turbines, plants, cars, heat pumps, applications, bids and
  people with their hedges ("1.012 Anlagen", "563 alte Windräder", "2.405 neue Anlagen",
  "1.96 million new cars", "Some 419,000" "about" (hundred-fifty-eighth: "Some"), "34.118
  Fahrzeuge", "207.640 Pkw" ("Insgesamt" no hedge), "rund 630.000", "612 Gebote", "297
  Projekte", "1,873 registrations", "Only 61 ..., out of a total of 8,920" ("Only", "a total
  of" no hedge), "rund 193.000 Stück" ("insgesamt" no hedge), "410.000 Stück", "bereits
  71.500 Anträge", "250.000 bis 280.000 Geräten" both ("bis" between two figures no hedge,
  hundred-thirty-seventh: "80 bis 95"), "500.000 Wärmepumpen", "38,730 heat pumps", "a
  monthly record of 4,112", "600,000 installations a year", "mehr als 41.000
  Anschlussanfragen", "rund 5.000 ... noch 3.100", "About 200 protesters", "rund 50
  Projekten, ... erst sieben ... zwei" ("erst" no hedge), "64 Turbinen", "rund eine Million
  Haushalte" 1,000,000 "about", "rund 50.000 Haushalte", "Rund 1,9 Millionen Heimspeicher",
  "28.614 Elektro-Pkw", "rund 31.000 öffentlich zugängliche Ladepunkte", "12 million homes
  ... about 7,000 jobs", "52 Castor-Behältern", "71 neue Windräder", "nur 14 Anlagen", "rund
  1.130 Windräder, ... mehr als 6.300", "vier geplante Windparks", "about 800 of its 8,300
  jobs", "21'450 Heizungswärmepumpen", "some 2,900 people", "About 84,000", "a record
  428,000", "about 1,200 workers", "about 18,000 jobs"), definite groups (forty-first,
  hundred-fifty-second: "Each of the two most serious counts"): "zwei weitere
  Braunkohleblöcke" 2, "der letzten drei deutschen Atomkraftwerke" 3 (hundred-thirty-third:
  "die letzten vier Riesentorläufe"), "die drei Meiler" 3, "zweier Nordseeflächen" 2 (a
  genitive number word, the issue's "zum zweiten Mal" read as a cardinal), "two U.S.
  projects" 2, "its two reactors" 2, "Spain's seven remaining reactors" 7, "31 operable
  reactors", "17 of the 22 successful offshore projects" (forty-first: "Nine of the
  defendants"), and "The two groups forecast" 2 (sources counted, hundred-forty-fifth and
  hundred-sixtieth: "a report by two wildlife charities"). None: "Die beiden Blöcke", "die
  beiden Flächen" (hundred-sixtieth: "beide"), "kein einziges Unternehmen", "ein einzelnes
  Rotorblatt", "Jede der Anlagen", "Jeder Kilometer", "a single unit", "billions of
  dollars", "Mehrere Gemeinden", "Several carmakers", "a shift", "the most". Multiples are
  counts with their hedges (fifteenth, hundred-sixteenth, hundred-thirty-eighth): "fast
  doppelt so gut" and "fast doppelt so viele" 2 "nearly", "im Schnitt dreimal so teuer" 3
  ("im Schnitt" no hedge), "fast dreimal so viele" 3 "nearly". New: "die umstrittene
  10H-Abstandsregel" carries no count - "10H" names a rule (a distance of ten times a
  turbine's height) as "COP31", "G20" and "CO2" name a thing (thirty-first, forty-second,
  hundred-twenty-fourth), and no figure of the copy stands in the compound as
  "28-Punkte-Entwurf" does.
- Percentages as written (every batch), market shares too (forty-fifth,
  hundred-thirty-third: "Marktanteil lag bei 27,1 Prozent"): "knapp 60 Prozent mehr
  Leistung" "nearly" ("mehr" after the figure compares, hundred-first), "um 41,5 Prozent",
  "bei 16,9 Prozent", "2,8 Prozent weniger als ein Jahr zuvor", "knapp 30 Prozent" "nearly",
  "46 Prozent weniger Geräte", "bis zu 65 Prozent" "up_to", "rund 14 Prozent ..., nach knapp
  elf Prozent" "about" and "nearly", "zu 100 Prozent", "um durchschnittlich 23 Prozent"
  ("durchschnittlich" no hedge), "bis zu 60 Prozent", "rund 11 Prozent", "62 Prozent
  Nein-Stimmen", "gut 42 Prozent" "over", "knapp 10 Prozent" "nearly" ("nur" no hedge), "um
  34,8 Prozent mehr", "etwa ein Prozent" 1 "about" ("nur" no hedge), "rund 6 Prozent", "8
  Prozent weniger", "bei 19,6 Prozent", "rund 57 Prozent", "15,2 Prozent, ... 5,1 Prozent",
  "auf 80 Prozent"; "21.4% ..., up from 16.5%", "the 24% share", "a rise of 33%, ... by
  11.2%", "a benefit-in-kind tax rate of 3%", "a 4% decline", "61%", "fell 26%", "by an
  average of 2% a year" (no hedge, hundred-fifty-eighth), "the 30% investment tax credit",
  "96.4%", "up 58%", "up 30%", "nearly 60%", "about 4.1%", "about 28% ...; ... 8.5%",
  "around 22%", "39.4% ..., up from 35.9%", "19%", "up to 30% cheaper" "up_to", "about 95%",
  "about 74%", "about 11% above", "31.4%, ... 30.1%", "by 31% ..., 83%", "by 0.3% ... by
  3.1%", "as much as 19%" "up_to" (hundred-thirtieth: "as much as" "up_to"), "about 7%",
  "56.8%", "a 30% cut", "fell 31%", "a market share of 5.4%, down from a peak of 11.6%".
  Moves of a share in points are "pp" (hundred-twentieth, hundred-forty-eighth): "5,3
  Prozentpunkte mehr als ein Jahr zuvor" 5.3 pp ("mehr" after it compares), "by 3.2
  percentage points" 3.2 pp.
- Fractions (the issue's "ein Fünftel", "drei Viertel", "jeder vierte"): "Mehr als die
  Hälfte des Zubaus" 0.5 "over" (the first batch: "Mehr als die Hälfte der
  Wahlberechtigten"), "Half of all new electric cars" 0.5, "jeder dritte Neuwagen" 0.3333,
  "um mehr als ein Drittel" 0.3333 "over", "knapp ein Viertel weniger" 0.25 "nearly"
  (hundred-sixtieth), "nearly one in four engineers" 0.25 "nearly", "by more than half" and
  "more than half of them" and "more than half of the world's new solar output" 0.5 "over",
  "about a quarter of the state's electricity" 0.25 "about", "more than one in three
  Australian homes" 0.3333 "over", "about one in five projects" 0.2 "about" ("Only" no
  hedge), "jeder zweite Käufer" 0.5, "jeder fünfte neu zugelassene Pkw" 0.2, "ein Sechstel
  davon" 0.1667 ("davon" no hedge), "about a sixth" 0.1667 "about", and in a vox pop "um ein
  Drittel des Preises" 0.3333. New: "In rund drei von vier Neubauten" is 0.75 "about" - the
  part over the whole written with "von", as "Two in three" (hundred-forty-third) and
  "around two in three" (hundred-fifty-fifth) are written with "in".
- Money in the currency written (every batch): EUR ("höchstens aber 23.500 Euro pro
  Wohneinheit" "at_most" - hundred-thirtieth: "höchstens" "at_most"; "pro Wohneinheit" none
  -, "insgesamt 38,6 Milliarden Euro", "320 Milliarden Euro" with "bezifferte" unchecked,
  "rund 1,2 Milliarden Euro", "21,4 Milliarden Euro", "15,3 Milliarden Euro" ("Allein" no
  hedge), "5,8 Milliarden Euro ..., etwa 40 Euro im Jahr" ("im Jahr" none), "rund 17
  Milliarden Euro", "mehr als 500 Milliarden Euro" "over", "31 billion euros, up from 17
  billion euros"); Cent are EUR hundredths (hundred-thirty-eighth: "17,8 Cent je
  Kilowattstunde" 0.178): "bei 4,71 Cent je Kilowattstunde nach 5,11 Cent" 0.0471 and 0.0511
  ("im Schnitt" no hedge), "im Schnitt 69 Cent" 0.69; Rappen are CHF hundredths
  (hundred-thirty-eighth: "25 Rappen"): "3 Rappen pro gefahrenem Kilometer" 0.03 ("pro
  gefahrenem Kilometer" none); GBP ("about £4.5 billion", "£13,000 per car, cut from
  £16,000" - "per car" none -, "£7,200", "£12,900", "£59.90 per megawatt hour" 59.9 with
  "per megawatt hour" none and "in 2024 prices" its year); USD ("$1.6 billion", "a $6,500
  federal tax credit", "$5.1 billion"); AUD ("up to A$450 million" "up_to"); NOK ("about 42
  billion crowns" in a story datelined OSLO, hundred-thirty-third: crowns in a Norwegian
  story are NOK); DKK ("14.6 billion Danish crowns", hundred-twenty-fifth); CNY ("a record
  650 billion yuan" - "a record" no hedge -, "around 0.70 yuan per watt" 0.7 "about" - "per
  watt" none); JPY ("about 8 billion yen ... a month" - "a month" none); INR ("41,000 crore
  rupees" 410,000,000,000 - crore is 10,000,000, hundred-forty-first: "Rs 1,064 crore");
  converted figures in brackets with no hedge ("($3.9 billion)", "($89.9 billion)", "($55
  million)", "($4.9 billion)", "($2.1 billion)"; eightieth, hundred-sixtieth).
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; every batch): "nach
  einer siebenstündigen Bereinigungssitzung" 7 hours, "zwei Stunden lang" 2 hours,
  "Zweieinhalb Jahre nach ..." 2.5 years (hundred-fifty-second: "fünfeinhalb"), "15 Jahre
  dauern" ("voraussichtlich" no hedge), "acht Jahre früher" 8 years, "als noch vor zwei
  Jahren" 2 years (hundred-sixtieth: "Vor fünf Jahren"), "in den ersten sieben Monaten" and
  "in den ersten neun Monaten des Jahres" ordinal 1 with 7 and 9 months
  (hundred-fifty-eighth: "in den ersten drei Monaten"), "in the 12 months to March" and "in
  the six months to June" (twice) (ninety-first), "six years ahead of schedule" 6 years,
  "for the first time in 13 years" ordinal 1 and 13 years (hundred-sixtieth: "the first
  national wildlife census in four years"), "for two more years" 2 years, "about four years"
  "about", "almost five years ..., less than two years" "nearly" and "under" (fifty-fifth:
  "fewer than"), "for 20 years", "25-year power purchase agreements" 25 years
  (hundred-forty-sixth: "10-year Bunds"), "risen to 11.2 years" (a fleet's average age),
  "for up to 18 hours" "up_to", and "a six-month snapshot" 6 months in a negative. New: "An
  457 Stunden des Jahres ..., nach 301 Stunden im Vorjahr" are durations in hours - hours
  with negative prices counted as days of exceedance are (fifty-seventh, hundred-sixtieth:
  "an 19 Tagen"). New: "their steepest one-day drop" is 1 day - the number word heading a
  hyphenated compound as in "a two-week visit", also where it names the span a move is
  measured over (hundred-sixtieth: "24-hour average exposure"). Ages are durations in years,
  in the negatives ("Keiko Arimura, 67," and "ein 52-jähriger Pendler"; hundred-forty-fifth,
  hundred-sixtieth). None: "im vergangenen Jahr", "im Vorjahr", "im Jahr davor", "ein Jahr
  zuvor", "im Rekordjahr davor", "im Vorjahreszeitraum", "im Jahresverlauf", "für das
  Gesamtjahr", "Für das laufende Jahr", "im kommenden Jahr", "in diesem Jahr", "heuer",
  "jährlich", "seit Jahresbeginn", "im Jahr", "im selben Zeitraum", "im Herbst", "im
  kommenden Frühjahr", "von Januar bis September", "bis Ende Juli", "bis Ende Oktober", "in
  der Nacht zum Montag", "last year", "a year earlier", "the year before", "the previous
  year", "this year", "next year", "the end of next year", "a year", "a month", "year on
  year", "over the same period", "in the quarter", "in the month", "the fiscal year to
  March", "the previous round", "the early 2010s" (a decade, thirty-ninth), weekdays and
  months.
- Ordinals (the issue's "das sechste Treffen", "the 12th round"): "im zweiten Jahr in Folge"
  2 and "for the second year running" 2 (hundred-sixtieth: "for the 22nd year running"),
  "deren erster Abschnitt" 1, "in the first quarter" 1 and "third-quarter sales" 3
  (hundred-fifty-eighth: "in the third quarter", "second-quarter"), "the 15th to restart"
  15, "for the first time" 1 three times (hundred-sixtieth: "for the first time since
  2016"), "the second straight monthly decline" 2 (hundred-fifty-eighth: "fifth straight
  win").
- Years and dates: "seit 2017", "bis 2030" and "Bis 2030", "im Dezember 2023" its year, "ab
  2024", "seit 1970", "bis 2038", "2030" in a negative, "Ende 2028", "bis 2045" (twice),
  "2022 beschlossen", "bis Ende 2025", "2020 gesprengt", "seit 2000", "2022 gelockert",
  "frühestens 2050", "erst 2033", "ab 2030"; "through 2030", "in 2022", "in 2017 ... from
  2025", "by 2028", "since early 2023", "the 2011 Fukushima disaster", "in early 2012", "by
  2040", "in August 2029 instead of 2027", "its 2030 goals", "in 2008", "in 2024 prices",
  "listed in 2016", "in 2027 and 2028", "by 2035 ... in 2019", "until 2030". "am 15. April
  2023" is the date 2023-04-15 (hundred-thirty-sixth: "vom 18. März 2019"); "am 1. März"
  --03-01 and "für den 1. Juli" --07-01 are dates without a year. Reuters datelines with a
  day ("WASHINGTON, Feb 27", "OSLO, March 3", "BEIJING, April 18", "TOKYO, May 12", "SYDNEY,
  May 20", "BRUSSELS, June 10", "NEW DELHI, Aug 14", "LONDON, Sept 3", "LONDON, Oct 8",
  "COPENHAGEN, Nov 5", "DETROIT, Dec 9") are dates without a year (hundred-fifty-second,
  hundred-sixtieth); dpa ("Berlin (dpa) -", "Flensburg (dpa) -", "Lingen (dpa) -" and the
  slugs above), Reuters German ("Bonn (Reuters) -", "Berlin (Reuters) -"), APA, Keystone-SDA
  ("Bern (Keystone-SDA) -", "Zürich (Keystone-SDA) -"), AP ("WASHINGTON (AP) —"), AFP
  ("MADRID (AFP) -") and PA ("LONDON (PA) -") datelines none (seventy-ninth). New:
  "frühestens 2050" is the year 2050 "at_least" - "frühestens" bounds a date from below as
  "spätestens" bounds a deadline from above ("nach spätestens zwei Jahren" "at_most",
  hundred-fifty-sixth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly", "Some", "some" "about"; "knapp", "fast", "nearly", "Nearly", "almost" "nearly";
  "mehr als", "Mehr als", "gut", "more than" "over"; "less than" "under"; "bis zu", "up to",
  "as much as", and "bis" straight before a figure that bounds a measure
  (hundred-forty-fifth) "up_to"; "mindestens" "at_least"; "höchstens" "at_most";
  "frühestens" "at_least" (above). No hedge: "zusammen", "insgesamt", "Insgesamt",
  "combined", "a total of", "im Schnitt", "durchschnittlich", "an average of", "Allein",
  "allein", "lediglich", "nur", "Only", "just", "erst", "bereits", "inzwischen", "derzeit",
  "voraussichtlich", "weitere", "davon", "a record", "well above the", "to" and "bis"
  between two figures, "mehr" and "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des
  Bundesverbands WindEnergie" -> "der Bundesverband WindEnergie", "nach Angaben der
  Bundesnetzagentur" -> "die Bundesnetzagentur" and "nach Angaben des Bundesverbands
  Solarwirtschaft" -> "der Bundesverband Solarwirtschaft" (the source in the nominative,
  seventieth, hundred-fifty-eighth); "teilte das Kraftfahrt-Bundesamt am Dienstag mit",
  "teilte der Bundesverband Wärmepumpe am Donnerstag mit", "teilte der Bundesverband
  Photovoltaic Austria am Mittwoch mit", "teilte die E-Control am Donnerstag mit" and
  "teilte das Wirtschaftsministerium am Freitag mit" with the weekday dropped
  (hundred-forty-fifth), "teilte die Stiftung Offshore-Windenergie mit", "teilte der
  Netzbetreiber mit" and "teilte der Betreiber mit" (hundred-fifty-eighth: "teilte der
  Netzbetreiber mit"), "teilte Auto-Schweiz mit" as written (a name without an article,
  hundred-fifty-eighth: "Hafen Hamburg Marketing"), "wie das Bundesamt für Energie (BFE) am
  Dienstag mitteilte" and "wie die Fachvereinigung Wärmepumpen Schweiz (FWS) am Montag
  mitteilte" with the abbreviation in brackets and the weekday dropped (eighty-fifth,
  ninety-second), "Laut Statistik Austria" as written (hundred-thirty-eighth: "laut
  Statistik Austria"); the name with the title dropped ("sagte Verbandspräsidentin Hiltrud
  Vennekamp", "Verbandsgeschäftsführer Malte Osterkamp sagte, ...",
  "Verbandsgeschäftsführerin Theresia Kogelnig sagte, ...", "sagte Betriebsratschef Hartmut
  Lenzen", "Behördenpräsident Quandt sagte, ..." -> "Quandt", "Swissolar-Geschäftsführer
  Beat Hürlimann sagte, ...", "sagte Verbandssprecherin Corinna Wehrle", "IW-Ökonom Jens
  Hollenbach sagte, ...", "Landrat Korbinian Häusler sagte, ...",
  "BDEW-Hauptgeschäftsführerin Marlene Dietzsch sagte, ..."; hundred-forty-sixth,
  hundred-sixtieth). English: "according to the Society of Motor Manufacturers and Traders",
  "according to the Microgeneration Certification Scheme" and "according to the Clean Energy
  Council" with their article (hundred-forty-fifth), "the China Electricity Council said",
  "the Ministry of New and Renewable Energy said on Wednesday" (the weekday dropped,
  fortieth), "RenewableUK said", "Cox Automotive said" and "General Motors said" as written
  (hundred-tenth, hundred-fifty-eighth: "Fernleigh said"), "The operator said ..." -> "the
  operator" (hundred-thirtieth: "The regulator said ..." -> "the regulator", "the trade body
  said"), and the name with the role dropped ("SMMT chief executive Graham Ruddock said",
  "SEIA president Marisol Ventura said", "WindEurope chief executive Gunnar Aasland said",
  "Energy Secretary Lydia Brannock said", "Energy Secretary Alistair Rennick said", "Chief
  executive Mette Kjaergaard said", "Energy Minister Pilar Echeverria said";
  hundred-forty-fifth, hundred-sixtieth). New: "the Norwegian Road Federation (OFV) said on
  Monday" -> "the Norwegian Road Federation" - the abbreviation in brackets dropped in
  English as in German (eighty-fifth). Left unchecked (None): "rechnet", "erwartet",
  "bezifferte", "verwies darauf", "rechnete ... vor", "nach Schätzungen der
  Übertragungsnetzbetreiber", "wie aus vorläufigen Zahlen des Branchenverbands BDEW
  hervorgeht", "gemäss Swissolar" (hundred-fifth, hundred-twentieth, hundred-sixtieth); "the
  finance ministry estimated" (an estimating verb, hundred-tenth), "The market operator had
  put the risk ..." (no verb of saying), "Trade body the Heat Pump Association said",
  "according to think tank Ember", "industry body WindEurope said", "according to
  consultancy Mercom India", "the energy think tank Ember said in a report", "Danish
  offshore wind developer Nordhav Energi said" (a description before the name, fortieth),
  "an industry report showed", "according to the report by ...", "a national laboratory
  report found", "the report said", "according to the report", "official figures show",
  "energy ministry figures showed", "data from the National Energy Administration showed",
  "industry ministry data show", "market data showed" (documents and data,
  hundred-forty-fifth, hundred-sixtieth), "The utilities had argued", "Developers complain",
  and all negatives, also those with a named speaker. New, left unchecked until settled:
  "the government said on Wednesday" in a story where the government is named by no other
  word (hundred-fifty-eighth: "The Treasurer said", a role without a name).
- Negatives (ninety-eighth, hundred-forty-fifth, hundred-fifty-second, hundred-sixtieth):
  rhetoric and creed in quotes from associations, ministers, officials, executives, analysts
  and campaigners (the pairs above, „Ohne verlässliche Förderung bleibt das E-Auto ... ein
  Luxusgut“, "Every panel on a roof is a vote for energy independence", "The last petrol car
  in Norway will soon be a museum piece", "A heat pump is the single best thing ...", «Wir
  opfern unsere letzten unberührten Landschaften ...», „Ohne einen Systemwechsel bei den
  Auktionen ...“, "The sun is our most abundant resource, ...", „Mit jedem Tag Rückbau wird
  der Ausstieg unumkehrbarer, ...“, "This is the beginning of the end for coal power", «Wer
  heute noch eine Ölheizung einbaut, ...», "Closing Almaraz is ideology, not energy policy",
  "The sugar rush is over, ..."); labels with "sprach von", "called", "kritisierte ... als",
  "welcomed ... as" and "dismissed ... as" (Transport & Environment, Bauernverband, the
  state energy minister, Stirnweiß, Bund der Steuerzahler, the opposition, Landesverband
  Erneuerbare Energien, Jyske Bank, ÖAMTC, Ecologistas en Accion, the coal groups' "a
  six-month snapshot ..." with its span labelled; ninety-eighth, hundred-fifty-eighth);
  verdicts with "halten ... für" ("Klimaschützer halten das Ausstiegsdatum 2030 dennoch für
  zu spät." with its year labelled, "Umweltverbände halten die Mittel ... für viel zu knapp
  bemessen.", "Ob Deutschland jemals zur Kernkraft zurückkehrt, hält Kraftwerksleiter Ansgar
  Deppe für eine rein politische Frage."; hundred-twenty-second); warnings ("Der
  Naturschutzbund mahnte, ...", "Der Hauseigentümerverband warnte vor ..."); a demand that
  names no measure ("Die Deutsche Umwelthilfe forderte von der Regierung „endlich
  Verlässlichkeit ...“"; hundred-fifty-eighth: "a clear plan"); accusations without a
  checkable claim ("Environmental groups accused the government of rewarding a polluter
  ...", "Die Deutsche Umwelthilfe warf der Bundesregierung vor, ... „auf ganzer Linie zu
  versagen“."; eighty-fourth, hundred-sixtieth); group arguments and blame without a figure
  ("Opponents in Congress argue ...", "Utility lobbyists say ...", "Branchenvertreter machen
  dafür die hohen Gebotssummen verantwortlich, ..."; hundred-sixtieth: "Umweltverbände
  machen die Elbvertiefung mitverantwortlich"); advice with its figure labelled ("Homeowners
  should get at least three quotes ..., consumer group Which? advised." 3 "at_least";
  fifty-fifth, hundred-fifty-eighth); the forecasts and fears without a figure above; open
  questions ("Ob die angekündigte Förderung ...", "It is unclear whether the bloc's new
  permitting rules ...", "It was not immediately clear whether the utilities would challenge
  ..."; hundred-fourteenth); and vox pops with their figures labelled (Keiko Arimura's age
  and "9 km", the commuter's "um ein Drittel des Preises" and age; hundred-twenty-fourth,
  hundred-forty-fifth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_167 = [
    # --- Windkraft an Land: Jahresbilanz (dpa), January ---
    (
        "de",
        "Berlin (dpa) - Windräder an Land mit einer Leistung von zusammen 4.870 Megawatt sind im vergangenen Jahr in Deutschland neu ans Netz gegangen, so viel wie seit 2017 nicht mehr.",
        True,
        [("count", 4870, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "de",
        "Das waren nach Angaben des Bundesverbands WindEnergie 1.012 Anlagen und knapp 60 Prozent mehr Leistung als im Jahr davor.",
        True,
        [("count", 1012, None, None), ("percent", 60, "%", "nearly")],
        "der Bundesverband WindEnergie",
    ),
    (
        "de",
        "Zugleich wurden 563 alte Windräder mit zusammen rund 790 Megawatt abgebaut, sodass netto gut 4,08 Gigawatt hinzukamen.",
        True,
        [("count", 563, None, None), ("count", 790, None, "about"), ("count", 4.08, None, "over")],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte des Zubaus entfiel auf Niedersachsen, Schleswig-Holstein und Nordrhein-Westfalen, Schlusslicht blieb das Saarland.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Um das gesetzliche Ziel von 112 Gigawatt bis 2030 zu erreichen, müssten jährlich mehr als 10 Gigawatt hinzukommen, sagte Verbandspräsidentin Hiltrud Vennekamp.",
        True,
        [("count", 112, None, None), ("year", 2030, None, None), ("count", 10, None, "over")],
        "Hiltrud Vennekamp",
    ),
    (
        "de",
        "Die Genehmigungsbehörden erteilten im Jahresverlauf Zulassungen für 2.405 neue Anlagen mit zusammen 14,1 Gigawatt, ein Rekordwert.",
        True,
        [("count", 2405, None, None), ("count", 14.1, None, None)],
        None,
    ),
    ("de", "„Die Flaute beim Ausbau ist vorbei, jetzt weht ein anderer Wind“, sagte Vennekamp.", False, [], None),
    (
        "de",
        "Der Naturschutzbund mahnte, beim neuen Tempo dürfe der Schutz von Rotmilan und Fledermäusen nicht unter die Räder kommen.",
        False,
        [],
        None,
    ),
    # --- UK electric car registrations (PA), January ---
    (
        "en",
        "LONDON (PA) - Battery electric cars made up 21.4% of the 1.96 million new cars registered in the UK last year, up from 16.5% a year earlier, according to the Society of Motor Manufacturers and Traders.",
        True,
        [("percent", 21.4, "%", None), ("count", 1960000, None, None), ("percent", 16.5, "%", None)],
        "the Society of Motor Manufacturers and Traders",
    ),
    (
        "en",
        "That left carmakers short of the 24% share required under the Government's zero emission vehicle mandate.",
        True,
        [("percent", 24, "%", None)],
        None,
    ),
    (
        "en",
        "Some 419,000 battery electric cars found buyers, a rise of 33%, while petrol car registrations fell by 11.2%.",
        True,
        [("count", 419000, None, "about"), ("percent", 33, "%", None), ("percent", 11.2, "%", None)],
        None,
    ),
    (
        "en",
        "SMMT chief executive Graham Ruddock said manufacturers had spent about £4.5 billion on discounts to shift electric models over the year.",
        True,
        [("money", 4500000000, "GBP", "about")],
        "Graham Ruddock",
    ),
    (
        "en",
        '"The market is moving, but it is being dragged along at an enormous cost to this industry," Ruddock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Manufacturers that miss the mandate face fines of £13,000 per car, cut from £16,000 after lobbying by the industry.",
        True,
        [("money", 13000, "GBP", None), ("money", 16000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Half of all new electric cars went to company fleets, helped by a benefit-in-kind tax rate of 3%.",
        True,
        [("fraction", 0.5, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Campaign group Transport & Environment called the figures proof that the mandate was doing its job.",
        False,
        [],
        None,
    ),
    # --- Elektroauto-Neuzulassungen im Januar (dpa), February ---
    (
        "de",
        "Flensburg (dpa) - Die Zahl der neu zugelassenen Elektroautos in Deutschland ist im Januar um 41,5 Prozent auf 34.118 Fahrzeuge gestiegen.",
        True,
        [("percent", 41.5, "%", None), ("count", 34118, None, None)],
        None,
    ),
    (
        "de",
        "Ihr Anteil an allen Neuzulassungen lag damit bei 16,9 Prozent, 5,3 Prozentpunkte mehr als ein Jahr zuvor, teilte das Kraftfahrt-Bundesamt am Dienstag mit.",
        True,
        [("percent", 16.9, "%", None), ("percent", 5.3, "pp", None)],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Insgesamt kamen 207.640 Pkw neu auf die Straße, 2,8 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 207640, None, None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Benziner blieben mit einem Anteil von knapp 30 Prozent die stärkste Antriebsart, jeder dritte Neuwagen war ein Hybrid.",
        True,
        [("percent", 30, "%", "nearly"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der Verband der Automobilindustrie rechnet für das Gesamtjahr mit rund 630.000 neuen Elektroautos.",
        True,
        [("count", 630000, None, "about")],
        None,
    ),
    (
        "de",
        "Seit dem abrupten Ende der staatlichen Kaufprämie im Dezember 2023 war der Absatz zeitweise um mehr als ein Drittel eingebrochen.",
        True,
        [("year", 2023, None, None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "„Ohne verlässliche Förderung bleibt das E-Auto für viele Familien ein Luxusgut“, sagte Anke Rüdesheimer vom Verbraucherzentrale Bundesverband.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die angekündigte Förderung für Haushalte mit kleinem Einkommen den Markt belebt, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- U.S. solar installations (Reuters), February ---
    (
        "en",
        "WASHINGTON, Feb 27 (Reuters) - U.S. solar developers installed 41.6 gigawatts of generating capacity last year, a 4% decline from the record set the year before, an industry report showed on Thursday.",
        True,
        [("date", "--02-27", None, None), ("count", 41.6, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Solar accounted for 61% of all new capacity added to the U.S. grid, according to the report by the Solar Energy Industries Association and consultancy Wood Mackenzie.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "Utility-scale projects made up about 30.2 GW of the total, while residential installations fell 26% to 4.7 GW as higher interest rates deterred homeowners.",
        True,
        [("count", 30.2, None, "about"), ("percent", 26, "%", None), ("count", 4.7, None, None)],
        None,
    ),
    (
        "en",
        "Texas installed more solar than any other state for the second year running, with 11.3 GW.",
        True,
        [("ordinal", 2, None, None), ("count", 11.3, None, None)],
        None,
    ),
    (
        "en",
        "The two groups forecast that annual installations would shrink by an average of 2% a year through 2030.",
        True,
        [("count", 2, None, None), ("percent", 2, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "SEIA president Marisol Ventura said about 18,000 jobs had been added in solar manufacturing since the 30% investment tax credit was extended in 2022.",
        True,
        [("count", 18000, None, "about"), ("percent", 30, "%", None), ("year", 2022, None, None)],
        "Marisol Ventura",
    ),
    (
        "en",
        '"Every panel on a roof is a vote for energy independence," said Dwayne Ritchey, who runs an installation firm in Phoenix.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Ripping up these tax credits now would be an act of economic self-harm," Ventura said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Opponents in Congress argue the credits hand billions of dollars to companies that would have built the projects anyway.",
        False,
        [],
        None,
    ),
    # --- Solar-Ausschreibung der Bundesnetzagentur (Reuters), March ---
    (
        "de",
        "Bonn (Reuters) - Die Ausschreibung der Bundesnetzagentur für Solaranlagen auf Freiflächen ist erneut deutlich überzeichnet gewesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zum Gebotstermin am 1. März gingen 612 Gebote mit zusammen 5.380 Megawatt ein, ausgeschrieben waren lediglich 2.150 Megawatt.",
        True,
        [
            ("date", "--03-01", None, None),
            ("count", 612, None, None),
            ("count", 5380, None, None),
            ("count", 2150, None, None),
        ],
        None,
    ),
    (
        "de",
        "Den Zuschlag erhielten 297 Projekte, im Schnitt lag der Zuschlagswert bei 4,71 Cent je Kilowattstunde nach 5,11 Cent in der vorangegangenen Runde.",
        True,
        [("count", 297, None, None), ("money", 0.0471, "EUR", None), ("money", 0.0511, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die nächste Runde mit einem Volumen von 2.300 Megawatt ist für den 1. Juli angesetzt.",
        True,
        [("count", 2300, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "„Die Sonne schickt keine Rechnung, der Netzanschluss aber schon“, sagte Behördenpräsident Tilman Quandt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bauernverband sprach von einem „Flächenfraß auf Kosten der Ernährungssicherheit“.",
        False,
        [],
        None,
    ),
    # --- Norway's electric car share (Reuters), March ---
    (
        "en",
        "OSLO, March 3 (Reuters) - Fully electric cars accounted for 96.4% of new cars sold in Norway in February, the Norwegian Road Federation (OFV) said on Monday.",
        True,
        [("date", "--03-03", None, None), ("percent", 96.4, "%", None)],
        "the Norwegian Road Federation",
    ),
    (
        "en",
        "Tesla remained the best-selling brand with 1,873 registrations, followed by Volkswagen and Toyota.",
        True,
        [("count", 1873, None, None)],
        None,
    ),
    (
        "en",
        "Only 61 new petrol cars were registered in the month, out of a total of 8,920.",
        True,
        [("count", 61, None, None), ("count", 8920, None, None)],
        None,
    ),
    (
        "en",
        "Norway, which exempts electric cars from most purchase taxes, set a goal in 2017 that all new cars sold from 2025 should be zero-emission.",
        True,
        [("year", 2017, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The exemptions cost the state about 42 billion crowns ($3.9 billion) last year, the finance ministry estimated.",
        True,
        [("money", 42000000000, "NOK", "about"), ("money", 3900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The average age of Norway's car fleet has nonetheless risen to 11.2 years as owners keep their older combustion models.",
        True,
        [("duration", 11.2, "year", None)],
        None,
    ),
    ("en", "Dealers expect demand for second-hand electric cars to keep rising.", False, [], None),
    (
        "en",
        '"The last petrol car in Norway will soon be a museum piece," said OFV director Ragnhild Saeterdal.',
        False,
        [],
        None,
    ),
    # --- Wärmepumpen-Absatz (dpa), March ---
    (
        "de",
        "Berlin (dpa) - Die Hersteller von Heizungswärmepumpen haben im vergangenen Jahr in Deutschland 46 Prozent weniger Geräte abgesetzt, insgesamt rund 193.000 Stück, teilte der Bundesverband Wärmepumpe am Donnerstag mit.",
        True,
        [("percent", 46, "%", None), ("count", 193000, None, "about")],
        "der Bundesverband Wärmepumpe",
    ),
    (
        "de",
        "Gasheizungen verkauften sich dagegen mit 410.000 Stück fast doppelt so gut.",
        True,
        [("count", 410000, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Verbandsgeschäftsführer Malte Osterkamp sagte, seit Jahresbeginn seien bei der staatlichen Förderbank KfW bereits 71.500 Anträge auf Zuschüsse für Wärmepumpen eingegangen.",
        True,
        [("count", 71500, None, None)],
        "Malte Osterkamp",
    ),
    (
        "de",
        "Der Staat übernimmt bis zu 65 Prozent der Kosten, höchstens aber 23.500 Euro pro Wohneinheit.",
        True,
        [("percent", 65, "%", "up_to"), ("money", 23500, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwartet die Branche einen Absatz von 250.000 bis 280.000 Geräten.",
        True,
        [("count", 250000, None, None), ("count", 280000, None, None)],
        None,
    ),
    (
        "de",
        "Das Ziel der Bundesregierung, ab 2024 jährlich 500.000 Wärmepumpen einzubauen, wurde damit im zweiten Jahr in Folge verfehlt.",
        True,
        [("year", 2024, None, None), ("count", 500000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Der Heizungsstreit hat das Vertrauen der Kundschaft nachhaltig beschädigt“, sagte Osterkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Umwelthilfe forderte von der Regierung „endlich Verlässlichkeit für alle, die umsteigen wollen“.",
        False,
        [],
        None,
    ),
    # --- Heat pumps in Britain (PA), April ---
    (
        "en",
        "LONDON (PA) - Households in England and Wales installed 38,730 heat pumps with help from the Boiler Upgrade Scheme in the 12 months to March, up 58% on the previous year, official figures show.",
        True,
        [("count", 38730, None, None), ("duration", 12, "month", None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "The scheme pays a grant of £7,200 towards the cost of an air source or ground source heat pump.",
        True,
        [("money", 7200, "GBP", None)],
        None,
    ),
    (
        "en",
        "Applications for grants hit a monthly record of 4,112 in March, energy ministry figures showed.",
        True,
        [("count", 4112, None, None)],
        None,
    ),
    (
        "en",
        "The average installed cost of an air source heat pump was £12,900 before the grant, according to the Microgeneration Certification Scheme.",
        True,
        [("money", 12900, "GBP", None)],
        "the Microgeneration Certification Scheme",
    ),
    (
        "en",
        "The grant is available to households in England and Wales but not in Scotland, which runs its own scheme.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Government's target of 600,000 installations a year by 2028 remains far out of reach at the current pace.",
        True,
        [("count", 600000, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Trade body the Heat Pump Association said nearly one in four engineers it had trained last year had yet to fit a single unit.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        '"A heat pump is the single best thing a family can do for its bills and for the planet," said Energy Minister Harriet Colquhoun.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Homeowners should get at least three quotes before signing a contract, consumer group Which? advised.",
        False,
        [("count", 3, None, "at_least")],
        None,
    ),
    # --- Photovoltaik in Österreich (APA), April ---
    (
        "de",
        "Wien (APA) - In Österreich sind im Vorjahr Photovoltaikanlagen mit einer Leistung von rund 2.600 Megawatt neu installiert worden, knapp ein Viertel weniger als im Rekordjahr davor.",
        True,
        [("count", 2600, None, "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Damit liegt die gesamte installierte Leistung bei etwa 9,1 Gigawatt, teilte der Bundesverband Photovoltaic Austria am Mittwoch mit.",
        True,
        [("count", 9.1, None, "about")],
        "der Bundesverband Photovoltaic Austria",
    ),
    (
        "de",
        "Der Sonnenstrom deckte im Vorjahr rund 14 Prozent des heimischen Stromverbrauchs, nach knapp elf Prozent im Jahr davor.",
        True,
        [("percent", 14, "%", "about"), ("percent", 11, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Das Erneuerbaren-Ausbau-Gesetz sieht vor, den Strombedarf ab 2030 bilanziell zu 100 Prozent aus erneuerbaren Quellen zu decken.",
        True,
        [("year", 2030, None, None), ("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "Verbandsgeschäftsführerin Theresia Kogelnig sagte, allein die Netzbetreiber hätten im Vorjahr mehr als 41.000 Anschlussanfragen abgelehnt oder nur eingeschränkt genehmigt.",
        True,
        [("count", 41000, None, "over")],
        "Theresia Kogelnig",
    ),
    (
        "de",
        "„Wir bauen Autobahnen für den Sonnenstrom und vergessen dabei die Auffahrten“, sagte Kogelnig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die E-Control verwies darauf, dass die Netzkosten für Haushalte heuer um durchschnittlich 23 Prozent gestiegen sind.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    # --- China's solar and wind additions (Reuters), April ---
    (
        "en",
        "BEIJING, April 18 (Reuters) - China added 59.7 gigawatts of solar capacity in the first quarter, up 30% from a year earlier, data from the National Energy Administration showed on Thursday.",
        True,
        [
            ("date", "--04-18", None, None),
            ("count", 59.7, None, None),
            ("ordinal", 1, None, None),
            ("percent", 30, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Wind installations rose to 14.2 GW over the same period, bringing combined wind and solar capacity to about 1,530 GW.",
        True,
        [("count", 14.2, None, None), ("count", 1530, None, "about")],
        None,
    ),
    (
        "en",
        "That is already well above the 1,200 GW the government had targeted for 2030, six years ahead of schedule.",
        True,
        [("count", 1200, None, None), ("year", 2030, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Coal still generated nearly 60% of China's electricity last year, according to think tank Ember.",
        True,
        [("percent", 60, "%", "nearly")],
        None,
    ),
    (
        "en",
        "Grid operators curtailed about 4.1% of solar output in the quarter as transmission lines failed to keep pace, the China Electricity Council said.",
        True,
        [("percent", 4.1, "%", "about")],
        "the China Electricity Council",
    ),
    (
        "en",
        "State Grid plans to spend a record 650 billion yuan ($89.9 billion) on the network this year.",
        True,
        [("money", 650000000000, "CNY", None), ("money", 89900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Solar module prices have fallen by more than half since early 2023 to around 0.70 yuan per watt, squeezing manufacturers' margins.",
        True,
        [("fraction", 0.5, None, "over"), ("year", 2023, None, None), ("money", 0.7, "CNY", "about")],
        None,
    ),
    ("en", "Industry groups have warned of a price war that could wipe out smaller players.", False, [], None),
    # --- Kohleausstieg im Rheinischen Revier (dpa), April ---
    (
        "de",
        "Bergheim (dpa/lnw) - Der Energiekonzern RWE hat in der Nacht zum Montag zwei weitere Braunkohleblöcke im Rheinischen Revier endgültig vom Netz genommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden Blöcke des Kraftwerks Niederaußem hatten zusammen eine Leistung von 600 Megawatt und liefen seit 1970.",
        True,
        [("count", 600, None, None), ("year", 1970, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem gesetzlich festgelegten Fahrplan soll im Rheinland 2030 Schluss mit der Kohleverstromung sein, acht Jahre früher als im Osten Deutschlands.",
        True,
        [("year", 2030, None, None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Von den einst rund 5.000 Beschäftigten in Tagebauen und Kraftwerken seien noch 3.100 an Bord, sagte Betriebsratschef Hartmut Lenzen.",
        True,
        [("count", 5000, None, "about"), ("count", 3100, None, None)],
        "Hartmut Lenzen",
    ),
    (
        "de",
        "„Hier geht eine Ära zu Ende, auf die diese Region stolz sein kann“, sagte Lenzen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für den Strukturwandel in den Kohleregionen stellt der Bund bis 2038 insgesamt 38,6 Milliarden Euro bereit.",
        True,
        [("year", 2038, None, None), ("money", 38600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Teil der Belegschaft wechselt in den Rückbau der Kraftwerke und die Rekultivierung der Tagebaue.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Klimaschützer halten das Ausstiegsdatum 2030 dennoch für zu spät.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Japan reactor restart (Reuters), May ---
    (
        "en",
        "TOKYO, May 12 (Reuters) - A nuclear reactor in western Japan resumed operations on Monday for the first time in 13 years, becoming the 15th to restart since the 2011 Fukushima disaster.",
        True,
        [
            ("date", "--05-12", None, None),
            ("ordinal", 1, None, None),
            ("duration", 13, "year", None),
            ("ordinal", 15, None, None),
            ("year", 2011, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 1,180-megawatt unit had been idle since its last inspection in early 2012.",
        True,
        [("count", 1180, None, None), ("year", 2012, None, None)],
        None,
    ),
    (
        "en",
        "The Nuclear Regulation Authority approved the unit's upgraded earthquake and tsunami defences last year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Before the disaster, nuclear power supplied about 28% of Japan's electricity; its share was 8.5% last year, industry ministry data show.",
        True,
        [("percent", 28, "%", "about"), ("percent", 8.5, "%", None)],
        None,
    ),
    (
        "en",
        "Under its latest energy plan, the government wants nuclear to provide around 22% of power by 2040.",
        True,
        [("percent", 22, "%", "about"), ("year", 2040, None, None)],
        None,
    ),
    (
        "en",
        "The operator said the restart would cut its fuel costs by about 8 billion yen ($55 million) a month.",
        True,
        [("money", 8000000000, "JPY", "about"), ("money", 55000000, "USD", None)],
        "the operator",
    ),
    (
        "en",
        "Japan has 31 operable reactors, but more than half of them remain offline awaiting regulatory approval or local consent.",
        True,
        [("count", 31, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "About 200 protesters gathered outside the plant's gates on Monday morning.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    (
        "en",
        '"We were told it was safe once before," said Keiko Arimura, 67, who lives 9 km from the plant.',
        False,
        [("duration", 67, "year", None), ("count", 9, None, None)],
        None,
    ),
    # --- Netzausbau (dpa), May ---
    (
        "de",
        "Berlin (dpa) - Beim Bau neuer Höchstspannungsleitungen kommt Deutschland schneller voran als noch vor zwei Jahren.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr wurden nach Angaben der Bundesnetzagentur rund 520 Kilometer Übertragungsleitungen fertiggestellt, fast doppelt so viele wie im Jahr davor.",
        True,
        [("count", 520, None, "about"), ("count", 2, None, "nearly")],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Von den rund 16.800 Kilometern geplanter Leitungen sind inzwischen gut 3.900 Kilometer in Betrieb.",
        True,
        [("count", 16800, None, "about"), ("count", 3900, None, "over")],
        None,
    ),
    (
        "de",
        "Für weitere 4.600 Kilometer liegt die Genehmigung vor, der Bau hat aber noch nicht begonnen.",
        True,
        [("count", 4600, None, None)],
        None,
    ),
    (
        "de",
        "Die Gleichstromtrasse Suedlink soll auf 712 Kilometern Windstrom aus Schleswig-Holstein nach Bayern und Baden-Württemberg bringen und Ende 2028 fertig sein.",
        True,
        [("count", 712, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Im Norden Niedersachsens entsteht zudem eine neue 380-Kilovolt-Leitung, deren erster Abschnitt im Herbst in Betrieb ging.",
        True,
        [("count", 380, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten für den Netzausbau an Land und auf See bis 2045 bezifferte die Behörde auf 320 Milliarden Euro.",
        True,
        [("year", 2045, None, None), ("money", 320000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Behördenpräsident Quandt sagte, Erdkabel seien im Schnitt dreimal so teuer wie Freileitungen.",
        True,
        [("count", 3, None, None)],
        "Quandt",
    ),
    (
        "de",
        "„Jeder Kilometer Leitung, den wir heute nicht bauen, kostet uns morgen Milliarden für Notmaßnahmen“, sagte Quandt.",
        False,
        [],
        None,
    ),
    # --- Australian coal plant kept open (Reuters), May ---
    (
        "en",
        "SYDNEY, May 20 (Reuters) - A coal-fired power station north of Sydney will run for two more years than planned after the New South Wales government agreed to pay its owner up to A$450 million to keep it open.",
        True,
        [("date", "--05-20", None, None), ("duration", 2, "year", None), ("money", 450000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "The 2,880-megawatt plant, which supplies about a quarter of the state's electricity, will now close in August 2029 instead of 2027.",
        True,
        [
            ("count", 2880, None, None),
            ("fraction", 0.25, None, "about"),
            ("year", 2029, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "The market operator had put the risk of a supply shortfall in the state at up to 1,100 MW if the plant had closed on schedule.",
        True,
        [("count", 1100, None, "up_to")],
        None,
    ),
    (
        "en",
        "Rooftop solar panels now sit on more than one in three Australian homes, according to the Clean Energy Council.",
        True,
        [("fraction", 0.3333, None, "over")],
        "the Clean Energy Council",
    ),
    (
        "en",
        "Renewables supplied 39.4% of power on the country's main grid last year, up from 35.9% the year before, market data showed.",
        True,
        [("percent", 39.4, "%", None), ("percent", 35.9, "%", None)],
        None,
    ),
    (
        "en",
        "Under the deal, the state will also take a share of any profits the plant makes while the extension runs.",
        True,
        [],
        None,
    ),
    (
        "en",
        'State Energy Minister Jarrah Whitford called the deal "an insurance policy, not a change of direction."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Environmental groups accused the government of rewarding a polluter for its own poor planning.",
        False,
        [],
        None,
    ),
    # --- Alpine Solaranlagen (Keystone-SDA), June ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bau grosser Solaranlagen in den Alpen kommt deutlich langsamer voran als vom Parlament erhofft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den rund 50 Projekten, die im Rahmen des sogenannten Solarexpress angekündigt worden waren, sind erst sieben bewilligt und zwei in Betrieb.",
        True,
        [("count", 50, None, "about"), ("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Parlament hatte 2022 beschlossen, bis Ende 2025 alpine Anlagen mit einer Jahresproduktion von insgesamt 2 Terawattstunden zu fördern.",
        True,
        [("year", 2022, None, None), ("year", 2025, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund übernimmt bis zu 60 Prozent der Investitionskosten, wie das Bundesamt für Energie (BFE) am Dienstag mitteilte.",
        True,
        [("percent", 60, "%", "up_to")],
        "das Bundesamt für Energie",
    ),
    (
        "de",
        "Swissolar-Geschäftsführer Beat Hürlimann sagte, im Vorjahr seien in der Schweiz Solarmodule mit einer Leistung von 1'780 Megawatt verbaut worden.",
        True,
        [("count", 1780, None, None)],
        "Beat Hürlimann",
    ),
    (
        "de",
        "Die Photovoltaik deckt damit gemäss Swissolar rund 11 Prozent des Schweizer Strombedarfs.",
        True,
        [("percent", 11, "%", "about")],
        None,
    ),
    (
        "de",
        "Mehrere Gemeinden im Wallis haben Projekte an der Urne abgelehnt, zuletzt Grengiols mit 62 Prozent Nein-Stimmen.",
        True,
        [("percent", 62, "%", None)],
        None,
    ),
    (
        "de",
        "«Wir opfern unsere letzten unberührten Landschaften für ein paar Gigawattstunden», sagte Lorenz Imboden von der Stiftung Landschaftsschutz.",
        False,
        [],
        None,
    ),
    # --- Europe's wind build-out (Reuters), June ---
    (
        "en",
        "BRUSSELS, June 10 (Reuters) - Europe installed 16.4 gigawatts of new wind capacity last year, well short of the roughly 30 GW a year the European Union needs to meet its 2030 goals, industry body WindEurope said.",
        True,
        [
            ("date", "--06-10", None, None),
            ("count", 16.4, None, None),
            ("count", 30, None, "about"),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "Offshore wind accounted for just 2.9 GW of the total, with Britain, the Netherlands and Germany building the most.",
        True,
        [("count", 2.9, None, None)],
        None,
    ),
    (
        "en",
        "Wind turbines generated 19% of the EU's electricity, overtaking gas for the first time.",
        True,
        [("percent", 19, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "WindEurope chief executive Gunnar Aasland said getting a permit for an onshore wind farm still took about four years in many member states.",
        True,
        [("duration", 4, "year", "about")],
        "Gunnar Aasland",
    ),
    (
        "en",
        "Investment in new wind farms reached 31 billion euros, up from 17 billion euros a year earlier.",
        True,
        [("money", 31000000000, "EUR", None), ("money", 17000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "European turbine makers have been losing orders to Chinese rivals, whose machines are up to 30% cheaper.",
        True,
        [("percent", 30, "%", "up_to")],
        None,
    ),
    (
        "en",
        '"Europe invented this industry and is now at risk of handing it away," Aasland said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is unclear whether the bloc's new permitting rules, in force since last year, will speed things up.",
        False,
        [],
        None,
    ),
    # --- Offshore-Wind in der Nordsee (dpa), June ---
    (
        "de",
        "Hamburg (dpa/lno) - In der deutschen Nordsee ist ein weiterer Offshore-Windpark in Betrieb gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 64 Turbinen des Parks „Nordlicht Süd“ haben zusammen eine Leistung von 960 Megawatt und sollen rechnerisch rund eine Million Haushalte versorgen.",
        True,
        [("count", 64, None, None), ("count", 960, None, None), ("count", 1000000, None, "about")],
        None,
    ),
    (
        "de",
        "Jede der Anlagen ist 260 Meter hoch, ein einzelnes Rotorblatt misst 115 Meter.",
        True,
        [("count", 260, None, None), ("count", 115, None, None)],
        None,
    ),
    (
        "de",
        "Vor den deutschen Küsten drehen sich damit Windräder mit insgesamt 9,7 Gigawatt Leistung, teilte die Stiftung Offshore-Windenergie mit.",
        True,
        [("count", 9.7, None, None)],
        "die Stiftung Offshore-Windenergie",
    ),
    (
        "de",
        "Bis 2030 sollen es 28 Gigawatt sein, bis 2045 mindestens 65 Gigawatt.",
        True,
        [
            ("year", 2030, None, None),
            ("count", 28, None, None),
            ("year", 2045, None, None),
            ("count", 65, None, "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Bei der jüngsten Ausschreibung zweier Nordseeflächen mit zusammen 2,5 Gigawatt hatte kein einziges Unternehmen ein Gebot abgegeben.",
        True,
        [("count", 2, None, None), ("count", 2.5, None, None)],
        None,
    ),
    ("de", "Die Bundesnetzagentur will die beiden Flächen im kommenden Frühjahr erneut ausschreiben.", True, [], None),
    (
        "de",
        "Branchenvertreter machen dafür die hohen Gebotssummen verantwortlich, die der Staat für die Flächen verlangt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ohne einen Systemwechsel bei den Auktionen bleibt die Nordsee eine Baustelle ohne Bagger“, sagte Projektentwicklerin Frauke Hasselbrink.",
        False,
        [],
        None,
    ),
    # --- U.S. grid connection backlog (AP), July ---
    (
        "en",
        "WASHINGTON (AP) — Nearly 2,300 gigawatts of proposed power projects are waiting to connect to the U.S. grid, more than all the power plants now operating in the country, a national laboratory report found.",
        True,
        [("count", 2300, None, "nearly")],
        None,
    ),
    (
        "en",
        "Solar, wind and batteries make up about 95% of the projects in the queue.",
        True,
        [("percent", 95, "%", "about")],
        None,
    ),
    (
        "en",
        "The typical project built last year had spent almost five years waiting for approval, up from less than two years in 2008.",
        True,
        [("duration", 5, "year", "nearly"), ("duration", 2, "year", "under"), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Only about one in five projects that apply for a connection is ever built, the report said.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Federal regulators have ordered grid operators to handle connection requests in batches rather than one by one.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The United States built just 55 miles of new high-voltage transmission lines last year, compared with an average of 925 miles a year in the early 2010s.",
        True,
        [("count", 55, None, None), ("count", 925, None, None)],
        None,
    ),
    (
        "en",
        "Energy Secretary Lydia Brannock said the department would lend $1.6 billion to upgrade 5,000 miles of existing lines.",
        True,
        [("money", 1600000000, "USD", None), ("count", 5000, None, None)],
        "Lydia Brannock",
    ),
    (
        "en",
        "\"We cannot run tomorrow's economy on yesterday's wires,\" Brannock said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Utility lobbyists say the permitting process, not money, is the main obstacle.",
        False,
        [],
        None,
    ),
    # --- Großbatteriespeicher (dpa/lsw), July ---
    (
        "de",
        "Philippsburg (dpa/lsw) - Im Norden Baden-Württembergs ist einer der größten Batteriespeicher Deutschlands ans Netz gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Anlage kann 250 Megawatt Leistung abgeben und 500 Megawattstunden Strom speichern, teilte der Netzbetreiber mit.",
        True,
        [("count", 250, None, None), ("count", 500, None, None)],
        "der Netzbetreiber",
    ),
    (
        "de",
        "Das reicht rechnerisch, um rund 50.000 Haushalte zwei Stunden lang zu versorgen.",
        True,
        [("count", 50000, None, "about"), ("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Speicher steht auf dem Gelände des früheren Atomkraftwerks, dessen Kühltürme 2020 gesprengt worden waren.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Bundesweit sind nach Angaben des Bundesverbands Solarwirtschaft inzwischen Batteriespeicher mit zusammen 19,8 Gigawattstunden installiert, der Großteil davon in Einfamilienhäusern.",
        True,
        [("count", 19.8, None, None)],
        "der Bundesverband Solarwirtschaft",
    ),
    (
        "de",
        "Rund 1,9 Millionen Heimspeicher seien in Betrieb, jeder zweite Käufer einer Solaranlage lege sich inzwischen einen Speicher zu, sagte Verbandssprecherin Corinna Wehrle.",
        True,
        [("count", 1900000, None, "about"), ("fraction", 0.5, None, None)],
        "Corinna Wehrle",
    ),
    (
        "de",
        "Landesumweltministerin Helene Stirnweiß sprach von einem „Meilenstein für die Versorgungssicherheit im Südwesten“.",
        False,
        [],
        None,
    ),
    # --- Elektroautos in Österreich (APA), August ---
    (
        "de",
        "Wien (APA) - In Österreich ist heuer bis Ende Juli jeder fünfte neu zugelassene Pkw ein reines Elektroauto gewesen.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria wurden in den ersten sieben Monaten 28.614 Elektro-Pkw neu zugelassen, um 34,8 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 7, "month", None),
            ("count", 28614, None, None),
            ("percent", 34.8, "%", None),
        ],
        "Statistik Austria",
    ),
    (
        "de",
        "Bei den Firmenwagen liegt der Elektroanteil bei gut 42 Prozent, bei Privatkunden hingegen nur bei knapp 10 Prozent.",
        True,
        [("percent", 42, "%", "over"), ("percent", 10, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Österreichweit gibt es inzwischen rund 31.000 öffentlich zugängliche Ladepunkte, ein Sechstel davon sind Schnelllader.",
        True,
        [("count", 31000, None, "about"), ("fraction", 0.1667, None, None)],
        None,
    ),
    (
        "de",
        "Eine Kilowattstunde kostet an Schnellladern im Schnitt 69 Cent, teilte die E-Control am Donnerstag mit.",
        True,
        [("money", 0.69, "EUR", None)],
        "die E-Control",
    ),
    (
        "de",
        "Der ÖAMTC kritisierte die Preisgestaltung an den Säulen als „undurchschaubaren Tarifdschungel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Daheim lade ich um ein Drittel des Preises, an der Autobahn zahle ich fast so viel wie früher für Diesel“, sagte ein 52-jähriger Pendler aus Amstetten.",
        False,
        [("fraction", 0.3333, None, None), ("duration", 52, "year", None)],
        None,
    ),
    # --- India's renewable capacity (Reuters), August ---
    (
        "en",
        "NEW DELHI, Aug 14 (Reuters) - India's installed renewable energy capacity has crossed 200 gigawatts for the first time, the Ministry of New and Renewable Energy said on Wednesday.",
        True,
        [("date", "--08-14", None, None), ("count", 200, None, None), ("ordinal", 1, None, None)],
        "the Ministry of New and Renewable Energy",
    ),
    (
        "en",
        "Solar made up 92 GW of that total and wind about 47 GW, with large hydropower accounting for most of the rest.",
        True,
        [("count", 92, None, None), ("count", 47, None, "about")],
        None,
    ),
    (
        "en",
        "The government aims to reach 500 GW of non-fossil capacity by 2030, which would require adding about 50 GW a year.",
        True,
        [("count", 500, None, None), ("year", 2030, None, None), ("count", 50, None, "about")],
        None,
    ),
    (
        "en",
        "India added a record 18.5 GW of solar capacity in the six months to June, according to consultancy Mercom India.",
        True,
        [("count", 18.5, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "The country still relies on coal for about 74% of its electricity.",
        True,
        [("percent", 74, "%", "about")],
        None,
    ),
    (
        "en",
        "The Solar Energy Corporation of India signed 25-year power purchase agreements worth 41,000 crore rupees ($4.9 billion) in the fiscal year to March.",
        True,
        [("duration", 25, "year", None), ("money", 410000000000, "INR", None), ("money", 4900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Developers complain that transmission bottlenecks have left about 8 GW of finished projects unable to send power to the grid.",
        True,
        [("count", 8, None, "about")],
        None,
    ),
    (
        "en",
        '"The sun is our most abundant resource, and we intend to use every ray of it," Renewable Energy Minister Arvind Kulkarni said.',
        False,
        [],
        None,
    ),
    # --- Klima- und Transformationsfonds (Reuters), September ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung will im kommenden Jahr 21,4 Milliarden Euro aus dem Klima- und Transformationsfonds für den Umbau der Energieversorgung ausgeben.",
        True,
        [("money", 21400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Darauf verständigte sich der Haushaltsausschuss des Bundestags nach einer siebenstündigen Bereinigungssitzung.",
        True,
        [("duration", 7, "hour", None)],
        None,
    ),
    (
        "de",
        "Allein für die Förderung effizienter Gebäude, darunter den Heizungstausch, sind 15,3 Milliarden Euro eingeplant.",
        True,
        [("money", 15300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mit 5,8 Milliarden Euro will der Bund zudem die Übertragungsnetzentgelte senken, was einen Durchschnittshaushalt um etwa 40 Euro im Jahr entlasten soll.",
        True,
        [("money", 5800000000, "EUR", None), ("money", 40, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Förderung des Ökostroms über das EEG-Konto kostet den Haushalt nach Schätzungen der Übertragungsnetzbetreiber rund 17 Milliarden Euro.",
        True,
        [("money", 17000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "IW-Ökonom Jens Hollenbach sagte, der Staat habe den Ausbau der erneuerbaren Energien seit 2000 mit mehr als 500 Milliarden Euro unterstützt.",
        True,
        [("year", 2000, None, None), ("money", 500000000000, "EUR", "over")],
        "Jens Hollenbach",
    ),
    (
        "de",
        "Der Bund der Steuerzahler sprach von einem „Schattenhaushalt, der sich jeder Kontrolle entzieht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände halten die Mittel für den klimafreundlichen Umbau der Industrie für viel zu knapp bemessen.",
        False,
        [],
        None,
    ),
    # --- Britain's renewables auction (Reuters), September ---
    (
        "en",
        "LONDON, Sept 3 (Reuters) - Britain awarded contracts for a record 9.6 gigawatts of renewable power in its latest auction, including 8.4 GW of offshore wind, the government said on Wednesday.",
        True,
        [("date", "--09-03", None, None), ("count", 9.6, None, None), ("count", 8.4, None, None)],
        None,
    ),
    (
        "en",
        "Offshore wind projects secured a strike price of £59.90 per megawatt hour in 2024 prices, about 11% above the previous round.",
        True,
        [("money", 59.9, "GBP", None), ("year", 2024, None, None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "The contracts guarantee generators a fixed price for 20 years, with consumers topping up payments when wholesale prices fall below it.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Energy Secretary Alistair Rennick said the projects would power the equivalent of 12 million homes and support about 7,000 jobs.",
        True,
        [("count", 12000000, None, None), ("count", 7000, None, "about")],
        "Alistair Rennick",
    ),
    (
        "en",
        "RenewableUK said 17 of the 22 successful offshore projects were in Scottish waters.",
        True,
        [("count", 17, None, None), ("count", 22, None, None)],
        "RenewableUK",
    ),
    (
        "en",
        "Britain has about 15.8 GW of offshore wind in operation and aims for 43 GW to 50 GW by 2030.",
        True,
        [
            ("count", 15.8, None, "about"),
            ("count", 43, None, None),
            ("count", 50, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        '"This is the moment Britain stopped talking about clean power and started building it," Rennick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The opposition called the auction "a blank cheque written on households\' bills."',
        False,
        [],
        None,
    ),
    # --- Rückbau nach dem Atomausstieg (dpa), October ---
    (
        "de",
        "Lingen (dpa) - Zweieinhalb Jahre nach der Abschaltung der letzten drei deutschen Atomkraftwerke hat im Emsland der Abriss eines Reaktorgebäudes begonnen.",
        True,
        [("duration", 2.5, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Rückbau werde voraussichtlich 15 Jahre dauern und rund 1,2 Milliarden Euro kosten, teilte der Betreiber mit.",
        True,
        [("duration", 15, "year", None), ("money", 1200000000, "EUR", "about")],
        "der Betreiber",
    ),
    (
        "de",
        "Insgesamt fallen dabei rund 300.000 Tonnen Material an, davon ist nur etwa ein Prozent radioaktiv belastet.",
        True,
        [("count", 300000, None, "about"), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "de",
        "Die hochradioaktiven Brennelemente lagern in 52 Castor-Behältern in einem Zwischenlager auf dem Gelände.",
        True,
        [("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Bis zur Abschaltung am 15. April 2023 hatten die drei Meiler noch rund 6 Prozent des deutschen Stroms erzeugt.",
        True,
        [("date", "2023-04-15", None, None), ("count", 3, None, None), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "Ein Endlager für hochradioaktiven Müll soll nach den Plänen des Bundes frühestens 2050 in Betrieb gehen.",
        True,
        [("year", 2050, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Mit jedem Tag Rückbau wird der Ausstieg unumkehrbarer, und das ist gut so“, sagte Gisela Overbeck von der Initiative „Ausgestrahlt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Deutschland jemals zur Kernkraft zurückkehrt, hält Kraftwerksleiter Ansgar Deppe für eine rein politische Frage.",
        False,
        [],
        None,
    ),
    # --- Ember: wind and solar overtake coal (Reuters), October ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - Wind and solar power together generated more of the world's electricity than coal in the six months to June, the energy think tank Ember said in a report on Wednesday.",
        True,
        [("date", "--10-08", None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Their combined share rose by 3.2 percentage points to 31.4%, while coal's fell to 30.1%, according to the report.",
        True,
        [("percent", 3.2, "pp", None), ("percent", 31.4, "%", None), ("percent", 30.1, "%", None)],
        None,
    ),
    (
        "en",
        "Solar generation grew by 31% year on year, enough to meet 83% of the increase in global electricity demand.",
        True,
        [("percent", 31, "%", None), ("percent", 83, "%", None)],
        None,
    ),
    (
        "en",
        "China accounted for more than half of the world's new solar output, and India for about a sixth.",
        True,
        [("fraction", 0.5, None, "over"), ("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "en",
        "Fossil generation fell by 0.3% globally but rose by 3.1% in the United States, where demand from data centres is climbing.",
        True,
        [("percent", 0.3, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        '"This is the beginning of the end for coal power," said Ember analyst Tanvi Ramaswamy.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Coal industry groups dismissed the findings as "a six-month snapshot dressed up as a trend."',
        False,
        [("duration", 6, "month", None)],
        None,
    ),
    # --- Windkraft in Bayern (dpa/lby), October ---
    (
        "de",
        "München (dpa/lby) - In Bayern sind in den ersten neun Monaten des Jahres 71 neue Windräder genehmigt worden, fast dreimal so viele wie im gesamten Vorjahr.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("count", 71, None, None),
            ("count", 3, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "In Betrieb gingen im selben Zeitraum allerdings nur 14 Anlagen mit zusammen 79 Megawatt, teilte das Wirtschaftsministerium am Freitag mit.",
        True,
        [("count", 14, None, None), ("count", 79, None, None)],
        "das Wirtschaftsministerium",
    ),
    (
        "de",
        "Seit die Staatsregierung die umstrittene 10H-Abstandsregel 2022 gelockert hat, dürfen Windräder in Wäldern bereits 1.000 Meter von Wohnhäusern entfernt stehen.",
        True,
        [("year", 2022, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Bis 2030 will der Freistaat mindestens 1.000 neue Windräder errichten lassen.",
        True,
        [("year", 2030, None, None), ("count", 1000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Im Freistaat drehen sich derzeit rund 1.130 Windräder, in Niedersachsen sind es mehr als 6.300.",
        True,
        [("count", 1130, None, "about"), ("count", 6300, None, "over")],
        None,
    ),
    (
        "de",
        "Landrat Korbinian Häusler sagte, in seinem Landkreis seien derzeit Klagen gegen vier geplante Windparks anhängig.",
        True,
        [("count", 4, None, None)],
        "Korbinian Häusler",
    ),
    (
        "de",
        "Der Landesverband Erneuerbare Energien sprach von einer „Aufholjagd im Schneckentempo“.",
        False,
        [],
        None,
    ),
    # --- Offshore developer scraps U.S. projects (Reuters), November ---
    (
        "en",
        "COPENHAGEN, Nov 5 (Reuters) - Danish offshore wind developer Nordhav Energi said on Wednesday it would scrap two U.S. projects with a combined capacity of 2.2 gigawatts and take an impairment of 14.6 billion Danish crowns ($2.1 billion).",
        True,
        [
            ("date", "--11-05", None, None),
            ("count", 2, None, None),
            ("count", 2.2, None, None),
            ("money", 14600000000, "DKK", None),
            ("money", 2100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The company blamed higher interest rates, supply chain delays and the withdrawal of a federal permit for the decision.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Nordhav shares fell as much as 19% in Copenhagen, their steepest one-day drop since the company listed in 2016.",
        True,
        [("percent", 19, "%", "up_to"), ("duration", 1, "day", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Mette Kjaergaard said the group would cut about 800 of its 8,300 jobs by the end of next year.",
        True,
        [("count", 800, None, "about"), ("count", 8300, None, None)],
        "Mette Kjaergaard",
    ),
    (
        "en",
        "The company still expects to bring 6.5 GW of offshore capacity into operation in Europe and Asia by 2028.",
        True,
        [("count", 6.5, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("en", '"We have learned some expensive lessons," Kjaergaard told analysts.', False, [], None),
    (
        "en",
        'Analysts at Jyske Bank called the write-down "painful but overdue."',
        False,
        [],
        None,
    ),
    # --- Wärmepumpen und E-Autos in der Schweiz (Keystone-SDA), November ---
    (
        "de",
        "Zürich (Keystone-SDA) - In der Schweiz sind von Januar bis September 21'450 Heizungswärmepumpen verkauft worden, 8 Prozent weniger als im Vorjahreszeitraum, wie die Fachvereinigung Wärmepumpen Schweiz (FWS) am Montag mitteilte.",
        True,
        [("count", 21450, None, None), ("percent", 8, "%", None)],
        "die Fachvereinigung Wärmepumpen Schweiz",
    ),
    (
        "de",
        "In rund drei von vier Neubauten wird inzwischen eine Wärmepumpe eingebaut.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Bei den Neuwagen lag der Anteil reiner Elektroautos bis Ende Oktober bei 19,6 Prozent, teilte Auto-Schweiz mit.",
        True,
        [("percent", 19.6, "%", None)],
        "Auto-Schweiz",
    ),
    (
        "de",
        "Der Bundesrat will ab 2030 Elektroautos mit einer Abgabe von 3 Rappen pro gefahrenem Kilometer belasten, um den Ausfall der Mineralölsteuer auszugleichen.",
        True,
        [("year", 2030, None, None), ("money", 0.03, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Wer heute noch eine Ölheizung einbaut, verbrennt sein eigenes Geld», sagte FWS-Präsident Roman Gisler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hauseigentümerverband warnte vor einem Verbot fossiler Heizungen durch die Hintertür.",
        False,
        [],
        None,
    ),
    # --- Spain's nuclear phase-out (AFP), November ---
    (
        "en",
        "MADRID (AFP) - Spain's government has rejected a request by utilities to extend the life of the Almaraz nuclear plant, confirming that its two reactors will close in 2027 and 2028.",
        True,
        [("count", 2, None, None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The plant supplies about 7% of Spain's electricity and employs some 2,900 people directly and indirectly.",
        True,
        [("percent", 7, "%", "about"), ("count", 2900, None, "about")],
        None,
    ),
    (
        "en",
        "Spain's seven remaining reactors are due to be shut down by 2035 under a phase-out agreed in 2019.",
        True,
        [("count", 7, None, None), ("year", 2035, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Energy Minister Pilar Echeverria said renewables had supplied 56.8% of Spain's power last year.",
        True,
        [("percent", 56.8, "%", None)],
        "Pilar Echeverria",
    ),
    (
        "en",
        "The utilities had argued that a 30% cut in nuclear taxes would make it viable to keep the plant running until 2030.",
        True,
        [("percent", 30, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "It was not immediately clear whether the utilities would challenge the decision in court.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The blackout that cut power across the Iberian peninsula in April for up to 18 hours has sharpened the debate.",
        True,
        [("duration", 18, "hour", "up_to")],
        None,
    ),
    (
        "en",
        '"Closing Almaraz is ideology, not energy policy," said a spokesman for the opposition People\'s Party.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Environmental group Ecologistas en Accion welcomed the decision as "the only sensible path."',
        False,
        [],
        None,
    ),
    # --- Strommix des Jahres (dpa), December ---
    (
        "de",
        "Berlin (dpa) - Erneuerbare Energien haben in diesem Jahr rund 57 Prozent des deutschen Bruttostromverbrauchs gedeckt, wie aus vorläufigen Zahlen des Branchenverbands BDEW hervorgeht.",
        True,
        [("percent", 57, "%", "about")],
        None,
    ),
    (
        "de",
        "Windkraftanlagen an Land und auf See lieferten mit 136 Milliarden Kilowattstunden den größten Beitrag, Photovoltaik kam auf 72 Milliarden Kilowattstunden.",
        True,
        [("count", 136000000000, None, None), ("count", 72000000000, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Braunkohle sank auf 15,2 Prozent, Steinkohle kam noch auf 5,1 Prozent.",
        True,
        [("percent", 15.2, "%", None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "An 457 Stunden des Jahres waren die Börsenstrompreise negativ, nach 301 Stunden im Vorjahr.",
        True,
        [("duration", 457, "hour", None), ("duration", 301, "hour", None)],
        None,
    ),
    (
        "de",
        "BDEW-Hauptgeschäftsführerin Marlene Dietzsch sagte, der Anteil müsse bis 2030 auf 80 Prozent steigen.",
        True,
        [("year", 2030, None, None), ("percent", 80, "%", None)],
        "Marlene Dietzsch",
    ),
    (
        "de",
        "Greenpeace rechnete dagegen vor, bei gleichbleibendem Tempo werde das Ausbauziel von 210 Gigawatt für die Photovoltaik erst 2033 erreicht.",
        True,
        [("count", 210, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "„Die Energiewende ist kein Projekt mehr, sie ist längst Realität in unseren Steckdosen“, sagte Dietzsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Umwelthilfe warf der Bundesregierung vor, beim Klimaschutz im Gebäudesektor „auf ganzer Linie zu versagen“.",
        False,
        [],
        None,
    ),
    # --- U.S. EV sales after the tax credit (Reuters), December ---
    (
        "en",
        "DETROIT, Dec 9 (Reuters) - U.S. electric vehicle sales fell 31% in November from a year earlier, the second straight monthly decline since a $6,500 federal tax credit expired at the end of September, Cox Automotive said.",
        True,
        [
            ("date", "--12-09", None, None),
            ("percent", 31, "%", None),
            ("ordinal", 2, None, None),
            ("money", 6500, "USD", None),
        ],
        "Cox Automotive",
    ),
    (
        "en",
        "About 84,000 electric vehicles were sold in the month, giving them a market share of 5.4%, down from a peak of 11.6% in September.",
        True,
        [("count", 84000, None, "about"), ("percent", 5.4, "%", None), ("percent", 11.6, "%", None)],
        None,
    ),
    (
        "en",
        "Buyers had rushed to purchase or lease electric models before the credit ended, pushing third-quarter sales to a record 428,000.",
        True,
        [("ordinal", 3, None, None), ("count", 428000, None, None)],
        None,
    ),
    (
        "en",
        "General Motors said it would cut a shift at its Detroit electric truck plant, affecting about 1,200 workers.",
        True,
        [("count", 1200, None, "about")],
        "General Motors",
    ),
    (
        "en",
        "Ford's electric vehicle unit lost $5.1 billion last year and expects a similar loss this year.",
        True,
        [("money", 5100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Several carmakers have delayed new electric models or switched factories to build hybrids instead.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"The sugar rush is over, and now we find out who actually wants these cars," said auto analyst Dana Pellegrino.',
        False,
        [],
        None,
    ),
    ("en", "Whether sales recover next year will depend largely on prices, analysts said.", False, [], None),
]
