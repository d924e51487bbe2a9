"""Three-hundred-and-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Konrad Pöltl-Wieser, Henning Adelmann-Roth, Ulrike Stammberger, Carsten Hellweg-Brandt,
Beat Zumstein, Sabine Hollerbach, Theresia Gmeinböck, Lukas Brändli, the holiday airline
Azurjet, Dörte Lindemann-Quast, Marco Tschudin-Ammann, Reto Baumgartner-Fässler, Malte
Ohlendorf; Alastair Quennington, the campaign group Hillingdon Skies, Dwight Callahan,
Renata Oyelaran, Pieter Vanhoutte, Cathal Breathnach-Ward, the Saudi startup Najd Airways,
Khalid Bin Sayyar, the lessor Corrib Aviation Capital, Jodie Marrable, Lorena Whitcomb,
Lakeshore Airlines, Dolores Whitlock-Ames, Marcy Delahunt, Clément Vasseur-Lanoix, Willem
Achterberg; every unnamed spokesperson, analyst, passenger, holidaymaker, investigator,
controller and executive); chief executives, board members, ministers and heads of agencies
and bodies of real firms, airports and governments appear under made-up names that stand for
no real holder, or by their role only ("ein Sprecher der Bundespolizei", "A Gatwick
spokesperson", "one Dublin-based analyst"). Real firms, airports, bodies, places and things
(Flughafen Wien-Schwechat, Flughafen Wien AG, Austrian Airlines, AUA, Fischamend, Fraport,
Lufthansa, Lufthansa Airlines, Boeing, Boeing 787-9, Skyguide, Flughafen Zürich AG, Kloten,
Genf, Aeropers, Bundesamt für Zivilluftfahrt (Bazl), Deutsche Flugsicherung (DFS), Langen,
Karlsruhe, BDL, Airbus, Airbus A220, A320, A321, A350, Embraer 195, vida, Swiss,
Bundespolizei, Düsseldorf, Eurowings, Hamburg, Tromsø, Marrakesch, Funchal, Bundesstelle für
Flugunfalluntersuchung (BFU), Hessischer Rundfunk, BER, Nordbahn, Südbahn, Statistisches
Bundesamt, Luftverkehrsteuer, Bundesregierung, Antalya, Brüssel; Heathrow, Gatwick,
Manchester, easyJet, the Federal Aviation Administration, Newark Liberty International
Airport, Philadelphia, United Airlines, FlightAware, the Port Authority, John F. Kennedy
International Airport, Eurocontrol, the European Commission, Airlines for Europe, Shannon
Airport, the Irish Aviation Authority, Limerick, Ennis, the Boeing 777-300ER, Ryanair, the
Boeing 737 MAX 10, the Civil Aviation Authority, the Farnborough Airshow, the A321neo, the
A350-1000, the E-Jet, Qantas, the Qantas Group, Perth, Frankfurt, the National
Transportation Safety Board, the NTSB, Denver International Airport, the Embraer 175, LSEG,
the Transportation Security Administration, the Transportation Department,
Hartsfield-Jackson, Chicago O'Hare, AAA, the DGAC, Paris-Orly, Lyon, Marseille, Nice, the
SNCTA union, the International Air Transport Association, and the datelines' cities) stand
for the way wire copy names them; every passenger total, movement, delay, punctuality share,
load factor, cancellation, order, list price, result, fare, fee, tax, cost, count of
controllers, altitude, distance, date and quote here is invented, and where a real figure
came to mind (a real airport's annual passenger total, a real airline's profit, dividend or
load factor, a real terminal's cost and gate count, a real controller shortage or staffing
figure, a real ATC delay target, a real record day at U.S. checkpoints, a real delivery
target) it was changed (the years of laws, openings and earlier air shows kept).

Its weight: AVIATION AND AIRPORTS (the forty-eighth, hundred-twenty-fifth,
two-hundred-and-sixth and two-hundred-and-forty-seventh batches weighed transport, air
travel, airlines and airports before and the two-hundred-and-thirty-first aviation
incidents, and their decisions are kept) over one year in story order (January to December,
with last year reported in the first stories), 28 short stories with the German and English
ones interleaved by month, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). Half German (APA, dpa with its
regional slugs "dpa/lnw", "dpa/lhe", "dpa/lno", "dpa/bb", dpa-AFX, Keystone-SDA; Austrian
"heuer", "im Vorjahr", "Anrainer", "um 6,2 Prozent mehr", Swiss "grössere", "äusserst",
"Gemäss", "Anwohnenden", "11'000", "128'650", «» quotes, German „“ quotes): Vienna airport's
record year and third runway, Frankfurt's January, Lufthansa's annual results and Boeing
order, a Skyguide outage closing Swiss airspace, the Deutsche Flugsicherung's controller
shortage and delay minutes, the Austrian Airlines' order for A220 jets, Zurich airport's
half year and punctuality, security queues at Düsseldorf, an emergency landing in Frankfurt
after smoke in the cabin, Hamburg's new winter routes, Swiss's nine months and a new
long-haul destination, the closure of BER's northern runway, Germany's third-quarter air
traffic and an AUA bird strike. Half English (Reuters, AP, AFP, PA, AAP): Heathrow's record
year and third runway, a Newark radar outage and the controller shortage, JFK's new
terminal, Eurocontrol's summer outlook, an engine shutdown and diversion to Shannon,
Ryanair's annual results, the UK punctuality league, Farnborough orders, Qantas'
Perth-Frankfurt route, a near miss on a Denver runway, a U.S. airline's third quarter,
Thanksgiving travel, a French air traffic control strike and IATA's outlook. Figures as such
copy has them: passengers, movements, seats, destinations, flights, cancellations,
controllers, sectors, gates, bird strikes and aircraft ordered and on option in thousands,
millions and billions ("33,8 Millionen Passagieren", "251.370", "128'650", "a record 85.2
million", "5.2 billion"), cargo in tonnes, delays in minutes and hours, delay minutes per
flight and in millions ("rund 5,6 Millionen Verspätungsminuten", "2.4 minutes per flight"),
punctuality shares and their thresholds ("höchstens 15 Minuten", "no more than 15 minutes
late", "within 15 minutes of schedule"), one move in percentage points, load factors,
results, fares, dividends, list prices, fees, taxes, costs and buybacks in euros, cents,
francs, pounds, dollars, U.S. cents and Australian dollars, altitudes in feet and metres,
distances in miles and kilometres, speeds in knots; number words and compounds ("zwölf",
"zehn", "fünfmal pro Woche", "zweimal wöchentlich", "sechswöchigen", "eine halbe Stunde",
"for two days", "the 10-day holiday period", "a 13,700-kilometre journey", "three times a
week", "Nine gates"), fractions („gut jeder dritte“, „knapp ein Fünftel“, „weniger als halb
so viele“, "About a third", "about two-fifths", "a quarter", "about a quarter"), ordinals
(„dritte Piste“, „im ersten Halbjahr“, „im dritten Quartal“, „Die ersten Flugzeuge“, „ihr
31. Langstreckenziel“, „der dritte grössere Ausfall“, "a third runway", "the fourth
diversion", "its 1,900th E-Jet", "the airline's 14th international destination", "for a
third year running", "fourth-quarter"), identifiers that carry none ("runway 4L/22R", „Piste
29“, "Terminal 1", "Terminal 6", "No. 2 engine", "Boeing 737 MAX 10", "A350-1000", "Embraer
195", "Airbus A321"), clock times, years, dates and hedges. Negatives as such copy has them
- about a quarter of the rows: passengers' complaints and vox pops, residents' complaints
about noise, executives' optimism, pride and reassurance in quotes and reported, airport
chiefs' and ministers' labels and rhetoric („sprach von“, "called", "described ... as",
"denounced ... as", "hailed ... as"), verdicts with „halten ... für“, accusations naming no
act, a union's demand naming no measure, an appeal, travel advice without a figure, an
apology, doubts, an open question, a promise held out without a date and an outlook with no
figures, each near a check-worthy look-alike from the same story; none of them carries a
figure.

240 rows (120 German, 120 English), 56 negatives (28 German, 28 English), 184 check-worthy
rows of which 15 carry no figure (9 German, 6 English), 322 expected quantities (125 counts,
56 percentages - 55 in %, 1 in percentage points -, 40 durations - 17 in minutes, 7 in
hours, 6 in years, 5 in months, 3 in days, 2 in weeks -, 34 amounts of money - 18 USD, 11
EUR, 3 CHF, 1 each GBP and AUD -, 27 years, 23 ordinals, 10 dates, 7 fractions; none of them
in a negative), 35 checked speakers (18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, feeling, hope, doubt, reassurance or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-forty-seventh, three-hundredth); a
  quoted or reported statement of fact, figure, step, rule, plan, forecast, demand or stated
  cause is check-worthy with its speaker, also in Konjunktiv I (hundred-twenty-fifth,
  two-hundred-and-forty-seventh). Pairs from one speaker: Pöltl-Wieser's 35 million beside
  „das Drehkreuz für Mittel- und Osteuropa“, Adelmann-Roth's 57 percent beside „das Tor
  Deutschlands zur Welt“, Hellweg-Brandt's 8 percent beside „die Trendwende geschafft“,
  Hollerbach's 150 controllers beside „Wir tun alles“, Gmeinböck's 20 percent beside „ein
  klares Bekenntnis“, Brändli's stated causes beside „nichts schönzureden“,
  Lindemann-Quast's 15 million beside „wieder da, wo es hingehört“, Quennington's 41 billion
  pounds beside "Expansion is not a luxury", Callahan's $14.2 billion beside "duct tape and
  prayers", Oyelaran's 80% beside "the front door to America", Vanhoutte's 1,200 controllers
  beside his appeal, Breathnach-Ward's 225 million beside "cautiously optimistic", Bin
  Sayyar's 100 destinations beside "as big as the kingdom itself", Marrable's A$2,450 beside
  "Australia's gateway to Europe", Whitlock-Ames's $1.15 to $1.40 beside "Our customers keep
  choosing us" and Achterberg's 16,400 jets beside his rhetoric and his optimism.
- Executives' optimism is a negative when it names no measure (hundred-twenty-fifth:
  ""Demand for the winter looks robust, ...,""; hundred-nineteenth: resolve and
  reassurance): "We remain cautiously optimistic about summer fares", "Achterberg said he
  was optimistic that ...", „Wir haben die Trendwende geschafft, und das neue Jahr hat für
  uns gut begonnen“, «Wir sind mit dem Ergebnis ... zufrieden», "Industry executives at the
  show insisted that supply chain problems would ease, though few would say when." and
  "Airline executives say holiday demand shows ..." (a view, forty-eighth: "Rail advocates
  say ..."); forecasts and targets with a figure stay check-worthy (hundred-twenty-fifth,
  two-hundred-and-forty-seventh): Fraport's 65 to 67 million, the DFS's 10,800 flights a
  day, Ryanair's 225 million, Najd's 100 destinations, Airbus's 840 deliveries, IATA's $38.4
  billion and 5.2 billion passengers. New: „Für das Gesamtjahr zeigte sich die
  Geschäftsleitung zuversichtlich, nannte aber keine Zahlen.“ is a negative - optimism
  together with an evasion, as „ließ ... offen“ (two-hundred-and-forty-seventh); and „Die
  Bundesregierung hat eine Senkung der Steuer in Aussicht gestellt, ohne sich auf einen
  Zeitpunkt festzulegen.“ is a negative - a promise held out without a date or a measure, as
  a manager's promise without a figure (hundred-twenty-fifth: „so schnell wie möglich“) and
  a vow (two-hundred-and-fourth).
- Passengers' and residents' complaints, vox pops and reactions are negatives
  (hundred-twenty-fifth, two-hundred-and-forty-seventh): the Anrainer in Schwechat and
  Fischamend, "I missed my daughter's recital ...", "grumbled about long walks to the
  gates", "Another passenger complained that nobody from the airline had explained ...",
  "said they had simply stopped trusting the departure boards", „dasselbe Chaos“, „Es roch
  plötzlich verbrannt“ (a witness's feeling, two-hundred-and-thirty-first), "There was a lot
  of praying going on back there", "Next year I'm driving" and the praise of the AUA crew;
  airlines' complaint about location costs and their anger at the timing of the BER closure
  name no measure. So are labels („sprach von «einem äusserst ärgerlichen Vorfall»“, „sprach
  von «einem Hohn ...»“, „sprach von einem „hausgemachten Standortproblem““, „kritisierten
  ... als „Rückschritt für den Klimaschutz““, "called the plan", "called the system",
  "called the near miss", "described the fare outlook as", "denounced the stoppage as",
  "hailed the announcement as"), a verdict with „halten ... für“
  (two-hundred-and-forty-seventh), accusations naming no act (the BDL's „verschlafen“;
  hundred-twenty-fifth: "Airline bosses have long blamed ..." beside "Airline bosses
  routinely blame ..."), Aeropers' demand for „eine lückenlose Aufklärung“
  (two-hundred-and-thirty-first: unions' demands without a figure), vida's appeal
  (two-hundred-and-fourth), the airport's travel advice without a figure (forty-eighth),
  Azurjet's apology and the AUA's „oberste Priorität“ (two-hundred-and-thirty-first: apology
  and reassurance), "Pilots' unions have long warned ..." (a warning naming no measure,
  two-hundred-and-fourth), "Some analysts questioned whether ..." (a doubt) and „Ob die
  Arbeiten rechtzeitig ... fertig werden, ist offen.“ (an open question).
- Check-worthy without a figure (forty-eighth, hundred-twenty-fifth,
  two-hundred-and-thirty-first, two-hundred-and-forty-seventh): the leads of the emergency
  landing at Shannon, the smoke in the Frankfurt cabin and the AUA bird strike; the Skyguide
  closure's window between two clock times and its stated cause („teilte Skyguide mit“); the
  Bazl's investigation; "no one was injured"; the passengers leaving by the emergency
  slides; the controller removed from duty; the NTSB's recovered recorders; Brändli's stated
  causes; the CAA's rule on publishing punctuality; Hamburg's new destinations; and Qantas'
  "longest regularly scheduled service". New: „Die Bundesstelle für Flugunfalluntersuchung
  (BFU) stufte den Vorfall als schwere Störung ein und nahm Ermittlungen auf.“ is
  check-worthy - an investigating body's formal classification is a recorded act that can be
  checked, unlike a label („nannte“, "called"), as an investigation opened is
  (two-hundred-and-thirty-first).
- Passengers, movements, seats, flights, destinations, aircraft and staff are counts
  (forty-eighth, hundred-twenty-fifth, two-hundred-and-forty-seventh): „mit 33,8 Millionen
  Passagieren“, „251.370“, „knapp 12,9 Millionen“ "nearly", „291.400 Tonnen“ and „knapp
  163.000 Tonnen“ (cargo, forty-eighth: „knapp 25.000 Tonnen“), „rund 4,3 Millionen“,
  „31.260“, „zwischen 65 und 67 Millionen“ (the scale written once serves both ends,
  hundredth; „zwischen“ no hedge), „137,2 Millionen“, „rund 11'000“ and „128'650“ (Swiss
  apostrophes, tenth), „bis zu 10.800 Flügen täglich“ "up_to" („täglich“ none), „rund 150
  Fluglotsinnen und Fluglotsen“, „14 zusätzliche Sektoren“, „je 148 Sitze, das sind 28 mehr“
  („je“ no hedge, „mehr“ after the figure compares), „rund 6,4 Millionen Sitzplätze“ (seats
  offered counted as passengers are), „118 Ziele in 34 Ländern“ („insgesamt“ no hedge),
  „rund 92.000“, „16 zusätzliche Spuren“, „bis zu 180 statt 150 Passagiere“ and „auf 44
  statt 70 Flugbewegungen pro Stunde“ both figures with „statt“ no hedge (hundred-fifth:
  „642 Millionen Franken statt der ... 455 Millionen Franken“; „pro Stunde“ none), „gut 2
  Millionen mehr“ "over", „187 Vogelschläge“, „96 Flugzeuge ..., fünf A350“; "a record 85.2
  million" ("a record" no hedge), "about 86.1 million", "Some 2.3 million" "about" ("alone"
  no hedge), "1.61 million tonnes", "More than 400 flights ... and 87", "19 fully certified
  controllers, against a target of 34", "about 3,400 controllers", "35 daily round trips",
  "28 arrivals and 28 departures an hour" ("capped at" no hedge, "an hour" none), "21
  gates", "Nine gates", "a record 11.6 million flights", "37,228 flights", "326 passengers
  and 15 crew", "212.4 million", "225 million ... the remaining 24 jets", "400 extra ground
  staff and 95 security officers", "fly to 100 destinations ... about 120 aircraft",
  "commitments to 212 jets", "about 840 ... after 781", "312 aircraft", "236 passengers",
  "71 passengers and four crew members", "23 of the most serious category ... up from 17",
  "a record 3.18 million", "about 19.2 million", "1,204 U.S. flights", "about 380,000",
  "83.4 million Americans", "410 flights, affecting about 72,000 passengers", "up to 1,800
  overflights a day" "up_to", "300 more controllers" ("more" after the figure compares),
  "top 5.2 billion" ("top" a verb, as "übersteigen" in the two-hundred-and-forty-seventh),
  "a backlog of more than 16,400 jets" "over". Orders and options
  (two-hundred-and-twenty-seventh: "40 Boeing 787 jets worth about $16 billion at list
  prices", "options for a further 20 aircraft"): „15 Langstreckenjets vom Typ Boeing 787-9
  und ... Optionen auf zehn weitere Maschinen“ 15 and 10 („weitere“ no hedge), „18 Jets der
  Airbus-A220-Familie“, „Optionen auf zwölf weitere Maschinen“, "60 Airbus A321neo jets and
  15 A350-1000 wide-bodies ... worth about $13.8 billion at list prices", "40 737 MAX 10
  jets ..., including options for 10 more" 40 and 10 (forty-eighth: "29 Boeing 737 MAX 10
  jets" 29 - the type keeps its figures, and "more" after the figure compares), "160 Boeing
  737 MAX 10 jets", "12 Boeing 737 MAX jets"; list prices are money („rund 5,4 Milliarden
  US-Dollar“ "about", „gut 1,7 Milliarden Dollar“ "over"). Multiples are counts
  (three-hundredth: "more than five times the 5.8% rate" 5 "over";
  two-hundred-and-forty-seventh: "nearly twice as many"): "more than three times the target"
  3 "over", „fast doppelt so viele“ 2 "nearly". Frequencies (forty-sixth: "three times a
  week" 3; seventieth: „zweimal wöchentlich“ 2; hundred-twenty-fifth: „dreimal pro Woche“
  3): "three times a week" 3, „zweimal wöchentlich“ 2, „fünfmal pro Woche“ 5.
- Altitudes, distances and speeds are counts (hundred-seventh: "more than 25,000 feet in
  under four minutes"; two-hundred-and-thirty-first): "at 37,000 feet", "about 600 miles
  west of Ireland", "within about 150 feet", "about 120 knots", „in rund 1.200 Metern Höhe“
  "about", "a 13,700-kilometre journey" (the figure in the compound, hundred-twenty-fifth:
  "a 3,500-metre runway"), "50 miles or more" with no hedge ("or more" after the figure,
  hundred-twenty-fifth).
- Identifiers carry none (forty-sixth, forty-eighth, hundred-twenty-fifth,
  two-hundred-and-thirty-first, two-hundred-and-forty-seventh): „auf der Piste 29“,
  "Terminal 1", "Terminal 6", "Boeing 787-9", "Boeing 777-300ER", "Boeing 737 MAX 10",
  "Airbus A321", "Airbus A320", "A321neo", "A350-1000", „fünf A350“ 5 only, "Embraer 175",
  „Embraer 195“, „Airbus-A220-Familie“, "E-Jet". New: "runway 4L/22R" carries none - a
  runway pair named by its headings with the side letters is a designator like "runway 27"
  (two-hundred-and-thirty-first), however the letters and the slash split it. New: "the
  aircraft's No. 2 engine" carries none - a position number naming a part, as "the No. 8
  shirt" (hundred-ninth) and "the No. 8 gale signal" (two-hundred-and-ninety-ninth) name a
  shirt and a signal, while a rank such as "a career-high No. 2 in Monday's WTA rankings"
  (two-hundred-and-twenty-first) is an ordinal.
- Delays, thresholds and punctuality (forty-eighth, hundred-twenty-fifth,
  two-hundred-and-eighty-first: "Delays at Frankfurt averaged 17.5 minutes per flight"):
  delay minutes are durations in minutes, a scale word multiplying (forty-eighth: „gut 4,1
  Millionen Verspätungsminuten“ 4,100,000 minutes "over"): „rund 5,6 Millionen
  Verspätungsminuten“ 5,600,000 minutes "about", „1,7 Minuten“ ("Im Durchschnitt" no hedge),
  "2.4 minutes per flight ..., the target of 0.7 minutes" ("per flight" none); delays and
  waits ("an average delay of 26 minutes", "fell by four minutes to 21 minutes" both, „bis
  zu 90 Minuten“ and „Verspätungen von bis zu zwei Stunden“ "up_to", „mit rund drei Stunden
  Verspätung“ "about", "for nearly three hours" "nearly", "more than two hours" "over", „für
  47 Minuten“, „rund 40 Minuten gesperrt“ "about", "19 hours later"); punctuality shares are
  percentages and their moves percentage points („nur 61,2 Prozent ..., 4,3 Prozentpunkte
  weniger“ 61.2 % and 4.3 pp, „nur“ no hedge and „weniger“ after the figure compares; "Only
  58.4% ... compared with 74.9%", "71% ..., against 68%", "Nearly 78%" "nearly"); thresholds
  are durations („mit höchstens 15 Minuten Verspätung“ 15 minutes "at_most",
  two-hundred-and-seventy-sixth: „höchstens“ "at_most"; "no more than 15 minutes late"
  "at_most", two-hundred-and-forty-seventh: "in no more than 14 days"; "within 15 minutes of
  schedule" no hedge, "within", hundred-twenty-fifth). „eine halbe Stunde Toleranz“ is 0.5
  hour (two-hundred-and-eighty-ninth: „eine halbe Stunde mehr“); "about 90 minutes after
  take-off" "about", „rund 25 Minuten nach dem Start“ "about", „Nach knapp 20 Minuten“
  "nearly" (two-hundred-and-thirty-first: "about four minutes after departing"). Clock times
  carry none („zwischen 6.10 Uhr und 6.57 Uhr“, „Nach 23.30 Uhr“, „ab 23 Uhr“, "shortly
  after 3 p.m.", "at 10:40 a.m."; hundred-twenty-fifth, two-hundred-and-thirty-first).
- Durations otherwise (the issue: "fünfstündigen", "a two-week visit"; hundred-twenty-fifth,
  two-hundred-and-forty-seventh): „Für die sechswöchigen Ferien“ 6 weeks, "the 10-day
  holiday period" 10 days, „für rund zehn Wochen“ "about", „nach rund 20 Jahren Betrieb“ 20
  years "about", „drei bis vier Jahre“ both (the unit written once serves both,
  forty-sixth), "in 12 to 18 months" both, "over five years" ("over" before a span no
  hedge), "up to 17 hours" "up_to", "walked out on Thursday for two days" 2 days, "within
  the coming 12 months" ("within" no hedge), "about 12 years to clear" "about", „in den
  ersten neun Monaten“ ordinal 1 and 9 months (two-hundred-and-forty-seventh), "on the first
  two days of the show" ordinal 1 and 2 days (three-hundredth: "in the first six months" 1
  and 6 months), "in the 12 months to June 30" 12 months and --06-30 (hundred-twenty-fifth:
  "in the four weeks to Nov. 15"), "in the year to March 31" --03-31 only
  (hundred-twenty-fifth: "in the year to Sept. 30"). The fleet's age is a duration in years
  („Das Durchschnittsalter der AUA-Flotte liegt derzeit bei 17,4 Jahren“ 17.4 years,
  „derzeit“ no hedge; hundred-twenty-second: „Das Durchschnittsalter der Truppe stieg auf
  34,1 Jahre“). None: „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „ein Jahr
  zuvor“, „im Januar des Vorjahres“, „in der Vorjahresperiode“, „für heuer“, „Im
  Gesamtjahr“, „Für das laufende Jahr“, „im abgelaufenen Geschäftsjahr“, „seit Jahren“,
  „seit Langem“, „über Jahre“, „Seit Jahresbeginn“, „in diesem Jahr“, „im Winter“, „in der
  Hauptsaison“, „in den Sommermonaten“, „ab Mitte April“, „im Frühjahr 2028“ (the year
  only), „bis Ende 2030“ (the year only), „Ab Mai 2027“ (the year only), „täglich“, „pro
  Stunde“, „pro Woche“, „im Jahr“, „pro Ticket“, „pro Sitz“, "last year", "this year", "next
  year", "the year before", "a year earlier", "in a month", "more than a year behind
  schedule" (a unit with its article, fifth), "in December alone", "through June", "this
  week", "last summer", "a single Friday in July", "the last fiscal year", "the holiday
  week", "an hour", "a day", "a year", "per flight", "per passenger", "per share", "every
  month", "decades old", "in years", "for most of the evening", "on both days", "the Sunday
  after Thanksgiving" (an occasion, hundred-twenty-fifth), weekdays and months alone.
- Fractions (the issue; hundred-twenty-fifth, two-hundred-and-forty-seventh): „gut jeder
  dritte davon“ 0.3333 "over" („davon“ no hedge; three-hundredth: „gut ein Drittel“ "over"),
  „knapp ein Fünftel weniger“ 0.2 "nearly" („weniger“ after the share compares,
  two-hundred-and-forty-seventh), „weniger als halb so viele“ 0.5 "under" (seventy-fourth:
  „weniger als halb so viel Schnee“), "About a third of all en-route delay minutes" 0.3333
  "about", "about two-fifths of the airport's flights" 0.4 "about" (the issue:
  "two-fifths"), "a quarter of those" 0.25, "about a quarter of airlines' operating costs"
  0.25 "about".
- Ordinals (the issue; hundred-twenty-fifth, two-hundred-and-forty-seventh): „Die geplante
  dritte Piste“ and "a third runway" 3, „im ersten Halbjahr“ 1 (twice), „im dritten Quartal“
  and „des dritten Quartals 2019“ 3 and the year, "third-quarter" 3 and "fourth-quarter" 4
  (fifteenth), „Die ersten Flugzeuge“ 1 and "The first gates" 1 and "the first flights" 1
  (two-hundred-and-forty-seventh: "the first flights" 1; an article before the plural,
  unlike „zu ersten Warnstreiks“ in the three-hundredth), "with the first due in the spring
  of 2027" 1 (two-hundred-and-forty-seventh: "its first to Madrid"), "the second such
  failure" 2, „der dritte grössere Ausfall bei Skyguide seit Juni 2022“ 3 and the year, "the
  fourth diversion" 4, "for a third year running" 3 (forty-eighth: "for a third year
  running"), "the airline's 14th international destination" 14, „ihr 31. Langstreckenziel“
  31 (the digit and the dot, two-hundred-and-fourth: „das 20. Sanktionspaket“), "the third
  walkout" 3, "for the first time" 1. New: "its 1,900th E-Jet" is ordinal 1900 - a grouped
  figure with the suffix ranks as "the 12th round" (the issue) and "the 14th prosecution"
  (two-hundred-and-seventy-sixth), and the type name after it carries none. None:
  „erstmals“, „größte“, „Deutschlands größter Flughafen“, "the busiest airport in the New
  York area", "Britain's busiest airport", "the worst record", "the highest daily total",
  "the longest regularly scheduled service", "the highest profit per passenger", „Am
  stärksten“, „die letzten“.
- Money in the currency written (every batch): EUR („2,08 Milliarden Euro“, „40,3 Milliarden
  Euro“, „25 Cent je Aktie“ 0.25 - Cent are EUR hundredths, two-hundred-and-forty-seventh;
  „je Aktie“ none -, „etwa 48 Millionen Euro“ and „rund 2,1 Milliarden Euro im Jahr“
  "about", „zwischen 16,10 und 73,40 Euro pro Ticket“ both with no hedge, "2.9 billion
  euros", "2.07 billion euros", "44.90 euros", "up to 750 million euros" "up_to"), CHF („538
  Millionen Franken“, „4,41 Milliarden Franken“, „knapp 90 Millionen Franken“ "nearly"), GBP
  ("41 billion pounds"), USD ("$14.2 billion", "$10.4 billion", "$21.5 billion", "about
  $13.8 billion at list prices", "$412 million ..., up from $288 million", "$5.86 billion
  ..., estimate of $5.71 billion", "$1.15 to $1.40 per share" both, "$38.4 billion ..., up
  from $34.1 billion", "about $7.20 per passenger" "about", "$26.90, ... about $1.40";
  „Dollar“ and „US-Dollar“ in German copy are USD), AUD ("from A$2,450" with no hedge -
  hundred-twenty-fifth: "ab" no hedge; forty-ninth: A$). "12.4 cents per available seat
  mile" is 0.124 USD - cents in U.S. airline copy are hundredths of a dollar, as "26 cents
  per share" (hundred-sixth) and "64.8 US cents" (hundred-nineteenth) are; "per available
  seat mile" none.
- Percentages as written (every batch): „ein Plus von 4,6 Prozent“, „ein Zuwachs von 3,1
  Prozent“, „um 6,2 Prozent mehr“ (Austrian), „bei 79,8 Prozent, nach 78,1 Prozent“, „um gut
  9 Prozent verfehlt“ "over", „auf 57 Prozent aller Passagiere“, „um rund 9 Prozent“
  "about", „bei 83,4 Prozent“ and „bei 84,1 Prozent“ (load factors, hundred-twenty-fifth),
  „um mindestens 8 Prozent“ "at_least", „rund 20 Prozent weniger Treibstoff“ "about", „gut
  55 Prozent“ "over", „um 11,6 Prozent unterschritten“ ("unterschritten" a verb, as
  "übertroffen" in the two-hundred-and-forty-seventh), „zum 1. Juli um 6,5 Prozent“; "up
  1.5%", "about 80% of the cost", "a 19% rise", "the load factor held at 92%", "fewer than
  1% of those scheduled" "under", "40% of scheduled flights", "a 5% pay rise", "a net margin
  of just 3.8%" ("just" no hedge), "an average load factor of 83.6%" ("average" no hedge),
  "to 3% from an earlier plan of 5%".
- Years and dates: „seit 2023“, „erst nach 2030“ the year with no qualifier
  (two-hundred-and-forty-seventh: „frühestens 2033“), „das Niveau von 2019“, „bis 2028“,
  „seit Juni 2022“, „im Frühjahr 2028“, „bis Ende 2030“, „seit 2019“ (twice), „Ab Mai 2027“,
  „Seit der Eröffnung 2020“ (two-hundred-and-forty-seventh: „seit der Eröffnung 2020“), „im
  Winterflugplan 2026/27“ both years (two-hundred-and-forty-seventh), "planned for 2035",
  "since 2019" (twice), "through 2027", "which opened in 1998", "by 2029", "by 2030", "in
  the spring of 2027", "the last Farnborough in 2024", "to 2028", "by 2028", "Under a 2023
  law" (a year before a law dates it, two-hundred-and-seventy-sixth: "a 2024 Supreme Court
  ruling"). Dates without a year: Reuters datelines with a day ("LONDON, Jan 13" --01-13,
  "BRUSSELS, April 9" --04-09, "DUBLIN, May 18" --05-18, "FARNBOROUGH, England, July 21"
  --07-21, "CHICAGO, Oct 15" --10-15, "GENEVA, Dec 9" --12-09; hundred-sixtieth,
  two-hundred-and-forty-seventh), „zum 1. Juli“ --07-01, „ab 15. Dezember“ --12-15, "to
  March 31" --03-31, "to June 30" --06-30. APA, dpa ("Frankfurt/Main (dpa)", "Langen (dpa)",
  "Wiesbaden (dpa)", "dpa/lnw", "dpa/lhe", "dpa/lno", "dpa/bb"), dpa-AFX, Keystone-SDA, AP
  ("NEWARK, N.J. (AP) —", "NEW YORK (AP) —", "WASHINGTON (AP) —"), AFP ("PARIS (AFP) -"), PA
  ("LONDON (PA) -", "SHANNON, Ireland (PA) -") and AAP ("SYDNEY (AAP) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "Some" "about"; „knapp“,
  „fast“, "nearly", "Nearly" "nearly"; „gut“, "more than", "More than" "over"; "fewer than",
  „weniger als“ "under"; „bis zu“, "up to" "up_to"; „mindestens“ "at_least"; „höchstens“,
  "no more than" "at_most". No hedge: "a record", "alone", „Allein“, „insgesamt“,
  „Insgesamt“, „derzeit“, „zuletzt“, „nur“, „nur noch“, "Only", "just", „Im Durchschnitt“,
  „durchschnittliche“, "average", „je“, „statt“, „zwischen“, „weitere“, "within", "or more",
  "from" before a fare, "capped at", "top", "over" before a span, and „mehr“, „weniger“,
  "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Flughafen Wien AG
  am Donnerstag mit“ -> "die Flughafen Wien AG" and „teilte die Flughafen Zürich AG am
  Freitag mit“ -> "die Flughafen Zürich AG" (two-hundred-and-forty-seventh; the weekday
  dropped), „teilte Fraport am Donnerstag mit“ -> "Fraport" and „teilte Skyguide mit“ ->
  "Skyguide" (the source as written, two-hundred-and-thirty-first: „teilte Nordsonne mit“),
  „Wie der Konzern am Donnerstag mitteilte, ...“ -> "der Konzern"
  (two-hundred-and-forty-seventh: „wie der Konzern am Donnerstag mitteilte“), „teilte das
  Statistische Bundesamt am Mittwoch mit“ -> "das Statistische Bundesamt", „teilte die
  Polizei mit“ -> "die Polizei", „nach Angaben der Deutschen Flugsicherung“ -> "die Deutsche
  Flugsicherung" and „nach Angaben des Flughafens“ -> "der Flughafen"
  (two-hundred-and-thirty-first); „Flughafenvorstand Konrad Pöltl-Wieser sagte, ...“,
  „Fraport-Chef Henning Adelmann-Roth sagte, ...“, „Finanzvorständin Ulrike Stammberger
  sagte, ...“, „Vorstandschef Carsten Hellweg-Brandt sagte, ...“, „DFS-Chefin Sabine
  Hollerbach sagte, ...“, „AUA-Vorstandssprecherin Theresia Gmeinböck sagte, ...“,
  „Flughafenchef Lukas Brändli sagte, ...“, „Flughafenchefin Dörte Lindemann-Quast sagte,
  ...“ and „Finanzchef Marco Tschudin-Ammann sagte, ...“ the name with the title dropped
  (hundred-eightieth, two-hundred-and-forty-seventh). English: "Chief Executive Alastair
  Quennington said", "Transportation Secretary Dwight Callahan said", "Eurocontrol Director
  General Pieter Vanhoutte said", "Chief Executive Khalid Bin Sayyar said", "Qantas
  International chief executive Jodie Marrable said" and "Chief Executive Dolores
  Whitlock-Ames said" the name with the title dropped; "Port Authority executive director
  Renata Oyelaran told reporters", "Chief Executive Cathal Breathnach-Ward told reporters"
  and "IATA Director General Willem Achterberg told reporters" the name ("told reporters"
  names the speaker, two-hundred-and-fourth); "Heathrow said ..." opening the row,
  "Eurocontrol said on Thursday" and ", Ryanair said." as written (hundred-twenty-fifth:
  "Ryanair said ..."); "The FAA said ..." -> "the FAA" and "The TSA said ..." -> "the TSA"
  with the article lowered (hundred-twenty-fifth), ", the Irish Aviation Authority said.",
  "the National Transportation Safety Board said in a preliminary report" and "the
  International Air Transport Association said on Tuesday" with "the"
  (two-hundred-and-thirty-first: "the Federal Aviation Administration said"). Left unchecked
  (None): all negatives, also those with a named speaker; „Gemäss der Flughafen Zürich AG“
  (two-hundred-and-forty-seventh: „Gemäss BFS“), „nach eigenen Angaben“ (twice), „nach
  Berechnungen des BDL“, „erwartet der Konzern“, „rechnet“, „bezifferte Technikchef Malte
  Ohlendorf“ (no verb of saying), „Ein Sprecher der Bundespolizei sagte“ (a role without a
  name), „teilte die Flughafengesellschaft mit“ (a form no batch settled); "Britain's
  busiest airport said" (a description heading the source), "the agency has said" and
  "Airbus has said" (perfect tense of a standing position, as "The airport says" in the
  two-hundred-and-forty-seventh), "federal investigators said" (a plural group), "according
  to ..." (FlightAware, the Port Authority, the agency, the report, LSEG data, an analysis
  of Civil Aviation Authority data), "Airlines for Europe estimated", "AAA had projected",
  "The FAA counted", "The DGAC ordered" (no verbs of saying), "A Gatwick spokesperson said"
  (a role). As the two-hundred-and-sixth, two-hundred-and-forty-seventh and three-hundredth
  batches did, and to keep the checked speakers near 35, this batch also leaves unchecked
  forms it could have checked: „teilte die Airline am Dienstag mit“, „wie die Airline am
  Donnerstag mitteilte“, „teilte der Flughafen am Mittwoch mit“, „teilte die AUA mit“, the
  second „nach Angaben des Flughafens“, "the airport said" (three times), "The airline said"
  (twice) and "the airline said", "Gatwick said", "the Civil Aviation Authority said", "the
  lessor said", "Qantas said in a statement", "the FAA said" (Denver), "The NTSB said", "the
  Transportation Department said", "the agency said Monday", "Ryanair said it had
  cancelled", "Eurocontrol said the strike", "IATA said" and "the association said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_305 = [
    # --- Flughafen Wien: Rekordjahr und dritte Piste (APA), Jänner ---
    (
        "de",
        "Schwechat (APA) - Der Flughafen Wien-Schwechat hat im vergangenen Jahr mit 33,8 Millionen Passagieren einen neuen Rekord aufgestellt, ein Plus von 4,6 Prozent.",
        True,
        [("count", 33800000, None, None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Starts und Landungen wuchs auf 251.370, ein Zuwachs von 3,1 Prozent, teilte die Flughafen Wien AG am Donnerstag mit.",
        True,
        [("count", 251370, None, None), ("percent", 3.1, "%", None)],
        "die Flughafen Wien AG",
    ),
    (
        "de",
        "Die AUA beförderte ab Wien knapp 12,9 Millionen Fluggäste, gut jeder dritte davon stieg in Schwechat nur um.",
        True,
        [("count", 12900000, None, "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Sitzladefaktor aller Airlines lag bei 79,8 Prozent, nach 78,1 Prozent im Jahr davor.",
        True,
        [("percent", 79.8, "%", None), ("percent", 78.1, "%", None)],
        None,
    ),
    (
        "de",
        "Im Frachtbereich wurden 291.400 Tonnen umgeschlagen, um 6,2 Prozent mehr als im Vorjahr.",
        True,
        [("count", 291400, None, None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Flughafenvorstand Konrad Pöltl-Wieser sagte, für heuer rechne man mit rund 35 Millionen Passagieren.",
        True,
        [("count", 35000000, None, "about")],
        "Konrad Pöltl-Wieser",
    ),
    (
        "de",
        "„Wien ist heute das Drehkreuz für Mittel- und Osteuropa, und das wird auch so bleiben“, sagte Pöltl-Wieser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über die geplante dritte Piste, für die seit 2023 eine rechtskräftige Genehmigung vorliegt, will der Vorstand erst nach 2030 entscheiden.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Anrainer in Schwechat und Fischamend beklagen seit Jahren zunehmenden Fluglärm in den frühen Morgenstunden.",
        False,
        [],
        None,
    ),
    # --- Heathrow's record year (Reuters), January ---
    (
        "en",
        "LONDON, Jan 13 (Reuters) - Passenger numbers at Heathrow hit a record 85.2 million last year, up 1.5%, as demand for long-haul travel to North America and the Gulf held up, the airport said on Tuesday.",
        True,
        [("date", "--01-13", None, None), ("count", 85200000, None, None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "Britain's busiest airport said it expects about 86.1 million passengers this year, with capacity limited by its existing runways.",
        True,
        [("count", 86100000, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Alastair Quennington said the cost of a third runway and a new terminal had been revised to 41 billion pounds, with the first flights from the new runway planned for 2035.",
        True,
        [
            ("ordinal", 3, None, None),
            ("money", 41000000000, "GBP", None),
            ("ordinal", 1, None, None),
            ("year", 2035, None, None),
        ],
        "Alastair Quennington",
    ),
    (
        "en",
        "“Expansion is not a luxury, it is the decision that will define Britain's place in the world,” Quennington said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 2.3 million passengers travelled through the airport in December alone, with New York, Dubai and Dublin the busiest routes.",
        True,
        [("count", 2300000, None, "about")],
        None,
    ),
    (
        "en",
        "Heathrow said punctuality improved, with 71% of departures getting away within 15 minutes of schedule, against 68% the year before.",
        True,
        [("percent", 71, "%", None), ("duration", 15, "minute", None), ("percent", 68, "%", None)],
        "Heathrow",
    ),
    (
        "en",
        "Cargo volumes rose 4% to 1.61 million tonnes, the airport's best year since 2019.",
        True,
        [("percent", 4, "%", None), ("count", 1610000, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Campaign group Hillingdon Skies called the plan “a climate disaster dressed up as growth”.",
        False,
        [],
        None,
    ),
    # --- Fraport: Januar in Frankfurt (dpa), Februar ---
    (
        "de",
        "Frankfurt/Main (dpa) - Der Frankfurter Flughafen hat im Januar rund 4,3 Millionen Passagiere abgefertigt und damit 2,8 Prozent mehr als im Januar des Vorjahres.",
        True,
        [("count", 4300000, None, "about"), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Starts und Landungen legte um 1,4 Prozent auf 31.260 zu, teilte Fraport am Donnerstag mit.",
        True,
        [("percent", 1.4, "%", None), ("count", 31260, None, None)],
        "Fraport",
    ),
    (
        "de",
        "Das Frachtaufkommen sank dagegen um 3,5 Prozent auf knapp 163.000 Tonnen.",
        True,
        [("percent", 3.5, "%", None), ("count", 163000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Gesamtjahr hatte Deutschlands größter Flughafen 64,1 Millionen Fluggäste gezählt und damit das Niveau von 2019 noch um gut 9 Prozent verfehlt.",
        True,
        [("count", 64100000, None, None), ("year", 2019, None, None), ("percent", 9, "%", "over")],
        None,
    ),
    (
        "de",
        "Fraport-Chef Henning Adelmann-Roth sagte, der Anteil der Umsteiger sei zuletzt auf 57 Prozent aller Passagiere gestiegen.",
        True,
        [("percent", 57, "%", None)],
        "Henning Adelmann-Roth",
    ),
    (
        "de",
        "„Frankfurt bleibt das Tor Deutschlands zur Welt, daran ändert auch die Konkurrenz vom Golf nichts“, sagte Adelmann-Roth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwartet der Konzern am Standort Frankfurt zwischen 65 und 67 Millionen Passagiere.",
        True,
        [("count", 65000000, None, None), ("count", 67000000, None, None)],
        None,
    ),
    ("de", "Die Airlines klagen seit Langem über zu hohe Standortkosten in Deutschland.", False, [], None),
    # --- Newark radar outage and controller shortage (AP), February ---
    (
        "en",
        "NEWARK, N.J. (AP) — The Federal Aviation Administration halted departures to Newark Liberty International Airport for nearly three hours on Sunday after a radar outage at a facility in Philadelphia, the second such failure in a month.",
        True,
        [("duration", 3, "hour", "nearly"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "More than 400 flights were delayed and 87 were canceled, according to FlightAware.",
        True,
        [("count", 400, None, "over"), ("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "The FAA said the Philadelphia facility, which handles Newark's approach traffic, was staffed by 19 fully certified controllers, against a target of 34.",
        True,
        [("count", 19, None, None), ("count", 34, None, None)],
        "the FAA",
    ),
    (
        "en",
        "Nationwide, the agency has said it is about 3,400 controllers short of the staffing levels it needs.",
        True,
        [("count", 3400, None, "about")],
        None,
    ),
    (
        "en",
        "Transportation Secretary Dwight Callahan said the administration would spend $14.2 billion over five years to replace radar, radios and telecommunications lines, some of them decades old.",
        True,
        [("money", 14200000000, "USD", None), ("duration", 5, "year", None)],
        "Dwight Callahan",
    ),
    (
        "en",
        "Callahan called the system “held together with duct tape and prayers” and assured travelers it was safe.",
        False,
        [],
        None,
    ),
    (
        "en",
        "United Airlines, Newark's largest carrier, cut 35 daily round trips from its schedule there through June to ease congestion.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "The airport's capacity was capped at 28 arrivals and 28 departures an hour while runway 4L/22R was closed for repairs.",
        True,
        [("count", 28, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "“I missed my daughter's recital sitting on a runway in Newark, and nobody could tell us why,” said one passenger, who declined to give her name.",
        False,
        [],
        None,
    ),
    # --- Lufthansa: Jahreszahlen und Boeing-Bestellung (dpa-AFX), März ---
    (
        "de",
        "Frankfurt/Main (dpa-AFX) - Die Lufthansa hat ihren bereinigten operativen Gewinn (Ebit) im abgelaufenen Geschäftsjahr um rund 9 Prozent auf 2,08 Milliarden Euro gesteigert.",
        True,
        [("percent", 9, "%", "about"), ("money", 2080000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wie der Konzern am Donnerstag mitteilte, wuchsen die Erlöse um 5,3 Prozent auf 40,3 Milliarden Euro.",
        True,
        [("percent", 5.3, "%", None), ("money", 40300000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Die Konzern-Airlines beförderten 137,2 Millionen Passagiere, die Auslastung der Flugzeuge lag bei 83,4 Prozent.",
        True,
        [("count", 137200000, None, None), ("percent", 83.4, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Ulrike Stammberger sagte, die Aktionäre sollten eine Dividende von 25 Cent je Aktie erhalten.",
        True,
        [("money", 0.25, "EUR", None)],
        "Ulrike Stammberger",
    ),
    (
        "de",
        "Zugleich bestellte die Lufthansa 15 Langstreckenjets vom Typ Boeing 787-9 und sicherte sich Optionen auf zehn weitere Maschinen.",
        True,
        [("count", 15, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Zum Listenpreis hat die Bestellung einen Wert von rund 5,4 Milliarden US-Dollar, üblich sind bei solchen Geschäften allerdings hohe Rabatte.",
        True,
        [("money", 5400000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Vorstandschef Carsten Hellweg-Brandt sagte, die Kernmarke Lufthansa Airlines müsse ihre Stückkosten bis 2028 um mindestens 8 Prozent senken.",
        True,
        [("year", 2028, None, None), ("percent", 8, "%", "at_least")],
        "Carsten Hellweg-Brandt",
    ),
    (
        "de",
        "„Wir haben die Trendwende geschafft, und das neue Jahr hat für uns gut begonnen“, sagte Hellweg-Brandt.",
        False,
        [],
        None,
    ),
    ("de", "Branchenanalysten halten die Sparziele für ehrgeizig, aber erreichbar.", False, [], None),
    # --- JFK's new international terminal (AP), March ---
    (
        "en",
        "NEW YORK (AP) — The first gates of a new $10.4 billion international terminal at John F. Kennedy International Airport opened to passengers on Tuesday, more than a year behind schedule.",
        True,
        [("ordinal", 1, None, None), ("money", 10400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The terminal will eventually have 21 gates and be able to handle about 16 million passengers a year, according to the Port Authority.",
        True,
        [("count", 21, None, None), ("count", 16000000, None, "about")],
        None,
    ),
    (
        "en",
        "Nine gates opened this week, and the rest are due to open in stages through 2027.",
        True,
        [("count", 9, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Port Authority executive director Renata Oyelaran told reporters that private investors had covered about 80% of the cost.",
        True,
        [("percent", 80, "%", "about")],
        "Renata Oyelaran",
    ),
    (
        "en",
        "“This is the front door to America, and for too long it has been an embarrassment,” Oyelaran said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The project is the centrepiece of a $21.5 billion overhaul of JFK that also includes a rebuilt Terminal 6 and new roadways.",
        True,
        [("money", 21500000000, "USD", None)],
        None,
    ),
    (
        "en",
        "JFK handled 64.7 million passengers last year, making it the busiest airport in the New York area.",
        True,
        [("count", 64700000, None, None)],
        None,
    ),
    (
        "en",
        "The old Terminal 1, which opened in 1998, will be demolished once the new building is complete.",
        True,
        [("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "Travelers on opening day praised the high ceilings and natural light but grumbled about long walks to the gates.",
        False,
        [],
        None,
    ),
    # --- Skyguide-Panne: Luftraum gesperrt (Keystone-SDA), April ---
    (
        "de",
        "Bern (Keystone-SDA) - Wegen einer Störung bei der Flugsicherung Skyguide ist der Schweizer Luftraum am Mittwochmorgen für 47 Minuten gesperrt worden.",
        True,
        [("duration", 47, "minute", None)],
        None,
    ),
    (
        "de",
        "Betroffen waren die Flughäfen Zürich und Genf, wo zwischen 6.10 Uhr und 6.57 Uhr keine Maschinen starten oder landen konnten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ursache war ein Hardwarefehler im Netzwerk, ein Cyberangriff könne ausgeschlossen werden, teilte Skyguide mit.",
        True,
        [],
        "Skyguide",
    ),
    (
        "de",
        "In Zürich wurden 68 Flüge annulliert, rund 140 weitere starteten mit Verspätungen von bis zu zwei Stunden.",
        True,
        [("count", 68, None, None), ("count", 140, None, "about"), ("duration", 2, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Gemäss der Flughafen Zürich AG waren rund 11'000 Passagiere von den Ausfällen betroffen.",
        True,
        [("count", 11000, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist der dritte grössere Ausfall bei Skyguide seit Juni 2022.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Skyguide-Chef Beat Zumstein bedauerte die Störung und sprach von «einem äusserst ärgerlichen Vorfall».",
        False,
        [],
        None,
    ),
    ("de", "Die Pilotengewerkschaft Aeropers forderte eine lückenlose Aufklärung.", False, [], None),
    ("de", "Das Bundesamt für Zivilluftfahrt (Bazl) hat eine Untersuchung des Vorfalls eingeleitet.", True, [], None),
    # --- Eurocontrol's summer outlook (Reuters), April ---
    (
        "en",
        "BRUSSELS, April 9 (Reuters) - European air traffic is set to reach a record 11.6 million flights this year, 4% more than last year, but delays are likely to rise as air traffic control struggles to keep up, Eurocontrol said on Thursday.",
        True,
        [("date", "--04-09", None, None), ("count", 11600000, None, None), ("percent", 4, "%", None)],
        "Eurocontrol",
    ),
    (
        "en",
        "En-route delays caused by air traffic control averaged 2.4 minutes per flight last summer, more than three times the target of 0.7 minutes set by the European Commission.",
        True,
        [("duration", 2.4, "minute", None), ("count", 3, None, "over"), ("duration", 0.7, "minute", None)],
        None,
    ),
    (
        "en",
        "About a third of all en-route delay minutes were generated by just four control centres in France and Germany, according to the agency.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Eurocontrol Director General Pieter Vanhoutte said 1,200 additional controllers needed to be trained across Europe by 2029.",
        True,
        [("count", 1200, None, None), ("year", 2029, None, None)],
        "Pieter Vanhoutte",
    ),
    (
        "en",
        "“We are asking airlines and air navigation service providers to work together so passengers do not pay the price,” Vanhoutte said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Airlines for Europe estimated that air traffic control failures cost its members 2.9 billion euros last year.",
        True,
        [("money", 2900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Traffic peaked last summer at 37,228 flights on a single Friday in July, the highest daily total since 2019.",
        True,
        [("count", 37228, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Airline bosses routinely blame air traffic control for summer chaos, a charge the service providers reject.",
        False,
        [],
        None,
    ),
    # --- Deutsche Flugsicherung: Lotsenmangel und Sommerverkehr (dpa), Mai ---
    (
        "de",
        "Langen (dpa) - Die Deutsche Flugsicherung (DFS) rechnet für die Sommermonate mit bis zu 10.800 Flügen täglich im deutschen Luftraum.",
        True,
        [("count", 10800, None, "up_to")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr verursachte die Flugsicherung nach eigenen Angaben rund 5,6 Millionen Verspätungsminuten, knapp ein Fünftel weniger als im Jahr davor.",
        True,
        [("duration", 5600000, "minute", "about"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Durchschnitt war damit jeder Flug im deutschen Luftraum 1,7 Minuten wegen der Flugsicherung verspätet.",
        True,
        [("duration", 1.7, "minute", None)],
        None,
    ),
    (
        "de",
        "DFS-Chefin Sabine Hollerbach sagte, derzeit fehlten der Flugsicherung rund 150 Fluglotsinnen und Fluglotsen.",
        True,
        [("count", 150, None, "about")],
        "Sabine Hollerbach",
    ),
    (
        "de",
        "Die Ausbildung zur Lotsin oder zum Lotsen dauert nach Angaben der Deutschen Flugsicherung drei bis vier Jahre.",
        True,
        [("duration", 3, "year", None), ("duration", 4, "year", None)],
        "die Deutsche Flugsicherung",
    ),
    ("de", "„Wir tun alles, damit dieser Sommer besser wird als der letzte“, sagte Hollerbach.", False, [], None),
    (
        "de",
        "In den Kontrollzentralen Langen und Karlsruhe sollen in der Hauptsaison 14 zusätzliche Sektoren geöffnet werden.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der Airlineverband BDL warf der Flugsicherung vor, die Personalplanung über Jahre verschlafen zu haben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Flugsicherungsgebühren für Streckenflüge steigen zum 1. Juli um 6,5 Prozent.",
        True,
        [("date", "--07-01", None, None), ("percent", 6.5, "%", None)],
        None,
    ),
    # --- Engine shutdown and diversion to Shannon (PA), May ---
    (
        "en",
        "SHANNON, Ireland (PA) - A transatlantic flight from London to New York made an emergency landing at Shannon Airport on Wednesday after the crew shut down the aircraft's No. 2 engine over the Atlantic.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Boeing 777-300ER, carrying 326 passengers and 15 crew, landed safely shortly after 3 p.m., the Irish Aviation Authority said.",
        True,
        [("count", 326, None, None), ("count", 15, None, None)],
        "the Irish Aviation Authority",
    ),
    (
        "en",
        "The pilots reported an oil pressure warning about 90 minutes after take-off, while the jet was cruising at 37,000 feet.",
        True,
        [("duration", 90, "minute", "about"), ("count", 37000, None, None)],
        None,
    ),
    (
        "en",
        "The jet had left Heathrow at 10:40 a.m. and was about 600 miles west of Ireland when the crew declared an emergency.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "Fire crews met the jet on the runway as a precaution, and no one was injured, the airport said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It was the fourth diversion to Shannon this year of a wide-body aircraft with an engine problem.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The airline said passengers were put up in hotels in Limerick and Ennis and flown on to New York on a replacement aircraft 19 hours later.",
        True,
        [("duration", 19, "hour", None)],
        None,
    ),
    (
        "en",
        "“There was a lot of praying going on back there, I'll be honest,” said a passenger from Kent, speaking outside the terminal.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Another passenger complained that nobody from the airline had explained what was happening for most of the evening.",
        False,
        [],
        None,
    ),
    # --- Ryanair's annual results (Reuters), May ---
    (
        "en",
        "DUBLIN, May 18 (Reuters) - Ryanair reported a 19% rise in annual profit after tax to 2.07 billion euros on Monday, as higher fares offset delays in deliveries of new Boeing jets.",
        True,
        [("date", "--05-18", None, None), ("percent", 19, "%", None), ("money", 2070000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Passenger numbers rose 8% to 212.4 million in the year to March 31, and the load factor held at 92%.",
        True,
        [
            ("percent", 8, "%", None),
            ("count", 212400000, None, None),
            ("date", "--03-31", None, None),
            ("percent", 92, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Average fares rose 6% to 44.90 euros, Ryanair said.",
        True,
        [("percent", 6, "%", None), ("money", 44.9, "EUR", None)],
        "Ryanair",
    ),
    (
        "en",
        "Chief Executive Cathal Breathnach-Ward told reporters the airline expected to carry 225 million passengers in the current year, provided Boeing delivered the remaining 24 jets of its current order by the spring.",
        True,
        [("count", 225000000, None, None), ("count", 24, None, None)],
        "Cathal Breathnach-Ward",
    ),
    (
        "en",
        "“We remain cautiously optimistic about summer fares, but we're not going to get carried away,” Breathnach-Ward said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ryanair also plans to buy back up to 750 million euros of stock within the coming 12 months.",
        True,
        [("money", 750000000, "EUR", "up_to"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "It has 160 Boeing 737 MAX 10 jets on firm order, with the first due in the spring of 2027.",
        True,
        [("count", 160, None, None), ("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "One Dublin-based analyst described the fare outlook as “the best it has looked in years”.",
        False,
        [],
        None,
    ),
    ("en", "Ryanair shares closed 3.1% higher in Dublin.", True, [("percent", 3.1, "%", None)], None),
    # --- Austrian Airlines bestellt neue Jets (APA), Juni ---
    (
        "de",
        "Wien (APA) - Die Austrian Airlines erneuern ihre Kurz- und Mittelstreckenflotte und haben 18 Jets der Airbus-A220-Familie fest bestellt.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Dazu kommen Optionen auf zwölf weitere Maschinen, teilte die Airline am Dienstag mit.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die ersten Flugzeuge sollen im Frühjahr 2028 in Wien eintreffen, die letzten bis Ende 2030.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Zu Listenpreisen hat der Auftrag einen Wert von gut 1,7 Milliarden Dollar.",
        True,
        [("money", 1700000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "AUA-Vorstandssprecherin Theresia Gmeinböck sagte, die neuen Jets verbrauchten pro Sitz rund 20 Prozent weniger Treibstoff als die Maschinen, die sie ersetzen.",
        True,
        [("percent", 20, "%", "about")],
        "Theresia Gmeinböck",
    ),
    (
        "de",
        "Die Maschinen bekommen je 148 Sitze, das sind 28 mehr als bei den bisherigen Embraer 195.",
        True,
        [("count", 148, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Das Durchschnittsalter der AUA-Flotte liegt derzeit bei 17,4 Jahren.",
        True,
        [("duration", 17.4, "year", None)],
        None,
    ),
    ("de", "„Das ist ein klares Bekenntnis zum Standort Wien“, sagte Gmeinböck.", False, [], None),
    (
        "de",
        "Die Gewerkschaft vida zeigte sich erfreut, mahnte aber faire Arbeitsbedingungen für das Cockpit- und Kabinenpersonal ein.",
        False,
        [],
        None,
    ),
    # --- UK airport punctuality league (PA), June ---
    (
        "en",
        "LONDON (PA) - Passengers flying from Gatwick last year faced an average delay of 26 minutes, the worst record of any major UK airport for a third year running, according to an analysis of Civil Aviation Authority data.",
        True,
        [("duration", 26, "minute", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Only 58.4% of Gatwick flights took off no more than 15 minutes late, compared with 74.9% at Heathrow.",
        True,
        [("percent", 58.4, "%", None), ("duration", 15, "minute", "at_most"), ("percent", 74.9, "%", None)],
        None,
    ),
    (
        "en",
        "Average delays at Manchester fell by four minutes to 21 minutes.",
        True,
        [("duration", 4, "minute", None), ("duration", 21, "minute", None)],
        None,
    ),
    (
        "en",
        "Gatwick said it had recruited 400 extra ground staff and 95 security officers ahead of the summer.",
        True,
        [("count", 400, None, None), ("count", 95, None, None)],
        None,
    ),
    (
        "en",
        "A Gatwick spokesperson said the airport was “confident that passengers will see a real difference this summer”.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the terms of their licences, the largest airports must publish punctuality figures every month, the Civil Aviation Authority said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "EasyJet, Gatwick's biggest airline, operates about two-fifths of the airport's flights.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Travellers queueing at the North Terminal said they had simply stopped trusting the departure boards.",
        False,
        [],
        None,
    ),
    # --- Flughafen Zürich: Halbjahr und Pünktlichkeit (Keystone-SDA), Juli ---
    (
        "de",
        "Kloten (Keystone-SDA) - Im ersten Halbjahr haben 16,3 Millionen Passagiere den Flughafen Zürich genutzt, 5,1 Prozent mehr als in der Vorjahresperiode.",
        True,
        [("ordinal", 1, None, None), ("count", 16300000, None, None), ("percent", 5.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen erhöhte sich um 2,4 Prozent auf 128'650, teilte die Flughafen Zürich AG am Freitag mit.",
        True,
        [("percent", 2.4, "%", None), ("count", 128650, None, None)],
        "die Flughafen Zürich AG",
    ),
    (
        "de",
        "Pünktlich waren nur 61,2 Prozent der Abflüge, 4,3 Prozentpunkte weniger als im Vorjahr; als pünktlich gilt ein Start mit höchstens 15 Minuten Verspätung.",
        True,
        [("percent", 61.2, "%", None), ("percent", 4.3, "pp", None), ("duration", 15, "minute", "at_most")],
        None,
    ),
    (
        "de",
        "Nach 23.30 Uhr landeten im ersten Halbjahr 412 Flugzeuge, fast doppelt so viele wie im Vorjahr.",
        True,
        [("ordinal", 1, None, None), ("count", 412, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Nachtsperre gilt ab 23 Uhr, für den Abbau von Verspätungen ist eine halbe Stunde Toleranz vorgesehen.",
        True,
        [("duration", 0.5, "hour", None)],
        None,
    ),
    (
        "de",
        "Flughafenchef Lukas Brändli sagte, die Hauptgründe seien Engpässe bei der Flugsicherung in Europa und häufige Gewitter.",
        True,
        [],
        "Lukas Brändli",
    ),
    (
        "de",
        "«Die Pünktlichkeit ist für uns nicht befriedigend, da gibt es nichts schönzureden», sagte Brändli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schutzverband der Bevölkerung um den Flughafen Zürich sprach von «einem Hohn für die lärmgeplagten Anwohnenden».",
        False,
        [],
        None,
    ),
    ("de", "Die Swiss wickelte in Zürich gut 55 Prozent aller Flüge ab.", True, [("percent", 55, "%", "over")], None),
    # --- Farnborough Airshow orders (Reuters), July ---
    (
        "en",
        "FARNBOROUGH, England, July 21 (Reuters) - Saudi startup Najd Airways ordered 60 Airbus A321neo jets and 15 A350-1000 wide-bodies on the opening day of the Farnborough Airshow, worth about $13.8 billion at list prices.",
        True,
        [
            ("date", "--07-21", None, None),
            ("count", 60, None, None),
            ("count", 15, None, None),
            ("money", 13800000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Khalid Bin Sayyar said the airline aimed to fly to 100 destinations by 2030 with a fleet of about 120 aircraft.",
        True,
        [("count", 100, None, None), ("year", 2030, None, None), ("count", 120, None, "about")],
        "Khalid Bin Sayyar",
    ),
    (
        "en",
        "“Our ambitions are as big as the kingdom itself,” Bin Sayyar told a packed news conference.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Boeing booked an order for 40 737 MAX 10 jets from Dublin-based lessor Corrib Aviation Capital, including options for 10 more.",
        True,
        [("count", 40, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The order lifts Corrib's total Boeing commitments to 212 jets, the lessor said.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "Embraer marked the delivery of its 1,900th E-Jet at the show.",
        True,
        [("ordinal", 1900, None, None)],
        None,
    ),
    (
        "en",
        "Airbus has said it aims to deliver about 840 commercial aircraft this year, after 781 last year.",
        True,
        [("count", 840, None, "about"), ("count", 781, None, None)],
        None,
    ),
    (
        "en",
        "Airbus and Boeing together booked orders and commitments for 312 aircraft on the first two days of the show, fewer than at the last Farnborough in 2024.",
        True,
        [
            ("count", 312, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "day", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Industry executives at the show insisted that supply chain problems would ease, though few would say when.",
        False,
        [],
        None,
    ),
    # --- Sicherheitskontrollen zum Ferienstart in Düsseldorf (dpa/lnw), Juli ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Zum Start der Sommerferien in Nordrhein-Westfalen haben Reisende am Düsseldorfer Flughafen an den Sicherheitskontrollen bis zu 90 Minuten gewartet.",
        True,
        [("duration", 90, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "Am Samstag wurden nach Angaben des Flughafens rund 92.000 Passagiere abgefertigt, so viele wie an keinem Tag seit 2019.",
        True,
        [("count", 92000, None, "about"), ("year", 2019, None, None)],
        "der Flughafen",
    ),
    (
        "de",
        "Für die sechswöchigen Ferien erwartet der Airport insgesamt rund 3,6 Millionen Fluggäste.",
        True,
        [("duration", 6, "week", None), ("count", 3600000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Bundespolizei, die für die Kontrollen zuständig ist, hat 16 zusätzliche Spuren mit neuen CT-Scannern eröffnet.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Bundespolizei sagte, an den neuen Geräten könnten pro Stunde bis zu 180 statt 150 Passagiere kontrolliert werden.",
        True,
        [("count", 180, None, "up_to"), ("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn stellte der Airport nach eigenen Angaben 340 neue Beschäftigte für die Bodenabfertigung ein.",
        True,
        [("count", 340, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist jedes Jahr dasselbe Chaos, und niemand fühlt sich verantwortlich“, schimpfte eine Urlauberin aus Neuss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Flughafen riet Reisenden, frühzeitig anzureisen und das Handgepäck auf das Nötigste zu beschränken.",
        False,
        [],
        None,
    ),
    # --- Qantas adds Perth-Frankfurt (AAP), August ---
    (
        "en",
        "SYDNEY (AAP) - Qantas will start non-stop flights between Perth and Frankfurt in March, a 13,700-kilometre journey that will take up to 17 hours.",
        True,
        [("count", 13700, None, None), ("duration", 17, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "The airline will fly the route three times a week with Boeing 787-9 Dreamliners carrying 236 passengers.",
        True,
        [("count", 3, None, None), ("count", 236, None, None)],
        None,
    ),
    (
        "en",
        "It will be the airline's 14th international destination from Perth, Qantas said in a statement.",
        True,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Qantas International chief executive Jodie Marrable said bookings had opened on Tuesday with return economy fares from A$2,450.",
        True,
        [("money", 2450, "AUD", None)],
        "Jodie Marrable",
    ),
    (
        "en",
        "“Perth has become Australia's gateway to Europe, and this is just the beginning,” Marrable said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Qantas Group carried 53.8 million passengers in the 12 months to June 30, up 4.2%.",
        True,
        [
            ("count", 53800000, None, None),
            ("duration", 12, "month", None),
            ("date", "--06-30", None, None),
            ("percent", 4.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The flights will be the longest regularly scheduled service between Australia and Germany, the airline said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Tourism operators in Western Australia hailed the announcement as a long-overdue recognition of the state.",
        False,
        [],
        None,
    ),
    # --- Notlandung in Frankfurt nach Rauch in der Kabine (dpa/lhe), August ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Wegen Rauchentwicklung in der Kabine ist ein Ferienflieger auf dem Weg nach Antalya am Sonntagabend in Frankfurt notgelandet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An Bord des Airbus A321 der Fluggesellschaft Azurjet waren 214 Passagiere und sieben Besatzungsmitglieder, teilte die Polizei mit.",
        True,
        [("count", 214, None, None), ("count", 7, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Die Crew hatte rund 25 Minuten nach dem Start in Düsseldorf eine Luftnotlage erklärt und Frankfurt als nächstgelegenen geeigneten Flughafen angesteuert.",
        True,
        [("duration", 25, "minute", "about")],
        None,
    ),
    (
        "de",
        "Neun Menschen wurden wegen Atemwegsreizungen ambulant behandelt, zwei Flugbegleiterinnen kamen vorsorglich in ein Krankenhaus.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Die Passagiere verließen das Flugzeug über die Notrutschen.", True, [], None),
    (
        "de",
        "Wegen des Einsatzes war die Centerbahn rund 40 Minuten gesperrt, 17 ankommende Flüge mussten in Warteschleifen.",
        True,
        [("duration", 40, "minute", "about"), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesstelle für Flugunfalluntersuchung (BFU) stufte den Vorfall als schwere Störung ein und nahm Ermittlungen auf.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Es roch plötzlich verbrannt, und dann hatten alle nur noch Angst“, sagte eine Passagierin dem Hessischen Rundfunk.",
        False,
        [],
        None,
    ),
    ("de", "Azurjet bedauerte den Vorfall und dankte der Crew für ihr besonnenes Handeln.", False, [], None),
    # --- Near miss on a Denver runway (AP), September ---
    (
        "en",
        "WASHINGTON (AP) — A regional jet taking off from Denver International Airport passed within about 150 feet of a cargo plane that had been cleared to cross the same runway, federal investigators said Thursday.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        "The Embraer 175 was carrying 71 passengers and four crew members, the National Transportation Safety Board said in a preliminary report.",
        True,
        [("count", 71, None, None), ("count", 4, None, None)],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "The departing jet was travelling at about 120 knots when its pilots saw the cargo plane and continued the takeoff, according to the report.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "en",
        "The controller has been removed from operational duties pending the investigation, the FAA said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The FAA counted 23 of the most serious category of runway incursions in the last fiscal year, up from 17 the year before.",
        True,
        [("count", 23, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The NTSB said it had recovered the cockpit voice and flight data recorders from both aircraft.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A final report is expected in 12 to 18 months.",
        True,
        [("duration", 12, "month", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "NTSB Chair Lorena Whitcomb called the near miss “exactly the kind of event that keeps me up at night”.",
        False,
        [],
        None,
    ),
    ("en", "Pilots' unions have long warned that the system is stretched too thin.", False, [], None),
    # --- Hamburg: neue Ziele im Winterflugplan (dpa/lno), September ---
    (
        "de",
        "Hamburg (dpa/lno) - Vom Hamburger Flughafen gehen im Winterflugplan 2026/27 insgesamt 118 Ziele in 34 Ländern nonstop.",
        True,
        [("year", 2026, None, None), ("year", 2027, None, None), ("count", 118, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Neu im Programm sind unter anderem Verbindungen nach Marrakesch, Tromsø und Funchal, teilte der Flughafen am Mittwoch mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Lufthansa-Tochter Eurowings stationiert in Hamburg zwei zusätzliche Flugzeuge und bietet damit 14 neue Strecken an.",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sollen im Winter rund 6,4 Millionen Sitzplätze angeboten werden, 7 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 6400000, None, "about"), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Die neue Verbindung nach Tromsø wird ab 15. Dezember zweimal wöchentlich bedient.",
        True,
        [("date", "--12-15", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Flughafenchefin Dörte Lindemann-Quast sagte, die Passagierzahl werde in diesem Jahr erstmals seit 2019 wieder die Marke von 15 Millionen überschreiten.",
        True,
        [("year", 2019, None, None), ("count", 15000000, None, None)],
        "Dörte Lindemann-Quast",
    ),
    ("de", "„Hamburg ist wieder da, wo es hingehört“, sagte Lindemann-Quast.", False, [], None),
    (
        "de",
        "Umweltverbände kritisierten die Ausweitung des Kurzstreckenangebots als „Rückschritt für den Klimaschutz“.",
        False,
        [],
        None,
    ),
    # --- Swiss: neun Monate und ein neues Langstreckenziel (Keystone-SDA), Oktober ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der operative Gewinn der Swiss ist in den ersten neun Monaten um 6 Prozent auf 538 Millionen Franken gesunken.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 6, "%", None),
            ("money", 538000000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 3,2 Prozent auf 4,41 Milliarden Franken.",
        True,
        [("percent", 3.2, "%", None), ("money", 4410000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Swiss beförderte 14,6 Millionen Passagiere, die Auslastung lag bei 84,1 Prozent, wie die Airline am Donnerstag mitteilte.",
        True,
        [("count", 14600000, None, None), ("percent", 84.1, "%", None)],
        None,
    ),
    (
        "de",
        "Finanzchef Marco Tschudin-Ammann sagte, die Treibstoffkosten seien um knapp 90 Millionen Franken gesunken, die Gebühren für Flugsicherung und Flughäfen aber um 7 Prozent gestiegen.",
        True,
        [("money", 90000000, "CHF", "nearly"), ("percent", 7, "%", None)],
        "Marco Tschudin-Ammann",
    ),
    (
        "de",
        "Ab Mai 2027 fliegt die Swiss zudem fünfmal pro Woche nach Denver, es ist ihr 31. Langstreckenziel.",
        True,
        [("year", 2027, None, None), ("count", 5, None, None), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "de",
        "Die Swiss hat derzeit 96 Flugzeuge in Betrieb, fünf A350 sollen bis 2028 dazukommen.",
        True,
        [("count", 96, None, None), ("count", 5, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "«Wir sind mit dem Ergebnis in einem anspruchsvollen Umfeld zufrieden», sagte Swiss-Chef Reto Baumgartner-Fässler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr zeigte sich die Geschäftsleitung zuversichtlich, nannte aber keine Zahlen.",
        False,
        [],
        None,
    ),
    # --- Lakeshore Airlines' third quarter (Reuters), October ---
    (
        "en",
        "CHICAGO, Oct 15 (Reuters) - Lakeshore Airlines posted a third-quarter profit of $412 million on Wednesday, up from $288 million a year earlier, as strong demand for premium seats lifted revenue.",
        True,
        [
            ("date", "--10-15", None, None),
            ("ordinal", 3, None, None),
            ("money", 412000000, "USD", None),
            ("money", 288000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue rose 7.4% to $5.86 billion, beating analysts' average estimate of $5.71 billion, according to LSEG data.",
        True,
        [("percent", 7.4, "%", None), ("money", 5860000000, "USD", None), ("money", 5710000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Unit costs excluding fuel rose 2.1% to 12.4 cents per available seat mile.",
        True,
        [("percent", 2.1, "%", None), ("money", 0.124, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Dolores Whitlock-Ames said the carrier expected fourth-quarter earnings of $1.15 to $1.40 per share.",
        True,
        [("ordinal", 4, None, None), ("money", 1.15, "USD", None), ("money", 1.4, "USD", None)],
        "Dolores Whitlock-Ames",
    ),
    (
        "en",
        "“Our customers keep choosing us, and we're seeing that in every cabin,” Whitlock-Ames said on a call with analysts.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The airline said it would defer delivery of 12 Boeing 737 MAX jets to 2028 and cut capacity growth next year to 3% from an earlier plan of 5%.",
        True,
        [("count", 12, None, None), ("year", 2028, None, None), ("percent", 3, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    ("en", "Some analysts questioned whether the premium boom could last if the economy slows.", False, [], None),
    ("en", "Lakeshore shares rose 4.6% in morning trading.", True, [("percent", 4.6, "%", None)], None),
    # --- BER: Sanierung der Nordbahn (dpa/bb), Oktober ---
    (
        "de",
        "Schönefeld (dpa/bb) - Die Nordbahn des Hauptstadtflughafens BER wird ab Mitte April für rund zehn Wochen gesperrt und saniert.",
        True,
        [("duration", 10, "week", "about")],
        None,
    ),
    (
        "de",
        "Die Piste brauche nach rund 20 Jahren Betrieb eine neue Asphaltdecke, teilte die Flughafengesellschaft mit.",
        True,
        [("duration", 20, "year", "about")],
        None,
    ),
    (
        "de",
        "Die Kosten der Arbeiten bezifferte Technikchef Malte Ohlendorf auf etwa 48 Millionen Euro.",
        True,
        [("money", 48000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für die Sanierung werden rund 130.000 Tonnen Asphalt abgetragen und neu eingebaut.",
        True,
        [("count", 130000, None, "about")],
        None,
    ),
    (
        "de",
        "Während der Sperrung steht nur die Südbahn zur Verfügung, die Kapazität sinkt auf 44 statt 70 Flugbewegungen pro Stunde.",
        True,
        [("count", 44, None, None), ("count", 70, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr zählte der BER 26,4 Millionen Passagiere, gut 2 Millionen mehr als im Jahr davor.",
        True,
        [("count", 26400000, None, None), ("count", 2000000, None, "over")],
        None,
    ),
    (
        "de",
        "Seit der Eröffnung 2020 ist der BER der einzige Verkehrsflughafen der Hauptstadtregion.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    ("de", "Die Airlines reagierten verärgert auf den Zeitpunkt mitten in der Reisesaison.", False, [], None),
    ("de", "Ob die Arbeiten rechtzeitig vor den Sommerferien fertig werden, ist offen.", False, [], None),
    # --- Thanksgiving travel record (AP), November ---
    (
        "en",
        "WASHINGTON (AP) — A record 3.18 million people passed through TSA checkpoints on the Sunday after Thanksgiving, more than on any other day since the agency was created, the agency said Monday.",
        True,
        [("count", 3180000, None, None)],
        None,
    ),
    (
        "en",
        "The TSA said it had screened about 19.2 million travelers over the 10-day holiday period, up 3% from last year.",
        True,
        [("count", 19200000, None, "about"), ("duration", 10, "day", None), ("percent", 3, "%", None)],
        "the TSA",
    ),
    (
        "en",
        "Airlines canceled 1,204 U.S. flights over the holiday week, fewer than 1% of those scheduled, according to FlightAware.",
        True,
        [("count", 1204, None, None), ("percent", 1, "%", "under")],
        None,
    ),
    (
        "en",
        "Nearly 78% of flights arrived on time, the Transportation Department said, using its standard of arriving within 15 minutes of schedule.",
        True,
        [("percent", 78, "%", "nearly"), ("duration", 15, "minute", None)],
        None,
    ),
    (
        "en",
        "Atlanta's Hartsfield-Jackson handled about 380,000 passengers on the Sunday alone, the airport said.",
        True,
        [("count", 380000, None, "about")],
        None,
    ),
    (
        "en",
        "A ground stop at Chicago O'Hare because of snow lasted more than two hours on Saturday.",
        True,
        [("duration", 2, "hour", "over")],
        None,
    ),
    (
        "en",
        "AAA had projected that 83.4 million Americans would make trips of 50 miles or more during the holiday, most of them by car.",
        True,
        [("count", 83400000, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "“Next year I'm driving, no question,” said Marcy Delahunt, who spent the night at Atlanta's airport after her connection was canceled.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Airline executives say holiday demand shows Americans are still willing to spend on travel despite higher prices.",
        False,
        [],
        None,
    ),
    # --- Luftverkehr im dritten Quartal (dpa), November ---
    (
        "de",
        "Wiesbaden (dpa) - An den deutschen Hauptverkehrsflughäfen sind im dritten Quartal 58,7 Millionen Fluggäste ein- oder ausgestiegen, 3,9 Prozent mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 3, None, None), ("count", 58700000, None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Das Niveau des dritten Quartals 2019 wurde damit aber noch um 11,6 Prozent unterschritten, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("ordinal", 3, None, None), ("year", 2019, None, None), ("percent", 11.6, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Am stärksten wuchs der Verkehr mit Zielen außerhalb Europas, um 6,8 Prozent, der Inlandsverkehr schrumpfte dagegen um 4,2 Prozent.",
        True,
        [("percent", 6.8, "%", None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Innerdeutsch flogen nur noch knapp 2,9 Millionen Menschen, weniger als halb so viele wie vor der Pandemie.",
        True,
        [("count", 2900000, None, "nearly"), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Allein die Luftverkehrsteuer kostet die Airlines nach Berechnungen des BDL rund 2,1 Milliarden Euro im Jahr.",
        True,
        [("money", 2100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Steuer beträgt derzeit je nach Entfernung zwischen 16,10 und 73,40 Euro pro Ticket.",
        True,
        [("money", 16.1, "EUR", None), ("money", 73.4, "EUR", None)],
        None,
    ),
    ("de", "Der Branchenverband BDL sprach von einem „hausgemachten Standortproblem“.", False, [], None),
    (
        "de",
        "Die Bundesregierung hat eine Senkung der Steuer in Aussicht gestellt, ohne sich auf einen Zeitpunkt festzulegen.",
        False,
        [],
        None,
    ),
    # --- French air traffic controllers strike (AFP), December ---
    (
        "en",
        "PARIS (AFP) - Air traffic controllers in France walked out on Thursday for two days, forcing airlines to cancel hundreds of flights as the Christmas holidays got under way.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The DGAC ordered carriers to scrap 40% of scheduled flights at Paris-Orly and a quarter of those at Lyon, Marseille and Nice on both days.",
        True,
        [("percent", 40, "%", None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Ryanair said it had cancelled 410 flights, affecting about 72,000 passengers, most of them on routes over France rather than to it.",
        True,
        [("count", 410, None, None), ("count", 72000, None, "about")],
        None,
    ),
    (
        "en",
        "Eurocontrol said the strike would affect up to 1,800 overflights a day across the Paris and Brest control areas.",
        True,
        [("count", 1800, None, "up_to")],
        None,
    ),
    (
        "en",
        "The SNCTA union is demanding a 5% pay rise and the hiring of 300 more controllers by 2028.",
        True,
        [("percent", 5, "%", None), ("count", 300, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("en", "It is the third walkout by French controllers since September.", True, [("ordinal", 3, None, None)], None),
    (
        "en",
        "Under a 2023 law, individual controllers must tell management in advance whether they will join a strike.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Clément Vasseur-Lanoix denounced the stoppage as “a hostage-taking of families trying to get home for Christmas”.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Airlines for Europe said travellers were yet again bearing the cost of a system that no longer works.",
        False,
        [],
        None,
    ),
    # --- Vogelschlag: AUA-Jet kehrt nach Wien zurück (APA), Dezember ---
    (
        "de",
        "Schwechat (APA) - Eine Maschine der Austrian Airlines ist am Montag kurz nach dem Start in Wien nach einem Vogelschlag umgekehrt und sicher gelandet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Airbus A320 mit 163 Passagieren und sechs Crewmitgliedern an Bord war auf dem Weg nach Brüssel, teilte die AUA mit.",
        True,
        [("count", 163, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Beim Steigflug in rund 1.200 Metern Höhe sei ein Vogel in das rechte Triebwerk geraten, die Piloten hätten es daraufhin abgeschaltet.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "Nach knapp 20 Minuten setzte die Maschine wieder auf der Piste 29 auf.",
        True,
        [("duration", 20, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Die Passagiere wurden mit einer Ersatzmaschine mit rund drei Stunden Verspätung nach Brüssel gebracht.",
        True,
        [("duration", 3, "hour", "about")],
        None,
    ),
    (
        "de",
        "Am Flughafen Wien wurden im vergangenen Jahr nach Angaben des Flughafens 187 Vogelschläge registriert.",
        True,
        [("count", 187, None, None)],
        None,
    ),
    ("de", "Ein Passagier lobte die Besatzung: „Die haben das ganz ruhig und souverän gemacht.“", False, [], None),
    (
        "de",
        "Die AUA betonte, die Sicherheit der Fluggäste habe zu jedem Zeitpunkt oberste Priorität gehabt.",
        False,
        [],
        None,
    ),
    # --- IATA's outlook for next year (Reuters), December ---
    (
        "en",
        "GENEVA, Dec 9 (Reuters) - Global airlines are expected to earn a combined net profit of $38.4 billion next year, up from $34.1 billion this year, the International Air Transport Association said on Tuesday.",
        True,
        [("date", "--12-09", None, None), ("money", 38400000000, "USD", None), ("money", 34100000000, "USD", None)],
        "the International Air Transport Association",
    ),
    (
        "en",
        "That would be a net margin of just 3.8%, or about $7.20 per passenger, IATA said.",
        True,
        [("percent", 3.8, "%", None), ("money", 7.2, "USD", "about")],
        None,
    ),
    (
        "en",
        "Passenger numbers are forecast to top 5.2 billion for the first time, with an average load factor of 83.6%.",
        True,
        [("count", 5200000000, None, None), ("ordinal", 1, None, None), ("percent", 83.6, "%", None)],
        None,
    ),
    (
        "en",
        "IATA Director General Willem Achterberg told reporters that aircraft makers still had a backlog of more than 16,400 jets, which would take about 12 years to clear at current production rates.",
        True,
        [("count", 16400, None, "over"), ("duration", 12, "year", "about")],
        "Willem Achterberg",
    ),
    (
        "en",
        "“Airlines are doing their part, but the supply chain is letting passengers and shareholders down,” Achterberg said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Achterberg said he was optimistic that the industry would weather higher fuel prices and trade tensions.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Jet fuel is expected to account for about a quarter of airlines' operating costs.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Airlines in the Middle East will again earn the highest profit per passenger, at $26.90, while African carriers will make about $1.40, the association said.",
        True,
        [("money", 26.9, "USD", None), ("money", 1.4, "USD", "about")],
        None,
    ),
]
