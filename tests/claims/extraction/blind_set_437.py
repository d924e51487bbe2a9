"""Four-hundred-and-thirty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of real agencies, ministries, observatories and
companies appear under made-up names that stand for no real holder (a chief executive of
Arianespace, a DLR board member, Germany's space coordinator, a NASA acting administrator,
an ISRO chairman, an ESO director general, a director of the SBFI, a British science
minister, the heads of ESA's planetary defence and space debris offices) or by their role
only („Bremens Wirtschaftssenatorin“, „die Firmenchefin“, "NASA officials", "Chinese space
officials").

Names: Laurent Vasseur-Monnier, Franziska Lohmeyer-Aydın, Reinhold Gaßner-Thiel, Sabine
Oberdorfer-Klee, Seraina Tscharner-Vogt, Matthias Kronawetter, Gudrun Pirchegger-Haas,
Kerstin Aumüller-Rasch and her Ottobrunn start-up Alpenkraft Orbital with its rocket
„Föhn-1“, Annika Brodersen-Yıldız, Helene Wachsmuth-Ortega, Imran Saleem-Baig, Jörn
Stegemeyer-Lutz, Ulrich Kötterheinrich, Bastiaan Verkerk-Holl, Ladina Gugelmann-Frei; Dana
Whitcombe-Reyes, Rhys Calloway-Dunne, Marcia Pendergast-Lowe, Gideon Haverstock, Keiko
Tsurumaki-Hale, Arvind Subramanyam-Iyer, Lorraine Kettering-Oyelowo, Renata Szalai-Whitmore,
Camille Ostrowski-Baird, Pavel Yermolaev-Grin, Shawna Delgado-Pryor, Fiona Achterlonie,
Alasdair Meiklejohn and his Edinburgh firm Northcape Launch with its rocket Gannet-2, Holger
Lindqvist-Marr, Priya Okafor-Lindgren and her firm Tessellate Lunar with its landers
Corvus-2 and Corvus-3, Mireille Castaing-Rowe, Doyle Fenwick-Ash; the asteroids 2026 TR5 and
2026 QV9, the planets TOI-6104 b and LHS 2716 d, the flight VA268; every unnamed
spokesperson, official, analyst, critic, resident, engineer, astronomer and amateur
astronomer. Real agencies, bodies, parties, firms, launchers, craft, missions, places and
journals (Esa, Europäische Weltraumorganisation, Arianespace, Ariane 6, Ariane 64, Vega-C,
Galileo, OHB, Kourou, Französisch-Guayana, DLR, ISS, Internationale Raumstation, Gateway,
Artemis IV, Europäisches Servicemodul, Bundesregierung, Bundeshaushalt,
Wirtschaftsministerium, CDU, die Grünen, Haushaltsausschuss, Bundestag, Iris², Universität
Bern, Cheops, «Astronomy & Astrophysics», Institut für Weltraumforschung, Akademie der
Wissenschaften, Infrastrukturministerium, Smile, Graz, Esa-Büro für Planetenabwehr, Hawaii,
Andøya, Ottobrunn, Nordmeer, BepiColombo, Merkur, Darmstadt, DLR-Institut für
Planetenforschung, Mariner 10, Messenger, Euclid, Max-Planck-Institut für extraterrestrische
Physik, Garching, Falcon-9-Rakete, Dunkle Energie, Airbus, Orion, Kennedy Space Center,
Nasa, Bremen, Weser, Shenzhou-23, Shenzhou-24, Tiangong, Langer Marsch 2F, Jiuquan, Wüste
Gobi, CMSA, Pakistan, Deutscher Wetterdienst, DWD, Kp-Skala, Sternwarte Sonneberg,
Bundesnetzagentur, Offenbach, Europäische Südsternwarte Eso, Extremely Large Telescope,
Atacama-Wüste, Bundesrat, SBFI, SVP, Wintersession; SpaceX, Falcon 9, Dragon, NASA, Crew-12,
Crew-13, the International Space Station, JAXA, Cape Canaveral, Starship, Super Heavy,
Raptor, Starbase, the Federal Aviation Administration, House appropriators, the Space Launch
System, the Goddard Space Flight Center, the Senate, Apollo 17, Artemis II, Artemis III,
HTV-X2, H3, Tanegashima, Gaganyaan, G1, LVM3, Sriharikota, the Indian Space Research
Organisation, ISRO, the Bay of Bengal, Chang'e-7, the China National Space Administration,
CCTV, Long March 5, Wenchang, NASA's Planetary Defense Coordination Office, Hiroshima, Hera,
Didymos, Voyager 1, Voyager 2, the Jet Propulsion Laboratory, Soyuz MS-28, Expedition 74,
Roscosmos, Kazakhstan, SaxaVord, Unst, Shetland, the UK Space Agency, the European Space
Agency, ESA, Mare Crisium, Commercial Lunar Payload Services, the James Webb Space
Telescope, The Astrophysical Journal Letters, Boeing, Starliner-1, Atlas V, and the
datelines' cities) stand for the way wire copy names them; every launch, orbit, distance,
mass, size, stay, crew, budget, contract, tally, age, date and quote here is invented, and
where a real figure came to mind (a real Galileo satellite's mass, Smile's real mass and
apogee, BepiColombo's real orbit and path length, the real totals of catalogued near-Earth
objects, Gaganyaan's real rupee budget, Chang'e-7's real instrument count, Voyager's real
distances, Bremen's real aerospace jobs, Boeing's real Starliner charges) it was changed;
historical years and physical facts are kept (the last moon landing in December 1972,
Voyager 1's launch in September 1977 and its crossing in 2012, the Falcon 9's debut in 2010,
the H3's failed debut in 2023, the Vega-C failure of December 2022, the launches of Cheops,
Euclid and Webb, the 2024 Starliner test and its two astronauts, Mariner 10 and Messenger as
earlier visitors to Mercury, 33 Raptor engines, the ELT's 39-metre mirror of 798 segments,
the geostationary height, the 1.5 million km to the observing point beyond the Moon,
Mercury's day-side heat, the count of solar cycles from 1755).

Its weight: SPACE MISSIONS AND ASTRONOMY, eighth round for space copy (the forty-fourth
batch weighed science, space, research and education copy, the hundred-twelfth space
missions and science news, the hundred-eighty-fifth science and space agency news, the
two-hundred-and-thirty-fourth space missions and big science, the
two-hundred-and-eighty-third science, space and research funding, the
three-hundred-and-forty-sixth science, space and research and the
three-hundred-and-seventy-ninth space flight and astronomy, with the
four-hundred-and-tenth's science and research news beside them; their decisions are kept),
this time weighing launchers, craft and missions whose names carry numbers - „Ariane 64“,
„Föhn-1“, „Shenzhou-24“, „Langer Marsch 2F“, „Artemis IV“, „Mariner 10“, "Crew-13", "Flight
13", "HTV-X2", "G1", "LVM3", "Chang'e-7", "Long March 5", "Apollo 17", "Artemis II",
"Voyager 1", "Soyuz MS-28", "Expedition 74", "Gannet-2", "Corvus-2", "Starliner-1", "Atlas
V", flight designations and catalogue names - beside the ordinals, counts and spans that the
same rows state in words and digits. One wire month, Wednesday, October 1, to Friday,
October 31, as 29 stories in date order, the German and English desks interleaved, about
half in each language. German (dpa with "dpa/lby", "dpa/lhe", "dpa/lni", APA, Keystone-SDA
with «» quotes and Swiss „gross“, „neuntgrösste“, „während“, „2700“; German „“ quotes;
Austrian „heuer“): two Galileo satellites on an Ariane 64, Germany's space budget, a German
ESA astronaut named for a moon flight, a Bern planet found with Cheops, an asteroid's close
pass with ESA's planetary defence, a Graz magnetometer on Smile, a Bavarian start-up's
rocket reaching orbit from Andøya, BepiColombo at Mercury, Euclid's galaxy catalogue, the
fourth service module leaving Bremen, a Shenzhou crew to Tiangong, aurorae after a solar
storm, the first mirror segment of the ELT and the Swiss federal council's ESA credit.
English (Reuters with dated datelines, AP, AFP, PA): Crew-13 to the station, a Starship test
flight, NASA's spending bill, an H3 with a Japanese cargo ship, India's uncrewed Gaganyaan
test, the moon landing slipping to 2028, Chang'e-7 at the lunar south pole, an asteroid with
small odds, a Soyuz crew home after 241 days, Voyager 1 losing an instrument, ESA's space
environment report, the first orbital launch from Shetland, a private moon lander, water
vapour seen by Webb and Starliner flying cargo. Figures as such copy has them: distances and
heights in kilometres, metres and feet, light years, masses in tonnes, kilograms and pounds,
speeds, temperatures, energies in megatons, a data volume in petabytes, a significance in
sigma, levels on a scale, watts, stays and flights in days, months and years, descent, burn
and docking times in seconds, minutes and hours, orbital periods, ages of people and of
craft, crews, satellites, instruments, payloads, spacewalks and orbits of Earth counted, the
Nth flight, landing and attempt, budgets, contracts and pledges in euros, dollars, francs,
pounds, yen and rupees in crore, shares in words, years and dates; number words and
compounds („dreieinhalb“, „zweieinhalb“, „sechseinhalb“, „zweistufige“, „dreiköpfige“,
„neunstufigen“, „gut achtjährigen“, „39-Jährige“, "three-day", "10-day", "21-metre",
"49-year-old", "first-stage", "three and a half hours"), hedges and ranges. Negatives as
such copy has them - 56 rows, none with a figure: astronauts', executives', ministers' and
scientists' quotes of feeling, pride and rhetoric, labels („nannten“, „kritisierte ...
als“), verdicts with „halten ... für“, doubts, hopes, fears, speculation about motives and
causes, an investor forecast, advice, urging, a complaint, an argument, evasions, no-comment
lines and open questions, each near a check-worthy look-alike from the same story (often the
same speaker's figure).

242 rows (120 German, 122 English), 56 negatives (26 German, 30 English), 186 check-worthy
rows of which 19 carry no figure (11 German, 8 English), 287 expected quantities (113
counts, 57 durations - 17 in years, 13 in days, 10 in hours, 9 in minutes, 5 in months, 2 in
weeks, 1 in seconds -, 35 ordinals, 30 years, 25 amounts of money - 9 each EUR, USD, 2 each
CHF, JPY, GBP, 1 INR -, 14 dates - all without a year -, 7 fractions, 6 percentages - all in
"%" -; none of them in a negative), 38 checked speakers (18 German, 20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan, budget line or position is check-worthy with the speaker its own attribution
  gives, also in Konjunktiv I (hundred-twelfth, hundred-sixtieth); a quoted or reported
  feeling, hope, fear, doubt, label, verdict, piece of rhetoric, speculation, evasion or
  open question is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-eighty-fifth, two-hundred-and-thirty-fourth,
  two-hundred-and-eighty-third, three-hundred-and-forty-sixth,
  three-hundred-and-seventy-ninth). Pairs from one speaker: Vasseur-Monnier's three and two
  launches beside „Die Ariane 6 ist jetzt endgültig erwachsen geworden“; Oberdorfer-Klee's
  quarter beside „Wer im All nicht mitspielt ...“; Lohmeyer-Aydın's 184 days (told by the
  desk) beside her childhood dream; Tscharner-Vogt's 46 orbits beside «eine Art Hochofen im
  All»; Pendergast-Lowe's 14 missions beside "hollows out the crown jewel"; Haverstock's 900
  jobs beside his refusal to speculate; Tsurumaki-Hale's 5 billion yen beside "a real
  workhorse"; Kronawetter's 3,000 asteroids beside „der Himmel ist groß“; Subramanyam-Iyer's
  first crewed flight beside "Every Indian child ..."; Kettering-Oyelowo's two refuelling
  tests beside "when it is safe to go"; Pirchegger-Haas's four years beside „ein ganz
  besonderer Tag“; Szalai-Whitmore's 7.3 million km beside "no reason ... to lose sleep";
  Aumüller-Rasch's 290 million euros beside „eine neue Rakete bekommen“; Brodersen-Yıldız's
  430 degrees beside „niemand mehr auf die Uhr geschaut“; Wachsmuth-Ortega's 2.3 petabytes
  beside „eine Schatzkiste“; Ostrowski-Baird's two instruments beside "refuses to quit";
  Delgado-Pryor's 200 experiments (told by NASA) beside "My legs have forgotten ...";
  Lindqvist-Marr's 40% beside "filling the most useful orbits ... with junk";
  Kötterheinrich's 200 places beside „regelrecht gebrannt“; Achterlonie's £20 million beside
  "a launch nation now"; Verkerk-Holl's 1.7 billion euros beside „unser Bild vom Universum
  verändern“; Okafor-Lindgren's first lander and 30% beside "Sticking the landing";
  Gugelmann-Frei's 2,700 people beside «nicht Zuschauerin sein»; Castaing-Rowe's 3.4 sigma
  beside "the most exciting spectrum"; Fenwick-Ash's 2027 beside "a clean flight"; the
  quotes of Whitcombe-Reyes and Calloway-Dunne are negatives beside the rows on their crew
  and their ship.
- Negatives besides the quotes (hundred-twelfth, two-hundred-and-thirty-fourth,
  two-hundred-and-eighty-third, three-hundred-and-forty-sixth,
  three-hundred-and-seventy-ninth): verdicts with „halten ... für“ („Branchenbeobachter
  halten die angekündigte Startrate dennoch für kaum erreichbar.“); labels („Die Grünen
  nannten den Etat eine „Wette auf Rüstungsprojekte“.“, „Die SVP kritisierte die Vorlage als
  «Prestigeprojekt ...».“ - „kritisierte ... als“ labels as „nannten“ does); doubts
  („Branchenkenner bezweifeln ...“, "Critics in Congress have long questioned whether ...",
  "Some analysts question whether ..."); hopes and fears („Hobbyastronomen hoffen“,
  „Fachleute hoffen“, „Astronomen befürchten“); speculation about motives and causes
  ("Western analysts say Beijing regards ...", „Westliche Beobachter sehen in der Einladung
  ... eine politische Botschaft.“, "Some astronomers suspect ..."); an investor forecast
  ("Analysts expect the company's shares to swing ..."); advice („Die Sternwarte rät allen,
  ...“); urging without a measure ("Some scientists have urged NASA to start work on a
  deflection mission now ..."); a complaint ("Some residents on Unst have complained ...");
  an argument ("Several operators argue the rules will push launches ..."); evasions and
  no-comment lines („ließ die Esa offen“, "NASA officials declined to say whether ...", "The
  Federal Aviation Administration has not said whether ...", "Haverstock said he would not
  speculate", "Officials did not say when ...", "Roscosmos would not comment on media
  reports ..."); open questions („Wann das Grazer Team ... rechnen kann, ist noch offen.“,
  „Ob für spätere Artemis-Flüge ... bestellt werden, ist noch offen.“, „Ob der Planet eine
  Atmosphäre besitzt, können die Berner Forschenden noch nicht sagen.“, "It was not
  immediately clear whether ...", "Engineers say they cannot predict ...", "Whether NASA
  keeps Starliner ... remains an open question."). As the brief for these batches asks,
  negatives carry no expected quantities, and this batch writes no figure into them ("the
  next crew rotation", "the following Soyuz flight", „einer der späteren Mondlandungen“,
  "the most exciting spectrum" and the „6“ of „Die Ariane 6“, a name, carry none).
- Check-worthy without a figure (19 rows; hundred-twelfth, two-hundred-and-thirty-fourth,
  three-hundred-and-forty-sixth, three-hundred-and-seventy-ninth): launch and event leads
  (Smile on a Vega-C, Shenzhou-24 on a Langer Marsch 2F, the aurorae), who builds what
  (OHB's Galileo satellites, Airbus's modules, the rocket's hall in Ottobrunn, the DLR's
  laser altimeter), Crew-13 taking over from Crew-12, Germany joining Iris², the heat
  shield, the ISRO robot's sensors, the instrument switched off on Voyager 1, the Orion
  capsule delivered, NASA's instruments working on the lander, two publication lines
  («Astronomy & Astrophysics», The Astrophysical Journal Letters), the parliament's session
  and the House vote not yet scheduled, and „Der Asteroid war zu keinem Zeitpunkt eine
  Gefahr für die Erde, betonte die Esa.“ (a reported absence is a fact,
  three-hundred-and-fifty-sixth). A stated plan or aim with a figure is check-worthy ("China
  has said it aims to put two astronauts on the moon before 2030.", „Peking plant die erste
  bemannte Mondlandung noch vor 2030.“, "The company has said a third lander, Corvus-3, will
  fly ... in 2028."; three-hundred-and-seventy-ninth).
- Names and designations carry no figure (forty-fourth: "Artemis II", "Voyager 1"; twelfth:
  a Roman numeral in a name; hundred-twelfth, hundred-eighty-fifth,
  two-hundred-and-thirty-fourth, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth, three-hundred-and-seventy-ninth): "Falcon 9",
  „Falcon-9-Rakete“, "Ariane 6", "Vega-C", "H3", "Long March 5", "Chang'e-7", "Shenzhou-23",
  "Artemis II", "Artemis III", "Voyager 1"; the catalogue names "2026 TR5", "2026 QV9",
  "TOI-6104 b" and "LHS 2716 d" (hundred-eighty-fifth: "2026 JK4", "TOI-7731 b"); „mit der
  Kennung VA268“ (a flight number, two-hundred-and-thirty-first: "Der Flug RF 462"). New: a
  running number in the name of a mission, a crew, a craft or a rocket is part of the name
  and carries no figure, even where it counts the missions flown - "Crew-13", "Crew-12",
  "Expedition 74", "Soyuz MS-28", „Shenzhou-24“, "Starliner-1", "HTV-X2", "Corvus-2",
  "Corvus-3", "Gannet-2", „Föhn-1“, "G1", "LVM3", "Atlas V", "Apollo 17", „Artemis IV“,
  „Mariner 10“, "Voyager 2" - as "Shenzhou-23" (three-hundred-and-forty-sixth) and "Artemis
  II" (twelfth) name theirs; the same running figure written as an ordinal counts ("on its
  13th test flight" 13 beside "which SpaceX designates Flight 13" none; "a third lander,
  Corvus-3," 3 only). New: "Flight 13" after "designates" carries none - a flight's
  designation is an identifier, as the airline flight numbers are (forty-sixth,
  two-hundred-and-thirty-first). New: „Eine Ariane 64“ carries none - the variant's name
  holds the number of its boosters, but it is a name, and the boosters are counted only
  where the row writes them („die Variante mit vier Feststoffboostern“ 4). New: „Langer
  Marsch 2F“ carries none, the German name as the English "Long March 2F"
  (three-hundred-and-forty-sixth). New: „Iris²“ carries none - a superscript figure in a
  name is no power and no count. „Kp-Skala“ and „DLR-Institut“ none. "the 612th Falcon 9
  mission" is ordinal 612 only (two-hundred-and-thirty-fourth: "the 31st Falcon 9 mission"
  31 only), "The 21-metre Gannet-2" count 21 only.
- The Nth flight, landing and attempt are ordinals (the issue: „das sechste Treffen“, „zum
  zweiten Mal“; every batch): "its 13th test flight" 13 and "the first with a redesigned
  upper stage" 1, "flying for the 22nd time" 22 with "The first-stage booster" 1
  (three-hundred-and-seventy-ninth: "its first-stage booster"), "the H3's eighth, and its
  sixth success in a row" 8 and 6 and „der sechste Flug und der vierte seit einem Fehlstart“
  6 and 4 (the elliptic ordinal, hundred-forty-third), "the country's fifth successful
  landing" 5, "the third private firm" 3, „im zweiten Anlauf“ 2, „beim ersten Startversuch“
  1, "The company's first attempt ... the rocket's second stage" 1 and 2, „das vierte
  Europäische Servicemodul“ 4, „als erste Deutsche“ 1 (three-hundred-and-seventy-ninth: „der
  erste europäische Astronaut“), „erst die dritte Mission“ 3 („erst“ no hedge), „die
  neuntgrösste Beitragszahlerin“ 9 (three-hundred-and-seventy-ninth: „achtgrösste“), „das
  erste von Hunderten Spiegelsegmenten“ 1 („Hunderten“ none, seventeenth), „Das erste Licht“
  1, „der erste davon“ 1, „die erste bemannte Mondlandung“ 1, "The first crewed moon
  landing" 1, "the first of three uncrewed flights" 1 and 3, "the first crewed flight" 1,
  "her second spaceflight" 2, "her first spaceflight" 1, "the first human-made object" 1,
  "for the first time" 1 (hundred-fifth), „in seinen ersten zweieinhalb Jahren“ 1 with 2.5
  years (four-hundred-and-twentieth: „in den ersten neun Monaten“). New: „im 25.
  Sonnenzyklus“ is ordinal 25 - a numbered solar cycle is an ordinal as a numbered century
  is (three-hundred-and-forty-sixth: „aus dem 9. Jahrhundert“), and its „25.“ ends no
  sentence. None: "first spotted" and "must first complete" (adverbs, hundred-seventy-first:
  "first revealed"), „erstmals“, "debut", "the largest rocket ever flown", „größter
  Beitragszahler“, „größtes Mitgliedsland“, „die entferntesten“, „der stärkste Sturm“, „Der
  nächste Galileo-Start“, "the next to fail".
- Physical measures are counts read as written (fourth, forty-fourth, hundred-twelfth,
  hundred-eighty-fifth, two-hundred-and-thirty-fourth, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth, three-hundred-and-seventy-ninth): heights, orbits and
  distances („in knapp 23.000 Kilometern Höhe“ "nearly", „in nur rund 41.000 Kilometern
  Abstand“ - „nur“ no hedge -, „in knapp 36.000 Kilometern Höhe“, „bei etwa 126.000
  Kilometern“, „in rund 540 Kilometern Höhe“, „rund 8,6 Milliarden Kilometer“ 8,600,000,000,
  „in 470 bis 1.520 Kilometern Höhe“ both, „aus rund 1,5 Millionen Kilometern Entfernung“,
  "at an altitude of about 415 km", "about 403,000 km", "about 400 km above Earth", "within
  about 7.3 million km" ("within" no hedge), "more than 25.6 billion km", "about 21.4
  billion km", "about 163 million km", "around 510 km high", "around 550 km up", "about 1.5
  million km"), light years („etwa 140 Lichtjahre“, "some 48 light years" - "some" "about",
  two-hundred-and-thirty-fourth), sizes and masses („Ein etwa 70 Meter großer Asteroid“,
  „rund 708 Kilogramm schweren“, „Die rund 2,4 Tonnen schwere Sonde“, „Das gut 13 Tonnen
  schwere Bauteil“ "over", „Die 27 Meter hohe, zweistufige Föhn-1“ 27 and 2
  (hundred-twelfth: „zweistufige“), „mit bis zu 1.000 Kilogramm Gesamtmasse“ "up_to", „mit
  einem Durchmesser von mehr als 1 Kilometer“ 1 "over", „misst 39 Meter“, „rund 1,4 Meter
  breit und nur fünf Zentimeter dick“, "about 124 metres tall", "about 5.8 tonnes", "between
  130 and 300 feet wide" both with no hedge (hundred-twelfth: "between"), "up to 100 metres
  deep" "up_to", "larger than 10 cm" 10 "over" and "between 1 cm and 10 cm" both
  (hundred-twelfth), "1.6-mal so gross" and "about 1.3 times as wide as Earth" (multiples),
  speeds („mit rund 1.600 Kilometern pro Sekunde“ - „pro Sekunde“ none), temperatures („von
  über 1800 Grad Celsius“ "over", „von bis zu 430 Grad Celsius“ "up_to"), energies („etwa
  neun Megatonnen TNT“, "about 8 megatons of TNT" and "more than 500 times that of the
  Hiroshima bomb" 500 "over" - three-hundred-and-seventy-ninth: "about 52 times the
  distance"), power ("about 4 watts of output a year" - "a year" none), a data volume („rund
  2,3 Petabyte“; fifty-first: „42 Terabyte Daten“), a significance ("3.4 sigma" and "the 5
  sigma"; hundred-eighty-fifth) and a level on a scale („Auf der neunstufigen Kp-Skala ...
  Stufe 8“ 9 and 8 - two-hundred-and-thirty-fourth: the Turin scale's „Stufe 3“). New:
  "about 1,100 pounds of cargo" is count 1,100 "about" and no money - pounds of weight are a
  physical measure, as pounds of thrust are (three-hundred-and-seventy-ninth).
- Stays, flights and spans are durations (the issue's "fünfstündigen Treffen", "dreitägige
  Reise", "a two-week visit"; three-hundred-and-seventy-ninth): „184 Tage“, „nach 187
  Tagen“, "after 241 days in orbit", „rund 30 Tage“ and „etwa acht Tage“, „rund sechs
  Monate“, "roughly six months", "a three-day mission", "a 10-day flight", "about 70 days",
  "about 14 days", "spent 18 days", "for up to six months" "up_to", "for at least eight
  months" "at_least", "for more than nine months" "over", "about four weeks", „in rund drei
  Wochen“, „Nach einer gut achtjährigen Reise“ 8 years "over" (hundred-thirteenth: „nach
  einem knapp zweijährigen Verfahren“), „in knapp vier Jahren“, „rund vier Jahre“, „in den
  kommenden fünf Jahren“ 5 years (four-hundred-and-twentieth: „in den vergangenen fünf
  Jahren“), „gut zwei Jahre später“ "over", "about two years after", "within three years"
  and "within 30 years" ("within" no hedge), "the 25-year limit" 25 years; times of flight
  („Rund dreieinhalb Stunden nach dem Abheben“ 3.5 hours "about", „Knapp sechseinhalb
  Stunden nach dem Start“ 6.5 hours "nearly" - hundred-fifty-second and
  hundred-eighty-fifth: „viereinhalb“ 4.5 -, "about three and a half hours after undocking"
  3.5 hours "about", "about 28 hours after launch", "about eight minutes after liftoff",
  "about seven minutes after liftoff", "roughly 15 minutes after liftoff", "about 11 minutes
  after liftoff", „knapp zehn Minuten später“, "about 66 minutes from liftoff to
  splashdown", "a descent lasting about 12 minutes", „Das entscheidende Bremsmanöver dauerte
  43 Minuten“, „nach 28 Sekunden“, „etwa zwei Stunden“, "more than 23 hours to reach it"
  "over", "about 22 hours of telescope time" - three-hundred-and-seventy-ninth: "17.5 hours
  of telescope time" -, "two spacewalks lasting a combined 13 hours and 40 minutes" 2, 13
  hours and 40 minutes - "a combined" no hedge); periods („in nur 19 Stunden“, „knapp 52
  Stunden“ for an orbit, "every 6.2 days" - two-hundred-and-eighty-third: "every 7.2 hours";
  „erst vier Tage zuvor“ 4 days, „erst“ no hedge); ages of people and of craft („Die
  39-Jährige“, „der 34 Jahre alte Luftwaffenpilot“, "Dana Whitcombe-Reyes, 47,", "Pavel
  Yermolaev-Grin, 52,", "Delgado-Pryor, 38,", "the 49-year-old spacecraft" -
  three-hundred-and-seventy-ninth: "the 4.6-billion-year-old Sun"), and light's travel time
  („mehr als zehn Milliarden Jahre zu uns unterwegs“ 10,000,000,000 years "over";
  two-hundred-and-eighty-third: "roughly 13.5 billion years"). Orbits of Earth are counts
  ("circled Earth more than 3,800 times" "over", „während 46 Umläufen“ - Swiss „während“ no
  hedge -; three-hundred-and-seventy-ninth). None: „im kommenden Jahr“, „im laufenden Jahr“,
  „bis zum Jahresende“, „heuer“, „Pro Jahr“, „Bis Anfang kommenden Jahres“, "the next fiscal
  year", "this year", "next year", "next week", "the current fiscal year", "in the past
  year", "in early August", "in July", "in April", "in March", "this week", "by the end of
  March", weekdays, „in der Nacht zum Mittwoch“ and the other weekday nights, "lunar night"
  and the clock time "at 10:41 a.m. Beijing time".
- Counts otherwise (every batch): crews and people ("four astronauts", "The four astronauts
  of Artemis II" 4, "the other three crew members" 3, "two Russian cosmonauts and a NASA
  astronaut" 2 - "a NASA astronaut" an article -, „drei Raumfahrer“, „Die dreiköpfige
  Besatzung“ 3 (three-hundred-and-seventy-ninth: „die vierköpfige Besatzung“), "with a crew
  of up to three" "up_to", "two astronauts" twice, "about 900 jobs", „etwa 420 Menschen“,
  "about 260 people", „rund 13.500 Menschen“, „rund 2700 Personen“ (Swiss writing, no
  separator), „mehr als 100 Zulieferer aus zehn Ländern“), craft, instruments and objects
  („zwei weitere Galileo-Satelliten“ - „weitere“ no hedge -, „34 Satelliten, von denen 28“,
  „zwei Testsatelliten“, "eight dummy satellites", "three small satellites", "33 Raptor
  engines", "21 scientific instruments, seven of them", "11 payloads, nine of them" ("of
  them" no hedge), "just two working instruments" - "just" no hedge -, "the two remaining
  instruments", "three instruments", "four transits", „rund 90 Experimente“, "more than 200
  experiments" "over", „rund 3.000 neue erdnahe Asteroiden“, „mehr als 39.500 erdnahe
  Objekte ..., davon gut 870“ - „davon“ no hedge, „gut“ "over" -, "more than 14,000", "about
  41,000 tracked objects ..., of which roughly 1,200", "An estimated 1.3 million pieces"
  "about" (four-hundred-and-twentieth: "an estimated"), „mehr als 480 Millionen Galaxien“,
  „aus mehr als 200 Orten“, „aus 798 sechseckigen Segmenten“), launches and tests („drei
  Starts ... und zwei“, „vier weitere Starts“, "four more launches" - "more" after the
  figure no hedge -, "at least three more times" "at_least", "at least two refuelling tests"
  "at_least", "as many as 14 operating missions" "up_to" (hundredth)). New: "The four will
  spend roughly six months ..." is count 4 - a number word standing as the noun for a
  definite group counts it, as "The two losing bidders" (hundred-eighty-fifth), while „die
  beiden Satelliten“ and „die beiden Orbiter“ name none (eighty-first). None: „Hunderten“,
  "a JAXA astronaut", "a humanoid robot", "an orbiter, a rover and a small hopping probe",
  "all of its instruments".
- Fractions (the issue; every batch): „Knapp zwei Drittel der Summe“ 0.6667 "nearly", „ein
  Viertel der zusätzlichen Mittel“ 0.25, „Gut ein Viertel der Mittel“ 0.25 "over", „gut ein
  Drittel“ 0.3333 "over", „etwa ein Fünftel der Kosten“ 0.2 "about", „gut ein Fünftel des
  Eso-Budgets“ 0.2 "over", "by about a third" 0.3333 "about" (two-hundred-and-eighty-third:
  a share named as a noun after "by").
- Money in the currency written (every batch): EUR („rund 2,8 Milliarden Euro“, „415
  Millionen Euro ..., 60 Millionen Euro mehr“ - "mehr" after the figure no hedge -, „mehr
  als 700 Millionen Euro“ "over", „rund 71 Millionen Euro“, „rund 290 Millionen Euro“, „rund
  zwei Milliarden Euro“ - „insgesamt“ no hedge -, „rund 1,4 Milliarden Euro teuren“, „rund
  1,7 Milliarden Euro“), CHF („rund 50 Millionen Franken“, „rund 780 Millionen Franken“),
  USD ("$24.1 billion", "about $1.3 billion less", "$6.6 billion", "$2.6 billion", "$25.2
  billion", "$118 million", "more than $2.3 billion" "over"), JPY ("about 5 billion yen", "a
  record 1.1 trillion yen ($7.3 billion)" 1,100,000,000,000 JPY and 7,300,000,000 USD - "a
  record" no hedge, "trillion" on the short scale, hundred-eighty-fifth), INR ("about Rs
  21,400 crore ($2.4 billion)" 214,000,000,000 INR "about" and 2,400,000,000 USD with no
  hedge - a crore is ten million, fifteenth, twentieth; the converted dollars keep their own
  figure, three-hundred-and-seventy-ninth) and GBP ("more than £20 million" "over", "£31.5
  million").
- Percentages as written: „gut 14 Prozent mehr“ "over", „knapp 12 Prozent mehr“ "nearly",
  "by 11%", "about 1.1%", "about 40%", "by about 30%".
- Years and dates: „seit 2023“, „seit 2008“, „2025 bereits 184 Tage“, „seit Dezember 2019“,
  „bis Ende 2029“, „im Dezember 2022“, „im Juli 2023“, „seit Mai 2024“, „für März 2030“,
  „noch vor 2030“, „im Jahr 1755“, "in 2010", "mid-2028" (two-hundred-and-thirty-fourth: its
  year), "September 2027", "December 1972", "before 2030", "in 2023", "by 2028", "in
  December 2041", "in 2029", "until about 2030" 2030 "about" (four-hundred-and-tenth:
  "around 2068"; hundred-seventy-first), "September 1977", "in 2012", "since 2021", "in
  2025", "in 2028", "December 2021", "in 2027", "a troubled 2024 test" 2024 (the year before
  its noun, as "the 2024 election", hundred-sixteenth); „frühestens 2029“ 2029 with no
  qualifier (three-hundred-and-seventy-ninth: "no earlier than mid-2032", „spätestens
  2033“). A month with a year gives the year only ("by July 2032",
  three-hundred-and-seventy-ninth). Dates without a year: „für den 17. Dezember“ --12-17,
  „am 12. November“ --11-12, "on Aug 28" --08-28, "on Oct 9" --10-09. Reuters and AFP
  English datelines with a day are dates without a year ("CAPE CANAVERAL, Fla., Oct 2
  (Reuters)", "STARBASE, Texas, Oct 6", "WASHINGTON, Oct 8", "TOKYO, Oct 10 (AFP)",
  "BENGALURU, Oct 13", "BEIJING, Oct 15", "MOSCOW, Oct 21", "DARMSTADT, Germany, Oct 23"
  with the country between city and day, "HOUSTON, Oct 27", "PARIS, Oct 29 (AFP)";
  hundred-eighty-fifth, three-hundred-and-seventy-ninth); AP ("HOUSTON (AP) —", "WASHINGTON
  (AP) —", "PASADENA, Calif. (AP) —", "CAPE CANAVERAL, Fla. (AP) —"), PA ("LONDON (PA) -"),
  dpa, APA and Keystone-SDA datelines carry none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "around",
  "some", "An estimated" "about"; „knapp“, „Knapp“ "nearly"; „mehr als“, „gut“, „Gut“,
  „über“, "more than" "over"; „bis zu“, "up to", "as many as" "up_to"; "at least"
  "at_least". No hedge: „weitere“, „davon“, „bislang“, „derzeit“, „erst“, „nur“,
  „insgesamt“, „während“, „Pro Jahr“, "just", "only", "a record", "a combined", "within",
  "of them", "more" after a figure, "between", the „bis“ and "to" of a range.
- Speakers, checked only in forms the earlier batches settled. German: „teilte Arianespace
  mit“ -> "Arianespace" (two-hundred-and-thirty-fourth); „teilte die Esa am Dienstag in Köln
  mit“ -> "die Esa" with the weekday and the place dropped (three-hundred-and-seventy-ninth;
  four-hundred-and-twentieth: Destatis in Wiesbaden); „teilte das DLR mit“ -> "das DLR"
  (two-hundred-and-thirty-fourth, three-hundred-and-forty-sixth); „teilte das SBFI am
  Mittwoch mit“ -> "das SBFI" (three-hundred-and-seventy-ninth); „teilte der Deutsche
  Wetterdienst mit“ -> "der Deutsche Wetterdienst" (hundred-tenth); „X sagte, ...“ with the
  title and the party dropped („Arianespace-Chef Laurent Vasseur-Monnier“, „DLR-Vorstand
  Reinhold Gaßner-Thiel“, „Raumfahrtkoordinatorin Sabine Oberdorfer-Klee (CDU) sagte am
  Donnerstag in Berlin“, „Firmenchefin Kerstin Aumüller-Rasch“, „Esa-Missionsleiterin Annika
  Brodersen-Yıldız“, „SBFI-Direktorin Ladina Gugelmann-Frei“); „sagte Institutsleiterin
  Gudrun Pirchegger-Haas“, „sagte Sternwartenleiter Ulrich Kötterheinrich“ and „sagte
  Projektwissenschaftlerin Helene Wachsmuth-Ortega vom Max-Planck-Institut ...“ the name
  with the title and the affiliation dropped (four-hundred-and-twentieth); „so
  Esa-Planetenabwehrchef Matthias Kronawetter“ (tenth: „so Bürgermeister X“); „erklärte
  Studienleiterin Seraina Tscharner-Vogt“ (eighty-fourth: „erklärte Kallonen“); „Nach
  Angaben von Airbus-Programmleiter Jörn Stegemeyer-Lutz“ (hundred-forty-third); „Laut
  Eso-Generaldirektor Bastiaan Verkerk-Holl“ (four-hundred-and-twentieth). English: "SpaceX
  said", "JAXA said", "ISRO said", "Roscosmos said" as written
  (three-hundred-and-seventy-ninth; three-hundredth: "Lufthansa said"), "NASA said Thursday"
  and "NASA said all of its instruments ..." -> "NASA" (three-hundred-and-forty-sixth), "the
  China National Space Administration said" and "the European Space Agency said on Thursday"
  with their article; the name with the role dropped ("Rep. Marcia Pendergast-Lowe, D-Md.,
  said" - hundred-forty-first -, "NASA Acting Administrator Gideon Haverstock told
  reporters", "Associate Administrator Lorraine Kettering-Oyelowo said", "ISRO chairman
  Arvind Subramanyam-Iyer said", "Planetary defense officer Renata Szalai-Whitmore told
  reporters", "Project manager Camille Ostrowski-Baird said", "Northcape chief executive
  Alasdair Meiklejohn said", "Chief Executive Priya Okafor-Lindgren said", "Lead author
  Mireille Castaing-Rowe said", "Starliner program manager Doyle Fenwick-Ash told
  reporters"), "Tsurumaki-Hale told reporters" the surname as written
  (two-hundred-and-thirty-fourth), "The head of ESA's space debris office, Holger
  Lindqvist-Marr, told a news conference" the name in apposition
  (three-hundred-and-fortieth). Left unchecked (None): all negatives, also those with a
  named speaker; wie-clauses („wie die Esa mitteilte“, „wie die Esa am Mittwoch mitteilte“,
  „wie die Universität Bern mitteilte“, „wie das Infrastrukturministerium mitteilte“, „wie
  die chinesische Raumfahrtbehörde CMSA mitteilte“ - left unchecked by choice, as the
  three-hundred-and-seventy-ninth leaves them, to keep the checked speakers near 35),
  compounds („nach Esa-Angaben“, „Nach DLR-Angaben“, „nach DLR-Angaben“, „Nach
  Firmenangaben“, „Nach DWD-Angaben“, „nach Eso-Angaben“), masculine and neuter genitives,
  estimates and calculations („nach Angaben des Herstellers“, „Nach Berechnungen des
  Esa-Büros für Planetenabwehr“, „nach den Modellrechnungen der Berner Gruppe“, „nach
  Schätzungen der Esa“), roles („sagte die Firmenchefin“, „Nach Angaben der Senatorin“),
  „laut Bundesnetzagentur“ (a body after „laut“, as "Laut Budgetdienst des Parlaments",
  four-hundred-and-twentieth), plural and anonymous sources („Staatsmedien zufolge“, "state
  media said", "NASA officials said", "Chinese space officials told state broadcaster CCTV",
  "astronomers said"), the documents behind „wie aus dem Haushaltsentwurf ... hervorgeht“,
  "The company has said" and "China has said" (two-hundred-and-thirty-fourth), a relative
  clause that parts a subject from its verb ("Science minister Fiona Achterlonie, who
  watched the launch from a nearby hill, said"; hundred-sixteenth) and every "according to"
  (NASA, SpaceX, the company, a committee summary, government figures, the Indian Space
  Research Organisation, the space ministry, NASA's Planetary Defense Coordination Office,
  the Jet Propulsion Laboratory, ESA, contract documents, its filings). New: „teilte das
  Kontrollzentrum der Esa in Darmstadt mit“ is left unchecked - a body named by a part of
  another body, with its parent in the genitive, has no settled name to give. New: „...,
  betonte die Esa.“ is left unchecked - the four-hundred-and-twentieth checked a person
  after „betonte“, and a body after it is not yet settled; the row is check-worthy all the
  same.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""


# ruff: noqa: E501
BLIND_SET_437 = [
    # --- Ariane 64 bringt zwei Galileo-Satelliten ins All (dpa), Mittwoch, 1. Oktober ---
    (
        "de",
        "Kourou (dpa) - Eine Ariane 64 hat in der Nacht zum Mittwoch zwei weitere Galileo-Satelliten vom europäischen Weltraumbahnhof in Französisch-Guayana ins All gebracht.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für den Flug mit der Kennung VA268 setzte Arianespace erstmals seit dem Frühjahr wieder die Variante mit vier Feststoffboostern ein.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Rund dreieinhalb Stunden nach dem Abheben trennten sich die beiden rund 708 Kilogramm schweren Satelliten in knapp 23.000 Kilometern Höhe von der Oberstufe, teilte Arianespace mit.",
        True,
        [("duration", 3.5, "hour", "about"), ("count", 708, None, "about"), ("count", 23000, None, "nearly")],
        "Arianespace",
    ),
    (
        "de",
        "Damit umfasst das europäische Navigationssystem nach Esa-Angaben nun 34 Satelliten, von denen 28 im regulären Betrieb sind.",
        True,
        [("count", 34, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Arianespace-Chef Laurent Vasseur-Monnier sagte, bis zum Jahresende seien noch drei Starts der Ariane 6 und zwei der Vega-C geplant.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        "Laurent Vasseur-Monnier",
    ),
    ("de", "„Die Ariane 6 ist jetzt endgültig erwachsen geworden“, sagte Vasseur-Monnier.", False, [], None),
    (
        "de",
        "Branchenbeobachter halten die angekündigte Startrate dennoch für kaum erreichbar.",
        False,
        [],
        None,
    ),
    ("de", "Gebaut wurden die beiden Satelliten vom Bremer Raumfahrtkonzern OHB.", True, [], None),
    (
        "de",
        "Der nächste Galileo-Start ist für den 17. Dezember angesetzt.",
        True,
        [("date", "--12-17", None, None)],
        None,
    ),
    # --- Crew-13 lifts off for the space station (Reuters), Thursday, Oct 2 ---
    (
        "en",
        "CAPE CANAVERAL, Fla., Oct 2 (Reuters) - A SpaceX Falcon 9 rocket lifted off from Florida on Thursday carrying four astronauts on NASA's Crew-13 mission to the International Space Station.",
        True,
        [("date", "--10-02", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The crew's Dragon capsule was due to dock with the station about 28 hours after launch, according to NASA.",
        True,
        [("duration", 28, "hour", "about")],
        None,
    ),
    (
        "en",
        "The four will spend roughly six months aboard the orbiting laboratory, which circles Earth at an altitude of about 415 km.",
        True,
        [("count", 4, None, None), ("duration", 6, "month", "about"), ("count", 415, None, "about")],
        None,
    ),
    (
        "en",
        "Mission commander Dana Whitcombe-Reyes, 47, is making her second spaceflight, while the other three crew members have never flown before.",
        True,
        [("duration", 47, "year", None), ("ordinal", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The crew includes a JAXA astronaut and will take over from Crew-12, which is due to return to Earth next week.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The first-stage booster, flying for the 22nd time, touched down at Cape Canaveral about eight minutes after liftoff.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 22, None, None), ("duration", 8, "minute", "about")],
        None,
    ),
    (
        "en",
        "It was the 612th Falcon 9 mission since the rocket's debut in 2010, SpaceX said.",
        True,
        [("ordinal", 612, None, None), ("year", 2010, None, None)],
        "SpaceX",
    ),
    (
        "en",
        '"It never feels routine when it is your own friends sitting on top of the rocket," Whitcombe-Reyes told reporters before boarding.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NASA officials declined to say whether the next crew rotation could slip into the new year.",
        False,
        [],
        None,
    ),
    # --- Raumfahrt im Bundeshaushalt (dpa), Donnerstag, 2. Oktober ---
    (
        "de",
        "Berlin (dpa) - Für die Raumfahrt sollen im kommenden Jahr rund 2,8 Milliarden Euro aus dem Bundeshaushalt fließen.",
        True,
        [("money", 2800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das sind gut 14 Prozent mehr als im laufenden Jahr, wie aus dem Haushaltsentwurf des Wirtschaftsministeriums hervorgeht.",
        True,
        [("percent", 14, "%", "over")],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel der Summe fließen an die Europäische Weltraumorganisation Esa, deren größter Beitragszahler Deutschland seit 2023 wieder ist.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Das nationale Programm des DLR soll 415 Millionen Euro erhalten, 60 Millionen Euro mehr als bisher.",
        True,
        [("money", 415000000, "EUR", None), ("money", 60000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Raumfahrtkoordinatorin Sabine Oberdorfer-Klee (CDU) sagte am Donnerstag in Berlin, ein Viertel der zusätzlichen Mittel sei für militärisch nutzbare Satelliten vorgesehen.",
        True,
        [("fraction", 0.25, None, None)],
        "Sabine Oberdorfer-Klee",
    ),
    (
        "de",
        "„Wer im All nicht mitspielt, wird am Boden abgehängt“, sagte Oberdorfer-Klee.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutschland beteiligt sich zudem an dem geplanten europäischen Satellitennetz Iris².",
        True,
        [],
        None,
    ),
    ("de", "Die Grünen nannten den Etat eine „Wette auf Rüstungsprojekte“.", False, [], None),
    (
        "de",
        "Der Haushaltsausschuss des Bundestags berät den Entwurf am 12. November.",
        True,
        [("date", "--11-12", None, None)],
        None,
    ),
    # --- Starship flies again (Reuters), Monday, Oct 6 ---
    (
        "en",
        "STARBASE, Texas, Oct 6 (Reuters) - SpaceX's Starship reached space and splashed down in the Indian Ocean on Monday on its 13th test flight, the first with a redesigned upper stage.",
        True,
        [("date", "--10-06", None, None), ("ordinal", 13, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The mission, which SpaceX designates Flight 13, lasted about 66 minutes from liftoff to splashdown.",
        True,
        [("duration", 66, "minute", "about")],
        None,
    ),
    (
        "en",
        "Powered by 33 Raptor engines, the Super Heavy booster returned to the pad and was caught by the tower's mechanical arms about seven minutes after liftoff.",
        True,
        [("count", 33, None, None), ("duration", 7, "minute", "about")],
        None,
    ),
    (
        "en",
        "Standing about 124 metres tall, the full stack is the largest rocket ever flown.",
        True,
        [("count", 124, None, "about")],
        None,
    ),
    (
        "en",
        "The upper stage released eight dummy satellites during its coast, according to the company.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "The ship's heat shield came through re-entry without major damage, according to SpaceX.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Today the ship did exactly what we asked of it," SpaceX flight director Rhys Calloway-Dunne said on the company webcast.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration has not said whether it will require a mishap investigation.",
        False,
        [],
        None,
    ),
    # --- Deutsche Esa-Astronautin soll zum Mond fliegen (dpa), Dienstag, 7. Oktober ---
    (
        "de",
        "Köln (dpa) - Die Esa-Astronautin Franziska Lohmeyer-Aydın soll als erste Deutsche zum Mond fliegen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 39-Jährige sei für die Mission Artemis IV eingeplant, die nach derzeitiger Planung frühestens 2029 starten soll, teilte die Esa am Dienstag in Köln mit.",
        True,
        [("duration", 39, "year", None), ("year", 2029, None, None)],
        "die Esa",
    ),
    (
        "de",
        "Die Mission soll rund 30 Tage dauern, davon etwa acht Tage an der geplanten Mondstation Gateway.",
        True,
        [("duration", 30, "day", "about"), ("duration", 8, "day", "about")],
        None,
    ),
    (
        "de",
        "Lohmeyer-Aydın war 2025 bereits 184 Tage auf der Internationalen Raumstation ISS im Einsatz.",
        True,
        [("year", 2025, None, None), ("duration", 184, "day", None)],
        None,
    ),
    (
        "de",
        "DLR-Vorstand Reinhold Gaßner-Thiel sagte, Deutschland habe sich den Platz mit seinem Beitrag zum Europäischen Servicemodul gesichert, von dem bislang drei Exemplare aus Bremen ausgeliefert worden seien.",
        True,
        [("count", 3, None, None)],
        "Reinhold Gaßner-Thiel",
    ),
    (
        "de",
        "„Davon träume ich, seit ich als Mädchen durch das Fernrohr meines Großvaters geschaut habe“, sagte Lohmeyer-Aydın.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Europa auch einen Platz bei einer der späteren Mondlandungen erhält, ließ die Esa offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach DLR-Angaben hat Deutschland seit 2008 mehr als 700 Millionen Euro in die Mondprogramme der Esa gesteckt.",
        True,
        [("year", 2008, None, None), ("money", 700000000, "EUR", "over")],
        None,
    ),
    # --- Cheops findet glühend heissen Planeten (Keystone-SDA), Dienstag, 7. Oktober ---
    (
        "de",
        "Bern (sda) - Ein Forschungsteam der Universität Bern hat mit dem Weltraumteleskop Cheops einen Planeten entdeckt, der seinen Stern in nur 19 Stunden umrundet.",
        True,
        [("duration", 19, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Gesteinsplanet mit der Katalognummer TOI-6104 b ist rund 1,6-mal so gross wie die Erde und etwa 140 Lichtjahre entfernt.",
        True,
        [("count", 1.6, None, "about"), ("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "Die Tagseite heizt sich nach den Modellrechnungen der Berner Gruppe auf über 1800 Grad Celsius auf.",
        True,
        [("count", 1800, None, "over")],
        None,
    ),
    (
        "de",
        "Das Team habe den Planeten während 46 Umläufen beobachtet, erklärte Studienleiterin Seraina Tscharner-Vogt.",
        True,
        [("count", 46, None, None)],
        "Seraina Tscharner-Vogt",
    ),
    ("de", "«Ein solcher Planet ist eine Art Hochofen im All», sagte Tscharner-Vogt.", False, [], None),
    (
        "de",
        "Cheops ist seit Dezember 2019 im All; die Schweiz hat die Mission mit rund 50 Millionen Franken mitfinanziert.",
        True,
        [("year", 2019, None, None), ("money", 50000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Ob der Planet eine Atmosphäre besitzt, können die Berner Forschenden noch nicht sagen.",
        False,
        [],
        None,
    ),
    ("de", "Die Studie erschien im Fachblatt «Astronomy & Astrophysics».", True, [], None),
    (
        "de",
        "Die Mission wurde bis Ende 2029 verlängert, wie die Universität Bern mitteilte.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    # --- NASA spending bill (Reuters), Wednesday, Oct 8 ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - NASA would receive $24.1 billion in the next fiscal year under a spending bill unveiled by House appropriators on Wednesday, about $1.3 billion less than this year.",
        True,
        [
            ("date", "--10-08", None, None),
            ("money", 24100000000, "USD", None),
            ("money", 1300000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "The bill cuts the agency's science budget by 11% to $6.6 billion but protects funding for the Artemis moon programme, according to a committee summary.",
        True,
        [("percent", 11, "%", None), ("money", 6600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It sets aside $2.6 billion for the Space Launch System rocket, which would fly at least three more times under the plan.",
        True,
        [("money", 2600000000, "USD", None), ("count", 3, None, "at_least")],
        None,
    ),
    (
        "en",
        "Rep. Marcia Pendergast-Lowe, D-Md., said the science cut would force NASA to switch off as many as 14 operating missions.",
        True,
        [("count", 14, None, "up_to")],
        "Marcia Pendergast-Lowe",
    ),
    (
        "en",
        '"This bill hollows out the crown jewel of American science," Pendergast-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "NASA Acting Administrator Gideon Haverstock told reporters the agency would cut about 900 jobs at its Goddard Space Flight Center in Maryland by the end of March.",
        True,
        [("count", 900, None, "about")],
        "Gideon Haverstock",
    ),
    (
        "en",
        "Asked whether more layoffs would follow, Haverstock said he would not speculate.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A Senate version of the bill, approved by its appropriations committee in July, would give NASA $25.2 billion.",
        True,
        [("money", 25200000000, "USD", None)],
        None,
    ),
    ("en", "The full House has not yet scheduled a vote on the spending bill.", True, [], None),
    # --- Japan's H3 launches a cargo ship (AFP), Friday, Oct 10 ---
    (
        "en",
        "TOKYO, Oct 10 (AFP) - Japan launched its HTV-X2 cargo spacecraft to the International Space Station on Friday on an H3 launcher that lifted off from Tanegashima island, JAXA said.",
        True,
        [("date", "--10-10", None, None)],
        "JAXA",
    ),
    (
        "en",
        "The uncrewed freighter, carrying about 5.8 tonnes of supplies and experiments, separated from the rocket's upper stage roughly 15 minutes after liftoff.",
        True,
        [("count", 5.8, None, "about"), ("duration", 15, "minute", "about")],
        None,
    ),
    (
        "en",
        "It is expected to reach the station in about four days and to stay attached for up to six months.",
        True,
        [("duration", 4, "day", "about"), ("duration", 6, "month", "up_to")],
        None,
    ),
    (
        "en",
        "The launch was the H3's eighth, and its sixth success in a row since a failed debut in 2023.",
        True,
        [("ordinal", 8, None, None), ("ordinal", 6, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"The H3 has grown up into a real workhorse," JAXA project manager Keiko Tsurumaki-Hale told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tsurumaki-Hale told reporters the agency aims to cut the cost of each H3 launch to about 5 billion yen within three years.",
        True,
        [("money", 5000000000, "JPY", "about"), ("duration", 3, "year", None)],
        "Tsurumaki-Hale",
    ),
    (
        "en",
        "Japan's space budget for the current fiscal year is a record 1.1 trillion yen ($7.3 billion), according to government figures.",
        True,
        [("money", 1100000000000, "JPY", None), ("money", 7300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Some analysts question whether the H3 can ever match reusable American rockets on price.",
        False,
        [],
        None,
    ),
    # --- Asteroid fliegt knapp an der Erde vorbei (dpa), Sonntag, 12. Oktober ---
    (
        "de",
        "Darmstadt (dpa) - Ein etwa 70 Meter großer Asteroid ist in der Nacht zum Sonntag in nur rund 41.000 Kilometern Abstand an der Erde vorbeigeflogen.",
        True,
        [("count", 70, None, "about"), ("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Brocken mit der Bezeichnung 2026 TR5 war erst vier Tage zuvor von einem Teleskop auf Hawaii entdeckt worden, wie die Esa mitteilte.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "Er passierte die Erde damit innerhalb der Bahn geostationärer Satelliten, die in knapp 36.000 Kilometern Höhe kreisen.",
        True,
        [("count", 36000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Esa-Büros für Planetenabwehr hätte ein Einschlag die Sprengkraft von etwa neun Megatonnen TNT freigesetzt.",
        True,
        [("count", 9, None, "about")],
        None,
    ),
    (
        "de",
        "Pro Jahr würden derzeit rund 3.000 neue erdnahe Asteroiden entdeckt, so Esa-Planetenabwehrchef Matthias Kronawetter.",
        True,
        [("count", 3000, None, "about")],
        "Matthias Kronawetter",
    ),
    (
        "de",
        "„Wir schauen heute genauer hin als je zuvor, aber der Himmel ist groß“, sagte Kronawetter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt sind inzwischen mehr als 39.500 erdnahe Objekte katalogisiert, davon gut 870 mit einem Durchmesser von mehr als 1 Kilometer.",
        True,
        [("count", 39500, None, "over"), ("count", 870, None, "over"), ("count", 1, None, "over")],
        None,
    ),
    ("de", "Der Asteroid war zu keinem Zeitpunkt eine Gefahr für die Erde, betonte die Esa.", True, [], None),
    (
        "de",
        "Hobbyastronomen hoffen, den Asteroiden auf seinem Weg von der Erde weg noch mit größeren Teleskopen aufzuspüren.",
        False,
        [],
        None,
    ),
    # --- India tests its crew capsule (Reuters), Monday, Oct 13 ---
    (
        "en",
        "BENGALURU, Oct 13 (Reuters) - India launched an uncrewed test flight of its Gaganyaan crew capsule on Monday, carrying a humanoid robot on a three-day mission in orbit.",
        True,
        [("date", "--10-13", None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The capsule flew on an LVM3 rocket from Sriharikota and was placed in an orbit about 400 km above Earth, according to the Indian Space Research Organisation.",
        True,
        [("count", 400, None, "about")],
        None,
    ),
    (
        "en",
        "The mission, designated G1, is the first of three uncrewed flights India plans before it sends astronauts.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "ISRO chairman Arvind Subramanyam-Iyer said the first crewed flight, with a crew of up to three, could follow by 2028.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, "up_to"), ("year", 2028, None, None)],
        "Arvind Subramanyam-Iyer",
    ),
    (
        "en",
        "The Gaganyaan programme has a budget of about Rs 21,400 crore ($2.4 billion), according to the space ministry.",
        True,
        [("money", 214000000000, "INR", "about"), ("money", 2400000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Every Indian child can now look up and see a spacecraft of their own," Subramanyam-Iyer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "ISRO said the robot's sensors recorded radiation levels and cabin conditions throughout the flight.",
        True,
        [],
        "ISRO",
    ),
    (
        "en",
        "Officials did not say when the capsule would be recovered from the Bay of Bengal.",
        False,
        [],
        None,
    ),
    # --- Moon landing slips (AP), Tuesday, Oct 14 ---
    (
        "en",
        "HOUSTON (AP) — The first crewed moon landing since Apollo 17 will slip to mid-2028 because the lander being built by SpaceX needs more testing, NASA officials said Tuesday.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The Artemis III mission had been planned for September 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Apollo 17 landed in December 1972, and no astronaut has travelled beyond low Earth orbit since.",
        True,
        [("year", 1972, None, None)],
        None,
    ),
    (
        "en",
        "The four astronauts of Artemis II returned in April after a 10-day flight around the moon that took them about 403,000 km from Earth at their farthest.",
        True,
        [("count", 4, None, None), ("duration", 10, "day", None), ("count", 403000, None, "about")],
        None,
    ),
    (
        "en",
        "Associate Administrator Lorraine Kettering-Oyelowo said the lander must first complete an uncrewed landing and at least two refuelling tests in orbit.",
        True,
        [("count", 2, None, "at_least")],
        "Lorraine Kettering-Oyelowo",
    ),
    ("en", '"We will go when it is safe to go," Kettering-Oyelowo said.', False, [], None),
    (
        "en",
        "Critics in Congress have long questioned whether the programme can beat China back to the lunar surface.",
        False,
        [],
        None,
    ),
    (
        "en",
        "China has said it aims to put two astronauts on the moon before 2030.",
        True,
        [("count", 2, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The Orion capsule for the landing mission has already been delivered to the Kennedy Space Center in Florida.",
        True,
        [],
        None,
    ),
    # --- Grazer Messgerät fliegt mit Smile (APA), Dienstag, 14. Oktober ---
    (
        "de",
        "Graz/Kourou (APA) - Mit einem Magnetometer aus Graz an Bord ist die europäisch-chinesische Forschungssonde Smile am Dienstag an der Spitze einer Vega-C ins All gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die rund 2,4 Tonnen schwere Sonde soll die Erde auf einer stark elliptischen Bahn umkreisen, deren erdfernster Punkt bei etwa 126.000 Kilometern liegt.",
        True,
        [("count", 2.4, None, "about"), ("count", 126000, None, "about")],
        None,
    ),
    (
        "de",
        "Für einen Umlauf braucht Smile knapp 52 Stunden.",
        True,
        [("duration", 52, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Das Institut für Weltraumforschung der Akademie der Wissenschaften habe das Messgerät in knapp vier Jahren entwickelt, sagte Institutsleiterin Gudrun Pirchegger-Haas.",
        True,
        [("duration", 4, "year", "nearly")],
        "Gudrun Pirchegger-Haas",
    ),
    ("de", "„Für uns ist das ein ganz besonderer Tag“, sagte Pirchegger-Haas.", False, [], None),
    (
        "de",
        "Österreich trägt heuer rund 71 Millionen Euro zum Budget der Esa bei, wie das Infrastrukturministerium mitteilte.",
        True,
        [("money", 71000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für die Vega-C war es der sechste Flug und der vierte seit einem Fehlstart im Dezember 2022.",
        True,
        [("ordinal", 6, None, None), ("ordinal", 4, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Wann das Grazer Team mit wissenschaftlichen Daten rechnen kann, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- China lands near the lunar south pole (Reuters), Wednesday, Oct 15 ---
    (
        "en",
        "BEIJING, Oct 15 (Reuters) - China's Chang'e-7 probe set down close to the lunar south pole on Wednesday, the country's fifth successful landing on the moon, state media said.",
        True,
        [("date", "--10-15", None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "The lander touched down at 10:41 a.m. Beijing time after a descent lasting about 12 minutes, the China National Space Administration said.",
        True,
        [("duration", 12, "minute", "about")],
        "the China National Space Administration",
    ),
    (
        "en",
        "The mission, which also includes an orbiter, a rover and a small hopping probe, carries 21 scientific instruments, seven of them from other countries.",
        True,
        [("count", 21, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The hopper is designed to leap into permanently shadowed craters up to 100 metres deep in search of water ice.",
        True,
        [("count", 100, None, "up_to")],
        None,
    ),
    (
        "en",
        "Chang'e-7 was launched on a Long March 5 rocket from Wenchang in early August and took about 70 days to reach its landing site.",
        True,
        [("duration", 70, "day", "about")],
        None,
    ),
    (
        "en",
        "Western analysts say Beijing regards the south pole as strategic ground ahead of its planned crewed landings.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chinese space officials told state broadcaster CCTV the rover should operate for at least eight months.",
        True,
        [("duration", 8, "month", "at_least")],
        None,
    ),
    (
        "en",
        "It was not immediately clear whether the hopper had been released from the lander.",
        False,
        [],
        None,
    ),
    # --- An asteroid with long odds (AP), Thursday, Oct 16 ---
    (
        "en",
        "WASHINGTON (AP) — A newly discovered asteroid between 130 and 300 feet wide has a small chance of hitting Earth in December 2041, NASA said Thursday.",
        True,
        [("count", 130, None, None), ("count", 300, None, None), ("year", 2041, None, None)],
        "NASA",
    ),
    (
        "en",
        "Astronomers put the odds of an impact at about 1.1%, a figure that is likely to drop as more observations come in.",
        True,
        [("percent", 1.1, "%", "about")],
        None,
    ),
    (
        "en",
        "The object, designated 2026 QV9, was first spotted on Aug 28 by a survey telescope in Chile.",
        True,
        [("date", "--08-28", None, None)],
        None,
    ),
    (
        "en",
        "An impact would release the energy of about 8 megatons of TNT, more than 500 times that of the Hiroshima bomb, according to NASA's Planetary Defense Coordination Office.",
        True,
        [("count", 8, None, "about"), ("count", 500, None, "over")],
        None,
    ),
    (
        "en",
        "Planetary defense officer Renata Szalai-Whitmore told reporters the asteroid would pass within about 7.3 million km of Earth in 2029, giving telescopes a much better look.",
        True,
        [("count", 7300000, None, "about"), ("year", 2029, None, None)],
        "Renata Szalai-Whitmore",
    ),
    (
        "en",
        '"There is no reason for anyone to lose sleep over this rock," Szalai-Whitmore said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Space Agency's Hera probe is due to reach the Didymos asteroid system in December, about two years after it was launched.",
        True,
        [("duration", 2, "year", "about")],
        None,
    ),
    (
        "en",
        "Some scientists have urged NASA to start work on a deflection mission now rather than wait.",
        False,
        [],
        None,
    ),
    # --- Bayerisches Start-up erreicht den Orbit (dpa/lby), Samstag, 18. Oktober ---
    (
        "de",
        "Ottobrunn (dpa/lby) - Das bayerische Raumfahrt-Start-up Alpenkraft Orbital hat im zweiten Anlauf eine Rakete in eine Erdumlaufbahn gebracht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die 27 Meter hohe, zweistufige Föhn-1 hob am Samstag vom norwegischen Weltraumbahnhof Andøya ab und setzte knapp zehn Minuten später zwei Testsatelliten in rund 540 Kilometern Höhe aus.",
        True,
        [
            ("count", 27, None, None),
            ("count", 2, None, None),
            ("duration", 10, "minute", "nearly"),
            ("count", 2, None, None),
            ("count", 540, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Im März war die Föhn-1 beim ersten Startversuch nach 28 Sekunden ins Nordmeer gestürzt.",
        True,
        [("ordinal", 1, None, None), ("duration", 28, "second", None)],
        None,
    ),
    (
        "de",
        "Firmenchefin Kerstin Aumüller-Rasch sagte, das Unternehmen habe bislang rund 290 Millionen Euro Wagniskapital eingesammelt und beschäftige etwa 420 Menschen.",
        True,
        [("money", 290000000, "EUR", "about"), ("count", 420, None, "about")],
        "Kerstin Aumüller-Rasch",
    ),
    ("de", "„Heute hat Europa eine neue Rakete bekommen“, sagte Aumüller-Rasch.", False, [], None),
    (
        "de",
        "Nach Firmenangaben kann die Rakete Satelliten mit bis zu 1.000 Kilogramm Gesamtmasse in niedrige Umlaufbahnen tragen.",
        True,
        [("count", 1000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Für das kommende Jahr seien vier weitere Starts geplant, der erste davon im Februar, sagte die Firmenchefin.",
        True,
        [("count", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Branchenkenner bezweifeln, dass der europäische Markt genug Platz für mehrere kleine Trägerraketen bietet.",
        False,
        [],
        None,
    ),
    ("de", "Gefertigt wird die Rakete in einer Halle in Ottobrunn bei München.", True, [], None),
    # --- BepiColombo erreicht den Merkur (dpa/lhe), Montag, 20. Oktober ---
    (
        "de",
        "Darmstadt (dpa/lhe) - Nach einer gut achtjährigen Reise ist die europäisch-japanische Raumsonde BepiColombo in eine Umlaufbahn um den Merkur eingeschwenkt.",
        True,
        [("duration", 8, "year", "over")],
        None,
    ),
    (
        "de",
        "Das entscheidende Bremsmanöver dauerte 43 Minuten, teilte das Kontrollzentrum der Esa in Darmstadt mit.",
        True,
        [("duration", 43, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Sonde hat auf ihrem Weg rund 8,6 Milliarden Kilometer zurückgelegt.",
        True,
        [("count", 8600000000, None, "about")],
        None,
    ),
    (
        "de",
        "Bis Anfang kommenden Jahres sollen sich die beiden Orbiter trennen; der europäische soll den Planeten dann in 470 bis 1.520 Kilometern Höhe umkreisen.",
        True,
        [("count", 470, None, None), ("count", 1520, None, None)],
        None,
    ),
    (
        "de",
        "Esa-Missionsleiterin Annika Brodersen-Yıldız sagte, auf der Tagseite des Merkurs herrschten Temperaturen von bis zu 430 Grad Celsius.",
        True,
        [("count", 430, None, "up_to")],
        "Annika Brodersen-Yıldız",
    ),
    (
        "de",
        "„Heute Nacht hat im Kontrollraum niemand mehr auf die Uhr geschaut“, sagte Brodersen-Yıldız.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Mission kostet nach Schätzungen der Esa insgesamt rund zwei Milliarden Euro.",
        True,
        [("money", 2000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "An Bord ist auch ein Laser-Höhenmesser, den das DLR-Institut für Planetenforschung in Berlin mitentwickelt hat, teilte das DLR mit.",
        True,
        [],
        "das DLR",
    ),
    (
        "de",
        "BepiColombo ist nach den US-Sonden Mariner 10 und Messenger erst die dritte Mission zum Merkur.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Soyuz crew back on Earth (Reuters), Tuesday, Oct 21 ---
    (
        "en",
        "MOSCOW, Oct 21 (Reuters) - A Soyuz MS-28 capsule carrying two Russian cosmonauts and a NASA astronaut landed in Kazakhstan on Tuesday after 241 days in orbit, Roscosmos said.",
        True,
        [("date", "--10-21", None, None), ("count", 2, None, None), ("duration", 241, "day", None)],
        "Roscosmos",
    ),
    (
        "en",
        "The capsule touched down on the steppe about three and a half hours after undocking from the International Space Station.",
        True,
        [("duration", 3.5, "hour", "about")],
        None,
    ),
    (
        "en",
        "During their stay as part of Expedition 74, the crew circled Earth more than 3,800 times and travelled about 163 million km.",
        True,
        [("count", 3800, None, "over"), ("count", 163000000, None, "about")],
        None,
    ),
    (
        "en",
        "Cosmonaut Pavel Yermolaev-Grin, 52, made two spacewalks lasting a combined 13 hours and 40 minutes.",
        True,
        [
            ("duration", 52, "year", None),
            ("count", 2, None, None),
            ("duration", 13, "hour", None),
            ("duration", 40, "minute", None),
        ],
        None,
    ),
    (
        "en",
        '"My legs have forgotten what gravity feels like," NASA astronaut Shawna Delgado-Pryor said after being lifted from the capsule.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delgado-Pryor, 38, carried out more than 200 experiments during her first spaceflight, according to NASA.",
        True,
        [("duration", 38, "year", None), ("count", 200, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Roscosmos would not comment on media reports that the following Soyuz flight might slip.",
        False,
        [],
        None,
    ),
    # --- Euclid legt Galaxienkatalog vor (dpa), Mittwoch, 22. Oktober ---
    (
        "de",
        "Garching (dpa) - Das europäische Weltraumteleskop Euclid hat in seinen ersten zweieinhalb Jahren mehr als 480 Millionen Galaxien erfasst.",
        True,
        [("ordinal", 1, None, None), ("duration", 2.5, "year", None), ("count", 480000000, None, "over")],
        None,
    ),
    (
        "de",
        "Die nun veröffentlichten Daten decken gut ein Drittel des geplanten Himmelsausschnitts ab, wie die Esa am Mittwoch mitteilte.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Von den entferntesten der erfassten Galaxien war das Licht mehr als zehn Milliarden Jahre zu uns unterwegs.",
        True,
        [("duration", 10000000000, "year", "over")],
        None,
    ),
    (
        "de",
        "Der Datensatz umfasst rund 2,3 Petabyte, sagte Projektwissenschaftlerin Helene Wachsmuth-Ortega vom Max-Planck-Institut für extraterrestrische Physik.",
        True,
        [("count", 2.3, None, "about")],
        "Helene Wachsmuth-Ortega",
    ),
    (
        "de",
        "„Das ist eine Schatzkiste für eine ganze Generation von Forschenden“, sagte Wachsmuth-Ortega.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Euclid war im Juli 2023 mit einer Falcon-9-Rakete gestartet und beobachtet aus rund 1,5 Millionen Kilometern Entfernung von der Erde.",
        True,
        [("year", 2023, None, None), ("count", 1500000, None, "about")],
        None,
    ),
    (
        "de",
        "Deutschland trägt nach DLR-Angaben etwa ein Fünftel der Kosten der rund 1,4 Milliarden Euro teuren Mission.",
        True,
        [("fraction", 0.2, None, "about"), ("money", 1400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Fachleute hoffen, in den Daten Hinweise auf die Natur der Dunklen Energie zu finden.",
        False,
        [],
        None,
    ),
    # --- Voyager 1 loses another instrument (AP), Wednesday, Oct 22 ---
    (
        "en",
        "PASADENA, Calif. (AP) — NASA has switched off another science instrument on Voyager 1 to save power, leaving the 49-year-old spacecraft with just two working instruments.",
        True,
        [("duration", 49, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The probe is now more than 25.6 billion km from Earth, so far away that radio signals take more than 23 hours to reach it.",
        True,
        [("count", 25600000000, None, "over"), ("duration", 23, "hour", "over")],
        None,
    ),
    (
        "en",
        "Its plutonium power source loses about 4 watts of output a year, according to the Jet Propulsion Laboratory.",
        True,
        [("count", 4, None, "about")],
        None,
    ),
    (
        "en",
        "Project manager Camille Ostrowski-Baird said the two remaining instruments could keep running until about 2030 if nothing else fails.",
        True,
        [("count", 2, None, None), ("year", 2030, None, "about")],
        "Camille Ostrowski-Baird",
    ),
    (
        "en",
        "The instrument turned off this week measured low-energy charged particles and had been running since launch.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Voyager 1 launched in September 1977 and in 2012 became the first human-made object to reach interstellar space.",
        True,
        [("year", 1977, None, None), ("year", 2012, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Voyager is the little spacecraft that simply refuses to quit," Ostrowski-Baird said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Its twin, Voyager 2, still operates three instruments and is about 21.4 billion km away.",
        True,
        [("count", 3, None, None), ("count", 21400000000, None, "about")],
        None,
    ),
    (
        "en",
        "Engineers say they cannot predict which part of the ageing probe will be the next to fail.",
        False,
        [],
        None,
    ),
    # --- Servicemodul verlässt Bremen (dpa/lni), Donnerstag, 23. Oktober ---
    (
        "de",
        "Bremen (dpa/lni) - In Bremen hat sich das vierte Europäische Servicemodul für das Artemis-Programm der Nasa auf den Weg in die USA gemacht.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das gut 13 Tonnen schwere Bauteil soll die Orion-Kapsel bei der Mission Artemis IV mit Strom, Wasser und Sauerstoff versorgen.",
        True,
        [("count", 13, None, "over")],
        None,
    ),
    ("de", "Airbus baut die Module in Bremen im Auftrag der Esa.", True, [], None),
    (
        "de",
        "Die Fertigung eines Moduls dauert nach Angaben des Herstellers rund vier Jahre.",
        True,
        [("duration", 4, "year", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben von Airbus-Programmleiter Jörn Stegemeyer-Lutz haben mehr als 100 Zulieferer aus zehn Ländern an dem Modul mitgearbeitet.",
        True,
        [("count", 100, None, "over"), ("count", 10, None, None)],
        "Jörn Stegemeyer-Lutz",
    ),
    (
        "de",
        "Das Modul wird per Frachtflugzeug zum Kennedy Space Center in Florida gebracht und dort in rund drei Wochen erwartet.",
        True,
        [("duration", 3, "week", "about")],
        None,
    ),
    ("de", "„Ohne Know-how von der Weser kommt niemand zum Mond“, sagte Bremens Wirtschaftssenatorin.", False, [], None),
    (
        "de",
        "Nach Angaben der Senatorin arbeiten in der Bremer Luft- und Raumfahrtbranche rund 13.500 Menschen.",
        True,
        [("count", 13500, None, "about")],
        None,
    ),
    (
        "de",
        "Ob für spätere Artemis-Flüge weitere Module in Bremen bestellt werden, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- ESA counts the crowd in orbit (Reuters), Thursday, Oct 23 ---
    (
        "en",
        "DARMSTADT, Germany, Oct 23 (Reuters) - Active satellites circling Earth grew in number by about a third in the past year to more than 14,000, the European Space Agency said on Thursday.",
        True,
        [("date", "--10-23", None, None), ("fraction", 0.3333, None, "about"), ("count", 14000, None, "over")],
        "the European Space Agency",
    ),
    (
        "en",
        "ESA's annual space environment report counts about 41,000 tracked objects larger than 10 cm, of which roughly 1,200 are spent rocket bodies.",
        True,
        [("count", 41000, None, "about"), ("count", 10, None, "over"), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "An estimated 1.3 million pieces of debris measuring between 1 cm and 10 cm are thought to be in orbit as well.",
        True,
        [("count", 1300000, None, "about"), ("count", 1, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The head of ESA's space debris office, Holger Lindqvist-Marr, told a news conference that only about 40% of dead satellites had been removed within the 25-year limit.",
        True,
        [("percent", 40, "%", "about"), ("duration", 25, "year", None)],
        "Holger Lindqvist-Marr",
    ),
    (
        "en",
        '"We are filling the most useful orbits around our planet with junk," Lindqvist-Marr said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "At the current rate, some orbits around 550 km up could become unusable within 30 years, according to ESA.",
        True,
        [("count", 550, None, "about"), ("duration", 30, "year", None)],
        None,
    ),
    (
        "en",
        "Several operators argue the rules will push launches to countries with looser oversight.",
        False,
        [],
        None,
    ),
    # --- Shenzhou-24 startet zur Station Tiangong (dpa), Freitag, 24. Oktober ---
    (
        "de",
        "Peking (dpa) - China hat drei Raumfahrer zu seiner Raumstation Tiangong geschickt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Kapsel Shenzhou-24 hob am Freitag an der Spitze einer Rakete vom Typ Langer Marsch 2F vom Raumfahrtzentrum Jiuquan in der Wüste Gobi ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Knapp sechseinhalb Stunden nach dem Start dockte sie an der Station an, wie die chinesische Raumfahrtbehörde CMSA mitteilte.",
        True,
        [("duration", 6.5, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die dreiköpfige Besatzung soll rund sechs Monate im All bleiben und löst die Crew von Shenzhou-23 ab, die nach 187 Tagen zur Erde zurückkehrt.",
        True,
        [("count", 3, None, None), ("duration", 6, "month", "about"), ("duration", 187, "day", None)],
        None,
    ),
    (
        "de",
        "An Bord ist erstmals ein Raumfahrer aus Pakistan, der 34 Jahre alte Luftwaffenpilot Imran Saleem-Baig.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Staatsmedien zufolge sind während der Mission rund 90 Experimente geplant.",
        True,
        [("count", 90, None, "about")],
        None,
    ),
    (
        "de",
        "Westliche Beobachter sehen in der Einladung an Pakistan vor allem eine politische Botschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Peking plant die erste bemannte Mondlandung noch vor 2030.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Polarlichter nach Sonnensturm (dpa), Freitag, 24. Oktober ---
    (
        "de",
        "Offenbach (dpa) - Nach einem kräftigen Sonnensturm sind in der Nacht zum Freitag in weiten Teilen Deutschlands Polarlichter zu sehen gewesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Sonne hatte am Dienstag eine Wolke aus geladenen Teilchen ausgestoßen, die mit rund 1.600 Kilometern pro Sekunde auf die Erde zuraste, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 1600, None, "about")],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Auf der neunstufigen Kp-Skala erreichte der geomagnetische Sturm zeitweise Stufe 8.",
        True,
        [("count", 9, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Nach DWD-Angaben war es der stärkste Sturm seit Mai 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Bilder der Polarlichter erreichten die Sternwarte Sonneberg aus mehr als 200 Orten bis hinunter nach Südbayern, sagte Sternwartenleiter Ulrich Kötterheinrich.",
        True,
        [("count", 200, None, "over")],
        "Ulrich Kötterheinrich",
    ),
    ("de", "„Der Himmel hat am Horizont regelrecht gebrannt“, sagte Kötterheinrich.", False, [], None),
    (
        "de",
        "Störungen bei der Satellitennavigation und im Kurzwellenfunk hielten laut Bundesnetzagentur etwa zwei Stunden an.",
        True,
        [("duration", 2, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Sternwarte rät allen, die nach den Lichtern Ausschau halten wollen, dunkle Orte abseits der Städte aufzusuchen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sonne befindet sich derzeit im 25. Sonnenzyklus seit Beginn der regelmäßigen Zählung im Jahr 1755.",
        True,
        [("ordinal", 25, None, None), ("year", 1755, None, None)],
        None,
    ),
    # --- First orbital launch from Shetland (PA), Saturday, Oct 25 ---
    (
        "en",
        "LONDON (PA) - A rocket has reached orbit from British soil for the first time, after a launch from the SaxaVord site on the Shetland island of Unst.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The 21-metre Gannet-2, built by Edinburgh-based Northcape Launch, placed three small satellites into an orbit around 510 km high about 11 minutes after liftoff.",
        True,
        [
            ("count", 21, None, None),
            ("count", 3, None, None),
            ("count", 510, None, "about"),
            ("duration", 11, "minute", "about"),
        ],
        None,
    ),
    (
        "en",
        "Science minister Fiona Achterlonie, who watched the launch from a nearby hill, said it was worth more than £20 million to the Shetland economy.",
        True,
        [("money", 20000000, "GBP", "over")],
        None,
    ),
    ("en", '"Britain is a launch nation now, full stop," Achterlonie said.', False, [], None),
    (
        "en",
        "The UK Space Agency has put £31.5 million into the spaceport and the company since 2021, according to government figures.",
        True,
        [("money", 31500000, "GBP", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Northcape chief executive Alasdair Meiklejohn said the company planned four more launches next year and employed about 260 people.",
        True,
        [("count", 4, None, None), ("count", 260, None, "about")],
        "Alasdair Meiklejohn",
    ),
    (
        "en",
        "The company's first attempt, in March, ended when the rocket's second stage failed to ignite.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Some residents on Unst have complained about road closures and noise on launch days.",
        False,
        [],
        None,
    ),
    # --- Erstes Spiegelsegment im ELT (dpa), Montag, 27. Oktober ---
    (
        "de",
        "Garching (dpa) - Am Extremely Large Telescope der Europäischen Südsternwarte Eso in Chile ist das erste von Hunderten Spiegelsegmenten eingesetzt worden.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Hauptspiegel des Teleskops misst 39 Meter im Durchmesser und setzt sich aus 798 sechseckigen Segmenten zusammen.",
        True,
        [("count", 39, None, None), ("count", 798, None, None)],
        None,
    ),
    (
        "de",
        "Jedes Segment ist nach Eso-Angaben rund 1,4 Meter breit und nur fünf Zentimeter dick.",
        True,
        [("count", 1.4, None, "about"), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Das erste Licht ist nun für März 2030 geplant, gut zwei Jahre später als ursprünglich angekündigt.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Laut Eso-Generaldirektor Bastiaan Verkerk-Holl sind die Kosten auf rund 1,7 Milliarden Euro gestiegen.",
        True,
        [("money", 1700000000, "EUR", "about")],
        "Bastiaan Verkerk-Holl",
    ),
    (
        "de",
        "„Dieses Teleskop wird unser Bild vom Universum verändern“, sagte Verkerk-Holl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutschland trägt als größtes Mitgliedsland gut ein Fünftel des Eso-Budgets.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Astronomen befürchten, dass geplante Satellitenschwärme die Beobachtungen in der Atacama-Wüste stören könnten.",
        False,
        [],
        None,
    ),
    # --- A private lander touches down (Reuters), Monday, Oct 27 ---
    (
        "en",
        "HOUSTON, Oct 27 (Reuters) - Tessellate Lunar's Corvus-2 lander touched down in the moon's Mare Crisium on Monday, making the Houston-based company the third private firm to land upright on the moon.",
        True,
        [("date", "--10-27", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The lander, carrying 11 payloads, nine of them for NASA, is designed to operate for about 14 days until lunar night falls.",
        True,
        [("count", 11, None, None), ("count", 9, None, None), ("duration", 14, "day", "about")],
        None,
    ),
    (
        "en",
        "NASA is paying the company $118 million for the delivery under its Commercial Lunar Payload Services programme, according to contract documents.",
        True,
        [("money", 118000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Priya Okafor-Lindgren said the company's first lander tipped over in 2025 and engineers had since widened its legs by about 30%.",
        True,
        [("ordinal", 1, None, None), ("year", 2025, None, None), ("percent", 30, "%", "about")],
        "Priya Okafor-Lindgren",
    ),
    ("en", '"Sticking the landing is the whole game," Okafor-Lindgren told reporters.', False, [], None),
    (
        "en",
        "NASA said all of its instruments on the lander had been switched on and were working.",
        True,
        [],
        "NASA",
    ),
    (
        "en",
        "Corvus-2 launched on Oct 9 aboard a Falcon 9 and spent 18 days on its way to the moon.",
        True,
        [("date", "--10-09", None, None), ("duration", 18, "day", None)],
        None,
    ),
    (
        "en",
        "The company has said a third lander, Corvus-3, will fly to the moon's south pole in 2028.",
        True,
        [("ordinal", 3, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Analysts expect the company's shares to swing sharply when trading opens on Tuesday.",
        False,
        [],
        None,
    ),
    # --- Bundesrat will mehr Geld für die Esa (Keystone-SDA), Mittwoch, 29. Oktober ---
    (
        "de",
        "Bern (sda) - Der Bundesrat will sich in den kommenden fünf Jahren mit rund 780 Millionen Franken an Programmen der Europäischen Weltraumorganisation Esa beteiligen.",
        True,
        [("duration", 5, "year", None), ("money", 780000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das sind knapp 12 Prozent mehr als in der laufenden Periode, teilte das SBFI am Mittwoch mit.",
        True,
        [("percent", 12, "%", "nearly")],
        "das SBFI",
    ),
    (
        "de",
        "Die Schweiz ist bei der Esa derzeit die neuntgrösste Beitragszahlerin.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Gut ein Viertel der Mittel ist für die Trägerraketen Ariane 6 und Vega-C vorgesehen, für die Schweizer Firmen unter anderem die Nutzlastverkleidungen bauen.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "SBFI-Direktorin Ladina Gugelmann-Frei sagte, die Raumfahrtbranche beschäftige in der Schweiz rund 2700 Personen.",
        True,
        [("count", 2700, None, "about")],
        "Ladina Gugelmann-Frei",
    ),
    ("de", "«Die Schweiz will im All nicht Zuschauerin sein», sagte Gugelmann-Frei.", False, [], None),
    ("de", "Über den Kredit entscheidet das Parlament in der Wintersession.", True, [], None),
    (
        "de",
        "Die SVP kritisierte die Vorlage als «Prestigeprojekt ohne Nutzen für die Bevölkerung».",
        False,
        [],
        None,
    ),
    # --- Webb sees water on a rocky world (AFP), Wednesday, Oct 29 ---
    (
        "en",
        "PARIS, Oct 29 (AFP) - The James Webb Space Telescope has picked up hints of water vapour around a rocky world some 48 light years away, astronomers said.",
        True,
        [("date", "--10-29", None, None), ("count", 48, None, "about")],
        None,
    ),
    (
        "en",
        "The planet, catalogued as LHS 2716 d, is about 1.3 times as wide as Earth and orbits a small red dwarf every 6.2 days.",
        True,
        [("count", 1.3, None, "about"), ("duration", 6.2, "day", None)],
        None,
    ),
    (
        "en",
        "The team observed four transits of the planet across its star, using about 22 hours of telescope time.",
        True,
        [("count", 4, None, None), ("duration", 22, "hour", "about")],
        None,
    ),
    (
        "en",
        "Lead author Mireille Castaing-Rowe said the signal reached a significance of 3.4 sigma, short of the 5 sigma usually needed to claim a detection.",
        True,
        [("count", 3.4, None, None), ("count", 5, None, None)],
        "Mireille Castaing-Rowe",
    ),
    (
        "en",
        '"It is the most exciting spectrum I have seen in my career," Castaing-Rowe said.',
        False,
        [],
        None,
    ),
    ("en", "The study appears in The Astrophysical Journal Letters.", True, [], None),
    (
        "en",
        "Some astronomers suspect the signal may come from spots on the star rather than from the planet.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Webb, launched in December 2021, orbits the sun about 1.5 million km from Earth.",
        True,
        [("year", 2021, None, None), ("count", 1500000, None, "about")],
        None,
    ),
    # --- Starliner flies cargo (AP), Friday, Oct 31 ---
    (
        "en",
        "CAPE CANAVERAL, Fla. (AP) — Boeing's Starliner capsule launched toward the International Space Station on Friday without astronauts aboard, its first flight since a troubled 2024 test left two astronauts in orbit for more than nine months.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2024, None, None),
            ("count", 2, None, None),
            ("duration", 9, "month", "over"),
        ],
        None,
    ),
    (
        "en",
        "The mission, called Starliner-1, carries about 1,100 pounds of cargo and flew on an Atlas V rocket.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "The capsule will stay docked for about four weeks before returning to a landing in the western United States, NASA officials said.",
        True,
        [("duration", 4, "week", "about")],
        None,
    ),
    (
        "en",
        "Boeing has taken more than $2.3 billion in charges on the program, according to its filings.",
        True,
        [("money", 2300000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Starliner program manager Doyle Fenwick-Ash told reporters the company was aiming for a crewed flight in 2027.",
        True,
        [("year", 2027, None, None)],
        "Doyle Fenwick-Ash",
    ),
    ("en", '"We owe this team a clean flight," Fenwick-Ash said.', False, [], None),
    (
        "en",
        "Whether NASA keeps Starliner beyond its current contract remains an open question.",
        False,
        [],
        None,
    ),
]
