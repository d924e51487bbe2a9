"""Two-hundred-and-twelfth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, storms and figures are made up
(Wolfgang Immler, Petra Hanselmann, Raphaël Zufferey, Norbert Thielmann, Irmgard
Stelzhammer; Maricel Ybanez, Arnel Dacanay, Rhiannon Beddoe, Halina Wrobel, Dale Kinnick,
Terri Gallup, Gareth Pryddy, Carys Morgan, Carla Haskins, Wade Pruett, Bikash Jena, Hendra
Wiratama, Nurhayati; Hurricane Teodora, Typhoon Hanarae, Sturmtief „Hildrun“, Storm
Ottilie, Hurrikan „Severo“, Cyclone Ranvi, Storm Brannagh; every unnamed resident,
vendor, commuter, shop owner, dyke reeve, spokesman and official). Office holders of real
bodies appear under made-up names that stand for no real holder (the GDV's chief executive,
the VVO's president) or by their role only (Louisiana's and Oklahoma's governors, the
Carinthian Landeshauptmann, Spain's head of government, Hamburg's environment senator,
Japan's top government spokesman, Greece's civil protection minister, Austria's finance
minister, Odisha's chief minister and relief commissioner, the president of Liguria, a
provincial governor on Samar, mayors, a bishop, a member of the Senedd, Swiss Re's chief
economist). Real bodies, firms and places (Deutscher Wetterdienst, DWD, Landratsamt,
Hydrographischer Dienst, GeoSphere Austria, Katastrophenfonds, MeteoSchweiz,
Gebäudeversicherung Bern, Kantonspolizei Bern and Wallis, Landeserdbebendienst, Aemet,
Bundesamt für Seeschifffahrt und Hydrographie, BSH, Deutsche Bahn, Gesamtverband der
Deutschen Versicherungswirtschaft, GDV, Verbraucherzentralen, US-Hurrikanzentrum NHC,
TSMC, VVO, Zivilschutz, Arpal, die Grünen; the National Hurricane Center, Verisk, the U.S.
Geological Survey, Phivolcs, the Met Office, the Energy Networks Association, Devon and
Cornwall Police, Network Rail, the Japan Meteorological Agency, the Fire and Disaster
Management Agency, Kyushu Electric Power, Japan Airlines, All Nippon Airways, IMGW, the
National Weather Service, OG&E, Swiss Re, Munich Re, Natural Resources Wales, Transport for
Wales, the European-Mediterranean Seismological Centre, Greece's Geodynamic Institute,
ERT, the India Meteorological Department, FEMA, the National Flood Insurance Program,
BNPB, Met Éireann, ESB Networks, Shannon Airport, Irish Ferries, the Garda, the National
Disaster Risk Reduction and Management Council, the World Bank, and the datelines' and
stories' towns, rivers and mountains) stand for the way wire copy names them; every storm,
quake, flood, reading, toll, evacuation, loss, insurer's estimate, aid sum and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: STORMS, FLOODS AND EARTHQUAKES - rainfall amounts, wind speeds, magnitudes,
death and injury tolls, evacuations, damage estimates, insurers' figures, warnings and
forecasts of the weather services, officials' statements and appeals - over about six
weeks of one autumn (September 14 to October 27 of 2026), 30 short stories in story order,
the German and English ones interleaved by date, each told as wire copy runs it (a dateline
lead with the hazard and its headline figure, then readings, tolls, evacuees, call-outs,
damage and money, attributed claims, quotes, appeals and colour). Half German (dpa with
"dpa/lby", "dpa/lsw", "dpa/lnw", APA, Keystone-SDA, Reuters German; Austrian "heuer",
"Pensionistin", "Landeshauptmann"; Swiss "innert", "Strasse", "50'000", "6300",
"Gemeindepräsident", "ersucht", «» quotes; German „“ quotes): a cloudburst in the Allgäu,
floods in Carinthia, hail in the Emmental, a quake on the Swabian Alb, storms in southeast
Spain, a storm surge in Hamburg, a debris flow in the Valais, the insurers' nine months in
Germany, a quake in Lower Austria, a hurricane over Cuba, a quake off Taiwan, Austria's
insured storm losses, an autumn storm in North Rhine-Westphalia, storms in Liguria and
Lake Maggiore in flood. Half English (Reuters, AP, PA): a hurricane in Louisiana, a quake
off Samar, Storm Ottilie in Wales and Devon, a typhoon on Kyushu, floods in Poland and the
Czech Republic, tornadoes in Oklahoma, Swiss Re's estimate, floods in the Welsh valleys, a
quake on Crete, flash floods in West Virginia, a cyclone in Odisha, FEMA aid, floods on
Sumatra, Storm Brannagh in Ireland and the Samar toll five weeks on. Figures as such copy
has them: rain in litres per square metre, millimetres and inches, winds in km/h,
Stundenkilometern and mph with converted figures, Windstärke and storm categories, warning
levels on their scales, hail and water depths, river and lake levels, magnitudes, depths,
distances, aftershocks and a Roman-numeral intensity, tolls revised through the day, the
missing, injured and evacuated, call-outs, emergency calls and damage reports, homes without
power, cancelled flights, insured losses and aid in euros, dollars, francs, zlotys,
crowns, pounds, rupees, rupiah and yen, shares ("knapp ein Drittel", "Drei Viertel",
"jedes zweite", "jeder fünfte", "jeder zehnte", "ein Fünftel", "two-thirds", "two-fifths",
"a quarter", "a third", "half a mile"), multiples ("das Doppelte"), number words and
compounds ("zwölfstündigen", "dreitägige", "anderthalb Monaten", "neunstöckiges", "a
seven-hour closure", "a two-day closure", "Nine counties", "Sixty ... teams", "Kategorie
fünf"), ordinals ("zum dritten Mal", "das zweitstärkste", "der zweithöchste", "the 14th
typhoon", "the second named storm"), return periods, ages, durations, years, dates and
datelines. Negatives as such copy has them: fear and shock in quotes and vox pops (eight of
them with ages), officials' rhetoric, promises, verdicts and labels, condolences, appeals
and advice of the weather services and police, forecasts without a figure, an accusation
without a checkable claim, fears, evasions and open questions.

243 rows (124 German, 119 English), 57 negatives (30 German, 27 English), 186 check-worthy
rows of which 16 carry no figure (12 German, 4 English), 290 expected quantities (156
counts, 52 durations - 21 in years, 19 in hours, 6 in days, 3 in months, 2 in weeks, 1 in
minutes -, 31 amounts of money - 12 USD, 10 EUR, 2 CHF, 2 PLN, 1 each CZK, GBP, IDR, INR,
JPY -, 14 ordinals, 13 fractions, 10 dates, 9 years, 5 percentages, all in %; 12 of them in
11 negatives, as the seventeenth batch labels a figure in a negative), 37 checked speakers
(17 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  verdict, label, feeling, promise as rhetoric, condolence, appeal, piece of advice, fear
  or open question is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-fifth, hundred-sixty-ninth, two-hundred-and-fourth):
  the Landeshauptmann's „Wir lassen niemanden ... allein“, Thielmann's „wie dringend“ beside
  his check-worthy forecast of more than five billion euros, Stelzhammer's „Die Klimakrise
  schickt uns die Rechnung“ beside her 40 percent, Hanselmann's aftershocks „in den
  kommenden Tagen“ beside her return period, Zufferey's open question beside his 50'000
  cubic metres, Pruett's "The creek came up faster ..." beside his toll, the Swiss Re
  economist's "new baseline", the chief minister's "saved thousands of lives" (a
  counterfactual, hundred-sixty-ninth), „vorbildlich“, «Albtraum», „Weckruf“ and „äußerst
  ernst“ (labels, two-hundred-and-fourth), the opposition's accusation of a late warning
  (hundred-sixty-ninth), the Verbraucherzentralen's view „für überfällig“ (hundred-ninety-
  sixth: „hält ... für“), TSMC's „ließ ... offen“, "It was not yet clear", "Whether ...
  remains unclear", "It was not clear how many" (hundred-seventy-fifth), the bishop's call,
  "were urged", "urged the administration", „rief ... auf“, „ersucht“, the Garda's advice
  and „Der DWD rät“ (hundred-fifty-second, hundred-sixty-ninth). Vox pops keep their figures
  (seventeenth, hundred-sixty-ninth): "Maricel Ybanez, 44,", "Rhiannon Beddoe, 63,",
  "Halina Wrobel, 68," with "in 1997", "Terri Gallup, 51,", "Carys Morgan, 47,", "Bikash
  Jena, 36,", "eine 72-jährige Pensionistin", „In 31 Jahren Feuerwehrdienst“ 31 years,
  «Innert zwei Minuten» 2 minutes, „seit drei Stunden“ 3 hours. New: "said Nurhayati, 39."
  with a single name (as Indonesian copy writes it) is a vox pop with 39 years, the age
  after a one-word name read as after a full one.
- Warnings and forecasts of the weather services and other agencies as the earlier batches
  settled them (forty-seventh, hundred-twenty-sixth, hundred-thirty-fifth,
  hundred-sixty-ninth, hundred-ninety-fourth): a warning issued or in force is check-worthy,
  with its levels as counts where it has them ("Unwetterwarnungen der Stufe 3 von 4" 3 and
  4) and without a figure where it has only a colour or a name ("an amber wind warning ...
  from 6am until 9pm", "die höchste Warnstufe Rot" twice, "an emergency heavy rain warning,
  its highest level", "a status red wind warning", "a tsunami warning ... lifted"); a
  forecast or warning with a figure is check-worthy ("bis zu 60 Liter pro Quadratmeter in
  sechs Stunden möglich", "a surge of 10 to 14 feet", "15 to 20 inches were possible",
  "surges of up to 2 metres were likely", "Gusts of up to 150km/h are forecast", „sagte bis
  zu 500 Liter ... voraus“, „warnten vor Nachbeben der Stärke 6 oder höher in den kommenden
  drei Tagen“ - "oder höher" after the figure no hedge, forty-seventh: "or higher"; Swiss
  Re's $14 to $19 billion, Thielmann's more than five billion euros); a forecast without a
  figure is a negative („sagt ... erneut Sturmböen ... voraus“, „sagt MeteoSchweiz eine
  allmähliche Wetterberuhigung voraus“, "Forecasters said the storm could weaken",
  „Leichte Nachbeben seien ... möglich“). Verbs of measuring, recording, forecasting,
  warning and estimating leave the source unchecked (ninety-ninth, hundred-ninety-fourth).
- Check-worthy without a figure (hundred-thirty-fifth, hundred-sixty-ninth,
  two-hundred-and-third): a storm's or flood's passage, Zivilschutzalarm, a debris flow, a
  road closed until the end of the week, an army requested, a search under way, "Verletzt
  wurde nach Angaben der Polizei niemand.", a mayor's Konjunktiv I "Schäden ... seien ...
  nicht gemeldet worden", long-distance trains stopped „für mehrere Stunden“ (none),
  schools to stay closed on Saturday, hail on hundreds of cars, and the warnings with a
  colour or a name only (above). New:
  „einen Millionenschaden“ is check-worthy and carries no quantity - a scale word in a
  compound without a figure is a vague magnitude as „einen zweistelligen Millionenbetrag“
  (ninety-ninth and later batches).
- Magnitudes, depths, distances, scales and levels are counts (fourth, ninety-ninth,
  hundred-thirty-fifth, hundred-sixty-ninth): "der Stärke 4,7", "der Magnitude 4,4", "der
  Stärke 6,8", "magnitude 6.9", "of magnitude 5.4", "put the magnitude at 6.4", "of
  magnitude 4.8"; "etwa acht Kilometern", "rund fünf Kilometer ... etwa sieben Kilometern",
  "in 15 Kilometern Tiefe rund 25 Kilometer", "23 km (14 miles) about 40 km", "31 km (19
  miles) ... 12 km" (the converted figure in brackets, eightieth); "more than 380
  aftershocks", "More than 60 aftershocks" "over"; "a Category 4 storm", "Kategorie fünf"
  5 (a number word after the scale word, hundred-twenty-sixth: "Stufe vier"), "Windstärke
  11" with "in der Spitze" no hedge (the crowd batches' „in der Spitze“), "Hochwasserstufe
  4 von 5", "to 10 on a scale of 10" 10 and 10 (hundred-sixty-ninth: "level 3 of a
  five-level scale"); "an EF3" none (a letter code, forty-second and forty-third), storm
  names none. New: "intensity VIII on the Modified Mercalli scale" is count 8 - a level on
  a scale is a count ("lower 6 on Japan's seismic intensity scale", hundred-thirty-fifth),
  and the Roman numeral in which the scale is written is its figure. New: "als HQ100" carries
  none - a letter code written solid with its figure, as "EF3" -, while the return period
  written out in the same row, "alle 100 Jahre", is 100 years (hundred-sixty-ninth:
  "100-jährlichen Hochwasser"; hundred-thirty-fifth: "a one-in-100-year event").
- Readings are counts of the figure as written (hundred-thirty-fifth, hundred-sixty-ninth,
  hundred-ninety-fourth): rain ("112 Liter Regen pro Quadratmeter", "bis zu 60 Liter"
  "up_to", "317 Liter pro Quadratmeter", "238 Millimeter", "bis zu 180 Millimeter" "up_to",
  "über 400 Millimeter" "over", "470 Millimeter", "486 millimetres", "131.4mm" glued, "up
  to 7 inches"), wind ("maximum sustained winds of 145 mph (233 km/h)" 145 and 233 with
  "maximum" no hedge as in the earlier hurricane rows, "peak winds of 150 mph" likewise,
  "gusts of more than 90mph" "over", "A gust of 97mph", "148 Stundenkilometern", "131
  Kilometern pro Stunde", "bis zu 260 Kilometern pro Stunde" and "up to 175 km/h" and "up
  to 150km/h" "up_to"), hail ("bis zu sieben Zentimetern" "up_to"), water ("4,12 Meter",
  "2,74 Meter über dem mittleren Hochwasser" - "über" after the figure -, "195,42 Meter
  über Meer", "bis zu 40 Zentimeter" "up_to", "6.38 metres, 1.2 metres above its previous
  record" - "above" after the figure -, "4.6 metres", "rose 11 feet", "up to 2 metres"),
  volumes and lengths ("rund 50'000 Kubikmeter" "about", Swiss apostrophe; "for 21 miles").
  "das Doppelte" is count 2 ("mehr als" "over"; hundred-sixty-ninth). "up to half a mile
  wide" is fraction 0.5 "up_to" and no count (two-hundred-and-third: "around a quarter of a
  mile").
- Tolls, evacuees, call-outs and things are counts with their hedges (every batch): tolls
  revised ("zunächst auf sieben und dann auf neun" 7 and 9, "has risen to 23, including
  14", "has risen to 31, with four people still missing"; hundred-thirty-fifth), "at least
  seven", "At least three", "at least six", "at least four ... about 30 others", "At least
  11", "mindestens neun", "mindestens vier Vermissten, darunter zwei Kinder", "Four ...
  and 93 injured, and two more" ("more" no hedge), "38 people ..., four of them", "zwei
  Menschen ..., ein weiterer" 2 (an article, eleventh), "Nearly 1.1 million", "about 1.9
  million", "more than 1.2 million", "rund zehn Millionen", "Mehr als 700.000", "mehr als
  850 Einsätzen", "knapp 900 Einsätzen" ("zusammen" no hedge, two-hundred-and-third), "mehr
  als 1.700 sturmbedingte Einsätze", "rund 1.900 Notrufe", "über 6300 Schadenmeldungen"
  (Swiss four digits, hundred-sixty-ninth), "mehr als 4.200 Wahrnehmungsberichte", "a
  combined 870 flights" ("a combined" no hedge, as in the courts and councils batches),
  "Nine counties" and "Sixty ... teams" (number words opening the row,
  hundred-sixty-ninth), "ein neunstöckiges Wohnhaus" 9 (two-hundred-and-third:
  "viergeschossigen" 4). None: "Hunderte", "Dozens", "Tausende", "mehrere", "one of
  them", "ein weiterer", "binnen einer Stunde", "a month's worth", "under a metre", "for
  almost a minute" (articles and vague amounts, seventeenth, hundred-sixty-ninth).
- Ordinals and fractions (the issue; every batch): "die erste schwere Sturmflut", "the
  first named storm", "Der erste Herbststurm" 1, "the second named storm", "the second
  deadly flood", "for the second time in three years" 2 and 3 years, "das zweitstärkste"
  and "der zweithöchste" 2 (the issue's "die drittgrößte Stadt"), "das dritte schwere
  Hagelereignis", "der dritte schwere Hurrikan ... binnen zwei Jahren" 3 and 2 years, "zum
  dritten Mal in diesem Monat" 3 (the issue's "zum zweiten Mal"), "the 14th typhoon ...
  and the fourth" 14 and 4, "in den ersten neun Monaten" ordinal 1 and 9 months
  (hundred-sixty-ninth: "in the first nine months"). Fractions: "knapp ein Drittel"
  0.3333 "nearly", "Drei Viertel ..., ein Viertel" 0.75 and 0.25, "Nur etwa jedes zweite"
  0.5 "about" ("Nur" no hedge), "jeder fünfte" 0.2, "ein Fünftel" 0.2, "jeder zehnte" 0.1
  (the issue's "jeder vierte"), "Roughly two-thirds" 0.6667 "about", "about a third of
  them" 0.3333 "about", "a third of them" 0.3333, "About a quarter" 0.25 "about", "About
  two-fifths" 0.4 "about".
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"; every batch):
  "binnen drei Stunden", "binnen zwölf Stunden", "binnen sechs Stunden", "binnen zwei
  Stunden", "Innert 48 Stunden", "innert 72 Stunden" (no hedge), "gut anderthalb Monaten"
  1.5 months "over" (fiftieth: "anderthalb"), "in sechs Stunden", "about two hours later"
  "about", "in 24 hours", "for nine hours", "für rund zehn Stunden" and "für rund sechs
  Stunden" "about", "einer zwölfstündigen Krisensitzung" and "eine dreitägige Trauer" (the
  issue), "after four days", "for 30 days", "Nach drei Tagen Dauerregen", "in four hours",
  "a seven-hour closure", "a two-day closure", "für zwölf Monate", "in den kommenden drei
  Tagen" 3 days, "binnen zwei Jahren", "seit mehr als 40 Jahren" and "more than five
  weeks after" "over", "four weeks after landfall", "over 48 hours" with "over" before a
  span no hedge (hundred-sixty-eighth), "im Schnitt alle 20 bis 30 Jahre" 20 and 30 years
  (hundred-sixty-ninth: "alle zwei bis drei Jahre"). New: "in the 36 hours to 9am on
  Monday" is 36 hours - the span ending at a clock time is the span, the clock time
  none. Ages are durations in years ("Eine 83-jährige Frau", "Ein 49-jähriger Autofahrer",
  "Ein 36 Jahre alter Radfahrer" - hundred-sixty-ninth -, "a 71-year-old man", "A
  58-year-old driver", "a 9-year-old girl", and the vox pops above). None: weekdays ("in der
  Nacht zum Montag", "bis Mittwochfrüh", "am Donnerstagabend", "until at least Wednesday"),
  clock times ("um 3.18 Uhr", "from 6am until 9pm", "by 1300 GMT", "from 4am"), "tagelangem",
  "mehrere Stunden", "in den kommenden Tagen", "in einem ganzen Jahr", "so far this year",
  "this year", "heuer", "Ende Woche", "Anfang Juni".
- Money in the currency written (every batch): EUR ("15 Millionen Euro", "about 450
  million euros", "rund 4,6 Milliarden Euro", "etwa 1,9 Milliarden Euro", "mehr als fünf
  Milliarden Euro" "over", "rund 780 Millionen Euro", "etwa 310 Millionen Euro", "bereits
  142 Millionen Euro" - "bereits" no hedge -, "um 50 Millionen Euro" - "um" no hedge -,
  "mindestens 250 Millionen Euro" "at_least"), USD ("between $9 billion and $13 billion"
  and "between $14 billion and $19 billion" both figures with no hedge, "around $600
  million" and "about $97 billion" and "about $410 million" "about", "$1.4 billion"), CHF
  ("90 bis 120 Millionen Franken" both - the scale word written once serves the earlier
  figure, hundred-forty-ninth -, "vorläufig" no hedge), PLN ("2 billion zlotys ($520
  million)", "up to 10,000 zlotys" "up_to"; hundred-fifth), CZK ("3 billion crowns ($131
  million)" in a Czech row, as the earlier Czech budget row), GBP ("1,000 pounds"), INR
  ("400,000 rupees" in an Indian story, two-hundred-and-third), IDR ("2 billion rupiah
  ($121,000)", hundred-thirty-fifth), JPY ("500 million yen ($3.3 million)",
  two-hundred-and-fourth); the converted figure in brackets carries no hedge (eightieth).
- Percentages, years and dates: "1.8% ... 1.2%", "nur rund 40 Prozent" "about", "About 4%"
  "about", "roughly 3%" "about"; years "seit 2012", "since 2005", "in 1976", "in 1997",
  "since May 2013", "in 2021", "nach 2023", "für 2027"; Reuters English datelines with a
  day ("NEW ORLEANS, Sept 15", "MANILA, Sept 17", "TOKYO, Sept 22", "WARSAW, Sept 24",
  "ZURICH, Sept 29", "ATHENS, Oct 6", "BHUBANESWAR, India, Oct 13" with the country between
  city and day, "WASHINGTON, Oct 15", "JAKARTA, Oct 22", "MANILA, Oct 27") dates without a
  year (hundred-forty-ninth, hundred-sixty-ninth); dpa with its slugs, APA, Keystone-SDA,
  Reuters German ("Taipeh (Reuters) -"), AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "Roughly", "roughly" "about"; "knapp", "Nearly" "nearly"; "mehr als", "Mehr als", "über",
  "gut", "more than", "More than" "over"; "bis zu", "up to" "up_to"; "mindestens", "at
  least", "At least" "at_least". No hedge: "zunächst", "vorläufig", "bereits", "zusammen",
  "Nur", "nur", "im Schnitt", "innert", "binnen", "maximum", "peak", "in der Spitze", "a
  combined", "more" after a figure, "over" before a span, "um" before a difference, "oder
  höher" after a figure, and "über" and "above" after a figure.
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des
  Landratsamts" -> "das Landratsamt", "nach Angaben der Polizei" -> "die Polizei", "nach
  Angaben der Feuerwehrbehörde" -> "die Feuerwehrbehörde", "Nach Angaben des DWD" -> "der
  DWD" (the source in the nominative, hundred-thirty-fifth and hundred-sixty-ninth; the
  issue's "nach Angaben der Behörden"), "teilte der Hydrographische Dienst mit", "teilte
  die Polizei mit", "teilte der Landeserdbebendienst mit", "teilte die Kantonspolizei
  Wallis mit", "teilte GeoSphere Austria mit" -> "GeoSphere Austria", "laut MeteoSchweiz"
  and "wie MeteoSchweiz mitteilte" (twice) -> "MeteoSchweiz" (hundred-sixty-ninth,
  hundred-ninety-fourth), "teilte das Bundesamt für Seeschifffahrt und Hydrographie (BSH)
  mit" and "teilte der Gesamtverband der Deutschen Versicherungswirtschaft (GDV) mit"
  without the abbreviation in brackets (hundred-sixty-ninth), "sagte Kantonsgeologe
  Raphaël Zufferey" with the title dropped, "Hanselmann sagte, ..." and "Thielmann sagte,
  ..." opening the row (two-hundred-and-fourth: "Dransfeld sagte"). English: "the
  National Hurricane Center said", "the U.S. Geological Survey said", "the Met Office
  said", "the Energy Networks Association said", "the Japan Meteorological Agency said",
  "the Fire and Disaster Management Agency said", "the National Weather Service said",
  "The National Weather Service said ..." and "The India Meteorological Department said
  ..." opening the row with the article lowered (hundred-fourteenth), "Swiss Re said on
  Tuesday" with the weekday dropped, "Natural Resources Wales said", "FEMA said", "Met
  Éireann said", "ESB Networks said" as written (hundred-sixty-ninth), and names with the
  role before them dropped ("Civil defence spokesman Arnel Dacanay", "Pottawatomie County
  emergency manager Dale Kinnick", "Council leader Gareth Pryddy", "state emergency
  management director Carla Haskins", "Logan County Sheriff Wade Pruett", "BNPB spokesman
  Hendra Wiratama"; two-hundred-and-third). Left unchecked (None): all negatives; roles
  and common nouns ("sagte ein Sprecher", "teilte ein Bahnsprecher mit", "the hurricane
  center said", "the weather service said", "the company said", "the agency said", "the
  Zurich-based group added", "the governor's office said", "a spokesperson said", "the
  interior ministry said", "Odisha's special relief commissioner said"; hundred-fifteenth,
  two-hundred-and-third), plural groups ("officials said", "state health officials said",
  "civil protection officials said", "authorities said"; forty-first), governments ("the
  provincial government said", "The Czech government said", "The Welsh government said",
  "The Odisha government said"; hundred-twenty-sixth), descriptions before a name ("the
  state hydrological institute IMGW", "the national disaster agency BNPB", "das regionale
  Wetterzentrum Arpal", "der Versicherungsverband VVO", "Utility OG&E"; fortieth), a
  possessive before a body ("Greece's Geodynamic Institute said", "its foreign ministry
  said"), firms' "Kyushu Electric Power said" (two-hundred-and-third), verbs of measuring,
  counting, recording, estimating, forecasting and announcing ("registrierte", "maß",
  "zählten", "schätzt", "bezifferte", "sagte ... voraus", "kündigte an", "recorded",
  "estimated", "put ... at", "issued"), "wie das kubanische Staatsfernsehen berichtete", "nach
  Verbandsangaben", "nach Firmenangaben", "nach Angaben von Aemet", "laut Kanton", "Laut dem
  kantonalen Führungsstab", "laut GeoSphere", "wie die Gebäudeversicherung mitteilte" and
  "wie die Regionalregierung von Murcia mitteilte". New: to keep the checked speakers near
  35, this batch also leaves unchecked some forms it could have checked: "Devon and Cornwall
  Police said", "the Department of Education said", "the National Disaster Risk Reduction
  and Management Council said", "nach Angaben der Wetterbehörde", "nach Angaben des
  Landesfeuerwehrverbands", the second "teilte die Polizei mit" and "Stelzhammer sagte,
  ...".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_212 = [
    # --- Starkregen im Allgäu (dpa) ---
    (
        "de",
        "Kempten (dpa/lby) - Heftige Gewitter mit Starkregen haben im Allgäu in der Nacht zum Montag Straßen überflutet und Hunderte Keller volllaufen lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst (DWD) registrierte in Oberstaufen binnen drei Stunden 112 Liter Regen pro Quadratmeter und damit die Menge, die dort sonst in gut anderthalb Monaten fällt.",
        True,
        [("duration", 3, "hour", None), ("count", 112, None, None), ("duration", 1.5, "month", "over")],
        None,
    ),
    (
        "de",
        "Die Feuerwehren im Landkreis Oberallgäu rückten nach Angaben des Landratsamts zu mehr als 850 Einsätzen aus.",
        True,
        [("count", 850, None, "over")],
        "das Landratsamt",
    ),
    (
        "de",
        "In Immenstadt mussten 46 Bewohnerinnen und Bewohner eines Pflegeheims mit Booten und Traktoren in Sicherheit gebracht werden.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "„In 31 Jahren Feuerwehrdienst habe ich das Wasser nie so schnell steigen sehen“, sagte Kreisbrandrat Wolfgang Immler.",
        False,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "de",
        "Für Dienstag hat der DWD für das südliche Oberbayern Unwetterwarnungen der Stufe 3 von 4 herausgegeben, örtlich seien bis zu 60 Liter pro Quadratmeter in sechs Stunden möglich.",
        True,
        [
            ("count", 3, None, None),
            ("count", 4, None, None),
            ("count", 60, None, "up_to"),
            ("duration", 6, "hour", None),
        ],
        None,
    ),
    ("de", "Der DWD rät, Keller und Tiefgaragen bei Starkregen auf keinen Fall zu betreten.", False, [], None),
    ("de", "Verletzt wurde nach Angaben der Polizei niemand.", True, [], "die Polizei"),
    # --- Hurricane Teodora hits Louisiana (Reuters) ---
    (
        "en",
        "NEW ORLEANS, Sept 15 (Reuters) - Hurricane Teodora came ashore near Grand Isle, Louisiana, before dawn on Tuesday, packing maximum sustained winds of 145 mph (233 km/h) as a Category 4 storm, the National Hurricane Center said.",
        True,
        [
            ("date", "--09-15", None, None),
            ("count", 145, None, None),
            ("count", 233, None, None),
            ("count", 4, None, None),
        ],
        "the National Hurricane Center",
    ),
    (
        "en",
        "The hurricane center had forecast a surge of 10 to 14 feet between Morgan City and the mouth of the Mississippi River.",
        True,
        [("count", 10, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "At least three people were killed, including a 71-year-old man struck by a falling oak in Houma, state health officials said.",
        True,
        [("count", 3, None, "at_least"), ("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        "Nearly 1.1 million residents had been ordered to evacuate before the storm, the largest such order in the state since 2005.",
        True,
        [("count", 1100000, None, "nearly"), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        '"Stay off the roads and let our crews do their work," the governor told a news conference in Baton Rouge.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Catastrophe modeller Verisk estimated insured losses from Teodora at between $9 billion and $13 billion.",
        True,
        [("money", 9000000000, "USD", None), ("money", 13000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Rainfall totals of 15 to 20 inches were possible in southeastern Louisiana through Thursday, the hurricane center said.",
        True,
        [("count", 15, None, None), ("count", 20, None, None)],
        None,
    ),
    ("en", "It was not yet clear how badly the levee system around New Orleans had been tested.", False, [], None),
    # --- Hochwasser in Kärnten (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Nach tagelangem Starkregen sind in Kärnten mehrere Flüsse über die Ufer getreten, im Lavanttal wurde Zivilschutzalarm ausgelöst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Pegel der Lavant bei Wolfsberg stieg bis Mittwochfrüh auf 4,12 Meter, den höchsten Stand seit 2012, teilte der Hydrographische Dienst mit.",
        True,
        [("count", 4.12, None, None), ("year", 2012, None, None)],
        "der Hydrographische Dienst",
    ),
    (
        "de",
        "GeoSphere Austria maß an der Station Koralpe seit Sonntag 238 Millimeter Niederschlag, mehr als das Doppelte eines durchschnittlichen Septembers.",
        True,
        [("count", 238, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Die Behörden stuften das Hochwasser an der Lavant als HQ100 ein, also als Ereignis, das statistisch alle 100 Jahre zu erwarten ist.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Rund 1.300 Feuerwehrleute aus 96 Feuerwehren standen nach Angaben des Landesfeuerwehrverbands im Einsatz.",
        True,
        [("count", 1300, None, "about"), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "In St. Paul im Lavanttal wurden 27 Häuser evakuiert, zwei Ortsteile sind nur noch mit dem Hubschrauber erreichbar.",
        True,
        [("count", 27, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Eine 83-jährige Frau wurde in Wolfsberg tot in ihrem überfluteten Keller gefunden, teilte die Polizei mit.",
        True,
        [("duration", 83, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "„Das Wasser kam so schnell, dass wir nur noch die Katze retten konnten“, sagte eine Anrainerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landesregierung gab für Soforthilfen 15 Millionen Euro aus dem Katastrophenfonds frei.",
        True,
        [("money", 15000000, "EUR", None)],
        None,
    ),
    ("de", "„Wir lassen niemanden mit den Schäden allein“, versprach der Landeshauptmann.", False, [], None),
    # --- Quake off Samar (Reuters) ---
    (
        "en",
        "MANILA, Sept 17 (Reuters) - A magnitude 6.9 earthquake struck off the eastern Philippine island of Samar on Thursday, killing at least seven people and damaging churches and bridges, officials said.",
        True,
        [("date", "--09-17", None, None), ("count", 6.9, None, None), ("count", 7, None, "at_least")],
        None,
    ),
    (
        "en",
        "The quake hit at a depth of 23 km (14 miles) about 40 km east of the town of Borongan, the U.S. Geological Survey said.",
        True,
        [("count", 23, None, None), ("count", 14, None, None), ("count", 40, None, "about")],
        "the U.S. Geological Survey",
    ),
    (
        "en",
        "The Philippine Institute of Volcanology and Seismology recorded more than 380 aftershocks, the strongest of magnitude 5.4.",
        True,
        [("count", 380, None, "over"), ("count", 5.4, None, None)],
        None,
    ),
    (
        "en",
        "Phivolcs briefly issued a tsunami warning for coastal areas of Eastern Samar but lifted it about two hours later.",
        True,
        [("duration", 2, "hour", "about")],
        None,
    ),
    (
        "en",
        "The USGS estimated shaking at intensity VIII on the Modified Mercalli scale in Borongan, a level it describes as severe.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Civil defence spokesman Arnel Dacanay said 61 people had been injured and more than 2,400 families had moved to evacuation centres.",
        True,
        [("count", 61, None, None), ("count", 2400, None, "over")],
        "Arnel Dacanay",
    ),
    (
        "en",
        '"For almost a minute the ground rolled under us like the sea," said Maricel Ybanez, 44, a fish vendor in Borongan.',
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "Classes were suspended in 14 towns and two cities on Friday, the provincial government said.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The bishop of Borongan called on parishioners to pray for the victims and to open their homes to neighbours.",
        False,
        [],
        None,
    ),
    # --- Hagel im Emmental (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein Hagelgewitter hat am Donnerstagabend im Emmental und im Oberaargau Hunderte Autos, Dächer und Gewächshäuser beschädigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Hagelkörner erreichten laut MeteoSchweiz einen Durchmesser von bis zu sieben Zentimetern.",
        True,
        [("count", 7, None, "up_to")],
        "MeteoSchweiz",
    ),
    (
        "de",
        "Bei der Gebäudeversicherung Bern gingen bis Freitagmittag über 6300 Schadenmeldungen ein.",
        True,
        [("count", 6300, None, "over")],
        None,
    ),
    (
        "de",
        "Die Versicherung schätzt den Schaden an Gebäuden vorläufig auf 90 bis 120 Millionen Franken.",
        True,
        [("money", 90000000, "CHF", None), ("money", 120000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Innert zwei Minuten war die Strasse weiss wie im Januar», sagte ein Garagist aus Huttwil.",
        False,
        [("duration", 2, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Bern ersucht die Bevölkerung, beschädigte Dächer nicht selbst zu besteigen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es war bereits das dritte schwere Hagelereignis in der Region seit Anfang Juni, wie die Gebäudeversicherung mitteilte.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Storm Ottilie (PA) ---
    (
        "en",
        "LONDON (PA) - Storm Ottilie brought gusts of more than 90mph to exposed parts of Wales and south-west England on Saturday, the first named storm of the autumn.",
        True,
        [("count", 90, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "A gust of 97mph was recorded at Capel Curig in Snowdonia, the Met Office said.",
        True,
        [("count", 97, None, None)],
        "the Met Office",
    ),
    (
        "en",
        "The Met Office had issued an amber wind warning for the whole of Wales from 6am until 9pm.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 215,000 homes were without power at the height of the storm, the Energy Networks Association said.",
        True,
        [("count", 215000, None, "about")],
        "the Energy Networks Association",
    ),
    (
        "en",
        "A 58-year-old driver was killed near Okehampton when a beech crashed onto her car in Devon, Devon and Cornwall Police said.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "Network Rail closed the line between Exeter and Plymouth for nine hours after waves battered the sea wall at Dawlish.",
        True,
        [("duration", 9, "hour", None)],
        None,
    ),
    (
        "en",
        '"It sounded like a freight train rolling over the roof," said Rhiannon Beddoe, 63, in Aberystwyth.',
        False,
        [("duration", 63, "year", None)],
        None,
    ),
    (
        "en",
        "People in coastal areas were urged to stay away from seafronts and promenades until the wind eased.",
        False,
        [],
        None,
    ),
    # --- Erdbeben auf der Schwäbischen Alb (dpa) ---
    (
        "de",
        "Albstadt (dpa/lsw) - Ein Erdbeben der Stärke 4,7 hat in der Nacht zum Sonntag die Schwäbische Alb erschüttert.",
        True,
        [("count", 4.7, None, None)],
        None,
    ),
    (
        "de",
        "Das Beben ereignete sich um 3.18 Uhr in einer Tiefe von etwa acht Kilometern, teilte der Landeserdbebendienst mit.",
        True,
        [("count", 8, None, "about")],
        "der Landeserdbebendienst",
    ),
    (
        "de",
        "Einen so starken Erdstoß hat die Zollernalb seit mehr als 40 Jahren nicht erlebt.",
        True,
        [("duration", 40, "year", "over")],
        None,
    ),
    (
        "de",
        "Bei der Polizei gingen binnen einer Stunde rund 1.900 Notrufe ein, die meisten aus den Landkreisen Zollernalb und Sigmaringen.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "An mindestens 60 Gebäuden entdeckten Statiker Risse, drei Wohnhäuser sind vorerst unbewohnbar.",
        True,
        [("count", 60, None, "at_least"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Leichte Nachbeben seien in den kommenden Tagen möglich, sagte Seismologin Petra Hanselmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hanselmann sagte, in der Zone zwischen Albstadt und Hechingen würden im Schnitt alle 20 bis 30 Jahre Beben dieser Stärke registriert.",
        True,
        [("duration", 20, "year", None), ("duration", 30, "year", None)],
        "Hanselmann",
    ),
    (
        "de",
        "„Das ganze Haus hat gewackelt, im Schrank ist das Geschirr zu Bruch gegangen“, erzählte eine Frau aus Onstmettingen.",
        False,
        [],
        None,
    ),
    # --- Typhoon Hanarae (Reuters) ---
    (
        "en",
        "TOKYO, Sept 22 (Reuters) - Typhoon Hanarae slammed into Japan's southwestern island of Kyushu on Tuesday, dumping record rain and prompting evacuation orders for about 1.9 million people.",
        True,
        [("date", "--09-22", None, None), ("count", 1900000, None, "about")],
        None,
    ),
    (
        "en",
        "The town of Ebino in Miyazaki prefecture received 486 millimetres of rain in 24 hours, the most since records began there in 1976, the Japan Meteorological Agency said.",
        True,
        [("count", 486, None, None), ("duration", 24, "hour", None), ("year", 1976, None, None)],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "The agency issued an emergency heavy rain warning, its highest level, for parts of Miyazaki and Kagoshima.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Four people were killed and 93 injured, and two more were missing after a landslide in Kagoshima, the Fire and Disaster Management Agency said.",
        True,
        [("count", 4, None, None), ("count", 93, None, None), ("count", 2, None, None)],
        "the Fire and Disaster Management Agency",
    ),
    (
        "en",
        "Kyushu Electric Power said about 310,000 households were without electricity on Tuesday evening.",
        True,
        [("count", 310000, None, "about")],
        None,
    ),
    (
        "en",
        "Japan Airlines and All Nippon Airways cancelled a combined 870 flights.",
        True,
        [("count", 870, None, None)],
        None,
    ),
    (
        "en",
        "Hanarae is the 14th typhoon of the season and the fourth to make landfall in Japan this year.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        'The government\'s top spokesman urged residents in affected areas to take "every possible step to protect their lives."',
        False,
        [],
        None,
    ),
    ("en", "Forecasters said the storm could weaken as it moved north-east over the Sea of Japan.", False, [], None),
    # --- Unwetter in Südostspanien (dpa) ---
    (
        "de",
        "Madrid (dpa) - Bei schweren Unwettern im Südosten Spaniens sind mindestens neun Menschen ums Leben gekommen.",
        True,
        [("count", 9, None, "at_least")],
        None,
    ),
    (
        "de",
        "Am Mittwoch korrigierten die Behörden die Opferzahl zunächst auf sieben und dann auf neun nach oben, wie die Regionalregierung von Murcia mitteilte.",
        True,
        [("count", 7, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Der Wetterdienst Aemet hatte für die Küste zwischen Cartagena und Águilas die höchste Warnstufe Rot ausgerufen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Los Alcázares fielen nach Angaben von Aemet binnen zwölf Stunden 317 Liter pro Quadratmeter, mehr als sonst in einem ganzen Jahr.",
        True,
        [("duration", 12, "hour", None), ("count", 317, None, None)],
        None,
    ),
    (
        "de",
        "Rettungskräfte suchen noch nach mindestens vier Vermissten, darunter zwei Kinder.",
        True,
        [("count", 4, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Rund 3.500 Menschen verbrachten die Nacht in Notunterkünften, 12.000 Haushalte waren ohne Strom.",
        True,
        [("count", 3500, None, "about"), ("count", 12000, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer zwölfstündigen Krisensitzung ordnete die Regionalregierung eine dreitägige Trauer an.",
        True,
        [("duration", 12, "hour", None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Der spanische Regierungschef sprach den Familien der Opfer sein Beileid aus und versprach rasche Hilfe.",
        False,
        [],
        None,
    ),
    ("de", "Die Opposition warf der Regionalregierung vor, die Bevölkerung zu spät gewarnt zu haben.", False, [], None),
    (
        "de",
        "Die Unwetter hinterließen in der Region einen Millionenschaden an Straßen, Brücken und Bewässerungsanlagen.",
        True,
        [],
        None,
    ),
    # --- Floods in Poland and the Czech Republic (Reuters) ---
    (
        "en",
        "WARSAW, Sept 24 (Reuters) - Floodwaters swept through towns in southwestern Poland on Thursday after four days of torrential rain, killing five people and forcing about 17,000 to leave their homes.",
        True,
        [
            ("date", "--09-24", None, None),
            ("duration", 4, "day", None),
            ("count", 5, None, None),
            ("count", 17000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The Nysa Klodzka river at Klodzko peaked at 6.38 metres, 1.2 metres above its previous record set in 1997, the state hydrological institute IMGW said.",
        True,
        [("count", 6.38, None, None), ("count", 1.2, None, None), ("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        "The government declared a state of natural disaster in 41 municipalities for 30 days.",
        True,
        [("count", 41, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The cabinet approved 2 billion zlotys ($520 million) in emergency aid, with up to 10,000 zlotys available to each affected household.",
        True,
        [("money", 2000000000, "PLN", None), ("money", 520000000, "USD", None), ("money", 10000, "PLN", "up_to")],
        None,
    ),
    (
        "en",
        '"We lost everything in 1997 and now we have lost it all again," said Halina Wrobel, 68, outside her flooded home in Glucholazy.',
        False,
        [("year", 1997, None, None), ("duration", 68, "year", None)],
        None,
    ),
    (
        "en",
        "The Czech government said it would release 3 billion crowns ($131 million) for the clean-up.",
        True,
        [("money", 3000000000, "CZK", None), ("money", 131000000, "USD", None)],
        None,
    ),
    ("en", "Whether the reservoirs upstream can hold back the next flood wave remains unclear.", False, [], None),
    # --- Sturmflut in Hamburg (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Sturmtief „Hildrun“ hat an der Nordseeküste die erste schwere Sturmflut der Saison ausgelöst.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Am Pegel St. Pauli lief das Wasser am Donnerstagabend 2,74 Meter über dem mittleren Hochwasser auf, teilte das Bundesamt für Seeschifffahrt und Hydrographie (BSH) mit.",
        True,
        [("count", 2.74, None, None)],
        "das Bundesamt für Seeschifffahrt und Hydrographie",
    ),
    (
        "de",
        "Die Hafenfähren stellten den Betrieb zum dritten Mal in diesem Monat ein, in der Hafencity wurden die Flutschutztore geschlossen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "In List auf Sylt maß der DWD Orkanböen von 148 Stundenkilometern.",
        True,
        [("count", 148, None, None)],
        None,
    ),
    (
        "de",
        "Zwischen Hannover und Hamburg fuhren für rund zehn Stunden keine Fernzüge der Deutschen Bahn.",
        True,
        [("duration", 10, "hour", "about")],
        None,
    ),
    (
        "de",
        "Ein 49-jähriger Autofahrer wurde bei Cuxhaven von einem umstürzenden Baum erschlagen, teilte die Polizei mit.",
        True,
        [("duration", 49, "year", None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehren in Schleswig-Holstein zählten bis zum Freitagmorgen mehr als 1.700 sturmbedingte Einsätze.",
        True,
        [("count", 1700, None, "over")],
        None,
    ),
    ("de", "„Diese Nacht vergisst hier keiner so schnell“, sagte ein Deichgraf in Dithmarschen.", False, [], None),
    ("de", "Der Hamburger Umweltsenator nannte den Hochwasserschutz der Stadt „vorbildlich“.", False, [], None),
    # --- Tornadoes in Oklahoma (AP) ---
    (
        "en",
        "OKLAHOMA CITY (AP) — A line of tornadoes tore through central Oklahoma on Sunday night, killing at least six people and destroying more than 200 homes, officials said.",
        True,
        [("count", 6, None, "at_least"), ("count", 200, None, "over")],
        None,
    ),
    (
        "en",
        "The National Weather Service said it had confirmed at least 11 tornadoes, one of them an EF3 with peak winds of 150 mph near Shawnee.",
        True,
        [("count", 11, None, "at_least"), ("count", 150, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "The Shawnee tornado stayed on the ground for 21 miles and was up to half a mile wide, the weather service said.",
        True,
        [("count", 21, None, None), ("fraction", 0.5, None, "up_to")],
        None,
    ),
    (
        "en",
        "Pottawatomie County emergency manager Dale Kinnick said 38 people had been treated at hospitals, four of them in critical condition.",
        True,
        [("count", 38, None, None), ("count", 4, None, None)],
        "Dale Kinnick",
    ),
    (
        "en",
        '"There\'s nothing left of the house but the slab and the bathtub," said Terri Gallup, 51, of Shawnee.',
        False,
        [("duration", 51, "year", None)],
        None,
    ),
    (
        "en",
        "Emergency declarations now cover 12 Oklahoma counties, the governor's office said.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Utility OG&E said about 48,000 customers remained without power on Monday morning.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        "It was the deadliest tornado outbreak in the state since May 2013.",
        True,
        [("year", 2013, None, None)],
        None,
    ),
    ("en", '"We will rebuild Shawnee, and we will do it together," the mayor said.', False, [], None),
    # --- Murgang im Val d'Anniviers (Keystone-SDA) ---
    (
        "de",
        "Sitten (Keystone-SDA) - Nach heftigen Regenfällen hat ein Murgang im Val d'Anniviers mehrere Häuser beschädigt und die Kantonsstrasse verschüttet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Innert 48 Stunden fielen in der Region bis zu 180 Millimeter Regen, wie MeteoSchweiz mitteilte.",
        True,
        [("duration", 48, "hour", None), ("count", 180, None, "up_to")],
        "MeteoSchweiz",
    ),
    (
        "de",
        "Rund 140 Bewohnerinnen und Bewohner des Weilers Mayoux mussten ihre Häuser verlassen.",
        True,
        [("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "Drei Personen seien leicht verletzt worden, teilte die Kantonspolizei Wallis mit.",
        True,
        [("count", 3, None, None)],
        "die Kantonspolizei Wallis",
    ),
    ("de", "Die Strasse bleibt laut Kanton mindestens bis Ende Woche gesperrt.", True, [], None),
    (
        "de",
        "Noch seien am Hang oberhalb des Dorfes rund 50'000 Kubikmeter Material in Bewegung, sagte Kantonsgeologe Raphaël Zufferey.",
        True,
        [("count", 50000, None, "about")],
        "Raphaël Zufferey",
    ),
    (
        "de",
        "«Ob die Leute vor dem Winter zurückkehren können, kann heute niemand sagen», so Zufferey.",
        False,
        [],
        None,
    ),
    ("de", "Der Kanton hat beim Bund Unterstützung durch die Armee angefordert.", True, [], None),
    ("de", "Der Gemeindepräsident sprach von einem «Albtraum für das ganze Tal».", False, [], None),
    # --- Swiss Re on Teodora (Reuters) ---
    (
        "en",
        "ZURICH, Sept 29 (Reuters) - Hurricane Teodora will cost the global insurance industry between $14 billion and $19 billion, Swiss Re said on Tuesday.",
        True,
        [("date", "--09-29", None, None), ("money", 14000000000, "USD", None), ("money", 19000000000, "USD", None)],
        "Swiss Re",
    ),
    (
        "en",
        "Its own share of the claims would be around $600 million, the Zurich-based group added.",
        True,
        [("money", 600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Munich Re put its expected burden at about 450 million euros.",
        True,
        [("money", 450000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Insured losses from natural catastrophes worldwide have reached about $97 billion so far this year, Swiss Re's research institute estimated.",
        True,
        [("money", 97000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Roughly two-thirds of those losses came from severe convective storms in the United States.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        '"Losses of this size are no longer outliers, they are the new baseline," Swiss Re\'s chief economist told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Swiss Re fell 1.8% by 1300 GMT, while Munich Re was down 1.2%.",
        True,
        [("percent", 1.8, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    # --- Versicherer-Bilanz (dpa) ---
    (
        "de",
        "Berlin (dpa) - Unwetter mit Starkregen, Hagel und Sturm haben in Deutschland in den ersten neun Monaten des Jahres versicherte Schäden von rund 4,6 Milliarden Euro verursacht.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 4600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das sei knapp ein Drittel mehr als im Vorjahreszeitraum, teilte der Gesamtverband der Deutschen Versicherungswirtschaft (GDV) mit.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "der Gesamtverband der Deutschen Versicherungswirtschaft",
    ),
    (
        "de",
        "Auf Starkregen und Überschwemmungen entfielen nach Verbandsangaben etwa 1,9 Milliarden Euro.",
        True,
        [("money", 1900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Drei Viertel der Schadensumme betrafen Wohngebäude, ein Viertel Gewerbe und Landwirtschaft.",
        True,
        [("fraction", 0.75, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Nur etwa jedes zweite Wohngebäude in Deutschland ist gegen Elementarschäden versichert.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "de",
        "GDV-Hauptgeschäftsführer Norbert Thielmann sagte, die Bilanz zeige, wie dringend das Land mehr Prävention brauche.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Thielmann sagte, der Verband rechne für das Gesamtjahr mit Schäden von mehr als fünf Milliarden Euro.",
        True,
        [("money", 5000000000, "EUR", "over")],
        "Thielmann",
    ),
    ("de", "Ob die geplante Pflichtversicherung noch in dieser Legislaturperiode kommt, ist offen.", False, [], None),
    ("de", "Die Verbraucherzentralen halten eine Pflichtversicherung für überfällig.", False, [], None),
    # --- Floods in the Welsh valleys (PA) ---
    (
        "en",
        "CARDIFF (PA) - Dozens of homes were flooded in the Rhondda and Taff valleys overnight after more than a month's worth of rain fell in 36 hours.",
        True,
        [("duration", 36, "hour", None)],
        None,
    ),
    (
        "en",
        "Natural Resources Wales said it had issued 19 flood warnings and 42 flood alerts, and the River Taff at Pontypridd reached 4.6 metres.",
        True,
        [("count", 19, None, None), ("count", 42, None, None), ("count", 4.6, None, None)],
        "Natural Resources Wales",
    ),
    (
        "en",
        "The Met Office recorded 131.4mm of rain at Tredegar in the 36 hours to 9am on Monday.",
        True,
        [("count", 131.4, None, None), ("duration", 36, "hour", None)],
        None,
    ),
    (
        "en",
        "About 90 people were taken to rest centres in Pontypridd and Treorchy, where the high street flooded for the second time in three years.",
        True,
        [("count", 90, None, "about"), ("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Council leader Gareth Pryddy said 312 properties had been affected, about a third of them businesses.",
        True,
        [("count", 312, None, None), ("fraction", 0.3333, None, "about")],
        "Gareth Pryddy",
    ),
    (
        "en",
        '"We were told the culverts would be cleared after the last floods," said Carys Morgan, 47, whose shop in Pontypridd stood under a metre of water.',
        False,
        [("duration", 47, "year", None)],
        None,
    ),
    (
        "en",
        "Transport for Wales reopened the Treherbert line after a seven-hour closure but kept the Aberdare line shut until at least Wednesday.",
        True,
        [("duration", 7, "hour", None)],
        None,
    ),
    (
        "en",
        "The Welsh government said it would pay 1,000 pounds to each household whose home had been flooded.",
        True,
        [("money", 1000, "GBP", None)],
        None,
    ),
    ("en", '"The valleys have been failed yet again," said the local member of the Senedd.', False, [], None),
    # --- Erdbeben in Niederösterreich (APA) ---
    (
        "de",
        "Wien (APA) - Ein Erdbeben der Magnitude 4,4 hat am Montagabend weite Teile des südlichen Niederösterreich erschüttert.",
        True,
        [("count", 4.4, None, None)],
        None,
    ),
    (
        "de",
        "Das Epizentrum lag rund fünf Kilometer südwestlich von Neunkirchen in einer Tiefe von etwa sieben Kilometern, teilte GeoSphere Austria mit.",
        True,
        [("count", 5, None, "about"), ("count", 7, None, "about")],
        "GeoSphere Austria",
    ),
    (
        "de",
        "Bei GeoSphere Austria gingen binnen zwei Stunden mehr als 4.200 Wahrnehmungsberichte ein, einige davon aus Wien und Graz.",
        True,
        [("duration", 2, "hour", None), ("count", 4200, None, "over")],
        None,
    ),
    (
        "de",
        "Es war das zweitstärkste Beben in der Region seit Beginn der instrumentellen Aufzeichnungen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Es hat richtig gerumpelt, ich dachte zuerst, ein Lkw ist ins Haus gefahren“, sagte eine 72-jährige Pensionistin aus Ternitz.",
        False,
        [("duration", 72, "year", None)],
        None,
    ),
    (
        "de",
        "Schäden an Gebäuden seien der Gemeinde bisher nicht gemeldet worden, sagte der Bürgermeister von Ternitz.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob es in den kommenden Tagen zu spürbaren Nachbeben kommt, lässt sich laut GeoSphere nicht vorhersagen.",
        False,
        [],
        None,
    ),
    # --- Quake on Crete (Reuters) ---
    (
        "en",
        "ATHENS, Oct 6 (Reuters) - A magnitude 6.2 earthquake shook the Greek island of Crete on Tuesday, injuring 27 people and sending tourists running from hotels in the port of Heraklion.",
        True,
        [("date", "--10-06", None, None), ("count", 6.2, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "The quake was centred 31 km (19 miles) south of Heraklion at a depth of 12 km, Greece's Geodynamic Institute said.",
        True,
        [("count", 31, None, None), ("count", 19, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The European-Mediterranean Seismological Centre put the magnitude at 6.4.",
        True,
        [("count", 6.4, None, None)],
        None,
    ),
    (
        "en",
        "At least 14 buildings in Heraklion and the nearby village of Archanes were badly damaged, civil protection officials said.",
        True,
        [("count", 14, None, "at_least")],
        None,
    ),
    (
        "en",
        "Authorities ordered a two-day closure of all schools on the island so that engineers could inspect them.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        '"The island was lucky tonight," the civil protection minister told state broadcaster ERT.',
        False,
        [],
        None,
    ),
    (
        "en",
        "More than 60 aftershocks had been recorded by Wednesday morning, the largest of magnitude 4.8.",
        True,
        [("count", 60, None, "over"), ("count", 4.8, None, None)],
        None,
    ),
    ("en", "Crete last suffered a quake of similar strength in 2021.", True, [("year", 2021, None, None)], None),
    ("en", "Many residents said they feared a stronger quake might still follow.", False, [], None),
    # --- Hurrikan über Kuba (dpa) ---
    (
        "de",
        "Havanna (dpa) - Hurrikan „Severo“ ist als Sturm der höchsten Kategorie fünf im Osten Kubas auf Land getroffen.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Das US-Hurrikanzentrum NHC maß Windgeschwindigkeiten von bis zu 260 Kilometern pro Stunde.",
        True,
        [("count", 260, None, "up_to")],
        None,
    ),
    (
        "de",
        "Mehr als 700.000 Menschen waren vorsorglich in Sicherheit gebracht worden, wie das kubanische Staatsfernsehen berichtete.",
        True,
        [("count", 700000, None, "over")],
        None,
    ),
    (
        "de",
        "Auf der ganzen Insel fiel der Strom aus, rund zehn Millionen Menschen waren ohne Elektrizität.",
        True,
        [("count", 10000000, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist der dritte schwere Hurrikan, der Kuba binnen zwei Jahren trifft.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Die Regierung in Havanna rief die Bevölkerung auf, in den Schutzräumen zu bleiben.", False, [], None),
    (
        "de",
        "Das Zentrum sagte bis zu 500 Liter Regen pro Quadratmeter für die Berge der Sierra Maestra voraus.",
        True,
        [("count", 500, None, "up_to")],
        None,
    ),
    ("de", "Die Lage sei „äußerst ernst“, sagte ein Sprecher des Zivilschutzes.", False, [], None),
    # --- Flash floods in West Virginia (AP) ---
    (
        "en",
        "CHARLESTON, W.Va. (AP) — Flash flooding in southern West Virginia killed at least four people and left about 30 others unaccounted for after up to 7 inches of rain fell overnight, authorities said.",
        True,
        [("count", 4, None, "at_least"), ("count", 30, None, "about"), ("count", 7, None, "up_to")],
        None,
    ),
    (
        "en",
        "Nine counties were placed under a state of emergency, and 250 National Guard members were sent to help.",
        True,
        [("count", 9, None, None), ("count", 250, None, None)],
        None,
    ),
    (
        "en",
        "Swift-water teams rescued more than 120 people from rooftops and vehicles, state emergency management director Carla Haskins said.",
        True,
        [("count", 120, None, "over")],
        "Carla Haskins",
    ),
    (
        "en",
        "The Guyandotte River rose 11 feet in four hours at Logan, the National Weather Service said.",
        True,
        [("count", 11, None, None), ("duration", 4, "hour", None)],
        "the National Weather Service",
    ),
    (
        "en",
        "Among the dead was a 9-year-old girl swept from her family's car, Logan County Sheriff Wade Pruett said.",
        True,
        [("duration", 9, "year", None)],
        "Wade Pruett",
    ),
    ("en", '"The creek came up faster than anyone could run," Pruett said.', False, [], None),
    (
        "en",
        "It was not clear how many of the missing had simply been unable to reach relatives because phone lines were down.",
        False,
        [],
        None,
    ),
    # --- Erdbeben vor Taiwan (Reuters) ---
    (
        "de",
        "Taipeh (Reuters) - Ein Erdbeben der Stärke 6,8 hat am Donnerstag die Ostküste Taiwans erschüttert und in der Hauptstadt Gebäude schwanken lassen.",
        True,
        [("count", 6.8, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Feuerwehrbehörde wurden in der Region Hualien zwei Menschen getötet und 118 verletzt.",
        True,
        [("count", 2, None, None), ("count", 118, None, None)],
        "die Feuerwehrbehörde",
    ),
    (
        "de",
        "Der Herd lag nach Angaben der Wetterbehörde in 15 Kilometern Tiefe rund 25 Kilometer vor der Küste.",
        True,
        [("count", 15, None, None), ("count", 25, None, "about")],
        None,
    ),
    (
        "de",
        "Der Chiphersteller TSMC ließ Beschäftigte aus einigen Werken in Sicherheit bringen, ein Fünftel der Anlagen stoppte nach Firmenangaben automatisch.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Der Bahnverkehr an der Ostküste war für rund sechs Stunden unterbrochen, jeder zehnte Haushalt in Hualien zeitweise ohne Wasser.",
        True,
        [("duration", 6, "hour", "about"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "In Hualien stürzte ein neunstöckiges Wohnhaus teilweise ein, Rettungskräfte befreiten daraus 17 Menschen.",
        True,
        [("count", 9, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben gelernt, mit den Beben zu leben, aber dieses war anders“, sagte ein Ladenbesitzer in Hualien.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Behörden warnten vor Nachbeben der Stärke 6 oder höher in den kommenden drei Tagen.",
        True,
        [("count", 6, None, None), ("duration", 3, "day", None)],
        None,
    ),
    ("de", "Ob TSMC mit Lieferverzögerungen rechnet, ließ das Unternehmen offen.", False, [], None),
    # --- Cyclone Ranvi (Reuters) ---
    (
        "en",
        "BHUBANESWAR, India, Oct 13 (Reuters) - Cyclone Ranvi crashed into India's eastern coast on Tuesday with winds of up to 175 km/h, after authorities moved more than 1.2 million people to shelters in Odisha and West Bengal.",
        True,
        [("date", "--10-13", None, None), ("count", 175, None, "up_to"), ("count", 1200000, None, "over")],
        None,
    ),
    (
        "en",
        "The India Meteorological Department said storm surges of up to 2 metres were likely to inundate low-lying areas of Balasore and Bhadrak districts.",
        True,
        [("count", 2, None, "up_to")],
        "the India Meteorological Department",
    ),
    (
        "en",
        "At least 11 people were killed, most of them by falling trees and collapsing walls, Odisha's special relief commissioner said.",
        True,
        [("count", 11, None, "at_least")],
        None,
    ),
    (
        "en",
        "About a quarter of the state's 30 districts were without power on Wednesday.",
        True,
        [("fraction", 0.25, None, "about"), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "In Bangladesh, authorities raised the danger signal at the port of Mongla to 10 on a scale of 10.",
        True,
        [("count", 10, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Each bereaved family will receive 400,000 rupees from the federal government, officials said.",
        True,
        [("money", 400000, "INR", None)],
        None,
    ),
    (
        "en",
        '"The wind was screaming all night, we held the door shut with our bodies," said fisherman Bikash Jena, 36, in a shelter in Balasore.',
        False,
        [("duration", 36, "year", None)],
        None,
    ),
    (
        "en",
        "Sixty national disaster response teams had been positioned along the coast before landfall, the interior ministry said.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    ("en", '"Our preparation saved thousands of lives," the state\'s chief minister said.', False, [], None),
    # --- Unwetterschäden in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Unwetter dieses Sommers und Herbstes haben Österreichs Versicherer bisher rund 780 Millionen Euro gekostet.",
        True,
        [("money", 780000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das sei nach 2023 der zweithöchste Wert seit Beginn der Aufzeichnungen, teilte der Versicherungsverband VVO mit.",
        True,
        [("year", 2023, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Allein die Hagelunwetter im Juli verursachten Schäden von etwa 310 Millionen Euro, jeder fünfte Schadenfall betraf ein Fahrzeug.",
        True,
        [("money", 310000000, "EUR", "about"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Der Katastrophenfonds des Bundes zahlte heuer bereits 142 Millionen Euro an private Geschädigte aus.",
        True,
        [("money", 142000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Finanzminister kündigte an, den Fonds für 2027 um 50 Millionen Euro aufzustocken.",
        True,
        [("year", 2027, None, None), ("money", 50000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Klimakrise schickt uns die Rechnung, und sie wird jedes Jahr höher“, sagte VVO-Präsidentin Irmgard Stelzhammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Stelzhammer sagte, nur rund 40 Prozent der Eigenheimversicherungen in Österreich deckten Hochwasserschäden überhaupt ab.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    ("de", "Die Grünen sprachen von einem „Weckruf für die Klimapolitik“.", False, [], None),
    # --- FEMA aid after Teodora (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 15 (Reuters) - The Federal Emergency Management Agency has approved $1.4 billion in individual assistance for households hit by Hurricane Teodora, the agency said on Thursday.",
        True,
        [("date", "--10-15", None, None), ("money", 1400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "More than 310,000 households had registered for aid, FEMA said.",
        True,
        [("count", 310000, None, "over")],
        "FEMA",
    ),
    (
        "en",
        "About two-fifths of the registered households were renters.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "The death toll from the storm has risen to 23, including 14 people who died in the heat after losing power.",
        True,
        [("count", 23, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The National Flood Insurance Program expects about 61,000 claims, a spokesperson said.",
        True,
        [("count", 61000, None, "about")],
        None,
    ),
    (
        "en",
        '"Louisiana will come back stronger, as it always has," the state\'s governor told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 4% of homes in the hardest-hit parishes were still without power four weeks after landfall.",
        True,
        [("percent", 4, "%", "about"), ("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Lawmakers from both parties urged the administration to speed up payments to storm victims.",
        False,
        [],
        None,
    ),
    # --- Herbststurm in Nordrhein-Westfalen (dpa) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Der erste Herbststurm des Jahres hat in Nordrhein-Westfalen den Bahnverkehr weitgehend lahmgelegt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Deutsche Bahn stellte den Fernverkehr in NRW am Mittwochnachmittag für mehrere Stunden komplett ein, teilte ein Bahnsprecher mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Kahlen Asten registrierte der Deutsche Wetterdienst Böen von 131 Kilometern pro Stunde.",
        True,
        [("count", 131, None, None)],
        None,
    ),
    (
        "de",
        "In Köln und Düsseldorf rückten die Feuerwehren zusammen zu knapp 900 Einsätzen aus.",
        True,
        [("count", 900, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein 36 Jahre alter Radfahrer wurde in Essen von einem herabfallenden Ast schwer verletzt.",
        True,
        [("duration", 36, "year", None)],
        None,
    ),
    ("de", "Für Donnerstag sagt der Deutsche Wetterdienst erneut Sturmböen im Bergland voraus.", False, [], None),
    (
        "de",
        "Nach Angaben des DWD erreichte der Sturm in der Spitze Windstärke 11.",
        True,
        [("count", 11, None, None)],
        "der DWD",
    ),
    (
        "de",
        "„Ich stehe seit drei Stunden in Köln und niemand sagt uns etwas“, klagte ein Pendler am Hauptbahnhof.",
        False,
        [("duration", 3, "hour", None)],
        None,
    ),
    # --- Floods on Sumatra (Reuters) ---
    (
        "en",
        "JAKARTA, Oct 22 (Reuters) - Flash floods and landslides on Indonesia's Sumatra island have killed 19 people and left 12 missing, the national disaster agency BNPB said on Thursday.",
        True,
        [("date", "--10-22", None, None), ("count", 19, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Torrential rain over 48 hours caused rivers to burst their banks in three districts of West Sumatra province.",
        True,
        [("duration", 48, "hour", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "More than 4,700 people had fled to temporary shelters, and about 860 houses were damaged.",
        True,
        [("count", 4700, None, "over"), ("count", 860, None, "about")],
        None,
    ),
    (
        "en",
        "Rescuers were using excavators and sniffer dogs to search for the missing near the town of Padang Panjang.",
        True,
        [],
        None,
    ),
    (
        "en",
        "BNPB spokesman Hendra Wiratama said the agency had sent 2 billion rupiah ($121,000) in emergency funds.",
        True,
        [("money", 2000000000, "IDR", None), ("money", 121000, "USD", None)],
        "Hendra Wiratama",
    ),
    (
        "en",
        '"We heard a roar from the mountain and then the water was at the door," said Nurhayati, 39.',
        False,
        [("duration", 39, "year", None)],
        None,
    ),
    ("en", "It is the second deadly flood in the province this year.", True, [("ordinal", 2, None, None)], None),
    # --- Unwetter in Ligurien (dpa) ---
    (
        "de",
        "Rom (dpa) - Bei Unwettern in Ligurien sind zwei Menschen ums Leben gekommen, ein weiterer wird vermisst.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Zivilschutz hatte für Genua und die Provinz La Spezia die höchste Warnstufe Rot ausgerufen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Rossiglione fielen binnen sechs Stunden 470 Millimeter Regen, teilte das regionale Wetterzentrum Arpal mit.",
        True,
        [("duration", 6, "hour", None), ("count", 470, None, None)],
        None,
    ),
    (
        "de",
        "Rund 800 Menschen mussten ihre Häuser verlassen, mehr als 60 Straßen wurden gesperrt.",
        True,
        [("count", 800, None, "about"), ("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Der Präsident der Region bezifferte die Schäden auf mindestens 250 Millionen Euro.",
        True,
        [("money", 250000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Regierung in Rom will am Donnerstag den Notstand für zwölf Monate ausrufen.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    ("de", "„Ligurien ist verwundet, aber es steht wieder auf“, sagte der Regionalpräsident.", False, [], None),
    # --- Storm Brannagh (PA) ---
    (
        "en",
        "DUBLIN (PA) - Met Éireann has issued a status red wind warning for counties Kerry and Clare ahead of Storm Brannagh, the second named storm of the season.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Gusts of up to 150km/h are forecast along exposed coasts from 4am on Saturday, Met Éireann said.",
        True,
        [("count", 150, None, "up_to")],
        "Met Éireann",
    ),
    (
        "en",
        "ESB Networks said 184,000 homes, farms and businesses had lost power by midday, a third of them in Kerry.",
        True,
        [("count", 184000, None, None), ("fraction", 0.3333, None, None)],
        "ESB Networks",
    ),
    (
        "en",
        "All schools in the red warning counties will stay closed on Saturday, the Department of Education said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Shannon Airport cancelled 38 flights and Irish Ferries suspended its Rosslare sailings.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "en",
        '"Do not go near the coast to take photographs, it is simply not worth your life," a Garda spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company said it had brought in 250 line workers from Northern Ireland and Scotland.",
        True,
        [("count", 250, None, None)],
        None,
    ),
    # --- Hochwasser am Lago Maggiore (Keystone-SDA) ---
    (
        "de",
        "Locarno (Keystone-SDA) - Nach drei Tagen Dauerregen ist der Lago Maggiore bei Locarno über die Ufer getreten.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Der Pegel stieg bis Sonntagabend auf 195,42 Meter über Meer, damit wurde die Hochwasserstufe 4 von 5 erreicht.",
        True,
        [("count", 195.42, None, None), ("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Piazza Grande stand das Wasser bis zu 40 Zentimeter hoch.",
        True,
        [("count", 40, None, "up_to")],
        None,
    ),
    (
        "de",
        "Im Maggiatal fielen innert 72 Stunden über 400 Millimeter Regen, wie MeteoSchweiz mitteilte.",
        True,
        [("duration", 72, "hour", None), ("count", 400, None, "over")],
        "MeteoSchweiz",
    ),
    (
        "de",
        "Laut dem kantonalen Führungsstab mussten 230 Personen aus Häusern am See evakuiert werden.",
        True,
        [("count", 230, None, None)],
        None,
    ),
    (
        "de",
        "«Jedes Mal hoffen wir, dass es das letzte Mal war», sagte eine Boutique-Besitzerin an der Piazza.",
        False,
        [],
        None,
    ),
    ("de", "Für Montag sagt MeteoSchweiz eine allmähliche Wetterberuhigung voraus.", False, [], None),
    # --- Samar quake, five weeks on (Reuters) ---
    (
        "en",
        "MANILA, Oct 27 (Reuters) - The death toll from last month's earthquake off Samar has risen to 31, with four people still missing, the National Disaster Risk Reduction and Management Council said.",
        True,
        [("date", "--10-27", None, None), ("count", 31, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The World Bank estimated damage to homes, roads and ports at about $410 million, roughly 3% of the region's annual economic output.",
        True,
        [("money", 410000000, "USD", "about"), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "Japan pledged 500 million yen ($3.3 million) in emergency grant aid, its foreign ministry said.",
        True,
        [("money", 500000000, "JPY", None), ("money", 3300000, "USD", None)],
        None,
    ),
    (
        "en",
        "Nearly 9,000 people were still living in tents or evacuation centres more than five weeks after the quake.",
        True,
        [("count", 9000, None, "nearly"), ("duration", 5, "week", "over")],
        None,
    ),
    ("en", "Aid groups said they feared a rise in waterborne diseases as the rainy season begins.", False, [], None),
    (
        "en",
        '"We ask the world not to forget Samar," a provincial governor said at a donors\' meeting.',
        False,
        [],
        None,
    ),
]
