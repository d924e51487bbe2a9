"""Three-hundred-and-seventy-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, craft, missions and figures
are made up (Hedwig Lautenschläger, Jannik Wehrhahn, Bettina Quandt-Hollerbach, Ingrid
Pöltl-Rainer and the satellite „Blitzlicht“, Ladina Caflisch, the probe „Ardora“, Tobias
Rennhack, Carola Heinzmann-Rothe, Florian Wildbacher, Malte Grotefend and his Bremen
start-up, Lionel Chappuis and his Lausanne start-up, Janusz Wierzejski, Theresia
Gschwendtner, the asteroid 2030 VK7, Ansgar Dittberner, Dario Cavelti; Corbin Ashdale, the
booster B1102, Lyndon Parrack, Della Fairholm, Venkatesh Raghavachari, Haruki Nishizono,
Milo Trevathan, Reuben Oyelaran-Smith, Sunniva Erlandsen-Kyle, Corvid Networks, Dinah
Marchetti-Ross, Colette Brannigan, Thistlecraft, Ewan Tolland, Arvind Kalsekar, Nisha
Bhardwaj, the Mars orbiter Helix, Teodora Vasquez-Lind; every unnamed spokesperson,
astronomer, analyst, executive, official and spectator); heads of real agencies, ministries
and companies appear under made-up names that stand for no real holder (an Esa director
general, a NASA acting administrator, an ISRO chairman, a German economy minister, a chief
executive of Arianespace) or by their role only („Bremens Wirtschaftssenatorin“, "NASA's
inspector general", "A spokesman for the agency"). Real agencies, bodies, launchers, craft,
places and journals (Esa, Europäische Weltraumorganisation, Arianespace, Ariane 6, Kourou,
Französisch-Guayana, ISS, DLR, Europäisches Astronautenzentrum, Technische Universität Graz,
Falcon 9, Vandenberg, FFG, Universität Bern, Cheops, James-Webb-Teleskop, «Astronomy &
Astrophysics», Darmstadt, Nasa, Jezero-Krater, Bundesregierung,
Bundeswirtschaftsministerium, Bundesverband der Deutschen Industrie, die Grünen,
Haushaltsausschuss, Naturhistorisches Museum Wien, Steiermark, Leibnitz, Burgenland, Andøya,
Perseiden, Vereinigung der Sternfreunde, SBFI, Orion, Gaia, Universität Wien, „Monthly
Notices of the Royal Astronomical Society“, Europa; SpaceX, Cape Canaveral, the
International Astronomical Union, the White House, NASA, the House Science Committee, the
Planetary Society, the House Appropriations Committee, ISRO, PSLV, Sriharikota, H3, JAXA,
Starship, Super Heavy, the Federal Aviation Administration, Soyuz, Zhezkazgan, the Johnson
Space Center, the China National Space Administration, Long March 5, Hainan, Tianwen-1, the
James Webb Space Telescope, The Astronomical Journal, the Federal Communications Commission,
the European Space Agency, ESA, the Space Launch System, Brevard County, Shetland, Yell, the
UK Space Agency, the Indian Space Research Organisation, the Jet Propulsion Laboratory,
Tiangong, Shenzhou, Dongfeng, Inner Mongolia, and the datelines' cities) stand for the way
wire copy names them; every launch, orbit, distance, mass, tally, budget, pledge, price,
stay, age, date and quote here is invented, and where a real figure came to mind (a real
crew's days, orbits and kilometres, a real rocket's height and thrust, a real launch cost, a
real debris target's mass and orbit, a real programme's rupee budget, real fleet and debris
counts, the real number of Esa member states) it was changed or left out; historical years
and physical facts are kept (the last crewed flight to the moon in 1972, China's first
crewed flight in 2003, the rover landing of 2021, the H3's failed debut in 2023, Japan's
moon landing in 2024, the length of a sol, the age of the solar system).

Its weight: SPACE FLIGHT AND ASTRONOMY (the forty-fourth, hundred-twelfth,
hundred-eighty-fifth, two-hundred-and-thirty-fourth, two-hundred-and-eighty-third and
three-hundred-and-forty-sixth batches weighed space missions, science news and research
funding before, and their decisions are kept) over one year in story order, January to
December, 30 short stories with the German and English desks interleaved by month, each told
as wire copy runs it (a dateline lead, the figures, attributed claims of agencies, companies
and scientists, quotes, the other side, the publication line). Half German (dpa, APA,
Keystone-SDA; Austrian „heuer“, „Jänner“, „siebente“, Swiss „Grösse“, „grossen“,
„achtgrösste“, „während“ before a span, „14 Mio. Franken“, „180'000“, «» quotes, German „“
quotes): an Ariane 6 with two navigation satellites and a held countdown, a German Esa
astronaut back from the ISS, a Graz cube satellite and Austria's Esa contribution, a planet
around a red dwarf found from Bern, a European probe entering Mars orbit, Germany's space
budget, a meteorite in Styria, a Bremen start-up's rocket reaching orbit from Andøya, the
Perseids, a Lausanne debris-removal contract, the Bremen-built service module of Orion, a
star cluster found in Vienna, an asteroid's close pass with Esa's planetary defence, the
year's launch tally and a Bern camera at Jupiter. Half English (Reuters, AP, AFP): a Falcon
9 booster's record flight, NASA's budget request, an ISRO PSLV launch with rupees in crore,
a JAXA moon lander on an H3, a Starship test flight, astronauts home after a long stay,
China's Mars sample-return launch, Webb's picture of a young gas giant, a broadband
constellation, a crewed flight around the moon with a held countdown, a Scottish rocket's
failure, the ESA ministerial council, India's first crewed flight, a Mars orbiter switched
off and a record stay on Tiangong. Figures as such copy has them: countdown marks and holds,
orbits and distances in kilometres, light years, light minutes and million kilometres,
masses in tonnes, kilograms and grams, Earth, Jupiter and solar masses, thrust in pounds,
speeds, days, hours and minutes of flight and of stays in space, spacewalks, orbits of Earth
and sols, the Nth flight of a booster and of a rocket, satellites, launches and debris
counted, budgets, pledges, contracts and prices in euros, dollars, francs, pounds, yen and
rupees, ages, years and dates; number words and compounds („viermal“, „zweistufige“,
„vierköpfige“, „dreitägige“, „17-stündigen“, „knapp siebenmonatigen“, „Dreiviertelstunde“,
„Zehn-Punkte-Plan“, „jeder vierte Euro“, "two dozen", "twice", "tenfold", "a nine-day
flight", "two-member crew", "the 4.6-billion-year-old Sun"), fractions, ordinals, hedges and
ranges. About a quarter negatives as such copy has them, none with a figure: astronauts',
executives', ministers' and scientists' quotes of wonder, feeling and rhetoric, labels
(„nannten“, "called"), verdicts with „halten ... für“, doubts, hopes, fears and worries,
speculation about motives and what lies beneath, complaints, advice, a mood line, evasions
and open questions, each near a check-worthy look-alike from the same story (often the same
speaker's figure).

243 rows (124 German, 119 English), 57 negatives (29 German, 28 English), 186 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 326 expected quantities (128 counts,
64 durations - 18 in years, 15 in minutes, 10 in days, 9 in hours, 6 in months, 4 in
seconds, 2 in weeks -, 37 ordinals, 36 amounts of money - 16 EUR, 11 USD, 3 CHF, 2 each INR,
JPY, GBP -, 26 years, 16 dates - 15 without a year, 1 with one -, 11 fractions, 8
percentages - all in "%" -; none of them in a negative), 37 checked speakers (19 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, speculation or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-eighty-fifth, two-hundred-and-thirty-fourth,
  two-hundred-and-eighty-third, three-hundred-and-forty-sixth); a quoted or reported
  statement of fact, figure, plan, budget line or position is check-worthy with its speaker,
  also in Konjunktiv I (hundred-twelfth, hundred-sixtieth). Pairs from one speaker:
  Lautenschläger's nine launches beside „nie wieder von anderen abhängig“, Pöltl-Rainer's 15
  satellites beside „Champions League der Technik“, Raghavachari's 14 launches beside "as
  dependable as the monsoon", Caflisch's 22 hours beside «wie aus dem Bilderbuch»,
  Nishizono's 31 billion yen beside "show the world", Rennhack's six weeks beside „niemand
  an Schlaf gedacht“, Heinzmann-Rothe's 450 million euros beside „souverän“, Wildbacher's
  4.56 billion years beside „ein Brief aus der Kinderstube“, Grotefend's 1.2 tonnes beside
  „geschuftet“, Erlandsen-Kyle's 280 degrees beside "a firefly next to a lighthouse",
  Marchetti-Ross's 11 countries beside her label, Chappuis's 90 seconds beside «Wir räumen
  auf», Wierzejski's 2033 and 17% beside "stop being a passenger" and his evasion („ließ
  Wierzejski offen“), Tolland's nine months beside "Rockets are hard", Gschwendtner's ten
  years beside „Geheimnisse“, Dittberner's third of the sky beside „die Dinosaurier“,
  Cavelti's 35 flybys beside «mucksmäuschenstill» and Vasquez-Lind's $14 million beside "an
  old friend"; the astronauts' quotes (Wehrhahn, Oyelaran-Smith, Brannigan, Kalsekar) are
  negatives beside the check-worthy rows on their stays, spacewalks and ages.
- Negatives, besides the quotes (hundred-twelfth, two-hundred-and-thirty-fourth,
  two-hundred-and-eighty-third, three-hundred-and-forty-sixth): verdicts with „halten ...
  für“ („Branchenkenner halten den Zeitplan ... für sehr ehrgeizig“, „halten die Berner
  Astronominnen und Astronomen für ausgeschlossen“ - the researchers' own verdict,
  two-hundred-and-thirty-fourth -, „Kritiker halten die Mission ... für einen Tropfen auf
  den heissen Stein“, „Raumfahrtexperten halten die Dominanz ... für ein wachsendes
  Risiko“); labels („Die Grünen nannten die Pläne eine „Aufrüstung im Orbit“.“, "The
  Planetary Society called the proposal ...", "Marchetti-Ross called rival networks ...");
  doubts („Branchenkenner bezweifeln“, "Some industry analysts doubt"); hopes, fears and
  worries („Das Grazer Team hofft“, „Hobbyastronomen hoffen“, "Industry executives hope",
  "Chinese scientists have said they hope" - the saying verb does not make a hope a claim,
  two-hundred-and-forty-fourth -, "Astronomers fear", "Scientists worry"); speculation about
  motives and about what cannot yet be seen ("Western analysts say Beijing is racing ...",
  "Western analysts say the programme has become a symbol ...", "Some astronomers suspect
  ...", „Unter dem Eispanzer des Mondes vermuten Fachleute einen Ozean ...“;
  two-hundred-and-eighty-third); a complaint ("Astronomers have complained ...", "Some
  smaller member states complained ..."; three-hundred-and-forty-sixth); advice („Wer die
  Sternschnuppen sehen möchte, sollte ...“, „..., rät das Museum.“); a social-media post of
  praise ("..., SpaceX chief engineer Milo Trevathan wrote on social media."); a mood line
  ("Crowds lined the beaches ..."); evasions and open questions („Ob Wehrhahn ... nominiert
  wird, ließ die Esa offen.“, „Ob ..., können die Forschenden bisher nicht sagen.“, „Wie es
  ... weitergeht, ist weiter unklar.“, "... remains an open question.", "Officials declined
  to say when ...", "A spokesman for the agency declined to comment ..."). As the brief for
  these batches asks, negatives carry no expected quantities, and this batch writes no
  figure into them ("the next crewed flight", „seinem nächsten Vorbeiflug“ and „eine warme
  Decke“ carry none).
- Check-worthy without a figure (12 rows; hundred-twelfth, two-hundred-and-thirty-fourth,
  three-hundred-and-forty-sixth): launch and discovery leads (the Graz cube satellite on a
  Falcon 9 - „Falcon-9-Rakete“ none -, the Lausanne contract, the cluster found in Vienna),
  three publication lines («Astronomy & Astrophysics», The Astronomical Journal, „Monthly
  Notices of the Royal Astronomical Society“), landings at a clock time ("at 9:14 a.m. local
  time, NASA said.", "at 1:33 p.m. local time, state media said."), the moonrise „gegen 1.30
  Uhr“ (clock times none), Parrack's stated plan for the moon programme, the regulator's
  finding that no mishap investigation is needed and the reported absence of danger („Eine
  Gefahr für die Erde bestand zu keinem Zeitpunkt, ...“ - a reported absence is a fact,
  three-hundred-and-fifty-sixth). A stated plan or aim with a figure is check-worthy ("The
  company has said it wants to certify its boosters for up to 40 flights each.", "India
  plans to ... by 2036 ... by 2041", "Beijing aims to land two astronauts on the moon in
  2031"; two-hundred-and-thirty-fourth: "The company has said it plans to fly ...").
- Countdowns and launches. New: a countdown mark is a span before lift-off and a duration -
  „bei T minus sieben Minuten“ 7 minutes and "at T-minus 10 minutes" 10 minutes -, as "about
  62 minutes after launch" (three-hundred-and-forty-sixth) is a span after it; "minus" in
  the mark is no sign (unlike "minus 230 degrees Celsius", two-hundred-and-eighty-third) and
  "T" carries nothing; the hold's own length is a duration („für knapp eine
  Dreiviertelstunde“ 0.75 hours "nearly" - fourteenth, seventeenth and
  three-hundred-and-twenty-fourth: „Dreiviertelstunde“ 0.75 hours -, "paused for 45 minutes"
  45 minutes). New: "The booster, designated B1102," carries no figure - a booster's serial
  is a designation, as "Falcon 9", "2026 JK4" and "4I/2027 K3"
  (two-hundred-and-thirty-fourth); „2030 VK7“ the same. The Nth flight is an ordinal
  ("flying for a record 32nd time" 32 - "a record" none -, "flying for the third time" 3,
  "the 67th flight of its workhorse PSLV rocket" 67, "its 14th test flight" 14, "its 41st of
  the year" 41, „der elfte Einsatz ... erst der dritte“ 11 and 3 - the elliptic ordinal,
  hundred-forty-third -, „bei ihrem dritten Testflug“ 3, „Beim ersten Versuch ..., beim
  zweiten“ 1 and 2); "its first-stage booster" gives 1, as "the rocket's second stage" 2
  (three-hundred-and-forty-sixth) and "first-half profit" 1 (three-hundred-and-fifty-sixth).
  "Ariane 6", „Ariane-6-Rakete“, "Falcon 9", "Long March 5", "H3", "PSLV", "Tianwen-1" and
  "Shenzhou" are names and carry none (hundred-eighty-fifth, two-hundred-and-thirty-fourth,
  two-hundred-and-eighty-third). "erstmals", "the most powerful rocket ever built", "the
  largest contributor", "a record" and "maiden" none.
- Physical measures are counts read as written (fourth, forty-fourth, hundred-twelfth,
  hundred-eighty-fifth, two-hundred-and-thirty-fourth, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth): orbits, heights and distances („in rund 23.220 Kilometern
  Höhe“, „aus rund 520 Kilometern Höhe“, „in rund 500 Kilometern Höhe“, „in etwa 710
  Kilometern Höhe“, "about 530 km up", "roughly 420 km", „etwa 310 Millionen Kilometer“
  310,000,000, „rund 480 Millionen Kilometer“, „etwa 123 Millionen Kilometer“, "about 199
  million km", "about 290 million km", "about 411,000 km", „in nur rund 38.000 Kilometern
  Abstand“ - „nur“ no hedge -, „in 80 bis 100 Kilometern Höhe“ both, „rund 400 Meter
  voneinander entfernt“, „in rund 28 Kilometern Höhe“), light years („rund 112 Lichtjahre“,
  „rund 61.000 Lichtjahre“, "about 97 light years"), sizes and masses („die 715 Kilogramm
  schweren Satelliten“, „Der knapp 12 Kilogramm schwere Würfel“ 12 "nearly", „zusammen 1.184
  Gramm“ - „zusammen“ no hedge -, „Das rund 13 Tonnen schwere Modul“, „ein rund 95 Kilogramm
  schwerer Adapter“, „bis zu 1,2 Tonnen Nutzlast“ "up_to", "The 1,425-kg main satellite",
  "Its 14-kg rover", "The 19-metre rocket" and „Die 28 Meter hohe, zweistufige Rakete“ 28
  and 2 - the compounds read as written -, "standing 101 metres tall", "about 127 metres
  tall", „gut 18 Meter“ "over", "about 8.2 tonnes", "at least 500 grams" "at_least", „von
  bis zu 2,5 Metern Größe“ and „von bis zu 400 Metern Grösse“ "up_to", "up to 1.5 metres"
  "up_to", "a resolution of 1 metre" 1), masses in planets and suns („etwa 1,3 Erdmassen“,
  "roughly six times the mass of Jupiter" 6 "about", „knapp 3.000 Sonnenmassen“ 3,000
  "nearly"), speeds („mit etwa 61.000 Kilometern pro Stunde“ - "pro Stunde" none),
  temperatures („rund 380 Grad Celsius“, "about 280 degrees Celsius") and multiples ("about
  52 times the distance between Earth and the Sun" 52 "about", "nearly tenfold" 10 "nearly"
  - two-hundred-and-eighty-third: "16-fold"). New: „rund 42 Lichtminuten“ is count 42
  "about" - a light minute is a length as the light year is, read as written and not turned
  into a duration, as parsecs and astronomical units stay as written
  (three-hundred-and-forty-sixth); the same row's „gut 40 Minuten unterwegs“ is a duration,
  40 minutes "over". New: "about 9.1 million pounds of thrust" is count 9,100,000 "about"
  and no money - pounds of force are a physical measure, as "roughly 290 pounds per person"
  weighs plastic (two-hundred-and-seventy-sixth). New: „von mehr als fünf Millimetern
  Grösse“ is 5 "over" - the size bound of the debris counted, as "objects larger than 10 cm"
  10 "over" (two-hundred-and-thirty-fourth).
- Sols, orbits and stays. New: „seit mehr als 3.200 Sols“ is count 3,200 "over" - a sol, the
  Martian day, is no unit of the duration list, as the Martian year is not („mindestens zwei
  Marsjahre“ count 2 "at_least"; two-hundred-and-thirty-fourth) and a night is not ("spread
  over two nights" count 2, „in drei von zwölf Nächten“ 3 and 12; hundred-tenth,
  two-hundred-and-eighty-third), while „Ein Marstag, Sol genannt, dauert 24 Stunden und 39
  Minuten.“ states the span in hours and minutes (24 hours and 39 minutes;
  two-hundred-and-thirty-fourth: "Ein Marsjahr dauert 687 Tage."). Orbits of Earth are
  counts („rund 2.880 Mal“ 2,880 "about" - the issue's "100 Mal" -, "circled the planet
  4,653 times", "more than 88,000 orbits" "over", „während 41 Umläufen“ 41 - Swiss „während“
  no hedge, two-hundred-and-eighty-third); stays and spans in space are durations („Nach 186
  Tagen“, "after 291 days in orbit", "has now logged 588 days in space", "after a record 224
  days", „zusammen 238 Tage im All“ - „zusammen“ no hedge -, "about 70 hours", "for almost
  19 years" 19 years "nearly", "about 45 days of rehabilitation"); spacewalks are counted
  and their length is a duration („zwei Außeneinsätze von zusammen knapp 14 Stunden“ 2 and
  14 hours "nearly", "five spacewalks lasting a combined 31 hours and 20 minutes" 5, 31
  hours and 20 minutes - "a combined" no hedge, hundred-eighth -, "four spacewalks"). "over
  four missions" is count 4 with no hedge ("over" before a count of occasions,
  hundred-third: "over eight phases").
- Durations otherwise (the issue's "fünfstündigen Treffen", "dreitägige Reise", "a two-week
  visit"): „nach einem rund 17-stündigen Rückflug“ 17 hours "about", „Nach einer knapp
  siebenmonatigen Reise“ 7 months "nearly" (hundred-thirteenth: „nach einem knapp
  zweijährigen Verfahren“ 2 years "nearly"), „eine dreitägige Abnahmeprüfung“ 3 days, "after
  a nine-day flight" 9 days, „Das 27 Minuten dauernde Bremsmanöver“ 27 minutes, „Knapp vier
  Stunden nach dem Start“, „Knapp neun Minuten nach dem Start“, "about eight and a half
  minutes after liftoff" 8.5 minutes "about" (three-hundred-and-forty-sixth: "about six and
  a half hours later" 6.5), "roughly 18 minutes after liftoff", "about 65 minutes after
  launch", "roughly seven minutes into the flight", "about 90 seconds after lifting off",
  „nach 30 Sekunden“, „binnen 90 Sekunden“ and "within nine months" ("within" and „binnen“
  no hedge), „knapp sechs Sekunden lang“, „drei Jahre lang“, „rund drei Wochen“, „in etwa
  sechs Wochen“ 6 weeks "about" („in etwa“ reads as „etwa“, two-hundred-and-forty-fourth),
  „nach einer Testphase von etwa vier Monaten“, "a journey of about four months", "in about
  seven months", „rund 17 Minuten“, "roughly 16 minutes", "about 11 minutes later", „während
  22 Stunden“ (Swiss „während“ no hedge), "17.5 hours of telescope time", „alle 4,3 Tage“
  4.3 days and „etwa alle 1.000 Jahre“ 1,000 years "about" (a period, „alle“ no hedge -
  three-hundred-and-forty-sixth: „alle 3,2 Tage“), „erst neun Tage zuvor“ 9 days („erst“ no
  hedge), "over two years", "over the next three years", "three years ago" (twice) and "up
  from none three years ago" 3 years ("none" carries no figure), "designed to last two
  years", „aus fast zehn Jahren“ 10 years "nearly", "their stay extended by about five
  months" 5 months "about"; ages are durations in years („der 41-Jährige“, "Oyelaran-Smith,
  59,", "Colette Brannigan, 51,", "Arvind Kalsekar, 43,", "Nisha Bhardwaj, 36,"), and so are
  the ages of things scaled as written („rund 4,56 Milliarden Jahren“ 4,560,000,000 "about",
  „erst rund 40 Millionen Jahre alt“ 40,000,000 "about", "only about 23 million years old"
  23,000,000 "about" - "only" no hedge; two-hundred-and-eighty-third: "roughly 13.5 billion
  years"). New: "the 4.6-billion-year-old Sun" is a duration of 4,600,000,000 years - an age
  written as a hyphenated compound keeps its scale word, as "a 71-year-old woman" is 71
  years (two-hundred-and-forty-fourth) and "The 1,850-kg satellite" reads its compound as
  written (three-hundred-and-forty-sixth). None: "this year", "next year", "early next
  year", "this decade", „in diesem Jahr“, „im vergangenen Jahr“, „im Vorjahr“, „das zu Ende
  gehende Jahr“, „Für das kommende Jahr“, „heuer“, „jährlich“, "annual", "a month", "so
  far", "the current fiscal year", "the fiscal year starting April", "the next fiscal year",
  "late July", "in November", "by September", "in May", "vor einem Jahr" („einem“ an
  article, as "binnen eines Jahres" - hundred-fifty-second, two-hundred-and-thirty-fourth),
  weekdays, „in der Nacht zum Donnerstag“, „pro Stunde“, „jede Nacht“ and clock times („um
  16.42 Uhr MEZ“, „um 13.05 Uhr“, „um 21.47 Uhr“, „gegen 1.30 Uhr“, "at 9:14 a.m. local
  time", "at 11:02 a.m. PST", "at 1:33 p.m. local time").
- Counts otherwise (every batch): satellites, launches and debris („zwei europäische
  Navigationssatelliten“, "27 broadband satellites", "to about 10,300", "10 dummy
  satellites", "48 more satellites ..., bringing its constellation to 612 of a planned
  3,236" - "more" after the figure no hedge -, "More than 16,000 active satellites" "over",
  „vier Kleinsatelliten“, "two small weather satellites", „15 weitere Satelliten“ and „neun
  weitere Starts, davon sieben“ („weitere“ no hedge), "14 launches ..., up from nine",
  „weltweit 341 Raketenstarts“, „79 Starts, Europa nur auf neun“, „Nur 6 der 341 Starts“
  („Nur“ no hedge), „rund 3.900 Satelliten ..., etwa 450 mehr“, „rund 1,4 Millionen
  Trümmerteile“, „mehr als 2.160 erdnahe Objekte“ "over", "11 smaller payloads", "up to 40
  flights each" and "up to 25 times" "up_to", "has now flown 11 times" 11 - "a single
  failure" none, as "a single beaver dam" (two-hundred-and-forty-fourth) -, „viermal“ 4 and
  "twice" 2 - the issue's "viermal"), people („drei weiteren Raumfahrern“, "Two NASA
  astronauts and a Russian cosmonaut" 2 - "a Russian cosmonaut" an article -, "Four
  astronauts", "The two-member crew" 2, „die vierköpfige Besatzung“ 4 -
  two-hundred-and-thirty-fourth: "The four-person crew" -, "A crew of three Chinese
  astronauts" 3 - two-hundred-and-thirty-fourth: "crews of three" -, "31 astronauts", "two
  astronauts", „rund 380 Menschen“, „etwa 11.500 Beschäftigten“, "about 16,900 civil
  servants ... by roughly 2,100", "about 55,400 people", "Around 300 spectators" "about",
  „etwa 4.800 Sterne“) and everything else („mehr als 140 Experimente, davon 38“ - „davon“
  no hedge -, "more than 130 experiments", "At least 14 missions ..., including two Mars
  orbiters", „zwei Bruchstücke“, „vier Plätze“, „seine vier Solarflügel“, „mit vier
  Boostern“, „vier Flüge ..., darunter zwei“, "in 11 countries", "two dozen ground stations"
  24 - the issue's "two dozen" -, „35 nahe Vorbeiflüge“ („insgesamt“ no hedge), „rund
  180'000 Bilder“ 180,000 "about" (Swiss apostrophe, tenth), „bis zu 90 Meteore pro Stunde“
  90 "up_to", „einen Zehn-Punkte-Plan“ 10 - the issue's "28-Punkte-Entwurf"). None: „Die
  beiden“, "both parties", "a single operator", „ein einziges US-Unternehmen“, „viele
  Satelliten“, „mehrere Anbieter“, "many of them", "the next lunar landing".
- Fractions (the issue; every batch): „die Hälfte davon“ 0.5 („davon“ no hedge), „um ein
  Zehntel mehr“ 0.1 („um“ before a difference no hedge; two-hundred-and-seventy-sixth:
  "about a tenth"), „jeder vierte Euro“ 0.25 (the issue's „jeder vierte“), „rund ein Drittel
  des Himmels“ 0.3333 "about", „Fast zwei Drittel davon“ 0.6667 "nearly", "a cut of nearly a
  third" 0.3333 "nearly", "roughly a fifth" (twice) 0.2 "about", "Roughly a quarter" 0.25
  "about", "about half of its network" 0.5 "about", "nearly two-thirds of them" 0.6667
  "nearly".
- Ordinals otherwise (the issue; every batch): „zum zweiten Mal“ 2 (the issue), „der
  zweitgrößte Beitragszahler“ 2 and „deren achtgrösste Geldgeberin“ 8 (the issue's „die
  drittgrößte Stadt“), „das zweite Halbjahr 2032“ 2 and the year
  (three-hundred-and-twenty-fourth: „im ersten Halbjahr“), „erst der achte bestätigte
  Meteoritenfund“ 8, „bereits das dritte seiner Art“ 3, „bereits der dritte Haufen“ 3, "the
  country's second attempt" 2, "China's second to Mars" 2, "the fifth country" 5, "only the
  fourth country" 4 ("only" no hedge), "the third-highest total" 3 (three-hundredth:
  "Britain's second-largest union"), "her third spaceflight" 3, "the 12th to be directly
  imaged by Webb" 12, "for the second meeting in a row" 2, "a second rocket" 2, "the first
  crew to head there since 1972" 1 and the year, "the first vertical orbital launch" 1, "its
  first astronauts" 1, "the first Indian woman in orbit" 1, "its first crewed flight in
  2003" 1 and the year, "the first casualty" 1, „der erste europäische Astronaut“ 1, „die
  ersten Bilder“ and „Die ersten Nahaufnahmen“ 1 (with the article,
  three-hundred-and-forty-sixth). New: „bereits der siebente aus Grazer Produktion“ is
  ordinal 7 - „siebente“ is the Austrian and older form of „siebte“ and reads as it does.
  "the final command", "the last signal", "the last of them", "the previous meeting" and
  "the newest version" none.
- Money in the currency written (every batch): EUR („rund 2,4 Millionen Euro“, „rund 83
  Millionen Euro“, „rund 3,1 Milliarden Euro“, „knapp 1,2 Milliarden Euro“ "nearly", „450
  Millionen Euro“ - „zusätzlich“ no hedge, two-hundred-and-fourth -, „rund 4,9 Milliarden
  Euro“, „rund zwölf Millionen Euro“, „etwa 310 Millionen Euro“, „86 Millionen Euro“, „rund
  250 Millionen Euro“, "a record 23.4 billion euros", "about 5.6 billion euros ..., 4.1
  billion euros ... 3.5 billion euros", "1.7 billion euros, down from 1.9 billion euros"),
  USD ("$22.6 billion", "to $5.1 billion from $7.4 billion", "about $3.6 billion", "as much
  as $9.5 billion" "up_to" - two-hundred-and-thirty-fourth -, "$99 a month" 99 - "a month"
  none -, "about $6.4 billion", "more than $3.8 billion" "over", "about $14 million a
  year"), CHF („14 Mio. Franken“ - two-hundred-and-thirty-fourth: „12 Mio. Euro“ -, „rund 26
  Millionen Franken“, „rund 210 Millionen Franken“), GBP ("about £28 million", "roughly
  £19.6 billion"), JPY ("about 254 billion yen") and INR ("Rs 16,450 crore" 164,500,000,000
  - a crore is ten million, fifteenth and twentieth: "Rs 16,820 crore"); converted dollars
  in brackets keep their own figure with no hedge ("about Rs 1,150 crore ($138 million)"
  11,500,000,000 INR "about" and 138,000,000 USD, "about 31 billion yen ($205 million)"
  31,000,000,000 JPY "about" and 205,000,000 USD; two-hundred-and-thirty-fourth,
  two-hundred-and-eighty-third).
- Percentages as written: "by about 9 percent" (AP's "percent"), "about 30%", "17% higher",
  "about 40% of all data", "1% to 1.5%" both with no hedge ("typically" no hedge,
  hundred-seventh), „gut 98 Prozent“ "over", „ein Plus von knapp 40 Prozent“ "nearly".
- Years and dates: "by 2032", "by 2033" (twice), "by 2036" (twice), "by 2041", "by July
  2032" (its year only), "in 2031", "since 2020", "since 2027", "in 2021", "in 2023", "in
  2024", "in 2027", „bis 2034“ (twice), „bis 2035“, „ab 2032“, „seit 2016“, „seit 1925“,
  „seit 2027“; "no earlier than mid-2032" 2032 with no qualifier (hundred-twelfth: "no
  earlier than April" none; two-hundred-and-thirty-fourth: "mid-2028" its year) and
  „spätestens 2033“ 2033 with no qualifier (fiftieth: „bis spätestens 2030“). German days
  and months without a year are dates without a year („am 17. Juni“ --06-17, „am 3. Mai“
  --05-03), and „am 19. Jänner 2020“ is one date, 2020-01-19, with no separate year
  (Austrian „Jänner“; two-hundred-and-thirty-fourth: „Am 4. Dezember 2032“). New: „in der
  Nacht zum 13. August“ is the date --08-13 - a night named by the date it runs into gives
  that date, while „in der Nacht zum Donnerstag“ names a weekday and carries none
  (two-hundred-and-thirty-fourth); "on March 12" --03-12. Reuters and AFP English datelines
  with a day are dates without a year ("CAPE CANAVERAL, Fla., Jan 14", "BENGALURU, March 4",
  "TOKYO, March 19 (AFP)", "STARBASE, Texas, April 8", "BEIJING, June 2", "PARIS, July 8
  (AFP)", "SEATTLE, Aug 5", "LONDON, Oct 6", "BREMEN, Germany, Nov 26 (AFP)" with the
  country between city and day, "BENGALURU, Nov 18", "BEIJING, Dec 9"; hundred-eighty-fifth,
  two-hundred-and-eighty-third, three-hundred-and-forty-sixth); AP ("WASHINGTON (AP) —",
  "HOUSTON (AP) —", "CAPE CANAVERAL, Fla. (AP) —", "PASADENA, Calif. (AP) —"), dpa, APA and
  Keystone-SDA datelines carry none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, „in etwa“, "about", "roughly", "Roughly",
  "Around" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "almost" "nearly"; „mehr
  als“, „gut“, "more than", "More than" "over"; „bis zu“, "up to", "as much as" "up_to"; "at
  least", "At least", „mindestens“ "at_least". No hedge: „zusammen“, „insgesamt“, „davon“,
  „darunter“, „derzeit“, „bereits“, „bislang“, „zuletzt“, „erst“, „nur“, „Nur“, „weitere“,
  „zusätzlich“, „jährlich“, „während“, „binnen“, „alle“, „seit“ before a year or a count,
  „spätestens“ and "no earlier than" before a year, "only", "typically", "a record", "a
  combined", "within", "over" before a span or a count of occasions, "more" after a figure,
  "to" and „bis“ in a range.
- Speakers, checked only in forms the earlier batches settled: „teilte Arianespace mit“ ->
  "Arianespace" (two-hundred-and-thirty-fourth), „teilte die Esa mit“ and „teilte die Esa am
  Mittwoch mit“ -> "die Esa" (the weekday dropped; hundred-twelfth,
  three-hundred-and-forty-sixth), „teilte das Bundeswirtschaftsministerium mit“, „teilte das
  Unternehmen mit“ -> "das Unternehmen" (three-hundred-and-fifty-sixth), „teilte das SBFI am
  Montag mit“ -> "das SBFI" (two-hundred-and-eighty-third: „teilte die DFG am Mittwoch
  mit“); „sagte DLR-Vorständin Bettina Quandt-Hollerbach“ the name with the title dropped;
  „X sagte, ...“ with the title dropped („Arianespace-Chefin Hedwig Lautenschläger“,
  „Infrastrukturstaatssekretärin Ingrid Pöltl-Rainer“, „Missionsleiter Tobias Rennhack“,
  „Wirtschaftsministerin Carola Heinzmann-Rothe“, „Kurator Florian Wildbacher“, „Firmenchef
  Malte Grotefend“, „Firmenchef Lionel Chappuis“, „Esa-Generaldirektor Janusz Wierzejski“,
  „Studienleiterin Theresia Gschwendtner“, „Büroleiter Ansgar Dittberner“, „Projektleiter
  Dario Cavelti“) and „Caflisch sagte, ...“ opening the row -> "Caflisch"
  (two-hundred-and-eighty-third). English: "SpaceX said" (twice) as written, "ISRO said",
  "JAXA said" and "ESA said" as written, "NASA said" at the end of the row (twice;
  three-hundred-and-forty-sixth), "the China National Space Administration said" and "the
  Indian Space Research Organisation said" with their article, "the company said" -> "the
  company", the name with the role dropped ("ISRO chairman Venkatesh Raghavachari said",
  "Lead author Sunniva Erlandsen-Kyle said", "Chief Executive Ewan Tolland said", "...,
  project manager Teodora Vasquez-Lind said." at the end), "Acting Administrator Lyndon
  Parrack told reporters", "..., JAXA project manager Haruki Nishizono told reporters." and
  "Chief Executive Dinah Marchetti-Ross told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth), "Director General Janusz Wierzejski told a news conference"
  (three-hundred-and-twenty-fourth). Left unchecked (None): all negatives, also those with a
  named speaker; wie-clauses („wie die Universität Bern am Dienstag mitteilte“, „wie die
  Universität Bern mitteilte“, „wie die Vereinigung der Sternfreunde mitteilte“, „wie der
  Hersteller mitteilte“, „wie die Esa mitteilte“, „wie die Esa am Montag in Paris
  bekanntgab“ - left unchecked by choice, as the three-hundred-and-forty-sixth leaves them,
  to keep the checked speakers near 35), masculine and neuter genitives („nach Angaben des
  Instituts“, „des Kontrollzentrums“, „des Herstellers“, „des Staatssekretariats“, „des
  DLR“; hundredth, two-hundred-and-eighty-third), estimates and calculations („Nach
  Schätzungen der Esa“, „nach Berechnungen des Museums“, „nach Berechnungen des Teams“,
  „nach Modellrechnungen des Teams“, „nach eigenen Angaben“, „bezifferte“, "The
  International Astronomical Union estimates", "by an estimate of NASA's inspector
  general"), plural sources („betonten Fachleute des Esa-Kontrollzentrums“, "state media
  reported", "state media said", "official figures show"), "according to ..." (government
  documents, budget documents, NASA research, NASA, filings, a tally by the European Space
  Agency, the Federal Aviation Administration, the UK Space Agency, the space ministry,
  ISRO, the Jet Propulsion Laboratory, a study), "Broadband startup Corvid Networks said" (a
  description heading the source, three-hundred-and-fifty-sixth: "mortgage lender Halifax
  said"), "The company has said" (two-hundred-and-thirty-fourth), rows without a verb of
  saying ("NASA plans", "India plans", "Beijing aims") and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.

"""

# ruff: noqa: E501
BLIND_SET_379 = [
    # --- Ariane 6 bringt Navigationssatelliten ins All (dpa), Januar ---
    (
        "de",
        "Kourou (dpa) - Zwei europäische Navigationssatelliten sind in der Nacht zum Donnerstag vom Weltraumbahnhof in Französisch-Guayana aus an der Spitze einer Ariane-6-Rakete ins All aufgebrochen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Countdown war zuvor bei T minus sieben Minuten für knapp eine Dreiviertelstunde angehalten worden, weil ein Sensor am Startturm falsche Werte meldete.",
        True,
        [("duration", 7, "minute", None), ("duration", 0.75, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Knapp vier Stunden nach dem Start setzte die Oberstufe die 715 Kilogramm schweren Satelliten in ihrer Zielbahn aus, teilte Arianespace mit.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 715, None, None)],
        "Arianespace",
    ),
    (
        "de",
        "Die Satelliten kreisen künftig in rund 23.220 Kilometern Höhe und sollen nach einer Testphase von etwa vier Monaten in Betrieb gehen.",
        True,
        [("count", 23220, None, "about"), ("duration", 4, "month", "about")],
        None,
    ),
    (
        "de",
        "Für die Ariane 6 war es der elfte Einsatz, für die Variante mit vier Boostern erst der dritte.",
        True,
        [("ordinal", 11, None, None), ("count", 4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Arianespace-Chefin Hedwig Lautenschläger sagte, für dieses Jahr seien neun weitere Starts geplant, davon sieben mit der Ariane 6.",
        True,
        [("count", 9, None, None), ("count", 7, None, None)],
        "Hedwig Lautenschläger",
    ),
    (
        "de",
        "„Europa darf sich beim Zugang zum All nie wieder von anderen abhängig machen“, sagte Lautenschläger.",
        False,
        [],
        None,
    ),
    ("de", "Branchenkenner halten den Zeitplan für die übrigen Starts dennoch für sehr ehrgeizig.", False, [], None),
    # --- Falcon 9 booster flies a record time (Reuters), January ---
    (
        "en",
        "CAPE CANAVERAL, Fla., Jan 14 (Reuters) - A SpaceX Falcon 9 rocket carried 27 broadband satellites into orbit on Tuesday, its first-stage booster flying for a record 32nd time.",
        True,
        [
            ("date", "--01-14", None, None),
            ("count", 27, None, None),
            ("ordinal", 1, None, None),
            ("ordinal", 32, None, None),
        ],
        None,
    ),
    (
        "en",
        "The booster, designated B1102, landed on a drone ship in the Atlantic about eight and a half minutes after liftoff.",
        True,
        [("duration", 8.5, "minute", "about")],
        None,
    ),
    (
        "en",
        "SpaceX said the launch was its 41st of the year and brought the number of satellites in its network to about 10,300.",
        True,
        [("ordinal", 41, None, None), ("count", 10300, None, "about")],
        "SpaceX",
    ),
    (
        "en",
        "The company has said it wants to certify its boosters for up to 40 flights each.",
        True,
        [("count", 40, None, "up_to")],
        None,
    ),
    ("en", '"Watching that booster come home never gets old," said launch director Corbin Ashdale.', False, [], None),
    (
        "en",
        "Astronomers have complained that the growing swarm of satellites leaves bright streaks across long-exposure images of the night sky.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The International Astronomical Union estimates that about 30% of wide-field survey images taken at twilight will be marred by satellite trails by 2032.",
        True,
        [("percent", 30, "%", "about"), ("year", 2032, None, None)],
        None,
    ),
    # --- Esa-Astronaut zurück von der ISS (dpa), Februar ---
    (
        "de",
        "Köln (dpa) - Der deutsche Esa-Astronaut Jannik Wehrhahn ist nach 186 Tagen im Orbit wohlbehalten von der Internationalen Raumstation ISS zurückgekehrt.",
        True,
        [("duration", 186, "day", None)],
        None,
    ),
    (
        "de",
        "Die Kapsel mit Wehrhahn und drei weiteren Raumfahrern an Bord wasserte nach einem rund 17-stündigen Rückflug um 16.42 Uhr MEZ vor der Küste Floridas, teilte die Esa mit.",
        True,
        [("count", 3, None, None), ("duration", 17, "hour", "about")],
        "die Esa",
    ),
    (
        "de",
        "Während der Mission kreiste der 41-Jährige rund 2.880 Mal um unseren Planeten und legte dabei etwa 123 Millionen Kilometer zurück.",
        True,
        [
            ("duration", 41, "year", None),
            ("count", 2880, None, "about"),
            ("count", 123000000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Wehrhahn, der zum zweiten Mal im All war, absolvierte zwei Außeneinsätze von zusammen knapp 14 Stunden.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None), ("duration", 14, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "An Bord betreute er mehr als 140 Experimente, davon 38 aus Deutschland, sagte DLR-Vorständin Bettina Quandt-Hollerbach.",
        True,
        [("count", 140, None, "over"), ("count", 38, None, None)],
        "Bettina Quandt-Hollerbach",
    ),
    (
        "de",
        "„Wer unseren Planeten von oben gesehen hat, streitet unten nicht mehr über Kleinigkeiten“, sagte Wehrhahn nach der Landung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Astronaut soll nun rund drei Wochen im Europäischen Astronautenzentrum in Köln medizinisch untersucht werden.",
        True,
        [("duration", 3, "week", "about")],
        None,
    ),
    ("de", "Ob Wehrhahn für eine spätere Mission nominiert wird, ließ die Esa offen.", False, [], None),
    # --- NASA budget request (AP), February ---
    (
        "en",
        "WASHINGTON (AP) — The White House on Monday proposed cutting NASA's budget by about 9 percent to $22.6 billion for the next fiscal year, with most of the savings coming from science missions.",
        True,
        [("percent", 9, "%", "about"), ("money", 22600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Under the request, the agency's science directorate would shrink to $5.1 billion from $7.4 billion, a cut of nearly a third.",
        True,
        [
            ("money", 5100000000, "USD", None),
            ("money", 7400000000, "USD", None),
            ("fraction", 0.3333, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "At least 14 missions that are already flying, including two Mars orbiters, would be switched off by 2033.",
        True,
        [("count", 14, None, "at_least"), ("count", 2, None, None), ("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "Acting Administrator Lyndon Parrack told reporters the agency would keep its crewed moon program on schedule and fully fund the next lunar landing.",
        True,
        [],
        "Lyndon Parrack",
    ),
    (
        "en",
        '"This budget turns off the lights on decades of discovery," said Representative Della Fairholm, a Democrat on the House Science Committee.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Planetary Society called the proposal "a slow-motion demolition" of U.S. planetary science.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The House Appropriations Committee is due to take up the request on March 12.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    (
        "en",
        "NASA employs about 16,900 civil servants, and the plan would cut that number by roughly 2,100 over two years, according to budget documents.",
        True,
        [
            ("count", 16900, None, "about"),
            ("count", 2100, None, "about"),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    # --- Grazer Kleinsatellit gestartet (APA), Februar ---
    (
        "de",
        "Graz (APA) - Ein an der Technischen Universität Graz gebauter Kleinsatellit ist am Samstag an Bord einer Falcon-9-Rakete vom US-Stützpunkt Vandenberg ins All gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der knapp 12 Kilogramm schwere Würfel soll aus rund 520 Kilometern Höhe drei Jahre lang Blitze in der oberen Atmosphäre beobachten.",
        True,
        [
            ("count", 12, None, "nearly"),
            ("count", 520, None, "about"),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Das Projekt kostete nach Angaben des Instituts rund 2,4 Millionen Euro, die Hälfte davon trug die Forschungsförderungsgesellschaft FFG.",
        True,
        [("money", 2400000, "EUR", "about"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Österreich zahlt heuer rund 83 Millionen Euro an die Europäische Weltraumorganisation Esa, um ein Zehntel mehr als im Vorjahr.",
        True,
        [("money", 83000000, "EUR", "about"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Infrastrukturstaatssekretärin Ingrid Pöltl-Rainer sagte, bis 2035 sollten in Österreich 15 weitere Satelliten entstehen.",
        True,
        [("year", 2035, None, None), ("count", 15, None, None)],
        "Ingrid Pöltl-Rainer",
    ),
    (
        "de",
        "„Wer Satelliten bauen kann, spielt in der Champions League der Technik mit“, sagte Pöltl-Rainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Satellit trägt den Namen „Blitzlicht“ und ist bereits der siebente aus Grazer Produktion.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Das Grazer Team hofft auf spektakuläre Aufnahmen sogenannter Kobolde über Gewitterwolken.",
        False,
        [],
        None,
    ),
    # --- ISRO launches PSLV (Reuters), March ---
    (
        "en",
        "BENGALURU, March 4 (Reuters) - India's space agency launched an Earth observation satellite and 11 smaller payloads on Wednesday from Sriharikota on the 67th flight of its workhorse PSLV rocket.",
        True,
        [("date", "--03-04", None, None), ("count", 11, None, None), ("ordinal", 67, None, None)],
        None,
    ),
    (
        "en",
        "The 1,425-kg main satellite reached its planned polar orbit about 530 km up roughly 18 minutes after liftoff, ISRO said.",
        True,
        [
            ("count", 1425, None, None),
            ("count", 530, None, "about"),
            ("duration", 18, "minute", "about"),
        ],
        "ISRO",
    ),
    (
        "en",
        "The mission cost about Rs 1,150 crore ($138 million), including the rocket, according to government documents.",
        True,
        [("money", 11500000000, "INR", "about"), ("money", 138000000, "USD", None)],
        None,
    ),
    (
        "en",
        "ISRO chairman Venkatesh Raghavachari said the agency planned 14 launches in the fiscal year starting April, up from nine in the year just ended.",
        True,
        [("count", 14, None, None), ("count", 9, None, None)],
        "Venkatesh Raghavachari",
    ),
    ("en", '"Our rockets are now as dependable as the monsoon," Raghavachari said.', False, [], None),
    (
        "en",
        "Private companies now build roughly a fifth of India's rockets, up from none three years ago.",
        True,
        [("fraction", 0.2, None, "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Industry executives hope the government will open the Sriharikota range to more private flights.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The satellite's radar can image the ground at a resolution of 1 metre, day or night and through cloud.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    # --- Planet um roten Zwerg entdeckt (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein Forschungsteam der Universität Bern hat rund 112 Lichtjahre von der Erde entfernt einen Planeten entdeckt, der nur wenig grösser ist als die Erde.",
        True,
        [("count", 112, None, "about")],
        None,
    ),
    (
        "de",
        "Der Planet umkreist seinen Stern, einen roten Zwerg, alle 4,3 Tage und hat etwa 1,3 Erdmassen, wie die Universität Bern am Dienstag mitteilte.",
        True,
        [("duration", 4.3, "day", None), ("count", 1.3, None, "about")],
        None,
    ),
    (
        "de",
        "Auf seiner Tagseite herrschen nach Modellrechnungen des Teams Temperaturen von rund 380 Grad Celsius.",
        True,
        [("count", 380, None, "about")],
        None,
    ),
    (
        "de",
        "Aufgespürt wurde er mit dem Esa-Weltraumteleskop Cheops, das die Helligkeit des Sterns während 41 Umläufen des Planeten verfolgte.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    ("de", "«Ein Planet wie aus dem Bilderbuch», sagte Studienleiterin Ladina Caflisch.", False, [], None),
    (
        "de",
        "Caflisch sagte, das James-Webb-Teleskop werde den Planeten im Herbst während 22 Stunden beobachten, um eine mögliche Atmosphäre nachzuweisen.",
        True,
        [("duration", 22, "hour", None)],
        "Caflisch",
    ),
    (
        "de",
        "Dass es auf dem Planeten Leben gibt, halten die Berner Astronominnen und Astronomen für ausgeschlossen.",
        False,
        [],
        None,
    ),
    ("de", "Die Studie erschien in der Fachzeitschrift «Astronomy & Astrophysics».", True, [], None),
    # --- Japan launches moon lander (AFP), March ---
    (
        "en",
        "TOKYO, March 19 (AFP) - Japan launched an H3 rocket carrying an uncrewed lunar lander on Thursday, the country's second attempt to put a rover near the moon's south pole.",
        True,
        [("date", "--03-19", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The lander is due to reach lunar orbit after a journey of about four months and touch down in late July, JAXA said.",
        True,
        [("duration", 4, "month", "about")],
        "JAXA",
    ),
    (
        "en",
        "The mission has a budget of about 31 billion yen ($205 million), JAXA project manager Haruki Nishizono told reporters.",
        True,
        [("money", 31000000000, "JPY", "about"), ("money", 205000000, "USD", None)],
        "Haruki Nishizono",
    ),
    (
        "en",
        "Its 14-kg rover will drill up to 1.5 metres into the lunar soil to look for water ice thought to lurk in permanently shadowed craters.",
        True,
        [("count", 14, None, None), ("count", 1.5, None, "up_to")],
        None,
    ),
    ("en", '"The moon is where Japan will show the world what it can do," Nishizono said.', False, [], None),
    (
        "en",
        "Japan became the fifth country to soft-land on the moon in 2024.",
        True,
        [("ordinal", 5, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The H3, Japan's flagship rocket, has now flown 11 times, with a single failure on its debut in 2023.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Roughly a quarter of JAXA's annual budget of about 254 billion yen now goes to lunar exploration.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 254000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "Whether the lander's solar panels will survive the freezing lunar night remains an open question.",
        False,
        [],
        None,
    ),
    # --- Marssonde „Ardora“ im Orbit (dpa), April ---
    (
        "de",
        "Darmstadt (dpa) - Nach einer knapp siebenmonatigen Reise ist die europäische Sonde „Ardora“ in eine Umlaufbahn um den Mars eingeschwenkt.",
        True,
        [("duration", 7, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Das 27 Minuten dauernde Bremsmanöver sei planmäßig verlaufen, teilte die Esa am Mittwoch mit.",
        True,
        [("duration", 27, "minute", None)],
        "die Esa",
    ),
    (
        "de",
        "Funksignale der Sonde brauchen derzeit rund 17 Minuten bis zur Erde, weil der Mars etwa 310 Millionen Kilometer entfernt ist.",
        True,
        [("duration", 17, "minute", "about"), ("count", 310000000, None, "about")],
        None,
    ),
    (
        "de",
        "Auf ihrem Weg hat „Ardora“ nach Angaben des Kontrollzentrums rund 480 Millionen Kilometer zurückgelegt.",
        True,
        [("count", 480000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die hochauflösende Stereokamera an Bord stammt vom DLR und soll Oberflächendetails von bis zu 2,5 Metern Größe erkennen.",
        True,
        [("count", 2.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Missionsleiter Tobias Rennhack sagte, die ersten Bilder würden in etwa sechs Wochen erwartet, die wissenschaftliche Phase dauere mindestens zwei Marsjahre.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 6, "week", "about"),
            ("count", 2, None, "at_least"),
        ],
        "Tobias Rennhack",
    ),
    ("de", "„Heute Nacht hat im Kontrollraum niemand an Schlaf gedacht“, sagte Rennhack.", False, [], None),
    (
        "de",
        "Ein Marstag, Sol genannt, dauert 24 Stunden und 39 Minuten.",
        True,
        [("duration", 24, "hour", None), ("duration", 39, "minute", None)],
        None,
    ),
    (
        "de",
        "Der Nasa-Rover im Jezero-Krater ist inzwischen seit mehr als 3.200 Sols auf dem Roten Planeten unterwegs.",
        True,
        [("count", 3200, None, "over")],
        None,
    ),
    # --- Starship test flight (Reuters), April ---
    (
        "en",
        "STARBASE, Texas, April 8 (Reuters) - SpaceX's Starship reached space on its 14th test flight on Wednesday and released 10 dummy satellites before splashing down in the Indian Ocean about 65 minutes after launch.",
        True,
        [
            ("date", "--04-08", None, None),
            ("ordinal", 14, None, None),
            ("count", 10, None, None),
            ("duration", 65, "minute", "about"),
        ],
        None,
    ),
    (
        "en",
        "The Super Heavy booster, flying for the third time, was caught by the launch tower's arms roughly seven minutes into the flight.",
        True,
        [("ordinal", 3, None, None), ("duration", 7, "minute", "about")],
        None,
    ),
    (
        "en",
        "Standing about 127 metres tall, the newest version of Starship is the most powerful rocket ever built.",
        True,
        [("count", 127, None, "about")],
        None,
    ),
    (
        "en",
        "SpaceX said it aimed to fly the vehicle up to 25 times this year and begin refuelling tests in orbit by September.",
        True,
        [("count", 25, None, "up_to")],
        "SpaceX",
    ),
    (
        "en",
        "NASA has paid SpaceX about $3.6 billion so far to develop a lunar version of Starship for its astronaut landings.",
        True,
        [("money", 3600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Some industry analysts doubt the in-orbit refuelling will be ready in time for a crewed landing this decade.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Excellent flight, the ship looked rock solid," SpaceX chief engineer Milo Trevathan wrote on social media.',
        False,
        [],
        None,
    ),
    (
        "en",
        "According to the Federal Aviation Administration, no mishap investigation will be required.",
        True,
        [],
        None,
    ),
    # --- Raumfahrtetat des Bundes (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will ihre Ausgaben für die Raumfahrt bis 2034 auf jährlich rund 3,1 Milliarden Euro erhöhen, ein Plus von knapp 40 Prozent.",
        True,
        [
            ("year", 2034, None, None),
            ("money", 3100000000, "EUR", "about"),
            ("percent", 40, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Davon sollen knapp 1,2 Milliarden Euro an die Esa fließen, jeder vierte Euro ist für militärische Satelliten vorgesehen.",
        True,
        [("money", 1200000000, "EUR", "nearly"), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Deutschland bleibt damit nach Frankreich der zweitgrößte Beitragszahler der Esa, teilte das Bundeswirtschaftsministerium mit.",
        True,
        [("ordinal", 2, None, None)],
        "das Bundeswirtschaftsministerium",
    ),
    (
        "de",
        "Wirtschaftsministerin Carola Heinzmann-Rothe sagte, zusätzlich würden 450 Millionen Euro für einen Wettbewerb deutscher Kleinraketen bereitgestellt.",
        True,
        [("money", 450000000, "EUR", None)],
        "Carola Heinzmann-Rothe",
    ),
    (
        "de",
        "„Wer im All nicht souverän ist, wird es bald auch auf der Erde nicht mehr sein“, sagte Heinzmann-Rothe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Deutschen Industrie bezifferte den Umsatz der Branche zuletzt auf rund 4,9 Milliarden Euro bei etwa 11.500 Beschäftigten.",
        True,
        [("money", 4900000000, "EUR", "about"), ("count", 11500, None, "about")],
        None,
    ),
    ("de", "Die Grünen nannten die Pläne eine „Aufrüstung im Orbit“.", False, [], None),
    (
        "de",
        "Der Haushaltsausschuss soll am 17. Juni über das Vorhaben abstimmen.",
        True,
        [("date", "--06-17", None, None)],
        None,
    ),
    # --- Astronauts home after long stay (AP), May ---
    (
        "en",
        "HOUSTON (AP) — Two NASA astronauts and a Russian cosmonaut returned to Earth on Tuesday after 291 days in orbit, their stay extended by about five months after their original capsule sprang a coolant leak.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 291, "day", None),
            ("duration", 5, "month", "about"),
        ],
        None,
    ),
    (
        "en",
        "Their Soyuz capsule parachuted onto the steppe of Kazakhstan southeast of the town of Zhezkazgan at 9:14 a.m. local time, NASA said.",
        True,
        [],
        "NASA",
    ),
    (
        "en",
        "Mission commander Reuben Oyelaran-Smith, 59, has now logged 588 days in space over four missions, the third-highest total for an American.",
        True,
        [
            ("duration", 59, "year", None),
            ("duration", 588, "day", None),
            ("count", 4, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The crew circled the planet 4,653 times and travelled about 199 million km during the mission.",
        True,
        [("count", 4653, None, None), ("count", 199000000, None, "about")],
        None,
    ),
    (
        "en",
        "Oyelaran-Smith also carried out five spacewalks lasting a combined 31 hours and 20 minutes, and his return was postponed twice.",
        True,
        [
            ("count", 5, None, None),
            ("duration", 31, "hour", None),
            ("duration", 20, "minute", None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Space was kind to us, and so was the team on the ground," Oyelaran-Smith said in a call from the recovery ship.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Astronauts typically lose 1% to 1.5% of bone mass in their hips for each month in space, according to NASA research.",
        True,
        [("percent", 1, "%", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "NASA plans about 45 days of rehabilitation for the crew at the Johnson Space Center.",
        True,
        [("duration", 45, "day", "about")],
        None,
    ),
    # --- Meteorit in der Steiermark gefunden (APA), Mai ---
    (
        "de",
        "Wien (APA) - Nach der hellen Feuerkugel über der Steiermark haben Fachleute des Naturhistorischen Museums Wien zwei Bruchstücke eines Meteoriten gefunden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden Steine wiegen zusammen 1.184 Gramm und lagen rund 400 Meter voneinander entfernt in einem Maisfeld bei Leibnitz.",
        True,
        [("count", 1184, None, None), ("count", 400, None, "about")],
        None,
    ),
    (
        "de",
        "Der Himmelskörper war nach Berechnungen des Museums mit etwa 61.000 Kilometern pro Stunde in die Atmosphäre eingetreten und in rund 28 Kilometern Höhe zerborsten.",
        True,
        [("count", 61000, None, "about"), ("count", 28, None, "about")],
        None,
    ),
    (
        "de",
        "Kurator Florian Wildbacher sagte, das Gestein habe ein Alter von rund 4,56 Milliarden Jahren und stamme aus der Frühzeit des Sonnensystems.",
        True,
        [("duration", 4560000000, "year", "about")],
        "Florian Wildbacher",
    ),
    (
        "de",
        "Es ist erst der achte bestätigte Meteoritenfund in Österreich seit 1925.",
        True,
        [("ordinal", 8, None, None), ("year", 1925, None, None)],
        None,
    ),
    (
        "de",
        "Der bis dahin letzte Fund war am 19. Jänner 2020 im Burgenland gelungen.",
        True,
        [("date", "2020-01-19", None, None)],
        None,
    ),
    (
        "de",
        "„So ein Stein ist wie ein Brief aus der Kinderstube unseres Sonnensystems“, schwärmte Wildbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Feuerkugel war am 3. Mai um 21.47 Uhr von Kameras eines europäischen Netzwerks erfasst worden und leuchtete knapp sechs Sekunden lang.",
        True,
        [("date", "--05-03", None, None), ("duration", 6, "second", "nearly")],
        None,
    ),
    (
        "de",
        "Wer ein verdächtiges Gestein findet, sollte es nicht mit einem Magneten berühren, rät das Museum.",
        False,
        [],
        None,
    ),
    # --- China launches Mars sample-return mission (Reuters), June ---
    (
        "en",
        "BEIJING, June 2 (Reuters) - China on Tuesday launched a mission to scoop up rock on Mars and fly it back to Earth, state media reported.",
        True,
        [("date", "--06-02", None, None)],
        None,
    ),
    (
        "en",
        "Carried aloft by a Long March 5 from the southern island of Hainan, the spacecraft weighs about 8.2 tonnes and is due to reach Mars in about seven months.",
        True,
        [("count", 8.2, None, "about"), ("duration", 7, "month", "about")],
        None,
    ),
    (
        "en",
        "It is designed to bring back at least 500 grams of Martian rock and soil by 2033, the China National Space Administration said.",
        True,
        [("count", 500, None, "at_least"), ("year", 2033, None, None)],
        "the China National Space Administration",
    ),
    (
        "en",
        "The mission is China's second to Mars after Tianwen-1, which put a rover on the planet in 2021.",
        True,
        [("ordinal", 2, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Western analysts say Beijing is racing to return Martian samples before the United States can.",
        False,
        [],
        None,
    ),
    (
        "en",
        "NASA has shelved its own sample-return plan after the estimated cost climbed to as much as $9.5 billion.",
        True,
        [("money", 9500000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Mars is currently about 290 million km from Earth, and radio signals take roughly 16 minutes to cross the gap.",
        True,
        [("count", 290000000, None, "about"), ("duration", 16, "minute", "about")],
        None,
    ),
    (
        "en",
        "Chinese scientists have said they hope the samples will settle whether life ever existed on Mars.",
        False,
        [],
        None,
    ),
    # --- Bremer Rakete erreicht den Orbit (dpa), Juni ---
    (
        "de",
        "Andøya (dpa) - Die Trägerrakete eines Bremer Start-ups hat bei ihrem dritten Testflug erstmals eine Erdumlaufbahn erreicht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die 28 Meter hohe, zweistufige Rakete hob um 13.05 Uhr vom Weltraumbahnhof auf der norwegischen Insel ab, nachdem der Start zuvor viermal verschoben worden war.",
        True,
        [("count", 28, None, None), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Knapp neun Minuten nach dem Start setzte die Oberstufe vier Kleinsatelliten in rund 500 Kilometern Höhe aus, teilte das Unternehmen mit.",
        True,
        [
            ("duration", 9, "minute", "nearly"),
            ("count", 4, None, None),
            ("count", 500, None, "about"),
        ],
        "das Unternehmen",
    ),
    (
        "de",
        "Beim ersten Versuch vor einem Jahr war die Rakete nach 30 Sekunden ins Meer gestürzt, beim zweiten hatte die Oberstufe versagt.",
        True,
        [("ordinal", 1, None, None), ("duration", 30, "second", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Firmenchef Malte Grotefend sagte, die Rakete könne bis zu 1,2 Tonnen Nutzlast in eine niedrige Umlaufbahn bringen, ein Start koste rund zwölf Millionen Euro.",
        True,
        [("count", 1.2, None, "up_to"), ("money", 12000000, "EUR", "about")],
        "Malte Grotefend",
    ),
    (
        "de",
        "Das Unternehmen beschäftigt nach eigenen Angaben rund 380 Menschen und hat bislang etwa 310 Millionen Euro Wagniskapital eingesammelt.",
        True,
        [("count", 380, None, "about"), ("money", 310000000, "EUR", "about")],
        None,
    ),
    ("de", "„Das ist der Moment, für den wir all die Jahre geschuftet haben“, sagte Grotefend.", False, [], None),
    (
        "de",
        "Branchenkenner bezweifeln, dass der europäische Markt genug Aufträge für mehrere Anbieter kleiner Raketen hergibt.",
        False,
        [],
        None,
    ),
    # --- Webb photographs a young gas giant (AFP), July ---
    (
        "en",
        "PARIS, July 8 (AFP) - A gas giant circling a young star about 97 light years from Earth has been photographed directly by the James Webb Space Telescope, according to a study published Wednesday.",
        True,
        [("date", "--07-08", None, None), ("count", 97, None, "about")],
        None,
    ),
    (
        "en",
        "The planet is roughly six times the mass of Jupiter and circles its star at about 52 times the distance between Earth and the Sun.",
        True,
        [("count", 6, None, "about"), ("count", 52, None, "about")],
        None,
    ),
    (
        "en",
        "Its host star is only about 23 million years old, a toddler compared with the 4.6-billion-year-old Sun.",
        True,
        [("duration", 23000000, "year", "about"), ("duration", 4600000000, "year", None)],
        None,
    ),
    (
        "en",
        "Lead author Sunniva Erlandsen-Kyle said the team measured a temperature of about 280 degrees Celsius in the planet's upper atmosphere.",
        True,
        [("count", 280, None, "about")],
        "Sunniva Erlandsen-Kyle",
    ),
    (
        "en",
        "\"It's like spotting a firefly next to a lighthouse from across an ocean,\" Erlandsen-Kyle said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The observations took 17.5 hours of telescope time spread over two nights in November.",
        True,
        [("duration", 17.5, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The planet is the 12th to be directly imaged by Webb, according to NASA.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    ("en", "The findings were published in The Astronomical Journal.", True, [], None),
    (
        "en",
        "Some astronomers suspect the planet was flung outward by a sibling that has yet to be found.",
        False,
        [],
        None,
    ),
    # --- Perseiden (dpa), August ---
    (
        "de",
        "Hamburg (dpa) - Der Sternschnuppenstrom der Perseiden erreicht in der Nacht zum 13. August seinen Höhepunkt.",
        True,
        [("date", "--08-13", None, None)],
        None,
    ),
    (
        "de",
        "Unter dunklem Himmel seien dann bis zu 90 Meteore pro Stunde zu sehen, wie die Vereinigung der Sternfreunde mitteilte.",
        True,
        [("count", 90, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die meisten Teilchen sind kleiner als ein Sandkorn und verglühen in 80 bis 100 Kilometern Höhe.",
        True,
        [("count", 80, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Der Mond geht in diesem Jahr erst gegen 1.30 Uhr auf und stört die Beobachtung daher kaum.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Man braucht kein Fernrohr, nur Geduld und eine warme Decke“, sagte ein Sprecher der Vereinigung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer die Sternschnuppen sehen möchte, sollte sich einen Ort fern von Straßenlaternen suchen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatten Beobachter in Deutschland wegen Wolken nur in drei von zwölf Nächten gute Sicht gemeldet.",
        True,
        [("count", 3, None, None), ("count", 12, None, None)],
        None,
    ),
    # --- Broadband constellation grows (Reuters), August ---
    (
        "en",
        "SEATTLE, Aug 5 (Reuters) - Broadband startup Corvid Networks said on Wednesday it had put 48 more satellites into orbit, bringing its constellation to 612 of a planned 3,236.",
        True,
        [
            ("date", "--08-05", None, None),
            ("count", 48, None, None),
            ("count", 612, None, None),
            ("count", 3236, None, None),
        ],
        None,
    ),
    (
        "en",
        "The company must have about half of its network in service by July 2032 to keep its licence from the Federal Communications Commission.",
        True,
        [("fraction", 0.5, None, "about"), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dinah Marchetti-Ross told reporters the service would launch in 11 countries early next year at a price of $99 a month.",
        True,
        [("count", 11, None, None), ("money", 99, "USD", None)],
        "Dinah Marchetti-Ross",
    ),
    (
        "en",
        "Corvid has spent about $6.4 billion on the project so far and operates two dozen ground stations, according to filings.",
        True,
        [("money", 6400000000, "USD", "about"), ("count", 24, None, None)],
        None,
    ),
    ("en", "Marchetti-Ross called rival networks \"yesterday's technology in tomorrow's sky.\"", False, [], None),
    (
        "en",
        "More than 16,000 active satellites now circle the planet, nearly two-thirds of them run by a single operator, according to a tally by the European Space Agency.",
        True,
        [("count", 16000, None, "over"), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Astronomers fear the glare of so many satellites will make some observations of faint galaxies impossible.",
        False,
        [],
        None,
    ),
    # --- Lausanner Firma räumt im Orbit auf (Keystone-SDA), September ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein Lausanner Jungunternehmen soll im Auftrag der Esa ein ausgedientes Raketenteil aus der Umlaufbahn holen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Auftrag hat einen Wert von 86 Millionen Euro, wie die Esa am Montag in Paris bekanntgab.",
        True,
        [("money", 86000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Zielobjekt, ein rund 95 Kilogramm schwerer Adapter, kreist seit 2016 in etwa 710 Kilometern Höhe um die Erde.",
        True,
        [("count", 95, None, "about"), ("year", 2016, None, None), ("count", 710, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bund steuert 14 Mio. Franken bei, teilte das SBFI am Montag mit.",
        True,
        [("money", 14000000, "CHF", None)],
        "das SBFI",
    ),
    (
        "de",
        "Nach Schätzungen der Esa kreisen derzeit rund 1,4 Millionen Trümmerteile von mehr als fünf Millimetern Grösse um die Erde.",
        True,
        [("count", 1400000, None, "about"), ("count", 5, None, "over")],
        None,
    ),
    (
        "de",
        "Firmenchef Lionel Chappuis sagte, der Greifarm müsse das taumelnde Objekt binnen 90 Sekunden sicher fassen.",
        True,
        [("duration", 90, "second", None)],
        "Lionel Chappuis",
    ),
    ("de", "«Wir räumen auf, was andere liegen gelassen haben», sagte Chappuis.", False, [], None),
    (
        "de",
        "Der Start ist für das zweite Halbjahr 2032 geplant.",
        True,
        [("ordinal", 2, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Kritiker halten die Mission angesichts der Masse an Weltraumschrott für einen Tropfen auf den heissen Stein.",
        False,
        [],
        None,
    ),
    # --- Crew heads for the moon (AP), September ---
    (
        "en",
        "CAPE CANAVERAL, Fla. (AP) — Four astronauts blasted off for the moon on Saturday, the first crew to head there since 1972.",
        True,
        [("count", 4, None, None), ("ordinal", 1, None, None), ("year", 1972, None, None)],
        None,
    ),
    (
        "en",
        "The countdown had paused for 45 minutes at T-minus 10 minutes while engineers checked a hydrogen valve.",
        True,
        [("duration", 45, "minute", None), ("duration", 10, "minute", None)],
        None,
    ),
    (
        "en",
        "Their Orion capsule will loop around the far side of the moon and return to Earth after a nine-day flight, NASA said.",
        True,
        [("duration", 9, "day", None)],
        "NASA",
    ),
    (
        "en",
        "At its farthest, the crew will be about 411,000 km from Earth, farther than any humans have travelled.",
        True,
        [("count", 411000, None, "about")],
        None,
    ),
    (
        "en",
        "The Space Launch System rocket, standing 101 metres tall, produced about 9.1 million pounds of thrust at liftoff.",
        True,
        [("count", 101, None, None), ("count", 9100000, None, "about")],
        None,
    ),
    (
        "en",
        "Mission commander Colette Brannigan, 51, is making her third spaceflight.",
        True,
        [("duration", 51, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "\"We're carrying the hopes of everyone who ever looked up at the moon and wondered,\" Brannigan said before boarding.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Each launch of the rocket costs more than $3.8 billion, by an estimate of NASA's inspector general.",
        True,
        [("money", 3800000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Crowds lined the beaches of Brevard County, many of them waving flags and cheering as the rocket climbed out of sight.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A crewed landing on the lunar surface is planned no earlier than mid-2032.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    # --- Antriebsmodul aus Bremen (dpa), September ---
    (
        "de",
        "Bremen (dpa) - Das Antriebsmodul der amerikanischen Mondkapsel Orion stammt aus Bremen und ist bereits das dritte seiner Art im All.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das rund 13 Tonnen schwere Modul versorgt die vierköpfige Besatzung mit Strom, Wasser und Sauerstoff, wie der Hersteller mitteilte.",
        True,
        [("count", 13, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Seine vier Solarflügel spannen sich über gut 18 Meter.",
        True,
        [("count", 4, None, None), ("count", 18, None, "over")],
        None,
    ),
    (
        "de",
        "Vor dem Transport nach Florida hatte das Modul in Bremen eine dreitägige Abnahmeprüfung durchlaufen.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Die Esa lässt sich jedes Modul nach Angaben des Herstellers rund 250 Millionen Euro kosten.",
        True,
        [("money", 250000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Gegenzug erhält Europa vier Plätze für Astronautinnen und Astronauten auf künftigen Mondflügen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    ("de", "„Ohne Bremen fliegt niemand zum Mond“, sagte Bremens Wirtschaftssenatorin.", False, [], None),
    (
        "de",
        "Esa-Generaldirektor Janusz Wierzejski sagte, spätestens 2033 solle der erste europäische Astronaut auf dem Mond landen.",
        True,
        [("year", 2033, None, None), ("ordinal", 1, None, None)],
        "Janusz Wierzejski",
    ),
    ("de", "Ob ein Deutscher oder eine Deutsche dafür ausgewählt wird, ließ Wierzejski offen.", False, [], None),
    # --- Scottish rocket fails (Reuters), October ---
    (
        "en",
        "LONDON, Oct 6 (Reuters) - A rocket built by Scottish startup Thistlecraft failed about 90 seconds after lifting off from Shetland on Tuesday, in what would have been the first vertical orbital launch from British soil.",
        True,
        [
            ("date", "--10-06", None, None),
            ("duration", 90, "second", "about"),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 19-metre rocket, carrying two small weather satellites, broke apart over the North Sea and debris fell into a closed safety zone, the company said.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        "the company",
    ),
    (
        "en",
        "Chief Executive Ewan Tolland said the company had enough cash to build a second rocket and would try again within nine months.",
        True,
        [("ordinal", 2, None, None), ("duration", 9, "month", None)],
        "Ewan Tolland",
    ),
    (
        "en",
        "The British government has committed about £28 million to the launch site and related projects since 2020, according to the UK Space Agency.",
        True,
        [("money", 28000000, "GBP", "about"), ("year", 2020, None, None)],
        None,
    ),
    ("en", '"Rockets are hard. We knew that going in," Tolland said.', False, [], None),
    (
        "en",
        "Around 300 spectators had watched the launch from a viewing area on the neighbouring island of Yell.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Britain's space sector employs about 55,400 people and generates annual revenue of roughly £19.6 billion, official figures show.",
        True,
        [("count", 55400, None, "about"), ("money", 19600000000, "GBP", "about")],
        None,
    ),
    # --- Neuer Sternhaufen entdeckt (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Astronominnen und Astronomen der Universität Wien haben am Rand der Milchstraße einen bisher unbekannten Sternhaufen aufgespürt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Haufen ist rund 61.000 Lichtjahre von der Erde entfernt und umfasst nach Berechnungen des Teams etwa 4.800 Sterne.",
        True,
        [("count", 61000, None, "about"), ("count", 4800, None, "about")],
        None,
    ),
    (
        "de",
        "Zusammen bringen sie es auf knapp 3.000 Sonnenmassen, die jüngsten von ihnen sind erst rund 40 Millionen Jahre alt.",
        True,
        [("count", 3000, None, "nearly"), ("duration", 40000000, "year", "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Theresia Gschwendtner sagte, das Team habe dafür Messdaten aus fast zehn Jahren des Esa-Satelliten Gaia ausgewertet.",
        True,
        [("duration", 10, "year", "nearly")],
        "Theresia Gschwendtner",
    ),
    (
        "de",
        "„Die Milchstraße hat noch längst nicht alle ihre Geheimnisse preisgegeben“, sagte Gschwendtner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Haufen, den die Gruppe seit 2027 gefunden hat.",
        True,
        [("ordinal", 3, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeit wurde im Fachjournal „Monthly Notices of the Royal Astronomical Society“ veröffentlicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob sich in dem Haufen auch Planeten gebildet haben, können die Forschenden bisher nicht sagen.",
        False,
        [],
        None,
    ),
    # --- ESA ministerial council (AFP), November ---
    (
        "en",
        "BREMEN, Germany, Nov 26 (AFP) - European Space Agency member states agreed on Thursday to give the agency a record 23.4 billion euros over the next three years, ESA said.",
        True,
        [
            ("date", "--11-26", None, None),
            ("money", 23400000000, "EUR", None),
            ("duration", 3, "year", None),
        ],
        "ESA",
    ),
    (
        "en",
        "Germany pledged about 5.6 billion euros, making it the largest contributor for the second meeting in a row, ahead of France with 4.1 billion euros and Italy with 3.5 billion euros.",
        True,
        [
            ("money", 5600000000, "EUR", "about"),
            ("ordinal", 2, None, None),
            ("money", 4100000000, "EUR", None),
            ("money", 3500000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Roughly a fifth of the total will go to a European crew capsule that could carry astronauts to orbit by 2036.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "Director General Janusz Wierzejski told a news conference the total was 17% higher than at the previous meeting in 2027.",
        True,
        [("percent", 17, "%", None), ("year", 2027, None, None)],
        "Janusz Wierzejski",
    ),
    ("en", '"Europe has decided to stop being a passenger in space," Wierzejski said.', False, [], None),
    (
        "en",
        "Britain, which left the EU but remains an ESA member, committed 1.7 billion euros, down from 1.9 billion euros three years ago.",
        True,
        [
            ("money", 1700000000, "EUR", None),
            ("money", 1900000000, "EUR", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Some smaller member states complained that too much of the money would flow to big industrial contractors in France and Germany.",
        False,
        [],
        None,
    ),
    # --- Asteroid fliegt knapp vorbei (dpa), November ---
    (
        "de",
        "Darmstadt (dpa) - Ein etwa 40 Meter großer Asteroid ist am Sonntag in nur rund 38.000 Kilometern Abstand an der Erde vorbeigeflogen und damit näher als viele Satelliten.",
        True,
        [("count", 40, None, "about"), ("count", 38000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Brocken mit der Bezeichnung 2030 VK7 war erst neun Tage zuvor von einem Teleskop in Chile entdeckt worden, wie die Esa mitteilte.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    (
        "de",
        "Eine Gefahr für die Erde bestand zu keinem Zeitpunkt, betonten Fachleute des Esa-Kontrollzentrums.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Objekt dieser Größe trifft die Erde statistisch etwa alle 1.000 Jahre.",
        True,
        [("duration", 1000, "year", "about")],
        None,
    ),
    (
        "de",
        "Das Planetenverteidigungsbüro der Esa führt derzeit mehr als 2.160 erdnahe Objekte auf seiner Risikoliste.",
        True,
        [("count", 2160, None, "over")],
        None,
    ),
    (
        "de",
        "Büroleiter Ansgar Dittberner sagte, ein eigenes Suchteleskop solle ab 2032 jede Nacht rund ein Drittel des Himmels absuchen.",
        True,
        [("year", 2032, None, None), ("fraction", 0.3333, None, "about")],
        "Ansgar Dittberner",
    ),
    (
        "de",
        "Die Esa hat dazu einen Zehn-Punkte-Plan vorgelegt, der auch eine Sonde zur Ablenkung gefährlicher Brocken vorsieht.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    ("de", "„Wir wollen nicht die Dinosaurier sein, die es nicht kommen sahen“, sagte Dittberner.", False, [], None),
    (
        "de",
        "Hobbyastronomen hoffen, den Asteroiden bei seinem nächsten Vorbeiflug mit eigenen Teleskopen einzufangen.",
        False,
        [],
        None,
    ),
    # --- India's first crewed flight (Reuters), November ---
    (
        "en",
        "BENGALURU, Nov 18 (Reuters) - India launched its first astronauts into orbit on Wednesday, becoming only the fourth country to send humans into space on its own rocket.",
        True,
        [("date", "--11-18", None, None), ("ordinal", 1, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The two-member crew will spend about 70 hours circling Earth at an altitude of roughly 420 km before splashing down in the Arabian Sea, the Indian Space Research Organisation said.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 70, "hour", "about"),
            ("count", 420, None, "about"),
        ],
        "the Indian Space Research Organisation",
    ),
    (
        "en",
        "The human spaceflight programme has cost Rs 16,450 crore so far, according to the space ministry.",
        True,
        [("money", 164500000000, "INR", None)],
        None,
    ),
    (
        "en",
        "Group Captain Arvind Kalsekar, 43, a test pilot, commands the flight.",
        True,
        [("duration", 43, "year", None)],
        None,
    ),
    (
        "en",
        "His crewmate, Squadron Leader Nisha Bhardwaj, 36, is the first Indian woman in orbit.",
        True,
        [("duration", 36, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"Today every Indian is in orbit with us," Kalsekar said in a message from the capsule.', False, [], None),
    (
        "en",
        "ISRO has flown three uncrewed test missions of the capsule since 2027, the last of them in May.",
        True,
        [("count", 3, None, None), ("year", 2027, None, None)],
        None,
    ),
    ("en", "Officials declined to say when the next crewed flight would take place.", False, [], None),
    (
        "en",
        "India plans to build its own space station by 2036 and land an astronaut on the moon by 2041, according to ISRO.",
        True,
        [("year", 2036, None, None), ("year", 2041, None, None)],
        None,
    ),
    # --- Jahresbilanz der Raumfahrt (dpa), Dezember ---
    (
        "de",
        "Köln (dpa) - Mit weltweit 341 Raketenstarts ist das zu Ende gehende Jahr erneut ein Rekordjahr für die Raumfahrt gewesen.",
        True,
        [("count", 341, None, None)],
        None,
    ),
    (
        "de",
        "Fast zwei Drittel davon entfielen auf ein einziges US-Unternehmen, China kam auf 79 Starts, Europa nur auf neun.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("count", 79, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt gelangten rund 3.900 Satelliten ins All, etwa 450 mehr als im Vorjahr.",
        True,
        [("count", 3900, None, "about"), ("count", 450, None, "about")],
        None,
    ),
    (
        "de",
        "Nur 6 der 341 Starts scheiterten, die Erfolgsquote lag damit bei gut 98 Prozent.",
        True,
        [("count", 6, None, None), ("count", 341, None, None), ("percent", 98, "%", "over")],
        None,
    ),
    (
        "de",
        "Raumfahrtexperten halten die Dominanz eines einzelnen Anbieters für ein wachsendes Risiko.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutsche Astronautinnen und Astronauten verbrachten in diesem Jahr zusammen 238 Tage im All.",
        True,
        [("duration", 238, "day", None)],
        None,
    ),
    (
        "de",
        "Für das kommende Jahr sind nach Angaben des DLR vier Flüge europäischer Astronauten geplant, darunter zwei zur Raumstation.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Wie es nach dem Ende der Internationalen Raumstation mit der bemannten Raumfahrt in Europa weitergeht, ist weiter unklar.",
        False,
        [],
        None,
    ),
    # --- Berner Kamera am Jupiter (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Die ersten Nahaufnahmen des Jupitermonds Europa stammen von einer Kamera, die in Bern entwickelt wurde.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Esa-Sonde ist derzeit rund 42 Lichtminuten von der Erde entfernt, ihre Funksignale sind also gut 40 Minuten unterwegs.",
        True,
        [("count", 42, None, "about"), ("duration", 40, "minute", "over")],
        None,
    ),
    (
        "de",
        "Die Aufnahmen zeigen Strukturen von bis zu 400 Metern Grösse, wie die Universität Bern mitteilte.",
        True,
        [("count", 400, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Bund hat sich nach Angaben des Staatssekretariats mit rund 26 Millionen Franken an dem Instrument beteiligt.",
        True,
        [("money", 26000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Projektleiter Dario Cavelti sagte, die Sonde werde bis 2034 insgesamt 35 nahe Vorbeiflüge an den grossen Jupitermonden absolvieren und dabei rund 180'000 Bilder aufnehmen.",
        True,
        [("year", 2034, None, None), ("count", 35, None, None), ("count", 180000, None, "about")],
        "Dario Cavelti",
    ),
    (
        "de",
        "«Als das Bild auf dem Schirm erschien, war es im Raum mucksmäuschenstill», erzählte Cavelti.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Unter dem Eispanzer des Mondes vermuten Fachleute einen Ozean mit mehr Wasser als in allen Meeren der Erde zusammen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweiz zahlt jährlich rund 210 Millionen Franken an die Esa und ist damit deren achtgrösste Geldgeberin.",
        True,
        [("money", 210000000, "CHF", "about"), ("ordinal", 8, None, None)],
        None,
    ),
    # --- Mars orbiter switched off (AP), December ---
    (
        "en",
        "PASADENA, Calif. (AP) — NASA on Monday switched off a Mars orbiter that had circled the red planet for almost 19 years, the first casualty of the agency's science budget cuts.",
        True,
        [("duration", 19, "year", "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The Helix spacecraft completed more than 88,000 orbits and relayed about 40% of all data sent home by NASA's rovers, according to the Jet Propulsion Laboratory.",
        True,
        [("count", 88000, None, "over"), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Originally designed to last two years, it outlived that plan nearly tenfold.",
        True,
        [("duration", 2, "year", None), ("count", 10, None, "nearly")],
        None,
    ),
    (
        "en",
        "Keeping it running would have cost about $14 million a year, project manager Teodora Vasquez-Lind said.",
        True,
        [("money", 14000000, "USD", "about")],
        "Teodora Vasquez-Lind",
    ),
    ("en", '"It feels like saying goodbye to an old friend," Vasquez-Lind said.', False, [], None),
    (
        "en",
        "Engineers sent the final command at 11:02 a.m. PST, and the last signal arrived about 11 minutes later.",
        True,
        [("duration", 11, "minute", "about")],
        None,
    ),
    ("en", "Scientists worry that more missions could soon follow.", False, [], None),
    # --- Record stay on Tiangong (Reuters), December ---
    (
        "en",
        "BEIJING, Dec 9 (Reuters) - A crew of three Chinese astronauts landed on Tuesday after a record 224 days aboard the Tiangong space station, state media reported.",
        True,
        [("date", "--12-09", None, None), ("count", 3, None, None), ("duration", 224, "day", None)],
        None,
    ),
    (
        "en",
        "Their Shenzhou capsule touched down at the Dongfeng landing site in Inner Mongolia at 1:33 p.m. local time, state media said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The crew carried out four spacewalks and more than 130 experiments, including tests of a printer for metal parts.",
        True,
        [("count", 4, None, None), ("count", 130, None, "over")],
        None,
    ),
    (
        "en",
        "China has now sent 31 astronauts into space since its first crewed flight in 2003.",
        True,
        [("count", 31, None, None), ("ordinal", 1, None, None), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "Beijing aims to land two astronauts on the moon in 2031, a goal officials have repeatedly reaffirmed.",
        True,
        [("count", 2, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Western analysts say the programme has become a symbol of national prestige as much as of science.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A spokesman for the agency declined to comment on reports that the next crew would include a foreign astronaut.",
        False,
        [],
        None,
    ),
]
