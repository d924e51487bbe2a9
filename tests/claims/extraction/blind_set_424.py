"""Four-hundred-and-twenty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office,
and ministers, state secretaries, regulators' and agencies' heads, chief executives, finance
chiefs, airport chiefs, union negotiators and spokespeople of real governments, airlines,
airports, makers and bodies appear under made-up names that stand for no real holder, or by
their role only („ein Flughafensprecher“, „der Vorstand“, „eine Flughafensprecherin“, "a
spokesperson for the airline", "union officials").

Names: Till Overbeck-Sand, Ilka Dombrowski-Held, Andreas Wiesmüller-Kranz, Katrin
Wohlleben-Ertl, Bernhard Zottl-Hainzl, Eoin Gallagher-Brett, Veronika Hauptmann-Luger,
Jochen Riedmiller, Seraina Vonmoos, Reto Imboden-Staub, Stefan Kieninger-Rott, Martina
Stöcklmayr, Harald Tschernutter, Annika Brüggemann-Stoll, Dieter Amrein-Vogt, Marco
Pirchmoser-Lanz and Gesa Thielbeer; Declan Moriarty-Flood, Lorraine Pettigrew-Hayes, Marcus
Delgado-Wynn, Hélène Marchais-Duval, Lim Wei Sheng, Bence Halmos-Reed, Gareth Ormondroyd,
Abigail Thornbury-Nash, Leilani Akana-Torres, Arjen Hoekstra-Baird, Renée Castellano-Pike,
Anneke Valkenburg, Wanda Becker-Tate, Álvaro Ruiz-Cortázar, Priya Dhanjal-Moss, Ruairi
Breckenridge, Callum Brereton-Shaw, Warren Oakes-Whitman, Terrence Mulvane and Rajendra
Kothapalli; the airlines Straits Orient Airlines, Kona Pacific Airlines, Prairie Star
Airlines, Sunridge Airways and Pacific Crest Airlines; every unnamed spokesperson,
passenger, holidaymaker, analyst, official, statistician and resident. Real states, bodies,
firms, places and things (Fraport, Lufthansa, Verdi, Hamburger Flughafen, Flughafenverband
ADV, Deutsche Flugsicherung, DFS, Bundespolizei, Airbus, A321neo, A320, A330-900, A220,
Flughafen Wien AG, Schwechat, Austrian Airlines, AUA, Ryanair, Flugabgabe, Bundesregierung,
Luftverkehrsteuer, Bund, Finanzministerium, Bundesverband der Deutschen
Luftverkehrswirtschaft, BDL, Grüne, Bundestag, Düsseldorfer Flughafen,
Landesverkehrsministerium, Landtag, Swiss, Flughafen Zürich AG, Bundesamt für
Zivilluftfahrt, Bazl, Condor, Fuerteventura, Bundesstelle für Flugunfalluntersuchung,
Hessischer Rundfunk, Münchner Flughafen, Antalya, Palma de Mallorca, Hurghada, vida,
Statistisches Bundesamt, BER, FBB, Eurowings, Toronto, Almaty, Schlichtungsstelle für den
öffentlichen Personenverkehr, söp, Flughafen Innsbruck, Völs; the Federal Aviation
Administration, the FAA, Newark Liberty International Airport, Oklahoma City, FlightAware,
United Airlines, the DGAC, Paris-Orly, Marseille, the SNCTA union, Eurocontrol, Airlines for
Europe, Boeing, the 787-9, the 737 MAX, the 787 Dreamliner, the 737-800, Wizz Air, the
Treasury, the Office for Budget Responsibility, Airlines UK, British Airways, easyJet, the
National Transportation Safety Board, the NTSB, the Airbus A330, Honolulu Emergency Medical
Services, Hawaii News Now, the International Air Transport Association, IATA, Transport &
Environment, Reuters, Aena, the Balearic and Canary Islands, Heathrow, Gatwick, Border
Force, the PCS, the Home Office, Manchester Airport, Jetstar, Qantas, the Australian
Competition and Consumer Commission, the Transportation Department, Luton, Brindisi, the
Civil Aviation Authority, Bedfordshire Police, San Diego International Airport, Cessna,
KGTV, the Directorate General of Civil Aviation, IndiGo, Air India, Delhi, Mumbai and the
datelines' cities) stand for the way wire copy names them; every passenger total, movement
count, load factor, cancellation, delay, punctuality share, order, list price, fleet count,
tax rate, fee, levy, fine, refund total, emission total, fuel share, strike demand and
offer, injury count, distance, date and quote here is invented, and where a real figure
came to mind (a real airport's monthly passenger total, a real rate of the German, Austrian
or British ticket taxes, a real fine ceiling for drones, a real controller shortfall, a real
sustainable-fuel quota or output, a real delivery count, a real cap on Newark's movements)
it was changed.

Its weight: AVIATION, AIRLINES AND AIRPORTS, third round for aviation (the
two-hundred-and-forty-seventh and three-hundred-and-sixty-sixth batches weighed aviation,
airlines and tourism, the three-hundred-and-fifth aviation and airports; the forty-eighth,
fifty-fourth, hundred-twenty-fifth, hundred-sixty-fourth, two-hundred-and-sixth and
three-hundred-and-sixth weighed transport, air travel, airlines, airports and tourism, the
hundred-seventh, two-hundred-and-thirty-first and three-hundred-and-thirty-ninth aviation
incidents and accidents; their decisions are kept) - this time without tourism: traffic,
fleets, strikes, ticket taxes, emissions and incidents. One wire week, Monday, March 22, to
Sunday, March 28 (the start of the Easter holidays and of the summer schedule), as 36 short
stories in story order, the German and English ones interleaved by day, about half in each
language, each told as wire copy runs it (a dateline lead, the figures, attributed claims,
the other side, quotes, reactions). German (dpa with "dpa/lno", "dpa/lhe", "dpa/lnw",
"dpa/lby", "dpa/bb", dpa-AFX, APA, Keystone-SDA and awp with «» quotes, "Gemäss", "heisst",
"ausgestossen", "1'400", "90'000", "1'200", Austrian "heuer", "Jänner", "Anrainer", "um 6,4
Prozent mehr"; German „“ quotes): Fraport's February, a Verdi warning strike at Hamburg
announced and held, drones at German airports, Lufthansa's A321neo order, Vienna airport's
February and runway works, Ryanair's cuts over Austria's Flugabgabe, a cut in Germany's
Luftverkehrsteuer, night landings at Düsseldorf, Swiss's engine groundings and Zurich's
punctuality, smoke in a Condor cockpit, the Easter holidays at Munich, an AUA staff meeting
grounding flights, Germany's passengers abroad, the söp's complaints, Swiss's CO2 balance,
Innsbruck's record winter and the summer schedule at BER. English (Reuters with dated
datelines, AP, AFP, PA, AAP): Ryanair's February, the FAA's cap at Newark and its
controllers, a French air traffic control strike, a Singapore carrier's Boeing order, Wizz
Air's February and groundings, Britain's air passenger duty, turbulence on a Honolulu
flight, IATA on sustainable fuel, Boeing's deliveries, Europe's flight emissions, an
airline's computer outage, a Spanish ground-handling strike, Heathrow's Easter getaway and a
Border Force strike, Jetstar's punctuality and a fine ceiling, the U.S. on-time report and a
tarmac fine, an easyJet diversion, a near miss on a San Diego runway and India's domestic
traffic. Speakers as such copy has them: German „X sagte, ...“ with the title dropped,
„sagte X“ with title, weekday and place, „teilte ... mit“ with a firm, an operator, an
office and a body, „Nach Angaben der ...“ and the surname opening a row; English "X said",
"X told reporters", "X told analysts", "Sen. X, D-N.J., said", ", Eurocontrol said on
Thursday", ", the airport said", ", the Transportation Department said on Friday"; beside
them the forms left unchecked - roles, plural sources, masculine genitives, descriptions
parting a source from its verb, estimates, forecasts and acts with no verb of saying,
„hieß es“, documents and every "according to". Figures as such copy has them: passengers,
movements, flights, cancellations, aircraft ordered, on options and purchase rights,
delivered, grounded and in the backlog, staff, strikers, trainees, controllers, complaints,
drone incidents, engine cycles, distances, cargo and emissions in tonnes, fuel per 100
passenger kilometres, load factors, punctuality shares and one move in percentage points,
delays and waits in minutes and hours, strike lengths and notice periods, terms, ages,
ticket taxes, fees, surcharges, fines, refunds, list prices, costs and profits in euros,
dollars, pounds and Australian dollars; number words and compounds („zweimal“, „dreimal
wöchentlich“, „sieben“, „zwölf“, „neun“, „drei“, „elf“, „Vier“, „fünf“, „zwei“,
„24-stündigen“, „zweiwöchigen“, „187 Mal“, "Nine", "Two", "six", "seven", "three",
"Thirty-eight", "the 48-hour walkout", "two and a half hours"), fractions („etwa ein
Fünftel“, „knapp ein Zehntel“, „Knapp jeder dritte“, „weniger als halb so viele“, „knapp
ein Viertel“, „Mehr als die Hälfte“, "a third ... and half", "just over half"), ordinals
(„in der zweiten Verhandlungsrunde“, „Die ersten Jets“, „die zweite Piste“, „Die dritte
Verhandlungsrunde“, „die dritte Betriebsversammlung“, „zum dritten Mal in Folge“, "its
fourth this year", "the first of the wide-bodies", "a second daily service", "the second
such outage", "The second Friday", "the fourth such close call"), identifiers and codes that
carry none (flight numbers „DE 1582“, "Flight 22", "U2 2317"; runways „16/34“ and „11/29“;
"Terminal 2"; the types), clock times, years, dates and hedges. Negatives as such copy has
them - 56 rows, none with a figure: airport chiefs', executives', ministers', regulators'
and union leaders' rhetoric, pride and resolve in quotes, labels from lobbies, unions,
campaigners and residents („nannte“, „sprach von“, „kritisierten ... als“, "called"), a
verdict with „halten ... für“, a verdict on figures, doubts, confidence, accusations naming
no act, an apology and reassurance, praise of a crew, travel advice naming no measure,
evasions and no-comment lines, witnesses and vox pops, and a complaint naming no measure,
each near a check-worthy look-alike from the same story.

234 rows (120 German, 114 English), 56 negatives (28 German, 28 English), 178 check-worthy
rows of which 17 carry no figure (9 German, 8 English), 298 expected quantities (126 counts,
53 percentages - 52 in "%", 1 in percentage points "pp" -, 30 durations - 8 in hours, 8 in
minutes, 6 in years, 4 in days, 3 in months, 1 in weeks -, 25 amounts of money - 12 EUR, 6
USD, 6 GBP, 1 AUD -, 23 years, 20 dates, 12 ordinals, 9 fractions; none of them in a
negative), 35 checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, confidence, doubt, apology, reassurance or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixty-sixth); a quoted or reported statement of fact, figure, step,
  rule, plan, demand, offer, forecast or target is check-worthy with its speaker, also in
  Konjunktiv I (hundred-twenty-fifth, two-hundred-and-forty-seventh,
  three-hundred-and-sixty-sixth). Pairs from one speaker: Overbeck-Sand's 64 to 66 million
  beside „Wir haben die Delle hinter uns gelassen ...“; Moriarty-Flood's 214 and 221
  million beside "a shambles" and his silence on Easter fares; Dombrowski-Held's 9 percent
  and 410 euros beside „keinen Millimeter“ and her silence on further strikes;
  Pettigrew-Hayes's 2,100 trainees beside "train our way out of this"; Wiesmüller-Kranz's
  2028 and twelve airports beside „kein Kavaliersdelikt“; Wohlleben-Ertl's fifth beside „ein
  klares Bekenntnis“; Marchais-Duval's 48 hours beside "paralyse a continent"; Lim's first
  jet in 2030 beside "a global airline"; Halmos-Reed's 160 million euros beside "behind us";
  Zottl-Hainzl's „Start nach Maß“ beside the board's four months; Hauptmann-Luger's 190
  million euros beside „Die Steuerpolitik macht ... das Parlament“; Thornbury-Nash's 2010
  beside "the public finances"; Hoekstra-Baird's 500 million tonnes beside "talking a lot";
  Vonmoos's eleven of 30 jets beside her apology; Castellano-Pike's 52 a month beside
  "safety will always decide the pace"; Valkenburg's 11 million tonnes beside her
  confidence; Ruiz-Cortázar's 60% beside "to ransom"; Kieninger-Rott's 94 airlines beside
  „Premium-Drehkreuz“; Stöcklmayr's 6.1 percent beside „nicht erpressen“; Brereton-Shaw's
  A$50 million beside "like cattle"; Oakes-Whitman's $4.1 billion beside "holding airlines
  to account"; Brüggemann-Stoll's 38 days beside „setzen offenbar darauf“; Amrein-Vogt's 14
  jets beside „Verantwortung für das Klima“; Pirchmoser-Lanz's 63 flights beside „das Tor
  zu den Alpen“; Thielbeer's 27.5 to 28 million beside „Liga der großen Hauptstädte“;
  Kothapalli's 1,700 aircraft beside "no longer the limit".
- Negatives (ninety-eighth, two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixty-sixth), none with a figure, as the brief for these batches asks:
  labels („Der Flughafenverband ADV nannte den Warnstreik ...“, „sprach von einem „Start
  nach Maß““, „nannte die Abgabe „eine Strafsteuer für Familien““, „sprach von einem
  „überfälligen Signal““, „kritisierten die Senkung als ...“, „sprach von „Nacht für Nacht
  ...““, „sprach von einer „Provokation““, „sprach von einem „Trauerspiel ...““, "called the
  strike", "called the rise"); a verdict with „halten ... für“ („Analysten hielten die
  Bestellung für überfällig.“; two-hundred-and-forty-seventh); a verdict on figures ("said
  the data showed airlines were "growing their way out of every climate promise.""; hundred-
  seventy-eighth: "said the figures showed the CO2 rules were working"); a doubt ("Some
  analysts questioned whether ..."), confidence ("Valkenburg said she was confident ...")
  and accusations naming no act ("accused the industry of hiding behind fuel targets ...",
  „setzen offenbar darauf, dass ihre Kunden irgendwann aufgeben“; three-hundred-and-fifth,
  three-hundred-and-sixty-sixth); an apology and reassurance («Wir bedauern ...», "its
  highest priority", "will never be tolerated"; two-hundred-and-thirty-first); praise of a
  crew („Condor lobte ...“; three-hundred-and-fifth); travel advice naming no measure („Der
  Flughafen rät Familien ...“, "The airport urged passengers ..."; forty-eighth,
  three-hundred-and-sixty-sixth); evasions and no-comment lines ("declined to say whether
  fares would rise", „ließ Dombrowski-Held offen“, "did not return calls seeking comment",
  "could not be reached for comment"; hundred-sixth, two-hundred-and-forty-seventh);
  witnesses and vox pops (the holidaymaker from Lüneburg, the passenger who spoke to the
  Hessischer Rundfunk, Akana-Torres, Becker-Tate, Mulvane; two-hundred-and-thirty-first,
  three-hundred-and-fifth); the Anrainer in Völs (a complaint naming no measure,
  three-hundred-and-sixth).
- Check-worthy without a figure (two-hundred-and-thirty-first, two-hundred-and-forty-seventh,
  three-hundred-and-fifth, three-hundred-and-sixty-sixth): the Hamburg lead („kein einziger
  Passagierflug“ - „einziger“ stresses the negation and counts nothing, as „an einem
  einzigen Samstag“ here and "a single Friday in July" in the three-hundred-and-fifth), the
  Greens' announced vote (a checkable act), the Düsseldorf answer and the causes it states
  („Das geht aus einer Antwort ... hervor“, „heißt es in der Antwort“; three-hundred-and-
  thirty-ninth: „Das geht aus dem Zwischenbericht ... hervor“), the Condor lead, the BFU's
  classification as „schwere Störung“ (three-hundred-and-fifth) and the passengers flown on,
  „Beliebteste Ziele sind ...“ (a ranking, three-hundred-and-sixty-sixth), „Das Terminal 2
  bleibt ... geschlossen“; Delgado-Wynn's bill, Airlines UK's claim on the highest aviation
  tax, the NTSB's investigation, the FAA's ground stop, Prairie Star's stated cause and its
  refunds, Dhanjal-Moss's deployment and the San Diego lead.
- Passengers, movements, flights, aircraft, staff and tallies are counts (forty-eighth,
  hundred-twenty-fifth, two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixty-sixth): „Über den Frankfurter Flughafen sind ... rund 3,9
  Millionen Passagiere gereist“ 3,900,000 "about" („Über“ opening the row names the route,
  two-hundred-and-forty-seventh), „Starts und Landungen gab es 29.418“, „auf 151.200
  Tonnen“ (cargo, forty-eighth), „mit 64 bis 66 Millionen Fluggästen“ and „mit 27,5 bis 28
  Millionen Passagieren“ both ends (the scale written once serves both, hundredth), "13.6
  million", "more than 740 flights" "over", "316 flights on Thursday alone" ("alone" no
  hedge), "roughly 57,000" "about", „alle 143 geplanten Abflüge“ („alle“ no hedge), „rund
  1.100 Beschäftigten“, "34 arrivals and 32 departures an hour" ("an hour" none), "about
  10,900 ..., roughly 3,200 short", "2,100 trainees", "41 daily flights", „187 Mal“ 187 (the
  issue: "100 Mal"), „allein 41 dieser Fälle“, „zweimal“ 2 (the issue: "viermal"), „an
  zunächst zwölf Flughäfen“ („zunächst“ no hedge), „63 Ermittlungsverfahren“, „152 solcher
  Behinderungen“, "As many as 1,650 flights" "up_to" (hundred-sixty-fourth: "as much as"),
  "About 1,400 of the 3,700" the hedge on the first only, „knapp 2,1 Millionen“ "nearly",
  „auf 17.860“, „1,03 Millionen Fluggäste“, „mit mehr als 33 Millionen Passagieren“ "over",
  "46 narrow-body aircraft", "6,140 unfilled orders", "5.37 million", "Thirty-eight ...
  down from 44" (a number word opening the row, three-hundred-and-thirty-ninth), „neun
  Strecken ... drei ihrer 19“, „138 Landungen“, „gut 900 Beschäftigte“ "over", "Nine
  people", "271 passengers and 12 crew members", "Two of the injured" (a definite group,
  forty-first; "both" none), "5.4 billion passengers", „1.126 Maschinen“, „mehr als doppelt
  so viele“ 2 "over" (three-hundred-and-sixty-sixth), „auf 3.412“, „rund 1'400 Flüge“ and
  „gut 90'000 Passagiere“ "over" (Swiss apostrophes, tenth), „Von den 30 Jets ... elf“
  („derzeit“ no hedge), "44 ..., up from 31", "to 53, including seven", "47 jets a month"
  ("capped at" no hedge, "a month" none), "52 a month", "61 aircraft ... to 112", „211
  Passagiere und sieben Besatzungsmitglieder“, „Vier Passagiere“, "640 flights and ... about
  1,900 more" ("more" after the figure compares), "22 Spanish airports", "up to 4,800
  flights" "up_to", "1,300 extra workers", "a record 318 million" and "a record 1.9 million"
  ("a record" no hedge), „bis zu 118.000 Passagiere täglich“ "up_to" („täglich“ none),
  „rund 1,45 Millionen“, „94 Airlines ... 241 Zielen“, "about 126,400", „96 Flüge“, „Rund
  11.500“, "1,100 flights", „102,4 Millionen Passagiere“, „9,8 Millionen Passagiere“, "31
  planes", „38.740 Beschwerden“, "two passengers", "176 passengers", "Two men", "1,284
  incidents", "142 passengers and six crew", "three investigators", „rund 590.000“, „bis zu
  84 Maschinen“ "up_to", „insgesamt 63 Flüge“ („insgesamt“ no hedge), „176 Zielen in 51
  Ländern“, „dreimal wöchentlich“ 3 (three-hundred-and-fifth: „zweimal wöchentlich“), „zwei
  weitere Flugzeuge ... 14 Maschinen“ („weitere“ no hedge), "15.2 million", "about 1,700 new
  aircraft" "about", "at least 50 new airports" "at_least", "6.4 million passengers".
- Orders (the brief's example „bestellte 40 Maschinen vom Typ A321neo“;
  two-hundred-and-twenty-seventh, three-hundred-and-fifth, three-hundred-and-sixty-sixth):
  „bestellte 40 Maschinen vom Typ A321neo und sicherte sich Kaufrechte für 20 weitere“ 40
  and 20 (three-hundred-and-sixty-sixth: purchase rights are counted as options are), "has
  ordered 18 Boeing 787-9 jets and taken options on 12 more" 18 and 12 ("more" after the
  figure compares); list prices are money („einen Wert von rund 6,3 Milliarden US-Dollar“
  USD "about", "worth about $6.8 billion at list prices"). Type numbers carry none, also
  beside a count ("44 737 MAX jets" 44 only and "seven 787 Dreamliners" 7 only -
  three-hundred-and-fifth: "40 737 MAX 10 jets" -, "Airbus A320neos" in the plural -
  three-hundred-and-sixty-sixth: "15 more 787s" -, „ältere A320“, "the Airbus A330", „vom
  Typ Airbus A330-900“, „ihrer Airbus-A220-Flotte“ - three-hundred-and-fifth:
  „Airbus-A220-Familie“ -, "The Boeing 737-800", "A320neo fleet", "737 MAX production").
- Identifiers carry none (forty-sixth, forty-eighth, two-hundred-and-thirty-first,
  two-hundred-and-forty-seventh, three-hundred-and-fifth): „des Fluges DE 1582“ (a flight
  number, two-hundred-and-forty-seventh: „Der Flug LX 38“), "Kona Pacific Airlines Flight 22"
  (two-hundred-and-thirty-first: "Corvair flight 1882"), „der Piste 16/34“ and „die zweite
  Piste 11/29“ ordinal 2 only (three-hundred-and-fifth: "runway 4L/22R"), „Das Terminal 2“
  (two-hundred-and-forty-seventh), "D-N.J.", "CO2" (hundred-forty-fifth,
  hundred-seventy-eighth) and clock times („nach 23 Uhr“ twice, „nach 22 Uhr“, "shortly
  after 7 a.m."; three-hundred-and-fifth). New: "Flight U2 2317" carries none - easyJet's
  designator "U2" holds a digit, yet designator and number together name one flight as "LX
  38" and "DE 1582" do, and the "2" of the code counts nothing, as the "2" of the subway line
  "U2" counts nothing (hundred-seventy-eighth).
- Emissions, fuel, distances and cycles are counts (forty-second, fifty-seventh, sixtieth,
  ninety-seventh, hundred-seventy-eighth): "158 million tonnes of carbon dioxide", "about 2.9
  million tonnes" "about", "about 500 million tonnes of such fuel a year" "about" ("a year"
  none), "11 million tonnes", „4,71 Millionen Tonnen CO2“ and „5,2 Millionen Tonnen CO2“
  („noch“ no hedge); „Pro 100 Passagierkilometer ... im Schnitt 3,3 Liter Kerosin“ two
  counts, 100 and 3.3 (sixtieth: „6,2 Liter auf 100 Kilometer“ 6.2 and 100; „im Schnitt“ no
  hedge); "more than 4,000 km" "over", „Auf der Langstrecke über 6.000 Kilometer“ 6,000
  "over" („über“ right before the figure, two-hundred-and-seventy-sixth), "about 1,200 feet
  short of" "about" (two-hundred-and-thirty-first); „höchstens 1'200 Zyklen“ "at_most"
  (ninety-seventh: cycles are counts).
- Delays, waits and punctuality (forty-eighth, hundred-twenty-fifth,
  three-hundred-and-fifth, three-hundred-and-sixty-sixth): "delayed by an average of 47
  minutes" and "averaged 8 minutes" with no hedge ("an average of", "averaged"), „unter 20
  Minuten“ and "in under 20 minutes" "under", „mit höchstens 15 Minuten Verspätung“
  "at_most" (three-hundred-and-fifth), "for more than three hours", „von mehr als drei
  Stunden“ and "by more than two hours" "over", „etwa 25 Minuten nach dem Abheben“, "about
  40 minutes before landing" and "about 90 minutes after the crew declared an emergency"
  "about" (two-hundred-and-thirty-first: "about four minutes after departing");
  punctuality shares are percentages ("Just 61.8%", „nur 71,4 Prozent“, "76.2% ..., down
  from 79.5%", "68.4%"; "Just", „nur“ no hedge).
- Durations otherwise (the issue: "fünfstündigen", "a two-week visit"): „zu einem
  24-stündigen Warnstreik“ 24 hours, "the 48-hour walkout" and "48 hours in advance" 48
  hours, „fast sieben Stunden“ "nearly", "for about two and a half hours" 2.5 hours "about"
  (sixty-first: "around two and a half minutes"), „rund vier Monate“ "about", „bei einer
  Laufzeit von 24 Monaten“, "in the following 12 months" 12 months (three-hundred-and-fifth:
  "within the coming 12 months"), „über zwei Jahre“, "over two years" and "over the next 20
  years" with no hedge ("over" and „über“ before a span), „In den zweiwöchigen Ferien“ 2
  weeks (the issue's "fünfstündigen"), "on four days" and "for four days" 4 days, „an fünf
  Tagen“ 5 days (two-hundred-and-forty-seventh: „an elf Tagen“), „im Schnitt 38 Tage“; ages
  ("aged 27 and 31" both in years, seventy-eighth: "aged 18 to 29"; „die im Schnitt 24 Jahre
  alt sind“ the jets' age, three-hundred-and-fifth and three-hundred-and-sixty-sixth). None:
  „im vergangenen Jahr“, „im Vorjahr“, „im Februar des Vorjahres“, „ein Jahr zuvor“, „vor
  einem Jahr“, „Im Jahr davor“, „im selben Monat“, „Für heuer“, „für das Gesamtjahr“, „im
  Jahr“, „jährlich“, „monatlich“, „pro Ticket“, „pro Sitz“, „täglich“, „seit Jänner“, „bis Ende
  Mai“, „bis zum Mittag“, „am Abend“, „in der Regel“, „an
  den verkehrsreichsten Tagen“, „in der Wintersaison“, „im Sommer“, "a year earlier", "last
  year", "this year", "each day", "each month", "a year", "a month", "an hour", "since
  October", "since January", "since December", "by December", "through the end of October",
  "the financial year", "the coming financial year", "over the Easter holidays", "the Easter
  getaway", "overnight", "in early April", weekdays and months alone.
- Fractions (the issue; two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixty-sixth): „etwa ein Fünftel weniger Kerosin“ 0.2 "about" („weniger“
  after the share compares), "a third of Thursday's departures ... and half of those" 0.3333
  and 0.5, "just over half of the total" 0.5 "over" (eighty-ninth), „knapp ein Zehntel mehr“
  0.1 "nearly" (twelfth: "a tenth"), „Knapp jeder dritte Auslandsfluggast“ 0.3333 "nearly",
  „weniger als halb so viele wie 2019“ 0.5 "under" and the year (three-hundred-and-fifth),
  „knapp ein Viertel mehr“ 0.25 "nearly", „Mehr als die Hälfte davon“ 0.5 "over" („davon“ no
  hedge).
- Ordinals (the issue; three-hundred-and-fifth, three-hundred-and-sixty-sixth): „in der
  zweiten Verhandlungsrunde“ 2, „Die ersten Jets“ 1 (an article before the plural,
  three-hundred-and-fifth), "its fourth this year" 4 (the ordinal standing for the noun
  named before it, as "and the fourth" in the three-hundred-and-thirty-ninth), "the first of
  the wide-bodies" 1 (three-hundred-and-sixty-sixth: "the first of the Boeing jets"), "a
  second daily service" 2, „die zweite Piste 11/29“ 2, „Die dritte Verhandlungsrunde“ 3, "the
  second such outage" 2, "The second Friday of the school holidays" 2, „die dritte
  Betriebsversammlung“ 3, "the fourth such close call" 4, „zum dritten Mal in Folge“ 3. None:
  "the largest carrier at Newark", "the most since 1992", "the worst result", "the highest
  January rate", „Den höchsten Zuwachs“, „Beliebteste Ziele“, „Häufigster Anlass“, "the
  busiest day", "the largest private jets", „so oft wie nie zuvor“, "more than any other
  airport".
- Percentages as written (every batch): load factors („bei 78,3 Prozent, nach 76,9
  Prozent“, „bei 75,8 Prozent“, "held at 91%", "rose 1.4 percentage points to 90.6%" 1.4 pp
  and 90.6 %), moves („ein Plus von 4,6 Prozent“, „2,8 Prozent mehr“, „um knapp 3 Prozent“
  "nearly", "up 5%", "rose 1.8%", „um 2,3 Prozent“, „um 6,4 Prozent mehr“ (Austrian), "up
  9.8%", "fell 3.2%", "by about 10%" "about", „seit 2019 um 14 Prozent“, „um 17 Prozent“,
  "4.1% more than in 2025", „3,1 Prozent mehr als 2025, aber ... gut 8 Prozent weniger“ 8
  "over", „mit einem Plus von 7,2 Prozent“, "up 18%", „2,6 Prozent mehr“, "up 11.3%",
  „um durchschnittlich 4,9 Prozent“ - „durchschnittlich“ no hedge), shares („rund 13
  Prozent der Passagiere“ "about", "just 0.9%" - "just" no hedge -, "about 6% of
  departures", "1.1% ..., against a 1.5% target", „bei 1,2 Prozent, ... auf 8 Prozent“, „22
  Prozent weniger Treibstoff“, "97% of passengers", "4.9% ..., against an industry average
  of 2.7%" ("average" no hedge), "2.4% of scheduled flights", "61.9% ..., about 26%", "rose
  to 4.1%", „In 87 Prozent der abgeschlossenen Fälle“), strike demands and offers („9
  Prozent mehr Lohn“, „4,5 Prozent mehr Geld“, „ein Gehaltsplus von 11,2 Prozent“, „von 6,1
  Prozent über zwei Jahre“, "a 7.5% pay rise") and a minimum service („of at least 60%“
  "at_least").
- Money in the currency written (every batch): EUR („rund 1,1 Milliarden Euro“, „mindestens
  jedoch 410 Euro monatlich“ "at_least" (four-hundred-and-twentieth: „mindestens jedoch 375
  Euro monatlich“), "about 160 million euros", „derzeit 14 Euro pro Ticket“ („derzeit“ no
  hedge, „pro Ticket“ none), „rund 190 Millionen Euro im Jahr“, „12,40 Euro pro Ticket ...
  statt bisher 15,90 Euro“ both („statt“ no hedge, three-hundred-and-fifth), „von 71,20 Euro
  auf 63,80 Euro“, „rund 580 Millionen Euro“, „einen Lärmzuschlag von bis zu 2.700 Euro“
  "up_to", „Im Schnitt ... 412 Euro“), USD („rund 6,3 Milliarden US-Dollar“, "about $6.8
  billion", "roughly $5.2 billion more" "about", "$41.6 billion", "$2.8 million", "$4.1
  billion"), GBP ("to £102 from £94", "by £2 to £17" both - the rise and the rate -, "up to
  £1,260" "up_to", "about 410 million pounds a year" "about"), AUD ("up to A$50 million"
  "up_to"; forty-ninth: A$).
- Years and dates: „bis Ende 2028“, „im Frühjahr 2029“, „im Winterflugplan 2027/28“ both
  years (two-hundred-and-forty-seventh: „im Winterflugplan 2026/27“), „seit 2019“, „wie
  2019“, „als 2025“, „Im Jahr 2019“, „bis 2030“, „bis 2033“, "since 1992", "in 2030", "from
  April 2028" the year only (three-hundred-and-fifth: „Ab Mai 2027“), "by 2030", "than in
  2010", "by 2050", "than in 2025", "the 2019 level" (three-hundred-and-sixty-sixth: „Das
  Niveau von 2019“), "by 2035" (twice), "since 2022". New: „im Vor-Corona-Jahr 2019“ gives
  the year 2019 - the compound names an epoch and carries no figure of its own, and the year
  after it dates it, as "Under a 2023 law" (three-hundred-and-fifth) and „seit der Eröffnung
  2020“ (two-hundred-and-forty-seventh). Dates without a year: Reuters datelines with a day
  ("DUBLIN, March 22" --03-22, "SINGAPORE, March 23" and "BUDAPEST, March 23" --03-23,
  "LONDON, March 24" and "GENEVA, March 24" --03-24, "SEATTLE, March 25" and "BRUSSELS,
  March 25" --03-25, "WASHINGTON, March 26" --03-26, "NEW DELHI, March 28" --03-28;
  hundred-sixty-fourth, three-hundred-and-sixty-sixth), "to March 31" (twice) --03-31, „für
  den 8. April“ --04-08, „zum 1. Juli“ --07-01, "from April 1" and „zum 1. April“ --04-01,
  "until May 14" --05-14. New: "The walkouts on April 1, 2, 5 and 6" give four dates,
  --04-01, --04-02, --04-05 and --04-06 - the month written once serves each day of the
  list, as „für den 11. und 12. März“ gives two (three-hundred-and-sixty-sixth) and the
  currency written once serves each figure of „250, 400 oder 600 Euro“
  (two-hundred-and-forty-seventh). dpa ("Frankfurt/Main (dpa) -", "Langen (dpa) -", "Berlin
  (dpa) -", "Wiesbaden (dpa) -", "dpa/lno", "dpa/lhe", "dpa/lnw", "dpa/lby", "dpa/bb"),
  dpa-AFX, APA, Keystone-SDA, awp, AP ("NEWARK, N.J. (AP) —", "HONOLULU (AP) —", "DALLAS (AP)
  —", "SAN DIEGO (AP) —"), AFP ("PARIS (AFP) -", "MADRID (AFP) -"), PA ("LONDON (PA) -") and
  AAP ("SYDNEY (AAP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly" "about";
  „knapp“, „Knapp“, „fast“ "nearly"; „gut“, „mehr als“, „Mehr als“, „über“ right before a
  figure, "more than", "just over" "over"; „unter“, „weniger als“, "under" "under"; „bis zu“,
  "up to", "As many as" "up_to"; „mindestens“, "at least" "at_least"; „höchstens“
  "at_most". No hedge: "a record", "alone", „allein“, „alle“, „insgesamt“, „derzeit“,
  „zunächst“, „weitere“, „noch“, „nur“, "Just", "just", „im Schnitt“, „durchschnittlich“, "an
  average of", "averaged", "average", „statt“, "capped at", „bis“ and "to" in a range, "over"
  and „über“ before a span, „Über“ opening a row before a place, and „mehr“, „weniger“,
  "more" after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „teilte Fraport am
  Montag mit“ -> "Fraport" (three-hundred-and-fifth: „teilte Fraport am Donnerstag mit“),
  „teilte die Flughafen Wien AG mit“ -> "die Flughafen Wien AG" (three-hundred-and-fifth,
  three-hundred-and-sixty-sixth), „teilte das Statistische Bundesamt am Freitag mit“ -> "das
  Statistische Bundesamt" and „teilte die söp am Freitag mit“ -> "die söp"
  (two-hundred-and-forty-seventh), „Nach Angaben der Deutschen Flugsicherung“ -> "die
  Deutsche Flugsicherung" (three-hundred-and-sixty-sixth); „X sagte, ...“ with the title
  dropped („Fraport-Chef Till Overbeck-Sand“, „Verdi-Verhandlungsführerin Ilka
  Dombrowski-Held“, „DFS-Chef Andreas Wiesmüller-Kranz“, „Finanzvorständin Katrin
  Wohlleben-Ertl“, „Finanzstaatssekretärin Veronika Hauptmann-Luger“, „Flughafenchef Stefan
  Kieninger-Rott“, „AUA-Chefin Martina Stöcklmayr“, „Flughafendirektor Marco
  Pirchmoser-Lanz“, „Flughafenchefin Gesa Thielbeer“; hundred-eightieth,
  three-hundred-and-sixty-sixth), „sagte Finanzstaatssekretär Jochen Riedmiller am Mittwoch
  in Berlin“ and „sagte Swiss-Sprecherin Seraina Vonmoos“ the name with title, weekday and
  place dropped (four-hundred-and-twentieth), „Brüggemann-Stoll sagte, ...“ and „Amrein-Vogt
  sagte, ...“ the surname opening the row (two-hundred-and-forty-seventh). English: the name
  with the title dropped ("Exchequer Secretary Abigail Thornbury-Nash said", "Transport
  Minister Hélène Marchais-Duval said", "Transport Minister Álvaro Ruiz-Cortázar said", "Home
  Office Minister Priya Dhanjal-Moss said", "Transport Minister Callum Brereton-Shaw said",
  "Transportation Secretary Warren Oakes-Whitman said", "Civil Aviation Minister Rajendra
  Kothapalli said"; three-hundred-and-fifth), "told reporters" ("Chief Executive Declan
  Moriarty-Flood", "FAA Administrator Lorraine Pettigrew-Hayes", "Chief Executive Lim Wei
  Sheng", "IATA Director General Arjen Hoekstra-Baird"; two-hundred-and-fourth,
  three-hundred-and-sixty-sixth), "told analysts" ("Chief Executive Bence Halmos-Reed",
  "Chief Financial Officer Renée Castellano-Pike"; three-hundred-and-sixty-sixth), "Sen.
  Marcus Delgado-Wynn, D-N.J., said" (hundred-forty-first: "Sen. Garrett Voss, R-Okla.,
  said"), ", Eurocontrol said on Thursday" as written (three-hundred-and-fifth,
  three-hundred-and-sixty-sixth), ", the airport said." -> "the airport" (forty-eighth,
  hundred-sixty-fourth) and ", the Transportation Department said on Friday" -> "the
  Transportation Department" with the weekday dropped (ninety-sixth: "the Commerce
  Department said"; the three-hundred-and-fifth named it among the forms it could have
  checked). Left unchecked (None): all negatives, also those with a named speaker; roles
  („teilte ein Flughafensprecher mit“, „teilte ein Sprecher der Bundespolizei mit“, „teilte
  eine Flughafensprecherin mit“, „Der Vorstand sagte“, "a spokesperson for the airline said
  in a statement", "He said"; hundred-twenty-fifth, four-hundred-and-twentieth), plural and
  anonymous sources ("officials said", "unions said", "union officials said"; forty-first),
  „hieß es beim Flughafen“ (twice) and „hieß es bei der AUA“ (four-hundred-and-twentieth:
  „hieß es bei Verdi“), compounds and masculine genitives („Nach Verdi-Angaben“, „nach
  Angaben des Betreibers“ twice; three-hundredth, four-hundred-and-twentieth), estimates,
  documents and own statements („nach Berechnungen des Finanzministeriums“, „Nach
  Berechnungen des BDL“, „heißt es in der Antwort“, „heisst es im Nachhaltigkeitsbericht“,
  „nach eigenen Angaben“, „eigenen Angaben zufolge“, „wie aus einer Mitteilung des Konzerns
  ... hervorgeht“, „Gemäss der Flughafen Zürich AG“; hundred-tenth,
  two-hundred-and-forty-seventh), „teilte die Flughafengesellschaft FBB mit“
  (three-hundred-and-fifth: „teilte die Flughafengesellschaft mit“, a form no batch settled)
  and „nach Angaben der FBB“ (an abbreviated body, two-hundred-and-forty-seventh: „so die
  DFS“), acts, forecasts and causes with no verb of saying
  („erwartet“, „rechnet“, „fordert“, „hat verfügt“, „Als Grund nannte die Airline“ - a stated
  cause, check-worthy as in the hundred-twenty-ninth -, "The industry body expects", "the
  association estimated", "the International Air Transport Association forecast", "Wizz
  expects", "Prairie Star blamed ... and said"), descriptions heading or parting the source
  ("the Irish airline said", "the carrier said", "the planemaker said", "United Airlines,
  the largest carrier at Newark, said", "Airlines UK, which represents ..., said", "Qantas,
  Jetstar's parent, said", "Eurocontrol Director General Anneke Valkenburg, who took office
  in January, told reporters"; hundred-sixteenth, two-hundred-and-forty-seventh,
  three-hundred-and-sixty-sixth), data and documents ("FAA records show", "a preliminary
  FAA account shows", "government figures show", "the regulator's data showed", "data from
  the Directorate General of Civil Aviation showed") and every "according to" (FAA data,
  FlightAware twice, Eurocontrol, the union, the company, its website, Treasury documents,
  the Office for Budget Responsibility, Honolulu Emergency Medical Services, a Reuters
  tally, airport operator Aena, the operator, the airport, Bedfordshire Police, its annual
  safety review, the Federal Aviation Administration). As the three-hundred-and-fifth and
  three-hundred-and-sixty-sixth batches did, and to keep the checked speakers near 35, this
  batch also leaves unchecked forms it could have checked: „teilte die Fluggesellschaft am
  Donnerstag mit“ and „nach Angaben der Airline“ (two-hundred-and-forty-seventh: „teilte die
  Airline ... mit“), and "according to the union" (hundred-fiftieth: "according to the
  union" -> "the union"; four-hundred-and-twentieth leaves every "according to" unchecked).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_424 = [
    # --- Fraport-Verkehrszahlen im Februar (dpa), Montag, 22. März ---
    (
        "de",
        "Frankfurt/Main (dpa) - Über den Frankfurter Flughafen sind im Februar rund 3,9 Millionen Passagiere gereist, ein Plus von 4,6 Prozent zum Vorjahresmonat, teilte Fraport am Montag mit.",
        True,
        [("count", 3900000, None, "about"), ("percent", 4.6, "%", None)],
        "Fraport",
    ),
    (
        "de",
        "Starts und Landungen gab es 29.418, das waren 2,8 Prozent mehr.",
        True,
        [("count", 29418, None, None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Das Frachtaufkommen sank dagegen um knapp 3 Prozent auf 151.200 Tonnen.",
        True,
        [("percent", 3, "%", "nearly"), ("count", 151200, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslastung der Passagiermaschinen lag nach Angaben des Betreibers bei 78,3 Prozent, nach 76,9 Prozent im Februar des Vorjahres.",
        True,
        [("percent", 78.3, "%", None), ("percent", 76.9, "%", None)],
        None,
    ),
    (
        "de",
        "Fraport-Chef Till Overbeck-Sand sagte, für das Gesamtjahr rechne der Konzern weiterhin mit 64 bis 66 Millionen Fluggästen in Frankfurt.",
        True,
        [("count", 64000000, None, None), ("count", 66000000, None, None)],
        "Till Overbeck-Sand",
    ),
    (
        "de",
        "„Wir haben die Delle hinter uns gelassen, jetzt zählt nur noch Qualität“, sagte Overbeck-Sand.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lufthansa zahlt in Frankfurt eigenen Angaben zufolge jährlich rund 1,1 Milliarden Euro an Entgelten.",
        True,
        [("money", 1100000000, "EUR", "about")],
        None,
    ),
    # --- Ryanair traffic (Reuters), Monday March 22 ---
    (
        "en",
        "DUBLIN, March 22 (Reuters) - Ryanair carried 13.6 million passengers in February, up 5% from a year earlier, the Irish airline said on Monday.",
        True,
        [("date", "--03-22", None, None), ("count", 13600000, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Its load factor held at 91%, while more than 740 flights were cancelled, mostly due to walkouts by air traffic controllers in France.",
        True,
        [("percent", 91, "%", None), ("count", 740, None, "over")],
        None,
    ),
    (
        "en",
        "Chief Executive Declan Moriarty-Flood told reporters the carrier expected to fly about 214 million passengers in the year to March 31 and 221 million in the following 12 months.",
        True,
        [("count", 214000000, None, "about"), ("date", "--03-31", None, None), ("count", 221000000, None, None), ("duration", 12, "month", None)],
        "Declan Moriarty-Flood",
    ),
    (
        "en",
        '"European air traffic control is a shambles, and it is passengers who pay for it," Moriarty-Flood said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He said the airline had cancelled 316 flights on Thursday alone, affecting roughly 57,000 passengers.",
        True,
        [("count", 316, None, None), ("count", 57000, None, "about")],
        None,
    ),
    ("en", "Moriarty-Flood declined to say whether fares would rise over the Easter holidays.", False, [], None),
    (
        "en",
        "Ryanair shares rose 1.8% in Dublin after the figures were published.",
        True,
        [("percent", 1.8, "%", None)],
        None,
    ),
    # --- Warnstreik am Hamburger Flughafen angekündigt (dpa/lno), Montag ---
    (
        "de",
        "Hamburg (dpa/lno) - Die Gewerkschaft Verdi hat das Bodenpersonal am Hamburger Flughafen für Mittwoch zu einem 24-stündigen Warnstreik aufgerufen.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Damit fallen voraussichtlich alle 143 geplanten Abflüge aus, rund 19.000 Passagiere sind betroffen, hieß es beim Flughafen.",
        True,
        [("count", 143, None, None), ("count", 19000, None, "about")],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Ilka Dombrowski-Held sagte, die Gewerkschaft fordere für die rund 1.100 Beschäftigten der Bodenverkehrsdienste 9 Prozent mehr Lohn, mindestens jedoch 410 Euro monatlich.",
        True,
        [("count", 1100, None, "about"), ("percent", 9, "%", None), ("money", 410, "EUR", "at_least")],
        "Ilka Dombrowski-Held",
    ),
    ("de", "„Ohne Druck bewegen sich die Arbeitgeber keinen Millimeter“, sagte Dombrowski-Held.", False, [], None),
    (
        "de",
        "Der Flughafenverband ADV nannte den Warnstreik „unverhältnismäßig und rücksichtslos gegenüber Urlaubern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der zweiten Verhandlungsrunde hatten die Arbeitgeber 4,5 Prozent mehr Geld bei einer Laufzeit von 24 Monaten angeboten.",
        True,
        [("ordinal", 2, None, None), ("percent", 4.5, "%", None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "Verdi hatte den Hamburger Flughafen bereits im Februar zweimal bestreikt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- FAA caps Newark (AP), Monday ---
    (
        "en",
        "NEWARK, N.J. (AP) — U.S. aviation regulators on Monday capped flights at Newark Liberty International Airport at 34 arrivals and 32 departures an hour through the end of October.",
        True,
        [("count", 34, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "en",
        "The agency has about 10,900 certified controllers nationwide, roughly 3,200 short of its own staffing target, according to FAA data.",
        True,
        [("count", 10900, None, "about"), ("count", 3200, None, "about")],
        None,
    ),
    (
        "en",
        "FAA Administrator Lorraine Pettigrew-Hayes told reporters that 2,100 trainees were enrolled at the agency's academy in Oklahoma City, the most since 1992.",
        True,
        [("count", 2100, None, None), ("year", 1992, None, None)],
        "Lorraine Pettigrew-Hayes",
    ),
    ("en", '"We cannot train our way out of this overnight," Pettigrew-Hayes said.', False, [], None),
    (
        "en",
        "Departures from Newark were delayed by an average of 47 minutes on Friday, and 212 flights were cancelled, according to FlightAware.",
        True,
        [("duration", 47, "minute", None), ("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "United Airlines, the largest carrier at Newark, said it would cut 41 daily flights there.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Marcus Delgado-Wynn, D-N.J., said he would introduce a bill requiring the FAA to publish staffing levels at every control facility each month.",
        True,
        [],
        "Marcus Delgado-Wynn",
    ),
    # --- Drohnen an deutschen Flughäfen (dpa), Montag ---
    (
        "de",
        "Langen (dpa) - Drohnen haben den Flugverkehr an deutschen Flughäfen im vergangenen Jahr 187 Mal behindert, so oft wie nie zuvor.",
        True,
        [("count", 187, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Deutschen Flugsicherung entfielen allein 41 dieser Fälle auf Frankfurt.",
        True,
        [("count", 41, None, None)],
        "die Deutsche Flugsicherung",
    ),
    (
        "de",
        "In München musste der Betrieb im Oktober zweimal für insgesamt fast sieben Stunden eingestellt werden.",
        True,
        [("count", 2, None, None), ("duration", 7, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "DFS-Chef Andreas Wiesmüller-Kranz sagte, ein Detektionssystem solle bis Ende 2028 an zunächst zwölf Flughäfen installiert sein.",
        True,
        [("year", 2028, None, None), ("count", 12, None, None)],
        "Andreas Wiesmüller-Kranz",
    ),
    ("de", "„Drohnen im Anflugsektor sind kein Kavaliersdelikt“, sagte Wiesmüller-Kranz.", False, [], None),
    (
        "de",
        "Die Bundespolizei leitete nach eigenen Angaben 63 Ermittlungsverfahren gegen Drohnenpiloten ein.",
        True,
        [("count", 63, None, None)],
        None,
    ),
    (
        "de",
        "Im Jahr davor hatte die DFS 152 solcher Behinderungen gezählt.",
        True,
        [("count", 152, None, None)],
        None,
    ),
    # --- Lufthansa bestellt Airbus-Jets (dpa-AFX), Dienstag, 23. März ---
    (
        "de",
        "Frankfurt/Main (dpa-AFX) - Die Lufthansa bestellte 40 Maschinen vom Typ A321neo und sicherte sich Kaufrechte für 20 weitere, wie aus einer Mitteilung des Konzerns vom Dienstag hervorgeht.",
        True,
        [("count", 40, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Zum Listenpreis hat der Auftrag einen Wert von rund 6,3 Milliarden US-Dollar.",
        True,
        [("money", 6300000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die ersten Jets sollen im Frühjahr 2029 kommen und ältere A320 ersetzen, die im Schnitt 24 Jahre alt sind.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Katrin Wohlleben-Ertl sagte, die neuen Flugzeuge verbrauchten pro Sitz etwa ein Fünftel weniger Kerosin als ihre Vorgänger.",
        True,
        [("fraction", 0.2, None, "about")],
        "Katrin Wohlleben-Ertl",
    ),
    ("de", "„Das ist ein klares Bekenntnis zu Europa und zu unseren Kunden“, sagte Wohlleben-Ertl.", False, [], None),
    ("de", "Analysten hielten die Bestellung für überfällig.", False, [], None),
    (
        "de",
        "Die Lufthansa-Aktie legte bis zum Mittag um 2,3 Prozent zu.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    # --- French air traffic control strike (AFP), Tuesday ---
    (
        "en",
        "PARIS (AFP) - French aviation regulator DGAC on Tuesday told airlines to drop a third of Thursday's departures from Paris-Orly and half of those from Marseille as controllers prepare to walk out.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The SNCTA union announced the 48-hour walkout over staffing and pay, its fourth this year.",
        True,
        [("duration", 48, "hour", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "As many as 1,650 flights crossing French airspace each day could be affected, according to Eurocontrol.",
        True,
        [("count", 1650, None, "up_to")],
        None,
    ),
    ("en", 'Airlines for Europe called the strike "a hostage-taking of travellers across Europe."', False, [], None),
    (
        "en",
        "Transport Minister Hélène Marchais-Duval said the government would propose a law requiring controllers to declare 48 hours in advance whether they intend to strike.",
        True,
        [("duration", 48, "hour", None)],
        "Hélène Marchais-Duval",
    ),
    ("en", '"The right to strike is not a right to paralyse a continent," Marchais-Duval said.', False, [], None),
    (
        "en",
        "About 1,400 of the 3,700 planned controller posts in France are unfilled, according to the union.",
        True,
        [("count", 1400, None, "about"), ("count", 3700, None, None)],
        None,
    ),
    # --- Flughafen Wien im Februar (APA), Dienstag ---
    (
        "de",
        "Schwechat (APA) - Am Flughafen Wien sind im Februar knapp 2,1 Millionen Passagiere abgefertigt worden, um 6,4 Prozent mehr als vor einem Jahr.",
        True,
        [("count", 2100000, None, "nearly"), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen erhöhte sich auf 17.860, teilte die Flughafen Wien AG mit.",
        True,
        [("count", 17860, None, None)],
        "die Flughafen Wien AG",
    ),
    (
        "de",
        "Die Austrian Airlines beförderten im selben Monat 1,03 Millionen Fluggäste, ihre Auslastung lag bei 75,8 Prozent.",
        True,
        [("count", 1030000, None, None), ("percent", 75.8, "%", None)],
        None,
    ),
    (
        "de",
        "Für heuer rechnet der Flughafen mit mehr als 33 Millionen Passagieren am Standort Wien.",
        True,
        [("count", 33000000, None, "over")],
        None,
    ),
    ("de", "Flughafenvorstand Bernhard Zottl-Hainzl sprach von einem „Start nach Maß“.", False, [], None),
    (
        "de",
        "Der Vorstand sagte, die Sanierung der Piste 16/34 beginne im Mai und werde rund vier Monate dauern.",
        True,
        [("duration", 4, "month", "about")],
        None,
    ),
    (
        "de",
        "Während der Sanierung sollen alle Starts und Landungen über die zweite Piste 11/29 laufen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Straits Orient orders Boeing jets (Reuters), Tuesday March 23 ---
    (
        "en",
        "SINGAPORE, March 23 (Reuters) - Straits Orient Airlines has ordered 18 Boeing 787-9 jets and taken options on 12 more in a deal worth about $6.8 billion at list prices, the carrier said on Tuesday.",
        True,
        [("date", "--03-23", None, None), ("count", 18, None, None), ("count", 12, None, None), ("money", 6800000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Lim Wei Sheng told reporters the first of the wide-bodies would arrive in 2030, allowing the airline to launch flights to Europe and add a second daily service to Sydney.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None), ("ordinal", 2, None, None)],
        "Lim Wei Sheng",
    ),
    ("en", '"This is the order that turns us into a global airline," Lim said.', False, [], None),
    (
        "en",
        "The airline currently operates 46 narrow-body aircraft, most of them Airbus A320neos.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "Boeing had 6,140 unfilled orders at the end of February, according to its website.",
        True,
        [("count", 6140, None, None)],
        None,
    ),
    ("en", "Some analysts questioned whether Boeing could deliver the jets on schedule.", False, [], None),
    # --- Wizz Air traffic (Reuters), Tuesday March 23 ---
    (
        "en",
        "BUDAPEST, March 23 (Reuters) - Wizz Air carried 5.37 million passengers in February, up 9.8% from a year earlier, while its load factor rose 1.4 percentage points to 90.6%.",
        True,
        [("date", "--03-23", None, None), ("count", 5370000, None, None), ("percent", 9.8, "%", None), ("percent", 1.4, "pp", None), ("percent", 90.6, "%", None)],
        None,
    ),
    (
        "en",
        "Thirty-eight of its Airbus A321neo jets remained grounded for engine inspections, down from 44 in January, according to the company.",
        True,
        [("count", 38, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Bence Halmos-Reed told analysts the groundings would cost about 160 million euros in the financial year to March 31.",
        True,
        [("money", 160000000, "EUR", "about"), ("date", "--03-31", None, None)],
        "Bence Halmos-Reed",
    ),
    ("en", '"The worst of the engine crisis is behind us," Halmos-Reed said.', False, [], None),
    (
        "en",
        "Wizz shares fell 3.2% in London.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Wizz expects its capacity to grow by about 10% in the coming financial year.",
        True,
        [("percent", 10, "%", "about")],
        None,
    ),
    # --- Ryanair und die Flugabgabe (APA), Dienstag ---
    (
        "de",
        "Wien (APA) - Die Billigfluglinie Ryanair streicht im Winterflugplan 2027/28 neun Strecken ab Wien und zieht drei ihrer 19 dort stationierten Maschinen ab.",
        True,
        [("year", 2027, None, None), ("year", 2028, None, None), ("count", 9, None, None), ("count", 3, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Als Grund nannte die Airline die Flugabgabe, die derzeit 14 Euro pro Ticket beträgt.",
        True,
        [("money", 14, "EUR", None)],
        None,
    ),
    ("de", "Ryanair-Manager Eoin Gallagher-Brett nannte die Abgabe „eine Strafsteuer für Familien“.", False, [], None),
    (
        "de",
        "Finanzstaatssekretärin Veronika Hauptmann-Luger sagte, die Abgabe bringe dem Staat rund 190 Millionen Euro im Jahr und werde nicht abgeschafft.",
        True,
        [("money", 190000000, "EUR", "about")],
        "Veronika Hauptmann-Luger",
    ),
    (
        "de",
        "„Die Steuerpolitik macht in Österreich das Parlament, nicht Ryanair“, sagte Hauptmann-Luger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Betreibers entfallen auf Ryanair rund 13 Prozent der Passagiere am Flughafen Wien.",
        True,
        [("percent", 13, "%", "about")],
        None,
    ),
    # --- Warnstreik legt Hamburger Flughafen lahm (dpa/lno), Mittwoch, 24. März ---
    (
        "de",
        "Hamburg (dpa/lno) - Wegen des Warnstreiks ist am Hamburger Flughafen am Mittwoch kein einziger Passagierflug gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auch 138 Landungen wurden gestrichen, einige Maschinen wurden nach Hannover und Bremen umgeleitet, teilte ein Flughafensprecher mit.",
        True,
        [("count", 138, None, None)],
        None,
    ),
    (
        "de",
        "Nach Verdi-Angaben beteiligten sich gut 900 Beschäftigte an dem Ausstand.",
        True,
        [("count", 900, None, "over")],
        None,
    ),
    (
        "de",
        "„Keiner sagt uns, wie es weitergeht“, sagte eine Urlauberin aus Lüneburg, die nach Fuerteventura fliegen wollte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 8. April angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--04-08", None, None)],
        None,
    ),
    ("de", "Ob es vor Ostern weitere Streiks geben wird, ließ Dombrowski-Held offen.", False, [], None),
    # --- UK air passenger duty (Reuters), Wednesday March 24 ---
    (
        "en",
        "LONDON, March 24 (Reuters) - Britain will raise air passenger duty on long-haul economy tickets to £102 from £94 from April 2028, according to Treasury documents published on Wednesday.",
        True,
        [("date", "--03-24", None, None), ("money", 102, "GBP", None), ("money", 94, "GBP", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The duty on short-haul economy flights will rise by £2 to £17, while passengers on the largest private jets will pay up to £1,260.",
        True,
        [("money", 2, "GBP", None), ("money", 17, "GBP", None), ("money", 1260, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The increases are expected to raise about 410 million pounds a year by 2030, according to the Office for Budget Responsibility.",
        True,
        [("money", 410000000, "GBP", "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Airlines UK, which represents carriers including British Airways and easyJet, said Britain already levied the highest aviation tax in Europe.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Airlines UK Chief Executive Gareth Ormondroyd called the rise "another raid on holidaymakers."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Exchequer Secretary Abigail Thornbury-Nash said the long-haul rate would still be lower in real terms than in 2010.",
        True,
        [("year", 2010, None, None)],
        "Abigail Thornbury-Nash",
    ),
    (
        "en",
        '"Nobody wants to pay more to fly, but the public finances have to be repaired," Thornbury-Nash said.',
        False,
        [],
        None,
    ),
    # --- Luftverkehrsteuer soll sinken (dpa), Mittwoch ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will die Luftverkehrsteuer zum 1. Juli senken: Für Kurzstreckenflüge sollen künftig 12,40 Euro pro Ticket fällig werden statt bisher 15,90 Euro.",
        True,
        [("date", "--07-01", None, None), ("money", 12.4, "EUR", None), ("money", 15.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf der Langstrecke über 6.000 Kilometer sinkt der Satz von 71,20 Euro auf 63,80 Euro, sagte Finanzstaatssekretär Jochen Riedmiller am Mittwoch in Berlin.",
        True,
        [("count", 6000, None, "over"), ("money", 71.2, "EUR", None), ("money", 63.8, "EUR", None)],
        "Jochen Riedmiller",
    ),
    (
        "de",
        "Dem Bund entgehen dadurch nach Berechnungen des Finanzministeriums rund 580 Millionen Euro im Jahr.",
        True,
        [("money", 580000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Deutschen Luftverkehrswirtschaft (BDL) sprach von einem „überfälligen Signal“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des BDL haben die Airlines ihr Angebot an deutschen Flughäfen seit 2019 um 14 Prozent verringert, in anderen EU-Staaten aber ausgebaut.",
        True,
        [("year", 2019, None, None), ("percent", 14, "%", None)],
        None,
    ),
    ("de", "Umweltverbände kritisierten die Senkung als „klimapolitischen Rückschritt“.", False, [], None),
    (
        "de",
        "Die Grünen kündigten an, im Bundestag gegen die Senkung zu stimmen.",
        True,
        [],
        None,
    ),
    # --- Turbulence on Kona Pacific flight (AP), Wednesday ---
    (
        "en",
        "HONOLULU (AP) — Nine people were taken to hospitals after Kona Pacific Airlines Flight 22 from Los Angeles hit severe turbulence about 40 minutes before landing in Honolulu on Wednesday, officials said.",
        True,
        [("count", 9, None, None), ("duration", 40, "minute", "about")],
        None,
    ),
    (
        "en",
        "The Airbus A330 was carrying 271 passengers and 12 crew members, a spokesperson for the airline said in a statement.",
        True,
        [("count", 271, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Two of the injured, both flight attendants, were in serious condition, according to Honolulu Emergency Medical Services.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Anyone who was not buckled in hit the ceiling," passenger Leilani Akana-Torres told Hawaii News Now.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Transportation Safety Board opened an investigation and asked the airline to preserve the flight data recorder.",
        True,
        [],
        None,
    ),
    ("en", "Kona Pacific said the safety of its passengers and crew remained its highest priority.", False, [], None),
    # --- IATA on sustainable aviation fuel (Reuters), Wednesday March 24 ---
    (
        "en",
        "GENEVA, March 24 (Reuters) - Global production of sustainable aviation fuel will reach about 2.9 million tonnes this year, just 0.9% of the industry's fuel needs, the International Air Transport Association forecast on Wednesday.",
        True,
        [("date", "--03-24", None, None), ("count", 2900000, None, "about"), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "Airlines will pay roughly $5.2 billion more for that fuel than for conventional kerosene, the association estimated.",
        True,
        [("money", 5200000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "IATA Director General Arjen Hoekstra-Baird told reporters that airlines would need about 500 million tonnes of such fuel a year by 2050 to eliminate their net carbon emissions.",
        True,
        [("count", 500000000, None, "about"), ("year", 2050, None, None)],
        "Arjen Hoekstra-Baird",
    ),
    ("en", '"Governments are talking a lot and producing very little," Hoekstra-Baird said.', False, [], None),
    (
        "en",
        "The industry body expects airlines to carry 5.4 billion passengers this year and earn a combined net profit of $41.6 billion.",
        True,
        [("count", 5400000000, None, None), ("money", 41600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Environmental groups accused the industry of hiding behind fuel targets it knew it would miss.",
        False,
        [],
        None,
    ),
    # --- Nachtlandungen in Düsseldorf (dpa/lnw), Mittwoch ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Am Düsseldorfer Flughafen sind im vergangenen Jahr 1.126 Maschinen nach 23 Uhr gelandet, mehr als doppelt so viele wie 2019.",
        True,
        [("count", 1126, None, None), ("count", 2, None, "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Antwort des Landesverkehrsministeriums auf eine Anfrage der Grünen im Landtag hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die meisten verspäteten Landungen seien auf Engpässe bei der Flugsicherung und auf Unwetter zurückzuführen, heißt es in der Antwort.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bürgerinitiative gegen Fluglärm sprach von „Nacht für Nacht gebrochenen Versprechen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Starts nach 22 Uhr stieg um 17 Prozent auf 3.412.",
        True,
        [("percent", 17, "%", None), ("count", 3412, None, None)],
        None,
    ),
    (
        "de",
        "Für jede Landung nach 23 Uhr müssen Airlines einen Lärmzuschlag von bis zu 2.700 Euro zahlen.",
        True,
        [("money", 2700, "EUR", "up_to")],
        None,
    ),
    # --- Swiss streicht Flüge (Keystone-SDA), Donnerstag, 25. März ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Swiss streicht bis Ende Mai rund 1'400 Flüge, weil mehrere Triebwerke ihrer Airbus-A220-Flotte zur Inspektion müssen.",
        True,
        [("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien gut 90'000 Passagiere, die umgebucht würden, teilte die Fluggesellschaft am Donnerstag mit.",
        True,
        [("count", 90000, None, "over")],
        None,
    ),
    (
        "de",
        "Von den 30 Jets des Typs stünden derzeit elf am Boden, sagte Swiss-Sprecherin Seraina Vonmoos.",
        True,
        [("count", 30, None, None), ("count", 11, None, None)],
        "Seraina Vonmoos",
    ),
    ("de", "«Wir bedauern die Unannehmlichkeiten für unsere Gäste sehr», sagte Vonmoos.", False, [], None),
    (
        "de",
        "Gemäss der Flughafen Zürich AG waren im Februar nur 71,4 Prozent der Abflüge pünktlich, also mit höchstens 15 Minuten Verspätung unterwegs.",
        True,
        [("percent", 71.4, "%", None), ("duration", 15, "minute", "at_most")],
        None,
    ),
    (
        "de",
        "«Die Pünktlichkeit ist nicht dort, wo wir sie haben wollen», sagte Flughafenchef Reto Imboden-Staub.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Bundesamt für Zivilluftfahrt (Bazl) hat verfügt, dass die betroffenen Triebwerke höchstens 1'200 Zyklen ohne Prüfung fliegen dürfen.",
        True,
        [("count", 1200, None, "at_most")],
        None,
    ),
    # --- Boeing deliveries (Reuters), Thursday March 25 ---
    (
        "en",
        "SEATTLE, March 25 (Reuters) - Boeing delivered 44 737 MAX jets in February, up from 31 a year earlier, the planemaker said on Thursday.",
        True,
        [("date", "--03-25", None, None), ("count", 44, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Total deliveries across all models rose to 53, including seven 787 Dreamliners.",
        True,
        [("count", 53, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration has capped 737 MAX production at 47 jets a month since October.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Renée Castellano-Pike told analysts Boeing hoped to win approval for 52 a month by December.",
        True,
        [("count", 52, None, None)],
        "Renée Castellano-Pike",
    ),
    (
        "en",
        '"We are not going to rush this, and safety will always decide the pace," Castellano-Pike said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Airbus delivered 61 aircraft in February, bringing its total for the year to 112, according to a Reuters tally.",
        True,
        [("count", 61, None, None), ("count", 112, None, None)],
        None,
    ),
    # --- Rauch im Cockpit: Condor-Maschine kehrt um (dpa/lhe), Donnerstag ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Wegen Rauchs im Cockpit ist eine Condor-Maschine auf dem Weg nach Fuerteventura am Donnerstag nach Frankfurt zurückgekehrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An Bord des Fluges DE 1582 waren 211 Passagiere und sieben Besatzungsmitglieder, teilte ein Sprecher der Bundespolizei mit.",
        True,
        [("count", 211, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Maschine vom Typ Airbus A330-900 landete etwa 25 Minuten nach dem Abheben sicher.",
        True,
        [("duration", 25, "minute", "about")],
        None,
    ),
    (
        "de",
        "Vier Passagiere klagten über Atemwegsreizungen und wurden ambulant behandelt.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesstelle für Flugunfalluntersuchung wertete den Zwischenfall als schwere Störung und schickte Ermittler nach Frankfurt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Es roch plötzlich wie ein verschmorter Föhn“, sagte ein Passagier dem Hessischen Rundfunk.",
        False,
        [],
        None,
    ),
    ("de", "Condor lobte das besonnene Vorgehen der Crew.", False, [], None),
    (
        "de",
        "Die Passagiere wurden nach Angaben der Airline am Abend mit einer Ersatzmaschine nach Fuerteventura geflogen.",
        True,
        [],
        None,
    ),
    # --- European flight emissions (Reuters), Thursday March 25 ---
    (
        "en",
        "BRUSSELS, March 25 (Reuters) - Flights departing from European airports emitted 158 million tonnes of carbon dioxide last year, 4.1% more than in 2025 but still below the 2019 level, Eurocontrol said on Thursday.",
        True,
        [("date", "--03-25", None, None), ("count", 158000000, None, None), ("percent", 4.1, "%", None), ("year", 2025, None, None), ("year", 2019, None, None)],
        "Eurocontrol",
    ),
    (
        "en",
        "Long-haul flights of more than 4,000 km accounted for just over half of the total while making up about 6% of departures.",
        True,
        [("count", 4000, None, "over"), ("fraction", 0.5, None, "over"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Sustainable aviation fuel made up 1.1% of the jet fuel used at EU airports, against a 1.5% target set by the industry itself.",
        True,
        [("percent", 1.1, "%", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        'Green group Transport & Environment said the data showed airlines were "growing their way out of every climate promise."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Eurocontrol Director General Anneke Valkenburg, who took office in January, told reporters that European carriers would need 11 million tonnes of sustainable fuel a year by 2035.",
        True,
        [("count", 11000000, None, None), ("year", 2035, None, None)],
        None,
    ),
    ("en", "Valkenburg said she was confident the industry would find a way.", False, [], None),
    # --- Prairie Star outage (AP), Thursday ---
    (
        "en",
        "DALLAS (AP) — A computer outage forced Prairie Star Airlines to halt all departures for about two and a half hours early on Thursday, stranding travelers across the country.",
        True,
        [("duration", 2.5, "hour", "about")],
        None,
    ),
    (
        "en",
        "The airline canceled 640 flights and delayed about 1,900 more, according to FlightAware.",
        True,
        [("count", 640, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration issued a ground stop at the airline's request shortly after 7 a.m. Eastern time.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Prairie Star blamed the outage on a faulty update to its crew-scheduling software and said there was no sign of a cyberattack.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The airline offered refunds and hotel vouchers to passengers stranded overnight.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Stranded passenger Wanda Becker-Tate said she had been "treated like luggage" at the gate.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the second such outage at the carrier since December.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Spanish handling strike (AFP), Thursday ---
    (
        "en",
        "MADRID (AFP) - Ground-handling staff at 22 Spanish airports will strike on four days in early April, unions said on Thursday.",
        True,
        [("count", 22, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "The walkouts on April 1, 2, 5 and 6 could affect up to 4,800 flights, according to airport operator Aena.",
        True,
        [("date", "--04-01", None, None), ("date", "--04-02", None, None), ("date", "--04-05", None, None), ("date", "--04-06", None, None), ("count", 4800, None, "up_to")],
        None,
    ),
    (
        "en",
        "The unions are demanding a 7.5% pay rise over two years and the hiring of 1,300 extra workers.",
        True,
        [("percent", 7.5, "%", None), ("duration", 2, "year", None), ("count", 1300, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Álvaro Ruiz-Cortázar said the government would set minimum services of at least 60% on flights to the Balearic and Canary Islands.",
        True,
        [("percent", 60, "%", "at_least")],
        "Álvaro Ruiz-Cortázar",
    ),
    ("en", '"We will not let anyone hold the tourist season to ransom," Ruiz-Cortázar said.', False, [], None),
    (
        "en",
        "Aena's Spanish airports handled a record 318 million passengers last year, according to the operator.",
        True,
        [("count", 318000000, None, None)],
        None,
    ),
    # --- Osterferien am Münchner Flughafen (dpa/lby), Freitag, 26. März ---
    (
        "de",
        "München (dpa/lby) - Zum Start der Osterferien erwartet der Münchner Flughafen an den verkehrsreichsten Tagen bis zu 118.000 Passagiere täglich.",
        True,
        [("count", 118000, None, "up_to")],
        None,
    ),
    (
        "de",
        "In den zweiwöchigen Ferien rechnet der Flughafen insgesamt mit rund 1,45 Millionen Fluggästen, knapp ein Zehntel mehr als im Vorjahr.",
        True,
        [("duration", 2, "week", None), ("count", 1450000, None, "about"), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Beliebteste Ziele sind Antalya, Palma de Mallorca und Hurghada, teilte eine Flughafensprecherin mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Wartezeit an den Sicherheitskontrollen soll in der Regel unter 20 Minuten liegen, hieß es beim Flughafen.",
        True,
        [("duration", 20, "minute", "under")],
        None,
    ),
    ("de", "Der Flughafen rät Familien, das Handgepäck schon zu Hause sorgfältig zu packen.", False, [], None),
    (
        "de",
        "Flughafenchef Stefan Kieninger-Rott sagte, im Sommerflugplan, der am Sonntag beginnt, böten 94 Airlines Verbindungen zu 241 Zielen an.",
        True,
        [("count", 94, None, None), ("count", 241, None, None)],
        "Stefan Kieninger-Rott",
    ),
    ("de", "„München ist das Premium-Drehkreuz im Süden Europas“, sagte Kieninger-Rott.", False, [], None),
    # --- Heathrow's Easter getaway (PA), Friday ---
    (
        "en",
        "LONDON (PA) - Heathrow expects a record 1.9 million passengers to pass through its terminals over the Easter getaway, the airport said.",
        True,
        [("count", 1900000, None, None)],
        "the airport",
    ),
    (
        "en",
        "The second Friday of the school holidays is expected to be the busiest day, with about 126,400 departing passengers.",
        True,
        [("ordinal", 2, None, None), ("count", 126400, None, "about")],
        None,
    ),
    (
        "en",
        "Border Force staff at Heathrow and Gatwick will strike for four days from April 1 in a dispute over shift patterns, union officials said.",
        True,
        [("duration", 4, "day", None), ("date", "--04-01", None, None)],
        None,
    ),
    (
        "en",
        "Home Office Minister Priya Dhanjal-Moss said military personnel and civil servants would be deployed to staff passport desks.",
        True,
        [],
        "Priya Dhanjal-Moss",
    ),
    (
        "en",
        '"Holidaymakers should not pay the price for failures at the Home Office," PCS General Secretary Ruairi Breckenridge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The airport urged passengers to arrive in good time and to check with their airline before travelling.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Security waits at Manchester Airport averaged 8 minutes in February, with 97% of passengers screened in under 20 minutes, according to the airport.",
        True,
        [("duration", 8, "minute", None), ("percent", 97, "%", None), ("duration", 20, "minute", "under")],
        None,
    ),
    # --- Betriebsversammlung bei der AUA (APA), Freitag ---
    (
        "de",
        "Wien (APA) - Wegen einer Betriebsversammlung des Bordpersonals hat die AUA für Freitag 96 Flüge gestrichen.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Rund 11.500 Passagiere seien betroffen, die meisten davon seien bereits umgebucht, hieß es bei der AUA.",
        True,
        [("count", 11500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida fordert für Pilotinnen, Piloten und Flugbegleiter ein Gehaltsplus von 11,2 Prozent.",
        True,
        [("percent", 11.2, "%", None)],
        None,
    ),
    (
        "de",
        "AUA-Chefin Martina Stöcklmayr sagte, das Angebot des Unternehmens von 6,1 Prozent über zwei Jahre liege deutlich über der Inflation.",
        True,
        [("percent", 6.1, "%", None), ("duration", 2, "year", None)],
        "Martina Stöcklmayr",
    ),
    ("de", "„Wir lassen uns nicht erpressen“, sagte Stöcklmayr.", False, [], None),
    ("de", "vida-Verhandlungsleiter Harald Tschernutter sprach von einer „Provokation“.", False, [], None),
    (
        "de",
        "Es ist bereits die dritte Betriebsversammlung seit Jänner.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Jetstar punctuality (AAP), Friday ---
    (
        "en",
        "SYDNEY (AAP) - Just 61.8% of Jetstar flights arrived on time in February, the worst result among major domestic airlines, government figures show.",
        True,
        [("percent", 61.8, "%", None)],
        None,
    ),
    (
        "en",
        "Jetstar also cancelled 4.9% of its scheduled services, against an industry average of 2.7%.",
        True,
        [("percent", 4.9, "%", None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "en",
        "Qantas, Jetstar's parent, said engine shortages on the budget carrier's A320neo fleet had disrupted 1,100 flights.",
        True,
        [("count", 1100, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Callum Brereton-Shaw said the government would give the Australian Competition and Consumer Commission powers to fine airlines up to A$50 million for misleading customers about cancellations.",
        True,
        [("money", 50000000, "AUD", "up_to")],
        "Callum Brereton-Shaw",
    ),
    (
        "en",
        '"Australians are sick of being treated like cattle by their airlines," Brereton-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Jetstar's on-time rate in February last year was 68.4%.",
        True,
        [("percent", 68.4, "%", None)],
        None,
    ),
    # --- Passagiere ins Ausland (dpa), Freitag ---
    (
        "de",
        "Wiesbaden (dpa) - Von deutschen Flughäfen sind im vergangenen Jahr 102,4 Millionen Passagiere ins Ausland gestartet, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("count", 102400000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das waren 3,1 Prozent mehr als 2025, aber noch immer gut 8 Prozent weniger als im Vor-Corona-Jahr 2019.",
        True,
        [("percent", 3.1, "%", None), ("year", 2025, None, None), ("percent", 8, "%", "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Knapp jeder dritte Auslandsfluggast startete in Frankfurt am Main.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Inlandsverkehr zählten die Statistiker 9,8 Millionen Passagiere, weniger als halb so viele wie 2019.",
        True,
        [("count", 9800000, None, None), ("fraction", 0.5, None, "under"), ("year", 2019, None, None)],
        None,
    ),
    ("de", "Der Flughafenverband ADV sprach von einem „Trauerspiel für den Standort Deutschland“.", False, [], None),
    (
        "de",
        "Den höchsten Zuwachs verzeichnete der BER mit einem Plus von 7,2 Prozent.",
        True,
        [("percent", 7.2, "%", None)],
        None,
    ),
    # --- U.S. on-time report and a tarmac fine (Reuters), Friday March 26 ---
    (
        "en",
        "WASHINGTON, March 26 (Reuters) - U.S. airlines operated 76.2% of domestic flights on time in January, down from 79.5% a year earlier, the Transportation Department said on Friday.",
        True,
        [("date", "--03-26", None, None), ("percent", 76.2, "%", None), ("percent", 79.5, "%", None)],
        "the Transportation Department",
    ),
    (
        "en",
        "Carriers cancelled 2.4% of scheduled flights, the highest January rate since 2022, as winter storms swept the Northeast.",
        True,
        [("percent", 2.4, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The department also fined Sunridge Airways $2.8 million for keeping passengers on 31 planes on the tarmac for more than three hours without letting them off.",
        True,
        [("money", 2800000, "USD", None), ("count", 31, None, None), ("duration", 3, "hour", "over")],
        None,
    ),
    (
        "en",
        "Transportation Secretary Warren Oakes-Whitman said airlines had paid out $4.1 billion in automatic refunds since the rule took effect.",
        True,
        [("money", 4100000000, "USD", None)],
        "Warren Oakes-Whitman",
    ),
    (
        "en",
        '"Passengers deserve better, and we will keep holding airlines to account," Oakes-Whitman said.',
        False,
        [],
        None,
    ),
    ("en", "Sunridge did not return calls seeking comment.", False, [], None),
    # --- Schlichtungsstelle für Fluggäste (dpa), Freitag ---
    (
        "de",
        "Berlin (dpa) - Fluggäste haben im vergangenen Jahr 38.740 Beschwerden an die Schlichtungsstelle für den öffentlichen Personenverkehr (söp) gerichtet, knapp ein Viertel mehr als im Vorjahr.",
        True,
        [("count", 38740, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "In 87 Prozent der abgeschlossenen Fälle hätten sich Airline und Passagier geeinigt, teilte die söp am Freitag mit.",
        True,
        [("percent", 87, "%", None)],
        "die söp",
    ),
    (
        "de",
        "Häufigster Anlass waren Verspätungen von mehr als drei Stunden und kurzfristige Annullierungen.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Im Schnitt erhielten die Beschwerdeführer 412 Euro.",
        True,
        [("money", 412, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Manche Airlines setzen offenbar darauf, dass ihre Kunden irgendwann aufgeben“, sagte söp-Geschäftsführerin Annika Brüggemann-Stoll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brüggemann-Stoll sagte, die Bearbeitung eines Falls dauere derzeit im Schnitt 38 Tage.",
        True,
        [("duration", 38, "day", None)],
        "Brüggemann-Stoll",
    ),
    # --- easyJet flight diverted (PA), Friday ---
    (
        "en",
        "LONDON (PA) - An easyJet flight from Luton to Hurghada was diverted to Brindisi in southern Italy after two passengers attacked cabin crew, according to Bedfordshire Police.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Flight U2 2317, carrying 176 passengers, landed about 90 minutes after the crew declared an emergency.",
        True,
        [("count", 176, None, None), ("duration", 90, "minute", "about")],
        None,
    ),
    (
        "en",
        "Two men, aged 27 and 31, were arrested on suspicion of endangering an aircraft.",
        True,
        [("count", 2, None, None), ("duration", 27, "year", None), ("duration", 31, "year", None)],
        None,
    ),
    ("en", '"Violence against our crew will never be tolerated," easyJet said in a statement.', False, [], None),
    (
        "en",
        "The Civil Aviation Authority recorded 1,284 incidents involving disruptive passengers last year, up 18%, according to its annual safety review.",
        True,
        [("count", 1284, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Both men were released on bail until May 14.",
        True,
        [("date", "--05-14", None, None)],
        None,
    ),
    # --- CO2-Bilanz der Swiss (awp), Samstag, 27. März ---
    (
        "de",
        "Kloten (awp) - Die Swiss hat im vergangenen Jahr 4,71 Millionen Tonnen CO2 ausgestossen, 2,6 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 4710000, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Pro 100 Passagierkilometer verbrauchte die Flotte im Schnitt 3,3 Liter Kerosin, heisst es im Nachhaltigkeitsbericht.",
        True,
        [("count", 100, None, None), ("count", 3.3, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil nachhaltiger Treibstoffe lag bei 1,2 Prozent, bis 2030 soll er auf 8 Prozent steigen.",
        True,
        [("percent", 1.2, "%", None), ("year", 2030, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "«Wir stehen zu unserer Verantwortung für das Klima», sagte Konzernchef Dieter Amrein-Vogt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amrein-Vogt sagte, die Swiss werde bis 2033 insgesamt 14 Langstreckenjets ersetzen, die neuen Modelle verbrauchten 22 Prozent weniger Treibstoff.",
        True,
        [("year", 2033, None, None), ("count", 14, None, None), ("percent", 22, "%", None)],
        "Amrein-Vogt",
    ),
    (
        "de",
        "Im Jahr 2019 hatte die Swiss noch 5,2 Millionen Tonnen CO2 ausgestossen.",
        True,
        [("year", 2019, None, None), ("count", 5200000, None, None)],
        None,
    ),
    # --- Near miss on a San Diego runway (AP), Saturday ---
    (
        "en",
        "SAN DIEGO (AP) — A Pacific Crest Airlines jet aborted its takeoff at San Diego International Airport on Friday after a private plane taxied onto the same runway, according to the Federal Aviation Administration.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Boeing 737-800, with 142 passengers and six crew aboard, stopped about 1,200 feet short of the Cessna, a preliminary FAA account shows.",
        True,
        [("count", 142, None, None), ("count", 6, None, None), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "It was the fourth such close call at a California airport since January, FAA records show.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The NTSB sent three investigators to San Diego.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", '"That was way too close, and I am still shaking," passenger Terrence Mulvane told KGTV.', False, [], None),
    ("en", "The pilot of the Cessna could not be reached for comment.", False, [], None),
    # --- Rekordwinter am Flughafen Innsbruck (APA), Samstag ---
    (
        "de",
        "Innsbruck (APA) - Der Flughafen Innsbruck hat in der Wintersaison rund 590.000 Passagiere abgefertigt und damit zum dritten Mal in Folge einen Rekord aufgestellt.",
        True,
        [("count", 590000, None, "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte davon waren Skiurlauber aus Großbritannien und den Niederlanden, die mit Charterflügen anreisten.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "An Spitzentagen im Februar landeten bis zu 84 Maschinen an einem einzigen Samstag.",
        True,
        [("count", 84, None, "up_to")],
        None,
    ),
    (
        "de",
        "Flughafendirektor Marco Pirchmoser-Lanz sagte, wegen starken Föhns hätten an fünf Tagen insgesamt 63 Flüge nach Salzburg oder München umgeleitet werden müssen.",
        True,
        [("duration", 5, "day", None), ("count", 63, None, None)],
        "Marco Pirchmoser-Lanz",
    ),
    ("de", "„Innsbruck ist und bleibt das Tor zu den Alpen“, sagte Pirchmoser-Lanz.", False, [], None),
    ("de", "Anrainer in Völs beklagen seit Jahren den Lärm der Charterjets am Wochenende.", False, [], None),
    # --- Sommerflugplan am BER (dpa/bb), Sonntag, 28. März ---
    (
        "de",
        "Schönefeld (dpa/bb) - Mit dem Sommerflugplan bietet der Hauptstadtflughafen BER ab Sonntag Verbindungen zu 176 Zielen in 51 Ländern an.",
        True,
        [("count", 176, None, None), ("count", 51, None, None)],
        None,
    ),
    (
        "de",
        "Neu im Programm sind unter anderem tägliche Flüge nach Toronto und dreimal wöchentlich Flüge nach Almaty, teilte die Flughafengesellschaft FBB mit.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Flughafenchefin Gesa Thielbeer sagte, für das Gesamtjahr rechne man mit 27,5 bis 28 Millionen Passagieren, nach 26,1 Millionen im Vorjahr.",
        True,
        [("count", 27500000, None, None), ("count", 28000000, None, None), ("count", 26100000, None, None)],
        "Gesa Thielbeer",
    ),
    ("de", "„Berlin spielt endlich wieder in der Liga der großen Hauptstädte mit“, sagte Thielbeer.", False, [], None),
    (
        "de",
        "Das Terminal 2 bleibt nach Angaben der FBB auch im Sommer geschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Entgelte am BER steigen zum 1. April um durchschnittlich 4,9 Prozent.",
        True,
        [("date", "--04-01", None, None), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Lufthansa-Tochter Eurowings verlegt zwei weitere Flugzeuge nach Berlin und stationiert dort künftig 14 Maschinen.",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        None,
    ),
    # --- India's domestic air traffic (Reuters), Sunday March 28 ---
    (
        "en",
        "NEW DELHI, March 28 (Reuters) - Indian airlines flew 15.2 million domestic passengers in February, up 11.3% from a year earlier, data from the Directorate General of Civil Aviation showed on Sunday.",
        True,
        [("date", "--03-28", None, None), ("count", 15200000, None, None), ("percent", 11.3, "%", None)],
        None,
    ),
    (
        "en",
        "IndiGo's market share rose to 61.9%, while Air India and its budget arm together held about 26%.",
        True,
        [("percent", 61.9, "%", None), ("percent", 26, "%", "about")],
        None,
    ),
    (
        "en",
        "Civil Aviation Minister Rajendra Kothapalli said India would need about 1,700 new aircraft over the next 20 years and at least 50 new airports by 2035.",
        True,
        [("count", 1700, None, "about"), ("duration", 20, "year", None), ("count", 50, None, "at_least"), ("year", 2035, None, None)],
        "Rajendra Kothapalli",
    ),
    ("en", '"For Indian travellers, the sky is no longer the limit," Kothapalli said.', False, [], None),
    (
        "en",
        "The share of flights delayed by more than two hours rose to 4.1%, the regulator's data showed.",
        True,
        [("duration", 2, "hour", "over"), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "Delhi's main airport handled 6.4 million passengers in February, more than any other airport in India.",
        True,
        [("count", 6400000, None, None)],
        None,
    ),
]
