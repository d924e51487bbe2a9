"""Two-hundred-and-ninety-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, storms, firms and figures are made
up (Kemal Aydınoğlu, Renate Hollerer, Sabine Mertesacker, Corinne Ammann, Gunter Rehberg,
Rainer Kollwitz, Eleni Tsakiri, Ferdinand Kainrath, Tobias Wendlandt, Orkan „Ilse“; Kieran
Stubbs, Kerrie Blamey, Annika Loveridge, Dilendra Karki, Kamala Rokaya, Amelia Tembe,
Maureen Talley, Darnell Hobbs, Matteo Scarpellini, Harjit Dhaliwal, Janine Ostrowski,
Rahima Begum, Gul Ahmad, Dwayne Pettibone, Halcyon Analytics, Tammy Rourke, Rogelio Manalo,
Hiroshi Kanzaki, Rhona Castleton, Marcus Prideaux, Cyclone Ezinne, Hurricane Marisol,
Typhoon Dalisay, Storm Corwen; every unnamed governor, meteorologist, spokesperson,
resident, hydrologist and minister); ministers, governors and agency staff of real
governments and bodies appear under made-up names that stand for no real holder, or by
their role only ("der Gouverneur der Provinz", "Ein Regierungssprecher", "Der türkische
Vizepräsident", "a U.N. spokesman", "A presidential spokeswoman", "The governor"). Real
states, bodies, places and things (Afad, Elazığ, Innenministerium, Auswärtiges Amt,
GeoSphere Austria, Feuerkogel, Landesfeuerwehrverband Niederösterreich, EVN, ÖBB, Mödling,
EU-Kommission, Weltbank, Schweizerischer Erdbebendienst, Kantonspolizei Wallis,
Landeshochwasserzentrum, THW, Bundeswehr, Deutsche Bahn, Landestalsperrenverwaltung,
Landkreis Teltow-Fläming, Bundespolizei, Deutscher Wetterdienst, DWD, Integrierte
Leitstelle, Versicherungskammer Bayern, NDMA, Khyber Pakhtunkhwa, Entwicklungsministerium,
Vereinte Nationen, EU-Katastrophenschutzverfahren, Varnavas, Mur, Leoben, Frohnleiten,
Aemet, Chiva, Paiporta, UME, Munich Re; the Grampians, Halls Gap, Pomonal, Victoria Police,
Jumla, the Karnali Highway, Nepalgunj, the U.S. Geological Survey, INGD, Sofala, the World
Food Programme, the National Weather Service, Jonesboro, the National Guard, Coldiretti,
Ravenna, Faenza, the Lamone, the BC Wildfire Service, Barriere, the Canadian Interagency
Forest Fire Centre, the Surma, Sylhet, Sunamganj, the Bangladesh Meteorological
Department, UNICEF, Jalalabad, the U.N. refugee agency, the National Hurricane Center,
PowerOutage.us, Hillsborough County, Sarasota, Ruskin, the White House, Isabela, PAGASA,
Benguet, Cagayan, the Japan Meteorological Agency, Iwate, Miyako, Tohoku Electric Power,
Onagawa, East Japan Railway, the Met Office, Romsey, Network Rail, Heathrow, Gatwick, the
Environment Agency, the Isle of Wight, Sandown, and the datelines' cities) stand for the way
wire copy names them; every magnitude, depth, reading, toll, count, sum, share, age, date
and quote here is invented, and where a real figure came to mind (a real rainfall record,
a real river crest, a real insured loss) it was changed.

Its weight: NATURAL DISASTERS - earthquakes (magnitudes, depths, aftershocks), floods
(water levels, rainfall in millimetres), wildfires (hectares, evacuations), storms (wind
speeds), death tolls rising over a day and aid pledges (the forty-seventh batch weighed
warnings, hazards and civil protection, the ninety-ninth disasters and emergencies over a
day, the hundred-thirty-fifth natural disasters abroad, the hundred-sixty-ninth natural
hazards at home and the two-hundred-and-twelfth storms, floods and earthquakes, and their
decisions are kept) over one year in story order (January to December), 24 short stories
with the German and English ones interleaved by month, each told as wire copy runs it (a
dateline lead with the hazard and its headline figure, then depth, aftershocks, rain,
levels, wind, area, the toll rising through the day, the missing and injured, evacuees,
crews, aid pledged, quotes and reactions). Half German (dpa with "dpa/sn", "dpa/bb",
"dpa/lby", APA, Keystone-SDA; Austrian "Pensionistin", "Anrainer", "Landeshauptfrau",
"Landeshauptmann", "Zivilschutzalarm"; Swiss "gemäss", "innert", "4500", «» quotes; German
„“ quotes): a quake in eastern Turkey, a windstorm over Austria, the donors' conference for
eastern Turkey, a quake in the Valais, the Elbe in flood at Dresden, a wildfire on a former
military range near Jüterbog, hail and cloudbursts in Upper Bavaria, monsoon floods in
Pakistan, wildfires north of Athens, the Mur in flood in Styria, flash floods in eastern
Spain and the reinsurer's year of disasters. Half English (AAP, Reuters, AFP, AP, PA): a
bushfire in Victoria, a quake in western Nepal, a cyclone in Mozambique, tornadoes in
Arkansas, floods in Emilia-Romagna, a wildfire in British Columbia, floods in Bangladesh, a
quake in eastern Afghanistan, a hurricane in Florida, a typhoon on Luzon, a quake off Iwate
and a storm over southern England. Figures as such copy has them: magnitudes, depths and
distances with converted miles in brackets, aftershocks, an intensity level on a
seven-level scale, tsunami heights; rain in millimetres and litres per square metre, river
levels in metres and centimetres, alarm and danger levels; winds in km/h, mph and
Kilometern pro Stunde, storm categories, hail sizes, temperatures; burnt areas in hectares,
containment in percent, crews, aircraft and vehicles; tolls revised through the day, the
missing, injured, rescued, evacuated and stranded, call-outs, homes without power, flights
and routes cancelled; aid and damage in euros, dollars, Australian and Canadian dollars,
rupees, taka, yen and pounds, with converted figures in brackets; number words and
compounds („sechsstöckiges“, „dreitägige“, „30-jährliches“, „zwölf Kilometer langer“,
"a 40-km stretch", "a 12-month state of emergency", "seven-level"), fractions („etwa jeder
sechste“, „etwa ein Fünftel“, „Gut die Hälfte“, "nearly a third", "about three-quarters",
"Two-thirds"), ordinals („der dritte große Brand“, „zum dritten Mal“, „das zweite Mal“, „das
fünfte Jahr in Folge“, "the 18th storm", "the fifth typhoon", "the third named storm",
"for a second day", "the first two weeks"), hedges, ranges, ages, years and dates.
Negatives as such copy has them - about a quarter of the rows: officials' rhetoric, vows
and promises in quotes, labels („nannte“, „sprach von“, "called"), thanks, appeals and
advice („mahnten“, „rief ... auf“, „rät“, "urged", "called on", "appealed", "advised",
"told ... to keep"), warnings and forecasts without a figure, fears, displeasure and
accusations without a checkable act, open questions, and vox pops (ten with ages), each
near a check-worthy look-alike: the same speaker's figure, a forecast with a figure, a
stated toll or a pledge.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 9 carry no figure (5 German, 4 English), 294 expected quantities (184 counts,
43 durations - 23 in years, 11 in hours, 5 in months, 2 in weeks, 1 in days, 1 in minutes
-, 33 amounts of money - 13 EUR, 13 USD, 2 AUD, 1 each BDT, CAD, GBP, INR, JPY -, 12
ordinals, 6 years, 6 fractions, 5 percentages, all in %, 5 dates; 13 of them in 11
negatives, as the seventeenth batch labels a figure in a negative), 35 checked speakers (17
German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  verdict, label, vow, promise as rhetoric, thanks, feeling, fear, appeal, piece of advice,
  accusation without a checkable act or open question is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-fifth,
  hundred-sixty-ninth, two-hundred-and-fourth, two-hundred-and-twelfth): Aydınoğlu's „jede
  Wunde dieser Stadt heilen“, Hollerer's „großes Glück“ beside her 30 percent, Rehberg's
  „Wir stehen das gemeinsam durch“ beside his 5,000 euros, Kollwitz's „bevor die letzte Glut
  aus ist“ beside his three weeks, Wendlandt's „Die Rechnung für den Klimawandel“ and his
  appeal beside his 2010, Mertesacker's „Niemand darf diese Menschen vergessen“, the
  governor's „Tragödie“, Scarpellini's "rebuild for it" beside his two missing, Talley's
  "heartbreaking" beside her 300 Guard members, Kanzaki's appeal beside his 12 injured,
  Stubbs's warning beside his 90km, Loveridge's "nothing short of extraordinary", the
  spokeswoman's "leave no family behind" (a promise as rhetoric, two-hundred-and-twelfth),
  „Feinde der Natur und der Menschen“ and „Katastrophe biblischen Ausmaßes“ (labels,
  two-hundred-and-fourth), the Vice President's thanks „für ihre beispiellose Solidarität“
  and the Taliban spokesman's "a test sent by God", the opposition's and residents'
  accusations of late warnings (two-hundred-and-twelfth), „fürchten“, „befürchten“,
  „äußerten Unmut“, „kein Auge zugetan“, „ist noch unklar“, „blieb offen“, "It was not yet
  clear", "It was not clear how many" (hundred-seventy-fifth), „mahnten“, „rief ... auf“,
  „Der DWD rät“, "urged" (twice), "called on donors", "appealed", "Police advised" and
  "Officials told residents ... to keep their cars packed" (an instruction naming no
  measure of the authorities, hundred-fifty-second, hundred-sixty-ninth). New: "said
  engineers were "working flat out" to get the lights back on" is a negative - an effort
  described in a set phrase with no figure, step or finding, as "saved thousands of lives"
  (two-hundred-and-twelfth). Vox pops keep their figures (seventeenth,
  hundred-sixty-ninth): "Kerrie Blamey, 70", "Kamala Rokaya, 52, ... her four children",
  "Darnell Hobbs, 38,", "Janine Ostrowski, 58,", "Rahima Begum, 45,", "Gul Ahmad, 35, ...
  two daughters", "Tammy Rourke, 49,", "Rogelio Manalo, 61," ("within an hour" none),
  "Marcus Prideaux, 71", „ein 56-jähriger Anwohner“ and „in 40 Jahren“ 40 years
  (two-hundred-and-twelfth: „In 31 Jahren Feuerwehrdienst“); the unnamed resident's «Ich
  dachte ...» and Amelia Tembe's quote carry none.
- Warnings and forecasts (forty-seventh, hundred-thirty-fifth, two-hundred-and-twelfth): a
  forecast with a figure is check-worthy („Der Scheitel der Welle wird ... bei etwa 7,90
  Meter erwartet“ 7.9 "about", „Nachbeben bis Magnitude 3 seien in den kommenden Tagen
  möglich“ 3 "up_to" - "bis" straight before a figure bounding a measure, hundred-thirty-
  fifth -, "Forecasters had said the sea could rise 10 to 15 feet" 10 and 15 with no hedge,
  "Rainfall of up to 300 millimetres was forecast ... over 24 hours" 300 "up_to" and 24
  hours); a warning in force with a colour only is check-worthy without a figure ("An amber
  wind warning covers much of southern England from 6am until 6pm on Saturday"); a warning
  or forecast without a figure is a negative („sagt GeoSphere Austria erneut stürmisches
  Wetter ... voraus“, "Forecasters said more severe storms were possible", "The agency
  warned that quakes of similar strength could follow over the next week", "Aid groups
  warned ...", "Stubbs warned ...").
- Check-worthy without a figure (hundred-thirty-fifth, hundred-sixty-ninth,
  two-hundred-and-twelfth): „Hunderte Keller überflutet“ (hundred-sixty-ninth: "Hunderte"
  none), the Mur over its banks, the quake felt „bis nach Bern“, „Verletzt wurde niemand,
  teilte die Kantonspolizei Wallis mit.“, long-distance trains between Dresden and Prague
  stopped, the landfall "at about 2 a.m. local time" (a clock time, ninety-ninth), the
  tsunami advisory lifted, the amber warning and "reported no abnormalities" (a stated
  finding, as "No injuries were reported.", hundred-thirty-fifth). New: „Die Polizei nahm
  zwei Männer fest, die im Verdacht stehen, Feuer gelegt zu haben.“ is check-worthy with
  count 2 - an arrest is an event that can be checked, unlike the residents' accusation
  beside it.
- Magnitudes, depths, distances, scales and levels are counts (fourth, ninety-ninth,
  hundred-thirty-fifth, two-hundred-and-twelfth): „der Stärke 6,3“, „einer Stärke von
  5,2“, „der Magnitude 4,6“, "A magnitude 6.1", "A magnitude 5.9", "up to magnitude 5.2"
  "up_to", "A magnitude 6.8"; „in einer Tiefe von rund elf Kilometern“ 11 "about", „rund
  sechs Kilometer ... etwa acht Kilometern“ both "about", "about 14 km (9 miles) ... at a
  depth of 10 km" 14 "about", 9 and 10 (the converted figure in brackets with no hedge,
  eightieth), "27 kilometers (17 miles) ... 8 kilometers"; „mehr als 160 Nachbeben“ 160
  "over"; "a Category 3 storm", "a Category 4 hurricane", „die höchste Alarmstufe 4“ and
  „die Alarmstufe 4“ 4, „Waldbrandgefahrenstufe 5“ 5 (hundred-sixty-ninth: „die höchste
  Meldestufe 4“); "an EF4" none (a letter code, two-hundred-and-twelfth); storm names none.
  New: "registered upper 5 on Japan's seven-level intensity scale" is 5 and 7 - "upper", the
  scale's half-step, carries none as "lower" does (hundred-thirty-fifth), and the number
  word heading "seven-level" gives the scale's size as "a five-level scale"
  (hundred-sixty-ninth). Lengths as written: "a 40-km stretch", "a 400-km stretch" (the
  figure in a hyphenated compound, hundred-fifteenth: "Zehn-Kilometer-Sperrzone"), „ein
  zwölf Kilometer langer Stau“ 12, "for more than 90km" 90 "over" glued, "stretched for 42
  miles" 42, „mehr als 4.000 Kilometer Straßen“ "over", „mindestens 1.000 Meter Abstand“ 1000
  "at_least" (the Karnali Highway carries no figure).
- Readings are counts of the figure as written (hundred-thirty-fifth, hundred-sixty-ninth,
  two-hundred-and-twelfth): rain („bis zu 160 Liter Regen pro Quadratmeter“, „bis zu 190
  Millimeter“, „bis zu 210 Millimeter“ "up_to", „62 Liter“, „412 Liter“, "more than 250
  millimetres" "over", "280 millimetres", "387 millimetres"), water („7,64 Meter“, „rund
  zwei Meter“ "about", „4,38 Meter, normal sind rund 1,20 Meter“ 4.38 and 1.2 "about",
  "11.2 metres ..., almost 3 metres above its alarm threshold" 3 "nearly" with "above"
  after the figure comparing, "84 centimetres above the danger mark", "Tsunami waves of up
  to 40 centimetres" "up_to"), wind („von bis zu 168 Kilometern pro Stunde“ "up_to", „112
  km/h“, „zeitweise 70 Kilometer pro Stunde“ - "zeitweise" no hedge -, "175 kilometres per
  hour", "sustained winds of 185 km/h (115 mph) ... gusts reaching up to 230 km/h" 185, 115
  and 230 "up_to", "sustained winds reached 140 mph (225 km/h)", "peak winds estimated at
  175 mph" - "peak" and "estimated" no hedge -, "gusts of 94mph" glued), hail („bis zu fünf
  Zentimetern“ "up_to"), heat („36,4 Grad“, "above 43C" 43 "over", hundred-thirty-fifth:
  "above 40 degrees Celsius"). Areas in hectares are counts (hundred-thirty-fifth): „rund
  720 Hektar“, „mehr als 14.000 Hektar“, "more than 52,000 hectares", "more than 38,000
  hectares", "about 2.1 million hectares"; containment is a percentage ("10% contained",
  ninety-ninth).
- Tolls that rise through the day are labelled figure by figure, the replaced and the
  standing one (ninety-ninth, hundred-thirty-fifth, two-hundred-and-twelfth): „zunächst auf
  31 und am Abend auf 47“ ("zunächst" no hedge), "had risen to 58, with 19 people still
  missing", "had climbed to nine" 9, "rose to 14 by Monday evening, two of them children",
  "had climbed to 412", "more than 600, with at least 1,300 injured", "had risen to 11",
  "had risen to 16 from an earlier six" 16 and 6, "raised the toll to 23, with 11 people
  missing", „stieg ... auf 19, mindestens 30 Menschen werden noch vermisst“, „meldete die
  Behörde dann 238 Tote und mehr als 560 Verletzte“; leads with „mindestens“, "at least",
  "At least" "at_least". New: „Allein am Mittwoch stieg die Zahl der Toten ... um 26.“ is
  count 26 - the day's rise is a figure of the toll as much as the total ("Allein" no hedge,
  as "alone", two-hundred-and-twelfth's "in Arkansas alone" reading). Injured, rescued,
  evacuated and stranded are counts with their hedges: „Mehr als 620 Menschen ..., 58 von
  ihnen schwer“ (hundred-thirty-fifth: "240 of them seriously"), "11 of them children",
  "186 people", "37 injured people", "12 people", "About 27,000 people", "about 6,200
  people", "more than 310,000 people", "about 2.6 million people", "some 210,000 people"
  "about", „rund 2.300 Anwohner“, „zwei Ortsteilen mit zusammen rund 480 Menschen“ 2 and
  480 "about" ("zusammen" no hedge), „Rund 350 Menschen“, „in 13 Gemeinden“, „Mehr als 40
  Ortschaften“, „mehr als 1.200 Menschen“, „Rund 1,3 Millionen Menschen“, „Rund 210.000
  Menschen“, „mehr als 9.000 Rinder, Ziegen und Schafe“ "over"; things and crews as
  counts: „rund 240 Gebäude ..., darunter eine Schule und ein sechsstöckiges Wohnhaus“ 240
  "about" and 6 ("eine Schule" none; hundred-thirty-fifth: "five-storey"), "more than 3,400
  houses ... in three districts", "Around 95,000 houses ... more than 400 classrooms",
  „rund 85.000 Wohnungen“, „160 Brücken“, "More than 400 landslides", "2,140 properties ...
  3,800 more" ("more" after a figure no hedge), "More than 640 shelters", "1,200 tents and
  3,000 blankets", "Schools in 14 provinces", "14 counties", "14 rivers", "four states",
  "four other towns" 4, "23 routes", "Around 240 flights", "41 flood warnings and 117 flood
  alerts", "at least 27 tornadoes" "at_least", "300 National Guard members"; call-outs and
  homes without power („mehr als 2.700 Einsätzen“, „mehr als 1.100 Einsätze“, „mehr als
  1.900 Einsätze mit rund 14.000 Feuerwehrleuten“, „über 4500 Meldungen“ - Swiss four
  digits, hundred-sixty-ninth -, „rund 60 Schadenmeldungen“, „rund 95.000 Haushalte“, „Rund
  150.000 Haushalte“, "More than 120,000 customers", "More than 2.4 million homes and
  businesses", "About 640,000 households", "about 18,000 households", "more than 180,000
  homes"); crews and aircraft (hundred-thirty-fifth): „Mehr als 1.500 Helfer ... rund
  400.000 Sandsäcke“, „mehr als 350 Feuerwehrleute, zwei Löschhubschrauber“ 350 "over" and 2
  („ein Bergepanzer“ none), „rund 650 Feuerwehrleute, 180 Fahrzeuge und 28 Löschflugzeuge“,
  „zusammen acht Löschflugzeuge“ 8, „500 Soldaten“, "About 1,400 firefighters and 60
  aircraft", "More than 400 firefighters, 21 helicopters and 90 pieces of heavy equipment",
  "Army helicopters airlifted 37", "17 cholera cases". None: „Hunderte“, "hundreds", „eine
  Schule“, „ein Bergepanzer“, "a second later" (in a quote), "within an hour", „binnen einer
  Stunde“, „binnen eines Tages“ (articles and vague amounts, seventeenth,
  hundred-sixty-ninth).
- Ordinals and fractions (the issue; every batch): „der dritte große Brand auf dem Gelände
  seit 2019“ 3 and 2019, „zum dritten Mal in diesem Sommer“ 3, „das zweite Mal binnen drei
  Jahren“ 2 and 3 years (hundred-thirty-fifth: „das zweite tödliche Beben ... binnen drei
  Jahren“), „das fünfte Jahr in Folge“ 5, "the third cyclone", "for a second day" 2, "the
  fifth hurricane ... and the second to hit Florida" 5 and 2, "the 18th storm ... and the
  fifth typhoon" 18 and 5, "the third named storm" 3; "the first two weeks" is ordinal 1 and
  2 weeks (two-hundred-and-twelfth: „in den ersten neun Monaten“). Fractions: „etwa ein
  Fünftel“ 0.2 "about", "nearly a third of them" 0.3333 "nearly", "about three-quarters"
  0.75 "about", "Two-thirds" 0.6667; „Gut die Hälfte“ 0.5 "over" (hundred-thirty-fifth:
  „mehr als die Hälfte“; „gut“ "over" as in the earlier batches). New: „etwa jeder sechste von
  ihnen“ is 0.1667 "about" - the issue's „jeder vierte“ with any denominator, as the
  earlier batches' "one in six" 0.1667.
- Durations and ages (the issue: "fünfstündigen", "dreitägige"; every batch): „nach fast 30
  Stunden“ 30 hours "nearly", „für rund sechs Stunden“ "about", „binnen 48 Stunden“,
  „Binnen 72 Stunden“, „binnen acht Stunden“, „innert zwei Stunden“ (no hedge), "in 36
  hours", "in 24 hours", "over 24 hours" ("over" before a span no hedge), "in the 24 hours
  up to 6 a.m. on Wednesday" 24 hours and the clock time none (two-hundred-and-twelfth: "in
  the 36 hours to 9am"), "for about four hours" and "about 30 minutes after" "about", „in
  den vergangenen drei Wochen“ 3 weeks, „eine dreitägige Staatstrauer“ 3 days, "a 12-month
  state of emergency" 12 months (hundred-thirty-fifth: "a 60-day state of emergency"), "over
  the next three months", „für die kommenden sechs Monate“, "usually sees in two months"
  and „so viel wie sonst in zwei Monaten“ 2 months, „binnen zwei Jahren“, „seit über 20
  Jahren“ 20 years "over" (two-hundred-and-twelfth: „seit mehr als 40 Jahren“). New: „als
  30-jährliches Hochwasser“ is 30 years - a return period written as a compound, as
  „100-jährlichen Hochwasser“ (hundred-sixty-ninth). Ages are durations in years („eine
  64-jährige Frau“, „Ein 57-jähriger Autofahrer“, „Ein 34 Jahre alter Radfahrer“, „eines
  79-jährigen Mannes“, „Eine 81-jährige Pensionistin“, "A 66-year-old man", "a 73-year-old
  man", "A 62-year-old driver", and the vox pops above). None: weekdays and parts of days
  („in der Nacht zum Mittwoch“, „bis Dienstagabend“, „Bis zum Mittag“, „bis Mitternacht“,
  „bis Sonntagfrüh“, "late on Tuesday", "early Thursday", "by midday"), clock times ("at
  about 2 a.m.", "from 6am until 6pm", "shortly after midnight"), „tagelangem“, „in den
  kommenden Tagen“, „in diesem Sommer“, „in diesem Jahr“, „im Vorjahr“, „seit Ende Juni“,
  „seit Sonntag“, „seit Freitag“, "this year", "this season", "so far", "later in the week",
  "over the next week", "through the night".
- Money in the currency written (every batch): EUR („3 Millionen Euro“, „insgesamt 2,7
  Milliarden Euro“ - "insgesamt" no hedge -, „allein 400 Millionen Euro“, „75 Millionen
  Euro, davon sind 20 Millionen Euro“, „bis zu 5.000 Euro“ "up_to", „4 Millionen Euro“,
  „rund 40 Millionen Euro“ "about", „10 Millionen Euro“, „zunächst 250 Millionen Euro“ -
  "zunächst" no hedge -, "about 600 million euros" "about", "an initial 20 million euros" -
  "initial" no hedge -, "1.5 million euros"), USD („rund 11 Milliarden Dollar“, „rund 284
  Milliarden Dollar“, „etwa 128 Milliarden Dollar“ "about", „mehr als 100 Milliarden
  Dollar“ "over", „61 Milliarden Dollar“, „120 Millionen Dollar“, "$8 million", "$42
  million", "between $18 billion and $26 billion" both with no hedge), AUD ("A$1,000 for
  each adult and A$400 for each child", "for each" none), CAD ("C$1,500 per household",
  "per household" none), GBP ("1 million pounds"), INR ("500 million Indian rupees ($5.7
  million)"), BDT ("50 million taka ($410,000)", hundred-thirty-fifth: taka BDT), JPY ("200
  million yen ($1.3 million)"); the converted figure in brackets carries no hedge
  (eightieth).
- Percentages, years and dates: „etwa 1,1 Prozent der türkischen Wirtschaftsleistung“ and
  „also rund 45 Prozent“ and "about 22% of the state's customers" "about", „30 Prozent der
  Schäden“, "10% contained"; years „im Jahr 2013“, „seit 2019“, „seit 2021“, „seit 2010“,
  "since 2015", "since 2020"; "mehr als verdoppelt" none (a verb, two-hundred-and-forty-
  fourth: "triple"). Reuters English datelines with a day ("KATHMANDU, Feb 3", "BOLOGNA,
  May 11", "DHAKA, Aug 21", "MANILA, Oct 19", "TOKYO, Nov 24") are dates without a year
  (hundred-thirty-fifth, two-hundred-and-twelfth); dpa with its slugs, APA, Keystone-SDA,
  AAP ("SYDNEY (AAP) -"), AFP ("BEIRA, Mozambique (AFP) -"), AP ("LITTLE ROCK, Ark. (AP) —",
  "KAMLOOPS, British Columbia (AP) —", "KABUL, Afghanistan (AP) —", "TAMPA, Fla. (AP) —")
  and PA ("LONDON (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around", "some"
  "about"; „fast“, "almost", "nearly" "nearly"; „mehr als“, „Mehr als“, „über“, „Gut“,
  "more than", "More than", "above" before a figure "over"; „bis zu“, „bis“ (above), "up
  to" "up_to"; „mindestens“, "at least", "At least" "at_least". No hedge: „zunächst“,
  „insgesamt“, „allein“, „Allein“, „zusammen“, „zeitweise“, „innert“, „binnen“,
  "initial", "alone", "peak", "estimated at", "more" after a figure, "from an earlier",
  "over" before a span, and "above" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das Innenministerium
  mit“ -> "das Innenministerium", „teilte das Entwicklungsministerium mit“ -> "das
  Entwicklungsministerium", „teilte die Kantonspolizei Wallis mit“, „teilte die Polizei
  mit“ (hundred-thirty-fifth, two-hundred-and-twelfth), „wie das Auswärtige Amt mitteilte“
  -> "das Auswärtige Amt" (hundred-thirty-fifth), „Nach Angaben der Behörden“ and „nach
  Angaben der Behörden“ -> "die Behörden" (the issue), „nach Angaben der Feuerwehr“ -> "die
  Feuerwehr", „Nach Angaben des Landeshochwasserzentrums“ -> "das
  Landeshochwasserzentrum", „nach Angaben des Deutschen Wetterdienstes“ -> "der Deutsche
  Wetterdienst" (the source in the nominative, hundred-thirty-fifth,
  two-hundred-and-twelfth: „Nach Angaben des DWD“); „Landeshauptfrau Renate Hollerer sagte,
  ...“, „Seismologin Corinne Ammann sagte, ...“, „Ministerpräsident Gunter Rehberg sagte,
  ...“, „Waldbrandschutzbeauftragter Rainer Kollwitz sagte, ...“, „Feuerwehrsprecherin
  Eleni Tsakiri sagte, ...“, „Landeshauptmann Ferdinand Kainrath sagte, ...“ and
  „Chefklimatologe Tobias Wendlandt sagte, ...“ the name (hundred-eightieth). English:
  "police said" -> "police" (three times; seventeenth), "The U.S. Geological Survey said
  ..." opening the row with the article lowered and "according to the U.S. Geological
  Survey" -> "the U.S. Geological Survey", "The National Weather Service said ..." -> "the
  National Weather Service", "the National Hurricane Center said", "the Japan
  Meteorological Agency said", "the Met Office said", "the Bangladesh Meteorological
  Department said", "the Canadian Interagency Forest Fire Centre said"
  (hundred-thirty-fifth, two-hundred-and-twelfth), names with the role before them dropped
  ("Emergency Management Commissioner Kieran Stubbs", "Arkansas Governor Maureen Talley",
  "regional president Matteo Scarpellini", "Emergency Management Minister Harjit Dhaliwal",
  "Hillsborough County Sheriff Dwayne Pettibone"), and "told reporters" ("Home Minister
  Dilendra Karki told reporters", "Chief Cabinet Secretary Hiroshi Kanzaki told reporters";
  two-hundred-and-fourth). Left unchecked (None): all negatives; plural groups ("officials
  said", "authorities say", "state emergency officials said", "Health officials said",
  "state officials said", "residents said"), roles and common nouns ("the disaster agency
  said", "a U.N. spokesman said", "a spokesman for the provincial health department said",
  "the grid operator said", "the education department said", "meldete die Behörde"),
  governments ("The federal government said", "the Taliban government said",
  hundred-twenty-sixth), a possessive ("its foreign ministry said"), descriptions before a
  name ("the national disaster management institute INGD", "the weather bureau PAGASA",
  "the tracking site PowerOutage.us", "The U.N. refugee agency", „der
  Katastrophenschutzbehörde NDMA“, „des Rückversicherers Munich Re“, „wie die
  Katastrophenschutzbehörde Afad angab“; fortieth), firms ("Tohoku Electric Power said",
  "Network Rail said"; two-hundred-and-twelfth), bodies' "said" ("The World Food Programme
  said"; two-hundred-and-seventy-sixth), verbs of measuring, counting, recording,
  estimating and announcing („registrierte“, „maß“, „verzeichnete“, „zählte“, „meldete“,
  „rechnet mit“, „bezifferte“, „kündigte an“, „stuften ... ein“, "estimated", "put ... at",
  "raised the toll", "reported"), „gemäss dem Schweizerischen Erdbebendienst“ (a form no
  batch settled), „nach Angaben von GeoSphere Austria“ (two-hundred-and-twelfth: „nach
  Angaben von Aemet“), „nach Angaben des Landesfeuerwehrverbands Niederösterreich“
  (two-hundred-and-twelfth), „Nach Schätzungen der Weltbank“ and "according to a UNICEF
  estimate". New: to keep the checked speakers near 35, this batch also leaves unchecked
  some forms it could have checked: „teilte die EVN mit“, „teilte der Landkreis
  Teltow-Fläming mit“, „nach Angaben der Regierung“, „Nach Angaben der Regionalregierung“,
  "Victoria Police said", "the Country Fire Authority said", "Hampshire Constabulary said"
  and "according to the BC Wildfire Service".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_291 = [
    # --- Erdbeben in Ostanatolien (dpa), Januar ---
    (
        "de",
        "Istanbul (dpa) - Ein Erdbeben der Stärke 6,3 hat in der Nacht zum Mittwoch die Osttürkei getroffen, mindestens 14 Menschen starben.",
        True,
        [("count", 6.3, None, None), ("count", 14, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Herd des Bebens lag in der Provinz Elazığ in einer Tiefe von rund elf Kilometern, wie die Katastrophenschutzbehörde Afad angab.",
        True,
        [("count", 11, None, "about")],
        None,
    ),
    (
        "de",
        "Die Afad registrierte bis zum Mittag mehr als 160 Nachbeben, das stärkste davon mit einer Stärke von 5,2.",
        True,
        [("count", 160, None, "over"), ("count", 5.2, None, None)],
        None,
    ),
    (
        "de",
        "Im Laufe des Tages stieg die Zahl der Todesopfer zunächst auf 31 und am Abend auf 47, teilte das Innenministerium mit.",
        True,
        [("count", 31, None, None), ("count", 47, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Mehr als 620 Menschen wurden verletzt, 58 von ihnen schwer.",
        True,
        [("count", 620, None, "over"), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Behörden stürzten in der Region rund 240 Gebäude ein, darunter eine Schule und ein sechsstöckiges Wohnhaus.",
        True,
        [("count", 240, None, "about"), ("count", 6, None, None)],
        "die Behörden",
    ),
    (
        "de",
        "Rettungskräfte zogen nach fast 30 Stunden eine 64-jährige Frau lebend aus den Trümmern eines Wohnblocks.",
        True,
        [("duration", 30, "hour", "nearly"), ("duration", 64, "year", None)],
        None,
    ),
    (
        "de",
        "„Wir werden jede Wunde dieser Stadt heilen“, sagte Innenminister Kemal Aydınoğlu bei einem Besuch im Katastrophengebiet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung sagte der Türkei eine Soforthilfe von 3 Millionen Euro zu, wie das Auswärtige Amt mitteilte.",
        True,
        [("money", 3000000, "EUR", None)],
        "das Auswärtige Amt",
    ),
    ("de", "„Das ist eine Tragödie für unser ganzes Land“, sagte der Gouverneur der Provinz.", False, [], None),
    ("de", "Viele Überlebende fürchten, dass ihre beschädigten Häuser beim nächsten Beben endgültig einstürzen.", False, [], None),
    # --- Buschfeuer in Victoria (AAP), Januar ---
    (
        "en",
        "SYDNEY (AAP) - A bushfire in Victoria's Grampians has burnt through more than 52,000 hectares and destroyed at least 37 homes, authorities say.",
        True,
        [("count", 52000, None, "over"), ("count", 37, None, "at_least")],
        None,
    ),
    (
        "en",
        "About 1,400 firefighters and 60 aircraft were battling the blaze on Wednesday as temperatures climbed above 43C.",
        True,
        [
            ("count", 1400, None, "about"),
            ("count", 60, None, None),
            ("count", 43, None, "over"),
        ],
        None,
    ),
    ("en", "Emergency Management Commissioner Kieran Stubbs said the fire front stretched for more than 90km.", True, [("count", 90, None, "over")], "Kieran Stubbs"),
    ("en", "Residents of Halls Gap and four other towns were told it was too late to leave.", True, [("count", 4, None, None)], None),
    ("en", "A 66-year-old man died while defending his property near Pomonal, Victoria Police said.", True, [("duration", 66, "year", None)], None),
    (
        "en",
        "The federal government said people who lost their homes could claim A$1,000 for each adult and A$400 for each child.",
        True,
        [("money", 1000, "AUD", None), ("money", 400, "AUD", None)],
        None,
    ),
    ("en", "It is the largest fire in Victoria since 2020, the Country Fire Authority said.", True, [("year", 2020, None, None)], None),
    ("en", "\"We watched the ridge glow orange all night and just prayed,\" said Pomonal resident Kerrie Blamey, 70.", False, [("duration", 70, "year", None)], None),
    ("en", "Stubbs warned that conditions could deteriorate again later in the week.", False, [], None),
    (
        "en",
        "Victorian Premier Annika Loveridge said the courage of the volunteers had been \"nothing short of extraordinary\".",
        False,
        [],
        None,
    ),
    # --- Orkan über Österreich (APA), Februar ---
    (
        "de",
        "Wien (APA) - Orkan „Ilse“ ist in der Nacht auf Montag mit Spitzenböen von bis zu 168 Kilometern pro Stunde über Österreich hinweggefegt.",
        True,
        [("count", 168, None, "up_to")],
        None,
    ),
    ("de", "Den Spitzenwert maß GeoSphere Austria auf dem Feuerkogel, in der Wiener Innenstadt wurden 112 km/h erreicht.", True, [("count", 112, None, None)], None),
    (
        "de",
        "Die Feuerwehren rückten nach Angaben des Landesfeuerwehrverbands Niederösterreich zu mehr als 2.700 Einsätzen aus.",
        True,
        [("count", 2700, None, "over")],
        None,
    ),
    ("de", "Zeitweise waren rund 95.000 Haushalte ohne Strom, teilte die EVN mit.", True, [("count", 95000, None, "about")], None),
    ("de", "Ein 57-jähriger Autofahrer wurde im Bezirk Mödling von einem umstürzenden Baum erschlagen.", True, [("duration", 57, "year", None)], None),
    ("de", "Die ÖBB sperrte die Weststrecke zwischen St. Pölten und Linz für rund sechs Stunden.", True, [("duration", 6, "hour", "about")], None),
    (
        "de",
        "Landeshauptfrau Renate Hollerer sagte, der Katastrophenfonds des Landes werde Betroffenen 30 Prozent der Schäden ersetzen.",
        True,
        [("percent", 30, "%", None)],
        "Renate Hollerer",
    ),
    ("de", "„Wir haben großes Glück gehabt, dass nicht noch mehr passiert ist“, sagte Hollerer.", False, [], None),
    ("de", "Ein Meteorologe sprach von einem Sturm, „wie man ihn nur alle paar Jahre erlebt“.", False, [], None),
    ("de", "Für Mittwoch sagt GeoSphere Austria erneut stürmisches Wetter im Osten des Landes voraus.", False, [], None),
    # --- Erdbeben in Westnepal (Reuters), Februar ---
    (
        "en",
        "KATHMANDU, Feb 3 (Reuters) - A magnitude 6.1 earthquake struck western Nepal late on Tuesday, killing at least 22 people and flattening mud-brick homes in remote hill villages, officials said.",
        True,
        [
            ("date", "--02-03", None, None),
            ("count", 6.1, None, None),
            ("count", 22, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "The U.S. Geological Survey said the quake was centred about 14 km (9 miles) northeast of the town of Jumla at a depth of 10 km.",
        True,
        [
            ("count", 14, None, "about"),
            ("count", 9, None, None),
            ("count", 10, None, None),
        ],
        "the U.S. Geological Survey",
    ),
    (
        "en",
        "By Wednesday evening the death toll had risen to 58, with 19 people still missing, police said.",
        True,
        [("count", 58, None, None), ("count", 19, None, None)],
        "police",
    ),
    (
        "en",
        "Home Minister Dilendra Karki told reporters that more than 3,400 houses had been destroyed or badly damaged in three districts.",
        True,
        [("count", 3400, None, "over"), ("count", 3, None, None)],
        "Dilendra Karki",
    ),
    ("en", "Army helicopters airlifted 37 injured people to hospitals in Nepalgunj and Kathmandu.", True, [("count", 37, None, None)], None),
    ("en", "Landslides set off by the shaking blocked the Karnali Highway along a 40-km stretch.", True, [("count", 40, None, None)], None),
    (
        "en",
        "\"We have lost everything, even the goats,\" said Kamala Rokaya, 52, who spent the night in a field with her four children.",
        False,
        [("duration", 52, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "India pledged 500 million Indian rupees ($5.7 million) in relief, its foreign ministry said.",
        True,
        [("money", 500000000, "INR", None), ("money", 5700000, "USD", None)],
        None,
    ),
    ("en", "It was the deadliest earthquake in the Himalayan country since 2015.", True, [("year", 2015, None, None)], None),
    ("en", "Aid groups warned that the coming cold nights could prove deadly for families sleeping in the open.", False, [], None),
    # --- Geberkonferenz für die Osttürkei (dpa), März ---
    (
        "de",
        "Brüssel (dpa) - Auf einer internationalen Geberkonferenz für die Erdbebenregion im Osten der Türkei sind Hilfszusagen über insgesamt 2,7 Milliarden Euro zusammengekommen.",
        True,
        [("money", 2700000000, "EUR", None)],
        None,
    ),
    ("de", "Die EU-Kommission sagte allein 400 Millionen Euro für den Wiederaufbau zu.", True, [("money", 400000000, "EUR", None)], None),
    (
        "de",
        "Deutschland beteiligt sich mit 75 Millionen Euro, davon sind 20 Millionen Euro für den Neubau von Schulen vorgesehen.",
        True,
        [("money", 75000000, "EUR", None), ("money", 20000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Schätzungen der Weltbank belaufen sich die direkten Schäden auf rund 11 Milliarden Dollar, etwa 1,1 Prozent der türkischen Wirtschaftsleistung.",
        True,
        [("money", 11000000000, "USD", "about"), ("percent", 1.1, "%", "about")],
        None,
    ),
    ("de", "Rund 210.000 Menschen leben nach Angaben der Regierung noch in Zelten und Wohncontainern.", True, [("count", 210000, None, "about")], None),
    (
        "de",
        "Der Wiederaufbau von rund 85.000 Wohnungen soll binnen zwei Jahren abgeschlossen sein.",
        True,
        [("count", 85000, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Der türkische Vizepräsident dankte den Gebern für ihre „beispiellose Solidarität“.", False, [], None),
    ("de", "„Niemand darf diese Menschen vergessen“, sagte Bundesentwicklungsministerin Sabine Mertesacker in Brüssel.", False, [], None),
    ("de", "Hilfsorganisationen mahnten, die Zusagen müssten nun auch rasch bei den Menschen ankommen.", False, [], None),
    # --- Zyklon in Mosambik (AFP), März ---
    (
        "en",
        "BEIRA, Mozambique (AFP) - Cyclone Ezinne made landfall near Beira late Saturday as a Category 3 storm with winds of 175 kilometres per hour.",
        True,
        [("count", 3, None, None), ("count", 175, None, None)],
        None,
    ),
    (
        "en",
        "At least 41 people died and more than 120 were hurt, the national disaster management institute INGD said on Sunday.",
        True,
        [("count", 41, None, "at_least"), ("count", 120, None, "over")],
        None,
    ),
    (
        "en",
        "Beira recorded 280 millimetres of rain in 24 hours, more than the port city usually sees in two months.",
        True,
        [
            ("count", 280, None, None),
            ("duration", 24, "hour", None),
            ("duration", 2, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Around 95,000 houses were damaged or destroyed, and more than 400 classrooms lost their roofs.",
        True,
        [("count", 95000, None, "about"), ("count", 400, None, "over")],
        None,
    ),
    ("en", "The United Nations released $8 million from its emergency response fund, a U.N. spokesman said in New York.", True, [("money", 8000000, "USD", None)], None),
    (
        "en",
        "The World Food Programme said it needed $42 million to feed 600,000 people over the next three months.",
        True,
        [
            ("money", 42000000, "USD", None),
            ("count", 600000, None, None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    ("en", "Health officials said 17 cholera cases had already been confirmed in Sofala province.", True, [("count", 17, None, None)], None),
    ("en", "Ezinne was the third cyclone to strike Mozambique this season.", True, [("ordinal", 3, None, None)], None),
    ("en", "\"We were hit again before we had even finished rebuilding,\" said Beira resident Amelia Tembe.", False, [], None),
    ("en", "Aid agencies called on donors to act quickly before the rainy season ends.", False, [], None),
    # --- Erdbeben im Wallis (Keystone-SDA), April ---
    (
        "de",
        "Sitten (Keystone-SDA) - Das Mittelwallis ist am Donnerstagmorgen von einem Beben der Magnitude 4,6 erschüttert worden.",
        True,
        [("count", 4.6, None, None)],
        None,
    ),
    (
        "de",
        "Das Epizentrum lag gemäss dem Schweizerischen Erdbebendienst rund sechs Kilometer nordöstlich von Sitten in einer Tiefe von etwa acht Kilometern.",
        True,
        [("count", 6, None, "about"), ("count", 8, None, "about")],
        None,
    ),
    ("de", "Das Beben war in der ganzen Westschweiz und bis nach Bern zu spüren.", True, [], None),
    (
        "de",
        "Beim Erdbebendienst gingen innert zwei Stunden über 4500 Meldungen aus der Bevölkerung ein.",
        True,
        [("duration", 2, "hour", None), ("count", 4500, None, "over")],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei verzeichnete rund 60 Schadenmeldungen, vor allem Risse in Fassaden und heruntergefallene Kaminteile.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    ("de", "Verletzt wurde niemand, teilte die Kantonspolizei Wallis mit.", True, [], "die Kantonspolizei Wallis"),
    ("de", "Es ist das stärkste Beben in der Region seit über 20 Jahren.", True, [("duration", 20, "year", "over")], None),
    ("de", "Seismologin Corinne Ammann sagte, Nachbeben bis Magnitude 3 seien in den kommenden Tagen möglich.", True, [("count", 3, None, "up_to")], "Corinne Ammann"),
    ("de", "«Ich dachte, ein Lastwagen sei ins Haus gefahren», sagte eine Anwohnerin in der Altstadt.", False, [], None),
    ("de", "Ob die beschädigte Pfarrkirche bald wieder geöffnet werden kann, ist noch unklar.", False, [], None),
    # --- Tornados in Arkansas (AP), April ---
    (
        "en",
        "LITTLE ROCK, Ark. (AP) — A line of tornadoes tore through Arkansas and western Tennessee overnight, killing at least nine people, state emergency officials said.",
        True,
        [("count", 9, None, "at_least")],
        None,
    ),
    (
        "en",
        "The National Weather Service said at least 27 tornadoes had been reported across four states.",
        True,
        [("count", 27, None, "at_least"), ("count", 4, None, None)],
        "the National Weather Service",
    ),
    ("en", "A survey team rated the strongest an EF4, with peak winds estimated at 175 mph.", True, [("count", 175, None, None)], None),
    (
        "en",
        "The number of dead rose to 14 by Monday evening, two of them children in Jonesboro.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "More than 120,000 customers were without power in Arkansas alone.", True, [("count", 120000, None, "over")], None),
    ("en", "Arkansas Governor Maureen Talley said 300 National Guard members had been deployed to the worst-hit counties.", True, [("count", 300, None, None)], "Maureen Talley"),
    ("en", "The path of destruction left by the largest twister stretched for 42 miles.", True, [("count", 42, None, None)], None),
    ("en", "\"It sounded like a freight train, and a second later we had no roof,\" said Darnell Hobbs, 38, of Jonesboro.", False, [("duration", 38, "year", None)], None),
    ("en", "Talley called the damage in Jonesboro \"heartbreaking\".", False, [], None),
    ("en", "Forecasters said more severe storms were possible later in the week.", False, [], None),
    # --- Elbehochwasser in Sachsen (dpa/sn), Mai ---
    (
        "de",
        "Dresden (dpa/sn) - Der Elbpegel in Dresden hat am Sonntagmorgen 7,64 Meter erreicht, die Stadt rief die höchste Alarmstufe 4 aus.",
        True,
        [("count", 7.64, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Normal sind an dieser Stelle rund zwei Meter.", True, [("count", 2, None, "about")], None),
    (
        "de",
        "Nach Angaben des Landeshochwasserzentrums fielen im Erzgebirge binnen 48 Stunden bis zu 160 Liter Regen pro Quadratmeter.",
        True,
        [("duration", 48, "hour", None), ("count", 160, None, "up_to")],
        "das Landeshochwasserzentrum",
    ),
    ("de", "In Pirna und Meißen wurden rund 2.300 Anwohner aufgefordert, ihre Wohnungen zu verlassen.", True, [("count", 2300, None, "about")], None),
    (
        "de",
        "Mehr als 1.500 Helfer von Feuerwehr, THW und Bundeswehr füllten seit Freitag rund 400.000 Sandsäcke.",
        True,
        [("count", 1500, None, "over"), ("count", 400000, None, "about")],
        None,
    ),
    (
        "de",
        "Ministerpräsident Gunter Rehberg sagte, der Freistaat zahle jedem geschädigten Haushalt als Soforthilfe bis zu 5.000 Euro aus.",
        True,
        [("money", 5000, "EUR", "up_to")],
        "Gunter Rehberg",
    ),
    ("de", "„Wir stehen das gemeinsam durch, so wie wir es immer getan haben“, sagte Rehberg.", False, [], None),
    ("de", "Der Scheitel der Welle wird nach der jüngsten Prognose am Montagabend bei etwa 7,90 Meter erwartet.", True, [("count", 7.9, None, "about")], None),
    (
        "de",
        "Zuletzt war die Alarmstufe 4 in Dresden im Jahr 2013 ausgerufen worden.",
        True,
        [("count", 4, None, None), ("year", 2013, None, None)],
        None,
    ),
    ("de", "Die Deutsche Bahn stellte den Fernverkehr zwischen Dresden und Prag ein.", True, [], None),
    ("de", "Die Landestalsperrenverwaltung rief die Anwohner auf, Keller und Tiefgaragen in Ufernähe zu meiden.", False, [], None),
    ("de", "Eine Anwohnerin in Pirna sagte, sie habe die ganze Nacht kein Auge zugetan.", False, [], None),
    # --- Überschwemmungen in der Emilia-Romagna (Reuters), Mai ---
    (
        "en",
        "BOLOGNA, May 11 (Reuters) - Torrential rain dumped more than 250 millimetres on parts of Emilia-Romagna in 36 hours, bursting the banks of 14 rivers and killing at least five people, officials said.",
        True,
        [
            ("date", "--05-11", None, None),
            ("count", 250, None, "over"),
            ("duration", 36, "hour", None),
            ("count", 14, None, None),
            ("count", 5, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "By late afternoon the toll had climbed to nine, and regional president Matteo Scarpellini said two people were still unaccounted for.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        "Matteo Scarpellini",
    ),
    (
        "en",
        "About 27,000 people were evacuated from towns around Ravenna and Faenza, nearly a third of them by boat.",
        True,
        [("count", 27000, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "The Lamone river peaked at 11.2 metres at Faenza, almost 3 metres above its alarm threshold.",
        True,
        [("count", 11.2, None, None), ("count", 3, None, "nearly")],
        None,
    ),
    ("en", "Farm lobby Coldiretti estimated losses to crops and livestock at about 600 million euros.", True, [("money", 600000000, "EUR", "about")], None),
    (
        "en",
        "Rome declared a 12-month state of emergency for the region and set aside an initial 20 million euros.",
        True,
        [("duration", 12, "month", None), ("money", 20000000, "EUR", None)],
        None,
    ),
    ("en", "More than 400 landslides were reported across the Apennine foothills.", True, [("count", 400, None, "over")], None),
    ("en", "Rail operators halted trains between Bologna and Rimini for a second day.", True, [("ordinal", 2, None, None)], None),
    ("en", "\"This is the climate we now live in, and we must rebuild for it,\" Scarpellini told reporters in Bologna.", False, [], None),
    ("en", "It was not yet clear when residents of the worst-hit districts would be allowed back.", False, [], None),
    # --- Waldbrand bei Jüterbog (dpa/bb), Juni ---
    (
        "de",
        "Jüterbog (dpa/bb) - Das Feuer auf dem früheren Militärgelände südlich von Jüterbog hat bis Dienstagabend rund 720 Hektar erfasst.",
        True,
        [("count", 720, None, "about")],
        None,
    ),
    (
        "de",
        "Wegen alter Munition im Boden müssen die Löschtrupps mindestens 1.000 Meter Abstand zu den Flammen halten, teilte der Landkreis Teltow-Fläming mit.",
        True,
        [("count", 1000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Bewohner von zwei Ortsteilen mit zusammen rund 480 Menschen wurden vorsorglich in Sicherheit gebracht.",
        True,
        [("count", 2, None, None), ("count", 480, None, "about")],
        None,
    ),
    (
        "de",
        "Im Einsatz sind mehr als 350 Feuerwehrleute, zwei Löschhubschrauber der Bundespolizei und ein Bergepanzer der Bundeswehr.",
        True,
        [("count", 350, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Waldbrandschutzbeauftragter Rainer Kollwitz sagte, in den vergangenen drei Wochen sei in der Region kaum Regen gefallen.",
        True,
        [("duration", 3, "week", None)],
        "Rainer Kollwitz",
    ),
    (
        "de",
        "Der Deutsche Wetterdienst meldete für Dienstagnachmittag in Baruth 36,4 Grad und die höchste Waldbrandgefahrenstufe 5.",
        True,
        [("count", 36.4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte große Brand auf dem Gelände seit 2019.",
        True,
        [("ordinal", 3, None, None), ("year", 2019, None, None)],
        None,
    ),
    ("de", "„Wir gehen hier nicht weg, bevor die letzte Glut aus ist“, sagte Kollwitz.", False, [], None),
    ("de", "Anwohner äußerten Unmut darüber, dass das Gelände noch immer nicht von Munition geräumt ist.", False, [], None),
    # --- Waldbrand in British Columbia (AP), Juli ---
    (
        "en",
        "KAMLOOPS, British Columbia (AP) — A wind-driven blaze north of Kamloops has burned more than 38,000 hectares and forced about 6,200 people from their homes, according to the BC Wildfire Service.",
        True,
        [("count", 38000, None, "over"), ("count", 6200, None, "about")],
        None,
    ),
    (
        "en",
        "Evacuation orders covered 2,140 properties on Thursday, and alerts were in place for 3,800 more.",
        True,
        [("count", 2140, None, None), ("count", 3800, None, None)],
        None,
    ),
    ("en", "The fire was 10% contained as of Thursday evening.", True, [("percent", 10, "%", None)], None),
    (
        "en",
        "More than 400 firefighters, 21 helicopters and 90 pieces of heavy equipment have been assigned to the blaze.",
        True,
        [
            ("count", 400, None, "over"),
            ("count", 21, None, None),
            ("count", 90, None, None),
        ],
        None,
    ),
    (
        "en",
        "Emergency Management Minister Harjit Dhaliwal said the province would pay evacuees C$1,500 per household to cover the first two weeks.",
        True,
        [
            ("money", 1500, "CAD", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "week", None),
        ],
        "Harjit Dhaliwal",
    ),
    (
        "en",
        "Canada's wildfire season has so far burned about 2.1 million hectares nationwide, the Canadian Interagency Forest Fire Centre said.",
        True,
        [("count", 2100000, None, "about")],
        "the Canadian Interagency Forest Fire Centre",
    ),
    (
        "en",
        "\"I grabbed the cat, the passports and my mother's photo albums, and that was it,\" said Janine Ostrowski, 58, whose house near Barriere burned down.",
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    ("en", "Officials told residents under an evacuation alert to keep their cars packed.", False, [], None),
    # --- Unwetter in Oberbayern (dpa/lby), Juli ---
    (
        "de",
        "München (dpa/lby) - Heftige Gewitter mit Hagel und Starkregen haben am Mittwochabend in Oberbayern Hunderte Keller überflutet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Rosenheim fielen nach Angaben des Deutschen Wetterdienstes binnen einer Stunde 62 Liter Regen pro Quadratmeter.",
        True,
        [("count", 62, None, None)],
        "der Deutsche Wetterdienst",
    ),
    ("de", "Die Hagelkörner erreichten mancherorts einen Durchmesser von bis zu fünf Zentimetern.", True, [("count", 5, None, "up_to")], None),
    ("de", "Die Integrierte Leitstelle zählte bis Mitternacht mehr als 1.100 Einsätze.", True, [("count", 1100, None, "over")], None),
    ("de", "Auf der Autobahn bei Rosenheim bildete sich nach Sturmschäden ein zwölf Kilometer langer Stau.", True, [("count", 12, None, None)], None),
    ("de", "Ein 34 Jahre alter Radfahrer wurde von einem herabstürzenden Ast schwer verletzt, teilte die Polizei mit.", True, [("duration", 34, "year", None)], "die Polizei"),
    (
        "de",
        "Die Versicherungskammer Bayern rechnet mit Schäden von rund 40 Millionen Euro, dem höchsten Wert seit 2021.",
        True,
        [("money", 40000000, "EUR", "about"), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Bereits zum dritten Mal in diesem Sommer war der Landkreis von Starkregen betroffen.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der DWD rät, bei Gewittern Aufenthalte im Freien möglichst zu vermeiden.", False, [], None),
    # --- Überschwemmungen in Bangladesch (Reuters), August ---
    (
        "en",
        "DHAKA, Aug 21 (Reuters) - Floodwaters from days of monsoon rain have submerged large parts of northeastern Bangladesh, stranding about 2.6 million people, the disaster management ministry said.",
        True,
        [("date", "--08-21", None, None), ("count", 2600000, None, "about")],
        None,
    ),
    ("en", "The Surma river was flowing 84 centimetres above the danger mark at Sylhet on Wednesday.", True, [("count", 84, None, None)], None),
    (
        "en",
        "In the 24 hours up to 6 a.m. on Wednesday, 387 millimetres of rain fell on Sylhet, the Bangladesh Meteorological Department said.",
        True,
        [("count", 387, None, None), ("duration", 24, "hour", None)],
        "the Bangladesh Meteorological Department",
    ),
    (
        "en",
        "At least 18 people have died, 11 of them children who drowned, police said.",
        True,
        [("count", 18, None, "at_least"), ("count", 11, None, None)],
        "police",
    ),
    (
        "en",
        "More than 640 shelters housed some 210,000 people.",
        True,
        [("count", 640, None, "over"), ("count", 210000, None, "about")],
        None,
    ),
    (
        "en",
        "The government allocated 50 million taka ($410,000) for emergency food distribution.",
        True,
        [("money", 50000000, "BDT", None), ("money", 410000, "USD", None)],
        None,
    ),
    ("en", "Two-thirds of Sunamganj district was under water, according to a UNICEF estimate.", True, [("fraction", 0.6667, None, None)], None),
    (
        "en",
        "\"Every year the water comes higher, and every year we are told it will be fixed,\" said Rahima Begum, 45, in a shelter in Sunamganj.",
        False,
        [("duration", 45, "year", None)],
        None,
    ),
    ("en", "U.N. agencies appealed for more donor support as the waters kept rising.", False, [], None),
    # --- Monsunfluten in Pakistan (dpa), August ---
    (
        "de",
        "Islamabad (dpa) - Bei Überschwemmungen nach heftigen Monsunregen sind in Pakistan seit Ende Juni mindestens 212 Menschen ums Leben gekommen.",
        True,
        [("count", 212, None, "at_least")],
        None,
    ),
    ("de", "Allein am Mittwoch stieg die Zahl der Toten nach Angaben der Katastrophenschutzbehörde NDMA um 26.", True, [("count", 26, None, None)], None),
    (
        "de",
        "Am Abend meldete die Behörde dann 238 Tote und mehr als 560 Verletzte.",
        True,
        [("count", 238, None, None), ("count", 560, None, "over")],
        None,
    ),
    ("de", "In der Provinz Khyber Pakhtunkhwa fielen binnen eines Tages bis zu 190 Millimeter Regen.", True, [("count", 190, None, "up_to")], None),
    (
        "de",
        "Rund 1,3 Millionen Menschen sind von den Fluten betroffen, etwa jeder sechste von ihnen musste sein Zuhause verlassen.",
        True,
        [("count", 1300000, None, "about"), ("fraction", 0.1667, None, "about")],
        None,
    ),
    (
        "de",
        "Mehr als 4.000 Kilometer Straßen und 160 Brücken wurden beschädigt.",
        True,
        [("count", 4000, None, "over"), ("count", 160, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesregierung stockte ihre humanitäre Hilfe um 4 Millionen Euro auf, teilte das Entwicklungsministerium mit.",
        True,
        [("money", 4000000, "EUR", None)],
        "das Entwicklungsministerium",
    ),
    (
        "de",
        "Die Vereinten Nationen baten um 120 Millionen Dollar für die kommenden sechs Monate.",
        True,
        [("money", 120000000, "USD", None), ("duration", 6, "month", None)],
        None,
    ),
    ("de", "Nach Angaben der Behörden wurden mehr als 9.000 Rinder, Ziegen und Schafe von den Fluten fortgerissen.", True, [("count", 9000, None, "over")], "die Behörden"),
    ("de", "Ein Sprecher der Provinzregierung sprach von einer „Katastrophe biblischen Ausmaßes“.", False, [], None),
    ("de", "Hilfsorganisationen befürchten den Ausbruch von Seuchen in den überfüllten Notlagern.", False, [], None),
    # --- Waldbrände bei Athen (dpa), August ---
    (
        "de",
        "Athen (dpa) - Bei schweren Waldbränden nördlich von Athen sind seit Sonntag mehr als 14.000 Hektar Wald und Buschland verbrannt.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    ("de", "Mehr als 40 Ortschaften wurden nach Angaben der Feuerwehr evakuiert.", True, [("count", 40, None, "over")], "die Feuerwehr"),
    (
        "de",
        "Im Einsatz waren am Montag rund 650 Feuerwehrleute, 180 Fahrzeuge und 28 Löschflugzeuge und -hubschrauber.",
        True,
        [
            ("count", 650, None, "about"),
            ("count", 180, None, None),
            ("count", 28, None, None),
        ],
        None,
    ),
    ("de", "Die Leiche eines 79-jährigen Mannes wurde in einem ausgebrannten Haus in Varnavas gefunden.", True, [("duration", 79, "year", None)], None),
    ("de", "Feuerwehrsprecherin Eleni Tsakiri sagte, der Wind habe zeitweise 70 Kilometer pro Stunde erreicht.", True, [("count", 70, None, None)], "Eleni Tsakiri"),
    (
        "de",
        "Über das EU-Katastrophenschutzverfahren schickten Italien, Frankreich und Kroatien zusammen acht Löschflugzeuge.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Es ist das zweite Mal binnen drei Jahren, dass die Hügel um Varnavas brennen.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    ("de", "Die Polizei nahm zwei Männer fest, die im Verdacht stehen, Feuer gelegt zu haben.", True, [("count", 2, None, None)], None),
    ("de", "Ein Regierungssprecher nannte die mutmaßlichen Brandstifter „Feinde der Natur und der Menschen“.", False, [], None),
    ("de", "Viele Bewohner werfen den Behörden vor, sie zu spät gewarnt zu haben.", False, [], None),
    # --- Erdbeben in Ostafghanistan (AP), September ---
    (
        "en",
        "KABUL, Afghanistan (AP) — A magnitude 5.9 earthquake struck eastern Afghanistan shortly before midnight Sunday, killing at least 160 people and injuring hundreds, the Taliban government said.",
        True,
        [("count", 5.9, None, None), ("count", 160, None, "at_least")],
        None,
    ),
    (
        "en",
        "The epicenter was 27 kilometers (17 miles) northeast of Jalalabad at a shallow depth of 8 kilometers, according to the U.S. Geological Survey.",
        True,
        [
            ("count", 27, None, None),
            ("count", 17, None, None),
            ("count", 8, None, None),
        ],
        "the U.S. Geological Survey",
    ),
    ("en", "By Monday afternoon the toll had climbed to 412, a spokesman for the provincial health department said.", True, [("count", 412, None, None)], None),
    (
        "en",
        "Hours later officials put the number of dead at more than 600, with at least 1,300 injured.",
        True,
        [("count", 600, None, "over"), ("count", 1300, None, "at_least")],
        None,
    ),
    ("en", "In the worst-hit district, about three-quarters of the mud-brick homes collapsed, residents said.", True, [("fraction", 0.75, None, "about")], None),
    ("en", "Aftershocks of up to magnitude 5.2 continued through the night.", True, [("count", 5.2, None, "up_to")], None),
    (
        "en",
        "The U.N. refugee agency said it had flown in 1,200 tents and 3,000 blankets.",
        True,
        [("count", 1200, None, None), ("count", 3000, None, None)],
        None,
    ),
    ("en", "Britain pledged 1 million pounds in emergency aid, channelled through U.N. agencies.", True, [("money", 1000000, "GBP", None)], None),
    (
        "en",
        "\"The mountain came down on our village,\" said Gul Ahmad, 35, who lost his wife and two daughters.",
        False,
        [("duration", 35, "year", None), ("count", 2, None, None)],
        None,
    ),
    ("en", "A Taliban spokesman said the disaster was \"a test sent by God\".", False, [], None),
    ("en", "It was not clear how many people remained trapped in remote valleys cut off by landslides.", False, [], None),
    # --- Hurrikan in Florida (AP), September ---
    (
        "en",
        "TAMPA, Fla. (AP) — Hurricane Marisol crashed ashore south of Tampa early Thursday, a Category 4 hurricane whose sustained winds reached 140 mph (225 km/h) at landfall, the National Hurricane Center said.",
        True,
        [
            ("count", 4, None, None),
            ("count", 140, None, None),
            ("count", 225, None, None),
        ],
        "the National Hurricane Center",
    ),
    (
        "en",
        "Forecasters had said the sea could rise 10 to 15 feet above normal tide levels along parts of the coast.",
        True,
        [("count", 10, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "More than 2.4 million homes and businesses, about 22% of the state's customers, were without power by midday, according to the tracking site PowerOutage.us.",
        True,
        [("count", 2400000, None, "over"), ("percent", 22, "%", "about")],
        None,
    ),
    (
        "en",
        "Hillsborough County Sheriff Dwayne Pettibone said deputies had rescued 186 people from flooded homes overnight.",
        True,
        [("count", 186, None, None)],
        "Dwayne Pettibone",
    ),
    (
        "en",
        "At least four people were killed, among them a 73-year-old man struck by a falling tree in Sarasota.",
        True,
        [("count", 4, None, "at_least"), ("duration", 73, "year", None)],
        None,
    ),
    ("en", "By Friday, state officials said the toll had risen to 11.", True, [("count", 11, None, None)], None),
    (
        "en",
        "Risk modeling firm Halcyon Analytics estimated insured losses at between $18 billion and $26 billion.",
        True,
        [("money", 18000000000, "USD", None), ("money", 26000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Marisol was the fifth hurricane of the Atlantic season and the second to hit Florida.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "On Friday the president signed a disaster declaration covering 14 counties.", True, [("count", 14, None, None)], None),
    (
        "en",
        "\"We've been through storms before, but nothing like this,\" said Tammy Rourke, 49, outside her gutted home in Ruskin.",
        False,
        [("duration", 49, "year", None)],
        None,
    ),
    ("en", "The governor urged evacuees not to return until roads had been cleared.", False, [], None),
    # --- Murhochwasser in der Steiermark (APA), September ---
    ("de", "Graz (APA) - Nach tagelangem Starkregen ist die Mur in der Obersteiermark über die Ufer getreten.", True, [], None),
    (
        "de",
        "In Leoben stieg der Pegel bis Sonntagfrüh auf 4,38 Meter, normal sind rund 1,20 Meter.",
        True,
        [("count", 4.38, None, None), ("count", 1.2, None, "about")],
        None,
    ),
    (
        "de",
        "Binnen 72 Stunden fielen nach Angaben von GeoSphere Austria im Murtal bis zu 210 Millimeter Regen, so viel wie sonst in zwei Monaten.",
        True,
        [
            ("duration", 72, "hour", None),
            ("count", 210, None, "up_to"),
            ("duration", 2, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Der Landesfeuerwehrverband zählte seit Freitag mehr als 1.900 Einsätze mit rund 14.000 Feuerwehrleuten.",
        True,
        [("count", 1900, None, "over"), ("count", 14000, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 350 Menschen mussten ihre Häuser verlassen, in 13 Gemeinden wurde Zivilschutzalarm ausgelöst.",
        True,
        [("count", 350, None, "about"), ("count", 13, None, None)],
        None,
    ),
    ("de", "Eine 81-jährige Pensionistin wurde in Frohnleiten mit einem Boot aus ihrem eingeschlossenen Haus geholt.", True, [("duration", 81, "year", None)], None),
    (
        "de",
        "Landeshauptmann Ferdinand Kainrath sagte, aus dem Katastrophenfonds würden sofort 10 Millionen Euro bereitgestellt.",
        True,
        [("money", 10000000, "EUR", None)],
        "Ferdinand Kainrath",
    ),
    ("de", "Die Hydrologen stuften das Ereignis als 30-jährliches Hochwasser ein.", True, [("duration", 30, "year", None)], None),
    ("de", "„Das Wasser hat uns alles genommen, was wir uns in 40 Jahren aufgebaut haben“, sagte ein Anrainer in Leoben.", False, [("duration", 40, "year", None)], None),
    ("de", "Ob die gesperrte Bundesstraße bis zum Wochenende wieder befahrbar ist, blieb offen.", False, [], None),
    # --- Taifun auf Luzon (Reuters), Oktober ---
    (
        "en",
        "MANILA, Oct 19 (Reuters) - Typhoon Dalisay slammed into the northern Philippines on Monday with sustained winds of 185 km/h (115 mph) with gusts reaching up to 230 km/h, forcing more than 310,000 people to flee, the disaster agency said.",
        True,
        [
            ("date", "--10-19", None, None),
            ("count", 185, None, None),
            ("count", 115, None, None),
            ("count", 230, None, "up_to"),
            ("count", 310000, None, "over"),
        ],
        None,
    ),
    ("en", "The storm made landfall in Isabela province at about 2 a.m. local time, the weather bureau PAGASA said.", True, [], None),
    (
        "en",
        "Rainfall of up to 300 millimetres was forecast for parts of northern Luzon over 24 hours.",
        True,
        [("count", 300, None, "up_to"), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "By Tuesday the death toll had risen to 16 from an earlier six, police said.",
        True,
        [("count", 16, None, None), ("count", 6, None, None)],
        "police",
    ),
    (
        "en",
        "Later on Tuesday the national disaster agency raised the toll to 23, with 11 people missing in landslides in Benguet.",
        True,
        [("count", 23, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Dalisay is the 18th storm to enter Philippine territory this year and the fifth typhoon.",
        True,
        [("ordinal", 18, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    ("en", "About 640,000 households lost power across Luzon, the grid operator said.", True, [("count", 640000, None, "about")], None),
    (
        "en",
        "Japan pledged 200 million yen ($1.3 million) for relief, and the European Union freed up 1.5 million euros.",
        True,
        [
            ("money", 200000000, "JPY", None),
            ("money", 1300000, "USD", None),
            ("money", 1500000, "EUR", None),
        ],
        None,
    ),
    ("en", "Schools in 14 provinces will stay closed on Wednesday, the education department said.", True, [("count", 14, None, None)], None),
    ("en", "\"The water was at our roof within an hour,\" said Rogelio Manalo, 61, a rice farmer in Cagayan.", False, [("duration", 61, "year", None)], None),
    ("en", "A presidential spokeswoman said the government would \"leave no family behind\".", False, [], None),
    # --- Sturzfluten in Ostspanien (dpa), Oktober ---
    (
        "de",
        "Madrid (dpa) - Sintflutartige Regenfälle haben im Osten Spaniens schwere Überschwemmungen ausgelöst, mindestens sieben Menschen kamen ums Leben.",
        True,
        [("count", 7, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Wetterdienst Aemet registrierte in Chiva binnen acht Stunden 412 Liter Regen pro Quadratmeter.",
        True,
        [("duration", 8, "hour", None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Bis zum Abend stieg die Zahl der Toten auf 19, mindestens 30 Menschen werden noch vermisst.",
        True,
        [("count", 19, None, None), ("count", 30, None, "at_least")],
        None,
    ),
    ("de", "Nach Angaben der Regionalregierung wurden mehr als 1.200 Menschen aus ihren Autos und Häusern gerettet.", True, [("count", 1200, None, "over")], None),
    ("de", "Die Zentralregierung schickte 500 Soldaten der militärischen Notfalleinheit UME in die Region.", True, [("count", 500, None, None)], None),
    (
        "de",
        "Rund 150.000 Haushalte, etwa ein Fünftel aller Kunden des Versorgers, waren zeitweise ohne Strom.",
        True,
        [("count", 150000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "Der Ministerpräsident kündigte eine dreitägige Staatstrauer an.", True, [("duration", 3, "day", None)], None),
    ("de", "Die Regierung bezifferte die Soforthilfen auf zunächst 250 Millionen Euro.", True, [("money", 250000000, "EUR", None)], None),
    ("de", "„Wir haben alles verloren, sogar das Auto“, sagte ein 56-jähriger Anwohner in Paiporta.", False, [("duration", 56, "year", None)], None),
    ("de", "Die Opposition warf der Regionalregierung vor, die Warnung an die Handys viel zu spät verschickt zu haben.", False, [], None),
    # --- Erdbeben vor Iwate (Reuters), November ---
    (
        "en",
        "TOKYO, Nov 24 (Reuters) - A magnitude 6.8 earthquake struck off the coast of Iwate prefecture on Tuesday evening, the Japan Meteorological Agency said, prompting a tsunami advisory for a 400-km stretch of the Pacific coast.",
        True,
        [
            ("date", "--11-24", None, None),
            ("count", 6.8, None, None),
            ("count", 400, None, None),
        ],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "The shaking registered upper 5 on Japan's seven-level intensity scale in the coastal town of Miyako.",
        True,
        [("count", 5, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Tsunami waves of up to 40 centimetres were observed at three ports about 30 minutes after the quake.",
        True,
        [
            ("count", 40, None, "up_to"),
            ("count", 3, None, None),
            ("duration", 30, "minute", "about"),
        ],
        None,
    ),
    ("en", "The advisory was lifted shortly after midnight.", True, [], None),
    ("en", "Tohoku Electric Power said about 18,000 households had briefly lost power.", True, [("count", 18000, None, "about")], None),
    (
        "en",
        "Chief Cabinet Secretary Hiroshi Kanzaki told reporters that 12 people had suffered minor injuries, mostly from falling objects.",
        True,
        [("count", 12, None, None)],
        "Hiroshi Kanzaki",
    ),
    ("en", "The operator of the Onagawa nuclear plant reported no abnormalities.", True, [], None),
    ("en", "East Japan Railway suspended some bullet train services for about four hours.", True, [("duration", 4, "hour", "about")], None),
    ("en", "Kanzaki urged residents along the coast to stay alert for aftershocks.", False, [], None),
    ("en", "The agency warned that quakes of similar strength could follow over the next week.", False, [], None),
    # --- Bilanz der Naturkatastrophen (dpa), Dezember ---
    (
        "de",
        "München (dpa) - Die weltweiten Schäden durch Naturkatastrophen summieren sich in diesem Jahr auf rund 284 Milliarden Dollar.",
        True,
        [("money", 284000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Davon waren nach Angaben des Rückversicherers Munich Re etwa 128 Milliarden Dollar versichert, also rund 45 Prozent.",
        True,
        [("money", 128000000000, "USD", "about"), ("percent", 45, "%", "about")],
        None,
    ),
    (
        "de",
        "Es war das fünfte Jahr in Folge mit versicherten Schäden von mehr als 100 Milliarden Dollar.",
        True,
        [("ordinal", 5, None, None), ("money", 100000000000, "USD", "over")],
        None,
    ),
    ("de", "Rund 19.000 Menschen kamen bei Naturkatastrophen ums Leben, deutlich weniger als im Vorjahr.", True, [("count", 19000, None, "about")], None),
    (
        "de",
        "Das teuerste Einzelereignis war Hurrikan „Marisol“ in Florida mit einem Gesamtschaden von 61 Milliarden Dollar.",
        True,
        [("money", 61000000000, "USD", None)],
        None,
    ),
    ("de", "Gut die Hälfte der Gesamtschäden ging auf Gewitter, Hagel und Tornados zurück.", True, [("fraction", 0.5, None, "over")], None),
    (
        "de",
        "Chefklimatologe Tobias Wendlandt sagte, die Schäden durch schwere Gewitter hätten sich seit 2010 mehr als verdoppelt.",
        True,
        [("year", 2010, None, None)],
        "Tobias Wendlandt",
    ),
    ("de", "„Die Rechnung für den Klimawandel wird jedes Jahr höher“, sagte Wendlandt.", False, [], None),
    ("de", "Wendlandt rief die Politik auf, das Bauen in Überschwemmungsgebieten stärker zu begrenzen.", False, [], None),
    # --- Sturm über Südengland (PA), Dezember ---
    (
        "en",
        "LONDON (PA) - Storm Corwen brought gusts of 94mph to the Isle of Wight overnight, the Met Office said, as more than 180,000 homes were left without power.",
        True,
        [("count", 94, None, None), ("count", 180000, None, "over")],
        "the Met Office",
    ),
    ("en", "An amber wind warning covers much of southern England from 6am until 6pm on Saturday.", True, [], None),
    (
        "en",
        "A 62-year-old driver was killed by a falling oak on a road near Romsey in Hampshire, Hampshire Constabulary said.",
        True,
        [("duration", 62, "year", None)],
        None,
    ),
    ("en", "Network Rail said 23 routes had been blocked by fallen trees.", True, [("count", 23, None, None)], None),
    ("en", "Around 240 flights were cancelled at Heathrow and Gatwick.", True, [("count", 240, None, "about")], None),
    (
        "en",
        "The Environment Agency had 41 flood warnings and 117 flood alerts in force on Saturday morning.",
        True,
        [("count", 41, None, None), ("count", 117, None, None)],
        None,
    ),
    ("en", "Corwen is the third named storm of the season.", True, [("ordinal", 3, None, None)], None),
    ("en", "Energy Secretary Rhona Castleton said engineers were \"working flat out\" to get the lights back on.", False, [], None),
    ("en", "\"It was like the whole house was breathing,\" said Sandown resident Marcus Prideaux, 71.", False, [("duration", 71, "year", None)], None),
    ("en", "Police advised drivers to avoid all but essential journeys.", False, [], None),
]
