"""Three-hundred-and-thirty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, operators, vessels and figures are
made up (Bodensee Jet Charter, Tobias Rehkämper, the Traisental-Bahn, Elfriede Haslinger,
the Heli Surselva AG, Gian-Reto Casutt, the ferry „Santa Lucia Express“, Armando Villaflor,
Janina Kreutzfeldt, Volcania, Julien Marchal, the motor ship «Pilatusblick» and the Urnersee
Linien AG, Leinejet; Aerolíneas Illimani, Rosario Condori, Marches Rail, Brazos Valley
Commuter Rail, Dora Villanueva, Gwendolyn Ashby, Cascadia Connect, Vantor Aero Engines,
Islander Airways, Empire Vista Tours, Melissa Brandvold, Gloria Benavides, the launch MV
Sonar Tori; every unnamed spokesperson, official, investigator, witness, survivor,
passenger, relative, farmer, hiker, shopkeeper and student); office holders of real
governments appear by their role only („Bayerns Verkehrsminister“, „Die Landeshauptfrau“,
„Der Bürgermeister von Kaprun“, "The Bolivian president", "the transport minister", "The
minister", "The region's chief secretary", "The governor"). Real bodies, places, lines and
aircraft types (Bundesstelle für Flugunfalluntersuchung (BFU), Deutscher Wetterdienst,
Flughafen Memmingen, Braunschweig, Landespolizeidirektion Niederösterreich,
Sicherheitsuntersuchungsstelle des Bundes (SUB), Staatsanwaltschaft St. Pölten,
Westbahnstrecke, ÖBB, vida, Kantonspolizei Graubünden, Rega, Schweizerische
Sicherheitsuntersuchungsstelle (SUST), Bundesamt für Zivilluftfahrt (Bazl), Küstenwache,
Batangas, ICE, Bundesstelle für Eisenbahnunfalluntersuchung, Landespolizeidirektion
Salzburg, Alpinpolizei, Bergrettung, BEA, Aurillac, Polizeidirektion Chemnitz, Autobahn 4,
Luzerner Polizei, Weggis, Linie U4, Bad Cannstatt, Ostendplatz, Antalya, „Cessna Citation
CJ3“, „Airbus AS350 B3“, „Piper PA-32“, „ATR 72“, „Airbus A321“; the Embraer E175,
Cochabamba, the Welsh Ambulance Service, the Rail Accident Investigation Branch (RAIB), the
Met Office, the BBC, Network Rail, the National Transportation Safety Board (NTSB), the
Federal Railroad Administration, the Johnson County Sheriff's Office, the Karakoram Highway,
the Air Accidents Investigation Branch (AAIB), the ATR 72, TRT, the New York State Thruway,
the National Weather Service, the Bangladesh Inland Water Transport Authority, the Meghna,
the Federal Aviation Administration (FAA), and the datelines' cities) stand for the way wire
copy names them; every toll, age, speed, altitude, distance, time, sum, finding and quote
here is invented, no real accident is retold, and where a real figure came to mind (a real
airport's elevation, the opening year of a real high-speed line) it was left out.

Its weight: TRANSPORT ACCIDENTS AND SAFETY INVESTIGATIONS, third round (the hundred-seventh
and two-hundred-and-thirty-first batches weighed transport accidents and aviation incidents,
the forty-eighth, hundred-twenty-fifth, two-hundred-and-sixth, two-hundred-and-forty-seventh
and three-hundred-and-fifth transport, air travel and airports, the eighty-first,
two-hundred-and-third and two-hundred-and-ninety-eighth police reports, accidents and
rescues; their decisions are kept) over seven wire weeks of one year, March 2 to April 16,
as 28 short stories in story order, the German and English ones interleaved, six accidents
followed from the lead to the investigators' interim report weeks later (Memmingen and the
BFU, Pöchlarn and the SUB, Val Lumnezia and the SUST, Cochabamba and Bolivia's
investigators, mid-Wales and the RAIB, the Texas crossing and the NTSB), and a fan blade
failure from the NTSB's preliminary report to the FAA's inspection order. German (dpa,
dpa/lsw, APA, Keystone-SDA, AFP; Austrian "heuer", "Seehöhe", "Pensionist",
"Landeshauptfrau", Swiss "2'140", "8'500", "gemäss", "Innert", «» quotes, German „“ quotes):
a business jet crash near Memmingen and the BFU's interim report four weeks on, a regional
train hitting a freight train at Pöchlarn and the SUB's interim report, a transport
helicopter down in the Val Lumnezia and the SUST's interim report, a ferry sunk off Mindoro,
an ICE hitting a fallen tree in a storm, a light aircraft in the Pinzgau, the BEA's interim
report on an ATR crash in the Auvergne, a school coach overturned on the A4, a lake steamer
striking a pier at Weggis, a light rail train ramming a bus in Stuttgart and a holiday jet
returning to Hannover with an engine fire. English (Reuters, AP, AFP, PA): a regional jet
crash near Cochabamba and the preliminary report, a train striking a landslip in mid-Wales
and the RAIB's interim statement, a commuter train hitting a gravel truck in Texas and the
NTSB's preliminary report, a bus in a ravine on the Karakoram Highway, the NTSB's
preliminary report on a fan blade failure and the FAA's inspection order, the AAIB's special
bulletin on a low approach to Jersey, a high-speed train and a maintenance vehicle in
Turkey, a tour bus on the Thruway, a launch capsized on the Meghna and the AAIB's report on
a fatal light aircraft crash in Kent. Figures as such copy has them: tolls hedged and
revised, people on board, injured, rescued and missing, ages of victims, pilots, drivers and
skippers, speeds in km/h, mph, kph and knots, altitudes and distances in metres, feet,
kilometres, centimetres and inches, a flight level, a rate of descent, flight hours and
flight cycles, seconds of warnings and falls, minutes of flights and closures, hours of
rescues and duty, days, weeks and months of closures, suspensions and reports, the n-th
accident of its kind, a few shares and percentages, compensation and costs in rupees, taka,
euros and dollars; identifiers and clock times that carry none. Negatives as such copy has
them - 55 rows, about a quarter in each language, none with a figure: witnesses' and
survivors' quotes of what they felt, heard and saw, condolences, a family's words, labels
(„sprach von“, „nannten“, "called", "death traps"), open questions and what a report leaves
open, no-comment lines and investigators declining to judge, evasions, speculation, scene
colour, appeals, apologies, a regret, reassurance, confidence, a vow, a verdict, an
accusation and a complaint naming no act, and a warning naming no measure, each near a
check-worthy look-alike from the same story (often the same speaker's figure).

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 23 carry no figure (17 German, 6 English), 262 expected quantities (149
counts, 72 durations - 28 in years, 11 in minutes, 9 in hours, 8 in days, 8 in seconds, 6 in
months, 2 in weeks -, 13 ordinals, 9 dates, 8 years, 5 amounts of money - 2 EUR, 1 PKR, 1
BDT, 1 USD -, 4 percentages, all in %, 2 fractions; none of them in a negative), 35 checked
speakers (17 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported feeling,
  label, condolence, apology, regret, reassurance, vow or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-seventh, two-hundred-and-thirty-first, three-hundred-and-fifth); a quoted or
  reported statement of fact, figure, step, finding or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-seventh, two-hundred-and-thirty-first). Pairs from
  one speaker or source: Rehkämper's recovered recorders beside his refusal to speculate;
  the Heli Surselva AG's 8'500 flight hours beside «einer der erfahrensten Piloten» and «Wir
  werden unsere Verfahren gründlich überprüfen»; Aerolíneas Illimani's delivery year beside
  "devastated"; Cascadia Connect's 41 jets beside "Safety is the foundation"; Islander
  Airways' retraining beside "is never compromised"; the NTSB's team led by Ashby beside
  Ashby declining to say; Vantor Aero Engines' cracks beside "We are confident"; the RAIB's
  braking distance beside its no-comment; Bodensee Jet Charter's grounding beside „er werde
  den Bericht sorgfältig prüfen“ (three-hundredth: a review names no step); Brazos Valley
  Commuter Rail's request beside the commissioners' regret.
- Negatives (hundred-seventh, two-hundred-and-thirty-first, two-hundred-and-ninety-eighth,
  three-hundred-and-fifth), none with a figure: witnesses', survivors' and passengers'
  quotes of what they felt, heard and saw, named or not (the farmer, the Kassel traveller,
  the passenger who spoke to the BBC, the woman from Zug, the holidaymaker from Celle, the
  Cochabamba survivor, Villanueva, Benavides, the Meghna student, the victim's brother);
  condolences and shock („zeigte sich „tief erschüttert“ und sprach ... sein Beileid aus“)
  and a family's words ("said in a statement that he had loved flying all his life";
  two-hundred-and-ninety-eighth: "Her family said they had never given up hope."); labels
  („sprach von einem „schrecklichen Abend ...““, „sprach von einer „furchtbaren Tragödie““,
  „sprach von einem „Totalversagen ...““, „nannten den Bericht „einen ersten Schritt, mehr
  nicht““, "called the findings "deeply worrying"", ""The roads here are death traps,"",
  „„Die Kinder haben unglaublich besonnen reagiert““, «Er war einer der erfahrensten Piloten
  ...»); counterfactuals („„Das hätte noch viel schlimmer ausgehen können““, ""Frankly, this
  could have ended very differently,""; two-hundred-and-ninety-eighth: „Ohne Rettungsgasse
  hätten wir ...“) and a forecast naming no measure ("Analysts said the inspections were
  unlikely to cause major disruption."; two-hundred-and-thirty-first); open questions („Ob
  der Regionalzug ...“, „Warum der Pilot ...“, „Warum der erfahrene Lokführer ...“, „Ob
  Müdigkeit ...“; fifteenth) and what a report leaves open („Ob die Piloten ..., lässt der
  Bericht offen.“, "The preliminary report did not say what had caused the fatigue.", "The
  report did not assign blame."; hundred-seventh: "What caused the pressure to drop ... was
  not immediately clear."); no-comment lines ("Über die Ursache wollte Rehkämper ... nicht
  spekulieren.", „Zur Unfallursache wollten sich die Verkehrsbetriebe zunächst nicht
  äußern.“, "did not respond to requests for comment", "The RAIB said it would not comment
  on possible causes until its final report.", "Ashby declined to say whether ...";
  hundred-sixth, two-hundred-and-thirty-first); speculation („Möglicherweise ...“;
  fifteenth); scene colour (relatives waiting in Batangas); appeals naming no measure (the
  school's request, the provincial government's urging; ninety-ninth,
  two-hundred-and-fourth); apologies, reassurance and confidence (the Urnersee Linien AG,
  Leinejet's „bedauerte“, Illimani's cooperation, Cascadia Connect, Islander Airways,
  Vantor; two-hundred-and-thirty-first); a vow ("vowed that those responsible would be held
  to account"); a verdict ("the result of years of lax enforcement"); an accusation naming
  no act ("accused the government of rushing the high-speed network into service";
  three-hundred-and-fifth) and complaints naming no measure ("Neighbors have long complained
  ...", "had been neglected for decades"; hundred-seventh); a warning naming no measure
  ("Flying instructors have long warned ..."; three-hundred-and-fifth: "Pilots' unions have
  long warned ..."); and vida's demand naming no measure (two-hundred-and-thirty-first:
  unions' demands without a figure). New: "County commissioners said they regretted not
  acting sooner." is a negative - a regret reports a feeling and names no act, as „bedaure
  den Entscheid“ (three-hundredth) and an apology (two-hundred-and-thirty-first) do, while
  the act it regrets is told as a fact in the row before it.
- Check-worthy without a figure (twenty-seventh, hundred-seventh,
  two-hundred-and-thirty-first, three-hundred-and-fifth): the leads of the Hannover return
  and the Kent crash and the SUB's finding on the red signal; investigations opened, under
  way or weighed (the SUB and the prosecutors in St. Pölten, the SUST twice, the
  Bundesstelle für Eisenbahnunfalluntersuchung „prüft, ob ...“, the RAIB's decision within
  days); the BFU's classification as „schwere Störung“ (three-hundred-and-fifth); the
  publication of interim reports („Das geht aus dem Zwischenbericht ... hervor“, „Zu diesem
  Schluss kommt die ... SUST in ihrem Zwischenbericht.“); the recovered recorders and the
  failed braking (Konjunktiv I with their speakers); the pilot recovered dead; the storm
  warning issued; the hiker's call (its emergency number carries none, see below); the
  witnesses' account of the red light („Nach Zeugenaussagen soll ...“) and the neighbours'
  account of the stranded truck (a plural group's account of a checkable event,
  two-hundred-and-thirty-first); the pilots' retraining; the SUST's recommendation to the
  Bazl; the operator's request and the county's decision; the damage put at „mehrere
  hunderttausend Franken“ (a vague magnitude, two-hundred-and-thirty-first: „mehrere
  Millionen Franken“); a final report "expected in about a year" and „binnen eines Jahres“
  (a unit with its article, fifth and two-hundred-and-thirty-first: „in etwa einem Jahr“).
- Tolls and people are counts (ninety-ninth, hundred-seventh, two-hundred-and-thirty-first):
  „alle vier Insassen“ and „alle 48 Insassen“ ("alle" no hedge), "at least 14 of the 52
  people on board", „mindestens 31 Menschen“, "At least 22", "At least 41", "at least 25
  people were still missing" "at_least"; "The death toll rose to 16 after two of the injured
  died", „auf drei gestiegen“ and "rose to two" with no hedge; „212 Passagiere und 24
  Besatzungsmitglieder“, „186 Menschen gerettet, 19 weitere“ („weitere“ no hedge), "46
  passengers and two crew", "68 passengers and four crew", "58 passengers and four crew",
  „214 Passagieren und sieben Besatzungsmitgliedern“, „183 Fahrgäste und fünf
  Besatzungsmitglieder“, "Thirty-eight survivors ..., nine of them", "Eleven people" (a
  number word opening the row, three-hundredth), "Four of the train's five cars"
  (forty-first: a definite group), "Three of the dead ..., and the fourth" 3 and ordinal 4
  (two-hundred-and-ninety-eighth: „Drei von ihnen ..., der vierte“), „drei von ihnen“ twice
  (two-hundred-and-ninety-eighth), „Zwei der Verletzten“, "Three of the injured", „Vier
  Jugendliche“, „rund 90 Fahrgästen“, „rund 480 Reisenden“, „rund 120 Fahrgäste, im Bus etwa
  35“, "About 230 passengers", „für höchstens 250 Passagiere“ "at_most" (hundred-seventh:
  "no more than 45 people"), "more than 300 passengers, almost twice the 160 it was licensed
  for" 300 "over", 2 "nearly" and 160 (two-hundred-and-forty-seventh: "nearly twice as
  many"), "failed three of 11 roadside inspections". Compounds count as their number word:
  "The two-carriage ... service" and "the two-seat aircraft" 2
  (two-hundred-and-thirty-first: "The two-carriage train"), "The three-deck MV Sonar Tori" 3
  (two-hundred-and-third: "the five-storey building"), "a five-member committee" 5
  (two-hundred-and-thirty-first: "A five-member commission"). None: "the truck driver",
  "killing its pilot and passenger", „die beiden Piloten“, „ihre beiden übrigen Jets“,
  „einer davon“ (eighty-first, hundred-seventh, two-hundred-and-thirty-first), "both
  pilots", „eine Zugbegleiterin“, "several feet", „mehrere hunderttausend Franken“.
- Identifiers and clock times carry none (forty-sixth, forty-eighth, eighty-first,
  two-hundred-and-thirty-first, three-hundred-and-fifth): "flight IL 614", the types
  („Cessna Citation CJ3“, „Airbus AS350 B3“, „Piper PA-32“, „ATR 72“, „ATR-Maschinen“,
  „Airbus A321“, "Embraer E175", "ATR 72"), „auf der Piste 27R“ (three-hundred-and-fifth:
  "runway 4L/22R"), „der Linie U4“, „Autobahn 4“, "near Exit 21" (eighty-first: "between
  junctions 32 and 33", "mile marker 178"); "called 911" (eighty-first: "when they called
  911 at 1:30 p.m.") and, in the same way, „über den Notruf 140“ - an emergency number names
  a service; clock times („um 7.48 Uhr“, „gegen 18.40 Uhr“, „Kurz vor 10.30 Uhr“, „kurz nach
  14.00 Uhr“, „gegen 7.35 Uhr“, "at 8:17 a.m. local time", "shortly after 7am", "until 0230
  GMT" - sixteenth: "at 1230 GMT").
- Speeds, altitudes, distances and other measures are counts (fourth, forty-seventh,
  hundred-seventh, two-hundred-and-thirty-first, two-hundred-and-ninety-eighth): „mit etwa
  70 km/h“, „etwa 190 Kilometer pro Stunde“, „Böe von etwa 35 Kilometern pro Stunde“, „von
  bis zu 110 Kilometern pro Stunde“ "up_to", „94 km/h und damit gut 50 Prozent mehr als die
  ... erlaubten 60 km/h“ 94, 50 % "over" and 60 („mehr“ after a figure compares), „mit 74
  km/h“, „rund 25 km/h“, „rund acht Knoten ..., höchstens zwei Knoten“ 8 "about" and 2
  "at_most", "rund 15 Knoten unter" 15 "about", "about 62 mph", "at 52mph", "about 33mph",
  "about 160 kph"; „rund 2,5 Kilometer“ twice, „unter 300 Meter“ "under"
  (two-hundred-and-ninety-eighth: „unter 50 Metern“), „auf 2'140 Metern über Meer“ (Swiss
  apostrophe, tenth), „aus einer Höhe von etwa 60 Metern“, „in rund 60 Metern Höhe“, „in
  etwa 60 Metern Höhe über Grund, ... mindestens 180 Meter“ 60 "about" and 180 "at_least",
  „aus einer Höhe von rund 3.500 Metern“, „um mehr als 2.800 Meter“ "over", „in einer Höhe
  von etwa 2.400 Metern“, „rund 380 Meter“, „etwa 15 Meter weit“, „15 Kilometer weit“, „25
  Meter lang und damit rund zehn Meter länger“ 25 and 10 "about", "about 6 km short of the
  runway", "descending through 9,800 feet", "at 8,850 feet, about 450 feet below", "within
  400 feet of the sea" (two-hundred-and-thirty-first: "within 190 feet"), "400 feet instead
  of 4,000 feet", "about 300 feet", "roughly 900 feet", "about 800 meters", "about 150
  metres", "about 140 metres", "about 30 centimetres long", "about 14 inches higher",
  "Nearly 40mm of rain" "nearly", "more than 60 kilometres of drainage" "over", „rund 700
  Kilogramm“; temperatures („minus neun Grad“ -9, "minus" a sign, hundred-twenty-sixth; "26
  degrees Fahrenheit" 26, two-hundred-and-ninety-eighth: "36C"); "almost 180 degrees" of a
  turn 180 "nearly". New: "as the jet climbed through flight level 230" is count 230 - a
  flight level is an altitude read on a fixed scale (hundreds of feet), a measure as
  "Windstärke 12" is 12 on its scale (forty-seventh), not a name like a runway designator
  (two-hundred-and-thirty-first). New: "descending at about 1,500 feet per minute" is count
  1500 "about" and "per minute" gives no duration - a rate of descent is a speed, and its
  time base carries none as „pro Stunde“ and "per hour" do not (hundred-seventh). New:
  flight cycles are counts, not durations ("about 14,600 cycles" "about", "every 2,000
  flight cycles") - a cycle is one take-off and landing, while „Flugstunden“ are hours
  (fiftieth, two-hundred-and-thirty-first).
- Durations (the issue's "fünfstündigen", "zehn Minuten"; hundred-seventh,
  two-hundred-and-thirty-first): seconds of warnings, falls and calls ("about four seconds
  after the warning" "about", "11 seconds before impact", „rund acht Sekunden vor dem
  Aufprall“ "about", „binnen 42 Sekunden“, „Innert weniger als zwei Sekunden“ 2 "under" -
  "innert" and "binnen" no hedge, „weniger als“ "under" -, "about 40 seconds before the
  collision", "27 seconds before the train arrived", "about 20 seconds after the turn
  began"); minutes ("roughly 25 minutes after" "about", "19 minutes later", "17 minutes
  later", "about 20 minutes before the collision", "for nearly three minutes" "nearly", "in
  the 30 minutes before the crash", „rund zehn Minuten später“, „rund sechs Minuten nach dem
  Abheben“, „Nach 22 Minuten“, „für rund 50 Minuten“, „im 30-Minuten-Takt“ 30 minutes - an
  interval, hundred-fifth: "every three minutes", hundred-seventh: „im Halbstundentakt“);
  hours („fast vier Stunden“ "nearly", „rund sechs Stunden lang“, "in the 24 hours before",
  "for almost 11 hours" "nearly", "on duty for 13 hours ..., above the company's own limit
  of 12 hours" both, "about six hours per engine" - "per engine" none -, „mehr als 8'500
  Flugstunden, rund 6'000 davon“ 8,500 "over" and 6,000 "about" - hours,
  two-hundred-and-thirty-first); days, weeks and months ("for at least 10 days" "at_least",
  "three days of national mourning", "for two days", "within seven days", "for 90 days",
  "within 30 days", "after 18 days of repairs", „für zehn Tage“, „für mindestens zwei
  Wochen“ "at_least", „vor vier Wochen“, "in 14 months", "in 18 months", "for at least four
  months" "at_least", "for five months", „in etwa zwölf Monaten“ "about", „in den zwölf
  Monaten vor dem Unfall“, "in the past two years"). Ages are durations in years (every
  batch): „im Alter von 58 und 34 Jahren“ and „im Alter von 14 und 15 Jahren“ both (the unit
  written once, forty-sixth), „61 Jahre alte“, „23-jährige“, „52-jährige“, „44 Jahre alte“,
  „67 Jahre alten ... 39-jährigen“, „56 Jahre alte“, „58-jährige“ twice, „72-jähriger“,
  „62-jährige“, "49-year-old", "four-year-old" (the number word in the compound,
  two-hundred-and-ninety-eighth: "a seven-year-old boy"), "47-year-old", "10-year-old",
  "31-year-old", "36-year-old", "aged 71 and 78", "63-year-old", "54-year-old", "The pilot,
  71,", "44-year-old". None: "in about a year", „binnen eines Jahres“, "within days", "each
  year", "this year", "last month", "last week", "this month", „heuer“, „seit Jahresbeginn“,
  „bis Freitag“, „bis Dienstagmittag“, „bis zum Mittag“, „am Vorabend“, „in der Nacht zum
  Mittwoch“, „Anfang März“, „Ende März“, "for decades", "years of", "in November", "in
  February", weekdays and clock times.
- Ordinals (the issue; hundred-seventh, two-hundred-and-thirty-first): "the airline's first
  fatal accident ..., which started operations in 2011" 1 and the year, „Das zweite
  Todesopfer“ 2, "the second derailment ... in 14 months" 2 and 14 months, „der dritte
  tödliche Helikopterunfall in der Schweiz seit Jahresbeginn“ 3, "the third collision at the
  crossing since 2019" 3 and the year, „das vierte schwere Fährunglück ... seit 2023“ 4 and
  the year, "the second uncontained engine failure ... in 18 months", „der zweite tödliche
  Flugunfall im Bundesland Salzburg heuer“ 2 („heuer“ none), "on its second approach" 2,
  "the fourth", "the third fatal accident ... since 2018", „einer neunten Klasse“ 9
  (two-hundred-and-eighty-ninth: „in der vierten Klasse“), "the fourth fatal light aircraft
  accident in England this year" 4. „gemäss ersten Abklärungen“ carries none (thirty-second,
  two-hundred-and-thirty-first: „Nach ersten Erkenntnissen“).
- Fractions and percentages (the issue; three-hundredth, three-hundred-and-fifth): „gut ein
  Drittel der Reisenden“ 0.3333 "over", "roughly a quarter of the country's regional fleet"
  0.25 "about"; "about 40% of them", "about 60% of the usual March total", "roughly 70% of
  its certified life" "about", „gut 50 Prozent mehr“ "over".
- Money in the currency of the country's copy (two-hundred-and-third,
  two-hundred-and-thirty-first: taka and rupees take their ISO codes): "one million rupees"
  in the Pakistani story PKR 1,000,000, "25,000 taka" BDT, „rund 120 Millionen Euro“ and
  „rund 650.000 Euro“ EUR "about", "about $4.2 million" USD "about".
- Years and dates: Reuters datelines with a day ("LA PAZ, March 3", "WASHINGTON, March 17",
  "ANKARA, March 24", "LA PAZ, March 31", "WASHINGTON, April 14") are dates without a year;
  dpa, dpa/lsw, APA, Keystone-SDA, AFP, AP and PA datelines none (seventy-ninth); „am 14.
  Januar“ --01-14, „vom 9. März“ --03-09, "on Feb. 19" --02-19, "on March 23" --03-23; "in
  2011", "in 2016", "since 2019", „seit 2023“, "since 2018", "since 2000", „bis 2028“, „Seit
  2015“ years.
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly" "about";
  „fast“, "almost", "Nearly", "nearly" "nearly"; „gut“, „mehr als“, "more than", "More than"
  "over"; „unter“, „weniger als“ "under"; „mindestens“, "at least", "At least" "at_least";
  „bis zu“ "up_to"; „höchstens“ "at_most". No hedge: „alle“, "all", „weitere“, „nur“, „nur
  noch“, "only", „übrigen“, „inzwischen“, „bereits“, „binnen“, „innert“, "within",
  „voraussichtlich“, and „mehr“, „länger“, "below", "higher" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Polizei mit“
  twice -> "die Polizei", „teilte die Landespolizeidirektion Niederösterreich mit“, „teilte
  die Landespolizeidirektion Salzburg mit“, „teilte die Polizeidirektion Chemnitz mit“ and
  „teilte der Flughafen mit“ -> "der Flughafen" the source with its article in the
  nominative (hundred-seventh, two-hundred-and-ninety-eighth); „wie die Kantonspolizei
  Graubünden mitteilte“ and „wie die Luzerner Polizei mitteilte“ -> "die Luzerner Polizei"
  (the adjective belongs to the name, two-hundred-and-ninety-eighth: "das bayerische
  Innenministerium"); „nach Angaben der Küstenwache“ -> "die Küstenwache" and „nach Angaben
  der Heli Surselva AG“ -> "die Heli Surselva AG" (three-hundredth: „Nach Angaben der Bahn“;
  three-hundred-and-fifth: "die Flughafen Wien AG"); "sagte X" with the title dropped
  („BFU-Sprecher Tobias Rehkämper“ twice, „Küstenwachen-Sprecher Armando Villaflor“,
  „Bahnsprecherin Janina Kreutzfeldt“, „BEA-Ermittler Julien Marchal“, „SUB-Leiterin
  Elfriede Haslinger“, „SUST-Untersuchungsleiter Gian-Reto Casutt“; hundred-seventh).
  English: "regional health director Rosario Condori told reporters" and "Trooper Melissa
  Brandvold said" the name with the title or rank dropped (hundred-seventh,
  two-hundred-and-ninety-eighth); bodies with "the" ("the Welsh Ambulance Service said",
  "the Johnson County Sheriff's Office said" - two-hundred-and-thirty-first: "the Marion
  County Sheriff's Office said" -, "the National Transportation Safety Board said on
  Tuesday, releasing ..." and "... said Thursday", "the FAA said"), "The Rail Accident
  Investigation Branch said ...", "The National Transportation Safety Board said ...", "The
  Air Accidents Investigation Branch said ..." twice, "The civil aviation authority said
  ..." and "The Bangladesh Inland Water Transport Authority said ..." opening the row -> the
  lower-case article (ninety-eighth, hundred-seventh), "In an interim statement, the Rail
  Accident Investigation Branch said", "..., the NTSB said." -> "the NTSB"; names as written
  ("Network Rail said", "Cascadia Connect said it had inspected", "Brazos Valley Commuter
  Rail said"). Left unchecked (None): all negatives, also those with a named speaker; roles
  and unnamed spokespeople ("a local administration official told AFP", "the transport
  minister told reporters", "The governor", "ein Sprecher des Unternehmens", "ein
  Polizeisprecher", "ein Feuerwehrsprecher"); plural and unnamed groups ("authorities said",
  "officials said", "Officials said", "police said", "state police said", "river port
  officials said", "Fire service divers said", "Neighbors said", "rail accident
  investigators said", „schreiben die Ermittler“, „Nach Zeugenaussagen“; forty-first,
  two-hundred-and-thirty-first); descriptions around a name ("the country's civil aviation
  authority said", "the governor's office said", "state broadcaster TRT reported", "The
  airline's pilots' union said", "Vantor Aero Engines, which makes the engine, said";
  fortieth, eightieth); documents and data ("the report said" twice, "the bulletin said",
  "according to the preliminary report", "according to a preliminary report Bolivian
  investigators released", "according to weather data", "according to the Met Office",
  "according to government figures", "according to Federal Railroad Administration records",
  "according to a passenger rights group", "Federal records show", „heißt es in dem ...
  Zwischenbericht“, „heißt es in dem Bericht“, „laut Bericht“, „laut dem Zwischenbericht“;
  hundred-fifth, two-hundred-and-thirty-first); estimates and recording verbs ("The FAA
  estimated", "The AAIB found", "The RAIB found", „schätzt die Polizei“, „beziffert die
  Polizei“, „kündigten an“; two-hundred-and-ninety-eighth); a masculine genitive („nach
  Angaben des Deutschen Wetterdienstes“, three-hundredth: „nach Angaben des Konzerns“); and
  - to keep the checked speakers near 35, as the two-hundred-and-thirty-first and
  three-hundred-and-fifth batches did - "the carrier said", "the railroad said", "The
  airline said", "the National Weather Service said", "The NTSB said" (April 9), the second
  "Network Rail said" and "the AAIB said" (April 16).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_339 = [
    # --- Geschäftsreiseflugzeug stürzt bei Memmingen ab (dpa), Montag, 2. März ---
    (
        "de",
        "Memmingen (dpa) - Beim Absturz eines Geschäftsreiseflugzeugs im Anflug auf den Flughafen Memmingen sind am Montagmorgen alle vier Insassen ums Leben gekommen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Maschine vom Typ Cessna Citation CJ3 zerschellte um 7.48 Uhr in einem Waldstück rund 2,5 Kilometer vor der Landebahn, teilte die Polizei mit.",
        True,
        [("count", 2.5, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "An Bord waren die beiden Piloten im Alter von 58 und 34 Jahren sowie zwei Geschäftsleute aus dem Raum Stuttgart.",
        True,
        [("duration", 58, "year", None), ("duration", 34, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zum Zeitpunkt des Unglücks lag dichter Nebel über dem Unterallgäu, die Sichtweite betrug nach Angaben des Deutschen Wetterdienstes unter 300 Meter.",
        True,
        [("count", 300, None, "under")],
        None,
    ),
    (
        "de",
        "Die Bundesstelle für Flugunfalluntersuchung (BFU) hat ein Team von fünf Ermittlern an die Absturzstelle geschickt.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Flugschreiber seien bereits geborgen und würden in Braunschweig ausgewertet, sagte BFU-Sprecher Tobias Rehkämper.",
        True,
        [],
        "Tobias Rehkämper",
    ),
    ("de", "Über die Ursache wollte Rehkämper am Unglücksort nicht spekulieren.", False, [], None),
    (
        "de",
        "„Es hat einen dumpfen Schlag getan, dann stieg nur noch Rauch über den Bäumen auf“, sagte ein Landwirt, der in der Nähe seinen Stall ausmistete.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Flughafen blieb bis zum Mittag geschlossen, elf Flüge wurden nach Friedrichshafen und München umgeleitet.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Bayerns Verkehrsminister zeigte sich „tief erschüttert“ und sprach den Angehörigen sein Beileid aus.",
        False,
        [],
        None,
    ),
    # --- Airliner crash near Cochabamba (Reuters), March 3 ---
    (
        "en",
        "LA PAZ, March 3 (Reuters) - A regional jet operated by Bolivian carrier Aerolíneas Illimani crashed on approach to Cochabamba in thick fog on Tuesday, killing at least 14 of the 52 people on board, the country's civil aviation authority said.",
        True,
        [("date", "--03-03", None, None), ("count", 14, None, "at_least"), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "The Embraer E175, flight IL 614 from Santa Cruz, struck a hillside about 6 km short of the runway at 8:17 a.m. local time, shortly after the crew reported descending through 9,800 feet.",
        True,
        [("count", 6, None, "about"), ("count", 9800, None, None)],
        None,
    ),
    (
        "en",
        "Thirty-eight survivors were taken to hospitals in Cochabamba, nine of them in critical condition, regional health director Rosario Condori told reporters.",
        True,
        [("count", 38, None, None), ("count", 9, None, None)],
        "Rosario Condori",
    ),
    (
        "en",
        "Among the dead were the 49-year-old captain and a four-year-old girl who was travelling with her grandmother.",
        True,
        [("duration", 49, "year", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Visibility at the airport had fallen to about 800 meters in the 30 minutes before the crash, according to weather data.",
        True,
        [("count", 800, None, "about"), ("duration", 30, "minute", None)],
        None,
    ),
    (
        "en",
        '"The plane just broke apart, and then there was fire everywhere," said a survivor who was being treated for burns.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The crash was the first fatal accident for the airline, which started operations in 2011.",
        True,
        [("ordinal", 1, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The Bolivian president ordered three days of national mourning.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        'Aerolíneas Illimani said it was "devastated" and was cooperating fully with the authorities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The carrier said the aircraft had been delivered new in 2016 and had last undergone heavy maintenance in November.",
        True,
        [("year", 2016, None, None)],
        None,
    ),
    # --- Zugkollision bei Pöchlarn (APA), Mittwoch, 4. März ---
    (
        "de",
        "St. Pölten (APA) - Bei der Kollision eines Regionalzugs mit einem Güterzug bei Pöchlarn im Bezirk Melk sind am Mittwochabend zwei Menschen getötet und 27 verletzt worden.",
        True,
        [("count", 2, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Todesopfern ist der 61 Jahre alte Triebfahrzeugführer des Regionalzugs, teilte die Landespolizeidirektion Niederösterreich mit.",
        True,
        [("duration", 61, "year", None)],
        "die Landespolizeidirektion Niederösterreich",
    ),
    (
        "de",
        "Das zweite Todesopfer, eine 23-jährige Studentin aus Ybbs an der Donau, saß im vorderen Wagen.",
        True,
        [("ordinal", 2, None, None), ("duration", 23, "year", None)],
        None,
    ),
    (
        "de",
        "Der Regionalzug der Traisental-Bahn war mit rund 90 Fahrgästen unterwegs und stieß gegen 18.40 Uhr mit etwa 70 km/h in die Flanke des Güterzugs, der gerade auf ein Nebengleis wechselte.",
        True,
        [("count", 90, None, "about"), ("count", 70, None, "about")],
        None,
    ),
    (
        "de",
        "Die Sicherheitsuntersuchungsstelle des Bundes (SUB) hat die Ermittlungen aufgenommen, ebenso die Staatsanwaltschaft St. Pölten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob der Regionalzug ein Haltesignal überfahren hat, ist nach Angaben der Ermittler noch offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Westbahnstrecke zwischen Melk und Pöchlarn bleibt voraussichtlich bis Freitag gesperrt, zwischen den Bahnhöfen pendeln Ersatzbusse im 30-Minuten-Takt.",
        True,
        [("duration", 30, "minute", None)],
        None,
    ),
    ("de", "Die Landeshauptfrau sprach von einem „schrecklichen Abend für das ganze Land“.", False, [], None),
    # --- Train hits landslip in mid-Wales (PA), March 5 ---
    (
        "en",
        "NEWTOWN (PA) - Eleven people were hurt when a passenger train ran into a landslip on the line through mid-Wales on Thursday morning.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The two-carriage Marches Rail service, carrying 46 passengers and two crew, struck a mass of mud and rock near Caersws shortly after 7am and its leading carriage left the rails.",
        True,
        [("count", 2, None, None), ("count", 46, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Three of the injured were taken to hospital in Shrewsbury with serious but not life-threatening injuries, the Welsh Ambulance Service said.",
        True,
        [("count", 3, None, None)],
        "the Welsh Ambulance Service",
    ),
    (
        "en",
        "The Rail Accident Investigation Branch said it had sent inspectors to the site and would decide within days whether to open a full investigation.",
        True,
        [],
        "the Rail Accident Investigation Branch",
    ),
    (
        "en",
        "Nearly 40mm of rain, about 60% of the usual March total, had fallen on the area in the 24 hours before the derailment, according to the Met Office.",
        True,
        [("count", 40, None, "nearly"), ("percent", 60, "%", "about"), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        '"We were thrown forward, and then everything went very quiet," one passenger told the BBC.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The line between Shrewsbury and Aberystwyth will stay closed for at least 10 days while engineers stabilise the cutting, Network Rail said.",
        True,
        [("duration", 10, "day", "at_least")],
        "Network Rail",
    ),
    ("en", "Local politicians said the cuttings along the line had been neglected for decades.", False, [], None),
    (
        "en",
        "It is the second derailment caused by a landslip on the Welsh network in 14 months.",
        True,
        [("ordinal", 2, None, None), ("duration", 14, "month", None)],
        None,
    ),
    # --- Helikopterabsturz im Val Lumnezia (Keystone-SDA), Montag, 9. März ---
    (
        "de",
        "Chur (Keystone-SDA) - Beim Absturz eines Transporthelikopters im Val Lumnezia ist am Montag der 52-jährige Pilot ums Leben gekommen.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Der Helikopter vom Typ Airbus AS350 B3 flog mit rund 700 Kilogramm Baumaterial am Lasthaken zu einer Alphütte auf 2'140 Metern über Meer, wie die Kantonspolizei Graubünden mitteilte.",
        True,
        [("count", 700, None, "about"), ("count", 2140, None, None)],
        "die Kantonspolizei Graubünden",
    ),
    (
        "de",
        "Kurz vor 10.30 Uhr stürzte die Maschine aus einer Höhe von etwa 60 Metern in einen steilen Hang.",
        True,
        [("count", 60, None, "about")],
        None,
    ),
    (
        "de",
        "Zwei Arbeiter, die bei der Hütte auf die Lieferung warteten, alarmierten die Rega.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("de", "Die Rettungskräfte konnten den Piloten nur noch tot bergen.", True, [], None),
    (
        "de",
        "Der Pilot hatte nach Angaben der Heli Surselva AG mehr als 8'500 Flugstunden, rund 6'000 davon im Gebirge.",
        True,
        [("duration", 8500, "hour", "over"), ("duration", 6000, "hour", "about")],
        "die Heli Surselva AG",
    ),
    (
        "de",
        "«Er war einer der erfahrensten Piloten, die wir je hatten», sagte ein Sprecher des Unternehmens.",
        False,
        [],
        None,
    ),
    ("de", "Die Schweizerische Sicherheitsuntersuchungsstelle (SUST) untersucht den Absturz.", True, [], None),
    (
        "de",
        "Es ist der dritte tödliche Helikopterunfall in der Schweiz seit Jahresbeginn.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Commuter train hits gravel truck in Texas (AP), March 10 ---
    (
        "en",
        "CLEBURNE, Texas (AP) — A commuter train slammed into a gravel truck stuck on a crossing south of Fort Worth on Tuesday morning, killing the truck driver and injuring 31 passengers, authorities said.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "The Brazos Valley Commuter Rail train was going about 62 mph when the engineer saw the truck and hit the emergency brake, roughly 900 feet from the crossing, the railroad said.",
        True,
        [("count", 62, None, "about"), ("count", 900, None, "about")],
        None,
    ),
    (
        "en",
        "The truck driver, a 47-year-old man from Joshua, died at the scene, the Johnson County Sheriff's Office said.",
        True,
        [("duration", 47, "year", None)],
        "the Johnson County Sheriff's Office",
    ),
    (
        "en",
        "Four of the train's five cars stayed upright.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"There was no time to do anything but hold on," said passenger Dora Villanueva, who rides the train to Dallas every day.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Transportation Safety Board said 12 of its investigators, led by board member Gwendolyn Ashby, were on their way.",
        True,
        [("count", 12, None, None)],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "Neighbors said the truck had been stranded on the hump of the crossing, which sits several feet above the road.",
        True,
        [],
        None,
    ),
    ("en", "Neighbors have long complained that the crossing is dangerous for heavy vehicles.", False, [], None),
    (
        "en",
        "It was the third collision at the crossing since 2019, according to Federal Railroad Administration records.",
        True,
        [("ordinal", 3, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- Fähre sinkt vor Mindoro (AFP), Mittwoch, 11. März ---
    (
        "de",
        "Manila (AFP) - Vor der philippinischen Insel Mindoro ist eine Fähre gesunken, mindestens 31 Menschen kamen ums Leben.",
        True,
        [("count", 31, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die „Santa Lucia Express“ hatte nach Angaben der Küstenwache 212 Passagiere und 24 Besatzungsmitglieder an Bord, als sie in der Nacht zum Mittwoch bei hohem Seegang Schlagseite bekam und sank.",
        True,
        [("count", 212, None, None), ("count", 24, None, None)],
        "die Küstenwache",
    ),
    (
        "de",
        "Bis zum Mittag wurden 186 Menschen gerettet, 19 weitere galten noch als vermisst.",
        True,
        [("count", 186, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Wellen seien bis zu fünf Meter hoch gewesen, sagte Küstenwachen-Sprecher Armando Villaflor.",
        True,
        [("count", 5, None, "up_to")],
        "Armando Villaflor",
    ),
    (
        "de",
        "Zugelassen war die Fähre für höchstens 250 Passagiere, gut ein Drittel der Reisenden waren Kinder.",
        True,
        [("count", 250, None, "at_most"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    ("de", "Angehörige warteten im Hafen von Batangas verzweifelt auf Nachrichten.", False, [], None),
    ("de", "Der Wetterdienst hatte für die Region am Vorabend eine Sturmwarnung herausgegeben.", True, [], None),
    ("de", "Möglicherweise war die Ladung auf dem Fahrzeugdeck verrutscht.", False, [], None),
    (
        "de",
        "Es ist bereits das vierte schwere Fährunglück auf den Philippinen seit 2023.",
        True,
        [("ordinal", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- Bus plunges into ravine in northern Pakistan (AFP), March 12 ---
    (
        "en",
        "ISLAMABAD (AFP) - At least 22 people were killed when a passenger bus plunged into a ravine on the Karakoram Highway in northern Pakistan on Thursday, officials said.",
        True,
        [("count", 22, None, "at_least")],
        None,
    ),
    (
        "en",
        "The bus was carrying 37 passengers from Rawalpindi to Gilgit when it skidded off a narrow bend and fell about 150 metres towards the Indus.",
        True,
        [("count", 37, None, None), ("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        "Rescuers pulled 15 injured people from the wreckage, among them a 10-year-old boy, a local administration official told AFP.",
        True,
        [("count", 15, None, None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "The driver, who also died, had been at the wheel for almost 11 hours without a break, police said.",
        True,
        [("duration", 11, "hour", "nearly")],
        None,
    ),
    (
        "en",
        '"The roads here are death traps," said a shopkeeper in Chilas who helped carry the injured.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The region's chief secretary ordered an inquiry and announced compensation of one million rupees for each victim's family.",
        True,
        [("money", 1000000, "PKR", None)],
        None,
    ),
    ("en", "The provincial government urged transport companies to put safety before profit.", False, [], None),
    (
        "en",
        "More than 200 people die on the mountain highways of the north each year, about 40% of them bus passengers, according to government figures.",
        True,
        [("count", 200, None, "over"), ("percent", 40, "%", "about")],
        None,
    ),
    # --- ICE prallt gegen umgestürzten Baum (dpa), Montag, 16. März ---
    (
        "de",
        "Fulda (dpa) - Ein ICE ist am Montagabend bei Sturm in Osthessen gegen einen umgestürzten Baum geprallt, elf Menschen wurden verletzt.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Der Zug war mit rund 480 Reisenden von Frankfurt nach Berlin unterwegs und fuhr beim Aufprall etwa 190 Kilometer pro Stunde, sagte Bahnsprecherin Janina Kreutzfeldt.",
        True,
        [("count", 480, None, "about"), ("count", 190, None, "about")],
        "Janina Kreutzfeldt",
    ),
    (
        "de",
        "Zwei der Verletzten, der 44 Jahre alte Lokführer und eine Zugbegleiterin, kamen ins Krankenhaus.",
        True,
        [("count", 2, None, None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Die Fahrgäste mussten fast vier Stunden im Zug ausharren, bevor sie in einen Ersatzzug umsteigen konnten.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "„Es war stockdunkel, draußen heulte der Sturm, und keiner wusste, wie es weitergeht“, erzählte eine Reisende aus Kassel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst registrierte in Osthessen am Abend Windspitzen von bis zu 110 Kilometern pro Stunde.",
        True,
        [("count", 110, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Schnellfahrstrecke zwischen Fulda und Kassel war bis Dienstagmittag gesperrt, 64 Fernzüge fielen aus oder wurden umgeleitet.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    ("de", "Ein Fahrgastverband sprach von einem „Totalversagen beim Rückschnitt der Bäume“.", False, [], None),
    (
        "de",
        "Die Bundesstelle für Eisenbahnunfalluntersuchung prüft, ob sie eine Untersuchung einleitet.",
        True,
        [],
        None,
    ),
    # --- NTSB preliminary report on a fan blade failure (Reuters), March 17 ---
    (
        "en",
        "WASHINGTON, March 17 (Reuters) - A fan blade that broke off inside the left engine of a Cascadia Connect regional jet last month showed signs of metal fatigue, the National Transportation Safety Board said on Tuesday, releasing its preliminary findings.",
        True,
        [("date", "--03-17", None, None)],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The engine failed as the jet climbed through flight level 230, roughly 25 minutes after it left Spokane for Seattle with 68 passengers and four crew on Feb. 19.",
        True,
        [
            ("count", 230, None, None),
            ("duration", 25, "minute", "about"),
            ("count", 68, None, None),
            ("count", 4, None, None),
            ("date", "--02-19", None, None),
        ],
        None,
    ),
    (
        "en",
        "Fragments pierced the engine cowling and left a dent about 30 centimetres long in the fuselage, but no one was hurt, the report said.",
        True,
        [("count", 30, None, "about")],
        None,
    ),
    (
        "en",
        "The crew shut down the engine and landed safely in Yakima 19 minutes later.",
        True,
        [("duration", 19, "minute", None)],
        None,
    ),
    (
        "en",
        "The blade had flown about 14,600 cycles since its last inspection, roughly 70% of its certified life, the NTSB said.",
        True,
        [("count", 14600, None, "about"), ("percent", 70, "%", "about")],
        "the NTSB",
    ),
    ("en", "The preliminary report did not say what had caused the fatigue.", False, [], None),
    (
        "en",
        "Cascadia Connect said it had inspected the engines on all 41 of its jets of the type and found no further damage.",
        True,
        [("count", 41, None, None)],
        "Cascadia Connect",
    ),
    ("en", '"Safety is the foundation of everything we do," Cascadia Connect said in a statement.', False, [], None),
    (
        "en",
        "It was the second uncontained engine failure on a U.S. regional jet in 18 months.",
        True,
        [("ordinal", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    # --- Kleinflugzeug zerschellt im Pinzgau (APA), Mittwoch, 18. März ---
    (
        "de",
        "Zell am See (APA) - Beim Absturz eines Kleinflugzeugs im Pinzgau sind am Mittwoch zwei Männer aus Bayern ums Leben gekommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Maschine vom Typ Piper PA-32 war kurz nach 14.00 Uhr vom Flugplatz Zell am See gestartet und rund zehn Minuten später gegen eine Felswand geprallt.",
        True,
        [("duration", 10, "minute", "about")],
        None,
    ),
    (
        "de",
        "Bei den Toten handelt es sich um den 67 Jahre alten Piloten aus Traunstein und seinen 39-jährigen Sohn, teilte die Landespolizeidirektion Salzburg mit.",
        True,
        [("duration", 67, "year", None), ("duration", 39, "year", None)],
        "die Landespolizeidirektion Salzburg",
    ),
    (
        "de",
        "Ein Wanderer hatte den Absturz beobachtet und über den Notruf 140 die Bergrettung alarmiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Absturzstelle liegt auf rund 1.900 Metern Seehöhe in schwer zugänglichem Gelände.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    ("de", "Warum der Pilot bei tiefer Bewölkung in das enge Tal einflog, ist völlig unklar.", False, [], None),
    (
        "de",
        "Es ist bereits der zweite tödliche Flugunfall im Bundesland Salzburg heuer.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Der Bürgermeister von Kaprun sprach von einer „furchtbaren Tragödie“.", False, [], None),
    # --- AAIB special bulletin on a low approach to Jersey (PA), March 19 ---
    (
        "en",
        "LONDON (PA) - A passenger plane came within 400 feet of the sea while approaching Jersey in poor visibility after the crew set the wrong altitude on the autopilot, air accident investigators have found.",
        True,
        [("count", 400, None, None)],
        None,
    ),
    (
        "en",
        "The Air Accidents Investigation Branch said in a special bulletin that the Islander Airways ATR 72 was descending at about 1,500 feet per minute when a terrain warning sounded in the cockpit.",
        True,
        [("count", 1500, None, "about")],
        "the Air Accidents Investigation Branch",
    ),
    (
        "en",
        "The crew pulled up and climbed away about four seconds after the warning, the bulletin said.",
        True,
        [("duration", 4, "second", "about")],
        None,
    ),
    (
        "en",
        "The aircraft, with 58 passengers and four crew on board, landed safely on its second approach 17 minutes later.",
        True,
        [
            ("count", 58, None, None),
            ("count", 4, None, None),
            ("ordinal", 2, None, None),
            ("duration", 17, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "The AAIB found that the 31-year-old first officer had entered 400 feet instead of 4,000 feet while the captain was talking to air traffic control.",
        True,
        [("duration", 31, "year", None), ("count", 400, None, None), ("count", 4000, None, None)],
        None,
    ),
    ("en", 'Islander Airways said the safety of its passengers "is never compromised".', False, [], None),
    (
        "en",
        "The airline said both pilots had been given additional simulator training before returning to duty.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Frankly, this could have ended very differently," said one veteran Channel Islands pilot.',
        False,
        [],
        None,
    ),
    # --- BEA-Zwischenbericht zum Absturz in der Auvergne (AFP), Montag, 23. März ---
    (
        "de",
        "Paris (AFP) - Vereiste Tragflächen haben nach ersten Erkenntnissen der französischen Untersuchungsbehörde BEA zum Absturz eines Regionalflugzeugs in der Auvergne im Januar geführt, bei dem alle 48 Insassen starben.",
        True,
        [("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Die ATR 72 der Regionalfluglinie Volcania war am 14. Januar im Landeanflug auf Aurillac aus einer Höhe von rund 3.500 Metern in einen Sturzflug übergegangen, heißt es in dem am Montag veröffentlichten Zwischenbericht.",
        True,
        [("date", "--01-14", None, None), ("count", 3500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Maschine sei binnen 42 Sekunden um mehr als 2.800 Meter gefallen, schreiben die Ermittler.",
        True,
        [("duration", 42, "second", None), ("count", 2800, None, "over")],
        None,
    ),
    (
        "de",
        "Die Enteisungsanlage der Tragflächen sei zwar eingeschaltet gewesen, die Geschwindigkeit habe aber rund 15 Knoten unter dem bei Vereisung vorgeschriebenen Wert gelegen, sagte BEA-Ermittler Julien Marchal.",
        True,
        [("count", 15, None, "about")],
        "Julien Marchal",
    ),
    (
        "de",
        "Die Außentemperatur betrug zum Zeitpunkt des Unglücks minus neun Grad.",
        True,
        [("count", -9, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Piloten die Warnsignale rechtzeitig hätten erkennen können, lässt der Bericht offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Abschlussbericht soll in etwa zwölf Monaten vorliegen.",
        True,
        [("duration", 12, "month", "about")],
        None,
    ),
    ("de", "Angehörige der Opfer nannten den Bericht „einen ersten Schritt, mehr nicht“.", False, [], None),
    (
        "de",
        "Volcania hat ihre übrigen fünf ATR-Maschinen nach dem Unglück vorübergehend aus dem Verkehr gezogen.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    # --- High-speed train hits maintenance vehicle in Turkey (Reuters), March 24 ---
    (
        "en",
        "ANKARA, March 24 (Reuters) - A high-speed passenger train collided with a track maintenance vehicle near Eskisehir in western Turkey early on Tuesday, killing four people and injuring 43, the governor's office said.",
        True,
        [("date", "--03-24", None, None), ("count", 4, None, None), ("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "The train, with 312 passengers on board, was travelling from Ankara to Istanbul at about 160 kph when it hit the vehicle in a curve, the transport minister told reporters at the scene.",
        True,
        [("count", 312, None, None), ("count", 160, None, "about")],
        None,
    ),
    (
        "en",
        "Three of the dead were railway workers on the maintenance vehicle, and the fourth was the train's 36-year-old driver.",
        True,
        [("count", 3, None, None), ("ordinal", 4, None, None), ("duration", 36, "year", None)],
        None,
    ),
    (
        "en",
        "Officials said the maintenance vehicle had been cleared to use the track only until 0230 GMT, about 20 minutes before the collision.",
        True,
        [("duration", 20, "minute", "about")],
        None,
    ),
    (
        "en",
        "Prosecutors detained two dispatchers for questioning, state broadcaster TRT reported.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "The minister vowed that those responsible would be held to account.", False, [], None),
    (
        "en",
        "Opposition lawmakers accused the government of rushing the high-speed network into service.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the third fatal accident on the country's high-speed lines since 2018.",
        True,
        [("ordinal", 3, None, None), ("year", 2018, None, None)],
        None,
    ),
    # --- Reisebus mit Schülern kippt auf der A 4 um (dpa), Mittwoch, 25. März ---
    (
        "de",
        "Chemnitz (dpa) - Auf der Autobahn 4 bei Chemnitz ist ein mit Schülern besetzter Reisebus umgestürzt, 24 Menschen wurden verletzt.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Im Bus saßen 49 Schülerinnen und Schüler einer neunten Klasse aus Heilbronn, drei Lehrkräfte und zwei Fahrer, teilte die Polizeidirektion Chemnitz mit.",
        True,
        [("count", 49, None, None), ("ordinal", 9, None, None), ("count", 3, None, None), ("count", 2, None, None)],
        "die Polizeidirektion Chemnitz",
    ),
    (
        "de",
        "Vier Jugendliche im Alter von 14 und 15 Jahren erlitten schwere Verletzungen.",
        True,
        [("count", 4, None, None), ("duration", 14, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "Der Fahrtenschreiber zeigte 94 km/h und damit gut 50 Prozent mehr als die in dem Baustellenbereich erlaubten 60 km/h.",
        True,
        [("count", 94, None, None), ("percent", 50, "%", "over"), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Der 56 Jahre alte Fahrer wurde leicht verletzt, ein Atemalkoholtest verlief negativ.",
        True,
        [("duration", 56, "year", None)],
        None,
    ),
    ("de", "„Die Kinder haben unglaublich besonnen reagiert“, sagte ein Feuerwehrsprecher.", False, [], None),
    (
        "de",
        "Die Autobahn war in Richtung Dresden rund sechs Stunden lang gesperrt, der Stau reichte zeitweise 15 Kilometer weit zurück.",
        True,
        [("duration", 6, "hour", "about"), ("count", 15, None, None)],
        None,
    ),
    ("de", "Die Schulleitung bat darum, den Familien jetzt Zeit und Ruhe zu lassen.", False, [], None),
    # --- Tour bus overturns on the Thruway (AP), March 26 ---
    (
        "en",
        "ALBANY, N.Y. (AP) — A tour bus carrying casino-goers overturned on an icy stretch of the New York State Thruway on Thursday night, killing two passengers and injuring 29, state police said.",
        True,
        [("count", 2, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "en",
        "The victims were women aged 71 and 78 from Queens, police said.",
        True,
        [("duration", 71, "year", None), ("duration", 78, "year", None)],
        None,
    ),
    (
        "en",
        "The Empire Vista Tours bus was heading back to New York City with 51 people on board when it slid off the road near Exit 21 and rolled down an embankment.",
        True,
        [("count", 51, None, None)],
        None,
    ),
    (
        "en",
        "The 63-year-old driver told troopers the bus had hit a patch of black ice, Trooper Melissa Brandvold said.",
        True,
        [("duration", 63, "year", None)],
        "Melissa Brandvold",
    ),
    (
        "en",
        "The temperature had dropped to 26 degrees Fahrenheit shortly before the crash, the National Weather Service said.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "en",
        '"People were screaming and climbing over seats in the dark," said passenger Gloria Benavides.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Federal records show the company's buses failed three of 11 roadside inspections in the past two years.",
        True,
        [("count", 3, None, None), ("count", 11, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Empire Vista Tours did not respond to requests for comment.", False, [], None),
    (
        "en",
        "The governor ordered flags on state buildings lowered to half-staff for two days.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    # --- Kursschiff prallt gegen Schiffstation in Weggis (Keystone-SDA), Montag, 30. März ---
    (
        "de",
        "Luzern (Keystone-SDA) - Ein Kursschiff ist am Montag beim Anlegen in Weggis gegen die Schiffstation geprallt, 17 Passagiere wurden leicht verletzt.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "An Bord des Motorschiffs «Pilatusblick» befanden sich 183 Fahrgäste und fünf Besatzungsmitglieder, wie die Luzerner Polizei mitteilte.",
        True,
        [("count", 183, None, None), ("count", 5, None, None)],
        "die Luzerner Polizei",
    ),
    (
        "de",
        "Das Schiff fuhr gemäss ersten Abklärungen mit rund acht Knoten auf den Steg zu, üblich sind beim Anlegen höchstens zwei Knoten.",
        True,
        [("count", 8, None, "about"), ("count", 2, None, "at_most")],
        None,
    ),
    (
        "de",
        "Der 58-jährige Schiffsführer gab an, der Umkehrschub habe nicht reagiert.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "«Es hat einen gewaltigen Ruck gegeben, und alle Stühle sind durch den Salon geflogen», erzählte eine Passagierin aus Zug.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweizerische Sicherheitsuntersuchungsstelle (SUST) hat eine Untersuchung eingeleitet, der Steg bleibt für mindestens zwei Wochen gesperrt.",
        True,
        [("duration", 2, "week", "at_least")],
        None,
    ),
    ("de", "Den Sachschaden schätzt die Polizei auf mehrere hunderttausend Franken.", True, [], None),
    ("de", "Die Reederei Urnersee Linien AG entschuldigte sich bei den Fahrgästen.", False, [], None),
    # --- Bolivian investigators' preliminary report (Reuters), March 31 ---
    (
        "en",
        "LA PAZ, March 31 (Reuters) - The crew of the Aerolíneas Illimani jet that crashed near Cochabamba this month descended below the minimum safe altitude while searching for the runway in fog, according to a preliminary report Bolivian investigators released on Tuesday.",
        True,
        [("date", "--03-31", None, None)],
        None,
    ),
    (
        "en",
        "The Embraer E175 was at 8,850 feet, about 450 feet below the lowest altitude permitted on that part of the approach, when it hit the hill, the report said.",
        True,
        [("count", 8850, None, None), ("count", 450, None, "about")],
        None,
    ),
    (
        "en",
        "The cockpit voice recorder captured a terrain warning 11 seconds before impact, followed by the captain calling for a climb.",
        True,
        [("duration", 11, "second", None)],
        None,
    ),
    (
        "en",
        "The death toll rose to 16 after two of the injured died in hospital.",
        True,
        [("count", 16, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "The report did not assign blame.", False, [], None),
    (
        "en",
        "The civil aviation authority said it had suspended the airline's approval for low-visibility approaches for 90 days.",
        True,
        [("duration", 90, "day", None)],
        "the civil aviation authority",
    ),
    (
        "en",
        '"We are still waiting for someone to tell us the truth," said the brother of one of the victims.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The airline's pilots' union said the crew had been on duty for 13 hours the day before the crash, above the company's own limit of 12 hours.",
        True,
        [("duration", 13, "hour", None), ("duration", 12, "hour", None)],
        None,
    ),
    # --- BFU-Zwischenbericht zum Absturz bei Memmingen (dpa), Mittwoch, 1. April ---
    (
        "de",
        "Braunschweig (dpa) - Die Piloten des vor vier Wochen bei Memmingen abgestürzten Geschäftsreiseflugzeugs sind laut dem Zwischenbericht der Bundesstelle für Flugunfalluntersuchung (BFU) im Nebel viel zu früh unter die vorgeschriebene Mindesthöhe gesunken.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Demnach befand sich die Cessna rund 2,5 Kilometer vor der Schwelle nur noch in etwa 60 Metern Höhe über Grund, vorgeschrieben waren an dieser Stelle mindestens 180 Meter.",
        True,
        [("count", 2.5, None, "about"), ("count", 60, None, "about"), ("count", 180, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Warnung des Bodenannäherungssystems ertönte rund acht Sekunden vor dem Aufprall.",
        True,
        [("duration", 8, "second", "about")],
        None,
    ),
    (
        "de",
        "Der 58-jährige Kapitän habe in den zwölf Monaten vor dem Unfall nur drei Landungen in Memmingen absolviert, heißt es in dem Bericht.",
        True,
        [("duration", 58, "year", None), ("duration", 12, "month", None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Ob Müdigkeit eine Rolle spielte, wollen die Ermittler erst im Abschlussbericht bewerten.", False, [], None),
    (
        "de",
        "Der Abschlussbericht solle binnen eines Jahres nach dem Unfall erscheinen, sagte BFU-Sprecher Tobias Rehkämper.",
        True,
        [],
        "Tobias Rehkämper",
    ),
    ("de", "Der Betreiber Bodensee Jet Charter erklärte, er werde den Bericht sorgfältig prüfen.", False, [], None),
    (
        "de",
        "Die Firma hatte ihre beiden übrigen Jets nach dem Absturz für zehn Tage am Boden gelassen.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    # --- Launch capsizes on the Meghna (AFP), April 2 ---
    (
        "en",
        "DHAKA (AFP) - At least 41 people drowned when an overcrowded passenger launch capsized after colliding with a sand-laden cargo vessel on the Meghna river, officials said Thursday.",
        True,
        [("count", 41, None, "at_least")],
        None,
    ),
    (
        "en",
        "The three-deck MV Sonar Tori was carrying more than 300 passengers, almost twice the 160 it was licensed for, river port officials said.",
        True,
        [
            ("count", 3, None, None),
            ("count", 300, None, "over"),
            ("count", 2, None, "nearly"),
            ("count", 160, None, None),
        ],
        None,
    ),
    (
        "en",
        "Fire service divers said at least 25 people were still missing on Thursday evening.",
        True,
        [("count", 25, None, "at_least")],
        None,
    ),
    (
        "en",
        "About 230 passengers swam ashore or were picked up by fishing boats.",
        True,
        [("count", 230, None, "about")],
        None,
    ),
    (
        "en",
        '"I saw the lights of the other ship, and then the water came in," said a student who swam to the bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bangladesh Inland Water Transport Authority said it had formed a five-member committee to report within seven days.",
        True,
        [("count", 5, None, None), ("duration", 7, "day", None)],
        "the Bangladesh Inland Water Transport Authority",
    ),
    (
        "en",
        "Each victim's family will receive 25,000 taka from the government for funeral costs.",
        True,
        [("money", 25000, "BDT", None)],
        None,
    ),
    ("en", "Activists said the accident was the result of years of lax enforcement.", False, [], None),
    (
        "en",
        "More than 3,000 people have died in launch accidents in Bangladesh since 2000, according to a passenger rights group.",
        True,
        [("count", 3000, None, "over"), ("year", 2000, None, None)],
        None,
    ),
    # --- SUB-Zwischenbericht zur Zugkollision bei Pöchlarn (APA), Montag, 6. April ---
    (
        "de",
        "Wien (APA) - Der Regionalzug, der Anfang März bei Pöchlarn mit einem Güterzug kollidiert ist, hat ein Haltesignal überfahren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das geht aus dem Zwischenbericht der Sicherheitsuntersuchungsstelle des Bundes (SUB) hervor, der am Montag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demnach passierte der Zug das auf Rot stehende Signal mit 74 km/h und legte danach noch rund 380 Meter bis zur Kollisionsstelle zurück.",
        True,
        [("count", 74, None, None), ("count", 380, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zugsicherung habe zwar eine Zwangsbremsung ausgelöst, der Bremsweg habe aber nicht mehr ausgereicht, sagte SUB-Leiterin Elfriede Haslinger.",
        True,
        [],
        "Elfriede Haslinger",
    ),
    (
        "de",
        "Der Güterzug mit 22 Waggons hatte laut Bericht Vorrang und fuhr nur mit rund 25 km/h.",
        True,
        [("count", 22, None, None), ("count", 25, None, "about")],
        None,
    ),
    ("de", "Warum der erfahrene Lokführer das Signal übersah, ist weiterhin ungeklärt.", False, [], None),
    (
        "de",
        "Die Zahl der Todesopfer ist inzwischen auf drei gestiegen, ein 72-jähriger Pensionist erlag Ende März seinen Verletzungen.",
        True,
        [("count", 3, None, None), ("duration", 72, "year", None)],
        None,
    ),
    ("de", "Die Gewerkschaft vida forderte, die Belastung der Lokführer endlich ernst zu nehmen.", False, [], None),
    (
        "de",
        "Die ÖBB kündigten an, bis 2028 rund 120 Millionen Euro in die Modernisierung der Zugsicherung auf Nebenstrecken zu investieren.",
        True,
        [("year", 2028, None, None), ("money", 120000000, "EUR", "about")],
        None,
    ),
    # --- RAIB interim statement on the mid-Wales derailment (PA), April 7 ---
    (
        "en",
        "LONDON (PA) - The train that derailed after striking a landslip in mid-Wales last month was travelling at 52mph, close to the line speed, when the driver saw the debris, rail accident investigators said.",
        True,
        [("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "In an interim statement, the Rail Accident Investigation Branch said the driver applied the emergency brake about 140 metres before the slip but could not stop in time.",
        True,
        [("count", 140, None, "about")],
        "the Rail Accident Investigation Branch",
    ),
    (
        "en",
        "The leading carriage hit the mud at about 33mph, and its front wheelset came off the rails.",
        True,
        [("count", 33, None, "about")],
        None,
    ),
    (
        "en",
        "The RAIB found that a drainage ditch above the cutting had been blocked for at least four months.",
        True,
        [("duration", 4, "month", "at_least")],
        None,
    ),
    (
        "en",
        "Network Rail said it had since cleared more than 60 kilometres of drainage along the route.",
        True,
        [("count", 60, None, "over")],
        None,
    ),
    ("en", 'Passenger groups called the findings "deeply worrying".', False, [], None),
    (
        "en",
        "The line reopened on March 23 after 18 days of repairs.",
        True,
        [("date", "--03-23", None, None), ("duration", 18, "day", None)],
        None,
    ),
    ("en", "The RAIB said it would not comment on possible causes until its final report.", False, [], None),
    # --- Stadtbahn rammt Linienbus in Stuttgart (dpa/lsw), Mittwoch, 8. April ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Bei einem Zusammenstoß einer Stadtbahn mit einem Linienbus im Stuttgarter Osten sind am Mittwochmorgen 19 Menschen verletzt worden, drei von ihnen schwer.",
        True,
        [("count", 19, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Stadtbahn der Linie U4 erfasste den Bus gegen 7.35 Uhr an einer Kreuzung seitlich und schob ihn etwa 15 Meter weit vor sich her, teilte die Polizei mit.",
        True,
        [("count", 15, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "In der Bahn saßen rund 120 Fahrgäste, im Bus etwa 35.",
        True,
        [("count", 120, None, "about"), ("count", 35, None, "about")],
        None,
    ),
    ("de", "Unter den Schwerverletzten ist der 62-jährige Busfahrer.", True, [("duration", 62, "year", None)], None),
    ("de", "Nach Zeugenaussagen soll der Bus bei Rot in die Kreuzung eingefahren sein.", True, [], None),
    ("de", "„Das hätte noch viel schlimmer ausgehen können“, sagte ein Polizeisprecher am Unfallort.", False, [], None),
    ("de", "Zur Unfallursache wollten sich die Verkehrsbetriebe zunächst nicht äußern.", False, [], None),
    (
        "de",
        "Die Polizei beziffert den Sachschaden auf rund 650.000 Euro.",
        True,
        [("money", 650000, "EUR", "about")],
        None,
    ),
    # --- NTSB preliminary report on the Texas crossing crash (AP), April 9 ---
    (
        "en",
        "WASHINGTON (AP) — The gravel truck hit by a commuter train in Texas last month had been stuck on the crossing for nearly three minutes before the crash, the National Transportation Safety Board said Thursday.",
        True,
        [("duration", 3, "minute", "nearly")],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The driver had called 911 about 40 seconds before the collision, but the dispatcher did not reach the railroad in time, according to the preliminary report.",
        True,
        [("duration", 40, "second", "about")],
        None,
    ),
    (
        "en",
        "The crossing's gates came down 27 seconds before the train arrived, as federal rules require, the report said.",
        True,
        [("duration", 27, "second", None)],
        None,
    ),
    (
        "en",
        "The NTSB said the crossing's hump was about 14 inches higher than guidelines recommend for low-clearance trucks.",
        True,
        [("count", 14, None, "about")],
        None,
    ),
    (
        "en",
        "Ashby declined to say whether the dispatcher's handling of the call had contributed to the crash.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The death toll rose to two last week when a 54-year-old passenger died of her injuries.",
        True,
        [("count", 2, None, None), ("duration", 54, "year", None)],
        None,
    ),
    (
        "en",
        "Brazos Valley Commuter Rail said it had asked the county to close the crossing to trucks, and the county agreed on Tuesday.",
        True,
        [],
        "Brazos Valley Commuter Rail",
    ),
    ("en", "County commissioners said they regretted not acting sooner.", False, [], None),
    # --- SUST-Zwischenbericht zum Helikopterabsturz (Keystone-SDA), Montag, 13. April ---
    (
        "de",
        "Bern (Keystone-SDA) - Beim tödlichen Helikopterabsturz im Val Lumnezia vom 9. März ist das Lastseil kurz vor dem Absetzen der Last in den Heckrotor geraten.",
        True,
        [("date", "--03-09", None, None)],
        None,
    ),
    (
        "de",
        "Zu diesem Schluss kommt die Schweizerische Sicherheitsuntersuchungsstelle (SUST) in ihrem Zwischenbericht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Helikopter schwebte demnach in rund 60 Metern Höhe, als eine Böe von etwa 35 Kilometern pro Stunde die Last erfasste.",
        True,
        [("count", 60, None, "about"), ("count", 35, None, "about")],
        None,
    ),
    (
        "de",
        "Innert weniger als zwei Sekunden habe der Pilot die Kontrolle über die Maschine verloren, sagte SUST-Untersuchungsleiter Gian-Reto Casutt.",
        True,
        [("duration", 2, "second", "under")],
        "Gian-Reto Casutt",
    ),
    (
        "de",
        "Das Seil war 25 Meter lang und damit rund zehn Meter länger als bei solchen Einsätzen üblich.",
        True,
        [("count", 25, None, None), ("count", 10, None, "about")],
        None,
    ),
    (
        "de",
        "«Wir werden unsere Verfahren gründlich überprüfen», sagte ein Sprecher der Heli Surselva AG.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SUST empfahl dem Bundesamt für Zivilluftfahrt (Bazl), die Regeln für Lastflüge bei Wind zu verschärfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit 2015 hat die SUST elf Unfälle bei Lastflügen untersucht, vier davon endeten tödlich.",
        True,
        [("year", 2015, None, None), ("count", 11, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- FAA orders fan blade inspections (Reuters), April 14 ---
    (
        "en",
        "WASHINGTON, April 14 (Reuters) - The Federal Aviation Administration told airlines on Tuesday to inspect fan blades on about 1,100 engines within 30 days after a blade broke off on a Cascadia Connect jet in February.",
        True,
        [("date", "--04-14", None, None), ("count", 1100, None, "about"), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The airworthiness directive covers about 560 regional jets at 14 U.S. carriers, roughly a quarter of the country's regional fleet, the FAA said.",
        True,
        [("count", 560, None, "about"), ("count", 14, None, None), ("fraction", 0.25, None, "about")],
        "the FAA",
    ),
    (
        "en",
        "Inspections must be repeated every 2,000 flight cycles, and each check takes about six hours per engine.",
        True,
        [("count", 2000, None, None), ("duration", 6, "hour", "about")],
        None,
    ),
    (
        "en",
        "The FAA estimated the cost to operators at about $4.2 million.",
        True,
        [("money", 4200000, "USD", "about")],
        None,
    ),
    ("en", "Analysts said the inspections were unlikely to cause major disruption.", False, [], None),
    (
        "en",
        "Vantor Aero Engines, which makes the engine, said it had already found cracks in two blades during checks on 310 engines.",
        True,
        [("count", 2, None, None), ("count", 310, None, None)],
        None,
    ),
    ("en", '"We are confident in the safety of our engines," the company said.', False, [], None),
    ("en", "The NTSB's final report on the February incident is expected in about a year.", True, [], None),
    # --- Ferienflieger kehrt nach Triebwerksbrand nach Hannover zurück (dpa), Mittwoch, 15. April ---
    (
        "de",
        "Hannover (dpa) - Nach einem Triebwerksbrand kurz nach dem Start ist ein Ferienflieger zum Flughafen Hannover zurückgekehrt und notgelandet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Airbus A321 der Fluggesellschaft Leinejet war mit 214 Passagieren und sieben Besatzungsmitgliedern auf dem Weg nach Antalya, teilte der Flughafen mit.",
        True,
        [("count", 214, None, None), ("count", 7, None, None)],
        "der Flughafen",
    ),
    (
        "de",
        "Die Besatzung meldete den Brand im linken Triebwerk in einer Höhe von etwa 2.400 Metern, rund sechs Minuten nach dem Abheben.",
        True,
        [("count", 2400, None, "about"), ("duration", 6, "minute", "about")],
        None,
    ),
    (
        "de",
        "Nach 22 Minuten setzte die Maschine wieder auf, die Feuerwehr löschte das Triebwerk noch auf der Piste 27R.",
        True,
        [("duration", 22, "minute", None)],
        None,
    ),
    (
        "de",
        "Über die Notrutschen verließen die Passagiere die Maschine, drei von ihnen wurden dabei leicht verletzt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben die Flammen aus dem Fenster gesehen und nur noch gebetet“, sagte ein Urlauber aus Celle.",
        False,
        [],
        None,
    ),
    ("de", "Die BFU hat den Zwischenfall als schwere Störung eingestuft und ermittelt.", True, [], None),
    (
        "de",
        "Der Flughafen war für rund 50 Minuten gesperrt, zwölf Starts verzögerten sich.",
        True,
        [("duration", 50, "minute", "about"), ("count", 12, None, None)],
        None,
    ),
    ("de", "Leinejet bedauerte die Unannehmlichkeiten für die Reisenden.", False, [], None),
    # --- AAIB report on a fatal crash at a Kent airfield (PA), April 16 ---
    (
        "en",
        "LONDON (PA) - A light aircraft that crashed shortly after take-off from a Kent airfield, killing its pilot and passenger, stalled while turning back towards the runway at low height, investigators have said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Air Accidents Investigation Branch said the two-seat aircraft had climbed to only about 300 feet when its engine lost power.",
        True,
        [("count", 2, None, None), ("count", 300, None, "about")],
        "the Air Accidents Investigation Branch",
    ),
    (
        "en",
        "The pilot, 71, then turned left through almost 180 degrees in an attempt to land back on the airfield, the AAIB said.",
        True,
        [("duration", 71, "year", None), ("count", 180, None, "nearly")],
        None,
    ),
    (
        "en",
        "Witnesses saw the aircraft's nose drop sharply about 20 seconds after the turn began.",
        True,
        [("duration", 20, "second", "about")],
        None,
    ),
    (
        "en",
        "His passenger, a 44-year-old man from Maidstone, also died at the scene.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "The AAIB found water in fuel drained from the tanks and said the aircraft had not flown for five months before the accident.",
        True,
        [("duration", 5, "month", None)],
        None,
    ),
    ("en", "The pilot's family said in a statement that he had loved flying all his life.", False, [], None),
    (
        "en",
        "Flying instructors have long warned pilots against turning back after an engine failure on take-off.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the fourth fatal light aircraft accident in England this year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
]
