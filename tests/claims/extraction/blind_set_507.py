"""Five-hundred-and-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers and other holders of office appear only by
their office („Bayerns Innenminister“, „der Landeshauptmann“, „der Gemeindepräsident“, „der
Gemeindepräsident von Kerzers“, "the transport minister", "the railways minister", "the
provincial governor", "the fire commissioner"), and the spokespeople, investigators,
prosecutors, police and fire officers, the director of the BFU and the managers of real
bodies appear under made-up names that stand for no real holder, or by their role only („ein
Polizeisprecher“, „eine Sprecherin der Reederei“, "Network Rail's route director", "the
route director", "a company spokesman", "a Slaney Air spokeswoman").

Names: Quirin Zellhuber-Ntim, Hubert Wimpissinger-Agyekum, Mauro Cadruvi-Ansong, Henrike
Marschollek-Tran, Arnulf Brökelmann-Dzidzornu, Imke Hinrichs-Addai, Edeltraud
Wiesmeth-Larbi, Florian Gstrein-Nocker, Jonas Priebisch-Asiedu, Fabienne Züblin-Grolimund,
Sieglinde Pramhas-Eder and Irmtraud Gebhardt-Nnadi; Marnie Lindqvist-Obeng, Carys
Wunderlich-Pham, Wilfredo Mamani-Urquizo, Lamar Pettibone-Dunmore, Euan Kinnersley-Amoah,
Arnel Villaruz-Bañez, Marisa Colangelo-Reyes, Brodie Kilcullen-Maher, Anand Bhargava-Sethi,
Kwame Ellesmere-Bostock and Rosalyn Treadaway-Ambrose are invented, and so are the firms and
the ship (the airlines Havelair, Skerryvale Airways, Tasman Link and Slaney Air, the
chemical makers Marler Feinchemie and Traunthal Chemie, the shipyard Emsland Schiffbau, the
river cruise ship „Rheinperle“, the bus operators Transportes Cóndor Andino and Vinecrest
Coaches, Palisades Jet Charter, Calf Sound Ferries and the mine operator Minera Cordón
Azul), with every unnamed passenger, witness, survivor, resident, neighbour, worker,
relative, spokesperson, investigator and official. Real states, bodies, firms, places,
roads, lines and aircraft types (Autobahn 9 and A9, Mittelfranken, Hilpoltstein, Prag,
Mailand, Klinikum Nürnberg, Bayerischer Rundfunk, Brünn, Judenburg, Bezirk Murtal,
Bezirksfeuerwehrkommando Murtal, Landeskriminalamt, Keystone-SDA, Jura, Grenchen,
Schweizerische Sicherheitsuntersuchungsstelle (SUST), Bundesamt für Zivilluftfahrt, Cessna
Citation, Bundesstelle für Flugunfalluntersuchung (BFU), Hamburg, Piste 23, Chemiepark Marl,
Warn-App Nina, Pöchlarn, Westbahn, Melk, Ybbs, Landespolizeidirektion Niederösterreich,
Sicherheitsuntersuchungsstelle des Bundes (SUB), ÖBB, vida, Zermatt, Kantonspolizei Wallis,
Visp, Sitten, Mattertal, Papenburg, Landkreis Leer, Gewerbeaufsichtsamt Emden,
Staatsanwaltschaft Osnabrück, IG Metall, Braunschweig, Innsbruck, Kaunertal, Allgäu,
Schönefeld, Flughafen BER, Palma, Potsdam, Kerzers, Murten, BLS, Kantonspolizei Freiburg,
Mannheim, Rhein, Worms, Wasserschutzpolizei, Basel, Bremen, Linz, Berufsfeuerwehr Linz,
Arbeitsinspektorat, Nürnberg; London, the North Sea, Aberdeen, Bergen, the Air Accidents
Investigation Branch, the BBC, the Airbus A320 and A321, Seattle, Washington State Ferries,
Fauntleroy, Harborview Medical Center, Vashon Island, the U.S. Coast Guard, the National
Transportation Safety Board (NTSB), Carlisle, the West Coast Main Line, Network Rail, the
Rail Accident Investigation Branch, Avanti West Coast, Preston, Glasgow, Hobart, Hobart
Airport, the Australian Transport Safety Bureau (ATSB), the Dash 8-400, Lima, Ayacucho,
Cusco, the Andes, Teterboro Airport, the Gulfstream G450, Holyhead, the Irish Sea, the RNLI,
the Marine Accident Investigation Branch, Dublin, Manila, Masbate, the Philippines, New
York, the Bronx, Sydney, the Hunter Valley, Pokolbin, Broke Road, Cessnock, John Hunter
Hospital, New Delhi, Odisha, Stratford, London Fire Brigade, Washington, Iowa, Oxford
Junction, the Federal Railroad Administration, Santiago, Chile, Copiapó, Dublin Airport,
Kerry, the ATR 72, the Air Accident Investigation Unit, and the datelines' cities) stand for
the way wire copy names them; every toll, age, speed, altitude, flight level, load,
pressure, distance, time, sum, finding and quote here is invented, no real accident is
retold, and where a real figure came to mind (a real ferry's car capacity, a real runway's
length, a real duty-time limit, a real take-off speed) it was changed or left out. Kept as
the facts they are: the 100 km/h limit for coaches on German motorways, the twelve months
that air accident investigators aim for with a final report, and what V1 means.

Its weight: ACCIDENTS AND SAFETY INVESTIGATIONS, the fifth round on transport accidents and
safety investigations (the hundred-seventh, two-hundred-and-thirty-first,
three-hundred-and-thirty-ninth and four-hundred-and-forty-third batches were the first four;
beside them the two-hundred-and-third weighed fires, accidents and rescues, the
three-hundred-and-eighty-fifth industrial accidents and explosions, the
four-hundred-and-nineteenth disasters and accidents, the eighty-first,
two-hundred-and-ninety-eighth, three-hundred-and-fifty-second and
four-hundred-and-eighty-seventh police reports, road accidents and fires, and the
three-hundred-and-fifth, three-hundred-and-sixty-sixth and four-hundred-and-twenty-fourth
aviation and airports; their decisions are kept, those of the
three-hundred-and-thirty-ninth, three-hundred-and-eighty-fifth and
four-hundred-and-forty-third first of all) - three made-up wire weeks, Monday, September 13,
to Friday, October 1, 2027, as 30 short stories in date order with the German and English
desks interleaved, each told as wire copy runs it (a dateline lead with the toll, the
figures, the cause as far as known, the investigators and their interim reports, quotes, the
other side): a coach overturned on the A9 in Middle Franconia and, three weeks on, the
expert report on its speed and its driver's hours; a loss of cabin pressure over the North
Sea and the AAIB's interim report; a sawmill fire in Styria; a ferry against the dock at
Fauntleroy; the SUST's interim report on a glider and a business jet over the Jura; a cement
train derailed south of Carlisle; the BFU's interim report on a hard landing in Hamburg; the
ATSB's preliminary report on a low approach into Hobart; a blast in the Marl chemical park;
a bus off a mountain road in Peru and its toll rising; a regional train into a stationary
freight train on the Westbahn; the NTSB's preliminary report on a runway overrun at
Teterboro; a hotel fire in Zermatt; a ferry adrift in the Irish Sea; a crane collapse at a
Papenburg shipyard; a ferry capsized off Masbate and its toll lowered; the BFU's annual
figures; a deadly e-bike battery fire in the Bronx; a cable car stranded in the Kaunertal; a
minibus of wine tourists in the Hunter Valley; an engine fire and a return to BER; a train
collision in Odisha and its toll rising; a train and a lorry at a level crossing near
Kerzers; a tower block fire in Stratford; a river cruise ship against a bridge pier at
Mannheim; the NTSB's board meeting on an ethanol train in Iowa; a reactor explosion in Linz;
a mine collapse in northern Chile; and a rejected take-off at Dublin Airport. Half German
(dpa with its regional slugs "dpa/lby", "dpa/lnw", "dpa/lni", "dpa/bb" and "dpa/lsw", APA
with Austrian „heuer“, „Anrainer“, „Bezirksfeuerwehrkommando“, „Landeshauptmann“, „in der
Nacht auf Dienstag“ and „sind ... festgesessen“, Keystone-SDA with Swiss „gemäss“,
„grössten“, „zusammengestossen“, „ordnungsgemäss“, „äussern“, „Spital“,
„Lastwagenchauffeur“, „Gemeindepräsident“, the canton suffixes „VS“ and „FR“, „6'500 Fuss
über Meer“ and „2'100 Flugstunden“ with the apostrophe and «» quotes; German „“ quotes),
half English (Reuters with dated datelines, AP, PA, AAP, AFP; British "38mph", "wagons",
"tyres", "flat", "19-storey", "coastguard", "apologised", U.S. "six-story", "51 mph",
"Neighbors", "walk-up", Australian "5pm", "minibus", Indian "kph", "goods train", "loop
line", "1 million rupees"). Its weight is the forms the topic names, as investigators'
reports and accident copy write them: altitudes in feet and in „Fuß“ and „Fuss“ („auf rund
10.000 Fuß“, „rund 50 Fuß über der Bahn“, "to about 1,400 feet", "almost 1,000 feet below
the minimum safe altitude", "about 280 feet lower than the instruments showed"), flight
levels written out, abbreviated and in German ("from flight level 370 to 10,000 feet",
"cruising at FL370", „in Flugfläche 340“), speeds in knots, mph and km/h against their
targets and limits ("at 149 knots, against a reference speed of 134 knots", "some 15 knots
faster than its target speed", "about 3 seconds after calling V1, ..., which on that flight
was 108 knots", "51 mph on track rated for 40 mph", „mit 103 km/h ..., zulässig sind für
Reisebusse 100 km/h“, „in Böen mit bis zu 32 Knoten“), rates of descent („mit einer Sinkrate
von rund 1.100 Fuß pro Minute“), loads, pressures and readings („eine vertikale Belastung
von 2,6 g“, „knapp zwölf bar, ... höchstens acht bar“, "10 hectopascals too high", „bis zu
12 ppm Toluol“, „0,6 Promille“), nautical miles and metres („11 nautical miles“, „bis auf
rund 60 Meter seitlich und 30 Meter in der Höhe“), tolls and the injured counted and revised
up and down („mindestens drei Menschen ... und 31 weitere“, „zwei Schwer- und 29
Leichtverletzte“, „erhöhte sich die Zahl der Todesopfer auf vier“, „korrigierte die
Feuerwehr die Zahl der Verletzten auf elf“, "The toll later rose to 27 after four bodies
were recovered", "lowered the toll to 28, saying three passengers listed as dead had been
found alive", "the toll had risen to 41"), people on board, capacities and crews ("licensed
to carry 120 passengers but had about 190 people on board", "two pilots, a flight attendant
and nine passengers", „Insgesamt 27 Feuerwehren mit rund 340 Mitgliedern“), ages, spans of
closures, fires, rescues, drift, duty and flying experience, seconds before and after, days
of repairs, the n-th accident of its kind, shares, compensation in rupees and a
refurbishment in euros. Speakers as such copy has them: police forces, fire services,
investigating bodies, an operator and named spokespeople, investigators, officers, a
prosecutor and a director with their titles dropped, and beside them the forms left
unchecked (roles, plural sources, reports and data, recording and estimating verbs,
„gemäss“, „laut“, „nach Werftangaben“, „nach eigenen Angaben“, „hieß es“, "according to").
Negatives as such copy has them - 55 rows, none with a figure: passengers', witnesses',
workers' and survivors' quotes of what they felt, heard and saw, condolences, labels,
praise, reassurance, regret and apologies, vows, appeals and advice naming no measure,
complaints, demands and accusations naming no measure, open questions and no-comment lines,
each near a check-worthy look-alike from the same story (often the same speaker's or body's
figure).

242 rows (120 German, 122 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 18 carry no figure (16 German, 2 English), 306 expected quantities (198
counts, 73 durations - 27 in years, 24 in hours, 5 in days, 5 in months, 4 in minutes, 4 in
weeks, 4 in seconds -, 14 ordinals, 10 years, 6 dates - 0 with a year, 6 without -, 3
amounts of money - 2 INR, 1 EUR - and 2 fractions; 109 of them hedged: 65 "about", 14
"over", 13 "nearly", 9 "at_least", 6 "up_to", 1 "at_most", 1 "under"; none of them in a
negative), 35 checked speakers (17 German, 18 English). These counts were computed by a
script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names, firms and the
ship were checked against the earlier batches; four surnames already in use in other names
were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported feeling,
  label, condolence, praise, reassurance, regret, apology, vow, appeal, piece of advice,
  complaint, demand or accusation naming no measure, open question or no-comment line is a
  negative with speaker None, also with a named speaker, a body or an office (seventh,
  ninety-eighth, hundred-seventh, two-hundred-and-thirty-first,
  three-hundred-and-thirty-ninth, three-hundred-and-eighty-fifth,
  four-hundred-and-forty-third); a quoted or reported toll, figure, step, cause, finding or
  recommendation is check-worthy with its speaker, also in Konjunktiv I (hundred-seventh,
  two-hundred-and-thirty-first). Pairs from one speaker or body: Marschollek-Tran's three
  weeks on the ground beside her „keine, in der jemand um sein Leben fürchten musste“
  (reassurance, four-hundred-and-forty-third: „zu keinem Zeitpunkt in Gefahr“);
  Brökelmann-Dzidzornu's restart three weeks earlier beside his condolence; Hinrichs-Addai's
  inspection in spring beside „Die ganze Werft steht unter Schock“; Wiesmeth-Larbi's three
  mid-air collisions beside her „Die Statistik darf uns nicht beruhigen ...“;
  Gstrein-Nocker's bearing beside his apology; Priebisch-Asiedu's 400 flying hours beside
  his praise of the crew; Lindqvist-Obeng's 11 knots beside the agency's gratitude;
  Wunderlich-Pham's 10 hectopascals beside "keeps investigators awake at night";
  Pettibone-Dunmore's 31 hours of data beside his verdict on the barrier; Kinnersley-Amoah's
  18-year-old ship beside his apology; Kilcullen-Maher's 19 passengers beside his appeal;
  Ellesmere-Bostock's finding on the battery beside his advice; Treadaway-Ambrose's 17
  complaints beside "Fatigue is not a new problem ..."; the Bezirksfeuerwehrkommando
  Murtal's crews beside its commander's praise; and, unchecked, Network Rail's route
  director's 48 hours beside his apology, the Chilean mine's spokesman's 72 hours beside his
  vow, and the airlines' reassurance, cooperation and silence (Skerryvale Airways, Tasman
  Link, Havelair, Palisades Jet Charter) beside the investigators' figures in the same
  stories.
- Negatives (hundred-seventh, two-hundred-and-thirty-first, three-hundred-and-thirty-ninth,
  three-hundred-and-eighty-fifth, four-hundred-and-forty-third,
  four-hundred-and-eighty-seventh), none with a figure: quotes of what passengers,
  witnesses, workers, residents and survivors felt, heard and saw, named or not (the
  passenger from Brünn, the Styrian Anrainer, the Vashon Island commuter, the BBC passenger,
  the Masbate fisherman, the holidaymaker from the Allgäu, the passenger from Potsdam, the
  Odisha survivor, the passenger from Bremen, the worker in the neighbouring hall, the
  Dublin passenger on the ferry); condolences („in Gedanken bei den Familien“, «Wir sind
  zutiefst erschüttert ...», „zeigte sich „tief betroffen“ und sprach ... sein Mitgefühl
  aus“); labels and verdicts („nannte das Unglück einen „Albtraum ...““, „sprach von einem
  „bitteren Tag““, „sprach von einer „Vorverurteilung““, "called the sinking a tragedy ...",
  "described the small community as shattered", '"That barrier did exactly what it was built
  to do"', '"Fatigue is not a new problem ..."'); praise („lobte die Zusammenarbeit der
  Wehren als „vorbildlich““, „lobte die Besatzung ...“, "Passengers praised the cabin crew
  ..."); reassurance, cooperation, regret and apologies (Skerryvale Airways' "nothing
  mattered more", Tasman Link's "full confidence", Havelair's „arbeite eng ... zusammen“,
  the gliding federation's „bedauerte“, the river cruise line's „bedauerte ... zutiefst“,
  Gstrein-Nocker's „entschuldigte sich“, Kinnersley-Amoah's "apologised", the route
  director's "We are sorry ..."; two-hundred-and-thirty-first,
  three-hundred-and-thirty-ninth); vows naming no step ("vowed to crack down on
  long-distance operators ...", '"We will not stop until we bring them home"'); appeals and
  advice naming no measure ("urged anyone who saw the bus ... to come forward", "urged New
  Yorkers never to leave batteries charging ...", '"Please do not charge batteries ..."';
  four-hundred-and-eighty-seventh); demands, complaints, warnings and accusations naming no
  measure (vida's „forderte, die Sicherheitstechnik ... auf den neuesten Stand zu bringen“,
  «Wir warnen seit Jahren ...» - „seit Jahren“ none -, "Rail unions said ...", "Opposition
  lawmakers accused the government ...", "Residents said they had raised concerns ... for
  years", "Neighbors along the tracks said ..."; three-hundred-and-thirty-ninth,
  three-hundred-and-ninety-fifth: views told as reports); open questions („Ob ein
  Bedienfehler oder ein Materialschaden ...“, „Warum die Flammen so rasch ...“, „Ob das
  Unternehmen seine Fahrer ...“; fifteenth); no-comment lines („Zur Unfallursache wollte
  sich die BLS ... nicht äussern.“, "did not respond to requests for comment", "would not
  comment on possible causes before their final report"; hundred-sixth); scene colour
  ("Families kept vigil at the mine gate ..."). As the brief for these batches asks,
  negatives carry no expected quantities, and this batch writes no figure into them.
- Check-worthy without a figure (twenty-seventh, hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-thirty-ninth,
  four-hundred-and-forty-third): the Judenburg lead's damage „in Höhe von mehreren Millionen
  Euro“ (a vague magnitude, two-hundred-and-thirty-first: „mehrere Millionen Franken“); the
  lead of the Kerzers crossing; the publication of interim reports and annual figures („Das
  steht im Zwischenbericht, den die ... (SUST) ... veröffentlicht hat.“, „Zu diesem Ergebnis
  kommen die Ermittler der ... (BFU) in einem ... Zwischenbericht.“, „So steht es in der ...
  Jahresstatistik der ... (BFU).“; three-hundred-and-thirty-ninth); the SUST's
  classification and recommendation; Cadruvi-Ansong's quoted finding that the crews could
  not see each other (four-hundred-and-forty-third: Zumsteg's quoted finding); the Marl
  blast's place told by the fire service; investigations opened, weighed and widened (the
  arson investigators, the SUB „prüft, ob ...“, the Gewerbeaufsichtsamt and the prosecutors,
  the U.S. Coast Guard and the NTSB, the prosecutors against the bus company's manager); the
  recovered data recorder („hieß es bei der SUB“); Hinrichs-Addai's spring inspection („im
  Frühjahr“ none); Gstrein-Nocker's bearing and emergency drive; the barriers closed as they
  should at Kerzers; Ellesmere-Bostock's e-scooter battery.
- Tolls and their revisions are labelled figure by figure (ninety-ninth,
  three-hundred-and-sixty-third, three-hundred-and-eighty-fifth,
  four-hundred-and-forty-third): „mindestens drei Menschen ... und 31 weitere“ 3 "at_least"
  and 31 („weitere“ no hedge), „Bis zum Nachmittag erhöhte sich die Zahl der Todesopfer auf
  vier, nachdem eine 71 Jahre alte Frau ...“ 4 and 71 years, „korrigierte die Feuerwehr die
  Zahl der Verletzten auf elf, zwei davon schwer“ 11 and 2, "killing at least 23 people",
  "The toll later rose to 27 after four bodies were recovered" 27 and 4, "At least 31 people
  died", "Late on Wednesday the coast guard lowered the toll to 28, saying three passengers
  listed as dead had been found alive" 28 and 3 (three-hundred-and-eighty-fifth: "The toll
  was later lowered to 10 after one miner ... was found alive"), "killing at least 36 people
  and injuring more than 120" 36 "at_least" and 120 "over", "By late Monday the toll had
  risen to 41". People are counts: „mit 47 Insassen“, „darunter sechs Kinder“, „Von den 63
  Fahrgästen wurden 21 verletzt, vier davon schwer“, „Elf Personen ..., drei von ihnen“ (a
  number word opening the row, three-hundredth), „Rund 80 weitere Gäste und Angestellte“
  "about", „rund 90 Fahrgästen ... sieben“, „23 Menschen ..., vier von ihnen“, „mit 148
  Passagieren“, „mit 174 Menschen an Bord“, „152 Fahrgäste ... aus den 38 Kabinen“, „23
  Kinder“, „fünf Kollegen“, „zwei Kollegen“, "138 passengers and six crew", "Four
  passengers", "about 600 passengers ..., injuring 14 people", "Three of the injured", "52
  people", "54 passengers", "26 survivors ..., and five people", "two pilots, a flight
  attendant and nine passengers" 2 and 9 ("a flight attendant" none, as "a shift
  supervisor", three-hundred-and-eighty-fifth), "412 passengers and 87 vehicles", "Nine
  passengers ..., and one crew member" 9 and 1 ("one" before a noun, hundred-sixty-ninth;
  three-hundred-and-eighty-fifth: "killed one worker"), "licensed to carry 120 passengers
  but had about 190 people on board" 120 and 190 "about", "Rescuers pulled 146 people ...,
  and at least 13" 146 and 13 "at_least", "Five people, two of them children", "Nineteen
  people ..., among them four firefighters, and three" (three-hundredth), "Two people have
  died and 17 others" ("others" no hedge), "the 19 passengers", "Four of the injured", "with
  more than 1,400 passengers aboard" "over", "Around 100 people" "about", "two other
  residents", "About 1,200 residents" "about", "Six miners were killed and four others",
  "around 850 people" "about", "64 passengers and four crew". New: „zwei Schwer- und 29
  Leichtverletzte“ is 2 and 29 - the hyphen before „und“ stands for the noun's end the two
  compounds share, so „zwei Schwer-“ counts the seriously injured as „Fünf Schwerverletzte“
  did (hundred-seventh), and each figure is counted once, as „rund 300 mal 200 Metern“ gives
  two counts (two-hundred-and-thirty-first). None: "one of them" (twice), „einer von ihnen“,
  "none needed hospital care" ("none" counts nothing, four-hundred-and-forty-third: "None of
  the four people"), "Nobody", "No one", „niemand“, "several passengers", "Both pilots",
  "both main engines", "both the engineer and the conductor", „Beide Besatzungen“, „unserer
  beiden Kollegen“ (in a negative), "a woman in her 60s", "A woman in her 30s" (fifty-fifth:
  "a man in his 30s").
- Altitudes, flight levels and speeds in the air are counts (fourth, forty-seventh,
  forty-eighth, three-hundred-and-thirty-ninth, three-hundred-and-sixty-sixth,
  four-hundred-and-forty-third): "from flight level 370 to 10,000 feet" 370 and 10,000
  (three-hundred-and-thirty-ninth: "flight level 230"), „in Flugfläche 340“ 340
  (three-hundred-and-sixty-sixth: „in Flugfläche 360“), "The cabin altitude climbed to about
  14,000 feet" "about", "descended to about 1,400 feet while still 11 nautical miles from
  Hobart Airport, almost 1,000 feet below the minimum safe altitude" 1,400 "about", 11 and
  1,000 "nearly" ("below" after a figure no hedge; nautical miles counted as „Seemeilen“ and
  "nautical miles", hundred-fortieth), "about 280 feet lower than the instruments showed"
  280 "about" ("lower" after a figure compares, hundred-first), "touched down about 2,300
  feet beyond the threshold and some 15 knots faster than its target speed" 2,300 and 15
  "about" ("some" "about"), "about 90 feet past the end of the runway", "at 149 knots,
  against a reference speed of 134 knots" 149 and 134 ("against" no hedge), "a wet runway
  5,950 feet long", "at about 105 knots", "about 150 metres short of the end of the runway",
  „bis auf rund 60 Meter seitlich und 30 Meter in der Höhe“ 60 "about" and 30 („bis auf“ no
  hedge and the hedge on the first figure only, four-hundred-and-forty-third), „mit bis zu
  32 Knoten ..., ... bei 141 Knoten“ 32 "up_to" and 141, "roughly 11 knots, about twice its
  usual docking speed" 11 and 2 "about", „mit einer Sinkrate von rund 1.100 Fuß pro Minute“
  1,100 "about" with „pro Minute“ none (three-hundred-and-thirty-ninth: "descending at about
  1,500 feet per minute"). New: "had been cruising at FL370" is count 370 - the abbreviation
  glued to its figure is the flight level written out, as "runway 4L/22R" glued letters to a
  designator (three-hundred-and-fifth) and "$4.1bn" glued the scale to a sum
  (four-hundred-and-fifty-second); here the letters name the scale, not an identifier, and
  the figure is the altitude read on it as in "flight level 230". New: „auf rund 6'500 Fuss
  über Meer“, „einen Sinkflug auf rund 10.000 Fuß“ and „rund 50 Fuß über der Bahn“ are
  counts 6,500, 10,000 and 50 "about" - „Fuß“ and the Swiss „Fuss“ are the German names of
  the foot in which aviation reads heights, counted as "at 38,000 feet"
  (four-hundred-and-forty-third) and as „Meter“ are; „über Meer“ none (tenth). New: „eine
  vertikale Belastung von 2,6 g“ is count 2.6 - a load factor in g is a measure read on its
  own scale, as a Mach number (three-hundred-and-sixty-sixth: „flog mit Mach 0,78“) and a
  flight level are, and the „g“ is no gram here; „fast doppelt so viel wie bei einer
  normalen Landung“ beside it is count 2 "nearly" (a multiple,
  four-hundred-and-ninety-third). New: "about 3 seconds after calling V1, the speed beyond
  which a take-off should normally be continued, which on that flight was 108 knots" is 3
  seconds "about" and 108 with none for "V1" - the name of a reference speed is a
  designation like "runway 12" and „Piste 23“ (two-hundred-and-thirty-first,
  three-hundred-and-fifth), while the speed it stood for that day is written out and
  counted.
- Other measures are counts (fourth, two-hundred-and-seventy-sixth,
  three-hundred-and-eighty-fifth, four-hundred-and-eighty-seventh): speeds on the ground and
  water („mit rund 80 km/h“, „mit rund 95 km/h“, „mit 103 km/h ..., zulässig sind für
  Reisebusse 100 km/h“, „bis zu 65 Kilometer pro Stunde, zulässig ... sind 50 km/h“ 65
  "up_to" and 50, "at about 38mph", "51 mph on track rated for 40 mph", "at about 110 kph"),
  distances, heights and lengths („nach etwa 350 Metern“, „in bis zu 45 Metern Höhe“
  "up_to", „Der rund 60 Meter hohe Kran“, „ein 38 Tonnen schweres Bauteil“, „Das 135 Meter
  lange Schiff“, „Auf den letzten rund 1,2 Kilometern“ 1.2 "about" - „letzten“ no ordinal,
  four-hundred-and-seventy-fourth: "the last red" -, „im Umkreis von vier Kilometern“ and
  „in einem Umkreis von rund 300 Metern“ (three-hundred-and-eighty-fifth), "fell about 200
  metres", "a gash about 8 feet long", "about 300 metres of track", "about 30 metres below",
  "about 14 nautical miles west of Holyhead", "waves up to 4 metres high" "up_to", "about
  480 metres underground", "drilled about 60 metres"), readings („bis zu 12 ppm Toluol“
  "up_to", „bei rund 180 Grad“ "about", „0,6 Promille“ 0.6 - tenth: „Promille“ a count -,
  "10 hectopascals too high" 10 - two-hundred-and-fifty-first: „14 Hektopascal“, and a
  difference as written, hundred-twenty-first -, "a seal 3 millimetres too thin" 3), wind on
  the Beaufort scale ("in winds of up to force 8" 8 "up_to"; forty-seventh: "severe gale
  force 9"), timber („rund 4.000 Festmeter“ "about"; two-hundred-and-forty-fourth), and
  capacities and storeys heading a compound ("The 188-car ferry" 188, "a 19-storey tower
  block" 19, "a six-story walk-up" 6; four-hundred-and-forty-third: "a 1-mile radius";
  two-hundred-and-third: "the five-storey building"), "the four-alarm blaze" 4
  (three-hundred-and-fifty-second: "A two-alarm fire"), "had flown that approach 37 times"
  37 (the issue: "100 Mal"), "had been fined twice" 2 (three-hundred-and-eighty-fifth:
  "twice"), „fast doppelt so viel“ 2 "nearly", „mehr als doppelt so viele“ 2 "over",
  "roughly twice as long as" 2 "about" (multiples, four-hundred-and-ninety-third). New:
  „unter einem Druck von knapp zwölf bar, zulässig sind ... höchstens acht bar“ is 12
  "nearly" and 8 "at_most" - a pressure in bar is a reading counted as hectopascals are
  (two-hundred-and-fifty-first) and as ppm are (three-hundred-and-eighty-fifth), „höchstens“
  "at_most" as every round. Crews and things: „Insgesamt 27 Feuerwehren mit rund 340
  Mitgliedern“ 27 and 340 "about" („Insgesamt“ no hedge; four-hundred-and-eighty-seventh:
  „Elf Feuerwehren mit 168 Mitgliedern“), „zwei Trockenkammern“, „drei Feuerwehrmänner“,
  „mit rund 120 Einsatzkräften“, „24 Ersatzbusse“, „mit 14 Fahrzeugen“, „zwei Ermittler“,
  „zwei Piloten und vier Passagieren“, „in drei Hotels“, „mehr als 40 Frachtschiffe“ "over",
  „rund 230 Menschen“, "Nine of the train's 24 wagons ..., and two of them"
  (four-hundred-and-forty-third: "Twenty-three of the train's 96 cars ..., and four of
  them"), "two overhead line masts", "more than 140 services" "over", "Two RNLI lifeboats",
  "a team of three inspectors", "More than 200 firefighters" "over", "Fifteen fire engines
  and around 90 firefighters", "Twenty-two of the train's 86 cars ..., and five of them",
  "17 complaints", "14 recommendations, including six" ("including" no hedge), "more than
  300 trackside signs" "over", "nine coaches ... two of them", "Four tyres", "37 flights",
  "212 bird strikes ..., up from 176" ("up from" no hedge), "More than 3,000 people ... each
  year" "over" ("each year" none), „in vier Fällen ... in 31 Fällen“ 4 and 31
  (four-hundred-and-eighty-seventh: "two counts of manslaughter"). None: the clock times
  („gegen 4.40 Uhr“, „gegen 7.15 Uhr“, „kurz nach 1.30 Uhr“, „gegen 2.10 Uhr“, „gegen 10.40
  Uhr“, "shortly after 10am", "shortly after 5pm"), roads, lines, runways and types
  („Autobahn 9“, „A9“ twice, „Piste 23“, „Airbus A320“, „Airbus A321“, „Cessna Citation“,
  "Airbus A320", "The Dash 8-400", "runway 12", "The Gulfstream G450" and "the G450", "The
  ATR 72"; three-hundred-and-thirty-ninth), the canton suffixes „VS“ and „FR“
  (four-hundred-and-eighty-seventh), „Warn-App Nina“, "e-bike", "lithium-ion".
- Durations (the issue's "fünfstündigen", "zehn Minuten"; hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-thirty-ninth,
  three-hundred-and-eighty-fifth, four-hundred-and-forty-third): seconds („rund vier
  Sekunden vor der grössten Annäherung“, "about 25 seconds later", "about 7 seconds after
  touchdown", "about 3 seconds after calling V1"); minutes ("in just over seven minutes" 7
  "over" - "just over" "over", hundred-first -, "for about 20 minutes", „rund 25 Minuten
  nach dem Start“, „Knapp 30 Minuten später“ "nearly"); hours of closures, fires, rescues,
  drift, delays and data („für gut sieben Stunden gesperrt“ "over", „erst nach knapp elf
  Stunden“ "nearly" - „„Brand aus““ a fire service's report, three-hundred-and-eighty-fifth
  -, „für rund 17 Stunden“, „während rund acht Stunden“ („während“ no hedge), „für rund neun
  Stunden“, „in einer knapp sechsstündigen Aktion“ 6 hours "nearly"
  (three-hundred-and-eighty-fifth: „nach einem knapp fünfstündigen Löscheinsatz“), "around
  48 hours", "for almost three hours" "nearly", "about five hours late", "for nearly three
  hours", "in just over two hours" "over", "burned for about 30 hours", "for at least 72
  hours" "at_least", "for almost two hours" "nearly", "about 31 hours of data"); duty and
  flying experience („seit fast zehn Stunden im Dienst, davon hatte er gut acht Stunden am
  Steuer gesessen“ 10 "nearly" and 8 "over", "on duty for more than 11 hours" "over", „mit
  rund 2'100 Flugstunden“ "about", „vor rund 400 Flugstunden“ "about", "more than 6,000
  hours of flying experience" "over", "about 14,200 flight hours, including 2,900 in the
  G450" 14,200 "about" and 2,900 - the elliptic second figure takes the unit of the first,
  four-hundred-and-forty-third: „rund 9'400 Stunden, davon gut 7'000“); days, weeks and
  months ("for at least two days" "at_least", "11 days before the flight", "for three days",
  "after nine days of repairs", "roughly every two days" 2 days "about" - an interval,
  three-hundred-and-thirty-ninth: "every three minutes" -, „vor drei Wochen“, „knapp drei
  Wochen am Boden“ and „Knapp drei Wochen nach“ "nearly", "at least three weeks of sailings"
  "at_least", "within 12 months" ("within" no hedge), „im Schnitt 19 Monate ..., ... bei
  zwölf Monaten“ („im Schnitt“ no hedge), "in less than four months" 4 months "under", "over
  the first eight months of 2027" 1, 8 months and the year (four-hundred-and-eighty-seventh:
  "in the first three weeks")); years („vor zwei Jahren“, „Binnen vier Jahren“ - „binnen“ no
  hedge -, "about 14 years old" of a minibus "about" and "the 18-year-old ship" -
  four-hundred-and-forty-third: „erst drei Jahre alt“ of a bus). Ages are durations in years
  (every batch): „eine 71 Jahre alte Frau“, „Der 52-jährige Fahrer“, „Der 52-Jährige“, „ein
  63-jähriger Deutscher“, „der 58-jährige Lokführer“, „im Alter von 67 und 69 Jahren“ both
  (the unit written once, forty-sixth), „einen 41 Jahre alten Arbeiter“, „erst vier Jahre
  alt“ („erst“ no hedge), „der 46-jährige Lastwagenchauffeur“, „Der 56-jährige Kapitän“,
  „ein 29-jähriger Mitarbeiter“, "the captain, 44,", "The driver, 38,", "The captain, 61,",
  "a 74-year-old woman, a couple aged 41 and 39, and their sons, aged 6 and 9" five ages,
  "aged between 24 and 68" both ("between" no hedge, three-hundred-and-eighty-eighth), "a
  57-year-old man". None: „stundenlang“ (eleventh, hundred-thirteenth), „seit Jahren“ and
  "for years" (in negatives; three-hundred-and-eighty-fifth), „in der Nacht auf Dienstag“,
  „am frühen Montagmorgen“, „Bis zum Nachmittag“, „Am Abend“, „im vergangenen Jahr“, „im
  Jahr davor“, „heuer“, „im Juli“, „im August“, „im Frühjahr“, „im Juni“, "before dawn",
  "overnight" (twice), "by late afternoon", "By late Monday", "this month", "this year"
  (twice), "last year", "a year earlier", "the previous year", "since January", "since
  Tuesday", "in May", weekdays and their parts.
- Ordinals and fractions (the issue's „das sechste Treffen“ and "jeder vierte"; every
  batch): „der zweite schwere Zugunfall in Niederösterreich heuer“ 2, „bereits der dritte
  Unfall an diesem Übergang seit 2023“ 3 and the year („bereits“ no hedge), „Binnen vier
  Jahren ... bereits der zweite tödliche Unfall“ 4 years and 2, „im dritten Obergeschoss“ 3,
  "the second hard docking at Fauntleroy since March 2026" 2 and the year, "the first half
  of 2028" 1 and the year (four-hundred-and-seventy-fourth: "the first half of 2028"), "the
  third fatal bus accident in Peru's Andes this month" 3, "the fourth deadly ferry accident
  in the Philippines since January" 4, "a third-floor apartment" 3 and "to the sixth floor"
  6 (four-hundred-and-eighty-seventh: "a second-floor window"), "the city's 14th fatal
  e-bike battery fire" 14, "on the 11th floor" 11, "the second serious train collision in
  India in less than four months" 2 and 4 months "under", "the first eight months" 1. „nach
  ersten Erkenntnissen“ (four times) carries none (thirty-second,
  two-hundred-and-thirty-first), and so do "Chile's deadliest mining accident since 2019"
  (the year only), „der jüngste Fahrgast“ and „grössten Annäherung“ (superlatives,
  hundred-fifty-second). Fractions: „rund ein Drittel davon“ 0.3333 "about", „Bei fast jedem
  vierten tödlichen Unfall“ 0.25 "nearly" (three-hundred-and-eighty-fifth: „Fast jeder
  dritte tödliche Arbeitsunfall“).
- Money in the currency of the story's country (two-hundred-and-third,
  three-hundred-and-thirty-ninth, three-hundred-and-eighty-fifth): "1 million rupees ... and
  200,000 rupees" in the Indian story INR ("to the family of every victim" and "to each of
  those" none), „für rund 14 Millionen Euro“ EUR "about"; „in Höhe von mehreren Millionen
  Euro“ none (a vague magnitude, above).
- Years and dates: Reuters datelines with a day ("LONDON, Sept 13", "LIMA, Sept 17",
  "MANILA, Sept 22", "NEW DELHI, Sept 27", "DUBLIN, Oct 1") are dates without a year
  (three-hundred-and-ninety-fifth, four-hundred-and-forty-third); dpa ("dpa/lby", "dpa/lnw",
  "dpa/lni", "dpa/bb", "dpa/lsw"), APA, Keystone-SDA, AP ("SEATTLE (AP) —", "TETERBORO, N.J.
  (AP) —", "NEW YORK (AP) —", "WASHINGTON (AP) —"), PA, AAP and AFP datelines none
  (seventy-ninth). "on the evening of August 29" --08-29 (three-hundred-and-thirty-ninth:
  "on Feb. 19"). Years: „neun weniger als 2025“ 9 and the year („weniger als“ after a figure
  compares, three-hundred-and-eighty-fifth), „seit 2015“, „das 2019 ausgelieferte
  Triebwerk“, „seit 2023“, "since March 2026" (the year, four-hundred-and-ninety-third: "in
  May 2025"), "the first half of 2028", "since 2021", "since 2024", "since 2019", "of 2027".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "Around", "roughly", "some" "about"; „knapp“, „Knapp“, „fast“, "almost", "nearly"
  "nearly"; „gut“, „mehr als“, "more than", "More than", "just over" "over"; "less than"
  "under"; „mindestens“, "at least", "At least" "at_least"; „bis zu“, "up to" "up_to";
  „höchstens“ "at_most". No hedge: „weitere“, "others", „Insgesamt“, „erst“, „bereits“,
  „noch“, „im Schnitt“, „während“, „binnen“, „bis auf“, "within", "between", "against",
  "including", "among them", "up from", "later", and „weniger als“, "below", "lower",
  "faster", "beyond", "past", "short of" and "too thin"/"too high" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „teilte die Polizei
  mit“ -> "die Polizei" (hundred-seventh, four-hundred-and-forty-third), „teilte das
  Bezirksfeuerwehrkommando Murtal mit“ (three-hundred-and-eighty-fifth: „teilte das
  Bezirksfeuerwehrkommando Amstetten mit“), „teilte die Feuerwehr mit“ -> "die Feuerwehr"
  after a fact without a figure (three-hundred-and-eighty-fifth: „Nach Angaben der
  Feuerwehr“), „teilte die Landespolizeidirektion Niederösterreich mit“
  (three-hundred-and-thirty-ninth), „wie die Kantonspolizei Wallis mitteilte“
  (four-hundred-and-eighty-seventh), „Nach Angaben der Wasserschutzpolizei“ -> "die
  Wasserschutzpolizei" (four-hundred-and-forty-third); „sagte Polizeisprecher Quirin
  Zellhuber-Ntim“, „sagte SUST-Untersuchungsleiter Mauro Cadruvi-Ansong“ after a quoted
  finding, „sagte BFU-Sprecherin Henrike Marschollek-Tran“, „sagte
  SUST-Untersuchungsleiterin Fabienne Züblin-Grolimund“ and „sagte Oberstaatsanwältin
  Irmtraud Gebhardt-Nnadi“ the name with the title dropped (hundred-seventh,
  four-hundred-and-forty-third); „Werkleiter Arnulf Brökelmann-Dzidzornu sagte, ...“,
  „Werftsprecherin Imke Hinrichs-Addai sagte, ...“, „BFU-Direktorin Edeltraud Wiesmeth-Larbi
  sagte, ...“, „Betriebsleiter Florian Gstrein-Nocker sagte, ...“, „Havelair-Sprecher Jonas
  Priebisch-Asiedu sagte, ...“ and „Werkssprecherin Sieglinde Pramhas-Eder sagte, ...“
  opening the row the name (three-hundred-and-eighty-fifth,
  four-hundred-and-eighty-seventh). English: "the Air Accidents Investigation Branch said on
  Monday, publishing its interim report" (three-hundred-and-thirty-ninth: "the National
  Transportation Safety Board said on Tuesday, releasing ..."), "In an initial statement,
  the Rail Accident Investigation Branch said" (three-hundred-and-thirty-ninth: "In an
  interim statement, ..."), "The Australian Transport Safety Bureau said on Thursday that
  ..." opening the row, "the National Transportation Safety Board said Monday" and "the Air
  Accident Investigation Unit said in a preliminary report" each with the article in lower
  case (four-hundred-and-forty-third); "Network Rail said" and "London Fire Brigade said" as
  written (four-hundred-and-forty-third, four-hundred-and-eighty-seventh); "spokeswoman
  Marnie Lindqvist-Obeng said", "ATSB director of transport safety Carys Wunderlich-Pham
  said", "NTSB investigator-in-charge Lamar Pettibone-Dunmore said", "Calf Sound Ferries
  spokesman Euan Kinnersley-Amoah said", "Deputy Chief Marisa Colangelo-Reyes said",
  "Superintendent Brodie Kilcullen-Maher said", "Station commander Kwame Ellesmere-Bostock
  said" and "Board member Rosalyn Treadaway-Ambrose said" the name with the role or rank
  dropped (four-hundred-and-forty-third, four-hundred-and-eighty-seventh); "regional police
  chief Colonel Wilfredo Mamani-Urquizo told reporters", "coast guard spokesman Arnel
  Villaruz-Bañez told reporters" and "Railway board spokesman Anand Bhargava-Sethi told
  reporters that ..." the name ("told reporters" names the speaker, two-hundred-and-fourth).
  Each row's diacritics and hyphens are its speaker's („Brökelmann-Dzidzornu“,
  „Züblin-Grolimund“, "Villaruz-Bañez"). Left unchecked (None): all negatives, also those
  with a named speaker or a body; roles („teilte ein Polizeisprecher mit“, „Eine Sprecherin
  der Reederei sagte“, "Network Rail's route director said", "A company spokesman said", "A
  Slaney Air spokeswoman said", "the railways minister promised"); pronouns ("he said"
  twice, "she said"; four-hundred-and-eighty-second); plural and unnamed groups ("fire
  officials said", "officials said", "federal investigators said", "Irish investigators
  said", "Investigators found"; forty-first, four-hundred-and-forty-third); bodies by a
  common noun or with a description ("the agency said" - four-hundred-and-eighty-seventh -,
  "the coastguard said", "the coast guard said", "the coast guard lowered the toll", "The
  railroad said", "the national mining agency said", "The branch expects", "The brigade has
  been called"; three-hundred-and-eighty-fifth, four-hundred-and-forty-third); compounds,
  own statements and prepositions of source („nach Werftangaben“ and „nach Polizeiangaben“ -
  four-hundred-and-forty-third: „nach Polizeiangaben“ -, „nach eigenen Angaben“, „laut BFU“,
  „laut Polizei“, „gemäss Bericht“, „Gemäss Kantonspolizei Freiburg“ -
  four-hundred-and-ninetieth: „gemäss Kantonspolizei“ -, „nach Angaben des Unternehmens“ - a
  neuter genitive, three-hundredth: „nach Angaben des Konzerns“); reports, documents and
  data („heißt es im Bericht“, „hieß es bei der SUB“ and „hieß es bei der Berufsfeuerwehr
  Linz“ - two-hundred-and-ninety-eighth -, „Das steht im Zwischenbericht ...“, „Zu diesem
  Ergebnis kommen die Ermittler ...“, „So steht es in der ... Jahresstatistik“, "the report
  said", "According to the preliminary report", "A Reuters tally showed", "Figures from
  Dublin Airport showed"; hundred-fifth, two-hundred-and-thirty-first); verbs that are not
  of saying („Die SUST stuft ... ein und empfiehlt“, „Die BFU wertet ... und hat ...
  geschickt“, „registrierte die BFU“, „untersuchte die Behörde“, „korrigierte die
  Feuerwehr“, "The National Transportation Safety Board found", "The board issued";
  three-hundred-and-thirty-ninth, four-hundred-and-forty-third); and every "according to"
  ("according to agency records", "according to police" twice, "according to government
  figures", "according to fire department data", "according to regulators"). As the
  three-hundred-and-thirty-ninth and four-hundred-and-forty-third batches did, and to keep
  the checked speakers near 35, several figures are told with forms left unchecked or with
  no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_507 = [
    # --- Busunfall auf der A9 (dpa/lby), Montag, 13. September ---
    (
        "de",
        "Hilpoltstein (dpa/lby) - Beim Unfall eines Reisebusses auf der Autobahn 9 in Mittelfranken sind am frühen Montagmorgen mindestens drei Menschen ums Leben gekommen und 31 weitere verletzt worden, teilte die Polizei mit.",
        True,
        [("count", 3, None, "at_least"), ("count", 31, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Der Doppeldecker mit 47 Insassen war auf dem Weg von Prag nach Mailand und kam gegen 4.40 Uhr in Fahrtrichtung München nach rechts von der Fahrbahn ab.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Verletzten sind zwei Schwer- und 29 Leichtverletzte, darunter sechs Kinder.",
        True,
        [("count", 2, None, None), ("count", 29, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Bis zum Nachmittag erhöhte sich die Zahl der Todesopfer auf vier, nachdem eine 71 Jahre alte Frau im Klinikum Nürnberg ihren Verletzungen erlegen war.",
        True,
        [("count", 4, None, None), ("duration", 71, "year", None)],
        None,
    ),
    (
        "de",
        "Der 52-jährige Fahrer soll nach ersten Erkenntnissen kurz eingenickt sein, sagte Polizeisprecher Quirin Zellhuber-Ntim.",
        True,
        [("duration", 52, "year", None)],
        "Quirin Zellhuber-Ntim",
    ),
    (
        "de",
        "Die A9 war in Richtung München für gut sieben Stunden gesperrt.",
        True,
        [("duration", 7, "hour", "over")],
        None,
    ),
    (
        "de",
        "„Als ich aufgewacht bin, lag der Bus schon auf der Seite, und überall waren Scherben“, sagte eine Passagierin aus Brünn dem Bayerischen Rundfunk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bayerns Innenminister nannte das Unglück einen „Albtraum für jede Familie, die Angehörige in diesem Bus hatte“.",
        False,
        [],
        None,
    ),
    # --- Cabin pressure loss over the North Sea (Reuters), Monday, Sept 13 ---
    (
        "en",
        "LONDON, Sept 13 (Reuters) - A Skerryvale Airways jet descended from flight level 370 to 10,000 feet in just over seven minutes after losing cabin pressure over the North Sea, the Air Accidents Investigation Branch said on Monday, publishing its interim report.",
        True,
        [
            ("date", "--09-13", None, None),
            ("count", 370, None, None),
            ("count", 10000, None, None),
            ("duration", 7, "minute", "over"),
        ],
        "the Air Accidents Investigation Branch",
    ),
    (
        "en",
        "The Airbus A320, flying from Aberdeen to Bergen with 138 passengers and six crew, had been cruising at FL370 for about 20 minutes when a pressure warning sounded.",
        True,
        [
            ("count", 138, None, None),
            ("count", 6, None, None),
            ("count", 370, None, None),
            ("duration", 20, "minute", "about"),
        ],
        None,
    ),
    (
        "en",
        "The cabin altitude climbed to about 14,000 feet before the oxygen masks dropped, the report said.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    (
        "en",
        "Investigators found that an outflow valve had been fitted with a seal 3 millimetres too thin during maintenance 11 days before the flight.",
        True,
        [("count", 3, None, None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "en",
        "Four passengers were treated for ear injuries in Bergen, and none needed hospital care.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The branch expects to publish its final report within 12 months.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        '"People were praying out loud, and the crew just kept telling us to breathe slowly," one passenger told the BBC.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Skerryvale Airways said nothing mattered more to it than the wellbeing of the people on board.",
        False,
        [],
        None,
    ),
    # --- Großbrand in einem Sägewerk (APA), Dienstag, 14. September ---
    (
        "de",
        "Judenburg (APA) - Ein Großbrand in einem Sägewerk im Bezirk Murtal hat in der Nacht auf Dienstag einen Schaden in Höhe von mehreren Millionen Euro verursacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt 27 Feuerwehren mit rund 340 Mitgliedern standen im Einsatz, teilte das Bezirksfeuerwehrkommando Murtal mit.",
        True,
        [("count", 27, None, None), ("count", 340, None, "about")],
        "das Bezirksfeuerwehrkommando Murtal",
    ),
    (
        "de",
        "„Brand aus“ konnte erst nach knapp elf Stunden gegeben werden.",
        True,
        [("duration", 11, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die Flammen hatten von einer Lagerhalle auf zwei Trockenkammern übergegriffen, rund 4.000 Festmeter Schnittholz verbrannten.",
        True,
        [("count", 2, None, None), ("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "Verletzt wurden drei Feuerwehrmänner, einer von ihnen erlitt eine Rauchgasvergiftung.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Brandursache ist noch unklar, Brandermittler des Landeskriminalamts haben am Vormittag ihre Arbeit aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„So etwas habe ich noch nie erlebt, der ganze Himmel über dem Tal war orange“, sagte ein Anrainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bezirksfeuerwehrkommandant Hubert Wimpissinger-Agyekum lobte die Zusammenarbeit der Wehren als „vorbildlich“.",
        False,
        [],
        None,
    ),
    # --- Ferry strikes dock in Seattle (AP), Tuesday, Sept 14 ---
    (
        "en",
        "SEATTLE (AP) — A Washington State Ferries vessel carrying about 600 passengers struck the dock at the Fauntleroy terminal on Tuesday morning, injuring 14 people, the agency said.",
        True,
        [("count", 600, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The 188-car ferry was approaching at roughly 11 knots, about twice its usual docking speed, when its propulsion control failed, spokeswoman Marnie Lindqvist-Obeng said.",
        True,
        [("count", 188, None, None), ("count", 11, None, "about"), ("count", 2, None, "about")],
        "Marnie Lindqvist-Obeng",
    ),
    (
        "en",
        "Three of the injured were taken to Harborview Medical Center, one of them with a broken hip.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The collision tore a gash about 8 feet long in the hull above the waterline, and the ferry will miss at least three weeks of sailings.",
        True,
        [("count", 8, None, "about"), ("duration", 3, "week", "at_least")],
        None,
    ),
    (
        "en",
        "The U.S. Coast Guard and the National Transportation Safety Board have opened investigations.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It was the second hard docking at Fauntleroy since March 2026, according to agency records.",
        True,
        [("ordinal", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        '"It felt like hitting a wall, and coffee cups went flying everywhere," said a commuter from Vashon Island.',
        False,
        [],
        None,
    ),
    ("en", "Lindqvist-Obeng said the agency was grateful that nobody had been more seriously hurt.", False, [], None),
    # --- SUST-Zwischenbericht zu einer Annäherung über dem Jura (Keystone-SDA), Mittwoch, 15. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein Segelflugzeug und ein Geschäftsreiseflugzeug sind sich im Juli über dem Jura bis auf rund 60 Meter seitlich und 30 Meter in der Höhe nahe gekommen.",
        True,
        [("count", 60, None, "about"), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Das steht im Zwischenbericht, den die Schweizerische Sicherheitsuntersuchungsstelle (SUST) am Mittwoch veröffentlicht hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Jet, eine Cessna Citation mit zwei Piloten und vier Passagieren, befand sich im Steigflug aus Grenchen auf rund 6'500 Fuss über Meer.",
        True,
        [("count", 2, None, None), ("count", 4, None, None), ("count", 6500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Piloten des Jets sahen den Segler gemäss Bericht erst rund vier Sekunden vor der grössten Annäherung.",
        True,
        [("duration", 4, "second", "about")],
        None,
    ),
    (
        "de",
        "Der Segelflugzeugpilot, ein 63-jähriger Deutscher mit rund 2'100 Flugstunden, hatte seinen Transponder nicht eingeschaltet.",
        True,
        [("duration", 63, "year", None), ("duration", 2100, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die SUST stuft den Vorfall als schwer ein und empfiehlt dem Bundesamt für Zivilluftfahrt, eine Transponderpflicht für Segelflugzeuge im Raum Grenchen zu prüfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Beide Besatzungen hatten praktisch keine Chance, einander rechtzeitig zu sehen», sagte SUST-Untersuchungsleiter Mauro Cadruvi-Ansong.",
        True,
        [],
        "Mauro Cadruvi-Ansong",
    ),
    (
        "de",
        "Der Segelflugverband bedauerte den Vorfall und kündigte an, seine Mitglieder noch stärker zu sensibilisieren.",
        False,
        [],
        None,
    ),
    # --- Freight train derails near Carlisle (PA), Wednesday, Sept 15 ---
    (
        "en",
        "CARLISLE (PA) - A cement train came off the rails at about 38mph just south of Carlisle early on Wednesday, shutting the West Coast Main Line for at least two days.",
        True,
        [("count", 38, None, "about"), ("duration", 2, "day", "at_least")],
        None,
    ),
    (
        "en",
        "Nine of the train's 24 wagons left the rails, and two of them overturned down an embankment, Network Rail said.",
        True,
        [("count", 9, None, None), ("count", 24, None, None), ("count", 2, None, None)],
        "Network Rail",
    ),
    (
        "en",
        "No one was hurt, but about 300 metres of track and two overhead line masts were damaged.",
        True,
        [("count", 300, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "In an initial statement, the Rail Accident Investigation Branch said a rail had fractured in 14 places beneath the train.",
        True,
        [("count", 14, None, None)],
        "the Rail Accident Investigation Branch",
    ),
    (
        "en",
        "Avanti West Coast cancelled more than 140 services between Preston and Glasgow on Wednesday.",
        True,
        [("count", 140, None, "over")],
        None,
    ),
    (
        "en",
        "Network Rail's route director said engineers would need around 48 hours to lift the wagons and rebuild the line.",
        True,
        [("duration", 48, "hour", "about")],
        None,
    ),
    (
        "en",
        '"We are sorry for the disruption this is causing to so many passengers," the route director said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rail unions said the derailment showed that the maintenance backlog on the line had been ignored for far too long.",
        False,
        [],
        None,
    ),
    # --- BFU-Zwischenbericht zur harten Landung in Hamburg (dpa), Donnerstag, 16. September ---
    (
        "de",
        "Hamburg (dpa) - Bei der harten Landung eines Airbus A320 in Hamburg im August hat das Fahrwerk eine vertikale Belastung von 2,6 g abbekommen, fast doppelt so viel wie bei einer normalen Landung.",
        True,
        [("count", 2.6, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Zu diesem Ergebnis kommen die Ermittler der Bundesstelle für Flugunfalluntersuchung (BFU) in einem am Donnerstag veröffentlichten Zwischenbericht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Maschine der Fluggesellschaft Havelair mit 162 Passagieren und sechs Besatzungsmitgliedern setzte demnach mit einer Sinkrate von rund 1.100 Fuß pro Minute auf der Piste 23 auf.",
        True,
        [("count", 162, None, None), ("count", 6, None, None), ("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Im Endanflug wehte der Wind laut BFU in Böen mit bis zu 32 Knoten, die Anfluggeschwindigkeit lag bei 141 Knoten.",
        True,
        [("count", 32, None, "up_to"), ("count", 141, None, None)],
        None,
    ),
    (
        "de",
        "Die Besatzung habe rund 50 Fuß über der Bahn den Schub zu früh zurückgenommen, heißt es im Bericht.",
        True,
        [("count", 50, None, "about")],
        None,
    ),
    (
        "de",
        "Verletzt wurde niemand, der Jet blieb aber wegen Schäden am Hauptfahrwerk knapp drei Wochen am Boden, sagte BFU-Sprecherin Henrike Marschollek-Tran.",
        True,
        [("duration", 3, "week", "nearly")],
        "Henrike Marschollek-Tran",
    ),
    (
        "de",
        "„Das war eine ernste Situation, aber keine, in der jemand um sein Leben fürchten musste“, sagte Marschollek-Tran.",
        False,
        [],
        None,
    ),
    ("de", "Havelair erklärte, man arbeite eng und vertrauensvoll mit den Ermittlern zusammen.", False, [], None),
    # --- ATSB on a low approach into Hobart (AAP), Thursday, Sept 16 ---
    (
        "en",
        "HOBART (AAP) - A Tasman Link turboprop carrying 52 people descended to about 1,400 feet while still 11 nautical miles from Hobart Airport, almost 1,000 feet below the minimum safe altitude for that stage of the approach.",
        True,
        [
            ("count", 52, None, None),
            ("count", 1400, None, "about"),
            ("count", 11, None, None),
            ("count", 1000, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "The Australian Transport Safety Bureau said on Thursday that the aircraft's terrain warning sounded and the crew climbed away about 25 seconds later.",
        True,
        [("duration", 25, "second", "about")],
        "the Australian Transport Safety Bureau",
    ),
    (
        "en",
        "The Dash 8-400 had been cleared for an approach to runway 12 in low cloud and rain on the evening of August 29.",
        True,
        [("date", "--08-29", None, None)],
        None,
    ),
    (
        "en",
        "Both pilots had more than 6,000 hours of flying experience, and the captain, 44, had flown that approach 37 times in the previous year.",
        True,
        [("duration", 6000, "hour", "over"), ("duration", 44, "year", None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "ATSB director of transport safety Carys Wunderlich-Pham said the crew had set the altimeter's pressure reference 10 hectopascals too high, which put the aircraft about 280 feet lower than the instruments showed.",
        True,
        [("count", 10, None, None), ("count", 280, None, "about")],
        "Carys Wunderlich-Pham",
    ),
    (
        "en",
        "A final report is expected in the first half of 2028.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("en", "Tasman Link said it had full confidence in its pilots and in its procedures.", False, [], None),
    (
        "en",
        '"This is the kind of event that keeps investigators awake at night," Wunderlich-Pham said.',
        False,
        [],
        None,
    ),
    # --- Explosion im Chemiepark Marl (dpa/lnw), Freitag, 17. September ---
    (
        "de",
        "Marl (dpa/lnw) - Zwei Arbeiter sind am Freitagmorgen bei einer Verpuffung in einer Destillationsanlage im Chemiepark Marl ums Leben gekommen, mindestens neun weitere wurden verletzt.",
        True,
        [("count", 2, None, None), ("count", 9, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Unglück ereignete sich gegen 7.15 Uhr in einem Betriebsteil des Herstellers Marler Feinchemie, in dem Lösungsmittel aufbereitet werden, teilte die Feuerwehr mit.",
        True,
        [],
        "die Feuerwehr",
    ),
    (
        "de",
        "Die Stadt löste über die Warn-App Nina eine Warnung aus und forderte die Menschen im Umkreis von vier Kilometern auf, Fenster und Türen geschlossen zu halten.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Messtrupps stellten an der Werksgrenze bis zu 12 ppm Toluol fest, in den Wohngebieten lagen die Werte unter der Nachweisgrenze.",
        True,
        [("count", 12, None, "up_to")],
        None,
    ),
    (
        "de",
        "Werkleiter Arnulf Brökelmann-Dzidzornu sagte, die Anlage sei erst vor drei Wochen nach einer planmäßigen Revision wieder angefahren worden.",
        True,
        [("duration", 3, "week", None)],
        "Arnulf Brökelmann-Dzidzornu",
    ),
    (
        "de",
        "Am Abend korrigierte die Feuerwehr die Zahl der Verletzten auf elf, zwei davon schwer.",
        True,
        [("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind in Gedanken bei den Familien unserer beiden Kollegen“, sagte Brökelmann-Dzidzornu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob ein Bedienfehler oder ein Materialschaden die Verpuffung auslöste, konnten die Ermittler am Abend noch nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Bus plunges into ravine in Peru (Reuters), Friday, Sept 17 ---
    (
        "en",
        "LIMA, Sept 17 (Reuters) - A long-distance bus went off a mountain road in Peru's Ayacucho region before dawn on Friday and fell about 200 metres, killing at least 23 people, according to police.",
        True,
        [("date", "--09-17", None, None), ("count", 200, None, "about"), ("count", 23, None, "at_least")],
        None,
    ),
    (
        "en",
        "The bus, operated by Transportes Cóndor Andino, was carrying 54 passengers on an overnight route from Lima to Cusco.",
        True,
        [("count", 54, None, None)],
        None,
    ),
    (
        "en",
        "Rescuers pulled 26 survivors from the wreckage, and five people were still missing by late afternoon.",
        True,
        [("count", 26, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The toll later rose to 27 after four bodies were recovered from the river below, regional police chief Colonel Wilfredo Mamani-Urquizo told reporters.",
        True,
        [("count", 27, None, None), ("count", 4, None, None)],
        "Wilfredo Mamani-Urquizo",
    ),
    (
        "en",
        "The driver, 38, had been at the wheel for about nine hours without a break, he said.",
        True,
        [("duration", 38, "year", None), ("duration", 9, "hour", "about")],
        None,
    ),
    (
        "en",
        "A Reuters tally showed it was the third fatal bus accident in Peru's Andes this month.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "More than 3,000 people die on Peru's roads each year, according to government figures.",
        True,
        [("count", 3000, None, "over")],
        None,
    ),
    (
        "en",
        "The transport minister vowed to crack down on long-distance operators that flout the rules.",
        False,
        [],
        None,
    ),
    # --- Zugunfall auf der Westbahn (APA), Montag, 20. September ---
    (
        "de",
        "Pöchlarn (APA) - Ein Regionalzug ist in der Nacht auf Montag auf der Westbahn auf einen stehenden Güterzug aufgefahren, der 58-jährige Lokführer des Regionalzugs kam dabei ums Leben.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Von den 63 Fahrgästen wurden 21 verletzt, vier davon schwer, teilte die Landespolizeidirektion Niederösterreich mit.",
        True,
        [("count", 63, None, None), ("count", 21, None, None), ("count", 4, None, None)],
        "die Landespolizeidirektion Niederösterreich",
    ),
    (
        "de",
        "Nach ersten Erkenntnissen hatte der Triebwagen beim Aufprall noch eine Geschwindigkeit von rund 80 km/h.",
        True,
        [("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "Die Sicherheitsuntersuchungsstelle des Bundes (SUB) prüft, ob ein Signal fälschlich auf Grün geschaltet hatte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Datenschreiber des Triebwagens sei geborgen und werde in Wien ausgewertet, hieß es bei der SUB.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Westbahn zwischen Melk und Ybbs blieb für rund 17 Stunden gesperrt, die ÖBB setzten 24 Ersatzbusse ein.",
        True,
        [("duration", 17, "hour", "about"), ("count", 24, None, None)],
        None,
    ),
    ("de", "Es ist der zweite schwere Zugunfall in Niederösterreich heuer.", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Die Gewerkschaft vida forderte, die Sicherheitstechnik auf der gesamten Strecke rasch auf den neuesten Stand zu bringen.",
        False,
        [],
        None,
    ),
    # --- NTSB on a runway overrun at Teterboro (AP), Monday, Sept 20 ---
    (
        "en",
        "TETERBORO, N.J. (AP) — A charter jet that ran off the end of a runway at Teterboro Airport touched down about 2,300 feet beyond the threshold and some 15 knots faster than its target speed, the National Transportation Safety Board said Monday.",
        True,
        [("count", 2300, None, "about"), ("count", 15, None, "about")],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The Gulfstream G450, operated by Palisades Jet Charter, came to rest in a crushable barrier about 90 feet past the end of the runway with two pilots, a flight attendant and nine passengers aboard.",
        True,
        [("count", 90, None, "about"), ("count", 2, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Nobody was seriously hurt, though three passengers were treated for minor injuries.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "According to the preliminary report, the jet crossed the threshold at 149 knots, against a reference speed of 134 knots, on a wet runway 5,950 feet long.",
        True,
        [("count", 149, None, None), ("count", 134, None, None), ("count", 5950, None, None)],
        None,
    ),
    (
        "en",
        "The crew deployed the thrust reversers about 7 seconds after touchdown, roughly twice as long as the operator's procedures allow.",
        True,
        [("duration", 7, "second", "about"), ("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        "The captain, 61, had about 14,200 flight hours, including 2,900 in the G450.",
        True,
        [("duration", 61, "year", None), ("duration", 14200, "hour", "about"), ("duration", 2900, "hour", None)],
        None,
    ),
    (
        "en",
        "NTSB investigator-in-charge Lamar Pettibone-Dunmore said the team had downloaded about 31 hours of data from the flight data recorder.",
        True,
        [("duration", 31, "hour", "about")],
        "Lamar Pettibone-Dunmore",
    ),
    ("en", '"That barrier did exactly what it was built to do," Pettibone-Dunmore said.', False, [], None),
    ("en", "Palisades Jet Charter did not respond to requests for comment on Monday.", False, [], None),
    # --- Hotelbrand in Zermatt (Keystone-SDA), Dienstag, 21. September ---
    (
        "de",
        "Zermatt (Keystone-SDA) - Bei einem Brand in einem Hotel in Zermatt VS sind in der Nacht auf Dienstag zwei Gäste ums Leben gekommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Rund 80 weitere Gäste und Angestellte konnten sich ins Freie retten oder wurden über Leitern geborgen, wie die Kantonspolizei Wallis mitteilte.",
        True,
        [("count", 80, None, "about")],
        "die Kantonspolizei Wallis",
    ),
    (
        "de",
        "Bei den Toten handelt es sich um ein Ehepaar aus den Niederlanden im Alter von 67 und 69 Jahren.",
        True,
        [("duration", 67, "year", None), ("duration", 69, "year", None)],
        None,
    ),
    (
        "de",
        "Elf Personen wurden mit Rauchvergiftungen ins Spital nach Visp gebracht, drei von ihnen wurden mit dem Helikopter nach Sitten geflogen.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Feuer war kurz nach 1.30 Uhr im dritten Obergeschoss ausgebrochen und griff rasch auf den Dachstock über.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehr stand mit rund 120 Einsatzkräften aus dem ganzen Mattertal im Einsatz.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir sind zutiefst erschüttert und in Gedanken bei den Angehörigen», sagte der Gemeindepräsident.",
        False,
        [],
        None,
    ),
    ("de", "Warum die Flammen so rasch auf den Dachstock übergreifen konnten, blieb vorerst offen.", False, [], None),
    # --- Ferry adrift in the Irish Sea (PA), Tuesday, Sept 21 ---
    (
        "en",
        "HOLYHEAD (PA) - A ferry carrying 412 passengers and 87 vehicles drifted without power in the Irish Sea for almost three hours on Tuesday in winds of up to force 8.",
        True,
        [
            ("count", 412, None, None),
            ("count", 87, None, None),
            ("duration", 3, "hour", "nearly"),
            ("count", 8, None, "up_to"),
        ],
        None,
    ),
    (
        "en",
        "The Calf Sound Ferries vessel lost both main engines about 14 nautical miles west of Holyhead shortly after 10am, the coastguard said.",
        True,
        [("count", 14, None, "about")],
        None,
    ),
    (
        "en",
        "Two RNLI lifeboats and a coastguard helicopter stood by while engineers worked to restart an engine, and the ship reached port about five hours late.",
        True,
        [("count", 2, None, None), ("duration", 5, "hour", "about")],
        None,
    ),
    (
        "en",
        "Nine passengers were treated for minor injuries after the ship rolled heavily, and one crew member broke a wrist.",
        True,
        [("count", 9, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The Marine Accident Investigation Branch has sent a team of three inspectors to Holyhead.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Calf Sound Ferries spokesman Euan Kinnersley-Amoah said the 18-year-old ship had passed its last engine overhaul in May.",
        True,
        [("duration", 18, "year", None)],
        "Euan Kinnersley-Amoah",
    ),
    (
        "en",
        '"Cars were sliding about on the vehicle deck and children were screaming," a passenger from Dublin told PA.',
        False,
        [],
        None,
    ),
    ("en", "Kinnersley-Amoah apologised to passengers for what he called a frightening ordeal.", False, [], None),
    # --- Kranunfall auf einer Werft in Papenburg (dpa/lni), Mittwoch, 22. September ---
    (
        "de",
        "Papenburg (dpa/lni) - Auf dem Gelände der Werft Emsland Schiffbau ist am Mittwoch ein Schwerlastkran umgestürzt und hat einen 41 Jahre alten Arbeiter unter sich begraben.",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann aus dem Landkreis Leer starb noch an der Unfallstelle, zwei Kollegen wurden leicht verletzt, teilte ein Polizeisprecher mit.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der rund 60 Meter hohe Kran hatte nach Werftangaben gerade ein 38 Tonnen schweres Bauteil angehoben, als er zur Seite kippte.",
        True,
        [("count", 60, None, "about"), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Zum Unfallzeitpunkt erreichten die Böen bis zu 65 Kilometer pro Stunde, zulässig für Hebearbeiten mit dem Kran sind 50 km/h.",
        True,
        [("count", 65, None, "up_to"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Das Gewerbeaufsichtsamt Emden und die Staatsanwaltschaft Osnabrück haben Ermittlungen aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Werftsprecherin Imke Hinrichs-Addai sagte, der Kran sei erst im Frühjahr von einem Sachverständigen geprüft worden.",
        True,
        [],
        "Imke Hinrichs-Addai",
    ),
    ("de", "Die IG Metall sprach von einem „bitteren Tag“ für die gesamte Belegschaft.", False, [], None),
    ("de", "„Die ganze Werft steht unter Schock“, sagte Hinrichs-Addai.", False, [], None),
    # --- Ferry capsizes off Masbate (Reuters), Wednesday, Sept 22 ---
    (
        "en",
        "MANILA, Sept 22 (Reuters) - At least 31 people died when an overloaded ferry capsized in rough seas off the central Philippine island of Masbate on Wednesday, the coast guard said.",
        True,
        [("date", "--09-22", None, None), ("count", 31, None, "at_least")],
        None,
    ),
    (
        "en",
        "The wooden-hulled vessel was licensed to carry 120 passengers but had about 190 people on board, coast guard spokesman Arnel Villaruz-Bañez told reporters.",
        True,
        [("count", 120, None, None), ("count", 190, None, "about")],
        "Arnel Villaruz-Bañez",
    ),
    (
        "en",
        "Rescuers pulled 146 people from the water, and at least 13 were still unaccounted for.",
        True,
        [("count", 146, None, None), ("count", 13, None, "at_least")],
        None,
    ),
    (
        "en",
        "Late on Wednesday the coast guard lowered the toll to 28, saying three passengers listed as dead had been found alive on a nearby island.",
        True,
        [("count", 28, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Forecasters had warned of waves up to 4 metres high in the area, where a gale warning had been in force since Tuesday.",
        True,
        [("count", 4, None, "up_to")],
        None,
    ),
    (
        "en",
        "It was the fourth deadly ferry accident in the Philippines since January, he said.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"The boat tilted once and then it just turned over," said a fisherman who helped pull survivors from the sea.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The provincial governor called the sinking a tragedy that should never have been allowed to happen.",
        False,
        [],
        None,
    ),
    # --- Jahresbilanz der Flugunfallermittler (dpa), Donnerstag, 23. September ---
    (
        "de",
        "Braunschweig (dpa) - Bei Unfällen in der allgemeinen Luftfahrt sind in Deutschland im vergangenen Jahr 41 Menschen ums Leben gekommen, neun weniger als 2025.",
        True,
        [("count", 41, None, None), ("count", 9, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "So steht es in der am Donnerstag vorgestellten Jahresstatistik der Bundesstelle für Flugunfalluntersuchung (BFU).",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt untersuchte die Behörde 187 Unfälle und 96 schwere Störungen, rund ein Drittel davon mit Segelflugzeugen und Motorseglern.",
        True,
        [("count", 187, None, None), ("count", 96, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Bei fast jedem vierten tödlichen Unfall spielte nach Einschätzung der Ermittler das Wetter eine Rolle.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "BFU-Direktorin Edeltraud Wiesmeth-Larbi sagte, die Zahl der Zusammenstöße in der Luft sei mit drei so niedrig gewesen wie seit 2015 nicht mehr.",
        True,
        [("count", 3, None, None), ("year", 2015, None, None)],
        "Edeltraud Wiesmeth-Larbi",
    ),
    (
        "de",
        "Zugleich registrierte die BFU 14 gefährliche Annäherungen zwischen Drohnen und Verkehrsflugzeugen, mehr als doppelt so viele wie im Jahr davor.",
        True,
        [("count", 14, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Bis zum Abschlussbericht vergingen im Schnitt 19 Monate, das gesetzliche Ziel liegt bei zwölf Monaten.",
        True,
        [("duration", 19, "month", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "„Die Statistik darf uns nicht beruhigen, solange Piloten das Wetter unterschätzen“, sagte Wiesmeth-Larbi.",
        False,
        [],
        None,
    ),
    # --- Deadly fire in the Bronx (AP), Thursday, Sept 23 ---
    (
        "en",
        "NEW YORK (AP) — Five people, two of them children, were killed early Thursday when fire raced up the stairwell of a six-story walk-up on a Bronx side street, fire officials said.",
        True,
        [("count", 5, None, None), ("count", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "More than 200 firefighters battled the four-alarm blaze for nearly three hours before bringing it under control.",
        True,
        [("count", 200, None, "over"), ("count", 4, None, None), ("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Deputy Chief Marisa Colangelo-Reyes said the fire started in a third-floor apartment, where a lithium-ion battery for an e-bike had been charging overnight.",
        True,
        [("ordinal", 3, None, None)],
        "Marisa Colangelo-Reyes",
    ),
    (
        "en",
        "The apartment door had been left open, letting smoke pour up the stairwell to the sixth floor, she said.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Nineteen people were injured, among them four firefighters, and three remained in critical condition on Thursday evening.",
        True,
        [("count", 19, None, None), ("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The victims were a 74-year-old woman, a couple aged 41 and 39, and their sons, aged 6 and 9.",
        True,
        [
            ("duration", 74, "year", None),
            ("duration", 41, "year", None),
            ("duration", 39, "year", None),
            ("duration", 6, "year", None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "en",
        "It was the city's 14th fatal e-bike battery fire this year, according to fire department data.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "The fire commissioner urged New Yorkers never to leave batteries charging while they sleep.",
        False,
        [],
        None,
    ),
    # --- Gondelbahn im Kaunertal steht still (APA), Freitag, 24. September ---
    (
        "de",
        "Innsbruck (APA) - Nach einem Defekt an der Antriebsanlage sind am Freitag 152 Fahrgäste in den Gondeln einer Seilbahn im Tiroler Kaunertal stundenlang festgesessen.",
        True,
        [("count", 152, None, None)],
        None,
    ),
    (
        "de",
        "Bergretter und Feuerwehrleute holten die Menschen laut Polizei in einer knapp sechsstündigen Aktion mit Seilen aus den 38 Kabinen.",
        True,
        [("duration", 6, "hour", "nearly"), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Einige Kabinen hingen in bis zu 45 Metern Höhe über dem Gelände.",
        True,
        [("count", 45, None, "up_to")],
        None,
    ),
    (
        "de",
        "Unter den Eingeschlossenen waren 23 Kinder, der jüngste Fahrgast war erst vier Jahre alt.",
        True,
        [("count", 23, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Betriebsleiter Florian Gstrein-Nocker sagte, ein Lager im Hauptantrieb sei heißgelaufen, und auch der Notantrieb habe sich nicht zuschalten lassen.",
        True,
        [],
        "Florian Gstrein-Nocker",
    ),
    (
        "de",
        "Die Bahn war erst vor zwei Jahren für rund 14 Millionen Euro erneuert worden.",
        True,
        [("duration", 2, "year", None), ("money", 14000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir hatten Decken und Tee, aber die Kälte und das Warten haben uns zugesetzt“, erzählte eine Urlauberin aus dem Allgäu.",
        False,
        [],
        None,
    ),
    ("de", "Gstrein-Nocker entschuldigte sich bei allen Fahrgästen für die Unannehmlichkeiten.", False, [], None),
    # --- Tour bus crash in the Hunter Valley (AAP), Friday, Sept 24 ---
    (
        "en",
        "SYDNEY (AAP) - Two people have died and 17 others were injured after a minibus carrying wine tourists rolled down an embankment in the Hunter Valley.",
        True,
        [("count", 2, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The bus, operated by Vinecrest Coaches, left the road on a bend near Pokolbin shortly after 5pm on Friday and came to rest about 30 metres below.",
        True,
        [("count", 30, None, "about")],
        None,
    ),
    (
        "en",
        "Superintendent Brodie Kilcullen-Maher said the 19 passengers were aged between 24 and 68 and were mostly visitors from Sydney.",
        True,
        [("count", 19, None, None), ("duration", 24, "year", None), ("duration", 68, "year", None)],
        "Brodie Kilcullen-Maher",
    ),
    (
        "en",
        "The driver, a 57-year-old man from Cessnock, was taken to John Hunter Hospital in a stable condition and will undergo mandatory blood and drug tests.",
        True,
        [("duration", 57, "year", None)],
        None,
    ),
    (
        "en",
        "The minibus was about 14 years old and was fitted with seatbelts, but several passengers had not been wearing them, according to police.",
        True,
        [("duration", 14, "year", "about")],
        None,
    ),
    (
        "en",
        "Four of the injured were flown to hospital by rescue helicopter, one of them a woman in her 60s with serious head injuries.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Kilcullen-Maher urged anyone who saw the bus on Broke Road before the crash to come forward.",
        False,
        [],
        None,
    ),
    ("en", "Local winemakers described the small community as shattered by the news.", False, [], None),
    # --- Notlandung am BER nach Triebwerksbrand (dpa/bb), Montag, 27. September ---
    (
        "de",
        "Schönefeld (dpa/bb) - Ein Passagierflugzeug mit 174 Menschen an Bord ist am Montag nach einem Triebwerksbrand sicher auf dem Flughafen BER gelandet.",
        True,
        [("count", 174, None, None)],
        None,
    ),
    (
        "de",
        "Der Airbus A321 der Fluggesellschaft Havelair war auf dem Weg nach Palma, als die Besatzung rund 25 Minuten nach dem Start in Flugfläche 340 ein Feuer im linken Triebwerk meldete.",
        True,
        [("duration", 25, "minute", "about"), ("count", 340, None, None)],
        None,
    ),
    (
        "de",
        "Die Piloten schalteten das Triebwerk ab, löschten den Brand mit der eingebauten Löschanlage und leiteten einen Sinkflug auf rund 10.000 Fuß ein.",
        True,
        [("count", 10000, None, "about")],
        None,
    ),
    (
        "de",
        "Knapp 30 Minuten später setzte die Maschine auf der Südbahn auf, wo die Flughafenfeuerwehr nach eigenen Angaben mit 14 Fahrzeugen bereitstand.",
        True,
        [("duration", 30, "minute", "nearly"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Havelair-Sprecher Jonas Priebisch-Asiedu sagte, das 2019 ausgelieferte Triebwerk sei zuletzt vor rund 400 Flugstunden inspiziert worden.",
        True,
        [("year", 2019, None, None), ("duration", 400, "hour", "about")],
        "Jonas Priebisch-Asiedu",
    ),
    (
        "de",
        "Die BFU wertet den Zwischenfall als schwere Störung und hat zwei Ermittler nach Schönefeld geschickt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Man hat die Flammen am Flügel gesehen, in der Kabine war es totenstill“, sagte ein Passagier aus Potsdam.",
        False,
        [],
        None,
    ),
    ("de", "Priebisch-Asiedu lobte die Besatzung für ihr „besonnenes und professionelles Handeln“.", False, [], None),
    # --- Train collision in Odisha (Reuters), Monday, Sept 27 ---
    (
        "en",
        "NEW DELHI, Sept 27 (Reuters) - A crowded express slammed into a goods train standing on a loop line in Odisha on Monday, killing at least 36 people and injuring more than 120, officials said.",
        True,
        [("date", "--09-27", None, None), ("count", 36, None, "at_least"), ("count", 120, None, "over")],
        None,
    ),
    (
        "en",
        "The express, with more than 1,400 passengers aboard, was travelling at about 110 kph when a faulty signal routed it off the main line.",
        True,
        [("count", 1400, None, "over"), ("count", 110, None, "about")],
        None,
    ),
    (
        "en",
        "Railway board spokesman Anand Bhargava-Sethi told reporters that nine coaches had left the tracks and that two of them had been crushed.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        "Anand Bhargava-Sethi",
    ),
    (
        "en",
        "By late Monday the toll had risen to 41 as rescuers cut through the last of the wrecked coaches.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "The railways minister promised 1 million rupees to the family of every victim and 200,000 rupees to each of those badly hurt.",
        True,
        [("money", 1000000, "INR", None), ("money", 200000, "INR", None)],
        None,
    ),
    (
        "en",
        "It was the second serious train collision in India in less than four months.",
        True,
        [("ordinal", 2, None, None), ("duration", 4, "month", "under")],
        None,
    ),
    (
        "en",
        '"There was a huge jolt and then everything went dark," a survivor told local television from his hospital bed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition lawmakers accused the government of neglecting safety on ordinary lines while it poured money into prestige projects.",
        False,
        [],
        None,
    ),
    # --- Bahnübergang bei Kerzers (Keystone-SDA), Dienstag, 28. September ---
    (
        "de",
        "Kerzers (Keystone-SDA) - Ein Regionalzug der BLS ist am Dienstagmorgen auf einem Bahnübergang bei Kerzers FR mit einem Lastwagen zusammengestossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Kantonspolizei Freiburg wurde der 46-jährige Lastwagenchauffeur schwer verletzt, von den rund 90 Fahrgästen im Zug erlitten sieben leichte Verletzungen.",
        True,
        [("duration", 46, "year", None), ("count", 90, None, "about"), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der Zug war mit rund 95 km/h unterwegs und kam erst nach etwa 350 Metern zum Stillstand.",
        True,
        [("count", 95, None, "about"), ("count", 350, None, "about")],
        None,
    ),
    (
        "de",
        "Die Schranken hatten sich nach ersten Erkenntnissen ordnungsgemäss geschlossen, der Lastwagen stand aber wegen eines Rückstaus auf den Gleisen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Strecke zwischen Kerzers und Murten blieb während rund acht Stunden unterbrochen.",
        True,
        [("duration", 8, "hour", "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Unfall an diesem Übergang seit 2023, sagte SUST-Untersuchungsleiterin Fabienne Züblin-Grolimund.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        "Fabienne Züblin-Grolimund",
    ),
    (
        "de",
        "«Wir warnen seit Jahren, dass an dieser Stelle etwas passieren wird», sagte der Gemeindepräsident von Kerzers.",
        False,
        [],
        None,
    ),
    ("de", "Zur Unfallursache wollte sich die BLS am Dienstag nicht äussern.", False, [], None),
    # --- Tower block fire in Stratford (PA), Tuesday, Sept 28 ---
    (
        "en",
        "LONDON (PA) - Around 100 people were evacuated from a 19-storey tower block in east London after a fire broke out in a flat on the 11th floor on Tuesday evening.",
        True,
        [("count", 100, None, "about"), ("count", 19, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Fifteen fire engines and around 90 firefighters were called to the blaze in Stratford, London Fire Brigade said.",
        True,
        [("count", 15, None, None), ("count", 90, None, "about")],
        "London Fire Brigade",
    ),
    (
        "en",
        "Part of the flat was destroyed, and the fire was under control in just over two hours.",
        True,
        [("duration", 2, "hour", "over")],
        None,
    ),
    (
        "en",
        "A woman in her 30s was taken to hospital with smoke inhalation, and two other residents were treated at the scene.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Station commander Kwame Ellesmere-Bostock said the fire was believed to have started with an e-scooter battery that had been left charging in a hallway.",
        True,
        [],
        "Kwame Ellesmere-Bostock",
    ),
    (
        "en",
        "The brigade has been called to an e-bike or e-scooter fire roughly every two days in London this year.",
        True,
        [("duration", 2, "day", "about")],
        None,
    ),
    (
        "en",
        '"Please do not charge batteries in your escape routes or while you are asleep," Ellesmere-Bostock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents said they had raised concerns about the building's fire doors with the landlord for years.",
        False,
        [],
        None,
    ),
    # --- Flusskreuzfahrtschiff rammt Brückenpfeiler (dpa/lsw), Mittwoch, 29. September ---
    (
        "de",
        "Mannheim (dpa/lsw) - Ein Flusskreuzfahrtschiff mit 148 Passagieren ist in der Nacht zum Mittwoch auf dem Rhein bei Mannheim gegen einen Brückenpfeiler geprallt.",
        True,
        [("count", 148, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Wasserschutzpolizei wurden 23 Menschen verletzt, vier von ihnen schwer.",
        True,
        [("count", 23, None, None), ("count", 4, None, None)],
        "die Wasserschutzpolizei",
    ),
    (
        "de",
        "Das 135 Meter lange Schiff „Rheinperle“ war gegen 2.10 Uhr talwärts unterwegs, als es aus noch ungeklärter Ursache vom Kurs abkam.",
        True,
        [("count", 135, None, None)],
        None,
    ),
    (
        "de",
        "Der 56-jährige Kapitän hatte nach Polizeiangaben 0,6 Promille Alkohol im Blut.",
        True,
        [("duration", 56, "year", None), ("count", 0.6, None, None)],
        None,
    ),
    (
        "de",
        "Der Rhein war zwischen Mannheim und Worms für rund neun Stunden für die Schifffahrt gesperrt, mehr als 40 Frachtschiffe mussten warten.",
        True,
        [("duration", 9, "hour", "about"), ("count", 40, None, "over")],
        None,
    ),
    (
        "de",
        "Eine Sprecherin der Reederei sagte, die Passagiere seien in drei Hotels untergebracht worden und würden am Donnerstag mit Bussen nach Basel gebracht.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Es gab einen fürchterlichen Schlag, dann sind überall die Gläser aus den Regalen gefallen“, berichtete eine Passagierin aus Bremen.",
        False,
        [],
        None,
    ),
    ("de", "Die Reederei bedauerte den Vorfall zutiefst und dankte den Rettungskräften.", False, [], None),
    # --- NTSB on an ethanol train derailment in Iowa (AP), Wednesday, Sept 29 ---
    (
        "en",
        "WASHINGTON (AP) — A freight train that derailed and spilled ethanol in eastern Iowa last year was going 51 mph on track rated for 40 mph, federal investigators said Wednesday.",
        True,
        [("count", 51, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "The National Transportation Safety Board found that the crew had missed a speed restriction sign because both the engineer and the conductor had been on duty for more than 11 hours.",
        True,
        [("duration", 11, "hour", "over")],
        None,
    ),
    (
        "en",
        "Twenty-two of the train's 86 cars left the tracks, and five of them burned for about 30 hours.",
        True,
        [
            ("count", 22, None, None),
            ("count", 86, None, None),
            ("count", 5, None, None),
            ("duration", 30, "hour", "about"),
        ],
        None,
    ),
    (
        "en",
        "About 1,200 residents of Oxford Junction were evacuated for three days.",
        True,
        [("count", 1200, None, "about"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Board member Rosalyn Treadaway-Ambrose said the railroad had received 17 complaints about worn signs on that line since 2021.",
        True,
        [("count", 17, None, None), ("year", 2021, None, None)],
        "Rosalyn Treadaway-Ambrose",
    ),
    (
        "en",
        "The board issued 14 recommendations, including six to the Federal Railroad Administration.",
        True,
        [("count", 14, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The railroad said it had already replaced more than 300 trackside signs across its network.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    ("en", '"Fatigue is not a new problem, and it is not a mystery," Treadaway-Ambrose said.', False, [], None),
    (
        "en",
        "Neighbors along the tracks said they had complained about speeding trains for years and felt nobody listened.",
        False,
        [],
        None,
    ),
    # --- Explosion in einem Linzer Chemiewerk (APA), Donnerstag, 30. September ---
    (
        "de",
        "Linz (APA) - Bei einer Explosion in einem Chemiewerk im Linzer Hafenviertel ist am Donnerstag ein 29-jähriger Mitarbeiter ums Leben gekommen, fünf Kollegen wurden verletzt.",
        True,
        [("duration", 29, "year", None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Explosion ereignete sich gegen 10.40 Uhr in einem Reaktor, in dem bei rund 180 Grad Kunstharz hergestellt wird, hieß es bei der Berufsfeuerwehr Linz.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Der Reaktor stand zum Zeitpunkt der Explosion unter einem Druck von knapp zwölf bar, zulässig sind nach Angaben des Unternehmens höchstens acht bar.",
        True,
        [("count", 12, None, "nearly"), ("count", 8, None, "at_most")],
        None,
    ),
    (
        "de",
        "Die Druckwelle zerstörte Fensterscheiben in einem Umkreis von rund 300 Metern.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Werkssprecherin Sieglinde Pramhas-Eder sagte, das Werk der Traunthal Chemie beschäftige rund 230 Menschen und sei erst im Juni vom Arbeitsinspektorat überprüft worden.",
        True,
        [("count", 230, None, "about")],
        "Sieglinde Pramhas-Eder",
    ),
    (
        "de",
        "Binnen vier Jahren ist es bereits der zweite tödliche Unfall in dem Betrieb.",
        True,
        [("duration", 4, "year", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Das ganze Gebäude hat gebebt, wir sind sofort hinausgelaufen“, schilderte ein Arbeiter aus einer Nachbarhalle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Landeshauptmann zeigte sich „tief betroffen“ und sprach der Familie sein Mitgefühl aus.",
        False,
        [],
        None,
    ),
    # --- Mine collapse in northern Chile (AFP), Thursday, Sept 30 ---
    (
        "en",
        "SANTIAGO (AFP) - Six miners were killed and four others were trapped after a tunnel collapsed at a copper mine in northern Chile, the national mining agency said on Thursday.",
        True,
        [("count", 6, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The collapse happened about 480 metres underground at the Minera Cordón Azul mine near Copiapó during a shift change on Wednesday night.",
        True,
        [("count", 480, None, "about")],
        None,
    ),
    (
        "en",
        "By Thursday afternoon rescuers had drilled about 60 metres toward the trapped men and made contact with them through a ventilation shaft.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "A company spokesman said the trapped miners had reached a refuge chamber stocked with food and water for at least 72 hours.",
        True,
        [("duration", 72, "hour", "at_least")],
        None,
    ),
    (
        "en",
        "The mine, which employs around 850 people, had been fined twice since 2024 for ventilation failures, according to regulators.",
        True,
        [("count", 850, None, "about"), ("count", 2, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "It was Chile's deadliest mining accident since 2019.", True, [("year", 2019, None, None)], None),
    ("en", '"We will not stop until we bring them home," the spokesman said.', False, [], None),
    (
        "en",
        "Families kept vigil at the mine gate through the night, waiting for news of the trapped men.",
        False,
        [],
        None,
    ),
    # --- Gutachten zum Busunfall auf der A9 (dpa/lby), Freitag, 1. Oktober ---
    (
        "de",
        "Nürnberg (dpa/lby) - Knapp drei Wochen nach dem tödlichen Busunfall auf der A9 bei Hilpoltstein hat ein Gutachten die Unfallursache weitgehend geklärt.",
        True,
        [("duration", 3, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Der Doppeldecker war nach Auswertung des Fahrtschreibers mit 103 km/h unterwegs, zulässig sind für Reisebusse 100 km/h.",
        True,
        [("count", 103, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Auf den letzten rund 1,2 Kilometern vor dem Unfall hatte der Fahrer weder gebremst noch gelenkt, sagte Oberstaatsanwältin Irmtraud Gebhardt-Nnadi.",
        True,
        [("count", 1.2, None, "about")],
        "Irmtraud Gebhardt-Nnadi",
    ),
    (
        "de",
        "Der 52-Jährige war nach den Daten seiner Fahrerkarte zu diesem Zeitpunkt seit fast zehn Stunden im Dienst, davon hatte er gut acht Stunden am Steuer gesessen.",
        True,
        [("duration", 52, "year", None), ("duration", 10, "hour", "nearly"), ("duration", 8, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft ermittelt gegen ihn wegen fahrlässiger Tötung in vier Fällen und fahrlässiger Körperverletzung in 31 Fällen.",
        True,
        [("count", 4, None, None), ("count", 31, None, None)],
        None,
    ),
    ("de", "Auch gegen den Geschäftsführer des tschechischen Busunternehmens wird ermittelt.", True, [], None),
    ("de", "Der Verteidiger des Fahrers sprach von einer „Vorverurteilung“ seines Mandanten.", False, [], None),
    ("de", "Ob das Unternehmen seine Fahrer zu überlangen Schichten gedrängt hat, ist noch offen.", False, [], None),
    # --- Rejected take-off at Dublin Airport (Reuters), Friday, Oct 1 ---
    (
        "en",
        "DUBLIN, Oct 1 (Reuters) - A Slaney Air turboprop abandoned its take-off at Dublin Airport at about 105 knots after a bird strike, stopping about 150 metres short of the end of the runway, Irish investigators said on Friday.",
        True,
        [("date", "--10-01", None, None), ("count", 105, None, "about"), ("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        "The ATR 72, bound for Kerry with 64 passengers and four crew, flew into a flock of gulls during its take-off roll, the Air Accident Investigation Unit said in a preliminary report.",
        True,
        [("count", 64, None, None), ("count", 4, None, None)],
        "the Air Accident Investigation Unit",
    ),
    (
        "en",
        "The crew abandoned the take-off about 3 seconds after calling V1, the speed beyond which a take-off should normally be continued, which on that flight was 108 knots.",
        True,
        [("duration", 3, "second", "about"), ("count", 108, None, None)],
        None,
    ),
    (
        "en",
        "Four tyres burst under heavy braking, and the runway was closed for almost two hours, disrupting 37 flights.",
        True,
        [("count", 4, None, None), ("duration", 2, "hour", "nearly"), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "A Slaney Air spokeswoman said the aircraft had returned to service after nine days of repairs.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    (
        "en",
        "Figures from Dublin Airport showed 212 bird strikes over the first eight months of 2027, up from 176 a year earlier.",
        True,
        [
            ("count", 212, None, None),
            ("ordinal", 1, None, None),
            ("duration", 8, "month", None),
            ("year", 2027, None, None),
            ("count", 176, None, None),
        ],
        None,
    ),
    ("en", "Passengers praised the cabin crew for keeping everyone calm during the evacuation.", False, [], None),
    (
        "en",
        "The investigators said they would not comment on possible causes before their final report.",
        False,
        [],
        None,
    ),
]
