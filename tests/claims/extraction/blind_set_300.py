"""Three-hundredth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Holger Wendeborn, Ronny Haberkamp, Katrin Obermeier, Rainer Hofbauer, Gerold Pichlmayr,
Gerhard Lindtner, Bernhard Vogtländer, Sabine Kettelhack, Mareike Thiessen, Annegret
Vollrath, Urs Gantenbein, Elke Gröschner, Helga Stöcklmayr, Friedrich Mairhofer, the
holiday airline Sonnenflug, Jonas Rieckhoff, Hartmut Dressler, Matthias Zwahlen, Franziska
Lehner-Wallisch, Manfred Gschwandtner, Volker Stahlschmidt; Declan Ormsby, Priya Halloran,
Kieran Mottram, Harlan Voss, Calder Ridge Analytics, Larkspur Air, Dana Kowalczyk, Harriet
Boyle-Saunders, the Brookfield Unified School District and the Brookfield Teachers
Alliance, Carla Nunnally, Marcus Delgado, Joachim Vellmer, Miles Pemberton, Tri-County
Commuter Rail, Troy Albrecht, Severnside Buses, Nadia Kellerman, Aerolink Services, Theresa
Quintanilla; every unnamed spokesperson, official, economist, governor, driver, cleaner and
traveller); chairs, negotiators, executives and ministers of real unions, employers,
companies and governments appear under made-up names that stand for no real holder, or by
their role only ("ein Verdi-Vorstandsmitglied", "Eine DGB-Vizechefin", "The state's
governor", "The mayor's office"). Real unions, employers, companies, bodies, laws and places
(GDL, Deutsche Bahn, EVG, Verdi, Fraport, Flughafenverband ADV, BDLS, PRO-GE, GPA,
Statistik Austria, vida, ÖBB, Westbahn, Wirtschaftskammer, DGB, IG Metall, Institut der
deutschen Wirtschaft, Swiss, Aeropers, BVG, Senat, Handelsverband, Landesarbeitsgericht
Hessen, Vereinigung Cockpit, dbb, Tarifgemeinschaft deutscher Länder, Medizinische
Hochschule Hannover, SBB, SEV, Gewerkschaftsbund, Austrian Airlines, Flughafen Wien, WSI;
the RMT, Unite, Heathrow, the Taft-Hartley Act, the Association of Flight Attendants, the
National Mediation Board, the Department for Business and Trade, the Office for National
Statistics, the TUC, Lufthansa, UFO, the NHS pay review body, Unison, the Royal
College of Nursing, a Presidential Emergency Board, Geneva airport, VPOD, Transport for
London, London First, Acas, the Service Employees International Union, Gallup, the Bureau
of Labor Statistics, the AFL-CIO, and the datelines' cities) stand for the way wire copy
names them; every demand, offer, deal, ballot, turnout, strike length, cancellation,
membership figure, cost, quote and label here is invented, and where a real figure came to
mind (a real rail arbitration award, a real port strike's ports and demand, a real
membership total, rate or poll result) it was changed (the years of laws, founding dates
and the start of statistical series kept).

Its weight: LABOUR DISPUTES AND STRIKES (the hundredth batch weighed strikes, labour
disputes and wage deals, the forty-eighth and two-hundred-and-sixth transport strikes, the
fifty-sixth wages and collective bargaining and the two-hundred-and-thirty-third labour
disputes and wage deals, and their decisions are kept) over one autumn, September to
December, 28 short stories with the German and English ones interleaved (not strictly in
date order), each told as wire copy runs it (a dateline lead, the demand, the offer, the
walkout and its disruption, ballots, attributed claims of both sides, quotes, reactions,
arbitration or the deal). Half German (dpa, APA, Keystone-SDA; Austrian "ab 1. November",
"für 3. Dezember", "Kollektivvertrag", "Obmann", Swiss "35'000", "1300", "60'000",
"Franken", "Mitarbeitende", "Teuerung", «» quotes, German „“ quotes): a GDL warning strike
at Deutsche Bahn, a Verdi strike of airport ground staff, the Austrian metalworkers' round,
a vida rail strike at the ÖBB, the EVG arbitration, DGB membership, the Swiss pilots'
ballot, a BVG strike ballot, the Austrian retail round, a court's ban on a pilots' strike,
the Länder public-sector round, the SBB pay round, an AUA cabin strike and the annual
strike tally. Half English (Reuters, PA, AP, AFP): an RMT national rail strike, a Heathrow
ground staff strike, an East Coast port strike, a flight attendants' strike vote, UK union
membership, a teachers' strike, a Lufthansa cabin crew strike, an NHS pay award, a
commuter rail engineers' strike, a Geneva airport stoppage, a London Underground strike, a
bus drivers' arbitration, a U.S. airport service workers' strike and U.S. union approval
and membership. Figures as such copy has them: demands and offers in percent with floors
in euros and francs, steps, terms in months and years, one-off payments, hourly and
yearly pay in dollars and pounds, strike lengths in hours and days, cancelled flights,
trains and connections, passengers affected, ballots with turnout and thresholds, working
days lost, union members and membership rates, strike costs; number words and compounds
("20-stündigen", "14-stündigen", "48-stündigen", "24-stündigen", "a 72-hour walkout",
"a five-year contract", "a 30-day cooling-off period", "an 80-day cooling-off period",
"Sixty-four percent"), fractions ("up to a fifth", "just under half", "about one in
eight", „Ein Drittel“, „gut ein Drittel“, „fast die Hälfte“, „knapp ein Sechstel“),
ordinals („in der zweiten Verhandlungsrunde“, „nach der dritten Runde“, „Die vierte
Verhandlungsrunde“, „Für das zweite Jahr“, „der dritte Ausstand binnen vier Wochen“,
"Britain's second-largest union", "the RMT's fourth Tube strike"), hedges, ranges, years
and dates. Negatives as such copy has them - about a fifth of the rows: union leaders',
employers' and ministers' anger, resolve and labels in quotes („nannte“, „sprach von“,
„bezeichnete ... als“, "called", "described ... as"), a verdict with „hält ... für“,
warnings naming no measure, evasions after a ballot and a ruling, travel advice, hopes,
fears, doubts and expectations without a figure, open questions and vox pops, each near a
check-worthy look-alike from the same story.

244 rows (122 German, 122 English), 55 negatives (27 German, 28 English), 189 check-worthy
rows of which 22 carry no figure (19 German, 3 English), 308 expected quantities (91
counts, 78 percentages - 76 in %, 2 in percentage points -, 49 durations - 17 in years, 12
in hours, 9 in months, 7 in days, 4 in weeks -, 34 amounts of money - 18 EUR, 7 USD, 6
GBP, 3 CHF -, 23 dates, 18 ordinals, 8 years, 7 fractions; none of them in a negative), 35
checked speakers (20 German, 15 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, resolve, warning, hope, fear, doubt or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundredth, two-hundred-and-fourth, two-hundred-and-thirty-third); a quoted or reported
  statement of fact, figure, step, plan, demand or offer is check-worthy with its speaker,
  also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Wendeborn's 1.1 billion
  euros beside his „Zumutung“, Obermeier's three rounds beside „leeren Terminals“,
  Hofbauer's 150 works beside „Almosen“, Vollrath's reported cause beside „ein starkes
  Signal“, Gantenbein's demands beside „zum Äussersten“, Gröschner's 1.4 million euros
  beside „schaden allen“, Mairhofer's third of firms beside his „maßlosen Forderung“,
  Lehner-Wallisch's three million euros beside „gefährdet den Standort“, Nunnally's $280
  million beside "Our kids deserve".
- Strikes, ballots and courts (forty-eighth, hundredth, two-hundred-and-sixth,
  two-hundred-and-thirty-third): a strike called or announced, a ballot set, talks broken
  off, a next round scheduled, an arbitration agreed and a deal accepted are check-worthy,
  with or without a figure; so are statements of a rule ("Streiks sind bei der SBB wegen
  der absoluten Friedenspflicht ... ausgeschlossen", "where most collective agreements
  contain a peace clause"; thirty-third and fortieth: a checkable rule), the Hessian court's
  ban with „teilte das Gericht mit“ -> "das Gericht" (forty-first) and „Gegen die
  Entscheidung ist kein Rechtsmittel mehr möglich.“ (hundred-seventy-seventh: „nicht
  anfechtbar“). Evasions are negatives (two-hundred-and-seventy-sixth: "before deciding
  whether to appeal"): Rieckhoff's „man werde die Begründung genau prüfen und dann über
  weitere Schritte entscheiden“; New: „Die Swiss teilte mit, sie bedaure den Entscheid und
  werde das weitere Vorgehen nun in Ruhe prüfen.“ is an evasion after a ballot and a
  negative - a regret and a review name no step - while „Die Bahn teilte mit, sie nehme den
  Schlichterspruch ohne Abstriche an.“ states a step and is check-worthy.
- Lengths are durations (the issue's "fünfstündigen"; two-hundred-and-thirty-third):
  „20-stündigen“, „24-stündigen“, „48-stündigen“, „14-stündigen Verhandlungsmarathon“,
  "a 72-hour walkout", "for four hours", "a further four-hour
  stoppage", "set to last 24 hours", "a strike that lasted 23 days", "for 10 days", "on
  three days" 3 days (two-hundred-and-sixth: "on six days in March"), „knapp vier Wochen
  lang“ 4 weeks "nearly", "within four weeks", "for over three weeks" ("over" before a span
  no hedge); "ganztägigen" none. New: "on the first of five days of action" is ordinal 1
  and 5 days - the strike days are counted as a span, as "on six days in March". Working
  weeks are hours ("to 42 hours", "to 32 hours from 35" both; fifty-sixth and
  two-hundred-and-thirty-third).
- Demands, offers and deals (two-hundred-and-thirty-third and the batches it cites):
  „mindestens aber 420 Euro monatlich“, „mindestens jedoch 350 Euro monatlich“, „mindestens
  aber 330 Euro monatlich“ and „mindestens aber 150 Franken im Monat“ "at_least"; „zwölf
  Monate laufen“, „über 30 Monate“, „bei einer Laufzeit von 26 Monaten“, „mit 48 Monaten
  Laufzeit“, "over 18 months", "over 33 months" months ("über" before a span no hedge);
  „in zwei Stufen“, „in drei Stufen“ and "in three steps" counts (two-hundred-and-thirty-third:
  „in zwei Schritten“); „in drei Runden“ and „Nach fünf Runden“ counts; „Für das zweite
  Jahr“ ordinal 2 („Im zweiten Jahr“); „0,5 Prozentpunkten über der Inflation“ 0.5 pp;
  "9% a year for three years", "12% over three years", "33% over four years", "14.5% over
  five years", "12% over two years", „18 Prozent über drei Jahre“ and „12 Prozent über zwei
  Jahre“ with the period ("a year" none); „bis zu 14 Prozent über vier Jahre“ and „bis zu
  38 Prozent“ "up_to"; "$4.50 an hour in each year of a five-year contract, or about 62%
  over the term" 4.5 USD, 5 years, 62 "about" ("over the term" none); Einmalzahlungen,
  Prämien and "a one-off payment of 750 pounds" the amount only; pay per hour, month and
  year the amount only ("$13.25 an hour on average" no hedge, "$135,000 a year from
  $113,000", "£16.40", „im Schnitt 2.350 Euro brutto im Monat“).
- Ballots, turnouts and thresholds are percentages (eleventh, sixteenth, hundredth,
  two-hundred-and-thirty-third): "88% ... on a turnout of 57%, clearing the 50% threshold",
  "91% ... on a 74% turnout", "98.6%", "About 93% of the roughly 16,000" (93 "about", 16,000
  "about"), „84 Prozent ..., die Stimmbeteiligung lag bei 93 Prozent“, „95,4 Prozent“,
  „Nötig waren mindestens 75 Prozent“ "at_least", „52,3 Prozent“.
- Cancellations, passengers and strike tallies are counts (forty-eighth, two-hundred-and-sixth):
  „1.040 von rund 1.300“, „etwa 620“, „mehr als 400“ "over", „gut 180.000“ "over" (forty-first:
  „gut jeder fünfte“), „rund 5.800 Zugverbindungen“, „260 Flüge“, „212 Flüge mit etwa
  34.000 Passagieren“, "about 900 flights", "some 110,000 passengers" "about", "46 flights",
  "all 1,400 daily flights" ("all" no hedge), "only three of the 11 lines" ("only" no
  hedge). Working days lost are counts (eighty-ninth: „60 Arbeitstage“): „rund 1,2
  Millionen Arbeitstage“, „18 Ausfalltagen je 1.000 Beschäftigte“ 18 and 1,000 ("je" none),
  "812,000" working days; "in the 12 months to August" 12 months and "over the same
  stretch a year before" none.
- Membership: members are counts with their hedges („knapp 5,68 Millionen“ "nearly", „gut
  2,1 Millionen“ "over", „rund 1,9 Millionen“, "74,000", "6.21 million", "41,000", "about
  600"), rates are percentages („rund 15 Prozent“, "21.8%", "9.7%", "20.3% in 1983", "32.4%",
  "56%"); „mehr als doppelt so viele“ 2 "over" (twenty-third) and "more than five times the
  5.8% rate" 5 "over" (hundred-sixtieth: "35 times"); „unter 28 Jahren“ 28 years "under"
  (forty-fourth: "Personen unter 26 Jahren"); "Britain's second-largest union" ordinal 2
  (the issue's „die drittgrößte Stadt“); "the largest health union", „Größte
  Einzelgewerkschaft“ and "the highest rate" none; "since the series began in 1995" the
  year. "at least 1,000 workers" "at_least". New: "Sixty-four percent of Americans" is 64
  % - a percentage written in words opens the row as digits would, as "viermal" is 4 (the
  issue). New: "a margin of error of 4 percentage points" is 4 pp - a poll's margin is a
  span of points, as a change in points (fifty-seventh); "down from 71% two years earlier"
  71 % and 2 years (two-hundred-and-seventy-sixth: "two years later than originally
  planned").
- Fractions (the issue; hundred-eleventh, two-hundred-and-thirty-third): "up to a fifth of
  flights" 0.2 "up_to", „Ein Drittel der Handelsbetriebe“ 0.3333, „gut ein Drittel“ 0.3333
  "over", „fast die Hälfte“ 0.5 "nearly", "about one in eight" 0.125 "about" (hundred-eleventh:
  "nearly one in eight"). New: "just under half of employees" is 0.5 "under" - "under"
  stands right before the share, and "just" intensifies it as "far above one in 10"
  (hundred-first) changes nothing, unlike "just below the 50% threshold" where the hedge
  stands before "the" (hundredth). New: „knapp ein Sechstel“ is 0.1667 "nearly" - a sixth
  is a fraction as the issue's fifths and quarters, rounded to four places as "ein Drittel"
  0.3333.
- Ordinals and firsts: „in der zweiten Verhandlungsrunde“ 2, „nach der dritten Runde“ 3,
  „Die vierte Verhandlungsrunde“ 4, „in der vierten Runde“ 4, „Die dritte und nach Plan
  letzte Verhandlungsrunde“ 3, "the second by UFO this year" 2, "the third in its history"
  3, "the district's first strike since 2019" 1 and the year (hundredth: "the first strike
  at the Wichita plant since 2008"), "the first coastwide walkout by their union in 40
  years" 1 and 40 years, „der dritte Ausstand binnen vier Wochen“ 3 and 4 weeks
  (two-hundred-and-sixth: "der zweite Warnstreik ... binnen drei Wochen"), „Ein Streik wäre
  der erste bei der Swiss seit ihrer Gründung 2002“ 1 and the year, „zuletzt vor fünf
  Jahren ..., es ist der erste seither“ 1 and 5 years („zuletzt“ no hedge), "entered its
  second day" 2, "in the first six months" 1 and 6 months (forty-second: „in den ersten
  neun Monaten“). „zu ersten Warnstreiks“ none (sixteenth: "ersten" before a plural without
  an article), „erstmals seit Langem“ none. „Die beiden Schlichter“ carries no count
  ("beiden" is no number word, as an earlier batch's „die beiden Fahrer“), while "the two
  hubs" is 2 (forty-first: "the two most common compounds").
- Years and dates: Reuters datelines with a day are dates without a year ("LONDON, Oct 3",
  "NEW YORK, Oct 6", "CHICAGO, Oct 8", "LONDON, Oct 15", "FRANKFURT, Nov 5", "PHILADELPHIA,
  Nov 10", "CHARLOTTE, North Carolina, Nov 24", "LONDON, Sept 15", "WASHINGTON, Sept 1";
  hundred-sixtieth); dpa, APA, Keystone-SDA, AFP and rows with no dateline none
  (seventy-ninth). "September 24, 26 and 29" three dates and "from September 22" one
  (hundredth: "on Feb. 18 and 19" two dates); „für den 14. und 15. Oktober“ two dates; „ab
  1. November“, „bis zum 30. November“, „bis zum 12. Dezember“, „für 3. Dezember“, „am 9.
  Dezember“, „ab 1. Januar“, "from Oct. 17", "from Oct. 20" dates without a year. "in
  2027", "since 2022", "since 2019", "since 2020", "in 2023", "in 1983", "in 1995",
  „Gründung 2002“ years. Clock times („um 2.00 Uhr“, „bis 22.00 Uhr“, „um 3.00 Uhr“, "at
  midnight") none, leaving „Der Ausstand soll am Donnerstag um 2.00 Uhr beginnen und bis
  22.00 Uhr dauern“ and „Der Streik soll am kommenden Montag um 3.00 Uhr beginnen“
  check-worthy without a figure (forty-eighth). None: "last year", "this year", "a year
  earlier", "a week of disruption", "a week after", "last month", „im vergangenen Jahr“,
  „im kommenden Jahr“, „in diesem Jahr“, „pro Jahr“, „im Monat“, „monatlich“, „Täglich“,
  „per Ende März“, "backdated to April", "backdated to July", "since March", "in August",
  „im Oktober“, "a year", "an hour".
- Money in the currency written (every batch): EUR for euros („rund 1,1 Milliarden Euro
  pro Jahr“, „rund 11 Milliarden Euro pro Jahr“ and „rund 1,4 Millionen Euro“ "about",
  „4,2 Milliarden Euro“, "3,000 euros"), CHF for francs („150 Franken“,
  „600 Franken“, "8.5 million Swiss francs"), GBP for pounds ("£19 million a day" and
  "about £1.9 billion" and "about £4.6 million" "about" - "an estimated" "about",
  two-hundred-and-seventy-sixth -, "£230 million", "750 pounds", "£16.40"), USD for
  dollars ("$3.8 billion for each week", "$280 million", "$20 an hour").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "some", "an estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „gut“,
  "more than", "More than" "over"; „unter“ right before the figure, "just under" "under";
  „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge: „insgesamt“,
  „zuletzt“, „allein“, „im Schnitt“, "on average", "only", "all", "a further", „weitere“,
  "over" before a span.
- Speakers, checked only in forms the earlier batches settled: „teilte die GDL am Mittwoch
  mit“ -> "die GDL" (the weekday dropped, hundred-fourteenth), „teilte die Gewerkschaft
  PRO-GE mit“ -> "die Gewerkschaft PRO-GE" (two-hundred-and-thirty-third: „teilte die
  Gewerkschaft vida mit“), „teilte die EVG mit“, „teilte der DGB am Montag mit“, „teilte die
  SBB mit“, „teilte das Gericht mit“; „Nach Angaben der Bahn“ -> "die Bahn" and „nach
  Angaben der Gewerkschaft“ -> "die Gewerkschaft" (two-hundred-and-thirty-third); „X sagte,
  ...“ with the office dropped („Bahn-Personalvorstand Holger Wendeborn“,
  „Verdi-Verhandlungsführerin Katrin Obermeier“, „PRO-GE-Chefverhandler Rainer Hofbauer“,
  „vida-Vorsitzender Gerhard Lindtner“, „DGB-Chefin Annegret Vollrath“,
  „Aeropers-Präsident Urs Gantenbein“, „BVG-Personalvorständin Elke Gröschner“,
  „GPA-Verhandlerin Helga Stöcklmayr“, „TdL-Verhandlungsführer Hartmut Dressler“,
  „AUA-Vorständin Franziska Lehner-Wallisch“, „IW-Tarifexperte Volker Stahlschmidt“) and
  „..., sagte Mairhofer.“ the surname (hundred-eightieth, two-hundred-and-thirty-third).
  English: "the union said" and "The union said" -> "the union", "the Unite union said"
  with "union" (hundredth), "Unite said", "Lufthansa said", "Acas said", "Transport for
  London said" as written, "the Association of Flight Attendants said" and "the Office for
  National Statistics said" and "the Royal College of Nursing said" with "the", "The
  company said" -> "the company", "..., the airport said." -> "the airport", "The SEIU said"
  -> "the SEIU", "Superintendent Carla Nunnally said" and "Union president Marcus Delgado
  said" the name with the title dropped. Left unchecked (None): all negatives, also those
  with a named speaker; „nach Angaben des Konzerns“, „nach Angaben des Pilotenverbands
  Aeropers“ (masculine genitives, hundredth), „Am größten Drehkreuz Frankfurt strich der Betreiber Fraport“,
  „Der Flughafenverband ADV schätzt“, „Die Tarifgemeinschaft deutscher Länder (TdL) bezifferte“, „nach Berechnungen des WSI“,
  „nach Berechnungen des Instituts der deutschen Wirtschaft“, „nach Schätzungen des
  Gewerkschaftsbunds“, „nach Gewerkschaftsangaben“, „laut Statistik Austria“, „teilte das
  gewerkschaftsnahe Institut ... mit“ (a description, not a name), „Die Bahn teilte mit,
  ...“ and „Die Swiss teilte mit, ...“ (forms no batch settled), „Die Westbahn kündigte
  an“; "according to ..." (industry figures, ship-tracking data, the Department for
  Business and Trade, the health department, the VPOD union, the Unite union, the Service
  Employees International Union, the Bureau of Labor Statistics), "TfL data showed",
  "official figures showed", "officials said", "A Lufthansa spokesperson said" (a role),
  "Unison, the largest health union, said", "Unite, Britain's second-largest union, said"
  and "The port operators' alliance, which bargains for the employers, said" (a description
  between, two-hundred-and-thirty-third), "Economists at Calder Ridge Analytics estimated",
  "Business group London First estimated", "the government announced", and rows without
  attribution. As the two-hundred-and-sixth and two-hundred-and-thirty-third batches did,
  and to keep the checked speakers near 35, this batch also leaves unchecked forms it could
  have checked: „nach Angaben der ÖBB“, „nach Angaben der Fluglinie“, "Heathrow said",
  "Larkspur said", "The railroad said", "Severnside said", "The government said", "The
  airport said" (Charlotte) and "Aerolink said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_300 = [
    # --- GDL-Warnstreik bei der Bahn (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Die Lokführergewerkschaft GDL hat bundesweit zu einem 20-stündigen Warnstreik im Personen- und Güterverkehr der Deutschen Bahn aufgerufen.",
        True,
        [("duration", 20, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Ausstand soll am Donnerstag um 2.00 Uhr beginnen und bis 22.00 Uhr dauern, teilte die GDL am Mittwoch mit.",
        True,
        [],
        "die GDL",
    ),
    (
        "de",
        "Die Gewerkschaft fordert 8,5 Prozent mehr Lohn, mindestens aber 420 Euro monatlich; der Tarifvertrag soll nach ihrem Willen zwölf Monate laufen.",
        True,
        [("percent", 8.5, "%", None), ("money", 420, "EUR", "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Bahn hatte in der zweiten Verhandlungsrunde ein Plus von 4,2 Prozent in zwei Stufen über 30 Monate sowie eine Einmalzahlung von 1.200 Euro angeboten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 4.2, "%", None),
            ("count", 2, None, None),
            ("duration", 30, "month", None),
            ("money", 1200, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bahn fallen im Fernverkehr rund 80 Prozent der Verbindungen aus, im Regionalverkehr ruht der Betrieb in einigen Ländern fast vollständig.",
        True,
        [("percent", 80, "%", "about")],
        "die Bahn",
    ),
    (
        "de",
        "Bahn-Personalvorstand Holger Wendeborn sagte, die Forderungen der GDL summierten sich auf Mehrkosten von rund 1,1 Milliarden Euro pro Jahr.",
        True,
        [("money", 1100000000, "EUR", "about")],
        "Holger Wendeborn",
    ),
    (
        "de",
        "„Dieser Streik ist eine Zumutung für Millionen Pendler und durch nichts zu rechtfertigen“, sagte Wendeborn.",
        False,
        [],
        None,
    ),
    ("de", "GDL-Chef Ronny Haberkamp nannte das Angebot der Bahn „eine Provokation mit Ansage“.", False, [], None),
    ("de", "Viele Reisende an den Bahnhöfen reagierten mit Verständnis, andere mit offenem Ärger.", False, [], None),
    (
        "de",
        "Bereits gekaufte Tickets für den Streiktag können nach Angaben des Konzerns später genutzt oder kostenlos erstattet werden.",
        True,
        [],
        None,
    ),
    # --- RMT rail strike (PA), September ---
    (
        "en",
        "Rail passengers in England face a week of disruption after RMT members at six train operators voted to walk out on three days later this month.",
        True,
        [("count", 6, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The union said 88% of those who took part backed strikes on a turnout of 57%, clearing the 50% threshold set by law.",
        True,
        [("percent", 88, "%", None), ("percent", 57, "%", None), ("percent", 50, "%", None)],
        "the union",
    ),
    (
        "en",
        "Walkouts are planned for September 24, 26 and 29, with a ban on overtime running for 10 days from September 22.",
        True,
        [
            ("date", "--09-24", None, None),
            ("date", "--09-26", None, None),
            ("date", "--09-29", None, None),
            ("duration", 10, "day", None),
            ("date", "--09-22", None, None),
        ],
        None,
    ),
    (
        "en",
        "The RMT is seeking a 6% rise for about 14,000 guards, station staff and cleaners, backdated to April.",
        True,
        [("percent", 6, "%", None), ("count", 14000, None, "about")],
        None,
    ),
    (
        "en",
        "The operators have offered 3.5% this year and a further 3% in 2027, tied to changes in rostering.",
        True,
        [("percent", 3.5, "%", None), ("percent", 3, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Operators expect to run about 40% of normal services on strike days, with some rural lines closed entirely.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "RMT general secretary Declan Ormsby said: “Our members are sick of being told there is never any money for the people who actually run the railway.”",
        False,
        [],
        None,
    ),
    (
        "en",
        "Transport Secretary Priya Halloran called the walkouts “a kick in the teeth for passengers” and urged the union to get back round the table.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The last national rail strike, in 2023, cost the industry an estimated £19 million a day, according to industry figures.",
        True,
        [("year", 2023, None, None), ("money", 19000000, "GBP", "about")],
        None,
    ),
    # --- Verdi-Warnstreik an Flughäfen (dpa), Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa) - Mit einem ganztägigen Ausstand hat das Bodenpersonal zum Wochenbeginn die Abfertigung an mehreren deutschen Flughäfen weitgehend lahmgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am größten Drehkreuz Frankfurt strich der Betreiber Fraport 1.040 von rund 1.300 geplanten Starts und Landungen.",
        True,
        [("count", 1040, None, None), ("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "In München fielen etwa 620 Flüge aus, in Hamburg und Düsseldorf zusammen mehr als 400.",
        True,
        [("count", 620, None, "about"), ("count", 400, None, "over")],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV schätzt, dass bundesweit gut 180.000 Passagiere von den Ausfällen betroffen waren.",
        True,
        [("count", 180000, None, "over")],
        None,
    ),
    (
        "de",
        "Verdi verlangt für rund 25.000 Bodenverkehrsdienst-Beschäftigte 9 Prozent mehr Geld, mindestens jedoch 350 Euro monatlich.",
        True,
        [("count", 25000, None, "about"), ("percent", 9, "%", None), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Katrin Obermeier sagte, die Arbeitgeber hätten in drei Runden kein verhandelbares Angebot vorgelegt.",
        True,
        [("count", 3, None, None)],
        "Katrin Obermeier",
    ),
    ("de", "„Wer die Beschäftigten so hinhält, muss mit leeren Terminals rechnen“, sagte Obermeier.", False, [], None),
    (
        "de",
        "Der Arbeitgeberverband BDLS bezeichnete die Arbeitsniederlegung als „maßlos und Gift für den Luftverkehrsstandort“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die vierte Verhandlungsrunde ist für den 14. und 15. Oktober in Potsdam angesetzt.",
        True,
        [("ordinal", 4, None, None), ("date", "--10-14", None, None), ("date", "--10-15", None, None)],
        None,
    ),
    # --- Heathrow ground staff (Reuters), October ---
    (
        "en",
        "LONDON, Oct 3 (Reuters) - Baggage handlers and check-in staff at Heathrow airport will stage a 72-hour walkout from Oct. 17 in a row over pay, the Unite union said.",
        True,
        [("date", "--10-03", None, None), ("duration", 72, "hour", None), ("date", "--10-17", None, None)],
        "the Unite union",
    ),
    (
        "en",
        "About 2,300 workers employed by three ground handling contractors are covered by the dispute.",
        True,
        [("count", 2300, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Unite said 91% of members voted for strike action on a 74% turnout.",
        True,
        [("percent", 91, "%", None), ("percent", 74, "%", None)],
        "Unite",
    ),
    (
        "en",
        "The contractors offered a 4% rise backdated to April and a one-off payment of 750 pounds, which the union rejected as below inflation.",
        True,
        [("percent", 4, "%", None), ("money", 750, "GBP", None)],
        None,
    ),
    (
        "en",
        "Airlines have been told to prepare for the cancellation of up to a fifth of flights at Britain's busiest airport.",
        True,
        [("fraction", 0.2, None, "up_to")],
        None,
    ),
    (
        "en",
        "Heathrow said it would deploy more than 500 volunteer staff from its offices to keep passengers moving during the strike.",
        True,
        [("count", 500, None, "over")],
        None,
    ),
    (
        "en",
        "Unite regional officer Kieran Mottram said the workers were “sick and tired of being taken for granted”.",
        False,
        [],
        None,
    ),
    ("en", "Whether the walkout goes ahead now depends on how the next round of talks goes.", False, [], None),
    (
        "en",
        "Holidaymakers are advised to check with their airline before setting off for the airport.",
        False,
        [],
        None,
    ),
    # --- Metaller-Lohnrunde (APA), September bis November ---
    (
        "de",
        "Wien (APA) - Die Gewerkschaften PRO-GE und GPA gehen mit einer Forderung von 6,1 Prozent mehr Lohn und Gehalt in die Herbstlohnrunde der Metallindustrie.",
        True,
        [("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Grundlage ist die durchschnittliche Teuerung der vergangenen zwölf Monate, die laut Statistik Austria 3,4 Prozent betrug.",
        True,
        [("duration", 12, "month", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Kollektivvertrag gilt für rund 193.000 Beschäftigte in der Metalltechnischen Industrie und fünf weiteren Fachverbänden.",
        True,
        [("count", 193000, None, "about"), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber boten nach der dritten Runde 2,3 Prozent sowie eine steuerfreie Prämie von 800 Euro an.",
        True,
        [("ordinal", 3, None, None), ("percent", 2.3, "%", None), ("money", 800, "EUR", None)],
        None,
    ),
    (
        "de",
        "PRO-GE-Chefverhandler Rainer Hofbauer sagte, in mehr als 150 Betrieben würden am Montag Betriebsversammlungen abgehalten.",
        True,
        [("count", 150, None, "over")],
        "Rainer Hofbauer",
    ),
    ("de", "„Wir lassen uns nicht mit Almosen abspeisen“, sagte Hofbauer.", False, [], None),
    (
        "de",
        "Arbeitgeber-Verhandler Gerold Pichlmayr hält die Forderung der Gewerkschaften für „völlig realitätsfern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach fünf Runden und einem 14-stündigen Verhandlungsmarathon einigten sich die Sozialpartner in der Nacht auf Freitag auf ein Plus von 3,9 Prozent ab 1. November.",
        True,
        [
            ("count", 5, None, None),
            ("duration", 14, "hour", None),
            ("percent", 3.9, "%", None),
            ("date", "--11-01", None, None),
        ],
        None,
    ),
    (
        "de",
        "Für das zweite Jahr wurde ein Abschluss von 0,5 Prozentpunkten über der Inflation vereinbart, teilte die Gewerkschaft PRO-GE mit.",
        True,
        [("ordinal", 2, None, None), ("percent", 0.5, "pp", None)],
        "die Gewerkschaft PRO-GE",
    ),
    # --- East Coast port strike (Reuters), October ---
    (
        "en",
        "NEW YORK, Oct 6 (Reuters) - About 38,000 dockworkers walked off the job at 31 ports from Maine to Texas on Monday, the first coastwide walkout by their union in 40 years.",
        True,
        [
            ("date", "--10-06", None, None),
            ("count", 38000, None, "about"),
            ("count", 31, None, None),
            ("ordinal", 1, None, None),
            ("duration", 40, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The union is seeking a raise of $4.50 an hour in each year of a five-year contract, or about 62% over the term, the union said.",
        True,
        [("money", 4.5, "USD", None), ("duration", 5, "year", None), ("percent", 62, "%", "about")],
        "the union",
    ),
    (
        "en",
        "The port operators' alliance, which bargains for the employers, said it had offered 44% over five years.",
        True,
        [("percent", 44, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The dockworkers' previous six-year contract expired at midnight on Sunday.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Economists at Calder Ridge Analytics estimated the stoppage would cost the U.S. economy $3.8 billion for each week it lasts.",
        True,
        [("money", 3800000000, "USD", None)],
        None,
    ),
    (
        "en",
        "More than 40 container ships were anchored outside New York and Savannah by Wednesday, according to ship-tracking data.",
        True,
        [("count", 40, None, "over")],
        None,
    ),
    (
        "en",
        "The White House has so far declined to seek an 80-day cooling-off period under the Taft-Hartley Act.",
        True,
        [("duration", 80, "day", None)],
        None,
    ),
    (
        "en",
        "Union president Harlan Voss told the crowd at the Port Newark picket line: “Not one box moves until we get a fair contract.”",
        False,
        [],
        None,
    ),
    ("en", "Many economists expect the dispute to drag on well into the new year.", False, [], None),
    ("en", "Retailers fear empty shelves if the ports stay shut into the holiday season.", False, [], None),
    # --- vida-Warnstreik bei den ÖBB (APA), November ---
    (
        "de",
        "Wien (APA) - Die Eisenbahnergewerkschaft vida will am Dienstag den Bahnverkehr bei den ÖBB und mehreren Privatbahnen mit einem 24-stündigen Warnstreik lahmlegen.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben der ÖBB rund 5.800 Zugverbindungen im Nah- und Fernverkehr.",
        True,
        [("count", 5800, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert für die rund 50.000 Beschäftigten im Eisenbahnsektor ein Plus von 7,2 Prozent, die Arbeitgeber bieten 2,9 Prozent.",
        True,
        [("count", 50000, None, "about"), ("percent", 7.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "vida-Vorsitzender Gerhard Lindtner sagte, nach sieben ergebnislosen Runden bleibe der Gewerkschaft kein anderes Mittel.",
        True,
        [("count", 7, None, None)],
        "Gerhard Lindtner",
    ),
    ("de", "Auch die Nachtzüge nach Deutschland, Italien und in die Schweiz fallen aus.", True, [], None),
    (
        "de",
        "Einen Bahnstreik hat es in Österreich zuletzt vor fünf Jahren gegeben, es ist der erste seither.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Die Westbahn kündigte an, ihre Züge zwischen Wien und Salzburg trotz des Ausstands im Stundentakt fahren zu lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Fachverband der Schienenbahnen in der Wirtschaftskammer nannte den Streik „verantwortungslos gegenüber Hunderttausenden Pendlern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pendlerinnen und Pendlern wird empfohlen, auf Fahrgemeinschaften oder das Homeoffice auszuweichen.",
        False,
        [],
        None,
    ),
    # --- Flight attendants' strike vote (Reuters), October ---
    (
        "en",
        "CHICAGO, Oct 8 (Reuters) - Flight attendants at Larkspur Air voted 98.6% in favour of authorising a strike, the Association of Flight Attendants said.",
        True,
        [("date", "--10-08", None, None), ("percent", 98.6, "%", None)],
        "the Association of Flight Attendants",
    ),
    (
        "en",
        "About 93% of the roughly 16,000 eligible members took part in the vote.",
        True,
        [("percent", 93, "%", "about"), ("count", 16000, None, "about")],
        None,
    ),
    (
        "en",
        "Airline unions may only walk out once federal mediators declare an impasse and a subsequent 30-day cooling-off period ends without a deal.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The union is seeking raises of 33% over four years and pay for time spent boarding passengers.",
        True,
        [("percent", 33, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    ("en", "The attendants have worked without a new contract since 2022.", True, [("year", 2022, None, None)], None),
    (
        "en",
        "Larkspur said it had offered immediate raises of 17.5% and further increases in each following year.",
        True,
        [("percent", 17.5, "%", None)],
        None,
    ),
    (
        "en",
        "The carrier operates about 2,100 daily flights from hubs in Chicago, Denver and Seattle.",
        True,
        [("count", 2100, None, "about")],
        None,
    ),
    (
        "en",
        "AFA chapter president Dana Kowalczyk said: “We're ready to shut this airline down if that's what it takes.”",
        False,
        [],
        None,
    ),
    ("en", "Analysts doubt the mediators will release the union from talks any time soon.", False, [], None),
    # --- Schlichtung EVG und Bahn (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Im Tarifkonflikt zwischen der Eisenbahn- und Verkehrsgewerkschaft EVG und der Deutschen Bahn hat die Schlichtungskommission am Mittwoch eine Empfehlung vorgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sie sieht für die rund 180.000 Beschäftigten eine Erhöhung der Löhne um 380 Euro in zwei Schritten bei einer Laufzeit von 26 Monaten vor.",
        True,
        [
            ("count", 180000, None, "about"),
            ("money", 380, "EUR", None),
            ("count", 2, None, None),
            ("duration", 26, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Hinzu kommt eine steuer- und abgabenfreie Inflationsausgleichsprämie von 2.200 Euro.",
        True,
        [("money", 2200, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die beiden Schlichter, der frühere Landesarbeitsminister Bernhard Vogtländer und die Arbeitsrechtlerin Sabine Kettelhack, hatten knapp vier Wochen lang verhandelt.",
        True,
        [("duration", 4, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Während der Schlichtung gilt Friedenspflicht, Streiks sind bis zum 30. November ausgeschlossen.",
        True,
        [("date", "--11-30", None, None)],
        None,
    ),
    (
        "de",
        "Die EVG lässt ihre Mitglieder in einer Urabstimmung über das Ergebnis entscheiden, die bis zum 12. Dezember läuft.",
        True,
        [("date", "--12-12", None, None)],
        None,
    ),
    (
        "de",
        "EVG-Verhandlungsführerin Mareike Thiessen sagte, die Empfehlung liege „hart an der Schmerzgrenze“.",
        False,
        [],
        None,
    ),
    ("de", "Die Bahn teilte mit, sie nehme den Schlichterspruch ohne Abstriche an.", True, [], None),
    (
        "de",
        "Bei der Urabstimmung stimmten 52,3 Prozent der teilnehmenden Mitglieder für die Annahme, teilte die EVG mit.",
        True,
        [("percent", 52.3, "%", None)],
        "die EVG",
    ),
    # --- UK union membership (Reuters), ---
    (
        "en",
        "LONDON, Oct 15 (Reuters) - Trade union membership in the United Kingdom fell by 74,000 last year to 6.21 million employees, official figures showed on Wednesday.",
        True,
        [("date", "--10-15", None, None), ("count", 74000, None, None), ("count", 6210000, None, None)],
        None,
    ),
    (
        "en",
        "The proportion of employees who belong to a union dropped to 21.8%, the lowest since the series began in 1995.",
        True,
        [("percent", 21.8, "%", None), ("year", 1995, None, None)],
        None,
    ),
    (
        "en",
        "In the public sector just under half of employees were members, compared with about one in eight in the private sector.",
        True,
        [("fraction", 0.5, None, "under"), ("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        "Members in professional occupations made up nearly 40% of the total, according to the Department for Business and Trade.",
        True,
        [("percent", 40, "%", "nearly")],
        None,
    ),
    ("en", "Women accounted for 56% of all union members.", True, [("percent", 56, "%", None)], None),
    (
        "en",
        "The number of working days lost to strikes fell to 812,000 in the 12 months to August, down from 2.7 million over the same stretch a year before, the Office for National Statistics said.",
        True,
        [("count", 812000, None, None), ("duration", 12, "month", None), ("count", 2700000, None, None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Unite, Britain's second-largest union, said it had signed up 41,000 new members in the first six months.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 41000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "TUC general secretary Harriet Boyle-Saunders called the decline “a wake-up call for the whole movement”.",
        False,
        [],
        None,
    ),
    ("en", "Organisers hope the new workplace rights will reverse the trend.", False, [], None),
    # --- DGB-Mitgliederzahlen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Gewerkschaften im Deutschen Gewerkschaftsbund haben im vergangenen Jahr erstmals seit Langem wieder Mitglieder hinzugewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl stieg um 0,8 Prozent auf knapp 5,68 Millionen, teilte der DGB am Montag mit.",
        True,
        [("percent", 0.8, "%", None), ("count", 5680000, None, "nearly")],
        "der DGB",
    ),
    (
        "de",
        "Größte Einzelgewerkschaft bleibt die IG Metall mit gut 2,1 Millionen Mitgliedern vor Verdi mit rund 1,9 Millionen.",
        True,
        [("count", 2100000, None, "over"), ("count", 1900000, None, "about")],
        None,
    ),
    (
        "de",
        "Verdi allein verzeichnete 68.000 Eintritte, fast die Hälfte davon von Menschen unter 28 Jahren.",
        True,
        [("count", 68000, None, None), ("fraction", 0.5, None, "nearly"), ("duration", 28, "year", "under")],
        None,
    ),
    (
        "de",
        "Der Organisationsgrad liegt nach Berechnungen des Instituts der deutschen Wirtschaft bei rund 15 Prozent der Beschäftigten.",
        True,
        [("percent", 15, "%", "about")],
        None,
    ),
    (
        "de",
        "Kurz nach der Wiedervereinigung hatten die DGB-Gewerkschaften noch mehr als doppelt so viele Mitglieder.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "DGB-Chefin Annegret Vollrath sagte, vor allem die Warnstreiks der vergangenen Tarifrunden hätten viele Beschäftigte zum Eintritt bewogen.",
        True,
        [],
        "Annegret Vollrath",
    ),
    (
        "de",
        "„Gewerkschaften sind wieder gefragt, und das ist ein starkes Signal an die Arbeitgeber“, sagte Vollrath.",
        False,
        [],
        None,
    ),
    # --- Teachers' strike (AP), October ---
    (
        "en",
        "About 22,000 teachers in the Brookfield Unified School District went on strike Monday, closing 140 schools attended by roughly 300,000 students.",
        True,
        [("count", 22000, None, "about"), ("count", 140, None, None), ("count", 300000, None, "about")],
        None,
    ),
    (
        "en",
        "The Brookfield Teachers Alliance is demanding raises of 9% a year for three years, while the district has offered 12% over three years.",
        True,
        [
            ("percent", 9, "%", None),
            ("duration", 3, "year", None),
            ("percent", 12, "%", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "It is the district's first strike since 2019 and the third in its history.",
        True,
        [("ordinal", 1, None, None), ("year", 2019, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Superintendent Carla Nunnally said the district faced a $280 million deficit and could not meet the union's demands.",
        True,
        [("money", 280000000, "USD", None)],
        "Carla Nunnally",
    ),
    (
        "en",
        "Union president Marcus Delgado said teachers' pay had fallen 11% behind inflation since 2020.",
        True,
        [("percent", 11, "%", None), ("year", 2020, None, None)],
        "Marcus Delgado",
    ),
    ("en", "“Our kids deserve so much better than this,” Nunnally said.", False, [], None),
    (
        "en",
        "Parents scrambled to find child care as the walkout entered its second day.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The district will hand out free meals at 40 sites during the strike, officials said.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    ("en", "It was not clear when negotiators would meet again.", False, [], None),
    # --- Swiss-Piloten lehnen GAV ab (Keystone-SDA), Oktober ---
    (
        "de",
        "Kloten (Keystone-SDA) - Die Pilotinnen und Piloten der Swiss haben den neuen Gesamtarbeitsvertrag in einer Urabstimmung abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Pilotenverbands Aeropers stimmten 84 Prozent dagegen, die Stimmbeteiligung lag bei 93 Prozent.",
        True,
        [("percent", 84, "%", None), ("percent", 93, "%", None)],
        None,
    ),
    (
        "de",
        "Der Vertrag hätte den rund 1300 Cockpit-Angestellten Lohnerhöhungen von bis zu 14 Prozent über vier Jahre gebracht.",
        True,
        [("count", 1300, None, "about"), ("percent", 14, "%", "up_to"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Aeropers-Präsident Urs Gantenbein sagte, die Piloten verlangten vor allem bessere Regeln bei der Frühpensionierung und der Einsatzplanung.",
        True,
        [],
        "Urs Gantenbein",
    ),
    (
        "de",
        "Die Swiss teilte mit, sie bedaure den Entscheid und werde das weitere Vorgehen nun in Ruhe prüfen.",
        False,
        [],
        None,
    ),
    ("de", "Der bisherige GAV ist von der Swiss bereits per Ende März gekündigt worden.", True, [], None),
    (
        "de",
        "Ein Streik wäre der erste bei der Swiss seit ihrer Gründung 2002.",
        True,
        [("ordinal", 1, None, None), ("year", 2002, None, None)],
        None,
    ),
    ("de", "«Wir sind bereit, notfalls bis zum Äussersten zu gehen», sagte Gantenbein.", False, [], None),
    (
        "de",
        "An Spitzentagen im Sommer beförderte die Swiss mehr als 60'000 Passagiere.",
        True,
        [("count", 60000, None, "over")],
        None,
    ),
    # --- Lufthansa cabin crew (Reuters), November ---
    (
        "en",
        "FRANKFURT, Nov 5 (Reuters) - Lufthansa cancelled about 900 flights on Wednesday as cabin crew walked out for 12 hours at its Frankfurt and Munich hubs, affecting some 110,000 passengers.",
        True,
        [
            ("date", "--11-05", None, None),
            ("count", 900, None, "about"),
            ("duration", 12, "hour", None),
            ("count", 110000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The UFO union called the strike after talks on pay and pensions for about 19,000 flight attendants broke down.",
        True,
        [("count", 19000, None, "about")],
        None,
    ),
    (
        "en",
        "UFO is demanding a 15% pay increase over 18 months and a one-off inflation payment of 3,000 euros.",
        True,
        [("percent", 15, "%", None), ("duration", 18, "month", None), ("money", 3000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Lufthansa said it had offered 10% in three steps over 33 months.",
        True,
        [("percent", 10, "%", None), ("count", 3, None, None), ("duration", 33, "month", None)],
        "Lufthansa",
    ),
    (
        "en",
        "The walkout is the second by UFO this year and comes a week after a strike by ground staff.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A Lufthansa spokesperson said the airline aimed to operate 10% of its scheduled programme from the two hubs.",
        True,
        [("percent", 10, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "UFO chief Joachim Vellmer said the union was “ready to talk at any time, but not to be fobbed off”.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Passengers were told to check the status of their flight online before heading to the airport.",
        False,
        [],
        None,
    ),
    # --- Urabstimmung bei der BVG (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Bei der Urabstimmung über unbefristete Streiks bei den Berliner Verkehrsbetrieben (BVG) haben 95,4 Prozent der Verdi-Mitglieder mit Ja gestimmt.",
        True,
        [("percent", 95.4, "%", None)],
        None,
    ),
    (
        "de",
        "Nötig waren mindestens 75 Prozent, die Beteiligung lag nach Angaben der Gewerkschaft bei 71 Prozent.",
        True,
        [("percent", 75, "%", "at_least"), ("percent", 71, "%", None)],
        "die Gewerkschaft",
    ),
    (
        "de",
        "Verdi fordert für die rund 14.500 BVG-Beschäftigten 680 Euro mehr im Monat und eine Schichtzulage von 250 Euro.",
        True,
        [("count", 14500, None, "about"), ("money", 680, "EUR", None), ("money", 250, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das letzte Angebot der BVG lag bei 310 Euro, gestaffelt in drei Stufen und mit 48 Monaten Laufzeit.",
        True,
        [("money", 310, "EUR", None), ("count", 3, None, None), ("duration", 48, "month", None)],
        None,
    ),
    ("de", "Der Streik soll am kommenden Montag um 3.00 Uhr beginnen, ein Ende ist nicht vorgesehen.", True, [], None),
    (
        "de",
        "BVG-Personalvorständin Elke Gröschner sagte, jeder Streiktag koste das Unternehmen rund 1,4 Millionen Euro an Fahrgeldeinnahmen.",
        True,
        [("money", 1400000, "EUR", "about")],
        "Elke Gröschner",
    ),
    (
        "de",
        "„Unbefristete Streiks in der Hauptstadt schaden allen, am Ende auch den Beschäftigten“, sagte Gröschner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Täglich nutzen rund drei Millionen Fahrgäste die Busse, U-Bahnen und Straßenbahnen der BVG.",
        True,
        [("count", 3000000, None, "about")],
        None,
    ),
    ("de", "Ob der Senat noch einmal vermittelt, ist offen.", False, [], None),
    # --- NHS pay award (PA) ---
    (
        "en",
        "NHS staff in England will receive a 3.6% pay rise, the government announced on Thursday, accepting the recommendation of the independent pay review body in full.",
        True,
        [("percent", 3.6, "%", None)],
        None,
    ),
    (
        "en",
        "The award, backdated to April, will cost about £1.9 billion, according to the health department in Whitehall.",
        True,
        [("money", 1900000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Resident doctors will get 5.2% and consultants 4%, while teachers in England were awarded 4.1%.",
        True,
        [("percent", 5.2, "%", None), ("percent", 4, "%", None), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "en",
        "Unison, the largest health union, said it would ballot its 480,000 NHS members on industrial action from Oct. 20.",
        True,
        [("count", 480000, None, None), ("date", "--10-20", None, None)],
        None,
    ),
    (
        "en",
        "The Royal College of Nursing said the award fell short of consumer price inflation, which stood at 3.8% in August.",
        True,
        [("percent", 3.8, "%", None)],
        "the Royal College of Nursing",
    ),
    ("en", "The government said the awards would be funded from existing departmental budgets.", True, [], None),
    (
        "en",
        "Health Secretary Miles Pemberton said: “This is a fair award that the country can afford.”",
        False,
        [],
        None,
    ),
    (
        "en",
        "The nursing union's general secretary called the decision “an insult to the people who held the health service together”.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Nurses in Scotland were offered 4.25% in a separate deal earlier this year.",
        True,
        [("percent", 4.25, "%", None)],
        None,
    ),
    # --- Handels-KV (APA), November ---
    (
        "de",
        "Wien (APA) - Die Kollektivvertragsverhandlungen für die rund 430.000 Angestellten im Handel sind am Donnerstag in der vierten Runde ohne Ergebnis abgebrochen worden.",
        True,
        [("count", 430000, None, "about"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft GPA fordert ein Plus von 4,8 Prozent, die Arbeitgeber bieten 2,2 Prozent sowie eine Einmalzahlung von 500 Euro.",
        True,
        [("percent", 4.8, "%", None), ("percent", 2.2, "%", None), ("money", 500, "EUR", None)],
        None,
    ),
    (
        "de",
        "GPA-Verhandlerin Helga Stöcklmayr sagte, Vollzeitbeschäftigte im Handel verdienten im Schnitt 2.350 Euro brutto im Monat.",
        True,
        [("money", 2350, "EUR", None)],
        "Helga Stöcklmayr",
    ),
    (
        "de",
        "Die Gewerkschaft kündigte für Samstag Betriebsversammlungen in mehr als 300 Filialen an.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Handelsverband-Obmann Friedrich Mairhofer sprach von einer „maßlosen Forderung zur Unzeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Drittel der Handelsbetriebe schreibe derzeit Verluste, sagte Mairhofer.",
        True,
        [("fraction", 0.3333, None, None)],
        "Mairhofer",
    ),
    ("de", "Die nächste Runde ist für 3. Dezember angesetzt.", True, [("date", "--12-03", None, None)], None),
    ("de", "Ob es vor Weihnachten zu Warnstreiks kommt, wollte die Gewerkschaft nicht sagen.", False, [], None),
    # --- Commuter rail engineers' strike (Reuters), November ---
    (
        "en",
        "PHILADELPHIA, Nov 10 (Reuters) - Commuter trains across the Philadelphia suburbs stood still on Monday after about 380 locomotive engineers at Tri-County Commuter Rail walked off the job in a dispute over pay.",
        True,
        [("date", "--11-10", None, None), ("count", 380, None, "about")],
        None,
    ),
    (
        "en",
        "The railroad carries about 95,000 riders on a typical weekday on 11 lines.",
        True,
        [("count", 95000, None, "about"), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The engineers' union wants average pay raised to $135,000 a year from $113,000, in line with other commuter railroads in the region.",
        True,
        [("money", 135000, "USD", None), ("money", 113000, "USD", None)],
        None,
    ),
    (
        "en",
        "A Presidential Emergency Board last month recommended raises of 14.5% over five years, which the union rejected.",
        True,
        [("percent", 14.5, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The railroad said it had hired 200 extra buses but warned they could carry only a fraction of regular riders.",
        True,
        [("count", 200, None, None)],
        None,
    ),
    (
        "en",
        "Union general chairman Troy Albrecht said the board's recommendation “doesn't even keep pace with the cost of living”.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The state's governor called the strike “completely unacceptable” and demanded both sides return to the table.",
        False,
        [],
        None,
    ),
    ("en", "Talks resumed on Wednesday with the help of the National Mediation Board.", True, [], None),
    # --- Streikverbot durch das LAG Hessen (dpa), November ---
    (
        "de",
        "Frankfurt/Main (dpa) - Das Landesarbeitsgericht Hessen hat einen für Donnerstag geplanten Streik der Piloten bei der Ferienfluggesellschaft Sonnenflug untersagt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Richter gaben einem Eilantrag des Unternehmens statt, weil eine der Forderungen gegen die Friedenspflicht verstoße, teilte das Gericht mit.",
        True,
        [],
        "das Gericht",
    ),
    (
        "de",
        "Die Vereinigung Cockpit hatte die rund 650 Piloten der Airline zu einem 48-stündigen Ausstand aufgerufen.",
        True,
        [("count", 650, None, "about"), ("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Sonnenflug hatte vorsorglich 212 Flüge mit etwa 34.000 Passagieren gestrichen.",
        True,
        [("count", 212, None, None), ("count", 34000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert unter anderem eine höhere Betriebsrente und einen Inflationsausgleich von 12 Prozent über zwei Jahre.",
        True,
        [("percent", 12, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Gegen die Entscheidung ist kein Rechtsmittel mehr möglich.", True, [], None),
    (
        "de",
        "VC-Tarifvorstand Jonas Rieckhoff sagte, man werde die Begründung genau prüfen und dann über weitere Schritte entscheiden.",
        False,
        [],
        None,
    ),
    ("de", "Ein Sprecher der Airline sprach von einem „Sieg der Vernunft“.", False, [], None),
    # --- Geneva airport stoppage (AFP), December ---
    (
        "en",
        "GENEVA (AFP) - Ground handling staff at Geneva airport stopped work for four hours on Tuesday morning, forcing the cancellation of 46 flights, the airport said.",
        True,
        [("duration", 4, "hour", None), ("count", 46, None, None)],
        "the airport",
    ),
    (
        "en",
        "The staff are protesting against a plan to cut wages by up to 9% and extend the working week to 42 hours.",
        True,
        [("percent", 9, "%", "up_to"), ("duration", 42, "hour", None)],
        None,
    ),
    (
        "en",
        "About 280 of the contractor's 350 ground staff took part, according to the VPOD union.",
        True,
        [("count", 280, None, "about"), ("count", 350, None, None)],
        None,
    ),
    (
        "en",
        "Strikes are rare in Switzerland, where most collective agreements contain a peace clause barring industrial action while they are in force.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The company said the cuts were needed after a loss of 8.5 million Swiss francs last year.",
        True,
        [("money", 8500000, "CHF", None)],
        "the company",
    ),
    (
        "en",
        "Geneva airport handles about 18 million passengers a year.",
        True,
        [("count", 18000000, None, "about")],
        None,
    ),
    (
        "en",
        "The union has called a further four-hour stoppage for Friday if the plan is not withdrawn.",
        True,
        [("duration", 4, "hour", None)],
        None,
    ),
    ("en", "A union official described the plan as “social dumping in its purest form”.", False, [], None),
    # --- Tarifrunde der Länder (dpa), November/Dezember ---
    (
        "de",
        "Hannover (dpa) - Im Tarifstreit für die Beschäftigten der Länder haben Verdi und der Beamtenbund dbb am Dienstag zu ersten Warnstreiks an Unikliniken, Hochschulen und in Landesverwaltungen aufgerufen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften fordern für die rund 940.000 Tarifbeschäftigten 8 Prozent mehr Geld, mindestens aber 330 Euro monatlich.",
        True,
        [("count", 940000, None, "about"), ("percent", 8, "%", None), ("money", 330, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Das Ergebnis soll anschließend auf rund 1,3 Millionen Beamtinnen und Beamte übertragen werden.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Tarifgemeinschaft deutscher Länder (TdL) bezifferte die Kosten der Forderung auf rund 11 Milliarden Euro pro Jahr.",
        True,
        [("money", 11000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "TdL-Verhandlungsführer Hartmut Dressler sagte, die Länder hätten in diesem Jahr bereits 4,2 Milliarden Euro mehr für Personal ausgegeben als geplant.",
        True,
        [("money", 4200000000, "EUR", None)],
        "Hartmut Dressler",
    ),
    (
        "de",
        "„Wer Lehrkräfte und Pflegekräfte halten will, muss sie auch anständig bezahlen“, sagte ein Verdi-Vorstandsmitglied bei der Kundgebung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Medizinischen Hochschule Hannover legten nach Gewerkschaftsangaben rund 1.200 Beschäftigte die Arbeit nieder.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "Die dritte und nach Plan letzte Verhandlungsrunde beginnt am 9. Dezember in Potsdam.",
        True,
        [("ordinal", 3, None, None), ("date", "--12-09", None, None)],
        None,
    ),
    # --- Tube strike (Reuters), September ---
    (
        "en",
        "LONDON, Sept 15 (Reuters) - Most of London's Underground network was shut on Monday as about 10,000 RMT members walked out on the first of five days of action over pay and fatigue.",
        True,
        [
            ("date", "--09-15", None, None),
            ("count", 10000, None, "about"),
            ("ordinal", 1, None, None),
            ("duration", 5, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Transport for London said only three of the 11 lines were running a partial service.",
        True,
        [("count", 3, None, None), ("count", 11, None, None)],
        "Transport for London",
    ),
    (
        "en",
        "The RMT rejected a 3.4% offer and wants the working week cut to 32 hours from 35.",
        True,
        [("percent", 3.4, "%", None), ("duration", 32, "hour", None), ("duration", 35, "hour", None)],
        None,
    ),
    (
        "en",
        "Bus ridership was up about 30% as commuters sought alternatives, TfL data showed.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Business group London First estimated the strikes would cost the capital's economy £230 million.",
        True,
        [("money", 230000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "It is the RMT's fourth Tube strike in three years.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "The mayor's office called the walkout “pointless and damaging for Londoners”.", False, [], None),
    ("en", "“We've been pushed to the brink,” one striking driver said outside Brixton station.", False, [], None),
    # --- SBB-Lohnrunde (Keystone-SDA), November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SBB und die Gewerkschaften haben sich auf die Lohnmassnahmen für das kommende Jahr geeinigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die rund 35'000 Mitarbeitenden erhalten ab 1. Januar generell 1,2 Prozent mehr Lohn, dazu kommen 0,6 Prozent der Lohnsumme, die individuell verteilt werden.",
        True,
        [
            ("count", 35000, None, "about"),
            ("date", "--01-01", None, None),
            ("percent", 1.2, "%", None),
            ("percent", 0.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft des Verkehrspersonals SEV hatte 2,5 Prozent gefordert, mindestens aber 150 Franken im Monat.",
        True,
        [("percent", 2.5, "%", None), ("money", 150, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "Tiefere Lohnklassen erhalten zusätzlich eine Einmalzahlung von 600 Franken, teilte die SBB mit.",
        True,
        [("money", 600, "CHF", None)],
        "die SBB",
    ),
    (
        "de",
        "SEV-Präsident Matthias Zwahlen sagte, angesichts des Spardrucks sei der Abschluss «gerade noch vertretbar».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Streiks sind bei der SBB wegen der absoluten Friedenspflicht im Gesamtarbeitsvertrag ausgeschlossen.",
        True,
        [],
        None,
    ),
    ("de", "Die Teuerung lag im Oktober bei 0,9 Prozent.", True, [("percent", 0.9, "%", None)], None),
    (
        "de",
        "In der Schweiz ist nach Schätzungen des Gewerkschaftsbunds knapp ein Sechstel der Beschäftigten gewerkschaftlich organisiert.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    # --- Bus drivers' arbitration (PA), October/November ---
    (
        "en",
        "Drivers at Severnside Buses have agreed to send their pay dispute to binding arbitration by Acas, ending a strike that lasted 23 days.",
        True,
        [("duration", 23, "day", None)],
        None,
    ),
    (
        "en",
        "About 1,400 drivers at nine depots had walked out after rejecting a 5% offer, according to the Unite union.",
        True,
        [("count", 1400, None, "about"), ("count", 9, None, None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "The dispute had left more than 60 routes without services for over three weeks.",
        True,
        [("count", 60, None, "over"), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "The arbitrator is expected to rule within four weeks, and both sides have agreed to accept the outcome.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "en",
        "Unite had sought 9.5%, which would lift the hourly rate to £16.40.",
        True,
        [("percent", 9.5, "%", None), ("money", 16.4, "GBP", None)],
        None,
    ),
    (
        "en",
        "Severnside said the strike had cost it about £4.6 million in lost fares.",
        True,
        [("money", 4600000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The arbitrator awarded the drivers a 7.2% rise backdated to July, Acas said.",
        True,
        [("percent", 7.2, "%", None)],
        "Acas",
    ),
    (
        "en",
        "Unite regional secretary Nadia Kellerman said: “This shows what workers can win when they stick together.”",
        False,
        [],
        None,
    ),
    (
        "en",
        "Acas received 1,190 requests for collective conciliation in the year to March, up from 1,020 a year earlier.",
        True,
        [("count", 1190, None, None), ("count", 1020, None, None)],
        None,
    ),
    # --- AUA-Streik (APA), Dezember ---
    (
        "de",
        "Wien (APA) - Wegen eines Streiks des Bordpersonals hat die Austrian Airlines (AUA) am Mittwoch 260 Flüge gestrichen.",
        True,
        [("count", 260, None, None)],
        None,
    ),
    (
        "de",
        "Rund 32.000 Passagiere sind nach Angaben der Fluglinie betroffen.",
        True,
        [("count", 32000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida verlangt für Pilotinnen, Piloten und Flugbegleiter eine Angleichung an das Gehaltsniveau beim Mutterkonzern, was einem Plus von bis zu 38 Prozent entspräche.",
        True,
        [("percent", 38, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die AUA hatte 18 Prozent über drei Jahre angeboten.",
        True,
        [("percent", 18, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Ausstand binnen vier Wochen.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "AUA-Vorständin Franziska Lehner-Wallisch sagte, jeder Streiktag koste die Airline rund drei Millionen Euro.",
        True,
        [("money", 3000000, "EUR", "about")],
        "Franziska Lehner-Wallisch",
    ),
    ("de", "„Diese Forderung gefährdet den Standort Wien“, sagte Lehner-Wallisch.", False, [], None),
    (
        "de",
        "vida-Verhandler Manfred Gschwandtner nannte das Angebot „ein Almosen für Menschen, die Verantwortung für Hunderte Passagiere tragen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer warnte vor einem „enormen Schaden für den Tourismus im ganzen Land“.",
        False,
        [],
        None,
    ),
    ("de", "Der Flughafen Wien empfahl Reisenden, vor der Anreise den Status ihres Fluges zu prüfen.", False, [], None),
    # --- Airport service workers (Reuters), November ---
    (
        "en",
        "CHARLOTTE, North Carolina, Nov 24 (Reuters) - Hundreds of wheelchair attendants, cabin cleaners and baggage handlers at Charlotte's main airport walked off the job on Monday, days before the Thanksgiving rush.",
        True,
        [("date", "--11-24", None, None)],
        None,
    ),
    (
        "en",
        "The workers, employed by contractor Aerolink Services, earn $13.25 an hour on average, according to the Service Employees International Union.",
        True,
        [("money", 13.25, "USD", None)],
        None,
    ),
    (
        "en",
        "The union is demanding a minimum wage of $20 an hour and paid sick leave.",
        True,
        [("money", 20, "USD", None)],
        None,
    ),
    ("en", "The strike is set to last 24 hours.", True, [("duration", 24, "hour", None)], None),
    (
        "en",
        "The airport said all 1,400 daily flights were operating normally.",
        True,
        [("count", 1400, None, None)],
        None,
    ),
    (
        "en",
        "Aerolink said it had raised wages by 12% over two years.",
        True,
        [("percent", 12, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The SEIU said about 600 workers had signed up to join the union since March.",
        True,
        [("count", 600, None, "about")],
        "the SEIU",
    ),
    (
        "en",
        "“We keep this airport running, and we still can't make rent,” said one cabin cleaner on the picket line.",
        False,
        [],
        None,
    ),
    ("en", "An Aerolink spokesman called the walkout “a publicity stunt timed for the holidays”.", False, [], None),
    # --- Streikbilanz (dpa), Dezember ---
    (
        "de",
        "Düsseldorf (dpa) - In Deutschland sind im vergangenen Jahr nach Berechnungen des WSI rund 1,2 Millionen Arbeitstage durch Streiks ausgefallen.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    (
        "de",
        "An den Arbeitskämpfen beteiligten sich insgesamt etwa 870.000 Beschäftigte, teilte das gewerkschaftsnahe Institut am Donnerstag mit.",
        True,
        [("count", 870000, None, "about")],
        None,
    ),
    (
        "de",
        "Im internationalen Vergleich liegt Deutschland mit 18 Ausfalltagen je 1.000 Beschäftigte im unteren Mittelfeld.",
        True,
        [("count", 18, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Das arbeitgebernahe Institut der deutschen Wirtschaft (IW) kam auf 312 Arbeitskämpfe, fünf Jahre zuvor waren es noch 171.",
        True,
        [("count", 312, None, None), ("duration", 5, "year", None), ("count", 171, None, None)],
        None,
    ),
    (
        "de",
        "IW-Tarifexperte Volker Stahlschmidt sagte, gut ein Drittel aller Arbeitskämpfe habe im Verkehrssektor stattgefunden.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Volker Stahlschmidt",
    ),
    (
        "de",
        "Die Arbeitgeber verlangen seit Langem gesetzliche Regeln für Streiks in der kritischen Infrastruktur, etwa eine Ankündigungsfrist von vier Tagen.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    ("de", "Eine DGB-Vizechefin nannte die Vorschläge „einen Frontalangriff auf die Tarifautonomie“.", False, [], None),
    ("de", "„Das Streikrecht ist ein Grundrecht, und dabei bleibt es“, sagte sie.", False, [], None),
    # --- Gallup union approval and U.S. membership (Reuters), September ---
    (
        "en",
        "WASHINGTON, Sept 1 (Reuters) - Sixty-four percent of Americans approve of labor unions, a Gallup poll released ahead of Labor Day showed, down from 71% two years earlier.",
        True,
        [
            ("date", "--09-01", None, None),
            ("percent", 64, "%", None),
            ("percent", 71, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The poll of 1,012 adults has a margin of error of 4 percentage points.",
        True,
        [("count", 1012, None, None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        "Union members made up 9.7% of U.S. wage and salary workers last year, according to the Bureau of Labor Statistics, against 20.3% in 1983.",
        True,
        [("percent", 9.7, "%", None), ("percent", 20.3, "%", None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "Public-sector workers had a membership rate of 32.4%, more than five times the 5.8% rate in the private sector.",
        True,
        [("percent", 32.4, "%", None), ("count", 5, None, "over"), ("percent", 5.8, "%", None)],
        None,
    ),
    (
        "en",
        "Among states, Hawaii had the highest rate at 25.1% and South Carolina the lowest at 2.3%.",
        True,
        [("percent", 25.1, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Major work stoppages involving at least 1,000 workers rose to 38 last year.",
        True,
        [("count", 1000, None, "at_least"), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Labor leaders hope a wave of organizing at warehouses and coffee chains will turn the tide.",
        False,
        [],
        None,
    ),
    (
        "en",
        "“Working people are fed up, and they are finally fighting back,” said AFL-CIO president Theresa Quintanilla.",
        False,
        [],
        None,
    ),
]
