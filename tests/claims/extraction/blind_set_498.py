"""Four-hundred-and-ninety-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Landeshauptmann“, „das
Gesundheitsministerium“, „eine Sprecherin der Stadt“, "the chief cabinet secretary", "a
Calhoun County commissioner", "a local MP") or under made-up names that stand for no real
holder (two fire brigade spokesmen, a weather service's meteorologist, a geophysical
service's meteorologist and its climatologist, a seismological service's seismologist, a
hail insurer's spokeswoman, a cantonal command staff's spokesman, a reinsurer's climate
expert, a glaciologist, a seismologist and an insurance association's claims expert; a fire
agency's spokeswoman, a flood duty manager, an emergency service's spokeswoman, a hurricane
specialist, a county epidemiologist, a meteorologist, a disaster authority's spokesman, an
avalanche forecaster, a reinsurance institute's analyst and a fire information officer).

Names: Quirin Brunnhuber-Bamba, Gundula Flatscher-Nyame, Silvan Tscharner-Imboden,
Friederike Stallkamp-Oduro, Edeltraud Grabmayr-Sowah, Ruedi Flütsch-Casutt, Hartwig
Brösamle-Ankrah, Benedikt Haslinger-Owusu, Swenja Rathjen-Agyeman, Arnold Zurbriggen-Lauber,
Ottilie Prantauer-Asamoah and Jördis Wiechmann-Appiah; Marisol Urquidi-Pryce, Philippa
Penhaligon-Asante, Bronwen Halliwell-Tane, Corwin Baptiste-Lindqvist, Delphine
Kettleborough-Sosa, Dervla Rathcoole-Okoye, Shahid Rizvi-Mallory, Rawiri Ashfield-Kingi,
Cosima Vantreight-Eze and Kiran Sandhar-Forde are invented, and so are the catastrophe
modeller Stormhaven Analytics, the storms (Typhoon Soraya, Hurricane Corisande) and the
Cedar Ridge Fire, with every unnamed spokesman, spokeswoman, shopkeeper, cafe owner, farmer,
resident, evacuee, hotelier, commuter, analyst, agent and official. Real bodies, firms,
places and media (the Deutscher Wetterdienst and its DWD, GeoSphere Austria, the
Schweizerischer Erdbebendienst SED, MeteoSchweiz, the Bundesheer, the Wildbach- und
Lawinenverbauung, the Österreichische Hagelversicherung, the Katastrophenfonds, the
Gesundheitsministerium, the Wiener Berufsrettung, the Rega, the Kantonspolizei, the Deutsche
Bahn, the Bundespolizei, the Landesforstbetrieb, the Landeshochwasserzentrum, Munich Re, the
Gesamtverband der Deutschen Versicherungswirtschaft GDV, EFFIS; AFAD, the U.S. Geological
Survey and its USGS, Cal Fire, the Red Cross, the Met Office, the Environment Agency,
National Grid, the UK Health Security Agency, Network Rail, Southern Water, the Bureau of
Meteorology, the NSW SES, Essential Energy, the Central Weather Administration, the National
Hurricane Center and its NHC, the BSEE, Arizona Public Service, the Maricopa County
Department of Public Health, the Japan Meteorological Agency, the Fire and Disaster
Management Agency, Tohoku Electric Power, East Japan Railway, the National Disaster
Management Authority and its NDMA, the Pakistan Meteorological Department, the NZ Avalanche
Advisory, FEMA, the National Flood Insurance Program, Swiss Re and the Swiss Re Institute,
the Association of British Insurers, Flood Re, the BC Wildfire Service, the Canadian
Interagency Forest Fire Centre, the Canadian Armed Forces; Oberbayern, Bad Tölz, Miesbach,
the Alpenvorland, the Ötztal, Längenfeld, Umhausen, the B186, Visp, Brig, the Oberwallis,
Waghäusel-Kirrlach, Freiburg, Karlsruhe, Mannheim, Euböa, Limni, the Kahler Asten, Köln,
Dortmund, Düsseldorf, Duisburg, Wuppertal, the Sauerland, the Süd- und Oststeiermark, Bad
Radkersburg, the Val Müstair, Sta. Maria, the Umbrailpass, Treuenbrietzen, Brandenburg, Bad
Deutsch-Altenburg, Wien, Niederösterreich, the Burgenland, the Bisgletscher, Randa, Zermatt,
the Elbe, Dresden, the Erzgebirge, Glashütte, Dohna, Neunkirchen, Ternitz, the Wiener
Becken; Malatya, Battalgazi, the San Bernardino Mountains, Redlands, Highway 18, Boscastle,
Camelford, the River Camel, the Valency, Devon, Cornwall, Heathrow, East Anglia, Brighton,
Port Macquarie, Kempsey, the Hastings and Macleay rivers, Orchid Island, Hualien, the
Central Mountain Range, the Taiwan Strait, the Gulf, Port O'Connor, Phoenix Sky Harbor
International Airport, Miyagi, Ishinomaki, Ayukawa, Onagawa, Khyber Pakhtunkhwa, Punjab, the
Swat and Kabul rivers, Charsadda, Mt Hutt, Canterbury, Christchurch, Calhoun County,
Lillooet, Pemberton, Highway 99, and the datelines' cities) stand for the way wire copy
names them; every reading, magnitude, depth, gust, level, toll, evacuation, outage, area,
estimate, sum, share, record and quote here is invented, and where a real figure came to
mind (a real flood crest at Dresden, a real Phoenix streak, a real quake's toll, a real
insured loss, a real burnt area) it was changed or the reference dropped. Kept as the facts
they are: the reference period 1991 to 2020 for climate norms, the two levels of the DWD's
heat warnings, the four levels of the DWD's storm warnings, the five levels of the avalanche
danger and size scales, the top level 7 of Japan's intensity scale, the twelve degrees of
the European Macroseismic Scale and the three levels of the Australian warning system.

Its weight: NATURAL HAZARDS AND WEATHER EXTREMES, the first round under this name (the
forty-seventh batch weighed weather warnings, natural hazards and civil protection, the
ninety-ninth disasters and emergencies over a day, the hundred-tenth weather records and
climate extremes, the hundred-thirty-fifth natural disasters abroad, the hundred-sixty-ninth
natural hazards at home, the hundred-ninety-fourth weather service and climate bulletins,
the two-hundred-and-twelfth storms, floods and earthquakes, the two-hundred-and-fifty-first
weather and climate statistics, the two-hundred-and-ninety-first natural disasters, the
three-hundred-and-thirtieth weather extremes and climate records, the
three-hundred-and-sixty-third natural disasters, their tolls and their revisions, the
four-hundred-and-fourth a week of severe weather, the four-hundred-and-nineteenth disasters
and accidents, the four-hundred-and-fifty-first weather records, the
four-hundred-and-seventy-first insurers and natural catastrophe losses and the
four-hundred-and-eighty-sixth an earthquake followed for a month; their decisions are kept,
those of the two-hundred-and-twelfth, two-hundred-and-ninety-first,
three-hundred-and-sixty-third and four-hundred-and-fourth first of all) - three made-up wire
weeks of a hot and stormy summer, Monday, August 2, to Friday, August 20, 2027, as 30 short
stories in date order with the German and English desks interleaved, each told as wire copy
runs it (a dateline lead with the hazard and its headline figure, the readings, tolls,
evacuees, crews and losses behind it, attributed claims, quotes, advice and the other side):
hail and cloudbursts in Upper Bavaria, an earthquake in eastern Turkey, debris flows in the
Ötztal, a wildfire in the San Bernardino Mountains, a quake in the Upper Valais, flash
floods in Cornwall, a German heatwave, an east coast low in New South Wales, a wildfire on
Euboea, a typhoon over Taiwan, a storm front over North Rhine-Westphalia, a hurricane in the
Gulf, hail in Styria, heat in Phoenix, a debris flow in the Val Müstair, a quake off Miyagi,
a forest fire on munitions ground in Brandenburg, heat in England, heat in eastern Austria,
Munich Re's and Swiss Re's half years, monsoon floods in Pakistan, an ice avalanche above
Randa, an avalanche near Mt Hutt, the Elbe at Dresden, the hurricane a week on, a quake in
Lower Austria, the Cornwall flood claims, the German insurers' bill and a wildfire near
Lillooet. Half German (dpa with its regional slugs "dpa/lby", "dpa/lnw" and "dpa/sn",
dpa-AFX, APA, Keystone-SDA, AFP German; Austrian „heuer“, „Lokalaugenschein“,
„Landeshauptmann“, „Bundesheer“, „Berufsrettung“, „in der Nacht auf Dienstag“, Swiss
„innert“, „gemäss“, „Grössenordnung“, „Strasse“, „Kantonsstrasse“, „Randa VS“, „3100“
without a separator, „60'000“, „180'000“ and „100'000“ with the apostrophe, «» quotes,
German „“ quotes), half English (Reuters with dated datelines, AP, PA, AAP; U.S. "degrees"
without a scale, "mph", "acres", "centers", "modeler", "homes and businesses", British
"90mm", "34.8C", "metres", "neighbours", "amber heat-health alert", Australian
"millimetres", "248mm", "NSW SES", Canadian "hectares (... acres)", "km/h", New Zealand
"70cm", "Mt Hutt"). Its weight is the forms such copy gives its hazards: magnitudes as
written („der Magnitude 4,6“, "A magnitude 6.1", "at 5.9", "a magnitude 4.8"), depths and
distances with converted figures in brackets ("9.4 km (5.8 miles)", „in fünf Kilometern
Tiefe“, „rund neun Kilometer unter der Erdoberfläche“), intensities on their scales ("upper
5 ..., whose top level is 7", „V auf der zwölfteiligen Europäischen Makroseismischen
Skala“), recurrence („etwa alle 14 Monate“, „etwa alle drei bis vier Jahre“); winds in
„Kilometern pro Stunde“, "km/h" and "mph" with converted figures ("173 km/h (107 mph)", "125
mph (201 km/h)", „eine Spitzenböe von 126 Kilometern pro Stunde“, "gusting to 60 km/h",
"increased by 40 mph"); hurricane categories and warning levels („Unwetterwarnungen der
Stufe 3 von 4“, „die Alarmstufe 3 von 4“, „die höchste Waldbrandgefahrenstufe 5“, „die
höhere von zwei Hitzewarnstufen“, "the highest of three alert levels", "a Category 3 or 4
hurricane", "level 3 of 5", "size 3 on the five-point avalanche size scale"), and warnings
with a colour or a rank only; rain in „Liter auf den Quadratmeter“, „Liter pro
Quadratmeter“, „Millimeter“, "mm" glued and spaced, "millimetres" and inches ("10 to 15
inches ..., locally as much as 20 inches"); rivers in metres ("7.1 metres ..., above the
major flood level of 6.8 metres", „auf 6,12 Meter“, „bei etwa 6,60 Metern; normal sind ...
rund zwei Meter“, "by almost 2 metres in four hours") and surges in feet; hail by its size
(„mit bis zu sechs Zentimetern Durchmesser“, „teils zehn Zentimeter hoch“,
„Tennisballgroße“); debris and ice in cubic metres; temperatures and their thresholds („38,9
Grad“, „mehr als 35 Grad“, „mindestens 20 Grad“, „mit 30 Grad oder mehr“, "116 degrees", "at
or above 90 degrees", "35C or 36C"); burnt areas in hectares and acres („mehr als 6.800
Hektar“, "more than 21,000 acres", "more than 31,000 hectares (76,600 acres)", "about 3.9
million hectares") and containment in percent; tolls, injured, evacuees, rescues, crews,
calls, claims and homes without power; damage estimates and insured losses in euros,
dollars, pounds and New Taiwan dollars ("between $6 billion and $9 billion", "an estimated
$64 billion", "above $60 billion", „nach 74 Milliarden“, "NT$1.8 billion ($56 million)");
multiples and shares („fast doppelt so viel“, "more than double it", „fünfmal schneller“,
„gut die Hälfte“, "About two-thirds", "nearly half"); durations of rain, outages and
clean-ups, ages, ordinals of heatwaves, storms and avalanches, years and datelines. Speakers
as such copy has them: weather services, a seismological service, a hail insurer, an
insurance association, a geological survey, a fire agency, a hurricane centre, a disaster
authority and a meteorological agency with „teilte ... mit“, „wie ... mitteilte“ and "said",
their named meteorologists, seismologists, spokespeople, analysts and forecasters with their
titles dropped, and beside them the forms left unchecked (firms, descriptions before a name,
common nouns, compounds, „gemäss“, data, verbs of measuring, estimating, issuing and
forecasting, roles, plural sources and every "according to"). Negatives stand beside them -
55 rows, none with a figure: rhetoric, feelings and verdicts in quotes from fire spokesmen,
a fire agency's spokeswoman, an emergency service's spokeswoman, a hurricane specialist, a
hail insurer's spokeswoman, an epidemiologist, a command staff's spokesman, a climatologist,
a reinsurer's climate expert, a glaciologist, an avalanche forecaster, a seismologist, a
reinsurance analyst, an insurers' claims expert and a fire information officer, and from
roles and bystanders (a governor of a Land, a county commissioner, a local MP, a city's
spokeswoman, a shopkeeper, a cafe owner, a woman in Visp, a villager on Euboea, a farmer in
Charsadda), labels („sprachen von“), advice and appeals naming no measure („riet“, „rät“,
„bat“, „rief ... auf“, „appellierte“, "urged", "told people to stay out", "advised"), an
accusation, a complaint, feelings told as reports, views told as reports ("Outreach workers
said ...", "Aid groups said ...", "Insurance agents said ...", "Some analysts said ...",
"Residents in Boscastle said ...") and a forecast without a figure.

238 rows (120 German, 118 English), 55 negatives (28 German, 27 English), 183 check-worthy
rows of which 14 carry no figure (9 German, 5 English), 281 expected quantities (186 counts,
26 durations - 12 in hours, 8 in years, 2 in days, 2 in minutes, 1 in months, 1 in weeks -,
24 amounts of money - 14 USD, 7 EUR, 2 GBP, 1 TWD -, 11 ordinals, 11 years, 10 percentages,
all in "%", 7 dates - 0 with a year, 7 without -, 6 fractions; none of them in a negative),
35 checked speakers (17 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names, firms, storms
and fires were checked against the earlier batches; no full name is used there, and thirteen
first choices whose first surname had already appeared in an earlier batch were replaced
before the commit (single surname parts, common in Alpine and British copy, still recur).

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported verdict, label, feeling, view, piece of advice, appeal,
  accusation, complaint, forecast without a figure or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-twelfth, three-hundred-and-sixty-third, four-hundred-and-fourth,
  four-hundred-and-ninety-third); a quoted or reported reading, toll, step, estimate or
  forecast with a figure is check-worthy with its speaker, also in Konjunktiv I and in a
  quote (hundred-thirty-fifth: Flatscher-Nyame's half, Tscharner-Imboden's 14 months,
  Flütsch-Casutt's two weeks, Zurbriggen-Lauber's 2.5 metres, Prantauer-Asamoah's three to
  four years, Wiechmann-Appiah's half, Grabmayr-Sowah's 90 million). Pairs from one speaker:
  Brunnhuber-Bamba's 340 calls beside „eine Nacht, die keiner von uns so schnell vergisst“,
  Urquidi-Pryce's crews beside "Mother Nature", Stallkamp-Oduro's twelve degrees beside her
  advice („riet“), Halliwell-Tane's rescues beside "The water does not care ...",
  Baptiste-Lindqvist's 40 mph beside "Anyone ordered out should go today ...",
  Grabmayr-Sowah's 90 million beside „die Arbeit eines ganzen Jahres“ („eines ganzen Jahres“
  names no figure), Kettleborough-Sosa's two-thirds beside "the quietest killer",
  Flütsch-Casutt's two weeks beside „Das Tal hält zusammen“, Brösamle-Ankrah's crews beside
  „mit angezogener Handbremse“, Haslinger-Owusu's tripling beside „Alltag“,
  Rathjen-Agyeman's third beside „unterschätzt“, Zurbriggen-Lauber's 2.5 metres beside „Der
  Berg hat uns gewarnt“, Ashfield-Kingi's 70cm beside "a completely different world",
  Prantauer-Asamoah's years beside „Grund zur Panik“, Vantreight-Eze's 5% to 7% beside "the
  protection gap", Wiechmann-Appiah's half beside „der irrt“ and Sandhar-Forde's gusts
  beside "full stop"; and from one service: the DWD's warnings beside its advice („Der
  Wetterdienst riet ...“), and the SED's 3100 reports beside its advice („Der SED rät ...“).
  Negatives otherwise: labels („Sozialverbände sprachen von ...“, „Bauernvertreter sprachen
  von ...“, „Analysten sprachen von ...“, „Verbraucherschützer sprachen von ...“), appeals
  and advice naming no measure („Die Stadt Köln bat ...“, „Die Stadt rief die Dresdner dazu
  auf ...“, „Der Landesforstbetrieb appellierte ...“, "Police urged ..." twice, "Officials
  told people to stay out ...", "The chief cabinet secretary urged ...", "..., the UK Health
  Security Agency advised."; three-hundred-and-sixtieth, four-hundred-and-fourth), an
  accusation („Die Opposition warf der Regierung vor ...“), a complaint („Einheimische
  klagten ...“), feelings told as reports („Pendler machten ... ihrem Ärger ... Luft“,
  „Hoteliers ... zeigten sich erleichtert“, "Evacuees ... said they were desperate ...",
  "Farmers ... said they feared ...", "Beachgoers ... said they were glad ...", "Residents
  of Lillooet said they felt forgotten ..."), views told as reports
  (three-hundred-and-ninety-fifth: "Outreach workers said ...", "Aid groups said ...",
  "Insurance agents said ...", "Some analysts said ...", "Residents in Boscastle said ..."),
  a forecast without a figure ("The storm was expected to lose strength ...";
  four-hundred-and-fourth), the rhetoric of roles („sagte der Landeshauptmann bei einem
  Lokalaugenschein“, „sagte eine Sprecherin der Stadt“, "a Calhoun County commissioner
  said", "a local MP said") and vox pops (a shopkeeper in Battalgazi, a cafe owner in
  Boscastle, a woman in Visp, a villager in Limni, a farmer in Charsadda). Check-worthy
  without a figure (hundred-thirty-fifth, two-hundred-and-twelfth, four-hundred-and-fourth):
  the storm front's passage in North Rhine-Westphalia („stundenlang“ none), the lines closed
  until Monday morning, the hail's passage in Styria, the aid announced from the
  Katastrophenfonds, the cracked façades in the Valais and the light damage in Lower
  Austria, the Umbrailpass closed „mindestens bis Freitag“ (a weekday bounds no figure), the
  firefighter in stable condition, the yellow and the amber warnings (a colour only), the
  nuclear plant without problems, the highest heat warning level (a rank in words only),
  Highway 99 closed (a road's name) and Haslinger-Owusu's tripling since the 1980s („etwa
  verdreifacht“ none, as „ungefähr halbiert“, four-hundred-and-ninety-third; decades none,
  thirty-fourth).
- Magnitudes, depths, distances and intensities are counts (fourth, hundred-thirty-fifth,
  two-hundred-and-twelfth, two-hundred-and-ninety-first, three-hundred-and-sixty-third,
  four-hundred-and-eighty-sixth): „der Magnitude 4,6“, „der Magnitude 4,2“, "A magnitude
  6.1", "the strongest a magnitude 4.8", "A magnitude 6.6", "The USGS put the magnitude
  slightly lower, at 5.9" 5.9 ("slightly lower" none); "at a depth of 9.4 km (5.8 miles),
  about 21 km northeast" 9.4, 5.8 and 21 "about" (the converted figure in brackets with no
  hedge, eightieth), „rund acht Kilometer ... in fünf Kilometern Tiefe“ 8 "about" and 5,
  „rund neun Kilometer unter der Erdoberfläche“ 9 "about"; "registered upper 5 on the
  agency's intensity scale, whose top level is 7" 5 and 7 ("upper" none, as "lower 6 on the
  seven-level ... scale"; hundred-thirty-fifth, two-hundred-and-ninety-first,
  three-hundred-and-sixty-third) beside "two neighbouring towns" 2; „erreichte V auf der
  zwölfteiligen Europäischen Makroseismischen Skala“ 5 and 12 (two-hundred-and-twelfth:
  "intensity VIII on the Modified Mercalli scale" 8 - the Roman numeral is the level's
  figure -; hundred-sixty-ninth: „auf der fünfteiligen Skala“ 5). Recurrence intervals are
  durations: „etwa alle 14 Monate“ 14 months "about" (two-hundred-and-twelfth: „etwa alle 18
  Monate“), „etwa alle drei bis vier Jahre“ 3 years "about" and 4 years (the hedge on the
  figure it stands before, seventeenth).
- Warnings, categories and levels (forty-seventh, hundred-sixty-ninth,
  two-hundred-and-twelfth, four-hundred-and-fourth): a warning issued or in force is
  check-worthy, with its levels as counts - „Unwetterwarnungen der Stufe 3 von 4“ 3 and 4,
  „die Alarmstufe 3 von 4“ 3 and 4, "level 3 of 5" 3 and 5, „die höchste
  Waldbrandgefahrenstufe 5“ 5 („höchste“ none, four-hundred-and-fourth: „die höchste
  Meldestufe 4“), „die höhere von zwei Hitzewarnstufen“ 2 and "the highest of three alert
  levels" 3 (three-hundred-and-sixty-third: "to 5, the highest on its five-level scale"), "a
  Category 3 storm" 3 (twentieth) and "as a Category 3 or 4 hurricane" 3 and 4
  (four-hundred-and-fourth New: "at Category 4 or 5 strength") - and without a figure where
  it has a colour or a rank in words only ("A yellow warning for thunderstorms ...", "an
  amber heat-health alert", „die höchste Hitzewarnstufe“). New: "estimated at size 3 on the
  five-point avalanche size scale" gives 3 and 5 - the avalanche size class is a level on
  its scale as a hurricane category (twentieth) and "level 4 of 5" (four-hundred-and-fourth)
  are, the number word heading "five-point" is the scale's size (hundred-twenty-sixth:
  "five-level"), and "estimated" bounds nothing (two-hundred-and-ninety-first: "peak winds
  estimated at 175 mph"). A forecast with a figure is check-worthy ("a storm surge of 8 to
  12 feet ... 10 to 15 inches of rain, locally as much as 20 inches" 8, 12, 10, 15 and 20
  "up_to"; „um bis zu zwölf Grad sinken“ 12 "up_to"; „Ein weiterer Abbruch von bis zu
  100'000 Kubikmetern sei ... möglich“; "could see 35C or 36C" 35 and 36 - the figures
  joined by "or", four-hundred-and-fourth New -; "more heavy rain over the next four days" 4
  days; "quakes of comparable strength could follow within the next seven days" 7 days); a
  forecast without a figure is a negative (above).
- Readings are counts of the figure as written (hundred-thirty-fifth, hundred-sixty-ninth,
  two-hundred-and-twelfth, two-hundred-and-ninety-first, four-hundred-and-fourth): rain („62
  Liter auf den Quadratmeter“, „bis zu 55 Liter pro Quadratmeter“ "up_to", „mehr als 190
  Liter Regen pro Quadratmeter“ "over", „74 Millimeter“, „110 Millimeter“, "more than 90mm"
  glued, "more than 300 millimetres", "248mm", "More than 520 mm"); winds („eine Spitzenböe
  von 126 Kilometern pro Stunde“ with no hedge - four-hundred-and-fourth New: „Spitzenböe“
  -, „Böen von bis zu 70 Kilometern pro Stunde“ "up_to", "Gusts of up to 60 mph" "up_to",
  "sustained winds of 173 km/h (107 mph)" 173 and 107, "Gusts of up to 241 km/h" "up_to",
  "its strongest winds now at 125 mph (201 km/h)" 125 and 201, "had increased by 40 mph in
  the previous 24 hours" 40 and 24 hours, "winds gusting to 60 km/h" 60 - "to" before a
  figure no hedge, as the „auf“ of a change -); water („auf 6,12 Meter“, „bei etwa 6,60
  Metern; normal sind ... rund zwei Meter“ 6.6 and 2 "about", "peaked at 7.1 metres ...,
  above the major flood level of 6.8 metres" 7.1 and 6.8 - "above the" before an article no
  hedge, four-hundred-and-fourth -, "had risen by almost 2 metres in four hours" 2 "nearly",
  "a storm surge of 8 to 12 feet", "peak storm surge of 11.4 feet" - "peak" no hedge -);
  hail („mit bis zu sechs Zentimetern Durchmesser“ 6 "up_to", „teils zehn Zentimeter hoch“
  10); debris, ice and snow („gut 40.000 Kubikmeter“ "over", „rund 60'000 Kubikmeter“, „rund
  180'000 Kubikmeter“ and „bis zu 100'000 Kubikmetern“ with the Swiss apostrophe - tenth -,
  „um bis zu 2,5 Meter pro Tag“ 2.5 "up_to" - „pro Tag“ none -, „rund 400 Meter oberhalb der
  Kantonsstrasse“ 400 "about", "up to 70cm of new snow" "up_to", "at about 1,900 metres"
  "about"); distances („mit einem Sicherheitsabstand von 1.000 Metern“ 1,000); power ("8,612
  megawatts", "a record" no hedge). Temperatures are counts (fourth, hundred-tenth,
  three-hundred-and-thirtieth): „Mit 38,9 Grad“, „mehr als 35 Grad“ "over", „mit
  Tiefstwerten von mindestens 20 Grad“ "at_least", „mit 37,4 Grad“, „bei 25,1 Grad“, „31
  Hitzetage mit 30 Grad oder mehr“ 31 and 30 "at_least" ("or more" "at_least",
  hundred-seventy-second; four-hundred-and-eighty-second: „oder älter“), "34.8C", "climbed
  to 116 degrees" 116, "at or above 90 degrees" 90 "at_least" (eleventh,
  two-hundred-and-fifty-first: "at or above 110 degrees"), "for 12 straight nights" count 12
  (hundred-ninety-fourth: "nine nights running", "on 19 consecutive days" counts). New:
  „Tennisballgroße Hagelkörner mit bis zu sechs Zentimetern Durchmesser“ gives 6 "up_to" and
  nothing for „Tennisballgroße“ - a size named by comparison with a ball writes no figure,
  as "hailstones the size of tennis balls" carried none (hundred-ninety-first). New: „lagen
  die Hagelkörner ... teils zehn Zentimeter hoch“ is 10 with no hedge - „teils“ says where
  the depth was reached, not how far it falls short or goes beyond, as „zeitweise“ says when
  (three-hundred-and-sixty-third) and „stellenweise“ („stellenweise mehr als 190 Liter“ 190
  "over", the hedge from „mehr als“) says where.
- Areas are counts (hundred-thirty-fifth, two-hundred-and-ninety-first): „mehr als 6.800
  Hektar“ "over", „rund 41.000 Hektar“ "about", „rund 8.500 Hektar“ "about", „rund 710
  Hektar“ "about", „gut 1.900 Hektar“ "over", "more than 21,000 acres" "over", "more than
  31,000 hectares (76,600 acres)" 31,000 "over" and 76,600 with no hedge (the converted
  figure in brackets, eightieth; two-hundred-and-nineteenth: "about 26,000 hectares (64,000
  acres)"), "about 3.9 million hectares" 3,900,000 "about". Containment is a percentage ("4%
  contained"; ninety-ninth, two-hundred-and-ninety-first).
- Tolls, injured, evacuees, rescues, crews and things are counts with their hedges (every
  batch of the topic): „mehr als 1.900 Einsätzen“ "over", „Zwei Menschen“ 2 (a number word
  opening the row, two-hundred-and-ninety-seventh), „rund 340 Notrufe“ "about", „rund 120
  Menschen“, „rund 9.000 Urlauber und Einheimische“, „46 Personen ..., darunter eine
  Schwangere und zwei Kleinkinder“ 46 and 2 („eine Schwangere“ none, the article), „über
  3100 Meldungen“ "over" (Swiss four digits, hundred-sixty-ninth), „An 212 der rund 2.000
  Messstationen“ 212 and 2,000 "about", „Rund 520 Feuerwehrleute, ... 14 Löschflugzeugen und
  neun Hubschraubern“, „sieben Dörfer ..., etwa 2.300 Menschen“, „gut 640 Einsätze, in
  Dortmund waren es rund 410“ 640 "over" and 410 "about" (the noun left out,
  two-hundred-and-seventieth), „rund 380 Einsatzkräfte aus sechs Landkreisen ..., ... zwei
  Löschhubschraubern“, „Zwei Ortsteile mit zusammen etwa 600 Einwohnern“, „214 Waldbrände“,
  „um rund ein Viertel mehr Einsätze“ (below), „rund 4.300“, „84 Personen aus drei Weilern“,
  „zwei Touristen“, „rund 1.150 Anwohner“, „mehr als 4.800 Wahrnehmungsberichte“ "over",
  „rund 410.000“; "at least 14 people and injuring more than 230" "at_least" and "over", "27
  people", "More than 1,400 aftershocks" "over", "Around 3,100 tents" "about", "At least 36
  homes ... another 5,000 structures" ("another" no hedge, four-hundred-and-eighty-second),
  "more than 2,100 firefighters, 19 helicopters and 11 air tankers", "23 people", "17 flood
  warnings and 41 flood alerts", "About 1,300 homes", "186 flood rescues ... more than 2,700
  calls", "11 communities", "about 4,200 customers", "more than 410,000 households", "Two
  people were killed and 61 injured" 2 and 61 (the noun left out after the second figure),
  "about 9,700 people ... 14 cities and counties", "Taiwan's two main airports cancelled 286
  ... flights" 2 and 286 (four-hundred-and-ninety-third: "the same two terminals"), "seven
  coastal counties, affecting roughly 340,000 residents", "86 heat-associated deaths ...,
  with 231 more" ("more" after the figure no hedge), "512 such deaths", "14 overnight
  cooling centers ... 40 daytime ones", "At least nine people", "23 routes", "at least 212
  people", "97 of the deaths, 31 of them children" (two-hundred-and-ninety-first: "11 of
  them children"), "more than 14,000 homes ... about 2,600 head of livestock" ("head" none),
  "some 48,000 people" "about", "about 112,000 homes and businesses", "rose to 19, ..., six
  of them", "38,000 households", "Around 1,900 claims", "312 properties", "More than 380
  active fires ..., 41 of them", "some 2,400 residents" "about", "about 200 Canadian Armed
  Forces personnel". "drove the flames across Highway 18 twice" is count 2 (the issue's
  „viermal“). None: "hundreds of people" (a vague magnitude, seventeenth), „mehrere Muren“,
  „ein entwurzelter Baum“, "A firefighter", "a weak layer", "Highway 18", "Highway 99",
  „(B186)“ (roads named, four-hundred-and-eighty-second: „die A8“), „Randa VS“ (canton
  letters, four-hundred-and-seventy-fourth: „Guttannen BE“), „(SED)“, „(GDV)“, "NSW SES",
  "EFFIS", "BSEE".
- New: "Two skiers have been killed and a third injured" gives count 2 and ordinal 3 - after
  a count of people, "a third" with its noun left out names the third of them, as "the
  fourth within a month" gave an ordinal with the noun left out (ninety-eighth,
  four-hundred-and-fourth) and "A third man" and "A fourth skier" gave ordinals 3 and 4 in
  later rounds (hundred-fifty-second: "a fifth suspect"); the share 0.3333 is read only
  where "a third" takes a whole ("a third of", "by a third").
- Multiples and shares (every batch): „fast doppelt so viel wie im Mittel der Jahre 2006 bis
  2026“ 2 "nearly" and both years (four-hundred-and-ninety-third: „fast doppelt so viel“),
  "38% above the long-term average ... and more than double it" 38 "%" and count 2 "over"
  ("above" after a figure none; hundred-sixth: "more than double the previous record"),
  „fünfmal schneller als üblich“ 5 (multiples are counts, sixteenth and every round); „etwa
  der Hälfte dessen“ 0.5 "about", „fast ein Drittel“ 0.3333 "nearly", „nur gut die Hälfte
  aller Wohnhäuser“ 0.5 "over" („nur“ no hedge), „um rund ein Viertel mehr Einsätze“ 0.25
  "about", "About two-thirds of this year's victims were 50 or older" 0.6667 "about" and 50
  years "at_least", "or nearly half of the total" 0.5 "nearly". None: „etwa verdreifacht“ (a
  verb of multiplying, sixteenth and four-hundred-and-ninety-third).
- Money in the currency written (every batch): EUR („mindestens 15 Millionen Euro“
  "at_least" - „vorerst“ no hedge, as „zunächst“, four-hundred-and-fourth -, „elf Millionen
  Euro“, „knapp 90 Millionen Euro“ "nearly", „rund 1,3 Milliarden Euro“, „etwa 900 Millionen
  Euro“, „gut 600 Millionen Euro“ "over" - „Allein“ no hedge -, „auf 5,7 Milliarden Euro“),
  USD („rund 142 Milliarden US-Dollar“, „etwa 61 Milliarden Dollar ..., nach 74 Milliarden
  im Vorjahreszeitraum“ both - the currency written once, forty-eighth -, „9,5 Milliarden
  Dollar“, "between $6 billion and $9 billion" both with no hedge, "about $7.5 billion",
  "about $214 million", "an estimated $64 billion" "about" (forty-sixth), "above $60
  billion" "over" ("above" before a figure, four-hundred-and-fourth: "above $1 billion"),
  "about $31 billion", "about $8.8 billion", "about $156 billion"), GBP ("about £48
  million", "about £31,000"), TWD ("NT$1.8 billion ($56 million)" 1,800,000,000 TWD and
  56,000,000 USD; hundred-ninety-eighth, three-hundred-and-sixtieth: "NT$" is TWD, the
  converted figure in brackets with no hedge, eightieth); "early crop losses" ("early" no
  hedge).
- Percentages (the issue's „4,7 Prozent“): "4% contained", "about 18% of the Gulf's crude
  oil output" "about", "by about 20% in a week" "about" ("in a week" none), „gewannen ...
  0,8 Prozent“, "38% above", "by 5% to 7% annually" both ("annually" no hedge, as
  „jährlich“, four-hundred-and-seventy-fourth), "rose 1.2%", "About 40%" "about", "roughly
  40% above the 10-year average" 40 "about" and 10 years (four-hundred-and-seventy-fourth:
  "a five-year average").
- Durations and ages (the issue's „fünfstündigen“; every batch): „binnen drei Stunden“,
  „Binnen sechs Stunden“, „binnen 90 Minuten“ 90 minutes, „binnen zwei Stunden“, „Innert 24
  Stunden“ (no hedge), „mindestens zwei Wochen“ 2 weeks "at_least", „für rund fünf Stunden“
  5 hours "about", „vor elf Jahren“ 11 years, „etwa alle 14 Monate“ and „etwa alle drei bis
  vier Jahre“ (above), "in three hours", "in four hours", "in 48 hours", "in the 24 hours to
  9am on Thursday" 24 hours (the clock time none; four-hundred-and-sixtieth: "the three
  months to February"), "in 24 hours", "in the previous 24 hours", "about 50 minutes after
  the quake" 50 minutes "about", "for about three hours" "about", "over the next four days"
  and "within the next seven days" ("over" before a span no hedge, four-hundred-and-fourth;
  "within" none, two-hundred-and-seventh), "the 10-year average" 10 years; ages („Ein
  67-jähriger Mann“, „ein 54 Jahre alter Radfahrer“, "a 31-year-old Christchurch man", "50
  or older" 50 years "at_least"). None: „binnen einer Stunde“ and „innert einer Stunde“
  (four-hundred-and-ninety-third: „binnen eines Monats“; four-hundred-and-fourth: "in a
  day"), "in a week", "over the previous week", "A week after Hurricane Corisande came
  ashore" (four-hundred-and-eighty-second: "a week later"; four-hundred-and-seventy-fourth:
  "a week"), „stundenlang“, „tagelangem“, „in den Tagen zuvor“, „in den kommenden Tagen“,
  „Seit Jahresbeginn“, „bis Mitte August“, „im langjährigen Mittel“, „dieses Sommers“, "so
  far this year", "this winter", "last year", "for days", weekdays, months, parts of days
  („in der Nacht zum Montag“, „in der Nacht auf Dienstag“, „am Mittwochmorgen“, „bis
  Mittwochmittag“, "overnight", "before dawn", "by mid-afternoon", "by midday", „bis
  Mittag“, „bis Mitternacht“, „bis Montagfrüh“) and clock times („kurz nach 3.00 Uhr früh“,
  "until 9pm", "until 9am on Monday").
- Ordinals and ranks (the issue's „das sechste Treffen“; every batch): „die dritte
  Tropennacht in Folge“ 3, „die dritte dieses Sommers“ 3, „im ersten Halbjahr“ 1, „der
  ersten Augusthälfte“ 1 (four-hundred-and-eighty-second: "the first fortnight of July"),
  "the fifth named storm and the second hurricane" 5 and 2 (four-hundred-and-fourth: "the
  17th named storm and the ninth hurricane"), "the fourth heatwave of the summer" 4, "the
  third fatal avalanche" 3, "in the first half of 2027" 1 and the year, "the sixth year in a
  row" 6, "a third injured" 3 (above). None: „nach ersten Schätzungen“ (without an article,
  sixteenth), the superlatives („der bislang heißeste Tag“, „den bisherigen
  Jahreshöchstwert“, „Die teuerste Einzelkatastrophe“, „die höchste“, "the highest of
  three", "its wettest August day on record", "the UK's hottest day of 2027 to date", "the
  highest recorded", "The costliest single event"), "the strongest a magnitude 4.8" (the
  magnitude counts, the superlative none).
- Years and dates: Reuters datelines with a day ("ANKARA, Aug 2", "TAIPEI, Aug 9", "MIAMI,
  Aug 10", "TOKYO, Aug 12", "ISLAMABAD, Aug 16", "ZURICH, Aug 19", "VANCOUVER, Aug 20") are
  dates without a year (three-hundred-and-ninety-fifth, four-hundred-and-fourth,
  four-hundred-and-ninety-third); dpa, dpa/lby, dpa/lnw, dpa/sn, dpa-AFX, APA, Keystone-SDA,
  AFP German, AP ("SAN BERNARDINO, Calif. (AP) —", "PHOENIX (AP) —", "HOUSTON (AP) —"), PA
  and AAP datelines without a day none (seventy-ninth). Years as written („zuletzt im
  Frühjahr 2016“, „der Jahre 2006 bis 2026“ both, „Beim Hochwasser 2013“, „der
  Referenzperiode 1991 bis 2020“ both, „Für das ganze Jahr 2026“, "of 2027 to date", "the
  first half of 2027", "since 2008", "since 2015"); „seit den 1980er-Jahren“ none
  (thirty-fourth: "the early 1990s"). Storm, fire and place names ("Typhoon Soraya",
  "Hurricane Corisande", "the Cedar Ridge Fire") carry none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "Around", "roughly", "some", "an estimated" "about"; „knapp“, „fast“, "almost", "nearly"
  "nearly"; „mehr als“, „gut“, „über“ before a figure, "more than", "More than", "above"
  before a figure "over"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, "at least",
  "At least", "or more", „oder mehr“, "or older", "at or above" "at_least". No hedge:
  „allein“, „Allein“, „bereits“, „vorerst“, „teils“ and „stellenweise“ (above), „nur“, „im
  Schnitt“, „zusammen“, „bei“, „auf“, „um“ before a difference, „binnen“, „innert“,
  „Spitzenböe“, "peak", "slightly lower", "estimated" after a verb, "early", "another",
  "more" after a figure, "a record", "to" before a figure, "above" after a figure, "above
  the" before an article, "over" and "within" before a span, and the „bis“ or "to" of a
  range.
- Speakers, checked only in forms the earlier batches settled. German: „teilte der Deutsche
  Wetterdienst mit“ (twice) -> "der Deutsche Wetterdienst" (hundred-ninety-fourth,
  four-hundred-and-fourth, four-hundred-and-fifty-first), „wie der Schweizerische
  Erdbebendienst (SED) mitteilte“ -> "der Schweizerische Erdbebendienst" and „wie der
  Gesamtverband der Deutschen Versicherungswirtschaft (GDV) am Freitag mitteilte“ -> "der
  Gesamtverband der Deutschen Versicherungswirtschaft" (the abbreviation in brackets and the
  weekday dropped; two-hundred-and-twelfth, four-hundred-and-fourth), „teilte die
  Österreichische Hagelversicherung mit“ -> "die Österreichische Hagelversicherung"; the
  name with the title dropped, after a reported figure („sagte GeoSphere-Meteorologin
  Gundula Flatscher-Nyame“, „sagte SED-Seismologe Silvan Tscharner-Imboden“, „sagte
  Führungsstab-Sprecher Ruedi Flütsch-Casutt“; hundred-ninety-ninth,
  four-hundred-and-ninety-third) or opening the row („Feuerwehrsprecher Quirin
  Brunnhuber-Bamba sagte, ...“, „DWD-Meteorologin Friederike Stallkamp-Oduro sagte, ...“,
  „Hagelversicherungs-Sprecherin Edeltraud Grabmayr-Sowah sagte, ...“, „Feuerwehrsprecher
  Hartwig Brösamle-Ankrah sagte, ...“, „GeoSphere-Klimatologe Benedikt Haslinger-Owusu
  sagte, ...“, „Munich-Re-Klimaexpertin Swenja Rathjen-Agyeman sagte, ...“, „Glaziologe
  Arnold Zurbriggen-Lauber sagte, ...“, „Seismologin Ottilie Prantauer-Asamoah sagte, ...“,
  „GDV-Schadenexpertin Jördis Wiechmann-Appiah sagte, ...“; hundred-eightieth,
  four-hundred-and-fourth, four-hundred-and-fifty-first). English: "the U.S. Geological
  Survey said" and "the Japan Meteorological Agency said" with their article
  (three-hundred-and-sixty-third), "Cal Fire said Tuesday" -> "Cal Fire" (the weekday
  dropped; four-hundred-and-thirtieth: "Cal Fire said"), "the Met Office said" and "the
  National Hurricane Center said" (four-hundred-and-fourth, four-hundred-and-fifty-first),
  "The Bureau of Meteorology said ..." opening the row -> "the Bureau of Meteorology" (the
  article lowered; four-hundred-and-fifty-first, four-hundred-and-eighty-sixth), "the
  National Disaster Management Authority said on Monday" (the weekday dropped;
  four-hundred-and-eighty-sixth), "the Association of British Insurers said"
  (four-hundred-and-fourth); the name with the role dropped ("Cal Fire spokeswoman Marisol
  Urquidi-Pryce said", "Flood duty manager Philippa Penhaligon-Asante said" -
  four-hundred-and-fourth: "Flood duty manager Tom Ashworth said" -, "NSW SES spokeswoman
  Bronwen Halliwell-Tane said", "Met Office meteorologist Dervla Rathcoole-Okoye said",
  "NDMA spokesman Shahid Rizvi-Mallory said", "Avalanche forecaster Rawiri Ashfield-Kingi
  said", "Swiss Re Institute analyst Cosima Vantreight-Eze said", "Fire information officer
  Kiran Sandhar-Forde said"; hundred-thirty-ninth, four-hundred-and-fourth,
  four-hundred-and-eighty-sixth), "NHC hurricane specialist Corwin Baptiste-Lindqvist told
  reporters" (two-hundred-and-fourth, four-hundred-and-fifty-first) and a figure followed by
  "said Delphine Kettleborough-Sosa, an epidemiologist with ..." the name
  (three-hundred-and-fifty-sixth). Each row's diacritics and hyphens are its speaker's
  („Flütsch-Casutt“, „Brösamle-Ankrah“, „Jördis Wiechmann-Appiah“). Left unchecked (None):
  all negatives, also those with a named speaker or a body („riet Stallkamp-Oduro“, „Der SED
  rät“, "the UK Health Security Agency advised"); firms, as the rounds differ on them
  (three-hundred-and-thirtieth and four-hundred-and-fourth left them open, forty-seventh and
  four-hundred-and-ninety-third checked them: "National Grid said", "Essential Energy said",
  "Arizona Public Service said", "Southern Water said", "East Japan Railway said", "Swiss Re
  said on Thursday", „Nach Angaben der Deutschen Bahn“); descriptions before a name
  (fortieth: "the disaster management agency AFAD said", "the offshore safety regulator BSEE
  reported", „wie der Rückversicherer Munich Re am Montag mitteilte“); bodies named by a
  common noun („teilte das Landeshochwasserzentrum mit“, „teilte die Gemeinde mit“;
  four-hundred-and-fourth New: „teilte der Katastrophenschutz mit“); a weather service's
  „wie MeteoSchweiz mitteilte“, which the four-hundred-and-fourth,
  four-hundred-and-fifty-first and four-hundred-and-eighty-sixth checked and the
  four-hundred-and-ninety-third left open (three-hundred-and-eighty-second: "the National
  Weather Service said") - this batch checks no weather service in that form; compounds
  („nach Polizeiangaben“, „nach Feuerwehrangaben“; three-hundred-and-seventy-first,
  four-hundred-and-fifty-first); „gemäss Kantonspolizei“ (twice) and „Gemäss dem kantonalen
  Führungsstab“ (four-hundred-and-fourth: „gemäss“ left open); data and documents („Nach
  Daten des EU-Waldbrandinformationssystems EFFIS“, „Nach Daten von GeoSphere Austria“,
  "provisional Met Office figures showed", "Environment Agency figures showed", "the
  Canadian Interagency Forest Fire Centre's figures show", "according to a county report");
  verbs of measuring, counting, issuing, estimating, expecting, forecasting, warning and
  approving („maß GeoSphere Austria“, „maß der DWD“, „registrierte der Deutsche
  Wetterdienst“, „Die Feuerwehr in Köln zählte“, „zählte das Land“, „gab der DWD ... aus“,
  „schätzt die Wildbach- und Lawinenverbauung“, „beziffert die Versicherung“, „hatte der
  Verband ... beziffert“, „schätzt der Verband“, „erwarten die Hydrologen“, "The Environment
  Agency issued", "The USGS put", "The agriculture ministry put", "Another firm put",
  "Catastrophe modeler Stormhaven Analytics estimated", "The meteorological department
  forecast", "The agency warned", "FEMA has approved"; ninety-ninth, hundred-ninety-fourth,
  four-hundred-and-fourth); roles and plural sources ("interior ministry officials said",
  "the fire agency said", "forecasters said", "state officials said"; forty-first,
  hundred-fifteenth); and every "according to" (AFAD, the Central Weather Administration,
  the Fire and Disaster Management Agency, the Pakistan Meteorological Department, the
  scheme, the BC Wildfire Service; four-hundred-and-eighty-sixth). To keep the checked
  speakers near 35, as the two-hundred-and-twelfth, three-hundred-and-sixty-third and
  four-hundred-and-fourth batches did, several readings are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_498 = [
    # --- Unwetter in Oberbayern (dpa/lby), Montag, 2. August ---
    (
        "de",
        "München (dpa/lby) - Schwere Gewitter haben Oberbayern in der Nacht zum Montag getroffen: Keller liefen voll, Dächer wurden abgedeckt, die Feuerwehren rückten zu mehr als 1.900 Einsätzen aus.",
        True,
        [("count", 1900, None, "over")],
        None,
    ),
    (
        "de",
        "In Bad Tölz kamen binnen einer Stunde 62 Liter auf den Quadratmeter zusammen, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 62, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Tennisballgroße Hagelkörner mit bis zu sechs Zentimetern Durchmesser zertrümmerten im Landkreis Miesbach Autoscheiben, Dachfenster und Gewächshäuser.",
        True,
        [("count", 6, None, "up_to")],
        None,
    ),
    (
        "de",
        "Zwei Menschen wurden nach Polizeiangaben leicht verletzt, als ein entwurzelter Baum auf ihr Auto stürzte.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Feuerwehrsprecher Quirin Brunnhuber-Bamba sagte, allein im Landkreis Miesbach seien binnen drei Stunden rund 340 Notrufe eingegangen.",
        True,
        [("duration", 3, "hour", None), ("count", 340, None, "about")],
        "Quirin Brunnhuber-Bamba",
    ),
    ("de", "„Das war eine Nacht, die keiner von uns so schnell vergisst“, sagte Brunnhuber-Bamba.", False, [], None),
    (
        "de",
        "Für Dienstag gab der DWD erneut Unwetterwarnungen der Stufe 3 von 4 für das Alpenvorland aus.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Der Wetterdienst riet, bei Starkregen Keller und Tiefgaragen nicht zu betreten.", False, [], None),
    # --- Earthquake in eastern Turkey (Reuters), Monday, August 2 ---
    (
        "en",
        "ANKARA, Aug 2 (Reuters) - A magnitude 6.1 earthquake struck eastern Turkey's Malatya province early on Monday, killing at least 14 people and injuring more than 230, the disaster management agency AFAD said.",
        True,
        [
            ("date", "--08-02", None, None),
            ("count", 6.1, None, None),
            ("count", 14, None, "at_least"),
            ("count", 230, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The quake hit at a depth of 9.4 km (5.8 miles), about 21 km northeast of the city of Malatya, the U.S. Geological Survey said.",
        True,
        [("count", 9.4, None, None), ("count", 5.8, None, None), ("count", 21, None, "about")],
        "the U.S. Geological Survey",
    ),
    ("en", "The USGS put the magnitude slightly lower, at 5.9.", True, [("count", 5.9, None, None)], None),
    (
        "en",
        "Rescuers pulled 27 people alive from the rubble of collapsed buildings overnight, interior ministry officials said.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "More than 1,400 aftershocks had been recorded by mid-afternoon, the strongest a magnitude 4.8, according to AFAD.",
        True,
        [("count", 1400, None, "over"), ("count", 4.8, None, None)],
        None,
    ),
    (
        "en",
        '"We felt the whole house lift and drop like a boat," a shopkeeper in Battalgazi told Reuters by telephone.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Around 3,100 tents had been set up in parks and stadiums for residents afraid to go back inside.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    ("en", "Officials told people to stay out of cracked buildings until they had been inspected.", False, [], None),
    # --- Muren im Ötztal (APA), Dienstag, 3. August ---
    (
        "de",
        "Innsbruck (APA) - Im Tiroler Ötztal haben Gewitter in der Nacht auf Dienstag mehrere Muren ausgelöst, rund 120 Menschen mussten ihre Häuser räumen.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Allein in Längenfeld wälzten sich nach ersten Schätzungen gut 40.000 Kubikmeter Geröll und Schlamm ins Tal.",
        True,
        [("count", 40000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Ötztalstraße (B186) bleibt bis auf Weiteres gesperrt, rund 9.000 Urlauber und Einheimische im hinteren Tal sind von der Außenwelt abgeschnitten.",
        True,
        [("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Binnen sechs Stunden maß GeoSphere Austria an der Station Umhausen 74 Millimeter Regen.",
        True,
        [("duration", 6, "hour", None), ("count", 74, None, None)],
        None,
    ),
    (
        "de",
        "Das entspreche etwa der Hälfte dessen, was dort sonst im ganzen August falle, sagte GeoSphere-Meteorologin Gundula Flatscher-Nyame.",
        True,
        [("fraction", 0.5, None, "about")],
        "Gundula Flatscher-Nyame",
    ),
    (
        "de",
        "„Der Zusammenhalt im Tal ist beeindruckend“, sagte der Landeshauptmann bei einem Lokalaugenschein in Längenfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Hubschrauber des Bundesheers flog bis zum Abend 46 Personen aus, darunter eine Schwangere und zwei Kleinkinder.",
        True,
        [("count", 46, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden an Straßen, Brücken und Schutzbauten schätzt die Wildbach- und Lawinenverbauung vorerst auf mindestens 15 Millionen Euro.",
        True,
        [("money", 15000000, "EUR", "at_least")],
        None,
    ),
    # --- Cedar Ridge Fire (AP), Tuesday, August 3 ---
    (
        "en",
        "SAN BERNARDINO, Calif. (AP) — A wind-driven wildfire in the San Bernardino Mountains exploded to more than 21,000 acres overnight, forcing about 8,500 people from their homes, Cal Fire said Tuesday.",
        True,
        [("count", 21000, None, "over"), ("count", 8500, None, "about")],
        "Cal Fire",
    ),
    ("en", "The Cedar Ridge Fire was 4% contained as of Tuesday morning.", True, [("percent", 4, "%", None)], None),
    (
        "en",
        "At least 36 homes and outbuildings have been destroyed and another 5,000 structures are threatened.",
        True,
        [("count", 36, None, "at_least"), ("count", 5000, None, None)],
        None,
    ),
    (
        "en",
        "Gusts of up to 60 mph drove the flames across Highway 18 twice before dawn.",
        True,
        [("count", 60, None, "up_to"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Cal Fire spokeswoman Marisol Urquidi-Pryce said more than 2,100 firefighters, 19 helicopters and 11 air tankers were assigned to the blaze.",
        True,
        [("count", 2100, None, "over"), ("count", 19, None, None), ("count", 11, None, None)],
        "Marisol Urquidi-Pryce",
    ),
    ("en", '"Mother Nature is writing the rules on this one," Urquidi-Pryce said.', False, [], None),
    (
        "en",
        "A firefighter with burns to both arms was taken to a Redlands hospital and is in stable condition.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Evacuees at a Red Cross shelter in Redlands said they were desperate for news of their homes.",
        False,
        [],
        None,
    ),
    # --- Erdbeben im Oberwallis (Keystone-SDA), Mittwoch, 4. August ---
    (
        "de",
        "Sitten (Keystone-SDA) - Das Oberwallis ist am Mittwochmorgen von einem Erdbeben der Magnitude 4,6 erschüttert worden.",
        True,
        [("count", 4.6, None, None)],
        None,
    ),
    (
        "de",
        "Das Beben ereignete sich rund acht Kilometer nordwestlich von Visp in fünf Kilometern Tiefe, wie der Schweizerische Erdbebendienst (SED) mitteilte.",
        True,
        [("count", 8, None, "about"), ("count", 5, None, None)],
        "der Schweizerische Erdbebendienst",
    ),
    (
        "de",
        "Beim SED trafen innert einer Stunde über 3100 Meldungen von Personen ein, die das Beben verspürt hatten.",
        True,
        [("count", 3100, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Beben dieser Stärke hatte das Wallis zuletzt im Frühjahr 2016 erlebt.",
        True,
        [("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "An einzelnen Häusern in Visp und Brig entstanden Risse in Fassaden und Kaminen, verletzt wurde gemäss Kantonspolizei niemand.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt verzeichne der Dienst ein Beben dieser Grössenordnung in der Schweiz etwa alle 14 Monate, sagte SED-Seismologe Silvan Tscharner-Imboden.",
        True,
        [("duration", 14, "month", "about")],
        "Silvan Tscharner-Imboden",
    ),
    (
        "de",
        "«Die Gläser im Schrank haben geklirrt, und der Hund wollte nicht mehr ins Haus», sagte eine Frau aus Visp.",
        False,
        [],
        None,
    ),
    ("de", "Der SED rät, nach einem spürbaren Beben Wände und Kamine auf Risse zu prüfen.", False, [], None),
    # --- Flash floods in Cornwall (PA), Wednesday, August 4 ---
    (
        "en",
        "LONDON (PA) - Flash flooding tore through parts of north Cornwall on Wednesday after more than 90mm of rain fell in three hours, the Met Office said.",
        True,
        [("count", 90, None, "over"), ("duration", 3, "hour", None)],
        "the Met Office",
    ),
    (
        "en",
        "Firefighters rescued 23 people from cars and homes in Boscastle and Camelford.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "The Environment Agency issued 17 flood warnings and 41 flood alerts across the South West.",
        True,
        [("count", 17, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Flood duty manager Philippa Penhaligon-Asante said the River Camel had risen by almost 2 metres in four hours.",
        True,
        [("count", 2, None, "nearly"), ("duration", 4, "hour", None)],
        "Philippa Penhaligon-Asante",
    ),
    (
        "en",
        '"It came down like someone had turned on a tap and forgotten about it," said a cafe owner in Boscastle.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1,300 homes were left without power, National Grid said.",
        True,
        [("count", 1300, None, "about")],
        None,
    ),
    ("en", "A yellow warning for thunderstorms remains in force for Devon and Cornwall until 9pm.", True, [], None),
    ("en", "Police urged drivers not to attempt to cross flooded roads.", False, [], None),
    # --- Hitzewelle in Deutschland (dpa), Donnerstag, 5. August ---
    (
        "de",
        "Offenbach (dpa) - Mit 38,9 Grad in Waghäusel-Kirrlach ist der Donnerstag der bislang heißeste Tag des Jahres in Deutschland gewesen, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 38.9, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "An 212 der rund 2.000 Messstationen des DWD wurden mehr als 35 Grad gemessen.",
        True,
        [("count", 212, None, None), ("count", 2000, None, "about"), ("count", 35, None, "over")],
        None,
    ),
    (
        "de",
        "Für weite Teile Baden-Württembergs und von Rheinland-Pfalz gilt eine Warnung vor extremer Hitze, die höhere von zwei Hitzewarnstufen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "In Freiburg, Karlsruhe und Mannheim war es bereits die dritte Tropennacht in Folge mit Tiefstwerten von mindestens 20 Grad.",
        True,
        [("ordinal", 3, None, None), ("count", 20, None, "at_least")],
        None,
    ),
    (
        "de",
        "DWD-Meteorologin Friederike Stallkamp-Oduro sagte, erst am Sonntag werde eine Kaltfront die Temperaturen um bis zu zwölf Grad sinken lassen.",
        True,
        [("count", 12, None, "up_to")],
        "Friederike Stallkamp-Oduro",
    ),
    (
        "de",
        "„Wer kann, sollte die Mittagsstunden im Schatten oder in kühlen Räumen verbringen“, riet Stallkamp-Oduro.",
        False,
        [],
        None,
    ),
    ("de", "Die Hitzewelle ist bereits die dritte dieses Sommers.", True, [("ordinal", 3, None, None)], None),
    ("de", "Sozialverbände sprachen von einer Belastungsprobe für Pflegeheime und Obdachlose.", False, [], None),
    # --- East coast low in New South Wales (AAP), Thursday, August 5 ---
    (
        "en",
        "SYDNEY (AAP) - An east coast low has dumped more than 300 millimetres of rain on parts of the NSW Mid North Coast in 48 hours, cutting off towns and forcing hundreds of people from their homes.",
        True,
        [("count", 300, None, "over"), ("duration", 48, "hour", None)],
        None,
    ),
    (
        "en",
        "The Bureau of Meteorology said Port Macquarie recorded 248mm in the 24 hours to 9am on Thursday, its wettest August day on record.",
        True,
        [("count", 248, None, None), ("duration", 24, "hour", None)],
        "the Bureau of Meteorology",
    ),
    (
        "en",
        "NSW SES spokeswoman Bronwen Halliwell-Tane said volunteers had carried out 186 flood rescues since Tuesday and answered more than 2,700 calls for help.",
        True,
        [("count", 186, None, None), ("count", 2700, None, "over")],
        "Bronwen Halliwell-Tane",
    ),
    (
        "en",
        "Emergency warnings, the highest of three alert levels, were in place for 11 communities along the Hastings and Macleay rivers.",
        True,
        [("count", 3, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The Macleay River at Kempsey peaked at 7.1 metres late on Wednesday, above the major flood level of 6.8 metres.",
        True,
        [("count", 7.1, None, None), ("count", 6.8, None, None)],
        None,
    ),
    ("en", '"The water does not care how well you think you know these roads," Halliwell-Tane said.', False, [], None),
    (
        "en",
        "Essential Energy said about 4,200 customers remained cut off on Thursday afternoon.",
        True,
        [("count", 4200, None, "about")],
        None,
    ),
    ("en", "Farmers on the river flats said they feared for cattle that could not be moved in time.", False, [], None),
    # --- Waldbrand auf Euböa (AFP), Freitag, 6. August ---
    (
        "de",
        "Athen (AFP) - Ein Waldbrand auf der griechischen Insel Euböa hat seit Mittwoch mehr als 6.800 Hektar Wald und Buschland vernichtet.",
        True,
        [("count", 6800, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 520 Feuerwehrleute, unterstützt von 14 Löschflugzeugen und neun Hubschraubern, kämpften nach Feuerwehrangaben am Freitag gegen die Flammen.",
        True,
        [("count", 520, None, "about"), ("count", 14, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Behörden ließen sieben Dörfer räumen, etwa 2.300 Menschen brachten sich in Sicherheit.",
        True,
        [("count", 7, None, None), ("count", 2300, None, "about")],
        None,
    ),
    (
        "de",
        "Starke Winde mit Böen von bis zu 70 Kilometern pro Stunde fachten das Feuer immer wieder an.",
        True,
        [("count", 70, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nach Daten des EU-Waldbrandinformationssystems EFFIS sind in Griechenland in diesem Jahr bereits rund 41.000 Hektar verbrannt, fast doppelt so viel wie im Mittel der Jahre 2006 bis 2026.",
        True,
        [
            ("count", 41000, None, "about"),
            ("count", 2, None, "nearly"),
            ("year", 2006, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Wir haben das Gefühl, dass uns hier niemand hilft“, sagte ein Bewohner des Dorfes Limni.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein 67-jähriger Mann wurde festgenommen, er soll beim Verbrennen von Gartenabfällen den Brand ausgelöst haben.",
        True,
        [("duration", 67, "year", None)],
        None,
    ),
    (
        "de",
        "Die Opposition warf der Regierung vor, aus den Bränden der vergangenen Sommer nichts gelernt zu haben.",
        False,
        [],
        None,
    ),
    # --- Typhoon Soraya in Taiwan (Reuters), Monday, August 9 ---
    (
        "en",
        "TAIPEI, Aug 9 (Reuters) - Typhoon Soraya made landfall on Taiwan's east coast on Monday packing sustained winds of 173 km/h (107 mph) and cutting power to more than 410,000 households.",
        True,
        [
            ("date", "--08-09", None, None),
            ("count", 173, None, None),
            ("count", 107, None, None),
            ("count", 410000, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "Gusts of up to 241 km/h were recorded on Orchid Island, according to the Central Weather Administration.",
        True,
        [("count", 241, None, "up_to")],
        None,
    ),
    (
        "en",
        "More than 520 mm of rain fell in the mountains of Hualien county in 24 hours.",
        True,
        [("count", 520, None, "over"), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Two people were killed and 61 injured, the fire agency said.",
        True,
        [("count", 2, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Authorities evacuated about 9,700 people from landslide-prone villages and shut schools and offices in 14 cities and counties.",
        True,
        [("count", 9700, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Taiwan's two main airports cancelled 286 international and domestic flights.",
        True,
        [("count", 2, None, None), ("count", 286, None, None)],
        None,
    ),
    (
        "en",
        "The storm was expected to lose strength over the Central Mountain Range before heading out into the Taiwan Strait.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The agriculture ministry put early crop losses at NT$1.8 billion ($56 million).",
        True,
        [("money", 1800000000, "TWD", None), ("money", 56000000, "USD", None)],
        None,
    ),
    # --- Gewitterfront in Nordrhein-Westfalen (dpa/lnw), Montag, 9. August ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Eine Gewitterfront mit Orkanböen hat am Sonntagabend in Nordrhein-Westfalen Bäume entwurzelt und den Bahnverkehr stundenlang lahmgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Kahlen Asten maß der DWD eine Spitzenböe von 126 Kilometern pro Stunde.",
        True,
        [("count", 126, None, None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehr in Köln zählte bis Mitternacht gut 640 Einsätze, in Dortmund waren es rund 410.",
        True,
        [("count", 640, None, "over"), ("count", 410, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Deutschen Bahn waren die Strecken zwischen Köln und Dortmund sowie zwischen Düsseldorf und Duisburg bis Montagfrüh gesperrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Wuppertal wurde ein 54 Jahre alter Radfahrer von einem herabstürzenden Ast schwer verletzt.",
        True,
        [("duration", 54, "year", None)],
        None,
    ),
    ("de", "Die Stadt Köln bat die Bürger, Parks und Friedhöfe bis auf Weiteres zu meiden.", False, [], None),
    (
        "de",
        "In Teilen des Sauerlandes fielen binnen 90 Minuten bis zu 55 Liter pro Quadratmeter.",
        True,
        [("duration", 90, "minute", None), ("count", 55, None, "up_to")],
        None,
    ),
    ("de", "Pendler machten an den Bahnsteigen ihrem Ärger über fehlende Durchsagen Luft.", False, [], None),
    # --- Hurricane Corisande (Reuters), Tuesday, August 10 ---
    (
        "en",
        "MIAMI, Aug 10 (Reuters) - Corisande intensified into a Category 3 hurricane over the Gulf on Tuesday, with its strongest winds now at 125 mph (201 km/h), the National Hurricane Center said.",
        True,
        [
            ("date", "--08-10", None, None),
            ("count", 3, None, None),
            ("count", 125, None, None),
            ("count", 201, None, None),
        ],
        "the National Hurricane Center",
    ),
    (
        "en",
        "It was expected to come ashore near Port O'Connor, Texas, late on Wednesday as a Category 3 or 4 hurricane.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Forecasters warned of a storm surge of 8 to 12 feet along parts of the middle Texas coast and 10 to 15 inches of rain, locally as much as 20 inches.",
        True,
        [
            ("count", 8, None, None),
            ("count", 12, None, None),
            ("count", 10, None, None),
            ("count", 15, None, None),
            ("count", 20, None, "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Texas officials ordered mandatory evacuations in seven coastal counties, affecting roughly 340,000 residents.",
        True,
        [("count", 7, None, None), ("count", 340000, None, "about")],
        None,
    ),
    (
        "en",
        "NHC hurricane specialist Corwin Baptiste-Lindqvist told reporters the storm's winds had increased by 40 mph in the previous 24 hours.",
        True,
        [("count", 40, None, None), ("duration", 24, "hour", None)],
        "Corwin Baptiste-Lindqvist",
    ),
    (
        "en",
        '"Anyone ordered out should go today, while the roads are still open," Baptiste-Lindqvist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Offshore operators had shut in about 18% of the Gulf's crude oil output by midday, the offshore safety regulator BSEE reported.",
        True,
        [("percent", 18, "%", "about")],
        None,
    ),
    (
        "en",
        "Corisande is the fifth named storm and the second hurricane of the Atlantic season.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- Hagel in der Steiermark (APA), Dienstag, 10. August ---
    (
        "de",
        "Graz (APA) - Schwere Hagelunwetter haben am Montagabend in der Süd- und Oststeiermark Obstkulturen, Maisfelder und Weingärten verwüstet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen seien rund 8.500 Hektar landwirtschaftliche Fläche, teilte die Österreichische Hagelversicherung mit.",
        True,
        [("count", 8500, None, "about")],
        "die Österreichische Hagelversicherung",
    ),
    (
        "de",
        "Den Gesamtschaden beziffert die Versicherung auf elf Millionen Euro.",
        True,
        [("money", 11000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hagelversicherungs-Sprecherin Edeltraud Grabmayr-Sowah sagte, heuer summierten sich die Schäden in der Landwirtschaft damit bereits auf knapp 90 Millionen Euro.",
        True,
        [("money", 90000000, "EUR", "nearly")],
        "Edeltraud Grabmayr-Sowah",
    ),
    (
        "de",
        "In Bad Radkersburg lagen die Hagelkörner nach dem Unwetter teils zehn Zentimeter hoch auf den Straßen.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "„Für viele Betriebe ist damit die Arbeit eines ganzen Jahres dahin“, sagte Grabmayr-Sowah.",
        False,
        [],
        None,
    ),
    ("de", "Die Landesregierung kündigte Hilfen aus dem Katastrophenfonds an.", True, [], None),
    ("de", "Bauernvertreter sprachen von einem „schwarzen Sommer“ für den steirischen Obstbau.", False, [], None),
    # --- Heat in Phoenix (AP), Wednesday, August 11 ---
    (
        "en",
        "PHOENIX (AP) — The temperature at Phoenix Sky Harbor International Airport climbed to 116 degrees on Tuesday, and overnight lows have stayed at or above 90 degrees for 12 straight nights, forecasters said.",
        True,
        [("count", 116, None, None), ("count", 90, None, "at_least"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Maricopa County has confirmed 86 heat-associated deaths so far this year, with 231 more under investigation, according to a county report released Wednesday.",
        True,
        [("count", 86, None, None), ("count", 231, None, None)],
        None,
    ),
    ("en", "The county recorded 512 such deaths in all of last year.", True, [("count", 512, None, None)], None),
    (
        "en",
        "About two-thirds of this year's victims were 50 or older, said Delphine Kettleborough-Sosa, an epidemiologist with the Maricopa County Department of Public Health.",
        True,
        [("fraction", 0.6667, None, "about"), ("duration", 50, "year", "at_least")],
        "Delphine Kettleborough-Sosa",
    ),
    (
        "en",
        "The city has opened 14 overnight cooling centers and extended the hours of 40 daytime ones.",
        True,
        [("count", 14, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        '"Heat is the quietest killer we have, and the easiest one to ignore," Kettleborough-Sosa said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Arizona Public Service said demand on its grid peaked at 8,612 megawatts on Tuesday evening, a record.",
        True,
        [("count", 8612, None, None)],
        None,
    ),
    ("en", "Outreach workers said the heat was wearing people down faster than in earlier summers.", False, [], None),
    # --- Murgang im Val Müstair (Keystone-SDA), Mittwoch, 11. August ---
    (
        "de",
        "Chur (Keystone-SDA) - Im Val Müstair hat ein Murgang in der Nacht auf Mittwoch die Kantonsstrasse verschüttet, rund 150 Personen mussten vorsorglich ihre Häuser verlassen.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Gemäss dem kantonalen Führungsstab lösten sich oberhalb von Sta. Maria rund 60'000 Kubikmeter Material.",
        True,
        [("count", 60000, None, "about")],
        None,
    ),
    (
        "de",
        "Innert 24 Stunden waren in der Region 110 Millimeter Regen gefallen, wie MeteoSchweiz mitteilte.",
        True,
        [("duration", 24, "hour", None), ("count", 110, None, None)],
        None,
    ),
    ("de", "Der Umbrailpass bleibt mindestens bis Freitag gesperrt.", True, [], None),
    (
        "de",
        "«Wir rechnen damit, dass die Aufräumarbeiten mindestens zwei Wochen dauern», sagte Führungsstab-Sprecher Ruedi Flütsch-Casutt.",
        True,
        [("duration", 2, "week", "at_least")],
        "Ruedi Flütsch-Casutt",
    ),
    (
        "de",
        "«Das Tal hält zusammen, das ist in solchen Momenten das Wichtigste», sagte Flütsch-Casutt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Helikopter der Rega brachte zwei Touristen aus einem abgeschnittenen Weiler ins Tal.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("de", "Einheimische klagten, die Warnung sei viel zu spät gekommen.", False, [], None),
    # --- Earthquake off Miyagi (Reuters), Thursday, August 12 ---
    (
        "en",
        "TOKYO, Aug 12 (Reuters) - A magnitude 6.6 earthquake struck off Japan's Miyagi prefecture on Thursday, prompting a tsunami advisory for parts of the northeastern coast, the Japan Meteorological Agency said.",
        True,
        [("date", "--08-12", None, None), ("count", 6.6, None, None)],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "Ishinomaki and two neighbouring towns registered upper 5 on the agency's intensity scale, whose top level is 7.",
        True,
        [("count", 2, None, None), ("count", 5, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Tsunami waves of up to 40 cm were observed at Ayukawa about 50 minutes after the quake.",
        True,
        [("count", 40, None, "up_to"), ("duration", 50, "minute", "about")],
        None,
    ),
    (
        "en",
        "At least nine people suffered minor injuries, according to the Fire and Disaster Management Agency.",
        True,
        [("count", 9, None, "at_least")],
        None,
    ),
    ("en", "Tohoku Electric Power reported no problems at its Onagawa nuclear plant.", True, [], None),
    (
        "en",
        "Tohoku Shinkansen bullet trains were halted for about three hours, East Japan Railway said.",
        True,
        [("duration", 3, "hour", "about")],
        None,
    ),
    (
        "en",
        "The chief cabinet secretary urged people to keep away from the shore until the advisory was lifted.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The agency warned that quakes of comparable strength could follow within the next seven days.",
        True,
        [("duration", 7, "day", None)],
        None,
    ),
    # --- Waldbrand bei Treuenbrietzen (dpa), Donnerstag, 12. August ---
    (
        "de",
        "Treuenbrietzen (dpa) - Ein Waldbrand auf einem früheren Truppenübungsplatz bei Treuenbrietzen hat sich bis Donnerstag auf rund 710 Hektar ausgeweitet.",
        True,
        [("count", 710, None, "about")],
        None,
    ),
    (
        "de",
        "Weil im Boden alte Munition liegt, dürfen die Einsatzkräfte nur von den Wegen aus und mit einem Sicherheitsabstand von 1.000 Metern löschen.",
        True,
        [("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Feuerwehrsprecher Hartwig Brösamle-Ankrah sagte, rund 380 Einsatzkräfte aus sechs Landkreisen seien im Einsatz, unterstützt von zwei Löschhubschraubern der Bundespolizei.",
        True,
        [("count", 380, None, "about"), ("count", 6, None, None), ("count", 2, None, None)],
        "Hartwig Brösamle-Ankrah",
    ),
    (
        "de",
        "Zwei Ortsteile mit zusammen etwa 600 Einwohnern wurden am Mittwochabend geräumt.",
        True,
        [("count", 2, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Für große Teile Brandenburgs gilt die höchste Waldbrandgefahrenstufe 5.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn zählte das Land bereits 214 Waldbrände auf zusammen gut 1.900 Hektar.",
        True,
        [("count", 214, None, None), ("count", 1900, None, "over")],
        None,
    ),
    (
        "de",
        "„Gegen ein Feuer auf munitionsbelastetem Boden kämpft man mit angezogener Handbremse“, sagte Brösamle-Ankrah.",
        False,
        [],
        None,
    ),
    ("de", "Der Landesforstbetrieb appellierte an Ausflügler, im Wald auf das Rauchen zu verzichten.", False, [], None),
    # --- Heat in England (PA), Friday, August 13 ---
    (
        "en",
        "LONDON (PA) - Heathrow recorded 34.8C on Friday, making it the UK's hottest day of 2027 to date, provisional Met Office figures showed.",
        True,
        [("count", 34.8, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "London and the south and east of England are under an amber heat-health alert until 9am on Monday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Met Office meteorologist Dervla Rathcoole-Okoye said parts of East Anglia could see 35C or 36C on Saturday before thunderstorms bring fresher air from Sunday.",
        True,
        [("count", 35, None, None), ("count", 36, None, None)],
        "Dervla Rathcoole-Okoye",
    ),
    (
        "en",
        "It is the fourth heatwave of the summer in parts of England under the Met Office's definition.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Network Rail imposed speed restrictions on 23 routes amid fears that tracks could buckle in the heat.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        '"Look in on older neighbours, and draw the curtains while the sun is at its strongest," the UK Health Security Agency advised.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Southern Water said demand had risen by about 20% in a week and asked customers to use water wisely.",
        True,
        [("percent", 20, "%", "about")],
        None,
    ),
    ("en", "Beachgoers in Brighton said they were glad to see the sun after a wet July.", False, [], None),
    # --- Hitze in Ostösterreich (APA), Freitag, 13. August ---
    (
        "de",
        "Wien (APA) - Bad Deutsch-Altenburg hat am Freitag mit 37,4 Grad den bisherigen Jahreshöchstwert für Österreich geliefert.",
        True,
        [("count", 37.4, None, None)],
        None,
    ),
    (
        "de",
        "In der Wiener Innenstadt lag der Tiefstwert der Nacht bei 25,1 Grad.",
        True,
        [("count", 25.1, None, None)],
        None,
    ),
    (
        "de",
        "Wien kam heuer bereits auf 31 Hitzetage mit 30 Grad oder mehr, im Schnitt der Referenzperiode 1991 bis 2020 waren es bis Mitte August 17.",
        True,
        [
            ("count", 31, None, None),
            ("count", 30, None, "at_least"),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("count", 17, None, None),
        ],
        None,
    ),
    ("de", "Für den Osten des Landes rief das Gesundheitsministerium die höchste Hitzewarnstufe aus.", True, [], None),
    (
        "de",
        "GeoSphere-Klimatologe Benedikt Haslinger-Owusu sagte, die Zahl der Hitzetage habe sich in Wien seit den 1980er-Jahren etwa verdreifacht.",
        True,
        [],
        "Benedikt Haslinger-Owusu",
    ),
    (
        "de",
        "„Die Hitze ist in Wien kein Ausnahmezustand mehr, sondern Alltag“, sagte Haslinger-Owusu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wiener Berufsrettung verzeichnete am Freitag um rund ein Viertel mehr Einsätze als an einem gewöhnlichen Augusttag.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Die Stadt rät, ausreichend zu trinken und körperliche Anstrengung in den Mittagsstunden zu vermeiden.",
        False,
        [],
        None,
    ),
    # --- Munich Re zum Halbjahr (dpa-AFX), Montag, 16. August ---
    (
        "de",
        "München (dpa-AFX) - Die weltweiten Schäden durch Naturkatastrophen summierten sich im ersten Halbjahr auf rund 142 Milliarden US-Dollar, wie der Rückversicherer Munich Re am Montag mitteilte.",
        True,
        [("ordinal", 1, None, None), ("money", 142000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Davon waren etwa 61 Milliarden Dollar versichert, nach 74 Milliarden im Vorjahreszeitraum.",
        True,
        [("money", 61000000000, "USD", "about"), ("money", 74000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die teuerste Einzelkatastrophe war ein Wintersturm im Süden der USA im Januar mit versicherten Schäden von 9,5 Milliarden Dollar.",
        True,
        [("money", 9500000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Todesopfer lag mit rund 4.300 deutlich unter dem langjährigen Durchschnitt.",
        True,
        [("count", 4300, None, "about")],
        None,
    ),
    (
        "de",
        "Munich-Re-Klimaexpertin Swenja Rathjen-Agyeman sagte, Gewitter mit Hagel und Sturzfluten machten inzwischen fast ein Drittel der versicherten Schäden aus.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Swenja Rathjen-Agyeman",
    ),
    (
        "de",
        "„Das Risiko durch Gewitter wird noch immer unterschätzt, auch von vielen Hausbesitzern“, sagte Rathjen-Agyeman.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Börse gewannen Munich-Re-Papiere bis Mittag 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    ("de", "Analysten sprachen von einem für die Branche gut verkraftbaren Halbjahr.", False, [], None),
    # --- Monsoon floods in Pakistan (Reuters), Monday, August 16 ---
    (
        "en",
        "ISLAMABAD, Aug 16 (Reuters) - Monsoon floods and landslides have killed at least 212 people across Pakistan since the end of June, the National Disaster Management Authority said on Monday.",
        True,
        [("date", "--08-16", None, None), ("count", 212, None, "at_least")],
        "the National Disaster Management Authority",
    ),
    (
        "en",
        "Khyber Pakhtunkhwa province accounted for 97 of the deaths, 31 of them children.",
        True,
        [("count", 97, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "NDMA spokesman Shahid Rizvi-Mallory said more than 14,000 homes had been damaged or destroyed and about 2,600 head of livestock lost.",
        True,
        [("count", 14000, None, "over"), ("count", 2600, None, "about")],
        "Shahid Rizvi-Mallory",
    ),
    (
        "en",
        "July rainfall was 38% above the long-term average nationally and more than double it in parts of Punjab, according to the Pakistan Meteorological Department.",
        True,
        [("percent", 38, "%", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Soldiers and rescue workers have moved some 48,000 people from low-lying areas along the Swat and Kabul rivers.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        '"We rebuilt with our own hands and now the river has taken it again," a farmer in Charsadda told Reuters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The meteorological department forecast more heavy rain over the next four days.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    ("en", "Aid groups said the government's response had been slow to reach remote valleys.", False, [], None),
    # --- Eisabbruch am Bisgletscher (Keystone-SDA), Dienstag, 17. August ---
    (
        "de",
        "Sitten (Keystone-SDA) - Vom Bisgletscher oberhalb von Randa VS sind in der Nacht auf Dienstag rund 180'000 Kubikmeter Eis abgebrochen.",
        True,
        [("count", 180000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Eislawine kam gemäss Kantonspolizei rund 400 Meter oberhalb der Kantonsstrasse zum Stillstand, verletzt wurde niemand.",
        True,
        [("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "Bereits am Sonntag hatte die Gemeinde vorsorglich 84 Personen aus drei Weilern evakuiert und die Strasse nach Zermatt gesperrt.",
        True,
        [("count", 84, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Glaziologe Arnold Zurbriggen-Lauber sagte, die Gletscherzunge habe sich in den Tagen zuvor um bis zu 2,5 Meter pro Tag bewegt, fünfmal schneller als üblich.",
        True,
        [("count", 2.5, None, "up_to"), ("count", 5, None, None)],
        "Arnold Zurbriggen-Lauber",
    ),
    ("de", "«Der Berg hat uns gewarnt, und wir haben zugehört», sagte Zurbriggen-Lauber.", False, [], None),
    (
        "de",
        "Die Bahnverbindung zwischen Visp und Zermatt war für rund fünf Stunden unterbrochen.",
        True,
        [("duration", 5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Ein weiterer Abbruch von bis zu 100'000 Kubikmetern sei in den kommenden Tagen möglich, teilte die Gemeinde mit.",
        True,
        [("count", 100000, None, "up_to")],
        None,
    ),
    ("de", "Hoteliers in Zermatt zeigten sich erleichtert, dass ihre Gäste wieder anreisen können.", False, [], None),
    # --- Avalanche near Mt Hutt (AAP), Tuesday, August 17 ---
    (
        "en",
        "CHRISTCHURCH (AAP) - Two skiers have been killed and a third injured in an avalanche in backcountry terrain near Mt Hutt in Canterbury.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The slide, estimated at size 3 on the five-point avalanche size scale, released on a south-facing slope at about 1,900 metres on Sunday afternoon.",
        True,
        [("count", 3, None, None), ("count", 5, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "en",
        "The NZ Avalanche Advisory had rated the danger in the area as considerable, level 3 of 5.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Avalanche forecaster Rawiri Ashfield-Kingi said up to 70cm of new snow had fallen on a weak layer over the previous week.",
        True,
        [("count", 70, None, "up_to")],
        "Rawiri Ashfield-Kingi",
    ),
    (
        "en",
        '"The backcountry is a completely different world from the groomed runs," Ashfield-Kingi said.',
        False,
        [],
        None,
    ),
    ("en", "It is the third fatal avalanche in New Zealand this winter.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "A rescue helicopter flew the injured skier, a 31-year-old Christchurch man, to hospital.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        "Police urged backcountry users to check the advisory and carry a transceiver, probe and shovel.",
        False,
        [],
        None,
    ),
    # --- Elbe-Hochwasser in Dresden (dpa/sn), Mittwoch, 18. August ---
    (
        "de",
        "Dresden (dpa/sn) - Nach tagelangem Starkregen im Erzgebirge ist die Elbe in Dresden bis Mittwochmittag auf 6,12 Meter gestiegen.",
        True,
        [("count", 6.12, None, None)],
        None,
    ),
    (
        "de",
        "Damit gilt an dem Pegel die Alarmstufe 3 von 4, teilte das Landeshochwasserzentrum mit.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Den Scheitel erwarten die Hydrologen für Donnerstagabend bei etwa 6,60 Metern; normal sind an diesem Pegel rund zwei Meter.",
        True,
        [("count", 6.6, None, "about"), ("count", 2, None, "about")],
        None,
    ),
    (
        "de",
        "Im Osterzgebirge registrierte der Deutsche Wetterdienst seit Sonntag stellenweise mehr als 190 Liter Regen pro Quadratmeter.",
        True,
        [("count", 190, None, "over")],
        None,
    ),
    (
        "de",
        "In Glashütte und Dohna mussten rund 1.150 Anwohner ihre Häuser verlassen.",
        True,
        [("count", 1150, None, "about")],
        None,
    ),
    (
        "de",
        "Beim Hochwasser 2013 hatte die Elbe in Dresden noch deutlich höher gestanden.",
        True,
        [("year", 2013, None, None)],
        None,
    ),
    ("de", "Die Stadt rief die Dresdner dazu auf, die Elbwiesen und Uferwege zu meiden.", False, [], None),
    (
        "de",
        "„Wir sind vorbereitet, aber dem Fluss kann niemand vorschreiben, was er tut“, sagte eine Sprecherin der Stadt.",
        False,
        [],
        None,
    ),
    # --- Corisande one week on (AP), Wednesday, August 18 ---
    (
        "en",
        "HOUSTON (AP) — A week after Hurricane Corisande came ashore on the middle Texas coast, about 112,000 homes and businesses were still without power on Wednesday.",
        True,
        [("count", 112000, None, "about")],
        None,
    ),
    (
        "en",
        "The storm's death toll in Texas rose to 19, state officials said, six of them in the heat after the power went out.",
        True,
        [("count", 19, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Catastrophe modeler Stormhaven Analytics estimated insured losses from the storm at between $6 billion and $9 billion.",
        True,
        [("money", 6000000000, "USD", None), ("money", 9000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Another firm put the bill at about $7.5 billion, not counting flood damage insured through the federal government's flood program.",
        True,
        [("money", 7500000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Corisande's peak storm surge of 11.4 feet at Port O'Connor was the highest recorded on the Texas coast since 2008.",
        True,
        [("count", 11.4, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "FEMA has approved about $214 million in individual assistance for 38,000 households so far.",
        True,
        [("money", 214000000, "USD", "about"), ("count", 38000, None, None)],
        None,
    ),
    (
        "en",
        '"People here are tired, they are hot and they want to know when the lights come back on," a Calhoun County commissioner said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Insurance agents said many homeowners had been surprised to learn their policies did not cover flooding.",
        False,
        [],
        None,
    ),
    # --- Erdbeben in Niederösterreich (APA), Donnerstag, 19. August ---
    (
        "de",
        "Wien (APA) - Ein Erdbeben der Magnitude 4,2 hat am Donnerstag kurz nach 3.00 Uhr früh das südliche Niederösterreich erschüttert.",
        True,
        [("count", 4.2, None, None)],
        None,
    ),
    (
        "de",
        "Nach Daten von GeoSphere Austria lag der Herd rund neun Kilometer unter der Erdoberfläche bei Neunkirchen.",
        True,
        [("count", 9, None, "about")],
        None,
    ),
    (
        "de",
        "Beim Erdbebendienst gingen binnen zwei Stunden mehr als 4.800 Wahrnehmungsberichte ein, auch aus Wien und Graz.",
        True,
        [("duration", 2, "hour", None), ("count", 4800, None, "over")],
        None,
    ),
    (
        "de",
        "Die Intensität im Epizentrum erreichte V auf der zwölfteiligen Europäischen Makroseismischen Skala.",
        True,
        [("count", 5, None, None), ("count", 12, None, None)],
        None,
    ),
    ("de", "In Neunkirchen und Ternitz meldeten Bewohner leichte Schäden an Kaminen und Verputz.", True, [], None),
    (
        "de",
        "Seismologin Ottilie Prantauer-Asamoah sagte, Beben dieser Stärke träten im Wiener Becken im Schnitt etwa alle drei bis vier Jahre auf.",
        True,
        [("duration", 3, "year", "about"), ("duration", 4, "year", None)],
        "Ottilie Prantauer-Asamoah",
    ),
    ("de", "„Grund zur Panik gibt es nicht, wohl aber zur Vorsorge“, sagte Prantauer-Asamoah.", False, [], None),
    (
        "de",
        "Ein ähnlich starkes Beben hatte die Region zuletzt vor elf Jahren erschüttert.",
        True,
        [("duration", 11, "year", None)],
        None,
    ),
    # --- Swiss Re on the half year (Reuters), Thursday, August 19 ---
    (
        "en",
        "ZURICH, Aug 19 (Reuters) - Insured losses from natural catastrophes reached an estimated $64 billion in the first half of 2027, the sixth year in a row above $60 billion, Swiss Re said on Thursday.",
        True,
        [
            ("date", "--08-19", None, None),
            ("money", 64000000000, "USD", "about"),
            ("ordinal", 1, None, None),
            ("year", 2027, None, None),
            ("ordinal", 6, None, None),
            ("money", 60000000000, "USD", "over"),
        ],
        None,
    ),
    (
        "en",
        "Severe convective storms in the United States accounted for about $31 billion, or nearly half of the total.",
        True,
        [("money", 31000000000, "USD", "about"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Swiss Re Institute analyst Cosima Vantreight-Eze said the industry's catastrophe bill had risen by 5% to 7% annually after inflation since 2015.",
        True,
        [("percent", 5, "%", None), ("percent", 7, "%", None), ("year", 2015, None, None)],
        "Cosima Vantreight-Eze",
    ),
    (
        "en",
        '"The protection gap remains stubbornly wide in much of Asia and Africa," Vantreight-Eze said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The costliest single event was a January winter storm in Texas and the Southeast that cost insurers about $8.8 billion.",
        True,
        [("money", 8800000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Economic losses, insured and uninsured, came to about $156 billion.",
        True,
        [("money", 156000000000, "USD", "about")],
        None,
    ),
    ("en", "Swiss Re shares rose 1.2% in Zurich.", True, [("percent", 1.2, "%", None)], None),
    (
        "en",
        "Some analysts said reinsurers would use the figures to resist price cuts at the January renewals.",
        False,
        [],
        None,
    ),
    # --- Cornwall flood claims (PA), Thursday, August 19 ---
    (
        "en",
        "LONDON (PA) - This month's flash floods in Cornwall will cost insurers about £48 million in payouts to homes and businesses, the Association of British Insurers said.",
        True,
        [("money", 48000000, "GBP", "about")],
        "the Association of British Insurers",
    ),
    (
        "en",
        "Around 1,900 claims had been made by Monday, with the average home claim at about £31,000.",
        True,
        [("count", 1900, None, "about"), ("money", 31000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "About 40% of the flooded homes covered by Flood Re had flooded before, according to the scheme.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        '"Nobody should be left out of pocket because they could not afford a higher excess," a local MP said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Environment Agency figures showed 312 properties in the Camel and Valency catchments had flooded.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    ("en", "Residents in Boscastle said the village would recover, as it always had.", False, [], None),
    # --- Versicherer zu den Unwettern (dpa), Freitag, 20. August ---
    (
        "de",
        "Berlin (dpa) - Die Unwetter der ersten Augusthälfte kosten die deutschen Versicherer rund 1,3 Milliarden Euro, wie der Gesamtverband der Deutschen Versicherungswirtschaft (GDV) am Freitag mitteilte.",
        True,
        [("ordinal", 1, None, None), ("money", 1300000000, "EUR", "about")],
        "der Gesamtverband der Deutschen Versicherungswirtschaft",
    ),
    (
        "de",
        "Davon entfallen etwa 900 Millionen Euro auf Schäden an Häusern, Hausrat und Betrieben, der Rest auf Kraftfahrzeuge.",
        True,
        [("money", 900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Allein der Hagel in Oberbayern schlägt mit gut 600 Millionen Euro zu Buche.",
        True,
        [("money", 600000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "GDV-Schadenexpertin Jördis Wiechmann-Appiah sagte, bundesweit sei nur gut die Hälfte aller Wohnhäuser gegen Starkregen und Hochwasser versichert.",
        True,
        [("fraction", 0.5, None, "over")],
        "Jördis Wiechmann-Appiah",
    ),
    (
        "de",
        "„Wer glaubt, ihn treffe es nicht, weil er nicht am Fluss wohnt, der irrt“, sagte Wiechmann-Appiah.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das ganze Jahr 2026 hatte der Verband die versicherten Naturgefahrenschäden auf 5,7 Milliarden Euro beziffert.",
        True,
        [("year", 2026, None, None), ("money", 5700000000, "EUR", None)],
        None,
    ),
    ("de", "Verbraucherschützer sprachen von einem Weckruf für alle Hausbesitzer.", False, [], None),
    (
        "de",
        "Die Zahl der Schadenmeldungen schätzt der Verband auf rund 410.000.",
        True,
        [("count", 410000, None, "about")],
        None,
    ),
    # --- Wildfire near Lillooet (Reuters), Friday, August 20 ---
    (
        "en",
        "VANCOUVER, Aug 20 (Reuters) - A wildfire near Lillooet in British Columbia grew to more than 31,000 hectares (76,600 acres) on Friday, and some 2,400 residents have been told to leave, according to the BC Wildfire Service.",
        True,
        [
            ("date", "--08-20", None, None),
            ("count", 31000, None, "over"),
            ("count", 76600, None, None),
            ("count", 2400, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "More than 380 active fires were burning across the province, 41 of them classed as wildfires of note.",
        True,
        [("count", 380, None, "over"), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Fire information officer Kiran Sandhar-Forde said hot, dry winds gusting to 60 km/h were expected on Saturday afternoon.",
        True,
        [("count", 60, None, None)],
        "Kiran Sandhar-Forde",
    ),
    ("en", '"We are asking people to respect the evacuation orders, full stop," Sandhar-Forde said.', False, [], None),
    (
        "en",
        "Wildfires have burned about 3.9 million hectares in Canada so far this year, roughly 40% above the 10-year average, the Canadian Interagency Forest Fire Centre's figures show.",
        True,
        [("count", 3900000, None, "about"), ("percent", 40, "%", "about"), ("duration", 10, "year", None)],
        None,
    ),
    ("en", "Highway 99 between Lillooet and Pemberton was closed.", True, [], None),
    (
        "en",
        "The province has asked for about 200 Canadian Armed Forces personnel to help with the fire.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    ("en", "Residents of Lillooet said they felt forgotten by the provincial government.", False, [], None),
]
