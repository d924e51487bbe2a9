"""Hundred-and-tenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, storms, firms and figures are made
up (Carina Wolfsteller, Ingrid Hainzl, Seraina Tobler, Josef Riegler, Karl Hofstätter,
Heinz-Dieter Maaßen, Andreas Löffelholz, Leopold Scharinger, Friederike Ottmann, Henning
Raabe, Ramona Kettler, Sturmtief „Ortrud“; Agnes Morland, Manuel Ortega, Mike Alvarado, Raúl
Espinoza, Yiannis Kostopoulos, Helena Marsh, Tom Ellwood, Gareth Pryce, Pauline Hebden, Jo
Harker, Tom Whitcombe, Pieter Vandamme, Sofie Vandeweghe, Alan Purcell, Darryl Pruett,
Hurricane Delphine, Meridian Risk Analytics, Brianna Colter, Anders Lindahl, Storm Halwyn,
Sandra Pyle, Dana Kimura); real weather services, agencies, insurers, institutes and places
("Deutscher Wetterdienst", "DWD", "GeoSphere Austria", "AGES", "Wasserwirtschaftsamt",
"Versicherungskammer Bayern", "MeteoSchweiz", "Bundesamt für Gesundheit", "Bundesheer",
"Landesfeuerwehrkommando", "Wasserstraßen- und Schifffahrtsamt Rhein", "Bundesverband der
Deutschen Binnenschifffahrt", "Bundesanstalt für Gewässerkunde", "Österreichische
Hagelversicherung", "World Weather Attribution", "Robert Koch-Institut", "Charité", "Glamos",
"BSH", "Gesamtverband der Versicherer", "Waghäusel-Kirrlach", "Andau", "Kaub", "Jungfraujoch",
"Sonnblick"; "Met Office", "UK Health Security Agency", "Network Rail", "AEMET", "Carlos III
Health Institute", "IPMA", "National Weather Service", "Arizona Public Service", "EFFIS",
"Imperial College London", "London School of Hygiene & Tropical Medicine", "Environment
Agency", "Durham and Darlington Fire and Rescue Service", "Association of British Insurers",
"UK Centre for Ecology & Hydrology", "Yorkshire Water", "National Farmers' Union",
"Copernicus Climate Change Service", "U.S. Army Corps of Engineers", "American Waterways
Operators", "U.S. Drought Monitor", "National Hurricane Center", "Climate Central", "Swiss
Re", "Energy Networks Association", "Hampshire Constabulary", "NOAA", "Climate Prediction
Center") stand for the way wire copy names them; every reading, record, toll, loss and
estimate here is invented.

Its weight: WEATHER RECORDS AND CLIMATE EXTREMES over a summer and an autumn in story order
(late June to December), each story told over several sentences as wire copy runs (a
dateline lead with the reading and the station, the record it beats, the figures around it,
attributed statements of weather services and officials, a quote, warnings and advice, scene
colour, follow-ups and revisions), the German and English stories interleaved by date. Half
German (dpa, dpa/lby, APA, Keystone-SDA; Austrian "heuer", "Jänner", "Bezirkshauptmann",
"Pensionistenklubs", Swiss "ss", "Meter über Meer", "5236" without a separator, «» quotes,
German „“ quotes): a June record at Waghäusel-Kirrlach with Konjunktiv I from a DWD
meteorologist, Austria's heatwave with Hitzetage, Tropennächte and the AGES heat-death
estimate, a cloudburst in Lower Bavaria with a gauge, a fatality, insured losses and aid, the
Swiss freezing level and glacier melt in a heatwave, a forest fire on the Rax, low water on
the Rhine at Kaub with freight and load shares, the DWD's summer balance against two
reference periods, drought damage to Austrian farms with groundwater and the Neusiedler See,
an attribution study with the RKI's revised heat-death estimate, the Swiss glacier report, a
North Sea storm surge, the insurers' natural-hazard balance and Austria's autumn balance with
a November record. Half English (Reuters, AP, AFP, PA): English heat with an amber
heat-health alert, Spanish heat with a mortality monitor's estimate revised upward, Phoenix
heat in Fahrenheit with deaths confirmed and under investigation, a wildfire on Evia, a
World Weather Attribution study ("about 10 times more likely") with a rapid heat-death study,
"a month's rain in a day" in County Durham, England's hottest summer with drought, reservoirs
and a hosepipe ban, Copernicus' August bulletin, low water on the Mississippi, a Category 4
hurricane with rapid intensification and an attribution estimate, Swiss Re's insured
catastrophe losses, a named storm with a red warning, and NOAA's autumn report. Negatives as
such copy has them: warnings and advice to the public, forecasts and outlooks without a
figure, quoted verdicts, fears and feelings of scientists, officials, farmers, skippers and
residents, Konjunktiv I verdicts, hopes, an accusation without a checkable claim, open
questions, scene colour, a commentator's speculation, a dismissal as a label, a
provisional-data note and two reporting credits.

241 rows (123 German, 118 English), 55 negatives (27 German, 28 English), 186 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 306 expected quantities (171
counts, 36 years, 24 durations, 23 ordinals, 18 percentages, 15 amounts of money - 7 EUR, 7
USD, 1 GBP -, 12 fractions, 7 dates; 1 of them in a negative, as the seventeenth batch
labels a figure in a negative), 45 checked speakers (21 German, 24 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases that
  report a reading, a cause or a figure are check-worthy with the speaker their own
  attribution gives ("In Frankfurt am Main habe der Tiefstwert ... bei 24,1 Grad gelegen,
  ..., sagte Wolfsteller." -> "Wolfsteller", "Ausschlaggebend seien ein schneearmer Winter
  sowie zwei Hitzewellen ..., sagte Glamos-Leiterin Seraina Tobler." -> "Seraina Tobler",
  "Im Mai habe die Schneedecke ... nur etwa die Hälfte ... erreicht, so Tobler." -> "Tobler",
  "Die Schadenssumme liege damit rund ein Viertel über dem Durchschnitt ..., sagte
  GDV-Vorstand Henning Raabe." -> "Henning Raabe"; "Am stärksten betroffen seien ..., wo
  die Maisernte um bis zu 40 Prozent geringer ausfalle." without attribution; forty-seventh,
  seventy-fourth, hundred-eighth); a Konjunktiv I verdict or outlook without a figure is a
  negative, also with a named speaker ("Die Hitze sei erst ein Vorgeschmack ..., sagte
  Wolfsteller.", "Für die Skigebiete bedeute das einen späten Saisonstart, ..."; hundred-first
  and hundred-eighth).
- Quoted claims of a measurable record are check-worthy (twenty-ninth, ninety-eighth): „So
  viele Stationsrekorde an einem einzigen Junitag hatten wir noch nie“ -> "Carina
  Wolfsteller". Quoted facts are check-worthy with their speaker, with a figure („Wir haben
  in den vergangenen vier Tagen mehr als 600.000 Liter Wasser ... abgeworfen“ -> "Josef
  Riegler", „Wir fahren mit weniger als der Hälfte der Ladung ...“ -> "Heinz-Dieter
  Maaßen", ""We have had 14 calls for heat illness ..."" -> "Mike Alvarado") and without
  („Auf manchen Feldern haben wir heuer nicht einmal das Saatgut hereingebracht“ -> "Leopold
  Scharinger"; ninety-eighth). New: a resident's „So etwas habe ich in 30 Jahren auf der
  Insel nicht erlebt“ is a reaction, not a claim of a measurable record - "so etwas" names
  no measure, unlike a meteorologist's count of station records - and a negative that keeps
  its 30 years labelled (seventeenth: a figure in a negative is labelled).
- New, on attribution studies: a multiple of a likelihood is a count like any other multiple
  (twelfth, twenty-sixth, forty-fourth, seventy-fourth: "doppelt so schnell" 2, "more than
  twice the rate" 2 "over"; the issue: "viermal" 4), with its hedge: "about 10 times more
  likely" 10 "about", "rund zehnmal wahrscheinlicher" 10 "about", "up to three times more
  likely" 3 "up_to"; the claim is check-worthy whoever makes it ("scientists at World
  Weather Attribution said" and "Researchers at Climate Central estimated" leave the speaker
  unchecked). The counterfactual difference is a temperature ("around 2.5C lower" 2.5
  "about", "um etwa 2,8 Grad niedriger" 2.8 "about"), the return period a duration
  ("roughly once every 15 years" 15 years "about", seventy-fourth: "about once every 340
  years"); "made every one of them more likely" carries none.
- Heat deaths, hedged and revised (ninety-ninth: every figure a row gives is labelled,
  whichever replaces which): "schätzungsweise 430" "about" (sixty-fourth), "vorläufig auf
  rund 2.700" "about" ("vorläufig" no hedge, ninety-ninth), "In einer ersten Schätzung ...
  von etwa 1.900" ordinal 1 and 1,900 "about", "602 heat deaths, a figure officials later
  raised to 611" both, "74 ... and 263 more" ("more" after a figure no hedge), "about 1,500
  of the 2,300 heat deaths in 12 European cities" (the hedge on the first only), "312 deaths
  ... in the first six days" 312, ordinal 1 and 6 days (hundred-eighth: "in the first nine
  months"). New: "revised the figure up to 468" is 468 with no hedge - "up" belongs to the
  verb of revision and gives a direction, not a bound; "bis zu" and "up to" stay "up_to"
  where they bound a figure ("Up to 18 inches", "bis zu 45 Zentimeter"). Estimates stay
  check-worthy with the estimating verb's speaker unchecked ("Das Robert Koch-Institut
  beziffert", "Nach Berechnungen der AGES", "attributed", "estimated"; forty-seventh).
- Temperatures are counts (fourth, thirty-third, forty-seventh, seventy-fourth): "38,9 Grad",
  "38,3 Grad", "24,1 Grad", "38,7 Grad", "37,1 Grad", "25,2 Grad", "37,4 Grad ..., 36,8
  Grad", "12,1 Grad, 0,3 Grad mehr", "19,6 Grad" ("durchschnittlich" no hedge), "39,8 Grad",
  "24,6 Grad", "35.4C", "45.9C", "41C", "16.9C", "16.8C ... by 0.1C", "16.71C", "21.03C";
  Fahrenheit with Celsius in brackets two counts ("117 degrees Fahrenheit (47.2 Celsius)",
  forty-seventh), "57.9 degrees Fahrenheit, 3.4 degrees above" and "by 0.5 degree";
  anomalies "1,8 Grad", "3,3 Grad" ("sogar" no hedge), "plus 1,6 Grad" ("plus" a sign,
  fifty-seventh), "4.1C above the 1991-2020 norm", "1.49C above the pre-industrial average",
  "0.53C above", "1.4C warmer", "about 1.3C warmer" "about", "more than 1.5C above" 1.5
  "over", "every 1C of warming" count 1 (forty-fourth: "one degree"). Bounds: "mit
  mindestens 30 Grad" "at_least", "auf mehr als 38 Grad" and "über 22 Grad" "over", "at or
  above 110 degrees" "at_least" (eleventh), "Readings above 44C" and "climbed above 50C"
  "over" (forty-seventh: "above" "over"), "topped 33C" with no hedge (seventy-fourth: a
  verb), "at 90 degrees or higher" 90 with no hedge (forty-seventh: "or larger" after the
  figure).
- Records and ranks: "der drittwärmste", "der zweitwärmste", "the world's second-warmest
  August", "the continent's fourth-warmest", "der viertgrösste Verlust" ordinals
  (seventy-fourth: "das drittwärmste"); "die 14. Tropennacht", "die neunte Nacht in Folge",
  "its 19th straight day", "the third consecutive day", "der zwölfte Sommer in Folge", "the
  fourth autumn in a row", "the fourth major blaze", "die zweite schwere Sturmflut", "the
  12th named storm ... and the fifth to reach hurricane strength" (the noun left out,
  ninety-eighth), "the eighth named storm" ordinals (forty-seventh, seventy-fourth); "the
  20th-century average" 20 (as "des 19. Jahrhunderts"); "nach einer ersten Auswertung",
  "nach ersten Schätzungen" and "the first week of July" ordinal 1 (ninety-ninth); "among
  the three warmest" count 3 and "among their 10 warmest" count 10 (seventy-fourth: "among
  the 10 warmest"). "höchsten", "heißeste", "hottest", "warmest", "driest", "record", "noch
  nie", "so hoch wie nie" carry none.
- Years and reference periods: "seit Beginn regelmäßiger Aufzeichnungen 1881", "seit Beginn
  flächendeckender Messungen 1881", "seit Beginn der Ballonmessungen 1954" the years
  (forty-seventh: "seit Beginn der Messungen 1893"); both years of "der Jahre 1991 bis
  2020", "Referenzperiode 1961 bis 1990", "Klimamittel 1991 bis 2020", "the 1991-2020 norm"
  and "average" (forty-second, fifty-seventh, seventy-fourth); "aus dem Jahr 2021", "seit
  2015", "aus dem Sommer 2022", "seit 2021", "von 2022", "Seit 2000", "Seit 1850", "since
  2021", "since 2020", "set in 2018", "since 1995", "set in 2022", "since 1987", "in 2015",
  "set in 2016", "since 1956" and "in 2025" the years.
- Rain, rivers, seas and ice are counts (fourth, forty-seventh, seventy-fourth): "137 Liter
  pro Quadratmeter", "rund 160 Litern" "about", "weniger als 80 Liter" "under", "91.4mm",
  "about 75mm" "about"; "a month's rain in a day" carries none (ninety-ninth: "a month's
  rain"; forty-seventh: "within an hour"), "das entspricht dem Regen von fast zwei Monaten"
  2 months "nearly". Gauges: "um 2,40 Meter auf 5,12 Meter", "auf 62 Zentimeter", "um 31
  Zentimeter", "gut 1,60 Meter" "over" (seventy-first: "gut"), "auf bis zu 45 Zentimeter"
  "up_to", "rose by 2.9 metres", "minus 9.6 feet" -9.6 (a sign, forty-second and
  seventy-fourth), "at least 9 feet" "at_least", "2,71 Meter höher ... als das mittlere
  Hochwasser", "2,5 bis 3,5 Metern" and "1,5 bis 2 Metern" two each (ranges, forty-seventh),
  "rund 80 Zentimeter", "115,21 Metern über Adria, nur 4 Zentimeter über dem Tiefstand" with
  no hedge ("über" after a figure, seventy-fourth: "5360 Meter über Meer"), "about a foot
  above the record low" none (forty-seventh: "a foot of snow"). Heights and ice: "5236 Meter
  über Meer", "5117 Metern", "auf 2500 Metern über Meer" (Swiss copy without a separator),
  "auf 3.106 Metern", "erst 38 Zentimeter" ("erst" no hedge), "rund 110 Zentimeter", "bis zu
  20 Zentimeter Eis pro Tag" "up_to" ("pro Tag" none), "rund 1,6 Kubikkilometer" "about",
  "bis zu 4,8 Meter" "up_to", "um durchschnittlich 1,3 Kilometer" (no hedge), "rund 400.000
  Kubikmeter Sand" "about", "14 million cubic yards" 14,000,000, "about 60 miles" "about".
  Levels and scales: "die höchste Meldestufe 4" 4, "die Hitzewarnstufe 3 von 4" 3 and 4,
  "Windstärke 12" 12, "a Category 4 storm" 4 (forty-seventh); "amber", "red alert", "a rare
  red warning" none. Winds: "126 Kilometer pro Stunde", "gusts of 98mph", "up to 70 km/h"
  "up_to", "140 mph (220 km/h)" two, "increased by 65 mph ..., far beyond the 35 mph
  threshold" 65 and 35 ("far beyond the" no hedge, forty-seventh: "just short of the").
  Other measures: "8,412 megawatts", "Up to 18 inches" "up_to", "10 to 15 feet" two.
- Heat days and nights: "24 Hitzetage" and "bis Mitte Juli elf" counts (fifteenth and
  fortieth), "nine consecutive nights" count 9 (a night is no unit of the duration list, as
  "Tropennächte" and "4,1 Nächte"). Sunshine "812 Stunden, rund 150 Stunden mehr" 812 hours
  and 150 hours "about" (thirty-third, seventy-fourth: "mit 2.214 Stunden").
- Wildfires and crews: "rund 86 Hektar" "about", "more than 9,000 hectares" "over", "about
  48,000 hectares" "about", "nearly twice the average" 2 "nearly" (a multiple, twenty-sixth
  and seventy-fourth); "mehr als 900 Feuerwehrleute aus 74 Feuerwehren", "sechs
  Hubschraubern, die bisher mehr als 1.700 Abwürfe flogen", "mehr als 600.000 Liter", "Zwei
  Dutzend Wanderer" 24 (issue: "two dozen"), "More than 520 firefighters, 14 water-bombing
  planes and 11 helicopters", "eight villages" counts.
- Percentages and fractions: "nur etwa 67 Prozent der üblichen Niederschlagsmenge" "about",
  "Only 59% of the usual rainfall" ("Only" no hedge), "nur 72 Prozent des Mittels", "58%
  full ..., compared with 78%", "an 61 Prozent der rund 3.100 Messstellen" (the hedge on the
  count), "um bis zu 40 Prozent" "up_to", "3,2 Prozent ihres verbliebenen Eisvolumens",
  "rund 41 Prozent" "about", "zu 30 bis 40 Prozent beladen" two, "Nur etwa 57 Prozent"
  "about", "about 7% more moisture" "about", "More than 70%" "over", "by 5% to 7% a year"
  two, "Only around 40%" "about"; "nur noch etwa ein Drittel" 0.3333 "about", "weniger als
  der Hälfte" 0.5 "under" and "weniger als ein Viertel" 0.25 "under" (seventy-fourth: "less
  than a third"), "Jeder vierte Betrieb" 0.25 (issue), "fast zwei Drittel" 0.6667 "nearly",
  "nur etwa die Hälfte" 0.5 "about", "drei Viertel davon" 0.75, "rund ein Viertel über dem
  Durchschnitt" 0.25 "about", "um die Hälfte weniger" 0.5 (seventy-fourth: "nur halb so viel
  Regen"), "Roughly one-fifth" 0.2 "about", "roughly half of the total" 0.5 "about". New:
  "as much as" is "up_to", as "as many as" (hundredth): "down by as much as a fifth" 0.2
  "up_to", "by as much as 30%" 30 "up_to".
- Money in the currency written: "mindestens 150 Millionen Euro" "at_least", "bis zu 5.000
  Euro" "up_to", "rund 180 Millionen Euro", "rund 5,9 Milliarden Euro", "etwa 1,2
  Milliarden Euro mehr" and "etwa 640 Millionen Euro" "about", "5,000 euros to every
  household" EUR ("every household" none), "about $128 billion" "about", "above $100
  billion" "over" (sixteenth), "$31 billion", "more than $180 billion" "over", "between $9
  billion and $14 billion" both with no hedge (ninety-ninth), "at least $1 billion each"
  "at_least" ("each" none, hundred-eighth), "could exceed £400 million" GBP with no hedge
  (thirty-first); "the tens of millions of pounds" a vague magnitude carrying none
  (ninety-ninth: "einen dreistelligen Millionenbetrag"), its row check-worthy.
- Durations: "fünfstündigen Krisensitzung" and "fünfstündigen Überflutung" 5 hours (issue),
  "dreitägigen Hitzewelle" 3 days, "binnen 24 Stunden", "binnen sechs Stunden", "in 24
  hours", "for 14 hours", "in less than 12 hours" 12 "under", "in den vergangenen vier Tagen"
  4 days, "Für die kommenden zwei Wochen" 2 weeks, "by up to three weeks" "up_to", "over the
  past three decades" 30 years (seventy-fourth: "Seit drei Jahrzehnten"), "der vergangenen
  20 Jahre", "in 20 of the past 26 months" 20 and 26 months (seventy-fourth: "in 19 der
  vergangenen 21 Monate"), "in 30 Jahren" (in a negative); ages "Ein 79 Jahre alter Mann",
  "A 54-year-old man", "Menschen über 85 Jahre" 85 years "over" (ninety-seventh: "bei über
  75-Jährigen"). None: "Binnen einer Woche", "in dieser Woche", "A week later", "Jahre",
  "Jahrzehnten", "around the clock", "overnight", "all night", "last week", "this year", "so
  far this year", "im Vorjahr", "heuer", "Ende Juli", "bis Mitte Juli", "mid-November".
- Dates and clock times: "am 2. Juli" --07-02, "am 3. November" --11-03, "since June 1"
  --06-01; Reuters datelines with a day ("MADRID, July 8 (Reuters)", "LONDON, Aug 6
  (Reuters)", "BRUSSELS, Sept 5 (Reuters)", "ZURICH, Nov 4 (Reuters)") dates without a
  year; dpa, dpa/lby, APA, Keystone-SDA, PA, AP ("MEMPHIS, Tenn. (AP) —") and AFP datelines
  none (seventy-ninth). Clock times carry none ("until 9am on Friday", "between noon and 6
  p.m.", "through 8 p.m. Tuesday", "from 4am to 11am"), weekdays and months alone none.
- Counts otherwise: "An 61 der rund 480 hauptamtlichen Stationen" (the hedge on the second
  only, hundred-eighth), "14 of the country's 18", "35 of the 90 river gauges", "Forty of
  the 48", "All nine English regions" 9 ("all" no hedge, forty-first), "tows from 40 barges
  to 25", "für 23 Landkreise", "an sechs Stationen", "40 zusätzliche Trinkbrunnen und 15
  Pensionistenklubs", "zwei Schulen", "zwei Hitzewellen", "20 kleinere Gletscher", "22
  climate models", "19 heatwaves", "1,140 inspections", "48 flood warnings and 112 flood
  alerts", "37 people", "Two people", "5.4 million customers", "About 410,000 residents ...
  in 11 counties", "About 230,000 homes", "More than 300 trains", "24 separate ...
  disasters", "more than 40,000 bottles", "rund 410.000, nach 290.000"; "a handful", "eine
  Seniorenresidenz" none.
- Hedges, only the names in use: "rund", "etwa", "schätzungsweise", "about", "About",
  "around", "roughly", "Roughly" "about"; "fast", "nearly" "nearly"; "mehr als", "über",
  "gut", "more than", "More than", "above" "over"; "weniger als", "less than" "under"; "bis
  zu", "up to", "Up to", "as much as" "up_to"; "mindestens", "at least", "at or above"
  "at_least". No hedge: "durchschnittlich", "insgesamt", "nur", "Nur", "nur noch", "Only",
  "erst", "sogar", "bereits", "vorläufig", "plus", "all", "each", "between", "topped",
  "could exceed", "or higher", "far beyond the", "more" after a figure, "up" in "revised ...
  up to".
- Speakers, checked only in forms the earlier batches settled: "teilte der Deutsche
  Wetterdienst mit" (twice, once with "am Freitag nach einer ersten Auswertung" between),
  "teilte die GeoSphere Austria mit" (twice), "teilte die Polizei mit", "teilte das
  Wasserstraßen- und Schifffahrtsamt Rhein mit" (the river part of the name), "teilte die
  Österreichische Hagelversicherung mit", "teilte das BSH mit" (as "teilte die GDL mit",
  hundredth), "teilte der Gesamtverband der Versicherer mit" the source with its article in
  the nominative (forty-seventh, seventy-fourth); "teilte MeteoSchweiz mit" -> "MeteoSchweiz"
  (forty-seventh); "nach Angaben des Wasserwirtschaftsamts" -> "das Wasserwirtschaftsamt"
  and "nach Angaben des Landesfeuerwehrkommandos" -> "das Landesfeuerwehrkommando"
  (ninety-ninth); "nach Angaben von Bezirkshauptmann Karl Hofstätter" -> "Karl Hofstätter"
  (hundred-first: "nach Angaben von Gouverneur ..."); titles dropped
  ("DWD-Meteorologin", "Bezirksfeuerwehrkommandant", "Binnenschiffer", "Landwirt",
  "Glamos-Leiterin", "GDV-Vorstand"), surnames as written ("sagte Wolfsteller", "so
  Tobler"; ninety-fifth and hundredth). English: "the Met Office said" (four times, once
  with "on Monday"), "the National Weather Service said" (twice), "the National Hurricane
  Center said", "the fire service said Wednesday" (the weekday dropped, eighty-first), "the
  Copernicus Climate Change Service said", "the American Waterways Operators said" with the
  article in lower case; "The Association of British Insurers said ...", "The U.S. Army
  Corps of Engineers said ..." and "The National Farmers' Union said ..." opening the
  sentence with the article lowered (ninety-ninth); "according to the Energy Networks
  Association" (ninety-eighth); "Arizona Public Service said", "Durham and Darlington Fire
  and Rescue Service said", "Network Rail said", "Yorkshire Water said", "Hampshire
  Constabulary said", "Copernicus said", "Swiss Re said", "NOAA said Monday" as written;
  "Phoenix Fire Department spokesman Mike Alvarado said" -> "Mike Alvarado" and "said Jo
  Harker, a hydrologist at ..." -> "Jo Harker" (fifteenth). Left unchecked (None): "Nach
  Angaben des DWD" (an abbreviation in the genitive no batch settled), "nach Angaben des
  Bundesverbands der Deutschen Binnenschifffahrt" (hundredth: a masculine genitive left
  open), "teilte das Gletschermessnetz Glamos ... mit" (a description before a name,
  fortieth and hundred-eighth), "Nach Berechnungen der AGES", "nach Branchenangaben", "nach
  Verbandsangaben", "Das Robert Koch-Institut beziffert", "rechnet", "erwartet", "schreiben
  die Forschenden", "state weather agency AEMET said" and "reinsurer Swiss Re estimated" (a
  description before a name, fortieth), "the agency said", "Spain's Labour Ministry said",
  "according to the county's public health department", "according to the agency",
  "according to EFFIS, the EU's wildfire monitoring service", "according to U.S. Department
  of Agriculture data", "according to the U.S. Drought Monitor" (seventy-fourth: a tool),
  "police said", "The government said", "The group said", "the group found", "the
  scientists estimated", "forecasters said", "the reinsurer estimated", "The Association of
  British Insurers estimated", "The hurricane center warned", "The Environment Agency
  issued", "The agency counted", rows without attribution and all negatives, also those
  with a named speaker.
- Check-worthy without a figure: a disaster declared, warnings and bans in force ("eine
  Waldbrandverordnung", "ein Feuerverbot im Freien", "extended an extreme heat warning", "had
  issued a rare red warning"), a definition that can be checked ("An amber alert means
  that ...", forty-seventh: "A heatwave is declared when ..."), a stated cause ("Auslöser war
  ... vermutlich eine weggeworfene Zigarette."), closures and suspensions (ferries, a rail
  line "until at least Tuesday"), announced steps ("kündigte an, den Katastrophenfonds ...
  zu öffnen", "den Hitzeschutzplan ... zu überarbeiten"), a position ("Der Verband sprach
  sich für ein Modell aus, ..."), a vague loss estimate, and a cost that "more than doubled"
  or "mehr als verdreifacht" (verbs carry none, thirty-first and thirty-sixth).
- Negatives (one of them with a figure, labelled): warnings and advice ("Trinken Sie ...",
  "Halten Sie sich ... fern, mahnte die Polizei.", "Rauchen Sie im Wald nicht ...,
  appellierte die Bezirkshauptmannschaft.", "Das Bundesamt für Gesundheit rät, ...",
  "Schaulustige sollten sich ... fernhalten, ...", ""Please check on elderly neighbours
  ..."", "Authorities urged people ...", ""If you don't have to be outside ..."", "Never
  try to drive through flood water, the agency warned.", "Everyone can help by ...", ""If
  you're in an evacuation zone, ..."", "People should stay away from coastal paths ...";
  forty-seventh and ninety-eighth); forecasts and outlooks without a figure, also from a
  weather service ("Eine spürbare Abkühlung ist ... frühestens zum Wochenende in Sicht.",
  "Die Aufforstung ... dürfte Jahre dauern.", "Die GeoSphere Austria rechnet auch für den
  Dezember mit überdurchschnittlich hohen Temperaturen.", "Forecasters said fresher air ...
  would bring relief by the weekend.", "Forecasters expect little relief before November.",
  "NOAA's Climate Prediction Center said La Niña conditions were likely to persist through
  February."; forty-seventh); quoted verdicts, fears and feelings (a social affairs
  councillor, a glaciologist, a climate expert, a study author, a farmer, a consumer
  advocate, a resident of Eggenfelden, a lift operator, a melon grower, a fire victim on
  Evia, a climate scientist, a Copernicus scientist, a Stanhope resident, a Malton farmer, a
  towboat captain, Swiss Re's catastrophe researcher, a guesthouse owner, a climatologist);
  hopes ("Die Binnenschiffer hoffen ...", "Die Bauern hoffen ...", thirtieth); an accusation
  without a checkable claim ("Sozialverbände warfen der Politik vor, ...", eighty-fourth); a
  dismissal as a label ("Some sceptics dismissed the findings as alarmism.", ninety-eighth);
  a speculation ("The findings are likely to add pressure ..."); open questions ("Ob die
  Deiche ...", "Ob die Bundesregierung ..."); scene colour (Gänsehäufel, Dorset beaches,
  Phoenix asphalt, smoke over Athens, palm fronds in Apalachicola); the provisional-data note
  ("Die Werte sind vorläufig, ...", seventy-fourth) and two reporting credits.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_110 = [
    # --- Junirekord in Deutschland (dpa) ---
    ("de", "Offenbach (dpa) - Mit 38,9 Grad hat die Station Waghäusel-Kirrlach am Sonntag den höchsten Juniwert seit Beginn regelmäßiger Aufzeichnungen 1881 gemessen, teilte der Deutsche Wetterdienst mit.", True, [("count", 38.9, None, None), ("year", 1881, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Der bisherige Junirekord von 38,3 Grad stammte aus dem Jahr 2021.", True, [("count", 38.3, None, None), ("year", 2021, None, None)], None),
    ("de", "An 61 der rund 480 hauptamtlichen Stationen des DWD wurden neue Monatsrekorde registriert.", True, [("count", 61, None, None), ("count", 480, None, "about")], None),
    ("de", "Im Oberrheingraben kletterte das Quecksilber an sechs Stationen auf mehr als 38 Grad.", True, [("count", 6, None, None), ("count", 38, None, "over")], None),
    ("de", "„So viele Stationsrekorde an einem einzigen Junitag hatten wir noch nie“, sagte DWD-Meteorologin Carina Wolfsteller.", True, [], "Carina Wolfsteller"),
    ("de", "In Frankfurt am Main habe der Tiefstwert in der Nacht auf Montag bei 24,1 Grad gelegen, so warm sei an der Station noch keine Juninacht gewesen, sagte Wolfsteller.", True, [("count", 24.1, None, None)], "Wolfsteller"),
    ("de", "Die Hitze sei erst ein Vorgeschmack auf das, was in den kommenden Jahrzehnten normal werde, sagte Wolfsteller.", False, [], None),
    ("de", "Für 23 Landkreise in Baden-Württemberg und Rheinland-Pfalz galt am Sonntag eine Warnung vor extremer Hitze.", True, [("count", 23, None, None)], None),
    ("de", "Trinken Sie über den Tag verteilt reichlich Wasser und meiden Sie zur Mittagszeit die pralle Sonne.", False, [], None),
    ("de", "Eine spürbare Abkühlung ist nach Einschätzung der Meteorologen frühestens zum Wochenende in Sicht.", False, [], None),
    # --- Hitze in England (PA) ---
    ("en", "LONDON (PA) - Temperatures reached 35.4C at Cambridge Botanic Garden on Tuesday, the highest reading of the year so far, the Met Office said.", True, [("count", 35.4, None, None)], "the Met Office"),
    ("en", "It was the third consecutive day on which the mercury topped 33C somewhere in England.", True, [("ordinal", 3, None, None), ("count", 33, None, None)], None),
    ("en", "All nine English regions are under an amber heat-health alert, issued by the UK Health Security Agency, until 9am on Friday.", True, [("count", 9, None, None)], None),
    ("en", "An amber alert means that high temperatures are likely to put pressure on the whole health service.", True, [], None),
    ("en", "\"Please check on elderly neighbours and anyone who lives alone,\" said Dr Agnes Morland, a public health consultant at the agency.", False, [], None),
    ("en", "Network Rail imposed speed restrictions on several routes after rail temperatures climbed above 50C.", True, [("count", 50, None, "over")], None),
    ("en", "Beaches in Dorset were packed by mid-morning, and ice-cream vans along the seafront had sold out before noon.", False, [], None),
    ("en", "Forecasters said fresher air from the Atlantic would bring relief by the weekend.", False, [], None),
    # --- Hitzewelle in Österreich (APA) ---
    ("de", "Wien (APA) - Mit 38,7 Grad in Andau im Burgenland ist am Mittwoch der bisher heißeste Tag des Jahres in Österreich gemessen worden.", True, [("count", 38.7, None, None)], None),
    ("de", "Die Station Wien-Innere Stadt kam auf 37,1 Grad, ihren höchsten Wert seit 2015, teilte die GeoSphere Austria mit.", True, [("count", 37.1, None, None), ("year", 2015, None, None)], "die GeoSphere Austria"),
    ("de", "Seit Anfang Juni zählte die Station damit bereits 24 Hitzetage mit mindestens 30 Grad, im Mittel der Jahre 1991 bis 2020 sind es bis Mitte Juli elf.", True, [("count", 24, None, None), ("count", 30, None, "at_least"), ("year", 1991, None, None), ("year", 2020, None, None), ("count", 11, None, None)], None),
    ("de", "Die vergangene Nacht war in der Inneren Stadt bereits die 14. Tropennacht dieses Sommers, der Tiefstwert lag bei 25,2 Grad.", True, [("ordinal", 14, None, None), ("count", 25.2, None, None)], None),
    ("de", "Für Wien sowie Teile Niederösterreichs und des Burgenlands gilt bis Freitag die Hitzewarnstufe 3 von 4.", True, [("count", 3, None, None), ("count", 4, None, None)], None),
    ("de", "Nach Berechnungen der AGES sind im Sommer des Vorjahres schätzungsweise 430 Menschen in Österreich an den Folgen der Hitze gestorben.", True, [("count", 430, None, "about")], None),
    ("de", "„Bei diesen Temperaturen gehören ältere Menschen am Nachmittag nicht auf die Straße“, sagte Sozialstadträtin Ingrid Hainzl.", False, [], None),
    ("de", "Die Stadt hat heuer 40 zusätzliche Trinkbrunnen aufgestellt und 15 Pensionistenklubs als kühle Rückzugsorte geöffnet.", True, [("count", 40, None, None), ("count", 15, None, None)], None),
    ("de", "Im Gänsehäufel lagen die Badegäste am Nachmittag Handtuch an Handtuch.", False, [], None),
    # --- Heat in Spain and Portugal (Reuters) ---
    ("en", "MADRID, July 8 (Reuters) - A weather station in the Andalusian town of Montoro recorded 45.9C on Monday, the highest temperature in Spain so far this summer, state weather agency AEMET said.", True, [("date", "--07-08", None, None), ("count", 45.9, None, None)], None),
    ("en", "Readings above 44C were taken at 17 stations in Andalusia and Extremadura.", True, [("count", 44, None, "over"), ("count", 17, None, None)], None),
    ("en", "Average temperatures in the first week of July ran 4.1C above the 1991-2020 norm, the agency said.", True, [("ordinal", 1, None, None), ("count", 4.1, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], None),
    ("en", "The Carlos III Health Institute's mortality monitor attributed 312 deaths to the heat in the first six days of the month.", True, [("count", 312, None, None), ("ordinal", 1, None, None), ("duration", 6, "day", None)], None),
    ("en", "A week later the institute revised the figure up to 468, noting that its model estimates deaths statistically rather than counting certified cases.", True, [("count", 468, None, None)], None),
    ("en", "Portugal's weather institute IPMA placed 14 of the country's 18 mainland districts on red alert.", True, [("count", 14, None, None), ("count", 18, None, None)], None),
    ("en", "Spain's Labour Ministry said it had carried out 1,140 inspections of outdoor work sites since June 1.", True, [("count", 1140, None, None), ("date", "--06-01", None, None)], None),
    ("en", "\"The heat is cooking the melons on the vine,\" said Manuel Ortega, who farms near Seville.", False, [], None),
    ("en", "Authorities urged people to avoid working outdoors between noon and 6 p.m.", False, [], None),
    # --- Starkregen in Niederbayern (dpa/lby) ---
    ("de", "Pfarrkirchen (dpa/lby) - Nach heftigen Gewittern mit Starkregen hat der Landkreis Rottal-Inn am Donnerstagabend den Katastrophenfall ausgerufen.", True, [], None),
    ("de", "An der Station Pfarrkirchen kamen binnen 24 Stunden 137 Liter pro Quadratmeter zusammen, das entspricht dem Regen von fast zwei Monaten.", True, [("duration", 24, "hour", None), ("count", 137, None, None), ("duration", 2, "month", "nearly")], None),
    ("de", "Der Pegel der Rott in Birnbach stieg nach Angaben des Wasserwirtschaftsamts binnen sechs Stunden um 2,40 Meter auf 5,12 Meter.", True, [("duration", 6, "hour", None), ("count", 2.4, None, None), ("count", 5.12, None, None)], "das Wasserwirtschaftsamt"),
    ("de", "Damit war die höchste Meldestufe 4 deutlich überschritten.", True, [("count", 4, None, None)], None),
    ("de", "Die Feuerwehren rückten bis Freitagfrüh zu mehr als 1.200 Einsätzen aus, rund 350 Menschen mussten ihre Häuser verlassen.", True, [("count", 1200, None, "over"), ("count", 350, None, "about")], None),
    ("de", "Nach einer fünfstündigen Krisensitzung ließ das Landratsamt zwei Schulen und eine Seniorenresidenz räumen.", True, [("duration", 5, "hour", None), ("count", 2, None, None)], None),
    ("de", "Ein 79 Jahre alter Mann wurde in seinem überfluteten Keller tot aufgefunden, teilte die Polizei mit.", True, [("duration", 79, "year", None)], "die Polizei"),
    ("de", "„Ich habe in meinem ganzen Leben noch nie solche Angst gehabt“, sagte eine Anwohnerin aus Eggenfelden.", False, [], None),
    ("de", "Die Versicherungskammer Bayern rechnet mit versicherten Schäden von mindestens 150 Millionen Euro.", True, [("money", 150000000, "EUR", "at_least")], None),
    ("de", "Die Staatsregierung sagte den betroffenen Haushalten eine Soforthilfe von bis zu 5.000 Euro zu.", True, [("money", 5000, "EUR", "up_to")], None),
    ("de", "Halten Sie sich von Bachläufen und überfluteten Straßen fern, mahnte die Polizei.", False, [], None),
    ("de", "Ob die Deiche an der Rott der Belastung standhalten, war am Abend noch unklar.", False, [], None),
    # --- Heat in Phoenix (AP) ---
    ("en", "PHOENIX (AP) — Phoenix hit 117 degrees Fahrenheit (47.2 Celsius) on Saturday, its 19th straight day at or above 110 degrees, the National Weather Service said.", True, [("count", 117, None, None), ("count", 47.2, None, None), ("ordinal", 19, None, None), ("count", 110, None, "at_least")], "the National Weather Service"),
    ("en", "Overnight lows have stayed at 90 degrees or higher for nine consecutive nights.", True, [("count", 90, None, None), ("count", 9, None, None)], None),
    ("en", "Maricopa County has confirmed 74 heat-related deaths this year, and 263 more are under investigation, according to the county's public health department.", True, [("count", 74, None, None), ("count", 263, None, None)], None),
    ("en", "Last year the county recorded 602 heat deaths, a figure officials later raised to 611 after reviewing autopsy reports.", True, [("count", 602, None, None), ("count", 611, None, None)], None),
    ("en", "\"We have had 14 calls for heat illness at construction sites since Friday,\" Phoenix Fire Department spokesman Mike Alvarado said.", True, [("count", 14, None, None)], "Mike Alvarado"),
    ("en", "The National Weather Service extended an extreme heat warning through 8 p.m. Tuesday.", True, [], None),
    ("en", "Cooling centers across the Valley stayed open around the clock, and volunteers handed out more than 40,000 bottles of water last week.", True, [("count", 40000, None, "over")], None),
    ("en", "Arizona Public Service said customer demand peaked at 8,412 megawatts on Friday, a record for the utility.", True, [("count", 8412, None, None)], "Arizona Public Service"),
    ("en", "\"If you don't have to be outside in the afternoon, don't be,\" said Raúl Espinoza, the city's heat response director.", False, [], None),
    ("en", "Heat shimmered off the asphalt as a handful of joggers set out before dawn.", False, [], None),
    # --- Nullgradgrenze und Hitze in der Schweiz (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - In der Nacht auf Dienstag ist die Nullgradgrenze über der Schweiz auf 5236 Meter über Meer geklettert, so hoch wie nie seit Beginn der Ballonmessungen 1954.", True, [("count", 5236, None, None), ("year", 1954, None, None)], None),
    ("de", "Der bisherige Rekord von 5117 Metern stammte aus dem Sommer 2022, teilte MeteoSchweiz mit.", True, [("count", 5117, None, None), ("year", 2022, None, None)], "MeteoSchweiz"),
    ("de", "In Genf kletterte die Temperatur am Montag auf 37,4 Grad, in Basel auf 36,8 Grad.", True, [("count", 37.4, None, None), ("count", 36.8, None, None)], None),
    ("de", "In Lugano blieb es die neunte Nacht in Folge über 22 Grad.", True, [("ordinal", 9, None, None), ("count", 22, None, "over")], None),
    ("de", "Auf dem Jungfraujoch wurden am Montagnachmittag 12,1 Grad gemessen, 0,3 Grad mehr als der bisherige Höchstwert der Station.", True, [("count", 12.1, None, None), ("count", 0.3, None, None)], None),
    ("de", "An einzelnen Messpunkten verloren die Gletscher in dieser Woche bis zu 20 Zentimeter Eis pro Tag.", True, [("count", 20, None, "up_to")], None),
    ("de", "«Die Gletscher schmelzen derzeit im Zeitraffer», sagte Glaziologin Seraina Tobler.", False, [], None),
    ("de", "Die Kantone Tessin und Wallis erliessen ein Feuerverbot im Freien.", True, [], None),
    ("de", "Das Bundesamt für Gesundheit rät, körperliche Anstrengungen in den heissen Stunden zu vermeiden.", False, [], None),
    # --- Wildfire on Evia (AFP) ---
    ("en", "ATHENS (AFP) - A wildfire fanned by gale-force winds has burned more than 9,000 hectares on the island of Evia, the fire service said Wednesday.", True, [("count", 9000, None, "over")], "the fire service"),
    ("en", "More than 520 firefighters, 14 water-bombing planes and 11 helicopters were battling the flames.", True, [("count", 520, None, "over"), ("count", 14, None, None), ("count", 11, None, None)], None),
    ("en", "Authorities ordered the evacuation of eight villages overnight.", True, [("count", 8, None, None)], None),
    ("en", "Temperatures in Athens reached 41C, with wind gusts of up to 70 km/h over the Aegean.", True, [("count", 41, None, None), ("count", 70, None, "up_to")], None),
    ("en", "It is the fourth major blaze on Evia since 2021.", True, [("ordinal", 4, None, None), ("year", 2021, None, None)], None),
    ("en", "About 48,000 hectares have burned in Greece so far this year, nearly twice the average for the period, according to EFFIS, the EU's wildfire monitoring service.", True, [("count", 48000, None, "about"), ("count", 2, "times", "nearly")], None),
    ("en", "A 54-year-old man was arrested on suspicion of starting a fire while clearing brush, police said.", True, [("duration", 54, "year", None)], None),
    ("en", "The government said it would pay 5,000 euros to every household whose home was destroyed.", True, [("money", 5000, "EUR", None)], None),
    ("en", "\"We lost everything, the olive trees, the beehives, the house,\" said Yiannis Kostopoulos, standing outside his charred home in the village of Rovies.", False, [], None),
    ("en", "Smoke drifted over the Athens riviera, turning the afternoon sun a dull orange.", False, [], None),
    # --- Waldbrand an der Rax (APA) ---
    ("de", "Reichenau an der Rax (APA) - Ein Waldbrand im steilen Gelände der Rax hat bis Sonntagabend rund 86 Hektar Wald zerstört.", True, [("count", 86, None, "about")], None),
    ("de", "Seit Donnerstag waren nach Angaben des Landesfeuerwehrkommandos mehr als 900 Feuerwehrleute aus 74 Feuerwehren im Einsatz.", True, [("count", 900, None, "over"), ("count", 74, None, None)], "das Landesfeuerwehrkommando"),
    ("de", "Das Bundesheer unterstützte die Löscharbeiten mit sechs Hubschraubern, die bisher mehr als 1.700 Abwürfe flogen.", True, [("count", 6, None, None), ("count", 1700, None, "over")], None),
    ("de", "„Wir haben in den vergangenen vier Tagen mehr als 600.000 Liter Wasser aus der Luft abgeworfen“, sagte Bezirksfeuerwehrkommandant Josef Riegler.", True, [("duration", 4, "day", None), ("count", 600000, None, "over")], "Josef Riegler"),
    ("de", "Zwei Dutzend Wanderer mussten am Donnerstag mit Polizeihubschraubern aus dem Gebiet geflogen werden.", True, [("count", 24, None, None)], None),
    ("de", "Es ist der größte Waldbrand in Niederösterreich seit 2021.", True, [("year", 2021, None, None)], None),
    ("de", "Auslöser war nach Angaben von Bezirkshauptmann Karl Hofstätter vermutlich eine weggeworfene Zigarette.", True, [], "Karl Hofstätter"),
    ("de", "Für die Bezirke Neunkirchen und Wiener Neustadt-Land gilt eine Waldbrandverordnung.", True, [], None),
    ("de", "Rauchen Sie im Wald nicht und machen Sie kein Lagerfeuer, appellierte die Bezirkshauptmannschaft.", False, [], None),
    ("de", "Die Aufforstung der verbrannten Hänge dürfte Jahre dauern.", False, [], None),
    # --- Attribution study on the Iberian heatwave (Reuters) ---
    ("en", "LONDON, Aug 6 (Reuters) - Climate change made the heatwave that gripped Spain and Portugal in early July about 10 times more likely, scientists at World Weather Attribution said on Wednesday.", True, [("date", "--08-06", None, None), ("count", 10, "times", "about")], None),
    ("en", "Without human-caused warming, peak temperatures during the event would have been around 2.5C lower, the group found.", True, [("count", 2.5, None, "about")], None),
    ("en", "The analysis compared today's climate, about 1.3C warmer than in pre-industrial times, with a cooler world using weather observations and 22 climate models.", True, [("count", 1.3, None, "about"), ("count", 22, None, None)], None),
    ("en", "A heatwave of that intensity can now be expected roughly once every 15 years in the region, the scientists estimated.", True, [("duration", 15, "year", "about")], None),
    ("en", "In a separate rapid study, researchers at Imperial College London and the London School of Hygiene & Tropical Medicine estimated that about 1,500 of the 2,300 heat deaths in 12 European cities during the heatwave were caused by climate change.", True, [("count", 1500, None, "about"), ("count", 2300, None, None), ("count", 12, None, None)], None),
    ("en", "The group said it had analysed 19 heatwaves since 2020 and found that climate change had made every one of them more likely.", True, [("count", 19, None, None), ("year", 2020, None, None)], None),
    ("en", "\"Every fraction of a degree of warming matters, and this is what it looks like in human lives,\" said Helena Marsh, a climate scientist at Imperial College London.", False, [], None),
    ("en", "The findings are likely to add pressure on governments to speed up their heat adaptation plans.", False, [], None),
    ("en", "Some sceptics dismissed the findings as alarmism.", False, [], None),
    ("en", "(Reporting by Tom Ellwood; Editing by Gareth Pryce)", False, [], None),
    # --- Niedrigwasser am Rhein (dpa) ---
    ("de", "Kaub (dpa) - Der Pegel des Rheins bei Kaub ist am Montag auf 62 Zentimeter gefallen, den niedrigsten Stand in diesem Jahr.", True, [("count", 62, None, None)], None),
    ("de", "Binnen einer Woche sank der Wasserstand damit um 31 Zentimeter, teilte das Wasserstraßen- und Schifffahrtsamt Rhein mit.", True, [("count", 31, None, None)], "das Wasserstraßen- und Schifffahrtsamt Rhein"),
    ("de", "Der Pegelstand ist nicht mit der Wassertiefe gleichzusetzen, die Fahrrinne ist dort derzeit gut 1,60 Meter tief.", True, [("count", 1.6, None, "over")], None),
    ("de", "Bei diesem Pegel können große Binnenschiffe nur noch etwa ein Drittel der sonst üblichen Fracht laden.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "Viele Schiffe fahren nach Angaben des Bundesverbands der Deutschen Binnenschifffahrt derzeit nur zu 30 bis 40 Prozent beladen.", True, [("percent", 30, "%", None), ("percent", 40, "%", None)], None),
    ("de", "„Wir fahren mit weniger als der Hälfte der Ladung und bezahlen trotzdem die volle Crew“, sagte Binnenschiffer Heinz-Dieter Maaßen.", True, [("fraction", 0.5, None, "under")], "Heinz-Dieter Maaßen"),
    ("de", "Die Frachtraten für Gasöl von Rotterdam nach Basel haben sich nach Branchenangaben seit Anfang August mehr als verdreifacht.", True, [], None),
    ("de", "Für die kommenden zwei Wochen erwartet die Bundesanstalt für Gewässerkunde einen weiteren Rückgang auf bis zu 45 Zentimeter.", True, [("duration", 2, "week", None), ("count", 45, None, "up_to")], None),
    ("de", "Die Binnenschiffer hoffen auf ergiebigen Regen in den Alpen.", False, [], None),
    # --- Flash floods in north-east England (PA) ---
    ("en", "LONDON (PA) - Parts of north-east England had a month's rain in a day on Sunday, with 91.4mm falling at Stanhope in County Durham, the Met Office said.", True, [("count", 91.4, None, None)], "the Met Office"),
    ("en", "The average rainfall for August in the area is about 75mm.", True, [("count", 75, None, "about")], None),
    ("en", "The Environment Agency issued 48 flood warnings and 112 flood alerts across the North East and Yorkshire.", True, [("count", 48, None, None), ("count", 112, None, None)], None),
    ("en", "Durham and Darlington Fire and Rescue Service said crews had rescued 37 people from vehicles and homes overnight.", True, [("count", 37, None, None)], "Durham and Darlington Fire and Rescue Service"),
    ("en", "The River Wear at Durham rose by 2.9 metres in less than 12 hours.", True, [("count", 2.9, None, None), ("duration", 12, "hour", "under")], None),
    ("en", "Network Rail said the line between Newcastle and Carlisle would stay closed until at least Tuesday.", True, [], "Network Rail"),
    ("en", "Scientists say heavier downpours are a consequence of warming, because a warmer atmosphere holds about 7% more moisture for every 1C of warming.", True, [("percent", 7, "%", "about"), ("count", 1, None, None)], None),
    ("en", "The Association of British Insurers said it expected claims from the floods to run into the tens of millions of pounds.", True, [], "the Association of British Insurers"),
    ("en", "\"It came through the front door like a river,\" said Pauline Hebden, whose bungalow in Stanhope was flooded.", False, [], None),
    ("en", "Never try to drive through flood water, the agency warned.", False, [], None),
    # --- Sommerbilanz des DWD (dpa) ---
    ("de", "Offenbach (dpa) - Der Sommer war in Deutschland der drittwärmste seit Beginn flächendeckender Messungen 1881, teilte der Deutsche Wetterdienst am Freitag nach einer ersten Auswertung mit.", True, [("ordinal", 3, None, None), ("year", 1881, None, None), ("ordinal", 1, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Mit durchschnittlich 19,6 Grad übertraf er das Mittel der Jahre 1991 bis 2020 um 1,8 Grad.", True, [("count", 19.6, None, None), ("year", 1991, None, None), ("year", 2020, None, None), ("count", 1.8, None, None)], None),
    ("de", "Gegenüber der international gültigen Referenzperiode 1961 bis 1990 betrug die Abweichung sogar 3,3 Grad.", True, [("year", 1961, None, None), ("year", 1990, None, None), ("count", 3.3, None, None)], None),
    ("de", "Mit rund 160 Litern pro Quadratmeter fielen nur etwa 67 Prozent der üblichen Niederschlagsmenge.", True, [("count", 160, None, "about"), ("percent", 67, "%", "about")], None),
    ("de", "Die Sonne schien im Bundesdurchschnitt 812 Stunden, rund 150 Stunden mehr als im Mittel.", True, [("duration", 812, "hour", None), ("duration", 150, "hour", "about")], None),
    ("de", "Am heißesten war es am 2. Juli, als in Waghäusel-Kirrlach 39,8 Grad gemessen wurden.", True, [("date", "--07-02", None, None), ("count", 39.8, None, None)], None),
    ("de", "Besonders trocken blieb es im Nordosten, wo an manchen Stationen weniger als 80 Liter pro Quadratmeter zusammenkamen.", True, [("count", 80, None, "under")], None),
    ("de", "Nach Angaben des DWD war es bereits der zwölfte Sommer in Folge, der wärmer ausfiel als das Mittel der Jahre 1961 bis 1990.", True, [("ordinal", 12, None, None), ("year", 1961, None, None), ("year", 1990, None, None)], None),
    ("de", "„Heiße und trockene Sommer wie dieser werden in Deutschland zur Regel“, sagte DWD-Klimaexperte Andreas Löffelholz.", False, [], None),
    ("de", "Die Werte sind vorläufig, die endgültige Bilanz folgt Ende September.", False, [], None),
    # --- England's summer and drought (PA) ---
    ("en", "LONDON (PA) - England has had its hottest summer on record, averaging 16.9C over the three summer months, the Met Office said on Monday.", True, [("count", 16.9, None, None)], "the Met Office"),
    ("en", "That beats the previous record of 16.8C, set in 2018, by 0.1C.", True, [("count", 16.8, None, None), ("year", 2018, None, None), ("count", 0.1, None, None)], None),
    ("en", "Only 59% of the usual rainfall fell, the lowest share for a summer in England since 1995.", True, [("percent", 59, "%", None), ("year", 1995, None, None)], None),
    ("en", "The Environment Agency has moved five areas, including Yorkshire and the East Midlands, into drought status.", True, [("count", 5, None, None)], None),
    ("en", "Reservoirs in England were 58% full at the end of August, compared with 78% normally at this time of year, according to the agency.", True, [("percent", 58, "%", None), ("percent", 78, "%", None)], None),
    ("en", "Flows were exceptionally low at 35 of the 90 river gauges the centre monitors, said Jo Harker, a hydrologist at the UK Centre for Ecology & Hydrology.", True, [("count", 35, None, None), ("count", 90, None, None)], "Jo Harker"),
    ("en", "Yorkshire Water said a hosepipe ban affecting 5.4 million customers would stay in place until at least the end of October.", True, [("count", 5400000, None, None)], "Yorkshire Water"),
    ("en", "The National Farmers' Union said wheat yields in parts of eastern England were down by as much as a fifth.", True, [("fraction", 0.2, None, "up_to")], "the National Farmers' Union"),
    ("en", "\"The countryside is the colour of straw,\" said Tom Whitcombe, an arable farmer near Malton.", False, [], None),
    ("en", "Everyone can help by taking shorter showers and turning off the tap while brushing their teeth.", False, [], None),
    # --- Copernicus bulletin (Reuters) ---
    ("en", "BRUSSELS, Sept 5 (Reuters) - Last month was the world's second-warmest August on record, 1.49C above the pre-industrial average, the Copernicus Climate Change Service said.", True, [("date", "--09-05", None, None), ("ordinal", 2, None, None), ("count", 1.49, None, None)], "the Copernicus Climate Change Service"),
    ("en", "The global average surface air temperature for the month was 16.71C, 0.53C above the 1991-2020 average.", True, [("count", 16.71, None, None), ("count", 0.53, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], None),
    ("en", "Global temperatures have been more than 1.5C above pre-industrial levels in 20 of the past 26 months.", True, [("count", 1.5, None, "over"), ("duration", 20, "month", None), ("duration", 26, "month", None)], None),
    ("en", "Sea surface temperatures in the North Atlantic were the highest ever recorded for August, averaging 21.03C.", True, [("count", 21.03, None, None)], None),
    ("en", "Europe's summer was 1.4C warmer than the 1991-2020 average, making it the continent's fourth-warmest.", True, [("count", 1.4, None, None), ("year", 1991, None, None), ("year", 2020, None, None), ("ordinal", 4, None, None)], None),
    ("en", "Copernicus said it was virtually certain that this year would rank among the three warmest on record.", True, [("count", 3, None, None)], "Copernicus"),
    ("en", "\"The heat is not letting up, and the bill for people and ecosystems keeps growing,\" said Copernicus senior scientist Pieter Vandamme.", False, [], None),
    ("en", "(Reporting by Sofie Vandeweghe; Editing by Alan Purcell)", False, [], None),
    # --- Dürre in Ostösterreich (APA) ---
    ("de", "Wien (APA) - Die Trockenheit hat den österreichischen Landwirten heuer Schäden von rund 180 Millionen Euro beschert, teilte die Österreichische Hagelversicherung mit.", True, [("money", 180000000, "EUR", "about")], "die Österreichische Hagelversicherung"),
    ("de", "Am stärksten betroffen seien das Weinviertel und das nördliche Burgenland, wo die Maisernte um bis zu 40 Prozent geringer ausfalle.", True, [("percent", 40, "%", "up_to")], None),
    ("de", "In Teilen des Weinviertels fiel seit Anfang Juni weniger als ein Viertel der normalen Regenmenge.", True, [("fraction", 0.25, None, "under")], None),
    ("de", "Jeder vierte Betrieb in der Region meldete bei den Sonnenblumen einen Totalausfall.", True, [("fraction", 0.25, None, None)], None),
    ("de", "„Auf manchen Feldern haben wir heuer nicht einmal das Saatgut hereingebracht“, sagte Landwirt Leopold Scharinger.", True, [], "Leopold Scharinger"),
    ("de", "„Für viele Betriebe geht es inzwischen um die Existenz“, sagte Scharinger.", False, [], None),
    ("de", "Der Grundwasserspiegel lag an 61 Prozent der rund 3.100 Messstellen im Osten unter dem langjährigen Durchschnitt.", True, [("percent", 61, "%", None), ("count", 3100, None, "about")], None),
    ("de", "Der Neusiedler See erreichte Ende August einen Pegel von 115,21 Metern über Adria, nur 4 Zentimeter über dem Tiefstand von 2022.", True, [("count", 115.21, None, None), ("count", 4, None, None), ("year", 2022, None, None)], None),
    ("de", "Das Landwirtschaftsministerium kündigte an, den Katastrophenfonds auch für Dürreschäden zu öffnen.", True, [], None),
    ("de", "Die Bauern hoffen nun auf einen niederschlagsreichen Herbst.", False, [], None),
    # --- Attributionsstudie und Hitzetote (dpa) ---
    ("de", "Berlin (dpa) - Der menschengemachte Klimawandel hat die Hitzewelle Anfang Juli in Mitteleuropa nach einer Studie der Initiative World Weather Attribution rund zehnmal wahrscheinlicher gemacht.", True, [("count", 10, "times", "about")], None),
    ("de", "Ohne die Erwärmung wären die Höchstwerte während der dreitägigen Hitzewelle um etwa 2,8 Grad niedriger ausgefallen, schreiben die Forschenden.", True, [("duration", 3, "day", None), ("count", 2.8, None, "about")], None),
    ("de", "Das Robert Koch-Institut beziffert die Zahl der Hitzetoten in Deutschland für diesen Sommer vorläufig auf rund 2.700.", True, [("count", 2700, None, "about")], None),
    ("de", "In einer ersten Schätzung Ende Juli war das Institut noch von etwa 1.900 Todesfällen ausgegangen.", True, [("ordinal", 1, None, None), ("count", 1900, None, "about")], None),
    ("de", "Besonders betroffen waren Menschen über 85 Jahre, auf sie entfielen fast zwei Drittel der geschätzten Todesfälle.", True, [("duration", 85, "year", "over"), ("fraction", 0.6667, None, "nearly")], None),
    ("de", "„Hitze ist das größte klimabedingte Gesundheitsrisiko in Deutschland, und sie wird noch immer unterschätzt“, sagte Studienautorin Friederike Ottmann von der Charité.", False, [], None),
    ("de", "Das Gesundheitsministerium kündigte an, den Hitzeschutzplan bis Ende des Jahres zu überarbeiten.", True, [], None),
    ("de", "Sozialverbände warfen der Politik vor, die Gefahr seit Jahren zu verharmlosen.", False, [], None),
    # --- Low water on the Mississippi (AP) ---
    ("en", "MEMPHIS, Tenn. (AP) — The Mississippi River at Memphis fell to minus 9.6 feet on Tuesday, about a foot above the record low set in 2022, the National Weather Service said.", True, [("count", -9.6, None, None), ("year", 2022, None, None)], "the National Weather Service"),
    ("en", "The U.S. Army Corps of Engineers said it had dredged 14 million cubic yards of sediment since August to keep the shipping channel at least 9 feet deep.", True, [("count", 14000000, None, None), ("count", 9, None, "at_least")], "the U.S. Army Corps of Engineers"),
    ("en", "Barge operators have cut loads by as much as 30% and tows from 40 barges to 25.", True, [("percent", 30, "%", "up_to"), ("count", 40, None, None), ("count", 25, None, None)], None),
    ("en", "Roughly one-fifth of the barges normally working the lower river were idle last week, the American Waterways Operators said.", True, [("fraction", 0.2, None, "about")], "the American Waterways Operators"),
    ("en", "The cost of shipping grain from St. Louis to the Gulf has more than doubled since September, according to U.S. Department of Agriculture data.", True, [], None),
    ("en", "Saltwater has pushed about 60 miles up the river from the Gulf of Mexico, threatening drinking water in Plaquemines Parish.", True, [("count", 60, None, "about")], None),
    ("en", "More than 70% of the lower Mississippi basin is in moderate drought or worse, according to the U.S. Drought Monitor.", True, [("percent", 70, "%", "over")], None),
    ("en", "It is the fourth autumn in a row that low water has disrupted traffic on the river.", True, [("ordinal", 4, None, None)], None),
    ("en", "\"We're loading every barge light and praying for rain up north,\" said Darryl Pruett, a towboat captain from Greenville, Mississippi.", False, [], None),
    ("en", "Forecasters expect little relief before November.", False, [], None),
    # --- Gletscherbericht (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Gletscher in der Schweiz haben im zu Ende gehenden Messjahr 3,2 Prozent ihres verbliebenen Eisvolumens eingebüsst.", True, [("percent", 3.2, "%", None)], None),
    ("de", "Das ist der viertgrösste Verlust seit Beginn der Messungen, teilte das Gletschermessnetz Glamos am Dienstag mit.", True, [("ordinal", 4, None, None)], None),
    ("de", "Seit 2000 sind damit rund 41 Prozent des Gletschereises verschwunden.", True, [("year", 2000, None, None), ("percent", 41, "%", "about")], None),
    ("de", "Insgesamt gingen rund 1,6 Kubikkilometer Eis verloren, drei Viertel davon an den Gletschern im Wallis.", True, [("count", 1.6, None, "about"), ("fraction", 0.75, None, None)], None),
    ("de", "Am Rhonegletscher sank die Eisoberfläche an der Messstelle auf 2500 Metern über Meer um bis zu 4,8 Meter.", True, [("count", 2500, None, None), ("count", 4.8, None, "up_to")], None),
    ("de", "Ausschlaggebend seien ein schneearmer Winter sowie zwei Hitzewellen im Frühsommer und im August gewesen, sagte Glamos-Leiterin Seraina Tobler.", True, [("count", 2, None, None)], "Seraina Tobler"),
    ("de", "Im Mai habe die Schneedecke auf den Gletschern nur etwa die Hälfte der üblichen Höhe erreicht, so Tobler.", True, [("fraction", 0.5, None, "about")], "Tobler"),
    ("de", "Seit 1850 haben sich die Schweizer Gletscherzungen um durchschnittlich 1,3 Kilometer zurückgezogen.", True, [("year", 1850, None, None), ("count", 1.3, None, None)], None),
    ("de", "«Bei diesem Tempo werden die meisten kleineren Gletscher die Jahrhundertmitte nicht erleben», sagte Tobler.", False, [], None),
    ("de", "Im kommenden Jahr wollen die Forschenden erstmals auch 20 kleinere Gletscher im Engadin vermessen.", True, [("count", 20, None, None)], None),
    # --- Hurricane Delphine (AP) ---
    ("en", "MIAMI (AP) — Hurricane Delphine strengthened to a Category 4 storm on Wednesday with maximum sustained winds of 140 mph (220 km/h), the National Hurricane Center said.", True, [("count", 4, None, None), ("count", 140, None, None), ("count", 220, None, None)], "the National Hurricane Center"),
    ("en", "Delphine is the 12th named storm of the Atlantic season and the fifth to reach hurricane strength.", True, [("ordinal", 12, None, None), ("ordinal", 5, None, None)], None),
    ("en", "Its winds increased by 65 mph in 24 hours, far beyond the 35 mph threshold forecasters use to define rapid intensification.", True, [("count", 65, None, None), ("duration", 24, "hour", None), ("count", 35, None, None)], None),
    ("en", "Up to 18 inches of rain could fall in parts of the Florida Big Bend, forecasters said.", True, [("count", 18, None, "up_to")], None),
    ("en", "The hurricane center warned of a surge of 10 to 15 feet between Cedar Key and Apalachicola.", True, [("count", 10, None, None), ("count", 15, None, None)], None),
    ("en", "About 410,000 residents were under mandatory evacuation orders in 11 counties.", True, [("count", 410000, None, "about"), ("count", 11, None, None)], None),
    ("en", "Researchers at Climate Central estimated that the unusually warm water had made Delphine's rapid strengthening up to three times more likely.", True, [("count", 3, "times", "up_to")], None),
    ("en", "Risk modeler Meridian Risk Analytics put insured losses at between $9 billion and $14 billion.", True, [("money", 9000000000, "USD", None), ("money", 14000000000, "USD", None)], None),
    ("en", "\"If you're in an evacuation zone, this is your last chance to get out,\" said Brianna Colter, Florida's emergency management director.", False, [], None),
    ("en", "Palm fronds thrashed along the waterfront in Apalachicola as the outer rain bands came ashore.", False, [], None),
    # --- Sturmflut an der Nordsee (dpa) ---
    ("de", "Hamburg (dpa) - Das Sturmtief „Ortrud“ hat am Mittwoch an der deutschen Nordseeküste die zweite schwere Sturmflut dieses Herbstes ausgelöst.", True, [("ordinal", 2, None, None)], None),
    ("de", "Am Pegel Hamburg St. Pauli lief das Wasser 2,71 Meter höher auf als das mittlere Hochwasser, teilte das BSH mit.", True, [("count", 2.71, None, None)], "das BSH"),
    ("de", "Als schwere Sturmflut gilt in Hamburg ein Wasserstand von 2,5 bis 3,5 Metern über dem mittleren Hochwasser.", True, [("count", 2.5, None, None), ("count", 3.5, None, None)], None),
    ("de", "Der Fischmarkt stand während der fünfstündigen Überflutung zeitweise rund 80 Zentimeter unter Wasser.", True, [("duration", 5, "hour", None), ("count", 80, None, "about")], None),
    ("de", "Auf Helgoland erreichten die Böen 126 Kilometer pro Stunde, das entspricht Windstärke 12.", True, [("count", 126, None, None), ("count", 12, None, None)], None),
    ("de", "Der Fährverkehr zu den Halligen und nach Helgoland wurde eingestellt.", True, [], None),
    ("de", "Auf Sylt spülte die Flut an der Westküste nach ersten Schätzungen rund 400.000 Kubikmeter Sand weg.", True, [("ordinal", 1, None, None), ("count", 400000, None, "about")], None),
    ("de", "Für Donnerstagmorgen erwartet das BSH an der Elbe Wasserstände von 1,5 bis 2 Metern über dem mittleren Hochwasser.", True, [("count", 1.5, None, None), ("count", 2, None, None)], None),
    ("de", "„So etwas habe ich in 30 Jahren auf der Insel nicht erlebt“, sagte ein Strandkorbvermieter in Westerland.", False, [("duration", 30, "year", None)], None),
    ("de", "Schaulustige sollten sich von Deichen und Uferpromenaden fernhalten, mahnte die Polizei.", False, [], None),
    # --- Naturgefahrenbilanz der Versicherer (dpa) ---
    ("de", "Berlin (dpa) - Unwetter, Hagel und Starkregen haben in Deutschland in diesem Jahr versicherte Schäden von rund 5,9 Milliarden Euro verursacht.", True, [("money", 5900000000, "EUR", "about")], None),
    ("de", "Das sind etwa 1,2 Milliarden Euro mehr als im Vorjahr, teilte der Gesamtverband der Versicherer mit.", True, [("money", 1200000000, "EUR", "about")], "der Gesamtverband der Versicherer"),
    ("de", "Die Schadenssumme liege damit rund ein Viertel über dem Durchschnitt der vergangenen 20 Jahre, sagte GDV-Vorstand Henning Raabe.", True, [("fraction", 0.25, None, "about"), ("duration", 20, "year", None)], "Henning Raabe"),
    ("de", "Allein die Starkregenfälle im Juli in Niederbayern schlagen nach Verbandsangaben mit etwa 640 Millionen Euro zu Buche.", True, [("money", 640000000, "EUR", "about")], None),
    ("de", "Die Zahl der Hagelschäden lag bei rund 410.000, nach 290.000 im Vorjahr.", True, [("count", 410000, None, "about"), ("count", 290000, None, None)], None),
    ("de", "Nur etwa 57 Prozent der Wohngebäude in Deutschland sind gegen Elementarschäden versichert.", True, [("percent", 57, "%", "about")], None),
    ("de", "Der Verband sprach sich für ein Modell aus, bei dem Kunden den Elementarschutz ausdrücklich abwählen müssten.", True, [], None),
    ("de", "„Ohne eine Pflichtversicherung bleiben am Ende wieder die Steuerzahler auf den Schäden sitzen“, sagte Verbraucherschützerin Ramona Kettler.", False, [], None),
    ("de", "Ob die Bundesregierung noch in dieser Legislaturperiode eine Lösung vorlegt, gilt als offen.", False, [], None),
    # --- Global insured losses (Reuters) ---
    ("en", "ZURICH, Nov 4 (Reuters) - Insured losses from natural catastrophes worldwide are likely to reach about $128 billion in 2025, marking a sixth consecutive year above $100 billion, reinsurer Swiss Re estimated on Tuesday.", True, [("date", "--11-04", None, None), ("money", 128000000000, "USD", "about"), ("year", 2025, None, None), ("ordinal", 6, None, None), ("money", 100000000000, "USD", "over")], None),
    ("en", "Hail, tornadoes and other severe thunderstorms accounted for roughly half of the total.", True, [("fraction", 0.5, None, "about")], None),
    ("en", "Losses from wildfires reached $31 billion, driven largely by blazes in California and southern Europe.", True, [("money", 31000000000, "USD", None)], None),
    ("en", "Swiss Re said insured losses had grown by 5% to 7% a year in real terms over the past three decades.", True, [("percent", 5, "%", None), ("percent", 7, "%", None), ("duration", 30, "year", None)], "Swiss Re"),
    ("en", "Only around 40% of global catastrophe losses are insured, leaving a protection gap of more than $180 billion, the reinsurer estimated.", True, [("percent", 40, "%", "about"), ("money", 180000000000, "USD", "over")], None),
    ("en", "\"Rising property values in exposed areas are as much a driver as the changing climate,\" said Anders Lindahl, head of catastrophe research at Swiss Re.", False, [], None),
    # --- Storm Halwyn (PA) ---
    ("en", "SOUTHAMPTON (PA) - Storm Halwyn brought gusts of 98mph to the Isle of Wight on Sunday, the strongest recorded in England since 1987, the Met Office said.", True, [("count", 98, None, None), ("year", 1987, None, None)], "the Met Office"),
    ("en", "The forecaster had issued a rare red warning for wind covering the coasts of Dorset and Hampshire from 4am to 11am.", True, [], None),
    ("en", "About 230,000 homes lost power at the peak of the storm, according to the Energy Networks Association.", True, [("count", 230000, None, "about")], "the Energy Networks Association"),
    ("en", "Two people died when a tree fell on their car near Petersfield, Hampshire Constabulary said.", True, [("count", 2, None, None)], "Hampshire Constabulary"),
    ("en", "More than 300 trains were cancelled and the Severn Bridge was closed for 14 hours.", True, [("count", 300, None, "over"), ("duration", 14, "hour", None)], None),
    ("en", "Halwyn is the eighth named storm of the season, the most by mid-November since storm naming began in 2015.", True, [("ordinal", 8, None, None), ("year", 2015, None, None)], None),
    ("en", "Claims for storm damage could exceed £400 million, the Association of British Insurers estimated.", True, [("money", 400000000, "GBP", None)], None),
    ("en", "\"The noise was like a freight train going over the roof all night,\" said Sandra Pyle, who runs a guesthouse in Ventnor.", False, [], None),
    ("en", "People should stay away from coastal paths and seafronts while the wind remains strong.", False, [], None),
    # --- Herbstbilanz in Österreich (APA) ---
    ("de", "Wien (APA) - Der Herbst ist in Österreich der zweitwärmste der Messgeschichte gewesen, mit einer Abweichung von plus 1,6 Grad gegenüber dem Klimamittel 1991 bis 2020, teilte die GeoSphere Austria am Montag mit.", True, [("ordinal", 2, None, None), ("count", 1.6, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], "die GeoSphere Austria"),
    ("de", "In Innsbruck wurde am 3. November bei Föhn mit 24,6 Grad ein neuer Novemberrekord für Österreich aufgestellt.", True, [("date", "--11-03", None, None), ("count", 24.6, None, None)], None),
    ("de", "Der Niederschlag erreichte österreichweit nur 72 Prozent des Mittels, im Süden regnete es teils um die Hälfte weniger.", True, [("percent", 72, "%", None), ("fraction", 0.5, None, None)], None),
    ("de", "Auf dem Sonnblick auf 3.106 Metern lagen Ende November erst 38 Zentimeter Schnee, üblich sind dort um diese Zeit rund 110 Zentimeter.", True, [("count", 3106, None, None), ("count", 38, None, None), ("count", 110, None, "about")], None),
    ("de", "Für die Skigebiete bedeute das einen späten Saisonstart, sagte ein Sprecher der Seilbahnwirtschaft.", False, [], None),
    ("de", "„Der Winter fängt bei uns inzwischen im Jänner an“, sagte ein Liftbetreiber im Pongau.", False, [], None),
    ("de", "Die GeoSphere Austria rechnet auch für den Dezember mit überdurchschnittlich hohen Temperaturen.", False, [], None),
    # --- NOAA autumn report (AP) ---
    ("en", "WASHINGTON (AP) — The contiguous United States had its warmest autumn on record, with an average temperature of 57.9 degrees Fahrenheit, 3.4 degrees above the 20th-century average, NOAA said Monday.", True, [("count", 57.9, None, None), ("count", 3.4, None, None), ("ordinal", 20, None, None)], "NOAA"),
    ("en", "It beat the previous record, set in 2016, by 0.5 degree.", True, [("year", 2016, None, None), ("count", 0.5, None, None)], None),
    ("en", "Forty of the 48 contiguous states ranked among their 10 warmest autumns.", True, [("count", 40, None, None), ("count", 48, None, None), ("count", 10, None, None)], None),
    ("en", "The agency counted 24 separate weather and climate disasters with losses of at least $1 billion each so far this year.", True, [("count", 24, None, None), ("money", 1000000000, "USD", "at_least")], None),
    ("en", "Texas, Oklahoma and Kansas had their driest September-to-November period since 1956.", True, [("year", 1956, None, None)], None),
    ("en", "Ski resorts in Colorado delayed their openings by up to three weeks because of a lack of snow.", True, [("duration", 3, "week", "up_to")], None),
    ("en", "NOAA's Climate Prediction Center said La Niña conditions were likely to persist through February.", False, [], None),
    ("en", "\"We keep running out of superlatives,\" said Dana Kimura, a climatologist at the University of Nebraska.", False, [], None),
]
