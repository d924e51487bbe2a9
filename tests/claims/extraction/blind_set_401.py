"""Four-hundred-and-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, board members, union leaders, agency heads
and spokespeople of real governments, railways, unions and bodies appear under made-up names
that stand for no real holder, or by their role only ("ein ÖBB-Sprecher", "ein
TCS-Sprecher", "Ein Grünen-Abgeordneter im Landtag", "A spokeswoman for watchdog Transport
Focus", "the mayor's office").

Names: Markus Leitenberger, Ines Wolterdingen, Torsten Wiltfang, Annika Brettmeyer, Dagmar
Reinholdt, Bernd Hasenkamp, Tanja Ehrhorn, Harald Tscherteu, Reto Ammann-Frei, Lutz
Hagenbeck, Roman Zeilinger, Volker Stiebritz, Carsten Vollbehr, Christiane Wallerstorfer,
Claudia Pernstich; Philippa Cranleigh, the traffic data firm Roadlens and its chief
economist Tomasz Wronek, Linda Foyle, Hannah Brockenhurst, Anita Varsani, Renata Oyebanji,
Carmen Ruvalcaba, Dermot Kilbey, Douglas Harwood, Callum Pryor, Miles Dunstable; every
unnamed spokesperson, analyst, lawmaker, commuter and expert. Real operators, unions,
bodies, lines, roads and places (Deutsche Bahn, DB InfraGO, GDL, Pro Bahn, Verband
Deutscher Verkehrsunternehmen (VDV), Forsa, Deutschlandticket, Riedbahn, ADAC, Statistisches
Bundesamt, Auto Club Europa, Lkw-Maut, BGL, Verkehrsministerium, Zweite
S-Bahn-Stammstrecke, Marienhof, ÖBB, Rail Cargo Group, vida, Klimaticket Ö Classic, VCÖ,
Asfinag, Brennerautobahn A13, Mautstelle Schönberg, Luegbrücke, Wipptal, SBB, Halbtax,
Generalabonnement, Preisüberwacher, Gotthard-Strassentunnel, TCS, San-Bernardino-Route, A
3; the Office of Rail and Road, Network Rail, Avanti West Coast, c2c, Transport Focus, the
Department for Transport, the 16-25 Railcard, the RMT, Aslef, CrossCountry, Transport for
London, the Elizabeth line, the London Assembly, London First, the West Coast Main Line,
National Highways, the RAC, Brake, the M5, the IW economic institute, ASFA, UFC-Que Choisir,
Amtrak, the Northeast Corridor, Acela, the East River tunnels, the Long Island Rail Road,
Penn Station, the National Highway Traffic Safety Administration (NHTSA), and the
datelines' cities) stand for the way wire copy names them; every punctuality rate, delay,
strike length, demand, offer, ballot, fare, ticket price, subsidy, passenger number,
closure, length, cost, toll, revenue, congestion figure, death toll, share, age, date and
quote here is invented, and where a real figure came to mind (a real punctuality rate, a
real subscriber count, a real vignette, Halbtax or railcard price, a real toll rise, a real
death toll, a real congestion ranking, a real tunnel repair cost, a real ridership record)
it was changed; kept as the rules and the record have them are the punctuality thresholds
(six minutes at Deutsche Bahn, three at the SBB, five and a half at the ÖBB, one minute in
Britain), the Deutschlandticket's first price of 49 euros in May 2023 and its 58 euros, the
railcard's third off, the Riedbahn's closure in 2024, the CO2 surcharge of December 2023,
the flooding of 2012, the Gotthard road tunnel's opening in 1980, the ground-breaking at
the Marienhof in 2017, the road death statistics' start in 1953 and the road-safety target
for 2030 against 2020.

Its weight: RAILWAYS, PUBLIC TRANSPORT AND ROADS (the forty-eighth batch weighed public
transport, rail, aviation, shipping and strikes, the hundred-twenty-fifth air and rail
travel with railways and punctuality, the hundred-seventy-eighth car industry, transport and
mobility with tolls, vignettes, tickets, rail punctuality and traffic deaths, the
two-hundred-and-sixth railways, airlines and transport strikes, the
two-hundred-and-sixty-first transport and infrastructure policy with tolls, vignettes, line
closures for renewal and the Deutschlandticket, and the three-hundred-and-twelfth road
traffic and road safety statistics, after the thirty-eighth's traffic service, the
eighty-first's traffic accidents, the hundred-fifth's infrastructure projects and the
three-hundredth's rail and Tube strikes; their decisions are kept) - one winter and early
spring of wire copy, Friday, January 2, to Thursday, April 2, of one year, as 32 short
stories in story order, the German and English stories interleaved by date and several
told twice, once by a German and once by an English service. German (dpa with its slug
"dpa/lby", dpa-AFX, Reuters German, APA, Keystone-SDA; Austrian "Jänner", "heuer", "im
Vorjahr", Swiss "Strassentunnel", "4'195", «» quotes, German „“ quotes): the dearer
Klimaticket, Deutsche Bahn's punctuality for the year, a 48-hour GDL strike called, the
Deutschlandticket's rise from 58 to 64 euros, the Generalsanierung of the line between
Nuremberg and Regensburg, the ADAC's congestion balance, the ÖBB's year, the SBB's year
with the Halbtax and the Generalabonnement, Germany's road deaths, a vida warning strike at
the ÖBB, the lorry toll, Deutsche Bahn's annual figures, Munich's second S-Bahn trunk line,
the Asfinag's toll revenue with the vignettes and the Luegbrücke, and the Easter jam at the
Gotthard. English (Reuters with dated datelines, PA, AP): Deutsche Bahn's punctuality, the
GDL strike, Britain's punctuality from the ORR, the Deutschlandticket, the Nuremberg
closure, a congestion scorecard, French motorway tolls, a Tube strike called by the RMT,
regulated fares and railcards in England, a West Coast Main Line closure, London's fares,
an East River tunnel closure by Amtrak, U.S. traffic deaths, a CrossCountry drivers' strike
called by Aslef, Amtrak's record ridership, Britain's road deaths and the Easter getaway.
Figures as such copy has them: punctuality rates („Pünktlichkeitsquote von 61,8 Prozent“,
„Kundenpünktlichkeit“, "Just 66.3%", "Only 61.8%") and their moves in percentage points,
thresholds and delays in minutes and seconds („mit weniger als sechs Minuten Verspätung“,
„sechs Minuten oder mehr“, „weniger als fünf Minuten und 30 Sekunden“, "within a minute",
"more than 15 minutes late", "about 3.9 million minutes of delay"), strikes in hours and
days („ein 48-stündiger Streik“, „einen dreistündigen Warnstreik“, "a 48-hour strike", "for
72 hours", "on four days in April", "April 4, 11, 18 and 25"), demands and offers
(„eine 35-Stunden-Woche“, „in drei Stufen bei einer Laufzeit von 30 Monaten“), ballots,
ticket prices and subsidies („Aus dem 58-Euro-Ticket wird ein 64-Euro-Ticket“, „ab 65
Jahren“, „210 statt 195 Franken“, „Generalabonnement 2. Klasse“, "£5,812", "30p to £8.80",
"the 16-25 Railcard"), passengers, closures and renewals („für gut fünf Monate voll
gesperrt“, „190 Kilometer Gleis, 120 Weichen und 14 Bahnhöfe“, "A nine-day closure", "a
160-year-old viaduct", "the 1.2-mile section", "the roughly 100-km stretch"), tolls
(„rund 36 Cent pro Kilometer“, „ein 40-Tonner“, „Die Zehn-Tages-Vignette“, "by an average of
1.37%"), road deaths and casualty rates ("1.16 deaths per 100 million vehicle miles
traveled", „Gut jeder vierte Getötete war 75 Jahre oder älter“, "Drivers aged 17 to 24"),
traffic jams in kilometres, miles and hours („gut 1,1 Millionen Kilometern“, „knapp 470.000
Staustunden“, „bis zu 16 Kilometern“, "up to 12 miles", "an average of 94 hours"), fractions
(„mehr als jeder dritte Fernzug“, „etwa jeden fünften Zug“, „Jeder vierte Nutzer“, „knapp
einem Drittel“, „Rund jede zwanzigste Verbindung“, „um ein Zehntel“, "about four in five
delays", "Nearly two-thirds", "a third off"), ordinals („der dritte Arbeitskampf“, „Auf
Platz zwei“, „Die vierte Verhandlungsrunde“, "the fifth of more than 40 such overhauls", "for
a fourth quarter in a row", "the third straight annual drop"), number words, hedges, years
and dates. Negatives as such copy has them - 57 rows, none with a figure: managers',
ministers', union leaders' and analysts' quotes of mood, creed and resolve, labels
(„nannte“, „sprach von“, „bezeichnete ... als“, „kritisierte ... als“, "called"), a verdict
with „hält ... für“, an accusation naming no act, a warning naming no measure, blame without
a checkable claim, fears, doubts and feelings, open questions and evasions, travel advice
and a mood line, each near a check-worthy look-alike from the same story (often
the same speaker's figure).

240 rows (120 German, 120 English), 57 negatives (28 German, 29 English), 183 check-worthy
rows of which 3 carry no figure (2 German, 1 English), 335 expected quantities (77 counts,
59 percentages - 56 in "%", 3 in percentage points "pp" -, 57 durations - 16 in hours, 13
in years, 12 in minutes, 10 in months, 5 in days, 1 in seconds -, 53 amounts of money - 38
EUR, 10 GBP, 3 CHF, 2 USD -, 27 years, 24 dates, 21 ordinals, 17 fractions; none of them in
a negative), 37 checked speakers (19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, resolve, feeling, fear, doubt or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, two-hundred-and-sixty-first, three-hundred-and-twelfth,
  three-hundred-and-eighty-eighth); a quoted or reported statement of fact, figure, rule,
  step, plan, demand, offer or target is check-worthy with its speaker, also in Konjunktiv I
  (hundred-twenty-fifth, two-hundred-and-sixth). Pairs from one speaker: Leitenberger's 310
  million euros beside his pride; Wolterdingen's 80 percent and her four in five beside
  „Niemand bei der Bahn ist ... zufrieden“ and its English twin; Wiltfang's demand in both
  languages beside „jetzt bekommt sie die Quittung“ and his accusation; Reinholdt's 900
  million euros in both languages beside „Erfolg hat seinen Preis“;
  Hasenkamp's five years and his 60% beside „am offenen Herzen des Netzes“; Wronek's £880
  beside "never cured congestion"; Ehrhorn's 58 hours beside „am Limit“; Tscherteu's 3.9
  billion euros beside „fährt in die Zukunft“; Ammann-Frei's Halbtax beside «nicht nur an
  guten Tagen»; Hagenbeck's target beside „niemals gewöhnen“; Foyle's ballot beside "tired
  of being treated as an afterthought"; Varsani's 8% beside "afford the bus"; Zeilinger's
  three hours of standstill beside his evasion; Stiebritz's 25,000 euros beside „Melkkuh“;
  Oyebanji's 45,000 feet beside "the kind of work nobody sees"; Ruvalcaba's first fall
  since 2018 beside "nobody should call this a success"; Kilbey's ballot beside "will not be
  bullied"; CrossCountry's 85% beside its disappointment; Vollbehr's loss and job cuts
  beside „Sanierungsfall“; Pernstich's 1.4 billion euros beside „Nadelöhr Europas“;
  Harwood's 150 mph beside "voting with their feet"; Pryor's consultation beside "that knock
  on the door"; the RAC's 19.5 million journeys beside its spokesman's advice; the TCS's two
  and a half hours beside its spokesman's advice. The labels („nannte die Bilanz“, „nannte
  den Streik“, „nannte das Projekt“, „sprach von“ twice, „bezeichnete die Bilanz als“, „kritisierte die Erhöhung als“,
  "called the figures", "called the rise" three times, "called the system", "called the
  consultation"), the verdict with „hält ... für“ (the Auto Club Europa; ninety-eighth,
  three-hundred-and-twelfth), the accusation naming no act ("accused management of
  "playing for time ...""; eighty-fourth), the warning naming no measure ("warned of a
  "summer of chaos""; two-hundred-and-fourth), blame without a checkable claim ("Motoring
  groups blamed ..., while cycling campaigners blamed ..."; hundred-twenty-fifth: "Airline
  bosses have long blamed ..."), fears, doubts and feelings („fürchten“, „bezweifeln“
  twice - once in „Ob der neue Zeitplan hält, bezweifeln ...“ -, "fear", "said they
  feared", "have long questioned whether", "said passengers had simply run out of
  patience", "said it was "disappointed"" joined to an appeal naming no measure;
  two-hundred-and-fourth, two-hundred-and-sixty-first), a forecast without a figure („nicht
  in Sicht“), open questions („Ob die Mautsätze ... erneut steigen, ist offen.“, "It was
  unclear whether ...", "Whether ... remains unclear"), the evasion („Ob nach Montag
  weitere Streiks folgen, ließ Zeilinger offen.“), travel and work advice („riet ein
  TCS-Sprecher“, "If you can avoid travelling ...", "Commuters were urged to work from home
  ..."; hundred-twenty-fifth, two-hundred-and-sixth), a mood line ("are bracing for a long
  summer of crowded platforms") are negatives. As the brief for these
  batches asks, negatives carry no expected quantities, and this batch writes no figure
  into them.
- Check-worthy without a figure (forty-eighth, hundred-twenty-fifth, two-hundred-and-sixth):
  the GDL's strike start given only as clock times („um 18.00 Uhr ... um 2.00 Uhr“),
  Zeilinger's standstill „Zwischen 9.00 und 12.00 Uhr“ (clock times none; forty-eighth) and
  the regulator's rule that a train is on time only "within a minute of the timetable" ("a
  minute" none, an article; fifth, thirtieth and hundred-twenty-fifth).
- Punctuality (twenty-third, forty-eighth, hundred-twenty-fifth, two-hundred-and-sixth):
  rates are percentages („Pünktlichkeitsquote von 61,8 Prozent“, „88,9 Prozent der Züge“,
  „95,1 Prozent ..., im Fernverkehr 86,3 Prozent“, „zwischen 63 und 66 Prozent“ both - the
  unit written once serves the earlier figure -, "Only 61.8%" and "Just 66.3%" with no
  hedge, "between 63% and 66%", "at least 70%" "at_least", "at 38.9%", "91.2%"), moves in
  points percentage points („1,7 Prozentpunkte weniger“, „um 0,4 Prozentpunkte auf 92,6
  Prozent“, "down 1.7 percentage points"; „weniger“ after the figure compares). Thresholds
  and delays are durations: „mit weniger als sechs Minuten Verspätung“, "less than six
  minutes late" and „mit weniger als drei Minuten Verspätung“ "under"; „mit sechs Minuten
  oder mehr Verspätung“ 6 minutes with no hedge (forty-eighth: „sechs Minuten oder mehr“);
  "more than 15 minutes late" "over"; „im Durchschnitt 17 Minuten zu spät“ (no hedge);
  "about 3.9 million minutes of delay" 3,900,000 minutes "about". New: "minutes of delay" is
  read as "delay minutes" (forty-eighth: "4.3 million delay minutes" minutes) - the same
  unit, written the other way round. New: „mit weniger als fünf Minuten und 30 Sekunden
  Verspätung“ gives 5 minutes "under" and 30 seconds with no hedge - the hedge stands on the
  first of two joined figures only (two-hundred-and-forty-fourth: "about 410 sheep and 17
  dogs"), and the span written in two units gives two durations (hundred-twenty-fifth: „zwei
  Stunden und 14 Minuten“). "the highest for that quarter" and "for a fourth quarter in a
  row" carry no fraction ("quarter" names a period, two-hundred-and-sixth); the latter is
  ordinal 4.
- Strikes, demands, offers and ballots (forty-eighth, hundredth, two-hundred-and-sixth,
  three-hundredth): a strike called with its length is a plan and check-worthy; lengths are
  durations („ein 48-stündiger Streik“ 48 hours - the brief names "48-stündiger Streik" -,
  „einen dreistündigen Warnstreik“ 3 hours, "a 48-hour strike", "for 72 hours", "on four
  days in April" 4 days - two-hundred-and-sixth: "on six days in March" -, "eight hours
  before it reaches passenger services" 8 hours - three-hundred-and-eighty-eighth: „Zwei
  Tage nach der Einigung“); "April 4, 11, 18 and 25" four dates (the month written once
  serves each day, two-hundred-and-sixth). Ordinals: „der dritte Arbeitskampf in dieser
  Tarifrunde und der erste seit ...“ 3 and 1, "its third walkout", "the RMT's third Tube
  strike in 12 months" 3 and 12 months, „Die vierte Verhandlungsrunde“ 4, „der erste
  Ausstand ... seit dem Herbst 2022“ 1 and the year, "the first strike at the operator in
  nearly two years" 1 and 2 years "nearly" (two-hundred-and-sixth: "the airline's first
  strike in nearly 40 years"). Demands and offers: „eine 35-Stunden-Woche“ and "a 35-hour
  week" 35 hours (two-hundred-and-sixth), „420 Euro mehr im Monat“ and "a raise of 420 euros
  a month" the amount only, „7,2 Prozent mehr Geld in drei Stufen bei einer Laufzeit von 30
  Monaten“ and "a 7.2% raise in three steps over 30 months" 7.2, 3 and 30 months, „4,6
  Prozent mehr Lohn ... bei 2,9 Prozent“, "a 3.6% rise for one year" 1 year
  (two-hundred-and-sixth: "a 3.4% rise for one year"). Ballots are percentages ("91% ... on
  a turnout of 64%", "88% ... on a turnout of 79%"). "an estimated 110 million euros a day"
  and "an estimated 230 million pounds" "about" ("a day" none).
- Tickets, fares and subsidies, money in the currency written (forty-eighth,
  hundred-twenty-fifth, two-hundred-and-sixty-first): „Aus dem 58-Euro-Ticket wird ein
  64-Euro-Ticket“ 58 and 64 EUR (the figure inside a compound name read as written, as „des
  9-Euro-Tickets“ 9 EUR in an earlier batch; the brief names "ein 58-Euro-Ticket"), "64 euros
  a month from July 1, up from 58 euros" ("a month" none), „sechs Euro oder gut zehn Prozent
  mehr im Monat“ 6 EUR and 10 percent "over", „im Mai 2023 für 49 Euro“, „je 1,6 Milliarden
  Euro pro Jahr“ and "each put 1.6 billion euros a year" („je“, "each" no hedge), „bei einem
  Preis über 60 Euro“ 60 EUR "over" (the issue's „über 3.000 Soldaten“), „1.290 Euro, um 7,4
  Prozent mehr“, „970 Euro“, „210 statt 195 Franken“ both CHF (the currency written once
  serves the earlier figure), „4'195 Franken“ with „Generalabonnement 2. Klasse“ ordinal 2
  (hundred-twenty-fifth), "£5,812 ..., £234 more", "£1.80", "30p to £8.80" 0.3 and 8.8 GBP
  (pence as hundredths, an earlier batch's "5p in the pound" 0.05), "about £45 million a
  year", "about £880". „Klimaticket Ö Classic“, „Halbtax“, „Jahresvignette“ and
  „Deutschlandticket“ carry none (forty-eighth, hundred-twenty-fifth). New: "The 16-25
  Railcard" carries none - a product named with figures, as "BahnCard 25"
  (hundred-twenty-fifth) and "Klimaticket Ö Classic" (forty-eighth), not an age range; the
  row keeps "a third off" 0.3333 (forty-eighth: "a third off most off-peak fares") and £38.
  Ages of passengers are durations in years: „unter 26 Jahren“ "under", „ab 65 Jahren“
  "at_least" (three-hundred-and-twelfth: „Ab 1,6 Promille“; hundred-eleventh: „ab 60
  Jahren“), "drivers under 25" "under", "Drivers aged 17 to 24" 17 and 24
  (three-hundred-and-twelfth).
- Closures and renewals (forty-eighth, hundred-twenty-fifth, two-hundred-and-sixty-first):
  „ab dem 6. Februar für gut fünf Monate“ the date and 5 months "over", "for just over five
  months from Feb. 6" 5 months "over" ("just over" "over", sixteenth and hundred-first),
  "A nine-day closure" 9 days, "for about 14 months" "about", „mindestens fünf Jahre lang“
  "at_least", „fünf Monate lang“, "over the next five years" ("over" before a span no
  hedge); lengths are counts („auf dem rund 100 Kilometer langen Abschnitt 190 Kilometer
  Gleis, 120 Weichen und 14 Bahnhöfe“, "About 190 km of track, 120 sets of points and 14
  stations ... the roughly 100-km stretch" - the hedge on the first figure only, and before
  the hyphenated compound on its figure, two-hundred-and-sixty-first: "The roughly 1,040-km
  line" -, "the 1.2-mile section", „Der rund sieben Kilometer lange Tunnel“ 7 "about",
  "45,000 feet of track"); „bis zu 40 Minuten länger“ and "adding up to 40 minutes" 40
  minutes "up_to" („länger“ compares), „täglich bis zu 150 Busse“ and "up to 150
  replacement buses a day" "up_to"; „Die Riedbahn ..., der erste generalsanierte Korridor,
  war 2024 ... gesperrt“ ordinal 1 and the year, "the fifth of more than 40 such overhauls"
  5 and 40 "over", „Die zweite S-Bahn-Stammstrecke“ and „eine zweite Röhre“ ordinal 2,
  „frühestens 2038“ the year with no hedge (three-hundred-and-twenty-fourth), „mindestens
  9,4 Milliarden Euro“ "at_least", "one of the two East River tunnels" 2 ("one of" none, a
  definite group counted as "the two hubs", forty-first). New: "a 160-year-old viaduct" is
  160 years - the age of a structure is read as a person's age, a duration in years (every
  batch: "a 71-year-old woman").
- Tolls and vignettes (hundred-seventy-eighth, two-hundred-and-sixty-first,
  three-hundred-and-twelfth): „rund 36 Cent pro Kilometer“ 0.36 EUR "about" (Cent as
  hundredths of a euro, „pro Kilometer“ none; two-hundred-and-sixty-first), „Die
  Zehn-Tages-Vignette“ 10 days, „13,10 Euro“, „105,20 Euro“, „14,6 Milliarden Euro“, „rund
  2,8 Milliarden Euro ..., knapp drei Viertel davon“, "by an average of 1.37%" (no hedge),
  "73.90 euros ..., up from 73.20 euros", "up to 2%" "up_to", "between 2031 and 2036" both
  years ("between" no hedge). New: „ein 40-Tonner“ is count 40 - the figure heading a
  hyphenated compound that names a lorry by its weight is counted as written, as "a
  1,200-hectare estate" (two-hundred-and-forty-fourth) and „einer 18-köpfigen Delegation“
  (three-hundred-and-eighty-eighth); „Lkw“, „CO2“ and the road names „A 3“, „A13“ and "M5"
  carry none (hundred-seventy-eighth, three-hundred-and-twelfth).
- Road deaths and traffic jams (hundred-seventy-eighth, two-hundred-and-sixty-first,
  three-hundred-and-twelfth): deaths, injuries and journeys are counts („2.718 Menschen,
  52 weniger“, „812 ..., 1.590 und ... 316“, „rund 361.000“, "A total of 1,587" - "A total
  of" no hedge -, "Some 27,400" "about", "an estimated 38,290" "about", "about 7,100",
  "About 19.5 million car journeys"); "1.16 deaths per 100 million vehicle miles traveled"
  1.16 and 100,000,000 (three-hundred-and-twelfth: the base of a casualty rate counted);
  „Gut jeder vierte Getötete war 75 Jahre oder älter“ 0.25 "over" and 75 years with no
  hedge. New: „75 Jahre oder älter“ carries no hedge - the bound stands after the figure, as
  „sechs Minuten oder mehr“ (forty-eighth) and "15 minutes or more" (hundred-twenty-fifth).
  Jams: „rund 531.000 Staus mit einer Gesamtlänge von gut 1,1 Millionen Kilometern“
  counts, „mit mehr als 7.800 Kilometern Stau“ "over", „auf bis zu 15 Kilometern“, „ein
  Stau von bis zu 16 Kilometern“ and "for up to 12 miles" "up_to", „mit 19 Kilometern“, "11
  mph" ("an average of just" no hedge), "up to 150 mph" "up_to"; hours lost are durations
  in hours („knapp 470.000 Staustunden“ "nearly" - two-hundred-and-sixty-first: „rund
  11'400 Staustunden“ -, „im Schnitt 58 Stunden“, "an average of 94 hours", "with 87
  hours, ... at 81 hours", "losing 102 hours each"; three-hundred-and-twelfth), „mit einem
  Zeitverlust von bis zu zweieinhalb Stunden“ 2.5 hours "up_to". „Staureichstes
  Bundesland“, „Der staureichste Tag“, "the worst hit", "the busiest day" and "the lowest
  share" carry none; „Auf Platz zwei ..., auf Platz drei“ ordinals 2 and 3 (twenty-fifth:
  „Platz eins“; an earlier batch: „auf Rang zwei“), "ranked second" 2
  (three-hundred-and-twelfth), "the third straight annual drop" 3.
- Passengers and other counts (forty-eighth, hundred-twenty-fifth, two-hundred-and-sixth):
  „gut 360.000 Menschen“ "over", „Rund 512 Millionen Fahrgäste“, „täglich 120 zusätzliche
  Züge“, „1,29 Millionen Fahrgäste“ („Täglich“ and „im Schnitt“ none), „rund 126 Millionen
  Reisende“, „auf gut 1,7 Milliarden“ "over", „bis zu 840.000 Fahrgäste“ "up_to", „rund
  1.300 Züge und etwa 200.000 Fahrgäste“, „rund 42.000 Beschäftigten“, „rund 8.500 Stellen“,
  „39.800 Fahrzeuge pro Tag ..., davon etwa 7.900 Lkw“ („pro Tag“ and „davon“ none), "about
  3.8 million journeys", "about 248 million journeys", "a record 35.3 million passengers"
  ("a record" none), "14.9 million trips", "1.61 billion rail journeys", "38 million
  passengers", "about 1 million", "940 cities in 37 countries", "all 14 train operators"
  ("all" no hedge), "two trains an hour" 2 ("an hour" none), "more than 100 stations", "about
  400 engineers", "up to 190 trains a day", "more than 300 engineering projects", "about
  1,100 miles of roadworks", "the roughly 1,100 building sites". New: "c2c" carries none - an
  operator named with a digit inside its name is an identifier, as "HS2" (eleventh) and
  "Stuttgart 21" (two-hundred-and-sixty-first).
- Fractions (the issue's "jeder vierte", "ein Drittel"; hundred-twenty-fifth,
  two-hundred-and-sixth, two-hundred-and-seventy-sixth, three-hundred-and-twelfth): „mehr
  als jeder dritte Fernzug“ 0.3333 "over", „etwa jeden fünften Zug“ 0.2 "about", „gut drei
  Viertel davon“ 0.75 "over", „Jeder vierte Nutzer“ 0.25, „knapp einem Drittel“ 0.3333
  "nearly", „Rund jede zwanzigste Verbindung“ 0.05 "about", „Gut jeder vierte“ 0.25 "over",
  „Rund die Hälfte“ 0.5 "about", „um ein Zehntel“ 0.1, „knapp drei Viertel davon“ 0.75
  "nearly"; "about four in five delays" 0.8 "about" ("X in Y" with more than one in the
  numerator the share X/Y, two-hundred-and-seventy-sixth: "about nine in ten"), "about one
  in five" 0.2 "about", "a third off" 0.3333, "Nearly two-thirds" 0.6667 "nearly", "More
  than a third" 0.3333 "over", "nearly a quarter" 0.25 "nearly", "about a fifth" 0.2
  "about".
- Durations, years and dates otherwise: „an 14 Tagen im Monat“ 14 days (hundredth: „an 23
  Tagen“; „im Monat“ none), „nach einer fünfstündigen Sitzung“ and "following five hours of
  talks" 5 hours (the issue's "fünfstündigen Treffen"), "in the three months to December" 3
  months and "in the 12 months to Sept. 30, its fiscal year" 12 months and the date
  (hundred-twenty-fifth: "in the four weeks to Nov. 15"), "the smallest rise for four
  years" and "the smallest annual increase in five years" the spans, "over the four-day
  weekend" 4 days, "during their first six months on the road" 1 and 6 months
  (three-hundred-and-twelfth), "by about 10 minutes". Years: „im Mai 2023“, „2024“, „Bis
  2036“, "by 2036", „bis 2030 um 40 Prozent gegenüber 2020“ both years, „seit Beginn der
  Statistik 1953“, „im Dezember 2023“, „seit dem Herbst 2022“, „bis Ende 2027“, „frühestens
  2038“, „eine Eröffnung 2026“, „im April 2017“, „2032“, „seit 1980“, „soll 2030“, „seit
  2019“, "by 2029", "since records began in 2014", "in 2024", "since 2019", "below
  2019 levels", "flooding in 2012", "since 2018". Dates: „Seit 1. Jänner“ --01-01, „zum 1.
  Juli“ and "from July 1" --07-01, „ab dem 6. Februar“ and "from Feb. 6" --02-06, „der 31.
  Juli“ --07-31, "from March 1" (twice) --03-01, "from Feb. 17", "on February 14"; Reuters
  English datelines with a day ("BERLIN, Jan 8", "FRANKFURT, Jan 12", "BERLIN, Jan 16",
  "BERLIN, Jan 20", "LONDON, Jan 27", "PARIS, Feb 1", "LONDON, Feb 3", "NEW YORK, March 3",
  "LONDON, March 10") dates without a year; dpa (also "dpa/lby"), dpa-AFX, Reuters German
  ("Berlin (Reuters) -"), APA, Keystone-SDA, PA ("LONDON (PA) -") and AP ("WASHINGTON (AP)
  —") datelines none (seventy-ninth). None: „im vergangenen Jahr“, „im Jahr davor“, „im
  Vorjahr“, „heuer“, „im laufenden Jahr“, „im kommenden Jahr“, „pro Jahr“, „im Monat“,
  „täglich“, „pro Tag“, „an Werktagen“, „an Reisewochenenden“, „am Gründonnerstag“, „seit
  Dezember“, „im November“, „ab Dezember“, „seit Januar vergangenen Jahres“, „zum
  Jahreswechsel“, „im Jahresschnitt“, clock times („um 18.00 Uhr“, „um 2.00 Uhr“, „Zwischen
  9.00 und 12.00 Uhr“, "at 6 p.m."), weekdays, "last year", "a year earlier", "the year
  before", "this year", "next year", "a year", "a month", "a day", "an hour", "from April",
  "in January", "from June", "at rush hour", "Good Friday afternoon".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "Some", "an estimated" "about"; „knapp“, "nearly", "Nearly" "nearly"; „mehr als“, „gut“,
  „Gut“, „über“ right before the figure, "more than", "More than", "just over" "over";
  „weniger als“, „unter“, "less than", "under" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, „ab“ before an age, "at least" "at_least". No hedge: „nur“, "Only", "Just",
  "only", "just" after "an average of", „im Schnitt“, „im Durchschnitt“, "an average of",
  „je“, "each", „derzeit“, „erneut“, „zusammengerechnet“, „davon“, „frühestens“, "A total
  of", "a record", "all", "between", „zwischen“, "over" before a span, and „weniger“,
  „länger“, „mehr“, „oder mehr“, „oder älter“, "more", "fewer", "longer", "up from" after
  or before a figure that they compare.
- Speakers, checked only in forms the earlier batches settled: „teilte der Konzern am
  Donnerstag mit“ -> "der Konzern" (the weekday dropped, hundred-fourteenth,
  hundred-twenty-fifth), „teilten die ÖBB am Mittwoch mit“ -> "die ÖBB"
  (two-hundred-and-sixth), „teilte das Statistische Bundesamt am Mittwoch mit“
  (three-hundred-and-twelfth), „wie der TCS mitteilte“ -> "der TCS" (hundred-twenty-fifth:
  "wie die SBB am Dienstag mitteilten"; three-hundred-and-twenty-fourth); „X sagte, ...“ and
  „sagte X“ with the title dropped („Mobilitätsminister Markus Leitenberger“,
  „Fernverkehrsvorständin Ines Wolterdingen“, „GDL-Chef Torsten Wiltfang“,
  „Personalvorständin Annika Brettmeyer“, „InfraGO-Vorstand Bernd Hasenkamp“,
  „ADAC-Verkehrsexpertin Tanja Ehrhorn“, „ÖBB-Chef Harald Tscherteu“, „SBB-Chef Reto
  Ammann-Frei“, „Bundesverkehrsminister Lutz Hagenbeck“, „vida-Verhandler Roman Zeilinger“,
  „BGL-Hauptgeschäftsführer Volker Stiebritz“, „Bahnchef Carsten Vollbehr“,
  „Asfinag-Vorständin Claudia Pernstich“; hundred-twenty-fifth, two-hundred-and-sixth), and
  with the place dropped („Sachsen-Anhalts Verkehrsministerin Dagmar Reinholdt“, „Bayerns
  Verkehrsministerin Christiane Wallerstorfer“; three-hundred-and-twelfth: „Münsters
  Oberbürgermeisterin Annegret Schollmeyer“). English: the name with the role dropped
  ("GDL leader Torsten Wiltfang said", "Rail minister Philippa Cranleigh said", "Infrastructure
  board member Bernd Hasenkamp said", "Roadlens chief economist Tomasz Wronek said", "RMT
  general secretary Linda Foyle said", "NHTSA Administrator Carmen Ruvalcaba said", "Aslef
  general secretary Dermot Kilbey said", "Amtrak chief executive Douglas Harwood said",
  "Roads minister Callum Pryor said"), "Board member Ines Wolterdingen told reporters"
  ("told reporters" names the speaker, two-hundred-and-fourth), the name in apposition
  ("TfL's deputy commissioner, Anita Varsani, said", "Amtrak's head of capital projects,
  Renata Oyebanji, said"; three-hundred-and-eighty-eighth: "Ukraine's chief negotiator,
  Hryhoriy Verbytskyi, told reporters"), "the Office of Rail and Road said", "the Department
  for Transport said" and "the RAC said" with the article (hundred-twenty-fifth,
  three-hundred-and-twelfth), "Network Rail said" at the end and "CrossCountry said ..."
  opening the row as written (hundred-twenty-fifth: "Network Rail said ...", "Ryanair said
  ..."). New: "Saxony-Anhalt's transport minister Dagmar Reinholdt told reporters" ->
  "Dagmar Reinholdt" - the possessive place before the office is dropped as in the German
  „Sachsen-Anhalts Verkehrsministerin“ (three-hundred-and-twelfth), unlike a national
  adjective, which stays unchecked (three-hundred-and-twenty-fourth). Left unchecked
  (None): all negatives, also those with a named speaker; „hieß es bei der GDL“, „hieß es
  beim Automobilclub“, „hieß es bei den ÖBB“ (hundred-twenty-fifth: "hieß es bei der söp"),
  „Nach Angaben aus dem Ministerium“ (three-hundred-and-eighty-eighth: „nach Angaben aus
  Moskau“), „nach Bahn-Angaben“ (three times) and „nach Branchenangaben“ (three-hundred-and-
  eighty-eighth: „nach Kreml-Angaben“), „nach Angaben des Konzerns“ (a masculine genitive,
  three-hundredth), „laut Verkehrsministerium“ and „laut einer Erhebung des Ministeriums“
  (hundred-twenty-fifth: "laut Ministerium"), „einer VDV-Umfrage zufolge“ and „In einer
  Forsa-Umfrage“ (polls), „teilte die Bahntochter DB InfraGO mit“ (a description before the
  name, fortieth), „beziffert der Konzern“ and „nannte der Club“ (no verbs of saying); "the
  state-owned railway said on Thursday", "traffic data firm Roadlens said", "business group
  London First said", "road safety charity Brake said" and "Traffic data firm Roadlens said"
  (a description heading the source, hundred-twenty-fifth, three-hundredth), "the transport
  ministry said" (bodies' "said", two-hundred-and-forty-fourth), "the mayor's office said"
  (a role, three-hundredth), "it said", "The RAC expects" (an estimating verb,
  hundred-tenth), "the report found", "the agency's estimate showed", "according to ..."
  (the railway, the IW economic institute, Network Rail, the VDV transport association,
  the association, the company, their association ASFA, consumer group UFC-Que Choisir,
  official figures, Department for Transport figures, an early estimate released by the
  National Highway Traffic Safety Administration, figures the railroad released, the
  company's performance reports, figures from the rail regulator; two-hundred-and-fourth),
  and "announced" ("the RMT union announced", "Transport for London announced", "the
  company announced", "the Aslef union announced"; hundred-twenty-fifth: "the Department
  for Transport announced"; three-hundredth: "the government announced").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_401 = [
    # --- Klimaticket wird teurer (APA), Freitag, 2. Jänner ---
    (
        "de",
        "Wien (APA) - Seit 1. Jänner kostet das Klimaticket Ö Classic 1.290 Euro, um 7,4 Prozent mehr als bisher.",
        True,
        [("date", "--01-01", None, None), ("money", 1290, "EUR", None), ("percent", 7.4, "%", None)],
        None,
    ),
    (
        "de",
        "Junge Menschen unter 26 Jahren und Senioren ab 65 Jahren zahlen künftig 970 Euro.",
        True,
        [("duration", 26, "year", "under"), ("duration", 65, "year", "at_least"), ("money", 970, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mobilitätsminister Markus Leitenberger sagte, der Bund schieße heuer rund 310 Millionen Euro zu, um den Preis für die Kundinnen und Kunden zu stützen.",
        True,
        [("money", 310000000, "EUR", "about")],
        "Markus Leitenberger",
    ),
    (
        "de",
        "„Das Klimaticket hat das Bahnfahren in diesem Land verändert, und darauf bin ich stolz“, sagte Leitenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben aus dem Ministerium besaßen zum Jahreswechsel gut 360.000 Menschen ein Klimaticket in einer der österreichweiten Varianten.",
        True,
        [("count", 360000, None, "over")],
        None,
    ),
    (
        "de",
        "Im Schnitt wird das Ticket laut einer Erhebung des Ministeriums an 14 Tagen im Monat genutzt.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Der Verkehrsclub Österreich (VCÖ) sprach von einer „Preiserhöhung, die genau die Falschen trifft“.",
        False,
        [],
        None,
    ),
    # --- Pünktlichkeitsbilanz der Bahn (dpa), Donnerstag, 8. Januar ---
    (
        "de",
        "Berlin (dpa) - Die Deutsche Bahn hat im vergangenen Jahr im Fernverkehr nur eine Pünktlichkeitsquote von 61,8 Prozent erreicht, 1,7 Prozentpunkte weniger als im Jahr davor.",
        True,
        [("percent", 61.8, "%", None), ("percent", 1.7, "pp", None)],
        None,
    ),
    (
        "de",
        "Damit erreichte mehr als jeder dritte Fernzug sein Ziel mit sechs Minuten oder mehr Verspätung, teilte der Konzern am Donnerstag mit.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 6, "minute", None)],
        "der Konzern",
    ),
    (
        "de",
        "Ausgefallene Züge fließen nicht in die Statistik ein, als pünktlich gilt ein Halt mit weniger als sechs Minuten Verspätung.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    ("de", "Im Regionalverkehr kamen 88,9 Prozent der Züge pünktlich an.", True, [("percent", 88.9, "%", None)], None),
    (
        "de",
        "Fernverkehrsvorständin Ines Wolterdingen sagte, rund 80 Prozent der Verspätungen gingen auf die marode und überlastete Infrastruktur zurück.",
        True,
        [("percent", 80, "%", "about")],
        "Ines Wolterdingen",
    ),
    (
        "de",
        "„Niemand bei der Bahn ist mit diesen Zahlen zufrieden, am wenigsten ich selbst“, sagte Wolterdingen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr peilt der Konzern eine Quote zwischen 63 und 66 Prozent an.",
        True,
        [("percent", 63, "%", None), ("percent", 66, "%", None)],
        None,
    ),
    (
        "de",
        "Verspätete Fernzüge kamen nach Bahn-Angaben im Durchschnitt 17 Minuten zu spät an.",
        True,
        [("duration", 17, "minute", None)],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn nannte die Bilanz „eine Zumutung für alle, die sich auf die Schiene verlassen müssen“.",
        False,
        [],
        None,
    ),
    # --- Deutsche Bahn punctuality (Reuters), Jan 8 ---
    (
        "en",
        "BERLIN, Jan 8 (Reuters) - Only 61.8% of Deutsche Bahn's long-distance trains ran on time last year, down 1.7 percentage points from the year before, the state-owned railway said on Thursday.",
        True,
        [("date", "--01-08", None, None), ("percent", 61.8, "%", None), ("percent", 1.7, "pp", None)],
        None,
    ),
    (
        "en",
        "The company counts a train as punctual if it arrives less than six minutes late, and cancelled services are left out of the figures.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    (
        "en",
        "Board member Ines Wolterdingen told reporters that about four in five delays were caused by the ageing network and the roughly 1,100 building sites on it.",
        True,
        [("fraction", 0.8, None, "about"), ("count", 1100, None, "about")],
        "Ines Wolterdingen",
    ),
    (
        "en",
        '"Nobody at Deutsche Bahn is satisfied with these numbers, least of all me," Wolterdingen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The railway is aiming for a rate of between 63% and 66% this year and at least 70% by 2029.",
        True,
        [
            ("percent", 63, "%", None),
            ("percent", 66, "%", None),
            ("percent", 70, "%", "at_least"),
            ("year", 2029, None, None),
        ],
        None,
    ),
    ("en", "Punctuality on regional services was 88.9%, it said.", True, [("percent", 88.9, "%", None)], None),
    (
        "en",
        "The railway carried about 126 million long-distance passengers last year, nearly 3% fewer than a year earlier.",
        True,
        [("count", 126000000, None, "about"), ("percent", 3, "%", "nearly")],
        None,
    ),
    # --- GDL ruft zum Streik (dpa), Montag, 12. Januar ---
    (
        "de",
        "Frankfurt/Main (dpa) - Auf Bahnreisende in Deutschland kommt ab Mittwoch ein 48-stündiger Streik der Lokführergewerkschaft GDL zu.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Ausstand beginne im Güterverkehr bereits am Dienstag um 18.00 Uhr und im Personenverkehr in der Nacht zum Mittwoch um 2.00 Uhr, hieß es bei der GDL.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist der dritte Arbeitskampf in dieser Tarifrunde und der erste seit der gescheiterten Schlichtung im Dezember.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "GDL-Chef Torsten Wiltfang sagte, die Gewerkschaft verlange für Schichtarbeiter eine 35-Stunden-Woche bei vollem Lohnausgleich sowie 420 Euro mehr im Monat.",
        True,
        [("duration", 35, "hour", None), ("money", 420, "EUR", None)],
        "Torsten Wiltfang",
    ),
    (
        "de",
        "„Die Bahn hat uns monatelang hingehalten, jetzt bekommt sie die Quittung“, sagte Wiltfang.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Personalvorständin Annika Brettmeyer sagte, der Konzern biete 7,2 Prozent mehr Geld in drei Stufen bei einer Laufzeit von 30 Monaten.",
        True,
        [("percent", 7.2, "%", None), ("count", 3, None, None), ("duration", 30, "month", None)],
        "Annika Brettmeyer",
    ),
    ("de", "Die Bahn nannte den Streik „maßlos und durch nichts zu rechtfertigen“.", False, [], None),
    (
        "de",
        "Im Fernverkehr will der Konzern mit einem Notfahrplan etwa jeden fünften Zug fahren lassen.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Beim vorigen Ausstand im November waren nach Bahn-Angaben rund 80 Prozent der Fernzüge ausgefallen.",
        True,
        [("percent", 80, "%", "about")],
        None,
    ),
    # --- GDL strike called (Reuters), Jan 12 ---
    (
        "en",
        "FRANKFURT, Jan 12 (Reuters) - Germany's GDL train drivers' union called a 48-hour strike at Deutsche Bahn from Wednesday, its third walkout in the current pay dispute.",
        True,
        [("date", "--01-12", None, None), ("duration", 48, "hour", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The strike will begin in freight at 6 p.m. on Tuesday, eight hours before it reaches passenger services.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    (
        "en",
        "The union wants a 35-hour week for shift workers with no loss of pay, plus a raise of 420 euros a month, GDL leader Torsten Wiltfang said.",
        True,
        [("duration", 35, "hour", None), ("money", 420, "EUR", None)],
        "Torsten Wiltfang",
    ),
    ("en", 'Wiltfang accused management of "playing for time at the expense of every passenger."', False, [], None),
    (
        "en",
        "Deutsche Bahn has offered a 7.2% raise in three steps over 30 months.",
        True,
        [("percent", 7.2, "%", None), ("count", 3, None, None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "en",
        "An emergency timetable will keep about one in five long-distance trains running, according to the railway.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The last GDL strike, in November, cost the German economy an estimated 110 million euros a day, according to the IW economic institute.",
        True,
        [("money", 110000000, "EUR", "about")],
        None,
    ),
    ("en", "It was unclear whether talks would resume before the weekend.", False, [], None),
    # --- Britain's rail punctuality (PA), Jan 15 ---
    (
        "en",
        "LONDON (PA) - Just 66.3% of Britain's trains were on time in the three months to December, the Office of Rail and Road said.",
        True,
        [("percent", 66.3, "%", None), ("duration", 3, "month", None)],
        "the Office of Rail and Road",
    ),
    (
        "en",
        "Under the regulator's measure, a train counts as on time only if it reaches every station within a minute of the timetable.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The cancellation score rose to 4.1%, the highest for that quarter since records began in 2014.",
        True,
        [("percent", 4.1, "%", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Track, signal and power failures caused about 3.9 million minutes of delay over the period, according to Network Rail.",
        True,
        [("duration", 3900000, "minute", "about")],
        None,
    ),
    (
        "en",
        "Rail minister Philippa Cranleigh said the government would publish league tables for all 14 train operators from April.",
        True,
        [("count", 14, None, None)],
        "Philippa Cranleigh",
    ),
    (
        "en",
        'Cranleigh called the figures "nowhere near good enough for people who pay some of the highest fares in Europe."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Avanti West Coast again had the lowest share of trains on time, at 38.9%.",
        True,
        [("percent", 38.9, "%", None)],
        None,
    ),
    (
        "en",
        "c2c had the best record for a fourth quarter in a row, with 91.2% of its trains on time.",
        True,
        [("ordinal", 4, None, None), ("percent", 91.2, "%", None)],
        None,
    ),
    (
        "en",
        "A spokeswoman for watchdog Transport Focus said passengers had simply run out of patience.",
        False,
        [],
        None,
    ),
    # --- Deutschlandticket wird teurer (dpa), Freitag, 16. Januar ---
    (
        "de",
        "Berlin (dpa) - Aus dem 58-Euro-Ticket wird ein 64-Euro-Ticket: Die Verkehrsminister der Länder haben nach einer fünfstündigen Sitzung eine Preiserhöhung für das Deutschlandticket zum 1. Juli beschlossen.",
        True,
        [
            ("money", 58, "EUR", None),
            ("money", 64, "EUR", None),
            ("duration", 5, "hour", None),
            ("date", "--07-01", None, None),
        ],
        None,
    ),
    (
        "de",
        "Für Abonnentinnen und Abonnenten bedeutet das sechs Euro oder gut zehn Prozent mehr im Monat.",
        True,
        [("money", 6, "EUR", None), ("percent", 10, "%", "over")],
        None,
    ),
    (
        "de",
        "Eingeführt worden war das Ticket im Mai 2023 für 49 Euro, seit Januar vergangenen Jahres kostet es 58 Euro.",
        True,
        [("year", 2023, None, None), ("money", 49, "EUR", None), ("money", 58, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sachsen-Anhalts Verkehrsministerin Dagmar Reinholdt sagte, ohne die Erhöhung fehlten den Verkehrsverbünden im kommenden Jahr rund 900 Millionen Euro.",
        True,
        [("money", 900000000, "EUR", "about")],
        "Dagmar Reinholdt",
    ),
    ("de", "„Das Ticket ist ein Erfolgsmodell, aber auch Erfolg hat seinen Preis“, sagte Reinholdt.", False, [], None),
    (
        "de",
        "Bund und Länder schießen derzeit je 1,6 Milliarden Euro pro Jahr zu, um die Einnahmeausfälle der Verkehrsunternehmen auszugleichen.",
        True,
        [("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Ticket nutzen nach Branchenangaben derzeit rund 12,7 Millionen Menschen.",
        True,
        [("count", 12700000, None, "about")],
        None,
    ),
    (
        "de",
        "Jeder vierte Nutzer ist einer VDV-Umfrage zufolge vorher kaum mit Bus und Bahn gefahren.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "In einer Forsa-Umfrage hatten 41 Prozent der Abonnenten angegeben, sie würden das Ticket bei einem Preis über 60 Euro kündigen.",
        True,
        [("percent", 41, "%", None), ("money", 60, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn sprach von einem „schleichenden Abschied vom bezahlbaren Nahverkehr“.",
        False,
        [],
        None,
    ),
    # --- Germany's transport pass (Reuters), Jan 16 ---
    (
        "en",
        "BERLIN, Jan 16 (Reuters) - Germany's nationwide public transport pass will cost 64 euros a month from July 1, up from 58 euros, after state transport ministers agreed the rise following five hours of talks.",
        True,
        [
            ("date", "--01-16", None, None),
            ("money", 64, "EUR", None),
            ("date", "--07-01", None, None),
            ("money", 58, "EUR", None),
            ("duration", 5, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "The Deutschlandticket, launched in May 2023 at 49 euros, is used by about 12.7 million people, according to the VDV transport association.",
        True,
        [("year", 2023, None, None), ("money", 49, "EUR", None), ("count", 12700000, None, "about")],
        None,
    ),
    (
        "en",
        "Subscriber numbers have risen by about 1 million since the price was last raised, according to the association.",
        True,
        [("count", 1000000, None, "about")],
        None,
    ),
    (
        "en",
        "The federal government and the states each put 1.6 billion euros a year towards covering lost fare revenue.",
        True,
        [("money", 1600000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Saxony-Anhalt's transport minister Dagmar Reinholdt told reporters that without the increase transport authorities would face a gap of about 900 million euros next year.",
        True,
        [("money", 900000000, "EUR", "about")],
        "Dagmar Reinholdt",
    ),
    ("en", 'Environmental groups called the rise "a step backwards for climate policy."', False, [], None),
    ("en", "Whether the price will hold beyond next year remains unclear.", False, [], None),
    # --- Generalsanierung Nürnberg-Regensburg (dpa/lby), Dienstag, 20. Januar ---
    (
        "de",
        "Regensburg (dpa/lby) - Die Bahnstrecke zwischen Nürnberg und Regensburg wird ab dem 6. Februar für gut fünf Monate voll gesperrt.",
        True,
        [("date", "--02-06", None, None), ("duration", 5, "month", "over")],
        None,
    ),
    (
        "de",
        "Im Zuge der Generalsanierung werden auf dem rund 100 Kilometer langen Abschnitt 190 Kilometer Gleis, 120 Weichen und 14 Bahnhöfe erneuert, teilte die Bahntochter DB InfraGO mit.",
        True,
        [
            ("count", 100, None, "about"),
            ("count", 190, None, None),
            ("count", 120, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Kosten beziffert der Konzern auf rund 1,3 Milliarden Euro, gut drei Viertel davon trägt der Bund.",
        True,
        [("money", 1300000000, "EUR", "about"), ("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Fernzüge werden über Ingolstadt umgeleitet und brauchen nach Bahn-Angaben bis zu 40 Minuten länger.",
        True,
        [("duration", 40, "minute", "up_to")],
        None,
    ),
    ("de", "Im Ersatzverkehr sind täglich bis zu 150 Busse im Einsatz.", True, [("count", 150, None, "up_to")], None),
    (
        "de",
        "InfraGO-Vorstand Bernd Hasenkamp sagte, danach solle der Abschnitt mindestens fünf Jahre lang ohne größere Baustellen auskommen.",
        True,
        [("duration", 5, "year", "at_least")],
        "Bernd Hasenkamp",
    ),
    (
        "de",
        "„Wir operieren am offenen Herzen des Netzes, und das spüren die Fahrgäste“, sagte Hasenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Riedbahn zwischen Frankfurt und Mannheim, der erste generalsanierte Korridor, war 2024 fünf Monate lang gesperrt.",
        True,
        [("ordinal", 1, None, None), ("year", 2024, None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "de",
        "Bis 2036 sollen bundesweit gut 40 besonders belastete Korridore auf diese Weise saniert werden.",
        True,
        [("year", 2036, None, None), ("count", 40, None, "over")],
        None,
    ),
    ("de", "Pendler in der Oberpfalz fürchten einen Sommer voller Staus auf den Bundesstraßen.", False, [], None),
    # --- Nuremberg line closure (Reuters), Jan 20 ---
    (
        "en",
        "BERLIN, Jan 20 (Reuters) - Deutsche Bahn will shut its main line between Nuremberg and Regensburg for just over five months from Feb. 6 as part of a programme to overhaul its most congested routes.",
        True,
        [("date", "--01-20", None, None), ("duration", 5, "month", "over"), ("date", "--02-06", None, None)],
        None,
    ),
    (
        "en",
        "The closure is the fifth of more than 40 such overhauls planned by 2036, each costing up to 2 billion euros, according to the company.",
        True,
        [
            ("ordinal", 5, None, None),
            ("count", 40, None, "over"),
            ("year", 2036, None, None),
            ("money", 2000000000, "EUR", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "About 190 km of track, 120 sets of points and 14 stations will be renewed along the roughly 100-km stretch.",
        True,
        [
            ("count", 190, None, "about"),
            ("count", 120, None, None),
            ("count", 14, None, None),
            ("count", 100, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Long-distance trains will be diverted via Ingolstadt, adding up to 40 minutes to journeys, while up to 150 replacement buses a day serve local stations.",
        True,
        [("duration", 40, "minute", "up_to"), ("count", 150, None, "up_to")],
        None,
    ),
    (
        "en",
        "Infrastructure board member Bernd Hasenkamp said the first such overhaul, on the Frankfurt-Mannheim line in 2024, had cut faults there by about 60%.",
        True,
        [("ordinal", 1, None, None), ("year", 2024, None, None), ("percent", 60, "%", "about")],
        "Bernd Hasenkamp",
    ),
    (
        "en",
        'Business groups in eastern Bavaria warned of a "summer of chaos" for commuters and freight.',
        False,
        [],
        None,
    ),
    # --- Congestion scorecard (Reuters), Jan 27 ---
    (
        "en",
        "LONDON, Jan 27 (Reuters) - London motorists spent an average of 94 hours stuck in traffic last year, more than in any other European city, traffic data firm Roadlens said on Tuesday.",
        True,
        [("date", "--01-27", None, None), ("duration", 94, "hour", None)],
        None,
    ),
    (
        "en",
        "Paris ranked second with 87 hours, ahead of Dublin at 81 hours.",
        True,
        [("ordinal", 2, None, None), ("duration", 87, "hour", None), ("duration", 81, "hour", None)],
        None,
    ),
    (
        "en",
        "The firm's scorecard covered 940 cities in 37 countries.",
        True,
        [("count", 940, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "Roadlens chief economist Tomasz Wronek said the delays had cost the average London driver about £880 in lost time.",
        True,
        [("money", 880, "GBP", "about")],
        "Tomasz Wronek",
    ),
    (
        "en",
        '"Building more roads has never cured congestion anywhere, and it will not cure it here," Wronek said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In central London, morning rush-hour traffic moved at an average of just 11 mph, the report found.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "In the United States, Chicago drivers were the worst hit, losing 102 hours each.",
        True,
        [("duration", 102, "hour", None)],
        None,
    ),
    (
        "en",
        "Motoring groups blamed roadworks and low-traffic schemes, while cycling campaigners blamed the sheer number of cars.",
        False,
        [],
        None,
    ),
    # --- ADAC-Staubilanz (dpa), Donnerstag, 29. Januar ---
    (
        "de",
        "München (dpa) - Autofahrer in Deutschland standen im vergangenen Jahr so lange im Stau wie nie zuvor: Der ADAC zählte rund 531.000 Staus mit einer Gesamtlänge von gut 1,1 Millionen Kilometern.",
        True,
        [("count", 531000, None, "about"), ("count", 1100000, None, "over")],
        None,
    ),
    (
        "de",
        "Zusammengerechnet ergab das knapp 470.000 Staustunden, hieß es beim Automobilclub.",
        True,
        [("duration", 470000, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Staureichstes Bundesland war erneut Nordrhein-Westfalen mit knapp einem Drittel aller Staukilometer.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Auf Platz zwei folgte Bayern, auf Platz drei Baden-Württemberg.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Als wichtigste Ursache nannte der Club die rund 1.200 Autobahnbaustellen, die im Jahresschnitt gleichzeitig eingerichtet waren.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "Der staureichste Tag war der 31. Juli mit mehr als 7.800 Kilometern Stau zum Beginn der Sommerferien in mehreren Ländern.",
        True,
        [("date", "--07-31", None, None), ("count", 7800, None, "over")],
        None,
    ),
    (
        "de",
        "ADAC-Verkehrsexpertin Tanja Ehrhorn sagte, Pendler auf der A 3 zwischen Köln und Frankfurt hätten im Schnitt 58 Stunden im Stau verloren.",
        True,
        [("duration", 58, "hour", None)],
        "Tanja Ehrhorn",
    ),
    ("de", "„Das Autobahnnetz ist an vielen Stellen schlicht am Limit“, sagte Ehrhorn.", False, [], None),
    (
        "de",
        "Eine Entspannung ist nach Einschätzung der Verkehrsexperten des Clubs auch im laufenden Jahr nicht in Sicht.",
        False,
        [],
        None,
    ),
    # --- French motorway tolls (Reuters), Feb 1 ---
    (
        "en",
        "PARIS, Feb 1 (Reuters) - Tolls on France's privately run motorways rose by an average of 1.37% on Sunday, the smallest annual increase in five years, the transport ministry said.",
        True,
        [("date", "--02-01", None, None), ("percent", 1.37, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "A car journey from Paris to Marseille now costs 73.90 euros in tolls, up from 73.20 euros.",
        True,
        [("money", 73.9, "EUR", None), ("money", 73.2, "EUR", None)],
        None,
    ),
    (
        "en",
        "Operators had sought increases of up to 2%, citing inflation and investment needs, according to their association ASFA.",
        True,
        [("percent", 2, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Average tolls have risen by about 17% since 2019, according to consumer group UFC-Que Choisir.",
        True,
        [("percent", 17, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The concessions for the main networks expire between 2031 and 2036.",
        True,
        [("year", 2031, None, None), ("year", 2036, None, None)],
        None,
    ),
    ("en", 'UFC-Que Choisir called the system "a tax that dares not speak its name."', False, [], None),
    # --- Tube strike called (Reuters), Feb 3 ---
    (
        "en",
        "LONDON, Feb 3 (Reuters) - Drivers on the London Underground will walk out for 72 hours from Feb. 17 in a row over pay and rosters, the RMT union announced on Tuesday.",
        True,
        [("date", "--02-03", None, None), ("duration", 72, "hour", None), ("date", "--02-17", None, None)],
        None,
    ),
    (
        "en",
        "RMT general secretary Linda Foyle said 91% of members who voted had backed the strike, on a turnout of 64%.",
        True,
        [("percent", 91, "%", None), ("percent", 64, "%", None)],
        "Linda Foyle",
    ),
    ("en", '"Our members are tired of being treated as an afterthought," Foyle said.', False, [], None),
    (
        "en",
        "It would be the RMT's third Tube strike in 12 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "The Tube handles about 3.8 million journeys on a typical weekday, and most lines are expected to close during the walkout.",
        True,
        [("count", 3800000, None, "about")],
        None,
    ),
    (
        "en",
        "TfL has offered drivers a 3.6% rise for one year, backdated to April.",
        True,
        [("percent", 3.6, "%", None), ("duration", 1, "year", None)],
        None,
    ),
    (
        "en",
        "The last Tube-wide strike, in September, cost the capital's economy an estimated 230 million pounds, business group London First said.",
        True,
        [("money", 230000000, "GBP", "about")],
        None,
    ),
    ("en", "Commuters were urged to work from home where they could.", False, [], None),
    # --- ÖBB-Bilanz (APA), Mittwoch, 4. Februar ---
    (
        "de",
        "Wien (APA) - Rund 512 Millionen Fahrgäste und damit so viele wie nie sind im Vorjahr mit den ÖBB gefahren.",
        True,
        [("count", 512000000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Personenverkehr waren 95,1 Prozent der Züge pünktlich, im Fernverkehr 86,3 Prozent, teilten die ÖBB am Mittwoch mit.",
        True,
        [("percent", 95.1, "%", None), ("percent", 86.3, "%", None)],
        "die ÖBB",
    ),
    (
        "de",
        "Als pünktlich gilt in Österreich ein Zug mit weniger als fünf Minuten und 30 Sekunden Verspätung.",
        True,
        [("duration", 5, "minute", "under"), ("duration", 30, "second", None)],
        None,
    ),
    (
        "de",
        "ÖBB-Chef Harald Tscherteu sagte, der Konzern investiere heuer 3,9 Milliarden Euro in die Schieneninfrastruktur.",
        True,
        [("money", 3900000000, "EUR", None)],
        "Harald Tscherteu",
    ),
    ("de", "„Wer heute in Österreich in den Zug steigt, fährt in die Zukunft“, sagte Tscherteu.", False, [], None),
    (
        "de",
        "Mit dem neuen Fahrplan verkehren seit Dezember täglich 120 zusätzliche Züge, vor allem zwischen Wien, Graz und Klagenfurt.",
        True,
        [("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Die Güterverkehrstochter Rail Cargo Group schrieb erneut rote Zahlen, der Verlust lag bei 87 Millionen Euro.",
        True,
        [("money", 87000000, "EUR", None)],
        None,
    ),
    ("de", "Der VCÖ bezeichnete die Bilanz als „erfreulich, aber kein Grund, sich zurückzulehnen“.", False, [], None),
    # --- Rail fares in England (PA), Feb 5 ---
    (
        "en",
        "LONDON (PA) - Train tickets with government-capped prices in England are to go up by 4.2% from March 1, the smallest rise for four years, the Department for Transport said.",
        True,
        [("percent", 4.2, "%", None), ("date", "--03-01", None, None), ("duration", 4, "year", None)],
        "the Department for Transport",
    ),
    (
        "en",
        "About 45% of all fares, among them most season tickets and off-peak returns, are subject to the cap.",
        True,
        [("percent", 45, "%", "about")],
        None,
    ),
    (
        "en",
        "Commuters from Brighton will pay £5,812 for a year's season ticket to London, £234 more than now.",
        True,
        [("money", 5812, "GBP", None), ("money", 234, "GBP", None)],
        None,
    ),
    (
        "en",
        "The 16-25 Railcard, which gives a third off most fares, will stay at £38 a year.",
        True,
        [("fraction", 0.3333, None, None), ("money", 38, "GBP", None)],
        None,
    ),
    (
        "en",
        "Passengers made 1.61 billion rail journeys in Great Britain in the year to March, according to official figures.",
        True,
        [("count", 1610000000, None, None)],
        None,
    ),
    ("en", 'The RMT union called the rise "yet another raid on the pockets of commuters."', False, [], None),
    ("en", "Commuter groups fear many passengers will simply go back to their cars.", False, [], None),
    # --- West Coast Main Line closure (PA), Feb 10 ---
    (
        "en",
        "LONDON (PA) - A nine-day closure of the West Coast Main Line between Warrington and Crewe begins on February 14 so that engineers can replace the deck of a 160-year-old viaduct.",
        True,
        [("duration", 9, "day", None), ("date", "--02-14", None, None), ("duration", 160, "year", None)],
        None,
    ),
    (
        "en",
        "About 400 engineers will work around the clock on the 1.2-mile section, Network Rail said.",
        True,
        [("count", 400, None, "about"), ("count", 1.2, None, None)],
        "Network Rail",
    ),
    (
        "en",
        "The viaduct carries up to 190 trains a day, including freight services to Scotland.",
        True,
        [("count", 190, None, "up_to")],
        None,
    ),
    (
        "en",
        "Avanti West Coast will run two trains an hour between London Euston and the north-west, with journeys taking up to 50 minutes longer.",
        True,
        [("count", 2, None, None), ("duration", 50, "minute", "up_to")],
        None,
    ),
    (
        "en",
        "The work is part of a £1.1 billion programme to renew bridges and track on the route over the next five years.",
        True,
        [("money", 1100000000, "GBP", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"We are asking a lot of passengers, and we do not take that lightly," route director Hannah Brockenhurst said.',
        False,
        [],
        None,
    ),
    # --- SBB-Jahresbilanz (Keystone-SDA), Mittwoch, 11. Februar ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Kundenpünktlichkeit der SBB ist im vergangenen Jahr um 0,4 Prozentpunkte auf 92,6 Prozent gestiegen.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 92.6, "%", None)],
        None,
    ),
    (
        "de",
        "Als pünktlich gilt bei den SBB, wer mit weniger als drei Minuten Verspätung am Ziel ankommt.",
        True,
        [("duration", 3, "minute", "under")],
        None,
    ),
    (
        "de",
        "Täglich waren im Schnitt 1,29 Millionen Fahrgäste mit den SBB unterwegs.",
        True,
        [("count", 1290000, None, None)],
        None,
    ),
    (
        "de",
        "SBB-Chef Reto Ammann-Frei sagte, das Halbtax koste ab Dezember 210 statt 195 Franken.",
        True,
        [("money", 210, "CHF", None), ("money", 195, "CHF", None)],
        "Reto Ammann-Frei",
    ),
    (
        "de",
        "«Auf die Bahn muss man sich jeden Tag verlassen können, nicht nur an guten Tagen», sagte Ammann-Frei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Generalabonnement 2. Klasse kostet künftig 4'195 Franken.",
        True,
        [("ordinal", 2, None, None), ("money", 4195, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund jede zwanzigste Verbindung fiel wegen Bauarbeiten ganz oder teilweise aus.",
        True,
        [("fraction", 0.05, None, "about")],
        None,
    ),
    ("de", "Der Preisüberwacher kritisierte die Erhöhung als «nicht nachvollziehbar».", False, [], None),
    # --- Verkehrstote in Deutschland (dpa), Mittwoch, 18. Februar ---
    (
        "de",
        "Wiesbaden (dpa) - Im vergangenen Jahr sind in Deutschland 2.718 Menschen bei Verkehrsunfällen gestorben, 52 weniger als im Jahr davor.",
        True,
        [("count", 2718, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Das war die niedrigste Zahl seit Beginn der Statistik 1953, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("year", 1953, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Innerorts starben 812 Menschen, auf Landstraßen 1.590 und auf Autobahnen 316.",
        True,
        [("count", 812, None, None), ("count", 1590, None, None), ("count", 316, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Verletzten sank um 1,9 Prozent auf rund 361.000.",
        True,
        [("percent", 1.9, "%", None), ("count", 361000, None, "about")],
        None,
    ),
    (
        "de",
        "Gut jeder vierte Getötete war 75 Jahre oder älter.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 75, "year", None)],
        None,
    ),
    (
        "de",
        "Deutlich mehr Tote gab es unter Pedelec-Fahrern: Ihre Zahl stieg um 14 Prozent auf 212.",
        True,
        [("percent", 14, "%", None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Bundesverkehrsminister Lutz Hagenbeck sagte, die Regierung halte am Ziel fest, die Zahl der Verkehrstoten bis 2030 um 40 Prozent gegenüber 2020 zu senken.",
        True,
        [("year", 2030, None, None), ("percent", 40, "%", None), ("year", 2020, None, None)],
        "Lutz Hagenbeck",
    ),
    ("de", "„An diese Zahlen dürfen wir uns niemals gewöhnen“, sagte Hagenbeck.", False, [], None),
    ("de", "Der Auto Club Europa hält ein generelles Tempolimit auf Autobahnen für überfällig.", False, [], None),
    # --- London fares (PA), Feb 19 ---
    (
        "en",
        "LONDON (PA) - Pay-as-you-go fares on the London Underground are going up by an average of 3.9% from March 1, while bus fares will be frozen for a third year running, Transport for London announced.",
        True,
        [("percent", 3.9, "%", None), ("date", "--03-01", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "A single bus journey will stay at £1.80, and the daily cap for Tube travel in central London will go up by 30p to £8.80.",
        True,
        [("money", 1.8, "GBP", None), ("money", 0.3, "GBP", None), ("money", 8.8, "GBP", None)],
        None,
    ),
    (
        "en",
        "TfL's deputy commissioner, Anita Varsani, said passenger journeys were still about 8% below 2019 levels.",
        True,
        [("percent", 8, "%", "about"), ("year", 2019, None, None)],
        "Anita Varsani",
    ),
    ("en", '"We want every Londoner to be able to afford the bus," Varsani said.', False, [], None),
    (
        "en",
        "The bus fare freeze will cost about £45 million a year, the mayor's office said.",
        True,
        [("money", 45000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Nearly two-thirds of Tube journeys are now paid for with contactless cards or phones.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "The Elizabeth line carried about 248 million journeys last year.",
        True,
        [("count", 248000000, None, "about")],
        None,
    ),
    (
        "en",
        'Opposition members of the London Assembly called the rise "a stealth tax on people who have no choice but to commute."',
        False,
        [],
        None,
    ),
    # --- Warnstreik bei den ÖBB (APA), Dienstag, 24. Februar ---
    (
        "de",
        "Wien (APA) - Die Eisenbahnergewerkschaft vida hat für Montag einen dreistündigen Warnstreik bei den ÖBB und mehreren Privatbahnen angekündigt.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "de",
        "Zwischen 9.00 und 12.00 Uhr werde der Zugverkehr in ganz Österreich stillstehen, sagte vida-Verhandler Roman Zeilinger.",
        True,
        [],
        "Roman Zeilinger",
    ),
    (
        "de",
        "vida verlangt 4,6 Prozent mehr Lohn, das bisherige Angebot der Arbeitgeber liegt bei 2,9 Prozent.",
        True,
        [("percent", 4.6, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die vierte Verhandlungsrunde für die rund 42.000 Beschäftigten war am Freitag ergebnislos zu Ende gegangen.",
        True,
        [("ordinal", 4, None, None), ("count", 42000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen sind rund 1.300 Züge und etwa 200.000 Fahrgäste, hieß es bei den ÖBB.",
        True,
        [("count", 1300, None, "about"), ("count", 200000, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist der erste Ausstand im österreichischen Bahnverkehr seit dem Herbst 2022.",
        True,
        [("ordinal", 1, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Warnstreik mitten in laufenden Verhandlungen ist schlicht verantwortungslos“, sagte ein ÖBB-Sprecher.",
        False,
        [],
        None,
    ),
    ("de", "Ob nach Montag weitere Streiks folgen, ließ Zeilinger offen.", False, [], None),
    # --- Lkw-Maut (Reuters), Donnerstag, 26. Februar ---
    (
        "de",
        "Berlin (Reuters) - Die Lkw-Maut hat dem Bund im vergangenen Jahr 14,6 Milliarden Euro eingebracht, gut 3 Prozent mehr als im Jahr zuvor.",
        True,
        [("money", 14600000000, "EUR", None), ("percent", 3, "%", "over")],
        None,
    ),
    (
        "de",
        "Seit der Einführung des CO2-Aufschlags im Dezember 2023 zahlt ein 40-Tonner mit Dieselmotor auf Autobahnen im Schnitt rund 36 Cent pro Kilometer.",
        True,
        [("year", 2023, None, None), ("count", 40, None, None), ("money", 0.36, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Rund die Hälfte der Einnahmen fließt laut Verkehrsministerium in Bau und Erhalt der Bundesfernstraßen, der Rest vor allem in die Schiene.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "de",
        "BGL-Hauptgeschäftsführer Volker Stiebritz sagte, viele kleine Speditionen hätten Mehrkosten von bis zu 25.000 Euro pro Lkw und Jahr nicht an ihre Kunden weitergeben können.",
        True,
        [("money", 25000, "EUR", "up_to")],
        "Volker Stiebritz",
    ),
    ("de", "„Die Maut ist längst zur Melkkuh des Bundeshaushalts geworden“, sagte Stiebritz.", False, [], None),
    ("de", "Ob die Mautsätze im kommenden Jahr erneut steigen, ist offen.", False, [], None),
    # --- East River tunnel closure (Reuters), March 3 ---
    (
        "en",
        "NEW YORK, March 3 (Reuters) - Amtrak will close one of the two East River tunnels under Manhattan for about 14 months from June to repair damage left by flooding in 2012, the company announced on Tuesday.",
        True,
        [
            ("date", "--03-03", None, None),
            ("count", 2, None, None),
            ("duration", 14, "month", "about"),
            ("year", 2012, None, None),
        ],
        None,
    ),
    (
        "en",
        "During the closure, the Long Island Rail Road will run about 10% fewer trains into Penn Station at rush hour.",
        True,
        [("percent", 10, "%", "about")],
        None,
    ),
    (
        "en",
        "The work is expected to cost $1.41 billion, with the federal government covering about 80%.",
        True,
        [("money", 1410000000, "USD", None), ("percent", 80, "%", "about")],
        None,
    ),
    (
        "en",
        "Amtrak's head of capital projects, Renata Oyebanji, said crews would replace 45,000 feet of track along with signal and power cables.",
        True,
        [("count", 45000, None, None)],
        "Renata Oyebanji",
    ),
    (
        "en",
        '"This is the kind of work nobody sees, but it keeps the whole region moving," Oyebanji said.',
        False,
        [],
        None,
    ),
    ("en", "Commuters on Long Island are bracing for a long summer of crowded platforms.", False, [], None),
    # --- U.S. traffic deaths (AP), March 5 ---
    (
        "en",
        "WASHINGTON (AP) — Traffic crashes on U.S. roads killed an estimated 38,290 people last year, a decline of about 4% and the third straight annual drop, according to an early estimate released Thursday by the National Highway Traffic Safety Administration.",
        True,
        [("count", 38290, None, "about"), ("percent", 4, "%", "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The fatality rate fell to 1.16 deaths per 100 million vehicle miles traveled.",
        True,
        [("count", 1.16, None, None), ("count", 100000000, None, None)],
        None,
    ),
    (
        "en",
        "NHTSA Administrator Carmen Ruvalcaba said pedestrian deaths had fallen for the first time since 2018, to about 7,100.",
        True,
        [("ordinal", 1, None, None), ("year", 2018, None, None), ("count", 7100, None, "about")],
        "Carmen Ruvalcaba",
    ),
    ("en", '"We are heading the right way, but nobody should call this a success," Ruvalcaba said.', False, [], None),
    (
        "en",
        "Crashes involving a drunk driver accounted for roughly 30% of deaths, the agency's estimate showed.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Safety advocates said they feared the progress would stall as states cut back on traffic enforcement.",
        False,
        [],
        None,
    ),
    # --- CrossCountry drivers' strike (Reuters), March 10 ---
    (
        "en",
        "LONDON, March 10 (Reuters) - Train drivers at CrossCountry will strike on four days in April in a dispute over rest-day working, the Aslef union announced on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "The walkouts on April 4, 11, 18 and 25 will halt almost all of the operator's services, which call at more than 100 stations.",
        True,
        [
            ("date", "--04-04", None, None),
            ("date", "--04-11", None, None),
            ("date", "--04-18", None, None),
            ("date", "--04-25", None, None),
            ("count", 100, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "Aslef general secretary Dermot Kilbey said 88% of those taking part in the ballot supported strikes, on a turnout of 79%.",
        True,
        [("percent", 88, "%", None), ("percent", 79, "%", None)],
        "Dermot Kilbey",
    ),
    ("en", '"Our members will not be bullied into giving up their days off," Kilbey said.', False, [], None),
    (
        "en",
        "CrossCountry said about 85% of rest-day shifts had been covered voluntarily until the union banned overtime in January.",
        True,
        [("percent", 85, "%", "about")],
        "CrossCountry",
    ),
    (
        "en",
        "It will be the first strike at the operator in nearly two years.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "year", "nearly")],
        None,
    ),
    (
        "en",
        "The operator carried 38 million passengers last year, according to figures from the rail regulator.",
        True,
        [("count", 38000000, None, None)],
        None,
    ),
    (
        "en",
        'CrossCountry said it was "disappointed" by the decision and called on Aslef to come back to the table.',
        False,
        [],
        None,
    ),
    # --- Bahn-Jahreszahlen (dpa-AFX), Donnerstag, 12. März ---
    (
        "de",
        "Berlin (dpa-AFX) - Die Deutsche Bahn hat im Fernverkehr im vergangenen Jahr rund 126 Millionen Reisende gezählt, knapp 3 Prozent weniger als im Jahr davor.",
        True,
        [("count", 126000000, None, "about"), ("percent", 3, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Im Regionalverkehr stieg die Zahl der Fahrgäste dank des Deutschlandtickets um 4,8 Prozent auf gut 1,7 Milliarden.",
        True,
        [("percent", 4.8, "%", None), ("count", 1700000000, None, "over")],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 2,4 Prozent auf 47,9 Milliarden Euro.",
        True,
        [("percent", 2.4, "%", None), ("money", 47900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bahnchef Carsten Vollbehr sagte, der Konzern habe einen operativen Verlust von 2,3 Milliarden Euro verbucht und wolle bis Ende 2027 rund 8.500 Stellen in der Verwaltung abbauen.",
        True,
        [("money", 2300000000, "EUR", None), ("year", 2027, None, None), ("count", 8500, None, "about")],
        "Carsten Vollbehr",
    ),
    ("de", "„Die Bahn ist ein Sanierungsfall, und wir behandeln sie auch so“, sagte Vollbehr.", False, [], None),
    (
        "de",
        "Die Nettofinanzschulden lagen zum Jahresende bei rund 34,8 Milliarden Euro.",
        True,
        [("money", 34800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Störungen an Weichen und Stellwerken ging nach Angaben des Konzerns um ein Zehntel zurück.",
        True,
        [("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Analysten bezweifeln, dass der Konzern im kommenden Jahr operativ schwarze Zahlen schreibt.",
        False,
        [],
        None,
    ),
    # --- Zweite Stammstrecke (dpa/lby), Dienstag, 17. März ---
    (
        "de",
        "München (dpa/lby) - Die zweite S-Bahn-Stammstrecke in München wird frühestens 2038 fertig und kostet mindestens 9,4 Milliarden Euro.",
        True,
        [("ordinal", 2, None, None), ("year", 2038, None, None), ("money", 9400000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Ursprünglich waren eine Eröffnung 2026 und Kosten von rund 3,8 Milliarden Euro veranschlagt worden.",
        True,
        [("year", 2026, None, None), ("money", 3800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der rund sieben Kilometer lange Tunnel soll die bestehende Stammstrecke entlasten, auf der an Werktagen bis zu 840.000 Fahrgäste unterwegs sind.",
        True,
        [("count", 7, None, "about"), ("count", 840000, None, "up_to")],
        None,
    ),
    ("de", "Der Spatenstich am Marienhof war im April 2017.", True, [("year", 2017, None, None)], None),
    (
        "de",
        "Bayerns Verkehrsministerin Christiane Wallerstorfer sagte, der Freistaat trage rund 60 Prozent der Mehrkosten.",
        True,
        [("percent", 60, "%", "about")],
        "Christiane Wallerstorfer",
    ),
    (
        "de",
        "Ein Grünen-Abgeordneter im Landtag nannte das Projekt „ein Lehrstück darüber, wie man Großprojekte nicht planen sollte“.",
        False,
        [],
        None,
    ),
    ("de", "Ob der neue Zeitplan hält, bezweifeln selbst Fachleute im Ministerium.", False, [], None),
    # --- Asfinag-Bilanz (APA), Donnerstag, 19. März ---
    (
        "de",
        "Wien (APA) - Die Autobahngesellschaft Asfinag hat im Vorjahr rund 2,8 Milliarden Euro an Maut eingenommen, knapp drei Viertel davon von Lkw und Bussen.",
        True,
        [("money", 2800000000, "EUR", "about"), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zehn-Tages-Vignette kostet heuer 13,10 Euro, die Jahresvignette 105,20 Euro.",
        True,
        [("duration", 10, "day", None), ("money", 13.1, "EUR", None), ("money", 105.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Asfinag-Vorständin Claudia Pernstich sagte, heuer flössen 1,4 Milliarden Euro in Bau und Sanierung, davon rund 300 Millionen in Tunnel.",
        True,
        [("money", 1400000000, "EUR", None), ("money", 300000000, "EUR", "about")],
        "Claudia Pernstich",
    ),
    (
        "de",
        "An der Mautstelle Schönberg auf der Brennerautobahn wurden im Vorjahr im Schnitt 39.800 Fahrzeuge pro Tag gezählt, davon etwa 7.900 Lkw.",
        True,
        [("count", 39800, None, None), ("count", 7900, None, "about")],
        None,
    ),
    (
        "de",
        "Wegen der Sanierung der Luegbrücke ist die A13 dort nur einspurig befahrbar, an Reisewochenenden stauen sich Lkw auf bis zu 15 Kilometern.",
        True,
        [("count", 15, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Neubau der Luegbrücke soll nach aktueller Planung 2032 abgeschlossen sein.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "„Die Luegbrücke ist das Nadelöhr Europas, und das wird sie noch eine ganze Weile bleiben“, sagte Pernstich.",
        False,
        [],
        None,
    ),
    # --- Amtrak ridership (AP), March 23 ---
    (
        "en",
        "WASHINGTON (AP) — Amtrak carried a record 35.3 million passengers in the 12 months to Sept. 30, its fiscal year, up about 6% from the year before, according to figures the railroad released Monday.",
        True,
        [
            ("count", 35300000, None, None),
            ("duration", 12, "month", None),
            ("date", "--09-30", None, None),
            ("percent", 6, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Ridership on the Northeast Corridor between Washington and Boston rose to 14.9 million trips.",
        True,
        [("count", 14900000, None, None)],
        None,
    ),
    (
        "en",
        "Amtrak chief executive Douglas Harwood said the new Acela trains, which run at up to 150 mph on some stretches, had cut some trips between New York and Washington by about 10 minutes.",
        True,
        [("count", 150, None, "up_to"), ("duration", 10, "minute", "about")],
        "Douglas Harwood",
    ),
    ("en", '"Americans are voting with their feet for more trains," Harwood said.', False, [], None),
    (
        "en",
        "The railroad still reported an operating loss of $705 million.",
        True,
        [("money", 705000000, "USD", None)],
        None,
    ),
    (
        "en",
        "More than a third of its long-distance trains arrived more than 15 minutes late, according to the company's performance reports.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 15, "minute", "over")],
        None,
    ),
    (
        "en",
        "Some lawmakers have long questioned whether the long-distance network is worth what it costs.",
        False,
        [],
        None,
    ),
    # --- Road deaths in Britain (PA), March 26 ---
    (
        "en",
        "LONDON (PA) - A total of 1,587 people were killed on roads in Great Britain last year, a fall of 3%, according to Department for Transport figures.",
        True,
        [("count", 1587, None, None), ("percent", 3, "%", None)],
        None,
    ),
    ("en", "Some 27,400 people were seriously injured.", True, [("count", 27400, None, "about")], None),
    ("en", "Pedestrians made up nearly a quarter of those killed.", True, [("fraction", 0.25, None, "nearly")], None),
    (
        "en",
        "Roads minister Callum Pryor said the government would consult on barring drivers under 25 from carrying young passengers during their first six months on the road.",
        True,
        [("duration", 25, "year", "under"), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        "Callum Pryor",
    ),
    ("en", '"No family should ever have to get that knock on the door," Pryor said.', False, [], None),
    (
        "en",
        "Drivers aged 17 to 24 account for about a fifth of deaths and serious injuries despite holding only 7% of licences, road safety charity Brake said.",
        True,
        [
            ("duration", 17, "year", None),
            ("duration", 24, "year", None),
            ("fraction", 0.2, None, "about"),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    ("en", 'Brake called the consultation "years overdue."', False, [], None),
    # --- Easter getaway (PA), April 1 ---
    (
        "en",
        "LONDON (PA) - About 19.5 million car journeys are expected over the Easter weekend, the RAC said, with the worst delays forecast for Good Friday afternoon.",
        True,
        [("count", 19500000, None, "about")],
        "the RAC",
    ),
    (
        "en",
        "The RAC expects the busiest day to be Thursday, with about 2.6 million journeys planned.",
        True,
        [("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "Traffic data firm Roadlens said queues on the M5 near Bristol could stretch for up to 12 miles.",
        True,
        [("count", 12, None, "up_to")],
        None,
    ),
    (
        "en",
        "National Highways will lift about 1,100 miles of roadworks, leaving 97% of motorways and major A-roads free of works.",
        True,
        [("count", 1100, None, "about"), ("percent", 97, "%", None)],
        None,
    ),
    (
        "en",
        "Network Rail will carry out more than 300 engineering projects over the four-day weekend, closing the line between London Euston and Milton Keynes.",
        True,
        [("count", 300, None, "over"), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        '"If you can avoid travelling on Friday afternoon, do," RAC spokesman Miles Dunstable said.',
        False,
        [],
        None,
    ),
    # --- Osterstau am Gotthard (Keystone-SDA), Donnerstag, 2. April ---
    (
        "de",
        "Göschenen (Keystone-SDA) - Vor dem Gotthard-Strassentunnel hat sich am Gründonnerstag ein Stau von bis zu 16 Kilometern gebildet.",
        True,
        [("count", 16, None, "up_to")],
        None,
    ),
    (
        "de",
        "Reisende mussten zwischen Erstfeld und Göschenen mit einem Zeitverlust von bis zu zweieinhalb Stunden rechnen, wie der TCS mitteilte.",
        True,
        [("duration", 2.5, "hour", "up_to")],
        "der TCS",
    ),
    (
        "de",
        "Im vergangenen Jahr war der Osterstau am Gotthard mit 19 Kilometern der längste seit 2019.",
        True,
        [("count", 19, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Der Tunnel ist seit 1980 in Betrieb, eine zweite Röhre soll 2030 eröffnet werden.",
        True,
        [("year", 1980, None, None), ("ordinal", 2, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "«Wer kann, sollte auf die San-Bernardino-Route ausweichen oder den Zug nehmen», riet ein TCS-Sprecher.",
        False,
        [],
        None,
    ),
]
