"""Four-hundred-and-thirty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, a chancellor of the exchequer, a governor,
a central bank governor, a commissioner, a state secretary, a police vice-president, a
regulator's vice-president, lawmakers, union and lobby leaders, chief executives, a theatre
director, coaches and players appear under made-up names that stand for no real holder, and
a treasurer and the spokesmen of a railway and a trade association appear only by role („die
Ministerin“, „der Staatssekretär“, „die Städtetag-Präsidentin“, „Ein Bahnsprecher“, „ein
Verbandssprecher“, "The treasurer").

Names: Ortrun Behrendsen-Lay, Till Wachtendorf, Mechthild Raupach-Sell, Gerlinde
Thanner-Kofler, Ricarda Lenzfeld, Nadine Pohlschröder, Malte Brüggemann-Uhl, the car
supplier Keltrop and its chief Ansgar Mühlhoff-Ried, Dilek Sarıkaya-Brandt, Fabian
Ockenfels, Waltraud Gsellmann-Pichler, Reinhold Kapfinger, Urs Meienberg-Tanner, Rüdiger
Pommerenke, Hendrik Strauch-Lenz, Torsten Kühnemund, Lorenz Heckenbichler, Ines
Marquardt-Oyen, Cordula Wienhold-Bast, Sanja Petrović-Heyl, Clementine Aschauer-Wirtz,
Dietmar Sauerbrey, Gerd Twiehaus and the dairy Nordmolk; Imogen Ashcombe, Piers
Wetherall-Cobb, Delphine Marchetti-Ross, Oona Fairbrother of Pellbridge Capital, the
software maker Qorvane Systems and its chief Marcus Ebbesen-Wild, Bramwell Securities,
Graham Tolhurst-Vane, Aileen McCorkindale, Lachlan Brierley, Brett Hallinan, Owen Prydderch,
the airline Corvia Airways and its chief executive Dallimore, Kasia Wróblewska-Lund, Pieter
Hoogstraten-Vos, Seamus Kinsella, Dermot Callaghan-Reeve, Tomasz Wierzbicki, Jalen
Whitcombe, Marcus Delray-Hobbs, Tyrese Bankole, Genevieve Arsenault-Kerr, Angus
Rennick-Paterson, Soraya Pemberton-Idris, Harald Brenning, Vincent Scarpelli-Oduya, the
grocer Hollins & Crane and its chief Ruairi Gallacher, Priya Raghunathan, Philippa Radstock,
Severnvale Water and Takumi Asahara; every unnamed economist, analyst, diplomat, trader,
critic, observer, spokesperson, official and fan. Real states, bodies, parties, papers,
clubs, teams and places (Bundestag, Unionsfraktion, SPD, CDU, CSU, Grüne, Linke, Mieterbund,
Statistisches Bundesamt, Deutscher Städtetag, Bundesfinanzministerium, Bayerische
Krankenhausgesellschaft, Landtag, Verdi, Handelsverband, Pflegeversicherung, Sozialverband
VdK, Arbeitgeberverbände, Deutscher Wetterdienst, DWD, Bauernverband, SPÖ, FPÖ, Ministerrat,
Budgetdienst des Parlaments, „Standard“, Statistik Austria, Ständerat, Bundesamt für
Strassen, VCS, VfL Bochum, Holstein Kiel, Innenverwaltung, Bundesnetzagentur, GEW, Hamburger
Senat, Thalia Theater, Bühnenverein, Kulturbehörde, Deutsche Bahn, Pro Bahn, ICE,
Landwirtschaftsministerium, Rotthalmünster, Lohr am Main, Härkingen, Kottbusser Tor,
Görlitzer Park, Neuss, Köln, Hagen, the Elbe; the Office for Budget Responsibility, the OBR,
the Treasury, the Illinois Retail Merchants Association, the Illinois Economic Policy
Institute, Halifax, UK Finance, NHS England, the Royal College of Nursing, the RCN, BALPA,
the European Commission, the European Environment Agency, Poland, Italy, Everton, Brentford,
the Denver Nuggets, the Phoenix Suns, Utah, the Western Conference, the Bank of Canada, the
Conservatives, the University of Exeter, Environment International, the Metropolitan
Transportation Authority, the MTA, the Riders Alliance, the British Retail Consortium,
Kantar, BBC radio, Ofwat, Japan's farm ministry, and the datelines' cities) stand for the
way wire copy names them; every figure, vote, tally, table, deficit, wage, fare, price,
fine, rate, target, forecast, quote, slogan, label and reaction here is invented, and where
a real figure came to mind (a real rent-brake end date or town count, a real municipal
deficit, a real pension rise and its threshold, a real policy rate, a real fare and its last
rise, a real stockpile release, rice price and harvest, a real emissions fall, a real
waiting-time target, a real list of rail corridors, a real grid subsidy, a real referendum
rule) it was changed or the row was dropped.

Its weight: OPINION VERSUS CLAIM ON ORDINARY WIRE DAYS, thirty-fifth round (the
ninety-eighth, hundred-nineteenth, hundred-twenty-fourth, hundred-thirty-first,
hundred-thirty-eighth, hundred-forty-sixth, hundred-fifty-eighth, hundred-sixty-fifth,
hundred-seventy-fifth, hundred-eighty-first, hundred-eighty-ninth, hundred-ninety-sixth,
two-hundred-and-fourth, two-hundred-and-eighth, two-hundred-and-fifteenth,
two-hundred-and-twenty-second, two-hundred-and-twenty-ninth, two-hundred-and-forty-first,
two-hundred-and-forty-fifth, two-hundred-and-fifty-third, two-hundred-and-sixty-first,
two-hundred-and-sixty-ninth, two-hundred-and-seventy-seventh, two-hundred-and-eighty-fifth,
two-hundred-and-ninety-third, three-hundred-and-seventh, three-hundred-and-thirteenth,
three-hundred-and-twentieth, three-hundred-and-twenty-seventh,
three-hundred-and-forty-first, three-hundred-and-fiftieth, three-hundred-and-fifty-ninth,
three-hundred-and-eighty-first and four-hundredth batches were the first thirty-four, the
last of them under the heading OPINION, RHETORIC AND CLAIMS SIDE BY SIDE, and their
decisions are kept; the four-hundredth's positions of record beside views, the
three-hundred-and-eighty-first's rhetoric at the microphone and the two-hundred-and-fourth's
warnings, appeals and hopes were read closely) - this time weighing the negatives: 80
negatives instead of the usual 55, each beside a check-worthy look-alike from the same story
(a verifiable event, step, position or figure, and 20 figureless verifiable facts among
them). One ordinary wire week, Monday, March 9, to Friday, March 13, of one year, as 32
short stories in story order, the German and English ones interleaved by day, half in each
language, topics mixed: German (dpa with "dpa/lby", "dpa/lnw", "dpa/bb" and "dpa/lno",
dpa-AFX, Reuters German, APA, Keystone-SDA with «» quotes and Swiss "31'200",
„gutgeheissen“, „Strassen“; Austrian „Pensionisten“, „Jänner“; German „“ quotes) on the rent
brake in the Bundestag, the municipalities' deficit, closing emergency wards in Bavaria,
warning strikes in retail, the care insurance contribution, a car supplier's job cuts, a dry
February, Austria's pension rise, a motorway vote in the Ständerat, a coach sacked in
Bochum, knife attacks in Berlin, grid fees, teacher shortages in North Rhine-Westphalia,
theatre subsidies in Hamburg, rail punctuality and milk prices; English (Reuters with dated
datelines, AP, PA; British "defence", "despatch box", Australian "per cent" and "A$",
Canadian "C$", American "annualized") on a spring statement in London, a minimum wage vote
in Illinois, house prices, software job cuts, NHS waiting lists, Australia's central bank, a
pilots' strike, an EU climate target, an Everton captain's injury, an NBA win, Canadian
housing starts, a microplastics study, a subway fare rise in New York, supermarket price
cuts, a sewage fine and rice prices in Japan. The negatives, 40 in each language and none
with a figure: commentary (a leader column, analysts' and outside experts' verdicts,
environmental groups' and an opposition spokesman's readings, the writer's line on a camp's
view), reactions (a ministry's reserve, business groups' welcome, rivals' dismissal, a
company's apology, a crowd's chant, a fan end's mood), demands and appeals without a
measure, value judgements and labels („nannte“, „sprach von“, „bezeichnete ... als“,
„kritisierte ... als“, „hält ... für“, „warf ... vor“, „wies ... als ... zurück“, "called",
"dismissed ... as"), forecasts without a figure („erwartet“, „rechnen mit“, "expects",
"expect"), rhetoric, creeds, slogans and praise in quotes from the same speakers who give
the figures, a central bank's guidance without a figure, and evasions („ließ ... offen“,
„wollte sich nicht äußern“, "declined to say", "would not say", a dodge after a question).
Speakers as such copy has them, about 35 checked in forms the earlier batches settled,
beside pronouns, roles, plural sources, descriptions and every "according to" left
unchecked. Figures as such copy has them: deficits, budgets, costs, savings, charges, fines,
revenue, wages, fares, rebates and prices in euros (also in cents), pounds, dollars,
Canadian and Australian dollars, francs and yen, rates, rises, shares, turnouts and targets
in percent and percentage points, counts of towns, people, wards, branches, jobs, sites,
warning districts, votes, signatures, vehicles, points, games, appearances, shots, rebounds,
attacks, knives, posts, teachers, productions, visitors, routes, farms, flights, passengers,
pilots, mortgages, retailers, workers, units, samples, particles, tonnes, bags and measures,
fractions („knapp drei Viertel“, „Knapp jeder dritte“, „jeder fünften“, „jeder vierte“,
„fast jeder dritte“, "about a third", "nearly half"), ordinals, spans, ages, years and
dates.

236 rows (118 German, 118 English), 80 negatives (40 German, 40 English), 156 check-worthy
rows of which 20 carry no figure (11 German, 9 English), 238 expected quantities (77 counts,
43 percentages - 41 in "%", 2 in percentage points "pp" -, 42 amounts of money - 19 EUR, 11
USD, 8 GBP, 1 each AUD, CAD, CHF, JPY -, 27 years, 16 dates, 15 durations - 6 in years, 3 in
months, 3 in weeks, 1 each in days, hours and minutes -, 11 ordinals, 7 fractions; none of
them in a negative), 38 checked speakers (20 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, slogan, praise, metaphor, prophecy, reaction, apology, guidance
  or forecast without a figure, demand or appeal that names no measure, accusation that
  names no act, evasion or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, two-hundred-and-fourth,
  three-hundred-and-twenty-seventh, three-hundred-and-fiftieth,
  three-hundred-and-eighty-first, four-hundredth); a quoted or reported statement of fact,
  figure, forecast or pledge with a figure, ruling-out, rejection, demand that names a
  measure, step, plan, vote or position is check-worthy with its speaker, also in Konjunktiv
  I (hundred-sixtieth). Pairs from one speaker or one story: Behrendsen-Lay's 2031 beside
  „ein Grundrecht und kein Privileg“; Wachtendorf's stated vote beside his label „Weiter-so
  ohne jeden Mut“; Ashcombe's 2.6% by 2028 and her 12 months beside "a budget for security"
  and her dodge; Wetherall-Cobb's stated vote beside "a tax rise dressed up as prudence";
  the Städtetag's 40 percent and its demand with 14 billion euros beside „das Wasser bis zum
  Hals“ and the ministry's reserve; Marchetti-Ross's signing plan beside "pay the rent and
  fill the fridge"; the retailers' 1,200 closures beside "a job killer"; Thanner-Kofler's 17
  wards and 30 minutes beside „Qualität geht vor Nähe“ and her evasion; Fairbrother's
  verdict and forecast beside Halifax's figures; Pohlschröder's 3.2 percent in two steps
  beside „keinen Hungerlohn“; the Handelsverband's rejection beside its label and its
  evasion; Ebbesen-Wild's 2,400 jobs beside his creed and his dodge; Brüggemann-Uhl's 3.9
  percent and 5.8 billion euros beside „Gute Pflege hat ihren Preis“; Mühlhoff-Ried's
  closure and Sarıkaya-Brandt's 2024 beside her label, the observers' forecast and the
  company's no-comment; Tolhurst-Vane's 64% beside "turning the corner"; McCorkindale's
  ballot beside her appeal; the DWD's 28 litres and Ockenfels's nine districts beside his
  forecast and his creed; Brierley's 3.7 per cent for now beside his guidance without a
  figure (two-hundred-and-seventy-eighth: "for now" limits a position in time and makes it
  no rhetoric); Gsellmann-Pichler's 3.1 percent beside her creed and Kapfinger's label;
  Prydderch's 94% and 81% beside "taken for granted"; Dallimore's 7% beside her dodge;
  Wróblewska-Lund's 4 points beside the Dutch lawmaker's label and the green groups'
  verdict; Meienberg-Tanner's referendum beside his slogan; Strauch-Lenz's stated timetable
  beside his praise; Kühnemund's 3,317 beside „Ein Messer gehört nicht in die Hosentasche“;
  Delray-Hobbs's injury news beside his praise; Heckenbichler's 70 euros beside „eine gute
  Nachricht“; Marquardt-Oyen's 34.2 cents (told by „Nach ihren Angaben“) beside her verdict;
  Arsenault-Kerr's C$6 billion beside her rhetoric; Pemberton-Idris's 143 samples beside
  "should worry every parent"; Wienhold-Bast's 7,350 beside Petrović-Heyl's accusation, and
  Petrović-Heyl's fifth beside the union's appeal; Scarpelli-Oduya's $145 million (told by
  "He said") beside his creed; Aschauer-Wirtz's three productions (told by „Nach Angaben der
  Intendantin“) beside „kein Sparschwein“; Gallacher's 1,500 products beside the analyst's
  verdict, the rivals' dismissal and his dodge; the passenger association's quarter beside
  Sauerbrey's verdict; Radstock's ban (told by "She said") beside her prophecy; Twiehaus's
  third beside „Von Luft und Liebe“ and Nordmolk's label; Asahara's 185,000 tonnes beside
  his creed.
- Commentary (ninety-eighth, hundred-twenty-fourth, two-hundred-and-fourth,
  three-hundred-and-fiftieth, three-hundred-and-fifty-ninth, four-hundredth): a leader
  column („Der „Standard“ schreibt in seinem Leitartikel von ...“), analysts' verdicts
  ("Analysts at Bramwell Securities said the cuts looked ...", "Retail analyst ... said the
  cuts were ..."), an outside expert's ("Toxicologist ..., who was not involved, called the
  findings ..."), an economist's quoted verdict ("The market is proving remarkably
  resilient"), readings without a figure ("Environmental groups said the proposal fell short
  of what the science demands.") and an opposition spokesman's ("said households were "being
  left to fend for themselves."") are negatives. New: a verdict the writer ascribes to a
  camp with „für“ - „Für die Befürworter ist der Ausbau «längst überfällig».“ - is a
  negative as „halten ... für“ is (ninety-eighth, two-hundred-and-fourth, four-hundredth);
  the camp's vote in the chamber beside it (29 to 14) is check-worthy.
- Reactions (ninety-eighth: „Anwohner reagierten mit Unverständnis.“; hundred-forty-sixth:
  "Landlords welcomed the decision."; three-hundred-and-eighty-first: chants;
  four-hundred-and-thirty-fourth: „reagierte man verärgert“): „Im Bundesfinanzministerium
  reagierte man zurückhaltend auf den Vorstoß.“, "Business groups welcomed the central
  bank's steady hand.", "Rivals were quick to dismiss the move as a publicity stunt.", the
  company's apology ("Severnvale said it was deeply sorry ..."; hundred-sixth,
  hundred-fourteenth), the chant ('The crowd chanted "MVP" ...' - the letters carry no
  figure) and the fan end's mood („In der Fankurve war die Stimmung zuletzt gekippt.“;
  three-hundred-and-fourteenth, four-hundredth) are negatives.
- Demands (hundred-sixty-fifth, two-hundred-and-fourth, four-hundredth): a demand or appeal
  that names no measure is a negative („rief die Politik auf, die Landwirte ... „nicht
  allein zu lassen““, „verlangte, den Lehrerberuf „endlich attraktiver zu machen““, 'urged
  ministers to "stop tinkering ..."'), while a demand that names a measure is check-worthy
  with its figure („Der Städtetag fordert, dass der Bund die Kosten der Unterkunft ...
  vollständig übernimmt, nach seiner Rechnung rund 14 Milliarden Euro im Jahr.“ - „fordert“
  no verb of saying) and so is a union's claim with its figure („Die Gewerkschaft verlangt
  ... ein Plus von 2,50 Euro je Stunde ...“).
- Value judgements and labels (two-hundred-and-fourth, three-hundred-and-eighty-first,
  four-hundredth): „nannte ... ein „Weiter-so ohne jeden Mut““, „hält den Plan für einen
  „Kahlschlag auf dem Land““, „bezeichnete die Forderung als ...“, „bezeichnete den Abbau
  als ...“, „sprach von einer „Pensionsraub-Regierung““, „sprach von einem
  „kulturpolitischen Offenbarungseid““, „kritisierte die Verbotszonen als „Symbolpolitik““,
  „hält die Entlastung für einen „Tropfen auf den heißen Stein““, „warf der Landesregierung
  „Schönfärberei“ vor“ and „warfen der Regierung vor, ...“ (accusations that name no act),
  „wies die Kritik als „populistisch“ zurück“, "dismissed the statement as", "called the
  increase", "called the improvement", "called the credits", "called the strike", "said the
  increase amounted to "a penalty ..."" are negatives.
- Forecasts without a figure are negatives, also from an institute, a company or a
  meteorologist (hundred-twenty-fourth, two-hundred-and-ninety-first,
  three-hundred-and-fiftieth, four-hundredth): „erwartet, dass sich die Trockenheit im
  Frühjahr fortsetzt“, „Branchenkenner rechnen damit, dass ...“, „Energieökonomen erwarten,
  dass ...“, „Beobachter rechnen mit einem engen Rennen an der Urne.“, „Eine spürbare
  Besserung erwartet der Konzern erst in einigen Jahren.“ („einigen Jahren“ carries none),
  "expects price growth to cool later in the year", "Diplomats expect tough negotiations
  ...", "Economists expect starts to recover in the spring ...", "Traders expect prices to
  stay high until the autumn harvest." and the prophecy "The NHS is turning the corner";
  forecasts with a figure are check-worthy (the OBR's 1.1% from 1.6%, the borrowing of 118.4
  billion pounds, the 5.8 billion euros the care insurance would lack, the 40 percent of
  towns, the restructuring costs, the 145 million dollars, the 40 million pounds). A central
  bank's guidance without a figure ('"There is no rush, and the board has not set itself a
  path," Brierley said.'; three-hundred-and-twenty-fourth, four-hundredth) is a negative;
  its rate held "for now" is check-worthy.
- Evasions (four-hundredth, four-hundred-and-twentieth): „Welche weiteren Häuser ... ließ
  Thanner-Kofler offen.“, „Ob die Arbeitgeber ihr Angebot nachbessern, ließ ein
  Verbandssprecher offen.“, „Zu möglichen Abfindungen wollte sich das Unternehmen nicht
  äußern.“, "declined to say whether more cuts would follow", "declined to say how the price
  cuts would be funded", "would not say how many passengers ...", and the dodge after a
  question ("Pressed on whether income tax could go up ..., Ashcombe said she would not
  write future budgets from the despatch box."; hundred-twenty-seventh) are negatives; "too
  early to know whether the particles harm babies" is a negative too (hundred-sixth,
  three-hundred-and-seventy-seventh).
- Check-worthy without a figure (hundred-seventieth, two-hundred-and-ninety-third,
  three-hundred-and-fifty-ninth, three-hundred-and-eighty-first, four-hundredth): the
  Union's stated vote, the opposition's stated vote, the governor's plan to sign, the ward
  closed in Rotthalmünster, the Handelsverband's rejection, the plant to close, the VdK's
  announced complaint, the ballot announced, the referendum announced, the successor's
  timetable, the weapons-free zone to be extended, the Canadian opposition's pledge, the
  permanent contracts, the redundancies ruled out by the culture authority, the bonus ban,
  the state quota rejected by the agriculture ministry, the captain's injury, the guard's
  ankle, the rule suspended in Japan and the study's limit. New: what a study did not do is
  a verifiable fact about the study and check-worthy without a figure ("The study did not
  examine whether the particles crossed into the fetus.") - it can be checked against the
  paper as its sample count can -, while the researchers' "too early to know" beside it
  stays a negative.
- Counts (every batch): towns, people, wards, branches, jobs and sites („rund 1.900 seiner
  8.600“; three-hundred-and-eighty-first: „rund 1.800 seiner 9.400“), warning districts,
  votes („mit 29 zu 14 Stimmen“, "voted 71-44", "The board's vote was 9-3, with two
  abstentions"; four-hundredth: "voted 5-4"), signatures and vehicles with Swiss grouping
  („31'200“, „bis zu 110'000“ "up_to"; tenth), points and games („mit 17 Punkten ..., drei
  Zähler hinter“, „in 19 Pflichtspielen nur vier Siege“, "six points clear ... with nine
  games remaining", "just two of their last 10 home games", "44 of its 65 games" - „nur“,
  "just" no hedge), appearances, shots and rebounds ("15 of 22 shots"), goals against,
  attacks, knives, teachers („1.450 zusätzliche“ - „zusätzliche“ no hedge), productions,
  visitors („zusammen rund 612.000“ "about" - „zusammen“ no hedge), routes, farms, flights,
  passengers, pilots, mortgages, retailers, workers ("About 1.1 million"), samples,
  particles ("an average of 126" - "an average of" no hedge, four-hundredth), multiples
  ("three times" 3, "five times" 5; the issue's „viermal“), tonnes ("185,000 tonnes", "6.52
  million tonnes"; fifty-seventh), housing units ("an annual rate of 212,400 units";
  hundred-fifty-seventh), „in zwei Stufen“ 2 and "in four steps" 4, the bag ("A 5-kg bag" 5;
  forty-second: "A 45-kg bag"), measures with the unit unchecked („28 Liter“, „1,12 Metern“,
  „rund 80 Zentimeter“ "about"; forty-second, hundred-fourth) and kilowatt-hours („3.500
  Kilowattstunden“). None: scores ("128-117"; four-hundred-and- twentieth), „vorletzten
  Tabellenplatz“ (hundred-fifty-third, three-hundred-and-seventy- sixth), "drop zone",
  "MVP", „Kilowattstunde“ alone, „Hauptstrecken“ without a figure, "both sides", "every
  parent", "per household", "per gram".
- Percentages, fractions and ordinals as written: „um durchschnittlich 6,8 Prozent“ and „um
  durchschnittlich 11 Prozent“ ("durchschnittlich" no hedge), „Mehr als 40 Prozent“ "over",
  „knapp 45 Prozent“ "nearly", „ein Plus von 0,3 Prozentpunkten“ 0.3 "pp" (three-
  hundred-and-forty-first: „um einen Prozentpunkt“), "Up to 4 percentage points" 4 "pp"
  "up_to", "about 64%" and "about 72%" "about", "only 49%" and „Nur 59,8 Prozent“ ("only",
  „Nur“ no hedge), "3.1% higher than a year earlier" and "4% more than a year earlier" (no
  hedge), "to 1.1% from 1.6%" and "down from 1.6%" (no hedge), "3.7 per cent" and "2.9 per
  cent" (four-hundredth: Australian "per cent"), "94% ... a turnout of 81%", "up 82%".
  Fractions (the issue): „knapp drei Viertel“ 0.75 "nearly", „Knapp jeder dritte“ and „fast
  jeder dritte“ 0.3333 "nearly", „an jeder fünften Grundschule“ 0.2, „jeder vierte ICE“
  0.25, "about a third" 0.3333 "about", "nearly half" 0.5 "nearly". Ordinals: „in zweiter
  und dritter Lesung“ 2 and 3, „Die dritte Runde“ 3, „nach der sechsten Niederlage in Folge“
  6, „der dritte Trainer“ 3, "Britain's fourth-largest" 4 (the issue: „die drittgrößte
  Stadt“), "15th" 15, "their eighth straight game" 8, "second in the Western Conference" 2,
  "for the fifth time in six games" 5 and 6, "the first by Corvia pilots since 2019" 1
  (four-hundredth: "the first time"). None: "the worst-performing", "the strongest", "the
  lowest reading", "the previous increase", „die höchste Waldbrandwarnstufe“, „Am
  stärksten“, the superlative of „in den 14 größten Städten“ (the 14 a count), "most
  recent".
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): „in höchstens 30
  Minuten“ 30 minutes "at_most", „zwölf Monate laufen“ 12 months, "for a further 12 months"
  12 months ("a further" no hedge), "within 18 weeks" twice ("within" no hedge), "in the
  three months to December" 3 months, "for 48 hours" 48 hours, "over two years" and "over
  four years" ("over" before a span no hedge), "in the 12 weeks to Feb. 22" 12 weeks, "30
  days to appeal" 30 days; ages „unter 21 Jahre alt“ "under" (forty-fourth), „Der
  52-Jährige“, "Kinsella, 31,", "Whitcombe, 27,". None: „im vergangenen Jahr“, „Ein Jahr
  zuvor“, „im kommenden Jahr“, „in diesem Jahr“, „im Jahr“, „im Monat“, „pro Stunde“, „je
  Stunde“, „in der kommenden Spielzeit“, „in der vergangenen Saison“, „im laufenden
  Schuljahr“, „seit Januar“, „im Januar“, „im Jänner“, „im Oktober“, „im August“, „im
  Herbst“, „im Frühjahr“, „mittelfristig“, „in einigen Jahren“, „jahrelang“, „täglich“,
  „nachts“, "a year", "a year earlier", "last year", "this year", "this week", "next month",
  "later in the year", "for some time", "within a year", "in the spring", "the autumn
  harvest", "the end of the year", "the rest of the season" and "the remainder of the
  season", weekdays and months.
- Years and dates: „bis Ende 2031“, „bis 2028“, „bis 2030“, „seit 2017“, „bis Ende 2027“,
  „erst 2024“, „der Jahre 1991 bis 2020“ both (four-hundred-and-twentieth: „der Jahre 2015
  bis 2024“), „seit Februar 2025“, „seit 2015“, "by 2028", "by 2030", "since December 2022",
  "in 2023" (twice), "since 2021" (twice), "in 2021", "since 2019", "from 1990 levels" and
  "by 2040", "a binding 2040 target", "by June 2028", "since June 2024", "between 2021 and
  2024" both, "in 2024". Dates without a year: „am 26. März“ --03-26, „für den 24. März“
  --03-24, „ab dem 1. Januar“ --01-01, "from March 20" --03-20, "starting Aug. 2" --08-02,
  "to Feb. 22" --02-22; Reuters English datelines with a day ("LONDON, March 9" --03-09,
  "LONDON, March 10" and "SAN FRANCISCO, March 10" --03-10, "SYDNEY, March 11", "LONDON,
  March 11" and "BRUSSELS, March 11" --03-11, "OTTAWA, March 12" and "LONDON, March 12"
  --03-12, "LONDON, March 13" and "TOKYO, March 13" --03-13; hundredth: "BERLIN, March 10");
  dpa (also "dpa/lby", "dpa/lnw", "dpa/bb", "dpa/lno"), dpa-AFX, Reuters German, APA,
  Keystone-SDA, AP ("SPRINGFIELD, Ill. (AP) —", "DENVER (AP) —", "NEW YORK (AP) —") and PA
  ("LONDON (PA) -", "LIVERPOOL (PA) -") datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („27,3 Milliarden Euro“, „15,9 Milliarden
  Euro“, „84 Milliarden Euro“, „rund 14 Milliarden Euro“ "about", „rund 1,2 Milliarden
  Euro“, „2,50 Euro“, „rund 5,8 Milliarden Euro“, „2,1 Milliarden Euro“, „unter 2.800 Euro“
  "under" and „78 Euro“, „rund 1,4 Milliarden Euro“, „rund 70 Euro“, „5,9 Milliarden Euro“,
  „4,5 Millionen Euro“, „412 Millionen Euro“, „3,7 Milliarden Euro“), euro cents in
  hundredths of the euro („34,2 Cent“ 0.342, „44,8 Cent“ 0.448, „gut 5 Cent“ 0.05 "over";
  tenth), GBP ("118.4 billion pounds", "about 9 billion pounds" - "more" after the figure
  compares -, "2.8 billion pounds", "a record 303,480 pounds", "58,900 pounds", "about 40
  million pounds", "a record 62.4 million pounds", "a combined 310 million pounds" - "a
  combined" no hedge), USD ("$18 an hour" twice, the second "less than" "under", "$15.40",
  "$12.60", "$310 million to $340 million" both, "$4.7 billion", "$3.15 from $2.95" both -
  "from" no hedge -, "about $145 million", "20 cents" 0.2), AUD ("A$150"), CAD ("C$6
  billion"), CHF („rund 5,3 Milliarden Franken“), JPY ("4,480 yen").
- Hedges, only the names in use: „rund“, "about", "About" "about"; „knapp“, „Knapp“, „fast“,
  "nearly" "nearly"; „Mehr als“, „gut“, "more than" "over"; „unter“, "less than" "under";
  „bis zu“, "Up to" "up_to"; „höchstens“ "at_most". No hedge: „insgesamt“, „zusammen“,
  „derzeit“, „bereits“, „nur“, „Nur“, „noch“, „erst“, „Allein“, „durchschnittlich“, „im
  Schnitt“, „zusätzliche“, "only", "just", "a further", "a combined", "an average of",
  "within", "from" and "down from", "more" after a figure, "over" before a span, the „bis“
  and "to" of a range.
- Speakers, checked only in forms the earlier batches settled. German: the name with the
  office, the party in brackets, the weekday, the place and the occasion dropped („sagte
  Bauministerin Ortrun Behrendsen-Lay (SPD) am Montag in Berlin“, „sagte
  Gesundheitsministerin Gerlinde Thanner-Kofler (CSU) am Dienstag im Landtag“, „sagte
  Gesundheitsstaatssekretär Malte Brüggemann-Uhl am Dienstag“, „sagte Sozialministerin
  Waltraud Gsellmann-Pichler (SPÖ) nach dem Ministerrat am Mittwoch“, „sagte
  Polizeivizepräsident Torsten Kühnemund am Donnerstag“, „sagte Vizepräsident Lorenz
  Heckenbichler“, „sagte Schulministerin Cordula Wienhold-Bast am Freitag im Landtag“;
  hundred-twenty-seventh, two-hundred-and-twentieth, four-hundred-and-twentieth), the
  surname after a Konjunktiv I paraphrase („..., sagte Wachtendorf.“, „..., sagte
  Pohlschröder.“, „..., sagte Strauch-Lenz.“; hundred-eightieth), „X sagte, ...“ opening the
  row („Vorstandschef Ansgar Mühlhoff-Ried sagte“ with the office dropped, „Sarıkaya-Brandt
  sagte“, „Meienberg-Tanner sagte“, „Petrović-Heyl sagte“, „Twiehaus sagte“; forty-second,
  three-hundred-and-fifty-ninth), „teilte das Statistische Bundesamt am Montag mit“, „teilte
  der Deutsche Wetterdienst (DWD) am Mittwoch mit“ -> "der Deutsche Wetterdienst" with the
  abbreviation dropped (hundred-seventeenth, two-hundred-and-forty-fourth: „(Destatis)“),
  „teilte Statistik Austria mit“ -> "Statistik Austria" (three-hundred-and-twenty-third),
  „teilte die Bundesnetzagentur am Donnerstag mit“, „wie die Deutsche Bahn am Freitag
  mitteilte“ (hundred-second, four-hundred-and-twentieth). English: the name with the
  capitalised office, the weekday and the outlet dropped ("Chancellor Imogen Ashcombe said
  on Monday" - hundred-fifty-first: "Chancellor Diane Wexcombe said" -, "Chief Executive
  Marcus Ebbesen-Wild said on Tuesday", "Health Secretary Graham Tolhurst-Vane said" -
  hundredth -, "Governor Lachlan Brierley said on Wednesday", "Climate Commissioner Kasia
  Wróblewska-Lund told a news conference", "Housing Minister Genevieve Arsenault-Kerr said",
  "Chief Executive Ruairi Gallacher told BBC radio", "Farm Minister Takumi Asahara said on
  Friday"; four-hundred-and-twentieth), "Gov. Delphine Marchetti-Ross said" with "Gov."
  dropped (hundred-seventy-fifth), a role before the name ("BALPA general secretary Owen
  Prydderch said" - four-hundred-and- twentieth: "Union president Theresa Kowalczyk-Dunn
  said" -, "manager Dermot Callaghan-Reeve said on Thursday" - four-hundred-and-twentieth:
  "manager Declan Ashworth-Pryce told his pre-match news conference" -, "lead author Dr.
  Soraya Pemberton-Idris said" with "Dr." dropped - two-hundred-and-fifty-second), the
  surname opening the row ("Wetherall-Cobb said", "Delray-Hobbs said"), "Halifax said" and
  "Ofwat said" as written (three-hundredth: "Lufthansa said"), "the British Retail
  Consortium said" with its article (three-hundredth: "the Metropolitan Police said"), "The
  company said in a statement" -> "the company" (tenth). Each row's diacritics and hyphens
  are its speaker's („Dilek Sarıkaya-Brandt“, „Sanja Petrović-Heyl“, "Kasia
  Wróblewska-Lund").
- Left unchecked (None): all negatives, also those with a named speaker; pronouns and roles
  („sagte die Städtetag-Präsidentin“, „sagte die Ministerin“, „sagte der Staatssekretär“,
  „sagte der Meteorologe“, „fügte sie hinzu“, „sagte der Polizeivizepräsident“, „Nach ihren
  Angaben“, „Nach Angaben der Intendantin“, „so der Fahrgastverband“, "She said" three
  times, "He said" twice, "The treasurer said", "the lender said", "the regulator said"
  twice, "the farm ministry said", "The association said", "the statement said", "The grocer
  said in a statement" - "grocer" is no form settled -; four-hundred-and-twentieth), plural
  and anonymous sources („nach Angaben der Statistiker“, "diplomats said"), masculine and
  neuter genitives and descriptions („nach Angaben des Ministeriums“, „nach Angaben des
  Bundesamts für Strassen“, „nach Angaben des Bundes“, „Nach Angaben des Bauernverbands“,
  „Nach einer Auswertung des Mieterbunds“, „nach eigenen Angaben“; hundredth,
  three-hundredth), „Nach Angaben der Bayerischen Krankenhausgesellschaft“ (an adjective the
  nominative would have to change), data, estimates, surveys and documents („Laut
  Budgetdienst des Parlaments“, „In einer Umfrage der Innenverwaltung“, "budget documents
  showed", "NHS England figures show", "MTA data show", "European Environment Agency data
  show"), verbs that are not of saying („fordert“, „lehnt ... ab“, „schloss ... aus“,
  „kündigte ... an“, „stellte ... sicher“, "proposed", "reported"; two-hundred-and-fourth,
  four-hundredth), a lower-case description before a name ("mortgage lender Halifax said";
  hundred-twenty-fourth: "mortgage lender Nationwide said"; "Conservative housing critic
  Angus Rennick-Paterson said"; three-hundred-and-fifty-ninth: "policymaker Jurgen
  Vandersteen said"), "the BALPA union said" (two-hundred-and-fiftieth: "The Unite union
  said"), "Canada's national housing agency reported", a relative clause that parts a
  subject from its verb ("Dallimore, who took over as chief executive in 2023, said";
  hundred-sixteenth) and every "according to" (the OBR, the Illinois Economic Policy
  Institute, UK Finance, a study, Kantar; two-hundred-and-fourth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_436 = [
    # --- Mietpreisbremse im Bundestag (dpa), Montag, 9. März ---
    (
        "de",
        "Berlin (dpa) - Die Mietpreisbremse soll bis Ende 2031 verlängert werden, sagte Bauministerin Ortrun Behrendsen-Lay (SPD) am Montag in Berlin.",
        True,
        [("year", 2031, None, None)],
        "Ortrun Behrendsen-Lay",
    ),
    (
        "de",
        "Die Regel gilt derzeit in 386 Städten und Gemeinden, in denen nach Angaben des Ministeriums rund 23 Millionen Menschen leben.",
        True,
        [("count", 386, None, None), ("count", 23000000, None, "about")],
        None,
    ),
    (
        "de",
        "„Eine bezahlbare Wohnung ist ein Grundrecht und kein Privileg“, sagte Behrendsen-Lay.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der CDU-Abgeordnete Till Wachtendorf nannte die Verlängerung ein „Weiter-so ohne jeden Mut“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Unionsfraktion werde dem Gesetz in der vorliegenden Fassung nicht zustimmen, sagte Wachtendorf.",
        True,
        [],
        "Wachtendorf",
    ),
    (
        "de",
        "Nach einer Auswertung des Mieterbunds stiegen die Angebotsmieten in den 14 größten Städten im vergangenen Jahr um durchschnittlich 6,8 Prozent.",
        True,
        [("count", 14, None, None), ("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bundestag soll am 26. März in zweiter und dritter Lesung über das Gesetz abstimmen.",
        True,
        [("date", "--03-26", None, None), ("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- UK spring statement (Reuters), Monday, March 9 ---
    (
        "en",
        "LONDON, March 9 (Reuters) - Chancellor Imogen Ashcombe said on Monday she would raise defence spending to 2.6% of economic output by 2028.",
        True,
        [("date", "--03-09", None, None), ("percent", 2.6, "%", None), ("year", 2028, None, None)],
        "Imogen Ashcombe",
    ),
    (
        "en",
        "Budget documents showed the Office for Budget Responsibility now sees growth of 1.1% this year, down from 1.6%.",
        True,
        [("percent", 1.1, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "en",
        '"This is a budget for security, at home and abroad," Ashcombe told parliament.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Opposition finance spokesman Piers Wetherall-Cobb dismissed the statement as "a tax rise dressed up as prudence."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wetherall-Cobb said his party would vote against the finance bill.",
        True,
        [],
        "Wetherall-Cobb",
    ),
    (
        "en",
        "The government plans to borrow 118.4 billion pounds in the current financial year, about 9 billion pounds more than forecast in October, according to the OBR.",
        True,
        [("money", 118400000000, "GBP", None), ("money", 9000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "She said the freeze in fuel duty would be extended for a further 12 months, costing the Treasury 2.8 billion pounds.",
        True,
        [("duration", 12, "month", None), ("money", 2800000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Pressed on whether income tax could go up before voters next go to the polls, Ashcombe said she would not write future budgets from the despatch box.",
        False,
        [],
        None,
    ),
    # --- Kommunalfinanzen (dpa), Montag, 9. März ---
    (
        "de",
        "Wiesbaden (dpa) - Deutschlands Städte, Gemeinden und Kreise sind im vergangenen Jahr mit 27,3 Milliarden Euro ins Minus gerutscht, teilte das Statistische Bundesamt am Montag mit.",
        True,
        [("money", 27300000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Ein Jahr zuvor hatte das Minus noch bei 15,9 Milliarden Euro gelegen.",
        True,
        [("money", 15900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Allein die Sozialausgaben der Kommunen stiegen nach Angaben der Statistiker um 11,7 Prozent auf 84 Milliarden Euro.",
        True,
        [("percent", 11.7, "%", None), ("money", 84000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Den Städten steht das Wasser bis zum Hals“, sagte die Präsidentin des Deutschen Städtetags, Mechthild Raupach-Sell.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mehr als 40 Prozent der Städte könnten ihren Haushalt in diesem Jahr nicht ausgleichen, sagte die Städtetag-Präsidentin.",
        True,
        [("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Städtetag fordert, dass der Bund die Kosten der Unterkunft für Bürgergeldempfänger vollständig übernimmt, nach seiner Rechnung rund 14 Milliarden Euro im Jahr.",
        True,
        [("money", 14000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Bundesfinanzministerium reagierte man zurückhaltend auf den Vorstoß.",
        False,
        [],
        None,
    ),
    # --- Minimum wage in Illinois (AP), Monday, March 9 ---
    (
        "en",
        "SPRINGFIELD, Ill. (AP) — Illinois lawmakers voted 71-44 on Monday for a bill lifting the state's minimum wage to $18 an hour by 2030.",
        True,
        [("count", 71, None, None), ("count", 44, None, None), ("money", 18, "USD", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Gov. Delphine Marchetti-Ross said she would sign the bill this week.",
        True,
        [],
        "Delphine Marchetti-Ross",
    ),
    (
        "en",
        '"If you work a full week in this state, you should be able to pay the rent and fill the fridge," Marchetti-Ross said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Illinois Retail Merchants Association called the increase "a job killer for Main Street."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The association said about 1,200 small retailers had closed in the state last year.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "The current minimum wage of $15.40 an hour took effect in January.",
        True,
        [("money", 15.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Tipped workers will see their base pay rise in four steps to $12.60 an hour.",
        True,
        [("count", 4, None, None), ("money", 12.6, "USD", None)],
        None,
    ),
    (
        "en",
        "About 1.1 million workers in Illinois earn less than $18 an hour, according to the Illinois Economic Policy Institute.",
        True,
        [("count", 1100000, None, "about"), ("money", 18, "USD", "under")],
        None,
    ),
    # --- Notaufnahmen in Bayern (dpa/lby), Dienstag, 10. März ---
    (
        "de",
        "München (dpa/lby) - In Bayern sollen bis 2028 insgesamt 17 Krankenhäuser ihre Notaufnahme schließen, sagte Gesundheitsministerin Gerlinde Thanner-Kofler (CSU) am Dienstag im Landtag.",
        True,
        [("year", 2028, None, None), ("count", 17, None, None)],
        "Gerlinde Thanner-Kofler",
    ),
    (
        "de",
        "„Qualität geht vor Nähe“, betonte Thanner-Kofler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jeder Patient solle eine Notaufnahme auch künftig in höchstens 30 Minuten erreichen, sagte die Ministerin.",
        True,
        [("duration", 30, "minute", "at_most")],
        None,
    ),
    (
        "de",
        "Die Grünen-Gesundheitspolitikerin Ricarda Lenzfeld hält den Plan für einen „Kahlschlag auf dem Land“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bayerischen Krankenhausgesellschaft schrieben im vergangenen Jahr knapp drei Viertel der Kliniken im Freistaat rote Zahlen.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Notaufnahme in Rotthalmünster ist bereits seit Januar geschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Welche weiteren Häuser betroffen sein könnten, ließ Thanner-Kofler offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für den Umbau der Kliniklandschaft stellt der Freistaat bis 2030 rund 1,2 Milliarden Euro bereit.",
        True,
        [("year", 2030, None, None), ("money", 1200000000, "EUR", "about")],
        None,
    ),
    # --- UK house prices (Reuters), Tuesday, March 10 ---
    (
        "en",
        "LONDON, March 10 (Reuters) - House prices in Britain climbed 0.4% in February from January, mortgage lender Halifax said on Tuesday, taking the average price to a record 303,480 pounds.",
        True,
        [("date", "--03-10", None, None), ("percent", 0.4, "%", None), ("money", 303480, "GBP", None)],
        None,
    ),
    (
        "en",
        "Prices were 3.1% higher than a year earlier, the strongest annual growth since December 2022.",
        True,
        [("percent", 3.1, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"The market is proving remarkably resilient," said Oona Fairbrother, an economist at Pellbridge Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fairbrother expects price growth to cool later in the year as cheap fixed-rate deals expire.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1.6 million fixed-rate mortgages will expire this year, according to UK Finance.",
        True,
        [("count", 1600000, None, "about")],
        None,
    ),
    (
        "en",
        "The average deposit paid by buyers with a mortgage was 58,900 pounds in February, Halifax said.",
        True,
        [("money", 58900, "GBP", None)],
        "Halifax",
    ),
    (
        "en",
        "Annual price growth was strongest in Northern Ireland at 7.9%, the lender said.",
        True,
        [("percent", 7.9, "%", None)],
        None,
    ),
    # --- Warnstreiks im Einzelhandel (dpa/lnw), Dienstag, 10. März ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Verdi hat die Beschäftigten im Einzelhandel in Nordrhein-Westfalen für Donnerstag zu Warnstreiks in rund 120 Filialen aufgerufen.",
        True,
        [("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft verlangt für die Beschäftigten ein Plus von 2,50 Euro je Stunde, der Tarifvertrag soll zwölf Monate laufen.",
        True,
        [("money", 2.5, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "„Wer den ganzen Tag an der Kasse steht, verdient Respekt und keinen Hungerlohn“, sagte Verdi-Verhandlungsführerin Nadine Pohlschröder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber hätten bislang 3,2 Prozent in zwei Stufen angeboten, sagte Pohlschröder.",
        True,
        [("percent", 3.2, "%", None), ("count", 2, None, None)],
        "Pohlschröder",
    ),
    (
        "de",
        "Der Handelsverband bezeichnete die Forderung als „völlig aus der Zeit gefallen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine pauschale Sonderzahlung lehnt der Handelsverband ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Arbeitgeber ihr Angebot nachbessern, ließ ein Verbandssprecher offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Runde der Tarifverhandlungen ist für den 24. März in Neuss angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-24", None, None)],
        None,
    ),
    # --- Software job cuts (Reuters), Tuesday, March 10 ---
    (
        "en",
        "SAN FRANCISCO, March 10 (Reuters) - Software maker Qorvane Systems will cut about 2,400 jobs, or 11% of its workforce, Chief Executive Marcus Ebbesen-Wild said on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("count", 2400, None, "about"), ("percent", 11, "%", None)],
        "Marcus Ebbesen-Wild",
    ),
    (
        "en",
        '"We are building this company for where the industry is going, not where it has been," Ebbesen-Wild said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company said in a statement that severance and other restructuring costs would total $310 million to $340 million.",
        True,
        [("money", 310000000, "USD", None), ("money", 340000000, "USD", None)],
        "the company",
    ),
    (
        "en",
        'Analysts at Bramwell Securities said the cuts looked "overdue but sensible."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Qorvane shares rose 6.2% in extended trading.",
        True,
        [("percent", 6.2, "%", None)],
        None,
    ),
    (
        "en",
        "Ebbesen-Wild declined to say whether more cuts would follow.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The company will close its offices in Austin, Texas, and Dublin, shrinking its office space by about a third, the statement said.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Qorvane's revenue in its most recent fiscal year came to $4.7 billion.",
        True,
        [("money", 4700000000, "USD", None)],
        None,
    ),
    # --- Reform der Pflegeversicherung (Reuters), Dienstag, 10. März ---
    (
        "de",
        "Berlin (Reuters) - Der Beitragssatz der Pflegeversicherung steigt nach Plänen der Regierung ab dem 1. Januar auf 3,9 Prozent, ein Plus von 0,3 Prozentpunkten, sagte Gesundheitsstaatssekretär Malte Brüggemann-Uhl am Dienstag.",
        True,
        [("date", "--01-01", None, None), ("percent", 3.9, "%", None), ("percent", 0.3, "pp", None)],
        "Malte Brüggemann-Uhl",
    ),
    (
        "de",
        "Ohne die Anhebung fehlten der Pflegeversicherung im kommenden Jahr rund 5,8 Milliarden Euro, sagte der Staatssekretär.",
        True,
        [("money", 5800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Gute Pflege hat ihren Preis, und den müssen wir gemeinsam tragen“, sagte Brüggemann-Uhl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeitgeberverbände warfen der Regierung vor, die Probleme der Pflege „mit immer neuen Beiträgen zuzuschütten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Pflegebedürftigen ist seit 2017 von 3,1 Millionen auf 6,2 Millionen gestiegen.",
        True,
        [("year", 2017, None, None), ("count", 3100000, None, None), ("count", 6200000, None, None)],
        None,
    ),
    (
        "de",
        "Der Sozialverband VdK kündigte eine Verfassungsbeschwerde gegen die Eigenanteile in Pflegeheimen an.",
        True,
        [],
        None,
    ),
    # --- Autozulieferer Keltrop (dpa-AFX), Mittwoch, 11. März ---
    (
        "de",
        "Schweinfurt (dpa-AFX) - Der Autozulieferer Keltrop will bis Ende 2027 rund 1.900 seiner 8.600 Stellen in Deutschland streichen.",
        True,
        [("year", 2027, None, None), ("count", 1900, None, "about"), ("count", 8600, None, None)],
        None,
    ),
    (
        "de",
        "Vorstandschef Ansgar Mühlhoff-Ried sagte, das Werk in Lohr am Main werde geschlossen.",
        True,
        [],
        "Ansgar Mühlhoff-Ried",
    ),
    (
        "de",
        "Betriebsratschefin Dilek Sarıkaya-Brandt bezeichnete den Abbau als „kalte Abrechnung mit einer treuen Belegschaft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sarıkaya-Brandt sagte, die Beschäftigten hätten erst 2024 auf einen Teil ihres Weihnachtsgelds verzichtet.",
        True,
        [("year", 2024, None, None)],
        "Sarıkaya-Brandt",
    ),
    (
        "de",
        "Branchenkenner rechnen damit, dass weitere Zulieferer nachziehen werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr sank der Umsatz von Keltrop um 7,4 Prozent auf 2,1 Milliarden Euro.",
        True,
        [("percent", 7.4, "%", None), ("money", 2100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zu möglichen Abfindungen wollte sich das Unternehmen nicht äußern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Keltrop beschäftigt weltweit rund 21.000 Menschen an 38 Standorten.",
        True,
        [("count", 21000, None, "about"), ("count", 38, None, None)],
        None,
    ),
    # --- NHS waiting lists (PA), Wednesday, March 11 ---
    (
        "en",
        "LONDON (PA) - The number of people waiting for routine hospital treatment in England fell to 7.04 million in January, NHS England figures show.",
        True,
        [("count", 7040000, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Graham Tolhurst-Vane said about 64% of patients were now seen within 18 weeks.",
        True,
        [("percent", 64, "%", "about"), ("duration", 18, "week", None)],
        "Graham Tolhurst-Vane",
    ),
    (
        "en",
        '"The NHS is turning the corner," Tolhurst-Vane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Royal College of Nursing called the improvement "a drop in the ocean."',
        False,
        [],
        None,
    ),
    (
        "en",
        "At the worst-performing trust in England, only 49% of patients were seen within 18 weeks.",
        True,
        [("percent", 49, "%", None), ("duration", 18, "week", None)],
        None,
    ),
    (
        "en",
        'RCN general secretary Aileen McCorkindale urged ministers to "stop tinkering and start listening to nurses."',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said nurses in England would be balloted on industrial action from next month.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A&E departments recorded 2.3 million attendances in February, 4% more than a year earlier.",
        True,
        [("count", 2300000, None, None), ("percent", 4, "%", None)],
        None,
    ),
    # --- Trockener Februar (dpa), Mittwoch, 11. März ---
    (
        "de",
        "Offenbach (dpa) - Der Februar war in Deutschland deutlich zu trocken: Im Schnitt kamen nur 28 Liter Niederschlag auf den Quadratmeter, teilte der Deutsche Wetterdienst (DWD) am Mittwoch mit.",
        True,
        [("count", 28, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Das entspricht knapp 45 Prozent des Mittels der Jahre 1991 bis 2020.",
        True,
        [("percent", 45, "%", "nearly"), ("year", 1991, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "DWD-Meteorologe Fabian Ockenfels erwartet, dass sich die Trockenheit im Frühjahr fortsetzt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Brandenburg gilt bereits in neun Landkreisen die höchste Waldbrandwarnstufe, sagte der Meteorologe.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Wir müssen uns an solche Frühjahre gewöhnen“, sagte Ockenfels.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bauernverband rief die Politik auf, die Landwirte mit der Dürre „nicht allein zu lassen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Wald gilt seit Mittwoch in allen 14 Landkreisen Brandenburgs ein Rauchverbot.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der Pegel der Elbe in Dresden lag am Mittwoch bei 1,12 Metern, rund 80 Zentimeter unter dem Mittelwert für März.",
        True,
        [("count", 1.12, None, None), ("count", 80, None, "about")],
        None,
    ),
    # --- Australia's central bank (Reuters), Wednesday, March 11 ---
    (
        "en",
        "SYDNEY, March 11 (Reuters) - Australia's central bank will hold its cash rate at 3.7 per cent for now, Governor Lachlan Brierley said on Wednesday.",
        True,
        [("date", "--03-11", None, None), ("percent", 3.7, "%", None)],
        "Lachlan Brierley",
    ),
    (
        "en",
        '"There is no rush, and the board has not set itself a path," Brierley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Trimmed mean inflation eased to 2.9 per cent in the three months to December, the lowest reading since 2021.",
        True,
        [("percent", 2.9, "%", None), ("duration", 3, "month", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The bank cut rates three times last year.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        'Opposition Treasury spokesman Brett Hallinan said households were "being left to fend for themselves."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The treasurer said the government's energy rebate of A$150 per household would be extended to the end of the year.",
        True,
        [("money", 150, "AUD", None)],
        None,
    ),
    (
        "en",
        "Business groups welcomed the central bank's steady hand.",
        False,
        [],
        None,
    ),
    # --- Pensionserhöhung in Österreich (APA), Mittwoch, 11. März ---
    (
        "de",
        "Wien (APA) - Österreichs Pensionistinnen und Pensionisten erhalten im kommenden Jahr um 3,1 Prozent mehr, sagte Sozialministerin Waltraud Gsellmann-Pichler (SPÖ) nach dem Ministerrat am Mittwoch.",
        True,
        [("percent", 3.1, "%", None)],
        "Waltraud Gsellmann-Pichler",
    ),
    (
        "de",
        "Für Pensionen unter 2.800 Euro brutto im Monat gelte die volle Erhöhung, für höhere ein Fixbetrag von 78 Euro, sagte die Ministerin.",
        True,
        [("money", 2800, "EUR", "under"), ("money", 78, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer ein Leben lang gearbeitet hat, muss im Alter davon leben können“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FPÖ-Sozialsprecher Reinhold Kapfinger sprach von einer „Pensionsraub-Regierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Budgetdienst des Parlaments kostet die Erhöhung rund 1,4 Milliarden Euro im Jahr.",
        True,
        [("money", 1400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der „Standard“ schreibt in seinem Leitartikel von einem „teuren Frieden mit den Senioren“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Inflation in Österreich lag im Jänner bei 3,2 Prozent, teilte Statistik Austria mit.",
        True,
        [("percent", 3.2, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Knapp 2,4 Millionen Menschen in Österreich beziehen eine Pension.",
        True,
        [("count", 2400000, None, "nearly")],
        None,
    ),
    # --- Pilots' strike at Corvia Airways (Reuters), Wednesday, March 11 ---
    (
        "en",
        "LONDON, March 11 (Reuters) - Pilots at Corvia Airways will strike for 48 hours from March 20, the BALPA union said on Wednesday, threatening about 900 flights.",
        True,
        [("date", "--03-11", None, None), ("duration", 48, "hour", None), ("date", "--03-20", None, None), ("count", 900, None, "about")],
        None,
    ),
    (
        "en",
        "BALPA general secretary Owen Prydderch said 94% of members who voted had backed the walkout on a turnout of 81%.",
        True,
        [("percent", 94, "%", None), ("percent", 81, "%", None)],
        "Owen Prydderch",
    ),
    (
        "en",
        '"Our members have been taken for granted for far too long," Prydderch said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Corvia called the strike "reckless and entirely unnecessary."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dallimore, who took over as chief executive in 2023, said the airline had offered a 7% pay rise over two years.",
        True,
        [("year", 2023, None, None), ("percent", 7, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Dallimore would not say how many passengers had already been rebooked.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Corvia carried 14.2 million passengers last year and employs about 1,150 pilots.",
        True,
        [("count", 14200000, None, None), ("count", 1150, None, "about")],
        None,
    ),
    (
        "en",
        "The strike would be the first by Corvia pilots since 2019.",
        True,
        [("ordinal", 1, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- EU climate target (Reuters), Wednesday, March 11 ---
    (
        "en",
        "BRUSSELS, March 11 (Reuters) - EU countries should cut their net greenhouse gas emissions by 85% from 1990 levels by 2040, the European Commission proposed on Wednesday.",
        True,
        [("date", "--03-11", None, None), ("percent", 85, "%", None), ("year", 1990, None, None), ("year", 2040, None, None)],
        None,
    ),
    (
        "en",
        "Up to 4 percentage points of the cut could come from carbon credits bought abroad, Climate Commissioner Kasia Wróblewska-Lund told a news conference.",
        True,
        [("percent", 4, "pp", "up_to")],
        "Kasia Wróblewska-Lund",
    ),
    (
        "en",
        'Dutch Green lawmaker Pieter Hoogstraten-Vos called the credits "a loophole big enough to fly a jet through."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Poland and Italy oppose writing a binding 2040 target into law, diplomats said.",
        True,
        [("year", 2040, None, None)],
        None,
    ),
    (
        "en",
        "Diplomats expect tough negotiations among member states before a deal is reached.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Environmental groups said the proposal fell short of what the science demands.",
        False,
        [],
        None,
    ),
    (
        "en",
        "European Environment Agency data show the bloc's emissions fell 7.1% in 2023.",
        True,
        [("percent", 7.1, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Under the proposal, member states would have to submit national plans by June 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Autobahnausbau im Ständerat (Keystone-SDA), Donnerstag, 12. März ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat hat den Ausbau der Autobahn zwischen Bern und Zürich mit 29 zu 14 Stimmen gutgeheissen.",
        True,
        [("count", 29, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Das Projekt kostet nach Angaben des Bundesamts für Strassen rund 5,3 Milliarden Franken.",
        True,
        [("money", 5300000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Wer Strassen sät, wird Stau ernten», sagte VCS-Co-Präsident Urs Meienberg-Tanner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Meienberg-Tanner sagte, der VCS werde gegen den Ausbau das Referendum ergreifen.",
        True,
        [],
        "Meienberg-Tanner",
    ),
    (
        "de",
        "Für die Befürworter ist der Ausbau «längst überfällig».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gegner haben nach eigenen Angaben bereits 31'200 Unterschriften gesammelt.",
        True,
        [("count", 31200, None, None)],
        None,
    ),
    (
        "de",
        "Beobachter rechnen mit einem engen Rennen an der Urne.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Täglich fahren auf dem Abschnitt bei Härkingen nach Angaben des Bundes bis zu 110'000 Fahrzeuge.",
        True,
        [("count", 110000, None, "up_to")],
        None,
    ),
    # --- Trainerwechsel in Bochum (dpa), Donnerstag, 12. März ---
    (
        "de",
        "Bochum (dpa) - Der VfL Bochum hat nach der sechsten Niederlage in Folge Trainer Rüdiger Pommerenke entlassen.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Der Club liegt mit 17 Punkten auf dem vorletzten Tabellenplatz, drei Zähler hinter dem Relegationsrang.",
        True,
        [("count", 17, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Rüdiger hat alles für diesen Verein gegeben“, sagte Sportvorstand Hendrik Strauch-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Nachfolger solle bis zum Heimspiel gegen Holstein Kiel am Sonntag feststehen, sagte Strauch-Lenz.",
        True,
        [],
        "Strauch-Lenz",
    ),
    (
        "de",
        "In der Fankurve war die Stimmung zuletzt gekippt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pommerenke hatte das Team erst im Oktober übernommen und in 19 Pflichtspielen nur vier Siege geholt.",
        True,
        [("count", 19, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der 52-Jährige ist bereits der dritte Trainer, den der Club in dieser Saison entlässt.",
        True,
        [("duration", 52, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bochum hat in dieser Saison 49 Gegentore kassiert, so viele wie kein anderer Club der Liga.",
        True,
        [("count", 49, None, None)],
        None,
    ),
    # --- Everton's captain (PA), Thursday, March 12 ---
    (
        "en",
        "LIVERPOOL (PA) - Everton captain Seamus Kinsella has ruptured his Achilles tendon and is out for the remainder of the season, manager Dermot Callaghan-Reeve said on Thursday.",
        True,
        [],
        "Dermot Callaghan-Reeve",
    ),
    (
        "en",
        "Kinsella, 31, has made 27 league appearances this season.",
        True,
        [("duration", 31, "year", None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        '"Seamus is the voice of that dressing room and we will miss him badly," Callaghan-Reeve said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Everton sit 15th, six points clear of the drop zone with nine games remaining.",
        True,
        [("ordinal", 15, None, None), ("count", 6, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        '"We are not looking over our shoulders," Callaghan-Reeve told his pre-match news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He said defender Tomasz Wierzbicki was fit again after missing five matches with a hamstring injury.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Everton host Brentford on Saturday and have lost just two of their last 10 home games.",
        True,
        [("count", 2, None, None), ("count", 10, None, None)],
        None,
    ),
    # --- Messerangriffe in Berlin (dpa/bb), Donnerstag, 12. März ---
    (
        "de",
        "Berlin (dpa/bb) - Berlins Polizei hat im vergangenen Jahr 3.317 Messerangriffe gezählt, ein Plus von 9 Prozent, sagte Polizeivizepräsident Torsten Kühnemund am Donnerstag.",
        True,
        [("count", 3317, None, None), ("percent", 9, "%", None)],
        "Torsten Kühnemund",
    ),
    (
        "de",
        "Knapp jeder dritte Tatverdächtige war unter 21 Jahre alt.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 21, "year", "under")],
        None,
    ),
    (
        "de",
        "„Ein Messer gehört nicht in die Hosentasche“, sagte Kühnemund.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Waffenverbotszone am Kottbusser Tor soll auf den Görlitzer Park ausgeweitet werden, sagte der Polizeivizepräsident.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Linke kritisierte die Verbotszonen als „Symbolpolitik“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer Umfrage der Innenverwaltung gaben 38 Prozent der Befragten an, nachts die U-Bahn zu meiden.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Bei Kontrollen in den bestehenden Zonen stellte die Polizei seit Februar 2025 insgesamt 214 Messer sicher.",
        True,
        [("year", 2025, None, None), ("count", 214, None, None)],
        None,
    ),
    # --- Denver beats Phoenix (AP), Thursday, March 12 ---
    (
        "en",
        "DENVER (AP) — Jalen Whitcombe had 41 points as the Denver Nuggets won their eighth straight game, beating the Phoenix Suns 128-117 on Thursday night.",
        True,
        [("count", 41, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        '"He is playing at a different level right now," Nuggets coach Marcus Delray-Hobbs said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcombe, 27, made 15 of 22 shots and added 11 rebounds.",
        True,
        [("duration", 27, "year", None), ("count", 15, None, None), ("count", 22, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        'The crowd chanted "MVP" every time Whitcombe stepped to the free-throw line.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delray-Hobbs said guard Tyrese Bankole would sit out Saturday's game against Utah with a sprained ankle.",
        True,
        [],
        "Delray-Hobbs",
    ),
    (
        "en",
        "Denver has won 44 of its 65 games and is second in the Western Conference.",
        True,
        [("count", 44, None, None), ("count", 65, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Phoenix lost for the fifth time in six games.",
        True,
        [("ordinal", 5, None, None), ("count", 6, None, None)],
        None,
    ),
    # --- Netzentgelte (Reuters), Donnerstag, 12. März ---
    (
        "de",
        "Bonn (Reuters) - Die Netzentgelte für Haushaltskunden sollen im kommenden Jahr um durchschnittlich 11 Prozent sinken, teilte die Bundesnetzagentur am Donnerstag mit.",
        True,
        [("percent", 11, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Für einen Haushalt, der 3.500 Kilowattstunden im Jahr verbraucht, bedeute das eine Ersparnis von rund 70 Euro, sagte Vizepräsident Lorenz Heckenbichler.",
        True,
        [("count", 3500, None, None), ("money", 70, "EUR", "about")],
        "Lorenz Heckenbichler",
    ),
    (
        "de",
        "„Das ist eine gute Nachricht für alle Stromkunden“, sagte Heckenbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Verbraucherschützerin Ines Marquardt-Oyen hält die Entlastung für einen „Tropfen auf den heißen Stein“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach ihren Angaben zahlen Neukunden derzeit im Schnitt 34,2 Cent je Kilowattstunde.",
        True,
        [("money", 0.342, "EUR", None)],
        None,
    ),
    (
        "de",
        "Energieökonomen erwarten, dass die Strompreise mittelfristig wieder anziehen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund bezuschusst die Übertragungsnetzentgelte in diesem Jahr mit 5,9 Milliarden Euro.",
        True,
        [("money", 5900000000, "EUR", None)],
        None,
    ),
    # --- Housing starts in Canada (Reuters), Thursday, March 12 ---
    (
        "en",
        "OTTAWA, March 12 (Reuters) - Housing starts in Canada dropped 14% in February to a seasonally adjusted annual rate of 212,400 units, Canada's national housing agency reported on Thursday.",
        True,
        [("date", "--03-12", None, None), ("percent", 14, "%", None), ("count", 212400, None, None)],
        None,
    ),
    (
        "en",
        "Housing Minister Genevieve Arsenault-Kerr said the federal government would put C$6 billion over four years into homes built in factories.",
        True,
        [("money", 6000000000, "CAD", None), ("duration", 4, "year", None)],
        "Genevieve Arsenault-Kerr",
    ),
    (
        "en",
        '"Canadians are tired of hearing that owning a home is a dream from another era," Arsenault-Kerr said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists expect starts to recover in the spring as borrowing costs come down.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Bank of Canada has cut its key rate five times since June 2024, to 2.35%.",
        True,
        [("count", 5, None, None), ("year", 2024, None, None), ("percent", 2.35, "%", None)],
        None,
    ),
    (
        "en",
        "Conservative housing critic Angus Rennick-Paterson said his party would abolish GST on newly built houses.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Starts in Toronto dropped 31% from January, while Vancouver posted a 9% gain.",
        True,
        [("percent", 31, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    # --- Microplastics study (Reuters), Thursday, March 12 ---
    (
        "en",
        "LONDON, March 12 (Reuters) - Microplastics were found in 83% of human placenta samples tested by researchers at the University of Exeter, according to a study published on Thursday in the journal Environment International.",
        True,
        [("date", "--03-12", None, None), ("percent", 83, "%", None)],
        None,
    ),
    (
        "en",
        "The team examined 143 samples collected between 2021 and 2024, lead author Dr. Soraya Pemberton-Idris said.",
        True,
        [("count", 143, None, None), ("year", 2021, None, None), ("year", 2024, None, None)],
        "Soraya Pemberton-Idris",
    ),
    (
        "en",
        '"This should worry every parent," Pemberton-Idris said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Toxicologist Harald Brenning, who was not involved, called the findings "striking but not yet alarming."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The researchers said it was too early to know whether the particles harm babies.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The study did not examine whether the particles crossed into the fetus.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Polyethylene made up nearly half of the particles identified.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "The researchers found an average of 126 particles per gram of tissue.",
        True,
        [("count", 126, None, None)],
        None,
    ),
    # --- Lehrermangel in NRW (dpa/lnw), Freitag, 13. März ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In Nordrhein-Westfalen sind derzeit rund 7.350 Stellen für Lehrkräfte unbesetzt, sagte Schulministerin Cordula Wienhold-Bast am Freitag im Landtag.",
        True,
        [("count", 7350, None, "about")],
        "Cordula Wienhold-Bast",
    ),
    (
        "de",
        "Am stärksten betroffen seien die Grundschulen mit knapp 3.150 offenen Stellen, fügte sie hinzu.",
        True,
        [("count", 3150, None, "nearly")],
        None,
    ),
    (
        "de",
        "GEW-Landeschefin Sanja Petrović-Heyl warf der Landesregierung „Schönfärberei“ vor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Petrović-Heyl sagte, im laufenden Schuljahr sei an jeder fünften Grundschule regelmäßig Unterricht ausgefallen.",
        True,
        [("fraction", 0.2, None, None)],
        "Petrović-Heyl",
    ),
    (
        "de",
        "Die Gewerkschaft verlangte, den Lehrerberuf „endlich attraktiver zu machen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land will Seiteneinsteigern künftig von Beginn an einen unbefristeten Vertrag anbieten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zum Schuljahresbeginn im August sollen 1.450 zusätzliche Lehrkräfte eingestellt werden.",
        True,
        [("count", 1450, None, None)],
        None,
    ),
    # --- Subway fare in New York (AP), Friday, March 13 ---
    (
        "en",
        "NEW YORK (AP) — The board of the Metropolitan Transportation Authority voted on Friday to lift the basic fare for subways and buses to $3.15 from $2.95, starting Aug. 2.",
        True,
        [("money", 3.15, "USD", None), ("money", 2.95, "USD", None), ("date", "--08-02", None, None)],
        None,
    ),
    (
        "en",
        '"Every rider deserves a system that shows up on time," MTA Chair Vincent Scarpelli-Oduya said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He said the increase would bring in about $145 million a year.",
        True,
        [("money", 145000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'The Riders Alliance said the increase amounted to "a penalty for the people who keep this city running."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Subway ridership averaged 3.9 million on weekdays last year, about 72% of its level before the pandemic, MTA data show.",
        True,
        [("count", 3900000, None, None), ("percent", 72, "%", "about")],
        None,
    ),
    (
        "en",
        "The board's vote was 9-3, with two abstentions.",
        True,
        [("count", 9, None, None), ("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The previous increase, in 2021, raised the base fare by 20 cents.",
        True,
        [("year", 2021, None, None), ("money", 0.2, "USD", None)],
        None,
    ),
    # --- Theaterzuschüsse in Hamburg (dpa/lno), Freitag, 13. März ---
    (
        "de",
        "Hamburg (dpa/lno) - Der Hamburger Senat will die Zuschüsse für die Staatstheater im kommenden Haushalt um 4,5 Millionen Euro kürzen.",
        True,
        [("money", 4500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Kultur ist kein Sparschwein“, sagte Intendantin Clementine Aschauer-Wirtz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Intendantin muss das Thalia Theater in der kommenden Spielzeit auf drei Neuproduktionen verzichten.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Bühnenverein sprach von einem „kulturpolitischen Offenbarungseid“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Staatstheater zählten in der vergangenen Saison zusammen rund 612.000 Besucher.",
        True,
        [("count", 612000, None, "about")],
        None,
    ),
    (
        "de",
        "Betriebsbedingte Kündigungen schloss die Kulturbehörde aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Kulturetat der Stadt beläuft sich in diesem Jahr auf 412 Millionen Euro.",
        True,
        [("money", 412000000, "EUR", None)],
        None,
    ),
    # --- Supermarket price cuts (Reuters), Friday, March 13 ---
    (
        "en",
        "LONDON, March 13 (Reuters) - Hollins & Crane, Britain's fourth-largest supermarket group, cut prices on 1,500 products on Friday, Chief Executive Ruairi Gallacher told BBC radio.",
        True,
        [("date", "--03-13", None, None), ("ordinal", 4, None, None), ("count", 1500, None, None)],
        "Ruairi Gallacher",
    ),
    (
        "en",
        "UK food inflation rose to 4.3% in February, the British Retail Consortium said.",
        True,
        [("percent", 4.3, "%", None)],
        "the British Retail Consortium",
    ),
    (
        "en",
        'Retail analyst Priya Raghunathan said the cuts were "more marketing than margin."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rivals were quick to dismiss the move as a publicity stunt.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hollins & Crane's market share slipped to 9.2% in the 12 weeks to Feb. 22, according to Kantar.",
        True,
        [("percent", 9.2, "%", None), ("duration", 12, "week", None), ("date", "--02-22", None, None)],
        None,
    ),
    (
        "en",
        "Gallacher declined to say how the price cuts would be funded.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The grocer said in a statement the cuts would cost it about 40 million pounds this year.",
        True,
        [("money", 40000000, "GBP", "about")],
        None,
    ),
    # --- Bahn-Pünktlichkeit (dpa), Freitag, 13. März ---
    (
        "de",
        "Berlin (dpa) - Nur 59,8 Prozent der Fernzüge haben im Februar ihr Ziel ohne nennenswerte Verspätung erreicht, wie die Deutsche Bahn am Freitag mitteilte.",
        True,
        [("percent", 59.8, "%", None)],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Im Januar hatte der Wert noch bei 64,1 Prozent gelegen.",
        True,
        [("percent", 64.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Fahrgäste haben die Nase gestrichen voll“, sagte der Pro-Bahn-Vorsitzende Dietmar Sauerbrey.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Strecke zwischen Hamburg und Berlin sei im Februar jeder vierte ICE ausgefallen oder umgeleitet worden, so der Fahrgastverband.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Ein Bahnsprecher sagte, man arbeite „mit Hochdruck“ an besseren Werten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bahn will in diesem Jahr sieben Hauptstrecken generalsanieren, darunter die Verbindung zwischen Köln und Hagen.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Eine spürbare Besserung erwartet der Konzern erst in einigen Jahren.",
        False,
        [],
        None,
    ),
    # --- Sewage fine (PA), Friday, March 13 ---
    (
        "en",
        "LONDON (PA) - Severnvale Water has been fined a record 62.4 million pounds by Ofwat over sewage spills, the regulator said on Friday.",
        True,
        [("money", 62400000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The company discharged untreated sewage into rivers on more than 14,000 occasions in 2024, Ofwat said.",
        True,
        [("count", 14000, None, "over"), ("year", 2024, None, None)],
        "Ofwat",
    ),
    (
        "en",
        '"The era of polluters getting away with it is over," Environment Secretary Philippa Radstock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She said the government would ban bonuses for water company bosses who break pollution rules.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Severnvale said it was deeply sorry for the harm caused.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Severnvale has 30 days to appeal, the regulator said.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Ofwat has fined water companies a combined 310 million pounds since 2021.",
        True,
        [("money", 310000000, "GBP", None), ("year", 2021, None, None)],
        None,
    ),
    # --- Milchpreise (dpa), Freitag, 13. März ---
    (
        "de",
        "Berlin (dpa) - Die Molkereien zahlen den Milchbauern derzeit im Schnitt 44,8 Cent je Kilogramm Rohmilch, gut 5 Cent weniger als im Herbst.",
        True,
        [("money", 0.448, "EUR", None), ("money", 0.05, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Von Luft und Liebe kann kein Hof leben“, sagte Bauernverband-Vizepräsident Gerd Twiehaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Twiehaus sagte, seit 2015 habe fast jeder dritte Milchviehbetrieb in Deutschland aufgegeben.",
        True,
        [("year", 2015, None, None), ("fraction", 0.3333, None, "nearly")],
        "Twiehaus",
    ),
    (
        "de",
        "Die Molkerei Nordmolk wies die Kritik als „populistisch“ zurück.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nordmolk hatte im vergangenen Jahr mit 3.100 Beschäftigten einen Umsatz von 3,7 Milliarden Euro erzielt.",
        True,
        [("count", 3100, None, None), ("money", 3700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine staatliche Mengenregulierung lehnt das Landwirtschaftsministerium ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Bauernverbands gibt es in Deutschland noch rund 44.500 Milchviehbetriebe.",
        True,
        [("count", 44500, None, "about")],
        None,
    ),
    # --- Rice prices in Japan (Reuters), Friday, March 13 ---
    (
        "en",
        "TOKYO, March 13 (Reuters) - Japan will sell a further 185,000 tonnes of stockpiled rice to bring down soaring prices, Farm Minister Takumi Asahara said on Friday.",
        True,
        [("date", "--03-13", None, None), ("count", 185000, None, None)],
        "Takumi Asahara",
    ),
    (
        "en",
        "A 5-kg bag of rice cost 4,480 yen on average at supermarkets last week, up 82% from a year earlier.",
        True,
        [("count", 5, None, None), ("money", 4480, "JPY", None), ("percent", 82, "%", None)],
        None,
    ),
    (
        "en",
        '"Rice is the soul of Japanese cooking, and families must be able to afford it," Asahara said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders expect prices to stay high until the autumn harvest.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The ministry has also suspended a rule that required reserve rice to be bought back within a year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Japan's rice harvest fell to 6.52 million tonnes last year, the farm ministry said.",
        True,
        [("count", 6520000, None, None)],
        None,
    ),
]
