"""Three-hundred-and-sixty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Matthias
Gstrein, Beat Imboden, Fabio Cattaneo, Sven Oldenburg, Heike Wolkenhauer, Gerhard Pichorner,
Martina Höllwarth, Laurent Dufresnoy, Nadine Zogg, Annette Krüwel; Davoud Rahimzadeh, Camila
Fuenzalida, Renato Vasconcellos, Colleen Desjarlais, Dale Hartsock, Ioanna Kalogeraki,
Takumi Okabe, Harriet Yelland, Lukas Tschirky; every unnamed villager, official,
spokesperson, administrator, aid worker, relative, meteorologist, seismologist, shop owner,
resident, farmer, hotel owner, soldier, bus driver and analyst); ministers, governors,
mayors, Landeshauptleute, Landräte and agency and association staff of real governments and
bodies appear under made-up names that stand for no real holder, or by their role only („Der
Bürgermeister von Galtür“, „Der Regierungschef“, „Der Regionalpräsident von Galicien“,
„Brandenburgs Umweltminister“, „Der Staatspräsident“, "the provincial administrator", "The
prime minister", "The civil protection minister", "The governor"). Real states, bodies,
places and things (APA, Keystone-SDA, dpa, AFP, Lawinenwarndienst, Paznaun, Ischgl, Galtür,
GeoSphere Austria, Ried-Brig, Postauto, Bundesamt für Umwelt (Bafu), Tirana, Shkodra,
EU-Katastrophenschutzverfahren, Passau, Donau, Bayerischer Wald, Deutscher Wetterdienst,
DWD, THW, Wasserwacht, Vilshofen, Bleniotal, Olivone, MeteoSchweiz, Lukmanierpass, Super
Puma, Staatsrat, Harz, Wernigerode, Brockenbahn, Galicien, Kastilien-León, UME, Ourense,
Effis, Gailtal, Kötschach-Mauthen, Dellach, Lesachtal, B111, Bundesheer, Katastrophenfonds,
St. Pölten, Waldviertel, Hydrographischer Dienst, Kamp, Zwettl, Tulln,
Landesfeuerwehrkommando, Wienfluss, Breslau, Oder, Wojewodschaft Niederschlesien, Nysa,
Frankfurt (Oder), Landesamt für Umwelt, Département Var, Météo-France, Glarus, Schwanden,
Schweizerischer Erdbebendienst, Glarner Sachversicherung, GDV; Reuters, AP, Kermanshah, the
U.S. Geological Survey, Iran's Red Crescent, Valparaiso, Viña del Mar, Conaf, Srinagar, the
Line of Control, Enga province, the International Organization for Migration, Porto Alegre,
the Guaiba, Manitoba, Saskatchewan, the Canadian Interagency Forest Fire Centre, Lac du
Bonnet, the Guyandotte River, Logan County, the National Weather Service, PowerOutage.us,
the White House, the National Disaster Management Authority, Khyber Pakhtunkhwa, Buner, the
Pakistan Meteorological Department, the Karakoram Highway, Evia, Istiaia, Copernicus,
Canadair, Kochi, the Japan Meteorological Agency, the Fire and Disaster Management Agency,
Shikoku Electric Power, Ikata, the Nankai Trough, the Environment Agency, the Met Office,
Shap, the River Severn, Bewdley, Network Rail, Hereford, Tewkesbury, Medellín, Quibdó,
Antioquia, Chocó, Ideam, Swiss Re, and the datelines' cities) stand for the way wire copy
names them; every toll, revision, level, reading, area, count, sum, share, age, date and
quote here is invented, and where a real figure came to mind (a real flood crest, a real
toll of a past disaster, a real burnt area, a real insured loss) it was changed or the
reference dropped.

Its weight: NATURAL DISASTERS, THEIR TOLLS AND THEIR REVISIONS (the forty-seventh batch
weighed warnings, hazards and civil protection, the ninety-ninth disasters and emergencies
over a day, the hundred-thirty-fifth natural disasters abroad, the hundred-sixty-ninth
natural hazards at home, the two-hundred-and-twelfth storms, floods and earthquakes and the
two-hundred-and-ninety-first natural disasters over a year, and their decisions are kept) -
floods, wildfires, earthquakes, landslides, rockfalls and avalanches over one year in story
order (January to December), 26 short stories with the German and English ones interleaved
by month, each told as wire copy runs it (a dateline lead with the hazard and its toll, then
the readings, the people evacuated, the crews, the toll revised, the days of the search,
damage and aid, quotes and reactions). Half German (APA with Austrian „Seehöhe“,
„Pensionistin“, „Landeshauptfrau“, „Lokalaugenschein“, „Zivilschutzalarm“; Keystone-SDA with
Swiss „Kantonsstrasse“, „gemäss“, „innert“, „2600“, «» quotes; dpa with „dpa/lby“ and
„dpa/sa“; AFP German with „Tirana (AFP) -“, „Madrid (AFP) -“, „Paris (AFP) -“; German „“
quotes): an avalanche in the Paznaun, a threatening rockfall above Ried-Brig, a quake in
northern Albania, the Danube in flood at Passau, debris flows in the Blenio valley, a forest
fire in the Harz, forest fires in north-western Spain, debris flows in the Gailtal, the
floods in Lower Austria, the Oder in flood, flash floods in south-eastern France, a quake
near Glarus and the insurers' annual damage tally. Half English (Reuters, AP, AFP): a quake
in western Iran, wildfires in central Chile, an avalanche at an army camp in Kashmir, a
landslide in Papua New Guinea, floods in southern Brazil, wildfires in Manitoba and
Saskatchewan, flash floods in West Virginia, monsoon floods in Pakistan, a wildfire on Evia,
a quake off Shikoku, floods in central England, a landslide on a Colombian highway and the
reinsurer's year of catastrophes. Figures as such copy has them: tolls revised up and down
(double counting, an earlier figure, the missing falling), people evacuated and rescued,
crews, aircraft and dogs, days of rescue work („Am zweiten Tag der Suche“, „An Tag fünf der
Suche“, "On Day 4 of the search", "on the sixth day of operations", "on the ninth day"),
burnt areas in hectares, rain in „Liter pro Quadratmeter“, „Millimeter“, mm and inches,
river levels in metres, centimetres and feet, flows in cubic metres per second, snow in
centimetres and feet, magnitudes, depths, intensity and warning levels, damage and aid in
euros, francs, zloty, reais, Pakistani rupees, Australian dollars, pounds and dollars with
converted figures in brackets; number words and compounds („ein vierter“, „fünfteiligen“,
„79-jährige“, „1.000-jährlichen“, „Super-Puma-Helikoptern“, "seven-level", "five-level",
"magnitude-4.9", "400-km", "200-meter (650-foot)", "six-month", "74-year-old"), fractions
(„nur etwa jedes zweite“, "about a third", "about a fifth"), multiples („mehr als das
Doppelte“, „fast viermal so viel“, "roughly three times"), a verb of multiplying
(„verfünffacht“), hedges, ranges, years and dates. Negatives as such copy has them - 55 of
the rows, none with a figure: officials' promises as rhetoric, labels („sprach von“,
"called"), condolences and thanks, appeals and advice („rief ... auf“, „Der DWD rät“,
"urged"), forecasts and warnings without a figure, feelings, fears and confidence,
accusations without a checkable act, open questions, evasions and vox pops, each near a
check-worthy look-alike: the same speaker's figure, a stated toll, a forecast with a figure
or a pledge.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 13 carry no figure (9 German, 4 English), 289 expected quantities (197 counts,
30 amounts of money - 12 EUR, 8 USD, 3 each CHF, BRL, 1 each AUD, PKR, PLN, GBP -, 29
durations - 12 in hours, 8 in years, 4 in days, 4 in months, 1 in weeks -, 11 ordinals, 8
dates, 6 years, 5 percentages, all in %, 3 fractions; none of them in a negative), 36
checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported label,
  promise as rhetoric, condolence, thanks, appeal, piece of advice, feeling, fear,
  confidence, accusation without a checkable act, evasion or open question is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-fifth, hundred-sixty-ninth, two-hundred-and-twelfth,
  two-hundred-and-ninety-first); a quoted or reported toll, reading, figure, step, cause or
  estimate is check-worthy with its speaker, also in Konjunktiv I (hundred-thirty-fifth).
  Pairs from one speaker: Vasconcellos's 22 billion reais beside his "worst catastrophe",
  Desjarlais's 14 communities beside her appeal to be patient, Hartsock's nine dead and 11
  counties beside the governor's "Turn around, don't drown", Höllwarth's 1,900 buildings
  beside her promise „Niemand wird mit dem Schaden allein gelassen“, Pichorner's 25 to 30
  million euros beside his condolences, Dufresnoy's 2,000 crews beside his refusal to judge
  the climate's part, Zogg's 18 months beside «Es gibt keinen Grund zur Panik», Yelland's
  grants beside her thoughts with the flooded, Krüwel's every second building beside „zahlt
  morgen drauf“ and Tschirky's 63% beside "the new normal". Negatives: labels („sprach von
  einem „schwarzen Tag ...““, „sprach von einer „Tragödie ohne Beispiel““, "called the
  floods ...", Fuenzalida's "worst tragedy", "“another summer of fire”", "“beyond
  anything”", "“a stark reminder ...”"; two-hundred-and-fourth), promises as rhetoric
  (Rahimzadeh's "stand by every family", Höllwarth's; two-hundred-and-twelfth), condolences
  and thanks („sprach ... sein Beileid aus“, „bekundete ... sein tiefes Mitgefühl“, "said
  her thoughts were with ...", „Der Staatsrat dankte ...“; ninety-ninth,
  two-hundred-and-ninety-first), appeals and advice („rief Tourengeher eindringlich dazu
  auf“, „Der DWD rät“, "Officials urged", "urged residents to stay away", "urged residents
  to stay off flooded roads", Desjarlais's "We are asking people ..."; hundred-fifty-second,
  hundred-sixty-ninth), forecasts and warnings without a figure (Imboden's «Ein Abbruch in
  den kommenden Tagen ist wahrscheinlich» - hundred-sixty-ninth: Furrer's aftershocks -,
  "Weather officials warned that more heavy snow was on the way", "Meteorologists said more
  rain was likely", "said further downpours were expected", the analysts' reinsurance
  prices; forty-seventh, two-hundred-and-ninety-first), feelings, fears and confidence
  („äusserten Unverständnis“, „zeigte sich zuversichtlich“, "feared the ground could give
  way", "felt forgotten"), accusations without a checkable act („warfen den Behörden vor,
  die Wälder jahrelang vernachlässigt zu haben“, „warfen dem Land vor, zu viele Flächen
  versiegelt zu haben“, "accused the government of having abandoned ...", "of leaving them
  to fend for themselves", "complained that help had been slow"; hundred-thirty-fifth,
  two-hundred-and-twelfth), open questions and evasions („Ob das Dorf ... ist offen“, „Ob
  das Feuer ..., vermochte niemand zu sagen“, „wollte Dufresnoy nicht beurteilen“, "declined
  to speculate on any link"; hundred-seventy-fifth, two-hundred-and-seventy-sixth) and vox
  pops and scene colour without a figure (the villager in Iran, the soldier in Kashmir, the
  shop owner in Passau, the resident of Olivone, the farmer in Dellach, the hotel owner on
  Evia, the bus driver in Colombia, the woman in Schwanden, the evacuees' smoke, the sirens
  in Breslau). As the brief for these batches asks, negatives carry no expected quantities,
  and this batch writes no figure into them.
- Tolls and their revisions are labelled figure by figure, the replaced and the standing one
  (ninety-ninth, hundred-thirty-fifth, two-hundred-and-twelfth,
  two-hundred-and-ninety-first; hundred-twenty-seventh: "lowered the toll to eight, saying
  one death had been counted twice" 8, 1 and 2): "was later revised down to 17 after two
  victims were found to have been counted twice" 17, 2 and 2, „korrigierte ... die Zahl der
  Toten von acht auf sieben, weil ein Opfer zweimal erfasst worden war“ 8, 7 and 2 („ein
  Opfer“ an article, „zweimal“ as the issue's „viermal“), "revised the toll down from an
  earlier 344 after some deaths in two provinces were found to have been recorded twice"
  344, 2 and 2, "had risen to 41, with 17 people still missing", "had climbed to 27, with 12
  people still missing", „stieg auf neun, in Tschechien starben fünf“, „Die Zahl der
  Vermissten sank ... von elf auf vier“, "with at least 34 people feared dead" 34 "at_least"
  (hundred-seventy-seventh: "At least 27 people are feared dead"); the IOM's estimate of
  about 670 buried and the officials' 41 bodies recovered are both check-worthy, each with
  its own figure. The correcting verbs („korrigierte“, "revised", "put the toll") leave the
  source unchecked (ninety-ninth).
- Days of rescue work: the day of a search is an ordinal, its length a duration
  (hundred-thirty-fifth, two-hundred-and-ninety-first): „Am zweiten Tag der Suche“ 2, "on
  the sixth day of operations" 6, "were called off on the ninth day" 9, "the first survivor
  found since Friday" 1, "after about 14 hours" 14 hours "about"; "three days of national
  mourning" 3 days (two-hundred-and-ninety-first: „eine dreitägige Staatstrauer“), „den
  Notstand für 60 Tage“ 60 days, "a provincial state of emergency for 30 days" 30 days, "a
  six-month state of emergency" 6 months (hundred-thirty-fifth: "a 60-day state of
  emergency"). New: "On Day 4 of the search" is ordinal 4 - a figure after the capitalised
  "Day" names the day of the search in order, as "day three" of a match
  (two-hundred-and-sixty-sixth) and "Game 5" of a series (hundred-eighty-second). New: „An
  Tag fünf der Suche“ is ordinal 5 - the German form of the same, the number word after
  „Tag“ naming the fifth day, not a count of days.
- Check-worthy without a figure (hundred-thirty-fifth, hundred-sixty-ninth,
  two-hundred-and-twelfth, two-hundred-and-ninety-first): roads closed („Die Landesstraße
  zwischen Ischgl und Galtür bleibt mindestens bis Montagfrüh gesperrt.“ - „mindestens“
  before a weekday bounds no figure -, „Die Kantonsstrasse nach Ried-Brig wurde gesperrt“),
  a curfew "from 9 p.m. to 6 a.m." (clock times none), villagers digging by hand ("he said",
  a pronoun, unchecked), the airport's suspended flights, a whole Land declared a disaster
  area, a dyke breached and a hospital cleared, "no abnormalities" at a nuclear plant,
  „Verletzt wurde nach ersten Erkenntnissen niemand“, a debris flow that killed „eine
  Pensionistin“ (an article, seventeenth), Wolkenhauer's Konjunktiv I cause and arson
  inquiry, and the government's stated refusal of compulsory insurance (hundred-sixty-ninth:
  a government's stated step). „Seit Anfang Januar hat sich die Bewegung des Hangs ...
  verfünffacht“ is check-worthy and carries no quantity - a verb of multiplying gives none,
  as „verdoppeln“, "halve" and "triple" (two-hundred-and-forty-fourth,
  two-hundred-and-seventy-sixth).
- Magnitudes, depths, distances, scales and levels are counts (fourth, ninety-ninth,
  hundred-thirty-fifth, two-hundred-and-twelfth, two-hundred-and-ninety-first): „der Stärke
  5,9“, „der Magnitude 4,4“, "A magnitude 6.2", "A magnitude 7.1", "up to magnitude 6"
  "up_to"; "about 35 km north ..., at a depth of 10 km (6 miles)" 35 "about", 10 and 6 (the
  converted figure in brackets with no hedge, eightieth), „rund 20 Kilometer ... etwa 15
  Kilometern“, „rund fünf Kilometer ... etwa sieben Kilometern“ "about"; "lower 6 on the
  seven-level Japanese intensity scale" 6 and 7 ("lower" none, hundred-thirty-fifth and
  two-hundred-and-ninety-first), „die Warnstufe 4 auf der fünfteiligen Skala“ 4 and 5
  (hundred-sixty-ninth), „die höchste Meldestufe 4“, „die höchste Alarmstufe 4“, „die
  höchste Waldbrandwarnstufe 5“, "its national preparedness level to 5, the highest on its
  five-level scale" 5 and 5 (the number word heading the compound, hundred-twenty-sixth);
  „B111“ and „Super-Puma“ none (a road and a type named, hundred-sixty-ninth). New: "a
  magnitude-4.9 jolt" is count 4.9 - the magnitude written as a hyphenated compound keeps
  its figure, as "a 40-km stretch" (two-hundred-and-ninety-first) and the
  hundred-fifteenth's „Zehn-Kilometer-Sperrzone“.
- Readings are counts of the figure as written (hundred-thirty-fifth, hundred-sixty-ninth,
  two-hundred-and-twelfth, two-hundred-and-ninety-first): rain („bis zu 140 Liter Regen pro
  Quadratmeter“ and „bis zu 250 Millimeter“ "up_to", „mehr als 300 Liter Regen pro
  Quadratmeter“ "over", „184 Millimeter“, „112 Millimeter“, "more than 300 mm", "more than
  150 mm" and "more than 5 inches" "over", "Some 87 mm" "about" - "Some areas" hedges no
  figure -; „pro Quadratmeter“ none), snow („bis zu 90 Zentimeter Neuschnee“, "up to 5 feet
  of snow" "up_to"), water („auf 10,42 Meter“, „bei rund 4,50 Meter“ "about", „bei 8,50
  Metern“ no hedge - hundred-sixty-ninth: „ab 8,50 Metern“ -, „einen Pegelstand von 4,86
  Metern, rund 1,3 Meter mehr als beim Hochwasser 2002“ 4.86, 1.3 "about" and 2002 - „mehr
  als“ after the figure compares -, „einen Pegelstand von 6,42 Metern ..., mehr als das
  Doppelte des Normalwerts“ 6.42 and 2 "over" (two-hundred-and-twelfth: „das Doppelte“),
  „bei etwa 6,20 Metern“ "about", „um zehn Zentimeter pro Stunde“ 10 and „um bis zu 40
  Zentimeter pro Tag“ 40 "up_to" - „um“ before a difference no hedge, „pro Stunde“ and „pro
  Tag“ none as "a day" (hundred-sixty-ninth) -, "5.26 metres ..., well above its flood mark
  of 3 metres" 5.26 and 3 ("well above its" before the article no hedge,
  hundred-thirty-fifth), "rose nearly 15 feet in six hours and crested at 28.4 feet, about 4
  feet above major flood stage" 15 "nearly", 6 hours, 28.4 and 4 "about", "to peak at about
  5.4 metres ..., close to its 2000 record" 5.4 "about" and the year (hundred-sixty-ninth:
  "its 2020 record"), "tsunami waves of up to 60 cm" "up_to", „rund 450 Kubikmeter Wasser
  pro Sekunde“ 450 "about" - „zeitweise“ no hedge, „pro Sekunde“ none -), heat and wind
  („auf 42,8 Grad“, "41C", "winds of up to 70 km/h" "up_to"). Heights and lengths: „ab 2.000
  Metern“ 2,000 („ab“ no hedge), „in rund 2.600 Metern Seehöhe und ... etwa 300 Meter
  breit“, "about 3,900 meters (12,800 feet)" 3,900 "about" and 12,800, "about 600 metres
  wide", "a 400-km stretch", "a 200-meter (650-foot) stretch" 200 and 650 (the figures in
  hyphenated compounds, the converted one in brackets), „auf einer Länge von rund zwei
  Kilometern“, „einen Abstand von mindestens 500 Metern“ "at_least", „rund 1,2 Millionen
  Kubikmeter Fels“ 1,200,000 "about"; burnt areas in hectares („rund 160 Hektar“, „mehr als
  115.000 Hektar“ - „bislang“ no hedge -, "more than 26,000 hectares", "about 3.1 million
  hectares", "about 7,400 hectares"). Multiples are counts with their hedges: "roughly three
  times the 10-year average" 3 "about" and 10 years (hundred-thirty-fifth: "nearly four
  times the 10-year average"), „fast viermal so viel ... wie im Schnitt der vergangenen 20
  Jahre“ 4 "nearly" and 20 years (hundred-thirty-fifth: „fast doppelt so viel wie im Schnitt
  der vergangenen 15 Jahre“).
- Evacuees, rescued, injured, crews and things are counts with their hedges (every batch):
  „rund 160 Personen“, „Rund 280 Personen“, „rund 1.800 Anwohner“, „Rund 2.300 Obdachlose“,
  „Rund 31.000 Menschen“, „rund 12.000 Menschen“, „rund 1.900 Gebäude ... und 37 Straßen“,
  „der 46 betroffenen Häuser“, "Nearly 16,000 people" "nearly", "More than 120,000 people
  ... in 281 municipalities", "more than 27,000 people", "14 First Nations communities", "11
  villages", "some 650 people ... from two beaches" 650 "about" and 2, "About 3,200
  residents", "more than 200 people", "35 people", "64 homes", "more than 60 homes", "about
  1,100 homes", "More than 2,800 homes ... about 1,200 head of livestock", "at least two
  buses" "at_least" ("several cars" none), "in at least 14 places" "at_least", "23 lines",
  "more than 140 flood warnings", "About 18,000 customers", „Rund 45.000 Haushalte“, „mehr
  als 40 Häuser ..., sechs davon schwer“, „In 14 Gemeinden“, „für 27 Gemeinden“, „über 8.000
  Einsätzen“ and „über 2600 Meldungen“ "over" (Swiss four digits, hundred-sixty-ninth),
  „rund 300 Schadenmeldungen“, "about 38,000 properties"; crews, aircraft and dogs („Rund 40
  Bergretter, drei Hubschrauber und vier Lawinenhunde“, „Mehr als 1.100 Einsatzkräfte ...
  rund 250.000 Sandsäcke“, „vier Super-Puma-Helikoptern und rund 150 Angehörigen“, „Rund 500
  Einsatzkräfte, vier Löschhubschrauber und zwei Löschflugzeuge“, „1.500 Soldaten“, „Rund
  600 Einsatzkräfte“, „Mehr als 23.000 Feuerwehrleute“, „rund 2.000 Einsatzkräfte und 14
  Hubschrauber“, "62 rescue teams and more than 1,200 tents", "About 1,400 firefighters,
  backed by 31 aircraft, ... 42 active blazes", "More than 70 soldiers and two sniffer
  dogs", "250 soldiers and three Hercules aircraft", "More than 480 firefighters, 17
  water-bombing planes and 12 helicopters", "two Canadair planes"), „23 Menschen“ arrested
  and "two men" arrested (two-hundred-and-ninety-first: an arrest), "Of the 211 fires ...,
  97", "one soldier" 1 ("one" before a noun, hundred-sixty-ninth: "One rain gauge"), "the
  remaining two" 2 (a definite group, forty-first), „zwei weitere Menschen“ 2 („weitere“ no
  hedge; „Ein Feuerwehrmann“ an article). None: "dozens", „Dutzende“, "hundreds of homes",
  "many of them", "most of them", "one of the fires", „eine der vermissten Personen“, „die
  beiden anderen Vermissten“, „mehrere Murgänge“, „mehrere Muren“ (seventeenth, forty-first,
  hundred-sixty-ninth).
- Ordinals and fractions (the issue; every batch): „ein vierter“ 4 (hundred-sixty-ninth: "A
  fourth skier"), „der dritte größere Waldbrand im Harz in diesem Sommer“ 3, "the third
  deadly flood in the region in five years" 3 and 5 years (two-hundred-and-twelfth: "for the
  second time in three years"), "the sixth straight year above $100 billion" 6 and 100
  billion dollars "over" (hundred-thirty-fifth: "the fifth year in a row above $100
  billion"), "in the first 24 hours" 1 and 24 hours (hundred-thirty-fifth: "in the first 48
  hours"). Fractions: "about a third of their yearly average" 0.3333 "about", "about a fifth
  of insured losses" 0.2 "about", „nur etwa jedes zweite Wohngebäude“ 0.5 "about" („nur“ no
  hedge, two-hundred-and-twelfth: „Nur etwa jedes zweite“). "the deadliest", "the
  costliest", „Stärker ... zuletzt“ none.
- Durations and ages (the issue: "fünfstündigen", "dreitägige"; every batch): „Binnen 48
  Stunden“, „Binnen 24 Stunden“, „Innert sechs Stunden“, „Innert zwei Stunden“, „binnen drei
  Stunden“, „binnen zwölf Stunden“ (no hedge), "in 24 hours", "in six hours", "in about
  three hours" and "about six hours after the quake" "about", "over three days" ("over"
  before a span no hedge), „für mindestens zwei Wochen“ 2 weeks "at_least"
  (hundred-sixty-ninth: „mindestens zwei Wochen“), „so viel wie sonst in anderthalb Monaten“
  1.5 months (two-hundred-and-twelfth: „gut anderthalb Monaten“), „so viel wie sonst in drei
  Monaten“ 3 months (two-hundred-and-ninety-first: „so viel wie sonst in zwei Monaten“), „im
  Schnitt etwa alle 18 Monate“ 18 months "about" („im Schnitt“ no hedge;
  hundred-sixty-ninth: „alle zwei bis drei Jahre“), „einem 1.000-jährlichen Hochwasser“
  1,000 years (hundred-sixty-ninth: „100-jährlichen“; two-hundred-and-ninety-first:
  „30-jährliches“), "in five years". Ages are durations in years („eine 79-jährige Frau“,
  „Die 81-Jährige“, "A 74-year-old man", "A 76-year-old woman"). None: weekdays and parts of
  days („am Samstag“, „bis Dienstagabend“, „am Sonntagabend“, „mindestens bis Montagfrüh“,
  "early on Tuesday", "before dawn on Friday", "at nightfall", "overnight", "by Tuesday
  morning"), clock times ("from 9 p.m. to 6 a.m."), „tagelangem“, „tagelangen“, „jahrelang“,
  „binnen Minuten“, „in wenigen Minuten“, „in den kommenden Tagen“, „Seit Beginn des
  Winters“, „im gesamten Winter davor“, „Seit Anfang Januar“, „seit Sonntag“, „seit
  Freitag“, „in diesem Sommer“, „in diesem Jahr“, „im Vorjahr“, „Für das kommende Jahr“,
  „noch in dieser Woche“, "in a week", "in an hour" (articles, hundred-sixteenth), "days of
  heavy rain", "years of promised flood defences", "so far this season", "over the next
  week", "this year", "a year earlier", "a year", "later in the week", "in October", "since
  Friday".
- Money in the currency written (every batch): EUR („zunächst 1,5 Millionen Euro“ -
  „zunächst“ no hedge -, „bis zu 5.000 Euro pro betroffenem Haushalt und 200 Millionen Euro“
  5,000 "up_to" and 200 million, „25 bis 30 Millionen Euro“ both - the scale word written
  once serves the earlier figure, hundred-forty-ninth -, „um 1 Milliarde Euro“, „rund 6,1
  Milliarden Euro“, „etwa 2,3 Milliarden Euro“ - „Allein“ no hedge -, „rund 2,6 Milliarden
  Euro ... 3,5 Milliarden Euro“ the hedge on the first only, „mindestens 5 Milliarden Euro“
  "at_least"), CHF („2,5 Millionen Franken“, „vorläufig auf 35 bis 50 Millionen Franken“
  both, „vorläufig“ no hedge), BRL ("at least 22 billion reais ($4.3 billion)" 22 billion
  "at_least" and 4.3 billion USD, "50.9 billion reais", "5,100 reais per family" - "per
  family" none; hundred-thirty-fifth), PKR ("2 billion Pakistani rupees ($7.1 million)";
  hundred-thirty-fifth), AUD ("an initial A$2.5 million" - "initial" no hedge), GBP ("grants
  of up to 500 pounds" "up_to"), USD ("an estimated $127 billion" "about", "above $100
  billion" "over", "$316 billion from $292 billion", "more than $9 billion" "over" -
  "together" no hedge -, "about $3.2 billion" "about"); the converted figure in brackets
  carries no hedge from outside them (eightieth). New: „2 Milliarden Zloty (rund 470
  Millionen Euro)“ gives 2 billion PLN with no hedge and 470 million EUR "about" - a hedge
  written inside the brackets belongs to the converted figure alone, as „umgerechnet rund“
  hedges the converted sum (hundred-thirty-fifth) and leaves the zloty as written.
- Percentages, years and dates: „ein Plus von knapp 40 Prozent gegenüber dem Vorjahr“ 40
  "nearly", "about 40% more rain than normal" 40 "about" ("more" after the figure compares),
  "about 63% of economic losses" "about", "by 4% to 6% a year" both with no hedge ("a year"
  none); years „seit 2013“, "since 2017", „beim Hochwasser 2002“, „unter dem Rekordjahr
  2021“, „zuletzt 1971“ („zuletzt“ no hedge), "its 2000 record". Reuters datelines with a
  day are dates without a year ("TEHRAN, Jan 27" --01-27, "SANTIAGO, Feb 4" --02-04, "PORTO
  ALEGRE, Brazil, May 6" --05-06 with the country between city and day, "OTTAWA, June 12"
  --06-12, "ISLAMABAD, Aug 19" --08-19, "TOKYO, Sept 9" --09-09, "LONDON, Oct 28" --10-28,
  "ZURICH, Dec 10" --12-10; hundred-thirty-fifth, two-hundred-and-ninety-first); APA
  („Innsbruck (APA) -“, „Klagenfurt (APA) -“, „St. Pölten (APA) -“), Keystone-SDA, dpa
  („Passau (dpa/lby) -“, „Wernigerode (dpa/sa) -“, „Breslau (dpa) -“, „Berlin (dpa) -“), AFP
  German („Tirana (AFP) -“, „Madrid (AFP) -“, „Paris (AFP) -“), AFP English ("PORT MORESBY
  (AFP) -", "ATHENS (AFP) -") and AP ("SRINAGAR, India (AP) —", "CHARLESTON, W.Va. (AP) —",
  "BOGOTA, Colombia (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "some", "Some", "an estimated" "about"; „knapp“, „fast“, "nearly", "Nearly" "nearly";
  „mehr als“, „Mehr als“, „über“, "more than", "More than", "above" before a figure "over";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least", "At least" "at_least". No hedge:
  „zunächst“, „bislang“, „bereits“, „zeitweise“, „vorläufig“, „derzeit“, „Allein“,
  „weitere“, „zuletzt“, „nur“, „im Schnitt“, „innert“, „binnen“, „ab“, „bei“, „um“ before a
  difference, "initial", "alone", "together", "still", "well above its", "close to its",
  "more" and „mehr als“ after a figure, "above" after a figure, "over" before a span, and
  "to" and „bis“ between two figures.
- Speakers, checked only in forms the earlier batches settled: „nach Angaben der Polizei“ ->
  "die Polizei", „nach Angaben der Behörden“ -> "die Behörden" (the issue), „nach Angaben
  des Deutschen Wetterdienstes“ -> "der Deutsche Wetterdienst" and „nach Angaben des
  Innenministeriums“ -> "das Innenministerium" (the source in the nominative, also where the
  police act in the row; hundred-thirty-fifth, two-hundred-and-ninety-first), „teilte
  GeoSphere Austria mit“ -> "GeoSphere Austria" (a name without an article as written,
  hundred-sixty-ninth), „teilte das Bundesamt für Umwelt (Bafu) mit“ without the
  abbreviation in brackets, „teilte das Gesundheitsministerium mit“, „teilte der
  Hydrographische Dienst mit“, „teilte das Landesamt für Umwelt mit“
  (two-hundred-and-forty-fourth, two-hundred-and-twelfth), „wie MeteoSchweiz mitteilte“ ->
  "MeteoSchweiz" and „wie der Schweizerische Erdbebendienst mitteilte“ -> "der
  Schweizerische Erdbebendienst" (two-hundred-and-twelfth, two-hundred-and-ninety-first:
  „wie das Auswärtige Amt mitteilte“), „wie der GDV am Dienstag mitteilte“ -> "der GDV" (the
  abbreviation with its article and the weekday dropped, hundred-sixty-ninth: "das BSH";
  three-hundred-and-twenty-fourth: „wie die EZB am Donnerstag mitteilte“), „sagte
  Meteorologe Fabio Cattaneo“, „sagte Landrätin Heike Wolkenhauer“ and „sagte Seismologin
  Nadine Zogg“ the name with the title dropped, „Landeshauptfrau Martina Höllwarth sagte,
  ...“, „Innenminister Laurent Dufresnoy sagte, ...“ and „GDV-Hauptgeschäftsführerin Annette
  Krüwel sagte, ...“ the name (hundred-eightieth). English: "the U.S. Geological Survey
  said", "the Canadian Interagency Forest Fire Centre said", "the National Weather Service
  said", "the National Disaster Management Authority said", "the Japan Meteorological Agency
  said", "the Fire and Disaster Management Agency said", "the Environment Agency said" and
  "the Met Office said" with their article (two-hundred-and-twelfth,
  two-hundred-and-ninety-first), "Conaf said" as written (two-hundred-and-twelfth: "FEMA
  said"), "Swiss Re said on Wednesday" with the weekday dropped (two-hundred-and-twelfth),
  "police said" -> "police" (twice; seventeenth), names with the role before them dropped
  ("Emergency Management Minister Colleen Desjarlais", "fire brigade spokeswoman Ioanna
  Kalogeraki", "Chief economist Lukas Tschirky"), "Gov. Dale Hartsock said Sunday" -> "Dale
  Hartsock" (hundred-eleventh: "Gov. Dwayne Harrick said"; the weekday dropped),
  "Vasconcellos told reporters" and "Yelland said ..." opening the row the surname
  (three-hundred-and-fifty-sixth: "Asante-Boateng told reporters"). Left unchecked (None):
  all negatives, also those with a named speaker; roles ("a provincial official told state
  television", "an army spokesperson said", "a provincial rescue official said", "the
  provincial administrator told AFP"), pronouns ("he said", "it said"), plural groups
  ("officials said", "local officials said", "Manitoba officials said", "Provincial
  officials put ..., saying", "prosecutors said"; forty-first), a possessive ("Iran's Red
  Crescent said", "its foreign ministry said"), descriptions before a name ("The forestry
  agency Conaf said", "the weather agency Ideam", „teilte der Wetterdienst Météo-France
  mit“; fortieth), firms ("Shikoku Electric Power said", "Network Rail said";
  two-hundred-and-twelfth), "state media reported", the IOM's estimate ("said ... it now
  estimated"), data and documents ("according to city figures", "according to
  PowerOutage.us", "Satellite images ... showed"), verbs of counting, measuring, estimating,
  correcting and announcing („meldete der Landkreis“, „meldete das Landesfeuerwehrkommando“,
  „korrigierte das Innenministerium“, „Der Kanton schätzt“, „verzeichnet“, „rechnet“,
  „kündigte an“, „bezifferte“, „stellte die Kantonspolizei ... ein“, „hatte ... ausgegeben“,
  "The Environment Agency estimated", "The fire centre raised", "Hartsock issued",
  "Seismologists logged"), „Nach Angaben des kantonalen Führungsstabs“ (an adjective heading
  the source, two-hundred-and-twelfth: „Laut dem kantonalen Führungsstab“), „gemäss der
  Gemeinde“ (two-hundred-and-ninety-first), „nach Messungen des Kantons“, „nach einer
  Zählung des Katastrophenschutzes“, „Nach Schätzungen der Wojewodschaft Niederschlesien“
  and „Nach vorläufigen Daten von GeoSphere Austria“ (hundred-sixty-ninth: „nach vorläufigen
  Daten“). As the two-hundred-and-twelfth and two-hundred-and-ninety-first batches did, and
  to keep the checked speakers near 35, this batch also leaves unchecked forms it could have
  checked or that no batch settled alike: "the interior ministry said", "the ministry said",
  "the army said", "the authority said", "the reinsurer said", "the fire brigade said", "the
  regional weather office said", "the national disaster agency said", "The agency said"
  (twice; bodies by a common noun) and „wie die Präfektur mitteilte“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_363 = [
    # --- Lawinenunglück im Paznaun (APA), Jänner ---
    ("de", "Innsbruck (APA) - Bei einem Lawinenabgang im Tiroler Paznaun sind am Samstag drei Skitourengeher ums Leben gekommen, ein vierter wurde schwer verletzt.", True, [("count", 3, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Der Lawinenwarndienst hatte für Lagen ab 2.000 Metern die Warnstufe 4 auf der fünfteiligen Skala ausgegeben.", True, [("count", 2000, None, None), ("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Das Schneebrett löste sich nach Angaben der Polizei in rund 2.600 Metern Seehöhe und war etwa 300 Meter breit.", True, [("count", 2600, None, "about"), ("count", 300, None, "about")], "die Polizei"),
    ("de", "Rund 40 Bergretter, drei Hubschrauber und vier Lawinenhunde standen im Einsatz.", True, [("count", 40, None, "about"), ("count", 3, None, None), ("count", 4, None, None)], None),
    ("de", "Binnen 48 Stunden fielen im hinteren Paznaun bis zu 90 Zentimeter Neuschnee, teilte GeoSphere Austria mit.", True, [("duration", 48, "hour", None), ("count", 90, None, "up_to")], "GeoSphere Austria"),
    ("de", "„Wer bei dieser Lage abseits der gesicherten Pisten unterwegs ist, setzt sein Leben aufs Spiel“, sagte Sicherheitslandesrat Matthias Gstrein.", False, [], None),
    ("de", "Seit Beginn des Winters starben in Tirol damit 14 Menschen in Lawinen, im gesamten Winter davor waren es neun.", True, [("count", 14, None, None), ("count", 9, None, None)], None),
    ("de", "Der Bürgermeister von Galtür rief Tourengeher eindringlich dazu auf, vorerst ganz auf Touren im freien Gelände zu verzichten.", False, [], None),
    ("de", "Die Landesstraße zwischen Ischgl und Galtür bleibt mindestens bis Montagfrüh gesperrt.", True, [], None),
    # --- Earthquake in western Iran (Reuters), January ---
    ("en", "TEHRAN, Jan 27 (Reuters) - A magnitude 6.2 earthquake struck western Iran early on Tuesday, killing at least 23 people and injuring more than 400, state media reported.", True, [("date", "--01-27", None, None), ("count", 6.2, None, None), ("count", 23, None, "at_least"), ("count", 400, None, "over")], None),
    ("en", "Its epicentre was about 35 km north of Kermanshah, at a depth of 10 km (6 miles), the U.S. Geological Survey said.", True, [("count", 35, None, "about"), ("count", 10, None, None), ("count", 6, None, None)], "the U.S. Geological Survey"),
    ("en", "Iran's Red Crescent said it had sent 62 rescue teams and more than 1,200 tents to the worst-hit villages.", True, [("count", 62, None, None), ("count", 1200, None, "over")], None),
    ("en", "By evening the toll had risen to 41, with 17 people still missing under collapsed homes, a provincial official told state television.", True, [("count", 41, None, None), ("count", 17, None, None)], None),
    ("en", "“Whole families were asleep when the walls came down,” a villager told Reuters by telephone.", False, [], None),
    ("en", "Seismologists logged more than 180 aftershocks in the first 24 hours, among them a magnitude-4.9 jolt shortly before dawn.", True, [("count", 180, None, "over"), ("ordinal", 1, None, None), ("duration", 24, "hour", None), ("count", 4.9, None, None)], None),
    ("en", "Officials urged residents of damaged buildings to stay outdoors until engineers had inspected them.", False, [], None),
    ("en", "The government declared three days of national mourning.", True, [("duration", 3, "day", None)], None),
    ("en", "Interior Minister Davoud Rahimzadeh promised that the state would “stand by every family that lost a home”.", False, [], None),
    # --- Felssturzgefahr im Oberwallis (Keystone-SDA), Februar ---
    ("de", "Sitten (Keystone-SDA) - Wegen eines drohenden Felssturzes oberhalb von Ried-Brig sind am Mittwoch rund 160 Personen evakuiert worden.", True, [("count", 160, None, "about")], None),
    ("de", "Nach Angaben des kantonalen Führungsstabs bewegen sich rund 1,2 Millionen Kubikmeter Fels derzeit um bis zu 40 Zentimeter pro Tag talwärts.", True, [("count", 1200000, None, "about"), ("count", 40, None, "up_to")], None),
    ("de", "«Ein Abbruch in den kommenden Tagen ist wahrscheinlich», sagte Kantonsgeologe Beat Imboden.", False, [], None),
    ("de", "Die Kantonsstrasse nach Ried-Brig wurde gesperrt, der Postautobetrieb ist eingestellt.", True, [], None),
    ("de", "Die Bewohnerinnen und Bewohner der 46 betroffenen Häuser dürfen gemäss der Gemeinde für mindestens zwei Wochen nicht zurückkehren.", True, [("count", 46, None, None), ("duration", 2, "week", "at_least")], None),
    ("de", "Seit Anfang Januar hat sich die Bewegung des Hangs nach Messungen des Kantons verfünffacht.", True, [], None),
    ("de", "Viele Betroffene äusserten Unverständnis darüber, dass sie erst so spät informiert worden seien.", False, [], None),
    ("de", "Der Bund sagte der Gemeinde eine Soforthilfe von 2,5 Millionen Franken zu, teilte das Bundesamt für Umwelt (Bafu) mit.", True, [("money", 2500000, "CHF", None)], "das Bundesamt für Umwelt"),
    ("de", "Ob das Dorf je wieder dauerhaft bewohnbar sein wird, ist offen.", False, [], None),
    # --- Wildfires in central Chile (Reuters), February ---
    ("en", "SANTIAGO, Feb 4 (Reuters) - Wildfires in central Chile have killed 19 people and destroyed about 1,100 homes, the interior ministry said on Sunday.", True, [("date", "--02-04", None, None), ("count", 19, None, None), ("count", 1100, None, "about")], None),
    ("en", "The forestry agency Conaf said more than 26,000 hectares had burned in the Valparaiso region since Friday.", True, [("count", 26000, None, "over")], None),
    ("en", "Nearly 16,000 people were evacuated from hillside neighbourhoods of Viña del Mar, officials said.", True, [("count", 16000, None, "nearly")], None),
    ("en", "Authorities imposed a curfew from 9 p.m. to 6 a.m. in the worst-affected areas.", True, [], None),
    ("en", "The toll was later revised down to 17 after two victims were found to have been counted twice, the ministry said.", True, [("count", 17, None, None), ("count", 2, None, None), ("count", 2, None, None)], None),
    ("en", "“This is the worst tragedy our city has ever lived through,” Mayor Camila Fuenzalida told reporters.", False, [], None),
    ("en", "About 1,400 firefighters, backed by 31 aircraft, were battling 42 active blazes, Conaf said.", True, [("count", 1400, None, "about"), ("count", 31, None, None), ("count", 42, None, None)], "Conaf"),
    ("en", "Residents accused the government of having abandoned the hillside districts.", False, [], None),
    ("en", "Police arrested two men suspected of starting one of the fires, prosecutors said.", True, [("count", 2, None, None)], None),
    # --- Erdbeben in Nordalbanien (AFP), März ---
    ("de", "Tirana (AFP) - Ein Beben der Stärke 5,9 hat am Montagmorgen Nordalbanien getroffen, dabei sind nach Angaben der Behörden mindestens acht Menschen ums Leben gekommen.", True, [("count", 5.9, None, None), ("count", 8, None, "at_least")], "die Behörden"),
    ("de", "Das Epizentrum lag rund 20 Kilometer südöstlich von Shkodra in einer Tiefe von etwa 15 Kilometern.", True, [("count", 20, None, "about"), ("count", 15, None, "about")], None),
    ("de", "Mehr als 90 Menschen wurden verletzt, zwölf von ihnen schwer, teilte das Gesundheitsministerium mit.", True, [("count", 90, None, "over"), ("count", 12, None, None)], "das Gesundheitsministerium"),
    ("de", "Am Abend korrigierte das Innenministerium die Zahl der Toten von acht auf sieben, weil ein Opfer zweimal erfasst worden war.", True, [("count", 8, None, None), ("count", 7, None, None), ("count", 2, None, None)], None),
    ("de", "Rund 2.300 Obdachlose mussten die Nacht in Zelten oder Sporthallen verbringen.", True, [("count", 2300, None, "about")], None),
    ("de", "„Wir haben nur die Kinder gepackt und sind gerannt“, sagte eine Anwohnerin in Shkodra.", False, [], None),
    ("de", "Die Regierung rief für die Region den Notstand für 60 Tage aus.", True, [("duration", 60, "day", None)], None),
    ("de", "Die EU stellte über ihr Katastrophenschutzverfahren zunächst 1,5 Millionen Euro bereit.", True, [("money", 1500000, "EUR", None)], None),
    ("de", "Der Regierungschef sprach von einem „schwarzen Tag für ganz Albanien“.", False, [], None),
    # --- Avalanche at an army camp in Kashmir (AP), March ---
    ("en", "SRINAGAR, India (AP) — An avalanche swept through an army camp in northern Kashmir on Wednesday, killing four soldiers and leaving three others missing, officials said.", True, [("count", 4, None, None), ("count", 3, None, None)], None),
    ("en", "The camp sits at about 3,900 meters (12,800 feet) near the Line of Control, the de facto border with Pakistan.", True, [("count", 3900, None, "about"), ("count", 12800, None, None)], None),
    ("en", "More than 70 soldiers and two sniffer dogs joined the search, an army spokesperson said.", True, [("count", 70, None, "over"), ("count", 2, None, None)], None),
    ("en", "The area had received up to 5 feet of snow over three days, the regional weather office said.", True, [("count", 5, None, "up_to"), ("duration", 3, "day", None)], None),
    ("en", "Weather officials warned that more heavy snow was on the way.", False, [], None),
    ("en", "Rescuers pulled one soldier alive from the snow after about 14 hours.", True, [("count", 1, None, None), ("duration", 14, "hour", "about")], None),
    ("en", "The search for the remaining two was suspended at nightfall and will resume Thursday, the army said.", True, [("count", 2, None, None)], None),
    ("en", "“The mountain gave us no warning,” said a soldier who helped dig out his comrades.", False, [], None),
    ("en", "It was the deadliest avalanche in the region since 2017, when 15 soldiers were killed in a similar slide.", True, [("year", 2017, None, None), ("count", 15, None, None)], None),
    # --- Landslide in Enga province (AFP), May ---
    ("en", "PORT MORESBY (AFP) - A landslide buried part of a remote village in Papua New Guinea's Enga province before dawn on Friday, with at least 34 people feared dead, local officials said.", True, [("count", 34, None, "at_least")], None),
    ("en", "The slide, about 600 metres wide, flattened more than 60 homes and a primary school, the provincial administrator told AFP.", True, [("count", 600, None, "about"), ("count", 60, None, "over")], None),
    ("en", "Villagers were digging with shovels and bare hands because heavy machinery could not reach the site, he said.", True, [], None),
    ("en", "The International Organization for Migration said on Sunday it now estimated that about 670 people had been buried.", True, [("count", 670, None, "about")], None),
    ("en", "Provincial officials put the toll far lower, saying 41 bodies had been recovered by Monday.", True, [("count", 41, None, None)], None),
    ("en", "Aid workers said the scale of the disaster was “beyond anything” they had seen in the highlands.", False, [], None),
    ("en", "On Day 4 of the search, rescuers pulled a man alive from the debris, the first survivor found since Friday.", True, [("ordinal", 4, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Relatives said they feared the ground could give way again at any moment.", False, [], None),
    ("en", "Australia pledged an initial A$2.5 million in humanitarian aid, its foreign ministry said.", True, [("money", 2500000, "AUD", None)], None),
    # --- Floods in southern Brazil (Reuters), May ---
    ("en", "PORTO ALEGRE, Brazil, May 6 (Reuters) - Floods in southern Brazil have killed at least 57 people and left 74 missing, the state civil defense agency said on Monday.", True, [("date", "--05-06", None, None), ("count", 57, None, "at_least"), ("count", 74, None, None)], None),
    ("en", "The Guaiba river reached 5.26 metres in Porto Alegre on Sunday, well above its flood mark of 3 metres, according to city figures.", True, [("count", 5.26, None, None), ("count", 3, None, None)], None),
    ("en", "More than 120,000 people have had to leave their homes in 281 municipalities.", True, [("count", 120000, None, "over"), ("count", 281, None, None)], None),
    ("en", "Some areas received more than 300 mm of rain in a week, about a third of their yearly average.", True, [("count", 300, None, "over"), ("fraction", 0.3333, None, "about")], None),
    ("en", "Governor Renato Vasconcellos called the floods “the worst catastrophe in the history of our state.”", False, [], None),
    ("en", "Vasconcellos told reporters that rebuilding roads and bridges would cost at least 22 billion reais ($4.3 billion).", True, [("money", 22000000000, "BRL", "at_least"), ("money", 4300000000, "USD", None)], "Vasconcellos"),
    ("en", "The federal government announced an emergency package of 50.9 billion reais, including a one-off payment of 5,100 reais per family.", True, [("money", 50900000000, "BRL", None), ("money", 5100, "BRL", None)], None),
    ("en", "Meteorologists said more rain was likely later in the week.", False, [], None),
    ("en", "Porto Alegre's main airport suspended all flights indefinitely after its runway flooded.", True, [], None),
    # --- Hochwasser an der Donau (dpa/lby), Juni ---
    ("de", "Passau (dpa/lby) - Nach tagelangem Dauerregen ist die Donau in Passau auf 10,42 Meter gestiegen, der höchste Stand seit 2013.", True, [("count", 10.42, None, None), ("year", 2013, None, None)], None),
    ("de", "Der Normalwert an dem Pegel liegt bei rund 4,50 Meter, die höchste Meldestufe 4 beginnt bei 8,50 Metern.", True, [("count", 4.5, None, "about"), ("count", 4, None, None), ("count", 8.5, None, None)], None),
    ("de", "Binnen 24 Stunden fielen nach Angaben des Deutschen Wetterdienstes im Bayerischen Wald bis zu 140 Liter Regen pro Quadratmeter.", True, [("duration", 24, "hour", None), ("count", 140, None, "up_to")], "der Deutsche Wetterdienst"),
    ("de", "Am Vormittag stieg der Pegel zeitweise um zehn Zentimeter pro Stunde.", True, [("count", 10, None, None)], None),
    ("de", "Die Stadt rief den Katastrophenfall aus, rund 1.800 Anwohner der Altstadt mussten ihre Wohnungen verlassen.", True, [("count", 1800, None, "about")], None),
    ("de", "Mehr als 1.100 Einsatzkräfte von Feuerwehr, THW und Wasserwacht füllten seit Freitag rund 250.000 Sandsäcke.", True, [("count", 1100, None, "over"), ("count", 250000, None, "about")], None),
    ("de", "„So etwas wünscht man niemandem“, sagte ein Ladenbesitzer, während Helfer den Schlamm aus seinem Geschäft schaufelten.", False, [], None),
    ("de", "In Niederbayern kamen zwei Menschen ums Leben, eine 79-jährige Frau aus Vilshofen wird seit Sonntag vermisst.", True, [("count", 2, None, None), ("duration", 79, "year", None)], None),
    ("de", "Die Staatsregierung kündigte Soforthilfen von bis zu 5.000 Euro pro betroffenem Haushalt und 200 Millionen Euro für die Kommunen an.", True, [("money", 5000, "EUR", "up_to"), ("money", 200000000, "EUR", None)], None),
    ("de", "Der DWD rät Anwohnern, Keller und Tiefgaragen vorerst zu meiden.", False, [], None),
    # --- Murgänge im Bleniotal (Keystone-SDA), Juni ---
    ("de", "Bellinzona (Keystone-SDA) - Nach heftigen Gewittern sind im Bleniotal mehrere Murgänge niedergegangen, drei Personen werden vermisst.", True, [("count", 3, None, None)], None),
    ("de", "Innert sechs Stunden fielen an der Messstation in Olivone 184 Millimeter Regen, wie MeteoSchweiz mitteilte.", True, [("duration", 6, "hour", None), ("count", 184, None, None)], "MeteoSchweiz"),
    ("de", "Das sei so viel wie sonst in anderthalb Monaten, sagte Meteorologe Fabio Cattaneo.", True, [("duration", 1.5, "month", None)], "Fabio Cattaneo"),
    ("de", "Rund 280 Personen mussten ihre Häuser verlassen, die Strasse zum Lukmanierpass bleibt gesperrt.", True, [("count", 280, None, "about")], None),
    ("de", "Am zweiten Tag der Suche fanden Rettungskräfte eine der vermissten Personen tot auf.", True, [("ordinal", 2, None, None)], None),
    ("de", "An Tag fünf der Suche stellte die Kantonspolizei die Suche mit Hunden nach den beiden anderen Vermissten vorerst ein.", True, [("ordinal", 5, None, None)], None),
    ("de", "«Das Wasser hat in wenigen Minuten alles mitgerissen, was wir hatten», sagte ein Bewohner von Olivone.", False, [], None),
    ("de", "Die Armee stand mit vier Super-Puma-Helikoptern und rund 150 Angehörigen im Einsatz.", True, [("count", 4, None, None), ("count", 150, None, "about")], None),
    ("de", "Der Kanton schätzt die Schäden an Strassen und Brücken vorläufig auf 35 bis 50 Millionen Franken.", True, [("money", 35000000, "CHF", None), ("money", 50000000, "CHF", None)], None),
    ("de", "Der Staatsrat dankte allen Helferinnen und Helfern für ihren unermüdlichen Einsatz.", False, [], None),
    # --- Wildfires in Manitoba and Saskatchewan (Reuters), June ---
    ("en", "OTTAWA, June 12 (Reuters) - Wildfires have forced more than 27,000 people from their homes in Manitoba and Saskatchewan, officials said on Thursday, as dry, windy weather fanned dozens of blazes.", True, [("date", "--06-12", None, None), ("count", 27000, None, "over")], None),
    ("en", "Fires have scorched about 3.1 million hectares nationwide so far this season, roughly three times the 10-year average for this point in the year, the Canadian Interagency Forest Fire Centre said.", True, [("count", 3100000, None, "about"), ("count", 3, None, "about"), ("duration", 10, "year", None)], "the Canadian Interagency Forest Fire Centre"),
    ("en", "Of the 211 fires currently burning, 97 were classified as out of control.", True, [("count", 211, None, None), ("count", 97, None, None)], None),
    ("en", "Manitoba declared a provincial state of emergency for 30 days.", True, [("duration", 30, "day", None)], None),
    ("en", "Emergency Management Minister Colleen Desjarlais said 14 First Nations communities had been evacuated, many of them by air.", True, [("count", 14, None, None)], "Colleen Desjarlais"),
    ("en", "“We are asking people to be patient and to listen to fire crews,” Desjarlais said.", False, [], None),
    ("en", "The federal government sent 250 soldiers and three Hercules aircraft to help with evacuations.", True, [("count", 250, None, None), ("count", 3, None, None)], None),
    ("en", "Evacuees described driving through walls of smoke with flames on both sides of the highway.", False, [], None),
    ("en", "Two people died in the fire near Lac du Bonnet, Manitoba officials said.", True, [("count", 2, None, None)], None),
    ("en", "The fire centre raised its national preparedness level to 5, the highest on its five-level scale.", True, [("count", 5, None, None), ("count", 5, None, None)], None),
    # --- Waldbrand im Harz (dpa/sa), Juli ---
    ("de", "Wernigerode (dpa/sa) - Ein Waldbrand im Harz hat sich bis Dienstagabend auf rund 160 Hektar ausgeweitet.", True, [("count", 160, None, "about")], None),
    ("de", "Rund 500 Einsatzkräfte, vier Löschhubschrauber und zwei Löschflugzeuge waren im Einsatz, meldete der Landkreis.", True, [("count", 500, None, "about"), ("count", 4, None, None), ("count", 2, None, None)], None),
    ("de", "Die Brockenbahn stellte den Betrieb ein, etwa 300 Wanderer wurden vom Gipfel gebracht.", True, [("count", 300, None, "about")], None),
    ("de", "Wegen der Hitze und Trockenheit gilt im Harz die höchste Waldbrandwarnstufe 5.", True, [("count", 5, None, None)], None),
    ("de", "„Die Lage ist extrem angespannt, aber wir haben sie im Griff“, sagte Kreisbrandmeister Sven Oldenburg.", False, [], None),
    ("de", "Das Feuer sei an mehreren Stellen gleichzeitig ausgebrochen, die Polizei ermittle wegen Brandstiftung, sagte Landrätin Heike Wolkenhauer.", True, [], "Heike Wolkenhauer"),
    ("de", "Weil in dem Gebiet alte Munition vermutet wird, müssen die Einsatzkräfte einen Abstand von mindestens 500 Metern halten.", True, [("count", 500, None, "at_least")], None),
    ("de", "Ob das Feuer bis zum Wochenende gelöscht werden kann, vermochte niemand zu sagen.", False, [], None),
    ("de", "Es ist bereits der dritte größere Waldbrand im Harz in diesem Sommer.", True, [("ordinal", 3, None, None)], None),
    # --- Flash floods in southern West Virginia (AP), July ---
    ("en", "CHARLESTON, W.Va. (AP) — Flash flooding tore through southern West Virginia overnight, killing at least nine people and leaving dozens more unaccounted for, Gov. Dale Hartsock said Sunday.", True, [("count", 9, None, "at_least")], "Dale Hartsock"),
    ("en", "Some areas got more than 5 inches of rain in about three hours, the National Weather Service said.", True, [("count", 5, None, "over"), ("duration", 3, "hour", "about")], "the National Weather Service"),
    ("en", "The Guyandotte River rose nearly 15 feet in six hours and crested at 28.4 feet, about 4 feet above major flood stage.", True, [("count", 15, None, "nearly"), ("duration", 6, "hour", None), ("count", 28.4, None, None), ("count", 4, None, "about")], None),
    ("en", "Crews rescued more than 200 people from rooftops and cars, many of them by boat.", True, [("count", 200, None, "over")], None),
    ("en", "“It came up so fast we didn't even have time to grab our shoes,” said a resident of Logan County.", False, [], None),
    ("en", "Hartsock issued an emergency declaration covering 11 counties and asked the White House for federal disaster aid.", True, [("count", 11, None, None)], None),
    ("en", "About 18,000 customers were without power Sunday afternoon, according to PowerOutage.us.", True, [("count", 18000, None, "about")], None),
    ("en", "The governor urged residents to stay off flooded roads: “Turn around, don't drown.”", False, [], None),
    ("en", "It was the third deadly flood in the region in five years.", True, [("ordinal", 3, None, None), ("duration", 5, "year", None)], None),
    # --- Waldbrände in Nordwestspanien (AFP), August ---
    ("de", "Madrid (AFP) - Bei Waldbränden im Nordwesten Spaniens sind seit Sonntag mindestens vier Menschen ums Leben gekommen.", True, [("count", 4, None, "at_least")], None),
    ("de", "In Galicien und Kastilien-León brannten nach einer Zählung des Katastrophenschutzes bislang mehr als 115.000 Hektar Wald und Buschland nieder.", True, [("count", 115000, None, "over")], None),
    ("de", "Rund 31.000 Menschen mussten ihre Häuser verlassen, Dutzende Dörfer wurden geräumt.", True, [("count", 31000, None, "about")], None),
    ("de", "Die Regierung entsandte 1.500 Soldaten der militärischen Nothilfeeinheit UME in die Brandgebiete.", True, [("count", 1500, None, None)], None),
    ("de", "In Ourense stieg das Thermometer am Dienstag auf 42,8 Grad.", True, [("count", 42.8, None, None)], None),
    ("de", "Der Regionalpräsident von Galicien sprach von einer „Tragödie ohne Beispiel“.", False, [], None),
    ("de", "Die Polizei nahm nach Angaben des Innenministeriums bislang 23 Menschen wegen mutmaßlicher Brandstiftung fest.", True, [("count", 23, None, None)], "das Innenministerium"),
    ("de", "Das EU-Waldbrandinformationssystem Effis verzeichnet für Spanien in diesem Jahr fast viermal so viel verbrannte Fläche wie im Schnitt der vergangenen 20 Jahre.", True, [("count", 4, None, "nearly"), ("duration", 20, "year", None)], None),
    ("de", "Anwohner warfen den Behörden vor, die Wälder jahrelang vernachlässigt zu haben.", False, [], None),
    # --- Monsoon floods in Pakistan (Reuters), August ---
    ("en", "ISLAMABAD, Aug 19 (Reuters) - At least 327 people have been killed in rain-related incidents in Pakistan since the monsoon season began, the National Disaster Management Authority said.", True, [("date", "--08-19", None, None), ("count", 327, None, "at_least")], "the National Disaster Management Authority"),
    ("en", "The authority revised the toll down from an earlier 344 after some deaths in two provinces were found to have been recorded twice.", True, [("count", 344, None, None), ("count", 2, None, None), ("count", 2, None, None)], None),
    ("en", "In Khyber Pakhtunkhwa alone, 212 people died after cloudbursts dumped more than 150 mm of rain in an hour on some districts.", True, [("count", 212, None, None), ("count", 150, None, "over")], None),
    ("en", "Rescuers in Buner district were still searching for about 40 people on the sixth day of operations, a provincial rescue official said.", True, [("count", 40, None, "about"), ("ordinal", 6, None, None)], None),
    ("en", "The prime minister said the floods were “a stark reminder of the climate injustice” facing his country.", False, [], None),
    ("en", "More than 2,800 homes have been damaged or destroyed and about 1,200 head of livestock lost, the authority said.", True, [("count", 2800, None, "over"), ("count", 1200, None, "about")], None),
    ("en", "The government has released 2 billion Pakistani rupees ($7.1 million) for relief in the worst-hit districts.", True, [("money", 2000000000, "PKR", None), ("money", 7100000, "USD", None)], None),
    ("en", "The Pakistan Meteorological Department said further downpours were expected across the north.", False, [], None),
    ("en", "The Karakoram Highway was blocked in at least 14 places by landslides.", True, [("count", 14, None, "at_least")], None),
    # --- Murenabgänge im Gailtal (APA), August ---
    ("de", "Klagenfurt (APA) - Nach schweren Unwettern sind in der Nacht auf Donnerstag im oberen Gailtal mehrere Muren abgegangen, eine Pensionistin kam ums Leben.", True, [], None),
    ("de", "Die 81-Jährige wurde in ihrem Haus in Kötschach-Mauthen von den Schlammmassen überrascht.", True, [("duration", 81, "year", None)], None),
    ("de", "Nach vorläufigen Daten von GeoSphere Austria fielen in Dellach binnen drei Stunden 112 Millimeter Regen.", True, [("duration", 3, "hour", None), ("count", 112, None, None)], None),
    ("de", "Rund 600 Einsatzkräfte standen im Einsatz, mehr als 40 Häuser wurden beschädigt, sechs davon schwer.", True, [("count", 600, None, "about"), ("count", 40, None, "over"), ("count", 6, None, None)], None),
    ("de", "In 14 Gemeinden gilt Zivilschutzalarm, die Gailtal Straße B111 ist auf einer Länge von rund zwei Kilometern verschüttet.", True, [("count", 14, None, None), ("count", 2, None, "about")], None),
    ("de", "Landeshauptmann Gerhard Pichorner sprach den Angehörigen der Toten sein Beileid aus.", False, [], None),
    ("de", "Pichorner kündigte an, den Katastrophenfonds des Landes zu öffnen, und bezifferte den Schaden vorläufig auf 25 bis 30 Millionen Euro.", True, [("money", 25000000, "EUR", None), ("money", 30000000, "EUR", None)], None),
    ("de", "Rund 120 Urlauber saßen im Lesachtal fest und wurden mit Hubschraubern des Bundesheeres ausgeflogen.", True, [("count", 120, None, "about")], None),
    ("de", "„Ich habe so etwas hier noch nie erlebt“, sagte ein Landwirt aus Dellach.", False, [], None),
    # --- Wildfire on Evia (AFP), August ---
    ("en", "ATHENS (AFP) - Strong winds drove a wildfire across northern Evia on Monday, forcing 11 villages to be evacuated, the fire brigade said.", True, [("count", 11, None, None)], None),
    ("en", "More than 480 firefighters, 17 water-bombing planes and 12 helicopters were deployed, fire brigade spokeswoman Ioanna Kalogeraki said.", True, [("count", 480, None, "over"), ("count", 17, None, None), ("count", 12, None, None)], "Ioanna Kalogeraki"),
    ("en", "Satellite images analysed by the EU's Copernicus service showed about 7,400 hectares had burned by Tuesday morning.", True, [("count", 7400, None, "about")], None),
    ("en", "Coastguard vessels evacuated some 650 people, most of them tourists, from two beaches.", True, [("count", 650, None, "about"), ("count", 2, None, None)], None),
    ("en", "“We watched the flames come down the hill and there was nothing we could do,” a hotel owner told AFP.", False, [], None),
    ("en", "A 74-year-old man was found dead in a burned-out house near Istiaia, police said.", True, [("duration", 74, "year", None)], "police"),
    ("en", "The civil protection minister said the country was facing “another summer of fire”.", False, [], None),
    ("en", "Temperatures were forecast to reach 41C on Wednesday, with winds of up to 70 km/h.", True, [("count", 41, None, None), ("count", 70, None, "up_to")], None),
    ("en", "Greece has requested two Canadair planes from Italy through the EU's civil protection mechanism.", True, [("count", 2, None, None)], None),
    ("en", "Villagers accused the government of leaving them to fend for themselves.", False, [], None),
    # --- Hochwasser in Niederösterreich (APA), September ---
    ("de", "St. Pölten (APA) - Nach tagelangen Regenfällen ist ganz Niederösterreich am Sonntag zum Katastrophengebiet erklärt worden.", True, [], None),
    ("de", "Im Waldviertel wurden seit Donnerstag örtlich mehr als 300 Liter Regen pro Quadratmeter gemessen, teilte der Hydrographische Dienst mit.", True, [("count", 300, None, "over")], "der Hydrographische Dienst"),
    ("de", "Der Kamp erreichte in Zwettl einen Pegelstand von 4,86 Metern, rund 1,3 Meter mehr als beim Hochwasser 2002.", True, [("count", 4.86, None, None), ("count", 1.3, None, "about"), ("year", 2002, None, None)], None),
    ("de", "Landeshauptfrau Martina Höllwarth sagte, rund 1.900 Gebäude seien evakuiert und 37 Straßen gesperrt worden.", True, [("count", 1900, None, "about"), ("count", 37, None, None)], "Martina Höllwarth"),
    ("de", "Mehr als 23.000 Feuerwehrleute standen bei über 8.000 Einsätzen im Einsatz, meldete das Landesfeuerwehrkommando.", True, [("count", 23000, None, "over"), ("count", 8000, None, "over")], None),
    ("de", "Ein Feuerwehrmann kam bei einem Einsatz in Tulln ums Leben, zwei weitere Menschen starben in ihren Häusern.", True, [("count", 2, None, None)], None),
    ("de", "„Niemand wird mit dem Schaden allein gelassen“, versprach Höllwarth bei einem Lokalaugenschein.", False, [], None),
    ("de", "Der Bund stockt den Katastrophenfonds um 1 Milliarde Euro auf.", True, [("money", 1000000000, "EUR", None)], None),
    ("de", "Der Wienfluss führte zeitweise rund 450 Kubikmeter Wasser pro Sekunde, was einem 1.000-jährlichen Hochwasser entspricht.", True, [("count", 450, None, "about"), ("duration", 1000, "year", None)], None),
    ("de", "Umweltschützer warfen dem Land vor, zu viele Flächen versiegelt zu haben.", False, [], None),
    # --- Earthquake off Shikoku (Reuters), September ---
    ("en", "TOKYO, Sept 9 (Reuters) - A magnitude 7.1 quake shook Japan's southwestern coast on Tuesday evening, triggering tsunami waves of up to 60 cm, the Japan Meteorological Agency said.", True, [("date", "--09-09", None, None), ("count", 7.1, None, None), ("count", 60, None, "up_to")], "the Japan Meteorological Agency"),
    ("en", "Shaking reached lower 6 on the seven-level Japanese intensity scale in parts of Kochi prefecture.", True, [("count", 6, None, None), ("count", 7, None, None)], None),
    ("en", "At least 14 people were hurt, mostly by furniture and falling shelves, the Fire and Disaster Management Agency said.", True, [("count", 14, None, "at_least")], "the Fire and Disaster Management Agency"),
    ("en", "Shikoku Electric Power said it had found no abnormalities at its Ikata nuclear plant.", True, [], None),
    ("en", "About 3,200 residents spent the night in evacuation centres after a tsunami warning was issued for a 400-km stretch of coast.", True, [("count", 3200, None, "about"), ("count", 400, None, None)], None),
    ("en", "Chief Cabinet Secretary Takumi Okabe urged residents to stay away from the coast until all warnings had been lifted.", False, [], None),
    ("en", "All tsunami advisories were lifted about six hours after the quake.", True, [("duration", 6, "hour", "about")], None),
    ("en", "The agency said aftershocks of up to magnitude 6 were possible over the next week.", True, [("count", 6, None, "up_to")], None),
    ("en", "Seismologists declined to speculate on any link between the quake and the Nankai Trough.", False, [], None),
    # --- Hochwasser an der Oder (dpa), September ---
    ("de", "Breslau (dpa) - Die Oder hat in Breslau einen Pegelstand von 6,42 Metern erreicht, mehr als das Doppelte des Normalwerts.", True, [("count", 6.42, None, None), ("count", 2, None, "over")], None),
    ("de", "Nach Schätzungen der Wojewodschaft Niederschlesien mussten in der Region rund 12.000 Menschen ihre Häuser verlassen.", True, [("count", 12000, None, "about")], None),
    ("de", "Die Zahl der Toten in Polen stieg auf neun, in Tschechien starben fünf Menschen.", True, [("count", 9, None, None), ("count", 5, None, None)], None),
    ("de", "In Nysa brach am Sonntagabend ein Deich, das Krankenhaus der Stadt wurde geräumt.", True, [], None),
    ("de", "Die Regierung in Warschau stellte 2 Milliarden Zloty (rund 470 Millionen Euro) als Soforthilfe bereit.", True, [("money", 2000000000, "PLN", None), ("money", 470000000, "EUR", "about")], None),
    ("de", "Bewohner berichteten von Sirenen mitten in der Nacht und von Wasser, das binnen Minuten durch die Straßen schoss.", False, [], None),
    ("de", "Der Scheitel der Welle wird am Mittwoch in Frankfurt (Oder) bei etwa 6,20 Metern erwartet, teilte das Landesamt für Umwelt mit.", True, [("count", 6.2, None, "about")], "das Landesamt für Umwelt"),
    ("de", "An der brandenburgischen Oder galt die höchste Alarmstufe 4.", True, [("count", 4, None, None)], None),
    ("de", "Brandenburgs Umweltminister zeigte sich zuversichtlich, dass die Deiche halten werden.", False, [], None),
    # --- Unwetter in Südostfrankreich (AFP), Oktober ---
    ("de", "Paris (AFP) - Bei schweren Unwettern im Südosten Frankreichs sind mindestens sechs Menschen ums Leben gekommen.", True, [("count", 6, None, "at_least")], None),
    ("de", "Im Département Var fielen binnen zwölf Stunden bis zu 250 Millimeter Regen, so viel wie sonst in drei Monaten, teilte der Wetterdienst Météo-France mit.", True, [("duration", 12, "hour", None), ("count", 250, None, "up_to"), ("duration", 3, "month", None)], None),
    ("de", "Innenminister Laurent Dufresnoy sagte, rund 2.000 Einsatzkräfte und 14 Hubschrauber seien im Einsatz.", True, [("count", 2000, None, "about"), ("count", 14, None, None)], "Laurent Dufresnoy"),
    ("de", "Mehr als 150 Menschen mussten von Dächern und aus Autos gerettet werden.", True, [("count", 150, None, "over")], None),
    ("de", "Die Zahl der Vermissten sank am Abend von elf auf vier, wie die Präfektur mitteilte.", True, [("count", 11, None, None), ("count", 4, None, None)], None),
    ("de", "Der Staatspräsident bekundete den Familien der Opfer sein tiefes Mitgefühl.", False, [], None),
    ("de", "Rund 45.000 Haushalte waren zeitweise ohne Strom.", True, [("count", 45000, None, "about")], None),
    ("de", "Die Regierung will für 27 Gemeinden noch in dieser Woche den Katastrophenzustand ausrufen.", True, [("count", 27, None, None)], None),
    ("de", "Ob der Klimawandel die Unwetter verstärkt habe, wollte Dufresnoy nicht beurteilen.", False, [], None),
    # --- Floods in central England (Reuters), October ---
    ("en", "LONDON, Oct 28 (Reuters) - Heavy rain flooded hundreds of homes across central England, with more than 140 flood warnings in force on Monday, the Environment Agency said.", True, [("date", "--10-28", None, None), ("count", 140, None, "over")], "the Environment Agency"),
    ("en", "Some 87 mm of rain fell at Shap in Cumbria in 24 hours, the Met Office said.", True, [("count", 87, None, "about"), ("duration", 24, "hour", None)], "the Met Office"),
    ("en", "The River Severn at Bewdley was expected to peak at about 5.4 metres on Tuesday, close to its 2000 record.", True, [("count", 5.4, None, "about"), ("year", 2000, None, None)], None),
    ("en", "Network Rail said 23 lines were closed or disrupted and urged passengers not to travel.", True, [("count", 23, None, None)], None),
    ("en", "Environment Secretary Harriet Yelland said her thoughts were with everyone whose home had been flooded.", False, [], None),
    ("en", "Yelland said households hit by the floods could apply for grants of up to 500 pounds.", True, [("money", 500, "GBP", "up_to")], "Yelland"),
    ("en", "A 76-year-old woman died after her car was swept off a road near Hereford, police said.", True, [("duration", 76, "year", None)], "police"),
    ("en", "Residents in Tewkesbury said they felt forgotten after years of promised flood defences.", False, [], None),
    ("en", "The Environment Agency estimated that defences had protected about 38,000 properties.", True, [("count", 38000, None, "about")], None),
    # --- Erdbeben im Glarnerland (Keystone-SDA), November ---
    ("de", "Zürich (Keystone-SDA) - Weite Teile der Ostschweiz sind am Samstagmorgen von einem Erdbeben der Magnitude 4,4 erschüttert worden.", True, [("count", 4.4, None, None)], None),
    ("de", "Das Epizentrum lag rund fünf Kilometer südlich von Glarus in einer Tiefe von etwa sieben Kilometern, wie der Schweizerische Erdbebendienst mitteilte.", True, [("count", 5, None, "about"), ("count", 7, None, "about")], "der Schweizerische Erdbebendienst"),
    ("de", "Innert zwei Stunden gingen beim Erdbebendienst über 2600 Meldungen aus der Bevölkerung ein.", True, [("duration", 2, "hour", None), ("count", 2600, None, "over")], None),
    ("de", "Verletzt wurde nach ersten Erkenntnissen niemand, an Kaminen und Fassaden entstanden leichte Schäden.", True, [], None),
    ("de", "«Es hat geknallt, als wäre ein Lastwagen ins Haus gefahren», sagte eine Frau aus Schwanden.", False, [], None),
    ("de", "Stärker bebte die Erde im Glarnerland zuletzt 1971.", True, [("year", 1971, None, None)], None),
    ("de", "Beben dieser Stärke treten in der Schweiz im Schnitt etwa alle 18 Monate auf, sagte Seismologin Nadine Zogg.", True, [("duration", 18, "month", "about")], "Nadine Zogg"),
    ("de", "«Es gibt keinen Grund zur Panik», sagte Zogg.", False, [], None),
    ("de", "Die Glarner Sachversicherung rechnet mit rund 300 Schadenmeldungen.", True, [("count", 300, None, "about")], None),
    # --- Landslide on a Colombian highway (AP), November ---
    ("en", "BOGOTA, Colombia (AP) — A landslide triggered by days of heavy rain buried a section of highway in northwestern Colombia, killing at least 18 people, officials said Thursday.", True, [("count", 18, None, "at_least")], None),
    ("en", "Rescuers using dogs and heavy machinery pulled 35 people alive from the mud, the national disaster agency said.", True, [("count", 35, None, None)], None),
    ("en", "The slide buried at least two buses and several cars along a 200-meter (650-foot) stretch of the road between Medellín and Quibdó.", True, [("count", 2, None, "at_least"), ("count", 200, None, None), ("count", 650, None, None)], None),
    ("en", "By Saturday the toll had climbed to 27, with 12 people still missing.", True, [("count", 27, None, None), ("count", 12, None, None)], None),
    ("en", "“We heard a roar, and then the mountain just came down on top of us,” said a bus driver who escaped.", False, [], None),
    ("en", "The government declared a six-month state of emergency in Antioquia and Chocó.", True, [("duration", 6, "month", None)], None),
    ("en", "The region received about 40% more rain than normal in October, according to the weather agency Ideam.", True, [("percent", 40, "%", "about")], None),
    ("en", "Families waiting at the site complained that help had been slow to arrive.", False, [], None),
    ("en", "Search operations were called off on the ninth day.", True, [("ordinal", 9, None, None)], None),
    ("en", "The agency said 64 homes in a nearby village had been evacuated because of the risk of further slides.", True, [("count", 64, None, None)], None),
    # --- Schadensbilanz der Versicherer (dpa), Dezember ---
    ("de", "Berlin (dpa) - Stürme, Hagel und Hochwasser haben die deutschen Versicherer in diesem Jahr rund 6,1 Milliarden Euro gekostet, wie der GDV am Dienstag mitteilte.", True, [("money", 6100000000, "EUR", "about")], "der GDV"),
    ("de", "Das entspricht einem Plus von knapp 40 Prozent gegenüber dem Vorjahr, liegt aber weit unter dem Rekordjahr 2021.", True, [("percent", 40, "%", "nearly"), ("year", 2021, None, None)], None),
    ("de", "Allein das Juni-Hochwasser an der Donau schlug mit etwa 2,3 Milliarden Euro zu Buche.", True, [("money", 2300000000, "EUR", "about")], None),
    ("de", "Auf Sturm und Hagel entfielen rund 2,6 Milliarden Euro, auf Überschwemmungen und Starkregen 3,5 Milliarden Euro.", True, [("money", 2600000000, "EUR", "about"), ("money", 3500000000, "EUR", None)], None),
    ("de", "GDV-Hauptgeschäftsführerin Annette Krüwel sagte, nur etwa jedes zweite Wohngebäude sei gegen Elementarschäden versichert.", True, [("fraction", 0.5, None, "about")], "Annette Krüwel"),
    ("de", "„Wer heute nicht vorsorgt, zahlt morgen drauf“, sagte Krüwel.", False, [], None),
    ("de", "Eine Pflichtversicherung gegen Elementarschäden hat die Bundesregierung bislang abgelehnt.", True, [], None),
    ("de", "Verbraucherschützer halten eine Pflichtversicherung für längst überfällig.", False, [], None),
    ("de", "Für das kommende Jahr rechnet der Verband mit Schäden von mindestens 5 Milliarden Euro.", True, [("money", 5000000000, "EUR", "at_least")], None),
    # --- Swiss Re's year of catastrophes (Reuters), December ---
    ("en", "ZURICH, Dec 10 (Reuters) - Natural disasters caused an estimated $127 billion in insured losses worldwide this year, the sixth straight year above $100 billion, Swiss Re said on Wednesday.", True, [("date", "--12-10", None, None), ("money", 127000000000, "USD", "about"), ("ordinal", 6, None, None), ("money", 100000000000, "USD", "over")], "Swiss Re"),
    ("en", "Total economic losses, including uninsured damage, rose to $316 billion from $292 billion a year earlier.", True, [("money", 316000000000, "USD", None), ("money", 292000000000, "USD", None)], None),
    ("en", "Floods accounted for about a fifth of insured losses, the reinsurer said.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Wildfires in Chile and Canada together caused insured losses of more than $9 billion, it said.", True, [("money", 9000000000, "USD", "over")], None),
    ("en", "Chief economist Lukas Tschirky said about 63% of economic losses had not been insured.", True, [("percent", 63, "%", "about")], "Lukas Tschirky"),
    ("en", "“Losses of this size are the new normal, not an exception,” Tschirky said.", False, [], None),
    ("en", "The reinsurer expects insured losses to grow by 4% to 6% a year in real terms.", True, [("percent", 4, "%", None), ("percent", 6, "%", None)], None),
    ("en", "Analysts said the losses were likely to push up reinsurance prices at the January renewals.", False, [], None),
    ("en", "The costliest single event was the flooding in southern Brazil, with insured losses of about $3.2 billion.", True, [("money", 3200000000, "USD", "about")], None),
]
