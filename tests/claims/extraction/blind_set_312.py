"""Three-hundred-and-twelfth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Hiltrud Brackmann, Gernot Wallnöfer, Holger Riebesam, Corinne Aebischer-Wyss, Achim
Leuthäuser, Annegret Schollmeyer, Svenja Kolbeck, Katharina Wendland-Rühl, Birgit
Haslinger-Moser, Wolfram Eichelkraut, Marco Zwygart-Imhof, Leopold Kronabethvogl; Harriet
Tamsin-Locke, the traffic analytics firm Tallis Mobility and its chief economist Priyanka
Sethuraman, Kieran Bashford, Sinéad Fogarty-Lynch, Apostolos Dervenakis, Dolores Whitcombe,
Raymond Ostrowski, Lorena Vasquez-Tate, Edmund Kingsley-Rowe, Alastair Quenby, Rod
Ashworth-Peel, Dale Kimbrough, Fiona Rennison-Blair; every unnamed spokesperson,
researcher, unionist, lawmaker, dealer, campaigner, parent and driver); ministers,
commissioners, mayors, police chiefs and the heads of real clubs, institutes and agencies
appear under made-up names that stand for no real holder ("Bundesverkehrsministerin Hiltrud
Brackmann", "KFV-Direktor Gernot Wallnöfer", "BFU-Direktorin Corinne Aebischer-Wyss",
"Innenminister Achim Leuthäuser", "Münsters Oberbürgermeisterin Annegret Schollmeyer",
"VDA-Präsidentin Katharina Wendland-Rühl", "BASt-Präsident Wolfram Eichelkraut",
"Asfinag-Vorstand Leopold Kronabethvogl", "SMMT chief executive Harriet Tamsin-Locke", "NSW
Roads Minister Kieran Bashford", "EU transport commissioner Apostolos Dervenakis", "NHTSA
Administrator Dolores Whitcombe", "IIHS President Raymond Ostrowski", "AA president Edmund
Kingsley-Rowe", "Roads Minister Alastair Quenby", "Chief Superintendent Fiona
Rennison-Blair") or by their role only ("ein ADAC-Sprecher", "der verkehrspolitische
Sprecher der Unionsfraktion", "ein Sprecher der Kantonspolizei", "ein Polizeisprecher", "A
spokesperson for the RAC", "A trucking industry group", "A group of rural independent TDs",
"A Swindon delivery driver"). Real bodies, laws, roads and places (Statistisches Bundesamt
(Destatis), Innenministerium, Kuratorium für Verkehrssicherheit (KFV), ÖAMTC, Deutscher
Verkehrssicherheitsrat, ADAC, Autobahn GmbH, Bundesamt für Strassen (Astra),
Beratungsstelle für Unfallverhütung (BFU), Touring Club Schweiz, Gewerkschaft der Polizei,
Flensburg, Deutscher Städtetag, Straßenverkehrsordnung and its 2024 reform,
Umweltbundesamt, Forsa, Verband der Automobilindustrie, YouGov, Deutsche Umwelthilfe,
Kraftfahrt-Bundesamt (KBA), Verband der Internationalen Kraftfahrzeughersteller,
Fahreignungsregister, Auto Club Europa, Verkehrsministerium, Bundesanstalt für Straßenwesen
(BASt), A 100, Bundesverband Güterkraftverkehr Logistik und Entsorgung, Bundesamt für
Statistik, Kantonspolizei Zürich, A1, Winterthur, SVP, Asfinag, Landespolizeidirektion
Steiermark, Bezirk Weiz, Bezirk Leoben; the Society of Motor Manufacturers and Traders
(SMMT), the zero-emission vehicle mandate, the RAC, Transport for London, Transport for
NSW, the NRMA, Ireland's Department of Transport, the Road Safety Authority, the Gardaí,
the European Commission, the European Transport Safety Council, the National Highway
Traffic Safety Administration (NHTSA), the Federal Highway Administration, the Insurance
Institute for Highway Safety (IIHS), New York City's Department of Transportation, the RAC
Foundation, the Home Office, the Treasury, the AA, the Department for Transport, Brake, the
Utah Department of Public Safety, the American Beverage Institute, the FBI, Police
Scotland, and the datelines' cities) stand for the way wire copy names them; every death
toll, casualty count, rate, share, speed reading, alcohol reading, congestion figure,
traffic count, registration, price, revenue, fine total, poll, age, date and quote here is
invented, and where a real figure came to mind (a real national death toll or rate, a real
congestion ranking, a real registration total or market share, a real vignette price, a
real camera count, a real study result) it was changed; only legal limits, penalty rules
and the years of laws and reforms stand roughly as the rules have them (the 0,5 and 0,1
Promille limits, the 50 and 80 milligram and the 0.08% and 0.05% limits, eight points in
Flensburg, the Swiss thresholds for speeders, the British and Irish points and fines, the
Austrian Ersatzmaut).

Its weight: ROAD TRAFFIC AND ROAD SAFETY STATISTICS (the eighty-first batch weighed police
reports and traffic accidents, the hundred-seventy-eighth car industry, transport and
mobility with traffic deaths statistics and speed limit debates, the
two-hundred-and-forty-third and two-hundred-and-ninety-eighth police reports with blood
alcohol and speeds, the two-hundred-and-fiftieth carmakers and electric vehicles and the
two-hundred-and-sixty-first transport policy with tolls, vignettes and speed limits, and
their decisions are kept) over one year in story order (January to December), 28 short
stories with the German and English ones interleaved by month, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, quotes, reactions).
Half German (dpa with the slug "dpa/lnw", APA, Keystone-SDA; Austrian "im Vorjahr",
"Lenker", "Probeführerschein", "Alkomattest", "Organstrafe", "Öffis", "Körberlgeld", Swiss
"Strassen", "Velofahrende", "Führerausweis", "Neulenker", "Gemäss", "4'112", «» quotes,
German „“ quotes): Austria's road deaths, Germany's road deaths, the ADAC's congestion
balance, the BFU's accident balance, a speed-check marathon in North Rhine-Westphalia, the
Tempo-30 initiative of the towns, the motorway speed limit, the KBA's half-year
registrations, the Flensburg points register, the KFV's study of distraction, the BASt's
motorway traffic count, Swiss speeding offences, the Austrian vignette price and
drink-driving checks in Styria. Half English (Reuters, AP, PA, AAP): British electric car
registrations, a congestion scorecard, the NSW road toll, Ireland's lower rural speed
limits, EU road deaths, NHTSA's early estimate, an IIHS study of speed limits, New York's
speed cameras, speeding penalties in England and Wales, the AA on young drivers, Britain's
reported road casualties, the RAC Report on Motoring, drunk driving and Utah's limit, and
Scotland's festive drink-drive campaign. Figures as such copy has them: road deaths and
injuries per year, per million inhabitants („pro Million Einwohner“, „auf eine Million
Einwohner“, "per million inhabitants"), per billion and per 100 million vehicle miles,
speeds and limits in km/h and mph ("Tempo 30", „Tempo-30-Straßen“, „130 km/h“, "at least 80
mph", "30 km/h over the limit"), blood and breath alcohol („2,36 Promille“, „0,62
Milligramm pro Liter Atemluft“, "50 milligrams of alcohol per 100 millilitres of blood",
"22 microgrammes per 100 millilitres", "0.08%"), accident causes and other shares in
percent and percentage points, hours lost in congestion per driver, traffic volumes, fines,
points and bans, registrations and market shares, vignette prices and toll revenue; number
words and compounds („24-stündigen“, „ein dreimonatiges Fahrverbot“, „Zehn-Tages-Vignette“,
„Zwei-Monats-Vignette“, „bei acht Punkten“, "three penalty points", "Eight states"),
fractions („Knapp ein Viertel“, „Fast jeder dritte“, „etwa jeder vierzigste“, „Jeder
elfte“, „jeder sechste“, "Almost two-thirds", "one in nine", "More than a third"), ordinals
(„zum dritten Mal“, „Im ersten Halbjahr“, "the third straight annual decline", "ranked
second", "its first road safety strategy"), ages, hedges, ranges, years and dates.
Negatives as such copy has them - about a quarter of the rows: campaigners', ministers',
clubs' and police chiefs' appeals that name no measure, their verdicts, labels, fears,
beliefs and rhetoric without a measure („sprach von“, „nannte“, „bezeichnete ... als“,
„kritisierte ... als“, "called", „hält ... für“), a warning naming no measure, an
accusation naming no act, an argument, expectations without a figure, open questions and a
vox pop, each near a check-worthy look-alike from the same story: the same speaker's
figure, a rule of law, a demand or plan naming a measure, a poll's share, a body's
calculation.

240 rows (120 German, 120 English), 58 negatives (30 German, 28 English), 182 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 365 expected quantities (165 counts,
70 percentages - 69 in %, 1 in percentage points -, 38 durations - 17 in years, 10 in
hours, 7 in months, 2 in days, 1 in seconds, 1 in weeks -, 26 amounts of money - 14 EUR, 8
GBP, 2 USD, 1 AUD, 1 CHF -, 26 years, 19 fractions, 12 ordinals, 9 dates; none of them in a
negative), 37 checked speakers (18 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, verdict, fear, belief, feeling, expectation or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-sixty-first, three-hundredth); a
  quoted or reported statement of fact, figure, rule, step, plan, demand, forecast with a
  figure or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth, hundred-seventy-eighth). Pairs from one speaker: Brackmann's 42
  million euros beside „Hinter jeder Zahl in dieser Statistik steht eine Familie ...“ (and
  her stated position on the speed limit), Wallnöfer's 2011 beside „kein Grund zum Feiern“,
  Riebesam's 1,140 roadworks beside „Dauerparkplatz“, Aebischer-Wyss's 60 percent beside
  «hinkt die Infrastruktur der Entwicklung hinterher», Leuthäuser's 61 percent beside „eine
  Straftat auf Raten“, Wendland-Rühl's 560,000 cars beside „Strohfeuer“, Haslinger-Moser's
  two seconds beside „der gefährlichste Beifahrer“ (a superlative of quality,
  two-hundred-and-sixty-first), Eichelkraut's 2019 beside „Wir bauen seit Jahren gegen den
  Verkehr an“, Kronabethvogl's 410 million euros beside „Jeder Euro aus der Vignette bleibt
  auf der Straße“ (a reassurance naming no figure, two-hundred-and-sixty-first: „keinen
  Cent mehr“); Tamsin-Locke's £4.5 billion beside "running on discounts", Bashford's 1.1
  million drivers beside "heartbreaking", Fogarty-Lynch's 40% beside "save lives, full
  stop", Dervenakis's 12% beside "the price of mobility", Whitcombe's second year beside
  "encouraging", Ostrowski's Boston pilot beside his belief, Vasquez-Tate's one in five
  beside "the most effective safety tool", Kingsley-Rowe's £2,870 beside "sets them up to
  succeed", Quenby's first strategy beside "a tragedy for a family", Ashworth-Peel's 2.9
  million drivers beside "a silent epidemic", Kimbrough's 3,912 arrests beside his belief
  and Rennison-Blair's one in nine beside "simply no excuse".
- Negatives, the weight's own (hundred-seventy-eighth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth, two-hundred-and-sixty-first): appeals that name no measure
  („Die Polizei appelliert an alle Lenker, ...“ - hundred-seventy-eighth: „Die Polizei
  appelliert an alle Verkehrsteilnehmer“ -, „Die Autobahn GmbH bat die Autofahrer um
  Verständnis und Geduld.“, "urged people to slow down" beside Bashford's label, "Road
  safety campaigners urged people to plan their journey home ..."), a call that names no
  measure ("The NRMA called for a rethink of rural road funding, ...";
  hundred-seventy-eighth: "Unions have called for fares to be frozen ..."), labels („sprach
  von“ - the Deutscher Verkehrssicherheitsrat, the ÖAMTC, the Städtetag and the Verband der
  Automobilindustrie, the Verband der Internationalen Kraftfahrzeughersteller, the BGL -,
  „nannte“ - the Gewerkschaft der Polizei, the Deutsche Umwelthilfe, the Auto Club Europa
  -, „bezeichnete ... als“, „kritisierte ... als“, "called" - a spokesperson for the RAC,
  Bashford, the rural TDs, the European Transport Safety Council, Whitcombe, a trucking
  industry group, Vasquez-Tate, Brake, the American Beverage Institute), verdicts with
  „hält ... für“ (the Touring Club Schweiz, the ÖAMTC), a warning naming no measure („Ein
  Unfallforscher warnte davor, ...“; two-hundred-and-fourth), an accusation naming no act
  ("accused some forces of treating drivers as "cash cows""; two-hundred-and-sixty-first),
  an argument ("Some drivers' groups argue ..."), fears, beliefs and feelings ("said they
  feared", "said he believed" twice, "said they worried", "said they felt"), expectations
  without a figure ("said she expected little relief", "Dealers said they expected ...";
  hundred-seventy-eighth: "Dealers expect private demand ..."), open questions („Ob der
  Bund ...“, „Ob sich dafür ...“) and a vox pop (the Swindon delivery driver). The
  look-alikes beside them stay check-worthy: demands naming a measure, with or without a
  figure (the BFU's helmet duty „für Velofahrende unter 16 Jahren“ - „fordert“ no verb of
  saying -, the AA's learning period of at least six months; two-hundred-and-forty-fourth),
  a stated position („lehnt ein generelles Tempolimit ab und verweist auf die
  Richtgeschwindigkeit von 130 km/h“; hundred-seventy-eighth: „lehnt ein Tempolimit ab“;
  "said it had no plans to introduce graduated licences"), announced steps (Kolbeck's third
  motion, the Verkehrsministerium's test of cameras at two sites - „kündigte an“ -, the
  DfT's consultation on 50 milligrams, the lawmakers' vote to extend the cameras until
  2030), polls' shares (Forsa, YouGov; two-hundred-and-sixty-first), bodies' calculations
  (the Umweltbundesamt's savings, Tallis Mobility's hours and costs, the BFU's 18 billion
  francs; hundred-fifty-eighth, two-hundred-and-sixty-first), rules of law stated as fact
  (limits, fines, points, bans, the Swiss thresholds for speeders, the vignette's link to
  inflation, where the fine income goes; thirty-third and fortieth: a checkable rule) and
  the stated accident causes (hundred-seventy-eighth: the ministry's stated accident
  causes).
- Check-worthy without a figure (hundred-seventy-eighth, two-hundred-and-sixty-first): the
  attribution row „Das teilte das Innenministerium am Freitag mit.“, the statisticians'
  stated main cause of accidents, the vignette rule „Die Preise sind gesetzlich an die
  Inflation gekoppelt und werden jährlich angepasst.“, the Home Office's statement that
  fine income goes to the Treasury and the DfT's "no plans" position.
- New: rates per million. „39 Getöteten pro Million Einwohner“, "44 road deaths per million
  inhabitants", "35 deaths per million inhabitants", "24 road deaths per million
  inhabitants", "with 20 and 24 deaths per million" and "5.1 deaths per billion vehicle
  miles" carry their base as a count, 1,000,000 or 1,000,000,000 - the base of a casualty
  rate is a population or a distance with a figure of its own, as "per 100,000 people"
  (hundred-fifty-fifth), "per 100 million vehicle miles" (hundred-seventy-eighth; here "per
  100 million vehicle miles traveled" 100,000,000 once more) and „auf eine Million
  Einwohner“ 1,000,000 (two-hundred-and-forty-fifth; here once more), and a bare magnitude
  word after „pro“ or "per" stands for one of it as the article does (seventeenth,
  two-hundred-and-forty-ninth) - unlike "parts per million", a unit of concentration that
  carries none (hundred-thirteenth). Where the base is written once for two rates ("with 20
  and 24 deaths per million") it is counted once.
- Blood and breath alcohol (eighty-first, two-hundred-and-forty-third,
  two-hundred-and-ninety-eighth): Promille readings and limits are counts („mit 2,36
  Promille“, „eine Grenze von 0,5 Promille, ... von 0,1 Promille“), „0,62 Milligramm pro
  Liter Atemluft“ 0.62 („pro Liter“ none; eighty-first: „0,91 Milligramm pro Liter“), "50
  milligrams of alcohol per 100 millilitres of blood, compared with 80 milligrams" 50, 100
  and 80, "22 microgrammes per 100 millilitres" 22 and 100 (two-hundred-and-forty-third:
  "68 microgrammes per 100 millilitres" 68 and 100), "to 50 milligrams" 50; blood alcohol
  concentrations in percent are percentages as written ("0.08%", "0.05%";
  two-hundred-and-forty-third: "legal limit of 0.08%"). New: „Ab 1,6 Promille“ is 1.6
  "at_least" - „ab“ right before a threshold figure bounds it from below as „ab 60 Jahren“
  "at_least" (hundred-eleventh), while „ab“ before a date stays no hedge („ab 1. Dezember“;
  ninety-eighth).
- Speeds and limits are counts (eighty-first, hundred-seventy-eighth,
  two-hundred-and-forty-third, two-hundred-and-sixty-first): "Tempo 30" (four times), „in
  den Tempo-30-Straßen“ 30 (hundred-fifty-second: "Tempo-30-Zone"), „bei Tempo 30 statt 50“
  30 and 50, „Auf einer Straße mit Tempo 50 fuhr ein Autofahrer 109 km/h.“, „von 130 km/h“,
  „von 120 km/h“, „mit 211 km/h, erlaubt waren 120 km/h“, „mindestens 50 km/h, ...
  mindestens 60 km/h und ... mindestens 80 km/h zu schnell“ "at_least", „21 km/h zu
  schnell“ (the excess as written; two-hundred-and-forty-third: „65 km/h zu schnell“),
  „weniger als 10 km/h“ 10 "under", „bei 50 km/h“; "Every 5 mph increase" 5 ("Every" no
  hedge), "at least 80 mph" "at_least", "at 85 mph", "to 85 mph", "by 10 mph ... exceeding
  40 mph", "fell to 10 mph", "more than 10 mph over the limit" 10 "over", "30 km/h over the
  limit", "from 80 km/h to 60 km/h", "from 100 km/h to 80 km/h", "to 30 km/h", "the 30mph
  limit", "on 30mph roads" and "by 4.2mph" ("by" no hedge). Lengths, distances and noise
  are counts (hundred-sixty-fifth: "above 54 decibels"; two-hundred-and-sixty-first): „rund
  861.000 Kilometern“, „mit 2.390 Staukilometern“ (the figure before a compound in
  „-kilometer“), „rund 13.150 Kilometer“, „um bis zu drei Dezibel“ 3 "up_to", „rund 28
  Meter“. Road identifiers carry none („die A 100“, „Auf der A1“; hundred-seventy-eighth,
  two-hundred-and-forty-third), nor does "CO2" in „CO2-Ausstoß“ (hundred-seventy-eighth).
- Congestion and traffic volumes: hours lost are durations in hours (the issue's
  "fünfstündigen"; two-hundred-and-sixty-first: „rund 11'400 Staustunden“): "lost an
  average of 101 hours" ("an average of" no hedge), "2 hours more", "with 97 hours, ...
  with 96 hours and ... with 81 hours", "lost 62 hours", „im Schnitt 74 Stunden ..., in
  Berlin 61 Stunden“ („im Schnitt“ no hedge), „knapp 448.000 Stunden“ "nearly";
  „Staustunden“ without a figure none; the cost to each driver is money ("about £942" GBP
  "about"), "each driver" and "the average driver" none. Traffic volumes are counts
  (hundred-seventy-eighth: "About 73,000 fewer vehicles a day"): „51.800 Kraftfahrzeuge pro
  Tag“ („pro Tag“ none), „durchschnittlich 193.000 Fahrzeugen am Tag“ („durchschnittlich“
  no hedge, „am Tag“ none), „mehr als 4,9 Milliarden Fahrzeugdurchfahrten“ "over", „gut
  465.000 Fahrzeuge“ "over", „rund 512.000 Staus“, "about 3.2 trillion miles"
  3,200,000,000,000 "about" (a scale word multiplying, fifty-seventh).
- Fines, points and bans (eighty-first, hundred-seventy-eighth,
  two-hundred-and-forty-third, two-hundred-and-ninety-eighth): fines are money in the
  currency written („800 Euro Bußgeld“, „mindestens 100 Euro“ "at_least", „115 Euro“, „eine
  Organstrafe von 100 Euro“, „mindestens 1.600 Euro“ "at_least", „eine Ersatzmaut von 120
  Euro“, "a £100 fine", "a £200 fine", "a fine of 160 euros", "fined $50", "a fine of at
  least $1,310" "at_least", "a fine of up to £5,000" "up_to"); penalty points are counts
  („zwei Punkte im Flensburger Register“ 2 - hundred-fifty-second: „zwei Punkte in
  Flensburg“ -, „Bei acht Punkten“ 8, "three penalty points" twice, "six penalty points",
  "at least 12 points" "at_least", "loses 10 points rather than five" 10 and 5, "can add up
  to 11 points" 11 "up_to"); „erhält einen Punkt“ and "no license points" carry none (an
  article and "no"; two-hundred-and-forty-third: „eine Stunde vorher“). Bans and prison
  terms are durations („ein dreimonatiges Fahrverbot“ 3 months -
  two-hundred-and-ninety-eighth: „ein dreimonatiges Fahrverbot“ -, „für mindestens sechs
  Monate“ "at_least", "a ban of at least six months", "a driving ban of at least 12 months"
  "at_least", "for 120 days", „bis zu vier Jahre Freiheitsstrafe“ "up_to"). Arrests,
  offences, tickets and drivers stopped are counts ("18,412 drivers", "573 ... offences",
  "3,912 DUI arrests", "7.4 million tickets", "2.71 million fixed penalties", "Some 1.46
  million drivers" "about", "172,000 speeding offences ... about 470 a day" - "a day" none
  -, „mehr als 11.800 Temposünder“ "over", „1'784 Raserdelikte“ - the Swiss apostrophe,
  tenth -, „68 von ihnen ..., 21 Führerscheine“).
- Vignettes, tolls and registrations (hundred-seventy-eighth, two-hundred-and-fiftieth,
  two-hundred-and-sixty-first): „Die Zehn-Tages-Vignette“ 10 days (hundred-seventy-eighth)
  and, read the same way, „die Zwei-Monats-Vignette“ 2 months; „Jahresvignette“ none;
  prices and revenue in euros („107,20 Euro“, „12,60 Euro“, „31,70 Euro“, „rund 621
  Millionen Euro“ and „rund 1,58 Milliarden Euro“ "about"). The NSW "road toll" counts
  deaths (hundred-seventy-eighth: "Australia's road toll"). Registrations and stocks are
  counts („1,43 Millionen Pkw“, „258.400“, „mit 1,65 Millionen Fahrzeugen“, „der 49,3
  Millionen Pkw“, "473,210", "2.05 million", "31,870 registrations"), shares percentages
  with a change in points „um 4,9 Prozentpunkte auf 18,1 Prozent“ (4.9 "pp";
  hundred-seventy-eighth: "um 4,7 Prozentpunkte auf 29,2 Prozent"), "a record 23.4%" ("a
  record" none), "the 28% share", „erst 3,3 Prozent“ („erst“ no hedge), "still about 10%
  below 2019 levels" 10 "about" and the year.
- Fractions (the issue's "ein Fünftel", "jeder vierte", "one-fifth"): „Knapp ein Viertel“
  0.25 "nearly", „Fast jeder dritte Verkehrstote“ 0.3333 "nearly", „Mehr als die Hälfte“
  0.5 "over", „etwa jeder vierzigste Fahrer“ 0.025 "about" (two-hundred-and-forty-third:
  „etwa jeder zwanzigste“ 0.05), „Gut jeder dritte Neuwagen“ 0.3333 "over" and „fast jeder
  vierte“ 0.25 "nearly", „Fast ein Drittel“ 0.3333 "nearly", „Jeder elfte“ 0.0909 and
  „jeder sechste“ 0.1667 („sogar“ no hedge; four places, two-hundred-and-forty-third: "one
  in nine" 0.1111; three-hundredth: „knapp ein Sechstel“ 0.1667), "Almost two-thirds"
  0.6667 "nearly", "only about a third" 0.3333 "about" ("only" no hedge), "nearly half" 0.5
  "nearly" (twice; "by nearly half" - "by" no hedge, hundred-seventy-eighth: "dropped by
  almost half"), "about one in five" 0.2 "about", "One in five" 0.2, "about a quarter" 0.25
  "about", "roughly one in five" 0.2 "about", "More than a third" 0.3333 "over", "one in
  nine of the drivers caught" 0.1111.
- Ordinals (the issue's "das sechste Treffen", "the 12th round"): "ranked second" 2, "the
  third straight annual decline" 3 (hundred-seventy-eighth: "the fourth straight annual
  decline"), "for a second year" 2, "received a second one" 2, "for the first time" 1
  (twice), „Im ersten Halbjahr“ and „im ersten Halbjahr“ 1 with no fraction
  (hundred-seventy-eighth), „zum dritten Mal“ 3, "its first road safety strategy in more
  than a decade" 1 ("more than a decade" none, an article; hundred-seventy-eighth: "for a
  decade"), "In the first three years" 1 and 3 years, "during a new driver's first six
  months" 1 and 6 months (three-hundredth: "in the first six months"). None: „Staureichstes
  Bundesland“, „Der staureichste Tag“, „Den höchsten Wert“ (twice), „Häufigste
  Unfallursache“, „Am stärksten belastet“, "the most of any city", "the highest toll since
  2010" and "the highest since 2014" (their years only), "the safest roads", "the highest
  rates", "one of the lowest rates" (two-hundred-and-sixty-first: "one of the highest in
  the country"), "top concern", "The best-selling electric model", "the only major
  category".
- Durations and ages (the issue's "fünfstündigen", "zehn Minuten"): „Bei einem 24-stündigen
  Blitzmarathon“ 24 hours, „binnen zwei Jahren“ 2 years („binnen“ no hedge), „ein Blick von
  zwei Sekunden“ 2 seconds, "over the 30 years from 1993 to 2022" 30 years and both years
  ("over" before "the" no hedge), "over the past five years" 5 years, "within three years"
  3 years ("within" no hedge), "wait an average of 21 weeks" 21 weeks, "for 120 days"; ages
  are durations in years („älter als 65 Jahre“ 65 "over" - tenth: „älter als 60 Jahre“ -,
  „unter 16 Jahren“, „unter 25 Jahren“ and „unter 30 Jahren“ "under", "aged under 35" and
  "aged under 25" "under" - two-hundred-and-forty-third: "aged under 18" -, "aged 17 to 24"
  17 and 24 - two-hundred-and-forty-third: "aged 15 to 42" -, „ein 43-jähriger Lenker“,
  „Der 24-jährige Neulenker“, "a 17-year-old"). None: „im vergangenen Jahr“, „im Jahr
  davor“, „im Vorjahr“, „im Vorjahreszeitraum“, „in diesem Jahr“, „für das Gesamtjahr“,
  „binnen Jahresfrist“, „jährlich“, „im Jahr“, „pro Tag“, „am Tag“, „am Wochenende“, „seit
  Jahren“, „im Herbst“, „im Frühjahr“, "last year", "the year before", "a year earlier",
  "the previous year", "the past year", "the following year", "a year", "a day", "within a
  year", "a decade ago", "last month", "this year through October", "the long weekend",
  "the morning after", "around the clock", "From April", "in June", weekdays and the clock
  time "before 9am" (eighty-first).
- Years and dates: years as written („seit Beginn der Aufzeichnungen 1961“, „seit 2011“,
  „seit 2000“, „2027“, „zuletzt 2021“ - „zuletzt“ no hedge -, „1,2 Prozent mehr als 2024“,
  „auf dem Niveau von 2019“, „Seit der Reform der Straßenverkehrsordnung 2024“, „seit
  Herbst 2024“ its year only - hundred-seventy-eighth: „im Herbst 2027“ -; "below 2019
  levels", "lower than in 2019", "since 2010", "since 2014", "by 2030 compared with 2019",
  "since 2019" (twice), "peaked in 2021", "their 2019 level", "from 1993 to 2022", "until
  2030", "since records began in 2011", "up from 38% in 2024", "Since 2017", "in 2018",
  "switched on in 2019"). Dates without a year: „der 27. Juni“ --06-27, „zum 1. Januar“
  --01-01, „zum Stichtag 1. Juli“ --07-01, „ab 1. Dezember“ --12-01 („ab“ no hedge before a
  date), "from Feb. 14" --02-14; Reuters datelines with a day are dates without a year
  ("LONDON, Jan 7" --01-07, "LONDON, Jan 20" --01-20, "BRUSSELS, March 12" --03-12,
  "ARLINGTON, Virginia, May 14" --05-14; hundred-sixtieth, three-hundredth); dpa (also
  "dpa/lnw"), APA, Keystone-SDA, AP ("WASHINGTON (AP) —", "NEW YORK (AP) —", "SALT LAKE
  CITY (AP) —"), PA ("LONDON (PA) -", "DUBLIN (PA) -", "EDINBURGH (PA) -") and AAP ("SYDNEY
  (AAP) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („42 Millionen Euro“, „800 Euro“, „115
  Euro“, „100 Euro“ twice, „120 Euro“, „107,20 Euro“, „12,60 Euro“, „31,70 Euro“, „rund 410
  Millionen Euro“ "about", the fines and revenue above, "160 euros" in Irish copy), GBP
  ("an estimated £4.5 billion" and "an estimated £7.9 billion" "about", "£195 a year" - "a
  year" none -, "about £942", "£100", "£200", "an average of £2,870 a year" - "an average
  of" no hedge -, "up to £5,000"), USD ("$50", "at least $1,310"), AUD ("about A$1.2
  billion a year"), CHF („jährlich rund 18 Milliarden Franken“ "about").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "Around", "roughly",
  "Some", "an estimated", "An estimated" "about"; „knapp“, „Knapp“, „fast“, „Fast“,
  "nearly", "Almost" "nearly"; „mehr als“, „Mehr als“, „gut“, „Gut“, „älter als“, "more
  than", "More than" "over"; „weniger als“, „unter“, "under" "under"; „bis zu“, "up to"
  "up_to"; „mindestens“, "at least", and „Ab“ before a threshold figure "at_least". No
  hedge: „im Schnitt“, „durchschnittlich“, "an average of", „rechnerisch“, „zuletzt“,
  „inzwischen“, „erst“, „sogar“, „insgesamt“, „nur“, „demnach“, „nun“, "only", "A total
  of", "Every", "still", "by" before a difference or a share, "over" before "the",
  "within", „binnen“, "more", "fewer" and „mehr“ after a figure, "from ... to" between two
  figures, "up from" and "from" before a former figure.
- Speakers, checked only in forms the earlier batches settled: „Das teilte das
  Innenministerium am Freitag mit.“ -> "das Innenministerium" (an attribution row,
  hundred-seventy-eighth), „teilte das Statistische Bundesamt am Dienstag mit“ -> "das
  Statistische Bundesamt", „teilte der ADAC am Donnerstag mit“ -> "der ADAC", „teilte der
  Deutsche Städtetag mit“, „teilte das Kraftfahrt-Bundesamt (KBA) am Donnerstag mit“ ->
  "das Kraftfahrt-Bundesamt" and „teilte die Asfinag am Montag mit“ -> "die Asfinag" (the
  abbreviation in brackets and the weekday dropped; hundred-seventy-eighth,
  two-hundred-and-sixty-first); „Bundesverkehrsministerin Hiltrud Brackmann sagte, ...“,
  „KFV-Direktor Gernot Wallnöfer sagte, ...“, „..., sagte ADAC-Verkehrsexperte Holger
  Riebesam.“, „BFU-Direktorin Corinne Aebischer-Wyss sagte, ...“, „Innenminister Achim
  Leuthäuser sagte, ...“, „Münsters Oberbürgermeisterin Annegret Schollmeyer sagte, ...“,
  „Grünen-Verkehrspolitikerin Svenja Kolbeck sagte, ...“, „VDA-Präsidentin Katharina
  Wendland-Rühl sagte, ...“, „KFV-Verkehrspsychologin Birgit Haslinger-Moser sagte, ...“,
  „BASt-Präsident Wolfram Eichelkraut sagte, ...“, „BFU-Sprecher Marco Zwygart-Imhof sagte,
  ...“ and „Asfinag-Vorstand Leopold Kronabethvogl sagte, ...“ the name with office and
  place dropped (two-hundred-and-sixty-first: „Bayerns Verkehrsminister Korbinian Lechner
  (CSU) sagte, ...“). English: the name with the role dropped ("SMMT chief executive
  Harriet Tamsin-Locke said", "NSW Roads Minister Kieran Bashford said", "Junior Transport
  Minister Sinéad Fogarty-Lynch said", "EU transport commissioner Apostolos Dervenakis
  said", "NHTSA Administrator Dolores Whitcombe said", "IIHS President Raymond Ostrowski
  said", "Transportation Commissioner Lorena Vasquez-Tate said", "AA president Edmund
  Kingsley-Rowe said", "Roads Minister Alastair Quenby said", "Utah Department of Public
  Safety Commissioner Dale Kimbrough said", "Chief Superintendent Fiona Rennison-Blair
  said"; hundred-seventy-eighth, two-hundred-and-sixty-first), "Ashworth-Peel said that,
  ..." the surname as written (two-hundred-and-forty-third: "Kerrigan said ..."), "the
  National Highway Traffic Safety Administration said in an early estimate Thursday" with
  the article and without the weekday (hundred-seventy-eighth; two-hundred-and-forty-third:
  "said in a statement"), "the AA said" -> "the AA", "the RAC said" -> "the RAC", "The
  Department for Transport said ..." and "the Department for Transport said" -> "the
  Department for Transport" (three times; two-hundred-and-sixty-first: "the Department for
  Transport said on Monday"), "Police Scotland said ..." opening after the dateline as
  written (two-hundred-and-forty-third). Left unchecked (None): all negatives, also those
  with a named speaker; „nannte das Ministerium“ (hundred-seventy-eighth: „nennt das
  Ministerium“), „nach Angaben der Statistiker“ (a plural group), „wie das Bundesamt für
  Strassen (Astra) und die Beratungsstelle für Unfallverhütung (BFU) am Dienstag gemeinsam
  mitteilten“ (two sources joined, two-hundred-and-forty-third), „Nach Berechnungen des
  Verkehrsdatenanbieters Tallis Mobility“, „nach Berechnungen des Umweltbundesamts“, „Nach
  einer Auswertung des Umweltbundesamts“, „In einer vom ADAC beauftragten Forsa-Umfrage“,
  „In einer YouGov-Umfrage“, „Gemäss einer Hochrechnung der BFU“, „Die BFU fordert“,
  „verweist“, „kündigte an“, „Das geht aus einer Studie ... hervor“, „wie das
  Kraftfahrt-Bundesamt berichtete“ and „berichtete die Landespolizeidirektion“ (a verb and
  forms no earlier batch settled), „laut Destatis“, „Laut Bundesamt für Statistik“ and
  „Laut Kuratorium für Verkehrssicherheit“ (a name after „laut“ without an article, a form
  the batches cited here leave open; two-hundred-and-forty-third: „laut Pichlbauer“), „maß
  die Polizei“ and „mass die Kantonspolizei Zürich“ (recording verbs,
  two-hundred-and-forty-third); "industry data showed", "preliminary figures from the
  European Commission showed", "FBI figures show", "the firm estimated", "the study found",
  "a federal study found", "according to ..." (an annual scorecard by Tallis Mobility,
  budget papers, the Road Safety Authority, Federal Highway Administration data, city
  Department of Transportation data, the RAC's annual Report on Motoring, analysis by the
  AA, the foundation's analysis, federal data, figures published by the Department for
  Transport on Thursday; documents and data, hundred-seventy-eighth), "the Insurance
  Institute for Highway Safety said on Thursday", "the institute said", "The agency said",
  "the department said" (twice), "the Commission said", "The RAC Foundation said", "The
  Home Office said" and "Transport for NSW said". As the two-hundred-and-sixth,
  two-hundred-and-thirty-third and three-hundredth batches did, and to keep the checked
  speakers near 35, this batch also leaves unchecked forms it could have checked: „teilte
  das Innenministerium am Freitag mit“ (the speed-check marathon), „teilte die
  Bundesanstalt für Straßenwesen (BASt) mit“, "the Department of Transport said" (Dublin)
  and "Transport for London said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_312 = [
    # --- SMMT: electric car registrations (Reuters), January ---
    (
        "en",
        "LONDON, Jan 7 (Reuters) - Britain's battery electric car sales climbed 24% last year to 473,210, a record 23.4% of the new car market, industry data showed on Wednesday.",
        True,
        [
            ("date", "--01-07", None, None),
            ("percent", 24, "%", None),
            ("count", 473210, None, None),
            ("percent", 23.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "That fell short of the 28% share carmakers were required to reach under Britain's zero-emission vehicle mandate.",
        True,
        [("percent", 28, "%", None)],
        None,
    ),
    (
        "en",
        "Overall new car registrations rose 2.6% to 2.05 million, still about 10% below 2019 levels.",
        True,
        [
            ("percent", 2.6, "%", None),
            ("count", 2050000, None, None),
            ("percent", 10, "%", "about"),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "Carmakers offered discounts worth an estimated £4.5 billion to shift electric models, SMMT chief executive Harriet Tamsin-Locke said.",
        True,
        [("money", 4500000000, "GBP", "about")],
        "Harriet Tamsin-Locke",
    ),
    (
        "en",
        'Tamsin-Locke said the electric market was "running on discounts, not on demand".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Plug-in hybrids accounted for 10.8% of registrations, while the share of diesel cars shrank to 4.9%.",
        True,
        [("percent", 10.8, "%", None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "The best-selling electric model in Britain last year was a compact crossover with 31,870 registrations.",
        True,
        [("count", 31870, None, None)],
        None,
    ),
    (
        "en",
        "Dealers said they expected private buyers to stay cautious until public charging gets cheaper.",
        False,
        [],
        None,
    ),
    (
        "en",
        "From April, electric cars pay vehicle excise duty for the first time, at a standard rate of £195 a year.",
        True,
        [("ordinal", 1, None, None), ("money", 195, "GBP", None)],
        None,
    ),
    # --- Verkehrstote in Österreich (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Auf Österreichs Straßen sind im Vorjahr 356 Menschen tödlich verunglückt, um 46 weniger als im Jahr davor und so wenige wie nie seit Beginn der Aufzeichnungen 1961.",
        True,
        [("count", 356, None, None), ("count", 46, None, None), ("year", 1961, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte das Innenministerium am Freitag mit.",
        True,
        [],
        "das Innenministerium",
    ),
    (
        "de",
        "Die meisten Verkehrstoten gab es mit 81 in Niederösterreich, gefolgt von Oberösterreich mit 67 und der Steiermark mit 58.",
        True,
        [("count", 81, None, None), ("count", 67, None, None), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Bezogen auf die Einwohnerzahl lag die Rate bei 39 Getöteten pro Million Einwohner.",
        True,
        [("count", 39, None, None), ("count", 1000000, None, None)],
        None,
    ),
    (
        "de",
        "Als Hauptursachen nannte das Ministerium Unachtsamkeit und Ablenkung mit 31 Prozent der tödlichen Unfälle sowie überhöhte Geschwindigkeit mit 27 Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp ein Viertel der Getöteten waren Motorradlenker, 41 waren zu Fuß unterwegs.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "KFV-Direktor Gernot Wallnöfer sagte, seit 2011 habe sich die Zahl der Verkehrstoten damit mehr als halbiert.",
        True,
        [("year", 2011, None, None)],
        "Gernot Wallnöfer",
    ),
    (
        "de",
        "„Das ist ein Erfolg, aber noch lange kein Grund zum Feiern“, sagte Wallnöfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der ÖAMTC sprach von einer „erfreulichen, aber brüchigen Entwicklung“.",
        False,
        [],
        None,
    ),
    # --- Congestion scorecard (Reuters), January ---
    (
        "en",
        "LONDON, Jan 20 (Reuters) - Drivers in London lost an average of 101 hours to congestion last year, the most of any city in the world, according to an annual scorecard by traffic analytics firm Tallis Mobility.",
        True,
        [("date", "--01-20", None, None), ("duration", 101, "hour", None)],
        None,
    ),
    (
        "en",
        "That was 2 hours more than in the previous year and cost each driver about £942 in lost time and fuel, the firm estimated.",
        True,
        [("duration", 2, "hour", None), ("money", 942, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Paris ranked second with 97 hours, followed by Chicago with 96 hours and Dublin with 81 hours.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 97, "hour", None),
            ("duration", 96, "hour", None),
            ("duration", 81, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "Across Britain, the average driver lost 62 hours in traffic, costing the economy an estimated £7.9 billion.",
        True,
        [("duration", 62, "hour", None), ("money", 7900000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Average speeds in central London during the morning peak fell to 10 mph.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        'The firm\'s chief economist, Priyanka Sethuraman, said she expected little relief "as long as road space keeps shrinking".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Transport for London said traffic volumes in the central zone were 7% lower than in 2019.",
        True,
        [("percent", 7, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        'A spokesperson for the RAC called the findings "depressing reading for every motorist in the capital".',
        False,
        [],
        None,
    ),
    # --- NSW road toll (AAP), January ---
    (
        "en",
        "SYDNEY (AAP) - Road deaths in New South Wales rose to 351 last year, the state's highest toll since 2010, Transport for NSW said.",
        True,
        [("count", 351, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Of those killed, 143 were drivers, 71 were motorcyclists and 52 were pedestrians.",
        True,
        [("count", 143, None, None), ("count", 71, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "Almost two-thirds of the deaths occurred on country roads, where only about a third of the state's population lives.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Demerit points are doubled over the long weekend, so a driver caught 30 km/h over the limit loses 10 points rather than five.",
        True,
        [("count", 30, None, None), ("count", 10, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Speed was a factor in 41% of fatal crashes in the state, up from 38% in 2024.",
        True,
        [("percent", 41, "%", None), ("percent", 38, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "NSW Roads Minister Kieran Bashford said mobile detection cameras had caught 1.1 million drivers without a seatbelt or holding a phone since they were switched on in 2019.",
        True,
        [("count", 1100000, None, None), ("year", 2019, None, None)],
        "Kieran Bashford",
    ),
    (
        "en",
        'Bashford called the toll "heartbreaking" and urged people to slow down on the long weekend.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The NRMA called for a rethink of rural road funding, saying country roads had been "left to crumble".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state spends about A$1.2 billion a year on road safety programs, according to budget papers.",
        True,
        [("money", 1200000000, "AUD", "about")],
        None,
    ),
    # --- Verkehrstote in Deutschland (dpa), Februar ---
    (
        "de",
        "Wiesbaden (dpa) - Auf Deutschlands Straßen sind im vergangenen Jahr 2.661 Menschen ums Leben gekommen, 109 weniger als im Jahr davor.",
        True,
        [("count", 2661, None, None), ("count", 109, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Verletzten sank um 1,8 Prozent auf rund 361.400, teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [("percent", 1.8, "%", None), ("count", 361400, None, "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Damit kamen rechnerisch 32 Verkehrstote auf eine Million Einwohner, im EU-Schnitt waren es zuletzt 44.",
        True,
        [("count", 32, None, None), ("count", 1000000, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Menschen starben auf Landstraßen, nämlich 1.571, gefolgt von Straßen innerhalb von Ortschaften mit 688 und Autobahnen mit 402 Toten.",
        True,
        [("count", 1571, None, None), ("count", 688, None, None), ("count", 402, None, None)],
        None,
    ),
    (
        "de",
        "Häufigste Unfallursache bei Unfällen mit Personenschaden war nach Angaben der Statistiker nicht angepasste Geschwindigkeit, gefolgt von Fehlern beim Abbiegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Verkehrstote war mit dem Motorrad oder dem Pedelec unterwegs.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Deutsche Verkehrssicherheitsrat sprach von einer „Bilanz, auf der sich niemand ausruhen darf“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesverkehrsministerin Hiltrud Brackmann sagte, der Bund stelle in diesem Jahr 42 Millionen Euro für Programme zur Verkehrssicherheit bereit.",
        True,
        [("money", 42000000, "EUR", None)],
        "Hiltrud Brackmann",
    ),
    (
        "de",
        "„Hinter jeder Zahl in dieser Statistik steht eine Familie, die nie wieder so sein wird wie vorher“, sagte Brackmann.",
        False,
        [],
        None,
    ),
    # --- ADAC-Staubilanz (dpa), Februar ---
    (
        "de",
        "München (dpa) - Auf den deutschen Autobahnen hat es im vergangenen Jahr rund 512.000 Staus gegeben, etwa 4 Prozent mehr als im Jahr davor.",
        True,
        [("count", 512000, None, "about"), ("percent", 4, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Staus summierten sich auf eine Länge von rund 861.000 Kilometern und eine Dauer von knapp 448.000 Stunden, teilte der ADAC am Donnerstag mit.",
        True,
        [("count", 861000, None, "about"), ("duration", 448000, "hour", "nearly")],
        "der ADAC",
    ),
    (
        "de",
        "Staureichstes Bundesland war erneut Nordrhein-Westfalen mit einem Anteil von 31 Prozent an allen Staustunden, vor Bayern mit 17 Prozent.",
        True,
        [("percent", 31, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Der staureichste Tag war der 27. Juni, ein Freitag vor Ferienbeginn in mehreren Ländern, mit 2.390 Staukilometern.",
        True,
        [("date", "--06-27", None, None), ("count", 2390, None, None)],
        None,
    ),
    (
        "de",
        "Hauptursache seien die rund 1.140 Baustellen auf den Autobahnen, sagte ADAC-Verkehrsexperte Holger Riebesam.",
        True,
        [("count", 1140, None, "about")],
        "Holger Riebesam",
    ),
    (
        "de",
        "„Die Autobahn ist vielerorts zu einem Dauerparkplatz geworden“, sagte Riebesam.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Verkehrsdatenanbieters Tallis Mobility verloren Autofahrer in München im Schnitt 74 Stunden im Stau, in Berlin 61 Stunden.",
        True,
        [("duration", 74, "hour", None), ("duration", 61, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Autobahn GmbH bat die Autofahrer um Verständnis und Geduld.",
        False,
        [],
        None,
    ),
    # --- Ireland cuts rural speed limits (PA), February ---
    (
        "en",
        "DUBLIN (PA) - Ireland will cut the default speed limit on rural local roads from 80 km/h to 60 km/h from Feb. 14, the Department of Transport said.",
        True,
        [("count", 80, None, None), ("count", 60, None, None), ("date", "--02-14", None, None)],
        None,
    ),
    (
        "en",
        "The limit on national secondary roads will fall from 100 km/h to 80 km/h, and urban roads will default to 30 km/h.",
        True,
        [("count", 100, None, None), ("count", 80, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Road deaths in Ireland rose to 187 last year, the highest since 2014, according to the Road Safety Authority.",
        True,
        [("count", 187, None, None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "That equals 35 deaths per million inhabitants, against 24 in the Netherlands.",
        True,
        [("count", 35, None, None), ("count", 1000000, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Junior Transport Minister Sinéad Fogarty-Lynch said more than 40% of the drivers killed last year had been aged under 35.",
        True,
        [("percent", 40, "%", "over"), ("duration", 35, "year", "under")],
        "Sinéad Fogarty-Lynch",
    ),
    (
        "en",
        'Fogarty-Lynch said slower roads would "save lives, full stop".',
        False,
        [],
        None,
    ),
    (
        "en",
        'A group of rural independent TDs called the change "an insult to country people".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gardaí detected 172,000 speeding offences last year, or about 470 a day.",
        True,
        [("count", 172000, None, None), ("count", 470, None, "about")],
        None,
    ),
    (
        "en",
        "Drivers caught speeding receive three penalty points and a fine of 160 euros.",
        True,
        [("count", 3, None, None), ("money", 160, "EUR", None)],
        None,
    ),
    # --- EU road deaths (Reuters), March ---
    (
        "en",
        "BRUSSELS, March 12 (Reuters) - Around 19,650 people were killed in road crashes in the European Union last year, 3% fewer than a year earlier, preliminary figures from the European Commission showed on Thursday.",
        True,
        [("date", "--03-12", None, None), ("count", 19650, None, "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "The EU average was 44 road deaths per million inhabitants.",
        True,
        [("count", 44, None, None), ("count", 1000000, None, None)],
        None,
    ),
    (
        "en",
        "Sweden and Denmark had the safest roads with 20 and 24 deaths per million, while Romania and Bulgaria had the highest rates at 77 and 74.",
        True,
        [
            ("count", 20, None, None),
            ("count", 24, None, None),
            ("count", 1000000, None, None),
            ("count", 77, None, None),
            ("count", 74, None, None),
        ],
        None,
    ),
    (
        "en",
        "The bloc has set a goal of halving road deaths by 2030 compared with 2019.",
        True,
        [("year", 2030, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "EU transport commissioner Apostolos Dervenakis said deaths were down only 12% since 2019, well short of the pace needed.",
        True,
        [("percent", 12, "%", None), ("year", 2019, None, None)],
        "Apostolos Dervenakis",
    ),
    (
        "en",
        'Dervenakis said Europe "cannot accept that road deaths are the price of mobility".',
        False,
        [],
        None,
    ),
    (
        "en",
        'The European Transport Safety Council called the progress "painfully slow".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pedestrians, cyclists and motorcyclists made up nearly half of those killed in cities, the Commission said.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    # --- BFU-Unfallbilanz (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Strassenverkehr in der Schweiz sind im vergangenen Jahr 236 Menschen ums Leben gekommen, 14 mehr als im Vorjahr.",
        True,
        [("count", 236, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Schwer verletzt wurden 4'112 Personen, wie das Bundesamt für Strassen (Astra) und die Beratungsstelle für Unfallverhütung (BFU) am Dienstag gemeinsam mitteilten.",
        True,
        [("count", 4112, None, None)],
        None,
    ),
    (
        "de",
        "Besonders stark stieg die Zahl der Schwerverletzten bei E-Bike-Fahrenden: um 9 Prozent auf 1'486.",
        True,
        [("percent", 9, "%", None), ("count", 1486, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der getöteten Velofahrenden war älter als 65 Jahre.",
        True,
        [("fraction", 0.5, None, "over"), ("duration", 65, "year", "over")],
        None,
    ),
    (
        "de",
        "BFU-Direktorin Corinne Aebischer-Wyss sagte, seit 2000 sei die Zahl der Verkehrstoten in der Schweiz um rund 60 Prozent gesunken.",
        True,
        [("year", 2000, None, None), ("percent", 60, "%", "about")],
        "Corinne Aebischer-Wyss",
    ),
    (
        "de",
        "«Beim Velo hinkt die Infrastruktur der Entwicklung hinterher», sagte Aebischer-Wyss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die BFU fordert eine Helmpflicht für Velofahrende unter 16 Jahren.",
        True,
        [("duration", 16, "year", "under")],
        None,
    ),
    (
        "de",
        "Der Touring Club Schweiz hält eine solche Pflicht für unverhältnismässig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss einer Hochrechnung der BFU verursachen Strassenverkehrsunfälle volkswirtschaftliche Kosten von jährlich rund 18 Milliarden Franken.",
        True,
        [("money", 18000000000, "CHF", "about")],
        None,
    ),
    # --- Blitzmarathon in NRW (dpa/lnw), April ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Bei einem 24-stündigen Blitzmarathon hat die nordrhein-westfälische Polizei mehr als 11.800 Temposünder erwischt.",
        True,
        [("duration", 24, "hour", None), ("count", 11800, None, "over")],
        None,
    ),
    (
        "de",
        "Kontrolliert wurden an rund 2.700 Messstellen gut 465.000 Fahrzeuge, teilte das Innenministerium am Freitag mit.",
        True,
        [("count", 2700, None, "about"), ("count", 465000, None, "over")],
        None,
    ),
    (
        "de",
        "Damit war etwa jeder vierzigste Fahrer zu schnell unterwegs.",
        True,
        [("fraction", 0.025, None, "about")],
        None,
    ),
    (
        "de",
        "Den höchsten Wert maß die Polizei in Köln: Auf einer Straße mit Tempo 50 fuhr ein Autofahrer 109 km/h.",
        True,
        [("count", 50, None, None), ("count", 109, None, None)],
        None,
    ),
    (
        "de",
        "Dem Mann drohen nun 800 Euro Bußgeld, ein dreimonatiges Fahrverbot und zwei Punkte im Flensburger Register.",
        True,
        [("money", 800, "EUR", None), ("duration", 3, "month", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Innenminister Achim Leuthäuser sagte, bei 61 Prozent der Verstöße seien die Fahrer weniger als 10 km/h zu schnell gewesen.",
        True,
        [("percent", 61, "%", None), ("count", 10, None, "under")],
        "Achim Leuthäuser",
    ),
    (
        "de",
        "„Raserei ist kein Kavaliersdelikt, sondern eine Straftat auf Raten“, sagte Leuthäuser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei nannte den Blitzmarathon „reine Symbolpolitik mit Ansage“.",
        False,
        [],
        None,
    ),
    # --- NHTSA early estimate (AP), April ---
    (
        "en",
        "WASHINGTON (AP) — An estimated 38,420 people died in traffic crashes in the United States last year, a decline of about 4.1% from the year before, the National Highway Traffic Safety Administration said in an early estimate Thursday.",
        True,
        [("count", 38420, None, "about"), ("percent", 4.1, "%", "about")],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "It was the third straight annual decline after deaths peaked in 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The death rate per 100 million vehicle miles traveled dropped to 1.20 from 1.26.",
        True,
        [("count", 100000000, None, None), ("count", 1.2, None, None), ("count", 1.26, None, None)],
        None,
    ),
    (
        "en",
        "Americans drove about 3.2 trillion miles, roughly 1% more than a year earlier, according to Federal Highway Administration data.",
        True,
        [("count", 3200000000000, None, "about"), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "en",
        "Deaths fell in 36 states and the District of Columbia and rose in 14.",
        True,
        [("count", 36, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "NHTSA Administrator Dolores Whitcombe said pedestrian deaths had dropped for a second year but remained about 18% above their 2019 level.",
        True,
        [("ordinal", 2, None, None), ("percent", 18, "%", "about"), ("year", 2019, None, None)],
        "Dolores Whitcombe",
    ),
    (
        "en",
        'Whitcombe called the numbers "encouraging but nowhere near good enough".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Safety advocates said they feared the gains could vanish if states keep raising speed limits.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The agency said speeding was a factor in 29% of fatal crashes and alcohol impairment in 32%.",
        True,
        [("percent", 29, "%", None), ("percent", 32, "%", None)],
        None,
    ),
    (
        "en",
        "Motorcyclist deaths rose 2% to 6,390, the only major category of road users to see an increase.",
        True,
        [("percent", 2, "%", None), ("count", 6390, None, None)],
        None,
    ),
    # --- IIHS speed limit study (Reuters), May ---
    (
        "en",
        "ARLINGTON, Virginia, May 14 (Reuters) - Every 5 mph increase in a state's maximum speed limit was associated with an 8.5% rise in fatality rates on interstates and freeways, the Insurance Institute for Highway Safety said on Thursday.",
        True,
        [("date", "--05-14", None, None), ("count", 5, None, None), ("percent", 8.5, "%", None)],
        None,
    ),
    (
        "en",
        "Higher limits cost an estimated 41,300 lives over the 30 years from 1993 to 2022, the study found.",
        True,
        [
            ("count", 41300, None, "about"),
            ("duration", 30, "year", None),
            ("year", 1993, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "Eight states now allow speeds of at least 80 mph on some roads, and a stretch of toll road in Texas is posted at 85 mph.",
        True,
        [("count", 8, None, None), ("count", 80, None, "at_least"), ("count", 85, None, None)],
        None,
    ),
    (
        "en",
        "IIHS President Raymond Ostrowski said cutting limits by 10 mph on busy urban arterials in a Boston pilot had reduced the share of drivers exceeding 40 mph by nearly half.",
        True,
        [("count", 10, None, None), ("count", 40, None, None), ("fraction", 0.5, None, "nearly")],
        "Raymond Ostrowski",
    ),
    (
        "en",
        'Ostrowski said he believed a culture of "need for speed" would be hard to change.',
        False,
        [],
        None,
    ),
    (
        "en",
        'A trucking industry group called higher limits "a matter of common sense on empty roads".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lawmakers in a Western state voted 39-29 last month to raise the limit on rural interstates to 85 mph.",
        True,
        [("count", 39, None, None), ("count", 29, None, None), ("count", 85, None, None)],
        None,
    ),
    (
        "en",
        "Speeding-related deaths made up 28% of all traffic fatalities in the study period, the institute said.",
        True,
        [("percent", 28, "%", None)],
        None,
    ),
    # --- Tempo 30 in Städten (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Der Initiative für mehr Tempo 30 in Städten haben sich inzwischen 1.214 Kommunen angeschlossen, teilte der Deutsche Städtetag mit.",
        True,
        [("count", 30, None, None), ("count", 1214, None, None)],
        "der Deutsche Städtetag",
    ),
    (
        "de",
        "Seit der Reform der Straßenverkehrsordnung 2024 können Kommunen Tempo 30 leichter auch an Spielplätzen, Schulwegen und Pflegeheimen anordnen.",
        True,
        [("year", 2024, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "Nach einer Auswertung des Umweltbundesamts sinkt der Lärmpegel bei Tempo 30 statt 50 um bis zu drei Dezibel.",
        True,
        [("count", 30, None, None), ("count", 50, None, None), ("count", 3, None, "up_to")],
        None,
    ),
    (
        "de",
        "Münsters Oberbürgermeisterin Annegret Schollmeyer sagte, in den Tempo-30-Straßen ihrer Stadt sei die Zahl der Unfälle mit Verletzten binnen zwei Jahren um 23 Prozent gesunken.",
        True,
        [("count", 30, None, None), ("duration", 2, "year", None), ("percent", 23, "%", None)],
        "Annegret Schollmeyer",
    ),
    (
        "de",
        "„Langsamer fahren heißt nicht automatisch sicherer leben“, sagte ein ADAC-Sprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Städtetag sprach von einem „überfälligen Schritt“, der Verband der Automobilindustrie von „Gängelung der Autofahrer“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer vom ADAC beauftragten Forsa-Umfrage befürworten 54 Prozent der Befragten Tempo 30 vor Schulen und Kitas, aber nur 26 Prozent als Regeltempo innerorts.",
        True,
        [("percent", 54, "%", None), ("count", 30, None, None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "de",
        "Ob der Bund die Regelgeschwindigkeit innerorts antastet, ist offen.",
        False,
        [],
        None,
    ),
    # --- Tempolimit auf Autobahnen (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Ein allgemeines Tempolimit von 130 km/h auf Autobahnen würde den CO2-Ausstoß nach Berechnungen des Umweltbundesamts um rund 6,7 Millionen Tonnen im Jahr senken.",
        True,
        [("count", 130, None, None), ("count", 6700000, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Limit von 120 km/h brächte demnach eine Einsparung von 8,1 Millionen Tonnen.",
        True,
        [("count", 120, None, None), ("count", 8100000, None, None)],
        None,
    ),
    (
        "de",
        "Derzeit gilt auf etwa 68 Prozent des rund 13.150 Kilometer langen Autobahnnetzes keine dauerhafte Geschwindigkeitsbegrenzung.",
        True,
        [("percent", 68, "%", "about"), ("count", 13150, None, "about")],
        None,
    ),
    (
        "de",
        "In einer YouGov-Umfrage sprachen sich 58 Prozent der Deutschen für ein Tempolimit aus, 35 Prozent waren dagegen.",
        True,
        [("percent", 58, "%", None), ("percent", 35, "%", None)],
        None,
    ),
    (
        "de",
        "Verkehrsministerin Brackmann lehnt ein generelles Tempolimit ab und verweist auf die Richtgeschwindigkeit von 130 km/h.",
        True,
        [("count", 130, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Tempolimit ist Symbolpolitik auf dem Rücken der Pendler“, sagte der verkehrspolitische Sprecher der Unionsfraktion.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Umwelthilfe nannte die Haltung der Regierung „verantwortungslos und klimapolitisch blind“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Verkehrspolitikerin Svenja Kolbeck sagte, ihre Fraktion werde im Herbst zum dritten Mal einen Antrag für ein Tempolimit einbringen.",
        True,
        [("ordinal", 3, None, None)],
        "Svenja Kolbeck",
    ),
    (
        "de",
        "Ob sich dafür im Parlament eine Mehrheit findet, gilt als fraglich.",
        False,
        [],
        None,
    ),
    # --- New York City speed cameras (AP), June ---
    (
        "en",
        "NEW YORK (AP) — New York City's speed cameras issued 7.4 million tickets last year, about 18% more than the year before, according to city Department of Transportation data.",
        True,
        [("count", 7400000, None, None), ("percent", 18, "%", "about")],
        None,
    ),
    (
        "en",
        "The city operates cameras in 750 school zones, and they run around the clock.",
        True,
        [("count", 750, None, None)],
        None,
    ),
    (
        "en",
        "Drivers are fined $50 if they are caught going more than 10 mph over the limit.",
        True,
        [("money", 50, "USD", None), ("count", 10, None, "over")],
        None,
    ),
    (
        "en",
        "Camera tickets carry no license points, unlike speeding tickets written by officers, which can add up to 11 points.",
        True,
        [("count", 11, None, "up_to")],
        None,
    ),
    (
        "en",
        "Speeding at camera locations has dropped by 72%, the department said.",
        True,
        [("percent", 72, "%", None)],
        None,
    ),
    (
        "en",
        "Transportation Commissioner Lorena Vasquez-Tate said about one in five vehicles that got a ticket received a second one within a year.",
        True,
        [("fraction", 0.2, None, "about"), ("ordinal", 2, None, None)],
        "Lorena Vasquez-Tate",
    ),
    (
        "en",
        'Vasquez-Tate called the cameras "the most effective safety tool this city has".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some drivers' groups argue the program is more about revenue than safety.",
        False,
        [],
        None,
    ),
    (
        "en",
        "State lawmakers voted in June to extend the program until 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- KBA-Neuzulassungen im Halbjahr (dpa), Juli ---
    (
        "de",
        "Flensburg (dpa) - Im ersten Halbjahr sind in Deutschland 1,43 Millionen Pkw neu zugelassen worden, 2,1 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 1430000, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Davon waren 258.400 reine Elektroautos, ein Plus von 37 Prozent, teilte das Kraftfahrt-Bundesamt (KBA) am Donnerstag mit.",
        True,
        [("count", 258400, None, None), ("percent", 37, "%", None)],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Der Marktanteil der E-Autos stieg damit um 4,9 Prozentpunkte auf 18,1 Prozent.",
        True,
        [("percent", 4.9, "pp", None), ("percent", 18.1, "%", None)],
        None,
    ),
    (
        "de",
        "Gut jeder dritte Neuwagen war ein Hybrid, fast jeder vierte ein reiner Benziner.",
        True,
        [("fraction", 0.3333, None, "over"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Bestand machten E-Autos zum 1. Januar mit 1,65 Millionen Fahrzeugen erst 3,3 Prozent der 49,3 Millionen Pkw aus.",
        True,
        [
            ("date", "--01-01", None, None),
            ("count", 1650000, None, None),
            ("percent", 3.3, "%", None),
            ("count", 49300000, None, None),
        ],
        None,
    ),
    (
        "de",
        "VDA-Präsidentin Katharina Wendland-Rühl sagte, für das Gesamtjahr rechne der Verband mit rund 560.000 neuen E-Autos.",
        True,
        [("count", 560000, None, "about")],
        "Katharina Wendland-Rühl",
    ),
    (
        "de",
        "„Ohne verlässliche Förderung bleibt der Hochlauf ein Strohfeuer“, sagte Wendland-Rühl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband der Internationalen Kraftfahrzeughersteller sprach von einem „Markt im Wartemodus“.",
        False,
        [],
        None,
    ),
    # --- Speeding penalties in England and Wales (PA), July ---
    (
        "en",
        "LONDON (PA) - Police in England and Wales issued 2.71 million fixed penalties and speed awareness course offers for speeding last year, up 6% and the highest total since records began in 2011.",
        True,
        [("count", 2710000, None, None), ("percent", 6, "%", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Some 1.46 million drivers opted for a speed awareness course rather than accepting three penalty points and a £100 fine.",
        True,
        [("count", 1460000, None, "about"), ("count", 3, None, None), ("money", 100, "GBP", None)],
        None,
    ),
    (
        "en",
        "Drivers who build up at least 12 points within three years face a ban of at least six months.",
        True,
        [("count", 12, None, "at_least"), ("duration", 3, "year", None), ("duration", 6, "month", "at_least")],
        None,
    ),
    (
        "en",
        "The RAC Foundation said the number of fixed speed cameras in use had fallen to about 4,300 from 5,100 a decade ago.",
        True,
        [("count", 4300, None, "about"), ("count", 5100, None, None)],
        None,
    ),
    (
        "en",
        'Motoring groups accused some forces of treating drivers as "cash cows".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Home Office said income from speeding fines goes to the Treasury, not to police forces.",
        True,
        [],
        None,
    ),
    (
        "en",
        'A Swindon delivery driver said the cameras were "about money, not safety".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Average speeds on 30mph roads where cameras were installed fell by 4.2mph in the following year, according to the foundation's analysis.",
        True,
        [("count", 30, None, None), ("count", 4.2, None, None)],
        None,
    ),
    # --- Punkte in Flensburg (dpa), August ---
    (
        "de",
        "Flensburg (dpa) - Im Fahreignungsregister waren zum Stichtag 1. Juli rund 9,6 Millionen Menschen mit Punkten eingetragen.",
        True,
        [("date", "--07-01", None, None), ("count", 9600000, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspricht einem Anstieg um 2,4 Prozent binnen Jahresfrist, wie das Kraftfahrt-Bundesamt berichtete.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bei acht Punkten wird die Fahrerlaubnis entzogen.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Wer mit dem Handy am Steuer erwischt wird, zahlt mindestens 100 Euro und erhält einen Punkt.",
        True,
        [("money", 100, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Rund 41 Prozent aller neu eingetragenen Verstöße betrafen Geschwindigkeitsüberschreitungen, knapp 9 Prozent das Handy.",
        True,
        [("percent", 41, "%", "about"), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Bußgelder für Tempoverstöße wurden zuletzt 2021 deutlich erhöht, wer innerorts 21 km/h zu schnell fährt, zahlt seither 115 Euro.",
        True,
        [("year", 2021, None, None), ("count", 21, None, None), ("money", 115, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Auto Club Europa nannte die Zahlen „ein Alarmsignal für die Verkehrsmoral“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Unfallforscher warnte davor, die Ablenkung durch Smartphones zu unterschätzen.",
        False,
        [],
        None,
    ),
    # --- AA on young drivers (PA), August ---
    (
        "en",
        "LONDON (PA) - Drivers aged 17 to 24 made up 7% of licence holders but were involved in 24% of fatal and serious crashes last year, according to analysis by the AA.",
        True,
        [
            ("duration", 17, "year", None),
            ("duration", 24, "year", None),
            ("percent", 7, "%", None),
            ("percent", 24, "%", None),
        ],
        None,
    ),
    (
        "en",
        "One in five new drivers crashes within a year of passing the test, the AA said.",
        True,
        [("fraction", 0.2, None, None)],
        "the AA",
    ),
    (
        "en",
        "The AA wants a learning period of at least six months and a ban on carrying passengers aged under 25 during a new driver's first six months.",
        True,
        [
            ("duration", 6, "month", "at_least"),
            ("duration", 25, "year", "under"),
            ("ordinal", 1, None, None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "AA president Edmund Kingsley-Rowe said insurance for a 17-year-old now costs an average of £2,870 a year.",
        True,
        [("duration", 17, "year", None), ("money", 2870, "GBP", None)],
        "Edmund Kingsley-Rowe",
    ),
    (
        "en",
        'Kingsley-Rowe said young drivers "deserve a system that sets them up to succeed".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department for Transport said it had no plans to introduce graduated licences in England.",
        True,
        [],
        "the Department for Transport",
    ),
    (
        "en",
        "Parents of young drivers said they worried each time their children took the car out at night.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Driving tests in Britain have a pass rate of about 48%, and learners wait an average of 21 weeks for a test.",
        True,
        [("percent", 48, "%", "about"), ("duration", 21, "week", None)],
        None,
    ),
    # --- Reported road casualties Great Britain (PA), September ---
    (
        "en",
        "LONDON (PA) - A total of 1,602 people were killed on Britain's roads last year, down 3% on the year before, according to figures published by the Department for Transport on Thursday.",
        True,
        [("count", 1602, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Some 28,870 people were killed or seriously injured, and the number of casualties of all severities fell to 127,340.",
        True,
        [("count", 28870, None, "about"), ("count", 127340, None, None)],
        None,
    ),
    (
        "en",
        "The fatality rate was 5.1 deaths per billion vehicle miles, the department said.",
        True,
        [("count", 5.1, None, None), ("count", 1000000000, None, None)],
        None,
    ),
    (
        "en",
        "Britain recorded 24 road deaths per million inhabitants, one of the lowest rates in Europe.",
        True,
        [("count", 24, None, None), ("count", 1000000, None, None)],
        None,
    ),
    (
        "en",
        "Pedestrians accounted for about a quarter of those killed, and motorcyclists for roughly one in five.",
        True,
        [("fraction", 0.25, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Deaths on rural roads made up 59% of the total, although such roads carry about 44% of traffic.",
        True,
        [("percent", 59, "%", None), ("percent", 44, "%", "about")],
        None,
    ),
    (
        "en",
        'Road safety charity Brake called the figures "a national scandal hidden in plain sight".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roads Minister Alastair Quenby said the government would publish its first road safety strategy in more than a decade before the end of the year.",
        True,
        [("ordinal", 1, None, None)],
        "Alastair Quenby",
    ),
    (
        "en",
        'Quenby said every death on the roads was "a tragedy for a family and a failure for all of us".',
        False,
        [],
        None,
    ),
    # --- Ablenkung am Steuer (APA), September ---
    (
        "de",
        "Wien (APA) - Fast ein Drittel aller Verkehrsunfälle mit Personenschaden in Österreich ist auf Ablenkung zurückzuführen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus einer Studie des Kuratoriums für Verkehrssicherheit (KFV) hervor, für die 4.200 Lenker an 46 Stellen beobachtet wurden.",
        True,
        [("count", 4200, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "Jeder elfte beobachtete Lenker hantierte während der Fahrt mit dem Handy.",
        True,
        [("fraction", 0.0909, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Lenkern unter 25 Jahren war es sogar jeder sechste.",
        True,
        [("duration", 25, "year", "under"), ("fraction", 0.1667, None, None)],
        None,
    ),
    (
        "de",
        "Wer beim Telefonieren ohne Freisprecheinrichtung erwischt wird, zahlt seit Herbst 2024 eine Organstrafe von 100 Euro.",
        True,
        [("year", 2024, None, None), ("money", 100, "EUR", None)],
        None,
    ),
    (
        "de",
        "KFV-Verkehrspsychologin Birgit Haslinger-Moser sagte, ein Blick von zwei Sekunden aufs Display bedeute bei 50 km/h rund 28 Meter Blindflug.",
        True,
        [("duration", 2, "second", None), ("count", 50, None, None), ("count", 28, None, "about")],
        "Birgit Haslinger-Moser",
    ),
    (
        "de",
        "„Das Handy ist der gefährlichste Beifahrer, den es gibt“, sagte Haslinger-Moser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der ÖAMTC hält Kameras gegen Handynutzung am Steuer für einen unzulässigen Eingriff in die Privatsphäre.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Verkehrsministerium kündigte an, im Frühjahr an zwei Stellen in Wien solche Kameras zu testen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Verkehrszählung auf Autobahnen (dpa), September ---
    (
        "de",
        "Bergisch Gladbach (dpa) - Auf den deutschen Autobahnen waren im vergangenen Jahr im Schnitt 51.800 Kraftfahrzeuge pro Tag unterwegs, 1,2 Prozent mehr als 2024.",
        True,
        [("count", 51800, None, None), ("percent", 1.2, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der Schwerverkehr legte um 0,4 Prozent zu und machte knapp 15 Prozent des Verkehrs aus, teilte die Bundesanstalt für Straßenwesen (BASt) mit.",
        True,
        [("percent", 0.4, "%", None), ("percent", 15, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Am stärksten belastet war erneut die A 100 in Berlin mit durchschnittlich 193.000 Fahrzeugen am Tag.",
        True,
        [("count", 193000, None, None)],
        None,
    ),
    (
        "de",
        "An den 1.850 automatischen Zählstellen wurden insgesamt mehr als 4,9 Milliarden Fahrzeugdurchfahrten erfasst.",
        True,
        [("count", 1850, None, None), ("count", 4900000000, None, "over")],
        None,
    ),
    (
        "de",
        "BASt-Präsident Wolfram Eichelkraut sagte, die Fahrleistung auf Autobahnen liege inzwischen wieder auf dem Niveau von 2019.",
        True,
        [("year", 2019, None, None)],
        "Wolfram Eichelkraut",
    ),
    (
        "de",
        "„Wir bauen seit Jahren gegen den Verkehr an“, sagte Eichelkraut.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesverband Güterkraftverkehr Logistik und Entsorgung sprach von „Autobahnen am Limit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der bei Unfällen getöteten Pedelec-Fahrer stieg im ersten Halbjahr laut Destatis um 11 Prozent auf 112.",
        True,
        [("ordinal", 1, None, None), ("percent", 11, "%", None), ("count", 112, None, None)],
        None,
    ),
    # --- RAC Report on Motoring (PA), October ---
    (
        "en",
        "LONDON (PA) - More than a third of drivers admit to breaking the 30mph limit in towns at least occasionally, according to the RAC's annual Report on Motoring.",
        True,
        [("fraction", 0.3333, None, "over"), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "The survey of 2,846 motorists found that 23% had used a handheld phone while driving in the past year, up from 19%.",
        True,
        [("count", 2846, None, None), ("percent", 23, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "Since 2017, using a handheld phone at the wheel has been punished with six penalty points and a £200 fine.",
        True,
        [("year", 2017, None, None), ("count", 6, None, None), ("money", 200, "GBP", None)],
        None,
    ),
    (
        "en",
        "Potholes remained motorists' top concern, cited by 58% of respondents, the RAC said.",
        True,
        [("percent", 58, "%", None)],
        "the RAC",
    ),
    (
        "en",
        'RAC road safety spokesman Rod Ashworth-Peel said phone use had become "a silent epidemic on our roads".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashworth-Peel said that, based on the survey, about 2.9 million drivers still held their phone in their hand for calls.",
        True,
        [("count", 2900000, None, "about")],
        "Ashworth-Peel",
    ),
    (
        "en",
        "Many drivers said they felt enforcement had all but disappeared from Britain's roads.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department for Transport said 1,041 people had been killed or seriously injured over the past five years in crashes where a driver using a phone was a contributory factor.",
        True,
        [("count", 1041, None, None), ("duration", 5, "year", None)],
        "the Department for Transport",
    ),
    # --- Raserdelikte (Keystone-SDA), Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Polizeikorps haben im vergangenen Jahr 1'784 Raserdelikte registriert, rund 6 Prozent mehr als im Vorjahr.",
        True,
        [("count", 1784, None, None), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "de",
        "Als Raser gilt, wer innerorts mindestens 50 km/h, ausserorts mindestens 60 km/h und auf der Autobahn mindestens 80 km/h zu schnell fährt.",
        True,
        [("count", 50, None, "at_least"), ("count", 60, None, "at_least"), ("count", 80, None, "at_least")],
        None,
    ),
    (
        "de",
        "Den Tätern drohen bis zu vier Jahre Freiheitsstrafe und der Entzug des Führerausweises.",
        True,
        [("duration", 4, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Laut Bundesamt für Statistik waren bei 12 Prozent der tödlichen Unfälle massive Tempoüberschreitungen im Spiel.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Auf der A1 bei Winterthur mass die Kantonspolizei Zürich einen Autofahrer mit 211 km/h, erlaubt waren 120 km/h.",
        True,
        [("count", 211, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Der 24-jährige Neulenker musste den Führerausweis sofort abgeben, sein Auto wurde beschlagnahmt.",
        True,
        [("duration", 24, "year", None)],
        None,
    ),
    (
        "de",
        "«Raser sind keine Draufgänger, sondern Gefährder», sagte ein Sprecher der Kantonspolizei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SVP kritisierte die Strafen als «unverhältnismässig hart».",
        False,
        [],
        None,
    ),
    (
        "de",
        "BFU-Sprecher Marco Zwygart-Imhof sagte, Raser seien zu rund 90 Prozent junge Männer unter 30 Jahren.",
        True,
        [("percent", 90, "%", "about"), ("duration", 30, "year", "under")],
        "Marco Zwygart-Imhof",
    ),
    # --- Vignettenpreis (APA), November ---
    (
        "de",
        "Wien (APA) - Für die Jahresvignette müssen Pkw-Lenker ab 1. Dezember 107,20 Euro zahlen, um 3,1 Prozent mehr als bisher, teilte die Asfinag am Montag mit.",
        True,
        [("date", "--12-01", None, None), ("money", 107.2, "EUR", None), ("percent", 3.1, "%", None)],
        "die Asfinag",
    ),
    (
        "de",
        "Die Zehn-Tages-Vignette kostet künftig 12,60 Euro, die Zwei-Monats-Vignette 31,70 Euro.",
        True,
        [
            ("duration", 10, "day", None),
            ("money", 12.6, "EUR", None),
            ("duration", 2, "month", None),
            ("money", 31.7, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Preise sind gesetzlich an die Inflation gekoppelt und werden jährlich angepasst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr nahm die Asfinag mit Vignetten rund 621 Millionen Euro ein, mit der fahrleistungsabhängigen Lkw-Maut rund 1,58 Milliarden Euro.",
        True,
        [("money", 621000000, "EUR", "about"), ("money", 1580000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Fast 78 Prozent der Vignetten wurden bereits digital gekauft.",
        True,
        [("percent", 78, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der ÖAMTC bezeichnete die Preiserhöhung als „Körberlgeld für den Finanzminister“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Asfinag-Vorstand Leopold Kronabethvogl sagte, 2027 würden rund 410 Millionen Euro in die Sanierung von Brücken und Tunneln fließen.",
        True,
        [("year", 2027, None, None), ("money", 410000000, "EUR", "about")],
        "Leopold Kronabethvogl",
    ),
    (
        "de",
        "„Jeder Euro aus der Vignette bleibt auf der Straße“, sagte Kronabethvogl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer ohne gültige Vignette erwischt wird, zahlt eine Ersatzmaut von 120 Euro.",
        True,
        [("money", 120, "EUR", None)],
        None,
    ),
    # --- Drunk driving and Utah's limit (AP), November ---
    (
        "en",
        "SALT LAKE CITY (AP) — Alcohol-impaired driving deaths in the U.S. fell to 12,140 last year, about 31% of all traffic fatalities, according to federal data.",
        True,
        [("count", 12140, None, None), ("percent", 31, "%", "about")],
        None,
    ),
    (
        "en",
        "A driver is considered impaired at a blood alcohol concentration of 0.08% in every state except Utah, where the limit is 0.05%.",
        True,
        [("percent", 0.08, "%", None), ("percent", 0.05, "%", None)],
        None,
    ),
    (
        "en",
        "In the first three years after Utah lowered its limit in 2018, the state's fatal crash rate fell 17.4%, a federal study found.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 3, "year", None),
            ("year", 2018, None, None),
            ("percent", 17.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Utah Department of Public Safety Commissioner Dale Kimbrough said troopers had made 3,912 DUI arrests this year through October.",
        True,
        [("count", 3912, None, None)],
        "Dale Kimbrough",
    ),
    (
        "en",
        "Kimbrough said he believed other states would eventually follow Utah's lead.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The American Beverage Institute called the lower limit "a solution in search of a problem".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drivers convicted of a DUI in Utah for the first time face a fine of at least $1,310 and lose their license for 120 days.",
        True,
        [("ordinal", 1, None, None), ("money", 1310, "USD", "at_least"), ("duration", 120, "day", None)],
        None,
    ),
    (
        "en",
        "Nationwide, about 1 million drivers were arrested for driving under the influence, FBI figures show.",
        True,
        [("count", 1000000, None, "about")],
        None,
    ),
    # --- Alkoholkontrollen in der Steiermark (APA), Dezember ---
    (
        "de",
        "Graz (APA) - Bei einer landesweiten Schwerpunktaktion gegen Alkohol am Steuer hat die Polizei in der Steiermark am Wochenende 3.418 Lenkerinnen und Lenker kontrolliert.",
        True,
        [("count", 3418, None, None)],
        None,
    ),
    (
        "de",
        "68 von ihnen waren alkoholisiert, 21 Führerscheine wurden an Ort und Stelle abgenommen, berichtete die Landespolizeidirektion.",
        True,
        [("count", 68, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Den höchsten Wert wies ein 43-jähriger Lenker im Bezirk Weiz mit 2,36 Promille auf.",
        True,
        [("duration", 43, "year", None), ("count", 2.36, None, None)],
        None,
    ),
    (
        "de",
        "In Österreich gilt für Pkw-Lenker eine Grenze von 0,5 Promille, für Besitzer eines Probeführerscheins von 0,1 Promille.",
        True,
        [("count", 0.5, None, None), ("count", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Ab 1,6 Promille wird der Führerschein für mindestens sechs Monate entzogen, die Geldstrafe beträgt dann mindestens 1.600 Euro.",
        True,
        [("count", 1.6, None, "at_least"), ("duration", 6, "month", "at_least"), ("money", 1600, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Bei einem Lenker im Bezirk Leoben ergab der Alkomattest 0,62 Milligramm pro Liter Atemluft.",
        True,
        [("count", 0.62, None, None)],
        None,
    ),
    (
        "de",
        "Laut Kuratorium für Verkehrssicherheit war Alkohol im Vorjahr bei 7,4 Prozent der tödlichen Unfälle im Spiel.",
        True,
        [("percent", 7.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer trinkt, fährt nicht – das ist keine Empfehlung, sondern Gesetz“, sagte ein Polizeisprecher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei appelliert an alle Lenker, nach Weihnachtsfeiern auf Taxi oder Öffis umzusteigen.",
        False,
        [],
        None,
    ),
    # --- Festive drink-drive campaign in Scotland (PA), December ---
    (
        "en",
        "EDINBURGH (PA) - Police Scotland said officers had stopped 18,412 drivers during its festive drink-drive campaign and detected 573 drink- or drug-driving offences.",
        True,
        [("count", 18412, None, None), ("count", 573, None, None)],
        "Police Scotland",
    ),
    (
        "en",
        "Scotland's drink-drive limit is 50 milligrams of alcohol per 100 millilitres of blood, compared with 80 milligrams in England and Wales.",
        True,
        [("count", 50, None, None), ("count", 100, None, None), ("count", 80, None, None)],
        None,
    ),
    (
        "en",
        "In breath, the Scottish limit equals 22 microgrammes per 100 millilitres.",
        True,
        [("count", 22, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Of the drivers detected, 61 were over the limit the morning after drinking, up from 48 a year earlier.",
        True,
        [("count", 61, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "en",
        "Chief Superintendent Fiona Rennison-Blair said one in nine of the drivers caught had been stopped before 9am.",
        True,
        [("fraction", 0.1111, None, None)],
        "Fiona Rennison-Blair",
    ),
    (
        "en",
        'Rennison-Blair said there was "simply no excuse" for getting behind the wheel after drinking.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A drink-driving conviction in Scotland carries a driving ban of at least 12 months and a fine of up to £5,000.",
        True,
        [("duration", 12, "month", "at_least"), ("money", 5000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Road safety campaigners urged people to plan their journey home before going out to celebrate.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department for Transport said it was consulting on lowering the limit in England and Wales to 50 milligrams.",
        True,
        [("count", 50, None, None)],
        "the Department for Transport",
    ),
]
