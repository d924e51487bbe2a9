"""Three-hundred-and-forty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, missions and figures are
made up (Annika Vosskuhl and the satellite „Tiefblau“, Margit Haberfellner, Nadine Tschudin,
Matthias Ebbinghaus, Dorothee Wangenheim, Verena Hofstätter-Brunner, Reto Imboden, Jonas
Leberecht and his start-up in Gilching, Christiane Lackner-Moser, Anselm Quadflieg, Florian
Anzengruber, Beatrice Wyss-Tanner, Theresa Kogelnik, Katharina Oldenburg, Miriam
Adlersberg; the satellite Eddywatch, Rosalind Marchbank, Imogen Castellane, Théo
Marchesseau, Harriet Selwood, Tasman Orbital and its Kea rocket, Aroha Pennington, Derek
Almquist, Eliska Vondráčková, Karim El-Shennawy, Priyanka Deshmane, Naomi Treharne, Pelorus
Space and its Wayfarer capsule, Miguel Obregón-Hale, Signe Albrechtsen, Lucía
Benavente-Ortiz, Dwight Hollenbeck; every unnamed pastor, finder, curator, analyst,
campaigner, fisher, midwife, head teacher and spokesperson); ministers, commissioners,
bishops, committee chairs and heads of real bodies appear under made-up names that stand
for no real holder, or by their role only („Der Pfarrer“, "the space agency", "Station
managers"). Real bodies, places, launchers, telescopes, laws and journals (Esa, Vega-C,
Kourou, Französisch-Guayana, Medizinische Universität Wien, „Sleep Health“, Universität
Genf, Espresso, Very Large Telescope, «Astronomy & Astrophysics», Erzbistum Paderborn, Kreis
Höxter, Deutsche Forschungsgemeinschaft (DFG), Hochschulrektorenkonferenz, Carnuntum, Land
Niederösterreich, Museum Carnuntinum, Bad Deutsch-Altenburg, Kaiser Valentinian I., Eawag,
Zürichsee, Bodensee, Genfersee, Oberpfaffenhofen, Falcon 9, Vandenberg, Weilheim, DLR,
Wissenschaftsfonds FWF, Universitätenkonferenz, Institut für Demoskopie Allensbach, Deutsche
Bischofskonferenz, Bund der Deutschen Katholischen Jugend, Garching, Europäische
Südsternwarte (Eso), Extremely Large Telescope, Graubünden, ETH Zürich, Universität Wien,
Adria, Triest, Rimini, „Polarstern“, Alfred-Wegener-Institut (AWI), Bremerhaven,
Framstraße, ERC Advanced Grants, Europäischer Forschungsrat; Vandenberg Space Force Base,
NASA, SpaceX, the James Webb Space Telescope, Taurus, The Astrophysical Journal Letters,
Norfolk, East Anglia, the Treasure Act 1996, the Mahia Peninsula, the National Oceanic and
Atmospheric Administration, Coral Reef Watch, the Great Barrier Reef, the Florida Keys, the
European Commission, Horizon Europe, the European Research Council, the European
Parliament, Saqqara, the Ministry of Tourism and Antiquities, the Fifth Dynasty, Memphis,
the University of Birmingham, the Department for Education, the International Space
Station, The Lancet Planetary Health, Nature Geoscience, Greenland, Tiangong, Shenzhou-23,
Long March 2F, the Jiuquan Satellite Launch Center, the China Manned Space Agency, Macau,
the National Weather Service, the House, the Senate, and the datelines' cities) stand for
the way wire copy names them; every launch, orbit, mass, distance, temperature, sample,
share, budget, grant, age, date, tally and quote here is invented, and where a real figure
came to mind (a real sea-level rise or rate, a real cluster count or funding line of the
Exzellenzstrategie, a real Horizon Europe or ERC budget, a real grant ceiling, a real FWF
total or Austrian R&D ratio, a real reef share, a real preterm-birth tally, a real
Greenland loss or sea-level equivalent, a real NOAA budget or fleet, a real population of
Carnuntum, the real number of dioceses, states or member states) it was changed or left
out; historical years are kept (satellite altimetry since 1993, the Treasure Act 1996,
Valentinian's reign from 364 to 375, the station occupied since November 2000, China's
first astronaut in 2003, records since 1979, the phone guidance issued in 2024).

Its weight: SCIENCE, SPACE AND RESEARCH, fourth round (the hundred-twelfth,
hundred-eighty-fifth and two-hundred-and-eighty-third batches weighed space missions,
science news and research funding, the two-hundred-and-thirty-fourth space missions and big
science, the hundred-seventy-first archaeology, the two-hundred-and-fifty-second medical
studies and the batches on climate and weather records their sea levels, temperatures and
concentrations; their decisions are kept) over six months of one year, February to July,
as 30 short stories in story order, the German and English desks interleaved by month, each
told as wire copy runs it (a dateline lead, the figures, the sample and the method,
attributed claims, quotes, the other side, the publication line). Half German (dpa
Wissenschaft, APA with its science desk, Keystone-SDA, KNA; Austrian „Schulstufe“, Swiss
"äusserste", "grösser", "4300", "2840", "3000 Franken" without a separator, «»
quotes, German „“ quotes): a sea-level satellite on a Vega-C, a sleep study of Austrian
teenagers, three planets around a red dwarf found from Geneva, a Carolingian church under a
village church (KNA), the clusters of the Exzellenzstrategie, a Roman bath house in
Carnuntum, warming Swiss lakes, a wildfire satellite on a Falcon 9, the FWF's annual
report, a survey of Catholics on climate protection (KNA), an Earth-sized planet seen from
Garching, a yew bow melting out of a glacier in Graubünden, acidification of the Adriatic,
the „Polarstern“ back from the Arctic and the ERC Advanced Grants. Half English (Reuters,
AP, AFP, PA): an ocean-current satellite from Vandenberg, outdoor time and myopia, Webb and
a planet-forming disc, a Bronze Age hoard in Norfolk, a small rocket from New Zealand,
global coral bleaching, the EU's research budget proposal, tombs near Saqqara, a nearby
supernova, phone bans and reading, a cargo capsule at the station, Greenland's ice loss,
heat and preterm births, a Chinese crew launch and a NOAA spending bill. Figures as such copy
has them: distances in kilometres, light years, parsecs and astronomical units, heights and
depths in metres, masses in tonnes and kilograms, temperatures and warming in degrees,
pH values, a magnitude, samples of pupils, children, births, adults and applications,
shares as percentages, percentage points and fractions, budgets and grants in euros,
dollars, New Zealand dollars and francs, ages of finds in years and years before and after
Christ, centuries, mission spans and follow-ups in minutes, hours, days, weeks, months and
years, ranks, launch tallies and votes. Negatives as such copy has them - about a quarter
of the rows, none with a figure: researchers', finders', ministers', bishops', executives'
and a committee chair's quotes of wonder, feeling and rhetoric, labels („nannte“,
„bezeichnete ... als“, „sprachen von“, "branded", "called"), verdicts („halten ... für“,
"said the plan pointed in the right direction but warned"), speculation ("suspect", „halten
es für möglich“, "Western analysts say"), hopes, fears and worries, a complaint and a
criticism, an appeal and advice naming no measure, open questions, an evasion and forecasts
without a figure, each near a check-worthy look-alike from the same story (often the same
speaker's figure).

238 rows (119 German, 119 English), 55 negatives (27 German, 28 English), 183 check-worthy
rows of which 17 carry no figure (8 German, 9 English), 299 expected quantities (121 counts,
53 durations - 21 in years, 10 in hours, 10 in days, 8 in minutes, 3 in months, 1 in weeks
-, 32 years, 27 percentages - 24 in "%", 3 in percentage points "pp" -, 20 ordinals, 17
amounts of money - 10 EUR, 5 USD, 1 NZD, 1 CHF -, 16 fractions, 13 dates - all without a
year -; none of them in a negative), 37 checked speakers (20 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, speculation or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-eighty-fifth, two-hundred-and-thirty-fourth, two-hundred-and-eighty-third); a
  quoted or reported statement of fact, figure, finding, plan, budget line or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-twelfth, hundred-seventy-first,
  two-hundred-and-fifty-second). Pairs from one speaker: Vosskuhl's 410 million euros beside
  „dem Ozean künftig beim Atmen zu“, Marchbank's half beside "frosted glass", Haberfellner's
  41 minutes beside „kein Luxus“, Castellane's finding beside "the cheapest eye medicine",
  Tschudin's 212 nights beside «wie aus dem Lehrbuch», Marchesseau's one to three Jupiter
  masses beside "catching a planet", Ebbinghaus's 14 metres beside „Kinderstube der
  Pfarrei“, Selwood's 4.7 kg beside "the weight of the centuries", Pennington's 20 missions
  beside "a small country", Wangenheim's quarter beside „fällt nicht vom Himmel“, Almquist's
  1.5 degrees beside "a marathon", Hofstätter-Brunner's earthquake beside „geplaudert und
  geplanscht“, Vondráčková's third beside "from the stands", Imboden's 24 days beside
  «Fieberthermometer», El-Shennawy's 60 offerings beside "another page", Leberecht's 24
  satellites beside „klein halten“, Deshmane's 48 hours beside "a front-row seat",
  Lackner-Moser's shares beside „das tut weh“, Treharne's finding beside "a very noisy
  classmate", Quadflieg's 2030 beside „kein Randthema“, Albrechtsen's four times beside "a
  distant problem", Anzengruber's finding beside his „halten wir dort für ausgeschlossen“
  (the researchers' own verdict, two-hundred-and-thirty-fourth), Benavente-Ortiz's one in 11
  beside "hardly anyone warns", Wyss-Tanner's 2840 metres beside «sein Gedächtnis zurück»,
  Kogelnik's 1.6 degrees beside „schneller, als wir dachten“, Oldenburg's 150 kilometres
  beside „was dem Rest der Welt noch bevorsteht“, Hollenbeck's $1.4 billion beside "within
  its means" and Adlersberg's 2.4 million euros beside „ins Blaue hinein“.
- Studies and surveys (hundred-twelfth, hundred-eighty-fifth, two-hundred-and-fifty-second):
  a survey's share that holds a view is check-worthy (hundred-twelfth: „Knapp zwei Drittel
  ... halten Investitionen in die Raumfahrt für sinnvoll.“) - „Gut zwei Drittel der
  Katholikinnen und Katholiken ... halten den Schutz des Klimas für eine Aufgabe der
  Kirche.“, „Nur 17 Prozent sind der Meinung, ...“, "About one in four pupils in the study
  said they felt anxious ..." - while a verdict of observers with „halten ... für“ is a
  negative („Branchenkenner halten den Markt ... für hart umkämpft.“; ninety-eighth). A
  study's sample, source, period and stated design are check-worthy ("followed 9,412
  children", "tracked 12,460 pupils", „unter 2.408 Erwachsenen“, „Messungen von 38
  Stationen“, "hospital records from 37 countries", "Because the study was observational,
  it cannot prove that heat directly triggered early labour, the authors said." -
  two-hundred-and-fifty-second: a study's stated limits), as are findings stated without
  their figures (Castellane's screens, Treharne's free school meals, the phone-ban lead,
  Anzengruber's lightest planet). Advice and appeals naming no measure are negatives („Die
  Forschenden raten Eltern, ...“, "Eye doctors urged parents ...", "Skywatchers ... were
  urged to look for it ...", „Die Universitätenkonferenz forderte die Regierung auf, den
  Fonds besser auszustatten.“; hundred-twelfth, two-hundred-and-fourth,
  two-hundred-and-fifty-second), as are hopes, fears and worries ("said they hoped",
  „hoffen“, „befürchten“, "were worried"), speculation ("Some astronomers suspect ...",
  „Andere Astronomen halten es für möglich, ...“, "Western analysts say the crewed programme
  has become a showcase ..." - two-hundred-and-eighty-third: a claim about motives is
  speculation whatever its verb), forecasts without a figure ("Industry analysts said
  competition ... was likely to get tougher", "Head teachers' unions said a blanket ban
  would be hard to enforce ..."; hundred-eighty-fifth), labels („nannte den Fund“,
  „bezeichnete das Auswahlverfahren als“, „sprachen von einem „Weckruf aus dem Eis““,
  "branded the survey", "called the research cuts"), a verdict with a warning ("University
  associations said the plan pointed in the right direction but warned ..."), a complaint
  and a criticism ("Some Egyptologists complain ...", „Der Bund der Deutschen Katholischen
  Jugend kritisierte, ...“), open questions („Ob ..., ist noch offen.“) and an evasion
  ("Station managers declined to say whether ..."; hundred-twelfth).
- Check-worthy without a figure (17 rows; hundred-twelfth, hundred-seventy-first,
  two-hundred-and-eighty-third): two launch leads (the sea-level satellite on a Vega-C, the Bavarian
  satellite on a Falcon 9 - „an Bord einer Vega-C-Rakete“ and „Falcon-9-Rakete“ carry
  none), four publication lines („Sleep Health“, «Astronomy & Astrophysics», The
  Astrophysical Journal Letters, Nature Geoscience), the findings above, a dig's schedule and
  a display planned (hundred-seventy-first), two statements of how nature works (how corals
  bleach and recover, why deep lake water lacks oxygen), the budget's unanimity rule and the
  bill's path through the House and Senate (three-hundredth: a checkable rule) and the
  observational caveat.
- Physical measures are counts read as written (fourth, hundred-twelfth,
  hundred-eighty-fifth, two-hundred-and-thirty-fourth, two-hundred-and-eighty-third):
  distances, heights and depths („aus rund 1.340 Kilometern Höhe“, "an orbit 830 km above
  Earth", "a swath 120 km wide", "down to about 15 km across", "an altitude of 540 km", „in
  rund 510 Kilometer Höhe“, „etwa 14 Meter lang und gut sechs Meter breit“ 14 "about" and 6
  "over", "about 1.9 metres long", „1,62 Meter lang“, „auf 2840 Metern Höhe“, „von etwa zehn
  Metern, in 100 Metern Tiefe“, „In 400 Metern Tiefe“, „rund 150 Kilometer weiter“, „etwa 620
  Quadratmetern“, „um gut zwölf
  Zentimeter ..., zuletzt um etwa 4,9 Millimeter pro Jahr“ - "pro Jahr", "annually", "per
  year" none -, "by about 0.7 millimetres annually", "by more than 7 metres"), light years
  („rund 41 Lichtjahren“, „etwa 137 Lichtjahren“, "about 430 light years", "about 21
  million light years" 21,000,000 "about"), temperatures and warming („0,4 Grad pro
  Jahrzehnt“ and „0,1 Grad pro Jahrzehnt“ - "pro Jahrzehnt" none -, „26,8 Grad“, „mehr als
  300 Grad Celsius“, „um etwa 1,6 Grad“, „von bis zu 1,9 Grad Celsius“ "up_to", "about 1.5
  degrees Celsius above the usual summer maximum" 1.5 "about" - "above" after the figure
  compares, hundred-eighty-fifth), masses and sizes („der 1,2 Tonnen schwere Satellit“ 1.2,
  "The 1,850-kg satellite" 1,850 - the compound read as written, two-hundred-and-eighty-third
  -, "each weighing about 110 kg", "up to 320 kg" "up_to", "The 18-metre rocket" 18, „Der
  knapp 95 Kilogramm schwere Kleinsatellit“ 95 "nearly", "about 3,400 kilograms", "1,900
  kilograms", "4.7 kg in total" - "in total" no hedge -, „etwa 1,3 Erdradien“, „etwa 1,1
  Erdmassen“, „mit einer Auflösung von 3,5 Metern“, "243 billion tonnes of ice per year on
  average" 243,000,000,000 - "on average" no hedge -, "more than 400 billion tonnes"
  400,000,000,000 "over"). New: „rund 42 Parsec ..., das entspricht etwa 137 Lichtjahren“
  gives counts 42 and 137, both "about" - a distance in parsecs is a length read as written
  and not converted, as light years, kelvin and electronvolts are
  (hundred-eighty-fifth, two-hundred-and-thirty-fourth), and the converted figure keeps its
  own hedge (two-hundred-and-eighty-third). New: "about 92 astronomical units" is count 92
  "about" by the same rule. New: „Der pH-Wert ... sank seit 1992 von 8,19 auf 8,09“ gives
  counts 8.19 and 8.09 - a pH value is a measure without a unit read as written, as a
  redshift (two-hundred-and-thirty-fourth) and ppm (thirty-third), and "pH" is no figure.
  New: "brightened to magnitude 11.4" is count 11.4 - a star's magnitude is read as written,
  as a quake's magnitude (hundred-thirty-fifth).
- Multiples are counts with their hedges (hundred-twelfth, two-hundred-and-thirty-fourth):
  "roughly three times the distance between Neptune and the Sun" 3 "about", "between one and
  three times the mass of Jupiter" 1 and 3 ("between" no hedge), "about 14 times the mass of
  the Sun" 14 "about", "up to four times faster" 4 "up_to", "nearly double the 89.4 billion
  euros" 2 "nearly" (two-hundred-and-thirty-fourth: "nearly double the original estimate").
- Ages of finds, years before Christ and centuries (hundred-seventy-first): ages and spans
  back are durations in years („eines rund 1.150 Jahre alten Vorgängerbaus“, „ein rund
  1.800 Jahre altes Badehaus“, „eines rund 4300 Jahre alten Bogens“, „einen rund 3800 Jahre
  alten Lederschuh“ all "about", "buried about 2,900 years ago" "about", "for more than
  3,000 years" "over", "just 2 million years old" 2,000,000 - "estimated to be" and "just"
  no hedge); years after Christ as written („zwischen 860 und 940 nach Christus“, „von 364
  bis 375“). New: „um 2300 v. Chr.“ is year -2300 "about" and "around 2400 BCE" year -2400
  "about" - the abbreviation „v. Chr.“ and "BCE" set the sign as „vor Christus“ and "BC"
  do (hundred-seventy-first) and carry nothing themselves; the abbreviation's full stops end
  no sentence. New: „um 380 nach Christus“ is year 380 "about" - German „um“ before a year
  is "around" (hundred-seventy-first), unlike „um“ before a difference („um 4,1 Prozent“,
  „um rund 26 Prozent“, „um etwa 1,6 Grad“), which carries no hedge. Numbered centuries are
  ordinals with no year („aus dem 9. Jahrhundert“ 9, „aus dem späten 2. Jahrhundert nach
  Christus“ 2), as a dynasty's ordinal in a name ("the Fifth Dynasty" 5). New: "Kaiser
  Valentinian I." carries none - a ruler's regnal numeral in Roman figures is part of the
  name, as "Region IX" (hundred-seventy-first); "a Type II supernova" carries none the same
  way. „Radiokarbondatierung(en)“, „Jahrringe“ and "Bronze Age" none
  (hundred-seventy-first). New: „in den vergangenen drei Jahrzehnten“ is count 3 - a decade
  is no unit of the duration list, as a Martian year (two-hundred-and-thirty-fourth) and a
  century (hundred-sixty-sixth) are not, and is not turned into 30 years; „Anfang der
  1980er-Jahre“ and „in den 1990er-Jahren“ name decades and carry none, "more than a decade"
  none (an article).
- Durations (the issue's "fünfstündigen", "a two-week visit"; every batch): "about 62
  minutes after launch", „Rund 57 Minuten nach dem Abheben“, "roughly 54 minutes after
  lift-off", „Rund zwei Stunden nach dem Start“, "about six and a half hours later" 6.5
  (two-hundred-and-eighty-third: „achteinhalb“), „mindestens fünf Jahre lang“ and "at least
  three years" "at_least", „nach einer sechsmonatigen Testphase“ 6 months, „weniger als
  sieben Stunden“ 7 hours "under", „6 Stunden und 48 Minuten ..., 8 Stunden und 35 Minuten“
  four durations (hundred-eighty-fifth: "1 minute and 41 seconds"), „mehr als zwei Stunden“
  "over", „41 Minuten weniger“ („weniger“ after the figure no hedge), "at least two hours a
  day" "at_least" ("a day" none), "the two-hour mark" 2 hours, "less than 30 minutes a day"
  "under", "for an average of four years" (no hedge), "for a total of 27 hours", "within two
  days" and "within four days" ("within" no hedge), "for nearly three months", „in den
  kommenden sieben Jahren“, "for eight weeks", „rund 24 Tage länger“, „alle 3,2 Tage“, „19,6
  Tage“, „nur 4,7 Tage“ and „alle 30 Minuten“ (a period, "every" and „alle“ no hedge -
  two-hundred-and-eighty-third: "every 7.2 hours"), "in the first 48 hours" 1 and 48 hours
  (hundred-twelfth: "in the first 24 hours"), "over two years", „über einen Zeitraum von
  sechs Jahren“ and „über fünf Jahre“ ("over" and „über“ before a span no hedge), "two days
  after lifting off", "for about 30 days", "lasting at least three days", "about six months
  in orbit", „Nach 143 Tagen“, „vor zehn Jahren“ 10 years (hundred-twelfth: "vor drei
  Jahren"), „etwa zwei Jahre dauern“. Ages of people are durations in years ("a 54-year-old retired
  engineer" 54, "aged 6 to 12" and "aged 11 to 16" both ends; hundred-seventy-first,
  two-hundred-and-fifty-second). None: "this year", "next year", "last year", "last November",
  "next week", "since January", „im vergangenen Jahr“, „im Jahr davor“, „im vergangenen
  August“, „bei der Runde davor“, „jährlich“, „pro Jahr“, „bis Ende Juni“, „ab Herbst“,
  "a year" and "a day" after a figure, "within weeks", „Beobachtungsnächten“ (a night is no
  unit; „aus 212 Beobachtungsnächten“ is count 212 - hundred-twelfth: "310
  Beobachtungsstunden"), weekdays, „in der Nacht zum Mittwoch“ and clock times ("at 9:31
  p.m. local time").
- Ordinals (the issue; every batch): „Die ersten Messdaten“, „die ersten Signale“, "its
  first astronaut", "the country's first payload specialist" 1 (with the article;
  hundred-eighty-fifth: "Erste Signale"), "the ninth by SpaceX from Vandenberg this year" 9,
  "the company's 14th launch and its fourth this year" 14 and 4 (the elliptic ordinal,
  hundred-forty-third), "the rocket's second stage" 2, "the fourth of its kind on record" 4,
  "its third flight to the station" 3, "the second-highest total since records began" 2
  (three-hundredth: "Britain's second-largest union"), "the 13th crewed mission" 13, „an
  erster Stelle“ 1 (two-hundred-and-eighty-third: „an dritter Stelle“). New: „der 9. bis 12.
  Schulstufe“ gives ordinals 9 and 12 - a numbered school grade is an ordinal as a numbered
  century is (hundred-seventy-first), the noun written once serving both. New: "above a
  region's 95th percentile of temperatures" is ordinal 95 - a percentile named with an
  ordinal suffix is read as the ordinal it is written as, as "the 64th flight"; it is no
  percentage. "first detected" none (hundred-seventy-first: "first revealed"); "the nearest
  such explosion", "the widest gap", "the biggest", „Der innerste“, „der äusserste“, „am
  stärksten“, „einer der leichtesten“, „Die jüngste Münze“ and „die meisten“ none.
- Counts otherwise (every batch): samples, tallies and groups („3.126 Schülerinnen und
  Schüler ... aus 41 Schulen“, "9,412 children ... in six countries", "12,460 pupils ... at
  96 schools", „unter 2.408 Erwachsenen“, "more than 2.4 million births" "over", "from 37
  countries", „812 von 3.405“, „54 von 281“, „Großbritannien mit 39 und Frankreich mit 31“,
  „98 Vorhaben, 41 davon“, „64 Exzellenzcluster“, „mit jeweils vier Clustern“ („jeweils“ no
  hedge), „46 Gräber ..., darunter elf“ („bislang“, „darunter“ no hedge), "87 Bronze Age
  objects", "More than 1,600 finds" "over", „214 Münzen, knapp 40 Haarnadeln“ - „eine
  Statuette“ an article -, „bis zu 45.000 Einwohner“ "up_to", "The six tombs", "34 painted
  limestone statuettes", "more than 60 offerings", "about 16.8 million foreign visitors"
  16,800,000 "about" and "30 million a year" 30,000,000, „14 Pfeilschäfte“, „drei Planeten“,
  "at least two planets" "at_least", „163 Messungen“, "58 automatic weather stations", „aus
  29 Seen“, „Messungen von 38 Stationen“, „96 Forschende aus 14 Ländern“, „rund 2.600
  Wasser- und Eisproben“, "About 20 telescopes on four continents", „eine von 74 Nutzlasten“
  - „eine“ before „von“ no figure (hundred-fifty-second: "one of" none) -, „24 baugleiche
  Satelliten“, „86 Mitarbeiterinnen und Mitarbeiter“, "five small Earth-observation
  satellites", "up to 20 missions" "up_to", "42 experiments", "Seven astronauts", "three
  astronauts", "The three will take over" 3 (hundred-eighty-fifth: "The two losing
  bidders"), "more than 90 experiments and at least two spacewalks", "reefs in at least 83
  countries and territories", "19 satellites and 14 research and survey ships", "some 12
  million a year" 12,000,000 "about", "voted 31-26" 31 and 26 (three-hundred-and-twenty-fourth:
  "voted 7-2")). None: "all member states", „allen Bundesländern“, „alle Bistümer“ (no
  figure written, the real counts left out), "one of them", "one of the biggest", "a
  scribe", "a wooden coffin", „ein Köcher“.
- New: „Im Inneren und rund um die Mauern legten die Fachleute bislang 46 Gräber frei“
  gives 46 with no hedge - „rund um“ is a preposition of place and hedges nothing, and a
  hedge must stand right before its figure (three-hundredth: "just under half"), while
  „rund“ before a figure stays "about" wherever it stands.
- Fractions (the issue; every batch): „ein Viertel davon“ 0.25 („davon“ no hedge), "roughly
  half of the heat" 0.5 "about", „Mehr als ein Drittel“ 0.3333 "over", "Nearly half" 0.5
  "nearly" and "about a quarter" 0.25 "about", „fast ein Viertel der Mittel“ 0.25 "nearly",
  "more than half of the staghorn coral colonies" 0.5 "over", "about a third of the money"
  0.3333 "about", „gut ein Drittel ..., knapp ein Viertel“ 0.3333 "over" and 0.25 "nearly",
  "About one in four pupils" 0.25 "about", „Gut zwei Drittel“ 0.6667 "over", "roughly a
  fifth" 0.2 "about", "about one in 11 babies" 0.0909 "about" (rounded to four places as
  „knapp ein Sechstel“ 0.1667, three-hundredth; two-hundred-and-fifty-second: "one in 25"
  0.04), „um knapp ein Drittel“ 0.3333 "nearly", "by nearly a third" 0.3333 "nearly"
  (two-hundred-and-eighty-third: "by more than half").
- Percentages as written (every batch): „Knapp 27 Prozent ..., ... 31 Prozent“, "a 26% lower
  risk", "31% ..., up from 12%", "About 71%", "only about 14%" ("only" no hedge), „4,1
  Prozent“ („Der Zuwachs gegenüber dem Vorjahr“ no hedge), „23,8 Prozent“, „37 Prozent“,
  „zuletzt 3,1 Prozent“ („zuletzt“ no hedge), "by 38 per cent" (PA's "per cent"), „64
  Prozent, ... 41 Prozent“, „Nur 17 Prozent“, „rund 38 Prozent seiner Fläche“, „um rund 26
  Prozent“, "by 14%, and by 21%", "by about 2%", "about 9% less" ("less" after the figure
  compares), „Nur knapp 13 Prozent“, „29 Prozent ..., nach 24 Prozent“; percentage points
  in "pp" ("rose by 6.2 percentage points, against 2.4 percentage points", „plus oder minus
  2,5 Prozentpunkten“ - a margin of error, three-hundredth, with "plus or minus" no hedge).
- Money in the currency written (every batch): EUR („rund 410 Millionen Euro“ -
  „einschließlich Start“ no hedge, hundred-eighty-fifth -, „jährlich rund 562 Millionen
  Euro“, „327 Millionen Euro“, „rund 721 Millionen Euro“, „bis zu 2,6 Millionen Euro“
  "up_to", „ihren 2,4 Millionen Euro“, "162 billion euros", "89.4 billion euros", "21
  billion euros, up from 14.6 billion euros"), USD ("$612 million", "$1.6 billion", "$5.8
  billion", "$412 million", "$1.4 billion"), CHF („3000 Franken“, Swiss copy without a
  separator, hundred-twelfth: „5000 Franken“). New: "NZ$310 million" is 310,000,000 NZD -
  the dollar prefixed with its country's initials is that country's currency, as "A$95
  million" is AUD (two-hundred-and-eighty-third).
- Years and dates: „Seit 1993“, „seit 1980“, „seit 1992“, „seit 2015“, „seit 2000“,
  "since 2015", "since records began in 1979", "since November 2000" (its year only),
  "in early 2023" (its year only), "from 2028 to 2034", "from 2002 to 2024", "between
  2000 and 2022", "The melt season of 2023", "by 2032", "before 2030", „bis 2030“, „ab
  2030“, „bis Ende 2028“, „Bereits 2019“, "issued in 2024", "in 2003", "the Treasure Act
  1996" (hundred-seventy-first: a law's title dates it); German days and months without a
  year are dates without a year („am 1. Januar“ --01-01, „zwischen dem 3. und 17. März“
  --03-03 and --03-17, the month written once serving both - three-hundredth: „für den 14.
  und 15. Oktober“ -, "on May 2" --05-02). Reuters and AFP English datelines with a day are
  dates without a year ("VANDENBERG SPACE FORCE BASE, Calif., Feb 11", "PARIS, March 5
  (AFP)", "WELLINGTON, March 18", "BRUSSELS, April 15", "CAIRO, April 22 (AFP)",
  "WASHINGTON, May 6", "LONDON, June 3", "PARIS, June 17 (AFP)", "BEIJING, July 8";
  hundred-eighty-fifth, two-hundred-and-eighty-third); AP ("BOSTON (AP) —", "WASHINGTON
  (AP) —" twice, "CAPE CANAVERAL, Fla. (AP) —"), PA ("NORWICH (PA) -", "LONDON (PA) -"),
  dpa, APA, Keystone-SDA and KNA datelines carry none (seventy-ninth).
- Names and designations carry no figure (hundred-twelfth, hundred-eighty-fifth,
  two-hundred-and-thirty-fourth): „Vega-C-Rakete“, „Falcon-9-Rakete“, "Falcon 9",
  "Shenzhou-23" (hundred-eighty-fifth: "Chang'e-7"), "Long March 2F", "ERC Advanced
  Grants", „Tiefblau“, "Eddywatch", "Kea", "Wayfarer", "Espresso".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "around", "some" "about"; „knapp“, „Knapp“, „fast“, "nearly", "Nearly" "nearly"; „mehr
  als“, „Mehr als“, „gut“, „Gut“, "more than", "More than" "over"; „weniger als“, "less
  than" "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge:
  „im Schnitt“, "on average", "an average of", "a total of", "in total", „insgesamt“,
  „jeweils“, „nur“, „Nur“, "only", "just", "alone", „zuletzt“, „bislang“, „darunter“,
  „davon“, „einschließlich“, "within", "between", "every", „alle“, "over" and „über“ before
  a span, „um“ and "by" before a difference, "before", „bis“, „bis Ende“, „ab“, „seit“ and
  "since" before a year, "plus or minus", "to" and „bis“ in a range, and „weniger“,
  „länger als“, "less", "above" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Esa mit“ -> "die
  Esa" (hundred-twelfth), „teilte das Erzbistum Paderborn mit“ -> "das Erzbistum Paderborn"
  (hundred-seventy-first: „teilte das Museum mit“, „teilte die Stiftung mit“), „teilte das
  DLR mit“ -> "das DLR" (two-hundred-and-eighty-third: „teilte die DFG mit“), „teilte die
  Eso am Donnerstag mit“ -> "die Eso" and „teilte das Alfred-Wegener-Institut (AWI) am Montag
  mit“ -> "das Alfred-Wegener-Institut" (the weekday and the abbreviation in brackets
  dropped; hundred-eighty-fifth, two-hundred-and-eighty-third); „sagte Studienleiterin
  Margit Haberfellner“ the name (two-hundred-and-fifty-second); „X sagte, ...“ with the
  title dropped („Missionsleiterin Annika Vosskuhl“, „Studienleiterin Nadine Tschudin“,
  „Grabungsleiter Matthias Ebbinghaus“, „Forschungsministerin Dorothee Wangenheim“,
  „Grabungsleiterin Verena Hofstätter-Brunner“, „Projektleiter Reto Imboden“, „Firmenchef
  Jonas Leberecht“, „FWF-Präsidentin Christiane Lackner-Moser“, „Weihbischof Anselm
  Quadflieg“, „Studienleiter Florian Anzengruber“, „Kantonsarchäologin Beatrice
  Wyss-Tanner“, „Studienautorin Theresa Kogelnik“, „Fahrtleiterin Katharina Oldenburg“,
  „Physikerin Miriam Adlersberg“; hundred-seventy-first, two-hundred-and-fifty-second,
  two-hundred-and-eighty-third). English: "NASA said ..." opening the row and "..., NASA
  said." -> "NASA" (forty-fourth, hundred-eighty-fifth); "the Ministry of Tourism and
  Antiquities said Wednesday" -> "the Ministry of Tourism and Antiquities" (the weekday
  dropped; hundred-twelfth, hundred-seventy-first); "the China Manned Space Agency said"
  with its article (hundred-eighty-fifth: "the China National Space Administration said");
  the name with the role dropped ("Principal investigator Rosalind Marchbank said", "Lead
  author Imogen Castellane said", "Lead author Théo Marchesseau said", "Finds liaison
  officer Harriet Selwood said", "Chief Executive Aroha Pennington told reporters", "Coral
  Reef Watch coordinator Derek Almquist said", "Research Commissioner Eliska Vondráčková
  told reporters", "Mission head Karim El-Shennawy told AFP", "Lead researcher Priyanka
  Deshmane said", "Lead author Professor Naomi Treharne said" with "Professor" dropped,
  "Lead author Signe Albrechtsen said", "Co-author Lucía Benavente-Ortiz said", "Committee
  chair Dwight Hollenbeck said"; hundred-seventy-first, hundred-eighty-fifth,
  two-hundred-and-fifty-second, two-hundred-and-eighty-third). Left unchecked (None): all
  negatives, also those with a named speaker; "the space agency said" (hundred-tenth),
  "astronomers said Thursday", "U.S. scientists said Tuesday", "the authors noted", "the
  authors said", "the team said", "state media reported" (plural and collective sources,
  forty-first), "she said" („sagte sie“, a pronoun, seventy-seventh), "according to the
  county's museum service" (a possessive heading the source, eighty-third), "according to
  Commission figures", "a study has found", "a study published on Wednesday found",
  "according to a large study", „wie eine Studie der Medizinischen Universität Wien zeigt“,
  „wie eine Studie der Universität Wien zeigt“, „geht aus dem Jahresbericht des Fonds
  hervor“, "astronomers estimate" (documents and estimating verbs; hundred-eighty-fifth),
  „nach Satellitendaten“, „nach den Berechnungen des Teams“, „nach Messungen des Kantons“,
  „nach Angaben des Instituts“ and „nach eigenen Angaben“ (two-hundred-and-eighty-third),
  and - to keep the checked speakers near 35, as the three-hundredth and
  three-hundred-and-twenty-fourth batches did - forms it could have checked: „wie die
  Universität Genf mitteilte“, „wie die Deutsche Forschungsgemeinschaft (DFG) am Freitag
  mitteilte“ and „wie die Eawag am Dienstag mitteilte“ (wie-clauses, left unchecked by
  choice as the two-hundred-and-fifty-second does), „teilte das Land Niederösterreich mit“,
  „teilte der Europäische Forschungsrat mit“, "the company said" (Wellington), "the ministry
  said" (Cairo), "according to the National Oceanic and Atmospheric Administration" and
  "according to the agency".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_346 = [
    # --- Meeresspiegel-Satellit gestartet (dpa), Februar ---
    (
        "de",
        "Kourou (dpa) - Ein europäischer Satellit zur Vermessung der Meeresspiegel ist in der Nacht zum Mittwoch an Bord einer Vega-C-Rakete vom Weltraumbahnhof in Französisch-Guayana gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 57 Minuten nach dem Abheben trennte sich der 1,2 Tonnen schwere Satellit „Tiefblau“ von der Oberstufe, teilte die Esa mit.",
        True,
        [("duration", 57, "minute", "about"), ("count", 1.2, None, None)],
        "die Esa",
    ),
    (
        "de",
        "Er soll aus rund 1.340 Kilometern Höhe mindestens fünf Jahre lang die Höhe der Meeresoberfläche auf etwa zwei Zentimeter genau bestimmen.",
        True,
        [("count", 1340, None, "about"), ("duration", 5, "year", "at_least"), ("count", 2, None, "about")],
        None,
    ),
    (
        "de",
        "Missionsleiterin Annika Vosskuhl sagte, die Mission koste einschließlich Start rund 410 Millionen Euro, ein Viertel davon trage Deutschland.",
        True,
        [("money", 410000000, "EUR", "about"), ("fraction", 0.25, None, None)],
        "Annika Vosskuhl",
    ),
    ("de", "„Wir schauen dem Ozean künftig beim Atmen zu“, sagte Vosskuhl.", False, [], None),
    (
        "de",
        "Seit 1993 ist der mittlere globale Meeresspiegel nach Satellitendaten um gut zwölf Zentimeter gestiegen, zuletzt um etwa 4,9 Millimeter pro Jahr.",
        True,
        [("year", 1993, None, None), ("count", 12, None, "over"), ("count", 4.9, None, "about")],
        None,
    ),
    (
        "de",
        "Klimaforschende halten die Daten für unverzichtbar, um Küstenstädte auf künftige Sturmfluten vorzubereiten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die ersten Messdaten werden nach einer sechsmonatigen Testphase erwartet.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    # --- Ocean-current satellite launched (Reuters), February ---
    (
        "en",
        "VANDENBERG SPACE FORCE BASE, Calif., Feb 11 (Reuters) - A Falcon 9 rocket lifted off from California on Wednesday carrying a NASA satellite built to map ocean currents in finer detail than ever before, the space agency said.",
        True,
        [("date", "--02-11", None, None)],
        None,
    ),
    (
        "en",
        "The 1,850-kg satellite, called Eddywatch, separated from the rocket's upper stage about 62 minutes after launch and will settle into an orbit 830 km above Earth.",
        True,
        [("count", 1850, None, None), ("duration", 62, "minute", "about"), ("count", 830, None, None)],
        None,
    ),
    (
        "en",
        "NASA said the mission cost $612 million, including launch, and is planned to last at least three years.",
        True,
        [("money", 612000000, "USD", None), ("duration", 3, "year", "at_least")],
        "NASA",
    ),
    (
        "en",
        "Its radar will measure the height of the sea surface across a swath 120 km wide, resolving eddies down to about 15 km across.",
        True,
        [("count", 120, None, None), ("count", 15, None, "about")],
        None,
    ),
    (
        "en",
        "Principal investigator Rosalind Marchbank said roughly half of the heat taken up by the ocean is moved around by such small eddies.",
        True,
        [("fraction", 0.5, None, "about")],
        "Rosalind Marchbank",
    ),
    ("en", '"Until now we have been looking at the ocean through frosted glass," Marchbank said.', False, [], None),
    ("en", "The launch was the ninth by SpaceX from Vandenberg this year.", True, [("ordinal", 9, None, None)], None),
    (
        "en",
        "Oceanographers said they hoped the data would sharpen forecasts of storm surges along low-lying coasts.",
        False,
        [],
        None,
    ),
    # --- Schlafstudie (APA), Februar ---
    (
        "de",
        "Wien (APA) - Mehr als ein Drittel der österreichischen Jugendlichen schläft an Schultagen weniger als sieben Stunden, wie eine Studie der Medizinischen Universität Wien zeigt.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 7, "hour", "under")],
        None,
    ),
    (
        "de",
        "Für die Untersuchung wurden 3.126 Schülerinnen und Schüler der 9. bis 12. Schulstufe aus 41 Schulen in allen Bundesländern befragt.",
        True,
        [
            ("count", 3126, None, None),
            ("ordinal", 9, None, None),
            ("ordinal", 12, None, None),
            ("count", 41, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im Schnitt kamen sie unter der Woche auf 6 Stunden und 48 Minuten Schlaf, am Wochenende auf 8 Stunden und 35 Minuten.",
        True,
        [
            ("duration", 6, "hour", None),
            ("duration", 48, "minute", None),
            ("duration", 8, "hour", None),
            ("duration", 35, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Wer abends mehr als zwei Stunden am Handy verbrachte, schlief im Schnitt 41 Minuten weniger, sagte Studienleiterin Margit Haberfellner.",
        True,
        [("duration", 2, "hour", "over"), ("duration", 41, "minute", None)],
        "Margit Haberfellner",
    ),
    (
        "de",
        "Knapp 27 Prozent der Befragten gaben an, sich im Unterricht regelmäßig müde zu fühlen, bei den Mädchen waren es 31 Prozent.",
        True,
        [("percent", 27, "%", "nearly"), ("percent", 31, "%", None)],
        None,
    ),
    ("de", "„Schlaf ist kein Luxus, sondern das Fundament fürs Lernen“, sagte Haberfellner.", False, [], None),
    ("de", "Die Forschenden raten Eltern, Handys nachts aus dem Kinderzimmer zu verbannen.", False, [], None),
    ("de", "Die Ergebnisse erschienen im Fachjournal „Sleep Health“.", True, [], None),
    # --- Outdoor time and nearsightedness (AP), February ---
    (
        "en",
        "BOSTON (AP) — Children who spend at least two hours a day outdoors are far less likely to become nearsighted, according to a large study published Monday.",
        True,
        [("duration", 2, "hour", "at_least")],
        None,
    ),
    (
        "en",
        "Researchers followed 9,412 children aged 6 to 12 in six countries for an average of four years.",
        True,
        [
            ("count", 9412, None, None),
            ("duration", 6, "year", None),
            ("duration", 12, "year", None),
            ("count", 6, None, None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Those who reached the two-hour mark had a 26% lower risk of developing myopia than children who spent less than 30 minutes a day outside.",
        True,
        [("duration", 2, "hour", None), ("percent", 26, "%", None), ("duration", 30, "minute", "under")],
        None,
    ),
    (
        "en",
        "By the end of the study, 31% of the children had become nearsighted, up from 12% at the start.",
        True,
        [("percent", 31, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Lead author Imogen Castellane said the effect held even after the researchers accounted for time spent on screens.",
        True,
        [],
        "Imogen Castellane",
    ),
    ("en", '"Daylight may be the cheapest eye medicine we have," Castellane said.', False, [], None),
    (
        "en",
        "Nearly half of young adults in parts of East Asia are now nearsighted, compared with about a quarter in Europe, the authors noted.",
        True,
        [("fraction", 0.5, None, "nearly"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Eye doctors urged parents to send children outside during breaks rather than keep them indoors.",
        False,
        [],
        None,
    ),
    # --- Drei Planeten um Roten Zwerg (Keystone-SDA), März ---
    (
        "de",
        "Genf (Keystone-SDA) - Ein internationales Forschungsteam unter Genfer Leitung hat drei Planeten um einen nahen Roten Zwerg entdeckt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Stern liegt rund 42 Parsec entfernt, das entspricht etwa 137 Lichtjahren, wie die Universität Genf mitteilte.",
        True,
        [("count", 42, None, "about"), ("count", 137, None, "about")],
        None,
    ),
    (
        "de",
        "Der innerste Planet umkreist ihn alle 3,2 Tage, der äusserste braucht für eine Runde 19,6 Tage.",
        True,
        [("duration", 3.2, "day", None), ("duration", 19.6, "day", None)],
        None,
    ),
    (
        "de",
        "Mit etwa 1,3 Erdradien ist der mittlere Planet nur wenig grösser als die Erde, er liegt in der sogenannten habitablen Zone.",
        True,
        [("count", 1.3, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Nadine Tschudin sagte, für die Entdeckung seien Daten aus 212 Beobachtungsnächten mit dem Spektrografen Espresso am Very Large Telescope in Chile ausgewertet worden.",
        True,
        [("count", 212, None, None)],
        "Nadine Tschudin",
    ),
    ("de", "«Das ist ein Planetensystem wie aus dem Lehrbuch», sagte Tschudin.", False, [], None),
    ("de", "Ob der mittlere Planet eine Atmosphäre besitzt, ist noch offen.", False, [], None),
    (
        "de",
        "Die Ergebnisse sind in der Fachzeitschrift «Astronomy & Astrophysics» veröffentlicht worden.",
        True,
        [],
        None,
    ),
    # --- Webb sees planets forming (AFP), March ---
    (
        "en",
        "PARIS, March 5 (AFP) - The James Webb Space Telescope has captured a young star surrounded by a dusty disc in which at least two planets appear to be forming, astronomers said Thursday.",
        True,
        [("date", "--03-05", None, None), ("count", 2, None, "at_least")],
        None,
    ),
    (
        "en",
        "The star, about 430 light years from Earth in the constellation Taurus, is estimated to be just 2 million years old.",
        True,
        [("count", 430, None, "about"), ("duration", 2000000, "year", None)],
        None,
    ),
    (
        "en",
        "The widest gap in the disc lies about 92 astronomical units from the star, or roughly three times the distance between Neptune and the Sun.",
        True,
        [("count", 92, None, "about"), ("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Théo Marchesseau said the planet clearing that gap probably had between one and three times the mass of Jupiter.",
        True,
        [("count", 1, None, None), ("count", 3, None, None)],
        "Théo Marchesseau",
    ),
    ("en", '"It is like catching a planet in the middle of being born," Marchesseau said.', False, [], None),
    (
        "en",
        "Webb observed the system for a total of 27 hours last November.",
        True,
        [("duration", 27, "hour", None)],
        None,
    ),
    (
        "en",
        "Some astronomers suspect the disc also hides smaller rocky worlds that are too faint for Webb to detect.",
        False,
        [],
        None,
    ),
    ("en", "The findings were published in The Astrophysical Journal Letters.", True, [], None),
    # --- Kirchengrabung im Kreis Höxter (KNA), März ---
    (
        "de",
        "Paderborn (KNA) - Bei Bauarbeiten unter einer Dorfkirche im Kreis Höxter sind Archäologen auf die Fundamente eines rund 1.150 Jahre alten Vorgängerbaus gestoßen.",
        True,
        [("duration", 1150, "year", "about")],
        None,
    ),
    (
        "de",
        "Die Reste der kleinen Saalkirche stammen aus dem 9. Jahrhundert, teilte das Erzbistum Paderborn mit.",
        True,
        [("ordinal", 9, None, None)],
        "das Erzbistum Paderborn",
    ),
    (
        "de",
        "Im Inneren und rund um die Mauern legten die Fachleute bislang 46 Gräber frei, darunter elf von Kindern.",
        True,
        [("count", 46, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Radiokarbondatierungen von Knochenproben ergaben Sterbedaten zwischen 860 und 940 nach Christus.",
        True,
        [("year", 860, None, None), ("year", 940, None, None)],
        None,
    ),
    (
        "de",
        "Grabungsleiter Matthias Ebbinghaus sagte, die Kirche sei etwa 14 Meter lang und gut sechs Meter breit gewesen.",
        True,
        [("count", 14, None, "about"), ("count", 6, None, "over")],
        "Matthias Ebbinghaus",
    ),
    ("de", "„Wir blicken hier in die Kinderstube der Pfarrei“, sagte Ebbinghaus.", False, [], None),
    (
        "de",
        "Die Grabung soll bis Ende Juni abgeschlossen sein, anschließend sollen die Gebeine auf dem Friedhof des Ortes wieder bestattet werden.",
        True,
        [],
        None,
    ),
    ("de", "Der Pfarrer nannte den Fund ein „Geschenk für die ganze Gemeinde“.", False, [], None),
    # --- Bronze Age hoard in Norfolk (PA), March ---
    (
        "en",
        "NORWICH (PA) - A metal detectorist has uncovered a hoard of 87 Bronze Age objects in a field in south Norfolk, including axe heads, spearheads and fragments of a sword.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "The objects were buried about 2,900 years ago, according to the county's museum service.",
        True,
        [("duration", 2900, "year", "about")],
        None,
    ),
    (
        "en",
        "The finder, a 54-year-old retired engineer, reported the discovery to the local finds liaison officer within two days.",
        True,
        [("duration", 54, "year", None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "A coroner's inquest on Tuesday declared the hoard treasure under the Treasure Act 1996.",
        True,
        [("year", 1996, None, None)],
        None,
    ),
    (
        "en",
        "Finds liaison officer Harriet Selwood said the objects weighed 4.7 kg in total, making it one of the biggest Bronze Age hoards found in East Anglia since 2015.",
        True,
        [("count", 4.7, None, None), ("year", 2015, None, None)],
        "Harriet Selwood",
    ),
    ("en", '"Holding them, you feel the weight of the centuries in your hands," Selwood said.', False, [], None),
    ("en", "Curators in Norwich said they hoped to put the hoard on public display.", False, [], None),
    (
        "en",
        "More than 1,600 finds were reported as possible treasure in England and Wales last year.",
        True,
        [("count", 1600, None, "over")],
        None,
    ),
    # --- Small rocket launch from New Zealand (Reuters), March ---
    (
        "en",
        "WELLINGTON, March 18 (Reuters) - Tasman Orbital launched its Kea rocket from New Zealand's Mahia Peninsula on Wednesday, placing five small Earth-observation satellites into orbit for a Japanese customer.",
        True,
        [("date", "--03-18", None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "It was the company's 14th launch and its fourth this year, after a failure in November grounded the rocket for nearly three months.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 4, None, None), ("duration", 3, "month", "nearly")],
        None,
    ),
    (
        "en",
        "The satellites, each weighing about 110 kg, were released at an altitude of 540 km roughly 54 minutes after lift-off, the company said.",
        True,
        [("count", 110, None, "about"), ("count", 540, None, None), ("duration", 54, "minute", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Aroha Pennington told reporters the company aimed to fly up to 20 missions next year and had signed contracts worth NZ$310 million.",
        True,
        [("count", 20, None, "up_to"), ("money", 310000000, "NZD", None)],
        "Aroha Pennington",
    ),
    ("en", '"We have shown that a small country can run a serious launch business," Pennington said.', False, [], None),
    (
        "en",
        "An investigation found that the November failure was caused by a faulty valve in the rocket's second stage.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Industry analysts said competition for small-satellite launches was likely to get tougher.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The 18-metre rocket can carry up to 320 kg to low Earth orbit.",
        True,
        [("count", 18, None, None), ("count", 320, None, "up_to")],
        None,
    ),
    # --- Exzellenzcluster (dpa), April ---
    (
        "de",
        "Bonn (dpa) - Bund und Länder fördern in den kommenden sieben Jahren 64 Exzellenzcluster an deutschen Universitäten.",
        True,
        [("duration", 7, "year", None), ("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Dafür stehen jährlich rund 562 Millionen Euro bereit, wie die Deutsche Forschungsgemeinschaft (DFG) am Freitag mitteilte.",
        True,
        [("money", 562000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Beworben hatten sich 98 Vorhaben, 41 davon waren Fortsetzungsanträge bereits geförderter Cluster.",
        True,
        [("count", 98, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Zuschläge gingen an die Universitäten in München, Berlin und Heidelberg mit jeweils vier Clustern.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Forschungsministerin Dorothee Wangenheim sagte, fast ein Viertel der Mittel fließe in die Lebenswissenschaften.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "Dorothee Wangenheim",
    ),
    ("de", "„Exzellenz fällt nicht vom Himmel, sie wird erarbeitet“, sagte Wangenheim.", False, [], None),
    (
        "de",
        "Die Hochschulrektorenkonferenz bezeichnete das Auswahlverfahren als zu aufwendig für kleinere Hochschulen.",
        False,
        [],
        None,
    ),
    ("de", "Die neue Förderperiode beginnt am 1. Januar.", True, [("date", "--01-01", None, None)], None),
    # --- Global coral bleaching (AP), April ---
    (
        "en",
        "WASHINGTON (AP) — About 71% of the world's coral reef area has been hit by heat stress strong enough to cause bleaching since the current global event began in early 2023, U.S. scientists said Tuesday.",
        True,
        [("percent", 71, "%", "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The event, the fourth of its kind on record, has now affected reefs in at least 83 countries and territories, according to the National Oceanic and Atmospheric Administration.",
        True,
        [("ordinal", 4, None, None), ("count", 83, None, "at_least")],
        None,
    ),
    (
        "en",
        "Coral Reef Watch coordinator Derek Almquist said water temperatures over parts of the Great Barrier Reef stayed about 1.5 degrees Celsius above the usual summer maximum for eight weeks.",
        True,
        [("count", 1.5, None, "about"), ("duration", 8, "week", None)],
        "Derek Almquist",
    ),
    ("en", '"We are watching the reefs run a marathon with no finish line," Almquist said.', False, [], None),
    (
        "en",
        "In the Florida Keys, surveys found that more than half of the staghorn coral colonies being monitored had died.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Corals bleach when heat stress makes them expel the algae living in their tissues, and they can recover if temperatures drop within weeks.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Environmental campaigners branded the survey an alarm signal for governments that still subsidise fossil fuels.",
        False,
        [],
        None,
    ),
    # --- Römisches Bad in Carnuntum (APA), April ---
    (
        "de",
        "Petronell-Carnuntum (APA) - Archäologen haben in der Römerstadt Carnuntum in Niederösterreich ein rund 1.800 Jahre altes Badehaus freigelegt.",
        True,
        [("duration", 1800, "year", "about")],
        None,
    ),
    (
        "de",
        "Das Gebäude mit einer Fläche von etwa 620 Quadratmetern stammt aus dem späten 2. Jahrhundert nach Christus, teilte das Land Niederösterreich mit.",
        True,
        [("count", 620, None, "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "In den Becken und Heizkanälen fanden die Forschenden 214 Münzen, knapp 40 Haarnadeln aus Knochen und eine Statuette aus Bronze.",
        True,
        [("count", 214, None, None), ("count", 40, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die jüngste Münze wurde unter Kaiser Valentinian I. geprägt, der von 364 bis 375 regierte.",
        True,
        [("year", 364, None, None), ("year", 375, None, None)],
        None,
    ),
    (
        "de",
        "Grabungsleiterin Verena Hofstätter-Brunner sagte, das Bad sei vermutlich um 380 nach Christus bei einem Erdbeben eingestürzt.",
        True,
        [("year", 380, None, "about")],
        "Verena Hofstätter-Brunner",
    ),
    (
        "de",
        "„Man kann förmlich hören, wie hier einst geplaudert und geplanscht wurde“, sagte Hofstätter-Brunner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Carnuntum zählte in seiner Blütezeit bis zu 45.000 Einwohner.",
        True,
        [("count", 45000, None, "up_to")],
        None,
    ),
    ("de", "Die Funde sollen ab Herbst im Museum Carnuntinum in Bad Deutsch-Altenburg gezeigt werden.", True, [], None),
    # --- EU research budget proposal (Reuters), April ---
    (
        "en",
        "BRUSSELS, April 15 (Reuters) - The European Commission proposed on Wednesday to spend 162 billion euros on research and innovation under the EU's next long-term budget, which runs from 2028 to 2034.",
        True,
        [
            ("date", "--04-15", None, None),
            ("money", 162000000000, "EUR", None),
            ("year", 2028, None, None),
            ("year", 2034, None, None),
        ],
        None,
    ),
    (
        "en",
        "That would be nearly double the 89.4 billion euros set aside for the current Horizon Europe programme.",
        True,
        [("count", 2, None, "nearly"), ("money", 89400000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Research Commissioner Eliska Vondráčková told reporters that about a third of the money would go to projects in artificial intelligence, quantum technology and clean energy.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Eliska Vondráčková",
    ),
    (
        "en",
        '"Europe cannot afford to watch the race for new technologies from the stands," Vondráčková said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The budget needs the unanimous backing of all member states and must also be approved by the European Parliament.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The European Research Council would receive 21 billion euros, up from 14.6 billion euros.",
        True,
        [("money", 21000000000, "EUR", None), ("money", 14600000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "University associations said the plan pointed in the right direction but warned that national governments might still try to trim it.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the current programme, only about 14% of eligible grant applications receive funding, according to Commission figures.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    # --- Schweizer Seen erwärmen sich (Keystone-SDA), April ---
    (
        "de",
        "Dübendorf (Keystone-SDA) - Die Schweizer Seen haben sich seit 1980 im Schnitt um 0,4 Grad pro Jahrzehnt erwärmt.",
        True,
        [("year", 1980, None, None), ("count", 0.4, None, None)],
        None,
    ),
    (
        "de",
        "Das zeigt eine Auswertung von Messreihen aus 29 Seen, wie die Eawag am Dienstag mitteilte.",
        True,
        [("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten erwärmt sich die oberste Wasserschicht von etwa zehn Metern, in 100 Metern Tiefe lag der Anstieg bei 0,1 Grad pro Jahrzehnt.",
        True,
        [("count", 10, None, "about"), ("count", 100, None, None), ("count", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Projektleiter Reto Imboden sagte, im Zürichsee dauere die sommerliche Schichtung heute rund 24 Tage länger als Anfang der 1980er-Jahre.",
        True,
        [("duration", 24, "day", "about")],
        "Reto Imboden",
    ),
    ("de", "«Unsere Seen sind die Fieberthermometer des Klimawandels», sagte Imboden.", False, [], None),
    (
        "de",
        "Weil sich das Wasser weniger durchmischt, gelangt in manchen Seen zu wenig Sauerstoff in die Tiefe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Berufsfischer am Bodensee befürchten, dass ihnen künftig noch weniger Felchen ins Netz gehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Genfersee wurde im vergangenen August an der Oberfläche ein Höchstwert von 26,8 Grad gemessen.",
        True,
        [("count", 26.8, None, None)],
        None,
    ),
    # --- Tombs near Saqqara (AFP), April ---
    (
        "en",
        "CAIRO, April 22 (AFP) - Egyptian archaeologists have uncovered a group of rock-cut tombs near Saqqara dating to around 2400 BCE, the Ministry of Tourism and Antiquities said Wednesday.",
        True,
        [("date", "--04-22", None, None), ("year", -2400, None, "about")],
        "the Ministry of Tourism and Antiquities",
    ),
    (
        "en",
        "The six tombs belonged to officials of the Fifth Dynasty, among them a scribe who oversaw the royal granaries, the ministry said.",
        True,
        [("count", 6, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Inside one of them, the team found 34 painted limestone statuettes and a wooden coffin about 1.9 metres long.",
        True,
        [("count", 34, None, None), ("count", 1.9, None, "about")],
        None,
    ),
    (
        "en",
        "Mission head Karim El-Shennawy told AFP that inscriptions on the tomb walls listed more than 60 offerings to the dead.",
        True,
        [("count", 60, None, "over")],
        "Karim El-Shennawy",
    ),
    ("en", '"Every season the sand hands us another page to read," El-Shennawy said.', False, [], None),
    (
        "en",
        "Saqqara served as the main burial ground of the ancient capital Memphis for more than 3,000 years.",
        True,
        [("duration", 3000, "year", "over")],
        None,
    ),
    (
        "en",
        "Egypt received about 16.8 million foreign visitors last year and aims to attract 30 million a year by 2032.",
        True,
        [("count", 16800000, None, "about"), ("count", 30000000, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Some Egyptologists complain that finds are announced far faster than they are studied and published.",
        False,
        [],
        None,
    ),
    # --- Waldbrand-Satellit gestartet (dpa), Mai ---
    (
        "de",
        "Oberpfaffenhofen (dpa) - Ein Erdbeobachtungssatellit aus Bayern ist an Bord einer Falcon-9-Rakete ins All gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der knapp 95 Kilogramm schwere Kleinsatellit war eine von 74 Nutzlasten, die die Rakete vom kalifornischen Stützpunkt Vandenberg aus in rund 510 Kilometer Höhe brachte.",
        True,
        [("count", 95, None, "nearly"), ("count", 74, None, None), ("count", 510, None, "about")],
        None,
    ),
    (
        "de",
        "Rund zwei Stunden nach dem Start empfing die Bodenstation in Weilheim die ersten Signale, teilte das DLR mit.",
        True,
        [("duration", 2, "hour", "about"), ("ordinal", 1, None, None)],
        "das DLR",
    ),
    (
        "de",
        "Der Satellit soll Waldbrände aufspüren und trägt dafür eine Infrarotkamera mit einer Auflösung von 3,5 Metern.",
        True,
        [("count", 3.5, None, None)],
        None,
    ),
    (
        "de",
        "Firmenchef Jonas Leberecht sagte, bis Ende 2028 sollten 24 baugleiche Satelliten folgen, die dann jeden Ort der Erde alle 30 Minuten überfliegen.",
        True,
        [("year", 2028, None, None), ("count", 24, None, None), ("duration", 30, "minute", None)],
        "Jonas Leberecht",
    ),
    ("de", "„Wer Brände früh sieht, kann sie klein halten“, sagte Leberecht.", False, [], None),
    (
        "de",
        "Das Start-up aus Gilching beschäftigt nach eigenen Angaben 86 Mitarbeiterinnen und Mitarbeiter.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Branchenkenner halten den Markt für die Brandfrüherkennung aus dem All für hart umkämpft.",
        False,
        [],
        None,
    ),
    # --- Nearby supernova (Reuters), May ---
    (
        "en",
        "WASHINGTON, May 6 (Reuters) - Astronomers have spotted a supernova in a spiral galaxy about 21 million light years away, the nearest such explosion observed in more than a decade.",
        True,
        [("date", "--05-06", None, None), ("count", 21000000, None, "about")],
        None,
    ),
    (
        "en",
        "The exploding star was first detected on May 2 by an automated survey telescope in Hawaii and brightened to magnitude 11.4 within four days.",
        True,
        [("date", "--05-02", None, None), ("count", 11.4, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "Based on archival images, astronomers estimate the star had about 14 times the mass of the Sun before it collapsed.",
        True,
        [("count", 14, None, "about")],
        None,
    ),
    (
        "en",
        "Skywatchers in the Northern Hemisphere were urged to look for it with a small telescope in the hours before dawn.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Lead researcher Priyanka Deshmane said spectra taken in the first 48 hours showed strong hydrogen lines, marking it as a Type II supernova.",
        True,
        [("ordinal", 1, None, None), ("duration", 48, "hour", None)],
        "Priyanka Deshmane",
    ),
    ("en", '"Nature has handed us a front-row seat," Deshmane said.', False, [], None),
    (
        "en",
        "About 20 telescopes on four continents are now tracking how the light fades, the team said.",
        True,
        [("count", 20, None, "about"), ("count", 4, None, None)],
        None,
    ),
    # --- FWF-Jahresbericht (APA), Mai ---
    (
        "de",
        "Wien (APA) - Der Wissenschaftsfonds FWF hat im vergangenen Jahr Forschungsprojekte im Umfang von 327 Millionen Euro bewilligt.",
        True,
        [("money", 327000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Zuwachs gegenüber dem Vorjahr beträgt 4,1 Prozent, geht aus dem Jahresbericht des Fonds hervor.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Genehmigt wurden 812 von 3.405 eingereichten Anträgen, die Bewilligungsquote sank damit auf 23,8 Prozent.",
        True,
        [("count", 812, None, None), ("count", 3405, None, None), ("percent", 23.8, "%", None)],
        None,
    ),
    (
        "de",
        "FWF-Präsidentin Christiane Lackner-Moser sagte, gut ein Drittel der Mittel sei in die Naturwissenschaften geflossen, knapp ein Viertel in die Biowissenschaften.",
        True,
        [("fraction", 0.3333, None, "over"), ("fraction", 0.25, None, "nearly")],
        "Christiane Lackner-Moser",
    ),
    (
        "de",
        "„Wir müssen zu viele exzellente Projekte ablehnen, und das tut weh“, sagte Lackner-Moser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Frauenanteil unter den Projektleitungen stieg auf 37 Prozent.",
        True,
        [("percent", 37, "%", None)],
        None,
    ),
    ("de", "Die Universitätenkonferenz forderte die Regierung auf, den Fonds besser auszustatten.", False, [], None),
    (
        "de",
        "Österreich gab zuletzt 3,1 Prozent seiner Wirtschaftsleistung für Forschung und Entwicklung aus.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    # --- Phone bans and reading (PA), May ---
    (
        "en",
        "LONDON (PA) - Secondary schools that ban mobile phones for the whole school day have seen pupils' reading results improve faster than schools without a ban, a study has found.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Researchers at the University of Birmingham tracked 12,460 pupils aged 11 to 16 at 96 schools in England over two years.",
        True,
        [
            ("count", 12460, None, None),
            ("duration", 11, "year", None),
            ("duration", 16, "year", None),
            ("count", 96, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "In schools with a full ban, the share of pupils meeting the expected reading standard rose by 6.2 percentage points, against 2.4 percentage points elsewhere.",
        True,
        [("percent", 6.2, "pp", None), ("percent", 2.4, "pp", None)],
        None,
    ),
    (
        "en",
        "Pupils' self-reported phone use during lessons fell by 38 per cent.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "About one in four pupils in the study said they felt anxious when they were separated from their phone.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Professor Naomi Treharne said the gains were largest among pupils eligible for free school meals.",
        True,
        [],
        "Naomi Treharne",
    ),
    ("en", '"Phones are not the enemy, but they are a very noisy classmate," Treharne said.', False, [], None),
    (
        "en",
        "Guidance from the Department for Education, issued in 2024, tells schools to prohibit phone use during the school day but is not legally binding.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("en", "Head teachers' unions said a blanket ban would be hard to enforce in many schools.", False, [], None),
    # --- Cargo capsule reaches the station (AP), May ---
    (
        "en",
        "CAPE CANAVERAL, Fla. (AP) — A private cargo capsule carrying about 3,400 kilograms of supplies and experiments arrived at the International Space Station on Sunday, two days after lifting off from Florida.",
        True,
        [("count", 3400, None, "about"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Pelorus Space's Wayfarer capsule is making its third flight to the station under a NASA contract worth $1.6 billion.",
        True,
        [("ordinal", 3, None, None), ("money", 1600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Among the cargo are 42 experiments, including a study of how tomato plants grow in weightlessness.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    ("en", "Seven astronauts are currently living aboard the orbiting lab.", True, [("count", 7, None, None)], None),
    (
        "en",
        "The capsule will stay attached for about 30 days before returning to Earth with 1,900 kilograms of research samples and equipment, NASA said.",
        True,
        [("duration", 30, "day", "about"), ("count", 1900, None, None)],
        "NASA",
    ),
    (
        "en",
        '"Watching it glide in never gets old," flight director Miguel Obregón-Hale said on NASA\'s livestream.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Station managers declined to say whether an engine review at the company would delay its next flight.",
        False,
        [],
        None,
    ),
    ("en", "The station has been continuously occupied since November 2000.", True, [("year", 2000, None, None)], None),
    # --- Umfrage zu Kirche und Klima (KNA), Juni ---
    (
        "de",
        "Bonn (KNA) - Gut zwei Drittel der Katholikinnen und Katholiken in Deutschland halten den Schutz des Klimas für eine Aufgabe der Kirche.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Das ergab eine repräsentative Umfrage des Instituts für Demoskopie Allensbach unter 2.408 Erwachsenen im Auftrag der Deutschen Bischofskonferenz.",
        True,
        [("count", 2408, None, None)],
        None,
    ),
    (
        "de",
        "Unter den evangelischen Befragten lag der Anteil bei 64 Prozent, unter Konfessionslosen bei 41 Prozent.",
        True,
        [("percent", 64, "%", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Nur 17 Prozent sind der Meinung, ihre Pfarrei tue genug für den Klimaschutz.",
        True,
        [("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Die Befragung fand zwischen dem 3. und 17. März statt, die Fehlertoleranz liegt bei plus oder minus 2,5 Prozentpunkten.",
        True,
        [("date", "--03-03", None, None), ("date", "--03-17", None, None), ("percent", 2.5, "pp", None)],
        None,
    ),
    (
        "de",
        "Weihbischof Anselm Quadflieg sagte, bis 2030 sollten alle Bistümer eigene Klimaschutzkonzepte vorlegen.",
        True,
        [("year", 2030, None, None)],
        "Anselm Quadflieg",
    ),
    ("de", "„Die Bewahrung der Schöpfung ist kein Randthema für Sonntagsreden“, sagte Quadflieg.", False, [], None),
    (
        "de",
        "Der Bund der Deutschen Katholischen Jugend kritisierte, die Kirche handle beim Klimaschutz zu zögerlich.",
        False,
        [],
        None,
    ),
    # --- Greenland ice loss (Reuters), June ---
    (
        "en",
        "LONDON, June 3 (Reuters) - Greenland's ice sheet shed 243 billion tonnes of ice per year on average from 2002 to 2024, enough to raise global sea levels by about 0.7 millimetres annually, a study published on Wednesday found.",
        True,
        [
            ("date", "--06-03", None, None),
            ("count", 243000000000, None, None),
            ("year", 2002, None, None),
            ("year", 2024, None, None),
            ("count", 0.7, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The researchers combined gravity measurements from satellites with readings from 58 automatic weather stations on the ice.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "en",
        "The melt season of 2023 alone removed more than 400 billion tonnes, the second-highest total since records began in 1979.",
        True,
        [
            ("year", 2023, None, None),
            ("count", 400000000000, None, "over"),
            ("ordinal", 2, None, None),
            ("year", 1979, None, None),
        ],
        None,
    ),
    (
        "en",
        "Lead author Signe Albrechtsen said the edges of the ice sheet were thinning up to four times faster than its interior.",
        True,
        [("count", 4, None, "up_to")],
        "Signe Albrechtsen",
    ),
    (
        "en",
        '"Greenland is no longer a distant problem for anyone who lives on a coast," Albrechtsen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Meltwater from Greenland now accounts for roughly a fifth of the current rise in global sea levels, the authors said.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "If the entire Greenland ice sheet melted, global sea levels would rise by more than 7 metres.",
        True,
        [("count", 7, None, "over")],
        None,
    ),
    ("en", "The findings appeared in the journal Nature Geoscience.", True, [], None),
    # --- Erdgroßer Planet bei Rotem Zwerg (dpa), Juni ---
    (
        "de",
        "Garching (dpa) - Astronomen haben mit dem Very Large Telescope der Europäischen Südsternwarte (Eso) einen erdgroßen Planeten in rund 41 Lichtjahren Entfernung nachgewiesen.",
        True,
        [("count", 41, None, "about")],
        None,
    ),
    (
        "de",
        "Der Planet umkreist einen Roten Zwerg und benötigt für einen Umlauf nur 4,7 Tage, teilte die Eso am Donnerstag mit.",
        True,
        [("duration", 4.7, "day", None)],
        "die Eso",
    ),
    (
        "de",
        "Seine Masse liegt nach den Berechnungen des Teams bei etwa 1,1 Erdmassen, an seiner Oberfläche dürften mehr als 300 Grad Celsius herrschen.",
        True,
        [("count", 1.1, None, "about"), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Für den Nachweis werteten die Forschenden 163 Messungen aus, die über einen Zeitraum von sechs Jahren gesammelt wurden.",
        True,
        [("count", 163, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Studienleiter Florian Anzengruber sagte, der Planet sei einer der leichtesten, die bislang mit dieser Methode gefunden wurden.",
        True,
        [],
        "Florian Anzengruber",
    ),
    ("de", "„Leben, wie wir es kennen, halten wir dort für ausgeschlossen“, sagte Anzengruber.", False, [], None),
    (
        "de",
        "Andere Astronomen halten es für möglich, dass in dem System weitere Planeten verborgen sind.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit dem im Bau befindlichen Extremely Large Telescope in Chile sollen ab 2030 auch die Atmosphären solcher Planeten untersucht werden.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Heat and preterm births (AFP), June ---
    (
        "en",
        "PARIS, June 17 (AFP) - Pregnant women exposed to extreme heat are more likely to give birth early, according to a global study of more than 2.4 million births published Tuesday in The Lancet Planetary Health.",
        True,
        [("date", "--06-17", None, None), ("count", 2400000, None, "over")],
        None,
    ),
    (
        "en",
        "The researchers analysed hospital records from 37 countries between 2000 and 2022.",
        True,
        [("count", 37, None, None), ("year", 2000, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "During heatwaves lasting at least three days, the risk of preterm birth rose by 14%, and by 21% in the poorest regions.",
        True,
        [("duration", 3, "day", "at_least"), ("percent", 14, "%", None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "Each additional degree above a region's 95th percentile of temperatures raised the risk by about 2%.",
        True,
        [("ordinal", 95, None, None), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "Co-author Lucía Benavente-Ortiz said about one in 11 babies worldwide is born preterm, some 12 million a year.",
        True,
        [("fraction", 0.0909, None, "about"), ("count", 12000000, None, "about")],
        "Lucía Benavente-Ortiz",
    ),
    ("en", '"Heat is a pregnancy risk that hardly anyone warns women about," Benavente-Ortiz said.', False, [], None),
    (
        "en",
        "Midwives' groups said they were worried about what hotter summers would mean for expectant mothers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Because the study was observational, it cannot prove that heat directly triggered early labour, the authors said.",
        True,
        [],
        None,
    ),
    # --- Bogen aus dem Gletschereis (Keystone-SDA), Juni ---
    (
        "de",
        "Chur (Keystone-SDA) - Am Rand eines schmelzenden Gletschers im Kanton Graubünden hat ein Berggänger die Reste eines rund 4300 Jahre alten Bogens aus Eibenholz entdeckt.",
        True,
        [("duration", 4300, "year", "about")],
        None,
    ),
    (
        "de",
        "Eine Radiokarbondatierung im Labor der ETH Zürich ergab, dass das Holz um 2300 v. Chr. geschlagen wurde.",
        True,
        [("year", -2300, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bogen ist 1,62 Meter lang, zusammen mit ihm lagen 14 Pfeilschäfte und ein Köcher aus Birkenrinde im Eis.",
        True,
        [("count", 1.62, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Kantonsarchäologin Beatrice Wyss-Tanner sagte, der Fundort liege auf 2840 Metern Höhe an einem alten Übergang, der wohl schon in der Jungsteinzeit begangen worden sei.",
        True,
        [("count", 2840, None, None)],
        "Beatrice Wyss-Tanner",
    ),
    (
        "de",
        "«Das Eis gibt uns gerade sein Gedächtnis zurück, aber nur für kurze Zeit», sagte Wyss-Tanner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gletscher hat nach Messungen des Kantons seit 2000 rund 38 Prozent seiner Fläche verloren.",
        True,
        [("year", 2000, None, None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "de",
        "Nach Schweizer Recht gehört der Bogen dem Kanton, der Finder erhält eine Belohnung von 3000 Franken.",
        True,
        [("money", 3000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bereits 2019 hatten Berggänger in der Region einen rund 3800 Jahre alten Lederschuh geborgen.",
        True,
        [("year", 2019, None, None), ("duration", 3800, "year", "about")],
        None,
    ),
    # --- Versauerung der Adria (APA), Juli ---
    (
        "de",
        "Wien (APA) - Das Wasser der nördlichen Adria ist in den vergangenen drei Jahrzehnten deutlich saurer geworden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der pH-Wert des Oberflächenwassers sank seit 1992 von 8,19 auf 8,09, wie eine Studie der Universität Wien zeigt.",
        True,
        [("year", 1992, None, None), ("count", 8.19, None, None), ("count", 8.09, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Anstieg der Säurekonzentration um rund 26 Prozent.",
        True,
        [("percent", 26, "%", "about")],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden Messungen von 38 Stationen zwischen Triest und Rimini.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Studienautorin Theresa Kogelnik sagte, zugleich habe sich das Wasser im selben Zeitraum um etwa 1,6 Grad erwärmt, was Muscheln und Korallen zusätzlich belaste.",
        True,
        [("count", 1.6, None, "about")],
        "Theresa Kogelnik",
    ),
    (
        "de",
        "„Das Meer vor unserer Haustür verändert sich schneller, als wir dachten“, sagte Kogelnik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei Muschelzuchten im Golf von Triest seien die Erträge seit 2015 um knapp ein Drittel zurückgegangen, sagte sie.",
        True,
        [("year", 2015, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "Die Forschenden hoffen, dass ihre Daten in den Schutz der Küstengewässer einfließen.", False, [], None),
    # --- Chinese crew launch (Reuters), July ---
    (
        "en",
        "BEIJING, July 8 (Reuters) - China launched three astronauts to its Tiangong space station on Wednesday aboard the Shenzhou-23 spacecraft, state media reported.",
        True,
        [("date", "--07-08", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The crew, which includes the country's first payload specialist from Macau, is due to spend about six months in orbit.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", "about")],
        None,
    ),
    (
        "en",
        "The Long March 2F rocket lifted off from the Jiuquan Satellite Launch Center at 9:31 p.m. local time, and the spacecraft docked about six and a half hours later, the China Manned Space Agency said.",
        True,
        [("duration", 6.5, "hour", "about")],
        "the China Manned Space Agency",
    ),
    (
        "en",
        "It is the 13th crewed mission of China's human spaceflight programme, which sent its first astronaut into orbit in 2003.",
        True,
        [("ordinal", 13, None, None), ("ordinal", 1, None, None), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "During their stay the astronauts will carry out more than 90 experiments and at least two spacewalks.",
        True,
        [("count", 90, None, "over"), ("count", 2, None, "at_least")],
        None,
    ),
    (
        "en",
        "Western analysts say the crewed programme has become a showcase of national prestige for Beijing.",
        False,
        [],
        None,
    ),
    (
        "en",
        "China has said it intends to send a crew to the lunar surface before 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The three will take over from a crew that has been aboard since January and is due to land in Inner Mongolia next week.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- „Polarstern“ zurück (dpa), Juli ---
    (
        "de",
        "Bremerhaven (dpa) - Nach 143 Tagen im Nordpolarmeer ist der Forschungseisbrecher „Polarstern“ in seinen Heimathafen zurückgekehrt.",
        True,
        [("duration", 143, "day", None)],
        None,
    ),
    (
        "de",
        "An Bord waren 96 Forschende aus 14 Ländern, teilte das Alfred-Wegener-Institut (AWI) am Montag mit.",
        True,
        [("count", 96, None, None), ("count", 14, None, None)],
        "das Alfred-Wegener-Institut",
    ),
    (
        "de",
        "Das Meereis in der Framstraße war im Schnitt nur 1,3 Meter dick und damit etwa 40 Zentimeter dünner als vor zehn Jahren.",
        True,
        [("count", 1.3, None, None), ("count", 40, None, "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "In 400 Metern Tiefe maßen die Forschenden Wassertemperaturen von bis zu 1,9 Grad Celsius.",
        True,
        [("count", 400, None, None), ("count", 1.9, None, "up_to")],
        None,
    ),
    (
        "de",
        "Fahrtleiterin Katharina Oldenburg sagte, warmes atlantisches Wasser reiche heute rund 150 Kilometer weiter nach Norden als in den 1990er-Jahren.",
        True,
        [("count", 150, None, "about")],
        "Katharina Oldenburg",
    ),
    ("de", "„Die Arktis erzählt uns, was dem Rest der Welt noch bevorsteht“, sagte Oldenburg.", False, [], None),
    (
        "de",
        "Die Auswertung der rund 2.600 Wasser- und Eisproben wird nach Angaben des Instituts etwa zwei Jahre dauern.",
        True,
        [("count", 2600, None, "about"), ("duration", 2, "year", "about")],
        None,
    ),
    ("de", "Umweltverbände sprachen von einem „Weckruf aus dem Eis“.", False, [], None),
    # --- NOAA spending bill (AP), July ---
    (
        "en",
        "WASHINGTON (AP) — A House spending panel on Thursday approved $5.8 billion for the National Oceanic and Atmospheric Administration for next year, about 9% less than the agency is receiving this year.",
        True,
        [("money", 5800000000, "USD", None), ("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "The bill would cut NOAA's office of oceanic and atmospheric research by nearly a third, to $412 million.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("money", 412000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The panel voted 31-26 along party lines.",
        True,
        [("count", 31, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Committee chair Dwight Hollenbeck said the bill protected the National Weather Service, which would receive $1.4 billion, slightly more than this year.",
        True,
        [("money", 1400000000, "USD", None)],
        "Dwight Hollenbeck",
    ),
    (
        "en",
        '"This is a responsible bill for a country that has to live within its means," Hollenbeck said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democrats on the panel called the research cuts shortsighted at a time of record ocean heat.",
        False,
        [],
        None,
    ),
    (
        "en",
        "NOAA operates 19 satellites and 14 research and survey ships, according to the agency.",
        True,
        [("count", 19, None, None), ("count", 14, None, None)],
        None,
    ),
    ("en", "The full House still has to vote on the bill, and the Senate is drafting its own version.", True, [], None),
    # --- ERC Advanced Grants (dpa), Juli ---
    (
        "de",
        "Brüssel (dpa) - Forschende an deutschen Einrichtungen haben bei der jüngsten Vergabe der hoch dotierten ERC Advanced Grants 54 von 281 Förderungen erhalten.",
        True,
        [("count", 54, None, None), ("count", 281, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland liegt damit erneut an erster Stelle, vor Großbritannien mit 39 und Frankreich mit 31 Zuschlägen, teilte der Europäische Forschungsrat mit.",
        True,
        [("ordinal", 1, None, None), ("count", 39, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt verteilt der Forschungsrat rund 721 Millionen Euro, jedes Projekt kann über fünf Jahre mit bis zu 2,6 Millionen Euro gefördert werden.",
        True,
        [("money", 721000000, "EUR", "about"), ("duration", 5, "year", None), ("money", 2600000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Nur knapp 13 Prozent der eingereichten Anträge waren erfolgreich.",
        True,
        [("percent", 13, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Frauen stellten 29 Prozent der Geförderten, nach 24 Prozent bei der Runde davor.",
        True,
        [("percent", 29, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "de",
        "Physikerin Miriam Adlersberg sagte, sie wolle mit ihren 2,4 Millionen Euro Quantensensoren für die Hirnforschung entwickeln.",
        True,
        [("money", 2400000, "EUR", None)],
        "Miriam Adlersberg",
    ),
    (
        "de",
        "„Diese Förderung gibt mir die Freiheit, auch ins Blaue hinein zu forschen“, sagte Adlersberg.",
        False,
        [],
        None,
    ),
]
