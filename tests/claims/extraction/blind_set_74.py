"""Seventy-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Sabine
Thalmeier, Andreas Pichler, Gerlinde Auer, Reto Caflisch, Hauke Petersen, Lena Brockmann,
Karin Weyrauch, Miriam Haselbacher; Ines Carvalho, Rachel Townsend, Erik Dahlgren, Marta
Lindqvist, Dana Whitcombe, Tom Havers, Clare Fenwick); real bodies, journals and places
("Copernicus", "Geosphere Austria", "Alpenverein", "Akademie der Naturwissenschaften",
"Umweltbundesamt", "Bundesamt für Seeschifffahrt und Hydrographie", "Alfred-Wegener-Institut",
"Bundesamt für Naturschutz", "Nabu", "Landesbund für Vogel- und Naturschutz",
"Österreichzentrum Bär Wolf Luchs", "WWF", "Deutscher Wetterdienst", "Helmholtz-Zentrum für
Umweltforschung", "NLWKN", "MeteoSchweiz", "Landesanstalt für Umwelt", "Deutsche
Umwelthilfe", "Europäische Umweltagentur", "Kantonspolizei Wallis", "Fridays for Future",
"Nature", "Science", "the World Meteorological Organization", "the Met Office", "NOAA",
"Scripps", "the National Snow and Ice Data Center", "the Canadian Interagency Forest Fire
Centre", "the Copernicus Atmosphere Monitoring Service", "the Australian Institute of Marine
Science", "the IUCN", "the RSPB", "the Department of Fish and Wildlife", "the Environment
Agency", "the U.S. Drought Monitor", "the India Meteorological Department", "the Central
Pollution Control Board", "The Lancet Planetary Health", "Water UK", "Inpe", "the
International Centre for Integrated Mountain Development", "Extinction Rebellion") stand for
the way wire copy names them; what is measured, counted and said here is invented.

Its weight: CLIMATE SCIENCE, ENVIRONMENT AND NATURE. Half German (dpa, APA, Keystone-SDA;
Austrian "heuer", Swiss "ss", "Hektaren", "1400", "5360 Meter über Meer", «» quotes, German
„“ quotes): Copernicus' monthly bulletin ("1,59 Grad über dem vorindustriellen Niveau"), the
Austrian climate balance (Hitzetage, Tropennächte, sunshine hours, "0,2 Grad wärmer"), the
Alpenverein's glacier report in metres and the Swiss glacier loss in percent of volume and
cubic kilometres, CO2 and methane in ppm and ppb, the North Sea level and the global rise in
millimetres per year, Arctic and Antarctic sea ice in million square kilometres, forest fires
in hectares in Brandenburg, Saxony and the Valais, the Red List of insects, the winter bird
count and white stork pairs, wolves in Austria and Germany and lynx in Bavaria, Saxony's
annual mean, heavy rain in litres per square metre with a Danube gauge, drought (soil
moisture, the Rhine at Kaub, groundwater, a drought index, Ticino), nitrogen dioxide and
fine dust in µg/m³, nitrate in mg/l, an insect study in "Nature", the freezing level and snow
in Switzerland. Half English (Reuters, AP, AFP, PA, AAP, PTI): the WMO's state of the
climate, the UK's warmest summer ("0.2C warmer"), Mauna Loa CO2, Arctic sea ice minimum, an
Antarctic ice study in Nature, Canada's wildfires in hectares and acres, Great Barrier Reef
coral cover, the IUCN Red List, the Big Garden Birdwatch, wolves in Montana, Yellowstone and
Washington, Cumbrian rain in millimetres, the U.S. Drought Monitor, a precipitation index and
India's monsoon, Delhi's PM2.5 and air quality index, sewage spills and nitrate in English
waters, a bumblebee study in Science, Amazon and Cerrado clearing, Himalayan glaciers.
Negatives as such copy has them: activists' appeals, chants, placards and posts, quoted
alarm and evaluations of scientists, farmers, residents and campaigners, metaphors ("Die
Alpen sind das Fieberthermometer Europas.", "Climate change is rewriting the rules of the
game."), a speculation, advice, hopes, a disclaimer on a citizen count, and boilerplate (a
provisional-data note, a reporting credit, a newsletter line, a funding line).

232 rows (116 German, 116 English), 48 negatives (24 German, 24 English), 184 check-worthy
rows of which 6 carry no figure (3 German, 3 English), 358 expected quantities (187 counts,
67 years, 38 percentages, 24 durations, 15 ordinals, 12 dates, 11 fractions, 4 amounts of
money; 2 of them in negatives), 36 checked speakers (20 German, 16 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Die
  meisten Gletscher der Ostalpen würden in spätestens 45 Jahren verschwunden sein, sagte
  Messleiterin Gerlinde Auer." -> "Gerlinde Auer", forty-second and fifty-seventh).
  Check-worthy without a figure: carbon dioxide staying in the air for millennia, cellars
  flooded and roads closed, a watering ban in Ticino, the May peak of the CO2 cycle, ranchers'
  claim about unrecorded cattle losses, the authors' account of a study's causes.
- Temperatures and temperature anomalies are counts (fourth, thirty-third, forty-seventh and
  fifty-seventh batches): "1,59 Grad über dem vorindustriellen Niveau" 1.59, "15,14 Grad",
  "0,7 Grad mehr", "um 1,2 Grad ..., auf den Bergen um 1,4 Grad", "0,2 Grad wärmer" 0.2,
  "1,9 Grad höher", "38,4 Grad", "mit mindestens 30 Grad" 30 "at_least", "mehr als 1,5
  Grad" 1.5 "over", "about 1.57C above the 1850-1900 average" 1.57 "about", "0.2C warmer",
  "1.5C above the 1991-2020 average", "16.1C", "topped 33C" 33 with no hedge (a verb, as
  "topped 40%", fifty-seventh), "35.8C", "about 1.8 degrees Fahrenheit (1 degree Celsius)"
  1.8 "about" and 1 (the hedge stands before the first figure only, forty-seventh). New:
  "deutlich unter zwei Grad" and "well below 2C" are 2 "under" - the adverb before the
  bound changes nothing, as "just under a third" is "under" (seventy-first). The Paris goal
  "auf 1,5 Grad" and "to 1.5C" are 1.5. Reference periods give both years ("der Jahre 1991
  bis 2020", "Klimamittel 1991 bis 2020", "der Jahre 1850 bis 1900", "1961 bis 1990",
  "1850-1900", "1991-2020", "1981-2010", forty-second and fifty-seventh); "2024/25",
  "2023/24" and "the 2024-25 season" both years (fortieth).
- Concentrations are counts of the figure before the unit (thirty-third: "430,2 ppm";
  fifty-seventh: "78 Mikrogramm pro Kubikmeter", "21 µg/m³", "70 parts per billion"):
  "427,3 ppm", "2,8 ppm mehr", "etwa 280 ppm" "about", "430.2 parts per million", "3.5
  ppm", "around 280 ppm", "about 315 ppm", "31 Mikrogramm pro Kubikmeter Luft", "40
  Mikrogramm", "20 Mikrogramm", "11 µg/m³", "höchstens 5 µg/m³" 5 "at_most", "532
  micrograms per cubic metre"; new for nitrate by the same rule: "45 Milligramm pro Liter",
  "mehr als 100 mg/l" 100 "over", "50 Milligramm Nitrat je Liter", "exceeded 50 milligrams
  per litre" 50 (a verb, no hedge). New: the scale word inside a concentration's unit does
  not multiply - "430,5 Teilen pro Million" is 430.5 and "1.998 ppb (Teile pro Milliarde)"
  is 1,998, as "ppm" written short is (a rate's base names the unit, as "je Liter"). "PM2,5"
  and "PM2.5" carry none (fifty-seventh: "PM10", "PM2.5"); "Kohlendioxid", "CO2" none.
  Shares of a pre-industrial level are percentages ("151.5% of its pre-industrial level",
  "265%", "about 50% above pre-industrial levels" "about").
- Glaciers, sea level, sea ice, snow, gauges and areas are counts (twenty-fourth: "23,9
  Meter an Länge"; fifty-seventh: "etwa 3,5 Millimeter pro Jahr", "rund 1,3
  Kubikkilometern"; forty-seventh: "rund 530 Hektar", "150 Hektaren", "31,500 hectares"):
  "22,6 Meter", "61,5 Metern", "41 Meter an Länge", "mehr als drei Kilometer" 3 "over",
  "rund 1,4 Kubikkilometern" "about", "um bis zu 4,2 Meter" "up_to", "etwa 40 Zentimeter",
  "3,9 Millimeter pro Jahr", "4,5 Millimeter im Jahr", "zwischen 38 und 95 Zentimetern" two,
  "knapp 1,5 Metern" "nearly", "79 Zentimeter", "41 Zentimetern", "5360 Meter über Meer",
  "5298 Metern", "unter 1500 Metern über Meer" 1500 "under" (as "unter 3000 Metern über
  Meer", an earlier batch), "4.6 mm a year", "about 0.4 millimetres a year", "some 3.3
  metres", "0.8 metres a year", "about 5,364 metres", "roughly 50 metres", "2,000 metres";
  "rund 1.340 Hektar", "730 Hektar", "etwa 115 Hektar", "rund 120 Hektaren", "5,320 square
  kilometres", "7,180 square kilometres". A scale word multiplies, an SI prefix does not
  (fifty-seventh; an earlier batch: "some 14.1 million square kilometres" 14,100,000
  "about"): "4,28 Millionen Quadratkilometern" 4,280,000, "gut 6,2 Millionen
  Quadratkilometer" 6,200,000 "over", "17,1 Millionen Quadratkilometern", "fast eine Million
  Quadratkilometer" 1,000,000 "nearly" (sixty-ninth: "rund eine Million Rohingya"), "4.6
  million square kilometres (1.78 million square miles)" two, "about 1.6 million square
  kilometres", "more than 8.2 million hectares (20.3 million acres)" 8,200,000 "over" and
  20,300,000, "some 15 million hectares", "about 21 million acres", "135 billion tonnes"
  1.35e11; "an estimated 480 megatonnes of carbon" 480 "about" and new, "some 16
  zettajoules" 16 "about" (the prefix belongs to the unit, as "37.4 gigatonnes").
- Rainfall is a count (forty-seventh: "62 Liter pro Quadratmeter", "120mm"): "bis zu 128
  Liter Regen pro Quadratmeter" 128 "up_to", "131,4 Litern", "96 Liter pro Quadratmeter",
  "312mm", "184.6mm", "598.4 mm"; shares of the average are percentages ("knapp 35 Prozent
  mehr" "nearly", "um 14 Prozent unter dem Mittel" with no hedge - the comparison follows
  the figure, forty-second - "28% below average", "142% of the long-term average", "7% below
  the long-period average").
- Levels on scales are counts (forty-seventh and sixty-ninth): "die Meldestufe 3", "die
  höchste Waldbrandgefahrenstufe 5", "Stage 3" (fifty-seventh: "Under Stage 4"), "the
  monitor's five-step scale" 5 (as "der fünfstufigen Skala", sixty-ninth); an air quality
  index reading (428) and "above 200" 200 "over" are counts (fifty-seventh). New: the U.S.
  Drought Monitor's "D3" and "D4" carry none - a letter code written solid with its figure,
  as "An EF3 tornado" (forty-seventh). New: drought index values are counts with their sign
  - "einen Wert von minus 2,1" -2.1 and "stood at minus 1.9" -1.9 (an index value, as "mit
  einem Wert von 42,6", sixty-ninth; "minus" a sign, forty-second and fifty-seventh); "die
  zweithöchste Stufe" ordinal 2 (twenty-sixth). New: "die Meldestufe 3 gilt ab 8,50 Meter"
  gives 8.5 "at_least" - "ab" straight before a figure that bounds a range from below, as
  "für Einkommen ab 277.826 Euro" and "ab 60 Jahren" (forty-ninth and fifty-third).
- Day, night and hour figures, following the earlier split: "42 Hitzetage", "38" after it
  and "29 Tropennächte" counts (fifteenth and fortieth); "An 68 Tagen" 68 days (fifty-seventh:
  "an 27 Tagen"); sunshine "mit 2.214 Stunden" 2,214 hours (thirty-third and fifty-seventh);
  "on 11 days" 11 days; "on two days in June" 2 days.
- Durations: "eine zwölftägige Hitzewelle" 12 days (the issue's "fünfstündig"), "binnen 24
  Stunden", "in 48 hours", "the highest two-day total" 2 days (as "a three-day mission",
  forty-fourth), "vor 258 Jahren" 258 years and "vor drei Jahren" 3 years (forty-sixth: "vor
  zwei Jahren"), "Seit drei Jahrzehnten" 30 years (fifty-seventh: "In den vergangenen drei
  Jahrzehnten"), "in spätestens 45 Jahren" 45 years with no hedge (fiftieth: "Bis spätestens
  2030"), "the 176-year observational record" 176 years (thirty-fourth: "162-year history"),
  "the past 10 years" 10 years, "the last 19 years" 19 years, "40 years of ice-core records",
  "in the 12 months through July" 12 months, "over the next five years" 5 years, "for 3.2
  million hours" 3,200,000 hours, "about once every 340 years" 340 years "about" ("once"
  carries none, as "once every 13 days", forty-fourth), "over three days each January" 3
  days with no hedge (forty-fourth: "over four years" naming a span) and "for one hour" 1
  hour (sixty-ninth: "aged one month"). New: "in 19 der vergangenen 21 Monate" is two
  durations, 19 and 21 months - the unit written once serves the part and the whole, as
  "nine of them" after "44 weeks" (sixty-third). "im Vorjahr", "a year earlier", "last
  year", "in the past year", "this year", "pro Jahr", "im Jahr", "a year", "jedes Jahr",
  "über Jahrtausende", "over several centuries", "the coming century", "the 1990s", "the
  1960s", "den 1980er-Jahren", "Anfang der 1990er-Jahre" none.
- Counts of species, animals, birds, people, sites and events: "7.160 ... 2.614 ... 312",
  "mehr als 98.000 Menschen" "over", "gut 64.000 Gärten" "over" (seventy-first: "gut"),
  "knapp 2,3 Millionen Vögel" 2,300,000 "nearly", "35,6 Vögel pro Garten" and "4.1
  sightings per garden" ("pro Garten", "per garden" none, as "pro Kopf"), "1.210
  Brutpaare", "58", "104 verschiedene Wölfe", "acht bestätigte Rudel, fünf davon", "712
  Nutztiere", "21 Wölfe ..., neun davon", "209 Rudel, 46 Paare und 19 sesshafte
  Einzeltiere", "39 erwachsene Luchse, sieben weniger", "81 ... 79 ... zwei", "rund 1400
  Gletschern" "about", "mehr als 100" "over", "412 ... 57 mehr", "11 von 24 Messstellen",
  "rund 240.000 Menschen" "about", "1.263 Fallenstandorten aus 14 Ländern", "14-mal" (as
  "28-mal", sixty-third), "More than 48,600 species", "172,620 species", "Three species",
  "about 480 animals", "Almost 610,000 people" "nearly", "more than 9.5 million birds",
  "roughly 73 million breeding birds" "about", "an estimated 1,091 animals" "about", "281
  wolves ... the 300 quota", "108 wolves in 11 packs", "41 animals", "at least 260 wolves in
  42 packs" "at_least", "412 fires ..., 97 of them", "More than 38,000 people", "124 reefs",
  "97 flood warnings and 211 flood alerts", "Some 1,400 homes" "about", "Eleven of the
  country's 36" (a definite group, forty-first), "412,000 spills", "an average of 28" (no
  hedge), "11 monitoring sites", "more than 96,000 observations of 46 species", "19 ... only
  four", "three satellite missions", "at least two summers" 2 "at_least" (a season is no
  unit of the duration list, forty-fourth: "vier Sommer"), "four heatwaves", "Nearly 2
  billion people" 2e9 "nearly", "around 1.6 million deaths" "about". "Stunde der
  Wintervögel" carries none (new: the name of a count, "Stunde" with no figure, as "an
  hour" is none).
- Multiples are counts (twelfth, twenty-sixth, forty-fourth, fifty-seventh): "doppelt so
  schnell" 2, "more than twice the rate" and "more than twice the monthly average" 2
  "over" (as "more than double"), "more than 35 times the World Health Organization's daily
  limit" 35 "over" (as "more than eight times the national limit"), "roughly seven times the
  size of New York City" 7 "about" (as "about 2.6 times the size").
- Percentages and fractions: "rund 2,9 Prozent ihres Eisvolumens" "about" (an earlier
  batch: "3 Prozent ihres Volumens"), "48,3 Prozent", "rund sechs Prozent" "about", "17
  Prozent", "unter 30 Prozent der nutzbaren Feldkapazität" "under", "an 58 Prozent der
  Messstellen", "An 9,4 Prozent", "um 22 Prozent", "um durchschnittlich 41 Prozent" (no
  hedge), "knapp zwei Prozent pro Jahr" "nearly", "bis zu 3,1 Prozent" "up_to", "28%",
  "43%", "down 82%", "fell 15%", "down about 4%" "about", "About 38%" "about", "Nearly 6%"
  "nearly", "about 22%", "Only 14%" (no hedge), "more than 90%" "over", "an average of 31%",
  "fell 14%", "fell 9%", "up to 70%" "up_to", "about 4%", "30.2 per cent from 39.8 per
  cent" (fifteenth: "per cent"), "about 81 per cent" "about"; "fast ein Drittel" 0.3333
  "nearly", "Mehr als ein Drittel" 0.3333 "over", "Jede zehnte Tagfalterart" 0.1, "zu etwa
  einem Drittel" 0.3333 "about", "nur ein Viertel" 0.25, "fell by a quarter" 0.25, "one in
  four species" 0.25, "less than a third" 0.3333 "under", "by more than half" 0.5 "over".
  New: "nur halb so viel Regen wie üblich" is the fraction 0.5 and "weniger als halb so viel
  Schnee" 0.5 "under" - a comparison by half is the share the desk checks, as "half rations"
  and "die Hälfte" (sixty-ninth).
- Ordinals: "der zweitwärmste Oktober", "den zweithöchsten ... Wert", "das drittwärmste",
  "der zehntniedrigste Wert", "the 10th-lowest minimum", "the second-worst season" (as "das
  drittwärmste" and "the fifth-largest loss", thirty-third and fifty-seventh), "Die erste
  Rote Liste" 1, "zum 19. Mal in Folge Platz eins" 19 and 1 (twenty-fifth: "Platz eins"),
  "das dritte Jahr in Folge" 3, "Eine zweite Untersuchung" 2, "the fifth mass bleaching
  event" 5, "the 22nd year running" 22, "the 15th straight year" 15. "the top spot", "the
  warmest", "The worst year" none.
- Years and dates: "seit 1851", "seit 1843", "seit 2016", "Seit 2000", "Seit 2023", "seit
  2015", "seit 1990", "1977", "1988", "2006", "Ab 2030" (fortieth: "ab" before a year no
  hedge), "Für das Jahr 2100", "by 2100", "by 2030", "since 1970", "since 1995", "since
  2014", "since 2016", "since 2020", "since 2022", "since January 2023", "vom August 2023",
  "Beginn der Satellitenmessungen 1979", "began in 1979", "in 1958", "in 1995 and 1996",
  "between 2002 and 2023", "between 1998 and 2022", "From 2015 to 2024" the years; "am 26.
  Juni" --06-26, "on July 1" --07-01, "between June 1 and Aug 31" --06-01 and --08-31;
  Reuters and AAP datelines with a day ("GENEVA, March 19 (Reuters)", "BOULDER, Colorado,
  Sept 23 (Reuters)", "OTTAWA, Oct 2 (Reuters)", "TOWNSVILLE, Aug 6 (AAP)", "CHICAGO, Aug
  28 (Reuters)", "NEW DELHI, Nov 12 (Reuters)", "BRASILIA, Nov 6 (Reuters)", "KATHMANDU,
  June 4 (Reuters)") dates without a year; German datelines, "LONDON (PA) -", "WASHINGTON
  (AP) —", "PARIS (AFP) -", "GLAND, Switzerland (AFP) -", "HELENA, Mont. (AP) —", "NEW
  DELHI (PTI) -", "NEW YORK (AP) —" none; months, seasons and weekdays alone none.
- Money: "rund 1,6 Milliarden Euro" EUR "about", "topped C$1.1 billion" CAD (no hedge, a
  verb), "an estimated A$6.4 billion a year" AUD "about" (forty-sixth), "£96 billion" GBP.
- Figures in negatives are labelled (sixteenth and seventy-first): the placard "1.5 is still
  alive" count 1.5; "like smoking 20 cigarettes a day" count 20 in a doctor's quoted alarm.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "around", "roughly",
  "some", "Some", "an estimated" "about"; "knapp", "fast", "Almost", "Nearly", "nearly"
  "nearly"; "mehr als", "Mehr als", "gut", "more than", "More than", "above" "over"; "bis
  zu", "up to" "up_to"; "mindestens", "at least" "at_least"; "höchstens" "at_most"; "unter",
  "deutlich unter", "well below", "less than", "weniger als" "under"; "ab" before a
  threshold "at_least"; "durchschnittlich", "im Schnitt", "an average of", "insgesamt",
  "nur", "nur noch", "sogar", "bereits", "Allein", "alone", "Only", "only", "just short of
  the", "spätestens", "topped", "exceeded" no hedge; "über dem Schwellenwert von 45" none
  (the hedge word stands before a noun, forty-seventh: "knapp unter dem ... Rekord von 40,5
  Grad").
- Speakers, checked only in forms the earlier batches settled: "teilte die Geosphere
  Austria / der Alpenverein / die Akademie der Naturwissenschaften / das Umweltbundesamt /
  das Alfred-Wegener-Institut / das Landwirtschaftsministerium / der Nabu / der Landesbund
  für Vogel- und Naturschutz / das Österreichzentrum Bär Wolf Luchs / der Deutsche
  Wetterdienst / die Landesanstalt für Umwelt mit" and "wie das Bundesamt für
  Seeschifffahrt und Hydrographie / der NLWKN / die Kantonspolizei Wallis mitteilte" the
  source with its article in the nominative (forty-second, forty-seventh, fifty-seventh);
  "teilte MeteoSchweiz mit" and "wie MeteoSchweiz mitteilte" -> "MeteoSchweiz" (forty-
  seventh); a title before a name dropped ("Messleiterin", "BSH-Ozeanograf",
  "BfN-Präsidentin"). English: "the World Meteorological Organization said", "the Met
  Office said" (twice), "the National Oceanic and Atmospheric Administration said", "the
  National Snow and Ice Data Center said", "the Canadian Interagency Forest Fire Centre
  said", "the Australian Institute of Marine Science said", "the International Union for
  Conservation of Nature said on Thursday in its latest Red List update", "the RSPB said",
  "the Department of Fish and Wildlife said", "the India Meteorological Department said",
  "the Central Pollution Control Board said", "the International Centre for Integrated
  Mountain Development said" with the article in lower case; "the EU's Copernicus
  Atmosphere Monitoring Service said" (the possessive form, sixty-ninth; an earlier batch:
  "the EU's Copernicus Climate Change Service"); "according to the U.S. National Oceanic
  and Atmospheric Administration" (forty-second: "according to the U.S. Department of
  Agriculture"); "Water UK said ..." opening the sentence as written (forty-second: "Ofgem
  said"). Left unchecked (None): "teilte der EU-Klimawandeldienst Copernicus ... mit" and
  "according to the space research agency Inpe" (a description before a name, forty-fourth),
  "wie aus der neuen Roten Liste ... hervorgeht", "wie aus dem neuen Wassergütebericht
  hervorgeht", "dem Bericht zufolge", "nach jüngster Zählung", "zählte das Bundesamt für
  Naturschutz", "Die Versicherer schätzen", "verweist darauf" (no verb of saying, fortieth),
  "Laut Dürremonitor" (a tool, forty-seventh), "Laut Europäischer Umweltagentur" (a
  capitalised adjective heading the name, fifty-seventh), "Satellitenmessungen zufolge",
  "the agency said" (twice), "the researchers said", "Met Office scientists estimated",
  "state wildlife officials said", "the Agriculture Department estimated", "the U.S. Drought
  Monitor showed", "according to a government forecasting system", "a study in The Lancet
  Planetary Health estimated", "according to Environment Agency data", "according to the
  State of the UK's Birds report", "campaigners said", "Ranchers say" (present tense), "The
  authors said", "according to a study published ... in the journal Nature / Science", rows
  without attribution and all negatives.
- Negatives, with no figure in any of them but the two labelled above: activists' appeals,
  chants, placards and posts ("„Wir haben keine Zeit mehr zu verlieren“, riefen
  Demonstrierende ...", "Naturschutzverbände forderten die Bundesregierung auf, ...",
  "Umweltschützer fordern nun ein rasches Verbot ...", "Die Klimakrise wartet nicht auf
  Koalitionsverhandlungen, schrieb Fridays for Future auf X.", "Extinction Rebellion called
  on supporters to blockade ...", the placard), quoted alarm and evaluations (a Copernicus
  deputy director, a climatologist, two glaciologists, an authority's spokesman, a farmer on
  Hooge, a sea-ice physicist, a WWF representative, a Deutsche Umwelthilfe spokeswoman, a
  study's author, a lift operator; the WMO's climate services director, a garden centre
  owner, a researcher, an ice scientist in Tromso, the IUCN's director general, a wildlife
  advocate, a resident of Keswick, a Delhi doctor, a campaign group's founder, a co-author,
  a veteran guide), reported verdicts and feelings without a checkable claim ("Die
  Almbauern fühlen sich ... im Stich gelassen.", "Die Bauern werden wieder einmal zum
  Sündenbock gemacht.", "Reef tourism operators said ...", "Conservation groups called the
  update a wake-up call ...", "Farmers' groups blamed the government ...", "Environmental
  groups welcomed the figures but said ..."), metaphors and slogans ("Die Alpen sind das
  Fieberthermometer Europas.", "Ohne Insekten keine Bestäubung, ...", "Climate change is
  rewriting the rules of the game."), a speculation ("The findings could reshape ..."),
  hopes ("Die Landwirte hoffen ..."), advice ("Werfen Sie im Wald keine Zigaretten weg
  ...", "Autofahrer sollten ..., mahnte die Feuerwehr.", "\"If you can smell smoke, ...\"
  health officials advised.", "\"Every garden can be a lifeline,\" the charity said, urging
  ..."), a disclaimer on a citizen count ("Die Zählung sei keine wissenschaftliche Erhebung,
  ..."), and boilerplate ("Die Werte sind vorläufig, ...", "(Reporting by ...; Editing by
  ...)", "Sign up for our weekly climate newsletter.", "AP receives support from private
  foundations ...").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_74 = [
    # === German ================================================================================
    # --- Copernicus-Monatsbericht (dpa) ---
    ("de", "Bonn (dpa) - Der vergangene Monat war weltweit der zweitwärmste Oktober seit Beginn der Aufzeichnungen und lag 1,59 Grad über dem vorindustriellen Niveau, teilte der EU-Klimawandeldienst Copernicus am Donnerstag mit.", True, [("ordinal", 2, None, None), ("count", 1.59, None, None)], None),
    ("de", "Die durchschnittliche Lufttemperatur an der Erdoberfläche betrug 15,14 Grad, das waren 0,7 Grad mehr als im Oktober-Mittel der Jahre 1991 bis 2020.", True, [("count", 15.14, None, None), ("count", 0.7, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], None),
    ("de", "Damit lag die globale Temperatur in 19 der vergangenen 21 Monate mehr als 1,5 Grad über dem Niveau der Jahre 1850 bis 1900.", True, [("duration", 19, "month", None), ("duration", 21, "month", None), ("count", 1.5, None, "over"), ("year", 1850, None, None), ("year", 1900, None, None)], None),
    ("de", "Das Pariser Klimaabkommen von 2015 sieht vor, die Erwärmung auf deutlich unter zwei Grad, möglichst aber auf 1,5 Grad zu begrenzen.", True, [("year", 2015, None, None), ("count", 2, None, "under"), ("count", 1.5, None, None)], None),
    ("de", "Die Meeresoberflächentemperatur außerhalb der Polargebiete erreichte im Monatsmittel 20,68 Grad, den zweithöchsten je für einen Oktober gemessenen Wert.", True, [("count", 20.68, None, None), ("ordinal", 2, None, None)], None),
    ("de", "„Wir erleben eine Erwärmung, die sich nicht mehr wegdiskutieren lässt“, sagte Copernicus-Vizedirektorin Sabine Thalmeier.", False, [], None),
    ("de", "„Wir haben keine Zeit mehr zu verlieren“, riefen Demonstrierende vor dem Kanzleramt in Berlin.", False, [], None),
    # --- Klimabilanz Österreich (APA) ---
    ("de", "Wien (APA) - Das Jahr 2025 war in Österreich das drittwärmste seit Beginn der Messgeschichte vor 258 Jahren, teilte die Geosphere Austria am Montag mit.", True, [("year", 2025, None, None), ("ordinal", 3, None, None), ("duration", 258, "year", None)], "die Geosphere Austria"),
    ("de", "Im Tiefland lag die Jahresmitteltemperatur um 1,2 Grad über dem Klimamittel 1991 bis 2020, auf den Bergen um 1,4 Grad.", True, [("count", 1.2, None, None), ("year", 1991, None, None), ("year", 2020, None, None), ("count", 1.4, None, None)], None),
    ("de", "Der Herbst war sogar 0,2 Grad wärmer als der bisherige Rekordherbst 2006.", True, [("count", 0.2, None, None), ("year", 2006, None, None)], None),
    ("de", "In Innsbruck wurden heuer 42 Hitzetage mit mindestens 30 Grad gezählt, in der Wiener Innenstadt 38 sowie 29 Tropennächte.", True, [("count", 42, None, None), ("count", 30, None, "at_least"), ("count", 38, None, None), ("count", 29, None, None)], None),
    ("de", "Eine zwölftägige Hitzewelle brachte am 26. Juni in Bad Deutsch-Altenburg mit 38,4 Grad den Jahreshöchstwert.", True, [("duration", 12, "day", None), ("date", "--06-26", None, None), ("count", 38.4, None, None)], None),
    ("de", "Der Niederschlag blieb österreichweit um 14 Prozent unter dem Mittel, im Nordosten fiel stellenweise nur halb so viel Regen wie üblich.", True, [("percent", 14, "%", None), ("fraction", 0.5, None, None)], None),
    ("de", "Am meisten Sonne gab es in Bregenz mit 2.214 Stunden, um 18 Prozent mehr als im langjährigen Schnitt.", True, [("duration", 2214, "hour", None), ("percent", 18, "%", None)], None),
    ("de", "„Was früher ein Ausnahmesommer war, ist heute der Normalfall“, sagte Klimatologe Andreas Pichler.", False, [], None),
    ("de", "Die Alpen sind das Fieberthermometer Europas.", False, [], None),
    # --- Gletscherbericht (APA) ---
    ("de", "Innsbruck (APA) - Die Gletscher in Österreich haben sich im Messjahr 2024/25 um durchschnittlich 22,6 Meter zurückgezogen, teilte der Alpenverein am Freitag mit.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 22.6, None, None)], "der Alpenverein"),
    ("de", "Von den 81 beobachteten Gletschern sind 79 kürzer geworden, zwei blieben stationär.", True, [("count", 81, None, None), ("count", 79, None, None), ("count", 2, None, None)], None),
    ("de", "Den größten Rückzug verzeichnete das Schlatenkees in der Venedigergruppe mit 61,5 Metern.", True, [("count", 61.5, None, None)], None),
    ("de", "Die Pasterze am Großglockner, Österreichs größter Gletscher, verlor 41 Meter an Länge und ist seit 1851 um mehr als drei Kilometer geschrumpft.", True, [("count", 41, None, None), ("year", 1851, None, None), ("count", 3, None, "over")], None),
    ("de", "Die meisten Gletscher der Ostalpen würden in spätestens 45 Jahren verschwunden sein, sagte Messleiterin Gerlinde Auer.", True, [("duration", 45, "year", None)], "Gerlinde Auer"),
    ("de", "„Wir schreiben hier jedes Jahr denselben Nachruf, nur die Zahlen werden schlimmer“, so Auer.", False, [], None),
    # --- Gletscher Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Seit letztem Herbst sind die Schweizer Gletscher um rund 2,9 Prozent ihres Eisvolumens geschrumpft, teilte die Akademie der Naturwissenschaften am Dienstag mit.", True, [("percent", 2.9, "%", "about")], "die Akademie der Naturwissenschaften"),
    ("de", "Das entspricht einem Verlust von rund 1,4 Kubikkilometern Eis.", True, [("count", 1.4, None, "about")], None),
    ("de", "Seit 2000 ist damit fast ein Drittel des Schweizer Gletschervolumens verschwunden.", True, [("year", 2000, None, None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Am Griesgletscher im Wallis nahm die Eisdicke stellenweise um bis zu 4,2 Meter ab.", True, [("count", 4.2, None, "up_to")], None),
    ("de", "Von den rund 1400 Gletschern der Schweiz sind seit 2016 mehr als 100 ganz verschwunden.", True, [("count", 1400, None, "about"), ("year", 2016, None, None), ("count", 100, None, "over")], None),
    ("de", "«Der Winter brachte zwar viel Schnee, doch die Hitze im Juni hat alles zunichtegemacht», sagte Glaziologe Reto Caflisch.", False, [], None),
    # --- CO2-Konzentration (dpa) ---
    ("de", "Dessau (dpa) - Die Konzentration von Kohlendioxid in der Atmosphäre hat an der Messstation Schneefernerhaus auf der Zugspitze im Jahresmittel 427,3 ppm erreicht.", True, [("count", 427.3, None, None)], None),
    ("de", "Das sind 2,8 ppm mehr als im Vorjahr, teilte das Umweltbundesamt mit.", True, [("count", 2.8, None, None)], "das Umweltbundesamt"),
    ("de", "Vor Beginn der Industrialisierung hatte der Wert bei etwa 280 ppm gelegen.", True, [("count", 280, None, "about")], None),
    ("de", "Auch der Methangehalt stieg weiter, auf 1.998 ppb (Teile pro Milliarde).", True, [("count", 1998, None, None)], None),
    ("de", "An der US-Station Mauna Loa auf Hawaii wurde im Mai mit 430,5 Teilen pro Million ein neuer Monatsrekord gemessen.", True, [("count", 430.5, None, None)], None),
    ("de", "Ein Teil des ausgestoßenen Kohlendioxids verbleibt über Jahrtausende in der Atmosphäre.", True, [], None),
    ("de", "„Die Kurve kennt nur eine Richtung“, sagte ein Sprecher der Behörde.", False, [], None),
    # --- Meeresspiegel (dpa) ---
    ("de", "Hamburg (dpa) - Der mittlere Wasserstand am Pegel Cuxhaven ist seit 1843 um etwa 40 Zentimeter gestiegen, wie das Bundesamt für Seeschifffahrt und Hydrographie mitteilte.", True, [("year", 1843, None, None), ("count", 40, None, "about")], "das Bundesamt für Seeschifffahrt und Hydrographie"),
    ("de", "Seit drei Jahrzehnten habe sich der Anstieg auf 3,9 Millimeter pro Jahr beschleunigt, sagte BSH-Ozeanograf Hauke Petersen.", True, [("duration", 30, "year", None), ("count", 3.9, None, None)], "Hauke Petersen"),
    ("de", "Satellitenmessungen zufolge steigt der globale Meeresspiegel derzeit um 4,5 Millimeter im Jahr, doppelt so schnell wie Anfang der 1990er-Jahre.", True, [("count", 4.5, None, None), ("count", 2, None, None)], None),
    ("de", "Für das Jahr 2100 erwarten Fachleute abhängig vom Emissionspfad einen weiteren Anstieg zwischen 38 und 95 Zentimetern.", True, [("year", 2100, None, None), ("count", 38, None, None), ("count", 95, None, None)], None),
    ("de", "Die Halligen meldeten in diesem Winter bereits 14-mal Landunter.", True, [("count", 14, None, None)], None),
    ("de", "„Das Meer holt sich Stück für Stück zurück, was wir ihm abgerungen haben“, sagte ein Landwirt auf Hooge.", False, [], None),
    # --- Meereis (dpa) ---
    ("de", "Bremerhaven (dpa) - Das arktische Meereis ist im September auf eine Fläche von 4,28 Millionen Quadratkilometern geschrumpft, teilte das Alfred-Wegener-Institut mit.", True, [("count", 4280000, None, None)], "das Alfred-Wegener-Institut"),
    ("de", "Das ist der zehntniedrigste Wert seit Beginn der Satellitenmessungen 1979.", True, [("ordinal", 10, None, None), ("year", 1979, None, None)], None),
    ("de", "Im Mittel der Jahre 1981 bis 2010 hatte die Eisfläche im September noch gut 6,2 Millionen Quadratkilometer betragen.", True, [("year", 1981, None, None), ("year", 2010, None, None), ("count", 6200000, None, "over")], None),
    ("de", "Die Eisdicke im zentralen Arktischen Ozean lag bei nur noch knapp 1,5 Metern.", True, [("count", 1.5, None, "nearly")], None),
    ("de", "Rund um die Antarktis war die Meereisfläche mit 17,1 Millionen Quadratkilometern im Winter um fast eine Million Quadratkilometer kleiner als im langjährigen Mittel.", True, [("count", 17100000, None, None), ("count", 1000000, None, "nearly")], None),
    ("de", "„Die Arktis ist das Frühwarnsystem des Planeten“, sagte Meereisphysikerin Lena Brockmann.", False, [], None),
    # --- Waldbrände (dpa) ---
    ("de", "Potsdam (dpa) - Bei Waldbränden sind in Brandenburg in diesem Jahr bislang rund 1.340 Hektar Wald und Heide zerstört worden, teilte das Landwirtschaftsministerium mit.", True, [("count", 1340, None, "about")], "das Landwirtschaftsministerium"),
    ("de", "Die Feuerwehren rückten zu 412 Wald- und Vegetationsbränden aus, 57 mehr als im Vorjahr.", True, [("count", 412, None, None), ("count", 57, None, None)], None),
    ("de", "Allein der Brand bei Jüterbog auf einem früheren Truppenübungsplatz erfasste 730 Hektar.", True, [("count", 730, None, None)], None),
    ("de", "An 68 Tagen galt in einzelnen Landkreisen die höchste Waldbrandgefahrenstufe 5.", True, [("duration", 68, "day", None), ("count", 5, None, None)], None),
    ("de", "In der Sächsischen Schweiz brannte es auf etwa 115 Hektar, wegen alter Munition im Boden konnten die Einsatzkräfte teils nur aus der Luft löschen.", True, [("count", 115, None, "about")], None),
    ("de", "Sitten (Keystone-SDA) - Bei einem Waldbrand oberhalb von Bitsch sind rund 120 Hektaren Wald verbrannt, wie die Kantonspolizei Wallis mitteilte.", True, [("count", 120, None, "about")], "die Kantonspolizei Wallis"),
    ("de", "Werfen Sie im Wald keine Zigaretten weg und parken Sie nie über trockenem Gras.", False, [], None),
    # --- Rote Liste (dpa) ---
    ("de", "Bonn (dpa) - Mehr als ein Drittel der in Deutschland untersuchten Insektenarten gilt als gefährdet, wie aus der neuen Roten Liste des Bundesamts für Naturschutz hervorgeht.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Von 7.160 bewerteten Käfer-, Wildbienen- und Schmetterlingsarten stehen 2.614 auf der Liste, 312 gelten als ausgestorben oder verschollen.", True, [("count", 7160, None, None), ("count", 2614, None, None), ("count", 312, None, None)], None),
    ("de", "Bei den Wildbienen sei der Anteil der bestandsgefährdeten Arten mit 48,3 Prozent am höchsten, sagte BfN-Präsidentin Karin Weyrauch.", True, [("percent", 48.3, "%", None)], "Karin Weyrauch"),
    ("de", "Jede zehnte Tagfalterart ist seit den 1980er-Jahren aus mehreren Bundesländern ganz verschwunden.", True, [("fraction", 0.1, None, None)], None),
    ("de", "Die erste Rote Liste gefährdeter Tiere in Deutschland war 1977 erschienen.", True, [("ordinal", 1, None, None), ("year", 1977, None, None)], None),
    ("de", "Ohne Insekten keine Bestäubung, ohne Bestäubung keine Ernte – so einfach ist das.", False, [], None),
    ("de", "Naturschutzverbände forderten die Bundesregierung auf, endlich mehr Flächen unter Schutz zu stellen.", False, [], None),
    # --- Vogelzählung (dpa) ---
    ("de", "Berlin (dpa) - An der diesjährigen „Stunde der Wintervögel“ haben sich mehr als 98.000 Menschen beteiligt, teilte der Nabu mit.", True, [("count", 98000, None, "over")], "der Nabu"),
    ("de", "Sie meldeten aus gut 64.000 Gärten und Parks insgesamt knapp 2,3 Millionen Vögel.", True, [("count", 64000, None, "over"), ("count", 2300000, None, "nearly")], None),
    ("de", "Der Haussperling belegte zum 19. Mal in Folge Platz eins, vor Kohlmeise und Blaumeise.", True, [("ordinal", 19, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Im Schnitt wurden 35,6 Vögel pro Garten gezählt, rund sechs Prozent weniger als im Vorjahr.", True, [("count", 35.6, None, None), ("percent", 6, "%", "about")], None),
    ("de", "Beim Feldsperling betrug das Minus sogar 17 Prozent.", True, [("percent", 17, "%", None)], None),
    ("de", "Die Zählung sei keine wissenschaftliche Erhebung, liefere aber wertvolle Hinweise, betonte der Verband.", False, [], None),
    ("de", "München (dpa) - Der Bestand des Weißstorchs in Bayern ist auf 1.210 Brutpaare gewachsen, 1988 waren es nur noch 58 gewesen, teilte der Landesbund für Vogel- und Naturschutz mit.", True, [("count", 1210, None, None), ("year", 1988, None, None), ("count", 58, None, None)], "der Landesbund für Vogel- und Naturschutz"),
    # --- Wolf (APA, dpa) ---
    ("de", "Wien (APA) - In Österreich sind im vergangenen Jahr 104 verschiedene Wölfe genetisch nachgewiesen worden, teilte das Österreichzentrum Bär Wolf Luchs mit.", True, [("count", 104, None, None)], "das Österreichzentrum Bär Wolf Luchs"),
    ("de", "Es gibt inzwischen acht bestätigte Rudel, fünf davon in Niederösterreich und Kärnten.", True, [("count", 8, None, None), ("count", 5, None, None)], None),
    ("de", "Wölfe haben dem Bericht zufolge 712 Nutztiere getötet oder verletzt, vor allem Schafe.", True, [("count", 712, None, None)], None),
    ("de", "Seit 2023 wurden auf Basis von Landesverordnungen 21 Wölfe legal abgeschossen, neun davon in Tirol.", True, [("year", 2023, None, None), ("count", 21, None, None), ("count", 9, None, None)], None),
    ("de", "Im Bayerischen Wald leben nach jüngster Zählung 39 erwachsene Luchse, sieben weniger als vor drei Jahren.", True, [("count", 39, None, None), ("count", 7, None, None), ("duration", 3, "year", None)], None),
    ("de", "„Der Wolf gehört zu Österreich, ob es den Bauern passt oder nicht“, sagte ein Vertreter des WWF.", False, [], None),
    ("de", "Die Almbauern fühlen sich von der Politik im Stich gelassen.", False, [], None),
    ("de", "In Deutschland zählte das Bundesamt für Naturschutz im Monitoringjahr 2023/24 insgesamt 209 Rudel, 46 Paare und 19 sesshafte Einzeltiere.", True, [("year", 2023, None, None), ("year", 2024, None, None), ("count", 209, None, None), ("count", 46, None, None), ("count", 19, None, None)], None),
    # --- Klimabilanz Sachsen (dpa) ---
    ("de", "Dresden (dpa) - In Sachsen lag das Jahresmittel bei 10,4 Grad und damit 1,9 Grad höher als im Vergleichszeitraum 1961 bis 1990, teilte der Deutsche Wetterdienst am Mittwoch mit.", True, [("count", 10.4, None, None), ("count", 1.9, None, None), ("year", 1961, None, None), ("year", 1990, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Die Klimakrise wartet nicht auf Koalitionsverhandlungen, schrieb Fridays for Future auf X.", False, [], None),
    # --- Starkregen (dpa) ---
    ("de", "Offenbach (dpa) - Bei Starkregen sind in Teilen Bayerns binnen 24 Stunden bis zu 128 Liter Regen pro Quadratmeter gefallen, teilte der Deutsche Wetterdienst mit.", True, [("duration", 24, "hour", None), ("count", 128, None, "up_to")], "der Deutsche Wetterdienst"),
    ("de", "Spitzenreiter war die Station Aschau-Innerkofen mit 131,4 Litern, mehr als dort sonst im ganzen Juni fällt.", True, [("count", 131.4, None, None)], None),
    ("de", "Der Pegel der Donau in Passau stieg bis zum Abend auf 8,92 Meter, die Meldestufe 3 gilt ab 8,50 Meter.", True, [("count", 8.92, None, None), ("count", 3, None, None), ("count", 8.5, None, "at_least")], None),
    ("de", "Im gesamten Mai fielen deutschlandweit im Schnitt 96 Liter pro Quadratmeter, knapp 35 Prozent mehr als im Mittel der Referenzperiode 1961 bis 1990.", True, [("count", 96, None, None), ("percent", 35, "%", "nearly"), ("year", 1961, None, None), ("year", 1990, None, None)], None),
    ("de", "In Unterfranken standen zahlreiche Keller unter Wasser, mehrere Staatsstraßen wurden gesperrt.", True, [], None),
    ("de", "Die Versicherer schätzen die versicherten Schäden auf rund 1,6 Milliarden Euro.", True, [("money", 1600000000, "EUR", "about")], None),
    ("de", "Autofahrer sollten überflutete Straßen keinesfalls durchfahren, mahnte die Feuerwehr.", False, [], None),
    # --- Dürre (dpa, APA, Keystone-SDA) ---
    ("de", "Leipzig (dpa) - Laut Dürremonitor des Helmholtz-Zentrums für Umweltforschung herrscht in den oberen 25 Zentimetern des Bodens in weiten Teilen Ostdeutschlands extreme bis außergewöhnliche Dürre.", True, [("count", 25, None, None)], None),
    ("de", "Die pflanzenverfügbare Bodenfeuchte liegt in Brandenburg vielerorts unter 30 Prozent der nutzbaren Feldkapazität.", True, [("percent", 30, "%", "under")], None),
    ("de", "Am Rheinpegel Kaub wurden am Mittwoch nur noch 79 Zentimeter gemessen, Frachtschiffe fahren dort deshalb nur zu etwa einem Drittel beladen.", True, [("count", 79, None, None), ("fraction", 0.3333, None, "about")], None),
    ("de", "Der Grundwasserstand lag an 58 Prozent der Messstellen in Niedersachsen unter dem langjährigen Mittel, wie der NLWKN mitteilte.", True, [("percent", 58, "%", None)], "der NLWKN"),
    ("de", "Wien (APA) - Der Dürreindex der Geosphere Austria erreichte im Weinviertel einen Wert von minus 2,1 und damit die zweithöchste Stufe extremer Trockenheit.", True, [("count", -2.1, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Bern (Keystone-SDA) - Im Kanton Tessin fiel von Januar bis März nur ein Viertel der üblichen Niederschlagsmenge, wie MeteoSchweiz mitteilte.", True, [("fraction", 0.25, None, None)], "MeteoSchweiz"),
    ("de", "Mehrere Gemeinden im Sottoceneri haben das Bewässern von Gärten und das Füllen von Pools verboten.", True, [], None),
    ("de", "Die Landwirte hoffen auf einen verregneten Frühsommer.", False, [], None),
    # --- Luftqualität (dpa) ---
    ("de", "Stuttgart (dpa) - An der Messstelle Am Neckartor ist die Belastung mit Stickstoffdioxid im vergangenen Jahr auf 31 Mikrogramm pro Kubikmeter Luft gesunken, teilte die Landesanstalt für Umwelt mit.", True, [("count", 31, None, None)], "die Landesanstalt für Umwelt"),
    ("de", "Der EU-Grenzwert von 40 Mikrogramm im Jahresmittel wird damit das dritte Jahr in Folge eingehalten.", True, [("count", 40, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Ab 2030 gilt allerdings ein verschärfter Grenzwert von 20 Mikrogramm, den derzeit 11 von 24 Messstellen im Land überschreiten.", True, [("year", 2030, None, None), ("count", 20, None, None), ("count", 11, None, None), ("count", 24, None, None)], None),
    ("de", "Beim Feinstaub PM2,5 lag der höchste Jahresmittelwert bei 11 µg/m³, die Weltgesundheitsorganisation empfiehlt höchstens 5 µg/m³.", True, [("count", 11, None, None), ("count", 5, None, "at_most")], None),
    ("de", "Laut Europäischer Umweltagentur sterben in der EU jedes Jahr rund 240.000 Menschen vorzeitig an den Folgen von Feinstaub.", True, [("count", 240000, None, "about")], None),
    ("de", "„Saubere Luft ist ein Grundrecht, kein Luxus“, sagte eine Sprecherin der Deutschen Umwelthilfe.", False, [], None),
    # --- Nitrat (APA) ---
    ("de", "Wien (APA) - An 9,4 Prozent der Grundwassermessstellen in Österreich liegt der Nitratgehalt über dem Schwellenwert von 45 Milligramm pro Liter, wie aus dem neuen Wassergütebericht hervorgeht.", True, [("percent", 9.4, "%", None), ("count", 45, None, None)], None),
    ("de", "Besonders betroffen sind das Marchfeld und das nördliche Burgenland, wo einzelne Brunnen Werte von mehr als 100 mg/l aufweisen.", True, [("count", 100, None, "over")], None),
    ("de", "Der Trinkwassergrenzwert liegt EU-weit bei 50 Milligramm Nitrat je Liter.", True, [("count", 50, None, None)], None),
    ("de", "Die Landwirtschaftskammer verweist darauf, dass der Mineraldüngereinsatz seit 2015 um 22 Prozent zurückgegangen sei.", True, [("year", 2015, None, None), ("percent", 22, "%", None)], None),
    ("de", "Die Bauern werden wieder einmal zum Sündenbock gemacht.", False, [], None),
    # --- Insektenstudie in Nature (APA) ---
    ("de", "Wien (APA) - Die Biomasse fliegender Insekten in mitteleuropäischen Schutzgebieten ist laut einer im Fachjournal „Nature“ veröffentlichten Studie seit 1990 um durchschnittlich 41 Prozent zurückgegangen.", True, [("year", 1990, None, None), ("percent", 41, "%", None)], None),
    ("de", "Das Team um die Ökologin Miriam Haselbacher von der Universität Wien wertete Daten von 1.263 Fallenstandorten aus 14 Ländern aus.", True, [("count", 1263, None, None), ("count", 14, None, None)], None),
    ("de", "Der Rückgang betrug demnach knapp zwei Prozent pro Jahr, in Agrarlandschaften sogar bis zu 3,1 Prozent.", True, [("percent", 2, "%", "nearly"), ("percent", 3.1, "%", "up_to")], None),
    ("de", "Eine zweite Untersuchung zum Zustand der Moorböden erschien zeitgleich im Fachmagazin „Science“.", True, [("ordinal", 2, None, None)], None),
    ("de", "„Wir sägen an dem Ast, auf dem wir sitzen“, warnte Haselbacher.", False, [], None),
    ("de", "Umweltschützer fordern nun ein rasches Verbot besonders schädlicher Pestizide.", False, [], None),
    # --- Nullgradgrenze und Schnee (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Nullgradgrenze ist in der Nacht auf Dienstag auf 5360 Meter über Meer gestiegen, der höchste Wert seit Beginn der Radiosondenmessungen 1954.", True, [("count", 5360, None, None), ("year", 1954, None, None)], None),
    ("de", "Der bisherige Rekord vom August 2023 hatte bei 5298 Metern gelegen, teilte MeteoSchweiz mit.", True, [("year", 2023, None, None), ("count", 5298, None, None)], "MeteoSchweiz"),
    ("de", "In Arosa lag Ende Februar mit 41 Zentimetern weniger als halb so viel Schnee wie im Durchschnitt.", True, [("count", 41, None, None), ("fraction", 0.5, None, "under")], None),
    ("de", "Skigebiete unter 1500 Metern über Meer mussten den Betrieb teilweise schon Anfang Februar einstellen.", True, [("count", 1500, None, "under")], None),
    ("de", "„Schöner Winter sieht anders aus“, seufzte ein Liftbetreiber aus dem Toggenburg.", False, [], None),
    ("de", "Die Werte sind vorläufig, die endgültige Auswertung folgt im Frühjahr.", False, [], None),
    # === English ===============================================================================
    # --- WMO State of the Global Climate (Reuters) ---
    ("en", "GENEVA, March 19 (Reuters) - Last year was the warmest on record, with the global mean near-surface temperature about 1.57C above the 1850-1900 average, the World Meteorological Organization said on Wednesday.", True, [("date", "--03-19", None, None), ("count", 1.57, None, "about"), ("year", 1850, None, None), ("year", 1900, None, None)], "the World Meteorological Organization"),
    ("en", "Each of the past 10 years ranked among the 10 warmest in the 176-year observational record, the agency said.", True, [("duration", 10, "year", None), ("count", 10, None, None), ("duration", 176, "year", None)], None),
    ("en", "From 2015 to 2024 global mean sea level climbed by an average of 4.6 mm a year, more than twice the rate seen in the 1990s.", True, [("count", 4.6, None, None), ("year", 2015, None, None), ("year", 2024, None, None), ("count", 2, None, "over")], None),
    ("en", "Ocean heat content hit a new high, with the upper 2,000 metres absorbing some 16 zettajoules more heat than in the year before.", True, [("count", 2000, None, None), ("count", 16, None, "about")], None),
    ("en", "Atmospheric carbon dioxide reached 151.5% of its pre-industrial level, while methane stood at 265%.", True, [("percent", 151.5, "%", None), ("percent", 265, "%", None)], None),
    ("en", "The 2015 Paris accord commits countries to holding warming well below 2C and pursuing efforts to limit it to 1.5C.", True, [("year", 2015, None, None), ("count", 2, None, "under"), ("count", 1.5, None, None)], None),
    ("en", "\"The data leave no room for doubt,\" said Ines Carvalho, the WMO's director of climate services.", False, [], None),
    ("en", "Activists outside the building held up placards reading \"1.5 is still alive\".", False, [("count", 1.5, None, None)], None),
    # --- UK summer (PA) ---
    ("en", "LONDON (PA) - The UK has had its warmest summer since records began, averaging 16.1C across June, July and August, the Met Office said.", True, [("count", 16.1, None, None)], "the Met Office"),
    ("en", "That was 0.2C warmer than the previous record set in 2018 and 1.5C above the 1991-2020 average.", True, [("count", 0.2, None, None), ("year", 2018, None, None), ("count", 1.5, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], None),
    ("en", "England recorded four heatwaves, and the temperature topped 33C on 11 days.", True, [("count", 4, None, None), ("count", 33, None, None), ("duration", 11, "day", None)], None),
    ("en", "Rainfall was 28% below average across England, making it the driest summer since 1995.", True, [("percent", 28, "%", None), ("year", 1995, None, None)], None),
    ("en", "The highest temperature of the year, 35.8C, was recorded at Faversham in Kent on July 1.", True, [("count", 35.8, None, None), ("date", "--07-01", None, None)], None),
    ("en", "A summer this hot would have been expected about once every 340 years in a pre-industrial climate, Met Office scientists estimated.", True, [("duration", 340, "year", "about")], None),
    ("en", "\"It's not a question of if, but when,\" said Rachel Townsend, who runs a garden centre near Canterbury.", False, [], None),
    # --- Mauna Loa CO2 (AP) ---
    ("en", "WASHINGTON (AP) — Carbon dioxide levels at Hawaii's Mauna Loa Observatory peaked at 430.2 parts per million in May, the National Oceanic and Atmospheric Administration said Thursday.", True, [("count", 430.2, None, None)], "the National Oceanic and Atmospheric Administration"),
    ("en", "That is an increase of 3.5 ppm over May of last year and about 50% above pre-industrial levels of around 280 ppm.", True, [("count", 3.5, None, None), ("percent", 50, "%", "about"), ("count", 280, None, "about")], None),
    ("en", "Scientists at the Scripps Institution of Oceanography, which runs a separate program on the volcano, measured a May average of 430.5 ppm.", True, [("count", 430.5, None, None)], None),
    ("en", "The annual peak comes each May, before plants in the Northern Hemisphere draw down carbon during the growing season.", True, [], None),
    ("en", "Measurements began at Mauna Loa in 1958, when the level was about 315 ppm.", True, [("year", 1958, None, None), ("count", 315, None, "about")], None),
    ("en", "\"We are running the experiment on the only planet we have,\" one researcher said.", False, [], None),
    # --- Arctic sea ice (Reuters) ---
    ("en", "BOULDER, Colorado, Sept 23 (Reuters) - Arctic sea ice shrank to a summer minimum of 4.6 million square kilometres (1.78 million square miles) this year, the National Snow and Ice Data Center said.", True, [("date", "--09-23", None, None), ("count", 4600000, None, None), ("count", 1780000, None, None)], "the National Snow and Ice Data Center"),
    ("en", "It was the 10th-lowest minimum since satellite monitoring began in 1979.", True, [("ordinal", 10, None, None), ("year", 1979, None, None)], None),
    ("en", "The ice covered about 1.6 million square kilometres less than the 1981-2010 average minimum.", True, [("count", 1600000, None, "about"), ("year", 1981, None, None), ("year", 2010, None, None)], None),
    ("en", "The 19 lowest minimums in the record have all occurred in the last 19 years.", True, [("count", 19, None, None), ("duration", 19, "year", None)], None),
    ("en", "Multi-year ice, which survives at least two summers, now makes up less than a third of the Arctic pack.", True, [("count", 2, None, "at_least"), ("fraction", 0.3333, None, "under")], None),
    ("en", "\"The Arctic we knew as children is gone,\" said Erik Dahlgren, an ice scientist in Tromso.", False, [], None),
    # --- Antarctic ice study in Nature (AFP) ---
    ("en", "PARIS (AFP) - Antarctica's ice sheet lost an average of 135 billion tonnes of ice a year between 2002 and 2023, according to a study published Wednesday in the journal Nature.", True, [("count", 135000000000, None, None), ("year", 2002, None, None), ("year", 2023, None, None)], None),
    ("en", "That alone raised global sea levels by about 0.4 millimetres a year, the researchers said.", True, [("count", 0.4, None, "about")], None),
    ("en", "The team, led by glaciologist Marta Lindqvist of Stockholm University, combined data from three satellite missions with 40 years of ice-core records.", True, [("count", 3, None, None), ("duration", 40, "year", None)], None),
    ("en", "The Thwaites Glacier, roughly the size of Florida, alone accounts for about 4% of annual global sea-level rise.", True, [("percent", 4, "%", "about")], None),
    ("en", "Complete loss of the West Antarctic ice sheet would raise seas by some 3.3 metres over several centuries.", True, [("count", 3.3, None, "about")], None),
    ("en", "The findings could reshape how coastal cities plan for the coming century.", False, [], None),
    # --- Canada wildfires (Reuters) ---
    ("en", "OTTAWA, Oct 2 (Reuters) - Wildfires have burned more than 8.2 million hectares (20.3 million acres) across Canada this year, the second-worst season on record, the Canadian Interagency Forest Fire Centre said.", True, [("date", "--10-02", None, None), ("count", 8200000, None, "over"), ("count", 20300000, None, None), ("ordinal", 2, None, None)], "the Canadian Interagency Forest Fire Centre"),
    ("en", "The worst year remains 2023, when some 15 million hectares burned.", True, [("year", 2023, None, None), ("count", 15000000, None, "about")], None),
    ("en", "As of Tuesday, 412 fires were still active, 97 of them classed as out of control.", True, [("count", 412, None, None), ("count", 97, None, None)], None),
    ("en", "More than 38,000 people in Manitoba and Saskatchewan were forced from their homes at the peak of the evacuations.", True, [("count", 38000, None, "over")], None),
    ("en", "Canadian fires released an estimated 480 megatonnes of carbon this year, the EU's Copernicus Atmosphere Monitoring Service said.", True, [("count", 480, None, "about")], "the EU's Copernicus Atmosphere Monitoring Service"),
    ("en", "Smoke from the fires pushed Chicago's air quality index above 200 on two days in June.", True, [("count", 200, None, "over"), ("duration", 2, "day", None)], None),
    ("en", "Federal and provincial firefighting costs have topped C$1.1 billion.", True, [("money", 1100000000, "CAD", None)], None),
    ("en", "\"If you can smell smoke, close your windows and stay indoors,\" health officials advised.", False, [], None),
    # --- Great Barrier Reef (AAP) ---
    ("en", "TOWNSVILLE, Aug 6 (AAP) - Hard coral cover on the northern Great Barrier Reef fell by a quarter in the past year, the Australian Institute of Marine Science said.", True, [("date", "--08-06", None, None), ("fraction", 0.25, None, None)], "the Australian Institute of Marine Science"),
    ("en", "Surveys of 124 reefs between August and June found average cover in the north dropped to 30.2 per cent from 39.8 per cent.", True, [("count", 124, None, None), ("percent", 30.2, "%", None), ("percent", 39.8, "%", None)], None),
    ("en", "It was the fifth mass bleaching event on the reef since 2016.", True, [("ordinal", 5, None, None), ("year", 2016, None, None)], None),
    ("en", "Globally, about 81 per cent of reef areas have experienced bleaching-level heat stress since January 2023, according to the U.S. National Oceanic and Atmospheric Administration.", True, [("percent", 81, "%", "about"), ("year", 2023, None, None)], "the U.S. National Oceanic and Atmospheric Administration"),
    ("en", "The reef is worth an estimated A$6.4 billion a year to the Australian economy.", True, [("money", 6400000000, "AUD", "about")], None),
    ("en", "Reef tourism operators said the headlines were scaring visitors away unnecessarily.", False, [], None),
    # --- IUCN Red List (AFP) ---
    ("en", "GLAND, Switzerland (AFP) - More than 48,600 species are now threatened with extinction, the International Union for Conservation of Nature said on Thursday in its latest Red List update.", True, [("count", 48600, None, "over")], "the International Union for Conservation of Nature"),
    ("en", "The list now covers 172,620 species, of which 28% are assessed as threatened.", True, [("count", 172620, None, None), ("percent", 28, "%", None)], None),
    ("en", "Among freshwater fish, one in four species is at risk, largely because of pollution, dams and invasive species.", True, [("fraction", 0.25, None, None)], None),
    ("en", "Three species were declared extinct, including a snail found only on a single island in French Polynesia.", True, [("count", 3, None, None)], None),
    ("en", "The Saimaa ringed seal was moved from Endangered to Vulnerable after its population rose to about 480 animals.", True, [("count", 480, None, "about")], None),
    ("en", "Amphibians remain the most threatened group, with 43% of assessed species at risk.", True, [("percent", 43, "%", None)], None),
    ("en", "\"Nature is sending us a bill we cannot afford to ignore,\" said the union's director general.", False, [], None),
    ("en", "Conservation groups called the update a wake-up call for governments meeting in Cali next month.", False, [], None),
    # --- Big Garden Birdwatch (PA) ---
    ("en", "LONDON (PA) - Almost 610,000 people took part in this year's Big Garden Birdwatch, counting more than 9.5 million birds, the RSPB said.", True, [("count", 610000, None, "nearly"), ("count", 9500000, None, "over")], "the RSPB"),
    ("en", "The house sparrow kept the top spot for the 22nd year running, with an average of 4.1 sightings per garden.", True, [("ordinal", 22, None, None), ("count", 4.1, None, None)], None),
    ("en", "Starling numbers recorded in gardens are down 82% since the survey began in 1979.", True, [("percent", 82, "%", None), ("year", 1979, None, None)], None),
    ("en", "Greenfinch sightings fell 15% on last year, a decline linked to the disease trichomonosis.", True, [("percent", 15, "%", None)], None),
    ("en", "The UK has lost roughly 73 million breeding birds since 1970, according to the State of the UK's Birds report.", True, [("count", 73000000, None, "about"), ("year", 1970, None, None)], None),
    ("en", "The count runs over three days each January and asks people to watch their garden for one hour.", True, [("duration", 3, "day", None), ("duration", 1, "hour", None)], None),
    ("en", "\"Every garden can be a lifeline,\" the charity said, urging people to put out food and water.", False, [], None),
    # --- Wolves (AP) ---
    ("en", "HELENA, Mont. (AP) — Montana's wolf population fell to an estimated 1,091 animals at the end of last year, down about 4% from a year earlier, state wildlife officials said.", True, [("count", 1091, None, "about"), ("percent", 4, "%", "about")], None),
    ("en", "Hunters and trappers killed 281 wolves during the 2024-25 season, just short of the 300 quota set by the state commission.", True, [("count", 281, None, None), ("year", 2024, None, None), ("year", 2025, None, None), ("count", 300, None, None)], None),
    ("en", "In Yellowstone National Park, biologists counted 108 wolves in 11 packs in December.", True, [("count", 108, None, None), ("count", 11, None, None)], None),
    ("en", "Wolves were reintroduced to the park in 1995 and 1996, when 41 animals were brought from Canada.", True, [("year", 1995, None, None), ("year", 1996, None, None), ("count", 41, None, None)], None),
    ("en", "Washington state recorded at least 260 wolves in 42 packs, the 15th straight year of growth, the Department of Fish and Wildlife said.", True, [("count", 260, None, "at_least"), ("count", 42, None, None), ("ordinal", 15, None, None)], "the Department of Fish and Wildlife"),
    ("en", "Ranchers say the animals are killing more cattle than the official numbers show.", True, [], None),
    ("en", "\"These wolves belong to all of us, not just to the people who want them dead,\" said a wildlife advocate at the hearing.", False, [], None),
    # --- UK rain and floods (PA) ---
    ("en", "LONDON (PA) - Parts of Cumbria received 312mm of rain in November, more than twice the monthly average, the Met Office said.", True, [("count", 312, None, None), ("count", 2, None, "over")], "the Met Office"),
    ("en", "At Honister Pass, 184.6mm fell in 48 hours, the highest two-day total in England this year.", True, [("count", 184.6, None, None), ("duration", 48, "hour", None), ("duration", 2, "day", None)], None),
    ("en", "The Environment Agency issued 97 flood warnings and 211 flood alerts at the height of the storm.", True, [("count", 97, None, None), ("count", 211, None, None)], None),
    ("en", "Some 1,400 homes were flooded, mostly in Cumbria and Lancashire, the agency said.", True, [("count", 1400, None, "about")], None),
    ("en", "November rainfall across the UK as a whole was 142% of the long-term average.", True, [("percent", 142, "%", None)], None),
    ("en", "\"You just feel helpless watching it rise,\" said a resident of Keswick.", False, [], None),
    # --- Drought (Reuters, PTI) ---
    ("en", "CHICAGO, Aug 28 (Reuters) - About 38% of the contiguous United States was in drought as of Tuesday, the highest share since 2022, the U.S. Drought Monitor showed on Thursday.", True, [("date", "--08-28", None, None), ("percent", 38, "%", "about"), ("year", 2022, None, None)], None),
    ("en", "Nearly 6% of the Midwest was in extreme drought, rated D3 on the monitor's five-step scale, or exceptional drought, rated D4.", True, [("percent", 6, "%", "nearly"), ("count", 5, None, None)], None),
    ("en", "Corn in drought areas covers about 21 million acres, the Agriculture Department estimated.", True, [("count", 21000000, None, "about")], None),
    ("en", "In Spain's Guadalquivir basin, the Standardized Precipitation Index stood at minus 1.9 in September, a reading classed as severe drought.", True, [("count", -1.9, None, None)], None),
    ("en", "NEW DELHI (PTI) - India received 598.4 mm of monsoon rain between June 1 and Aug 31, 7% below the long-period average, the India Meteorological Department said.", True, [("count", 598.4, None, None), ("date", "--06-01", None, None), ("date", "--08-31", None, None), ("percent", 7, "%", None)], "the India Meteorological Department"),
    ("en", "Eleven of the country's 36 meteorological subdivisions recorded deficient rainfall.", True, [("count", 11, None, None), ("count", 36, None, None)], None),
    ("en", "Farmers' groups blamed the government for failing to prepare.", False, [], None),
    # --- Delhi air (Reuters) ---
    ("en", "NEW DELHI, Nov 12 (Reuters) - Levels of PM2.5, the most dangerous fine particles, hit 532 micrograms per cubic metre in parts of New Delhi on Wednesday, more than 35 times the World Health Organization's daily limit.", True, [("date", "--11-12", None, None), ("count", 532, None, None), ("count", 35, None, "over")], None),
    ("en", "The city's average air quality index stood at 428, in the \"severe\" category, the Central Pollution Control Board said.", True, [("count", 428, None, None)], "the Central Pollution Control Board"),
    ("en", "Authorities shut primary schools and banned construction work under Stage 3 of an emergency plan.", True, [("count", 3, None, None)], None),
    ("en", "Crop stubble fires in Punjab and Haryana contributed about 22% of the fine-particle load in the capital on Tuesday, according to a government forecasting system.", True, [("percent", 22, "%", "about")], None),
    ("en", "Air pollution is linked to around 1.6 million deaths a year in India, a study in The Lancet Planetary Health estimated.", True, [("count", 1600000, None, "about")], None),
    ("en", "\"Breathing in Delhi is like smoking 20 cigarettes a day,\" one doctor said.", False, [("count", 20, None, None)], None),
    # --- Rivers (PA) ---
    ("en", "LONDON (PA) - Water companies in England discharged raw sewage into rivers and seas for 3.2 million hours last year, according to Environment Agency data.", True, [("duration", 3200000, "hour", None)], None),
    ("en", "There were 412,000 spills in total, an average of 28 per storm overflow.", True, [("count", 412000, None, None), ("count", 28, None, None)], None),
    ("en", "Only 14% of rivers in England are in good ecological health, and none meets good chemical status.", True, [("percent", 14, "%", None)], None),
    ("en", "Nitrate levels in groundwater at 11 monitoring sites in Lincolnshire exceeded 50 milligrams per litre, the legal limit for drinking water.", True, [("count", 11, None, None), ("count", 50, None, None)], None),
    ("en", "The River Wye has lost more than 90% of its water crowfoot since 2020, campaigners said.", True, [("percent", 90, "%", "over"), ("year", 2020, None, None)], None),
    ("en", "Water UK said companies would invest £96 billion over the next five years to cut spills.", True, [("money", 96000000000, "GBP", None), ("duration", 5, "year", None)], "Water UK"),
    ("en", "\"Our rivers are being treated as open sewers,\" said the campaign group's founder.", False, [], None),
    # --- Bumblebee study in Science (AP) ---
    ("en", "NEW YORK (AP) — Bumblebee populations across North America declined by an average of 31% between 1998 and 2022, according to a study published Thursday in the journal Science.", True, [("percent", 31, "%", None), ("year", 1998, None, None), ("year", 2022, None, None)], None),
    ("en", "Researchers analysed more than 96,000 observations of 46 species collected by volunteers and museum surveys.", True, [("count", 96000, None, "over"), ("count", 46, None, None)], None),
    ("en", "Of those species, 19 declined by more than half, while only four showed clear increases.", True, [("count", 19, None, None), ("fraction", 0.5, None, "over"), ("count", 4, None, None)], None),
    ("en", "The losses were steepest in the Southwest, where summers have warmed by about 1.8 degrees Fahrenheit (1 degree Celsius) since 1990.", True, [("count", 1.8, None, "about"), ("count", 1, None, None), ("year", 1990, None, None)], None),
    ("en", "The authors said pesticide use, habitat loss and heat all played a role but could not say which mattered most.", True, [], None),
    ("en", "\"This should worry anyone who eats,\" said co-author Dana Whitcombe of the University of Arizona.", False, [], None),
    # --- Amazon deforestation (Reuters) ---
    ("en", "BRASILIA, Nov 6 (Reuters) - Deforestation in Brazil's Amazon rainforest fell 14% in the 12 months through July to 5,320 square kilometres, the lowest since 2014, according to the space research agency Inpe.", True, [("date", "--11-06", None, None), ("percent", 14, "%", None), ("duration", 12, "month", None), ("count", 5320, None, None), ("year", 2014, None, None)], None),
    ("en", "That is an area roughly seven times the size of New York City.", True, [("count", 7, None, "about")], None),
    ("en", "Clearing in the Cerrado savanna fell 9% to 7,180 square kilometres.", True, [("percent", 9, "%", None), ("count", 7180, None, None)], None),
    ("en", "The government has pledged to end illegal deforestation by 2030.", True, [("year", 2030, None, None)], None),
    ("en", "Environmental groups welcomed the figures but said the fight was far from won.", False, [], None),
    # --- Himalayan glaciers (Reuters) ---
    ("en", "KATHMANDU, June 4 (Reuters) - Glaciers in Nepal's Everest region thinned by an average of 0.8 metres a year between 2015 and 2024, the International Centre for Integrated Mountain Development said.", True, [("date", "--06-04", None, None), ("count", 0.8, None, None), ("year", 2015, None, None), ("year", 2024, None, None)], "the International Centre for Integrated Mountain Development"),
    ("en", "At current emissions, the region could lose up to 70% of its glacier volume by 2100.", True, [("percent", 70, "%", "up_to"), ("year", 2100, None, None)], None),
    ("en", "Nearly 2 billion people depend on rivers fed by the mountains' snow and ice.", True, [("count", 2000000000, None, "nearly")], None),
    ("en", "The surface of the Khumbu Glacier near Everest Base Camp, at about 5,364 metres, has dropped by roughly 50 metres since the 1960s.", True, [("count", 5364, None, "about"), ("count", 50, None, "about")], None),
    ("en", "\"The mountain is changing faster than we can adapt,\" said a veteran guide.", False, [], None),
    # --- Protest, colour and boilerplate ---
    ("en", "Extinction Rebellion called on supporters to blockade the environment ministry on Friday.", False, [], None),
    ("en", "Climate change is rewriting the rules of the game.", False, [], None),
    ("en", "(Reporting by Tom Havers; Editing by Clare Fenwick)", False, [], None),
    ("en", "Sign up for our weekly climate newsletter.", False, [], None),
    ("en", "AP receives support from private foundations for its climate coverage.", False, [], None),
]
