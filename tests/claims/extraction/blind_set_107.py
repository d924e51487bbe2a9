"""Hundred-and-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, operators, ships and figures are
made up (Weserflug, Anke Hollmann, Martin Oberdieck, the Salzkammergut-Regionalbahn, Karin
Stadlbauer, Markus Hinterleitner, Günther Schwaighofer, Alpinia Airways, Reto Gysin, Ionian
Seaways and its ferry „Kalliroi“, Baltica Bus, Varga Aerospace and its VR-190, Baltavia;
Andina Express, Luz Marina Ocampo, Tomás Villegas, Rachel Brandt, Tri-County Rail, Dwayne
Hollis, Ellen Strand, Carla Jimenez, Transportes Qhapaq, SkyBridge, Gemma Rowntree, Harbor
Point Securities, SunCoast Airways, Dana Whitlock, Mark Halloran, Albert Mbuyi, Arvind
Sethi, Hebridean Link and its MV Lochmara); real bodies, places and aircraft types
("Bundesstelle für Flugunfalluntersuchung", "Luftfahrt-Bundesamt", "Rotes Kreuz", "THW",
"Sicherheitsuntersuchungsstelle des Bundes", "Landesfeuerwehrkommando", "vida",
"Staatsanwaltschaft Bamberg", "SUST", "Bundesamt für Zivilluftfahrt", "Kantonspolizei
Genf", "Landespolizeidirektion Tirol", "EASA", "Statistisches Bundesamt", "ADAC",
"Montrealer Übereinkommen"; "National Transportation Safety Board", "Federal Railroad
Administration", "Red Cross", "North West Ambulance Service", "Air Accidents Investigation
Branch", "Civil Aviation Authority", "Which?", "FAA", "Cirium", "Indian Railways", "Police
Scotland", "Met Office", "Coast Guard"; "ATR 72-600", "Airbus A320", "Piper PA-28",
"Embraer E190", "Boeing 737-800", "Cessna 208B Grand Caravan") stand for the way wire copy
names them; what is said, counted, paid and found here is invented (the Überlingen
collision of 2002, a charter crash near Medellin in 2016, a California rail crash in 2008
and the Balasore collision of 2023 are named as background only).

Its weight: TRANSPORT ACCIDENTS AND SAFETY INVESTIGATIONS over several days, each told in
story order (a dateline lead with a hedged toll, the people on board, the scene and the
rescue, the toll revised, recorders recovered, the investigators' first findings and their
preliminary report, regulators grounding aircraft, compensation, earlier incidents, the
operator's line, quotes, condolences and colour). Half German (dpa, dpa/lby, APA,
Keystone-SDA; Austrian "Jänner", "heuer", "einvernommen", "Seehöhe", Swiss "11'000",
"Franken", «» quotes, German „“ quotes): a regional airliner down near Paderborn over three
datelines (the lead, the second day, the BFU's interim report four weeks on), a regional
train derailed in the Salzkammergut over two days, an emergency landing in Geneva, a ferry
fire off Corfu over two days, a long-distance coach crash on the A9, a light aircraft in the
Ötztal Alps, EASA grounding the VR-190 and Germany's rail accident statistics. Half English
(Reuters, AP, AFP, PA): an airliner crash near Pereira from the lead through the toll's
rise, the recorders, the grounding and the preliminary report to a settlement six months
later, a commuter train derailment near Cleveland over two days, a bus in a Peruvian
ravine, a cabin pressure loss over England and the AAIB's bulletin, the FAA grounding the
VR-190, a ferry capsized on a Congolese lake, a train collision in Bihar, a ferry striking
the pier at Oban and a commuter plane lost near Nome. Figures as such copy has them: tolls
hedged, revised and contradicted ("mindestens 14", "auf 19 gestiegen", "At least 23",
"rose to 31", "put the number of dead at 87"), passengers and crew ("61 Passagiere und vier
Besatzungsmitglieder", "59 passengers and five crew", "146 passengers, 38 vehicles and 19
crew"), altitudes, descents and distances ("in rund 11'000 Metern Höhe", "auf rund 2.900
Metern Seehöhe", "um fast 600 Meter", "at about 2,100 meters (6,900 feet)", "more than
25,000 feet in under four minutes", "37,000 feet"), speeds against limits ("mit 92 km/h
..., erlaubt sind dort 50 km/h", "auf 166 km/h ..., mindestens 200 km/h", "at 71 mph on a
curve with a speed limit of 30 mph", "about 110 km per hour", "by 10 mph"), seconds,
minutes and hours of flights, evacuations and rescues ("rund 90 Sekunden", "about six
seconds", "knapp drei Stunden", "Die rund elfstündige Rettungsaktion", "nearly 14 hours"),
the n-th accident of its kind ("der zweite tödliche Bahnunfall in Österreich heuer", "der
vierte Brand auf einer Fähre ... seit 2018", "the fifth fatal bus crash ... and the second
in a week", "the second time in 18 months"), report deadlines ("binnen 30 Tagen", "within
30 days, with a final report taking 12 to 24 months"), groundings, compensation and
settlements in euros, Swiss francs, special drawing rights, dollars, pounds and rupees, and
identifiers that carry none (flight numbers, aircraft types, roads). Negatives as such copy
has them: eyewitness and survivor quotes, condolences and prayers, scene colour,
unattributed speculation, appeals and advice, statements that something is not yet known,
open questions, no-comment lines, labels, an operator's reassurance, resolve, a slogan, a
caveat on unverified figures and a reporting credit.

245 rows (124 German, 121 English), 53 negatives (27 German, 26 English), 192 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 300 expected quantities (143
counts, 73 durations, 21 years, 19 amounts of money, 17 ordinals, 9 fractions, 9 dates, 9
percentages; 3 of them in three negatives, as the seventeenth batch labels a figure in a
negative), 55 checked speakers (23 German, 32 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  of a fact is check-worthy with the speaker its own attribution gives, with or without a
  figure (ninety-ninth, hundred-fourth, hundred-sixth): "Der Stimmenrekorder sei beschädigt,
  die Daten ließen sich aber voraussichtlich auslesen, sagte BFU-Sprecherin Anke Hollmann."
  -> "Anke Hollmann", "Die Piloten hätten keinen Notruf abgesetzt, sagte Hollmann." ->
  "Hollmann" (a denial of an act, ninety-eighth), "Warum der Zug nicht gebremst habe, sei
  Gegenstand der Ermittlungen, ..." -> "Karin Stadlbauer" (an investigation under way,
  twenty-seventh), "Der Triebwagen sei erst im Jänner generalüberholt worden, so
  Bahnsprecher Markus Hinterleitner." -> "Markus Hinterleitner", "Die Crew habe das linke
  Triebwerk in rund 11'000 Metern Höhe ... abschalten müssen, ..., sagte Alpinia-Sprecher
  Reto Gysin." -> "Reto Gysin"; with "heißt es in dem Bericht" (a document, hundred-fifth),
  after "Der Hersteller Varga Aerospace erklärte" (a description before the name,
  eightieth) and in the rebuttal after a colon ("Die Reederei wies das zurück: Der Alarm sei
  binnen vier Minuten ... ausgelöst worden.", twentieth and hundredth) the speaker stays
  unchecked. Survivors' account of a late alarm ("Überlebende berichteten, der Feueralarm
  sei erst mit großer Verspätung ausgelöst worden.") is check-worthy as one side's claim
  (sixty-eighth), the speaker unchecked (a plural group, seventeenth).
- Tolls that move keep every figure (ninety-ninth, hundred-first): "mindestens 14 Menschen"
  and "At least 23 people", "At least 24", "at least 38", "at least 17" "at_least"; "auf 19
  gestiegen", "auf fünf gestiegen", "rose to 31 ... after eight of the injured died" and "The
  toll rose to 61" with no hedge (ninety-ninth: "rose to 212"); "Fünf Schwerverletzte
  starben", "46 Menschen überlebten", "Another 18 survivors" ("Another" no hedge,
  ninety-ninth); "A national lawmaker ... put the number of dead at 87, citing village
  chiefs." 87 with the speaker unchecked ("put ... at", ninety-ninth); "More than 100
  passengers were still missing" "over". People on board, rescued and hurt are counts
  (ninety-first, ninety-ninth): "61 Passagiere und vier Besatzungsmitglieder", "164
  Passagiere und sechs Besatzungsmitglieder", "431 Passagiere und 57
  Besatzungsmitglieder", "53 Fahrgästen und zwei Fahrern", "alle vier Insassen" ("alle" no
  hedge, forty-first), "59 passengers and five crew", "182 passengers and six crew", "146
  passengers, 38 vehicles and 19 crew", "carrying nine people", "Neun der Verletzten" 9,
  "Twenty-one survivors ..., seven of them" 21 and 7, "Four of the train's six cars" and
  "zwei der drei Waggons" two counts each (a definite group, forty-first), "one rolled down"
  none (a pronoun, twenty-fourth), "one of its two engines" 2 only ("one of" a pronoun,
  hundred-fifth), "licensed for 150" 150, "no more than 45 people" 45 "at_most" (thirty-first:
  "no more than 3.67%"), "fewer than half of those on board" 0.5 "under" (fifty-fifth:
  "fewer than" is "under"), "zwei Dutzend Rettungsfahrzeuge" 24 (issue: "two dozen"),
  "Hunderte Menschen" none (seventeenth).
- Identifiers and type names carry no quantity (forty-sixth and forty-eighth: flight and
  train numbers, aircraft types; ninth: "A321neo"; thirty-eighth: roads): "Der Flug WF
  2318", "flight AE 417", "vom Typ ATR 72-600", "der ATR 72", "des Airbus A320", "vom Typ
  Piper PA-28", "vom Typ Varga VR-190", "die VR-190", "The Embraer E190", "six E190s" (the
  count 6 only), "41 Varga VR-190 regional jets" (41 only), "About 340 VR-190s" (340 only),
  "The Boeing 737-800", "The Cessna 208B Grand Caravan", "Bundesstraße 1", "Autobahn 9",
  "Die A9"; ship and operator names ("„Kalliroi“", "MV Lochmara", "Tri-County Rail") none.
- Altitudes, descents, distances and speeds are counts (fourth, forty-fourth, fifty-fifth,
  ninety-ninth): "in rund 11'000 Metern Höhe" 11,000 "about" (Swiss apostrophe, tenth), "in
  rund 900 Metern Höhe", "auf rund 2.900 Metern Seehöhe" "about", "um fast 600 Meter"
  "nearly", "rund sechs Kilometer vor der Landebahn", "rund 400 Meter von den nächsten
  Häusern entfernt", "eine etwa vier Meter hohe Böschung" "about", "auf mehr als 15
  Kilometern" "over", "at about 2,100 meters (6,900 feet)" 2,100 "about" and 6,900 with none
  (the hedge before the first figure only, forty-seventh), "more than 25,000 feet" "over",
  "a cruising altitude of 37,000 feet", "about 200 metres", "about 30 miles", "a network of
  68,000 km"; "mit 92 km/h ..., erlaubt sind dort 50 km/h" 92 and 50 (fifty-fifth: "141
  km/h ..., erlaubt sind an der Stelle 80"), "auf 166 km/h ..., mindestens 200 km/h" 166 and
  200 "at_least", "at 71 mph on a curve with a speed limit of 30 mph" 71 and 30, "about 110
  km per hour" "about", "by 10 mph" 10, "at up to 55 mph" "up_to". "fast 20-mal so viele" is
  count 20 "nearly" (issue: "100 Mal").
- Ordinals of accidents, incidents and groundings (forty-eighth, ninety-ninth,
  hundred-sixth): "der zweite tödliche Bahnunfall in Österreich heuer" 2 and "der dritte
  tödliche Absturz eines Kleinflugzeugs in Österreich heuer" 3 ("heuer", "in diesem Jahr",
  "this year" none), "der dritte Zwischenfall ... seit 2022" 3 and the year, "der vierte
  Brand auf einer Fähre ... seit 2018" 4 and the year, "das zweite Flugverbot für die VR-190
  binnen 18 Monaten" 2 and 18 months, "the fourth deadly passenger train derailment ... since
  2015", "the fifth fatal bus crash ... and the second in a week" 5 and 2 ("in a week" none,
  ninety-ninth), "the second pressurisation incident ... in 14 months", "the country's third
  serious rail accident in four months" 3 and 4 months, "the second time in 18 months", "the
  third time this year", "Andina Express's first fatal accident since it began flying in
  2007" 1 and the year; "am zweiten Tag der Suche" and "the third day of the search" 2 and 3
  (ninety-ninth: "on the fourth day of the search"), "nach der ersten Rauchmeldung" 1
  (ninety-ninth: "nach einer ersten Schätzung"), "in den ersten zehn Sitzreihen" 1 and 10
  (hundred-fourth: "in the first 10 months"). "Congress first required" none (an adverb,
  hundred-sixth); "das schwerste", "der schwerste", "the deadliest", "India's worst" none.
- Durations (issue, ninety-ninth, hundred-first): seconds and minutes ("in den letzten 40
  Sekunden", "rund 90 Sekunden" "about", "about 90 seconds before impact" "about", "about six
  seconds" "about", "nach 58 Minuten Flugzeit" 58 minutes, "23 Minuten später", "26 Minuten
  später", "binnen vier Minuten", "roughly eight minutes" "about", "about 40 minutes into
  the flight" and "some 40 minutes into the flight" "about", "in under four minutes" 4
  minutes "under" (hundred-third: "under 1,000 votes"); rescue, closure and search times
  ("knapp drei Stunden" "nearly", "nach rund 16-stündiger Suche" 16 hours "about" and "Die
  rund elfstündige Rettungsaktion" 11 hours "about" - the figure or number word inside the
  compound, issue: "fünfstündigen", hundredth: "nach rund 14-stündigen Verhandlungen" -,
  "mehr als neun Stunden" "over", "more than four hours" "over", "nearly 14 hours" "nearly",
  "about 20 hours after the crash" "about", "18 hours later", "für 48 Stunden"); deadlines and reports ("binnen 30 Tagen", "nach zwölf Monaten", "binnen zehn
  Tagen", "binnen 72 Stunden", "within 30 days, with a final report taking 12 to 24 months"
  three durations, the unit written once serving both ends, twenty-fourth; "within 12
  months", "within 15 days", "published six weeks after the incident", "two days before the
  flight", "Vier Wochen nach dem Absturz"); closures, suspensions and bans ("mindestens zehn
  Tage" "at_least", "for at least 10 days" "at_least", "for at least three weeks" "at_least",
  "for 90 days", "for six months", "in about two weeks" "about", a forecast with a figure,
  seventh); driving times ("zehneinhalb Stunden" 10.5 hours, twentieth: "siebeneinhalb";
  "höchstens neun Stunden am Tag" 9 hours "at_most", "am Tag" none; "Ruhezeit von elf
  Stunden"; "at the wheel for more than 12 hours" "over"; "a 10-hour overnight route" 10
  hours); "eine zweitägige Staatstrauer" 2 days and "three days of national mourning" 3
  days (ninety-ninth: "eine dreitägige Staatstrauer"); "im Halbstundentakt" 0.5 hour
  (hundred-fifth); "alle zwei Stunden" 2 hours (an interval, hundred-fifth: "every three
  minutes"); "seit mehr als zehn Jahren" and "in more than 25 years" "over", "in two
  decades" 20 years (twenty-fourth: "mehr als sechs Jahrzehnte"), "their biggest one-day
  drop" 1 day (sixth batch: "one-day drop"). Ages and service are durations in years ("Der
  52 Jahre alte Kapitän", "Der 41-jährige Triebfahrzeugführer, seit 17 Jahren bei dem
  Unternehmen", "ein zwölfjähriges Mädchen", "der 58 Jahre alte Fahrer", "ein 63-jähriger
  Pilot ... drei Fluggäste im Alter von 34 bis 61 Jahren" (twenty-fourth: "im Alter von 31
  bis 52 Jahren"), "mehr als 15 Jahre alt" "over" (sixty-sixth: "mehr als 20 Jahre alt"),
  "The 12-year-old aircraft", "the captain, 47,", "a 29-year veteran", "The driver, 44,",
  "the 31-year-old vessel"). None: clock times ("um 19.42 Uhr", "kurz nach 7.30 Uhr", "gegen
  3.00 Uhr", "gegen 4.15 Uhr", "um 10.12 Uhr"), weekdays, months ("im Januar", "im Jänner",
  "in March"), "bis tief in die Nacht", "in der Nacht zum Freitag", "bis auf Weiteres", "by
  nightfall", "overnight", "last month", "the following day", "until further notice", "for
  years".
- Money in the currency written (every earlier batch): "eine Soforthilfe von 25.000 Euro,
  insgesamt also 475.000 Euro" two amounts, "rund 4,5 Millionen Euro" "about", "für 14
  Millionen Euro", "bis zu 120 Millionen Euro" "up_to", "einen Reisegutschein über 300
  Franken" 300 CHF with no hedge ("über" the preposition the noun governs, hundred-second:
  "Scheinrechnungen über 212 Millionen Euro"), "$25,000 to the family of each victim" ("each"
  none), "seeking more than $400 million" "over", "a total of $86 million ..., or about $3.2
  million per victim" ("a total of" no hedge, "about" on the second), "$3.1 million",
  "$50 million to $80 million" two amounts (the scale written once, hundredth), "£350 each",
  "a £100 voucher", "1 million rupees ... and 250,000 rupees" INR (hundredth: "25,000
  rupees"). New: "mindestens 16.000 Sonderziehungsrechten" (the Montreal Convention's
  special drawing rights) is money with the ISO 4217 code XDR and "at_least", beside the
  converted "rund 19.500 Euro" EUR "about" (eightieth: a converted figure is labelled too).
- Shares: "Rund ein Drittel der Fluggäste" 0.3333 "about", "ein Drittel davon" 0.3333, "nur
  etwa jeder vierte Fahrgast" 0.25 "about" ("nur" no hedge; issue: "jeder vierte"), "ein
  Fünftel ihres Programms" 0.2, "Knapp zwei Drittel" 0.6667 "nearly", "roughly a third of
  its schedule" 0.3333 "about", "two-fifths of them" 0.4, "about two-thirds of its
  capacity" 0.6667 "about"; percentages "zu 96,2 Prozent pünktlich", "um 3,8 Prozent",
  "lag bei 27 Prozent", "9 Prozent weniger als im Vorjahr" 9 with no hedge (the comparison
  after the figure, hundred-first), "about 14% of Colombia's domestic market", "fell 38%",
  "fell 6.4%", "about 7% of its schedule", "up 6% from 2023" 6 and the year.
- Counts otherwise (fourth, ninety-ninth, hundred-first): "Etwa 320 Helferinnen und Helfer",
  "rund 1.500 Gäste", "alle 38 täglichen Flüge" 38 ("alle" no hedge), "aller 23 ...
  zugelassenen Maschinen", "87 Maschinen bei elf europäischen Fluggesellschaften", "64
  Flüge ..., rund 5.800 Passagiere", "112 Autos und 31 Lastwagen", "vier Frachter", "mehr
  als 400 Menschen", "zwei weitere Fähren" 2 ("weitere" no hedge), "Der Kapitän und zwei
  Offiziere" 2, "zwölf Busse", "in vier Fällen" 4, "rund 2,1 Millionen Fahrgäste", "2.770
  Menschen", "14 investigators", "all 64 of its pilots" 64, "Relatives of 19 victims", "210
  flights", "a batch of 112 brackets", "about 23 million passengers a day" "about",
  "Seventeen passengers ..., and three were kept in overnight" 17 and 3, "more than 150 of
  those on board" "over", "The two flight recorders" 2 (eighth: "The two leaders"), "three
  trains collided" 3, "Three coaches ... and 11 others" 3 and 11. "beide Flugschreiber" and
  "both the flight data recorder and the cockpit voice recorder" carry none ("beide", "both"
  no number words, twelfth and hundred-first); "einer Ersatzmaschine", "a farmer", "one Mull
  resident" none (articles and pronouns, eleventh).
- Dates and years: Reuters datelines with a day ("BOGOTA, Feb 9", "Feb 10", "March 11",
  "Aug 20", "WASHINGTON, June 3", "NEW DELHI, Oct 14") are dates without a year; dpa,
  dpa/lby, APA, Keystone-SDA, AP, AFP and PA datelines none (seventy-ninth); "am 2.
  Dezember", "am 14. März", "on Jan. 28" dates; "seit 2009", "Die 2011 gebaute Maschine",
  "Die 1994 gebaute Fähre, ... 2016", "seit 2002", "seit 2018", "seit 2022", "bis 2028",
  "since 2014", "since 2016", "since 2015", "in 2008", "until 2027", "in 2022 ... a 2019
  derailment", "in 2024, up 6% from 2023", "in 2023", "since 2020", "in 2007" years.
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "About",
  "roughly", "some" "about"; "knapp", "Knapp", "fast", "nearly" "nearly"; "mehr als",
  "Mehr als", "More than", "more than" "over"; "mindestens", "at least", "At least" "at_least"; "bis
  zu", "up to" "up_to"; "höchstens", "no more than" "at_most"; "under", "fewer than"
  "under"; "alle", "aller", "weitere", "Another", "nur", "erst", "Erst", "bereits",
  "insgesamt", "a total of", "each", "zuletzt" no hedge.
- Check-worthy without a figure (twenty-seventh, ninety-eighth, ninety-ninth): the
  Konjunktiv I rows above, the lead that the derailed train was far too fast, the emergency
  landing in Geneva, the SUST and the AAIB opening investigations, the Bundesamt für
  Zivilluftfahrt refraining from a ban (a decision stated as an act), EASA's grounding, the
  recovery of the bodies in Tyrol with its end given only as a weekday, "The crew then shut
  down the working engine, the report said, ..." (a finding of a report, speaker
  unchecked), the faulty valve the AAIB found, the missing train protection on the line,
  the CAA's review and the minister's account of the signal.
- Negatives, with a figure in three of them (seventeenth: "sagte ein 23-jähriger Student"
  23 years, "alle zwei Stunden" 2 hours in the ADAC's advice, "his two children" 2):
  eyewitness and survivor quotes of a farmer, a schoolgirl, a passenger, a lorry driver, a
  student, a climber and others, also with a named speaker (eighty-first and ninety-ninth);
  condolences and prayers ("sprach den Angehörigen der Opfer sein tiefes Mitgefühl aus",
  "sprach den Familien der Todesopfer sein Beileid aus", "beteten ... für die Opfer", "rief
  die Gläubigen auf, für die Vermissten zu beten", "asked Ohioans to keep the victims ... in
  their prayers", "Church leaders led prayers on the beach ...", "said he was anguished by
  the loss of life ...", "„Wir sind in Gedanken bei den Familien ...“", ""Our hearts are
  broken, and our prayers are with every family,""; ninety-ninth); scene colour (flowers
  and candles, a column of smoke, relatives in a hotel); unattributed speculation
  ("Möglicherweise spielte Vereisung an den Tragflächen eine Rolle.", "Wind shear may have
  played a part."; fifteenth); what is not yet known ("Ob Eis an den Tragflächen eine Rolle
  spielte, ist nach Angaben der BFU noch völlig offen.", "What caused the pressure to drop so
  suddenly was not immediately clear."; fifteenth) and open questions ("Ob die Triebwerke
  dieses Typs ...", "Wie sich das Feuer so schnell ausbreiten konnte, ..."); no-comment
  lines ("Über die Ursache wollte ein Sprecher ... nicht spekulieren.", "... wollte sich das
  Unternehmen auf APA-Anfrage nicht äußern.", "Zu möglichen Schmerzensgeldzahlungen ...",
  "The airline declined to comment on the lawsuits.", "A spokesperson for the engineers'
  union declined to comment."; hundred-sixth); appeals and advice ("Die Polizei bat
  Schaulustige ...", "Die Gemeinde Gmunden bittet ...", "Travellers are urged ...", the
  ADAC's advice; ninety-ninth); labels and verdicts ("Der Bundesverkehrsminister nannte den
  Unfall eine Mahnung, ...", "called the crash "a tragedy that shames us all."", "„Das ist der
  schwärzeste Tag in der Geschichte unseres Unternehmens“", ""This government has turned
  railway safety into a slogan,"", "Industry analysts said the episode would deepen doubts
  ..."; ninety-eighth), worries and complaints without a figure ("Neighbours along the
  tracks said they had worried for years ...", "Islanders have long complained about the
  age of the fleet."; hundred-fifth), resolve („Wir werden jeden Stein umdrehen, ...“,
  hundredth), an operator's reassurance (""Nothing matters more to us than the safety of
  our passengers and crew,"", hundred-sixth) and its support for the regulators (""We fully
  support the regulators' actions,""), a slogan („Sicherheit geht vor Pünktlichkeit“,
  fifty-seventh), the caveat "AP could not independently confirm the passenger figures."
  (thirty-second and ninety-ninth) and a reporting credit.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "so X" with
  the title dropped ("BFU-Sprecherin Anke Hollmann", "Behördensprecherin Karin
  Stadlbauer", "Bahnsprecher Markus Hinterleitner", "Alpinia-Sprecher Reto Gysin"; hundredth:
  "so Unia-Bauchef Marco Ferrazzini"), surname-only as written ("sagte Hollmann",
  ninety-fifth); "nach Angaben von Weserflug" and "nach Angaben von Alpinia" the name
  (twenty-first: "nach Angaben von Eurostat"); "nach Angaben der Polizei" (three times) and
  "teilte die Polizei mit" -> "die Polizei", "nach Angaben der Behörde" -> "die Behörde",
  "nach Angaben der Salzkammergut-Regionalbahn", "nach Angaben des Roten Kreuzes" -> "das
  Rote Kreuz" (sixty-ninth), "nach Angaben des Flughafens" -> "der Flughafen" (ninety-ninth:
  "des Zivilschutzes"), "teilte das Unternehmen mit", "teilte das Landesfeuerwehrkommando
  mit", "teilte die Sicherheitsuntersuchungsstelle des Bundes mit", "teilte die
  Kantonspolizei Genf mit", "teilte die Küstenwache mit", "teilte die
  Landespolizeidirektion Tirol mit", "teilte das Statistische Bundesamt mit", "wie die
  Fluggesellschaft mitteilte" the source with its article in the nominative. English: "the
  civil aviation authority said", "the Red Cross said", "the aviation authority said",
  "the transport ministry said", "the FAA said", "the Met Office said", "the Coast Guard
  said", "according to the fire department", "according to the national police",
  "according to the provincial transport ministry" with the article in lower case; "The
  airline said ...", "The National Transportation Safety Board said ...", "The Air
  Accidents Investigation Branch said ..." and "The Civil Aviation Authority said ..."
  opening the sentence -> the lower-case article (ninety-eighth); names as written
  ("Andina Express said" twice, "Andina said", "Tri-County Rail said" twice, "SkyBridge said"
  twice, "Varga said", "Hebridean Link said", "North West Ambulance Service said", "Police
  Scotland said", "police said" -> "police"); names with the description dropped
  ("regional health secretary Luz Marina Ocampo told reporters", "NTSB board member Carla
  Jimenez told reporters", "attorney Rachel Brandt said", "provincial governor Albert Mbuyi
  said", "Railway Minister Arvind Sethi told reporters at the site that ...") and "Jimenez
  said". Left unchecked (None): "nach Angaben der griechischen Küstenwache" (a source with
  an adjective, twenty-fourth), "heißt es in dem Bericht", "beziffert das Unternehmen",
  "Analysten schätzen", "Das Busunternehmen Baltica Bus teilte mit" and "Der Hersteller
  Varga Aerospace erklärte" (a description before the name, eightieth), "Die Reederei wies
  das zurück", "Überlebende berichteten", "officials said", "local officials said
  Tuesday", "federal investigators said Saturday", "lawyers for the families said",
  "investigators said in a preliminary report", "the report said", "a regional official
  told AFP", "a railway spokesman told Reuters", "railway officials said", "the governor
  said" (a role without a name, ninety-eighth), "Officials said", "The government said",
  "A national lawmaker ... put", "Andina Express, which holds ..., said", "SunCoast
  Airways, the largest U.S. operator of the type, said" (a description around the name,
  fortieth), "consumer group Which? said", "according to aviation data firm Cirium", "The
  AAIB's special bulletin ... said", "Analysts at Harbor Point Securities estimated", rows
  without attribution and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_107 = [
    # --- Absturz bei Paderborn: der erste Tag (dpa) ---
    ("de", "Paderborn (dpa) - Beim Absturz eines Regionalflugzeugs kurz vor der Landung in Paderborn sind am Donnerstagabend mindestens 14 Menschen ums Leben gekommen.", True, [("count", 14, None, "at_least")], None),
    ("de", "An Bord der Maschine vom Typ ATR 72-600 waren nach Angaben von Weserflug 61 Passagiere und vier Besatzungsmitglieder.", True, [("count", 61, None, None), ("count", 4, None, None)], "Weserflug"),
    ("de", "Der Flug WF 2318 aus Stuttgart war um 19.42 Uhr nach 58 Minuten Flugzeit rund sechs Kilometer vor der Landebahn vom Radar verschwunden.", True, [("duration", 58, "minute", None), ("count", 6, None, "about")], None),
    ("de", "Mehr als 30 Verletzte wurden in Kliniken in Paderborn, Bielefeld und Lippstadt gebracht, neun von ihnen schweben nach Angaben der Polizei in Lebensgefahr.", True, [("count", 30, None, "over"), ("count", 9, None, None)], "die Polizei"),
    ("de", "Die Maschine zerschellte auf einem Acker nahe der Bundesstraße 1, rund 400 Meter von den nächsten Häusern entfernt, und ging sofort in Flammen auf.", True, [("count", 400, None, "about")], None),
    ("de", "Etwa 320 Helferinnen und Helfer von Feuerwehr, Rotem Kreuz und THW arbeiteten bis tief in die Nacht an der Absturzstelle.", True, [("count", 320, None, "about")], None),
    ("de", "„Es gab einen grellen Blitz, dann stand das ganze Feld in Flammen“, sagte ein Landwirt, der den Absturz von seinem Hof aus gesehen hatte.", False, [], None),
    ("de", "Möglicherweise spielte Vereisung an den Tragflächen eine Rolle.", False, [], None),
    ("de", "Über die Ursache wollte ein Sprecher der Fluggesellschaft am Abend nicht spekulieren.", False, [], None),
    ("de", "Der Bundespräsident sprach den Angehörigen der Opfer sein tiefes Mitgefühl aus.", False, [], None),
    # --- Absturz bei Paderborn: der zweite Tag (dpa) ---
    ("de", "Paderborn (dpa) - Die Zahl der Todesopfer beim Absturz der Weserflug-Maschine ist auf 19 gestiegen.", True, [("count", 19, None, None)], None),
    ("de", "Fünf Schwerverletzte starben in der Nacht in den Kliniken, teilte die Polizei mit.", True, [("count", 5, None, None)], "die Polizei"),
    ("de", "46 Menschen überlebten das Unglück, die meisten von ihnen hatten in den ersten zehn Sitzreihen gesessen.", True, [("count", 46, None, None), ("ordinal", 1, None, None), ("count", 10, None, None)], None),
    ("de", "Ermittler der Bundesstelle für Flugunfalluntersuchung (BFU) bargen am Freitagvormittag nach rund 16-stündiger Suche beide Flugschreiber aus dem Wrack.", True, [("duration", 16, "hour", "about")], None),
    ("de", "Der Stimmenrekorder sei beschädigt, die Daten ließen sich aber voraussichtlich auslesen, sagte BFU-Sprecherin Anke Hollmann.", True, [], "Anke Hollmann"),
    ("de", "Den Radardaten zufolge sank die Maschine in den letzten 40 Sekunden vor dem Aufprall um fast 600 Meter.", True, [("duration", 40, "second", None), ("count", 600, None, "nearly")], None),
    ("de", "Die Piloten hätten keinen Notruf abgesetzt, sagte Hollmann.", True, [], "Hollmann"),
    ("de", "Ob Eis an den Tragflächen eine Rolle spielte, ist nach Angaben der BFU noch völlig offen.", False, [], None),
    ("de", "Die BFU will binnen 30 Tagen einen Zwischenbericht vorlegen, der Abschlussbericht folgt in der Regel nach zwölf Monaten.", True, [("duration", 30, "day", None), ("duration", 12, "month", None)], None),
    ("de", "Der 52 Jahre alte Kapitän flog seit 2009 für Weserflug, teilte das Unternehmen mit.", True, [("duration", 52, "year", None), ("year", 2009, None, None)], "das Unternehmen"),
    ("de", "Die 2011 gebaute Maschine war im Januar zuletzt gewartet worden.", True, [("year", 2011, None, None)], None),
    ("de", "Rund ein Drittel der Fluggäste waren Geschäftsreisende auf dem Rückweg von einer Messe in Stuttgart.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "Weserflug setzte nach dem Unglück alle 38 täglichen Flüge für 48 Stunden aus.", True, [("count", 38, None, None), ("duration", 48, "hour", None)], None),
    ("de", "„Wir sind in Gedanken bei den Familien, die heute einen geliebten Menschen verloren haben“, sagte Weserflug-Geschäftsführer Martin Oberdieck.", False, [], None),
    ("de", "„Das ist der schwärzeste Tag in der Geschichte unseres Unternehmens“, sagte Oberdieck.", False, [], None),
    ("de", "Im Paderborner Dom beteten am Abend Hunderte Menschen für die Opfer und ihre Angehörigen.", False, [], None),
    ("de", "Die Polizei bat Schaulustige eindringlich, keine Drohnen über der Unglücksstelle aufsteigen zu lassen.", False, [], None),
    ("de", "Die Trauerfeier für die Opfer soll am 2. Dezember im Dom stattfinden, erwartet werden rund 1.500 Gäste.", True, [("date", "--12-02", None, None), ("count", 1500, None, "about")], None),
    # --- Absturz bei Paderborn: der Zwischenbericht (dpa) ---
    ("de", "Braunschweig (dpa) - Vier Wochen nach dem Absturz bei Paderborn hat die BFU ihren Zwischenbericht vorgelegt.", True, [("duration", 4, "week", None)], None),
    ("de", "Demnach fiel das rechte Triebwerk der ATR 72 in rund 900 Metern Höhe aus, die Besatzung leitete daraufhin ein Durchstartmanöver ein.", True, [("count", 900, None, "about")], None),
    ("de", "Die Geschwindigkeit sei in der Folge auf 166 km/h gefallen, vorgeschrieben seien in dieser Phase mindestens 200 km/h, heißt es in dem Bericht.", True, [("count", 166, None, None), ("count", 200, None, "at_least")], None),
    ("de", "Das Luftfahrt-Bundesamt ordnete an, die Triebwerke aller 23 in Deutschland zugelassenen Maschinen dieses Typs binnen zehn Tagen zu inspizieren.", True, [("count", 23, None, None), ("duration", 10, "day", None)], None),
    ("de", "Weserflug zahlt den Hinterbliebenen jedes Todesopfers eine Soforthilfe von 25.000 Euro, insgesamt also 475.000 Euro.", True, [("money", 25000, "EUR", None), ("money", 475000, "EUR", None)], None),
    ("de", "Nach dem Montrealer Übereinkommen steht Hinterbliebenen eine Vorauszahlung von mindestens 16.000 Sonderziehungsrechten zu, umgerechnet rund 19.500 Euro.", True, [("money", 16000, "XDR", "at_least"), ("money", 19500, "EUR", "about")], None),
    ("de", "Es ist das schwerste Flugzeugunglück in Deutschland seit der Kollision über Überlingen 2002 mit 71 Toten.", True, [("year", 2002, None, None), ("count", 71, None, None)], None),
    # --- Entgleisung im Salzkammergut: der Unfalltag (APA) ---
    ("de", "Linz (APA) - Bei der Entgleisung eines Regionalzugs im Salzkammergut sind am Dienstag drei Menschen ums Leben gekommen, 47 weitere wurden verletzt.", True, [("count", 3, None, None), ("count", 47, None, None)], None),
    ("de", "Neun der Verletzten erlitten nach Angaben des Roten Kreuzes schwere Verletzungen.", True, [("count", 9, None, None)], "das Rote Kreuz"),
    ("de", "Der Zug der Salzkammergut-Regionalbahn war mit rund 140 Fahrgästen Richtung Gmunden unterwegs, als kurz nach 7.30 Uhr zwei der drei Waggons aus den Schienen sprangen.", True, [("count", 140, None, "about"), ("count", 2, None, None), ("count", 3, None, None)], None),
    ("de", "Der vordere Waggon stürzte eine etwa vier Meter hohe Böschung hinab und blieb auf dem Dach liegen.", True, [("count", 4, None, "about")], None),
    ("de", "Die Bergung der Eingeklemmten dauerte knapp drei Stunden, teilte das Landesfeuerwehrkommando mit.", True, [("duration", 3, "hour", "nearly")], "das Landesfeuerwehrkommando"),
    ("de", "Im Einsatz standen vier Notarzthubschrauber, zwei Dutzend Rettungsfahrzeuge und mehr als 200 Helfer.", True, [("count", 4, None, None), ("count", 24, None, None), ("count", 200, None, "over")], None),
    ("de", "„Plötzlich hat es einen Ruck gegeben, und wir sind alle übereinander gefallen“, erzählte eine Schülerin mit bandagiertem Arm.", False, [], None),
    ("de", "Vor dem Bahnhof in Gmunden legten Passanten Blumen und Kerzen nieder.", False, [], None),
    ("de", "Der Landeshauptmann sprach den Familien der Todesopfer sein Beileid aus.", False, [], None),
    # --- Entgleisung im Salzkammergut: die Ermittlungen (APA) ---
    ("de", "Linz (APA) - Der im Salzkammergut entgleiste Regionalzug war deutlich zu schnell unterwegs.", True, [], None),
    ("de", "Laut Fahrtenschreiber fuhr der Zug mit 92 km/h in die Kurve, erlaubt sind dort 50 km/h, teilte die Sicherheitsuntersuchungsstelle des Bundes mit.", True, [("count", 92, None, None), ("count", 50, None, None)], "die Sicherheitsuntersuchungsstelle des Bundes"),
    ("de", "Der 41-jährige Triebfahrzeugführer, seit 17 Jahren bei dem Unternehmen, wurde leicht verletzt und konnte noch nicht einvernommen werden.", True, [("duration", 41, "year", None), ("duration", 17, "year", None)], None),
    ("de", "Warum der Zug nicht gebremst habe, sei Gegenstand der Ermittlungen, sagte Behördensprecherin Karin Stadlbauer.", True, [], "Karin Stadlbauer"),
    ("de", "Der Triebwagen sei erst im Jänner generalüberholt worden, so Bahnsprecher Markus Hinterleitner.", True, [], "Markus Hinterleitner"),
    ("de", "Die Strecke bleibt nach Angaben der Salzkammergut-Regionalbahn mindestens zehn Tage gesperrt.", True, [("duration", 10, "day", "at_least")], "die Salzkammergut-Regionalbahn"),
    ("de", "Zwischen Attnang-Puchheim und Gmunden verkehren ersatzweise zwölf Busse im Halbstundentakt.", True, [("count", 12, None, None), ("duration", 0.5, "hour", None)], None),
    ("de", "Den Schaden an Fahrzeugen und Gleisen beziffert das Unternehmen auf rund 4,5 Millionen Euro.", True, [("money", 4500000, "EUR", "about")], None),
    ("de", "Die Salzkammergut-Regionalbahn befördert jährlich rund 2,1 Millionen Fahrgäste, ihre Züge waren zuletzt zu 96,2 Prozent pünktlich.", True, [("count", 2100000, None, "about"), ("percent", 96.2, "%", None)], None),
    ("de", "Es ist bereits der zweite tödliche Bahnunfall in Österreich heuer.", True, [("ordinal", 2, None, None)], None),
    ("de", "Erst im Mai waren bei einem Zusammenstoß an einer unbeschrankten Eisenbahnkreuzung im Waldviertel zwei Menschen gestorben.", True, [("count", 2, None, None)], None),
    ("de", "Die Gewerkschaft vida fordert, die Strecke bis 2028 mit einem modernen Zugsicherungssystem auszurüsten.", True, [("year", 2028, None, None)], None),
    ("de", "„Wir werden jeden Stein umdrehen, bis wir wissen, was passiert ist“, sagte Verkehrslandesrat Günther Schwaighofer.", False, [], None),
    ("de", "Die Gemeinde Gmunden bittet die Bevölkerung, die Unglücksstelle weiträumig zu meiden.", False, [], None),
    ("de", "Zu möglichen Entschädigungen für die Fahrgäste wollte sich das Unternehmen auf APA-Anfrage nicht äußern.", False, [], None),
    # --- Notlandung in Genf (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Ein Flugzeug der Alpinia Airways ist am Sonntag nach einem Triebwerksschaden in Genf notgelandet.", True, [], None),
    ("de", "An Bord des Airbus A320 auf dem Weg von Zürich nach Lissabon waren 164 Passagiere und sechs Besatzungsmitglieder, wie die Fluggesellschaft mitteilte.", True, [("count", 164, None, None), ("count", 6, None, None)], "die Fluggesellschaft"),
    ("de", "Die Crew habe das linke Triebwerk in rund 11'000 Metern Höhe über dem französischen Jura abschalten müssen, nachdem Rauch in die Kabine gedrungen sei, sagte Alpinia-Sprecher Reto Gysin.", True, [("count", 11000, None, "about")], "Reto Gysin"),
    ("de", "Die Maschine setzte 23 Minuten später in Genf auf.", True, [("duration", 23, "minute", None)], None),
    ("de", "Bei der Evakuierung über die Notrutschen wurden elf Personen leicht verletzt, teilte die Kantonspolizei Genf mit.", True, [("count", 11, None, None)], "die Kantonspolizei Genf"),
    ("de", "Die Räumung der Maschine dauerte nach Angaben des Flughafens rund 90 Sekunden.", True, [("duration", 90, "second", "about")], "der Flughafen"),
    ("de", "«Es roch plötzlich verbrannt, und dann wurde es ganz still in der Kabine», sagte eine Passagierin aus Winterthur.", False, [], None),
    ("de", "Die Schweizerische Sicherheitsuntersuchungsstelle (SUST) hat eine Untersuchung eröffnet.", True, [], None),
    ("de", "Es ist der dritte Zwischenfall mit einem Triebwerk dieses Typs in der Schweiz seit 2022, zuletzt musste am 14. März eine Maschine nach Basel zurückkehren.", True, [("ordinal", 3, None, None), ("year", 2022, None, None), ("date", "--03-14", None, None)], None),
    ("de", "Jeder Passagier erhält nach Angaben von Alpinia einen Reisegutschein über 300 Franken.", True, [("money", 300, "CHF", None)], "Alpinia"),
    ("de", "Alpinia betreibt zwölf Maschinen dieses Typs, ein Drittel davon ist mehr als 15 Jahre alt.", True, [("count", 12, None, None), ("fraction", 0.3333, None, None), ("duration", 15, "year", "over")], None),
    ("de", "Das Bundesamt für Zivilluftfahrt verzichtete vorerst auf ein Flugverbot für die Flotte.", True, [], None),
    ("de", "Ob die Triebwerke dieses Typs ein grundsätzliches Problem haben, ist offen.", False, [], None),
    # --- Fährbrand vor Korfu: die Nacht (dpa) ---
    ("de", "Athen (dpa) - Auf einer Fähre mit 488 Menschen an Bord ist in der Nacht zum Freitag vor der griechischen Insel Korfu ein Feuer ausgebrochen.", True, [("count", 488, None, None)], None),
    ("de", "Nach Angaben der griechischen Küstenwache waren 431 Passagiere und 57 Besatzungsmitglieder an Bord der „Kalliroi“.", True, [("count", 431, None, None), ("count", 57, None, None)], None),
    ("de", "Das Feuer brach gegen 3.00 Uhr auf dem Autodeck aus, wo 112 Autos und 31 Lastwagen standen.", True, [("count", 112, None, None), ("count", 31, None, None)], None),
    ("de", "Zwei Menschen kamen ums Leben, sechs werden noch vermisst.", True, [("count", 2, None, None), ("count", 6, None, None)], None),
    ("de", "Die Küstenwache, ein italienisches Marineschiff und vier Frachter nahmen mehr als 400 Menschen auf.", True, [("count", 4, None, None), ("count", 400, None, "over")], None),
    ("de", "Die rund elfstündige Rettungsaktion wurde am Freitagmittag beendet.", True, [("duration", 11, "hour", "about")], None),
    ("de", "Die meisten Geretteten wurden nach Igoumenitsa gebracht, 19 von ihnen kamen mit Rauchvergiftungen in Krankenhäuser.", True, [("count", 19, None, None)], None),
    ("de", "„Wir haben den Rauch gerochen und sind in Schlafanzügen an Deck gerannt“, sagte ein Lastwagenfahrer aus Bulgarien dem griechischen Fernsehen.", False, [], None),
    ("de", "Über dem Hafen von Igoumenitsa stand noch am Morgen eine schwarze Rauchsäule.", False, [], None),
    # --- Fährbrand vor Korfu: die Folgetage (dpa) ---
    ("de", "Athen (dpa) - Die Zahl der Toten nach dem Brand auf der Fähre „Kalliroi“ ist am zweiten Tag der Suche auf fünf gestiegen.", True, [("ordinal", 2, None, None), ("count", 5, None, None)], None),
    ("de", "Taucher fanden drei Leichen auf dem ausgebrannten Autodeck, teilte die Küstenwache mit.", True, [("count", 3, None, None)], "die Küstenwache"),
    ("de", "Die 1994 gebaute Fähre gehört der Reederei Ionian Seaways, die sie 2016 für 14 Millionen Euro gekauft hatte.", True, [("year", 1994, None, None), ("year", 2016, None, None), ("money", 14000000, "EUR", None)], None),
    ("de", "Das Schifffahrtsministerium ließ zwei weitere Fähren der Reederei bis auf Weiteres im Hafen festsetzen.", True, [("count", 2, None, None)], None),
    ("de", "Der Kapitän und zwei Offiziere wurden vorläufig festgenommen.", True, [("count", 2, None, None)], None),
    ("de", "Überlebende berichteten, der Feueralarm sei erst mit großer Verspätung ausgelöst worden.", True, [], None),
    ("de", "Die Reederei wies das zurück: Der Alarm sei binnen vier Minuten nach der ersten Rauchmeldung ausgelöst worden.", True, [("duration", 4, "minute", None), ("ordinal", 1, None, None)], None),
    ("de", "Es ist bereits der vierte Brand auf einer Fähre in griechischen Gewässern seit 2018.", True, [("ordinal", 4, None, None), ("year", 2018, None, None)], None),
    ("de", "Die Regierung ordnete eine zweitägige Staatstrauer an.", True, [("duration", 2, "day", None)], None),
    ("de", "Die orthodoxe Kirche rief die Gläubigen auf, für die Vermissten zu beten.", False, [], None),
    ("de", "Wie sich das Feuer so schnell ausbreiten konnte, ist weiterhin unklar.", False, [], None),
    # --- Fernbusunfall auf der A9 (dpa/lby) ---
    ("de", "Nürnberg (dpa/lby) - Bei einem schweren Unfall eines Fernbusses auf der Autobahn 9 in Oberfranken sind vier Menschen getötet und 29 verletzt worden.", True, [("count", 4, None, None), ("count", 29, None, None)], None),
    ("de", "Der Doppeldecker war mit 53 Fahrgästen und zwei Fahrern auf dem Weg von Berlin nach München, als er gegen 4.15 Uhr nach rechts von der Fahrbahn abkam und umkippte.", True, [("count", 53, None, None), ("count", 2, None, None)], None),
    ("de", "Unter den Toten ist nach Angaben der Polizei ein zwölfjähriges Mädchen.", True, [("duration", 12, "year", None)], "die Polizei"),
    ("de", "Die A9 blieb in südlicher Richtung mehr als neun Stunden gesperrt, zeitweise staute sich der Verkehr auf mehr als 15 Kilometern.", True, [("duration", 9, "hour", "over"), ("count", 15, None, "over")], None),
    ("de", "Die Ermittler gehen davon aus, dass der 58 Jahre alte Fahrer am Steuer eingeschlafen war.", True, [("duration", 58, "year", None)], None),
    ("de", "Laut Fahrtenschreiber saß er bereits zehneinhalb Stunden am Steuer, zulässig sind höchstens neun Stunden am Tag.", True, [("duration", 10.5, "hour", None), ("duration", 9, "hour", "at_most")], None),
    ("de", "Das Busunternehmen Baltica Bus teilte mit, der Fahrer habe vor Fahrtantritt die vorgeschriebene Ruhezeit von elf Stunden eingehalten.", True, [("duration", 11, "hour", None)], None),
    ("de", "Nach Angaben der Polizei war nur etwa jeder vierte Fahrgast angeschnallt.", True, [("fraction", 0.25, None, "about")], "die Polizei"),
    ("de", "„Ich bin aufgewacht, weil alle geschrien haben, und dann lag der Bus schon auf der Seite“, sagte ein 23-jähriger Student.", False, [("duration", 23, "year", None)], None),
    ("de", "Die Staatsanwaltschaft Bamberg ermittelt gegen den Fahrer wegen fahrlässiger Tötung in vier Fällen.", True, [("count", 4, None, None)], None),
    ("de", "Es war der schwerste Busunfall in Bayern seit mehr als zehn Jahren.", True, [("duration", 10, "year", "over")], None),
    ("de", "Der Bundesverkehrsminister nannte den Unfall eine Mahnung, die Lenkzeiten von Busfahrern strenger zu kontrollieren.", False, [], None),
    ("de", "Zu möglichen Schmerzensgeldzahlungen wollte sich das Unternehmen nicht äußern.", False, [], None),
    ("de", "Auf langen Strecken sollten Autofahrer alle zwei Stunden eine Pause einlegen, rät der ADAC.", False, [("duration", 2, "hour", None)], None),
    # --- Absturz in den Ötztaler Alpen (APA) ---
    ("de", "Innsbruck (APA) - Beim Absturz eines Kleinflugzeugs vom Typ Piper PA-28 in den Ötztaler Alpen sind am Samstag alle vier Insassen ums Leben gekommen.", True, [("count", 4, None, None)], None),
    ("de", "Die Maschine war um 10.12 Uhr in Innsbruck gestartet und zerschellte 26 Minuten später auf rund 2.900 Metern Seehöhe an einer Felswand.", True, [("duration", 26, "minute", None), ("count", 2900, None, "about")], None),
    ("de", "Die Bergung der Leichen wurde wegen Nebels unterbrochen und erst am Sonntagnachmittag abgeschlossen, teilte die Landespolizeidirektion Tirol mit.", True, [], "die Landespolizeidirektion Tirol"),
    ("de", "Ums Leben kamen ein 63-jähriger Pilot aus Deutschland sowie drei Fluggäste im Alter von 34 bis 61 Jahren.", True, [("duration", 63, "year", None), ("count", 3, None, None), ("duration", 34, "year", None), ("duration", 61, "year", None)], None),
    ("de", "Es ist bereits der dritte tödliche Absturz eines Kleinflugzeugs in Österreich heuer.", True, [("ordinal", 3, None, None)], None),
    ("de", "„Der Motor hat gestottert, dann war es plötzlich still“, sagte ein Bergsteiger, der den Absturz vom Gipfel aus beobachtete.", False, [], None),
    # --- Flugverbot für die Varga VR-190 (dpa) ---
    ("de", "Köln (dpa) - Die Europäische Agentur für Flugsicherheit (EASA) hat für alle Regionaljets vom Typ Varga VR-190 ein vorläufiges Flugverbot verhängt.", True, [], None),
    ("de", "Betroffen sind nach Angaben der Behörde 87 Maschinen bei elf europäischen Fluggesellschaften.", True, [("count", 87, None, None), ("count", 11, None, None)], "die Behörde"),
    ("de", "Die Airlines müssen die Jets binnen 72 Stunden überprüfen und die Bauteile gegebenenfalls austauschen.", True, [("duration", 72, "hour", None)], None),
    ("de", "Der Hersteller Varga Aerospace erklärte, der Austausch dauere pro Maschine etwa zwei Tage.", True, [("duration", 2, "day", "about")], None),
    ("de", "Die Fluggesellschaft Baltavia strich am Mittwoch 64 Flüge, ein Fünftel ihres Programms, rund 5.800 Passagiere waren betroffen.", True, [("count", 64, None, None), ("fraction", 0.2, None, None), ("count", 5800, None, "about")], None),
    ("de", "Analysten schätzen die Kosten des Flugverbots für den Hersteller auf bis zu 120 Millionen Euro, die Varga-Aktie gab in Stockholm um 3,8 Prozent nach.", True, [("money", 120000000, "EUR", "up_to"), ("percent", 3.8, "%", None)], None),
    ("de", "Es ist das zweite Flugverbot für die VR-190 binnen 18 Monaten.", True, [("ordinal", 2, None, None), ("duration", 18, "month", None)], None),
    ("de", "„Sicherheit geht vor Pünktlichkeit“, sagte ein EASA-Sprecher.", False, [], None),
    # --- Bilanz der Bahnunfälle (dpa) ---
    ("de", "Wiesbaden (dpa) - Bei Unfällen im Eisenbahnverkehr sind in Deutschland im vergangenen Jahr 141 Menschen ums Leben gekommen, 9 Prozent weniger als im Vorjahr.", True, [("count", 141, None, None), ("percent", 9, "%", None)], None),
    ("de", "Knapp zwei Drittel der Todesopfer hatten unerlaubt Gleise betreten, teilte das Statistische Bundesamt mit.", True, [("fraction", 0.6667, None, "nearly")], "das Statistische Bundesamt"),
    ("de", "Im Straßenverkehr kamen im selben Zeitraum 2.770 Menschen ums Leben, fast 20-mal so viele.", True, [("count", 2770, None, None), ("count", 20, None, "nearly")], None),
    ("de", "An Bahnübergängen starben 38 Menschen, der Anteil an allen Bahnunfällen lag bei 27 Prozent.", True, [("count", 38, None, None), ("percent", 27, "%", None)], None),
    # --- Andina Express crash near Pereira: the first day (Reuters) ---
    ("en", "BOGOTA, Feb 9 (Reuters) - At least 23 people were killed when a regional airliner crashed into a hillside while approaching the Colombian city of Pereira on Sunday, the civil aviation authority said.", True, [("date", "--02-09", None, None), ("count", 23, None, "at_least")], "the civil aviation authority"),
    ("en", "The Embraer E190 operated by Andina Express was carrying 59 passengers and five crew on flight AE 417 from Bogota.", True, [("count", 59, None, None), ("count", 5, None, None)], None),
    ("en", "Rescuers had pulled 41 survivors from the wreckage by nightfall, many of them with severe burns, the Red Cross said.", True, [("count", 41, None, None)], "the Red Cross"),
    ("en", "The jet vanished from radar at about 2,100 meters (6,900 feet) roughly eight minutes before it was due to land.", True, [("count", 2100, None, "about"), ("count", 6900, None, None), ("duration", 8, "minute", "about")], None),
    ("en", "Wind shear may have played a part.", False, [], None),
    ("en", "\"There was a huge bang and then fire everywhere, people were screaming,\" said a farmer who ran to the crash site.", False, [], None),
    ("en", "Colombia's president declared three days of national mourning.", True, [("duration", 3, "day", None)], None),
    # --- Andina Express crash: toll revised, recorders found (Reuters) ---
    ("en", "BOGOTA, Feb 10 (Reuters) - The death toll from Sunday's crash of an Andina Express jet near Pereira rose to 31 on Monday after eight of the injured died in hospital, officials said.", True, [("date", "--02-10", None, None), ("count", 31, None, None), ("count", 8, None, None)], None),
    ("en", "Another 18 survivors remain in critical condition, regional health secretary Luz Marina Ocampo told reporters.", True, [("count", 18, None, None)], "Luz Marina Ocampo"),
    ("en", "Investigators recovered both the flight data recorder and the cockpit voice recorder on Monday morning, about 20 hours after the crash.", True, [("duration", 20, "hour", "about")], None),
    ("en", "The two flight recorders will be sent to the U.S. National Transportation Safety Board's laboratory in Washington, the aviation authority said.", True, [("count", 2, None, None)], "the aviation authority"),
    ("en", "The 12-year-old aircraft had passed a routine maintenance check on Jan. 28, Andina Express said.", True, [("duration", 12, "year", None), ("date", "--01-28", None, None)], "Andina Express"),
    ("en", "The airline said the captain, 47, had flown for the carrier since 2014.", True, [("duration", 47, "year", None), ("year", 2014, None, None)], "the airline"),
    ("en", "Andina Express, which holds about 14% of Colombia's domestic market, said it would pay $25,000 to the family of each victim to cover funeral and travel costs.", True, [("percent", 14, "%", "about"), ("money", 25000, "USD", None)], None),
    ("en", "It was Andina Express's first fatal accident since it began flying in 2007.", True, [("ordinal", 1, None, None), ("year", 2007, None, None)], None),
    ("en", "It is the deadliest air crash in Colombia since 2016, when a charter jet carrying a Brazilian football team came down near Medellin, killing 71 people.", True, [("year", 2016, None, None), ("count", 71, None, None)], None),
    ("en", "\"Our hearts are broken, and our prayers are with every family,\" Andina Express chief executive Tomás Villegas said in a video statement.", False, [], None),
    ("en", "Relatives waited in a hotel near Pereira airport, where psychologists and priests were on hand.", False, [], None),
    ("en", "The aviation authority grounded the airline's remaining six E190s for at least 10 days pending inspections.", True, [("count", 6, None, None), ("duration", 10, "day", "at_least")], None),
    ("en", "Andina said the grounding would force it to cancel about 40 daily flights, roughly a third of its schedule.", True, [("count", 40, None, "about"), ("fraction", 0.3333, None, "about")], "Andina"),
    # --- Andina Express crash: the preliminary report (Reuters) ---
    ("en", "BOGOTA, March 11 (Reuters) - The Andina Express jet that crashed near Pereira last month lost power in one of its two engines about 90 seconds before impact, investigators said in a preliminary report on Tuesday.", True, [("date", "--03-11", None, None), ("count", 2, None, None), ("duration", 90, "second", "about")], None),
    ("en", "The crew then shut down the working engine, the report said, citing data from the flight recorder.", True, [], None),
    ("en", "The report made no finding on the cause, and a final report is expected within 12 months.", True, [("duration", 12, "month", None)], None),
    ("en", "Andina Express said it had retrained all 64 of its pilots since the crash.", True, [("count", 64, None, None)], "Andina Express"),
    ("en", "Relatives of 19 victims have filed lawsuits against the airline and the engine maker in a Florida court, seeking more than $400 million in damages.", True, [("count", 19, None, None), ("money", 400000000, "USD", "over")], None),
    ("en", "The airline declined to comment on the lawsuits.", False, [], None),
    ("en", "BOGOTA, Aug 20 (Reuters) - Andina Express and its insurers have agreed to pay a total of $86 million to the families of 27 victims of the February crash, or about $3.2 million per victim, lawyers for the families said.", True, [("date", "--08-20", None, None), ("money", 86000000, "USD", None), ("count", 27, None, None), ("money", 3200000, "USD", "about")], None),
    ("en", "The families of the other four victims will continue their suit, attorney Rachel Brandt said.", True, [("count", 4, None, None)], "Rachel Brandt"),
    # --- Commuter train derailment near Cleveland (AP) ---
    ("en", "CLEVELAND (AP) — A commuter train derailed on a curve outside Cleveland during Friday's evening rush hour, killing five people and injuring 62, officials said.", True, [("count", 5, None, None), ("count", 62, None, None)], None),
    ("en", "Four of the train's six cars left the tracks and one rolled down an embankment, according to the fire department.", True, [("count", 4, None, None), ("count", 6, None, None)], "the fire department"),
    ("en", "About 230 passengers were on board, Tri-County Rail said.", True, [("count", 230, None, "about")], "Tri-County Rail"),
    ("en", "\"One moment I was reading my phone, and the next I was lying on the ceiling,\" said passenger Dwayne Hollis, who escaped with a broken wrist.", False, [], None),
    ("en", "Firefighters spent more than four hours cutting trapped passengers from the wreckage.", True, [("duration", 4, "hour", "over")], None),
    ("en", "The National Transportation Safety Board said it was sending 14 investigators to the scene.", True, [("count", 14, None, None)], "the National Transportation Safety Board"),
    ("en", "Gov. Ellen Strand asked Ohioans to keep the victims and their families in their prayers.", False, [], None),
    ("en", "CLEVELAND (AP) — The commuter train that derailed near Cleveland was traveling at 71 mph on a curve with a speed limit of 30 mph, federal investigators said Saturday.", True, [("count", 71, None, None), ("count", 30, None, None)], None),
    ("en", "NTSB board member Carla Jimenez told reporters the engineer applied the emergency brake about six seconds before the derailment.", True, [("duration", 6, "second", "about")], "Carla Jimenez"),
    ("en", "Neighbours along the tracks said they had worried for years about how fast trains took the bend.", False, [], None),
    ("en", "The engineer, a 29-year veteran of the railroad, was injured and has not yet been interviewed.", True, [("duration", 29, "year", None)], None),
    ("en", "Jimenez said the line had not yet been fitted with positive train control, a system that automatically slows trains exceeding the limit.", True, [], "Jimenez"),
    ("en", "Congress first required the technology in 2008 after a crash in California killed 25 people.", True, [("year", 2008, None, None), ("count", 25, None, None)], None),
    ("en", "Tri-County Rail said it had been granted an extension until 2027 to install the system on the line.", True, [("year", 2027, None, None)], "Tri-County Rail"),
    ("en", "The NTSB typically issues a preliminary report within 30 days, with a final report taking 12 to 24 months.", True, [("duration", 30, "day", None), ("duration", 12, "month", None), ("duration", 24, "month", None)], None),
    ("en", "The railroad agreed in 2022 to pay $3.1 million to settle claims from a 2019 derailment on the same line that injured 14 people.", True, [("year", 2022, None, None), ("money", 3100000, "USD", None), ("year", 2019, None, None), ("count", 14, None, None)], None),
    ("en", "It was the fourth deadly passenger train derailment in the United States since 2015.", True, [("ordinal", 4, None, None), ("year", 2015, None, None)], None),
    ("en", "The Federal Railroad Administration ordered the railroad to cut speeds on every curve on the line by 10 mph until further notice.", True, [("count", 10, None, None)], None),
    ("en", "Ridership on the line fell 38% in the week after the crash.", True, [("percent", 38, "%", None)], None),
    ("en", "Full service is expected to resume in about two weeks.", True, [("duration", 2, "week", "about")], None),
    ("en", "A spokesperson for the engineers' union declined to comment.", False, [], None),
    # --- Bus plunges into a ravine in Peru (AFP) ---
    ("en", "LIMA (AFP) - At least 24 people were killed when a bus plunged about 200 metres into a ravine in Peru's southern Andes on Wednesday, police said.", True, [("count", 24, None, "at_least"), ("count", 200, None, "about")], "police"),
    ("en", "The bus, operated by the company Transportes Qhapaq, was carrying 52 passengers on a 10-hour overnight route from Cusco to Arequipa.", True, [("count", 52, None, None), ("duration", 10, "hour", None)], None),
    ("en", "The vehicle was licensed to carry no more than 45 people, the transport ministry said.", True, [("count", 45, None, "at_most")], "the transport ministry"),
    ("en", "Twenty-one survivors were taken to hospitals in Arequipa, seven of them in serious condition.", True, [("count", 21, None, None), ("count", 7, None, None)], None),
    ("en", "Rescuers worked for nearly 14 hours to bring the bodies up from the gorge, a regional official told AFP.", True, [("duration", 14, "hour", "nearly")], None),
    ("en", "The driver, 44, was among the dead, and local media reported that he had been at the wheel for more than 12 hours.", True, [("duration", 44, "year", None), ("duration", 12, "hour", "over")], None),
    ("en", "It was the fifth fatal bus crash in Peru's highlands this year and the second in a week.", True, [("ordinal", 5, None, None), ("ordinal", 2, None, None)], None),
    ("en", "More than 3,100 people died on Peru's roads in 2024, up 6% from 2023, according to the national police.", True, [("count", 3100, None, "over"), ("year", 2024, None, None), ("percent", 6, "%", None), ("year", 2023, None, None)], "the national police"),
    ("en", "The ministry suspended the operator's licence for 90 days.", True, [("duration", 90, "day", None)], None),
    ("en", "Peru's transport minister called the crash \"a tragedy that shames us all.\"", False, [], None),
    ("en", "\"We heard the brakes screaming, then nothing,\" a survivor said from her hospital bed.", False, [], None),
    ("en", "Travellers are urged to report overcrowded buses to the authorities before they set off.", False, [], None),
    # --- Cabin pressure loss on a SkyBridge flight (PA) ---
    ("en", "MANCHESTER (PA) - A passenger jet made an emergency landing at Manchester Airport after a sudden loss of cabin pressure forced it to descend more than 25,000 feet in under four minutes.", True, [("count", 25000, None, "over"), ("duration", 4, "minute", "under")], None),
    ("en", "The Boeing 737-800, operated by budget carrier SkyBridge, was flying to Alicante with 182 passengers and six crew.", True, [("count", 182, None, None), ("count", 6, None, None)], None),
    ("en", "Oxygen masks dropped about 40 minutes into the flight, at a cruising altitude of 37,000 feet.", True, [("duration", 40, "minute", "about"), ("count", 37000, None, None)], None),
    ("en", "Seventeen passengers were taken to hospital with ear pain and nosebleeds, and three were kept in overnight, North West Ambulance Service said.", True, [("count", 17, None, None), ("count", 3, None, None)], "North West Ambulance Service"),
    ("en", "\"People were crying and holding hands, it was the longest few minutes of my life,\" passenger Gemma Rowntree told the PA news agency.", False, [], None),
    ("en", "What caused the pressure to drop so suddenly was not immediately clear.", False, [], None),
    ("en", "The Air Accidents Investigation Branch said it had opened an investigation.", True, [], "the Air Accidents Investigation Branch"),
    ("en", "SkyBridge said it had taken the aircraft out of service and offered each passenger a £100 voucher.", True, [("money", 100, "GBP", None)], "SkyBridge"),
    ("en", "\"Nothing matters more to us than the safety of our passengers and crew,\" the airline said in a statement.", False, [], None),
    ("en", "LONDON (PA) - A faulty valve in the air-conditioning system caused the loss of cabin pressure on a SkyBridge flight in March, air accident investigators have found.", True, [], None),
    ("en", "The AAIB's special bulletin, published six weeks after the incident, said the valve had been replaced two days before the flight.", True, [("duration", 6, "week", None), ("duration", 2, "day", None)], None),
    ("en", "It was the second pressurisation incident on a SkyBridge aircraft in 14 months.", True, [("ordinal", 2, None, None), ("duration", 14, "month", None)], None),
    ("en", "Passengers on the flight are entitled to £350 each in compensation under UK rules, consumer group Which? said.", True, [("money", 350, "GBP", None)], None),
    ("en", "SkyBridge said it had already paid out to more than 150 of those on board.", True, [("count", 150, None, "over")], "SkyBridge"),
    ("en", "The Civil Aviation Authority said it was reviewing the airline's maintenance procedures.", True, [], "the Civil Aviation Authority"),
    # --- FAA grounds the Varga VR-190 (Reuters) ---
    ("en", "WASHINGTON, June 3 (Reuters) - The U.S. Federal Aviation Administration on Tuesday ordered airlines to ground 41 Varga VR-190 regional jets for inspections after cracks were found in elevator brackets on three planes.", True, [("date", "--06-03", None, None), ("count", 41, None, None), ("count", 3, None, None)], None),
    ("en", "About 340 VR-190s are in service worldwide, two-fifths of them in North America, according to aviation data firm Cirium.", True, [("count", 340, None, "about"), ("fraction", 0.4, None, None)], None),
    ("en", "The inspections take about 10 hours per aircraft, the FAA said.", True, [("duration", 10, "hour", "about")], "the FAA"),
    ("en", "Varga said it had traced the problem to a batch of 112 brackets made by a supplier in 2023.", True, [("count", 112, None, None), ("year", 2023, None, None)], "Varga"),
    ("en", "Varga Aerospace shares fell 6.4% in early trading, their biggest one-day drop since 2020.", True, [("percent", 6.4, "%", None), ("duration", 1, "day", None), ("year", 2020, None, None)], None),
    ("en", "Industry analysts said the episode would deepen doubts about Varga's quality control.", False, [], None),
    ("en", "SunCoast Airways, the largest U.S. operator of the type, said it had cancelled 210 flights on Wednesday, about 7% of its schedule.", True, [("count", 210, None, None), ("percent", 7, "%", "about")], None),
    ("en", "Analysts at Harbor Point Securities estimated the grounding could cost Varga $50 million to $80 million.", True, [("money", 50000000, "USD", None), ("money", 80000000, "USD", None)], None),
    ("en", "It is the second time in 18 months that the VR-190 has been grounded.", True, [("ordinal", 2, None, None), ("duration", 18, "month", None)], None),
    ("en", "\"We fully support the regulators' actions,\" a Varga spokesperson said.", False, [], None),
    ("en", "(Reporting by Dana Whitlock in Washington; Editing by Mark Halloran)", False, [], None),
    # --- Ferry capsizes on Lake Mai-Ndombe (AP) ---
    ("en", "KINSHASA, Congo (AP) — An overloaded ferry capsized on Lake Mai-Ndombe in western Congo late Monday, killing at least 38 people, local officials said Tuesday.", True, [("count", 38, None, "at_least")], None),
    ("en", "More than 100 passengers were still missing, provincial governor Albert Mbuyi said.", True, [("count", 100, None, "over")], "Albert Mbuyi"),
    ("en", "The wooden vessel was carrying about 400 people and a cargo of cement and fuel, though it was licensed for 150, according to the provincial transport ministry.", True, [("count", 400, None, "about"), ("count", 150, None, None)], "the provincial transport ministry"),
    ("en", "The toll rose to 61 on Wednesday, the third day of the search, as more bodies washed ashore, the governor said.", True, [("count", 61, None, None), ("ordinal", 3, None, None)], None),
    ("en", "A national lawmaker from the area put the number of dead at 87, citing village chiefs.", True, [("count", 87, None, None)], None),
    ("en", "Officials said fewer than half of those on board had been listed on the manifest.", True, [("fraction", 0.5, None, "under")], None),
    ("en", "The government said it would ban night sailings on the lake for six months.", True, [("duration", 6, "month", None)], None),
    ("en", "\"My brother and his two children were on that boat,\" said a man waiting on the shore at Inongo.", False, [("count", 2, None, None)], None),
    ("en", "Church leaders led prayers on the beach as families waited for news.", False, [], None),
    ("en", "AP could not independently confirm the passenger figures.", False, [], None),
    # --- Train collision in Bihar (Reuters) ---
    ("en", "NEW DELHI, Oct 14 (Reuters) - A passenger train rammed into a stationary goods train in the eastern state of Bihar on Monday, killing at least 17 people and injuring more than 80, railway officials said.", True, [("date", "--10-14", None, None), ("count", 17, None, "at_least"), ("count", 80, None, "over")], None),
    ("en", "The express was travelling at about 110 km per hour when it hit the goods train, a railway spokesman told Reuters.", True, [("count", 110, None, "about")], None),
    ("en", "Three coaches were crushed in the impact and 11 others derailed.", True, [("count", 3, None, None), ("count", 11, None, None)], None),
    ("en", "Railway Minister Arvind Sethi told reporters at the site that a signal had wrongly shown green.", True, [], "Arvind Sethi"),
    ("en", "The railway ministry announced compensation of 1 million rupees for the family of each of the dead and 250,000 rupees for the seriously injured.", True, [("money", 1000000, "INR", None), ("money", 250000, "INR", None)], None),
    ("en", "It was the country's third serious rail accident in four months.", True, [("ordinal", 3, None, None), ("duration", 4, "month", None)], None),
    ("en", "More than 290 people were killed in 2023 when three trains collided near Balasore in Odisha, India's worst rail disaster in two decades.", True, [("count", 290, None, "over"), ("year", 2023, None, None), ("count", 3, None, None), ("duration", 20, "year", None)], None),
    ("en", "Indian Railways carries about 23 million passengers a day on a network of 68,000 km.", True, [("count", 23000000, None, "about"), ("count", 68000, None, None)], None),
    ("en", "The ministry ordered a high-level inquiry and said its report was due within 15 days.", True, [("duration", 15, "day", None)], None),
    ("en", "The prime minister said he was anguished by the loss of life and wished the injured a speedy recovery.", False, [], None),
    ("en", "\"This government has turned railway safety into a slogan,\" an opposition spokesman said.", False, [], None),
    # --- Ferry strikes the pier at Oban (PA) ---
    ("en", "OBAN (PA) - Twenty-two people were injured when a ferry struck a pier while docking in Oban in strong winds on Saturday.", True, [("count", 22, None, None)], None),
    ("en", "The MV Lochmara, operated by Hebridean Link, was carrying 146 passengers, 38 vehicles and 19 crew, about two-thirds of its capacity.", True, [("count", 146, None, None), ("count", 38, None, None), ("count", 19, None, None), ("fraction", 0.6667, None, "about")], None),
    ("en", "Four people were taken to hospital in Glasgow with serious injuries, Police Scotland said.", True, [("count", 4, None, None)], "Police Scotland"),
    ("en", "Winds were gusting at up to 55 mph when the vessel approached the pier, the Met Office said.", True, [("count", 55, None, "up_to")], "the Met Office"),
    ("en", "Hebridean Link said the 31-year-old vessel would be out of service for at least three weeks.", True, [("duration", 31, "year", None), ("duration", 3, "week", "at_least")], "Hebridean Link"),
    ("en", "It is the third time this year that an accident or breakdown has taken one of the operator's ferries out of service.", True, [("ordinal", 3, None, None)], None),
    ("en", "Islanders have long complained about the age of the fleet.", False, [], None),
    ("en", "\"We're stranded again, and nobody in Edinburgh seems to care,\" said one Mull resident.", False, [], None),
    # --- Commuter plane lost near Nome (AP) ---
    ("en", "ANCHORAGE, Alaska (AP) — A small commuter plane carrying nine people crashed in western Alaska on Thursday, killing everyone aboard, the Coast Guard said.", True, [("count", 9, None, None)], "the Coast Guard"),
    ("en", "The Cessna 208B Grand Caravan was about 30 miles from Nome, some 40 minutes into the flight, when it disappeared from radar.", True, [("count", 30, None, "about"), ("duration", 40, "minute", "about")], None),
    ("en", "The wreckage was spotted on sea ice 18 hours later.", True, [("duration", 18, "hour", None)], None),
    ("en", "It was the deadliest plane crash in Alaska in more than 25 years.", True, [("duration", 25, "year", "over")], None),
    ("en", "\"Everyone in Nome knew somebody on that plane,\" a city council member said.", False, [], None),
]
