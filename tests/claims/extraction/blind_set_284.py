"""Two-hundred-and-eighty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Irmgard Haslauer-Petz, Reinhold Kapfensteiner, Florian Eibensteiner, Matthias
Kollmann-Reiter, Ferdinand Hohenwarter, Carina Moosbrugger, Harald Pühringer-Lenz (in
English copy Puehringer-Lenz), Traunviertler Polymer AG, Veronika Strasser-Holub, Lukas
Raffl, Noah Gisler, Magdalena Eisl, Ingrid Solberg-Haug, Aline Zgraggen, Marvin
Obernosterer, Bernd Strobl-Hafner, Sabine Kreuzberger, Franziska Gut-Ambühl (Gut-Ambuehl),
Beat Frischknecht-Sutter, Adrian Steinegger, Rheinfall Präzision (Rheinfall Praezision),
Mirjam Oechslin-Bär, Lukas Imhof-Rey, Ladina Caduff and her film «Die Stille nach dem
Gletscher», Nico Gerber-Wyss, Jari Lehtonen, Theresia Gschwandtner, Katharina
Zöchling-Wimmer, Michael Schennach-Prantl, Roland Weißensteiner, Josef Haselwanter, Judith
Schnyder-Arnold, Selina Wüthrich, Johann Gruenwald, Konrad Wimmleitner, Beatrice
Kaelin-Roth; every unnamed driver, passenger, defendant, victim, skier, spokesperson,
economist, trader, hotelier, commuter, director and president); chancellors, ministers,
Landeshauptleute, Landesräte, councillors, agency and broadcaster heads of real bodies
appear under made-up names that stand for no real holder, or by their role only („ein
Polizeisprecher“, „der ÖFB-Sportdirektor“, „die Gerichtspräsidentin“, "its director", "its
artistic director", "the association's president"). Real states, bodies, courts, clubs,
events and places (Nationalrat, ÖVP, SPÖ, NEOS, FPÖ, Grüne, Statistik Austria, GeoSphere
Austria, Lawinenwarndienst Tirol, Landespolizeidirektion Oberösterreich, Kepler
Universitätsklinikum, Landesgericht Salzburg, Kunsthistorisches Museum, Salzburger
Festspiele, ORF, „Zeit im Bild“, ÖFB, Rapid Wien, WAC, Asfinag, Gemeindebund,
Verfassungsgerichtshof (VfGH), Wiener Parkometergesetz, Wiener Börse, Bundesrat, Ständerat,
Staatspolitische Kommission des Nationalrats, Sozialkommission des Ständerats, AHV, SP,
Zürcher Kantonsrat, Grosser Rat, MeteoSchweiz, Institut für Schnee- und Lawinenforschung,
SBB, Gotthard-Strassentunnel, Kantonspolizei Aargau, Bundesamt für Strassen (Astra),
Beratungsstelle für Unfallverhütung, Bundesgericht, Zollverwaltung, Seco, Unia,
Arbeitgeberverband, Bauernverband, Solothurner Filmtage, Prix de Soleure, Kunstmuseum Basel,
Basler Strafgericht, Appellationsgericht, SC Bern, Fribourg-Gottéron, Postfinance-Arena,
Swiss-Ski, Kanton Glarus; Statistics Austria, the Swiss National Bank, the Federation of the
Swiss Watch Industry, the State Secretariat for Economic Affairs, the Freedom Party, the
Swiss People's Party, the Federal Statistical Office, the Federal Office for Housing, the
Austrian Institute of Economic Research, the European Court of Justice, the avalanche
institute SLF, the Zurich Opera House, the Brenner Pass, Verbier, Valais, Sion, Kvitfjell,
Åre, and the datelines' cities) stand for the way wire copy names them; every vote,
budget, rate, reading, tally, sum, age, sentence, score, date and quote here is invented,
and where a real figure came to mind (a real inflation or jobless rate, a real policy or
reference rate, a real deficit, a real VAT step for the 13th AHV pension, a real fare) it
was changed; only the number of Lower Austria's municipalities, the year Glarus gave
16-year-olds the vote and the edition count of the Solothurn film days stand as they are.

Its weight: A MIXED AUSTRIAN AND SWISS WIRE DAY, sixth round - one day of APA and
Keystone-SDA copy, about 70 percent German as the brief for this batch asks (the
seventy-seventh batch weighed an Austrian and Swiss domestic news day, the ninety-second an
ordinary Swiss news day, the hundred-eighty-fourth an Austrian and Swiss regional wire day,
the two-hundred-and-thirty-seventh Austrian domestic politics, the
two-hundred-and-thirty-eighth Swiss federal politics and direct democracy, the
two-hundred-and-fifty-seventh crime statistics and courts in Austria and Switzerland, and
their decisions are kept) - Tuesday, February 24, 37 story blocks (some holding two short items) in story order, the
English stories filed beside their German twins or between the German ones, each told as
wire copy runs it (a dateline lead, the figures, attributed claims, the other side, a quote
or a reaction). German, 170 rows (APA from Vienna, Graz, Linz, Salzburg, Innsbruck, St.
Pölten, Kvitfjell and Åre; Keystone-SDA from Bern, Zürich, Aarau, Thun, Lausanne,
Schaffhausen, Solothurn, Basel and Kvitfjell; Austrian "Jänner", "heuer", "im Vorjahr",
"Landeshauptmann", "Landeshauptfrau", "Verkehrslandesrat", "Lenker", "Schöffensenat",
"Bedenkzeit", "Nächtigungen", "Zuseherinnen und Zuseher", "Mio.";
Swiss "Franken", "Rappen", "Grössere", "Fussgängern", "Führerausweis", "Trottoir", "Busse",
"Entscheid", "gutheissen", "weiterzuziehen", "bis im Sommer",
"gemäss", apostrophes "480'000", canton tags "UR", "AG", «» quotes; German „“ quotes): the
Nationalrat's care training reform, Styria's budget, snow and avalanches in East Tyrol, a
fatal crash in the Mühlviertel, an investment fraud verdict in Salzburg, Austria's flash
inflation, January overnight stays, a plastics maker's results, the Kunsthistorisches
Museum and the Salzburg festival, the downhill in Kvitfjell and the giant slalom in Åre, a
skier's injury, Rapid's win and the women's team coach, the Bundesrat's army budget, Zurich's
tax rate, a foehn storm, a pile-up on the A1, a Gotthard jam and a crash in Thun, Swiss road
deaths, a watch dealer at the Bundesgericht, Swiss unemployment, a Schaffhausen engineering
group, the Solothurn film days and Basel's art museum, SC Bern's derby, Lower Austria's aid
for municipalities, a procurement trial in Vienna, a truck on the Brenner, the ORF's
ratings, the AHV's 13th pension, the voting age, a parking law struck down by the VfGH and
an attempted killing before the Basel court. English, 72 rows (Reuters and AFP with a day
in the dateline, AP without): Austria's care reform, East Tyrol's snow, Austrian inflation,
the plastics maker's shares, the Vienna museum, the downhill, Rapid, the Swiss army plan,
the foehn storm, Swiss jobless figures, the engineering group, the franc, the SNB and watch
exports, Basel's museum, SC Bern, the Brenner truck, Austria's pension rise, the Swiss
population vote, an avalanche at Verbier, Swiss rents, the Zurich opera, Tyrol's bed cap,
the voting age, the Basel verdict and Vienna's annual passes. Negatives, about a fifth to a
quarter of the rows, each near a check-worthy look-alike from the same story: ministers',
governors', judges', coaches' and managers' rhetoric in quotes, party and union labels,
advice and appeals, a worry, a hope, open questions and a vox pop.

242 rows (170 German, 72 English), 55 negatives (37 German, 18 English), 187 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 304 expected quantities (89
counts, 47 percentages - 44 in %, 3 in percentage points -, 46 amounts of money - 24 CHF,
22 EUR -, 45 durations - 32 in years, 4 in hours, 3 in weeks, 3 in seconds, 2 in minutes, 1
in days -, 33 years, 20 dates, 20 ordinals, 4 fractions; none in a negative), 37 checked
speakers (20 German, 17 English). These counts were computed by a script over the list.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, piece of advice, appeal, worry, hope, belief or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-fifty-seventh); a quoted or
  reported statement of fact, figure, step, plan, demand or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-second, hundred-sixtieth). Pairs from one speaker:
  Haslauer-Petz's 900 euros beside „mehr als warme Worte“, Kapfensteiner's 2028 beside „Die
  Zeit der Geschenke“, Moosbrugger's third-best season beside „Sehnsuchtsort“,
  Pühringer-Lenz's reason and his first half beside „Hausaufgaben“, Strasser-Holub's 24
  euros beside „niemals ein Luxus“, Gut-Ambühl's 36 units beside «keine Armee auf Abruf» and
  "a blank cheque", Oechslin-Bär's 30 million francs beside «nicht stolz», Gschwandtner's
  package beside „keine einzige Gemeinde im Stich“, Gruenwald's 2.7% beside "a fair deal",
  Haselwanter's 1,200 beds beside "quality, not crowds", Weißensteiner's 325 million euros
  beside „Immunsystem der Demokratie“; the defence lawyer's denial „Mein Mandant hat von
  keiner dieser Firmen jemals Geld genommen“ is check-worthy without a figure with her name
  (two-hundred-and-fifty-seventh: „Ich habe keinen einzigen Cent für mich selbst behalten“),
  her „Hetzjagd“ a negative.
- Votes, decisions and steps of parliaments, governments and courts are check-worthy, with or
  without a figure (two-hundred-and-thirty-seventh, two-hundred-and-thirty-eighth): the
  Nationalrat's reform with its date „ab 1. September 2026“ 2026-09-01, „112 der 183
  Abgeordneten“ both, „mit 92 zu 81 Stimmen“, „mit 71 zu 22 Stimmen bei vier Enthaltungen“
  all three, „mit 8 zu 4 Stimmen“, „mit 13 zu 12 Stimmen“, "by 71 votes to 22", "by 13 votes
  to 12"; „Die SP kündigte das Referendum an, ...“ (an
  announced step, „kündigte an“ no verb of saying), the VfGH's repeal and its deadline „bis
  31. Dezember 2026“ 2026-12-31, the Bundesgericht's dismissal, the Basel verdict, „Der
  Verteidiger kündigte an, das Urteil ans Appellationsgericht weiterzuziehen.“, „Der
  Angeklagte bat um drei Tage Bedenkzeit, rechtskräftig ... noch nicht.“ 3 days, „bekannte
  sich nicht schuldig“, "Italy has taken Austria to the European Court of Justice", a demand
  („Die Grünen forderten, ... auf 1.200 Euro ...“, „forderte erneut ein Nachtfahrverbot“) and the Zollverwaltung's estimate upheld by the
  judges. New: a central bank chief's stated readiness to act ("remained ready to intervene in
  currency markets if needed") is a position and check-worthy with its speaker, unlike a
  hope or a vow - it states the bank's policy stance, which can be checked against its
  record.
- Sentences, ages and spans are durations as written (two-hundred-and-fifty-seventh): „zu
  vier Jahren Haft“, „sechs Jahre unbedingte Haft gefordert“, „bis zu zehn Jahre Haft“
  "up_to" („jeweils“ no hedge), „von siebeneinhalb Jahren“ 7.5, "seven and a half years"
  7.5, „für zwölf Jahre des Landes“ and "for 12 years"; „19-jähriger“, „17 und 18 Jahre alt“ both, „54-jähriger“, „27-Jährigen“,
  „24-jährigen“, „23-Jährigen“, „Die 26-Jährige“, „52-Jährigen“, „81-jähriger“,
  „34-jährige“, „22-jährige“, „61-jähriger“, „43-jährige“, „38-jährigen“, "Raffl, 27," 27
  years, "a 31-year-old ... a 29-year-old", "a 38-year-old"; the voting age „auf 16 Jahre“
  and "from 18 to 16 years" (the unit written once, as "sentences of 40 and 30 months"),
  „16-Jährige“ and "16-year-olds" 16 years; „der zweijährigen Ausbildung“ 2 years (the
  issue's "dreitägige Reise"), „in ihren 16 Wochen“ and "in 16 weeks", „rund sechs Wochen“
  "about", „für rund 14 Stunden“, „für rund drei Stunden“, "for about three hours", „von rund
  zwei Stunden“, „bis zu 40 Minuten“ "up_to", "after about 20 minutes" "about", „verteilt auf
  acht Jahre“ and "over eight years" 8 years with no hedge ("over" before a span, as the
  two-hundred-and-fifty-seventh). Race margins are seconds, hundredths as decimals (earlier
  batches: „um 19 Hundertstel“ 0.19): „mit 19 Hundertstel Vorsprung“ 0.19 second, "by 0.19
  seconds", „0,41 Sekunden“. None: „heuer“, „im Vorjahr“, „im Vorjahreszeitraum“, „im Jahr
  davor“, „im Jänner des Vorjahres“, „Seit Jahresbeginn“, „monatlich“, „jährlich“, „pro
  Jahr“, "a year", "a year earlier", "last year", "last season", "this winter", clock times
  („um 19.30 Uhr“).
- Weather and traffic are counts of the figure as written (fifty-seventh,
  hundred-eighty-fourth): snow depths („bis zu 80 Zentimeter“ "up_to", „weitere 30 bis 50
  Zentimeter“ both with no hedge, "up to 80 centimetres"), temperatures („minus 9,4 Grad“
  -9.4, „auf 19,6 Grad“, "a record 19.6 degrees Celsius" - "a record" no hedge -), gusts
  („bis zu 162 Kilometern pro Stunde“ and "up to 162 kilometres per hour" "up_to"; „pro
  Stunde“ none), danger levels („die Lawinenwarnstufe 4 der fünfstufigen Skala“ 4 and 5,
  „Lawinengefahrenstufe 3 von 5“ 3 and 5, "four on a five-point scale" 4 and 5;
  hundred-thirty-first: „die Lawinenwarnstufe 3 auf der fünfstufigen Skala“), jams in
  kilometres („von 9 Kilometern“, „auf 12 Kilometern“ - „auf“ before a figure no hedge -, „15
  Kilometer lang“), vehicles and people („sieben Fahrzeuge“, „Vier Personen“, „zwei weitere Personen“, „4'102 Personen“,
  „231 Menschen, 19 weniger“, „14 Menschen ..., um vier mehr“ - a difference is a count, as
  "9'215 mehr" -, "Two skiers", "Around 600 tourists" "about"). Road names carry none („A1“,
  „Bundesstraße“; fifty-first: "A13" names a road), nor do canton tags („UR“, „AG“) and
  scores („2:1“, „4:2“, "2-1", "4-2").
- Money in the currency written (every batch): EUR („412 Millionen Euro, um 88 Millionen Euro
  weniger“ both, „684 Mio. Euro“, „21,7 Mio. Euro“, „14,82 Euro“, „von 21 auf 24 Euro“ both,
  "from 21 euros to 24 euros", „zusammen 1,1 Millionen Euro“, „rund 2,3 Millionen Euro“,
  „über insgesamt 8,6 Millionen Euro“ with no hedge - „über“ governed by the noun „Aufträge“,
  two-hundred-and-fifty-seventh -, „höchstens 400.000 Euro“ "at_most", "about 310 million
  euros", "467 euros, up from 365 euros" - "up from" no hedge -), CHF („rund 4,2 Milliarden
  Franken“, „480'000 Franken“, „im Wert von über 6 Millionen Franken“ "over" - here „über“
  stands before the figure -, „12'000 Franken“, „2.40 Franken je Aktie“ 2.4 - the Swiss
  decimal point -, "an average of 31.20 francs" 31.2 ("an average of" no hedge, as „Im Schnitt“), „60'000 Franken“, „1,5
  Millionen Franken“, "1.8 million Swiss francs", "francs" in Swiss copy CHF
  (two-hundred-and-fifty-seventh), „60 Rappen“ 0.6 CHF - Rappen as CHF hundredths, earlier
  batches -); the franc's rate "0.9112 per euro" is 0.9112 CHF (ninetieth: "384.60 per euro"
  HUF). New: „zusammen“ before a sum is no hedge, as „insgesamt“ (two-hundred-and-fifty-seventh)
  - it adds up the awards and bounds nothing.
- Percentages and points (fifty-seventh, two-hundred-and-thirty-seventh): „um zwei
  Prozentpunkte auf 96 Prozent“ 2 pp and 96 %, „um 0,9 Prozentpunkte“ 0.9 pp, „um 0,6
  Prozentpunkte“ 0.6 pp; „Ein Prozent der Wirtschaftsleistung“ 1 % and "to 1% of gross domestic product"; „gut 4 Prozent“ "over"
  („gut“, two-hundred-and-fifty-seventh), „rund 70 Prozent“ "about"; "0.25% at its last three
  meetings" 0.25 % and count 3. Forecasts and expectations with a figure are check-worthy
  (hundred-tenth, two-hundred-and-seventy-sixth): „Ökonomen rechnen damit, dass die Quote
  ... auf 3,2 Prozent steigen könnte“, "expect the deficit to narrow to 3.6% in 2026"; a
  worry, hope or doubt without a figure is a negative („zeigte sich besorgt“, "said it hoped",
  "saw little hope").
- Fractions, counts and ordinals (the issue; every batch): „Fast zwei Drittel“ 0.6667
  "nearly", „Fast jeder dritte Todesfall“ 0.3333 "nearly" (the issue's "jeder vierte"), „fast
  die Hälfte“ 0.5 "nearly", "nearly a fifth" 0.2 "nearly". Counts with a scale word
  multiplying: „17,4 Millionen Nächtigungen“, „knapp 1,9 Millionen“ "nearly", „1,72
  Millionen“, „1,07 Millionen“, "about 9.1 million", "10 million" (the cap), "Some 2.5
  million" "about" (earlier batches: "Some 1,420 patients"), "about 3.9 million"; compounds
  and number words ("three-party coalition" 3 as the issue's "28-Punkte-Entwurf",
  „zweimal“ 2, „zwei Rennen“, „nach zwei Durchgängen“, „sechs Runden“, "two races", "six
  rounds"; „beide Treffer“, „Seine beiden Mitfahrer“ none); "no more than 1,200" "at_most"
  (earlier batches: "no more than" "at_most"), "more than 114,000" and „mehr als 410.000“
  "over". Ordinals: „seinen dritten Saisonsieg“, „der neunte Weltcupsieg“, „der zweite
  Rang“, „der vierte Podestplatz“, „auf Rang zwei“ 2 and „auf Rang vier“ 4 (earlier batches:
  „auf Platz sechs“ 6), „auf dem achten Platz“, "eighth", "fourth", „der 20. Runde“, „der
  erste Podestplatz“, „der zweite Verhandlungstag“, „in ihrer 61. Ausgabe“, „Die 13.
  AHV-Rente“ and „Die 13. Rente“ 13, „die drittbeste Wintersaison“ 3 (the issue's „die
  drittgrößte Stadt“), "the 11th avalanche death", "A third member" 3, "the first half" 1
  and no fraction (two-hundred-and-fifty-seventh). None: „so viele wie nie zuvor“, „Am
  stärksten“, „Am teuersten“, "the most expensive", "the biggest market", "its strongest
  level", „wärmster“.
- Years and dates: „bis 2030“, „bis 2028“, „ab 2032“, „bis 2029“, „ab 2027“, „seit 2007“, „zwischen 2019 und 2024“, „zwischen 2018 und 2021“,
  „zwischen 2017 und 2022“ both years, „2025“ as a business year, „für 2025“, „als 2024“,
  „im August 2024“, „im Dezember 2026“, „bis 2028 verlängert“, "by 2030", "by 2032", "from
  January 2027" and "in August 2024" the year (two-hundred-and-fifty-seventh), "before 2050";
  „am 19. März“ --03-19 and "on June 14" --06-14 dates without a year. Reuters and AFP
  datelines with a day ("VIENNA, Feb 24 (Reuters)", "ZURICH, Feb 24 (Reuters)", "BERN, Feb
  24 (Reuters)", "VIENNA, Feb 24 (AFP)", "GENEVA, Feb 24 (AFP)", "BASEL, Switzerland, Feb 24
  (AFP)" with the country between city and day) are --02-24; AP ("VIENNA (AP) —", "BERN,
  Switzerland (AP) —", "KVITFJELL, Norway (AP) —", "ZURICH (AP) —", "INNSBRUCK, Austria (AP)
  —"), APA and Keystone-SDA datelines none (seventy-ninth, two-hundred-and-fifty-seventh).
- Hedges, only the names in use: „rund“, „Rund“, "about", "Around", "Some" "about"; „knapp“,
  „Fast“, „fast“, "nearly" "nearly"; „Mehr als“, „mehr als“, „gut“, „über“ before a figure,
  "more than" "over"; „bis zu“, "up to" "up_to"; „höchstens“, "no more than" "at_most". No
  hedge: „insgesamt“, „zusammen“, „Allein“, „bereits“, „zunächst“, „jeweils“,
  „derzeit“, „im Schnitt“, „auf“, „um“ before a
  change, „bis“ in a range, „über“ governed by a noun or a verb („über eine Erhöhung“), "a
  record", "an average of", "up from", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: „sagte Sozialministerin
  Irmgard Haslauer-Petz (SPÖ) in der Debatte“, „sagte Statistik-Austria-Generaldirektor
  Matthias Kollmann-Reiter“, „sagte Finanzdirektor Beat Frischknecht-Sutter“ and „sagte
  Verteidigerin Katharina Zöchling-Wimmer“ the name with title, party and occasion dropped
  (hundred-eighty-seventh, two-hundred-and-fifty-seventh); „Landeshauptmann Reinhold
  Kapfensteiner (FPÖ) sagte, ...“, „Tourismusstaatssekretärin Carina Moosbrugger sagte“,
  „Generaldirektorin Veronika Strasser-Holub sagte“, „Konzernchefin Mirjam Oechslin-Bär
  sagte“, „ORF-Generaldirektor Roland Weißensteiner sagte“ and „Kommissionspräsidentin Judith
  Schnyder-Arnold (Mitte/LU) sagte“ the name (two-hundred-and-forty-fourth); „teilte die
  GeoSphere Austria mit“, „teilte die Landespolizeidirektion Oberösterreich mit“, „teilte
  die Kantonspolizei Aargau mit“, „teilte das Unternehmen am Dienstag mit“ -> "das
  Unternehmen", „teilte der VfGH am Dienstag mit“ -> "der VfGH", „teilte MeteoSchweiz mit“
  and „teilte Swiss-Ski am Dienstag mit“ as written, „teilte das Bundesamt für Strassen
  (Astra) am Dienstag mit“ and „teilte das Staatssekretariat für Wirtschaft (Seco) mit“ with
  the abbreviation in brackets dropped (two-hundred-and-fifty-seventh); „Nach Angaben des
  Gemeindebundes“ -> "der Gemeindebund" (seventieth: „nach Angaben des Innenministeriums“).
  English: "Chief Executive Harald Puehringer-Lenz said", "Defence Minister Franziska
  Gut-Ambuehl said", "Swiss National Bank Chairman Lukas Imhof-Rey said", "Justice Minister
  Beatrice Kaelin-Roth said", "provincial governor Josef Haselwanter said", "Chancellor
  Johann Gruenwald told a news conference" and "motorway operator Asfinag said" the name with
  the title dropped; "Swiss engineering group Rheinfall Praezision said" the firm's name;
  "the statistics office said", "the secretariat said", "the finance ministry said", "the
  government said Tuesday", "the city said", "the Federation of the Swiss Watch Industry
  said", "the Federal Office for Housing said", "according to the Federal Statistical Office"
  the body in lower case after the article (two-hundred-and-fifty-seventh); "police said"
  -> "police". Left unchecked (None): all negatives, also those with a named speaker;
  documents and data („laut Schnellschätzung“, „laut dem ... Urteil“, „gemäss der Botschaft“,
  "a flash estimate ... showed", "data ...
  showed", "figures released ... showed", "a property portal's index showed"); roles („sagte
  ein Sprecher der Asfinag“, „sagte ein Polizeisprecher“, "its director said", "its artistic
  director said", "the association's president said"); groups and collectives („Die Richter
  in Lausanne hielten fest“, „Ökonomen rechnen“, "local officials said", "police in the
  canton of Valais said", "Currency traders said"); „wie die Festivalleitung ...
  bilanzierte“ (no verb of saying); „nach Berechnungen des Ministeriums“ (a calculation, as
  „nach Schätzung der Polizei“, hundred-eighty-seventh); „laut Land“ (two-hundred-and-fifty-
  seventh: „Gemäss BFS“); "according to figures from Tyrol's provincial government" and
  "according to the avalanche institute SLF in Davos" (figures and a body named with its seat,
  left open); „forderte“, „hatte ... gefordert“, „kündigte an“, „begründete“, „präsentiert“
  (no verbs of saying).
- Negatives besides the pairs above (two-hundred-and-fourth, two-hundred-and-fifty-seventh):
  labels of parties, unions, juries and lobbies („Die FPÖ sprach von einem „Placebo ...““,
  „Die Opposition nannte den Voranschlag ...“, „Die Grünen sprachen von einem
  «Aufrüstungsprogramm ...»“, „Die SP nannte die Senkung ...“, „Die Gewerkschaft Unia nannte
  ...“, „Die Jury lobte den Film als ...“, „Die SPÖ bezeichnete das Paket als ...“, „Der Arbeitgeberverband warnte vor einer
  «Zwängerei ...»“, „Sein Anwalt sprach ... von einem «Fehlurteil ...»“, "Freedom Party leader ... called the
  deal ...", "Critics of the coalition called ...", "Hoteliers ... described the cap as
  ..."); rhetoric in quotes by officials, coaches, athletes, judges and defendants („Bei
  solchen Verhältnissen ...“, «Sie haben aus nichtigem Anlass ...», „Ich habe immer geglaubt
  ...“ a belief, „Heute hat einfach alles zusammengepasst ...“, «Gegen einen Raffl ...»,
  «Wir haben heute wieder Charakter gezeigt ...», „Wir sind noch lange nicht dort ...“,
  „Sabine hat aus einer guten Mannschaft ...“, «Der Arbeitsmarkt kühlt sich ab ...», „Der
  Brenner ist keine Transitschneise ...“, «Wer Steuern zahlt ...», "The snow was perfect
  today ...", "Opera is not a museum ...", "Art must never become a luxury ..."); an
  argument („Die Kommissionsmehrheit argumentierte, ...“); advice and appeals naming no
  measure („Bitte bleiben Sie auf den gesicherten Pisten ...“, «Wer sich bei diesen
  Verhältnissen ins freie Gelände wagt ...», „Die Beratungsstelle für Unfallverhütung rief
  ... auf“, "Mountain guides urged visitors ..."); a worry, hopes and assessments („Der
  Bauernverband zeigte sich besorgt“, „zeigte sich „vorsichtig optimistisch““, "said it
  hoped", "saw little hope", "Currency traders said the franc's rise reflected ...",
  "Tenants' groups said landlords had been far too slow ...", "Business groups warned ...",
  "Supporters say ..."); open questions and an evasion („Ob der Februar ... zeigen.“,
  „Weshalb der Mann auf das Trottoir geriet, ist noch unklar.“, „Ob die Stadt ..., ließ das
  Rathaus offen.“); and a vox pop ("Commuters outside the Westbahnhof station said ...").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_284 = [
    # --- Nationalrat: Pflegeausbildung (APA) ---
    ("de", "Wien (APA) - Der Nationalrat hat am Dienstag mit den Regierungsstimmen von ÖVP, SPÖ und NEOS eine Reform der Pflegeausbildung beschlossen, die ab 1. September 2026 gelten soll.", True,
     [("date", "2026-09-01", None, None)], None),
    ("de", "Für das Gesetz stimmten 112 der 183 Abgeordneten, dagegen votierten FPÖ und Grüne.", True,
     [("count", 112, None, None), ("count", 183, None, None)], None),
    ("de", "Angehende Pflegeassistentinnen und -assistenten sollen während der zweijährigen Ausbildung monatlich 900 Euro erhalten, sagte Sozialministerin Irmgard Haslauer-Petz (SPÖ) in der Debatte.", True,
     [("duration", 2, "year", None), ("money", 900, "EUR", None)], "Irmgard Haslauer-Petz"),
    ("de", "Bis 2030 fehlen nach Berechnungen des Ministeriums rund 51.000 Pflegekräfte.", True,
     [("year", 2030, None, None), ("count", 51000, None, "about")], None),
    ("de", "„Wer pflegt, verdient mehr als warme Worte und Applaus vom Balkon“, sagte Haslauer-Petz.", False, [], None),
    ("de", "Die FPÖ sprach von einem „Placebo für ein krankes System“.", False, [], None),
    ("de", "Die Grünen forderten, die Ausbildungsbeihilfe auf 1.200 Euro im Monat anzuheben.", True,
     [("money", 1200, "EUR", None)], None),
    ("en", "VIENNA, Feb 24 (Reuters) - Austria's parliament on Tuesday approved a reform that will pay trainee care assistants 900 euros a month, seeking to close a staffing gap the government puts at about 51,000 care workers by 2030.", True,
     [("date", "--02-24", None, None), ("money", 900, "EUR", None), ("count", 51000, None, "about"), ("year", 2030, None, None)], None),
    # --- Steiermark: Landesbudget (APA) ---
    ("de", "Graz (APA) - Die steirische Landesregierung rechnet heuer mit einem Defizit von 412 Millionen Euro, um 88 Millionen Euro weniger als im Vorjahr.", True,
     [("money", 412000000, "EUR", None), ("money", 88000000, "EUR", None)], None),
    ("de", "Landeshauptmann Reinhold Kapfensteiner (FPÖ) sagte, bis 2028 wolle das Land ohne neue Schulden auskommen.", True,
     [("year", 2028, None, None)], "Reinhold Kapfensteiner"),
    ("de", "„Die Zeit der Geschenke aus dem Füllhorn ist vorbei“, sagte Kapfensteiner.", False, [], None),
    ("de", "Gespart werden soll vor allem bei der Wohnbauförderung, die um elf Prozent gekürzt wird.", True,
     [("percent", 11, "%", None)], None),
    ("de", "Die Opposition nannte den Voranschlag „ein Sparpaket auf dem Rücken der Gemeinden“.", False, [], None),
    ("de", "Der Landtag soll das Budget am 19. März beschließen.", True,
     [("date", "--03-19", None, None)], None),
    # --- Wetter Österreich (APA) ---
    ("de", "Wien (APA) - Ein Tief über Oberitalien hat in der Nacht auf Dienstag in Osttirol und Oberkärnten bis zu 80 Zentimeter Neuschnee gebracht.", True,
     [("count", 80, None, "up_to")], None),
    ("de", "In Lienz wurden am Morgen minus 9,4 Grad gemessen, teilte die GeoSphere Austria mit.", True,
     [("count", -9.4, None, None)], "die GeoSphere Austria"),
    ("de", "Im Defereggental und im Virgental galt am Dienstag die Lawinenwarnstufe 4 der fünfstufigen Skala.", True,
     [("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Die Felbertauernstraße blieb wegen Lawinengefahr für rund 14 Stunden gesperrt.", True,
     [("duration", 14, "hour", "about")], None),
    ("de", "Mehr als 2.000 Haushalte waren zeitweise ohne Strom, weil Bäume unter der Schneelast auf Leitungen gestürzt waren.", True,
     [("count", 2000, None, "over")], None),
    ("de", "„Bitte bleiben Sie auf den gesicherten Pisten und schauen Sie auf sich“, appellierte der Tiroler Lawinenwarndienst an die Wintersportler.", False, [], None),
    ("de", "Bis Donnerstag erwarten die Meteorologen im Süden weitere 30 bis 50 Zentimeter.", True,
     [("count", 30, None, None), ("count", 50, None, None)], None),
    ("en", "VIENNA, Feb 24 (AFP) - Heavy snow cut off several valleys in Austria's East Tyrol on Tuesday, with up to 80 centimetres falling overnight and the avalanche danger raised to four on a five-point scale.", True,
     [("date", "--02-24", None, None), ("count", 80, None, "up_to"), ("count", 4, None, None), ("count", 5, None, None)], None),
    ("en", "Around 600 tourists were stranded in the village of St. Jakob in Defereggen, local officials said.", True,
     [("count", 600, None, "about")], None),
    # --- Verkehrsunfall Mühlviertel (APA) ---
    ("de", "Linz (APA) - Bei einem Verkehrsunfall im Bezirk Freistadt ist in der Nacht auf Dienstag ein 19-jähriger Autolenker ums Leben gekommen.", True,
     [("duration", 19, "year", None)], None),
    ("de", "Der junge Mann war auf der schneeglatten Bundesstraße von der Fahrbahn abgekommen und frontal gegen einen Baum geprallt.", True, [], None),
    ("de", "Seine beiden Mitfahrer, 17 und 18 Jahre alt, wurden mit schweren Verletzungen ins Kepler Universitätsklinikum geflogen.", True,
     [("duration", 17, "year", None), ("duration", 18, "year", None)], None),
    ("de", "Ein Alkotest beim Lenker des entgegenkommenden Fahrzeugs verlief negativ, teilte die Landespolizeidirektion Oberösterreich mit.", True, [], "die Landespolizeidirektion Oberösterreich"),
    ("de", "Seit Jahresbeginn sind auf Oberösterreichs Straßen damit bereits 14 Menschen gestorben, um vier mehr als im Vorjahreszeitraum.", True,
     [("count", 14, None, None), ("count", 4, None, None)], None),
    ("de", "„Bei solchen Verhältnissen ist jede Überholaktion ein Spiel mit dem Leben“, sagte ein Polizeisprecher.", False, [], None),
    # --- Landesgericht Salzburg (APA) ---
    ("de", "Salzburg (APA) - Ein 54-jähriger ehemaliger Vermögensberater ist am Dienstag am Landesgericht Salzburg wegen schweren gewerbsmäßigen Betrugs zu vier Jahren Haft verurteilt worden.", True,
     [("duration", 54, "year", None), ("duration", 4, "year", None)], None),
    ("de", "Er soll zwischen 2019 und 2024 von 37 Anlegerinnen und Anlegern insgesamt rund 2,3 Millionen Euro eingesammelt und großteils verspielt haben.", True,
     [("year", 2019, None, None), ("year", 2024, None, None), ("count", 37, None, None), ("money", 2300000, "EUR", "about")], None),
    ("de", "Der Schöffensenat sprach den Opfern zudem Schadenersatz von zusammen 1,1 Millionen Euro zu.", True,
     [("money", 1100000, "EUR", None)], None),
    ("de", "„Ich habe immer geglaubt, dass ich das Geld beim nächsten Mal zurückgewinne“, sagte der Angeklagte.", False, [], None),
    ("de", "Der Angeklagte bat um drei Tage Bedenkzeit, rechtskräftig ist der Spruch des Schöffensenats damit noch nicht.", True,
     [("duration", 3, "day", None)], None),
    ("de", "Staatsanwalt Florian Eibensteiner hatte sechs Jahre unbedingte Haft gefordert.", True,
     [("duration", 6, "year", None)], None),
    # --- Inflation (APA, Reuters) ---
    ("de", "Wien (APA) - Die heimische Inflationsrate ist im Jänner laut Schnellschätzung der Statistik Austria auf 2,6 Prozent gesunken, nach 3,1 Prozent im Dezember.", True,
     [("percent", 2.6, "%", None), ("percent", 3.1, "%", None)], None),
    ("de", "Am stärksten verteuerten sich erneut Dienstleistungen mit einem Plus von 4,2 Prozent, sagte Statistik-Austria-Generaldirektor Matthias Kollmann-Reiter.", True,
     [("percent", 4.2, "%", None)], "Matthias Kollmann-Reiter"),
    ("de", "Haushaltsenergie war um 3,8 Prozent billiger als im Jänner des Vorjahres.", True,
     [("percent", 3.8, "%", None)], None),
    ("de", "Die Teuerung im Euroraum lag im gleichen Monat bei 2,1 Prozent.", True,
     [("percent", 2.1, "%", None)], None),
    ("de", "Wirtschaftsminister Ferdinand Hohenwarter (ÖVP) zeigte sich „vorsichtig optimistisch“.", False, [], None),
    ("en", "VIENNA, Feb 24 (Reuters) - Austrian inflation eased to 2.6% in January from 3.1% in December, a flash estimate from Statistics Austria showed on Tuesday, though it stayed above the euro zone rate of 2.1%.", True,
     [("date", "--02-24", None, None), ("percent", 2.6, "%", None), ("percent", 3.1, "%", None), ("percent", 2.1, "%", None)], None),
    ("en", "Services prices rose 4.2% year on year, the statistics office said.", True,
     [("percent", 4.2, "%", None)], "the statistics office"),
    # --- Tourismus (APA) ---
    ("de", "Wien (APA) - Die heimischen Beherbergungsbetriebe haben im Jänner 17,4 Millionen Nächtigungen gezählt, um 3,2 Prozent mehr als im Vorjahr.", True,
     [("count", 17400000, None, None), ("percent", 3.2, "%", None)], None),
    ("de", "Fast zwei Drittel der Übernachtungen buchten Urlauber aus dem Ausland, die meisten davon aus Deutschland.", True,
     [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Die Nächtigungen von Gästen aus den Niederlanden stiegen um 7,5 Prozent auf knapp 1,9 Millionen.", True,
     [("percent", 7.5, "%", None), ("count", 1900000, None, "nearly")], None),
    ("de", "Tourismusstaatssekretärin Carina Moosbrugger sagte, die Branche steuere auf die drittbeste Wintersaison seit Beginn der Aufzeichnungen zu.", True,
     [("ordinal", 3, None, None)], "Carina Moosbrugger"),
    ("de", "„Österreich ist und bleibt ein Sehnsuchtsort für Gäste aus aller Welt“, sagte Moosbrugger.", False, [], None),
    # --- Traunviertler Polymer (APA, Reuters) ---
    ("de", "Linz (APA) - Der oberösterreichische Kunststoffverarbeiter Traunviertler Polymer AG hat 2025 einen Umsatz von 684 Mio. Euro erzielt, ein Minus von 5,1 Prozent.", True,
     [("year", 2025, None, None), ("money", 684000000, "EUR", None), ("percent", 5.1, "%", None)], None),
    ("de", "Das Betriebsergebnis halbierte sich auf 21,7 Mio. Euro, teilte das Unternehmen am Dienstag mit.", True,
     [("money", 21700000, "EUR", None)], "das Unternehmen"),
    ("de", "Bis Jahresende sollen am Standort Ansfelden rund 180 der 1.400 Stellen wegfallen.", True,
     [("count", 180, None, "about"), ("count", 1400, None, None)], None),
    ("de", "Vorstandschef Harald Pühringer-Lenz begründete den Abbau mit der schwachen Nachfrage der deutschen Autoindustrie.", True, [], None),
    ("de", "„Wir haben unsere Hausaufgaben gemacht und gehen gestärkt aus dieser Phase hervor“, sagte Pühringer-Lenz.", False, [], None),
    ("de", "Die Aktie gab an der Wiener Börse bis Mittag um 6,3 Prozent auf 14,82 Euro nach.", True,
     [("percent", 6.3, "%", None), ("money", 14.82, "EUR", None)], None),
    ("en", "VIENNA, Feb 24 (Reuters) - Shares in Traunviertler Polymer fell 6.3% on Tuesday after the Austrian plastics maker reported a 5.1% drop in 2025 sales and said it would cut about 180 jobs.", True,
     [("date", "--02-24", None, None), ("percent", 6.3, "%", None), ("percent", 5.1, "%", None), ("year", 2025, None, None), ("count", 180, None, "about")], None),
    ("en", "Chief Executive Harald Puehringer-Lenz said weak demand from German carmakers would also weigh on the first half of 2026.", True,
     [("ordinal", 1, None, None), ("year", 2026, None, None)], "Harald Puehringer-Lenz"),
    # --- Kunsthistorisches Museum, Festspiele (APA, AP) ---
    ("de", "Wien (APA) - Das Kunsthistorische Museum (KHM) zählte im Vorjahr 1,72 Millionen Besucherinnen und Besucher, so viele wie nie zuvor.", True,
     [("count", 1720000, None, None)], None),
    ("de", "Allein die Bruegel-Schau lockte in ihren 16 Wochen mehr als 410.000 Menschen in das Haus am Ring.", True,
     [("duration", 16, "week", None), ("count", 410000, None, "over")], None),
    ("de", "Generaldirektorin Veronika Strasser-Holub sagte, heuer werde der Eintritt für Erwachsene von 21 auf 24 Euro angehoben.", True,
     [("money", 21, "EUR", None), ("money", 24, "EUR", None)], "Veronika Strasser-Holub"),
    ("de", "„Kunst darf in dieser Stadt niemals ein Luxus werden“, betonte Strasser-Holub zugleich.", False, [], None),
    ("de", "Die Salzburger Festspiele haben für den kommenden Sommer bereits 168.000 Karten verkauft.", True,
     [("count", 168000, None, None)], None),
    ("de", "Das sind rund 70 Prozent des Kontingents von 240.000 Tickets.", True,
     [("percent", 70, "%", "about"), ("count", 240000, None, None)], None),
    ("en", "VIENNA (AP) — Vienna's Kunsthistorisches Museum drew a record 1.72 million visitors last year, helped by a Bruegel show that attracted more than 410,000 people in 16 weeks.", True,
     [("count", 1720000, None, None), ("count", 410000, None, "over"), ("duration", 16, "week", None)], None),
    ("en", "The museum will raise adult admission from 21 euros to 24 euros this year, its director said.", True,
     [("money", 21, "EUR", None), ("money", 24, "EUR", None)], None),
    ("en", "Art must never become a luxury in this city, she added.", False, [], None),
    # --- Ski alpin: Kvitfjell und Åre (APA, Keystone-SDA, AP) ---
    ("de", "Kvitfjell (APA) - Der Tiroler Lukas Raffl hat die Weltcup-Abfahrt in Norwegen gewonnen und damit seinen dritten Saisonsieg gefeiert.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Raffl siegte mit 19 Hundertstel Vorsprung auf den Schweizer Noah Gisler.", True,
     [("duration", 0.19, "second", None)], None),
    ("de", "Für den 27-Jährigen war es der neunte Weltcupsieg seiner Karriere.", True,
     [("duration", 27, "year", None), ("ordinal", 9, None, None)], None),
    ("de", "„Heute hat einfach alles zusammengepasst, das Material, die Linie, der Kopf“, sagte Raffl im ORF-Interview.", False, [], None),
    ("de", "Im Abfahrtsweltcup liegt er zwei Rennen vor Schluss 86 Punkte vor Gisler.", True,
     [("count", 2, None, None), ("count", 86, None, None)], None),
    ("de", "Kvitfjell (Keystone-SDA) - Für den 24-jährigen Nidwaldner Noah Gisler war der zweite Rang bereits der vierte Podestplatz des Winters.", True,
     [("duration", 24, "year", None), ("ordinal", 2, None, None), ("ordinal", 4, None, None)], None),
    ("de", "«Gegen einen Raffl in dieser Verfassung ist man heute machtlos», sagte Gisler.", False, [], None),
    ("en", "KVITFJELL, Norway (AP) — Austria's Lukas Raffl won a World Cup downhill on Tuesday, beating Switzerland's Noah Gisler by 0.19 seconds for his third victory of the season.", True,
     [("duration", 0.19, "second", None), ("ordinal", 3, None, None)], None),
    ("en", "Raffl, 27, now leads the downhill standings by 86 points with two races remaining.", True,
     [("duration", 27, "year", None), ("count", 86, None, None), ("count", 2, None, None)], None),
    ("en", "\"The snow was perfect today, so I simply let my skis go,\" Raffl said.", False, [], None),
    ("de", "Åre (APA) - Die Salzburgerin Magdalena Eisl ist im Weltcup-Riesentorlauf von Åre auf Rang zwei gefahren.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Auf die siegreiche Norwegerin Ingrid Solberg-Haug fehlten ihr nach zwei Durchgängen 0,41 Sekunden.", True,
     [("count", 2, None, None), ("duration", 0.41, "second", None)], None),
    ("de", "Es war der erste Podestplatz der 23-Jährigen im Weltcup.", True,
     [("ordinal", 1, None, None), ("duration", 23, "year", None)], None),
    ("de", "Bern (Keystone-SDA) - Speed-Spezialistin Aline Zgraggen fällt nach ihrem Trainingssturz in Crans-Montana rund sechs Wochen aus, teilte Swiss-Ski am Dienstag mit.", True,
     [("duration", 6, "week", "about")], "Swiss-Ski"),
    ("de", "Die 26-Jährige zog sich einen Riss des vorderen Kreuzbandes im linken Knie zu.", True,
     [("duration", 26, "year", None)], None),
    # --- Fußball (APA, AP) ---
    ("de", "Wien (APA) - Rapid Wien hat das Nachtragsspiel der 20. Runde gegen den WAC mit 2:1 gewonnen und ist auf Rang vier vorgerückt.", True,
     [("ordinal", 20, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Vor 18.400 Zuschauern in Hütteldorf erzielte Kapitän Marvin Obernosterer beide Treffer.", True,
     [("count", 18400, None, None)], None),
    ("de", "„Wir sind noch lange nicht dort, wo wir hinwollen“, sagte Trainer Bernd Strobl-Hafner.", False, [], None),
    ("en", "VIENNA (AP) — Rapid Vienna beat Wolfsberger AC 2-1 on Tuesday to move up to fourth in the Austrian Bundesliga.", True,
     [("ordinal", 4, None, None)], None),
    ("de", "Wien (APA) - Der ÖFB hat den Vertrag mit Frauen-Teamchefin Sabine Kreuzberger vorzeitig bis 2028 verlängert.", True,
     [("year", 2028, None, None)], None),
    ("de", "Unter der 52-Jährigen hat das Nationalteam 14 von 22 Länderspielen gewonnen.", True,
     [("duration", 52, "year", None), ("count", 14, None, None), ("count", 22, None, None)], None),
    ("de", "„Sabine hat aus einer guten Mannschaft eine hungrige gemacht“, sagte der ÖFB-Sportdirektor.", False, [], None),
    # --- Bundesrat: Armeebudget (Keystone-SDA, Reuters) ---
    ("de", "Bern (Keystone-SDA) - Ein Prozent der Wirtschaftsleistung soll nach dem Willen des Bundesrats ab 2032 in die Landesverteidigung fliessen.", True,
     [("percent", 1, "%", None), ("year", 2032, None, None)], None),
    ("de", "Das entspricht gemäss der Botschaft zusätzlichen Ausgaben von rund 4,2 Milliarden Franken, verteilt auf acht Jahre.", True,
     [("money", 4200000000, "CHF", "about"), ("duration", 8, "year", None)], None),
    ("de", "Heute liegt der Anteil bei 0,76 Prozent.", True,
     [("percent", 0.76, "%", None)], None),
    ("de", "Verteidigungsministerin Franziska Gut-Ambühl sagte vor den Medien, die Schweiz könne sich «keine Armee auf Abruf» leisten.", False, [], None),
    ("de", "Die SP kündigte das Referendum an, sollte das Parlament die Vorlage gutheissen.", True, [], None),
    ("de", "Die Grünen sprachen von einem «Aufrüstungsprogramm auf Kosten der Entwicklungszusammenarbeit».", False, [], None),
    ("en", "ZURICH, Feb 24 (Reuters) - Switzerland's government proposed on Tuesday raising military spending to 1% of gross domestic product by 2032, adding about 4.2 billion Swiss francs over eight years.", True,
     [("date", "--02-24", None, None), ("percent", 1, "%", None), ("year", 2032, None, None), ("money", 4200000000, "CHF", "about"), ("duration", 8, "year", None)], None),
    ("en", "Defence Minister Franziska Gut-Ambuehl said the army would buy 36 more ground-based air defence units under the plan.", True,
     [("count", 36, None, None)], "Franziska Gut-Ambuehl"),
    ("en", "Neutrality is not a blank cheque for doing nothing, she told reporters in Bern.", False, [], None),
    ("en", "The Swiss government said it hoped the army plan would reassure its European partners.", False, [], None),
    # --- Zürcher Kantonsrat: Steuerfuss (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Der Zürcher Kantonsrat hat am Montag eine Senkung des Steuerfusses um zwei Prozentpunkte auf 96 Prozent beschlossen.", True,
     [("percent", 2, "pp", None), ("percent", 96, "%", None)], None),
    ("de", "Der Entscheid fiel mit 92 zu 81 Stimmen.", True,
     [("count", 92, None, None), ("count", 81, None, None)], None),
    ("de", "Dem Kanton entgehen damit jährlich rund 160 Millionen Franken, sagte Finanzdirektor Beat Frischknecht-Sutter.", True,
     [("money", 160000000, "CHF", "about")], "Beat Frischknecht-Sutter"),
    ("de", "Die SP nannte die Senkung «ein Geschenk an jene, die es am wenigsten brauchen».", False, [], None),
    ("de", "Der Kanton hatte für 2025 einen Überschuss von 312 Millionen Franken ausgewiesen.", True,
     [("year", 2025, None, None), ("money", 312000000, "CHF", None)], None),
    # --- Föhnsturm (Keystone-SDA, AFP) ---
    ("de", "Zürich (Keystone-SDA) - Ein Föhnsturm hat am Dienstag in den Alpentälern Böenspitzen von bis zu 162 Kilometern pro Stunde gebracht.", True,
     [("count", 162, None, "up_to")], None),
    ("de", "Am stärksten blies der Wind auf dem Gütsch ob Andermatt.", True, [], None),
    ("de", "In Altdorf UR stieg die Temperatur am Mittag auf 19,6 Grad, ein Februarrekord für die Messstation, teilte MeteoSchweiz mit.", True,
     [("count", 19.6, None, None)], "MeteoSchweiz"),
    ("de", "Grössere Schäden meldeten die Gebäudeversicherungen der Kantone Uri und Glarus bis am Abend nicht.", True, [], None),
    ("de", "Die Axenstrasse zwischen Brunnen und Flüelen wurde wegen Steinschlaggefahr für den Verkehr gesperrt.", True, [], None),
    ("de", "Im Oberwallis gilt verbreitet die Lawinengefahrenstufe 3 von 5.", True,
     [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "«Wer sich bei diesen Verhältnissen ins freie Gelände wagt, spielt mit seinem Leben», warnte ein Sprecher des Instituts für Schnee- und Lawinenforschung.", False, [], None),
    ("de", "Wegen umgestürzter Bäume auf der Strecke Zürich–Chur kam es bei den SBB zu Verspätungen von bis zu 40 Minuten.", True,
     [("duration", 40, "minute", "up_to")], None),
    ("de", "Der Bauernverband zeigte sich besorgt über die frühe Blüte der Obstbäume nach dem warmen Föhntag.", False, [], None),
    ("de", "Ob der Februar als wärmster seit Messbeginn in die Statistik eingeht, wird sich erst Anfang März zeigen.", False, [], None),
    ("en", "GENEVA, Feb 24 (AFP) - A violent foehn storm swept through the Swiss Alps on Tuesday with gusts of up to 162 kilometres per hour, while temperatures in the Reuss valley climbed to a record 19.6 degrees Celsius for February.", True,
     [("date", "--02-24", None, None), ("count", 162, None, "up_to"), ("count", 19.6, None, None)], None),
    # --- Verkehr Schweiz (Keystone-SDA) ---
    ("de", "Aarau (Keystone-SDA) - Auf der Autobahn A1 bei Kölliken AG sind am Dienstagmorgen bei einer Auffahrkollision sieben Fahrzeuge ineinandergeprallt.", True,
     [("count", 7, None, None)], None),
    ("de", "Vier Personen wurden leicht verletzt, teilte die Kantonspolizei Aargau mit.", True,
     [("count", 4, None, None)], "die Kantonspolizei Aargau"),
    ("de", "Der Stau in Richtung Bern erreichte zeitweise eine Länge von 9 Kilometern.", True,
     [("count", 9, None, None)], None),
    ("de", "Vor dem Gotthard-Strassentunnel stauten sich die Fahrzeuge am Nachmittag auf 12 Kilometern, was einem Zeitverlust von rund zwei Stunden entsprach.", True,
     [("count", 12, None, None), ("duration", 2, "hour", "about")], None),
    ("de", "Thun (Keystone-SDA) - Ein 81-jähriger Autofahrer ist am Montagabend in der Thuner Innenstadt in eine Gruppe von Fussgängern gefahren.", True,
     [("duration", 81, "year", None)], None),
    ("de", "Eine 34-jährige Frau erlitt dabei schwere Verletzungen, zwei weitere Personen wurden leicht verletzt.", True,
     [("duration", 34, "year", None), ("count", 2, None, None)], None),
    ("de", "Der Führerausweis des Lenkers wurde auf der Stelle eingezogen.", True, [], None),
    ("de", "Weshalb der Mann auf das Trottoir geriet, ist noch unklar.", False, [], None),
    ("de", "Bern (Keystone-SDA) - Auf Schweizer Strassen sind im vergangenen Jahr 231 Menschen ums Leben gekommen, 19 weniger als 2024.", True,
     [("count", 231, None, None), ("count", 19, None, None), ("year", 2024, None, None)], None),
    ("de", "Fast jeder dritte Todesfall betraf einen Motorradfahrer oder eine Motorradfahrerin.", True,
     [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Schwer verletzt wurden 4'102 Personen, teilte das Bundesamt für Strassen (Astra) am Dienstag mit.", True,
     [("count", 4102, None, None)], "das Bundesamt für Strassen"),
    ("de", "Die Beratungsstelle für Unfallverhütung rief Motorradfahrende dazu auf, auch auf kurzen Strecken nicht auf Schutzkleidung zu verzichten.", False, [], None),
    # --- Bundesgericht: Uhrenhändler (Keystone-SDA) ---
    ("de", "Lausanne (Keystone-SDA) - Ein Zürcher Uhrenhändler ist vor Bundesgericht mit seiner Beschwerde gegen eine Busse von 480'000 Franken gescheitert.", True,
     [("money", 480000, "CHF", None)], None),
    ("de", "Der Mann hatte laut dem am Dienstag veröffentlichten Urteil zwischen 2018 und 2021 Luxusuhren im Wert von über 6 Millionen Franken am Zoll vorbei eingeführt.", True,
     [("year", 2018, None, None), ("year", 2021, None, None), ("money", 6000000, "CHF", "over")], None),
    ("de", "Die Richter in Lausanne hielten fest, die Zollverwaltung habe den Wert der 214 Uhren korrekt geschätzt.", True,
     [("count", 214, None, None)], None),
    ("de", "Der Händler muss zudem Gerichtskosten von 12'000 Franken tragen.", True,
     [("money", 12000, "CHF", None)], None),
    ("de", "Sein Anwalt sprach nach dem Entscheid von einem «Fehlurteil aus dem Elfenbeinturm».", False, [], None),
    # --- Arbeitsmarkt Schweiz (Keystone-SDA, Reuters) ---
    ("de", "Bern (Keystone-SDA) - Die Schweizer Arbeitslosenquote hat im Januar auf 3,0 Prozent zugelegt, nach 2,8 Prozent im Dezember.", True,
     [("percent", 3.0, "%", None), ("percent", 2.8, "%", None)], None),
    ("de", "Bei den regionalen Arbeitsvermittlungszentren waren 141'870 Personen als arbeitslos gemeldet, 9'215 mehr als im Vormonat, teilte das Staatssekretariat für Wirtschaft (Seco) mit.", True,
     [("count", 141870, None, None), ("count", 9215, None, None)], "das Staatssekretariat für Wirtschaft"),
    ("de", "Saisonbereinigt blieb die Quote unverändert bei 2,9 Prozent.", True,
     [("percent", 2.9, "%", None)], None),
    ("de", "Am stärksten stieg die Arbeitslosigkeit im Baugewerbe, wo die Quote auf 6,4 Prozent kletterte.", True,
     [("percent", 6.4, "%", None)], None),
    ("de", "Ökonomen rechnen damit, dass die Quote bis im Sommer auf 3,2 Prozent steigen könnte.", True,
     [("percent", 3.2, "%", None)], None),
    ("de", "«Der Arbeitsmarkt kühlt sich ab, aber er bricht nicht ein», sagte Seco-Arbeitsmarktchef Adrian Steinegger.", False, [], None),
    ("en", "ZURICH, Feb 24 (Reuters) - Swiss unemployment rose to 3.0% in January from 2.8% in December, figures released on Tuesday by the State Secretariat for Economic Affairs (SECO) showed.", True,
     [("date", "--02-24", None, None), ("percent", 3.0, "%", None), ("percent", 2.8, "%", None)], None),
    ("en", "The seasonally adjusted rate held at 2.9%, the secretariat said.", True,
     [("percent", 2.9, "%", None)], "the secretariat"),
    # --- Rheinfall Präzision (Keystone-SDA, Reuters) ---
    ("de", "Schaffhausen (Keystone-SDA) - Der Industriekonzern Rheinfall Präzision hat 2025 einen Reingewinn von 87,4 Millionen Franken erwirtschaftet, 14 Prozent weniger als im Vorjahr.", True,
     [("year", 2025, None, None), ("money", 87400000, "CHF", None), ("percent", 14, "%", None)], None),
    ("de", "Der Umsatz sank um 3,7 Prozent auf 1,26 Milliarden Franken.", True,
     [("percent", 3.7, "%", None), ("money", 1260000000, "CHF", None)], None),
    ("de", "Die Aktionärinnen und Aktionäre sollen eine unveränderte Dividende von 2.40 Franken je Aktie erhalten.", True,
     [("money", 2.4, "CHF", None)], None),
    ("de", "Wegen des starken Frankens will das Unternehmen in Schaffhausen 120 Stellen abbauen und einen Teil der Fertigung nach Tschechien verlagern.", True,
     [("count", 120, None, None)], None),
    ("de", "Konzernchefin Mirjam Oechslin-Bär sagte, der Wechselkurs habe das Ergebnis um rund 30 Millionen Franken geschmälert.", True,
     [("money", 30000000, "CHF", "about")], "Mirjam Oechslin-Bär"),
    ("de", "«Niemand hier ist stolz auf diesen Schritt, aber er ist unausweichlich», sagte Oechslin-Bär.", False, [], None),
    ("de", "Die Gewerkschaft Unia nannte den Abbau «kurzsichtig und unnötig».", False, [], None),
    ("en", "ZURICH, Feb 24 (Reuters) - Swiss engineering group Rheinfall Praezision said on Tuesday it would cut 120 jobs in Schaffhausen after the strong franc shaved about 30 million Swiss francs off its 2025 results.", True,
     [("date", "--02-24", None, None), ("count", 120, None, None), ("money", 30000000, "CHF", "about"), ("year", 2025, None, None)], "Rheinfall Praezision"),
    ("en", "Net profit fell 14% to 87.4 million francs on sales of 1.26 billion francs.", True,
     [("percent", 14, "%", None), ("money", 87400000, "CHF", None), ("money", 1260000000, "CHF", None)], None),
    # --- Franken, SNB, Uhren (Reuters) ---
    ("en", "ZURICH, Feb 24 (Reuters) - The Swiss franc firmed to 0.9112 per euro on Tuesday, its strongest level since the single currency was introduced.", True,
     [("date", "--02-24", None, None), ("money", 0.9112, "CHF", None)], None),
    ("en", "Swiss National Bank Chairman Lukas Imhof-Rey said the central bank remained ready to intervene in currency markets if needed.", True, [], "Lukas Imhof-Rey"),
    ("en", "The SNB has left its policy rate unchanged at 0.25% at its last three meetings.", True,
     [("percent", 0.25, "%", None), ("count", 3, None, None)], None),
    ("en", "Currency traders said the franc's rise reflected nervousness abroad far more than any strength at home.", False, [], None),
    ("en", "Swiss watch exports fell 6.8% in January to 1.74 billion francs, the Federation of the Swiss Watch Industry said.", True,
     [("percent", 6.8, "%", None), ("money", 1740000000, "CHF", None)], "the Federation of the Swiss Watch Industry"),
    ("en", "Shipments to the United States, the industry's biggest market, dropped by nearly a fifth.", True,
     [("fraction", 0.2, None, "nearly")], None),
    ("en", "Watch industry executives said they saw little hope of a recovery before the summer.", False, [], None),
    # --- Kultur Schweiz (Keystone-SDA, AP) ---
    ("de", "Solothurn (Keystone-SDA) - Die Solothurner Filmtage haben in ihrer 61. Ausgabe rund 63'000 Eintritte verzeichnet.", True,
     [("ordinal", 61, None, None), ("count", 63000, None, "about")], None),
    ("de", "Das sind gut 4 Prozent mehr als im Vorjahr, wie die Festivalleitung am Dienstag bilanzierte.", True,
     [("percent", 4, "%", "over")], None),
    ("de", "Der mit 60'000 Franken dotierte Prix de Soleure ging an den Dokumentarfilm «Die Stille nach dem Gletscher» der Bündner Regisseurin Ladina Caduff.", True,
     [("money", 60000, "CHF", None)], None),
    ("de", "Die Jury lobte den Film als «leises Meisterwerk über Verlust und Heimat».", False, [], None),
    ("de", "Basel (Keystone-SDA) - Das Kunstmuseum Basel erhält vom Kanton ab 2027 jährlich 1,5 Millionen Franken mehr.", True,
     [("year", 2027, None, None), ("money", 1500000, "CHF", None)], None),
    ("de", "Der Grosse Rat stimmte dem Kredit mit 71 zu 22 Stimmen bei vier Enthaltungen zu.", True,
     [("count", 71, None, None), ("count", 22, None, None), ("count", 4, None, None)], None),
    ("en", "BASEL, Switzerland (AP) — The Kunstmuseum Basel will receive an extra 1.5 million Swiss francs a year from the canton from 2027 after local lawmakers backed the increase by 71 votes to 22.", True,
     [("money", 1500000, "CHF", None), ("year", 2027, None, None), ("count", 71, None, None), ("count", 22, None, None)], None),
    # --- Eishockey (Keystone-SDA, AP) ---
    ("de", "Bern (Keystone-SDA) - Im Zähringer-Derby der National League hat der SC Bern Fribourg-Gottéron mit 4:2 bezwungen.", True, [], None),
    ("de", "Die Berner liegen sechs Runden vor Ende der Qualifikation auf dem achten Platz.", True,
     [("count", 6, None, None), ("ordinal", 8, None, None)], None),
    ("de", "Vor 16'214 Zuschauern in der Postfinance-Arena traf der 22-jährige Stürmer Nico Gerber-Wyss zweimal.", True,
     [("count", 16214, None, None), ("duration", 22, "year", None), ("count", 2, None, None)], None),
    ("de", "«Wir haben heute wieder Charakter gezeigt, darauf lässt sich aufbauen», sagte Trainer Jari Lehtonen.", False, [], None),
    ("en", "BERN, Switzerland (AP) — SC Bern beat Fribourg-Gotteron 4-2 on Tuesday and climbed to eighth in the National League with six rounds of the regular season left.", True,
     [("ordinal", 8, None, None), ("count", 6, None, None)], None),
    # --- Niederösterreich: Gemeindepaket (APA) ---
    ("de", "St. Pölten (APA) - Niederösterreichs Landeshauptfrau Theresia Gschwandtner (ÖVP) hat am Dienstag ein Hilfspaket von 45 Millionen Euro für Gemeinden mit hoher Schuldenlast angekündigt.", True,
     [("money", 45000000, "EUR", None)], None),
    ("de", "Profitieren sollen laut Land 212 der 573 Gemeinden.", True,
     [("count", 212, None, None), ("count", 573, None, None)], None),
    ("de", "Jede Gemeinde kann höchstens 400.000 Euro beantragen.", True,
     [("money", 400000, "EUR", "at_most")], None),
    ("de", "„Wir lassen keine einzige Gemeinde im Stich“, sagte Gschwandtner.", False, [], None),
    ("de", "Die SPÖ bezeichnete das Paket als „Tropfen auf den heißen Stein“.", False, [], None),
    ("de", "Nach Angaben des Gemeindebundes schreibt derzeit fast die Hälfte der niederösterreichischen Gemeinden rote Zahlen.", True,
     [("fraction", 0.5, None, "nearly")], "der Gemeindebund"),
    # --- Korruptionsprozess Wien (APA) ---
    ("de", "Wien (APA) - Im Prozess um mutmaßlich manipulierte Auftragsvergaben bei einem Wiener Spitalsträger hat am Dienstag der zweite Verhandlungstag begonnen.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Den vier Angeklagten wird vorgeworfen, zwischen 2017 und 2022 Aufträge über insgesamt 8,6 Millionen Euro an befreundete Firmen vergeben zu haben.", True,
     [("count", 4, None, None), ("year", 2017, None, None), ("year", 2022, None, None), ("money", 8600000, "EUR", None)], None),
    ("de", "Der Hauptangeklagte, ein 61-jähriger früherer Abteilungsleiter, bekannte sich nicht schuldig.", True,
     [("duration", 61, "year", None)], None),
    ("de", "„Mein Mandant hat von keiner dieser Firmen jemals Geld genommen“, sagte Verteidigerin Katharina Zöchling-Wimmer.", True, [], "Katharina Zöchling-Wimmer"),
    ("de", "„Dieses Verfahren ist eine Hetzjagd auf einen verdienten Beamten“, sagte Zöchling-Wimmer.", False, [], None),
    ("de", "Für den Prozess sind zunächst zwölf Verhandlungstage angesetzt, ein Urteil wird Ende April erwartet.", True,
     [("count", 12, None, None)], None),
    ("de", "Den Angeklagten drohen jeweils bis zu zehn Jahre Haft.", True,
     [("duration", 10, "year", "up_to")], None),
    # --- Brennerautobahn (APA, Reuters) ---
    ("de", "Innsbruck (APA) - Auf der Brennerautobahn ist am Dienstag ein Sattelschlepper umgekippt und hat die Fahrbahn in Richtung Italien für rund drei Stunden blockiert.", True,
     [("duration", 3, "hour", "about")], None),
    ("de", "Der 43-jährige Lenker aus Bulgarien blieb unverletzt.", True,
     [("duration", 43, "year", None)], None),
    ("de", "Der Rückstau reichte bis Innsbruck-Süd und war zeitweise 15 Kilometer lang, sagte ein Sprecher der Asfinag.", True,
     [("count", 15, None, None)], None),
    ("de", "Verkehrslandesrat Michael Schennach-Prantl forderte erneut ein Nachtfahrverbot für Lkw auch an Winterwochenenden.", True, [], None),
    ("de", "„Der Brenner ist keine Transitschneise für halb Europa“, sagte Schennach-Prantl.", False, [], None),
    ("en", "VIENNA, Feb 24 (Reuters) - A truck overturned on Austria's Brenner motorway on Tuesday, blocking the main Alpine freight route to Italy for about three hours, motorway operator Asfinag said.", True,
     [("date", "--02-24", None, None), ("duration", 3, "hour", "about")], "Asfinag"),
    ("en", "Some 2.5 million heavy goods vehicles used the Brenner Pass in 2025, according to figures from Tyrol's provincial government.", True,
     [("count", 2500000, None, "about"), ("year", 2025, None, None)], None),
    ("en", "Tyrol has repeatedly clashed with Italy and Germany over its limits on heavy goods traffic.", True, [], None),
    ("en", "Italy has taken Austria to the European Court of Justice over the restrictions.", True, [], None),
    # --- ORF (APA) ---
    ("de", "Wien (APA) - Der ORF hat 2025 im Fernsehen einen Marktanteil von 31,4 Prozent erreicht, um 0,9 Prozentpunkte weniger als im Jahr davor.", True,
     [("year", 2025, None, None), ("percent", 31.4, "%", None), ("percent", 0.9, "pp", None)], None),
    ("de", "Die Hauptausgabe der „Zeit im Bild“ verfolgten im Schnitt 1,07 Millionen Zuseherinnen und Zuseher.", True,
     [("count", 1070000, None, None)], None),
    ("de", "ORF-Generaldirektor Roland Weißensteiner sagte, der Sender müsse bis 2029 weitere 325 Millionen Euro einsparen.", True,
     [("year", 2029, None, None), ("money", 325000000, "EUR", None)], "Roland Weißensteiner"),
    ("de", "„Ein starker öffentlich-rechtlicher Rundfunk ist das Immunsystem der Demokratie“, sagte Weißensteiner.", False, [], None),
    # --- 13. AHV-Rente (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die 13. AHV-Rente soll über eine Erhöhung der Mehrwertsteuer um 0,6 Prozentpunkte finanziert werden.", True,
     [("ordinal", 13, None, None), ("percent", 0.6, "pp", None)], None),
    ("de", "Bei einem Einkauf von 100 Franken macht das 60 Rappen mehr Mehrwertsteuer aus.", True,
     [("money", 100, "CHF", None), ("money", 0.6, "CHF", None)], None),
    ("de", "Das hat die Sozialkommission des Ständerats mit 8 zu 4 Stimmen beschlossen.", True,
     [("count", 8, None, None), ("count", 4, None, None)], None),
    ("de", "Die 13. Rente wird erstmals im Dezember 2026 ausbezahlt.", True,
     [("ordinal", 13, None, None), ("year", 2026, None, None)], None),
    ("de", "Kommissionspräsidentin Judith Schnyder-Arnold (Mitte/LU) sagte, die Lösung bringe der AHV bis 2030 rund 4,1 Milliarden Franken pro Jahr.", True,
     [("year", 2030, None, None), ("money", 4100000000, "CHF", "about")], "Judith Schnyder-Arnold"),
    ("de", "Der Arbeitgeberverband warnte vor einer «Zwängerei auf dem Buckel der Jungen».", False, [], None),
    # --- Österreich: Pensionen (Reuters) ---
    ("en", "VIENNA, Feb 24 (Reuters) - Austria's three-party coalition agreed on Tuesday to raise the minimum pension by 2.7% from January 2027, Chancellor Johann Gruenwald told a news conference.", True,
     [("date", "--02-24", None, None), ("count", 3, None, None), ("percent", 2.7, "%", None), ("year", 2027, None, None)], "Johann Gruenwald"),
    ("en", "The increase will cost the budget about 310 million euros a year, the finance ministry said.", True,
     [("money", 310000000, "EUR", "about")], "the finance ministry"),
    ("en", "Critics of the coalition called the pension rise an election gift paid for by the next generation.", False, [], None),
    ("en", "It is a fair deal for people who worked all their lives, Gruenwald said.", False, [], None),
    ("en", "Economists at the Austrian Institute of Economic Research expect the deficit to narrow to 3.6% in 2026.", True,
     [("percent", 3.6, "%", None), ("year", 2026, None, None)], None),
    ("en", "Freedom Party leader Konrad Wimmleitner called the deal \"a crumb for the people who built this country.\"", False, [], None),
    ("en", "Austria's budget deficit was 4.1% of gross domestic product last year, above the European Union's 3% ceiling.", True,
     [("percent", 4.1, "%", None), ("percent", 3, "%", None)], None),
    # --- Schweiz: Bevölkerungsinitiative (AP) ---
    ("en", "BERN, Switzerland (AP) — Swiss voters will decide on June 14 whether to cap the country's permanent population at 10 million before 2050, the government said Tuesday.", True,
     [("date", "--06-14", None, None), ("count", 10000000, None, None), ("year", 2050, None, None)], "the government"),
    ("en", "The initiative, launched by the Swiss People's Party, collected more than 114,000 valid signatures.", True,
     [("count", 114000, None, "over")], None),
    ("en", "Switzerland had about 9.1 million permanent residents when last year ended, according to the Federal Statistical Office.", True,
     [("count", 9100000, None, "about")], "the Federal Statistical Office"),
    ("en", "Business groups warned that a cap would choke off the labour that Swiss companies depend on.", False, [], None),
    ("en", "Justice Minister Beatrice Kaelin-Roth said the government would recommend that voters reject the proposal.", True, [], "Beatrice Kaelin-Roth"),
    ("en", "Supporters say the country is simply running out of room.", False, [], None),
    # --- Lawine Verbier (AFP) ---
    ("en", "GENEVA, Feb 24 (AFP) - Two skiers were killed in an avalanche above the Swiss resort of Verbier on Tuesday, police in the canton of Valais said.", True,
     [("date", "--02-24", None, None), ("count", 2, None, None)], None),
    ("en", "The victims, a 31-year-old Frenchman and a 29-year-old Briton, had been skiing off-piste, police said.", True,
     [("duration", 31, "year", None), ("duration", 29, "year", None)], "police"),
    ("en", "A third member of the group was pulled out after about 20 minutes under the snow and flown to hospital in Sion.", True,
     [("ordinal", 3, None, None), ("duration", 20, "minute", "about")], None),
    ("en", "It was the 11th avalanche death in Switzerland this winter, according to the avalanche institute SLF in Davos.", True,
     [("ordinal", 11, None, None)], None),
    ("en", "Mountain guides urged visitors to take the warnings seriously.", False, [], None),
    # --- Verfassungsgerichtshof (APA) ---
    ("de", "Wien (APA) - Der Verfassungsgerichtshof hat eine Bestimmung des Wiener Parkometergesetzes als verfassungswidrig aufgehoben.", True, [], None),
    ("de", "Die Stadt hat bis 31. Dezember 2026 Zeit für eine Reparatur, teilte der VfGH am Dienstag mit.", True,
     [("date", "2026-12-31", None, None)], "der VfGH"),
    ("de", "Ein Taxiunternehmer hatte gegen eine Strafe von 365 Euro Beschwerde eingelegt.", True,
     [("money", 365, "EUR", None)], None),
    ("de", "Ob die Stadt die bereits bezahlten Strafen zurückzahlen muss, ließ das Rathaus offen.", False, [], None),
    # --- Strafgericht Basel (Keystone-SDA) ---
    ("de", "Basel (Keystone-SDA) - Wegen versuchter vorsätzlicher Tötung hat das Basler Strafgericht einen 38-jährigen Mann zu einer Freiheitsstrafe von siebeneinhalb Jahren verurteilt.", True,
     [("duration", 38, "year", None), ("duration", 7.5, "year", None)], None),
    ("de", "Er hatte im August 2024 im Kleinbasel nach einem Streit mehrfach auf einen Bekannten eingestochen.", True,
     [("year", 2024, None, None)], None),
    ("de", "Zudem verwies das Gericht den Mann für zwölf Jahre des Landes.", True,
     [("duration", 12, "year", None)], None),
    ("de", "Der Verteidiger kündigte an, das Urteil ans Appellationsgericht weiterzuziehen.", True, [], None),
    ("de", "«Sie haben aus nichtigem Anlass ein Leben beinahe ausgelöscht», sagte die Gerichtspräsidentin.", False, [], None),
    # --- Swiss rents (Reuters) ---
    ("en", "ZURICH, Feb 24 (Reuters) - Asking rents in Switzerland rose 0.8% in January and were 4.1% higher than a year earlier, a property portal's index showed on Tuesday.", True,
     [("date", "--02-24", None, None), ("percent", 0.8, "%", None), ("percent", 4.1, "%", None)], None),
    ("en", "The canton of Zug remained the most expensive, at an average of 31.20 francs per square metre a year.", True,
     [("money", 31.2, "CHF", None)], None),
    ("en", "The reference interest rate that governs most Swiss tenancies stays at 1.5%, the Federal Office for Housing said.", True,
     [("percent", 1.5, "%", None)], "the Federal Office for Housing"),
    ("en", "Tenants' groups said landlords had been far too slow to pass on cheaper mortgages.", False, [], None),
    ("en", "Renters always end up footing the bill, the association's president said.", False, [], None),
    # --- Zurich opera (AP) ---
    ("en", "ZURICH (AP) — The Zurich Opera House sold 91% of its seats last season but closed the year with a deficit of 1.8 million Swiss francs, its artistic director said Tuesday.", True,
     [("percent", 91, "%", None), ("money", 1800000, "CHF", None)], None),
    ("en", "Opera is not a museum and has to be won over again every single night, he said.", False, [], None),
    # --- Tyrol bed cap (AP) ---
    ("en", "INNSBRUCK, Austria (AP) — The Austrian province of Tyrol will allow no more than 1,200 new guest beds a year in the Oetztal valley, provincial governor Josef Haselwanter said on Tuesday.", True,
     [("count", 1200, None, "at_most")], "Josef Haselwanter"),
    ("en", "The valley recorded about 3.9 million overnight stays last winter.", True,
     [("count", 3900000, None, "about")], None),
    ("en", "We want quality, not crowds, in our valleys, Haselwanter said.", False, [], None),
    ("en", "Hoteliers in the valley described the cap as hopelessly out of touch.", False, [], None),
    # --- Swiss voting age (Reuters) ---
    ("en", "BERN, Feb 24 (Reuters) - A Swiss parliamentary committee on Tuesday rejected lowering the national voting age from 18 to 16 years by 13 votes to 12.", True,
     [("date", "--02-24", None, None), ("duration", 18, "year", None), ("duration", 16, "year", None), ("count", 13, None, None), ("count", 12, None, None)], None),
    ("en", "Glarus is the only Swiss canton where 16-year-olds can vote, a right they have held since 2007.", True,
     [("duration", 16, "year", None), ("year", 2007, None, None)], None),
    # --- Basel court (AFP) ---
    ("en", "BASEL, Switzerland, Feb 24 (AFP) - A Basel criminal court jailed a 38-year-old man for seven and a half years on Tuesday for attempted murder after he stabbed an acquaintance in August 2024.", True,
     [("date", "--02-24", None, None), ("duration", 38, "year", None), ("duration", 7.5, "year", None), ("year", 2024, None, None)], None),
    ("en", "The court also expelled him from Switzerland for 12 years.", True,
     [("duration", 12, "year", None)], None),
    # --- Vienna transit passes (Reuters) ---
    ("en", "VIENNA, Feb 24 (Reuters) - Vienna's public transport operator sold a record 1,071,000 annual passes in 2025, the city said on Tuesday.", True,
     [("date", "--02-24", None, None), ("count", 1071000, None, None), ("year", 2025, None, None)], "the city"),
    ("en", "The pass now costs 467 euros, up from 365 euros.", True,
     [("money", 467, "EUR", None), ("money", 365, "EUR", None)], None),
    ("en", "Commuters outside the Westbahnhof station said the price still felt fair to them.", False, [], None),
]
