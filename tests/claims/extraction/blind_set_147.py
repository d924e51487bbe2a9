"""Hundred-and-forty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, players, a planet and
figures are made up (Arkady Vronsky, Marcus Tillery, Kendrick Oyelaran, Theo Brannigan, Rick
Sandoval, Tamika Hollins, Lucas Ferreira-Mott, Tomas Hrabina, Nadia Korsgaard, Elena Varro,
Markus Pfandler, Veltheim, Ruth Albers-Kamm, Dieter Fahrenholz, Brandwerk, Clemens Wirtz,
Hanna Lenzerer, the Elbmark Bank, Carrow Therapeutics, Fiona Agbaje, Helen Achebe, Vasskog,
Aurel Chemie, Korvanta Polymers, Andrea Zollinger, Reto Amstalden, Sandra Pilkington, Rupert
Cathcart, Dana Whitcombe, Lindqvist Partners, Damon Reyes-Whitaker, Annette Kowalski, Gina
Pellicano, Marjorie Landry, Harlan Pruett, Priyanka Deol, the planet LHS 3197 c, Ollie
Thwaites, Iker Salcedo, Jaden Mbeki, Dario Castaneda, Mateo Kjellberg, Jonas Rieckhoff,
Kenan Akbulut, Sem de Waal, Sven Hollmann, Corvane Semiconductor, Warren Lasko, Brandmoor
Capital); office-holders who would be real people (the Ukrainian president, Rengo's
president, Australia's treasurer, the governors of Mississippi and Oaxaca, Britain's
Chancellor, Austria's health minister, the EU's competition commissioner, the U.N. refugee
chief, the U.S. attorney in Manhattan, the House speaker, the U.S. attorney general) appear
only by office, and the named Kremlin spokesman, Senate majority leader, judges, union and
company officials are invented and stand for no real holder of an office. Real bodies,
courts, teams, events, indexes and places ("Telegram", "Kremlin", "Istanbul", "United Arab
Emirates", "Rengo", "Bank of Japan", "BOJ", "Australian Bureau of Statistics", "Reserve Bank
of Australia", "Sacramento Kings", "Dallas Mavericks", "Western Conference", "National
Weather Service", "Mississippi Emergency Management Agency", "PowerOutage.us", "Leake
County", "Carthage", "BNP Paribas Open", "Indian Wells", "Doha", "Oaxaca", "Ötztal", "Klinik
Innsbruck", "Lawinenwarndienst", "IG Metall", "DAX", "MDax", "Ludwigshafen", "Office for
National Statistics", "ONS", "Bank of England", "BoE", "Bank Rate", "Statistisches
Bundesamt", "Europäische Zentralbank", "AGES", "Ärztekammer", "UK Health Security Agency",
"MMR", "European Commission", "General Court", "United Nations", "UNHCR", "World Food
Programme", "Chad", "Nationalrat", "Ständerat", "SVP", "FDP", "Bundesamt für
Sozialversicherungen", "Bundesarbeitsministerium", "Sozialverband VdK", "Landgericht
Bremen", "Bristol Crown Court", "Weston-super-Mare", "Avon and Somerset Police", "Proceeds
of Crime Act", "Met Office", "Highlands", "Grampian", "Pennines", "National Highways",
"Aberdeenshire", "Labor Department", "Federal Reserve", "CME Group's FedWatch tool", "White
House", "Manhattan", "House Appropriations Committee", "Senate", "Congressional Budget
Office", "Supreme Court", "Justice Department", "James Webb Space Telescope", "University of
Cambridge", "Nature Astronomy", "Aston Villa", "Real Betis", "Europa League", "Villa Park",
"TNT Sports", "Eintracht Frankfurt", "Ajax Amsterdam", "S&P 500", "Nasdaq Composite", "Dow
Jones Industrial Average", "Brent") stand for the way wire copy names them; every toll,
tally, vote, rate, price, result, fine, sentence, score, time, date and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: AN ORDINARY ENGLISH-LANGUAGE WIRE DAY AS REUTERS, AP, AFP AND PA FILE IT, one
Thursday (March 12) in story order as the desk receives it - from Kyiv, Tokyo and Sydney
through the U.S. night's sport and disasters, the European morning's results, statistics and
courts to the U.S. afternoon and the evening's football -, 30 short stories across politics,
business, courts, health, weather, sport, science and world news, each told as wire copy
runs it (a dateline lead, the figures, attributed claims and the other side's reply, quotes,
a reaction, follow-ups). About three quarters English and one quarter German, as the topic
of this batch sets it and as the seventy-first and ninety-sixth batches weighed such a day
(not the half-and-half of the other recent batches). 22 English stories (Reuters, AP, AFP,
PA; US and UK usage: "Sept. 30", "March 19", "1030 GMT", "3am", "15cm", "minus 9C", "1,186
pence", "63.85 U.S. cents"): a prisoner swap between Russia and Ukraine with the night's
drones, Japan's spring wage tally and the yen, Australian jobs, an NBA game, tornadoes in
Mississippi, a fourth-round upset at Indian Wells, a bus crash in Oaxaca, a German
carmaker's job cuts and results, British GDP, a drugmaker's obesity trial, measles in
England, an EU cartel fine, the U.N. appeal for Sudan's refugees, a care home manager jailed
in Bristol, a cold snap in Scotland, U.S. consumer prices, a crypto founder convicted in
Manhattan, the House passing a stopgap bill, a 6-3 Supreme Court ruling, water vapour on an
exoplanet, a Europa League first leg at Villa Park and the Wall Street close. 8 German
stories (APA, dpa, dpa-AFX, Keystone-SDA; Austrian "Seehöhe", "Spitälern", "Patientinnen und
Patienten", Swiss "hiess", «» quotes, German „“ quotes): an avalanche in the Ötztal, a
chemical group's loss and job cuts, German inflation confirmed, the flu wave in Austria, a
Nationalrat vote on childcare costs, the pension rise of 1 July, a care-fraud verdict in
Bremen and Eintracht Frankfurt's first leg against Ajax. Figures as such copy has them:
datelines with and without a day, tallies of chambers and courts ("217-211", "held 6-3",
"mit 109 zu 83 Stimmen bei 4 Enthaltungen", "seven of the eight counts"), rates and moves in
percent and basis points, money in euros, dollars, pounds, pence, U.S. cents, francs, yen
and Mexican pesos with a converted figure in brackets, index levels, sentences in years and
months ("six years and eight months", "zu einer Haftstrafe von sechs Jahren und neun
Monaten", "achteinhalb Jahre"), ages, game and match times ("14.2 seconds left", "two hours
and 47 minutes", "in 58 minutes"), minutes, ranks and rounds of sport ("the 84th minute",
"(12.)", "World No. 3", "ranked 58th", "ninth place"), scores and scorelines carrying none,
physical measures ("145 mph", "rund 2.800 Metern Seehöhe", "about 48 light years", "about
210 degrees Celsius", "up to 15cm", "minus 9C"), shares in words ("almost a fifth", "about
four-fifths", "roughly a third", "Nearly two-thirds", "um ein Drittel", "gut ein Drittel",
"rund einem Zehntel"), number words and compounds ("Zehn-Punkte-Plan", "fast vierstündigen",
"fünfteiligen", "a top-five player", "the 100-member Senate", "last-16 tie"), hedges,
ranges, years and dates. Negatives as such a day has them: leaders', ministers', executives'
and coaches' rhetoric and verdicts in quotes (also with a named speaker), players' feelings,
labels of a union, parties, privacy advocates and a lobby, the White House's claim of an
effect without a measure, a regret, appeals and advice, warnings, forecasts and market views
without a figure, open questions, scene colour and two vox pops with their figures.

241 rows (180 English, 61 German), 56 negatives (44 English, 12 German), 185 check-worthy
rows of which 15 carry no figure (8 English, 7 German), 339 expected quantities (113 counts,
68 percentages - 1 of them in basis points -, 46 durations - 22 in years, 8 in months, 6 in
days, 4 in hours, 3 in minutes, 2 in weeks, 1 in seconds -, 36 amounts of money - 20 EUR, 10
USD, 3 GBP, 1 CHF, 1 JPY, 1 MXN -, 32 ordinals, 19 dates, 17 years, 8 fractions; 5 of them
in four negatives, as the seventeenth batch labels a figure in a negative), 38 checked
speakers (29 English, 9 German). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a cause are check-worthy with the speaker their own attribution gives
  ("Grund für den Einbruch seien vor allem die hohen Energiekosten ..., sagte Wirtz." ->
  "Wirtz", a stated cause, hundred-twenty-sixth and hundred-thirty-first; "Der Bund solle
  sich künftig mit mindestens 15 Prozent ... beteiligen, ..., sagte Kommissionssprecherin
  Andrea Zollinger." -> "Andrea Zollinger", the title dropped, hundred-fourteenth). A
  judge's finding of fact in English indirect speech is check-worthy with the judge's name,
  the title dropped ("Judge Rupert Cathcart said Pilkington had spent the money on holidays,
  a new car and online gambling." -> "Rupert Cathcart"; hundred-thirty-first), his remark a
  negative with the pronoun unchecked ("He said she had shown "a cold and calculated
  disregard" ..."; hundred-thirty-first). The demand for a sentence stays check-worthy with
  the speaker unchecked ("Die Staatsanwaltschaft hatte achteinhalb Jahre Haft gefordert."
  8.5 years; hundred-thirty-first: "hatte viereinhalb Jahre Haft gefordert").
- Check-worthy without a figure (fifteen rows; seventy-first, hundred-fourteenth to
  hundred-forty-first): a spokesman's account that no date is set ("Kremlin spokesman Arkady
  Vronsky told reporters that no date had been set for a new round of direct talks in
  Istanbul." -> "Arkady Vronsky"; seventy-first: "a date for a fifth round of talks had yet
  to be fixed"), a company's result stated without a figure in the lead ("... hat ... im
  vergangenen Jahr deutlich weniger verdient."; "im vergangenen Jahr" none), Wirtz's cause
  above, rations halved ("halved" a verb and no fraction, as "halbierte sich",
  hundred-twenty-second), a chamber's stated aim and a minority's position by vote ("Der
  Nationalrat will Eltern ... stärker entlasten.", "Eine Minderheit aus SVP und FDP hatte
  nicht auf die Vorlage eintreten wollen."; hundred-twenty-second), a bill's next chamber
  ("Die Vorlage geht nun an den Ständerat."; hundred-twenty-third), an appeal announced with
  the verdict's standing ("Der Verteidiger kündigte an, Revision einzulegen; das Urteil ist
  damit noch nicht rechtskräftig."; seventy-first and hundred-thirty-first) and "His
  attorney, Gina Pellicano, said he would appeal." -> "Gina Pellicano" (hundred-forty-first:
  "His attorney, Lucinda Farraday, said he would appeal."), the judge's finding above, a
  police force's stated step ("Avon and Somerset Police said it would now seek to recover
  the money under the Proceeds of Crime Act." -> as written; hundred-thirty-first: a stated
  step with a checkable content, hundred-eighteenth: "Police Scotland said"), a warning and
  an alert in force ("A yellow warning for snow and ice is in force from 3am until midday
  ..." - "3am" a clock time, none -, "Northern England is under an amber cold health alert
  until Monday, the UK Health Security Agency said."; seventy-first: "An amber wind warning
  will be in force"), a publication ("The results appear in Thursday's issue of Nature
  Astronomy."; forty-fourth: „Die Ergebnisse erschienen in der Fachzeitschrift „Nature
  Astronomy““) and a results line with only a score ("Eintracht Frankfurt hat das
  Achtelfinal-Hinspiel ... mit 3:1 gewonnen."; seventy-first: "a cup tie won with only a
  score", hundred-thirty-third).
- Forecasts, plans, guidance and consensus figures with a figure are check-worthy (seventh,
  eightieth, hundred-nineteenth, hundred-twenty-second, hundred-thirty-ninth): the Met
  Office's "up to 15cm of snow" and the forecasters' "minus 9C" (both speakers unchecked:
  "has warned", as "the network operator warned", hundred-twenty-sixth, and a plural group,
  forty-first), Pruett's vote count ("he expected at least eight Democrats to support the
  bill" -> "Harlan Pruett"), the market's expectation of a rate range ("according to CME
  Group's FedWatch tool" unchecked, seventy-first), Veltheim's margin guidance, Wirtz's
  profit range ("stellte ... in Aussicht", unchecked, hundred-twenty-seventh), Carrow's
  Phase 3 plan, the CBO's furlough estimate ("an estimated 875,000" "about"), the Mexican
  state's payment ("said it would pay ..." - "The state government said" left unchecked, a
  lower-case adjective heading the source, hundred-first: "the Swiss government said"), the
  consensus lines ("Economists in a Reuters poll had looked for a gain of 25,000 jobs.",
  "Economists surveyed by Reuters had expected a 0.1% expansion.", "Economists polled by
  Reuters had forecast ..."; speakers unchecked, hundred-forty-first). Forecasts and
  outlooks without a figure are negatives (forty-seventh, hundred-thirty-ninth): "Economists
  said the results strengthened the case for another rate hike as early as April.",
  "Economists now expect the Reserve Bank of Australia to keep rates on hold at its April
  meeting.", "Most economists expect the central bank to hold rates next week.", "Ökonomen
  rechnen damit, dass die Europäische Zentralbank im April erneut die Zinsen senkt.",
  "Forecasters warned that another round of severe storms could hit ...", "Aid workers
  warned that the start of the rainy season in June could cut off roads ...", "Some analysts
  said Carrow could become a takeover target ...", "Analysts cautioned that the trial was
  small ...", "Other astronomers cautioned that the signal could come from the star itself
  ..." (a doubt, hundred-twenty- eighth) and "Traders said investors were likely to stay
  cautious until the Fed's two-day meeting next week." with its 2 days labelled
  (seventeenth).
- Money in the currency written (every batch): EUR ("4.1 billion euros", "118.3 billion
  euros", "about 1.3 billion euros" "about", "3.20 euros per share, down from 5.10 euros" -
  "per share" none -, "96.42 euros", "1,34 Milliarden Euro", "9,8 Milliarden Euro", "212
  Millionen Euro ..., 480 Millionen" both EUR - the currency written once serves the later
  figure, hundred-seventeenth -, "1,10 Euro je Aktie", "zwischen 1,2 und 1,5 Milliarden
  Euro" both with no hedge - the unit written once, seventy-sixth -, "a combined 386 million
  euros" - "combined" no hedge, hundred-eighteenth -, "238 million euros", "95 million
  euros", "rund 76 Euro auf knapp 1.920 Euro im Monat" "about" and "nearly" - "im Monat"
  none -, "rund 15 Milliarden Euro im Jahr", "rund 3,8 Millionen Euro" "about"), USD ("$6.1
  billion", "$1.2945" after "Sterling" - an exchange rate is money in the currency it prices
  in, fourteenth -, "$1.4 billion", "a $12 million beach house", "$6.2 billion", "about $13
  billion", "about $9 million", "$71.40 a barrel" - "a barrel" none -, "63.85 U.S. cents"
  0.6385, hundred-thirty-ninth: "56.12 U.S. cents"), GBP ("more than £240,000" "over",
  "1,186 pence" 11.86 - pence are GBP hundredths whatever they price, hundred-twenty-sixth:
  "1,184 pence" -, "about 2.3 billion pounds" "about"), CHF ("rund 680 Millionen Franken"
  "about"; "jährlich" none), JPY ("147.20 per dollar" after "The yen", hundred-thirty-ninth:
  "148.20 per dollar"), MXN ("100,000 Mexican pesos (about $5,500)" MXN with no hedge and
  USD "about" - the hedge written inside the brackets belongs to the converted figure, as
  "8,5 Milliarden Kronen (rund 730 Millionen Euro)" in the hundred-first; the pesos named
  Mexican as the bare "Pesos" in a Mexican story, hundred-thirty-fifth). "in Millionenhöhe"
  carries no amount (a vague magnitude, twenty-sixth: "Im Prozess um einen Anlagebetrug in
  Millionenhöhe" labelled without one; hundred-sixth: "einen zweistelligen
  Millionenbetrag").
- Rates, prices and statistics are percentages as written (every batch): "5.28%", "above 5%"
  "over" (hundred-thirty-fifth: "above 40 degrees Celsius"), "an average of 5.28%", "an
  average increase of 5.09%", "an average of 17.8%" and "averaged 4.6%" with no hedge
  (hundred-fifteenth, hundred-thirty-third), "roughly 70%" "about", "0.75%", "4.0%" and
  "3.0%" (trailing zeros no other value, seventy-first), "between 5% and 7%" and "between
  3.50% and 3.75%" both ends with no hedge (forty-first: "between"), "by 30% and 20%", "only
  29% funded" ("only" no hedge), "well below the 95% needed" with no hedge ("well below the"
  before the article, hundred-twenty-first), "About 9%" "about", "about 1% lower" "about",
  "mehr als 7 Prozent" "over", "knapp 38 Prozent" "nearly", "mindestens 15 Prozent"
  "at_least", "2,1 Prozent mehr als im Vorjahresmonat" and "2,6 Prozent billiger als ein
  Jahr zuvor" ("mehr als" and "billiger" after the figure compare, hundred-first and
  hundred-thirty-ninth), "7 basis points" in bp. "on the month", "year-on-year", "binnen
  Jahresfrist", "im Vorjahresmonat", "im Februar des Vorjahres", "Bank Rate", "CPI", "core
  CPI", "Ebitda" and "DAX" carry none (eighty-fifth, hundred-twenty-third,
  hundred-thirty-ninth). "far more than expected" and "more than offset" hedge no figure
  ("more than" before a clause or a verb, hundred-thirty-second and hundred-forty-first).
- Counts (every batch): people, cases, jobs, drones, captives, votes, counties and customers
  as written with their hedges ("more than 4,600 captives" "over", "more than 8,000 of its
  soldiers" "over", "about 3.1 million workers", "at least six people" and "at least 11
  tornadoes" "at_least", "More than 90,000 homes and businesses" "over", "At least 18 people
  were killed and 27 injured" the hedge on the first only - seventy-eighth -, "about 16,000
  people a year" - "a year" none -, "about 310,000 customers", "More than 30 states",
  "nearly 800,000", "More than 4.2 million people", "rund 98.000 Neuerkrankungen, nach
  121.000", "etwa 1.150 Menschen", "rund 2.000 Stellen ..., etwa 800 davon" - "davon" no
  hedge -, "gut 21 Millionen Menschen" "over"), definite groups as two counts ("seven of the
  eight counts", "four of its last six games", "14 of her last 15 matches", "11 of their
  last 13 home matches", "71 of the drones" with the group's figure in an earlier row;
  forty-first), tallies one count per figure ("voted 217-211", "held 6-3", "mit 109 zu 83
  Stimmen bei 4 Enthaltungen"; sixty-fifth, hundred-forty-first: "in a 6-3 ruling"), "the
  100-member Senate" 100 and "53 seats" (hundred-forty-first), "the two countries" 2
  (seventy-first: "the two sides"), "One child" 1 (hundred-eighteenth: "One farmer was
  charged"), "at least one weight-related condition" 1 "at_least" (hundred-twenty-eighth:
  "from at least one operator"), "a Phase 3 trial" 3 (forty-fourth and sixty-fourth: "a
  Phase 3 trial" count 3), "einen Zehn-Punkte-Plan" 10 (hundred-sixteenth), "mit 45
  Beitragsjahren" 45 (forty-ninth: "nach 45 Beitragsjahren"), "Lawinenwarnstufe 3 auf der
  fünfteiligen Skala" 3 and 5 (hundred-twenty-sixth and hundred-thirty-first), "more than
  three times as many" 3 "over" (a multiple, hundred-twenty-second: "more than 10 times as
  much"), "about 1.4 times the size of Earth" 1.4 "about" (eighteenth: "about 2.6 times the
  size of Earth"), "four times" 4 (hundred-twenty-seventh: "seven times"), index levels and
  moves ("6,412.58 points", "21,087.34", "362.15 points", "44,211.09"; seventy-first).
  Physical measures are counts (fourth, seventy-first, hundred-thirty-fifth): "145 mph",
  "about 40 metres", "rund 2.800 Metern Seehöhe" and "etwa 150 Meter breit" "about", "more
  than 1,200 miles" "over", "about 48 light years" "about", "about 210 degrees Celsius"
  "about", "up to 15cm" 15 "up_to" (the unit written solid with the figure, seventy-first:
  "up to 60mm"), "minus 9C" -9 ("minus" a sign, eighty-eighth and hundred-twenty-sixth:
  "minus 14 degrees Celsius"; twenty-sixth: "1.54C"); "3.84 million vehicles", "Vor 57.500
  Zuschauern". None: "dozens of homes" (seventeenth), "EF3" (forty-seventh: "An EF3 tornado"
  gives no count), "LHS 3197 c" (seventy-first: "LHS 2140 b"), "S&P 500" (twentieth), "MMR",
  "BOJ", "a new car", "every last one", "a small number" (in a negative), "one of the
  victims" (a pronoun, forty-first).
- Sport (thirty-fifth, seventy-first, seventy-ninth, eighty-second, hundred-thirty-third):
  scores and scorelines carry none ("118-115", "34-19", "7-5 3-6 7-6(4)", "6-2 6-1", "a 2-1
  lead", "mit 3:1", "auf 1:2"; thirty-fifth: "6-3 6-7(4) 7-5 6-4"); points, rebounds and
  assists are counts ("38 points", "nine rebounds and seven assists", "29 points and 11
  rebounds", "led by 17"), "a go-ahead 3-pointer" none ("3-pointer" names a kind of shot,
  seventy-ninth: "seven 3-pointers" count 7 only, and "a" is an article), "have won five
  straight" 5 (thirty-fifth: "lost four straight"); ranks and rounds are ordinals ("World
  No. 3" 3 - thirty-fifth: "world No. 1" -, "in the fourth round" 4, "ranked 58th" 58,
  "second seed" 2, "ninth place" 9, "in the third quarter ... in the fourth" 3 and 4 - the
  noun left out, seventy-first: "headed in a late second" -, "the first leg" 1, "the 18th
  minute" and "the 84th minute", "his fourth goal in five European games" ordinal 4 and
  count 5, "a second yellow card" 2, "(12.)", "(55.)", "(79.)" and "in der 68. Minute"
  ordinals - eighty-second: "(58.)" -, "der fünfte Sieg in Folge" 5); "a top-five player"
  count 5 (hundred-thirty-second: "a top-10 fixture" count 10); "last-16 tie" count 16
  (thirty-fifth: "the Champions League last 16"); "quarter-finals", "Achtelfinal-Hinspiel",
  "half-time", "stoppage time" and "the deciding tiebreak" carry none (thirty-fifth:
  "quarter-final"; eighty-second: "Achtelfinal-Hinspiel"), while "two match points" is count
  2. Game and match times are durations ("two hours and 47 minutes" both units, "in 58
  minutes", "five minutes after the break"). New: "with 14.2 seconds left" is 14.2 seconds -
  the time left on a game clock written with its unit word is a duration as written, as
  "binnen 47 Sekunden" (hundred-thirty-third), while the colon form without a unit ("1:48
  into overtime", hundred-thirty-third) reads one duration per unit.
- Ordinals otherwise (the issue; every batch): "the 64th exchange" 64 (hundred-fortieth:
  "der 71. Austausch"), "the third straight year" 3, "the federation's first tally" 1, "the
  second deadly tornado outbreak ... in less than a month" 2 ("a month" an article, none),
  "Ein dritter Mann" 3, "ihre erste Schätzung" 1 (thirty-second: "nach einer ersten
  Schätzung"), "in der zehnten Kalenderwoche" 10 (hundred-eleventh: "In der 44.
  Kalenderwoche"), "zum zweiten Mal in Folge" 2 (the issue), "in the fourth quarter" 4, "in
  the second half of the year" 2 and no fraction (thirty-seventh: "in the second half of
  2026"), "first-quarter revenue" 1 (fifteenth: "third-quarter"), "the second MMR dose" 2,
  "the Commission's fourth cartel fine ... since 2020" 4 and the year, "first win" 1. None:
  "the highest since", "the largest fine", "the biggest decliner", "the biggest gain since",
  "the longest streak since" (only the year they name, forty-first and hundred-forty-first),
  "the final arguments of the term" ("final" none, hundred-thirtieth).
- Durations and ages (the issue: "fünfstündigen"; every batch): sentences and terms ("six
  years and eight months" and "zu einer Haftstrafe von sechs Jahren und neun Monaten" both
  units - hundred-thirty-first: "zu drei Jahren und neun Monaten Haft" -, "von jeweils 18
  Monaten" - "jeweils" no hedge -, "achteinhalb Jahre" 8.5 years - hundred-thirty-first:
  "viereinhalb Jahre" -, "sentenced to 14 years", "carries a maximum sentence of 20 years"
  with no hedge - hundred-thirtieth -), deliberations and debates ("for about nine hours
  over two days" 9 hours "about" and 2 days - "over" before a span no hedge,
  hundred-sixteenth -, "nach einer fast vierstündigen Debatte" 4 hours "nearly" -
  hundred-twenty-ninth: "nach einer fast dreieinhalbstündigen Debatte"), spans ("over 60
  weeks", "over five years", "a total of 17 hours spread over four months" - "a total of" no
  hedge, hundred-twenty- seventh: "spread over two years" -, "every 5.2 days" - eighteenth:
  "every 33 days" -, "for 14 months in a row" 14 months - hundred-twentieth: "for nine
  months in a row" -, "In the three months to January ... the previous three months" 3
  months twice - hundred-forty- first -, "In the 12 months through February" 12 months, "for
  up to two days" 2 days "up_to", "for less than 90 days" 90 days "under" -
  hundred-thirty-fifth: "in less than three hours" -, "two days before" and "two years ago"
  - seventy-first: "two years ago" -, "10-year Treasury" 10 years - twentieth -, and in
  negatives "the three-week trial" 3 weeks - hundred-twenty-fourth: "the five-week trial" -
  and "the Fed's two-day meeting" 2 days - hundred-thirty-ninth: "nach ihrer zweitägigen
  Sitzung"). Ages are durations in years ("The 22-year-old", "The driver, 52,", "Sandra
  Pilkington, 58,", "Damon Reyes-Whitaker, 41,", "Der 46-Jährige", "im Alter von 34, 41 und
  52 Jahren" three ages with the unit written once - seventy-sixth -, "children under 10"
  and "Kindern unter fünf Jahren" "under" - hundred-thirty-third: "children under 12" -,
  "über 65-Jährigen" "over" - forty-first -, "by age five" 5 years with no hedge -
  hundred-eleventh: "by the age of five" -, and the vox pops "Tamika Hollins, 46," and
  "Marjorie Landry, 67," in negatives, labelled; hundred-twenty-fourth). None: "last year",
  "this year", "last month", "next week", "last March", "a month later", "in a decade", "a
  couple of days", "im vergangenen Jahr", "im Jahr davor", "vergangene Woche", "in der Woche
  davor", "seit Jahren", "jährlich", "im Monat", "im Jahr", "monthly", "weekly",
  "overnight", weekdays, months and clock times ("by 1030 GMT", "from 3am until midday").
- Fractions (the issue; hundred-fourteenth to hundred-forty-first): "by almost a fifth" 0.2
  "nearly", "about four-fifths" 0.8 "about" (hundred-twenty-third: "gut vier Fünftel" 0.8),
  "roughly a third" 0.3333 "about", "Almost half" 0.5 "nearly", "Nearly two-thirds" 0.6667
  "nearly", "um ein Drittel" 0.3333 ("um" no hedge), "gut ein Drittel" 0.3333 "over", "nur
  rund einem Zehntel" 0.1 "about" (the dative, hundred-fourteenth; "nur" no hedge).
- Years and dates: "since 2022", "since 1995" ("a level last seen in 1995", thirteenth: "a
  level last seen in 1992"), "since 2019", "by 2028", "until 2030", "Bis Ende 2027",
  "zwischen 2019 und 2023" and "between 2017 and 2022" both years ("zwischen" and "between"
  no hedge), "since 2012", "its 2025 accounts", "since 2020", "in April 2023", "since April
  2024", "in June 2024", "in 2025" the years; "Sept. 30", "July 14", "April 29", "March 19"
  (twice), "am 19. März", "zum 1. Juli" dates without a year; Reuters datelines with a day
  ("KYIV, March 12", "TOKYO, March 12", "SYDNEY, March 12", "INDIAN WELLS, California, March
  12" with the state between city and day - hundred-twenty-eighth -, "FRANKFURT, March 12",
  "LONDON, March 12" twice, "BRUSSELS, March 12", "GENEVA, March 12", "WASHINGTON, March 12"
  twice, "NEW YORK, March 12") dates without a year; AP ("SACRAMENTO, Calif. (AP) —",
  "JACKSON, Miss. (AP) —", "NEW YORK (AP) —", "WASHINGTON (AP) —"), AFP ("MEXICO CITY (AFP)
  -"), PA ("LONDON (PA) -", "BRISTOL (PA) -", "BIRMINGHAM (PA) -"), APA, dpa, dpa-AFX and
  Keystone-SDA datelines none (seventy-ninth).
- Hedges, only the names in use: "about", "About", "roughly", "around", "an estimated",
  "rund", "etwa" "about"; "almost", "Almost", "nearly", "Nearly", "knapp", "fast" "nearly";
  "more than", "More than", "above", "mehr als", "gut", "über" (right before an age) "over";
  "under", "less than", "unter" "under"; "at least", "At least", "mindestens" "at_least";
  "up to" "up_to". No hedge: "an average of", "an average increase of", "averaged", "im
  Schnitt", "a combined", "a total of", "only", "nur", "already", "jeweils", "davon",
  "zuletzt", "between", "zwischen", "um" before a share or a difference, "well below the"
  before an article, "a maximum sentence of", "over" before a span, and "more than", "mehr
  als" and "billiger" after a figure or before a clause or a verb.
- Speakers, checked only in forms the earlier batches settled: "nach Angaben der Polizei" ->
  "die Polizei" and "Nach Angaben des Bundesamts für Sozialversicherungen" -> "das Bundesamt
  für Sozialversicherungen" (the source in the nominative, hundred-twenty-fifth and
  hundred-forty-first), "teilte der Lawinenwarndienst mit", "teilte das Unternehmen in
  Ludwigshafen mit" -> "das Unternehmen" (the place dropped, hundred-seventeenth), "wie das
  Statistische Bundesamt am Donnerstag mitteilte" (the capitalised adjective in the
  nominative, hundred-fifteenth; the weekday dropped, hundred-fourteenth), "teilte das
  Bundesarbeitsministerium am Donnerstag mit", "Laut AGES" -> "AGES" as written
  (hundred-twentieth: "Laut AMS"), "sagte Wirtz" the surname as written, "sagte
  Kommissionssprecherin Andrea Zollinger" the name with the title dropped. English: "the air
  force said, adding that" -> "the air force" (seventy-first), "the Australian Bureau of
  Statistics said", "the Office for National Statistics said in a statement" ("in a
  statement" dropped, seventy-first) and "the Labor Department said on Thursday" (the
  weekday dropped, hundred-thirty-ninth), "The National Weather Service said ..." opening
  the row with the article lowered (hundred-fourteenth), "the Mississippi Emergency
  Management Agency said" (the state part of the body's name, hundred-thirty-first: "the
  California Department of Insurance"), "according to PowerOutage.us" as written
  (hundred-twenty-sixth), "according to the regional civil protection agency"
  (hundred-thirty-third: "the regional weather service said"; hundred-thirty-fifth:
  "according to the civil protection agency"), "the company said on Thursday" -> "the
  company", "the UK Health Security Agency has said" (fiftieth: "has said") and "the UK
  Health Security Agency said", "the agency said" and "The agency said ..." -> "the agency"
  (a body named in full taken up by its common noun, hundred-twenty-sixth), "the Commission
  said" -> "the Commission" (hundred-twenty-fifth), "Korvanta said" as written for Korvanta
  Polymers (hundred-thirtieth: "Harcourt said"), "UNHCR said" as written
  (hundred-thirty-fifth: "according to AFAD"), "The World Food Programme said ..." -> "the
  World Food Programme", "Avon and Somerset Police said" and "National Highways said" as
  written (hundred-eighteenth: "Police Scotland said"; hundred-twenty-seventh: "Network Rail
  said"), "according to the House Appropriations Committee" and "according to the
  Congressional Budget Office" with the article (seventy-first), the name with the title
  dropped ("Kremlin spokesman Arkady Vronsky told reporters", "Chief Executive Ruth
  Albers-Kamm told reporters", "Works council chief Dieter Fahrenholz said" -
  hundred-twenty-ninth: "Cabinet member for waste Dominic Furness said" -, "Judge Rupert
  Cathcart said", "Senate Majority Leader Harlan Pruett said", "Lead author Priyanka Deol of
  the University of Cambridge said" - the title and the affiliation after the name dropped,
  hundred-fifteenth and hundred-thirty-fourth: "Studienautorin"), the name in apposition
  ("His attorney, Gina Pellicano, said"; hundred-sixteenth). New: "Ukraine says more than
  8,000 of its soldiers remain in Russian captivity." is check-worthy with the speaker left
  unchecked - a country named as the source, a form no batch settled. Left unchecked (None)
  besides: "Ukraine's coordination headquarters for prisoners said", "Russia's defence
  ministry said" and "Oaxaca's governor" (a possessive heading the source, eighty-third),
  "The United Arab Emirates, which mediated the exchange, said" and "Aurel Chemie, which
  received the largest fine ..., said" (a subject parted from its verb by a relative clause,
  hundred-sixteenth), "it said on Thursday" (a pronoun), "a preliminary tally by the Rengo
  union federation showed", "according to official figures", "according to CME Group's
  FedWatch tool", "The majority opinion said" (data and documents, hundred-second),
  "according to the U.N. refugee agency UNHCR" (a description before the name, fortieth),
  "the state prosecutor's office said" (seventy-first: "The California attorney general's
  office said"), "The state government said" (above), "emergency officials said", "local
  authorities said", "forecasters said", "Prosecutors said", "researchers reported" (plural
  groups, forty-first; seventy-first: "astronomers reported"), "the Met Office has warned"
  (hundred-twenty-sixth: a warning of what may happen), "Bristol Crown Court heard"
  (hundred-twenty-fourth: "Southwark Crown Court heard"), "bezifferte das Gericht", "nach
  Schätzungen der Behörde", "stellte ... in Aussicht", "kündigte an", "hatte ... gefordert"
  (no verbs of saying, hundred-twenty-seventh and hundred-thirty-first), "Mississippi's
  governor issued", "The ONS revised", "The European Commission fined", "Economists ...",
  "Analysts ...", rows without attribution and all negatives, also those with a named
  speaker.
- Negatives (ninety-eighth, hundred-fourteenth to hundred-forty-first): rhetoric, verdicts
  and feelings in quotes, also with a named speaker or an office ("We will not rest until
  every last one of our people is home," of the Ukrainian president; "The momentum for
  higher wages has now taken root ..."; "We just kept believing, ..."; "We stopped moving
  the ball in the fourth ..." of a coach with its ordinal 4 labelled - seventeenth -; "I
  just tried to stay in every rally ..."; "This is a painful but necessary step ..."; „Eine
  echte Erholung der Chemiekonjunktur sehen wir noch nicht“ - an outlook without a figure -;
  "Growth is returning, but there is much more to do,"; „Der Preisdruck lässt spürbar nach,
  Entwarnung wäre aber verfrüht“; "If these results hold, monthly dosing could change ...";
  „Die Impfquote ist in Österreich seit Jahren beschämend niedrig“; "Measles is not a mild
  illness, ..."; "Cartels raise costs for every business ..."; "The world is looking away
  ..."; «Das ist ein Fass ohne Boden, ...»; „Sie haben ein System aufgebaut, ...“ of a
  presiding judge; "It's going to feel more like January than spring ..."; "This is not the
  report the Fed wanted to see ..."; "He gambled with other people's life savings ...";
  "This is a clean, responsible bill, ..."; "Today's ruling gives law enforcement a tool it
  badly needed,"; "This is the closest we have come ..."; "It's only half-time in the tie,
  ..."; „Das war ein richtig erwachsener Auftritt, ...“; "The market had priced in a perfect
  landing, ..."); an assessment of risk in quotes („Die Schneedecke ist derzeit extrem
  trügerisch, ...“; hundred-thirty-first: "no ongoing threat to the wider public"); a
  verdict reported ("The treasurer said the figures showed the labour market was "holding up
  remarkably well.""), and the White House's claim of an effect without a measure ("The
  White House said the figures showed that its economic policies were working.";
  hundred-thirty-second); labels of a union, parties, a lobby and privacy advocates ("IG
  Metall, Germany's biggest union, described the plan as "a slap in the face ..."",
  "Democrats called the domestic cuts "a wrecking ball ..."", "Privacy advocates called the
  decision "a green light for dragnet surveillance."", "Der Sozialverband VdK sprach von
  einer „guten Nachricht, ...“"); a judge's remark (above); a regret ("Vasskog said it
  regretted the conduct of "a small number of former employees."" - hundred-twenty-eighth:
  an apology; "a small number" none); condolences with a promise as rhetoric ("Oaxaca's
  governor sent his condolences ... and promised that "those responsible will answer for
  this.""; hundred-thirty-first and hundred-thirty-fifth); appeals and advice
  ("Bergrettungs-Landesleiter Markus Pfandler rief Wintersportler dazu auf, ...", "Parents
  were urged to check their children's records ...", "Drivers were advised to allow extra
  time ..."; seventy-first); a warning of employers without a figure ("Die Arbeitgeber
  warnten erneut vor steigenden Sozialbeiträgen."; hundred-twenty-ninth); the forecasts and
  doubts above; open questions ("It was not immediately clear whether the swap would open
  the way ...", "Ob die kleine Kammer ... mitzieht, ist offen.", "It was not clear whether
  enough Senate Democrats would back the bill ..."; hundred-fourteenth); scene colour
  ("Television images showed rescuers using ropes ..."; seventy-first: "Television footage
  showed families sleeping ..."); and two vox pops with their figures labelled (""We heard
  the sirens, got in the bathtub, ..." said Tamika Hollins, 46," 46 years; ""I trusted him
  with everything I had," said Marjorie Landry, 67, a former customer who attended every day
  of the three-week trial." 67 years and 3 weeks; hundred-twenty-fourth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string."""

# ruff: noqa: E501
BLIND_SET_147 = [
    # --- Prisoner swap (Reuters) ---
    (
        "en",
        "KYIV, March 12 (Reuters) - Russia and Ukraine each handed over 157 prisoners of war on Thursday in the 64th exchange since Moscow launched its full-scale invasion, Ukraine's coordination headquarters for prisoners said.",
        True,
        [("date", "--03-12", None, None), ("count", 157, None, None), ("ordinal", 64, None, None)],
        None,
    ),
    (
        "en",
        "Among those returned to Ukraine were 22 seriously wounded soldiers and eight civilians, some of whom had been held since 2022.",
        True,
        [("count", 22, None, None), ("count", 8, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Russia's defence ministry said the 157 Russian servicemen freed in the swap were receiving medical care in Belarus before being flown to Moscow.",
        True,
        [("count", 157, None, None)],
        None,
    ),
    (
        "en",
        "The United Arab Emirates, which mediated the exchange, said it had now brokered 17 swaps between the two countries involving more than 4,600 captives.",
        True,
        [("count", 17, None, None), ("count", 2, None, None), ("count", 4600, None, "over")],
        None,
    ),
    (
        "en",
        "Ukraine says more than 8,000 of its soldiers remain in Russian captivity.",
        True,
        [("count", 8000, None, "over")],
        None,
    ),
    (
        "en",
        '"We will not rest until every last one of our people is home," the Ukrainian president wrote on Telegram.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kremlin spokesman Arkady Vronsky told reporters that no date had been set for a new round of direct talks in Istanbul.",
        True,
        [],
        "Arkady Vronsky",
    ),
    (
        "en",
        "Overnight, Russia launched 94 drones and two ballistic missiles at Ukraine, the air force said, adding that 71 of the drones had been shot down or jammed.",
        True,
        [("count", 94, None, None), ("count", 2, None, None), ("count", 71, None, None)],
        "the air force",
    ),
    (
        "en",
        "It was not immediately clear whether the swap would open the way to a broader deal on civilians held by both sides.",
        False,
        [],
        None,
    ),
    # --- Spring wage talks (Reuters) ---
    (
        "en",
        "TOKYO, March 12 (Reuters) - Japan's biggest companies agreed to raise wages by an average of 5.28% this year, a preliminary tally by the Rengo union federation showed on Thursday, the third straight year of increases above 5%.",
        True,
        [
            ("date", "--03-12", None, None),
            ("percent", 5.28, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 5, "%", "over"),
        ],
        None,
    ),
    (
        "en",
        "At the same stage last year, the federation's first tally had shown an average increase of 5.09%.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.09, "%", None)],
        None,
    ),
    (
        "en",
        "Base pay, which excludes seniority-based raises, is set to rise 3.71%.",
        True,
        [("percent", 3.71, "%", None)],
        None,
    ),
    (
        "en",
        "The tally covered 762 unions representing about 3.1 million workers.",
        True,
        [("count", 762, None, None), ("count", 3100000, None, "about")],
        None,
    ),
    (
        "en",
        "Wage increases at smaller firms, which employ roughly 70% of Japan's workers, averaged 4.6%.",
        True,
        [("percent", 70, "%", "about"), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        '"The momentum for higher wages has now taken root across the economy," Rengo\'s president told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In January the BOJ took its short-term rate to 0.75%, a level last seen in 1995.",
        True,
        [("percent", 0.75, "%", None), ("year", 1995, None, None)],
        None,
    ),
    (
        "en",
        "The yen firmed 0.3% to 147.20 per dollar after the tally was released.",
        True,
        [("percent", 0.3, "%", None), ("money", 147.2, "JPY", None)],
        None,
    ),
    (
        "en",
        "Economists said the results strengthened the case for another rate hike as early as April.",
        False,
        [],
        None,
    ),
    # --- Australian jobs (Reuters) ---
    (
        "en",
        "SYDNEY, March 12 (Reuters) - Australian employment rose by 41,200 in February, far more than expected, while unemployment stayed at 4.1%, the Australian Bureau of Statistics said.",
        True,
        [("date", "--03-12", None, None), ("count", 41200, None, None), ("percent", 4.1, "%", None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Economists in a Reuters poll had looked for a gain of 25,000 jobs.",
        True,
        [("count", 25000, None, None)],
        None,
    ),
    (
        "en",
        "Full-time jobs rose by 52,700, offsetting a fall of 11,500 in part-time roles.",
        True,
        [("count", 52700, None, None), ("count", 11500, None, None)],
        None,
    ),
    (
        "en",
        "The participation rate edged up to 67.2%, while hours worked climbed 0.8% on the month.",
        True,
        [("percent", 67.2, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Employment has now risen for 14 months in a row, the longest streak since 2019.",
        True,
        [("duration", 14, "month", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The Australian dollar rose 0.4% to 63.85 U.S. cents.",
        True,
        [("percent", 0.4, "%", None), ("money", 0.6385, "USD", None)],
        None,
    ),
    (
        "en",
        'The treasurer said the figures showed the labour market was "holding up remarkably well."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists now expect the Reserve Bank of Australia to keep rates on hold at its April meeting.",
        False,
        [],
        None,
    ),
    # --- NBA (AP) ---
    (
        "en",
        "SACRAMENTO, Calif. (AP) — Marcus Tillery scored 38 points, including a go-ahead 3-pointer with 14.2 seconds left, and the Sacramento Kings beat the Dallas Mavericks 118-115 on Wednesday night.",
        True,
        [("count", 38, None, None), ("duration", 14.2, "second", None)],
        None,
    ),
    (
        "en",
        "Tillery added nine rebounds and seven assists for the Kings, who have won five straight and moved into ninth place in the Western Conference.",
        True,
        [("count", 9, None, None), ("count", 7, None, None), ("count", 5, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Kendrick Oyelaran led Dallas with 29 points and 11 rebounds, and Theo Brannigan added 21 points.",
        True,
        [("count", 29, None, None), ("count", 11, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "The Mavericks led by 17 in the third quarter but were outscored 34-19 in the fourth.",
        True,
        [("count", 17, None, None), ("ordinal", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Dallas has lost four of its last six games.",
        True,
        [("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    ("en", '"We just kept believing, even when it looked ugly," Tillery said.', False, [], None),
    (
        "en",
        '"We stopped moving the ball in the fourth and they made us pay for it," Mavericks coach Rick Sandoval said.',
        False,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Tornadoes (AP) ---
    (
        "en",
        "JACKSON, Miss. (AP) — Tornadoes tore across Mississippi and Alabama overnight, killing at least six people and flattening dozens of homes, emergency officials said Thursday.",
        True,
        [("count", 6, None, "at_least")],
        None,
    ),
    (
        "en",
        "The National Weather Service said survey teams had confirmed at least 11 tornadoes, including an EF3 with peak winds of 145 mph near the town of Carthage.",
        True,
        [("count", 11, None, "at_least"), ("count", 145, None, None)],
        "the National Weather Service",
    ),
    (
        "en",
        "Four of the deaths were in Leake County, the Mississippi Emergency Management Agency said.",
        True,
        [("count", 4, None, None)],
        "the Mississippi Emergency Management Agency",
    ),
    (
        "en",
        "More than 90,000 homes and businesses were without power early Thursday, according to PowerOutage.us.",
        True,
        [("count", 90000, None, "over")],
        "PowerOutage.us",
    ),
    (
        "en",
        "Mississippi's governor issued emergency declarations for 14 counties.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "It was the second deadly tornado outbreak in the region in less than a month.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"We heard the sirens, got in the bathtub, and then the roof was just gone," said Tamika Hollins, 46, who lives outside Carthage.',
        False,
        [("duration", 46, "year", None)],
        None,
    ),
    (
        "en",
        "Forecasters warned that another round of severe storms could hit Georgia and the Carolinas on Friday.",
        False,
        [],
        None,
    ),
    # --- Tennis (Reuters) ---
    (
        "en",
        "INDIAN WELLS, California, March 12 (Reuters) - World No. 3 Lucas Ferreira-Mott crashed out of the BNP Paribas Open in the fourth round, losing to unseeded Czech Tomas Hrabina 7-5 3-6 7-6(4).",
        True,
        [("date", "--03-12", None, None), ("ordinal", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The 22-year-old Hrabina, ranked 58th in the world, saved two match points before taking the deciding tiebreak.",
        True,
        [("duration", 22, "year", None), ("ordinal", 58, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The match lasted two hours and 47 minutes.",
        True,
        [("duration", 2, "hour", None), ("duration", 47, "minute", None)],
        None,
    ),
    (
        "en",
        "It was Hrabina's first win over a top-five player.",
        True,
        [("ordinal", 1, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", "Ferreira-Mott had won the title here two years ago.", True, [("duration", 2, "year", None)], None),
    ("en", '"I just tried to stay in every rally and enjoy the crowd," Hrabina said.', False, [], None),
    (
        "en",
        "In the women's draw, second seed Nadia Korsgaard beat Elena Varro 6-2 6-1 in 58 minutes to reach the quarter-finals.",
        True,
        [("ordinal", 2, None, None), ("duration", 58, "minute", None)],
        None,
    ),
    (
        "en",
        "Korsgaard has now won 14 of her last 15 matches, including the title in Doha last month.",
        True,
        [("count", 14, None, None), ("count", 15, None, None)],
        None,
    ),
    # --- Bus crash in Oaxaca (AFP) ---
    (
        "en",
        "MEXICO CITY (AFP) - At least 18 people were killed and 27 injured when a bus carrying pilgrims plunged into a ravine in the southern Mexican state of Oaxaca late Wednesday, local authorities said.",
        True,
        [("count", 18, None, "at_least"), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "The bus was travelling from the capital to a religious festival when it left the road on a sharp bend and fell about 40 metres, the state prosecutor's office said in a statement.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "Four children were among the dead, according to the regional civil protection agency.",
        True,
        [("count", 4, None, None)],
        "the regional civil protection agency",
    ),
    (
        "en",
        "The driver, 52, survived with minor injuries and has been detained.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "The state government said it would pay 100,000 Mexican pesos (about $5,500) to the family of each victim.",
        True,
        [("money", 100000, "MXN", None), ("money", 5500, "USD", "about")],
        None,
    ),
    (
        "en",
        "Road accidents kill about 16,000 people a year in Mexico, according to official figures.",
        True,
        [("count", 16000, None, "about")],
        None,
    ),
    (
        "en",
        "Television images showed rescuers using ropes to haul stretchers up the steep slope in the dark.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Oaxaca\'s governor sent his condolences to the families and promised that "those responsible will answer for this."',
        False,
        [],
        None,
    ),
    # --- Lawinenunglück (APA) ---
    (
        "de",
        "Innsbruck (APA) - Bei einem Lawinenabgang im hinteren Ötztal sind am Mittwochnachmittag zwei Skitourengeher aus Bayern ums Leben gekommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ein dritter Mann aus der Gruppe wurde nach Angaben der Polizei verletzt geborgen und mit dem Notarzthubschrauber in die Klinik Innsbruck geflogen.",
        True,
        [("ordinal", 3, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Die drei Deutschen im Alter von 34, 41 und 52 Jahren waren ohne Bergführer unterwegs.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 34, "year", None),
            ("duration", 41, "year", None),
            ("duration", 52, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Lawine löste sich auf rund 2.800 Metern Seehöhe und war etwa 150 Meter breit.",
        True,
        [("count", 2800, None, "about"), ("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Im Gebiet galt Lawinenwarnstufe 3 auf der fünfteiligen Skala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Wintersaison kamen in Tirol damit 14 Menschen bei Lawinenabgängen ums Leben, teilte der Lawinenwarndienst mit.",
        True,
        [("count", 14, None, None)],
        "der Lawinenwarndienst",
    ),
    (
        "de",
        "„Die Schneedecke ist derzeit extrem trügerisch, vor allem an schattigen Nordhängen“, sagte ein Lawinenexperte des Landes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bergrettungs-Landesleiter Markus Pfandler rief Wintersportler dazu auf, abseits der gesicherten Pisten äußerst vorsichtig zu sein.",
        False,
        [],
        None,
    ),
    # --- Carmaker results (Reuters) ---
    (
        "en",
        "FRANKFURT, March 12 (Reuters) - German carmaker Veltheim will cut about 7,500 jobs by 2028 after its operating profit fell 38% last year to 4.1 billion euros, hit by weak sales in China and U.S. import tariffs, it said on Thursday.",
        True,
        [
            ("date", "--03-12", None, None),
            ("count", 7500, None, "about"),
            ("year", 2028, None, None),
            ("percent", 38, "%", None),
            ("money", 4100000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue slipped 4.6% to 118.3 billion euros, while deliveries fell 7% to 3.84 million vehicles.",
        True,
        [
            ("percent", 4.6, "%", None),
            ("money", 118300000000, "EUR", None),
            ("percent", 7, "%", None),
            ("count", 3840000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Sales in China, long its biggest market, dropped by almost a fifth.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Chief Executive Ruth Albers-Kamm told reporters that U.S. tariffs had cost the group about 1.3 billion euros last year.",
        True,
        [("money", 1300000000, "EUR", "about")],
        "Ruth Albers-Kamm",
    ),
    (
        "en",
        "The company proposed a dividend of 3.20 euros per share, down from 5.10 euros, and said it expected an operating margin of between 5% and 7% this year.",
        True,
        [
            ("money", 3.2, "EUR", None),
            ("money", 5.1, "EUR", None),
            ("percent", 5, "%", None),
            ("percent", 7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Veltheim shares fell 3.8% to 96.42 euros by 1030 GMT, the biggest decliner on the DAX blue-chip index.",
        True,
        [("percent", 3.8, "%", None), ("money", 96.42, "EUR", None)],
        None,
    ),
    (
        "en",
        '"This is a painful but necessary step to make Veltheim leaner and faster," Albers-Kamm said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Works council chief Dieter Fahrenholz said the cuts would be made through early retirement and voluntary departures, with compulsory redundancies ruled out until 2030.",
        True,
        [("year", 2030, None, None)],
        "Dieter Fahrenholz",
    ),
    (
        "en",
        'IG Metall, Germany\'s biggest union, described the plan as "a slap in the face for a workforce that has already given up pay rises."',
        False,
        [],
        None,
    ),
    # --- Chemiekonzern (dpa-AFX) ---
    (
        "de",
        "Ludwigshafen (dpa-AFX) - Der Spezialchemiekonzern Brandwerk hat wegen der schwachen Nachfrage aus der Industrie im vergangenen Jahr deutlich weniger verdient.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der bereinigte operative Gewinn (Ebitda) sank um 21 Prozent auf 1,34 Milliarden Euro, teilte das Unternehmen in Ludwigshafen mit.",
        True,
        [("percent", 21, "%", None), ("money", 1340000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz ging um 6,5 Prozent auf 9,8 Milliarden Euro zurück.",
        True,
        [("percent", 6.5, "%", None), ("money", 9800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Steuern fiel ein Fehlbetrag von 212 Millionen Euro an, im Jahr davor hatte der Konzern noch 480 Millionen verdient.",
        True,
        [("money", 212000000, "EUR", None), ("money", 480000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll um ein Drittel auf 1,10 Euro je Aktie sinken.",
        True,
        [("fraction", 0.3333, None, None), ("money", 1.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2027 will Brandwerk weltweit rund 2.000 Stellen streichen, etwa 800 davon in Deutschland.",
        True,
        [("year", 2027, None, None), ("count", 2000, None, "about"), ("count", 800, None, "about")],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr stellte Vorstandschef Clemens Wirtz einen operativen Gewinn zwischen 1,2 und 1,5 Milliarden Euro in Aussicht.",
        True,
        [("money", 1200000000, "EUR", None), ("money", 1500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Grund für den Einbruch seien vor allem die hohen Energiekosten in Europa und die Schwäche der Autoindustrie, sagte Wirtz.",
        True,
        [],
        "Wirtz",
    ),
    ("de", "„Eine echte Erholung der Chemiekonjunktur sehen wir noch nicht“, sagte Wirtz.", False, [], None),
    (
        "de",
        "Die im MDax notierte Aktie verlor im frühen Handel mehr als 7 Prozent.",
        True,
        [("percent", 7, "%", "over")],
        None,
    ),
    # --- UK economy (Reuters) ---
    (
        "en",
        "LONDON, March 12 (Reuters) - Britain's economy grew by 0.2% in January, reversing a 0.1% contraction in December, the Office for National Statistics said in a statement.",
        True,
        [("date", "--03-12", None, None), ("percent", 0.2, "%", None), ("percent", 0.1, "%", None)],
        "the Office for National Statistics",
    ),
    ("en", "Economists surveyed by Reuters had expected a 0.1% expansion.", True, [("percent", 0.1, "%", None)], None),
    (
        "en",
        "Output in the services sector, which makes up about four-fifths of the economy, rose 0.3%, while manufacturing fell 0.9%.",
        True,
        [("fraction", 0.8, None, "about"), ("percent", 0.3, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        "In the three months to January, GDP expanded 0.4% compared with the previous three months.",
        True,
        [("duration", 3, "month", None), ("percent", 0.4, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The ONS revised its estimate for growth in the fourth quarter to 0.1% from 0.2%.",
        True,
        [("ordinal", 4, None, None), ("percent", 0.1, "%", None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Sterling edged up 0.2% to $1.2945 after the data.",
        True,
        [("percent", 0.2, "%", None), ("money", 1.2945, "USD", None)],
        None,
    ),
    ("en", '"Growth is returning, but there is much more to do," the Chancellor said in a statement.', False, [], None),
    (
        "en",
        "The BoE lowered Bank Rate to 4.0% in February and will next announce a decision on March 19.",
        True,
        [("percent", 4.0, "%", None), ("date", "--03-19", None, None)],
        None,
    ),
    ("en", "Most economists expect the central bank to hold rates next week.", False, [], None),
    # --- Inflation (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Waren und Dienstleistungen kosteten im Februar im Schnitt 2,1 Prozent mehr als im Vorjahresmonat, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        True,
        [("percent", 2.1, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Damit bestätigten die Statistiker ihre erste Schätzung von Ende Februar.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Im Januar hatte die Rate noch 2,4 Prozent betragen.", True, [("percent", 2.4, "%", None)], None),
    (
        "de",
        "Nahrungsmittel verteuerten sich binnen Jahresfrist um 1,8 Prozent, Energie war 2,6 Prozent billiger als ein Jahr zuvor.",
        True,
        [("percent", 1.8, "%", None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Dienstleistungen kosteten 3,4 Prozent mehr als im Februar des Vorjahres.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kerninflation ohne Energie und Nahrungsmittel sank auf 2,7 Prozent.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "„Der Preisdruck lässt spürbar nach, Entwarnung wäre aber verfrüht“, sagte Chefvolkswirtin Hanna Lenzerer von der Elbmark Bank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ökonomen rechnen damit, dass die Europäische Zentralbank im April erneut die Zinsen senkt.",
        False,
        [],
        None,
    ),
    # --- Obesity drug (Reuters) ---
    (
        "en",
        "LONDON, March 12 (Reuters) - An experimental monthly obesity injection from British drugmaker Carrow Therapeutics helped patients lose an average of 17.8% of their body weight over 60 weeks in a mid-stage trial, the company said on Thursday.",
        True,
        [("date", "--03-12", None, None), ("percent", 17.8, "%", None), ("duration", 60, "week", None)],
        "the company",
    ),
    ("en", "Patients given a placebo lost 2.4% of their weight.", True, [("percent", 2.4, "%", None)], None),
    (
        "en",
        "The study enrolled 312 adults with obesity, or with overweight and at least one weight-related condition such as high blood pressure.",
        True,
        [("count", 312, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "About 9% of those on the highest dose quit the study because of side effects, mostly nausea.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "Carrow plans to begin a Phase 3 trial in the second half of the year.",
        True,
        [("count", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Its shares jumped 24% to 1,186 pence, valuing the company at about 2.3 billion pounds.",
        True,
        [("percent", 24, "%", None), ("money", 11.86, "GBP", None), ("money", 2300000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"If these results hold, monthly dosing could change how people live with this disease," Chief Medical Officer Fiona Agbaje said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts cautioned that the trial was small and that the drug would face fierce competition from established weekly treatments.",
        False,
        [],
        None,
    ),
    ("en", "Some analysts said Carrow could become a takeover target for larger drugmakers.", False, [], None),
    # --- Grippewelle (APA) ---
    (
        "de",
        "Wien (APA) - Die Zahl der Grippe-Neuerkrankungen in Österreich ist vergangene Woche zum zweiten Mal in Folge gesunken.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Laut AGES wurden in der zehnten Kalenderwoche rund 98.000 Neuerkrankungen gezählt, nach 121.000 in der Woche davor.",
        True,
        [("ordinal", 10, None, None), ("count", 98000, None, "about"), ("count", 121000, None, None)],
        "AGES",
    ),
    (
        "de",
        "In den Spitälern lagen zuletzt 642 Patientinnen und Patienten mit Influenza, 48 davon auf Intensivstationen.",
        True,
        [("count", 642, None, None), ("count", 48, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Saison starben nach Schätzungen der Behörde etwa 1.150 Menschen an den Folgen einer Grippe.",
        True,
        [("count", 1150, None, "about")],
        None,
    ),
    (
        "de",
        "Bei den über 65-Jährigen liegt die Durchimpfungsrate bei knapp 38 Prozent, bei Kindern unter fünf Jahren bei nur rund einem Zehntel.",
        True,
        [
            ("duration", 65, "year", "over"),
            ("percent", 38, "%", "nearly"),
            ("duration", 5, "year", "under"),
            ("fraction", 0.1, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "„Die Impfquote ist in Österreich seit Jahren beschämend niedrig“, kritisierte die Ärztekammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gesundheitsministerin kündigte einen Zehn-Punkte-Plan an, der unter anderem kostenlose Impfungen in Apotheken vorsieht.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    # --- Measles (PA) ---
    (
        "en",
        "LONDON (PA) - There have been 412 confirmed measles cases in England so far this year, more than three times as many as in the same period last year, the UK Health Security Agency has said.",
        True,
        [("count", 412, None, None), ("count", 3, None, "over")],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "Almost half of the cases were in London, and 97 were in the West Midlands.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 97, None, None)],
        None,
    ),
    (
        "en",
        "Most of those infected were children under 10, and 61 needed hospital treatment.",
        True,
        [("duration", 10, "year", "under"), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "One child died of complications in Liverpool in January, the agency said.",
        True,
        [("count", 1, None, None)],
        "the agency",
    ),
    (
        "en",
        "The agency said 1,230 cases were confirmed in England in the whole of last year, the highest annual total since 2012.",
        True,
        [("count", 1230, None, None), ("year", 2012, None, None)],
        "the agency",
    ),
    (
        "en",
        "Uptake of the second MMR dose by age five stands at 83.9%, well below the 95% needed to stop outbreaks.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 5, "year", None),
            ("percent", 83.9, "%", None),
            ("percent", 95, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"Measles is not a mild illness, and it spreads extremely easily," said Dr Helen Achebe, a consultant epidemiologist at the agency.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Parents were urged to check their children's records and book any missed jabs with their GP.",
        False,
        [],
        None,
    ),
    # --- Cartel fine (Reuters) ---
    (
        "en",
        "BRUSSELS, March 12 (Reuters) - The European Commission fined three chemical makers a combined 386 million euros on Thursday over a cartel in plastic additives.",
        True,
        [("date", "--03-12", None, None), ("count", 3, None, None), ("money", 386000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The companies fixed prices and shared out customers between 2017 and 2022, the Commission said.",
        True,
        [("year", 2017, None, None), ("year", 2022, None, None)],
        "the Commission",
    ),
    (
        "en",
        "Norwegian group Vasskog escaped a fine because it revealed the cartel, while Aurel Chemie and Korvanta Polymers had their penalties cut by 30% and 20% for cooperating.",
        True,
        [("percent", 30, "%", None), ("percent", 20, "%", None)],
        None,
    ),
    (
        "en",
        "Aurel Chemie, which received the largest fine of 238 million euros, said it would appeal to the General Court.",
        True,
        [("money", 238000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Korvanta said it had set aside 95 million euros for the case in its 2025 accounts.",
        True,
        [("money", 95000000, "EUR", None), ("year", 2025, None, None)],
        "Korvanta",
    ),
    (
        "en",
        "It is the Commission's fourth cartel fine in the chemicals sector since 2020.",
        True,
        [("ordinal", 4, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        '"Cartels raise costs for every business further down the supply chain," the EU\'s competition commissioner told a news conference.',
        False,
        [],
        None,
    ),
    ("en", 'Vasskog said it regretted the conduct of "a small number of former employees."', False, [], None),
    # --- Sudan appeal (Reuters) ---
    (
        "en",
        "GENEVA, March 12 (Reuters) - The United Nations and aid groups appealed on Thursday for $6.1 billion to help people who have fled Sudan's war, saying funding had fallen to its lowest level in a decade.",
        True,
        [("date", "--03-12", None, None), ("money", 6100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "More than 4.2 million people have crossed into Chad, Egypt, South Sudan and other neighbours since fighting broke out in April 2023, according to the U.N. refugee agency UNHCR.",
        True,
        [("count", 4200000, None, "over"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Last year's appeal was only 29% funded, the agency said.",
        True,
        [("percent", 29, "%", None)],
        "the agency",
    ),
    (
        "en",
        "Nearly two-thirds of the refugees are women and children, UNHCR said.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "UNHCR",
    ),
    (
        "en",
        "In eastern Chad, camps built for 250,000 people now shelter nearly 800,000.",
        True,
        [("count", 250000, None, None), ("count", 800000, None, "nearly")],
        None,
    ),
    (
        "en",
        "The World Food Programme said it had halved rations in the camps in January because of funding shortfalls.",
        True,
        [],
        "the World Food Programme",
    ),
    (
        "en",
        '"The world is looking away from one of the worst crises of our time," the U.N. refugee chief told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aid workers warned that the start of the rainy season in June could cut off roads to several camps.",
        False,
        [],
        None,
    ),
    # --- Kita-Kosten (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat will Eltern bei den Kosten für Kitas stärker entlasten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er hiess am Donnerstag nach einer fast vierstündigen Debatte eine entsprechende Vorlage mit 109 zu 83 Stimmen bei 4 Enthaltungen gut.",
        True,
        [
            ("duration", 4, "hour", "nearly"),
            ("count", 109, None, None),
            ("count", 83, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Bund solle sich künftig mit mindestens 15 Prozent an den Elternbeiträgen beteiligen, was ihn jährlich rund 680 Millionen Franken koste, sagte Kommissionssprecherin Andrea Zollinger.",
        True,
        [("percent", 15, "%", "at_least"), ("money", 680000000, "CHF", "about")],
        "Andrea Zollinger",
    ),
    (
        "de",
        "Nach Angaben des Bundesamts für Sozialversicherungen besucht heute gut ein Drittel der Kinder im Vorschulalter eine Kita.",
        True,
        [("fraction", 0.3333, None, "over")],
        "das Bundesamt für Sozialversicherungen",
    ),
    ("de", "Eine Minderheit aus SVP und FDP hatte nicht auf die Vorlage eintreten wollen.", True, [], None),
    (
        "de",
        "«Das ist ein Fass ohne Boden, das sich der Bund nicht leisten kann», sagte SVP-Nationalrat Reto Amstalden.",
        False,
        [],
        None,
    ),
    ("de", "Die Vorlage geht nun an den Ständerat.", True, [], None),
    ("de", "Ob die kleine Kammer angesichts der angespannten Bundesfinanzen mitzieht, ist offen.", False, [], None),
    # --- Rentenerhöhung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Renten in Deutschland steigen zum 1. Juli um 4,12 Prozent, wovon gut 21 Millionen Menschen profitieren, teilte das Bundesarbeitsministerium am Donnerstag mit.",
        True,
        [("date", "--07-01", None, None), ("percent", 4.12, "%", None), ("count", 21000000, None, "over")],
        "das Bundesarbeitsministerium",
    ),
    ("de", "Im vergangenen Jahr waren die Renten um 3,5 Prozent gestiegen.", True, [("percent", 3.5, "%", None)], None),
    (
        "de",
        "Für einen Durchschnittsverdiener mit 45 Beitragsjahren bedeutet das ein Plus von rund 76 Euro auf knapp 1.920 Euro im Monat.",
        True,
        [("count", 45, None, None), ("money", 76, "EUR", "about"), ("money", 1920, "EUR", "nearly")],
        None,
    ),
    ("de", "Das Rentenniveau bleibt damit bei 48 Prozent.", True, [("percent", 48, "%", None)], None),
    (
        "de",
        "Für die Rentenversicherung bedeutet die Erhöhung Mehrausgaben von rund 15 Milliarden Euro im Jahr.",
        True,
        [("money", 15000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Sozialverband VdK sprach von einer „guten Nachricht, die vielen Älteren aber kaum über den Monat hilft“.",
        False,
        [],
        None,
    ),
    ("de", "Die Arbeitgeber warnten erneut vor steigenden Sozialbeiträgen.", False, [], None),
    # --- Pflegebetrug (dpa) ---
    (
        "de",
        "Bremen (dpa) - Wegen Abrechnungsbetrugs in Millionenhöhe hat das Landgericht Bremen den Inhaber eines ambulanten Pflegedienstes zu einer Haftstrafe von sechs Jahren und neun Monaten verurteilt.",
        True,
        [("duration", 6, "year", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Der 46-Jährige hatte nach Überzeugung der Kammer zwischen 2019 und 2023 Leistungen abgerechnet, die nie erbracht wurden.",
        True,
        [("duration", 46, "year", None), ("year", 2019, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden für Kranken- und Pflegekassen bezifferte das Gericht auf rund 3,8 Millionen Euro.",
        True,
        [("money", 3800000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zwei mitangeklagte Mitarbeiterinnen erhielten Bewährungsstrafen von jeweils 18 Monaten.",
        True,
        [("count", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte achteinhalb Jahre Haft gefordert.",
        True,
        [("duration", 8.5, "year", None)],
        None,
    ),
    (
        "de",
        "„Sie haben ein System aufgebaut, das auf dem Rücken der Schwächsten funktionierte“, sagte die Vorsitzende Richterin in der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verteidiger kündigte an, Revision einzulegen; das Urteil ist damit noch nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Care home fraud (PA) ---
    (
        "en",
        "BRISTOL (PA) - A care home manager who siphoned more than £240,000 from the savings of elderly residents was jailed on Thursday for six years and eight months.",
        True,
        [("money", 240000, "GBP", "over"), ("duration", 6, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Sandra Pilkington, 58, drained the bank accounts of 19 residents over five years while running a home in Weston-super-Mare, Bristol Crown Court heard.",
        True,
        [("duration", 58, "year", None), ("count", 19, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "She pleaded guilty at an earlier hearing to 23 counts of fraud by abuse of position.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Judge Rupert Cathcart said Pilkington had spent the money on holidays, a new car and online gambling.",
        True,
        [],
        "Rupert Cathcart",
    ),
    (
        "en",
        'He said she had shown "a cold and calculated disregard" for people who had trusted her completely.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Avon and Somerset Police said it would now seek to recover the money under the Proceeds of Crime Act.",
        True,
        [],
        "Avon and Somerset Police",
    ),
    (
        "en",
        '"Mum would have been heartbroken to know who took it," the daughter of one of the victims said outside court.',
        False,
        [],
        None,
    ),
    # --- Cold snap (PA) ---
    (
        "en",
        "LONDON (PA) - Parts of Scotland and northern England could see up to 15cm of snow on Friday as Arctic air sweeps south, the Met Office has warned.",
        True,
        [("count", 15, None, "up_to")],
        None,
    ),
    (
        "en",
        "A yellow warning for snow and ice is in force from 3am until midday for the Highlands, Grampian and the Pennines.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Overnight temperatures could drop to minus 9C in rural Highland glens, forecasters said.",
        True,
        [("count", -9, None, None)],
        None,
    ),
    (
        "en",
        "Northern England is under an amber cold health alert until Monday, the UK Health Security Agency said.",
        True,
        [],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "National Highways said its gritters had already treated more than 1,200 miles of motorways and major roads.",
        True,
        [("count", 1200, None, "over")],
        "National Highways",
    ),
    (
        "en",
        "A similar cold spell last March left around 7,000 homes in Aberdeenshire without power for up to two days.",
        True,
        [("count", 7000, None, "about"), ("duration", 2, "day", "up_to")],
        None,
    ),
    ("en", "Drivers were advised to allow extra time and to check their route before setting off.", False, [], None),
    (
        "en",
        '"It\'s going to feel more like January than spring for a couple of days," a Met Office meteorologist said.',
        False,
        [],
        None,
    ),
    # --- U.S. inflation (Reuters) ---
    (
        "en",
        "WASHINGTON, March 12 (Reuters) - U.S. consumer prices increased 0.3% last month, the Labor Department said on Thursday, as higher costs for rent and car insurance more than offset cheaper gasoline.",
        True,
        [("date", "--03-12", None, None), ("percent", 0.3, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "In the 12 months through February, the consumer price index increased 2.9% after rising 3.0% in January.",
        True,
        [("duration", 12, "month", None), ("percent", 2.9, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast the CPI would climb 0.2% on the month and 2.8% year-on-year.",
        True,
        [("percent", 0.2, "%", None), ("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        "Stripping out food and energy, core CPI rose 0.4%, the biggest gain since April 2024.",
        True,
        [("percent", 0.4, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Gasoline prices fell 2.1%, while shelter, which accounts for roughly a third of the index, rose 0.5%.",
        True,
        [("percent", 2.1, "%", None), ("fraction", 0.3333, None, "about"), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Financial markets expect the Federal Reserve to hold its policy rate between 3.50% and 3.75% next week, according to CME Group's FedWatch tool.",
        True,
        [("percent", 3.5, "%", None), ("percent", 3.75, "%", None)],
        None,
    ),
    (
        "en",
        '"This is not the report the Fed wanted to see before its meeting," said Dana Whitcombe, chief U.S. economist at Lindqvist Partners.',
        False,
        [],
        None,
    ),
    ("en", "The White House said the figures showed that its economic policies were working.", False, [], None),
    # --- Crypto fraud verdict (AP) ---
    (
        "en",
        "NEW YORK (AP) — A federal jury in Manhattan on Thursday convicted the founder of a failed cryptocurrency lending platform of fraud and conspiracy, finding that he had hidden losses of $1.4 billion from customers.",
        True,
        [("money", 1400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Jurors deliberated for about nine hours over two days before finding Damon Reyes-Whitaker, 41, guilty on seven of the eight counts against him.",
        True,
        [
            ("duration", 9, "hour", "about"),
            ("duration", 2, "day", None),
            ("duration", 41, "year", None),
            ("count", 7, None, None),
            ("count", 8, None, None),
        ],
        None,
    ),
    (
        "en",
        "The most serious charge, wire fraud, carries a maximum sentence of 20 years.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "The platform froze withdrawals in June 2024 and sought bankruptcy protection a month later, leaving about 310,000 customers unable to reach their money.",
        True,
        [("year", 2024, None, None), ("count", 310000, None, "about")],
        None,
    ),
    (
        "en",
        "Prosecutors said Reyes-Whitaker used customer deposits to buy a $12 million beach house and to cover trading losses at an affiliated hedge fund.",
        True,
        [("money", 12000000, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Annette Kowalski set sentencing for July 14.",
        True,
        [("date", "--07-14", None, None)],
        None,
    ),
    ("en", "His attorney, Gina Pellicano, said he would appeal.", True, [], "Gina Pellicano"),
    (
        "en",
        '"He gambled with other people\'s life savings and lied about it to the very end," the U.S. attorney in Manhattan said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I trusted him with everything I had," said Marjorie Landry, 67, a former customer who attended every day of the three-week trial.',
        False,
        [("duration", 67, "year", None), ("duration", 3, "week", None)],
        None,
    ),
    # --- Stopgap bill (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The House voted 217-211 on Thursday to pass a stopgap spending bill that would keep the federal government funded through Sept. 30, sending it to the Senate two days before a partial shutdown would begin.",
        True,
        [
            ("count", 217, None, None),
            ("count", 211, None, None),
            ("date", "--09-30", None, None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Three Republicans voted against the measure, while two Democrats crossed party lines to back it.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The bill holds most agencies at current funding levels but adds $6.2 billion for defense and cuts about $13 billion from domestic programs, according to the House Appropriations Committee.",
        True,
        [("money", 6200000000, "USD", None), ("money", 13000000000, "USD", "about")],
        "the House Appropriations Committee",
    ),
    (
        "en",
        "Senate Majority Leader Harlan Pruett said the chamber would vote on Friday and that he expected at least eight Democrats to support the bill.",
        True,
        [("count", 8, None, "at_least")],
        "Harlan Pruett",
    ),
    (
        "en",
        "The bill needs 60 votes to advance in the 100-member Senate, where Republicans hold 53 seats.",
        True,
        [("count", 60, None, None), ("count", 100, None, None), ("count", 53, None, None)],
        None,
    ),
    (
        "en",
        "A shutdown would furlough an estimated 875,000 federal workers, according to the Congressional Budget Office.",
        True,
        [("count", 875000, None, "about")],
        "the Congressional Budget Office",
    ),
    (
        "en",
        '"This is a clean, responsible bill, and the Senate should pass it without games," the House speaker said.',
        False,
        [],
        None,
    ),
    ("en", 'Democrats called the domestic cuts "a wrecking ball aimed at working families."', False, [], None),
    (
        "en",
        "It was not clear whether enough Senate Democrats would back the bill to avoid a shutdown.",
        False,
        [],
        None,
    ),
    # --- Supreme Court (AP) ---
    (
        "en",
        "WASHINGTON (AP) — A divided Supreme Court held 6-3 on Thursday that federal investigators may use cellphone location data obtained without a warrant in some fraud cases, handing a victory to the Justice Department.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "The court's three liberal justices dissented.", True, [("count", 3, None, None)], None),
    (
        "en",
        "The case involved a Texas man sentenced to 14 years in prison for a scheme that cheated elderly investors out of about $9 million.",
        True,
        [("duration", 14, "year", None), ("money", 9000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "More than 30 states had filed briefs backing the government's position.",
        True,
        [("count", 30, None, "over")],
        None,
    ),
    (
        "en",
        "The majority opinion said the ruling applied only to records held by phone companies for less than 90 days.",
        True,
        [("duration", 90, "day", "under")],
        None,
    ),
    ("en", 'Privacy advocates called the decision "a green light for dragnet surveillance."', False, [], None),
    (
        "en",
        '"Today\'s ruling gives law enforcement a tool it badly needed," the attorney general said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The justices will hear their final arguments of the term on April 29.",
        True,
        [("date", "--04-29", None, None)],
        None,
    ),
    # --- Exoplanet (Reuters) ---
    (
        "en",
        "WASHINGTON, March 12 (Reuters) - Astronomers using the James Webb Space Telescope have found signs of water vapour in the atmosphere of a rocky planet about 48 light years from Earth, researchers reported on Thursday.",
        True,
        [("date", "--03-12", None, None), ("count", 48, None, "about")],
        None,
    ),
    (
        "en",
        "The planet, known as LHS 3197 c, is about 1.4 times the size of Earth and circles a small red star every 5.2 days.",
        True,
        [("count", 1.4, None, "about"), ("duration", 5.2, "day", None)],
        None,
    ),
    (
        "en",
        "Its surface temperature is estimated at about 210 degrees Celsius, too hot for liquid water.",
        True,
        [("count", 210, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Priyanka Deol of the University of Cambridge said the team had watched the planet pass in front of its star four times.",
        True,
        [("count", 4, None, None)],
        "Priyanka Deol",
    ),
    (
        "en",
        "The observations took a total of 17 hours spread over four months in 2025.",
        True,
        [("duration", 17, "hour", None), ("duration", 4, "month", None), ("year", 2025, None, None)],
        None,
    ),
    ("en", "The results appear in Thursday's issue of Nature Astronomy.", True, [], None),
    (
        "en",
        '"This is the closest we have come to reading the air of a world like our own," Deol said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Other astronomers cautioned that the signal could come from the star itself and said more observations were needed.",
        False,
        [],
        None,
    ),
    # --- Europa League (PA) ---
    (
        "en",
        "BIRMINGHAM (PA) - Aston Villa will take a 2-1 lead to Seville after beating Real Betis in the first leg of their Europa League last-16 tie at Villa Park on Thursday.",
        True,
        [("ordinal", 1, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Striker Ollie Thwaites put Villa ahead in the 18th minute, but Betis equalised five minutes after the break through Iker Salcedo.",
        True,
        [("ordinal", 18, None, None), ("duration", 5, "minute", None)],
        None,
    ),
    (
        "en",
        "Substitute Jaden Mbeki nodded in the decider in the 84th minute, his fourth goal in five European games.",
        True,
        [("ordinal", 84, None, None), ("ordinal", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Betis had goalkeeper Dario Castaneda sent off in stoppage time for a second yellow card.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Villa have now won 11 of their last 13 home matches in all competitions.",
        True,
        [("count", 11, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "\"It's only half-time in the tie, nothing is decided yet,\" Villa's manager told TNT Sports.",
        False,
        [],
        None,
    ),
    ("en", "The return leg is in Seville on March 19.", True, [("date", "--03-19", None, None)], None),
    # --- Europa League (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt hat das Achtelfinal-Hinspiel der Europa League gegen Ajax Amsterdam mit 3:1 gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 57.500 Zuschauern im ausverkauften Stadion trafen Mateo Kjellberg (12.), Jonas Rieckhoff (55.) und Kenan Akbulut (79.) für die Hessen.",
        True,
        [
            ("count", 57500, None, None),
            ("ordinal", 12, None, None),
            ("ordinal", 55, None, None),
            ("ordinal", 79, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für Ajax verkürzte Sem de Waal in der 68. Minute zwischenzeitlich auf 1:2.",
        True,
        [("ordinal", 68, None, None)],
        None,
    ),
    (
        "de",
        "Es war der fünfte Sieg in Folge für die Eintracht in allen Wettbewerben.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "„Das war ein richtig erwachsener Auftritt, aber in Amsterdam wird es noch einmal ganz schwer“, sagte Trainer Sven Hollmann.",
        False,
        [],
        None,
    ),
    ("de", "Das Rückspiel findet am 19. März in Amsterdam statt.", True, [("date", "--03-19", None, None)], None),
    # --- Wall Street (Reuters) ---
    (
        "en",
        "NEW YORK, March 12 (Reuters) - U.S. stocks fell on Thursday after hotter-than-expected inflation data dampened hopes for early interest rate cuts, with technology shares leading the decline.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    (
        "en",
        "The S&P 500 lost 1.1% to end at 6,412.58 points, while the Nasdaq Composite dropped 1.6% to 21,087.34.",
        True,
        [
            ("percent", 1.1, "%", None),
            ("count", 6412.58, None, None),
            ("percent", 1.6, "%", None),
            ("count", 21087.34, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average fell 362.15 points, or 0.8%, to 44,211.09.",
        True,
        [("count", 362.15, None, None), ("percent", 0.8, "%", None), ("count", 44211.09, None, None)],
        None,
    ),
    (
        "en",
        "Benchmark 10-year Treasury yields jumped 7 basis points to 4.38%.",
        True,
        [("duration", 10, "year", None), ("percent", 7, "bp", None), ("percent", 4.38, "%", None)],
        None,
    ),
    (
        "en",
        "Shares of Corvane Semiconductor slid 6.2% after the chipmaker forecast first-quarter revenue below analysts' estimates.",
        True,
        [("percent", 6.2, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Brent crude settled about 1% lower at $71.40 a barrel.",
        True,
        [("percent", 1, "%", "about"), ("money", 71.4, "USD", None)],
        None,
    ),
    (
        "en",
        '"The market had priced in a perfect landing, and today it got a reminder that inflation is sticky," said Warren Lasko, chief market strategist at Brandmoor Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders said investors were likely to stay cautious until the Fed's two-day meeting next week.",
        False,
        [("duration", 2, "day", None)],
        None,
    ),
]
