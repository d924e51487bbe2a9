"""Forty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, storms, fires and figures are made
up (Tobias Reinhardt, Herbert Strasser, Markus Leitgeb, Rachel Threlfall, Tom Ellery,
Corvane Analytics, Storm Imogen, Hurricane Rosalind, Tropical Cyclone Kirra, the Ridge fire,
the Glenrosa Creek wildfire); real institutions and places such as "Deutscher
Wetterdienst", "Geosphere Austria", "MeteoSchweiz", "SLF", "Lawinenwarndienst Tirol",
"Bundesamt für Seeschifffahrt und Hydrographie", "Robert Koch-Institut", "Gesamtverband der
Versicherer", "Kantonspolizei Wallis", "Kantonspolizei Graubünden", "Landkreis
Dahme-Spreewald", "Met Office", "Environment Agency", "UK Health Security Agency",
"Northern Ireland Electricity Networks", "National Hurricane Center", "National Weather
Service", "Storm Prediction Center", "FEMA", "U.S. Geological Survey", "GeoNet", "Japan
Meteorological Agency", "Cal Fire", "BC Wildfire Service", "Bureau of Meteorology", "NSW
Rural Fire Service", "Insurance Council of Australia", "Ergon Energy", "Yorkshire Water",
"National Disaster Management Authority", "India Meteorological Department" or "Swiss Re"
stand for the way wire copy names them; what is measured, counted, said and estimated here
is invented.

Its weight: WEATHER WARNINGS, NATURAL HAZARDS AND CIVIL PROTECTION in depth - storm, storm
surge, flood, heat, avalanche, earthquake, wildfire, hail, debris flows, winter weather and
drought copy, with insurance tallies, as German (dpa with the DWD, APA with Geosphere Austria,
the Lawinenwarndienst Tirol, Landesfeuerwehrkommando and Landeswarnzentrale, Keystone-SDA and
sda with MeteoSchweiz, the SLF and cantonal police; Austrian "heuer", "heroben", Swiss "ss",
"13'000", "Hektaren", "5200 Meter über Meer") and English wire (PA with the Met Office, the
Environment Agency and the UKHSA; AP with the NHC, NWS, SPC, FEMA and USGS; Reuters; AAP
with the Bureau of Meteorology, the RFS and the SES; CP; PTI) write it. Figures in every form
such copy has: warning levels ("Stufe 3 von 4", "Stufe 4 von 5", "Meldestufe 4",
"Waldbrandgefahrenstufe 5", "Level 4 of 5", "Level 3 water restrictions", "Warnstufe Rot",
"amber warning"), wind in km/h, "Stundenkilometern", mph, knots, Beaufort and "force 9",
rainfall in "l/m²", "Liter pro Quadratmeter", "Millimeter", mm and inches, river and sea
levels in metres, centimetres and feet, snow depths with "ein halber Meter", "eineinhalb
Meter" and "a foot", temperatures and records in Celsius and Fahrenheit with minus signs,
quake magnitudes and depths, burned areas in hectares and acres, evacuees, damage and insured
losses, durations ("dreitägigen", "viertägige", "zweistündigen", "36-stündige", "72-hour",
"binnen 48 Stunden"), clock times ("ab 14 Uhr", "from 6pm"), return periods ("alle 100
Jahre", "hundertjährlichen", "dreihundertjährlichen", "1-in-100-year", "1,000-year"), ranges
("80 bis 120 Zentimeter", "70-80mph", "10 to 15 feet") and hedges. Negatives as such copy
has them: advice and appeals ("Bleiben Sie zu Hause ...", "Turn around, don't drown.",
"Leave early - don't wait and see."), scene colour, quoted feelings, commentary, open and
teaser questions, forecasters' outlooks without a figure and boilerplate lines ("Diese
Meldung wird laufend aktualisiert.", "This story will be updated.").

231 rows (116 German, 115 English), 49 negatives (24 German, 25 English), 182 check-worthy
rows of which 16 carry no figure (7 German, 9 English), 277 expected quantities (193
counts, 28 durations, 14 years, 11 ordinals, 11 amounts of money, 8 dates, 8 percentages,
4 fractions; none of them in negatives, which carry no figure), 40 checked speakers (16
German, 24 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Auf dem
  Brocken seien Spitzenböen von bis zu 150 Kilometern pro Stunde möglich, sagte
  DWD-Meteorologe Tobias Reinhardt." -> "Tobias Reinhardt").
- Warning levels are counts (thirty-eighth batch): "der Stufe 3 von 4" counts 3 and 4, "der
  Stufe 4 von 5" counts 4 and 5, "Stufe 4, „groß“" and "Stufe 5, „sehr gross“" count 4 and
  5 (the word naming the level carries none); new, by the same rule: "die höchste Meldestufe
  4" (Bavarian flood warning) count 4, "die höchste Waldbrandgefahrenstufe 5" count 5, "a
  Level 4 of 5 risk" counts 4 and 5, "Level 3 water restrictions" count 3, "a category 3
  system" (lower case, Australian copy) count 3 as "a Category 4 storm". New: German colour
  levels carry none, as "An amber warning" and "a red alert" (thirty-eighth): "auf
  Warnstufe Rot", "an amber heat-health alert", "on orange alert", "raised to Extreme";
  "die zweithöchste Stufe" ordinal 2 (twenty-sixth).
- New: wind force on the Beaufort scale is a count, a level on a scale as "Stufe 3":
  "Windstärke 12 auf der Beaufort-Skala" 12, "der Stärke 10 Beaufort" 10, "severe gale force
  9" 9 and "storm force 10" 10; the Shipping Forecast's sea-area names carry none. Knots are
  a physical unit and a count: "55 Knoten", "above 60 knots" 60 "over"; "162
  Stundenkilometern", "150 Kilometern pro Stunde", "90km/h", "200km/h", "130 mph (215
  km/h)" counts (fourth batch).
- New: a letter code written solid with its figure is a code and carries none, as "H5N1",
  "ETS2" and "A1" (forty-second and forty-third batches): "An EF3 tornado" gives no count
  (unlike "a Category 4 storm" and "Level 4", where the level stands as a separate figure);
  "Südautobahn A2" none (a road, forty-third batch).
- Physical measures are counts (fourth batch): "260 l/m²" (new: the symbol written for
  "Liter pro Quadratmeter") 260 "up_to", "62 Liter pro Quadratmeter", "58 Millimeter",
  "120mm", "300 to 500mm" (two), "above 700mm" "over", "6 to 10 inches" (two), "15 inches",
  "3 to 4 inches an hour" ("an hour" none), "3,05 Meter über dem mittleren Hochwasser",
  "10,20 Metern", "um 1,40 Meter auf 9,15 Meter", "48 Zentimeter", "Unter 78 Zentimetern"
  78 "under", "rund 1,2 Meter unter dem langjährigen Mittel" 1.2 "about" (the word after
  the figure is no hedge), "18.7 feet", "about 3 feet above major flood stage" 3 "about",
  "1,041 feet above sea level", "5200 Meter über Meer" (Swiss copy without a separator),
  "80 bis 120 Zentimeter Neuschnee", "600 bis 800 Meter", "2,35 Meter", "knapp zwei Meter"
  2 "nearly", "more than 5 feet", "17.2 metres", "Hagelkörnern von bis zu fünf Zentimetern
  Durchmesser" 5 "up_to", "in einer Tiefe von neun Kilometern", "a depth of 12 km", "38
  miles (61 kilometers) ... 42 miles (68 kilometers)" four counts, "about 240 miles (385
  kilometers)" 240 "about" and 385 none (the hedge stands before the first figure only,
  thirty-second and thirty-eighth), "a 14-mile path" 14 (as "A 23-mile stretch"), "rund 530
  Hektar", "150 Hektaren" (Swiss plural, forty-second), "31,500 hectares", "23,400 acres
  (9,470 hectares)", "900.000 Liter Wasser", "2.3 million liters of water".
- New: half and one and a half of a unit are the measure's value, as "eine halbe Stunde"
  is 0.5 hours and "zweieinhalb Stunden" 2.5 hours (twelfth and thirty-eighth batches): "ein
  halber Meter Neuschnee" count 0.5, "eineinhalb Meter Neuschnee" count 1.5, "up to half a
  mile across" 0.5 "up_to", "roughly one and a half times the November average" count 1.5
  "about" (a multiple, forty-fourth), and "Three-quarters of an inch of rain" count 0.75 (a
  fraction of a unit measures, as "eine Dreiviertelstunde" is 0.75 hours; a fraction of a
  group stays a fraction). New: "a foot of snow" carries none - the article before a unit is
  no figure, as "eine Stunde", "an hour" and "a tonne" (fifth, thirtieth and forty-second
  batches); the row is check-worthy without a figure.
- Temperatures are counts (fourth and thirty-eighth batches): "zwischen 35 und 38 Grad" two,
  "38,9 Grad", "knapp unter dem österreichischen Rekord von 40,5 Grad" 40.5 with no hedge
  (the hedge stands before a noun, forty-first: "nur knapp über der Fünf-Prozent-Hürde"),
  "mindestens 30 Grad" 30 "at_least", "von über 34 Grad" 34 "over", "höchstens auf minus 2
  Grad" -2 "at_most" (first batch), "bis zu minus 15 Grad" -15 "up_to", "118 degrees
  Fahrenheit (47.8 Celsius)" two, "above 110 degrees" "over", "44C, about 14 degrees above
  its January average" 44 and 14 "about", "34.7C", "40.3C", "minus 35" -35, "47.4 degrees
  Celsius"; "The heat index could reach 115" count 115. New: "into the mid-40s" is a vague
  magnitude and carries none, as "zweistellige Minusgrade" (thirty-eighth).
- Magnitudes are counts (twelfth, twenty-sixth and thirty-first batches): "der Magnitude
  4,6", "der Stärke 5,8 auf der Richterskala" ("Richterskala" carries none), "eine Magnitude
  von 4,1", "A preliminary magnitude 6.3", "magnitude 5.9", "magnitude 6.9"; "of magnitude 7
  or larger" is 7 with no qualifier ("or larger" after the figure is no hedge, as "4 Prozent
  unter dem Durchschnitt", forty-second); "46 Nachbeben" count.
- New: return periods are durations in years. "statistisch nur alle 100 Jahre" 100 years
  (as "alle vier Jahre", fortieth); "einem hundertjährlichen Hochwasser" 100 years and "einem
  dreihundertjährlichen" 300 years (a number word inside "-jährlich", as "1100-jähriges
  Bestehen" is 1100 years, forty-fifth); "a 1,000-year rainfall" 1000 years (as "a 25-year
  high"); "a 1-in-100-year event" count 1 and 100 years (the "1 in" read as the odds "1 in
  292.2 million" are, forty-sixth: counts, the year figure a duration). "Jahrhunderthochwasser"
  carries none (twenty-fifth batch).
- Ranges give both figures with the unit written once (thirty-eighth and forty-sixth): "80
  bis 120 Zentimeter", "20 bis 30 Zentimeter", "700 bis 800 Millionen Euro" (both EUR),
  "70-80mph" (a hyphen between two figures is a range, no sign, seventeenth and
  thirty-eighth), "10 to 15 feet", "35 to 45 mph"; "an zwei bis drei Tagen pro Winter" 2 and
  3 days ("pro Winter" none).
- Durations: "einer dreitägigen Sturmlage" 3 days, "eine viertägige Periode" 4 days, "einer
  zweistündigen Sperre" 2 hours, "eine 36-stündige Unwetterwarnung" 36 hours (as
  "fünfstündigen", the issue), "a 72-hour period" 72 hours, "Binnen 48 Stunden", "binnen
  zwölf Stunden", "Binnen 24 Stunden", "in 36 hours", "in 24 hours", "in the next 48 hours",
  "for the next five days", "in three days" with no hedge; "Innerhalb von 40 Minuten" 40
  minutes, "in 15 minutes", "about 18 minutes before", "about 30 minutes later" "about"; "at
  least three consecutive days" 3 days "at_least"; "driest spring in 132 years" 132 years (as
  "hottest day in 12 years", forty-third); "der 58-jährige Fahrer", "ein 41-Jähriger" ages in
  years. "binnen einer Woche", "Binnen einer Stunde", "within an hour", "within the next
  week", "über Nacht", "overnight" none.
- Clock times, weekdays and months alone carry none (every earlier batch): "ab Sonntag, 14
  Uhr", "ab 14 Uhr bis Montag, 6 Uhr", "from 6pm on Friday until 6am on Saturday", "until
  9am on Monday", "through 8 p.m. Sunday", "since late June". Dates and years: "Seit dem 1.
  Juni" --06-01, "from March 1" --03-01, "on July 11" --07-11; datelines with a day
  ("BRISBANE, Feb 3 (AAP)", "WELLINGTON, May 12 (Reuters)", "ATHENS, July 22 (Reuters)",
  "ISLAMABAD, Aug 29 (Reuters)", "ZURICH, Jan 14 (Reuters)") dates without a year; other
  datelines ("Offenbach (dpa) -", "St. Pölten (APA) -", "Bern (Keystone-SDA) -", "Davos
  (sda) -", "LONDON (PA) -", "MIAMI (AP) —", "KELOWNA, B.C. —", "NEW DELHI (PTI) -") none;
  "Im August 2002", "gemessen im Juli 2019", "seit Einführung der Warnskala 2019", "seit
  Beginn der Messungen 1893", "Beim Jahrhunderthochwasser 2013", "since 2014", "in July
  2022", "above the 1967 record", "its lowest since 1937" the years.
- Counts, ordinals and fractions: "rund ein Dutzend grosse Lawinen" 12 "about" (as "about
  half a dozen", seventeenth); "sieben Muren", "zwei Ortsteile", "zwei Dörfer", "sechs
  Helikopter", "Fourteen homes", "12 of the 21 fire weather areas" counts; "mehr als das
  Doppelte" count 2 "over" (as "more than double", twenty-sixth); "etwa 740 Fußballfeldern"
  740 "about"; "mindestens drei Menschen", "At least four people", "at least 780 people"
  "at_least"; "die zweite schwere Sturmflut", "die 19. Tropennacht", "das zwölfte
  Lawinenopfer", "das zweite Mal", "the fourth named storm ... the second", "the 12th named
  storm and sixth hurricane", "21st straight day", "the fifth straight year" ordinals;
  "etwa ein Drittel ihrer Ladung" 0.3333 "about", "fast zwei Dritteln" 0.6667 "nearly",
  "Nur etwa jedes zweite Haus" 0.5 "about" ("Nur" no hedge), "Nearly a third" 0.3333
  "nearly".
- Money: "um 300 Millionen Euro", "5,7 Milliarden Euro", "3,1 Milliarden Euro", "130
  Millionen Euro" EUR; "£350 million" GBP ("could reach" no hedge, as "could exceed",
  thirty-first); "about $8.4 billion" USD "about"; "an estimated A$61 million" AUD "about"
  (forty-sixth); "$137 billion" and "above $100 billion" USD, the second "over"
  (sixteenth). Percentages: "knapp 40 Prozent" "nearly", "18% contained", "67.8% ...
  82.1%", "54%", "about 42%" "about", "up 10%", "at 2%".
- Hedges: "rund", "Rund", "etwa", "About", "about", "roughly", "Some", "some", "an
  estimated" "about"; "knapp", "fast", "Nearly", "nearly" "nearly"; "mehr als", "More than",
  "more than", "über", "above" "over"; "bis zu", "örtlich bis zu", "up to", "Gusts up to"
  "up_to"; "Unter" "under"; "mindestens", "at least", "At least" "at_least"; "höchstens"
  "at_most"; "nur", "Nur", "just short of the" (before "the"), "or larger" no hedge.
- Check-worthy without a figure: warnings and declarations in force ("Die Warnung gilt ab
  14 Uhr ...", "... auf Warnstufe Rot angehoben", "Die Stadt hat den Katastrophenfall
  ausgerufen.", "has issued an amber warning for wind", "A severe flood warning ... was
  issued", "An extreme heat warning remains in effect ...", "has issued an amber
  heat-health alert", "The fire danger rating ... has been raised to Extreme.", "issued a
  flash flood emergency"), closures and measures taken (the Deutsche Bahn halting long-distance
  trains, flood walls put up in the Wachau, a cantonal road closed), "Über Schäden oder
  Verletzte ist bislang nichts bekannt." and "No tsunami was expected, ..." (as "no reports
  of damage", fortieth), a record evacuation stated by a ministry, and "Syracuse picked up a
  foot of snow overnight." A definition that can be checked is check-worthy (thirty-third
  and fortieth batches): "Das entspricht Windstärke 12 auf der Beaufort-Skala.", "Als sehr
  schwere Sturmflut gilt ...", "A heatwave is declared when ...", "Die höchste Stufe wird
  im Durchschnitt nur an zwei bis drei Tagen pro Winter ausgegeben."; a forecast with a
  figure is check-worthy (thirty-eighth), one without a figure a negative.
- Negatives (carrying no figure): advice and appeals, also when a body is named as their
  source ("Bleiben Sie zu Hause ...", "Betreten Sie keine überfluteten Keller ...", "Trinken
  Sie ausreichend ...", "..., mahnte die Bergrettung.", "Die Landeswarnzentrale bat die
  Bevölkerung, ...", "Werfen Sie keine Zigaretten ...", "Verzichten Sie ...", "Halten Sie
  Taschenlampe ... bereit.", "Do not travel ...", "Never walk or drive through flood
  water.", "If you are in an evacuation zone, leave now.", "Limit time outdoors ...",
  "Leave early - don't wait and see.", "Turn around, don't drown.", "Please use water wisely
  ..."), as in the thirty-eighth batch; quoted feelings and pleas (a resident of
  Langenlois, a mayor, a hut keeper, a winegrower, a storm forecaster's quip, a resident of
  Larne, a publican, ""Pray for us," the mayor wrote ...", a bushfire victim to the ABC),
  sympathy lines ("Our thoughts are with everyone affected ..."), scene colour (a sulphur
  sky, a haze over the pines, sandbags along a high street, timber strewn across fields,
  smoke over Sacramento, a night of fear), commentary ("Die Hitze ist die leise Katastrophe
  ...", "... ein Tropfen auf den heißen Stein.", "Climate change is loading the dice ..."),
  open and teaser questions ("Wie hoch der Gesamtschaden ist, lässt sich ... nicht
  abschätzen.", "Ob weitere starke Erdstöße folgen, ...", "Ist das der neue Normalzustand
  in den Alpen?", "What does an amber warning actually mean?"), forecasters' outlooks
  without a figure ("Die Abkühlung kommt frühestens am Wochenende ...", "Forecasters said
  conditions would ease later in the week.") and boilerplate ("Diese Meldung wird laufend
  aktualisiert.", "Aktuelle Warnungen gibt es in der Warn-App Nina ...", "Alle Angaben
  vorläufig, ...", "This story will be updated.", "For the latest warnings, visit the Met
  Office website.").
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("DWD-Meteorologe", "Landesfeuerwehrkommandant", "Met Office meteorologist", as
  "Helaba-Analyst" and "Met Office meteorologist", thirty-eighth); "teilte das
  Innenministerium in Hannover mit" (the place dropped, twenty-sixth), "teilte das Bundesamt
  für Seeschifffahrt und Hydrographie / die Geosphere Austria / der Deutsche Wetterdienst /
  der Lawinenwarndienst Tirol / der Landkreis Dahme-Spreewald / das Wasserstraßen- und
  Schifffahrtsamt / das Landwirtschaftsministerium / das Landesfeuerwehrkommando / der
  Gesamtverband der Versicherer mit", "wie die Kantonspolizei Wallis / die Kantonspolizei
  Graubünden mitteilte" the source with its article in the nominative; "teilte MeteoSchweiz
  mit" -> "MeteoSchweiz" (a name without an article, as "teilte Fraport mit", forty-sixth);
  "laut Geosphere Austria" -> "Geosphere Austria" as written (as "Laut Statistik Austria");
  "the Met Office said", "the coastguard said", "the Environment Agency said", "the
  National Hurricane Center said", "the National Weather Service said", "the weather service
  said", "the Bureau of Meteorology said", "according to the Bureau of Meteorology", "the
  NSW Rural Fire Service said", "the State Emergency Service said", "the U.S. Geological
  Survey said", "the National Tsunami Warning Center said", "the BC Wildfire Service said
  Saturday", "the civil protection ministry said", "the National Disaster Management
  Authority said", "the India Meteorological Department said" with the article in lower
  case; "Northern Ireland Electricity Networks said", "Ergon Energy said" and "GeoNet said"
  as written (as "Northern Powergrid said"); "FEMA said ..." and "Yorkshire Water said ..."
  opening the sentence as written (as "Air India said ...", forty-sixth). Left unchecked
  (None): "erwartet der Wetterdienst", "registrierte der DWD", "Der DWD warnt", "Geosphere
  Austria registrierte", "schätzt der Versicherungsverband", "Das Robert Koch-Institut
  schätzt", "Die Hagelversicherung beziffert", "Der Zivilschutz zählte", "kündigte
  Finanzminister ... an" (verbs that are not of saying, thirty-eighth and fortieth), "Laut
  Dürremonitor" (a monitoring tool, as a poll), "The Shipping Forecast warned", "Engineers
  described", "The Association of British Insurers estimated", "A modeling firm ...
  estimated", "The U.S. Drought Monitor showed", "The Japan Meteorological Agency issued",
  "The IMD has put", "reinsurer Swiss Re said" (a description before a name, fortieth),
  "officials said", rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_47 = [
    # === German =================================================================================
    # --- Sturm in Norddeutschland (dpa, DWD) ---
    ("de", "Offenbach (dpa) - Für den Harz und den Hochschwarzwald hat der Deutsche Wetterdienst ab Sonntag, 14 Uhr, eine Unwetterwarnung der Stufe 3 von 4 vor orkanartigen Böen ausgegeben.", True, [("count", 3, None, None), ("count", 4, None, None)], None),
    ("de", "Auf dem Brocken seien Spitzenböen von bis zu 150 Kilometern pro Stunde möglich, sagte DWD-Meteorologe Tobias Reinhardt.", True, [("count", 150, None, "up_to")], "Tobias Reinhardt"),
    ("de", "Das entspricht Windstärke 12 auf der Beaufort-Skala.", True, [("count", 12, None, None)], None),
    ("de", "An der Nordseeküste erwartet der Wetterdienst schwere Sturmböen der Stärke 10 Beaufort, auf Sylt und Amrum auch einzelne Orkanböen.", True, [("count", 10, None, None)], None),
    ("de", "Vor Helgoland maß eine Messboje am Abend einen mittleren Wind von 55 Knoten.", True, [("count", 55, None, None)], None),
    ("de", "Die Meteorologen rechnen mit einer dreitägigen Sturmlage, die erst am Mittwochabend abklingen soll.", True, [("duration", 3, "day", None)], None),
    ("de", "Die Warnung gilt ab 14 Uhr bis Montag, 6 Uhr.", True, [], None),
    ("de", "Die Deutsche Bahn stellte den Fernverkehr in Niedersachsen und Bremen am Sonntagabend vorsorglich ein.", True, [], None),
    ("de", "Bis Mitternacht rückten die Feuerwehren im Land zu mehr als 1.400 sturmbedingten Einsätzen aus, teilte das Innenministerium in Hannover mit.", True, [("count", 1400, None, "over")], "das Innenministerium"),
    ("de", "In Bremerhaven stürzte ein Baum auf ein Auto, der 58-jährige Fahrer wurde schwer verletzt.", True, [("duration", 58, "year", None)], None),
    ("de", "Auf der Zugspitze registrierte der DWD Böen mit 162 Stundenkilometern.", True, [("count", 162, None, None)], None),
    ("de", "Bleiben Sie zu Hause und meiden Sie Wälder, Parks und Alleen.", False, [], None),
    ("de", "„Bei so einem Wetter hat draußen niemand etwas verloren“, sagte Reinhardt.", False, [], None),
    ("de", "Der Himmel über der Weser färbte sich am frühen Abend schwefelgelb.", False, [], None),
    # --- Sturmflut (dpa) ---
    ("de", "Hamburg (dpa) - Das Wasser stieg in Hamburg am Montagmorgen auf 3,05 Meter über dem mittleren Hochwasser, teilte das Bundesamt für Seeschifffahrt und Hydrographie mit.", True, [("count", 3.05, None, None)], "das Bundesamt für Seeschifffahrt und Hydrographie"),
    ("de", "Als sehr schwere Sturmflut gilt ein Wasserstand von mehr als 3,5 Metern über dem mittleren Hochwasser.", True, [("count", 3.5, None, "over")], None),
    ("de", "Es war die zweite schwere Sturmflut binnen einer Woche.", True, [("ordinal", 2, None, None)], None),
    # --- Hochwasser in Niederösterreich (APA) ---
    ("de", "St. Pölten (APA) - Nach tagelangem Starkregen hat das Land Niederösterreich für 24 Gemeinden in den Bezirken Krems und Zwettl Katastrophenalarm ausgelöst.", True, [("count", 24, None, None)], None),
    ("de", "Seit Freitag fielen im Waldviertel örtlich bis zu 260 l/m² Regen, teilte die Geosphere Austria mit.", True, [("count", 260, None, "up_to")], "die Geosphere Austria"),
    ("de", "Das ist mehr als das Doppelte dessen, was sonst im ganzen September fällt.", True, [("count", 2, None, "over")], None),
    ("de", "Der Kamp erreichte am Pegel Zwettl am Sonntagmorgen 3,84 Meter, einen Wert, wie er statistisch nur alle 100 Jahre vorkommt.", True, [("count", 3.84, None, None), ("duration", 100, "year", None)], None),
    ("de", "Die Hydrografen sprechen von einem hundertjährlichen Hochwasser, an einzelnen Messstellen sogar von einem dreihundertjährlichen.", True, [("duration", 100, "year", None), ("duration", 300, "year", None)], None),
    ("de", "Im August 2002 war der Pegel an derselben Stelle auf 4,30 Meter gestiegen.", True, [("year", 2002, None, None), ("count", 4.3, None, None)], None),
    ("de", "Rund 1.800 Einsatzkräfte von Feuerwehr und Bundesheer stehen im Einsatz, sagte Landesfeuerwehrkommandant Herbert Strasser.", True, [("count", 1800, None, "about")], "Herbert Strasser"),
    ("de", "Mehr als 400 Häuser mussten geräumt werden, rund 1.100 Menschen wurden in Sicherheit gebracht.", True, [("count", 400, None, "over"), ("count", 1100, None, "about")], None),
    ("de", "Die Donau stieg in Kienstock binnen zwölf Stunden um 1,40 Meter auf 9,15 Meter.", True, [("duration", 12, "hour", None), ("count", 1.4, None, None), ("count", 9.15, None, None)], None),
    ("de", "In der Wachau wurden die mobilen Hochwasserschutzwände bereits am Samstag aufgebaut.", True, [], None),
    ("de", "Der Katastrophenfonds wird um 300 Millionen Euro aufgestockt, kündigte Finanzminister Markus Leitgeb an.", True, [("money", 300000000, "EUR", None)], None),
    ("de", "Die versicherten Schäden schätzt der Versicherungsverband auf 700 bis 800 Millionen Euro.", True, [("money", 700000000, "EUR", None), ("money", 800000000, "EUR", None)], None),
    ("de", "„Das Wasser kam so schnell, wir konnten gerade noch die Kinder packen“, sagte eine Anrainerin in Langenlois.", False, [], None),
    ("de", "„So etwas habe ich in meinem ganzen Leben noch nicht erlebt“, sagte der Bürgermeister von Zwettl.", False, [], None),
    ("de", "Betreten Sie keine überfluteten Keller und halten Sie Abstand zu den Uferböschungen.", False, [], None),
    ("de", "Wie hoch der Gesamtschaden ist, lässt sich derzeit noch nicht seriös abschätzen.", False, [], None),
    ("de", "Diese Meldung wird laufend aktualisiert.", False, [], None),
    # --- Meldestufe 4 in Passau (dpa) ---
    ("de", "Passau (dpa) - Der Hochwassernachrichtendienst hat für die Donau in Passau die höchste Meldestufe 4 ausgerufen.", True, [("count", 4, None, None)], None),
    ("de", "Der Pegel stand am Mittag bei 10,20 Metern, Teile der Altstadt sind überflutet.", True, [("count", 10.2, None, None)], None),
    ("de", "Beim Jahrhunderthochwasser 2013 hatte der Pegel 12,89 Meter erreicht.", True, [("year", 2013, None, None), ("count", 12.89, None, None)], None),
    ("de", "Rund 150 Bewohnerinnen und Bewohner eines Seniorenheims wurden mit Booten der Wasserwacht in Sicherheit gebracht.", True, [("count", 150, None, "about")], None),
    ("de", "Die Stadt hat den Katastrophenfall ausgerufen.", True, [], None),
    # --- Hitze in Österreich (APA) ---
    ("de", "Wien (APA) - Die Geosphere Austria hat die Hitzewarnung für Wien und das Nordburgenland auf Warnstufe Rot angehoben.", True, [], None),
    ("de", "Bis Donnerstag werden Höchstwerte zwischen 35 und 38 Grad erwartet.", True, [("count", 35, None, None), ("count", 38, None, None)], None),
    ("de", "In Bad Deutsch-Altenburg wurden am Dienstag 38,9 Grad gemessen, knapp unter dem österreichischen Rekord von 40,5 Grad aus dem Jahr 2013.", True, [("count", 38.9, None, None), ("count", 40.5, None, None), ("year", 2013, None, None)], None),
    ("de", "Für die Wiener Innenstadt war es bereits die 19. Tropennacht dieses Sommers, die Tiefsttemperatur lag bei 24,3 Grad.", True, [("ordinal", 19, None, None), ("count", 24.3, None, None)], None),
    ("de", "Seit dem 1. Juni zählte die Messstelle Hohe Warte 33 Hitzetage mit mindestens 30 Grad.", True, [("date", "--06-01", None, None), ("count", 33, None, None), ("count", 30, None, "at_least")], None),
    ("de", "Trinken Sie ausreichend und verlegen Sie körperliche Arbeit in die frühen Morgenstunden.", False, [], None),
    ("de", "Die Hitze ist die leise Katastrophe, über die viel zu wenig gesprochen wird.", False, [], None),
    # --- Hitze in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - MeteoSchweiz hat für das Tessin und das Genferseegebiet eine Hitzewarnung der Stufe 4 von 5 herausgegeben.", True, [("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "In Lugano wird eine viertägige Periode mit Höchstwerten von über 34 Grad erwartet, teilte MeteoSchweiz mit.", True, [("duration", 4, "day", None), ("count", 34, None, "over")], "MeteoSchweiz"),
    ("de", "Die Nullgradgrenze steigt bis Mittwoch auf 5200 Meter über Meer.", True, [("count", 5200, None, None)], None),
    ("de", "Es ist erst das zweite Mal seit Einführung der Warnskala 2019, dass in der Westschweiz die zweithöchste Stufe gilt.", True, [("ordinal", 2, None, None), ("year", 2019, None, None), ("ordinal", 2, None, None)], None),
    # --- Hitze in Deutschland (dpa) ---
    ("de", "Offenbach (dpa) - Mit 39,6 Grad war der Dienstag in Bad Kreuznach der heißeste Tag des Jahres, teilte der Deutsche Wetterdienst mit.", True, [("count", 39.6, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Der deutsche Allzeitrekord liegt bei 41,2 Grad, gemessen im Juli 2019.", True, [("count", 41.2, None, None), ("year", 2019, None, None)], None),
    ("de", "Das Robert Koch-Institut schätzt die Zahl der hitzebedingten Sterbefälle im vergangenen Sommer auf rund 3.100.", True, [("count", 3100, None, "about")], None),
    ("de", "Seit Beginn der Aufzeichnungen 1881 gab es in einem Juni noch nie so viele heiße Tage.", True, [("year", 1881, None, None)], None),
    ("de", "Die Abkühlung kommt frühestens am Wochenende, und auch dann nur zögerlich.", False, [], None),
    # --- Lawinengefahr in Tirol (APA) ---
    ("de", "Innsbruck (APA) - Der Lawinenwarndienst Tirol hat die Lawinengefahr in den Ötztaler und Stubaier Alpen auf Stufe 4, „groß“, angehoben.", True, [("count", 4, None, None)], None),
    ("de", "Binnen 48 Stunden fielen am Alpenhauptkamm 80 bis 120 Zentimeter Neuschnee, teilte der Lawinenwarndienst Tirol mit.", True, [("duration", 48, "hour", None), ("count", 80, None, None), ("count", 120, None, None)], "der Lawinenwarndienst Tirol"),
    ("de", "Am Hahnenkamm liegen damit 2,35 Meter Schnee, in Obergurgl knapp zwei Meter.", True, [("count", 2.35, None, None), ("count", 2, None, "nearly")], None),
    ("de", "Am Arlbergpass kam über Nacht ein halber Meter Neuschnee dazu.", True, [("count", 0.5, None, None)], None),
    ("de", "In Galtür verschüttete eine Lawine am Nachmittag zwei deutsche Skitourengeher, ein 41-Jähriger konnte nur noch tot geborgen werden.", True, [("count", 2, None, None), ("duration", 41, "year", None)], None),
    ("de", "Es ist das zwölfte Lawinenopfer in Tirol in diesem Winter.", True, [("ordinal", 12, None, None)], None),
    ("de", "Die Schneefallgrenze sinkt bis Freitag auf 600 bis 800 Meter.", True, [("count", 600, None, None), ("count", 800, None, None)], None),
    ("de", "Tourengeher sollten auf Unternehmungen abseits gesicherter Pisten unbedingt verzichten, mahnte die Bergrettung.", False, [], None),
    ("de", "„So viel Schnee hab ich hier heroben noch nie gesehen“, sagte ein Hüttenwirt im Ötztal.", False, [], None),
    # --- Lawinengefahr in der Schweiz (sda) ---
    ("de", "Davos (sda) - Das Institut für Schnee- und Lawinenforschung SLF warnt für Teile des Oberwallis und Graubündens vor Lawinengefahr der Stufe 5, „sehr gross“.", True, [("count", 5, None, None)], None),
    ("de", "Die höchste Stufe wird im Durchschnitt nur an zwei bis drei Tagen pro Winter ausgegeben.", True, [("duration", 2, "day", None), ("duration", 3, "day", None)], None),
    ("de", "Die Strasse nach Zermatt bleibt bis auf Weiteres gesperrt, rund 13'000 Gäste sitzen fest.", True, [("count", 13000, None, "about")], None),
    ("de", "Seit Donnerstag gingen im Kanton Wallis rund ein Dutzend grosse Lawinen nieder, wie die Kantonspolizei Wallis mitteilte.", True, [("count", 12, None, "about")], "die Kantonspolizei Wallis"),
    ("de", "In Saas-Fee lag am Sonntagmorgen eineinhalb Meter Neuschnee.", True, [("count", 1.5, None, None)], None),
    # --- Erdbeben in Niederösterreich (APA) ---
    ("de", "Wien (APA) - Ein Erdbeben der Magnitude 4,6 hat am Donnerstagabend weite Teile Niederösterreichs und des Burgenlands erschüttert.", True, [("count", 4.6, None, None)], None),
    ("de", "Das Epizentrum lag laut Geosphere Austria nahe Neunkirchen in einer Tiefe von neun Kilometern.", True, [("count", 9, None, None)], "Geosphere Austria"),
    ("de", "Binnen einer Stunde gingen beim Erdbebendienst mehr als 2.300 Wahrnehmungsmeldungen ein.", True, [("count", 2300, None, "over")], None),
    ("de", "Stärker hatte die Erde in dieser Gegend zuletzt 1972 gebebt.", True, [("year", 1972, None, None)], None),
    ("de", "Über Schäden oder Verletzte ist bislang nichts bekannt.", True, [], None),
    # --- Erdbeben in Italien (dpa) ---
    ("de", "Rom (dpa) - Ein Beben der Stärke 5,8 auf der Richterskala hat die mittelitalienische Region Marken erschüttert, mindestens drei Menschen kamen ums Leben.", True, [("count", 5.8, None, None), ("count", 3, None, "at_least")], None),
    ("de", "Der Zivilschutz zählte bis zum Abend 46 Nachbeben, das stärkste erreichte eine Magnitude von 4,1.", True, [("count", 46, None, None), ("count", 4.1, None, None)], None),
    ("de", "Rund 2.600 Menschen verbrachten die Nacht in Zelten und Turnhallen.", True, [("count", 2600, None, "about")], None),
    ("de", "Ob weitere starke Erdstöße folgen, kann niemand seriös vorhersagen.", False, [], None),
    # --- Waldbrand in Brandenburg (dpa) ---
    ("de", "Potsdam (dpa) - Ein Waldbrand in der Lieberoser Heide hat sich bis Mittwochabend auf rund 530 Hektar ausgebreitet.", True, [("count", 530, None, "about")], None),
    ("de", "Das entspricht etwa 740 Fußballfeldern.", True, [("count", 740, None, "about")], None),
    ("de", "Wegen alter Munition im Boden müssen die Einsatzkräfte einen Sicherheitsabstand von 1.000 Metern einhalten, teilte der Landkreis Dahme-Spreewald mit.", True, [("count", 1000, None, None)], "der Landkreis Dahme-Spreewald"),
    ("de", "Vorsorglich geräumt wurden zwei Dörfer, in denen zusammen rund 600 Menschen leben.", True, [("count", 2, None, None), ("count", 600, None, "about")], None),
    ("de", "In weiten Teilen Brandenburgs gilt die höchste Waldbrandgefahrenstufe 5.", True, [("count", 5, None, None)], None),
    ("de", "Löschhubschrauber warfen seit Dienstag mehr als 900.000 Liter Wasser über dem Brandgebiet ab.", True, [("count", 900000, None, "over")], None),
    ("de", "Über den Kiefern hing ein beißender, bräunlicher Dunst.", False, [], None),
    ("de", "Werfen Sie keine Zigaretten aus dem Autofenster und grillen Sie nur an ausgewiesenen Plätzen.", False, [], None),
    # --- Waldbrand im Misox (Keystone-SDA) ---
    ("de", "Bellinzona (Keystone-SDA) - Im Misox hat ein Waldbrand seit Sonntag rund 150 Hektaren Wald zerstört.", True, [("count", 150, None, "about")], None),
    ("de", "Im Einsatz stehen rund 200 Feuerwehrleute sowie sechs Helikopter der Armee, wie die Kantonspolizei Graubünden mitteilte.", True, [("count", 200, None, "about"), ("count", 6, None, None)], "die Kantonspolizei Graubünden"),
    ("de", "Die Kantonsstrasse zwischen Mesocco und Soazza ist gesperrt.", True, [], None),
    # --- Dürre und Niedrigwasser (dpa, APA) ---
    ("de", "Koblenz (dpa) - Der Pegel Kaub am Mittelrhein ist am Montag auf 48 Zentimeter gefallen.", True, [("count", 48, None, None)], None),
    ("de", "Unter 78 Zentimetern können viele Frachtschiffe nur noch etwa ein Drittel ihrer Ladung transportieren, teilte das Wasserstraßen- und Schifffahrtsamt mit.", True, [("count", 78, None, "under"), ("fraction", 0.3333, None, "about")], "das Wasserstraßen- und Schifffahrtsamt"),
    ("de", "Im Frühjahr fielen in Brandenburg nur 62 Liter pro Quadratmeter, knapp 40 Prozent des langjährigen Mittels.", True, [("count", 62, None, None), ("percent", 40, "%", "nearly")], None),
    ("de", "Es war das trockenste Frühjahr seit Beginn der Messungen 1893.", True, [("year", 1893, None, None)], None),
    ("de", "Laut Dürremonitor herrscht in fast zwei Dritteln Deutschlands im Gesamtboden schwere bis außergewöhnliche Dürre.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Der Regen der vergangenen Tage war kaum mehr als ein Tropfen auf den heißen Stein.", False, [], None),
    ("de", "Wien (APA) - Der Grundwasserspiegel im Marchfeld liegt derzeit rund 1,2 Meter unter dem langjährigen Mittel, teilte das Landwirtschaftsministerium mit.", True, [("count", 1.2, None, "about")], "das Landwirtschaftsministerium"),
    ("de", "Die Hagelversicherung beziffert die Dürreschäden in der Landwirtschaft heuer auf 130 Millionen Euro.", True, [("money", 130000000, "EUR", None)], None),
    # --- Hagel in der Südsteiermark (APA) ---
    ("de", "Graz (APA) - Gewitter mit Hagelkörnern von bis zu fünf Zentimetern Durchmesser haben am Montagabend in der Südsteiermark schwere Schäden angerichtet.", True, [("count", 5, None, "up_to")], None),
    ("de", "Die Feuerwehren rückten zu 312 Einsätzen aus, teilte das Landesfeuerwehrkommando mit.", True, [("count", 312, None, None)], "das Landesfeuerwehrkommando"),
    ("de", "Innerhalb von 40 Minuten fielen in Leibnitz 58 Millimeter Regen.", True, [("duration", 40, "minute", None), ("count", 58, None, None)], None),
    ("de", "Geosphere Austria registrierte am Montag österreichweit mehr als 41.000 Blitze.", True, [("count", 41000, None, "over")], None),
    ("de", "Nach einer zweistündigen Sperre wurde die Südautobahn A2 bei Lebring wieder freigegeben.", True, [("duration", 2, "hour", None)], None),
    ("de", "„Binnen Minuten war alles weiß, die Arbeit eines ganzen Jahres ist dahin“, sagte ein Weinbauer.", False, [], None),
    # --- Muren im Pinzgau (APA) ---
    ("de", "Salzburg (APA) - Nach heftigen Gewittern sind im Pinzgau sieben Muren abgegangen, zwei Ortsteile von Hollersbach sind von der Außenwelt abgeschnitten.", True, [("count", 7, None, None), ("count", 2, None, None)], None),
    ("de", "Die Landeswarnzentrale bat die Bevölkerung, die Notrufleitungen nicht unnötig zu blockieren.", False, [], None),
    # --- Wintereinbruch (dpa) ---
    ("de", "Erfurt (dpa) - Der DWD warnt für Thüringen vor Glatteis, für das Erzgebirge gilt eine 36-stündige Unwetterwarnung vor starkem Schneefall.", True, [("duration", 36, "hour", None)], None),
    ("de", "Binnen 24 Stunden werden dort 20 bis 30 Zentimeter Neuschnee erwartet, in Staulagen bis zu 40 Zentimeter.", True, [("duration", 24, "hour", None), ("count", 20, None, None), ("count", 30, None, None), ("count", 40, None, "up_to")], None),
    ("de", "Tagsüber steigen die Temperaturen höchstens auf minus 2 Grad, nachts sind bis zu minus 15 Grad möglich.", True, [("count", -2, None, "at_most"), ("count", -15, None, "up_to")], None),
    ("de", "Verzichten Sie nach Möglichkeit auf Autofahrten und räumen Sie Gehwege rechtzeitig.", False, [], None),
    # --- Versicherungsbilanz (dpa) ---
    ("de", "Berlin (dpa) - Naturgefahren haben in Deutschland im vergangenen Jahr versicherte Schäden von 5,7 Milliarden Euro verursacht, teilte der Gesamtverband der Versicherer mit.", True, [("money", 5700000000, "EUR", None)], "der Gesamtverband der Versicherer"),
    ("de", "Davon entfielen 3,1 Milliarden Euro auf Sturm und Hagel, der Rest auf Überschwemmungen und Starkregen.", True, [("money", 3100000000, "EUR", None)], None),
    ("de", "Nur etwa jedes zweite Haus in Deutschland ist gegen Elementarschäden versichert.", True, [("fraction", 0.5, None, "about")], None),
    # --- Service und Boilerplate ---
    ("de", "Aktuelle Warnungen gibt es in der Warn-App Nina und auf der Website des Wetterdienstes.", False, [], None),
    ("de", "Halten Sie Taschenlampe, Batterieradio und Trinkwasser für den Notfall bereit.", False, [], None),
    ("de", "Alle Angaben vorläufig, die Lage kann sich rasch ändern.", False, [], None),
    ("de", "Ist das der neue Normalzustand in den Alpen?", False, [], None),
    # === English ================================================================================
    # --- Storm in Northern Ireland and Scotland (PA, Met Office) ---
    ("en", "LONDON (PA) - The Met Office has issued an amber warning for wind for much of Northern Ireland and south-west Scotland from 6pm on Friday until 6am on Saturday.", True, [], None),
    ("en", "Gusts of 70-80mph are expected on exposed coasts, with 90mph possible in a few places, the Met Office said.", True, [("count", 70, None, None), ("count", 80, None, None), ("count", 90, None, None)], "the Met Office"),
    ("en", "The Shipping Forecast warned of severe gale force 9 in the Irish Sea and storm force 10 in Malin and Hebrides.", True, [("count", 9, None, None), ("count", 10, None, None)], None),
    ("en", "Winds gusting above 60 knots were reported at Belfast Lough, the coastguard said.", True, [("count", 60, None, "over")], "the coastguard"),
    ("en", "More than 85,000 homes were without power by midnight, Northern Ireland Electricity Networks said.", True, [("count", 85000, None, "over")], "Northern Ireland Electricity Networks"),
    ("en", "Met Office meteorologist Rachel Threlfall said a gust of 94mph at Capel Curig was the strongest recorded in Wales since 2014.", True, [("count", 94, None, None), ("year", 2014, None, None)], "Rachel Threlfall"),
    ("en", "A wave buoy off the Donegal coast recorded a maximum wave height of 17.2 metres.", True, [("count", 17.2, None, None)], None),
    ("en", "Storm Imogen is the fourth named storm of the season and the second to prompt a red warning.", True, [("ordinal", 4, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Ferry operators cancelled 46 sailings between Scotland and Northern Ireland.", True, [("count", 46, None, None)], None),
    ("en", "Do not travel unless your journey is absolutely necessary.", False, [], None),
    ("en", "\"It felt like the whole house was going to lift off,\" said one resident in Larne.", False, [], None),
    ("en", "Our thoughts are with everyone affected by this terrible storm, the first minister said.", False, [], None),
    # --- Floods in England (PA, Environment Agency) ---
    ("en", "More than 150 flood warnings and 220 flood alerts were in force across England on Sunday morning, the Environment Agency said.", True, [("count", 150, None, "over"), ("count", 220, None, None)], "the Environment Agency"),
    ("en", "A severe flood warning, meaning danger to life, was issued for the River Severn at Shrewsbury.", True, [], None),
    ("en", "The river peaked at 5.6 metres at the Welsh Bridge gauge on Monday, just short of the 5.88 metres recorded in 2000.", True, [("count", 5.6, None, None), ("count", 5.88, None, None), ("year", 2000, None, None)], None),
    ("en", "Parts of the Pennines had 120mm of rain in 36 hours, roughly one and a half times the November average.", True, [("count", 120, None, None), ("duration", 36, "hour", None), ("count", 1.5, None, "about")], None),
    ("en", "Engineers described the flooding in the Calder Valley as a 1-in-100-year event.", True, [("count", 1, None, None), ("duration", 100, "year", None)], None),
    ("en", "About 1,300 properties have been flooded in England since Friday.", True, [("count", 1300, None, "about")], None),
    ("en", "The Association of British Insurers estimated that claims from the floods could reach £350 million.", True, [("money", 350000000, "GBP", None)], None),
    ("en", "Never walk or drive through flood water.", False, [], None),
    ("en", "Keep checking the latest forecasts and warnings for your area.", False, [], None),
    ("en", "Sandbags lined the doorways of shops along the deserted high street.", False, [], None),
    ("en", "\"I've never seen anything like it,\" said Tom Ellery, who runs a pub on the quay.", False, [], None),
    # --- Hurricane (AP, National Hurricane Center, FEMA) ---
    ("en", "MIAMI (AP) — Hurricane Rosalind strengthened to a Category 4 storm over the Gulf on Tuesday with maximum sustained winds of 130 mph (215 km/h), the National Hurricane Center said.", True, [("count", 4, None, None), ("count", 130, None, None), ("count", 215, None, None)], "the National Hurricane Center"),
    ("en", "The storm was centered about 240 miles (385 kilometers) south of Apalachicola, Florida, and moving north-northeast at 14 mph.", True, [("count", 240, None, "about"), ("count", 385, None, None), ("count", 14, None, None)], None),
    ("en", "A storm surge of 10 to 15 feet is possible along the Big Bend coast.", True, [("count", 10, None, None), ("count", 15, None, None)], None),
    ("en", "Forecasters expect 6 to 10 inches of rain, with isolated totals of 15 inches.", True, [("count", 6, None, None), ("count", 10, None, None), ("count", 15, None, None)], None),
    ("en", "Hurricane-force winds extend outward up to 40 miles from the center.", True, [("count", 40, None, "up_to")], None),
    ("en", "Mandatory evacuation orders cover some 1.1 million residents in 14 counties.", True, [("count", 1100000, None, "about"), ("count", 14, None, None)], None),
    ("en", "FEMA said it had moved 2.3 million liters of water and 1.6 million meals to staging areas in Alabama.", True, [("count", 2300000, None, None), ("count", 1600000, None, None)], "FEMA"),
    ("en", "Rosalind is the 12th named storm and sixth hurricane of the Atlantic season.", True, [("ordinal", 12, None, None), ("ordinal", 6, None, None)], None),
    ("en", "The White House approved a major disaster declaration for 23 Florida counties, making federal aid available to residents.", True, [("count", 23, None, None)], None),
    ("en", "A modeling firm, Corvane Analytics, estimated insured losses at about $8.4 billion.", True, [("money", 8400000000, "USD", "about")], None),
    ("en", "The Apalachicola River crested at 18.7 feet on Thursday, about 3 feet above major flood stage.", True, [("count", 18.7, None, None), ("count", 3, None, "about")], None),
    ("en", "Three-quarters of an inch of rain fell in 15 minutes at Tallahassee's airport.", True, [("count", 0.75, None, None), ("duration", 15, "minute", None)], None),
    ("en", "If you are in an evacuation zone, leave now.", False, [], None),
    ("en", "\"Pray for us,\" the mayor wrote on social media as the eyewall approached.", False, [], None),
    # --- Tornado (AP, National Weather Service) ---
    ("en", "OKLAHOMA CITY (AP) — An EF3 tornado with peak winds of 150 mph carved a 14-mile path through rural Oklahoma late Sunday, the National Weather Service said.", True, [("count", 150, None, None), ("count", 14, None, None)], "the National Weather Service"),
    ("en", "At its widest the twister was up to half a mile across.", True, [("count", 0.5, None, "up_to")], None),
    ("en", "At least four people were killed and 27 injured.", True, [("count", 4, None, "at_least"), ("count", 27, None, None)], None),
    ("en", "The Storm Prediction Center had placed the area under a Level 4 of 5 risk for severe storms.", True, [("count", 4, None, None), ("count", 5, None, None)], None),
    ("en", "Sirens sounded about 18 minutes before the tornado touched down.", True, [("duration", 18, "minute", "about")], None),
    ("en", "Splintered timber and sheet metal were strewn across the wheat fields.", False, [], None),
    # --- Heat in the Southwest (AP) ---
    ("en", "PHOENIX (AP) — Phoenix hit 118 degrees Fahrenheit (47.8 Celsius) on Wednesday, breaking the record for the date set in 1990.", True, [("count", 118, None, None), ("count", 47.8, None, None), ("year", 1990, None, None)], None),
    ("en", "It was the city's 21st straight day above 110 degrees.", True, [("ordinal", 21, None, None), ("count", 110, None, "over")], None),
    ("en", "An extreme heat warning remains in effect through 8 p.m. Sunday.", True, [], None),
    ("en", "Maricopa County confirmed 645 heat-related deaths last year, up 10% from the year before.", True, [("count", 645, None, None), ("percent", 10, "%", None)], None),
    ("en", "The heat index could reach 115 in parts of East Texas, the weather service said.", True, [("count", 115, None, None)], "the weather service"),
    ("en", "Limit time outdoors and never leave children or pets in parked cars.", False, [], None),
    # --- Heat in England (PA, UKHSA) ---
    ("en", "The UK Health Security Agency has issued an amber heat-health alert for all regions of England until 9am on Monday.", True, [], None),
    ("en", "Heathrow reached 34.7C on Saturday, the hottest day of the year so far.", True, [("count", 34.7, None, None)], None),
    ("en", "The UK record of 40.3C was set at Coningsby in Lincolnshire in July 2022.", True, [("count", 40.3, None, None), ("year", 2022, None, None)], None),
    ("en", "A heatwave is declared when a location records at least three consecutive days at or above a set temperature threshold.", True, [("duration", 3, "day", "at_least")], None),
    ("en", "Close curtains on rooms that face the sun and check on elderly relatives.", False, [], None),
    # --- Bushfires in New South Wales (AAP) ---
    ("en", "SYDNEY (AAP) - Total fire bans are in place for 12 of the 21 fire weather areas in NSW as temperatures climb into the mid-40s.", True, [("count", 12, None, None), ("count", 21, None, None)], None),
    ("en", "The fire danger rating for the Far North Coast has been raised to Extreme.", True, [], None),
    ("en", "Penrith is forecast to reach 44C, about 14 degrees above its January average, according to the Bureau of Meteorology.", True, [("count", 44, None, None), ("count", 14, None, "about")], "the Bureau of Meteorology"),
    ("en", "A blaze near Tenterfield has burnt through 31,500 hectares and was still out of control on Saturday, the NSW Rural Fire Service said.", True, [("count", 31500, None, None)], "the NSW Rural Fire Service"),
    ("en", "Fourteen homes and 37 outbuildings have been lost.", True, [("count", 14, None, None), ("count", 37, None, None)], None),
    ("en", "Gusts up to 90km/h are expected to push the fire front east this afternoon.", True, [("count", 90, None, "up_to")], None),
    ("en", "The Insurance Council of Australia has declared a catastrophe, with 2,140 claims lodged so far worth an estimated A$61 million.", True, [("count", 2140, None, None), ("money", 61000000, "AUD", "about")], None),
    ("en", "Leave early - don't wait and see.", False, [], None),
    ("en", "\"We've got nothing left but the clothes we're standing in,\" one resident told the ABC.", False, [], None),
    # --- Cyclone in Queensland (AAP, Bureau of Meteorology) ---
    ("en", "BRISBANE, Feb 3 (AAP) - Tropical Cyclone Kirra has crossed the coast near Cardwell as a category 3 system with gusts of up to 200km/h, the Bureau of Meteorology said.", True, [("date", "--02-03", None, None), ("count", 3, None, None), ("count", 200, None, "up_to")], "the Bureau of Meteorology"),
    ("en", "Rainfall totals of 300 to 500mm are likely in the next 48 hours, with isolated falls above 700mm.", True, [("count", 300, None, None), ("count", 500, None, None), ("duration", 48, "hour", None), ("count", 700, None, "over")], None),
    ("en", "The Herbert River at Ingham peaked at 14.2 metres, above the 1967 record.", True, [("count", 14.2, None, None), ("year", 1967, None, None)], None),
    ("en", "More than 1,800 calls for help were received overnight, the State Emergency Service said.", True, [("count", 1800, None, "over")], "the State Emergency Service"),
    ("en", "About 64,000 homes and businesses lost power between Townsville and Cairns, Ergon Energy said.", True, [("count", 64000, None, "about")], "Ergon Energy"),
    # --- Earthquake in Alaska (AP, USGS) ---
    ("en", "ANCHORAGE, Alaska (AP) — A preliminary magnitude 6.3 earthquake shook south-central Alaska early Thursday, the U.S. Geological Survey said.", True, [("count", 6.3, None, None)], "the U.S. Geological Survey"),
    ("en", "It was centered 38 miles (61 kilometers) northwest of Anchorage at a depth of 42 miles (68 kilometers).", True, [("count", 38, None, None), ("count", 61, None, None), ("count", 42, None, None), ("count", 68, None, None)], None),
    ("en", "No tsunami was expected, the National Tsunami Warning Center said.", True, [], "the National Tsunami Warning Center"),
    ("en", "More than 4,700 people reported feeling the quake on the USGS website within an hour.", True, [("count", 4700, None, "over")], None),
    ("en", "Officials asked residents to check their gas lines and to keep calm.", False, [], None),
    # --- Earthquakes in New Zealand and Japan (Reuters) ---
    ("en", "WELLINGTON, May 12 (Reuters) - A shallow magnitude 5.9 quake hit the lower North Island on Monday, GeoNet said, with more than 30,000 people reporting shaking.", True, [("date", "--05-12", None, None), ("count", 5.9, None, None), ("count", 30000, None, "over")], "GeoNet"),
    ("en", "The quake struck at a depth of 12 km, 20 km east of Masterton.", True, [("count", 12, None, None), ("count", 20, None, None)], None),
    ("en", "Scientists put the chance of an aftershock of magnitude 7 or larger within the next week at 2%.", True, [("count", 7, None, None), ("percent", 2, "%", None)], None),
    ("en", "TOKYO (Reuters) - The Japan Meteorological Agency issued a tsunami advisory for waves of up to 1 metre after a magnitude 6.9 quake off Miyazaki prefecture.", True, [("count", 1, None, "up_to"), ("count", 6.9, None, None)], None),
    ("en", "Waves of 40 centimetres reached the port of Aburatsu about 30 minutes later.", True, [("count", 40, None, None), ("duration", 30, "minute", "about")], None),
    # --- Wildfires in California and British Columbia (AP, CP) ---
    ("en", "LOS ANGELES (AP) — The Ridge fire has burned 23,400 acres (9,470 hectares) and was 18% contained Thursday, Cal Fire said.", True, [("count", 23400, None, None), ("count", 9470, None, None), ("percent", 18, "%", None)], "Cal Fire"),
    ("en", "Some 4,100 structures remain under threat and 11,000 people are under evacuation orders.", True, [("count", 4100, None, "about"), ("count", 11000, None, None)], None),
    ("en", "More than 2,600 firefighters, 24 helicopters and 190 engines have been assigned to the blaze.", True, [("count", 2600, None, "over"), ("count", 24, None, None), ("count", 190, None, None)], None),
    ("en", "Red flag warnings for winds of 35 to 45 mph remain in place through Friday evening.", True, [("count", 35, None, None), ("count", 45, None, None)], None),
    ("en", "Smoke turned the afternoon sky over Sacramento a dull, coppery orange.", False, [], None),
    ("en", "KELOWNA, B.C. — The Glenrosa Creek wildfire has grown to about 8,200 hectares, the BC Wildfire Service said Saturday.", True, [("count", 8200, None, "about")], "the BC Wildfire Service"),
    ("en", "An evacuation order covers 2,450 properties, and alerts are in place for another 5,100.", True, [("count", 2450, None, None), ("count", 5100, None, None)], None),
    # --- Wildfires on Rhodes, floods in Pakistan (Reuters) ---
    ("en", "ATHENS, July 22 (Reuters) - Wildfires on Rhodes forced the evacuation of about 19,000 people from hotels and villages on the island's south-east coast.", True, [("date", "--07-22", None, None), ("count", 19000, None, "about")], None),
    ("en", "It was the largest wildfire evacuation in Greece's history, the civil protection ministry said.", True, [], "the civil protection ministry"),
    ("en", "ISLAMABAD, Aug 29 (Reuters) - Monsoon floods have killed at least 780 people since late June, the National Disaster Management Authority said.", True, [("date", "--08-29", None, None), ("count", 780, None, "at_least")], "the National Disaster Management Authority"),
    ("en", "Nearly a third of the country was under water at the peak, officials said.", True, [("fraction", 0.3333, None, "nearly")], None),
    # --- Drought (PA, AAP, AP) ---
    ("en", "The Environment Agency has declared drought status for Yorkshire after the region's driest spring in 132 years.", True, [("duration", 132, "year", None)], None),
    ("en", "Reservoir stocks across England stood at 67.8% of capacity, against 82.1% normally for the time of year.", True, [("percent", 67.8, "%", None), ("percent", 82.1, "%", None)], None),
    ("en", "Yorkshire Water said a hosepipe ban would take effect on July 11, affecting 5.5 million customers.", True, [("date", "--07-11", None, None), ("count", 5500000, None, None)], "Yorkshire Water"),
    ("en", "Please use water wisely and report leaks as soon as you spot them.", False, [], None),
    ("en", "Level 3 water restrictions will apply across Greater Adelaide from March 1.", True, [("count", 3, None, None), ("date", "--03-01", None, None)], None),
    ("en", "The U.S. Drought Monitor showed 54% of the contiguous United States in moderate drought or worse.", True, [("percent", 54, "%", None)], None),
    ("en", "Lake Mead fell to 1,041 feet above sea level, its lowest since 1937.", True, [("count", 1041, None, None), ("year", 1937, None, None)], None),
    # --- Lake-effect snow (AP, National Weather Service) ---
    ("en", "BUFFALO, N.Y. (AP) — Lake-effect snow buried parts of western New York under more than 5 feet of snow over a 72-hour period.", True, [("count", 5, None, "over"), ("duration", 72, "hour", None)], None),
    ("en", "Snowfall rates reached 3 to 4 inches an hour south of Buffalo, the National Weather Service said.", True, [("count", 3, None, None), ("count", 4, None, None)], "the National Weather Service"),
    ("en", "Syracuse picked up a foot of snow overnight.", True, [], None),
    ("en", "Wind chills could fall to minus 35 in the Adirondacks.", True, [("count", -35, None, None)], None),
    ("en", "Stay off the roads and keep a winter survival kit in your car.", False, [], None),
    # --- Flash floods in North Carolina (AP) ---
    ("en", "ASHEVILLE, N.C. (AP) — The French Broad River rose nearly 20 feet in 24 hours, cresting at 24.7 feet in Asheville, the highest level ever recorded there.", True, [("count", 20, None, "nearly"), ("duration", 24, "hour", None), ("count", 24.7, None, None)], None),
    ("en", "Some gauges recorded a 1,000-year rainfall, about 14 inches in three days.", True, [("duration", 1000, "year", None), ("count", 14, None, "about"), ("duration", 3, "day", None)], None),
    ("en", "The National Weather Service issued a flash flood emergency for Buncombe County, its highest level of flood warning.", True, [], None),
    ("en", "Turn around, don't drown.", False, [], None),
    # --- Insurance losses (Reuters) ---
    ("en", "ZURICH, Jan 14 (Reuters) - Insured losses from natural catastrophes reached $137 billion last year, the fifth straight year above $100 billion, reinsurer Swiss Re said.", True, [("date", "--01-14", None, None), ("money", 137000000000, "USD", None), ("ordinal", 5, None, None), ("money", 100000000000, "USD", "over")], None),
    ("en", "Severe convective storms such as hail and tornadoes accounted for about 42% of the total.", True, [("percent", 42, "%", "about")], None),
    # --- Heat in India (PTI) ---
    ("en", "NEW DELHI (PTI) - The mercury touched 47.4 degrees Celsius in Banda on Tuesday, the highest in the country this season, the India Meteorological Department said.", True, [("count", 47.4, None, None)], "the India Meteorological Department"),
    ("en", "The IMD has put 11 states on orange alert for the next five days.", True, [("count", 11, None, None), ("duration", 5, "day", None)], None),
    # --- Service lines and colour ---
    ("en", "Forecasters said conditions would ease later in the week.", False, [], None),
    ("en", "Climate change is loading the dice, and everyone can now see it.", False, [], None),
    ("en", "This story will be updated.", False, [], None),
    ("en", "For the latest warnings, visit the Met Office website.", False, [], None),
    ("en", "What does an amber warning actually mean?", False, [], None),
    ("en", "Residents described a night of fear as the water crept up their stairs.", False, [], None),
]
