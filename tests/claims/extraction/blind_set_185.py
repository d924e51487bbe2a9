"""Hundred-and-eighty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, missions, spacecraft,
celestial bodies named here and figures are made up (Johanna Kerschbaumer, the probe Corvina
and the comet Tallinger, Theresa Hochleitner, Eva Lindmoser, the mission Vireo, Matthias
Gisiger, Lena Brückmann, Dominik Fasching, the satellite Meridian, Karin Oberhofer, Felix
Rainer, Bruno Castellani, the rover Tessera, Sebastian Wohlfahrt, Lea Caflisch, Werner
Haidacher, the satellite Murstern, Jan-Philipp Wendland, Orbitalwerk, Maximilian
Reithmayr, Ines Bachhuber, Anders Wikström; Lunaris Systems and its lander Tern, Marisol
Quintero, Priya Nandakumar, the planet TOI-7731 b, Northlight Launch, Owen Pritchard,
Fiona Gallagher, Arvind Subramaniam, Kelly Brandt, the asteroid 2026 JK4, Casey Nordgren,
the Osprey orbiter, Gemma Thackeray, Lucía Ferrer, the probe Hayate, Yusuke Takemura, Hélène
Marchand, Tobias Ekholm, Ravi Deshpande, Astrid Holmqvist, Samira Whitfield, Halcyon
Orbital, Ethan Marwick); ministers, agency chiefs and spokespeople of real bodies appear
under made-up names that stand for no real holder, or by their role only
("Wissenschaftsministerin", "Science Minister", "ISRO chairman", "Raumfahrtkoordinatorin",
"Forschungsdirektor", "a government spokesman", "a White House budget official", "a
spokesman for the space agency", "Northlight's chief executive", "the agency's head of
commercial spaceflight"). Real bodies, places, telescopes, launchers and journals ("Esa",
"Europäische Weltraumorganisation", "Darmstadt", "Falcon 9", "Falcon Heavy", "Cape
Canaveral", "NASA", "Houston", "Institut für Weltraumforschung (IWF)", "Österreichische
Akademie der Wissenschaften", "FFG", "Vega-C", "Kourou", "James Webb Space Telescope", "The
Astrophysical Journal Letters", "Cheops", "Universität Bern", "Sternbild Fuhrmann",
«Astronomy & Astrophysics», "SaxaVord Spaceport", "Unst", "Shetland", "UK Space Agency",
"ISS", "DLR", "Kennedy Space Center", "Canadian Space Agency", "npj Microgravity", "Ariane
6", "Arianespace", "CNES", "SpaceX", "Sriharikota", "Indian Space Research Organisation",
"ISRO", "Vyommitra", "Bay of Bengal", "Max-Planck-Institut für Astronomie", „Nature
Astronomy“, "Planetary Defense Coordination Office", "Universität Innsbruck", "Ostalpen",
„The Cryosphere“, "Alpenverein", "White House", "Planetary Society", "Congress", "Cornell
University", "Saturn", "Nasa", "British Trust for Ornithology", "Met Office", "Global Change
Biology", "Karlsruher Institut für Technologie (KIT)", "Bundesforschungsministerium",
"Chang'e-7", "Long March 5", "Wenchang", "Hainan", "China National Space Administration",
"ETH Zürich", "InSight", "Cerberus Fossae", «Geophysical Research Letters», "Burgos",
"National Geographic Institute", "Spanish Confederation of Hotels and Tourist
Accommodation", "Galicia", "Asturias", "TU Graz", "H3", "Tanegashima Space Center", "Japan
Aerospace Exploration Agency (JAXA)", "Hayabusa", "Phobos", "Euclid", "Garching", "Royal
Swedish Academy of Sciences", "Grenoble", "Andøya", "Nordmeer", "Truro", "Cornwall",
"Natural History Museum", "UK Fireball Alliance", "Haushaltsausschuss", "BDI", "Die
Linke", "Government Accountability Office", "CERN", "LHC", "ASKAP", "CSIRO", "Science")
stand for the way wire copy names them; every launch, finding, sample, distance,
temperature, mass, budget, cost, date and quote here is invented, and where a real figure
came to mind (a real mission cost, a real member state's share, a real tunnel length, a
real prize sum) it was changed.

Its weight: SCIENCE AND SPACE AGENCY NEWS over one year (January to December 2026) in story
order, 30 stories with the German and English desks alternating by date, each told as wire
copy runs it (a dateline lead with the launch, the arrival or the finding, the figures -
distances, temperatures, masses, durations, costs -, the sample and the method, attributed
claims, the agency's or the researchers' caution, outside voices and quotes, the
publication line). Half German (dpa, APA, Keystone-SDA, Reuters German, AFP German;
Austrian "heuer", "Seehöhe", German „“ quotes, Swiss "gross", "heisseste", "grössten",
"1'140", "1'700" and «» quotes): an Esa probe reaching its comet, a Graz magnetometer, a
three-planet system found with Cheops, a German astronaut flying to the ISS, a climate
satellite on an Ariane 6, brown dwarfs in a young cluster, the glaciers of the Eastern Alps,
a Mars rover's rising costs, a superconducting cable in Karlsruhe, Marsquakes found in
InSight data, a students' satellite from Graz, Euclid and the expansion of the universe, a
start-up's rocket exploding off Andøya, Germany's space budget for 2027 and CERN's budget.
Half English (Reuters, AP, AFP, PA): a private lunar lander, methane on a planet seen by
Webb, Britain's first vertical launch delayed, astronauts' bone loss, India's uncrewed
capsule test, an asteroid passing inside the moon's orbit, proposed cuts to NASA science,
migrant birds arriving earlier, China's south-pole lunar probe, the total solar eclipse
over Spain, Japan's Phobos probe, the Nobel Prize in Physics, a meteorite in Cornwall, a
commercial successor to the ISS and a fast radio burst traced from Australia. Figures as
such copy has them: distances in kilometres with scale words ("rund 5,2 Milliarden
Kilometer", "etwa 412 Millionen Kilometer", "about 190,000 km"), light years and
light-minutes ("rund 190 Lichtjahre", "etwa zehn Milliarden Lichtjahre", "about 8 billion
light years", "about 19 light-minutes"), temperatures in degrees Celsius and Fahrenheit
with "minus" and in kelvin ("minus 170 Grad Celsius", "(minus 292 F)", "rund 73 Kelvin",
"around 370 kelvin", "below minus 230 degrees Celsius"), masses and multiples ("Der 2,3
Tonnen schwere Satellit", "The roughly 4-tonne Hayate spacecraft", "about 8.6 times as
massive as Earth", "etwa das Dreifache der Jupitermasse", "rund 50.000-mal schwächer",
"about 2 trillion suns"), sizes ("zehn mal zehn mal 34 Zentimeter"), significance in sigma,
concentrations in ppm, field strengths and power, speeds and altitudes, orbital periods,
signal delays and mission spans ("nach einer siebenjährigen Reise", "a 12-day journey",
"seit rund sechs Milliarden Jahren", "about 4.6 billion years old"), samples and tallies
("31 astronauts", "186 Gletschern", "more than 2.3 million records", "41 Millionen
Galaxien"), mission budgets and costs in euros, dollars, pounds, francs, yen, rupees and
Swedish crowns, shares in words, percentages, ordinals ("die 14. Person aus Deutschland im
All", "der sechste Flug einer Ariane 6", "the fifth woman", "zweitgrößter Beitragszahler"),
ages, years, dates with and without a day and hedges. Negatives as such copy has them:
researchers' and mission managers' quotes of feeling and verdict, cautions on how to read a
result, hopes, open questions, fears, advice and appeals, labels from ministers, agencies and
lobbies, critics' complaints, analysts' views and a vox pop - six of them carrying figures,
labelled.

242 rows (122 German, 120 English), 58 negatives (28 German, 30 English), 184 check-worthy
rows of which 25 carry no figure (12 German, 13 English), 286 expected quantities (117
counts, 56 durations - 22 in years, 11 in days, 7 in months, 6 in seconds, 5 in minutes, 4
in hours, 1 in weeks -, 31 amounts of money - 15 EUR, 8 USD, 3 CHF, 2 GBP, 1 INR, 1 JPY, 1
SEK -, 29 years, 24 ordinals, 14 dates - all without a year -, 8 percentages - all in % -,
7 fractions; 6 of them in six negatives, as the seventeenth batch labels a figure in a
negative), 40 checked speakers (21 German, 19 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, hope, caution, label or piece of advice is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-fifty-fifth, hundred-seventy-first); a reported statement of
  fact, figure, plan or position is check-worthy with its speaker. The pairs from one
  speaker: Kerschbaumer's mission cost beside her „Nach sieben Jahren Warten ...“ (7 years
  labelled); Hochleitner's 38 people beside „Ritterschlag“; Nandakumar's 4.1 sigma beside
  "exactly the kind of world Webb was built to study"; Gisiger's 1'140 hours beside «wie ein
  Fossil»; Gallagher's three years to Mars beside "it clearly is not enough"; Oberhofer's
  quarter beside „erfinderischer, als unsere Theorien erlauben“; Rainer's 90 Prozent beside
  „Landschaftswandel in Echtzeit“; Castellani's drill beside „zu wichtig, um sie scheitern
  zu lassen“ (a quoted verdict inside reported speech); Thackeray's finding beside "we
  should be listening"; Caflisch's magma beside «kein toter Planet»; Haidacher's fourth
  satellite beside „Als das erste Piepsen kam ...“ (ordinal 1 labelled); Wendland's 2,8
  Sigma beside „müssen wir die Lehrbücher umschreiben“; Reithmayr's third flight beside
  „Jeder Flug bringt uns Daten ...“; Whitfield's 4.6 billion years beside "a page from the
  solar system's birth certificate"; Wikström's schedule beside «Grundlagenforschung ist
  eine Investition ...»; Marwick's 2 trillion suns beside "like a torch". Konjunktiv I
  paraphrases of a fact, a cause or a plan are check-worthy with the speaker their own
  attribution gives ("Grund seien Probleme mit dem Bohrer, ..., sagte Esa-Explorationsdirektor
  Bruno Castellani.", "Das deute auf flüssiges Magma im Untergrund hin, so Studienautorin Lea
  Caflisch.", "..., ein dritter Flug solle in etwa sechs Monaten folgen.", "..., Deutschland
  bleibe damit zweitgrößter Beitragszahler der Esa.", "..., der Umbau des LHC liege im
  Zeitplan."; hundred-fifty-fifth, hundred-seventy-first). A figure stated with its own
  caveat stays check-worthy ("Die Abweichung ... liege bei 2,8 Sigma und sei damit noch kein
  Beweis, ..." -> "Jan-Philipp Wendland"), while a caution that only tells the reader how to
  take a result is a negative ("Outside researchers cautioned that methane can also come from
  geological processes ...", "The researchers cautioned that the sample was small ... with
  only eight in the group." with count 8 labelled, "Andere Kosmologen mahnen zur Vorsicht,
  ..."; hundred-forty-seventh, hundred-fifty-fifth). Forecasts with a figure are check-worthy
  ("Bis 2100 könnten ... mehr als 90 Prozent ... verschwunden sein, so Rainer.", "Bis zu
  einem kommerziellen Einsatz dürften ... noch mindestens fünf Jahre vergehen.";
  hundred-eighty-second), forecasts and views without one are negatives ("Western analysts
  say China's steady progress has added urgency ...", "Der neue Zeitplan gilt unter
  Fachleuten als ehrgeizig."; forty-seventh, hundred-sixty-eighth).
- Check-worthy without a figure (25 rows; hundred-fifty-fifth, hundred-sixty-eighth,
  hundred-seventy-first): acts of record (a confirmation signal received, an instrument
  finished, a satellite launched on an Ariane 6 and on a Falcon 9, a robot's measurements,
  clouds over Galicia, nobody hurt at the launch site, meteorite fragments found, a radio
  telescope's detection), publication lines ("Die Ergebnisse erschienen in der
  Fachzeitschrift «Astronomy & Astrophysics».", "... appeared in the journal npj
  Microgravity.", „Nature Astronomy“, „The Cryosphere“, "Global Change Biology",
  «Geophysical Research Letters»), a minister's and an official's stated positions ("Science
  Minister Owen Pritchard said the government remained committed to launches from Scotland
  ..." -> "Owen Pritchard"; "A White House budget official said the agency would focus ..."),
  Congress's earlier vote, diplomats' report that member states asked about the rover ("...,
  hieß es aus Diplomatenkreisen." unchecked, first batch), a lead author's finding, a
  stated interpretation, a schedule held, a statement of record ("Only the United States,
  Russia and China have so far sent people into orbit ..." - no figure is written), "The
  asteroid is too faint to be seen with the naked eye." and the law on finds ("In England,
  meteorites found on private land belong to the landowner."; hundred-seventy-first: "Nach
  Schweizer Recht gehören archäologische Funde dem Kanton").
- Physical measures are counts (fourth, hundred-thirty-fifth, hundred-forty-seventh,
  hundred-sixtieth, hundred-sixty-eighth). Distances: "rund 5,2 Milliarden Kilometer"
  5,200,000,000 "about" and "etwa 412 Millionen Kilometer" 412,000,000 "about" (the scale
  word read as written, hundred-sixty-eighth), "about 190,000 km", "in rund 400 Kilometern
  Höhe", "aus 705 Kilometern Höhe", "about 380 kilometres", "about 290 kilometres wide",
  "etwa 36 Kilometern", "in rund 40 bis 60 Kilometern Tiefe" 40 "about" and 60 (the hedge on
  its own figure, hundred-seventy-first: "etwa 25 bis 30 Jahre alt"), "von 1,2 Kilometern
  Länge", "aus bis zu zwei Metern Tiefe" "up_to", "höchstens 70 Meter am Tag" "at_most"
  (hundred-seventy-first: "höchstens"; "am Tag" none), "auf 3.000 Metern Seehöhe"; light
  years ("rund 190 Lichtjahre", "etwa 1.350 Lichtjahre", "about 124 light years", "etwa zehn
  Milliarden Lichtjahre" 10,000,000,000 "about", "about 8 billion light years"
  8,000,000,000 "about"; hundred-forty-seventh: "about 48 light years"). New: "about 19
  light-minutes from Earth" is count 19 "about" and no duration - a distance named after the
  time light needs is a length, as a light year is, while "Funksignale brauchen knapp 23
  Minuten bis zur Sonde" is a duration of 23 minutes "nearly" (the time itself).
  Temperatures: "minus 170 Grad Celsius" -170, "minus 200 Grad Celsius", "minus 100 Grad",
  "minus 196 Grad Celsius", "minus 271 Grad" ("minus" a sign, eighty-eighth), "mit rund 900
  Grad" "about", "about 6 degrees Celsius" ("by" no hedge), "about 1.1 degrees Celsius",
  "im Schnitt 2,1 Grad über dem langjährigen Mittel" 2.1 ("im Schnitt" no hedge, "über"
  after the figure compares; hundred-thirty-third: "2.3 degrees Celsius above the long-term
  average"), "about 120 degrees Celsius (248 degrees Fahrenheit) ... minus 180 C (minus 292
  F)" four counts with the hedge on the first only (the converted figure in brackets no
  hedge, eightieth and hundred-thirty-fifth: "10 km (6 miles)"). New: a temperature in
  kelvin is a count read as written and not converted - "rund 73 Kelvin" 73 "about", "around
  370 kelvin" 370 "about", "von rund 1.100 Kelvin" 1,100 "about", "auf 77 Kelvin" 77, "bei
  rund 2 Kelvin" 2 "about"; where a row gives both scales ("auf minus 200 Grad Celsius
  gekühlt, das sind rund 73 Kelvin", "77 Kelvin ..., das entspricht minus 196 Grad Celsius",
  "around 370 kelvin, or about 97 degrees Celsius") each figure is a count with its own
  hedge, as a converted figure is. New: "fall below minus 230 degrees Celsius" is -230
  "under" - the sign stays with the figure and "below" keeps its hedge along the scale, as
  "below 1,500 metres" (hundred-thirty-third). Masses and sizes: "1,4 Kilogramm", "4,8
  Kilogramm", "320 Kilogramm", "1.3 kilograms", "at least 10 grams" "at_least", "rund 22
  Milliarden Tonnen" "about", "about 8.2 tonnes" "about", "Der 2,3 Tonnen schwere Satellit"
  2.3 (hundred-forty-fourth: "Der 2,8 Tonnen schwere Stand"), "The 1,900-kilogram lander"
  1,900 and "The 22-metre rocket" 22 (the compound read as written, hundred-sixty-eighth:
  "The 4.1-tonne satellite"), "The roughly 4-tonne Hayate spacecraft" 4 "about" (the hedge
  before the compound, hundred-fortieth: "the roughly 350-kilometre boundary"), "Die 28
  Meter hohe Rakete", "des geplanten 88-Kilometer-Rings" 88 (hundred-thirty-fifth:
  "40-Kilometer-Abschnitt"), "etwa 24 Kubikkilometern" and "about 350 cubic metres"
  "about"; speeds ("mit etwa 28.000 Kilometern pro Stunde", "about 11 kilometres per second,
  or roughly 40,000 km/h" - "pro Stunde" and "per second" none), "bis zu 500 Megawatt"
  "up_to", "ein Feld von 14 Tesla", "eine Magnitude von 4,1" (hundred-thirty-fifth:
  magnitudes). New: "zehn mal zehn mal 34 Zentimeter" gives counts 10, 10 and 34 - "mal"
  between lengths names the sides of a box, not a product to be worked out, and the unit
  written once serves all three (seventy-sixth). New: "Änderungen von 0,5 ppm" is count 0.5
  - parts per million are a measure of concentration and no percentage. New: "a confidence
  level of 4.1 sigma", "5 sigma" and "bei 2,8 Sigma" are counts 4.1, 5 and 2.8 - a
  significance in standard deviations read as written, as "a hazard ratio of 1.26"
  (hundred-fifty-fifth).
- Multiples are counts (hundred-sixteenth, hundred-twenty-seventh, hundred-forty-seventh,
  hundred-sixtieth): "about 8.6 times as massive as Earth" 8.6 "about" (hundred-forty-
  seventh: "about 1.4 times the size of Earth"), "etwa das Dreifache der Jupitermasse" 3
  "about", "rund fünfmal so viel" 5 "about" (the issue's "viermal"), "etwa doppelt so gross"
  2 "about" and "fast doppelt so viel" 2 "nearly" (hundred-fifty-fifth: "fast doppelt so
  viele"), "16 Mal am Tag" 16 (the issue's "100 Mal"). New: "rund 50.000-mal schwächer" is
  count 50,000 "about" - a multiple downward stays the multiple as written and is not turned
  into a fraction of 1/50,000, as "um das 90-Fache" (hundred-sixtieth) is read as written.
  New: "about 2 trillion suns" is 2,000,000,000,000 "about" - English "trillion" on the short
  scale, a mass in suns a count as "the mass of Earth" is.
- Spans, ages and durations (every batch): "nach einer siebenjährigen Reise" 7 years, "zu
  einem sechsmonatigen Aufenthalt" 6 months, "a 12-day journey" 12 days and "a planned
  180-second test firing" 180 seconds (the issue's "fünfstündigen" and "a two-week visit"),
  "viereinhalb Jahre lang" 4.5 (hundred-fifty-second: "fünfeinhalb Jahre"), "1 minute and
  41 seconds" both units (hundred-fifty-fifth: "4 Stunden und 20 Minuten"), "4,2, 6,3 und
  9,45 Tage" three durations (the unit written once, seventy-sixth), "needs 11.4 days to
  orbit" 11.4 days, "1'140 Stunden" (Swiss apostrophe,
  tenth), "86 Stunden", "14 Wochen lang", "rund 28 Stunden", "rund 64 Minuten", "rund 90
  Minuten", "rund zwei Minuten", "nach 31 Sekunden", "41 seconds into", "up to 40 seconds"
  "up_to", "less than one second in 300 million years" 1 second "under" and 300,000,000
  years, "after about 30 hours", "In den kommenden 18 Monaten", "over eight months", "at
  intervals of up to 12 months" "up_to", "six months or more" "at_least" (hundred-fifty-
  fifth: "or more"), "after one year" 1 year (hundred-fifty-fifth), "roughly 20 years of
  ageing", "about three years", "mindestens sieben Jahre lang" and "for at least the next
  100 years" "at_least", "zwei Jahre lang", "um zwei Jahre" ("um" before a difference no
  hedge), "nine years studying Saturn's moons", "an average of nine days earlier" 9 days
  ("an average of" no hedge, hundred-fifty-fifth), "about 16 days sooner", "roughly 140
  days", "in about 11 months", "in etwa sechs Monaten", "10 days to file a protest", "up to 90
  days per visit" ("per visit" none), "knapp vier Jahren" "nearly", "roughly once in 1,000
  years" 1,000 years "about" (hundred-thirty-fifth: "roughly once every 15 years"; "once" no
  count). Spans of cosmic and geological age are scaled as written (hundred-sixty-eighth,
  hundred-seventy-first): "erst rund eine Million Jahre alt" 1,000,000 years "about" ("eine"
  before "Million" is one, hundred-twentieth: "von einer Million Euro"; "erst" no hedge),
  "seit rund sechs Milliarden Jahren" 6,000,000,000 years "about", "about 4.6 billion years
  old" 4,600,000,000 years "about", "in about 30 years". Ages of people: "die 41-Jährige"
  and "Marchand, 71," (hundred-fifty-second), "Lucía Ferrer, 34," in a vox pop, labelled.
  None: "a year after landing" and "a fraction of a second" (articles), "in more than a
  century" (hundred-seventy-first: "more than a century"), "the 1970s" and "the 1990s"
  (decades, hundred-seventy-first), "nach Jahrzehnten", "last week", "last year", "next
  year", "im kommenden Jahr", "in diesem Jahr", "in the latest year", "heuer" (Austrian "this
  year"), "bis Ende des Jahrzehnts", "before the end of the decade", "im Herbst", "im März",
  "in May", "mid-December", "am Tag", "at a time", weekdays and their compounds
  ("am Dienstagabend", "am Mittwochabend", "on Thursday") and clock times ("um 21.47 Uhr",
  "um 6.12 Uhr", "at about 9.40pm" - "about" before a clock time no hedge;
  hundred-fifty-second).
- Counts otherwise (every batch): samples and tallies ("31 astronauts", "Seven of the 31"
  two counts - a definite group, forty-first -, "only eight in the group" in a negative,
  "an 186 Gletschern", "more than 2.3 million records" "over", "34 species", "mehr als 1.200
  Braune Zwerge" "over", "mehr als 1'700 bisher unbekannte Beben", "rund 2.600 Beteiligten"
  "about", "41 Millionen Galaxien", "84 such bursts, up from 29", "More than 5,000 fast radio
  bursts" "over", "four transits", "38 Forscherinnen, Forscher und Technikerinnen", "26
  Studierenden"), payloads and people ("11 payloads, six of them", "four small satellites",
  "42 Experimente, darunter 19" - "darunter" no hedge -, "18 scientific instruments,
  including six", "three astronauts", "three scientists", "four astronauts", "at least two
  astronauts" "at_least", "zwei Landegeräte", "ein System aus drei Planeten", "17
  fragments", "More than 4,000 people" "over", "about 52,000 people", "about 2,000 scientists
  and engineers", "more than 40 missions" "over", "14 people", "Japan's two Hayabusa
  missions" 2), and in a negative "mehr als zwei private Raketenanbieter" 2 "over". New: "The
  two losing bidders" is count 2 - the number word "two" counts a definite group even after
  the article, unlike "beiden" and "both" (eighty-first), which name none. None: "Hundreds of
  thousands" and "millions" (vague magnitudes, seventeenth), "Die meisten", "Viele Herde",
  "Einige Mitgliedstaaten", "one of" forms.
- Names and designations carry no figure (hundred-forty-seventh: "LHS 3197 c";
  hundred-fifty-third: "Formel 1"; hundred-sixty-eighth: "Ariane 6"): "Falcon 9", "Falcon
  Heavy", "Long March 5", "H3", "Chang'e-7", "Vega-C-Rakete", "TOI-7731 b", "npj
  Microgravity", "Ariane 6" in "der sechste Flug einer Ariane 6" (ordinal 6 only). New: "an
  Bord einer Ariane-6-Rakete" and "mit einer Falcon-9-Rakete" carry none - a launcher's type
  name stays a name inside a hyphenated compound, while a figure heading a compound of a
  unit counts ("88-Kilometer-Rings", the issue's "28-Punkte-Entwurf"). New: "designated 2026
  JK4" carries no year and no count - an asteroid's provisional designation is an
  identifier even where its first part looks like a year, as "LHS 3197 c"
  (hundred-forty-seventh) and "Region IX" (hundred-seventy-first) are.
- Ordinals and fractions (the issue; every batch): "the company's second attempt" 2, "a
  second laser altimeter" 2 (hundred-fifty-second: "a second passport"), "Lunaris's first
  lander" 1, "Britain's first vertical launch" 1, "die zweite Frau aus Deutschland ... und
  die 14. Person aus Deutschland im All" 2 and 14, "der sechste Flug ... und der dritte in
  diesem Jahr" 6 and 3 (the elliptic ordinal, hundred-forty-third), "its first astronaut
  flight" and "the first crewed flight" 1, "the country's first total solar eclipse" 1, "der
  vierte Satellit ... und der erste" 4 and 1, "Erste Signale" 1 (hundred-sixty-eighth: "the
  first images"), "the first samples" 1, "the fifth woman" 5, "bei ihrem zweiten Testflug"
  2, "Beim ersten Versuch" 1, "ein dritter Flug" 3, "in der ersten Dezemberwoche" 1
  (hundred-sixty-eighth: "in der zweiten Jahreshälfte"), "zweitgrößter Beitragszahler" 2
  (the issue's "die drittgrößte Stadt"), "its first module" 1, "since the first was spotted"
  1. None: "first handed out" (an adverb, hundred-seventy-first: "first revealed"),
  "Erstmals" (hundred-fifty-ninth: "erstmals"), "der innerste", "der heisseste", "die
  leichtesten", "Die entferntesten", "the most distant", "The biggest shift", "The largest
  of", "the larger Martian moon" and "den grössten Anteil" (superlatives and comparatives
  without a number word rank nothing, hundred-fifty-second). Fractions: "rund zwei
  Dritteln" 0.6667 "about", "knapp ein Drittel davon" 0.3333 "nearly" ("davon" no hedge),
  "Ein Viertel der gefundenen Objekte" 0.25, "fast ein Drittel ihrer Eismasse" 0.3333
  "nearly", "knapp ein Viertel der Kosten" 0.25 "nearly", "rund ein Drittel des Himmels"
  0.3333 "about", "less than half" 0.5 "under" (hundred-fifty-fifth).
- Money in the currency written (every batch): EUR ("rund 640 Millionen Euro" -
  "einschließlich Start" no hedge -, "4,3 Millionen Euro", "rund 35 Millionen Euro", "rund
  480 Millionen Euro", "um rund 310 Millionen Euro auf 1,72 Milliarden Euro", "9,6 Millionen
  Euro", "rund 850.000 Euro", "rund 1,1 Milliarden Euro", "rund 410 Millionen Euro, darunter
  60 Millionen Euro", "rund 2,4 Milliarden Euro", "gut 1,3 Milliarden Euro" "over" - "gut",
  hundred-sixty-eighth -, "Rund 455 Millionen Euro", "mit 350 Millionen Euro"), USD ("$118
  million", "about $5.6 billion", "to $20.1 billion from $25.3 billion", "$1.2 billion", "up
  to $1.6 billion" "up_to"), GBP ("£20 million", "18.9 billion pounds"), CHF ("rund 55
  Millionen Franken" - "bisher" no hedge -, "rund 1,46 Milliarden Franken", "84 Millionen
  Franken"), JPY ("about 49 billion yen ($330 million)" with the bracketed dollars and no
  hedge on them, eightieth and hundred-seventy-first). New: "about 202 billion rupees" in an
  Indian story is INR - the currency of the country the copy reports on, as "3,600 yuan"
  is CNY (hundred-thirty-second). "11.5 million Swedish crowns ($1.2 million)" is SEK and USD
  - a currency named with its country's adjective is that country's, as "Danish crowns" is
  DKK (hundred-fifty-fifth) and "Egyptian pounds" EGP (hundred-seventy-first).
- Percentages as written (every batch): "by 24%" ("by" no hedge), "2.8% of the bone
  density" ("On average" no hedge, hundred-fifty-fifth), "mehr als 90 Prozent" "over",
  "occupancy of 96%", "Only about 5%" "about" ("Only" no hedge), "etwa 14 Prozent mehr als
  2026" 14 "about" and the year ("mehr als" after the figure compares, hundred-first),
  "knapp 5 Prozent" "nearly", "gut 21 Prozent" "over".
- Years and dates: "im Jahr 2019", "in March 2025" its year only (hundred-seventy-first: "in
  March 2024"), "für Herbst 2029", "seit 2022", "since 2022", "aus den Jahren 2022 bis 2025"
  both, "bis 2029", "in 2027", "seit 2000", "2022 und 2023", "Bis 2100" ("bis" before a year
  no hedge, hundred-thirty-fifth), "auf Ende 2030", "between 1970 and 2025" both, "before
  2030" ("before" no hedge, hundred-seventy-first), "von 2018 bis 2022" both, "seit 2013",
  "by 2031", "bis 2030", "in 1901", "als 2026", "since November 2000" its year only, "in
  2030", "in late 2028" its year only, "erst 2028", "in 2022", "in 2007". Dates without a
  year keep month and day ("on Feb. 3" --02-03, "on March 3", "on May 9", "on Dec. 10", "on
  Oct. 28"; hundred-fifty-second); Reuters and AFP English datelines with a day ("CAPE
  CANAVERAL, Fla., Jan 22 (Reuters)" with the state between city and day - ninety-ninth -,
  "HOUSTON, April 2 (Reuters)", "SRIHARIKOTA, India, April 29 (AFP)", "WASHINGTON, May 21
  (Reuters)", "BEIJING, July 23 (Reuters)", "TOKYO, Sept 17 (Reuters)", "STOCKHOLM, Oct 6
  (AFP)", "WASHINGTON, Nov 25 (Reuters)", "SYDNEY, Dec 16 (Reuters)") are dates without a
  year (hundred-forty-seventh, hundred-seventy-first); AP ("BALTIMORE (AP) —", "WASHINGTON
  (AP) —", "MADRID (AP) —"), PA ("LONDON (PA) -" twice, "TRURO (PA) -"), dpa, APA,
  Keystone-SDA, Reuters German ("Paris (Reuters) -", "Andøya (Reuters) -") and AFP German
  ("Kourou (AFP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "around", "roughly" "about";
  "knapp", "fast" "nearly"; "mehr als", "More than", "more than", "gut" "over"; "less than",
  "below" "under"; "bis zu", "up to" "up_to"; "mindestens", "at least", "or more"
  "at_least"; "höchstens" "at_most". No hedge: "einschließlich", "darunter", "davon",
  "bisher", "bislang", "bereits", "erst", "derzeit", "nur", "Only", "im Schnitt", "On
  average", "an average of", "um" and "by" before a difference, "seit", "since", "bis" and
  "before" before a year, "between", "so far", "über" and "mehr als" after a figure, and
  "about" before a clock time.
- Speakers, checked only in forms the earlier batches settled: "teilte die Europäische
  Weltraumorganisation mit", "teilte das Unternehmen mit" and "teilte Arianespace mit" (as
  written, hundred-sixty-eighth: "Arianespace said"); "wie das Deutsche Zentrum für Luft- und
  Raumfahrt (DLR) mitteilte" -> "das Deutsche Zentrum für Luft- und Raumfahrt", "wie die ETH
  am Mittwoch mitteilte" -> "die ETH" and "wie das Forschungszentrum am Donnerstag
  mitteilte" -> "das Forschungszentrum" (the abbreviation in brackets and the weekday
  dropped, the body named in the row before taken up by its common noun;
  hundred-fifty-fifth); "nach Angaben der Esa" -> "die Esa" (seventieth); "Laut Esa" ->
  "Esa" (hundred-fifty-fifth: "Laut RKI"); "sagte X" with the title dropped
  ("Missionsleiterin Johanna Kerschbaumer", "Projektleiterin Theresa Hochleitner",
  "Studienleiter Matthias Gisiger", "Esa-Projektleiter Dominik Fasching", "Studienleiterin
  Karin Oberhofer", "Esa-Explorationsdirektor Bruno Castellani", "Ko-Autor Jan-Philipp
  Wendland"; hundred-fifty-fifth: "DKFZ-Epidemiologe Thomas Brenninger"); "X sagte, ..."
  with the title dropped ("Firmenchef Maximilian Reithmayr", "Raumfahrtkoordinatorin Ines
  Bachhuber", "Forschungsdirektor Anders Wikström"; hundred-seventy-first: "Direktor Thomas
  Imhof sagte, ..."); "so Rainer", "so Studienautorin Lea Caflisch" and "so Institutsleiter
  Werner Haidacher" (hundred-fifty-fifth: "so BAG-Sprecherin Nadja Imfeld"). English:
  "Northlight Launch said", "NASA said" (twice) and "CSIRO said" as written
  (hundred-sixty-eighth: "Arianespace said"); "the agency said" -> "the agency"
  (hundred-seventy-first: "the office said"); "The Planetary Society said ..." opening the
  row -> "the Planetary Society" (hundred-sixty-eighth); "the Indian Space Research
  Organisation said", "the China National Space Administration said", "the Royal Swedish
  Academy of Sciences said" and "the Natural History Museum said" with their article;
  "the Japan Aerospace Exploration Agency (JAXA) said" -> "the Japan Aerospace Exploration
  Agency" (the abbreviation dropped, hundred-fifty-fifth); the name with the role dropped:
  "Chief Executive Marisol Quintero said" (hundred-thirty-third: "Chief Executive Garrett
  Hollis told analysts"), "Lead author Priya Nandakumar said", "Lead author Fiona Gallagher
  said", "Lead author Gemma Thackeray said", "Lead researcher Ethan Marwick said", "Curator
  Samira Whitfield said", "Science Minister Owen Pritchard said" and "ISRO chairman Arvind
  Subramaniam said" (hundred-fifty-fifth, hundred-seventy-first). Left unchecked (None): "nach
  Esa-Angaben", "nach DLR-Angaben", "nach KIT-Angaben" (hundred-fifty-second: "nach
  LKA-Angaben"), "nach eigenen Angaben", "nach Einschätzung Wohlfahrts" (no verb of saying),
  "nach Angaben der Betreiber" (a plural group, forty-first), "hieß es aus Diplomatenkreisen"
  (first batch), documents ("einer Studie der Universität Innsbruck zufolge", "wie aus der
  Veröffentlichung hervorgeht", "wie aus dem Haushaltsentwurf hervorgeht", "according to NASA
  data", "according to government figures", "according to documents released Tuesday",
  "according to a study of more than 2.3 million records", "according to Met Office
  records", "according to figures from the Spanish Confederation of Hotels and Tourist
  Accommodation", "according to reports gathered by the UK Fireball Alliance", "according to
  NASA estimates", "a study published on Thursday found"; hundred-fifty-fifth,
  hundred-seventy-first), "The team estimates" (an estimating verb, hundred-tenth), groups
  ("a move scientists say", "Regional health services said", "the team reported"; forty-first),
  "Spain's National Geographic Institute said" (a possessive heading the source,
  eighty-third), "A White House budget official said" (a description, fortieth), "she said"
  (a pronoun, seventy-seventh), a name inside a phrase that is no attribution ("Der Dauertest
  unter Projektleiter Sebastian Wohlfahrt"), rows without attribution and all negatives,
  also those with a named speaker ("Kelly Brandt, who heads ..., said" besides has a
  relative clause between name and verb, hundred-forty-ninth).
- Negatives (hundred-forty-seventh, hundred-fifty-fifth, hundred-sixty-eighth,
  hundred-seventy-first): quotes of feeling and verdict from mission managers, researchers
  and laureates („Nach sieben Jahren Warten ...“ with 7 years labelled, "We learned more from
  that failure ...", „Für ein Institut unserer Größe ist das ein Ritterschlag“, "This is
  exactly the kind of world ...", «Solche Systeme sind wie ein Fossil ...», "Rocket science
  is hard, ...", „Ich habe mein ganzes Berufsleben ...“ with the astronaut's 41 years
  labelled, "Exercise on the station helps, ...", „Die Natur ist offenbar erfinderischer
  ...“, "There is absolutely no reason for alarm,", „Wir schauen einem Landschaftswandel in
  Echtzeit zu“, „Das ist der Beweis, ...“, «Der Mars ist kein toter Planet, ...», „Als das
  erste Piepsen kam, ...“ with ordinal 1 labelled, "We have waited a very long time ...",
  „Wenn sich das bestätigt, ...“ - a conditional, hundred-fifty-second -, "When the phone
  rang so early ...", „Jeder Flug bringt uns Daten, ...“, "It is like holding a page ...",
  «Grundlagenforschung ist eine Investition, ...», "Each burst is like a torch ..."; a
  government's "Today the whole country looked to the sky," and an agency's "Every mission
  teaches us ...", "Low Earth orbit is going to be a marketplace, ..."); labels and verdicts
  ("Wissenschaftsministerin Eva Lindmoser sprach von einem „Beweis ...“", "Die französische
  Raumfahrtagentur CNES sprach von einem „perfekten Start“.", "Castellani sagte, die Mission
  sei „zu wichtig, ...“", "Der Industrieverband BDI nannte die Mittel „...“", "Committee chair
  Astrid Holmqvist said the award honoured "patience as much as brilliance".", "Kelly Brandt
  ... said such flybys were a useful rehearsal ...", "This is not trimming, it is
  demolition,"); cautions on reading a result (above); hopes ("Die Forschenden hoffen, ...",
  "Residents on Unst said they hoped ...", "Die Studierenden hoffen, ...", "Scientists hope
  the samples will settle ..."); open questions ("Ob Europa mit der neuen Rakete ... ist
  unter Fachleuten umstritten.", "Ob einige der Objekte frei fliegende Planeten sind, ...",
  "Some scientists have questioned whether ..."); opinions, fears and complaints ("Kritiker
  halten die bemannte Raumfahrt ... für verzichtbar.", "Critics have questioned the cost
  ...", "Scientists fear the cuts ...", "Netzbetreiber geben sich bislang zurückhaltend, ...",
  "Western analysts say ...", "Branchenbeobachter bezweifeln, ..." with count 2 "over"
  labelled, "Die Linke kritisierte, ...", "Critics warn that any gap ...", "Umweltverbände
  kritisieren ...", "Some scientists suspect magnetars ..." - hundred-fifty-fifth:
  "vermuten Fachleute" -, "Der neue Zeitplan gilt unter Fachleuten als ehrgeizig."); advice,
  appeals and service lines ("Der Alpenverein rät, ...", "Doctors urged anyone with blurred
  vision ...", "Volunteers can log their own sightings on the trust's website.", "The museum
  asked anyone who finds a dark, unusual stone ..."; hundred-fifty-second); and a vox pop
  ("It felt like the whole world was holding its breath," with Lucía Ferrer's 34 years
  labelled; hundred-seventy-first: "Tamika Rowland, 41,").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_185 = [
    # --- Esa-Sonde Corvina erreicht Kometen (dpa, January 13) ---
    (
        "de",
        "Darmstadt (dpa) - Die Esa-Raumsonde Corvina hat nach einer siebenjährigen Reise den Kometen Tallinger erreicht.",
        True,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Das Bestätigungssignal traf am Dienstagabend um 21.47 Uhr im Kontrollzentrum in Darmstadt ein, teilte die Europäische Weltraumorganisation mit.",
        True,
        [],
        "die Europäische Weltraumorganisation",
    ),
    (
        "de",
        "Corvina hat seit dem Start im Jahr 2019 rund 5,2 Milliarden Kilometer zurückgelegt.",
        True,
        [("year", 2019, None, None), ("count", 5200000000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Komet ist derzeit etwa 412 Millionen Kilometer von der Erde entfernt, Funksignale brauchen knapp 23 Minuten bis zur Sonde.",
        True,
        [("count", 412000000, None, "about"), ("duration", 23, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Auf der Oberfläche des Kometenkerns herrschen nach Esa-Angaben Temperaturen von minus 170 Grad Celsius.",
        True,
        [("count", -170, None, None)],
        None,
    ),
    (
        "de",
        "Die Mission kostet einschließlich Start rund 640 Millionen Euro, sagte Missionsleiterin Johanna Kerschbaumer.",
        True,
        [("money", 640000000, "EUR", "about")],
        "Johanna Kerschbaumer",
    ),
    (
        "de",
        "In den kommenden 18 Monaten soll Corvina den Kometen auf dem Weg zur Sonne begleiten und zwei Landegeräte absetzen.",
        True,
        [("duration", 18, "month", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Nach sieben Jahren Warten ist das ein Moment, den ich nie vergessen werde“, sagte Kerschbaumer.",
        False,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Die Forschenden hoffen, im Eis des Kometen Spuren der ältesten Bausteine des Sonnensystems zu finden.",
        False,
        [],
        None,
    ),
    # --- Private lunar lander launched (Reuters, Jan 22) ---
    (
        "en",
        "CAPE CANAVERAL, Fla., Jan 22 (Reuters) - A Falcon 9 rocket carrying a robotic lunar lander built by Houston-based Lunaris Systems lifted off from Florida early on Thursday, the company's second attempt to reach the moon.",
        True,
        [("date", "--01-22", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The 1,900-kilogram lander, named Tern, is due to touch down near the lunar south pole on Feb. 3 after a 12-day journey.",
        True,
        [("count", 1900, None, None), ("date", "--02-03", None, None), ("duration", 12, "day", None)],
        None,
    ),
    (
        "en",
        "It carries 11 payloads, six of them for NASA under a contract worth $118 million.",
        True,
        [("count", 11, None, None), ("count", 6, None, None), ("money", 118000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Lunaris's first lander tipped over on touchdown in March 2025 and stopped transmitting after about 30 hours.",
        True,
        [("ordinal", 1, None, None), ("year", 2025, None, None), ("duration", 30, "hour", "about")],
        None,
    ),
    (
        "en",
        "Temperatures at the landing site range from about 120 degrees Celsius (248 degrees Fahrenheit) in daylight to minus 180 C (minus 292 F) in shadow, according to NASA data.",
        True,
        [
            ("count", 120, None, "about"),
            ("count", 248, None, None),
            ("count", -180, None, None),
            ("count", -292, None, None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Marisol Quintero said engineers had redesigned the landing legs and added a second laser altimeter.",
        True,
        [("ordinal", 2, None, None)],
        "Marisol Quintero",
    ),
    ("en", '"We learned more from that failure than from any success," Quintero said.', False, [], None),
    (
        "en",
        "Some scientists have questioned whether commercial landers can deliver the reliability that NASA's science programme needs.",
        False,
        [],
        None,
    ),
    # --- Grazer Magnetometer fertig (APA, February 4) ---
    (
        "de",
        "Graz (APA) - Das Institut für Weltraumforschung (IWF) der Österreichischen Akademie der Wissenschaften hat ein Magnetometer für die geplante Esa-Mission Vireo fertiggestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Gerät wiegt 1,4 Kilogramm und soll Magnetfelder messen, die rund 50.000-mal schwächer sind als das Erdmagnetfeld.",
        True,
        [("count", 1.4, None, None), ("count", 50000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Sensoren werden dafür auf minus 200 Grad Celsius gekühlt, das sind rund 73 Kelvin.",
        True,
        [("count", -200, None, None), ("count", 73, None, "about")],
        None,
    ),
    (
        "de",
        "An der Entwicklung arbeiteten 38 Forscherinnen, Forscher und Technikerinnen viereinhalb Jahre lang, sagte Projektleiterin Theresa Hochleitner.",
        True,
        [("count", 38, None, None), ("duration", 4.5, "year", None)],
        "Theresa Hochleitner",
    ),
    (
        "de",
        "Die Kosten von 4,3 Millionen Euro trägt zu rund zwei Dritteln die Forschungsförderungsgesellschaft FFG.",
        True,
        [("money", 4300000, "EUR", None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Der Start ist für Herbst 2029 mit einer Vega-C-Rakete vom europäischen Weltraumbahnhof Kourou geplant.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    ("de", "„Für ein Institut unserer Größe ist das ein Ritterschlag“, sagte Hochleitner.", False, [], None),
    (
        "de",
        "Wissenschaftsministerin Eva Lindmoser sprach von einem „Beweis für die Stärke der heimischen Weltraumforschung“.",
        False,
        [],
        None,
    ),
    # --- Webb finds methane on distant planet (AP, February) ---
    (
        "en",
        "BALTIMORE (AP) — Astronomers have detected carbon dioxide and methane with the James Webb Space Telescope in the atmosphere of a planet about 124 light years from Earth.",
        True,
        [("count", 124, None, "about")],
        None,
    ),
    (
        "en",
        "The planet, designated TOI-7731 b, is about 8.6 times as massive as Earth and needs 11.4 days to orbit its dim red host star.",
        True,
        [("count", 8.6, None, "about"), ("duration", 11.4, "day", None)],
        None,
    ),
    (
        "en",
        "The team estimates the temperature in its upper atmosphere at around 370 kelvin, or about 97 degrees Celsius.",
        True,
        [("count", 370, None, "about"), ("count", 97, None, "about")],
        None,
    ),
    (
        "en",
        "The findings, based on four transits observed over eight months, were published Wednesday in The Astrophysical Journal Letters.",
        True,
        [("count", 4, None, None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Lead author Priya Nandakumar said the methane signal had been detected at a confidence level of 4.1 sigma.",
        True,
        [("count", 4.1, None, None)],
        "Priya Nandakumar",
    ),
    ("en", "Physicists usually require 5 sigma before they claim a discovery.", True, [("count", 5, None, None)], None),
    (
        "en",
        "Outside researchers cautioned that methane can also come from geological processes and is not by itself a sign of life.",
        False,
        [],
        None,
    ),
    ("en", '"This is exactly the kind of world Webb was built to study," Nandakumar said.', False, [], None),
    # --- Cheops findet Dreifachsystem (Keystone-SDA, March 5) ---
    (
        "de",
        "Bern (Keystone-SDA) - Berner Astronominnen und Astronomen haben mithilfe des Satelliten Cheops ein System aus drei Planeten entdeckt, die ihren Stern in einem festen Takt umkreisen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Stern liegt rund 190 Lichtjahre von der Erde entfernt im Sternbild Fuhrmann.",
        True,
        [("count", 190, None, "about")],
        None,
    ),
    (
        "de",
        "Für einen Umlauf brauchen die Planeten 4,2, 6,3 und 9,45 Tage, wie aus der Veröffentlichung hervorgeht.",
        True,
        [("duration", 4.2, "day", None), ("duration", 6.3, "day", None), ("duration", 9.45, "day", None)],
        None,
    ),
    (
        "de",
        "Der innerste ist etwa doppelt so gross wie die Erde und mit rund 900 Grad der heisseste.",
        True,
        [("count", 2, None, "about"), ("count", 900, None, "about")],
        None,
    ),
    (
        "de",
        "Die Auswertung stützt sich auf 1'140 Stunden Beobachtungszeit aus den Jahren 2022 bis 2025, sagte Studienleiter Matthias Gisiger.",
        True,
        [("duration", 1140, "hour", None), ("year", 2022, None, None), ("year", 2025, None, None)],
        "Matthias Gisiger",
    ),
    ("de", "Die Ergebnisse erschienen in der Fachzeitschrift «Astronomy & Astrophysics».", True, [], None),
    (
        "de",
        "Die Schweiz hat bisher rund 55 Millionen Franken in Cheops investiert, die Mission wurde bis 2029 verlängert.",
        True,
        [("money", 55000000, "CHF", "about"), ("year", 2029, None, None)],
        None,
    ),
    ("de", "«Solche Systeme sind wie ein Fossil aus der Kinderstube der Planeten», sagte Gisiger.", False, [], None),
    # --- First UK vertical launch delayed (PA, March 11) ---
    (
        "en",
        "LONDON (PA) - Britain's first vertical launch of a rocket into orbit has been put back until at least the autumn after an engine test failed, Northlight Launch said.",
        True,
        [("ordinal", 1, None, None)],
        "Northlight Launch",
    ),
    (
        "en",
        "The 22-metre rocket had been due to lift off from SaxaVord Spaceport on Unst, Shetland, in May carrying four small satellites.",
        True,
        [("count", 22, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "An engine shut down 41 seconds into a planned 180-second test firing on March 3.",
        True,
        [("duration", 41, "second", None), ("duration", 180, "second", None), ("date", "--03-03", None, None)],
        None,
    ),
    (
        "en",
        "The UK Space Agency has put £20 million into the project through grants since 2022.",
        True,
        [("money", 20000000, "GBP", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Science Minister Owen Pritchard said the government remained committed to launches from Scotland before the end of the decade.",
        True,
        [],
        "Owen Pritchard",
    ),
    (
        "en",
        "Britain's space sector employs about 52,000 people and earned income of 18.9 billion pounds in the latest year, according to government figures.",
        True,
        [("count", 52000, None, "about"), ("money", 18900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Rocket science is hard, and setbacks are part of the job," Northlight\'s chief executive said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents on Unst said they hoped the delay would not cost the island the jobs it had been promised.",
        False,
        [],
        None,
    ),
    # --- Deutsche Astronautin fliegt zur ISS (dpa, March 24) ---
    (
        "de",
        "Köln (dpa) - Die deutsche Esa-Astronautin Lena Brückmann ist zu einem sechsmonatigen Aufenthalt auf der Internationalen Raumstation ISS aufgebrochen.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Sie ist die zweite Frau aus Deutschland auf der ISS und die 14. Person aus Deutschland im All, wie das Deutsche Zentrum für Luft- und Raumfahrt (DLR) mitteilte.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 14, None, None)],
        "das Deutsche Zentrum für Luft- und Raumfahrt",
    ),
    (
        "de",
        "Die Kapsel hob um 6.12 Uhr vom Kennedy Space Center in Florida ab und soll nach rund 28 Stunden an der Station andocken.",
        True,
        [("duration", 28, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die ISS umkreist die Erde in rund 400 Kilometern Höhe mit etwa 28.000 Kilometern pro Stunde, 16 Mal am Tag.",
        True,
        [("count", 400, None, "about"), ("count", 28000, None, "about"), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "An Bord soll Brückmann 42 Experimente betreuen, darunter 19 aus Deutschland.",
        True,
        [("count", 42, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Der deutsche Anteil an den Kosten der Mission liegt nach DLR-Angaben bei rund 35 Millionen Euro.",
        True,
        [("money", 35000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Ich habe mein ganzes Berufsleben auf diesen Moment hingearbeitet“, sagte die 41-Jährige vor dem Start.",
        False,
        [("duration", 41, "year", None)],
        None,
    ),
    ("de", "Kritiker halten die bemannte Raumfahrt angesichts ihrer Kosten für verzichtbar.", False, [], None),
    # --- Astronauts' bone loss study (Reuters, April 2) ---
    (
        "en",
        "HOUSTON, April 2 (Reuters) - Astronauts who spend six months or more on the International Space Station lose bone in the hip and spine that many do not fully regain a year after landing, a study published on Thursday found.",
        True,
        [("date", "--04-02", None, None), ("duration", 6, "month", "at_least")],
        None,
    ),
    (
        "en",
        "Researchers scanned 31 astronauts before their flights and again at intervals of up to 12 months after their return.",
        True,
        [("count", 31, None, None), ("duration", 12, "month", "up_to")],
        None,
    ),
    (
        "en",
        "On average the crew members lost 2.8% of the bone density in their hips, equal to roughly 20 years of ageing on Earth.",
        True,
        [("percent", 2.8, "%", None), ("duration", 20, "year", "about")],
        None,
    ),
    (
        "en",
        "Seven of the 31 had recovered less than half of the lost bone after one year.",
        True,
        [
            ("count", 7, None, None),
            ("count", 31, None, None),
            ("fraction", 0.5, None, "under"),
            ("duration", 1, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The study, funded by NASA and the Canadian Space Agency, appeared in the journal npj Microgravity.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Lead author Fiona Gallagher said a crewed round trip to Mars could take about three years.",
        True,
        [("duration", 3, "year", "about")],
        "Fiona Gallagher",
    ),
    (
        "en",
        "The researchers cautioned that the sample was small and that women were under-represented, with only eight in the group.",
        False,
        [("count", 8, None, None)],
        None,
    ),
    ("en", '"Exercise on the station helps, but it clearly is not enough," Gallagher said.', False, [], None),
    # --- Ariane 6 bringt Klimasatelliten ins All (AFP German, April 16) ---
    (
        "de",
        "Kourou (AFP) - Der europäische Klimasatellit Meridian ist am Mittwochabend an Bord einer Ariane-6-Rakete ins All gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 2,3 Tonnen schwere Satellit trennte sich rund 64 Minuten nach dem Start von der Oberstufe, teilte Arianespace mit.",
        True,
        [("count", 2.3, None, None), ("duration", 64, "minute", "about")],
        "Arianespace",
    ),
    (
        "de",
        "Meridian soll aus 705 Kilometern Höhe mindestens sieben Jahre lang den Kohlendioxidgehalt der Atmosphäre vermessen.",
        True,
        [("count", 705, None, None), ("duration", 7, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Instrumente erkennen Änderungen von 0,5 ppm, sagte Esa-Projektleiter Dominik Fasching.",
        True,
        [("count", 0.5, None, None)],
        "Dominik Fasching",
    ),
    (
        "de",
        "Die Mission kostet die Esa rund 480 Millionen Euro, knapp ein Drittel davon entfällt auf den Start.",
        True,
        [("money", 480000000, "EUR", "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Es war bereits der sechste Flug einer Ariane 6 und der dritte in diesem Jahr.",
        True,
        [("ordinal", 6, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Die französische Raumfahrtagentur CNES sprach von einem „perfekten Start“.", False, [], None),
    (
        "de",
        "Ob Europa mit der neuen Rakete preislich mit SpaceX mithalten kann, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- India's uncrewed capsule test (AFP, April 29) ---
    (
        "en",
        "SRIHARIKOTA, India, April 29 (AFP) - India launched an uncrewed capsule carrying a humanoid robot into orbit on Wednesday, a key test before its first astronaut flight, the Indian Space Research Organisation said.",
        True,
        [("date", "--04-29", None, None), ("ordinal", 1, None, None)],
        "the Indian Space Research Organisation",
    ),
    (
        "en",
        "The capsule circled Earth at an altitude of about 380 kilometres for three days and then came down by parachute in the Bay of Bengal.",
        True,
        [("count", 380, None, "about"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The robot, called Vyommitra, monitored cabin temperature, pressure and carbon dioxide levels throughout the flight.",
        True,
        [],
        None,
    ),
    (
        "en",
        "India has budgeted about 202 billion rupees for its human spaceflight programme, according to government figures.",
        True,
        [("money", 202000000000, "INR", "about")],
        None,
    ),
    (
        "en",
        "ISRO chairman Arvind Subramaniam said the first crewed flight, with three astronauts, would take place in 2027.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("year", 2027, None, None)],
        "Arvind Subramaniam",
    ),
    (
        "en",
        "Only the United States, Russia and China have so far sent people into orbit on their own rockets.",
        True,
        [],
        None,
    ),
    ("en", '"Today the whole country looked to the sky," a government spokesman said.', False, [], None),
    (
        "en",
        "Critics have questioned the cost of the programme in a country where millions still lack a reliable power supply.",
        False,
        [],
        None,
    ),
    # --- Braune Zwerge in jungem Sternhaufen (dpa, May 13) ---
    (
        "de",
        "Heidelberg (dpa) - Astronomen des Max-Planck-Instituts für Astronomie haben in einem jungen Sternhaufen mehr als 1.200 Braune Zwerge aufgespürt.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    (
        "de",
        "Der Sternhaufen ist etwa 1.350 Lichtjahre entfernt und erst rund eine Million Jahre alt.",
        True,
        [("count", 1350, None, "about"), ("duration", 1000000, "year", "about")],
        None,
    ),
    (
        "de",
        "Die leichtesten Objekte haben nur etwa das Dreifache der Jupitermasse und Oberflächentemperaturen von rund 1.100 Kelvin.",
        True,
        [("count", 3, None, "about"), ("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Viertel der gefundenen Objekte ist so leicht, dass die gängigen Modelle ihre Entstehung nicht erklären können, sagte Studienleiterin Karin Oberhofer.",
        True,
        [("fraction", 0.25, None, None)],
        "Karin Oberhofer",
    ),
    (
        "de",
        "Für die Studie werteten die Forschenden 86 Stunden Beobachtungsdaten des Weltraumteleskops James Webb aus.",
        True,
        [("duration", 86, "hour", None)],
        None,
    ),
    ("de", "Die Arbeit erschien im Fachmagazin „Nature Astronomy“.", True, [], None),
    ("de", "„Die Natur ist offenbar erfinderischer, als unsere Theorien erlauben“, sagte Oberhofer.", False, [], None),
    (
        "de",
        "Ob einige der Objekte frei fliegende Planeten sind, wollen die Forschenden mit weiteren Messungen klären.",
        False,
        [],
        None,
    ),
    # --- Asteroid to pass inside the moon's orbit (Reuters, May 21) ---
    (
        "en",
        "WASHINGTON, May 21 (Reuters) - An asteroid about 45 metres wide will pass between Earth and the moon on Saturday, coming within about 190,000 km of the planet, NASA said.",
        True,
        [("date", "--05-21", None, None), ("count", 45, None, "about"), ("count", 190000, None, "about")],
        "NASA",
    ),
    (
        "en",
        "The object, designated 2026 JK4, was discovered on May 9 by a survey telescope in Arizona.",
        True,
        [("date", "--05-09", None, None)],
        None,
    ),
    (
        "en",
        "It poses no risk of hitting Earth on this pass or for at least the next 100 years, the agency said.",
        True,
        [("duration", 100, "year", "at_least")],
        "the agency",
    ),
    (
        "en",
        "At its closest approach the asteroid will be travelling at about 11 kilometres per second, or roughly 40,000 km/h.",
        True,
        [("count", 11, None, "about"), ("count", 40000, None, "about")],
        None,
    ),
    ("en", "The asteroid is too faint to be seen with the naked eye.", True, [], None),
    (
        "en",
        "A rock of this size strikes the planet roughly once in 1,000 years, according to NASA estimates.",
        True,
        [("duration", 1000, "year", "about")],
        None,
    ),
    (
        "en",
        "Kelly Brandt, who heads NASA's Planetary Defense Coordination Office, said such flybys were a useful rehearsal for tracking teams.",
        False,
        [],
        None,
    ),
    ("en", '"There is absolutely no reason for alarm," Brandt said.', False, [], None),
    # --- Ostalpen-Gletscher verlieren ein Drittel (APA, June 3) ---
    (
        "de",
        "Innsbruck (APA) - Die Gletscher der Ostalpen haben einer Studie der Universität Innsbruck zufolge seit 2000 fast ein Drittel ihrer Eismasse verloren.",
        True,
        [("year", 2000, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das Team um den Glaziologen Felix Rainer wertete Satellitendaten und Messungen an 186 Gletschern in Österreich, Italien und der Schweiz aus.",
        True,
        [("count", 186, None, None)],
        None,
    ),
    (
        "de",
        "Der Verlust entspricht rund 22 Milliarden Tonnen Eis oder etwa 24 Kubikkilometern Wasser.",
        True,
        [("count", 22000000000, None, "about"), ("count", 24, None, "about")],
        None,
    ),
    (
        "de",
        "Am stärksten schmolz das Eis 2022 und 2023, als die Sommertemperaturen auf 3.000 Metern Seehöhe im Schnitt 2,1 Grad über dem langjährigen Mittel lagen.",
        True,
        [
            ("year", 2022, None, None),
            ("year", 2023, None, None),
            ("count", 3000, None, None),
            ("count", 2.1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bis 2100 könnten bei ungebremster Erwärmung mehr als 90 Prozent des heutigen Eises verschwunden sein, so Rainer.",
        True,
        [("year", 2100, None, None), ("percent", 90, "%", "over")],
        "Rainer",
    ),
    ("de", "Die Studie erschien im Fachjournal „The Cryosphere“.", True, [], None),
    ("de", "„Wir schauen einem Landschaftswandel in Echtzeit zu“, sagte Rainer.", False, [], None),
    (
        "de",
        "Der Alpenverein rät, Gletscherrouten im Spätsommer nur mit erfahrener Führung zu begehen.",
        False,
        [],
        None,
    ),
    # --- White House proposes NASA science cuts (AP, June 10) ---
    (
        "en",
        "WASHINGTON (AP) — NASA's science budget would shrink by 24% next year to about $5.6 billion under a White House proposal, a move scientists say would end more than 40 missions.",
        True,
        [("percent", 24, "%", None), ("money", 5600000000, "USD", "about"), ("count", 40, None, "over")],
        None,
    ),
    (
        "en",
        "NASA's overall budget would fall to $20.1 billion from $25.3 billion, according to documents released Tuesday.",
        True,
        [("money", 20100000000, "USD", None), ("money", 25300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Among the projects facing cancellation is the Osprey orbiter, which has spent nine years studying Saturn's moons at a cost of $1.2 billion.",
        True,
        [("duration", 9, "year", None), ("money", 1200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Planetary Society said the plan would cost about 2,000 scientists and engineers their jobs at universities and NASA centers.",
        True,
        [("count", 2000, None, "about")],
        "the Planetary Society",
    ),
    ("en", "Congress, which sets the final budget, rejected similar cuts last year.", True, [], None),
    (
        "en",
        '"This is not trimming, it is demolition," said Casey Nordgren, a planetary scientist at Cornell University.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A White House budget official said the agency would focus its resources on returning astronauts to the moon before China does.",
        True,
        [],
        None,
    ),
    ("en", "Scientists fear the cuts could do lasting damage to a generation of young researchers.", False, [], None),
    # --- Marsrover Tessera wird teurer (Reuters German, June 25) ---
    (
        "de",
        "Paris (Reuters) - Die Kosten für den europäischen Marsrover Tessera steigen nach Angaben der Esa um rund 310 Millionen Euro auf 1,72 Milliarden Euro.",
        True,
        [("money", 310000000, "EUR", "about"), ("money", 1720000000, "EUR", None)],
        "die Esa",
    ),
    (
        "de",
        "Der Start verschiebt sich um zwei Jahre auf Ende 2030.",
        True,
        [("duration", 2, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Grund seien Probleme mit dem Bohrer, der Proben aus bis zu zwei Metern Tiefe holen soll, sagte Esa-Explorationsdirektor Bruno Castellani.",
        True,
        [("count", 2, None, "up_to")],
        "Bruno Castellani",
    ),
    (
        "de",
        "Der Rover soll 320 Kilogramm wiegen und höchstens 70 Meter am Tag zurücklegen.",
        True,
        [("count", 320, None, None), ("count", 70, None, "at_most")],
        None,
    ),
    ("de", "Deutschland trägt knapp ein Viertel der Kosten.", True, [("fraction", 0.25, None, "nearly")], None),
    (
        "de",
        "Laut Esa liefert die Nasa die Heizelemente, die den Rover bei Nachttemperaturen von minus 100 Grad warm halten sollen.",
        True,
        [("count", -100, None, None)],
        "Esa",
    ),
    ("de", "Castellani sagte, die Mission sei „zu wichtig, um sie scheitern zu lassen“.", False, [], None),
    (
        "de",
        "Einige Mitgliedstaaten haben intern bereits gefragt, ob sich das Projekt noch lohnt, hieß es aus Diplomatenkreisen.",
        True,
        [],
        None,
    ),
    ("de", "Der neue Zeitplan gilt unter Fachleuten als ehrgeizig.", False, [], None),
    # --- Migrant birds arriving earlier (PA, July 1) ---
    (
        "en",
        "LONDON (PA) - Swallows and other migrant birds are arriving in Britain an average of nine days earlier than in the 1970s, according to a study of more than 2.3 million records.",
        True,
        [("duration", 9, "day", None), ("count", 2300000, None, "over")],
        None,
    ),
    (
        "en",
        "Researchers at the British Trust for Ornithology analysed sightings of 34 species submitted by volunteers between 1970 and 2025.",
        True,
        [("count", 34, None, None), ("year", 1970, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "The biggest shift was in the chiffchaff, which now turns up about 16 days sooner.",
        True,
        [("duration", 16, "day", "about")],
        None,
    ),
    (
        "en",
        "Spring temperatures in central England have risen by about 1.1 degrees Celsius over the same period, according to Met Office records.",
        True,
        [("count", 1.1, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Gemma Thackeray said birds that feed on insects appeared to be adapting faster than those that eat seeds.",
        True,
        [],
        "Gemma Thackeray",
    ),
    ("en", "The study was published in the journal Global Change Biology.", True, [], None),
    ("en", '"The countryside is telling us something, and we should be listening," Thackeray said.', False, [], None),
    ("en", "Volunteers can log their own sightings on the trust's website.", False, [], None),
    # --- Supraleitendes Kabel getestet (dpa, July 15) ---
    (
        "de",
        "Karlsruhe (dpa) - Am Karlsruher Institut für Technologie (KIT) ist ein supraleitendes Stromkabel von 1,2 Kilometern Länge erfolgreich getestet worden.",
        True,
        [("count", 1.2, None, None)],
        None,
    ),
    (
        "de",
        "Das Kabel wird mit flüssigem Stickstoff auf 77 Kelvin gekühlt, das entspricht minus 196 Grad Celsius.",
        True,
        [("count", 77, None, None), ("count", -196, None, None)],
        None,
    ),
    (
        "de",
        "Es überträgt nach KIT-Angaben bis zu 500 Megawatt, rund fünfmal so viel wie ein herkömmliches Kabel gleicher Dicke.",
        True,
        [("count", 500, None, "up_to"), ("count", 5, None, "about")],
        None,
    ),
    (
        "de",
        "Der Dauertest unter Projektleiter Sebastian Wohlfahrt lief 14 Wochen lang ohne Unterbrechung.",
        True,
        [("duration", 14, "week", None)],
        None,
    ),
    (
        "de",
        "Das Bundesforschungsministerium förderte das Projekt mit 9,6 Millionen Euro.",
        True,
        [("money", 9600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis zu einem kommerziellen Einsatz dürften nach Einschätzung Wohlfahrts noch mindestens fünf Jahre vergehen.",
        True,
        [("duration", 5, "year", "at_least")],
        None,
    ),
    (
        "de",
        "„Das ist der Beweis, dass die Technik den Sprung aus dem Labor schafft“, sagte Wohlfahrt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Netzbetreiber geben sich bislang zurückhaltend, weil ihnen die Kühlung zu aufwendig erscheint.",
        False,
        [],
        None,
    ),
    # --- China launches Chang'e-7 (Reuters, July 23) ---
    (
        "en",
        "BEIJING, July 23 (Reuters) - China launched its Chang'e-7 probe to the moon's south pole on Thursday to search for water ice in permanently shadowed craters.",
        True,
        [("date", "--07-23", None, None)],
        None,
    ),
    (
        "en",
        "The probe, which weighs about 8.2 tonnes including fuel, lifted off on a Long March 5 rocket from the Wenchang launch site on Hainan island, the China National Space Administration said.",
        True,
        [("count", 8.2, None, "about")],
        "the China National Space Administration",
    ),
    (
        "en",
        "It carries 18 scientific instruments, including six from foreign partners such as Egypt, Thailand and Switzerland.",
        True,
        [("count", 18, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The mission includes a small hopping robot designed to jump into craters where temperatures can fall below minus 230 degrees Celsius.",
        True,
        [("count", -230, None, "under")],
        None,
    ),
    (
        "en",
        "The landing is planned for mid-December after a journey of roughly 140 days.",
        True,
        [("duration", 140, "day", "about")],
        None,
    ),
    (
        "en",
        "China aims to land astronauts on the moon before 2030 and plans to build a research station there with Russia.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Western analysts say China's steady progress has added urgency to NASA's own lunar plans.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Every mission teaches us something new about the moon," a spokesman for the space agency told reporters.',
        False,
        [],
        None,
    ),
    # --- Marsbeben in InSight-Daten (Keystone-SDA, August 5) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Mars bebt häufiger als gedacht: Forschende der ETH Zürich haben in den Daten der Nasa-Sonde InSight mehr als 1'700 bisher unbekannte Beben gefunden.",
        True,
        [("count", 1700, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Programm mit künstlicher Intelligenz durchsuchte dafür Messungen aus knapp vier Jahren.",
        True,
        [("duration", 4, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Die meisten Beben waren schwach, das heftigste kam auf eine Magnitude von 4,1, wie die ETH am Mittwoch mitteilte.",
        True,
        [("count", 4.1, None, None)],
        "die ETH",
    ),
    (
        "de",
        "Viele Herde liegen in rund 40 bis 60 Kilometern Tiefe unter der Region Cerberus Fossae.",
        True,
        [("count", 40, None, "about"), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Das deute auf flüssiges Magma im Untergrund hin, so Studienautorin Lea Caflisch.",
        True,
        [],
        "Lea Caflisch",
    ),
    (
        "de",
        "Die Sonde war von 2018 bis 2022 auf dem Mars in Betrieb.",
        True,
        [("year", 2018, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("de", "«Der Mars ist kein toter Planet, er lebt noch ein bisschen», sagte Caflisch.", False, [], None),
    ("de", "Die Arbeit erschien im Fachblatt «Geophysical Research Letters».", True, [], None),
    # --- Total solar eclipse over Spain (AP, August 12) ---
    (
        "en",
        "MADRID (AP) — Hundreds of thousands of people gathered across northern Spain on Wednesday to watch the country's first total solar eclipse in more than a century.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Totality lasted 1 minute and 41 seconds in Burgos, and the band of darkness was about 290 kilometres wide, Spain's National Geographic Institute said.",
        True,
        [("duration", 1, "minute", None), ("duration", 41, "second", None), ("count", 290, None, "about")],
        None,
    ),
    (
        "en",
        "Temperatures dropped by about 6 degrees Celsius in some towns as the moon's shadow passed.",
        True,
        [("count", 6, None, "about")],
        None,
    ),
    (
        "en",
        "Hotels along the path of totality reported occupancy of 96%, according to figures from the Spanish Confederation of Hotels and Tourist Accommodation.",
        True,
        [("percent", 96, "%", None)],
        None,
    ),
    ("en", "Clouds spoiled the view for spectators in parts of Galicia and Asturias.", True, [], None),
    (
        "en",
        "Regional health services said 14 people had sought treatment for eye pain after watching without protection.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("en", "Doctors urged anyone with blurred vision to see an eye specialist.", False, [], None),
    (
        "en",
        '"It felt like the whole world was holding its breath," said Lucía Ferrer, 34, a teacher from Valencia.',
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    # --- Grazer Studierendensatellit gestartet (APA, September 9) ---
    (
        "de",
        "Graz (APA) - Der an der TU Graz gebaute Kleinsatellit Murstern ist am Dienstag mit einer Falcon-9-Rakete von Kalifornien aus ins All gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der quaderförmige Satellit misst zehn mal zehn mal 34 Zentimeter und wiegt 4,8 Kilogramm.",
        True,
        [("count", 10, None, None), ("count", 10, None, None), ("count", 34, None, None), ("count", 4.8, None, None)],
        None,
    ),
    (
        "de",
        "Er soll aus rund 520 Kilometern Höhe zwei Jahre lang die Helligkeit von Sternen messen.",
        True,
        [("count", 520, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Gebaut wurde Murstern von 26 Studierenden, die Kosten von rund 850.000 Euro trugen Land, Universität und Sponsoren.",
        True,
        [("count", 26, None, None), ("money", 850000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Es ist der vierte Satellit der Universität seit 2013 und der erste, der heuer aus Österreich startet, so Institutsleiter Werner Haidacher.",
        True,
        [("ordinal", 4, None, None), ("year", 2013, None, None), ("ordinal", 1, None, None)],
        "Werner Haidacher",
    ),
    (
        "de",
        "Erste Signale empfing die Bodenstation in Graz rund 90 Minuten nach dem Start.",
        True,
        [("ordinal", 1, None, None), ("duration", 90, "minute", "about")],
        None,
    ),
    (
        "de",
        "„Als das erste Piepsen kam, sind sich alle in die Arme gefallen“, sagte Haidacher.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Die Studierenden hoffen, dass der Satellit länger als geplant durchhält.", False, [], None),
    # --- Japan launches Phobos probe (Reuters, Sept 17) ---
    (
        "en",
        "TOKYO, Sept 17 (Reuters) - A Japanese probe bound for Phobos, the larger Martian moon, blasted off on Thursday, aiming to bring back the first samples from the Mars system by 2031.",
        True,
        [("date", "--09-17", None, None), ("ordinal", 1, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "The roughly 4-tonne Hayate spacecraft lifted off on an H3 rocket from the Tanegashima Space Center, the Japan Aerospace Exploration Agency (JAXA) said.",
        True,
        [("count", 4, None, "about")],
        "the Japan Aerospace Exploration Agency",
    ),
    (
        "en",
        "The spacecraft should reach Mars in about 11 months and will try to scoop up at least 10 grams of soil from the surface of Phobos.",
        True,
        [("duration", 11, "month", "about"), ("count", 10, None, "at_least")],
        None,
    ),
    (
        "en",
        "The mission costs about 49 billion yen ($330 million).",
        True,
        [("money", 49000000000, "JPY", "about"), ("money", 330000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Mars is currently about 19 light-minutes from Earth, so the probe will have to steer itself through its arrival.",
        True,
        [("count", 19, None, "about")],
        None,
    ),
    (
        "en",
        "The sample capsule is to land in the South Australian desert, as the capsules of Japan's two Hayabusa missions did.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", '"We have waited a very long time for this day," project manager Yusuke Takemura said.', False, [], None),
    (
        "en",
        "Scientists hope the samples will settle whether Phobos formed from debris thrown up by a giant impact on Mars.",
        False,
        [],
        None,
    ),
    # --- Euclid und die Dunkle Energie (dpa, September 30) ---
    (
        "de",
        "Garching (dpa) - Eine Auswertung von Daten des Esa-Weltraumteleskops Euclid stützt die Annahme, dass sich die Ausdehnung des Universums seit rund sechs Milliarden Jahren beschleunigt.",
        True,
        [("duration", 6000000000, "year", "about")],
        None,
    ),
    (
        "de",
        "Das internationale Team mit rund 2.600 Beteiligten vermaß dafür die Positionen von 41 Millionen Galaxien.",
        True,
        [("count", 2600, None, "about"), ("count", 41000000, None, None)],
        None,
    ),
    (
        "de",
        "Die entferntesten von ihnen sind etwa zehn Milliarden Lichtjahre entfernt.",
        True,
        [("count", 10000000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Abweichung vom kosmologischen Standardmodell liege bei 2,8 Sigma und sei damit noch kein Beweis, sagte Ko-Autor Jan-Philipp Wendland.",
        True,
        [("count", 2.8, None, None)],
        "Jan-Philipp Wendland",
    ),
    (
        "de",
        "Euclid soll bis 2030 rund ein Drittel des Himmels kartieren.",
        True,
        [("year", 2030, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Mission kostet die Esa nach eigenen Angaben rund 1,1 Milliarden Euro.",
        True,
        [("money", 1100000000, "EUR", "about")],
        None,
    ),
    ("de", "„Wenn sich das bestätigt, müssen wir die Lehrbücher umschreiben“, sagte Wendland.", False, [], None),
    (
        "de",
        "Andere Kosmologen mahnen zur Vorsicht, weil frühere Abweichungen dieser Art später wieder verschwunden seien.",
        False,
        [],
        None,
    ),
    # --- Nobel Prize in Physics (AFP, Oct 6) ---
    (
        "en",
        "STOCKHOLM, Oct 6 (AFP) - The Nobel Prize in Physics was awarded on Tuesday to three scientists for experiments that trapped single atoms with laser light, the Royal Swedish Academy of Sciences said.",
        True,
        [("date", "--10-06", None, None), ("count", 3, None, None)],
        "the Royal Swedish Academy of Sciences",
    ),
    (
        "en",
        "Hélène Marchand of France, Tobias Ekholm of Sweden and Ravi Deshpande of the United States will share the prize of 11.5 million Swedish crowns ($1.2 million).",
        True,
        [("money", 11500000, "SEK", None), ("money", 1200000, "USD", None)],
        None,
    ),
    (
        "en",
        "Marchand, 71, becomes the fifth woman honoured in physics since the award was first handed out in 1901.",
        True,
        [("duration", 71, "year", None), ("ordinal", 5, None, None), ("year", 1901, None, None)],
        None,
    ),
    (
        "en",
        "Their work, begun in the 1990s, made it possible to hold a single atom in place for up to 40 seconds.",
        True,
        [("duration", 40, "second", "up_to")],
        None,
    ),
    (
        "en",
        "The techniques are now used in atomic clocks that would lose less than one second in 300 million years.",
        True,
        [("duration", 1, "second", "under"), ("duration", 300000000, "year", None)],
        None,
    ),
    (
        "en",
        "The laureates are to receive their medals in Stockholm on Dec. 10.",
        True,
        [("date", "--12-10", None, None)],
        None,
    ),
    (
        "en",
        '"When the phone rang so early I was sure someone was joking," Marchand told reporters by phone from Grenoble.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Committee chair Astrid Holmqvist said the award honoured "patience as much as brilliance".',
        False,
        [],
        None,
    ),
    # --- Orbitalwerk-Rakete explodiert (Reuters German, October 21) ---
    (
        "de",
        "Andøya (Reuters) - Die Rakete des Münchner Start-ups Orbitalwerk ist bei ihrem zweiten Testflug rund zwei Minuten nach dem Abheben über dem Nordmeer explodiert.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "minute", "about")],
        None,
    ),
    (
        "de",
        "Die 28 Meter hohe Rakete erreichte eine Höhe von etwa 36 Kilometern, ehe der Kontakt abbrach, teilte das Unternehmen mit.",
        True,
        [("count", 28, None, None), ("count", 36, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Beim ersten Versuch im März war die Rakete nach 31 Sekunden ins Meer gestürzt.",
        True,
        [("ordinal", 1, None, None), ("duration", 31, "second", None)],
        None,
    ),
    (
        "de",
        "Verletzt wurde niemand, der Startplatz auf der norwegischen Insel blieb nach Angaben der Betreiber weitgehend unbeschädigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Orbitalwerk hat bei Investoren bislang rund 410 Millionen Euro eingesammelt, darunter 60 Millionen Euro vom Bund.",
        True,
        [("money", 410000000, "EUR", "about"), ("money", 60000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Firmenchef Maximilian Reithmayr sagte, ein dritter Flug solle in etwa sechs Monaten folgen.",
        True,
        [("ordinal", 3, None, None), ("duration", 6, "month", "about")],
        "Maximilian Reithmayr",
    ),
    ("de", "„Jeder Flug bringt uns Daten, die man am Boden nicht bekommt“, sagte Reithmayr.", False, [], None),
    (
        "de",
        "Branchenbeobachter bezweifeln, dass Europa bis Ende des Jahrzehnts mehr als zwei private Raketenanbieter tragen kann.",
        False,
        [("count", 2, None, "over")],
        None,
    ),
    # --- Meteorite found in Cornwall (PA, November 4) ---
    (
        "en",
        "TRURO (PA) - Fragments of a meteorite that lit up the sky over south-west England last week have been found on farmland in Cornwall, the Natural History Museum said.",
        True,
        [],
        "the Natural History Museum",
    ),
    (
        "en",
        "The largest of the 17 fragments recovered so far weighs 1.3 kilograms.",
        True,
        [("count", 17, None, None), ("count", 1.3, None, None)],
        None,
    ),
    (
        "en",
        "More than 4,000 people reported seeing the fireball at about 9.40pm on Oct. 28, according to reports gathered by the UK Fireball Alliance.",
        True,
        [("count", 4000, None, "over"), ("date", "--10-28", None, None)],
        None,
    ),
    (
        "en",
        "Curator Samira Whitfield said the rock was a carbonaceous chondrite about 4.6 billion years old, older than Earth itself.",
        True,
        [("duration", 4600000000, "year", "about")],
        "Samira Whitfield",
    ),
    (
        "en",
        "Only about 5% of meteorites that fall to Earth belong to this group, she said.",
        True,
        [("percent", 5, "%", "about")],
        None,
    ),
    ("en", "In England, meteorites found on private land belong to the landowner.", True, [], None),
    ("en", '"It is like holding a page from the solar system\'s birth certificate," Whitfield said.', False, [], None),
    (
        "en",
        "The museum asked anyone who finds a dark, unusual stone not to touch it with bare hands and to photograph it where it lies.",
        False,
        [],
        None,
    ),
    # --- Raumfahrtetat 2027 (dpa, November 18) ---
    (
        "de",
        "Berlin (dpa) - Der Bund will im kommenden Jahr rund 2,4 Milliarden Euro für die Raumfahrt ausgeben, etwa 14 Prozent mehr als 2026.",
        True,
        [("money", 2400000000, "EUR", "about"), ("percent", 14, "%", "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Davon fließen gut 1,3 Milliarden Euro an die Esa, wie aus dem Haushaltsentwurf hervorgeht.",
        True,
        [("money", 1300000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Rund 455 Millionen Euro sind für das nationale Raumfahrtprogramm vorgesehen.",
        True,
        [("money", 455000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Erstmals enthält der Etat mit 350 Millionen Euro auch einen eigenen Posten für militärische Satelliten.",
        True,
        [("money", 350000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Haushaltsausschuss des Bundestags soll den Entwurf in der ersten Dezemberwoche beraten.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Raumfahrtkoordinatorin Ines Bachhuber sagte, Deutschland bleibe damit zweitgrößter Beitragszahler der Esa.",
        True,
        [("ordinal", 2, None, None)],
        "Ines Bachhuber",
    ),
    ("de", "Der Industrieverband BDI nannte die Mittel „ein wichtiges Signal, aber zu wenig“.", False, [], None),
    (
        "de",
        "Die Linke kritisierte, dass Geld für Rüstung im All bereitgestellt werde, während Forschungsprogramme stagnierten.",
        False,
        [],
        None,
    ),
    # --- NASA picks commercial station (Reuters, Nov 25) ---
    (
        "en",
        "WASHINGTON, Nov 25 (Reuters) - NASA on Wednesday picked Halcyon Orbital to build a commercial successor to the International Space Station, awarding it a contract worth up to $1.6 billion.",
        True,
        [("date", "--11-25", None, None), ("money", 1600000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "The ISS, continuously crewed since November 2000, is to be steered into the Pacific Ocean in 2030.",
        True,
        [("year", 2000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Halcyon's station would house four astronauts and offer about 350 cubic metres of pressurised space.",
        True,
        [("count", 4, None, None), ("count", 350, None, "about")],
        None,
    ),
    (
        "en",
        "The company plans to launch its first module in late 2028 on a Falcon Heavy rocket.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "NASA said it expected to buy space for at least two astronauts at a time, for up to 90 days per visit.",
        True,
        [("count", 2, None, "at_least"), ("duration", 90, "day", "up_to")],
        "NASA",
    ),
    (
        "en",
        "The two losing bidders have 10 days to file a protest with the Government Accountability Office.",
        True,
        [("count", 2, None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "Critics warn that any gap between the retirement of the ISS and a new station could leave the United States without a foothold in orbit.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Low Earth orbit is going to be a marketplace, not a monument," the agency\'s head of commercial spaceflight said.',
        False,
        [],
        None,
    ),
    # --- CERN-Budget (Keystone-SDA, December 3) ---
    (
        "de",
        "Genf (Keystone-SDA) - Der CERN-Rat hat für das kommende Jahr ein Budget von rund 1,46 Milliarden Franken genehmigt.",
        True,
        [("money", 1460000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Schweiz trägt davon knapp 5 Prozent, Deutschland mit gut 21 Prozent den grössten Anteil, wie das Forschungszentrum am Donnerstag mitteilte.",
        True,
        [("percent", 5, "%", "nearly"), ("percent", 21, "%", "over")],
        "das Forschungszentrum",
    ),
    (
        "de",
        "Zudem sprach der Rat 84 Millionen Franken für die Entwicklung neuer Magnete, die bei minus 271 Grad betrieben werden.",
        True,
        [("money", 84000000, "CHF", None), ("count", -271, None, None)],
        None,
    ),
    (
        "de",
        "Die Magnete sollen bei rund 2 Kelvin ein Feld von 14 Tesla erzeugen, fast doppelt so viel wie jene des heutigen Beschleunigers LHC.",
        True,
        [("count", 2, None, "about"), ("count", 14, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Über den Bau des geplanten 88-Kilometer-Rings will der Rat erst 2028 entscheiden.",
        True,
        [("count", 88, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Forschungsdirektor Anders Wikström sagte, der Umbau des LHC liege im Zeitplan.",
        True,
        [],
        "Anders Wikström",
    ),
    (
        "de",
        "«Grundlagenforschung ist eine Investition, deren Rendite man erst nach Jahrzehnten sieht», sagte Wikström.",
        False,
        [],
        None,
    ),
    ("de", "Umweltverbände kritisieren den hohen Stromverbrauch der Anlage.", False, [], None),
    # --- Fast radio burst traced (Reuters, Dec 16) ---
    (
        "en",
        "SYDNEY, Dec 16 (Reuters) - Australian astronomers have traced a powerful burst of radio waves to a galaxy about 8 billion light years away, the most distant source of its kind yet pinned down.",
        True,
        [("date", "--12-16", None, None), ("count", 8000000000, None, "about")],
        None,
    ),
    (
        "en",
        "The burst lasted a fraction of a second but released as much energy as the sun gives off in about 30 years, the team reported in the journal Science.",
        True,
        [("duration", 30, "year", "about")],
        None,
    ),
    (
        "en",
        "It was picked up by the ASKAP radio telescope in Western Australia, which is run by the national science agency CSIRO.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Astronomers have now located the home galaxies of 84 such bursts, up from 29 in 2022, CSIRO said.",
        True,
        [("count", 84, None, None), ("count", 29, None, None), ("year", 2022, None, None)],
        "CSIRO",
    ),
    (
        "en",
        "Lead researcher Ethan Marwick said the burst had passed through gas with the mass of about 2 trillion suns on its way to Earth.",
        True,
        [("count", 2000000000000, None, "about")],
        "Ethan Marwick",
    ),
    (
        "en",
        "More than 5,000 fast radio bursts have been catalogued since the first was spotted in 2007.",
        True,
        [("count", 5000, None, "over"), ("ordinal", 1, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Some scientists suspect magnetars, the dense remnants of collapsed stars, are behind many of the bursts.",
        False,
        [],
        None,
    ),
    ("en", '"Each burst is like a torch shining through the whole universe," Marwick said.', False, [], None),
]
