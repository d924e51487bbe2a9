"""Two-hundred-and-ninety-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
police chief, minister, firefighter or spokesperson is named: officers, spokespeople,
officials, a councillor, an MP and witnesses appear under made-up names that stand for no
real holder (Ilka Brömmelkamp, Bernd Wiesmaier, Herwig Sattlegger, Florian Hintermayr,
Manfred Jirasek, Joachim Strubelt, Dirk Osterkamp, Corinne Häfliger, Renate Obermoser,
Marco Bühlmann, Reinhold Moser-Kainz; Gemma Thwaite, Darren Kilbride, Rowan Ashdown, Fiona
Brannigan, Kristy Hallorann, Marcus Delahunty, Bethan Pritchard, Rachel Voss) or by their
role only ("ein Polizeisprecher", "ein LKA-Sprecher", "der Leiter der Verkehrspolizei",
"der Bürgermeister", "der Einsatzleiter der Feuerwehr Dornbirn", "a force spokesperson",
"a police spokeswoman", "the brigade's deputy commissioner", "a neighbour"). Real states,
bodies, roads and places (Polizei Münster, Landespolizeidirektion Oberösterreich,
Salzburg, Wien, Tirol and Steiermark, Kantonspolizei Bern, Aargau, Zürich and St. Gallen,
Polizeipräsidium Oberpfalz, Reutlingen, Südosthessen and Mannheim, Polizeiinspektion
Cloppenburg/Vechta, Polizeidirektion Dresden, Polizeirevier Stendal, Landeskriminalamt,
Forensisches Institut, Staatsanwaltschaft Basel-Stadt, Justizanstalt Klagenfurt, LKH Graz,
Berliner Feuerwehr, bayerisches Innenministerium, Innenministerium, Warn-App Nina, A 1, A 4,
A 13, B 27, Brennerautobahn, Sustenpassstrasse, Flensburg, Weil am Rhein, Reumannplatz,
Favoriten and the other towns and districts; West Yorkshire Police, Leeds General
Infirmary, the M62, Victoria Police, the Hume Freeway, West Midlands Police, the Jewellery
Quarter, Queensland Fire Department, South Yorkshire Police, Greater Manchester Police,
Scottish Fire and Rescue Service, WA Police, Joondalup Magistrates Court, PolAir, the State
Emergency Service, National Parks, the Blue Mountains, South Wales Police, Cardiff
Magistrates' Court, North Yorkshire Police, the A1(M), York Magistrates' Court, SA Police,
the Youth Court, London Fire Brigade, and the datelines' cities) stand for the way wire copy
names them; every age, time, speed, reading, count, sum, toll and quote here is invented,
and no real incident is told.

Its weight: POLICE REPORTS AND ACCIDENTS, fourth round (the eighty-first batch weighed
police reports, accidents and rescues, the hundred-fifty-second police, courts and crime on
one day, the hundred-eighty-seventh crime statistics and the two-hundred-and-forty-third
police reports and crime news over one weekend, and their decisions are kept) - one week of
police and fire-brigade copy, Monday, October 26, to Sunday, November 1, of one year (the
week after the change to winter time, with Halloween on the Saturday and Allerheiligen on
the Sunday), 40 short stories in story order, German first and English after, about 70 per
cent German (dpa with its regional slugs "dpa/lnw", "dpa/lby", "dpa/lsw", "dpa/bb",
"dpa/lni", "dpa/lhe", "dpa/sn", "dpa/lno", "dpa/sa", "dpa/th", APA, Keystone-SDA; Austrian
"Lenker", "Alkomattest", "Pensionistin", "Jänner", "Mistkübel", "Anrainer", "ausgeforscht",
"auf freiem Fuß angezeigt", "jedem siebenten", Swiss "Führerausweis", "Neulenker",
"parkierte", "Knabe", "Deliktsbetrag", "mutmassliche", "85'000 Franken", «» quotes, German
„“ quotes) and about 30 per cent English (PA and AAP): a pile-up in fog on the A 1, a drunk
driver in the Mühlviertel, a farmhouse fire in the Emmental, a burglary series in
Regensburg, a speed check on the B 27, a missing pensioner in Graz, a flat fire in Neukölln,
a young speeder in the Aargau, a cash machine blown up in Löningen, a shock call in
Salzburg, a petrol station robbery in Offenbach, a lorry crash on the A 4, a motorcyclist
killed on the Susten, Halloween riots in Favoriten, drink- and drug-driving checks in
Bavaria, a recycling yard fire in Duisburg, burglars from abroad in Basel, a coach crash on
the Brenner motorway, a missing boy in Mannheim, a chase in Hamburg, Austria's Allerheiligen
traffic toll, barn fires in the Altmark, pedestrians hurt after the clock change in Zurich,
a wanted man caught in Bremen, a roof fire in Dornbirn, speed checks outside schools in
Thuringia, a drunk driver in St. Gallen and a burglary gang in Carinthia; a fog crash on the
M62, the Melbourne Cup weekend road blitz, a jewellery raid in Birmingham, a grass fire near
Ipswich, a missing girl from Sheffield, a tenement fire in Glasgow, a chase in Perth, a lost
bushwalker in the Blue Mountains, a drink-driver in Cardiff, a speeder on the A1(M),
break-ins in Adelaide and e-bike battery fires in London. Figures as such copy has them:
ages ("ein stark alkoholisierter 46-jähriger Lenker", "ein 58 Jahre alter Lkw-Fahrer",
"im Alter von 31 und 36 Jahren", "im Alter von 14 bis 19 Jahren", "im Alter zwischen 19 und
42 Jahren", "etwa 20 bis 25 Jahre alt", "Seine 16 und 18 Jahre alten Mitfahrer", "ein
zwölfjähriger Junge", "jünger als 25 Jahre", "aged 26 and 61", "a seven-year-old boy",
"aged under 25"), damage and loot in euros, francs, pounds and Australian dollars, clock
times ("gegen 6.40 Uhr", "gegen 3.15 Uhr", "gegen 15.30 Uhr", "gegen 21 Uhr", "zwischen 17
und 19 Uhr", "shortly before 7am", "at about 10pm", "shortly after 11pm"), blood and breath
alcohol ("1,84 Promille", "2,9 Promille", "0,92 Milligramm pro Liter", "a blood alcohol
reading of 0.214, more than four times the legal limit of 0.05", "more than three times
over the drink-drive limit", "112 microgrammes per 100 millilitres of breath"), speeds ("Mit
142 km/h statt der erlaubten 70", "44 km/h zu schnell", "mit bis zu 140 km/h", "71 km/h in
einer Tempo-30-Zone", "163km/h on a 100km/h stretch", "at 127mph ..., where the limit is
70mph", "speeds of up to 150km/h"), fire-brigade numbers ("rund 80 Einsatzkräften", "mit
110 Mann und 18 Fahrzeugen", "85 Feuerwehrleute aus neun Ortswehren", "eight appliances and
about 50 firefighters", "More than 20 fire crews and three water-bombing aircraft"), number
words and compounds ("die fünfköpfige Familie", "eine sechsköpfige Ermittlungsgruppe", "aus
dem fünfgeschossigen Haus", "ein dreimonatiges Fahrverbot", "Bei der sechsstündigen
Kontrolle", "Die etwa 20-minütige Flucht", "knapp eineinhalb Stunden", "etwa zweieinhalb
Stunden", "zweimal", "a 40-minute chase", "The force's week-long speed operation", "the
four-storey building"), ordinals ("nach dem 17. Einbruch", "die neunte
Automatensprengung", "der dritte Überfall", "der fünfte tödliche Motorradunfall", "der
siebte Scheunenbrand", "im dritten Stock", "der vierte"), shares ("Knapp ein Viertel",
"jedem siebenten", "Rund zwei Drittel", "Knapp jeder zehnte", "About one in six"), hedges
and ranges. Negatives as such copy has them: appeals for witnesses and dashcam footage,
advice from the police and the fire brigade, the presumption of innocence, officers' and
officials' verdicts and rhetoric, a label, shock and grief from victims, neighbours and a
mother, thanks, fear, a hope and open questions - three of them carrying a figure, labelled.

241 rows (171 German, 70 English), 52 negatives (37 German, 15 English), 189 check-worthy
rows of which 31 carry no figure (20 German, 11 English), 273 expected quantities (148
counts, 80 durations - 58 in years, 11 in hours, 5 in days, 3 in minutes, 2 in weeks, 1 in
months -, 22 amounts of money - 14 EUR, 4 CHF, 3 GBP, 1 AUD -, 7 years, 7 ordinals, 5
fractions, 3 percentages - all in % -, 1 date; 3 of them in three negatives, as the
seventeenth batch labels a figure in a negative), 38 checked speakers (23 German, 15
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  verdict, feeling, warning, thanks or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-fifty-second,
  two-hundred-and-forty-third); a reported fact or figure is check-worthy with its speaker,
  also in Konjunktiv I (hundred-fifty-second). The pairs from one speaker: Brömmelkamp's
  visibility under 50 metres beside „Wer bei solchem Nebel nicht vom Gas geht, ...“;
  Wiesmaier's fences in the Czech Republic beside „Wir sind froh, ...“; Hintermayr's 120
  officers beside „pure Zerstörungswut“; Strubelt's 6.3 percent beside „Wer trinkt, fährt
  nicht“; Obermoser's one in seven beside „Jeder dieser Toten ist einer zu viel“; Bühlmann's
  25 metres beside «Sehen und gesehen werden ...» - a quoted fact with a figure is
  check-worthy, the slogan is not -; Kilbride's 40 per cent beside "a knock on the door";
  Ashdown's 2023 raid beside "a terrifying ordeal"; Brannigan's three complaints beside "in
  shock tonight".
- Appeals and advice are negatives, as the eighty-first, hundred-fifty-second and
  two-hundred-and-forty-third batches settle them: „Die Polizei bittet Zeugen, ...“, „Wer in
  der Nacht verdächtige Personen ... bemerkt hat, soll sich beim Revier melden.“, „Hinweise
  zum Halter des Wagens nimmt jede Polizeidienststelle entgegen.“, „Die Polizei appelliert
  an Eltern, ...“, "Drivers who filmed the westbound stretch on a dashcam are asked to get
  in touch with the force.", „..., rät die Polizei.“ (twice), „Die Feuerwehr rät, ...“,
  "\"Plan ahead, ...,\" police urged racegoers.", "\"Please, please carry a beacon,\"
  ...", "\"Never charge a battery ...,\" the brigade's deputy commissioner urged.". So are
  „Es gilt die Unschuldsvermutung.“ and „Für alle vier Verdächtigen gilt die
  Unschuldsvermutung.“ (fifty-fifth) - the second with its count 4 labelled (seventeenth) -,
  open questions („Ob die Täter tatsächlich Geld erbeuteten, ist bislang offen.“, „Ob die
  Taten zusammenhängen, prüfen die Ermittler noch.“, „Ob die Bande auch ... verantwortlich
  ist, ist Gegenstand der Ermittlungen.“, „Wie lange die Löscharbeiten noch dauern, konnte
  die Feuerwehr am Abend nicht sagen.“; eighty-first), a hope („Die Ermittler hoffen nun auf
  Hinweise ...“), fear („Anrainer berichteten, sie hätten sich ... nicht mehr auf die Straße
  getraut.“ - a reported feeling, not an event), a label ("described the speeds ... as
  \"simply shocking\"", „nannte die Zahl der Raser „erschreckend hoch““; two-hundred-fourth),
  grief and shock from victims and neighbours, a counterfactual („Ohne Rettungsgasse hätten
  wir ...“; hundred-fifty-second: a conditional fear), the officer's «Innerorts fast doppelt
  so schnell wie erlaubt - das ist kein Kavaliersdelikt» with its count 2 "nearly" labelled
  and the neighbour's "they've lived there for more than 30 years" with 30 years "over"
  labelled (seventeenth). New: thanks are negatives as a condolence is
  (hundred-fifty-second): „Die Polizei bedankte sich bei der Bevölkerung für die zahlreichen
  Hinweise.“, "\"We'd like to thank everyone who shared our appeal,\" the force said ..."
  and "Her family said they had never given up hope." name no fact a reader could check.
- Check-worthy without a figure, as facts of record in police copy (eighty-first,
  hundred-fifty-second, two-hundred-and-forty-third): custody, warrants and charges ("beide
  sitzen in Untersuchungshaft", „Gegen alle Festgenommenen wird ... ermittelt.“, „Gegen den
  Jugendlichen wird ... ermittelt.“, "was refused bail", "is due to appear in Joondalup
  Magistrates Court on Monday", "Both were refused bail and will appear in the Youth Court
  on Tuesday."), the condition of the injured, "Verletzt wurde niemand, ...", the course of
  a fire, a missing person found, a lead row with no figure, the cause „nach ersten
  Erkenntnissen der Ermittler“, measurements reported by a fire-brigade spokesman, announced
  steps („Die Behörde kündigte an, ...“, „Die Polizei kündigte an, ...“, „Bezirksvorsteher
  Manfred Jirasek kündigte einen runden Tisch ... an.“; two-hundred-fourth), "His licence
  had been suspended since June last year." and "He had not carried a personal locator
  beacon, ...". „Die Brandursache ist noch unklar, Fachleute des Forensischen Instituts
  haben die Ermittlungen aufgenommen.“ and "Police have declared a crime scene and are
  investigating whether the fire was deliberately lit." are check-worthy - the open question
  is a clause beside a step of record (two-hundred-and-forty-third: „Der Sachschaden ...
  wird auf mindestens 200.000 Euro geschätzt, ob ... ist noch unklar.“). New: „Die Stadt
  warnte Anwohner in drei Stadtteilen per Warn-App Nina vor dem Rauch und riet, die Fenster
  zu schließen.“ is check-worthy with count 3 - a warning issued through a named channel to
  named districts is an act of record, unlike a warning naming no measure
  (two-hundred-fourth) or advice to the reader („Die Feuerwehr rät, ...“).
- Ages are durations in years (every batch): compounds ("46-jähriger", "19-jährige",
  "24-jähriger", "83-jährige", "21-jährigen", "79-jährige", "52-jährige", "38-jähriger",
  "53-Jähriger", "57-jährige", "17-Jährigen", "81-jähriger", "76-jährige", "44-Jähriger",
  "35-jähriger", "49-jähriger", "a 52-year-old woman", "The 19-year-old", "a 15-year-old
  girl", "a 38-year-old man"), number words in a compound ("ein zwölfjähriger Junge", "ein
  neunjähriger Knabe", "a seven-year-old boy" - 12, 9 and 7 years, as the issue's
  "fünfstündigen"), "58 Jahre alter", "84 Jahre alte", "61 Jahre alter", "im Alter von 31
  und 36 Jahren", "im Alter von vier und sieben Jahren", "im Alter von 14 bis 19 Jahren",
  "im Alter von 23, 27 und 34 Jahren", "im Alter zwischen 19 und 42 Jahren" (the unit
  written once, forty-sixth; "zwischen" no hedge), "Seine 16 und 18 Jahre alten Mitfahrer",
  "etwa 30 Jahre alt" "about", "etwa 20 bis 25 Jahre alt" 20 "about" and 25 (the hedge on
  its own figure, hundred-seventy-first), "aged 26 and 61", "aged 67 and 70", "aged 15 and
  16", "aged under 25" 25 "under" (fifty-fifth). New: „jünger als 25 Jahre“ is 25 years
  "under" - „jünger als“ bounds an age from above as „weniger als“ and "aged under" do.
  "in his 60s" none (fifty-fifth: "in his 50s").
- Blood and breath alcohol, speeds and limits (eighty-first, two-hundred-and-forty-third):
  "1,84 Promille", "2,9 Promille", "rund 1,84 Promille" "about" are counts; "0,92 Milligramm
  pro Liter" count 0.92 ("pro Liter" none); "112 microgrammes per 100 millilitres" counts
  112 and 100 and "the limit in Wales is 35" count 35; "more than three times over the
  drink-drive limit" count 3 "over" and "more than four times the legal limit" count 4
  "over" (multiples of a limit, eighty-first). New: "a blood alcohol reading of 0.214" and
  "the legal limit of 0.05" are counts 0.214 and 0.05 - Australian copy writes the reading
  without a sign, and a percentage is labelled only where "%" or "per cent" is written
  (two-hundred-and-forty-third: "0.19%" percent as written). Speeds are counts ("Mit 142
  km/h statt der erlaubten 70", "mit 97 km/h", "50 km/h", "44 km/h zu schnell" - the excess
  as written -, "mit bis zu 140 km/h" "up_to", "mit 71 km/h in einer Tempo-30-Zone" 71 and 30
  (eighty-first: "Tempo-30-Zone"), "at 163km/h on a 100km/h stretch", "at 127mph ..., where
  the limit is 70mph", "speeds of up to 150km/h" "up_to"); "über 400 PS" 400 "over" (fourth).
- Physical measures are counts (fourth, eighty-first, two-hundred-and-forty-third):
  "unter 50 Metern" 50 "under", "über 12 Kilometer" 12 "over", "bis zu 30 Meter weit" and
  "bis zu 15 Kilometer weit" "up_to", "etwa zwei Kilometer", "rund 40 Meter", "rund zehn
  Kilometern", "etwa 1,85 Meter groß" 1.85 "about", "aus 25 Metern Distanz", "22 Tonnen
  Tiefkühlware", "etwa 2.000 Tonnen Altholz", "rund 14 Gramm Kokain", "about 180 hectares",
  "about 4 kilometres", "less than 30 metres" "under"; temperatures "36C" 36
  (two-hundred-and-seventy-sixth: "24,5 Grad").
- Counts (every batch): definite groups and subsets ("Drei von ihnen", "Zwei von ihnen",
  "96 von ihnen", "Drei von ihnen ..., der vierte" 3 and ordinal 4, "Two members of staff",
  "Four residents"; forty-first), "zwei Männer", "Die vier Verdächtigen" 4, "zwei Kinder",
  "zweimal" 2 (the issue's "viermal"), "zwei Haftbefehle", "zwei Punkten", "mit 110 Mann",
  compounds of members and floors ("Die fünfköpfige Familie" 5, "eine sechsköpfige
  Ermittlungsgruppe" 6, "aus dem fünfgeschossigen Haus" 5, "the four-storey building" 4;
  two-hundred-and-forty-third: "zwölfköpfige", an earlier batch: "des viergeschossigen
  Gebäudes"), "Rund 60 Feuerwehrleute aus drei Gemeinden", "14 Rinder und zwei Pferde",
  "212 solcher Anrufe, ... in 19 Fällen", "mehr als 5.600 Fahrzeuge" "over", "73 Fahrer
  ... und 29", "231 alkoholisierte Lenker", "1.146 Autofahrer", "an 212 Messstellen rund
  11.800 Fahrzeuge", "rund 600 Strohballen", "mindestens 26 Einbrüche" "at_least", "412
  speeding drivers and 57 drink-drivers", "to 241 for the year, eight more", "1,284
  offences", "23 people ..., up from 17", "132 fires ..., up from 118", "at least five red
  lights" "at_least", "more than 200 calls" "over", "14 offences", "19 break-ins". None:
  "ein Hubschrauber", "einer Drohne", "einem Hubschrauber", "ein Springmesser", "beide",
  "Both", "alle Festgenommenen", "Mehrere Mistkübel", "one of the bikes", "A man", "ein
  Großteil", "kilometerweit",
  road identifiers ("A 1", "A 4", "A 13", "B 27", "M62", "A1(M)"; thirty-eighth), "P-plater",
  "Nina".
- Ordinals and fractions: "nach dem 17. Einbruch" 17 (two-hundred-and-forty-third: "nach
  dem zehnten Einbruch"), "die neunte Automatensprengung" 9, "der dritte Überfall" 3, "der
  fünfte tödliche Motorradunfall" 5, "der siebte Scheunenbrand" 7, "im dritten Stock" 3, "der
  vierte" 4; "Den höchsten Wert" none (a superlative). "Knapp ein Viertel" 0.25 "nearly",
  "Rund zwei Drittel" 0.6667 "about", "Knapp jeder zehnte gemessene Fahrer" 0.1 "nearly" (the
  issue's "jeder vierte"), "About one in six" 0.1667 "about" (four places,
  hundred-eighty-seventh). New: the Austrian „bei jedem siebenten tödlichen Unfall“ is
  0.1429 - „siebenten“ is the Austrian form of „siebten“ and reads as „jeder vierte“ does.
- Durations (the issue: "fünfstündigen", "zehn Minuten", "a two-week visit"; every batch):
  "für rund fünf Stunden" and "nach rund 20 Stunden" "about", "für mehr als sieben Stunden"
  "over", "für knapp vier Stunden" "nearly", "während rund drei Stunden" "about", "for almost
  six hours" and "after almost 70 hours" "nearly", "for four hours", "ein dreimonatiges
  Fahrverbot" 3 months, "Bei der sechsstündigen Kontrolle" 6 hours, "Die etwa 20-minütige
  Flucht" 20 minutes "about", "a 40-minute chase" 40 minutes, "The force's week-long speed
  operation" 1 week (two-hundred-and-forty-third: "An der einwöchigen Aktion" 1 week),
  "binnen vier Wochen" 4 weeks ("binnen" no hedge, as "within", two-hundred-and-seventy-
  sixth), "für 90 Tage", "impounded for 30 days", "banned from driving for 56 days", "for
  three days", "in the first two days" 2 days, "von mindestens zwei Jahren" "at_least"
  (two-hundred-and-forty-third). New: halves written as number words are read as decimals:
  "knapp eineinhalb Stunden" 1.5 hours "nearly" and "etwa zweieinhalb Stunden" 2.5 hours
  "about". New: "just under two minutes" is 2 minutes "under" - "just" adds nothing to the
  hedge. None: "innerhalb einer Woche" and "about a minute earlier" (an article,
  hundred-eighty-seventh: "vor einem Jahr"), "seit Anfang September", "seit Jahresbeginn",
  "seit August", "seit Monaten", "im Vorjahr", "im selben Zeitraum", "in der gleichen Woche
  des Vorjahres", "am kommenden Wochenende", "bis Jahresende", "in dieser Saison", "in
  diesem Jahr", "so far this year", "this year", "last year", "a year earlier", "for weeks",
  "since June last year", weekdays and their compounds ("in der Nacht auf Dienstag", "am
  Mittwochabend", "in der Nacht zu Samstag", "early on Monday", "on Thursday night") and
  clock times ("gegen 6.40 Uhr", "gegen 15.30 Uhr", "gegen 3.15 Uhr", "gegen 21 Uhr",
  "zwischen 17 und 19 Uhr", "shortly before 7am", "at about 10pm", "shortly after 11pm";
  eighty-first - "gegen", "about" and "shortly" before a clock time give no hedge).
- Money in the currency written (every batch): EUR ("mindestens 450.000 Euro" "at_least",
  "rund 30.000 Euro", "insgesamt etwa 86.000 Euro" "about" - "insgesamt" no hedge -, "700
  Euro Bußgeld", "rund 150.000 Euro", "rund 48.000 Euro", "eine Kaution von 60.000 Euro",
  "rund 1.200 Euro", "etwa 180.000 Euro", "mehr als 40.000 Euro" "over", "rund zwei
  Millionen Euro" 2,000,000 "about", "eine Belohnung von 5.000 Euro", "eine offene
  Geldstrafe von 2.700 Euro", "rund 120.000 Euro"), CHF ("rund 1,2 Millionen Franken",
  "rund 85'000 Franken, ... auf weitere 40'000 Franken" - "weitere" no hedge -, "rund
  15'000 Franken"; Swiss grouping), GBP ("an estimated £240,000" "about", "about £90,000",
  "fined £1,100"), AUD ("a combined A$85,000" - "combined" no hedge, as "insgesamt").
- Years and dates: "im Jänner 2024" and "im März 2023" the year, "im Vergleichszeitraum
  2024", "2024" in a Konjunktiv paraphrase, "in 2023", "since 2022", "in the whole of 2024";
  "on November 19" --11-19 (two-hundred-and-forty-third: "since March 1"). dpa, APA,
  Keystone-SDA, PA and AAP datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around", "an
  estimated" "about"; "knapp", "Knapp", "fast", "almost", "nearly" "nearly"; "mehr als",
  "über", "More than", "more than" "over"; "unter", "jünger als", "less than", "under", "just
  under" "under"; "bis zu", "up to" "up_to"; "mindestens", "at least" "at_least". No hedge:
  "insgesamt", "Insgesamt", "zwischen", "weitere", "combined", "bereits", "Allein",
  "zuletzt", "binnen", "for", "gegen", "about" and "shortly" before a clock time.
- Speakers, checked only in forms the earlier batches settled: "teilte die Polizei Münster
  mit", "teilte die Landespolizeidirektion Oberösterreich mit", "teilte das
  Polizeipräsidium Oberpfalz am Mittwoch mit", "teilte die Landespolizeidirektion Salzburg
  mit", "teilte das Polizeipräsidium Südosthessen mit", "teilte die Landespolizeidirektion
  Wien am Sonntag mit", "teilte das Polizeipräsidium Mannheim mit", "teilte das
  Innenministerium am Sonntag mit", "teilte das Polizeirevier Stendal mit" the source with
  its article in the nominative, the weekday dropped (eighty-first,
  two-hundred-and-forty-third); "wie die Kantonspolizei Bern am Dienstag mitteilte", "wie
  die Kantonspolizei Bern mitteilte", "wie die Kantonspolizei Zürich am Freitag mitteilte"
  and "wie die Staatsanwaltschaft Basel-Stadt am Freitag mitteilte" (eighty-first,
  two-hundred-and-forty-third); "Nach Angaben der Polizei" -> "die Polizei" (seventieth).
  New: "teilte das bayerische Innenministerium am Montag mit" -> "das bayerische
  Innenministerium" - the adjective of the state belongs to the source's name as „Berliner“
  or "Basel-Stadt" does. "sagte Polizeisprecherin Ilka Brömmelkamp", "sagte
  Kriminalhauptkommissar ..." (a negative), "sagte Feuerwehrsprecher Dirk Osterkamp",
  "sagte Polizeisprecher Marco Bühlmann" and "sagte Chefinspektor Reinhold Moser-Kainz" the
  name with the title dropped, "Innenminister Joachim Strubelt sagte, ..." and
  "Verkehrsstaatssekretärin Renate Obermoser sagte, ..." the name, "Wiesmaier sagte, ..."
  and "Hintermayr sagte, ..." the surname as written (hundred-fifty-second,
  two-hundred-and-forty-third). English: "West Yorkshire Police said", "West Midlands
  Police said", "Queensland Fire Department said", "South Yorkshire Police said ..."
  opening the row, "Scottish Fire and Rescue Service said ..." opening the row, "WA Police
  said", "South Wales Police said", "North Yorkshire Police said", "SA Police said" and
  "London Fire Brigade said ..." as written (eighty-first, two-hundred-and-forty-third);
  "police said" -> "police" (twice); "Road Policing Assistant Commissioner Darren Kilbride
  said", "Detective Inspector Rowan Ashdown said" and "Local councillor Fiona Brannigan
  said" the name with the rank or office dropped (hundred-fifty-second). Left unchecked
  (None): "nach Polizeiangaben" (six times), "nach Feuerwehrangaben", "nach ersten
  Erkenntnissen der Ermittler", "nach ersten Schätzungen", "nach Zählung des
  Landeskriminalamts", "schätzt die Polizei", "beziffert die Polizeiinspektion ...", "Der
  Betreiber bezifferte" (estimates and recording verbs, hundred-tenth, hundred-fifty-second),
  "hiess es bei der Kantonspolizei" and "hieß es bei der Feuerwehr" (two-hundred-fourth:
  "hieß es"), "sagte ein Sprecher der Polizeidirektion Dresden" and "sagte ein
  Polizeisprecher" (a role, eighty-first: "a police spokesman told Reuters"), "kündigte an"
  (no verb of saying), "a force spokesperson said", "a police spokeswoman said", "the force
  said" (eighty-first, two-hundred-and-forty-third), "rät die Polizei" and "police urged"
  (advice, negatives) and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and means no unit for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_298 = [
    # --- Massenkarambolage im Nebel auf der A 1 (dpa/lnw), Montag ---
    ("de", "Münster (dpa/lnw) - Auf der A 1 bei Münster sind am Montagmorgen bei dichtem Nebel 23 Fahrzeuge ineinandergefahren, 14 Menschen wurden verletzt.", True, [("count", 23, None, None), ("count", 14, None, None)], None),
    ("de", "Drei von ihnen erlitten schwere Verletzungen, ein 58 Jahre alter Lkw-Fahrer wurde mit einem Rettungshubschrauber in eine Klinik geflogen, teilte die Polizei Münster mit.", True, [("count", 3, None, None), ("duration", 58, "year", None)], "die Polizei Münster"),
    ("de", "Die Sichtweite habe zum Unfallzeitpunkt gegen 6.40 Uhr stellenweise unter 50 Metern gelegen, sagte Polizeisprecherin Ilka Brömmelkamp.", True, [("count", 50, None, "under")], "Ilka Brömmelkamp"),
    ("de", "„Wer bei solchem Nebel nicht vom Gas geht, handelt schlicht verantwortungslos“, sagte Brömmelkamp.", False, [], None),
    ("de", "Die Autobahn blieb in Richtung Dortmund für rund fünf Stunden gesperrt, der Stau reichte zeitweise über 12 Kilometer.", True, [("duration", 5, "hour", "about"), ("count", 12, None, "over")], None),
    ("de", "Den Sachschaden schätzt die Polizei auf mindestens 450.000 Euro.", True, [("money", 450000, "EUR", "at_least")], None),
    ("de", "„Das war ein Bild der Verwüstung, wie man es selten sieht“, sagte ein Feuerwehrmann an der Unfallstelle.", False, [], None),
    ("de", "Die Polizei bittet Zeugen, die Dashcam-Aufnahmen vom Unfallhergang haben, sich bei der Autobahnpolizei zu melden.", False, [], None),
    # --- Alkolenker im Mühlviertel (APA), Dienstag ---
    ("de", "Linz (APA) - Ein stark alkoholisierter 46-jähriger Lenker ist in der Nacht auf Dienstag im Bezirk Freistadt mit seinem Pkw gegen eine Hausmauer geprallt.", True, [("duration", 46, "year", None)], None),
    ("de", "Ein Alkomattest ergab 1,84 Promille, der Führerschein wurde dem Mühlviertler an Ort und Stelle abgenommen, teilte die Landespolizeidirektion Oberösterreich mit.", True, [("count", 1.84, None, None)], "die Landespolizeidirektion Oberösterreich"),
    ("de", "Der Mann war nach Polizeiangaben bereits zweimal wegen Alkohol am Steuer aufgefallen, zuletzt im Jänner 2024.", True, [("count", 2, None, None), ("year", 2024, None, None)], None),
    ("de", "Seine 19-jährige Beifahrerin wurde leicht verletzt ins Klinikum Freistadt gebracht.", True, [("duration", 19, "year", None)], None),
    ("de", "Der Sachschaden an der Fassade des Bauernhauses beträgt nach ersten Schätzungen rund 30.000 Euro.", True, [("money", 30000, "EUR", "about")], None),
    # --- Brand eines Bauernhauses im Emmental (Keystone-SDA), Dienstag ---
    ("de", "Langnau im Emmental BE (Keystone-SDA) - Beim Brand eines Bauernhauses in Langnau im Emmental ist in der Nacht auf Dienstag ein Sachschaden von rund 1,2 Millionen Franken entstanden.", True, [("money", 1200000, "CHF", "about")], None),
    ("de", "Die fünfköpfige Familie konnte sich unverletzt ins Freie retten, wie die Kantonspolizei Bern am Dienstag mitteilte.", True, [("count", 5, None, None)], "die Kantonspolizei Bern"),
    ("de", "Rund 60 Feuerwehrleute aus drei Gemeinden standen im Einsatz, 14 Rinder und zwei Pferde verendeten in den Flammen.", True, [("count", 60, None, "about"), ("count", 3, None, None), ("count", 14, None, None), ("count", 2, None, None)], None),
    ("de", "Die Brandursache ist noch unklar, Fachleute des Forensischen Instituts haben die Ermittlungen aufgenommen.", True, [], None),
    ("de", "«Es ist ein Albtraum, wir haben alles verloren», sagte der Landwirt der Lokalzeitung.", False, [], None),
    # --- Einbruchserie in Regensburg (dpa/lby), Mittwoch ---
    ("de", "Regensburg (dpa/lby) - Nach einer Serie von 17 Wohnungseinbrüchen im Regensburger Osten hat die Polizei zwei Männer im Alter von 31 und 36 Jahren festgenommen.", True, [("count", 17, None, None), ("count", 2, None, None), ("duration", 31, "year", None), ("duration", 36, "year", None)], None),
    ("de", "Die beiden Georgier sollen seit Anfang September Schmuck und Bargeld im Wert von insgesamt etwa 86.000 Euro erbeutet haben, teilte das Polizeipräsidium Oberpfalz am Mittwoch mit.", True, [("money", 86000, "EUR", "about")], "das Polizeipräsidium Oberpfalz"),
    ("de", "Fahnder hatten die Verdächtigen nach dem 17. Einbruch mithilfe der Aufnahmen einer Türkamera identifiziert.", True, [("ordinal", 17, None, None)], None),
    ("de", "Ein Ermittlungsrichter erließ Haftbefehl, beide sitzen in Untersuchungshaft.", True, [], None),
    ("de", "„Wir sind froh, dass wir den Leuten in der Nachbarschaft wieder etwas Ruhe geben können“, sagte Kriminalhauptkommissar Bernd Wiesmaier.", False, [], None),
    ("de", "Wiesmaier sagte, ein Großteil der Beute sei bereits an Hehler in Tschechien weiterverkauft worden.", True, [], "Wiesmaier"),
    # --- Radarkontrolle auf der B 27 (dpa/lsw), Dienstag ---
    ("de", "Stuttgart (dpa/lsw) - Mit 142 km/h statt der erlaubten 70 ist ein 24-jähriger Autofahrer am Dienstagabend auf der B 27 bei Filderstadt in eine Radarkontrolle gefahren.", True, [("count", 142, None, None), ("count", 70, None, None), ("duration", 24, "year", None)], None),
    ("de", "Nach Angaben der Polizei muss der Mann mit 700 Euro Bußgeld, zwei Punkten und einem dreimonatigen Fahrverbot rechnen.", True, [("money", 700, "EUR", None), ("count", 2, None, None), ("duration", 3, "month", None)], "die Polizei"),
    ("de", "Bei der sechsstündigen Kontrolle wurden insgesamt 318 Fahrzeuge zu schnell gemessen, 41 Fahrer müssen mit einem Fahrverbot rechnen.", True, [("duration", 6, "hour", None), ("count", 318, None, None), ("count", 41, None, None)], None),
    ("de", "Ein Sprecher des Polizeipräsidiums Reutlingen nannte die Zahl der Raser „erschreckend hoch“.", False, [], None),
    ("de", "„Die Bundesstraße ist keine Rennstrecke, auch nicht nachts“, sagte der Leiter der Verkehrspolizei.", False, [], None),
    ("de", "Die Behörde kündigte an, die Messungen auf der Strecke bis Jahresende fortzusetzen.", True, [], None),
    # --- Vermisste Pensionistin in Graz (APA), Dienstag ---
    ("de", "Graz (APA) - Eine seit Montagabend vermisste 83-jährige Pensionistin aus Graz-Andritz ist am Dienstag nach rund 20 Stunden unterkühlt, aber lebend gefunden worden.", True, [("duration", 83, "year", None), ("duration", 20, "hour", "about")], None),
    ("de", "Ein Polizeihund entdeckte die demenzkranke Frau gegen 15.30 Uhr in einem Waldstück etwa zwei Kilometer von ihrem Wohnhaus entfernt.", True, [("count", 2, None, "about")], None),
    ("de", "An der Suche waren mehr als 90 Einsatzkräfte, zwei Drohnen und ein Hubschrauber beteiligt.", True, [("count", 90, None, "over"), ("count", 2, None, None)], None),
    ("de", "„Dass wir sie lebend gefunden haben, ist für uns alle eine riesige Erleichterung“, sagte Einsatzleiter Herwig Sattlegger.", False, [], None),
    ("de", "Die Frau wurde ins LKH Graz gebracht, ihr Zustand ist stabil.", True, [], None),
    # --- Wohnungsbrand in Neukölln (dpa/bb), Mittwoch ---
    ("de", "Berlin (dpa/bb) - Bei einem Wohnungsbrand in Berlin-Neukölln ist in der Nacht zu Mittwoch eine 84 Jahre alte Frau ums Leben gekommen.", True, [("duration", 84, "year", None)], None),
    ("de", "Die Feuerwehr war mit rund 80 Einsatzkräften vor Ort und holte zwölf Bewohner über Drehleitern aus dem fünfgeschossigen Haus, hieß es bei der Feuerwehr.", True, [("count", 80, None, "about"), ("count", 12, None, None), ("count", 5, None, None)], None),
    ("de", "Sieben Menschen kamen mit Rauchgasvergiftungen in Krankenhäuser, darunter zwei Kinder im Alter von vier und sieben Jahren.", True, [("count", 7, None, None), ("count", 2, None, None), ("duration", 4, "year", None), ("duration", 7, "year", None)], None),
    ("de", "Die Wohnung im dritten Stock brannte vollständig aus.", True, [("ordinal", 3, None, None)], None),
    ("de", "Ein Brandermittler des Landeskriminalamts hat die Untersuchung übernommen, Hinweise auf Brandstiftung gibt es nach Polizeiangaben bislang nicht.", True, [], None),
    ("de", "„Sie war eine so liebe Nachbarin, wir können es einfach nicht fassen“, sagte eine Bewohnerin.", False, [], None),
    ("de", "Die Feuerwehr rät, in jeder Wohnung Rauchmelder anzubringen und sie regelmäßig zu prüfen.", False, [], None),
    # --- Neulenker im Aargau (Keystone-SDA), Mittwoch ---
    ("de", "Aarau (Keystone-SDA) - Die Kantonspolizei Aargau hat einem 21-jährigen Neulenker den Führerausweis auf der Stelle abgenommen, nachdem er innerorts mit 97 km/h geblitzt worden war.", True, [("duration", 21, "year", None), ("count", 97, None, None)], None),
    ("de", "Erlaubt sind an der Stelle in Wohlen 50 km/h, nach Abzug der Toleranz war der Lenker damit 44 km/h zu schnell, hiess es bei der Kantonspolizei.", True, [("count", 50, None, None), ("count", 44, None, None)], None),
    ("de", "Ihm drohen eine Freiheitsstrafe und ein Ausweisentzug von mindestens zwei Jahren.", True, [("duration", 2, "year", "at_least")], None),
    ("de", "«Innerorts fast doppelt so schnell wie erlaubt – das ist kein Kavaliersdelikt», sagte ein Polizeisprecher.", False, [("count", 2, None, "nearly")], None),
    ("de", "Das Fahrzeug, ein Sportwagen mit über 400 PS, wurde sichergestellt.", True, [("count", 400, None, "over")], None),
    # --- Geldautomatensprengung in Löningen (dpa/lni), Mittwoch ---
    ("de", "Cloppenburg (dpa/lni) - In Löningen im Landkreis Cloppenburg haben Unbekannte in der Nacht zu Mittwoch den Geldautomaten einer Sparkasse gesprengt, sie flohen mit Beute in unbekannter Höhe.", True, [], None),
    ("de", "Die Explosion gegen 3.15 Uhr verwüstete den Vorraum der Bankfiliale, Trümmerteile flogen bis zu 30 Meter weit.", True, [("count", 30, None, "up_to")], None),
    ("de", "Es war nach Zählung des Landeskriminalamts bereits die neunte Automatensprengung in Niedersachsen in diesem Jahr.", True, [("ordinal", 9, None, None)], None),
    ("de", "Zeugen beobachteten zwei maskierte Männer, die in einem dunklen Audi mit hoher Geschwindigkeit in Richtung Autobahn flüchteten.", True, [("count", 2, None, None)], None),
    ("de", "Den Gebäudeschaden beziffert die Polizeiinspektion Cloppenburg/Vechta auf rund 150.000 Euro.", True, [("money", 150000, "EUR", "about")], None),
    ("de", "Die Statik des Gebäudes wird derzeit von einem Gutachter geprüft, die Bewohner der Wohnungen über der Filiale mussten die Nacht bei Verwandten verbringen.", True, [], None),
    ("de", "„Das ist organisierte Kriminalität mit einem enormen Gefahrenpotenzial für Anwohner“, sagte ein LKA-Sprecher.", False, [], None),
    ("de", "Ob die Täter tatsächlich Geld erbeuteten, ist bislang offen.", False, [], None),
    # --- Schockanruf in Salzburg (APA), Mittwoch ---
    ("de", "Salzburg (APA) - Eine 79-jährige Salzburgerin ist am Mittwoch Opfer eines sogenannten Schockanrufs geworden und hat Goldmünzen und Schmuck im Wert von rund 48.000 Euro an einen Unbekannten übergeben.", True, [("duration", 79, "year", None), ("money", 48000, "EUR", "about")], None),
    ("de", "Ein Anrufer hatte sich als Polizist ausgegeben und behauptet, ihre Tochter habe einen tödlichen Verkehrsunfall verursacht und müsse eine Kaution von 60.000 Euro zahlen.", True, [("money", 60000, "EUR", None)], None),
    ("de", "Der Abholer soll etwa 30 Jahre alt und etwa 1,85 Meter groß gewesen sein, teilte die Landespolizeidirektion Salzburg mit.", True, [("duration", 30, "year", "about"), ("count", 1.85, None, "about")], "die Landespolizeidirektion Salzburg"),
    ("de", "Allein im Bundesland Salzburg wurden nach Polizeiangaben seit Jahresbeginn 212 solcher Anrufe angezeigt, in 19 Fällen hatten die Täter Erfolg.", True, [("count", 212, None, None), ("count", 19, None, None)], None),
    ("de", "„Die Polizei verlangt niemals Kautionen am Telefon, legen Sie sofort auf“, rät die Polizei.", False, [], None),
    # --- Tankstellenüberfall in Offenbach (dpa/lhe), Mittwoch ---
    ("de", "Offenbach (dpa/lhe) - Ein mit einem Messer bewaffneter Mann hat am Mittwochabend eine Tankstelle in Offenbach überfallen und rund 1.200 Euro erbeutet.", True, [("money", 1200, "EUR", "about")], None),
    ("de", "Der etwa 20 bis 25 Jahre alte Täter bedrohte die 52-jährige Kassiererin und flüchtete zu Fuß in Richtung Innenstadt, teilte das Polizeipräsidium Südosthessen mit.", True, [("duration", 20, "year", "about"), ("duration", 25, "year", None), ("duration", 52, "year", None)], "das Polizeipräsidium Südosthessen"),
    ("de", "Eine Fahndung mit sechs Streifenwagen und einem Hubschrauber blieb ohne Erfolg.", True, [("count", 6, None, None)], None),
    ("de", "Es war der dritte Überfall auf eine Tankstelle im Kreis Offenbach binnen vier Wochen.", True, [("ordinal", 3, None, None), ("duration", 4, "week", None)], None),
    ("de", "Ob die Taten zusammenhängen, prüfen die Ermittler noch.", False, [], None),
    # --- Lkw-Unfall auf der A 4 (dpa/sn), Donnerstag ---
    ("de", "Dresden (dpa/sn) - Nach einem Unfall mit zwei Lastwagen ist die A 4 zwischen Dresden-Altstadt und Wilsdruff am Donnerstag für mehr als sieben Stunden gesperrt gewesen.", True, [("count", 2, None, None), ("duration", 7, "hour", "over")], None),
    ("de", "Ein 61 Jahre alter Fahrer aus Polen war nach Polizeiangaben am Stauende auf einen stehenden Sattelzug aufgefahren und in seinem Führerhaus eingeklemmt worden.", True, [("duration", 61, "year", None)], None),
    ("de", "Die Feuerwehr brauchte knapp eineinhalb Stunden, um den Mann zu befreien, er kam mit lebensgefährlichen Verletzungen in die Uniklinik.", True, [("duration", 1.5, "hour", "nearly")], None),
    ("de", "Der Auflieger hatte 22 Tonnen Tiefkühlware geladen, die vollständig umgeladen werden musste.", True, [("count", 22, None, None)], None),
    ("de", "Der Rückstau reichte zeitweise bis zu 15 Kilometer weit, sagte ein Sprecher der Polizeidirektion Dresden.", True, [("count", 15, None, "up_to")], None),
    ("de", "Den Schaden schätzt die Polizei auf etwa 180.000 Euro.", True, [("money", 180000, "EUR", "about")], None),
    ("de", "„Ohne Rettungsgasse hätten wir den Fahrer deutlich später erreicht“, sagte ein Feuerwehrsprecher.", False, [], None),
    # --- Motorradunfall am Susten (Keystone-SDA), Donnerstag ---
    ("de", "Innertkirchen BE (Keystone-SDA) - Ein 38-jähriger Motorradfahrer ist am Donnerstag auf der Sustenpassstrasse tödlich verunglückt.", True, [("duration", 38, "year", None)], None),
    ("de", "Der Mann aus dem Kanton Luzern verlor in einer Linkskurve die Kontrolle über seine Maschine und stürzte rund 40 Meter eine Böschung hinunter, wie die Kantonspolizei Bern mitteilte.", True, [("count", 40, None, "about")], "die Kantonspolizei Bern"),
    ("de", "Die Passstrasse war für die Bergung und die Unfallaufnahme während rund drei Stunden gesperrt.", True, [("duration", 3, "hour", "about")], None),
    ("de", "Es war bereits der fünfte tödliche Motorradunfall im Berner Oberland in dieser Saison.", True, [("ordinal", 5, None, None)], None),
    # --- Halloween-Krawalle in Favoriten (APA), Samstag/Sonntag ---
    ("de", "Wien (APA) - In der Halloween-Nacht ist es in Wien-Favoriten zu Ausschreitungen gekommen, bei denen Jugendliche Polizisten mit Pyrotechnik beschossen haben.", True, [], None),
    ("de", "Die Polizei nahm elf Personen im Alter von 14 bis 19 Jahren fest, vier Beamte wurden leicht verletzt, teilte die Landespolizeidirektion Wien am Sonntag mit.", True, [("count", 11, None, None), ("duration", 14, "year", None), ("duration", 19, "year", None), ("count", 4, None, None)], "die Landespolizeidirektion Wien"),
    ("de", "Rund 250 Jugendliche hatten sich nach Polizeiangaben gegen 21 Uhr am Reumannplatz versammelt.", True, [("count", 250, None, "about")], None),
    ("de", "Mehrere Mistkübel und zwei Autos wurden in Brand gesetzt, der Sachschaden wird auf mehr als 40.000 Euro geschätzt.", True, [("count", 2, None, None), ("money", 40000, "EUR", "over")], None),
    ("de", "Gegen alle Festgenommenen wird wegen schwerer Körperverletzung und Landfriedensbruchs ermittelt.", True, [], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    ("de", "„Das ist keine Jugendkultur mehr, das ist pure Zerstörungswut“, sagte Polizeisprecher Florian Hintermayr.", False, [], None),
    ("de", "Hintermayr sagte, die Polizei werde am kommenden Wochenende mit zusätzlich 120 Beamten in Favoriten Streife gehen.", True, [("count", 120, None, None)], "Hintermayr"),
    ("de", "Bezirksvorsteher Manfred Jirasek kündigte einen runden Tisch mit Schulen und Jugendzentren an.", True, [], None),
    ("de", "Anrainer berichteten, sie hätten sich in der Nacht nicht mehr auf die Straße getraut.", False, [], None),
    # --- Alkohol- und Drogenkontrollen in Bayern (dpa/lby), Montag ---
    ("de", "München (dpa/lby) - Bei landesweiten Alkohol- und Drogenkontrollen hat die bayerische Polizei am Wochenende mehr als 5.600 Fahrzeuge überprüft.", True, [("count", 5600, None, "over")], None),
    ("de", "Dabei seien 73 Fahrer unter Alkoholeinfluss und 29 unter Drogeneinfluss erwischt worden, teilte das bayerische Innenministerium am Montag mit.", True, [("count", 73, None, None), ("count", 29, None, None)], "das bayerische Innenministerium"),
    ("de", "Den höchsten Wert hatte ein 53-Jähriger in Landshut mit 2,9 Promille.", True, [("duration", 53, "year", None), ("count", 2.9, None, None)], None),
    ("de", "Knapp ein Viertel der Alkoholsünder war jünger als 25 Jahre.", True, [("fraction", 0.25, None, "nearly"), ("duration", 25, "year", "under")], None),
    ("de", "Innenminister Joachim Strubelt sagte, die Zahl der Alkoholunfälle in Bayern sei 2024 um 6,3 Prozent gestiegen.", True, [("year", 2024, None, None), ("percent", 6.3, "%", None)], "Joachim Strubelt"),
    ("de", "„Wer trinkt, fährt nicht – so einfach ist das“, sagte Strubelt.", False, [], None),
    ("de", "Zwölf Fahrern wurde der Führerschein noch an Ort und Stelle abgenommen.", True, [("count", 12, None, None)], None),
    # --- Großbrand auf einem Recyclinghof in Duisburg (dpa/lnw), Donnerstag ---
    ("de", "Duisburg (dpa/lnw) - Ein Großbrand auf einem Recyclinghof in Duisburg-Hochfeld hat am Donnerstag eine kilometerweit sichtbare Rauchwolke verursacht.", True, [], None),
    ("de", "Die Stadt warnte Anwohner in drei Stadtteilen per Warn-App Nina vor dem Rauch und riet, die Fenster zu schließen.", True, [("count", 3, None, None)], None),
    ("de", "Nach Feuerwehrangaben waren rund 150 Einsatzkräfte mit 40 Fahrzeugen im Einsatz, darunter zwei Löschboote auf dem Rhein.", True, [("count", 150, None, "about"), ("count", 40, None, None), ("count", 2, None, None)], None),
    ("de", "Auf dem Gelände brannten etwa 2.000 Tonnen Altholz und Kunststoffabfälle.", True, [("count", 2000, None, "about")], None),
    ("de", "Messungen hätten keine gesundheitsgefährdenden Schadstoffwerte ergeben, sagte Feuerwehrsprecher Dirk Osterkamp.", True, [], "Dirk Osterkamp"),
    ("de", "Der Betreiber bezifferte den Schaden auf rund zwei Millionen Euro.", True, [("money", 2000000, "EUR", "about")], None),
    ("de", "Bereits im März 2023 hatte es auf demselben Gelände gebrannt.", True, [("year", 2023, None, None)], None),
    ("de", "Wie lange die Löscharbeiten noch dauern, konnte die Feuerwehr am Abend nicht sagen.", False, [], None),
    # --- Kriminaltouristen in Basel (Keystone-SDA), Freitag ---
    ("de", "Basel (Keystone-SDA) - Die Basler Polizei hat drei mutmassliche Kriminaltouristen festgenommen, die für mindestens 26 Einbrüche in Einfamilienhäuser verantwortlich sein sollen.", True, [("count", 3, None, None), ("count", 26, None, "at_least")], None),
    ("de", "Der Deliktsbetrag beläuft sich auf rund 85'000 Franken, der Sachschaden auf weitere 40'000 Franken, wie die Staatsanwaltschaft Basel-Stadt am Freitag mitteilte.", True, [("money", 85000, "CHF", "about"), ("money", 40000, "CHF", None)], "die Staatsanwaltschaft Basel-Stadt"),
    ("de", "Die Männer im Alter von 23, 27 und 34 Jahren stammen aus Rumänien und reisten jeweils nur für wenige Tage in die Schweiz ein.", True, [("duration", 23, "year", None), ("duration", 27, "year", None), ("duration", 34, "year", None)], None),
    ("de", "Sie wurden am Mittwoch bei einer Grenzkontrolle in Weil am Rhein mit Diebesgut im Kofferraum angehalten.", True, [], None),
    ("de", "«Die Dämmerung beginnt jetzt früher, das nutzen Einbrecher gezielt aus», sagte Polizeisprecherin Corinne Häfliger.", False, [], None),
    ("de", "«Lassen Sie abends Licht brennen und melden Sie verdächtige Fahrzeuge», rät die Polizei.", False, [], None),
    ("de", "Ob die Bande auch für Einbrüche im Baselbiet verantwortlich ist, ist Gegenstand der Ermittlungen.", False, [], None),
    # --- Busunfall auf der Brennerautobahn (APA), Freitag ---
    ("de", "Innsbruck (APA) - Beim Zusammenstoß eines Reisebusses mit einem Lkw auf der Brennerautobahn bei Matrei sind am Freitag 19 Menschen verletzt worden.", True, [("count", 19, None, None)], None),
    ("de", "Der Bus mit 46 Fahrgästen aus Südtirol war auf dem Weg nach München.", True, [("count", 46, None, None)], None),
    ("de", "Zwei Insassen wurden schwer verletzt und mit Notarzthubschraubern in die Klinik Innsbruck geflogen.", True, [("count", 2, None, None)], None),
    ("de", "Der 57-jährige Lkw-Lenker aus Bulgarien dürfte nach ersten Erkenntnissen der Ermittler kurz eingeschlafen sein.", True, [("duration", 57, "year", None)], None),
    ("de", "Die A 13 war in Fahrtrichtung Italien für knapp vier Stunden gesperrt, es bildete sich ein Stau von rund zehn Kilometern.", True, [("duration", 4, "hour", "nearly"), ("count", 10, None, "about")], None),
    ("de", "„Es hat einen furchtbaren Knall gegeben, dann lagen überall Taschen und Glas“, schilderte eine Passagierin.", False, [], None),
    # --- Vermisster Junge in Mannheim (dpa/lsw), Freitag ---
    ("de", "Mannheim (dpa/lsw) - Ein seit Donnerstag vermisster zwölfjähriger Junge aus Mannheim ist wohlbehalten wieder aufgetaucht.", True, [("duration", 12, "year", None)], None),
    ("de", "Der Schüler habe bei einem Freund in Ludwigshafen übernachtet und sich am Freitagmorgen selbst bei der Polizei gemeldet, teilte das Polizeipräsidium Mannheim mit.", True, [], "das Polizeipräsidium Mannheim"),
    ("de", "Zuvor hatten rund 70 Beamte mit Spürhunden und einer Drohne nach dem Kind gesucht.", True, [("count", 70, None, "about")], None),
    ("de", "Die Polizei bedankte sich bei der Bevölkerung für die zahlreichen Hinweise.", False, [], None),
    ("de", "„Wir sind einfach nur unendlich dankbar“, sagte die Mutter des Jungen.", False, [], None),
    # --- Verfolgungsjagd in Hamburg (dpa/lno), Samstag ---
    ("de", "Hamburg (dpa/lno) - Nach einer Verfolgungsjagd durch drei Hamburger Stadtteile hat die Polizei in der Nacht zu Samstag einen 17-Jährigen ohne Führerschein gestoppt.", True, [("count", 3, None, None), ("duration", 17, "year", None)], None),
    ("de", "Der Jugendliche war mit dem Auto seiner Mutter vor einer Kontrolle in Wandsbek geflüchtet und dabei mit bis zu 140 km/h durch die Stadt gerast.", True, [("count", 140, None, "up_to")], None),
    ("de", "Die etwa 20-minütige Flucht endete an einem Laternenmast in Barmbek, sagte ein Polizeisprecher.", True, [("duration", 20, "minute", "about")], None),
    ("de", "Verletzt wurde niemand, an dem Wagen entstand Totalschaden.", True, [], None),
    ("de", "Seine 16 und 18 Jahre alten Mitfahrer blieben ebenfalls unverletzt.", True, [("duration", 16, "year", None), ("duration", 18, "year", None)], None),
    ("de", "Gegen den Jugendlichen wird nun unter anderem wegen eines verbotenen Kraftfahrzeugrennens ermittelt.", True, [], None),
    ("de", "Die Polizei appelliert an Eltern, ihre Autoschlüssel sicher aufzubewahren.", False, [], None),
    # --- Verkehrsbilanz zu Allerheiligen (APA), Sonntag ---
    ("de", "Wien (APA) - Auf Österreichs Straßen sind über das verlängerte Allerheiligenwochenende sechs Menschen ums Leben gekommen, teilte das Innenministerium am Sonntag mit.", True, [("count", 6, None, None)], "das Innenministerium"),
    ("de", "Im Vorjahr waren im selben Zeitraum vier Verkehrstote gezählt worden.", True, [("count", 4, None, None)], None),
    ("de", "Unter den Toten waren zwei Motorradfahrer und ein 81-jähriger Fußgänger, der in Wels bei Dunkelheit von einem Pkw erfasst wurde.", True, [("count", 2, None, None), ("duration", 81, "year", None)], None),
    ("de", "Bei Schwerpunktkontrollen wurden 231 alkoholisierte Lenker angezeigt, 96 von ihnen mussten ihren Führerschein abgeben.", True, [("count", 231, None, None), ("count", 96, None, None)], None),
    ("de", "Seit Jahresbeginn starben damit 318 Menschen bei Verkehrsunfällen in Österreich, um 27 weniger als im Vergleichszeitraum 2024.", True, [("count", 318, None, None), ("count", 27, None, None), ("year", 2024, None, None)], None),
    ("de", "Verkehrsstaatssekretärin Renate Obermoser sagte, Alkohol sei bei jedem siebenten tödlichen Unfall im Spiel gewesen.", True, [("fraction", 0.1429, None, None)], "Renate Obermoser"),
    ("de", "„Jeder dieser Toten ist einer zu viel“, sagte Obermoser.", False, [], None),
    # --- Scheunenbrände in der Altmark (dpa/sa), Freitag ---
    ("de", "Stendal (dpa/sa) - In der Altmark hat es in der Nacht zu Freitag erneut in einer Scheune gebrannt, die Polizei geht von Brandstiftung aus.", True, [], None),
    ("de", "Es war bereits der siebte Scheunenbrand in der Region seit August, teilte das Polizeirevier Stendal mit.", True, [("ordinal", 7, None, None)], "das Polizeirevier Stendal"),
    ("de", "In der Scheune lagerten rund 600 Strohballen, die Feuerwehr ließ sie kontrolliert abbrennen.", True, [("count", 600, None, "about")], None),
    ("de", "Insgesamt waren 85 Feuerwehrleute aus neun Ortswehren im Einsatz.", True, [("count", 85, None, None), ("count", 9, None, None)], None),
    ("de", "Die Polizei hat eine sechsköpfige Ermittlungsgruppe gebildet und eine Belohnung von 5.000 Euro für Hinweise ausgesetzt.", True, [("count", 6, None, None), ("money", 5000, "EUR", None)], None),
    ("de", "Wer in der Nacht verdächtige Personen oder Fahrzeuge in der Nähe der Scheune bemerkt hat, soll sich beim Revier melden.", False, [], None),
    ("de", "„Die Leute hier schlafen nicht mehr ruhig, jeder fragt sich, wer als Nächstes dran ist“, sagte der Bürgermeister.", False, [], None),
    ("de", "Die Ermittler hoffen nun auf Hinweise aus der Bevölkerung.", False, [], None),
    # --- Fussgängerunfälle nach der Zeitumstellung (Keystone-SDA), Freitag ---
    ("de", "Zürich (Keystone-SDA) - Seit der Umstellung auf die Winterzeit sind im Kanton Zürich innerhalb einer Woche 23 Fussgängerinnen und Fussgänger bei Unfällen verletzt worden.", True, [("count", 23, None, None)], None),
    ("de", "Zwei von ihnen, eine 76-jährige Frau und ein neunjähriger Knabe, erlitten schwere Verletzungen, wie die Kantonspolizei Zürich am Freitag mitteilte.", True, [("count", 2, None, None), ("duration", 76, "year", None), ("duration", 9, "year", None)], "die Kantonspolizei Zürich"),
    ("de", "Rund zwei Drittel der Unfälle ereigneten sich zwischen 17 und 19 Uhr.", True, [("fraction", 0.6667, None, "about")], None),
    ("de", "In der gleichen Woche des Vorjahres waren es 14 Verletzte gewesen.", True, [("count", 14, None, None)], None),
    ("de", "«Wer dunkel gekleidet ist, wird von Autofahrern erst aus 25 Metern Distanz gesehen», sagte Polizeisprecher Marco Bühlmann.", True, [("count", 25, None, None)], "Marco Bühlmann"),
    ("de", "«Sehen und gesehen werden – das ist jetzt im Herbst überlebenswichtig», sagte Bühlmann.", False, [], None),
    # --- Festnahme bei Verkehrskontrolle in Bremen (dpa/lni), Samstag ---
    ("de", "Bremen (dpa/lni) - Bei einer Verkehrskontrolle in Bremen-Vegesack ist der Polizei am Samstag ein seit Monaten gesuchter 44-Jähriger ins Netz gegangen.", True, [("duration", 44, "year", None)], None),
    ("de", "Gegen den Mann lagen zwei Haftbefehle vor, unter anderem wegen Betrugs.", True, [("count", 2, None, None)], None),
    ("de", "Weil er eine offene Geldstrafe von 2.700 Euro nicht zahlen konnte, muss er nun für 90 Tage ins Gefängnis.", True, [("money", 2700, "EUR", None), ("duration", 90, "day", None)], None),
    ("de", "Zudem hatte er nach Polizeiangaben rund 14 Gramm Kokain und ein Springmesser bei sich.", True, [("count", 14, None, "about")], None),
    ("de", "Hinweise zum Halter des Wagens nimmt jede Polizeidienststelle entgegen.", False, [], None),
    # --- Dachstuhlbrand in Dornbirn (APA), Samstag ---
    ("de", "Dornbirn (APA) - Bei einem Dachstuhlbrand in einem Mehrparteienhaus in Dornbirn sind am Samstagnachmittag 26 Bewohner evakuiert worden.", True, [("count", 26, None, None)], None),
    ("de", "Die Feuerwehren waren mit 110 Mann und 18 Fahrzeugen im Einsatz, der Brand war nach etwa zweieinhalb Stunden unter Kontrolle.", True, [("count", 110, None, None), ("count", 18, None, None), ("duration", 2.5, "hour", "about")], None),
    ("de", "Als Ursache vermuten die Ermittler Arbeiten mit einem Schweißgerät am Dach, die ein 35-jähriger Handwerker am Vormittag ausgeführt hatte.", True, [("duration", 35, "year", None)], None),
    ("de", "„Wir hatten großes Glück, dass der Wind gedreht hat“, sagte der Einsatzleiter der Feuerwehr Dornbirn.", False, [], None),
    # --- Tempokontrollen vor Schulen (dpa/th), Montag ---
    ("de", "Erfurt (dpa/th) - Bei Tempokontrollen vor Schulen und Kitas hat die Thüringer Polizei in der vergangenen Woche 1.146 Autofahrer mit zu hoher Geschwindigkeit erwischt.", True, [("count", 1146, None, None)], None),
    ("de", "Der schnellste Fahrer wurde in Gera mit 71 km/h in einer Tempo-30-Zone gemessen.", True, [("count", 71, None, None), ("count", 30, None, None)], None),
    ("de", "Knapp jeder zehnte gemessene Fahrer war damit zu schnell unterwegs.", True, [("fraction", 0.1, None, "nearly")], None),
    ("de", "Insgesamt wurden an 212 Messstellen rund 11.800 Fahrzeuge kontrolliert.", True, [("count", 212, None, None), ("count", 11800, None, "about")], None),
    ("de", "„Kinder sind im Straßenverkehr unberechenbar, darauf muss sich jeder einstellen“, sagte ein Polizeisprecher.", False, [], None),
    ("de", "Die Polizei kündigte an, auch künftig unangekündigt vor Schulen zu messen.", True, [], None),
    # --- Alkoholfahrt in St. Gallen (Keystone-SDA), Sonntag ---
    ("de", "St. Gallen (Keystone-SDA) - Mit einer Atemalkoholkonzentration von 0,92 Milligramm pro Liter ist ein 49-jähriger Autofahrer in der Nacht auf Sonntag in St. Gallen in eine Kontrolle geraten.", True, [("count", 0.92, None, None), ("duration", 49, "year", None)], None),
    ("de", "Das entspricht umgerechnet rund 1,84 Promille.", True, [("count", 1.84, None, "about")], None),
    ("de", "Der Mann hatte zuvor in einer Kurve zwei parkierte Autos gestreift und war einfach weitergefahren.", True, [("count", 2, None, None)], None),
    ("de", "Der Führerausweis wurde ihm auf der Stelle abgenommen, den Sachschaden schätzt die Polizei auf rund 15'000 Franken.", True, [("money", 15000, "CHF", "about")], None),
    # --- Einbrecherbande in Kärnten (APA), Sonntag ---
    ("de", "Klagenfurt (APA) - Die Polizei hat in Kärnten eine Einbrecherbande ausgeforscht, der 31 Einbrüche in Geschäfte und Gasthäuser zur Last gelegt werden.", True, [("count", 31, None, None)], None),
    ("de", "Die vier Verdächtigen im Alter zwischen 19 und 42 Jahren sollen Bargeld, Zigaretten und Spirituosen im Wert von rund 120.000 Euro erbeutet haben.", True, [("count", 4, None, None), ("duration", 19, "year", None), ("duration", 42, "year", None), ("money", 120000, "EUR", "about")], None),
    ("de", "Drei von ihnen wurden in die Justizanstalt Klagenfurt eingeliefert, der vierte wird auf freiem Fuß angezeigt.", True, [("count", 3, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Kriminalbeamte hatten die Gruppe über die Auswertung von Handydaten nach einem Einbruch in ein Gasthaus in Feldkirchen im Juli ausgeforscht, sagte Chefinspektor Reinhold Moser-Kainz.", True, [], "Reinhold Moser-Kainz"),
    ("de", "Für alle vier Verdächtigen gilt die Unschuldsvermutung.", False, [("count", 4, None, None)], None),
    # --- Fog crash on the M62 (PA), Monday ---
    ("en", "LEEDS (PA) - Six people were taken to hospital after nine vehicles collided in thick fog on the M62 near Huddersfield early on Monday.", True, [("count", 6, None, None), ("count", 9, None, None)], None),
    ("en", "A 52-year-old woman from Halifax suffered serious injuries and was airlifted to Leeds General Infirmary, West Yorkshire Police said.", True, [("duration", 52, "year", None)], "West Yorkshire Police"),
    ("en", "The westbound carriageway was closed for almost six hours while collision investigators examined the scene.", True, [("duration", 6, "hour", "nearly")], None),
    ("en", "Visibility had dropped to less than 30 metres at the time of the crash, shortly before 7am, a force spokesperson said.", True, [("count", 30, None, "under")], None),
    ("en", "Drivers who filmed the westbound stretch on a dashcam are asked to get in touch with the force.", False, [], None),
    ("en", "\"Please, if it's foggy, slow down and leave a bigger gap,\" Inspector Gemma Thwaite said.", False, [], None),
    # --- Melbourne Cup weekend road blitz (AAP), Sunday ---
    ("en", "MELBOURNE (AAP) - Victoria Police caught 412 speeding drivers and 57 drink-drivers in the first two days of its Melbourne Cup long weekend road blitz.", True, [("count", 412, None, None), ("count", 57, None, None), ("duration", 2, "day", None)], None),
    ("en", "One P-plater was clocked at 163km/h on a 100km/h stretch of the Hume Freeway near Kalkallo on Saturday night, police said.", True, [("count", 163, None, None), ("count", 100, None, None)], "police"),
    ("en", "The 19-year-old had his licence suspended on the spot and his car impounded for 30 days.", True, [("duration", 19, "year", None), ("duration", 30, "day", None)], None),
    ("en", "A 44-year-old man in Geelong returned a blood alcohol reading of 0.214, more than four times the legal limit of 0.05.", True, [("duration", 44, "year", None), ("count", 0.214, None, None), ("count", 4, None, "over"), ("count", 0.05, None, None)], None),
    ("en", "Two people have died on Victorian roads since the operation began on Friday, taking the state's road toll to 241 for the year, eight more than at the same time last year.", True, [("count", 2, None, None), ("count", 241, None, None), ("count", 8, None, None)], None),
    ("en", "Road Policing Assistant Commissioner Darren Kilbride said nearly 40 per cent of the drivers killed this year had not been wearing a seatbelt.", True, [("percent", 40, "%", "nearly")], "Darren Kilbride"),
    ("en", "\"We don't want anyone's Cup weekend to end with a knock on the door from police,\" Kilbride said.", False, [], None),
    ("en", "\"Plan ahead, book a lift or catch a taxi,\" police urged racegoers.", False, [], None),
    # --- Jewellery shop raid in Birmingham (PA), Tuesday ---
    ("en", "BIRMINGHAM (PA) - Four men armed with axes and a sledgehammer raided a jewellery shop in Birmingham's Jewellery Quarter on Tuesday afternoon, escaping with watches and rings worth an estimated £240,000.", True, [("count", 4, None, None), ("money", 240000, "GBP", "about")], None),
    ("en", "The raid lasted just under two minutes, West Midlands Police said.", True, [("duration", 2, "minute", "under")], "West Midlands Police"),
    ("en", "Two members of staff, aged 26 and 61, were treated for shock but were not physically hurt.", True, [("count", 2, None, None), ("duration", 26, "year", None), ("duration", 61, "year", None)], None),
    ("en", "The gang fled on two motorcycles, and one of the bikes was later found burnt out in Handsworth.", True, [("count", 2, None, None)], None),
    ("en", "A 23-year-old man was arrested in Smethwick on Wednesday on suspicion of robbery and remains in custody.", True, [("duration", 23, "year", None)], None),
    ("en", "Detective Inspector Rowan Ashdown said the shop had been targeted in a similar way in 2023, when thieves took jewellery worth about £90,000.", True, [("year", 2023, None, None), ("money", 90000, "GBP", "about")], "Rowan Ashdown"),
    ("en", "\"This was a terrifying ordeal for the staff and for shoppers nearby,\" Ashdown said.", False, [], None),
    # --- Grass fire near Ipswich (AAP), Wednesday ---
    ("en", "BRISBANE (AAP) - A fast-moving grass fire destroyed a home and two sheds west of Ipswich on Wednesday as temperatures reached 36C.", True, [("count", 2, None, None), ("count", 36, None, None)], None),
    ("en", "More than 20 fire crews and three water-bombing aircraft fought the blaze, which burnt through about 180 hectares, Queensland Fire Department said.", True, [("count", 20, None, "over"), ("count", 3, None, None), ("count", 180, None, "about")], "Queensland Fire Department"),
    ("en", "The couple who lived in the house, aged 67 and 70, escaped with their dog before the flames reached it.", True, [("duration", 67, "year", None), ("duration", 70, "year", None)], None),
    ("en", "Police have declared a crime scene and are investigating whether the fire was deliberately lit.", True, [], None),
    ("en", "Residents of about 40 homes were told to leave for four hours before the warning was downgraded.", True, [("count", 40, None, "about"), ("duration", 4, "hour", None)], None),
    ("en", "\"It's just heartbreaking, they've lived there for more than 30 years,\" a neighbour said.", False, [("duration", 30, "year", "over")], None),
    # --- Missing teenager found (PA), Thursday ---
    ("en", "SHEFFIELD (PA) - A 15-year-old girl who had been missing from her home in Sheffield for three days has been found safe and well in Manchester, police said.", True, [("duration", 15, "year", None), ("duration", 3, "day", None)], "police"),
    ("en", "South Yorkshire Police said more than 200 calls from the public had come in after her photograph was shared online.", True, [("count", 200, None, "over")], "South Yorkshire Police"),
    ("en", "She was found at about 10pm on Thursday by Greater Manchester Police officers at a coach station.", True, [], None),
    ("en", "\"We'd like to thank everyone who shared our appeal,\" the force said in a statement.", False, [], None),
    ("en", "Her family said they had never given up hope.", False, [], None),
    # --- Tenement fire in Govanhill (PA), Thursday ---
    ("en", "GLASGOW (PA) - A man has died and 11 people were rescued after fire broke out in a tenement flat in the Govanhill area of Glasgow on Thursday night.", True, [("count", 11, None, None)], None),
    ("en", "Scottish Fire and Rescue Service said eight appliances and about 50 firefighters were sent to the four-storey building shortly after 11pm.", True, [("count", 8, None, None), ("count", 50, None, "about"), ("count", 4, None, None)], "Scottish Fire and Rescue Service"),
    ("en", "The man, believed to be in his 60s, was pronounced dead at the scene.", True, [], None),
    ("en", "Four residents, including a seven-year-old boy, were treated in hospital for smoke inhalation.", True, [("count", 4, None, None), ("duration", 7, "year", None)], None),
    ("en", "A joint investigation by police and the fire service into the cause is under way, though the blaze is not being treated as suspicious.", True, [], None),
    ("en", "Local councillor Fiona Brannigan said the building had been the subject of three fire safety complaints since 2022.", True, [("count", 3, None, None), ("year", 2022, None, None)], "Fiona Brannigan"),
    ("en", "\"The community is in shock tonight,\" Brannigan said.", False, [], None),
    # --- Chase in Perth (AAP), Friday ---
    ("en", "PERTH (AAP) - A 27-year-old man has been charged with 14 offences after allegedly leading police on a 40-minute chase through Perth's northern suburbs in a stolen ute.", True, [("duration", 27, "year", None), ("count", 14, None, None), ("duration", 40, "minute", None)], None),
    ("en", "The vehicle reached speeds of up to 150km/h and ran at least five red lights before tyre deflation devices stopped it in Joondalup, WA Police said.", True, [("count", 150, None, "up_to"), ("count", 5, None, "at_least")], "WA Police"),
    ("en", "The man returned a positive roadside drug test for methylamphetamine and was refused bail.", True, [], None),
    ("en", "He is due to appear in Joondalup Magistrates Court on Monday.", True, [], None),
    ("en", "His licence had been suspended since June last year.", True, [], None),
    ("en", "\"He put every single person on those roads at risk,\" Senior Sergeant Kristy Hallorann said.", False, [], None),
    # --- Lost bushwalker in the Blue Mountains (AAP), Friday ---
    ("en", "SYDNEY (AAP) - A 34-year-old bushwalker has been found alive after almost 70 hours lost in the Blue Mountains.", True, [("duration", 34, "year", None), ("duration", 70, "hour", "nearly")], None),
    ("en", "The man, from Canberra, was spotted by a PolAir helicopter crew on Friday morning in dense bush about 4 kilometres from the track he had set out on.", True, [("count", 4, None, "about")], None),
    ("en", "More than 60 police, State Emergency Service volunteers and National Parks staff had joined the search.", True, [("count", 60, None, "over")], None),
    ("en", "He was dehydrated and had a sprained ankle but was otherwise uninjured, a police spokeswoman said.", True, [], None),
    ("en", "He had not carried a personal locator beacon, which walkers can borrow free of charge from ranger stations in the park.", True, [], None),
    ("en", "\"Please, please carry a beacon,\" Inspector Marcus Delahunty said.", False, [], None),
    # --- Drink-driver hits a bus shelter in Cardiff (PA), Sunday ---
    ("en", "CARDIFF (PA) - A driver who crashed into a bus shelter in Cardiff on Halloween night was found to be more than three times over the drink-drive limit, South Wales Police said.", True, [("count", 3, None, "over")], "South Wales Police"),
    ("en", "The 31-year-old blew 112 microgrammes per 100 millilitres of breath at the roadside, where the limit in Wales is 35.", True, [("duration", 31, "year", None), ("count", 112, None, None), ("count", 100, None, None), ("count", 35, None, None)], None),
    ("en", "Nobody was in the shelter at the time, though a woman had left it about a minute earlier, a police spokesperson said.", True, [], None),
    ("en", "He was charged with drink-driving and is due to appear before Cardiff Magistrates' Court on November 19.", True, [("date", "--11-19", None, None)], None),
    ("en", "Officers arrested 23 people for drink- or drug-driving across the force area over the Halloween weekend, up from 17 a year earlier.", True, [("count", 23, None, None), ("count", 17, None, None)], None),
    ("en", "\"There is simply no excuse,\" Chief Inspector Bethan Pritchard said.", False, [], None),
    # --- Speeder on the A1(M) (PA), Wednesday ---
    ("en", "YORK (PA) - A motorist was caught driving at 127mph on the A1(M) in North Yorkshire, where the limit is 70mph, North Yorkshire Police said.", True, [("count", 127, None, None), ("count", 70, None, None)], "North Yorkshire Police"),
    ("en", "The 42-year-old was banned from driving for 56 days and fined £1,100 at York Magistrates' Court on Wednesday.", True, [("duration", 42, "year", None), ("duration", 56, "day", None), ("money", 1100, "GBP", None)], None),
    ("en", "The force's week-long speed operation recorded 1,284 offences, 9% more than in the same week last year.", True, [("duration", 1, "week", None), ("count", 1284, None, None), ("percent", 9, "%", None)], None),
    ("en", "About one in six of the drivers stopped was aged under 25, the force said.", True, [("fraction", 0.1667, None, "about"), ("duration", 25, "year", "under")], None),
    ("en", "The road policing unit described the speeds it had seen as \"simply shocking\".", False, [], None),
    # --- Break-ins in Adelaide (AAP), Saturday ---
    ("en", "ADELAIDE (AAP) - Two teenagers have been arrested over a string of 19 break-ins at homes and cafes across Adelaide's eastern suburbs.", True, [("count", 2, None, None), ("count", 19, None, None)], None),
    ("en", "The boys, aged 15 and 16, allegedly stole cash, laptops and two cars worth a combined A$85,000, SA Police said.", True, [("duration", 15, "year", None), ("duration", 16, "year", None), ("count", 2, None, None), ("money", 85000, "AUD", None)], "SA Police"),
    ("en", "Both were refused bail and will appear in the Youth Court on Tuesday.", True, [], None),
    ("en", "\"People in these suburbs have been living in fear for weeks,\" local MP Rachel Voss said.", False, [], None),
    # --- E-bike battery fires in London (PA), Friday ---
    ("en", "LONDON (PA) - London Fire Brigade said it had been called to 132 fires involving e-bike and e-scooter batteries so far this year, up from 118 in the whole of 2024.", True, [("count", 132, None, None), ("count", 118, None, None), ("year", 2024, None, None)], "London Fire Brigade"),
    ("en", "The latest, in a flat in Lewisham on Thursday, left a 38-year-old man with serious burns.", True, [("duration", 38, "year", None)], None),
    ("en", "Six fire engines and around 40 firefighters attended the Lewisham blaze.", True, [("count", 6, None, None), ("count", 40, None, "about")], None),
    ("en", "\"Never charge a battery overnight or while you're out,\" the brigade's deputy commissioner urged.", False, [], None),
]
