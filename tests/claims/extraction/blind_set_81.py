"""Eighty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and every figure are made up
(Markus Lenzinger, Reto Albisser, Helmut Kainz, Michael Pirker, Monika Schwaighofer, Gary
Molloy, Jeffrey Lane, Anthony Russo, Belinda Cole, Kevin Duffy, Mark Sutter, Alan Redfern,
Alexandra Wendl, Mark Pottinger, a mare called Bramble, and every driver, victim, suspect
and witness, named or not); real places, roads and bodies ("Landespolizeidirektion
Oberösterreich", "Kantonspolizei Bern", "Kantonspolizei Schwyz", "Kantonspolizei Wallis",
"Stadtpolizei Winterthur", "Verkehrspolizei Feucht", "Landeskriminalamt Wien", "Kripo
Augsburg", "Berufsfeuerwehr Graz", "Bergrettung Neustift", "Rega", "Air Zermatt", "SLF",
"Deutscher Wetterdienst", "ÖBB", "Warn-App Nina", "Christophorus 1", "the Metropolitan
Police", "Greater Manchester Fire and Rescue Service", "the Oklahoma Highway Patrol", "NSW
Police", "Toll Rescue Helicopter", "West Midlands Police", "the Arizona Department of Public
Safety", "HM Coastguard", "Penlee RNLI", "the Cuyahoga County Medical Examiner's Office",
"Lancashire Police", "National Highways", "Queensland Police", "Patterdale Mountain Rescue
Team", "Great North Air Ambulance", "the Los Angeles County Sheriff's Department", "Police
Scotland", "the Scottish Fire and Rescue Service", "the St. Louis County Sheriff's Office",
"Dyfed-Powys Police", "the Red Cross", "the National Police Chiefs' Council", "Hampshire and
Isle of Wight Fire and Rescue Service", "Queensland Fire Department") stand for the way
regional copy names them; what happens, is counted, measured and said here is invented.

Its weight: POLICE REPORTS, TRAFFIC ACCIDENTS, FIRES AND RESCUES as the agencies' regional
services file them. Half German (APA Landesdienste from Linz, Innsbruck, Wien, Graz, St.
Pölten, Klagenfurt, Salzburg and Villach; dpa-Landesdienste "dpa/lnw", "dpa/lby", "dpa/lsw",
"dpa/sn"; Keystone-SDA from Bern, Schwyz, Sitten and Winterthur): a drunk driver's head-on
crash in the Innviertel, a speeder on the A 52, a warehouse fire in Gersthofen, a climber's
fatal fall in the Stubaital, a jeweller's break-in in Favoriten, a drunk novice driver in
Lyss and a "Raser" on the Swiss A4, a flat fire in Graz, a fatal motorcycle crash on the B
20, a lorry pile-up on the A 9, drink-driving checks in Carinthia, an avalanche above
Saas-Fee, copper cable thefts, a barn fire with dead cattle, an e-bike rider hit in
Winterthur, a petrol station robbery in Leipzig, a cloudburst in Münster, a boy saved from a
lake, a level-crossing crash, a drunk e-scooter rider. Half English (PA, AP state wires,
AAP, Reuters): a car clocked at 112mph on the North Circular, a mill fire in Oldham, a
head-on crash on Interstate 40, a bushwalker winched out of the Blue Mountains, a
smash-and-grab in Birmingham, a wrong-way drunk driver in Phoenix, paddleboarders off
Cornwall, a fatal house fire in Cleveland, the M6 closed after a fatal crash, a learner
driver on the Bruce Highway, a walker airlifted from Helvellyn, catalytic converter thefts,
a fatal flat fire in Govan, ice fishermen on Lake Superior, farm thefts in Powys, a coach
crash on Austria's A10, a grass fire near Denver, the festive drink-drive figures, a horse
stuck in a ditch, a credit union robbery, a swiftwater rescue near Gympie, an e-scooter
rider killed in Nottingham. Forms as such copy has them: blood alcohol ("1,8 Promille",
"mehr als 0,8 Promille", "eine 0,5-Promille-Grenze", "0.23%"), breath alcohol ("0,62
Milligramm pro Liter", "71 microgrammes of alcohol in 100 millilitres of breath, more than
twice the legal limit of 35", "nearly three times the legal limit"), speeds ("Mit 148 statt
der erlaubten 80 km/h", "141 Stundenkilometer", "mit 196 km/h ..., erlaubt sind ... 120
km/h", "clocked at 112mph in a 50mph zone", "168km/h in a 100km/h zone", "a 20mph limit"),
ages ("Ein 34-jähriger Alkolenker", "ein 23-Jähriger", "Ein 52 Jahre alter Lkw-Fahrer", "im
Alter von 18 und 20 Jahren", "Ein fünfjähriger Bub", "zwischen 25 und 30 Jahre alt", "a
19-year-old man", "aged 54 and 51", "ages 6 and 9", "The men, 58 and 62,", "a man in his
50s"), damage and loot ("rund 1,5 Millionen Euro", "rund 30'000 Franken", "im fünfstelligen
Bereich", "mehrere hundert Euro", "worth around £250,000", "an estimated $90,000"), crews,
vehicles and helicopters ("mit 60 Einsatzkräften und zwölf Fahrzeugen", "Insgesamt 14
Feuerwehren mit rund 220 Einsatzkräften", "drei Helikopter ..., zwei Lawinenhunde und rund
30 Retter", "Around 60 firefighters and eight fire engines", "four appliances", "Five
helicopters and more than 100 rescuers"), clock times ("gegen 2.15 Uhr", "shortly after
11pm", "at about 11:40 p.m."), roads, junctions and markers ("B 141", "A 52", "bei
Straßenkilometer 41", "between junctions 32 and 33", "mile marker 178", "I-40"), durations
of closures, searches and rescues ("rund zweieinhalb Stunden", "knapp drei Stunden", "nach
knapp vier Minuten", "for less than 90 seconds", "a rescue lasting nearly six hours"),
penalties ("ein Bußgeld von 700 Euro, zwei Punkte in Flensburg und drei Monate Fahrverbot",
"von einem bis vier Jahren", "fined A$2,669 and lost eight demerit points"), heights,
lengths and areas, ordinals of floors and of the year's fatal accidents, hedges and
attribution. Negatives as such copy has them: appeals for witnesses and service lines with
telephone, police and emergency numbers, advice and warnings ("..., rät die Polizei.",
"..., mahnt die Polizei.", "the force warned", "Police are reminding ..."), quoted verdicts,
thanks and dismay of officers, commanders, mayors and witnesses, scene colour, an open
question, a slogan ("If it's flooded, forget it."), condolences and boilerplate ("Für den
Festgenommenen gilt die Unschuldsvermutung.", "(Schluss)", an update line, a Reuters
credit).

236 rows (118 German, 118 English), 48 negatives (24 German, 24 English), 188 check-worthy
rows of which 35 carry no figure (15 German, 20 English), 251 expected quantities (117
counts, 99 durations, 15 amounts of money, 12 ordinals, 4 dates, 3 percentages, 1
fraction; none of them in negatives, which hold no figure), 38 checked speakers (14 German,
24 English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences, once with case and
whitespace and once with punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure, as facts of record in police and fire copy (fifty-eighth and seventy-seventh):
  a driving licence taken on the spot ("Der Führerausweis wurde dem Neulenker auf der
  Stelle abgenommen."), a warning sent through a warning app, an investigation into a
  fire's cause opened ("Die Kripo Augsburg hat die Ermittlungen ... aufgenommen.", as "Zur
  Brandursache ermittelt die Kriminalpolizei."), an emergency call at a clock time, a death
  established by a helicopter crew, the injured flown to hospital, "Verletzt wurde nach
  ersten Erkenntnissen niemand.", "Neither man was injured.", an attributed assumption
  ("Die Ermittler gehen davon aus, dass ...", fifty-eighth), a vague damage estimate or
  loot, a suspect driving without insurance, a man described by decade ("A man in his 50s
  ..., died at the scene.", fifty-fifth), the legal rule on private e-scooters, residents
  told to keep windows closed, "an investigation into the cause is under way" (as "The cause
  of the fire is under investigation.").
- Blood alcohol in "Promille" is a count (tenth and seventy-seventh): "1,8 Promille", "2,44
  Promille", "2,1 Promille", "mehr als 0,8 Promille" 0.8 "over", "0,1 Promille"; New: "eine
  0,5-Promille-Grenze" is count 0.5, a figure inside a compound read as written ("eine
  120-Liter-Tonne", fifty-eighth). Blood alcohol written with a per cent sign is a
  percentage as written: "0.23%", "0.08%". New: breath alcohol is a count in its units, as
  "45 Milligramm pro Liter" (seventy-fourth): "0,62 Milligramm pro Liter" 0.62, and "71
  microgrammes of alcohol in 100 millilitres of breath" counts 71 and 100 (the base after
  "in" counted as "250 Milligramm je fünf Milliliter" gives 250 and 5, sixty-fourth), "the
  legal limit of 35" count 35. Multiples of a limit are counts in "times" (tenth: "more than
  twice its estimate"): "more than twice the legal limit" 2 "times" "over", "nearly three
  times the legal limit" 3 "times" "nearly".
- Speeds are counts (fourth, fifty-fifth, fifty-eighth): "Mit 148 statt der erlaubten 80
  km/h" 148 and 80, "141 Stundenkilometer", "mit 196 km/h ..., erlaubt sind an dieser
  Stelle 120 km/h" 196 and 120, "clocked at 112mph in a 50mph zone" 112 and 50, "168km/h in
  a 100km/h zone" 168 and 100 (glued units, fifteenth), "a 20mph limit" 20, "Wind gusts of
  up to 60 mph" 60 "up_to".
- Clock times carry none (every batch): "gegen 2.15 Uhr", "gegen 23.40 Uhr", "gegen 10.30
  Uhr", "gegen 3.20 Uhr", "gegen 1.40 Uhr", "gegen 16.45 Uhr", "gegen 22.50 Uhr", "shortly
  after 11pm", "at 2.47am", "shortly before 7am", "at about 11:40 p.m.", "shortly after 9am",
  "at about 4.15pm", "at 3.20pm", "at 3:15 a.m.", "about 10.30pm", "at 6.05pm", "at 1:30
  p.m.", "at about 5 a.m.", "shortly after 10 a.m.", "at 7.40am", "at about 5.30pm"; "gegen",
  "about" and "shortly" before a clock time give no hedge (fifty-eighth: "at about
  11.40pm").
- Roads, junctions and markers are identifiers and carry none (thirty-eighth and
  fifty-eighth): "(B 141)", "A 52", "A 9", "A4", "(B 20)", "A406", "A10", "M6", "Interstate
  40", "Interstate 17", "I-40", "between junctions 32 and 33", "bei Straßenkilometer 41";
  New: AP's "near mile marker 178" carries none, a place label as "Bei Straßenkilometer
  23,4" (fifty-eighth). Call signs and numbers: "Christophorus 1" (fifty-eighth), "Toll
  Rescue Helicopter", "101", "999", "911", "quoting log 1893" (fifty-eighth: "quoting log
  2317") and the telephone number "01 31310 33800" (thirty-sixth) none; "Lyss BE", "Saas-Fee
  VS", "Winterthur ZH" none (canton suffixes, seventy-seventh).
- Ages are durations in years (every earlier batch): "Ein 34-jähriger Alkolenker", "einer
  22-jährigen Frau", "Die 22-Jährige und ihr 24-jähriger Beifahrer", "des 34-Jährigen",
  "ein 23-Jähriger", "Ein 52 Jahre alter Lkw-Fahrer", "ein 61 Jahre alter Mann", "im Alter
  von 18 und 20 Jahren" (the unit written once, forty-sixth), "Ein fünfjähriger Bub" 5 years
  (as "87-jährig", sixty-third), "zwischen 25 und 30 Jahre alt" both, "a 19-year-old man",
  "aged 54 and 51", "children aged 4, 7 and 11", "aged 24, 29 and 35", "aged under 25" 25
  "under" (fifty-fifth). New: AP's "Two children, ages 6 and 9," is 6 and 9 years, "ages" read
  as "aged"; "The men, 58 and 62," two ages in apposition, as "Okafor, 63," (sixty-third) with
  the list sharing the reading; "The 14-year-old mare" 14 years (the age of an animal, as
  ages of things, fifty-eighth). "a man in his 50s", "in his 60s", "in his 40s" carry none
  (fifty-fifth).
- Crews, vehicles and rescuers are counts (fifty-eighth): "mit 60 Einsatzkräften und zwölf
  Fahrzeugen", "mit 42 Einsatzkräften und neun Fahrzeugen", "Insgesamt 14 Feuerwehren mit
  rund 220 Einsatzkräften" ("Insgesamt" no hedge), "mit rund 400 Kräften", "mit 35
  Einsatzkräften", "zwölf Streifenwagen", "drei Helikopter ..., zwei Lawinenhunde und rund
  30 Retter", "Around 60 firefighters and eight fire engines", "four appliances", "About 45
  firefighters", "Five helicopters and more than 100 rescuers", "18 volunteers", "More than
  40 police, ... volunteers and rescuers" 40 "over". An article before a helicopter is no
  figure ("einem Polizeihubschrauber", "einem Rettungshubschrauber", "a rescue helicopter",
  "a coastguard helicopter", "A Coast Guard helicopter"; fortieth: "ein
  Notarzthubschrauber"). "Einer der beiden", "One of the mopeds", "one of the cars" none (a
  pronoun, eleventh; "beiden" none); "57 davon" count 57 and "four of them seriously" count
  4 (thirty-seventh: "three of them"); "die ersten Streifen" ordinal 1 (fifty-eighth: "der
  ersten Kräfte").
- New: penalty points are counts - "zwei Punkte in Flensburg" 2 and "eight demerit points"
  8; they are no percentage points (points of a share are "pp" only after "Prozent" or a
  party's share, forty-first). "drei Monate Fahrverbot" 3 months, "his licence was suspended
  for six months" 6 months, "ein Bußgeld von 700 Euro" EUR, "fined A$2,669" AUD (AAP copy
  writes "A$", forty-ninth). "eine Freiheitsstrafe von einem bis vier Jahren" 1 and 4 years
  (fifty-fifth: "zwischen einem und zehn Jahren", a number word at the lower end of a range
  is the figure) and "ein Ausweisentzug von mindestens zwei Jahren" 2 years "at_least".
- Damage and loot: "ein Sachschaden von rund 1,5 Millionen Euro", "rund 80.000 Euro", "rund
  30'000 Franken" (Swiss grouping), "etwa 250.000 Euro", "mehr als 60.000 Euro", "mehr als
  eine Million Euro" 1,000,000 EUR "over" (as "über eine Million Besucher"), "worth around
  £250,000", "worth more than £120,000", "valued at around £65,000", "worth an estimated
  $90,000" "about", "about $6,000 in cash", "Bail was set at $150,000 each" ("each" no hedge),
  "more than $1,000 for a single converter" ("a single" none). New: "im fünfstelligen
  Bereich" carries none - the number of digits names a vague magnitude, as "mehrere
  hunderttausend Franken" (fifty-eighth) and "mehrere Millionen Franken" (fortieth); so does
  "mehrere hundert Euro"; both rows are check-worthy without a figure.
- Durations: "rund zweieinhalb Stunden" 2.5 hours "about" (fortieth: "zweieinhalb"), "für
  rund sieben Stunden", "rund fünf Stunden", "knapp drei Stunden" "nearly", "nach knapp vier
  Minuten" "nearly", "nach rund 20 Minuten", "nach rund 50 Minuten", "nach etwa zwei
  Minuten", "In nur 50 Minuten" ("nur" no hedge), "Bei der sechsstündigen Kontrolle" 6
  hours (the issue's "fünfstündig"), "erst seit vier Monaten" ("erst" no hedge), "in den
  vergangenen zwei Wochen", "vor drei Wochen", "for less than 90 seconds" 90 seconds
  "under" (as "less than 40%", earlier batches), "for more than eight hours" "over", "for
  about five hours", "about 40 minutes later", "around 45 minutes", "a rescue lasting nearly
  six hours", "over the past six months" ("over" a preposition, forty-fifth), "for about four
  hours", "about 90 minutes later", "for around six hours", "for roughly six hours", "more
  than three hours", "for about two hours". None: "within an hour", "in the past month", "an
  hour" in "9,000 vehicles an hour", "seit Anfang Juni", "since Friday", "this year", "im
  Vorjahr", "in diesem Jahr"; "two nights" count 2 (a night is no unit, fortieth).
- Physical measures are counts (fourth batch): "rund 150 Meter", "auf rund 2.900 Metern
  Seehöhe", "eine Länge von 14 Kilometern", "rund 400 Meter Kupferkabel", "rund 300 Meter
  breit und 600 Meter lang" (the hedge only before its own figure), "rund 80 Meter", "etwa
  1,80 Meter groß" 1.8 "about", "47 Liter Regen pro Quadratmeter" 47 ("pro Quadratmeter"
  none), "a 32-metre platform" 32, "the five-storey building" 5 and "a two-story house" 2
  (fifty-eighth: "a three-story apartment building"), "about 12 square kilometres", "more
  than 1km" 1 "over", "about 30 metres", "about 1.5 miles", "about 4 miles", "about 1,200
  acres", "the 600kg horse" 600, "about 6 feet tall" 6 "about". "Gefahrenstufe 3 auf der
  fünfstufigen Skala" counts 3 and 5 (seventy-seventh: "Lawinenwarnstufe 4 auf der
  fünfteiligen Skala"). New: "vier oder fünf Maß Bier" counts 4 and 5 - figures joined by
  "oder" are two counts with no hedge, as a range is two figures.
- Ordinals: "aus dem dritten und vierten Stock" 3 and 4, "im zweiten Stock" 2, "the first
  and second floors" 1 and 2, "a second-floor window" 2 and "the third-floor property" 3
  (floors written as ordinal compounds, as "Third-grade", fifty-eighth), "der 14. tödliche
  Alpinunfall" 14, "der 17. tödliche Motorradunfall" 17, "the team's 74th call-out" 74,
  "the 11th fatal crash" 11.
- Counts besides: "drei Menschen", "elf Bewohner", "sieben Personen", "23 Bewohner", "38
  Rinder", "Rund 60 Tiere", "1.146 Lenker", "39 von ihnen ..., 18 hatten ...", "In 27
  Fällen", "sieben Baustellen in vier Gemeinden", "mehr als 350 Feuerwehreinsätze", "die 86
  Fahrgäste", "312 Fahrzeuge", "Three people ... two others", "Four men on two mopeds",
  "five people", "three homes", "about 80 homes", "About 1,000 residents", "More than 4,800
  people", "61,233 breath tests", "Nine other residents", "14 thefts", "46 tourists ..., 31
  people", "26 swiftwater rescues", "112 converters", "more than 400 catalytic converters";
  "Almost one in five" 0.2 "nearly" (fifty-fifth: "Around one in five"); "3.9%" a
  percentage.
- Dates: "until 14 March" --03-14 (British day-month, fifty-fifth), "from 1 December to 1
  January" --12-01 and --01-01, "VIENNA, Aug 9 (Reuters)" --08-09 (Reuters datelines with a
  day); APA, dpa, Keystone-SDA, PA, AP and AAP datelines none (new slug form: "Leipzig
  (dpa/sn) -", as "dpa/lby", fifty-eighth); weekdays, "Anfang Juni", "since the start of
  October" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "Around", "roughly", "an estimated" "about"; "knapp", "nearly", "Almost" "nearly"; "mehr
  als", "more than", "More than" "over"; "less than", "under" "under"; "up to" "up_to";
  "mindestens" "at_least"; "insgesamt", "Insgesamt", "erst", "Erst", "nur", "bereits",
  "Allein", "each", "zwischen" no hedge.
- Speakers, checked only in forms the earlier batches settled: "teilte die
  Landespolizeidirektion Oberösterreich mit", "teilte die Landespolizeidirektion mit",
  "teilte die Polizei mit", "teilte die Verkehrspolizei Feucht mit", "teilte der Deutsche
  Wetterdienst mit", "wie die Kantonspolizei Bern / die Kantonspolizei Wallis am Sonntag /
  die Stadtpolizei Winterthur mitteilte" the source with its article in the nominative
  (fifty-eighth and seventy-seventh); "nach Angaben der Polizei" -> "die Polizei"
  (seventieth); "laut Polizei" -> "Polizei" (thirtieth); "sagte ein Polizeisprecher" -> "ein
  Polizeisprecher" (fifty-eighth). English: "the Metropolitan Police said", "the Oklahoma
  Highway Patrol said", "the Cuyahoga County Medical Examiner's Office said", "the St. Louis
  County Sheriff's Office said", "the Red Cross said", "the National Police Chiefs' Council
  said" with the article in lower case; "the Arizona Department of Public Safety said
  Tuesday" and "the Los Angeles County Sheriff's Department said Wednesday" with the weekday
  dropped (fortieth); "police said" -> "police"; names as written at the end ("NSW Police",
  "West Midlands Police", "Lancashire Police", "Queensland Police", "Police Scotland",
  "Dyfed-Powys Police", "HM Coastguard", "Queensland Fire Department") and opening the
  sentence ("Greater Manchester Fire and Rescue Service said ...", "Patterdale Mountain
  Rescue Team said ...", "Hampshire and Isle of Wight Fire and Rescue Service said ...", as
  "Police Scotland said ..." opening, fifty-eighth); "Fire Chief Anthony Russo said ..." ->
  "Anthony Russo" (the title dropped). Left unchecked (None): "hieß es aus dem Krankenhaus"
  (seventieth), "Den Schaden schätzt die Polizei" (no verb of saying, fifty-eighth), "nach
  ersten Schätzungen", "Die Ermittler gehen davon aus", "according to a patrol report",
  "according to patrol records", "according to National Highways", "according to police"
  (twenty-fifth), "Troopers said", "Officers said", "state officials said", "fire officials
  said" (fifty-eighth), "a police spokesman told Reuters" (seventy-seventh: "a police
  spokesman told AFP"), rows without attribution and all negatives.
- Negatives, with no figure in any of them: appeals and service lines ("Die Polizei sucht
  Zeugen ...", "Die Stadtpolizei sucht Zeugen ...", "Hinweise werden ... unter der
  Telefonnummer ... erbeten, auch anonym.", "Witnesses or anyone who filmed the raid ...
  should call 101, quoting log 1893.", "Police asked anyone who recognizes the man ...",
  "Officers are keen to hear from anyone ...", "People are asked to stay away from the site
  ..."), advice and warnings ("..., rät die Polizei.", "..., rät die Bergrettung", "Die
  Feuerwehr empfiehlt, ...", "..., mahnt die Polizei.", "Die Polizei ruft erneut dazu auf,
  ...", "Die Polizei warnt davor, ...", "Die Stadt bittet Betroffene, ...", "the force
  warned", "Police are reminding bushwalkers ...", "Residents are encouraged ...", "Farmers
  are being urged ...", "Officials urged anglers ...", "The team thanked ..." with "999"),
  quoted verdicts, thanks and dismay (a police spokesman, a Kreisbrandrat, a Branddirektor,
  a Landespolizeidirektor, a mayor, a Wasserrettung chief, an eyewitness, an inspector, a
  DPS director, a coastguard spokesman, a fire chief, an acting inspector, a station
  commander, a battalion chief, a chief constable, a horse's owner), scene colour ("Dichter
  schwarzer Rauch ...", "Nachbarn standen fassungslos ..."), an open question ("It was not
  immediately clear whether alcohol was involved.", seventy-seventh), a slogan ("Auch auf
  dem E-Scooter gilt: Wer trinkt, fährt nicht, ..."; "If it's flooded, forget it."),
  condolences ("Our thoughts are with the family ...") and boilerplate ("Für den
  Festgenommenen gilt die Unschuldsvermutung.", fifty-fifth; "(Schluss)", seventy-seventh;
  "This story has been updated to include the woman's age."; "(Reporting by ...; Editing by
  ...)", seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_81 = [
    # --- Alkolenker verursacht Frontalcrash im Innviertel (APA) ---
    ("de", "Linz (APA) - Ein 34-jähriger Alkolenker hat in der Nacht auf Sonntag auf der Innviertler Straße (B 141) bei Ried im Innkreis einen Frontalzusammenstoß verursacht, drei Menschen wurden verletzt.", True, [("duration", 34, "year", None), ("count", 3, None, None)], None),
    ("de", "Der Mann war gegen 2.15 Uhr mit seinem Pkw auf die Gegenfahrbahn geraten und gegen das Auto einer 22-jährigen Frau geprallt, teilte die Landespolizeidirektion Oberösterreich mit.", True, [("duration", 22, "year", None)], "die Landespolizeidirektion Oberösterreich"),
    ("de", "Ein Alkotest beim Unfalllenker ergab 1,8 Promille.", True, [("count", 1.8, None, None)], None),
    ("de", "Die 22-Jährige und ihr 24-jähriger Beifahrer wurden mit schweren Verletzungen ins Klinikum Wels gebracht, der Unfalllenker selbst blieb leicht verletzt.", True, [("duration", 22, "year", None), ("duration", 24, "year", None)], None),
    ("de", "Die Feuerwehren Ried und Tumeltsham standen mit 35 Einsatzkräften im Einsatz, die Bundesstraße war rund zweieinhalb Stunden gesperrt.", True, [("count", 35, None, None), ("duration", 2.5, "hour", "about")], None),
    ("de", "Der Führerschein des 34-Jährigen wurde noch an der Unfallstelle vorläufig abgenommen.", True, [("duration", 34, "year", None)], None),
    ("de", "Die Polizei ruft erneut dazu auf, sich nach dem Trinken keinesfalls ans Steuer zu setzen.", False, [], None),
    # --- Raser auf der A 52 (dpa/lnw) ---
    ("de", "Essen (dpa/lnw) - Mit 148 statt der erlaubten 80 km/h ist ein 23-Jähriger in der Nacht zum Samstag auf der A 52 bei Essen in eine Radarfalle gerast.", True, [("count", 148, None, None), ("count", 80, None, None), ("duration", 23, "year", None)], None),
    ("de", "Nach Abzug der Toleranz bleiben 141 Stundenkilometer, teilte die Polizei mit.", True, [("count", 141, None, None)], "die Polizei"),
    ("de", "Den jungen Mann erwarten nach Angaben der Polizei ein Bußgeld von 700 Euro, zwei Punkte in Flensburg und drei Monate Fahrverbot.", True, [("money", 700, "EUR", None), ("count", 2, None, None), ("duration", 3, "month", None)], "die Polizei"),
    ("de", "Der 23-Jährige hatte seinen Führerschein erst seit vier Monaten.", True, [("duration", 23, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Bei der sechsstündigen Kontrolle wurden insgesamt 312 Fahrzeuge gemessen, 57 davon waren zu schnell unterwegs.", True, [("duration", 6, "hour", None), ("count", 312, None, None), ("count", 57, None, None)], None),
    ("de", "„Wer so fährt, spielt mit dem Leben anderer“, sagte ein Sprecher der Polizei Essen.", False, [], None),
    # --- Großbrand in Gersthofen (dpa/lby) ---
    ("de", "Augsburg (dpa/lby) - Beim Brand einer Lagerhalle in Gersthofen ist ein Sachschaden von rund 1,5 Millionen Euro entstanden.", True, [("money", 1500000, "EUR", "about")], None),
    ("de", "Die Feuerwehr war mit 60 Einsatzkräften und zwölf Fahrzeugen vor Ort, das Feuer war gegen 23.40 Uhr ausgebrochen.", True, [("count", 60, None, None), ("count", 12, None, None)], None),
    ("de", "Wegen der starken Rauchentwicklung wurde die Bevölkerung über die Warn-App Nina aufgefordert, Fenster und Türen geschlossen zu halten.", True, [], None),
    ("de", "Dichter schwarzer Rauch stand über dem Gewerbegebiet und war weithin sichtbar.", False, [], None),
    ("de", "Erst nach rund fünf Stunden meldete die Feuerwehr „Brand aus“.", True, [("duration", 5, "hour", "about")], None),
    ("de", "Zwei Feuerwehrleute erlitten leichte Rauchgasvergiftungen, weitere Verletzte gab es nicht.", True, [("count", 2, None, None)], None),
    ("de", "Die Kripo Augsburg hat die Ermittlungen zur Brandursache aufgenommen.", True, [], None),
    ("de", "„Es war ein Großeinsatz, wie wir ihn nicht alle Jahre haben“, sagte Kreisbrandrat Markus Lenzinger.", False, [], None),
    # --- Tödlicher Absturz im Stubaital (APA) ---
    ("de", "Innsbruck (APA) - Ein 57-jähriger deutscher Bergsteiger ist am Samstag im Stubaital rund 150 Meter über steiles Gelände abgestürzt und tödlich verletzt worden.", True, [("duration", 57, "year", None), ("count", 150, None, "about")], None),
    ("de", "Der Mann war mit einem 61-jährigen Begleiter auf dem Weg zum Habicht gewesen, als er auf rund 2.900 Metern Seehöhe ausrutschte.", True, [("duration", 61, "year", None), ("count", 2900, None, "about")], None),
    ("de", "Der Begleiter setzte gegen 10.30 Uhr einen Notruf ab.", True, [], None),
    ("de", "Die Besatzung des Notarzthubschraubers Christophorus 1 konnte nur noch den Tod des Deutschen feststellen.", True, [], None),
    ("de", "Die Bergung durch die Bergrettung Neustift und die Alpinpolizei dauerte knapp drei Stunden.", True, [("duration", 3, "hour", "nearly")], None),
    ("de", "Es war bereits der 14. tödliche Alpinunfall in Tirol seit Anfang Juni, teilte die Polizei mit.", True, [("ordinal", 14, None, None)], "die Polizei"),
    ("de", "Die Bergrettung rät, Touren im hochalpinen Gelände nur mit entsprechender Ausrüstung und Erfahrung zu unternehmen.", False, [], None),
    # --- Einbruch bei Juwelier in Favoriten (APA) ---
    ("de", "Wien (APA) - Unbekannte Täter sind in der Nacht auf Dienstag in ein Juweliergeschäft in Wien-Favoriten eingebrochen und haben Schmuck und Uhren im Wert von rund 80.000 Euro erbeutet.", True, [("money", 80000, "EUR", "about")], None),
    ("de", "Die Täter hatten gegen 3.20 Uhr mit einem Gullydeckel die Auslagenscheibe eingeschlagen, sagte ein Polizeisprecher.", True, [], "ein Polizeisprecher"),
    ("de", "Der Alarm ging direkt bei der Polizei ein, nach knapp vier Minuten waren die ersten Streifen vor Ort.", True, [("duration", 4, "minute", "nearly"), ("ordinal", 1, None, None)], None),
    ("de", "Eine Sofortfahndung mit zwölf Streifenwagen und einem Polizeihubschrauber verlief ohne Erfolg.", True, [("count", 12, None, None)], None),
    ("de", "Erst vor drei Wochen war dasselbe Geschäft Ziel eines Einbruchsversuchs gewesen.", True, [("duration", 3, "week", None)], None),
    ("de", "Hinweise werden an das Landeskriminalamt Wien unter der Telefonnummer 01 31310 33800 erbeten, auch anonym.", False, [], None),
    # --- Selbstunfall in Lyss und Raser auf der A4 (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Ein 19-jähriger Automobilist ist in der Nacht auf Sonntag in Lyss BE mit seinem Auto von der Strasse abgekommen und gegen einen Baum geprallt.", True, [("duration", 19, "year", None)], None),
    ("de", "Seine beiden Mitfahrer im Alter von 18 und 20 Jahren wurden mittelschwer verletzt, wie die Kantonspolizei Bern mitteilte.", True, [("duration", 18, "year", None), ("duration", 20, "year", None)], "die Kantonspolizei Bern"),
    ("de", "Eine Atemalkoholprobe beim Lenker ergab einen Wert von 0,62 Milligramm pro Liter.", True, [("count", 0.62, None, None)], None),
    ("de", "Der Führerausweis wurde dem Neulenker auf der Stelle abgenommen.", True, [], None),
    ("de", "Der Sachschaden beläuft sich auf rund 30'000 Franken.", True, [("money", 30000, "CHF", "about")], None),
    ("de", "Schwyz (Keystone-SDA) - Die Kantonspolizei Schwyz hat auf der A4 bei Küssnacht einen Autofahrer mit 196 km/h gemessen, erlaubt sind an dieser Stelle 120 km/h.", True, [("count", 196, None, None), ("count", 120, None, None)], None),
    ("de", "Der 27-jährige Deutsche wurde als Raser verzeigt, sein Fahrzeug wurde beschlagnahmt.", True, [("duration", 27, "year", None)], None),
    ("de", "Ihm drohen nach dem Raserartikel eine Freiheitsstrafe von einem bis vier Jahren sowie ein Ausweisentzug von mindestens zwei Jahren.", True, [("duration", 1, "year", None), ("duration", 4, "year", None), ("duration", 2, "year", "at_least")], None),
    ("de", "«Raser gefährden nicht nur sich selbst, sondern alle anderen Verkehrsteilnehmenden», sagte Polizeisprecher Reto Albisser.", False, [], None),
    # --- Wohnungsbrand in Graz-Lend (APA) ---
    ("de", "Graz (APA) - In einem Mehrparteienhaus im Grazer Bezirk Lend hat es in der Nacht auf Donnerstag gebrannt, elf Bewohner wurden dabei verletzt.", True, [("count", 11, None, None)], None),
    ("de", "Die Berufsfeuerwehr Graz rückte mit 42 Einsatzkräften und neun Fahrzeugen aus und holte sieben Personen mit der Drehleiter aus dem dritten und vierten Stock.", True, [("count", 42, None, None), ("count", 9, None, None), ("count", 7, None, None), ("ordinal", 3, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Eine 81-jährige Frau musste mit schweren Rauchgasvergiftungen ins LKH Graz gebracht werden.", True, [("duration", 81, "year", None)], None),
    ("de", "Das Feuer war gegen 1.40 Uhr in der Küche einer Wohnung im zweiten Stock ausgebrochen, vermutlich durch den überhitzten Akku eines E-Scooters.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die Wohnung brannte völlig aus, das Haus ist vorerst nicht bewohnbar, 23 Bewohner kamen bei Verwandten oder in einem Hotel unter.", True, [("count", 23, None, None)], None),
    ("de", "„Die Kollegen haben in dichtem Rauch Großartiges geleistet“, sagte Branddirektor Helmut Kainz.", False, [], None),
    ("de", "Die Feuerwehr empfiehlt, Akkus nicht unbeaufsichtigt zu laden und in jedem Wohnraum Rauchmelder zu installieren.", False, [], None),
    # --- Motorradunfall auf der B 20 (APA) ---
    ("de", "St. Pölten (APA) - Ein 46-jähriger Motorradlenker ist am Sonntagnachmittag auf der Mariazeller Straße (B 20) bei Straßenkilometer 41 nahe Annaberg tödlich verunglückt.", True, [("duration", 46, "year", None)], None),
    ("de", "Der Wiener war laut Polizei in einer Linkskurve über die Mittellinie geraten und frontal gegen einen entgegenkommenden Pkw geprallt.", True, [], "Polizei"),
    ("de", "Der 68-jährige Lenker des Autos und seine 65-jährige Frau erlitten einen Schock, blieben aber unverletzt.", True, [("duration", 68, "year", None), ("duration", 65, "year", None)], None),
    ("de", "Es war der 17. tödliche Motorradunfall in Niederösterreich in diesem Jahr, im Vorjahr waren es zum selben Zeitpunkt 21.", True, [("ordinal", 17, None, None), ("count", 21, None, None)], None),
    ("de", "Die Polizei sucht Zeugen, die den Unfallhergang beobachtet haben.", False, [], None),
    # --- Lkw-Unfall auf der A 9 (dpa/lby) ---
    ("de", "Nürnberg (dpa/lby) - Nach einem Auffahrunfall mit drei Lastwagen ist die A 9 zwischen Hilpoltstein und Allersberg am Dienstag für rund sieben Stunden in Richtung München gesperrt gewesen.", True, [("count", 3, None, None), ("duration", 7, "hour", "about")], None),
    ("de", "Ein 52 Jahre alter Lkw-Fahrer wurde in seinem Führerhaus eingeklemmt und von der Feuerwehr mit hydraulischem Rettungsgerät befreit.", True, [("duration", 52, "year", None)], None),
    ("de", "Er wurde mit einem Rettungshubschrauber in eine Nürnberger Klinik geflogen.", True, [], None),
    ("de", "Der Rückstau erreichte zeitweise eine Länge von 14 Kilometern, teilte die Verkehrspolizei Feucht mit.", True, [("count", 14, None, None)], "die Verkehrspolizei Feucht"),
    ("de", "Den Schaden schätzt die Polizei auf etwa 250.000 Euro.", True, [("money", 250000, "EUR", "about")], None),
    ("de", "Die Ermittler gehen davon aus, dass der Unfallfahrer das Stauende zu spät bemerkt hat.", True, [], None),
    ("de", "Autofahrer sollten bei stockendem Verkehr rechtzeitig eine Rettungsgasse bilden, mahnt die Polizei.", False, [], None),
    # --- Alkoholkontrollen in Kärnten (APA) ---
    ("de", "Klagenfurt (APA) - Bei Schwerpunktkontrollen in ganz Kärnten hat die Polizei am Wochenende 1.146 Lenker zum Alkotest gebeten.", True, [("count", 1146, None, None)], None),
    ("de", "39 von ihnen waren alkoholisiert, 18 hatten mehr als 0,8 Promille, teilte die Landespolizeidirektion mit.", True, [("count", 39, None, None), ("count", 18, None, None), ("count", 0.8, None, "over")], "die Landespolizeidirektion"),
    ("de", "Den höchsten Wert wies ein 58-jähriger Pkw-Lenker in Villach auf, er hatte 2,44 Promille.", True, [("duration", 58, "year", None), ("count", 2.44, None, None)], None),
    ("de", "Zudem wurden 14 Lenker angezeigt, die unter Drogeneinfluss standen.", True, [("count", 14, None, None)], None),
    ("de", "In 27 Fällen wurde der Führerschein vorläufig abgenommen.", True, [("count", 27, None, None)], None),
    ("de", "In Österreich gilt für Pkw-Lenker grundsätzlich eine 0,5-Promille-Grenze, für Probeführerscheinbesitzer sind es 0,1 Promille.", True, [("count", 0.5, None, None), ("count", 0.1, None, None)], None),
    ("de", "„Alkohol am Steuer ist kein Kavaliersdelikt“, betonte Landespolizeidirektor Michael Pirker.", False, [], None),
    ("de", "(Schluss)", False, [], None),
    # --- Lawinenunglück bei Saas-Fee (Keystone-SDA) ---
    ("de", "Sitten (Keystone-SDA) - Eine Lawine hat am Samstagmittag oberhalb von Saas-Fee VS zwei Skitourengänger verschüttet.", True, [("count", 2, None, None)], None),
    ("de", "Einer der beiden, ein 44-jähriger Schweizer, konnte sich nach rund 20 Minuten selbst aus den Schneemassen befreien.", True, [("duration", 44, "year", None), ("duration", 20, "minute", "about")], None),
    ("de", "Sein 39-jähriger Begleiter wurde von den Rettern nach rund 50 Minuten tot geborgen, wie die Kantonspolizei Wallis am Sonntag mitteilte.", True, [("duration", 39, "year", None), ("duration", 50, "minute", "about")], "die Kantonspolizei Wallis"),
    ("de", "Im Einsatz standen drei Helikopter der Air Zermatt und der Rega, zwei Lawinenhunde und rund 30 Retter.", True, [("count", 3, None, None), ("count", 2, None, None), ("count", 30, None, "about")], None),
    ("de", "Die Lawine war rund 300 Meter breit und 600 Meter lang.", True, [("count", 300, None, "about"), ("count", 600, None, None)], None),
    ("de", "Das Lawinenbulletin des SLF hatte für das Gebiet die Gefahrenstufe 3 auf der fünfstufigen Skala ausgewiesen.", True, [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Wintersportler sollten sich vor jeder Unternehmung abseits der Pisten über die aktuelle Lawinengefahr informieren, rät die Polizei.", False, [], None),
    # --- Kabeldiebe im Rems-Murr-Kreis (dpa/lsw) ---
    ("de", "Waiblingen (dpa/lsw) - Von mehreren Baustellen im Rems-Murr-Kreis haben Unbekannte in den vergangenen zwei Wochen Werkzeug und Kupferkabel im Wert von mehr als 60.000 Euro gestohlen.", True, [("duration", 2, "week", None), ("money", 60000, "EUR", "over")], None),
    ("de", "Betroffen waren nach Angaben der Polizei sieben Baustellen in vier Gemeinden.", True, [("count", 7, None, None), ("count", 4, None, None)], "die Polizei"),
    ("de", "Allein in Waiblingen verschwanden rund 400 Meter Kupferkabel.", True, [("count", 400, None, "about")], None),
    ("de", "In der Nacht auf Freitag nahmen Beamte in Fellbach einen 34-Jährigen fest, in dessen Transporter mehrere Kabelrollen lagen.", True, [("duration", 34, "year", None)], None),
    ("de", "Bauunternehmen sollten Maschinen und Material über Nacht möglichst in verschlossenen Containern lagern, rät die Polizei.", False, [], None),
    # --- Stallbrand in Seekirchen (APA) ---
    ("de", "Salzburg (APA) - Beim Brand eines Bauernhofs in Seekirchen sind in der Nacht auf Mittwoch 38 Rinder verendet.", True, [("count", 38, None, None)], None),
    ("de", "Insgesamt 14 Feuerwehren mit rund 220 Einsatzkräften kämpften bis in die Morgenstunden gegen die Flammen.", True, [("count", 14, None, None), ("count", 220, None, "about")], None),
    ("de", "Rund 60 Tiere konnten von Feuerwehrleuten und Nachbarn ins Freie getrieben werden.", True, [("count", 60, None, "about")], None),
    ("de", "Die 72-jährige Altbäuerin und ihr Sohn blieben unverletzt.", True, [("duration", 72, "year", None)], None),
    ("de", "Der Schaden wird nach ersten Schätzungen auf mehr als eine Million Euro geschätzt.", True, [("money", 1000000, "EUR", "over")], None),
    ("de", "Am Vormittag nahmen Brandermittler des Landeskriminalamts die Arbeit auf.", True, [], None),
    ("de", "Nachbarn standen fassungslos vor den rauchenden Trümmern des Stalls.", False, [], None),
    ("de", "„Das ist für die Familie eine Katastrophe, da bleibt einem das Herz stehen“, sagte Bürgermeisterin Monika Schwaighofer.", False, [], None),
    # --- E-Bike-Fahrerin in Winterthur schwer verletzt (Keystone-SDA) ---
    ("de", "Winterthur (Keystone-SDA) - Eine 71-jährige E-Bike-Fahrerin ist am Montag in Winterthur ZH bei einer Kollision mit einem Lieferwagen lebensgefährlich verletzt worden.", True, [("duration", 71, "year", None)], None),
    ("de", "Die Frau war gegen 16.45 Uhr auf der Zürcherstrasse unterwegs, als der 33-jährige Lenker des Lieferwagens nach rechts abbog, wie die Stadtpolizei Winterthur mitteilte.", True, [("duration", 33, "year", None)], "die Stadtpolizei Winterthur"),
    ("de", "Sie wurde mit einem Helikopter der Rega ins Universitätsspital Zürich geflogen.", True, [], None),
    ("de", "Die Zürcherstrasse blieb für die Unfallaufnahme während rund zwei Stunden gesperrt.", True, [("duration", 2, "hour", "about")], None),
    ("de", "Die Stadtpolizei sucht Zeugen, die Angaben zum Unfallhergang machen können.", False, [], None),
    # --- Tankstellenüberfall in Leipzig-Grünau (dpa/sn) ---
    ("de", "Leipzig (dpa/sn) - Ein maskierter Mann hat am späten Sonntagabend eine Tankstelle in Leipzig-Grünau überfallen und mehrere hundert Euro erbeutet.", True, [], None),
    ("de", "Der Täter hatte den 56-jährigen Kassierer gegen 22.50 Uhr mit einem Messer bedroht.", True, [("duration", 56, "year", None)], None),
    ("de", "Nach Angaben der Polizei ist der Gesuchte etwa 1,80 Meter groß und zwischen 25 und 30 Jahre alt.", True, [("count", 1.8, None, "about"), ("duration", 25, "year", None), ("duration", 30, "year", None)], "die Polizei"),
    ("de", "Eine Fahndung mit Fährtenhund und Hubschrauber führte am Montagmorgen zur Festnahme eines 24-Jährigen unweit des Tatorts.", True, [("duration", 24, "year", None)], None),
    ("de", "Für den Festgenommenen gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Die Polizei warnt davor, sich bewaffneten Tätern in den Weg zu stellen.", False, [], None),
    # --- Unwetter in Münster (dpa/lnw) ---
    ("de", "Münster (dpa/lnw) - Ein heftiges Gewitter hat am Dienstagabend in Münster mehr als 350 Feuerwehreinsätze ausgelöst.", True, [("count", 350, None, "over")], None),
    ("de", "In nur 50 Minuten fielen an der Messstation in Münster-Hiltrup 47 Liter Regen pro Quadratmeter, teilte der Deutsche Wetterdienst mit.", True, [("duration", 50, "minute", None), ("count", 47, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Die Feuerwehr war mit rund 400 Kräften bis in die frühen Morgenstunden im Einsatz, vor allem Keller und Unterführungen liefen voll.", True, [("count", 400, None, "about")], None),
    ("de", "Verletzt wurde nach ersten Erkenntnissen niemand.", True, [], None),
    ("de", "Die Stadt bittet Betroffene, vollgelaufene Keller nicht zu betreten, solange der Strom nicht abgeschaltet ist.", False, [], None),
    # --- Bub in Badesee beinahe ertrunken (APA) ---
    ("de", "Villach (APA) - Ein fünfjähriger Bub ist am Samstag in einem Badesee in Landskron beinahe ertrunken.", True, [("duration", 5, "year", None)], None),
    ("de", "Ein 17-jähriger Rettungsschwimmer zog das Kind nach etwa zwei Minuten unter Wasser an Land und begann sofort mit der Reanimation.", True, [("duration", 17, "year", None), ("duration", 2, "minute", "about")], None),
    ("de", "Der Bub wurde mit dem Notarzthubschrauber in das Klinikum Klagenfurt geflogen, sein Zustand war am Sonntag stabil, hieß es aus dem Krankenhaus.", True, [], None),
    ("de", "„Er hat einfach instinktiv richtig gehandelt“, sagte der Einsatzleiter der Wasserrettung.", False, [], None),
    # --- Unfall auf Bahnübergang in Gleisdorf (APA) ---
    ("de", "Graz (APA) - Auf einem unbeschrankten Bahnübergang in Gleisdorf ist am Freitag ein Pkw von einem Regionalzug erfasst und rund 80 Meter mitgeschleift worden.", True, [("count", 80, None, "about")], None),
    ("de", "Die 29-jährige Lenkerin wurde schwer verletzt, die 86 Fahrgäste des Zuges blieben unverletzt.", True, [("duration", 29, "year", None), ("count", 86, None, None)], None),
    ("de", "Die Strecke zwischen Gleisdorf und Weiz war rund drei Stunden lang gesperrt, die ÖBB richteten einen Schienenersatzverkehr ein.", True, [("duration", 3, "hour", "about")], None),
    ("de", "Der Sachschaden am Triebwagen dürfte im fünfstelligen Bereich liegen.", True, [], None),
    ("de", "„Es hat fürchterlich gekracht“, sagte ein Augenzeuge.", False, [], None),
    # --- E-Scooter-Fahrer mit 2,1 Promille (dpa/lby) ---
    ("de", "Regensburg (dpa/lby) - Mit 2,1 Promille ist ein 61 Jahre alter Mann in der Nacht auf Freitag mit einem E-Scooter gegen ein geparktes Auto gefahren.", True, [("count", 2.1, None, None), ("duration", 61, "year", None)], None),
    ("de", "Er hatte zuvor nach eigenen Angaben auf einem Volksfest vier oder fünf Maß Bier getrunken.", True, [("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Auch auf dem E-Scooter gilt: Wer trinkt, fährt nicht, mahnt die Polizei.", False, [], None),
    # --- Car clocked at 112mph on the North Circular (PA) ---
    ("en", "LONDON (PA) - A 19-year-old man has been arrested after a car was clocked at 112mph in a 50mph zone on the A406 North Circular in north London, the Metropolitan Police said.", True, [("duration", 19, "year", None), ("count", 112, None, None), ("count", 50, None, None)], "the Metropolitan Police"),
    ("en", "Officers from the Roads and Transport Policing Command stopped the Audi shortly after 11pm on Saturday near the Brent Cross junction.", True, [], None),
    ("en", "The driver failed a roadside breath test and was found to have 71 microgrammes of alcohol in 100 millilitres of breath, more than twice the legal limit of 35.", True, [("count", 71, None, None), ("count", 100, None, None), ("count", 2, "times", "over"), ("count", 35, None, None)], None),
    ("en", "He was also found to be driving without insurance and on a provisional licence, police said.", True, [], "police"),
    ("en", "He has been released on bail until 14 March while inquiries continue.", True, [("date", "--03-14", None, None)], None),
    ("en", "\"Speeds like this on a busy urban road are simply reckless,\" said Inspector Gary Molloy.", False, [], None),
    ("en", "Drivers should never underestimate how long alcohol stays in the body, the force warned.", False, [], None),
    # --- Mill fire in Oldham (PA) ---
    ("en", "MANCHESTER (PA) - Around 60 firefighters and eight fire engines were called to a blaze at a disused mill in Oldham in the early hours of Tuesday.", True, [("count", 60, None, "about"), ("count", 8, None, None)], None),
    ("en", "Greater Manchester Fire and Rescue Service said crews were alerted at 2.47am and the fire was brought under control shortly before 7am.", True, [], "Greater Manchester Fire and Rescue Service"),
    ("en", "An aerial appliance with a 32-metre platform was used to douse the roof of the five-storey building.", True, [("count", 32, None, None), ("count", 5, None, None)], None),
    ("en", "Nearby residents were told to keep windows and doors closed because of heavy smoke.", True, [], None),
    ("en", "No one was injured, and an investigation into the cause is under way.", True, [], None),
    ("en", "People are asked to stay away from the site while firefighters dampen down hotspots.", False, [], None),
    # --- Head-on crash on Interstate 40 (AP) ---
    ("en", "OKLAHOMA CITY (AP) — Three people were killed and two others injured in a head-on crash on Interstate 40 east of Oklahoma City late Saturday, the Oklahoma Highway Patrol said.", True, [("count", 3, None, None), ("count", 2, None, None)], "the Oklahoma Highway Patrol"),
    ("en", "A westbound pickup truck crossed the median near mile marker 178 and struck an eastbound SUV at about 11:40 p.m., according to a patrol report.", True, [], None),
    ("en", "The driver of the pickup, a 27-year-old man from Shawnee, and two passengers in the SUV, aged 54 and 51, died at the scene.", True, [("duration", 27, "year", None), ("count", 2, None, None), ("duration", 54, "year", None), ("duration", 51, "year", None)], None),
    ("en", "Troopers said the pickup driver was not wearing a seat belt and that speed was believed to be a factor.", True, [], None),
    ("en", "The eastbound lanes were closed for about five hours.", True, [("duration", 5, "hour", "about")], None),
    ("en", "It was the 11th fatal crash on that stretch of I-40 this year, according to patrol records.", True, [("ordinal", 11, None, None)], None),
    ("en", "It was not immediately clear whether alcohol was involved.", False, [], None),
    # --- Bushwalker winched out of the Blue Mountains (AAP) ---
    ("en", "SYDNEY (AAP) - A bushwalker who spent two nights lost in the Blue Mountains has been winched to safety by a rescue helicopter.", True, [("count", 2, None, None)], None),
    ("en", "The 24-year-old man set out alone from Wentworth Falls on Friday morning and was reported missing by his family on Saturday evening, NSW Police said.", True, [("duration", 24, "year", None)], "NSW Police"),
    ("en", "More than 40 police, State Emergency Service volunteers and rescuers took part in the search, which covered about 12 square kilometres of rugged bushland.", True, [("count", 40, None, "over"), ("count", 12, None, "about")], None),
    ("en", "The man was spotted by the crew of the Toll Rescue Helicopter shortly after 9am on Sunday and winched out about 40 minutes later.", True, [("duration", 40, "minute", "about")], None),
    ("en", "He was taken to Nepean Hospital suffering from dehydration and minor injuries.", True, [], None),
    ("en", "Police are reminding bushwalkers to carry a personal locator beacon and to tell someone where they are going.", False, [], None),
    # --- Smash-and-grab in the Jewellery Quarter (PA) ---
    ("en", "BIRMINGHAM (PA) - Watches worth around £250,000 were taken in a smash-and-grab raid on a jeweller's in Birmingham's Jewellery Quarter, West Midlands Police said.", True, [("money", 250000, "GBP", "about")], "West Midlands Police"),
    ("en", "Four men on two mopeds smashed the shop window with sledgehammers at about 4.15pm on Thursday and were inside for less than 90 seconds.", True, [("count", 4, None, None), ("count", 2, None, None), ("duration", 90, "second", "under")], None),
    ("en", "A 38-year-old member of staff suffered a cut to his hand.", True, [("duration", 38, "year", None)], None),
    ("en", "One of the mopeds was later found abandoned and burnt out in Handsworth.", True, [], None),
    ("en", "A 19-year-old man and a 17-year-old boy have been arrested on suspicion of robbery and remain in custody.", True, [("duration", 19, "year", None), ("duration", 17, "year", None)], None),
    ("en", "Witnesses or anyone who filmed the raid on a phone should call 101, quoting log 1893.", False, [], None),
    # --- Wrong-way driver on Interstate 17 (AP) ---
    ("en", "PHOENIX (AP) — A wrong-way driver whose blood alcohol content was nearly three times the legal limit crashed into a family's minivan on Interstate 17, injuring five people, state officials said.", True, [("count", 3, "times", "nearly"), ("count", 5, None, None)], None),
    ("en", "Test results showed the 31-year-old driver had a blood alcohol content of 0.23%, the Arizona Department of Public Safety said Tuesday.", True, [("duration", 31, "year", None), ("percent", 0.23, "%", None)], "the Arizona Department of Public Safety"),
    ("en", "The legal limit in Arizona is 0.08%.", True, [("percent", 0.08, "%", None)], None),
    ("en", "Two children, ages 6 and 9, were taken to a Phoenix hospital with serious injuries.", True, [("count", 2, None, None), ("duration", 6, "year", None), ("duration", 9, "year", None)], None),
    ("en", "The driver, who had been traveling south in the northbound lanes for about 4 miles, faces charges including aggravated assault and DUI.", True, [("count", 4, None, "about")], None),
    ("en", "\"This is exactly the kind of tragedy we see far too often,\" DPS Director Jeffrey Lane said.", False, [], None),
    # --- Paddleboarders rescued off Cornwall (PA) ---
    ("en", "PLYMOUTH (PA) - Two paddleboarders were rescued after being swept more than 1km out to sea off the Cornish coast on Sunday afternoon, HM Coastguard said.", True, [("count", 2, None, None), ("count", 1, None, "over")], "HM Coastguard"),
    ("en", "The coastguard was alerted at 3.20pm and the Penlee RNLI lifeboat and a coastguard helicopter from Newquay were sent to the scene.", True, [], None),
    ("en", "The pair, a 42-year-old woman and her 15-year-old son, had been in the water for around 45 minutes and were suffering from hypothermia.", True, [("duration", 42, "year", None), ("duration", 15, "year", None), ("duration", 45, "minute", "about")], None),
    ("en", "They were airlifted to the Royal Cornwall Hospital in Truro as a precaution.", True, [], None),
    ("en", "\"Always check the tide times and the wind direction before you head out,\" a coastguard spokesman said.", False, [], None),
    # --- House fire on Cleveland's east side (AP) ---
    ("en", "CLEVELAND (AP) — Fire swept through a two-story house on Cleveland's east side early Sunday killed a woman and three children, fire officials said.", True, [("count", 2, None, None), ("count", 3, None, None)], None),
    ("en", "Firefighters were called at 3:15 a.m. and found heavy flames coming from the first and second floors.", True, [("ordinal", 1, None, None), ("ordinal", 2, None, None)], None),
    ("en", "The victims were a 34-year-old woman and children aged 4, 7 and 11, the Cuyahoga County Medical Examiner's Office said.", True, [("duration", 34, "year", None), ("duration", 4, "year", None), ("duration", 7, "year", None), ("duration", 11, "year", None)], "the Cuyahoga County Medical Examiner's Office"),
    ("en", "A 38-year-old man escaped by jumping from a second-floor window and was treated for burns.", True, [("duration", 38, "year", None), ("ordinal", 2, None, None)], None),
    ("en", "Fire Chief Anthony Russo said investigators had found no working smoke detectors in the home.", True, [], "Anthony Russo"),
    ("en", "About 45 firefighters responded, and the blaze was under control within an hour.", True, [("count", 45, None, "about")], None),
    ("en", "\"It's a heartbreaking scene for everyone involved,\" Russo said.", False, [], None),
    # --- M6 closed after fatal crash (PA) ---
    ("en", "PRESTON (PA) - The M6 was closed in both directions between junctions 32 and 33 for more than eight hours after a crash involving a lorry and two cars, Lancashire Police said.", True, [("duration", 8, "hour", "over"), ("count", 2, None, None)], "Lancashire Police"),
    ("en", "A man in his 50s, the driver of one of the cars, died at the scene.", True, [], None),
    ("en", "A 44-year-old woman was taken to Royal Preston Hospital with injuries described as life-threatening.", True, [("duration", 44, "year", None)], None),
    ("en", "The lorry driver, a 61-year-old man from Wigan, has been arrested and remains in police custody.", True, [("duration", 61, "year", None)], None),
    ("en", "Around 9,000 vehicles an hour normally use that stretch of the motorway, according to National Highways.", True, [("count", 9000, None, "about")], None),
    ("en", "Our thoughts are with the family of the man who died at this difficult time.", False, [], None),
    ("en", "Officers are keen to hear from anyone who saw the vehicles before the collision.", False, [], None),
    # --- Learner driver caught on the Bruce Highway (AAP) ---
    ("en", "BRISBANE (AAP) - A learner driver has been caught travelling at 168km/h in a 100km/h zone on the Bruce Highway north of Brisbane, Queensland Police said.", True, [("count", 168, None, None), ("count", 100, None, None)], "Queensland Police"),
    ("en", "The 17-year-old, who was driving with his 45-year-old father in the passenger seat, was intercepted near Caboolture about 10.30pm on Friday.", True, [("duration", 17, "year", None), ("duration", 45, "year", None)], None),
    ("en", "He was fined A$2,669 and lost eight demerit points, and his licence was suspended for six months.", True, [("money", 2669, "AUD", None), ("count", 8, None, None), ("duration", 6, "month", None)], None),
    ("en", "\"There is simply no excuse for this kind of driving,\" Acting Inspector Belinda Cole said.", False, [], None),
    # --- Walker airlifted from Helvellyn (PA) ---
    ("en", "KESWICK (PA) - A walker who fell about 30 metres from a ridge on Helvellyn was airlifted to hospital on Saturday after a rescue lasting nearly six hours.", True, [("count", 30, None, "about"), ("duration", 6, "hour", "nearly")], None),
    ("en", "Patterdale Mountain Rescue Team said 18 volunteers were involved in the operation in low cloud and strong winds.", True, [("count", 18, None, None)], "Patterdale Mountain Rescue Team"),
    ("en", "The man, in his 60s, suffered head and leg injuries and was flown to hospital in Carlisle by the Great North Air Ambulance.", True, [], None),
    ("en", "It was the team's 74th call-out of the year.", True, [("ordinal", 74, None, None)], None),
    ("en", "The team thanked the walker's companions for their quick thinking in calling 999.", False, [], None),
    # --- Catalytic converter thefts (AP) ---
    ("en", "LOS ANGELES (AP) — Police have arrested three men suspected of stealing more than 400 catalytic converters from cars across Los Angeles County over the past six months.", True, [("count", 3, None, None), ("count", 400, None, "over"), ("duration", 6, "month", None)], None),
    ("en", "Investigators recovered 112 converters worth an estimated $90,000 from a storage unit in Pomona, the Los Angeles County Sheriff's Department said Wednesday.", True, [("count", 112, None, None), ("money", 90000, "USD", "about")], "the Los Angeles County Sheriff's Department"),
    ("en", "The men, aged 24, 29 and 35, were booked on suspicion of grand theft and conspiracy.", True, [("duration", 24, "year", None), ("duration", 29, "year", None), ("duration", 35, "year", None)], None),
    ("en", "Bail was set at $150,000 each.", True, [("money", 150000, "USD", None)], None),
    ("en", "The devices contain platinum, palladium and rhodium, and scrap dealers can pay more than $1,000 for a single converter.", True, [("money", 1000, "USD", "over")], None),
    ("en", "Residents are encouraged to have their converters etched with their license plate number.", False, [], None),
    # --- Fatal flat fire in Govan (PA) ---
    ("en", "GLASGOW (PA) - A 79-year-old woman has died after a fire at a flat in the Govan area of Glasgow, Police Scotland said.", True, [("duration", 79, "year", None)], "Police Scotland"),
    ("en", "The Scottish Fire and Rescue Service was alerted at 6.05pm on Wednesday and sent four appliances to the scene.", True, [("count", 4, None, None)], None),
    ("en", "Firefighters wearing breathing apparatus rescued the woman from the third-floor property, but she was pronounced dead at the Queen Elizabeth University Hospital.", True, [("ordinal", 3, None, None)], None),
    ("en", "Nine other residents were evacuated from the building as a precaution.", True, [("count", 9, None, None)], None),
    ("en", "A joint investigation by police and fire officers is under way, but the fire is not being treated as suspicious.", True, [], None),
    ("en", "\"We would urge everyone to test their smoke alarms regularly,\" Station Commander Kevin Duffy said.", False, [], None),
    ("en", "This story has been updated to include the woman's age.", False, [], None),
    # --- Ice fishermen rescued on Lake Superior (AP) ---
    ("en", "DULUTH, Minn. (AP) — Two ice fishermen were rescued Sunday after a slab of ice carrying them broke away and drifted about 1.5 miles into Lake Superior, the St. Louis County Sheriff's Office said.", True, [("count", 2, None, None), ("count", 1.5, None, "about")], "the St. Louis County Sheriff's Office"),
    ("en", "The men, 58 and 62, had been on the ice for about four hours when they called 911 at 1:30 p.m.", True, [("duration", 58, "year", None), ("duration", 62, "year", None), ("duration", 4, "hour", "about")], None),
    ("en", "A Coast Guard helicopter from Traverse City hoisted them to safety about 90 minutes later.", True, [("duration", 90, "minute", "about")], None),
    ("en", "Neither man was injured.", True, [], None),
    ("en", "Officials urged anglers to check ice conditions and wind forecasts before heading out.", False, [], None),
    # --- Farm machinery thefts in Powys (PA) ---
    ("en", "CARDIFF (PA) - Farm machinery and quad bikes worth more than £120,000 have been stolen from farms in Powys in the past month, Dyfed-Powys Police said.", True, [("money", 120000, "GBP", "over")], "Dyfed-Powys Police"),
    ("en", "Officers said 14 thefts had been reported since the start of October, most of them overnight.", True, [("count", 14, None, None)], None),
    ("en", "In the largest single theft, a tractor valued at around £65,000 was taken from a yard near Builth Wells.", True, [("money", 65000, "GBP", "about")], None),
    ("en", "Farmers are being urged to fit trackers to valuable vehicles and to report anything suspicious.", False, [], None),
    # --- Coach overturns on Austria's A10 (Reuters) ---
    ("en", "VIENNA, Aug 9 (Reuters) - A coach carrying 46 tourists overturned on the A10 motorway in Austria's Salzburg province on Saturday, injuring 31 people, four of them seriously, police said.", True, [("date", "--08-09", None, None), ("count", 46, None, None), ("count", 31, None, None), ("count", 4, None, None)], "police"),
    ("en", "The bus, registered in the Czech Republic, left the road in a tunnel section near Golling at about 5 a.m., a police spokesman told Reuters.", True, [], None),
    ("en", "Five helicopters and more than 100 rescuers were deployed, the Red Cross said.", True, [("count", 5, None, None), ("count", 100, None, "over")], "the Red Cross"),
    ("en", "The motorway was closed northbound for around six hours.", True, [("duration", 6, "hour", "about")], None),
    ("en", "(Reporting by Alexandra Wendl; Editing by Mark Pottinger)", False, [], None),
    # --- Grass fire east of Denver (AP) ---
    ("en", "DENVER (AP) — A wind-driven grass fire east of Denver burned about 1,200 acres and destroyed three homes before crews contained it Tuesday night, fire officials said.", True, [("count", 1200, None, "about"), ("count", 3, None, None)], None),
    ("en", "Wind gusts of up to 60 mph pushed the flames across open fields toward a subdivision of about 80 homes.", True, [("count", 60, None, "up_to"), ("count", 80, None, "about")], None),
    ("en", "About 1,000 residents were ordered to evacuate for roughly six hours.", True, [("count", 1000, None, "about"), ("duration", 6, "hour", "about")], None),
    ("en", "A firefighter was treated for heat exhaustion.", True, [], None),
    ("en", "\"We were very lucky with the timing of the wind change,\" said Battalion Chief Mark Sutter.", False, [], None),
    # --- Festive drink-drive campaign (PA) ---
    ("en", "LONDON (PA) - More than 4,800 people were arrested on suspicion of drink or drug-driving during the festive campaign in England and Wales from 1 December to 1 January, the National Police Chiefs' Council said.", True, [("count", 4800, None, "over"), ("date", "--12-01", None, None), ("date", "--01-01", None, None)], "the National Police Chiefs' Council"),
    ("en", "Officers carried out 61,233 breath tests, of which 3.9% were positive, refused or failed.", True, [("count", 61233, None, None), ("percent", 3.9, "%", None)], None),
    ("en", "Almost one in five of those arrested were aged under 25.", True, [("fraction", 0.2, None, "nearly"), ("duration", 25, "year", "under")], None),
    ("en", "\"The message could not be clearer: if you drink, don't drive,\" said Chief Constable Alan Redfern, the NPCC lead for roads policing.", False, [], None),
    # --- Horse rescued from a ditch near Romsey (PA) ---
    ("en", "SOUTHAMPTON (PA) - Firefighters spent more than three hours freeing a horse that had become stuck in a muddy ditch near Romsey.", True, [("duration", 3, "hour", "over")], None),
    ("en", "Hampshire and Isle of Wight Fire and Rescue Service said a specialist animal rescue team used strops and a telehandler to lift the 600kg horse.", True, [("count", 600, None, None)], "Hampshire and Isle of Wight Fire and Rescue Service"),
    ("en", "The 14-year-old mare, called Bramble, was checked by a vet and was said to be tired but unhurt.", True, [("duration", 14, "year", None)], None),
    ("en", "\"She's a real fighter and we're so grateful to everyone who helped,\" her owner said.", False, [], None),
    # --- Credit union robbery in Milwaukee (AP) ---
    ("en", "MILWAUKEE (AP) — A man who robbed a credit union on Milwaukee's south side Monday made off with about $6,000 in cash, police said.", True, [("money", 6000, "USD", "about")], "police"),
    ("en", "The suspect, described as a white man in his 40s about 6 feet tall, handed a teller a note demanding money shortly after 10 a.m.", True, [("count", 6, None, "about")], None),
    ("en", "No weapon was seen and no one was injured, according to police.", True, [], None),
    ("en", "Police asked anyone who recognizes the man from surveillance images to call the department's tip line.", False, [], None),
    # --- Swiftwater rescue near Gympie (AAP) ---
    ("en", "BRISBANE (AAP) - Swiftwater rescue crews pulled a 68-year-old man from the roof of his car after he drove into floodwater on a causeway near Gympie.", True, [("duration", 68, "year", None)], None),
    ("en", "The man had been stranded for about two hours before firefighters reached him at 7.40am, Queensland Fire Department said.", True, [("duration", 2, "hour", "about")], "Queensland Fire Department"),
    ("en", "Crews have carried out 26 swiftwater rescues across the state since Friday.", True, [("count", 26, None, None)], None),
    ("en", "If it's flooded, forget it.", False, [], None),
    # --- E-scooter rider killed in Nottingham (PA) ---
    ("en", "NOTTINGHAM (PA) - A 15-year-old boy riding an e-scooter has died after a collision with a bus in Nottingham city centre, police said.", True, [("duration", 15, "year", None)], "police"),
    ("en", "The crash happened at about 5.30pm on Friday on Maid Marian Way, which has a 20mph limit.", True, [("count", 20, None, None)], None),
    ("en", "The 57-year-old bus driver was not injured and is assisting officers with their inquiries.", True, [("duration", 57, "year", None)], None),
    ("en", "Privately owned e-scooters cannot legally be ridden on public roads in the UK.", True, [], None),
]
