"""Three-hundred-and-sixty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Gerald Pfandlbauer, Petra Szymanek, Madlaina Caduff, Lutz Brockhagen, Henrik Oltersdorf,
Katharina Sellmann-Ott, Guillaume Ferrand-Lacaze, Seraina Bachmann-Roth, Jörg Hanekamp, the
handling firm Léman Handling, Luca Meynet, Brigitte Hollensteiner-Fuchs, Clemens Adlgasser,
Matthias Kronawitter; Aoife Kinsella, Keisha Marlow, Saffron Air, Vikram Ranade, Étienne
Vautrin, Haruto Kagami, Northway Air, Harbor Link, Marcus Feld, Sahra Airways, Faisal
Al-Amiri, Aurelia Air, Lieke Ravesteijn, Inés Carbonell, Sierra Continental Airlines,
Raymond Achebe-Stone, Anurak Siriwattana, Imogen Thackeray, Karim Lahlou; every unnamed
spokesperson, passenger, pilot, analyst, executive, finance chief, hotelier, shop owner,
resident and protester); ministers, state secretaries, executives and heads of real
airports, airlines, makers, agencies and associations appear under made-up names that stand
for no real holder, or by their role only ("eine AUA-Sprecherin", "an Airbus spokesperson",
"The Irish airline's chief executive", "the company's finance chief"). Real states, bodies,
firms, places and things (Flughafen Wien AG, AUA, Austrian Airlines, Austro Control,
Sicherheitsuntersuchungsstelle des Bundes, Statistik Austria, Wien Tourismus,
Hoteliervereinigung, Spittelberg, Verdi, Flughafenverband ADV, Fraport, Lufthansa,
Statistisches Bundesamt, Dehoga, Bundespolizei, Düsseldorfer Flughafen, Deutsche
Flugsicherung (DFS), Bundesstelle für Flugunfalluntersuchung (BFU), Gewerkschaft der
Flugsicherung, Airbus, Boeing, Bundesamt für Statistik (BFS), Hotelleriesuisse, Graubünden,
Flughafen Zürich AG, SIX, VPOD, Easyjet, Flughafen Genf; Dublin Airport, daa, Ryanair, Aer
Lingus, Fingal, FlightAware, O'Hare, Midway, the Federal Aviation Administration, the FAA,
United Airlines, the Transportation Department, the DGAC, the SNCTA union, Eurocontrol, the
EU, the Japan National Tourism Organization (JNTO), the Japan Tourism Agency, Nara, Boston's
Logan International Airport, the NTSB, the Transportation Security Administration, the TSA,
AAA, Airlines for America, Hopper, Hartsfield-Jackson, CFM and its LEAP engines, the Paris
Air Show, Airlines for Europe, the National Statistics Institute (INE), the Balearic
Islands, San Sebastián, the Thai Hotels Association, Pattaya, easyJet, the International Air
Transport Association, IATA, the datelines' cities and the other places named) stand for the
way wire copy names them; every passenger total, movement count, load factor, cancellation,
delay, order, list price, result, fare, fee, night, occupancy rate, strike demand,
separation, speed, altitude, date and quote here is invented, and where a real figure came
to mind (a real airport's planning cap, a real visitor target, a real departure tax or
visa-free stay, a real count of finished jets waiting for engines, a real delay total) it
was changed.

Its weight: AVIATION, AIRLINES AND TOURISM, second round (the two-hundred-and-forty-seventh
batch was the first; the forty-eighth, fifty-fourth, hundred-twenty-fifth,
hundred-sixty-fourth, two-hundred-and-sixth, three-hundred-and-fifth and
three-hundred-and-sixth weighed transport, air travel, airlines, airports, tourism and
hotels, the hundred-seventh, two-hundred-and-thirty-first and three-hundred-and-thirty-ninth
aviation incidents and accidents; their decisions are kept) over one year in story order
(January to December, the previous year reported in the first stories), 28 short stories
with the German and English ones interleaved (not strictly in date order), each told as wire
copy runs it (a dateline lead, the figures, attributed claims, the other side, quotes,
reactions). Half German (APA, dpa with "dpa/lnw", dpa-AFX, awp, Keystone-SDA; Austrian
"heuer", "im Vorjahr", "Nächtigungen", "Anrainer", "um 3,9 Prozent mehr", Swiss
"Logiernächte", "2'960'000", "131'540", "14'000", "grösste", "Gemäss", "hiess", "innert",
"Anwohnende", «» quotes, German „“ quotes): Vienna airport's year, a Verdi ground-staff
warning strike, Swiss hotel nights, Germany's overnight stays, Lufthansa's results and its
A350 order, an AUA emergency descent after a loss of cabin pressure, the summer holidays at
Düsseldorf, Airbus's half year, Zurich airport's half year, a loss of separation over
northern Hesse, a ground-staff strike in Geneva, Austria's summer season, Vienna's hotels in
November and the DFS's year. Half English (Reuters, AP, AFP): Dublin Airport's record year,
a winter storm grounding Chicago, an Indian budget carrier's Airbus order, a French air
traffic control strike, Japan's foreign visitors, a runway incursion at Boston Logan,
Memorial Day travel, orders at the Paris Air Show, Europe's June delays, Spain's August
tourists, a U.S. airline's third quarter, Thailand's October arrivals and hotel occupancy,
easyJet's year and IATA's outlook. Figures as such copy has them: passengers, movements,
flights cancelled and delayed, overflights, arrivals, visitors, overnight stays and guest
arrivals in thousands and millions ("501,3 Millionen Übernachtungen", "a record 35.1
million", "2'960'000 Logiernächte"), load factors, occupancy and punctuality shares in per
cent and one move in percentage points, delays and waits in minutes and hours with delay
minutes in millions, aircraft ordered, on purchase rights, options and memoranda, delivered
and in the backlog, list prices, results, dividends, fares, room rates, fees, strike demands
and offers in euros, cents, francs, pounds, pence, dollars, yen and baht (converted figures
in brackets), separations, altitudes, speeds, a flight level and a Mach number in an
incident; number words and compounds („sieben“, „zwölf“, „acht“, „vier“, „elf“,
„fünfstündiger“, „48-stündigen“, „sechswöchigen“, „zweieinhalb Stunden“, „dreieinhalb
Jahre“, „Sieben-Punkte-Plan“, „Fünf-Sterne-Häusern“, "two dozen", "half an hour", "a third
year running"), fractions („fast die Hälfte“, „Knapp ein Fünftel“, „fast jeder dritte
Betrieb“, „um ein Viertel“, „Jeder zehnte Gast“, "roughly half", "a third ... and a
quarter", "roughly two-fifths", "Nearly one in four", "less than half"), ordinals („zum
dritten Mal in Folge“, „im ersten Halbjahr“, „in den ersten sechs Monaten“, „der zweite
Streik“, "the fifth controllers' strike", "the third serious runway incursion",
"fourth-quarter"), identifiers and codes that carry none ("A321neo", "787-10", "A350F",
"Embraer 175", "787s", "757s", the transponder code 7700), years, dates and hedges. About 55
negatives as such copy has them, none with a figure: airport chiefs', executives',
ministers', union leaders' and tourism chiefs' rhetoric, pride and contentment in quotes,
labels („nannte“, „sprach von“, "called", "described ... as"), a verdict with „halten ...
für“, feelings of analysts and executives, fears and doubts, complaints of residents, shop
owners and hoteliers naming no measure, accusations naming no act, travel advice and appeals
naming no measure, a warning naming no measure, praise of a crew, a regret, open questions
and vox pops, each near a check-worthy look-alike from the same story (often the same
speaker's figure).

244 rows (125 German, 119 English), 56 negatives (28 German, 28 English), 188 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 331 expected quantities (134 counts,
60 percentages - 59 in "%", 1 in percentage points "pp" -, 40 amounts of money - 17 USD, 12
EUR, 4 CHF, 4 GBP, 2 JPY, 1 THB -, 36 durations - 12 in minutes, 11 in hours, 7 in months, 3
in years, 2 in days, 1 in weeks -, 22 ordinals, 16 dates, 12 years, 11 fractions; none of
them in a negative), 37 checked speakers (20 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, pride, hope, fear, doubt, regret or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-forty-seventh,
  three-hundred-and-fifth, three-hundred-and-thirty-ninth); a quoted or reported statement
  of fact, figure, step, rule, plan, demand, offer, forecast or target is check-worthy with
  its speaker, also in Konjunktiv I (hundred-twenty-fifth, two-hundred-and-forty-seventh).
  Pairs from one speaker: Pfandlbauer's 35.5 million beside „Umsteigeknoten im Herzen
  Europas“, Kinsella's 40 million and 2032 beside "a ceiling bolted onto its front door",
  Ranade's delivery years beside "ready when India's middle class takes to the skies",
  Caduff's 4300 vacancies beside «neu entdeckt», Brockhagen's third of firms beside his
  „Rekord mit Schattenseiten“, Oltersdorf's first jets in 2033 beside „Kernmarke“, Kagami's
  1,500 yen beside "Japan welcomes everyone", Sellmann-Ott's two and a half hours beside
  „Diese Bilder“, Ferrand-Lacaze's 45 jets beside „Baustelle“, Al-Amiri's 2030 beside "sends
  a message", Bachmann-Roth's 32.5 to 33 million beside «sehr zufrieden», Ravesteijn's 18
  million minutes beside her appeal, Carbonell's 14 municipalities beside "work for the
  people who live here", Meynet's 60 francs beside «nicht länger hinhalten», Achebe-Stone's
  24 jets beside "not trading down", Hollensteiner-Fuchs's 30 billion euros beside
  „Top-Destination“, Anurak's 30 days beside "quality, not just quantity", Adlgasser's 88
  percent beside „die romantischste Stadt Europas“, Thackeray's 19 and 23 jets beside
  "holidays ahead of almost everything else", Kronawitter's 180 controllers beside „Der Kurs
  stimmt“ and Lahlou's $12 billion beside "held to account".
- Negatives (ninety-eighth, two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixth, three-hundred-and-thirty-ninth), none with a figure: labels
  („nannte die Wachstumspläne ... „eine Zumutung ...““, „Der ADV nannte den Streik ...“,
  „sprach von einem „Rekord mit Schattenseiten““, „sprach von einem „Warnsignal ...““,
  "called the stoppage", "described the outlook as"); a verdict with „halten ... für“
  („Analysten halten das Jahresziel ... für ambitioniert“); feelings („Analysten zeigten
  sich ... enttäuscht“, "said they were frustrated"); fears and doubts („Viele Gastgeber
  fürchten ...“, "said they feared", "Some analysts questioned whether ...", "Some analysts
  cautioned that ... might drag on winter results" - a forecast naming no figure,
  three-hundred-and-fifth); complaints naming no measure (Fingal's residents, Nara's shop
  owners, the Anwohnende near Zurich, the Anrainer am Spittelberg, „Die Hoteliervereinigung
  beklagte ...“; three-hundred-and-sixth); accusations naming no act (Airlines for Europe's
  "sleepwalked", the protesters in San Sebastián, „werfen der Flugsicherung vor, ...
  verschleppt zu haben“; three-hundred-and-fifth: „verschlafen“); travel advice and appeals
  naming no measure („Die Betreiber rieten ...“, „Der Flughafen rät ...“, "The TSA urged
  passengers to pack their patience ..."; forty-eighth, two-hundred-and-fourth); a warning
  naming no measure ("Forecasters warned ..."); a minister's regret with an appeal naming no
  step (three-hundred-and-thirty-ninth: a regret); a handling firm's regret with its
  readiness to talk (three-hundredth: „bedaure den Entscheid“); praise of a crew („Die AUA
  lobte ihre Crew ...“; three-hundred-and-fifth); open questions („Ob die teure Währung
  ...“, „Ob Übermüdung ...“, "Whether the manufacturers ..."); vox pops and a witness's
  feeling (Keisha Marlow, Marcus Feld, the passenger from Mödling, the pilot on the
  frequency; three-hundred-and-fifth). As the brief for these batches asks, negatives carry
  no expected quantities, and this batch writes no figure into them.
- Check-worthy without a figure (two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixth, three-hundred-and-thirty-ninth): the lead of the AUA's return to
  Vienna, the masks and „verletzt wurde niemand“, "No one was injured.", the
  Sicherheitsuntersuchungsstelle's investigation (an investigation opened), the BFU lead and
  Hanekamp's Konjunktiv I account of the collision warnings, the Lufthansa's domestic
  cancellations, „Nur im Saarland ging die Zahl der Übernachtungen zurück.“ and „Beliebteste
  Ziele sind ...“ (a fact singled out and a ranking, both stated without a number word;
  three-hundred-and-sixth: „Als einziges Flächenland verzeichnete Hessen einen Rückgang
  ...“, „Spitzenreiter“), the EU rule on refunds and rerouting (a rule passengers live
  under, two-hundred-and-forty-seventh), the FAA's added controllers, the delayed first
  A350F delivery and easyJet's planned base (two-hundred-and-forty-seventh: easyJet's new
  base). A stated offer inside a quote is check-worthy («Das Unternehmen hat uns lediglich
  60 Franken mehr pro Monat angeboten» 60 CHF, „lediglich“ no hedge;
  three-hundred-and-fifty-sixth), as are a strike threat naming its length (Szymanek's
  „48-stündigen Ausstand“ 48 hours; two-hundred-and-seventy-sixth: a threat naming a
  measure) and the ground staff's demands.
- Passengers, flights, movements, nights, arrivals, visitors, aircraft, staff and tallies
  are counts (forty-eighth, hundred-twenty-fifth, two-hundred-and-forty-seventh,
  three-hundred-and-fifth, three-hundred-and-sixth): „Über den Wiener Airport sind ... 34,6
  Millionen Passagiere gereist“ and „Über Zürich reisten ... 15,9 Millionen Passagiere“ with
  no hedge („Über“ opening the row names the route, two-hundred-and-forty-seventh), „auf
  259.840“, „knapp 13,4 Millionen“ "nearly", „rund 287.000 Tonnen“, "a record 35.1 million"
  ("a record" no hedge), "a planning cap of 33.5 million", "almost 4.2 million" "nearly",
  "about 17 million" "about", „an sieben deutschen Flughäfen“, „rund 2.900 Flüge ..., etwa
  410.000 Passagiere“, „1.130 von 1.360“ („Allein“ no hedge), „für rund 25.000 Mitarbeiter“,
  "more than 2,300 flights", "about 5,100 ... more than 19,000", "two dozen flights" 24 (the
  issue's "two dozen"), „43,8 Millionen Logiernächte“, „2'960'000 Logiernächte“ (the
  apostrophe repeated, three-hundred-and-sixth), „131'540“, „gut 14'000 Passagiere“ "over",
  „rund 4300 Stellen“, "a fleet of 94 aircraft", „501,3 Millionen Übernachtungen“, „103,2
  Millionen ..., ... 59,8 Millionen“, "380 of its flights ... more than 65,000 passengers",
  "Up to 1,900 overflights" "up_to", „138 Millionen Passagiere“, "about 910,000, ... 760,000
  and ... 610,000", „164 Passagieren und sechs Besatzungsmitgliedern“, "68 passengers and
  four crew members", "four investigators", „bis zu 95.000 Passagiere pro Tag“ "up_to" („pro
  Tag“ none), „insgesamt rund 3,4 Millionen“ („insgesamt“ no hedge), „22 zusätzliche Spuren
  und rund 170 weitere Beschäftigte“ („weitere“ no hedge), "about 3.27 million", "3.09
  million", "45.1 million ..., 3.7 million", "a record 271 million", "a record 620,000 ...
  alone", „341 Verkehrsflugzeuge ..., 18 mehr“ („mehr“ after the figure compares), „rund 870
  Auslieferungen“, „412 ..., ... 389“, „rund 45 fertige Jets“ („derzeit“ no hedge), "a
  record 36,950 flights", „zwei Passagierjets“, „212 Menschen an Bord“, „für 14 Flugzeuge“,
  "11.4 million ..., 2.3 million ..., 1.9 million ... 1.4 million", "67.2 million ... 98.4
  million", „Rund 110 Flüge“, „die rund 420 Angestellten“, „46 Verbindungen“, „85,1
  Millionen Nächtigungen“, „25,3 Millionen“, „38,2 Millionen Nächtigungen“, "about 480,000",
  "420,000 visitors", "27.6 million", "to 33 million visitors from 36.5 million", „1,62
  Millionen Nächtigungen“, „rund 3,8 Millionen Besuche“, "101.3 million passengers", „rund
  3,12 Millionen Flüge“, „rund 180 Lotsinnen und Lotsen“, „140 Nachwuchskräfte“ („jährlich“
  none), „11.214 Flüge“, "top 5.4 billion" with no hedge ("top" a verb,
  three-hundred-and-fifth), "more than 17,200 jets", "74 million tonnes", "in 14 coastal
  municipalities", "from 71 countries", "at least 50 miles" "at_least". Average stays in
  nights are counts („auf 3,4 Nächte“; three-hundred-and-sixth), star categories count their
  stars („in den Fünf-Sterne-Häusern“ 5; three-hundred-and-sixth), multiples are counts
  („mehr als doppelt so viele“ 2 "over"; three-hundred-and-fifth: „fast doppelt so viele“;
  "double" a verb and none, two-hundred-and-forty-fourth), the number word of a compound
  plan is a count („Sieben-Punkte-Plan“ 7; the issue's "28-Punkte-Entwurf"), and „in zwei
  Stufen“ is 2 (three-hundredth). None: „die beiden Maschinen“, „in beiden Cockpits“
  (three-hundredth: "beiden" no number word), „Eine der Maschinen“
  (three-hundred-and-thirty-ninth: „einer davon“), "the world's busiest airport", "Britain
  remained the biggest source market", "the largest single purchase", „Spitzenreiter“,
  „grösste Fluggesellschaft“, „so viele wie nie“, "a record for any single month".
- Orders and options (two-hundred-and-twenty-seventh, three-hundred-and-fifth): "150 Airbus
  A321neo jets", "35 Boeing 787-10 jets and 20 Airbus A350-1000 wide-bodies", "60 Airbus
  A220-300 jets", "19 Airbus A320neo-family jets ... 23 more" ("more" after the figure
  compares), "312 orders and commitments against 204", „eine Bestellung über 22 Airbus
  A350-1000“ with no hedge - „über“ is the preposition the noun governs (hundred-ninth:
  „eine Kaufpflicht über zwölf Millionen Euro“; hundred-twenty-second: „einen Vertrag über
  48 Kampfhubschrauber“), as „einen Vertrag über zwölf Monate“ 12 months (sixty-third:
  „einen Vertrag über fünf Jahre“); list prices are money ("about $20.3 billion at list
  prices", "a combined list value of about $24 billion", „gut 9 Milliarden US-Dollar“
  "over"; three-hundred-and-fifth). New: purchase rights are counted as options are
  ("purchase rights for 50 more" 50, „Kaufrechte für acht weitere Exemplare“ 8;
  three-hundred-and-fifth: "options for 10 more" 10) - a right to buy more jets at a fixed
  price is an option by another name, and "more" and „weitere“ carry no hedge. New: "signed
  a memorandum of understanding for up to 20 A350-900 wide-bodies" is check-worthy with 20
  "up_to" - a signed memorandum is a recorded act like an order, and its figure is hedged as
  any "up to". New: a type number in the plural carries none ("15 more 787s", "its last 24
  Boeing 757s") - the "s" makes a plural of the type name, which stays an identifier as
  "Boeing 737 MAX" and "A350-1000" do (two-hundred-and-forty-seventh,
  three-hundred-and-fifth), and the count stands before it.
- Incidents (hundred-seventh, two-hundred-and-thirty-first, three-hundred-and-fifth,
  three-hundred-and-thirty-ninth): separations, altitudes and speeds are counts ("within
  roughly 130 feet" 130 "about" - "within" no hedge -, "at about 105 knots", „von rund
  11.000 auf etwa 3.000 Meter“ both "about", „mindestens 9,3 Kilometer seitlich oder 300
  Meter“ 9.3 "at_least" and 300 with the hedge on the first only, as "about 410 sheep and 17
  dogs" (two-hundred-and-forty-fourth)); „in Flugfläche 360“ is count 360, the German for
  the three-hundred-and-thirty-ninth's "flight level 230"; the age of the aircraft is a
  duration („ist 14 Jahre alt“ 14 years; three-hundred-and-fifth: the fleet's age). New:
  „schalteten den Transponder auf den Notfallcode 7700“ carries none - a transponder code
  names a state of emergency as an emergency number names a service
  (three-hundred-and-thirty-ninth: „über den Notruf 140“, "called 911"), and the row counts
  only its descent and its minutes. New: „flog mit Mach 0,78“ is count 0.78 - a Mach number
  is a speed read on its own scale, as a flight level (three-hundred-and-thirty-ninth) and
  „Windstärke 12“ (forty-seventh), not a type or a code. New: „kamen sich ... bis auf 2,1
  Kilometer seitlich und 90 Meter in der Höhe nahe“ gives 2.1 and 90 with no hedge - „bis
  auf“ says how near the jets came and the figure is the reading itself, while „bis zu“
  bounds a figure ("up_to"); the investigators' classification as „schwere Störung“ is
  check-worthy (three-hundred-and-fifth).
- Delays, waits and punctuality (forty-eighth, hundred-twenty-fifth,
  three-hundred-and-fifth): delay minutes in millions are durations in minutes, a scale word
  multiplying („auf gut 4,8 Millionen Minuten“ 4,800,000 "over", "could reach 18 million
  minutes" with no hedge - "could reach" a verb); averages with no hedge („im Durchschnitt
  1,5 Minuten pro Flug“, "an average of 17.8 minutes ..., up from 14.2 minutes"); "for
  nearly two hours" "nearly", "more than six hours" and "of more than three hours" "over",
  „Mit gut vier Stunden Verspätung“ "over", "for about half an hour" 0.5 hours "about"
  (twelfth: "eine halbe Stunde"; three-hundred-and-fifth: „eine halbe Stunde Toleranz“ 0.5
  hour), „bis zu zweieinhalb Stunden“ 2.5 hours "up_to" (two-hundred-and-forty-seventh:
  „zweieinhalb Stunden“), "topped 40 minutes" with no hedge ("topped" a verb,
  three-hundred-and-sixth: "tops"), „unter 20 Minuten“ "under" (three-hundredth: „unter“
  right before the figure), "for nearly 10 hours without a break of more than 30 minutes" 10
  "nearly" and 30 "over"; thresholds („mit höchstens 15 Minuten Verspätung“ "at_most",
  "within 15 minutes of schedule" no hedge; three-hundred-and-fifth); „Rund 35 Minuten nach
  dem Start“ "about" and „knapp 50 Minuten nach dem Notruf“ "nearly"
  (two-hundred-and-thirty-first: "about four minutes after departing"); punctuality shares
  are percentages („Nur 63,7 Prozent“, "Only 68.1% ..., against 72.4%"; "Only", „Nur“ no
  hedge).
- Durations otherwise (the issue: "fünfstündigen", "a two-week visit"): „Ein fünfstündiger
  Streik“ 5 hours, „zu einem 48-stündigen Ausstand“ 48 hours, "set to last 24 hours"
  (three-hundredth), „auf zehn Stunden“ 10 hours for the cap on shifts, „zwölf Monate“ and
  „von 24 Monaten“ months, „Über die sechswöchigen Ferien“ 6 weeks with no hedge (over
  before a span, three-hundredth; „Über“ not before a figure,
  two-hundred-and-forty-seventh), „innert drei Monaten“ and „binnen zwölf Monaten“ no hedge,
  „rund dreieinhalb Jahre“ 3.5 years "about" (as „zweieinhalb“), "roughly 14 years of
  production" "about", "in the three months" 3 months (three-hundred-and-fifty-sixth: "for
  the three months to July"), "to 30 days from 45 days" days, „in den ersten elf Monaten“
  and „in den ersten sechs Monaten“ ordinal 1 and the months (three-hundred-and-fifth).
  None: „im Vorjahr“, „im Jahr davor“, „im Jahr zuvor“, „ein Jahr zuvor“, „im vergangenen
  Jahr“, „im abgelaufenen Jahr“, „im abgelaufenen Geschäftsjahr“, „im Vorjahreszeitraum“,
  „im Vorjahresmonat“, „im Sommer davor“, „im vergangenen Sommer“, „in diesem Sommer“, „in
  diesem Jahr“, „heuer“, „Für das laufende Jahr“, „Für das Gesamtjahr“, „im kommenden
  Sommer“, „im Jahresverlauf“, „im Jahresmittel“, „im selben Zeitraum“, „seit Jahren“, „von
  Mai bis Oktober“, „auf das kommende Jahr“, „am Vorabend“, „pro Tag“, „pro Monat“, „im
  Monat“, „pro Flug“, „jährlich“, "last year", "this year", "next year", "a year earlier",
  "a year", "so far this year", "from next year", "the same month last year", "the current
  one", "during the year", "during the month", "over the summer", "the long weekend", "the
  holiday peak", "since January", "by early evening", "the Sunday after Thanksgiving" (an
  occasion, hundred-twenty-fifth), "From January through August", weekdays, months and the
  clock.
- Fractions (the issue; two-hundred-and-forty-seventh, three-hundred-and-fifth,
  three-hundred-and-sixth): „fast die Hälfte davon“ 0.5 "nearly" („davon“ no hedge),
  "roughly half of the total" 0.5 "about", „Knapp ein Fünftel“ 0.2 "nearly", „fast jeder
  dritte Betrieb“ 0.3333 "nearly", "a third of Thursday's schedule ... and a quarter" 0.3333
  and 0.25, "Nearly one in four visitors" 0.25 "nearly" (hundred-eleventh: "nearly one in
  eight"), „um ein Viertel“ 0.25 (two-hundred-and-seventy-sixth), "roughly two-fifths" 0.4
  "about" (the issue: "two-fifths"), „Jeder zehnte Gast“ 0.1 (hundred-thirty-third: „jede
  zehnte“), "less than half the monthly average in 2019" 0.5 "under" and the year
  (three-hundred-and-sixth: "less than half its level").
- Ordinals (the issue; two-hundred-and-forty-seventh, three-hundred-and-fifth): "for a third
  year running" 3 (forty-eighth), "its first to Denver" 1, „aus der zweiten Runde“ 2, „Die
  dritte Verhandlungsrunde“ 3, "its first long-haul aircraft" 1, "the fifth controllers'
  strike" 5, „zum dritten Mal in Folge“ 3, „die ersten Maschinen“ 1, "In the first quarter"
  1, "the third serious runway incursion" 3, „im ersten Halbjahr“ 1 (twice), "on the second
  day" and "the show's second day" 2, "the first of the Boeing jets" 1
  (three-hundred-and-fifth: "with the first due in ..."), „der zweite Streik in Genf innert
  drei Monaten“ 2 and 3 months, "third-quarter" 3 and "fourth-quarter" 4 (fifteenth), "the
  first half of the new financial year" 1, "for the first time" 1. None: „erstmals“ (twice),
  "the busiest day", „Am verkehrsreichsten Tag“, „Beliebteste Ziele“, „nach ersten
  Erkenntnissen“ (two-hundred-and-thirty-first: „Nach ersten Erkenntnissen“), "its last 24".
- Percentages as written (every batch): load factors and occupancy („kletterte auf 81,2
  Prozent“, „lag bei 83,1 Prozent“, „bei 58,4 Prozent, ... jeweils bei über 70 Prozent“ 70
  "over" - „über“ right before the figure, two-hundred-and-seventy-sixth, „jeweils“ no hedge
  -, "slipped to 84.9% from 86.2%", "filled 90.4% of its seats", "averaged 91.3%" no hedge,
  "was 68.5%", „lag im Schnitt bei 47,6 Prozent, ... bei 61 Prozent“, „bei 74,8 Prozent, 2,1
  Prozentpunkte über dem Vorjahreswert“ 74.8 % and 2.1 pp - „über“ after the figure compares
  -, „bereits rund 88 Prozent“ "about"); moves („um 3,9 Prozent mehr“, "rose 9%", „ein Plus
  von 1,7 Prozent ... von 4,1 Prozent zum Jahr 2019“ with the year, „knapp 45 Prozent“
  "nearly", "as much as 6.4%" "up_to" (hundred-sixty-fourth: "as much as"), „bis zu 3,2
  Prozent“ "up_to" („zeitweise“ no hedge), „um 3,0 Prozent“ 3.0, "about 40% of its Saturday
  schedule", "about 11%", "about 85% hedged", "about 26%", „um rund 7 Prozent verfehlt“
  "about"); strike demands („8,5 Prozent mehr Geld, mindestens aber 375 Euro im Monat“ 8.5 %
  and 375 EUR "at_least"; three-hundredth).
- Money in the currency written (every batch): EUR („2,31 Milliarden Euro, nach 1,68
  Milliarden Euro“, „40,9 Milliarden Euro“, „30 Cent je Aktie“ 0.3 - Cent are EUR
  hundredths, „je Aktie“ none -, „von mehr als 2,5 Milliarden Euro“ "over", „3,02 Milliarden
  Euro“, „die Marke von 30 Milliarden Euro übersteigen“ with no hedge („übersteigen“ a verb,
  two-hundred-and-forty-seventh), „auf 142 Euro, ... auf 106 Euro“ (a room rate and the
  revenue per available room), „1,18 Milliarden Euro“, "17.9 billion euros"), USD („gut 9
  Milliarden US-Dollar“, "up to $41,000 per passenger" "up_to" ("per passenger" none),
  "$389", "$612 million, or $1.87 per share, ... estimate of $1.71" ("average" no hedge),
  "$7.94 billion", "$1.05 to $1.35 per share" both, "$41.2 billion ..., ... $36.8 billion",
  "about $7.50 per passenger" "about", "more than $12 billion a year" "over"), CHF („162,4
  Millionen Franken“, „688 Millionen Franken“, „180 Franken pro Monat“, „60 Franken“), GBP
  ("£742 million", "a further £250 million" ("a further" no hedge), "14.6 pence per share"
  0.146 - pence are GBP hundredths, two-hundred-and-forty-seventh -, "£268 million"), JPY
  ("2.6 trillion yen ($17.4 billion)" with the converted USD in brackets,
  two-hundred-and-forty-seventh; "1,500 yen"), THB ("1.21 trillion baht ($36.4 billion)";
  hundred-sixty-fourth: baht are THB).
- Years and dates: "by 2032" (twice), "in 2029 and run until 2036" both, "since 2023", „im
  Frühjahr 2033“ the year only (three-hundred-and-fifth: „im Frühjahr 2028“), „zum Jahr
  2019“, "by 2035", "in 2030", „Das Niveau von 2019“, "in 2019", „Bis 2030“. Dates without a
  year: „für den 11. und 12. März“ two dates (two-hundred-and-forty-seventh: „für den 14.
  und 15. April“), "between June 1 and Aug. 31" two dates, "on its busiest day, June 27"
  --06-27, "ended Sept. 30" --09-30, „Am verkehrsreichsten Tag, dem 4. Juli,“ --07-04;
  Reuters datelines with a day ("DUBLIN, Jan 14", "MUMBAI, Feb 26", "TOKYO, April 16", "LE
  BOURGET, France, June 17" with the country between city and day -
  two-hundred-and-forty-fourth -, "BRUSSELS, July 9", "CHICAGO, Oct 16", "BANGKOK, Nov 4",
  "LONDON, Nov 25", "GENEVA, Dec 10"); APA ("Schwechat (APA) -", "Wien (APA) -"), dpa
  ("Berlin (dpa) -", "Wiesbaden (dpa) -", "Braunschweig (dpa) -", "Langen (dpa) -",
  "Düsseldorf (dpa/lnw) -"), dpa-AFX ("Frankfurt (dpa-AFX) -", "Toulouse (dpa-AFX) -"), awp
  ("Kloten (awp) -"), Keystone-SDA ("Neuenburg (Keystone-SDA) -", "Genf (Keystone-SDA) -"),
  AP ("CHICAGO (AP) —", "WASHINGTON (AP) —") and AFP ("PARIS (AFP) -", "MADRID (AFP) -")
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly" "about";
  „knapp“, „Knapp“, „fast“, "almost", "nearly", "Nearly" "nearly"; „gut“, „mehr als“, „über“
  right before a figure, "more than" "over"; „unter“, "less than" "under"; „bis zu“, "up
  to", "Up to", "as much as" "up_to"; „mindestens“, "at least" "at_least"; „höchstens“
  "at_most". No hedge: "a record", "alone", „Allein“, „insgesamt“, „derzeit“, „bereits“,
  „zeitweise“, „jeweils“, „lediglich“, „Nur“, "Only", "a further", „weitere“, „zusätzliche“,
  „im Schnitt“, „im Durchschnitt“, "an average of", "averaged", "average", "within", "over"
  and „Über“ before a span or a place, „über“ governed by a noun, „bis auf“, „bis“ and "to"
  in a range, "top", "topped", „übersteigen“, "could reach", and „mehr“, "more" after a
  figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Flughafen Wien AG
  am Dienstag mit“ -> "die Flughafen Wien AG" (three-hundred-and-fifth), „teilte das
  Bundesamt für Statistik (BFS) mit“ -> "das Bundesamt für Statistik" (the abbreviation in
  brackets dropped, two-hundred-and-forty-seventh), „teilte das Statistische Bundesamt am
  Dienstag mit“, „teilte die Statistik Austria auf Basis vorläufiger Daten mit“ -> "die
  Statistik Austria" (three-hundred-and-twenty-fourth: „auf Basis einer Schnellschätzung“
  dropped), „wie der Konzern am Mittwochabend in Toulouse mitteilte“ -> "der Konzern" (the
  day and the place dropped, hundred-sixth: „am Dienstagabend in Karlsruhe“;
  hundred-seventy-second: „am Sonntagabend“), „Nach Angaben der Austro Control“ -> "die
  Austro Control" and „Nach Angaben der Deutschen Flugsicherung“ -> "die Deutsche
  Flugsicherung" (the source in the nominative, three-hundred-and-fifth); „X sagte, ...“ and
  „sagte X“ with the title dropped („Flughafenvorstand Gerald Pfandlbauer“,
  „Verdi-Verhandlungsführerin Petra Szymanek“, „Hotelleriesuisse-Präsidentin Madlaina
  Caduff“, „Finanzvorstand Henrik Oltersdorf“, „Flughafenchefin Katharina Sellmann-Ott“,
  „Vorstandschef Guillaume Ferrand-Lacaze“, „Finanzchefin Seraina Bachmann-Roth“,
  „BFU-Sprecher Jörg Hanekamp“, „VPOD-Gewerkschaftssekretär Luca Meynet“,
  „Tourismusstaatssekretärin Brigitte Hollensteiner-Fuchs“, „Tourismusdirektor Clemens
  Adlgasser“, „DFS-Chef Matthias Kronawitter“; hundred-eightieth, three-hundred-and-fifth)
  and „Brockhagen sagte, ...“ the surname opening the row (two-hundred-and-forty-seventh).
  English: "The Federal Aviation Administration said ..." -> "the Federal Aviation
  Administration" and "The NTSB said ..." -> "the NTSB" with the article lowered
  (hundred-sixty-fourth, three-hundred-and-fifth), "Ryanair said" as written
  (hundred-twenty-fifth), "Eurocontrol said on Wednesday" as written
  (three-hundred-and-fifth), "the Japan National Tourism Organization (JNTO) said on
  Wednesday" and "the National Statistics Institute (INE) said on Wednesday" with "the", the
  abbreviation in brackets and the weekday dropped (hundred-eighty-fifth: "the Japan
  Aerospace Exploration Agency (JAXA) said"; three-hundred-and-sixth), "the International
  Air Transport Association said on Wednesday" (three-hundred-and-fifth), the name with the
  role dropped ("Chief Executive Aoife Kinsella said", "Transport and Tourism Minister
  Haruto Kagami said", "Sahra Airways Chief Executive Faisal Al-Amiri said" -
  three-hundred-and-fifth: "Qantas International chief executive Jodie Marrable said" -,
  "Tourism Minister Inés Carbonell said", "Tourism Minister Anurak Siriwattana said", "Chief
  Executive Imogen Thackeray said"), "told reporters" ("Chief Executive Vikram Ranade told
  reporters in Mumbai", "Eurocontrol Director General Lieke Ravesteijn told reporters",
  "IATA Director General Karim Lahlou told reporters"; two-hundred-and-fourth) and "told
  analysts" ("Chief Executive Raymond Achebe-Stone told analysts"; three-hundred-and-sixth).
  Left unchecked (None): all negatives, also those with a named speaker; roles without a
  name („sagte eine AUA-Sprecherin“, "an Airbus spokesperson said", "the company's finance
  chief said"; hundred-twenty-fifth, eighty-third); descriptions heading or parting the
  source ("operator daa said", "United Airlines, which runs its largest hub at O'Hare,
  said", "Ryanair, Europe's largest airline by passenger numbers, said", "the Chicago-based
  carrier said", "Engine maker CFM said", "EasyJet reported ... and said"; fortieth,
  hundred-sixteenth, two-hundred-and-forty-seventh), „Die Bundespolizei, die ... die
  Kontrollen verantwortet, teilte mit“ (a subject parted from its verb, hundred-sixteenth);
  estimates, forecasts and acts with no verb of saying („Nach Schätzungen des
  Flughafenverbands ADV“, „strich Fraport“, „Die Gewerkschaft verlangt“, „Sie verlangt“,
  „rechnet der Flughafen“, „erwartet der Düsseldorfer Flughafen“, „hält Airbus ... fest“,
  „stellt der Vorstand ... in Aussicht“, „zählte die DFS“, „will die DFS“, "AAA projected",
  "expects", "The industry group forecast", "the association estimates", "French regulators
  ... told airlines", "plans"; hundred-tenth, two-hundred-and-forty-seventh); „nach Angaben
  des Konzerns“ (a masculine genitive, three-hundredth); „heißt es in dem ...
  Geschäftsbericht“, „hiess es beim Flughafen“, „Gemäss dem Flughafen“
  (two-hundred-and-forty-seventh: „Gemäss BFS“), „wie aus den Zahlen von Wien Tourismus
  hervorgeht“; "according to ..." (FlightAware, the airport, a company statement, the
  aviation regulator's data, Eurocontrol, the DGAC, a Japan Tourism Agency survey, the
  Federal Aviation Administration, a preliminary FAA account, a person familiar with the
  staffing records, TSA figures, travel app Hopper, Airbus, a Reuters tally, the regional
  hoteliers' federation, tourism ministry data, the Thai Hotels Association, IATA), "the
  tracking site showed", "FAA records show" (documents and data,
  two-hundred-and-forty-seventh); rows without attribution; and, to keep the checked
  speakers near 35 as the two-hundred-and-sixth and three-hundred-and-fifth batches did,
  „wie die Betreiberin mitteilte“, a form it could have checked.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_366 = [
    # --- Flughafen Wien: Jahresbilanz (APA), Jänner ---
    (
        "de",
        "Schwechat (APA) - Über den Wiener Airport sind im Vorjahr 34,6 Millionen Passagiere gereist, um 3,9 Prozent mehr als im Jahr davor.",
        True,
        [("count", 34600000, None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg auf 259.840, teilte die Flughafen Wien AG am Dienstag mit.",
        True,
        [("count", 259840, None, None)],
        "die Flughafen Wien AG",
    ),
    (
        "de",
        "Der Sitzladefaktor, also die durchschnittliche Auslastung der Maschinen, kletterte auf 81,2 Prozent.",
        True,
        [("percent", 81.2, "%", None)],
        None,
    ),
    (
        "de",
        "Flughafenvorstand Gerald Pfandlbauer sagte, für heuer erwarte man etwa 35,5 Millionen Fluggäste.",
        True,
        [("count", 35500000, None, "about")],
        "Gerald Pfandlbauer",
    ),
    (
        "de",
        "„Wien hat sich als Umsteigeknoten im Herzen Europas endgültig etabliert“, sagte Pfandlbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die AUA beförderte ab Wien knapp 13,4 Millionen Passagiere, fast die Hälfte davon waren Umsteiger.",
        True,
        [("count", 13400000, None, "nearly"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Frachtgeschäft sanken die Mengen um 2,4 Prozent auf rund 287.000 Tonnen.",
        True,
        [("percent", 2.4, "%", None), ("count", 287000, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Bürgerinitiative gegen Fluglärm nannte die Wachstumspläne des Airports „eine Zumutung für die ganze Region“.",
        False,
        [],
        None,
    ),
    # --- Dublin Airport's record year (Reuters), January ---
    (
        "en",
        "DUBLIN, Jan 14 (Reuters) - Dublin Airport handled a record 35.1 million passengers last year, exceeding a planning cap of 33.5 million for a third year running, operator daa said on Wednesday.",
        True,
        [
            ("date", "--01-14", None, None),
            ("count", 35100000, None, None),
            ("count", 33500000, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Transatlantic traffic rose 9%, with almost 4.2 million passengers flying to North America, according to the airport.",
        True,
        [("percent", 9, "%", None), ("count", 4200000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Chief Executive Aoife Kinsella said the airport had asked planners to lift the cap to 40 million passengers a year, with a decision due by 2032.",
        True,
        [("count", 40000000, None, None), ("year", 2032, None, None)],
        "Aoife Kinsella",
    ),
    (
        "en",
        "\"An island economy cannot stay connected with a ceiling bolted onto its front door,\" Kinsella said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ryanair, the airport's largest customer, carried about 17 million passengers through Dublin, or roughly half of the total.",
        True,
        [("count", 17000000, None, "about"), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "Residents in north Fingal have long complained about night-time noise from the newer runway.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Aer Lingus plans to add six North American routes in the summer, including its first to Denver.",
        True,
        [("count", 6, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Verdi-Warnstreik an den Flughäfen (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Mit einem ganztägigen Ausstand haben Beschäftigte der Bodendienste am Montag sieben deutsche Flughäfen nahezu stillgelegt.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des Flughafenverbands ADV fielen rund 2.900 Flüge aus, betroffen waren etwa 410.000 Passagiere.",
        True,
        [("count", 2900, None, "about"), ("count", 410000, None, "about")],
        None,
    ),
    (
        "de",
        "Allein in Frankfurt strich Fraport 1.130 von 1.360 geplanten Starts und Landungen.",
        True,
        [("count", 1130, None, None), ("count", 1360, None, None)],
        None,
    ),
    (
        "de",
        "Die Lufthansa hatte bereits am Sonntag ihr gesamtes Inlandsprogramm für den Streiktag gestrichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft verlangt für rund 25.000 Mitarbeiter an den Abfertigungsschaltern und Vorfeldern 8,5 Prozent mehr Geld, mindestens aber 375 Euro im Monat, und einen Vertrag über zwölf Monate.",
        True,
        [
            ("count", 25000, None, "about"),
            ("percent", 8.5, "%", None),
            ("money", 375, "EUR", "at_least"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Das Angebot der Arbeitgeberseite aus der zweiten Runde lag bei 5 Prozent, verteilt auf zwei Stufen und eine Laufzeit von 24 Monaten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 5, "%", None),
            ("count", 2, None, None),
            ("duration", 24, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Petra Szymanek sagte, ohne ein verbessertes Angebot werde die Gewerkschaft noch vor Ostern zu einem 48-stündigen Ausstand aufrufen.",
        True,
        [("duration", 48, "hour", None)],
        "Petra Szymanek",
    ),
    (
        "de",
        "Der ADV nannte den Streik „eine unverhältnismäßige Eskalation auf dem Rücken der Reisenden“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Betreiber rieten Fluggästen, vor der Anreise auf der Website ihrer Fluggesellschaft nachzusehen, ob die Verbindung stattfindet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 11. und 12. März in Potsdam angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-11", None, None), ("date", "--03-12", None, None)],
        None,
    ),
    # --- Winter storm grounds Chicago flights (AP), February ---
    (
        "en",
        "CHICAGO (AP) — A winter storm that dumped up to 14 inches of snow on the Chicago area forced airlines to cancel more than 2,300 flights at O'Hare and Midway on Saturday, according to FlightAware.",
        True,
        [("count", 14, None, "up_to"), ("count", 2300, None, "over")],
        None,
    ),
    (
        "en",
        "Nationwide, about 5,100 U.S. flights had been canceled and more than 19,000 delayed by early evening, the tracking site showed.",
        True,
        [("count", 5100, None, "about"), ("count", 19000, None, "over")],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration said it halted all departures from O'Hare for nearly two hours in the morning while crews de-iced runways.",
        True,
        [("duration", 2, "hour", "nearly")],
        "the Federal Aviation Administration",
    ),
    (
        "en",
        "United Airlines, which runs its largest hub at O'Hare, said it had cut about 40% of its Saturday schedule there and waived change fees through Monday.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "At Midway, passengers on two dozen flights waited more than six hours on the tarmac before being allowed off.",
        True,
        [("count", 24, None, None), ("duration", 6, "hour", "over")],
        None,
    ),
    (
        "en",
        "Under a Transportation Department rule, airlines face fines of up to $41,000 per passenger for domestic tarmac delays of more than three hours.",
        True,
        [("money", 41000, "USD", "up_to"), ("duration", 3, "hour", "over")],
        None,
    ),
    (
        "en",
        "\"Nobody from the airline told us a thing,\" said Keisha Marlow, who was trying to get home to Atlanta.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Forecasters warned that travelers in the Northeast should brace for another messy day.",
        False,
        [],
        None,
    ),
    # --- Schweizer Hotellerie (Keystone-SDA), Februar ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In Schweizer Hotels sind im vergangenen Jahr 43,8 Millionen Logiernächte gebucht worden, 2,2 Prozent mehr als im Jahr zuvor.",
        True,
        [("count", 43800000, None, None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Nachfrage aus dem Inland sank leicht auf 20,4 Millionen Logiernächte, teilte das Bundesamt für Statistik (BFS) mit.",
        True,
        [("count", 20400000, None, None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Gäste aus den USA buchten 2'960'000 Logiernächte und überholten damit erstmals Deutschland als wichtigsten ausländischen Markt.",
        True,
        [("count", 2960000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zimmerauslastung lag im Jahresmittel bei 58,4 Prozent, in den Städten Zürich und Genf jeweils bei über 70 Prozent.",
        True,
        [("percent", 58.4, "%", None), ("percent", 70, "%", "over")],
        None,
    ),
    (
        "de",
        "Graubünden verzeichnete mit 5,6 Millionen Logiernächten ein Minus von 1,3 Prozent.",
        True,
        [("count", 5600000, None, None), ("percent", 1.3, "%", None)],
        None,
    ),
    (
        "de",
        "Hotelleriesuisse-Präsidentin Madlaina Caduff sagte, in der Branche seien derzeit rund 4300 Stellen unbesetzt.",
        True,
        [("count", 4300, None, "about")],
        "Madlaina Caduff",
    ),
    (
        "de",
        "«Die Gäste aus Übersee haben die Schweiz neu entdeckt», sagte Caduff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die teure Währung europäische Gäste im Sommer abschreckt, ist nach Einschätzung von Branchenkennern offen.",
        False,
        [],
        None,
    ),
    # --- Saffron Air's Airbus order (Reuters), February ---
    (
        "en",
        "MUMBAI, Feb 26 (Reuters) - Indian budget carrier Saffron Air has ordered 150 Airbus A321neo jets and taken purchase rights for 50 more in a deal worth about $20.3 billion at list prices, according to a company statement on Thursday.",
        True,
        [
            ("date", "--02-26", None, None),
            ("count", 150, None, None),
            ("count", 50, None, None),
            ("money", 20300000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Deliveries are due to start in 2029 and run until 2036, Chief Executive Vikram Ranade told reporters in Mumbai.",
        True,
        [("year", 2029, None, None), ("year", 2036, None, None)],
        "Vikram Ranade",
    ),
    (
        "en",
        "The carrier, which flies a fleet of 94 aircraft, holds about 11% of India's domestic market, according to data from the aviation regulator.",
        True,
        [("count", 94, None, None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "\"We intend to be ready when India's middle class takes to the skies,\" Ranade said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Saffron Air also signed a memorandum of understanding for up to 20 A350-900 wide-bodies, which would be its first long-haul aircraft.",
        True,
        [("count", 20, None, "up_to"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The order is the largest single purchase of A321neo jets by an Asian airline since 2023, an Airbus spokesperson said.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the airline could recruit enough pilots to fly the new jets.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Saffron Air rose as much as 6.4% in Mumbai trading.",
        True,
        [("percent", 6.4, "%", "up_to")],
        None,
    ),
    # --- Übernachtungen in Deutschland (dpa), März ---
    (
        "de",
        "Wiesbaden (dpa) - Hotels, Pensionen und Campingplätze hierzulande haben 501,3 Millionen Übernachtungen im abgelaufenen Jahr registriert und damit einen Höchstwert erreicht.",
        True,
        [("count", 501300000, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Plus von 1,7 Prozent zum Vorjahr und von 4,1 Prozent zum Jahr 2019, teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [("percent", 1.7, "%", None), ("percent", 4.1, "%", None), ("year", 2019, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Ausländische Besucher kamen auf 89,6 Millionen Übernachtungen, ein Zuwachs um 5,3 Prozent.",
        True,
        [("count", 89600000, None, None), ("percent", 5.3, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp ein Fünftel aller Übernachtungen ging damit auf das Konto ausländischer Gäste.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Spitzenreiter blieb Bayern mit 103,2 Millionen Übernachtungen, gefolgt von Baden-Württemberg mit 59,8 Millionen.",
        True,
        [("count", 103200000, None, None), ("count", 59800000, None, None)],
        None,
    ),
    (
        "de",
        "Nur im Saarland ging die Zahl der Übernachtungen zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dehoga-Präsident Lutz Brockhagen sprach von einem „Rekord mit Schattenseiten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brockhagen sagte, fast jeder dritte Betrieb habe im Jahresverlauf Zimmer wegen Personalmangels nicht vermieten können.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Brockhagen",
    ),
    (
        "de",
        "Viele Gastgeber fürchten, dass steigende Energie- und Lohnkosten die Zimmerpreise weiter nach oben treiben.",
        False,
        [],
        None,
    ),
    # --- French air traffic control strike (AFP), April ---
    (
        "en",
        "PARIS (AFP) - French regulators on Wednesday told airlines to scrap a third of Thursday's schedule at Paris-Orly and a quarter at Marseille, as controllers prepared to walk out.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "The walkout, set to last 24 hours, was called by the SNCTA union over staffing and a planned overhaul of controllers' rosters.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Ryanair said the walkout had wiped out 380 of its flights and hit more than 65,000 passengers, most of them due to cross French airspace.",
        True,
        [("count", 380, None, None), ("count", 65000, None, "over")],
        "Ryanair",
    ),
    (
        "en",
        "The Irish airline's chief executive called the stoppage \"yet another French hostage-taking of Europe's skies\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "Up to 1,900 overflights would have to be rerouted through neighbouring airspace, according to Eurocontrol.",
        True,
        [("count", 1900, None, "up_to")],
        None,
    ),
    (
        "en",
        "It is the fifth controllers' strike in France since January, according to the DGAC.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Under EU rules, passengers whose flights are cancelled must be offered a refund or an alternative flight.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Transport Minister Étienne Vautrin said he regretted the strike and urged the unions to return to the negotiating table.",
        False,
        [],
        None,
    ),
    # --- Lufthansa: Jahreszahlen und Airbus-Bestellung (dpa-AFX), März ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Kranich-Konzern Lufthansa hat sein bereinigtes Ebit im abgelaufenen Geschäftsjahr auf 2,31 Milliarden Euro gesteigert, nach 1,68 Milliarden Euro ein Jahr zuvor.",
        True,
        [("money", 2310000000, "EUR", None), ("money", 1680000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Erlöse wuchsen um 6 Prozent auf 40,9 Milliarden Euro, heißt es in dem am Donnerstag vorgelegten Geschäftsbericht.",
        True,
        [("percent", 6, "%", None), ("money", 40900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Airlines der Gruppe beförderten 138 Millionen Passagiere, der Sitzladefaktor stieg zum dritten Mal in Folge und lag bei 83,1 Prozent.",
        True,
        [("count", 138000000, None, None), ("ordinal", 3, None, None), ("percent", 83.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aktionäre sollen eine Dividende von 30 Cent je Aktie erhalten.",
        True,
        [("money", 0.3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zugleich gab der Konzern eine Bestellung über 22 Airbus A350-1000 bekannt und sicherte sich Kaufrechte für acht weitere Exemplare.",
        True,
        [("count", 22, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Nach Katalogpreisen ist die Order gut 9 Milliarden US-Dollar wert, Großkunden erhalten in der Regel kräftige Nachlässe.",
        True,
        [("money", 9000000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "Finanzvorstand Henrik Oltersdorf sagte, die ersten Maschinen sollten im Frühjahr 2033 in Frankfurt eintreffen.",
        True,
        [("ordinal", 1, None, None), ("year", 2033, None, None)],
        "Henrik Oltersdorf",
    ),
    (
        "de",
        "„Unsere Kernmarke muss endlich wieder Geld verdienen, statt nur Flugzeuge zu füllen“, sagte Oltersdorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr stellt der Vorstand einen operativen Gewinn von mehr als 2,5 Milliarden Euro in Aussicht.",
        True,
        [("money", 2500000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Analysten zeigten sich von dem Ausblick enttäuscht.",
        False,
        [],
        None,
    ),
    # --- Japan's foreign visitors (Reuters), April ---
    (
        "en",
        "TOKYO, April 16 (Reuters) - Foreign visitors to Japan numbered 3.94 million in March, a record for any single month, the Japan National Tourism Organization (JNTO) said on Wednesday.",
        True,
        [("date", "--04-16", None, None), ("count", 3940000, None, None)],
        "the Japan National Tourism Organization",
    ),
    (
        "en",
        "Arrivals from South Korea led with about 910,000, followed by China with 760,000 and Taiwan with 610,000.",
        True,
        [("count", 910000, None, "about"), ("count", 760000, None, None), ("count", 610000, None, None)],
        None,
    ),
    (
        "en",
        "Nearly one in four visitors came from South Korea.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "In the first quarter, visitor numbers rose 16% from a year earlier to 10.8 million.",
        True,
        [("ordinal", 1, None, None), ("percent", 16, "%", None), ("count", 10800000, None, None)],
        None,
    ),
    (
        "en",
        "Overseas tourists spent 2.6 trillion yen ($17.4 billion) in the three months, according to a Japan Tourism Agency survey.",
        True,
        [("money", 2600000000000, "JPY", None), ("money", 17400000000, "USD", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The government aims to lure 65 million visitors a year by 2032.",
        True,
        [("count", 65000000, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Transport and Tourism Minister Haruto Kagami said the government would raise the departure tax to 1,500 yen from July to pay for crowd control at popular sites.",
        True,
        [("money", 1500, "JPY", None)],
        "Haruto Kagami",
    ),
    (
        "en",
        "\"Japan welcomes everyone, but we ask visitors to respect the places they come to see,\" Kagami said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shop owners in Nara's old town complained that day-trippers crowd the lanes but spend little.",
        False,
        [],
        None,
    ),
    # --- AUA-Notlandung nach Druckabfall (APA), Mai ---
    (
        "de",
        "Wien (APA) - Nach einem Druckabfall in der Kabine ist ein AUA-Jet am Freitag sicher nach Wien zurückgekehrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Airbus A320 war mit 164 Passagieren und sechs Besatzungsmitgliedern auf dem Weg nach Barcelona, sagte eine AUA-Sprecherin.",
        True,
        [("count", 164, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Rund 35 Minuten nach dem Start leiteten die Piloten über Kärnten einen Sinkflug von rund 11.000 auf etwa 3.000 Meter ein und schalteten den Transponder auf den Notfallcode 7700.",
        True,
        [
            ("duration", 35, "minute", "about"),
            ("count", 11000, None, "about"),
            ("count", 3000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Sauerstoffmasken fielen aus den Deckenverkleidungen, verletzt wurde niemand.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Austro Control setzte der Jet knapp 50 Minuten nach dem Notruf wieder in Schwechat auf.",
        True,
        [("duration", 50, "minute", "nearly")],
        "die Austro Control",
    ),
    (
        "de",
        "Mit gut vier Stunden Verspätung brachte eine Ersatzmaschine die Passagiere am Abend doch noch nach Spanien.",
        True,
        [("duration", 4, "hour", "over")],
        None,
    ),
    (
        "de",
        "Das Flugzeug ist 14 Jahre alt und wurde zuletzt im Februar gewartet.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Die Sicherheitsuntersuchungsstelle des Bundes hat Ermittlungen aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Man denkt in so einem Moment an alles Mögliche“, sagte eine Passagierin aus Mödling der APA.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die AUA lobte ihre Crew, sie habe vorbildlich und ruhig reagiert.",
        False,
        [],
        None,
    ),
    # --- Runway incursion at Boston Logan (AP), May ---
    (
        "en",
        "WASHINGTON (AP) — Two passenger jets came within roughly 130 feet of each other at Boston's Logan International Airport on Tuesday after a regional jet crossed an active runway without clearance, according to the Federal Aviation Administration.",
        True,
        [("count", 130, None, "about")],
        None,
    ),
    (
        "en",
        "A Northway Air Boeing 737 that was accelerating for takeoff aborted its roll at about 105 knots, according to a preliminary FAA account.",
        True,
        [("count", 105, None, "about")],
        None,
    ),
    (
        "en",
        "The regional jet, an Embraer 175 operated by Harbor Link, was carrying 68 passengers and four crew members.",
        True,
        [("count", 68, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", "No one was injured.", True, [], None),
    (
        "en",
        "The controller had been working for nearly 10 hours without a break of more than 30 minutes, according to a person familiar with the staffing records.",
        True,
        [("duration", 10, "hour", "nearly"), ("duration", 30, "minute", "over")],
        None,
    ),
    (
        "en",
        "Departures from Logan were halted for about half an hour while the runway was inspected.",
        True,
        [("duration", 0.5, "hour", "about")],
        None,
    ),
    (
        "en",
        "The NTSB said it had opened an investigation and sent four investigators to Boston.",
        True,
        [("count", 4, None, None)],
        "the NTSB",
    ),
    (
        "en",
        "FAA records show it was the third serious runway incursion at a large U.S. airport this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "\"That was way too close, and everyone on that frequency knew it,\" said a pilot who was listening to the tower at the time.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Aviation safety advocates said the near miss showed a system stretched to its limits.",
        False,
        [],
        None,
    ),
    # --- Sommerferien in NRW (dpa/lnw), Juni ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Mit dem Ferienbeginn an Rhein und Ruhr rechnet der Düsseldorfer Flughafen mit bis zu 95.000 Passagieren pro Tag.",
        True,
        [("count", 95000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Über die sechswöchigen Ferien rechnet der Flughafen mit insgesamt rund 3,4 Millionen Reisenden, etwa 4 Prozent mehr als im vergangenen Sommer.",
        True,
        [("duration", 6, "week", None), ("count", 3400000, None, "about"), ("percent", 4, "%", "about")],
        None,
    ),
    (
        "de",
        "An den Sicherheitskontrollen sollen 22 zusätzliche Spuren und rund 170 weitere Beschäftigte die Wartezeiten unter 20 Minuten halten.",
        True,
        [("count", 22, None, None), ("count", 170, None, "about"), ("duration", 20, "minute", "under")],
        None,
    ),
    (
        "de",
        "Flughafenchefin Katharina Sellmann-Ott sagte, im vergangenen Sommer hätten Reisende zu Spitzenzeiten bis zu zweieinhalb Stunden angestanden.",
        True,
        [("duration", 2.5, "hour", "up_to")],
        "Katharina Sellmann-Ott",
    ),
    (
        "de",
        "„Diese Bilder wollen wir nie wieder sehen“, sagte Sellmann-Ott.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundespolizei, die an dem Airport die Kontrollen verantwortet, teilte mit, man habe die Zahl der Schichten in den Ferien um ein Viertel erhöht.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Beliebteste Ziele sind in diesem Sommer Antalya, Palma de Mallorca und Heraklion.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Flughafen rät Reisenden, das Gepäck schon am Vorabend aufzugeben und online einzuchecken.",
        False,
        [],
        None,
    ),
    # --- Memorial Day travel (AP), May ---
    (
        "en",
        "WASHINGTON (AP) — The Transportation Security Administration screened about 3.27 million people on Friday, the busiest day in the agency's history, as Memorial Day weekend travel got under way.",
        True,
        [("count", 3270000, None, "about")],
        None,
    ),
    (
        "en",
        "The old high of 3.09 million had stood since the Sunday after Thanksgiving, according to TSA figures.",
        True,
        [("count", 3090000, None, None)],
        None,
    ),
    (
        "en",
        "AAA projected that 45.1 million Americans would venture at least 50 miles from their homes during the long weekend, 3.7 million of them by air.",
        True,
        [("count", 45100000, None, None), ("count", 50, None, "at_least"), ("count", 3700000, None, None)],
        None,
    ),
    (
        "en",
        "Trade group Airlines for America expects U.S. carriers to fly a record 271 million passengers between June 1 and Aug. 31.",
        True,
        [
            ("count", 271000000, None, None),
            ("date", "--06-01", None, None),
            ("date", "--08-31", None, None),
        ],
        None,
    ),
    (
        "en",
        "Average domestic round-trip fares for the holiday were down 4% from a year earlier at $389, according to travel app Hopper.",
        True,
        [("percent", 4, "%", None), ("money", 389, "USD", None)],
        None,
    ),
    (
        "en",
        "United Airlines expected to carry a record 620,000 passengers on Friday alone.",
        True,
        [("count", 620000, None, None)],
        None,
    ),
    (
        "en",
        "At Atlanta's Hartsfield-Jackson, the world's busiest airport, security wait times topped 40 minutes at the main checkpoint on Friday morning.",
        True,
        [("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "The FAA had added controllers at its New York approach facility ahead of the holiday peak.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The TSA urged passengers to pack their patience along with their carry-ons.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Honestly, the lines were better than I expected,\" said Marcus Feld of Omaha, waiting for a flight to Orlando.",
        False,
        [],
        None,
    ),
    # --- Airbus: Halbjahr (dpa-AFX), Juli ---
    (
        "de",
        "Toulouse (dpa-AFX) - Der Flugzeugbauer Airbus hat im ersten Halbjahr 341 Verkehrsflugzeuge an seine Kunden ausgeliefert, 18 mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 341, None, None), ("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Der bereinigte operative Gewinn (Ebit) stieg um 11 Prozent auf 3,02 Milliarden Euro, wie der Konzern am Mittwochabend in Toulouse mitteilte.",
        True,
        [("percent", 11, "%", None), ("money", 3020000000, "EUR", None)],
        "der Konzern",
    ),
    (
        "de",
        "Airbus lieferte damit mehr als doppelt so viele Jets aus wie der US-Rivale Boeing im selben Zeitraum.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr hält Airbus an seinem Ziel von rund 870 Auslieferungen fest.",
        True,
        [("count", 870, None, "about")],
        None,
    ),
    (
        "de",
        "Die Bruttobestellungen summierten sich auf 412 Maschinen, nach Stornierungen blieben netto 389 übrig.",
        True,
        [("count", 412, None, None), ("count", 389, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Guillaume Ferrand-Lacaze sagte, Engpässe bei Triebwerken hielten derzeit rund 45 fertige Jets am Boden.",
        True,
        [("count", 45, None, "about")],
        "Guillaume Ferrand-Lacaze",
    ),
    (
        "de",
        "Die Erstauslieferung des Frachters A350F verschiebt sich nach Angaben des Konzerns auf das kommende Jahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Lieferkette ist und bleibt unsere größte Baustelle“, sagte Ferrand-Lacaze.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Analysten halten das Jahresziel angesichts der Probleme mit den Triebwerken für ambitioniert.",
        False,
        [],
        None,
    ),
    # --- Paris Air Show orders (Reuters), June ---
    (
        "en",
        "LE BOURGET, France, June 17 (Reuters) - Gulf carrier Sahra Airways ordered 35 Boeing 787-10 jets and 20 Airbus A350-1000 wide-bodies on the second day of the Paris Air Show, with a combined list value of about $24 billion.",
        True,
        [
            ("date", "--06-17", None, None),
            ("count", 35, None, None),
            ("count", 20, None, None),
            ("ordinal", 2, None, None),
            ("money", 24000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "The airline, which plans to double its fleet to 160 aircraft by 2035, also took options on 15 more 787s.",
        True,
        [("count", 160, None, None), ("year", 2035, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Sahra Airways Chief Executive Faisal Al-Amiri said the first of the Boeing jets would arrive in 2030.",
        True,
        [("ordinal", 1, None, None), ("year", 2030, None, None)],
        "Faisal Al-Amiri",
    ),
    (
        "en",
        "\"This order sends a message about where the future of long-haul travel lies,\" Al-Amiri said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Budget airline Aurelia Air finalised an order for 60 Airbus A220-300 jets it had announced in March, according to Airbus.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "By the close of the show's second day, Airbus had booked 312 orders and commitments against 204 for Boeing, according to a Reuters tally.",
        True,
        [("ordinal", 2, None, None), ("count", 312, None, None), ("count", 204, None, None)],
        None,
    ),
    (
        "en",
        "Engine maker CFM said it would raise output of its LEAP engines by 15% next year.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        "Executives at the show said they were frustrated by how long it was taking to get new jets delivered.",
        False,
        [],
        None,
    ),
    # --- Flughafen Zürich: Halbjahr (awp), August ---
    (
        "de",
        "Kloten (awp) - Die Flughafen Zürich AG hat im ersten Halbjahr einen Reingewinn von 162,4 Millionen Franken erzielt, 8,1 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("money", 162400000, "CHF", None), ("percent", 8.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz kletterte auf 688 Millionen Franken, wie die Betreiberin mitteilte.",
        True,
        [("money", 688000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Über Zürich reisten in den ersten sechs Monaten 15,9 Millionen Passagiere, ein Plus von 5,6 Prozent.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 6, "month", None),
            ("count", 15900000, None, None),
            ("percent", 5.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen nahm um 3,0 Prozent auf 131'540 zu.",
        True,
        [("percent", 3.0, "%", None), ("count", 131540, None, None)],
        None,
    ),
    (
        "de",
        "Die Pünktlichkeit blieb ein Sorgenkind: Nur 63,7 Prozent der Abflüge starteten mit höchstens 15 Minuten Verspätung.",
        True,
        [("percent", 63.7, "%", None), ("duration", 15, "minute", "at_most")],
        None,
    ),
    (
        "de",
        "Finanzchefin Seraina Bachmann-Roth sagte, für das Gesamtjahr rechne man neu mit 32,5 bis 33 Millionen Passagieren.",
        True,
        [("count", 32500000, None, None), ("count", 33000000, None, None)],
        "Seraina Bachmann-Roth",
    ),
    (
        "de",
        "«Das Geschäft läuft erfreulich, wir sind sehr zufrieden», sagte Bachmann-Roth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anwohnende im Süden des Flughafens kritisieren seit Jahren die Anflüge am frühen Morgen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie der Flughafen Zürich AG legte an der SIX zeitweise bis zu 3,2 Prozent zu.",
        True,
        [("percent", 3.2, "%", "up_to")],
        None,
    ),
    # --- Europe's summer delays (Reuters), July ---
    (
        "en",
        "BRUSSELS, July 9 (Reuters) - Flights in European airspace were delayed by an average of 17.8 minutes in June, up from 14.2 minutes a year earlier, as controller shortages and storms squeezed capacity, Eurocontrol said on Wednesday.",
        True,
        [
            ("date", "--07-09", None, None),
            ("duration", 17.8, "minute", None),
            ("duration", 14.2, "minute", None),
        ],
        "Eurocontrol",
    ),
    (
        "en",
        "The network manager handled a record 36,950 flights on its busiest day, June 27.",
        True,
        [("count", 36950, None, None), ("date", "--06-27", None, None)],
        None,
    ),
    (
        "en",
        "Staffing shortages at air navigation service providers caused roughly two-fifths of en-route delays, with France and Germany the worst affected.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Only 68.1% of flights arrived within 15 minutes of schedule, against 72.4% in June last year.",
        True,
        [("percent", 68.1, "%", None), ("duration", 15, "minute", None), ("percent", 72.4, "%", None)],
        None,
    ),
    (
        "en",
        "Eurocontrol Director General Lieke Ravesteijn told reporters that total delay over the summer could reach 18 million minutes unless capacity improved.",
        True,
        [("duration", 18000000, "minute", None)],
        "Lieke Ravesteijn",
    ),
    (
        "en",
        "\"We are asking airlines and controllers to pull in the same direction,\" Ravesteijn said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ryanair, Europe's largest airline by passenger numbers, said it had cancelled more than 1,100 flights in June because of air traffic control delays and disruption.",
        True,
        [("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        "Airlines for Europe accused national governments of having \"sleepwalked into a summer of delays\".",
        False,
        [],
        None,
    ),
    # --- Gefährliche Annäherung über Nordhessen (dpa), August ---
    (
        "de",
        "Braunschweig (dpa) - Die Bundesstelle für Flugunfalluntersuchung (BFU) untersucht eine gefährliche Annäherung von zwei Passagierjets über Nordhessen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden Maschinen kamen sich nach ersten Erkenntnissen in Flugfläche 360 bis auf 2,1 Kilometer seitlich und 90 Meter in der Höhe nahe.",
        True,
        [("count", 360, None, None), ("count", 2.1, None, None), ("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "Vorgeschrieben sind in diesem Luftraum mindestens 9,3 Kilometer seitlich oder 300 Meter in der Höhe.",
        True,
        [("count", 9.3, None, "at_least"), ("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Eine der Maschinen, ein Airbus A321 mit 212 Menschen an Bord, flog mit Mach 0,78 in Richtung Süden.",
        True,
        [("count", 212, None, None), ("count", 0.78, None, None)],
        None,
    ),
    (
        "de",
        "Das Kollisionswarnsystem habe in beiden Cockpits Ausweichanweisungen ausgelöst, sagte BFU-Sprecher Jörg Hanekamp.",
        True,
        [],
        "Jörg Hanekamp",
    ),
    (
        "de",
        "Nach Angaben der Deutschen Flugsicherung war der zuständige Lotse zu diesem Zeitpunkt für 14 Flugzeuge gleichzeitig verantwortlich.",
        True,
        [("count", 14, None, None)],
        "die Deutsche Flugsicherung",
    ),
    (
        "de",
        "Die Ermittler stuften die Annäherung als schwere Störung ein; ein Zwischenbericht soll binnen zwölf Monaten vorliegen.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Flugsicherung sprach von einem „Warnsignal, das in Langen endlich gehört werden muss“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob Übermüdung eine Rolle spielte, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Spain's August tourists (AFP), September ---
    (
        "en",
        "MADRID (AFP) - Spain received 11.4 million international tourists in August, up 3.1% on the same month last year, the National Statistics Institute (INE) said on Wednesday.",
        True,
        [("count", 11400000, None, None), ("percent", 3.1, "%", None)],
        "the National Statistics Institute",
    ),
    (
        "en",
        "Foreign visitors spent 17.9 billion euros during the month, an increase of 6.7%.",
        True,
        [("money", 17900000000, "EUR", None), ("percent", 6.7, "%", None)],
        None,
    ),
    (
        "en",
        "Britain remained the biggest source market with 2.3 million visitors, followed by France with 1.9 million and Germany with 1.4 million.",
        True,
        [("count", 2300000, None, None), ("count", 1900000, None, None), ("count", 1400000, None, None)],
        None,
    ),
    (
        "en",
        "From January through August, arrivals totalled 67.2 million, putting Spain on course to beat last year's record of 98.4 million.",
        True,
        [("count", 67200000, None, None), ("count", 98400000, None, None)],
        None,
    ),
    (
        "en",
        "Hotel occupancy in the Balearic Islands averaged 91.3% in August, according to the regional hoteliers' federation.",
        True,
        [("percent", 91.3, "%", None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Inés Carbonell said the government would cap holiday-rental licences in 14 coastal municipalities from next year.",
        True,
        [("count", 14, None, None)],
        "Inés Carbonell",
    ),
    (
        "en",
        "\"Tourism has to work for the people who live here, not just for those who visit,\" Carbonell said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Protesters in San Sebastián accused the government of turning the city into \"a theme park for cruise passengers\".",
        False,
        [],
        None,
    ),
    # --- Streik am Flughafen Genf (Keystone-SDA), Oktober ---
    (
        "de",
        "Genf (Keystone-SDA) - Ein fünfstündiger Streik des Bodenpersonals hat am Freitag den Betrieb am Flughafen Genf weitgehend lahmgelegt.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Rund 110 Flüge wurden annulliert, gut 14'000 Passagiere waren betroffen, hiess es beim Flughafen.",
        True,
        [("count", 110, None, "about"), ("count", 14000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft VPOD hatte die rund 420 Angestellten des Abfertigungsunternehmens Léman Handling zum Ausstand aufgerufen.",
        True,
        [("count", 420, None, "about")],
        None,
    ),
    (
        "de",
        "Sie verlangt eine Lohnerhöhung von 180 Franken pro Monat und eine Begrenzung der Schichten auf zehn Stunden.",
        True,
        [("money", 180, "CHF", None), ("duration", 10, "hour", None)],
        None,
    ),
    (
        "de",
        "«Das Unternehmen hat uns lediglich 60 Franken mehr pro Monat angeboten», sagte VPOD-Gewerkschaftssekretär Luca Meynet.",
        True,
        [("money", 60, "CHF", None)],
        "Luca Meynet",
    ),
    (
        "de",
        "«Wir lassen uns nicht länger hinhalten», sagte Meynet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Easyjet, grösste Fluggesellschaft in Genf, strich 46 Verbindungen.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss dem Flughafen ist es der zweite Streik in Genf innert drei Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Die Geschäftsleitung von Léman Handling bedauerte den Streik und bekräftigte ihre Gesprächsbereitschaft.",
        False,
        [],
        None,
    ),
    # --- Sierra Continental's third quarter (Reuters), October ---
    (
        "en",
        "CHICAGO, Oct 16 (Reuters) - Sierra Continental Airlines reported third-quarter profit of $612 million, or $1.87 per share, beating analysts' average estimate of $1.71, as demand for premium seats offset higher labor costs.",
        True,
        [
            ("date", "--10-16", None, None),
            ("ordinal", 3, None, None),
            ("money", 612000000, "USD", None),
            ("money", 1.87, "USD", None),
            ("money", 1.71, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue rose 5.2% to $7.94 billion, the Chicago-based carrier said.",
        True,
        [("percent", 5.2, "%", None), ("money", 7940000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Revenue from premium cabins jumped 11%, while economy revenue fell 1.5%.",
        True,
        [("percent", 11, "%", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "en",
        "The load factor, a measure of how full its planes are, slipped to 84.9% from 86.2%.",
        True,
        [("percent", 84.9, "%", None), ("percent", 86.2, "%", None)],
        None,
    ),
    (
        "en",
        "Unit costs excluding fuel rose 3.8%, and the airline expects fourth-quarter earnings of $1.05 to $1.35 per share.",
        True,
        [
            ("percent", 3.8, "%", None),
            ("ordinal", 4, None, None),
            ("money", 1.05, "USD", None),
            ("money", 1.35, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Chief Executive Raymond Achebe-Stone told analysts the airline would retire its last 24 Boeing 757s by the end of next year.",
        True,
        [("count", 24, None, None)],
        "Raymond Achebe-Stone",
    ),
    (
        "en",
        "\"Our premium customers are not trading down, and that tells you where this industry is heading,\" Achebe-Stone said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares of the airline rose 4.6% in premarket trading.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Some analysts cautioned that weaker bookings for domestic leisure trips might drag on winter results.",
        False,
        [],
        None,
    ),
    # --- Sommersaison in Österreich (APA), November ---
    (
        "de",
        "Wien (APA) - Österreichs Tourismus hat in der Sommersaison von Mai bis Oktober 85,1 Millionen Nächtigungen verbucht, um 1,8 Prozent mehr als im Sommer davor.",
        True,
        [("count", 85100000, None, None), ("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gästeankünfte erreichten 25,3 Millionen, teilte die Statistik Austria auf Basis vorläufiger Daten mit.",
        True,
        [("count", 25300000, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gäste aus Deutschland sorgten mit 38,2 Millionen Nächtigungen für knapp 45 Prozent aller Übernachtungen.",
        True,
        [("count", 38200000, None, None), ("percent", 45, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Jeder zehnte Gast kam aus den Niederlanden.",
        True,
        [("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Aufenthaltsdauer verkürzte sich auf 3,4 Nächte.",
        True,
        [("count", 3.4, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslastung der Hotelbetten lag im Schnitt bei 47,6 Prozent, in den Fünf-Sterne-Häusern bei 61 Prozent.",
        True,
        [("percent", 47.6, "%", None), ("count", 5, None, None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Tourismusstaatssekretärin Brigitte Hollensteiner-Fuchs sagte, die Einnahmen der Branche würden heuer erstmals die Marke von 30 Milliarden Euro übersteigen.",
        True,
        [("money", 30000000000, "EUR", None)],
        "Brigitte Hollensteiner-Fuchs",
    ),
    (
        "de",
        "„Österreich ist auch im Sommer eine Top-Destination, nicht nur im Schnee“, sagte Hollensteiner-Fuchs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hoteliervereinigung beklagte, dass die Betriebe trotz voller Häuser kaum noch Gewinne schreiben.",
        False,
        [],
        None,
    ),
    # --- Thailand's October arrivals (Reuters), November ---
    (
        "en",
        "BANGKOK, Nov 4 (Reuters) - Thailand welcomed 2.41 million foreign visitors in October, down 2.8% from a year earlier, as arrivals from China stayed well below pre-pandemic levels, according to tourism ministry data released on Tuesday.",
        True,
        [("date", "--11-04", None, None), ("count", 2410000, None, None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Chinese arrivals totalled about 480,000, less than half the monthly average in 2019.",
        True,
        [("count", 480000, None, "about"), ("fraction", 0.5, None, "under"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Malaysia was the biggest source market with 420,000 visitors, followed by China and India.",
        True,
        [("count", 420000, None, None)],
        None,
    ),
    (
        "en",
        "So far this year, foreign arrivals stood at 27.6 million, generating 1.21 trillion baht ($36.4 billion) in revenue.",
        True,
        [("count", 27600000, None, None), ("money", 1210000000000, "THB", None), ("money", 36400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The government has cut its full-year forecast to 33 million visitors from 36.5 million.",
        True,
        [("count", 33000000, None, None), ("count", 36500000, None, None)],
        None,
    ),
    (
        "en",
        "Average hotel occupancy nationwide was 68.5% in October, according to the Thai Hotels Association.",
        True,
        [("percent", 68.5, "%", None)],
        None,
    ),
    (
        "en",
        "Tourism Minister Anurak Siriwattana said visa-free stays for visitors from 71 countries would be shortened to 30 days from 45 days in January.",
        True,
        [("count", 71, None, None), ("duration", 30, "day", None), ("duration", 45, "day", None)],
        "Anurak Siriwattana",
    ),
    (
        "en",
        "\"We want quality, not just quantity,\" Anurak said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hoteliers in Pattaya said they feared a weak high season if Chinese tour groups stayed away.",
        False,
        [],
        None,
    ),
    # --- Wiener Hotellerie im November (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Die Wiener Hotellerie hat im November 1,62 Millionen Nächtigungen verzeichnet, um 5,4 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 1620000, None, None), ("percent", 5.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zimmerauslastung lag bei 74,8 Prozent, 2,1 Prozentpunkte über dem Vorjahreswert, wie aus den Zahlen von Wien Tourismus hervorgeht.",
        True,
        [("percent", 74.8, "%", None), ("percent", 2.1, "pp", None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Zimmerpreis stieg auf 142 Euro, der Erlös pro verfügbarem Zimmer auf 106 Euro.",
        True,
        [("money", 142, "EUR", None), ("money", 106, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Netto-Nächtigungsumsatz der Betriebe wuchs in den ersten elf Monaten um 9 Prozent auf 1,18 Milliarden Euro.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 11, "month", None),
            ("percent", 9, "%", None),
            ("money", 1180000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Tourismusdirektor Clemens Adlgasser sagte, für Dezember seien bereits rund 88 Prozent der Zimmer gebucht.",
        True,
        [("percent", 88, "%", "about")],
        "Clemens Adlgasser",
    ),
    (
        "de",
        "„Im Advent ist Wien die romantischste Stadt Europas“, sagte Adlgasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Christkindlmärkte erwarten heuer rund 3,8 Millionen Besuche.",
        True,
        [("count", 3800000, None, "about")],
        None,
    ),
    (
        "de",
        "Anrainer am Spittelberg klagen über Gedränge und Lärm bis spät in die Nacht.",
        False,
        [],
        None,
    ),
    # --- EasyJet's annual results (Reuters), November ---
    (
        "en",
        "LONDON, Nov 25 (Reuters) - EasyJet reported a 21% rise in annual pretax profit to £742 million and said it would return a further £250 million to shareholders through a share buyback.",
        True,
        [
            ("date", "--11-25", None, None),
            ("percent", 21, "%", None),
            ("money", 742000000, "GBP", None),
            ("money", 250000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "In its financial year ended Sept. 30, the airline flew 101.3 million passengers and filled 90.4% of its seats.",
        True,
        [("date", "--09-30", None, None), ("count", 101300000, None, None), ("percent", 90.4, "%", None)],
        None,
    ),
    (
        "en",
        "It proposed a dividend of 14.6 pence per share, while its holidays business grew profit by 28% to £268 million.",
        True,
        [("money", 0.146, "GBP", None), ("percent", 28, "%", None), ("money", 268000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Imogen Thackeray said the airline had taken delivery of 19 Airbus A320neo-family jets during the year and would receive 23 more in the current one.",
        True,
        [("count", 19, None, None), ("count", 23, None, None)],
        "Imogen Thackeray",
    ),
    (
        "en",
        "\"Customers are putting their holidays ahead of almost everything else,\" Thackeray said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Fuel for the first half of the new financial year is about 85% hedged, the company's finance chief said.",
        True,
        [("ordinal", 1, None, None), ("percent", 85, "%", "about")],
        None,
    ),
    (
        "en",
        "EasyJet plans to open a base at Birmingham next spring.",
        True,
        [],
        None,
    ),
    (
        "en",
        "An analyst at a London brokerage described the outlook as \"reassuringly dull\".",
        False,
        [],
        None,
    ),
    # --- Jahresbilanz der Flugsicherung (dpa), Dezember ---
    (
        "de",
        "Langen (dpa) - Die Deutsche Flugsicherung (DFS) hat in diesem Jahr rund 3,12 Millionen Flüge im deutschen Luftraum kontrolliert, 3,6 Prozent mehr als im Vorjahr.",
        True,
        [("count", 3120000, None, "about"), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "de",
        "Das Niveau von 2019 wird damit aber noch um rund 7 Prozent verfehlt.",
        True,
        [("year", 2019, None, None), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Die von der Flugsicherung verursachten Verspätungen summierten sich auf gut 4,8 Millionen Minuten, im Durchschnitt 1,5 Minuten pro Flug.",
        True,
        [("duration", 4800000, "minute", "over"), ("duration", 1.5, "minute", None)],
        None,
    ),
    (
        "de",
        "DFS-Chef Matthias Kronawitter sagte, es fehlten derzeit rund 180 Lotsinnen und Lotsen.",
        True,
        [("count", 180, None, "about")],
        "Matthias Kronawitter",
    ),
    (
        "de",
        "Bis 2030 will die DFS jährlich 140 Nachwuchskräfte ausbilden, die Ausbildung dauert rund dreieinhalb Jahre.",
        True,
        [("year", 2030, None, None), ("count", 140, None, None), ("duration", 3.5, "year", "about")],
        None,
    ),
    (
        "de",
        "Mit einem Sieben-Punkte-Plan will die DFS im kommenden Sommer Engpässe in den Kontrollzentralen abfedern.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Am verkehrsreichsten Tag, dem 4. Juli, zählte die DFS 11.214 Flüge.",
        True,
        [("date", "--07-04", None, None), ("count", 11214, None, None)],
        None,
    ),
    (
        "de",
        "„Der Kurs stimmt, doch ausruhen können wir uns noch lange nicht“, sagte Kronawitter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Airlines werfen der Flugsicherung vor, das Personalproblem jahrelang verschleppt zu haben.",
        False,
        [],
        None,
    ),
    # --- IATA's outlook (Reuters), December ---
    (
        "en",
        "GENEVA, Dec 10 (Reuters) - The world's airlines should earn a combined net profit of $41.2 billion next year, compared with $36.8 billion in the current one, the International Air Transport Association said on Wednesday.",
        True,
        [("date", "--12-10", None, None), ("money", 41200000000, "USD", None), ("money", 36800000000, "USD", None)],
        "the International Air Transport Association",
    ),
    (
        "en",
        "The industry group forecast that passenger numbers would top 5.4 billion for the first time.",
        True,
        [("count", 5400000000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Net margins will remain thin at 3.9%, or about $7.50 per passenger, according to IATA.",
        True,
        [("percent", 3.9, "%", None), ("money", 7.5, "USD", "about")],
        None,
    ),
    (
        "en",
        "IATA Director General Karim Lahlou told reporters that aircraft delivery delays were costing airlines more than $12 billion a year in extra fuel, leasing and maintenance costs.",
        True,
        [("money", 12000000000, "USD", "over")],
        "Karim Lahlou",
    ),
    (
        "en",
        "\"The manufacturers have let our customers down, and it is time they were held to account,\" Lahlou said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The backlog of unfilled aircraft orders stands at more than 17,200 jets, or roughly 14 years of production at current rates.",
        True,
        [("count", 17200, None, "over"), ("duration", 14, "year", "about")],
        None,
    ),
    (
        "en",
        "Air cargo volumes are forecast to grow 3.5% to 74 million tonnes.",
        True,
        [("percent", 3.5, "%", None), ("count", 74000000, None, None)],
        None,
    ),
    (
        "en",
        "Fuel will make up about 26% of carriers' operating costs next year, the association estimates.",
        True,
        [("percent", 26, "%", "about")],
        None,
    ),
    (
        "en",
        "Whether the manufacturers can raise output fast enough remains an open question.",
        False,
        [],
        None,
    ),
]
