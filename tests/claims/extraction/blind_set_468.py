"""Four-hundred-and-sixty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government and ministers of real
governments appear by their office only ("Minnesota's governor", "Canada's labour
minister", "The transport minister" in Paris and Rome) or under made-up names that stand
for no real holder (a British Health Secretary), and the chiefs,
negotiators, officers and spokespeople of real unions, employers, airlines, airports and
agencies appear under made-up names that stand for no real holder (the chairs of the GDL,
Verdi, the VKA, the Vereinigung Cockpit, the SEV and the FGTB, the general secretaries of
Aslef, the EIS and the RMT, Lufthansa's and the AUA's board members, Ryanair's chief
executive, negotiators of PRO-GE, GPA, vida, SWÖ, FMTI, WKÖ and Gesamtmetall) or by their
role only ("A Department for Transport spokesperson", "A Heathrow spokesperson", „Ein
Lufthansa-Sprecher“, "a union spokesman").

Names: Jörg Brinkhoff-Wessel, Friederike Hasselkamp, Elisabeth Grubmüller-Haas, Bernhard
Reisinger-Kolb, Ulrike Sandhagen-Mertens, Gesine Wallrabe, Yannick Délèze-Burri, Clemens
Rottmüller, Matthias Thurnher-Egger, Konrad Aigner-Scheibl, Ludger Abelmann-Fink, Nico
Albertini-Frei, Tobias Wendelin-Kraus, Herwig Pöltl-Ramsauer, Gerald Kronsteiner-Lenz, Arndt
Seligmann-Rupp, Nadine Kerkhoff-Brandt, Matthias Bärtschi-Lüthi, Martina Eibensteiner-Holl,
Reinhold Tschernutter-Weiß and Corinna Lützenkirchen; Morwenna Trethewey, Darlene
Oyelowo-Strand, Rupert Ellingworth, Annika Vollstedt-Rahe, Pallavi Deshmukh-Riel, Catriona
Maclennan-Boyd, Everett Lindqvist-Mora, Marisol Cárdenas-Ruiz, Colm Rafferty-Byrne, Gavin
Pettifer-Shaw, Rochelle Abernathy-Stokes, Lorraine Whitacre-Boone, Tamsin Okereke-Hall,
Ludovic Vanderhaegen-Mertens, Conall Brennock and Serena Carbonaro-Vitti; the firms and
bodies Northstar Health, Kestner Research, Daehan Motor, Skyreach Airlines, Calloway
Brothers, the Sangamon Valley School District and the Sangamon Valley Education
Association; every unnamed ground handling company, hotel bargaining group, union
spokesman, analyst, observer, guest, parent, commuter and spokesperson. Real unions,
employers, firms, bodies and places (GDL, Deutsche Bahn, Verdi, dbb beamtenbund,
Vereinigung der kommunalen Arbeitgeberverbände (VKA), Bundestarifkommission, GPA, vida,
Sozialwirtschaft Österreich (SWÖ), VPOD, SEV-GATA, Flughafen Genf, the Genfer Staatsrat,
Fraport, Bundesverband der Luftsicherheitsunternehmen (BDLS), Flughafenverband ADV,
Austrian Airlines (AUA), Lufthansa, IG BAU, Bauhauptgewerbe, Unia, Syna, Schweizerischer
Baumeisterverband, Landesmantelvertrag, Vereinigung Cockpit (VC), PRO-GE, Fachverband
Metalltechnische Industrie (FMTI), IG Metall, Gesamtmetall, Baden-Württemberg, SBB, SEV,
Gesamtarbeitsvertrag, Bundesamt für Statistik, Wirtschaftskammer (WKÖ), WSI, Dänemark;
Aslef, the Rail Delivery Group, the Department for Transport, the Minnesota Nurses
Association, the Twin Cities, the British Medical Association (BMA), NHS England, the
independent pay review body, the Verdi union, Frankfurt and Munich, the British Columbia
Maritime Employers Association, Vancouver, Prince Rupert, the Greater Vancouver Board of
Trade, Ottawa, the Educational Institute of Scotland (EIS), Cosla, the Scottish Government,
UNITE HERE Local 11, Southern California, DGAC, Paris-Orly, Nice, Marseille, Lyon, Ryanair,
the UNSA-ICNA union, Airlines for Europe, Heathrow, Unite, Acas, the Association of Flight
Attendants, the National Mediation Board, Brussels Airport, Charleroi, SNCB, the FGTB,
Antwerp, the London Underground, Transport for London (TfL), the RMT, the Retail Prices
Index, London First, ITA Airways, Trenitalia, the USB and CUB unions, Italy's strike
commission, Milan, Rome, and the datelines' cities) stand for the way wire copy names them;
every demand, offer, deal, step, term, floor, one-off payment, hourly, monthly and yearly
pay, strike length, ballot, turnout, tally, cancellation, cost, ordinal, quote and label
here is invented, and where a real figure came to mind (a real public-sector, rail,
construction, metalworkers' or retail settlement, a real turnout, a real annual strike
tally, a real port or hotel dispute) it was changed.

Its weight: STRIKES, LABOUR DISPUTES AND WAGE DEALS, fifth round (the hundredth batch
weighed strikes, labour disputes and wage deals, the two-hundred-and-thirty-third labour
disputes and wage deals, the three-hundredth labour disputes and strikes and the
three-hundred-and-sixty-first labour markets, strikes and wage bargaining; the
forty-eighth and two-hundred-and-sixth weighed transport strikes and the fifty-sixth wages
and collective bargaining; their decisions are kept) over one made-up year in story order,
January 12 to December 29, 2033, as 30 short stories with the German and English ones
interleaved by date, each told as wire copy runs it (a dateline lead with the walkout, the
ballot, the award or the deal, the demand and the offer, who took part and what was
cancelled, attributed claims of both sides, quotes, advice, the next round). Half German
(dpa, APA, Keystone-SDA; Austrian "Jänner", "mit 1. Jänner", "Kollektivvertrag",
"Obmann", "Lehrlinge", Swiss "12'000", "80'000", "90'000", "9000", "1000", "Ende Jahr",
"gemäss", "Mitarbeitende", "Teuerung", "liess", "fliessen", «» quotes, German „“ quotes): a
GDL Lokführer warning strike at Deutsche Bahn, warning strikes in the Austrian
Sozialwirtschaft, Verdi's warning strikes in the public sector of Bund and Kommunen, a
ground staff strike at Geneva airport, an airport security warning strike, the
arbitrators' award for Bund and Kommunen, an AUA strike, an arbitration award in
construction, a construction workers' march in Zürich, a Lufthansa pilots' strike ballot,
the Austrian metalworkers' autumn round, IG Metall's first warning strikes after the
Friedenspflicht, the SBB pay round, the Austrian retail settlement and the WSI's annual
strike tally. Half English (Reuters with dated datelines, AP, PA): a train drivers' strike
ballot, a nurses' strike in the Twin Cities, a resident doctors' strike ballot, a Lufthansa
ground staff strike, a British Columbia port strike, partial strikes at a Korean carmaker,
Scottish teachers accepting a pay deal, a Southern California hotel strike, a French air
traffic controllers' strike, a Heathrow strike announcement, a flight attendants' strike
authorization, a teachers' strike in Illinois, a national strike in Belgium, a London
Underground strike and a transport strike in Italy. Speakers as such copy has them: unions
and employers with „nach Angaben der ...“, „teilte ... mit“, „wie ... mitteilten“, "the ...
union said", "said" opening the row; their chiefs and negotiators with the title before
the name („GDL-Chef“, „Verdi-Chefin“, „SWÖ-Verhandler“, „AUA-Vorstand“,
„PRO-GE-Chefverhandler“, „Gesamtmetall-Verhandlungsführer“, „WKÖ-Handelsobmann“, "Aslef
general secretary", "Union president", "Health Secretary", "Union co-president",
"Superintendent", "Union leader"), „sagte X“ after a reported fact; beside them the forms
left unchecked (roles, plural groups, descriptions between a name and its verb, estimating
verbs, data and every "according to"). Figures as such copy has them: demands, offers and
deals in percent, in steps and by date, with floors in euros and francs, terms in months,
„Nullmonate“, one-off payments, hourly, monthly and yearly pay in euros, francs, pounds,
dollars, Canadian dollars and won, working weeks and days in hours, extra days off; warning
strikes and walkouts in hours and days, talks and arbitration in hours, ballots, turnouts
and thresholds in percent, participants, cancelled flights and trains, passengers and
strike days lost with their hedges, shares („jeder fünfte Zug“, "one in five", "one in
three", "half of", „Gut zwei Drittel“), ordinals of rounds, strikes, days and years of a
contract, costs, years, dates and datelines. Negatives as such copy has them - 58 rows,
none with a figure: union leaders', employers' and ministers' rhetoric, resolve, threats
and labels in quotes („drohte“, „nannte“, „sprach von“, "called"), a reassurance, appeals
naming no measure, travel and service advice, evasions and open questions, expectations
without a figure, a mood line, reactions and scene colour, and vox pops without ages, each
near a check-worthy look-alike from the same story.

240 rows (120 German, 120 English), 58 negatives (27 German, 31 English), 182 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 332 expected quantities (80 counts,
75 percentages - 74 in "%", 1 in "pp" -, 50 durations - 16 in hours, 15 in months, 11 in
years, 7 in days, 1 in weeks -, 49 amounts of money - 21 EUR, 9 USD, 8 GBP, 5 CHF, 4 KRW, 2
CAD -, 28 dates, 23 years, 22 ordinals, 5 fractions; none of them in a negative), 35 checked
speakers (19 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, threat, resolve, reassurance, appeal, piece of advice, evasion, open
  question, expectation without a figure or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth, hundredth,
  two-hundred-and-fourth, two-hundred-and-thirty-third, three-hundredth,
  three-hundred-and-sixty-first); a quoted or reported statement of fact, figure, step,
  plan, demand, offer or cost is check-worthy with its speaker, also in Konjunktiv I and in
  quotation marks (hundred-sixtieth, two-hundred-and-thirty-third). Pairs from one speaker:
  Brinkhoff-Wessel's 38 and 35 hours beside his threat („bekommt den nächsten Streik
  schneller ...“ - threats as rhetoric, hundredth); Trethewey's 2031 beside "run out of
  patience"; Oyelowo-Strand's six patients beside her rally quote; Ellingworth's 28.4%
  beside "simply unaffordable"; Albertini-Frei's nine hours beside «mit Almosen abgespeist»
  and his evasion; Lützenkirchen's 112 days beside „Streikrepublik“; the Vereinigung
  Cockpit's ballot beside Wendelin-Kraus's resolve; Unite's demand beside Pettifer-Shaw's
  "bumper profits"; Lufthansa's offer beside Vollstedt-Rahe's label; Ryanair's 420 flights
  beside Rafferty-Byrne's "held hostage". Wallrabe appears only in negatives (a label, an
  evasion, „Ergebnis an der Schmerzgrenze“).
- Strikes, ballots, arbitration and deals (forty-eighth, hundredth, two-hundred-and-sixth,
  two-hundred-and-thirty-third, three-hundredth, three-hundred-and-sixty-first): a strike
  begun or called, a ballot result, an award laid before both sides, a deal reached or
  accepted and a next round scheduled are check-worthy, with or without a figure; so are a
  rule („Wegen der im Gesamtarbeitsvertrag verankerten absoluten Friedenspflicht darf das
  SBB-Personal nicht streiken.“, "Federal law requires airline unions to wait until ...";
  three-hundredth), a strike that would set a record („wäre ein Streik im Juli der erste
  flächendeckende Ausstand auf dem Bau seit 2002“ ordinal 1 and the year, "It would be the
  second strike at the airport this summer" ordinal 2; two-hundred-and-sixth: „Es wäre der
  erste Bahnstreik ...“) and a reported absence ("No date has been set for the next
  mediation session."; three-hundred-and-fifty-sixth). Check-worthy without a figure, 11
  rows (7 German, 4 English): Verdi's warning strikes in the lead, vida's emergency care
  assured, the hospitals' surgeries going ahead, the Canadian minister's meeting and her no
  to back-to-work legislation (a position of record, two-hundred-and-fourth), the
  Bundestarifkommission's decision date, the AUA strike's hours and Trenitalia's minimum
  services given only as clock times („von 5.00 Uhr bis 23.00 Uhr“, "between 6 a.m. and 9
  a.m. and between 6 p.m. and 9 p.m."; forty-eighth, hundredth), the metalworkers' warning
  strikes begun „um Mitternacht“, the SBB's peace obligation, the SEV's plan for its
  Delegiertenversammlung and the absence of a mediation date.
- Lengths are durations (the issue's "fünfstündigen"; hundredth, two-hundred-and-sixth,
  two-hundred-and-thirty-third, three-hundredth, three-hundred-and-sixty-first):
  „20-stündigen Warnstreik“ 20 hours, „für jeweils zwei Stunden“ 2 hours („jeweils“ no
  hedge), „während rund vier Stunden“ 4 hours "about" (Swiss „während“ no hedge,
  two-hundred-and-fifty-first), "for 48 hours", "for 27 hours", "for 72 hours", "a
  three-day strike", "a five-day strike", "four-hour partial strikes", "a 48-hour
  stoppage", "A 24-hour national transport strike", "lasted 13 days"; talks and
  arbitration: „nach 36 Stunden Beratungen“ 36 hours (hundredth: „nach zwei Tagen
  Verhandlungen“), „nach 18-stündigen Verhandlungen“ 18 hours, „nach mehr als 14 Stunden“
  14 hours "over", "after 14 months", "a 13-hour session that ended at 2 a.m." 13 hours (the
  clock none). „ganztägig“, "rolling", weekdays, „um Mitternacht“ and „in der Nacht zum
  Samstag“ carry none.
- Demands, offers and deals (fifty-sixth, hundredth, two-hundred-and-sixth,
  two-hundred-and-thirty-third, three-hundredth, three-hundred-and-sixty-first):
  percentages with their steps and dates („um 3,2 Prozent ab 1. Mai und um weitere 2,7
  Prozent zum 1. Juli 2034“ 3.2, --05-01, 2.7 and 2034-07-01; „ab 1. Juli um 270 Euro im
  Monat und ab 1. April 2034 um weitere 4,1 Prozent“; „2,1 Prozent ab Juli 2034 und weitere
  1,5 Prozent ab Juli 2035“ the years; "a rise of 5.5% backdated to August and a further
  3.7% from April 2034" - "backdated to August" none -; „weitere“ and "a further" no hedge),
  steps counted („in zwei Schritten“ twice, „zwei Erhöhungsstufen“ 2), floors („mindestens
  aber 450 Euro monatlich“, „oder mindestens 350 Euro im Monat“, „mindestens aber 180 Euro
  monatlich“, „mindestens aber 150 Franken monatlich“, "at least £2.40 an hour"
  "at_least"), terms in months („mit zwölf Monaten Laufzeit“, „bei 30 Monaten Laufzeit“,
  „einen Tarifvertrag über zwölf Monate“, „Die Laufzeit soll 27 Monate betragen“, „Die
  Laufzeit beträgt 36 Monate“, „bei zwölf Monaten Laufzeit“, „bei einer Laufzeit von 27
  Monaten“, „gilt für zwölf Monate“, "over a 12-month contract", "6.2% over 24 months"),
  raises over a period with the period („9,5 Prozent über zwei Jahre“ - „über“ before a
  span no hedge -, "24% over three years", "19.2% over four years", "9.2% over two years",
  "33% over four years", "$11.50 an hour over four years", "5% a year for three years" -
  "a year" none -, "$3 more in each of the following three years" 3 years), „neun
  Nullmonate“ 9 months (three-hundred-and-sixty-first), one-off payments the amount only
  („Einmalzahlung von 1.000 Euro“, „von je 600 Euro“ - „je“ none, three-hundredth -, „von
  1000 Franken“, "a one-off payment of 800 euros", "a one-time bonus of 5 million won" -
  "one-time" none, two-hundred-and-thirty-third -), pay per hour, month and year the amount
  only („2,80 Euro mehr pro Stunde“, „1,20 Euro mehr pro Stunde“, „150 Euro mehr im Monat“,
  „200 Euro im Monat“, „2.410 Euro brutto im Monat“, „1.015 Euro“, „250 Franken mehr im
  Monat“, "about £74,500 a year", "about C$215,000 a year", "182,000 won a month", "$5 an
  hour", "$41 an hour by 2037", "an average of $27.40 an hour" - "an average of" no hedge,
  two-hundred-and-sixth -, "2,400 euros a year", "£16.90", "£52,340", "$44,800"; "an hour",
  "a month", "a year", „pro Stunde“, „im Monat“, „monatlich“, „brutto“, „im Jahr“ none),
  extra days off („drei zusätzliche freie Tage“ 3 days, two-hundred-and-thirty-third) and
  working weeks in hours („von 38 auf 35 Stunden“ both, the unit written once; "a four-day
  week" 4 days, twice - four-hundred-and-eighteenth; seventeenth: „Die Vier-Tage-Woche“), shares of
  profit and base levels („30% of the carmaker's 2032 net profit“ 30 and the year, „auf
  100 Prozent des Westniveaus“ 100 - a percentage read as written whatever its size,
  hundredth), „von 9 auf 12 Prozent“ both (the unit written once serving the earlier
  figure), „auf 10,5 Prozent“. New: „jeder zusätzliche Zehntelprozentpunkt“ is 0.1 "pp" -
  the fraction word heading the point compound gives the value on its own, as „einen
  Dreiviertelprozentpunkt“ 0.75 (three-hundred-and-twenty-fourth) and „um zwei
  Zehntelprozentpunkte“ 0.2 (two-hundred-and-seventeenth), and „jeder zusätzliche“ counts
  nothing. New: "14% in year one and 5% in year two" gives ordinals 1 and 2 - a number
  word after "year" numbering the years of a contract reads as "in the first year" ("$1.50
  in the first year", hundredth) and „Im zweiten Jahr“ (two-hundred-and-thirty-third,
  three-hundredth), unlike "Year 12", which names a school stage and carries none
  (seventy-second).
- Ballots, turnouts and thresholds are percentages (eleventh, sixteenth, hundredth,
  two-hundred-and-thirty-third, three-hundredth, three-hundred-and-sixty-first): "after
  91% voted for walkouts on a 77% turnout", "89% of those taking part", "Turnout was 61%,
  comfortably above the 50% legal threshold" 61 and 50 with no hedge ("comfortably above"
  stands before "the", hundredth: "just above the legal threshold of 50%"), "78% ... on a
  turnout of 64%", „mit 94,8 Prozent“, „bei 91 Prozent, nötig waren 70 Prozent Zustimmung“
  (three-hundredth: „Nötig waren mindestens 75 Prozent“), "87% voting against on a
  turnout of 71%", "97.4% of Skyreach Airlines cabin crew", "About 14,500 of the carrier's
  16,000" 14,500 "about" and 16,000.
- Participants, cancellations, passengers and strike days are counts with their hedges
  (forty-eighth, hundredth, two-hundred-and-sixth, three-hundredth): „rund 10.000
  Lokführer“, „In rund 250 Einrichtungen“, „mehr als 9.000 Menschen“, „in 13 Bundesländern
  mehr als 80.000“, „rund 2,6 Millionen“, „74 Flüge ..., rund 9000 Passagiere“ (Swiss
  digits without a separator, forty-eighth), „rund 650 Angestellte“, „an elf deutschen
  Flughäfen“, „620 der rund 1.150“ (three-hundredth: „1.040 von rund 1.300“), „rund
  190.000“, „212 Flüge“, „rund 26.000 Fluggäste“, „rund 3.200“, „rund 930.000“, „Rund
  12'000“ and „rund 80'000“ and „rund 34'000“ (Swiss apostrophes, tenth), „rund 5.400“,
  „rund 200.000“, „mehr als 21.000 Beschäftigte aus 160 Betrieben“, „knapp 3,9 Millionen“
  "nearly", „rund 180.000 Stellen“, „rund 430.000“, „rund 1,6 Millionen Arbeitstage“ and
  „rund 2 Millionen Ausfalltage“ (three-hundredth: „rund 1,2 Millionen Arbeitstage“), „gut
  1,1 Millionen“ "over" („insgesamt“ no hedge), „Auf 1.000 Beschäftigte ... 37
  Ausfalltage“ and „je 1.000 Beschäftigte im Schnitt 112 Arbeitstage“ two counts each
  (three-hundredth: „18 Ausfalltagen je 1.000 Beschäftigte“; „je“ none, „im Schnitt“ no
  hedge); "12 English rail operators", "About 6,800 nurses at 14 Twin Cities hospitals",
  "about 1,400 replacement nurses", "up to six patients" "up_to", "more than 61,000
  operations and appointments", "about 1,100 flights", "some 140,000 passengers" "about",
  "around 25,000 ground workers", "About 7,400 dockworkers", "At least 46 container ships"
  "at_least", "about 31,000 members", "about 8,600 vehicles", "Scotland's 32 councils", "21
  hotels", "about 9,500 workers", "more than 1,500 flights", "420 flights ... about 75,000
  passengers", "9,800 flights", "Around 1,600 Heathrow ground workers", "three ground
  handling firms", "8.1 million passengers" 8,100,000, "about 14,200 students", "about
  1,050 teachers", "four schools", "all 560 scheduled departures and arrivals" ("all" no
  hedge, three-hundredth: "all 1,400 daily flights"), "Belgium's three main unions", "about
  120,000 people ..., while police put the number at 85,000" ("put" no verb of saying),
  "about 40 ships", "about 10,000 members", "just three of its 11 lines" ("just" no hedge;
  three-hundredth: "only three of the 11 lines"), "128 flights", "14 national transport
  strikes ..., up from nine in 2032" ("up from" no hedge, three-hundred-and-eighty-eighth:
  "down from"). „Hunderte Flüge“, „Hunderttausende“ and "Thousands of housekeepers" carry
  none (seventeenth, eighteenth). "a two-tier wage scale" is 2 - a number word heading a
  compound adjective counts its tiers as „die zweistufige Rakete“ counts stages
  (hundred-twelfth) and "the four-stage rocket" (two-hundred-and-eighty-third). New: „in
  der Entgeltgruppe 5“ is count 5 - a pay grade numbered on a scale is a grade as "a Band
  6" (three-hundred-and-thirty-fifth), "grade 9" (seventy-second) and „Pflegegrad 4“
  (forty-ninth), while the number in a union branch's name, "UNITE HERE Local 11", names
  the branch and carries none, as "United Auto Workers Local 482" (seventy-ninth).
- Ordinals (the issue; hundredth, two-hundred-and-thirty-third, three-hundredth,
  three-hundred-and-sixty-first): rounds („In der zweiten Runde“, „Die vierte
  Verhandlungsrunde“, „Die dritte und womöglich entscheidende Verhandlungsrunde“ 3 - „und
  womöglich entscheidende“ adds nothing, three-hundred-and-eighty-eighth -, „die vierte
  Verhandlungsrunde“, „Die zweite Verhandlungsrunde“, „in der fünften Verhandlungsrunde“),
  strikes ("the association's second strike in 16 months" 2 and 16 months -
  three-hundred-and-sixty-first: "the second time in 14 months" -, "the second at the
  airline's German ground operations this year", „der zweite Warnstreik an deutschen
  Flughäfen binnen vier Wochen“ 2 and 4 weeks - two-hundred-and-sixth -, "the union's
  first strike since 2029" 1 and the year, "for the first time since 1987" 1 and the year,
  "the fourth national strike day since January", "the RMT's third Tube strike this year",
  "the sixth Friday strike in the transport sector since September"), "the first day of a
  48-hour stoppage" 1 and 48 hours (three-hundredth: "on the first of five days of
  action"), "South Korea's third-largest carmaker" 3 (three-hundred-and-sixty-first:
  "second-largest shipbuilder"), „im ersten Halbjahr“ 1 (four-hundred-and-twentieth), „im
  ersten Lehrjahr“ 1 (fifty-sixth). "the largest", "its busiest month on record", "among
  the lowest" and „der höchste Wert“ carry none.
- Fractions (the issue; hundredth, two-hundred-and-sixth, two-hundred-and-thirty-third):
  „nur etwa jeder fünfte Zug“ 0.2 "about" („nur“ no hedge, two-hundred-and-sixth), "only
  about one in five of their usual services" 0.2 "about" (four-hundred-and-twentieth:
  "about four in five"), "half of their scheduled departures" 0.5 (hundredth: "half of
  their flights"), "about one in three trains" 0.3333 "about", „Gut zwei Drittel“ 0.6667
  "over" (two-hundred-and-thirty-third: „Gut ein Drittel“).
- Money in the currency written (every batch): EUR (above, and „rund elf Millionen Euro im
  Jahr“, „rund 15 Milliarden Euro pro Jahr“, „rund 17,5 Milliarden Euro“ - „insgesamt“ no
  hedge -, „bis zu vier Millionen Euro“ "up_to", „rund 650 Millionen Euro im Jahr“, "about
  30 million euros"), CHF („rund 14 Millionen Franken“, „unter 90'000 Franken“ "under" -
  two-hundred-and-thirty-third: „unter 60'000 Franken“ -), GBP ("about £74,500", "£310
  million", "£95 million", "about £38 million", "about £110 million"), USD ("roughly $22
  million", "$9.6 million", "about $45 million a day"), CAD ("an estimated C$800 million"
  "about" - "an estimated" "about", three-hundredth -, two-hundred-and-thirty-third:
  "C$1,500"), KRW ("182,000 won", "98,000 won", "5 million won", "roughly 250 billion won";
  hundredth).
- Years and dates: Reuters English datelines with a day ("LONDON, Jan 13", "FRANKFURT,
  March 10", "VANCOUVER, April 5", "SEOUL, April 22", "PARIS, July 7", "CHICAGO, Sept 12",
  "BRUSSELS, Nov 14", "ROME, Dec 16") dates without a year; dpa ("Berlin (dpa) -",
  "Frankfurt/Main (dpa) -", "Potsdam (dpa) -", "Wiesbaden (dpa) -", "Stuttgart (dpa) -",
  "Düsseldorf (dpa) -"), APA ("Wien (APA) -"), Keystone-SDA ("Genf", "Zürich", "Bern"), AP
  ("ST. PAUL, Minn. (AP) —", "LOS ANGELES (AP) —", "SPRINGFIELD, Ill. (AP) —") and PA
  ("LONDON (PA) -", "EDINBURGH (PA) -") datelines none (seventy-ninth). Dates without a
  year: "from Feb. 2", „rückwirkend mit 1. Jänner“ and „ab 1. Jänner“ --01-01 (tenth:
  „Jänner“), „für den 18. Februar“, „vom 14. bis 16. März“ two dates (twenty-third: „von 3.
  bis 6. März“), "from 7am on March 9" (the clock none, two-hundred-and-thirty-third), „am
  25. März“, „ab 1. Mai“, "on April 26", „ab 1. Juli“, „bis zum 21. Juni“ („bis“ before a
  date no hedge), „für den 5. Juli“, „frühestens ab dem 1. August“ („frühestens“ no hedge,
  three-hundred-and-twenty-fourth and three-hundred-and-eighty-eighth), "from August 22",
  "on August 18", „für den 4. Oktober“; full dates „zum 1. Juli 2034“, „ab 1. April 2034“
  and „zum 1. Januar 2035“. Years: "for 2033", "since 2031", „bis 2036“, „seit 2030“
  (twice), "since 2008", "for 2033-34" both (fortieth: "for 2025-26"), "in 2030", „bis
  2035“, "since 2029" (twice), "2032 net profit", "from April 2034", „seit 2002“, "by 2037",
  "since 2023", "since 1987", „ab Juli 2034“, „ab Juli 2035“, "in 2031", "in 2032", „seit
  2015“. None: weekdays, months alone, clock times, "last August", "this year", "this
  summer", "next year", "so far this year", "since January", "since September", „im
  Dezember“, „im Oktober“, „im Vorjahr“, „im vergangenen Jahr“, „im kommenden Jahr“, „im
  zu Ende gehenden Jahr“, „Ende Jahr“, „bis Ende Juli“, „im Juli“, „für März und April“,
  „seit Jahren“, "on strike days", „jeder Streiktag“ and "each strike day".
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "Around",
  "roughly", "some", "an estimated" "about"; „knapp“ "nearly"; „mehr als“, „gut“, „Gut“,
  "more than" "over"; „unter“ right before the figure "under"; „bis zu“, "up to"
  "up_to"; „mindestens“, "at least", "At least" "at_least"; „höchstens“, "no more than"
  "at_most" (three-hundred-and-eighty-eighth). No hedge: „jeweils“, „nur“, "only", "just",
  „weitere“, "a further", „insgesamt“, „bereits“, „zuletzt“, „ursprünglich“, „im Schnitt“,
  "an average of", „frühestens“, "all", „je“, „während“, "up from", "comfortably above",
  „mehr“ and "more" after a figure, and "over" and „über“ before a span.
- Speakers, checked only in forms the earlier batches settled. German: „Nach Angaben der
  Bahn“ -> "die Bahn" (three-hundredth), „Nach Angaben der Gewerkschaft GPA“ -> "die
  Gewerkschaft GPA" and „Nach Angaben der Gewerkschaft“ -> "die Gewerkschaft"
  (two-hundred-and-thirty-third), „nach Angaben der Fluglinie“ -> "die Fluglinie"
  (hundredth: „nach Angaben der Fluggesellschaft“), „Nach Angaben der IG BAU“ and „Nach
  Angaben der IG Metall“ -> "die IG BAU" and "die IG Metall" (three-hundred-and-sixty-first),
  „nach Angaben der Vereinigung Cockpit“ -> "die Vereinigung Cockpit"
  (two-hundred-and-thirty-third: „teilte die Vereinigung Cockpit ... mit“), „teilte die
  Gewerkschaft vida mit“ -> "die Gewerkschaft vida" (two-hundred-and-thirty-third), „wie
  die SBB mitteilten“ -> "die SBB" (two-hundred-and-sixth); „X sagte, ...“ with the title
  dropped („GDL-Chef Jörg Brinkhoff-Wessel“, „SWÖ-Verhandler Bernhard Reisinger-Kolb“,
  „Verdi-Chefin Ulrike Sandhagen-Mertens“ twice, „AUA-Vorstand Matthias Thurnher-Egger“,
  „PRO-GE-Chefverhandler Herwig Pöltl-Ramsauer“, „Gesamtmetall-Verhandlungsführer Arndt
  Seligmann-Rupp“, „WKÖ-Handelsobmann Reinhold Tschernutter-Weiß“; hundred-eightieth,
  three-hundredth, three-hundred-and-sixty-first) and „sagte Albertini-Frei“ and „sagte
  Lützenkirchen“ the surname after a reported fact (ninety-fifth, three-hundredth).
  English: "the Aslef union said on Thursday", "the Unite union said" and "The RMT union
  said" with "union" and the article in lower case (hundredth, three-hundredth), "the BMA
  said" -> "the BMA" (two-hundred-and-thirty-third), "the union said" -> "the union",
  "The Educational Institute of Scotland said" -> "the Educational Institute of Scotland"
  (hundredth), "The Association of Flight Attendants said on Monday that ..." opening the
  row -> "the Association of Flight Attendants" (three-hundredth,
  four-hundred-and-fifty-first), "Lufthansa said", "Ryanair said" and "Skyreach said" as
  written (hundredth, three-hundredth), the name with the title dropped ("Aslef general
  secretary Morwenna Trethewey said", "Union president Darlene Oyelowo-Strand said",
  "Health Secretary Rupert Ellingworth said", "Union co-president Everett Lindqvist-Mora
  said", "Superintendent Lorraine Whitacre-Boone said", "Union leader Serena
  Carbonaro-Vitti said"; two-hundred-and-thirty-third, three-hundredth). Left unchecked
  (None): all negatives, also those with a named speaker; roles („Ein Lufthansa-Sprecher
  sagte“, "Canada's labour minister said", "they said"), plural and anonymous sources
  ("The hospitals said", "The hotels' bargaining group said", "Belgium's three main unions
  said", „hieß es aus Gewerkschaftskreisen“), descriptions between a name and its verb ("The
  operators, represented by the Rail Delivery Group, said", "Cosla, which represents
  Scotland's 32 councils, said", "The Sangamon Valley Education Association, which
  represents about 1,050 teachers, said"; two-hundred-and-thirty-third, three-hundredth)
  or heading it ("State railway operator Trenitalia said", "rail operator SNCB";
  two-hundred-and-sixth), "Italy's strike commission said" (two-hundred-and-sixth: "Italy's
  transport ministry said"), estimates, calculations and data („Die kommunalen Arbeitgeber
  rechnen“, „Nach Berechnungen der VKA“, „nach Berechnungen des WSI“, „Der Flughafenverband
  ADV schätzt“, "Analysts at Kestner Research estimated", "Analysts at Calloway Brothers
  estimated", "TfL estimated", "Business group London First estimated", "ship-tracking data
  showed"; hundred-tenth), „nach eigenen Angaben“ (twice), „nach Gewerkschaftsangaben“,
  „Gemäss Angaben des Flughafens“ (a masculine genitive, hundredth), „nach Angaben von
  Fraport“ and „Das Unternehmen teilte mit, ...“ (forms no batch settled, three-hundredth),
  every "according to" (the company, the industry group Airlines for Europe, the union, the
  port authority; two-hundred-and-fourth, four-hundred-and-twentieth), and rows without
  attribution. As the two-hundred-and-sixth, two-hundred-and-thirty-third, three-hundredth
  and three-hundred-and-sixty-first batches did, and to keep the checked speakers near 35,
  this batch also leaves unchecked forms it could have checked: „Laut Baumeisterverband“
  and „laut Bundesamt für Statistik“ (hundredth: „laut Statistik Austria“), "Northstar
  Health said", "NHS England said", "..., the company said." (Daehan), "The Scottish
  Government said", "UNITE HERE Local 11 said", "The district said" and "Transport for
  London said".
- Negatives (ninety-eighth, hundredth, two-hundred-and-fourth, two-hundred-and-sixth,
  two-hundred-and-thirty-third, three-hundredth, three-hundred-and-sixty-first), none with
  a figure: a threat as rhetoric („drohte Brinkhoff-Wessel“; hundredth), labels („nannte
  den Warnstreik „völlig überflüssig““, „nannte die Warnstreiks „unverhältnismäßig ...““,
  „nannte seinen Vorschlag einen „tragfähigen Mittelweg““, „nannte die Forderung „völlig
  realitätsfern““, „sprach von einem „Angebot zum Abgewöhnen““, "called the union's demand
  "simply unaffordable"", "called the walkout "a completely disproportionate escalation"",
  "called the strike unjustified and urged the union to call it off"), quotes of rhetoric,
  resolve, anger and satisfaction (Trethewey, Grubmüller-Haas, Oyelowo-Strand,
  Délèze-Burri, Rottmüller, Wallrabe, Aigner-Scheibl, Deshmukh-Riel, a union spokesman in
  Seoul, Maclennan-Boyd, Cárdenas-Ruiz, Albertini-Frei, Rafferty-Byrne, Wendelin-Kraus,
  Pettifer-Shaw, Abernathy-Stokes, Okereke-Hall, Bärtschi-Lüthi, Vanderhaegen-Mertens,
  Eibensteiner-Holl - „Der Abschluss sichert die Kaufkraft ...“ a verdict of satisfaction,
  hundredth: „Das ist ein Ergebnis, das sich sehen lassen kann“ -, Brennock, the Italian
  transport minister, Lützenkirchen), a reassurance naming no measure ("A Heathrow
  spokesperson said contingency plans were in place ..."; three-hundred-and-twenty-fourth),
  appeals (the Department for Transport spokesperson, Minnesota's governor, the Genfer
  Staatsrat; two-hundred-and-fourth), travel and service advice („Fahrgästen wird geraten
  ...“, "Passengers have been advised ...", "Patients should keep their appointments ...,
  NHS leaders said.", „Fluggäste sollten ..., riet der Flughafenverband.“, "Passengers were
  told ...", "Parents were urged ...", "Commuters were advised ..."), evasions and open
  questions („ließ Wallrabe offen“, "It was not clear whether ...", "Whether Ottawa ...
  remains unclear.", „Ob die Verdi-Mitglieder ..., gilt als offen.“, „Wann die Gespräche
  fortgesetzt werden, blieb zunächst offen.“, „liess Albertini-Frei offen“, „ließ die VC
  offen“, "The unions said further action was possible in December but gave no date."),
  expectations without a figure ("Analysts said the strikes were unlikely to dent ...",
  „Eine rasche Einigung erwarten Beobachter nicht.“), a mood line („Die Stimmung in den
  Betrieben sei angespannt, hieß es aus Gewerkschaftskreisen.“), a demand naming no measure
  („Arbeitgeber verlangen seit Jahren ein Gesetz, ...“; four-hundred-and-twentieth),
  reactions and scene colour ("Parents' groups welcomed ...", "Some guests said ...",
  "Commuters in Milan and Rome faced long queues ..."; three-hundred-and-fifty-sixth). As
  the brief for these batches asks, negatives carry no expected quantities, and this batch
  writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""
# ruff: noqa: E501

BLIND_SET_468 = [
    # --- Lokführer-Warnstreik bei der Bahn (dpa), January 12 ---
    (
        "de",
        "Berlin (dpa) - Mit einem 20-stündigen Warnstreik hat die Lokführergewerkschaft GDL am Mittwoch den Fern- und Regionalverkehr der Deutschen Bahn weitgehend lahmgelegt.",
        True,
        [("duration", 20, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bahn fuhr im Fernverkehr nur etwa jeder fünfte Zug, im Regionalverkehr rund 30 Prozent des üblichen Angebots.",
        True,
        [("fraction", 0.2, None, "about"), ("percent", 30, "%", "about")],
        "die Bahn",
    ),
    (
        "de",
        "Die GDL verlangt für die rund 10.000 Lokführer und Zugbegleiter 8,5 Prozent mehr, mindestens aber 450 Euro monatlich, sowie einen Vertrag mit zwölf Monaten Laufzeit.",
        True,
        [
            ("count", 10000, None, "about"),
            ("percent", 8.5, "%", None),
            ("money", 450, "EUR", "at_least"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "In der zweiten Runde hatte die Bahn 4,6 Prozent in zwei Schritten bei 30 Monaten Laufzeit geboten, dazu eine Einmalzahlung von 1.000 Euro.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 4.6, "%", None),
            ("count", 2, None, None),
            ("duration", 30, "month", None),
            ("money", 1000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "GDL-Chef Jörg Brinkhoff-Wessel sagte, die Wochenarbeitszeit der Lokführer im Schichtdienst müsse bis 2036 von 38 auf 35 Stunden sinken.",
        True,
        [
            ("year", 2036, None, None),
            ("duration", 38, "hour", None),
            ("duration", 35, "hour", None),
        ],
        "Jörg Brinkhoff-Wessel",
    ),
    (
        "de",
        "„Wer unsere Kolleginnen und Kollegen weiter hinhält, bekommt den nächsten Streik schneller, als ihm lieb ist“, drohte Brinkhoff-Wessel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bahn-Personalvorständin Friederike Hasselkamp nannte den Warnstreik „völlig überflüssig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fahrgästen wird geraten, nicht notwendige Reisen auf die Zeit nach dem Ausstand zu verschieben.",
        False,
        [],
        None,
    ),
    # --- Train drivers' strike ballot (Reuters), January 13 ---
    (
        "en",
        "LONDON, Jan 13 (Reuters) - Train drivers at 12 English rail operators will strike for 48 hours from Feb. 2 after 91% voted for walkouts on a 77% turnout, the Aslef union said on Thursday.",
        True,
        [
            ("date", "--01-13", None, None),
            ("count", 12, None, None),
            ("duration", 48, "hour", None),
            ("date", "--02-02", None, None),
            ("percent", 91, "%", None),
            ("percent", 77, "%", None),
        ],
        "the Aslef union",
    ),
    (
        "en",
        "Aslef is seeking a 7% rise for 2033, while the operators have offered 3.5% tied to changes in rostering.",
        True,
        [("percent", 7, "%", None), ("year", 2033, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        "The operators, represented by the Rail Delivery Group, said their offer would take a driver's basic pay to about £74,500 a year.",
        True,
        [("money", 74500, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Our members have not had a pay rise since 2031," Aslef general secretary Morwenna Trethewey said.',
        True,
        [("year", 2031, None, None)],
        "Morwenna Trethewey",
    ),
    (
        "en",
        '"Nobody goes into this lightly, but drivers have run out of patience," Trethewey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The operators expect to run only about one in five of their usual services on strike days.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Passengers have been advised to check before they travel and to expect severe disruption.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A Department for Transport spokesperson urged both sides to resume talks.",
        False,
        [],
        None,
    ),
    # --- Warnstreiks in der Sozialwirtschaft (APA), February 3 ---
    (
        "de",
        "Wien (APA) - In rund 250 Einrichtungen der Pflege, Behindertenbetreuung und Kinderbetreuung haben Beschäftigte am Donnerstag für jeweils zwei Stunden die Arbeit niedergelegt.",
        True,
        [("count", 250, None, "about"), ("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften GPA und vida fordern für die rund 130.000 Beschäftigten der Sozialwirtschaft ein Plus von 6,8 Prozent.",
        True,
        [("count", 130000, None, "about"), ("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber haben bisher 3,9 Prozent angeboten, rückwirkend mit 1. Jänner.",
        True,
        [("percent", 3.9, "%", None), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft GPA beteiligten sich mehr als 9.000 Menschen an den Warnstreiks.",
        True,
        [("count", 9000, None, "over")],
        "die Gewerkschaft GPA",
    ),
    (
        "de",
        "Die Versorgung der betreuten Menschen sei überall gesichert gewesen, teilte die Gewerkschaft vida mit.",
        True,
        [],
        "die Gewerkschaft vida",
    ),
    (
        "de",
        "SWÖ-Verhandler Bernhard Reisinger-Kolb sagte, jeder zusätzliche Zehntelprozentpunkt koste die Träger rund elf Millionen Euro im Jahr.",
        True,
        [("percent", 0.1, "pp", None), ("money", 11000000, "EUR", "about")],
        "Bernhard Reisinger-Kolb",
    ),
    (
        "de",
        "„Mit diesem Angebot verhöhnt man Menschen, die jeden Tag an ihre Grenzen gehen“, sagte GPA-Verhandlerin Elisabeth Grubmüller-Haas.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die vierte Verhandlungsrunde ist für den 18. Februar angesetzt.",
        True,
        [("ordinal", 4, None, None), ("date", "--02-18", None, None)],
        None,
    ),
    # --- Nurses' strike in the Twin Cities (AP), February 8 ---
    (
        "en",
        "ST. PAUL, Minn. (AP) — About 6,800 nurses at 14 Twin Cities hospitals walked off the job at 7 a.m. Tuesday for a three-day strike over pay and staffing.",
        True,
        [("count", 6800, None, "about"), ("count", 14, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The Minnesota Nurses Association is seeking raises of 24% over three years, while the hospitals have offered 11%.",
        True,
        [("percent", 24, "%", None), ("duration", 3, "year", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Northstar Health said it had hired about 1,400 replacement nurses through a staffing agency at a cost of roughly $22 million.",
        True,
        [("count", 1400, None, "about"), ("money", 22000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Union president Darlene Oyelowo-Strand said nurses on some units were caring for up to six patients at a time.",
        True,
        [("count", 6, None, "up_to")],
        "Darlene Oyelowo-Strand",
    ),
    (
        "en",
        '"We are not walking out on our patients, we are standing up for them," Oyelowo-Strand told a rally outside a hospital in St. Paul.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The hospitals said planned surgeries would go ahead and emergency departments would stay open.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It is the association's second strike in 16 months.",
        True,
        [("ordinal", 2, None, None), ("duration", 16, "month", None)],
        None,
    ),
    (
        "en",
        "Minnesota's governor called on the hospitals and the union to resume negotiations.",
        False,
        [],
        None,
    ),
    # --- Warnstreiks im öffentlichen Dienst (dpa), February 24 ---
    (
        "de",
        "Berlin (dpa) - Mit Warnstreiks in Kindertagesstätten, Krankenhäusern, Bussen und Bahnen hat Verdi am Donnerstag im Tarifkonflikt von Bund und Kommunen nachgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft legten in 13 Bundesländern mehr als 80.000 Beschäftigte die Arbeit nieder.",
        True,
        [("count", 13, None, None), ("count", 80000, None, "over")],
        "die Gewerkschaft",
    ),
    (
        "de",
        "Verdi und der dbb beamtenbund verlangen für die rund 2,6 Millionen Beschäftigten ein Plus von 8 Prozent oder mindestens 350 Euro im Monat und drei zusätzliche freie Tage.",
        True,
        [
            ("count", 2600000, None, "about"),
            ("percent", 8, "%", None),
            ("money", 350, "EUR", "at_least"),
            ("duration", 3, "day", None),
        ],
        None,
    ),
    (
        "de",
        "Die kommunalen Arbeitgeber rechnen mit Mehrkosten von rund 15 Milliarden Euro pro Jahr, sollten die Forderungen erfüllt werden.",
        True,
        [("money", 15000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Verdi-Chefin Ulrike Sandhagen-Mertens sagte, ein Busfahrer in der Entgeltgruppe 5 habe seit 2030 real rund fünf Prozent an Kaufkraft verloren.",
        True,
        [("count", 5, None, None), ("year", 2030, None, None), ("percent", 5, "%", "about")],
        "Ulrike Sandhagen-Mertens",
    ),
    (
        "de",
        "VKA-Präsidentin Gesine Wallrabe nannte die Warnstreiks „unverhältnismäßig und schädlich für die Bürgerinnen und Bürger“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte und womöglich entscheidende Verhandlungsrunde ist vom 14. bis 16. März in Potsdam angesetzt.",
        True,
        [
            ("ordinal", 3, None, None),
            ("date", "--03-14", None, None),
            ("date", "--03-16", None, None),
        ],
        None,
    ),
    (
        "de",
        "Ob die Arbeitgeber dann ein verbessertes Angebot vorlegen, ließ Wallrabe offen.",
        False,
        [],
        None,
    ),
    # --- Resident doctors' strike ballot (PA), February 28 ---
    (
        "en",
        "LONDON (PA) - England's resident doctors will hold a five-day strike starting at 7am on March 9, after 89% of those taking part in a British Medical Association ballot voted yes.",
        True,
        [("duration", 5, "day", None), ("date", "--03-09", None, None), ("percent", 89, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout was 61%, comfortably above the 50% legal threshold, the BMA said.",
        True,
        [("percent", 61, "%", None), ("percent", 50, "%", None)],
        "the BMA",
    ),
    (
        "en",
        "The BMA wants a 26% increase, which it says would make up for pay erosion since 2008.",
        True,
        [("percent", 26, "%", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Ministers have offered 4.5% for 2033-34, matching what the independent pay review body recommended.",
        True,
        [("percent", 4.5, "%", None), ("year", 2033, None, None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "NHS England said the last strike, in December, forced hospitals to postpone more than 61,000 operations and appointments.",
        True,
        [("count", 61000, None, "over")],
        None,
    ),
    (
        "en",
        "Health Secretary Rupert Ellingworth said resident doctors' pay had already risen by 28.4% over the past three years.",
        True,
        [("percent", 28.4, "%", None), ("duration", 3, "year", None)],
        "Rupert Ellingworth",
    ),
    (
        "en",
        'Ellingworth called the union\'s demand "simply unaffordable".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Patients should keep their appointments unless their hospital gets in touch, NHS leaders said.",
        False,
        [],
        None,
    ),
    # --- Streik am Flughafen Genf (Keystone-SDA), March 4 ---
    (
        "de",
        "Genf (Keystone-SDA) - Ein Streik des Bodenpersonals hat am Freitag den Flughafen Genf während rund vier Stunden weitgehend lahmgelegt.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    (
        "de",
        "Gemäss Angaben des Flughafens wurden 74 Flüge annulliert, rund 9000 Passagiere waren betroffen.",
        True,
        [("count", 74, None, None), ("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften VPOD und SEV-GATA wehren sich gegen Lohnkürzungen von bis zu 8 Prozent, die der Abfertigungskonzern für neu eingestellte Mitarbeitende plant.",
        True,
        [("percent", 8, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Betroffen wären nach Gewerkschaftsangaben rund 650 Angestellte.",
        True,
        [("count", 650, None, "about")],
        None,
    ),
    (
        "de",
        "Das Unternehmen teilte mit, es müsse wegen tieferer Margen bis Ende Jahr rund 14 Millionen Franken einsparen.",
        True,
        [("money", 14000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wir lassen uns nicht auf dem Buckel des Personals sanieren», sagte VPOD-Sekretär Yannick Délèze-Burri.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Genfer Staatsrat rief beide Seiten zur Mässigung auf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein weiterer Streiktag am 25. März ist bereits angekündigt.",
        True,
        [("date", "--03-25", None, None)],
        None,
    ),
    # --- Lufthansa ground staff strike (Reuters), March 10 ---
    (
        "en",
        "FRANKFURT, March 10 (Reuters) - Lufthansa cancelled about 1,100 flights at its Frankfurt and Munich hubs on Thursday as ground staff walked out for 27 hours in a pay dispute, affecting some 140,000 passengers.",
        True,
        [
            ("date", "--03-10", None, None),
            ("count", 1100, None, "about"),
            ("duration", 27, "hour", None),
            ("count", 140000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "The Verdi union is demanding a raise of 9.5% for around 25,000 ground workers over a 12-month contract.",
        True,
        [
            ("percent", 9.5, "%", None),
            ("count", 25000, None, "about"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Lufthansa said it had offered 6.2% over 24 months plus a one-off payment of 800 euros.",
        True,
        [("percent", 6.2, "%", None), ("duration", 24, "month", None), ("money", 800, "EUR", None)],
        "Lufthansa",
    ),
    (
        "en",
        "The strike is the second at the airline's German ground operations this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        'Lufthansa human resources chief Annika Vollstedt-Rahe called the walkout "a completely disproportionate escalation".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Kestner Research estimated that each strike day costs the group about 30 million euros in lost revenue.",
        True,
        [("money", 30000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Lufthansa shares fell 2.1% in Frankfurt trading.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "It was not clear whether Verdi would call further strikes before the next round of talks.",
        False,
        [],
        None,
    ),
    # --- Warnstreik des Sicherheitspersonals an Flughäfen (dpa), March 22 ---
    (
        "de",
        "Frankfurt/Main (dpa) - Wegen eines Warnstreiks der Luftsicherheitskräfte sind am Dienstag an elf deutschen Flughäfen Hunderte Flüge ausgefallen.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "In Frankfurt fielen nach Angaben von Fraport 620 der rund 1.150 geplanten Starts und Landungen aus.",
        True,
        [("count", 620, None, None), ("count", 1150, None, "about")],
        None,
    ),
    (
        "de",
        "Für die rund 25.000 Beschäftigten in der Luftsicherheit verlangt Verdi 2,80 Euro mehr pro Stunde und einen Tarifvertrag über zwölf Monate.",
        True,
        [
            ("count", 25000, None, "about"),
            ("money", 2.8, "EUR", None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Luftsicherheitsunternehmen (BDLS) hat nach eigenen Angaben 1,20 Euro mehr pro Stunde in zwei Schritten angeboten.",
        True,
        [("money", 1.2, "EUR", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Wer Flughäfen lahmlegt, nimmt Hunderttausende Reisende in Geiselhaft“, sagte BDLS-Hauptgeschäftsführer Clemens Rottmüller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV schätzt, dass bundesweit rund 190.000 Passagiere betroffen waren.",
        True,
        [("count", 190000, None, "about")],
        None,
    ),
    (
        "de",
        "Es war bereits der zweite Warnstreik an deutschen Flughäfen binnen vier Wochen.",
        True,
        [("ordinal", 2, None, None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Fluggäste sollten vor der Anreise den Flugstatus auf der Internetseite ihrer Fluggesellschaft prüfen, riet der Flughafenverband.",
        False,
        [],
        None,
    ),
    # --- Port strike in British Columbia (Reuters), April 5 ---
    (
        "en",
        "VANCOUVER, April 5 (Reuters) - About 7,400 dockworkers at ports in British Columbia went on strike on Tuesday, halting the flow of an estimated C$800 million worth of goods a day.",
        True,
        [
            ("date", "--04-05", None, None),
            ("count", 7400, None, "about"),
            ("money", 800000000, "CAD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Talks with the British Columbia Maritime Employers Association broke down after 14 months, the union said.",
        True,
        [("duration", 14, "month", None)],
        "the union",
    ),
    (
        "en",
        "The employers have offered raises of 19.2% over four years, which they said would lift average longshore pay to about C$215,000 a year.",
        True,
        [
            ("percent", 19.2, "%", None),
            ("duration", 4, "year", None),
            ("money", 215000, "CAD", "about"),
        ],
        None,
    ),
    (
        "en",
        "At least 46 container ships were anchored off Vancouver and Prince Rupert late on Tuesday, ship-tracking data showed.",
        True,
        [("count", 46, None, "at_least")],
        None,
    ),
    (
        "en",
        "Canada's labour minister said she would meet both sides on Thursday but ruled out back-to-work legislation for now.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Every day this drags on, Canadian farmers and manufacturers lose customers," said Pallavi Deshmukh-Riel of the Greater Vancouver Board of Trade.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The last strike at the ports, in 2030, lasted 13 days.",
        True,
        [("year", 2030, None, None), ("duration", 13, "day", None)],
        None,
    ),
    (
        "en",
        "Whether Ottawa will order binding arbitration remains unclear.",
        False,
        [],
        None,
    ),
    # --- Schlichterspruch im öffentlichen Dienst (dpa), April 8 ---
    (
        "de",
        "Potsdam (dpa) - Im Tarifstreit für den öffentlichen Dienst von Bund und Kommunen haben die Schlichter nach 36 Stunden Beratungen eine Empfehlung vorgelegt.",
        True,
        [("duration", 36, "hour", None)],
        None,
    ),
    (
        "de",
        "Sie sieht eine Erhöhung um 3,2 Prozent ab 1. Mai und um weitere 2,7 Prozent zum 1. Juli 2034 vor, mindestens aber 180 Euro monatlich.",
        True,
        [
            ("percent", 3.2, "%", None),
            ("date", "--05-01", None, None),
            ("percent", 2.7, "%", None),
            ("date", "2034-07-01", None, None),
            ("money", 180, "EUR", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Die Laufzeit soll 27 Monate betragen, für März und April ist eine Einmalzahlung von je 600 Euro vorgesehen.",
        True,
        [("duration", 27, "month", None), ("money", 600, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auszubildende sollen 150 Euro mehr im Monat erhalten.",
        True,
        [("money", 150, "EUR", None)],
        None,
    ),
    (
        "de",
        "Verdi-Chefin Ulrike Sandhagen-Mertens sagte, die Bundestarifkommission werde am Montag über die Empfehlung entscheiden.",
        True,
        [],
        "Ulrike Sandhagen-Mertens",
    ),
    (
        "de",
        "Nach Berechnungen der VKA kostet der Schlichterspruch die Kommunen bis 2035 insgesamt rund 17,5 Milliarden Euro.",
        True,
        [("year", 2035, None, None), ("money", 17500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Das ist ein Ergebnis an der Schmerzgrenze“, sagte VKA-Präsidentin Gesine Wallrabe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Verdi-Mitglieder der Empfehlung zustimmen, gilt als offen.",
        False,
        [],
        None,
    ),
    # --- Partial strikes at a Korean carmaker (Reuters), April 22 ---
    (
        "en",
        "SEOUL, April 22 (Reuters) - Unionised workers at Daehan Motor, South Korea's third-largest carmaker, staged four-hour partial strikes on Thursday and Friday, the company said.",
        True,
        [
            ("date", "--04-22", None, None),
            ("ordinal", 3, None, None),
            ("duration", 4, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "The union, which has about 31,000 members, wants base pay raised by 182,000 won a month and a bonus of 30% of the carmaker's 2032 net profit.",
        True,
        [
            ("count", 31000, None, "about"),
            ("money", 182000, "KRW", None),
            ("percent", 30, "%", None),
            ("year", 2032, None, None),
        ],
        None,
    ),
    (
        "en",
        "Daehan has offered 98,000 won and a one-time bonus of 5 million won for each worker.",
        True,
        [("money", 98000, "KRW", None), ("money", 5000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "The stoppages have cost the company output of about 8,600 vehicles worth roughly 250 billion won, according to the company.",
        True,
        [("count", 8600, None, "about"), ("money", 250000000000, "KRW", "about")],
        None,
    ),
    (
        "en",
        "It is the union's first strike since 2029.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        '"Management is sitting on record profits and offering crumbs," a union spokesman told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts said the strikes were unlikely to dent the carmaker's earnings significantly.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Talks are due to resume on April 26.",
        True,
        [("date", "--04-26", None, None)],
        None,
    ),
    # --- Streik bei den Austrian Airlines (APA), May 12 ---
    (
        "de",
        "Wien (APA) - Die Austrian Airlines (AUA) haben wegen eines Streiks des Bord- und Cockpitpersonals am Donnerstag 212 Flüge gestrichen.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben der Fluglinie rund 26.000 Fluggäste.",
        True,
        [("count", 26000, None, "about")],
        "die Fluglinie",
    ),
    (
        "de",
        "Der Ausstand dauert von 5.00 Uhr bis 23.00 Uhr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft vida will die Bezüge der rund 3.200 Beschäftigten im Flugbetrieb an das Niveau der Lufthansa heranführen, das liefe auf bis zu 38 Prozent mehr hinaus.",
        True,
        [("count", 3200, None, "about"), ("percent", 38, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die AUA bietet nach eigenen Angaben 9,5 Prozent über zwei Jahre.",
        True,
        [("percent", 9.5, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "AUA-Vorstand Matthias Thurnher-Egger sagte, jeder Streiktag koste das Unternehmen bis zu vier Millionen Euro.",
        True,
        [("money", 4000000, "EUR", "up_to")],
        "Matthias Thurnher-Egger",
    ),
    (
        "de",
        "„Die Belegschaft hat die Nase endgültig voll“, sagte vida-Fachbereichsleiter Konrad Aigner-Scheibl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wann die Gespräche fortgesetzt werden, blieb zunächst offen.",
        False,
        [],
        None,
    ),
    # --- Scottish teachers accept pay deal (PA), May 19 ---
    (
        "en",
        "EDINBURGH (PA) - Teachers in Scotland have voted to accept a pay offer worth 9.2% over two years, ending the threat of strikes in schools.",
        True,
        [("percent", 9.2, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The Educational Institute of Scotland said 78% of participating members had voted yes, on a turnout of 64%.",
        True,
        [("percent", 78, "%", None), ("percent", 64, "%", None)],
        "the Educational Institute of Scotland",
    ),
    (
        "en",
        "The offer includes a rise of 5.5% backdated to August and a further 3.7% from April 2034.",
        True,
        [("percent", 5.5, "%", None), ("percent", 3.7, "%", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "It will take the salary of a teacher at the top of the main grade to £52,340.",
        True,
        [("money", 52340, "GBP", None)],
        None,
    ),
    (
        "en",
        'EIS general secretary Catriona Maclennan-Boyd said the result "shows what teachers can win when they stand together".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cosla, which represents Scotland's 32 councils, said the deal would cost an extra £310 million over the two years.",
        True,
        [
            ("count", 32, None, None),
            ("money", 310000000, "GBP", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The Scottish Government said it would provide £95 million towards the cost.",
        True,
        [("money", 95000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Parents' groups welcomed the end of the dispute.",
        False,
        [],
        None,
    ),
    # --- Schlichtung am Bau (dpa), June 3 ---
    (
        "de",
        "Wiesbaden (dpa) - Der Schlichter im Bauhauptgewerbe hat einen Einigungsvorschlag gemacht, der für die rund 930.000 Beschäftigten zwei Erhöhungsstufen vorsieht.",
        True,
        [("count", 930000, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Demnach sollen die Löhne ab 1. Juli um 270 Euro im Monat und ab 1. April 2034 um weitere 4,1 Prozent steigen.",
        True,
        [
            ("date", "--07-01", None, None),
            ("money", 270, "EUR", None),
            ("date", "2034-04-01", None, None),
            ("percent", 4.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Im Osten sollen die Tariflöhne zum 1. Januar 2035 auf 100 Prozent des Westniveaus steigen.",
        True,
        [("date", "2035-01-01", None, None), ("percent", 100, "%", None)],
        None,
    ),
    (
        "de",
        "Die Laufzeit beträgt 36 Monate.",
        True,
        [("duration", 36, "month", None)],
        None,
    ),
    (
        "de",
        "Die IG BAU war mit einer Forderung von 500 Euro mehr pro Monat und zwölf Monaten Laufzeit in die Gespräche gegangen.",
        True,
        [("money", 500, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Schlichter, der frühere Bundesarbeitsrichter Ludger Abelmann-Fink, nannte seinen Vorschlag einen „tragfähigen Mittelweg“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beide Seiten haben bis zum 21. Juni Zeit, den Spruch anzunehmen.",
        True,
        [("date", "--06-21", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der IG BAU wäre ein Streik im Juli der erste flächendeckende Ausstand auf dem Bau seit 2002.",
        True,
        [("ordinal", 1, None, None), ("year", 2002, None, None)],
        "die IG BAU",
    ),
    # --- Hotel workers' strike in Southern California (AP), June 12 ---
    (
        "en",
        "LOS ANGELES (AP) — Thousands of housekeepers, cooks and bellhops walked off the job at 21 hotels across Southern California on Sunday, the start of a rolling strike timed for the summer travel season.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "UNITE HERE Local 11 said about 9,500 workers were covered by the expired contracts.",
        True,
        [("count", 9500, None, "about")],
        None,
    ),
    (
        "en",
        "The union is seeking an immediate raise of $5 an hour and $3 more in each of the following three years, which would take a housekeeper's pay to $41 an hour by 2037.",
        True,
        [
            ("money", 5, "USD", None),
            ("money", 3, "USD", None),
            ("duration", 3, "year", None),
            ("money", 41, "USD", None),
            ("year", 2037, None, None),
        ],
        None,
    ),
    (
        "en",
        "The hotels' bargaining group said it had offered $11.50 an hour over four years, including a two-tier wage scale for new hires.",
        True,
        [("money", 11.5, "USD", None), ("duration", 4, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Union co-president Everett Lindqvist-Mora said housekeepers at the striking hotels earn an average of $27.40 an hour.",
        True,
        [("money", 27.4, "USD", None)],
        "Everett Lindqvist-Mora",
    ),
    (
        "en",
        '"We make these hotels run, and we can\'t afford to live in the city we clean," said housekeeper Marisol Cárdenas-Ruiz.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The walkout is the largest in the region's hotel industry since 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Some guests said they had barely noticed the strike.",
        False,
        [],
        None,
    ),
    # --- Bauarbeiter demonstrieren in Zürich (Keystone-SDA), June 18 ---
    (
        "de",
        "Zürich (Keystone-SDA) - Für mehr Lohn und kürzere Arbeitstage sind am Samstag rund 12'000 Bauarbeiter durch die Zürcher Innenstadt gezogen.",
        True,
        [("count", 12000, None, "about")],
        None,
    ),
    (
        "de",
        "Unia und Syna verlangen für die landesweit rund 80'000 Beschäftigten im Bauhauptgewerbe 250 Franken mehr im Monat.",
        True,
        [("count", 80000, None, "about"), ("money", 250, "CHF", None)],
        None,
    ),
    (
        "de",
        "Zudem sollen die Arbeitstage auf höchstens neun Stunden begrenzt werden, sagte Albertini-Frei.",
        True,
        [("duration", 9, "hour", "at_most")],
        "Albertini-Frei",
    ),
    (
        "de",
        "Der Schweizerische Baumeisterverband bietet 0,8 Prozent mehr Lohn, will aber die Jahresarbeitszeit flexibler verteilen.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "«Die Bauarbeiter sollen mit Almosen abgespeist werden», sagte Unia-Bauchef Nico Albertini-Frei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Landesmantelvertrag läuft Ende Jahr aus, die vierte Verhandlungsrunde ist für den 5. Juli angesetzt.",
        True,
        [("ordinal", 4, None, None), ("date", "--07-05", None, None)],
        None,
    ),
    (
        "de",
        "Laut Baumeisterverband sind die Bauinvestitionen im vergangenen Jahr um 2,3 Prozent gesunken.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Ob es im Herbst zu Streiks kommt, liess Albertini-Frei offen.",
        False,
        [],
        None,
    ),
    # --- French air traffic controllers' strike (Reuters), July 7 ---
    (
        "en",
        "PARIS, July 7 (Reuters) - Airlines scrapped more than 1,500 flights to, from and over France on Thursday, the first day of a 48-hour stoppage by the country's air traffic controllers at the start of the summer holidays.",
        True,
        [
            ("date", "--07-07", None, None),
            ("count", 1500, None, "over"),
            ("ordinal", 1, None, None),
            ("duration", 48, "hour", None),
        ],
        None,
    ),
    (
        "en",
        "France's DGAC civil aviation authority told airlines to drop half of their scheduled departures from Paris-Orly and 40% of those from Nice, Marseille and Lyon.",
        True,
        [("fraction", 0.5, None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "Ryanair said it had scrapped 420 flights, disrupting the plans of about 75,000 passengers.",
        True,
        [("count", 420, None, None), ("count", 75000, None, "about")],
        "Ryanair",
    ),
    (
        "en",
        "The UNSA-ICNA union is demanding more staff and a bonus of 2,400 euros a year to compensate for a new clock-in system.",
        True,
        [("money", 2400, "EUR", None)],
        None,
    ),
    (
        "en",
        "According to the industry group Airlines for Europe, walkouts by French controllers have disrupted 9,800 flights since 2029.",
        True,
        [("count", 9800, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        '"Passengers are once again being held hostage by a tiny group of controllers," Ryanair chief executive Colm Rafferty-Byrne told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The transport minister called the strike unjustified and urged the union to call it off.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Passengers were told to check their flight status with their airline before setting off.",
        False,
        [],
        None,
    ),
    # --- Urabstimmung der Lufthansa-Piloten (dpa), July 15 ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Piloten der Lufthansa-Kerngesellschaft haben sich in einer Urabstimmung mit 94,8 Prozent für Streiks ausgesprochen.",
        True,
        [("percent", 94.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Beteiligung lag nach Angaben der Vereinigung Cockpit bei 91 Prozent, nötig waren 70 Prozent Zustimmung.",
        True,
        [("percent", 91, "%", None), ("percent", 70, "%", None)],
        "die Vereinigung Cockpit",
    ),
    (
        "de",
        "Im Streit geht es um die betriebliche Altersversorgung der rund 5.400 Cockpitbeschäftigten.",
        True,
        [("count", 5400, None, "about")],
        None,
    ),
    (
        "de",
        "Die VC verlangt, dass die Lufthansa ihren Beitrag zur Altersversorgung von 9 auf 12 Prozent des Grundgehalts anhebt.",
        True,
        [("percent", 9, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Lufthansa-Sprecher sagte, das Unternehmen habe bereits eine Anhebung auf 10,5 Prozent angeboten.",
        True,
        [("percent", 10.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir wollen nicht streiken, aber wir sind bereit dazu“, sagte VC-Präsident Tobias Wendelin-Kraus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Streiks sind frühestens ab dem 1. August möglich, bis Ende Juli gilt noch die Friedenspflicht.",
        True,
        [("date", "--08-01", None, None)],
        None,
    ),
    (
        "de",
        "Wann und wie lange gestreikt wird, ließ die VC offen.",
        False,
        [],
        None,
    ),
    # --- Heathrow baggage handlers to strike (PA), August 9 ---
    (
        "en",
        "LONDON (PA) - Around 1,600 Heathrow ground workers, among them baggage handlers and check-in agents, will walk out for 72 hours from August 22, the Unite union said.",
        True,
        [
            ("count", 1600, None, "about"),
            ("duration", 72, "hour", None),
            ("date", "--08-22", None, None),
        ],
        "the Unite union",
    ),
    (
        "en",
        "The workers, employed by three ground handling firms, rejected a 4.5% pay offer, with 87% voting against on a turnout of 71%.",
        True,
        [
            ("count", 3, None, None),
            ("percent", 4.5, "%", None),
            ("percent", 87, "%", None),
            ("percent", 71, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Unite is demanding a rise of at least £2.40 an hour, which would take the lowest-paid workers to £16.90.",
        True,
        [("money", 2.4, "GBP", "at_least"), ("money", 16.9, "GBP", None)],
        None,
    ),
    (
        "en",
        "Heathrow handled 8.1 million passengers last August, its busiest month on record.",
        True,
        [("count", 8100000, None, None)],
        None,
    ),
    (
        "en",
        '"These companies post bumper profits while our members struggle to pay their bills," Unite regional officer Gavin Pettifer-Shaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Heathrow spokesperson said contingency plans were in place to keep the airport running smoothly.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It would be the second strike at the airport this summer.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Talks are due to take place at Acas on August 18.",
        True,
        [("date", "--08-18", None, None)],
        None,
    ),
    # --- Flight attendants authorize strike (Reuters), September 12 ---
    (
        "en",
        "CHICAGO, Sept 12 (Reuters) - The Association of Flight Attendants said on Monday that 97.4% of Skyreach Airlines cabin crew who cast ballots had backed a strike authorization.",
        True,
        [("date", "--09-12", None, None), ("percent", 97.4, "%", None)],
        "the Association of Flight Attendants",
    ),
    (
        "en",
        "About 14,500 of the carrier's 16,000 flight attendants took part in the vote.",
        True,
        [("count", 14500, None, "about"), ("count", 16000, None, None)],
        None,
    ),
    (
        "en",
        "Federal law requires airline unions to wait until the National Mediation Board releases them and a further 30 days have passed before they can strike.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The union wants 33% over four years as well as pay for boarding time, which flight attendants currently work unpaid.",
        True,
        [("percent", 33, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Skyreach said it had offered 14% in year one and 5% in year two of a four-year contract.",
        True,
        [
            ("percent", 14, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 5, "%", None),
            ("ordinal", 2, None, None),
            ("duration", 4, "year", None),
        ],
        "Skyreach",
    ),
    (
        "en",
        '"We are done subsidizing this airline with our unpaid hours," union president Rochelle Abernathy-Stokes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Calloway Brothers estimated that a strike would cost the airline about $45 million a day.",
        True,
        [("money", 45000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "No date has been set for the next mediation session.",
        True,
        [],
        None,
    ),
    # --- Herbstlohnrunde der Metaller (APA), September 22 ---
    (
        "de",
        "Wien (APA) - Mit einer Forderung von 5,9 Prozent sind PRO-GE und GPA in die Herbstlohnrunde für die rund 200.000 Metaller gestartet.",
        True,
        [("percent", 5.9, "%", None), ("count", 200000, None, "about")],
        None,
    ),
    (
        "de",
        "Die rollierende Inflation der vergangenen zwölf Monate, traditionell die Basis der Verhandlungen, liegt bei 3,4 Prozent.",
        True,
        [("duration", 12, "month", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "PRO-GE-Chefverhandler Herwig Pöltl-Ramsauer sagte, die Lehrlingseinkommen müssten um 200 Euro im Monat steigen.",
        True,
        [("money", 200, "EUR", None)],
        "Herwig Pöltl-Ramsauer",
    ),
    (
        "de",
        "Der Fachverband Metalltechnische Industrie (FMTI) verweist auf einen Produktionsrückgang von 4,2 Prozent im ersten Halbjahr.",
        True,
        [("percent", 4.2, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "FMTI-Obmann Gerald Kronsteiner-Lenz nannte die Forderung „völlig realitätsfern“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die zweite Verhandlungsrunde ist für den 4. Oktober angesetzt.",
        True,
        [("ordinal", 2, None, None), ("date", "--10-04", None, None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatten sich die Sozialpartner nach 18-stündigen Verhandlungen auf 3,8 Prozent geeinigt.",
        True,
        [("duration", 18, "hour", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmung in den Betrieben sei angespannt, hieß es aus Gewerkschaftskreisen.",
        False,
        [],
        None,
    ),
    # --- Teachers' strike in central Illinois (AP), October 17 ---
    (
        "en",
        "SPRINGFIELD, Ill. (AP) — Teachers in the Sangamon Valley School District went on strike Monday for the first time since 1987, canceling classes for about 14,200 students.",
        True,
        [("ordinal", 1, None, None), ("year", 1987, None, None), ("count", 14200, None, "about")],
        None,
    ),
    (
        "en",
        "The Sangamon Valley Education Association, which represents about 1,050 teachers, said talks broke down after a 13-hour session that ended at 2 a.m.",
        True,
        [("count", 1050, None, "about"), ("duration", 13, "hour", None)],
        None,
    ),
    (
        "en",
        "The union is seeking raises of 5% a year for three years.",
        True,
        [("percent", 5, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Superintendent Lorraine Whitacre-Boone said the district faces a $9.6 million deficit next year and can afford raises of no more than 2.5% a year.",
        True,
        [("money", 9600000, "USD", None), ("percent", 2.5, "%", "at_most")],
        "Lorraine Whitacre-Boone",
    ),
    (
        "en",
        "Starting pay for a teacher in the district is $44,800, among the lowest in the region, according to the union.",
        True,
        [("money", 44800, "USD", None)],
        None,
    ),
    (
        "en",
        '"We love these kids, but love does not pay the rent," said teacher Tamsin Okereke-Hall.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The district said free meals would be available for pickup at four schools during the strike.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Parents were urged to make child care arrangements for the rest of the week.",
        False,
        [],
        None,
    ),
    # --- Warnstreiks in der Metall- und Elektroindustrie (dpa), October 29 ---
    (
        "de",
        "Stuttgart (dpa) - Kurz nach Ablauf der Friedenspflicht um Mitternacht haben Metaller in Baden-Württemberg mit Warnstreiks begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der IG Metall beteiligten sich in der Nacht zum Samstag bundesweit mehr als 21.000 Beschäftigte aus 160 Betrieben.",
        True,
        [("count", 21000, None, "over"), ("count", 160, None, None)],
        "die IG Metall",
    ),
    (
        "de",
        "Für die knapp 3,9 Millionen Metaller will die IG Metall 7 Prozent mehr durchsetzen, und zwar bei zwölf Monaten Laufzeit.",
        True,
        [
            ("count", 3900000, None, "nearly"),
            ("percent", 7, "%", None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Gesamtmetall hat 2,1 Prozent ab Juli 2034 und weitere 1,5 Prozent ab Juli 2035 angeboten, bei einer Laufzeit von 27 Monaten.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("year", 2034, None, None),
            ("percent", 1.5, "%", None),
            ("year", 2035, None, None),
            ("duration", 27, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Das Angebot sieht damit neun Nullmonate vor.",
        True,
        [("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Gesamtmetall-Verhandlungsführer Arndt Seligmann-Rupp sagte, die Branche habe seit 2030 rund 180.000 Stellen abgebaut.",
        True,
        [("year", 2030, None, None), ("count", 180000, None, "about")],
        "Arndt Seligmann-Rupp",
    ),
    (
        "de",
        "IG-Metall-Bezirksleiterin Nadine Kerkhoff-Brandt sprach von einem „Angebot zum Abgewöhnen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine rasche Einigung erwarten Beobachter nicht.",
        False,
        [],
        None,
    ),
    # --- Lohnrunde bei den SBB (Keystone-SDA), November 4 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die rund 34'000 Angestellten der SBB erhalten im kommenden Jahr 1,4 Prozent mehr Lohn.",
        True,
        [("count", 34000, None, "about"), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "de",
        "Davon fliessen 0,9 Prozent in generelle und 0,5 Prozent in individuelle Lohnerhöhungen, wie die SBB mitteilten.",
        True,
        [("percent", 0.9, "%", None), ("percent", 0.5, "%", None)],
        "die SBB",
    ),
    (
        "de",
        "Mitarbeitende mit einem Jahreslohn unter 90'000 Franken erhalten zudem eine Einmalzahlung von 1000 Franken.",
        True,
        [("money", 90000, "CHF", "under"), ("money", 1000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gefordert hatte die Gewerkschaft SEV 3,5 Prozent, mindestens aber 150 Franken monatlich.",
        True,
        [("percent", 3.5, "%", None), ("money", 150, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "«Das ist kein Ergebnis, mit dem das Personal zufrieden sein kann», sagte SEV-Präsident Matthias Bärtschi-Lüthi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen der im Gesamtarbeitsvertrag verankerten absoluten Friedenspflicht darf das SBB-Personal nicht streiken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Teuerung lag im Oktober laut Bundesamt für Statistik bei 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der SEV will die Lohnfrage an seiner Delegiertenversammlung im Dezember erneut aufs Tapet bringen.",
        True,
        [],
        None,
    ),
    # --- National strike in Belgium (Reuters), November 14 ---
    (
        "en",
        "BRUSSELS, Nov 14 (Reuters) - A national strike against pension reforms shut Brussels Airport on Monday, with all 560 scheduled departures and arrivals cancelled.",
        True,
        [("date", "--11-14", None, None), ("count", 560, None, None)],
        None,
    ),
    (
        "en",
        "Charleroi airport also cancelled all flights, while rail operator SNCB ran about one in three trains.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Belgium's three main unions said about 120,000 people joined a march in the capital, while police put the number at 85,000.",
        True,
        [("count", 3, None, None), ("count", 120000, None, "about"), ("count", 85000, None, None)],
        None,
    ),
    (
        "en",
        "The government plans to cut pension benefits by up to 5% for each year a worker retires early.",
        True,
        [("percent", 5, "%", "up_to")],
        None,
    ),
    (
        "en",
        "It was the fourth national strike day since January.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"This government is dismantling what generations fought for," FGTB leader Ludovic Vanderhaegen-Mertens told the crowd.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Port operations in Antwerp were also disrupted, with about 40 ships unable to enter or leave, according to the port authority.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "The unions said further action was possible in December but gave no date.",
        False,
        [],
        None,
    ),
    # --- KV-Abschluss im Handel (APA), November 18 ---
    (
        "de",
        "Wien (APA) - Die rund 430.000 Handelsangestellten in Österreich bekommen ab 1. Jänner 3,3 Prozent mehr Gehalt.",
        True,
        [
            ("count", 430000, None, "about"),
            ("date", "--01-01", None, None),
            ("percent", 3.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Darauf einigten sich die Gewerkschaft GPA und die Wirtschaftskammer in der fünften Verhandlungsrunde nach mehr als 14 Stunden.",
        True,
        [("ordinal", 5, None, None), ("duration", 14, "hour", "over")],
        None,
    ),
    (
        "de",
        "Das kollektivvertragliche Mindestgehalt steigt damit auf 2.410 Euro brutto im Monat.",
        True,
        [("money", 2410, "EUR", None)],
        None,
    ),
    (
        "de",
        "Lehrlinge erhalten im ersten Lehrjahr künftig 1.015 Euro.",
        True,
        [("ordinal", 1, None, None), ("money", 1015, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft hatte ursprünglich 5,2 Prozent gefordert, die Arbeitgeber zuletzt 2,9 Prozent geboten.",
        True,
        [("percent", 5.2, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der neue Kollektivvertrag gilt für zwölf Monate.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "„Der Abschluss sichert die Kaufkraft, ohne die Betriebe zu überfordern“, sagte GPA-Verhandlerin Martina Eibensteiner-Holl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "WKÖ-Handelsobmann Reinhold Tschernutter-Weiß sagte, der Abschluss koste die Betriebe rund 650 Millionen Euro im Jahr.",
        True,
        [("money", 650000000, "EUR", "about")],
        "Reinhold Tschernutter-Weiß",
    ),
    # --- London Underground strike (PA), December 6 ---
    (
        "en",
        "LONDON (PA) - Most of the London Underground network shut down on Tuesday when about 10,000 members of the RMT stopped work over pay and a four-day week for drivers.",
        True,
        [("count", 10000, None, "about"), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "Transport for London said just three of its 11 lines were operating, and only partially.",
        True,
        [("count", 3, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The RMT union said TfL had offered 3.4%, below the Retail Prices Index measure of inflation of 4.1%.",
        True,
        [("percent", 3.4, "%", None), ("percent", 4.1, "%", None)],
        "the RMT union",
    ),
    (
        "en",
        "TfL estimated that a four-day week for drivers would cost about £38 million a year.",
        True,
        [("duration", 4, "day", None), ("money", 38000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Tube staff keep London running, and they have earned more than warm words," RMT general secretary Conall Brennock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Business group London First estimated the strike would cost the capital's economy about £110 million.",
        True,
        [("money", 110000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "It is the RMT's third Tube strike this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Commuters were advised to work from home if they could.",
        False,
        [],
        None,
    ),
    # --- Transport strike in Italy (Reuters), December 16 ---
    (
        "en",
        "ROME, Dec 16 (Reuters) - A 24-hour national transport strike in Italy on Friday halted most regional trains and forced ITA Airways to cancel 128 flights.",
        True,
        [
            ("date", "--12-16", None, None),
            ("duration", 24, "hour", None),
            ("count", 128, None, None),
        ],
        None,
    ),
    (
        "en",
        "State railway operator Trenitalia said it would guarantee minimum services between 6 a.m. and 9 a.m. and between 6 p.m. and 9 p.m., as required by law.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The USB and CUB unions are demanding an 11% raise for transport workers, whose national contract expired in 2031.",
        True,
        [("percent", 11, "%", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Italy's strike commission said 14 national transport strikes had been called so far this year, up from nine in 2032.",
        True,
        [("count", 14, None, None), ("count", 9, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "Union leader Serena Carbonaro-Vitti said about 70% of train crews had joined the walkout.",
        True,
        [("percent", 70, "%", "about")],
        "Serena Carbonaro-Vitti",
    ),
    (
        "en",
        '"Italy cannot be held to ransom every Friday," the transport minister told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the sixth Friday strike in the transport sector since September.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Commuters in Milan and Rome faced long queues for buses and taxis.",
        False,
        [],
        None,
    ),
    # --- Streikbilanz des WSI (dpa), December 29 ---
    (
        "de",
        "Düsseldorf (dpa) - Durch Streiks sind in Deutschland im zu Ende gehenden Jahr nach Berechnungen des WSI rund 1,6 Millionen Arbeitstage ausgefallen.",
        True,
        [("count", 1600000, None, "about")],
        None,
    ),
    (
        "de",
        "Das ist der höchste Wert seit 2015, als rund 2 Millionen Ausfalltage gezählt wurden.",
        True,
        [("year", 2015, None, None), ("count", 2000000, None, "about")],
        None,
    ),
    (
        "de",
        "An Arbeitskämpfen beteiligten sich insgesamt gut 1,1 Millionen Beschäftigte.",
        True,
        [("count", 1100000, None, "over")],
        None,
    ),
    (
        "de",
        "Auf 1.000 Beschäftigte kamen rechnerisch 37 Ausfalltage.",
        True,
        [("count", 1000, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel der Ausfalltage entfielen auf den öffentlichen Dienst und das Verkehrsgewerbe.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "„Von einer Streikrepublik kann keine Rede sein“, sagte WSI-Tarifexpertin Corinna Lützenkirchen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Dänemark gingen je 1.000 Beschäftigte im Schnitt 112 Arbeitstage verloren, sagte Lützenkirchen.",
        True,
        [("count", 1000, None, None), ("count", 112, None, None)],
        "Lützenkirchen",
    ),
    (
        "de",
        "Arbeitgeber verlangen seit Jahren ein Gesetz, das Ausstände in Kliniken, Energieversorgung und Verkehr beschränkt.",
        False,
        [],
        None,
    ),
]
