"""Four-hundred-and-seventy-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, secretaries, regulators' and agencies'
heads, board members, chief executives, union leaders and spokespeople of real governments,
railways, airlines, airports, transport authorities and unions appear under made-up names
that stand for no real holder, or by their role only („eine Flughafensprecherin“, „der
Preisüberwacher“, „der Ministerrat“, "a spokeswoman for watchdog Transport Focus", "the
opposition's transport spokesman", "a spokesperson for Redwing").

Names: Henrike Lammerding-Volz (the Bahn's long-distance board member), Sabine
Quandt-Lehmkuhl (the EVG's negotiator), Ulf Reinecke-Sander (the Bahn's personnel board
member), Theresia Windbichler-Pölzl (the AUA's chief executive), Urs Kägi-Bachmann (the
SBB's chief executive), Gunnar Trittenheim-Vogel (Lufthansa's finance chief), Reinhold
Kastlunger-Aigner (a board member of Vienna airport), Katja Ohlhorst-Riedel (Bremen's
transport senator), Jana Möllerbeck-Sauer (Verdi's negotiator), Ulrike Prinzhorn-Haas (the
Wiener Linien's managing director), Corinne Egloff-Tanner (a Swiss spokeswoman), Philipp
Hessenthal-Brock (a board member of DB InfraGO), Gudrun Pfisterer-Lechner (Austria's
mobility minister), Barbara Hürlimann-Zollinger (the ZVV's director), Sieglinde
Aschauer-Wimmer (the ÖBB's passenger board member); Padraig Ennis-Mulcahy (Ryanair's chief
executive), Gwendolyn Ashbury-Pryce (Britain's rail minister), Roland Prenderville-Guy
(Amtrak's chief executive), Alasdair Kinnersley-Vaughan (Heathrow's chief executive),
Rhiannon Bellhouse-Cole (New South Wales' transport minister), Lyle Hargrove-Benton (the
U.S. transportation secretary), Ciarán Ó Fearghail-Rowe (Ireland's transport minister),
Morag Pennyfeather-Lyle (Aslef's general secretary), Rafael Etxegarai-Lund (IAG's chief
executive), Priyanka Saltonstall-Dell (Ontario's transportation minister), Harriet
Quayle-Morton (the head of Qantas' domestic arm), Colleen Wexcombe-Barr (the FAA
Administrator), Marcy Delacroix-Binns (a passenger at O'Hare), Philippa Rendcomb-Hart
(Britain's transport secretary), Desmond Achterhoff-Ruiz (the MTA's chair), Margaux
Delorme-Abbott (Eurostar's chief executive); the airline Redwing Air; every unnamed
spokesperson, observer, analyst, resident, campaigner, critic, planner, business owner and
opposition politician. Real states, bodies, firms, lines, products, places and things
(Deutsche Bahn, DB InfraGO, Pro Bahn, EVG, Fulda, Austrian Airlines, AUA, vida, Seattle,
Taschkent, SBB, Halbtax, Generalabonnement, GA, VCS, Preisüberwacher, Zürich, St. Gallen,
Lufthansa, Boeing, Airbus, Boeing 787-9, Flughafen Wien, Schwechat, Fischamend,
Deutschlandticket, Verband Deutscher Verkehrsunternehmen, VDV, Jobticket, Sozialverband VdK,
Bremen, Hamburger Flughafen, Verdi, Flughafenverband ADV, Düsseldorf, Wiener Linien, U2, U5,
Wienerberg, Rathaus, Swiss, Kloten, Airbus A220, Flughafen Zürich, Stiftung für
Konsumentenschutz, EU-Recht, Bundesrechnungshof, Köln, Hagen, Sondervermögen, ÖBB,
Rahmenplan, Ministerrat, Pyhrnbahn, Linz, Graz, Semmering-Basistunnel, VCÖ, Zürcher
Verkehrsverbund, ZVV, Zürich HB, SP des Kantons Zürich, Kantonsrat, Nightjet, Berlin,
Hamburg, München, BahnCard 50, Flexpreise, Sparpreise, ICE-Sprinter, ICE L, Amsterdam,
Frankfurt; Ryanair, Wizz Air, Brussels, the Office of Rail and Road, Northern, c2c,
Transport Focus, Network Rail, Amtrak, the Northeast Corridor, Acela, Heathrow, North
America, the Middle East, Sydney Metro West, Parramatta, the CBD, Opal card, the
Transportation Department, Iarnród Éireann, the DART, DART+ West, Maynooth, M3 Parkway,
MetroLink, Swords, Charlemont, Leap card, the National Transport Authority, Aslef, Leeds,
IAG, British Airways, Airbus A350-1000, Boeing 777-200, Metrolinx, the Ontario Line,
Exhibition Place, the Ontario Science Centre, the TTC, Virgin Australia, Jetstar, Qantas,
the Australian Competition and Consumer Commission, Choice, the TSA, Thanksgiving,
FlightAware, O'Hare, Chicago, Denver International, Tampa, the FAA, United Airlines, HS2,
HS2 Ltd, the Department for Transport, Euston, Birmingham, Manchester, the Stop HS2
campaign, the Metropolitan Transportation Authority, the MTA, OMNY, the A and C lines,
Eurostar, Alstom, Paris, Lille, the Channel Tunnel, Virgin, and the datelines' cities) stand
for the way wire copy names them; every punctuality share, delay, passenger total, movement
count, load factor, cancellation, order, option, list price, fleet count, construction cost,
length, station count, fare, ticket price, subsidy, strike demand and offer, ballot,
complaint count, refund total, job count, date and quote here is invented, and where a real
figure came to mind (a real monthly punctuality rate, a real airline's monthly traffic, a
real line's length, station count, opening year or budget, a real number of trains ordered,
a real price of a railcard, a season ticket or a saver fare, a real ridership record, a real
screening record) it was changed; kept as the rules and the record have them are the
punctuality thresholds (six minutes at Deutsche Bahn, three at the SBB, fifteen minutes for
flights in Austria and the United States, one minute in Britain), the EU's compensation of
250, 400 or 600 euros for a cancellation less than 14 days before departure, the
Deutschlandticket's first price of 49 euros in May 2023, the cancellation of HS2's northern
leg in 2023, and New York's base fare of $2.90 after its rise by 15 cents on Aug. 20, 2023.

Its weight: AVIATION, RAILWAYS AND PUBLIC TRANSPORT, the first round under this heading and
the ninth round weighing air and rail travel (the forty-eighth batch weighed public
transport, rail, aviation, shipping and strikes, the hundred-twenty-fifth air and rail
travel with airports, airlines, railways and punctuality, the two-hundred-and-sixth
railways, airlines and transport strikes, the four-hundred-and-first railways, public
transport and roads; the two-hundred-and-forty-seventh and three-hundred-and-sixty-sixth
aviation, airlines and tourism, the three-hundred-and-fifth aviation and airports, the
four-hundred-and-twenty-fourth aviation, airlines and airports; beside them the
hundred-seventy-eighth car industry, transport and mobility, the two-hundred-and-sixty-first
opinion against claim in transport and infrastructure policy, the hundred-fifth
infrastructure projects, and the hundred-seventh, two-hundred-and-thirty-first,
three-hundred-and-thirty-ninth and four-hundred-and-forty-third transport accidents; their
decisions are kept) - six weeks of wire copy, from Monday, November 2, to Tuesday, December
8, of one year, running up to the December timetable change on Sunday, December 13, as 30
short stories in story order, the German and English ones interleaved by date, half in each
language, each told as wire copy runs it (a dateline lead, the figures, attributed claims,
the other side, quotes, reactions). German (dpa with "dpa/lno", dpa-AFX, APA, Keystone-SDA;
Austrian "Jänner", "heuer", "Anrainer", "Aussendung", "um 4,8 Prozent mehr", "Ministerrat",
Swiss "hiess", "Gemäss", "Billette", "Abonnemente", "Streckenbillette", "9'400", "4'260",
"1'900", "36'000", "2'442", «» quotes, German „“ quotes): the Bahn's October punctuality, an
EVG warning strike called, the AUA's ten months, the SBB's timetable change and prices,
Lufthansa's order for 787-9 jets, Vienna airport's October, the dearer Deutschlandticket, a
Verdi strike at Hamburg airport, the rising cost of Vienna's U2/U5 metro cross, Swiss
grounding A220s and cancelling flights, the Generalsanierung between Köln and Hagen, the
ÖBB's Rahmenplan with the Pyhrnbahn and the Semmering-Basistunnel, the ZVV's fares, a new
Nightjet from Graz to Berlin and the Bahn's timetable change with its fares. English
(Reuters with dated datelines, AP, PA, AAP, CP; US, UK, Irish, Australian and Canadian
usage: "canceled" and "cancelled", "travelers" and "travellers", "per cent", "kilometre",
"38km", "200mph", "A$", "C$", "€", "10 cent", "15 cents"): Ryanair's October, Britain's
punctuality from the ORR, Amtrak's record year, Heathrow's October and third runway, the
cost of Sydney Metro West, the U.S. on-time report, Irish Rail's year with DART+ West,
MetroLink and Leap fares, an Aslef strike at Northern, IAG's A350 order for British Airways,
the cost of Toronto's Ontario Line, Australia's on-time figures, Thanksgiving travel, HS2's
cost and speed, New York's fare rise and Eurostar's record year and new trains. Speakers as
such copy has them: German „X sagte, ...“ with the title and the place dropped, „teilte ...
mit“ with a firm and an operator, „Nach Angaben der Bahn“; English "X said", "X told
reporters", "X told analysts", the name in apposition, ", the Transportation Department said
on Thursday", ", the Department for Transport said on Wednesday"; beside them the forms left
unchecked - roles, plural and anonymous sources, masculine genitives, compounds, pronouns,
descriptions heading a source, „hieß es“ and „hiess es“, documents, data, estimates, plans
and announcements with no verb of saying, „Gemäss“ and every "according to". Figures as such
copy has them: punctuality shares in per cent and their moves in percentage points,
thresholds and delays in minutes, minutes of delay in millions, journey times in hours and
minutes, frequencies („im Viertelstundentakt“, „im Zweiminutentakt“, „im Zehnminutentakt“,
„alle zwei Stunden“), passengers, journeys, trips, movements, train kilometres, seats,
subscribers, cancellations, routes, destinations, aircraft and trains ordered, on option,
grounded and in service, staff and jobs, complaints, controllers, corridors, stations,
points and track in kilometres, line lengths in kilometres and miles, speeds in mph, cargo
in tonnes, load factors, ballots and turnouts, fares, ticket and pass prices, subsidies,
construction costs, list prices, refunds, buybacks, losses and grants in euros and euro
cents, francs, U.S. dollars and cents, pounds, Australian and Canadian dollars; number words
and compounds („achtstündigen“, „24-stündigen“, „zwölf“, „vier“, „zehn“, „sechs“, „acht“,
„fünf“, „drei“, „zwei“, „dreimal wöchentlich“, „fast doppelt so viel“, "two years ago",
"three weeks ahead", "the 11-day holiday period", "a 30-day unlimited pass", "the
26-kilometre line", "The roughly 137-mile line", "seven platforms"), fractions („knapp jede
vierte Verspätung“, „knapp ein Viertel davon“, „die Hälfte der Baukosten“, "more than a
third", "about one in five", "Nearly two in five", "About half"), ordinals („Die dritte
Verhandlungsrunde“, „das GA 2. Klasse“, „Die ersten Jets“, „zum dritten Mal in Folge“, „in
der ersten Ausbaustufe“, „die 2. Klasse“, "a third runway", "the first electric trains",
"for a third straight year"), identifiers and types that carry none ("787-9", "A220",
"A350-1000", "777-200s", "U2/U5", "U5", "c2c", "DART+", "M3 Parkway", "HS2", "BahnCard 50",
"ICE L", "the A and C lines"), clock times, years, dates and hedges. Negatives as such copy
has them - 55 rows, none with a figure: executives', ministers', airport chiefs' and union
leaders' rhetoric, pride, resolve and regret in quotes, labels from passengers' groups,
unions, lobbies, campaigners, critics and the opposition („nannte“, „sprach von“,
„kritisierte ... als“, „werteten ... als“, "called"), an accusation naming no act, a demand
naming no measure, confidence, fears, complaints of residents and a vox pop, each near a
check-worthy look-alike from the same story (most often the same speaker's figure).

241 rows (123 German, 118 English), 55 negatives (28 German, 27 English), 186 check-worthy
rows of which 10 carry no figure (8 German, 2 English), 323 expected quantities (98 counts,
73 percentages - 70 in "%", 3 in percentage points "pp" -, 56 amounts of money - 29 EUR, 13
USD, 4 GBP, 4 AUD, 3 CHF, 3 CAD -, 35 durations - 13 in minutes, 8 in hours, 4 in months, 4
in years, 4 in days, 2 in weeks -, 28 years, 17 dates - 1 with a year, 16 without -, 9
ordinals, 7 fractions; none of them in a negative), 35 checked speakers (18 German, 17
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, resolve, regret, apology, confidence, fear, complaint or piece
  of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, two-hundred-and-fourth, four-hundred-and-first,
  four-hundred-and-twenty-fourth); a quoted or reported statement of fact, figure, rule,
  step, plan, demand, offer, forecast or target is check-worthy with its speaker, also in
  Konjunktiv I (hundred-twenty-fifth, two-hundred-and-sixth, four-hundred-and-first). Pairs
  from one speaker: Lammerding-Volz's fourth of delays and 2,900 building sites beside
  „alles andere als zufrieden“; Quandt-Lehmkuhl's 7.8 percent beside „mit Krümeln abspeist“;
  Windbichler-Pölzl's four destinations beside „das Herz unseres Netzes“; Kägi-Bachmann's
  92.8 percent beside «darauf sind wir stolz»; Trittenheim-Vogel's 25 percent beside „fit
  für die Zukunft“; Kastlunger-Aigner's 32.5 to 33 million beside „als Drehkreuz ...
  endgültig zurück“; Ohlhorst-Riedel's 1.1 billion euros beside „wichtiger als Kampfpreise“;
  Möllerbeck-Sauer's 8.5 percent beside „spielen auf Zeit“; Prinzhorn-Haas's 60 percent
  beside „für die nächsten Generationen“; Egloff-Tanner's 36,000 passengers beside her
  apology; Hessenthal-Brock's 38 corridors beside „eine Zumutung“; Pfisterer-Lechner's three
  years beside „Wir streichen nichts“; Hürlimann-Zollinger's 14 percent beside «bezahlbar
  bleiben»; Aschauer-Wimmer's 1.4 million beside „gekommen, um zu bleiben“; Ennis-Mulcahy's
  5% beside "an outrage"; Ashbury-Pryce's 3% beside "sick of excuses"; Prenderville-Guy's 19
  trains beside "choosing the train"; Kinnersley-Vaughan's third runway and 21 billion
  pounds beside "turning away airlines"; Bellhouse-Cole's 85 per cent beside "worth every
  dollar"; Hargrove-Benton's $2.7 billion beside "the full price"; Ó Fearghail-Rowe's 2029
  beside "the backbone"; Pennyfeather-Lyle's 12 rest days beside "run on goodwill";
  Etxegarai-Lund's 20% beside "a vote of confidence"; Saltonstall-Dell's 70% beside "waited
  long enough"; Quayle-Morton's 14 aircraft beside "let customers down"; Wexcombe-Barr's
  1,380 controllers beside her confidence; Rendcomb-Hart's 2,100 jobs beside "taken for a
  ride"; Achterhoff-Ruiz's $165 million beside "Nobody likes paying more"; Delorme-Abbott's
  20% beside "winning the battle against the plane".
- Negatives (ninety-eighth, two-hundred-and-forty-seventh, four-hundred-and-first,
  four-hundred-and-twenty-fourth, four-hundred-and-sixty-ninth), none with a figure, as the
  brief for these batches asks, and none with an article that could be read as one
  (four-hundred-and-sixty-ninth: „Kampfpreise“ written in the plural for that reason):
  labels („nannte die Bilanz „ein Armutszeugnis ...““, „nannte den Warnstreik „völlig
  überzogen ...““, „kritisierte die Personalplanung ... als „auf Kante genäht““, „sprach von
  einem „Wortbruch ...““, „nannte den Streik „einen Angriff ...““, „sprach von einem „Fass
  ohne Boden““, „kritisierte die Informationspolitik ... als «ungenügend»“, „nannte die
  Verschiebung „ein fatales Signal ...““, „kritisierte den Aufschlag als «Ohrfeige ...»“,
  „kritisierte die Erhöhung als „falsches Signal ...““, "called the French walkouts",
  "called the runway plan", "called the overrun", "called the strike "deeply disappointing""
  joined to an open door naming no measure, "called the new estimate", "called the project",
  "called the increase", Choice's "proof that voluntary codes have failed travellers"); a
  verdict with „werteten ... als“ („Branchenbeobachter werteten den Schritt als Kampfansage
  ...“; two-hundred-and-forty-seventh: „halten ... für“); an accusation naming no act („Der
  Rechnungshof warf dem Konzern vor, sich die Kosten schöngerechnet zu haben.“,
  "Environmental groups accused the airline of ..."; hundred-twenty-fifth,
  four-hundred-and-twenty-fourth); a demand naming no measure («Es ist höchste Zeit, dass
  die Pendlerinnen und Pendler endlich entlastet werden», forderte der VCS;
  three-hundred-and-fifth); the spokesperson's reassurance ("working hard to earn back our
  customers' trust"; two-hundred-and-thirty-first); confidence and fears ("Wexcombe-Barr
  said she was confident ...", "Business owners in Swords said they feared ...";
  four-hundred-and-twenty-fourth, four-hundred-and-sixty-ninth); a complaint of residents
  naming no measure (the Anrainer in Schwechat and Fischamend; three-hundred-and-sixth); a
  vox pop (Delacroix-Binns; three-hundred-and-fifth); the watchdog's "come as no surprise"
  (a verdict on figures, four-hundred-and-twenty-fourth).
- Check-worthy without a figure, 10 rows (forty-eighth, hundred-twenty-fifth,
  four-hundred-and-first, four-hundred-and-twenty-fourth): the EVG strike's hours given only
  as clock times („um 3.00 Uhr ... um 11.00 Uhr“; forty-eighth), the Bahn's hotline and
  lifted train binding (steps taken), the Bürgerinitiative's demand for a night-flight ban
  „zwischen 22.00 und 6.00 Uhr“ (a demand naming a measure, four-hundred-and-sixty-ninth;
  clock times none), the ministers' decision on the ticket (an act), Hamburg's flights back
  to schedule, „Betroffen sind vor allem Verbindungen ab Zürich innerhalb Europas“, the
  Rahmenplan's adoption („Das geht aus dem neuen Rahmenplan hervor“;
  four-hundred-and-twenty-fourth), the Kantonsrat's missing say over fares (a rule), the
  regulator's one-minute measure ("within a minute of schedule" - "a minute" none, an
  article; four-hundred-and-first) and Northern's closure west of Leeds.
- Punctuality (twenty-third, forty-eighth, hundred-twenty-fifth, four-hundred-and-first,
  four-hundred-and-twenty-fourth): shares are percentages as written („Nur 58,7 Prozent“,
  „92,8 Prozent der Reisenden“, „76,4 Prozent der AUA-Flüge“, „bei 71,3 Prozent“, "Only
  67.4%", "78.9% of their domestic flights", "averaged 71%, against a goal of 80%", "Only
  68.2 per cent" - "per cent" as "%", forty-first -, "86.1 per cent from 89.4 per cent",
  "79.1% of the time", "to 84.5% from 88.2%"; "Only", „Nur“ and "averaged" no hedge), moves
  in percentage points („0,6 Prozentpunkte weniger“, „gut 4 Prozentpunkte tiefer“ 4 "pp"
  "over" - „tiefer“ after the figure compares -, "down 1.9 percentage points"), targets with
  their bounds („eine Quote von mindestens 70 Prozent“ "at_least" and the year; "below 3% by
  March 2029" 3 "under" - "below", four-hundred-and-sixty-ninth - and the year), and
  thresholds are durations („mit weniger als sechs Minuten Verspätung“, „weniger als drei
  Minuten zu spät“ and "less than 15 minutes after its scheduled time" "under"; „mit
  höchstens 15 Minuten Verspätung“ "at_most", four-hundred-and-twenty-fourth). Cancellations
  as shares are percentages ("3.8% of services", "1.3% of scheduled flights, down from
  1.7%", "3.9 per cent, well above the long-term average of 2.1 per cent" - "well above the"
  no hedge, hundred-eleventh -); "About 4.1 million minutes of delay" 4,100,000 minutes
  "about" (four-hundred-and-first: "minutes of delay" read as delay minutes); "delayed by an
  average of 52 minutes" ("an average of" no hedge); "under five minutes on 97% of days" 5
  minutes "under" and 97; "the worst result for the month in 11 years" 11 years
  (four-hundred-and-seventy-third: "a 15-year low").
- Journey times and frequencies (forty-eighth, hundred-fifth, hundred-twenty-fifth,
  hundred-twenty-ninth): „um vier Minuten auf 58 Minuten“ both, „3 Stunden und 49 Minuten,
  sechs Minuten weniger“ three durations (hundred-twenty-fifth: „zwei Stunden und 14
  Minuten“; „weniger“ compares), „gut 13 Stunden“ "over", „auf knapp zwei Stunden“ "nearly",
  „im Viertelstundentakt“ 0.25 hour (forty-eighth), „alle zwei Stunden“ 2 hours (an
  interval, hundred-fifth and hundred-seventh); „stündlich“, „täglich“, „pro Richtung und
  Tag“, "a day", "daily" none. New: „im Zweiminutentakt“ is 2 minutes and „im
  Zehnminutentakt“ 10 minutes - the number word fused with „Minutentakt“ in one closed
  compound is read as the hyphenated „im Siebeneinhalb-Minuten-Takt“ 7.5 minutes
  (hundred-twenty-ninth) and gives the interval as „im Halbstundentakt“ 0.5 hour
  (hundred-fifth) does; the written-together form changes nothing.
- Passengers, journeys, movements and other tallies are counts (forty-eighth,
  hundred-twenty-fifth, four-hundred-and-first, four-hundred-and-twenty-fourth,
  four-hundred-and-sixty-ninth): "19.6 million passengers", "about 1,150 flights", "between
  207 million and 208 million" both ("between" no hedge), "12 routes", "5.8 million", „rund
  12,1 Millionen Passagiere“ "about", "a record 34.6 million" ("a record" no hedge),
  "roughly 15.1 million trips" "about", „rund 9'400 Zugkilometer mehr“ "about" (train
  kilometres, forty-eighth; Swiss apostrophe, tenth; „mehr“ after the figure compares), "7.3
  million passengers", "about 84.5 million ..., up from ... 83.9 million" ("up from" no
  hedge), „rund 3,1 Millionen Passagiere“ („Über“ opening the row names the route,
  four-hundred-and-twenty-fourth), „auf 21.740“, „27,6 Millionen Reisende“, „mit 32,5 bis 33
  Millionen Passagieren“ both ends (the scale written once serves both,
  four-hundred-and-twenty-fourth), „rund 25.900 Tonnen“ (cargo, forty-eighth), "6,412
  complaints", "the 10 reporting carriers", „rund 14,3 Millionen Abonnenten“, "53.8 million
  passenger journeys", „142 von 310 geplanten Starts und Landungen“, „rund 21.000
  Passagiere“, „die rund 1.400 Beschäftigten“, „96 Verbindungen“, "about one in five of its
  usual 2,400 daily services" ("daily" none), „rund 1'900 Flüge“, „rund 36'000 Passagiere“
  ("bereits" no hedge), "about 412,000 trips a day", "about 250,000 trips a day", „rund 600
  Züge und 140.000 Fahrgäste“ (the hedge on the first only, four-hundred-and-first), "4,870
  complaints" ("the September quarter" none - "quarter" names a period,
  two-hundred-and-sixth), "About 3.21 million people", "about 32.5 million travelers",
  "about 1,900 U.S. flights", "1,380 new controllers", "about 560,000 passengers" ("its
  busiest day ever" none), „rund 682 Millionen Fahrgäste“, "about 2,100 of the 29,000 jobs",
  „rund 1,4 Millionen Fahrgäste“, „rund 4.000 zusätzliche Sitzplätze“, "roughly 4 million
  riders", "a record 20.4 million passengers", "about 1.9 million passengers in October
  alone" ("alone" no hedge), „vier neue Ziele“, „rund 180 Vollzeitstellen“; "the two
  hardest-hit hubs" 2 (a definite group, forty-first and four-hundred-and-first: "one of the
  two East River tunnels"); „für zwei Personen“ 2 (hundred-twenty-fifth); „dreimal
  wöchentlich“ 3 (four-hundred-and-twenty-fourth); „fast doppelt so viel“ 2 "nearly"
  (multiples are counts, four-hundred-and-twenty-fourth: „mehr als doppelt so viele“ 2
  "over"). None: „die meisten“, "most of them", "the most punctual", "came last", "the worst
  performer", "topped the table", "a record for the month", "the most in its history", "the
  highest since 2020" (the year only), "a record for the agency".
- Fleets and orders (the brief's "fleet orders"; two-hundred-and-twenty-seventh,
  three-hundred-and-fifth, three-hundred-and-sixty-sixth, four-hundred-and-twenty-fourth):
  „kauft 15 Langstreckenflugzeuge ... Optionen auf zehn weitere“ 15 and 10 („weitere“ no
  hedge), "ordered 24 ... and taken options on 16 more" 24 and 16, "ordered 28 double-deck
  trains ..., with options on 14 more" 28 and 14 ("more" after the figure compares), list
  prices as money („einen Wert von rund 5,9 Milliarden US-Dollar“, "about $9.6 billion at
  list prices"), fleets („auf 72 Flugzeuge ..., derzeit sind es 64“, "add 14 aircraft",
  „sechs ihrer 29 Jets“, „auf 21 bestellte Flugzeuge“, "19 of the new Acela trains", „Von 31
  bestellten Nightjet-Garnituren ... 19“, „mit zwei Zügen pro Richtung und Tag“), the age of
  a fleet ("on average about 24 years old" 24 years "about" - "on average" no hedge,
  hundred-twelfth; four-hundred-and-twenty-fourth: „die im Schnitt 24 Jahre alt sind“).
  Types carry none ("Boeing 787-9", „Airbus A220“, "Airbus A350-1000", "Boeing 777-200s",
  „ICE L“; four-hundred-and-twenty-fourth).
- Lines, lengths and construction costs (the brief's "rail line construction costs and
  lengths in kilometres"; hundred-fifth, hundred-twenty-fifth, two-hundred-and-sixty-first,
  four-hundred-and-first): lengths are counts as written, the figure in a hyphenated
  compound and the figure fused with "km" included („auf dem rund 85 Kilometer langen
  Abschnitt“ 85 "about", „160 Kilometer Gleise und 110 Weichen ... 21 Stationen“, „auf rund
  4,6 Kilometern acht Stationen“, „um rund fünf Kilometer“, „rund 3.900 Kilometern“, „rund
  140 Kilometer Gleis und 38 Bahnhöfe“, „die rund 900 Kilometer lange Strecke“ 900 "about",
  "The 26-kilometre line ... 10 stations", "about 38km of line" 38 "about" (fifteenth:
  "200m" counted), "about 19.5km long with 15 stations", "The 16.2-kilometre line, with 14
  stations", "The roughly 137-mile line" 137 "about" (hundred-twenty-fifth and
  two-hundred-and-sixty-first: "The roughly 1,040-km line"), "the project's 32 miles of
  tunnels", "seven platforms instead of the 10 originally proposed" both ("instead of" no
  hedge)); speeds are counts ("up to 200mph" 200 "up_to" and "the 225mph" 225; fifteenth:
  "20mph"; hundred-twenty-fifth: "up to 320 km/h"); costs in the currency written („rund 2,9
  Milliarden Euro, um gut 400 Millionen Euro mehr“ "about" and "over", „rund 1,3 Milliarden
  Euro“, „rund 27 Milliarden Euro“, „rund 21,4 Milliarden Euro ..., um 1,2 Milliarden Euro
  weniger“, „rund 3,2 Milliarden Euro“, "A$27.4 billion, about A$3.9 billion more", "an
  initial A$6.4 billion" ("initial" no hedge), "€1.16 billion", "up to €12.4 billion"
  "up_to", "at least C$21.4 billion, about C$2.6 billion more", "up to 81 billion pounds in
  today's prices" "up_to" ("could cost" no hedge; "in today's prices" none,
  hundred-twenty-fifth: "in 2019 prices" the year), "about 21 billion pounds"); shares of
  work done are percentages ("about 85 per cent complete", "about 70% of the tunnelling
  contracts", "about 80% complete", „rund 60 Prozent der Mehrkosten“); „Der Bund übernimmt
  ... die Hälfte der Baukosten“ 0.5 (hundredth: "half of their flights"); delays of projects
  are durations („um drei Jahre verschoben“ 3 years; hundred-twenty-fifth: "delayed by at
  least two years"), "forecast two years ago" 2 years (four-hundred-and-seventy-third: "five
  years ago"), "a year later than planned" none (an article). Opening years and deadlines
  are years („2030 in Betrieb gehen“, „Ende 2031“, „bis 2035“, „bis 2029“, „bis 2031“, "due
  to open in 2034", "from late 2032", "in 2029", "expected to open in 2032", "in the spring
  of 2027", "before 2035", "by mid-2028" - hundred-thirty-first: "by mid-2027" -, "from
  2032", "began in 2021", "by 2031").
- Fares, tickets and subsidies, money in the currency written (forty-eighth,
  hundred-twenty-fifth, four-hundred-and-first): „67 Euro im Monat statt bisher 63 Euro“
  both („statt“, „bisher“ no hedge; „im Monat“ none), „je 1,5 Milliarden Euro im Jahr“ („je“
  no hedge, hundred-twenty-fifth), „auf rund 800 Millionen Euro“, „auf mehr als 1,1
  Milliarden Euro“ "over", „im Mai 2023 ... 49 Euro“, „das GA 2. Klasse ... weiterhin 4'260
  Franken“ ordinal 2 and CHF („weiterhin“ no hedge; four-hundred-and-first:
  „Generalabonnement 2. Klasse“), „2'442 statt 2'376 Franken“ both (the currency written
  once serves the earlier figure, four-hundred-and-first: „210 statt 195 Franken“),
  „durchschnittlich 2,9 Prozent“ (no hedge), „ab 79,90 Euro ... ab 239 Euro“ ("ab" before a
  price no hedge, hundred-twenty-fifth), „Die BahnCard 50 für die 2. Klasse ... 262 Euro
  statt 251 Euro“ ordinal 2 and both amounts („BahnCard 50“ none, hundred-twenty-fifth),
  „beginnen weiterhin bei 19,99 Euro“, „um 3,9 Prozent, die Flexpreise um 4,5 Prozent“ („im
  Schnitt“ no hedge), "A$5.10 on an Opal card", "C$3.35 for a third straight year" CAD and
  ordinal 3 (four-hundred-and-first: "the third straight annual drop"), "to $3.15 from
  $2.90", "a 30-day unlimited pass climbs to $138, up $6, while the weekly cap ... rises to
  $36" 30 days (a pass named by its span, as „Die Zehn-Tages-Vignette“ 10 days in the
  four-hundred-and-first) and three amounts ("weekly" none), "about $165 million a year" ("a
  year" none), "from 49 pounds" with "three weeks ahead" 3 weeks ("from" no hedge, "one-way"
  none, forty-eighth), "by 15 cents" 0.15 USD (U.S. cents as hundredths,
  three-hundred-and-fifth), "average fares ... about 5% lower". New: "by 10 cent to €2.10"
  gives 0.1 EUR and 2.1 EUR - Irish copy writes the euro cent in English without a plural
  "s", and it is read as the hundredth of the euro as German „Cent“ is
  (hundred-thirty-eighth; four-hundred-and-seventy-third: „38,2 Cent“ 0.382) and U.S.
  "cents" are; "Adult Leap card" and "Opal card" name products and carry none. Compensation
  under EU law (hundred-twenty-fifth, two-hundred-and-forty-seventh): „weniger als 14 Tage
  vor dem Abflug“ 14 days "under" and „250, 400 oder 600 Euro“ three amounts (the currency
  written once serves each).
- Strikes, demands and offers (forty-eighth, hundredth, two-hundred-and-sixth,
  four-hundred-and-first, four-hundred-and-sixty-eighth): a strike called with its length is
  check-worthy („zu einem achtstündigen Warnstreik“ 8 hours, „zu einem 24-stündigen
  Ausstand“ 24 hours, "for 48 hours from Friday, November 27" 48 hours and the date);
  demands and offers („7,8 Prozent mehr Lohn, mindestens aber 390 Euro monatlich; der neue
  Vertrag solle zwölf Monate laufen“ 7.8, 390 EUR "at_least" and 12 months; „8,5 Prozent
  mehr Gehalt, monatlich aber mindestens 400 Euro“ 8.5 and 400 EUR "at_least"; „ein Plus von
  4,2 Prozent ..., gestaffelt in zwei Schritten über 30 Monate, dazu eine Einmalzahlung von
  1.200 Euro“ 4.2, count 2 - four-hundred-and-sixty-eighth: „in zwei Schritten“ -, 30 months
  - „über“ before a span no hedge - and 1,200 EUR; "up to 12 extra rest days a year" 12 days
  "up_to" - two-hundred-and-thirty-third: „drei zusätzliche freie Tage“ 3 days -); „rund 90
  Prozent der Fernzüge“, "93% of drivers who voted ..., on a turnout of 71%", "an estimated
  6.5 million pounds" "about" (three-hundredth), „Die dritte Verhandlungsrunde ist für den
  17. und 18. November ...“ ordinal 3 and two dates (the month written once serves each day,
  hundred-twenty-fifth), „Die nächste Verhandlungsrunde ... für den 26. November“ the date
  („nächste“ none).
- Fractions (the issue; hundred-twenty-fifth, four-hundred-and-first,
  four-hundred-and-sixty-eighth): „knapp jede vierte Verspätung“ 0.25 "nearly", „knapp ein
  Viertel davon“ 0.25 "nearly" („davon“ no hedge), „die Hälfte der Baukosten“ 0.5, "more
  than a third of them" 0.3333 "over", "about one in five of its usual 2,400 daily services"
  0.2 "about" (four-hundred-and-sixty-eighth: "only about one in five of their usual
  services"; "only" no hedge), "Nearly two in five Jetstar flights" 0.4 "nearly" ("X in Y"
  the share X/Y, two-hundred-and-seventy-sixth and four-hundred-and-first), "About half of
  the canceled flights" 0.5 "about".
- Ordinals (the issue; three-hundred-and-fifth, four-hundred-and-first,
  four-hundred-and-twenty-fourth): „Die dritte Verhandlungsrunde“ 3, „das GA 2. Klasse“ and
  „für die 2. Klasse“ 2, „Die ersten Jets“ 1 (an article before the plural,
  four-hundred-and-twenty-fourth), „zum dritten Mal in Folge“ 3
  (four-hundred-and-twenty-fourth), „in der ersten Ausbaustufe“ 1, "a third runway" 3
  (three-hundred-and-fifth), "the first electric trains" 1, "for a third straight year" 3.
  None: „die letzten“, „erstmals“, „die schnellsten“, „die nächste“, "the worst", "the
  lowest", "the most", "its busiest day", "the northern leg".
- Durations and spans otherwise (the issue: "fünfstündigen", "a two-week visit"): "in the 12
  months to September" and "in the 12 months through September" 12 months
  (four-hundred-and-seventy-third: "in the 12 months to June"), "Over the 11-day holiday
  period" 11 days ("Over" before a span no hedge; three-hundred-and-ninety-eighth: "the
  12-day holiday travel period"), „für zehn Wochen“ 10 weeks. None: „im Oktober des
  Vorjahres“, „im Vormonat“, „im Vorjahr“, „im Vorjahreszeitraum“, „im selben Zeitraum des
  Vorjahres“, „im vergangenen Jahr“, „ein Jahr zuvor“, „von Jänner bis Oktober“, „von Januar
  bis Oktober“, „heuer“, „bis Ende Oktober“, „im Sommer“, „ab Mitte Jänner“, „im kommenden
  Jahr“, „bis einschließlich Sonntag“, „seit Langem“, „im frühen Handel“, „im Endausbau“,
  „in den Hauptverkehrszeiten“, „mit dem übernächsten Fahrplanwechsel“, "a year earlier",
  "last year", "the year before", "this winter", "a year ago", "between July and September",
  "the same quarter", "in the month", "during the year", "by the end of next year", "by the
  end of next summer", "the full year", "next year", "from January", "this year", "this
  spring", "while the strike lasts", "on the strike days", "on Wednesday afternoon",
  "Thanksgiving Sunday", "on an average weekday", "pre-pandemic", weekdays and months alone,
  and clock times („um 3.00 Uhr“, „um 11.00 Uhr“, „um 0.00 Uhr“, „zwischen 22.00 und 6.00
  Uhr“).
- Other percentages as written (every batch): load factors ("held at 93%", "a load factor of
  91.2%", „bei 82,6 Prozent, nach 81,9 Prozent“), moves („ein Plus von 5,3 Prozent“, „um 4,8
  Prozent mehr“ - Austrian -, „um 2,1 Prozent“, „gut 5 Prozent mehr“ "over", „um 3,4
  Prozent“, „um 8 Prozent mehr“, „gut 3 Prozent mehr“ "over", „seit 2022 um 14 Prozent“ with
  the year, „um 1,8 Prozent“, "a rise of 4%", "about 6% more", "rose 6.2% ... fell 1.4%",
  "up 7 per cent", "up 3.4%", "rose 2.3%"), „eine Senkung ... um 5 Prozent“, „rund 25
  Prozent weniger Kerosin“ "about" („weniger“ after the figure compares), "about 20% less
  fuel per seat" ("per seat" none), "by about 20%", „mehr als 85 Prozent“ "over", "78% of
  its pre-pandemic level".
- Years and dates: Reuters datelines with a day are dates without a year ("DUBLIN, Nov 3"
  --11-03, "LONDON, Nov 10" --11-10, "WASHINGTON, Nov 12" --11-12, "LONDON, Nov 19" --11-19,
  "LONDON, Dec 8" --12-08; three-hundred-and-sixty-sixth, four-hundred-and-twenty-fourth);
  dpa ("Berlin (dpa) -", "Hamburg (dpa/lno) -"), dpa-AFX ("Frankfurt (dpa-AFX) -"), APA
  ("Wien (APA) -", "Schwechat (APA) -"), Keystone-SDA ("Bern", "Kloten", "Zürich"), AP
  ("WASHINGTON (AP) —", "NEW YORK (AP) —"), PA ("LONDON (PA) -", "DUBLIN (PA) -",
  "MANCHESTER (PA) -"), AAP ("SYDNEY (AAP) -") and CP ("TORONTO (CP) —") datelines none
  (seventy-ninth). Dates: „am 13. Dezember“ and „vom 13. Dezember“ --12-13, „ab dem 1.
  Januar“ --01-01, „für den 17. und 18. November“, „für den 26. November“, „vom 1. Februar
  bis zum 31. Juli“ two dates („bis zum“ no hedge), "its financial year ending March 31"
  --03-31, "from Friday, November 27" --11-27, "on Jan. 4" --01-04; the full date "on Aug.
  20, 2023" 2023-08-20 (four-hundred-and-sixty-eighth: „zum 1. Juli 2034“). Years: „Bis Ende
  2029“, „im Sommer 2027“, „bis 2030“, „2029 ... bis Ende 2032“, „im Mai 2023“, „2030 in
  Betrieb“, „bis 2035“, „bis 2029“, „bis 2031“, „Ende 2031“, „seit 2022“, "by March 2029",
  "in 2034", "from late 2032", "in 2021", "in 2029", "from 2028 and run until 2033" both,
  "in 2032", "spring of 2027", "by mid-2028", "since 2014", "before 2035", "in 2023", "since
  2020", "from 2032", "by 2031".
- Identifiers carry none (forty-sixth, forty-eighth, hundred-seventy-eighth,
  four-hundred-and-first, four-hundred-and-twenty-fourth): "c2c" (four-hundred-and-first),
  „U2/U5“, „U5“ and „U2“ (hundred-seventy-eighth: the subway line "U2"), "DART+ West", "HS2"
  and "HS2 Ltd" (eleventh), „BahnCard 50“, „Zürich HB“, "OMNY". New: "the A and C lines"
  carry none - a subway line named by a letter names a route as „U5“ and "S7" do, and
  neither "A" nor "C" is read as an article or a number. New: "M3 Parkway" carries none - a
  station named after the motorway beside it takes the road's name whole, and road names
  carry none ("M5", „A 3“; four-hundred-and-first, three-hundred-and-twelfth).
- Hedges, only the names in use: „rund“, "about", "About", "roughly", "an estimated"
  "about"; „knapp“, „fast“, "Nearly" "nearly"; „gut“, „mehr als“, "more than" "over";
  „weniger als“, "less than", "under", "below" "under"; „bis zu“, "up to", "as much as"
  "up_to" (hundred-sixty-fourth: "as much as"); „mindestens“, "at least" "at_least";
  „höchstens“ "at_most". No hedge: „nur“, „Nur“, "Only", "only", „bislang“, „bisher“,
  „derzeit“, „weiterhin“, „noch“, „bereits“, „zuletzt“, „zunächst“, „insgesamt“, „je“,
  „jeweils“, „durchschnittlich“, „im Schnitt“, „ab“ before a price, „statt“, „weitere“, "an
  average of", "averaged", "on average", "a record", "alone", "initial", "instead of", "from
  ... to", "up from", "down from", "up", "between", "well above the", "topped", "could
  cost", "from" before a price, "over" and „über“ before a span, and „mehr“, „weniger“,
  „tiefer“, "more", "less", "lower" after a figure they compare.
- Speakers, checked only in forms the earlier batches settled. German: „teilte der Konzern
  am Montag mit“ -> "der Konzern" (the weekday dropped, hundred-twenty-fifth,
  four-hundred-and-first), „teilten die ÖBB mit“ -> "die ÖBB" (two-hundred-and-sixth,
  four-hundred-and-first), „teilte die Deutsche Bahn am Montag mit“ -> "die Deutsche Bahn"
  (the operator in the nominative with its article, as „teilte die Flughafen Wien AG mit“ in
  the four-hundred-and-twenty-fourth), „Nach Angaben der Bahn“ -> "die Bahn"
  (three-hundredth, four-hundred-and-sixty-eighth); „X sagte, ...“ with the title dropped
  („Fernverkehrsvorständin Henrike Lammerding-Volz“, „EVG-Verhandlungsführerin Sabine
  Quandt-Lehmkuhl“, „AUA-Chefin Theresia Windbichler-Pölzl“, „SBB-Chef Urs Kägi-Bachmann“,
  „Finanzvorstand Gunnar Trittenheim-Vogel“, „Flughafenvorstand Reinhold Kastlunger-Aigner“,
  „Verdi-Verhandlungsführerin Jana Möllerbeck-Sauer“, „Wiener-Linien-Geschäftsführerin
  Ulrike Prinzhorn-Haas“, „Swiss-Sprecherin Corinne Egloff-Tanner“, „InfraGO-Vorstand
  Philipp Hessenthal-Brock“, „Mobilitätsministerin Gudrun Pfisterer-Lechner“,
  „ZVV-Direktorin Barbara Hürlimann-Zollinger“, „ÖBB-Personenverkehrsvorständin Sieglinde
  Aschauer-Wimmer“; hundred-twenty-fifth, four-hundred-and-first,
  four-hundred-and-twenty-fourth) and with the place dropped („Bremens Verkehrssenatorin
  Katja Ohlhorst-Riedel“; four-hundred-and-first: „Sachsen-Anhalts Verkehrsministerin“).
  English: the name with the title dropped ("Rail minister Gwendolyn Ashbury-Pryce said",
  "Amtrak chief executive Roland Prenderville-Guy said", "Transport Minister Rhiannon
  Bellhouse-Cole said", "Transportation Secretary Lyle Hargrove-Benton said", "Transport
  Minister Ciarán Ó Fearghail-Rowe said" - the particle stays, four-hundred-and-twentieth -,
  "Aslef general secretary Morag Pennyfeather-Lyle said", "Qantas Domestic chief executive
  Harriet Quayle-Morton said", "FAA Administrator Colleen Wexcombe-Barr said", "Transport
  Secretary Philippa Rendcomb-Hart said", "MTA chair Desmond Achterhoff-Ruiz said";
  four-hundred-and-first, four-hundred-and-twenty-fourth), "told reporters" ("Chief
  Executive Alasdair Kinnersley-Vaughan", "Chief Executive Margaux Delorme-Abbott",
  "Ennis-Mulcahy told reporters" the surname as written; two-hundred-and-fourth,
  four-hundred-and-twenty-fourth), "told analysts" ("Chief Executive Rafael Etxegarai-Lund";
  four-hundred-and-twenty-fourth), the name in apposition ("Ontario's transportation
  minister, Priyanka Saltonstall-Dell, said"; four-hundred-and-first: "TfL's deputy
  commissioner, Anita Varsani, said"), ", the Transportation Department said on Thursday" ->
  "the Transportation Department" (four-hundred-and-twenty-fourth) and ", the Department for
  Transport said on Wednesday" -> "the Department for Transport" (the weekday dropped,
  four-hundred-and-first). Left unchecked (None): all negatives, also those with a named
  speaker; roles („teilte eine Flughafensprecherin mit“; hundred-twenty-fifth,
  four-hundred-and-twenty-fourth); „hieß es bei der Lufthansa“ and „hiess es bei der Swiss“
  (four-hundred-and-twenty-fourth: „hieß es bei der AUA“); masculine genitives („nach
  Angaben des Betreibers“, „nach Angaben des Flughafens“; three-hundredth,
  four-hundred-and-twenty-fourth, four-hundred-and-sixty-eighth); compounds („Nach
  vida-Angaben“, „nach Bahn-Angaben“, „nach ÖBB-Angaben“, „Nach EU-Recht“;
  four-hundred-and-first); own statements („nach eigenen Angaben“ twice;
  four-hundred-and-twenty-fourth); documents („nach einem Bericht des Bundesrechnungshofs“,
  „heißt es in einer Aussendung der Wiener Linien“, „wie aus einer Mitteilung des
  Verkehrsverbunds hervorgeht“, „Das geht aus dem neuen Rahmenplan hervor“;
  four-hundred-and-twenty-fourth); „Gemäss Flughafen Zürich“ (four-hundred-and-fourth,
  four-hundred-and-seventy-third); verbs not of saying („beziffern“, „zählt“, „fordert“,
  „rechne man“ - an impersonal „man“ -, "expects", "estimates", "announced", "plans";
  hundred-tenth, four-hundred-and-first, four-hundred-and-sixty-ninth); descriptions heading
  a source ("the Irish carrier said", "Britain's biggest airport said", "the cross-Channel
  rail operator said", "the group said"; hundred-twenty-fifth,
  four-hundred-and-twenty-fourth); "it said" (twice; four-hundred-and-first); data and
  figures ("the latest Office of Rail and Road statistics show", "the airport's figures
  show", "government figures show", "according to MTA data", "according to TSA figures");
  every "according to" (Network Rail, numbers the company published, Metrolinx, FlightAware,
  the carrier, the Commission's monitoring report; two-hundred-and-fourth,
  four-hundred-and-twentieth); and rows without attribution. New: „wie sie am Montag
  mitteilten“ stays unchecked - a pronoun names no source, as "it said"
  (four-hundred-and-first), even where the row named the SBB before it. As the
  four-hundred-and-first and four-hundred-and-twenty-fourth batches did, and to keep the
  checked speakers near 35, several official figures are given as data, documents or with
  "according to", and several operators are left without a verb of saying.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_477 = [
    # --- Pünktlichkeit der Deutschen Bahn im Oktober (dpa), Montag, 2. November ---
    (
        "de",
        "Berlin (dpa) - Nur 58,7 Prozent der Fernzüge der Deutschen Bahn haben im Oktober ihr Ziel pünktlich erreicht, teilte der Konzern am Montag mit.",
        True,
        [("percent", 58.7, "%", None)],
        "der Konzern",
    ),
    (
        "de",
        "Im Vormonat hatte die Quote noch bei 63,4 Prozent gelegen, im Oktober des Vorjahres bei 60,1 Prozent.",
        True,
        [("percent", 63.4, "%", None), ("percent", 60.1, "%", None)],
        None,
    ),
    (
        "de",
        "Als pünktlich gilt ein Zug, wenn er einen Halt mit weniger als sechs Minuten Verspätung erreicht.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    (
        "de",
        "Im Regionalverkehr kamen 89,2 Prozent der Züge pünktlich an, 0,6 Prozentpunkte weniger als im September.",
        True,
        [("percent", 89.2, "%", None), ("percent", 0.6, "pp", None)],
        None,
    ),
    (
        "de",
        "Fernverkehrsvorständin Henrike Lammerding-Volz sagte, knapp jede vierte Verspätung gehe auf Baustellen zurück, von denen es derzeit bundesweit rund 2.900 gebe.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 2900, None, "about")],
        "Henrike Lammerding-Volz",
    ),
    (
        "de",
        "„Wir sind mit diesen Werten alles andere als zufrieden, und das wissen unsere Fahrgäste auch“, sagte Lammerding-Volz.",
        False,
        [],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn nannte die Bilanz „ein Armutszeugnis für das ganze System“.", False, [], None),
    (
        "de",
        "Bis Ende 2029 will die Bahn im Fernverkehr wieder eine Quote von mindestens 70 Prozent erreichen.",
        True,
        [("year", 2029, None, None), ("percent", 70, "%", "at_least")],
        None,
    ),
    # --- Ryanair's October traffic (Reuters), Tuesday, Nov 3 ---
    (
        "en",
        "DUBLIN, Nov 3 (Reuters) - Ryanair flew 19.6 million passengers in October, a rise of 4% on October last year, the Irish carrier said on Tuesday.",
        True,
        [("date", "--11-03", None, None), ("count", 19600000, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Its load factor, the share of seats sold, held at 93%, while about 1,150 flights were cancelled, most of them during a French air traffic control strike.",
        True,
        [("percent", 93, "%", None), ("count", 1150, None, "about")],
        None,
    ),
    (
        "en",
        "Ryanair expects to carry between 207 million and 208 million passengers in its financial year ending March 31.",
        True,
        [("count", 207000000, None, None), ("count", 208000000, None, None), ("date", "--03-31", None, None)],
        None,
    ),
    (
        "en",
        'Chief Executive Padraig Ennis-Mulcahy called the French walkouts "an outrage that nobody in Brussels seems willing to stop."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ennis-Mulcahy told reporters that average fares this winter would be about 5% lower than a year ago.",
        True,
        [("percent", 5, "%", "about")],
        "Ennis-Mulcahy",
    ),
    (
        "en",
        "Ryanair has cut 12 routes from German regional airports this winter, blaming aviation taxes.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Rival Wizz Air carried 5.8 million passengers in October, with a load factor of 91.2%, it said in a separate statement.",
        True,
        [("count", 5800000, None, None), ("percent", 91.2, "%", None)],
        None,
    ),
    # --- EVG-Warnstreik bei der Bahn angekündigt (dpa), Mittwoch, 4. November ---
    (
        "de",
        "Berlin (dpa) - Die Eisenbahn- und Verkehrsgewerkschaft EVG hat für Donnerstag zu einem achtstündigen Warnstreik bei der Deutschen Bahn aufgerufen.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Ausstand soll um 3.00 Uhr beginnen und um 11.00 Uhr enden, betroffen sind Fern-, Regional- und S-Bahn-Verkehr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "EVG-Verhandlungsführerin Sabine Quandt-Lehmkuhl sagte, die Gewerkschaft fordere 7,8 Prozent mehr Lohn, mindestens aber 390 Euro monatlich; der neue Vertrag solle zwölf Monate laufen.",
        True,
        [("percent", 7.8, "%", None), ("money", 390, "EUR", "at_least"), ("duration", 12, "month", None)],
        "Sabine Quandt-Lehmkuhl",
    ),
    (
        "de",
        "„Wer uns mit Krümeln abspeist, darf sich über leere Bahnsteige nicht wundern“, sagte Quandt-Lehmkuhl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bahn hat bislang ein Plus von 4,2 Prozent angeboten, gestaffelt in zwei Schritten über 30 Monate, dazu eine Einmalzahlung von 1.200 Euro.",
        True,
        [
            ("percent", 4.2, "%", None),
            ("count", 2, None, None),
            ("duration", 30, "month", None),
            ("money", 1200, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Personalvorstand Ulf Reinecke-Sander nannte den Warnstreik „völlig überzogen und unnötig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bahn fielen bei einem ähnlichen Warnstreik im März rund 90 Prozent der Fernzüge aus.",
        True,
        [("percent", 90, "%", "about")],
        "die Bahn",
    ),
    (
        "de",
        "Die Bahn richtete eine Sonderhotline ein und hob die Zugbindung für gebuchte Tickets bis einschließlich Sonntag auf.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 17. und 18. November in Fulda angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--11-17", None, None), ("date", "--11-18", None, None)],
        None,
    ),
    # --- Britain's rail punctuality from the ORR (PA), Wednesday, Nov 4 ---
    (
        "en",
        "LONDON (PA) - Only 67.4% of trains across Britain kept to time between July and September, the latest Office of Rail and Road statistics show.",
        True,
        [("percent", 67.4, "%", None)],
        None,
    ),
    (
        "en",
        "That was down 1.9 percentage points on the same quarter a year earlier, while 3.8% of services were cancelled in full or in part.",
        True,
        [("percent", 1.9, "pp", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "en",
        "The regulator counts a train as on time only if it pulls into each stop within a minute of schedule.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Rail minister Gwendolyn Ashbury-Pryce said operators had been set a target of bringing cancellations below 3% by March 2029.",
        True,
        [("percent", 3, "%", "under"), ("year", 2029, None, None)],
        "Gwendolyn Ashbury-Pryce",
    ),
    ("en", '"Passengers are sick of excuses and so am I," Ashbury-Pryce said.', False, [], None),
    (
        "en",
        "The worst performer was Northern, at 59.8%, while c2c topped the table with 90.6%.",
        True,
        [("percent", 59.8, "%", None), ("percent", 90.6, "%", None)],
        None,
    ),
    (
        "en",
        'A spokeswoman for watchdog Transport Focus said the figures would "come as no surprise to anyone who commutes."',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 4.1 million minutes of delay in the quarter were caused by infrastructure faults such as broken rails and signal failures, according to Network Rail.",
        True,
        [("duration", 4100000, "minute", "about")],
        None,
    ),
    # --- AUA-Verkehrszahlen bis Oktober (APA), Donnerstag, 5. November ---
    (
        "de",
        "Wien (APA) - Die Austrian Airlines (AUA) haben von Jänner bis Oktober rund 12,1 Millionen Passagiere befördert, ein Plus von 5,3 Prozent gegenüber dem Vorjahreszeitraum.",
        True,
        [("count", 12100000, None, "about"), ("percent", 5.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Auslastung lag nach eigenen Angaben bei 82,6 Prozent, nach 81,9 Prozent im Vorjahr.",
        True,
        [("percent", 82.6, "%", None), ("percent", 81.9, "%", None)],
        None,
    ),
    (
        "de",
        "Pünktlich, also mit höchstens 15 Minuten Verspätung, starteten heuer 76,4 Prozent der AUA-Flüge.",
        True,
        [("duration", 15, "minute", "at_most"), ("percent", 76.4, "%", None)],
        None,
    ),
    (
        "de",
        "AUA-Chefin Theresia Windbichler-Pölzl sagte, die Airline werde im Sommer 2027 vier neue Ziele anfliegen, darunter Seattle und Taschkent.",
        True,
        [("year", 2027, None, None), ("count", 4, None, None)],
        "Theresia Windbichler-Pölzl",
    ),
    ("de", "„Wien ist und bleibt das Herz unseres Netzes“, sagte Windbichler-Pölzl.", False, [], None),
    (
        "de",
        "Die Flotte soll bis 2030 auf 72 Flugzeuge wachsen, derzeit sind es 64.",
        True,
        [("year", 2030, None, None), ("count", 72, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida kritisierte die Personalplanung der Airline als „auf Kante genäht“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach vida-Angaben fehlen beim Bordpersonal derzeit rund 180 Vollzeitstellen.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    # --- Amtrak's record year (AP), Friday, Nov 6 ---
    (
        "en",
        "WASHINGTON (AP) — Amtrak carried a record 34.6 million passengers in the 12 months through September, according to numbers the company published on Friday.",
        True,
        [("count", 34600000, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "That was about 6% more than the year before, with the Northeast Corridor accounting for roughly 15.1 million trips.",
        True,
        [("percent", 6, "%", "about"), ("count", 15100000, None, "about")],
        None,
    ),
    (
        "en",
        "On-time performance across the network averaged 71%, against a goal of 80%.",
        True,
        [("percent", 71, "%", None), ("percent", 80, "%", None)],
        None,
    ),
    (
        "en",
        "Amtrak chief executive Roland Prenderville-Guy said 19 of the new Acela trains would be in service by the end of next year.",
        True,
        [("count", 19, None, None)],
        "Roland Prenderville-Guy",
    ),
    (
        "en",
        '"People are choosing the train because it works for them, and we mean to build on that," Prenderville-Guy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The railroad's operating loss narrowed to about $612 million from $741 million.",
        True,
        [("money", 612000000, "USD", "about"), ("money", 741000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Amtrak received about $2.4 billion in federal grants for operations and capital projects during the year.",
        True,
        [("money", 2400000000, "USD", "about")],
        None,
    ),
    # --- SBB-Fahrplanwechsel und Preise (Keystone-SDA), Montag, 9. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Ab dem Fahrplanwechsel vom 13. Dezember fahren die SBB täglich rund 9'400 Zugkilometer mehr, wie sie am Montag mitteilten.",
        True,
        [("date", "--12-13", None, None), ("count", 9400, None, "about")],
        None,
    ),
    (
        "de",
        "Zwischen Zürich und St. Gallen verkehren die Fernverkehrszüge neu im Viertelstundentakt, die Fahrzeit verkürzt sich um vier Minuten auf 58 Minuten.",
        True,
        [("duration", 0.25, "hour", None), ("duration", 4, "minute", None), ("duration", 58, "minute", None)],
        None,
    ),
    (
        "de",
        "SBB-Chef Urs Kägi-Bachmann sagte, von Januar bis Oktober seien 92,8 Prozent der Reisenden pünktlich angekommen.",
        True,
        [("percent", 92.8, "%", None)],
        "Urs Kägi-Bachmann",
    ),
    (
        "de",
        "Die SBB werten eine Ankunft als pünktlich, wenn der Zug weniger als drei Minuten zu spät ist.",
        True,
        [("duration", 3, "minute", "under")],
        None,
    ),
    (
        "de",
        "«Die Schweiz fährt Bahn wie kein anderes Land, und darauf sind wir stolz», sagte Kägi-Bachmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Preise für Halbtax und Generalabonnement bleiben unverändert, das GA 2. Klasse kostet weiterhin 4'260 Franken.",
        True,
        [("ordinal", 2, None, None), ("money", 4260, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Es ist höchste Zeit, dass die Pendlerinnen und Pendler endlich entlastet werden», forderte der VCS.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Preisüberwacher hatte im Sommer eine Senkung der Preise für Streckenbillette um 5 Prozent verlangt.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    # --- Heathrow's October (Reuters), Tuesday, Nov 10 ---
    (
        "en",
        "LONDON, Nov 10 (Reuters) - Heathrow handled 7.3 million passengers in October, a record for the month, Britain's biggest airport said on Tuesday.",
        True,
        [("date", "--11-10", None, None), ("count", 7300000, None, None)],
        None,
    ),
    (
        "en",
        "Traffic to North America rose 6.2%, while passenger numbers to the Middle East fell 1.4%.",
        True,
        [("percent", 6.2, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Heathrow now expects about 84.5 million passengers for the full year, up from an earlier forecast of 83.9 million.",
        True,
        [("count", 84500000, None, "about"), ("count", 83900000, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Alasdair Kinnersley-Vaughan told reporters the airport would submit plans for a third runway by the end of next summer, with the cost put at about 21 billion pounds.",
        True,
        [("ordinal", 3, None, None), ("money", 21000000000, "GBP", "about")],
        "Alasdair Kinnersley-Vaughan",
    ),
    (
        "en",
        '"We are turning away airlines that want to fly here, and the whole country pays for that," Kinnersley-Vaughan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Campaigners in west London called the runway plan "a betrayal of every climate promise this government has made."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Security queues stayed under five minutes on 97% of days, the airport's figures show.",
        True,
        [("duration", 5, "minute", "under"), ("percent", 97, "%", None)],
        None,
    ),
    # --- Lufthansa-Bestellung für die Langstrecke (dpa-AFX), Mittwoch, 11. November ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Lufthansa kauft 15 Langstreckenflugzeuge des Typs Boeing 787-9 und sichert sich Optionen auf zehn weitere.",
        True,
        [("count", 15, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Zum Listenpreis hätte das Paket einen Wert von rund 5,9 Milliarden US-Dollar, Rabatte sind in der Branche aber üblich.",
        True,
        [("money", 5900000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die ersten Jets sollen 2029 ausgeliefert werden, die letzten bis Ende 2032, hieß es bei der Lufthansa.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Gunnar Trittenheim-Vogel sagte, die neuen Flugzeuge verbrauchten pro Passagier rund 25 Prozent weniger Kerosin als die Modelle, die sie ersetzen.",
        True,
        [("percent", 25, "%", "about")],
        "Gunnar Trittenheim-Vogel",
    ),
    (
        "de",
        "„Mit dieser Bestellung machen wir unsere Langstrecke fit für die Zukunft“, sagte Trittenheim-Vogel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen Lieferverzögerungen bei Boeing und Airbus wartet der Konzern derzeit noch auf 21 bestellte Flugzeuge.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    ("de", "Branchenbeobachter werteten den Schritt als Kampfansage an die Konkurrenz vom Golf.", False, [], None),
    ("de", "Die Aktie legte im frühen Handel um 1,8 Prozent zu.", True, [("percent", 1.8, "%", None)], None),
    # --- The cost of Sydney Metro West (AAP), Wednesday, Nov 11 ---
    (
        "en",
        "SYDNEY (AAP) - The cost of Sydney's Metro West line has risen to A$27.4 billion, about A$3.9 billion more than forecast two years ago.",
        True,
        [("money", 27400000000, "AUD", None), ("money", 3900000000, "AUD", "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The 26-kilometre line will link the CBD with Parramatta through 10 stations and is now due to open in 2034.",
        True,
        [("count", 26, None, None), ("count", 10, None, None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "Transport Minister Rhiannon Bellhouse-Cole said tunnelling was about 85 per cent complete and test trains would run from late 2032.",
        True,
        [("percent", 85, "%", "about"), ("year", 2032, None, None)],
        "Rhiannon Bellhouse-Cole",
    ),
    (
        "en",
        '"This line will change how western Sydney lives and works, and it will be worth every dollar," Bellhouse-Cole said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The opposition\'s transport spokesman called the overrun "a blank cheque written by commuters."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Planners expect about 250,000 trips a day on the line once it is fully running.",
        True,
        [("count", 250000, None, "about")],
        None,
    ),
    (
        "en",
        "A peak-hour trip between Parramatta and the CBD will cost A$5.10 on an Opal card, the same as the existing train fare.",
        True,
        [("money", 5.1, "AUD", None)],
        None,
    ),
    (
        "en",
        "Major construction on the line began in 2021, after the state set aside an initial A$6.4 billion.",
        True,
        [("year", 2021, None, None), ("money", 6400000000, "AUD", None)],
        None,
    ),
    # --- Flughafen Wien im Oktober (APA), Donnerstag, 12. November ---
    (
        "de",
        "Schwechat (APA) - Über den Flughafen Wien sind im Oktober rund 3,1 Millionen Passagiere gereist, um 4,8 Prozent mehr als im Oktober des Vorjahres.",
        True,
        [("count", 3100000, None, "about"), ("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg nach Angaben des Betreibers um 2,1 Prozent auf 21.740.",
        True,
        [("percent", 2.1, "%", None), ("count", 21740, None, None)],
        None,
    ),
    (
        "de",
        "Von Jänner bis Oktober zählte der Flughafen damit 27,6 Millionen Reisende, gut 5 Prozent mehr als im selben Zeitraum des Vorjahres.",
        True,
        [("count", 27600000, None, None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "Flughafenvorstand Reinhold Kastlunger-Aigner sagte, für heuer rechne man mit 32,5 bis 33 Millionen Passagieren.",
        True,
        [("count", 32500000, None, None), ("count", 33000000, None, None)],
        "Reinhold Kastlunger-Aigner",
    ),
    (
        "de",
        "„Wien ist als Drehkreuz zwischen Ost und West endgültig zurück“, sagte Kastlunger-Aigner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Frachtaufkommen ging dagegen um 3,4 Prozent auf rund 25.900 Tonnen zurück.",
        True,
        [("percent", 3.4, "%", None), ("count", 25900, None, "about")],
        None,
    ),
    (
        "de",
        "Anrainer in Schwechat und Fischamend klagen seit Langem über den Lärm der frühen Abflüge.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Damit verzeichnete der Flughafen zum dritten Mal in Folge einen Rekordoktober.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Eine Bürgerinitiative fordert ein Nachtflugverbot zwischen 22.00 und 6.00 Uhr.", True, [], None),
    # --- The U.S. on-time report (Reuters), Thursday, Nov 12 ---
    (
        "en",
        "WASHINGTON, Nov 12 (Reuters) - U.S. airlines operated 78.9% of their domestic flights on time in September, the Transportation Department said on Thursday.",
        True,
        [("date", "--11-12", None, None), ("percent", 78.9, "%", None)],
        "the Transportation Department",
    ),
    (
        "en",
        "Carriers canceled 1.3% of scheduled flights, down from 1.7% in August.",
        True,
        [("percent", 1.3, "%", None), ("percent", 1.7, "%", None)],
        None,
    ),
    (
        "en",
        "A flight counts as on time if it arrives less than 15 minutes after its scheduled time.",
        True,
        [("duration", 15, "minute", "under")],
        None,
    ),
    (
        "en",
        "The department received 6,412 complaints about airlines in the month, more than a third of them about cancellations, delays or refunds.",
        True,
        [("count", 6412, None, None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "Transportation Secretary Lyle Hargrove-Benton said airlines had paid out more than $2.7 billion in refunds since the new rules took effect.",
        True,
        [("money", 2700000000, "USD", "over")],
        "Lyle Hargrove-Benton",
    ),
    ("en", '"Travelers have a right to see the full price before they book," Hargrove-Benton said.', False, [], None),
    (
        "en",
        "Redwing Air had the lowest on-time rate among the 10 reporting carriers, at 69.4%.",
        True,
        [("count", 10, None, None), ("percent", 69.4, "%", None)],
        None,
    ),
    (
        "en",
        'A spokesperson for Redwing said the airline was "working hard to earn back our customers\' trust."',
        False,
        [],
        None,
    ),
    # --- Deutschlandticket wird teurer (dpa), Freitag, 13. November ---
    (
        "de",
        "Berlin (dpa) - Das Deutschlandticket kostet ab dem 1. Januar 67 Euro im Monat statt bisher 63 Euro.",
        True,
        [("date", "--01-01", None, None), ("money", 67, "EUR", None), ("money", 63, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das beschlossen die Verkehrsministerinnen und Verkehrsminister der Länder am Freitag bei einer Sonderkonferenz in Berlin.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bund und Länder zahlen weiterhin je 1,5 Milliarden Euro im Jahr, die Verkehrsunternehmen beziffern die Finanzierungslücke aber auf rund 800 Millionen Euro.",
        True,
        [("money", 1500000000, "EUR", None), ("money", 800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Verband Deutscher Verkehrsunternehmen (VDV) zählt nach eigenen Angaben derzeit rund 14,3 Millionen Abonnenten, knapp ein Viertel davon mit Jobticket.",
        True,
        [("count", 14300000, None, "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bremens Verkehrssenatorin Katja Ohlhorst-Riedel sagte, ohne die Erhöhung wäre die Lücke im kommenden Jahr auf mehr als 1,1 Milliarden Euro gewachsen.",
        True,
        [("money", 1100000000, "EUR", "over")],
        "Katja Ohlhorst-Riedel",
    ),
    ("de", "„Verlässlichkeit ist den Fahrgästen wichtiger als Kampfpreise“, sagte Ohlhorst-Riedel.", False, [], None),
    (
        "de",
        "Der Sozialverband VdK sprach von einem „Wortbruch gegenüber allen, die aufs Auto verzichten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zum Start im Mai 2023 hatte das Ticket 49 Euro gekostet.",
        True,
        [("year", 2023, None, None), ("money", 49, "EUR", None)],
        None,
    ),
    # --- Irish Rail's year, DART+ and MetroLink (PA), Monday, Nov 16 ---
    (
        "en",
        "DUBLIN (PA) - Ireland's national railway, Iarnród Éireann, carried 53.8 million passenger journeys in the 12 months to September, up 7 per cent and the most in its history.",
        True,
        [("count", 53800000, None, None), ("duration", 12, "month", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "Punctuality on the DART, Dublin's coastal commuter line, slipped to 86.1 per cent from 89.4 per cent.",
        True,
        [("percent", 86.1, "%", None), ("percent", 89.4, "%", None)],
        None,
    ),
    (
        "en",
        "The cost of the DART+ West project, which will electrify about 38km of line to Maynooth and M3 Parkway, is now put at €1.16 billion.",
        True,
        [("count", 38, None, "about"), ("money", 1160000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Transport Minister Ciarán Ó Fearghail-Rowe said the first electric trains would run to Maynooth in 2029, a year later than planned.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        "Ciarán Ó Fearghail-Rowe",
    ),
    (
        "en",
        '"Rail is the backbone of the Ireland we are building, and we will not apologise for investing in it," Ó Fearghail-Rowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The MetroLink line between Swords and Charlemont, about 19.5km long with 15 stations, has a budget of up to €12.4 billion.",
        True,
        [("count", 19.5, None, "about"), ("count", 15, None, None), ("money", 12400000000, "EUR", "up_to")],
        None,
    ),
    ("en", "Business owners in Swords said they feared years of disruption once tunnelling begins.", False, [], None),
    (
        "en",
        "Adult Leap card fares in Dublin will rise by 10 cent to €2.10 from January, the National Transport Authority announced.",
        True,
        [("money", 0.1, "EUR", None), ("money", 2.1, "EUR", None)],
        None,
    ),
    # --- Verdi-Warnstreik am Hamburger Flughafen (dpa/lno), Dienstag, 17. November ---
    (
        "de",
        "Hamburg (dpa/lno) - Wegen eines Warnstreiks des Bodenpersonals sind am Hamburger Flughafen am Dienstag 142 von 310 geplanten Starts und Landungen ausgefallen.",
        True,
        [("count", 142, None, None), ("count", 310, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen waren nach Angaben des Flughafens rund 21.000 Passagiere.",
        True,
        [("count", 21000, None, "about")],
        None,
    ),
    (
        "de",
        "Verdi hatte die rund 1.400 Beschäftigten der Bodenverkehrsdienste zu einem 24-stündigen Ausstand aufgerufen, der um 0.00 Uhr begann.",
        True,
        [("count", 1400, None, "about"), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Jana Möllerbeck-Sauer sagte, die Gewerkschaft verlange 8,5 Prozent mehr Gehalt, monatlich aber mindestens 400 Euro.",
        True,
        [("percent", 8.5, "%", None), ("money", 400, "EUR", "at_least")],
        "Jana Möllerbeck-Sauer",
    ),
    (
        "de",
        "„Die Arbeitgeber spielen auf Zeit, und das lassen sich die Beschäftigten nicht länger bieten“, sagte Möllerbeck-Sauer.",
        False,
        [],
        None,
    ),
    ("de", "Der Flughafenverband ADV nannte den Streik „einen Angriff auf die Reisenden zur Unzeit“.", False, [], None),
    (
        "de",
        "Auch in Düsseldorf fielen wegen eines parallelen Ausstands 96 Verbindungen aus, teilte eine Flughafensprecherin mit.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    ("de", "Am Mittwoch soll der Flugbetrieb in Hamburg wieder weitgehend planmäßig laufen.", True, [], None),
    (
        "de",
        "Die nächste Verhandlungsrunde ist für den 26. November angesetzt.",
        True,
        [("date", "--11-26", None, None)],
        None,
    ),
    # --- Aslef strike at Northern (PA), Tuesday, Nov 17 ---
    (
        "en",
        "MANCHESTER (PA) - Train drivers at Northern will strike for 48 hours from Friday, November 27, in a row over working on rest days, the Aslef union announced.",
        True,
        [("duration", 48, "hour", None), ("date", "--11-27", None, None)],
        None,
    ),
    (
        "en",
        "Northern expects to operate only about one in five of its usual 2,400 daily services while the strike lasts.",
        True,
        [("fraction", 0.2, None, "about"), ("count", 2400, None, None)],
        None,
    ),
    (
        "en",
        "In the ballot, 93% of drivers who voted backed action, on a turnout of 71%.",
        True,
        [("percent", 93, "%", None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "Aslef general secretary Morag Pennyfeather-Lyle said drivers were being asked to work up to 12 extra rest days a year to keep the timetable running.",
        True,
        [("duration", 12, "day", "up_to")],
        "Morag Pennyfeather-Lyle",
    ),
    (
        "en",
        '"Our members are tired of propping up a railway that has been run on goodwill for far too long," Pennyfeather-Lyle said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Northern called the strike "deeply disappointing" and said its door remained open for talks.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The operator's last walkout, in September, cost it an estimated 6.5 million pounds in lost fares.",
        True,
        [("money", 6500000, "GBP", "about")],
        None,
    ),
    ("en", "Northern will run no trains at all west of Leeds on the strike days.", True, [], None),
    # --- Kostensteigerung beim Wiener U-Bahn-Bau (APA), Mittwoch, 18. November ---
    (
        "de",
        "Wien (APA) - Der Bau des U-Bahn-Linienkreuzes U2/U5 wird teurer: Die Kosten steigen auf rund 2,9 Milliarden Euro, um gut 400 Millionen Euro mehr als zuletzt veranschlagt.",
        True,
        [("money", 2900000000, "EUR", "about"), ("money", 400000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die neue U5 soll in der ersten Ausbaustufe auf rund 4,6 Kilometern acht Stationen erhalten und 2030 in Betrieb gehen, heißt es in einer Aussendung der Wiener Linien.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 4.6, None, "about"),
            ("count", 8, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die U2 wird im Süden um rund fünf Kilometer bis zum Wienerberg verlängert.",
        True,
        [("count", 5, None, "about")],
        None,
    ),
    (
        "de",
        "Wiener-Linien-Geschäftsführerin Ulrike Prinzhorn-Haas sagte, rund 60 Prozent der Mehrkosten gingen auf gestiegene Baupreise zurück.",
        True,
        [("percent", 60, "%", "about")],
        "Ulrike Prinzhorn-Haas",
    ),
    (
        "de",
        "„Ein Projekt dieser Größe baut man nicht für heute, sondern für die nächsten Generationen“, sagte Prinzhorn-Haas.",
        False,
        [],
        None,
    ),
    ("de", "Der Bund übernimmt wie vereinbart die Hälfte der Baukosten.", True, [("fraction", 0.5, None, None)], None),
    ("de", "Die Opposition im Rathaus sprach von einem „Fass ohne Boden“.", False, [], None),
    (
        "de",
        "Im Endausbau sollen die fahrerlosen Züge der U5 im Zweiminutentakt verkehren.",
        True,
        [("duration", 2, "minute", None)],
        None,
    ),
    # --- IAG's order for British Airways (Reuters), Thursday, Nov 19 ---
    (
        "en",
        "LONDON, Nov 19 (Reuters) - IAG has ordered 24 Airbus A350-1000 jets for British Airways and taken options on 16 more, the group said on Thursday.",
        True,
        [("date", "--11-19", None, None), ("count", 24, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "The order is worth about $9.6 billion at list prices, though airlines typically secure steep discounts.",
        True,
        [("money", 9600000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Deliveries are due to start in 2028 and run until 2033, replacing Boeing 777-200s that are on average about 24 years old.",
        True,
        [("year", 2028, None, None), ("year", 2033, None, None), ("duration", 24, "year", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Rafael Etxegarai-Lund told analysts the new jets would burn about 20% less fuel per seat.",
        True,
        [("percent", 20, "%", "about")],
        "Rafael Etxegarai-Lund",
    ),
    ("en", '"This is a vote of confidence in London as a global hub," Etxegarai-Lund said.', False, [], None),
    (
        "en",
        "IAG also plans to repurchase as much as 500 million euros of its shares, it said.",
        True,
        [("money", 500000000, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        'Environmental groups accused the airline of "buying new planes to fly more, not to pollute less."',
        False,
        [],
        None,
    ),
    ("en", "IAG shares rose 2.3% in London.", True, [("percent", 2.3, "%", None)], None),
    # --- Swiss streicht Flüge im Winter (Keystone-SDA), Freitag, 20. November ---
    (
        "de",
        "Kloten (Keystone-SDA) - Die Swiss streicht im Winterflugplan wegen Triebwerksproblemen rund 1'900 Flüge.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen sind vor allem Verbindungen ab Zürich innerhalb Europas, hiess es bei der Swiss.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Derzeit stehen sechs ihrer 29 Jets vom Typ Airbus A220 am Boden, weil die Triebwerke früher als geplant in die Wartung müssen.",
        True,
        [("count", 6, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Swiss-Sprecherin Corinne Egloff-Tanner sagte, rund 36'000 Passagiere seien bereits umgebucht worden, die meisten auf Flüge am selben Tag.",
        True,
        [("count", 36000, None, "about")],
        "Corinne Egloff-Tanner",
    ),
    (
        "de",
        "«Uns ist bewusst, wie ärgerlich das für unsere Gäste ist, und wir entschuldigen uns dafür», sagte Egloff-Tanner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss Flughafen Zürich lag die Pünktlichkeit im Oktober bei 71,3 Prozent, gut 4 Prozentpunkte tiefer als ein Jahr zuvor.",
        True,
        [("percent", 71.3, "%", None), ("percent", 4, "pp", "over")],
        None,
    ),
    (
        "de",
        "Die Stiftung für Konsumentenschutz kritisierte die Informationspolitik der Airline als «ungenügend».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach EU-Recht stehen Passagieren bei einer Annullierung weniger als 14 Tage vor dem Abflug je nach Distanz 250, 400 oder 600 Euro zu.",
        True,
        [
            ("duration", 14, "day", "under"),
            ("money", 250, "EUR", None),
            ("money", 400, "EUR", None),
            ("money", 600, "EUR", None),
        ],
        None,
    ),
    # --- The Ontario Line's cost (CP), Monday, Nov 23 ---
    (
        "en",
        "TORONTO (CP) — The Ontario Line subway will cost at least C$21.4 billion, about C$2.6 billion more than the last estimate, according to Metrolinx.",
        True,
        [("money", 21400000000, "CAD", "at_least"), ("money", 2600000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "The 16.2-kilometre line, with 14 stations between Exhibition Place and the Ontario Science Centre, is now expected to open in 2032.",
        True,
        [("count", 16.2, None, None), ("count", 14, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Ontario's transportation minister, Priyanka Saltonstall-Dell, said about 70% of the tunnelling contracts had been awarded.",
        True,
        [("percent", 70, "%", "about")],
        "Priyanka Saltonstall-Dell",
    ),
    (
        "en",
        '"Toronto has waited long enough for transit that matches its size," Saltonstall-Dell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ridership on the line is forecast at about 412,000 trips a day.",
        True,
        [("count", 412000, None, "about")],
        None,
    ),
    ("en", 'Opposition critics called the new estimate "a monument to mismanagement."', False, [], None),
    (
        "en",
        "Separately, the TTC announced it would freeze the basic adult fare at C$3.35 for a third straight year.",
        True,
        [("money", 3.35, "CAD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Tunnel boring on the line's northern segment is scheduled to start in the spring of 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Generalsanierung zwischen Köln und Hagen (dpa), Dienstag, 24. November ---
    (
        "de",
        "Berlin (dpa) - Die Generalsanierung der Bahnstrecke zwischen Köln und Hagen kostet nach einem Bericht des Bundesrechnungshofs rund 1,3 Milliarden Euro, fast doppelt so viel wie zunächst veranschlagt.",
        True,
        [("money", 1300000000, "EUR", "about"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Auf dem rund 85 Kilometer langen Abschnitt werden unter anderem 160 Kilometer Gleise und 110 Weichen ausgetauscht sowie 21 Stationen modernisiert.",
        True,
        [
            ("count", 85, None, "about"),
            ("count", 160, None, None),
            ("count", 110, None, None),
            ("count", 21, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Strecke wird dafür vom 1. Februar bis zum 31. Juli voll gesperrt.",
        True,
        [("date", "--02-01", None, None), ("date", "--07-31", None, None)],
        None,
    ),
    (
        "de",
        "Täglich sind nach Bahn-Angaben rund 600 Züge und 140.000 Fahrgäste betroffen.",
        True,
        [("count", 600, None, "about"), ("count", 140000, None, None)],
        None,
    ),
    (
        "de",
        "InfraGO-Vorstand Philipp Hessenthal-Brock sagte, bis 2035 sollen insgesamt 38 Korridore mit einer Länge von rund 3.900 Kilometern saniert sein.",
        True,
        [("year", 2035, None, None), ("count", 38, None, None), ("count", 3900, None, "about")],
        "Philipp Hessenthal-Brock",
    ),
    (
        "de",
        "„Die Sperrungen sind eine Zumutung, aber ohne sie verfällt das Netz weiter“, sagte Hessenthal-Brock.",
        False,
        [],
        None,
    ),
    ("de", "Der Rechnungshof warf dem Konzern vor, sich die Kosten schöngerechnet zu haben.", False, [], None),
    (
        "de",
        "Der Bund hat für die Sanierung des Netzes bis 2029 rund 27 Milliarden Euro aus dem Sondervermögen eingeplant.",
        True,
        [("year", 2029, None, None), ("money", 27000000000, "EUR", "about")],
        None,
    ),
    # --- Australia's on-time figures (AAP), Wednesday, Nov 25 ---
    (
        "en",
        "SYDNEY (AAP) - Only 68.2 per cent of domestic flights landed on time in October, the worst result for the month in 11 years, government figures show.",
        True,
        [("percent", 68.2, "%", None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "Cancellations ran at 3.9 per cent, well above the long-term average of 2.1 per cent.",
        True,
        [("percent", 3.9, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Virgin Australia was the most punctual major airline at 72.6 per cent, while Jetstar came last with 61.3 per cent.",
        True,
        [("percent", 72.6, "%", None), ("percent", 61.3, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly two in five Jetstar flights arrived late in the month.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "Qantas Domestic chief executive Harriet Quayle-Morton said the airline would add 14 aircraft to its domestic fleet by mid-2028 to build a spare buffer.",
        True,
        [("count", 14, None, None), ("year", 2028, None, None)],
        "Harriet Quayle-Morton",
    ),
    (
        "en",
        '"We know we have let customers down this spring, and we are not hiding from that," Quayle-Morton said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Australian Competition and Consumer Commission received 4,870 complaints about airlines in the September quarter, according to its latest monitoring report.",
        True,
        [("count", 4870, None, None)],
        None,
    ),
    (
        "en",
        'Consumer group Choice said the numbers were "proof that voluntary codes have failed travellers."',
        False,
        [],
        None,
    ),
    # --- ÖBB-Rahmenplan (APA), Donnerstag, 26. November ---
    (
        "de",
        "Wien (APA) - Die ÖBB investieren bis 2031 rund 21,4 Milliarden Euro in die Bahninfrastruktur, um 1,2 Milliarden Euro weniger als im bisherigen Rahmenplan vorgesehen.",
        True,
        [("year", 2031, None, None), ("money", 21400000000, "EUR", "about"), ("money", 1200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem neuen Rahmenplan hervor, den der Ministerrat am Donnerstag beschlossen hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mobilitätsministerin Gudrun Pfisterer-Lechner sagte, der zweigleisige Ausbau der Pyhrnbahn zwischen Linz und Graz werde um drei Jahre verschoben.",
        True,
        [("duration", 3, "year", None)],
        "Gudrun Pfisterer-Lechner",
    ),
    ("de", "„Wir streichen nichts, wir strecken nur“, sagte Pfisterer-Lechner.", False, [], None),
    (
        "de",
        "Der Semmering-Basistunnel soll Ende 2031 in Betrieb gehen, die Fahrzeit zwischen Wien und Graz sinkt dann auf knapp zwei Stunden.",
        True,
        [("year", 2031, None, None), ("duration", 2, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Heuer sollen zudem rund 140 Kilometer Gleis erneuert und 38 Bahnhöfe barrierefrei umgebaut werden, teilten die ÖBB mit.",
        True,
        [("count", 140, None, "about"), ("count", 38, None, None)],
        "die ÖBB",
    ),
    ("de", "Der VCÖ nannte die Verschiebung „ein fatales Signal für den Klimaschutz“.", False, [], None),
    (
        "de",
        "Für den Ausbau der Pyhrnbahn waren zuletzt rund 3,2 Milliarden Euro veranschlagt.",
        True,
        [("money", 3200000000, "EUR", "about")],
        None,
    ),
    # --- Thanksgiving travel (AP), Monday, Nov 30 ---
    (
        "en",
        "WASHINGTON (AP) — About 3.21 million people went through U.S. airport checkpoints on Thanksgiving Sunday, a record for the agency, according to TSA figures.",
        True,
        [("count", 3210000, None, "about")],
        None,
    ),
    (
        "en",
        "Over the 11-day holiday period, the agency screened about 32.5 million travelers, up 3.4% from last year.",
        True,
        [("duration", 11, "day", None), ("count", 32500000, None, "about"), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Airlines canceled about 1,900 U.S. flights over the holiday, most of them on Wednesday as snow hit Chicago and Denver, according to FlightAware.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    (
        "en",
        "At O'Hare, departures were delayed by an average of 52 minutes on Wednesday afternoon.",
        True,
        [("duration", 52, "minute", None)],
        None,
    ),
    (
        "en",
        "\"I've been standing in this line since before sunrise and I have no idea whether I'll get home tonight,\" said Marcy Delacroix-Binns, who was flying to Tampa.",
        False,
        [],
        None,
    ),
    (
        "en",
        "FAA Administrator Colleen Wexcombe-Barr said 1,380 new controllers had graduated from the academy this year, the most since 2014.",
        True,
        [("count", 1380, None, None), ("year", 2014, None, None)],
        "Colleen Wexcombe-Barr",
    ),
    ("en", "Wexcombe-Barr said she was confident the system could handle the Christmas rush.", False, [], None),
    (
        "en",
        "About half of the canceled flights were at O'Hare and Denver International, the two hardest-hit hubs.",
        True,
        [("fraction", 0.5, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "United Airlines flew about 560,000 passengers on Sunday, its busiest day ever, according to the carrier.",
        True,
        [("count", 560000, None, "about")],
        None,
    ),
    # --- ZVV-Tarife (Keystone-SDA), Dienstag, 1. Dezember ---
    (
        "de",
        "Zürich (Keystone-SDA) - Billette und Abonnemente im Zürcher Verkehrsverbund (ZVV) werden mit dem übernächsten Fahrplanwechsel um durchschnittlich 2,9 Prozent teurer.",
        True,
        [("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Jahresabo für alle Zonen kostet dann 2'442 statt 2'376 Franken, wie aus einer Mitteilung des Verkehrsverbunds hervorgeht.",
        True,
        [("money", 2442, "CHF", None), ("money", 2376, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der ZVV zählte im vergangenen Jahr rund 682 Millionen Fahrgäste, gut 3 Prozent mehr als im Vorjahr.",
        True,
        [("count", 682000000, None, "about"), ("percent", 3, "%", "over")],
        None,
    ),
    (
        "de",
        "ZVV-Direktorin Barbara Hürlimann-Zollinger sagte, die Kosten für Personal und Energie seien seit 2022 um 14 Prozent gestiegen.",
        True,
        [("year", 2022, None, None), ("percent", 14, "%", None)],
        "Barbara Hürlimann-Zollinger",
    ),
    (
        "de",
        "«Der öffentliche Verkehr muss für alle bezahlbar bleiben, und das wird er auch», sagte Hürlimann-Zollinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SP des Kantons Zürich kritisierte den Aufschlag als «Ohrfeige für alle, die umgestiegen sind».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Neu verkehrt die S-Bahn zwischen Zürich HB und dem Flughafen in den Hauptverkehrszeiten im Zehnminutentakt.",
        True,
        [("duration", 10, "minute", None)],
        None,
    ),
    ("de", "Der Kantonsrat muss dem Tarifentscheid nicht zustimmen.", True, [], None),
    # --- HS2's cost and timetable (PA), Wednesday, Dec 2 ---
    (
        "en",
        "LONDON (PA) - Building HS2 between London and Birmingham could cost up to 81 billion pounds in today's prices, the Department for Transport said on Wednesday.",
        True,
        [("money", 81000000000, "GBP", "up_to")],
        "the Department for Transport",
    ),
    (
        "en",
        "The roughly 137-mile line is now not expected to carry passengers before 2035, and trains will run at up to 200mph rather than the 225mph originally planned.",
        True,
        [
            ("count", 137, None, "about"),
            ("year", 2035, None, None),
            ("count", 200, None, "up_to"),
            ("count", 225, None, None),
        ],
        None,
    ),
    (
        "en",
        "Transport Secretary Philippa Rendcomb-Hart said about 2,100 of the 29,000 jobs on the project would go next year as work was slowed.",
        True,
        [("count", 2100, None, "about"), ("count", 29000, None, None)],
        "Philippa Rendcomb-Hart",
    ),
    ("en", '"The taxpayer has been taken for a ride, and those days are over," Rendcomb-Hart said.', False, [], None),
    (
        "en",
        "The Euston terminus will have seven platforms instead of the 10 originally proposed.",
        True,
        [("count", 7, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "HS2 Ltd estimates that boring of the project's 32 miles of tunnels is about 80% complete.",
        True,
        [("count", 32, None, None), ("percent", 80, "%", "about")],
        None,
    ),
    ("en", "The northern leg to Manchester was cancelled in 2023.", True, [("year", 2023, None, None)], None),
    ("en", 'The Stop HS2 campaign called the project "the most expensive railway per mile on earth."', False, [], None),
    # --- Neue Nightjet-Verbindung (APA), Donnerstag, 3. Dezember ---
    (
        "de",
        "Wien (APA) - Eine neue Nightjet-Verbindung von Graz nach Berlin nehmen die ÖBB mit dem Fahrplanwechsel am 13. Dezember auf.",
        True,
        [("date", "--12-13", None, None)],
        None,
    ),
    (
        "de",
        "Der Nachtzug fährt dreimal wöchentlich und ist auf der rund 900 Kilometer langen Strecke gut 13 Stunden unterwegs.",
        True,
        [("count", 3, None, None), ("count", 900, None, "about"), ("duration", 13, "hour", "over")],
        None,
    ),
    (
        "de",
        "Ein Platz im Liegewagen kostet ab 79,90 Euro, ein Schlafwagenabteil für zwei Personen ab 239 Euro.",
        True,
        [("money", 79.9, "EUR", None), ("count", 2, None, None), ("money", 239, "EUR", None)],
        None,
    ),
    (
        "de",
        "ÖBB-Personenverkehrsvorständin Sieglinde Aschauer-Wimmer sagte, die Nightjets hätten heuer bis Ende Oktober rund 1,4 Millionen Fahrgäste befördert, um 8 Prozent mehr als im Vorjahr.",
        True,
        [("count", 1400000, None, "about"), ("percent", 8, "%", None)],
        "Sieglinde Aschauer-Wimmer",
    ),
    ("de", "„Der Nachtzug ist zurück, und er ist gekommen, um zu bleiben“, sagte Aschauer-Wimmer.", False, [], None),
    (
        "de",
        "Die Auslastung der Nightjets lag im Sommer bei mehr als 85 Prozent.",
        True,
        [("percent", 85, "%", "over")],
        None,
    ),
    (
        "de",
        "Von 31 bestellten Nightjet-Garnituren der neuen Generation sind nach ÖBB-Angaben bisher 19 im Einsatz.",
        True,
        [("count", 31, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die bestehende Verbindung nach Hamburg wird ab Mitte Jänner wegen Bauarbeiten in Deutschland für zehn Wochen eingestellt.",
        True,
        [("duration", 10, "week", None)],
        None,
    ),
    # --- New York's fare rise (AP), Friday, Dec 4 ---
    (
        "en",
        "NEW YORK (AP) — The base subway and bus fare in New York City will rise to $3.15 from $2.90 on Jan. 4 after the Metropolitan Transportation Authority's board approved the increase Friday.",
        True,
        [("money", 3.15, "USD", None), ("money", 2.9, "USD", None), ("date", "--01-04", None, None)],
        None,
    ),
    (
        "en",
        "The price of a 30-day unlimited pass climbs to $138, up $6, while the weekly cap for riders who tap with OMNY rises to $36.",
        True,
        [
            ("duration", 30, "day", None),
            ("money", 138, "USD", None),
            ("money", 6, "USD", None),
            ("money", 36, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "MTA chair Desmond Achterhoff-Ruiz said the increase would raise about $165 million a year for a system that carries roughly 4 million riders on an average weekday.",
        True,
        [("money", 165000000, "USD", "about"), ("count", 4000000, None, "about")],
        "Desmond Achterhoff-Ruiz",
    ),
    ("en", '"Nobody likes paying more, but a subway that works is worth it," Achterhoff-Ruiz said.', False, [], None),
    (
        "en",
        "Subway ridership reached 78% of its pre-pandemic level in October, the highest since 2020, according to MTA data.",
        True,
        [("percent", 78, "%", None), ("year", 2020, None, None)],
        None,
    ),
    ("en", 'Riders\' advocates called the increase "a tax on the people who can least afford it."', False, [], None),
    (
        "en",
        "Weekday trains on the A and C lines ran on time 79.1% of the time in October.",
        True,
        [("percent", 79.1, "%", None)],
        None,
    ),
    (
        "en",
        "The base fare last rose on Aug. 20, 2023, by 15 cents.",
        True,
        [("date", "2023-08-20", None, None), ("money", 0.15, "USD", None)],
        None,
    ),
    # --- Fahrplanwechsel bei der Deutschen Bahn (dpa), Montag, 7. Dezember ---
    (
        "de",
        "Berlin (dpa) - Mit dem Fahrplanwechsel am Sonntag bietet die Deutsche Bahn im Fernverkehr täglich rund 4.000 zusätzliche Sitzplätze an.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "Zwischen Berlin und München brauchen die schnellsten ICE-Sprinter künftig 3 Stunden und 49 Minuten, sechs Minuten weniger als bisher.",
        True,
        [("duration", 3, "hour", None), ("duration", 49, "minute", None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Preise im Fernverkehr steigen zum Fahrplanwechsel im Schnitt um 3,9 Prozent, die Flexpreise um 4,5 Prozent, teilte die Deutsche Bahn am Montag mit.",
        True,
        [("percent", 3.9, "%", None), ("percent", 4.5, "%", None)],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Die BahnCard 50 für die 2. Klasse kostet künftig 262 Euro statt 251 Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 262, "EUR", None), ("money", 251, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Sparpreise bleiben unverändert und beginnen weiterhin bei 19,99 Euro.",
        True,
        [("money", 19.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Verbraucherzentrale Bundesverband kritisierte die Erhöhung als „falsches Signal zur falschen Zeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Strecke Berlin–Amsterdam setzt die Bahn ab Sonntag erstmals den neuen ICE L ein, zunächst mit zwei Zügen pro Richtung und Tag.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zwischen Köln und Frankfurt fährt der ICE künftig stündlich über die Schnellfahrstrecke, bisher war es alle zwei Stunden.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    # --- Eurostar's record year and new trains (Reuters), Tuesday, Dec 8 ---
    (
        "en",
        "LONDON, Dec 8 (Reuters) - Eurostar expects to carry a record 20.4 million passengers this year, the cross-Channel rail operator said on Tuesday.",
        True,
        [("date", "--12-08", None, None), ("count", 20400000, None, None)],
        None,
    ),
    (
        "en",
        "The company has ordered 28 double-deck trains from Alstom, with options on 14 more, to be delivered from 2032.",
        True,
        [("count", 28, None, None), ("count", 14, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Margaux Delorme-Abbott told reporters the new trains would raise capacity by about 20% on its busiest routes.",
        True,
        [("percent", 20, "%", "about")],
        "Margaux Delorme-Abbott",
    ),
    (
        "en",
        '"The train is winning the battle against the plane on these routes, and we intend to keep winning," Delorme-Abbott said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A standard one-way ticket between London and Paris booked three weeks ahead costs from 49 pounds.",
        True,
        [("duration", 3, "week", None), ("money", 49, "GBP", None)],
        None,
    ),
    (
        "en",
        "Punctuality on the London-Paris route slipped to 84.5% from 88.2%, hit by a fire at a signalling site near Lille in September.",
        True,
        [("percent", 84.5, "%", None), ("percent", 88.2, "%", None)],
        None,
    ),
    (
        "en",
        "Eurostar carried about 1.9 million passengers in October alone.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    (
        "en",
        "Rival operators, including a venture backed by Virgin, hope to start services through the Channel Tunnel by 2031.",
        True,
        [("year", 2031, None, None)],
        None,
    ),
]
