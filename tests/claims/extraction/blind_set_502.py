"""Five-hundred-and-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Bauernverband“, „die
Landwirtschaftskammer“, „die Bauherrin“, „ein Sprecher von SBB Cargo“, "the analyst", "an
RFS spokesman", "organizers") or under made-up names that stand for no real holder (a
farmers' union's grain officer, a fruit adviser, a port's spokeswoman, a wine growers'
president, a project leader of a motorway bridge and one of a subway tunnel, a union's
spokeswoman, a city-climate researcher, a building economist, a timber engineer; a
meteorologist, a housing researcher, a crop tour leader, a roads agency's enforcement
manager, a motoring club's fuel spokesman, a builders' association economist, a hydrologist,
a livestock economist, an energy analyst and a fuel analyst at made-up firms, and farmers
and growers).

Names: Roswitha Eibensteiner-Quaye, Engelbert Kaltenegger-Boakye, Seraina Cadonau-Appiah,
Birte Lüdemann-Tetteh, Henrietta Wübbelmann-Danso, Leonore Hintermayr-Quarcoo, Volkmar
Strähle-Kwarteng, Anselm Gröneveld-Ampadu, Notburga Pölzl-Amankwah, Kerstin Hölzemann-Bekoe,
Ladina Fopp-Kwabena, Veronika Stanglmeier-Adjei, Ferdinand Wögerbauer-Addai and Hauke
Claussen-Yeboah; Perdita Aldersey-Mbeki, Vance Tolliver-Osei, Marcus Penhaligon-Eze, Kirrily
Pemberton-Ashworth, Wendell Fairbairn-Achebe, Gareth Llewellyn-Obi, Dale Oyelaran-Brekke,
Cormac Ellery-Nwankwo, Tamsin Keirnan-Oduya, Yesenia Trujillo-Banks, Hettie Farrow-Okonjo,
Rowena Castellane-Nduka, Garrison Mabry-Okwu and Eamon Drennan-Opoku are invented, and so
are the firms (Crossbeam Energy Analytics, Tallowgate Commodities, Cimarron Bend Ag
Advisors), with every unnamed farmer, grower, driver, resident, trader, haulier, planner,
operator, spokesman and official, the wooden tower's builder, the bridge's load and the
ship, the lorry and the pumpkin. Real states, bodies, firms, parties, places, roads and
media (München, Bayern, the Landesamt für Statistik, Franken, the Bauernverband, Graz, the
Oststeiermark, Gleisdorf, the Österreichische Hagelversicherung, the Landwirtschaftskammer,
Bern, the Branchenorganisation Milch, Switzerland Cheese Marketing, Emmentaler, Hamburg, the
Elbe, the HPA, Wiesbaden, Deutschland, the Statistisches Bundesamt, the Arbeitsgemeinschaft
für zeitgemäßes Bauen in Kiel, Wien, the Innere Stadt, GeoSphere Austria, the Donau and the
Alte Donau, the Wiener Grünen, Stuttgart, the Weinbauverband, Müller-Thurgau, Altdorf, the
Gotthard-Strassentunnel, the Bundesamt für Strassen (Astra), Erstfeld, Basel, Chiasso, the
Alpen-Initiative, SBB Cargo, Hamm, the Lippe, the A1, the Autobahn GmbH, the Steiermark,
Österreich, Bonn, the Bundesnetzagentur, Verdi, Baar ZG, Wolnzach, the Hallertau, the
Verband deutscher Hopfenpflanzer, Perle hops, the U5, the Wiener Linien, Büsum, the Nordsee,
the Wattenmeer, the Thünen-Institut, the Landesfischereiverband; London, England, Cambridge,
the Met Office, France, Network Rail, the East Coast Main Line, the Thames Valley, Kent,
Sussex, New York, AAA, California, Mississippi, the Energy Information Administration, the
Midwest, Texas, the Royal Institute of British Architects, the North East, Sydney, NSW, the
Bureau of Meteorology, ABARES, Condobolin, Chicago, Iowa, Nebraska, the Agriculture
Department, Stafford, the M6, Staffordshire, Warrington, the Driver and Vehicle Standards
Agency, Wales, St. Paul, the Minnesota State Fair, Anoka, Stearns County, the RAC,
Australia, the Australian Bureau of Statistics, the Housing Industry Association, Melbourne,
Las Vegas, Lake Mead, the Bureau of Reclamation, Hoover Dam, the Rockies, the Agriculture
and Horticulture Development Board, Lincolnshire, the Gulf of Mexico, Brent, BSEE, the
National Hurricane Center, Reuters, Bega, the NSW Rural Fire Service, Washington, the
Chicago Mercantile Exchange, Dublin, Teagasc, Kildare, Carlow, the Department of
Agriculture, and the datelines' cities) stand for the way wire copy names them; every
harvest, yield, area, volume, weight, length, speed, temperature, price, share, change, date
and quote here is invented, and where a real figure came to mind (a real harvest, a real hop
or wine crop, a real crop tour yield, a real reservoir level, a real pump price, a real
house size, a real record pumpkin, a real building permit count, a real summer mean, a real
tunnel count, a real shrimp catch) it was changed. Kept as the facts they are, because they
are definitions, rules or sizes of things rather than news: the 42 U.S. gallons (about 159
litres) of a barrel, the acre-foot of about 326,000 gallons or 1,233 cubic metres, the stone
of 6.35 kilograms, the old hundredweight („Zentner“) of 50 kilograms, the 40-foot
container's length of a little over twelve metres, width of 2.44 metres, volume of about 67
cubic metres and gross weight of 30.48 tonnes, the twelve-mile zone, the Gotthard road
tunnel's length of a little under 17 kilometres with its 80 km/h and 150-metre rules, the
44-tonne ceiling and the 50mph and 60mph limits of heavy lorries in England and Wales, the
national space standard's 79 square metres for a two-bedroom, four-person home on two
storeys and its 11.5 square metres and 2.75 metres for a double bedroom, the parcel
carriers' usual 31.5 kilograms and 120 x 60 x 60 centimetres, the thresholds of „Hitzetage“
(30 degrees) and „Tropennächte“ and tropical nights (20 degrees), the reference period 1991
to 2020, and the conversions between the units each row writes (a knot to 1.852 km/h, a
square metre to 10.76 sq ft, a hectare to 2.471 acres, a kilogram to 2.205 pounds, Celsius
to Fahrenheit).

Its weight: HARD NUMBER FORMS, twenty-fifth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth, four-hundred-and-forty-fifth, four-hundred-and-fifty-second,
four-hundred-and-sixtieth, four-hundred-and-seventy-fourth, four-hundred-and-eighty-second,
four-hundred-and-ninety-third and four-hundred-and-ninety-fourth batches were the first
twenty-four rounds, as the docstrings of the four-hundred-and-ninety-third and the
four-hundred-and-ninety-fourth list them, and the seventeenth weighed the same forms long
before them; their decisions are kept, those of the four-hundred-and-seventy-fourth - which
weighed old and foreign units named by word - first of all, beside the units the
fifty-seventh (energy systems in their units), the hundred-ninety-fourth and the
four-hundred-and-ninety-eighth (weather bulletins and extremes) and the
four-hundred-and-fifty-first and four-hundred-and-fifty-sixth (climate and farm copy)
settled) - three ordinary wire weeks, Monday, August 23, to Friday, September 10, 2027, as
30 short stories in date order with the German and English desks interleaved, each told as
wire copy runs it (a dateline lead, the figures, attributed claims, quotes, the other side),
this time weighing units and measures over ordinary building, logistics, weather, farming
and consumer news: the Bavarian grain harvest, late-summer heat in England, a hailstorm in
eastern Styria, U.S. gasoline before Labor Day, Swiss milk and cheese, England's shrinking
new homes, a giant container ship in Hamburg, drought in the NSW wheat belt, German
new-build floor space, a Midwest crop tour, Vienna's summer heat, an overloaded lorry on the
M6, the grape harvest in Baden-Württemberg, a state fair pumpkin, lorries through the
Gotthard, British pump prices, a bridge section rolled into place near Hamm, Australian
house sizes, the Styrian pumpkin seed harvest, Lake Mead, new rules for heavy parcels, the
British potato harvest, a wooden high-rise in Baar, oil and a Gulf storm, the hop harvest in
the Hallertau, an early bushfire near Bega, a tunnel boring machine for Vienna's U5, U.S.
beef and cattle, North Sea shrimpers and the Irish grain harvest. Half German (dpa with its
regional slugs "dpa/lby", "dpa/lno", "dpa/lsw" and "dpa/lnw", APA, Keystone-SDA; Austrian
„heuer“, „Aussendung“, „Anrainer“, „ab Hof“, Swiss „Strasse“, „gemäss“, „Baar ZG“, „1'100“,
„7'600“, „39'400“, „408'000“, „21'500“, „6'800“ and „6'900“ with the apostrophe, „Rappen“,
«» quotes, German „“ quotes, „m²“, „t/ha“, „km/h“, „°C“), half English (Reuters with dated
datelines, AP, PA, AAP; British "£", "p" for pence, "sq ft", "sq m", "HGVs", "carriageways",
"neighbours", "in old money", Irish "euros" and "tonnes an acre", Australian "paddocks",
"burnt", "squares", "quarter-acre block", "A$", U.S. "gallons", "acre-feet", "feet, inches",
"°F", "bushels", "cubic meters", "organizers"). Its weight is the forms the topic names, in
shapes the twenty-four earlier rounds used only thinly or not at all: areas („1,05 Millionen
Hektar“, „rund 4.800 Hektar“, „27.000 Hektar Rebfläche“, „gut 17.000 Hektar“, „91,6
Quadratmeter“, „141 m²“, „21'500 Quadratmetern Geschossfläche“, "73 square metres (786 sq
ft)", "64 sq m", "87 square metres, or roughly 936 sq ft", "91.2 million acres ..., or
roughly 36.9 million hectares", "118,000 hectares (291,600 acres)", "just under 25 squares",
"The quarter-acre block of about 1,000 square metres", "a 400-square-metre lot", "his 180
acres"); volumes („1,05 Millionen Hektolitern“, „gut 39 Hektoliter je Hektar“, „rund 1'100
Liter Milch“, „rund 58 Millionen Kubikmeter“ of building space, „rund 67 Kubikmeter“,
„23.000 Kubikmeter Beton“, „rund 420.000 Kubikmeter Aushub“, „je 15 Kubikmetern“, "almost
3,100 megalitres a day", "a typical 15-gallon tank", "a typical 55-litre family car", "16.9
million barrels a day", "roughly 8.3 million acre-feet", "about 326,000 gallons or 1,233
cubic meters", "42 U.S. gallons, or about 159 litres", "up to 15,000 litres"); speeds („96
km/h“, „höchstens zwölf Knoten ..., also gut 22 Kilometer pro Stunde“, „höchstens 4 km/h“,
„Tempo 80“, „mit vier bis fünf Knoten“, "60mph limits", "from 56mph", "50mph ... and 60mph",
"80 mph", "85 mph", "65 knots (75 mph)", "at 9 mph", "gusting to 70km/h"); weights („knapp
6,4 Millionen Tonnen“, „61 Dezitonnen je Hektar“, „7,4 t/ha“, „keine 45 Doppelzentner vom
Hektar“, „gut 90 Kilo“, „rund 7'600 Kilogramm“, „bis zu 30,48 Tonnen Gesamtgewicht“, „rund
1.350 Tonnen schweres“, „mehr als 3,5 Tonnen“, „über 3,5 Tonnen“, „die 40-Tönner“, „der
40-Tonnen-Klasse“, „mehr als 20 Kilogramm“, „ab 31,5 Kilogramm“, „4,1 Kilo“, „mehr als
820.000 Zentner, der Zentner zu 50 Kilo gerechnet“, „zehn, zwölf Kilo“, „800 Kilo“, "51.6
tonnes, more than 7 tonnes over the 44-tonne limit", "HGVs over 7.5 tonnes", "2,391 pounds",
"about 1,085 kilograms", "as much as 45 pounds a day", "a 1,918-pounder", "north of 2,000
pounds", "about 25.9 billion pounds", "948 pounds, or about 430 kilograms", "A 1,400-pound
fed steer", "A 25kg sack", "by the stone, about 6.35kg", "41 tonnes per hectare, or roughly
16.6 tonnes an acre", "45t/ha", "2.6t/ha", "3.1 tonnes an acre, or about 7.7 tonnes per
hectare"); temperatures („23,9 Grad“, „um 2,6 Grad wärmer“, „mindestens 30 Grad“, „nicht
unter 20 Grad“, „37,1 °C“, „von 31 auf 17 Grad“, „knapp 26 Grad, ... gut 27“, „bis zu sechs
Grad wärmer“, „Bei 35 Grad“, „über 22 Grad, rund 1,5 Grad über dem langjährigen Mittel“, „78
bis 84 Grad Oechsle“, "33.4C (92.1F)", "30-32C", "around 21C, above the 20C threshold",
"46C", "109°F (42.8°C)", "32.8C, about 12 degrees above", "a top of 35C", "by up to 15
degrees", "the low 30s"); lengths, heights and dimensions („399,9 Metern Länge und 61,3
Metern Breite“, „Ein 40-Fuß-Container ist gut zwölf Meter lang, 2,44 Meter breit“, „120 x 60
x 60 Zentimeter“, „bis 2 Meter Gurtmaß“, „je 2,5 x 12 Metern“, „ein 84 Meter hohes“,
„mindestens 4,70 Meter Durchfahrtshöhe“, „6,8 Metern Durchmesser“, „in bis zu 30 Metern
Tiefe“, „Zwölf-Seemeilen-Zone“, „bis zu fünf Zentimetern“, "no narrower than 2.75m", "2.4m
by 3m", "a 30-foot stretch ..., usually 30 inches", "a 3-foot by 3-foot square", "19 feet, 4
inches around", "The 40ft container", "1,041 feet above sea level", "another 9 feet or so",
"a 4ft x 4ft round bale", "65mm and above", "less than 40mm", "up to 60km a day", "about
4km", "up to 30m wide"); metric beside imperial in brackets and after "or"; glued units and
symbols ("33.4C", "92.1F", "60mph", "56mph", "70km/h", "2.75m", "40mm", "60km", "25kg",
"6.35kg", "65mm", "45t/ha", "40ft", "30-32C", „t/ha“, „m²“, „°C“); prices per unit („74,5
Rappen pro Kilogramm“, „rund 214 Euro“ for a tonne, „gut 6'900 Franken pro Quadratmeter“,
„um die 1,10 Euro“ a litre, „rund 7,80 Euro“ a kilo, „4,60 Euro“ a kilo, "$3.29" a gallon,
"138.4p a litre", "about £6.29 a gallon, or some $6.81 for the smaller U.S. gallon", "about
15.7p a mile", "£3,820 per square metre", "about A$2,450 a square metre", "up to A$420 a
tonne", "$6.21 a pound", "238.15 cents per pound", "6-1/4 cents to $4.12-3/4 a bushel",
"around 228 euros a tonne"); and the hedges around them („knapp“, „gut“, „rund“, „etwa“, „an
die“, „um die“, „über“, „mehr als“, „weniger als“, „bis zu“, „bis“, „ab“, „höchstens“,
„mindestens“, „keine“, „nicht unter“, "about", "around", "roughly", "some", "almost",
"nearly", "just under", "just over", "more than", "north of", "less than", "under", "below",
"up to", "as much as", "at least", "no narrower than", "and above", "or so", "a minimum of",
beside words that bound nothing: „im Schnitt“, „meist“, „zeitweise“, „allein“, „nur“, "an
average of", "usually", "just", "a record", "another", "probably", "to" before a figure,
"above the"). Speakers as such copy has them: a statistics office, a road office, a cheese
marketing body, a weather service, a motoring group, a motoring club, a hurricane centre, a
fire service and an agriculture department with "said", „mitteilte“ and „teilte ... mit“,
named spokespeople, economists, researchers, farmers, growers and project leaders with their
titles dropped, and beside them the forms left unchecked (roles, descriptions before a name,
data, figures, estimates, forecasts, statements, „wie aus ... hervorgeht“, „nach Angaben
der“, „nach Messungen des“, „nach Berechnungen der“, „gemäss“, „beziffert“, „veranschlagt“,
"according to", "estimated", "expects"). Negatives stand beside them - 55 rows, none with a
figure: rhetoric and feelings in quotes from a farmers' union officer, a meteorologist, a
fruit adviser, a fuel analyst, a dairy farmer, a housing researcher, a port spokeswoman, a
grain grower, a building economist, a crop tour leader, a city-climate researcher, a roads
enforcement manager, a wine growers' president, a pumpkin grower, a rail freight spokesman,
a fuel spokesman, a bridge project leader, a builders' economist, a pumpkin farmer, a
hydrologist, a union spokeswoman, a potato grower, a timber engineer, an energy analyst, a
fire service spokesman, a tunnel project leader, a livestock economist, a shrimper and a
tillage farmer, labels („sprach von“, „sprachen von“), complaints („klagten“), and views
told as reports ("Some drivers said ...", "Housebuilders said ...", "Farm groups said ...",
"Traders said ..." twice, "Hauliers said ...", "Drivers' groups said ...", "Some planners
said ...", "Marina operators said ...", "Residents said ...", "Feedlot operators said ...",
"Farmers said ..."), with idioms built on number words and units that count nothing („eine
Ernte mit zwei Gesichtern“, „jeder Zentimeter unter dem Kiel“, „Millimeterarbeit“, "the one
line in the family budget", "for once").

239 rows (118 German, 121 English), 55 negatives (28 German, 27 English), 184 check-worthy
rows of which 2 carry no figure (2 German, 0 English), 388 expected quantities (260 counts,
54 amounts of money - 17 USD, 15 EUR, 14 GBP, 5 CHF, 3 AUD -, 16 percentages - 16 in "%", 0
in percentage points "pp", 0 in basis points "bp" -, 14 durations - 4 in hours, 4 in years,
3 in days, 2 in weeks, 1 in minutes -, 14 fractions, 11 ordinals, 10 years, 9 dates - 0 with
a year, 9 without -; none of them in a negative), 35 checked speakers (17 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against the earlier batches; two firm names already in use (an analyst firm's and an
advisory firm's) were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported evaluation, label, feeling, view, complaint, piece of
  advice or piece of rhetoric is a negative with speaker None, also with a named speaker
  (seventh, ninety-eighth, four-hundred-and-fifth, four-hundred-and-fifty-second,
  four-hundred-and-sixtieth, four-hundred-and-seventy-fourth, four-hundred-and-ninety-third,
  four-hundred-and-ninety-fourth); a reported fact, figure, step, plan or forecast with a
  figure is check-worthy with its speaker, also in a quote (Eibensteiner-Quaye's yields,
  Kaltenegger-Boakye's net, Cadonau-Appiah's milk price, Wübbelmann-Danso's rooms,
  Hintermayr-Quarcoo's six degrees, Strähle-Kwarteng's early harvest, Pölzl-Amankwah's
  pumpkins, Hölzemann-Bekoe's sick leave, Fopp-Kwabena's five working days,
  Stanglmeier-Adjei's 35 degrees, Wögerbauer-Addai's nine metres, Claussen-Yeboah's catches,
  Mabry-Okwu's steer). Pairs from one speaker: Eibensteiner-Quaye's yields beside „ein
  Sommer zum Vergessen“, Kaltenegger-Boakye's net beside „könnte weinen“, Cadonau-Appiah's
  price beside „ein Durchhalten“, Lüdemann-Tetteh's bookings beside „Routine“,
  Pemberton-Ashworth's hectares beside "it breaks your heart", Wübbelmann-Danso's rooms
  beside „ein Traum, der ein Traum bleibt“, Fairbairn-Achebe's 200 bushels beside "the
  market knows it", Hintermayr-Quarcoo's degrees beside „Alltag“, Llewellyn-Obi's weighings
  beside "a battering ram on wheels", Strähle-Kwarteng's harvest beside „am Etikett“,
  Oyelaran-Brekke's pounds beside "you just pray", the SBB Cargo spokesman's third beside
  „bequem“, Ellery-Nwankwo's pence beside "rockets and feathers", Gröneveld-Ampadu's
  concrete beside „Millimeterarbeit“, Keirnan-Oduya's costs beside "frankly that's healthy",
  Pölzl-Amankwah's pumpkins beside „mit dem Wetter“, Trujillo-Banks's nine feet beside "a
  wet winter", Hölzemann-Bekoe's sick leave beside „kein Gabelstapler“, Farrow-Okonjo's
  irrigation beside "Chip shops will feel this", Fopp-Kwabena's floors beside „der
  ehrlichere Baustoff“, the RFS spokesman's lines beside "Don't wait", Wögerbauer-Addai's
  metres beside „im Blindflug“, Mabry-Okwu's steer beside "in no hurry", Claussen-Yeboah's
  catches beside „kein Dorf“ and Drennan-Opoku's barley beside "for once". Negatives
  otherwise: labels („Der Bauernverband sprach von ...“, „Die Landwirtschaftskammer sprach
  von ...“, „Die Bauernverbände sprachen von ...“, „Umweltverbände sprachen von ...“, „Die
  Bauwirtschaft sprach von ...“, „Die Wiener Grünen sprachen von ...“, „Der Weinbauverband
  sprach von ...“, „Die Alpen-Initiative sprach von ...“, „Die Kürbisbauern sprachen von
  ...“, „Die Gewerkschaft Verdi sprach von ...“, „Der Verband deutscher Hopfenpflanzer
  sprach von ...“, „Der Landesfischereiverband sprach von ...“), complaints („Anwohner
  klagten ...“, „Anrainer klagten ...“), advice naming no measure (the meteorologist's "Keep
  drinking water ...", the spokesman's "Don't wait ..."; three-hundred-and-sixtieth) and
  views told as reports (three-hundred-and-ninety-fifth, four-hundred-and-ninety-third:
  "Some drivers said ...", "Housebuilders said ...", "Farm groups said ...", "Traders said
  ..." twice, "Hauliers said ...", "Drivers' groups said ...", "Some planners said ...",
  "Marina operators said ...", "Residents said ...", "Feedlot operators said ...", "Farmers
  said ..."). Check-worthy without a figure (two-hundred-and-eighty-first,
  four-hundred-and-sixtieth, four-hundred-and-sixty-seventh: „Das sagte die Leiterin ...“):
  „Das teilte das Bundesamt für Strassen (Astra) in seiner Halbjahresbilanz mit.“ (with its
  speaker) and „Das sieht eine Verordnung vor, die die Bundesnetzagentur am Montag vorgelegt
  hat.“
- Measures are counts with the unit unchecked, whatever the unit (fourth, fifty-eighth,
  four-hundred-and-seventy-fourth: "Old units of weight, length, land and wood are counts
  ..., as every measure"; four-hundred-and-ninety-third: „3.500 Kilowattstunden“, „mit 97
  Metern“; four-hundred-and-ninety-eighth: hectares, acres, cubic metres, km/h, mph):
  hectares, acres, square metres („m²“, "sq m", "sq ft"), hectolitres, litres, megalitres,
  cubic metres, gallons, barrels, acre-feet (three-hundred-and-thirtieth: "7.9 million
  acre-feet"), bushels (four-hundred-and-fifty-sixth), tonnes, „Dezitonnen“ and „t/ha“
  (four-hundred-and-fifty-sixth: „45 dt/ha“; three-hundred-and-thirty-eighth: "4.3 t/ha"),
  kilograms, pounds of weight, „Zentner“ (four-hundred-and-seventy-fourth), metres, feet,
  inches, millimetres, kilometres, km/h, mph, knots and „Knoten“
  (four-hundred-and-forty-third: "about 8 knots", „mit etwa acht Knoten“), „Grad Oechsle“
  (four-hundred-and-twenty-sixth, four-hundred-and-fifty-sixth) and degrees of temperature
  (tenth: „Grad“ a count). Pounds of a weight are counts, pounds sterling are GBP
  (four-hundred-and-seventy-third: pounds of a substance are weight, not money): "2,391
  pounds", "as much as 45 pounds a day", "2,107 pounds", "north of 2,000 pounds", "about
  25.9 billion pounds", "948 pounds" are counts; "£300", "about £14", "£9.50", "about £380"
  are GBP. New: "just under 25 squares, down from almost 27 squares" is 25 "under" and 27
  "nearly" - the Australian builders' "square" of 100 square feet is a unit of floor area
  counted as written, as „Tagwerk“ and „Raummeter“ were (four-hundred-and-seventy-fourth).
  New: "The quarter-acre block of about 1,000 square metres" gives count 0.25 beside 1,000
  "about" - the fraction glued to the unit in a hyphenated compound is the value in that
  unit, as „also rund ein Drittel Hektar“ was count 0.3333
  (four-hundred-and-seventy-fourth), and a count because the unit is a measure, not a share
  of something.
- Metric beside imperial (every conversion counted; four-hundred-and-fourth: "up to 158 km/h
  (98 mph)" 158 "up_to" and 98; four-hundred-and-twenty-second: "up to 1.5 km (1 mile)";
  four-hundred-and-eighty-sixth: "about 22 kilometers (14 miles)" 22 "about" and 14;
  four-hundred-and-ninety-eighth: "more than 31,000 hectares (76,600 acres)" 31,000 "over"
  and 76,600): the bracketed conversion keeps no hedge from the figure before the bracket
  ("33.4C (92.1F)", "73 square metres (786 sq ft)", "118,000 hectares (291,600 acres)" with
  "roughly" on the first only, "65 knots (75 mph)", "109°F (42.8°C)"), while a conversion
  after "or" carries its own hedge ("or roughly 36.9 million hectares", "or about 430
  kilograms", "or roughly 936 sq ft", "or roughly 16.6 tonnes an acre", "or about 7.7 tonnes
  per hectare", "or just over 721,000 acres" "over", "or about 159 litres";
  four-hundred-and-seventy-fourth: "roughly 33ft by 66ft in old money"), and „also gut 22
  Kilometer pro Stunde“ 22 "over" after „höchstens zwölf Knoten“ 12 "at_most" - each figure
  its own hedge. "In old money" carries none (four-hundred-and-seventy-fourth).
- Glued units and symbols read as the words (forty-seventh: the symbol read as the words;
  four-hundred-and-ninetieth: "37.2C", "70km/h"; four-hundred-and-ninety-first: "A 5kg
  turkey"; four-hundred-and-ninety-sixth: "87mph in a 30mph zone"; three-hundred-and-eighth:
  "-14F (-26C)"): "33.4C", "92.1F", "around 21C", "the 20C threshold", "46C", "60mph",
  "56mph", "50mph", "70km/h", "2.75m", "2.4m by 3m", "less than 40mm", "up to 60km a day",
  "about 4km", "up to 30m wide", "A 25kg sack", "about 6.35kg", "65mm", "45t/ha", "2.6t/ha",
  "The 40ft container", „7,4 t/ha“, „141 m²“, „37,1 °C“, „96 km/h“. A range glued to its
  unit gives both ends (hundred-ninety-fourth: "70-80mph"; three-hundred-and-forty-second:
  "15-25mm"): "highs of 30-32C" 30 and 32.
- Dimensions, each side its own count (three-hundred-and-twenty-second: „4 x 7,5 Kilometer“;
  three-hundred-and-fifty-second: "5ft 10in"; four-hundred-and-fifth: "a 6-foot-3
  sophomore"; four-hundred-and-seventy-fourth: "10 metres by 20 metres"): „je 2,5 x 12
  Metern“ 2.5 and 12 („je“ none), "2.4m by 3m" 2.4 and 3, "a 3-foot by 3-foot square" 3 and
  3, "a 4ft x 4ft round bale" 4 and 4, "19 feet, 4 inches around" 19 and 4, „399,9 Metern
  Länge und 61,3 Metern Breite“, „gut zwölf Meter lang, 2,44 Meter breit und fasst rund 67
  Kubikmeter“ 12 "over", 2.44 and 67 "about". New: „120 x 60 x 60 Zentimeter“ gives three
  counts, 120, 60 and 60 - a box measured on three sides writes three figures, and the
  repeated side is counted each time it is written, as "a 3-foot by 3-foot square" and "a
  30-foot stretch ..., usually 30 inches" are; a limit written as the figure not to be
  passed („dürfen ... nicht überschreiten“, „liegt das Höchstgewicht ... bei 31,5
  Kilogramm“) carries no hedge, the verb and the noun bounding nothing
  (four-hundred-and-seventy-third: "capping ... at 40 milligrams").
- Sizes in compounds and hyphenated adjectives are counts (three-hundred-and-eighty-second:
  "a 2-foot crack", „Tempo-30-Abschnitte“; four-hundred-and-first: „ein 40-Tonner“;
  three-hundred-and-ninety-seventh: "twenty-foot equivalent units" 20;
  four-hundred-and-seventy-fourth: "a 97-pounder"): "the 44-tonne limit" 44, "a typical
  15-gallon tank" 15, "a typical 55-litre family car" 55, "a 30-foot stretch" 30, "a
  400-square-metre lot" 400, "a 1,918-pounder" 1,918, "A 1,400-pound fed steer" 1,400, „Ein
  40-Fuß-Container“ and „40-Fuß-Boxen“ 40, „die 40-Tönner“ and „der 40-Tonnen-Klasse“ 40,
  „Zwölf-Seemeilen-Zone“ 12 (three-hundred-and-eighty-second: „Drei-Länder-Eck“ counts the
  countries), „Tempo 80“ 80 (two-hundred-and-forty-third: „mit Tempo 120“); rooms, persons
  and storeys of a home ("a two-bedroom, four-person home on two storeys" 2, 4 and 2, "a
  typical new three-bedroom semi" 3, "A four-bedroom house" 4;
  three-hundred-and-twenty-first: "A four-bedroom, two-bathroom house"). Names of roads,
  lines and trains carry none („der A1“, "the M6", „U-Bahn-Linie U5“, "the East Coast Main
  Line"), nor „(TEU)“, „ZG“, „(Astra)“, "HGVs", "RFS", "BSEE".
- The unit that is priced, defined or named per carries no count (hundred-fifth,
  four-hundred-and-seventy-fourth: „Ein Tagwerk Ackerland kostet“, „Ein Kilo Blütenhonig
  kostet“, "a tonne", "a pint"; four-hundred-and-ninety-third: „je Kilowattstunde“, "a
  gallon"): „Für eine Tonne Brotweizen“, „pro Quadratmeter“, „je Hektar“, „pro Hektar“, „vom
  Hektar“, „der Hektar“, „Ein Hektar Steillage“, „Ein Liter Fassware“, „Der Liter
  steirisches Kürbiskernöl“, „Für einen Liter Kernöl“, „Für einen Laib“, „Für das Kilo
  Milch“, „Für ein Kilo“, „für ein Paket“, „ein Paket“, „Eine Kuh“, „Ein Kutter“, „Pro
  Geschoss“, „Pro Tag“, „im Jahr“, „am Tag“, „pro Stunde“, "a gallon", "a barrel", "a
  bushel", "per acre", "an acre", "a hectare", "a tonne", "a pound", "per pound", "a mile",
  "per square metre", "a square metre", "a day", "to the gallon" (as "to the guinea",
  four-hundred-and-seventy-fourth), "by the stone", "a bag". A definition writes the figures
  of the unit it defines and none for the unit: „der Zentner zu 50 Kilo gerechnet“ 50, "A
  barrel holds 42 U.S. gallons, or about 159 litres" 42 and 159 "about", "One acre-foot,
  about 326,000 gallons or 1,233 cubic meters" 326,000 "about" and 1,233
  (four-hundred-and-seventy-fourth: „Ein Tagwerk sind ... gut 3.400 Quadratmeter“ 3,400
  "over" only).
- Money in the currency written (every round), prices per unit in their currency: pence as
  hundredths of a pound (four-hundred-and-seventy-fifth: "3p a litre" 0.03 GBP;
  four-hundred-and-ninety-fifth: "131.9p" 1.319 GBP): "138.4p a litre" 1.384, "143.9p"
  1.439, "around 3p a litre" 0.03 "about", "51.3p a litre" 0.513, "about 15.7p a mile" 0.157
  "about"; Rappen as hundredths of a franc (five-hundred-and-first: „27,4 Rappen pro
  Kilowattstunde“): „74,5 Rappen pro Kilogramm“ 0.745 CHF, „4 Rappen mehr“ 0.04 CHF; U.S.
  cents ("14 cents below a year ago" 0.14, "up 84 cents" 0.84, "up 48 cents" 0.48 USD);
  "238.15 cents per pound" 2.3815 USD (tenth: cents as hundredths); futures quotes in
  fractions of a cent (four-hundred-and-seventy-fourth: "6-3/4 cents at $11.42-3/4"): "fell
  6-1/4 cents to $4.12-3/4 a bushel" 0.0625 and 4.1275 USD; "about £6.29 a gallon, or some
  $6.81 for the smaller U.S. gallon" 6.29 GBP "about" and 6.81 USD "about"; EUR („rund 214
  Euro“, „gut 260 Euro“, „7,5 Millionen Euro“, „gut 20.000 Euro“, „gut 4.200 Euro“, „um die
  1,10 Euro“, „zwischen 26 und 32 Euro“, „zwischen 16,49 und 23,99 Euro“, „112 Millionen
  Euro“, „rund 7,80 Euro“, „4,60 Euro“, "around 228 euros", "about 25 euros"), CHF („rund
  330 Franken“, „148 Millionen Franken, gut 6'900 Franken pro Quadratmeter“), AUD ("up to
  A$420", "about A$2,450", "about A$780,000"), GBP ("£312,000", "£3,820", "just over £79",
  "£300"), USD ("$3.29", "$4.87", "$2.71", "about $49", "roughly $2", "below $3", "$71.36",
  "$74.90", "$6.21", "more than $3,300").
- Hedges, mapped to the names in use. New: „keine 45 Doppelzentner vom Hektar“ is 45
  "under" - „keine“ before a figure says the figure was not reached, as „nicht einmal ein
  Drittel“ (four-hundred-and-ninety-third) and „weniger als“ do. New: „in denen das
  Thermometer nicht unter 20 Grad fiel“ is 20 "at_least" - „nicht unter“ before a figure
  names its floor, the threshold the same row writes for „Hitzetage“ with „mindestens 30
  Grad“ (four-hundred-and-fifty-first, four-hundred-and-ninety-eighth: „mit Tiefstwerten von
  mindestens 20 Grad“). New: "be no narrower than 2.75m" is 2.75 "at_least" - "no narrower
  than" names the least width, as "no fewer than" names the least number (twenty-seventh).
  New: „ab 31,5 Kilogramm“ is 31.5 "at_least" - „ab“ before a threshold of weight reads as
  „ab 60 Jahren“ before an age (five-hundredth, four-hundred-and-ninety-seventh). „bis 2
  Meter Gurtmaß“ is 2 "up_to" - „bis“ before a measure that a class of things may reach, as
  „Kinder bis 18 Jahre“ (ninety-second, two-hundred-and-thirty-eighth), unlike a bare „bis“
  before a year (five-hundred-and-first). New: "Bakers are graded at 65mm and above" is 65
  "at_least" - "and above" after a figure as "and over" (fifty-sixth) and "and up"
  (four-hundred-and-forty-fifth). "a minimum of 79 square metres" carries no hedge - the
  standard's minimum named as a figure (hundred-second, four-hundred-and-forty-fifth: "a
  minimum of 19 years"). "north of 2,000 pounds" "over" (four-hundred-and-fifty-second:
  "north of $62bn"), "another 9 feet or so" "about" (three-hundred-and-twenty-eighth: "or
  so"; "another" none), "just under 25 squares" "under" and "just over £79" "over"
  (hundred-first), „höchstens zwölf Knoten“ and „mit höchstens 4 km/h“ "at_most",
  „mindestens 150 Metern“, „mindestens 4,70 Meter“, „mindestens 30 Grad“, „mindestens zwei
  Wochen“ and "at least 11.5 square metres" "at_least", "as much as 45 pounds" "up_to"
  (hundred-tenth), „an die 1.000“ "about" (four-hundred-and-ninety-fourth), „um die 1,10
  Euro“ "about" (thirty-seventh). Otherwise: „rund“, „etwa“, "about", "around", "roughly",
  "some" "about"; „knapp“, "almost", "nearly" "nearly"; „gut“, „über“ and „mehr als“ before
  a figure, "more than", "over 7.5 tonnes" "over"; „weniger als“, "less than", "under",
  "below $3" "under"; „bis zu“, "up to" "up_to". No hedge: „im Schnitt“, „im Landesschnitt“,
  „meist“, „zeitweise“, „allein“, „nur“, „zuletzt“, „derzeit“, „inzwischen“, "an average
  of", "averaging", "usually", "just 2.4m", "a record 948 pounds", "a fair record",
  "probably", "to" before a figure ("gusting to 70km/h", "could reach 46C";
  four-hundred-and-ninety-eighth), "above the 20C threshold" and "above the September
  average" (words before an article; four-hundred-and-fifty-second), "the low 30s" none
  (four-hundred-and-seventy-fourth: "the low 90s").
- Temperatures and their gaps are counts (tenth, four-hundred-and-ninety-third: „2,9 Grad
  wärmer“): „23,9 Grad“, „um 2,6 Grad wärmer“, „37,1 °C“, „knapp 26 Grad“ "nearly", „gut 27“
  "over", „bis zu sechs Grad wärmer“ "up_to", „Bei 35 Grad“, „über 22 Grad, rund 1,5 Grad
  über dem langjährigen Mittel“ 22 "over" and 1.5 "about", "about 12 degrees above" "about",
  "by up to 15 degrees" "up_to", "a top of 35C"; „von 31 auf 17 Grad“ two levels as written
  (four-hundred-and-ninety-third). Thresholds and their days (four-hundred-and-fifty-first,
  four-hundred-and-ninety-eighth): „41 Hitzetage mit mindestens 30 Grad und 29 Tropennächte“
  41, 30 "at_least" and 29.
- Multiples and shares (every round): "nearly double its price" and "nearly double the usual
  bill" 2 "nearly" (four-hundred-and-ninety-third: „fast doppelt so viel“), „mehr als das
  Doppelte“ 2 "over", „mehr als das Zehnfache“ 10 "over" (four-hundred-and-ninety-third:
  „mehr als das Dreifache“); "one in five" 0.2, "about one in eight" 0.125 "about"
  (four-hundred-and-twentieth: "nine in 10"), „Rund jeder zehnte“ 0.1 "about" (the issue's
  „jeder vierte“), "half of it" 0.5, „fast die Hälfte“ and „knapp die Hälfte“ 0.5 "nearly",
  „um ein Zehntel weniger“ 0.1, „gut ein Viertel weniger“ 0.25 "over", „ein Fünftel mehr“
  0.2, „nur etwa ein Fünftel davon“ 0.2 "about", „gut ein Drittel mehr“ 0.3333 "over", "less
  than a third of its capacity" 0.3333 "under", "about a third of a normal winter's total"
  0.3333 "about", "roughly a third less" 0.3333 "about".
- Durations (the issue's „fünfstündigen“; every round): „binnen 40 Minuten“, „die Menge von
  drei Wochen“ 3 weeks, „binnen einer halben Stunde“ 0.5 hours
  (two-hundred-and-eighty-ninth, three-hundred-and-fifth: „eine halbe Stunde“), „vor zwei
  Jahren“, „vor zehn Jahren“, „drei bis vier Tage früher“ 3 and 4 days, „gut fünf Stunden“
  "over", „14 bis 16 Stunden am Tag“, „mindestens zwei Wochen“ "at_least", "more than 20
  years" "over", "a five-year average" 5 years (three-hundred-and-eighty-ninth,
  four-hundred-and-seventy-fourth). New: „nur fünf Arbeitstage“ pro floor is a duration of 5
  days - working days that measure how long a step takes are time, as „zwei, drei Tage“ of a
  repair (four-hundred-and-fifth), unlike working days lost and tallied
  (four-hundred-and-sixty-eighth: „1,6 Millionen Arbeitstage“, counts). „1.000
  Arbeitsstunden“ for a hectare is a tally of labour, count 1,000 "about"
  (four-hundred-and-ninety-third: hours worked a count). None: "a decade ago"
  (four-hundred-and-sixtieth, four-hundred-and-seventieth), „im Vorjahr“, „im
  Vorjahreszeitraum“, „im vergangenen Jahr“, "a year ago", "a year earlier", "last year",
  "this year", "last week", "this autumn", "last financial year", "the year to March", "late
  July", "next July", "for a year", „bis Ende August“, „bis zum Frühjahr“, „in der Nacht zum
  Donnerstag“, „Mitte der 1990er-Jahre“ (thirty-fourth: a decade band), weekdays and months.
- Ordinals (the issue's „die drittgrößte Stadt“; every round): „im ersten Halbjahr“ 1 (four
  times), „zum ersten Halbjahr 2026“ 1 and the year, „die erste Tunnelbohrmaschine“ 1, „den
  drittheißesten Sommer“ 3, "first prize" 1, "Second place" 2, "for the first time" 1, "the
  second bedroom" 2, "moved to a second vehicle" 2 (as "A third man",
  four-hundred-and-ninety-eighth: "a third injured" ordinal 3). None: "the hottest", "the
  smallest", "the most since", "the lowest since", "the shortest supply", „eines der
  größten“, „an der höchsten Stelle“, "early-season", "late-August".
- Counts otherwise (every round): spoken ranges give both figures („zwei, drei Quadratmeter“
  2 and 3, „zehn, zwölf Kilo“ 10 and 12; four-hundred-and-fifth: „zwei, drei Tage“;
  four-hundred-and-fifty-second: "two, maybe three"), ranges each end its own figure („78
  bis 84 Grad Oechsle“, „zwölf bis 15 Meter“, „vier bis fünf Knoten“, "two to three
  households"), tallies as written ("Seven states", "six aircraft", "About 140
  firefighters", „14 selbstfahrenden Achslinien“, „27 Geschosse und rund 190 Wohnungen“,
  „etwa 28.000 Lkw-Fuhren“, „11.860 Container“, „rund 4,3 Milliarden Sendungen“, „104.300
  Wohnungen“, „rund 408'000 Lastwagen“, "18,400 heavy goods vehicles", "1,271" pods, "86.2
  million head", "about 1.6 million customers", "2,300 hectares", „gut 24.300
  Standardcontainer (TEU)“ "over"), and a change with its level ("rose by 1.2 million
  barrels to 221.4 million barrels", "fell 3.1% next year to about 25.9 billion pounds",
  "fell 2.1% in August to 51.3p a litre"; four-hundred-and-ninety-third).
- Idioms and look-alikes built on number words and units count nothing
  (four-hundred-and-ninety-third: „doppelt und dreifach“, "a double whammy"): „eine Ernte
  mit zwei Gesichtern“, „jeder Zentimeter unter dem Kiel zählt“, „Millimeterarbeit“, "the
  one line in the family budget", "for once", "In old money"
  (four-hundred-and-seventy-fourth), „Durchschnittsernte“, "a small hatchback", "the smaller
  U.S. gallon".
- Dates and years: Reuters datelines with a day ("LONDON, Aug 23", "CHICAGO, Aug 27",
  "LONDON, Sept 1", "NEW YORK, Sept 7", "WASHINGTON, Sept 9", "DUBLIN, Sept 10") are dates
  without a year (three-hundred-and-ninety-fifth, four-hundred-and-ninety-third); dpa,
  dpa/lby, dpa/lno, dpa/lsw, dpa/lnw, APA, Keystone-SDA, AP, PA and AAP datelines without a
  day none (seventy-ninth). Days without a year as dates (three-hundred-and-thirtieth: „am
  4. Januar“ --01-04): „am 14. August“ --08-14, „Der Hagel vom 23. August“ --08-23, "on July
  1" --07-01. Years as written („als 2022“, „der Periode 1991 bis 2020“ both, „zum ersten
  Halbjahr 2026“, "since 2019", "since early 2021", "since 2013", "set in 2024", "since
  1973", "the wet year of 2024").
- Speakers, checked only in forms the earlier batches settled. German: „wie das Statistische
  Bundesamt am Freitag mitteilte“ and „Das teilte das Bundesamt für Strassen (Astra) in
  seiner Halbjahresbilanz mit“ the source with its article, the abbreviation, the weekday
  and the place dropped (four-hundred-and-fifty-second, four-hundred-and-sixtieth,
  four-hundred-and-ninety-third; four-hundred-and-sixty-seventh: „Das sagte ...“ with no
  figure); „wie Switzerland Cheese Marketing am Mittwoch mitteilte“ the name as written,
  without an article (four-hundred-and-ninety-third: „wie Hafen Hamburg Marketing ...
  mitteilte“); a quote or a figure followed by „sagte Bauernverbands-Getreidereferentin
  Roswitha Eibensteiner-Quaye“, „sagte Obstbauberater Engelbert Kaltenegger-Boakye“, „sagte
  Milchbäuerin Seraina Cadonau-Appiah“, „sagte Bauökonomin Henrietta Wübbelmann-Danso“,
  „sagte GeoSphere-Stadtklimaforscherin Leonore Hintermayr-Quarcoo“, „sagte Weinbaupräsident
  Volkmar Strähle-Kwarteng“, „sagte Kürbisbäuerin Notburga Pölzl-Amankwah“, „sagte
  Verdi-Sprecherin Kerstin Hölzemann-Bekoe“, „sagte Holzbauingenieurin Ladina Fopp-Kwabena“,
  „sagte Hopfenpflanzerin Veronika Stanglmeier-Adjei“, „sagte Projektleiter Ferdinand
  Wögerbauer-Addai“ and „sagte Krabbenfischer Hauke Claussen-Yeboah“ the name with the title
  dropped (hundred-ninety-ninth, four-hundred-and-sixtieth, four-hundred-and-ninety-third),
  and „Hafensprecherin Birte Lüdemann-Tetteh sagte, ...“ and „Projektleiter Anselm
  Gröneveld-Ampadu sagte, ...“ opening the row likewise (four-hundred-and-ninety-eighth:
  „GeoSphere-Klimatologe ... sagte, ...“). English: "the Met Office said", "the Bureau of
  Meteorology said", "the RAC said", "the National Hurricane Center said", "the NSW Rural
  Fire Service said" and "the Agriculture Department said on Thursday" with their article
  (four-hundred-and-fifty-sixth, four-hundred-and-ninety-eighth); "AAA said" the name
  (ninth, eleventh); "said Marcus Penhaligon-Eze, who led the research" (a negative) and
  then "..., Penhaligon-Eze said." the surname (eighteenth, four-hundred-and-fifty-second),
  as "..., Fairbairn-Achebe said.", "..., Llewellyn-Obi said.", "..., Ellery-Nwankwo said.",
  "..., Trujillo-Banks said.", "..., Farrow-Okonjo said." and "..., Drennan-Opoku said.";
  "Grain grower Kirrily Pemberton-Ashworth said", "Grower Dale Oyelaran-Brekke, of Anoka,
  said" and "Housing Industry Association economist Tamsin Keirnan-Oduya said" the name with
  the role dropped (four-hundred-and-ninety-eighth: "Avalanche forecaster ... said"); a
  figure followed by "said Garrison Mabry-Okwu, a livestock economist at ..." the name
  (three-hundred-and-fifty-sixth). Each row's diacritics and hyphens are its speaker's
  („Lüdemann-Tetteh“, „Wübbelmann-Danso“, „Pölzl-Amankwah“, „Hölzemann-Bekoe“,
  „Strähle-Kwarteng“, „Wögerbauer-Addai“). Left unchecked (None): all negatives, also those
  with a named speaker; roles („sagte ein Sprecher von SBB Cargo“, „sagte der Sprecher“,
  "the analyst said", "An RFS spokesman said", "the spokesman said"); descriptions before a
  name ("motoring group the RAC said", "state agency Teagasc said", "offshore regulator BSEE
  estimated"; fortieth, four-hundred-and-ninety-third); plural sources ("organizers said",
  "Growers said", "Water companies said"; forty-first); verbs that are no saying („beziffert
  die Versicherung“, „bezifferte die Autobahn GmbH“, „veranschlagt die Bauherrin“ -
  four-hundred-and-fifth, five-hundred-and-first: „bezifferte“ -, "ABARES has cut its
  forecast", "The Bureau of Meteorology expects", "the Agriculture and Horticulture
  Development Board estimates"); data and documents („wie aus Zahlen des Landesamts für
  Statistik vom Montag hervorgeht“, „wie aus einer Aussendung der Österreichischen
  Hagelversicherung hervorgeht“, „wie aus der Sommerbilanz von GeoSphere Austria
  hervorgeht“, „Nach Messungen des Thünen-Instituts“, „nach Berechnungen der Kieler
  Arbeitsgemeinschaft für zeitgemäßes Bauen“, „Das sieht eine Verordnung vor“, "figures from
  the Australian Bureau of Statistics show", "roadside enforcement figures from the Driver
  and Vehicle Standards Agency showed", "the agency's figures show"); „nach Angaben der“
  (Hafenbehörde HPA, Landwirtschaftskammer, Bauherrin, Wiener Linien) and „gemäss der
  Branchenorganisation Milch“ (four-hundred-and-fourth, four-hundred-and-ninety-eighth:
  „gemäss“ left open); and every "according to" (the Energy Information Administration,
  research by the Royal Institute of British Architects, the Bureau of Reclamation, a
  Reuters poll of analysts, the Department of Agriculture). To keep the checked speakers
  near 35, several figures are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_502 = [
    # --- Getreideernte in Bayern (dpa/lby), Montag, 23. August ---
    (
        "de",
        "München (dpa/lby) - Bayerns Bauern haben in diesem Sommer knapp 6,4 Millionen Tonnen Getreide eingefahren, rund 4 Prozent mehr als im Vorjahr, wie aus Zahlen des Landesamts für Statistik vom Montag hervorgeht.",
        True,
        [("count", 6400000, None, "nearly"), ("percent", 4, "%", "about")],
        None,
    ),
    (
        "de",
        "Gedroschen wurde auf gut 1,05 Millionen Hektar, im Landesschnitt kamen damit 61 Dezitonnen je Hektar zusammen.",
        True,
        [("count", 1050000, None, "over"), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Beim Winterweizen lag der Ertrag bei 7,4 t/ha, bei der Wintergerste bei knapp 6,9 Tonnen pro Hektar.",
        True,
        [("count", 7.4, None, None), ("count", 6.9, None, "nearly")],
        None,
    ),
    ("de", "Der Bauernverband sprach von einer Ernte mit zwei Gesichtern.", False, [], None),
    (
        "de",
        "In Franken fielen zwischen April und Juni vielerorts weniger als 120 Liter Regen pro Quadratmeter, im Süden des Landes mancherorts mehr als das Doppelte.",
        True,
        [("count", 120, None, "under"), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Für eine Tonne Brotweizen zahlten die Mühlen zuletzt rund 214 Euro, vor zwei Jahren waren es noch gut 260 Euro.",
        True,
        [("money", 214, "EUR", "about"), ("duration", 2, "year", None), ("money", 260, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Auf den Sandböden im Norden haben manche Betriebe keine 45 Doppelzentner vom Hektar geholt“, sagte Bauernverbands-Getreidereferentin Roswitha Eibensteiner-Quaye.",
        True,
        [("count", 45, None, "under")],
        "Roswitha Eibensteiner-Quaye",
    ),
    ("de", "„Für viele Familienbetriebe war das ein Sommer zum Vergessen“, sagte Eibensteiner-Quaye.", False, [], None),
    # --- Late-summer heat in England (Reuters), Monday, Aug 23 ---
    (
        "en",
        "LONDON, Aug 23 (Reuters) - Temperatures climbed to 33.4C (92.1F) at Cambridge on Monday, the hottest late-August reading in England since 2019, the Met Office said.",
        True,
        [
            ("date", "--08-23", None, None),
            ("count", 33.4, None, None),
            ("count", 92.1, None, None),
            ("year", 2019, None, None),
        ],
        "the Met Office",
    ),
    (
        "en",
        "Forecasters expect highs of 30-32C across the south-east on Tuesday before thunderstorms push in from France.",
        True,
        [("count", 30, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "en",
        "Overnight lows in central London were forecast at around 21C, above the 20C threshold that marks a tropical night.",
        True,
        [("count", 21, None, "about"), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Network Rail imposed 60mph limits on stretches of the East Coast Main Line where the rails could reach 46C in the afternoon sun.",
        True,
        [("count", 60, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "Water companies said demand in the Thames Valley had jumped to almost 3,100 megalitres a day, close to what their treatment works can handle.",
        True,
        [("count", 3100, None, "nearly")],
        None,
    ),
    (
        "en",
        "A hosepipe ban covering about 1.6 million customers in Kent and Sussex remains in force.",
        True,
        [("count", 1600000, None, "about")],
        None,
    ),
    (
        "en",
        '"Keep drinking water, stay out of the midday sun and look in on elderly neighbours," said Met Office meteorologist Perdita Aldersey-Mbeki.',
        False,
        [],
        None,
    ),
    # --- Hagelunwetter in der Oststeiermark (APA), Dienstag, 24. August ---
    (
        "de",
        "Graz (APA) - Hagel und Sturm haben in der Oststeiermark am Montagabend Kulturen auf rund 4.800 Hektar beschädigt, wie aus einer Aussendung der Österreichischen Hagelversicherung hervorgeht.",
        True,
        [("count", 4800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Hagelkörner erreichten einen Durchmesser von bis zu fünf Zentimetern, die Sturmböen Spitzen von 96 km/h.",
        True,
        [("count", 5, None, "up_to"), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "In Gleisdorf prasselten binnen 40 Minuten 52 Liter auf den Quadratmeter, normalerweise die Menge von drei Wochen.",
        True,
        [("duration", 40, "minute", None), ("count", 52, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Die Temperatur sackte binnen einer halben Stunde von 31 auf 17 Grad ab.",
        True,
        [("duration", 0.5, "hour", None), ("count", 31, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden in der Landwirtschaft beziffert die Versicherung mit 7,5 Millionen Euro.",
        True,
        [("money", 7500000, "EUR", None)],
        None,
    ),
    ("de", "Die Landwirtschaftskammer sprach von einem „schwarzen Montag“ für die Region.", False, [], None),
    (
        "de",
        "„Ein Hagelnetz kostet pro Hektar gut 20.000 Euro, das können sich kleine Betriebe kaum leisten“, sagte Obstbauberater Engelbert Kaltenegger-Boakye.",
        True,
        [("money", 20000, "EUR", "over")],
        "Engelbert Kaltenegger-Boakye",
    ),
    ("de", "„Man steht vor der Anlage und könnte weinen“, sagte Kaltenegger-Boakye.", False, [], None),
    # --- Gas prices before Labor Day (AP), Tuesday, Aug 24 ---
    (
        "en",
        "NEW YORK (AP) — The national average for a gallon of regular gasoline slipped to $3.29 on Tuesday, 14 cents below a year ago, AAA said.",
        True,
        [("money", 3.29, "USD", None), ("money", 0.14, "USD", None)],
        "AAA",
    ),
    (
        "en",
        "Drivers in California were still paying an average of $4.87 a gallon, against $2.71 in Mississippi.",
        True,
        [("money", 4.87, "USD", None), ("money", 2.71, "USD", None)],
        None,
    ),
    (
        "en",
        "Filling a typical 15-gallon tank now costs about $49, roughly $2 less than on the holiday weekend last year.",
        True,
        [("count", 15, None, None), ("money", 49, "USD", "about"), ("money", 2, "USD", "about")],
        None,
    ),
    (
        "en",
        "U.S. refiners ran at 93.8% of capacity last week and processed about 16.9 million barrels a day, according to the Energy Information Administration.",
        True,
        [("percent", 93.8, "%", None), ("count", 16900000, None, "about")],
        None,
    ),
    (
        "en",
        "Gasoline stocks rose by 1.2 million barrels to 221.4 million barrels.",
        True,
        [("count", 1200000, None, None), ("count", 221400000, None, None)],
        None,
    ),
    ("en", "Some drivers said they planned to stay closer to home anyway.", False, [], None),
    (
        "en",
        '"Gas is the one line in the family budget that\'s heading the right way," said Vance Tolliver-Osei, a fuel analyst at Crossbeam Energy Analytics.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prices could dip below $3 a gallon in parts of the Midwest by October, the analyst said.",
        True,
        [("money", 3, "USD", "under")],
        None,
    ),
    (
        "en",
        "Seven states allow 80 mph on some rural interstates, and a stretch of Texas toll road is posted at 85 mph.",
        True,
        [("count", 7, None, None), ("count", 80, None, None), ("count", 85, None, None)],
        None,
    ),
    # --- Milch und Käse in der Schweiz (Keystone-SDA), Mittwoch, 25. August ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Milchbauern haben im ersten Halbjahr rund 1,71 Millionen Tonnen Milch abgeliefert und damit 1,8 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 1710000, None, "about"), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Produzentenpreis für Industriemilch stieg gemäss der Branchenorganisation Milch auf 74,5 Rappen pro Kilogramm.",
        True,
        [("money", 0.745, "CHF", None)],
        None,
    ),
    (
        "de",
        "Für einen Laib Emmentaler von gut 90 Kilo braucht es rund 1'100 Liter Milch.",
        True,
        [("count", 90, None, "over"), ("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Die Käseexporte legten im Halbjahr um 3,2 Prozent auf 39'400 Tonnen zu, wie Switzerland Cheese Marketing am Mittwoch mitteilte.",
        True,
        [("percent", 3.2, "%", None), ("count", 39400, None, None)],
        "Switzerland Cheese Marketing",
    ),
    (
        "de",
        "Eine Kuh gibt in der Schweiz im Schnitt rund 7'600 Kilogramm Milch im Jahr.",
        True,
        [("count", 7600, None, "about")],
        None,
    ),
    ("de", "Die Bauernverbände sprachen von einem Preis, der die Kosten noch immer nicht decke.", False, [], None),
    (
        "de",
        "«Für das Kilo Milch bekommen wir heute 4 Rappen mehr als vor einem Jahr, aber das Futter kostet ein Fünftel mehr», sagte Milchbäuerin Seraina Cadonau-Appiah.",
        True,
        [("money", 0.04, "CHF", None), ("fraction", 0.2, None, None)],
        "Seraina Cadonau-Appiah",
    ),
    ("de", "«Das ist kein Leben mehr, das ist ein Durchhalten», sagte Cadonau-Appiah.", False, [], None),
    # --- Shrinking new homes (PA), Wednesday, Aug 25 ---
    (
        "en",
        "LONDON (PA) - The average new-build home in England now offers 73 square metres (786 sq ft) of floor space, about 9% less than a decade ago, according to research by the Royal Institute of British Architects.",
        True,
        [("count", 73, None, None), ("count", 786, None, None), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "The national space standard sets a minimum of 79 square metres for a two-bedroom, four-person home on two storeys.",
        True,
        [("count", 79, None, None), ("count", 2, None, None), ("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A double bedroom must measure at least 11.5 square metres and be no narrower than 2.75m.",
        True,
        [("count", 11.5, None, "at_least"), ("count", 2.75, None, "at_least")],
        None,
    ),
    (
        "en",
        "In one in five of the homes surveyed, the second bedroom measured just 2.4m by 3m.",
        True,
        [
            ("fraction", 0.2, None, None),
            ("ordinal", 2, None, None),
            ("count", 2.4, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    ("en", "Housebuilders said buyers valued a garden and a parking space over extra room indoors.", False, [], None),
    (
        "en",
        '"We are building rabbit hutches and calling them starter homes," said Marcus Penhaligon-Eze, who led the research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Homes in London were the smallest, averaging 64 sq m, against 91 sq m in the North East, Penhaligon-Eze said.",
        True,
        [("count", 64, None, None), ("count", 91, None, None)],
        "Penhaligon-Eze",
    ),
    (
        "en",
        "A typical new three-bedroom semi in England sells for about £312,000, or £3,820 per square metre.",
        True,
        [("count", 3, None, None), ("money", 312000, "GBP", "about"), ("money", 3820, "GBP", None)],
        None,
    ),
    # --- Riesenfrachter in Hamburg (dpa/lno), Donnerstag, 26. August ---
    (
        "de",
        "Hamburg (dpa/lno) - Mit 399,9 Metern Länge und 61,3 Metern Breite hat am Donnerstag eines der größten Containerschiffe der Welt im Hamburger Hafen festgemacht.",
        True,
        [("count", 399.9, None, None), ("count", 61.3, None, None)],
        None,
    ),
    (
        "de",
        "Der Frachter kann gut 24.300 Standardcontainer (TEU) laden und hatte beim Einlaufen einen Tiefgang von 15,2 Metern.",
        True,
        [("count", 24300, None, "over"), ("count", 15.2, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Elbe durfte er wegen seiner Größe höchstens zwölf Knoten fahren, also gut 22 Kilometer pro Stunde.",
        True,
        [("count", 12, None, "at_most"), ("count", 22, None, "over")],
        None,
    ),
    (
        "de",
        "Ein 40-Fuß-Container ist gut zwölf Meter lang, 2,44 Meter breit und fasst rund 67 Kubikmeter.",
        True,
        [
            ("count", 40, None, None),
            ("count", 12, None, "over"),
            ("count", 2.44, None, None),
            ("count", 67, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Beladen werden darf er nach Angaben der Hafenbehörde HPA mit bis zu 30,48 Tonnen Gesamtgewicht.",
        True,
        [("count", 30.48, None, "up_to")],
        None,
    ),
    (
        "de",
        "Hafensprecherin Birte Lüdemann-Tetteh sagte, die Reederei habe für die Rückfahrt 11.860 Container gebucht, fast die Hälfte davon 40-Fuß-Boxen.",
        True,
        [("count", 11860, None, None), ("fraction", 0.5, None, "nearly"), ("count", 40, None, None)],
        "Birte Lüdemann-Tetteh",
    ),
    ("de", "Umweltverbände sprachen von einem Wettrüsten der Reedereien auf Kosten der Elbe.", False, [], None),
    (
        "de",
        "„Solche Schiffe sind für uns Routine, auch wenn beim Einlaufen jeder Zentimeter unter dem Kiel zählt“, sagte Lüdemann-Tetteh.",
        False,
        [],
        None,
    ),
    # --- Drought in the NSW wheat belt (AAP), Thursday, Aug 26 ---
    (
        "en",
        "SYDNEY (AAP) - Parts of the NSW wheat belt have had less than 40mm of rain since the start of June, about a third of a normal winter's total, the Bureau of Meteorology said.",
        True,
        [("count", 40, None, "under"), ("fraction", 0.3333, None, "about")],
        "the Bureau of Meteorology",
    ),
    (
        "en",
        "ABARES has cut its forecast for the state's winter crop to 9.8 million tonnes, from 12.4 million tonnes in June.",
        True,
        [("count", 9800000, None, None), ("count", 12400000, None, None)],
        None,
    ),
    (
        "en",
        "Wheat yields around Condobolin are expected to average 1.4 tonnes a hectare, against 2.6t/ha in a normal season.",
        True,
        [("count", 1.4, None, None), ("count", 2.6, None, None)],
        None,
    ),
    (
        "en",
        "Grain grower Kirrily Pemberton-Ashworth said she had sown 2,300 hectares in May and would be lucky to harvest half of it.",
        True,
        [("count", 2300, None, None), ("fraction", 0.5, None, None)],
        "Kirrily Pemberton-Ashworth",
    ),
    ("en", '"You walk the paddocks every morning and it breaks your heart," Pemberton-Ashworth said.', False, [], None),
    (
        "en",
        "Hay was selling for up to A$420 a tonne delivered, nearly double its price a year ago.",
        True,
        [("money", 420, "AUD", "up_to"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Some sheep farmers are carting water up to 60km a day to keep their flocks alive.",
        True,
        [("count", 60, None, "up_to")],
        None,
    ),
    ("en", "Farm groups said the federal drought support scheme was too slow and too complicated.", False, [], None),
    # --- Wohnfläche im Neubau (dpa), Freitag, 27. August ---
    (
        "de",
        "Wiesbaden (dpa) - Neue Wohnungen in Deutschland werden wieder kleiner: Die im ersten Halbjahr genehmigten Neubauwohnungen hatten im Schnitt 91,6 Quadratmeter, knapp drei Quadratmeter weniger als 2022, wie das Statistische Bundesamt am Freitag mitteilte.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 91.6, None, None),
            ("count", 3, None, "nearly"),
            ("year", 2022, None, None),
        ],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Insgesamt wurde der Bau von 104.300 Wohnungen genehmigt, der umbaute Raum der neuen Gebäude summierte sich auf rund 58 Millionen Kubikmeter.",
        True,
        [("count", 104300, None, None), ("count", 58000000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei Einfamilienhäusern lag die durchschnittliche Wohnfläche bei 141 m², bei Wohnungen in Mehrfamilienhäusern bei 71 m².",
        True,
        [("count", 141, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Rechnerisch stehen jedem Menschen in Deutschland derzeit 47,4 Quadratmeter Wohnfläche zur Verfügung, Mitte der 1990er-Jahre waren es etwa 36 Quadratmeter.",
        True,
        [("count", 47.4, None, None), ("count", 36, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Quadratmeter Wohnfläche im Mehrfamilienhaus kostet nach Berechnungen der Kieler Arbeitsgemeinschaft für zeitgemäßes Bauen ohne Grundstück inzwischen gut 4.200 Euro.",
        True,
        [("money", 4200, "EUR", "over")],
        None,
    ),
    ("de", "Die Bauwirtschaft sprach von einem zarten Lichtblick, mehr nicht.", False, [], None),
    (
        "de",
        "„Wer heute baut, plant jedes Zimmer zwei, drei Quadratmeter knapper als vor zehn Jahren“, sagte Bauökonomin Henrietta Wübbelmann-Danso.",
        True,
        [("count", 2, None, None), ("count", 3, None, None), ("duration", 10, "year", None)],
        "Henrietta Wübbelmann-Danso",
    ),
    (
        "de",
        "„Das Häuschen mit Garten bleibt für viele junge Familien ein Traum, der ein Traum bleibt“, sagte Wübbelmann-Danso.",
        False,
        [],
        None,
    ),
    # --- Midwest crop tour (Reuters), Friday, Aug 27 ---
    (
        "en",
        "CHICAGO, Aug 27 (Reuters) - Scouts on a Midwest crop tour put Iowa's corn yield at 196.4 bushels per acre, above the Agriculture Department's August forecast of 193 bushels.",
        True,
        [("date", "--08-27", None, None), ("count", 196.4, None, None), ("count", 193, None, None)],
        None,
    ),
    (
        "en",
        "Scouts count the ears in a 30-foot stretch of row and measure the gap between rows, usually 30 inches.",
        True,
        [("count", 30, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Soybean pod counts in a 3-foot by 3-foot square averaged 1,271 in Iowa, up 4% from last year's tour.",
        True,
        [("count", 3, None, None), ("count", 3, None, None), ("count", 1271, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Farmers planted about 91.2 million acres of corn this year, or roughly 36.9 million hectares, the most since 2013.",
        True,
        [("count", 91200000, None, "about"), ("count", 36900000, None, "about"), ("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        "December corn futures fell 6-1/4 cents to $4.12-3/4 a bushel in Chicago trading on Friday.",
        True,
        [("money", 0.0625, "USD", None), ("money", 4.1275, "USD", None)],
        None,
    ),
    ("en", "Traders said the tour numbers confirmed what they had been hearing from the countryside.", False, [], None),
    (
        "en",
        '"This is a big crop, and the market knows it," said tour leader Wendell Fairbairn-Achebe.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Yields in eastern Nebraska could reach 200 bushels an acre for the first time, Fairbairn-Achebe said.",
        True,
        [("count", 200, None, None), ("ordinal", 1, None, None)],
        "Fairbairn-Achebe",
    ),
    # --- Hitzebilanz für Wien (APA), Montag, 30. August ---
    (
        "de",
        "Wien (APA) - Wien hat den drittheißesten Sommer seiner Messgeschichte hinter sich: An der Station Innere Stadt lag die Mitteltemperatur von Juni bis August bei 23,9 Grad, wie aus der Sommerbilanz von GeoSphere Austria hervorgeht.",
        True,
        [("ordinal", 3, None, None), ("count", 23.9, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Klimamittel der Periode 1991 bis 2020 war es damit um 2,6 Grad wärmer.",
        True,
        [("year", 1991, None, None), ("year", 2020, None, None), ("count", 2.6, None, None)],
        None,
    ),
    (
        "de",
        "Gezählt wurden 41 Hitzetage mit mindestens 30 Grad und 29 Tropennächte, in denen das Thermometer nicht unter 20 Grad fiel.",
        True,
        [
            ("count", 41, None, None),
            ("count", 30, None, "at_least"),
            ("count", 29, None, None),
            ("count", 20, None, "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Den Höchstwert maß die Station am 14. August mit 37,1 °C.",
        True,
        [("date", "--08-14", None, None), ("count", 37.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Donau erreichte bei Wien eine Wassertemperatur von knapp 26 Grad, die Alte Donau gut 27.",
        True,
        [("count", 26, None, "nearly"), ("count", 27, None, "over")],
        None,
    ),
    ("de", "Die Wiener Grünen sprachen von einem „Sommer der Betonhitze“ und forderten mehr Bäume.", False, [], None),
    (
        "de",
        "„In dicht verbauten Vierteln ist es nachts bis zu sechs Grad wärmer als am Stadtrand“, sagte GeoSphere-Stadtklimaforscherin Leonore Hintermayr-Quarcoo.",
        True,
        [("count", 6, None, "up_to")],
        "Leonore Hintermayr-Quarcoo",
    ),
    (
        "de",
        "„Hitze ist in Wien längst kein Ausnahmezustand mehr, sondern Alltag“, sagte Hintermayr-Quarcoo.",
        False,
        [],
        None,
    ),
    # --- Overloaded lorry on the M6 (PA), Monday, Aug 30 ---
    (
        "en",
        "STAFFORD (PA) - A lorry stopped on the M6 in Staffordshire was carrying 51.6 tonnes, more than 7 tonnes over the 44-tonne limit for its class, roadside enforcement figures from the Driver and Vehicle Standards Agency showed.",
        True,
        [("count", 51.6, None, None), ("count", 7, None, "over"), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        "The 40ft container on its trailer had been packed with granite worktops bound for a depot in Warrington.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Its driver was fined £300, and the trailer was held at the roadside until 7.2 tonnes of stone had been moved to a second vehicle.",
        True,
        [("money", 300, "GBP", None), ("count", 7.2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A lorry loaded 15% over its limit needs about 20% more road to stop from 56mph, the agency's figures show.",
        True,
        [("percent", 15, "%", None), ("percent", 20, "%", "about"), ("count", 56, None, None)],
        None,
    ),
    (
        "en",
        "HGVs over 7.5 tonnes are limited to 50mph on single carriageways and 60mph on dual carriageways in England and Wales.",
        True,
        [("count", 7.5, None, "over"), ("count", 50, None, None), ("count", 60, None, None)],
        None,
    ),
    ("en", "Hauliers said fines were too small to deter firms that overload as a matter of course.", False, [], None),
    (
        "en",
        '"A lorry that heavy is a battering ram on wheels," said DVSA enforcement manager Gareth Llewellyn-Obi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roadside teams weighed 18,400 heavy goods vehicles in the year to March and found about one in eight overloaded, Llewellyn-Obi said.",
        True,
        [("count", 18400, None, None), ("fraction", 0.125, None, "about")],
        "Llewellyn-Obi",
    ),
    # --- Weinlese in Baden-Württemberg (dpa/lsw), Dienstag, 31. August ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Im Südwesten hat die Weinlese begonnen: Auf den rund 27.000 Hektar Rebfläche im Land rechnen die Winzer mit etwa 1,05 Millionen Hektolitern Most.",
        True,
        [("count", 27000, None, "about"), ("count", 1050000, None, "about")],
        None,
    ),
    (
        "de",
        "Das wären gut 39 Hektoliter je Hektar, nach 44 im vergangenen Jahr.",
        True,
        [("count", 39, None, "over"), ("count", 44, None, None)],
        None,
    ),
    (
        "de",
        "Bei frühen Sorten wie Müller-Thurgau wurden Mostgewichte von 78 bis 84 Grad Oechsle gemessen.",
        True,
        [("count", 78, None, None), ("count", 84, None, None)],
        None,
    ),
    ("de", "Der Weinbauverband sprach von einem „Jahrgang mit Potenzial“.", False, [], None),
    (
        "de",
        "„Die Trauben hängen gesund, wir lesen drei bis vier Tage früher als im langjährigen Schnitt“, sagte Weinbaupräsident Volkmar Strähle-Kwarteng.",
        True,
        [("duration", 3, "day", None), ("duration", 4, "day", None)],
        "Volkmar Strähle-Kwarteng",
    ),
    ("de", "„Der Klimawandel schreibt inzwischen am Etikett mit“, sagte Strähle-Kwarteng.", False, [], None),
    (
        "de",
        "Ein Hektar Steillage braucht bis zur Lese an die 1.000 Arbeitsstunden, im Flachland mit dem Vollernter nur etwa ein Fünftel davon.",
        True,
        [("count", 1000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Liter Fassware bringt den Genossenschaftswinzern derzeit um die 1,10 Euro.",
        True,
        [("money", 1.1, "EUR", "about")],
        None,
    ),
    # --- Giant pumpkin at the state fair (AP), Tuesday, Aug 31 ---
    (
        "en",
        "ST. PAUL, Minn. (AP) — A pumpkin weighing 2,391 pounds took first prize at the Minnesota State Fair on Tuesday, a fair record, organizers said.",
        True,
        [("count", 2391, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "That is about 1,085 kilograms, roughly the weight of a small hatchback.",
        True,
        [("count", 1085, None, "about")],
        None,
    ),
    (
        "en",
        "Grower Dale Oyelaran-Brekke, of Anoka, said the pumpkin had put on as much as 45 pounds a day in late July.",
        True,
        [("count", 45, None, "up_to")],
        "Dale Oyelaran-Brekke",
    ),
    (
        "en",
        "It measured 19 feet, 4 inches around and needed a forklift and a reinforced pallet to reach the scale.",
        True,
        [("count", 19, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The previous fair record, set in 2024, was 2,107 pounds.",
        True,
        [("year", 2024, None, None), ("count", 2107, None, None)],
        None,
    ),
    (
        "en",
        "Second place went to a 1,918-pounder grown in Stearns County.",
        True,
        [("ordinal", 2, None, None), ("count", 1918, None, None)],
        None,
    ),
    (
        "en",
        "Growers said pumpkins north of 2,000 pounds were no longer a rarity at Midwest weigh-offs.",
        True,
        [("count", 2000, None, "over")],
        None,
    ),
    (
        "en",
        '"You babysit it all summer, and then you just pray it doesn\'t split," Oyelaran-Brekke said.',
        False,
        [],
        None,
    ),
    # --- Schwerverkehr am Gotthard (Keystone-SDA), Mittwoch, 1. September ---
    (
        "de",
        "Altdorf (Keystone-SDA) - Durch den Gotthard-Strassentunnel sind im ersten Halbjahr rund 408'000 Lastwagen mit mehr als 3,5 Tonnen Gesamtgewicht gefahren, ein Plus von 2,3 Prozent zum ersten Halbjahr 2026.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 408000, None, "about"),
            ("count", 3.5, None, "over"),
            ("percent", 2.3, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das teilte das Bundesamt für Strassen (Astra) in seiner Halbjahresbilanz mit.",
        True,
        [],
        "das Bundesamt für Strassen",
    ),
    (
        "de",
        "Im knapp 17 Kilometer langen Tunnel gilt Tempo 80, Lastwagen müssen untereinander einen Abstand von mindestens 150 Metern halten.",
        True,
        [("count", 17, None, "nearly"), ("count", 80, None, None), ("count", 150, None, "at_least")],
        None,
    ),
    (
        "de",
        "Bei starkem Verkehr hält das Dosiersystem die 40-Tönner in Erstfeld zurück, zeitweise stauten sie sich dort auf bis zu 12 Kilometern.",
        True,
        [("count", 40, None, None), ("count", 12, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ein Lastwagen der 40-Tonnen-Klasse bezahlt für die Fahrt von Basel nach Chiasso rund 330 Franken Schwerverkehrsabgabe.",
        True,
        [("count", 40, None, None), ("money", 330, "CHF", "about")],
        None,
    ),
    ("de", "Die Alpen-Initiative sprach von einem «Armutszeugnis für die Verlagerungspolitik».", False, [], None),
    (
        "de",
        "«Auf der Schiene hätten wir Platz für gut ein Drittel mehr Sattelauflieger», sagte ein Sprecher von SBB Cargo.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    ("de", "«Die Strasse ist bequem, und genau das ist das Problem», sagte der Sprecher.", False, [], None),
    # --- British pump prices (Reuters), Wednesday, Sept 1 ---
    (
        "en",
        "LONDON, Sept 1 (Reuters) - British drivers paid an average of 138.4p a litre for petrol in August, the lowest since early 2021, motoring group the RAC said on Wednesday.",
        True,
        [("date", "--09-01", None, None), ("money", 1.384, "GBP", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Diesel averaged 143.9p, putting the cost of filling a typical 55-litre family car at just over £79.",
        True,
        [("money", 1.439, "GBP", None), ("count", 55, None, None), ("money", 79, "GBP", "over")],
        None,
    ),
    (
        "en",
        "In old money, petrol cost about £6.29 a gallon, or some $6.81 for the smaller U.S. gallon at current exchange rates.",
        True,
        [("money", 6.29, "GBP", "about"), ("money", 6.81, "USD", "about")],
        None,
    ),
    (
        "en",
        "Supermarket forecourts were charging around 3p a litre less than the national average.",
        True,
        [("money", 0.03, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Wholesale petrol fell 2.1% in August to 51.3p a litre, the RAC said.",
        True,
        [("percent", 2.1, "%", None), ("money", 0.513, "GBP", None)],
        "the RAC",
    ),
    ("en", "Drivers' groups said retailers were slow to pass on falls in wholesale costs.", False, [], None),
    (
        "en",
        '"It\'s rockets and feathers all over again," said RAC fuel spokesman Cormac Ellery-Nwankwo.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A car doing 40 miles to the gallon now costs about 15.7p a mile to run on petrol, Ellery-Nwankwo said.",
        True,
        [("count", 40, None, None), ("money", 0.157, "GBP", "about")],
        "Ellery-Nwankwo",
    ),
    # --- Brückenteil eingeschoben (dpa/lnw), Donnerstag, 2. September ---
    (
        "de",
        "Hamm (dpa/lnw) - Ein 86 Meter langes und rund 1.350 Tonnen schweres Stahlteil für die neue Lippebrücke der A1 ist in der Nacht zum Donnerstag an seinen Platz gerollt worden.",
        True,
        [("count", 86, None, None), ("count", 1350, None, "about")],
        None,
    ),
    (
        "de",
        "Der Schwertransport auf 14 selbstfahrenden Achslinien bewegte sich mit höchstens 4 km/h und brauchte für die 600 Meter gut fünf Stunden.",
        True,
        [
            ("count", 14, None, None),
            ("count", 4, None, "at_most"),
            ("count", 600, None, None),
            ("duration", 5, "hour", "over"),
        ],
        None,
    ),
    (
        "de",
        "Das Bauteil ist an der höchsten Stelle 7,80 Meter hoch, unter der Brücke bleiben künftig mindestens 4,70 Meter Durchfahrtshöhe.",
        True,
        [("count", 7.8, None, None), ("count", 4.7, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Autobahn GmbH bezifferte die Kosten für den Ersatzneubau auf 112 Millionen Euro.",
        True,
        [("money", 112000000, "EUR", None)],
        None,
    ),
    ("de", "Anwohner klagten über Lärm und grelles Scheinwerferlicht bis in den Morgen.", False, [], None),
    (
        "de",
        "Projektleiter Anselm Gröneveld-Ampadu sagte, bis zum Frühjahr würden noch 23.000 Kubikmeter Beton und gut 4.100 Tonnen Bewehrungsstahl verbaut.",
        True,
        [("count", 23000, None, None), ("count", 4100, None, "over")],
        "Anselm Gröneveld-Ampadu",
    ),
    ("de", "„Das war Millimeterarbeit, im wahrsten Sinne des Wortes“, sagte Gröneveld-Ampadu.", False, [], None),
    (
        "de",
        "Für Lastwagen über 3,5 Tonnen bleibt die alte Brücke bis zur Freigabe gesperrt.",
        True,
        [("count", 3.5, None, "over")],
        None,
    ),
    # --- Australian house sizes (AAP), Thursday, Sept 2 ---
    (
        "en",
        "SYDNEY (AAP) - The average new house built in Australia last financial year had a floor area of 231.4 square metres, the smallest in more than 20 years, figures from the Australian Bureau of Statistics show.",
        True,
        [("count", 231.4, None, None), ("duration", 20, "year", "over")],
        None,
    ),
    (
        "en",
        "In the old measure builders still quote, that is just under 25 squares, down from almost 27 squares at the peak.",
        True,
        [("count", 25, None, "under"), ("count", 27, None, "nearly")],
        None,
    ),
    (
        "en",
        "The quarter-acre block of about 1,000 square metres has given way to lots averaging 412 square metres in Sydney's outer suburbs.",
        True,
        [("count", 0.25, None, None), ("count", 1000, None, "about"), ("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "Housing Industry Association economist Tamsin Keirnan-Oduya said building costs had climbed to about A$2,450 a square metre for a standard brick-veneer home.",
        True,
        [("money", 2450, "AUD", "about")],
        "Tamsin Keirnan-Oduya",
    ),
    (
        "en",
        '"Australians are trading floor space for location, and frankly that\'s healthy," Keirnan-Oduya said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A four-bedroom house on a 400-square-metre lot in Melbourne's west now costs about A$780,000.",
        True,
        [("count", 4, None, None), ("count", 400, None, None), ("money", 780000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Apartments approved in the year averaged 87 square metres, or roughly 936 sq ft.",
        True,
        [("count", 87, None, None), ("count", 936, None, "about")],
        None,
    ),
    ("en", "Some planners said the smaller lots left little room for trees and backyards.", False, [], None),
    # --- Kürbisernte in der Steiermark (APA), Freitag, 3. September ---
    (
        "de",
        "Graz (APA) - Die steirischen Ölkürbisbauern erwarten heuer eine Ernte von rund 4.900 Tonnen Kernen, um ein Zehntel weniger als im Vorjahr.",
        True,
        [("count", 4900, None, "about"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Österreichweit wuchs der Ölkürbis heuer auf gut 17.000 Hektar, knapp die Hälfte davon in der Steiermark.",
        True,
        [("count", 17000, None, "over"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für einen Liter Kernöl braucht es rund 2,5 Kilogramm Kerne, also die Kerne von gut 30 Kürbissen.",
        True,
        [("count", 2.5, None, "about"), ("count", 30, None, "over")],
        None,
    ),
    (
        "de",
        "Der Liter steirisches Kürbiskernöl kostet ab Hof derzeit zwischen 26 und 32 Euro.",
        True,
        [("money", 26, "EUR", None), ("money", 32, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Hagel vom 23. August hat nach Angaben der Landwirtschaftskammer allein in der Oststeiermark 1.400 Hektar Kürbisse getroffen.",
        True,
        [("date", "--08-23", None, None), ("count", 1400, None, None)],
        None,
    ),
    ("de", "Die Kürbisbauern sprachen von einer „Zitterpartie bis zur letzten Frucht“.", False, [], None),
    (
        "de",
        "„Ein Kürbis mit zehn, zwölf Kilo ist bei uns heuer eher die Ausnahme“, sagte Kürbisbäuerin Notburga Pölzl-Amankwah.",
        True,
        [("count", 10, None, None), ("count", 12, None, None)],
        "Notburga Pölzl-Amankwah",
    ),
    ("de", "„Man lebt mit dem Wetter oder gar nicht“, sagte Pölzl-Amankwah.", False, [], None),
    # --- Lake Mead (AP), Friday, Sept 3 ---
    (
        "en",
        "LAS VEGAS (AP) — Lake Mead's surface stood at 1,041 feet above sea level on Friday, about 18 feet lower than a year ago, according to the Bureau of Reclamation.",
        True,
        [("count", 1041, None, None), ("count", 18, None, "about")],
        None,
    ),
    (
        "en",
        "At that level the reservoir holds roughly 8.3 million acre-feet, less than a third of its capacity.",
        True,
        [("count", 8300000, None, "about"), ("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "en",
        "One acre-foot, about 326,000 gallons or 1,233 cubic meters, is enough to supply two to three households for a year.",
        True,
        [
            ("count", 326000, None, "about"),
            ("count", 1233, None, None),
            ("count", 2, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "A bathtub ring of bleached rock now stands more than 150 feet tall on the canyon walls near Hoover Dam.",
        True,
        [("count", 150, None, "over")],
        None,
    ),
    (
        "en",
        "Air temperatures at the lake reached 109°F (42.8°C) last week, speeding evaporation.",
        True,
        [("count", 109, None, None), ("count", 42.8, None, None)],
        None,
    ),
    ("en", "Marina operators said visitor numbers had held up better than they feared.", False, [], None),
    (
        "en",
        '"Nobody out here takes a wet winter for granted anymore," said Bureau of Reclamation hydrologist Yesenia Trujillo-Banks.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The lake could fall another 9 feet or so by next July if the Rockies get a dry winter, Trujillo-Banks said.",
        True,
        [("count", 9, None, "about")],
        "Trujillo-Banks",
    ),
    # --- Neue Regeln für schwere Pakete (dpa), Montag, 6. September ---
    (
        "de",
        "Bonn (dpa) - Pakete mit mehr als 20 Kilogramm müssen künftig gut sichtbar mit ihrem Gewicht gekennzeichnet werden, ab 31,5 Kilogramm zusätzlich mit einem Warnaufkleber.",
        True,
        [("count", 20, None, "over"), ("count", 31.5, None, "at_least")],
        None,
    ),
    ("de", "Das sieht eine Verordnung vor, die die Bundesnetzagentur am Montag vorgelegt hat.", True, [], None),
    (
        "de",
        "Bei den großen Paketdiensten liegt das Höchstgewicht für ein Paket meist bei 31,5 Kilogramm, die Maße dürfen 120 x 60 x 60 Zentimeter nicht überschreiten.",
        True,
        [("count", 31.5, None, None), ("count", 120, None, None), ("count", 60, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr stellten die Dienste in Deutschland rund 4,3 Milliarden Sendungen zu, im Schnitt wog ein Paket 4,1 Kilo.",
        True,
        [("count", 4300000000, None, "about"), ("count", 4.1, None, None)],
        None,
    ),
    (
        "de",
        "Sperrige Sendungen bis 2 Meter Gurtmaß kosten im Privatkundentarif zwischen 16,49 und 23,99 Euro.",
        True,
        [("count", 2, None, "up_to"), ("money", 16.49, "EUR", None), ("money", 23.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft Verdi sprach von einem überfälligen Schritt für die Gesundheit der Zusteller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Rund jeder zehnte Zusteller ist wegen Rücken- oder Schulterleiden im Jahr mindestens zwei Wochen krankgeschrieben“, sagte Verdi-Sprecherin Kerstin Hölzemann-Bekoe.",
        True,
        [("fraction", 0.1, None, "about"), ("duration", 2, "week", "at_least")],
        "Kerstin Hölzemann-Bekoe",
    ),
    (
        "de",
        "„Ein Paket ist kein Umzugskarton, und der Mensch ist kein Gabelstapler“, sagte Hölzemann-Bekoe.",
        False,
        [],
        None,
    ),
    # --- British potato harvest (PA), Monday, Sept 6 ---
    (
        "en",
        "LONDON (PA) - Britain's potato growers expect to lift about 4.6 million tonnes this autumn, 8% less than last year after a dry spring, the Agriculture and Horticulture Development Board estimates.",
        True,
        [("count", 4600000, None, "about"), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "Yields are running at around 41 tonnes per hectare, or roughly 16.6 tonnes an acre, against a five-year average of 45t/ha.",
        True,
        [
            ("count", 41, None, "about"),
            ("count", 16.6, None, "about"),
            ("duration", 5, "year", None),
            ("count", 45, None, None),
        ],
        None,
    ),
    (
        "en",
        "Growers planted roughly 118,000 hectares (291,600 acres), the smallest area on record.",
        True,
        [("count", 118000, None, "about"), ("count", 291600, None, None)],
        None,
    ),
    (
        "en",
        "A 25kg sack of baking potatoes was fetching about £14 at wholesale markets, up from £9.50 in January.",
        True,
        [("count", 25, None, None), ("money", 14, "GBP", "about"), ("money", 9.5, "GBP", None)],
        None,
    ),
    (
        "en",
        "Some farm shops still sell potatoes by the stone, about 6.35kg, at around £5 a bag.",
        True,
        [("count", 6.35, None, "about"), ("money", 5, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Bakers are graded at 65mm and above, and those were in the shortest supply.",
        True,
        [("count", 65, None, "at_least")],
        None,
    ),
    (
        "en",
        '"Chip shops will feel this before anyone else does," said Lincolnshire grower Hettie Farrow-Okonjo.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Irrigation had cost her about £380 an acre this summer, nearly double the usual bill, Farrow-Okonjo said.",
        True,
        [("money", 380, "GBP", "about"), ("count", 2, None, "nearly")],
        "Farrow-Okonjo",
    ),
    # --- Holzhochhaus in Baar (Keystone-SDA), Dienstag, 7. September ---
    (
        "de",
        "Baar ZG (Keystone-SDA) - In Baar ist am Dienstag der Grundstein für ein 84 Meter hohes Wohnhochhaus aus Holz gelegt worden.",
        True,
        [("count", 84, None, None)],
        None,
    ),
    (
        "de",
        "Der Turm soll 27 Geschosse und rund 190 Wohnungen auf 21'500 Quadratmetern Geschossfläche erhalten.",
        True,
        [("count", 27, None, None), ("count", 190, None, "about"), ("count", 21500, None, None)],
        None,
    ),
    (
        "de",
        "Verbaut werden nach Angaben der Bauherrin etwa 6'800 Kubikmeter Fichten- und Tannenholz, das meiste aus Schweizer Wäldern.",
        True,
        [("count", 6800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Deckenelemente von je 2,5 x 12 Metern werden nachts per Lastwagen angeliefert.",
        True,
        [("count", 2.5, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Baukosten veranschlagt die Bauherrin auf 148 Millionen Franken, gut 6'900 Franken pro Quadratmeter.",
        True,
        [("money", 148000000, "CHF", None), ("money", 6900, "CHF", "over")],
        None,
    ),
    (
        "de",
        "«Pro Geschoss brauchen wir mit vorgefertigten Elementen nur fünf Arbeitstage», sagte Holzbauingenieurin Ladina Fopp-Kwabena.",
        True,
        [("duration", 5, "day", None)],
        "Ladina Fopp-Kwabena",
    ),
    ("de", "«Holz ist kein Wundermittel, aber es ist der ehrlichere Baustoff», sagte Fopp-Kwabena.", False, [], None),
    # --- Oil and the Gulf storm (Reuters), Tuesday, Sept 7 ---
    (
        "en",
        "NEW YORK, Sept 7 (Reuters) - Oil prices rose on Tuesday, with U.S. crude futures settling up 84 cents at $71.36 a barrel, as traders bet a storm in the Gulf of Mexico would shut in offshore output.",
        True,
        [("date", "--09-07", None, None), ("money", 0.84, "USD", None), ("money", 71.36, "USD", None)],
        None,
    ),
    (
        "en",
        "Brent crude gained 0.9% to $74.90.",
        True,
        [("percent", 0.9, "%", None), ("money", 74.9, "USD", None)],
        None,
    ),
    (
        "en",
        "Producers had shut about 310,000 barrels per day of Gulf output, roughly 17% of the region's total, by Tuesday afternoon, offshore regulator BSEE estimated.",
        True,
        [("count", 310000, None, "about"), ("percent", 17, "%", "about")],
        None,
    ),
    (
        "en",
        "A barrel holds 42 U.S. gallons, or about 159 litres.",
        True,
        [("count", 42, None, None), ("count", 159, None, "about")],
        None,
    ),
    (
        "en",
        "The storm was packing maximum sustained winds of 65 knots (75 mph) as it moved north at 9 mph, the National Hurricane Center said.",
        True,
        [("count", 65, None, None), ("count", 75, None, None), ("count", 9, None, None)],
        "the National Hurricane Center",
    ),
    ("en", "Traders said the market was pricing in only a short disruption.", False, [], None),
    (
        "en",
        '"The Gulf has been through this many times, and the platforms come back quickly," said Rowena Castellane-Nduka, an energy analyst at Tallowgate Commodities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. crude inventories probably fell by about 2.4 million barrels last week, according to a Reuters poll of analysts.",
        True,
        [("count", 2400000, None, "about")],
        None,
    ),
    # --- Hopfenernte in der Hallertau (dpa/lby), Mittwoch, 8. September ---
    (
        "de",
        "Wolnzach (dpa/lby) - In der Hallertau hat die Hopfenernte ihren Höhepunkt erreicht: Auf rund 17.300 Hektar erwarten die Pflanzer gut 41.000 Tonnen Doldenhopfen.",
        True,
        [("count", 17300, None, "about"), ("count", 41000, None, "over")],
        None,
    ),
    (
        "de",
        "In alten Einheiten sind das mehr als 820.000 Zentner, der Zentner zu 50 Kilo gerechnet.",
        True,
        [("count", 820000, None, "over"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Im Schnitt brachte der Hektar heuer knapp 2,4 Tonnen, in guten Jahren sind es über 2,6.",
        True,
        [("count", 2.4, None, "nearly"), ("count", 2.6, None, "over")],
        None,
    ),
    (
        "de",
        "Die Reben klettern an Gerüsten von sieben Metern Höhe und werden zur Ernte samt Draht abgeschnitten.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    ("de", "Der Verband deutscher Hopfenpflanzer sprach von einer „ordentlichen Durchschnittsernte“.", False, [], None),
    (
        "de",
        "„Bei 35 Grad im Juli haben die Dolden gelitten, vor allem bei den Aromasorten fehlt uns Alphasäure“, sagte Hopfenpflanzerin Veronika Stanglmeier-Adjei.",
        True,
        [("count", 35, None, None)],
        "Veronika Stanglmeier-Adjei",
    ),
    (
        "de",
        "Für ein Kilo Hopfen der Sorte Perle zahlen die Brauereien über Vorverträge derzeit rund 7,80 Euro.",
        True,
        [("money", 7.8, "EUR", "about")],
        None,
    ),
    # --- Early-season bushfire near Bega (AAP), Wednesday, Sept 8 ---
    (
        "en",
        "SYDNEY (AAP) - Firefighters are battling a bushfire that has burnt through more than 2,600 hectares of scrub near Bega as temperatures reach the low 30s in an early-season hot spell.",
        True,
        [("count", 2600, None, "over")],
        None,
    ),
    (
        "en",
        "Bega hit 32.8C on Wednesday, about 12 degrees above the September average.",
        True,
        [("count", 32.8, None, None), ("count", 12, None, "about")],
        None,
    ),
    (
        "en",
        "Winds gusting to 70km/h pushed the fire front about 4km east overnight, the NSW Rural Fire Service said.",
        True,
        [("count", 70, None, None), ("count", 4, None, "about")],
        "the NSW Rural Fire Service",
    ),
    (
        "en",
        "About 140 firefighters and six aircraft, including a large air tanker that can drop up to 15,000 litres of retardant at a time, are working the fire.",
        True,
        [("count", 140, None, "about"), ("count", 6, None, None), ("count", 15000, None, "up_to")],
        None,
    ),
    ("en", "Residents said the smoke had turned the afternoon sky orange.", False, [], None),
    (
        "en",
        "An RFS spokesman said containment lines up to 30m wide had been cut with bulldozers along the western flank.",
        True,
        [("count", 30, None, "up_to")],
        None,
    ),
    ("en", '"Don\'t wait to see flames before you decide to leave," the spokesman said.', False, [], None),
    (
        "en",
        "The Bureau of Meteorology expects a top of 35C in Bega on Friday before a southerly change drops temperatures by up to 15 degrees.",
        True,
        [("count", 35, None, None), ("count", 15, None, "up_to")],
        None,
    ),
    # --- Tunnelbohrmaschine für die U5 (APA), Donnerstag, 9. September ---
    (
        "de",
        "Wien (APA) - Für den Ausbau der U-Bahn-Linie U5 hat sich in Wien am Donnerstag die erste Tunnelbohrmaschine in Bewegung gesetzt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 110 Meter lange und rund 750 Tonnen schwere Maschine hat einen Bohrkopf mit 6,8 Metern Durchmesser.",
        True,
        [("count", 110, None, None), ("count", 750, None, "about"), ("count", 6.8, None, None)],
        None,
    ),
    (
        "de",
        "Pro Tag soll sie im Schnitt zwölf bis 15 Meter vorankommen, in bis zu 30 Metern Tiefe.",
        True,
        [("count", 12, None, None), ("count", 15, None, None), ("count", 30, None, "up_to")],
        None,
    ),
    (
        "de",
        "Insgesamt fallen bei dem Abschnitt rund 420.000 Kubikmeter Aushub an, die nach Angaben der Wiener Linien großteils per Bahn abtransportiert werden.",
        True,
        [("count", 420000, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspricht etwa 28.000 Lkw-Fuhren mit je 15 Kubikmetern.",
        True,
        [("count", 28000, None, "about"), ("count", 15, None, None)],
        None,
    ),
    ("de", "Anrainer klagten über Erschütterungen und nächtlichen Baulärm.", False, [], None),
    (
        "de",
        "„Unter manchen Häusern fahren wir mit nur neun Metern Abstand zum Keller durch“, sagte Projektleiter Ferdinand Wögerbauer-Addai.",
        True,
        [("count", 9, None, None)],
        "Ferdinand Wögerbauer-Addai",
    ),
    ("de", "„Das ist Präzisionsarbeit im Blindflug“, sagte Wögerbauer-Addai.", False, [], None),
    # --- U.S. beef and cattle (Reuters), Thursday, Sept 9 ---
    (
        "en",
        "WASHINGTON, Sept 9 (Reuters) - U.S. beef production will fall 3.1% next year to about 25.9 billion pounds as ranchers hold back heifers to rebuild herds, the Agriculture Department said on Thursday.",
        True,
        [("date", "--09-09", None, None), ("percent", 3.1, "%", None), ("count", 25900000000, None, "about")],
        "the Agriculture Department",
    ),
    (
        "en",
        "Average dressed weights for steers rose to a record 948 pounds, or about 430 kilograms, in August.",
        True,
        [("count", 948, None, None), ("count", 430, None, "about")],
        None,
    ),
    (
        "en",
        "Ground beef averaged $6.21 a pound at retail, up 48 cents from a year earlier.",
        True,
        [("money", 6.21, "USD", None), ("money", 0.48, "USD", None)],
        None,
    ),
    (
        "en",
        "The U.S. cattle herd stood at 86.2 million head on July 1, the smallest for that date since 1973.",
        True,
        [("count", 86200000, None, None), ("date", "--07-01", None, None), ("year", 1973, None, None)],
        None,
    ),
    (
        "en",
        "Live cattle futures for October delivery settled at 238.15 cents per pound on the Chicago Mercantile Exchange.",
        True,
        [("money", 2.3815, "USD", None)],
        None,
    ),
    (
        "en",
        "Feedlot operators said high corn prices were squeezing their margins despite record cattle prices.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"A 1,400-pound fed steer brings more than $3,300 at today\'s prices," said Garrison Mabry-Okwu, a livestock economist at Cimarron Bend Ag Advisors.',
        True,
        [("count", 1400, None, None), ("money", 3300, "USD", "over")],
        "Garrison Mabry-Okwu",
    ),
    ("en", '"Ranchers have been burned before, and they\'re in no hurry," Mabry-Okwu said.', False, [], None),
    # --- Krabbenfischer an der Nordsee (dpa/lno), Freitag, 10. September ---
    (
        "de",
        "Büsum (dpa/lno) - Die Krabbenfischer an der Nordseeküste haben bis Ende August rund 6.200 Tonnen Nordseegarnelen angelandet, gut ein Viertel weniger als im Vorjahreszeitraum.",
        True,
        [("count", 6200, None, "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Für ein Kilo bekamen die Fischer zuletzt im Schnitt 4,60 Euro, im Laden kostet die gepulte Ware oft mehr als das Zehnfache.",
        True,
        [("money", 4.6, "EUR", None), ("count", 10, None, "over")],
        None,
    ),
    (
        "de",
        "Die Kutter fischen meist innerhalb der Zwölf-Seemeilen-Zone mit Netzen von etwa 9 Metern Breite.",
        True,
        [("count", 12, None, None), ("count", 9, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Kutter ist in der Saison oft 14 bis 16 Stunden am Tag draußen und fährt beim Fischen mit vier bis fünf Knoten.",
        True,
        [
            ("duration", 14, "hour", None),
            ("duration", 16, "hour", None),
            ("count", 4, None, None),
            ("count", 5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Messungen des Thünen-Instituts lag die Wassertemperatur im Wattenmeer im August zeitweise über 22 Grad, rund 1,5 Grad über dem langjährigen Mittel.",
        True,
        [("count", 22, None, "over"), ("count", 1.5, None, "about")],
        None,
    ),
    ("de", "Der Landesfischereiverband sprach von einem „Jahr am Limit“.", False, [], None),
    (
        "de",
        "„Früher hatten wir an guten Tagen 800 Kilo an Bord, heute sind 300 schon viel“, sagte Krabbenfischer Hauke Claussen-Yeboah.",
        True,
        [("count", 800, None, None), ("count", 300, None, None)],
        "Hauke Claussen-Yeboah",
    ),
    ("de", "„Ohne Krabbe gibt es keinen Hafen, und ohne Hafen kein Dorf“, sagte Claussen-Yeboah.", False, [], None),
    # --- Irish grain harvest (Reuters), Friday, Sept 10 ---
    (
        "en",
        "DUBLIN, Sept 10 (Reuters) - Irish tillage farmers harvested about 2.3 million tonnes of cereals this year, 6% more than last year, state agency Teagasc said on Friday.",
        True,
        [("date", "--09-10", None, None), ("count", 2300000, None, "about"), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Spring barley yielded an average of 3.1 tonnes an acre, or about 7.7 tonnes per hectare.",
        True,
        [("count", 3.1, None, None), ("count", 7.7, None, "about")],
        None,
    ),
    (
        "en",
        "Winter wheat came in at 4 tonnes an acre on the best land in Kildare and Carlow.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The area under cereals rose to about 292,000 hectares, or just over 721,000 acres, according to the Department of Agriculture.",
        True,
        [("count", 292000, None, "about"), ("count", 721000, None, "over")],
        None,
    ),
    (
        "en",
        "Grain merchants were paying around 228 euros a tonne for green barley at harvest.",
        True,
        [("money", 228, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Straw was making about 25 euros for a 4ft x 4ft round bale, roughly a third less than in the wet year of 2024.",
        True,
        [
            ("money", 25, "EUR", "about"),
            ("count", 4, None, None),
            ("count", 4, None, None),
            ("fraction", 0.3333, None, "about"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    ("en", "Farmers said that price barely covered the cost of baling and hauling.", False, [], None),
    (
        "en",
        '"We had the weather for once, and you could see it in the trailers," said Carlow tillage farmer Eamon Drennan-Opoku.',
        False,
        [],
        None,
    ),
    (
        "en",
        "His 180 acres of barley averaged 3.4 tonnes an acre at under 18% moisture, Drennan-Opoku said.",
        True,
        [("count", 180, None, None), ("count", 3.4, None, None), ("percent", 18, "%", "under")],
        "Drennan-Opoku",
    ),
]
