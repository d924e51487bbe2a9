"""Two-hundred-and-forty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
police chief, prosecutor or spokesperson is named: officers, spokespeople, prosecutors,
witnesses and suspects appear under made-up names that stand for no real holder (Nadine
Oberhäuser, Reto Gasser, Wolfgang Pichlbauer, Ulrich Haverkamp, Gernot Zauchner, Bernd
Tiefenthaler, Sandra Köhlmeier; Gareth Penhaligon, Liam Kerrigan, Priya Sandhu-Rowe,
Darnell Fuqua, Declan Moriarty-Byrne, Moira Balfour, Josée Tremblay-Gauthier, Tyrell
Banning, Owain Treharne) or by their role only ("ein Polizeisprecher", "eine Sprecherin
der Stadtpolizei", "der Leiter der Verkehrsdirektion", "der Aachener Polizeipräsident",
"ein Ermittler des Landeskriminalamts", "ein Zollsprecher", "eine Anwohnerin", "ein
Imbissbetreiber", "a DPS spokesman", "a police spokesperson", "a police spokeswoman", "a
union spokesperson", "a DEA special agent", "a shopper"). Real bodies, places and things
(Zollfahndungsamt Essen, A 3, Duisburg, Venlo, Ried im Innkreis, Polizeiinspektion Ried,
Kantonspolizei Aargau, A1, Oftringen, Polizeipräsidium Mittelfranken, Fürth, Hermannplatz,
Sonnenallee, Landespolizeidirektion Wien, Ottakring, Brigittenau, Thaliastraße, FPÖ,
Esslingen, Polizeipräsidium Reutlingen, LKA, Stadtpolizei Zürich, Bahnhofstrasse,
Sihlporte, Stauffacher, Burgdorf, Polizeidirektion Hannover, A 7, Landespolizeidirektion
Steiermark, Leibnitz, Gleisdorf, Offenbach, Hanau, Kantonspolizei Bern, Ostermundigen, A
40, Essen-Kray, Innsbruck, Bremerhaven, Hauptzollamt Bremen, Ecuador, Passau,
Bundespolizei, Bundespolizeidirektion München, Baden, St. Pölten, Aachen; Croydon,
Wellesley Road, the Metropolitan Police, the PA news agency, the Texas Department of Public
Safety, Interstate 45, Harris County, NSW Police, Wetherill Park, Parramatta Local Court,
the Australian Border Force, Greater Manchester Police, gardaí, Co Galway, the M6, Athlone,
Police Scotland, the A9, Aviemore, Inverness Sheriff Court, the Los Angeles County Sheriff's
Department, the 405 Freeway, the Port of Montreal, the Royal Canadian Mounted Police,
Cardiff, Penarth Road, South Wales Police, the Bronx, the Transport Workers Union, the Drug
Enforcement Administration, Westminster, Camden, the Met, Scotland Yard, and the makes of
cars) stand for the way wire copy names them; every crime, arrest, seizure, age, speed,
reading, damage, tally, time and quote here is invented, and where a real figure came to
mind it was changed (only legal limits and penalty ranges stand roughly as the rules have
them).

Its weight: POLICE REPORTS AND CRIME NEWS, third round (the eighty-first batch weighed police
reports, accidents and rescues, the hundred-fifty-second police, courts and crime on one
day, and the hundred-eighty-seventh crime statistics, and their decisions are kept) - one
weekend of police copy, Friday, March 20, to Monday, March 23, of one year, as 31 short
stories in story order, German first and English after, about 60 per cent German
(Polizeimeldungen from Germany, Austria and Switzerland: dpa with its slugs "dpa/lnw",
"dpa/lby", "dpa/bb", "dpa/lsw", "dpa/lni", "dpa/lhe", APA, Keystone-SDA, Reuters German;
Austrian "Alkomattest", "Lenker", "Probeführerschein", "Ortsgebiet", "Pensionistin",
"Jänner", "ersucht", "Raufhandel", "Suchtgift", "Justizanstalt", "Notruf 133", Swiss
"Führerausweis", "Velo", "Deliktsbetrag", "420'000 Franken", "äusserst", «» quotes, German
„“ quotes) and about 40 per cent English (PA, AP, AAP, Reuters): a cocaine lorry on the A 3,
a drunk driver in the Innviertel, a speeder on the A1, a burglary series in Nuremberg, a
stabbing at Hermannplatz, street dealers in Vienna, a shock call in Esslingen, a watch shop
robbery in Zurich, a cash machine blown up near Hanover, drink-driving checks in Styria, a
money-laundering raid in Hesse, bicycle thieves in Berne, a street race on the A 40, a
brawl in Innsbruck, cocaine among bananas in Bremerhaven, a smuggler's van near Passau,
false police officers in Lower Austria and football violence in Aachen; a stabbing in
Croydon, a chase in Houston, methamphetamine in Sydney, county lines raids in Manchester, a
house party shooting in Chicago, drink-driving over the St Patrick's weekend, a speeder on
the A9, a smash-and-grab near Los Angeles, stolen cars at the Port of Montreal, a hit-and-run
in Cardiff, a transit worker assaulted in the Bronx, fentanyl pills in Phoenix and phone
snatchers in central London. Figures as such copy has them: suspects' ages ("ein stark
alkoholisierter 27-Jähriger", "Der 34-jährige Fahrer und sein 41 Jahre alter Beifahrer",
"im Alter von 19, 22 und 27 Jahren", "im Alter von 17 bis 39 Jahren", "21 und 24 Jahre
alt", "etwa 25 Jahre alt", "erst vier Jahre alt", "aged 15 and 17", "a learner driver,
23,", "ages 31 and 36", "the youngest aged 14", "aged under 18"), damage and loot in euros,
francs, dollars, Australian and Canadian dollars and pounds, clock times ("gegen 1.30 Uhr",
"gegen 3.40 Uhr", "gegen 4 Uhr früh", "at 4.12pm", "shortly after 1 a.m.", "between 7am and
11am"), blood and breath alcohol ("2,1 Promille", "mehr als 1,6 Promille", "0.19%, more
than twice the state's legal limit of 0.08%", "more than three times over the legal limit",
"68 microgrammes per 100 millilitres, almost double the drink-drive limit of 35"), speeds
("mit 192 km/h ..., auf einem Abschnitt mit Tempo 120", "65 km/h zu schnell", "mit 104
statt der erlaubten 50 km/h", "mehr als doppelt so schnell wie erlaubt", "Tempo 210", "at
118mph ..., where the limit is 60mph", "at 142km/h where the limit is 100km/h", "at speeds
of up to 120 mph"), drugs by weight ("48 Kilogramm Kokain", "40 Päckchen zu je 1,2 Kilo",
"rund zwölf Kilo Cannabis, 1,4 Kilo Kokain", "780 Kilogramm", "knapp 4,3 Tonnen", "320
kilograms", "4 kilos of cocaine", "about 3 pounds of methamphetamine", "9 kilograms of
fentanyl powder"), number words and compounds ("eine zwölfköpfige Sonderkommission",
"einwöchigen", "sechsmonatigen", "zweistündigen", "zweimal", "a 45-minute chase", "a
two-week crackdown"), ordinals ("nach dem zehnten Einbruch", "die sechste Sprengung", "der
dritte Überfall", "der zweitgrößte Kokainfund", "the 11th teenager", "the fourth shooting",
"the third fatal collision"), shares ("Etwa ein Drittel", "etwa jeder zwanzigste", "Almost a
third", "one in nine", "Nearly half"), hedges and ranges. Negatives as such copy has them:
appeals for witnesses and service lines, advice from the police, the presumption of
innocence, officers' and officials' verdicts and rhetoric, quotes of shock and grief, a
condolence, residents' and bystanders' fear and colour, hopes and open questions - two of
them carrying a figure, labelled.

244 rows (147 German, 97 English), 56 negatives (34 German, 22 English), 188 check-worthy
rows of which 38 carry no figure (28 German, 10 English), 246 expected quantities (129
counts, 73 durations - 57 in years, 5 in minutes, 5 in hours, 4 in weeks, 1 in months, 1 in
seconds -, 19 amounts of money - 12 EUR, 3 USD, 1 CHF, 1 AUD, 1 GBP, 1 CAD -, 9 ordinals, 6
years, 5 fractions, 3 percentages - all in % -, 2 dates; 2 of them in two negatives, as the
seventeenth batch labels a figure in a negative), 41 checked speakers (21 German, 20
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  verdict, feeling, warning or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-fifty-second,
  hundred-eighty-seventh); a reported fact or figure is check-worthy with its speaker. The
  pairs from one speaker: Oberhäuser's surveillance from Venlo beside her „Volltreffer“;
  Gasser's 14 Raserdelikte beside «schlicht lebensgefährlich»; Pichlbauer's flat in the
  Thaliastraße beside „Der Handel verlagert sich, ...“; Haverkamp's explosives beside „Die
  Täter nehmen Tote ... in Kauf“; Tiefenthaler's two years of inquiries beside „einer
  hochprofessionellen Struktur das Rückgrat gebrochen“; Kerrigan's six weeks and 16
  compartments beside "This is poison ..."; Sandhu-Rowe's nine charged beside "These gangs
  see children as disposable, ..."; Moriarty-Byrne's one in nine beside "There is no safe
  amount ..."; Balfour's 31 drivers beside "The A9 is not a racetrack, ..."; Tremblay-
  Gauthier's three minutes beside "These are not joyriders, ..."; Treharne's 24 hours beside
  "If you're on your phone near the kerb, ...". Konjunktiv I paraphrases of a fact are
  check-worthy with the speaker their own attribution gives ("..., sagte Chefinspektor
  Wolfgang Pichlbauer.", "Oberhäuser sagte, die Fahnder hätten ...", "Haverkamp sagte, die
  Banden arbeiteten ..."; hundred-fifty-second), and unchecked where the attribution is a
  role or "hieß es" ("Der Lokalbetreiber sagte, ...", "..., hieß es seitens der Polizei.";
  two-hundred-fourth: "hieß es" unchecked).
- Appeals for witnesses and service lines are negatives, as the eighty-first and
  hundred-fifty-second batches settle them: "Die Polizeiinspektion Ried ersucht Augenzeugen
  ... um Hinweise.", "Zeugen, die ... gefilmt haben, sollen sich bei der Mordkommission
  melden.", "Die Polizei bittet weitere Geschädigte, ...", "Wer am Donnerstagnachmittag ...
  gesehen hat, soll sich ... melden.", "Personen, die Angaben ... machen können, werden
  gebeten, ...", "Hinweise nimmt die Polizeidirektion rund um die Uhr entgegen." ("rund um
  die Uhr" none, twenty-seventh), "Wer sein Velo als gestohlen gemeldet hat, kann ...
  einsehen.", "Wer Handyvideos ... hat, kann sie ... hochladen.", "Die Polizei ersucht, ...
  den Notruf 133 zu wählen." (the emergency number none, eighty-first: "101", "999"),
  "Anyone with information or footage is asked to call 101, quoting CAD 4471." (the log
  number none, eighty-first), "Police asked anyone with video ...", "Sheriff's officials
  asked anyone who filmed ...", "Officers are appealing for anyone with dashcam footage ...",
  "Gardaí appealed to motorists ..."; so is advice („Kein echter Polizist ...“, rät die
  Polizei; «Schliessen Sie Ihr Velo ...», rät die Kantonspolizei; "Police urged parents ...";
  "Police advised owners ..."). The description of a wanted suspect stays check-worthy
  (eighty-first: "Nach Angaben der Polizei ist der Gesuchte etwa 1,80 Meter groß ..."): "Der
  Abholer soll etwa 25 Jahre alt und rund 1,75 Meter groß sein ..., teilte das
  Polizeipräsidium Reutlingen mit." 25 years "about" and count 1.75 "about", and so does a
  search under way ("A third suspect, ..., is being sought." ordinal 3; hundred-nineteenth:
  a manhunt launched). New: "Deputies have released surveillance images of four men they
  want to identify." is check-worthy with count 4 - the release is a step of record with a
  figure, not a request to the public; the request itself ("asked anyone who filmed ...")
  stays the negative.
- Check-worthy without a figure, as facts of record in police copy (fifty-eighth,
  eighty-first, hundred-fifty-second): custody and silence ("Beide Männer sitzen in
  Untersuchungshaft ..." - "Beide" none), an arrest at a clock time, a licence taken, a car
  seized, the suspect's condition, a Mordkommission taking over, the modus operandi of a
  shock call and of false police officers, the pick-up at a clock time, "Verletzt wurde
  niemand.", "Festnahmen gab es bislang keine.", "No one else was hurt.", "No one was in
  custody Sunday evening.", the getaway routes, the cause of a brawl "nach ersten
  Erkenntnissen", the charge announced ("Alle Beteiligten werden wegen Raufhandels
  angezeigt."), the police announcing further checks (an announced step,
  hundred-eighty-seventh), the FPÖ's demand for a named measure (a Waffenverbotszone;
  hundred-eighty-seventh: a demand naming its measure), court dates and custody in English
  ("will appear in Parramatta Local Court on Monday", "is due to appear at Inverness Sheriff
  Court at a later date", "He remains in custody on suspicion of ..."), "Each of the men
  faces a maximum penalty of life imprisonment if convicted." ("life" and "Each" none,
  hundred-fifty-second), lab results and the plan to keep patrols ("Scotland Yard plans to
  keep ..."). New: "Der Verein verurteilte die Gewalt und kündigte Stadionverbote für alle
  ermittelten Täter an." is check-worthy - the condemnation alone would be a label
  (two-hundred-fourth), but the row also announces a step, and an announced step is
  check-worthy (two-hundred-fourth). New: "Der Sachschaden ... wird auf mindestens 200.000
  Euro geschätzt, ob die Täter Geld erbeuteten, ist noch unklar." is check-worthy with its
  figure - the open question is a clause beside an estimate of record, not the frame of the
  figure as in "Whether the army can reach its target of 74,500 ... remains unclear."
  (a negative in the two-hundred-sixteenth batch); an open question alone stays a negative ("Ob die beiden
  sich ... verabredet hatten, ist noch unklar.", "Wer hinter der Lieferung steckt, ist
  bislang unklar.", "Ob auch Angestellte ... eingeweiht waren, ...", "It was not immediately
  clear whether Banning had a lawyer."; eighty-first).
- Negatives besides the appeals: "Es gilt die Unschuldsvermutung." and "Für alle
  Beschuldigten gilt die Unschuldsvermutung." (fifty-fifth), officers' verdicts and warnings
  in quotes (Oberhäuser, a Polizeisprecher's „spielt mit dem Leben anderer“, Gasser, a
  Stadtpolizei spokeswoman, Haverkamp, Zauchner's reading of the figures, Tiefenthaler, the
  head of the traffic directorate, the Aachen police chief, a customs spokesman's generic
  „Die Kartelle probieren ständig neue Routen ... aus“ and a Bundespolizei spokesman's
  „Das hätte ... tödlich enden können“ - a generic claim and a conditional fear,
  hundred-fifty-second -, an LKA investigator's „psychologisch bestens geschult“, a DPS
  spokesman, Penhaligon, Kerrigan, Sandhu-Rowe, Moriarty-Byrne, Balfour, Tremblay-Gauthier,
  a DEA agent, Treharne), a condolence ("Our thoughts are with his wife and children ...";
  hundred-fifty-second), fear and colour from residents and bystanders („Wir haben jede
  Nacht Angst gehabt, ...“, „Hier passiert fast jedes Wochenende etwas, ...“, the daughter's
  „Ich habe meiner Mutter so oft gesagt, ...“, "He was just a kid ...", "It was pure chaos,
  ...", a union spokesperson's "Nobody should have to go to work wondering ..."), a hope
  ("Die Fahnder hoffen nun auf Hinweise ..."), the bar owner's „So eine Gewalt habe ich in
  30 Jahren Nachtgastronomie nicht erlebt“ with its 30 years labelled and a pastor's "...
  now six families are sitting in hospital waiting rooms" with its count 6 labelled
  (seventeenth, hundred-fifty-second: the kiosk owner's 20 years).
- Ages are durations in years (every batch): compounds ("ein stark alkoholisierter
  27-Jähriger", "Der 34-jährige Fahrer", "des 22-Jährigen", "ein 19-Jähriger", "ein
  23-jähriger Einheimischer", "ein 38-jähriger Moldauer", "Eine 79-jährige Pensionistin",
  "Ein 19-jähriger Probeführerscheinbesitzer", "bei einem 52-Jährigen", "a 16-year-old boy",
  "the 29-year-old driver", "a 19-year-old and a 17-year-old", "26-year-old Tyrell
  Banning"), "41 Jahre alter", "ein 24 Jahre alter Mann", "Eine 86 Jahre alte Frau", "im
  Alter von 19, 22 und 27 Jahren", "im Alter von 17 bis 39 Jahren", "im Alter zwischen 26
  und 58 Jahren" and "im Alter von 20 bis 34 Jahren" (the unit written once, forty-sixth;
  "zwischen" no hedge, eighty-first), "Die beiden Fahrer, 21 und 24 Jahre alt," ("beiden"
  none), "etwa 25 Jahre alt" "about", "das jüngste war ... erst vier Jahre alt" 4 years
  ("erst" no hedge, a superlative none; hundred-fifty-second), "aged 15 and 17", "aged 28,
  35 and 52", "aged 15 to 42", "aged between 21 and 47" (no hedge), "both aged 19", "the
  youngest aged 14", "a learner driver, 23," (an age in apposition, sixty-third), "Two men,
  ages 31 and 36," ("ages" read as "aged", eighty-first), "aged under 18" 18 years "under"
  (fifty-fifth: "aged under 25"). "in his late teens" none (fifty-fifth: "in his 50s").
- Blood and breath alcohol, speeds and limits (eighty-first, hundred-fifty-second):
  "2,1 Promille", "2,6 Promille" and "mehr als 1,6 Promille" ("over") are counts; "a blood
  alcohol level of 0.19%" and "legal limit of 0.08%" percentages as written; "more than
  twice the state's legal limit" count 2 "over" and "more than three times over the legal
  limit" count 3 "over" (multiples of a limit in "times", eighty-first); "68 microgrammes per
  100 millilitres" counts 68 and 100 and "the drink-drive limit of 35" count 35
  (eighty-first). "almost double the drink-drive limit" is count 2 "nearly" (hundred-
  sixteenth: "fast doppelt so viel" 2 "nearly"), "doppelt so viele wie in der
  Vorjahresperiode" count 2 with no hedge and "mehr als doppelt so schnell wie erlaubt"
  count 2 "over" (hundred-eighty-seventh: "etwa doppelt so hoch" 2 "about"); "roughly
  doubled" a verb and no count (hundred-forty-eighth). Speeds are counts ("mit 192 km/h",
  "65 km/h zu schnell" - the excess as written -, "mit 104 statt der erlaubten 50 km/h",
  "at 118mph ..., where the limit is 60mph", "at 142km/h where the limit is 100km/h", "at
  speeds of up to 120 mph" "up_to", "at more than 90mph" "over"); "Tempo 120" and "mit
  Tempo 210" are counts 120 and 210 (forty-eighth: "mit Tempo 230"); "mehr als 500 PS" count
  500 "over" (a physical measure, fourth).
- Drugs and other physical measures are counts (fourth, eighty-first,
  hundred-fifty-second): "48 Kilogramm Kokain", "780 Kilogramm", "knapp 4,3 Tonnen Kokain"
  4.3 "nearly", "320 kilograms", "9 kilograms", "about 1.1 million fentanyl pills"
  1,100,000 "about", "about 3 pounds of methamphetamine" count 3 "about" - a weight, not
  pounds sterling (seventy-ninth: "pounds of ground beef") -, "über rund 15 Kilometer",
  "rund 1,75 Meter groß" 1.75 "about", "about 800 metres away". New: the short forms "Kilo"
  and "kilos" are counts as "Kilogramm" and "kilograms" are: "40 Päckchen zu je 1,2 Kilo"
  counts 40 and 1.2 ("je" no hedge, hundred-sixty-second), "rund zwölf Kilo Cannabis, 1,4
  Kilo Kokain und knapp 300 Ecstasy-Tabletten" 12 "about", 1.4 and 300 "nearly" (each hedge
  on its own figure, hundred-fifty-second), "4 kilos of cocaine" 4.
- Counts (every batch): definite groups and subsets ("Zwei von ihnen", "Zwölf von ihnen",
  "63 von ihnen ..., 29", "gegen vier von ihnen", "Zwei der verletzten Beamten", "zwei der
  drei Männer" 2 and 3, "Gegen sieben der Festgenommenen", "in neun davon", "two of the
  robbers", "nine of those arrested"; forty-first, hundred-fifty-second), "the two
  boroughs", "The driver's two passengers" and "two groups of guests" 2 (ninth: "The two
  countries"), "zweimal" 2, "four times since 2023" 4 (the issue's "viermal"), "eine
  zwölfköpfige Sonderkommission" 12 (hundred-seventy-seventh: "einer fünfköpfigen
  Familie"), "für höchstens neun Personen" 9 "at_most" (first batch: "höchstens"), "rund 350
  Einsatzkräfte", "Mehr als 600 Einsatzkräfte", "mit zwölf Streifen", "1.240 Lenkerinnen und
  Lenker", "412 Geschwindigkeitsübertretungen", "mehr als 940 Fahrzeuge", "212 mutmaßliche
  Schleuser", "More than 3,900 breath tests", "214 motorists ..., up from 187", "to 41",
  "at least 30 shell casings from two different weapons", "310 handsets", "112 pickup
  trucks", "16 sealed compartments". New: "the fourth shooting with four or more victims"
  is ordinal 4 and count 4 "at_least" - "or more" after a figure bounds it from below as
  "and over" does (hundred-eighty-seventh: "aged 16 and over" "at_least"). New: "von
  Beamten einer Einsatzhundertschaft" carries none - "hundert" inside the name of a police
  unit is no figure; units are counted only by a figure of their own (hundred-eighteenth:
  "30 Hundertschaften" count 30). None: "einem lauten Knall", "einem Gürtel", "Einer der
  Täter", "Die beiden anderen", "einer ist vorerst dienstunfähig", "Hunderte von Akkus",
  "mehreren hunderttausend Franken" (fifty-eighth), "Alle Beteiligten", "a zombie knife",
  "an air ambulance crew", "Each of the men", "each pill", "Every single pill", "A 3", "A
  7", "A1", "A 40", "A9", "M6", "Interstate 45", "the 405 Freeway" (road identifiers,
  thirty-eighth), "CAD 4471", "101", "133".
- Ordinals and fractions: "nach dem zehnten Einbruch" 10, "die sechste Sprengung" 6, "der
  dritte Überfall" 3, "der zweitgrößte Kokainfund" 2 (the issue's "die drittgrößte Stadt"),
  "A third suspect" 3, "the 11th teenager" 11, "the second smash-and-grab robbery" 2, "the
  third fatal collision" 3; "the largest in the state since 2022" and "den höchsten Wert"
  none (a superlative, hundred-fifty-second). "Etwa ein Drittel" 0.3333 "about", "Almost a
  third" 0.3333 "nearly", "Nearly half" 0.5 "nearly", "etwa jeder zwanzigste kontrollierte
  Lenker" 0.05 "about" (hundred-seventy-eighth: "about one in 20 services" 0.05), "one in
  nine" 0.1111 (four places, hundred-eighty-seventh: a seventh 0.1429).
- Durations (the issue: "fünfstündigen", "zehn Minuten"; every batch): "rund 40 Minuten
  später" and "about 40 minutes later" "about", "zwei Stunden später", "two hours later",
  "about three hours later" "about", "nach weniger als zwei Minuten" 2 minutes "under" and
  "less than 90 seconds" 90 seconds "under" (eighty-first: "for less than 90 seconds"),
  "in under three minutes" "under", "vor knapp zwei Jahren" "nearly", "erst vor drei Wochen"
  ("erst" no hedge), "for six weeks", "within 24 hours", "a 45-minute chase" 45 minutes and
  "a two-week crackdown" 2 weeks (the issue's "a two-week visit"), "nach einem
  sechsmonatigen Führerscheinentzug" 6 months, "Nach einer zweistündigen Befragung" 2 hours,
  "An der einwöchigen Aktion" 1 week (hundred-eighty-seventh: "einjährigen" 1 year); penalty
  ranges "von bis zu vier Jahren" and "mit bis zu zwei Jahren Haft" "up_to", "von mindestens
  zwei Jahren" "at_least" and "up to seven years in prison" "up_to" (hundred-fifty-second).
  None: "eine Stunde vorher" (an article, hundred-eighty-seventh: "vor einem Jahr"), "during
  a week of raids" and "earlier in the week" (hundred-fifty-second: "a year"), "vor wenigen
  Wochen", "stundenlang", "im vergangenen Jahr", "im laufenden Jahr", "seit Jahresbeginn",
  "seit Januar", "seit Jänner", "seit Anfang Dezember", "seit dem Sommer", "im Herbst", "last
  year", "this year", "so far this year", "over the weekend", "since January", "since
  November", weekdays and their compounds ("in der Nacht auf Samstag", "am
  Donnerstagnachmittag", "early Sunday", "late Friday", "on Sunday morning") and clock times
  ("gegen 1.30 Uhr", "Gegen 17 Uhr", "gegen 3.40 Uhr", "gegen 4 Uhr früh", "bis kurz nach 1
  Uhr", "gegen 11 Uhr", "at 4.12pm", "shortly after 1 a.m.", "at about 10.40pm", "shortly
  before 6am", "between 5.30am and 6.15am", "between 7am and 11am"; eighty-first - "gegen",
  "about" and "shortly" before a clock time give no hedge).
- Money in the currency written (every batch): EUR ("rund 3,6 Millionen Euro", "rund 25.000
  Euro", "insgesamt rund 180.000 Euro" - "insgesamt" no hedge -, "rund 95.000 Euro", "mehr
  als 11 Millionen Euro" - "Allein" no hedge, eighty-first -, "mindestens 200.000 Euro"
  "at_least", "mindestens 38 Millionen Euro" "at_least", "2,1 Millionen Euro", "rund 58
  Millionen Euro", "pro Person 800 bis 1.200 Euro" both, the currency written once
  (ninety-seventh) and "pro Person" none, "rund 40.000 Euro"), CHF ("auf über 420'000
  Franken" "over", Swiss grouping), USD ("$75,000", "an estimated $2.3 million" "about",
  "about $3 each" "about" - "each" no hedge), AUD ("an estimated street value of A$240
  million" "about"), GBP ("£85,000"), CAD ("about C$21 million").
- Years and dates: "2023", "seit 2022", "Seit 2021", "since 2018", "since 2023", "since
  2022"; "since March 1" --03-01; the Reuters English dateline "MONTREAL, March 23 (Reuters)"
  --03-23 (hundred-fifty-second); dpa, APA, Keystone-SDA, Reuters German, PA, AP and AAP
  datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "an estimated"
  "about"; "knapp", "Almost", "almost", "Nearly" "nearly"; "mehr als", "Mehr als", "über",
  "More than", "more than" "over"; "weniger als", "less than", "under" "under"; "bis zu",
  "up to" "up_to"; "mindestens", "at least", "or more" "at_least"; "höchstens" "at_most".
  No hedge: "insgesamt", "je", "pro", "Allein", "bereits", "erst", "bislang", "zwischen",
  "between", "each", "to" in a range, "gegen", "about" and "shortly" before a clock time.
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Zollfahndungsamt Essen am Freitag mit", "teilte das Polizeipräsidium Mittelfranken mit",
  "teilte die Landespolizeidirektion Wien am Samstag mit", "teilte das Polizeipräsidium
  Reutlingen mit", "teilte die Landespolizeidirektion Steiermark mit", "teilte die
  Landespolizeidirektion mit" the source with its article in the nominative, the weekday
  dropped (eighty-first, hundred-fifty-second); "wie die Kantonspolizei am Samstag
  mitteilte", "wie die Stadtpolizei Zürich mitteilte", "wie die Polizeidirektion Hannover
  mitteilte", "wie die Kantonspolizei Bern am Sonntag mitteilte" and "wie das Hauptzollamt
  Bremen am Montag mitteilte" (eighty-first, hundred-fifty-second); "nach Angaben der
  Polizei" -> "die Polizei" and "nach Angaben der Bundespolizei" -> "die Bundespolizei"
  (seventieth); "laut Polizei" -> "Polizei" (thirtieth); "teilte ein Polizeisprecher mit"
  -> "ein Polizeisprecher" (hundred-fifty-second: "teilte ein Gerichtssprecher mit");
  "sagte Chefinspektor Wolfgang Pichlbauer" and "sagte Polizeisprecherin Sandra Köhlmeier"
  the name with the title dropped, "Oberstaatsanwalt Bernd Tiefenthaler sagte, ..." the
  name, "Oberhäuser sagte, ...", "Gasser sagte, ..." and "Haverkamp sagte, ..." the surname
  as written (hundred-fifty-second, hundred-eighty-seventh). English: "the Metropolitan
  Police said", "the Texas Department of Public Safety said", "the Royal Canadian Mounted
  Police said in a statement" with the article in lower case; "the Drug Enforcement
  Administration said Friday" with the weekday dropped (fortieth); "according to the Los
  Angeles County Sheriff's Department" and "according to the Transport Workers Union" with
  their article (ninety-eighth); "police said" -> "police"; "NSW Police said on Sunday",
  "South Wales Police said" and "Police Scotland said ..." opening as written (eighty-first);
  "the Met said" -> "the Met" (hundred-eighty-seventh); "Detective Chief Inspector Gareth
  Penhaligon said", "Detective Superintendent Liam Kerrigan said", "Chief Superintendent
  Priya Sandhu-Rowe said", "Assistant Commissioner Declan Moriarty-Byrne said", "Sergeant
  Moira Balfour said" and "Superintendent Owain Treharne said" the name with the rank dropped
  (hundred-fifty-second); "RCMP Inspector Josée Tremblay-Gauthier told reporters" the name
  ("told reporters" names the speaker, two-hundred-fourth); "Kerrigan said ..." and
  "Tremblay-Gauthier said ..." the surname as written. Left unchecked (None): "laut
  Pichlbauer" (a person after "laut", a form no earlier batch cited here settles), "nach
  Polizeiangaben", "nach LKA-Angaben", "nach Zollangaben", "nach eigenen Angaben", "nach
  Schätzung der Ermittler", "nach ersten Schätzungen", "nach Zählung des
  Landeskriminalamts", "schätzt die Polizei", "maß die Polizei" (estimates and recording
  verbs, hundred-tenth, hundred-thirty-sixth, hundred-fifty-second), "teilten
  Staatsanwaltschaft und Polizei gemeinsam mit" (two sources joined, a form no earlier batch
  settled), "hieß es seitens der Polizei" (two-hundred-fourth: "hieß es"), "Der
  Lokalbetreiber sagte" (a role), "authorities said", "sheriff's officials said",
  "Canadian police said", "gardaí said", "Police said it was ..." (plural groups and
  descriptions, forty-first), "a police spokesperson said" (eighty-first: "a police
  spokesman told Reuters"), "A DEA special agent said", "according to a police report",
  "according to a PA news agency tally", "according to an insurance industry group",
  "according to the agency", "court records show", "tests showed" (documents and
  descriptions) and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the speaker
is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_243 = [
    # --- Kokain im Lkw auf der A 3 (dpa) ---
    (
        "de",
        "Duisburg (dpa/lnw) - Zollfahnder haben auf einem Rastplatz an der A 3 bei Duisburg 48 Kilogramm Kokain in einem Lastwagen aus den Niederlanden entdeckt.",
        True,
        [("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Der 34-jährige Fahrer und sein 41 Jahre alter Beifahrer wurden noch vor Ort festgenommen, teilte das Zollfahndungsamt Essen am Freitag mit.",
        True,
        [("duration", 34, "year", None), ("duration", 41, "year", None)],
        "das Zollfahndungsamt Essen",
    ),
    (
        "de",
        "Die Drogen waren in 40 Päckchen zu je 1,2 Kilo in einem Zwischenboden der Ladefläche versteckt.",
        True,
        [("count", 40, None, None), ("count", 1.2, None, None)],
        None,
    ),
    (
        "de",
        "Im Straßenverkauf hätte das Kokain nach Schätzung der Ermittler rund 3,6 Millionen Euro eingebracht.",
        True,
        [("money", 3600000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Das war ein Volltreffer, und er zeigt, wie wichtig Kontrollen auch abseits der Grenze sind“, sagte Zollsprecherin Nadine Oberhäuser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberhäuser sagte, die Fahnder hätten den Lkw nach einem Hinweis der niederländischen Polizei schon ab dem Grenzübergang bei Venlo beobachtet.",
        True,
        [],
        "Oberhäuser",
    ),
    ("de", "Beide Männer sitzen in Untersuchungshaft und schweigen bislang zu den Vorwürfen.", True, [], None),
    ("de", "Die Fahnder hoffen nun auf Hinweise zu den Auftraggebern in den Niederlanden.", False, [], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Betrunkener rammt geparkte Autos (APA) ---
    (
        "de",
        "Linz (APA) - Ein stark alkoholisierter 27-Jähriger hat in der Nacht auf Samstag in Ried im Innkreis mit seinem Auto drei geparkte Fahrzeuge gerammt und ist anschließend geflüchtet.",
        True,
        [("duration", 27, "year", None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Ein Alkomattest ergab laut Polizei 2,1 Promille.", True, [("count", 2.1, None, None)], "Polizei"),
    (
        "de",
        "Zeugen hatten sich das Kennzeichen gemerkt, eine Streife traf den Mann gegen 1.30 Uhr in seiner Wohnung an.",
        True,
        [],
        None,
    ),
    ("de", "Den Führerschein musste der Lenker noch in der Nacht abgeben.", True, [], None),
    (
        "de",
        "Den Sachschaden an den vier beteiligten Autos schätzt die Polizei auf rund 25.000 Euro.",
        True,
        [("count", 4, None, None), ("money", 25000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Mann war erst im Herbst nach einem sechsmonatigen Führerscheinentzug wieder zum Verkehr zugelassen worden.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "„Wer sich in diesem Zustand ans Steuer setzt, spielt mit dem Leben anderer“, sagte ein Polizeisprecher.",
        False,
        [],
        None,
    ),
    ("de", "Die Polizeiinspektion Ried ersucht Augenzeugen der Fahrerflucht um Hinweise.", False, [], None),
    # --- Raser auf der A1 (Keystone-SDA) ---
    (
        "de",
        "Aarau (Keystone-SDA) - Ein Autofahrer ist der Kantonspolizei Aargau auf der A1 bei Oftringen mit 192 km/h in eine Radarkontrolle gefahren, auf einem Abschnitt mit Tempo 120.",
        True,
        [("count", 192, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Nach Abzug der Toleranz war der 22-jährige Lenker damit 65 km/h zu schnell unterwegs, wie die Kantonspolizei am Samstag mitteilte.",
        True,
        [("duration", 22, "year", None), ("count", 65, None, None)],
        "die Kantonspolizei",
    ),
    (
        "de",
        "Als Raser im Sinne des Gesetzes drohen ihm eine Freiheitsstrafe von bis zu vier Jahren und ein Ausweisentzug von mindestens zwei Jahren.",
        True,
        [("duration", 4, "year", "up_to"), ("duration", 2, "year", "at_least")],
        None,
    ),
    ("de", "Sein Auto, ein hochmotorisierter Mietwagen, wurde beschlagnahmt.", True, [], None),
    (
        "de",
        "«Solche Geschwindigkeiten in einem Baustellenbereich sind schlicht lebensgefährlich», sagte Mediensprecher Reto Gasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gasser sagte, die Kantonspolizei habe im laufenden Jahr bereits 14 Raserdelikte registriert, doppelt so viele wie in der Vorjahresperiode.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        "Gasser",
    ),
    # --- Einbruchserie in Nürnberg (dpa) ---
    (
        "de",
        "Nürnberg (dpa/lby) - Nach einer Serie von 23 Wohnungseinbrüchen im Nürnberger Süden hat die Polizei drei Tatverdächtige festgenommen.",
        True,
        [("count", 23, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 19, 22 und 27 Jahren wurden am Freitagmorgen bei Durchsuchungen in Fürth und Nürnberg gefasst, teilte das Polizeipräsidium Mittelfranken mit.",
        True,
        [("duration", 19, "year", None), ("duration", 22, "year", None), ("duration", 27, "year", None)],
        "das Polizeipräsidium Mittelfranken",
    ),
    (
        "de",
        "Sie sollen seit Anfang Dezember Schmuck, Laptops und Bargeld im Wert von insgesamt rund 180.000 Euro erbeutet haben.",
        True,
        [("money", 180000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "In der Wohnung des 22-Jährigen fanden die Beamten nach Polizeiangaben mehr als 60 Schmuckstücke, die mutmaßlich aus den Einbrüchen stammen.",
        True,
        [("duration", 22, "year", None), ("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Etwa ein Drittel der Beute konnte bereits den Eigentümern zugeordnet werden.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Ermittelt hatte eine zwölfköpfige Sonderkommission, die nach dem zehnten Einbruch im Januar gegründet worden war.",
        True,
        [("count", 12, None, None), ("ordinal", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei bittet weitere Geschädigte, sich die Fotos der sichergestellten Beute auf ihrer Internetseite anzusehen.",
        False,
        [],
        None,
    ),
    ("de", "„Wir haben jede Nacht Angst gehabt, dass sie wiederkommen“, sagte eine Anwohnerin.", False, [], None),
    # --- Messerangriff am Hermannplatz (dpa) ---
    (
        "de",
        "Berlin (dpa/bb) - Bei einem Streit auf dem U-Bahnhof Hermannplatz ist in der Nacht zu Samstag ein 19-Jähriger mit einem Messer lebensgefährlich verletzt worden.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Der mutmaßliche Täter, ein 24 Jahre alter Mann, flüchtete nach Angaben der Polizei zunächst in Richtung Sonnenallee.",
        True,
        [("duration", 24, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Er wurde rund 40 Minuten später von Beamten einer Einsatzhundertschaft in einem Hauseingang gestellt.",
        True,
        [("duration", 40, "minute", "about")],
        None,
    ),
    ("de", "Der Verletzte wurde in der Nacht notoperiert, sein Zustand ist inzwischen stabil.", True, [], None),
    ("de", "Eine Mordkommission hat die Ermittlungen wegen versuchten Totschlags übernommen.", True, [], None),
    (
        "de",
        "Der Tatverdächtige soll bereits zweimal wegen gefährlicher Körperverletzung verurteilt worden sein.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zeugen, die den Streit beobachtet oder gefilmt haben, sollen sich bei der Mordkommission melden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Hier passiert fast jedes Wochenende etwas, man gewöhnt sich leider daran“, sagte ein Imbissbetreiber am Bahnhofsausgang.",
        False,
        [],
        None,
    ),
    # --- Schwerpunktaktion gegen Straßenhandel (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Polizei hat bei einer Schwerpunktaktion gegen den Straßenhandel in Ottakring und der Brigittenau 14 mutmaßliche Dealer festgenommen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Sichergestellt wurden rund zwölf Kilo Cannabis, 1,4 Kilo Kokain und knapp 300 Ecstasy-Tabletten, teilte die Landespolizeidirektion Wien am Samstag mit.",
        True,
        [("count", 12, None, "about"), ("count", 1.4, None, None), ("count", 300, None, "nearly")],
        "die Landespolizeidirektion Wien",
    ),
    (
        "de",
        "Bei den Festgenommenen handelt es sich um Männer im Alter von 17 bis 39 Jahren.",
        True,
        [("duration", 17, "year", None), ("duration", 39, "year", None)],
        None,
    ),
    (
        "de",
        "Zwei von ihnen waren erst vor wenigen Wochen aus der Justizanstalt entlassen worden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Großteil des Suchtgifts soll aus einer Wohnung in der Thaliastraße heraus verteilt worden sein, sagte Chefinspektor Wolfgang Pichlbauer.",
        True,
        [],
        "Wolfgang Pichlbauer",
    ),
    (
        "de",
        "An der einwöchigen Aktion waren laut Pichlbauer mehr als 120 Beamtinnen und Beamte beteiligt.",
        True,
        [("duration", 1, "week", None), ("count", 120, None, "over")],
        None,
    ),
    ("de", "„Der Handel verlagert sich, sobald wir irgendwo Druck machen“, sagte Pichlbauer.", False, [], None),
    ("de", "Die FPÖ forderte erneut eine Waffenverbotszone rund um den Bahnhof Ottakring.", True, [], None),
    ("de", "Für alle Beschuldigten gilt die Unschuldsvermutung.", False, [], None),
    # --- Schockanruf in Esslingen (dpa) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Eine 86 Jahre alte Frau aus Esslingen hat Betrügern nach einem sogenannten Schockanruf Goldbarren und Schmuck im Wert von rund 95.000 Euro übergeben.",
        True,
        [("duration", 86, "year", None), ("money", 95000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein falscher Staatsanwalt hatte ihr am Donnerstagnachmittag am Telefon erzählt, ihre Tochter habe einen tödlichen Unfall verursacht und brauche eine Kaution.",
        True,
        [],
        None,
    ),
    ("de", "Gegen 17 Uhr holte ein Unbekannter die Wertsachen an der Haustür ab.", True, [], None),
    (
        "de",
        "Als die Seniorin ihre Tochter zwei Stunden später erreichte, flog der Betrug auf.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Abholer soll etwa 25 Jahre alt und rund 1,75 Meter groß sein und einen hellen Kapuzenpullover getragen haben, teilte das Polizeipräsidium Reutlingen mit.",
        True,
        [("duration", 25, "year", "about"), ("count", 1.75, None, "about")],
        "das Polizeipräsidium Reutlingen",
    ),
    (
        "de",
        "Wer am Donnerstagnachmittag in der Straße einen jungen Mann mit einer Sporttasche gesehen hat, soll sich bei der Kriminalpolizei Esslingen melden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Allein im vergangenen Jahr haben Betrüger mit solchen Anrufen in Baden-Württemberg nach LKA-Angaben mehr als 11 Millionen Euro erbeutet.",
        True,
        [("money", 11000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Kein echter Polizist und kein Staatsanwalt wird Sie jemals um Geld oder Gold bitten“, rät die Polizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich habe meiner Mutter so oft gesagt, sie soll bei solchen Anrufen einfach auflegen“, sagte die Tochter.",
        False,
        [],
        None,
    ),
    # --- Überfall an der Bahnhofstrasse (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Drei maskierte Männer haben am Samstagmittag ein Uhrengeschäft an der Bahnhofstrasse überfallen und Uhren im Wert von mehreren hunderttausend Franken erbeutet.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Täter bedrohten zwei Angestellte mit einer Faustfeuerwaffe und flüchteten nach weniger als zwei Minuten, wie die Stadtpolizei Zürich mitteilte.",
        True,
        [("count", 2, None, None), ("duration", 2, "minute", "under")],
        "die Stadtpolizei Zürich",
    ),
    ("de", "Verletzt wurde niemand.", True, [], None),
    (
        "de",
        "Einer der Täter konnte kurz darauf an der Sihlporte festgenommen werden, es handelt sich um einen 31-jährigen Franzosen.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    ("de", "Die beiden anderen entkamen auf einem Motorroller in Richtung Stauffacher.", True, [], None),
    (
        "de",
        "Es ist der dritte Überfall auf ein Uhren- oder Schmuckgeschäft in der Stadt Zürich seit Jahresbeginn.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "«Die Täter gingen äusserst brutal und abgebrüht vor», sagte eine Sprecherin der Stadtpolizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Personen, die Angaben zu den Flüchtigen machen können, werden gebeten, sich bei der Stadtpolizei zu melden.",
        False,
        [],
        None,
    ),
    # --- Geldautomat in Burgdorf gesprengt (dpa) ---
    (
        "de",
        "Hannover (dpa/lni) - Unbekannte haben in der Nacht zum Sonntag in Burgdorf bei Hannover einen Geldautomaten gesprengt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Anwohner wurden gegen 3.40 Uhr von einem lauten Knall geweckt und alarmierten die Polizei, wie die Polizeidirektion Hannover mitteilte.",
        True,
        [],
        "die Polizeidirektion Hannover",
    ),
    (
        "de",
        "Die Täter flüchteten in einem dunklen Kombi mit hoher Geschwindigkeit über die A 7 in Richtung Norden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Sachschaden am Gebäude wird auf mindestens 200.000 Euro geschätzt, ob die Täter Geld erbeuteten, ist noch unklar.",
        True,
        [("money", 200000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Nach Zählung des Landeskriminalamts war es die sechste Sprengung eines Geldautomaten in Niedersachsen seit Januar.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatte das LKA 31 solcher Taten registriert, 2023 waren es noch 52.",
        True,
        [("count", 31, None, None), ("year", 2023, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Das Wohnhaus über der Bankfiliale musste vorübergehend geräumt werden, sieben Bewohner kamen bei Nachbarn unter.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Die Täter nehmen Tote unter Unbeteiligten billigend in Kauf“, sagte Kriminaldirektor Ulrich Haverkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haverkamp sagte, die Banden arbeiteten inzwischen mit festen Sprengstoffen statt mit Gas, was die Schäden deutlich erhöhe.",
        True,
        [],
        "Haverkamp",
    ),
    ("de", "Hinweise nimmt die Polizeidirektion rund um die Uhr entgegen.", False, [], None),
    # --- Alkoholkontrollen in der Steiermark (APA) ---
    (
        "de",
        "Graz (APA) - Bei einer nächtlichen Schwerpunktkontrolle in der Steiermark hat die Polizei von Freitagabend bis Sonntagfrüh 1.240 Lenkerinnen und Lenker kontrolliert.",
        True,
        [("count", 1240, None, None)],
        None,
    ),
    (
        "de",
        "63 von ihnen waren alkoholisiert, 29 mussten den Führerschein sofort abgeben, teilte die Landespolizeidirektion Steiermark mit.",
        True,
        [("count", 63, None, None), ("count", 29, None, None)],
        "die Landespolizeidirektion Steiermark",
    ),
    (
        "de",
        "Damit war etwa jeder zwanzigste kontrollierte Lenker betrunken unterwegs.",
        True,
        [("fraction", 0.05, None, "about")],
        None,
    ),
    (
        "de",
        "Zwölf von ihnen hatten mehr als 1,6 Promille im Blut, den höchsten Wert maß die Polizei bei einem 52-Jährigen in Leibnitz mit 2,6 Promille.",
        True,
        [
            ("count", 12, None, None),
            ("count", 1.6, None, "over"),
            ("duration", 52, "year", None),
            ("count", 2.6, None, None),
        ],
        None,
    ),
    (
        "de",
        "Außerdem zeigten die Beamten 17 Lenker an, die unter Drogeneinfluss standen, und stellten 412 Geschwindigkeitsübertretungen fest.",
        True,
        [("count", 17, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Ein 19-jähriger Probeführerscheinbesitzer wurde im Ortsgebiet von Gleisdorf mit 104 statt der erlaubten 50 km/h gemessen.",
        True,
        [("duration", 19, "year", None), ("count", 104, None, None), ("count", 50, None, None)],
        None,
    ),
    ("de", "Er war damit mehr als doppelt so schnell wie erlaubt.", True, [("count", 2, None, "over")], None),
    (
        "de",
        "„Die Zahlen zeigen leider, dass es ohne Kontrollen nicht geht“, sagte Landespolizeidirektor Gernot Zauchner.",
        False,
        [],
        None,
    ),
    ("de", "Die Polizei kündigte für die Osterfeiertage weitere Schwerpunktaktionen an.", True, [], None),
    # --- Razzia gegen Geldwäsche-Netzwerk (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Bei einer Razzia gegen ein mutmaßliches Geldwäsche-Netzwerk haben rund 350 Einsatzkräfte am Samstag 14 Objekte in Frankfurt, Offenbach und Hanau durchsucht.",
        True,
        [("count", 350, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Neun Beschuldigte im Alter zwischen 26 und 58 Jahren wurden festgenommen, teilten Staatsanwaltschaft und Polizei gemeinsam mit.",
        True,
        [("count", 9, None, None), ("duration", 26, "year", None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Die Gruppe soll seit 2022 mindestens 38 Millionen Euro aus Drogengeschäften über Wechselstuben und ein sogenanntes Hawala-System ins Ausland gebracht haben.",
        True,
        [("year", 2022, None, None), ("money", 38000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Sichergestellt wurden Bargeld in Höhe von 2,1 Millionen Euro, Goldbarren, 16 Luxusuhren und elf Autos.",
        True,
        [("money", 2100000, "EUR", None), ("count", 16, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Oberstaatsanwalt Bernd Tiefenthaler sagte, die Ermittlungen hätten vor knapp zwei Jahren nach einer Verdachtsmeldung einer Bank begonnen.",
        True,
        [("duration", 2, "year", "nearly")],
        "Bernd Tiefenthaler",
    ),
    (
        "de",
        "„Wir haben heute einer hochprofessionellen Struktur das Rückgrat gebrochen“, sagte Tiefenthaler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen sieben der Festgenommenen lagen bereits Haftbefehle vor, die übrigen werden am Sonntag dem Haftrichter vorgeführt.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Ob auch Angestellte der Wechselstuben eingeweiht waren, ist noch Gegenstand der Ermittlungen.",
        False,
        [],
        None,
    ),
    # --- Velodiebe in Bern (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Kantonspolizei Bern hat eine Bande von Velodieben ausgehoben, die seit dem Sommer rund 140 E-Bikes und Velos gestohlen haben soll.",
        True,
        [("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "Vier Männer im Alter von 20 bis 34 Jahren wurden verhaftet, wie die Kantonspolizei Bern am Sonntag mitteilte.",
        True,
        [("count", 4, None, None), ("duration", 20, "year", None), ("duration", 34, "year", None)],
        "die Kantonspolizei Bern",
    ),
    (
        "de",
        "Der Deliktsbetrag beläuft sich nach ersten Schätzungen auf über 420'000 Franken.",
        True,
        [("money", 420000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Die gestohlenen Velos sollen zerlegt und die Teile über Online-Plattformen verkauft worden sein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In einer Garage in Ostermundigen fanden die Ermittler 37 weitere Räder und Hunderte von Akkus.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "«Schliessen Sie Ihr Velo immer an einem fest verankerten Gegenstand an», rät die Kantonspolizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer sein Velo als gestohlen gemeldet hat, kann die Fotos der sichergestellten Räder auf der Website der Kantonspolizei einsehen.",
        False,
        [],
        None,
    ),
    # --- Illegales Rennen auf der A 40 (dpa) ---
    (
        "de",
        "Essen (dpa/lnw) - Zwei Autofahrer sollen sich in der Nacht zu Montag auf der A 40 bei Essen ein illegales Rennen mit Tempo 210 geliefert haben.",
        True,
        [("count", 2, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "de",
        "Ein ziviles Messfahrzeug der Polizei folgte dem Porsche und dem BMW über rund 15 Kilometer.",
        True,
        [("count", 15, None, "about")],
        None,
    ),
    (
        "de",
        "Die beiden Fahrer, 21 und 24 Jahre alt, wurden an der Anschlussstelle Essen-Kray gestoppt.",
        True,
        [("duration", 21, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "de",
        "Die Beamten stellten die Autos und die Führerscheine sicher, teilte ein Polizeisprecher mit.",
        True,
        [],
        "ein Polizeisprecher",
    ),
    (
        "de",
        "Der BMW war erst vor drei Wochen zugelassen worden und hat nach Polizeiangaben mehr als 500 PS.",
        True,
        [("duration", 3, "week", None), ("count", 500, None, "over")],
        None,
    ),
    (
        "de",
        "Den Männern droht ein Strafverfahren wegen eines verbotenen Kraftfahrzeugrennens, das mit bis zu zwei Jahren Haft geahndet werden kann.",
        True,
        [("duration", 2, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Seit 2021 hat die Essener Polizei nach eigenen Angaben mehr als 940 Fahrzeuge aus der Raser- und Tuningszene beschlagnahmt.",
        True,
        [("year", 2021, None, None), ("count", 940, None, "over")],
        None,
    ),
    (
        "de",
        "„Diese Leute verwechseln die Autobahn mit einer Rennstrecke“, sagte der Leiter der Verkehrsdirektion.",
        False,
        [],
        None,
    ),
    ("de", "Ob die beiden sich zu dem Rennen verabredet hatten, ist noch unklar.", False, [], None),
    # --- Massenschlägerei in Innsbruck (APA) ---
    (
        "de",
        "Innsbruck (APA) - Bei einer Massenschlägerei vor einem Nachtlokal in der Innsbrucker Innenstadt sind in der Nacht auf Sonntag fünf Menschen verletzt worden.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Rund 20 Personen sollen gegen 4 Uhr früh mit Fäusten, Flaschen und einem Gürtel aufeinander losgegangen sein, hieß es seitens der Polizei.",
        True,
        [("count", 20, None, "about")],
        None,
    ),
    (
        "de",
        "Ein 23-jähriger Einheimischer erlitt einen Kieferbruch und wurde in die Klinik gebracht.",
        True,
        [("duration", 23, "year", None)],
        None,
    ),
    (
        "de",
        "Die Polizei war mit zwölf Streifen im Einsatz und nahm drei Männer vorläufig fest.",
        True,
        [("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer zweistündigen Befragung wurden zwei der drei Männer wieder entlassen.",
        True,
        [("duration", 2, "hour", None), ("count", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Auslöser des Streits soll nach ersten Erkenntnissen eine Rempelei an der Garderobe gewesen sein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Lokalbetreiber sagte, sein Sicherheitsdienst habe die Gruppe schon eine Stunde vorher vor die Tür gesetzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„So eine Gewalt habe ich in 30 Jahren Nachtgastronomie nicht erlebt“, sagte der Betreiber.",
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    ("de", "Alle Beteiligten werden wegen Raufhandels angezeigt.", True, [], None),
    # --- Kokain zwischen Bananen (Reuters) ---
    (
        "de",
        "Bremerhaven (Reuters) - Der Zoll hat im Containerhafen von Bremerhaven 780 Kilogramm Kokain in einer Lieferung von Bananen aus Ecuador gefunden.",
        True,
        [("count", 780, None, None)],
        None,
    ),
    (
        "de",
        "Es ist der zweitgrößte Kokainfund in Bremerhaven seit Beginn der Aufzeichnungen, wie das Hauptzollamt Bremen am Montag mitteilte.",
        True,
        [("ordinal", 2, None, None)],
        "das Hauptzollamt Bremen",
    ),
    (
        "de",
        "Die Drogen waren in 26 Sporttaschen zwischen den Bananenkisten versteckt.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Der Straßenverkaufswert liegt nach Zollangaben bei rund 58 Millionen Euro.",
        True,
        [("money", 58000000, "EUR", "about")],
        None,
    ),
    ("de", "Festnahmen gab es bislang keine.", True, [], None),
    (
        "de",
        "Im gesamten vergangenen Jahr hatte der Zoll in Bremerhaven knapp 4,3 Tonnen Kokain sichergestellt.",
        True,
        [("count", 4.3, None, "nearly")],
        None,
    ),
    ("de", "„Die Kartelle probieren ständig neue Routen und neue Häfen aus“, sagte ein Zollsprecher.", False, [], None),
    ("de", "Wer hinter der Lieferung steckt, ist bislang unklar.", False, [], None),
    # --- Schleuser bei Passau gestoppt (dpa) ---
    (
        "de",
        "Passau (dpa/lby) - Bundespolizisten haben auf der A 3 bei Passau einen Kleintransporter mit 17 Migranten gestoppt, die dicht gedrängt auf der Ladefläche saßen.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Unter ihnen waren sechs Kinder, das jüngste war nach Angaben der Bundespolizei erst vier Jahre alt.",
        True,
        [("count", 6, None, None), ("duration", 4, "year", None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Der mutmaßliche Schleuser, ein 38-jähriger Moldauer, wurde festgenommen.",
        True,
        [("duration", 38, "year", None)],
        None,
    ),
    (
        "de",
        "Er soll für die Fahrt von der ungarisch-österreichischen Grenze bis nach Deutschland pro Person 800 bis 1.200 Euro kassiert haben.",
        True,
        [("money", 800, "EUR", None), ("money", 1200, "EUR", None)],
        None,
    ),
    ("de", "Der Transporter war für höchstens neun Personen zugelassen.", True, [("count", 9, None, "at_most")], None),
    (
        "de",
        "„Das hätte für die Menschen auf der Ladefläche jederzeit tödlich enden können“, sagte ein Sprecher der Bundespolizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat die Bundespolizeidirektion München nach eigenen Angaben 212 mutmaßliche Schleuser festgenommen.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    # --- Falsche Polizisten in Baden (APA) ---
    (
        "de",
        "St. Pölten (APA) - Eine 79-jährige Pensionistin aus Baden ist Opfer falscher Polizisten geworden und hat ihr gesamtes Erspartes von rund 40.000 Euro verloren.",
        True,
        [("duration", 79, "year", None), ("money", 40000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Betrüger hatten ihr am Telefon erzählt, in der Nachbarschaft sei eine Einbrecherbande unterwegs und ihr Geld auf der Bank nicht mehr sicher.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein angeblicher Kriminalbeamter holte das Bargeld und mehrere Goldmünzen am Freitag gegen 11 Uhr an ihrer Wohnungstür ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Niederösterreich wurden seit Jänner bereits 46 solcher Fälle angezeigt, in neun davon kam es zu einer Geldübergabe, teilte die Landespolizeidirektion mit.",
        True,
        [("count", 46, None, None), ("count", 9, None, None)],
        "die Landespolizeidirektion",
    ),
    ("de", "Die Polizei ersucht, bei solchen Anrufen sofort aufzulegen und den Notruf 133 zu wählen.", False, [], None),
    (
        "de",
        "„Die Täter sind psychologisch bestens geschult und setzen die Leute stundenlang unter Druck“, sagte ein Ermittler des Landeskriminalamts.",
        False,
        [],
        None,
    ),
    # --- Ausschreitungen nach Regionalligaspiel (dpa) ---
    (
        "de",
        "Aachen (dpa/lnw) - Bei Ausschreitungen nach einem Regionalligaspiel in Aachen sind am Samstagabend elf Polizisten verletzt worden.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Rund 150 Anhänger der Gastmannschaft hätten die Beamten mit Flaschen und Pyrotechnik angegriffen, sagte Polizeisprecherin Sandra Köhlmeier.",
        True,
        [("count", 150, None, "about")],
        "Sandra Köhlmeier",
    ),
    (
        "de",
        "Die Polizei nahm 23 Personen in Gewahrsam, gegen vier von ihnen wird wegen schweren Landfriedensbruchs ermittelt.",
        True,
        [("count", 23, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der verletzten Beamten mussten im Krankenhaus behandelt werden, einer ist vorerst dienstunfähig.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 600 Einsatzkräfte aus ganz Nordrhein-Westfalen waren im Einsatz.",
        True,
        [("count", 600, None, "over")],
        None,
    ),
    ("de", "Der Einsatz dauerte bis kurz nach 1 Uhr.", True, [], None),
    (
        "de",
        "„Mit Fußball hat das nichts mehr zu tun, das ist schlicht kriminell“, sagte der Aachener Polizeipräsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verein verurteilte die Gewalt und kündigte Stadionverbote für alle ermittelten Täter an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Wer Handyvideos von den Ausschreitungen hat, kann sie über ein Hinweisportal der Polizei hochladen.",
        False,
        [],
        None,
    ),
    # --- Teenager stabbed in Croydon (PA) ---
    (
        "en",
        "LONDON (PA) - A 16-year-old boy has been stabbed to death near a bus stop in Croydon, south London, the Metropolitan Police said.",
        True,
        [("duration", 16, "year", None)],
        "the Metropolitan Police",
    ),
    (
        "en",
        "Officers were called at 4.12pm on Friday and found the teenager with stab wounds on Wellesley Road.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Despite the efforts of paramedics and an air ambulance crew, he was pronounced dead at the scene about 40 minutes later.",
        True,
        [("duration", 40, "minute", "about")],
        None,
    ),
    (
        "en",
        "Two boys aged 15 and 17 were detained a few streets away on suspicion of murder and are being questioned.",
        True,
        [("count", 2, None, None), ("duration", 15, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "A third suspect, believed to be in his late teens, is being sought.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "He is the 11th teenager to be killed in London this year, according to a PA news agency tally.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Detective Chief Inspector Gareth Penhaligon said the boy had been chased by a group of up to five people on bikes before he was attacked.",
        True,
        [("count", 5, None, "up_to")],
        "Gareth Penhaligon",
    ),
    ("en", '"A family has lost their son in the most senseless way imaginable," Penhaligon said.', False, [], None),
    ("en", "Anyone with information or footage is asked to call 101, quoting CAD 4471.", False, [], None),
    (
        "en",
        '"He was just a kid walking home from school," said a woman who laid flowers at the scene.',
        False,
        [],
        None,
    ),
    # --- High-speed chase in Houston (AP) ---
    (
        "en",
        "HOUSTON (AP) — A man led Texas state troopers on a 45-minute chase at speeds of up to 120 mph before crashing into a fence in north Houston early Saturday, authorities said.",
        True,
        [("duration", 45, "minute", None), ("count", 120, None, "up_to")],
        None,
    ),
    (
        "en",
        "Troopers had tried to stop the 29-year-old driver for speeding on Interstate 45 shortly after 1 a.m.",
        True,
        [("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "A breath test later showed a blood alcohol level of 0.19%, more than twice the state's legal limit of 0.08%, the Texas Department of Public Safety said.",
        True,
        [("percent", 0.19, "%", None), ("count", 2, "times", "over"), ("percent", 0.08, "%", None)],
        "the Texas Department of Public Safety",
    ),
    (
        "en",
        "Troopers found about 3 pounds of methamphetamine and a loaded handgun in the car.",
        True,
        [("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "He was booked into the Harris County jail on charges including evading arrest and drug possession, with bail set at $75,000.",
        True,
        [("money", 75000, "USD", None)],
        None,
    ),
    ("en", "No one else was hurt.", True, [], None),
    ("en", '"He put every driver on that freeway at risk," a DPS spokesman said.', False, [], None),
    # --- Meth in industrial pumps (AAP) ---
    (
        "en",
        "SYDNEY (AAP) - Police have seized 320 kilograms of methamphetamine hidden inside industrial pumps shipped from Mexico.",
        True,
        [("count", 320, None, None)],
        None,
    ),
    (
        "en",
        "The drugs have an estimated street value of A$240 million, NSW Police said on Sunday.",
        True,
        [("money", 240000000, "AUD", "about")],
        "NSW Police",
    ),
    (
        "en",
        "Three men, aged 28, 35 and 52, were arrested at a warehouse in Wetherill Park on Saturday afternoon.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 28, "year", None),
            ("duration", 35, "year", None),
            ("duration", 52, "year", None),
        ],
        None,
    ),
    ("en", "They were refused bail and will appear in Parramatta Local Court on Monday.", True, [], None),
    (
        "en",
        "Detective Superintendent Liam Kerrigan said the shipment had been tracked for six weeks with help from the Australian Border Force.",
        True,
        [("duration", 6, "week", None)],
        "Liam Kerrigan",
    ),
    (
        "en",
        "Kerrigan said the pumps had been cut open with angle grinders to reach 16 sealed compartments.",
        True,
        [("count", 16, None, None)],
        "Kerrigan",
    ),
    ("en", '"This is poison that was heading for our suburbs," Kerrigan said.', False, [], None),
    ("en", "Each of the men faces a maximum penalty of life imprisonment if convicted.", True, [], None),
    # --- County lines raids (PA) ---
    (
        "en",
        "MANCHESTER (PA) - Greater Manchester Police arrested 27 people and seized 4 kilos of cocaine and £85,000 in cash during a week of raids targeting county lines drug gangs.",
        True,
        [("count", 27, None, None), ("count", 4, None, None), ("money", 85000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Officers also recovered two machetes, a zombie knife and 13 mobile phones.",
        True,
        [("count", 2, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Eight children, the youngest aged 14, were taken into safeguarding after being found dealing for the gangs.",
        True,
        [("count", 8, None, None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "Chief Superintendent Priya Sandhu-Rowe said nine of those arrested had already been charged.",
        True,
        [("count", 9, None, None)],
        "Priya Sandhu-Rowe",
    ),
    (
        "en",
        '"These gangs see children as disposable, and we will not stop until every line is shut down," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Almost a third of the cocaine seized in the operation had been cut with a veterinary anaesthetic, tests showed.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("en", "Police urged parents to look out for unexplained cash, new phones or clothes.", False, [], None),
    # --- House party shooting in Chicago (AP) ---
    (
        "en",
        "CHICAGO (AP) — Six people were wounded when gunfire broke out at a house party on Chicago's South Side early Sunday, police said.",
        True,
        [("count", 6, None, None)],
        "police",
    ),
    (
        "en",
        "The victims, aged 15 to 42, were taken to hospitals, and two were in critical condition.",
        True,
        [("duration", 15, "year", None), ("duration", 42, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Officers recovered at least 30 shell casings from two different weapons, according to a police report.",
        True,
        [("count", 30, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The shooting followed an argument between two groups of guests, a police spokesperson said.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "No one was in custody Sunday evening.", True, [], None),
    (
        "en",
        "Police said it was the fourth shooting with four or more victims in Chicago since March 1.",
        True,
        [("ordinal", 4, None, None), ("count", 4, None, "at_least"), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        '"Somebody brought a gun to a birthday party, and now six families are sitting in hospital waiting rooms," said Pastor Darnell Fuqua, who runs a youth program nearby.',
        False,
        [("count", 6, None, None)],
        None,
    ),
    ("en", "Police asked anyone with video from the party to contact detectives.", False, [], None),
    # --- Drink-driving over St Patrick's weekend (PA) ---
    (
        "en",
        "DUBLIN (PA) - Gardaí arrested 214 motorists for drink or drug driving over the St Patrick's Day weekend, up from 187 last year.",
        True,
        [("count", 214, None, None), ("count", 187, None, None)],
        None,
    ),
    (
        "en",
        "More than 3,900 breath tests were carried out at checkpoints across the country between Friday and Tuesday.",
        True,
        [("count", 3900, None, "over")],
        None,
    ),
    (
        "en",
        "A driver stopped in Co Galway on Sunday morning was more than three times over the legal limit, gardaí said.",
        True,
        [("count", 3, "times", "over")],
        None,
    ),
    (
        "en",
        "On the M6 near Athlone, gardaí clocked a learner driver, 23, at 142km/h where the limit is 100km/h.",
        True,
        [("duration", 23, "year", None), ("count", 142, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Four people died on Irish roads over the weekend, bringing the number of road deaths so far this year to 41.",
        True,
        [("count", 4, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Assistant Commissioner Declan Moriarty-Byrne said one in nine of the drivers arrested had been stopped between 7am and 11am, the morning after a night out.",
        True,
        [("fraction", 0.1111, None, None)],
        "Declan Moriarty-Byrne",
    ),
    ("en", '"There is no safe amount of alcohol before you drive, full stop," Moriarty-Byrne said.', False, [], None),
    ("en", "Gardaí appealed to motorists to plan a lift home before going out.", False, [], None),
    # --- Speeder on the A9 (PA) ---
    (
        "en",
        "INVERNESS (PA) - A 22-year-old man has been charged after a car was recorded travelling at 118mph on the A9 near Aviemore, where the limit is 60mph.",
        True,
        [("duration", 22, "year", None), ("count", 118, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Police Scotland said the Audi was stopped by a road policing unit at about 10.40pm on Saturday.",
        True,
        [],
        "Police Scotland",
    ),
    (
        "en",
        "The driver's two passengers, both aged 19, were not injured.",
        True,
        [("count", 2, None, None), ("duration", 19, "year", None)],
        None,
    ),
    ("en", "He is due to appear at Inverness Sheriff Court at a later date.", True, [], None),
    (
        "en",
        "Sergeant Moira Balfour said 31 drivers had been caught at more than 90mph on the road since January.",
        True,
        [("count", 31, None, None), ("count", 90, None, "over")],
        "Moira Balfour",
    ),
    (
        "en",
        '"The A9 is not a racetrack, and the people who treat it like one put lives at risk," Balfour said.',
        False,
        [],
        None,
    ),
    # --- Smash-and-grab at a mall (AP) ---
    (
        "en",
        "LOS ANGELES (AP) — Thieves wielding sledgehammers smashed display cases at a jewelry store in a Los Angeles-area mall on Saturday and escaped with merchandise worth an estimated $2.3 million, sheriff's officials said.",
        True,
        [("money", 2300000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The robbery, by at least eight people in masks, lasted less than 90 seconds, according to the Los Angeles County Sheriff's Department.",
        True,
        [("count", 8, None, "at_least"), ("duration", 90, "second", "under")],
        "the Los Angeles County Sheriff's Department",
    ),
    (
        "en",
        "Deputies caught two of the robbers, a 19-year-old and a 17-year-old, after a brief pursuit on the 405 Freeway.",
        True,
        [("count", 2, None, None), ("duration", 19, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "The others fled in three cars that had been reported stolen earlier in the week.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "It was the second smash-and-grab robbery at the mall since November.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Deputies have released surveillance images of four men they want to identify.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"It was pure chaos, people were screaming and running into stores," said a shopper who hid in a shoe store.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sheriff's officials asked anyone who filmed the robbery to share the footage with investigators.",
        False,
        [],
        None,
    ),
    # --- Stolen cars at the Port of Montreal (Reuters) ---
    (
        "en",
        "MONTREAL, March 23 (Reuters) - Canadian police said on Monday they had recovered 390 stolen vehicles worth about C$21 million from shipping containers at the Port of Montreal since January.",
        True,
        [("date", "--03-23", None, None), ("count", 390, None, None), ("money", 21000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "Most of the vehicles, including 112 pickup trucks, had been stolen in Ontario and Quebec and were bound for West Africa and the Middle East, the Royal Canadian Mounted Police said in a statement.",
        True,
        [("count", 112, None, None)],
        "the Royal Canadian Mounted Police",
    ),
    (
        "en",
        "Eleven people aged between 21 and 47 have been charged, RCMP Inspector Josée Tremblay-Gauthier told reporters.",
        True,
        [("count", 11, None, None), ("duration", 21, "year", None), ("duration", 47, "year", None)],
        "Josée Tremblay-Gauthier",
    ),
    (
        "en",
        "Tremblay-Gauthier said thieves were typically able to steal a vehicle in under three minutes using devices that mimic key fobs.",
        True,
        [("duration", 3, "minute", "under")],
        "Tremblay-Gauthier",
    ),
    (
        "en",
        "Auto theft claims in Canada have roughly doubled since 2018, according to an insurance industry group.",
        True,
        [("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        '"These are not joyriders, these are organized networks that treat our driveways as a warehouse," Tremblay-Gauthier said.',
        False,
        [],
        None,
    ),
    ("en", "Police advised owners to park in garages where possible and to use steering wheel locks.", False, [], None),
    # --- Cyclist killed in hit-and-run (PA) ---
    (
        "en",
        "CARDIFF (PA) - Police have arrested a 44-year-old man after a cyclist was killed by a car that failed to stop in Cardiff.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "The cyclist, a 67-year-old man from Penarth, was struck on Penarth Road shortly before 6am on Sunday, South Wales Police said.",
        True,
        [("duration", 67, "year", None)],
        "South Wales Police",
    ),
    (
        "en",
        "The car, a silver Ford Focus, was found abandoned about 800 metres away two hours later.",
        True,
        [("count", 800, None, "about"), ("duration", 2, "hour", None)],
        None,
    ),
    ("en", "He remains in custody on suspicion of several driving offences, including drink-driving.", True, [], None),
    (
        "en",
        "A breath test at the police station gave a reading of 68 microgrammes per 100 millilitres, almost double the drink-drive limit of 35.",
        True,
        [
            ("count", 68, None, None),
            ("count", 100, None, None),
            ("count", 2, None, "nearly"),
            ("count", 35, None, None),
        ],
        None,
    ),
    (
        "en",
        "It is the third fatal collision involving a cyclist in Cardiff this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Our thoughts are with his wife and children as they come to terms with this terrible loss," a police spokeswoman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Officers are appealing for anyone with dashcam footage from Penarth Road between 5.30am and 6.15am to get in touch.",
        False,
        [],
        None,
    ),
    # --- Transit worker assaulted in the Bronx (AP) ---
    (
        "en",
        "NEW YORK (AP) — A 58-year-old subway conductor was punched and knocked unconscious by a passenger at a Bronx station late Friday.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "The suspect, identified as 26-year-old Tyrell Banning, was arrested about three hours later at a nearby shelter and charged with assault on a transit worker.",
        True,
        [("duration", 26, "year", None), ("duration", 3, "hour", "about")],
        None,
    ),
    (
        "en",
        "Banning had been arrested four times since 2023, court records show.",
        True,
        [("count", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Assaults on transit workers rose 18% last year to 142, according to the Transport Workers Union.",
        True,
        [("percent", 18, "%", None), ("count", 142, None, None)],
        "the Transport Workers Union",
    ),
    (
        "en",
        "Assaulting a transit worker is a felony in New York punishable by up to seven years in prison.",
        True,
        [("duration", 7, "year", "up_to")],
        None,
    ),
    (
        "en",
        '"Nobody should have to go to work wondering if they\'ll make it home," a union spokesperson said.',
        False,
        [],
        None,
    ),
    ("en", "It was not immediately clear whether Banning had a lawyer.", False, [], None),
    # --- Fentanyl pills in Phoenix (AP) ---
    (
        "en",
        "PHOENIX (AP) — Federal agents seized about 1.1 million fentanyl pills and 9 kilograms of fentanyl powder from a stash house in west Phoenix, the Drug Enforcement Administration said Friday.",
        True,
        [("count", 1100000, None, "about"), ("count", 9, None, None)],
        "the Drug Enforcement Administration",
    ),
    (
        "en",
        "Two men, ages 31 and 36, were arrested and face federal drug trafficking charges.",
        True,
        [("count", 2, None, None), ("duration", 31, "year", None), ("duration", 36, "year", None)],
        None,
    ),
    (
        "en",
        "The seizure is the largest in the state since 2022, according to the agency.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "A DEA special agent said the pills had been pressed to look like prescription oxycodone and sold for about $3 each.",
        True,
        [("money", 3, "USD", "about")],
        None,
    ),
    ("en", "Lab tests showed that each pill contained a potentially lethal dose.", True, [], None),
    ("en", '"Every single pill on that table could have killed somebody," the agent said.', False, [], None),
    # --- Phone snatchers in central London (PA) ---
    (
        "en",
        "LONDON (PA) - Police have arrested 46 suspected phone snatchers in a two-week crackdown in Westminster and Camden.",
        True,
        [("count", 46, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "More than 2,100 phones were reported stolen in the two boroughs in January alone, the Met said.",
        True,
        [("count", 2100, None, "over"), ("count", 2, None, None)],
        "the Met",
    ),
    (
        "en",
        "Officers on e-bikes recovered 310 handsets, some of them still wrapped in foil to block tracking signals.",
        True,
        [("count", 310, None, None)],
        None,
    ),
    (
        "en",
        "Nearly half of those arrested were aged under 18.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 18, "year", "under")],
        None,
    ),
    (
        "en",
        "Superintendent Owain Treharne said most stolen phones were shipped abroad within 24 hours.",
        True,
        [("duration", 24, "hour", None)],
        "Owain Treharne",
    ),
    (
        "en",
        '"If you\'re on your phone near the kerb, you are making yourself a target," Treharne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scotland Yard plans to keep the additional patrols on the streets until at least the end of April.",
        True,
        [],
        None,
    ),
]
