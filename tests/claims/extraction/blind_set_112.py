"""Hundred-and-twelfth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, rockets, landers and
figures are made up (Tobias Reinhardt, Verena Hochleitner, Elodie Favre, Hannelore Brück,
Owen Fairleigh, Marian Oakridge, Orbitwerk and its rocket „Falke“, Jannik Seidlmayer,
Matthias Krenzer, Sabine Oettinger, Carla Mennicken, Hélène Vasseur, Ilse Barthold, Brigitte
Aschauer, Beat Hürlimann, Falk Hollmann; Rachel Dunmore, Kenji Morisaki, Lúcia Andrade, Anna
Lindgren, Mark Heywood, Tomas Brandl, Haruka Ishibashi, Lunaris Robotics and its Selene
lander, Marcus Oyelaran, Skyreach Orbital, Morag Isbister, Harwick Insight, Gemma Holloway,
Naomi Ruck, Lucía Ferrer, Evan Marchetti, Holger Brandauer); real agencies, missions,
rockets, companies, institutes and places ("Esa"/"ESA", "DLR", "Nasa"/"NASA", "JAXA", "ISRO",
"CMSA", "CNES", "NOAA", "Deutscher Wetterdienst", "SpaceX", "Starship", "Super Heavy",
"Falcon 9", "Dragon", "Blue Origin", "New Glenn", "Amazon", "Kuiper", "Starlink",
"Arianespace", "Ariane 6", "Galileo", "Artemis II", "Orion", "Space Launch System",
"Gaganyaan", "H3", "Martian Moons eXploration", "Cheops", "Smile", "Hera", "Dart", "Milani",
"Juventas", "Tiangong", "Mars Sample Return", "Perseverance", "James Webb", "Vera C. Rubin
Observatory", "European Southern Observatory", "Institut für Weltraumforschung",
"Max-Planck-Institut für Astronomie", "Universität Genf", "Naturhistorisches Museum Bern",
"FFG", "BDLI", "Königlich Schwedische Akademie der Wissenschaften", "Royal Swedish Academy of
Sciences", "Federal Aviation Administration", "UK Space Agency", "SaxaVord Spaceport",
"Jet Propulsion Laboratory", "European Heart Journal", "Elon Musk" and, as the source of a
quoted line, "Carl Sagan") stand for the way wire copy names them; every launch tally,
delay, cost, distance, mass, sample, share, prize sum and statement here is invented.

Its weight: SPACE MISSIONS AND SCIENCE NEWS over eight weeks in story order (late September
to late November), each story told over several sentences as wire copy runs (a dateline lead,
the figures, attributed statements of agencies, companies and scientists, a quote, scene
colour, follow-ups), the German and English stories interleaved by date. Half German (dpa,
APA, Keystone-SDA, AFP and Reuters German services; Austrian "heuer", Swiss "ss", "5000
Franken" without a separator, «» quotes, German „“ quotes): a German Esa astronaut's launch
to the ISS ("in etwa 410 Kilometern Höhe mit rund 28.000 Kilometern pro Stunde", "der 61.
Start einer Falcon 9 in diesem Jahr", "zweimal um jeweils 24 Stunden verschoben"), a Graz
magnetometer for Smile, five planets in resonance seen by Cheops ("zwischen 1,8- und 2,9-mal
so gross", "dreieinhalb Jahren"), the physics Nobel ("elf Millionen schwedischen Kronen
(rund eine Million Euro)", "die Hälfte des Preisgeldes"), a German start-up's failed maiden
flight ("nach nur 38 Sekunden", "die zweistufige Rakete"), a star some 30 times the Sun's mass
that vanished without a supernova ("rund 30-mal so schwer wie die Sonne"), a study of
astronauts' hearts with its sample and percentages, Hera at Didymos, a Tiangong crew's
return, Ariane 6 with two Galileo satellites, an Esa astronaut back after "ihrer
180-tägigen Mission", the Esa ministerial council with national contributions, an Austrian
survey on space, a meteorite in the Lower Engadine and a solar storm. Half English (Reuters,
AP, AFP, PA): a Starship explosion and, eight weeks later, a full flight, an Artemis II delay,
India's uncrewed Gaganyaan test, the chemistry Nobel ("11 million Swedish crowns ($1.2
million)"), a dormant black hole "roughly 27 times as massive as the Sun", JAXA's probe to
Phobos ("some 225 million km from Earth", "about 60 billion yen ($400 million)"), a private
lunar lander on its side, a postponed launch from Shetland, a survey on alien life, the
Rubin Observatory's first asteroids, the end of Mars Sample Return ("as much as $11
billion"), an asteroid flyby, ESA's space debris report and a New Glenn landing. Negatives as
such copy has them: wonder and hype in quotes, visions and dreams, speculation about alien
life, outreach invitations and advice, scene colour at launch sites and landing sites,
labels, verdicts and Konjunktiv I verdicts, a hope, open and rhetorical questions, a
non-disclosure line and a reporting credit.

244 rows (124 German, 120 English), 59 negatives (28 German, 31 English), 185 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 300 expected quantities (109
counts, 67 durations, 29 amounts of money - 14 EUR, 8 USD, 2 SEK, 2 CHF, 1 INR, 1 JPY, 1 GBP
-, 26 ordinals, 22 percentages, 21 years, 15 fractions, 11 dates; 6 of them in five
negatives, as the seventeenth batch labels a figure in a negative), 40 checked speakers (20
German, 20 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a cause, a plan or a figure are check-worthy with the speaker their own attribution
  gives ("Die Mission solle mindestens 36 Monate lang Daten liefern, sagte Hochleitner." ->
  "Hochleitner", "Ein zweiter Startversuch sei noch vor Jahresende geplant, sagte
  Seidlmayer." -> "Seidlmayer", "Rund zwei Drittel der Veränderungen hätten sich ...
  zurückgebildet, sagte Oettinger." -> "Oettinger", "Es sei das erste Mal, dass ..., sagte
  Flugdirektorin Carla Mennicken." -> "Carla Mennicken", "Damit fließe jeder vierte Euro ...,
  sagte Raumfahrtkoordinatorin Ilse Barthold." -> "Ilse Barthold"; forty-fourth,
  ninety-seventh, hundred-ninth); a hedged cause stays check-worthy ("Vermutlich sei der Stern
  direkt zu einem Schwarzen Loch kollabiert, sagte Studienleiter Matthias Krenzer vom
  Max-Planck-Institut für Astronomie." -> "Matthias Krenzer", as "vermutlich eine
  weggeworfene Zigarette", hundred-tenth, and "sagte Meteorologe ... von der Geosphere
  Austria", thirty-eighth). Konjunktiv I verdicts, warnings and demands without a figure are
  negatives ("Deutschland brauche einen eigenen Zugang zum All, ..., mahnte der Branchenverband
  BDLI.", "Das sei ein Signal der Stärke an die ganze Welt, ...", "Die Grünen kritisierten,
  der Beitrag ... sei überzogen.", "Störungen beim GPS-Empfang seien nicht auszuschließen, so
  DWD-Sprecher Falk Hollmann."; hundred-first, hundred-eighth, hundred-tenth).
- Check-worthy without a figure (forty-fourth, ninety-seventh, hundred-tenth): an astronaut's
  launch, an instrument flying on a mission, an agency's stated reason for a delay, "The crew
  will now fly no earlier than April, NASA said.", a mishap investigation ordered, two
  publications in named journals, three Nobel laureates named for a finding, "Verletzt wurde
  niemand", a hedged cause (above), a study's finding stated without its figures, a signal
  received at a clock time, a lander on its side, a poll's weighting, a capsule landing at a
  clock time, the next launch planned for a month, and a solar storm that brought aurorae far
  south.
- New, on visions and boasts: a founder's vision and a dream are negatives, with or without a
  figure ("Eines Tages sollen Falke-Raketen im Wochentakt abheben, so die Vision des
  Gründers.", "Musk has long dreamed of a self-sustaining city of a million people on Mars."
  with its count 1,000,000 labelled, seventeenth), while a stated aim with a date is a plan and
  check-worthy ("Musk has said SpaceX aims to send uncrewed Starships to Mars in the next
  launch window, which opens in late 2026.", as "Elon Musk has said he wants to send ... by the
  end of 2026", forty-fourth; "China will bis 2030 erstmals zwei Taikonauten auf dem Mond
  landen lassen."). A chief's boast that sets figures against each other („Wir haben in diesen
  38 Sekunden mehr gelernt als in drei Jahren Tests am Boden“) is rhetoric and a negative that
  keeps its 38 seconds and 3 years labelled (seventeenth), unlike a quoted fact in the perfect
  (ninety-eighth). The open verdict "Whether the vehicle can land NASA astronauts on the moon by
  2028 looks increasingly doubtful." keeps its year (forty-fourth: "frühestens 2028" in a
  negative).
- New, on outreach: invitations to the public are appeals and negatives, also with an agency
  as their subject ("NASA is inviting the public to sign up online ...", "Amateur astronomers
  are invited to help classify ...", "Schulklassen können sich ab sofort für Führungen ...
  anmelden.", "Lehrerinnen und Lehrer sind eingeladen, ...", "Hobbyastronomen können die
  ersten Bilder ab 20 Uhr im Livestream der Esa verfolgen." with its ordinal 1 labelled;
  ninety-eighth: service lines, forty-fourth: a hotline line), as are viewing tips ("Wer die
  Lichter sehen will, sollte ...", "Skywatchers in southern Europe will need binoculars ...")
  and reassurance ("There is no reason for alarm, ESA's planetary defence chief stressed.",
  forty-fourth).
- Survey results are check-worthy, the share that holds a view included ("Knapp zwei Drittel
  der Österreicherinnen und Österreicher halten Investitionen in die Raumfahrt für sinnvoll."
  0.6667 "nearly", as "halten 62 Prozent der Befragten ... für", hundred-third; "Nur 18
  Prozent glauben, ...", "More than half of adults ... believe intelligent life exists ...",
  "Roughly one in five respondents said they thought ..."); a survey's sample and source
  are check-worthy ("Das geht aus einer Umfrage des Market-Instituts unter 1.012 Personen ...
  hervor.", ninety-seventh). The researchers' own verdict stays a negative ("Dass einer der
  Planeten Leben beherbergt, halten die Forschenden für äusserst unwahrscheinlich.",
  ninetieth), as does speculation about life ("Astronomers say the odds of finding microbes
  ... have never looked better.", forty-fourth) and about a finding ("Phobos may hold pieces
  of Mars ...").
- Launch tallies and other ordinals (forty-fourth, ninety-seventh, hundred-tenth): "der 61.
  Start einer Falcon 9 in diesem Jahr" 61, "der 13. Deutsche im All" 13, "ISRO's fifth launch
  this year and the 104th from the Sriharikota spaceport" 5 and 104, "the third failure in the
  rocket's last five test flights" ordinal 3 and count 5, "the rocket's 12th test flight",
  "the eighth flight of the H3", "der vierte Flug ... und der zweite in ihrer schweren
  Variante", "for the second time", "die siebte Langzeitbesatzung", "die sechste Frau", "the
  30th Japanese laureate", "der fünfte bestätigte Meteoritenfund", "A second uncrewed flight",
  "Ein zweiter Startversuch", "On its first flight", "the first crewed flight around the moon
  in more than 50 years" (ordinal 1 and 50 years "over", hundredth), "the first samples ever
  collected", "its first three months of full operation" (ordinal 1 and 3 months,
  ninety-ninth: "in the first 24 hours"), "Es sei das erste Mal" 1 (the issue: "zum zweiten
  Mal"), "in die zweithöchste Kategorie" 2 (the issue: "die drittgrößte Stadt"). New: "Der
  Jungfernflug der ersten Orbitalrakete" is ordinal 1 from "ersten" alone - "Jungfernflug",
  "Erstflug", "debut" and "maiden" name a feat and carry none (thirty-fifth: "maiden"), as
  "erstmals" (forty-fourth). Names with a figure carry none (forty-fourth, ninety-seventh):
  "Falcon-9-Rakete", "Falcon 9", "Ariane-6-Rakete", "Ariane 6", "H3", "Artemis II", and in
  "bis zu zehn Ariane-6-Starts" only "zehn" is a figure (10 "up_to").
- Delays are durations with their hedges (forty-fourth: "um 24 Stunden"; hundredth:
  "jeweils" no hedge): "zweimal um jeweils 24 Stunden verschoben" count 2 (the issue:
  "viermal") and 24 hours, "by at least two months" "at_least", "this time by 10 days", "had
  already slipped by more than two years" "over", "um fast zwei Jahre verzögert" "nearly",
  "mit vier Jahren Verspätung" 4 years, "more than three years behind its original schedule"
  "over", "nearly three hours late" "nearly"; "no earlier than April", "vor Jahresende",
  "early next year", "in late 2026" (the year only) carry no duration.
- Distances, heights, speeds and sizes are counts (fourth, forty-fourth, ninety-seventh):
  "in etwa 410 Kilometern Höhe" 410 "about" ("in etwa" is "about", forty-fourth), "mit rund
  28.000 Kilometern pro Stunde", "at more than 24,000 km/h" "over", "some 27,400 km/h",
  "roughly 146 km", "about 400 km", "some 7,400 km", "bis zu 121.000 Kilometer" "up_to",
  "mehr als 880 Millionen Kilometern" 8.8e8 "over", "some 225 million km" 2.25e8 "about",
  "etwa 122 Millionen Kilometer", "in rund 23.200 Kilometern Höhe", "about 280,000 km (174,000
  miles)" (the hedge on the first only, ninety-ninth), "roughly 13 kilometres per second",
  "mit rund 1.900 Kilometern pro Sekunde", "rund 112 Lichtjahre", "some 2,600 light-years",
  "rund 17 Millionen Lichtjahre" 1.7e7; heights and sizes "Die rund 28 Meter hohe Rakete",
  "The 18-metre rocket", "The 98-metre rocket", "the 4.3-metre Selene lander", "etwa 150
  Meter im Durchmesser", "estimated at 30 to 40 metres across" two with no hedge (a verb of
  estimating, ninety-ninth: "estimated ... at between"); masses "850 Gramm", "about 3,700
  kg", "up to 700 kg" "up_to", "bis zu 1.000 Kilogramm" "up_to", "at least 10 grams"
  "at_least", "jeweils rund sechs Kilogramm" "about", "das 1,3 Kilogramm schwere
  Gesteinsstück" 1.3; data "about 20 terabytes" 20 and "3,200-megapixel camera" 3200 (the
  prefix belongs to the unit, ninety-seventh). New: "a 10-storey building" is count 10 - a
  figure in a compound adjective read as written, as "28-Punkte-Entwurf" (the issue) and "The
  18-metre rocket". New: "objects larger than 10 cm" is 10 "over" (hundred-tenth: "above";
  ninety-seventh: "kleiner als" "under") and "between 1 cm and 10 cm" two with no hedge
  (forty-first: "between").
- Multiples and masses are counts (forty-fourth, hundred-tenth): "rund 30-mal so schwer wie
  die Sonne" 30 "about", "roughly 27 times as massive as the Sun" 27 "about", "rund 2.880-mal"
  (orbits) 2880 "about". New: in "zwischen 1,8- und 2,9-mal so gross" the first multiple,
  its "-mal" elided after the hyphen, is 1.8 as the second is 2.9, with no hedge ("zwischen",
  forty-first); likewise "Among 18- to 29-year-olds" gives two ages, 18 and 29 years (the unit
  written once serves the range, ninety-seventh: "sieben bis acht Stunden").
- Durations (the issue: "fünfstündigen", "dreitägige"; forty-fourth, ninety-seventh,
  hundred-tenth): "six months", "sechs Monate", "nach rund 27 Stunden" "about", "for 52
  hours", "about seven minutes into the flight" "about", "for up to 90 minutes" "up_to",
  "about 10 days" "about", "in knapp vier Jahren" "nearly", "mindestens 36 Monate lang"
  "at_least", "6 bis 41 Tage" both, "von dreieinhalb Jahren" 3.5 years (fourteenth:
  "zweieinhalb"), "nach nur 38 Sekunden", "Aufnahmen aus 14 Jahren" and "Messreihen aus 17
  Jahren" (the span the data cover), "after a journey of about 11 months", "roughly three
  years", "von durchschnittlich 182 Tagen" (no hedge), "60 Tage lang", "binnen sechs
  Monaten", "rund 25 Monaten", "um 35 Minuten", "in knapp zwölf Stunden", "for nine days",
  "Nach 192 Tagen", "fast 20 Stunden", "knapp vier Stunden", "nach ihrer 180-tägigen Mission"
  180 days, "13 Stunden und 25 Minuten" two (ninety-seventh), "ein etwa dreiwöchiges
  Rehabilitationsprogramm" 3 weeks "about", "once every 11.6 years" and "about once every 1,000
  years" ("on average" no hedge; hundred-tenth: "roughly once every 15 years"), "for about 18
  hours", "nach knapp 24 Stunden", "about 71 minutes after liftoff", "eight weeks after", "the
  six months to May", "within five years", "in five years", "its planned 10-year survey" 10
  years ("Over its" no hedge, twenty-fifth), "für die kommenden drei Jahre" (forty-fourth).
  "nine days ago" is 9 days and "vor drei Jahren" 3 years (sixty-eighth: "three weeks ago";
  ninety-seventh: "Vor fünf Jahren"). Ages: "den 41-jährigen Physiker", "Die 58-Jährige",
  "Morisaki, 71,", "Die 44-Jährige", "bei den unter 30-Jährigen" 30 "under" (ninety-seventh),
  "der 63-jährige Finder" (in a negative, labelled); the age of a thing "rund 4,56 Milliarden
  Jahre alt" 4.56e9 years "about" (forty-fourth). None: "seit Milliarden Jahren", "billions of
  years ago", "decades of work", "in den kommenden Wochen", "in diesem Jahrzehnt", "this
  year", "next year", "every night", "pro Jahr", "im Wochentakt", "the final seconds", "the
  launch window". "every three to four nights" is counts 3 and 4 (a night is no unit of the
  duration list, hundred-tenth: "nine consecutive nights"); "310 Beobachtungsstunden" is count
  310 (a compound noun with a unit of time inside, ninety-seventh: "20 Arbeitstagen").
- Counts otherwise: "ein Dutzend davon" 12 (the issue: "two dozen"), "zweimal" 2, "33 Raptor
  engines", "four Florida airports", "Three of the four astronaut candidates" 3 and 4, "drei
  Forschende", "an drei Observatorien", "Two scientists", "more than 260 experiments" "over",
  "Only eight chemistry prizes" (no hedge), "Seven of the rocket's eight flights" 7 and 8,
  "Only about 30 black holes" "about", "24 Raumfahrer", "48 Probanden", "Zwei
  Würfelsatelliten", "four of its seven instruments", "five of its experiments", "12
  payloads from customers in five countries", "four small satellites", "Around 1,200 people",
  "6,150 adults in the three countries", "drei Raumfahrer", "drei Außeneinsätze", "zwei
  Taikonauten", "zwei Satelliten", "mit vier Feststoffboostern", "auf 30 Satelliten, von denen
  26", "more than 2,100 previously unknown asteroids" "over", "Seven of them", "some 20 billion
  galaxies" 2e10 "about", "zwei Außeneinsätze", "Die 23 Mitgliedstaaten", "74
  Weltraumprojekte", "about 11,800" active satellites, "some 40,000 objects", "more than 1
  million fragments" "over", "about 145,000 collision-avoidance manoeuvres", "rund 70
  Einzelanalysen", "48 Amazon Kuiper internet satellites", "more than 3,200 satellites", "212
  Kuiper satellites", "10 dummy satellites", "112 Menschen aus 21 Nationen", "fünf Planeten",
  "mehr als 190.000 Menschen" "over", "auf ihrer fünfstufigen Skala" 5 (ninety-ninth: "der
  fünfteiligen Skala"). New: "Die zweistufige Rakete" is count 2 - a number word in an
  adjective that counts the stages, as "in zwei Stufen" is count 2 (hundredth). The articles
  and pronouns carry none ("a leg", "an engine", "einer der Planeten", "der beiden
  Asteroiden", "a single Starship", "Hundreds of people", "Tausende Menschen").
- Percentages and fractions (ninety-seventh, hundred-tenth): "im Schnitt um 4,8 Prozent" (no
  hedge), "um mehr als 8 Prozent" "over", "mit 5,6 Prozent ... mit 4,4 Prozent", "nur 12
  Prozent", "31%", "about 40% over budget" "about", "a success rate of 87.5%", "61%, against
  54% ... and 49%", "Only 23% ... compared with 38%", "Nur 18 Prozent", "rund 14 Prozent"
  "about", "auf 16,5 Prozent, nach 18 Prozent", "ein Plus von 17 Prozent", "More than 60%"
  "over", "about 7% of the planned network" "about", "about 12% of NASA's planetary science
  budget" "about"; "a margin of error of 2.1 percentage points in either direction" 2.1 pp
  with no hedge (twenty-third and tenth: "plus or minus"). Fractions: "bei jedem vierten
  Teilnehmer" and "jeder vierte Euro" 0.25 (the issue: "jeder vierte"), "jeden fünften
  massereichen Stern" 0.2, "Rund zwei Drittel" 0.6667 "about", "Knapp zwei Drittel" "nearly",
  "knapp ein Viertel" 0.25 "nearly", "Jeder Dritte" 0.3333, "mehr als die Hälfte" and "More
  than half" 0.5 "over", "half of them" 0.5, "about a quarter of the expected power" 0.25
  "about", "Roughly one in five" 0.2 "about", "two-thirds" 0.6667. New: "Brück erhält die
  Hälfte des Preisgeldes, Fairleigh und Oakridge teilen sich die andere Hälfte." is two
  fractions of 0.5 - "die andere Hälfte" names a share as "die Hälfte" does.
- Money in the currency written (every batch): "rund 55 Millionen Euro", "rund 4,6 Millionen
  Euro", "rund 310 Millionen Euro", "1,3 Millionen Euro", "rund 360 Millionen Euro", "rund
  vier Milliarden Euro" "about", "22,4 Milliarden Euro", "rund 5,1 Milliarden Euro", "3,9
  Milliarden Euro zu, Italien 3,3 Milliarden Euro", "3,2 Milliarden Euro", "285 Millionen
  Euro", "insgesamt 21,5 Millionen Euro" (no hedge), "610 Millionen Franken" and "5000
  Franken" CHF (Swiss copy without a separator, forty-eighth); "$4.1 billion", "$118
  million", "about $810 million", "as much as $11 billion" "up_to" (hundred-tenth: "as much
  as"), "the original $5.3 billion budget", "£14.5 million" GBP, "202.3 billion rupees ($2.3
  billion)" INR and USD, "about 60 billion yen ($400 million)" JPY "about" and USD with none
  (the converted figure in brackets, eightieth and ninety-ninth). New, on Nobel prize money:
  "mit elf Millionen schwedischen Kronen (rund eine Million Euro) dotiert" is 1.1e7 SEK and
  1e6 EUR "about" ("eine Million" is 1,000,000, as "a million", fourteenth; "schwedischen
  Kronen" SEK as "norwegische Kronen" NOK, sixth, and "Swedish crowns" SEK, tenth), and "the
  11 million Swedish crowns ($1.2 million) prize" 1.1e7 SEK and 1.2e6 USD.
- Years and dates: "by 2027", "in August 2027", "in 2031", "in 2023", "since 2011",
  "in 1901", "für 2023", "Seit der Gründung 2018", "seit Dezember 2019", "im Jahr 2022", "seit
  2022", "bis 2030" and "Bis 2030", "by 2035", "in February 2021", "found in 2023", "by
  mid-2026" and "in late 2026" 2026 (forty-fourth: "ab Mitte 2026"), "seit 1900", "seit Mai
  2024", "by 2028" (in a negative) the years; "am 10. Dezember" --12-10, "on Nov. 13" --11-13
  (the abbreviation closes the sentence). Reuters datelines with a day are dates without a
  year ("STARBASE, Texas, Sept 24 (Reuters)", "NEW DELHI, Oct 2", "STOCKHOLM, Oct 8", "TOKYO,
  Oct 20", "LONDON, Nov 5", "DARMSTADT, Germany, Nov 14" with the country between city and day
  as in "VALENCIA, Spain, Nov 12", ninety-ninth, "CAPE CANAVERAL, Florida, Nov 17",
  "WASHINGTON, Nov 19", "STARBASE, Texas, Nov 20"); dpa, APA, Keystone-SDA, AFP, Reuters
  German, AP ("CAPE CANAVERAL, Fla. (AP) —") and PA datelines none (seventy-ninth). Clock
  times carry none ("um 14.12 Uhr", "um 13.24 Uhr Ortszeit", "ab 20 Uhr", "at 10:41 a.m.
  EST"; every batch), nor weekdays, months alone ("im August", "für Februar", "no earlier
  than April", "in September", "to May") or "im Frühjahr".
- Hedges, only the names in use: "rund", "Rund", "etwa", "in etwa", "about", "Around",
  "roughly", "Roughly", "some" "about"; "knapp", "Knapp", "fast", "nearly" "nearly"; "mehr
  als", "more than", "More than", "larger than" "over"; "unter" (before an age) "under"; "bis
  zu", "up to", "as much as" "up_to"; "mindestens", "at least" "at_least". No hedge:
  "jeweils" (but "jeweils rund" "about"), "durchschnittlich", "im Schnitt", "on average",
  "insgesamt", "zusammen", "nur", "Nur", "Only", "only", "erst", "sogar", "bereits",
  "Allein", "zwischen", "between", "estimated at", "Over its", "all", "almost tripled" (a verb,
  ninety-seventh: "tripled").
- Speakers, checked only in forms the earlier batches settled: "teilte die Esa mit" (three
  times), "teilte das Wissenschaftsministerium mit", "teilte das Unternehmen mit", "teilte
  die Königlich Schwedische Akademie der Wissenschaften mit", "teilte das
  Bundeswirtschaftsministerium mit", "teilte das Innovationsministerium mit", "teilte der
  Deutsche Wetterdienst mit" (hundred-tenth) the source with its article in the nominative;
  "teilte Arianespace mit" -> "Arianespace" (forty-seventh: "teilte MeteoSchweiz mit"); "wie
  die Universität mitteilte" -> "die Universität" and "wie das Museum mitteilte" -> "das
  Museum" (ninety-ninth); titles before a name dropped ("Studienleiter Matthias Krenzer vom
  ...", "Flugdirektorin", "Raumfahrtkoordinatorin", "Museumsdirektor", "so
  FFG-Geschäftsführerin Brigitte Aschauer" as "so Unia-Bauchef ...", hundredth); surnames as
  written ("sagte Hochleitner", "sagte Seidlmayer", "sagte Oettinger"; ninety-fifth).
  English: "SpaceX said", "NASA said", "ISRO said", "Lunaris Robotics said ...", "Skyreach
  said", "Harwick Insight said", "Amazon said" as written (forty-fourth, ninety-seventh,
  ninety-eighth, hundredth); new: "JAXA said" and "ESA said" as written, as "ISRO said"
  (ninety-seventh); "The FAA said ..." opening the sentence -> "the FAA" (ninety-ninth);
  "the Royal Swedish Academy of Sciences said", "the European Southern Observatory said
  Tuesday" (the weekday dropped, eighty-first), "the European Space Agency said" (also "said
  in its annual space environment report", ninety-seventh: "said in its annual report"),
  "the company said" with the article in lower case; "according to the Vera C. Rubin
  Observatory" (the initial's full stop inside the name) and "according to the lab" with
  their article (ninety-eighth); "Elon Musk said"; "Oyelaran told reporters" -> "Oyelaran"
  (ninety-first); "said deputy director Naomi Ruck" -> "Naomi Ruck" (fifteenth). Left
  unchecked (None): "nach Angaben des Deutschen Zentrums für Luft- und Raumfahrt" (a
  genitive with an inflected adjective, as "nach Angaben des Marburger Bundes", hundredth,
  and "Nach Angaben des DWD", hundred-tenth, left open), "nach Angaben der Raumfahrtbehörde
  CMSA" and "teilte der Betreiber Arianespace mit" (a description before a name, fortieth
  and forty-fourth), "nach eigenen Angaben", "nach Branchenangaben", "nach Schätzung des
  Teams", "einer neuen Studie zufolge", "so die Vision des Gründers", "the space agency
  said" and "the agency said" (hundred-tenth), "the agency's chairman told reporters" and
  "the agency's acting administrator said" (a role without a name), "NASA's inspector
  general has estimated", "Musk has said" (forty-fourth: "Elon Musk has said"), "the team
  said", "scientists said Wednesday", "a survey published on Wednesday showed", "according
  to government figures", "its operator said", "the company told regulators", "The report
  recommends", rows without attribution and all negatives, also those with a named speaker.
- Negatives otherwise (none of them a claim, ninety-eighth): wonder, hype and feelings in
  quotes (Reinhardt, Hochleitner, Favre, Brück, Andrade, an Esa spokesman, Brandl, Ishibashi,
  Oettinger, Mennicken, Oyelaran, Isbister, Holloway, Ferrer, Vasseur, Marchetti, Barthold,
  Aschauer, Brandauer, the Swiss finder with his age labelled, a Blue Origin spokeswoman,
  SpaceX's launch commentator, a prime minister on X, a mission commander, "Excitement
  guaranteed, success not so much" posted by a company), labels and verdicts ("Critics in
  Congress have called the rocket a jobs program ...", "Staatsmedien feierten die Landung als
  ...", "Ein großer Tag für die Grundlagenforschung ..., hieß es aus dem
  Forschungsministerium."), commentary ("Wer Menschen zum Mars schicken will, wird diese
  Probleme erst lösen müssen.", "Ein Stern erlischt, ohne ein letztes Wort zu sagen ..."), a
  hope ("Some scientists hope China ... will not beat the United States ...", thirtieth), an
  open question ("How a star that heavy collapsed ... remains a puzzle.") and a rhetorical
  one ("Could the samples one day reveal ...?"), scene colour at launch and landing sites
  (South Padre Island, the spectators' stand at Cape Canaveral, the cliffs of Tanegashima,
  photos of aurorae, "Space fans online were quick to crown ..."), a non-disclosure line
  ("SpaceX has never disclosed what a single Starship costs to build.", ninety-eighth: "The
  house did not say ...") and a reporting credit.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_112 = [
    # --- Starship test flight explodes (Reuters) ---
    ("en", "STARBASE, Texas, Sept 24 (Reuters) - SpaceX's Starship exploded about eight minutes after lifting off from south Texas on Wednesday, the third failure in the rocket's last five test flights.", True, [("date", "--09-24", None, None), ("duration", 8, "minute", "about"), ("ordinal", 3, None, None), ("count", 5, None, None)], None),
    ("en", "The Super Heavy booster, powered by 33 Raptor engines, was caught by the launch tower's mechanical arms about seven minutes into the flight.", True, [("count", 33, None, None), ("duration", 7, "minute", "about")], None),
    ("en", "The ship's upper stage lost contact at an altitude of roughly 146 km while travelling at more than 24,000 km/h, SpaceX said.", True, [("count", 146, None, "about"), ("count", 24000, None, "over")], "SpaceX"),
    ("en", "Falling debris forced the Federal Aviation Administration to hold departures at four Florida airports for up to 90 minutes.", True, [("count", 4, None, None), ("duration", 90, "minute", "up_to")], None),
    ("en", "The FAA said it had ordered SpaceX to carry out a mishap investigation.", True, [], "the FAA"),
    ("en", "Elon Musk said the next flight could come in about six weeks if engineers found no major flaw.", True, [("duration", 6, "week", "about")], "Elon Musk"),
    ("en", "\"Excitement guaranteed, success not so much,\" the company had posted on X shortly before liftoff.", False, [], None),
    ("en", "Crowds lined the beaches of South Padre Island, cheering as the rocket's orange glow climbed into the dusk.", False, [], None),
    ("en", "SpaceX has never disclosed what a single Starship costs to build.", False, [], None),
    ("en", "Whether the vehicle can land NASA astronauts on the moon by 2028 looks increasingly doubtful.", False, [("year", 2028, None, None)], None),
    # --- Esa-Astronaut startet zur ISS (dpa) ---
    ("de", "Cape Canaveral (dpa) - Mit einer Falcon-9-Rakete ist der deutsche Esa-Astronaut Tobias Reinhardt am Donnerstag zur Internationalen Raumstation ISS aufgebrochen.", True, [], None),
    ("de", "Für den 41-jährigen Physiker aus Freiburg ist es der erste Flug ins All.", True, [("duration", 41, "year", None), ("ordinal", 1, None, None)], None),
    ("de", "Die „Dragon“-Kapsel soll nach rund 27 Stunden an der Station andocken, die in etwa 410 Kilometern Höhe mit rund 28.000 Kilometern pro Stunde um die Erde rast.", True, [("duration", 27, "hour", "about"), ("count", 410, None, "about"), ("count", 28000, None, "about")], None),
    ("de", "Reinhardt soll sechs Monate an Bord bleiben und mehr als 40 Experimente betreuen, ein Dutzend davon aus deutschen Labors.", True, [("duration", 6, "month", None), ("count", 40, None, "over"), ("count", 12, None, None)], None),
    ("de", "Deutschland lässt sich den Flug nach Angaben des Deutschen Zentrums für Luft- und Raumfahrt rund 55 Millionen Euro kosten.", True, [("money", 55000000, "EUR", "about")], None),
    ("de", "Der Start war wegen starker Höhenwinde zweimal um jeweils 24 Stunden verschoben worden.", True, [("count", 2, None, None), ("duration", 24, "hour", None)], None),
    ("de", "Es war bereits der 61. Start einer Falcon 9 in diesem Jahr.", True, [("ordinal", 61, None, None)], None),
    ("de", "Reinhardt ist der 13. Deutsche im All, teilte die Esa mit.", True, [("ordinal", 13, None, None)], "die Esa"),
    ("de", "„Ich habe mein ganzes Leben auf diesen Moment gewartet“, sagte Reinhardt kurz vor dem Einstieg in die Kapsel.", False, [], None),
    ("de", "Auf der Zuschauertribüne lagen sich Familie und Kollegen in den Armen, als die Triebwerke donnernd zündeten.", False, [], None),
    # --- Grazer Magnetometer für Smile (APA) ---
    ("de", "Graz (APA) - Ein Magnetometer aus dem Grazer Institut für Weltraumforschung (IWF) fliegt auf der europäisch-chinesischen Mission Smile mit, die im Frühjahr starten soll.", True, [], None),
    ("de", "Das Messgerät wiegt nur 850 Gramm und wurde in knapp vier Jahren entwickelt.", True, [("count", 850, None, None), ("duration", 4, "year", "nearly")], None),
    ("de", "Smile soll das Zusammenspiel von Sonnenwind und Erdmagnetfeld von einer Bahn aus beobachten, die bis zu 121.000 Kilometer weit ins All reicht.", True, [("count", 121000, None, "up_to")], None),
    ("de", "Österreich beteiligt sich mit rund 4,6 Millionen Euro an der Mission, teilte das Wissenschaftsministerium mit.", True, [("money", 4600000, "EUR", "about")], "das Wissenschaftsministerium"),
    ("de", "Am IWF arbeiten derzeit 112 Menschen aus 21 Nationen.", True, [("count", 112, None, None), ("count", 21, None, None)], None),
    ("de", "„Ohne Grazer Technik würde diese Mission buchstäblich im Dunkeln tappen“, sagte Institutsleiterin Verena Hochleitner.", False, [], None),
    ("de", "Die Mission solle mindestens 36 Monate lang Daten liefern, sagte Hochleitner.", True, [("duration", 36, "month", "at_least")], "Hochleitner"),
    ("de", "Schulklassen können sich ab sofort für Führungen durch die Reinräume des Instituts anmelden.", False, [], None),
    # --- Artemis II delayed (AP) ---
    ("en", "CAPE CANAVERAL, Fla. (AP) — NASA on Tuesday delayed Artemis II, the first crewed flight around the moon in more than 50 years, by at least two months.", True, [("ordinal", 1, None, None), ("duration", 50, "year", "over"), ("duration", 2, "month", "at_least")], None),
    ("en", "Engineers need more time to replace a faulty valve in the Orion capsule's life-support system, the space agency said.", True, [], None),
    ("en", "The crew will now fly no earlier than April, NASA said.", True, [], "NASA"),
    ("en", "The four astronauts will spend about 10 days on a loop that carries them some 7,400 km beyond the moon's far side.", True, [("count", 4, None, None), ("duration", 10, "day", "about"), ("count", 7400, None, "about")], None),
    ("en", "NASA's inspector general has estimated that each launch of the Space Launch System rocket and its Orion capsule costs $4.1 billion.", True, [("money", 4100000000, "USD", None)], None),
    ("en", "The program is already running more than three years behind its original schedule and about 40% over budget.", True, [("duration", 3, "year", "over"), ("percent", 40, "%", "about")], None),
    ("en", "\"We'd rather wait on the ground than worry in space,\" mission commander Rachel Dunmore told reporters.", False, [], None),
    ("en", "Critics in Congress have called the rocket a jobs program that happens to fly.", False, [], None),
    ("en", "NASA is inviting the public to sign up online to have their names carried around the moon on a memory card.", False, [], None),
    # --- Fünf Planeten im Gleichtakt (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Mit dem Weltraumteleskop Cheops haben Forschende der Universität Genf um einen sonnenähnlichen Stern fünf Planeten nachgewiesen, die in einem festen Takt umlaufen.", True, [("count", 5, None, None)], None),
    ("de", "Der Stern liegt rund 112 Lichtjahre entfernt im Sternbild Pegasus.", True, [("count", 112, None, "about")], None),
    ("de", "Die Planeten sind zwischen 1,8- und 2,9-mal so gross wie die Erde und brauchen für einen Umlauf 6 bis 41 Tage.", True, [("count", 1.8, None, None), ("count", 2.9, None, None), ("duration", 6, "day", None), ("duration", 41, "day", None)], None),
    ("de", "Für die Entdeckung werteten die Forschenden 310 Beobachtungsstunden aus, wie die Universität mitteilte.", True, [("count", 310, None, None)], "die Universität"),
    ("de", "«Ein solches System ist wie ein Uhrwerk, das seit Milliarden Jahren unbeirrt tickt», sagte Studienleiterin Elodie Favre.", False, [], None),
    ("de", "Die Studie wurde am Mittwoch in der Fachzeitschrift «Astronomy & Astrophysics» veröffentlicht.", True, [], None),
    ("de", "Dass einer der Planeten Leben beherbergt, halten die Forschenden für äusserst unwahrscheinlich.", False, [], None),
    ("de", "Cheops ist seit Dezember 2019 im All und hat seine geplante Missionsdauer von dreieinhalb Jahren längst überschritten.", True, [("year", 2019, None, None), ("duration", 3.5, "year", None)], None),
    # --- Gaganyaan uncrewed test (Reuters) ---
    ("en", "NEW DELHI, Oct 2 (Reuters) - India launched an uncrewed test of its Gaganyaan crew capsule on Thursday, sending a humanoid robot into orbit in a key step toward flying its own astronauts by 2027.", True, [("date", "--10-02", None, None), ("year", 2027, None, None)], None),
    ("en", "The capsule circled Earth for 52 hours at an altitude of about 400 km before splashing down in the Bay of Bengal, ISRO said.", True, [("duration", 52, "hour", None), ("count", 400, None, "about")], "ISRO"),
    ("en", "The crew module weighed about 3,700 kg and hit speeds of some 27,400 km/h as it plunged back through the atmosphere.", True, [("count", 3700, None, "about"), ("count", 27400, None, "about")], None),
    ("en", "It was ISRO's fifth launch this year and the 104th from the Sriharikota spaceport.", True, [("ordinal", 5, None, None), ("ordinal", 104, None, None)], None),
    ("en", "The human spaceflight programme is budgeted at 202.3 billion rupees ($2.3 billion).", True, [("money", 202300000000, "INR", None), ("money", 2300000000, "USD", None)], None),
    ("en", "Three of the four astronaut candidates, all air force test pilots, watched the launch from mission control.", True, [("count", 3, None, None), ("count", 4, None, None)], None),
    ("en", "\"India's place among the great spacefaring nations is now beyond doubt,\" the prime minister wrote on X.", False, [], None),
    ("en", "A second uncrewed flight is planned for early next year, the agency's chairman told reporters.", True, [("ordinal", 2, None, None)], None),
    # --- Physik-Nobelpreis (dpa) ---
    ("de", "Stockholm (dpa) - Der Nobelpreis für Physik geht in diesem Jahr an drei Forschende aus Deutschland, Kanada und den USA.", True, [("count", 3, None, None)], None),
    ("de", "Geehrt werden die Münchner Astrophysikerin Hannelore Brück, der Kanadier Owen Fairleigh und die US-Amerikanerin Marian Oakridge für den Nachweis von Gravitationswellen aus der Frühzeit des Universums, teilte die Königlich Schwedische Akademie der Wissenschaften mit.", True, [], "die Königlich Schwedische Akademie der Wissenschaften"),
    ("de", "Die Auszeichnung ist mit elf Millionen schwedischen Kronen (rund eine Million Euro) dotiert.", True, [("money", 11000000, "SEK", None), ("money", 1000000, "EUR", "about")], None),
    ("de", "Brück erhält die Hälfte des Preisgeldes, Fairleigh und Oakridge teilen sich die andere Hälfte.", True, [("fraction", 0.5, None, None), ("fraction", 0.5, None, None)], None),
    ("de", "Die 58-Jährige ist erst die sechste Frau, die den Physik-Nobelpreis erhält.", True, [("duration", 58, "year", None), ("ordinal", 6, None, None)], None),
    ("de", "Ihr Team am Max-Planck-Institut hatte die Signale in Messreihen aus 17 Jahren aufgespürt, die an drei Observatorien gesammelt worden waren.", True, [("duration", 17, "year", None), ("count", 3, None, None)], None),
    ("de", "„Ich dachte zuerst, jemand erlaubt sich einen Scherz mit mir“, sagte Brück am Telefon.", False, [], None),
    ("de", "Die Preise werden traditionell am 10. Dezember, dem Todestag Alfred Nobels, in Stockholm überreicht.", True, [("date", "--12-10", None, None)], None),
    ("de", "Ein großer Tag für die Grundlagenforschung in Deutschland, hieß es aus dem Forschungsministerium.", False, [], None),
    # --- Chemistry Nobel (Reuters) ---
    ("en", "STOCKHOLM, Oct 8 (Reuters) - Two scientists who found a way to grow near-flawless protein crystals in microgravity aboard the International Space Station won this year's Nobel Prize in Chemistry on Wednesday.", True, [("date", "--10-08", None, None), ("count", 2, None, None)], None),
    ("en", "Japan's Kenji Morisaki and Brazil's Lúcia Andrade will share the 11 million Swedish crowns ($1.2 million) prize equally, the Royal Swedish Academy of Sciences said.", True, [("money", 11000000, "SEK", None), ("money", 1200000, "USD", None)], "the Royal Swedish Academy of Sciences"),
    ("en", "Their technique has been used in more than 260 experiments on the station since 2011.", True, [("count", 260, None, "over"), ("year", 2011, None, None)], None),
    ("en", "Morisaki, 71, becomes the 30th Japanese laureate across all the Nobel categories.", True, [("duration", 71, "year", None), ("ordinal", 30, None, None)], None),
    ("en", "Only eight chemistry prizes have gone to women since the awards began in 1901.", True, [("count", 8, None, None), ("year", 1901, None, None)], None),
    ("en", "\"Space is the best laboratory we have never fully used,\" Andrade said by phone from Sao Paulo.", False, [], None),
    ("en", "(Reporting by Anna Lindgren in Stockholm; Editing by Mark Heywood)", False, [], None),
    # --- Jungfernflug von Orbitwerk scheitert (dpa) ---
    ("de", "Andøya (dpa) - Der Jungfernflug der ersten Orbitalrakete des Ottobrunner Start-ups Orbitwerk ist nach nur 38 Sekunden gescheitert.", True, [("ordinal", 1, None, None), ("duration", 38, "second", None)], None),
    ("de", "Die rund 28 Meter hohe Rakete „Falke“ geriet kurz nach dem Abheben vom norwegischen Weltraumbahnhof ins Trudeln und stürzte ins Nordmeer.", True, [("count", 28, None, "about")], None),
    ("de", "Verletzt wurde niemand, teilte das Unternehmen mit.", True, [], "das Unternehmen"),
    ("de", "„Wir haben in diesen 38 Sekunden mehr gelernt als in drei Jahren Tests am Boden“, sagte Orbitwerk-Chef Jannik Seidlmayer.", False, [("duration", 38, "second", None), ("duration", 3, "year", None)], None),
    ("de", "Der Erstflug war ursprünglich für 2023 angekündigt worden und hatte sich um fast zwei Jahre verzögert.", True, [("year", 2023, None, None), ("duration", 2, "year", "nearly")], None),
    ("de", "Seit der Gründung 2018 hat Orbitwerk nach eigenen Angaben rund 310 Millionen Euro Risikokapital eingesammelt.", True, [("year", 2018, None, None), ("money", 310000000, "EUR", "about")], None),
    ("de", "Die zweistufige Rakete soll künftig bis zu 1.000 Kilogramm Nutzlast in eine niedrige Erdumlaufbahn bringen.", True, [("count", 2, None, None), ("count", 1000, None, "up_to")], None),
    ("de", "Ein zweiter Startversuch sei noch vor Jahresende geplant, sagte Seidlmayer.", True, [("ordinal", 2, None, None)], "Seidlmayer"),
    ("de", "Private Investoren tragen nach Branchenangaben bislang nur 12 Prozent der europäischen Raumfahrtausgaben.", True, [("percent", 12, "%", None)], None),
    ("de", "Den Livestream des Starts verfolgten zeitweise mehr als 190.000 Menschen.", True, [("count", 190000, None, "over")], None),
    ("de", "Eines Tages sollen Falke-Raketen im Wochentakt abheben, so die Vision des Gründers.", False, [], None),
    ("de", "„Scheitern gehört zur Raumfahrt wie der Countdown zum Start“, tröstete ein Esa-Sprecher.", False, [], None),
    ("de", "Deutschland brauche einen eigenen Zugang zum All, sonst bleibe Europa von amerikanischen Anbietern abhängig, mahnte der Branchenverband BDLI.", False, [], None),
    # --- Dormant black hole (AFP) ---
    ("en", "PARIS (AFP) - Astronomers have found a dormant black hole roughly 27 times as massive as the Sun hiding in a binary system in the Milky Way, the European Southern Observatory said Tuesday.", True, [("count", 27, None, "about")], "the European Southern Observatory"),
    ("en", "The object lies some 2,600 light-years from Earth in the constellation Cygnus.", True, [("count", 2600, None, "about")], None),
    ("en", "It betrayed itself through the wobble it causes in a companion star that circles it once every 11.6 years.", True, [("duration", 11.6, "year", None)], None),
    ("en", "Only about 30 black holes of stellar origin in our galaxy have had their masses measured, the team said.", True, [("count", 30, None, "about")], None),
    ("en", "\"Finding a monster like this on our doorstep is like finding a whale in a garden pond,\" said lead author Tomas Brandl of Charles University in Prague.", False, [], None),
    ("en", "How a star that heavy collapsed without flinging its companion away remains a puzzle.", False, [], None),
    ("en", "The findings appeared in The Astrophysical Journal Letters.", True, [], None),
    # --- Stern verschwindet ohne Supernova (dpa) ---
    ("de", "Heidelberg (dpa) - Ein Stern, der rund 30-mal so schwer war wie die Sonne, ist nach Beobachtungen Heidelberger Astronomen ohne sichtbare Explosion verschwunden.", True, [("count", 30, None, "about")], None),
    ("de", "Er lag in einer Zwerggalaxie im Sternbild Großer Bär, rund 17 Millionen Lichtjahre von der Erde entfernt.", True, [("count", 17000000, None, "about")], None),
    ("de", "Die Forschenden werteten Aufnahmen aus 14 Jahren aus, zuletzt auch Daten des „James Webb“-Weltraumteleskops.", True, [("duration", 14, "year", None)], None),
    ("de", "Vermutlich sei der Stern direkt zu einem Schwarzen Loch kollabiert, sagte Studienleiter Matthias Krenzer vom Max-Planck-Institut für Astronomie.", True, [], "Matthias Krenzer"),
    ("de", "Solche gescheiterten Supernovae könnten nach Schätzung des Teams jeden fünften massereichen Stern betreffen.", True, [("fraction", 0.2, None, None)], None),
    ("de", "Ein Stern erlischt, ohne ein letztes Wort zu sagen – ein beinahe poetisches Ende.", False, [], None),
    # --- JAXA probe to Phobos (Reuters) ---
    ("en", "TOKYO, Oct 20 (Reuters) - Japan launched a probe to the Martian moon Phobos aboard its H3 rocket on Monday, aiming to bring back the first samples ever collected from a moon of another planet.", True, [("date", "--10-20", None, None), ("ordinal", 1, None, None)], None),
    ("en", "The Martian Moons eXploration probe is due to enter orbit around Mars in August 2027 after a journey of about 11 months, JAXA said.", True, [("year", 2027, None, None), ("duration", 11, "month", "about")], "JAXA"),
    ("en", "It will spend roughly three years circling Mars and Phobos and is to collect at least 10 grams of surface material.", True, [("duration", 3, "year", "about"), ("count", 10, None, "at_least")], None),
    ("en", "A capsule carrying the samples is scheduled to land in the Australian outback in 2031.", True, [("year", 2031, None, None)], None),
    ("en", "The mission carries a price tag of about 60 billion yen ($400 million), including the launch.", True, [("money", 60000000000, "JPY", "about"), ("money", 400000000, "USD", None)], None),
    ("en", "It was the eighth flight of the H3, whose debut ended in failure in 2023.", True, [("ordinal", 8, None, None), ("year", 2023, None, None)], None),
    ("en", "Seven of the rocket's eight flights have succeeded, giving it a success rate of 87.5%.", True, [("count", 7, None, None), ("count", 8, None, None), ("percent", 87.5, "%", None)], None),
    ("en", "Mars currently lies some 225 million km from Earth.", True, [("count", 225000000, None, "about")], None),
    ("en", "\"Phobos may hold pieces of Mars blasted off billions of years ago, a time capsule waiting to be opened,\" project scientist Haruka Ishibashi said.", False, [], None),
    ("en", "Hundreds of people gathered on the cliffs of Tanegashima to watch the rocket's white plume arc out over the Pacific.", False, [], None),
    # --- Herzschwund im All (dpa) ---
    ("de", "Köln (dpa) - Lange Aufenthalte im All lassen einer neuen Studie zufolge das Herz von Astronautinnen und Astronauten messbar schrumpfen.", True, [], None),
    ("de", "Das Team um die Kardiologin Sabine Oettinger untersuchte 24 Raumfahrer vor und nach Missionen von durchschnittlich 182 Tagen auf der ISS.", True, [("count", 24, None, None), ("duration", 182, "day", None)], None),
    ("de", "Die Masse der linken Herzkammer nahm dabei im Schnitt um 4,8 Prozent ab, bei jedem vierten Teilnehmer sogar um mehr als 8 Prozent.", True, [("percent", 4.8, "%", None), ("fraction", 0.25, None, None), ("percent", 8, "%", "over")], None),
    ("de", "Bei den Frauen fiel der Rückgang mit 5,6 Prozent etwas stärker aus als bei den Männern mit 4,4 Prozent.", True, [("percent", 5.6, "%", None), ("percent", 4.4, "%", None)], None),
    ("de", "Zum Vergleich zog das Team 48 Probanden heran, die 60 Tage lang mit leicht abgesenktem Kopf im Bett lagen.", True, [("count", 48, None, None), ("duration", 60, "day", None)], None),
    ("de", "Rund zwei Drittel der Veränderungen hätten sich binnen sechs Monaten nach der Landung zurückgebildet, sagte Oettinger.", True, [("fraction", 0.6667, None, "about"), ("duration", 6, "month", None)], "Oettinger"),
    ("de", "Die Untersuchung erschien im „European Heart Journal“ und wurde vom DLR mit 1,3 Millionen Euro gefördert.", True, [("money", 1300000, "EUR", None)], None),
    ("de", "„Der menschliche Körper ist für die Schwerelosigkeit schlicht nicht gebaut“, sagte Oettinger.", False, [], None),
    ("de", "Wer Menschen zum Mars schicken will, wird diese Probleme erst lösen müssen.", False, [], None),
    # --- Hera am Doppelasteroiden (dpa) ---
    ("de", "Darmstadt (dpa) - Nach einer Reise von rund 25 Monaten und mehr als 880 Millionen Kilometern hat die Esa-Sonde Hera ihr Ziel erreicht, das Asteroidenpaar Didymos und Dimorphos.", True, [("duration", 25, "month", "about"), ("count", 880000000, None, "over")], None),
    ("de", "Das Signal der Sonde traf am Montag um 14.12 Uhr im Kontrollzentrum Esoc ein, teilte die Esa mit.", True, [], "die Esa"),
    ("de", "Hera soll untersuchen, wie sich der Einschlag der Nasa-Sonde Dart im Jahr 2022 auf den kleineren der beiden Asteroiden ausgewirkt hat.", True, [("year", 2022, None, None)], None),
    ("de", "Dart hatte damals die Umlaufzeit von Dimorphos um 35 Minuten verkürzt.", True, [("duration", 35, "minute", None)], None),
    ("de", "Der kleine Asteroid misst nur etwa 150 Meter im Durchmesser und umkreist Didymos in knapp zwölf Stunden.", True, [("count", 150, None, "about"), ("duration", 12, "hour", "nearly")], None),
    ("de", "Die Mission kostet einschließlich Start und Betrieb rund 360 Millionen Euro.", True, [("money", 360000000, "EUR", "about")], None),
    ("de", "Es sei das erste Mal, dass eine Sonde ein Doppelasteroidensystem aus der Nähe vermesse, sagte Flugdirektorin Carla Mennicken.", True, [("ordinal", 1, None, None)], "Carla Mennicken"),
    ("de", "„Wir klopfen gewissermaßen an die Tür eines Tatorts“, sagte Mennicken.", False, [], None),
    ("de", "Zwei Würfelsatelliten namens Milani und Juventas, die jeweils rund sechs Kilogramm wiegen, sollen in den kommenden Wochen von der Muttersonde abgesetzt werden.", True, [("count", 2, None, None), ("count", 6, None, "about")], None),
    ("de", "Hobbyastronomen können die ersten Bilder ab 20 Uhr im Livestream der Esa verfolgen.", False, [("ordinal", 1, None, None)], None),
    # --- Private lunar lander tips over (AP) ---
    ("en", "HOUSTON (AP) — A private lunar lander touched down near the moon's south pole on Wednesday but came to rest on its side, its operator said.", True, [], None),
    ("en", "Lunaris Robotics said the 4.3-metre Selene lander tipped over after a leg caught on a boulder in the final seconds of its descent.", True, [("count", 4.3, None, None)], "Lunaris Robotics"),
    ("en", "Solar panels on the upturned craft are still producing about a quarter of the expected power, enough to run four of its seven instruments.", True, [("fraction", 0.25, None, "about"), ("count", 4, None, None), ("count", 7, None, None)], None),
    ("en", "NASA paid Lunaris $118 million to deliver five of its experiments to the surface.", True, [("money", 118000000, "USD", None), ("count", 5, None, None)], None),
    ("en", "The lander had circled the moon for nine days before beginning its descent.", True, [("duration", 9, "day", None)], None),
    ("en", "\"We stuck the landing, just not the way we drew it up,\" chief executive Marcus Oyelaran told reporters.", False, [], None),
    ("en", "The lander carries 12 payloads from customers in five countries, Oyelaran told reporters.", True, [("count", 12, None, None), ("count", 5, None, None)], "Oyelaran"),
    ("en", "Lunaris shares fell 31% in after-hours trading.", True, [("percent", 31, "%", None)], None),
    ("en", "Space fans online were quick to crown the craft the moon's most expensive turtle.", False, [], None),
    # --- Shetland launch postponed (PA) ---
    ("en", "LONDON (PA) - The first vertical rocket launch from British soil has been postponed again, this time by 10 days, after a sensor fault was found on the pad at SaxaVord Spaceport in Shetland.", True, [("ordinal", 1, None, None), ("duration", 10, "day", None)], None),
    ("en", "The launch by German-British start-up Skyreach Orbital had already slipped by more than two years.", True, [("duration", 2, "year", "over")], None),
    ("en", "The UK Space Agency has put £14.5 million into the spaceport and the rocket, according to government figures.", True, [("money", 14500000, "GBP", None)], None),
    ("en", "The 18-metre rocket is designed to lift satellites weighing up to 700 kg into polar orbit.", True, [("count", 18, None, None), ("count", 700, None, "up_to")], None),
    ("en", "On its first flight it will carry four small satellites for British and Norwegian customers.", True, [("ordinal", 1, None, None), ("count", 4, None, None)], None),
    ("en", "Around 1,200 people live on Unst, Britain's most northerly inhabited island.", True, [("count", 1200, None, "about")], None),
    ("en", "\"Shetland is ready to be Britain's gateway to the stars,\" said local councillor Morag Isbister.", False, [], None),
    ("en", "Visitors are asked not to park on the narrow roads near the launch site.", False, [], None),
    ("en", "Skyreach said the new launch window would open on Nov. 13.", True, [("date", "--11-13", None, None)], "Skyreach"),
    # --- Alien-life survey (Reuters) ---
    ("en", "LONDON, Nov 5 (Reuters) - More than half of adults in Britain, Germany and the United States believe intelligent life exists elsewhere in the universe, a survey published on Wednesday showed.", True, [("date", "--11-05", None, None), ("fraction", 0.5, None, "over")], None),
    ("en", "Pollster Harwick Insight questioned 6,150 adults in the three countries in September.", True, [("count", 6150, None, None), ("count", 3, None, None)], None),
    ("en", "Belief was strongest in the United States at 61%, against 54% in Germany and 49% in Britain.", True, [("percent", 61, "%", None), ("percent", 54, "%", None), ("percent", 49, "%", None)], None),
    ("en", "Roughly one in five respondents said they thought governments were hiding evidence of alien contact.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Among 18- to 29-year-olds, two-thirds said public money should be spent on the search for extraterrestrial life.", True, [("duration", 18, "year", None), ("duration", 29, "year", None), ("fraction", 0.6667, None, None)], None),
    ("en", "Only 23% of Britons said they would take a seat on a mission to Mars if offered one, compared with 38% of Americans.", True, [("percent", 23, "%", None), ("percent", 38, "%", None)], None),
    ("en", "The results carry a margin of error of 2.1 percentage points in either direction.", True, [("percent", 2.1, "pp", None)], None),
    ("en", "Harwick Insight said the results had been weighted to reflect each country's adult population.", True, [], "Harwick Insight"),
    ("en", "\"If we are alone, it's an awful waste of space,\" the survey's author Gemma Holloway said, borrowing a line often credited to Carl Sagan.", False, [], None),
    ("en", "Astronomers say the odds of finding microbes under the ice of Europa or Enceladus have never looked better.", False, [], None),
    # --- Tiangong-Besatzung zurück (Reuters) ---
    ("de", "Peking (Reuters) - Nach 192 Tagen an Bord der chinesischen Raumstation Tiangong sind drei Raumfahrer am Donnerstag wohlbehalten in der Wüste Gobi gelandet.", True, [("duration", 192, "day", None), ("count", 3, None, None)], None),
    ("de", "Die Rückkehrkapsel setzte nach Angaben der Raumfahrtbehörde CMSA um 13.24 Uhr Ortszeit am Fallschirm auf dem Landeplatz Dongfeng auf.", True, [], None),
    ("de", "Die Besatzung hatte während ihres Aufenthalts drei Außeneinsätze von zusammen fast 20 Stunden absolviert.", True, [("count", 3, None, None), ("duration", 20, "hour", "nearly")], None),
    ("de", "Es war bereits die siebte Langzeitbesatzung der Station, die seit 2022 vollständig in Betrieb ist.", True, [("ordinal", 7, None, None), ("year", 2022, None, None)], None),
    ("de", "China will bis 2030 erstmals zwei Taikonauten auf dem Mond landen lassen.", True, [("year", 2030, None, None), ("count", 2, None, None)], None),
    ("de", "Staatsmedien feierten die Landung als „weiteren Triumph der chinesischen Raumfahrt“.", False, [], None),
    # --- Ariane 6 mit Galileo-Satelliten (AFP) ---
    ("de", "Kourou (AFP) - Eine Ariane-6-Rakete hat am Montagabend zwei Satelliten für das europäische Navigationssystem Galileo ins All gebracht.", True, [("count", 2, None, None)], None),
    ("de", "Die Satelliten wurden knapp vier Stunden nach dem Start in rund 23.200 Kilometern Höhe ausgesetzt, teilte der Betreiber Arianespace mit.", True, [("duration", 4, "hour", "nearly"), ("count", 23200, None, "about")], None),
    ("de", "Es war der vierte Flug der neuen europäischen Trägerrakete und der zweite in ihrer schweren Variante mit vier Feststoffboostern.", True, [("ordinal", 4, None, None), ("ordinal", 2, None, None), ("count", 4, None, None)], None),
    ("de", "Mit dem Start wächst die Galileo-Flotte auf 30 Satelliten, von denen 26 im Regelbetrieb sind.", True, [("count", 30, None, None), ("count", 26, None, None)], None),
    ("de", "Die Entwicklung der Ariane 6 hatte rund vier Milliarden Euro gekostet und war mit vier Jahren Verspätung abgeschlossen worden.", True, [("money", 4000000000, "EUR", "about"), ("duration", 4, "year", None)], None),
    ("de", "Bis 2030 sollen pro Jahr bis zu zehn Ariane-6-Starts stattfinden.", True, [("year", 2030, None, None), ("count", 10, None, "up_to")], None),
    ("de", "Der nächste Galileo-Start ist für Februar geplant, teilte Arianespace mit.", True, [], "Arianespace"),
    ("de", "Das sei ein Signal der Stärke an die ganze Welt, sagte ein Sprecher der französischen Raumfahrtagentur CNES.", False, [], None),
    # --- Rubin Observatory asteroids (AP) ---
    ("en", "WASHINGTON (AP) — A new observatory in Chile has discovered more than 2,100 previously unknown asteroids in its first three months of full operation, scientists said Wednesday.", True, [("count", 2100, None, "over"), ("ordinal", 1, None, None), ("duration", 3, "month", None)], None),
    ("en", "Seven of them are near-Earth objects, though none poses a threat, according to the Vera C. Rubin Observatory.", True, [("count", 7, None, None)], "the Vera C. Rubin Observatory"),
    ("en", "The telescope's 3,200-megapixel camera, the largest ever built for astronomy, photographs the entire southern sky every three to four nights.", True, [("count", 3200, None, None), ("count", 3, None, None), ("count", 4, None, None)], None),
    ("en", "The observatory cost about $810 million to build, with funding from the National Science Foundation and the Energy Department.", True, [("money", 810000000, "USD", "about")], None),
    ("en", "Over its planned 10-year survey it is expected to catalogue some 20 billion galaxies.", True, [("duration", 10, "year", None), ("count", 20000000000, None, "about")], None),
    ("en", "The survey will produce about 20 terabytes of data every night, said deputy director Naomi Ruck.", True, [("count", 20, None, "about")], "Naomi Ruck"),
    ("en", "\"Every night the sky is telling us something new, and now we can finally listen,\" said project astronomer Lucía Ferrer.", False, [], None),
    ("en", "Amateur astronomers are invited to help classify the objects on an online citizen-science platform.", False, [], None),
    # --- Esa-Astronautin zurück (dpa) ---
    ("de", "Köln (dpa) - Die französische Esa-Astronautin Hélène Vasseur ist nach ihrer 180-tägigen Mission auf der ISS vor der Küste Floridas im Atlantik gewassert.", True, [("duration", 180, "day", None)], None),
    ("de", "Während ihres Aufenthalts umrundete sie die Erde rund 2.880-mal und legte dabei etwa 122 Millionen Kilometer zurück.", True, [("count", 2880, None, "about"), ("count", 122000000, None, "about")], None),
    ("de", "Vasseur absolvierte zwei Außeneinsätze von zusammen 13 Stunden und 25 Minuten.", True, [("count", 2, None, None), ("duration", 13, "hour", None), ("duration", 25, "minute", None)], None),
    ("de", "Die 44-Jährige wurde nach der Landung zur medizinischen Untersuchung ins Johnson Space Center nach Houston geflogen, teilte die Esa mit.", True, [("duration", 44, "year", None)], "die Esa"),
    ("de", "Anschließend soll sie im Kölner Astronautenzentrum ein etwa dreiwöchiges Rehabilitationsprogramm absolvieren.", True, [("duration", 3, "week", "about")], None),
    ("de", "„Die Erde von oben zu sehen, verändert den Blick auf alles“, sagte Vasseur nach der Landung.", False, [], None),
    # --- Mars Sample Return cancelled (Reuters) ---
    ("en", "WASHINGTON, Nov 19 (Reuters) - NASA will cancel its Mars Sample Return mission after its projected cost rose to as much as $11 billion, the agency's acting administrator said on Wednesday.", True, [("date", "--11-19", None, None), ("money", 11000000000, "USD", "up_to")], None),
    ("en", "The plan had called for bringing about 30 rock cores collected by the Perseverance rover back to Earth by 2035.", True, [("count", 30, None, "about"), ("year", 2035, None, None)], None),
    ("en", "Scrapping the mission frees up about 12% of NASA's planetary science budget for other projects, the agency said.", True, [("percent", 12, "%", "about")], None),
    ("en", "Perseverance has been exploring Jezero crater since landing there in February 2021.", True, [("year", 2021, None, None)], None),
    ("en", "A review board found in 2023 that the original $5.3 billion budget had been unrealistic from the start.", True, [("year", 2023, None, None), ("money", 5300000000, "USD", None)], None),
    ("en", "Some 650 jobs at NASA's Jet Propulsion Laboratory in California depend on the program, according to the lab.", True, [("count", 650, None, "about")], "the lab"),
    ("en", "\"Walking away now would squander decades of work and a generation of scientific talent,\" said planetary scientist Evan Marchetti.", False, [], None),
    ("en", "Some scientists hope China, which is planning its own sample-return mission, will not beat the United States to the prize.", False, [], None),
    ("en", "Could the samples one day reveal that Mars once harboured life?", False, [], None),
    # --- Esa-Ministerrat in Bremen (dpa, APA, Keystone-SDA) ---
    ("de", "Bremen (dpa) - Die 23 Mitgliedstaaten der Europäischen Weltraumorganisation Esa haben sich auf ein Budget von 22,4 Milliarden Euro für die kommenden drei Jahre geeinigt.", True, [("count", 23, None, None), ("money", 22400000000, "EUR", None), ("duration", 3, "year", None)], None),
    ("de", "Deutschland steuert mit rund 5,1 Milliarden Euro knapp ein Viertel der Summe bei und bleibt damit größter Beitragszahler.", True, [("money", 5100000000, "EUR", "about"), ("fraction", 0.25, None, "nearly")], None),
    ("de", "Das ist ein Plus von 17 Prozent gegenüber der Konferenz vor drei Jahren, teilte das Bundeswirtschaftsministerium mit.", True, [("percent", 17, "%", None), ("duration", 3, "year", None)], "das Bundeswirtschaftsministerium"),
    ("de", "Frankreich sagte 3,9 Milliarden Euro zu, Italien 3,3 Milliarden Euro.", True, [("money", 3900000000, "EUR", None), ("money", 3300000000, "EUR", None)], None),
    ("de", "Allein für die Erdbeobachtung sind 3,2 Milliarden Euro vorgesehen, rund 14 Prozent des Gesamtbudgets.", True, [("money", 3200000000, "EUR", None), ("percent", 14, "%", "about")], None),
    ("de", "Der Anteil der Wissenschaftsprogramme am Budget sinkt auf 16,5 Prozent, nach 18 Prozent bei der vorigen Konferenz.", True, [("percent", 16.5, "%", None), ("percent", 18, "%", None)], None),
    ("de", "Damit fließe jeder vierte Euro aus Deutschland in die Entwicklung von Trägerraketen, sagte Raumfahrtkoordinatorin Ilse Barthold.", True, [("fraction", 0.25, None, None)], "Ilse Barthold"),
    ("de", "„Europa muss im All endlich erwachsen werden“, sagte Barthold.", False, [], None),
    ("de", "Die Grünen kritisierten, der Beitrag für die bemannte Raumfahrt sei überzogen.", False, [], None),
    ("de", "Österreich beteiligt sich mit 285 Millionen Euro, teilte das Innovationsministerium mit.", True, [("money", 285000000, "EUR", None)], "das Innovationsministerium"),
    ("de", "Die Schweiz hat für die kommenden drei Jahre 610 Millionen Franken zugesagt.", True, [("duration", 3, "year", None), ("money", 610000000, "CHF", None)], None),
    # --- Asteroid flyby (AFP) ---
    ("en", "PARIS (AFP) - An asteroid as big as a 10-storey building will pass Earth on Friday at a distance of about 280,000 km (174,000 miles), closer than the moon, the European Space Agency said.", True, [("count", 10, None, None), ("count", 280000, None, "about"), ("count", 174000, None, None)], "the European Space Agency"),
    ("en", "The rock, estimated at 30 to 40 metres across, was spotted only nine days ago by a survey telescope in Hawaii.", True, [("count", 30, None, None), ("count", 40, None, None), ("duration", 9, "day", None)], None),
    ("en", "It will be travelling at roughly 13 kilometres per second relative to Earth.", True, [("count", 13, None, "about")], None),
    ("en", "Telescopes in Chile and Spain will track the object for about 18 hours as it passes, ESA said.", True, [("duration", 18, "hour", "about")], "ESA"),
    ("en", "An object of that size hits Earth on average about once every 1,000 years.", True, [("duration", 1000, "year", "about")], None),
    ("en", "There is no reason for alarm, ESA's planetary defence chief stressed.", False, [], None),
    ("en", "Skywatchers in southern Europe will need binoculars or a small telescope to catch it.", False, [], None),
    # --- Umfrage zur Raumfahrt (APA) ---
    ("de", "Wien (APA) - Knapp zwei Drittel der Österreicherinnen und Österreicher halten Investitionen in die Raumfahrt für sinnvoll.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Das geht aus einer Umfrage des Market-Instituts unter 1.012 Personen im Auftrag der Forschungsförderungsgesellschaft FFG hervor.", True, [("count", 1012, None, None)], None),
    ("de", "Jeder Dritte würde selbst gerne einmal ins All fliegen, bei den unter 30-Jährigen sogar mehr als die Hälfte.", True, [("fraction", 0.3333, None, None), ("duration", 30, "year", "under"), ("fraction", 0.5, None, "over")], None),
    ("de", "Nur 18 Prozent glauben, dass noch in diesem Jahrzehnt Menschen auf dem Mars landen werden.", True, [("percent", 18, "%", None)], None),
    ("de", "Die FFG fördert heuer 74 Weltraumprojekte mit insgesamt 21,5 Millionen Euro, so FFG-Geschäftsführerin Brigitte Aschauer.", True, [("count", 74, None, None), ("money", 21500000, "EUR", None)], "Brigitte Aschauer"),
    ("de", "„Die Begeisterung ist da, jetzt müssen wir sie in Karrieren verwandeln“, sagte Aschauer.", False, [], None),
    ("de", "Lehrerinnen und Lehrer sind eingeladen, ihre Klassen für das Schulprogramm „Weltraum im Klassenzimmer“ anzumelden.", False, [], None),
    # --- Space debris report (Reuters) ---
    ("en", "DARMSTADT, Germany, Nov 14 (Reuters) - The number of active satellites in orbit has almost tripled in five years to about 11,800, the European Space Agency said in its annual space environment report.", True, [("date", "--11-14", None, None), ("duration", 5, "year", None), ("count", 11800, None, "about")], "the European Space Agency"),
    ("en", "More than 60% of them belong to SpaceX's Starlink network.", True, [("percent", 60, "%", "over")], None),
    ("en", "Agencies track some 40,000 objects larger than 10 cm and estimate that more than 1 million fragments between 1 cm and 10 cm are circling Earth.", True, [("count", 40000, None, "about"), ("count", 10, None, "over"), ("count", 1000000, None, "over"), ("count", 1, None, None), ("count", 10, None, None)], None),
    ("en", "Starlink satellites performed about 145,000 collision-avoidance manoeuvres in the six months to May, the company told regulators.", True, [("count", 145000, None, "about"), ("duration", 6, "month", None)], None),
    ("en", "The report recommends that dead satellites be removed from low orbit within five years of the end of their missions.", True, [("duration", 5, "year", None)], None),
    ("en", "\"We are treating orbit like a bottomless rubbish tip, and it isn't one,\" said Holger Brandauer, head of ESA's space debris office.", False, [], None),
    # --- Meteorit im Unterengadin (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Ein im Unterengadin gefundener Meteorit ist nach Analysen Berner Forschender rund 4,56 Milliarden Jahre alt und damit älter als die Erde.", True, [("duration", 4560000000, "year", "about")], None),
    ("de", "Ein Wanderer hatte das 1,3 Kilogramm schwere Gesteinsstück im August oberhalb von Scuol entdeckt.", True, [("count", 1.3, None, None)], None),
    ("de", "Das Naturhistorische Museum Bern untersuchte den Fund mit rund 70 Einzelanalysen.", True, [("count", 70, None, "about")], None),
    ("de", "Es ist erst der fünfte bestätigte Meteoritenfund in der Schweiz seit 1900, wie das Museum mitteilte.", True, [("ordinal", 5, None, None), ("year", 1900, None, None)], "das Museum"),
    ("de", "Der Finder erhält eine Belohnung von 5000 Franken, sagte Museumsdirektor Beat Hürlimann.", True, [("money", 5000, "CHF", None)], "Beat Hürlimann"),
    ("de", "«Zuerst dachte ich, das sei einfach ein schwerer, schwarzer Stein», sagte der 63-jährige Finder.", False, [("duration", 63, "year", None)], None),
    # --- New Glenn lands its booster (Reuters) ---
    ("en", "CAPE CANAVERAL, Florida, Nov 17 (Reuters) - Blue Origin's New Glenn rocket landed its booster on a drone ship for the second time on Monday after putting 48 Amazon Kuiper internet satellites into orbit.", True, [("date", "--11-17", None, None), ("ordinal", 2, None, None), ("count", 48, None, None)], None),
    ("en", "The 98-metre rocket lifted off at 10:41 a.m. EST, nearly three hours late because a boat had strayed into the safety zone.", True, [("count", 98, None, None), ("duration", 3, "hour", "nearly")], None),
    ("en", "Amazon plans a network of more than 3,200 satellites and must have half of them in orbit by mid-2026 under its licence.", True, [("count", 3200, None, "over"), ("fraction", 0.5, None, None), ("year", 2026, None, None)], None),
    ("en", "Amazon said it had now launched 212 Kuiper satellites, about 7% of the planned network.", True, [("count", 212, None, None), ("percent", 7, "%", "about")], "Amazon"),
    ("en", "\"This is what reusability looks like,\" a Blue Origin spokeswoman said.", False, [], None),
    # --- Sonnensturm und Polarlichter (dpa) ---
    ("de", "Offenbach (dpa) - Ein starker Sonnensturm hat in der Nacht zum Dienstag Polarlichter bis weit in den Süden Deutschlands gebracht.", True, [], None),
    ("de", "Die Plasmawolke war mit rund 1.900 Kilometern pro Sekunde von der Sonne herangerast und hatte die Erde nach knapp 24 Stunden erreicht.", True, [("count", 1900, None, "about"), ("duration", 24, "hour", "nearly")], None),
    ("de", "Die US-Wetterbehörde NOAA stufte den Sturm auf ihrer fünfstufigen Skala in die zweithöchste Kategorie ein.", True, [("count", 5, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Es war der stärkste geomagnetische Sturm seit Mai 2024, teilte der Deutsche Wetterdienst mit.", True, [("year", 2024, None, None)], "der Deutsche Wetterdienst"),
    ("de", "In sozialen Netzwerken teilten Tausende Menschen Fotos von rot und grün leuchtenden Himmeln.", False, [], None),
    ("de", "Wer die Lichter sehen will, sollte einen dunklen Ort mit freiem Blick nach Norden suchen.", False, [], None),
    ("de", "Störungen beim GPS-Empfang seien nicht auszuschließen, so DWD-Sprecher Falk Hollmann.", False, [], None),
    # --- Starship back in the air (Reuters) ---
    ("en", "STARBASE, Texas, Nov 20 (Reuters) - SpaceX's Starship completed a full test flight on Thursday, splashing down in the Indian Ocean about 71 minutes after liftoff.", True, [("date", "--11-20", None, None), ("duration", 71, "minute", "about")], None),
    ("en", "It was the rocket's 12th test flight and came eight weeks after September's explosion.", True, [("ordinal", 12, None, None), ("duration", 8, "week", None)], None),
    ("en", "The ship released 10 dummy satellites and briefly relit an engine in space, the company said.", True, [("count", 10, None, None)], "the company"),
    ("en", "Musk has said SpaceX aims to send uncrewed Starships to Mars in the next launch window, which opens in late 2026.", True, [("year", 2026, None, None)], None),
    ("en", "Musk has long dreamed of a self-sustaining city of a million people on Mars.", False, [("count", 1000000, None, None)], None),
    ("en", "\"The stars are calling, and today we answered,\" SpaceX's launch commentator told viewers as the ship came down.", False, [], None),
]
