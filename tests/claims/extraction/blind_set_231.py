"""Two-hundred-and-thirty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, operators, vessels and figures are
made up (Elbair, Katrin Wohlleben, the Weser-Aller-Bahn, Rheinflug, Maren Quast, Cargo
Alpina, Jens Abendroth, Frank Tessendorf, Nordsonne, the Vereinigung der
Luftrettungspiloten; Corvair Airlines, Himal Sky, Ram Bahadur Thapa, Lorraine Kessel,
Tanisha Greer, Northlift Aviation, Coastline Shuttle, Amina Wanjiru, Tristar Cargo, the KM
Cahaya Timur, Rini Susanti, Pauline Cutts, Tasman Blue, Leah Donnelly, Mahmoud Abdel Rahim,
the Global Flight Safety Council, Sofia Marchetti, Derrick Summers; every unnamed
spokesperson, official, witness, survivor, pilot and relative); office holders of real
bodies appear by their role only ("der Landrat", "der bayerische Innenminister",
"Pennsylvania's governor", "Nepal's prime minister", "Kenya's president"). Real bodies,
places and aircraft types (Bundesstelle für Flugunfalluntersuchung, Staatsanwaltschaft
Verden, THW, Landespolizeidirektion Tirol, Staatsanwaltschaft Innsbruck, Kantonspolizei
Wallis, Rega, SUST, MeteoSchweiz, Deutsche Flugsicherung, Landespolizeidirektion
Steiermark, Wasserschutzpolizei, Wasserstraßen- und Schifffahrtsverwaltung,
Polizeipräsidium Reutlingen, Gerlosstraße, Simplontunnel, Autobahn 2; the Federal Aviation
Administration, Logan International Airport, the Civil Aviation Authority of Nepal, the
National Transportation Safety Board, HM Coastguard, NHS Grampian, the Air Accidents
Investigation Branch, Unite, the BBC, the National Transport and Safety Authority, the
Kenya Red Cross, the Rail Accident Investigation Branch, Norfolk Constabulary, the
Australian Transport Safety Bureau, Sydney Airport, Ocala International Airport, the Marion
County Sheriff's Office, Interstate 75; "Embraer E195", "ATR 72-500", "Airbus A321",
"Sikorsky S-92", "Airbus A350", "MD-11", "Piper PA-46", "Airbus H145", "Boeing 787-9",
"Boeing 737 MAX 8", "Piper Seneca"; and the datelines' cities) stand for the way wire copy
names them; every toll, age, speed, altitude, time, sum and quote here is invented, and no
real accident is retold.

Its weight: TRANSPORT ACCIDENTS AND AVIATION INCIDENTS, second round for accidents (the
hundred-seventh batch was the first; the forty-eighth, hundred-twenty-fifth,
two-hundred-third and two-hundred-sixth weighed transport, rescues and accidents, and
their decisions are kept) - six wire days, Monday to Saturday, February 9 to 14 of one
year, 25 short stories in story order, the German and English ones interleaved by day, each
told as wire copy runs it (a dateline lead with the toll, the people on board, the time of
day, speeds and altitudes, victims' ages, the rescue services' and the operator's
statements, the investigators' first findings or interim report, earlier incidents,
witnesses and vox pops, reactions). German (dpa, dpa/lni, dpa/lby, dpa/lrs, dpa/lsw, APA,
Keystone-SDA): a regional jet overrunning the runway in Dresden, a train and a lorry at a
level crossing near Nienburg, a coach down a slope in the Zillertal, a light aircraft in
the Valais Alps, severe turbulence on a flight to Miami, drones closing Munich airport, a
tram derailed in Graz, two freighters colliding on the Rhine, the BFU's interim report on
a rescue helicopter that struck a power line, a freight train derailed in the Simplon
tunnel, a pile-up on black ice on the A2, a bird strike in Hamburg and a mid-air collision
over the Swabian Jura. English (Reuters, AP, AFP, PA, AAP): a runway incursion at Boston, a
plane crash in Nepal, a commuter train derailment near Philadelphia, a helicopter ditching
in the North Sea, a bus and a tanker in Kenya, the NTSB's preliminary report on a cargo
jet crash, a ferry fire off Sulawesi, a tractor hit at a Norfolk level crossing, an engine
failure out of Sydney, two trains colliding in Upper Egypt, an annual aviation safety
review and a small plane on a Florida interstate. Figures as such copy has them: tolls,
injured and people on board with hedges ("mindestens 37 weitere", "gut 80 Fahrgästen",
"At least 27", "Some 58 ambulances"), flight and train numbers, aircraft types, runways,
lines, terminals, registrations and transponder codes that carry none, clock times that
carry none, speeds in km/h, mph and knots, altitudes and distances in metres, feet, miles
and kilometres, seconds, minutes and hours of falls, flights, rescues and closures, ages of
victims, drivers, pilots and vox pops, the n-th accident of its kind, and compensation in
the currency of the country's copy. Negatives as such copy has them: witnesses' and
survivors' quotes of what they felt and saw, vox pops with their ages labelled,
condolences, an apology, operators' reassurance, labels, a vow, an appeal, demands without
a figure, fears, forecasts and views without a measure, open questions and no-comment
lines.

244 rows (121 German, 123 English), 55 negatives (26 German, 29 English), 189 check-worthy
rows of which 30 carry no figure (18 German, 12 English), 269 expected quantities (149
counts, 77 durations - 44 in years, 10 in hours, 9 in minutes, 5 in days, 5 in months, 3 in
seconds, 1 in weeks -, 16 ordinals, 7 dates, 6 amounts of money - 2 EGP, 1 EUR, 1 GBP, 1
NPR, 1 USD -, 6 years, 5 fractions, 3 percentages, all in %; 14 of them in 14 negatives, as
the seventeenth batch labels a figure in a negative), 39 checked speakers (18 German, 21
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of
  a fact with their attribution are check-worthy (hundred-seventh, hundred-fifty-second):
  the captain's flight hours, the seat-belt signs, the power line missing from the charts,
  the brakes the coach driver says failed, the radar picture the skipper says went blank,
  the collision height in the Reutlingen police's account. Quoted or reported feeling,
  verdict, sympathy, apology, reassurance and resolve are negatives with speaker None, also
  with a named speaker (seventh, ninety-eighth, hundred-seventh, two-hundred-third):
  Marchetti's "safest way to travel" beside her runway excursions; Corvair's "highest
  priority", Rheinflug's „kümmern uns um sie“ and its apology, Tasman Blue's apology, Tristar
  Cargo's cooperation and no comment, the Egyptian minister's vow, condolences of an
  ambassador, a prime minister and a rescue organisation, labels („rabenschwarzen Tag“,
  „einen Angriff auf unsere kritische Infrastruktur“, "every commuter's nightmare", "a war on
  reckless driving", "almost inevitable"), the police's appeal and Brig's request to
  commuters (ninety-ninth), unions' and pilots' demands without a figure (two-hundred-third:
  a lobby's demand without a figure; "Local councillors have long demanded a bridge"), fears
  (Umweltschützer, Marchetti), a forecast without a measure with its year labelled
  („bis 2050 deutlich häufiger“), pilots' view of bird strikes („nach Einschätzung vieler
  Piloten“, hundred-ninety-sixth) and open questions („Ob ...“, „Wer ...“, „Warum ...“, "How
  ...", "Why ..."; fifteenth), among them the investigators declining to judge before the
  recorders are read (hundred-sixth: a no-comment line).
- Witnesses and vox pops (hundred-seventh, two-hundred-third, seventy-sixth and
  hundred-fourteenth for the ages): a named or unnamed witness's or survivor's quote of what
  they felt, heard or saw is a negative, its figures labelled (seventeenth): Thapa's "huge
  bang", 52; Greer, 29; Wanjiru's plea to the driver, 24; Susanti, 35; Donnelly, 41; Cutts,
  66; Summers, 47; the Dundee worker, 43; „34-jährige Passagierin“, „58-jähriger Passagier“,
  „29 Jahre alter Urlauber“ (durations in years); "We owe those two pilots a pint" count 2.
  A plural group's account of a checkable event stays check-worthy, the speaker unchecked
  (hundred-seventh: „Überlebende berichteten, ...“, sixty-eighth): "Witnesses said the
  plane banked sharply ...", "Passengers reported hearing a loud bang ... about two minutes
  into the flight", "though survivors said many more people had been on board"; so does a
  driver's or skipper's own account given to the police („gab an“, hundred-seventh) and
  "relatives said" on a victim's age.
- Tolls and people (hundred-seventh, ninety-ninth): "at least 19 of the 22 people on board"
  19 "at_least" and 22; "Von den 47 Insassen wurden zwei getötet und 31 verletzt, acht
  davon schwer" four counts; "Mindestens 37 weitere" "at_least" ("weitere" no hedge); "gut
  80 Fahrgästen" "over" (hundred-first: "gut" "over"); "Elf der 24 Wagen", "Five of the
  train's seven cars left the rails, and two rolled" three counts (hundred-seventh:
  "Seventeen passengers ..., and three were kept in overnight"); "All three crew members" 3
  and "All 16 people" 16 ("all" no hedge, forty-first); "six more than it was licensed for"
  6 (a difference as written, hundred-twenty-first: "14 minutes longer"); "Some 58
  ambulances" "about"; "rund einem Dutzend Flügen" 12 "about" (third batch: "a dozen");
  "zweier Frachtschiffe", "zweier Leichtflugzeuge", "zweier Luftfahrzeuge" 2 (the genitive
  number word, hundred-fifteenth); "A five-member commission" 5 (hundred-seventeenth: "a
  three-member panel"); "The two-carriage train" 2 (two-hundred-third: "the five-storey
  building"). None: "A teenager", "one of its engines", "one of the cars", "One of the
  trains", "one of the workers", "einer von ihnen" (pronouns, eleventh and
  hundred-seventh), "die beiden vorderen Wagen", "seiner beiden Passagiere", "Beide
  Maschinen", "in beide Richtungen" (eighty-first: "beiden"), "both", "killing the pilot and
  a passenger".
- Identifiers carry no quantity (forty-sixth and forty-eighth: flight and train numbers,
  aircraft types, lines, platforms and terminals; thirty-eighth: roads): "Der Flug EB 317",
  "Der Flug RF 462", "Corvair flight 1882", "vom Typ Embraer E195", "Airbus A321", "The ATR
  72-500", "two ATR aircraft" (2 only), "Sikorsky S-92", "all S-92 flights", "Airbus A350",
  "MD-11", "the 96 MD-11s" (96 only), "Piper PA-46", "Airbus H145", "Boeing 787-9", "Boeing
  737 MAX 8", "der Linie 7", "im Terminal 2", "Autobahn 2", "Interstate 75", the vessel "KM
  Cahaya Timur". New: runway designators ("auf der Piste 22", "auf der Piste 23", "on runway
  27") carry none - a runway is named by its heading as a platform or terminal by its
  number (forty-eighth). New: an aircraft registration and a transponder code ("registered
  9N-AKR", "the emergency code 7700") carry none, also where a digit opens the registration
  - they name, as flight numbers do (forty-sixth).
- Speeds, altitudes and distances are counts (fourth, forty-seventh, hundred-seventh):
  "etwa 150 Knoten", "about 110 knots", "184 knots, about 9 knots below" (forty-seventh and
  forty-eighth: knots are counts), "mit rund 100 Kilometern pro Stunde", "mit 38 km/h ...,
  zulässig wären dort 15 km/h", "von 40 km/h", "Böen von bis zu 90 km/h" "up_to", "79 mph
  ... 45 mph", "at 68mph", "about 90 km/h"; "rund 900 Meter hinter der Landeschwelle", "in
  einer Reiseflughöhe von 11.300 Metern", "um etwa 60 Meter", "in etwa 450 Metern Höhe",
  "auf rund 3'100 Metern über Meer" (Swiss apostrophe, tenth), "in nur etwa 40 Metern Höhe",
  "in etwa 600 Metern Höhe", "in etwa 700 Metern Höhe", "within 190 feet", "at around 2,500
  feet", "only about 100 feet", "about 40 miles", "waves of up to 4 metres", "roughly 240
  km", "about 1,000 km of track", "rund 30 Meter", "rund 20 Kilometer langen", "25 Kilometer
  lang", "rund drei Kilometer"; "1.900 Tonnen Diesel", "rund 2'000 Liter"; "bei minus vier
  Grad" -4 ("minus" a sign, hundred-twenty-sixth). New: a dimension "rund 300 mal 200
  Metern" is two counts, the unit written once serving both (twenty-fourth) and the hedge
  on the first figure only (forty-seventh, hundred-sixtieth).
- Durations (issue; hundred-seventh): seconds of falls and warnings ("rund zwei Sekunden
  lang", "rund sieben Sekunden", "14 seconds before"), minutes ("about four minutes after
  departing", "18 Minuten später", "about two minutes into the flight", "for about 25
  minutes", "about 10 minutes earlier", "im Abstand von nur zwölf Minuten", "within 90
  minutes", "Verspätungen von bis zu 90 Minuten" and "von bis zu 45 Minuten" "up_to"), hours
  ("rund zweieinhalb Stunden" 2.5 "about", twentieth: "siebeneinhalb"; "Während der knapp
  zweistündigen Unterbrechung" 2 hours "nearly", the number word inside the compound, issue:
  "fünfstündigen"; "mehr als sechs Stunden lang" and "mehr als acht Stunden lang" "over",
  "rund fünf Stunden lang", "for nearly six hours", "for 48 hours", "für 31 Stunden", "about
  three hours after"), "mehr als 9.000 Flugstunden" 9,000 hours "over" (fiftieth and
  two-hundred-sixteenth: "Flugstunden" are hours), days, weeks, months and years ("within
  45 days", "for at least five days", "for 30 days", "within 30 days", "mindestens drei Tage"
  and "mindestens zwei Wochen" "at_least", "binnen sechs Monaten", "within two months",
  "within 18 months", "in 14 months", "in three months", "innert zwei Jahren" 2 years
  (two-hundred-fourth: "innert 100 Tagen"), "in nine years", "six years' experience" 6 years
  (hundredth: the possessive). Ages are durations in years ("Der 46 Jahre alte Kapitän",
  "eine 19-jährige Schülerin", "ein 37-jähriger Mann", "ein neunjähriges Mädchen", "im Alter
  von 41 und 44 Jahren" both, "Kinder unter 14 Jahren" 14 "under" (twenty-third: "jünger
  als 15 Jahre" "under"), "a seven-year-old boy", "a 34-year-old", "The pilot, 72,", "the tanker
  driver, 39,", "Its driver, 61,", "was 28 years old", "was 33 years old", "the 27-year-old
  vessel"). None: "more than an hour" and "in etwa einem Jahr" (a unit with its article,
  fifth batch: "about an hour later", "vor einem Jahr"), "innerhalb weniger Minuten", clock
  times ("um 21.14 Uhr", "gegen 6.50 Uhr", "kurz nach 11 Uhr", "gegen 15.40 Uhr deutscher
  Zeit", "um 20.52 Uhr", "um 18.21 Uhr", "um 9.07 Uhr", "at 10:32 a.m.", "at about 3 a.m.",
  "around 2 a.m.", "at 7.48pm"; hundred-seventh), weekdays, months, "seit Jahresbeginn", "in
  diesem Jahr", "this year", "last year", "last month", "the year before", "im Vorjahr", "im
  Jahr davor", "bis auf Weiteres", "by nightfall", "for the rest of their lives".
- Ordinals and fractions: "der zweite Zwischenfall ... binnen sechs Monaten", "das
  drittschwerste Bahnunglück" 3 (issue: "die drittgrößte Stadt"), "der vierte tödliche
  Flugunfall", "Die erste Sichtung" 1, "die dritte Entgleisung", "der zweite Zusammenstoß",
  "the fifth serious runway incursion", "Nepal's third fatal air crash", "the second fatal
  derailment", "the first ditching" 1, "the third fatal accident", "the second engine
  failure", "the country's second deadly train collision", "for the fourth year in a row",
  "for the third consecutive year", "the second fatal crash" (hundred-seventh). "Nach ersten
  Erkenntnissen" carries none (thirty-second, hundred-fifty-second, hundred-sixty-ninth;
  the hundred-tenth's ordinal for "nach ersten Schätzungen" is the minority). "Knapp die
  Hälfte" 0.5 "nearly", "rund ein Viertel davon" 0.25 "about", "just over a third" 0.3333
  "over" (hundred-third: "just over half"), "More than half" 0.5 "over", "almost one in five"
  0.2 "nearly" (hundred-second: "About one in five").
- Money in the currency of the country's copy (two-hundred-third: taka and rupees take
  their ISO codes): "1.5 million rupees" in the Nepal story is NPR; "100,000 Egyptian pounds
  ... and 20,000 pounds" two amounts in EGP. New: a bare "pounds" after "Egyptian pounds" in
  the same sentence is EGP - the currency written once serves the later amount, as the
  scale written once serves both ends of a range (hundredth). Also "more than $40 million"
  USD "over", "£1.4 million" GBP, "rund 800.000 Euro" EUR "about"; "mehrere Millionen
  Franken" none (a vague magnitude, fifth and twenty-second).
- Counts otherwise (fourth, hundred-seventh): "drei Ermittler", "fünf Besatzungsmitglieder",
  "Fünf Notarzthubschrauber, 14 Rettungswagen und knapp 120 Helferinnen und Helfer", "mehr
  als 180 Helfer ... sowie drei Rettungshubschrauber", "22 ankommende Maschinen ..., 31
  Abflüge", "Rund 6.500 Passagiere", "14 Ersatzbusse", "86 Container", "43 Schiffe", "rund
  90 Rettungshubschrauber", "35 seiner Maschinen", "mit mehr als 40 Fahrzeugen", "312
  Unfälle", "119 Vogelschläge", "29 Unfälle ..., elf davon", "about 4.8 billion passengers on
  37.5 million flights", "around 1,500" (after "one of", hundred-seventh), "rebooked ... on
  three flights"; percentages "um 37 Prozent", "rund 15 Prozent mehr" "about", "about 40% of
  fatal crashes".
- Dates and years: Reuters English datelines with a day ("WASHINGTON, Feb 10", "KATHMANDU,
  Feb 10", "NAIROBI, Feb 11", "WASHINGTON, Feb 12", "CAIRO, Feb 13", "MONTREAL, Feb 14")
  are dates without a year; dpa, APA, Keystone-SDA, AP, AFP, PA and AAP datelines none
  (seventy-ninth); "am 3. Dezember" --12-03; "seit 2000", "since 2019", "in 2021", "In
  2023", "bis 2050" (in a negative) years.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "around", "roughly",
  "Some" "about"; "knapp", "Knapp", "nearly", "almost" "nearly"; "mehr als", "More
  than", "more than", "gut", "just over" "over"; "mindestens", "Mindestens", "at
  least", "At least" "at_least"; "bis zu", "up to" "up_to"; "unter" "under". No hedge:
  "erst", "Erst", "bereits", "nur", "only", "weitere", "alle", "All", "A total of",
  "within", "binnen", "innert".
- Check-worthy without a figure (twenty-seventh, ninety-eighth, hundred-seventh,
  two-hundred-third): the leads of an overrun, a drone closure, a tram derailment, a return
  after an engine failure, a freight derailment and a bird strike; rows whose only numbers
  are identifiers or clock times (the flight EB 317 on runway 22, the Corvair A321 on
  runway 27, the Piper's departure, the emergency code 7700); investigations opened or under
  way (the SUST, the RAIB, the ATSB, Kessel's phone records, the Innsbruck prosecutors'
  expert report), a controller removed from duty, a driver detained, nobody hurt ("No one
  was hurt.", „Verletzt wurde niemand, ...“), a pilot saved by his rescue system, causes
  given by prosecutors and police („Nach ersten Erkenntnissen ...“, Tessendorf's speeding
  drivers), the seat-belt signs, the power line missing from the charts, the cracks found,
  the witnesses' banking turn, passengers in the water "for more than an hour", the damage
  put at "mehrere Millionen Franken", the final report "in etwa einem Jahr" and the
  replacement flight.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "so X" with the
  title dropped ("Elbair-Sprecherin Katrin Wohlleben", "Rheinflug-Sprecherin Maren Quast",
  "BFU-Sprecher Jens Abendroth"; hundred-seventh), "X sagte, ..." opening the row with the
  title dropped ("Polizeisprecher Frank Tessendorf"; two-hundred-fourth); "teilte die
  Polizei mit" (twice), "nach Angaben der Polizei" -> "die Polizei"; "teilte die
  Landespolizeidirektion Tirol mit", "teilte die Landespolizeidirektion Steiermark mit",
  "teilte die Wasserschutzpolizei mit", "teilte Nordsonne mit" the source as written;
  "nach Angaben des Flughafens" (twice) -> "der Flughafen", "nach Angaben des
  Innenministeriums" -> "das Innenministerium", "nach Angaben der Deutschen Flugsicherung"
  -> "die Deutsche Flugsicherung" (sixty-ninth: "des Roten Kreuzes" -> "das Rote Kreuz"),
  "nach Angaben der Wasserstraßen- und Schifffahrtsverwaltung" -> "die Wasserstraßen- und
  Schifffahrtsverwaltung", "nach Angaben von MeteoSchweiz" -> "MeteoSchweiz" (twenty-first:
  "nach Angaben von Eurostat"); "wie die Kantonspolizei Wallis mitteilte" -> "die
  Kantonspolizei Wallis" (hundred-seventh and two-hundred-third check "wie ... mitteilte",
  the two-hundred-fourth left it unchecked; the majority is followed). English: names with
  the description dropped ("National Transportation Safety Board member Lorraine Kessel told
  reporters", "Director General Sofia Marchetti said"), "Kessel said" (twice, once
  mid-sentence before "adding"); bodies and firms as written with the article in lower case
  ("the Federal Aviation Administration said" twice, "the FAA said", "The FAA said", "the
  Civil Aviation Authority of Nepal said", "the National Transport and Safety Authority
  said", "the National Transportation Safety Board said", "The NTSB said", "The Air
  Accidents Investigation Branch said", "the Rail Accident Investigation Branch said", "The
  Australian Transport Safety Bureau said", "the Marion County Sheriff's Office said", "the
  Global Flight Safety Council said in its annual review", "Norfolk Constabulary said",
  "Himal Sky said", "Northlift said", "Tasman Blue said"; hundred-seventh and
  two-hundred-third). Left unchecked (None): all negatives, also those with a named
  speaker; roles and unnamed spokespeople ("wie ein Sprecher des Flughafens sagte", "sagte
  ein Sprecher der Staatsanwaltschaft Verden", "sagte eine Sprecherin", "sagte ein
  Behördensprecher", "sagte ein Sprecher des Polizeipräsidiums Reutlingen", "a police
  spokesman said", "a Red Cross official at the scene said", "a health ministry spokesman
  said"; ninety-eighth), descriptions before a name ("wie die Bahngesellschaft Cargo Alpina
  mitteilte", "the operator Northlift Aviation said"; eightieth), "Der Betreiber teilte mit",
  "Die Verkehrsbetriebe schätzen", "schätzt die Bahngesellschaft", "nach Polizeiangaben", "laut Fahrdatenschreiber", "Laut den Daten der Flugsicherung", plural and
  unnamed groups ("police said", "Kenyan police said", "Police said", "officials said",
  "relatives said", "authorities said", "Witnesses said", "Passengers reported", "an industry
  safety body said", "the government said", "The government said", "the council said",
  "the local search and rescue agency said", "Indonesia's transport ministry said",
  "Egypt's railway authority said", "The transit authority said"; forty-first and
  two-hundred-third), documents and data ("the report said", "according to the report",
  "according to the review", "according to FAA data", "according to a preliminary FAA
  account", "according to flight-tracking data", "according to a flight-tracking website",
  "according to air traffic control recordings", "according to the authority", "according
  to its manifest", "according to preliminary data from the event recorder", "according to
  an initial investigation"; two-hundredth), and, as the two-hundred-third batch did to keep
  the checked speakers near the brief's number, some bodies it could have checked: "HM
  Coastguard said" (left unchecked there), "NHS Grampian said", "The Kenya Red Cross said",
  "the health ministry said", "The RAIB said", "Sydney Airport said" and the second "The
  National Transportation Safety Board said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_231 = [
    # --- Regionaljet schießt in Dresden über die Landebahn hinaus (dpa) ---
    (
        "de",
        "Dresden (dpa) - Ein Regionaljet der Fluggesellschaft Elbair ist am Montagabend bei der Landung in Dresden über das Ende der Landebahn hinausgeschossen und erst in einer Wiese zum Stehen gekommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An Bord der Maschine vom Typ Embraer E195 waren 104 Passagiere und fünf Besatzungsmitglieder, wie ein Sprecher des Flughafens sagte.",
        True,
        [("count", 104, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Sieben Menschen wurden leicht verletzt, als sie das Flugzeug über die Notrutschen verließen, teilte die Polizei mit.",
        True,
        [("count", 7, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Der Flug EB 317 aus Düsseldorf war um 21.14 Uhr bei starkem Regen auf der Piste 22 aufgesetzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut den Daten der Flugsicherung berührte der Jet erst rund 900 Meter hinter der Landeschwelle den Boden, bei einer Geschwindigkeit von etwa 150 Knoten.",
        True,
        [("count", 900, None, "about"), ("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Die Bundesstelle für Flugunfalluntersuchung schickte drei Ermittler nach Dresden, die Landebahn bleibt bis mindestens Dienstagmittag gesperrt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der 46 Jahre alte Kapitän habe mehr als 9.000 Flugstunden absolviert, sagte Elbair-Sprecherin Katrin Wohlleben.",
        True,
        [("duration", 46, "year", None), ("duration", 9000, "hour", "over")],
        "Katrin Wohlleben",
    ),
    (
        "de",
        "„Wir sind über das Gras gehoppelt wie auf einem Traktor, dann war es auf einmal totenstill“, sagte eine 34-jährige Passagierin aus Chemnitz.",
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Ob die nasse Piste den Unfall begünstigt hat, wollen die Ermittler erst nach der Auswertung der Flugschreiber beurteilen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist der zweite Zwischenfall mit einer Elbair-Maschine binnen sechs Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 6, "month", None)],
        None,
    ),
    # --- Zug prallt an Bahnübergang gegen Sattelzug (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - Beim Zusammenstoß eines Regionalzugs mit einem Sattelzug an einem Bahnübergang im Landkreis Nienburg sind am Montagmorgen zwei Menschen getötet und 23 verletzt worden.",
        True,
        [("count", 2, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Toten ist der 58 Jahre alte Lokführer, außerdem starb eine 19-jährige Schülerin aus Stolzenau.",
        True,
        [("duration", 58, "year", None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Vier der Verletzten schweben nach Angaben der Polizei in Lebensgefahr.",
        True,
        [("count", 4, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Der Zug der Weser-Aller-Bahn war mit gut 80 Fahrgästen Richtung Minden unterwegs, als er gegen 6.50 Uhr mit rund 100 Kilometern pro Stunde in den Auflieger prallte.",
        True,
        [("count", 80, None, "over"), ("count", 100, None, "about")],
        None,
    ),
    (
        "de",
        "Der Fahrer des Sattelzugs, ein 37-jähriger Mann aus Polen, blieb unverletzt und wurde vorläufig festgenommen.",
        True,
        [("duration", 37, "year", None)],
        None,
    ),
    (
        "de",
        "Nach ersten Erkenntnissen hatte der Lastwagen die bereits geschlossenen Halbschranken umfahren, sagte ein Sprecher der Staatsanwaltschaft Verden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bergung der Verletzten aus den beiden vorderen Wagen dauerte rund zweieinhalb Stunden.",
        True,
        [("duration", 2.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Im Großeinsatz waren mehr als 180 Helfer der Feuerwehren, des Rettungsdienstes und des THW sowie drei Rettungshubschrauber.",
        True,
        [("count", 180, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Es gab einen ohrenbetäubenden Knall, dann flogen Koffer und Menschen durch den Wagen“, berichtete ein Fahrgast, der im hinteren Teil gesessen hatte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist das drittschwerste Bahnunglück in Niedersachsen seit 2000.",
        True,
        [("ordinal", 3, None, None), ("year", 2000, None, None)],
        None,
    ),
    ("de", "Der Landrat sprach von einem „rabenschwarzen Tag für unseren Landkreis“.", False, [], None),
    # --- Runway incursion at Boston (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 10 (Reuters) - Two passenger jets came within 190 feet of each other on a runway at Boston's Logan International Airport on Monday night, the Federal Aviation Administration said on Tuesday.",
        True,
        [("date", "--02-10", None, None), ("count", 2, None, None), ("count", 190, None, None)],
        "the Federal Aviation Administration",
    ),
    (
        "en",
        "A Corvair Airlines Airbus A321 was accelerating for take-off on runway 27 when a controller cleared a regional jet to cross it, the FAA said.",
        True,
        [],
        "the FAA",
    ),
    (
        "en",
        "The Corvair crew aborted the take-off at about 110 knots, according to a preliminary FAA account.",
        True,
        [("count", 110, None, "about")],
        None,
    ),
    (
        "en",
        "Corvair flight 1882 was carrying 187 passengers and six crew, and the regional jet 71 people.",
        True,
        [("count", 187, None, None), ("count", 6, None, None), ("count", 71, None, None)],
        None,
    ),
    ("en", "No one was hurt.", True, [], None),
    (
        "en",
        "It was the fifth serious runway incursion at a U.S. airport this year, according to FAA data.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "The FAA said it had removed the controller from operational duty pending the investigation.",
        True,
        [],
        "the FAA",
    ),
    (
        "en",
        'Corvair said the safety of its customers and crew "is and always will be our highest priority."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"That was about as close as you ever want to get," said an airline pilot who heard the exchange on the tower frequency.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Union leaders warned that exhausted controllers were "one bad night away from a catastrophe."',
        False,
        [],
        None,
    ),
    # --- Plane crash in Nepal (Reuters) ---
    (
        "en",
        "KATHMANDU, Feb 10 (Reuters) - A domestic passenger plane crashed into a forested hillside shortly after take-off from Pokhara on Tuesday, killing at least 19 of the 22 people on board, police said.",
        True,
        [("date", "--02-10", None, None), ("count", 19, None, "at_least"), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "The ATR 72-500, operated by private carrier Himal Sky, lost contact with the tower about four minutes after departing at 10:32 a.m., the Civil Aviation Authority of Nepal said.",
        True,
        [("duration", 4, "minute", "about")],
        "the Civil Aviation Authority of Nepal",
    ),
    (
        "en",
        "Three passengers, among them a seven-year-old boy, were pulled alive from the wreckage and flown to Kathmandu by army helicopter.",
        True,
        [("count", 3, None, None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "en",
        "Rescuers had recovered 17 bodies by nightfall, and two people were still missing, a police spokesman said.",
        True,
        [("count", 17, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The passengers included four foreign trekkers, among them two Germans.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The aircraft, registered 9N-AKR, was 28 years old, according to a flight-tracking website.",
        True,
        [("duration", 28, "year", None)],
        None,
    ),
    ("en", "Witnesses said the plane banked sharply to the left before it vanished into low cloud.", True, [], None),
    (
        "en",
        '"There was a huge bang and then black smoke over the whole valley," said Ram Bahadur Thapa, 52, who runs a tea stall near the runway.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Himal Sky said it had grounded its remaining two ATR aircraft for checks and would pay 1.5 million rupees to the family of each victim.",
        True,
        [("count", 2, None, None), ("money", 1500000, "NPR", None)],
        "Himal Sky",
    ),
    (
        "en",
        "A five-member commission will investigate the crash and report within 45 days, the government said.",
        True,
        [("count", 5, None, None), ("duration", 45, "day", None)],
        None,
    ),
    (
        "en",
        "It was Nepal's third fatal air crash in 14 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 14, "month", None)],
        None,
    ),
    ("en", "Nepal's prime minister said he was deeply saddened by the loss of so many lives.", False, [], None),
    # --- Commuter train derails near Philadelphia (AP) ---
    (
        "en",
        "PHILADELPHIA (AP) — A commuter train jumped the tracks on a curve outside Philadelphia during Tuesday's evening rush, killing three people and injuring 64, officials said.",
        True,
        [("count", 3, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "The train was going 79 mph as it entered a curve where the limit is 45 mph, according to preliminary data from the event recorder, National Transportation Safety Board member Lorraine Kessel told reporters.",
        True,
        [("count", 79, None, None), ("count", 45, None, None)],
        "Lorraine Kessel",
    ),
    (
        "en",
        "Five of the train's seven cars left the rails, and two rolled onto their sides.",
        True,
        [("count", 5, None, None), ("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Kessel said the engineer, a 34-year-old with six years' experience on the route, had been interviewed on Wednesday.",
        True,
        [("duration", 34, "year", None), ("duration", 6, "year", None)],
        "Kessel",
    ),
    (
        "en",
        "Investigators will examine whether the engineer was using his phone, Kessel said, adding that his records had been subpoenaed.",
        True,
        [],
        "Kessel",
    ),
    (
        "en",
        "Among the dead was a 71-year-old retired teacher from Norristown who rode the line every day, relatives said.",
        True,
        [("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        '"I just kept thinking about my kids while we waited in the dark," said Tanisha Greer, 29, a nurse from Ambler.',
        False,
        [("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "The transit authority said service on the line would be suspended for at least five days and put the damage to track and cars at more than $40 million.",
        True,
        [("duration", 5, "day", "at_least"), ("money", 40000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Pennsylvania's governor called the derailment \"every commuter's nightmare\" and promised answers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the second fatal derailment on the regional network since 2019.",
        True,
        [("ordinal", 2, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- Reisebus im Zillertal verunglückt (APA) ---
    (
        "de",
        "Innsbruck (APA) - Ein mit niederländischen Skiurlaubern besetzter Reisebus ist am Dienstagnachmittag auf der Gerlosstraße im Zillertal von der Fahrbahn abgekommen und rund 30 Meter eine Böschung hinuntergestürzt.",
        True,
        [("count", 30, None, "about")],
        None,
    ),
    (
        "de",
        "Von den 47 Insassen wurden zwei getötet und 31 verletzt, acht davon schwer, teilte die Landespolizeidirektion Tirol mit.",
        True,
        [("count", 47, None, None), ("count", 2, None, None), ("count", 31, None, None), ("count", 8, None, None)],
        "die Landespolizeidirektion Tirol",
    ),
    (
        "de",
        "Bei den Todesopfern handelt es sich um eine 63-jährige Frau und ihren 66 Jahre alten Ehemann aus Utrecht.",
        True,
        [("duration", 63, "year", None), ("duration", 66, "year", None)],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der Insassen waren Kinder unter 14 Jahren.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 14, "year", "under")],
        None,
    ),
    (
        "de",
        "Fünf Notarzthubschrauber, 14 Rettungswagen und knapp 120 Helferinnen und Helfer waren an der Unfallstelle im Einsatz.",
        True,
        [("count", 5, None, None), ("count", 14, None, None), ("count", 120, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der 51-jährige Buslenker gab an, die Bremsen hätten auf der Gefällstrecke plötzlich versagt.",
        True,
        [("duration", 51, "year", None)],
        None,
    ),
    (
        "de",
        "Auf dem Gefälle gilt für Reisebusse eine Höchstgeschwindigkeit von 40 km/h.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft Innsbruck hat ein Gutachten zum technischen Zustand des Busses in Auftrag gegeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Ich habe nur noch Schreie gehört und bin sofort hinuntergeklettert“, schilderte ein Landwirt aus Gerlos.",
        False,
        [],
        None,
    ),
    ("de", "Der niederländische Botschafter in Wien sprach den Angehörigen sein Mitgefühl aus.", False, [], None),
    (
        "de",
        "Die Gerlosstraße war mehr als sechs Stunden lang in beide Richtungen gesperrt.",
        True,
        [("duration", 6, "hour", "over")],
        None,
    ),
    # --- Kleinflugzeug in den Walliser Alpen abgestürzt (Keystone-SDA) ---
    (
        "de",
        "Sitten (Keystone-SDA) - Drei Menschen sind am Dienstag beim Absturz eines Kleinflugzeugs im Wallis getötet worden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Piper PA-46 war kurz nach 11 Uhr in Sitten zu einem Alpenrundflug gestartet, wie die Kantonspolizei Wallis mitteilte.",
        True,
        [],
        "die Kantonspolizei Wallis",
    ),
    (
        "de",
        "Das Wrack wurde auf rund 3'100 Metern über Meer unterhalb des Weisshorns entdeckt.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Die Rega barg die Leichen des 67-jährigen Piloten und seiner beiden Passagiere im Alter von 41 und 44 Jahren.",
        True,
        [("duration", 67, "year", None), ("duration", 41, "year", None), ("duration", 44, "year", None)],
        None,
    ),
    ("de", "Die SUST nahm noch am Nachmittag Ermittlungen zur Unfallursache auf.", True, [], None),
    (
        "de",
        "Zum Zeitpunkt des Absturzes wehten in der Region nach Angaben von MeteoSchweiz Böen von bis zu 90 km/h.",
        True,
        [("count", 90, None, "up_to")],
        "MeteoSchweiz",
    ),
    (
        "de",
        "Es ist der vierte tödliche Flugunfall in den Schweizer Alpen seit Jahresbeginn.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "«Die Berge verzeihen im Winter keinen Fehler», sagte ein erfahrener Bergführer aus Zermatt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr registrierte die SUST 29 Unfälle mit Kleinflugzeugen, elf davon endeten tödlich.",
        True,
        [("count", 29, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- Helicopter ditches in the North Sea (PA) ---
    (
        "en",
        "ABERDEEN (PA) - Fourteen offshore workers and two pilots were rescued from the North Sea on Wednesday after their helicopter ditched about 40 miles east of Aberdeen.",
        True,
        [("count", 14, None, None), ("count", 2, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "All 16 people on board were winched to safety within 90 minutes by two coastguard helicopters, HM Coastguard said.",
        True,
        [("count", 16, None, None), ("duration", 90, "minute", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Four of them were treated in hospital for mild hypothermia, NHS Grampian said.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Sikorsky S-92 had been cruising at around 2,500 feet when the crew reported a gearbox warning, the operator Northlift Aviation said.",
        True,
        [("count", 2500, None, "about")],
        None,
    ),
    (
        "en",
        "The pilots deployed the flotation system and the helicopter stayed upright in waves of up to 4 metres.",
        True,
        [("count", 4, None, "up_to")],
        None,
    ),
    (
        "en",
        "The Air Accidents Investigation Branch said five of its inspectors had travelled to Aberdeen.",
        True,
        [("count", 5, None, None)],
        "the Air Accidents Investigation Branch",
    ),
    (
        "en",
        "Northlift said it had suspended all S-92 flights for 48 hours as a precaution.",
        True,
        [("duration", 48, "hour", None)],
        "Northlift",
    ),
    (
        "en",
        '"The water was so cold it took your breath away," one of the workers, a 43-year-old from Dundee, told the BBC.',
        False,
        [("duration", 43, "year", None)],
        None,
    ),
    (
        "en",
        '"We owe those two pilots a pint for the rest of their lives," one of the rescued workers wrote on social media.',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'The Unite union said offshore workers deserved "total confidence" in the aircraft that carry them.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the first ditching of a passenger helicopter in British waters in nine years.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "year", None)],
        None,
    ),
    # --- Turbulenzen auf Flug nach Miami (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Bei schweren Turbulenzen auf einem Flug von Frankfurt nach Miami sind 23 Menschen verletzt worden.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Der Airbus A350 der Fluggesellschaft Rheinflug mit 311 Passagieren und 15 Crewmitgliedern an Bord sei über der Karibik rund zwei Sekunden lang um etwa 60 Meter abgesackt, sagte eine Sprecherin.",
        True,
        [
            ("count", 311, None, None),
            ("count", 15, None, None),
            ("duration", 2, "second", "about"),
            ("count", 60, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Flug RF 462 war in einer Reiseflughöhe von 11.300 Metern unterwegs, als er gegen 15.40 Uhr deutscher Zeit in ein Gewittergebiet geriet.",
        True,
        [("count", 11300, None, None)],
        None,
    ),
    (
        "de",
        "Die Anschnallzeichen seien zu dem Zeitpunkt eingeschaltet gewesen, so Rheinflug-Sprecherin Maren Quast.",
        True,
        [],
        "Maren Quast",
    ),
    (
        "de",
        "„Wir stehen mit allen Betroffenen in engem Kontakt und kümmern uns um sie“, sagte eine Rheinflug-Sprecherin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sieben Menschen kamen nach der Landung in Miami in Krankenhäuser, einer von ihnen mit einer Wirbelverletzung.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Rheinflug entschuldigte sich bei den Fluggästen und wünschte den Verletzten eine rasche Genesung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich habe einen Mann mit dem Kopf an die Kabinendecke knallen sehen, das vergesse ich nie“, sagte ein 58-jähriger Passagier aus Offenbach einem Fernsehsender.",
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Klimaforscher erwarten, dass schwere Turbulenzen über dem Nordatlantik bis 2050 deutlich häufiger werden.",
        False,
        [("year", 2050, None, None)],
        None,
    ),
    # --- Bus and tanker collide in Kenya (Reuters) ---
    (
        "en",
        "NAIROBI, Feb 11 (Reuters) - At least 27 people were killed and 41 injured when a long-distance bus collided head-on with a fuel tanker on the Nairobi-Mombasa highway early on Wednesday, Kenyan police said.",
        True,
        [("date", "--02-11", None, None), ("count", 27, None, "at_least"), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "The bus, operated by Coastline Shuttle, was carrying 62 passengers, six more than it was licensed for, the National Transport and Safety Authority said.",
        True,
        [("count", 62, None, None), ("count", 6, None, None)],
        "the National Transport and Safety Authority",
    ),
    (
        "en",
        "The crash happened at about 3 a.m. near the town of Mtito Andei, roughly 240 km southeast of Nairobi.",
        True,
        [("count", 240, None, "about")],
        None,
    ),
    (
        "en",
        "A 12-year-old girl and her mother were among the dead, a Red Cross official at the scene said.",
        True,
        [("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "The Kenya Red Cross said 19 of the injured had been airlifted to hospitals in Nairobi and Mombasa.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Police said the tanker driver, 39, had survived and been arrested.",
        True,
        [("duration", 39, "year", None)],
        None,
    ),
    (
        "en",
        '"The bus was swerving the whole night and we kept begging the driver to slow down," said survivor Amina Wanjiru, 24.',
        False,
        [("duration", 24, "year", None)],
        None,
    ),
    (
        "en",
        "More than 3,800 people died on Kenya's roads last year, and speeding was a factor in about 40% of fatal crashes, according to the authority.",
        True,
        [("count", 3800, None, "over"), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "The transport ministry suspended Coastline Shuttle's operating licence for 30 days.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("en", 'Kenya\'s president called for "a war on reckless driving" in a post on X.', False, [], None),
    # --- Drohnen legen Münchner Flughafen lahm (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Wegen mehrerer Drohnensichtungen ist der Flugbetrieb am Münchner Flughafen am Mittwochabend eingestellt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die erste Sichtung meldete ein Pilot im Landeanflug um 20.52 Uhr in etwa 450 Metern Höhe.",
        True,
        [("ordinal", 1, None, None), ("count", 450, None, "about")],
        None,
    ),
    (
        "de",
        "Während der knapp zweistündigen Unterbrechung wurden nach Angaben des Flughafens 22 ankommende Maschinen nach Nürnberg, Stuttgart und Salzburg umgeleitet, 31 Abflüge fielen aus.",
        True,
        [("duration", 2, "hour", "nearly"), ("count", 22, None, None), ("count", 31, None, None)],
        "der Flughafen",
    ),
    (
        "de",
        "Rund 6.500 Passagiere waren betroffen, viele verbrachten die Nacht im Terminal 2.",
        True,
        [("count", 6500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl gemeldeter Drohnenbehinderungen an deutschen Flughäfen stieg im Vorjahr nach Angaben der Deutschen Flugsicherung um 37 Prozent.",
        True,
        [("percent", 37, "%", None)],
        "die Deutsche Flugsicherung",
    ),
    (
        "de",
        "Am Donnerstagmorgen kam es wegen der Ausfälle noch zu Verspätungen von bis zu 90 Minuten.",
        True,
        [("duration", 90, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "Der bayerische Innenminister nannte die Vorfälle „einen Angriff auf unsere kritische Infrastruktur“.",
        False,
        [],
        None,
    ),
    ("de", "Wer hinter den Drohnen steckt, ist weiter unklar.", False, [], None),
    # --- NTSB preliminary report on cargo jet crash (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 12 (Reuters) - The crew of a cargo jet that crashed after take-off from Rockford, Illinois, last month received a fire warning for the left engine 14 seconds before the wheels left the runway, U.S. investigators said in a preliminary report on Thursday.",
        True,
        [("date", "--02-12", None, None), ("duration", 14, "second", None)],
        None,
    ),
    (
        "en",
        "The MD-11 freighter, operated by Tristar Cargo, climbed to only about 100 feet before it began rolling to the left, the National Transportation Safety Board said.",
        True,
        [("count", 100, None, "about")],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "All three crew members and two people on the ground were killed.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The plane's speed peaked at 184 knots, about 9 knots below what the crew needed to keep climbing with an engine out, the report said.",
        True,
        [("count", 184, None, None), ("count", 9, None, "about")],
        None,
    ),
    (
        "en",
        "Investigators found fatigue cracks in a mounting bracket on the left engine pylon, according to the report.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The NTSB said the aircraft was 33 years old and had last undergone a detailed inspection of the pylon in 2021.",
        True,
        [("duration", 33, "year", None), ("year", 2021, None, None)],
        "the NTSB",
    ),
    (
        "en",
        "The Federal Aviation Administration has ordered inspections of the pylons on the 96 MD-11s still flying in the United States.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    ("en", "A final report is expected within 18 months.", True, [("duration", 18, "month", None)], None),
    (
        "en",
        'Tristar Cargo said it "continues to cooperate fully" with investigators and declined to comment further.',
        False,
        [],
        None,
    ),
    ("en", "How the cracks went undetected remains unclear.", False, [], None),
    (
        "en",
        '"Those pilots did everything they could with the seconds they had," a representative of the pilots\' union said.',
        False,
        [],
        None,
    ),
    # --- Straßenbahn in Graz entgleist (APA) ---
    (
        "de",
        "Graz (APA) - Eine voll besetzte Straßenbahn ist am Donnerstag in der Grazer Innenstadt entgleist und gegen eine Hausmauer geprallt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "18 Fahrgäste wurden verletzt, drei davon schwer, teilte die Landespolizeidirektion Steiermark mit.",
        True,
        [("count", 18, None, None), ("count", 3, None, None)],
        "die Landespolizeidirektion Steiermark",
    ),
    (
        "de",
        "Ein neunjähriges Mädchen musste mit dem Notarzthubschrauber in die Kinderklinik geflogen werden.",
        True,
        [("duration", 9, "year", None)],
        None,
    ),
    (
        "de",
        "Die Garnitur der Linie 7 fuhr laut Fahrdatenschreiber mit 38 km/h in die enge Kurve am Jakominiplatz, zulässig wären dort 15 km/h gewesen.",
        True,
        [("count", 38, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Der 26-jährige Straßenbahnfahrer wurde negativ auf Alkohol getestet.",
        True,
        [("duration", 26, "year", None)],
        None,
    ),
    (
        "de",
        "Die Verkehrsbetriebe schätzen den Schaden an Garnitur und Gleisen auf rund 800.000 Euro.",
        True,
        [("money", 800000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Straßenbahnverkehr in der Innenstadt war rund fünf Stunden lang unterbrochen, 14 Ersatzbusse waren im Einsatz.",
        True,
        [("duration", 5, "hour", "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Es hat so laut gekracht, ich dachte zuerst an eine Explosion“, erzählte eine Verkäuferin aus einem nahen Geschäft.",
        False,
        [],
        None,
    ),
    ("de", "Ob ein technischer Defekt vorlag, wird erst ein Gutachten zeigen.", False, [], None),
    # --- Ferry fire off Sulawesi (AFP) ---
    (
        "en",
        "JAKARTA (AFP) - At least 11 people died when fire swept through a passenger ferry off the Indonesian island of Sulawesi on Thursday, and about 280 others were rescued, officials said.",
        True,
        [("count", 11, None, "at_least"), ("count", 280, None, "about")],
        None,
    ),
    (
        "en",
        "The KM Cahaya Timur was carrying 301 passengers and 24 crew according to its manifest, though survivors said many more people had been on board.",
        True,
        [("count", 301, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "The fire broke out in the engine room around 2 a.m., about three hours after the ferry left the port of Kendari, the local search and rescue agency said.",
        True,
        [("duration", 3, "hour", "about")],
        None,
    ),
    (
        "en",
        "Many passengers jumped into the sea in life jackets, and some were in the water for more than an hour before fishing boats picked them up.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Indonesia's transport ministry said the 27-year-old vessel had passed a safety inspection in December.",
        True,
        [("duration", 27, "year", None)],
        None,
    ),
    (
        "en",
        "Search teams were still looking for at least six missing passengers, among them two children.",
        True,
        [("count", 6, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"People were screaming and pushing, everyone wanted a life jacket at the same moment," survivor Rini Susanti, 35, told local television.',
        False,
        [("duration", 35, "year", None)],
        None,
    ),
    (
        "en",
        "The president ordered the ministry to audit the fire-safety equipment on all licensed passenger ferries within two months.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    ("en", 'Maritime experts said lax enforcement had made such disasters "almost inevitable."', False, [], None),
    # --- Frachter kollidieren auf dem Rhein (dpa/lrs) ---
    (
        "de",
        "Koblenz (dpa/lrs) - Nach der Kollision zweier Frachtschiffe auf dem Rhein bei St. Goar ist die Schifffahrt auf einem rund 20 Kilometer langen Abschnitt gesperrt.",
        True,
        [("count", 2, None, None), ("count", 20, None, "about")],
        None,
    ),
    (
        "de",
        "Ein talwärts fahrendes Tankschiff mit 1.900 Tonnen Diesel an Bord war am Donnerstagmorgen bei dichtem Nebel mit einem Containerschiff zusammengestoßen, teilte die Wasserschutzpolizei mit.",
        True,
        [("count", 1900, None, None)],
        "die Wasserschutzpolizei",
    ),
    (
        "de",
        "Das Containerschiff hatte 86 Container geladen, rund ein Viertel davon rutschte beim Aufprall in den Fluss.",
        True,
        [("count", 86, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Wasserstraßen- und Schifffahrtsverwaltung warteten am Abend 43 Schiffe oberhalb und unterhalb der Unglücksstelle.",
        True,
        [("count", 43, None, None)],
        "die Wasserstraßen- und Schifffahrtsverwaltung",
    ),
    (
        "de",
        "Die Bergung der Container werde mindestens drei Tage dauern, sagte ein Behördensprecher.",
        True,
        [("duration", 3, "day", "at_least")],
        None,
    ),
    (
        "de",
        "Der 54-jährige Schiffsführer des Tankers gab an, das Radarbild sei kurz vor dem Zusammenstoß ausgefallen.",
        True,
        [("duration", 54, "year", None)],
        None,
    ),
    ("de", "Umweltschützer fürchten, dass bei der Bergung doch noch Treibstoff in den Fluss gelangt.", False, [], None),
    (
        "de",
        "Erst im November war bei Bingen ein Schubverband auf Grund gelaufen und hatte den Rhein für 31 Stunden blockiert.",
        True,
        [("duration", 31, "hour", None)],
        None,
    ),
    # --- Tractor hit by train at Norfolk crossing (PA) ---
    (
        "en",
        "NORWICH (PA) - A teenager died and 12 people were hurt when a passenger train hit a tractor on a level crossing in Norfolk on Friday morning.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The 17-year-old, who was driving the tractor, was pronounced dead at the scene, Norfolk Constabulary said.",
        True,
        [("duration", 17, "year", None)],
        "Norfolk Constabulary",
    ),
    (
        "en",
        "The two-carriage train, with about 70 passengers on board, was travelling at 68mph when it struck the tractor, the Rail Accident Investigation Branch said.",
        True,
        [("count", 2, None, None), ("count", 70, None, "about"), ("count", 68, None, None)],
        "the Rail Accident Investigation Branch",
    ),
    (
        "en",
        "Its driver, 61, and a conductor were among those taken to hospital.",
        True,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "The crossing is one of around 1,500 on the network where users must phone a signaller for permission before crossing.",
        True,
        [("count", 1500, None, "about")],
        None,
    ),
    (
        "en",
        'The RAIB said it had deployed inspectors to the site and would publish its findings "in due course."',
        True,
        [],
        None,
    ),
    (
        "en",
        "In 2023 the track owner was fined £1.4 million over safety failures at another crossing in the county.",
        True,
        [("year", 2023, None, None), ("money", 1400000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Everyone at the company is thinking of the young man\'s family tonight," the train operator said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"He was a lovely lad who\'d help anyone with anything," said neighbour Pauline Cutts, 66.',
        False,
        [("duration", 66, "year", None)],
        None,
    ),
    (
        "en",
        "It was the third fatal accident at a level crossing in England this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", "Local councillors have long demanded a bridge at the crossing.", False, [], None),
    # --- BFU-Zwischenbericht zum Hubschrauberabsturz (dpa) ---
    (
        "de",
        "Braunschweig (dpa) - Der Rettungshubschrauber, der am 3. Dezember im Sauerland abgestürzt ist, hat kurz vor dem Unglück eine Hochspannungsleitung gestreift, wie aus dem am Freitag veröffentlichten Zwischenbericht der Bundesstelle für Flugunfalluntersuchung (BFU) hervorgeht.",
        True,
        [("date", "--12-03", None, None)],
        None,
    ),
    (
        "de",
        "Demnach flog die Maschine vom Typ Airbus H145 bei Dunkelheit in nur etwa 40 Metern Höhe, als der Hauptrotor um 18.21 Uhr ein Leiterseil berührte.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Bis zum Aufprall vergingen nach den Daten der Flugüberwachung noch rund sieben Sekunden.",
        True,
        [("duration", 7, "second", "about")],
        None,
    ),
    (
        "de",
        "Bei dem Absturz waren der 49-jährige Pilot, ein Notfallsanitäter und eine Notärztin ums Leben gekommen.",
        True,
        [("duration", 49, "year", None)],
        None,
    ),
    (
        "de",
        "Die Leitung sei in den Karten, mit denen die Besatzung arbeitete, nicht verzeichnet gewesen, sagte BFU-Sprecher Jens Abendroth.",
        True,
        [],
        "Jens Abendroth",
    ),
    (
        "de",
        "Die BFU empfahl, alle rund 90 Rettungshubschrauber dieses Typs in Deutschland mit einem Hinderniswarnsystem nachzurüsten.",
        True,
        [("count", 90, None, "about")],
        None,
    ),
    (
        "de",
        "Der Betreiber teilte mit, er habe bereits 35 seiner Maschinen umgerüstet.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    ("de", "Den Abschlussbericht will die BFU in etwa einem Jahr vorlegen.", True, [], None),
    (
        "de",
        "Die Vereinigung der Luftrettungspiloten forderte, Stromleitungen in Tälern endlich besser zu kennzeichnen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Luftrettungsorganisation sprach den Angehörigen der drei Toten erneut ihr Mitgefühl aus.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    # --- Engine failure forces return to Sydney (AAP) ---
    (
        "en",
        "SYDNEY (AAP) - An Auckland-bound passenger jet returned to Sydney Airport on Friday after one of its engines failed shortly after take-off.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Boeing 787-9, operated by Tasman Blue, was carrying 274 passengers and 12 crew.",
        True,
        [("count", 274, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Passengers reported hearing a loud bang and seeing flames from the right engine about two minutes into the flight.",
        True,
        [("duration", 2, "minute", "about")],
        None,
    ),
    (
        "en",
        "The crew declared a mayday and set the transponder to the emergency code 7700, according to flight-tracking data.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The pilots dumped fuel over the sea for about 25 minutes before landing safely at 7.48pm.",
        True,
        [("duration", 25, "minute", "about")],
        None,
    ),
    (
        "en",
        "The Australian Transport Safety Bureau said it was investigating a suspected bird strike.",
        True,
        [],
        "the Australian Transport Safety Bureau",
    ),
    (
        "en",
        "Tasman Blue said it had rebooked the passengers on three flights on Saturday.",
        True,
        [("count", 3, None, None)],
        "Tasman Blue",
    ),
    (
        "en",
        '"The crew were absolutely brilliant, nobody panicked," said passenger Leah Donnelly, 41.',
        False,
        [("duration", 41, "year", None)],
        None,
    ),
    (
        "en",
        "Sydney Airport said two incoming flights were briefly put into holding patterns but no departures were delayed.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was the second engine failure on a Tasman Blue Dreamliner since October.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Tasman Blue apologised to passengers for the disruption to their travel plans.", False, [], None),
    # --- Güterzug im Simplontunnel entgleist (Keystone-SDA) ---
    (
        "de",
        "Brig (Keystone-SDA) - Im Simplontunnel ist in der Nacht auf Freitag ein Güterzug entgleist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Elf der 24 Wagen sprangen rund drei Kilometer nach dem Nordportal aus den Schienen, wie die Bahngesellschaft Cargo Alpina mitteilte.",
        True,
        [("count", 11, None, None), ("count", 24, None, None), ("count", 3, None, "about")],
        None,
    ),
    ("de", "Verletzt wurde niemand, der Lokführer konnte den Tunnel zu Fuss verlassen.", True, [], None),
    (
        "de",
        "Aus einem Kesselwagen traten nach Polizeiangaben rund 2'000 Liter Natronlauge aus.",
        True,
        [("count", 2000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Tunnel bleibt für den Personenverkehr voraussichtlich mindestens zwei Wochen gesperrt.",
        True,
        [("duration", 2, "week", "at_least")],
        None,
    ),
    (
        "de",
        "Die Gemeinde Brig bittet Pendlerinnen und Pendler, bis auf Weiteres auf die Ersatzbusse auszuweichen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Schaden an Tunnel und Rollmaterial schätzt die Bahngesellschaft auf mehrere Millionen Franken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Wir hatten riesiges Glück, dass kein Personenzug in der Nähe war», sagte ein Sprecher der Bahngesellschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist die dritte Entgleisung in einem Alpentunnel innert zwei Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Trains collide in Upper Egypt (Reuters) ---
    (
        "en",
        "CAIRO, Feb 13 (Reuters) - Two passenger trains collided head-on in Egypt's Sohag province on Friday, killing at least 16 people and injuring 103, the health ministry said.",
        True,
        [
            ("date", "--02-13", None, None),
            ("count", 2, None, None),
            ("count", 16, None, "at_least"),
            ("count", 103, None, None),
        ],
        None,
    ),
    (
        "en",
        "Some 58 ambulances were sent to the scene, and the injured were taken to four hospitals, a health ministry spokesman said.",
        True,
        [("count", 58, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Egypt's railway authority said a driver had passed a red signal and that he and his assistant had been detained.",
        True,
        [],
        None,
    ),
    (
        "en",
        "One of the trains was travelling at about 90 km/h, according to an initial investigation.",
        True,
        [("count", 90, None, "about")],
        None,
    ),
    (
        "en",
        "The government said it would pay 100,000 Egyptian pounds to the family of each victim and 20,000 pounds to each injured passenger.",
        True,
        [("money", 100000, "EGP", None), ("money", 20000, "EGP", None)],
        None,
    ),
    (
        "en",
        '"We heard a crash like thunder and ran to the tracks," said Mahmoud Abdel Rahim, a farmer whose field borders the line.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Egypt has been renewing the signalling on about 1,000 km of track since 2019.",
        True,
        [("count", 1000, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Egypt's transport minister vowed that those responsible for the crash would be held to account.",
        False,
        [],
        None,
    ),
    ("en", "Critics say the upgrades have come far too slowly to stop the deadly crashes.", False, [], None),
    (
        "en",
        "It was the country's second deadly train collision in three months.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "month", None)],
        None,
    ),
    # --- Massenkarambolage auf der A2 (dpa) ---
    (
        "de",
        "Magdeburg (dpa) - Bei einer Massenkarambolage mit mehr als 40 Fahrzeugen auf der Autobahn 2 bei Marienborn sind am Samstagmorgen drei Menschen ums Leben gekommen.",
        True,
        [("count", 40, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Mindestens 37 weitere wurden verletzt, acht von ihnen schwer, teilte die Polizei mit.",
        True,
        [("count", 37, None, "at_least"), ("count", 8, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Blitzeis hatte die Fahrbahn bei minus vier Grad innerhalb weniger Minuten in eine Rutschbahn verwandelt.",
        True,
        [("count", -4, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Toten ist ein 22 Jahre alter Fahranfänger aus Haldensleben.",
        True,
        [("duration", 22, "year", None)],
        None,
    ),
    (
        "de",
        "Polizeisprecher Frank Tessendorf sagte, viele Autofahrer seien trotz der Warnungen deutlich zu schnell unterwegs gewesen.",
        True,
        [],
        "Frank Tessendorf",
    ),
    (
        "de",
        "Die Autobahn war in Richtung Berlin mehr als acht Stunden lang voll gesperrt, der Stau war zeitweise 25 Kilometer lang.",
        True,
        [("duration", 8, "hour", "over"), ("count", 25, None, None)],
        None,
    ),
    (
        "de",
        "Rund 250 Einsatzkräfte von Feuerwehr, Rettungsdienst und Polizei waren vor Ort, dazu vier Rettungshubschrauber.",
        True,
        [("count", 250, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Man konnte kaum stehen, so glatt war es, und hinter uns krachte es immer weiter“, sagte ein Lkw-Fahrer, der im Stau feststeckte.",
        False,
        [],
        None,
    ),
    ("de", "Die Polizei appellierte an alle Autofahrer, bei Glätte das Tempo deutlich zu drosseln.", False, [], None),
    (
        "de",
        "Im vergangenen Winter gab es auf den Autobahnen in Sachsen-Anhalt nach Angaben des Innenministeriums 312 Unfälle wegen Glätte.",
        True,
        [("count", 312, None, None)],
        "das Innenministerium",
    ),
    # --- Aviation safety review (Reuters) ---
    (
        "en",
        "MONTREAL, Feb 14 (Reuters) - Commercial airlines had 41 accidents last year, seven of them fatal, an industry safety body said on Saturday.",
        True,
        [("date", "--02-14", None, None), ("count", 41, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "A total of 262 passengers and crew died, up from 214 the year before, the Global Flight Safety Council said in its annual review.",
        True,
        [("count", 262, None, None), ("count", 214, None, None)],
        "the Global Flight Safety Council",
    ),
    (
        "en",
        "Turboprop aircraft were involved in 15 of the accidents, or just over a third, the council said.",
        True,
        [("count", 15, None, None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "More than half of the fatal accidents happened during approach and landing, and almost one in five involved cargo aircraft.",
        True,
        [("fraction", 0.5, None, "over"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Director General Sofia Marchetti said runway excursions remained the most common type of accident for the fourth year in a row.",
        True,
        [("ordinal", 4, None, None)],
        "Sofia Marchetti",
    ),
    (
        "en",
        "Airlines carried about 4.8 billion passengers on 37.5 million flights last year, according to the review.",
        True,
        [("count", 4800000000, None, "about"), ("count", 37500000, None, None)],
        None,
    ),
    (
        "en",
        '"Flying remains by far the safest way to travel, and nothing in these numbers changes that," Marchetti said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marchetti said she feared a shortage of experienced mechanics could erode safety margins in the coming years.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Africa had the highest accident rate of any region for the third consecutive year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Vogelschlag: Ferienflieger kehrt nach Hamburg zurück (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Nach einem Vogelschlag ist ein Ferienflieger kurz nach dem Start in Hamburg sicher wieder gelandet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Boeing 737 MAX 8 der Fluggesellschaft Nordsonne war mit 176 Urlaubern auf dem Weg nach Gran Canaria, als in etwa 600 Metern Höhe ein Schwarm Gänse in das linke Triebwerk geriet.",
        True,
        [("count", 176, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Die Besatzung setzte um 9.07 Uhr einen Notruf ab und landete 18 Minuten später auf der Piste 23.",
        True,
        [("duration", 18, "minute", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Flughafens kam es danach bei rund einem Dutzend Flügen zu Verspätungen von bis zu 45 Minuten.",
        True,
        [("count", 12, None, "about"), ("duration", 45, "minute", "up_to")],
        "der Flughafen",
    ),
    (
        "de",
        "Die Passagiere sollen am Nachmittag mit einer Ersatzmaschine nach Gran Canaria fliegen, teilte Nordsonne mit.",
        True,
        [],
        "Nordsonne",
    ),
    (
        "de",
        "„Es hat kurz gerüttelt, und dann roch es in der Kabine nach Grillhähnchen“, sagte ein 29 Jahre alter Urlauber aus Pinneberg.",
        False,
        [("duration", 29, "year", None)],
        None,
    ),
    (
        "de",
        "Am Hamburger Flughafen wurden im vergangenen Jahr 119 Vogelschläge gemeldet, rund 15 Prozent mehr als im Jahr davor.",
        True,
        [("count", 119, None, None), ("percent", 15, "%", "about")],
        None,
    ),
    ("de", "Vogelschläge gehören nach Einschätzung vieler Piloten zum ganz normalen Berufsalltag.", False, [], None),
    # --- Small plane crashes onto Florida interstate (AP) ---
    (
        "en",
        "OCALA, Fla. (AP) — A small plane crashed onto an interstate in central Florida on Saturday afternoon, hitting two cars and killing the pilot and a passenger, authorities said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Piper Seneca had taken off from Ocala International Airport about 10 minutes earlier on a flight to Tallahassee, the Federal Aviation Administration said.",
        True,
        [("duration", 10, "minute", "about")],
        "the Federal Aviation Administration",
    ),
    (
        "en",
        "A 38-year-old woman driving one of the cars was taken to hospital with burns, the Marion County Sheriff's Office said.",
        True,
        [("duration", 38, "year", None)],
        "the Marion County Sheriff's Office",
    ),
    (
        "en",
        "The pilot, 72, had radioed that he was losing altitude and trying to reach the airport, according to air traffic control recordings.",
        True,
        [("duration", 72, "year", None)],
        None,
    ),
    (
        "en",
        "Northbound lanes of Interstate 75 were closed for nearly six hours.",
        True,
        [("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "en",
        '"I saw it coming in low over the trees and I just slammed on my brakes," said Derrick Summers, 47, who was driving a delivery truck.',
        False,
        [("duration", 47, "year", None)],
        None,
    ),
    (
        "en",
        "The National Transportation Safety Board said it expected to release a preliminary report within 30 days.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    ("en", "Why the plane lost power was not yet known.", False, [], None),
    (
        "en",
        "It was the second fatal crash of a small plane in Marion County since December.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Zusammenstoß über der Schwäbischen Alb (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Beim Zusammenstoß zweier Leichtflugzeuge über der Schwäbischen Alb sind am Samstag zwei Männer ums Leben gekommen.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Motorsegler und das Ultraleichtflugzeug seien in etwa 700 Metern Höhe kollidiert und unweit von Münsingen abgestürzt, sagte ein Sprecher des Polizeipräsidiums Reutlingen.",
        True,
        [("count", 700, None, "about")],
        None,
    ),
    (
        "de",
        "Die Toten sind ein 71-jähriger Pilot aus Tübingen und ein 55 Jahre alter Mann aus dem Landkreis Esslingen.",
        True,
        [("duration", 71, "year", None), ("duration", 55, "year", None)],
        None,
    ),
    (
        "de",
        "Der Pilot des Ultraleichtflugzeugs rettete sich mit dem Gesamtrettungssystem und wurde leicht verletzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Beide Maschinen waren vom selben Flugplatz gestartet, im Abstand von nur zwölf Minuten.",
        True,
        [("duration", 12, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Trümmer verteilten sich auf einer Fläche von rund 300 mal 200 Metern.",
        True,
        [("count", 300, None, "about"), ("count", 200, None, None)],
        None,
    ),
    (
        "de",
        "„Bei dem schönen Wetter war da oben ordentlich Betrieb“, sagte ein Mitglied des örtlichen Flugsportvereins.",
        False,
        [],
        None,
    ),
    ("de", "Warum die Piloten einander nicht gesehen haben, ist völlig offen.", False, [], None),
    (
        "de",
        "Es ist bereits der zweite Zusammenstoß zweier Luftfahrzeuge in Baden-Württemberg in diesem Jahr.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None)],
        None,
    ),
]
