"""Hundred-and-eighty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, works, prizes and figures
are made up (Patrick Zangerl, Bernhard Tschugg, Sonja Pirker-Lindner, Lisa Haberl, Regula
Baumberger and her "Spital Tössegg", Franz Hiesberger, Franziska Wyss-Imboden, Drautaler
Holzbau GmbH, Kilian Biner-Taugwalder, Lorenz Hagenbichler, Rheintaler Präzision AG, Corinne
Hutter-Büchel, Doris Pinterits, Henrik Strandvold, Luca Zgraggen, Fabian Rettenbacher,
Jannik Burren, Gilles Morand, Anouk Steiner-Ruch, the film «Die Ruhe vor dem Föhn» and the
prize «Première», Adrian Stöckli, Florian Pfurtscheller, Urs Achermann-Bucher; Sian Maddox,
Aisha Qureshi, Morag Sutherland, Dale Kinsella, Jenna Alcott, Ciaran Devlin, Rita Fearon,
Fox River Tissue, Karla Vanden Heuvel, Kernow Lithium, Tamsin Rowe); ministers, Landesräte,
Regierungsräte, mayors and spokespeople of real places appear under made-up names that stand
for no real holder, or by their role only ("eine Sprecherin", "ein Polizeisprecher", "der
Sanierungsverwalter", "der Stadtpräsident von Altstätten", "die zuständige Stadträtin", "ein
Hotelier", "eine Nachbarin"). Real bodies, places, events and things ("Kaunertal",
"Landespolizeidirektion Tirol", "Ötztaler Alpen", "Bergrettung", "Grazer Gemeinderat",
"Blaue Zone", "ÖVP", "FPÖ", "Wien-Floridsdorf", "Berufsfeuerwehr Wien", "Zürcher
Regierungsrat", "Gesundheitsdirektion", "Kantonsrat", "SP", "GLP", "Kantonsspital
Winterthur", "Julierpassstrasse", "Bivio", "Kantonspolizei Graubünden", "Rega", "Chur",
"GeoSphere Austria", "Lienz", "Tamsweg", "Wiener Berufsrettung", "Caritas", "Westautobahn
(A1)", "Ansfelden", "Asfinag", "St. Pölten", "Bezirk Zwettl", "Waldviertel", "Grüne",
"Landtag", "Stadt Bern", "Gewerbeverband", "Klagenfurt", "Spittal an der Drau",
"Kreditschutzverband KSV1870", "Zermatt", "Täsch", "Matterhorn Gotthard Bahn",
"Oberwallis", "Mattertal", "Institut für Schnee- und Lawinenforschung (SLF)",
"Mozartwoche", "Stiftung Mozarteum", "Haus für Mozart", "Altstätten", "Brünn", "Unia",
"Dornbirn", "Lustenau", "Landespolizeidirektion Vorarlberg", "Justizanstalt Feldkirch",
"Eisenstadt", "Schladming", "ORF", "Chamonix", "SC Bern", "Lausanne", "National League",
"Postfinance-Arena", "ZSC Lions", "Solothurner Filmtage", "Gotthard-Strassentunnel",
"Göschenen", "Kantonspolizei Uri", "Bundesamt für Strassen (Astra)",
"San-Bernardino-Route", "Kantonspolizei Aargau", "Oftringen", "Landesstatistik Tirol",
"vida", "Luzerner Regierungsrat", "Wiener Linien", "U5", "Walserberg",
"Landespolizeidirektion Salzburg", "MeteoSchweiz", "Chasseral", "Genf", "Mittelland";
"Cardiff Council", "Welsh Government", "M62", "Huddersfield", "West Yorkshire Police",
"Bradford", "Highlands", "Moray", "Met Office", "Altnaharra", "CalMac", "Aberdeenshire",
"Scottish and Southern Electricity Networks", "Police Scotland", "A9", "Dalwhinnie", "Iowa
House", "Legislative Services Agency", "National Weather Service", "Northeast Kingdom",
"Green Mountain Power", "Montpelier", "Berthoud Pass", "Colorado Avalanche Information
Center", "Front Range", "Department of Health", "Royal Victoria Hospital", "Royal College
of Nursing", "De Pere", "Cornwall Council", "St Austell", "St Dennis") stand for the way
wire copy names them; every death, vote, fee, loss, reading, toll, sum, result, date and
quote here is invented, and where a real figure came to mind (a real fare, a real prize
purse, a real seat count) it was changed.

Its weight: AN ORDINARY AUSTRIAN AND SWISS REGIONAL WIRE DAY - one Tuesday in January
(January 20), 34 short stories in story order as the regional desks file them: APA from the
Bundesländer (Tirol, Steiermark, Wien, Oberösterreich, Niederösterreich, Kärnten, Salzburg,
Vorarlberg, Burgenland) and Keystone-SDA from the cantons (Zürich, Graubünden, Bern, Wallis,
St. Gallen, Solothurn, Uri, Aargau, Luzern), each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes, follow-ups). About three
quarters German, in Austrian and Swiss usage: Austrian "Jänner", "heuer", "Spital",
"Pensionistin", "Stiegenhaus", "Lenker", "Lkw-Lenker", "Landesrat", "Gesundheitslandesrat",
"Soziallandesrätin", "Verkehrsstadträtin", "Gemeinderat", "Burschen", "auf freiem Fuß
angezeigt", "Justizanstalt", "Dienstnehmer", "Sanierungsverfahren", "Passiva", "Quote",
"ersucht", "um 15 Euro", "Nächtigungen", „“ quotes; Swiss "Regierungsrat",
"Gesundheitsdirektorin", "Volkswirtschaftsdirektorin", "Finanzdirektor", "Kantonsrat",
"Märzsession", "Gemeinderätin", "Gemeindepräsident", "Stadtpräsident", "Stimmvolk",
"Velowege", "Strassenraum", "Lenker", "Führerausweis", "Chauffeur", "innert", "während fast
vier Stunden", "Bis am 28. Januar", "Mitarbeitende", "Steuerzahlende", "Steuerfuss ... von
1,70 auf 1,62 Einheiten", "Pflästerlipolitik", "Leader", "Franken", Swiss apostrophes
("1'100", "9'500", "15'240", "62'000"), «» quotes: local politics (Graz's parking fees, Bern's
cycle lanes, Lucerne's tax cut, Zurich's hospital loan, Lower Austria's hospital plan,
Burgenland's heating allowance), police reports (an avalanche death in the Kaunertal, a car
off the Julier road, a flat fire in Floridsdorf, a pile-up on the A1, a burglary series in
Vorarlberg, a speeder on the Swiss A1, smugglers at the Walserberg), weather (the coldest
night in Austria, the Bise in Switzerland, Zermatt cut off), traffic (a van fire in the
Gotthard road tunnel), business (a timber builder's insolvency, job cuts in the Rheintal,
Tyrol's December nights, Vienna's public transport), culture (the Mozartwoche, the
Solothurn film days) and sport (the Schladming night slalom, SC Bern's fifth win in a row).
About a quarter English from the regional services of PA and the AP state wires: Cardiff's
council tax, a fatal crash on the M62, snow in the Highlands, Iowa's property tax cap, a
cold snap in Vermont, an avalanche death in Colorado, emergency waits in Northern Ireland, a
paper mill closing in Wisconsin and a lithium plant approved in Cornwall. Figures as such
copy has them: readings (temperatures with "minus" and a felt temperature, snow in
centimetres, heights in metres with "oberhalb von", gusts, breath alcohol, speeds, queues
in kilometres, feet), danger levels on their scales, votes, seats, fees, fares, losses,
loans, budgets, allowances and income limits in euros, francs, pounds and dollars, tax
units, shares in words ("Rund ein Drittel", "Gut zwei Drittel", "knapp die Hälfte davon",
"Jeder vierte Fahrgast", "Around one in five"), number words and compounds ("zehntägigen",
"fünfteiligen", "zweimal", "a five-level scale"), ordinals ("der sechste Lawinentote", "im
dritten Stock", "die zweithöchste Stufe", "Die 61. Solothurner Filmtage", "in der 51.
Minute", "the fourth avalanche death"), race margins in seconds, ages, spans, years, a
fiscal year, dates with and without a year. Negatives as such copy has them: officials'
rhetoric and reassurance, labels by parties, unions and lobbies, advice and appeals,
forecasts and hopes without a figure, open questions, a coach's and a winner's verdicts,
vox pops and the presumption of innocence - three of them carrying figures, labelled.

237 rows (179 German, 58 English), 57 negatives (41 German, 16 English), 180 check-worthy
rows of which 20 carry no figure (18 German, 2 English), 263 expected quantities (111
counts, 46 durations - 30 in years, 11 in hours, 2 in minutes, 1 in days, 1 in seconds, 1 in
weeks -, 30 amounts of money - 16 EUR, 9 CHF, 4 GBP, 1 USD -, 24 years, 20 ordinals, 19
percentages - all in % -, 8 dates, 5 fractions; 4 of them in three negatives, as the
seventeenth batch labels a figure in a negative), 39 checked speakers (25 German, 14
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, reassurance or piece of rhetoric is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth, hundred-sixty-ninth); a reported fact or figure is check-worthy with
  its speaker. The pairs from one speaker: Zangerl's 48 hours and 70 centimetres ->
  "Patrick Zangerl" beside „Wer jetzt abseits der Pisten unterwegs ist, ...“;
  Pirker-Lindner's 2.1 million euros beside „Wer in die Innenstadt will, ...“; Baumberger's
  cash lasting until the end of May beside «Wir stehen zu diesem Spital, ...»; Hiesberger's
  1.4 billion euros beside „Niemand muss sich Sorgen machen, ...“ (a reassurance,
  hundred-sixty-ninth: a promise as rhetoric); Wyss-Imboden's 19 and 25 percent beside «Eine
  Stadt, in der Kinder sicher Velo fahren können, ...»; Pinterits's 18,700 applications beside
  „Niemand im Burgenland soll im Winter frieren müssen“; Stöckli's 62 km/h beside «Solche
  Fahrten sind keine Kavaliersdelikte, ...»; Achermann-Bucher's 38 percent beside «Wir geben
  den Steuerzahlenden zurück, ...»; Maddox's 60% beside "Nobody goes into local government
  ..."; Kinsella's 2027 beside "Iowans are being taxed out of their own homes". Konjunktiv I
  paraphrases of a fact or a figure are check-worthy with the speaker their own attribution
  gives ("Binnen 48 Stunden seien ... gefallen, sagte ...", "Die Stadt rechne mit ...", "...
  reichten ohne die Hilfe nur noch bis Ende Mai", "dafür seien Investitionen von ...", "Nach
  Abzug der Toleranz betrage die Überschreitung 62 km/h, ...", "die Nettoschulden ... seien
  seit 2020 um 38 Prozent gesunken"; thirty-ninth, hundred-second, hundred-seventy-sixth),
  with the speaker unchecked where no name or body stands ("Grund seien ..., teilte das
  Unternehmen ... mit." is checked as "das Unternehmen", "..., sagte eine Sprecherin." and
  "Ein Polizeisprecher sagte, ..." are not).
- Check-worthy without a figure (hundred-nineteenth, hundred-forty-eighth,
  hundred-fifty-second, hundred-sixty-ninth): steps announced by a party ("Die FPÖ kündigte
  an, eine Volksbefragung ... zu beantragen."; hundred-fifty-first: steps announced), a
  stated demand ("Die GLP fordert stattdessen eine Fusion ..."; hundred-fifty-eighth), the
  parliament's pending decision ("Über das Darlehen muss noch der Kantonsrat entscheiden,
  ...", "Der Kantonsrat berät die Vorlage in der Märzsession." - "Märzsession" none, a month
  as in "im März"), a hospital's cash position, a rescue flight, summer tyres and no valid
  licence, a police account of speeding, an insolvency opened and a business carried on, a
  village reachable only by helicopter, a railway stopped, a body's schedule for its own act
  ("Die Gemeinde rechnet damit, die Strasse frühestens am Mittwochnachmittag wieder öffnen zu
  können, ..."; hundred-sixty-eighth, hundred-sixty-ninth: "Die Sperre soll frühestens am
  Dienstagmittag aufgehoben werden."), a canton in contact with a firm, the next race and the
  next home game (scheduled events, sixty-fifth), "Verletzt wurde niemand." (eighty-first), a
  car confiscated, a Met Office warning in force (hundred-forty-seventh, hundred-sixty-ninth)
  and "He remains in custody." (hundred-fifty-second: "Der Mann sitzt in Untersuchungshaft,
  ...").
- Forecasts, plans and estimates with a figure are check-worthy, without one negatives
  (forty-seventh, hundred-nineteenth, hundred-forty-eighth, hundred-sixty-ninth): "Die Stadt
  rechne mit Mehreinnahmen von rund 2,1 Millionen Euro pro Jahr", "Das Land rechnet mit rund
  21.000 Anträgen und Kosten von 9,5 Millionen Euro.", "Sechs kleinere Häuser sollen bis 2032
  ...", "Der Bau der U5 soll bis 2030 abgeschlossen sein, ...", "Dem Kanton entgehen dadurch
  nach eigenen Berechnungen jährlich rund 46 Millionen Franken.", "The proposal would save
  homeowners an estimated $310 million over five years, ...", "86 extra beds would open ...",
  "expected to create about 300 jobs", "up to 10,000 tonnes ... a year from 2028"; negatives:
  "Laut GeoSphere Austria dürfte die Kälte noch bis zum Wochenende anhalten.", "MeteoSchweiz
  erwartet erst gegen das Wochenende eine Abschwächung der Bise.", "Die Polizei rechnet damit,
  dass der Druck auf die Grenze im Frühjahr wieder zunimmt.", "Forecasters said more snow
  later in the week would only add to the danger.", "Cities and counties warned that the cap
  could force cuts ...".
- Other negatives (ninety-eighth, hundred-forty-eighth, hundred-fifty-second,
  hundred-sixty-ninth, hundred-seventy-second): labels ("Die ÖVP sprach von einer „Abzocke
  ...“.", "Die SP kritisierte das Vorgehen als «Pflästerlipolitik ohne Plan».", "Die Grünen
  sprachen von einem „Kahlschlag auf Raten ...“.", "Der Gewerbeverband sprach von einem
  «Frontalangriff ...».", "Die Gewerkschaft Unia sprach von einem «schwarzen Tag ...».", "Die
  SP warnte vor einem «Steuerwettlauf ...».", "Die zuständige Stadträtin nannte den Preis ...
  „europaweit unschlagbar“.", "Die Grünen kritisierten die Preiserhöhung als „Strafsteuer
  ...“.", "Opposition councillors called the rise "a tax on families ..."", "The Royal
  College of Nursing described the figures as proof of a system "in permanent crisis"."), a
  mayor's shock («schockiert und enttäuscht»), quotes of verdict, feeling and resolve
  (Zangerl, Pirker-Lindner, Baumberger, Hiesberger, Wyss-Imboden, Pinterits, Haberl,
  Hagenbichler, Strandvold, Rettenbacher, Morand, Steiner-Ruch, Stöckli, Pfurtscheller,
  Achermann-Bucher, Maddox, Kinsella, Fearon, Rowe, the policeman's praise «Der Chauffeur hat
  genau richtig reagiert»), a pledge as rhetoric ("the city would "do everything it can"
  ..."; hundred-sixty-ninth), advice and appeals ("Die Bergrettung rät, ...", "Die
  Kantonspolizei rät, ...", "Die Caritas ersucht die Bevölkerung, ...", "Die Polizei
  appelliert an alle Lenkerinnen und Lenker, ...", "Die Polizei rät Vereinen, ...",
  "Detective Sergeant Aisha Qureshi appealed for anyone who saw ...", "Anyone with dashcam
  footage is asked to contact ...", "Police Scotland urged drivers ...", "Officials urged
  residents ..."), a hope ("Die Asfinag hofft, ..."; thirtieth), open questions ("Warum das
  Feuer ausbrach, war zunächst unklar.", "Ob der Landtag dem Plan ... zustimmt, ist offen.",
  "Ob sich für das Werk in Spittal ein Investor findet, ist offen.", "Ob die Bahn am Mittwoch
  wieder fährt, ..."), a concern ("Campaigners raised concerns about lorry traffic ..."), vox
  pops (a neighbour's „Ich bin vom Rauch aufgewacht ...“, a hotelier's «Die Gäste nehmen es
  gelassen, ...») and "Es gilt die Unschuldsvermutung." (fifty-fifth). Three negatives keep
  their figures, labelled (seventeenth, hundred-sixty-ninth: vox pops keep their figures):
  Rettenbacher's „Ich habe im zweiten Durchgang einfach alles riskiert, ...“ ordinal 2, "In
  40 years in this glen ..." with "Morag Sutherland, 68," 40 and 68 years, and "Jenna
  Alcott, 34," 34 years.
- Readings are counts of the figure as written (fourth, eighty-first, hundred-forty-eighth,
  hundred-sixty-ninth): temperatures with "minus" a sign ("unter minus 20 Grad" -20 "under" -
  hundred-forty-eighth: "unter 45 Prozent" -, "minus 24,3 Grad", "minus 22,8 Grad", "minus
  elf Grad" -11 with the number word, "minus 6,4 Grad", "minus 14.6C", "minus 31 degrees
  Fahrenheit"; eighty-eighth: "minus 14 degrees Celsius"), snow ("bis zu 70 Zentimeter
  Neuschnee", "bis zu 110 Zentimeter Schnee", "up to 25cm of snow" "up_to"), heights and
  lengths ("auf rund 2.600 Metern Seehöhe", "rund 80 Meter", "about 300 feet wide and ran
  roughly 800 vertical feet" "about"), gusts ("Böen von 97 Kilometern pro Stunde"), queues
  and detours ("ein Stau von bis zu 14 Kilometern", "auf bis zu neun Kilometern" "up_to",
  "einen Umweg von rund 120 Kilometern" "about"), speeds ("mit 189 km/h ..., erlaubt sind dort
  120 km/h", "62 km/h"; eighty-first), breath alcohol ("0,41 Milligramm pro Liter" 0.41;
  eighty-first: "0,91 Milligramm pro Liter"), "rund 1.900 Tonnen Salz" "about". New:
  "gefühlte Temperaturen von minus 15 Grad" is -15 and "wind chills ... reached minus 45" is
  -45 - a felt temperature is a reading as a measured one is, also where the unit word is
  left out after "minus". New: "oberhalb von 2.200 Metern" and "Oberhalb von 800 Metern" are
  2200 and 800 "over" - "oberhalb von" before a figure bounds it from below as "über" and
  "above" before a figure do (hundred-sixty-ninth: "above 50C"), the mirror of "unterhalb
  von" "under" (hundred-seventy-sixth).
- Levels, scales and units (hundred-sixty-third, hundred-sixty-ninth): "mit Stufe 3 auf der
  fünfteiligen Skala" 3 and 5, "die Lawinengefahrenstufe 4" 4 (hundred-sixty-ninth: "die
  höchste Meldestufe 4"), "level 3 on a five-level scale" 3 and 5. New: "den Steuerfuss ...
  von 1,70 auf 1,62 Einheiten" is count 1.7 and count 1.62 - a tax multiplier written in
  units stays a count as written, as one written in percent stays a percent
  (hundred-sixty-third: "Der Steuerfuss bleibt unverändert bei 119 Prozent"), the unit
  written once serving the earlier figure (seventy-sixth). None: "Band D" (a letter), road
  identifiers ("Westautobahn (A1)", "auf der A1", "the M62", "the A9"; hundred-forty-eighth,
  hundred-sixty-ninth), "KSV1870" (part of a name, hundred-forty-eighth). New: "between
  junctions 23 and 24" carries no count - junction numbers name places on a road as "A 10"
  names the road (hundred-fifty-second). New: "Der Bau der U5" carries none - a metro line's
  name, read as a road identifier.
- Counts (every batch): votes and seats ("mit 27 zu 21 Stimmen", "by nine votes to three",
  "34 of the 100 House seats"; hundred-seventy-second), definite groups ("140 von 620
  Stellen", "Zwei der Verdächtigen", "11 of its 29 ferry routes", "the five health trusts";
  forty-first), "mit zwei Begleitern", "23 Bewohnerinnen und Bewohner", "Rund 60
  Feuerwehrleute" "about", "zu 37 Einsätzen", "mit vier Teams ... rund 210 obdachlose
  Menschen", "mit sieben Fahrzeugen", "Fünf Menschen", "42 Streufahrzeuge", "von 26 auf 20",
  "Sechs kleinere Häuser", "knapp 310.000 Menschen" "nearly", "rund 612.000
  Patientenkontakte", "rund 8.400 Unterschriften" ("bereits" no hedge), "weitere 35 Kilometer
  Velowege" ("weitere" no hedge), "Rund 900 Parkplätze", "84 Dienstnehmer und rund 230
  Gläubiger" (the hedge on its own figure, hundred-fifty-second), "Rund 1'100 Mitarbeitende
  ..., etwa 14'000 Patientinnen und Patienten" ("jährlich" none; tenth: Swiss apostrophes),
  "rund 9'500 Gäste", "die 61 Veranstaltungen", "rund 31.000 Karten" ("bisher" no hedge), "rund
  1'300 Stellen", "19 Einbrüchen", "Drei Burschen", "rund 21.000 Anträgen", "knapp 18.700
  Anträge", "mehr als 40.000 Zuschauerinnen und Zuschauern" "over", "nach zwei Durchgängen" 2
  (hundred-forty-ninth), "mit 412 Punkten 36 Zähler vor", "14 Festnahmen", "Vor 15'240
  Zuschauern", "traf ... zweimal" 2 (the issue's "viermal"), "nach 41 Runden mit 73 Punkten",
  "172 Filme, davon 58 Premieren" ("davon" no hedge), "rund 62'000 Eintritte", "mit 7,2
  Millionen Nächtigungen" 7,200,000, "knapp 1,5 Millionen" "nearly", "4,8 Nächte" 4.8 (a
  night no unit of the issue's list, hundred-forty-fifth: "zwei Nächte in Folge"; "Im
  Durchschnitt" no hedge), "rund 4.000 Stellen", "Rund 987 Millionen Fahrgäste", "auf
  1.172.000", "14 Migranten", "38 Schlepper", "More than 120 schools", "94 posts", "About
  4,300 homes ..., and 1,100", "At least 40 school districts" "at_least", "three warming
  shelters with room for about 160 people", "fewer than 2,000 customers" "under"
  (hundred-seventy-second: "by fewer than 20,000 votes"), "Two companions", "More than 1,400
  patients", "86 extra beds", "260 jobs", "about 26,000 people", "about 300 jobs". None: "die
  beiden", "Die Begleiter" (no number word), "ein Lkw-Lenker" and "ein Schneebrett" (articles),
  "mehrere Lenker", "einstimmig", scores ("mit 4:2", "Das entscheidende 3:2";
  hundred-fifty-third), "one of the largest employers" ("one of" none, forty-first).
- Ordinals and fractions (the issue; every batch): "der sechste Lawinentote" 6 ("bereits"
  no hedge), "im dritten Stock" 3 (hundred-forty-ninth), "die dritte größere Pleite ... seit
  Jahresbeginn" 3, "die zweithöchste Stufe" 2 (the issue's "die drittgrößte Stadt"),
  "Dritter wurde" 3, "nach dem ersten Lauf" 1, "auf Rang neun" 9, "der vierte Weltcupsieg ...
  und der zweite in diesem Winter" 4 and 2 (the elliptic ordinal, eighty-ninth), "im zweiten
  Durchgang" 2, "den fünften Sieg in Serie" 5, "in der 51. Minute" 51, "auf Rang vier" 4,
  "Lausanne ist Siebter" 7, "Die 61. Solothurner Filmtage" 61 (hundred-fifty-third: "die 84.
  Auflage"), "der dritte Fahrzeugbrand im Tunnel seit 2024" 3, "die ersten Züge" 1
  (hundred-forty-ninth: "the first images"), "the fourth avalanche death" 4, "the third
  paper mill closure" 3. None: "erstmals" (hundred-sixty-ninth), "im Mitteldrittel" (a
  period's name with no figure written), "die teuersten Karten", "the longest recorded wait",
  "the lowest reading" (superlatives without a number word, hundred-fifty-second). Fractions:
  "Rund ein Drittel" 0.3333 "about", "knapp die Hälfte davon" 0.5 "nearly", "Gut zwei
  Drittel" 0.6667 "over" (hundred-forty-eighth: "Gut ein Drittel"), "Jeder vierte Fahrgast"
  0.25 (the issue's "jeder vierte"; a survey's share of respondents holding a view is
  check-worthy, hundred-sixteenth), "Around one in five" 0.2 "about"
  (hundred-fifty-second).
- Percentages as written (every batch): "Etwa 40 Prozent davon" "about", "von 81 auf 68
  Prozent" both (the unit written once, seventy-sixth), "ein Plus von 4,2 Prozent", "bei 19
  Prozent ... auf 25 Prozent", "eine Quote von 20 Prozent", "um bis zu 30 Prozent" "up_to"
  ("um" no hedge, hundred-forty-eighth), "zu 96 Prozent ausgelastet", "von 23 Prozent", "um
  3,1 Prozent mehr als" and "um 2,6 Prozent mehr als" (the comparison after the figure,
  hundred-first), "um 38 Prozent gesunken", "by 6.8%", "a 3.1% rise", "about 60%", "at 2%",
  "by an average of 6.4%" ("an average of" no hedge, hundred-forty-ninth), "about 40%".
- Durations and ages (the issue: "fünfstündigen", "zehn Minuten"; every batch): "nach etwa
  25 Minuten" "about", "Binnen 48 Stunden" and "Innert 36 Stunden" ("binnen", "innert" no
  hedge, hundred-sixty-ninth), "mehr als zwei Stunden lang" "over" (hundred-fifty-third:
  "zehn Minuten lang"), "innert zwei Jahren", "für rund drei Stunden" "about", "knapp drei
  Stunden" "nearly", "binnen zwei Jahren", "des zehntägigen Festivals" 10 days (the issue's
  "dreitägige Reise"), "0,18 Sekunden Vorsprung" 0.18 seconds (hundred-fifty-third), "von bis
  zu vier Jahren" "up_to", "for almost nine hours" "nearly", "over five years" ("over"
  before a span no hedge, hundred-sixty-ninth), "in nearly three years" "nearly", "opened two
  hours late", "within about 15 minutes" "about" ("within" no hedge), "71 hours", "in three
  years", "12 weeks of severance pay". New: "während fast vier Stunden" is 4 hours "nearly" -
  the Swiss "während" before a span is no hedge, as "für" and "over" before a span are
  (hundred-sixty-ninth), "fast" the hedge. New: "waited longer than 12 hours" and "waits
  longer than 12 hours" are 12 hours "over" - "longer than" before a span bounds it from
  below as "more than" does and as "älter als" does an age (tenth). Ages are durations in
  years ("Ein 46-jähriger Skitourengeher", "Die Begleiter, 39 und 51 Jahre alt," - the unit
  written once, forty-sixth -, "Eine 79-jährige Pensionistin ..., ihr 34-jähriger Nachbar",
  "Der 22-jährige Lenker und seine 19-jährige Beifahrerin", "im Alter von 16, 17 und 19
  Jahren", "Der 19-Jährige", "Der 27-Jährige", "Der 58-jährige Chauffeur", "Der 24-jährige
  Lenker", "ein 31-jähriger Rumäne", "im Alter von 17 bis 42 Jahren" both, "A 53-year-old
  lorry driver", "a 41-year-old man", "A 29-year-old snowboarder", "homeowners over 65" 65
  "over" - hundred-forty-eighth: "adults over 75" -, and the vox pops above). None:
  "heuer", "in diesem Winter", "seit Jahresbeginn", "im vergangenen Jahr", "im Jahr davor",
  "im Vorjahr", "jährlich", "pro Jahr", "im Monat", "a week", "a year" (after money or a
  quantity, hundred-fifty-second, hundred-seventy-second), "next year", "this winter", "this
  season", "last week", "yearly", weekdays and their compounds ("am Montagnachmittag", "in der
  Nacht auf Dienstag", "am Dienstagmorgen", "seit Montagabend", "am Mittwochnachmittag",
  "early Tuesday", "by midmorning"), months ("seit Oktober", "bis Ende Mai", "im Dezember",
  "by the end of February", "by the end of April") and clock times ("gegen 2.40 Uhr", "until
  6pm on Wednesday"). New: "Für die Stunde in der Blauen Zone werden dann 3,20 Euro ...
  fällig" carries no duration - the hour a fee is charged for names no span, as "pro Jahr"
  and "a week" after money carry none.
- Money in the currency written (every batch): EUR ("um 400.000 Euro" - "um" before a
  difference no hedge -, "3,20 Euro statt bisher 2,60 Euro" 3.2 and 2.6 - hundred-fiftieth:
  "4,50 Euro" -, "rund 2,1 Millionen Euro", "rund 1,4 Milliarden Euro", "rund 11,8 Millionen
  Euro", "390 Euro", "etwa 48.000 Euro", "auf 450 Euro pro Haushalt", "bis zu 1.600 Euro im
  Monat" "up_to" and "2.450 Euro", "Kosten von 9,5 Millionen Euro" with no hedge of its own,
  "459 Euro statt 365 Euro", "jeweils bis zu 3.000 Euro" "up_to" - "jeweils" no hedge,
  hundred-seventy-second), CHF ("38 Millionen Franken", "14,6 Millionen Franken ..., 9,8
  Millionen Franken", "62 Millionen Franken", "4,3 Millionen Franken", "15'000 Franken",
  "rund 46 Millionen Franken" "about", "212 Millionen Franken ..., 18 Millionen Franken"),
  GBP ("about £2.40 a week" "about", "£38.6 million", "£96 million ... a further £150
  million" - "a further" no hedge, seventy-third), USD ("an estimated $310 million" "about",
  hundred-sixty-ninth). New: "die günstigsten gibt es um 15 Euro" is 15 EUR with no hedge -
  the Austrian "um" before a price says "for" and bounds nothing, as "um" before a difference
  (hundred-forty-eighth) stays no hedge.
- Years and dates: "2040", "bis 2032", "2025" (three times), "2024" (twice), "im
  Dezember 2024" and "seit Februar 2023" their years, "bis 2030" (twice), "Die
  Mozartwoche 2026" 2026 (an edition named by its year, as "the 2022 shooting",
  hundred-fifty-second), "bis Ende 2027", "ab 2027",
  "seit 2020", "seit 2017", "seit 2024", "for 2026-27" both years (hundred-sixty-third),
  "from 2027", "in 2025", "in 1958", "since 2023", "from 2028"; "ab 1. März" --03-01 ("ab" no
  hedge, ninety-eighth), "am 14. Juni" --06-14, "am 22. Jänner" --01-22, "bis 13. Februar"
  --02-13 ("bis" before a date no hedge, hundred-thirty-fifth), "ab 2. Februar" --02-02, "Bis
  am 28. Januar" --01-28 (the Swiss "bis am" read as "bis"), "seit 1. Jänner" --01-01 ("seit"
  no hedge; tenth: "mit 1. Jänner"), "until February 16" --02-16 dates without a year; APA
  ("Innsbruck (APA) -", "Graz (APA) -", "Wien (APA) -", "Linz (APA) -", "St. Pölten (APA) -",
  "Klagenfurt (APA) -", "Salzburg (APA) -", "Bregenz (APA) -", "Eisenstadt (APA) -",
  "Schladming (APA) -"), Keystone-SDA ("Zürich", "Chur", "Bern", "Sitten", "St. Gallen",
  "Solothurn", "Altdorf", "Aarau", "Luzern"), PA ("CARDIFF (PA) -", "LEEDS (PA) -",
  "INVERNESS (PA) -", "BELFAST (PA) -", "TRURO (PA) -") and AP ("DES MOINES, Iowa (AP) —",
  "BURLINGTON, Vt. (AP) —", "DENVER (AP) —", "GREEN BAY, Wis. (AP) —") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "About", "Around",
  "roughly", "an estimated" "about"; "knapp", "fast", "almost", "nearly" "nearly"; "mehr
  als", "Gut", "More than", "over" before an age, "longer than", "oberhalb von", "Oberhalb
  von" "over"; "unter", "fewer than" "under"; "bis zu", "up to" "up_to"; "At least"
  "at_least". No hedge: "bereits", "bisher", "weitere", "davon", "jeweils", "Im
  Durchschnitt", "an average of", "a further", "innert", "binnen", "während", "within",
  "ab", "seit", "bis" and "bis am" before a date, "um" before a difference or a price,
  "statt", "over" before a span, "mehr als" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte die
  Landespolizeidirektion Tirol am Dienstag mit", "teilte die Landespolizeidirektion
  Vorarlberg mit", "teilte die Landespolizeidirektion Salzburg mit", "teilte die
  Kantonspolizei Graubünden am Dienstag mit", "teilte die Kantonspolizei Uri mit", "teilte
  die Berufsfeuerwehr Wien mit" (the place part of the name, the weekday dropped;
  hundred-fifty-second, hundred-sixty-ninth), "teilte der Kreditschutzverband KSV1870 mit"
  (hundred-forty-eighth), "teilte das Unternehmen am Dienstag mit" twice
  (hundred-forty-eighth), "wie die Gesundheitsdirektion am Dienstag mitteilte" and "wie die
  Landesstatistik Tirol am Dienstag mitteilte" the source with its article, "wie das Institut
  für Schnee- und Lawinenforschung (SLF) mitteilte" -> "das Institut für Schnee- und
  Lawinenforschung" (the abbreviation in brackets dropped, hundred-sixty-ninth), "wie
  MeteoSchweiz mitteilte" -> "MeteoSchweiz" (hundred-sixty-ninth), "Nach Angaben der
  Asfinag" -> "die Asfinag" and "nach Angaben der Stiftung Mozarteum" -> "die Stiftung
  Mozarteum" (the source in the nominative, seventieth, hundred-forty-eighth); "sagte X" and
  "X sagte, ..." with the title dropped ("Lawinenwarndienst-Leiter", "Verkehrsstadträtin",
  "Gesundheitsdirektorin", "Gesundheitslandesrat", "Gemeinderätin", "Gemeindepräsident",
  "Volkswirtschaftsdirektorin", "Soziallandesrätin", "Polizeisprecher", "Finanzdirektor";
  hundred-forty-eighth, hundred-sixty-ninth). English: "The council said" -> "the council"
  (hundred-twenty-first), "Council leader Sian Maddox said" and "Health Minister Ciaran Devlin
  said" the name with the office dropped (hundred-forty-ninth), "Rep. Dale Kinsella said" the
  name ("Rep." as "Gov.", thirty-seventh), "West Yorkshire Police said", "CalMac said" and
  "Green Mountain Power said" as written (hundred-sixty-ninth: "ScotRail said"), "Fox River
  Tissue said Tuesday" the name with the weekday dropped (hundred-forty-eighth: "Sonvik said
  on Tuesday"), "the Met Office said" and "the Colorado Avalanche Information Center said"
  with the article (eightieth), "The National Weather Service said ..." opening the row with
  the article lowered (hundred-fourteenth), "the city said" -> "the city"
  (hundred-sixty-fourth), "according to the Legislative Services Agency" with its article
  and "according to Scottish and Southern Electricity Networks" as written (ninety-eighth:
  "according to Ofgem"). Left unchecked (None): roles without a name ("sagte eine
  Sprecherin", "Ein Polizeisprecher sagte", "lobte ein Polizeisprecher", "sagte ein
  Hotelier", "erzählte eine Nachbarin"; hundred-fifteenth), pronouns ("wie sie am Dienstag
  mitteilte", "that it said"; seventy-seventh), estimates ("nach Schätzungen der Gemeinde",
  "nach eigenen Berechnungen"; hundred-tenth), "nach eigenen Angaben" (no source), plural
  groups ("wie die Organisatoren am Dienstag mitteilten", "Democrats, ..., said",
  "Forecasters said"; forty-first), verbs of announcing, reporting, rating and acting
  ("kündigte an" - hundred-thirty-first -, "meldete" - hundred-seventy-sixth: "gemeldet" -,
  "Der Lawinenwarndienst stufte ... ein", "The center rated", "wies darauf hin" -
  hundred-forty-eighth: "verwiesen darauf" -, "hat ... gestoppt", "leitete ... um", "Das hat
  der Gemeinderat am Dienstag beschlossen" - hundred-forty-eighth: a court deciding),
  documents and data ("laut einer Umfrage des Unternehmens", "according to state data",
  "according to a preliminary report", "according to Department of Health figures", "the
  figures show", "according to a notice filed with the state"; hundred-forty-eighth,
  hundred-sixtieth), "The developer, Kernow Lithium, said" (a name in apposition after a
  role, hundred-fifty-second: "His attorney, Mike Cardenas, said"), rows without attribution
  and all negatives, also those with a named speaker. New: "teilte der Sanierungsverwalter
  mit" is left unchecked - an office held by one person and named without that person is a
  role without a name (hundred-fifteenth: "Die EU-Außenbeauftragte sagte"), unlike a body
  named by its common noun ("teilte der Veranstalter mit", hundred-thirty-third).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_184 = [
    # --- Lawinentoter im Kaunertal (APA) ---
    (
        "de",
        "Innsbruck (APA) - Ein 46-jähriger Skitourengeher aus Bayern ist am Montagnachmittag im Kaunertal unter einer Lawine ums Leben gekommen.",
        True,
        [("duration", 46, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann war mit zwei Begleitern auf rund 2.600 Metern Seehöhe unterwegs, als sich ein Schneebrett löste, teilte die Landespolizeidirektion Tirol am Dienstag mit.",
        True,
        [("count", 2, None, None), ("count", 2600, None, "about")],
        "die Landespolizeidirektion Tirol",
    ),
    (
        "de",
        "Die Begleiter, 39 und 51 Jahre alt, gruben ihn nach etwa 25 Minuten aus, für ihn kam aber jede Hilfe zu spät.",
        True,
        [("duration", 39, "year", None), ("duration", 51, "year", None), ("duration", 25, "minute", "about")],
        None,
    ),
    (
        "de",
        "Es war bereits der sechste Lawinentote in Tirol in diesem Winter.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Der Lawinenwarndienst stufte die Gefahr oberhalb von 2.200 Metern am Dienstag mit Stufe 3 auf der fünfteiligen Skala ein.",
        True,
        [("count", 2200, None, "over"), ("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Binnen 48 Stunden seien in den Ötztaler Alpen bis zu 70 Zentimeter Neuschnee gefallen, sagte Lawinenwarndienst-Leiter Patrick Zangerl.",
        True,
        [("duration", 48, "hour", None), ("count", 70, None, "up_to")],
        "Patrick Zangerl",
    ),
    (
        "de",
        "„Wer jetzt abseits der Pisten unterwegs ist, braucht viel Erfahrung und auch ein bisschen Demut“, sagte Zangerl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bergrettung rät, Touren derzeit nur mit vollständiger Notfallausrüstung zu planen und steile Nordhänge zu meiden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Landesrat Bernhard Tschugg kündigte an, die Mittel für die örtlichen Lawinenkommissionen heuer um 400.000 Euro aufzustocken.",
        True,
        [("money", 400000, "EUR", None)],
        None,
    ),
    # --- Graz erhöht Kurzparkgebühren (APA) ---
    (
        "de",
        "Graz (APA) - Der Grazer Gemeinderat hat am Dienstag mit 27 zu 21 Stimmen höhere Kurzparkgebühren beschlossen, die ab 1. März gelten.",
        True,
        [("count", 27, None, None), ("count", 21, None, None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "de",
        "Für die Stunde in der Blauen Zone werden dann 3,20 Euro statt bisher 2,60 Euro fällig.",
        True,
        [("money", 3.2, "EUR", None), ("money", 2.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Stadt rechne mit Mehreinnahmen von rund 2,1 Millionen Euro pro Jahr, sagte Verkehrsstadträtin Sonja Pirker-Lindner.",
        True,
        [("money", 2100000, "EUR", "about")],
        "Sonja Pirker-Lindner",
    ),
    (
        "de",
        "Etwa 40 Prozent davon sollen in den Ausbau des Straßenbahnnetzes fließen.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "„Wer in die Innenstadt will, soll das Auto künftig öfter stehen lassen“, so Pirker-Lindner.",
        False,
        [],
        None,
    ),
    ("de", "Die ÖVP sprach von einer „Abzocke bei Pendlerinnen und Pendlern“.", False, [], None),
    ("de", "Die FPÖ kündigte an, eine Volksbefragung über die neuen Tarife zu beantragen.", True, [], None),
    # --- Wohnungsbrand in Floridsdorf (APA) ---
    (
        "de",
        "Wien (APA) - Zwei Verletzte hat ein Wohnungsbrand in Wien-Floridsdorf in der Nacht auf Dienstag gefordert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ausgebrochen war das Feuer gegen 2.40 Uhr in einer Wohnung im dritten Stock, teilte die Berufsfeuerwehr Wien mit.",
        True,
        [("ordinal", 3, None, None)],
        "die Berufsfeuerwehr Wien",
    ),
    (
        "de",
        "Die Einsatzkräfte brachten 23 Bewohnerinnen und Bewohner über das Stiegenhaus und mit einer Drehleiter ins Freie.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Eine 79-jährige Pensionistin erlitt eine Rauchgasvergiftung und wurde ins Spital gebracht, ihr 34-jähriger Nachbar zog sich Verbrennungen an den Händen zu.",
        True,
        [("duration", 79, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Rund 60 Feuerwehrleute standen mehr als zwei Stunden lang im Einsatz.",
        True,
        [("count", 60, None, "about"), ("duration", 2, "hour", "over")],
        None,
    ),
    (
        "de",
        "„Ich bin vom Rauch aufgewacht und habe nur noch die Katze geschnappt“, erzählte eine Nachbarin.",
        False,
        [],
        None,
    ),
    ("de", "Warum das Feuer ausbrach, war zunächst unklar.", False, [], None),
    # --- Darlehen für das Spital Tössegg (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Zürcher Regierungsrat will dem angeschlagenen Spital Tössegg mit einem Darlehen von 38 Millionen Franken unter die Arme greifen.",
        True,
        [("money", 38000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das Spital hatte 2024 einen Verlust von 14,6 Millionen Franken geschrieben, nach 9,8 Millionen Franken im Jahr davor.",
        True,
        [("year", 2024, None, None), ("money", 14600000, "CHF", None), ("money", 9800000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Auslastung der Betten sank innert zwei Jahren von 81 auf 68 Prozent, wie die Gesundheitsdirektion am Dienstag mitteilte.",
        True,
        [("duration", 2, "year", None), ("percent", 81, "%", None), ("percent", 68, "%", None)],
        "die Gesundheitsdirektion",
    ),
    (
        "de",
        "Gesundheitsdirektorin Regula Baumberger sagte, die flüssigen Mittel des Spitals reichten ohne die Hilfe nur noch bis Ende Mai.",
        True,
        [],
        "Regula Baumberger",
    ),
    (
        "de",
        "Rund 1'100 Mitarbeitende arbeiten am Spital, das jährlich etwa 14'000 Patientinnen und Patienten stationär behandelt.",
        True,
        [("count", 1100, None, "about"), ("count", 14000, None, "about")],
        None,
    ),
    (
        "de",
        "Über das Darlehen muss noch der Kantonsrat entscheiden, die Debatte ist für die Märzsession geplant.",
        True,
        [],
        None,
    ),
    ("de", "«Wir stehen zu diesem Spital, aber nicht zu jedem Preis», sagte Baumberger.", False, [], None),
    ("de", "Die SP kritisierte das Vorgehen als «Pflästerlipolitik ohne Plan».", False, [], None),
    ("de", "Die GLP fordert stattdessen eine Fusion mit dem Kantonsspital Winterthur.", True, [], None),
    # --- Selbstunfall am Julierpass (Keystone-SDA) ---
    (
        "de",
        "Chur (Keystone-SDA) - Auf der Julierpassstrasse oberhalb von Bivio ist am Montagabend ein Auto rund 80 Meter über eine Böschung hinuntergestürzt.",
        True,
        [("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "Der 22-jährige Lenker und seine 19-jährige Beifahrerin wurden mittelschwer verletzt, teilte die Kantonspolizei Graubünden am Dienstag mit.",
        True,
        [("duration", 22, "year", None), ("duration", 19, "year", None)],
        "die Kantonspolizei Graubünden",
    ),
    ("de", "Die Rega flog die beiden ins Kantonsspital nach Chur.", True, [], None),
    ("de", "Der Lenker war mit Sommerreifen unterwegs und besass keinen gültigen Führerausweis.", True, [], None),
    (
        "de",
        "Ein Atemalkoholtest ergab einen Wert von 0,41 Milligramm pro Liter.",
        True,
        [("count", 0.41, None, None)],
        None,
    ),
    (
        "de",
        "Die Passstrasse war wegen der Bergung für rund drei Stunden gesperrt.",
        True,
        [("duration", 3, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei rät, Passstrassen im Winter nur mit Winterreifen und Schneeketten im Kofferraum zu befahren.",
        False,
        [],
        None,
    ),
    # --- Kälteste Nacht des Winters (APA) ---
    (
        "de",
        "Wien (APA) - Die kälteste Nacht des Winters hat am Dienstag in Teilen Österreichs Temperaturen von unter minus 20 Grad gebracht.",
        True,
        [("count", -20, None, "under")],
        None,
    ),
    (
        "de",
        "Den Tiefstwert meldete GeoSphere Austria aus Lienz mit minus 24,3 Grad, in Tamsweg waren es minus 22,8 Grad.",
        True,
        [("count", -24.3, None, None), ("count", -22.8, None, None)],
        None,
    ),
    (
        "de",
        "Auch in Wien sank das Thermometer auf minus elf Grad, den tiefsten Wert seit Februar 2023.",
        True,
        [("count", -11, None, None), ("year", 2023, None, None)],
        None,
    ),
    ("de", "Laut GeoSphere Austria dürfte die Kälte noch bis zum Wochenende anhalten.", False, [], None),
    (
        "de",
        "Die Wiener Berufsrettung rückte seit Montag zu 37 Einsätzen wegen Unterkühlung aus, sagte eine Sprecherin.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Der Kältebus der Caritas war in der Nacht mit vier Teams unterwegs und versorgte rund 210 obdachlose Menschen.",
        True,
        [("count", 4, None, None), ("count", 210, None, "about")],
        None,
    ),
    ("de", "Die Caritas ersucht die Bevölkerung, Menschen in Not über das Kältetelefon zu melden.", False, [], None),
    (
        "de",
        "„Jede Nacht im Freien kann bei diesen Temperaturen lebensgefährlich sein“, sagte Caritas-Mitarbeiterin Lisa Haberl.",
        False,
        [],
        None,
    ),
    # --- Massenkarambolage auf der Westautobahn (APA) ---
    (
        "de",
        "Linz (APA) - Schneeglätte hat am Dienstagmorgen auf der Westautobahn (A1) bei Ansfelden zu einem Unfall mit sieben Fahrzeugen geführt.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Fünf Menschen wurden leicht verletzt, ein Lkw-Lenker wurde im Führerhaus eingeklemmt und von der Feuerwehr befreit.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "In Richtung Salzburg bildete sich ein Stau von bis zu 14 Kilometern, die Autobahn war knapp drei Stunden gesperrt.",
        True,
        [("count", 14, None, "up_to"), ("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Asfinag waren 42 Streufahrzeuge im Einsatz, die seit Montagabend rund 1.900 Tonnen Salz ausbrachten.",
        True,
        [("count", 42, None, None), ("count", 1900, None, "about")],
        "die Asfinag",
    ),
    (
        "de",
        "Ein Polizeisprecher sagte, mehrere Lenker seien trotz der Warnungen mit zu hoher Geschwindigkeit unterwegs gewesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei appelliert an alle Lenkerinnen und Lenker, bei Schneefall den Abstand deutlich zu vergrößern.",
        False,
        [],
        None,
    ),
    ("de", "Die Asfinag hofft, dass sich die Lage auf den Autobahnen bis zum Abend entspannt.", False, [], None),
    # --- Gesundheitsplan für Niederösterreich (APA) ---
    (
        "de",
        "St. Pölten (APA) - Niederösterreichs Landesregierung hat am Dienstag einen Gesundheitsplan bis 2040 vorgelegt, der die Zahl der Spitalsstandorte von 26 auf 20 senkt.",
        True,
        [("year", 2040, None, None), ("count", 26, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Sechs kleinere Häuser sollen bis 2032 zu Gesundheitszentren mit Tagesklinik umgebaut werden.",
        True,
        [("count", 6, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitslandesrat Franz Hiesberger sagte, dafür seien Investitionen von rund 1,4 Milliarden Euro vorgesehen.",
        True,
        [("money", 1400000000, "EUR", "about")],
        "Franz Hiesberger",
    ),
    (
        "de",
        "„Niemand muss sich Sorgen machen, dass die Versorgung schlechter wird“, betonte Hiesberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In den betroffenen Regionen wohnen knapp 310.000 Menschen.",
        True,
        [("count", 310000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Notaufnahmen der Kliniken verzeichneten 2025 rund 612.000 Patientenkontakte, ein Plus von 4,2 Prozent.",
        True,
        [("year", 2025, None, None), ("count", 612000, None, "about"), ("percent", 4.2, "%", None)],
        None,
    ),
    ("de", "Die Grünen sprachen von einem „Kahlschlag auf Raten im Waldviertel“.", False, [], None),
    (
        "de",
        "Bürgermeisterinnen und Bürgermeister aus dem Bezirk Zwettl haben bereits rund 8.400 Unterschriften gegen die Pläne gesammelt.",
        True,
        [("count", 8400, None, "about")],
        None,
    ),
    ("de", "Ob der Landtag dem Plan noch vor dem Sommer zustimmt, ist offen.", False, [], None),
    # --- Velowege in Bern (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Stadt Bern will bis 2030 weitere 35 Kilometer Velowege bauen und dafür 62 Millionen Franken ausgeben.",
        True,
        [("year", 2030, None, None), ("count", 35, None, None), ("money", 62000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das hat der Gemeinderat am Dienstag beschlossen, das letzte Wort hat das Stimmvolk am 14. Juni.",
        True,
        [("date", "--06-14", None, None)],
        None,
    ),
    (
        "de",
        "Der Veloanteil am Verkehr in der Stadt liegt heute bei 19 Prozent und soll auf 25 Prozent steigen, sagte Gemeinderätin Franziska Wyss-Imboden.",
        True,
        [("percent", 19, "%", None), ("percent", 25, "%", None)],
        "Franziska Wyss-Imboden",
    ),
    ("de", "Rund 900 Parkplätze im Strassenraum sollen dafür wegfallen.", True, [("count", 900, None, "about")], None),
    ("de", "Der Gewerbeverband sprach von einem «Frontalangriff auf die Läden in der Altstadt».", False, [], None),
    (
        "de",
        "«Eine Stadt, in der Kinder sicher Velo fahren können, ist eine bessere Stadt», sagte Wyss-Imboden.",
        False,
        [],
        None,
    ),
    # --- Holzbaufirma insolvent (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Über das Vermögen der Drautaler Holzbau GmbH mit Sitz in Spittal an der Drau ist am Dienstag ein Sanierungsverfahren eröffnet worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Passiva belaufen sich auf rund 11,8 Millionen Euro, teilte der Kreditschutzverband KSV1870 mit.",
        True,
        [("money", 11800000, "EUR", "about")],
        "der Kreditschutzverband KSV1870",
    ),
    (
        "de",
        "Betroffen sind 84 Dienstnehmer und rund 230 Gläubiger.",
        True,
        [("count", 84, None, None), ("count", 230, None, "about")],
        None,
    ),
    (
        "de",
        "Das Unternehmen bietet den Gläubigern eine Quote von 20 Prozent, zahlbar binnen zwei Jahren.",
        True,
        [("percent", 20, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Als Gründe nannte die Firma den Einbruch im Wohnbau und um bis zu 30 Prozent gestiegene Energiekosten.",
        True,
        [("percent", 30, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Es ist bereits die dritte größere Pleite in der Kärntner Baubranche seit Jahresbeginn.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Der Betrieb soll fortgeführt werden, teilte der Sanierungsverwalter mit.", True, [], None),
    ("de", "Ob sich für das Werk in Spittal ein Investor findet, ist offen.", False, [], None),
    # --- Zermatt abgeschnitten (Keystone-SDA) ---
    (
        "de",
        "Sitten (Keystone-SDA) - Zermatt ist seit Montagabend wegen Lawinengefahr nur noch per Helikopter erreichbar.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Matterhorn Gotthard Bahn stellte den Betrieb zwischen Täsch und Zermatt ein, wie sie am Dienstag mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Ort sitzen nach Schätzungen der Gemeinde rund 9'500 Gäste fest.",
        True,
        [("count", 9500, None, "about")],
        None,
    ),
    (
        "de",
        "Für das Oberwallis galt die Lawinengefahrenstufe 4, die zweithöchste Stufe.",
        True,
        [("count", 4, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Innert 36 Stunden fielen im Mattertal bis zu 110 Zentimeter Schnee, wie das Institut für Schnee- und Lawinenforschung (SLF) mitteilte.",
        True,
        [("duration", 36, "hour", None), ("count", 110, None, "up_to")],
        "das Institut für Schnee- und Lawinenforschung",
    ),
    (
        "de",
        "Die Gemeinde rechnet damit, die Strasse frühestens am Mittwochnachmittag wieder öffnen zu können, sagte Gemeindepräsident Kilian Biner-Taugwalder.",
        True,
        [],
        "Kilian Biner-Taugwalder",
    ),
    (
        "de",
        "«Die Gäste nehmen es gelassen, die Pisten oberhalb des Dorfes sind ja offen», sagte ein Hotelier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Bahn am Mittwoch wieder fährt, will die Gemeinde nach einem Erkundungsflug am Morgen entscheiden.",
        False,
        [],
        None,
    ),
    # --- Mozartwoche fast ausverkauft (APA) ---
    (
        "de",
        "Salzburg (APA) - Die Mozartwoche 2026 ist nach Angaben der Stiftung Mozarteum zu 96 Prozent ausgelastet.",
        True,
        [("year", 2026, None, None), ("percent", 96, "%", None)],
        "die Stiftung Mozarteum",
    ),
    (
        "de",
        "Für die 61 Veranstaltungen des zehntägigen Festivals wurden bisher rund 31.000 Karten verkauft.",
        True,
        [("count", 61, None, None), ("duration", 10, "day", None), ("count", 31000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Festival beginnt am 22. Jänner und zeigt heuer erstmals auch eine szenische Produktion im Haus für Mozart.",
        True,
        [("date", "--01-22", None, None)],
        None,
    ),
    (
        "de",
        "Die teuersten Karten kosten 390 Euro, die günstigsten gibt es um 15 Euro.",
        True,
        [("money", 390, "EUR", None), ("money", 15, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Besucherinnen und Besucher reist aus dem Ausland an, vor allem aus Deutschland, Japan und den USA.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "„Mozart ist für uns kein Museumsstück, sondern ein Zeitgenosse“, sagte Intendant Lorenz Hagenbichler.",
        False,
        [],
        None,
    ),
    # --- Stellenabbau im Rheintal (Keystone-SDA) ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Der Ostschweizer Maschinenbauer Rheintaler Präzision AG streicht an seinem Hauptsitz in Altstätten 140 von 620 Stellen.",
        True,
        [("count", 140, None, None), ("count", 620, None, None)],
        None,
    ),
    (
        "de",
        "Grund seien der starke Franken und ein Auftragsrückgang von 23 Prozent im vergangenen Jahr, teilte das Unternehmen am Dienstag mit.",
        True,
        [("percent", 23, "%", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Ein Teil der Produktion wird bis Ende 2027 an den Standort im tschechischen Brünn verlagert.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für die Betroffenen gilt ein Sozialplan, das Konsultationsverfahren dauert bis 13. Februar.",
        True,
        [("date", "--02-13", None, None)],
        None,
    ),
    ("de", "Die Gewerkschaft Unia sprach von einem «schwarzen Tag für das Rheintal».", False, [], None),
    (
        "de",
        "Volkswirtschaftsdirektorin Corinne Hutter-Büchel sagte, der Kanton stehe mit der Firmenleitung in engem Kontakt.",
        True,
        [],
        "Corinne Hutter-Büchel",
    ),
    (
        "de",
        "Im Kanton St. Gallen gingen in der Industrie 2025 bereits rund 1'300 Stellen verloren.",
        True,
        [("year", 2025, None, None), ("count", 1300, None, "about")],
        None,
    ),
    ("de", "Der Stadtpräsident von Altstätten zeigte sich «schockiert und enttäuscht».", False, [], None),
    # --- Einbruchsserie geklärt (APA) ---
    (
        "de",
        "Bregenz (APA) - Die Vorarlberger Polizei hat eine Serie von 19 Einbrüchen in Dornbirn und Lustenau geklärt.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Drei Burschen im Alter von 16, 17 und 19 Jahren sollen seit Oktober in Geschäfte, Vereinslokale und Gartenhäuser eingestiegen sein, teilte die Landespolizeidirektion Vorarlberg mit.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 16, "year", None),
            ("duration", 17, "year", None),
            ("duration", 19, "year", None),
        ],
        "die Landespolizeidirektion Vorarlberg",
    ),
    ("de", "Die Schadenssumme liegt bei etwa 48.000 Euro.", True, [("money", 48000, "EUR", "about")], None),
    (
        "de",
        "Zwei der Verdächtigen sind geständig, sie wurden auf freiem Fuß angezeigt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 19-Jährige wurde in die Justizanstalt Feldkirch eingeliefert.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    ("de", "Die Polizei rät Vereinen, ihre Lokale und Hütten über den Winter besser zu sichern.", False, [], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Heizkostenzuschuss im Burgenland (APA) ---
    (
        "de",
        "Eisenstadt (APA) - Der burgenländische Landtag hat am Dienstag einstimmig eine Erhöhung des Heizkostenzuschusses auf 450 Euro pro Haushalt beschlossen.",
        True,
        [("money", 450, "EUR", None)],
        None,
    ),
    (
        "de",
        "Anspruch haben Haushalte mit einem Nettoeinkommen von bis zu 1.600 Euro im Monat, bei Paaren liegt die Grenze bei 2.450 Euro.",
        True,
        [("money", 1600, "EUR", "up_to"), ("money", 2450, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Land rechnet mit rund 21.000 Anträgen und Kosten von 9,5 Millionen Euro.",
        True,
        [("count", 21000, None, "about"), ("money", 9500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr waren knapp 18.700 Anträge bewilligt worden, sagte Soziallandesrätin Doris Pinterits.",
        True,
        [("count", 18700, None, "nearly")],
        "Doris Pinterits",
    ),
    (
        "de",
        "Anträge können ab 2. Februar bei den Gemeindeämtern gestellt werden.",
        True,
        [("date", "--02-02", None, None)],
        None,
    ),
    ("de", "„Niemand im Burgenland soll im Winter frieren müssen“, sagte Pinterits.", False, [], None),
    # --- Nachtslalom in Schladming (APA) ---
    (
        "de",
        "Schladming (APA) - Der Norweger Henrik Strandvold hat den Nachtslalom in Schladming vor mehr als 40.000 Zuschauerinnen und Zuschauern gewonnen.",
        True,
        [("count", 40000, None, "over")],
        None,
    ),
    (
        "de",
        "Der 27-Jährige setzte sich nach zwei Durchgängen mit 0,18 Sekunden Vorsprung auf den Schweizer Luca Zgraggen durch.",
        True,
        [("duration", 27, "year", None), ("count", 2, None, None), ("duration", 0.18, "second", None)],
        None,
    ),
    (
        "de",
        "Dritter wurde der Salzburger Fabian Rettenbacher, der nach dem ersten Lauf noch auf Rang neun gelegen war.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe im zweiten Durchgang einfach alles riskiert, und diesmal ist es aufgegangen“, sagte Rettenbacher.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für Strandvold war es der vierte Weltcupsieg seiner Karriere und der zweite in diesem Winter.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist der schönste Sieg meines Lebens, diese Stimmung ist einfach unglaublich“, sagte Strandvold im ORF-Interview.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Vorjahressieger schied im zweiten Durchgang nach einem Einfädler aus.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im Slalomweltcup liegt Zgraggen nun mit 412 Punkten 36 Zähler vor Strandvold.",
        True,
        [("count", 412, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Die Polizei meldete nach dem Rennen 14 Festnahmen, vor allem wegen Raufereien und Sachbeschädigungen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Das nächste Slalomrennen findet am Sonntag in Chamonix statt.", True, [], None),
    # --- SC Bern siegt gegen Lausanne (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der SC Bern hat in der National League gegen Lausanne mit 4:2 gewonnen und den fünften Sieg in Serie gefeiert.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Vor 15'240 Zuschauern in der Postfinance-Arena traf Stürmer Jannik Burren zweimal.",
        True,
        [("count", 15240, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Das entscheidende 3:2 fiel in der 51. Minute im Powerplay.", True, [("ordinal", 51, None, None)], None),
    (
        "de",
        "Bern liegt nach 41 Runden mit 73 Punkten auf Rang vier, Lausanne ist Siebter.",
        True,
        [("count", 41, None, None), ("count", 73, None, None), ("ordinal", 4, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Lausanne-Trainer Gilles Morand sagte, seine Mannschaft habe im Mitteldrittel «komplett den Faden verloren».",
        False,
        [],
        None,
    ),
    ("de", "Am Samstag empfängt der SCB den Leader ZSC Lions.", True, [], None),
    # --- Solothurner Filmtage (Keystone-SDA) ---
    (
        "de",
        "Solothurn (Keystone-SDA) - Die 61. Solothurner Filmtage werden am Mittwochabend mit dem Spielfilm «Die Ruhe vor dem Föhn» eröffnet.",
        True,
        [("ordinal", 61, None, None)],
        None,
    ),
    (
        "de",
        "Bis am 28. Januar zeigt das Festival 172 Filme, davon 58 Premieren, wie die Organisatoren am Dienstag mitteilten.",
        True,
        [("date", "--01-28", None, None), ("count", 172, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatten die Filmtage rund 62'000 Eintritte gezählt.",
        True,
        [("count", 62000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Budget liegt bei 4,3 Millionen Franken, knapp die Hälfte davon tragen Bund, Kanton und Stadt.",
        True,
        [("money", 4300000, "CHF", None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der neue Nachwuchspreis «Première» ist mit 15'000 Franken dotiert.",
        True,
        [("money", 15000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Das Schweizer Kino war lange nicht mehr so mutig wie in diesem Jahrgang», sagte Festivaldirektorin Anouk Steiner-Ruch.",
        False,
        [],
        None,
    ),
    # --- Brand im Gotthard-Strassentunnel (Keystone-SDA) ---
    (
        "de",
        "Altdorf (Keystone-SDA) - Nach dem Brand eines Lieferwagens ist der Gotthard-Strassentunnel am Dienstagvormittag während fast vier Stunden gesperrt gewesen.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Der 58-jährige Chauffeur konnte das Fahrzeug in einer Ausstellbucht abstellen und sich selbst in Sicherheit bringen, teilte die Kantonspolizei Uri mit.",
        True,
        [("duration", 58, "year", None)],
        "die Kantonspolizei Uri",
    ),
    ("de", "Verletzt wurde niemand.", True, [], None),
    (
        "de",
        "Vor dem Nordportal in Göschenen staute sich der Verkehr auf bis zu neun Kilometern.",
        True,
        [("count", 9, None, "up_to")],
        None,
    ),
    (
        "de",
        "Das Bundesamt für Strassen (Astra) leitete den Verkehr über die San-Bernardino-Route um, was einen Umweg von rund 120 Kilometern bedeutete.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Es war der dritte Fahrzeugbrand im Tunnel seit 2024.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("de", "«Der Chauffeur hat genau richtig reagiert», lobte ein Polizeisprecher.", False, [], None),
    # --- Raser auf der A1 (Keystone-SDA) ---
    (
        "de",
        "Aarau (Keystone-SDA) - Die Kantonspolizei Aargau hat auf der A1 bei Oftringen einen Raser mit 189 km/h gestoppt, erlaubt sind dort 120 km/h.",
        True,
        [("count", 189, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Der 24-jährige Lenker aus dem Kanton Solothurn musste seinen Führerausweis auf der Stelle abgeben.",
        True,
        [("duration", 24, "year", None)],
        None,
    ),
    ("de", "Das Auto, ein geleaster Sportwagen, wurde beschlagnahmt.", True, [], None),
    (
        "de",
        "Nach Abzug der Toleranz betrage die Überschreitung 62 km/h, was als Raserdelikt gelte, sagte Polizeisprecher Adrian Stöckli.",
        True,
        [("count", 62, None, None)],
        "Adrian Stöckli",
    ),
    (
        "de",
        "Für ein Raserdelikt sieht das Gesetz eine Freiheitsstrafe von bis zu vier Jahren vor.",
        True,
        [("duration", 4, "year", "up_to")],
        None,
    ),
    ("de", "«Solche Fahrten sind keine Kavaliersdelikte, sondern lebensgefährlich», sagte Stöckli.", False, [], None),
    # --- Nächtigungsrekord in Tirol (APA) ---
    (
        "de",
        "Innsbruck (APA) - Tirols Tourismus hat im Dezember mit 7,2 Millionen Nächtigungen einen Rekord erzielt.",
        True,
        [("count", 7200000, None, None)],
        None,
    ),
    (
        "de",
        "Das waren um 3,1 Prozent mehr als im Dezember 2024, wie die Landesstatistik Tirol am Dienstag mitteilte.",
        True,
        [("percent", 3.1, "%", None), ("year", 2024, None, None)],
        "die Landesstatistik Tirol",
    ),
    (
        "de",
        "Gut zwei Drittel der Gäste kamen aus Deutschland und den Niederlanden.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    ("de", "Die Zahl der Ankünfte stieg auf knapp 1,5 Millionen.", True, [("count", 1500000, None, "nearly")], None),
    ("de", "Im Durchschnitt blieben die Gäste 4,8 Nächte.", True, [("count", 4.8, None, None)], None),
    (
        "de",
        "„Der Winter läuft besser, als viele im Herbst befürchtet haben“, sagte Tirol-Werbung-Chef Florian Pfurtscheller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida wies darauf hin, dass in der Branche weiterhin rund 4.000 Stellen unbesetzt seien.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    # --- Luzern will Steuern senken (Keystone-SDA) ---
    (
        "de",
        "Luzern (Keystone-SDA) - Der Luzerner Regierungsrat will den Steuerfuss für natürliche Personen ab 2027 von 1,70 auf 1,62 Einheiten senken.",
        True,
        [("year", 2027, None, None), ("count", 1.7, None, None), ("count", 1.62, None, None)],
        None,
    ),
    (
        "de",
        "Dem Kanton entgehen dadurch nach eigenen Berechnungen jährlich rund 46 Millionen Franken.",
        True,
        [("money", 46000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der Kanton hatte 2024 einen Überschuss von 212 Millionen Franken erzielt, budgetiert war ein Plus von 18 Millionen Franken.",
        True,
        [("year", 2024, None, None), ("money", 212000000, "CHF", None), ("money", 18000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Finanzdirektor Urs Achermann-Bucher sagte, die Nettoschulden des Kantons seien seit 2020 um 38 Prozent gesunken.",
        True,
        [("year", 2020, None, None), ("percent", 38, "%", None)],
        "Urs Achermann-Bucher",
    ),
    ("de", "«Wir geben den Steuerzahlenden zurück, was ihnen zusteht», sagte Achermann-Bucher.", False, [], None),
    ("de", "Die SP warnte vor einem «Steuerwettlauf auf Kosten der Prämienverbilligung».", False, [], None),
    ("de", "Der Kantonsrat berät die Vorlage in der Märzsession.", True, [], None),
    # --- Wiener Linien mit mehr Fahrgästen (APA) ---
    (
        "de",
        "Wien (APA) - Rund 987 Millionen Fahrgäste haben die Wiener Linien 2025 befördert, um 2,6 Prozent mehr als im Jahr davor.",
        True,
        [("year", 2025, None, None), ("count", 987000000, None, "about"), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Jahreskarten stieg auf 1.172.000, teilte das Unternehmen am Dienstag mit.",
        True,
        [("count", 1172000, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Jahreskarte kostet seit 1. Jänner 459 Euro statt 365 Euro.",
        True,
        [("date", "--01-01", None, None), ("money", 459, "EUR", None), ("money", 365, "EUR", None)],
        None,
    ),
    ("de", "Die zuständige Stadträtin nannte den Preis trotz der Erhöhung „europaweit unschlagbar“.", False, [], None),
    (
        "de",
        "Der Bau der U5 soll bis 2030 abgeschlossen sein, die ersten Züge fahren dann ohne Fahrer.",
        True,
        [("year", 2030, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen kritisierten die Preiserhöhung als „Strafsteuer für alle, die das Richtige tun“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jeder vierte Fahrgast ist laut einer Umfrage des Unternehmens mit der Pünktlichkeit der Straßenbahnen unzufrieden.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    # --- Schlepper am Walserberg gefasst (APA) ---
    (
        "de",
        "Salzburg (APA) - Bei einer Kontrolle am Grenzübergang Walserberg haben Polizisten am Montagabend in einem Kleinbus 14 Migranten entdeckt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der mutmaßliche Schlepper, ein 31-jähriger Rumäne, wurde festgenommen, teilte die Landespolizeidirektion Salzburg mit.",
        True,
        [("duration", 31, "year", None)],
        "die Landespolizeidirektion Salzburg",
    ),
    (
        "de",
        "Die Männer im Alter von 17 bis 42 Jahren stammen nach eigenen Angaben aus Syrien und Afghanistan.",
        True,
        [("duration", 17, "year", None), ("duration", 42, "year", None)],
        None,
    ),
    (
        "de",
        "Sie sollen für die Fahrt von Ungarn nach Deutschland jeweils bis zu 3.000 Euro bezahlt haben.",
        True,
        [("money", 3000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn wurden in Salzburg damit bereits 38 Schlepper festgenommen.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    ("de", "Die Polizei rechnet damit, dass der Druck auf die Grenze im Frühjahr wieder zunimmt.", False, [], None),
    # --- Bise und Kälte in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Eine kräftige Bise hat am Dienstag im Mittelland für gefühlte Temperaturen von minus 15 Grad gesorgt.",
        True,
        [("count", -15, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem Chasseral wurden Böen von 97 Kilometern pro Stunde gemessen, wie MeteoSchweiz mitteilte.",
        True,
        [("count", 97, None, None)],
        "MeteoSchweiz",
    ),
    (
        "de",
        "In Genf war es mit minus 6,4 Grad der kälteste Januarmorgen seit 2017.",
        True,
        [("count", -6.4, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "de",
        "Oberhalb von 800 Metern schien dagegen über dem Nebelmeer die Sonne.",
        True,
        [("count", 800, None, "over")],
        None,
    ),
    ("de", "MeteoSchweiz erwartet erst gegen das Wochenende eine Abschwächung der Bise.", False, [], None),
    # --- Council tax in Cardiff (PA) ---
    (
        "en",
        "CARDIFF (PA) - Cardiff Council has proposed raising council tax by 6.8% for 2026-27, which would add about £2.40 a week to a Band D bill.",
        True,
        [
            ("percent", 6.8, "%", None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 2.4, "GBP", "about"),
        ],
        None,
    ),
    (
        "en",
        "The council said it faced a funding gap of £38.6 million next year despite a 3.1% rise in its grant from the Welsh Government.",
        True,
        [("money", 38600000, "GBP", None), ("percent", 3.1, "%", None)],
        "the council",
    ),
    (
        "en",
        "Council leader Sian Maddox said about 60% of the authority's budget went on schools and social care.",
        True,
        [("percent", 60, "%", "about")],
        "Sian Maddox",
    ),
    (
        "en",
        "The council also plans to cut 94 posts, most of them by leaving vacancies unfilled.",
        True,
        [("count", 94, None, None)],
        None,
    ),
    (
        "en",
        "Residents have until February 16 to respond to a public consultation on the plans.",
        True,
        [("date", "--02-16", None, None)],
        None,
    ),
    (
        "en",
        'Opposition councillors called the rise "a tax on families who are already stretched to breaking point".',
        False,
        [],
        None,
    ),
    ("en", '"Nobody goes into local government wanting to put up taxes," Maddox said.', False, [], None),
    # --- Fatal crash on the M62 (PA) ---
    (
        "en",
        "LEEDS (PA) - A 53-year-old lorry driver died after his vehicle collided with a van on the M62 near Huddersfield in the early hours of Tuesday.",
        True,
        [("duration", 53, "year", None)],
        None,
    ),
    (
        "en",
        "The eastbound carriageway between junctions 23 and 24 was closed for almost nine hours, West Yorkshire Police said.",
        True,
        [("duration", 9, "hour", "nearly")],
        "West Yorkshire Police",
    ),
    (
        "en",
        "The van driver, a 41-year-old man from Bradford, was arrested and is being questioned over the death.",
        True,
        [("duration", 41, "year", None)],
        None,
    ),
    ("en", "He remains in custody.", True, [], None),
    (
        "en",
        "Detective Sergeant Aisha Qureshi appealed for anyone who saw a dark blue hatchback on the motorway shortly before the crash to come forward.",
        False,
        [],
        None,
    ),
    ("en", "Anyone with dashcam footage is asked to contact West Yorkshire Police.", False, [], None),
    # --- Snow in the Highlands (PA) ---
    (
        "en",
        "INVERNESS (PA) - More than 120 schools were closed across the Highlands and Moray on Tuesday after up to 25cm of snow fell overnight.",
        True,
        [("count", 120, None, "over"), ("count", 25, None, "up_to")],
        None,
    ),
    (
        "en",
        "An amber Met Office warning for snow and ice remains in place over most of northern Scotland until 6pm on Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Temperatures fell to minus 14.6C at Altnaharra, the lowest reading in the UK this winter, the Met Office said.",
        True,
        [("count", -14.6, None, None)],
        "the Met Office",
    ),
    (
        "en",
        "CalMac said 11 of its 29 ferry routes were disrupted or cancelled because of high winds.",
        True,
        [("count", 11, None, None), ("count", 29, None, None)],
        "CalMac",
    ),
    (
        "en",
        "About 4,300 homes in Aberdeenshire lost power, and 1,100 were still without electricity in the afternoon, according to Scottish and Southern Electricity Networks.",
        True,
        [("count", 4300, None, "about"), ("count", 1100, None, None)],
        "Scottish and Southern Electricity Networks",
    ),
    ("en", "Police Scotland urged drivers to avoid all but essential journeys on the A9.", False, [], None),
    (
        "en",
        '"In 40 years in this glen I have never known the road to close this early in the winter," said Morag Sutherland, 68, from Dalwhinnie.',
        False,
        [("duration", 40, "year", None), ("duration", 68, "year", None)],
        None,
    ),
    # --- Property tax cap in Iowa (AP) ---
    (
        "en",
        "DES MOINES, Iowa (AP) — Iowa House Republicans on Tuesday unveiled a bill that would cap yearly increases in residential property taxes at 2%.",
        True,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "The proposal would save homeowners an estimated $310 million over five years, according to the Legislative Services Agency.",
        True,
        [("money", 310000000, "USD", "about"), ("duration", 5, "year", None)],
        "the Legislative Services Agency",
    ),
    (
        "en",
        "Rep. Dale Kinsella said the cap would apply to assessments from 2027.",
        True,
        [("year", 2027, None, None)],
        "Dale Kinsella",
    ),
    (
        "en",
        "Property taxes on Iowa homes rose by an average of 6.4% in 2025, according to state data.",
        True,
        [("percent", 6.4, "%", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Democrats, who hold 34 of the 100 House seats, said they would offer an amendment exempting homeowners over 65 on fixed incomes.",
        True,
        [("count", 34, None, None), ("count", 100, None, None), ("duration", 65, "year", "over")],
        None,
    ),
    ("en", "Cities and counties warned that the cap could force cuts to police and fire services.", False, [], None),
    ("en", '"Iowans are being taxed out of their own homes," Kinsella told reporters.', False, [], None),
    # --- Cold snap in Vermont (AP) ---
    (
        "en",
        "BURLINGTON, Vt. (AP) — Temperatures plunged to minus 31 degrees Fahrenheit in parts of northern Vermont early Tuesday, the coldest readings in the state in nearly three years.",
        True,
        [("count", -31, None, None), ("duration", 3, "year", "nearly")],
        None,
    ),
    (
        "en",
        "The National Weather Service said wind chills in the Northeast Kingdom reached minus 45.",
        True,
        [("count", -45, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "At least 40 school districts canceled classes or opened two hours late.",
        True,
        [("count", 40, None, "at_least"), ("duration", 2, "hour", None)],
        None,
    ),
    (
        "en",
        "Burlington opened three warming shelters with room for about 160 people, the city said.",
        True,
        [("count", 3, None, None), ("count", 160, None, "about")],
        "the city",
    ),
    (
        "en",
        "Green Mountain Power said fewer than 2,000 customers were without power by midmorning.",
        True,
        [("count", 2000, None, "under")],
        "Green Mountain Power",
    ),
    ("en", "Officials urged residents to check on elderly neighbors and bring pets indoors.", False, [], None),
    (
        "en",
        '"You step outside and your face just stops working," said Jenna Alcott, 34, who was scraping ice off her windshield in Montpelier.',
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    # --- Avalanche death near Berthoud Pass (AP) ---
    (
        "en",
        "DENVER (AP) — A 29-year-old snowboarder was killed Monday in an avalanche in the backcountry near Berthoud Pass, the Colorado Avalanche Information Center said.",
        True,
        [("duration", 29, "year", None)],
        "the Colorado Avalanche Information Center",
    ),
    ("en", "It was the fourth avalanche death in Colorado this season.", True, [("ordinal", 4, None, None)], None),
    (
        "en",
        "The slide was about 300 feet wide and ran roughly 800 vertical feet, according to a preliminary report.",
        True,
        [("count", 300, None, "about"), ("count", 800, None, "about")],
        None,
    ),
    (
        "en",
        "Two companions dug the man out within about 15 minutes, but he could not be revived.",
        True,
        [("count", 2, None, None), ("duration", 15, "minute", "about")],
        None,
    ),
    (
        "en",
        "The center rated the danger as considerable, level 3 on a five-level scale, across much of the Front Range.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", "Forecasters said more snow later in the week would only add to the danger.", False, [], None),
    # --- Emergency department waits in Northern Ireland (PA) ---
    (
        "en",
        "BELFAST (PA) - More than 1,400 patients waited longer than 12 hours in Northern Ireland's emergency departments last week, according to Department of Health figures.",
        True,
        [("count", 1400, None, "over"), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "The longest recorded wait, at the Royal Victoria Hospital, was 71 hours.",
        True,
        [("duration", 71, "hour", None)],
        None,
    ),
    (
        "en",
        "Health Minister Ciaran Devlin said 86 extra beds would open across the five health trusts by the end of February.",
        True,
        [("count", 86, None, None), ("count", 5, None, None)],
        "Ciaran Devlin",
    ),
    (
        "en",
        "Around one in five emergency patients waits longer than 12 hours, the figures show.",
        True,
        [("fraction", 0.2, None, "about"), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        'The Royal College of Nursing described the figures as proof of a system "in permanent crisis".',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Patients are being cared for in corridors, in cupboards, in car parks," said Rita Fearon of the nursing union.',
        False,
        [],
        None,
    ),
    # --- Paper mill closure in De Pere (AP) ---
    (
        "en",
        "GREEN BAY, Wis. (AP) — Fox River Tissue said Tuesday it will close its mill in De Pere by the end of April, cutting 260 jobs.",
        True,
        [("count", 260, None, None)],
        "Fox River Tissue",
    ),
    (
        "en",
        "The company blamed weak demand and energy bills that it said had climbed about 40% in three years.",
        True,
        [("percent", 40, "%", "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The mill, which opened in 1958, is one of the largest employers in the city of about 26,000 people.",
        True,
        [("year", 1958, None, None), ("count", 26000, None, "about")],
        None,
    ),
    (
        "en",
        "Workers will receive 12 weeks of severance pay, according to a notice filed with the state.",
        True,
        [("duration", 12, "week", None)],
        None,
    ),
    (
        "en",
        'Mayor Karla Vanden Heuvel said the city would "do everything it can" to find a new user for the site.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the third paper mill closure in northeastern Wisconsin since 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- Lithium plant approved in Cornwall (PA) ---
    (
        "en",
        "TRURO (PA) - A lithium processing plant near St Austell that is expected to create about 300 jobs has been granted planning permission.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        "Cornwall Council's planning committee approved the scheme by nine votes to three on Tuesday.",
        True,
        [("count", 9, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The developer, Kernow Lithium, said the plant would produce up to 10,000 tonnes of lithium hydroxide a year from 2028.",
        True,
        [("count", 10000, None, "up_to"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The company has raised £96 million from investors so far and needs a further £150 million to finish the plant.",
        True,
        [("money", 96000000, "GBP", None), ("money", 150000000, "GBP", None)],
        None,
    ),
    ("en", "Campaigners raised concerns about lorry traffic on the narrow lanes around St Dennis.", False, [], None),
    ("en", '"This is a proud day for Cornwall\'s mining heritage," said committee chair Tamsin Rowe.', False, [], None),
]
