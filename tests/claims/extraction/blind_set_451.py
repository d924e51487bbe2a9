"""Four-hundred-and-fifty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office,
and governors, mayors, fire chiefs and agency heads of real governments and bodies appear by
their role only („Der Landeshauptmann“, „der Bürgermeister von Künzelsau“, "Florida's
governor", "the county mayor", "the city's fire chief", "the WMO secretary-general"); the
meteorologists, climatologists, spokespeople and scientists of real weather services appear
under made-up names that stand for no real holder.

Names: Torsten Wilmsmeier, Reto Ambühl-Sgier, Theresia Hörmanseder, Annika Holtgreve, Jasper
Ottersbach, Dominik Pernsteiner, Madlaina Cathomen and Rupert Thalhammer-Egg; Desmond
Oyelaran-Pike, Eleri Vaughan-Price, Cody Ransdell, Hamish Tulloch, Aled Rhys-Carwood, Fiona
Brackenbury, Marguerite Halloran, Yolanda Ferreira-Dunmore, Oonagh Merriweather and Kirsten
Aaberg-Lowe; the storms Storm Tamsin, Hurricane Marisela and Sturmtief „Xandra“; every
unnamed mayor, fire commander, pensioner, wine grower, meteorologist, snowplow driver,
resident, spokesman and official. Real bodies, firms, stations, data sets and places
(Deutscher Wetterdienst, DWD, Offenbach, Oberstdorf, Zugspitze, MeteoSchweiz, Altdorf,
Gütsch ob Andermatt, Chur, Axenstrasse, Elektrizitätswerk Altdorf, Lugano, Zürich, GeoSphere
Austria, Hoher Sonnblick, Wien-Innere Stadt, Seibersdorf, Waghäusel-Kirrlach, Brandenburg,
Hohenlohekreis, Öhringen, Künzelsau, Ingelfingen, Kocher, Bernburg an der Saale,
Berlin-Tempelhof, Wiener Berufsrettung, Favoriten, Graz, Südoststeiermark, Österreichische
Hagelversicherung, Bad Radkersburg, Landesfeuerwehrverband, Katastrophenfonds, Klöch,
Payerne, Genf, Basel-Binningen, Genferseeregion, Wallis, Tessin, Hörnlihütte, Matterhorn,
Schweizer Alpen-Club, Innsbruck, Hahnenkamm bei Reutte, Fernpassstraße, Lawinenwarndienst
Tirol, Arlberggebiet, Helgoland, Bundesamt für Seeschifffahrt und Hydrographie, BSH, Hamburg
St. Pauli, Schleswig-Holstein, Deutsche Bahn, Dornbirn, Weinviertel, Säntis, Basel,
Branchenverband Seilbahnen Schweiz; the National Oceanic and Atmospheric Administration,
NOAA, its Climate Prediction Center and NCEI, the Met Office, Cairngorm Summit, Fraserburgh,
Aberdeen Airport, Tyndrum, Scottish and Southern Electricity Networks, ScotRail, Perth, the
National Weather Service, NWS, Denver International Airport, FlightAware, Golden, the
Environment Agency, Somerset, Wales, Southern Water, East Anglia, Sussex, Hampshire, San
Antonio, ERCOT, Bexar County, Wisley, Surrey, Lincolnshire, the UK Health Security Agency,
Network Rail, the East Coast main line, Putnam County, Baxter, the Falling Water River,
Thames Water, the National Hurricane Center, NHC, the Gulf of Mexico, Apalachee Bay,
Honister Pass, Cumbria, the River Kent, Kendal, Lancaster University, the Association of
British Insurers, the World Meteorological Organization, WMO, Fairbanks International
Airport, Golden Valley Electric Association, the Fairbanks North Star Borough, and the
datelines' cities) stand for the way wire copy names them; every reading, anomaly, total,
rank, record, toll, loss, sum, forecast and quote here is invented, and where a real figure
came to mind (a real national heat record in Germany or Britain, a real UK daily rainfall
record, a real warmest year or summer with its mean, a real number of German districts) it
was changed or the reference dropped (the first years of measurement series and the
reference periods kept).

Its weight: WEATHER RECORDS AND CLIMATE EXTREMES, fourth round (the hundred-tenth batch
weighed weather records and climate extremes, the hundred-ninety-fourth weather service and
climate bulletins, the two-hundred-and-fifty-first weather and climate statistics and the
three-hundred-and-thirtieth weather extremes and climate records, and the forty-seventh,
seventy-fourth and four-hundred-and-fourth weather warnings, climate science and a week of
severe weather; their decisions are kept) over one made-up year in story order, January 9 to
December 31, 2029, as 30 short stories with the German and English ones interleaved by date,
each told as wire copy runs it (a dateline lead with the headline reading or record, the
figures around it, attributed causes, findings and forecasts, quotes, warnings, advice and
scene colour). Half German (dpa with "dpa/lsw" and "dpa/lno", APA, Keystone-SDA; Austrian
"heuer", "Jänner", "Seehöhe", "Pensionistin", "Gemeindebau", "Landeshauptmann", Swiss
"innert", "während", "gemäss", "mass", "erliess", "hiess", "über Meer", "1400" and "2164"
without a separator, «» quotes, German „“ quotes): the DWD's cold January with Eistage and
snow depths, a foehn storm in Uri, GeoSphere Austria's winter with the snow on the
Sonnblick, the DWD's sunny and dry spring with Sommertage and forest-fire level 5, a
cloudburst in Hohenlohe, a German heat record with Tropennächte, Vienna's Hitzetage,
Tropennächte and Wüstentage, hail in Styria, the Swiss freezing level and a heat warning,
the DWD's record summer, early snow in Tyrol, a North Sea storm, GeoSphere Austria's record
autumn, MeteoSchweiz's climate year and the DWD's warmest year since 1881. Half English
(Reuters with dated datelines, AP, PA): NOAA's global year, Storm Tamsin in Scotland, a
Colorado blizzard, Britain's wet winter, Britain's record spring with a hosepipe ban, heat
in Texas, a British heat record, NOAA's July, a flash flood in Tennessee, Britain's summer,
Hurricane Marisela, record rain in Cumbria, the WMO's provisional report, cold in interior
Alaska and the UK's warmest year. Speakers as such copy has them: the weather services with
„teilte ... mit“, „wie ... mitteilte“, „so der DWD“, „laut GeoSphere Austria“, "said", "said
on Monday that"; their meteorologists, climatologists and spokespeople with the title before
the name („DWD-Klimaexperte“, „MeteoSchweiz-Meteorologe“, „GeoSphere-Klimatologin“,
„DWD-Sprecherin“, "Met Office meteorologist", "NWS meteorologist", "NCEI climatologist",
"NHC senior specialist"), „Laut Lawinenwarndienst-Leiter X“, „sagte X“ after a quoted fact,
"told reporters", "said X, a hydrologist at ..."; beside them the forms left unchecked (data
and documents, verbs of measuring, counting, warning, issuing and estimating, compounds,
genitives, plural groups, firms, roles and "according to"). Figures as such copy has them:
temperatures and anomalies in degrees with signs, the degree sign and Fahrenheit („minus
23,7 Grad“, "108°F (42.2°C)", "minus 54 degrees Fahrenheit (minus 47.8 Celsius)", "1.36C
above the 20th-century average", "below minus 40"), the warmest year, season and month since
records began, reference periods („1961 bis 1990“, „1991–2020“, "the 1850-1900
pre-industrial baseline"), rainfall in litres per square metre („Liter pro Quadratmeter“,
„l/m²“, „l/qm“), millimetres and inches, percent of normal, sunshine hours, days of heat and
frost counted („14 Eistage“, „zwölf Sommertage“, „27 Hitzetage mit mindestens 30 Grad“, „19
Tropennächte“, "the city's 19th 100-degree day", "an air frost on only 24 days"), snow
depths and new snow in centimetres, metres, inches and feet, gusts and sustained winds in
„Kilometern pro Stunde“, "km/h", mph and kph, Windstärke, pressures in hPa and millibars,
hurricane categories, river crests, warning and danger levels, return periods („alle 100
Jahre“, "a one-in-1,000-year event"), multiples of likelihood, shares, tolls, ages, damages
in euros and pounds, years, dates and datelines. Negatives as such copy has them - 56 rows,
none with a figure: meteorologists', climatologists' and officials' verdicts, labels and
rhetoric in quotes, advice and appeals naming no measure, forecasts without a figure, hopes
and fears, evasions and open questions, and vox pops without ages, each near a check-worthy
look-alike from the same story (often the same speaker's reading, cause or forecast).

242 rows (122 German, 120 English), 56 negatives (26 German, 30 English), 186 check-worthy
rows of which 16 carry no figure (8 German, 8 English), 350 expected quantities (187 counts,
86 years, 32 durations - 18 in hours, 9 in years, 2 in months, 1 in days, 1 in minutes, 1 in
weeks -, 17 ordinals, 12 percentages - all in "%" -, 10 dates, 3 amounts of money - 1 EUR, 1
GBP, 1 USD -, 3 fractions; none of them in a negative), 36 checked speakers (18 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  label, piece of rhetoric, advice, appeal, warning naming no measure, forecast without a
  figure, hope, fear, evasion or open question is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fifty-first, three-hundred-and-thirtieth, four-hundred-and-fourth); a
  quoted or reported reading, figure, cause, finding, step or forecast with a figure is
  check-worthy with its speaker, also in Konjunktiv I (hundred-tenth). Pairs from one
  speaker: Oyelaran-Pike's stated cause beside "We keep writing the same sentence ...";
  Vaughan-Price's 31 millibars beside "a storm to take seriously" and her blocking high
  beside "will feel ordinary by the middle of the century" (a forecast without a figure;
  "the middle of the century" none); Wilmsmeier's Scandinavian high beside „Ein kalter Monat
  ändert nichts ...“ and his label „das am meisten unterschätzte Naturrisiko“;
  Ambühl-Sgier's 13,6 hPa beside his advice on the avalanche danger; Hörmanseder's 200
  percent beside „Glücksfall ... Warnsignal“ and „verlängerten Sommersaison“; Tulloch's jet
  stream beside "Rain on this scale ..." and his 200 times beside "a freak event";
  Holtgreve's 38 stations beside „Fehlstart“ and „kein fernes Szenario mehr“; Ottersbach's
  return period and Saharan air beside „Rekorde wie dieser werden nicht die letzten bleiben“
  (a forecast without a figure); Brackenbury's panel beside "heat like this kills";
  Pernsteiner's July forecast beside his advice; Halloran's stated cause beside "no comfort
  in being right"; Cathomen's ten centimetres a day and ten warmest years beside «erst gegen
  Ende des Jahrhunderts» and «den Wintern meiner Kindheit»; Ferreira-Dunmore's surge beside
  "leave now"; Thalhammer-Egg's finding beside his warning naming no measure. Rhys-Carwood
  appears only in a negative ("who led the study" none), his study's 40 times in a row with
  the estimating scientists unchecked. Vox pops (a pensioner in Favoriten, a wine grower
  from Klöch, a snowplow driver in Golden, a Fairbanks resident) are written without ages,
  and the mayors' and officials' reactions („So etwas haben wir hier noch nicht gesehen“,
  "We had water where nobody living here has ever seen water", "the rivers simply had too
  much to carry") name no measure (hundred-tenth: „So eine Flut hat hier noch keiner
  erlebt“). Other negatives: advice and appeals („riet Ambühl-Sgier“, „riet der
  Wetterdienst“, „sagte Pernsteiner“ with „Wer kann, sollte ...“, „riet der Schweizer
  Alpen-Club“, „mahnte die Polizei“, "People were told" twice, "Officials urged" twice,
  "Gardeners were asked", "Authorities urged", "Residents were told", the fire chief's
  "Check on your neighbors", Ferreira-Dunmore's "leave now"); forecasts and outlooks without
  a figure ("Forecasters at NOAA's Climate Prediction Center expect ...", "Forecasters said
  there was little sign of relief ...", "Forecasters expect the storm to weaken ...",
  "Forecasters said the cold would ease ...", „halten die Meteorologen ... für wenig
  wahrscheinlich“); hopes and fears („Die Liftbetreiber hoffen ...“, "Farmers in Somerset
  said they feared ..."); evasions and open questions („wollte der Wetterdienst nicht
  vorhersagen“, „ließ GeoSphere Austria offen“, „wollte GeoSphere Austria nicht
  prognostizieren“, „Ob die Versicherung ... ist noch offen“, "remains unclear", "would not
  yet say whether", "Scientists cautioned that a single hot month says little ..." - "a
  single" none, two-hundred-and-forty-fourth).
- Check-worthy without a figure (hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fifty-first, three-hundred-and-thirtieth, four-hundred-and-fourth): six
  stated causes and findings (Oyelaran-Pike, Wilmsmeier - „wochenlang“ none -, Tulloch,
  Ottersbach, Halloran, Vaughan-Price - "for much of July" none), Thalhammer-Egg's finding
  on the snowpack, the DWD's check of the record reading and Brackenbury's panel (announced
  steps; "over the coming weeks", „in den kommenden Tagen“ none), the Landeshauptmann's aid
  (an announced step), the WMO secretary-general's displacement finding (a role, unchecked),
  „Nach DWD-Angaben hat sich ... etwa verdreifacht“ (a verb, none; „seit den 1950er-Jahren“
  a decade, none - hundred-ninety-fourth: "the 1960s"), the UKHSA's red heat-health alert
  extended "until 9am on Saturday" (a colour and a clock time, none), and closures and
  suspensions (ScotRail "until 2pm", the Hörnlihütte, the Deutsche Bahn's long-distance
  trains „bis Mittwochmittag“; "every" and „alle“ none).
- Forecasts with a figure are check-worthy (hundred-thirty-fifth,
  two-hundred-and-ninety-first, three-hundred-and-thirtieth): Ransdell's "minus 8 degrees
  overnight", Ferreira-Dunmore's "a surge of 12 to 16 feet" 12 and 16 (the unit written once
  serves both, seventy-sixth), NOAA's "a 93% chance that 2029 will rank among the five
  warmest years" (93, 2029 and 5), Pernsteiner's July "der heißeste seit Messbeginn 1775"
  (the year), MeteoSchweiz's „2029 wird ... das wärmste Jahr seit Messbeginn 1864“ and the
  WMO's "virtually certain to end as the warmest year on record".
- Temperatures and anomalies are counts of the figure with its sign (fourth, forty-seventh,
  hundred-tenth, hundred-ninety-fourth, two-hundred-and-fifty-first,
  three-hundred-and-thirtieth, four-hundred-and-fourth): "1.36C above the 20th-century
  average" 1.36 and ordinal 20, "by 0.07C", „Mit minus 1,9 Grad ... um 2,8 Grad unter“ -1.9
  and 2.8 („um“ before a difference and „unter“ after the figure no hedge), „minus 23,7
  Grad“, „von 2,1 auf 18,6 Grad“, "minus 8 degrees", „Mit einem Plus von 1,2 Grad“ 1.2
  (three-hundred-and-thirtieth: „ein Plus von 2,2 Grad“), „minus 18,4 Grad“, "5.6C, 0.9C
  above average", „Mit 9,8 Grad ... 2,1 Grad wärmer“, „mit mindestens 25 Grad“, „mit
  mindestens 30 Grad“ and „von mindestens 20 Grad“ "at_least", "10.1C", "by 0.4C", "The old
  June mark of 106 degrees", „41,6 Grad“, „von 40,9 Grad“, „auf mehr als 40 Grad“ "over",
  „nur auf 26,3 Grad“ („nur“ no hedge), "40.7C", "40.5C", „auf 35 Grad oder mehr“ 35,
  "1.39C", "more than 1.3C above" 1.3 "over", „auf 38,9 Grad ..., auf 37,6 Grad“, „Mit 20,4
  Grad ... um 0,2 Grad“, "16.4C", "1.6C above ..., by 0.2C", "32C or higher" 32 ("or higher"
  no hedge, forty-seventh), „von 23,4 Grad auf 1,8 Grad“, „um 2,3 Grad wärmer ..., sogar um
  2,9 Grad“ („sogar“ no hedge), „23,9 Grad“, „von 23,1 Grad“, "about 1.62C" "about", "topped
  1.5C" (no hedge, seventy-fourth: a verb), „1,5 Grad über der Norm“, "minus 54 degrees
  Fahrenheit (minus 47.8 Celsius)" -54 and -47.8 (two counts, the converted figure in
  brackets, forty-seventh and four-hundred-and-fourth: "minus 17.8 Celsius"), „Die
  Jahresmitteltemperatur von 11,4 Grad ... um 3,2 Grad“, „um 0,3 Grad“, "10.38C", "1.31C
  above ... and 0.19C above". New: "108°F (42.2°C)" gives the counts 108 and 42.2 - the
  degree sign glued to "F" is the unit "degrees Fahrenheit" written short, as "°C" is "Grad"
  written short (two-hundred-and-fifty-first), and the converted figure in brackets is a
  second count as in "116 degrees Fahrenheit (46.7 Celsius)" (three-hundred-and-thirtieth).
  New: "below minus 40" gives -40 "under" - "below" before a figure bounds it
  (three-hundred-and-thirtieth: "below 7,000 feet" "under"), and the sign stays with the
  figure as in „von bis zu minus 14 Grad“ -14 "up_to" (three-hundred-and-thirtieth): a hedge
  and a sign do not exclude each other. New: „auf 35 Grad oder mehr“ carries no hedge -
  „oder mehr“ after a figure reads as "or higher" and "or hotter" (forty-seventh,
  two-hundred-and-fifty-first), the figure naming the threshold.
- Reference periods, seasons and record starts are years (twenty-third, hundred-tenth,
  hundred-ninety-fourth, two-hundred-and-fifty-first, three-hundred-and-thirtieth):
  „Referenzperiode 1961 bis 1990“ (twice), „im Vergleichszeitraum 1961 bis 1990“, „das
  Mittel der Jahre 1961 bis 1990“, „im Zeitraum 1961 bis 1990“, „im Durchschnitt von 1961
  bis 1990“, „des Mittels von 1961 bis 1990“, „im Klimamittel 1961 bis 1990“, „dem
  Klimamittel 1991 bis 2020“ (twice), „der Jahre 1991 bis 2020“, „der Norm 1991–2020“ with
  the en dash, "the seasonal average for 1991-2020", "the 1991-2020 average", "the 1961-1990
  average", "the 1850-1900 period" and "pre-industrial baseline" both years; „der Winter
  2028/29“ 2028 and 2029 (three-hundred-and-thirtieth: „Der Winter 2027/28“); "the
  20th-century average" and "mean" ordinal 20 (hundred-tenth). Record starts and other
  years: "for 2028", "set in 2026" (twice), "since 2015", "in 2028 ... since national
  records began in 1895", „Der Januar 2029“ and „seit 2010“, „Der Sommer 2029“, „Der Herbst
  2029“, „seit Beginn der Messungen 1864“, „seit Messbeginn 1864“, „seit 1864“, "since 2003"
  (twice), "since 2014", "goes back to 1836", "in 2006", „seit Beginn der Aufzeichnungen
  1951“, „Das Frühjahr 2029“, "began in 1884" and "since records began in 1884", "since
  1998", „aus dem Sommer 2026“, "in 2026", „seit Messbeginn 1775“, "July 2029" the year
  (three-hundred-and-thirtieth: „Der Januar 2028“), "started in 1979", 2029 as a subject, in
  forecasts and in a comparison ("2029 was", „2029 wird“, "that 2029 will rank", "as warm as
  2029"), „seit Beginn der Radiosondierungen 1954“, „seit Beginn flächendeckender Messungen
  1881“, „den Sommer 2003“, „seit 1881“ (twice more), "its 2015 level", „seit Beginn der
  Messungen 1767“, „war 2024 gemessen worden“, "since 2024", „nach 2010“, "since 1989",
  "since 1999", „Das Jahr 2029“, „seit Beginn der Wetteraufzeichnungen 1881“, „Das bisherige
  Rekordjahr 2027“, „nach 2014“, "set in 2027". "Last year", "last year", "the 1990s", "the
  middle of the century" and „den 1950er-Jahren“ none.
- Rainfall, snow, wind, pressure, water and other physical measures are counts of the figure
  as written (fourth, forty-seventh, hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fifty-first, three-hundred-and-thirtieth, four-hundred-and-fourth): rain
  ("Up to 90mm" "up_to", "61.4mm", "461mm", "662mm", "just 48.6mm" - "just" no hedge -, „mit
  durchschnittlich 118 Litern pro Quadratmeter ...; normal sind rund 191 Liter“ 118 and 191
  "about", „weniger als 60 l/m², ... sogar nur knapp 40“ 60 "under" and 40 "nearly" - the
  noun left out after the second figure, four-hundred-and-fourth -, „bis zu 132 Liter Regen
  pro Quadratmeter“ "up_to", „rund 205 Litern ... von 241 Litern“, „rund 705 Liter“ "about",
  "More than 14 inches" "over", "15.2 inches", "352.8mm", "1,894mm"); snow („eine
  geschlossene Schneedecke von 64 Zentimetern, ... 3,10 Meter“ 64 and 3.1, „eine Schneehöhe
  von 4,35 Metern ..., rund 70 Zentimeter mehr“, "27 inches of snow", "19.8 inches", "drifts
  up to 6 feet deep" 6 "up_to", „bis zu 70 Zentimeter Neuschnee“ "up_to", „von 58
  Zentimetern“, „bei nur 35 Zentimetern“); heights („auf 2287 Metern über Meer“ and „auf
  5318 Meter über Meer“ - Swiss four digits without a separator, hundred-tenth; „über Meer“
  after a figure none -, „Am Hohen Sonnblick (3.106 Meter Seehöhe)“, „oberhalb von 1.200
  Metern“ with no hedge - four-hundred-and-fourth: „ab 2000 Metern“ -, "356 metres above sea
  level"); wind („Böen von bis zu 186 Kilometern pro Stunde“ and „Orkanböen von bis zu 149
  Kilometern pro Stunde“ "up_to", „131 km/h“, „104 Kilometern pro Stunde“, „eine Böe 144
  km/h, Windstärke 12“ 144 and 12 - „eine“ none, four-hundred-and-fourth -, "a gust of
  103mph", "89mph ... 78mph" glued, "Winds gusting to 55 mph", "a 60mph limit", "165 mph
  (270 kph)" both, "by 80 mph in 24 hours"); pressure ("by 31 millibars", "909 millibars",
  "about 1,060 millibars" "about"); hail („von bis zu sechs Zentimetern“ "up_to"); water
  („um 2,30 Meter auf 4,85 Meter“, „von 3,38 Metern über dem mittleren Hochwasser“ - „über“
  after the figure none -, "crested at 23.8 feet, nearly 9 feet above" 23.8 and 9 "nearly",
  "peaked at 3.41 metres, 0.2 metres above" - "peaked at" no hedge -, "4.8 millimetres");
  ice, areas and power ("7.21 million square kilometres" 7,210,000 and "16.4 million square
  kilometres" 16,400,000 with the scale word multiplying, „bis zu zehn Zentimeter Eis pro
  Tag“ "up_to" - „pro Tag“ none -, „rund 2.800 Hektar“ "about", "peaked at 91,460 megawatts"
  and "an all-time peak of 248 megawatts" with no hedge). New: „97 l/qm“ is a count of 97 -
  "qm", the German abbreviation of Quadratmeter, makes "l/qm" one more way of writing litres
  per square metre, read as "l/m²" is (forty-seventh: the symbol read as the words), and
  units of physical measures are not checked. New: „13,6 hPa“ and „auf 961 hPa“ are counts
  of 13.6 and 961 - "hPa" is the symbol of the hectopascal, read as "14 Hektopascal" was
  (two-hundred-and-fifty-first) and as "millibars" are here.
- Levels, scales and categories are counts (twentieth, hundred-ninety-fourth,
  three-hundred-and-thirtieth, four-hundred-and-fourth): „die höchste Stufe 5“ 5, „eine
  Unwetterwarnung der Stufe 3 von 4“ 3 and 4, „eine Hitzewarnung der Stufe 4 von 5“ 4 and 5,
  „auf Stufe 3, erheblich, der fünfteiligen Skala“ 3 and 5 (the danger word none), "a
  Category 5 storm" 5; "a rare red wind warning", "its red heat-health alert" and "An
  excessive heat warning" carry none.
- Percentages as written (every batch; hundred-ninety-fourth for percent of normal): „mehr
  als 200 Prozent der üblichen Niederschlagsmenge“ "over", "141% of the seasonal average",
  "29% more than normal" ("more than" after the figure compares), "61% of the spring
  average", "68% of capacity, compared with 86%", „knapp 85 Prozent des Solls“ "nearly", "a
  93% chance", "about 20% more likely" "about", „um 39 Prozent weniger Niederschlag als im
  Mittel“ 39 („um“ before a difference, „weniger ... als“ after the figure), „etwa 88
  Prozent des Mittels“ "about", "21% above average".
- Sunshine hours are durations in hours (hundred-ninety-fourth,
  two-hundred-and-fifty-first): „Mit rund 752 Sonnenstunden ... um gut 285 Stunden“ 752
  "about" and 285 "over", "664 hours of sunshine", „mit etwa 810 Stunden rund 196 Stunden
  länger“ both "about", „mit 2164 Stunden“ (Swiss, no separator), „mit gut 1.980 Stunden“
  1980 "over".
- Days and nights of a kind are counts (fifteenth, hundred-tenth, hundred-ninety-fourth,
  two-hundred-and-fifty-first): „14 Eistage“, „nur drei Tage mit einer Schneedecke“ 3, „27
  Hitzetage“, „19 Tropennächte“, „An fünf Tagen“, „im Mittel 24 Hitzetage“ („im Mittel“ no
  hedge), „die achte Tropennacht dieses Sommers“ ordinal 8, "on 11 days", "for nine straight
  days" 9 (two-hundred-and-fifty-first: "33 straight days"), "an air frost on only 24 days"
  24 ("an" and "only" none). New: „Sommertage“ (days of at least 25 degrees) and
  „Wüstentage“ (days of 35 degrees or more) are days of a kind counted as „Hitzetage“,
  „Eistage“ and „Tropennächte“ are: „zwölf Sommertage mit mindestens 25 Grad“ 12 and 25
  "at_least", „61 Sommertage“ 61, „nur knapp zwei pro Sommer“ 2 "nearly" („pro Sommer“ none,
  as „pro Tag“). New: "the city's 19th 100-degree day" gives ordinal 19 and count 100 - the
  threshold heading the hyphenated compound is a temperature as "Romilly's 50-mph jump" gave
  50 (four-hundred-and-fourth), the rank before it an ordinal; "triple-digit days" would
  carry none (three-hundred-and-sixtieth).
- Durations and return periods (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a
  two-week visit"; every batch): "in 24 hours" (twice), "in the 24 hours to 9am" 24 hours
  (the clock time none), "any 24-hour period" 24 hours, „binnen 24 Stunden“, „binnen drei
  Stunden“, „binnen vier Stunden“, „binnen 60 Minuten“ 60 minutes
  (four-hundred-and-twentieth: „binnen 30 Minuten“), „innert sechs Stunden“ („binnen“ and
  „innert“ no hedge), „während rund 14 Stunden“ 14 hours "about" (Swiss „während“ no hedge,
  two-hundred-and-fifty-first), „rund fünf Stunden lang“ 5 hours "about", "in less than six
  hours" 6 hours "under" (hundred-tenth: "in less than 12 hours"), "its largest two-day
  total" 2 days, "over the three months" 3 months ("over" before a span no hedge), "more
  than two months' worth of average November rain" 2 months "over" (hundred-tenth: „dem
  Regen von fast zwei Monaten“), „in den vergangenen zwei Wochen“ 2 weeks, „in den
  vergangenen vier Jahren“ 4 years, "set only three years earlier" 3 years
  (four-hundred-and-twentieth: "two years ago"); record lengths and return periods in years
  (hundred-ninety-fourth, two-hundred-and-fifty-first, three-hundred-and-thirtieth): "NOAA's
  179-year global series", "NOAA's 180-year record", „In der 263-jährigen Messgeschichte“
  263 years, „im Mittel nur etwa alle 100 Jahre“ 100 years "about"
  (three-hundred-and-thirtieth: "roughly once in 75 years"), "a one-in-1,000-year event"
  1000 years and no fraction (four-hundred-and-fourth: "a one-in-100-year event"), „In 36
  der vergangenen 40 Jahre“ count 36 and 40 years (hundred-tenth: "in 20 of the past 26
  months"); ages („Ein 67 Jahre alter Mann“). None: "last year", "over the past year", "a
  year ago", "this year", "later in the week", "over the coming weeks", „in den kommenden
  Tagen“, „wochenlang“, „heuer“, „täglich“, "for much of July", "between December and
  February", "between June and August", "from January to October", „Ende Februar“, „Ende
  Mai“, „Anfang Dezember“, „bis Ende Juli“, „Bis Ende November“, „zum Monatsende“, weekdays
  and parts of days („in der Nacht auf Mittwoch“, „in der Nacht zum Dienstag“, „am
  Vormittag“, „bis Mittwochmittag“, "by Tuesday morning", "through Thursday evening",
  "overnight", "early Wednesday"), clock times ("until 2pm", "until 9am on Saturday").
- Ordinals and ranks (the issue's "die drittgrößte Stadt"; hundred-tenth,
  hundred-ninety-fourth, two-hundred-and-fifty-first, three-hundred-and-thirtieth): "the
  20th-century average" and "mean" 20, "the fifth-warmest" 5, „nach einer ersten Auswertung“
  1 (hundred-tenth), „auf Rang 14“ 14 (four-hundred-and-twentieth: „auf Rang sieben“), "its
  second-wettest winter" 2, „die achte Tropennacht“ 8, "the city's 19th" 19, "the 15th
  consecutive month" 15, "for the fourth straight month" 4, "the third-lowest July extent"
  3, "the 13th named storm and the sixth hurricane" 13 and 6, "the third time since 2024" 3,
  "for the seventh consecutive year" 7, "for a second day" 2, „die dritte Sturmflut dieses
  Herbstes“ 3. "warmest", "hottest", "wettest", "coldest", "sunniest", „sonnigste“,
  „wärmste“, „heißeste“, „höchsten“, „tiefsten“, "a record", "all-time", "the fewest", „so
  viele wie nie zuvor“ and „so lange wie nie zuvor“ carry none.
- Fractions and multiples (the issue; every batch): "about a third of East Coast main line
  trains" 0.3333 "about" (four-hundred-and-fourth: "about a third of homes"), „um mehr als
  die Hälfte weniger“ 0.5 "over" (three-hundred-and-thirtieth), „rund einem Drittel des
  Mittelwerts“ 0.3333 "about"; multiples are counts with their hedges (hundred-tenth,
  two-hundred-and-fifty-first): „fast dreimal so viele“ 3 "nearly", "more than twice the
  threshold" 2 "over", "roughly twice the annual rate" 2 "about", "about 40 times more
  likely" 40 "about", "around 200 times more likely" 200 "about". Verbs carry none: „etwa
  verdreifacht“.
- Counts otherwise (every batch): "The 10 warmest years" and "The UK's 10 warmest years" 10,
  "27 weather and climate disasters", „seiner rund 2.000 Messstationen“ "about", "About
  74,000 homes" "about", „Rund 1400 Haushalte“ "about" („zeitweise“ no hedge), "More than
  1,100 flights" "over", "412 crashes", "1,240 flood warnings", "1.4 million customers"
  1,400,000, „an 38 Stationen“, „mehr als 400 Keller“ "over", "At least 11 people"
  "at_least", "34 counties", „An 23 weiteren Stationen“ 23 („weiteren“ no hedge), „für 211
  Landkreise“, "At least 31 stations" "at_least", „zu rund 160 hitzebedingten Einsätzen“
  "about", „mehr als 1.300 Feuerwehrleute“ "over", "among the five warmest" 5, "At least
  seven people ..., including two children" 7 "at_least" and 2, "more than 130 people"
  "over", "49 counties", "112 flood warnings and 164 flood alerts", "86 people", „rund 240
  Bäume“ "about", "Zwei der drei heißesten Sommer" 2 and 3 and „Von den zehn wärmsten Jahren
  ... acht“ 10 and 8 (three-hundred-and-thirtieth: „Neun der zehn wärmsten Jahre“), „Die
  zehn wärmsten Jahre ... alle“ 10 („alle“ no hedge). None: "every service", „alle
  Fernzüge“, "a single", "a panel of experts", "a procession of Atlantic lows", „ein paar“.
- Money in the currency written (every batch): "at least $1 billion apiece" USD "at_least"
  ("apiece" none, two-hundred-and-fifty-first), „auf rund 9,5 Millionen Euro“ EUR "about"
  (the estimating verb's source unchecked), "about 240 million pounds" GBP "about".
- Dates and datelines: dates in the text without a year („am 22. Januar“ --01-22, „am 19.
  Jänner“ --01-19 - tenth: „Jänner“ -, "from June 14", "since June 1", „Am 2. November“);
  Reuters datelines with a day ("WASHINGTON, Jan 9 (Reuters)", "LONDON, July 18 (Reuters)",
  "WASHINGTON, Aug 8 (Reuters)", "GENEVA, Dec 3 (Reuters)", "LONDON, Dec 31 (Reuters)")
  dates without a year (hundred-ninety-fourth, two-hundred-and-fifty-first,
  three-hundred-and-thirtieth); dpa (also "dpa/lsw" and "dpa/lno"), APA, Keystone-SDA
  ("Altdorf UR", "Payerne VD" - the canton letters none), PA ("EDINBURGH (PA) -", "LONDON
  (PA) -", "EXETER (PA) -", "KENDAL (PA) -") and AP ("DENVER (AP) —", "SAN ANTONIO (AP) —",
  "COOKEVILLE, Tenn. (AP) —", "MIAMI (AP) —", "FAIRBANKS, Alaska (AP) —") datelines none
  (seventy-ninth). Months alone, weekdays, clock times and storm names none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly" "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „gut“, "more than",
  "More than" "over"; „weniger als“ before a figure, "less than" before a span and "below"
  before a figure "under"; „bis zu“, "up to", "Up to" "up_to"; „mindestens“, "at least", "At
  least" "at_least". No hedge: „durchschnittlich“, „im Mittel“, „nur“, "just", "only",
  „sogar“, „bereits“, „schon“, „zeitweise“, „weiteren“, „alle“, „binnen“, „innert“,
  „während“, „um“ before a difference, „oder mehr“ and "or higher" after a figure, "peaked
  at", "topped", "maximum", "gusting to", "apiece", "over" before a span, and „über“,
  „unter“, "above", "below", "more than" and „weniger ... als“ after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „teilte der Deutsche
  Wetterdienst (DWD) am Dienstag nach einer ersten Auswertung seiner rund 2.000
  Messstationen mit“ -> "der Deutsche Wetterdienst" (the abbreviation in brackets, the
  weekday and the occasion dropped; hundred-tenth, two-hundred-and-fifty-first), „wie der
  Deutsche Wetterdienst am Mittwoch mitteilte“ (two-hundred-and-fifty-first) and „teilte der
  Deutsche Wetterdienst mit“ (hundred-ninety-fourth, four-hundred-and-fourth), „so der DWD“
  -> "der DWD" (two-hundred-and-fifty-first, three-hundred-and-thirtieth), „wie MeteoSchweiz
  mitteilte“ (twice) -> "MeteoSchweiz" (two-hundred-and-fifty-first,
  four-hundred-and-fourth), „teilte GeoSphere Austria am Mittwoch mit“ -> "GeoSphere
  Austria" (three-hundred-and-thirtieth), „laut GeoSphere Austria“ -> "GeoSphere Austria" as
  written (two-hundred-and-twenty-seventh, four-hundred-and-thirtieth); the name with the
  title dropped („DWD-Klimaexperte Torsten Wilmsmeier sagte, ...“, „MeteoSchweiz-Meteorologe
  Reto Ambühl-Sgier sagte, ...“, „GeoSphere-Klimatologin Theresia Hörmanseder sagte, ...“,
  „DWD-Sprecherin Annika Holtgreve sagte, ...“, „sagte DWD-Meteorologe Jasper Ottersbach“,
  „DWD-Meteorologe Jasper Ottersbach sagte, ...“, „GeoSphere-Meteorologe Dominik Pernsteiner
  sagte, ...“, „MeteoSchweiz-Klimatologin Madlaina Cathomen sagte, ...“; hundred-eightieth,
  three-hundred-and-thirtieth, four-hundred-and-fourth), a quoted fact followed by „sagte
  Cathomen“ -> "Cathomen" (eighteenth, three-hundred-and-eighty-eighth,
  four-hundred-and-twentieth), „Laut Lawinenwarndienst-Leiter Rupert Thalhammer-Egg“ ->
  "Rupert Thalhammer-Egg" (four-hundred-and-twentieth: „Laut Landespolizeipräsident Wolfram
  Eichelsdörfer“). English: "the National Oceanic and Atmospheric Administration said,
  putting ..." (three-hundred-and-thirtieth), "NOAA climatologist Desmond Oyelaran-Pike told
  reporters that ..." (three-hundred-and-thirtieth: "NOAA climatologist Darnell Whitcombe
  told reporters"), "Met Office meteorologist Eleri Vaughan-Price said" (twice), "NWS
  meteorologist Cody Ransdell said", "Met Office climate scientist Hamish Tulloch said"
  (twice), "NCEI climatologist Marguerite Halloran said on a call with reporters that ..."
  the name with the role dropped (three-hundred-and-thirtieth, four-hundred-and-fourth),
  "Met Office chief meteorologist Fiona Brackenbury told reporters" and "NHC senior
  specialist Yolanda Ferreira-Dunmore told reporters" (two-hundred-and-fourth,
  four-hundred-and-fourth), "said Oonagh Merriweather, a hydrologist at Lancaster
  University" and "said Kirsten Aaberg-Lowe, a meteorologist with the weather service in
  Fairbanks" the name (fifteenth, hundred-tenth: "said Jo Harker, a hydrologist at ..."),
  "the National Weather Service said", "The Environment Agency said ..." opening the row
  with the article lowered, "the Met Office said" and "the Met Office said on Monday", "the
  National Hurricane Center said", "The World Meteorological Organization said on Monday
  that ..." opening the row -> "the World Meteorological Organization"
  (hundred-ninety-fourth, two-hundred-and-fifty-first, three-hundred-and-thirtieth,
  four-hundred-and-fourth). New: „so die vorläufige Bilanz des Deutschen Wetterdienstes“ and
  „wie die vorläufige Jahresbilanz des Deutschen Wetterdienstes zeigt“ are left unchecked -
  a document after „so“, or as the subject of „zeigt“, is data as „wie aus der vorläufigen
  Jahresbilanz des Deutschen Wetterdienstes hervorgeht“ and „Der Dürremonitor ... zeigt“
  were (three-hundred-and-thirtieth), not a speaker as after „so der DWD“. Left unchecked
  (None): all negatives, also those with a named speaker ("said Aled Rhys-Carwood, who led
  the study" among them); data and documents ("provisional Met Office figures show" twice,
  "Met Office figures showed", "National Weather Service data showed", "according to
  provisional data", "according to provisional Met Office data", "the report said";
  hundred-ninety-fourth, three-hundred-and-thirtieth); every "according to" (the Met Office,
  Scottish and Southern Electricity Networks, FlightAware, the medical examiner's office,
  NOAA, the National Weather Service; two-hundred-and-fourth, four-hundred-and-twentieth);
  „gemäss dem Elektrizitätswerk Altdorf“ and „gemäss MeteoSchweiz“ (four-hundred-and-fourth:
  „gemäss“ before a source left open); compounds („Nach Feuerwehrangaben“, „nach
  Polizeiangaben“, „Nach DWD-Angaben“; three-hundred-and-seventy-first,
  four-hundred-and-twentieth); „Nach Angaben des Landesfeuerwehrverbands“ (a masculine
  genitive, hundredth, three-hundred-and-thirtieth), „nach Angaben der Betreiber“ (plural,
  four-hundred-and-twentieth) and „nach eigenen Angaben“; verbs of measuring, counting,
  warning, issuing, raising, estimating and reporting („mass die Station“, „registrierte die
  Station“, „Die Station zählte“, „zählte MeteoSchweiz“, „Der DWD hatte ... ausgegeben“,
  „Der DWD warnte“, „MeteoSchweiz erliess“, „hob ... auf Stufe 3“, „schätzte“, „meldete“,
  "NOAA counted", "NOAA estimated", "Met Office scientists estimated", "The UK Health
  Security Agency estimated", "The Association of British Insurers estimated", "The weather
  service called it"; ninety-ninth, hundred-ninety-fourth, four-hundred-and-fourth); roles,
  plural groups and pronouns ("the agency said on Wednesday", "county officials said",
  "state emergency officials said", "Mountain rescue teams said", "The WMO secretary-general
  told a news conference", "Florida's governor", „Der Landeshauptmann kündigte ... an“, „Der
  Wetterdienst will“; forty-first, hundred-tenth, four-hundred-and-fourth); firms ("Southern
  Water said", "Thames Water said", "Golden Valley Electric Association said";
  two-hundred-and-ninety-first, three-hundred-and-thirtieth); a description before a name
  ("Texas' grid operator, ERCOT, said"; fortieth) and rows without attribution. To keep the
  checked speakers near 35, as the two-hundred-and-twelfth, three-hundred-and-thirtieth and
  four-hundred-and-fourth batches did, several readings are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_451 = [
    # --- NOAA's global climate year 2028 (Reuters), January 9 ---
    (
        "en",
        "WASHINGTON, Jan 9 (Reuters) - Last year was the warmest in NOAA's 179-year global series, the National Oceanic and Atmospheric Administration said, putting the planet's average surface temperature for 2028 at 1.36C above the 20th-century average.",
        True,
        [
            ("date", "--01-09", None, None),
            ("duration", 179, "year", None),
            ("year", 2028, None, None),
            ("count", 1.36, None, None),
            ("ordinal", 20, None, None),
        ],
        "the National Oceanic and Atmospheric Administration",
    ),
    (
        "en",
        "It beat the previous high, set in 2026, by 0.07C.",
        True,
        [("year", 2026, None, None), ("count", 0.07, None, None)],
        None,
    ),
    (
        "en",
        "The 10 warmest years in the record have all come since 2015.",
        True,
        [("count", 10, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "NOAA climatologist Desmond Oyelaran-Pike told reporters that record-warm oceans, spread over a wider area than in any earlier year, drove most of the rise.",
        True,
        [],
        "Desmond Oyelaran-Pike",
    ),
    (
        "en",
        '"We keep writing the same sentence every January, and it keeps being true," Oyelaran-Pike said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The United States had 27 weather and climate disasters last year whose losses reached at least $1 billion apiece, NOAA counted.",
        True,
        [("count", 27, None, None), ("money", 1000000000, "USD", "at_least")],
        None,
    ),
    (
        "en",
        "In the contiguous United States, 2028 ranked as the fifth-warmest year since national records began in 1895.",
        True,
        [("year", 2028, None, None), ("ordinal", 5, None, None), ("year", 1895, None, None)],
        None,
    ),
    (
        "en",
        "Forecasters at NOAA's Climate Prediction Center expect a weak La Niña to fade by spring.",
        False,
        [],
        None,
    ),
    # --- Storm Tamsin in Scotland (PA), January 17 ---
    (
        "en",
        "EDINBURGH (PA) - Storm Tamsin brought a gust of 103mph to Cairngorm Summit overnight, according to the Met Office, as a rare red wind warning covered parts of north-east Scotland.",
        True,
        [("count", 103, None, None)],
        None,
    ),
    (
        "en",
        "At lower levels, Fraserburgh recorded 89mph and Aberdeen Airport 78mph.",
        True,
        [("count", 89, None, None), ("count", 78, None, None)],
        None,
    ),
    (
        "en",
        "Met Office meteorologist Eleri Vaughan-Price said the storm's central pressure had fallen by 31 millibars in 24 hours, which meets the definition of explosive cyclogenesis.",
        True,
        [("count", 31, None, None), ("duration", 24, "hour", None)],
        "Eleri Vaughan-Price",
    ),
    (
        "en",
        '"This is a storm to take seriously, not one to go out and film," Vaughan-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 74,000 homes had lost power by Wednesday morning, according to Scottish and Southern Electricity Networks.",
        True,
        [("count", 74000, None, "about")],
        None,
    ),
    (
        "en",
        "Up to 90mm of rain fell on high ground in the western Highlands, with 61.4mm at Tyndrum.",
        True,
        [("count", 90, None, "up_to"), ("count", 61.4, None, None)],
        None,
    ),
    (
        "en",
        "ScotRail suspended every service north of Perth until 2pm.",
        True,
        [],
        None,
    ),
    (
        "en",
        "People were told to avoid travelling unless their journey was essential.",
        False,
        [],
        None,
    ),
    # --- The DWD's January (dpa), January 30 ---
    (
        "de",
        "Offenbach (dpa) - Der Januar 2029 ist in Deutschland so kalt ausgefallen wie seit 2010 nicht mehr, teilte der Deutsche Wetterdienst (DWD) am Dienstag nach einer ersten Auswertung seiner rund 2.000 Messstationen mit.",
        True,
        [
            ("year", 2029, None, None),
            ("year", 2010, None, None),
            ("ordinal", 1, None, None),
            ("count", 2000, None, "about"),
        ],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Mit minus 1,9 Grad lag die Durchschnittstemperatur um 2,8 Grad unter dem Wert der Referenzperiode 1961 bis 1990.",
        True,
        [
            ("count", -1.9, None, None),
            ("count", 2.8, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "Am kältesten war es am 22. Januar in Oberstdorf mit minus 23,7 Grad.",
        True,
        [("date", "--01-22", None, None), ("count", -23.7, None, None)],
        None,
    ),
    (
        "de",
        "Die Station zählte 14 Eistage, an denen das Thermometer ganztägig im Frost blieb.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "In Oberstdorf lag zum Monatsende eine geschlossene Schneedecke von 64 Zentimetern, auf der Zugspitze waren es 3,10 Meter.",
        True,
        [("count", 64, None, None), ("count", 3.1, None, None)],
        None,
    ),
    (
        "de",
        "DWD-Klimaexperte Torsten Wilmsmeier sagte, eine stabile Hochdrucklage über Skandinavien habe wochenlang kalte Festlandsluft nach Mitteleuropa gelenkt.",
        True,
        [],
        "Torsten Wilmsmeier",
    ),
    (
        "de",
        "„Ein kalter Monat ändert nichts an der Richtung, in die sich unser Klima bewegt“, sagte Wilmsmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Februar ähnlich frostig wird, wollte der Wetterdienst nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- A foehn storm in central Switzerland (Keystone-SDA), February 7 ---
    (
        "de",
        "Altdorf UR (Keystone-SDA) - Föhnböen von bis zu 186 Kilometern pro Stunde sind in der Nacht auf Mittwoch durch die Urner Alpentäler gefegt, wie MeteoSchweiz mitteilte.",
        True,
        [("count", 186, None, "up_to")],
        "MeteoSchweiz",
    ),
    (
        "de",
        "Den höchsten Wert mass die Station auf dem Gütsch ob Andermatt auf 2287 Metern über Meer.",
        True,
        [("count", 2287, None, None)],
        None,
    ),
    (
        "de",
        "In Altdorf erreichten die Böen 131 km/h, so viel wie dort seit Beginn der Messungen 1864 noch nie.",
        True,
        [("count", 131, None, None), ("year", 1864, None, None)],
        None,
    ),
    (
        "de",
        "In Chur stieg die Temperatur innert sechs Stunden von 2,1 auf 18,6 Grad, ein neuer Februarrekord für die Station.",
        True,
        [("duration", 6, "hour", None), ("count", 2.1, None, None), ("count", 18.6, None, None)],
        None,
    ),
    (
        "de",
        "Die Axenstrasse blieb während rund 14 Stunden gesperrt.",
        True,
        [("duration", 14, "hour", "about")],
        None,
    ),
    (
        "de",
        "Rund 1400 Haushalte waren gemäss dem Elektrizitätswerk Altdorf zeitweise ohne Strom.",
        True,
        [("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "MeteoSchweiz-Meteorologe Reto Ambühl-Sgier sagte, der Druckunterschied zwischen Lugano und Zürich habe zeitweise 13,6 hPa betragen.",
        True,
        [("count", 13.6, None, None)],
        "Reto Ambühl-Sgier",
    ),
    (
        "de",
        "«Wer am Wochenende in die Berge will, sollte die Lawinenlage genau verfolgen», riet Ambühl-Sgier.",
        False,
        [],
        None,
    ),
    # --- A blizzard in Colorado (AP), February 20 ---
    (
        "en",
        "DENVER (AP) — A blizzard dumped 27 inches of snow on Denver's western suburbs by Tuesday morning, the National Weather Service said.",
        True,
        [("count", 27, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "Denver International Airport measured 19.8 inches, its largest two-day total since 2003.",
        True,
        [("count", 19.8, None, None), ("duration", 2, "day", None), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "Winds gusting to 55 mph piled drifts up to 6 feet deep east of the city.",
        True,
        [("count", 55, None, None), ("count", 6, None, "up_to")],
        None,
    ),
    (
        "en",
        "More than 1,100 flights were canceled at the airport on Monday, according to FlightAware.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        "State troopers had responded to 412 crashes since Sunday.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "NWS meteorologist Cody Ransdell said temperatures would fall to minus 8 degrees overnight before a quick warm-up later in the week.",
        True,
        [("count", -8, None, None)],
        "Cody Ransdell",
    ),
    (
        "en",
        "Officials urged residents to stay off the roads until plows could clear them.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"It's the kind of storm you tell your grandkids about,\" said a snowplow driver in Golden.",
        False,
        [],
        None,
    ),
    # --- GeoSphere Austria's winter (APA), February 28 ---
    (
        "de",
        "Wien (APA) - Mit einem Plus von 1,2 Grad gegenüber dem Klimamittel 1991 bis 2020 ist der Winter 2028/29 in Österreich deutlich zu mild ausgefallen, teilte GeoSphere Austria am Mittwoch mit.",
        True,
        [
            ("count", 1.2, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
        ],
        "GeoSphere Austria",
    ),
    (
        "de",
        "In der 263-jährigen Messgeschichte landet er damit auf Rang 14.",
        True,
        [("duration", 263, "year", None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Am Hohen Sonnblick (3.106 Meter Seehöhe) wurde Ende Februar eine Schneehöhe von 4,35 Metern gemessen, rund 70 Zentimeter mehr als im Mittel.",
        True,
        [("count", 3106, None, None), ("count", 4.35, None, None), ("count", 70, None, "about")],
        None,
    ),
    (
        "de",
        "In tiefen Lagen fiel dagegen kaum Schnee: Wien-Innere Stadt zählte nur drei Tage mit einer Schneedecke.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Den tiefsten Wert des Winters registrierte die Station Seibersdorf am 19. Jänner mit minus 18,4 Grad.",
        True,
        [("date", "--01-19", None, None), ("count", -18.4, None, None)],
        None,
    ),
    (
        "de",
        "GeoSphere-Klimatologin Theresia Hörmanseder sagte, auf der Alpensüdseite seien stellenweise mehr als 200 Prozent der üblichen Niederschlagsmenge gefallen.",
        True,
        [("percent", 200, "%", "over")],
        "Theresia Hörmanseder",
    ),
    (
        "de",
        "„Für die Skigebiete im Süden war das ein Glücksfall, für die Hochwasservorsorge eher ein Warnsignal“, sagte Hörmanseder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der März den Trend fortsetzt, ließ GeoSphere Austria offen.",
        False,
        [],
        None,
    ),
    # --- Britain's wet winter (PA), March 1 ---
    (
        "en",
        "LONDON (PA) - The UK has had its wettest winter since 2014, with 461mm of rain falling between December and February, provisional Met Office figures show.",
        True,
        [("year", 2014, None, None), ("count", 461, None, None)],
        None,
    ),
    (
        "en",
        "That amounts to 141% of the seasonal average for 1991-2020.",
        True,
        [("percent", 141, "%", None), ("year", 1991, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Wales recorded 662mm, its second-wettest winter in a series that goes back to 1836.",
        True,
        [("count", 662, None, None), ("ordinal", 2, None, None), ("year", 1836, None, None)],
        None,
    ),
    (
        "en",
        "Met Office climate scientist Hamish Tulloch said a jet stream displaced south of its usual track had steered a procession of Atlantic lows across the country.",
        True,
        [],
        "Hamish Tulloch",
    ),
    (
        "en",
        '"Rain on this scale, month after month, is what our projections have been pointing towards," Tulloch said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Environment Agency said 1,240 flood warnings had been issued in England over the three months, more than in any winter since it began keeping the tally in 2006.",
        True,
        [("count", 1240, None, None), ("duration", 3, "month", None), ("year", 2006, None, None)],
        "the Environment Agency",
    ),
    (
        "en",
        "Mean temperature for the season was 5.6C, 0.9C above average.",
        True,
        [("count", 5.6, None, None), ("count", 0.9, None, None)],
        None,
    ),
    (
        "en",
        "Farmers in Somerset said they feared some fields would not be dry enough to plant before May.",
        False,
        [],
        None,
    ),
    # --- The DWD's spring (dpa), May 30 ---
    (
        "de",
        "Offenbach (dpa) - Das Frühjahr 2029 ist das sonnigste in Deutschland seit Beginn der Aufzeichnungen 1951 gewesen, wie der Deutsche Wetterdienst am Mittwoch mitteilte.",
        True,
        [("year", 2029, None, None), ("year", 1951, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Mit rund 752 Sonnenstunden übertraf es das Mittel der Jahre 1961 bis 1990 um gut 285 Stunden.",
        True,
        [
            ("duration", 752, "hour", "about"),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
            ("duration", 285, "hour", "over"),
        ],
        None,
    ),
    (
        "de",
        "Zugleich war es mit durchschnittlich 118 Litern pro Quadratmeter deutlich zu trocken; normal sind rund 191 Liter.",
        True,
        [("count", 118, None, None), ("count", 191, None, "about")],
        None,
    ),
    (
        "de",
        "Im Nordosten fielen vielerorts weniger als 60 l/m², in Teilen Brandenburgs sogar nur knapp 40.",
        True,
        [("count", 60, None, "under"), ("count", 40, None, "nearly")],
        None,
    ),
    (
        "de",
        "Mit 9,8 Grad war das Frühjahr 2,1 Grad wärmer als im Vergleichszeitraum 1961 bis 1990.",
        True,
        [
            ("count", 9.8, None, None),
            ("count", 2.1, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "An der Station Waghäusel-Kirrlach wurden bereits zwölf Sommertage mit mindestens 25 Grad gezählt.",
        True,
        [("count", 12, None, None), ("count", 25, None, "at_least")],
        None,
    ),
    (
        "de",
        "DWD-Sprecherin Annika Holtgreve sagte, die Waldbrandgefahr habe Ende Mai an 38 Stationen die höchste Stufe 5 erreicht.",
        True,
        [("count", 38, None, None), ("count", 5, None, None)],
        "Annika Holtgreve",
    ),
    (
        "de",
        "„Die Natur hat im Frühjahr einen Fehlstart hingelegt, den ein paar Gewitter nicht ausgleichen“, sagte Holtgreve.",
        False,
        [],
        None,
    ),
    # --- Britain's record spring (PA), June 1 ---
    (
        "en",
        "EXETER (PA) - The UK has recorded its warmest spring since the national series began in 1884, with a mean temperature of 10.1C.",
        True,
        [("year", 1884, None, None), ("count", 10.1, None, None)],
        None,
    ),
    (
        "en",
        "That beat the previous record, set only three years earlier, by 0.4C.",
        True,
        [("duration", 3, "year", None), ("count", 0.4, None, None)],
        None,
    ),
    (
        "en",
        "England had 664 hours of sunshine, 29% more than normal.",
        True,
        [("duration", 664, "hour", None), ("percent", 29, "%", None)],
        None,
    ),
    (
        "en",
        "Rainfall across the UK was 61% of the spring average, and East Anglia had just 48.6mm.",
        True,
        [("percent", 61, "%", None), ("count", 48.6, None, None)],
        None,
    ),
    (
        "en",
        "In a rapid study, Met Office scientists estimated that climate change had made a spring as warm as this one about 40 times more likely.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        '"We are going to need to get used to springs like this one," said Aled Rhys-Carwood, who led the study.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Southern Water said it would bring in a hosepipe ban for 1.4 million customers in Sussex and Hampshire from June 14.",
        True,
        [("count", 1400000, None, None), ("date", "--06-14", None, None)],
        None,
    ),
    (
        "en",
        "Gardeners were asked to use watering cans and to let lawns turn brown.",
        False,
        [],
        None,
    ),
    # --- A cloudburst in Hohenlohe (dpa/lsw), June 12 ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Bei schweren Gewittern sind im Hohenlohekreis binnen drei Stunden bis zu 132 Liter Regen pro Quadratmeter gefallen.",
        True,
        [("duration", 3, "hour", None), ("count", 132, None, "up_to")],
        None,
    ),
    (
        "de",
        "An der Station Öhringen kamen binnen 60 Minuten 97 l/qm zusammen.",
        True,
        [("duration", 60, "minute", None), ("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Ein Ereignis dieser Stärke sei dort im Mittel nur etwa alle 100 Jahre zu erwarten, sagte DWD-Meteorologe Jasper Ottersbach.",
        True,
        [("duration", 100, "year", "about")],
        "Jasper Ottersbach",
    ),
    (
        "de",
        "Nach Feuerwehrangaben liefen in Künzelsau und Ingelfingen mehr als 400 Keller voll.",
        True,
        [("count", 400, None, "over")],
        None,
    ),
    (
        "de",
        "Der Kocher stieg in Künzelsau binnen vier Stunden um 2,30 Meter auf 4,85 Meter.",
        True,
        [("duration", 4, "hour", None), ("count", 2.3, None, None), ("count", 4.85, None, None)],
        None,
    ),
    (
        "de",
        "Ein 67 Jahre alter Mann wurde in seinem Auto von den Wassermassen eingeschlossen und von Feuerwehrleuten gerettet.",
        True,
        [("duration", 67, "year", None)],
        None,
    ),
    (
        "de",
        "Der DWD hatte am Vormittag eine Unwetterwarnung der Stufe 3 von 4 für den Landkreis ausgegeben.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„So etwas haben wir hier noch nicht gesehen“, sagte der Bürgermeister von Künzelsau.",
        False,
        [],
        None,
    ),
    # --- Heat in Texas (AP), June 24 ---
    (
        "en",
        "SAN ANTONIO (AP) — San Antonio hit 108°F (42.2°C) on Sunday, the city's highest June temperature on record.",
        True,
        [("count", 108, None, None), ("count", 42.2, None, None)],
        None,
    ),
    (
        "en",
        "It was the city's 19th 100-degree day of the year, a total it does not usually reach until August.",
        True,
        [("ordinal", 19, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "The old June mark of 106 degrees had stood since 1998.",
        True,
        [("count", 106, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "Texas' grid operator, ERCOT, said demand peaked at 91,460 megawatts on Saturday afternoon, a record for June.",
        True,
        [("count", 91460, None, None)],
        None,
    ),
    (
        "en",
        "At least 11 people have died of heat-related causes in Bexar County since June 1, according to the medical examiner's office.",
        True,
        [("count", 11, None, "at_least"), ("date", "--06-01", None, None)],
        None,
    ),
    (
        "en",
        "An excessive heat warning is in effect through Thursday evening for 34 counties in south and central Texas.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    (
        "en",
        "\"Check on your neighbors, especially the elderly, and don't leave anyone in a parked car,\" the city's fire chief said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Forecasters said there was little sign of relief before next week.",
        False,
        [],
        None,
    ),
    # --- A German heat record (dpa), July 3 ---
    (
        "de",
        "Offenbach (dpa) - Deutschland hat einen neuen Hitzerekord: An der Station Bernburg an der Saale wurden am Dienstag 41,6 Grad gemessen, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 41.6, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Der bisherige Höchstwert von 40,9 Grad stammte aus dem Sommer 2026.",
        True,
        [("count", 40.9, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Der Wetterdienst will die Messung in den kommenden Tagen prüfen, bevor er den Rekord offiziell anerkennt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An 23 weiteren Stationen kletterte das Thermometer auf mehr als 40 Grad.",
        True,
        [("count", 23, None, None), ("count", 40, None, "over")],
        None,
    ),
    (
        "de",
        "In Berlin-Tempelhof sank die Temperatur in der Nacht zum Dienstag nur auf 26,3 Grad – die achte Tropennacht dieses Sommers.",
        True,
        [("count", 26.3, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "DWD-Meteorologe Jasper Ottersbach sagte, heiße Luft aus der Sahara sei über Frankreich und die Schweiz bis nach Mitteldeutschland geströmt.",
        True,
        [],
        "Jasper Ottersbach",
    ),
    (
        "de",
        "„Rekorde wie dieser werden nicht die letzten bleiben“, sagte Ottersbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der DWD warnte für 211 Landkreise und kreisfreie Städte vor extremer Hitze.",
        True,
        [("count", 211, None, None)],
        None,
    ),
    (
        "de",
        "„Trinken Sie ausreichend und meiden Sie die Mittagssonne“, riet der Wetterdienst.",
        False,
        [],
        None,
    ),
    # --- A British heat record (Reuters), July 18 ---
    (
        "en",
        "LONDON, July 18 (Reuters) - Britain recorded a provisional temperature of 40.7C at Wisley in Surrey on Wednesday, breaking the national record, the Met Office said.",
        True,
        [("date", "--07-18", None, None), ("count", 40.7, None, None)],
        "the Met Office",
    ),
    (
        "en",
        "The previous high of 40.5C was set in Lincolnshire in 2026.",
        True,
        [("count", 40.5, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "At least 31 stations across England broke their own all-time records, according to provisional data.",
        True,
        [("count", 31, None, "at_least")],
        None,
    ),
    (
        "en",
        "Met Office chief meteorologist Fiona Brackenbury told reporters a panel of experts would check the reading over the coming weeks before it could be confirmed.",
        True,
        [],
        "Fiona Brackenbury",
    ),
    (
        "en",
        '"Nobody should treat this as a novelty; heat like this kills," Brackenbury said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The UK Health Security Agency extended its red heat-health alert for London and south-east England until 9am on Saturday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Network Rail imposed a 60mph limit across large parts of the network, and about a third of East Coast main line trains were cancelled.",
        True,
        [("count", 60, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Authorities urged people not to swim in rivers and reservoirs.",
        False,
        [],
        None,
    ),
    # --- Heat in Vienna (APA), July 27 ---
    (
        "de",
        "Wien (APA) - Die Messstelle Wien-Innere Stadt kommt heuer schon auf 27 Hitzetage mit mindestens 30 Grad, so viele wie nie zuvor bis Ende Juli.",
        True,
        [("count", 27, None, None), ("count", 30, None, "at_least")],
        None,
    ),
    (
        "de",
        "Dazu kamen 19 Tropennächte mit einem Tiefstwert von mindestens 20 Grad.",
        True,
        [("count", 19, None, None), ("count", 20, None, "at_least")],
        None,
    ),
    (
        "de",
        "An fünf Tagen kletterte die Temperatur sogar auf 35 Grad oder mehr.",
        True,
        [("count", 5, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Solche Wüstentage hatte es an der Station im Mittel der Jahre 1991 bis 2020 nur knapp zwei pro Sommer gegeben.",
        True,
        [("year", 1991, None, None), ("year", 2020, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Wiener Berufsrettung rückte nach eigenen Angaben an den heißesten Tagen zu rund 160 hitzebedingten Einsätzen täglich aus.",
        True,
        [("count", 160, None, "about")],
        None,
    ),
    (
        "de",
        "GeoSphere-Meteorologe Dominik Pernsteiner sagte, der Juli werde in Wien mit großer Wahrscheinlichkeit der heißeste seit Messbeginn 1775.",
        True,
        [("year", 1775, None, None)],
        "Dominik Pernsteiner",
    ),
    (
        "de",
        "„Wer kann, sollte die Nachmittagsstunden in kühlen Räumen verbringen“, sagte Pernsteiner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Schlafen kann man bei der Hitze kaum“, sagte eine Pensionistin im Gemeindebau in Favoriten.",
        False,
        [],
        None,
    ),
    # --- Hail in south-eastern Styria (APA), August 4 ---
    (
        "de",
        "Graz (APA) - Hagelkörner mit einem Durchmesser von bis zu sechs Zentimetern haben am Samstag in der Südoststeiermark Dächer, Autos und Weingärten beschädigt.",
        True,
        [("count", 6, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Österreichische Hagelversicherung schätzte den Schaden in der Landwirtschaft auf rund 9,5 Millionen Euro.",
        True,
        [("money", 9500000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Betroffen sind rund 2.800 Hektar Agrarfläche.",
        True,
        [("count", 2800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Station Bad Radkersburg registrierte Sturmböen von 104 Kilometern pro Stunde.",
        True,
        [("count", 104, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Landesfeuerwehrverbands standen mehr als 1.300 Feuerwehrleute im Einsatz.",
        True,
        [("count", 1300, None, "over")],
        None,
    ),
    (
        "de",
        "Der Landeshauptmann kündigte Soforthilfe aus dem Katastrophenfonds an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Da bleibt von der Ernte nicht viel übrig“, sagte ein Weinbauer aus Klöch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Versicherung auch alle Schäden an Wohnhäusern abdeckt, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- NOAA's July (Reuters), August 8 ---
    (
        "en",
        "WASHINGTON, Aug 8 (Reuters) - July 2029 was the hottest month for the globe in NOAA's 180-year record, with an average surface temperature 1.39C above the 20th-century mean, the agency said on Wednesday.",
        True,
        [
            ("date", "--08-08", None, None),
            ("year", 2029, None, None),
            ("duration", 180, "year", None),
            ("count", 1.39, None, None),
            ("ordinal", 20, None, None),
        ],
        None,
    ),
    (
        "en",
        "It was the 15th consecutive month in which the global average was more than 1.3C above that baseline.",
        True,
        [("ordinal", 15, None, None), ("count", 1.3, None, "over")],
        None,
    ),
    (
        "en",
        "NCEI climatologist Marguerite Halloran said on a call with reporters that record-warm seas in the North Atlantic and the Indian Ocean accounted for much of the rise.",
        True,
        [],
        "Marguerite Halloran",
    ),
    (
        "en",
        '"There is no comfort in being right about this," Halloran said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Global ocean surface temperatures set a monthly record for the fourth straight month, according to NOAA.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Arctic sea ice extent averaged 7.21 million square kilometres in July, the third-lowest July extent since satellite measurements started in 1979.",
        True,
        [("count", 7210000, None, None), ("ordinal", 3, None, None), ("year", 1979, None, None)],
        None,
    ),
    (
        "en",
        "There is a 93% chance that 2029 will rank among the five warmest years on record, NOAA estimated.",
        True,
        [("percent", 93, "%", None), ("year", 2029, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Scientists cautioned that a single hot month says little on its own about the pace of warming.",
        False,
        [],
        None,
    ),
    # --- The freezing level over Switzerland (Keystone-SDA), August 14 ---
    (
        "de",
        "Payerne VD (Keystone-SDA) - Die Nullgradgrenze ist über der Schweiz in der Nacht auf Dienstag auf 5318 Meter über Meer gestiegen, wie MeteoSchweiz mitteilte.",
        True,
        [("count", 5318, None, None)],
        "MeteoSchweiz",
    ),
    (
        "de",
        "Einen höheren Wert hat der Wetterballon von Payerne seit Beginn der Radiosondierungen 1954 nie gemessen.",
        True,
        [("year", 1954, None, None)],
        None,
    ),
    (
        "de",
        "In Genf stieg die Temperatur am Montag auf 38,9 Grad, in Basel-Binningen auf 37,6 Grad.",
        True,
        [("count", 38.9, None, None), ("count", 37.6, None, None)],
        None,
    ),
    (
        "de",
        "MeteoSchweiz erliess für die Genferseeregion, das Wallis und das Tessin eine Hitzewarnung der Stufe 4 von 5.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "MeteoSchweiz-Klimatologin Madlaina Cathomen sagte, die Gletscher hätten in den vergangenen zwei Wochen bis zu zehn Zentimeter Eis pro Tag verloren.",
        True,
        [("duration", 2, "week", None), ("count", 10, None, "up_to")],
        "Madlaina Cathomen",
    ),
    (
        "de",
        "«Das sind Verhältnisse, die wir in den Alpen eigentlich erst gegen Ende des Jahrhunderts erwartet hätten», sagte Cathomen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen Steinschlags blieb die Hörnlihütte am Matterhorn nach Angaben der Betreiber geschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Bergsteiger sollten frühmorgens aufbrechen und Couloirs meiden», riet der Schweizer Alpen-Club.",
        False,
        [],
        None,
    ),
    # --- A flash flood in Tennessee (AP), August 21 ---
    (
        "en",
        "COOKEVILLE, Tenn. (AP) — More than 14 inches of rain fell in less than six hours on parts of Putnam County on Monday, National Weather Service data showed.",
        True,
        [("count", 14, None, "over"), ("duration", 6, "hour", "under")],
        None,
    ),
    (
        "en",
        "A gauge near Baxter recorded 15.2 inches, a county record for any 24-hour period.",
        True,
        [("count", 15.2, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "The weather service called it a one-in-1,000-year event for the area.",
        True,
        [("duration", 1000, "year", None)],
        None,
    ),
    (
        "en",
        "At least seven people died, including two children swept from a car, county officials said.",
        True,
        [("count", 7, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Rescue crews pulled more than 130 people from homes and vehicles, state emergency officials said.",
        True,
        [("count", 130, None, "over")],
        None,
    ),
    (
        "en",
        "Falling Water River crested at 23.8 feet, nearly 9 feet above flood stage.",
        True,
        [("count", 23.8, None, None), ("count", 9, None, "nearly")],
        None,
    ),
    (
        "en",
        '"We had water where nobody living here has ever seen water," the county mayor said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Officials urged residents to boil tap water until further notice.",
        False,
        [],
        None,
    ),
    # --- The DWD's summer (dpa), August 30 ---
    (
        "de",
        "Offenbach (dpa) - Der Sommer 2029 ist in Deutschland der wärmste seit Beginn flächendeckender Messungen 1881 gewesen, so die vorläufige Bilanz des Deutschen Wetterdienstes.",
        True,
        [("year", 2029, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Mit 20,4 Grad übertraf er den bisherigen Spitzenreiter, den Sommer 2003, um 0,2 Grad.",
        True,
        [("count", 20.4, None, None), ("year", 2003, None, None), ("count", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Bundesweit wurden im Mittel 24 Hitzetage gezählt, fast dreimal so viele wie im Zeitraum 1961 bis 1990.",
        True,
        [
            ("count", 24, None, None),
            ("count", 3, None, "nearly"),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "Mit rund 205 Litern pro Quadratmeter erreichte der Niederschlag knapp 85 Prozent des Solls von 241 Litern.",
        True,
        [("count", 205, None, "about"), ("percent", 85, "%", "nearly"), ("count", 241, None, None)],
        None,
    ),
    (
        "de",
        "Die Sonne schien mit etwa 810 Stunden rund 196 Stunden länger als im Durchschnitt von 1961 bis 1990.",
        True,
        [
            ("duration", 810, "hour", "about"),
            ("duration", 196, "hour", "about"),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "Zwei der drei heißesten Sommer seit 1881 wurden in den vergangenen vier Jahren gemessen.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("year", 1881, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "„Hitze ist in Deutschland das am meisten unterschätzte Naturrisiko“, sagte Wilmsmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Rückkehr spätsommerlicher Hitze halten die Meteorologen im September für wenig wahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- Britain's summer (PA), September 1 ---
    (
        "en",
        "EXETER (PA) - This summer was the UK's hottest on record at a mean of 16.4C, provisional Met Office figures show.",
        True,
        [("count", 16.4, None, None)],
        None,
    ),
    (
        "en",
        "That is 1.6C above the 1991-2020 average and beats the previous record, set in 2026, by 0.2C.",
        True,
        [
            ("count", 1.6, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("year", 2026, None, None),
            ("count", 0.2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Temperatures reached 32C or higher somewhere in England on 11 days.",
        True,
        [("count", 32, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Met Office meteorologist Eleri Vaughan-Price said the heat was driven by a blocking high over Scandinavia that stayed put for much of July.",
        True,
        [],
        "Eleri Vaughan-Price",
    ),
    (
        "en",
        '"Summers like this one will feel ordinary by the middle of the century," Vaughan-Price said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The UK Health Security Agency estimated that about 2,100 deaths in England were linked to heat between June and August.",
        True,
        [("count", 2100, None, "about")],
        None,
    ),
    (
        "en",
        "Thames Water said reservoir stocks in London had fallen to 68% of capacity, compared with 86% a year ago.",
        True,
        [("percent", 68, "%", None), ("percent", 86, "%", None)],
        None,
    ),
    (
        "en",
        "People were told to take shorter showers and to report leaks.",
        False,
        [],
        None,
    ),
    # --- Hurricane Marisela (AP), September 16 ---
    (
        "en",
        "MIAMI (AP) — Hurricane Marisela strengthened into a Category 5 storm over the Gulf of Mexico on Sunday with maximum sustained winds of 165 mph (270 kph), the National Hurricane Center said.",
        True,
        [("count", 5, None, None), ("count", 165, None, None), ("count", 270, None, None)],
        "the National Hurricane Center",
    ),
    (
        "en",
        "Its winds increased by 80 mph in 24 hours, more than twice the threshold for rapid intensification.",
        True,
        [("count", 80, None, None), ("duration", 24, "hour", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "A hurricane hunter aircraft measured a central pressure of 909 millibars.",
        True,
        [("count", 909, None, None)],
        None,
    ),
    (
        "en",
        "NHC senior specialist Yolanda Ferreira-Dunmore told reporters the storm could push a surge of 12 to 16 feet into Apalachee Bay.",
        True,
        [("count", 12, None, None), ("count", 16, None, None)],
        "Yolanda Ferreira-Dunmore",
    ),
    (
        "en",
        '"If you are told to leave, leave now," Ferreira-Dunmore said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marisela is the 13th named storm and the sixth hurricane of the Atlantic season.",
        True,
        [("ordinal", 13, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Florida's governor put 49 counties under a state of emergency.",
        True,
        [("count", 49, None, None)],
        None,
    ),
    (
        "en",
        "Forecasters expect the storm to weaken somewhat before landfall as it crosses cooler shelf waters.",
        False,
        [],
        None,
    ),
    # --- Early snow in Tyrol (APA), October 18 ---
    (
        "de",
        "Innsbruck (APA) - Ein früher Wintereinbruch hat in Tirol oberhalb von 1.200 Metern bis zu 70 Zentimeter Neuschnee gebracht.",
        True,
        [("count", 1200, None, None), ("count", 70, None, "up_to")],
        None,
    ),
    (
        "de",
        "Am Hahnenkamm bei Reutte wurde am Donnerstag eine Schneehöhe von 58 Zentimetern gemessen.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "In Innsbruck sank die Temperatur binnen 24 Stunden von 23,4 Grad auf 1,8 Grad.",
        True,
        [("duration", 24, "hour", None), ("count", 23.4, None, None), ("count", 1.8, None, None)],
        None,
    ),
    (
        "de",
        "Die Fernpassstraße war wegen hängengebliebener Lastwagen rund fünf Stunden lang gesperrt.",
        True,
        [("duration", 5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Der Lawinenwarndienst Tirol hob die Gefahr im Arlberggebiet auf Stufe 3, erheblich, der fünfteiligen Skala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Laut Lawinenwarndienst-Leiter Rupert Thalhammer-Egg liegt der Neuschnee in höheren Lagen auf einer harten, glatten Altschneedecke.",
        True,
        [],
        "Rupert Thalhammer-Egg",
    ),
    (
        "de",
        "„Wer jetzt schon mit Tourenski losgeht, unterschätzt die Lage“, warnte Thalhammer-Egg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Liftbetreiber hoffen nun auf einen frühen Saisonstart.",
        False,
        [],
        None,
    ),
    # --- Record rain in Cumbria (PA), November 6 ---
    (
        "en",
        "KENDAL (PA) - Honister Pass in Cumbria recorded 352.8mm of rain in the 24 hours to 9am on Tuesday, a new UK record for a single day, according to provisional Met Office data.",
        True,
        [("count", 352.8, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "The gauge, 356 metres above sea level, caught more than two months' worth of average November rain.",
        True,
        [("count", 356, None, None), ("duration", 2, "month", "over")],
        None,
    ),
    (
        "en",
        "By Tuesday evening, 112 flood warnings and 164 flood alerts were in force across England.",
        True,
        [("count", 112, None, None), ("count", 164, None, None)],
        None,
    ),
    (
        "en",
        "The River Kent at Kendal peaked at 3.41 metres, 0.2 metres above its 2015 level.",
        True,
        [("count", 3.41, None, None), ("count", 0.2, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Mountain rescue teams said they had helped 86 people out of homes and cars overnight.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "en",
        "Rainfall totals of this size are about 20% more likely in today's climate than in the 1850-1900 period, said Oonagh Merriweather, a hydrologist at Lancaster University.",
        True,
        [("percent", 20, "%", "about"), ("year", 1850, None, None), ("year", 1900, None, None)],
        "Oonagh Merriweather",
    ),
    (
        "en",
        "The Association of British Insurers estimated the damage at about 240 million pounds.",
        True,
        [("money", 240000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"We have done everything we can, but the rivers simply had too much to carry," said a county council spokesman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents were told not to return home until the water had gone down.",
        False,
        [],
        None,
    ),
    # --- A North Sea storm (dpa/lno), November 12 ---
    (
        "de",
        "Hamburg (dpa/lno) - Das Sturmtief „Xandra“ hat an der Nordseeküste Orkanböen von bis zu 149 Kilometern pro Stunde gebracht.",
        True,
        [("count", 149, None, "up_to")],
        None,
    ),
    (
        "de",
        "Auf Helgoland erreichte eine Böe 144 km/h, Windstärke 12 auf der Beaufort-Skala.",
        True,
        [("count", 144, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Der Luftdruck im Zentrum des Tiefs fiel auf 961 hPa.",
        True,
        [("count", 961, None, None)],
        None,
    ),
    (
        "de",
        "Das Bundesamt für Seeschifffahrt und Hydrographie (BSH) meldete für Hamburg St. Pauli einen Höchststand von 3,38 Metern über dem mittleren Hochwasser.",
        True,
        [("count", 3.38, None, None)],
        None,
    ),
    (
        "de",
        "Es war die dritte Sturmflut dieses Herbstes.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "In Schleswig-Holstein stürzten nach Polizeiangaben rund 240 Bäume auf Straßen und Schienen.",
        True,
        [("count", 240, None, "about")],
        None,
    ),
    (
        "de",
        "Die Deutsche Bahn stoppte bis Mittwochmittag alle Fernzüge nördlich von Hamburg.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Bleiben Sie daheim und halten Sie sich von Wäldern und Parks fern“, mahnte die Polizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das war ein kräftiger Herbststurm, aber kein außergewöhnlicher“, sagte ein DWD-Meteorologe in Hamburg.",
        False,
        [],
        None,
    ),
    # --- GeoSphere Austria's autumn (APA), November 30 ---
    (
        "de",
        "Wien (APA) - Der Herbst 2029 war laut GeoSphere Austria der wärmste in Österreich seit Beginn der Messungen 1767.",
        True,
        [("year", 2029, None, None), ("year", 1767, None, None)],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Im Tiefland war es um 2,3 Grad wärmer als im Klimamittel 1991 bis 2020, auf den Bergen sogar um 2,9 Grad.",
        True,
        [
            ("count", 2.3, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("count", 2.9, None, None),
        ],
        None,
    ),
    (
        "de",
        "Am 2. November wurden in Dornbirn 23,9 Grad gemessen, ein neuer Novemberrekord für Österreich.",
        True,
        [("date", "--11-02", None, None), ("count", 23.9, None, None)],
        None,
    ),
    (
        "de",
        "Die alte Bestmarke von 23,1 Grad war 2024 gemessen worden.",
        True,
        [("count", 23.1, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Es fiel um 39 Prozent weniger Niederschlag als im Mittel, im Weinviertel sogar um mehr als die Hälfte weniger.",
        True,
        [("percent", 39, "%", None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "In 36 der vergangenen 40 Jahre ist der Herbst wärmer ausgefallen als im Klimamittel 1961 bis 1990.",
        True,
        [
            ("count", 36, None, None),
            ("duration", 40, "year", None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Der Herbst ist bei uns zu einer verlängerten Sommersaison geworden“, sagte Hörmanseder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob auch der Dezember zu mild ausfällt, wollte GeoSphere Austria nicht prognostizieren.",
        False,
        [],
        None,
    ),
    # --- The WMO's provisional climate report (Reuters), December 3 ---
    (
        "en",
        "GENEVA, Dec 3 (Reuters) - The World Meteorological Organization said on Monday that 2029 was virtually certain to end as the warmest year on record, with the global mean temperature from January to October about 1.62C above the 1850-1900 pre-industrial baseline.",
        True,
        [
            ("date", "--12-03", None, None),
            ("year", 2029, None, None),
            ("count", 1.62, None, "about"),
            ("year", 1850, None, None),
            ("year", 1900, None, None),
        ],
        "the World Meteorological Organization",
    ),
    (
        "en",
        "It would be the third time since 2024 that a calendar year topped 1.5C.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "en",
        "Global mean sea level rose by 4.8 millimetres over the past year, roughly twice the annual rate of the 1990s.",
        True,
        [("count", 4.8, None, None), ("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        "Antarctic sea ice reached its lowest winter maximum on record in September, at 16.4 million square kilometres.",
        True,
        [("count", 16400000, None, None)],
        None,
    ),
    (
        "en",
        "Heat stored in the oceans reached a record for the seventh consecutive year, the report said.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "The WMO secretary-general told a news conference that floods, storms and drought had driven more people from their homes this year than in any year since the agency began tracking them.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We are running out of excuses, and out of time," the secretary-general said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether governments will tighten their emissions pledges at the next climate summit remains unclear.",
        False,
        [],
        None,
    ),
    # --- MeteoSchweiz's climate year (Keystone-SDA), December 10 ---
    (
        "de",
        "Zürich (Keystone-SDA) - 2029 wird in der Schweiz gemäss MeteoSchweiz mit grosser Wahrscheinlichkeit das wärmste Jahr seit Messbeginn 1864.",
        True,
        [("year", 2029, None, None), ("year", 1864, None, None)],
        None,
    ),
    (
        "de",
        "Bis Ende November lag die landesweite Mitteltemperatur 1,5 Grad über der Norm 1991–2020.",
        True,
        [("count", 1.5, None, None), ("year", 1991, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "In Lugano zählte MeteoSchweiz 61 Sommertage, so viele wie nie zuvor.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Säntis lag die Schneehöhe Anfang Dezember bei nur 35 Zentimetern, rund einem Drittel des Mittelwerts.",
        True,
        [("count", 35, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Sonnenscheindauer erreichte in Basel mit 2164 Stunden einen neuen Rekord.",
        True,
        [("duration", 2164, "hour", None)],
        None,
    ),
    (
        "de",
        "«Die zehn wärmsten Jahre seit 1864 liegen alle nach 2010», sagte Cathomen.",
        True,
        [("count", 10, None, None), ("year", 1864, None, None), ("year", 2010, None, None)],
        "Cathomen",
    ),
    (
        "de",
        "«Eine Rückkehr zu den Wintern meiner Kindheit wird es nicht geben», sagte Cathomen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Für Skigebiete in tiefen Lagen ist das keine gute Nachricht», hiess es beim Branchenverband Seilbahnen Schweiz.",
        False,
        [],
        None,
    ),
    # --- Cold in interior Alaska (AP), December 19 ---
    (
        "en",
        "FAIRBANKS, Alaska (AP) — The temperature at Fairbanks International Airport fell to minus 54 degrees Fahrenheit (minus 47.8 Celsius) early Wednesday, the coldest reading there since 1989, according to the National Weather Service.",
        True,
        [("count", -54, None, None), ("count", -47.8, None, None), ("year", 1989, None, None)],
        None,
    ),
    (
        "en",
        "Temperatures have stayed below minus 40 for nine straight days, the longest such stretch since 1999.",
        True,
        [("count", -40, None, "under"), ("count", 9, None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "en",
        "Golden Valley Electric Association said demand hit an all-time peak of 248 megawatts on Tuesday evening.",
        True,
        [("count", 248, None, None)],
        None,
    ),
    (
        "en",
        "An Arctic high with a central pressure of about 1,060 millibars had settled over the interior, said Kirsten Aaberg-Lowe, a meteorologist with the weather service in Fairbanks.",
        True,
        [("count", 1060, None, "about")],
        "Kirsten Aaberg-Lowe",
    ),
    (
        "en",
        "Schools in the Fairbanks North Star Borough closed for a second day.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "\"You just don't go anywhere without a survival kit in the car,\" said a Fairbanks resident.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Forecasters said the cold would ease slowly after the weekend.",
        False,
        [],
        None,
    ),
    # --- The DWD's climate year (dpa), December 30 ---
    (
        "de",
        "Offenbach (dpa) - Das Jahr 2029 war in Deutschland das wärmste seit Beginn der Wetteraufzeichnungen 1881, wie die vorläufige Jahresbilanz des Deutschen Wetterdienstes zeigt.",
        True,
        [("year", 2029, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Die Jahresmitteltemperatur von 11,4 Grad übertraf den Wert der international gültigen Referenzperiode 1961 bis 1990 um 3,2 Grad.",
        True,
        [
            ("count", 11.4, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
            ("count", 3.2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das bisherige Rekordjahr 2027 wurde um 0,3 Grad übertroffen.",
        True,
        [("year", 2027, None, None), ("count", 0.3, None, None)],
        None,
    ),
    (
        "de",
        "Von den zehn wärmsten Jahren seit 1881 fallen acht in die Zeit nach 2014.",
        True,
        [("count", 10, None, None), ("year", 1881, None, None), ("count", 8, None, None), ("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Bundesweit fielen rund 705 Liter Regen pro Quadratmeter, etwa 88 Prozent des Mittels von 1961 bis 1990.",
        True,
        [
            ("count", 705, None, "about"),
            ("percent", 88, "%", "about"),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Sonne schien mit gut 1.980 Stunden so lange wie nie zuvor, so der DWD.",
        True,
        [("duration", 1980, "hour", "over")],
        "der DWD",
    ),
    (
        "de",
        "Nach DWD-Angaben hat sich die Zahl der heißen Tage seit den 1950er-Jahren im Mittel etwa verdreifacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Erwärmung ist kein fernes Szenario mehr, sondern Alltag“, sagte Holtgreve.",
        False,
        [],
        None,
    ),
    # --- Britain's climate year (Reuters), December 31 ---
    (
        "en",
        "LONDON, Dec 31 (Reuters) - 2029 was the UK's warmest year since records began in 1884, with a provisional mean temperature of 10.38C, the Met Office said on Monday.",
        True,
        [
            ("date", "--12-31", None, None),
            ("year", 2029, None, None),
            ("year", 1884, None, None),
            ("count", 10.38, None, None),
        ],
        "the Met Office",
    ),
    (
        "en",
        "That is 1.31C above the 1961-1990 average and 0.19C above the previous record, set in 2027.",
        True,
        [
            ("count", 1.31, None, None),
            ("year", 1961, None, None),
            ("year", 1990, None, None),
            ("count", 0.19, None, None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "The UK's 10 warmest years on record have all occurred since 2003, Met Office figures showed.",
        True,
        [("count", 10, None, None), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "Scotland had its wettest year on record, with 1,894mm of rain, 21% above average.",
        True,
        [("count", 1894, None, None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "Met Office climate scientist Hamish Tulloch said a warming world had made a year as warm as 2029 around 200 times more likely than it would have been before industrialisation.",
        True,
        [("year", 2029, None, None), ("count", 200, None, "about")],
        "Hamish Tulloch",
    ),
    (
        "en",
        "\"A year like this would have been a freak event in my grandparents' time,\" Tulloch said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "England recorded an air frost on only 24 days, the fewest in the series.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Forecasters would not yet say whether next year is likely to be warmer still.",
        False,
        [],
        None,
    ),
]
