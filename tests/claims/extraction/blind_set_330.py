"""Three-hundred-and-thirtieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, storms and figures are made up
(Friederike Lanzendörfer, Veronika Strasshofer, Curdin Jenal, Henning Kahlmeyer, Lukas
Haidvogl, Jonas Utzschneider, Mattia Rezzonico, Livia Gredig, Ansgar Feldhusen; Darnell
Whitcombe, Sofie Vandenbroucke, Jared Ellingson, Imogen Treharne, Ignacio Barrachina, Callum
Ashdown, Pieter Wouterse, Skye Pennington, Gareth Pennant-Lloyd; the Orkantief „Gunhild“,
Storm Orrin, Storm Petroc, Hurricane Leonie; every unnamed farmer, rickshaw driver,
pensioner, foreman, mother, sheep farmer, café owner, mayor, governor and official); office
holders of real bodies and governments appear under made-up names that stand for no real
holder, or by their role only („Der Landeshauptmann“, „der Bürgermeister von
Kötschach-Mauthen“, "the governor", "the WMO secretary-general"). Real bodies, firms,
stations, data sets and places (Deutscher Wetterdienst, DWD, Offenbach,
Emmendingen-Mundingen, Zugspitze, Helgoland, Brocken, Husum, GeoSphere Austria, Hoher
Sonnblick, Klagenfurt, Osttirol, Institut für Schnee- und Lawinenforschung, SLF,
Weissfluhjoch, Glarner Alpen, Kantonspolizei Graubünden, Flüelapass, Rhätische Bahn,
Zermatt, Helmholtz-Zentrum für Umweltforschung, Dürremonitor, Landesamt für Umwelt,
Prignitz, Bad Kreuznach, Aldersbach, Vils, Vilshofen, Technisches Hilfswerk, Wasserwacht,
Ortenburg, Bad Deutsch-Altenburg, Innere Stadt, Wiener Berufsrettung,
Gesundheitsministerium, Bad Mergentheim, Payerne, MeteoSchweiz, Genf-Cointrin,
Basel-Binningen, Tessin, Alpennordseite, Oberrhein, Lesachtal, Kornat, Gail, Federaun,
Landesfeuerwehrverband, Gletschermessnetz Glamos, Oberstdorf, Holzkirchen, Irschenberg,
Flughafen München, ADAC; the National Oceanic and Atmospheric Administration, NOAA, the U.S.
Drought Monitor, Capel Curig, the Energy Networks Association, Met Éireann, Mace Head, ESB
Networks, Kendal, Copernicus, C3S, the Natural Resources Conservation Service, the Great
Salt Lake, Lake Powell, the Colorado Basin River Forecast Center, Phalodi, the India
Meteorological Department, IMD, Safdarjung, the Met Office, Southern Water, the Environment
Agency, AEMET, Montoro, IPMA, Mora, the Carlos III Health Institute, the National Weather
Service, Harry Reid International Airport, Clark County, NV Energy, Cambridge Botanic
Garden, the UK Health Security Agency, Network Rail, Thames Water, the National Hurricane
Center, Cameron Parish, PowerOutage.us, the Bureau of Meteorology, Observatory Hill, Natural
Resources Wales, the River Taff, Pontypridd, Aberdaron, the World Meteorological
Organization, WMO, Altnaharra, and the datelines' cities) stand for the way wire copy names
them; every reading, anomaly, total, rank, record, toll, loss, sum, forecast and quote here
is invented, and where a real figure came to mind (a real national or city heat record, a
real peak snowpack, a real healthy lake level) it was changed (the first years of
measurement series and the reference periods kept).

Its weight: WEATHER EXTREMES AND CLIMATE RECORDS, third round (the hundred-tenth,
hundred-ninety-fourth and two-hundred-and-fifty-first batches weighed weather records,
climate bulletins and extremes before, and the forty-seventh and seventy-fourth before them;
their decisions are kept) over one year in story order, January 10 to December 31, as 30
short stories with the German and English ones interleaved by date, each told as wire copy
runs it (a dateline lead with the bulletin's headline figure, the readings, records and
comparisons, attributed claims, warnings, quotes, advice and scene colour). Half German (dpa
with its slugs "dpa/bb" and "dpa/lby", APA, Keystone-SDA; Austrian "Seehöhe",
"Berufsrettung", "Landeshauptmann", Swiss "innert", "gross", "sassen", "erliess", "Grösser",
"über Meer", "11'000", «» quotes, German „“ quotes): the DWD's mild January, an Orkantief
over the North Sea coast, GeoSphere Austria's winter, snow and avalanche level 4 in
Graubünden, spring drought and forest-fire level 5 in Brandenburg, the DWD's sunny spring, a
cloudburst in Lower Bavaria with a level-4-of-4 warning, heat in eastern Austria with
Tropennächte and Hitzetage, German heat with warnings for 186 districts, the Swiss freezing
level and heat warning level 4, the DWD's summer, a Vb flood in Carinthia, the Glamos
glacier report, early-winter snow in southern Bavaria and the DWD's climate year. Half
English (Reuters, PA, AP, AAP): NOAA's climate year and billion-dollar disasters, Storm
Orrin in Wales, England and Ireland, the Copernicus February bulletin, Utah's snowpack and
the Great Salt Lake, heat in north India, England's dry spring with a hosepipe ban, Iberian
heat, Las Vegas heat, English heat with an amber heat-health alert, the Copernicus July
bulletin, Hurricane Leonie on the Gulf coast, Australia's dry September with fire bans,
Storm Petroc in south Wales, the WMO's provisional climate report and the UK's climate year.
Figures as such copy has them: temperatures and anomalies in degrees, also with the degree
sign, the typographic minus, "plus" and "minus" ("18,2 Grad", "−19,6 °C", "plus 2,4 Grad",
"116 degrees Fahrenheit (46.7 Celsius)", "0.69C above the month's 1991-2020 mean", "minus
13.8C", "um drei Zehntelgrad kühler"), reference periods and seasons ("1961 bis 1990",
"1991-2020", "1850-1900", "Der Winter 2027/28"), rainfall in litres per square metre,
"l/m²", millimetres and inches, percent of normal, sunshine hours, days of a kind ("19
Hitzetage mit mindestens 30 Grad", "16 heiße Tage", "an nur sechs Tagen"), snow depths and
new snow in centimetres and metres, river gauges, surges and lake levels in metres and feet,
gusts and sustained winds in "Kilometern pro Stunde", mph and "kph", Windstärke, warning and
fire-danger levels, hurricane categories, power demand in gigawatts and megawatts, water
demand in litres, ranks ("zweitwärmste", "third-warmest", „die 17. Tropennacht“), shares
("gut ein Viertel", "weniger als ein Fünftel", "fast drei Vierteln"), multiples ("roughly
twice the rate", "about 60 times more likely"), return periods, tolls, ages, aid in euros,
dollars and Australian dollars, years, dates and datelines. Negatives as such copy has
them - about a quarter of the rows, none with a figure (vox pops are written without ages):
meteorologists', climatologists' and officials' verdicts and rhetoric in quotes, advice and
appeals naming no measure, warnings naming no measure, forecasts and outlooks without a
figure, hopes and fears, evasions and open questions, and vox pops of residents, farmers and
workers, each near a check-worthy look-alike from the same story (often the same speaker's
reading or cause).

240 rows (120 German, 120 English), 56 negatives (27 German, 29 English), 184 check-worthy
rows of which 18 carry no figure (11 German, 7 English), 332 expected quantities (187
counts, 52 years, 28 ordinals, 27 durations - 14 in hours, 8 in years, 3 in days, 2 in
months -, 15 dates, 14 percentages - all in "%" -, 5 fractions, 4 amounts of money - 2 USD,
1 EUR, 1 AUD -; none of them in a negative), 35 checked speakers (17 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  label, feeling, piece of advice, appeal, warning naming no measure, forecast without a
  figure, hope, fear, evasion or open question is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fourth, two-hundred-and-fifty-first); a quoted or reported reading,
  figure, cause, finding, step or forecast with a figure is check-worthy with its speaker,
  also in Konjunktiv I (hundred-tenth). Pairs from one speaker: Whitcombe's stated cause
  beside "The bill for these disasters ...", Strasshofer's Südwestlagen beside
  „Existenzfrage“, Vandenbroucke's El Niño beside "Each record tells us ...", Jenal's weak
  layer beside «Geschenk und Risiko», Ellingson's 7,000 feet beside "A good winter does not
  undo a decade of drought" ("a decade" none, two-hundred-and-fifty-first: "the past
  decade"), Kahlmeyer's blocking high beside „Solche Frühjahre ...“, Treharne's high
  pressure and her "about 60 times more likely" beside "Nature is resilient ..." and "an
  exceptional year", Haidvogl's tripling beside „unterschätzte Naturgefahr“, Utzschneider's
  12 degrees beside „Gerade ältere Menschen ...“, Rezzonico's third heatwave beside «an
  Werte gewöhnt», Wouterse's North Atlantic beside "Behind each of these numbers ...",
  Lanzendörfer's two of three summers beside „Routine“ (and her January verdict), Gredig's
  cause beside «Verschwinden in Zeitlupe», Feldhusen's 2.5 degrees beside „Szenarien“.
  Negatives carry no figure in this batch, as in the three-hundred-and-twenty-fourth: the
  vox pops (a Prignitz farmer, a rickshaw driver, a pensioner in Cordoba, a foreman on the
  Strip, a mother in Hackney, a sheep farmer near Hay, a café owner in Pontypridd) are
  written without ages, and "a single wet year" (two-hundred-and-forty-fourth: "a single
  beaver dam"), "each", "every animal", "within minutes" and "year after year" carry none.
  Other negatives: advice and appeals („riet der DWD“, „rät das SLF“, „mahnte die Polizei“,
  „rät das Gesundheitsministerium“, „Bergführer empfehlen“, „Der ADAC mahnte“, "Police
  urged", "Authorities urged", "told people to postpone", "Officials urged", "People were
  advised", "Gardeners were asked", "People were told", the governor's "do not come back");
  a warning naming no measure ("Water managers cautioned ..."; two-hundred-and-fourth);
  forecasts and outlooks without a figure ("Forecasters expect La Niña to fade ...",
  "Forecasters said more unsettled weather was likely ...", „sehen die Meteorologen vorerst
  nicht“, „Für den September rechnen die Meteorologen ...“; forty-seventh, hundred-tenth);
  hopes and fears („Die Bauern im Land hoffen ...“, "Farmers fear ..."); evasions and open
  questions („ließ der Wetterdienst offen“, „halten die Meteorologen für offen“, „wollen die
  Meteorologen nicht vorhersagen“, „wollte der Wetterdienst nicht abgeben“, „ist unter
  Fachleuten umstritten“, „bezweifeln die Forschenden“, "is too early to say", "too early to
  tell whether", "remains unclear", "would not be drawn on whether").
- Check-worthy without a figure (hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fifty-first): nine stated causes and findings (Whitcombe, Strasshofer,
  Vandenbroucke, Jenal, Kahlmeyer, Treharne, Wouterse, Pennington, Gredig - "since April"
  and "wochenlang" none), Haidvogl's „mehr als verdreifacht“ (a verb, none; „seit den
  1960er-Jahren“ a decade, none - hundred-ninety-fourth: "the 1960s"), the storm lead and
  the idle long-distance trains („bis Donnerstagmittag“ none), closures of a pass and a
  railway, „Hunderte Keller“ („Hunderte“ none, hundred-sixty-ninth), warnings in force with
  a colour only (Met Éireann's status red "from 5am until 11am on Sunday", the
  „Hitzewarnstufe Rot“, "An extreme heat warning was extended through 8 p.m. Thursday";
  clock times and colours none) and the Ticino fire ban.
- Forecasts with a figure are check-worthy (hundred-thirty-fifth, two-hundred-and-ninety-
  first): "could bring temperatures down by 3 to 4 degrees" 3 and 4 (the unit written once
  serves both, seventy-sixth), Utzschneider's „um bis zu 12 Grad“ "up_to", Ashdown's "knock
  8 to 10 degrees off", "will last at least four more days" 4 days "at_least"
  (two-hundred-and-fifty-first: "for at least five more days"), "Runoff ... is forecast at
  7.9 million acre-feet" 7,900,000 (fifty-ninth, two-hundred-and-fifty-first: acre-feet),
  and the WMO's provisional "heading for second place" ordinal 2.
- Temperatures and anomalies are counts (fourth, forty-seventh, hundred-tenth,
  hundred-ninety-fourth, two-hundred-and-fifty-first): "3,1 Grad ... um 2,6 Grad über dem
  Schnitt" ("um" before a difference and "über" after the figure no hedge), "das Plus 1,7
  Grad", "18,2 Grad", "−19,6 °C" -19.6 (the typographic minus and the degree sign,
  two-hundred-and-fifty-first), "plus 2,4 Grad ..., plus 1,9 Grad" (a sign), "54.9 degrees
  Fahrenheit, or 2.8 degrees warmer", "13.61C, or 0.69C above", "1.58C warmer", "more than
  1.5C warmer" "over", "20.94C", "49.2 degrees Celsius", "46.1C, 5.4 degrees above normal
  ... above 45C" ("above" before a figure "over"), "31,4 Grad", "46.3C", "45.2C", "Readings
  above 44C" "over", "45.7C", "38,6 Grad", "nur auf 26,2 Grad", "mit mindestens 30 Grad"
  "at_least", "116 degrees Fahrenheit (46.7 Celsius)" two (forty-seventh), "at or above 110
  degrees" "at_least", "93 degrees", "39,7 Grad", "von mehr als 38 Grad" "over", "29 Grad",
  "36.9C" (twice), "32C had been exceeded" (no hedge, seventy-fourth: a verb), "37,8 Grad
  ... 36,9 Grad", "17.24C", "by 0.04C", "1.64C above", "2.1C above", "20.98C", "19,4 Grad
  ... um 3,1 Grad", "2.31C above", "35.2C", "von bis zu minus 14 Grad" -14 "up_to", "about
  1.52C warmer", "10,4 Grad", "ein Plus von 2,2 Grad", "um 2,5 Grad wärmer", "10.02C",
  "minus 13.8C" -13.8; "averaging", "averaged" and „durchschnittlich“ no hedge
  (hundred-tenth). New: „um drei Zehntelgrad kühler“ is count 0.3 - the fraction word
  heading the degree compound gives tenths of a degree, as „Zehntelprozentpunkte“ gives
  tenths of a point (two-hundred-and-seventeenth) and „Dreiviertelprozentpunkt“ 0.75
  (three-hundred-and-twenty-fourth); a difference of temperature stays a count.
- Reference periods and seasons are years (twenty-third, hundred-tenth,
  hundred-ninety-fourth, two-hundred-and-fifty-first): "1961 bis 1990" (four times), "1991
  bis 2020" (twice), "the 1991-2020 average" and "mean" (four times), "the 1850-1900
  pre-industrial level" and "average", "the 1961-1990 average"; „Der Winter 2027/28“ 2027
  and 2028 (two-hundred-and-fifty-first: „Der Winter 2026/27“ both years written in full).
  "the 20th-century year" ordinal 20; "the 1990s" and „den 1960er-Jahren“ none. Record
  starts and other years: "in 2027", „Der Januar 2028“, „Der Frühling 2028“, „Der Sommer
  2028“, „ist 2028 ... gewesen“, "seit Beginn der Wetteraufzeichnungen 1881", "seit Beginn
  flächendeckender Messungen 1881", "seit Beginn regelmäßiger Messungen 1881", „seit 1881“
  (twice), "since 2023", "in 2019", "since national records began in 1900", "seit Beginn der
  Radiosondierungen 1954", "from July 2023", "in den Jahren 2022 und 2023", "Seit 2000", "in
  2020", "zuletzt 1999" ("zuletzt" no hedge), "starts in 1850", "seit 1951", "since 2006",
  "since 1910".
- Rainfall, snow, water, wind and other physical measures are counts of the figure as
  written (fourth, forty-seventh, hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fifty-first): rain ("rund 84 Litern pro Quadratmeter ... von 66 Litern",
  "6,8 Liter ..., normal sind rund 38 Liter", "104 Liter", "128 Liter pro Quadratmeter",
  "rund 157 Litern", "mehr als 250 Liter" "over", "286 l/m²" (forty-seventh: the symbol read
  as the words), "rund 690 Litern", "28.1 inches, 1.9 inches below normal", "Only 71.4mm"
  ("Only" no hedge), "112.6mm", "more than 18 inches" "over", "More than 140mm" "over",
  "1,082mm"); snow ("2,80 Meter Schnee, rund 60 Zentimeter weniger", "bis zu 130 Zentimeter
  Neuschnee" and "bis zu 45 Zentimeter" "up_to", "2,35 Metern", "38 Zentimetern", "21.4
  inches of snow water equivalent" and "27.6 inches" - "peaked at" and "topped out at" no
  hedge); heights and depths ("in 3.106 Metern Seehöhe", "auf 5180 Meter über Meer" - "über
  Meer" after a figure none -, "below 7,000 feet" 7,000 "under" -
  three-hundred-and-twenty-fourth: "below 5.9 trillion euros"); water levels ("rund 2,1
  Meter höher ... als das mittlere Hochwasser", "um 2,9 Meter auf 5,46 Meter", "4,92
  Metern", "4,193.2 feet above sea level ..., up 1.8 feet" - "up" before a figure gives a
  direction and no hedge, hundred-tenth: "revised the figure up to 468" -, "about 3 feet ...
  4,197 feet", "up to 14 feet" "up_to", "4.6 metres, about 0.4 metres below", "about 4.6
  millimetres", "1.3 metres of water equivalent" with "on average" no hedge); wind ("152
  Kilometern pro Stunde, was Windstärke 12 entspricht" 152 and 12 - forty-seventh:
  Windstärke on the Beaufort scale -, "in der Spitze 171 Kilometer pro Stunde" - "in der
  Spitze" no hedge, as "peak winds" (two-hundred-and-ninety-first) -, "96mph", "87mph",
  "83mph" glued, "speed restrictions of 60mph", "140 mph (225 kph)" both - the converted
  figure in brackets, eightieth, hundred-ninety-fourth -, "by 50 mph in 24 hours ..., well
  above the 35 mph threshold" 50 and 35 - "well above the" no hedge, hundred-tenth: "far
  beyond the"); hail ("von bis zu vier Zentimetern" "up_to"); areas ("rund 290 Hektar"); ice
  ("rund 1,35 Kubikkilometern"); power and water ("a record 256 gigawatts", "9,214
  megawatts" - "a record" no hedge, twenty-third -, "2,900 million litres a day"
  2,900,000,000 with the scale word multiplying and "a day" none,
  two-hundred-and-fifty-first). New: "225 kph" is the same count as "225 km/h" - "kph", the
  spelling of AP copy, is one more way of writing kilometres per hour, and units of physical
  measures are not checked.
- Percentages as written (every batch; hundred-ninety-fourth for percent of normal): "about
  38%", "um 31 Prozent weniger als im Mittel" ("weniger als" after the figure compares), "4%
  less than average", "about 138% of the median", "124% of average", "rund 55 Prozent des
  Solls", "47% of the 1991-2020 average", "about 20% above normal", "knapp 70 Prozent"
  "nearly", "68% below the long-term average", "3,4 Prozent ihres Volumens", "fast 40
  Prozent" "nearly", "knapp 88 Prozent" "nearly", "93% of the 1991-2020 average".
- Sunshine hours are durations in hours (hundred-ninety-fourth): "mit 38 Stunden", "rund 735
  Stunden, gut 270 Stunden mehr" 735 "about" and 270 "over", "Mit etwa 1.950 Sonnenstunden"
  1950 "about", "1,597 hours". Days and nights of a kind are counts (fifteenth,
  hundred-tenth, hundred-ninety-fourth): "an nur sechs Tagen ..., normal sind 38", "19
  Hitzetage mit mindestens 30 Grad", "im Mittel 16 heiße Tage ..., bis zu 34" ("im Mittel"
  no hedge), "the fifth straight day" and "its ninth straight day" ordinals, "the fourth day
  in a row" 4, „die 17. Tropennacht“ 17. New: „zwei der vergangenen drei Sommer“ gives the
  counts 2 and 3 - a season is no unit of the duration list, so summers are counted as
  nights are ("nine consecutive nights", hundred-tenth), while "Of the last 23 months, 19"
  keeps 23 months and count 19 (hundred-tenth: "in 20 of the past 26 months") and "Each of
  the last 11 years now ranks among the 11 warmest" 11 years and count 11
  (two-hundred-and-fifty-first: "Each of the past 12 years").
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise"; every batch): "Innert
  72 Stunden", "binnen sechs Stunden", "binnen zwölf Stunden", "binnen 72 Stunden" ("innert"
  and "binnen" no hedge), "in fast zwei Monaten" 2 months "nearly" (hundred-tenth: „dem
  Regen von fast zwei Monaten“), "rund 24 Stunden lang" 24 hours "about"
  (two-hundred-and-fifty-first: "zwölf Stunden lang"), "in den vergangenen vier Tagen" 4
  days (hundred-tenth), "in the first 10 days" ordinal 1 and 10 days
  (two-hundred-and-fifty-first), "in 24 hours", "in 36 hours", "over 36 hours" ("over"
  before a span no hedge); record lengths and return periods in years
  (hundred-ninety-fourth, two-hundred-and-ninety-first): "the driest spring in 94 years",
  "in 170 years of records", „einem 50-jährlichen Hochwasser“ 50 years, "roughly once in 75
  years" 75 years "about"; ages ("ein 63 Jahre alter Autofahrer", "ein 71-jähriger Mann", "A
  58-year-old motorist"). „nach der vierten Stunde“ (a school period) is ordinal 4 and no
  duration (two-hundred-and-forty-fourth: „in der ersten Stunde des neuen Jahres“). None:
  "last year", "this year", "this winter", "a day", „wochenlang“, „in diesem Jahr“, „in
  diesem Jahrhundert“, „dieses Sommers“, „des Vorjahres“, „das kommende Jahr“, „Seit Ende
  Juni“, „Seit Anfang April“, „Ende Februar“, "between March and May", "from April to July",
  "between January and September", "since April", "for much of the season", "around the
  clock", "within minutes", clock times ("until 3pm on Sunday", "from 5am until 11am",
  "through 8 p.m. Thursday", "until 9am on Monday"), weekdays and parts of days („in der
  Nacht zum Donnerstag“, „bis Donnerstagmittag“, „am Dienstagmorgen“, „bis zum Mittag“, „um
  Mitternacht“).
- Ordinals and ranks (the issue's "die drittgrößte Stadt"; hundred-tenth,
  hundred-ninety-fourth, two-hundred-and-fifty-first): "third-warmest" (twice),
  "20th-century", "der zweitwärmste", "second-warmest" (three times), "third-lowest", "dem
  ersten heißen Tag" 1, "the fifth straight day", "its ninth straight day", "the fourth day
  in a row", „die 17. Tropennacht“, "der zweithöchste Wert", "die zweithöchste der fünf
  Stufen" 2 and 5, "die dritte dieses Sommers" 3 (the noun left out, ninety-eighth), "the
  second-highest value", "der viertwärmste", "the fifth hurricane and the third major
  hurricane", "second place", "for the 10th year in a row", "das drittwärmste Jahr",
  "fourth-warmest", "for the third year running", "the third-highest total", "in the first
  10 days". "warmest", "driest", "hottest", "a record", „höchste“, „sonnigsten“ and "a new
  high" carry none.
- Fractions and multiples (the issue; every batch): "gut ein Viertel mehr" 0.25 "over", "nur
  etwa halb so lange" 0.5 "about" (seventy-fourth: "nur halb so viel Regen"), "um mehr als
  die Hälfte weniger" 0.5 "over", "weniger als ein Fünftel" 0.2 "under" (hundred-tenth:
  "weniger als ein Viertel"), "auf fast drei Vierteln" 0.75 "nearly"; multiples are counts
  with their hedges (hundred-tenth): "roughly twice the rate" 2 "about", "about 60 times
  more likely" 60 "about". Verbs carry none: „mehr als verdreifacht“.
- Counts otherwise (every batch): "23 separate events", "at least 187 people", "more than
  430 ... Einsätzen", "more than 210,000 properties", "around 96,000 customers", "19 have
  been", "11 districts", "At least 33 people", "about 1.2 million customers" 1,200,000,
  "Eight of the Environment Agency's 14 areas" (a definite group, hundred-sixty-eighth),
  "Mehr als 1.400 Einsatzkräfte", "23 AEMET stations ... four regions", "286 deaths", "rund
  310 hitzebedingte Einsätze", "14 heat-related deaths ... 61 more" ("more" after a figure
  no hedge), "12 community centers", "An 41 Stationen", "186 Landkreise", "all nine English
  regions" and "alle 14 Landkreise" ("all", "alle" no hedge, forty-first), "More than
  600,000 homes and businesses", "At least four people", "mehr als 3.200 Feuerwehrleute",
  "Rund 1.100 Menschen ..., in 14 Gemeinden", "14 of the 21 fire weather districts", "20
  Referenzgletschern ... rund 1400 Gletscher", "47 flood warnings and 82 flood alerts",
  "About 310 properties", "mehr als 260 witterungsbedingte Unfälle", "86 Flüge", "more than
  820,000 people", "Neun der zehn wärmsten Jahre" 9 and 10, "zu den zehn wärmsten" 10, "All
  of the UK's nine warmest years" 9, "61 Wald- und Vegetationsflächen", "rund 2.000
  Messstationen", "rund 11'000 Gäste" (the Swiss apostrophe, tenth). Levels and scales
  (twentieth, hundred-ninety-fourth): "auf Stufe 4, gross, der fünfteiligen Skala" 4 and 5,
  "die höchste Waldbrandgefahrenstufe 5", "der Stufe 4 von 4" 4 and 4, "Stufe 4, die
  zweithöchste der fünf Stufen", "a Category 4 hurricane"; colours and storm names none.
  "auf bis zu 18 Kilometern" "up_to" (a tailback, two-hundred-and-ninety-first: „ein zwölf
  Kilometer langer Stau“). None: „Hunderte“, "a single", "each", „mehrere“, "Some areas".
  New: „Eine Vb-Wetterlage“ carries none - the Roman numeral of van Bebber's classes of
  cyclone tracks is part of the pattern's name, as "ERA5" (two-hundred-and-fifty-first) and
  "an EF4" (two-hundred-and-ninety-first) are part of theirs.
- Money in the currency written (every batch): "at least $1 billion" USD "at_least" ("each"
  none, hundred-eighth), "about $96 billion" USD "about", „von jeweils bis zu 10.000 Euro“
  EUR "up_to" („jeweils“ no hedge, two-hundred-and-fifty-first), "A$120 million" AUD.
- Dates and datelines: dates in the text without a year ("am 19. Januar" --01-19, "am 4.
  Januar", "on Feb. 19", "on April 1", "since May 1", "am 27. Mai", "from June 10", "on
  September 26", „an einem 21. November“); Reuters datelines with a day ("WASHINGTON, Jan 10
  (Reuters)", "BRUSSELS, March 6 (Reuters)", "NEW DELHI, May 14 (Reuters)", "MADRID, June 27
  (Reuters)", "BRUSSELS, Aug 6 (Reuters)", "GENEVA, Dec 4 (Reuters)") dates without a year
  (hundred-ninety-fourth, two-hundred-and-fifty-first); dpa, dpa/bb, dpa/lby, APA,
  Keystone-SDA, PA ("LONDON (PA) -", "CARDIFF (PA) -"), AP ("SALT LAKE CITY (AP) —", "LAS
  VEGAS (AP) —", "LAKE CHARLES, La. (AP) —") and AAP datelines none (seventy-ninth). Months
  alone, weekdays and clock times none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly" "about"; „knapp“, „fast“ "nearly"; „mehr als“, „Mehr als“, „gut“, "more than",
  "More than", "above" before a figure "over"; „weniger als“ and "below" before a figure
  "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least", "At least", "at or above"
  "at_least". No hedge: „durchschnittlich“, „im Mittel“, „nur“, "Only", „sogar“, „bereits“,
  „zusammen“, „jeweils“, „zuletzt“, „alle“, "All", „in der Spitze“, "plus" and "minus"
  (signs), "averaging", "averaged", "on average", "peaked at", "topped out at", "up" before
  a figure, "a record", "well above the", "innert", „binnen“, "over" before a span, "more"
  after a figure, and „über“, „weniger als“, „mehr als“, "above", "below", "less than",
  "warmer than", „höher ... als“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte der Deutsche
  Wetterdienst (DWD) am Freitag mit“ -> "der Deutsche Wetterdienst" (the abbreviation in
  brackets and the weekday dropped; two-hundred-and-fifty-first), „teilte der Deutsche
  Wetterdienst mit“ and „wie der Deutsche Wetterdienst am Dienstag nach Auswertung ...
  mitteilte“ (hundred-ninety-fourth), „so der DWD“ -> "der DWD", „teilte GeoSphere Austria
  (am Montag) mit“ -> "GeoSphere Austria" (twice), „teilte die Polizei mit“ (twice) -> "die
  Polizei"; „X sagte, ...“ and „sagte X“ with the title dropped („GeoSphere-Klimatologin“,
  „SLF-Lawinenwarner“, „DWD-Klimaexperte“, „GeoSphere-Klimaforscher“, „DWD-Meteorologe“,
  „MeteoSchweiz-Klimatologe“, „DWD-Sprecherin“, „Glamos-Leiterin“, „DWD-Klimachef“;
  hundred-eightieth, two-hundred-and-fifty-first). English: "the National Oceanic and
  Atmospheric Administration said", "the India Meteorological Department said", "the
  Copernicus Climate Change Service said in a bulletin on Tuesday" (hundred-ninety-fourth:
  "... said in its monthly bulletin"), "the National Hurricane Center said", "the Bureau of
  Meteorology said", "the World Meteorological Organization said on Monday" (the weekday
  dropped), "In Ireland, Met Éireann said" -> "Met Éireann", "police said" -> "police"
  (seventeenth, two-hundred-and-ninety-first), named people with the role dropped ("NOAA
  climatologist Darnell Whitcombe", "State climatologist Jared Ellingson", "Met Office
  scientist Imogen Treharne", "AEMET spokesman Ignacio Barrachina", "Met Office
  meteorologist Callum Ashdown", "C3S senior scientist Pieter Wouterse", "Bureau
  climatologist Skye Pennington", "Met Office hydrologist Gareth Pennant-Lloyd", "Met Office
  climate scientist Imogen Treharne") and "told reporters" (Whitcombe, Vandenbroucke;
  two-hundred-and-fourth). Left unchecked (None): all negatives, also those with a named
  speaker; verbs of measuring, counting, warning, issuing and announcing („maß der Deutsche
  Wetterdienst“, „hatte ... ausgegeben“, „Der DWD warnte“, „Der Deutsche Wetterdienst
  warnte“, „MeteoSchweiz erhöhte“, „Die Polizei zählte“, „rief ... aus“, „kündigte ... an“,
  "NOAA counted", "The IMD issued", "Southern Water announced", "The federal government
  announced"; ninety-ninth, hundred-ninety-fourth, two-hundred-and-ninety-first), data and
  documents („Der Dürremonitor ... zeigt“, „das zeigte der Wetterballon von Payerne“, „wie
  aus dem Bericht des Gletschermessnetzes Glamos hervorgeht“, „wie aus der vorläufigen
  Jahresbilanz des Deutschen Wetterdienstes hervorgeht“, "Energy Networks Association
  figures showed", "Copernicus data showed", "provisional Met Office figures show",
  "according to provisional Met Office figures", "Provisional figures showed", "Met Office
  figures showed", "National Weather Service data showed", "the report said", "according to
  the report"; hundred-ninety-fourth, two-hundred-and-fifty-first), „nach eigenen Angaben“,
  „Nach Angaben des Landesfeuerwehrverbands“ and „nach Angaben des Betreibers“ (masculine
  genitives left open, hundredth, two-hundred-and-fifty-first), "according to ..." (the U.S.
  Drought Monitor, the Natural Resources Conservation Service, the Colorado Basin River
  Forecast Center, state health officials, PowerOutage.us, an estimate by Spain's Carlos III
  Health Institute; two-hundred-and-fifty-first), firms ("ESB Networks said", "NV Energy
  said", "Thames Water said"; two-hundred-and-twelfth, two-hundred-and-ninety-first), roles
  and groups ("the power ministry said", "the local council said", "State officials said",
  "county officials said", "state officials said", "forecasters said"; forty-first,
  hundred-tenth), descriptions before a name ("state weather agency AEMET said", "the IPMA
  weather institute said"; fortieth) and rows without attribution. To keep the checked
  speakers near 35, as the two-hundred-and-ninety-first batch did, this batch gives many
  readings no attribution at all rather than leave settled forms unchecked.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_330 = [
    # --- NOAA's climate year 2027 (Reuters), January 10 ---
    (
        "en",
        "WASHINGTON, Jan 10 (Reuters) - The contiguous United States had its third-warmest year on record in 2027, averaging 54.9 degrees Fahrenheit, or 2.8 degrees warmer than an average 20th-century year, the National Oceanic and Atmospheric Administration said.",
        True,
        [
            ("date", "--01-10", None, None),
            ("ordinal", 3, None, None),
            ("year", 2027, None, None),
            ("count", 54.9, None, None),
            ("count", 2.8, None, None),
            ("ordinal", 20, None, None),
        ],
        "the National Oceanic and Atmospheric Administration",
    ),
    (
        "en",
        "NOAA counted 23 separate events last year whose damage each reached at least $1 billion.",
        True,
        [("count", 23, None, None), ("money", 1000000000, "USD", "at_least")],
        None,
    ),
    (
        "en",
        "Their combined cost came to about $96 billion, and at least 187 people were killed.",
        True,
        [("money", 96000000000, "USD", "about"), ("count", 187, None, "at_least")],
        None,
    ),
    (
        "en",
        "Precipitation across the contiguous states averaged 28.1 inches, 1.9 inches below normal.",
        True,
        [("count", 28.1, None, None), ("count", 1.9, None, None)],
        None,
    ),
    (
        "en",
        "NOAA climatologist Darnell Whitcombe told reporters that a stubborn ridge of high pressure over the southern Plains had blocked storms for much of the summer.",
        True,
        [],
        "Darnell Whitcombe",
    ),
    (
        "en",
        '"The bill for these disasters keeps landing on the same communities, year after year," Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drought covered about 38% of the contiguous states at the end of December, according to the U.S. Drought Monitor.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "Forecasters expect La Niña to fade by late spring, though its effect on summer rain remains uncertain.",
        False,
        [],
        None,
    ),
    # --- DWD-Januarbilanz (dpa), Ende Januar ---
    (
        "de",
        "Offenbach (dpa) - Der Januar 2028 war in Deutschland deutlich zu mild, teilte der Deutsche Wetterdienst (DWD) am Freitag mit: Mit durchschnittlich 3,1 Grad lag er um 2,6 Grad über dem Schnitt der Jahre 1961 bis 1990.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 3.1, None, None),
            ("count", 2.6, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Gegenüber der wärmeren Vergleichsperiode 1991 bis 2020 betrug das Plus 1,7 Grad.",
        True,
        [("year", 1991, None, None), ("year", 2020, None, None), ("count", 1.7, None, None)],
        None,
    ),
    (
        "de",
        "Mit rund 84 Litern pro Quadratmeter fiel gut ein Viertel mehr Niederschlag als im langjährigen Mittel von 66 Litern.",
        True,
        [("count", 84, None, "about"), ("fraction", 0.25, None, "over"), ("count", 66, None, None)],
        None,
    ),
    (
        "de",
        "Die Sonne zeigte sich mit 38 Stunden nur etwa halb so lange wie in einem durchschnittlichen Januar.",
        True,
        [("duration", 38, "hour", None), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "de",
        "Am mildesten war es am 19. Januar in Emmendingen-Mundingen mit 18,2 Grad.",
        True,
        [("date", "--01-19", None, None), ("count", 18.2, None, None)],
        None,
    ),
    (
        "de",
        "Die tiefste Temperatur meldete am 4. Januar die Zugspitze mit −19,6 °C.",
        True,
        [("date", "--01-04", None, None), ("count", -19.6, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Winter, wie ihn unsere Großeltern kannten, wird im Flachland zur Ausnahme“, sagte DWD-Sprecherin Friederike Lanzendörfer.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Februar noch richtigen Winter bringt, ließ der Wetterdienst offen.", False, [], None),
    # --- Orkantief über Norddeutschland (dpa), Februar ---
    (
        "de",
        "Hamburg (dpa) - Das Orkantief „Gunhild“ ist in der Nacht zum Donnerstag mit Orkanböen über die Küsten gefegt und hat den Zugverkehr im Norden weitgehend zum Erliegen gebracht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die stärkste Böe maß der Deutsche Wetterdienst auf Helgoland mit 152 Kilometern pro Stunde, was Windstärke 12 entspricht.",
        True,
        [("count", 152, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Brocken im Harz erreichte der Wind in der Spitze 171 Kilometer pro Stunde.",
        True,
        [("count", 171, None, None)],
        None,
    ),
    (
        "de",
        "Der Fernverkehr der Bahn ruhte nördlich von Hannover bis Donnerstagmittag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Allein in Hamburg rückte die Feuerwehr nach eigenen Angaben zu mehr als 430 sturmbedingten Einsätzen aus.",
        True,
        [("count", 430, None, "over")],
        None,
    ),
    (
        "de",
        "In Schleswig-Holstein wurde ein 63 Jahre alter Autofahrer von einem umstürzenden Baum getroffen und schwer verletzt, teilte die Polizei mit.",
        True,
        [("duration", 63, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "In Husum lief das Hochwasser rund 2,1 Meter höher auf als das mittlere Hochwasser.",
        True,
        [("count", 2.1, None, "about")],
        None,
    ),
    ("de", "Wer nicht raus muss, sollte Wälder und Parks meiden, bis der Sturm abflaut, riet der DWD.", False, [], None),
    # --- Storm Orrin (PA), February ---
    (
        "en",
        "LONDON (PA) - Storm Orrin brought a gust of 96mph to Capel Curig in north Wales overnight, and an amber wind warning for much of Wales and northern England stayed in force until 3pm on Sunday.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "en",
        "Energy Networks Association figures showed that more than 210,000 properties lost electricity as the storm peaked.",
        True,
        [("count", 210000, None, "over")],
        None,
    ),
    (
        "en",
        "In Ireland, Met Éireann said a status red wind warning for Galway and Mayo would run from 5am until 11am on Sunday.",
        True,
        [],
        "Met Éireann",
    ),
    (
        "en",
        "A gust of 87mph was measured at Mace Head on the Galway coast.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "ESB Networks said around 96,000 customers had lost supply.",
        True,
        [("count", 96000, None, "about")],
        None,
    ),
    (
        "en",
        "A 58-year-old motorist was killed near Kendal when a falling tree struck his car, police said.",
        True,
        [("duration", 58, "year", None)],
        "police",
    ),
    ("en", "Police urged drivers to stay off exposed coastal roads until the wind eased.", False, [], None),
    ("en", "Forecasters said more unsettled weather was likely into next week.", False, [], None),
    # --- Winterbilanz GeoSphere Austria (APA), Anfang März ---
    (
        "de",
        "Wien (APA) - Der Winter 2027/28 war in Österreich der zweitwärmste der Messgeschichte, teilte GeoSphere Austria am Montag mit.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("ordinal", 2, None, None)],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Im Tiefland betrug die Abweichung zum Mittel 1991 bis 2020 plus 2,4 Grad, im Gebirge plus 1,9 Grad.",
        True,
        [
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("count", 2.4, None, None),
            ("count", 1.9, None, None),
        ],
        None,
    ),
    (
        "de",
        "Niederschlag fiel österreichweit um 31 Prozent weniger als im Mittel, in Osttirol und Kärnten sogar um mehr als die Hälfte weniger.",
        True,
        [("percent", 31, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "In Klagenfurt lag an nur sechs Tagen eine geschlossene Schneedecke, normal sind 38.",
        True,
        [("count", 6, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Hohen Sonnblick in 3.106 Metern Seehöhe maßen die Beobachter Ende Februar 2,80 Meter Schnee, rund 60 Zentimeter weniger als im Schnitt.",
        True,
        [("count", 3106, None, None), ("count", 2.8, None, None), ("count", 60, None, "about")],
        None,
    ),
    (
        "de",
        "GeoSphere-Klimatologin Veronika Strasshofer sagte, verantwortlich seien wiederholte Südwestlagen mit sehr milder Luft aus dem Mittelmeerraum gewesen.",
        True,
        [],
        "Veronika Strasshofer",
    ),
    (
        "de",
        "„Für Skigebiete in tiefen Lagen wird das zur Existenzfrage“, sagte Strasshofer.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich die Schneelage im März noch bessert, halten die Meteorologen für offen.", False, [], None),
    # --- Copernicus February bulletin (Reuters), March 6 ---
    (
        "en",
        "BRUSSELS, March 6 (Reuters) - Last month was the second-warmest February on record globally, its surface air temperature averaging 13.61C, or 0.69C above the month's 1991-2020 mean, Copernicus data showed on Wednesday.",
        True,
        [
            ("date", "--03-06", None, None),
            ("ordinal", 2, None, None),
            ("count", 13.61, None, None),
            ("count", 0.69, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "February was 1.58C warmer than the 1850-1900 pre-industrial level.",
        True,
        [("count", 1.58, None, None), ("year", 1850, None, None), ("year", 1900, None, None)],
        None,
    ),
    (
        "en",
        "Of the last 23 months, 19 have been more than 1.5C warmer than that baseline.",
        True,
        [("duration", 23, "month", None), ("count", 19, None, None), ("count", 1.5, None, "over")],
        None,
    ),
    (
        "en",
        "Sea ice in the Arctic covered 4% less than average, the third-lowest February extent in the satellite record.",
        True,
        [("percent", 4, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The daily sea surface temperature over the extra-polar ocean reached 20.94C on Feb. 19, a record for the month.",
        True,
        [("count", 20.94, None, None), ("date", "--02-19", None, None)],
        None,
    ),
    (
        "en",
        "Copernicus deputy director Sofie Vandenbroucke told reporters that the El Niño which peaked in December had added heat to an already warming ocean.",
        True,
        [],
        "Sofie Vandenbroucke",
    ),
    (
        "en",
        '"Each record tells us the same story, and it is not getting any kinder," Vandenbroucke said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the year will end as the warmest on record is too early to say, scientists said.",
        False,
        [],
        None,
    ),
    # --- Neuschnee und Lawinengefahr (Keystone-SDA), März ---
    (
        "de",
        "Davos (Keystone-SDA) - Innert 72 Stunden sind in den Glarner Alpen und im nördlichen Graubünden bis zu 130 Zentimeter Neuschnee gefallen.",
        True,
        [("duration", 72, "hour", None), ("count", 130, None, "up_to")],
        None,
    ),
    (
        "de",
        "Das Institut für Schnee- und Lawinenforschung (SLF) hob die Lawinengefahr für Teile Graubündens auf Stufe 4, gross, der fünfteiligen Skala an.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Am Weissfluhjoch oberhalb von Davos lag am Mittwochmorgen eine Schneedecke von 2,35 Metern.",
        True,
        [("count", 2.35, None, None)],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Graubünden sperrte den Flüelapass, die Rhätische Bahn stellte den Betrieb zwischen Klosters und Davos vorübergehend ein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zermatt war rund 24 Stunden lang von der Umwelt abgeschnitten, rund 11'000 Gäste sassen fest.",
        True,
        [("duration", 24, "hour", "about"), ("count", 11000, None, "about")],
        None,
    ),
    (
        "de",
        "SLF-Lawinenwarner Curdin Jenal sagte, an Nordhängen liege eine schwache Altschneeschicht unter dem frischen Triebschnee.",
        True,
        [],
        "Curdin Jenal",
    ),
    (
        "de",
        "Tourengängern rät das SLF dringend, vorerst auf Abfahrten abseits markierter Pisten zu verzichten.",
        False,
        [],
        None,
    ),
    ("de", "«Dieser Schnee ist Geschenk und Risiko zugleich», sagte Jenal.", False, [], None),
    # --- Utah snowpack and the Great Salt Lake (AP), April ---
    (
        "en",
        "SALT LAKE CITY (AP) — Utah's statewide snowpack peaked at 21.4 inches of snow water equivalent this winter, about 138% of the median, according to the Natural Resources Conservation Service.",
        True,
        [("count", 21.4, None, None), ("percent", 138, "%", "about")],
        None,
    ),
    (
        "en",
        "It was the state's deepest snowpack since 2023, when it topped out at 27.6 inches.",
        True,
        [("year", 2023, None, None), ("count", 27.6, None, None)],
        None,
    ),
    (
        "en",
        "The Great Salt Lake's south arm stood at 4,193.2 feet above sea level on April 1, up 1.8 feet from its autumn low.",
        True,
        [("count", 4193.2, None, None), ("date", "--04-01", None, None), ("count", 1.8, None, None)],
        None,
    ),
    (
        "en",
        "State officials said the lake still needed to rise about 3 feet to reach the minimum healthy level of 4,197 feet.",
        True,
        [("count", 3, None, "about"), ("count", 4197, None, None)],
        None,
    ),
    (
        "en",
        "State climatologist Jared Ellingson said warm February storms had fallen as rain below 7,000 feet, reducing the share of snow that would reach reservoirs.",
        True,
        [("count", 7000, None, "under")],
        "Jared Ellingson",
    ),
    (
        "en",
        '"A good winter does not undo a decade of drought," Ellingson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Runoff into Lake Powell from April to July is forecast at 7.9 million acre-feet, or 124% of average, according to the Colorado Basin River Forecast Center.",
        True,
        [("count", 7900000, None, None), ("percent", 124, "%", None)],
        None,
    ),
    (
        "en",
        "Water managers cautioned that a single wet year would not end the squeeze on the Colorado River.",
        False,
        [],
        None,
    ),
    # --- Dürre in Brandenburg (dpa/bb), Ende April ---
    (
        "de",
        "Potsdam (dpa/bb) - Brandenburg erlebt nach dem trockensten April seit Beginn der Wetteraufzeichnungen 1881 eine außergewöhnliche Dürre im Oberboden.",
        True,
        [("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Im Landesmittel fielen im April nur 6,8 Liter Regen pro Quadratmeter, normal sind rund 38 Liter, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 6.8, None, None), ("count", 38, None, "about")],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Das ist weniger als ein Fünftel der üblichen Menge.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "de",
        "Der Dürremonitor des Helmholtz-Zentrums für Umweltforschung zeigt im Gesamtboden auf fast drei Vierteln der Landesfläche extreme oder außergewöhnliche Dürre.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das Landesamt für Umwelt rief für alle 14 Landkreise die höchste Waldbrandgefahrenstufe 5 aus.",
        True,
        [("count", 14, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Seit Anfang April brannten im Land bereits 61 Wald- und Vegetationsflächen mit zusammen rund 290 Hektar.",
        True,
        [("count", 61, None, None), ("count", 290, None, "about")],
        None,
    ),
    ("de", "Die Bauern im Land hoffen nun auf einen ergiebigen Landregen im Mai.", False, [], None),
    (
        "de",
        "„Wir säen in Staub und beten um Regen“, sagte ein Landwirt aus der Prignitz.",
        False,
        [],
        None,
    ),
    # --- Heat in northern India (Reuters), May 14 ---
    (
        "en",
        "NEW DELHI, May 14 (Reuters) - The temperature in the desert town of Phalodi in Rajasthan hit 49.2 degrees Celsius on Tuesday, the highest in India this year, the India Meteorological Department said.",
        True,
        [("date", "--05-14", None, None), ("count", 49.2, None, None)],
        "the India Meteorological Department",
    ),
    (
        "en",
        "In the capital, the Safdarjung observatory recorded 46.1C, 5.4 degrees above normal and the fifth straight day above 45C.",
        True,
        [
            ("count", 46.1, None, None),
            ("count", 5.4, None, None),
            ("ordinal", 5, None, None),
            ("count", 45, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The IMD issued a red alert for 11 districts across Rajasthan, Haryana and Uttar Pradesh.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Peak power demand hit a record 256 gigawatts during Monday's afternoon heat, the power ministry said.",
        True,
        [("count", 256, None, None)],
        None,
    ),
    (
        "en",
        "At least 33 people have died of suspected heatstroke since May 1, according to state health officials.",
        True,
        [("count", 33, None, "at_least"), ("date", "--05-01", None, None)],
        None,
    ),
    (
        "en",
        "A pre-monsoon thunderstorm could bring temperatures down by 3 to 4 degrees by the weekend, forecasters said.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Authorities urged residents to stay indoors in the afternoon and to drink water even when they are not thirsty.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The walls of our house stay hot all night, even the fan blows warm air," said a rickshaw driver in east Delhi.',
        False,
        [],
        None,
    ),
    # --- DWD-Frühlingsbilanz (dpa), Ende Mai ---
    (
        "de",
        "Offenbach (dpa) - Der Frühling 2028 war in Deutschland einer der sonnigsten und trockensten seit Messbeginn, wie der Deutsche Wetterdienst am Dienstag nach Auswertung der Daten seiner rund 2.000 Messstationen mitteilte.",
        True,
        [("year", 2028, None, None), ("count", 2000, None, "about")],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Mit 9,7 Grad lag die Mitteltemperatur um 2,0 Grad über dem Wert der Periode 1961 bis 1990.",
        True,
        [
            ("count", 9.7, None, None),
            ("count", 2.0, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "Es fielen nur 104 Liter pro Quadratmeter, rund 55 Prozent des Solls.",
        True,
        [("count", 104, None, None), ("percent", 55, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Sonne schien rund 735 Stunden, gut 270 Stunden mehr als im Mittel.",
        True,
        [("duration", 735, "hour", "about"), ("duration", 270, "hour", "over")],
        None,
    ),
    (
        "de",
        "Am wärmsten war es am 27. Mai in Bad Kreuznach mit 31,4 Grad, dem ersten heißen Tag des Jahres.",
        True,
        [("date", "--05-27", None, None), ("count", 31.4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "DWD-Klimaexperte Henning Kahlmeyer sagte, ein blockierendes Hoch über Skandinavien habe die Tiefdruckgebiete wochenlang von Deutschland ferngehalten.",
        True,
        [],
        "Henning Kahlmeyer",
    ),
    (
        "de",
        "„Solche Frühjahre waren früher die Ausnahme, heute müssen wir mit ihnen rechnen“, sagte Kahlmeyer.",
        False,
        [],
        None,
    ),
    ("de", "Eine grundlegende Umstellung der Wetterlage sehen die Meteorologen vorerst nicht.", False, [], None),
    # --- England's dry spring (PA), June 1 ---
    (
        "en",
        "LONDON (PA) - Only 71.4mm of rain fell in England between March and May, making it the driest spring in 94 years, provisional Met Office figures show.",
        True,
        [("count", 71.4, None, None), ("duration", 94, "year", None)],
        None,
    ),
    (
        "en",
        "The UK as a whole received 112.6mm, 47% of the 1991-2020 average for the season.",
        True,
        [
            ("count", 112.6, None, None),
            ("percent", 47, "%", None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "The mean temperature of 9.9C made it the UK's second-warmest spring on record.",
        True,
        [("count", 9.9, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Met Office scientist Imogen Treharne said high pressure had sat over or near the UK for much of the season, steering Atlantic rain bands to the north.",
        True,
        [],
        "Imogen Treharne",
    ),
    ("en", '"Nature is resilient, but it has its limits," Treharne said.', False, [], None),
    (
        "en",
        "Southern Water announced a hosepipe ban from June 10 covering about 1.2 million customers across Hampshire and the Isle of Wight.",
        True,
        [("date", "--06-10", None, None), ("count", 1200000, None, "about")],
        None,
    ),
    (
        "en",
        "Eight of the Environment Agency's 14 areas were in prolonged dry weather status at the end of May.",
        True,
        [("count", 8, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Gardeners were asked to use watering cans rather than sprinklers and to let their lawns go brown.",
        False,
        [],
        None,
    ),
    # --- Starkregen in Niederbayern (dpa/lby), Juni ---
    (
        "de",
        "Passau (dpa/lby) - Heftige Gewitter mit Starkregen haben in Niederbayern Hunderte Keller geflutet und mehrere Ortschaften von der Außenwelt abgeschnitten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An der DWD-Station Aldersbach kamen binnen sechs Stunden 128 Liter pro Quadratmeter zusammen – so viel wie normalerweise in fast zwei Monaten.",
        True,
        [("duration", 6, "hour", None), ("count", 128, None, None), ("duration", 2, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst hatte zuvor eine Unwetterwarnung der Stufe 4 von 4 vor extrem heftigem Starkregen ausgegeben.",
        True,
        [("count", 4, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Pegel der Vils in Vilshofen stieg binnen zwölf Stunden um 2,9 Meter auf 5,46 Meter.",
        True,
        [("duration", 12, "hour", None), ("count", 2.9, None, None), ("count", 5.46, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 1.400 Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Wasserwacht waren im Einsatz.",
        True,
        [("count", 1400, None, "over")],
        None,
    ),
    (
        "de",
        "In Ortenburg wurde ein 71-jähriger Mann in seinem Keller von den Wassermassen eingeschlossen und starb, teilte die Polizei mit.",
        True,
        [("duration", 71, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Im Landkreis Passau zerschlugen Hagelkörner von bis zu vier Zentimetern Dächer und Autoscheiben.",
        True,
        [("count", 4, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Fahren Sie auf keinen Fall durch überflutete Unterführungen“, mahnte die Polizei.",
        False,
        [],
        None,
    ),
    # --- Iberian heat (Reuters), June 27 ---
    (
        "en",
        "MADRID, June 27 (Reuters) - Spain set a new June temperature record on Thursday when the thermometer at Montoro in Cordoba province reached 46.3C, state weather agency AEMET said.",
        True,
        [("date", "--06-27", None, None), ("count", 46.3, None, None)],
        None,
    ),
    (
        "en",
        "The previous June high of 45.2C had been set in Seville in 2019.",
        True,
        [("count", 45.2, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Readings above 44C were logged at 23 AEMET stations, and red warnings were in force in four regions.",
        True,
        [("count", 44, None, "over"), ("count", 23, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "In Portugal, the IPMA weather institute said Mora in the Alentejo had reached 45.7C.",
        True,
        [("count", 45.7, None, None)],
        None,
    ),
    (
        "en",
        "According to an estimate by Spain's Carlos III Health Institute, 286 deaths in the first 10 days of the heatwave were attributable to the heat.",
        True,
        [("count", 286, None, None), ("ordinal", 1, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "The heatwave will last at least four more days, AEMET spokesman Ignacio Barrachina said.",
        True,
        [("duration", 4, "day", "at_least")],
        "Ignacio Barrachina",
    ),
    (
        "en",
        "Authorities in Andalusia told people to postpone outdoor work until evening and to look in on elderly relatives.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"At night the flat never cools down, we just lie there waiting for morning," said a pensioner in Cordoba.',
        False,
        [],
        None,
    ),
    # --- Hitzewelle in Ostösterreich (APA), Juli ---
    (
        "de",
        "Wien (APA) - Die Hitzewelle hat Österreich am Mittwoch mit 38,6 Grad in Bad Deutsch-Altenburg den bislang heißesten Tag dieses Jahres beschert.",
        True,
        [("count", 38.6, None, None)],
        None,
    ),
    (
        "de",
        "In der Wiener Innenstadt sank die Temperatur in der Nacht auf Mittwoch nur auf 26,2 Grad, es war bereits die 17. Tropennacht dieses Sommers.",
        True,
        [("count", 26.2, None, None), ("ordinal", 17, None, None)],
        None,
    ),
    (
        "de",
        "Für Wien, Niederösterreich und das Burgenland galt die höchste Hitzewarnstufe Rot von GeoSphere Austria.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit Ende Juni zählte die Station Innere Stadt bereits 19 Hitzetage mit mindestens 30 Grad.",
        True,
        [("count", 19, None, None), ("count", 30, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Wiener Berufsrettung verzeichnete in den vergangenen vier Tagen nach eigenen Angaben rund 310 hitzebedingte Einsätze.",
        True,
        [("duration", 4, "day", None), ("count", 310, None, "about")],
        None,
    ),
    (
        "de",
        "GeoSphere-Klimaforscher Lukas Haidvogl sagte, die Zahl der Hitzetage in Wien habe sich seit den 1960er-Jahren mehr als verdreifacht.",
        True,
        [],
        "Lukas Haidvogl",
    ),
    (
        "de",
        "„Hitze ist die am meisten unterschätzte Naturgefahr in diesem Land“, sagte Haidvogl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ältere Menschen sollten mittags in kühlen Räumen bleiben und regelmäßig trinken, rät das Gesundheitsministerium.",
        False,
        [],
        None,
    ),
    # --- Las Vegas heat (AP), July ---
    (
        "en",
        "LAS VEGAS (AP) — Sunday brought Las Vegas a high of 116 degrees Fahrenheit (46.7 Celsius), its ninth straight day at or above 110 degrees, National Weather Service data showed.",
        True,
        [
            ("count", 116, None, None),
            ("count", 46.7, None, None),
            ("ordinal", 9, None, None),
            ("count", 110, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "The overnight low at Harry Reid International Airport was 93 degrees, a record warm low for the date.",
        True,
        [("count", 93, None, None)],
        None,
    ),
    (
        "en",
        "An extreme heat warning was extended through 8 p.m. Thursday for the Las Vegas valley and much of southern Nevada.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Clark County's coroner has confirmed 14 heat-related deaths this year and is investigating 61 more.",
        True,
        [("count", 14, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "NV Energy said customer demand peaked at 9,214 megawatts on Saturday, a record for the utility.",
        True,
        [("count", 9214, None, None)],
        None,
    ),
    (
        "en",
        "Cooling stations at 12 community centers will stay open around the clock, county officials said.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Officials urged residents to look in on neighbors and reminded parents that a parked car can turn deadly within minutes.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"You open the front door and it feels like opening an oven," said a construction foreman on the Strip.',
        False,
        [],
        None,
    ),
    # --- Hitze in Deutschland (dpa), Juli ---
    (
        "de",
        "Offenbach (dpa) - Mit 39,7 Grad in Bad Mergentheim hat die Hitze in Deutschland am Mittwoch ihren vorläufigen Höhepunkt erreicht.",
        True,
        [("count", 39.7, None, None)],
        None,
    ),
    (
        "de",
        "An 41 Stationen des Messnetzes wurden neue Monatsrekorde für den Juli registriert.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Der DWD warnte für 186 Landkreise vor extremer Hitze mit gefühlten Temperaturen von mehr als 38 Grad.",
        True,
        [("count", 186, None, None), ("count", 38, None, "over")],
        None,
    ),
    (
        "de",
        "In Berlin zeigte das Thermometer auch um Mitternacht noch 29 Grad.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "In mehreren Bundesländern endete der Unterricht an vielen Schulen nach der vierten Stunde.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "DWD-Meteorologe Jonas Utzschneider sagte, am Freitag ziehe von Westen eine Kaltfront heran, hinter der die Höchstwerte um bis zu 12 Grad sinken dürften.",
        True,
        [("count", 12, None, "up_to")],
        "Jonas Utzschneider",
    ),
    (
        "de",
        "„Gerade ältere Menschen unterschätzen, wie gefährlich solche Tage sind“, sagte Utzschneider.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Sommer noch einen neuen Rekord bringt, wollen die Meteorologen nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- Heat in England (PA), July ---
    (
        "en",
        "LONDON (PA) - Cambridge Botanic Garden recorded 36.9C on Thursday, the year's highest temperature to date, according to provisional Met Office figures.",
        True,
        [("count", 36.9, None, None)],
        None,
    ),
    (
        "en",
        "The UK Health Security Agency's amber heat-health alert covered all nine English regions until 9am on Monday.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Provisional figures showed it was the fourth day in a row on which 32C had been exceeded somewhere in the UK.",
        True,
        [("ordinal", 4, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "en",
        "Network Rail imposed speed restrictions of 60mph on parts of the East Coast Main Line because of the risk of buckled track.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Thames Water said demand had climbed to 2,900 million litres a day, about 20% above normal.",
        True,
        [("count", 2900000000, None, None), ("percent", 20, "%", "about")],
        None,
    ),
    (
        "en",
        "Met Office meteorologist Callum Ashdown said a cold front would knock 8 to 10 degrees off daytime highs by Saturday.",
        True,
        [("count", 8, None, None), ("count", 10, None, None)],
        "Callum Ashdown",
    ),
    (
        "en",
        '"It is simply too hot to be outdoors with the children," said a mother at a paddling pool in Hackney.',
        False,
        [],
        None,
    ),
    (
        "en",
        "People were advised to keep curtains closed during the day and to carry water on public transport.",
        False,
        [],
        None,
    ),
    # --- Nullgradgrenze und Hitzewarnung (Keystone-SDA), Anfang August ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Nullgradgrenze über der Schweiz ist in der Nacht auf Dienstag auf 5180 Meter über Meer gestiegen, das zeigte der Wetterballon von Payerne.",
        True,
        [("count", 5180, None, None)],
        None,
    ),
    (
        "de",
        "Das ist der zweithöchste Wert seit Beginn der Radiosondierungen 1954.",
        True,
        [("ordinal", 2, None, None), ("year", 1954, None, None)],
        None,
    ),
    (
        "de",
        "MeteoSchweiz erhöhte die Hitzewarnung für Genf, Basel und das Tessin auf Stufe 4, die zweithöchste der fünf Stufen.",
        True,
        [("count", 4, None, None), ("ordinal", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "In Genf-Cointrin wurden 37,8 Grad gemessen, in Basel-Binningen 36,9 Grad.",
        True,
        [("count", 37.8, None, None), ("count", 36.9, None, None)],
        None,
    ),
    ("de", "Der Kanton Tessin erliess ein absolutes Feuerverbot im Freien.", True, [], None),
    (
        "de",
        "MeteoSchweiz-Klimatologe Mattia Rezzonico sagte, die Hitzewelle sei bereits die dritte dieses Sommers auf der Alpennordseite.",
        True,
        [("ordinal", 3, None, None)],
        "Mattia Rezzonico",
    ),
    (
        "de",
        "«Wir haben uns an Werte gewöhnt, an die man sich nie gewöhnen sollte», sagte Rezzonico.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bergführer empfehlen, Hochtouren wegen der Steinschlaggefahr schon am frühen Morgen zu beenden.",
        False,
        [],
        None,
    ),
    # --- Copernicus July bulletin (Reuters), August 6 ---
    (
        "en",
        "BRUSSELS, Aug 6 (Reuters) - Last month was the hottest ever measured on Earth, the global surface air temperature averaging 17.24C, the Copernicus Climate Change Service said in a bulletin on Tuesday.",
        True,
        [("date", "--08-06", None, None), ("count", 17.24, None, None)],
        "the Copernicus Climate Change Service",
    ),
    (
        "en",
        "The old record, from July 2023, was beaten by 0.04C.",
        True,
        [("year", 2023, None, None), ("count", 0.04, None, None)],
        None,
    ),
    (
        "en",
        "The month was 1.64C above the 1850-1900 pre-industrial average.",
        True,
        [("count", 1.64, None, None), ("year", 1850, None, None), ("year", 1900, None, None)],
        None,
    ),
    (
        "en",
        "Europe had its second-warmest July, 2.1C above the 1991-2020 average, with heatwaves across the south and east of the continent.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 2.1, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "Global sea surface temperatures averaged 20.98C, the second-highest value for the month.",
        True,
        [("count", 20.98, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "C3S senior scientist Pieter Wouterse said the warmth over the North Atlantic had been unusually persistent since April.",
        True,
        [],
        "Pieter Wouterse",
    ),
    (
        "en",
        '"Behind each of these numbers are people living through the heat," Wouterse said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scientists said it was too early to tell whether the year would beat the current record.",
        False,
        [],
        None,
    ),
    # --- DWD-Sommerbilanz (dpa), Ende August ---
    (
        "de",
        "Offenbach (dpa) - Der Sommer 2028 war in Deutschland der viertwärmste seit Beginn flächendeckender Messungen 1881, so der DWD.",
        True,
        [("year", 2028, None, None), ("ordinal", 4, None, None), ("year", 1881, None, None)],
        "der DWD",
    ),
    (
        "de",
        "Das Mittel von 19,4 Grad übertraf die Referenzperiode 1961 bis 1990 um 3,1 Grad.",
        True,
        [
            ("count", 19.4, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
            ("count", 3.1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Gegenüber dem Sommer des Vorjahres war es um drei Zehntelgrad kühler.",
        True,
        [("count", 0.3, None, None)],
        None,
    ),
    (
        "de",
        "Mit rund 157 Litern pro Quadratmeter erreichte der Niederschlag knapp 70 Prozent seines Solls.",
        True,
        [("count", 157, None, "about"), ("percent", 70, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bundesweit gab es im Mittel 16 heiße Tage mit mindestens 30 Grad, am Oberrhein waren es bis zu 34.",
        True,
        [("count", 16, None, None), ("count", 30, None, "at_least"), ("count", 34, None, "up_to")],
        None,
    ),
    (
        "de",
        "DWD-Sprecherin Friederike Lanzendörfer sagte, zwei der vergangenen drei Sommer hätten zu den zehn wärmsten seit 1881 gehört.",
        True,
        [
            ("count", 2, None, None),
            ("count", 3, None, None),
            ("count", 10, None, None),
            ("year", 1881, None, None),
        ],
        "Friederike Lanzendörfer",
    ),
    (
        "de",
        "„Die Hitze kommt nicht mehr als Überraschung, sie kommt als Routine“, sagte Lanzendörfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für den September rechnen die Meteorologen zunächst mit wechselhaftem, aber mildem Wetter.",
        False,
        [],
        None,
    ),
    # --- Hurricane Leonie (AP), September ---
    (
        "en",
        "LAKE CHARLES, La. (AP) — Hurricane Leonie made landfall near Cameron, Louisiana, early Wednesday as a Category 4 hurricane packing maximum sustained winds of 140 mph (225 kph), the National Hurricane Center said.",
        True,
        [("count", 4, None, None), ("count", 140, None, None), ("count", 225, None, None)],
        "the National Hurricane Center",
    ),
    (
        "en",
        "Leonie strengthened by 50 mph in 24 hours over the unusually warm Gulf, well above the 35 mph threshold forecasters use for rapid intensification.",
        True,
        [("count", 50, None, None), ("duration", 24, "hour", None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "A storm surge of up to 14 feet was reported in Cameron Parish.",
        True,
        [("count", 14, None, "up_to")],
        None,
    ),
    (
        "en",
        "More than 600,000 homes and businesses in Louisiana and Texas were without power on Wednesday afternoon, according to PowerOutage.us.",
        True,
        [("count", 600000, None, "over")],
        None,
    ),
    (
        "en",
        "Some areas near Lake Charles received more than 18 inches of rain in 36 hours.",
        True,
        [("count", 18, None, "over"), ("duration", 36, "hour", None)],
        None,
    ),
    (
        "en",
        "At least four people were killed, state officials said.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "Leonie was the fifth hurricane and the third major hurricane of the Atlantic season.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"If you were told to leave, do not come back until officials say it is safe," the governor said.',
        False,
        [],
        None,
    ),
    # --- Hochwasser in Kärnten (APA), Mitte September ---
    (
        "de",
        "Klagenfurt (APA) - Eine Vb-Wetterlage hat in Kärnten und der Steiermark binnen 72 Stunden örtlich mehr als 250 Liter Regen pro Quadratmeter gebracht.",
        True,
        [("duration", 72, "hour", None), ("count", 250, None, "over")],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen war das Lesachtal, wo die Station Kornat 286 l/m² registrierte, teilte GeoSphere Austria mit.",
        True,
        [("count", 286, None, None)],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Die Gail erreichte in Federaun einen Pegelstand von 4,92 Metern, das entspricht einem 50-jährlichen Hochwasser.",
        True,
        [("count", 4.92, None, None), ("duration", 50, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Landesfeuerwehrverbands standen mehr als 3.200 Feuerwehrleute im Einsatz.",
        True,
        [("count", 3200, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 1.100 Menschen mussten ihre Häuser verlassen, in 14 Gemeinden wurde Zivilschutzalarm ausgelöst.",
        True,
        [("count", 1100, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der Landeshauptmann kündigte für betroffene Haushalte eine Soforthilfe von jeweils bis zu 10.000 Euro an.",
        True,
        [("money", 10000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Die Menschen im Tal sind am Ende ihrer Kräfte“, sagte der Bürgermeister von Kötschach-Mauthen.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Schutzbauten an der Gail ausreichen, ist unter Fachleuten umstritten.", False, [], None),
    # --- Australia's dry September (AAP), October ---
    (
        "en",
        "SYDNEY (AAP) - Australia has had its driest September since national records began in 1900, with rainfall 68% below the long-term average, the Bureau of Meteorology said.",
        True,
        [("year", 1900, None, None), ("percent", 68, "%", None)],
        "the Bureau of Meteorology",
    ),
    (
        "en",
        "The national mean temperature was 2.31C above the 1961-1990 average, making it the third-warmest September on record.",
        True,
        [
            ("count", 2.31, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Sydney's Observatory Hill recorded 35.2C on September 26, its hottest September day in 170 years of records.",
        True,
        [("count", 35.2, None, None), ("date", "--09-26", None, None), ("duration", 170, "year", None)],
        None,
    ),
    (
        "en",
        "Total fire bans were declared for 14 of the 21 fire weather districts in NSW on Friday.",
        True,
        [("count", 14, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "Bureau climatologist Skye Pennington said a positive Indian Ocean Dipole had cut off the moisture that usually feeds spring rain in the south-east.",
        True,
        [],
        "Skye Pennington",
    ),
    (
        "en",
        "The federal government announced A$120 million in drought assistance for farmers in NSW, Victoria and South Australia.",
        True,
        [("money", 120000000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"We\'re hand-feeding every animal we have left and praying for rain," said a sheep farmer near Hay.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Farmers fear the dry spring will force another round of destocking before Christmas.",
        False,
        [],
        None,
    ),
    # --- Gletscherbericht (Keystone-SDA), Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Gletscher sind in diesem Jahr um 3,4 Prozent ihres Volumens geschrumpft, wie aus dem Bericht des Gletschermessnetzes Glamos hervorgeht.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    ("de", "Das entspricht rund 1,35 Kubikkilometern Eis.", True, [("count", 1.35, None, "about")], None),
    (
        "de",
        "Grösser war der Verlust nur in den Jahren 2022 und 2023.",
        True,
        [("year", 2022, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Grund seien der schneearme Winter und die Hitzewellen im Juli und August gewesen, sagte Glamos-Leiterin Livia Gredig.",
        True,
        [],
        "Livia Gredig",
    ),
    (
        "de",
        "Gemessen wurde an 20 Referenzgletschern, die Ergebnisse werden auf rund 1400 Gletscher hochgerechnet.",
        True,
        [("count", 20, None, None), ("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Seit 2000 haben die Gletscher der Schweiz damit fast 40 Prozent ihres Volumens eingebüsst.",
        True,
        [("year", 2000, None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    ("de", "«Wir schauen einem Verschwinden in Zeitlupe zu», sagte Gredig.", False, [], None),
    (
        "de",
        "Ob Abdeckungen mit Vlies den Rückgang nennenswert bremsen können, bezweifeln die Forschenden.",
        False,
        [],
        None,
    ),
    # --- Storm Petroc in Wales (PA), November ---
    (
        "en",
        "CARDIFF (PA) - More than 140mm of rain fell on parts of south Wales in 36 hours as Storm Petroc crossed the UK, Met Office figures showed.",
        True,
        [("count", 140, None, "over"), ("duration", 36, "hour", None)],
        None,
    ),
    (
        "en",
        "At the storm's peak, Natural Resources Wales had 47 flood warnings and 82 flood alerts in force.",
        True,
        [("count", 47, None, None), ("count", 82, None, None)],
        None,
    ),
    (
        "en",
        "The River Taff at Pontypridd peaked at 4.6 metres, about 0.4 metres below the level it reached in 2020.",
        True,
        [("count", 4.6, None, None), ("count", 0.4, None, "about"), ("year", 2020, None, None)],
        None,
    ),
    ("en", "Gusts of 83mph were recorded at Aberdaron in Gwynedd.", True, [("count", 83, None, None)], None),
    (
        "en",
        "About 310 properties were flooded in Rhondda Cynon Taf and Merthyr Tydfil, the local council said.",
        True,
        [("count", 310, None, "about")],
        None,
    ),
    (
        "en",
        "Rainfall of that size over 36 hours would be expected roughly once in 75 years at the wettest gauge, Met Office hydrologist Gareth Pennant-Lloyd said.",
        True,
        [("duration", 36, "hour", None), ("duration", 75, "year", "about")],
        "Gareth Pennant-Lloyd",
    ),
    (
        "en",
        "People were told not to walk or drive through floodwater, even where it looks shallow.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We had barely dried out from the previous flood," said a café owner in Pontypridd.',
        False,
        [],
        None,
    ),
    # --- Wintereinbruch in Südbayern (dpa/lby), 21. November ---
    (
        "de",
        "München (dpa/lby) - Ein früher Wintereinbruch hat im Süden Bayerns bis zu 45 Zentimeter Neuschnee gebracht.",
        True,
        [("count", 45, None, "up_to")],
        None,
    ),
    (
        "de",
        "In Oberstdorf lag am Dienstagmorgen eine geschlossene Schneedecke von 38 Zentimetern.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "So viel Schnee hatte es dort an einem 21. November zuletzt 1999 gegeben.",
        True,
        [("date", "--11-21", None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei zählte in Oberbayern und Schwaben bis zum Mittag mehr als 260 witterungsbedingte Unfälle.",
        True,
        [("count", 260, None, "over")],
        None,
    ),
    (
        "de",
        "Auf der Autobahn zwischen Holzkirchen und Irschenberg staute sich der Verkehr auf bis zu 18 Kilometern.",
        True,
        [("count", 18, None, "up_to")],
        None,
    ),
    (
        "de",
        "Am Flughafen München wurden nach Angaben des Betreibers 86 Flüge gestrichen.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst warnte für die Nacht in den Alpentälern vor strengem Frost von bis zu minus 14 Grad.",
        True,
        [("count", -14, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der ADAC mahnte, ohne Winterreifen das Auto stehen zu lassen und für jede Fahrt mehr Zeit einzuplanen.",
        False,
        [],
        None,
    ),
    # --- WMO provisional climate report (Reuters), December 4 ---
    (
        "en",
        "GENEVA, Dec 4 (Reuters) - The year is heading for second place among the warmest on record, at about 1.52C warmer than pre-industrial times, the World Meteorological Organization said on Monday.",
        True,
        [("date", "--12-04", None, None), ("ordinal", 2, None, None), ("count", 1.52, None, "about")],
        "the World Meteorological Organization",
    ),
    (
        "en",
        "Each of the last 11 years now ranks among the 11 warmest in a series that starts in 1850.",
        True,
        [("duration", 11, "year", None), ("count", 11, None, None), ("year", 1850, None, None)],
        None,
    ),
    (
        "en",
        "Global mean sea level rose by about 4.6 millimetres this year, roughly twice the rate of the 1990s, the report said.",
        True,
        [("count", 4.6, None, "about"), ("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        "Ocean heat content reached a new high for the 10th year in a row.",
        True,
        [("ordinal", 10, None, None)],
        None,
    ),
    (
        "en",
        "The reference glaciers tracked worldwide thinned by 1.3 metres of water equivalent in thickness on average.",
        True,
        [("count", 1.3, None, None)],
        None,
    ),
    (
        "en",
        "Floods, storms and heatwaves displaced more than 820,000 people between January and September, according to the report.",
        True,
        [("count", 820000, None, "over")],
        None,
    ),
    (
        "en",
        '"These are not abstract numbers; they are lost harvests, flooded homes and lost lives," the WMO secretary-general said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether governments will raise their climate targets at the next summit remains unclear.",
        False,
        [],
        None,
    ),
    # --- DWD-Jahresbilanz (dpa), 29. Dezember ---
    (
        "de",
        "Offenbach (dpa) - Mit einer Jahresmitteltemperatur von 10,4 Grad ist 2028 in Deutschland das drittwärmste Jahr seit Beginn regelmäßiger Messungen 1881 gewesen, wie aus der vorläufigen Jahresbilanz des Deutschen Wetterdienstes hervorgeht.",
        True,
        [
            ("count", 10.4, None, None),
            ("year", 2028, None, None),
            ("ordinal", 3, None, None),
            ("year", 1881, None, None),
        ],
        None,
    ),
    (
        "de",
        "Verglichen mit den Jahren 1961 bis 1990 ergibt das ein Plus von 2,2 Grad.",
        True,
        [("year", 1961, None, None), ("year", 1990, None, None), ("count", 2.2, None, None)],
        None,
    ),
    (
        "de",
        "Niederschlag fiel mit rund 690 Litern pro Quadratmeter knapp 88 Prozent des Solls.",
        True,
        [("count", 690, None, "about"), ("percent", 88, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Mit etwa 1.950 Sonnenstunden zählte das Jahr zu den sonnigsten seit 1951.",
        True,
        [("duration", 1950, "hour", "about"), ("year", 1951, None, None)],
        None,
    ),
    (
        "de",
        "Neun der zehn wärmsten Jahre seit 1881 liegen damit in diesem Jahrhundert.",
        True,
        [("count", 9, None, None), ("count", 10, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "DWD-Klimachef Ansgar Feldhusen sagte, Deutschland sei inzwischen um 2,5 Grad wärmer als zu Beginn der Aufzeichnungen.",
        True,
        [("count", 2.5, None, None)],
        "Ansgar Feldhusen",
    ),
    (
        "de",
        "„Wir erleben den Klimawandel nicht mehr in Szenarien, sondern im Alltag“, sagte Feldhusen.",
        False,
        [],
        None,
    ),
    ("de", "Eine Prognose für das kommende Jahr wollte der Wetterdienst nicht abgeben.", False, [], None),
    # --- The UK's climate year (PA), December 31 ---
    (
        "en",
        "LONDON (PA) - A mean temperature of 10.02C has made this the UK's fourth-warmest year on record, according to provisional Met Office figures.",
        True,
        [("count", 10.02, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Rainfall totalled 1,082mm, 93% of the 1991-2020 average, although England was drier than normal for the third year running.",
        True,
        [
            ("count", 1082, None, None),
            ("percent", 93, "%", None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "All of the UK's nine warmest years on record have now occurred since 2006.",
        True,
        [("count", 9, None, None), ("year", 2006, None, None)],
        None,
    ),
    (
        "en",
        "Sunshine amounted to 1,597 hours, the third-highest total since 1910.",
        True,
        [("duration", 1597, "hour", None), ("ordinal", 3, None, None), ("year", 1910, None, None)],
        None,
    ),
    (
        "en",
        "The highest temperature of the year was 36.9C at Cambridge in July, and the lowest minus 13.8C at Altnaharra in the Highlands in January.",
        True,
        [("count", 36.9, None, None), ("count", -13.8, None, None)],
        None,
    ),
    (
        "en",
        "Met Office climate scientist Imogen Treharne said human-induced warming had made a year this warm about 60 times more likely.",
        True,
        [("count", 60, None, "about")],
        "Imogen Treharne",
    ),
    (
        "en",
        '"What we used to call an exceptional year is quickly becoming normal," Treharne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Forecasters would not be drawn on whether the coming winter will bring more frost than usual.",
        False,
        [],
        None,
    ),
]
