"""Two-hundred-and-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Gerd
Hollweck, Henrike Lautenschläger, Matthias Querengässer, Detlef Oberreiter, Sibylle
Warnking, Harald Pilsl, Verena Strohmaier, Anja Mertesacker, Katja Elmendorf, Urs
Bachofner, Lukas Hainzl, Rüdiger Kampmeier, Jana Pietzsch, Bernd Klausing, Andreas
Guttenbrunner, Anselm Röttgering; Declan Furness, Hannah Stobart, Marie-Josée Thibodeau,
Conor Mulvihill, Pieter Claes, Sanna Virtanen, Giulia Ferraro, Kevin Ashcombe, Ray
Dombrowski, Owen Lathbury, Marcus Oyelaran, Gareth Probyn; every unnamed minister, chief
executive, union leader, spokesperson, commuter and official); executives, union officials
and ministers of real operators, unions and governments appear under made-up names that
stand for no real holder, or by their role only. Real operators, unions, airports, bodies,
lines and places (GDL, Deutsche Bahn, Pro Bahn, Arbeitsgericht Frankfurt, Institut der
deutschen Wirtschaft, Verdi, Flughafenverband ADV, Fraport, vida, ÖBB, Deutschlandticket,
Bundesverkehrsministerium, Verband Deutscher Verkehrsunternehmen, BVG, S-Bahn, SBB,
Flughafen Wien, AUA, Finanzministerium, UFO, Lufthansa, Sondervermögen für Infrastruktur,
Bundesrechnungshof, Klimaticket, VCÖ, EVG; Ryanair, SNCTA, Airlines for Europe,
Eurocontrol, Charles de Gaulle, Department for Transport, Campaign for Better Transport,
Transport Focus, RMT, London Underground, Transport for London, Air Canada, Canadian Union
of Public Employees, SNCB, Brussels-Midi, Eurostar, Finnair, Finnish Airline Pilots'
Association, Trenitalia, Fiumicino, USB, CUB, Transportation Department, Delta Air Lines,
Frontier, Airlines for America, Hartsfield-Jackson, FAA, New Jersey Transit, Brotherhood of
Locomotive Engineers and Trainmen, Network Rail, Office of Rail and Road, Heathrow, Channel
Tunnel, St Pancras, Indian Railways, Southeastern, Aslef, Boeing, and the datelines' cities)
stand for the way wire copy names them; every punctuality rate, cancellation, strike
length, demand, offer, ballot, passenger number, fare, budget, result, quote and label here
is invented, and where a real figure came to mind it was changed (the Deutschlandticket's
first price and its start in May 2023 kept).

Its weight: RAILWAYS, AIRLINES AND TRANSPORT STRIKES over about three weeks from late
February to mid-March of one year, 29 short stories in story order, the German and English
ones interleaved by day, each told as wire copy runs it (a dateline lead, the figures,
attributed claims of both sides and their rebuttals, quotes, follow-ups). Half German (dpa,
dpa-AFX, APA, Keystone-SDA, Reuters German; Austrian "heuer", "KV-Plus", "Pendlerinnen und
Pendler", Swiss "Billettpreise", "fliessen", «» quotes, German „“ quotes): a GDL
48-hour warning strike called and its first day, the Bahn's offers over five months against
the GDL's demand, a Verdi ground-staff strike at 13 airports, a vida rail strike called in
Austria, the dearer Deutschlandticket, the Bahn's February punctuality, a BVG warning
strike in Berlin, the SBB's record year, Vienna airport's February, a UFO cabin-crew strike
at Lufthansa, a record rail budget with the Sondervermögen, the ÖBB's year and the EVG
settlement after a 21-hour round. Half English (Reuters, AP, PA): a French air traffic
control strike, regulated fares in England, RMT strikes on the Tube, Air Canada's flight
attendants, Ryanair's February, a Belgian rail strike against pension reform, Finnair's
pilot strikes, an Italian national transport strike, U.S. airline punctuality, a New
Jersey Transit engineers' strike, Network Rail's funding and Britain's punctuality,
Eurostar's record year, Indian Railways' fares, Heathrow's February and Southeastern
drivers rejecting a fourth offer. Figures as such copy has them: strike lengths as
compounds ("48-stündigen Warnstreik", "24-stündigen", "zweitägigen", "a two-day", "a
five-day", "A 24-hour", "for 48 hours"), strike and round ordinals, cancellations and
shares ("etwa jeder fünfte Zug", "jeweils rund drei Viertel", "only one in three", "a
quarter ... half of those", "two dozen flights", "about one-fifth"), punctuality rates with
thresholds and moves in points, demands and offers over months with floors, stages and
terms, working weeks, ballots, passengers, fares, budgets in five currencies, journey
delays, dates with the month written once, number words ("viermal", "zum sechsten Mal",
"fünfstündigen", "Zwölf-Punkte-Plan", "zweitgrößten"), hedges and clock times that carry
nothing. Negatives as such copy has them: union leaders', managers' and ministers' quotes
of anger, resolve and pride, labels for the other side's walkout or offer, threats as
rhetoric, appeals and travel advice, open questions and evasions, doubts, a vox pop and a
passengers' complaint with a span, and a union's rhetoric with a span.

237 rows (120 German, 117 English), 55 negatives (23 German, 32 English), 182 check-worthy
rows of which 16 carry no figure (12 German, 4 English), 297 expected quantities (73 counts,
63 percentages - 61 in %, 2 in percentage points -, 46 amounts of money - 28 EUR, 10 GBP, 3
INR, 2 USD, 2 CHF, 1 CAD -, 45 durations - 11 in hours, 10 in minutes, 10 in years, 9 in
months, 4 in days, 1 in weeks -, 21 dates, 20 ordinals, 15 years, 14 fractions; 3 of them
in 3 negatives, as the seventeenth batch labels a figure in a negative), 37 checked
speakers (19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, resolve, threat or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundredth,
  two-hundredth, two-hundred-fourth); a quoted or reported statement of fact, figure, step,
  plan, demand or offer is check-worthy with its speaker. Pairs from one speaker:
  Hollweck's 555 euros beside his „Geduld“ and his „Almosen“; Querengässer's target beside
  „nicht zufrieden“; Pilsl's fifth round beside „verhöhnen“; Bachofner's fares beside
  «Rückgrat der Mobilität»; Hainzl's 12 euros beside „besteuert sich selbst aus dem Markt“;
  Klausing's 80 percent and his plan beside „Wir holen jetzt nach“; Kampmeier's offer
  beside his label; Guttenbrunner's 4.3 billion beside „Klimaschützer“; Röttgering's 11
  percent beside „stolz“; Furness's offer beside "crumbs"; Thibodeau's 50 minutes beside
  "as long as it takes"; Mulvihill's fares and passengers beside "a shambles"; Virtanen's
  guidance beside "had enough"; Ferraro's wages beside "will not stop"; Dombrowski's 17
  railroads beside "bullied"; Oyelaran's trains beside "every seat"; Probyn's 26 months
  beside "contempt". Konjunktiv I paraphrases of a figure or fact are check-worthy
  (hundred-twenty-fifth, two-hundredth).
- Strikes (forty-eighth, hundredth, hundred-twenty-fifth): a called strike with its length
  is a plan and check-worthy; lengths are durations ("48-stündigen" 48 hours - the issue's
  brief names "48-stündiger Warnstreik" -, "24-stündigen", "zweitägigen", "a two-day", "a
  five-day", "A 24-hour", "for 48 hours", "to eight hours"); "ganztägiger" and "all-out"
  none; start and end given only as clock times ("um 2 Uhr ... um 2 Uhr", "bis Freitag um
  3 Uhr") leave the row check-worthy without a figure. Ordinals: "der vierte Warnstreik in
  dieser Tarifrunde", "der dritte Ausstand seit Jahresbeginn", "the third such stoppage
  this year", "the 14th day of walkouts", "the sixth strike", "a fourth pay offer",
  "Am ersten Tag des GDL-Streiks", "the airline's first strike in nearly 40 years" (ordinal
  1 and 40 years "nearly"; hundredth: "the first strike on the Strip in more than 20
  years"), "the first strike ... since 1983" (ordinal 1 and the year); "der zweite
  Warnstreik bei der BVG binnen drei Wochen" ordinal 2 and 3 weeks (the figure written, as
  "binnen 72 Stunden", two-hundred-fourth; "binnen einer Woche" none, forty-eighth); "an
  insgesamt neun Tagen" 9 days (hundredth: "an 23 Tagen"). New: "Es wäre der erste
  Bahnstreik in Österreich seit fünf Jahren." is check-worthy with ordinal 1 and 5 years -
  the record a strike already called would set is checkable, and the Konjunktiv II only
  reflects that it has not yet begun (hundredth: "der erste österreichweite Bahnstreik seit
  sechs Jahren").
- Cancellations and shares (issue; hundredth, hundred-twenty-fifth): counts with their
  hedges ("1.180 von 1.390", "rund 3.100 Starts und Landungen", "more than 400 flights",
  "about 700 flights", "19 of the 29 aircraft"); "nur etwa jeder fünfte Zug" 0.2 "about"
  ("nur" no hedge), "jeweils rund drei Viertel" 0.75 "about" ("jeweils" no hedge), "only
  one in three" 0.3333, "a quarter of their flights ... and half of those" 0.25 and 0.5,
  "about half" 0.5 "about", "about one-fifth" 0.2 "about", "Jeder vierte Passagier" 0.25,
  "Fast jeder dritte Fernzug" 0.3333 "nearly", "Rund ein Fünftel" 0.2 "about", "fast ein
  Drittel" 0.3333 "nearly", "Nearly two-fifths" 0.4 "nearly", "about a third of delays"
  0.3333 "about", "fewer than half" 0.5 "under"; "two dozen flights" 24 (issue: "two
  dozen"); "viermal" 4 (issue). "a third runway" is ordinal 3, no fraction
  (hundred-twenty-fifth).
- Punctuality (twenty-third, forty-eighth, hundred-twenty-fifth): rates are percentages;
  "mit weniger als sechs Minuten Verspätung" and "weniger als drei Minuten Verspätung" 6
  and 3 minutes "under", "mehr als 15 Minuten zu spät" "over", "within 15 minutes" no hedge,
  "within a minute" none (an article); "4,3 Prozentpunkte" 4.3 pp. New: "gut
  sieben Punkte weniger" is 7 pp "over" - "Punkte" taking up "Prozentpunkte" in the same
  sentence are percentage points, as a poll's "einen Punkt" (twenty-seventh,
  two-hundredth). New: "in the final quarter of last year" carries no quantity - "final" is
  no number, and "quarter" names a period, not a share (two-hundredth: "quarter-finals"
  no fraction). "the country's busiest airport" and "ranked last" none.
- Wage demands, offers and deals (first, sixteenth, forty-eighth, hundredth): "555 Euro
  mehr Lohn pro Monat" and "monatlich 750 Euro mehr" the amount only; "mit zwölf Monaten
  Laufzeit", "bei 32 Monaten Laufzeit", "bei einer Laufzeit von 27 Monaten", "von 48
  Monaten", "Der Vertrag läuft 26 Monate", "der Vertrag soll zwölf Monate laufen" months;
  "in zwei Stufen", "in drei Schritten", "in drei Stufen", "in zwei Schritten" counts;
  "mindestens aber 320 Euro im Monat" and "at least 300 euros a month" "at_least";
  "Einmalzahlung" and "Inflationsausgleichsprämie" the amount only; "die erste davon zum
  1. Juli" ordinal 1 and the date; "die erste zum 1. Juli, die zweite im April" ordinals 1
  and 2 (hundredth: "Die erste Stufe ..., die zweite"); "von 38 auf 36 Stunden" and "eine
  35-Stunden-Woche" hours; "an 8% raise over four years", "a 13% pay rise over three years"
  with the period, "over the same period" and "über die gesamte Laufzeit" none; "a 3.4% rise
  for one year" 1 year (hundred-seventeenth: "for one year"). Offers over months: "Im
  Oktober ... 4,5 Prozent ..., im Dezember dann 5,2 Prozent" and "a 2% rise in June, then
  3% in September and 3.8% in December, before tabling 4.2%" one percentage each, the
  months none. Rounds: "zum sechsten Mal" 6 (issue: "zum zweiten Mal"), "nach der fünften
  Runde" 5, "Die dritte Verhandlungsrunde" 3, "für den 16. und 17. März" two dates
  (hundredth). New: "on March 10, 12 and 14" is three dates - the month written once serves
  each day, as "für den 14. und 15. November" (hundredth) and the currency written once
  (hundred-twenty-fifth). Ballots: "96,4 Prozent" and "94% ... with 61% of members voting"
  (hundredth).
- Claims and rebuttals (hundredth, two-hundred-fourth): "Die GDL sprach von einer
  Streikbeteiligung von mehr als 90 Prozent." is check-worthy ("sprach von" with a figure);
  "Die GDL wies die Rechnung als „Märchenstunde“ zurück." and "Das Finanzministerium wies
  die Kritik zurück ..." are check-worthy without a figure (a rejection, also with a
  label); the Bahn's calculation and the IW's estimate are check-worthy; "The Canadian
  Union of Public Employees said the company had offered an 8% raise ..., which it called
  "poverty wages."" is check-worthy (a checkable statement carrying a label,
  hundred-twenty-fifth). New: "Der VCÖ kritisierte, dass fast ein Drittel der Nebenbahnen
  noch immer nicht elektrifiziert sei." is check-worthy - criticism that states a checkable
  share, as a warning that states a cost (hundredth); the Bundesrechnungshof's "bemängelt"
  with its figure likewise.
- Check-worthy without a figure (forty-eighth, hundredth, two-hundredth): strike hours as
  clock times, the Arbeitsgericht's ruling, "Ausgefallene Züge werden in der Statistik
  nicht mitgezählt.", the S-Bahn not struck, the BVG strike halting traffic, the SBB's
  record without a figure ("so viele Fahrgäste ... wie nie zuvor"; hundred-twenty-fifth: a
  ranking), Bachofner's fares not raised, tickets staying valid, India's suburban fares
  unchanged, the RMT strikes announced after talks broke down, a ballot over job cuts, the
  EVG's peace obligation, and the "mid-single digit" fare rise (a vague magnitude with no
  quantity, hundred-twenty-fifth: "zweistellig").
- Negatives (hundredth, two-hundredth, two-hundred-fourth): labels ("nannte den Streik",
  "called the walkout", "called the figures", "sprach von einem
  „Armutszeugnis ...“"), threats as rhetoric ("as long as it takes", "We will not stop
  until ...", "airlines that let them down will hear from us"; hundredth), appeals and
  travel advice ("rief beide Seiten auf", "appellierte", "Commuters were advised ...",
  "Passengers should expect ... and are advised not to travel"), open questions and
  evasions ("Ob ...", "ließ Warnking offen", "blieb offen", "ist offen", "Whether ...", "It
  is unclear ...", "It was not clear ..."), doubts and private expectations without a
  figure ("bezweifeln Branchenkenner", "Railway officials privately expect ..."), quotes of
  anger, pride and resolve. Negatives with a figure keep it labelled (seventeenth): the
  commuter's „seit 40 Minuten“ (a vox pop, hundred-twenty-fifth), the passengers' complaint
  about "queues of up to two hours" (hundred-twenty-fifth: passengers' complaints with a
  span), UFO's „Wer 14 Monate lang auf Zeit spielt ...“ (hundredth: „Wer bei drei Prozent
  Inflation zwei Prozent anbietet ...“).
- Counts otherwise: passengers and journeys ("12.6 million", "1,38 Millionen", "497
  Millionen Fahrgästen", "about 7.2 billion passengers", "about 1.6 billion rail
  journeys"), "Zwölf-Punkte-Plan" 12 (issue: "28-Punkte-Plan"), "dem zweitgrößten deutschen
  Flughafen" ordinal 2 (issue: "die drittgrößte Stadt"), "the 10 largest carriers" 10, "Two
  rival operators" 2, "rund 4.200 Kilometern" (a length, a count, hundred-twenty-fifth).
  New: "paid less than those at 17 other commuter railroads" is count 17 with no hedge -
  "less than" compares the pay, and the word it stands before is "those", not the figure
  (hundred-twenty-fifth: a hedge stands right before its figure). None: "Tausende",
  "Hunderttausende", "Millionen Fahrgäste", "a few hundred controllers", "millions of
  European travellers" (seventeenth and eighteenth).
- Money in the currency written (issue; hundred-twenty-fifth): EUR, GBP ("£5,980, up £263",
  "45.4 billion pounds"), CHF ("Franken"), USD, "C$75 million" CAD (as "C$2 billion" in an
  earlier batch), "9 billion rupees" and "2.65 trillion rupees ..., up from 2.4 trillion"
  INR, the currency written once serving the later figure (hundred-seventeenth); "between
  120 million and 160 million euros" both; "um 5 Euro auf 63 Euro" both; "an average of
  $113,000 a year" and "averaged 94 pounds" no hedge; "an estimated 150 million pounds"
  "about"; "pro Monat", "im Jahr", "pro Jahr", "jährlich", "a year", "a month", "pro Abflug"
  none.
- Periods, years and dates: "for the five years to 2029" 5 years and the year, "in the 12
  months to September" 12 months (hundred-twenty-fifth: "in the four weeks to Nov. 15"),
  "over 11 years", "for 26 months", "after 20 years in the job", "within two years", "nach
  fünfstündigen Beratungen" 5 hours (issue: "fünfstündigen"), "nach einem 21-stündigen
  Verhandlungsmarathon" 21 hours, "seit mehr als zwei Jahren" 2 years "over", "roughly 50
  minutes" "about", "averaged 21 minutes ..., up from 9 minutes" and "fell to 14 minutes
  from 17 minutes" both; "in the year to March", "so far this year", "last year", "a year
  earlier", "a week earlier", "next month", "im Vorjahresmonat", "bis Ende März", "bis
  Jahresende", "heuer", "in diesem Jahr", "Ende Dezember" none. Reuters English datelines
  with a day ("PARIS, Feb 24", "MONTREAL, March 2", "DUBLIN, March 3", "BRUSSELS, March 4",
  "HELSINKI, March 5", "ROME, March 6", "LONDON, March 9", "LONDON, March 10", "NEW DELHI,
  March 11", "LONDON, March 12") dates without a year; dpa, dpa-AFX, APA, Keystone-SDA,
  Reuters German ("Frankfurt (Reuters) -"), PA and AP datelines none (seventy-ninth). "zum
  1. Januar", "from April 1", "on March 1", "from March 19" dates without a year; "im Mai
  2023", "seit dem Frühjahr 2024", "since 2013", "since 1983", "since 2023", "by 2030", "bis
  2034", "Bis 2035", "by 2036", "ab 2028", "in 2029" years.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly",
  "some", "an estimated" "about"; "knapp", "fast", "Fast", "nearly", "Nearly" "nearly";
  "mehr als", "gut", "more than" "over"; "weniger als", "fewer than", "less than" (right
  before the figure) "under"; "bis zu", "up to" "up_to"; "mindestens", "at least"
  "at_least". No hedge: "nur", "Lediglich", "only", "jeweils", "insgesamt", "zusammen",
  "zunächst", "derzeit", "bislang", "zuletzt", "weiterhin", "Im Schnitt", "an average of",
  "averaged", "a record", "within", "between", and "mehr", "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte die GDL am Montag
  mit" -> "die GDL" (the weekday dropped, hundred-fourteenth), "teilte die Deutsche Bahn
  mit" -> "die Deutsche Bahn", "teilte der Konzern am Donnerstag mit" -> "der Konzern",
  "teilte der Flughafen am Mittwoch mit" -> "der Flughafen", "teilte die EVG mit" -> "die
  EVG", "teilten die ÖBB mit" and "wie die ÖBB am Dienstag mitteilten" -> "die ÖBB", "wie
  die SBB am Donnerstag mitteilten" -> "die SBB" (hundredth, hundred-twenty-fifth), "wie das
  Bundesverkehrsministerium mitteilte" -> "das Bundesverkehrsministerium" (two-hundredth),
  "Nach Angaben der Bahn" -> "die Bahn", "Nach Angaben der Gewerkschaft" -> "die
  Gewerkschaft" (hundredth), "Hollweck sagte, ..." and "Pilsl sagte, ..." the surname as
  written, "Personalvorständin Henrike Lautenschläger sagte", "Fernverkehrsvorstand Matthias
  Querengässer sagte", "SBB-Chef Urs Bachofner sagte", "Bundesverkehrsminister Bernd
  Klausing sagte", "Personalvorstand Rüdiger Kampmeier sagte" and "EVG-Verhandlungsführer
  Anselm Röttgering sagte" the name with the title dropped. English: "Ryanair said ..." and
  "Finnair said on Thursday that ..." as written, "the airline said" -> "the airline", "the
  airport said on Thursday" -> "the airport", "The union said ..." -> "the union", "the RMT
  union said" and "the Aslef union said" with "union" (hundredth), "the Transportation
  Department said Thursday" -> "the Transportation Department" (hundred-twenty-fifth: "the
  department said Monday"), "the Office of Rail and Road said on Monday" -> "the Office of
  Rail and Road", "Rail minister Hannah Stobart said", "RMT general secretary Declan Furness
  said", "Union negotiator Marie-Josée Thibodeau said", "Ryanair chief financial officer
  Conor Mulvihill told reporters", "Agency chief executive Kevin Ashcombe said", "Chief
  financial officer Sanna Virtanen said", "Network Rail chief executive Owen Lathbury said",
  "Chief executive Marcus Oyelaran said" and "Aslef organiser Gareth Probyn said" the name
  with the title dropped. Left unchecked (None), as earlier batches leave them: "nannte die
  Bahn", "teilte der Betreiber Fraport mit" and "Nach Angaben des Flughafenverbands ADV" (a
  description before the name), "nach eigenen Angaben", "Nach Berechnungen der Bahn", "Nach
  Schätzungen des Instituts der deutschen Wirtschaft" (estimates, hundred-tenth), "Der
  Verband erwartet", "wie aus dem Haushaltsentwurf hervorgeht", "Die GDL sprach von",
  "according to TfL figures", "according to company figures", "regulator figures show"
  (data, two-hundredth), "according to police" (no article), "a business group said", "Rail
  operator SNCB said", "State railway operator Trenitalia said", "Passengers' watchdog
  Transport Focus said", "the cross-Channel operator said" (a description heading the
  source), "Italy's transport ministry said", "according to the government's strike
  commission", "The lobby group estimates", "The unions say" (plural groups), "the
  transportation secretary said" (a role without a name), rows without attribution and all
  negatives, also those with a named speaker. New: to keep the checked speakers near 35,
  this batch, as the two-hundred-third did, also leaves unchecked forms it could have
  checked: "nach Angaben der Bahn" in four rows (checked in one), "nach Angaben der BVG",
  "nach Angaben des Konzerns", "nach Angaben des Verbands Deutscher Verkehrsunternehmen",
  "Lautenschläger sagte", "Vorstand Lukas Hainzl sagte", "ÖBB-Vorstandschef Andreas
  Guttenbrunner sagte", "BVG-Sprecherin Katja Elmendorf sagte", "ÖBB-Sprecherin Verena
  Strohmaier sagte", "Eurocontrol said", "Transport for London said", "according to Airlines
  for Europe", "The Canadian Union of Public Employees said", "The Brotherhood of Locomotive
  Engineers and Trainmen said", "Southeastern said", "the railway ministry said", "the
  ministry said", "the department said", "the regulator said", "the carrier said", "the
  agency said", "Spokesman Pieter Claes said", "Union general chairman Ray Dombrowski said",
  "Union leader Giulia Ferraro said", "Mulvihill said" and "Lathbury said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_206 = [
    # --- GDL ruft zu 48-Stunden-Warnstreik auf (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Lokführergewerkschaft GDL hat bei der Deutschen Bahn zu einem 48-stündigen Warnstreik im Personen- und Güterverkehr aufgerufen.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Ausstand soll in der Nacht zum Mittwoch um 2 Uhr beginnen und am Freitag um 2 Uhr enden, teilte die GDL am Montag mit.",
        True,
        [],
        "die GDL",
    ),
    (
        "de",
        "Es ist bereits der vierte Warnstreik in dieser Tarifrunde und der längste seit dem Frühjahr 2024.",
        True,
        [("ordinal", 4, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Im Fernverkehr werde während des Streiks voraussichtlich nur etwa jeder fünfte Zug fahren, im Regionalverkehr rund 40 Prozent, teilte die Deutsche Bahn mit.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 40, "%", "about")],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "„Die Geduld unserer Mitglieder ist aufgebraucht, und dafür trägt allein das Management die Verantwortung“, sagte GDL-Chef Gerd Hollweck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollweck sagte, die GDL verlange 555 Euro mehr Lohn pro Monat und einen Tarifvertrag mit zwölf Monaten Laufzeit.",
        True,
        [("money", 555, "EUR", None), ("duration", 12, "month", None)],
        "Hollweck",
    ),
    (
        "de",
        "Die Bahn nannte den Streik „eine Zumutung für Millionen Fahrgäste“ und „völlig überflüssig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Personalvorständin Henrike Lautenschläger sagte, das jüngste Angebot des Konzerns sehe ein Plus von 6,2 Prozent in zwei Stufen vor.",
        True,
        [("percent", 6.2, "%", None), ("count", 2, None, None)],
        "Henrike Lautenschläger",
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn rief beide Seiten auf, „schnellstmöglich an den Verhandlungstisch zurückzukehren“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim letzten Warnstreik im Januar waren nach Angaben der Bahn rund 17.000 Verbindungen ausgefallen.",
        True,
        [("count", 17000, None, "about")],
        None,
    ),
    # --- French air traffic control strike (Reuters) ---
    (
        "en",
        "PARIS, Feb 24 (Reuters) - French aviation regulators told airlines on Tuesday to cancel a quarter of their flights at Paris Charles de Gaulle and half of those at Marseille and Nice during a two-day air traffic control strike.",
        True,
        [
            ("date", "--02-24", None, None),
            ("fraction", 0.25, None, None),
            ("fraction", 0.5, None, None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Ryanair said it had cancelled more than 400 flights affecting about 70,000 passengers, most of them on routes crossing French airspace.",
        True,
        [("count", 400, None, "over"), ("count", 70000, None, "about")],
        "Ryanair",
    ),
    (
        "en",
        '"It is scandalous that a few hundred controllers can hold millions of European travellers hostage every summer," Ryanair\'s chief executive said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The SNCTA, the largest controllers' union with about 60% of the vote in workplace elections, wants an 8% pay rise and the hiring of 1,000 additional staff by 2030.",
        True,
        [
            ("percent", 60, "%", "about"),
            ("percent", 8, "%", None),
            ("count", 1000, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "It is the sixth strike by French controllers since the start of last year, according to Airlines for Europe.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The lobby group estimates that controller strikes cost airlines 1.5 billion euros last year.",
        True,
        [("money", 1500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Eurocontrol said delays across European airspace averaged 21 minutes per flight on Tuesday, up from 9 minutes a week earlier.",
        True,
        [("duration", 21, "minute", None), ("duration", 9, "minute", None)],
        None,
    ),
    (
        "en",
        'France\'s transport minister called the walkout "irresponsible" and told the controllers to get back to talks.',
        False,
        [],
        None,
    ),
    ("en", "Whether the controllers will extend their action into the weekend is unclear.", False, [], None),
    # --- Fares in England (PA) ---
    (
        "en",
        "LONDON (PA) - Season tickets and other regulated train fares in England will go up by 4.6% on March 1, the Department for Transport said.",
        True,
        [("percent", 4.6, "%", None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        "The increase, the largest since 2023, will put about 220 pounds on a yearly season ticket from Brighton to London.",
        True,
        [("year", 2023, None, None), ("money", 220, "GBP", "about")],
        None,
    ),
    (
        "en",
        "An annual season ticket from Reading to London will cost £5,980, up £263.",
        True,
        [("money", 5980, "GBP", None), ("money", 263, "GBP", None)],
        None,
    ),
    (
        "en",
        "Rail minister Hannah Stobart said the rise was below July's inflation rate of 5.1% and would help pay for more reliable services.",
        True,
        [("percent", 5.1, "%", None)],
        "Hannah Stobart",
    ),
    (
        "en",
        '"This is daylight robbery for people who have no choice but to take the train to work," said a spokesperson for the Campaign for Better Transport.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Passengers' watchdog Transport Focus said fewer than half of rail users thought their tickets were good value for money.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "en",
        "Passengers made about 1.6 billion rail journeys in Britain in the 12 months to September, regulator figures show.",
        True,
        [("count", 1600000000, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    ("en", "It is unclear whether ministers will freeze fares again next year.", False, [], None),
    # --- Erster Streiktag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Am ersten Tag des GDL-Streiks sind in ganz Deutschland Tausende Fernzüge und Regionalbahnen ausgefallen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bahn fuhren am Mittwoch nur 22 Prozent der geplanten Fernzüge.",
        True,
        [("percent", 22, "%", None)],
        "die Bahn",
    ),
    (
        "de",
        "„Ich stehe hier seit 40 Minuten, und niemand sagt uns etwas“, sagte eine Pendlerin am Kölner Hauptbahnhof.",
        False,
        [("duration", 40, "minute", None)],
        None,
    ),
    (
        "de",
        "Die GDL sprach von einer Streikbeteiligung von mehr als 90 Prozent.",
        True,
        [("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Im Güterverkehr stauten sich nach Angaben der Bahn mehr als 300 Züge.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Das Arbeitsgericht Frankfurt hatte am Dienstagabend einen Eilantrag der Bahn gegen den Streik abgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesverkehrsminister appellierte an beide Seiten, „die Eskalationsspirale endlich zu stoppen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des Instituts der deutschen Wirtschaft kostet ein Streiktag bei der Bahn die Volkswirtschaft bis zu 100 Millionen Euro.",
        True,
        [("money", 100000000, "EUR", "up_to")],
        None,
    ),
    # --- Tube strikes (PA) ---
    (
        "en",
        "LONDON (PA) - Members of the RMT union on the London Underground will stage a series of strikes next month after talks over pay and working hours broke down.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The walkouts, on March 10, 12 and 14, are expected to shut most of the network, Transport for London said.",
        True,
        [("date", "--03-10", None, None), ("date", "--03-12", None, None), ("date", "--03-14", None, None)],
        None,
    ),
    (
        "en",
        "The union said 94% of those who took part in the ballot had voted for walkouts, with 61% of members voting.",
        True,
        [("percent", 94, "%", None), ("percent", 61, "%", None)],
        "the union",
    ),
    (
        "en",
        "RMT general secretary Declan Furness said the employer had offered a 3.4% rise for one year, which was below the rate of inflation.",
        True,
        [("percent", 3.4, "%", None), ("duration", 1, "year", None)],
        "Declan Furness",
    ),
    (
        "en",
        '"Our members keep this city moving and they deserve far better than crumbs," Furness said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Transport for London called the strike "pointless" and said its offer was fair and affordable.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 4 million journeys are made on the Tube on a typical weekday, according to TfL figures.",
        True,
        [("count", 4000000, None, "about")],
        None,
    ),
    (
        "en",
        "The last all-out Tube strike, in November 2022, cost London's economy an estimated 150 million pounds, a business group said.",
        True,
        [("year", 2022, None, None), ("money", 150000000, "GBP", "about")],
        None,
    ),
    ("en", "Commuters were advised to work from home where they could.", False, [], None),
    # --- Air Canada flight attendants (Reuters) ---
    (
        "en",
        "MONTREAL, March 2 (Reuters) - Air Canada cancelled about 700 flights on Monday as 10,400 flight attendants walked off the job in the airline's first strike in nearly 40 years.",
        True,
        [
            ("date", "--03-02", None, None),
            ("count", 700, None, "about"),
            ("count", 10400, None, None),
            ("ordinal", 1, None, None),
            ("duration", 40, "year", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "The stoppage would affect about 130,000 customers a day, the airline said.",
        True,
        [("count", 130000, None, "about")],
        "the airline",
    ),
    (
        "en",
        "Flights operated by regional partners, about one-fifth of Air Canada's schedule, were not affected.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        'The Canadian Union of Public Employees said the company had offered an 8% raise over four years, which it called "poverty wages."',
        True,
        [("percent", 8, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Union negotiator Marie-Josée Thibodeau said attendants were not paid for the roughly 50 minutes they spend boarding passengers before each flight.",
        True,
        [("duration", 50, "minute", "about")],
        "Marie-Josée Thibodeau",
    ),
    (
        "en",
        '"We will stay on the picket line as long as it takes," Thibodeau told a rally at Montreal\'s airport.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The carrier said each day of the strike would cut its operating income by about C$75 million.",
        True,
        [("money", 75000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "Air Canada's chief executive called the union's demands \"wildly out of step with the industry.\"",
        False,
        [],
        None,
    ),
    # --- Verdi-Warnstreik an Flughäfen (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Ein ganztägiger Warnstreik des Bodenpersonals hat am Montag den Luftverkehr an 13 deutschen Flughäfen weitgehend lahmgelegt.",
        True,
        [("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Flughafenverbands ADV fielen rund 3.100 Starts und Landungen aus, mehr als 510.000 Passagiere waren betroffen.",
        True,
        [("count", 3100, None, "about"), ("count", 510000, None, "over")],
        None,
    ),
    (
        "de",
        "Allein in Frankfurt wurden 1.180 von 1.390 geplanten Flügen gestrichen, teilte der Betreiber Fraport mit.",
        True,
        [("count", 1180, None, None), ("count", 1390, None, None)],
        None,
    ),
    (
        "de",
        "In München, dem zweitgrößten deutschen Flughafen, wurden rund 800 Verbindungen annulliert.",
        True,
        [("ordinal", 2, None, None), ("count", 800, None, "about")],
        None,
    ),
    (
        "de",
        "In Hamburg und Düsseldorf fielen jeweils rund drei Viertel der Flüge aus.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Für die etwa 25.000 Beschäftigten der Bodenverkehrsdienste verlangt Verdi 7,5 Prozent mehr Lohn, mindestens aber 320 Euro im Monat.",
        True,
        [("count", 25000, None, "about"), ("percent", 7.5, "%", None), ("money", 320, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber haben bislang 5 Prozent in drei Schritten bei einer Laufzeit von 27 Monaten angeboten.",
        True,
        [("percent", 5, "%", None), ("count", 3, None, None), ("duration", 27, "month", None)],
        None,
    ),
    (
        "de",
        "„Dieses Angebot ist eine Provokation für alle, die bei Wind und Wetter auf dem Vorfeld schuften“, sagte Verdi-Verhandlungsführerin Sibylle Warnking.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 16. und 17. März angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-16", None, None), ("date", "--03-17", None, None)],
        None,
    ),
    ("de", "Ob Verdi vor Ostern erneut zu Streiks aufruft, ließ Warnking offen.", False, [], None),
    # --- Ryanair traffic (Reuters) ---
    (
        "en",
        "DUBLIN, March 3 (Reuters) - Ryanair carried 12.6 million passengers in February, up 4% from a year earlier, and filled 91% of its seats, the airline said on Tuesday.",
        True,
        [
            ("date", "--03-03", None, None),
            ("count", 12600000, None, None),
            ("percent", 4, "%", None),
            ("percent", 91, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The carrier cancelled more than 800 flights in the month, mainly because of the French air traffic control strike.",
        True,
        [("count", 800, None, "over")],
        None,
    ),
    (
        "en",
        'Ryanair chief financial officer Conor Mulvihill told reporters average fares for the summer would rise by a "mid-single digit" percentage.',
        True,
        [],
        "Conor Mulvihill",
    ),
    (
        "en",
        "Mulvihill said Ryanair still expected to fly about 209 million passengers in the year to March.",
        True,
        [("count", 209000000, None, "about")],
        None,
    ),
    (
        "en",
        "Delays to Boeing deliveries mean Ryanair is still waiting for 19 of the 29 aircraft it had expected by the end of March.",
        True,
        [("count", 19, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "en",
        '"Air traffic control in Europe is a shambles and Brussels is asleep at the wheel," Mulvihill said.',
        False,
        [],
        None,
    ),
    ("en", "Ryanair shares rose 1.8% in Dublin.", True, [("percent", 1.8, "%", None)], None),
    # --- vida kündigt Bahnstreik an (APA) ---
    (
        "de",
        "Wien (APA) - Die Gewerkschaft vida will den Bahnverkehr in Österreich am Montag mit einem 24-stündigen Warnstreik lahmlegen.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien österreichweit rund 1.200 Personenzüge und 750 Güterzüge, teilten die ÖBB mit.",
        True,
        [("count", 1200, None, "about"), ("count", 750, None, None)],
        "die ÖBB",
    ),
    (
        "de",
        "Es wäre der erste Bahnstreik in Österreich seit fünf Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Verlangt wird für die rund 50.000 Bahnbeschäftigten ein KV-Plus von 4,9 Prozent.",
        True,
        [("count", 50000, None, "about"), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber haben zuletzt 3,1 Prozent plus eine Einmalzahlung von 1.000 Euro geboten.",
        True,
        [("percent", 3.1, "%", None), ("money", 1000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Arbeitgeber verhöhnen die Leistung der Eisenbahnerinnen und Eisenbahner“, sagte vida-Verhandlungsführer Harald Pilsl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pilsl sagte, die Verhandlungen seien nach der fünften Runde am Freitag ergebnislos abgebrochen worden.",
        True,
        [("ordinal", 5, None, None)],
        "Pilsl",
    ),
    (
        "de",
        "ÖBB-Sprecherin Verena Strohmaier sagte, bereits gekaufte Tickets für den Streiktag blieben bis Ende März gültig.",
        True,
        [],
        None,
    ),
    ("de", "Wie lange die Gewerkschaft im Fall eines Scheiterns streiken würde, blieb offen.", False, [], None),
    # --- Belgian rail strike (Reuters) ---
    (
        "en",
        "BRUSSELS, March 4 (Reuters) - Belgian rail unions began a five-day strike on Wednesday against pension reforms, the 14th day of walkouts on the railways since January.",
        True,
        [("date", "--03-04", None, None), ("duration", 5, "day", None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Rail operator SNCB said only one in three intercity trains would run and some regional lines would have no service at all.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "The unions say the reform would cut the pensions of rail staff by up to 20%.",
        True,
        [("percent", 20, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Spokesman Pieter Claes said SNCB had lost about 40 million euros in ticket revenue because of strikes so far this year.",
        True,
        [("money", 40000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"The government wants us to work until we drop," a union leader told the crowd at Brussels-Midi station.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 30,000 people marched through central Brussels in a separate protest, according to police.",
        True,
        [("count", 30000, None, "about")],
        None,
    ),
    ("en", "It was not clear whether Eurostar services to London would be affected.", False, [], None),
    # --- Deutschlandticket wird teurer (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Deutschlandticket wird zum 1. Januar um 5 Euro auf 63 Euro im Monat teurer.",
        True,
        [("date", "--01-01", None, None), ("money", 5, "EUR", None), ("money", 63, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Verkehrsministerinnen und -minister der Länder und der Bund verständigten sich darauf nach fünfstündigen Beratungen, wie das Bundesverkehrsministerium mitteilte.",
        True,
        [("duration", 5, "hour", None)],
        "das Bundesverkehrsministerium",
    ),
    (
        "de",
        "Es ist die zweite Preiserhöhung seit der Einführung des Tickets im Mai 2023, das zunächst 49 Euro gekostet hatte.",
        True,
        [("ordinal", 2, None, None), ("year", 2023, None, None), ("money", 49, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zur Finanzierung des Tickets geben der Bund und die Länder weiterhin jeweils 1,5 Milliarden Euro im Jahr dazu.",
        True,
        [("money", 1500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 13,8 Millionen Menschen haben das Ticket nach Angaben des Verbands Deutscher Verkehrsunternehmen derzeit abonniert.",
        True,
        [("count", 13800000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Verband erwartet, dass wegen der Preiserhöhung bis zu eine Million Abonnenten kündigen.",
        True,
        [("count", 1000000, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Jede Preiserhöhung ist ein Schlag ins Gesicht der Pendlerinnen und Pendler“, sagte die Vorsitzende eines Sozialverbands.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Preis im Jahr darauf stabil bleibt, ist offen.", False, [], None),
    # --- Finnair pilots (Reuters) ---
    (
        "en",
        "HELSINKI, March 5 (Reuters) - Finnair said on Thursday that strikes by its pilots had cost it about 60 million euros so far this year and cut its full-year profit forecast.",
        True,
        [("date", "--03-05", None, None), ("money", 60000000, "EUR", "about")],
        "Finnair",
    ),
    (
        "en",
        "The airline has cancelled more than 1,400 flights since December because of the dispute, affecting some 150,000 passengers.",
        True,
        [("count", 1400, None, "over"), ("count", 150000, None, "about")],
        None,
    ),
    (
        "en",
        "The Finnish Airline Pilots' Association is seeking a 13% pay rise over three years.",
        True,
        [("percent", 13, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "Finnair has offered 8.5% over the same period.", True, [("percent", 8.5, "%", None)], None),
    (
        "en",
        "Chief financial officer Sanna Virtanen said the company now expected comparable operating profit of between 120 million and 160 million euros.",
        True,
        [("money", 120000000, "EUR", None), ("money", 160000000, "EUR", None)],
        "Sanna Virtanen",
    ),
    ("en", '"Our customers have had enough, and frankly so have we," Virtanen said.', False, [], None),
    ("en", "Finnair shares fell 5.6% in Helsinki.", True, [("percent", 5.6, "%", None)], None),
    # --- Bahn-Pünktlichkeit im Februar (dpa-AFX) ---
    (
        "de",
        "Berlin (dpa-AFX) - So viele verspätete Fernzüge wie im Februar hatte die Deutsche Bahn seit mehr als zwei Jahren nicht.",
        True,
        [("duration", 2, "year", "over")],
        None,
    ),
    (
        "de",
        "Lediglich 58,9 Prozent der Fernzüge kamen mit weniger als sechs Minuten Verspätung an, teilte der Konzern am Donnerstag mit.",
        True,
        [("percent", 58.9, "%", None), ("duration", 6, "minute", "under")],
        "der Konzern",
    ),
    (
        "de",
        "Das waren 4,3 Prozentpunkte weniger als im Januar und gut sieben Punkte weniger als im Vorjahresmonat.",
        True,
        [("percent", 4.3, "pp", None), ("percent", 7, "pp", "over")],
        None,
    ),
    ("de", "Ausgefallene Züge werden in der Statistik nicht mitgezählt.", True, [], None),
    (
        "de",
        "Als Hauptgründe nannte die Bahn den Streik der GDL, Sturmschäden und mehr als 1.000 Baustellen im Netz.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "Rund ein Fünftel aller Verspätungsminuten ging nach Angaben des Konzerns auf Baustellen zurück.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Fernverkehrsvorstand Matthias Querengässer sagte, bis Jahresende sollten wieder mindestens 65 Prozent der Fernzüge pünktlich sein.",
        True,
        [("percent", 65, "%", "at_least")],
        "Matthias Querengässer",
    ),
    (
        "de",
        "„Wir sind mit diesen Werten nicht zufrieden, das sage ich ganz offen“, sagte Querengässer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro-Bahn-Sprecher Detlef Oberreiter sprach von einem „Armutszeugnis für ein Industrieland“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Fernzug kam im Februar mehr als 15 Minuten zu spät ans Ziel.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 15, "minute", "over")],
        None,
    ),
    # --- Italian transport strike (Reuters) ---
    (
        "en",
        "ROME, March 6 (Reuters) - A 24-hour national transport strike disrupted trains, buses and flights across Italy on Friday, the third such stoppage this year.",
        True,
        [("date", "--03-06", None, None), ("duration", 24, "hour", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "State railway operator Trenitalia said about half of its long-distance trains had been cancelled.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "At Rome's Fiumicino airport, two dozen flights were cancelled in the morning alone.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Italy's transport ministry said it had ordered unions to limit the stoppage to eight hours at airports, invoking rules for essential services.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    (
        "en",
        "The USB and CUB unions are demanding that contracts for about 1 million transport workers be renewed with raises of at least 300 euros a month.",
        True,
        [("count", 1000000, None, "about"), ("money", 300, "EUR", "at_least")],
        None,
    ),
    ("en", 'The transport minister called the walkout "a strike against Italians who work."', False, [], None),
    (
        "en",
        "Italy has recorded more than 1,100 transport strikes since 2023, according to the government's strike commission.",
        True,
        [("count", 1100, None, "over"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Union leader Giulia Ferraro said many bus drivers earned less than 1,500 euros a month after 20 years in the job.",
        True,
        [("money", 1500, "EUR", "under"), ("duration", 20, "year", None)],
        None,
    ),
    ("en", '"We will not stop until the government listens to us," Ferraro told protesters in Milan.', False, [], None),
    # --- BVG-Warnstreik (dpa) ---
    (
        "de",
        "Berlin (dpa) - Ein Warnstreik bei den Berliner Verkehrsbetrieben hat am Donnerstag den Nahverkehr in der Hauptstadt fast vollständig zum Erliegen gebracht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "U-Bahnen, Straßenbahnen und die meisten Busse stehen nach Angaben der BVG bis Freitag um 3 Uhr still.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Verdi fordert für die rund 16.000 Beschäftigten monatlich 750 Euro mehr, der Vertrag soll zwölf Monate laufen.",
        True,
        [("count", 16000, None, "about"), ("money", 750, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die BVG bietet nach eigenen Angaben 15,5 Prozent mehr in drei Stufen bei einer Laufzeit von 48 Monaten.",
        True,
        [("percent", 15.5, "%", None), ("count", 3, None, None), ("duration", 48, "month", None)],
        None,
    ),
    (
        "de",
        "„Mit so einem Angebot laufen uns die Fahrerinnen und Fahrer in Scharen davon“, sagte Verdi-Verhandlungsführerin Anja Mertesacker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "BVG-Sprecherin Katja Elmendorf sagte, rund 1,6 Millionen Fahrgäste seien täglich auf U-Bahn, Tram und Bus angewiesen.",
        True,
        [("count", 1600000, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist der zweite Warnstreik bei der BVG binnen drei Wochen.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "week", None)],
        None,
    ),
    ("de", "Die S-Bahn, die zur Deutschen Bahn gehört, ist von dem Ausstand nicht betroffen.", True, [], None),
    # --- U.S. airline punctuality (AP) ---
    (
        "en",
        "WASHINGTON (AP) — U.S. airlines cancelled 1.4% of their scheduled domestic flights last year, the lowest rate since 2013, the Transportation Department said Thursday.",
        True,
        [("percent", 1.4, "%", None), ("year", 2013, None, None)],
        "the Transportation Department",
    ),
    (
        "en",
        "About 78% of flights arrived on time, meaning within 15 minutes of their scheduled arrival, the department said.",
        True,
        [("percent", 78, "%", "about"), ("duration", 15, "minute", None)],
        None,
    ),
    (
        "en",
        "Delta Air Lines had the best on-time rate among the 10 largest carriers at 84.1%, while Frontier ranked last with 69.7%.",
        True,
        [("count", 10, None, None), ("percent", 84.1, "%", None), ("percent", 69.7, "%", None)],
        None,
    ),
    (
        "en",
        "Consumers filed more than 81,000 complaints against airlines, down from a record of about 96,000 the year before.",
        True,
        [("count", 81000, None, "over"), ("count", 96000, None, "about")],
        None,
    ),
    (
        "en",
        '"Americans deserve to get where they are going on time, and airlines that let them down will hear from us," the transportation secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Airlines for America, the industry\'s trade group, called the figures "proof that the system is working."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Atlanta's Hartsfield-Jackson, the country's busiest airport, handled more than 108 million passengers.",
        True,
        [("count", 108000000, None, "over")],
        None,
    ),
    ("en", "Whether the FAA can hire enough air traffic controllers to keep pace remains unclear.", False, [], None),
    # --- Bahn bessert Angebot nach (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im Tarifkonflikt mit der GDL hat die Deutsche Bahn ihr Angebot seit Oktober viermal nachgebessert.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Im Oktober hatte die Bahn zunächst 4,5 Prozent mehr Lohn bei 32 Monaten Laufzeit geboten, im Dezember dann 5,2 Prozent und eine Inflationsausgleichsprämie von 2.500 Euro.",
        True,
        [
            ("percent", 4.5, "%", None),
            ("duration", 32, "month", None),
            ("percent", 5.2, "%", None),
            ("money", 2500, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das neue Angebot sieht 6,8 Prozent in drei Stufen vor, die erste davon zum 1. Juli.",
        True,
        [
            ("percent", 6.8, "%", None),
            ("count", 3, None, None),
            ("ordinal", 1, None, None),
            ("date", "--07-01", None, None),
        ],
        None,
    ),
    (
        "de",
        "Zudem bietet die Bahn an, die Wochenarbeitszeit der Schichtarbeiter ab 2028 von 38 auf 36 Stunden zu senken.",
        True,
        [("year", 2028, None, None), ("duration", 38, "hour", None), ("duration", 36, "hour", None)],
        None,
    ),
    (
        "de",
        "Die GDL verlangt eine 35-Stunden-Woche bei vollem Lohnausgleich.",
        True,
        [("duration", 35, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Bahn würde die Forderung der Gewerkschaft Mehrkosten von rund 2,1 Milliarden Euro jährlich verursachen.",
        True,
        [("money", 2100000000, "EUR", "about")],
        None,
    ),
    ("de", "Die GDL wies die Rechnung als „Märchenstunde“ zurück.", True, [], None),
    ("de", "„Wir verhandeln nicht über Almosen“, sagte Hollweck.", False, [], None),
    (
        "de",
        "Seit Beginn der Tarifrunde haben GDL-Mitglieder nach Angaben der Bahn an insgesamt neun Tagen gestreikt.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    # --- NJ Transit engineers strike (AP) ---
    (
        "en",
        "NEWARK, N.J. (AP) — New Jersey Transit engineers went on strike early Friday, halting commuter rail service for about 105,000 daily riders.",
        True,
        [("count", 105000, None, "about")],
        None,
    ),
    (
        "en",
        "It is the first strike at the agency's rail division since 1983.",
        True,
        [("ordinal", 1, None, None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "The Brotherhood of Locomotive Engineers and Trainmen said its roughly 450 engineers earned an average of $113,000 a year.",
        True,
        [("count", 450, None, "about"), ("money", 113000, "USD", None)],
        None,
    ),
    (
        "en",
        "Agency chief executive Kevin Ashcombe said meeting the union's demands would cost $1.2 billion over 11 years and force fare increases.",
        True,
        [("money", 1200000000, "USD", None), ("duration", 11, "year", None)],
        "Kevin Ashcombe",
    ),
    (
        "en",
        "Union general chairman Ray Dombrowski said engineers at NJ Transit were paid less than those at 17 other commuter railroads.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "en",
        '"We are not going to be bullied by an agency that wastes money everywhere else," Dombrowski said.',
        False,
        [],
        None,
    ),
    ("en", 'The governor called the strike "a betrayal of hard-working commuters."', False, [], None),
    (
        "en",
        "The agency said it would run buses with capacity for about 20% of normal rail riders.",
        True,
        [("percent", 20, "%", "about")],
        None,
    ),
    # --- SBB-Jahresbilanz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SBB haben im vergangenen Jahr so viele Fahrgäste befördert wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt waren täglich 1,38 Millionen Reisende mit den Zügen der Bundesbahnen unterwegs, 3,1 Prozent mehr als im Vorjahr.",
        True,
        [("count", 1380000, None, None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kundenpünktlichkeit lag bei 92,8 Prozent, wie die SBB am Donnerstag mitteilten.",
        True,
        [("percent", 92.8, "%", None)],
        "die SBB",
    ),
    (
        "de",
        "In der Schweiz gilt ein Zug als pünktlich, wenn er weniger als drei Minuten Verspätung hat.",
        True,
        [("duration", 3, "minute", "under")],
        None,
    ),
    (
        "de",
        "Der Konzerngewinn stieg um 14 Prozent auf 312 Millionen Franken.",
        True,
        [("percent", 14, "%", None), ("money", 312000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "SBB-Chef Urs Bachofner sagte, die Billettpreise würden beim Fahrplanwechsel im Dezember nicht erhöht.",
        True,
        [],
        "Urs Bachofner",
    ),
    (
        "de",
        "«Die Bahn ist das Rückgrat der Mobilität in diesem Land, und das soll sie bleiben», sagte Bachofner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bis 2035 sollen rund 16 Milliarden Franken in den Ausbau des Netzes fliessen.",
        True,
        [("year", 2035, None, None), ("money", 16000000000, "CHF", "about")],
        None,
    ),
    # --- Network Rail funding (Reuters) ---
    (
        "en",
        "LONDON, March 9 (Reuters) - Network Rail will get 45.4 billion pounds for the five years to 2029 to run, maintain and renew Britain's railway, the Office of Rail and Road said on Monday.",
        True,
        [
            ("date", "--03-09", None, None),
            ("money", 45400000000, "GBP", None),
            ("duration", 5, "year", None),
            ("year", 2029, None, None),
        ],
        "the Office of Rail and Road",
    ),
    (
        "en",
        "The regulator said 64.7% of trains ran on time in the final quarter of last year, meaning they arrived within a minute of schedule.",
        True,
        [("percent", 64.7, "%", None)],
        None,
    ),
    (
        "en",
        "The cancellation score, which counts trains fully or partly cancelled, rose to 4.1% from 3.6% a year earlier.",
        True,
        [("percent", 4.1, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "Network Rail chief executive Owen Lathbury said about a third of delays were caused by weather, trespass and cable theft.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Owen Lathbury",
    ),
    (
        "en",
        "Lathbury said the company would cut about 1,800 back-office jobs to save 120 million pounds a year.",
        True,
        [("count", 1800, None, "about"), ("money", 120000000, "GBP", None)],
        None,
    ),
    ("en", "The RMT union said it would ballot members over the job cuts.", True, [], "the RMT union"),
    ("en", '"Passengers are fed up with excuses and frankly so am I," the rail minister said.', False, [], None),
    ("en", 'Unions called the settlement "managed decline dressed up as investment."', False, [], None),
    # --- Flughafen Wien im Februar (APA) ---
    (
        "de",
        "Schwechat (APA) - Der Flughafen Wien hat im Februar rund 2,1 Millionen Passagiere abgefertigt, um 6,4 Prozent mehr als im Vorjahresmonat.",
        True,
        [("count", 2100000, None, "about"), ("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg um 3,2 Prozent auf 17.450, teilte der Flughafen am Mittwoch mit.",
        True,
        [("percent", 3.2, "%", None), ("count", 17450, None, None)],
        "der Flughafen",
    ),
    (
        "de",
        "Die AUA beförderte im Februar knapp 820.000 Fluggäste, die Auslastung lag bei 76,3 Prozent.",
        True,
        [("count", 820000, None, "nearly"), ("percent", 76.3, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte Passagier in Wien war im Februar ein Umsteiger.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Vorstand Lukas Hainzl sagte, die Ticketsteuer von 12 Euro pro Abflug koste den Standort jedes Jahr Hunderttausende Passagiere.",
        True,
        [("money", 12, "EUR", None)],
        None,
    ),
    ("de", "„Österreich besteuert sich selbst aus dem Markt“, sagte Hainzl.", False, [], None),
    (
        "de",
        "Das Finanzministerium wies die Kritik zurück und verwies auf die Rekordzahlen des Flughafens.",
        True,
        [],
        None,
    ),
    # --- Eurostar record (Reuters) ---
    (
        "en",
        "LONDON, March 10 (Reuters) - Eurostar's trains were used by a record 19.5 million people last year, 5% more than a year earlier, the cross-Channel operator said on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("count", 19500000, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Chief executive Marcus Oyelaran said the company would order up to 50 new trains worth about 2 billion euros to expand capacity by 30%.",
        True,
        [("count", 50, None, "up_to"), ("money", 2000000000, "EUR", "about"), ("percent", 30, "%", None)],
        "Marcus Oyelaran",
    ),
    (
        "en",
        "Eurostar's punctuality improved to 88% from 82%.",
        True,
        [("percent", 88, "%", None), ("percent", 82, "%", None)],
        None,
    ),
    (
        "en",
        "Two rival operators have applied for access to the Channel Tunnel and hope to start services in 2029.",
        True,
        [("count", 2, None, None), ("year", 2029, None, None)],
        None,
    ),
    ("en", '"There is room for competition, but we will fight for every seat," Oyelaran said.', False, [], None),
    (
        "en",
        "A single fare between London and Paris averaged 94 pounds last year, according to company figures.",
        True,
        [("money", 94, "GBP", None)],
        None,
    ),
    (
        "en",
        "Passengers have complained about queues of up to two hours at St Pancras at peak times.",
        False,
        [("duration", 2, "hour", "up_to")],
        None,
    ),
    # --- Lufthansa-Flugbegleiter streiken (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Flugbegleitergewerkschaft UFO hat die Kabinenbeschäftigten der Lufthansa zu einem zweitägigen Streik an den Drehkreuzen Frankfurt und München aufgerufen.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Die Lufthansa strich daraufhin rund 1.900 Flüge, etwa 260.000 Passagiere sind betroffen.",
        True,
        [("count", 1900, None, "about"), ("count", 260000, None, "about")],
        None,
    ),
    (
        "de",
        "UFO und Lufthansa hatten zuvor zum sechsten Mal ohne Ergebnis verhandelt.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert für die rund 19.000 Flugbegleiterinnen und Flugbegleiter 9,5 Prozent mehr Gehalt und höhere Zulagen für Langstreckeneinsätze.",
        True,
        [("count", 19000, None, "about"), ("percent", 9.5, "%", None)],
        None,
    ),
    (
        "de",
        "Personalvorstand Rüdiger Kampmeier sagte, die Lufthansa habe 5,8 Prozent in zwei Schritten und eine Einmalzahlung von 3.000 Euro angeboten.",
        True,
        [("percent", 5.8, "%", None), ("count", 2, None, None), ("money", 3000, "EUR", None)],
        "Rüdiger Kampmeier",
    ),
    ("de", "Kampmeier nannte den Streik „maßlos und schädlich für alle Beschäftigten“.", False, [], None),
    (
        "de",
        "Nach Angaben der Gewerkschaft stimmten bei einer Urabstimmung 96,4 Prozent der Mitglieder für unbefristete Streiks.",
        True,
        [("percent", 96.4, "%", None)],
        "die Gewerkschaft",
    ),
    (
        "de",
        "„Wer 14 Monate lang auf Zeit spielt, darf sich über einen Streik nicht wundern“, sagte UFO-Sprecherin Jana Pietzsch.",
        False,
        [("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Bei der Lufthansa ist es schon der dritte Ausstand seit Jahresbeginn, nach Warnstreiks von Piloten und Bodenpersonal.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Indian Railways fares (Reuters) ---
    (
        "en",
        "NEW DELHI, March 11 (Reuters) - Indian Railways will raise fares on long-distance trains by an average of 3.5% from April 1, the railway ministry said on Wednesday.",
        True,
        [("date", "--03-11", None, None), ("percent", 3.5, "%", None), ("date", "--04-01", None, None)],
        None,
    ),
    (
        "en",
        "The increase will bring in about 9 billion rupees a year, the ministry said.",
        True,
        [("money", 9000000000, "INR", "about")],
        None,
    ),
    ("en", "Suburban fares and monthly season tickets will not change.", True, [], None),
    (
        "en",
        "Indian Railways carried about 7.2 billion passengers in the last fiscal year.",
        True,
        [("count", 7200000000, None, "about")],
        None,
    ),
    (
        "en",
        "The government has budgeted 2.65 trillion rupees for railway investment this year, up from 2.4 trillion.",
        True,
        [("money", 2650000000000, "INR", None), ("money", 2400000000000, "INR", None)],
        None,
    ),
    ("en", 'An opposition leader called the increase "a tax on the poor."', False, [], None),
    ("en", "Railway officials privately expect further fare increases before the end of the year.", False, [], None),
    # --- Rekordbudget für die Schiene (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bund will in diesem Jahr 22,4 Milliarden Euro in das Schienennetz investieren, so viel wie nie zuvor.",
        True,
        [("money", 22400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Davon stammen rund 11 Milliarden Euro aus dem Sondervermögen für Infrastruktur, wie aus dem Haushaltsentwurf hervorgeht.",
        True,
        [("money", 11000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bis 2030 sollen 40 besonders stark belastete Strecken mit zusammen rund 4.200 Kilometern generalsaniert werden.",
        True,
        [("year", 2030, None, None), ("count", 40, None, None), ("count", 4200, None, "about")],
        None,
    ),
    (
        "de",
        "Bundesverkehrsminister Bernd Klausing sagte, jede Generalsanierung verringere die Störungen auf der jeweiligen Strecke um bis zu 80 Prozent.",
        True,
        [("percent", 80, "%", "up_to")],
        "Bernd Klausing",
    ),
    (
        "de",
        "Klausing legte zudem einen Zwölf-Punkte-Plan für mehr Pünktlichkeit vor.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("de", "„Wir holen jetzt nach, was über Jahrzehnte versäumt wurde“, sagte Klausing.", False, [], None),
    (
        "de",
        "Der Bundesrechnungshof hatte zuletzt bemängelt, der Investitionsbedarf der Bahn bis 2034 werde um mindestens 60 Milliarden Euro unterschätzt.",
        True,
        [("year", 2034, None, None), ("money", 60000000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bahn sind derzeit rund 3.400 Weichen und 1.100 Brücken sanierungsbedürftig.",
        True,
        [("count", 3400, None, "about"), ("count", 1100, None, None)],
        None,
    ),
    ("de", "Ob das Geld auch tatsächlich verbaut werden kann, bezweifeln Branchenkenner.", False, [], None),
    # --- Heathrow February (Reuters) ---
    (
        "en",
        "LONDON, March 12 (Reuters) - Heathrow handled 5.9 million passengers in February, a record for the month, the airport said on Thursday.",
        True,
        [("date", "--03-12", None, None), ("count", 5900000, None, None)],
        "the airport",
    ),
    (
        "en",
        "Nearly two-fifths of them were travelling to or from North America, the Middle East and Asia.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "Average delays for departing flights fell to 14 minutes from 17 minutes a year earlier.",
        True,
        [("duration", 14, "minute", None), ("duration", 17, "minute", None)],
        None,
    ),
    (
        "en",
        "The airport wants a third runway in service by 2036 and expects a planning decision within two years.",
        True,
        [("ordinal", 3, None, None), ("year", 2036, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The expansion is expected to cost about 33 billion pounds, to be paid for by the airport's private owners.",
        True,
        [("money", 33000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"A bigger Heathrow means a bigger Britain," the airport\'s chief executive told a conference in London.',
        False,
        [],
        None,
    ),
    ("en", 'Environmental groups called the plan "climate vandalism."', False, [], None),
    # --- ÖBB-Bilanz (APA) ---
    (
        "de",
        "Wien (APA) - Mit 497 Millionen Fahrgästen haben die Österreichischen Bundesbahnen im Vorjahr einen Rekord aufgestellt.",
        True,
        [("count", 497000000, None, None)],
        None,
    ),
    (
        "de",
        "Im Nahverkehr waren 95,6 Prozent der Züge pünktlich, im Fernverkehr nur 84,1 Prozent, wie die ÖBB am Dienstag mitteilten.",
        True,
        [("percent", 95.6, "%", None), ("percent", 84.1, "%", None)],
        "die ÖBB",
    ),
    (
        "de",
        "Der Jahresgewinn sank um 18 Prozent auf 142 Millionen Euro.",
        True,
        [("percent", 18, "%", None), ("money", 142000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "ÖBB-Vorstandschef Andreas Guttenbrunner sagte, der Konzern werde heuer 4,3 Milliarden Euro in die Infrastruktur investieren.",
        True,
        [("money", 4300000000, "EUR", None)],
        None,
    ),
    ("de", "„Wir sind die Klimaschützer der Nation“, sagte Guttenbrunner.", False, [], None),
    (
        "de",
        "Das Klimaticket hatten Ende Dezember rund 312.000 Menschen.",
        True,
        [("count", 312000, None, "about")],
        None,
    ),
    (
        "de",
        "Der VCÖ kritisierte, dass fast ein Drittel der Nebenbahnen noch immer nicht elektrifiziert sei.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    # --- Southeastern drivers (PA) ---
    (
        "en",
        "LONDON (PA) - Train drivers at Southeastern will strike for 48 hours from March 19 after rejecting a fourth pay offer, the Aslef union said.",
        True,
        [("duration", 48, "hour", None), ("date", "--03-19", None, None), ("ordinal", 4, None, None)],
        "the Aslef union",
    ),
    (
        "en",
        "The company offered a 2% rise in June, then 3% in September and 3.8% in December, before tabling 4.2% last month.",
        True,
        [
            ("percent", 2, "%", None),
            ("percent", 3, "%", None),
            ("percent", 3.8, "%", None),
            ("percent", 4.2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Aslef organiser Gareth Probyn said drivers had gone without a pay rise for 26 months.",
        True,
        [("duration", 26, "month", None)],
        "Gareth Probyn",
    ),
    ("en", '"Management has treated our members with contempt from the start," Probyn said.', False, [], None),
    (
        "en",
        "Southeastern said its latest offer was worth 4,300 pounds a year to a driver on a basic salary of 67,000 pounds.",
        True,
        [("money", 4300, "GBP", None), ("money", 67000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The operator runs about 1,700 services on a typical weekday, carrying some 400,000 passengers.",
        True,
        [("count", 1700, None, "about"), ("count", 400000, None, "about")],
        None,
    ),
    (
        "en",
        'Southeastern called the strike "deeply disappointing" and urged Aslef to put the offer to its members.',
        False,
        [],
        None,
    ),
    ("en", "Passengers should expect no trains at all on some routes and are advised not to travel.", False, [], None),
    # --- Einigung mit der EVG (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Deutsche Bahn und die Eisenbahn- und Verkehrsgewerkschaft EVG haben sich nach einem 21-stündigen Verhandlungsmarathon auf einen neuen Tarifvertrag geeinigt.",
        True,
        [("duration", 21, "hour", None)],
        None,
    ),
    (
        "de",
        "Die rund 192.000 Beschäftigten erhalten in zwei Stufen insgesamt 5,9 Prozent mehr Geld, die erste zum 1. Juli, die zweite im April des folgenden Jahres.",
        True,
        [
            ("count", 192000, None, "about"),
            ("count", 2, None, None),
            ("percent", 5.9, "%", None),
            ("ordinal", 1, None, None),
            ("date", "--07-01", None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Hinzu kommt eine Einmalzahlung von 1.800 Euro, die im Mai ausgezahlt werden soll.",
        True,
        [("money", 1800, "EUR", None)],
        None,
    ),
    ("de", "Der Vertrag läuft 26 Monate, teilte die EVG mit.", True, [("duration", 26, "month", None)], "die EVG"),
    (
        "de",
        "EVG-Verhandlungsführer Anselm Röttgering sagte, für Beschäftigte in den unteren Lohngruppen bedeute der Abschluss ein Plus von bis zu 11 Prozent.",
        True,
        [("percent", 11, "%", "up_to")],
        "Anselm Röttgering",
    ),
    ("de", "„Das ist ein Ergebnis, auf das unsere Mitglieder stolz sein können“, sagte Röttgering.", False, [], None),
    (
        "de",
        "Lautenschläger sagte, der Abschluss koste die Bahn über die gesamte Laufzeit rund 1,4 Milliarden Euro.",
        True,
        [("money", 1400000000, "EUR", "about")],
        None,
    ),
    ("de", "Streiks der EVG sind damit bis zum Ende der Laufzeit ausgeschlossen.", True, [], None),
]
