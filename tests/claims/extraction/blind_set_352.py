"""Three-hundred-and-fifty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
police officer, firefighter, ranger, rescuer or spokesperson is named: officers, rescuers,
spokespeople, victims and witnesses appear under made-up names that stand for no real
holder (Lukas Haselwanter, Roman Gisler, Claudia Wennemann, Günther Pfeiffenberger; Danielle
Corrigan, Keith Alderton, Mike Ostrander, Trent Velarde, Sian Pritchard-Evans, Mark Selwood,
Dana Whitcomb, Helen Marchbank, Rosa Delgado-Maez, Alan Voigt, Priya Chaudhary, Marcus
Tolliver, Fraser Kinnaird, Amy Halvorsen, Owen Prothero) or by their role only ("ein
Alpinpolizist", "der Kreisbrandrat", "der Firmeninhaber", "ein Polizeisprecher", "ein
Sprecher", "die Tochter des Mannes", "ein Nachbar", "der Landwirt", "eine Anrainerin", "der
Gemeindepräsident von Saas-Grund", "die Mutter", "eine Anwohnerin", "the fire service", "a
force spokesperson", "a police spokeswoman", "a coastguard spokesman", "his son", "his
sister", "the farmer", "a neighbour", "a neighbor", "the walker's family"). Real bodies,
places, roads and things (Landespolizeidirektion Tirol, Kärnten and Niederösterreich,
Alpinpolizei, Bergrettung Axams, Christophorus 1, Kleine Ochsenwand, Kalkkögel, Alpinnotruf
140, Polizeipräsidium Niederbayern, Pforzheim and Oberbayern Süd, Kriminalpolizei Landshut,
Warn-App Nina, Kantonspolizei Uri and Wallis, Klausenpassstrasse, Landeskriminalamt,
Utrecht, Mönchengladbach, Koralpe, Lavanttal, Berliner Feuerwehr, Luzerner Polizei, the
Feuerwehren Ruswil, Wolhusen and Sursee, B 10, Traunstein, Naturfreundesteig, Stadtpolizei
Winterthur, A 8, Berufsfeuerwehr Wien, Berufsrettung, Lagginhorn, Air Zermatt, Walliser
Staatsanwaltschaft, DLRG, NDR, B 17, Bezirk Mödling, Polizeidirektion Leipzig, Connewitz;
Rocky Mountain National Park, the National Park Service, the Colorado National Guard,
Interstate 25, the Metropolitan Detention Center, Yr Wyddfa, Crib Goch, Llanberis Mountain
Rescue Team, Braunstone, Narborough Road, Interstate 71, Nationwide Children's Hospital,
Norfolk Police, Norfolk Lowland Search and Rescue, Wymondham, Hethersett, HM Coastguard,
Holy Island, the Seahouses RNLI lifeboat, the Coast Guard, Lake Michigan, the Milwaukee Fire
Department, Bedminster, Bristol Magistrates' Court, Leominster, West Mercia Police, the
Atlanta Police Department, Ralph David Abernathy Boulevard, Police Scotland, the A96, Nairn,
Raigmore Hospital, Inverness Sheriff Court, Grand Teton, and the datelines' cities) stand for
the way wire copy names them; every age, height, fall, reading, speed, crew, toll, sum,
time and quote here is invented, and no real incident is told.

Its weight: POLICE REPORTS, FIRES AND RESCUES, fifth round (the eighty-first batch weighed
police reports, traffic accidents, fires and rescues, the two-hundred-and-forty-third police
reports and crime news over one weekend and the two-hundred-and-ninety-eighth police reports
and accidents over one week, with the hundred-fifty-second's police, courts and crime on one
day and the hundred-eighty-seventh's crime statistics beside them; their decisions are kept)
- five wire days at the end of the summer, Thursday, September 3, to Monday, September 7, of
one year (climbing and mushroom season in the Alps, straw in the barns), as 31 short stories
in story order, the German and English stories interleaved by day, about half each. German
(APA, dpa with its regional slugs "dpa/lby", "dpa/lnw", "dpa/bb", "dpa/lsw", "dpa/lni",
"dpa/sn", Keystone-SDA, and police press releases as the wires pass them - "teilte ... mit",
"heißt es im Polizeibericht", "nach einer Mitteilung der Polizeidirektion"; Austrian
"abgängig", "Schwammerlsucher", "Seehöhe", "Lenker", "Alkotests", "Spital", "Anrainerin",
"Dachgeschoß", "im Vorjahr", Swiss "Grossbrand", "Lernende", "innert", "Chauffeur",
"während rund dreieinhalb Stunden", "über Meer", "gross", "Fuss", "hiess es", «» quotes,
German „“ quotes): two climbers lifted from the Kleine Ochsenwand, a timber warehouse fire in
Ergolding, a motorcyclist killed on the Klausen pass, arrests after cash machine blasts in
the Rhineland, a mushroom picker found on the Koralpe, a flat fire in Spandau, a farmhouse
fire in Ruswil, a drunk driver on the B 10, a walker's fatal fall on the Traunstein, a
petrol station robbery in Winterthur, a chase on the A 8, a roof fire in Simmering, a
climber killed on the Lagginhorn, a missing boy in Bad Zwischenahn, Lower Austria's weekend
traffic checks and an arrest after car fires in Connewitz. English (PA and AP): a house fire
in Swindon, a lost hiker in Rocky Mountain National Park, a chase on Interstate 25, a
hillwalker's fall on Crib Goch, a stabbing in Leicester, a wrong-way crash on Interstate 71,
a man with dementia found near Wymondham, a two-alarm fire in Phoenix, a family cut off by
the tide at Holy Island, the search for a kayaker on Lake Michigan, car key burglaries in
Bristol, a straw fire near Leominster, a cyclist's hit-and-run death in Atlanta, a fatal
crash on the A96, climbers rescued from Grand Teton and a post office robbery in Stockport.
Figures as such copy has them: ages ("im Alter von 29 und 33 Jahren", "im Alter von 22, 25
und 31 Jahren", "Der 78-Jährige", "ihr siebenjähriger Sohn", "ein seit Sonntagnachmittag
vermisster achtjähriger Junge", "zwei 16 Jahre alte Freunde", "jünger als 30 Jahre", "ages
44, 41 and 12", "two other children, 9 and 15,", "two boys aged 16 and a 17-year-old",
"aged between 6 and 43", "men aged 27 and 30"), heights, falls and distances ("auf rund
2.400 Metern Seehöhe", "auf rund 3600 Metern über Meer", "etwa 250 Meter tief", "mit einem
40 Meter langen Tau", "about 30 metres", "about 40 feet", "at roughly 12,000 feet", "about
1.5 miles", "more than 600 square miles"), fire-brigade and search numbers ("Rund 180
Einsatzkräfte von 14 Feuerwehren", "zwei Hundestaffeln", "drei Drohnen", "mehr als 200
Einsatzkräfte", "Eighteen team members", "About 85 firefighters", "Two helicopters, three
boats and a plane", "Ten engines and a water carrier", "11 rangers"), damage and loot in
euros, francs, pounds and dollars, blood alcohol ("rund 1,6 Promille", "mehr als 0,8
Promille", "2,36 Promille", "0.12%"), speeds ("mit bis zu 160 km/h", "mit 138 statt der
erlaubten 70 km/h", "110 mph"), clock times, durations of searches, rescues and closures
("nach knapp 41 Stunden", "während rund dreieinhalb Stunden", "for almost 30 hours", "a
stretcher rescue lasting more than five hours", "38 hours"), ordinals of call-outs, floors
and the season's dead ("der 37. Einsatz", "im vierten Obergeschoss", "der 23. tödliche
Alpinunfall", "the team's 192nd call-out", "the 11th time this year"), shares ("Knapp die
Hälfte", "mehr als ein Drittel", "about a third"), a wanted man's description ("etwa Mitte
40, rund 1,85 Meter gross", "in his early 40s, 5ft 10in tall"), hedges and ranges. Negatives
as such copy has them, about a fifth of the rows and none with a figure: appeals for
witnesses and footage, advice from the police, the mountain rescue and the coastguard,
thanks, a condolence, the presumption of innocence, officers' and rescuers' verdicts and
rhetoric, a generic claim about drivers on the passes, relief, shock, grief and fear from
families, farmers and neighbours, praise, an evasion and open questions - each near a
check-worthy look-alike from the same story, often the same speaker's fact.

244 rows (124 German, 120 English), 56 negatives (27 German, 29 English), 188 check-worthy
rows of which 45 carry no figure (22 German, 23 English), 222 expected quantities (110
counts, 76 durations - 56 in years, 13 in hours, 3 in minutes, 3 in weeks, 1 in days -, 16
ordinals, 12 amounts of money - 6 EUR, 4 GBP, 1 CHF, 1 USD -, 3 fractions, 2 percentages -
both in "%" -, 2 years, 1 date; none of them in a negative), 34 checked speakers (17 German,
17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  feeling, thanks, praise, warning or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-fifty-second,
  two-hundred-and-forty-third, two-hundred-and-ninety-eighth); a reported fact or figure is
  check-worthy with its speaker, also in Konjunktiv I (hundred-fifty-second). The pairs from
  one speaker: Haselwanter's route judged from a video beside his „schlicht nichts
  verloren“; Gisler's planned speed checks beside «überschätzen viele ihr eigenes Können» (a
  generic claim, two-hundred-and-forty-third); Wennemann's four minutes beside her
  „riskieren ... das Leben von Anwohnern“; Pfeiffenberger's third under 30 beside „ist und
  bleibt unverantwortlich“; Ostrander's 14th mission beside "He kept his head"; Velarde's
  pursuit called off twice beside "a miracle"; Pritchard-Evans's third of the call-outs
  beside "it punishes any slip"; Selwood's "not looking for anyone else" beside "the shock";
  Whitcomb's two 911 calls beside "the calls every trooper dreads"; Voigt's life jacket
  beside "the hardest decisions"; Chaudhary's six weeks beside "a clear message"; Prothero's
  robbery of less than a minute beside "badly shaken".
- Appeals, advice, thanks, grief and open questions are negatives, as the eighty-first,
  two-hundred-and-forty-third and two-hundred-and-ninety-eighth batches settle them: „Die
  Polizei sucht Zeugen, ...“, „Wer Hinweise zum Täter geben kann, soll sich ... melden.“,
  "Anyone with doorbell or dashcam footage ... is asked to contact the force.", "Police
  asked drivers ... to get in touch.", "Anyone who recognises the man is asked to call 101."
  (the service number none, eighty-first), „Die Bergrettung rät, ...“, „Die Bergrettung
  warnt davor, ...“, „Die Kantonspolizei rät, ...“, „Die Polizei appelliert an Eltern, ...“
  and „Die Polizei appellierte an Eltern, ...“, "Residents are being urged ...", "Park
  officials urged visitors ...", "Drivers are urged ...", "Police advised owners ...";
  thanks and praise („Die Polizei bedankte sich bei allen freiwilligen Helferinnen und
  Helfern.“, "Police thanked members of the public ...", the son's "We're so grateful ...",
  the family's "deserved enormous credit"; two-hundred-and-ninety-eighth), a condolence
  ("Our thoughts are with ...", twice; hundred-fifty-second), „Für die Beschuldigten gilt
  die Unschuldsvermutung.“ (fifty-fifth), relief, shock, grief and fear from families,
  farmers and neighbours (two-hundred-and-forty-third), scene colour ("You could see the
  glow ...", eighty-first), an evasion („..., konnte der Firmeninhaber zunächst nicht
  sagen.“; two-hundred-and-fourth) and open questions („Ob das Feuer vorsätzlich gelegt
  wurde, ist noch offen.“, „Wie viele Wohnungen wieder bezogen werden können, war am Abend
  noch unklar.“, „Welches Motiv hinter den Taten steckt, ist Gegenstand der Ermittlungen.“,
  "It was not immediately clear whether the man had an attorney ..."; eighty-first).
- Check-worthy without a figure, as facts of record in police and fire copy (eighty-first,
  hundred-fifty-second, two-hundred-and-forty-third, two-hundred-and-ninety-eighth):
  custody, a warrant and charges („Ein Richter erließ Haftbefehl, ...“, "was being held
  without bond", "He faces charges of first-degree vehicular homicide ..." - "first-degree"
  no ordinal, a grade inside a legal term, thirty-ninth), a court appearance ("is expected
  to appear at Inverness Sheriff Court on Tuesday"), investigations taken over or opened,
  the condition of the rescued and the injured, a death established by a helicopter's
  doctor, the course of a search, the cause as investigators see it („Nach ersten
  Erkenntnissen dürften ...“, "Fire investigators believe ...", "Investigators believe ...";
  fifty-eighth: an attributed assumption), a finding in a police report („Hinweise auf
  Brandstiftung gebe es bislang nicht, heißt es im Polizeibericht.“) and an exclusion („Ein
  politisches Motiv schließen die Ermittler nach derzeitigem Stand aus.“;
  three-hundred-and-twenty-fourth: „Eine Rückkehr zu Negativzinsen schloss Gysling nicht
  aus.“), announced steps (Gisler's speed checks, „Die Polizei kündigte an, ...“, "Extra
  patrols will be in place ..."; two-hundred-and-fourth), the warning through the Warn-App
  Nina (two-hundred-and-ninety-eighth), the release of a wanted man's image
  (two-hundred-and-forty-third: released surveillance images), "The fire is being treated as
  deliberate, ..." and vague sums („mehrere tausend Franken“, „im sechsstelligen Bereich“;
  fifty-eighth, eighty-first).
- Ages are durations in years (every batch): compounds ("61-jähriger", "45-jährige",
  "78-Jährige", "23-Jährige", "52-jähriger", "49-jährige", "24-jährige", "17-Jährigen",
  "71-jährige", "34-jährige", "36-jähriger", "31-jähriger", "44-jähriger", "a 79-year-old
  woman", "34-year-old Danielle Corrigan", "a 67-year-old hiker", "The 27-year-old victim"),
  number words in a compound ("ihr siebenjähriger Sohn", "vermisster achtjähriger Junge" - 7
  and 8 years, as the issue's "fünfstündigen"), "47 Jahre alte", "38 Jahre alte", "26 Jahre
  alten", "zwei 16 Jahre alte Freunde" count 2 and 16 years, "im Alter von 29 und 33 Jahren"
  and "im Alter von 22, 25 und 31 Jahren" (the unit written once, forty-sixth), "jünger als
  30 Jahre" 30 years "under" (two-hundred-and-ninety-eighth), "ages 44, 41 and 12" ("ages"
  read as "aged", eighty-first), "two other children, 9 and 15," and "Her husband, the
  67-year-old driver" (ages in apposition, sixty-third), "two boys aged 16 and a
  17-year-old" 16 and 17, "aged between 6 and 43" (no hedge), "aged 31 and 38", "aged 19 and
  21", "men aged 27 and 30", "The woman, aged 64,". New: "etwa Mitte 40" and "in his early
  40s" carry none - a part of a decade names no figure, as "in his 50s" (fifty-fifth) and
  "in his 60s" (two-hundred-and-ninety-eighth) do not.
- Physical measures are counts (fourth, eighty-first, two-hundred-and-ninety-eighth):
  heights ("auf rund 2.400 Metern Seehöhe" 2400 "about", "auf rund 3600 Metern über Meer"
  3600 "about" - "über" after the figure no hedge, seventy-fourth, hundred-tenth - and "at
  roughly 12,000 feet" "about"; eighty-eighth: "auf rund 3900 m ü. M. etwa 400 Meter tief"),
  falls and ropes ("etwa 250 Meter tief", "rund 150 Meter", "about 30 metres", "about 40
  feet", "mit einem 40 Meter langen Tau" 40), distances ("etwa 300 Meter unterhalb", "über
  rund 25 Kilometer" 25 "about" - two-hundred-and-forty-third: "über rund 15 Kilometer" -,
  "about 1.5 miles", "roughly 15 miles", "about 4 miles", "around 2 miles", "about 3 miles
  offshore", "more than 600 square miles" "over"), areas ("etwa 3.000 Quadratmeter", "etwa
  400 Quadratmetern"), waves ("6 feet"), a temperature ("around 94 degrees" 94 "about";
  two-hundred-and-ninety-eighth: "36C") and the wanted man's height ("rund 1,85 Meter gross"
  1.85 "about"; two-hundred-and-forty-third: "rund 1,75 Meter groß"). "rund einen Kilometer"
  is 1 "about" - the number word before the singular unit is one, as „um einen Basispunkt“
  (three-hundred-and-twenty-fourth). New: "5ft 10in tall" is two counts, 5 and 10 - feet and
  inches are two figures of one height, each counted as written, as "rund 300 Meter breit
  und 600 Meter lang" gives two (eighty-first).
- Blood alcohol and speeds (eighty-first, two-hundred-and-forty-third,
  two-hundred-and-ninety-eighth): "rund 1,6 Promille" 1.6 "about", "mehr als 0,8 Promille"
  0.8 "over" and "2,36 Promille" are counts; "0.12%" and "legal limit of 0.08%" percentages
  as written ("well above" before the limit no hedge, three-hundred-and-twenty-fourth: "well
  below" before a target); speeds are counts ("110 mph", "mit bis zu 160 km/h" "up_to", "mit
  138 statt der erlaubten 70 km/h" 138 and 70).
- Counts (every batch): crews, vehicles, searchers and animals ("Rund 180 Einsatzkräfte von
  14 Feuerwehren", "rund 120 Personen", "zwei Hundestaffeln", "rund 90 Feuerwehrleute", "mit
  22 Fahrzeugen und rund 95 Einsatzkräften", "rund 110 Angehörige", "Rund 25 Kälber und
  Rinder", "drei Schweine", "drei Drohnen", "mehr als 200 Einsatzkräfte", "More than 50
  people, two drone teams", "Eighteen team members", "About 85 firefighters", "Two
  helicopters, three boats", "Ten engines", "around 200 cattle", "11 rangers"), the hurt,
  the rescued and the housed ("zwölf Menschen ..., zwei von ihnen", "19 Bewohner ...,
  darunter drei Kinder", "31 Bewohner", "rund 40 Bewohner", "Five members of a family,
  including three children"), crimes and tallies ("mindestens elf Sprengungen" "at_least",
  "neun Brandstiftungen ..., 13 Autos und zwei Transporter", "58 alkoholisierte Lenker",
  "4.120 Alkotests", "in 21 Fällen", "1.870 Geschwindigkeitsübertretungen", "auf 71", "a
  series of 14 burglaries", "37 kitchen fires ..., nine of them", "16 units", "1,200 bales"
  "about"), "im ganzen Vorjahr waren es drei" 3 and "im selben Zeitraum 17" 17, "Zwei der
  Männer ..., der dritte" 2 and ordinal 3 (two-hundred-and-ninety-eighth: "der vierte"),
  "Die vierköpfige Bauernfamilie" 4 (two-hundred-and-ninety-eighth: "Die fünfköpfige
  Familie"), "a two-car crash" 2 (two-hundred-and-thirty-first: "The two-carriage train"),
  "two nights" 2 (a night is no unit, fortieth), "twice" and "cited twice" 2 (the issue's
  "viermal"), "two 911 calls" 2. New: "A two-alarm fire" is count 2 - the alarm level
  written as a number compound counts as "the four-storey building"
  (two-hundred-and-ninety-eighth) and "a two-car crash" do. None: articles before a
  helicopter, drone, dog, plane or carrier ("ein Polizeihubschrauber", "einer Drohne", "Ein
  Spürhund", "ein Hubschrauber", "a coastguard helicopter", "a police dog", "a plane", "a
  water carrier"; fortieth, eighty-first), "die beiden", "Die beiden Begleiter", "Both",
  "Neither", "one of them", call signs and service numbers ("Christophorus 1", "Alpinnotruf
  140", "999", "911", "101"; fifty-eighth, eighty-first), roads ("B 10", "A 8", "B 17",
  "Interstate 25", "Interstate 71", "A96"; thirty-eighth) and canton suffixes
  ("Unterschächen UR", "Ruswil LU", "Winterthur ZH", "Saas-Grund VS"; seventy-seventh).
- Ordinals and fractions: "der 37. Einsatz" 37, "im vierten Obergeschoss" 4 (an earlier
  batch: "im dritten Obergeschoss"), "der fünfte tödliche Motorradunfall" 5, "der dritte
  Brand" 3, "der 23. tödliche Alpinunfall" 23 (eighty-first: "der 14. tödliche
  Alpinunfall"), "der zweite Überfall" 2, "the first floor" 1 (eighty-first), "the park's
  14th search and rescue mission" 14, "the team's 192nd call-out" 192 (eighty-first: "the
  team's 74th call-out"), "the third wrong-way crash" 3, "the fourth fire" 4, "the 11th
  time" 11, "the second suspected arson attack" 2, "the 17th cyclist or pedestrian" 17, "the
  park's sixth major climbing rescue" 6; "Den höchsten Wert" none (a superlative,
  hundred-fifty-second). "about a third" 0.3333 "about", "Knapp die Hälfte" 0.5 "nearly",
  "mehr als ein Drittel" 0.3333 "over" (two-hundred-and-forty-third).
- Durations (the issue: "fünfstündigen", "zehn Minuten"; every batch): "nach knapp 41
  Stunden" "nearly", "während rund dreieinhalb Stunden" 3.5 hours "about"
  (two-hundred-and-ninety-eighth: "etwa zweieinhalb Stunden"), "knapp zwei Stunden", "knapp
  drei Stunden" "nearly", "für rund vier Stunden" "about", "mehr als drei Stunden" "over",
  "nach weniger als vier Minuten" "under", "erst seit sechs Wochen" ("erst" no hedge,
  eighty-first), "innerhalb von drei Wochen" 3 weeks ("innerhalb von" no hedge, as "binnen",
  two-hundred-and-ninety-eighth), "reported stolen two days earlier" 2 days
  (two-hundred-and-forty-third: "two hours later"), "about 12 minutes", "more than five
  hours", "within two hours" (two-hundred-and-forty-third: "within 24 hours"), "for almost
  30 hours" "nearly", "about 40 minutes", "38 hours", "more than six weeks" "over", "more
  than 15 hours" "over", "around nine hours" "about", "nearly seven hours" "nearly". None:
  "about an hour later" and "less than a minute" (an article, eighty-first: "within an
  hour"; two-hundred-and-ninety-eighth: "about a minute earlier"), "innert eines Monats",
  "in a month", "a day after", "that evening", "this summer", "this year", "so far this
  year", "of the season", "in diesem Sommer", "an diesem Wochenende", "in den kommenden
  Wochen", "seit Wochen", "seit Saisonbeginn", "seit Jahresbeginn", "im Vorjahr", "im selben
  Zeitraum", "seit Februar", "seit Juli", "Seit Anfang Juli", "since March", "between June
  and August", weekdays and their compounds ("am Donnerstagnachmittag", "in der Nacht zu
  Freitag", "am Sonntagnachmittag", "early Friday", "on Thursday night") and clock times
  ("gegen 11.20 Uhr", "gegen 0.30 Uhr", "gegen 10 Uhr", "gegen 21 Uhr", "gegen 5.40 Uhr",
  "shortly after 3am", "shortly before 2 a.m.", "shortly after midday", "shortly after 1
  a.m.", "at about 2.30am", "at around 5pm", "at about 7pm", "at about 8.15pm", "shortly
  after 9 a.m.", "before dawn"; eighty-first - "gegen", "about", "around" and "shortly"
  before a clock time give no hedge). New: "in a fortnight" carries none - an article before
  a word for a span, as "in a month" (two-hundred-and-forty-third: "during a week of
  raids"), though a fortnight is two weeks.
- Money in the currency written (every batch): EUR ("schätzungsweise 2,5 Millionen Euro"
  "about" - sixty-fourth: "schätzungsweise" -, "insgesamt rund 740.000 Euro" "about" -
  "insgesamt" no hedge -, "mehr als 1,3 Millionen Euro" "over", "rund 60.000 Euro", "etwa
  45.000 Euro", "mehr als 310.000 Euro" "over"), CHF ("rund 1,4 Millionen Franken"), USD
  ("an estimated $1.8 million" "about"), GBP ("a total of about £410,000" "about", "about
  £6,500", "about £95,000", "about £3,200").
- Years and dates: "im März 2025" the year (two-hundred-and-ninety-eighth: "im März 2023"),
  "the whole of 2024" 2024 (the "more than in" before it compares with words between and
  gives no hedge, hundred-ninety-ninth); "on 5 October" --10-05 (British day-month,
  fifty-fifth); dpa, APA, Keystone-SDA, PA and AP datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "schätzungsweise", "about",
  "About", "around", "Around", "roughly", "an estimated", "a total of about" "about";
  "knapp", "Knapp", "almost", "nearly" "nearly"; "mehr als", "more than", "More than"
  "over"; "weniger als", "jünger als" "under"; "bis zu" "up_to"; "mindestens" "at_least". No
  hedge: "insgesamt", "Insgesamt", "bereits", "erst", "zuletzt", "between", "within",
  "innerhalb von", "well above", "über" after a figure, "gegen", "about", "around" and
  "shortly" before a clock time.
- Speakers, checked only in forms the earlier batches settled: "teilte die
  Landespolizeidirektion Tirol mit", "teilte das Polizeipräsidium Niederbayern mit", "teilte
  das Landeskriminalamt mit", "teilte die Landespolizeidirektion Kärnten mit", "teilte das
  Polizeipräsidium Pforzheim mit", "teilte die Polizei mit", "teilte das Polizeipräsidium
  Oberbayern Süd mit", "teilte die Landespolizeidirektion Niederösterreich am Montag mit"
  the source with its article in the nominative, the weekday dropped (eighty-first,
  two-hundred-and-ninety-eighth); "wie die Kantonspolizei Uri mitteilte", "wie die Berliner
  Feuerwehr mitteilte", "wie die Luzerner Polizei mitteilte", "wie die Stadtpolizei
  Winterthur am Samstag mitteilte", "wie die Kantonspolizei Wallis mitteilte" (eighty-first,
  two-hundred-and-ninety-eighth: the adjective of a place belongs to the name, „Berliner“);
  "LKA-Direktorin Claudia Wennemann sagte, ..." and "Oberst Günther Pfeiffenberger sagte,
  ..." the name with the title or rank dropped, "Haselwanter sagte, ..." and "Gisler sagte,
  ..." the surname as written (hundred-fifty-second, two-hundred-and-forty-third). English:
  "according to the National Park Service" and "according to the Atlanta Police Department"
  with their article (ninety-eighth); "Llanberis Mountain Rescue Team said", "Norfolk Police
  said", "West Mercia Police said" and "Police Scotland said" as written, "HM Coastguard
  said ..." opening the row (eighty-first); "the Coast Guard said" with the article in lower
  case (eighty-first); "Detective Inspector Mark Selwood said", "Superintendent Helen
  Marchbank said", "Detective Sergeant Priya Chaudhary said" and "Detective Constable Owen
  Prothero said" the name with the rank dropped, "Ostrander said", "Velarde said",
  "Pritchard-Evans said", "Whitcomb said" and "Voigt said" the surname as written
  (hundred-fifty-second, two-hundred-and-forty-third). Left unchecked (None): "nach
  Polizeiangaben" (four times), "nach LKA-Angaben", "nach einer Mitteilung der
  Polizeidirektion Leipzig" (a document), "heißt es im Polizeibericht" and "hiess es bei der
  Kantonspolizei" (two-hundred-and-fourth: "hieß es"), "beziffert" (a recording verb,
  two-hundred-and-ninety-eighth), "teilte ein Sprecher mit" and "sagte ein Polizeisprecher
  in Oldenburg" (a role), "the fire service said" (twice), "The service said", "the force
  said" (three times), "a force spokesperson said", "a police spokeswoman said", "the
  coastguard said", "the park said in a statement" (descriptions,
  two-hundred-and-forty-third, two-hundred-and-ninety-eighth), "park officials said"
  (twice), "authorities said" (twice), "fire officials said", "Troopers said" (plural
  groups, forty-first), "according to a police report", "according to patrol records",
  "according to jail records", "according to forecasters", "City records show", "Tests
  showed" (documents and descriptions), "A neighbour, 34-year-old Danielle Corrigan, said"
  (a description before the name, fortieth), "The farmer put the value ... at" (no verb of
  saying), and - new - "Capt. Rosa Delgado-Maez said": a rank cut short with a full stop
  before the name is no form the earlier batches settled, and it also keeps the checked
  speakers near 35. All negatives are unchecked, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_352 = [
    # --- Bergsteiger aus der Kleinen Ochsenwand geborgen (APA), Donnerstag ---
    ("de", "Innsbruck (APA) - Zwei deutsche Bergsteiger sind am Donnerstag aus der Nordwand der Kleinen Ochsenwand in den Kalkkögeln geborgen worden, nachdem sie sich in der Route verstiegen hatten.", True, [("count", 2, None, None)], None),
    ("de", "Die beiden Männer im Alter von 29 und 33 Jahren hatten gegen 11.20 Uhr auf rund 2.400 Metern Seehöhe über den Alpinnotruf 140 Alarm geschlagen, weil sie weder vor noch zurück konnten.", True, [("duration", 29, "year", None), ("duration", 33, "year", None), ("count", 2400, None, "about")], None),
    ("de", "Die Crew des Notarzthubschraubers Christophorus 1 holte die beiden mit einem 40 Meter langen Tau aus der Wand, teilte die Landespolizeidirektion Tirol mit.", True, [("count", 40, None, None)], "die Landespolizeidirektion Tirol"),
    ("de", "Nach Polizeiangaben waren sie in Turnschuhen und ohne Seil in die Kletterroute eingestiegen.", True, [], None),
    ("de", "„Mit dieser Ausrüstung hat man in so einer Wand schlicht nichts verloren“, sagte Alpinpolizist Lukas Haselwanter.", False, [], None),
    ("de", "Haselwanter sagte, die beiden hätten die Schwierigkeit der Route anhand eines Videos im Internet eingeschätzt.", True, [], "Haselwanter"),
    ("de", "Für die Bergrettung Axams war es bereits der 37. Einsatz in diesem Sommer.", True, [("ordinal", 37, None, None)], None),
    ("de", "Die Bergrettung rät, Touren genau zu planen und im Zweifel rechtzeitig umzukehren.", False, [], None),
    # --- Lagerhalle in Ergolding abgebrannt (dpa/lby), Donnerstag ---
    ("de", "Ergolding (dpa/lby) - Beim Brand einer Lagerhalle eines Holzhandels in Ergolding im Landkreis Landshut ist ein Schaden von schätzungsweise 2,5 Millionen Euro entstanden.", True, [("money", 2500000, "EUR", "about")], None),
    ("de", "Rund 180 Einsatzkräfte von 14 Feuerwehren waren vor Ort, teilte das Polizeipräsidium Niederbayern mit.", True, [("count", 180, None, "about"), ("count", 14, None, None)], "das Polizeipräsidium Niederbayern"),
    ("de", "Verletzt wurde niemand, zwei Feuerwehrleute kamen mit Kreislaufproblemen vorsorglich in ein Krankenhaus.", True, [("count", 2, None, None)], None),
    ("de", "Die etwa 3.000 Quadratmeter große Halle brannte bis auf die Grundmauern nieder.", True, [("count", 3000, None, "about")], None),
    ("de", "Über die Warn-App Nina wurden die Bewohner der umliegenden Straßen vor dem dichten Rauch gewarnt und gebeten, ihre Fenster zu schließen.", True, [], None),
    ("de", "Die Kriminalpolizei Landshut hat die Ermittlungen zur Brandursache übernommen.", True, [], None),
    ("de", "Hinweise auf Brandstiftung gebe es bislang nicht, heißt es im Polizeibericht.", True, [], None),
    ("de", "Ob die Halle ausreichend versichert war, konnte der Firmeninhaber zunächst nicht sagen.", False, [], None),
    ("de", "„So ein Flammenmeer erlebt man auch als Feuerwehrmann nicht oft“, sagte der Kreisbrandrat.", False, [], None),
    # --- Motorradfahrer am Klausenpass tödlich verunglückt (Keystone-SDA), Donnerstag ---
    ("de", "Unterschächen UR (Keystone-SDA) - Ein 61-jähriger Motorradfahrer ist am Donnerstagnachmittag auf der Klausenpassstrasse tödlich verunglückt.", True, [("duration", 61, "year", None)], None),
    ("de", "Der Mann aus dem Kanton Zürich geriet in einer Linkskurve aus noch ungeklärten Gründen auf die Gegenfahrbahn und prallte in einen korrekt entgegenkommenden Lieferwagen, wie die Kantonspolizei Uri mitteilte.", True, [], "die Kantonspolizei Uri"),
    ("de", "Der 45-jährige Chauffeur des Lieferwagens und seine Beifahrerin blieben unverletzt.", True, [("duration", 45, "year", None)], None),
    ("de", "Die Passstrasse blieb während rund dreieinhalb Stunden für den Verkehr gesperrt.", True, [("duration", 3.5, "hour", "about")], None),
    ("de", "Es ist der fünfte tödliche Motorradunfall im Kanton Uri seit Saisonbeginn, im ganzen Vorjahr waren es drei.", True, [("ordinal", 5, None, None), ("count", 3, None, None)], None),
    ("de", "«Auf den Passstrassen überschätzen viele ihr eigenes Können», sagte Polizeisprecher Roman Gisler.", False, [], None),
    ("de", "Gisler sagte, an diesem Wochenende seien auf den Urner Pässen zusätzliche Geschwindigkeitskontrollen geplant.", True, [], "Gisler"),
    # --- House fire in Swindon (PA), Thursday ---
    ("en", "SWINDON (PA) - A 79-year-old woman was carried from the first floor of her burning home in Swindon by firefighters wearing breathing apparatus early on Thursday.", True, [("duration", 79, "year", None), ("ordinal", 1, None, None)], None),
    ("en", "Four appliances were sent to the terraced house in Rodbourne shortly after 3am, the fire service said.", True, [("count", 4, None, None)], None),
    ("en", "A neighbour, 34-year-old Danielle Corrigan, said she had been woken by the smoke alarm and dialled 999.", True, [("duration", 34, "year", None)], None),
    ("en", "\"I've never been so frightened in my life,\" Ms Corrigan said.", False, [], None),
    ("en", "Fire investigators believe the blaze started accidentally in the kitchen.", True, [], None),
    ("en", "The service said it had attended 37 kitchen fires in Swindon so far this year, nine of them caused by unattended cooking.", True, [("count", 37, None, None), ("count", 9, None, None)], None),
    ("en", "\"A working smoke alarm bought this lady the minutes she needed,\" said station manager Keith Alderton.", False, [], None),
    ("en", "Residents are being urged to test their smoke alarms regularly.", False, [], None),
    # --- Missing hiker found in Rocky Mountain National Park (AP), Thursday ---
    ("en", "DENVER (AP) — A 67-year-old hiker who went missing in Rocky Mountain National Park was found alive Thursday after spending two nights in the backcountry, park officials said.", True, [("duration", 67, "year", None), ("count", 2, None, None)], None),
    ("en", "Searchers found the man, whose name was not released, in a steep drainage about 1.5 miles from the trail he had planned to take.", True, [("count", 1.5, None, "about")], None),
    ("en", "More than 50 people, two drone teams and a Colorado National Guard helicopter took part in the search, according to the National Park Service.", True, [("count", 50, None, "over"), ("count", 2, None, None)], "the National Park Service"),
    ("en", "He had set out alone Tuesday morning for a day hike and was reported missing by his wife when he did not return that evening.", True, [], None),
    ("en", "\"He kept his head, and that's what saved him,\" search coordinator Mike Ostrander said.", False, [], None),
    ("en", "It was the park's 14th search and rescue mission of the season, Ostrander said.", True, [("ordinal", 14, None, None)], "Ostrander"),
    ("en", "Park officials urged visitors to carry a map and tell someone where they are going.", False, [], None),
    # --- Chase on Interstate 25 (AP), Thursday ---
    ("en", "ALBUQUERQUE, N.M. (AP) — A 24-year-old man was arrested Thursday after leading officers on a chase that reached 110 mph on Interstate 25 and ended when his car slammed into a concrete median, authorities said.", True, [("duration", 24, "year", None), ("count", 110, None, None)], None),
    ("en", "Officers had tried to stop the car, reported stolen two days earlier, for running a red light shortly before 2 a.m.", True, [("duration", 2, "day", None)], None),
    ("en", "The chase lasted about 12 minutes and covered roughly 15 miles, according to a police report.", True, [("duration", 12, "minute", "about"), ("count", 15, None, "about")], None),
    ("en", "A passenger in the car, a 19-year-old woman, was treated for minor injuries.", True, [("duration", 19, "year", None)], None),
    ("en", "Tests showed his blood alcohol content was 0.12%, well above New Mexico's legal limit of 0.08%.", True, [("percent", 0.12, "%", None), ("percent", 0.08, "%", None)], None),
    ("en", "The driver faces charges including aggravated fleeing and receiving a stolen vehicle and was being held without bond at the Metropolitan Detention Center.", True, [], None),
    ("en", "\"It's a miracle nobody was killed,\" police spokesman Trent Velarde said.", False, [], None),
    ("en", "Velarde said officers called off the pursuit twice because of heavy traffic but resumed it when the car left the interstate.", True, [("count", 2, None, None)], "Velarde"),
    # --- Festnahmen nach Geldautomatensprengungen (dpa/lnw), Freitag ---
    ("de", "Düsseldorf (dpa/lnw) - Nach einer Serie von Geldautomatensprengungen im Rheinland hat die Polizei drei Tatverdächtige festgenommen.", True, [("count", 3, None, None)], None),
    ("de", "Die Männer im Alter von 22, 25 und 31 Jahren wurden am frühen Freitagmorgen bei Durchsuchungen in Utrecht und Mönchengladbach gefasst, teilte das Landeskriminalamt mit.", True, [("duration", 22, "year", None), ("duration", 25, "year", None), ("duration", 31, "year", None)], "das Landeskriminalamt"),
    ("de", "Ihnen werden mindestens elf Sprengungen seit Februar zur Last gelegt, bei denen sie insgesamt rund 740.000 Euro erbeutet haben sollen.", True, [("count", 11, None, "at_least"), ("money", 740000, "EUR", "about")], None),
    ("de", "Der Sachschaden an Gebäuden und Automaten liegt nach LKA-Angaben bei mehr als 1,3 Millionen Euro.", True, [("money", 1300000, "EUR", "over")], None),
    ("de", "Bei den Durchsuchungen stellten die Ermittler zwei Fluchtautos, Sprengmittel und rund 60.000 Euro Bargeld sicher.", True, [("count", 2, None, None), ("money", 60000, "EUR", "about")], None),
    ("de", "Zwei der Männer sitzen in Untersuchungshaft, der dritte soll aus den Niederlanden ausgeliefert werden.", True, [("count", 2, None, None), ("ordinal", 3, None, None)], None),
    ("de", "LKA-Direktorin Claudia Wennemann sagte, die Gruppe sei bei jeder Tat nach weniger als vier Minuten wieder verschwunden gewesen.", True, [("duration", 4, "minute", "under")], "Claudia Wennemann"),
    ("de", "„Diese Täter riskieren bei jeder Sprengung das Leben von Anwohnern“, sagte Wennemann.", False, [], None),
    ("de", "Für die Beschuldigten gilt die Unschuldsvermutung.", False, [], None),
    # --- Vermisster Schwammerlsucher auf der Koralpe gefunden (APA), Freitag ---
    ("de", "Wolfsberg (APA) - Ein seit Mittwochabend abgängiger Schwammerlsucher aus dem Lavanttal ist am Freitag nach einer groß angelegten Suchaktion lebend gefunden worden.", True, [], None),
    ("de", "Der 78-Jährige lag mit einer Beinverletzung in steilem Gelände etwa 300 Meter unterhalb eines Forstweges auf der Koralpe, teilte die Landespolizeidirektion Kärnten mit.", True, [("duration", 78, "year", None), ("count", 300, None, "about")], "die Landespolizeidirektion Kärnten"),
    ("de", "An der Suche waren zuletzt rund 120 Personen beteiligt, darunter Bergretter, Feuerwehrleute, zwei Hundestaffeln und ein Polizeihubschrauber mit Wärmebildkamera.", True, [("count", 120, None, "about"), ("count", 2, None, None)], None),
    ("de", "Entdeckt wurde der Mann nach knapp 41 Stunden von einer Drohne der Freiwilligen Feuerwehr.", True, [("duration", 41, "hour", "nearly")], None),
    ("de", "Seine Frau hatte ihn am Mittwoch gegen 21 Uhr als abgängig gemeldet, nachdem er nicht vom Schwammerlsuchen zurückgekehrt war.", True, [], None),
    ("de", "„Wir sind einfach nur erleichtert und dankbar“, sagte die Tochter des Mannes.", False, [], None),
    ("de", "Die Polizei bedankte sich bei allen freiwilligen Helferinnen und Helfern.", False, [], None),
    # --- Brand in Spandau (dpa/bb), Freitag ---
    ("de", "Berlin (dpa/bb) - Bei einem Brand in einem Mehrfamilienhaus in Berlin-Spandau sind in der Nacht zu Freitag zwölf Menschen verletzt worden, zwei von ihnen schwer.", True, [("count", 12, None, None), ("count", 2, None, None)], None),
    ("de", "Das Feuer war gegen 0.30 Uhr in einer Wohnung im vierten Obergeschoss ausgebrochen und hatte auf das Treppenhaus übergegriffen, wie die Berliner Feuerwehr mitteilte.", True, [("ordinal", 4, None, None)], "die Berliner Feuerwehr"),
    ("de", "Die Einsatzkräfte holten 19 Bewohner über Drehleitern und mit Fluchthauben durch das verrauchte Treppenhaus ins Freie, darunter drei Kinder.", True, [("count", 19, None, None), ("count", 3, None, None)], None),
    ("de", "Insgesamt waren rund 90 Feuerwehrleute im Einsatz, die Löscharbeiten dauerten knapp zwei Stunden.", True, [("count", 90, None, "about"), ("duration", 2, "hour", "nearly")], None),
    ("de", "Der 47 Jahre alte Mieter der Brandwohnung kam mit einer schweren Rauchgasvergiftung in eine Klinik.", True, [("duration", 47, "year", None)], None),
    ("de", "Das Haus ist vorerst unbewohnbar, 31 Bewohner kamen in einer Notunterkunft des Bezirks unter.", True, [("count", 31, None, None)], None),
    ("de", "Ein Brandkommissariat des Landeskriminalamts hat die Ermittlungen übernommen.", True, [], None),
    ("de", "Ob das Feuer vorsätzlich gelegt wurde, ist noch offen.", False, [], None),
    ("de", "„Die Leute hatten riesiges Glück, dass die Feuerwehr so schnell da war“, sagte ein Nachbar.", False, [], None),
    # --- Walker rescued from Crib Goch (PA), Friday ---
    ("en", "LLANBERIS (PA) - A hillwalker who fell about 30 metres on Yr Wyddfa was airlifted to hospital on Friday after a stretcher rescue lasting more than five hours, Llanberis Mountain Rescue Team said.", True, [("count", 30, None, "about"), ("duration", 5, "hour", "over")], "Llanberis Mountain Rescue Team"),
    ("en", "The 58-year-old man, from Cheshire, had slipped on wet rock on the Crib Goch ridge shortly after midday.", True, [("duration", 58, "year", None)], None),
    ("en", "Eighteen team members carried him to a point where a coastguard helicopter could winch him aboard.", True, [("count", 18, None, None)], None),
    ("en", "It was the team's 192nd call-out of the year, already more than in the whole of 2024.", True, [("ordinal", 192, None, None), ("year", 2024, None, None)], None),
    ("en", "\"Crib Goch is a mountaineering route, not a walk, and it punishes any slip,\" team leader Sian Pritchard-Evans said.", False, [], None),
    ("en", "Pritchard-Evans said about a third of this year's call-outs had come from the ridge or its approaches.", True, [("fraction", 0.3333, None, "about")], "Pritchard-Evans"),
    ("en", "The walker's family said the volunteers deserved enormous credit for their patience in such awful conditions.", False, [], None),
    # --- Stabbing in Leicester (PA), Friday ---
    ("en", "LEICESTER (PA) - Three teenagers are being held on suspicion of attempted murder after a man was knifed outside a Leicester takeaway on Thursday night.", True, [("count", 3, None, None)], None),
    ("en", "The 27-year-old victim suffered wounds to his chest and back and remains in a critical but stable condition in hospital, a force spokesperson said.", True, [("duration", 27, "year", None)], None),
    ("en", "The suspects, two boys aged 16 and a 17-year-old, were detained in the Braunstone area within two hours of the attack.", True, [("count", 2, None, None), ("duration", 16, "year", None), ("duration", 17, "year", None), ("duration", 2, "hour", None)], None),
    ("en", "A knife was recovered from a garden nearby.", True, [], None),
    ("en", "Detective Inspector Mark Selwood said officers were not looking for anyone else in connection with the stabbing.", True, [], "Mark Selwood"),
    ("en", "\"I understand the shock this has caused in the community,\" Selwood said.", False, [], None),
    ("en", "Anyone with doorbell or dashcam footage from the area is asked to contact the force.", False, [], None),
    ("en", "Extra patrols will be in place around the Narborough Road area over the weekend, the force said.", True, [], None),
    # --- Wrong-way crash on Interstate 71 (AP), Friday ---
    ("en", "COLUMBUS, Ohio (AP) — Four people were killed and two others seriously injured when a pickup truck traveling the wrong way on Interstate 71 struck a minivan early Friday, authorities said.", True, [("count", 4, None, None), ("count", 2, None, None)], None),
    ("en", "The pickup's driver, a 36-year-old man from Mansfield, was among those killed, along with three members of a family from Delaware, Ohio, ages 44, 41 and 12.", True, [("duration", 36, "year", None), ("count", 3, None, None), ("duration", 44, "year", None), ("duration", 41, "year", None), ("duration", 12, "year", None)], None),
    ("en", "The family's two other children, 9 and 15, were taken to Nationwide Children's Hospital.", True, [("count", 2, None, None), ("duration", 9, "year", None), ("duration", 15, "year", None)], None),
    ("en", "Troopers said the pickup had traveled about 4 miles in the southbound lanes before the crash, which happened shortly after 1 a.m.", True, [("count", 4, None, "about")], None),
    ("en", "It was the third wrong-way crash on Ohio interstates in a month, according to patrol records.", True, [("ordinal", 3, None, None)], None),
    ("en", "\"These are the calls every trooper dreads,\" Lt. Dana Whitcomb said.", False, [], None),
    ("en", "Whitcomb said the patrol had received two 911 calls about a wrong-way driver minutes before the collision.", True, [("count", 2, None, None)], "Whitcomb"),
    # --- Grossbrand in Ruswil (Keystone-SDA), Samstag ---
    ("de", "Ruswil LU (Keystone-SDA) - Ein Grossbrand hat am Samstagmorgen in Ruswil ein Bauernhaus mit angebauter Scheune zerstört.", True, [], None),
    ("de", "Die vierköpfige Bauernfamilie und zwei Lernende konnten sich rechtzeitig in Sicherheit bringen, wie die Luzerner Polizei mitteilte.", True, [("count", 4, None, None), ("count", 2, None, None)], "die Luzerner Polizei"),
    ("de", "Rund 25 Kälber und Rinder wurden aus dem Stall getrieben, für drei Schweine kam jede Hilfe zu spät.", True, [("count", 25, None, "about"), ("count", 3, None, None)], None),
    ("de", "Im Einsatz standen rund 110 Angehörige der Feuerwehren Ruswil, Wolhusen und Sursee.", True, [("count", 110, None, "about")], None),
    ("de", "Die Polizei beziffert den Sachschaden auf rund 1,4 Millionen Franken.", True, [("money", 1400000, "CHF", "about")], None),
    ("de", "«Das ist für uns alle ein riesiger Schock», sagte der Landwirt gegenüber einem Lokalradio.", False, [], None),
    ("de", "Es ist bereits der dritte Brand eines landwirtschaftlichen Gebäudes im Kanton Luzern innert eines Monats.", True, [("ordinal", 3, None, None)], None),
    # --- Alkoholisierter Unfallfahrer auf der B 10 (dpa/lsw), Samstag ---
    ("de", "Pforzheim (dpa/lsw) - Ein betrunkener Autofahrer hat in der Nacht zum Samstag auf der B 10 bei Pforzheim einen Unfall mit vier Verletzten verursacht.", True, [("count", 4, None, None)], None),
    ("de", "Der 23-Jährige war nach Polizeiangaben mit deutlich überhöhter Geschwindigkeit in einer Kurve auf die Gegenfahrbahn geraten und frontal mit dem Wagen einer Familie zusammengestoßen.", True, [("duration", 23, "year", None)], None),
    ("de", "Ein Atemalkoholtest bei dem jungen Mann ergab rund 1,6 Promille.", True, [("count", 1.6, None, "about")], None),
    ("de", "Die 38 Jahre alte Fahrerin des anderen Autos und ihr siebenjähriger Sohn wurden schwer verletzt, der Vater leicht.", True, [("duration", 38, "year", None), ("duration", 7, "year", None)], None),
    ("de", "Der Unfallfahrer selbst erlitt leichte Verletzungen, sein Führerschein wurde beschlagnahmt, teilte das Polizeipräsidium Pforzheim mit.", True, [], "das Polizeipräsidium Pforzheim"),
    ("de", "Die Bundesstraße war für rund vier Stunden voll gesperrt, der Schaden beläuft sich auf etwa 45.000 Euro.", True, [("duration", 4, "hour", "about"), ("money", 45000, "EUR", "about")], None),
    ("de", "Nach Polizeiangaben war der Mann erst seit sechs Wochen im Besitz seines Führerscheins.", True, [("duration", 6, "week", None)], None),
    ("de", "Die Polizei sucht Zeugen, die den silbernen Kleinwagen vor dem Unfall beobachtet haben.", False, [], None),
    # --- Tödlicher Absturz am Traunstein (APA), Samstag ---
    ("de", "Gmunden (APA) - Ein 52-jähriger Wanderer aus Wels ist am Samstag am Traunstein tödlich abgestürzt.", True, [("duration", 52, "year", None)], None),
    ("de", "Der Mann rutschte gegen 10 Uhr auf dem Naturfreundesteig aus und fiel rund 150 Meter durch eine felsdurchsetzte Rinne in die Tiefe, teilte die Polizei mit.", True, [("count", 150, None, "about")], "die Polizei"),
    ("de", "Seine 49-jährige Lebensgefährtin, die hinter ihm ging, setzte den Notruf ab.", True, [("duration", 49, "year", None)], None),
    ("de", "Der Notarzt des Rettungshubschraubers konnte nur noch den Tod des Mannes feststellen.", True, [], None),
    ("de", "Es ist der 23. tödliche Alpinunfall in Oberösterreich seit Jahresbeginn, im Vorjahr waren es im selben Zeitraum 17.", True, [("ordinal", 23, None, None), ("count", 17, None, None)], None),
    ("de", "„Der Steig verlangt absolute Trittsicherheit, gerade nach Regen“, sagte ein Alpinpolizist.", False, [], None),
    ("de", "Die Bergrettung warnt davor, nach Regenfällen ausgesetzte Steige zu unterschätzen.", False, [], None),
    # --- Tankstellenüberfall in Winterthur (Keystone-SDA), Samstag ---
    ("de", "Winterthur ZH (Keystone-SDA) - Ein maskierter Mann hat am Freitagabend in Winterthur einen Tankstellenshop überfallen und mehrere tausend Franken erbeutet.", True, [], None),
    ("de", "Der Täter bedrohte die 24-jährige Angestellte kurz vor Ladenschluss mit einer Pistole, wie die Stadtpolizei Winterthur am Samstag mitteilte.", True, [("duration", 24, "year", None)], "die Stadtpolizei Winterthur"),
    ("de", "Er flüchtete zu Fuss in Richtung Bahnhof, eine sofort eingeleitete Fahndung mit mehreren Patrouillen blieb bisher ohne Erfolg.", True, [], None),
    ("de", "Der Gesuchte ist etwa Mitte 40, rund 1,85 Meter gross und sprach Schweizerdeutsch.", True, [("count", 1.85, None, "about")], None),
    ("de", "Es ist bereits der zweite Überfall auf eine Tankstelle in Winterthur innerhalb von drei Wochen.", True, [("ordinal", 2, None, None), ("duration", 3, "week", None)], None),
    ("de", "Wer Hinweise zum Täter geben kann, soll sich bei der Stadtpolizei Winterthur melden.", False, [], None),
    # --- Man with dementia found near Wymondham (PA), Saturday ---
    ("en", "NORWICH (PA) - An 81-year-old man with dementia who had been missing for almost 30 hours was found safe in a field near Wymondham on Saturday, Norfolk Police said.", True, [("duration", 81, "year", None), ("duration", 30, "hour", "nearly")], "Norfolk Police"),
    ("en", "He was spotted by the force's drone unit using a thermal imaging camera at about 2.30am, around 2 miles from his home.", True, [("count", 2, None, "about")], None),
    ("en", "Specialist search teams, a police dog and volunteers from Norfolk Lowland Search and Rescue had combed woodland and farmland through the night.", True, [], None),
    ("en", "Superintendent Helen Marchbank said more than 70 people had taken part in the search at its peak.", True, [("count", 70, None, "over")], "Helen Marchbank"),
    ("en", "The man had left his home in Hethersett on foot late on Thursday evening while his wife was asleep, a police spokeswoman said.", True, [], None),
    ("en", "\"We're so grateful to everyone who came out in the middle of the night to look for Dad,\" his son said.", False, [], None),
    ("en", "Police thanked members of the public who had shared the appeal on social media.", False, [], None),
    # --- Two-alarm fire in Phoenix (AP), Saturday ---
    ("en", "PHOENIX (AP) — A two-alarm fire tore through a vacant apartment complex in central Phoenix early Saturday, sending up a column of smoke visible across the city.", True, [("count", 2, None, None)], None),
    ("en", "About 85 firefighters battled the blaze, which destroyed 16 units and caused an estimated $1.8 million in damage, fire officials said.", True, [("count", 85, None, "about"), ("count", 16, None, None), ("money", 1800000, "USD", "about")], None),
    ("en", "Two firefighters were treated for heat exhaustion as the temperature hovered around 94 degrees before dawn.", True, [("count", 2, None, None), ("count", 94, None, "about")], None),
    ("en", "No residents were hurt because the building had been boarded up since March, Capt. Rosa Delgado-Maez said.", True, [], None),
    ("en", "Investigators believe people may have been squatting in the building, and the cause is under investigation.", True, [], None),
    ("en", "It was the fourth fire at the complex this year.", True, [("ordinal", 4, None, None)], None),
    ("en", "City records show the owner had been cited twice for failing to secure the property.", True, [("count", 2, None, None)], None),
    ("en", "\"This place has been a problem for the neighborhood for years,\" a neighbor said.", False, [], None),
    # --- Family cut off by the tide at Holy Island (PA), Saturday ---
    ("en", "BERWICK (PA) - Five members of a family, including three children, were rescued by a lifeboat crew after being cut off by the tide on the causeway to Holy Island on Saturday.", True, [("count", 5, None, None), ("count", 3, None, None)], None),
    ("en", "HM Coastguard said the family's car had become stranded in rising water on the causeway at around 5pm.", True, [], "HM Coastguard"),
    ("en", "The family, aged between 6 and 43, climbed on to the roof of the car and waited about 40 minutes before the Seahouses RNLI lifeboat reached them.", True, [("duration", 6, "year", None), ("duration", 43, "year", None), ("duration", 40, "minute", "about")], None),
    ("en", "Nobody needed hospital treatment.", True, [], None),
    ("en", "It was the 11th time this year that a vehicle had been caught by the tide on the causeway, the coastguard said.", True, [("ordinal", 11, None, None)], None),
    ("en", "\"The tide comes in faster than people think, and the safe crossing times are there for a reason,\" a coastguard spokesman said.", False, [], None),
    ("en", "Drivers are urged to check the published safe crossing times before setting out.", False, [], None),
    # --- Verfolgungsjagd auf der A 8 (dpa/lby), Sonntag ---
    ("de", "Rosenheim (dpa/lby) - Nach einer Verfolgungsjagd über rund 25 Kilometer hat die Polizei in Oberbayern einen 17-Jährigen ohne Führerschein gestoppt.", True, [("count", 25, None, "about"), ("duration", 17, "year", None)], None),
    ("de", "Der Jugendliche war einer Streife in der Nacht zum Sonntag in Bad Aibling aufgefallen, weil er in Schlangenlinien fuhr.", True, [], None),
    ("de", "Statt anzuhalten, gab er Gas und raste mit bis zu 160 km/h über die A 8 in Richtung Salzburg, teilte das Polizeipräsidium Oberbayern Süd mit.", True, [("count", 160, None, "up_to")], "das Polizeipräsidium Oberbayern Süd"),
    ("de", "Erst eine Straßensperre bei Neubeuern stoppte den Wagen, in dem noch zwei 16 Jahre alte Freunde des Fahrers saßen.", True, [("count", 2, None, None), ("duration", 16, "year", None)], None),
    ("de", "Gegen den 17-Jährigen wird unter anderem wegen eines verbotenen Kraftfahrzeugrennens ermittelt.", True, [("duration", 17, "year", None)], None),
    ("de", "„Dass dabei niemand zu Schaden gekommen ist, grenzt an ein Wunder“, sagte ein Polizeisprecher.", False, [], None),
    ("de", "Die Polizei appelliert an Eltern, ihre Autoschlüssel zu Hause nicht offen herumliegen zu lassen.", False, [], None),
    # --- Dachstuhlbrand in Simmering (APA), Sonntag ---
    ("de", "Wien (APA) - Bei einem Dachstuhlbrand in einem Wohnhaus in Wien-Simmering sind am Sonntagnachmittag rund 40 Bewohner in Sicherheit gebracht worden.", True, [("count", 40, None, "about")], None),
    ("de", "Die Berufsfeuerwehr Wien war mit 22 Fahrzeugen und rund 95 Einsatzkräften vor Ort, teilte ein Sprecher mit.", True, [("count", 22, None, None), ("count", 95, None, "about")], None),
    ("de", "Die Flammen hatten sich auf einer Fläche von etwa 400 Quadratmetern im Dachgeschoß ausgebreitet, zwei Dachgeschoßwohnungen brannten vollständig aus.", True, [("count", 400, None, "about"), ("count", 2, None, None)], None),
    ("de", "Eine 71-jährige Bewohnerin wurde mit einer Rauchgasvergiftung von der Berufsrettung ins Spital gebracht.", True, [("duration", 71, "year", None)], None),
    ("de", "Nach ersten Erkenntnissen dürften Arbeiten mit einem Gasbrenner bei der Sanierung des Daches das Feuer ausgelöst haben.", True, [], None),
    ("de", "Die Löscharbeiten dauerten mehr als drei Stunden, der Schaden dürfte im sechsstelligen Bereich liegen.", True, [("duration", 3, "hour", "over")], None),
    ("de", "„Es war wirklich beängstigend, der ganze Himmel war schwarz“, sagte eine Anrainerin.", False, [], None),
    ("de", "Wie viele Wohnungen wieder bezogen werden können, war am Abend noch unklar.", False, [], None),
    # --- Alpinistin am Lagginhorn tödlich verunglückt (Keystone-SDA), Sonntag ---
    ("de", "Saas-Grund VS (Keystone-SDA) - Am Lagginhorn ist am Sonntag eine 34-jährige Alpinistin aus Deutschland tödlich verunglückt.", True, [("duration", 34, "year", None)], None),
    ("de", "Sie war mit zwei Begleitern auf rund 3600 Metern über Meer unterwegs, als sie am Grat den Halt verlor und etwa 250 Meter tief stürzte, wie die Kantonspolizei Wallis mitteilte.", True, [("count", 2, None, None), ("count", 3600, None, "about"), ("count", 250, None, "about")], "die Kantonspolizei Wallis"),
    ("de", "Die beiden Begleiter, ein 36-jähriger Deutscher und ein 31-jähriger Schweizer, blieben unverletzt und wurden von der Air Zermatt ins Tal geflogen.", True, [("duration", 36, "year", None), ("duration", 31, "year", None)], None),
    ("de", "Für die Bergung benötigten die Retter knapp drei Stunden, hiess es bei der Kantonspolizei.", True, [("duration", 3, "hour", "nearly")], None),
    ("de", "Die Walliser Staatsanwaltschaft leitete eine Untersuchung zum Unfallhergang ein.", True, [], None),
    ("de", "Seit Anfang Juli sind in den Walliser Alpen damit 19 Menschen bei Bergunfällen ums Leben gekommen.", True, [("count", 19, None, None)], None),
    ("de", "«Es ist ein tragisches Unglück, das uns alle sprachlos macht», sagte der Gemeindepräsident von Saas-Grund.", False, [], None),
    ("de", "Die Kantonspolizei rät, Hochtouren nur mit ausreichender Erfahrung oder mit einem Bergführer zu unternehmen.", False, [], None),
    # --- Search for kayaker on Lake Michigan suspended (AP), Sunday ---
    ("en", "MILWAUKEE (AP) — The Coast Guard suspended its search Sunday for a 29-year-old kayaker who went missing on Lake Michigan, after crews spent 38 hours covering more than 600 square miles of water.", True, [("duration", 29, "year", None), ("duration", 38, "hour", None), ("count", 600, None, "over")], None),
    ("en", "The man launched from a beach in South Milwaukee on Friday afternoon and was reported overdue by a friend that evening, the Coast Guard said.", True, [], "the Coast Guard"),
    ("en", "His kayak was found overturned about 3 miles offshore on Saturday morning.", True, [("count", 3, None, "about")], None),
    ("en", "Two helicopters, three boats and a plane took part in the search, along with crews from the Milwaukee Fire Department.", True, [("count", 2, None, None), ("count", 3, None, None)], None),
    ("en", "Waves on the lake reached 6 feet on Friday, according to forecasters.", True, [("count", 6, None, None)], None),
    ("en", "\"Suspending a search is one of the hardest decisions we make,\" Cmdr. Alan Voigt said.", False, [], None),
    ("en", "Voigt said the man had not been wearing a life jacket, which was found inside the kayak.", True, [], "Voigt"),
    ("en", "Our thoughts are with his family and friends at this difficult time, the Coast Guard said in a statement.", False, [], None),
    # --- Car key burglaries in Bristol (PA), Sunday ---
    ("en", "BRISTOL (PA) - Police have arrested two men over a series of 14 burglaries in which thieves went after the keys of high-value cars in south Bristol.", True, [("count", 2, None, None), ("count", 14, None, None)], None),
    ("en", "Officers detained the men, aged 31 and 38, during raids at two addresses in Bedminster early on Sunday, the force said.", True, [("duration", 31, "year", None), ("duration", 38, "year", None), ("count", 2, None, None)], None),
    ("en", "Cars worth a total of about £410,000 were stolen between June and August, and nine of them have since been recovered.", True, [("money", 410000, "GBP", "about"), ("count", 9, None, None)], None),
    ("en", "Officers also seized a relay device used to unlock cars without a key and about £6,500 in cash.", True, [("money", 6500, "GBP", "about")], None),
    ("en", "Detective Sergeant Priya Chaudhary said the operation had been planned for more than six weeks.", True, [("duration", 6, "week", "over")], "Priya Chaudhary"),
    ("en", "Both men have been charged with conspiracy to burgle and will appear before Bristol Magistrates' Court on 5 October.", True, [("date", "--10-05", None, None)], None),
    ("en", "\"This should send a clear message to anyone who thinks they can make a living from other people's driveways,\" Chaudhary said.", False, [], None),
    ("en", "Police advised owners to keep car keys well away from the front door and to use steering locks.", False, [], None),
    # --- Straw bales destroyed near Leominster (PA), Sunday ---
    ("en", "HEREFORD (PA) - Around 1,200 bales of straw were destroyed in a fire at a farm near Leominster that kept firefighters at the scene for more than 15 hours.", True, [("count", 1200, None, "about"), ("duration", 15, "hour", "over")], None),
    ("en", "Ten engines and a water carrier were sent to the blaze after it was reported at about 7pm on Saturday, the fire service said.", True, [("count", 10, None, None)], None),
    ("en", "Crews protected a neighbouring barn housing around 200 cattle, and no animals were harmed.", True, [("count", 200, None, "about")], None),
    ("en", "The farmer put the value of the straw and a destroyed tractor at about £95,000.", True, [("money", 95000, "GBP", "about")], None),
    ("en", "The fire is being treated as deliberate, West Mercia Police said.", True, [], "West Mercia Police"),
    ("en", "It is the second suspected arson attack on a farm in the county in a fortnight.", True, [("ordinal", 2, None, None)], None),
    ("en", "\"It's devastating, that was our bedding for the whole winter,\" the farmer said.", False, [], None),
    ("en", "\"You could see the glow from the other side of the valley,\" a neighbour said.", False, [], None),
    # --- Vermisster Junge in Bad Zwischenahn gefunden (dpa/lni), Montag ---
    ("de", "Bad Zwischenahn (dpa/lni) - Ein seit Sonntagnachmittag vermisster achtjähriger Junge aus Bad Zwischenahn ist nach einer nächtlichen Suche wohlbehalten gefunden worden.", True, [("duration", 8, "year", None)], None),
    ("de", "Ein Spürhund entdeckte das Kind am Montagmorgen gegen 5.40 Uhr schlafend in einem Gartenhaus rund einen Kilometer von seinem Elternhaus entfernt, sagte ein Polizeisprecher in Oldenburg.", True, [("count", 1, None, "about")], None),
    ("de", "An der Suche hatten sich mehr als 200 Einsatzkräfte von Polizei, Feuerwehr und DLRG sowie zahlreiche Freiwillige beteiligt.", True, [("count", 200, None, "over")], None),
    ("de", "Auch ein Hubschrauber mit Wärmebildkamera und drei Drohnen waren im Einsatz.", True, [("count", 3, None, None)], None),
    ("de", "Der Junge war nach einem Streit mit seiner älteren Schwester mit dem Fahrrad weggefahren.", True, [], None),
    ("de", "„Wir sind unendlich dankbar“, sagte die Mutter dem NDR.", False, [], None),
    ("de", "Die Polizei appellierte an Eltern, mit ihren Kindern feste Treffpunkte für den Notfall zu vereinbaren.", False, [], None),
    # --- Wochenendbilanz der Verkehrskontrollen in Niederösterreich (APA), Montag ---
    ("de", "St. Pölten (APA) - Bei Schwerpunktkontrollen in Niederösterreich sind am Wochenende 58 alkoholisierte Lenker aus dem Verkehr gezogen worden.", True, [("count", 58, None, None)], None),
    ("de", "Insgesamt wurden 4.120 Alkotests durchgeführt, teilte die Landespolizeidirektion Niederösterreich am Montag mit.", True, [("count", 4120, None, None)], "die Landespolizeidirektion Niederösterreich"),
    ("de", "Knapp die Hälfte der Betroffenen hatte mehr als 0,8 Promille, in 21 Fällen wurde der Führerschein vorläufig abgenommen.", True, [("fraction", 0.5, None, "nearly"), ("count", 0.8, None, "over"), ("count", 21, None, None)], None),
    ("de", "Den höchsten Wert wies ein 44-jähriger Lenker im Bezirk Mödling mit 2,36 Promille auf.", True, [("duration", 44, "year", None), ("count", 2.36, None, None)], None),
    ("de", "Zudem wurden 1.870 Geschwindigkeitsübertretungen registriert, ein Motorradlenker war auf der B 17 mit 138 statt der erlaubten 70 km/h unterwegs.", True, [("count", 1870, None, None), ("count", 138, None, None), ("count", 70, None, None)], None),
    ("de", "Auf Niederösterreichs Straßen starben am Wochenende drei Menschen, damit stieg die Zahl der Verkehrstoten seit Jahresbeginn auf 71.", True, [("count", 3, None, None), ("count", 71, None, None)], None),
    ("de", "Oberst Günther Pfeiffenberger sagte, mehr als ein Drittel der alkoholisierten Lenker sei jünger als 30 Jahre gewesen.", True, [("fraction", 0.3333, None, "over"), ("duration", 30, "year", "under")], "Günther Pfeiffenberger"),
    ("de", "„Betrunken zu fahren ist und bleibt unverantwortlich“, sagte Pfeiffenberger.", False, [], None),
    ("de", "Die Polizei kündigte an, die Schwerpunktkontrollen auch in den kommenden Wochen fortzusetzen.", True, [], None),
    # --- Festnahme nach Autobränden in Connewitz (dpa/sn), Montag ---
    ("de", "Leipzig (dpa/sn) - Nach einer Serie von Autobränden in Leipzig-Connewitz hat die Polizei einen 26 Jahre alten Tatverdächtigen festgenommen.", True, [("duration", 26, "year", None)], None),
    ("de", "Dem Mann werden nach Polizeiangaben neun Brandstiftungen seit Juli zur Last gelegt, bei denen 13 Autos und zwei Transporter ausbrannten.", True, [("count", 9, None, None), ("count", 13, None, None), ("count", 2, None, None)], None),
    ("de", "Der Schaden summiert sich nach einer Mitteilung der Polizeidirektion Leipzig auf mehr als 310.000 Euro.", True, [("money", 310000, "EUR", "over")], None),
    ("de", "Zivilfahnder hatten den Mann, der bereits im März 2025 wegen Sachbeschädigung verurteilt worden war, in der Nacht zu Montag in der Nähe eines brennenden Autos gestellt.", True, [("year", 2025, None, None)], None),
    ("de", "Ein Richter erließ Haftbefehl, der Mann sitzt in Untersuchungshaft.", True, [], None),
    ("de", "Ein politisches Motiv schließen die Ermittler nach derzeitigem Stand aus.", True, [], None),
    ("de", "Welches Motiv hinter den Taten steckt, ist Gegenstand der Ermittlungen.", False, [], None),
    ("de", "„Die Menschen hier im Viertel haben seit Wochen Angst um ihre Autos“, sagte eine Anwohnerin.", False, [], None),
    # --- Hit-and-run death of a cyclist in Atlanta (AP), Monday ---
    ("en", "ATLANTA (AP) — Police on Monday arrested a 42-year-old man in the hit-and-run death of a bicyclist on Atlanta's west side, a day after investigators found the damaged SUV at a body shop.", True, [("duration", 42, "year", None)], None),
    ("en", "The cyclist, 31-year-old Marcus Tolliver, was struck Saturday night on Ralph David Abernathy Boulevard and died at the scene.", True, [("duration", 31, "year", None)], None),
    ("en", "The driver did not stop, and surveillance video showed the SUV speeding away with a shattered windshield, according to the Atlanta Police Department.", True, [], "the Atlanta Police Department"),
    ("en", "He faces charges of first-degree vehicular homicide and leaving the scene of an accident, according to jail records.", True, [], None),
    ("en", "Tolliver was the 17th cyclist or pedestrian killed in the city this year.", True, [("ordinal", 17, None, None)], None),
    ("en", "\"He was riding home from work and should have made it home,\" his sister said.", False, [], None),
    ("en", "It was not immediately clear whether the man had an attorney who could comment.", False, [], None),
    # --- Fatal crash on the A96 (PA), Monday ---
    ("en", "INVERNESS (PA) - Police have arrested a 20-year-old man after a woman was killed in a two-car crash on the A96 near Nairn on Sunday evening.", True, [("duration", 20, "year", None), ("count", 2, None, None)], None),
    ("en", "The woman, aged 64, was a passenger in a Vauxhall Corsa which collided with a BMW at about 8.15pm, Police Scotland said.", True, [("duration", 64, "year", None)], "Police Scotland"),
    ("en", "Her husband, the 67-year-old driver of the Corsa, was taken to Raigmore Hospital in Inverness with serious injuries.", True, [("duration", 67, "year", None)], None),
    ("en", "The driver of the BMW and his two passengers, aged 19 and 21, were not seriously hurt.", True, [("count", 2, None, None), ("duration", 19, "year", None), ("duration", 21, "year", None)], None),
    ("en", "The road was closed for around nine hours while crash investigators examined the scene.", True, [("duration", 9, "hour", "about")], None),
    ("en", "The man is expected to appear at Inverness Sheriff Court on Tuesday.", True, [], None),
    ("en", "\"Our thoughts are with the woman's family and friends,\" Sergeant Fraser Kinnaird said.", False, [], None),
    ("en", "Police asked drivers who were on the A96 on Sunday evening and have dashcam footage to get in touch.", False, [], None),
    # --- Climbers rescued from Grand Teton (AP), Monday ---
    ("en", "JACKSON, Wyo. (AP) — Rangers rescued two climbers from Grand Teton on Monday after one of them fell about 40 feet and broke his ankle at roughly 12,000 feet, park officials said.", True, [("count", 2, None, None), ("count", 40, None, "about"), ("count", 12000, None, "about")], None),
    ("en", "The climbers, men aged 27 and 30 from Salt Lake City, called for help by satellite messenger shortly after 9 a.m.", True, [("duration", 27, "year", None), ("duration", 30, "year", None)], None),
    ("en", "A helicopter short-hauled the injured climber to a meadow below the peak, where he was handed to an ambulance crew, the park said in a statement.", True, [], None),
    ("en", "His partner was flown out about an hour later.", True, [], None),
    ("en", "The operation involved 11 rangers and lasted nearly seven hours.", True, [("count", 11, None, None), ("duration", 7, "hour", "nearly")], None),
    ("en", "It was the park's sixth major climbing rescue this summer.", True, [("ordinal", 6, None, None)], None),
    ("en", "\"The mountain doesn't care how fit you are,\" ranger Amy Halvorsen said.", False, [], None),
    # --- Post office robbery in Stockport (PA), Monday ---
    ("en", "STOCKPORT (PA) - Police have released an image of a man they want to trace after a post office in Stockport was robbed at knifepoint on Monday morning.", True, [], None),
    ("en", "The man threatened two members of staff and escaped with about £3,200 in cash, the force said.", True, [("count", 2, None, None), ("money", 3200, "GBP", "about")], None),
    ("en", "He is described as white, in his early 40s, 5ft 10in tall and of stocky build, and was wearing a grey hooded top.", True, [("count", 5, None, None), ("count", 10, None, None)], None),
    ("en", "Neither member of staff was physically hurt.", True, [], None),
    ("en", "Detective Constable Owen Prothero said the robbery had lasted less than a minute.", True, [], "Owen Prothero"),
    ("en", "\"Robberies like this leave staff badly shaken,\" Prothero said.", False, [], None),
    ("en", "Anyone who recognises the man is asked to call 101.", False, [], None),
]
