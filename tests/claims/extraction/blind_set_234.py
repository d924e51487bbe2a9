"""Two-hundred-and-thirty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, missions, spacecraft,
celestial objects named here and figures are made up (the probe Vesperus, Annegret Völkl,
Skyweave Networks, Dorian Kessler, Mireille Tondreau, Clemens Aigner, Lindiwe Mokoena,
Samuel Ammann, Lorna Pettigrew, Friederike Osterwald, Haruto Minegishi, Jonas Wetterich,
Venkatesh Iyer, Russell Haverford, Ulrike Brandhorst, Pietro Salvadori, Margarethe Lüscher,
Wang Lihua, the asteroid 2027 QW11, Hannah Pölzl, Eleri Vaughan, Lechwerk Orbital, Carolin
Ebersberger, Weserfeld Raumfahrt and its lander Selenit, Arnaud Tessier, the Solstice probe,
Maribel Okafor, Kathrin Valenta, Helena Carrow, Noemi Baumgartner, the object 4I/2027 K3,
Haruki Tanabe, Mareike Stoltenberg, Selkirk Aerospace and its lander Juniper, Nathaniel
Ruiz; every unnamed spokesperson, physician, official, analyst, critic and researcher);
ministers, agency chiefs and directors of real bodies appear under made-up names that stand
for no real holder, or by their role only ("ein Esa-Mediziner", "ein Sprecher der
französischen Raumfahrtagentur CNES", "SpaceX's president", "the agency's inspector
general", "the agency's engineers", "its governing council"). Real bodies, places,
telescopes, launchers, programmes and journals (Esa, Europäische Weltraumorganisation,
Darmstadt, Falcon 9, Cape Canaveral, University of Toronto, Infrastrukturministerium,
Austrospace, James Webb Space Telescope, Nature, Universität Bern, UK Space Agency, ESA,
Very Large Telescope, „Nature Astronomy“, Japan Aerospace Exploration Agency (JAXA), NASA,
Tottori, Ariane 6, Galileo, Arianespace, CNES, Indian Space Research Organisation (ISRO),
DLR, ISS, Europäisches Astronautenzentrum, Artemis, SLS, Wendelstein 7-X, Max-Planck-Institut
für Plasmaphysik, ITER, European Union, CERN, Long March 5, Wenchang, Hainan, Turiner Skala,
Institut für Weltraumforschung, Physical Review Letters, Bundeswirtschaftsministerium,
Starship, SpaceX, Karlsruher Institut für Technologie (KIT), Katrin, Square Kilometre Array,
ETH Zürich, «The Astronomical Journal», International Astronomical Union's Minor Planet
Center, National Astronomical Observatory of Japan, Comet Interceptor, 'Oumuamua, and the
cities of the datelines) stand for the way wire copy names them; every launch, finding,
distance, temperature, mass, budget, cost, contract, tally, date and quote here is
invented, and where a real figure came to mind (a real magnet weight, a real coil count, a
real share of construction costs, a real sample mass and return year, a real antenna count,
a real data volume, a real neutrino bound, a real plasma record) it was changed; historical
years and a physical constant are kept (1972, 2015, 2017, a Martian year of 687 days).

Its weight: SPACE MISSIONS AND BIG SCIENCE, second round. The brief for this batch named the
hundred-eighty-sixth batch as the first science and space round; that batch weighed banks'
and insurers' results, and the science and space round it meant is the hundred-eighty-fifth
(SCIENCE AND SPACE AGENCY NEWS), read here with the forty-fourth and hundred-twelfth
batches, which weighed space copy before; their decisions are kept. Over about sixteen
weeks from early March to late June of one year, 28 stories in story order with the German
and English desks alternating, each told as wire copy runs it (a dateline lead with the
launch, the arrival, the delay, the contract or the finding, the figures - launch dates,
distances, orbits, light years, temperatures, masses, mission durations, costs, numbers of
satellites -, the method and the publication line, attributed statements of agencies,
companies and scientists, the same speaker's quote, outside voices). Half German (dpa, APA,
Keystone-SDA, Reuters German, AFP German; Austrian "heuer", "Mio.", "Mrd.", Swiss "gross",
"grösster", "heissen", "gemäss", "1'240", "2'400", «» quotes, German „“ quotes): an Esa
probe reaching Venus, Austria's Esa contribution, a Bern camera in Mars orbit, a black hole
in the early universe, Ariane 6 with two Galileo satellites, a German astronaut back from
the ISS, a fusion record in Greifswald, CERN's feasibility study for a new ring, an
asteroid's falling impact odds, Germany's small launchers, Esa's first lunar lander, the
neutrino mass from Karlsruhe, water vapour on a planet seen from Zurich, a German astronaut
nominated for lunar orbit. Half English (Reuters, AP, AFP, PA): a broadband constellation's
launch, Webb's earliest galaxy, a rocket stage re-entering over the Atlantic, Japan's lunar
rover delay, India's space station, NASA's moon landing delay, ITER's delay, China's Mars
sample mission, the heaviest black hole merger, a Starship test flight, a solar probe's
closest pass, the Square Kilometre Array's first image, an interstellar visitor and a
private lander at the lunar south pole. Negatives as such copy has them: quotes of wonder,
feeling and resolve from mission managers, researchers, ministers and chiefs, labels and
verdicts, speculation about what a finding means or what comes next, hopes of researchers,
astronauts, investors, officials and amateurs, doubts, fears and open questions, an
evasion - ten of them carrying figures, labelled.

240 rows (122 German, 118 English), 56 negatives (28 German, 28 English), 184 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 312 expected quantities (146
counts, 43 durations - 18 in years, 12 in days, 4 in minutes, 3 in hours, 2 in weeks, 2 in
months, 2 in seconds -, 37 years, 30 amounts of money - 13 EUR, 11 USD, 2 CHF, 1 GBP, 1
JPY, 1 INR, 1 AUD -, 30 ordinals, 11 dates - 10 without a year, 1 with one -, 8 fractions,
7 percentages - all in % -; 10 of them in ten negatives, as the seventeenth batch labels a
figure in a negative), 38 checked speakers (19 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label, hope, speculation or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-eighty-fifth, two-hundred-fourth); a reported statement of
  fact, figure, plan or position is check-worthy with its speaker. The pairs from one
  speaker: Völkl's 720 million euros beside „gespannt wie ein Kind vor Weihnachten“;
  Kessler's customers and revenue beside his hope of a profit by 2029 (the year labelled);
  Aigner's 12 Mio. Euro beside „in zwanzig Jahren nur noch zuschauen“ (20 years labelled);
  Mokoena's 41 hours beside the toddler; Ammann's 1'830 pictures beside «Schärfe»;
  Pettigrew's £6 million beside the skip; Osterwald's „etwa 100-mal schwerer“ beside
  „Eigentlich dürfte es ...“; Minegishi's prototype in 2029 beside "rather be late"; Iyer's
  crews of three beside "our gateway"; Brandhorst's 20 years beside „einen großen Schritt“;
  Salvadori's three years beside "building a star on Earth"; Lüscher's 2046 beside «den
  Anschluss»; Wang's 2 metres beside "the next great test"; Pölzl's orbit beside „keinerlei
  Grund zur Beunruhigung“; Vaughan's 13 times beside the monster; Tessier's twelve days
  beside „nicht länger nur Passagier“ and his evasion („ließ Tessier offen“); Okafor's 19
  eruptions beside "touching the sun"; Valenta's 2028 beside „Rätsel“; Carrow's A$470
  million beside "a new window"; Baumgartner's 2'400 model atmospheres beside «wie
  vielfältig»; Tanabe's 3 billion years beside "a messenger"; Ruiz's first images beside
  "still shaking". Konjunktiv paraphrases of a fact, a figure or a plan are check-worthy
  with the speaker their own attribution gives („..., das Objekt sei etwa 100-mal
  schwerer ...“, „..., die Kamera habe ... geliefert“, „..., bis zu einem ersten
  Demonstrationskraftwerk würden noch mindestens 20 Jahre vergehen“, „..., die Maschine
  könne frühestens 2046 ...“, „..., jeder Lander solle ...“, „..., die Messungen sollten
  ...“; hundred-twelfth, hundred-eighty-fifth), also with the Konjunktiv II that stands in
  for it where the Konjunktiv I looks like the indicative („Neue Aufnahmen ... hätten die
  Bahn deutlich genauer festgelegt, sagte Astronomin Hannah Pölzl ...“ -> "Hannah Pölzl").
- New: speculation and hopes in science copy. Speculation about what a finding means or
  what comes next is a negative whatever its verb - suspect, think, speculate, wonder,
  „halten es für möglich“ - with any figure labelled ("Some theorists suspect ... how the
  first stars formed." with ordinal 1, "Some physicists think ...", "Industry analysts
  speculated that further slips were likely ...", "Some researchers have speculated that
  such objects could be alien probes, ...", "Skeptics wonder whether ...", „Andere
  Forschende halten es für möglich, ...“; hundred-eighty-fifth: "Some scientists suspect
  magnetars ..."), as is the researchers' own verdict („Leben halten die Forschenden auf
  dem glühend heissen Planeten für ausgeschlossen.“; hundred-twelfth: „halten die
  Forschenden für äusserst unwahrscheinlich“). Hopes are negatives in every form and with
  every subject, their figures labelled ("Kessler said he hoped ... by 2029", „Wetterich
  hofft, eines Tages als erster Deutscher ...“ ordinal 1, „Befürworter hoffen auf Strom
  ... noch vor 2050“, "Astronomers hope ... before the first stars formed" ordinal 1,
  „Die Forschenden hoffen“, „Hobbyastronomen hoffen“, „Teilchenphysiker erhoffen sich“,
  "Scientists hope", "Western scientists hope", "Investors hope", "Officials said they
  hoped"; hundred-seventy-fifth, hundred-eighty-fifth). A stated plan or aim with a date
  stays check-worthy ("The company has said it plans to fly its first uncrewed Mars
  missions in the 2028 launch window.", "Beijing has said it intends to put two of its
  astronauts on the lunar surface before 2030."; forty-fourth, hundred-twelfth), as do a
  hedged cause („Das Schwefeldioxid entsteht dort vermutlich durch chemische Reaktionen
  ...“; hundred-tenth, hundred-twelfth) and an estimate from a team's own calculations
  („nach den Berechnungen des Teams ... rund 25 Sonnen“, „nach den Modellrechnungen des
  Teams ... rund 320 Grad“; hundred-eighty-fifth: "The team estimates ...").
- Check-worthy without a figure (11 rows; hundred-twelfth, hundred-eighty-fifth): acts of
  record (the first pictures from Mars orbit - „erstmals“ none -, the capsule's splashdown
  at a clock time, a beacon signal received, the lowered neutrino bound, the nomination of
  an astronaut), an agency's stated reason for a delay ("NASA said it needed more time ..."
  -> "NASA"), an astronomer's account of the better orbit (above), a hedged cause (above)
  and three publication lines („Nature Astronomy“, "Physical Review Letters", «The
  Astronomical Journal»).
- Physical measures are counts (fourth, forty-fourth, hundred-twelfth, hundred-eighty-fifth):
  distances and heights with scale words as written ("rund 1,9 Milliarden Kilometer",
  "about 1.5 million km", "etwa 124 Millionen Kilometer", "about 5.9 million km", "within
  about 6.2 million km" - "within" no hedge -, "about 240 million km", "in rund 23.200
  Kilometern Höhe", "aus 250 bis 66.000 Kilometern Höhe" both, "between 540 km and 570 km"
  both, "up to 1,100 km" "up_to", "about 600 km west of Ireland", "von 93 Kilometern", "in
  durchschnittlich 200 Metern Tiefe" - "durchschnittlich" no hedge -, "in rund 270.000
  Kilometern Entfernung"); light years ("rund 12,9 Milliarden Lichtjahre" 12,900,000,000,
  "about 7 billion light years", "about 1,600 light years across", "rund 97 Lichtjahre");
  temperatures with "minus" as a sign ("rund 465 Grad Celsius", "about minus 233 degrees
  Celsius (minus 387 F)" with the hedge on the first figure only, "minus 270 Grad", "minus
  268 degrees Celsius", "rund 30 Millionen Grad Celsius" 30,000,000 - forty-fourth:
  "rund 15 Millionen Grad" -, "about 1,350 degrees Celsius", "at about 35 degrees", "rund
  320 Grad"); masses and sizes ("Die Sonde wiegt 2,6 Tonnen, davon ... knapp 1,1 Tonnen",
  "about 1.8 tonnes", "about 800 kilograms", "1'240 Gramm", "je rund 700 Kilogramm" - "je
  rund" as "jeweils rund", hundred-twelfth -, "each weighing about 340 tonnes", "bis zu 1,3
  Tonnen" and "bis zu 1,5 Tonnen" "up_to", "at least 600 grams" "at_least", "4,5 Metern
  Grösse", "12 centimetres thick", "27 Meter hoch", "72 metres tall", "Die 72 Meter lange
  Anlage mit ihrem 190 Tonnen schweren Spektrometer", "The 10-tonne module", "The roughly
  5-tonne spacecraft" 5 "about", "The 4.6-metre lander", "between 1 and 5 km wide" and
  "nach Schätzungen 45 bis 90 Meter" with no hedge - a verb of estimating, hundred-twelfth -,
  "smaller than a tenth of the full moon" below); masses in suns ("etwa 400 Millionen
  Sonnen", "rund 25 Sonnen", "gut vier Millionen Sonnenmassen" "over", "roughly 222 solar
  masses"; hundred-eighty-fifth: "about 2 trillion suns"); speeds ("about 700,000 km/h",
  "about 68 kilometres per second" - "per second" none); energy and data ("1,8 Gigajoule"
  as "bis zu 500 Megawatt", hundred-eighty-fifth; "about 650 petabytes of data a year" as
  "about 20 terabytes", hundred-twelfth). New: "at a redshift of 14.6" is count 14.6 - a
  measure without a unit read as written, as a significance in sigma
  (hundred-eighty-fifth). New: "höchstens 0,38 Elektronenvolt schwer" is count 0.38
  "at_most" - a particle's mass in electronvolts is a physical measure like any other and
  stays as written, not converted to kilograms, as kelvin stay kelvin
  (hundred-eighty-fifth).
- Multiples are counts (hundred-twelfth, hundred-eighty-fifth): "gut 90-mal so hoch" 90
  "over", "etwa 100-mal schwerer", "about 20 times faster", "about 25 times the size", "about
  13 times the mass of the sun", "about 140 and 95 times the mass of the sun" 140 "about" and
  95, "rund 1,3 Millionen Mal weniger" 1,300,000 "about" (a multiple downward as written,
  hundred-eighty-fifth: "rund 50.000-mal schwächer"), "fast doppelt so viel" 2 "nearly".
  New: "nearly double the original estimate" is count 2 "nearly" - "double" used as a noun
  or adjective of a multiple is "doppelt so viel", while the verb "has more than quadrupled"
  carries none (hundred-eighty-third: "more than doubled"). New: "etwa anderthalbmal so
  gross" is count 1.5 "about" - "anderthalb" is the number word for one and a half, as
  "viereinhalb" is 4.5 (hundred-fifty-second, hundred-eighty-fifth).
- Counts otherwise (every batch): number words and repetitions ("zweimal ... und dreimal" 2
  and 3 and "rund 2.900 Mal" 2,900 "about" - the issue's "viermal" and "100 Mal" -, "About a
  dozen" 12 "about" - the issue's "two dozen" -, "zehnmal jährlich" 10 in a negative,
  "jährlich" none), fleets and tallies ("another 27 broadband satellites", "to 1,146
  spacecraft", "up to 4,408 satellites" "up_to", "zwei weitere Galileo-Satelliten", "auf 32
  Satelliten, von denen 27", "Zwei der älteren Satelliten", "About 36,000 objects larger than
  10 cm" 36,000 "about" and 10 "over" - hundred-twelfth: "objects larger than 10 cm" -, "to
  about 11,000", "1.840 erdnahe Objekte", "eight dummy satellites", "74 rockets", "11
  launches ..., including two", "more than 300 such events" "over", "23 such galaxies", "about
  95,000 galaxies", "2,048 of the more than 130,000 antennas" 2,048 and 130,000 "over", "rund
  36 Millionen registrierten Elektronen", "rund 2'400 Modellatmosphären", "1'830 Aufnahmen"),
  people and partners ("about 2.3 million customers in 48 countries", "etwa 1.300 Menschen",
  "38 Experimente", "rund 150 Forschende aus sieben Ländern", "About 2,000 people", "about
  640 people", "mehr als fünf Milliarden Nutzer" "over", "mehr als 50 Unternehmen" "over",
  "Die 24 Mitgliedstaaten" - hundred-twelfth: "Die 23 Mitgliedstaaten" -, "six other
  members", "two astronauts", "two seats", "two of its astronauts", "crews of three",
  "two black holes", "Two earlier private attempts", "nine instruments, five of them", "11
  more close passes", "19 solar eruptions", "sechs Beobachtungen", "zwei ihrer Module",
  "zwei Erdbeobachtungssatelliten", "zwei Außeneinsätzen", "drei Flüge", "Den ersten Auftrag
  über vier Starts" ordinal 1 and count 4), and in a negative "rund acht Millionen
  Kubikmetern" 8,000,000 "about". A figure heading a compound adjective counts as written
  ("Die dreistufige Rakete" 3 - hundred-twelfth: "Die zweistufige Rakete" -, "The four-person
  crew" 4). New: "The six-wheeled vehicle" is count 6 - a number word counting wheels in a
  compound adjective, as "zweistufige" counts stages. "in 14 Nächten" is count 14 - a night
  is no unit of the duration list (hundred-tenth: "nine consecutive nights") - and "aus
  1.000 Messtagen" count 1,000 (a compound noun with a unit of time inside, ninety-seventh:
  "20 Arbeitstagen", hundred-twelfth: "310 Beobachtungsstunden"). New: "in den nächsten
  zwei Marsjahren" is count 2 - a Martian year is no unit of the duration list either, as a
  night is not, while "Ein Marsjahr dauert 687 Tage." states the span in days (687 days).
  New: on the Turin scale "von Stufe 3 auf Stufe 1" gives counts 3 and 1 - a level on a
  hazard scale, as "Category 2" (forty-ninth) and "als Sturm der Kategorie 4" (ninety-ninth),
  not a regulatory class as the "Stufe 3" of loans (hundred-thirtieth). None: "Die beiden",
  "a single", "hundreds of times", "billions of dollars", "several years", "the earliest",
  "the most massive", "closer ... than any probe", "der Großteil".
- Names and designations carry no figure (hundred-twelfth, hundred-eighty-fifth): "Falcon
  9" (also in "the 31st Falcon 9 mission", ordinal 31 only), "Ariane 6", "Long March 5",
  "SLS", "Galileo-Satelliten", "Esa-Mondmission", "2027 QW11" (hundred-eighty-fifth:
  "designated 2026 JK4"). New: "Wendelstein 7-X" carries none - the number in a research
  facility's name names the machine, as "LHS 3197 c" (hundred-forty-seventh) and "Ariane 6"
  name theirs. New: "designated 4I/2027 K3" carries no ordinal, year or count - an
  interstellar object's designation is an identifier even where it holds a running number
  and a year, as "2026 JK4" is.
- Ordinals (the issue; every batch): "Skyweave's 43rd launch and the 31st Falcon 9
  mission" 43 and 31, "der neunte Flug ... und der vierte" 9 and 4 (the elliptic ordinal,
  hundred-forty-third), "its 14th test flight", "the fourth nation", "only the fourth known
  object", "zum zweiten Mal", "Der zweite Start", "the first module ... the first of five" 1,
  1 and count 5, "its first crewed moon landing since 1972" 1 and the year, "der ersten
  Ausbaustufe", "die ersten Kollisionen", "ihres ersten Mondlandegeräts", "einem ersten
  Demonstrationskraftwerk", "the first detection", "The first such visitor", "the first
  private spacecraft", "the first images", "its first detailed image", "its first uncrewed
  Mars missions", "the first rock samples", "der erste Mensch aus Deutschland", "in den
  ersten zehn Tagen" ordinal 1 and 10 days (hundred-eighty-sixth: "in den ersten neun
  Monaten"), and in negatives "Die ersten Schritte", "als erster Deutscher", "the first
  stars" (twice). None: "erstmals" (hundred-fifty-ninth), "Jungfernflug" (hundred-twelfth),
  "previous", "earlier".
- Fractions (the issue; every batch): "rund vier Fünftel" 0.8 "about", "rund ein Fünftel"
  and "jeweils rund ein Fünftel" 0.2 "about", "ein Drittel davon" 0.3333 ("davon" no hedge),
  "gut ein Drittel" 0.3333 "over", "About three-quarters" 0.75 "about", "Roughly
  two-fifths" 0.4 "about", "smaller than a tenth of the full moon" 0.1 "under" ("smaller
  than" as "kleiner als", ninety-seventh).
- Spans and durations (the issue's "fünfstündigen", "dreitägige", "a two-week visit"; every
  batch): "nach einer dreieinhalbjährigen Reise" 3.5 years (hundred-twelfth: "von
  dreieinhalb Jahren"), "52 Minuten", "In den kommenden vier Jahren", "für die kommenden
  fünf Jahre" (forty-fourth), "within five years" ("within" no hedge, hundred-eighty-sixth),
  "nach 186 Tagen", "knapp 13 Stunden" "nearly" ("zusammen" no hedge), "rund drei Wochen",
  "by at least eight months" "at_least", "four years later", "had cost the project three
  years", "vor zwei Jahren" and "vor zehn Jahren" (sixty-eighth, ninety-seventh), "rund sechs
  Minuten lang", "mindestens 20 Jahre" "at_least", "in about 10 months", "about 0.1 seconds",
  "nach 71 Sekunden", "about 66 minutes", "about seven minutes", "im Abstand von jeweils
  etwa zwei Jahren" "about", "mindestens zwölf Tage lang", "over the next four years",
  "about 12 days", "the two-week lunar night" 2 weeks, "a nine-day journey", "19 Tage",
  "rund 30 Tage", "174 Tage", "for up to 30 days" and "for up to 20 days" "up_to", "knapp
  vier Stunden", "41 hours of observations", "lunar nights of about 14 Earth days" 14 days
  ("Earth" qualifies the day, the unit stays a day); cosmic spans scaled as written ("about
  280 million years after the Big Bang", "some 13.5 billion years ago" 13,500,000,000 "about"
  - "ago" as "nine days ago", hundred-twelfth -, "rund 900 Millionen Jahre nach dem Urknall",
  "for at least 3 billion years" "at_least"); ages ("der 44-Jährige", "Die 38-Jährige"); in a
  negative "in zwanzig Jahren" 20 years. None: "by at least a year", "about a week", "in
  under a minute" and "binnen eines Jahres" (articles, hundred-fifty-second), "this year",
  "last year", "so far this year", "im vergangenen Jahr", "im kommenden Jahr", "heuer",
  "jedes Jahr", "a year", "Ende Juni", "im Februar", "in October", "in December", "in
  November", "the middle of the next decade", "for decades", "seit Jahrzehnten", weekdays
  and their compounds ("am Donnerstagabend", "on Tuesday") and clock times ("um 14.36
  Uhr", "um 8.42 Uhr deutscher Zeit").
- Money in the currency written (every batch): EUR ("rund 720 Millionen Euro" -
  "eingerechnet" no hedge -, "auf 310 Mio. Euro", "knapp 58 Mio. Euro" "nearly", "7,9 Mrd.
  Euro", "12 Mio. Euro", "rund 13 Milliarden Euro", "rund 1,4 Milliarden Euro", "about 5.5
  billion euros", "more than 22 billion euros" "over", "rund 300 Millionen Euro", "862
  Millionen Euro", "about 2.4 billion euros", "rund 190 Millionen Euro"), USD ("$4.2
  billion ..., up from $2.9 billion", "about $11 billion", "more than $97 billion" "over",
  "about $4.3 billion", "as much as $10.8 billion" "up_to" - hundred-tenth: "as much as" -,
  "about $4.4 billion", "The $1.6 billion mission", "a $129 million contract"), GBP ("£6
  million"), CHF ("rund 21 Millionen Franken", "rund 17 Milliarden Franken"), JPY and INR with
  the converted dollars in brackets and no hedge on them ("about 410 billion yen ($2.7
  billion)", "about 209 billion rupees ($2.4 billion)"; eightieth, hundred-eighty-fifth) and
  AUD ("A$470 million"; two-hundred-fourth: "A$1.8 billion").
- Percentages as written (every batch): "ein Plus von rund 22 Prozent" "about", "less than
  1%" "under", "about 44%", "gut 4 Prozent" "over", "auf 0,3 Prozent", "mit 2,4 Prozent",
  "jumped 38%".
- Years and dates: "im Oktober 2023" and "in December 2028" their year only
  (hundred-seventy-first: "in March 2024"), "mid-2028" 2028 (hundred-twelfth: "by
  mid-2026"), "frühestens 2046" with no hedge (forty-fourth: "frühestens 2028"), "before
  2041", "before 2030" and "noch vor 2050" with no hedge (hundred-seventy-first: "before"),
  "by 2035", "by 2029" (in a negative), "bis 2029", "bis 2030", "bis Ende 2028", "ab 2029",
  "ab 2031", "ab 2028", "since 1972", "since 2012", "seit 2003", "seit 2018", "since 2019",
  "since 2020", "in 2015", "in 2017" (twice), "in 2019", "in 2022", "in 2029", "in 2030",
  "in 2032", "im Jahr 2041", "voraussichtlich 2028", "für 2030" and "2030" in a negative,
  "the 2028 launch window" 2028, "aus den Jahren 2025 und 2026" both. "Am 4. Dezember 2032"
  is one date, "2032-12-04", with no separate year (the date carries its year, as "am 1.
  Jänner 2026" -> "2026-01-01" in earlier batches). Reuters and AFP English datelines with
  a day are dates without a year ("CAPE CANAVERAL, Fla., March 9 (Reuters)", "TOKYO, March
  24", "BENGALURU, April 7 (AFP)", "WASHINGTON, April 14", "SAINT-PAUL-LEZ-DURANCE, France,
  May 4 (AFP)" with the country between city and day, "BEIJING, May 19", "STARBASE, Texas,
  June 2", "PERTH, June 9", "PARIS, June 16 (AFP)", "HOUSTON, June 23";
  hundred-forty-seventh, hundred-eighty-fifth); AP ("BALTIMORE (AP) —", "LAUREL, Md. (AP)
  —"), PA ("LONDON (PA) -", "CARDIFF (PA) -"), dpa, APA, Keystone-SDA, Reuters German and
  AFP German datelines carry none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "some",
  "roughly", "Roughly", "je rund", "jeweils rund", "jeweils etwa" "about"; "knapp",
  "nearly", "fast" "nearly"; "mehr als", "more than", "gut", "larger than" "over"; "less
  than", "smaller than" "under"; "bis zu", "up to", "as much as" "up_to"; "mindestens", "at
  least" "at_least"; "höchstens" "at_most". New: "as deep as 2 metres" is 2 "up_to" - "as
  deep as" bounds a depth from above as "as much as" bounds an amount (hundred-tenth). No
  hedge: "durchschnittlich", "zusammen", "davon", "bereits", "derzeit", "only", "within",
  "nach Schätzungen", "estimated to be between", "eingerechnet", "zunächst", "insgesamt",
  "another", "more" in "11 more close passes", "weniger als" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte die Europäische
  Weltraumorganisation mit" (hundred-eighty-fifth), "teilte Arianespace mit", "teilte das
  Max-Planck-Institut für Plasmaphysik mit" and "teilte das DLR mit" -> "das DLR" (the source
  with its article in the nominative, as "teilte die Esa mit", hundred-twelfth), "teilte das
  Infrastrukturministerium am Mittwoch mit" and "teilte die Esa am Montag mit" (the weekday
  dropped, two-hundred-fourth: "teilte der Bundesrat am Montag mit"), "wie die Universität
  am Dienstag mitteilte" -> "die Universität", "wie das Bundeswirtschaftsministerium
  mitteilte" -> "das Bundeswirtschaftsministerium" and "wie das KIT am Montag mitteilte" ->
  "das KIT" (ninety-ninth, hundred-eighty-fifth: "wie die ETH am Mittwoch mitteilte");
  "sagte Missionsleiterin Annegret Völkl" and "sagte Astronomin Hannah Pölzl vom Institut
  für Weltraumforschung in Graz" with the title dropped (hundred-twelfth: "Studienleiter
  Matthias Krenzer vom ..."); "X sagte, ..." with the title dropped
  ("Infrastrukturminister Clemens Aigner", "Projektleiter Samuel Ammann",
  "Studienleiterin Friederike Osterwald", "Institutsdirektorin Ulrike Brandhorst",
  "Generaldirektorin Margarethe Lüscher", "Esa-Explorationsdirektor Arnaud Tessier",
  "Kollaborationssprecherin Kathrin Valenta", "Studienleiterin Noemi Baumgartner";
  hundred-seventy-first, hundred-eighty-fifth). English: "the UK Space Agency said", "the
  Indian Space Research Organisation said on Tuesday" and "the Japan Aerospace Exploration
  Agency (JAXA) said on Wednesday" with their article and without the abbreviation and the
  weekday (eighty-first, hundred-fifty-fifth); "the agency said on Tuesday" -> "the agency"
  and "the company said" -> "the company" (hundred-seventy-first); "NASA said ..." opening
  the row -> "NASA" (forty-fourth); the name with the role dropped ("Chief Executive Dorian
  Kessler said", "Lead author Lindiwe Mokoena said", "Space Minister Lorna Pettigrew said",
  "ISRO chairman Venkatesh Iyer said", "Director-General Pietro Salvadori said", "Chief
  designer Wang Lihua said", "Lead researcher Eleri Vaughan said", "Project scientist
  Maribel Okafor said", "Science Minister Helena Carrow said", "Chief Executive Nathaniel
  Ruiz said"; hundred-eighty-fifth), "Kessler said ..." opening the row, "JAXA President
  Haruto Minegishi told reporters" ("told reporters" names the speaker, two-hundred-fourth)
  and "said Haruki Tanabe, an astronomer at ..." (the name before its apposition,
  forty-first: "said Helen Marsh, a professor ..."). Left unchecked (None): "nach Angaben
  aus Brüssel", "nach DLR-Angaben", "nach Esa-Angaben", "nach Firmenangaben", "nach
  Branchenschätzungen", "laut Ministerium", "nach Schätzung der Organisation", "nach den
  Berechnungen des Teams", "nach den Modellrechnungen des Teams", "wie aus der
  Veröffentlichung hervorgeht", "sagte ein Esa-Mediziner" (a role), "Im Februar hatte die
  Esa den Wert ... angegeben", "the team reported", "state media reported", "the agency's
  engineers said", "its governing council said", "the International Astronomical Union's
  Minor Planet Center said" (a possessive heading the source, eighty-third), "according to"
  documents and reports ("company filings", "ESA's latest space environment report", "the
  agency's inspector general", "council documents", "a company livestream", "the
  observatory's latest progress report"), "The inspector general puts", "The agency had put",
  "Beijing has said", "The company has said", "Astronomers ... say", rows without attribution
  and all negatives, also those with a named speaker.
- Negatives otherwise (ninety-eighth, hundred-twelfth, hundred-eighty-fifth): quotes of
  wonder, feeling, resolve and reassurance (Völkl, Aigner with 20 years labelled, Mokoena,
  Ammann, Pettigrew, Osterwald, Minegishi, Iyer, Wetterich with ordinal 1 labelled,
  Brandhorst, Salvadori, Lüscher, Wang, Pölzl, Vaughan, Ebersberger, Tessier, Okafor,
  Valenta, Carrow, Baumgartner, Tanabe, Stoltenberg, Ruiz, an astronomer in Toronto);
  labels and verdicts (the CNES spokesman's „Routine im besten Sinne“, the senator's "a gift
  to Beijing", SpaceX's president's "the cleanest flight", Austrospace's „zu niedrig“,
  environmental groups' „unverantwortlich“ with 8,000,000 labelled); speculation and hopes
  (above); warnings and doubts without a measure ("Experts warn that a single large
  collision could ...", "Some officials in Tokyo privately doubt ...", „bezweifeln
  Branchenkenner“ with 10 labelled; two-hundred-fourth); open questions („Ob sich unter den
  Eisablagerungen ...“, „Ob mehrere deutsche Raketenanbieter ... gilt ... als fraglich“,
  „Ob der Flug tatsächlich 2030 stattfindet, ...“ with the year labelled, "Whether member
  states will approve ... is unclear"); and an evasion („Ob europäische Astronauten ...,
  ließ Tessier offen.“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_234 = [
    # --- Esa-Sonde Vesperus erreicht die Venus (dpa) ---
    (
        "de",
        "Darmstadt (dpa) - Die Esa-Sonde Vesperus ist nach einer dreieinhalbjährigen Reise in eine Umlaufbahn um die Venus eingeschwenkt.",
        True,
        [("duration", 3.5, "year", None)],
        None,
    ),
    (
        "de",
        "Das Bremsmanöver dauerte 52 Minuten, das Bestätigungssignal traf um 14.36 Uhr im Kontrollzentrum ein, teilte die Europäische Weltraumorganisation mit.",
        True,
        [("duration", 52, "minute", None)],
        "die Europäische Weltraumorganisation",
    ),
    (
        "de",
        "Vesperus hat seit dem Start im Oktober 2023 rund 1,9 Milliarden Kilometer zurückgelegt und dabei zweimal an der Erde und dreimal an der Venus Schwung geholt.",
        True,
        [
            ("year", 2023, None, None),
            ("count", 1900000000, None, "about"),
            ("count", 2, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Sonde wiegt 2,6 Tonnen, davon entfallen knapp 1,1 Tonnen auf Treibstoff.",
        True,
        [("count", 2.6, None, None), ("count", 1.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Auf der Oberfläche der Venus herrschen Temperaturen von rund 465 Grad Celsius, der Druck ist gut 90-mal so hoch wie auf der Erde.",
        True,
        [("count", 465, None, "about"), ("count", 90, None, "over")],
        None,
    ),
    (
        "de",
        "Start und Betrieb eingerechnet kostet die Mission rund 720 Millionen Euro, sagte Missionsleiterin Annegret Völkl.",
        True,
        [("money", 720000000, "EUR", "about")],
        "Annegret Völkl",
    ),
    (
        "de",
        "In den kommenden vier Jahren soll die Sonde die Wolkendecke des Planeten aus 250 bis 66.000 Kilometern Höhe vermessen.",
        True,
        [("duration", 4, "year", None), ("count", 250, None, None), ("count", 66000, None, None)],
        None,
    ),
    (
        "de",
        "„Jetzt beginnt die eigentliche Arbeit, und ich bin gespannt wie ein Kind vor Weihnachten“, sagte Völkl.",
        False,
        [],
        None,
    ),
    ("de", "Die Forschenden hoffen, in den Daten Hinweise auf noch aktive Vulkane zu finden.", False, [], None),
    # --- Skyweave broadband launch (Reuters) ---
    (
        "en",
        "CAPE CANAVERAL, Fla., March 9 (Reuters) - A Falcon 9 rocket carried another 27 broadband satellites for Skyweave Networks into orbit on Tuesday, bringing the company's constellation to 1,146 spacecraft.",
        True,
        [("date", "--03-09", None, None), ("count", 27, None, None), ("count", 1146, None, None)],
        None,
    ),
    (
        "en",
        "It was Skyweave's 43rd launch and the 31st Falcon 9 mission of the year.",
        True,
        [("ordinal", 43, None, None), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "en",
        "Skyweave has permission from U.S. regulators to operate up to 4,408 satellites in orbits between 540 km and 570 km.",
        True,
        [("count", 4408, None, "up_to"), ("count", 540, None, None), ("count", 570, None, None)],
        None,
    ),
    (
        "en",
        "About a dozen of the satellites launched last year have already failed and are being steered out of orbit.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    (
        "en",
        "Each satellite weighs about 800 kilograms and is designed to burn up in the atmosphere within five years of the end of its mission.",
        True,
        [("count", 800, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dorian Kessler said the network now served about 2.3 million customers in 48 countries.",
        True,
        [("count", 2300000, None, "about"), ("count", 48, None, None)],
        "Dorian Kessler",
    ),
    (
        "en",
        "Skyweave has spent about $11 billion on the network since 2020, according to company filings.",
        True,
        [("money", 11000000000, "USD", "about"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Kessler said the company expected revenue of $4.2 billion this year, up from $2.9 billion.",
        True,
        [("money", 4200000000, "USD", None), ("money", 2900000000, "USD", None)],
        "Kessler",
    ),
    ("en", "Kessler said he hoped the network would turn a profit by 2029.", False, [("year", 2029, None, None)], None),
    (
        "en",
        '"The night sky is a shared resource, and it is being privatised one launch at a time," said Mireille Tondreau, an astronomer at the University of Toronto.',
        False,
        [],
        None,
    ),
    # --- Österreichs Esa-Beitrag (APA) ---
    (
        "de",
        "Wien (APA) - Österreich erhöht seinen Beitrag zur Europäischen Weltraumorganisation Esa für die kommenden fünf Jahre auf 310 Mio. Euro.",
        True,
        [("duration", 5, "year", None), ("money", 310000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von rund 22 Prozent gegenüber der vorigen Beitragsperiode, teilte das Infrastrukturministerium am Mittwoch mit.",
        True,
        [("percent", 22, "%", "about")],
        "das Infrastrukturministerium",
    ),
    (
        "de",
        "Heuer fließen davon knapp 58 Mio. Euro, der Großteil in Erdbeobachtung und Satellitennavigation.",
        True,
        [("money", 58000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Esa selbst verfügt heuer über ein Budget von 7,9 Mrd. Euro.",
        True,
        [("money", 7900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Über Aufträge der Esa fließen laut Ministerium rund vier Fünftel des Beitrags an heimische Firmen zurück.",
        True,
        [("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 140 heimische Unternehmen und Forschungseinrichtungen sind in der Branche tätig, sie beschäftigen etwa 1.300 Menschen.",
        True,
        [("count", 140, None, "about"), ("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Infrastrukturminister Clemens Aigner sagte, Österreich werde sich erstmals mit 12 Mio. Euro an einer Esa-Mondmission beteiligen.",
        True,
        [("money", 12000000, "EUR", None)],
        "Clemens Aigner",
    ),
    (
        "de",
        "Mit dem Geld werden unter anderem zwei Erdbeobachtungssatelliten mitfinanziert, die ab 2029 starten sollen.",
        True,
        [("count", 2, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "„Wer beim Mond nicht mitspielt, wird in zwanzig Jahren nur noch zuschauen“, sagte Aigner.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    ("de", "Die Branchenvertretung Austrospace hält die Summe dennoch für zu niedrig.", False, [], None),
    # --- Webb sees early galaxy (AP) ---
    (
        "en",
        "BALTIMORE (AP) — Astronomers using the James Webb Space Telescope say they have spotted a galaxy as it appeared about 280 million years after the Big Bang, the earliest yet confirmed.",
        True,
        [("duration", 280000000, "year", "about")],
        None,
    ),
    (
        "en",
        "The light left the galaxy some 13.5 billion years ago, and the object lies at a redshift of 14.6, the team reported in the journal Nature.",
        True,
        [("duration", 13500000000, "year", "about"), ("count", 14.6, None, None)],
        None,
    ),
    (
        "en",
        "The galaxy is only about 1,600 light years across, but it is forming stars about 20 times faster than the Milky Way does today.",
        True,
        [("count", 1600, None, "about"), ("count", 20, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Lindiwe Mokoena said the team had confirmed the distance after 41 hours of observations with the telescope's spectrograph.",
        True,
        [("duration", 41, "hour", None)],
        "Lindiwe Mokoena",
    ),
    (
        "en",
        "Webb observes from a point about 1.5 million km from Earth, where its mirror is kept at about minus 233 degrees Celsius (minus 387 F).",
        True,
        [("count", 1500000, None, "about"), ("count", -233, None, "about"), ("count", -387, None, None)],
        None,
    ),
    (
        "en",
        "The team counted 23 such galaxies in a survey covering a patch of sky smaller than a tenth of the full moon.",
        True,
        [("count", 23, None, None), ("fraction", 0.1, None, "under")],
        None,
    ),
    ("en", '"It is a bit like finding a toddler who can already run a marathon," Mokoena said.', False, [], None),
    (
        "en",
        "Some theorists suspect such bright early galaxies could force changes to models of how the first stars formed.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Berner Kamera im Marsorbit (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Eine an der Universität Bern gebaute Kamera hat aus der Marsumlaufbahn erstmals Bilder zur Erde gefunkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Instrument wiegt 1'240 Gramm und kann aus 400 Kilometern Höhe Objekte von 4,5 Metern Grösse unterscheiden.",
        True,
        [("count", 1240, None, None), ("count", 400, None, None), ("count", 4.5, None, None)],
        None,
    ),
    (
        "de",
        "Entwicklung und Bau kosteten rund 21 Millionen Franken, wie die Universität am Dienstag mitteilte.",
        True,
        [("money", 21000000, "CHF", "about")],
        "die Universität",
    ),
    (
        "de",
        "Die Kamera soll in den nächsten zwei Marsjahren rund ein Fünftel der Oberfläche in Farbe kartieren.",
        True,
        [("count", 2, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "Ein Marsjahr dauert 687 Tage.", True, [("duration", 687, "day", None)], None),
    (
        "de",
        "Projektleiter Samuel Ammann sagte, die Kamera habe in den ersten zehn Tagen bereits 1'830 Aufnahmen geliefert.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "day", None), ("count", 1830, None, None)],
        "Samuel Ammann",
    ),
    (
        "de",
        "«Wir sehen Dünen, Schluchten und Eisablagerungen in einer Schärfe, von der wir lange nur geträumt haben», sagte Ammann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sich unter den Eisablagerungen flüssiges Wasser verbirgt, können die Bilder allein nicht klären.",
        False,
        [],
        None,
    ),
    # --- Rocket stage re-enters over Atlantic (PA) ---
    (
        "en",
        "LONDON (PA) - A disused rocket stage weighing about 1.8 tonnes re-entered the atmosphere over the North Atlantic early on Saturday, the UK Space Agency said.",
        True,
        [("count", 1.8, None, "about")],
        "the UK Space Agency",
    ),
    (
        "en",
        "Fragments were expected to fall into the sea about 600 km west of Ireland, and no debris has been reported on land.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "The stage was launched in 2019 and had been circling Earth at an altitude of up to 1,100 km.",
        True,
        [("year", 2019, None, None), ("count", 1100, None, "up_to")],
        None,
    ),
    (
        "en",
        "The agency had put the chance of debris falling on the UK at less than 1%.",
        True,
        [("percent", 1, "%", "under")],
        None,
    ),
    (
        "en",
        "About 36,000 objects larger than 10 cm are now tracked in orbit around Earth, according to ESA's latest space environment report.",
        True,
        [("count", 36000, None, "about"), ("count", 10, None, "over")],
        None,
    ),
    (
        "en",
        "The number of active satellites has more than quadrupled since 2019 to about 11,000.",
        True,
        [("year", 2019, None, None), ("count", 11000, None, "about")],
        None,
    ),
    (
        "en",
        "Space Minister Lorna Pettigrew said Britain would spend £6 million on two missions to capture and remove defunct satellites.",
        True,
        [("money", 6000000, "GBP", None), ("count", 2, None, None)],
        "Lorna Pettigrew",
    ),
    ("en", '"We cannot keep treating orbit like a skip that never gets emptied," Pettigrew said.', False, [], None),
    (
        "en",
        "Experts warn that a single large collision could set off a cascade of debris that would make some orbits unusable for decades.",
        False,
        [],
        None,
    ),
    # --- Schwarzes Loch im frühen Universum (dpa) ---
    (
        "de",
        "Garching (dpa) - Astronomen haben in einer rund 12,9 Milliarden Lichtjahre entfernten Galaxie ein Schwarzes Loch mit der Masse von etwa 400 Millionen Sonnen entdeckt.",
        True,
        [("count", 12900000000, None, "about"), ("count", 400000000, None, "about")],
        None,
    ),
    (
        "de",
        "Damit existierte das Objekt bereits rund 900 Millionen Jahre nach dem Urknall, wie aus der Veröffentlichung hervorgeht.",
        True,
        [("duration", 900000000, "year", "about")],
        None,
    ),
    (
        "de",
        "Für die Messungen nutzte das Team das Very Large Telescope in Chile in 14 Nächten.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Das Schwarze Loch im Zentrum der Milchstraße bringt es auf gut vier Millionen Sonnenmassen.",
        True,
        [("count", 4000000, None, "over")],
        None,
    ),
    (
        "de",
        "Das Schwarze Loch verschlingt nach den Berechnungen des Teams jedes Jahr Gas mit der Masse von rund 25 Sonnen.",
        True,
        [("count", 25, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Friederike Osterwald sagte, das Objekt sei etwa 100-mal schwerer als das Schwarze Loch im Zentrum der Milchstraße.",
        True,
        [("count", 100, None, "about")],
        "Friederike Osterwald",
    ),
    (
        "de",
        "„Eigentlich dürfte es so früh noch gar kein so schweres Schwarzes Loch geben“, sagte Osterwald.",
        False,
        [],
        None,
    ),
    ("de", "Die Studie erschien im Fachjournal „Nature Astronomy“.", True, [], None),
    (
        "de",
        "Andere Forschende halten es für möglich, dass solche Schwarzen Löcher direkt aus gewaltigen Gaswolken entstanden sind.",
        False,
        [],
        None,
    ),
    # --- Japan delays lunar rover (Reuters) ---
    (
        "en",
        "TOKYO, March 24 (Reuters) - Japan has postponed the launch of its pressurised lunar rover by at least a year to 2032, the Japan Aerospace Exploration Agency (JAXA) said on Wednesday.",
        True,
        [("date", "--03-24", None, None), ("year", 2032, None, None)],
        "the Japan Aerospace Exploration Agency",
    ),
    (
        "en",
        "The six-wheeled vehicle is designed to carry two astronauts for up to 30 days on the moon's surface.",
        True,
        [("count", 6, None, None), ("count", 2, None, None), ("duration", 30, "day", "up_to")],
        None,
    ),
    (
        "en",
        "Development costs have risen to about 410 billion yen ($2.7 billion), nearly double the original estimate.",
        True,
        [("money", 410000000000, "JPY", "about"), ("money", 2700000000, "USD", None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Problems with fuel cells that must keep the rover running through lunar nights of about 14 Earth days were the main cause of the delay, the agency's engineers said.",
        True,
        [("duration", 14, "day", "about")],
        None,
    ),
    (
        "en",
        "Japan agreed to supply the rover to NASA in exchange for two seats on future moon landings.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "JAXA President Haruto Minegishi told reporters a full-size prototype would be tested in the Tottori sand dunes in 2029.",
        True,
        [("year", 2029, None, None)],
        "Haruto Minegishi",
    ),
    ("en", '"We would rather be late than lose an astronaut," Minegishi said.', False, [], None),
    (
        "en",
        "Some officials in Tokyo privately doubt the rover will fly before the middle of the next decade.",
        False,
        [],
        None,
    ),
    # --- Ariane 6 mit Galileo-Satelliten (Reuters) ---
    (
        "de",
        "Kourou (Reuters) - Eine Ariane 6 hat am Donnerstagabend zwei weitere Galileo-Satelliten für Europas Satellitennavigation in den Weltraum befördert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es war der neunte Flug der neuen europäischen Trägerrakete und der vierte in diesem Jahr, teilte Arianespace mit.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 4, None, None)],
        "Arianespace",
    ),
    (
        "de",
        "Die beiden je rund 700 Kilogramm schweren Satelliten trennten sich knapp vier Stunden nach dem Abheben in rund 23.200 Kilometern Höhe von der Oberstufe.",
        True,
        [("count", 700, None, "about"), ("duration", 4, "hour", "nearly"), ("count", 23200, None, "about")],
        None,
    ),
    (
        "de",
        "Damit wächst die Galileo-Flotte auf 32 Satelliten, von denen 27 im Regelbetrieb sind.",
        True,
        [("count", 32, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der älteren Satelliten wurden im vergangenen Jahr außer Dienst gestellt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Galileo hat nach Angaben aus Brüssel weltweit mehr als fünf Milliarden Nutzer.",
        True,
        [("count", 5000000000, None, "over")],
        None,
    ),
    (
        "de",
        "Der Aufbau des Systems hat seit 2003 rund 13 Milliarden Euro gekostet.",
        True,
        [("year", 2003, None, None), ("money", 13000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Sprecher der französischen Raumfahrtagentur CNES nannte den Start „Routine im besten Sinne“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Ariane 6 wie geplant ab dem kommenden Jahr zehnmal jährlich starten kann, bezweifeln Branchenkenner.",
        False,
        [("count", 10, None, None)],
        None,
    ),
    # --- India space station (AFP) ---
    (
        "en",
        "BENGALURU, April 7 (AFP) - India will launch the first module of its own space station in December 2028, the Indian Space Research Organisation said on Tuesday.",
        True,
        [("date", "--04-07", None, None), ("ordinal", 1, None, None), ("year", 2028, None, None)],
        "the Indian Space Research Organisation",
    ),
    (
        "en",
        "The 10-tonne module will orbit at an altitude of about 450 km and is the first of five planned for completion by 2035.",
        True,
        [
            ("count", 10, None, None),
            ("count", 450, None, "about"),
            ("ordinal", 1, None, None),
            ("count", 5, None, None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        "The government has approved about 209 billion rupees ($2.4 billion) for the station and the crewed flights that will serve it.",
        True,
        [("money", 209000000000, "INR", "about"), ("money", 2400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "ISRO chairman Venkatesh Iyer said the station would host crews of three for up to 20 days at first.",
        True,
        [("count", 3, None, None), ("duration", 20, "day", "up_to")],
        "Venkatesh Iyer",
    ),
    (
        "en",
        "ISRO carried out 11 launches last year, including two uncrewed tests of the capsule that will carry its astronauts.",
        True,
        [("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "India would become only the fourth nation after Russia, the United States and China to operate a station of its own.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("en", '"This is our gateway to the moon and beyond," Iyer said.', False, [], None),
    (
        "en",
        "Officials said they hoped private companies would eventually take over the supply flights.",
        False,
        [],
        None,
    ),
    # --- Astronaut zurück von der ISS (dpa) ---
    (
        "de",
        "Köln (dpa) - Der deutsche Esa-Astronaut Jonas Wetterich ist nach 186 Tagen auf der Internationalen Raumstation ISS zur Erde zurückgekehrt.",
        True,
        [("duration", 186, "day", None)],
        None,
    ),
    (
        "de",
        "Die Kapsel wasserte um 8.42 Uhr deutscher Zeit vor der Küste Floridas im Atlantik, teilte das DLR mit.",
        True,
        [],
        "das DLR",
    ),
    (
        "de",
        "Während seiner Mission umrundete Wetterich die Erde rund 2.900 Mal und legte dabei etwa 124 Millionen Kilometer zurück.",
        True,
        [("count", 2900, None, "about"), ("count", 124000000, None, "about")],
        None,
    ),
    (
        "de",
        "An Bord betreute der 44-Jährige 38 Experimente, ein Drittel davon von deutschen Hochschulen.",
        True,
        [("duration", 44, "year", None), ("count", 38, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Zudem stieg er bei zwei Außeneinsätzen von zusammen knapp 13 Stunden aus der Station aus.",
        True,
        [("count", 2, None, None), ("duration", 13, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Das Reha-Programm im Europäischen Astronautenzentrum dauert rund drei Wochen, sagte ein Esa-Mediziner.",
        True,
        [("duration", 3, "week", "about")],
        None,
    ),
    (
        "de",
        "„Die ersten Schritte fühlen sich an, als hätte man Blei in den Beinen“, sagte Wetterich nach der Landung.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Wetterich hofft, eines Tages als erster Deutscher den Mond zu betreten.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- NASA delays moon landing (Reuters) ---
    (
        "en",
        "WASHINGTON, April 14 (Reuters) - NASA has pushed back its first crewed moon landing since 1972 by at least eight months to mid-2028, the agency said on Tuesday.",
        True,
        [
            ("date", "--04-14", None, None),
            ("ordinal", 1, None, None),
            ("year", 1972, None, None),
            ("duration", 8, "month", "at_least"),
            ("year", 2028, None, None),
        ],
        "the agency",
    ),
    (
        "en",
        "NASA said it needed more time to test the lander's docking system and the spacesuits astronauts will wear on the surface.",
        True,
        [],
        "NASA",
    ),
    (
        "en",
        "The four-person crew is to spend about a week near the lunar south pole.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Artemis program has cost more than $97 billion since 2012, according to the agency's inspector general.",
        True,
        [("money", 97000000000, "USD", "over"), ("year", 2012, None, None)],
        None,
    ),
    (
        "en",
        "The inspector general puts the cost of a single SLS launch at about $4.3 billion.",
        True,
        [("money", 4300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Beijing has said it intends to put two of its astronauts on the lunar surface before 2030.",
        True,
        [("count", 2, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        'Senator Russell Haverford, who chairs a space subcommittee, called the delay "a gift to Beijing."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Industry analysts speculated that further slips were likely once the lander's refuelling tests begin.",
        False,
        [],
        None,
    ),
    # --- Fusionsrekord in Greifswald (dpa) ---
    (
        "de",
        "Greifswald (dpa) - Die Kernfusionsanlage Wendelstein 7-X hat ein heißes Plasma rund sechs Minuten lang stabil gehalten und damit einen Weltrekord aufgestellt.",
        True,
        [("duration", 6, "minute", "about")],
        None,
    ),
    (
        "de",
        "Die Anlage hat damit zum zweiten Mal binnen eines Jahres den Rekord für die längste Plasmaentladung gebrochen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Plasma erreichte Temperaturen von rund 30 Millionen Grad Celsius, teilte das Max-Planck-Institut für Plasmaphysik mit.",
        True,
        [("count", 30000000, None, "about")],
        "das Max-Planck-Institut für Plasmaphysik",
    ),
    (
        "de",
        "Insgesamt wurde eine Energiemenge von 1,8 Gigajoule umgesetzt, fast doppelt so viel wie beim bisherigen Rekord vor zwei Jahren.",
        True,
        [("count", 1.8, None, None), ("count", 2, None, "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Die supraleitenden Magnetspulen werden dafür auf minus 270 Grad gekühlt.",
        True,
        [("count", -270, None, None)],
        None,
    ),
    ("de", "Die Anlage ging vor zehn Jahren in Betrieb.", True, [("duration", 10, "year", None)], None),
    (
        "de",
        "Institutsdirektorin Ulrike Brandhorst sagte, bis zu einem ersten Demonstrationskraftwerk würden noch mindestens 20 Jahre vergehen.",
        True,
        [("ordinal", 1, None, None), ("duration", 20, "year", "at_least")],
        "Ulrike Brandhorst",
    ),
    (
        "de",
        "Der Bund fördert die Fusionsforschung bis 2029 mit rund 1,4 Milliarden Euro.",
        True,
        [("year", 2029, None, None), ("money", 1400000000, "EUR", "about")],
        None,
    ),
    ("de", "„Wir sind dem Kraftwerk einen großen Schritt nähergekommen“, sagte Brandhorst.", False, [], None),
    (
        "de",
        "Befürworter hoffen auf Strom aus Fusionskraftwerken noch vor 2050.",
        False,
        [("year", 2050, None, None)],
        None,
    ),
    # --- ITER delay (AFP) ---
    (
        "en",
        "SAINT-PAUL-LEZ-DURANCE, France, May 4 (AFP) - The ITER fusion project in southern France will not start full experiments before 2041, four years later than planned, its governing council said on Wednesday.",
        True,
        [("date", "--05-04", None, None), ("year", 2041, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The delay will add about 5.5 billion euros to a bill that already stands at more than 22 billion euros, according to council documents.",
        True,
        [("money", 5500000000, "EUR", "about"), ("money", 22000000000, "EUR", "over")],
        None,
    ),
    (
        "en",
        "The reactor's giant magnets, each weighing about 340 tonnes, must be cooled to minus 268 degrees Celsius.",
        True,
        [("count", 340, None, "about"), ("count", -268, None, None)],
        None,
    ),
    (
        "en",
        "The European Union pays about 44% of construction costs, with six other members sharing the rest.",
        True,
        [("percent", 44, "%", "about"), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Director-General Pietro Salvadori said repairs to corroded cooling pipes had cost the project three years.",
        True,
        [("duration", 3, "year", None)],
        "Pietro Salvadori",
    ),
    (
        "en",
        "About 2,000 people work on the construction site near Aix-en-Provence.",
        True,
        [("count", 2000, None, "about")],
        None,
    ),
    (
        "en",
        '"We are building a star on Earth, and stars do not care about deadlines," Salvadori told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Whether member states will approve the extra money at a meeting in November is unclear.", False, [], None),
    # --- CERN billigt Studie für neuen Ring (Keystone-SDA) ---
    (
        "de",
        "Genf (Keystone-SDA) - Der CERN-Rat hat die Machbarkeitsstudie für einen neuen Teilchenbeschleuniger mit einem Umfang von 93 Kilometern gebilligt.",
        True,
        [("count", 93, None, None)],
        None,
    ),
    (
        "de",
        "Der Bau der ersten Ausbaustufe würde nach Schätzung der Organisation rund 17 Milliarden Franken kosten.",
        True,
        [("ordinal", 1, None, None), ("money", 17000000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Ring soll in durchschnittlich 200 Metern Tiefe unter dem Genferseebecken und dem französischen Umland verlaufen.",
        True,
        [("count", 200, None, None)],
        None,
    ),
    (
        "de",
        "Über den Bau entscheiden die 24 Mitgliedstaaten voraussichtlich 2028.",
        True,
        [("count", 24, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die Schweiz trägt gemäss Verteilschlüssel gut 4 Prozent des Budgets.",
        True,
        [("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Generaldirektorin Margarethe Lüscher sagte, die Maschine könne frühestens 2046 die ersten Kollisionen liefern.",
        True,
        [("year", 2046, None, None), ("ordinal", 1, None, None)],
        "Margarethe Lüscher",
    ),
    (
        "de",
        "«Ohne neuen Beschleuniger verliert Europa in der Teilchenphysik den Anschluss», sagte Lüscher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltorganisationen halten das Projekt angesichts von rund acht Millionen Kubikmetern Aushub für unverantwortlich.",
        False,
        [("count", 8000000, None, "about")],
        None,
    ),
    # --- China Mars sample mission (Reuters) ---
    (
        "en",
        "BEIJING, May 19 (Reuters) - China launched a mission on Tuesday to bring back the first rock samples from Mars, aiming to beat a delayed U.S.-European effort by several years.",
        True,
        [("date", "--05-19", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The roughly 5-tonne spacecraft rode a Long March 5 from the Wenchang launch centre on Hainan, state media reported.",
        True,
        [("count", 5, None, "about")],
        None,
    ),
    (
        "en",
        "It is due to reach Mars in about 10 months and to return at least 600 grams of soil and rock to Earth in 2032.",
        True,
        [("duration", 10, "month", "about"), ("count", 600, None, "at_least"), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Chief designer Wang Lihua said the lander would drill as deep as 2 metres below the surface.",
        True,
        [("count", 2, None, "up_to")],
        "Wang Lihua",
    ),
    (
        "en",
        "NASA's own sample return program was cancelled last year after estimated costs rose to as much as $10.8 billion.",
        True,
        [("money", 10800000000, "USD", "up_to")],
        None,
    ),
    ("en", '"Mars is the next great test of our nation\'s engineering," Wang said.', False, [], None),
    ("en", "Western scientists hope China will share some of the samples with foreign laboratories.", False, [], None),
    # --- Asteroid 2027 QW11 (APA) ---
    (
        "de",
        "Wien (APA) - Die Wahrscheinlichkeit, dass der Asteroid 2027 QW11 im Jahr 2041 die Erde trifft, ist nach neuen Messungen auf 0,3 Prozent gesunken.",
        True,
        [("year", 2041, None, None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "de",
        "Im Februar hatte die Esa den Wert noch mit 2,4 Prozent angegeben.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Gesteinsbrocken ist nach Schätzungen 45 bis 90 Meter groß.",
        True,
        [("count", 45, None, None), ("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "Auf der sogenannten Turiner Skala sank der Asteroid damit von Stufe 3 auf Stufe 1.",
        True,
        [("count", 3, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Esa stuft derzeit 1.840 erdnahe Objekte als potenziell gefährlich ein.",
        True,
        [("count", 1840, None, None)],
        None,
    ),
    (
        "de",
        "Am 4. Dezember 2032 soll er in rund 270.000 Kilometern Entfernung an der Erde vorbeiziehen.",
        True,
        [("date", "2032-12-04", None, None), ("count", 270000, None, "about")],
        None,
    ),
    (
        "de",
        "Neue Aufnahmen des Very Large Telescope hätten die Bahn deutlich genauer festgelegt, sagte Astronomin Hannah Pölzl vom Institut für Weltraumforschung in Graz.",
        True,
        [],
        "Hannah Pölzl",
    ),
    ("de", "„Es gibt keinerlei Grund zur Beunruhigung“, sagte Pölzl.", False, [], None),
    (
        "de",
        "Hobbyastronomen hoffen, den Brocken beim Vorbeiflug mit einem guten Fernglas sehen zu können.",
        False,
        [],
        None,
    ),
    # --- Heaviest black hole merger (PA) ---
    (
        "en",
        "CARDIFF (PA) - Scientists have detected gravitational waves from the collision of two black holes about 7 billion light years away, the most massive merger yet recorded.",
        True,
        [("count", 2, None, None), ("count", 7000000000, None, "about")],
        None,
    ),
    (
        "en",
        "The black holes were about 140 and 95 times the mass of the sun and merged to form a single black hole of roughly 222 solar masses.",
        True,
        [("count", 140, None, "about"), ("count", 95, None, None), ("count", 222, None, "about")],
        None,
    ),
    (
        "en",
        "The signal lasted about 0.1 seconds and was picked up by detectors in the United States, Italy and Japan.",
        True,
        [("duration", 0.1, "second", "about")],
        None,
    ),
    (
        "en",
        "Lead researcher Eleri Vaughan said the collision had turned about 13 times the mass of the sun into pure energy.",
        True,
        [("count", 13, None, "about")],
        "Eleri Vaughan",
    ),
    (
        "en",
        "The detectors have logged more than 300 such events since the first detection in 2015.",
        True,
        [("count", 300, None, "over"), ("ordinal", 1, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Roughly two-fifths of them were recorded during the most recent observing run.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    ("en", "The findings have been submitted to the journal Physical Review Letters.", True, [], None),
    ("en", '"Nature has just shown us a monster we didn\'t think could exist," Vaughan said.', False, [], None),
    (
        "en",
        "Some physicists think such heavy black holes may themselves be the products of earlier mergers.",
        False,
        [],
        None,
    ),
    # --- Bund setzt auf Kleinraketen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will für den Start deutscher Satelliten künftig auch Kleinraketen heimischer Hersteller nutzen und dafür bis 2030 rund 300 Millionen Euro bereitstellen.",
        True,
        [("year", 2030, None, None), ("money", 300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Den ersten Auftrag über vier Starts erhielt das Augsburger Start-up Lechwerk Orbital, wie das Bundeswirtschaftsministerium mitteilte.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None)],
        "das Bundeswirtschaftsministerium",
    ),
    (
        "de",
        "Die dreistufige Rakete des Unternehmens ist 27 Meter hoch und kann bis zu 1,3 Tonnen in eine niedrige Umlaufbahn bringen.",
        True,
        [("count", 3, None, None), ("count", 27, None, None), ("count", 1.3, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ihr Jungfernflug im vergangenen Herbst war nach 71 Sekunden mit einer Explosion geendet.",
        True,
        [("duration", 71, "second", None)],
        None,
    ),
    (
        "de",
        "Weltweit entwickeln nach Branchenschätzungen derzeit mehr als 50 Unternehmen eigene Kleinraketen.",
        True,
        [("count", 50, None, "over")],
        None,
    ),
    ("de", "Der zweite Start ist nach Firmenangaben für Ende Juni geplant.", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "„Wir haben aus jedem Fehler gelernt, und das wird man sehen“, sagte Firmenchefin Carolin Ebersberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob mehrere deutsche Raketenanbieter langfristig überleben können, gilt in der Branche als fraglich.",
        False,
        [],
        None,
    ),
    # --- Starship test flight (Reuters) ---
    (
        "en",
        "STARBASE, Texas, June 2 (Reuters) - SpaceX's Starship completed its 14th test flight on Monday, splashing down in the Indian Ocean about 66 minutes after liftoff.",
        True,
        [("date", "--06-02", None, None), ("ordinal", 14, None, None), ("duration", 66, "minute", "about")],
        None,
    ),
    (
        "en",
        "The booster, 72 metres tall on its own, was snatched out of the air by the tower's steel arms about seven minutes after launch.",
        True,
        [("count", 72, None, None), ("duration", 7, "minute", "about")],
        None,
    ),
    (
        "en",
        "The ship reached an altitude of about 190 km and deployed eight dummy satellites, according to a company livestream.",
        True,
        [("count", 190, None, "about"), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "NASA is paying SpaceX about $4.4 billion to turn Starship into a lunar lander for its Artemis astronauts.",
        True,
        [("money", 4400000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "SpaceX has launched 74 rockets so far this year, more than any other company or country.",
        True,
        [("count", 74, None, None)],
        None,
    ),
    (
        "en",
        "The company has said it plans to fly its first uncrewed Mars missions in the 2028 launch window.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "SpaceX's president, speaking on a company livestream, called it \"the cleanest flight we've ever had.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Skeptics wonder whether the rocket will ever carry people as often as its backers promise.",
        False,
        [],
        None,
    ),
    # --- Esa bestellt Mondlander (AFP) ---
    (
        "de",
        "Paris (AFP) - Die Europäische Weltraumorganisation hat ein Industriekonsortium unter Führung des Bremer Unternehmens Weserfeld Raumfahrt mit dem Bau ihres ersten Mondlandegeräts beauftragt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Auftrag hat einen Wert von 862 Millionen Euro, teilte die Esa am Montag mit.",
        True,
        [("money", 862000000, "EUR", None)],
        "die Esa",
    ),
    (
        "de",
        "Der Lander mit dem Namen Selenit soll ab 2031 bis zu 1,5 Tonnen Fracht zum Südpol des Mondes bringen.",
        True,
        [("year", 2031, None, None), ("count", 1.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Geplant sind zunächst drei Flüge im Abstand von jeweils etwa zwei Jahren.",
        True,
        [("count", 3, None, None), ("duration", 2, "year", "about")],
        None,
    ),
    (
        "de",
        "Deutschland trägt nach Esa-Angaben gut ein Drittel der Kosten, Frankreich und Italien jeweils rund ein Fünftel.",
        True,
        [("fraction", 0.3333, None, "over"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Esa-Explorationsdirektor Arnaud Tessier sagte, jeder Lander solle mindestens zwölf Tage lang auf der Oberfläche arbeiten können.",
        True,
        [("duration", 12, "day", "at_least")],
        "Arnaud Tessier",
    ),
    ("de", "„Europa wird auf dem Mond nicht länger nur Passagier sein“, sagte Tessier.", False, [], None),
    (
        "de",
        "Ob europäische Astronauten eines Tages mit einem eigenen Fahrzeug landen, ließ Tessier offen.",
        False,
        [],
        None,
    ),
    # --- Solar probe's closest pass (AP) ---
    (
        "en",
        "LAUREL, Md. (AP) — A NASA spacecraft flew closer to the sun than any probe before it on Tuesday, passing about 5.9 million km above the solar surface.",
        True,
        [("count", 5900000, None, "about")],
        None,
    ),
    (
        "en",
        "At its closest point, the Solstice probe was travelling at about 700,000 km/h, fast enough to cross the Atlantic in under a minute.",
        True,
        [("count", 700000, None, "about")],
        None,
    ),
    (
        "en",
        "Its heat shield, 12 centimetres thick, was expected to reach about 1,350 degrees Celsius, while the instruments behind it stay at about 35 degrees.",
        True,
        [("count", 12, None, None), ("count", 1350, None, "about"), ("count", 35, None, "about")],
        None,
    ),
    ("en", "A beacon signal confirming the probe was healthy arrived on Thursday.", True, [], None),
    (
        "en",
        "The $1.6 billion mission, launched in 2022, will make 11 more close passes over the next four years.",
        True,
        [
            ("money", 1600000000, "USD", None),
            ("year", 2022, None, None),
            ("count", 11, None, None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The probe's previous closest approach, in December, had brought it within about 6.2 million km of the surface.",
        True,
        [("count", 6200000, None, "about")],
        None,
    ),
    (
        "en",
        "Project scientist Maribel Okafor said the probe had already recorded 19 solar eruptions at close range.",
        True,
        [("count", 19, None, None)],
        "Maribel Okafor",
    ),
    ("en", '"We are literally touching the sun," Okafor said.', False, [], None),
    (
        "en",
        "Scientists hope the measurements will finally explain why the sun's outer atmosphere is hundreds of times hotter than its surface.",
        False,
        [],
        None,
    ),
    # --- Neutrinomasse in Karlsruhe (dpa) ---
    (
        "de",
        "Karlsruhe (dpa) - Physiker am Karlsruher Institut für Technologie haben die Obergrenze für die Masse des Neutrinos weiter gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach den Messungen des Experiments Katrin ist das Teilchen höchstens 0,38 Elektronenvolt schwer, wie das KIT am Montag mitteilte.",
        True,
        [("count", 0.38, None, "at_most")],
        "das KIT",
    ),
    (
        "de",
        "Das ist rund 1,3 Millionen Mal weniger als die Masse eines Elektrons.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "de",
        "Ausgewertet wurden Daten aus 1.000 Messtagen mit rund 36 Millionen registrierten Elektronen.",
        True,
        [("count", 1000, None, None), ("count", 36000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die 72 Meter lange Anlage mit ihrem 190 Tonnen schweren Spektrometer läuft seit 2018.",
        True,
        [("count", 72, None, None), ("count", 190, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "An dem Experiment sind rund 150 Forschende aus sieben Ländern beteiligt.",
        True,
        [("count", 150, None, "about"), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Kollaborationssprecherin Kathrin Valenta sagte, die Messungen sollten bis Ende 2028 fortgesetzt werden.",
        True,
        [("year", 2028, None, None)],
        "Kathrin Valenta",
    ),
    ("de", "„Das Neutrino bleibt ein Rätsel, aber wir kreisen es immer enger ein“, sagte Valenta.", False, [], None),
    (
        "de",
        "Teilchenphysiker erhoffen sich von der genauen Masse Hinweise auf Physik jenseits des Standardmodells.",
        False,
        [],
        None,
    ),
    # --- SKA first image (Reuters) ---
    (
        "en",
        "PERTH, June 9 (Reuters) - The Square Kilometre Array's Australian telescope has produced its first detailed image of the sky, using 2,048 of the more than 130,000 antennas it will eventually have.",
        True,
        [
            ("date", "--06-09", None, None),
            ("ordinal", 1, None, None),
            ("count", 2048, None, None),
            ("count", 130000, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The image shows about 95,000 galaxies in a patch of sky about 25 times the size of the full moon.",
        True,
        [("count", 95000, None, "about"), ("count", 25, None, "about")],
        None,
    ),
    (
        "en",
        "About three-quarters of the antennas have already been installed in the outback, according to the observatory's latest progress report.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "When complete, the array will produce about 650 petabytes of data a year.",
        True,
        [("count", 650, None, "about")],
        None,
    ),
    (
        "en",
        "Science Minister Helena Carrow said Australia would contribute A$470 million to the project's operations.",
        True,
        [("money", 470000000, "AUD", None)],
        "Helena Carrow",
    ),
    (
        "en",
        "The observatory, with sites in Western Australia and South Africa, is expected to cost about 2.4 billion euros to build.",
        True,
        [("money", 2400000000, "EUR", "about")],
        None,
    ),
    ("en", '"Today we opened a new window on the universe," Carrow said.', False, [], None),
    (
        "en",
        "Astronomers hope the telescope will pick up signals from the era before the first stars formed.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Wasserdampf auf fernem Planeten (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Forschende der ETH Zürich haben Wasserdampf und Schwefeldioxid in der Gashülle eines rund 97 Lichtjahre entfernten Planeten nachgewiesen.",
        True,
        [("count", 97, None, "about")],
        None,
    ),
    (
        "de",
        "Das Schwefeldioxid entsteht dort vermutlich durch chemische Reaktionen, die vom Licht des Sterns angetrieben werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Planet ist etwa anderthalbmal so gross wie die Erde und braucht für einen Umlauf um seinen Stern 19 Tage.",
        True,
        [("count", 1.5, None, "about"), ("duration", 19, "day", None)],
        None,
    ),
    (
        "de",
        "Auf der Tagseite herrschen nach den Modellrechnungen des Teams Temperaturen von rund 320 Grad.",
        True,
        [("count", 320, None, "about")],
        None,
    ),
    (
        "de",
        "Die Daten stammen aus sechs Beobachtungen mit dem Weltraumteleskop James Webb aus den Jahren 2025 und 2026.",
        True,
        [("count", 6, None, None), ("year", 2025, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Noemi Baumgartner sagte, das Team habe für die Analyse rund 2'400 Modellatmosphären berechnet.",
        True,
        [("count", 2400, None, "about")],
        "Noemi Baumgartner",
    ),
    ("de", "Leben halten die Forschenden auf dem glühend heissen Planeten für ausgeschlossen.", False, [], None),
    ("de", "«Jeder neue Planet zeigt uns, wie vielfältig andere Welten sind», sagte Baumgartner.", False, [], None),
    ("de", "Die Studie erschien im Fachblatt «The Astronomical Journal».", True, [], None),
    # --- Interstellar visitor (AFP) ---
    (
        "en",
        "PARIS, June 16 (AFP) - Astronomers have spotted only the fourth known object to enter the solar system from interstellar space, the International Astronomical Union's Minor Planet Center said.",
        True,
        [("date", "--06-16", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The object, designated 4I/2027 K3, is travelling at about 68 kilometres per second relative to the sun.",
        True,
        [("count", 68, None, "about")],
        None,
    ),
    (
        "en",
        "The first such visitor, known as 'Oumuamua, was discovered in 2017.",
        True,
        [("ordinal", 1, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "It is estimated to be between 1 and 5 km wide and will pass about 240 million km from Earth in October.",
        True,
        [("count", 1, None, None), ("count", 5, None, None), ("count", 240000000, None, "about")],
        None,
    ),
    (
        "en",
        "Its path suggests it has been drifting through the galaxy for at least 3 billion years, said Haruki Tanabe, an astronomer at the National Astronomical Observatory of Japan.",
        True,
        [("duration", 3000000000, "year", "at_least")],
        "Haruki Tanabe",
    ),
    (
        "en",
        "ESA is studying whether its Comet Interceptor spacecraft, due to launch in 2030, could be sent to meet such a visitor.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"It is a messenger from another star, and we have only a few months to read the message," Tanabe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some researchers have speculated that such objects could be alien probes, an idea most astronomers dismiss.",
        False,
        [],
        None,
    ),
    # --- Deutsche Astronautin für Mondorbit nominiert (dpa) ---
    (
        "de",
        "Köln (dpa) - Die Esa hat die deutsche Astronautin Mareike Stoltenberg für einen Flug zur geplanten Raumstation im Mondorbit nominiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Start ist nach derzeitiger Planung für 2030 vorgesehen, die Mission soll rund 30 Tage dauern.",
        True,
        [("year", 2030, None, None), ("duration", 30, "day", "about")],
        None,
    ),
    (
        "de",
        "Die Station im Mondorbit soll ab 2028 schrittweise aufgebaut werden, Europa liefert zwei ihrer Module.",
        True,
        [("year", 2028, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Stoltenberg wäre nach DLR-Angaben der erste Mensch aus Deutschland, der den Mond umrundet.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 38-Jährige hat bereits 174 Tage auf der ISS verbracht.",
        True,
        [("duration", 38, "year", None), ("duration", 174, "day", None)],
        None,
    ),
    (
        "de",
        "Deutschland hat sich den Platz mit Beiträgen von rund 190 Millionen Euro zum europäischen Servicemodul gesichert.",
        True,
        [("money", 190000000, "EUR", "about")],
        None,
    ),
    ("de", "„Als Kind habe ich vom Mond geträumt, jetzt darf ich vielleicht hin“, sagte Stoltenberg.", False, [], None),
    (
        "de",
        "Ob der Flug tatsächlich 2030 stattfindet, hängt vor allem vom Zeitplan der Nasa ab.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Private lander at lunar south pole (Reuters) ---
    (
        "en",
        "HOUSTON, June 23 (Reuters) - A lunar lander built by Selkirk Aerospace touched down upright near the moon's south pole on Monday, the first private spacecraft to land in the region, the company said.",
        True,
        [("date", "--06-23", None, None), ("ordinal", 1, None, None)],
        "the company",
    ),
    (
        "en",
        "The 4.6-metre lander, named Juniper, came to rest about 250 metres from its target after a nine-day journey.",
        True,
        [("count", 4.6, None, None), ("count", 250, None, "about"), ("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "It carries nine instruments, five of them for NASA under a $129 million contract.",
        True,
        [("count", 9, None, None), ("count", 5, None, None), ("money", 129000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The lander is expected to operate for about 12 days before the two-week lunar night drains its batteries.",
        True,
        [("duration", 12, "day", "about"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Two earlier private attempts to land near the pole ended with the craft toppling over.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Nathaniel Ruiz said the first images showed ice-rich soil beneath the landing legs.",
        True,
        [("ordinal", 1, None, None)],
        "Nathaniel Ruiz",
    ),
    ("en", "Selkirk's shares jumped 38% in after-hours trading.", True, [("percent", 38, "%", None)], None),
    (
        "en",
        "Selkirk was founded in 2017 and employs about 640 people.",
        True,
        [("year", 2017, None, None), ("count", 640, None, "about")],
        None,
    ),
    ("en", '"We stuck the landing, and honestly I\'m still shaking," Ruiz said.', False, [], None),
    ("en", "Investors hope the success will unlock more NASA contracts worth billions of dollars.", False, [], None),
]
