"""Two-hundred-and-thirty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Sigrid Hallenberger, Ansgar Wöllenbrink, Clemens Aigner, Reinhold Pucher, Markus
Tellkamp, Jochen Krahwinkel, Martina Rauchenberger, Tobias Ahrendsen, Beat Hürlimann,
Henrike Bramstedt, Andrea Kossmann, Jens Brakelmann, Birgit Wallnöfer, Daniel Kohlbacher,
Ralf Siebertz, Clemens Ostwald, Olaf Strübing, Karl Dürnberger, Wolfgang Stelzhammer,
Ulrike Brenninkmeyer, Valérie Pittet, Nathalie Rochat; Lorna Whitcombe, Malcolm Ferrier,
Daniel Ferland, Rachel Okafor, Fiona Haddow, Carla Jimenez, Greg Halvorsen, Terrence
Bolden, Eleanor Mabry, Ryan Petrakis, Ian Kettleborough, Brett Lindqvist, Sian Pritchard;
Corvane Aerospace, Brookhurst Securities, Daeyang Heavy Industries, Haesung Electronics,
Tallis Motors, Northline Air, Pennine Metrobus, the borough of Kingsmere, the Cascade
Valley school district and its Education Association; every unnamed spokesman, strike
leader, analyst, official, nurse and minister); chairs, negotiators, executives and
ministers of real unions, employers, companies and governments appear under made-up names
that stand for no real holder, or by their role only. Real unions, employers' bodies,
companies, bodies and places (Verdi, VKA, IG Metall, GÖD, Finanzministerium, GPA, vida,
Sozialwirtschaft Österreich, Vereinigung Cockpit, Lufthansa, Post, syndicom, transfair,
Marburger Bund, Tarifgemeinschaft deutscher Länder, Deutsche Post, Austrian Airlines, IG
BCE, BAVC, Flughafenverband ADV, BDLS, Fraport, PRO-GE, FEEI, IG BAU, Bundesinnungsverband
des Gebäudereiniger-Handwerks, Kanton Genf; the International Association of Machinists,
the British Medical Association, NHS England, Canada Post, the Canadian Union of Postal
Workers, Unite, the Royal College of Nursing, the United Auto Workers, the NSW Nurses and
Midwives' Association, the Industrial Relations Commission, PCS, the Passport Office, the
Home Office, the Air Line Pilots Association, the Railway Labor Act, the National Mediation
Board, GMB, Transport for Greater Manchester, Acas, and the datelines' cities) stand for the
way wire copy names them; every demand, offer, deal, stage, term, one-off payment, strike
length, turnout, ballot, tally, cost, quote and label here is invented, and where a real
figure came to mind it was changed.

Its weight: LABOUR DISPUTES AND WAGE DEALS (the hundredth batch weighed strikes, labour
disputes and wage deals before it, the forty-eighth and two-hundred-sixth transport strikes,
the fifty-sixth wages and collective bargaining, and their decisions are kept) over about
five weeks from late January to early March of one year, 28 short stories in story order,
the German and English ones interleaved, each told as wire copy runs it (a dateline lead,
the demand, the offer, the walkout and who took part, attributed claims of both sides and
their rebuttals, quotes, the deal). Half German (dpa, dpa-AFX, APA, Keystone-SDA, Reuters
German; Verdi-, IG Metall- and GÖD-style copy with Austrian "mit 1. Mai", "heuer",
"Bundesbedienstete", "Kollektivvertrag", Swiss "30'000", "Franken", «» quotes, German „“
quotes): Verdi's warning strikes in the public sector of Bund and Kommunen, the GÖD's
two-year deal for federal staff, IG Metall's first warning strikes in the steel industry,
warning strikes in the Austrian Sozialwirtschaft, a Lufthansa pilots' ballot, the Swiss
Post's pay round, a Marburger Bund strike at university hospitals, a strike ballot at
Deutsche Post, a works meeting of AUA cabin and cockpit crews, the chemical industry's
settlement, a Verdi strike of airport security staff, the Austrian electrical industry's
settlement, failed talks in commercial cleaning and a strike of Geneva's cantonal staff.
Half English (Reuters, AP, PA, AAP): an aerospace machinists' walkout, partial strikes at a
Korean shipyard, resident doctors' 13th strike, a Canada Post deal, a bin strike, a strike
at an Indian appliance plant, a suburban teachers' strike, a first UAW contract, nurses'
rejection of a pay award, a statewide nurses' strike in NSW, a Passport Office strike,
regional pilots' strike authorisation, a Manchester bus strike and the German
public-sector deal in English. Figures as such copy has them: percentage raises in steps
over months with floors ("7,5 Prozent, mindestens jedoch 340 Euro monatlich", "ab 1. April
um 3,2 Prozent und zum 1. Mai 2027 um weitere 2,6 Prozent", "3%, or at least 110 euros a
month, from April 1 and by a further 2.8% from May 2027"), terms in months and years ("über
zwölf Monate", "bei einer Laufzeit von 27 Monaten", "drei Leermonate", "einen
Dreijahresvertrag", "The four-year deal", "a one-year deal", "3% a year for three years"),
one-off payments and bonuses ("Einmalzahlung von 650 Euro", "a one-time payment of
C$1,500", "a $5,500 ratification bonus"), hourly and monthly pay and costs in eight currencies,
working weeks, warning strikes and their lengths ("zweistündigen", "24-stündigen", "Ein
eintägiger Pilotenstreik", "a four-hour partial strike", "a 32-day strike", "for 10 days",
"on six days in March"), strike and round ordinals, numbers of workers covered and taking
part with both sides' tallies, ballots with turnout and shares ("93,7 Prozent ... 88
Prozent", "71% ... and 68%", "87% ... on a turnout of 62%", "just below the 50%
threshold", "by 412 votes to 167"), costs of demands, strikes and deals, shares ("Gut ein
Drittel", "jeder dritte Klinikarzt", "more than one in 10", "about a third less"), and
hedges. Negatives as such copy has them: union leaders', employers' and ministers' quotes
of anger, pride, satisfaction and resolve, labels for the other side's strike or offer,
verdicts with "hält ... für", a placard and a banner with a figure, a hope with a figure, a
vox pop, appeals and travel advice, open questions and evasions, analysts' expectations
without a figure and ministers' insistence.

241 rows (122 German, 119 English), 56 negatives (28 German, 28 English), 185 check-worthy
rows of which 22 carry no figure (12 German, 10 English), 329 expected quantities (72
durations - 26 in years, 15 in hours, 15 in months, 10 in days, 6 in weeks -, 69 counts, 69
percentages - 67 in %, 2 in percentage points -, 46 amounts of money - 16 EUR, 8 GBP, 8 USD,
5 CHF, 3 CAD, 3 KRW, 2 AUD, 1 INR -, 26 dates, 26 ordinals, 12 years, 9 fractions; 9 of them
in 7 negatives, as the seventeenth batch labels a figure in a negative), 35 checked speakers
(15 German, 20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, resolve, threat, label or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth, hundredth,
  two-hundred-fourth, two-hundred-sixth); a quoted or reported statement of fact, figure,
  step, plan, demand or offer is check-worthy with its speaker, also in quotation marks
  (two-hundred-fourth): Kossmann's „Die Beschäftigten haben in den vergangenen drei Jahren
  real rund sieben Prozent ihres Einkommens verloren“ is check-worthy with 3 years, 7
  percent "about" and "Andrea Kossmann". Pairs from one speaker: Hallenberger's 45,000
  beside her „leere Hände“; Pucher's 5.6 percent beside his „Sozialpartnerschaft“;
  Tellkamp's 34.1 million tonnes beside his „kein Morgen“ and his hope with two weeks;
  Bramstedt's share and 60 hours beside her generic claim with 26 hours; Wallnöfer's 3
  million euros beside her warning; Whitcombe's 40% beside her "share"; Ferrier's £300
  million beside his "pay the price"; Ferland's hope with 2019 beside Canada Post's
  losses; Jimenez's 12% beside her picket-line quote; Bolden's vote dates beside his
  "stand together"; the VKA's cost beside Wöllenbrink's label and his "limit".
- Strikes (forty-eighth, hundredth, two-hundred-sixth): an announced or called strike, a
  ballot opened, a ballot date, talks declared failed and a deal awaiting approval state
  a step or a plan and are check-worthy, with or without a figure. Lengths are durations:
  "zweistündigen", "24-stündigen", "vierzehnstündigen Verhandlungen" (the issue:
  "fünfstündigen"), "Warnstreiks von jeweils zwei Stunden" ("jeweils" no hedge), "a
  four-hour partial strike", "a 32-day strike", "for 10 days", "for 24 hours", "eight hours
  per shift", "a five-day walkout" and "each five-day strike", "more than 40 hours" "over";
  "ganztägigen", "all-out" and "unbefristete" none. "on six days in March" is 6 days
  (two-hundred-sixth: "an insgesamt neun Tagen"). New: "Ein eintägiger Pilotenstreik" is 1
  day, the number word solid in the compound as in "zweitägig" and "fünfstündig" (the
  issue), and as "a one-day strike" (hundredth) in English; "a one-year deal" 1 year
  likewise (hundred-seventeenth: "for one year"), while "eine Laufzeit von einem Jahr"
  carries none (an article, seventy-sixth and hundred-thirty-first). Ordinals: "der vierte
  Warnstreik der Klinikärzte in diesem Winter", "the 13th strike", "the first walkout at
  the South Korean shipbuilder in five years" (ordinal 1 and 5 years; hundredth), "the
  first strike at the Wichita plant since 2008", "the second at the Passport Office in two
  years", "der zweite Warnstreik an Flughäfen binnen drei Wochen" (ordinal 2 and 3 weeks,
  two-hundred-sixth), "zum dritten Mal binnen zwei Jahren" (the issue: "zum zweiten Mal"),
  "die dritte Betriebsversammlung", "der dritte Streiktag", "their third statewide strike in
  18 months", rounds ("in der ersten Verhandlungsrunde", "Für die zweite Runde", "nach der
  vierten Verhandlungsrunde", "die fünfte Runde", "nach der sechsten Runde", "a third
  round of talks"), "a tentative first contract" 1 and "on the first day" 1. "zu ersten
  Warnstreiks" carries no ordinal, and neither does "nach ersten Zählungen": "ersten"
  without an article before a plural means "initial" (the sixteenth batch's correction:
  "nach ersten Schätzungen" none, as the sixth and ninth label it); "erstmals" none
  (forty-first).
- Wage demands, offers and deals (first, sixteenth, forty-eighth, fifty-sixth, hundredth,
  two-hundred-sixth): "mindestens jedoch 340 Euro monatlich", "mindestens aber um 75 Euro
  brutto im Monat", "or at least 110 euros a month", "mindestens 900 Franken mehr" and
  "einen Stundenlohn von mindestens 15 Euro" "at_least" ("aber"/"jedoch" between, "mehr"
  after the figure); "einen Vertrag über zwölf Monate", "der neue Vertrag soll zwölf Monate
  laufen", "für 18 Monate", "bei einer Laufzeit von 27 Monaten", "insgesamt 27 Monate",
  "The deal runs for 25 months" months; "über 24 Monate" 24 months ("über" before a span no
  hedge, hundred-fifty-eighth); "in zwei Schritten" count 2; steps by date and size ("ab
  1. April um 3,2 Prozent und zum 1. Mai 2027 um weitere 2,6 Prozent" -
  --04-01, 3.2, 2027-05-01, 2.6; "1,7 Prozent ab Juli und weitere 1,5 Prozent ein Jahr
  später" - "ein Jahr später" none, fifty-sixth; "auf 14,80 Euro zum 1. Juli und auf 15,20
  Euro ein Jahr später"; "from May 2027" the year); "Im zweiten Jahr" ordinal 2;
  "zuzüglich 0,2 Prozentpunkten" and "um 1,5 Prozentpunkte" pp (hundredth, fifty-sixth);
  "über beide Jahre gerechnet", "über die gesamte Laufzeit", "over the life of the
  contract" and "over its term" none; "24% over four years", "9.5% over three years",
  "raises of up to 27% over five years", "3% a year for three years" with the period and
  no hedge ("a year" none); "Einmalzahlung", "one-time payment" and "ratification bonus"
  the amount only (fifty-sixth, hundredth; "one-time" none, hundred-twenty-fifth and hundred-thirty-fifth);
  "Dreijahresvertrag", "The four-year deal" and "the four-year offer" 3 and 4 years
  (twenty-second, fifty-sixth, hundred-eighty-third); "zweieinhalb Prozent" 2.5
  (fourteenth); "148,000 won" and "5 million won" KRW (hundredth), "32,000 rupees" INR,
  "C$1,500" CAD, "A$91,000" AUD; pay per hour, month and year the amount only. New: "drei
  Leermonate" is 3 months - months without a raise at the start of a deal, the number word
  with its unit of time solid in a compound, as "zur Viertagewoche" 4 days (fifty-sixth) and
  "Dreijahresvertrag" 3 years. Working weeks are hours: "von 37 auf 35 Stunden" and "from
  37 hours to 35" both (the unit written once, forty-eighth and fifty-sixth); "drei
  zusätzliche freie Tage ..., für Gewerkschaftsmitglieder sogar vier" 3 and 4 days, and
  "over 18 months instead of six" 18 and 6 months, by the same rule (fifty-sixth:
  "Teilzeitkräfte 21,6"). "Lohnplus", "Gehaltsplus", "Nullrunde"-type names none.
- Ballots and turnouts are percentages (eleventh, sixteenth, hundredth): "93,7 Prozent ...,
  die Beteiligung habe bei 88 Prozent gelegen", "voted 71% to reject ... and 68% to
  strike", "87% in favour of action on a turnout of 62%", "98.4%", "About 94% of the
  airline's roughly 1,900 pilots" (94 "about", 1,900 "about"), "with 91% voting to reject",
  "mindestens 75 Prozent der Mitglieder" "at_least", "The turnout was 49%, just below the
  50% threshold" (no hedge: "just below" stands before "the", hundredth: "just above the
  legal threshold of 50%"); tallies "by 412 votes to 167" and "by 2,628 votes to 985"
  counts (hundred-twenty-ninth).
- Claims and rebuttals (hundredth, two-hundred-sixth): each side's tally is check-worthy
  with its own hedge ("mehr als 45.000", "rund 11.500 Beschäftigte", "etwa 9.000 ... zur
  zentralen Kundgebung" and "Die TdL sprach von deutlich weniger als 5.000 Teilnehmenden"
  5,000 "under" - "sprach von" with a figure is a claim, and the intensifier before the
  hedge changes nothing, hundred-first: "far above one in 10"; "rund 7000 Personen ...,
  die Polizei sprach von 4500"); a rejection is check-worthy ("Verdi hatte das letzte
  Angebot ... als unzureichend zurückgewiesen" with its figures, "wies die Darstellung
  zurück: ... um knapp 7 Prozent", "The council rejected that figure and said only 23
  employees ..."), as is an employer's cost or loss ("beziffert ... auf rund 14 Milliarden
  Euro", "about $45 million a week", "about C$21 million a day", "about $1.4 billion in
  labor costs", "11.4 billion euros"); a statement of a rule of law is check-worthy
  ("Under the Railway Labor Act, ... a 30-day cooling-off period", 30 days; thirty-third
  and fortieth: a checkable definition).
- Shares and counts (the issue; hundredth, two-hundred-sixth): "Gut ein Drittel" 0.3333
  "over" (forty-first: "gut jeder fünfte"), "knapp ein Drittel" "nearly", "jeder dritte
  Klinikarzt" 0.3333, "a third of the company's sales" 0.3333, "about a third less" 0.3333
  "about", "roughly a fifth" and "about a fifth" 0.2 "about", "about half" 0.5 "about",
  "more than one in 10" 0.1 "over" (hundred-fourteenth: "fewer than one in 10"); "About two
  dozen teachers" 24 "about" (the issue: "two dozen"); "about 1.8 times the state minimum"
  count 1.8 "about" (hundredth); "nur 21 von 1.050" two counts; "34,1 Millionen Tonnen"
  a count (forty-eighth); Swiss "30'000" and "7000" as written (tenth, forty-eighth);
  "Tausende", "Zehntausende", "Mehrere tausend" and "thousands of" none (fifth,
  seventeenth, eighteenth, twenty-second). "die drittgrößte Industriebranche" ordinal 3 (the issue: "die drittgrößte
  Stadt"); "most generous", "worst" none.
- Money, years, dates and periods: "unter 60'000 Franken" 60,000 CHF "under" (forty-fourth:
  "Personen unter 26 Jahren"; fifty-sixth: "weniger als 4'487 Franken"); "knapp unter der
  ... Inflationsrate von 3,0 Prozent" no hedge ("knapp unter" stands before "der", as "über
  der Marke von drei Millionen", fifty-sixth); "rund 15 Prozent unter dem Niveau von 2018"
  15 "about" and the year; "about 12% less", "around 8% less" "about" ("less" after the
  figure compares). Reuters English datelines with a day ("WICHITA, Kansas, Jan 26",
  "SEOUL, Jan 28", "OTTAWA, Feb 2", "CHENNAI, Feb 5", "DETROIT, Feb 10", "MINNEAPOLIS, Feb
  24", "POTSDAM, Germany, March 2") dates without a year; dpa, dpa-AFX, APA, Keystone-SDA,
  Reuters German, PA, AP and AAP datelines none (seventy-ninth). Pairs "am 18. und 19.
  Februar" and "on Feb. 18 and 19" two dates each (hundredth, two-hundred-sixth);
  "Ab 1. Juli", "mit 1. Mai", "ab dem 1. Januar", "bis zum 8. März", "from 7am on March 3"
  (the clock time none), "starting Feb. 9", "from March 16", "on March 6" dates without a
  year. "seit 2015", "since 2008", "in March 2023", "bis 2028", "in 2014", "in 2024" years;
  "ab Juli", "seit Anfang Februar", "seit November", "im April", "in April", "backdated to
  April", "backdated to January", "heuer", "im Vorjahr", "last year", "next week", "binnen
  Jahresfrist", "pro Jahr", "a week", "a day", "a year" none; "in den vergangenen drei
  Jahren" 3 years, "over the past three years" 3 years, "in the first eight weeks of this
  year" ordinal 1 and 8 weeks (forty-second: "in den ersten neun Monaten"), "Für die ersten
  sechs Monate des Jahres" ordinal 1 and 6 months, "für die kommenden zwei Jahre", "für
  zwei Jahre", "verteilt auf zwei Jahre", "seit zwei Jahren" 2 years, "its 30-year history"
  30 years and "a 30-day cooling-off period" 30 days (a figure in a compound with a unit of
  time, fiftieth), "five years' experience" 5 years (fifty-second: "four months' notice"),
  "for 26 months", "a three-week period", "within three years" (in a negative), "within
  three weeks", "mindestens 24 Stunden vorher" 24 hours "at_least", "at least 10 weeks" (in
  a negative) "at_least"; clock times ("von 6.00 bis 14.00 Uhr", "from 11 a.m. to 1 p.m.",
  "um Mitternacht") none, leaving "Die Versammlung dauert von 6.00 bis 14.00 Uhr."
  check-worthy without a figure (forty-eighth).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "around"
  "about"; "knapp" "nearly"; "mehr als", "More than", "more than", "Gut" "over"; "fewer
  than", "weniger als", "unter" (right before the figure) "under"; "bis zu", "up to"
  "up_to"; "mindestens", "at least" "at_least". No hedge: "insgesamt", "jeweils", "nur",
  "only", "bislang", "zuletzt", "weitere", "a further", "an average of".
- Check-worthy without a figure (forty-eighth, hundredth, two-hundred-sixth): the steel
  strikes called, the teachers' union's late approval, the bin strike called, the
  emergency care assured by vida, the Sozialwirtschaft's note on budgets, the pilots'
  ballot result without its figures, the hospitals' postponed operations, the Deutsche
  Post ballot opened, the works meeting's clock times, the RCN's consultation, the
  minister's position, the mediator asked in, the Indian labour minister's meeting, the
  hospitals' cancelled surgery, the commission's hearing, the Christmas-bonus demand, the
  ballot set for April, the thousands of doctors who stopped work, the schools and
  transport shut in Germany, the Geneva strike, the National Mediation Board's schedule
  and talks due at Acas.
- Negatives, with the figures of seven of them labelled (seventeenth batch): quotes of
  anger, pride, satisfaction and resolve, labels ("nannte die Warnstreiks „maßlos ...“",
  "sprach von einem „faulen Kompromiss ...“", "sprach von einer „Nebelgranate“", "sprach
  von einem «vertretbaren Kompromiss»", "nannte die Forderung", "called the union's
  demands", "called the strike"), a verdict with "hält ... für" (ninetieth, hundredth), a
  warning naming no measure (AUA's „in ihrer Existenz gefährden“, Brakelmann's „Desaster“;
  two-hundred-fourth), the placard "24% is not a raise ..." (24 %) and the banner „3,4
  Prozent sind ein Witz“ (3.4 %; hundredth: "5% is not a pay rise"), Bramstedt's generic
  claim „Wer nach 26 Stunden Dienst ...“ (26 hours; hundredth: „Übermüdete Ärztinnen und
  Ärzte ...“), Tellkamp's confidence with two weeks and Ferland's hope with 2019 and three
  years (two-hundred-fourth: Aichhorn's belief with ten years), the open question „Ob die
  fünfte Runde am 24. Februar ...“ (ordinal 5 and the date; two-hundred-fourth: "remains
  an open question" with ordinal 7), an evasion („ließ Krahwinkel offen“), open questions
  ("Whether ...", "It was not clear ...", „Ob ..., ist offen“), travel and service advice
  ("Patients are being urged ...", "Residents have been asked ...", "Parents were told
  ...", "Travellers are advised to apply at least 10 weeks ..." with 10 weeks "at_least",
  „Fluggästen wird geraten ...“, "Transport for Greater Manchester urged ..."), an appeal
  („rief die VC zurück an den Verhandlungstisch“), a vox pop, analysts' expectations
  without a figure ("Analysts expect ..."; forty-eighth) and "Ministers insist ..."
  (forty-eighth: "Rail bosses insist").
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped and the name as written ("Hallenberger sagte", "GÖD-Vorsitzender
  Reinhold Pucher sagte", "Tellkamp sagte", "Bramstedt sagte", "Wallnöfer sagte",
  "BAVC-Verhandlungsführer Clemens Ostwald sagte", "FEEI-Obmann Wolfgang Stelzhammer
  sagte", "Finanzdirektorin Nathalie Rochat sagte", „...“, "sagte Verdi-Vize Andrea
  Kossmann"; hundredth, two-hundred-fourth); "nach Angaben der Gewerkschaft" -> "die
  Gewerkschaft" (twice) and "nach Angaben der Gewerkschaft GPA" -> "die Gewerkschaft GPA",
  "teilte die Gewerkschaft vida mit" -> "die Gewerkschaft vida", "teilte die Vereinigung
  Cockpit am Mittwoch mit" -> "die Vereinigung Cockpit" (the weekday dropped,
  hundred-fourteenth), "teilte Verdi am Freitag mit" -> "Verdi" (forty-eighth). English:
  "the union said" and "The union said"-type forms with the article in lower case ("the
  union" for the machinists, the RCN ballot), "according to the union" -> "the union"
  (ninety-eighth), "the BMA said" -> "the BMA", "The RCN said" -> "the RCN", "the Canadian
  Union of Postal Workers said" as written with "the", "The health department said" -> "the
  health department", "the Unite union said", "the PCS union said", "the GMB union said"
  and "the Verdi union said" with "union" (hundredth: "the RMT union"), "ALPA said" and
  "Haesung said" as written, "Ferrier said", "Jimenez said", "Haddow said" the surname, and
  "Labour Minister Rachel Okafor said", "Superintendent Greg Halvorsen said", "Health
  Minister Ryan Petrakis said", "UAW regional director Terrence Bolden told reporters" the
  name with the title dropped. Left unchecked (None), as earlier batches leave them:
  "wie die AUA mitteilte" and "wie die Gewerkschaft syndicom mitteilte" (two-hundred-
  fourth), "nach Angaben des Marburger Bundes" (a masculine genitive, hundredth), "nach
  Angaben des Betreibers Fraport", "Der Flughafenverband ADV zählte", "Der
  Arbeitgeberverband BAVC bezifferte" and "Der Arbeitgeberverband BDLS bietet nach eigenen
  Angaben" (a description before the name), "nach Berechnungen des Finanzministeriums",
  "nach Konzernangaben", "nach Gewerkschaftsangaben", "nach eigenen Angaben", "Laut den
  Gewerkschaften" (a plural group), "Die TdL sprach von", "Ein Post-Sprecher sagte" (a
  role), "the company said in a regulatory filing", "Corvane, which supplies ..., said" (a
  description between), "The government says", "union officials said", "their union said",
  "a police official said", "The state's labour minister said" (roles and groups),
  "according to company figures", "according to council figures", "according to industry
  data", "according to a summary seen by Reuters", "Analysts at Brookhurst Securities
  estimated", "the British Medical Association has announced" (a form no batch settled),
  rows without attribution and all negatives, also those with a named speaker. As the
  two-hundred-third and two-hundred-sixth batches did, and to keep the checked speakers
  near 35, this batch also leaves unchecked forms it could have checked: "the
  company said" (twice), "Whitcombe said", "NHS England said", "Canada Post said", "Unite
  said", "the district said", "the union said on Tuesday" (the UAW), "Tallis said", "Mabry
  said", "The union said" (NSW), "The Home Office said", "Northline said" and "Pennine
  Metrobus said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_233 = [
    # --- Verdi ruft zu Warnstreiks im öffentlichen Dienst auf (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im Tarifkonflikt des öffentlichen Dienstes von Bund und Kommunen hat Verdi für Dienstag zu ganztägigen Warnstreiks in Kitas, Kliniken und im Nahverkehr in sechs Bundesländern aufgerufen.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft verlangt für die rund 2,6 Millionen Tarifbeschäftigten ein Plus von 7,5 Prozent, mindestens jedoch 340 Euro monatlich, und einen Vertrag über zwölf Monate.",
        True,
        [
            ("count", 2600000, None, "about"),
            ("percent", 7.5, "%", None),
            ("money", 340, "EUR", "at_least"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Zudem fordert Verdi drei zusätzliche freie Tage im Jahr, für Gewerkschaftsmitglieder sogar vier.",
        True,
        [("duration", 3, "day", None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "Die kommunalen Arbeitgeber hatten in der ersten Verhandlungsrunde kein Angebot vorgelegt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Wer die Beschäftigten mit leeren Händen nach Hause schickt, darf sich über geschlossene Kitas nicht wundern“, sagte Verdi-Chefin Sigrid Hallenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hallenberger sagte, am Dienstag hätten sich nach ersten Zählungen mehr als 45.000 Beschäftigte an den Ausständen beteiligt.",
        True,
        [("count", 45000, None, "over")],
        "Hallenberger",
    ),
    (
        "de",
        "Gut ein Drittel der städtischen Kitas in Nordrhein-Westfalen blieb nach Angaben der Gewerkschaft geschlossen.",
        True,
        [("fraction", 0.3333, None, "over")],
        "die Gewerkschaft",
    ),
    (
        "de",
        "Die Vereinigung der kommunalen Arbeitgeberverbände (VKA) beziffert die Kosten der Forderung auf rund 14 Milliarden Euro pro Jahr.",
        True,
        [("money", 14000000000, "EUR", "about")],
        None,
    ),
    ("de", "VKA-Präsident Ansgar Wöllenbrink nannte die Warnstreiks „maßlos und zur Unzeit“.", False, [], None),
    (
        "de",
        "Für die zweite Runde haben sich beide Seiten am 18. und 19. Februar in Potsdam verabredet.",
        True,
        [("ordinal", 2, None, None), ("date", "--02-18", None, None), ("date", "--02-19", None, None)],
        None,
    ),
    # --- Machinists strike at Corvane Aerospace (Reuters) ---
    (
        "en",
        "WICHITA, Kansas, Jan 26 (Reuters) - About 5,300 machinists at aircraft parts maker Corvane Aerospace walked off the job on Monday after rejecting a contract offer, the company said.",
        True,
        [("date", "--01-26", None, None), ("count", 5300, None, "about")],
        None,
    ),
    (
        "en",
        "Members of the International Association of Machinists voted 71% to reject the four-year offer and 68% to strike, the union said.",
        True,
        [("percent", 71, "%", None), ("duration", 4, "year", None), ("percent", 68, "%", None)],
        "the union",
    ),
    (
        "en",
        "The rejected deal would have raised wages by 24% over four years and included a $4,000 ratification bonus.",
        True,
        [("percent", 24, "%", None), ("duration", 4, "year", None), ("money", 4000, "USD", None)],
        None,
    ),
    (
        "en",
        "The union wants a 38% raise over the life of the contract and the restoration of the defined-benefit pension it lost in 2014.",
        True,
        [("percent", 38, "%", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        '"Our members carried this company through the worst years in its history, and now they want their share," IAM district president Lorna Whitcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcombe said fewer than 40% of the plant's workers had been hired before 2015.",
        True,
        [("percent", 40, "%", "under"), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        '"24% is not a raise, it\'s a pay cut with a bow on it," read one placard outside the plant.',
        False,
        [("percent", 24, "%", None)],
        None,
    ),
    (
        "en",
        "Corvane, which supplies fuselage sections for about 60% of the single-aisle jets built in the United States, said the strike would halt deliveries to its main customer.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Analysts at Brookhurst Securities estimated the stoppage would cost the company about $45 million a week.",
        True,
        [("money", 45000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It is the first strike at the Wichita plant since 2008.",
        True,
        [("ordinal", 1, None, None), ("year", 2008, None, None)],
        None,
    ),
    ("en", 'The company called the union\'s demands "unrealistic in the current market."', False, [], None),
    # --- GÖD und Regierung einigen sich auf Beamtengehälter (APA) ---
    (
        "de",
        "Wien (APA) - Die Regierung und die Gewerkschaft Öffentlicher Dienst (GÖD) haben sich nach der vierten Verhandlungsrunde auf einen Gehaltsabschluss für die kommenden zwei Jahre geeinigt.",
        True,
        [("ordinal", 4, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Ab 1. Juli steigen die Bezüge der rund 245.000 Bundesbediensteten um 2,8 Prozent, mindestens aber um 75 Euro brutto im Monat.",
        True,
        [
            ("date", "--07-01", None, None),
            ("count", 245000, None, "about"),
            ("percent", 2.8, "%", None),
            ("money", 75, "EUR", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Im zweiten Jahr steigen die Gehälter um die rollierende Inflation zuzüglich 0,2 Prozentpunkten.",
        True,
        [("ordinal", 2, None, None), ("percent", 0.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Für die ersten sechs Monate des Jahres entfällt die Erhöhung, was Bund, Ländern und Gemeinden nach Berechnungen des Finanzministeriums rund 540 Millionen Euro erspart.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("money", 540000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wir haben in einer budgetär schwierigen Lage ein vernünftiges Maß gefunden“, sagte Beamtenstaatssekretär Clemens Aigner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "GÖD-Vorsitzender Reinhold Pucher sagte, der Abschluss liege über beide Jahre gerechnet bei rund 5,6 Prozent.",
        True,
        [("percent", 5.6, "%", "about")],
        "Reinhold Pucher",
    ),
    (
        "de",
        "„Wir haben gezeigt, dass die Sozialpartnerschaft auch in Sparzeiten funktioniert“, sagte Pucher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lehrergewerkschaft hatte der Einigung erst nach einer Sitzung ihres Bundesvorstands am späten Freitagabend zugestimmt.",
        True,
        [],
        None,
    ),
    ("de", "Die Opposition sprach von einem „faulen Kompromiss auf dem Rücken der Bediensteten“.", False, [], None),
    # --- Korean shipyard strike (Reuters) ---
    (
        "en",
        "SEOUL, Jan 28 (Reuters) - Unionised workers at Daeyang Heavy Industries staged a four-hour partial strike on Wednesday, the first walkout at the South Korean shipbuilder in five years.",
        True,
        [
            ("date", "--01-28", None, None),
            ("duration", 4, "hour", None),
            ("ordinal", 1, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The union, which represents about 8,200 of the company's 11,000 production workers, is demanding a monthly base pay increase of 148,000 won and a bonus equal to 30% of operating profit.",
        True,
        [
            ("count", 8200, None, "about"),
            ("count", 11000, None, None),
            ("money", 148000, "KRW", None),
            ("percent", 30, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Daeyang has offered 92,000 won and a one-time payment of 5 million won per worker, the company said in a regulatory filing.",
        True,
        [("money", 92000, "KRW", None), ("money", 5000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "The union plans to extend the stoppages to eight hours per shift from next week if no agreement is reached.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
    (
        "en",
        '"Management is hiding behind a full order book while our wages stand still," a union spokesman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "South Korean shipbuilders won orders worth $31 billion last year, roughly a fifth of the global total, according to industry data.",
        True,
        [("money", 31000000000, "USD", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Analysts expect any production losses to be limited because the yard is already running at full capacity.",
        False,
        [],
        None,
    ),
    ("en", "Shares in Daeyang closed down 2.3% on Wednesday.", True, [("percent", 2.3, "%", None)], None),
    # --- Resident doctors to strike again (PA) ---
    (
        "en",
        "LONDON (PA) - Resident doctors across England will strike again from 7am on March 3, this time for five days, the British Medical Association has announced.",
        True,
        [("date", "--03-03", None, None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "It will be the 13th strike by resident doctors since the dispute began in March 2023.",
        True,
        [("ordinal", 13, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The BMA said its members had seen their pay fall by about a fifth in real terms since 2008.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2008, None, None)],
        "the BMA",
    ),
    (
        "en",
        "The government says resident doctors have received pay rises totalling 28.9% over the past three years.",
        True,
        [("percent", 28.9, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        '"Patients will once again pay the price for the BMA\'s refusal to negotiate in good faith," Health Secretary Malcolm Ferrier said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferrier said each five-day strike cost the NHS roughly £300 million in extra staffing and lost activity.",
        True,
        [("duration", 5, "day", None), ("money", 300000000, "GBP", "about")],
        "Ferrier",
    ),
    (
        "en",
        "NHS England said more than 54,000 appointments and operations had been rescheduled during the last walkout in January.",
        True,
        [("count", 54000, None, "over")],
        None,
    ),
    ("en", "Patients are being urged to attend appointments unless their hospital contacts them.", False, [], None),
    ("en", "Whether talks can resume before the walkout begins is unclear.", False, [], None),
    # --- Warnstreiks in der Stahlindustrie (dpa) ---
    (
        "de",
        "Düsseldorf (dpa) - Nach dem Ende der Friedenspflicht um Mitternacht hat die IG Metall die Beschäftigten der nordwestdeutschen Stahlindustrie zu ersten Warnstreiks aufgerufen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "An den Aktionen in Duisburg, Salzgitter und Bremen beteiligten sich nach Angaben der Gewerkschaft rund 11.500 Beschäftigte.",
        True,
        [("count", 11500, None, "about")],
        "die Gewerkschaft",
    ),
    (
        "de",
        "Die IG Metall fordert für die etwa 68.000 Stahlwerker ein Lohnplus von 6,5 Prozent, der neue Vertrag soll zwölf Monate laufen.",
        True,
        [("count", 68000, None, "about"), ("percent", 6.5, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber bieten bislang 1,7 Prozent ab Juli und weitere 1,5 Prozent ein Jahr später, bei einer Laufzeit von 27 Monaten.",
        True,
        [("percent", 1.7, "%", None), ("percent", 1.5, "%", None), ("duration", 27, "month", None)],
        None,
    ),
    (
        "de",
        "„Die Branche kämpft ums Überleben, und die IG Metall verhandelt, als gäbe es kein Morgen“, sagte Arbeitgeber-Verhandlungsführer Markus Tellkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tellkamp sagte, die deutschen Hütten hätten zuletzt nur noch 34,1 Millionen Tonnen Rohstahl erzeugt, ein Minus von 9 Prozent binnen Jahresfrist.",
        True,
        [("count", 34100000, None, None), ("percent", 9, "%", None)],
        "Tellkamp",
    ),
    (
        "de",
        "„Ich bin zuversichtlich, dass wir in zwei Wochen einen Abschluss haben“, sagte Tellkamp.",
        False,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "IG-Metall-Bezirksleiter Jochen Krahwinkel hält das Angebot für „eine Reallohnsenkung mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde soll am 5. März in Düsseldorf stattfinden.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-05", None, None)],
        None,
    ),
    ("de", "Ob es bis dahin zu einer Urabstimmung kommt, ließ Krahwinkel offen.", False, [], None),
    # --- Canada Post deal (Reuters) ---
    (
        "en",
        "OTTAWA, Feb 2 (Reuters) - Canada Post and the union representing about 55,000 of its workers reached a tentative agreement on Monday, ending a 32-day strike that disrupted deliveries across the country.",
        True,
        [("date", "--02-02", None, None), ("count", 55000, None, "about"), ("duration", 32, "day", None)],
        None,
    ),
    (
        "en",
        "The four-year deal raises wages by 13.6% and includes a one-time payment of C$1,500 per full-time employee, the Canadian Union of Postal Workers said.",
        True,
        [("duration", 4, "year", None), ("percent", 13.6, "%", None), ("money", 1500, "CAD", None)],
        "the Canadian Union of Postal Workers",
    ),
    (
        "en",
        "The union had initially sought raises of 24% over four years.",
        True,
        [("percent", 24, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Members will vote on the agreement over a three-week period starting Feb. 9.",
        True,
        [("duration", 3, "week", None), ("date", "--02-09", None, None)],
        None,
    ),
    (
        "en",
        "Canada Post said it lost about C$21 million a day during the walkout and had posted an operating loss of C$841 million last year.",
        True,
        [("money", 21000000, "CAD", "about"), ("money", 841000000, "CAD", None)],
        None,
    ),
    (
        "en",
        '"Nobody wins a strike like this, least of all the small businesses that depend on us," Canada Post chief executive Daniel Ferland said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferland said he hoped parcel volumes would recover to 2019 levels within three years.",
        False,
        [("year", 2019, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Labour Minister Rachel Okafor said the government would not need to intervene to order the workers back.",
        True,
        [],
        "Rachel Okafor",
    ),
    (
        "en",
        "Letter volumes have fallen by about half since 2006, according to company figures.",
        True,
        [("fraction", 0.5, None, "about"), ("year", 2006, None, None)],
        None,
    ),
    # --- Warnstreiks in der Sozialwirtschaft (APA) ---
    (
        "de",
        "Wien (APA) - In der Sozialwirtschaft haben die Gewerkschaften GPA und vida für Donnerstag zu zweistündigen Warnstreiks in rund 300 Einrichtungen aufgerufen.",
        True,
        [("duration", 2, "hour", None), ("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften fordern ein Plus von 4,2 Prozent sowie eine Verkürzung der Wochenarbeitszeit von 37 auf 35 Stunden.",
        True,
        [("percent", 4.2, "%", None), ("duration", 37, "hour", None), ("duration", 35, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber haben in der vierten Runde 2,6 Prozent angeboten.",
        True,
        [("ordinal", 4, None, None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die für die Verhandlungen maßgebliche Inflationsrate liegt nach Angaben der Gewerkschaft GPA bei 3,1 Prozent.",
        True,
        [("percent", 3.1, "%", None)],
        "die Gewerkschaft GPA",
    ),
    (
        "de",
        "Die Versorgung der Klientinnen und Klienten sei während der Warnstreiks jederzeit gewährleistet, teilte die Gewerkschaft vida mit.",
        True,
        [],
        "die Gewerkschaft vida",
    ),
    (
        "de",
        "„Wer Menschen pflegt, darf nicht selbst zum Pflegefall der Lohnpolitik werden“, sagte GPA-Verhandlerin Martina Rauchenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sozialwirtschaft Österreich verwies darauf, dass die Länder als Geldgeber ihre Budgets für heuer bereits beschlossen hätten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die fünfte Runde am 24. Februar eine Einigung bringt, gilt als fraglich.",
        False,
        [("ordinal", 5, None, None), ("date", "--02-24", None, None)],
        None,
    ),
    # --- Bin strike in Kingsmere (PA) ---
    (
        "en",
        "LONDON (PA) - Refuse collectors in the borough of Kingsmere will begin an all-out strike on Monday after talks with the council broke down, the Unite union said.",
        True,
        [],
        "the Unite union",
    ),
    (
        "en",
        "About 230 workers are involved in the dispute over the council's plan to scrap a £3,500-a-year allowance for loading vehicles.",
        True,
        [("count", 230, None, "about"), ("money", 3500, "GBP", None)],
        None,
    ),
    (
        "en",
        "Unite said the change would leave some drivers up to £8,000 a year worse off.",
        True,
        [("money", 8000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The council rejected that figure and said only 23 employees stood to lose more than £2,000.",
        True,
        [("count", 23, None, None), ("money", 2000, "GBP", "over")],
        None,
    ),
    (
        "en",
        "More than 9,000 tonnes of rubbish piled up on the streets during an earlier round of strikes in the spring, according to council figures.",
        True,
        [("count", 9000, None, "over")],
        None,
    ),
    (
        "en",
        '"Residents are sick of being used as pawns in this dispute," council leader Fiona Haddow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haddow said the council had offered to phase out the allowance over 18 months instead of six.",
        True,
        [("duration", 18, "month", None), ("duration", 6, "month", None)],
        "Haddow",
    ),
    (
        "en",
        "Residents have been asked to keep their bins inside their properties until collections resume.",
        False,
        [],
        None,
    ),
    # --- Lufthansa-Piloten stimmen für Streiks (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Bei der Kernmarke Lufthansa haben sich die Piloten in einer Urabstimmung mit großer Mehrheit für Streiks ausgesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "93,7 Prozent der abstimmenden Mitglieder hätten für Arbeitskampfmaßnahmen votiert, die Beteiligung habe bei 88 Prozent gelegen, teilte die Vereinigung Cockpit am Mittwoch mit.",
        True,
        [("percent", 93.7, "%", None), ("percent", 88, "%", None)],
        "die Vereinigung Cockpit",
    ),
    (
        "de",
        "Die Piloten stimmen damit zum dritten Mal binnen zwei Jahren für einen Arbeitskampf.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Hintergrund ist ein Streit über die betriebliche Altersversorgung für die rund 4.800 Pilotinnen und Piloten.",
        True,
        [("count", 4800, None, "about")],
        None,
    ),
    (
        "de",
        "Lufthansa hatte angeboten, die Arbeitgeberbeiträge zur Altersvorsorge um 1,5 Prozentpunkte anzuheben.",
        True,
        [("percent", 1.5, "pp", None)],
        None,
    ),
    (
        "de",
        "„Dieses Votum ist kein Freifahrtschein, sondern ein klarer Auftrag an das Management“, sagte VC-Präsident Tobias Ahrendsen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einen Streiktermin nannte die Gewerkschaft noch nicht; sie hat zugesagt, Arbeitskämpfe mindestens 24 Stunden vorher anzukündigen.",
        True,
        [("duration", 24, "hour", "at_least")],
        None,
    ),
    (
        "de",
        "Ein eintägiger Pilotenstreik hatte die Lufthansa im vergangenen Jahr nach eigenen Angaben rund 35 Millionen Euro gekostet.",
        True,
        [("duration", 1, "day", None), ("money", 35000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Lufthansa nannte das Ergebnis bedauerlich und rief die VC zurück an den Verhandlungstisch.",
        False,
        [],
        None,
    ),
    # --- Strike at Haesung plant in Tamil Nadu (Reuters) ---
    (
        "en",
        "CHENNAI, Feb 5 (Reuters) - About 1,800 workers at a Tamil Nadu plant run by South Korean appliance maker Haesung Electronics have been on strike for 23 days, demanding recognition of their union.",
        True,
        [("date", "--02-05", None, None), ("count", 1800, None, "about"), ("duration", 23, "day", None)],
        None,
    ),
    (
        "en",
        "The workers, who earn an average of 32,000 rupees a month, are also seeking a 50% pay rise over three years.",
        True,
        [("money", 32000, "INR", None), ("percent", 50, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Police detained 112 striking workers on Wednesday as they tried to march to the state secretariat, a police official said.",
        True,
        [("count", 112, None, None)],
        None,
    ),
    (
        "en",
        "Haesung said it paid wages about 1.8 times the state minimum and that production had continued with contract staff.",
        True,
        [("count", 1.8, None, "about")],
        "Haesung",
    ),
    (
        "en",
        '"The company can build factories here, but it cannot decide which union we join," a strike leader said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The plant makes about 1.2 million refrigerators and washing machines a year and accounts for a third of the company's sales in India.",
        True,
        [("count", 1200000, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("en", "The state's labour minister said he would meet both sides on Friday.", True, [], None),
    ("en", "It was not clear whether the company would agree to recognise the union.", False, [], None),
    # --- Lohnrunde bei der Post (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die rund 30'000 Angestellten der Post mit Gesamtarbeitsvertrag erhalten im kommenden Jahr mehr Lohn.",
        True,
        [("count", 30000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Löhne steigen generell um 1,2 Prozent, zusätzlich stehen 0,6 Prozent der Lohnsumme für individuelle Erhöhungen zur Verfügung.",
        True,
        [("percent", 1.2, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "de",
        "Angestellte mit einem Jahreslohn unter 60'000 Franken erhalten mindestens 900 Franken mehr, wie die Gewerkschaft syndicom mitteilte.",
        True,
        [("money", 60000, "CHF", "under"), ("money", 900, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften hatten ursprünglich zweieinhalb Prozent gefordert.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "«Das ist angesichts der gestiegenen Krankenkassenprämien das absolute Minimum», sagte syndicom-Zentralsekretär Beat Hürlimann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Post begründete ihre Zurückhaltung mit einem Rückgang des Betriebsergebnisses um 18 Prozent auf 232 Millionen Franken.",
        True,
        [("percent", 18, "%", None), ("money", 232000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Seit 2015 ist das Volumen adressierter Briefe um knapp ein Drittel geschrumpft.",
        True,
        [("year", 2015, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "Die Gewerkschaft transfair sprach von einem «vertretbaren Kompromiss».", False, [], None),
    (
        "de",
        "Der Abschluss gilt ab dem 1. Januar und hat eine Laufzeit von einem Jahr.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    # --- Teachers strike near Portland (AP) ---
    (
        "en",
        "PORTLAND, Ore. (AP) — More than 3,400 teachers in a suburban Portland school district went on strike Thursday, closing 41 schools and keeping about 38,000 students at home.",
        True,
        [("count", 3400, None, "over"), ("count", 41, None, None), ("count", 38000, None, "about")],
        None,
    ),
    (
        "en",
        "The walkout is the first in the history of the Cascade Valley district, union officials said.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The Cascade Valley Education Association wants raises of 21% over three years and a cap of 26 students per class in elementary schools.",
        True,
        [("percent", 21, "%", None), ("duration", 3, "year", None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "The district has offered 9.5% over three years, saying it faces a $28 million budget gap.",
        True,
        [("percent", 9.5, "%", None), ("duration", 3, "year", None), ("money", 28000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"We did not want this, but we could not keep asking teachers to do more with less," union president Carla Jimenez said on a picket line.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Jimenez said teachers in the district earned about 12% less than those in neighboring Portland.",
        True,
        [("percent", 12, "%", "about")],
        "Jimenez",
    ),
    (
        "en",
        "About two dozen teachers crossed the picket line on the first day, the district said.",
        True,
        [("count", 24, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Superintendent Greg Halvorsen said the district had asked a state mediator to join talks over the weekend.",
        True,
        [],
        "Greg Halvorsen",
    ),
    ("en", "Parents were told to check the district's website each evening for updates.", False, [], None),
    (
        "en",
        "Free meals will be handed out at 12 school sites from 11 a.m. to 1 p.m. on weekdays.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- Warnstreik an Unikliniken (dpa) ---
    (
        "de",
        "Mainz (dpa) - Tausende Ärztinnen und Ärzte an Universitätskliniken haben am Donnerstag die Arbeit niedergelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Marburger Bund hatte die rund 20.000 Ärzte an 23 Unikliniken zu einem ganztägigen Warnstreik aufgerufen.",
        True,
        [("count", 20000, None, "about"), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die Ärztegewerkschaft verlangt ein Gehaltsplus von 12,5 Prozent für 18 Monate sowie eine Obergrenze von drei Nachtdiensten im Monat.",
        True,
        [("percent", 12.5, "%", None), ("duration", 18, "month", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Marburger Bundes kamen etwa 9.000 Ärztinnen und Ärzte zur zentralen Kundgebung in Mainz.",
        True,
        [("count", 9000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Tarifgemeinschaft deutscher Länder (TdL) sprach von deutlich weniger als 5.000 Teilnehmenden.",
        True,
        [("count", 5000, None, "under")],
        None,
    ),
    (
        "de",
        "Planbare Operationen wurden in vielen Kliniken verschoben, eine Notdienstvereinbarung sicherte die Versorgung von Notfällen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wer nach 26 Stunden Dienst noch operieren muss, gefährdet Menschenleben“, sagte die MB-Vorsitzende Henrike Bramstedt.",
        False,
        [("duration", 26, "hour", None)],
        None,
    ),
    (
        "de",
        "Bramstedt sagte, jeder dritte Klinikarzt arbeite regelmäßig mehr als 60 Stunden pro Woche.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 60, "hour", "over")],
        "Bramstedt",
    ),
    ("de", "Die TdL nannte die Forderung „weit jenseits dessen, was die Länderhaushalte hergeben“.", False, [], None),
    (
        "de",
        "Es war bereits der vierte Warnstreik der Klinikärzte in diesem Winter, die nächste Verhandlungsrunde ist für den 10. März geplant.",
        True,
        [("ordinal", 4, None, None), ("date", "--03-10", None, None)],
        None,
    ),
    # --- UAW reaches first contract at Tallis plant (Reuters) ---
    (
        "en",
        "DETROIT, Feb 10 (Reuters) - The United Auto Workers union and Tallis Motors reached a tentative first contract covering about 4,100 workers at the automaker's Tennessee assembly plant, the union said on Tuesday.",
        True,
        [("date", "--02-10", None, None), ("ordinal", 1, None, None), ("count", 4100, None, "about")],
        None,
    ),
    (
        "en",
        "The agreement would raise top wages by 20% over four years to $38.50 an hour and phase out lower starting rates, according to a summary seen by Reuters.",
        True,
        [("percent", 20, "%", None), ("duration", 4, "year", None), ("money", 38.5, "USD", None)],
        None,
    ),
    ("en", "Workers would also receive a $5,500 ratification bonus.", True, [("money", 5500, "USD", None)], None),
    (
        "en",
        "UAW regional director Terrence Bolden told reporters that ratification votes would be held on Feb. 18 and 19.",
        True,
        [("date", "--02-18", None, None), ("date", "--02-19", None, None)],
        "Terrence Bolden",
    ),
    (
        "en",
        '"This is what happens when workers stand together and refuse to be divided," Bolden said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tallis said the contract would add about $1.4 billion in labor costs over its term.",
        True,
        [("money", 1400000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The plant's workers voted to join the UAW in 2024 by 2,628 votes to 985.",
        True,
        [("year", 2024, None, None), ("count", 2628, None, None), ("count", 985, None, None)],
        None,
    ),
    ("en", "Whether other foreign-owned plants in the South will follow remains an open question.", False, [], None),
    # --- Urabstimmung bei der Post (dpa) ---
    (
        "de",
        "Bonn (dpa) - Bei der Deutschen Post hat Verdi eine Urabstimmung über unbefristete Streiks eingeleitet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die rund 160.000 Tarifbeschäftigten können bis zum 8. März abstimmen, teilte Verdi am Freitag mit.",
        True,
        [("count", 160000, None, "about"), ("date", "--03-08", None, None)],
        "Verdi",
    ),
    (
        "de",
        "Für einen unbefristeten Streik müssen mindestens 75 Prozent der Mitglieder zustimmen.",
        True,
        [("percent", 75, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Verdi hatte das letzte Angebot des Konzerns – 3,4 Prozent in zwei Schritten über 24 Monate – als unzureichend zurückgewiesen.",
        True,
        [("percent", 3.4, "%", None), ("count", 2, None, None), ("duration", 24, "month", None)],
        None,
    ),
    (
        "de",
        "„Die Beschäftigten haben in den vergangenen drei Jahren real rund sieben Prozent ihres Einkommens verloren“, sagte Verdi-Vize Andrea Kossmann.",
        True,
        [("duration", 3, "year", None), ("percent", 7, "%", "about")],
        "Andrea Kossmann",
    ),
    (
        "de",
        "„3,4 Prozent sind ein Witz“, stand auf einem Transparent vor dem Briefzentrum in Köln.",
        False,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Post-Sprecher sagte, das Briefgeschäft schreibe seit zwei Jahren Verluste.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "„Ein unbefristeter Streik wäre für alle Beteiligten ein Desaster“, warnte Personalvorstand Jens Brakelmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der vergangenen Woche hatten sich nach Konzernangaben rund 14.000 Beschäftigte an Warnstreiks beteiligt, wodurch etwa 4,2 Millionen Briefe und 580.000 Pakete liegen blieben.",
        True,
        [("count", 14000, None, "about"), ("count", 4200000, None, "about"), ("count", 580000, None, None)],
        None,
    ),
    # --- Nurses reject pay award (PA) ---
    (
        "en",
        "LONDON (PA) - Members of the Royal College of Nursing in England have turned down a 3.6% pay award by a large majority in a consultative ballot, the union said.",
        True,
        [("percent", 3.6, "%", None)],
        "the union",
    ),
    (
        "en",
        "More than 140,000 members took part, with 91% voting to reject the award.",
        True,
        [("count", 140000, None, "over"), ("percent", 91, "%", None)],
        None,
    ),
    (
        "en",
        "The turnout was 49%, just below the 50% threshold required by law for a formal strike ballot.",
        True,
        [("percent", 49, "%", None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "The RCN said it would now consult members on a statutory ballot to be held before the summer.",
        True,
        [],
        "the RCN",
    ),
    (
        "en",
        '"Nursing staff have been treated with utter contempt by this government," RCN general secretary Eleanor Mabry said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mabry said more than one in 10 nursing posts in England, about 32,000 in all, were vacant.",
        True,
        [("fraction", 0.1, None, "over"), ("count", 32000, None, "about")],
        None,
    ),
    (
        "en",
        "The health department said the award, which is backdated to April, is worth more than £1,200 a year to a newly qualified nurse.",
        True,
        [("money", 1200, "GBP", "over")],
        "the health department",
    ),
    ("en", "Ministers insist the independent pay review process must be respected.", False, [], None),
    # --- Betriebsversammlung bei der AUA (APA) ---
    (
        "de",
        "Schwechat (APA) - Wegen einer Betriebsversammlung des Bordpersonals fallen bei den Austrian Airlines (AUA) am Freitag 96 Flüge aus.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Rund 11.000 Passagiere sind betroffen, wie die AUA mitteilte.",
        True,
        [("count", 11000, None, "about")],
        None,
    ),
    ("de", "Die Versammlung dauert von 6.00 bis 14.00 Uhr.", True, [], None),
    (
        "de",
        "Die Gewerkschaft vida verlangt für die rund 3.700 Pilotinnen, Piloten und Flugbegleiter eine Angleichung an die Gehälter bei der Konzernmutter Lufthansa, die nach Gewerkschaftsangaben um bis zu 40 Prozent höher liegen.",
        True,
        [("count", 3700, None, "about"), ("percent", 40, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die AUA bietet nach eigenen Angaben einen Dreijahresvertrag mit einem Plus von insgesamt 18 Prozent.",
        True,
        [("duration", 3, "year", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Forderungen der Gewerkschaft würden die AUA in ihrer Existenz gefährden“, sagte AUA-Chefin Birgit Wallnöfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wallnöfer sagte, jeder Streiktag koste die Airline rund 3 Millionen Euro.",
        True,
        [("money", 3000000, "EUR", "about")],
        "Wallnöfer",
    ),
    ("de", "vida-Verhandler Daniel Kohlbacher sprach von einer „Nebelgranate“.", False, [], None),
    (
        "de",
        "Es ist bereits die dritte Betriebsversammlung seit Anfang Februar.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- NSW nurses strike (AAP) ---
    (
        "en",
        "SYDNEY (AAP) - Thousands of nurses and midwives across New South Wales stopped work for 24 hours on Tuesday in their third statewide strike in 18 months.",
        True,
        [("duration", 24, "hour", None), ("ordinal", 3, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "The NSW Nurses and Midwives' Association is seeking a 15% rise in a one-year deal, while the government has offered 3% a year for three years.",
        True,
        [
            ("percent", 15, "%", None),
            ("duration", 1, "year", None),
            ("percent", 3, "%", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The union said about 6,500 members attended rallies in Sydney and 14 regional centres.",
        True,
        [("count", 6500, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Health Minister Ryan Petrakis said the union's claim would cost the state about A$2.1 billion over four years.",
        True,
        [("money", 2100000000, "AUD", "about"), ("duration", 4, "year", None)],
        "Ryan Petrakis",
    ),
    (
        "en",
        '"We are exhausted, we are underpaid, and we are walking out the door for good," said a nurse from Wollongong who asked not to be named.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A nurse with five years' experience earns about A$91,000 a year in NSW, around 8% less than in Queensland, according to the union.",
        True,
        [("duration", 5, "year", None), ("money", 91000, "AUD", "about"), ("percent", 8, "%", "about")],
        "the union",
    ),
    ("en", "Hospitals cancelled non-urgent elective surgery for the day.", True, [], None),
    ("en", "The Industrial Relations Commission will hear the case in April.", True, [], None),
    # --- Tarifabschluss in der Chemie (dpa-AFX) ---
    (
        "de",
        "Hannover (dpa-AFX) - Die IG BCE und die Chemie-Arbeitgeber haben sich in der dritten Verhandlungsrunde auf einen Tarifabschluss für rund 585.000 Beschäftigte geeinigt.",
        True,
        [("ordinal", 3, None, None), ("count", 585000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Entgelte steigen ab 1. April um 3,2 Prozent und zum 1. Mai 2027 um weitere 2,6 Prozent.",
        True,
        [
            ("date", "--04-01", None, None),
            ("percent", 3.2, "%", None),
            ("date", "2027-05-01", None, None),
            ("percent", 2.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Zuvor gibt es drei Leermonate, der Vertrag läuft insgesamt 27 Monate.",
        True,
        [("duration", 3, "month", None), ("duration", 27, "month", None)],
        None,
    ),
    (
        "de",
        "Gewerkschaftsmitglieder bekommen zudem eine Einmalzahlung von 650 Euro, die übrigen Beschäftigten 450 Euro.",
        True,
        [("money", 650, "EUR", None), ("money", 450, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir haben in schwierigen Zeiten einen Abschluss erzielt, der die Kaufkraft sichert“, sagte IG-BCE-Verhandlungsführer Ralf Siebertz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband BAVC bezifferte das Volumen des Abschlusses auf 5,7 Prozent über die gesamte Laufzeit.",
        True,
        [("percent", 5.7, "%", None)],
        None,
    ),
    (
        "de",
        "BAVC-Verhandlungsführer Clemens Ostwald sagte, die Produktion der Branche liege rund 15 Prozent unter dem Niveau von 2018.",
        True,
        [("percent", 15, "%", "about"), ("year", 2018, None, None)],
        "Clemens Ostwald",
    ),
    (
        "de",
        "Die Chemieindustrie ist mit einem Umsatz von zuletzt 225 Milliarden Euro die drittgrößte Industriebranche Deutschlands.",
        True,
        [("money", 225000000000, "EUR", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Passport Office strike (PA) ---
    (
        "en",
        "LONDON (PA) - About 1,000 Passport Office staff in England, Wales and Scotland will strike for 10 days from March 16, the PCS union said.",
        True,
        [("count", 1000, None, "about"), ("duration", 10, "day", None), ("date", "--03-16", None, None)],
        "the PCS union",
    ),
    (
        "en",
        "The walkout is the second at the Passport Office in two years.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "PCS members voted 87% in favour of action on a turnout of 62%.",
        True,
        [("percent", 87, "%", None), ("percent", 62, "%", None)],
        None,
    ),
    (
        "en",
        "The union wants a 10% pay rise and a cut in the working week from 37 hours to 35.",
        True,
        [("percent", 10, "%", None), ("duration", 37, "hour", None), ("duration", 35, "hour", None)],
        None,
    ),
    (
        "en",
        "The Home Office said it had received 1.6 million applications in the first eight weeks of this year and had processed 98% of them within three weeks.",
        True,
        [
            ("count", 1600000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 8, "week", None),
            ("percent", 98, "%", None),
            ("duration", 3, "week", None),
        ],
        None,
    ),
    (
        "en",
        '"Our members are at breaking point and they have had enough," PCS general secretary Ian Kettleborough said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Travellers are advised to apply at least 10 weeks before they plan to travel.",
        False,
        [("duration", 10, "week", "at_least")],
        None,
    ),
    ("en", 'The Home Office called the strike "disappointing and unnecessary."', False, [], None),
    # --- Warnstreik der Luftsicherheit (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Ein Warnstreik des Sicherheitspersonals hat am Montag den Passagierverkehr an zwölf deutschen Flughäfen weitgehend lahmgelegt.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV zählte mehr als 1.400 gestrichene Verbindungen, rund 190.000 Reisende waren betroffen.",
        True,
        [("count", 1400, None, "over"), ("count", 190000, None, "about")],
        None,
    ),
    (
        "de",
        "Verdi hatte die rund 25.000 Beschäftigten der Luftsicherheit zu einem 24-stündigen Ausstand aufgerufen.",
        True,
        [("count", 25000, None, "about"), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft verlangt eine Erhöhung der Stundenlöhne um 2,80 Euro bei einer Laufzeit von zwölf Monaten.",
        True,
        [("money", 2.8, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband BDLS bietet nach eigenen Angaben ein Plus von 4,5 Prozent, verteilt auf zwei Jahre.",
        True,
        [("percent", 4.5, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "„Es kann nicht sein, dass Zehntausende Reisende für einen Tarifkonflikt in Geiselhaft genommen werden“, sagte BDLS-Hauptgeschäftsführer Olaf Strübing.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Frankfurt starteten nach Angaben des Betreibers Fraport nur 21 von 1.050 geplanten Flügen.",
        True,
        [("count", 21, None, None), ("count", 1050, None, None)],
        None,
    ),
    (
        "de",
        "Fluggästen wird geraten, vor der Anreise den Status ihres Fluges auf der Website der Airline zu prüfen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es war der zweite Warnstreik an Flughäfen binnen drei Wochen.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "week", None)],
        None,
    ),
    # --- Northline Air pilots authorise strike (Reuters) ---
    (
        "en",
        "MINNEAPOLIS, Feb 24 (Reuters) - Pilots at regional carrier Northline Air have voted 98.4% in favour of authorising a strike, their union said on Tuesday.",
        True,
        [("date", "--02-24", None, None), ("percent", 98.4, "%", None)],
        None,
    ),
    (
        "en",
        "About 94% of the airline's roughly 1,900 pilots cast ballots.",
        True,
        [("percent", 94, "%", "about"), ("count", 1900, None, "about")],
        None,
    ),
    (
        "en",
        "Under the Railway Labor Act, airline unions may strike only after federal mediators release them from talks and a 30-day cooling-off period has expired.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "The pilots, represented by the Air Line Pilots Association, have been negotiating a new contract for 26 months.",
        True,
        [("duration", 26, "month", None)],
        None,
    ),
    (
        "en",
        "ALPA said starting pay for first officers at Northline was $58 an hour, about a third less than at larger regional rivals.",
        True,
        [("money", 58, "USD", None), ("fraction", 0.3333, None, "about")],
        "ALPA",
    ),
    (
        "en",
        '"Our pilots are done waiting, and management knows it," ALPA chapter chairman Brett Lindqvist said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Northline said it had offered raises of up to 27% over five years.",
        True,
        [("percent", 27, "%", "up_to"), ("duration", 5, "year", None)],
        None,
    ),
    ("en", "The National Mediation Board has not scheduled any further sessions.", True, [], None),
    # --- KV-Abschluss in der Elektroindustrie (APA) ---
    (
        "de",
        "Wien (APA) - Für die rund 65.000 Beschäftigten der Elektro- und Elektronikindustrie steigen die Löhne und Gehälter mit 1. Mai um 2,9 Prozent.",
        True,
        [("count", 65000, None, "about"), ("date", "--05-01", None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "de",
        "Darauf haben sich die Gewerkschaften PRO-GE und GPA mit dem Fachverband FEEI nach vierzehnstündigen Verhandlungen in der Nacht auf Mittwoch geeinigt.",
        True,
        [("duration", 14, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Mindestlöhne und -gehälter steigen um 3,1 Prozent, die Lehrlingseinkommen um 70 Euro.",
        True,
        [("percent", 3.1, "%", None), ("money", 70, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Abschluss liegt damit knapp unter der für die Verhandlungen maßgeblichen Inflationsrate von 3,0 Prozent.",
        True,
        [("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "„Ohne die Warnstreiks wäre dieses Ergebnis nicht möglich gewesen“, sagte PRO-GE-Verhandler Karl Dürnberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FEEI-Obmann Wolfgang Stelzhammer sagte, die Branche habe im Vorjahr rund 4.000 Arbeitsplätze abgebaut.",
        True,
        [("count", 4000, None, "about")],
        "Wolfgang Stelzhammer",
    ),
    (
        "de",
        "Zuvor hatten in 120 Betrieben Warnstreiks von jeweils zwei Stunden stattgefunden.",
        True,
        [("count", 120, None, None), ("duration", 2, "hour", None)],
        None,
    ),
    # --- Manchester bus strike (PA) ---
    (
        "en",
        "MANCHESTER (PA) - More than 1,200 bus drivers at Pennine Metrobus will strike on six days in March after rejecting a pay offer, the GMB union said.",
        True,
        [("count", 1200, None, "over"), ("duration", 6, "day", None)],
        "the GMB union",
    ),
    (
        "en",
        "Drivers turned down the company's offer of 4.2%, backdated to January, by 412 votes to 167.",
        True,
        [("percent", 4.2, "%", None), ("count", 412, None, None), ("count", 167, None, None)],
        None,
    ),
    (
        "en",
        "Drivers currently earn £14.60 an hour, and the union is seeking £16.",
        True,
        [("money", 14.6, "GBP", None), ("money", 16, "GBP", None)],
        None,
    ),
    (
        "en",
        "Pennine Metrobus said the offer was the most generous in its 30-year history and would cost about £3.1 million a year.",
        True,
        [("duration", 30, "year", None), ("money", 3100000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Drivers keep this city moving and they deserve better than crumbs from the table," GMB organiser Sian Pritchard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The strikes will affect 43 routes across Greater Manchester, the company said.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "Transport for Greater Manchester urged passengers to plan ahead and allow extra time for their journeys.",
        False,
        [],
        None,
    ),
    ("en", "Talks are due to resume at the conciliation service Acas next week.", True, [], None),
    # --- Gebäudereinigung: Verhandlungen gescheitert (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Im Tarifstreit der Gebäudereinigung hat die IG BAU die Verhandlungen nach der sechsten Runde für gescheitert erklärt.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert für die rund 700.000 Beschäftigten einen Stundenlohn von mindestens 15 Euro in der untersten Lohngruppe.",
        True,
        [("count", 700000, None, "about"), ("money", 15, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber bieten eine Anhebung auf 14,80 Euro zum 1. Juli und auf 15,20 Euro ein Jahr später.",
        True,
        [("money", 14.8, "EUR", None), ("date", "--07-01", None, None), ("money", 15.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Strittig ist zudem ein Weihnachtsgeld, das die Gewerkschaft erstmals für alle Beschäftigten durchsetzen will.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Arbeitgeber lassen die Menschen, die ihre Büros sauber halten, im Regen stehen“, sagte IG-BAU-Vize Ulrike Brenninkmeyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesinnungsverband des Gebäudereiniger-Handwerks wies die Darstellung zurück: Mit dem Angebot stiegen die Löhne binnen zwei Jahren um knapp 7 Prozent.",
        True,
        [("duration", 2, "year", None), ("percent", 7, "%", "nearly")],
        None,
    ),
    ("de", "Eine Urabstimmung über Streiks soll im April stattfinden.", True, [], None),
    # --- German public-sector pay deal (Reuters) ---
    (
        "en",
        "POTSDAM, Germany, March 2 (Reuters) - German unions and public-sector employers agreed on Monday a pay deal for about 2.6 million federal and municipal workers after a third round of talks that lasted more than 40 hours.",
        True,
        [
            ("date", "--03-02", None, None),
            ("count", 2600000, None, "about"),
            ("ordinal", 3, None, None),
            ("duration", 40, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "Pay will rise by 3%, or at least 110 euros a month, from April 1 and by a further 2.8% from May 2027, the Verdi union said.",
        True,
        [
            ("percent", 3, "%", None),
            ("money", 110, "EUR", "at_least"),
            ("date", "--04-01", None, None),
            ("percent", 2.8, "%", None),
            ("year", 2027, None, None),
        ],
        "the Verdi union",
    ),
    ("en", "The deal runs for 25 months.", True, [("duration", 25, "month", None)], None),
    (
        "en",
        "Verdi had originally demanded 7.5% over 12 months.",
        True,
        [("percent", 7.5, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Municipal employers put the cost of the deal at 11.4 billion euros over its term.",
        True,
        [("money", 11400000000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"This is the limit of what towns and cities can bear," VKA president Ansgar Wöllenbrink told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Strikes during the dispute had shut thousands of daycare centres and halted buses and trams in cities including Cologne, Munich and Hamburg.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The deal still needs the approval of Verdi's bargaining commission, which is due to meet on March 6.",
        True,
        [("date", "--03-06", None, None)],
        None,
    ),
    # --- Streik beim Genfer Staatspersonal (Keystone-SDA) ---
    (
        "de",
        "Genf (Keystone-SDA) - Mehrere tausend Angestellte des Kantons Genf haben am Dienstag gegen das Sparprogramm der Regierung gestreikt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut den Gewerkschaften nahmen rund 7000 Personen an einer Kundgebung vor dem Rathaus teil, die Polizei sprach von 4500.",
        True,
        [("count", 7000, None, "about"), ("count", 4500, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung will bei den Personalkosten bis 2028 insgesamt 240 Millionen Franken einsparen.",
        True,
        [("year", 2028, None, None), ("money", 240000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Unter anderem soll der Teuerungsausgleich für zwei Jahre ausgesetzt werden.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "«Das Personal bezahlt die Zeche für die Steuergeschenke der letzten Jahre», sagte Gewerkschaftssekretärin Valérie Pittet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzdirektorin Nathalie Rochat sagte, der Kanton rechne für das laufende Jahr mit einem Defizit von 410 Millionen Franken.",
        True,
        [("money", 410000000, "CHF", None)],
        "Nathalie Rochat",
    ),
    (
        "de",
        "Es war der dritte Streiktag im öffentlichen Dienst des Kantons seit November.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Ob das Kantonsparlament dem Sparpaket zustimmt, ist offen.", False, [], None),
]
