"""Forty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data: real operators, unions, airports, agencies and places such as
"ÖBB", "Deutsche Bahn", "SBB", "Wiener Linien", "Lufthansa", "AUA", "Flughafen Wien",
"Verdi", "EVG", "GDL", "vida", "Vereinigung Cockpit", "Skyguide", "Alliance SwissPass",
"Network Rail", "the Office of Rail and Road", "Aslef", "TfL", "Transport for London",
"Amtrak", "the FAA", "FlightAware", "Drewry", "Unite", "CalMac", "Transport for NSW", "the
Metropolitan Transportation Authority", "Eurostar", "Heathrow" or "the Port of Los Angeles"
stand for the way wire copy names them; the spokespeople, executives and officials
("Claudia Rauch", "Holger Brandes", "Mirjam Kogler", "Gerhard Strobl", "Reto Brändli",
"Martin Gruber", "Dan Whitaker", "Anna Kessler", "Miguel Serra") and the carriers "Aerlinn"
and "Westway Buses" are invented, and so is every timetable, fare, delay, passenger number,
wage demand and volume here.

Its weight: PUBLIC TRANSPORT, RAIL, AVIATION, SHIPPING AND STRIKES - timetable changes and
disruptions as German wire writes them (APA, dpa, dpa-AFX, Reuters German, Keystone-SDA,
sda: the Koralmbahn and the December timetable change, Wiener Linien intervals and the
Jahreskarte, Deutsche Bahn punctuality, an EVG warning strike and a GDL ballot, a Verdi
airport strike, a pilots' strike call, Vienna airport and AUA traffic, Lufthansa
passengers, SBB punctuality, fares and the 2026 timetable, a Skyguide outage, the vida wage
round, the Deutschlandticket and the Klimaticket, container throughput in Hamburg, low water
on the Rhine, an overhead-line failure on the Westbahn, a Nightjet route, platform changes
in Vienna, the Hamburg-Berlin closure, a rail strike in Belgium) and as English wire writes
them (PA, AP, Reuters, CP, PTI, AAP: ORR punctuality and Network Rail delay minutes, a Tube
strike, TfL fares and Elizabeth line frequencies, Amtrak ridership and Acela speeds, the
FAA's flight cuts and controller shortage, airline traffic and load factors, Heathrow and a
third runway, punctuality rankings, the Port of Los Angeles, container rates and Red Sea
diversions, a grounding in the Scheldt, Transnet and Durban, East and Gulf Coast
dockworkers, a Canadian rail lockout, Indian Railways, Sydney Trains and Qantas, Eurostar,
Air Canada flight attendants, a Gatwick walkout, Christmas engineering works, Scottish
journey times and ferries, HS2, fares in England, a diversion, New York subway ridership
and a commuter-train collision). Figures as such copy has them: punctuality rates and
percentage points, delays in minutes and delay minutes, cancelled trains and flights,
passenger numbers, frequencies ("im 30-Minuten-Takt", "im Halbstundentakt", "alle 2,5
Minuten", "every three minutes", "28 trains an hour"), line, route, train, flight, platform,
terminal and zone numbers (identifiers), departure times ("um 5.12 Uhr", "at 05:40"),
strike durations ("achtstündigen Warnstreik", "24-stündigen Streik", "a three-day
walkout"), ticket prices and fare rises, wage demands and offers, working weeks, kilometres
and miles of track, journey times ("2:38 Stunden", "von 6 Stunden 25 Minuten auf 5 Stunden
50", "from four hours 20 minutes to three hours 55 minutes"), speeds ("Tempo 230", "250
km/h", "160 mph", "18 knots"), container volumes in TEU, tonnes and nautical miles,
rankings and ordinal strike days and rounds. Negatives as such copy has them: travel advice
and appeals, apologies, quoted annoyance and quoted rhetoric of unions, managers and
politicians, hopes, open and rhetorical questions, commentary, scene colour and boilerplate.

236 rows (119 German, 117 English), 48 negatives (24 German, 24 English), 188 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 333 expected quantities (101
counts, 73 durations, 55 percentages, 32 amounts of money, 25 dates, 25 ordinals, 13 years,
9 fractions; none of them in negatives, which hold no figure), 39 checked speakers (17
German, 22 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, with whitespace and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  with a figure is check-worthy with the speaker its own attribution gives ("Bis 2029
  sollen wieder mindestens 70 Prozent ... pünktlich sein, sagte Fernverkehrsvorstand Holger
  Brandes." -> "Holger Brandes"); an announcement of a strike, a cut or a closure states a
  plan and is check-worthy (seventh and twenty-ninth batches).
- Frequencies are the interval between trains, a duration: "alle 2,5 Minuten", "alle drei
  Minuten", "every three minutes", "every five minutes" (seventh, eleventh and fifteenth
  batches: "alle zehn Minuten", "alle drei Minuten", "every four minutes"). New: a Takt or
  interval compound with a figure is that duration, the figure read as written (as
  "Fünfstündiges Treffen" and "28-Punkte-Plan"): "im 30-Minuten-Takt" 30 minutes, "im
  15-Minuten-Takt" 15 minutes, "im 7,5-Minuten-Takt" 7.5 minutes, "ein 4-Minuten-Intervall"
  4 minutes. New: "im Halbstundentakt" is 0.5 hour and "im Viertelstundentakt" 0.25 hour,
  and "mehr als einer Viertelstunde" 0.25 hour "over" (as "bis zu einer halben Stunde" 0.5
  hour, fifteenth batch, and "pro halbe Stunde", twelfth); "im Stundentakt" carries none (no
  figure, twenty-second batch), as "an hour". "up to 28 trains an hour" is count 28 "up_to",
  "an hour", "pro Woche", "a day", "täglich", "monatlich" none.
- Journey times: "2:38 Stunden statt bisher 3:55 Stunden" are 2 hours and 38 minutes, 3
  hours and 55 minutes (as "1:12 Minuten" is 1 minute and 12 seconds, thirty-fifth batch);
  "13 Stunden 50 Minuten", "15 hours 40 minutes", "2 hours 16 minutes", "from four hours 20
  minutes to three hours 55 minutes" two durations per pair (fifteenth: "in 2 hours 3
  minutes 45 seconds"). New: in "von 6 Stunden 25 Minuten auf 5 Stunden 50" the figure
  after "Stunden" with its unit left off is minutes, as spoken (5 hours and 50 minutes).
  "verlängerte sich um etwa 50 Minuten", "um bis zu 45 Minuten", "about 20 minutes off the
  trip" durations with their hedges.
- New: "Verspätungsminuten" and "delay minutes" are durations in minutes ("gut 4,1
  Millionen Verspätungsminuten" 4,100,000 minutes "over", "4.3 million delay minutes"), as
  hours viewed are hours (forty-fifth batch). The punctuality thresholds are durations:
  "weniger als drei Minuten" 3 minutes "under" (twenty-third and twenty-eighth batches:
  "weniger als sechs Minuten"); "sechs Minuten oder mehr" 6 minutes with no qualifier (a
  hedge word after the figure, as "4 Prozent unter dem Durchschnitt", forty-second); "within
  59 seconds", "within 15 minutes" no hedge (as "within two points", forty-first).
- Identifiers carry no quantity (forty-sixth batch: flight and train numbers; thirty-eighth:
  roads; fifteenth: "S7", "T1"; eleventh: "U5"): lines "S6", "U1, U3 und U6", "U4",
  "Straßenbahnlinie 43", "Buslinie 13A", "Bus route 25"; trains and flights "IC 2213", "OS
  87", "UA 926"; aircraft types "Boeing 787-9", "737 MAX 10", "Boeing 787" (as "737 MAX",
  forty-third); "HS2" (eleventh); new: platform, terminal and fare-zone numbers are
  identifiers too ("von Bahnsteig 3 statt von Bahnsteig 6", "platforms 17 and 18", "Terminal
  5", "within Zone 1"), as "Reactor 2" (forty-second). "Klimaticket Ö Classic", "Nightjet",
  "Railjet", "ICE", "Acela", "Vande Bharat", "RPI" none.
- Clock times carry none (every batch): "um 5.12 Uhr", "um 0.35 Uhr", "um 3.00 Uhr", "0.01
  Uhr", "Zwischen 12.00 und 14.00 Uhr", "zwischen 6.45 Uhr und 8.10 Uhr", "um 19.28 Uhr",
  "from 00:01", "until 08:00", "at 05:40", "from 10am"; a timetable line without another
  figure ("Abfahrt in Wien Hauptbahnhof ist um 19.28 Uhr, Ankunft ... um 9.18 Uhr.", "Der
  letzte Zug der U4 fährt ... um 0.35 Uhr statt um 0.15 Uhr ...") is check-worthy with no
  figure (seventeenth batch: "Der Frühzug nach München fährt ab Sonntag um 6.12 Uhr ...");
  "The first departure will leave ... at 05:40" and "Der erste planmäßige Zug" ordinal 1.
- Strikes: "achtstündigen", "zweistündigen", "24-stündigen", "viertägigen", "24 hours",
  "A second 24-hour strike" (ordinal 2 and 24 hours), "a three-day walkout", "A three-day
  walkout" durations (second, twelfth and sixteenth batches); "ganztägiger" none (twelfth);
  "unbefristete" none; "die dritte Arbeitsniederlegung", "die fünfte Verhandlungsrunde",
  "den dritten Tag in Folge" ordinals; "binnen eines Monats" none. Ballots: "97 Prozent der
  Mitglieder", "96.2% of those voting ..., on a turnout of 78%" percentages (eleventh and
  sixteenth).
- Wage demands and offers: "7,6 Prozent mehr Geld, mindestens aber 420 Euro im Monat, bei
  einer Laufzeit von zwölf Monaten" percent, 420 EUR "at_least" ("mindestens" before the
  figure, with "aber"/"jedoch" between) and 12 months (first and sixteenth batches); "in zwei
  Stufen" count 2; "bei 27 Monaten Laufzeit" 27 months; "a 77% raise over six years" and
  "38% ... over four years" with 6 and 4 years and no hedge (as "over four years",
  twenty-sixth); working weeks are hours: "von 38 auf 35 Stunden", "from 35 to 32 hours"
  (twelfth and sixteenth: "35-Stunden-Woche" 35 hours); "six-day weeks" 6 days (as
  "four-day week" 4 days) and "10-hour shifts" 10 hours.
- Fares: amounts of money in the currency written; "ab 69,90 Euro" and "ab 239 Euro" carry
  no hedge, as "prices starting at $999" (thirty-sixth batch) - new for German "ab" before a
  price - and "will start at £39" likewise; "Fr. 38.60" 38.6 CHF (fortieth), "in der 2.
  Klasse" ordinal 2 (fortieth); "up 10p" 0.1 GBP and "£3.00" 3.0 GBP (pence, forty-sixth);
  "63 Euro im Monat", "£30 a year", "$9 a day" the amount only. New: "one-way" and "One-way"
  name a kind of ticket and carry no count, as "first-class" (thirty-fourth); "two daily
  round trips" count 2. "a third off most off-peak fares" fraction 0.3333; "aged 30 to 55"
  30 and 55 years (twenty-fourth: "aged 15 to 24"); "Personen unter 26 Jahren" 26 years
  "under" (forty-fourth). Fare rises "um durchschnittlich 2,9 Prozent", "by 4.8%", "by
  5.8%" no hedge.
- Speeds and distances are counts (fourth batch): "Tempo 230" count 230 (forty-third: "Tempo
  100"), "bis zu 250 km/h" "up_to", "160 mph", "10 mph faster", "up to 180 km/h", "up to
  360 km/h", "about 40 mph"; new: "18 knots" count 18 and "about 3,500 nautical miles" 3500
  "about" (physical units); "Der 33 Kilometer lange", "knapp 130 Kilometer" ("nearly"),
  "278 Kilometer", "457 miles of track", "the 1,449-km ... route" (a figure in a compound),
  "A 366-metre container ship", "400 Meter", "71 Zentimeter" counts; "1,8 Millionen
  Zugkilometer" count.
- New: container volumes in TEU are counts, "TEU" a unit as "Tonnen" ("5,9 Millionen
  Standardcontainer (TEU)", "knapp 10,3 Millionen TEU" "nearly", "24.000 TEU", "10.2 million
  TEUs", "5.3 million TEUs"); "84,3 Millionen Tonnen", "180 million tonnes", "250 million
  tonne target" counts; "about 14,000 containers" count. A figure in a container compound
  is read as written (as "55-litre family car", forty-sixth): "20-Fuß-Standardcontainer"
  count 20, "a 40-foot container" count 40; "Ein TEU" none (an article). A definition that
  can be checked ("Ein TEU entspricht einem 20-Fuß-Standardcontainer.") is check-worthy
  (thirty-third and fortieth batches).
- Passenger and traffic figures are counts ("rund 1,08 Milliarden Fahrgäste", "265.412"
  movements, "1.150 der 1.420 geplanten Starts und Landungen" two counts, "drei von vier"
  two counts - a tally, not a fraction, as "83 von 100 Tumoren", forty-fourth; "mit 33 bis 34
  Millionen Reisenden" 33,000,000 and 34,000,000, the scale written once, as "2,5 bis 3,5
  Millionen Euro"; "Rund 7000 Passagiere" Swiss copy without a separator, as "5000
  Franken"; "2.1 crore" 21,000,000 and "about 75 lakh" 7,500,000, twelfth and thirtieth
  batches); "topped 4.2 million" no hedge (a verb, as "tops $110,000"); "a record 34.5
  million" no hedge; load factors and seat factors are percentages ("der Sitzladefaktor lag
  bei 81,9 Prozent", "a load factor of 86.1%", "filled 92% of its seats"); punctuality moves
  in points are percentage points ("3,1 Prozentpunkte", "1.9 percentage points").
- Verbs of multiplying carry no quantity: "nahezu verdreifacht" none, as "tripled"
  (twenty-fifth batch); new: "nahezu" is the hedge "nearly", as "beinahe" (seventeenth):
  "Nahezu jeder dritte ICE" 0.3333 "nearly", "nahezu jeder zweite Zug" 0.5 "nearly"; "gut
  jeder zweite" 0.5 "over" (forty-first: "gut jeder fünfte"); "etwa jeder vierte" 0.25
  "about"; "auf die Hälfte" 0.5; "zu etwa einem Drittel" 0.3333 "about"; "more than half"
  0.5 "over"; "roughly half their 2023 level" 0.5 "about" and the year.
- Ordinals and rankings: "auf Platz 22 von 25 untersuchten Bahnen" ordinal 22 and count 25;
  "auf Rang 19" (twenty-seventh); "die ÖBB wurden Dritte" (forty-third: "wird Dritte"); new:
  "die drittpünktlichste Bahn" ordinal 3, as "die drittgrößte Stadt" (the issue) and
  "drittgrößter Containerhafen"; "its second-busiest year on record" ordinal 2; "eighth
  place" ordinal 8 with "the world's 20 busiest airports" count 20; "for a fifth consecutive
  quarter", "for a third year running", "for a third year" ordinals (first and sixteenth
  batches); "A third runway", "The first section", "the first simultaneous shutdown", "for
  the first time", "im dritten Quartal", "in the third quarter", "in the first half" ordinals;
  "in den ersten neun Monaten" ordinal 1 and 9 months (forty-second); "Europe's busiest",
  "the worst performer", "the most punctual", "Das größte Schiff" none.
- Counts of things: "an elf deutschen Flughäfen", "um fünf Boeing 787-9 auf insgesamt elf
  Dreamliner" ("insgesamt" no hedge), "14 Ersatzbusse", "six tugs", "all six zones" ("all"
  no hedge, forty-first), "two fewer than planned" count 2, "Canada's two largest
  railways" count 2 (as "the three largest parties", forty-first), "60 fewer services"
  count 60, "dreimal pro Woche" count 3 ("times" not checked for counts), "to 36 from 32"
  counts; "one of them seriously" none (a pronoun, eleventh); "beiden", "both" none.
- Dates and years: datelines with a day ("WASHINGTON, Nov 7 (Reuters)", "DUBLIN, Jan 5
  (Reuters)", "LONDON, Oct 30 (Reuters)", "SINGAPORE, Feb 3 (Reuters)", "PARIS, April 7
  (Reuters)") dates without a year; other datelines ("Klagenfurt (APA) -", "Bern
  (Keystone-SDA) -", "LONDON (PA) -", "WASHINGTON (AP) —", "MONTREAL —", "NEW DELHI (PTI)
  —") none. "am 14. Dezember", "per 14. Dezember" (fortieth), "ab 1. Jänner", "mit 1.
  Jänner" (thirtieth), "bis einschließlich 14. März", "bis 30. November", "bis 30. April",
  "für den 26. und 27. Februar" (two dates, as "zwischen 2. und 6. Juni", fortieth), "on
  Tuesday, March 10", "for March 19", "from March 2", "from April 26", "Sept. 30", "on Jan.
  15", "from Dec. 20", "from Sept. 1" dates without a year; British "from 25 to 28 December"
  two dates, --12-25 and --12-28 (as "vom 14. bis 16. Oktober", forty-first). "Fahrplan
  2026" the year (as "Budget 2026"); "bis 2029", "bis 2028", "im September 2024", "seit
  Oktober 2022", "from 2035", "before 2033", "in 2025" the years; "bis Ende März", "ab
  Dezember", "ab dem Fahrplanwechsel", "From May", "from June", "seit Jahresbeginn", "next
  year", "last year", "in the year to March", "year on year" none; "in the three months to
  September" 3 months and "in the 12 months through September" 12 months (forty-third).
- Durations of closures and waits: "für rund sechs Stunden" 6 hours "about", "75 Minuten
  lang" 75 minutes, "for nearly nine hours", "for two hours", "for four hours", "falling to
  2.5 days", "adding 10 to 14 days" (two durations, the first taking the unit of the
  second, as ranges of money), "binnen zwei Wochen" 2 weeks; "from more than a week", "a
  week ahead", "each week" none (an article or no figure, fifth and thirtieth batches).
- Hedges: "rund", "etwa", "about", "around", "roughly", "some", "an estimated" "about";
  "knapp", "nahezu", "nearly" "nearly"; "mehr als", "gut", "More than", "more than" "over";
  "bis zu", "up to" "up_to"; "mindestens" "at_least"; "weniger als" "under"; "nur", "Just",
  "only", "Only", "lediglich", "insgesamt", "im Schnitt", "durchschnittlich", "a record"
  no hedge.
- Check-worthy without a figure: a bus line cut short until the end of March, the last
  underground train's new time, the hours of a warning strike, a flight's return, an
  airspace closure, all trains standing still between two clock times, a line reopened, a
  night train's departure and arrival, the Underground's expected shutdown, trains moved to
  other platforms, and a diverted flight.
- Negatives, with no figure in any of them: quoted rhetoric and feelings of politicians,
  managers, unions and lobbies ("„Heute beginnt für den Süden Österreichs eine neue
  Zeitrechnung“, schwärmte ...", "„Dieser Warnstreik ist eine Zumutung ...“", "„Die
  Kolleginnen und Kollegen haben die Nase gestrichen voll“, rief ...", "«Auf diesen Werten
  ruhen wir uns nicht aus»", ""This strike will bring misery to millions of Londoners,"",
  ""Automation is a job killer, period,"", ""The railway is finally turning a corner,""),
  quoted annoyance of passengers ("„Keiner hat uns gesagt, wie lange das noch dauert“,
  ärgerte sich eine Pendlerin ...", ""Nobody should have to sleep on an airport floor,"",
  ""It's a nightmare, frankly,""), apologies ("Die Bahn bittet ... um Verständnis und rät
  ...", "We apologise for any inconvenience ...", ""We are deeply sorry for the disruption
  ..."" - an apology is no claim), travel advice and appeals ("Reisende sollten ...
  einplanen.", "Passagiere sollten nicht zum Flughafen fahren, ohne ...", "Die ÖBB
  empfehlen, ... zu verzichten.", "Gruppen werden gebeten ...", "Travelers are urged ...",
  "Passengers are advised to check National Rail Enquiries ..."), hopes ("Die Pendlerinnen
  und Pendler hoffen ...", "Airlines are hoping for a calmer summer."), open and rhetorical
  questions ("Ob der Zeitplan hält, muss sich erst zeigen.", "Wann, wenn nicht jetzt, ...?",
  "Whether the new timetable will survive the winter remains to be seen."), commentary and
  unattributed verdicts ("Ein Ende des Chaos ... ist nicht in Sicht.", "Rail bosses insist
  ...", "Rail advocates say ...", "Shippers face another year of uncertainty.", "Analysts
  said freight rates were likely to stay volatile ...", "Britain's railways are a national
  embarrassment, the opposition's transport spokesman said."), scene colour ("Vor den
  Anzeigetafeln ... drängten sich ratlose Reisende.", "Queues snaked out of the terminal
  ...", "Commuters vented their frustration ...") and boilerplate ("Alle neuen Verbindungen
  sind ab sofort in der ÖBB-App ... abrufbar.", "Die Informationen werden laufend
  aktualisiert.", "For the latest travel information, visit ...", "This story has been
  updated ...", "Services may be altered at short notice.").
- Speakers, checked only in forms the earlier batches settled: "teilten die ÖBB mit" (twice)
  -> "die ÖBB" (fifteenth and seventeenth), "wie die Wiener Linien mitteilten" (eleventh),
  "teilte die EVG / die Bahn / die Vereinigung Cockpit / der Flughafen / die Gewerkschaft
  vida mit", "wie die AUA / das Unternehmen / die Alliance SwissPass mitteilte", "nach
  Angaben der Deutschen Bahn" -> "die Deutsche Bahn" the source with its article in the
  nominative (as "nach Angaben der ÖBB", thirteenth, and "die Gewerkschaft Unia", fourth);
  "teilte Verdi mit", "wie Skyguide mitteilte" and "Laut GDL" the name as written (as
  "teilte Fraport mit", "wie Swisslos mitteilte", "Laut Bundeskanzlei"); "so
  Wiener-Linien-Sprecherin Claudia Rauch" and "sagte Fernverkehrsvorstand Holger Brandes"
  the name, the title dropped (as "so Rotkreuz-Sprecher Thomas Wieser"); "the Office of Rail
  and Road said", "the Aslef union said", "the FAA said", "the airport said", "the railway
  ministry said", "the union said", "the company said", "the airline said", "the
  Metropolitan Transportation Authority said" with the article in lower case; "Network Rail
  said ...", "Aslef said ...", "TfL said ...", "Amtrak said ..." and "Unite said ..." opening
  the sentence as written (forty-third and forty-sixth); "Unite said", "Transport for London
  said", "Transport for NSW said" at the end as written; "according to FlightAware" and
  "according to Drewry" as written (as "according to Argus"); "Transportation Secretary Dan
  Whitaker told reporters" and "Chief Financial Officer Anna Kessler told analysts" the name
  (as "Governor Tiff Macklem told reporters"); "said Miguel Serra, the port's executive
  director" the name (forty-first). Left unchecked (None): "kündigte der Konzern an" (as
  "kündigte der Vatikan an"), "nach Bahnangaben", "laut einer Studie der EU-Kommission",
  "Nach Angaben des Flughafenverbands ADV" (a description before a name), "rechnet der
  Flughafen", "the Department for Transport announced", "the International Longshoremen's
  Association warned", "their union CUPE said" (a description before a name), "canal
  authority data show", "according to government figures", "investigators found", "state
  police said" (a form no batch settled), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_48 = [
    # === German =================================================================================
    # --- Koralmbahn and the timetable change (APA) ---
    ("de", "Klagenfurt (APA) - Mit dem Fahrplanwechsel am 14. Dezember sinkt die Fahrzeit zwischen Graz und Klagenfurt auf der Koralmbahn von knapp drei Stunden auf 45 Minuten.", True, [("date", "--12-14", None, None), ("duration", 3, "hour", "nearly"), ("duration", 45, "minute", None)], None),
    ("de", "Die Schnellzüge verkehren zwischen den beiden Landeshauptstädten im Stundentakt, in der Hauptverkehrszeit im Halbstundentakt, teilten die ÖBB mit.", True, [("duration", 0.5, "hour", None)], "die ÖBB"),
    ("de", "Für die Strecke Wien–Klagenfurt braucht der schnellste Railjet künftig 2:38 Stunden statt bisher 3:55 Stunden.", True, [("duration", 2, "hour", None), ("duration", 38, "minute", None), ("duration", 3, "hour", None), ("duration", 55, "minute", None)], None),
    ("de", "Der 33 Kilometer lange Koralmtunnel ist für Geschwindigkeiten von bis zu 250 km/h ausgelegt.", True, [("count", 33, None, None), ("count", 250, None, "up_to")], None),
    ("de", "Insgesamt flossen rund 5,9 Milliarden Euro in die knapp 130 Kilometer lange Neubaustrecke.", True, [("money", 5900000000, "EUR", "about"), ("count", 130, None, "nearly")], None),
    ("de", "Der erste planmäßige Zug verlässt Graz am Sonntag um 5.12 Uhr und trifft um 5.58 Uhr in Klagenfurt ein.", True, [("ordinal", 1, None, None)], None),
    ("de", "Die S-Bahn-Linie S6 fährt zwischen Graz und Wies-Eibiswald künftig im 30-Minuten-Takt.", True, [("duration", 30, "minute", None)], None),
    ("de", "Auf der Weststrecke sinkt die Reisezeit zwischen Wien und Bregenz von 6 Stunden 25 Minuten auf 5 Stunden 50.", True, [("duration", 6, "hour", None), ("duration", 25, "minute", None), ("duration", 5, "hour", None), ("duration", 50, "minute", None)], None),
    ("de", "Zwischen Wien Meidling und Mödling fahren die S-Bahnen ab Dezember im 7,5-Minuten-Takt.", True, [("duration", 7.5, "minute", None)], None),
    ("de", "„Heute beginnt für den Süden Österreichs eine neue Zeitrechnung“, schwärmte der steirische Verkehrslandesrat bei der Eröffnungsfeier.", False, [], None),
    ("de", "Alle neuen Verbindungen sind ab sofort in der ÖBB-App und im Online-Fahrplan abrufbar.", False, [], None),
    # --- Wiener Linien (APA) ---
    ("de", "Wien (APA) - Die Wiener Linien haben 2025 rund 1,08 Milliarden Fahrgäste befördert, um 4,3 Prozent mehr als im Jahr davor.", True, [("year", 2025, None, None), ("count", 1080000000, None, "about"), ("percent", 4.3, "%", None)], None),
    ("de", "In der Morgenspitze fahren die Linien U1, U3 und U6 künftig alle 2,5 Minuten statt wie bisher alle drei Minuten.", True, [("duration", 2.5, "minute", None), ("duration", 3, "minute", None)], None),
    ("de", "Auf der Straßenbahnlinie 43 gilt ab Montag ein 4-Minuten-Intervall, wie die Wiener Linien mitteilten.", True, [("duration", 4, "minute", None)], "die Wiener Linien"),
    ("de", "Die Jahreskarte kostet ab 1. Jänner 467 Euro statt 365 Euro, ein Plus von knapp 28 Prozent.", True, [("date", "--01-01", None, None), ("money", 467, "EUR", None), ("money", 365, "EUR", None), ("percent", 28, "%", "nearly")], None),
    ("de", "Derzeit besitzen rund 1,2 Millionen Menschen in Wien eine Jahreskarte, so Wiener-Linien-Sprecherin Claudia Rauch.", True, [("count", 1200000, None, "about")], "Claudia Rauch"),
    ("de", "Die Buslinie 13A wird wegen Bauarbeiten in der Neubaugasse bis Ende März nur bis zur Mariahilfer Straße geführt.", True, [], None),
    ("de", "Der letzte Zug der U4 fährt an Werktagen künftig um 0.35 Uhr statt um 0.15 Uhr vom Karlsplatz ab.", True, [], None),
    ("de", "In den Nächten vor Samstagen, Sonn- und Feiertagen fährt die U-Bahn weiterhin durchgehend im 15-Minuten-Takt.", True, [("duration", 15, "minute", None)], None),
    ("de", "„Die Öffis bleiben das beste Angebot dieser Stadt“, sagte Öffi-Stadträtin Mirjam Kogler.", False, [], None),
    # --- Deutsche Bahn punctuality (dpa) ---
    ("de", "Berlin (dpa) - Die Deutsche Bahn hat im November nur 56,4 Prozent ihrer Fernzüge pünktlich ans Ziel gebracht, 3,1 Prozentpunkte weniger als im Oktober.", True, [("percent", 56.4, "%", None), ("percent", 3.1, "pp", None)], None),
    ("de", "Als verspätet wertet die Bahn einen Zug, der sein Ziel sechs Minuten oder mehr nach Plan erreicht.", True, [("duration", 6, "minute", None)], None),
    ("de", "Im Regionalverkehr lag die Quote nach Angaben der Deutschen Bahn bei 89,7 Prozent.", True, [("percent", 89.7, "%", None)], "die Deutsche Bahn"),
    ("de", "Bis 2029 sollen wieder mindestens 70 Prozent der Fernzüge pünktlich sein, sagte Fernverkehrsvorstand Holger Brandes.", True, [("year", 2029, None, None), ("percent", 70, "%", "at_least")], "Holger Brandes"),
    ("de", "Im November fielen im Fernverkehr gut 4,1 Millionen Verspätungsminuten an.", True, [("duration", 4100000, "minute", "over")], None),
    ("de", "Nahezu jeder dritte ICE erreichte sein Ziel mit mehr als einer Viertelstunde Verspätung.", True, [("fraction", 0.3333, None, "nearly"), ("duration", 0.25, "hour", "over")], None),
    ("de", "Im europäischen Vergleich landete die DB damit auf Platz 22 von 25 untersuchten Bahnen.", True, [("ordinal", 22, None, None), ("count", 25, None, None)], None),
    ("de", "Spitzenreiter waren die SBB mit 92,8 Prozent, die ÖBB wurden Dritte.", True, [("percent", 92.8, "%", None), ("ordinal", 3, None, None)], None),
    ("de", "Die ÖBB sind laut einer Studie der EU-Kommission die drittpünktlichste Bahn Europas.", True, [("ordinal", 3, None, None)], None),
    ("de", "„Pünktlichkeit ist bei der Bahn inzwischen reine Glückssache“, spottete der Sprecher eines Fahrgastverbands.", False, [], None),
    ("de", "Reisende sollten für Umstiege großzügige Puffer einplanen.", False, [], None),
    # --- EVG warning strike (Reuters) ---
    ("de", "Berlin (Reuters) - Die Eisenbahn- und Verkehrsgewerkschaft EVG hat die Beschäftigten der Deutschen Bahn für Montag zu einem achtstündigen Warnstreik aufgerufen.", True, [("duration", 8, "hour", None)], None),
    ("de", "Der Ausstand beginnt um 3.00 Uhr und endet um 11.00 Uhr, teilte die EVG mit.", True, [], "die EVG"),
    ("de", "Die Gewerkschaft fordert für rund 192.000 Beschäftigte 7,6 Prozent mehr Geld, mindestens aber 420 Euro im Monat, bei einer Laufzeit von zwölf Monaten.", True, [("count", 192000, None, "about"), ("percent", 7.6, "%", None), ("money", 420, "EUR", "at_least"), ("duration", 12, "month", None)], None),
    ("de", "Die Bahn hatte zuletzt eine Erhöhung in zwei Stufen um insgesamt 6,2 Prozent bei 27 Monaten Laufzeit angeboten.", True, [("count", 2, None, None), ("percent", 6.2, "%", None), ("duration", 27, "month", None)], None),
    ("de", "Im Fernverkehr werde am Montag nahezu jeder zweite Zug ausfallen, kündigte der Konzern an.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Es ist bereits die dritte Arbeitsniederlegung bei der Bahn binnen eines Monats.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Zugbindung für bereits gekaufte Fahrkarten ist bis einschließlich 14. März aufgehoben, teilte die Bahn mit.", True, [("date", "--03-14", None, None)], "die Bahn"),
    ("de", "„Dieser Warnstreik ist eine Zumutung für unsere Fahrgäste“, sagte eine Bahnsprecherin.", False, [], None),
    ("de", "„Die Kolleginnen und Kollegen haben die Nase gestrichen voll“, rief eine EVG-Funktionärin vor dem Berliner Hauptbahnhof.", False, [], None),
    ("de", "Die Bahn bittet ihre Kundinnen und Kunden um Verständnis und rät, nicht notwendige Fahrten zu verschieben.", False, [], None),
    # --- GDL ---
    ("de", "Die Lokführergewerkschaft GDL verlangt für Schichtarbeiter eine Absenkung der Wochenarbeitszeit von 38 auf 35 Stunden bei vollem Lohnausgleich.", True, [("duration", 38, "hour", None), ("duration", 35, "hour", None)], None),
    ("de", "Laut GDL stimmten in der Urabstimmung 97 Prozent der Mitglieder für unbefristete Streiks.", True, [("percent", 97, "%", None)], "GDL"),
    # --- Verdi at the airports (dpa) ---
    ("de", "Frankfurt (dpa) - Ein ganztägiger Warnstreik der Gewerkschaft Verdi hat am Donnerstag den Betrieb an elf deutschen Flughäfen weitgehend lahmgelegt.", True, [("count", 11, None, None)], None),
    ("de", "Nach Angaben des Flughafenverbands ADV fielen mehr als 3.400 Flüge aus, rund 510.000 Reisende waren betroffen.", True, [("count", 3400, None, "over"), ("count", 510000, None, "about")], None),
    ("de", "Allein in Frankfurt strich Lufthansa 1.150 der 1.420 geplanten Starts und Landungen.", True, [("count", 1150, None, None), ("count", 1420, None, None)], None),
    ("de", "In München wurden lediglich 86 Flugbewegungen abgewickelt, an einem gewöhnlichen Donnerstag sind es gut 900.", True, [("count", 86, None, None), ("count", 900, None, "over")], None),
    ("de", "Verdi fordert für die Bodenverkehrsdienste 8 Prozent mehr Lohn, mindestens jedoch 350 Euro monatlich.", True, [("percent", 8, "%", None), ("money", 350, "EUR", "at_least")], None),
    ("de", "Die nächste Verhandlungsrunde ist für den 26. und 27. Februar in Potsdam angesetzt, teilte Verdi mit.", True, [("date", "--02-26", None, None), ("date", "--02-27", None, None)], "Verdi"),
    ("de", "„Wer so kurzfristig ganze Flughäfen stilllegt, handelt verantwortungslos“, kritisierte der Hauptgeschäftsführer des Flughafenverbands.", False, [], None),
    ("de", "Passagiere sollten nicht zum Flughafen fahren, ohne vorher den Status ihres Fluges geprüft zu haben.", False, [], None),
    ("de", "Ein Ende des Chaos an den Flughäfen ist nicht in Sicht.", False, [], None),
    # --- Pilots (dpa) ---
    ("de", "Die Vereinigung Cockpit hat die rund 4.800 Pilotinnen und Piloten der Lufthansa-Kerngesellschaft zu einem 24-stündigen Streik ab Mittwoch, 0.01 Uhr, aufgerufen.", True, [("count", 4800, None, "about"), ("duration", 24, "hour", None)], None),
    ("de", "Strittig ist die betriebliche Altersversorgung, für die die Piloten einen Arbeitgeberbeitrag von 15 Prozent des Grundgehalts verlangen, teilte die Vereinigung Cockpit mit.", True, [("percent", 15, "%", None)], "die Vereinigung Cockpit"),
    # --- Vienna airport and AUA (APA) ---
    ("de", "Schwechat (APA) - Der Flughafen Wien hat 2025 mit 32,6 Millionen Passagieren einen Rekord erzielt, um 5,2 Prozent mehr als im Jahr davor.", True, [("year", 2025, None, None), ("count", 32600000, None, None), ("percent", 5.2, "%", None)], None),
    ("de", "Die Zahl der Flugbewegungen stieg um 3,8 Prozent auf 265.412, teilte der Flughafen mit.", True, [("percent", 3.8, "%", None), ("count", 265412, None, None)], "der Flughafen"),
    ("de", "Die AUA beförderte 15,1 Millionen Fluggäste, der Sitzladefaktor lag bei 81,9 Prozent.", True, [("count", 15100000, None, None), ("percent", 81.9, "%", None)], None),
    ("de", "Im Ranking der verkehrsreichsten Flughäfen Europas rückte Wien auf Rang 19 vor.", True, [("ordinal", 19, None, None)], None),
    ("de", "Für heuer rechnet der Flughafen mit 33 bis 34 Millionen Reisenden.", True, [("count", 33000000, None, None), ("count", 34000000, None, None)], None),
    ("de", "Die Langstreckenflotte wird bis 2028 um fünf Boeing 787-9 auf insgesamt elf Dreamliner aufgestockt.", True, [("year", 2028, None, None), ("count", 5, None, None), ("count", 11, None, None)], None),
    ("de", "Der Flug OS 87 nach Washington musste am Montag wegen eines Triebwerksproblems nach Wien zurückkehren, wie die AUA mitteilte.", True, [], "die AUA"),
    ("de", "Die Maschine mit 287 Menschen an Bord landete um 14.05 Uhr sicher in Schwechat.", True, [("count", 287, None, None)], None),
    ("de", "„Wien ist und bleibt ein Drehkreuz mit Zukunft“, sagte Flughafenvorstand Gerhard Strobl bei der Bilanzpressekonferenz.", False, [], None),
    ("de", "Wer mit dem Auto zum Flughafen fährt, sollte deutlich mehr Zeit einplanen.", False, [], None),
    # --- Lufthansa (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Lufthansa hat im dritten Quartal 38,2 Millionen Passagiere befördert, 2 Prozent mehr als ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("count", 38200000, None, None), ("percent", 2, "%", None)], None),
    ("de", "Im Sommer startete nur gut jeder zweite Lufthansa-Flug in Frankfurt pünktlich, angepeilt waren drei von vier.", True, [("fraction", 0.5, None, "over"), ("count", 3, None, None), ("count", 4, None, None)], None),
    # --- SBB (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die SBB haben 2025 im Schnitt täglich 1,41 Millionen Reisende befördert, ein neuer Höchstwert.", True, [("year", 2025, None, None), ("count", 1410000, None, None)], None),
    ("de", "Die Kundenpünktlichkeit erreichte 93,1 Prozent, die Anschlusspünktlichkeit 98,2 Prozent.", True, [("percent", 93.1, "%", None), ("percent", 98.2, "%", None)], None),
    ("de", "Als pünktlich gilt in der Schweiz ein Zug, der weniger als drei Minuten nach Fahrplan ankommt.", True, [("duration", 3, "minute", "under")], None),
    ("de", "Mit dem Fahrplan 2026 bauen die SBB das Angebot um 1,8 Millionen Zugkilometer aus, wie das Unternehmen mitteilte.", True, [("year", 2026, None, None), ("count", 1800000, None, None)], "das Unternehmen"),
    ("de", "Zwischen Zürich und Winterthur verkehren die S-Bahnen neu im Viertelstundentakt.", True, [("duration", 0.25, "hour", None)], None),
    ("de", "Ein Einzelbillett von Bern nach Lausanne kostet in der 2. Klasse neu Fr. 38.60.", True, [("ordinal", 2, None, None), ("money", 38.6, "CHF", None)], None),
    ("de", "Billette und Abonnemente werden per 14. Dezember um durchschnittlich 2,9 Prozent teurer, wie die Alliance SwissPass mitteilte.", True, [("date", "--12-14", None, None), ("percent", 2.9, "%", None)], "die Alliance SwissPass"),
    ("de", "Durch den Gotthard-Basistunnel fahren seit der vollständigen Wiedereröffnung im September 2024 täglich bis zu 260 Güterzüge.", True, [("year", 2024, None, None), ("count", 260, None, "up_to")], None),
    ("de", "«Auf diesen Werten ruhen wir uns nicht aus», sagte SBB-Chef Reto Brändli.", False, [], None),
    ("de", "Gruppen werden gebeten, ihre Reise frühzeitig anzumelden.", False, [], None),
    # --- Skyguide (sda) ---
    ("de", "Zürich (sda) - Wegen einer technischen Störung bei der Flugsicherung sind am Mittwochmorgen am Flughafen Zürich 42 Flüge annulliert worden.", True, [("count", 42, None, None)], None),
    ("de", "Der Luftraum über der Deutschschweiz blieb zwischen 6.45 Uhr und 8.10 Uhr gesperrt, wie Skyguide mitteilte.", True, [], "Skyguide"),
    ("de", "Rund 7000 Passagiere mussten umgebucht werden.", True, [("count", 7000, None, "about")], None),
    # --- vida and the ÖBB wage round (APA) ---
    ("de", "Wien (APA) - Die Gewerkschaft vida hat für Montag einen zweistündigen Warnstreik im Eisenbahnsektor angekündigt, betroffen sind rund 50.000 Beschäftigte.", True, [("duration", 2, "hour", None), ("count", 50000, None, "about")], None),
    ("de", "Zwischen 12.00 und 14.00 Uhr stehen damit österreichweit alle Personen- und Güterzüge still.", True, [], None),
    ("de", "Die Arbeitgeber haben zuletzt ein Plus von 3,2 Prozent geboten, gefordert sind 4,8 Prozent, teilte die Gewerkschaft vida mit.", True, [("percent", 3.2, "%", None), ("percent", 4.8, "%", None)], "die Gewerkschaft vida"),
    ("de", "Es war bereits die fünfte Verhandlungsrunde ohne Ergebnis.", True, [("ordinal", 5, None, None)], None),
    ("de", "„Die Belegschaft hat einen ordentlichen Abschluss verdient und keine Almosen“, sagte vida-Vorsitzender Martin Gruber.", False, [], None),
    ("de", "Die ÖBB empfehlen, am Montag auf nicht unbedingt notwendige Bahnreisen zu verzichten.", False, [], None),
    ("de", "Die Pendlerinnen und Pendler hoffen auf einen Winter ohne Streiks.", False, [], None),
    # --- Tickets (dpa, APA) ---
    ("de", "Berlin (dpa) - Das Deutschlandticket kostet seit Jahresbeginn 63 Euro im Monat, für 2027 ist eine weitere Anhebung im Gespräch.", True, [("money", 63, "EUR", None), ("year", 2027, None, None)], None),
    ("de", "Bund und Länder schießen jährlich je 1,5 Milliarden Euro zu.", True, [("money", 1500000000, "EUR", None)], None),
    ("de", "Wien (APA) - Das Klimaticket Ö Classic wird mit 1. Jänner um 4,6 Prozent teurer und kostet dann 1.464 Euro.", True, [("date", "--01-01", None, None), ("percent", 4.6, "%", None), ("money", 1464, "EUR", None)], None),
    ("de", "Personen unter 26 Jahren zahlen für die ermäßigte Variante 1.098 Euro.", True, [("duration", 26, "year", "under"), ("money", 1098, "EUR", None)], None),
    ("de", "Wann, wenn nicht jetzt, soll der Umstieg auf die Schiene gelingen?", False, [], None),
    # --- Port of Hamburg (dpa) ---
    ("de", "Hamburg (dpa) - Im Hamburger Hafen sind in den ersten neun Monaten 5,9 Millionen Standardcontainer (TEU) umgeschlagen worden, ein Plus von 2,4 Prozent.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 5900000, None, None), ("percent", 2.4, "%", None)], None),
    ("de", "Damit bleibt Hamburg hinter Rotterdam und Antwerpen-Brügge Europas drittgrößter Containerhafen.", True, [("ordinal", 3, None, None)], None),
    ("de", "Rotterdam schlug im selben Zeitraum knapp 10,3 Millionen TEU um.", True, [("count", 10300000, None, "nearly")], None),
    ("de", "Ein TEU entspricht einem 20-Fuß-Standardcontainer.", True, [("count", 20, None, None)], None),
    ("de", "Das größte Schiff des Jahres war ein 400 Meter langer Frachter mit einer Kapazität von 24.000 TEU.", True, [("count", 400, None, None), ("count", 24000, None, None)], None),
    # --- Low water on the Rhine (dpa) ---
    ("de", "Koblenz (dpa) - Wegen des Niedrigwassers am Rhein können Frachtschiffe nur noch zu etwa einem Drittel beladen werden.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "Der Pegel Kaub fiel am Dienstag auf 71 Zentimeter, den niedrigsten Stand seit Oktober 2022.", True, [("count", 71, None, None), ("year", 2022, None, None)], None),
    ("de", "Die Frachtraten für Fahrten von Rotterdam nach Basel haben sich binnen zwei Wochen nahezu verdreifacht.", True, [("duration", 2, "week", None)], None),
    ("de", "„So ein trockener Herbst ist mir in meinem ganzen Berufsleben nicht untergekommen“, sagte ein Binnenschiffer in Kaub.", False, [], None),
    # --- Overhead line damage on the Westbahn (APA) ---
    ("de", "Linz (APA) - Ein Oberleitungsschaden bei Vöcklabruck hat am Freitag den Zugverkehr auf der Westbahn für rund sechs Stunden lahmgelegt.", True, [("duration", 6, "hour", "about")], None),
    ("de", "Rund 70 Nah- und Fernverkehrszüge fielen aus, zwischen Vöcklabruck und Attnang-Puchheim pendelten 14 Ersatzbusse.", True, [("count", 70, None, "about"), ("count", 14, None, None)], None),
    ("de", "Die Railjets wurden über Passau umgeleitet, die Fahrzeit verlängerte sich dadurch um etwa 50 Minuten.", True, [("duration", 50, "minute", "about")], None),
    ("de", "Seit 16.40 Uhr ist die Strecke wieder in beiden Richtungen befahrbar, teilten die ÖBB mit.", True, [], "die ÖBB"),
    ("de", "Der IC 2213 nach Innsbruck blieb am Abend wegen eines Lokschadens 75 Minuten lang bei Kufstein stehen.", True, [("duration", 75, "minute", None)], None),
    ("de", "„Keiner hat uns gesagt, wie lange das noch dauert“, ärgerte sich eine Pendlerin am Linzer Hauptbahnhof.", False, [], None),
    ("de", "Vor den Anzeigetafeln in Attnang-Puchheim drängten sich ratlose Reisende.", False, [], None),
    ("de", "Die Informationen werden laufend aktualisiert.", False, [], None),
    # --- Night trains and platforms (APA) ---
    ("de", "Wien (APA) - Ab dem Fahrplanwechsel verbindet ein Nightjet Wien dreimal pro Woche mit Rom, die Fahrt dauert 13 Stunden 50 Minuten.", True, [("count", 3, None, None), ("duration", 13, "hour", None), ("duration", 50, "minute", None)], None),
    ("de", "Abfahrt in Wien Hauptbahnhof ist um 19.28 Uhr, Ankunft in Roma Termini um 9.18 Uhr.", True, [], None),
    ("de", "Ein Platz im Liegewagen kostet ab 69,90 Euro, ein Einzelabteil im Schlafwagen ab 239 Euro.", True, [("money", 69.9, "EUR", None), ("money", 239, "EUR", None)], None),
    ("de", "Wegen Bauarbeiten fahren die Railjets Richtung Salzburg bis 30. November am Wiener Hauptbahnhof von Bahnsteig 3 statt von Bahnsteig 6 ab.", True, [("date", "--11-30", None, None)], None),
    # --- Hamburg-Berlin closure (dpa) ---
    ("de", "Hamburg (dpa) - Wegen der Generalsanierung bleibt die Bahnstrecke Hamburg–Berlin bis 30. April gesperrt, Umleitungen verlängern die Fahrt um bis zu 45 Minuten.", True, [("date", "--04-30", None, None), ("duration", 45, "minute", "up_to")], None),
    ("de", "Die 278 Kilometer lange Verbindung wird für rund 2,2 Milliarden Euro erneuert.", True, [("count", 278, None, None), ("money", 2200000000, "EUR", "about")], None),
    ("de", "Danach sollen die ICE dort wieder mit Tempo 230 unterwegs sein.", True, [("count", 230, None, None)], None),
    ("de", "Ob der Zeitplan hält, muss sich erst zeigen.", False, [], None),
    # --- Rail strike in Belgium (dpa) ---
    ("de", "Brüssel (dpa) - Ein landesweiter Bahnstreik in Belgien hat am Dienstag den dritten Tag in Folge den Zugverkehr weitgehend zum Erliegen gebracht.", True, [("ordinal", 3, None, None)], None),
    ("de", "Nur etwa jeder vierte Intercity fuhr, die Verbindungen nach Amsterdam wurden auf die Hälfte reduziert.", True, [("fraction", 0.25, None, "about"), ("fraction", 0.5, None, None)], None),
    ("de", "Die Gewerkschaften haben für Dezember einen weiteren, viertägigen Ausstand angekündigt.", True, [("duration", 4, "day", None)], None),
    # === English ================================================================================
    # --- Punctuality in Britain (PA) ---
    ("en", "LONDON (PA) - Just 67.3% of trains in Britain arrived on time in the three months to September, down 1.9 percentage points on a year earlier, the Office of Rail and Road said.", True, [("percent", 67.3, "%", None), ("duration", 3, "month", None), ("percent", 1.9, "pp", None)], "the Office of Rail and Road"),
    ("en", "A train counts as on time if it reaches each station within 59 seconds of its scheduled arrival.", True, [("duration", 59, "second", None)], None),
    ("en", "The cancellations score, which weights full and part cancellations, stood at 3.8%.", True, [("percent", 3.8, "%", None)], None),
    ("en", "Avanti West Coast was again the worst performer, with only 41.2% of its services on time.", True, [("percent", 41.2, "%", None)], None),
    ("en", "Merseyrail topped the table for a fifth consecutive quarter, at 88.6%.", True, [("ordinal", 5, None, None), ("percent", 88.6, "%", None)], None),
    ("en", "Network Rail said infrastructure faults had caused 4.3 million delay minutes, more than half of them linked to track and signalling failures.", True, [("duration", 4300000, "minute", None), ("fraction", 0.5, None, "over")], "Network Rail"),
    ("en", "\"Passengers deserve far better than this,\" said a spokeswoman for the watchdog Transport Focus.", False, [], None),
    ("en", "Rail bosses insist the worst is now behind them.", False, [], None),
    # --- Tube strike (PA) ---
    ("en", "LONDON (PA) - London Underground drivers are to strike for 24 hours from 00:01 on Tuesday, March 10, in a dispute over working hours, the Aslef union said.", True, [("duration", 24, "hour", None), ("date", "--03-10", None, None)], "the Aslef union"),
    ("en", "A second 24-hour strike is planned for March 19, with an overtime ban in between.", True, [("ordinal", 2, None, None), ("duration", 24, "hour", None), ("date", "--03-19", None, None)], None),
    ("en", "Aslef said 96.2% of those voting supported walkouts, on a turnout of 78%.", True, [("percent", 96.2, "%", None), ("percent", 78, "%", None)], "Aslef"),
    ("en", "TfL said the Underground was likely to shut almost completely and that services would not resume until 08:00 the following day.", True, [], "TfL"),
    ("en", "The network handles roughly 4.5 million trips on a normal weekday.", True, [("count", 4500000, None, "about")], None),
    ("en", "The union wants the drivers' working week cut from 35 to 32 hours with no loss of pay.", True, [("duration", 35, "hour", None), ("duration", 32, "hour", None)], None),
    ("en", "\"This strike will bring misery to millions of Londoners,\" a TfL spokesperson said.", False, [], None),
    ("en", "We apologise for any inconvenience and urge customers to plan ahead.", False, [], None),
    # --- London fares and frequencies (PA) ---
    ("en", "Pay-as-you-go fares on the Tube will rise by 4.8% from March 2, while bus fares stay frozen at £1.75 for a third year, Transport for London said.", True, [("percent", 4.8, "%", None), ("date", "--03-02", None, None), ("money", 1.75, "GBP", None), ("ordinal", 3, None, None)], "Transport for London"),
    ("en", "A peak single within Zone 1 will cost £3.00, up 10p.", True, [("money", 3.0, "GBP", None), ("money", 0.1, "GBP", None)], None),
    ("en", "The daily cap across all six zones goes up to £16.30.", True, [("count", 6, None, None), ("money", 16.3, "GBP", None)], None),
    ("en", "Bus route 25 between Oxford Circus and Ilford will be cut back to City Thameslink from April 26.", True, [("date", "--04-26", None, None)], None),
    ("en", "From May, Elizabeth line trains between Paddington and Whitechapel will run every three minutes at peak times rather than every five minutes.", True, [("duration", 3, "minute", None), ("duration", 5, "minute", None)], None),
    ("en", "That will allow up to 28 trains an hour through the central section.", True, [("count", 28, None, "up_to")], None),
    # --- Amtrak (AP) ---
    ("en", "WASHINGTON (AP) — Amtrak carried a record 34.5 million passengers in its fiscal year to Sept. 30, up about 6% on the previous year.", True, [("count", 34500000, None, None), ("date", "--09-30", None, None), ("percent", 6, "%", "about")], None),
    ("en", "Its Northeast Corridor trains, which run on 457 miles of track between Boston and Washington, accounted for roughly 14.8 million trips.", True, [("count", 457, None, None), ("count", 14800000, None, "about")], None),
    ("en", "The new Acela trains can reach 160 mph, 10 mph faster than the ones they replace, and shave about 20 minutes off the trip from New York to Boston.", True, [("count", 160, None, None), ("count", 10, None, None), ("duration", 20, "minute", "about")], None),
    ("en", "Amtrak said on-time performance across its network was 74% in the 12 months through September.", True, [("percent", 74, "%", None), ("duration", 12, "month", None)], "Amtrak"),
    ("en", "A one-way ticket between New York and Washington booked a week ahead averaged $186.", True, [("money", 186, "USD", None)], None),
    ("en", "Rail advocates say the country still lags far behind Europe and Asia.", False, [], None),
    # --- Air traffic control shortage (Reuters, AP) ---
    ("en", "WASHINGTON, Nov 7 (Reuters) - The Federal Aviation Administration ordered airlines to cut 6% of scheduled flights at 40 high-traffic airports, citing a shortage of air traffic controllers.", True, [("date", "--11-07", None, None), ("percent", 6, "%", None), ("count", 40, None, None)], None),
    ("en", "The cuts would rise to 10% by the following week if staffing did not improve, the FAA said.", True, [("percent", 10, "%", None)], "the FAA"),
    ("en", "More than 2,100 U.S. flights were cancelled and nearly 7,400 delayed on Sunday, according to FlightAware.", True, [("count", 2100, None, "over"), ("count", 7400, None, "nearly")], "FlightAware"),
    ("en", "The agency is about 3,000 controllers short of its target of 14,600, Transportation Secretary Dan Whitaker told reporters.", True, [("count", 3000, None, "about"), ("count", 14600, None, None)], "Dan Whitaker"),
    ("en", "Controllers at some facilities have been working six-day weeks with 10-hour shifts.", True, [("duration", 6, "day", None), ("duration", 10, "hour", None)], None),
    ("en", "The Transportation Security Administration screened nearly 3.1 million people on the Sunday after Thanksgiving, the busiest day in its history.", True, [("count", 3100000, None, "nearly")], None),
    ("en", "\"Nobody should have to sleep on an airport floor,\" said a stranded passenger in Atlanta.", False, [], None),
    ("en", "Travelers are urged to check their flight status before heading to the airport.", False, [], None),
    # --- Airline traffic (Reuters) ---
    ("en", "DUBLIN, Jan 5 (Reuters) - Low-cost carrier Aerlinn flew 16.4 million passengers in December, up 4% year on year, and filled 92% of its seats.", True, [("date", "--01-05", None, None), ("count", 16400000, None, None), ("percent", 4, "%", None), ("percent", 92, "%", None)], None),
    ("en", "It cancelled about 400 flights during the month, most of them because of strikes by French air traffic controllers.", True, [("count", 400, None, "about")], None),
    ("en", "The airline expects to take delivery of 29 Boeing 737 MAX 10 jets by the summer, two fewer than planned.", True, [("count", 29, None, None), ("count", 2, None, None)], None),
    ("en", "Its shares rose 2.3% to 21.45 euros in Dublin.", True, [("percent", 2.3, "%", None), ("money", 21.45, "EUR", None)], None),
    ("en", "Airlines are hoping for a calmer summer.", False, [], None),
    ("en", "LONDON, Oct 30 (Reuters) - Lufthansa cut its capacity growth forecast for next year to 3% from 4%, blaming delays in aircraft deliveries.", True, [("date", "--10-30", None, None), ("percent", 3, "%", None), ("percent", 4, "%", None)], None),
    ("en", "The group flew 38.9 million passengers in the third quarter, with a load factor of 86.1%.", True, [("count", 38900000, None, None), ("ordinal", 3, None, None), ("percent", 86.1, "%", None)], None),
    ("en", "Chief Financial Officer Anna Kessler told analysts that each week of delay cost the airline about 10 million euros.", True, [("money", 10000000, "EUR", "about")], "Anna Kessler"),
    # --- Heathrow (PA) ---
    ("en", "LONDON (PA) - Heathrow handled 83.9 million passengers last year, remaining Europe's busiest airport for a third year running.", True, [("count", 83900000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "A third runway, costing an estimated £49 billion, would allow up to 756,000 flights a year from 2035.", True, [("ordinal", 3, None, None), ("money", 49000000000, "GBP", "about"), ("count", 756000, None, "up_to"), ("year", 2035, None, None)], None),
    ("en", "Part of Terminal 5 was evacuated for two hours on Saturday after a suspicious package was found, the airport said.", True, [("duration", 2, "hour", None)], "the airport"),
    ("en", "\"Britain needs a hub airport that can compete with the best in the world,\" the airport's chief executive said.", False, [], None),
    ("en", "Queues snaked out of the terminal building and onto the pavement.", False, [], None),
    ("en", "Heathrow slipped to eighth place in an annual ranking of on-time performance among the world's 20 busiest airports.", True, [("ordinal", 8, None, None), ("count", 20, None, None)], None),
    ("en", "Madrid-Barajas was the most punctual, with 84.7% of departures leaving within 15 minutes of schedule.", True, [("percent", 84.7, "%", None), ("duration", 15, "minute", None)], None),
    # --- Ports and container shipping (AP, Reuters) ---
    ("en", "LOS ANGELES (AP) — The Port of Los Angeles handled 10.2 million TEUs last year, its second-busiest year on record.", True, [("count", 10200000, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Imports rose 8% to 5.3 million TEUs, while exports fell 3%.", True, [("percent", 8, "%", None), ("count", 5300000, None, None), ("percent", 3, "%", None)], None),
    ("en", "Volumes in the first half were inflated by importers rushing to beat tariffs, said Miguel Serra, the port's executive director.", True, [("ordinal", 1, None, None)], "Miguel Serra"),
    ("en", "Shippers face another year of uncertainty.", False, [], None),
    ("en", "SINGAPORE, Feb 3 (Reuters) - Spot rates for shipping a 40-foot container from Asia to northern Europe fell 7% this week to $2,310, according to Drewry.", True, [("date", "--02-03", None, None), ("count", 40, None, None), ("percent", 7, "%", None), ("money", 2310, "USD", None)], "Drewry"),
    ("en", "Most carriers still send their ships around the Cape of Good Hope rather than through the Red Sea, adding 10 to 14 days to a typical voyage.", True, [("duration", 10, "day", None), ("duration", 14, "day", None)], None),
    ("en", "The detour adds about 3,500 nautical miles to a journey from Singapore to Rotterdam.", True, [("count", 3500, None, "about")], None),
    ("en", "Transits through the Suez Canal remain roughly half their 2023 level, canal authority data show.", True, [("fraction", 0.5, None, "about"), ("year", 2023, None, None)], None),
    ("en", "Analysts said freight rates were likely to stay volatile for some time.", False, [], None),
    ("en", "\"Nobody wants to go back in there until it is truly safe,\" one shipping executive said.", False, [], None),
    ("en", "BRUSSELS (Reuters) - A 366-metre container ship ran aground in the Scheldt estuary on Tuesday, blocking access to Antwerp for nearly nine hours.", True, [("count", 366, None, None), ("duration", 9, "hour", "nearly")], None),
    ("en", "The vessel, carrying about 14,000 containers, was refloated by six tugs on the evening high tide.", True, [("count", 14000, None, "about"), ("count", 6, None, None)], None),
    ("en", "JOHANNESBURG (Reuters) - Transnet moved 180 million tonnes of freight by rail in the year to March, short of its 250 million tonne target.", True, [("count", 180000000, None, None), ("count", 250000000, None, None)], None),
    ("en", "Congestion at Durban eased, with the average wait for a berth falling to 2.5 days from more than a week.", True, [("duration", 2.5, "day", None)], None),
    # --- Dockworkers (AP) ---
    ("en", "NEW YORK (AP) — Dockworkers at East and Gulf Coast ports could walk off the job on Jan. 15 if no new contract is agreed, the International Longshoremen's Association warned.", True, [("date", "--01-15", None, None)], None),
    ("en", "The union is seeking a 77% raise over six years for its roughly 45,000 port workers.", True, [("percent", 77, "%", None), ("duration", 6, "year", None), ("count", 45000, None, "about")], None),
    ("en", "A three-day walkout last October was estimated to have cost the U.S. economy up to $2.1 billion a day.", True, [("duration", 3, "day", None), ("money", 2100000000, "USD", "up_to")], None),
    ("en", "\"Automation is a job killer, period,\" the union's president told a rally in Newark.", False, [], None),
    # --- Canada, India, Australia (CP, PTI, AAP) ---
    ("en", "MONTREAL — Canada's two largest railways locked out about 9,300 workers early Thursday, halting freight traffic worth roughly C$1 billion a day.", True, [("count", 2, None, None), ("count", 9300, None, "about"), ("money", 1000000000, "CAD", "about")], None),
    ("en", "It is the first simultaneous shutdown of both networks in Canadian history.", True, [("ordinal", 1, None, None)], None),
    ("en", "NEW DELHI (PTI) — Indian Railways will run 1,200 additional trains during the festive season to carry 2.1 crore extra passengers, the railway ministry said.", True, [("count", 1200, None, None), ("count", 21000000, None, None)], "the railway ministry"),
    ("en", "The new Vande Bharat sleeper train covered the 1,449-km Delhi-Mumbai route in 15 hours 40 minutes during trials, at speeds of up to 180 km/h.", True, [("count", 1449, None, None), ("duration", 15, "hour", None), ("duration", 40, "minute", None), ("count", 180, None, "up_to")], None),
    ("en", "A berth in the lowest class will cost Rs 2,380.", True, [("money", 2380, "INR", None)], None),
    ("en", "Suburban trains in Mumbai carry about 75 lakh commuters a day.", True, [("count", 7500000, None, "about")], None),
    ("en", "SYDNEY (AAP) - Only 71.8% of Sydney Trains services ran on time in November, well short of the 92% target, Transport for NSW said.", True, [("percent", 71.8, "%", None), ("percent", 92, "%", None)], "Transport for NSW"),
    ("en", "Rail workers will stop work for four hours from 10am on Wednesday, the union said.", True, [("duration", 4, "hour", None)], "the union"),
    ("en", "Qantas operated 94.1% of its scheduled domestic flights last month, and 78.3% departed on time, according to government figures.", True, [("percent", 94.1, "%", None), ("percent", 78.3, "%", None)], None),
    ("en", "Commuters vented their frustration on social media as crowds built up at Central station.", False, [], None),
    # --- Eurostar (Reuters) ---
    ("en", "PARIS, April 7 (Reuters) - Eurostar will add two daily round trips between London and Paris from June, taking its peak-day total to 19, the company said.", True, [("date", "--04-07", None, None), ("count", 2, None, None), ("count", 19, None, None)], "the company"),
    ("en", "The fastest services will cover the route in 2 hours 16 minutes.", True, [("duration", 2, "hour", None), ("duration", 16, "minute", None)], None),
    ("en", "One-way fares will start at £39.", True, [("money", 39, "GBP", None)], None),
    # --- Air Canada and Gatwick (CP, PA) ---
    ("en", "TORONTO — About 10,000 Air Canada flight attendants walked off the job on Saturday, grounding some 700 daily flights, their union CUPE said.", True, [("count", 10000, None, "about"), ("count", 700, None, "about")], None),
    ("en", "The airline had offered a 38% increase in total compensation over four years, which the union rejected.", True, [("percent", 38, "%", None), ("duration", 4, "year", None)], None),
    ("en", "\"We are deeply sorry for the disruption to our customers' travel plans,\" the airline said in a statement.", False, [], None),
    ("en", "LONDON (PA) - Baggage handlers at Gatwick will stage a three-day walkout from Dec. 20, Unite said.", True, [("duration", 3, "day", None), ("date", "--12-20", None, None)], "Unite"),
    ("en", "Unite said the workers had been offered a 4.5% pay rise, below the 5.9% rate of RPI inflation.", True, [("percent", 4.5, "%", None), ("percent", 5.9, "%", None)], "Unite"),
    ("en", "Around 480 staff employed by a ground handling contractor are involved.", True, [("count", 480, None, "about")], None),
    # --- Christmas engineering works (PA) ---
    ("en", "Network Rail will carry out £127 million of engineering work at more than 300 sites over Christmas.", True, [("money", 127000000, "GBP", None), ("count", 300, None, "over")], None),
    ("en", "London Euston will be closed from 25 to 28 December, with no trains on the West Coast Main Line south of Milton Keynes.", True, [("date", "--12-25", None, None), ("date", "--12-28", None, None)], None),
    ("en", "Trains to Gatwick Airport will leave from platforms 17 and 18 at Victoria while the work is carried out.", True, [], None),
    ("en", "Passengers are advised to check National Rail Enquiries before setting out.", False, [], None),
    # --- Scotland: journey times and ferries (PA) ---
    ("en", "EDINBURGH (PA) - New timetables will cut the fastest journey between Edinburgh and London from four hours 20 minutes to three hours 55 minutes.", True, [("duration", 4, "hour", None), ("duration", 20, "minute", None), ("duration", 3, "hour", None), ("duration", 55, "minute", None)], None),
    ("en", "The first departure will leave Edinburgh Waverley at 05:40 and reach King's Cross at 09:35.", True, [("ordinal", 1, None, None)], None),
    ("en", "CalMac cancelled 1,240 sailings in October, about 12% of its timetable, because of bad weather and technical faults.", True, [("count", 1240, None, None), ("percent", 12, "%", "about")], None),
    ("en", "The ferry was travelling at 18 knots when it struck the pier, investigators found.", True, [("count", 18, None, None)], None),
    ("en", "\"It's a nightmare, frankly,\" said one islander waiting for news of the next sailing.", False, [], None),
    # --- HS2 and fares in England (PA) ---
    ("en", "HS2 trains will be able to run at up to 360 km/h, though ministers have signalled a lower operating speed to save money.", True, [("count", 360, None, "up_to")], None),
    ("en", "The first section between Old Oak Common and Birmingham Curzon Street is not expected to open before 2033.", True, [("ordinal", 1, None, None), ("year", 2033, None, None)], None),
    ("en", "Regulated fares in England will go up by 5.8% from March 2, the Department for Transport announced.", True, [("percent", 5.8, "%", None), ("date", "--03-02", None, None)], None),
    ("en", "An off-peak return from Manchester to London will then cost £98.60.", True, [("money", 98.6, "GBP", None)], None),
    ("en", "A new railcard costing £30 a year will give a third off most off-peak fares for people aged 30 to 55.", True, [("money", 30, "GBP", None), ("fraction", 0.3333, None, None), ("duration", 30, "year", None), ("duration", 55, "year", None)], None),
    ("en", "\"The railway is finally turning a corner,\" the rail minister told MPs.", False, [], None),
    ("en", "Britain's railways are a national embarrassment, the opposition's transport spokesman said.", False, [], None),
    # --- Diversion, New York, a collision (AP) ---
    ("en", "United Airlines flight UA 926 from Frankfurt to Chicago diverted to Shannon on Monday after a passenger fell ill, the airline said.", True, [], "the airline"),
    ("en", "The Boeing 787 landed safely with 241 passengers and 12 crew on board.", True, [("count", 241, None, None), ("count", 12, None, None)], None),
    ("en", "NEW YORK (AP) — Subway ridership in New York topped 4.2 million on a single weekday for the first time since the pandemic, the Metropolitan Transportation Authority said.", True, [("count", 4200000, None, None), ("ordinal", 1, None, None)], "the Metropolitan Transportation Authority"),
    ("en", "The congestion charge of $9 a day for most vehicles entering lower Manhattan raised $550 million in 2025.", True, [("money", 9, "USD", None), ("money", 550000000, "USD", None), ("year", 2025, None, None)], None),
    ("en", "BOSTON (AP) — A commuter train and a freight train collided near Worcester on Monday, injuring 17 people, one of them seriously, state police said.", True, [("count", 17, None, None)], None),
    ("en", "The commuter train was travelling at about 40 mph when it struck the freight train's rear wagon.", True, [("count", 40, None, "about")], None),
    ("en", "Bristol operator Westway Buses will run 60 fewer services a day from Sept. 1, blaming a shortage of about 70 drivers.", True, [("count", 60, None, None), ("date", "--09-01", None, None), ("count", 70, None, "about")], None),
    ("en", "The Panama Canal Authority raised the maximum number of daily transits to 36 from 32 after rains refilled Gatun Lake.", True, [("count", 36, None, None), ("count", 32, None, None)], None),
    ("en", "An annual season ticket from Brighton to London will cost £5,372.", True, [("money", 5372, "GBP", None)], None),
    # --- Boilerplate and commentary ---
    ("en", "Whether the new timetable will survive the winter remains to be seen.", False, [], None),
    ("en", "For the latest travel information, visit the operator's website.", False, [], None),
    ("en", "This story has been updated with comment from the union.", False, [], None),
    ("en", "Services may be altered at short notice.", False, [], None),
]
