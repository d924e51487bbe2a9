"""Three-hundred-and-twenty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Players, coaches, officials, a consultancy
and figures are made up (Aksel Thorvaldsen, Ansgar Lembeck, Florian Maierhofer, Emre
Yıldırım, Niklas Strohmaier, Jürgen Pölzleitner, Tomáš Vykoukal, Benedikt Kranzler, Jonas
Pieplow, Torsten Bellmann, Lars-Ole Weidenfeller, Dario Imhof, Joël Perrenoud, Raphael
Wüthrich, Hannes Wimmleitner, Gernot Schachl, Marvin Eckhoff, Samu Oksanen, Yannick Brenner,
Tiago Furtado, Matthias Kronberger, Lucas Ferreira-Brandt, Steffen Lüdecke, Niklas
Sauerbrey, Caio Rezende, Kai Brüggemann, Mirko Baumli, Silvan Rüegg, Marco Thalmann, Gerhard
Oberndorfer, Karim Diallo, Hendrik Osterloh, Jonas Feigl, Marius Ahrendt, Bernd Leuchtner,
Samuel Adeyemi-Kraus, Nico Pfeifenberger, Philipp Hörtnagl, Werner Traunmüller, Reto Gisler;
Davi Menezes, Ruairi Fenlon, Eskil Brattvold, Kofi Amankwah, Rhys Pemberton, Owen Calloway,
Arnau Vilaró, Josh Kettering, Leon Achterberg, Stellan Ekdahl, Darren Whitlock, Conrad
Ashworth, Matías Ferrante, Jordan Pressley, Nate Hollister, Wilfried Aubertin, Imogen
Thwaite, Clive Harrower, Mateus Prado, Tobias Kjeldsen, Ayo Bankole, Eamon Cassidy, Pau
Ferrerons, Callum Dunmore, Ross Galbraith, Ingrid Sæbø, Janez Korošec, the consultancy
Harwood Sports Finance; every unnamed spokesperson, analyst, author, source, critic and
fan); coaches, executives and presidents of real clubs, leagues and bodies appear under
made-up names that stand for no real holder. Real clubs, leagues, bodies, competitions and
grounds ("VfB Stuttgart", "FC Kopenhagen", "Sturm Graz", "Rapid", "Admiral Bundesliga",
"Hansa Rostock", "VfL Wolfsburg", "DFB-Pokal", "DFB", "DFB-Sportgericht", "Ostseestadion",
"Deutsches Fußballmuseum", "Borussia Dortmund", "BVB", "FC Basel", "Young Boys", "YB", "FC
Lugano", "St.-Jakob-Park", "Swiss Football League", "Wiener Austria", "Altach", "FC Bayern
München", "Deutsche Fußball Liga", "DFL", "2. Bundesliga", "Bayer Leverkusen", "Freiburg",
"Benfica", "Mainz", "Grasshopper Club Zürich", "Salzburg", "Hartberg", "1. FC Köln",
"Hamburger SV", "1. FC Heidenheim", "FC St. Pauli", "Holstein Kiel", "FC Augsburg", "1. FC
Nürnberg", "LASK", "Wolfsberger AC", "WAC", "ÖFB-Cup", "Wörthersee Stadion", "Wankdorf",
"Servette", "FC Winterthur", "Challenge League", "Bundesplatz"; Tottenham Hotspur, Porto,
Manchester City, Wolverhampton Wanderers, the Etihad Stadium, Opta, the Premier League,
Chelsea, PSV Eindhoven, Bayern Munich, the Allianz Arena, UEFA, the Champions League,
Brentford, Fulham, the Football Supporters' Association, Aston Villa, the Columbus Crew, Los
Angeles FC, the MLS Cup, Real Madrid, Barcelona, Arsenal, Liverpool, the Emirates Stadium,
Bournemouth, Newcastle United, the Camp Nou, Inter Milan, the Women's Super League,
Manchester United, Everton, the German Cup, the Puskás Aréna, and the datelines' cities)
stand for the way wire copy names them; every result, scorer, minute, table, point, crowd,
fee, contract, result of accounts, fine, vote, ranking, prize, quote and reaction here is
invented, and where a real figure came to mind (a real transfer record, a real squad-cost
ratio, a real UEFA fine or prize per win, a real capacity, a real points deduction, a real
dividend) it was changed (the years of past titles and of the rules' introduction kept).

Its weight: FOOTBALL, third round (the eighty-second and hundred-ninety-fifth batches
weighed football and a match day; the thirty-fifth, hundred-fifty-third, hundred-ninth and
two-hundred-and-seventy-fifth the sports desk, a sports weekend and sports business; their
decisions are kept) over one season in story order, July to June, as 32 short stories with
the German and English ones interleaved month by month, each told as wire copy runs it (a
dateline lead with the result, the deal or the sanction, the scorers and their minutes, the
crowd, the table and the gaps, the fee, the accounts, attributed claims, quotes, the other
side, fans, the follow-up). Half German (dpa, SID, APA, Keystone-SDA; Austrian "Zuseherinnen
und Zuseher", "Grunddurchgang", "Meisterrunde", "Aussendung", "Hütteldorfer", Swiss
"Captain", "Leaderposition", "Freistoss", "Busse", "Barrage", "31'240", "25'000 Franken", «»
quotes, German „“ quotes, agate minutes "(39.)" and "(58., 81.)"): Stuttgart's striker
signing, Sturm against Rapid on the opening day, a DFB-Pokal first-round upset on
penalties, Dortmund's annual accounts with a dividend in cents, Basel against YB with a
league case over pyrotechnics, the Wiener Austria parting with their coach, Bayern against
Dortmund, the DFL's crowds of the first half of the season, Leverkusen's sale with a loan,
the Grasshoppers freeing their coach, the end of the Austrian regular season with the
points halved, a DFB fine for Cologne, Heidenheim in the relegation fight, the Austrian Cup
final, the Bundesliga's last matchday and YB's title. Half English (Reuters, AP, PA):
Tottenham's record signing, City against Wolves on the opening day with expected goals, the
transfer window's spending, Bayern against PSV with league-phase prize money, UEFA's
financial sustainability fines, Wolves sacking their head coach, the Premier League's
squad-cost vote, the MLS Cup final, a revenue ranking, Arsenal against Liverpool,
Bournemouth docked points, Barcelona against Newcastle, Manchester City's WSL title,
Arsenal's title, the Champions League final and UEFA's distribution. Negatives as such copy
has them - about a quarter of the rows, two with a figure: players', coaches', captains'
and executives' joy, pride, clichés and boasts in quotes, a club's farewell, reported
evaluations and labels („sprach von“, „meinte“, „nannte“, "called"), a reassurance, beliefs,
expectations, fears and a hope, open questions, a rhetorical question, a refusal, critics'
argument, a writer's verdict, scene colour and a Reuters credit - each near a check-worthy
look-alike from the same story (often the same speaker's figure or step).

244 rows (123 German, 121 English), 56 negatives (27 German, 29 English), 188 check-worthy
rows of which 20 carry no figure (14 German, 6 English), 320 expected quantities (120
counts, 84 ordinals, 44 amounts of money - 32 EUR, 8 GBP, 3 USD, 1 CHF -, 26 durations - 14
in years, 5 in weeks, 5 in minutes, 1 in months, 1 in days -, 16 percentages - 15 in "%", 1
in percentage points "pp" -, 14 years, 13 dates, 3 fractions; 2 of them in two negatives, as
the seventeenth batch labels a figure in a negative), 36 checked speakers (20 German, 16
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states an
  outcome is check-worthy with or without a figure (thirty-fifth, eighty-second,
  hundred-fifty-third, hundred-ninety-fifth). Check-worthy without a figure: results with
  only a score ("mit einem 3:1-Heimsieg", "with a 4-1 win", "2:2 stand ... mit 5:4 gewann",
  "beating Newcastle 3-1 ... for a 5-2 win on aggregate", "mit 2:0 gewonnen", "mit 2:1 nach
  Verlängerung", "mit einem 3:0", "had beaten VfB Stuttgart 3-0 ... a week earlier"), a
  coach freed "per sofort" and interim coaches named (eighty-second), a league's
  disciplinary case opened (an announced step, two-hundred-and-fourth), a direct relegation,
  a judgment accepted and final and Chelsea's acceptance without a challenge
  (two-hundred-and-seventy-fifth), scans for a suspected fracture (hundred-fifty-third), a
  sporting director's next step "bis Ende Februar" (hundred-nineteenth,
  hundred-ninety-fifth), the condition on which Kiel go down (hundred-ninety-fifth:
  Southampton's relegation "if they fail to beat Everton") and a title party "ab 15 Uhr"
  (clock times carry none, sixteenth, forty-eighth).
- A quoted or reported evaluation, feeling, cliché, boast, label, reassurance, belief, fear
  or hope is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-fifty-third, hundred-ninety-fifth, two-hundred-and-fourth,
  two-hundred-and-seventy-fifth); a quoted or reported fact, figure, step or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-fifty-third). Pairs from one
  speaker or side: Lembeck's four million euros beside his „Wucht“; Pölzleitner's six weeks
  beside his „Zeichen“ (its „am ersten Spieltag“ labelled ordinal 1, as the seventeenth
  batch labels a figure in a negative); Vilaró's three weeks beside "a joy to watch";
  Weidenfeller's 120 million euros beside his „Jahr, auf das wir stolz sein können“;
  Kronberger's two weeks beside „gibt sich niemals auf“, "a beautiful problem" and "Nobody
  can take this night away"; Thalmann's deadline beside „wir mussten handeln“; Oberndorfer's
  two to three weeks beside his „Momentaufnahme“; Cassidy's scans beside his refusal;
  Traunmüller's five million euros beside his captain's „Pokal“; Chelsea's acceptance beside
  its spokesperson's "fully committed"; UEFA's 8% beside its president's "in robust health";
  the DFL's crowds beside Lüdecke's „Treue der Fans“. Negatives otherwise: "said they
  believed" and "said they expected" without a figure (two-hundred-and-fourth; forty-seventh:
  an expectation without a figure), „dürfte ... für weiteren Unmut sorgen“ (a forecast of
  mood), "Supporters' groups fear" (two-hundred-and-seventy-fifth), „hofft man nun auf ein
  kleines Wunder in den letzten vier Partien“ with count 4 labelled (two-hundred-and-fourth:
  „hofft“ with 2027), open questions („ist noch offen“, „ist offen“, „ist fraglich“, „ließ
  der Klub offen“, "remains an open question", "It was not immediately clear whether";
  hundred-fifty-third, hundred-ninety-fifth), a rhetorical question (hundred-fifty-third), a
  refusal ("refused to be drawn"; hundred-ninety-fifth: "declined to comment"), critics'
  argument, a writer's verdict („bleibt ... ein Zuschauermagnet“; eighty-second: pundit
  verdicts), a club's farewell in quotes ("We thank Stellan ...", „hieß es in der
  Aussendung“; eighty-second), scene colour (whistles, celebrations, a beer shower, confetti,
  a huddle, flares, fans demanding a coach's departure; hundred-fifty-third) and a Reuters
  credit (seventieth).
- Scores, scorelines and aggregates carry none (thirty-fifth, eighty-second,
  hundred-fifty-third, hundred-ninety-fifth): "3:1-Heimsieg", "2:2", "5:4", "2:0", "0:4",
  "3:2", "1:1", "2:1", "3:0", "4:1", "4-1", "5-0", "3-0", "2-1", "1-1", "3-1", "5-2 win on
  aggregate", "2-0".
- Minutes are ordinals (eighty-second, hundred-fifty-third, hundred-ninety-fifth): "in der
  17. Minute", agate "(39.)", "(31.)", "(49.)", "(71.)", "in der 23. Minute", "in der 12.
  Minute", "in der zweiten Minute der Nachspielzeit" 2, "in der 8. und Marius Ahrendt in der
  77. Minute" two ordinals (the noun written once), "in der 113. Minute" in extra time
  (hundred-fifty-third: "the 104th minute"), "in der 64. Minute", "in the 34th minute", "in
  the 88th" (the noun left out, seventy-first), "in the 84th minute", "in the 12th minute",
  "in the fourth minute of stoppage time" 4, "in the 15th minute ... in the 63rd", "in the
  81st minute"; "27th-minute header" and "19th-minute penalty" (hundred-ninety-fifth:
  "12th-minute strike"). New: "zweimal traf (58., 81.)" gives count 2 and ordinals 58 and 81
  - two agate minutes in one bracket separated by a comma read one by one, as "(52./71.)"
  (hundred-fifty-third). None: "nach der Pause", "in der Nachspielzeit", "just after the
  break", "just before halftime", "in stoppage time", "after the restart". Game time with
  its unit is a duration: "inside the opening 20 minutes" (hundred-fifty-third: "in the
  opening 20 minutes"; hundred-ninety-fifth: "inside 25 minutes"), "seven minutes after the
  restart", "in the space of nine minutes", "nine minutes after", „für sieben Minuten
  unterbrochen“ (two-hundred-and-seventy-fifth: „für neun Minuten unterbrochen“); "the
  second half" ordinal 2 (twenty-eighth, eighty-second).
- Goals and tallies (thirty-fifth, eighty-second, hundred-fifty-third, hundred-ninety-fifth):
  "zweimal traf", "scored twice", "scoring twice" and "score twice" count 2; "19 Tore in 31
  Ligaspielen und ... acht weitere" ("weitere" no hedge), "14 goals and ... 11 assists in 41
  appearances", "mit 31 Saisontoren", "21 goals", "19 league goals", "13 goals", "six
  saves", "two shots on target", „parierte zwei Versuche“ counts; "restored the two-goal
  cushion" count 2 (hundred-ninety-fifth: "a three-goal lead"); "added a fourth" and "added
  a second" ordinals 4 and 2 (the noun left out, hundred-ninety-fifth: "added a third");
  „das 14. Saisontor im elften Bundesligaspiel“ ordinals 14 and 11. New: "City created
  chances worth 3.1 expected goals to Wolves' 0.6" gives counts 3.1 and 0.6 - a match
  statistic written as a bare decimal is a count as written, as index levels ("to 98.12",
  three-hundred-and-twenty-fourth) and averages ("averaged 27.4 points",
  two-hundred-and-seventy-fifth) are. New: "a treble of Bundesliga, German Cup and
  Champions League" carries none - a word for three trophies with no figure written, as "a
  hat-trick" (fifteenth) and „einem Doppelpack“ (hundred-fifty-third); "three times" in the
  same row is count 3 (the issue's "viermal").
- Tables (thirty-fifth, eighty-second, hundred-fifty-third, hundred-ninety-fifth): points and
  gaps are counts („auf sechs Punkte“, „mit 17 Punkten einen Zähler vor“, „mit neun Punkten
  ... nur zwei Zähler vor“, „mit 22 Punkten“, „mit 47 Punkten ... mit 45 Zählern“, „Salzburg
  23 und Sturm 22 Punkte“ - the noun written once -, „mit 27 Punkten ..., einen Zähler vor“,
  „elf Punkte Rückstand“, „mit 84 Punkten und elf Zählern Vorsprung“, „mit 74 Punkten ...,
  zehn Zähler vor“, "a four-point lead" count 4, "63 points from 26 matches", "third on 55",
  "six points from their opening 12 matches", "five points from safety", "three points
  above", "86 points with two games left", "trail by eight", "52 points from 20 matches,
  seven more than" - "more" after the figure compares, hundred-first -, "61 points");
  places are ordinals („Fünfter“, „Fünfzehnter“, „auf Relegationsplatz 16“ -
  hundred-ninety-fifth -, „auf dem zehnten Tabellenplatz“, „auf Rang sieben“ twice, „als
  Erster“, „als Zweiter“, "from 12th to 16th", "Liverpool third", "second in the Eastern
  Conference", "second-placed" twice, "dropped one place to fifth" count 1 and ordinal 5,
  „den Dritten der 2. Bundesliga“ 3 and „den Zweiten der Challenge League“ 2 - eighty-second:
  „den Zweiten Rumänien“); none: „Schlusslicht“, „Leaderposition“, „Tabellenspitze“,
  „Relegationsplatz“ without its number, „Barrageplatz“, „Barrage“, „Relegation“,
  „Meistergruppe“, „Qualifikationsgruppe“, "propping up the Premier League table" (as
  "Bottom side", hundred-ninety-fifth), "the relegation zone", „in der zweitletzten Runde“
  (eighty-second: „auf dem zweitletzten Platz“). Rounds: „nach nur elf Runden“, „nach
  sieben Runden“, „nach 22 Runden“, „nach zwölf Spieltagen“ counts; „am 34. Spieltag“, „Nach
  dem 22. und letzten Spieltag“, „in der ersten Runde“, „der zweiten Runde“, „Die zweite
  Runde“, „in der ersten Pokalrunde“ ordinals. Games left: "with nine games left", "with two
  games to spare", „bei noch vier ausstehenden Spielen“ counts. Streaks (eighty-second,
  hundred-ninety-fifth): „der neunte Ligasieg in Folge“, „die fünfte Niederlage in den
  vergangenen sechs Spielen“ 5 and 6, "their seventh loss in eight league games" 7 and 8;
  „nach drei Niederlagen in Serie“ count 3 (eighty-second: "has lost three straight"), "in
  nine consecutive ... home games", "a 13-match unbeaten run" 13 (the figure heading the
  compound), "won 14 of their last 15", "have lost only two of their 36" ("only" no hedge),
  „in 24 Pflichtspielen nur fünf Siege“, "run of five straight championships" counts; "the
  36-team table" 36 (hundred-ninety-fifth: "the 12-team Super League"), "all three of their
  league-phase games" 3, "Premier League sides fill nine of the 20 places, one fewer" 9, 20
  and 1 (hundred-twenty-second: "one fewer than last year"). „werden die Punkte ... halbiert“ gives no
  fraction (nineteenth: "halved"; thirty-third: „nahezu halbiert“).
- Titles, records and the nth (thirty-fifth, hundred-fifty-third, two-hundred-and-seventy-
  fifth): „zum 18. Mal“, "for the seventh time", „zum ersten Mal seit 1965“ ordinal 1 and the
  year, "for the first time since 2004", "first league title since 2016", „erster Heimsieg
  seit dem 14. Dezember“ 1 and the date, "the club's 14th English top-flight title", „der
  vierte Titel in den vergangenen sechs Jahren“ 4 and 6 years (two-hundred-and-seventy-fifth:
  „in den letzten zwei Jahren“), "the first Danish captain", "the first club", „die dritte
  Finalniederlage seit 2015“, „das dritte Aus in der ersten Pokalrunde binnen fünf Jahren“
  3, 1 and 5 years („binnen“ no hedge, thirty-fifth), "their fourth MLS Cup", "the first
  time in four years" 1 and 4 years (two-hundred-and-seventy-fifth: "for the first time in
  five years"), "for the first time" 1, "his first start" 1, "for the third summer running"
  3 (two-hundred-and-seventy-fifth: "for the fourth year running"), "for a second
  consecutive year" 2, "in the first year" 1, "the third points deduction ... in as many
  seasons" 3 ("in as many seasons" none), „die dritte Strafe“ 3 (two-hundred-and-seventy-
  fifth: „die dritte Sanktion“), „der zweitteuerste Zugang“ 2 and „der dritthöchste
  Verkaufserlös“ 3 (thirty-fifth, eighty-second), "the second-highest total on record" 2
  (hundred-ninety-fifth); "the highest in their history", "the youngest", "a club record",
  „Rekordumsatz“ and "the largest" carry none.
- Crowds and shares (eighty-second, hundred-fifty-third, hundred-ninety-fifth): "Vor 15.820
  Zuseherinnen und Zusehern", "27.300", "31'240" and "31'780" (Swiss apostrophe, tenth),
  "27.450", „im Schnitt 39.640“ and „Im Schnitt ... 7.480“ (no hedge), „mit 81.120“, „bei
  29.870“, „knapp 6,1 Millionen Tickets“ 6,100,000 "nearly", „11,9 Millionen Zuschauer“, „die
  306 Bundesligaspiele“, „Zu den 153 Spielen“, "52,904", "74,380", "20,871", "96,412",
  "44,861", "average home attendance of 60,189", "Some 38,000 fans" "about"
  (hundred-first: "Some 400,000"); „bei 92,8 Prozent, 1,4 Prozentpunkte weniger“ 92.8 in %
  and 1.4 in pp (two-hundred-and-seventy-fifth: „um 2,5 Prozentpunkte“), "31% of possession";
  „Rund zwei Drittel“ 0.6667 "about", "Almost half" 0.5 and "Nearly a third" 0.3333 "nearly"
  (hundred-fifty-third). New: "with the temperature at 28 degrees Fahrenheit" is count 28 -
  temperatures are counts as written (eighty-eighth, hundred-fifty-third: "minus 6 degrees
  Celsius"), whatever the scale its word names.
- Transfers and contracts (eighty-second, hundred-ninety-fifth,
  two-hundred-and-seventy-fifth): „21 Millionen Euro Ablöse“, „auf bis zu 26,5 Millionen
  Euro“ and „auf bis zu 52 Millionen Euro“ "up_to", „für 45 Millionen Euro“, „für acht
  Millionen Euro“, „eine Kaufoption über 18 Millionen Euro“ ("über" after the noun that
  governs it no hedge, two-hundred-and-seventy-fifth), "a fee of 68 million pounds ($91.8
  million)" GBP and USD, "could rise to 76 million pounds" (no hedge), "15% of any future
  transfer fee" (a sell-on share); „einen Fünfjahresvertrag bis zum 30. Juni 2031“ 5 years
  and 2031-06-30, "has signed until 2032 on a six-year deal that Spurs can extend by a
  further year" the year and 6 years ("a further year" none, thirty-fifth), „einen Vertrag
  bis 2028“, "a three-year contract"; "after just 10 months in charge" 10 months
  (eighty-second: "after just eight months in charge"); "Under-21s coach" none
  (eighty-second).
- Club finances, prize money, fines and rules (eighty-second, hundred-ninth,
  two-hundred-and-seventy-fifth): „im Geschäftsjahr 2025/26“ both years, „einen Rekordumsatz
  von 612,4 Millionen Euro“, „38,7 Millionen Euro, nach 44,1 Millionen Euro im Jahr davor“,
  „knapp 97 Millionen Euro“ "nearly", „um 6 Prozent auf 271 Millionen Euro ... 44 Prozent
  des Umsatzes“, „eine Dividende von 8 Cent je Aktie ..., nach 6 Cent im Vorjahr“ 0.08 and
  0.06 EUR (cents standing alone in euro copy, hundred-fifteenth: „auf 44 Cent je
  Kilogramm“; hundred-seventeenth: „um 80 Cent je Pfund“), „rund 120 Millionen Euro“, „rund
  420.000 Euro“, „rund fünf Millionen Euro“ "about"; "a record 2.6 billion pounds", "a record
  12.9 billion euros" and "a record 3.6 billion euros" (no hedge), "about 310 million pounds"
  and "about 2.6 billion euros" "about", "287 million pounds", "1.4 billion pounds", "1.07
  billion euros", "872 million euros", "2.3 million euros ($2.7 million)", "22 million euros
  ($25.4 million)", "148 million euros ... 131 million euros"; UEFA's fines ("a total of 58
  million euros" - "a total of" no hedge -, "27 million euros, of which 17 million euros ...
  over the next three seasons" count 3, seasons counted); the commission's "126.6 million
  pounds in the three seasons to 2026, 21.6 million pounds more" ("more" compares);
  „einer Geldstrafe von 186.000 Euro“, „Bis zu 62.000 Euro davon“ "up_to"
  (two-hundred-and-seventy-fifth: „Bis zu 46.000 Euro davon“), „auf 341.000 Euro“, „einer
  Busse von 25'000 Franken“ CHF; „mindestens 140 pyrotechnische Gegenstände“ "at_least";
  "docked Bournemouth five points" count 5, "14 days to lodge it" 14 days; the vote "by 15
  votes to five, one more than the 14 needed" four counts (two-hundred-and-seventy-fifth:
  „mit 31 zu 14 Stimmen“), "three other clubs" 3, "78% of revenue", "a stricter threshold of
  70%", "8% higher", "About 7% of the total" "about", "up 12%", "rose 4%", "roughly 45%"
  "about", "at 38% ... at 17%", "nine clubs", "five of the clubs", "Two of the clubs", "38
  deals", "the 20 clubs", "the top 20", "the top three" 3 (hundred-ninety-fifth: "in the top
  three"), "its three club competitions" 3.
- Injuries and ages (eighty-second, hundred-fifty-third, hundred-ninety-fifth): „etwa sechs
  Wochen“ and "around three weeks" "about", „mindestens zwei Wochen“ "at_least", „zwei bis
  drei Wochen“ two durations with the unit written once („voraussichtlich“ no hedge); ages
  are durations in years („Der 23 Jahre alte Däne“, „der 19 Jahre alte“, „den 24-Jährigen“,
  "Menezes, 22,", "Achterberg, 18,", "Ekdahl, 46,", "a 27-year-old Argentine", "Eckhoff,
  29,"); "Teenager" and "teenager" none.
- Years and dates: seasons give both years („im Geschäftsjahr 2025/26“, "in the 2025-26
  season"; two-hundred-and-seventy-fifth); "since 2004", "since 2016", „seit 1965“, „seit
  2015“, „bis 2028“, „bis 2030“, "until 2032", „im Sommer 2023“, "in 2022", "to 2026" years;
  „am 21. und 25. Mai“ two dates (the month written once, hundred-fifty-third: „für den 22.
  und 23. April“), „seit dem 14. Dezember“ and "on April 6" dates without a year; Reuters
  datelines with a day ("LONDON, July 9", "LONDON, Sept 2", "NYON, Switzerland, Oct 14",
  "LONDON, Nov 21", "LONDON, Jan 22", "LONDON, March 9", "LONDON, May 9", "NYON, Switzerland,
  June 17") dates without a year; dpa, SID, APA, Keystone-SDA, AP ("MUNICH (AP) —",
  "COLUMBUS, Ohio (AP) —", "BARCELONA, Spain (AP) —", "BUDAPEST, Hungary (AP) —") and PA
  datelines none (seventy-ninth). None: weekdays, months („im Juni“, „seit Juli“, „im
  Februar“, „im Oktober“, "in January", "since November"), „in der vergangenen Saison“, „in
  dieser Saison“, „in der kommenden Saison“, „in der Vorsaison“, „im Vorjahr“, „im Jahr
  davor“, „ein Jahr zuvor“, „bis Saisonende“, „bis Ende Februar“, „am kommenden Samstag“,
  "last season", "last summer", "this season", "next season", "from next season", "a year
  earlier", "a week earlier", "the season just ended", "Deadline day".
- Names and classes with a figure carry none (eighty-second, hundred-fifty-third,
  two-hundred-and-seventy-fifth): "1. FC Köln", "1. FC Heidenheim", "1. FC Nürnberg", "2.
  Bundesliga" (three times), "Drittligist" (the class of a league, as „Zweitligist“),
  "Under-21s".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "around",
  "roughly", "Some" "about"; „knapp“, "Almost", "Nearly" "nearly"; „bis zu“, „Bis zu“
  "up_to"; „mindestens“ "at_least". No hedge: „nur“, „erst“, „bereits“, „Allein“, "alone",
  "only", "just", „im Schnitt“, „Im Schnitt“, „Insgesamt“, „weitere“, „voraussichtlich“, "a
  total of", "a record", "could rise to", "a further", "over" before a span, "to" and „bis“
  in a range.
- Speakers, checked only in forms the earlier batches settled: „wie der Verein am Dienstag
  mitteilte“, „teilte der Verein am Mittwoch mit“ and „teilte der Verein mit“ -> "der
  Verein", „wie der Klub am Freitag mitteilte“, „teilte der Klub am Montag mit“ and „wie der
  Klub mitteilte“ -> "der Klub", „wie die Liga am Montag mitteilte“ and „teilte die Liga
  mit“ -> "die Liga" (two-hundred-and-seventy-fifth; weekdays dropped), „teilte der DFB am
  Donnerstag mit“ and „nach Angaben des DFB“ -> "der DFB" (two-hundred-and-seventy-fifth),
  „teilte die Deutsche Fußball Liga am Dienstag mit“ -> "die Deutsche Fußball Liga"
  (hundred-fifty-third), „teilte die DFL mit“ -> "die DFL", „laut DFL“ -> "DFL"
  (hundred-thirty-ninth: „laut OeNB“); „Pölzleitner sagte der APA“ and „Oberndorfer sagte der
  APA“ the surname (hundred-fifty-third: „sagte Hainzl der APA“), „Lembeck sagte, ...“,
  „Weidenfeller sagte, ...“, „Kronberger sagte, ...“ and „Thalmann sagte, ...“ opening the
  row, „LASK-Präsident Werner Traunmüller sagte, ...“ the name with the title dropped.
  English: "the club said (on Wednesday)" five times -> "the club", "the league said (on
  Tuesday)" -> "the league", "according to Opta" -> "Opta" (eighty-second), "UEFA said"
  opening or closing the row -> "UEFA" (eighty-second, three-hundredth: "..., the airport
  said."), "Vilaró said ..." as written, "Liverpool manager Eamon Cassidy said" the name with
  the role dropped (hundred-fifty-third), "Chelsea said" and "Bournemouth said" as written
  (hundred-fifty-third: "Tottenham said"). Left unchecked (None): all negatives, also those
  with a named speaker; rows without attribution; „nach dpa-Informationen“ (media
  reports, hundred-ninth), „nach DFB-Angaben“ (a compound, as „nach Vereinsangaben“,
  hundred-fifty-third), "a source close to the negotiations told Reuters" (an anonymous
  source, hundred-ninety-fifth), "according to consultancy Harwood Sports Finance" (a
  description before the name, hundred-fifty-seventh), "according to an annual ranking by
  ..." (documents, hundred-ninth), "Opta's data showed" (data, hundred-thirty-ninth: "LSEG
  data showed"), "the governing body of European football said" and "the governing body
  said" (a description for the name, hundred-ninth: "European soccer's governing body
  said"), "according to police" (no article, hundred-eighteenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_325 = [
    # --- VfB Stuttgart verpflichtet Thorvaldsen (dpa), July ---
    (
        "de",
        "Stuttgart (dpa) - Der VfB Stuttgart hat Stürmer Aksel Thorvaldsen vom FC Kopenhagen verpflichtet und dafür nach dpa-Informationen 21 Millionen Euro Ablöse gezahlt.",
        True,
        [("money", 21000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Durch Bonuszahlungen kann die Summe auf bis zu 26,5 Millionen Euro steigen.",
        True,
        [("money", 26500000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Der 23 Jahre alte Däne erhält einen Fünfjahresvertrag bis zum 30. Juni 2031, wie der Verein am Dienstag mitteilte.",
        True,
        [("duration", 23, "year", None), ("duration", 5, "year", None), ("date", "2031-06-30", None, None)],
        "der Verein",
    ),
    (
        "de",
        "Thorvaldsen erzielte in der vergangenen Saison 19 Tore in 31 Ligaspielen und bereitete acht weitere vor.",
        True,
        [("count", 19, None, None), ("count", 31, None, None), ("count", 8, None, None)],
        None,
    ),
    ("de", "Er ist damit der zweitteuerste Zugang der Vereinsgeschichte.", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "„Aksel bringt genau die Wucht mit, die uns im Strafraum zuletzt gefehlt hat“, sagte Sportvorstand Ansgar Lembeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lembeck sagte, für weitere Neuzugänge stünden in diesem Sommer noch rund vier Millionen Euro zur Verfügung.",
        True,
        [("money", 4000000, "EUR", "about")],
        "Lembeck",
    ),
    # --- Tottenham club-record signing (Reuters), July ---
    (
        "en",
        "LONDON, July 9 (Reuters) - Tottenham Hotspur have signed Brazilian winger Davi Menezes from Porto for a fee of 68 million pounds ($91.8 million), the highest in their history, the club said on Wednesday.",
        True,
        [("date", "--07-09", None, None), ("money", 68000000, "GBP", None), ("money", 91800000, "USD", None)],
        "the club",
    ),
    (
        "en",
        "The fee could rise to 76 million pounds with add-ons linked to appearances and trophies.",
        True,
        [("money", 76000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Menezes, 22, has signed until 2032 on a six-year deal that Spurs can extend by a further year.",
        True,
        [("duration", 22, "year", None), ("year", 2032, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "He scored 14 goals and provided 11 assists in 41 appearances for Porto last season.",
        True,
        [("count", 14, None, None), ("count", 11, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "Porto will also receive 15% of any future transfer fee, a source close to the negotiations told Reuters.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        '"Davi is the kind of player who gets supporters off their seats," head coach Ruairi Fenlon said.',
        False,
        [],
        None,
    ),
    ("en", "Spurs fans greeted the announcement with a flood of celebratory posts on social media.", False, [], None),
    # --- Sturm Graz - Rapid (APA), August ---
    (
        "de",
        "Graz (APA) - Meister Sturm Graz ist mit einem 3:1-Heimsieg gegen Rapid in die neue Saison der Admiral Bundesliga gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 15.820 Zuseherinnen und Zusehern brachte Kapitän Florian Maierhofer die Grazer in der 17. Minute per Kopf in Führung.",
        True,
        [("count", 15820, None, None), ("ordinal", 17, None, None)],
        None,
    ),
    (
        "de",
        "Rapid glich durch Emre Yıldırım (39.) aus, ehe Niklas Strohmaier nach der Pause zweimal traf (58., 81.).",
        True,
        [
            ("ordinal", 39, None, None),
            ("count", 2, None, None),
            ("ordinal", 58, None, None),
            ("ordinal", 81, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für Sturm war es der neunte Ligasieg in Folge gegen die Hütteldorfer.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "„Wir wollten gleich am ersten Spieltag ein Zeichen setzen, und das ist uns gelungen“, sagte Sturm-Trainer Jürgen Pölzleitner.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Pölzleitner sagte der APA, Innenverteidiger Tomáš Vykoukal habe sich einen Bänderriss im Sprunggelenk zugezogen und falle etwa sechs Wochen aus.",
        True,
        [("duration", 6, "week", "about")],
        "Pölzleitner",
    ),
    (
        "de",
        "Die mitgereisten Rapid-Fans quittierten den Schlusspfiff mit einem gellenden Pfeifkonzert.",
        False,
        [],
        None,
    ),
    # --- Manchester City - Wolves (PA), August ---
    (
        "en",
        "MANCHESTER (PA) - Manchester City opened their Premier League campaign with a 4-1 win over Wolverhampton Wanderers at the Etihad Stadium on Saturday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Striker Eskil Brattvold scored twice inside the opening 20 minutes before Wolves replied through Kofi Amankwah in the 34th minute.",
        True,
        [("count", 2, None, None), ("duration", 20, "minute", None), ("ordinal", 34, None, None)],
        None,
    ),
    (
        "en",
        "Midfielder Rhys Pemberton restored the two-goal cushion just after the break and substitute Owen Calloway added a fourth in the 88th.",
        True,
        [("count", 2, None, None), ("ordinal", 4, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "en",
        "Brattvold has now scored in nine consecutive Premier League home games, according to Opta.",
        True,
        [("count", 9, None, None)],
        "Opta",
    ),
    (
        "en",
        "City created chances worth 3.1 expected goals to Wolves' 0.6, Opta's data showed.",
        True,
        [("count", 3.1, None, None), ("count", 0.6, None, None)],
        None,
    ),
    (
        "en",
        "The crowd of 52,904 was a record for an opening-day fixture at the ground.",
        True,
        [("count", 52904, None, None)],
        None,
    ),
    ("en", '"The way we pressed today was a joy to watch," City manager Arnau Vilaró said.', False, [], None),
    (
        "en",
        "Vilaró said defender Josh Kettering would miss around three weeks with a calf strain.",
        True,
        [("duration", 3, "week", "about")],
        "Vilaró",
    ),
    # --- DFB-Pokal: Rostock - Wolfsburg (SID), August ---
    (
        "de",
        "Rostock (SID) - Drittligist Hansa Rostock hat in der ersten Runde des DFB-Pokals den VfL Wolfsburg aus dem Wettbewerb geworfen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Weil es auch nach der Verlängerung 2:2 stand, musste das Elfmeterschießen entscheiden, das Hansa mit 5:4 gewann.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Torhüter Benedikt Kranzler parierte zwei Versuche, den entscheidenden Elfmeter verwandelte der 19 Jahre alte Jonas Pieplow.",
        True,
        [("count", 2, None, None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Im ausverkauften Ostseestadion sahen 27.300 Zuschauer die Partie.",
        True,
        [("count", 27300, None, None)],
        None,
    ),
    (
        "de",
        "Für Wolfsburg ist es das dritte Aus in der ersten Pokalrunde binnen fünf Jahren.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "„Das ist eine Blamage, für die wir uns bei unseren Fans nur entschuldigen können“, sagte VfL-Geschäftsführer Torsten Bellmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hansa kassiert für das Erreichen der zweiten Runde nach Angaben des DFB eine Prämie von rund 420.000 Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 420000, "EUR", "about")],
        "der DFB",
    ),
    (
        "de",
        "Die zweite Runde wird am Sonntag im Deutschen Fußballmuseum in Dortmund ausgelost.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Borussia Dortmund Bilanz (dpa), August ---
    (
        "de",
        "Dortmund (dpa) - Borussia Dortmund hat im Geschäftsjahr 2025/26 einen Rekordumsatz von 612,4 Millionen Euro erzielt.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("money", 612400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Gewinn nach Steuern lag bei 38,7 Millionen Euro, nach 44,1 Millionen Euro im Jahr davor, wie der Klub am Freitag mitteilte.",
        True,
        [("money", 38700000, "EUR", None), ("money", 44100000, "EUR", None)],
        "der Klub",
    ),
    (
        "de",
        "Allein die Teilnahme an der Champions League brachte knapp 97 Millionen Euro ein.",
        True,
        [("money", 97000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Personalkosten stiegen um 6 Prozent auf 271 Millionen Euro und machten damit 44 Prozent des Umsatzes aus.",
        True,
        [("percent", 6, "%", None), ("money", 271000000, "EUR", None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aktionäre sollen eine Dividende von 8 Cent je Aktie erhalten, nach 6 Cent im Vorjahr.",
        True,
        [("money", 0.08, "EUR", None), ("money", 0.06, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführer Lars-Ole Weidenfeller sprach von einem „Jahr, auf das wir stolz sein können“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Weidenfeller sagte, der Klub wolle bis 2030 rund 120 Millionen Euro in die Modernisierung des Stadions investieren.",
        True,
        [("year", 2030, None, None), ("money", 120000000, "EUR", "about")],
        "Weidenfeller",
    ),
    # --- Premier League transfer window (Reuters), September ---
    (
        "en",
        "LONDON, Sept 2 (Reuters) - Spending by Premier League clubs in the summer transfer window, which closed on Monday, reached a record 2.6 billion pounds, according to consultancy Harwood Sports Finance.",
        True,
        [("date", "--09-02", None, None), ("money", 2600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "That is up 12% on last summer and more than the combined outlay of the top divisions in Germany, Italy and Spain.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Deadline day alone accounted for about 310 million pounds across 38 deals.",
        True,
        [("money", 310000000, "GBP", "about"), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Almost half of the money went to clubs outside England, with Portugal's top flight the biggest beneficiary.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Chelsea were the biggest spenders for the third summer running at 287 million pounds.",
        True,
        [("ordinal", 3, None, None), ("money", 287000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Net spending by the 20 clubs reached 1.4 billion pounds, the second-highest total on record.",
        True,
        [("count", 20, None, None), ("money", 1400000000, "GBP", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Analysts at Harwood said they believed the figures showed the league's financial pull was still growing.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the spending spree will translate into results on the pitch remains an open question.",
        False,
        [],
        None,
    ),
    # --- FC Basel - Young Boys (Keystone-SDA), September ---
    (
        "de",
        "Basel (Keystone-SDA) - Der FC Basel hat den Klassiker gegen die Young Boys vor 31'240 Zuschauern im St.-Jakob-Park 2:0 gewonnen und die Leaderposition übernommen.",
        True,
        [("count", 31240, None, None)],
        None,
    ),
    (
        "de",
        "Captain Dario Imhof traf in der 23. Minute mit einem direkten Freistoss, Joël Perrenoud erhöhte in der Nachspielzeit.",
        True,
        [("ordinal", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die Basler liegen nach sieben Runden mit 17 Punkten einen Zähler vor dem FC Lugano.",
        True,
        [("count", 7, None, None), ("count", 17, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Berner sind nach drei Niederlagen in Serie auf Rang sieben abgerutscht.",
        True,
        [("count", 3, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "«Meine Spieler haben heute alles auf dem Platz gelassen», sagte FCB-Trainer Raphael Wüthrich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Swiss Football League hat wegen Pyrotechnik im Gästesektor ein Disziplinarverfahren gegen YB eröffnet, wie die Liga am Montag mitteilte.",
        True,
        [],
        "die Liga",
    ),
    ("de", "Die Basler Fankurve feierte die Mannschaft noch lange nach dem Schlusspfiff.", False, [], None),
    # --- Bayern - PSV (AP), September ---
    (
        "en",
        "MUNICH (AP) — Bayern Munich routed PSV Eindhoven 5-0 in the Champions League on Tuesday, with teenager Leon Achterberg scoring twice on his first start in the competition.",
        True,
        [("count", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Achterberg, 18, became the youngest Bayern player to score twice in a Champions League game.",
        True,
        [("duration", 18, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Bayern have won all three of their league-phase games and top the 36-team table on goal difference.",
        True,
        [("count", 3, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "Each win in the league phase is worth 2.3 million euros ($2.7 million) in UEFA prize money.",
        True,
        [("money", 2300000, "EUR", None), ("money", 2700000, "USD", None)],
        None,
    ),
    (
        "en",
        "PSV, who had 31% of possession, managed only two shots on target.",
        True,
        [("percent", 31, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 74,380 filled the Allianz Arena, the club said.",
        True,
        [("count", 74380, None, None)],
        "the club",
    ),
    (
        "en",
        '"We have so many young players knocking on the door, it\'s a beautiful problem," Bayern coach Matthias Kronberger said.',
        False,
        [],
        None,
    ),
    # --- UEFA financial sustainability fines (Reuters), October ---
    (
        "en",
        "NYON, Switzerland, Oct 14 (Reuters) - UEFA has fined nine clubs a total of 58 million euros over breaches of its financial sustainability regulations, the governing body of European football said on Tuesday.",
        True,
        [("date", "--10-14", None, None), ("count", 9, None, None), ("money", 58000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Chelsea face the largest single sanction, 27 million euros, of which 17 million euros is conditional on the club meeting targets over the next three seasons.",
        True,
        [("money", 27000000, "EUR", None), ("money", 17000000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Two of the clubs, Chelsea among them, exceeded the squad-cost limit for a second consecutive year.",
        True,
        [("count", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "UEFA said five of the clubs had entered settlement agreements that cap the size of their squads in European competition.",
        True,
        [("count", 5, None, None)],
        "UEFA",
    ),
    (
        "en",
        "The combined sum is the largest UEFA has imposed under its financial rules since they were introduced in 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        'A Chelsea spokesperson said the club remained "fully committed" to working within the rules.',
        False,
        [],
        None,
    ),
    ("en", "Chelsea said they would accept the sanction and not challenge it.", True, [], "Chelsea"),
    # --- Austria Wien trennt sich von Wimmleitner (APA), October ---
    (
        "de",
        "Wien (APA) - Die Wiener Austria hat sich nach nur elf Runden von Trainer Hannes Wimmleitner getrennt, teilte der Klub am Montag mit.",
        True,
        [("count", 11, None, None)],
        "der Klub",
    ),
    (
        "de",
        "Die Violetten liegen mit neun Punkten auf dem zehnten Tabellenplatz, nur zwei Zähler vor Schlusslicht Altach.",
        True,
        [("count", 9, None, None), ("ordinal", 10, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zuletzt hatte es ein 0:4 im Derby gegen Rapid gesetzt, die fünfte Niederlage in den vergangenen sechs Spielen.",
        True,
        [("ordinal", 5, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Wimmleitner war erst im Juni mit einem Vertrag bis 2028 gekommen.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    ("de", "Bis auf Weiteres betreut Akademieleiter Gernot Schachl die Mannschaft.", True, [], None),
    (
        "de",
        "„Wir haben nicht die Entwicklung gesehen, die wir uns erhofft hatten“, hieß es in der Aussendung.",
        False,
        [],
        None,
    ),
    ("de", "Wer auf Wimmleitner folgt, ist noch offen.", False, [], None),
    # --- Wolves sack Ekdahl (PA), November ---
    (
        "en",
        "WOLVERHAMPTON (PA) - Wolverhampton Wanderers have sacked head coach Stellan Ekdahl after just 10 months in charge, with Wolves propping up the Premier League table.",
        True,
        [("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "Wolves have taken six points from their opening 12 matches and are five points from safety.",
        True,
        [("count", 6, None, None), ("count", 12, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Saturday's 3-0 defeat at Brentford was their seventh loss in eight league games.",
        True,
        [("ordinal", 7, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Ekdahl, 46, had signed a three-year contract on his arrival in January.",
        True,
        [("duration", 46, "year", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Under-21s coach Darren Whitlock will take temporary charge for Saturday's trip to Fulham, the club said.",
        True,
        [],
        "the club",
    ),
    (
        "en",
        '"We thank Stellan for his hard work and commitment during a difficult period," the club said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Travelling supporters had turned on the coach long before the final whistle at Brentford.",
        False,
        [],
        None,
    ),
    # --- Bayern - Dortmund (dpa), November ---
    (
        "de",
        "München (dpa) - Im Spitzenspiel der Fußball-Bundesliga hat der FC Bayern München Borussia Dortmund mit 3:2 bezwungen und den Vorsprung an der Tabellenspitze auf sechs Punkte ausgebaut.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Marvin Eckhoff brachte die Münchner in der 12. Minute in Führung, Dortmund drehte die Partie durch Treffer von Samu Oksanen (31.) und Yannick Brenner (49.).",
        True,
        [("ordinal", 12, None, None), ("ordinal", 31, None, None), ("ordinal", 49, None, None)],
        None,
    ),
    (
        "de",
        "Den Sieg sicherten ein Foulelfmeter von Eckhoff (71.) und ein Kopfball des eingewechselten Tiago Furtado in der zweiten Minute der Nachspielzeit.",
        True,
        [("ordinal", 71, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für Eckhoff war es bereits das 14. Saisontor im elften Bundesligaspiel.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Der BVB ist nach zwölf Spieltagen mit 22 Punkten Fünfter.",
        True,
        [("count", 12, None, None), ("count", 22, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Mannschaft gibt sich niemals auf, das hat man heute wieder gesehen“, sagte Bayern-Trainer Matthias Kronberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kronberger sagte, Abwehrchef Lucas Ferreira-Brandt habe sich am Oberschenkel verletzt und werde mindestens zwei Wochen fehlen.",
        True,
        [("duration", 2, "week", "at_least")],
        "Kronberger",
    ),
    ("de", "Wer will diesen Münchnern die Schale in dieser Form noch streitig machen?", False, [], None),
    # --- Premier League squad-cost vote (Reuters), November ---
    (
        "en",
        "LONDON, Nov 21 (Reuters) - Premier League clubs voted on Friday to introduce a squad-cost ratio from next season, limiting spending on wages and transfers to 78% of revenue, the league said.",
        True,
        [("date", "--11-21", None, None), ("percent", 78, "%", None)],
        "the league",
    ),
    (
        "en",
        "The proposal passed by 15 votes to five, one more than the 14 needed under league rules.",
        True,
        [("count", 15, None, None), ("count", 5, None, None), ("count", 1, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Clubs that exceed the limit will be fined in the first year and face points deductions for repeat breaches.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Clubs competing in Europe will be held to a stricter threshold of 70%.",
        True,
        [("percent", 70, "%", None)],
        None,
    ),
    (
        "en",
        'The Football Supporters\' Association called the vote "a missed opportunity" to protect smaller clubs.',
        False,
        [],
        None,
    ),
    (
        "en",
        'League chief executive Conrad Ashworth said the rules would keep the competition "the most exciting in the world".',
        False,
        [],
        None,
    ),
    ("en", "Manchester City, Aston Villa and three other clubs voted against.", True, [("count", 3, None, None)], None),
    # --- DFL Zuschauerbilanz Hinrunde (SID), December ---
    (
        "de",
        "Frankfurt/Main (SID) - Zu den 153 Spielen der Bundesliga-Hinrunde kamen im Schnitt 39.640 Zuschauer, teilte die Deutsche Fußball Liga am Dienstag mit.",
        True,
        [("count", 153, None, None), ("count", 39640, None, None)],
        "die Deutsche Fußball Liga",
    ),
    (
        "de",
        "Das sind etwa 2 Prozent weniger als in der Vorsaison, was die Liga vor allem auf Umbauarbeiten in zwei Stadien zurückführt.",
        True,
        [("percent", 2, "%", "about"), ("count", 2, None, None)],
        None,
    ),
    ("de", "Insgesamt wurden knapp 6,1 Millionen Tickets verkauft.", True, [("count", 6100000, None, "nearly")], None),
    (
        "de",
        "Den höchsten Zuschauerschnitt hat weiter Borussia Dortmund mit 81.120, dahinter folgen der FC Bayern und der VfB Stuttgart.",
        True,
        [("count", 81120, None, None)],
        None,
    ),
    (
        "de",
        "In der 2. Bundesliga lag der Schnitt bei 29.870 und damit so hoch wie nie zuvor.",
        True,
        [("count", 29870, None, None)],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der verkauften Karten entfielen auf Dauerkarten.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Die Auslastung der Stadien lag laut DFL bei 92,8 Prozent, 1,4 Prozentpunkte weniger als ein Jahr zuvor.",
        True,
        [("percent", 92.8, "%", None), ("percent", 1.4, "pp", None)],
        "DFL",
    ),
    ("de", "DFL-Geschäftsführer Steffen Lüdecke sprach von einer „beeindruckenden Treue der Fans“.", False, [], None),
    (
        "de",
        "Der Fußball bleibt hierzulande ein Zuschauermagnet, daran ändert auch der leichte Rückgang nichts.",
        False,
        [],
        None,
    ),
    # --- MLS Cup (AP), December ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Matías Ferrante scored in the 84th minute and the Columbus Crew beat Los Angeles FC 2-1 on Saturday to win their fourth MLS Cup.",
        True,
        [("ordinal", 84, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Ferrante, a 27-year-old Argentine, had also scored in the 12th minute before LAFC's Jordan Pressley leveled just before halftime.",
        True,
        [("duration", 27, "year", None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 20,871 watched in freezing conditions, with the temperature at 28 degrees Fahrenheit at kickoff.",
        True,
        [("count", 20871, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "Crew goalkeeper Nate Hollister made six saves, including a diving stop in stoppage time.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The Crew finished the regular season with 61 points, second in the Eastern Conference.",
        True,
        [("count", 61, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", '"This city deserves every bit of this," Crew coach Wilfried Aubertin said.', False, [], None),
    (
        "en",
        "It was not immediately clear whether Pressley, who limped off late on, would need surgery.",
        False,
        [],
        None,
    ),
    ("en", "Fans poured onto the field after the final whistle as confetti rained down.", False, [], None),
    # --- Leverkusen verkauft Sauerbrey (dpa), January ---
    (
        "de",
        "Leverkusen (dpa) - Bayer Leverkusen hat Innenverteidiger Niklas Sauerbrey für 45 Millionen Euro an Newcastle United verkauft.",
        True,
        [("money", 45000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mit Bonuszahlungen kann die Ablöse auf bis zu 52 Millionen Euro steigen, teilte der Verein am Mittwoch mit.",
        True,
        [("money", 52000000, "EUR", "up_to")],
        "der Verein",
    ),
    (
        "de",
        "Leverkusen hatte den 24-Jährigen im Sommer 2023 für acht Millionen Euro aus Freiburg geholt.",
        True,
        [("duration", 24, "year", None), ("year", 2023, None, None), ("money", 8000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Es ist nach dpa-Informationen der dritthöchste Verkaufserlös der Vereinsgeschichte.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Als Ersatz leiht Leverkusen bis Saisonende den Brasilianer Caio Rezende von Benfica aus, inklusive einer Kaufoption über 18 Millionen Euro.",
        True,
        [("money", 18000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Niklas wollte diesen Schritt unbedingt gehen, und wir wollten ihm keine Steine in den Weg legen“, sagte Sportdirektor Kai Brüggemann.",
        False,
        [],
        None,
    ),
    ("de", "Ob Rezende bereits am Samstag gegen Mainz im Kader steht, ist offen.", False, [], None),
    # --- Revenue ranking (Reuters), January ---
    (
        "en",
        "LONDON, Jan 22 (Reuters) - Real Madrid remained the world's richest football club by revenue in the 2025-26 season, earning 1.07 billion euros, according to an annual ranking by consultancy Harwood Sports Finance.",
        True,
        [
            ("date", "--01-22", None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("money", 1070000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "Manchester City were second with 872 million euros and Barcelona third, the first time in four years the Catalan club has made the top three.",
        True,
        [
            ("ordinal", 2, None, None),
            ("money", 872000000, "EUR", None),
            ("ordinal", 3, None, None),
            ("ordinal", 1, None, None),
            ("duration", 4, "year", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Premier League sides fill nine of the 20 places, one fewer than a year earlier.",
        True,
        [("count", 9, None, None), ("count", 20, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Combined revenue of the top 20 rose 4% to a record 12.9 billion euros.",
        True,
        [("count", 20, None, None), ("percent", 4, "%", None), ("money", 12900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Commercial income accounted for roughly 45% of the total, with broadcasting at 38% and matchday at 17%.",
        True,
        [("percent", 45, "%", "about"), ("percent", 38, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "Bayern Munich dropped one place to fifth.",
        True,
        [("count", 1, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "The report's authors said they expected English clubs to pull further away from their continental rivals.",
        False,
        [],
        None,
    ),
    ("en", "(Reporting by Imogen Thwaite; Editing by Clive Harrower)", False, [], None),
    # --- Grasshoppers stellen Baumli frei (Keystone-SDA), February ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Grasshopper Club Zürich hat Trainer Mirko Baumli per sofort freigestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Grasshoppers liegen nach 22 Runden mit 19 Punkten auf dem Barrageplatz.",
        True,
        [("count", 22, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Baumli war erst seit Juli im Amt und holte in 24 Pflichtspielen nur fünf Siege.",
        True,
        [("count", 24, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Interimistisch wird das Team von Assistenztrainer Silvan Rüegg betreut, wie der Klub mitteilte.",
        True,
        [],
        "der Klub",
    ),
    (
        "de",
        "«Der Trend zeigte klar in die falsche Richtung, wir mussten handeln», sagte Sportchef Marco Thalmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Fans hatten bereits beim letzten Heimspiel lautstark den Rücktritt des Trainers gefordert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Thalmann sagte, die Suche nach einem Nachfolger solle bis Ende Februar abgeschlossen sein.",
        True,
        [],
        "Thalmann",
    ),
    (
        "de",
        "Bereits im Oktober hatte die Liga den Klub mit einer Busse von 25'000 Franken belegt, weil Fans Pyrotechnik gezündet hatten.",
        True,
        [("money", 25000, "CHF", None)],
        None,
    ),
    # --- Arsenal - Liverpool (PA), February ---
    (
        "en",
        "LONDON (PA) - Arsenal came from behind to beat Liverpool 2-1 on Sunday and open up a four-point lead over Manchester City in the Premier League title race.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Liverpool led through Mateus Prado's 27th-minute header, but Arsenal captain Tobias Kjeldsen equalised seven minutes after the restart.",
        True,
        [("ordinal", 27, None, None), ("duration", 7, "minute", None)],
        None,
    ),
    (
        "en",
        "Substitute Ayo Bankole won it in the fourth minute of stoppage time.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal have 63 points from 26 matches, with Liverpool third on 55.",
        True,
        [("count", 63, None, None), ("count", 26, None, None), ("ordinal", 3, None, None), ("count", 55, None, None)],
        None,
    ),
    (
        "en",
        "It was Liverpool's first league defeat since November, ending a 13-match unbeaten run.",
        True,
        [("ordinal", 1, None, None), ("count", 13, None, None)],
        None,
    ),
    ("en", '"Days like this are why you play football," Bankole said.', False, [], None),
    (
        "en",
        "Liverpool manager Eamon Cassidy said Prado had been taken to hospital for scans on a suspected broken cheekbone.",
        True,
        [],
        "Eamon Cassidy",
    ),
    ("en", "Cassidy refused to be drawn on the refereeing decisions.", False, [], None),
    # --- Ende des Grunddurchgangs (APA), March ---
    (
        "de",
        "Wien (APA) - Nach dem 22. und letzten Spieltag des Grunddurchgangs steht die Meistergruppe der Admiral Bundesliga fest.",
        True,
        [("ordinal", 22, None, None)],
        None,
    ),
    (
        "de",
        "Salzburg geht als Erster mit 47 Punkten in die Meisterrunde, Sturm folgt als Zweiter mit 45 Zählern.",
        True,
        [("ordinal", 1, None, None), ("count", 47, None, None), ("ordinal", 2, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "de",
        "Vor der Meisterrunde werden die Punkte wie in jeder Saison halbiert, womit Salzburg 23 und Sturm 22 Punkte mitnehmen.",
        True,
        [("count", 23, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Rapid rutschte durch ein 1:1 in Hartberg noch auf Rang sieben ab und muss in die Qualifikationsgruppe.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Tabellenführung sei nur eine Momentaufnahme, meinte Salzburg-Trainer Gerhard Oberndorfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberndorfer sagte der APA, Stürmer Karim Diallo werde wegen eines Muskelfaserrisses voraussichtlich zwei bis drei Wochen fehlen.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        "Oberndorfer",
    ),
    ("de", "Ob Diallo rechtzeitig zum Auftakt der Meisterrunde fit wird, ist fraglich.", False, [], None),
    (
        "de",
        "Im Schnitt verfolgten im Grunddurchgang 7.480 Zuseherinnen und Zuseher die Spiele, teilte die Liga mit.",
        True,
        [("count", 7480, None, None)],
        "die Liga",
    ),
    # --- Bournemouth docked points (Reuters), March ---
    (
        "en",
        "LONDON, March 9 (Reuters) - An independent commission has docked Bournemouth five points over a breach of the Premier League's spending rules, the league said on Tuesday.",
        True,
        [("date", "--03-09", None, None), ("count", 5, None, None)],
        "the league",
    ),
    (
        "en",
        "The sanction drops Bournemouth from 12th to 16th, three points above the relegation zone with nine games left.",
        True,
        [("ordinal", 12, None, None), ("ordinal", 16, None, None), ("count", 3, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The commission found Bournemouth had lost 126.6 million pounds in the three seasons to 2026, 21.6 million pounds more than the rules permit.",
        True,
        [
            ("money", 126600000, "GBP", None),
            ("count", 3, None, None),
            ("year", 2026, None, None),
            ("money", 21600000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Bournemouth said they would appeal and have 14 days to lodge it.",
        True,
        [("duration", 14, "day", None)],
        "Bournemouth",
    ),
    (
        "en",
        "It is the third points deduction handed to a Premier League club in as many seasons.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", 'The club called the punishment "disproportionate and deeply unfair".', False, [], None),
    ("en", "Supporters' groups fear the ruling could send the club down.", False, [], None),
    # --- DFB-Sportgericht bestraft Köln (dpa), March ---
    (
        "de",
        "Frankfurt/Main (dpa) - Wegen des Abbrennens von Pyrotechnik muss der 1. FC Köln eine Geldstrafe von 186.000 Euro zahlen, das hat das DFB-Sportgericht entschieden.",
        True,
        [("money", 186000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis zu 62.000 Euro davon darf der Klub in eigene Sicherheitsmaßnahmen investieren, teilte der DFB am Donnerstag mit.",
        True,
        [("money", 62000, "EUR", "up_to")],
        "der DFB",
    ),
    (
        "de",
        "Beim Heimspiel gegen den Hamburger SV im Februar waren nach DFB-Angaben mindestens 140 pyrotechnische Gegenstände gezündet worden.",
        True,
        [("count", 140, None, "at_least")],
        None,
    ),
    ("de", "Die Partie war deshalb für sieben Minuten unterbrochen.", True, [("duration", 7, "minute", None)], None),
    (
        "de",
        "Es ist bereits die dritte Strafe gegen die Kölner in dieser Saison, die Sanktionen summieren sich damit auf 341.000 Euro.",
        True,
        [("ordinal", 3, None, None), ("money", 341000, "EUR", None)],
        None,
    ),
    ("de", "Der Verein hat das Urteil akzeptiert, es ist damit rechtskräftig.", True, [], None),
    (
        "de",
        "Kölns Geschäftsführer Hendrik Osterloh nannte die Höhe der Strafen „völlig unverhältnismäßig“.",
        False,
        [],
        None,
    ),
    ("de", "In der Kölner Fanszene dürfte das Urteil für weiteren Unmut sorgen.", False, [], None),
    # --- Barcelona - Newcastle (AP), March ---
    (
        "en",
        "BARCELONA, Spain (AP) — Barcelona reached the Champions League quarterfinals by beating Newcastle 3-1 on Wednesday for a 5-2 win on aggregate.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Teenager Pau Ferrerons scored twice in the space of nine minutes early in the second half.",
        True,
        [("count", 2, None, None), ("duration", 9, "minute", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Newcastle had briefly pulled level on aggregate through Callum Dunmore's 19th-minute penalty.",
        True,
        [("ordinal", 19, None, None)],
        None,
    ),
    (
        "en",
        "Barcelona have won 14 of their last 15 home games in all competitions.",
        True,
        [("count", 14, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "The crowd of 96,412 at the renovated Camp Nou was the biggest at a European game this season, UEFA said.",
        True,
        [("count", 96412, None, None)],
        "UEFA",
    ),
    (
        "en",
        "Barcelona will face Inter Milan in the quarterfinals, with the first leg in Milan on April 6.",
        True,
        [("ordinal", 1, None, None), ("date", "--04-06", None, None)],
        None,
    ),
    (
        "en",
        '"We came here believing and we leave with our heads high," Newcastle manager Ross Galbraith said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Barcelona's players formed a huddle in the center circle as the stadium sang the club anthem.",
        False,
        [],
        None,
    ),
    # --- Heidenheim - St. Pauli (dpa), April ---
    (
        "de",
        "Heidenheim (dpa) - Der 1. FC Heidenheim hat das Kellerduell gegen den FC St. Pauli mit 2:0 gewonnen und den Relegationsplatz verlassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Treffer erzielten Jonas Feigl in der 8. und Marius Ahrendt in der 77. Minute.",
        True,
        [("ordinal", 8, None, None), ("ordinal", 77, None, None)],
        None,
    ),
    (
        "de",
        "Heidenheim ist mit 27 Punkten nun Fünfzehnter, einen Zähler vor St. Pauli auf Relegationsplatz 16.",
        True,
        [("count", 27, None, None), ("ordinal", 15, None, None), ("count", 1, None, None), ("ordinal", 16, None, None)],
        None,
    ),
    (
        "de",
        "Schlusslicht Holstein Kiel hat bei noch vier ausstehenden Spielen bereits elf Punkte Rückstand auf den Relegationsplatz.",
        True,
        [("count", 4, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Kiel steht damit schon am kommenden Samstag als Absteiger fest, falls es in Augsburg nicht gewinnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war Heidenheims erster Heimsieg seit dem 14. Dezember.",
        True,
        [("ordinal", 1, None, None), ("date", "--12-14", None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute gezeigt, dass in dieser Mannschaft noch Leben steckt“, sagte Heidenheims Trainer Bernd Leuchtner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Kiel hofft man nun auf ein kleines Wunder in den letzten vier Partien.",
        False,
        [("count", 4, None, None)],
        None,
    ),
    # --- WSL: Manchester City clinch title (PA), April ---
    (
        "en",
        "MANCHESTER (PA) - Manchester City clinched the Women's Super League title with two games to spare after a 2-0 win over Manchester United at the Etihad Stadium on Sunday.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Norwegian forward Ingrid Sæbø scored in the 15th minute and added a second from the penalty spot in the 63rd, taking her league tally to 21 goals.",
        True,
        [
            ("ordinal", 15, None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 63, None, None),
            ("count", 21, None, None),
        ],
        None,
    ),
    (
        "en",
        "The crowd of 44,861 was the biggest for a Manchester derby in the women's game.",
        True,
        [("count", 44861, None, None)],
        None,
    ),
    (
        "en",
        "Nearly a third of those in the stadium were watching a women's match for the first time, the club said.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("ordinal", 1, None, None)],
        "the club",
    ),
    (
        "en",
        "It is City's first league title since 2016 and ends Chelsea's run of five straight championships.",
        True,
        [("ordinal", 1, None, None), ("year", 2016, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "City have 52 points from 20 matches, seven more than second-placed Chelsea.",
        True,
        [("count", 52, None, None), ("count", 20, None, None), ("count", 7, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", '"I have waited my whole career for this moment," Sæbø said.', False, [], None),
    ("en", "City's players danced in front of their supporters long after the final whistle.", False, [], None),
    # --- ÖFB-Cup-Finale (APA), May ---
    (
        "de",
        "Klagenfurt (APA) - Der LASK hat zum ersten Mal seit 1965 den ÖFB-Cup gewonnen.",
        True,
        [("ordinal", 1, None, None), ("year", 1965, None, None)],
        None,
    ),
    (
        "de",
        "Die Linzer setzten sich im Finale im Wörthersee Stadion gegen den Wolfsberger AC mit 2:1 nach Verlängerung durch.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der eingewechselte Samuel Adeyemi-Kraus traf in der 113. Minute zum Sieg.",
        True,
        [("ordinal", 113, None, None)],
        None,
    ),
    (
        "de",
        "Zuvor hatte WAC-Verteidiger Nico Pfeifenberger in der 64. Minute Gelb-Rot gesehen.",
        True,
        [("ordinal", 64, None, None)],
        None,
    ),
    (
        "de",
        "Mit 27.450 Zuseherinnen und Zusehern wurde ein Besucherrekord für ein Cupfinale in Klagenfurt aufgestellt.",
        True,
        [("count", 27450, None, None)],
        None,
    ),
    (
        "de",
        "Für den WAC war es die dritte Finalniederlage seit 2015.",
        True,
        [("ordinal", 3, None, None), ("year", 2015, None, None)],
        None,
    ),
    ("de", "„Dieser Pokal gehört ganz Oberösterreich“, sagte LASK-Kapitän Philipp Hörtnagl.", False, [], None),
    (
        "de",
        "LASK-Präsident Werner Traunmüller sagte, der Titel bringe dem Klub inklusive Europacup-Startgeld rund fünf Millionen Euro.",
        True,
        [("money", 5000000, "EUR", "about")],
        "Werner Traunmüller",
    ),
    # --- Arsenal win the title (Reuters), May ---
    (
        "en",
        "LONDON, May 9 (Reuters) - Arsenal won the Premier League title for the first time since 2004 after second-placed Manchester City were held 1-1 at Everton on Sunday.",
        True,
        [
            ("date", "--05-09", None, None),
            ("ordinal", 1, None, None),
            ("year", 2004, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Arsenal, who have 86 points with two games left, can no longer be caught by City, who trail by eight.",
        True,
        [("count", 86, None, None), ("count", 2, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", "It is the club's 14th English top-flight title.", True, [("ordinal", 14, None, None)], None),
    (
        "en",
        "Kjeldsen, whose 19 league goals lead the scoring charts, became the first Danish captain to lift the trophy.",
        True,
        [("count", 19, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal have lost only two of their 36 league games this season.",
        True,
        [("count", 2, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal's average home attendance of 60,189 this season was a club record, the club said.",
        True,
        [("count", 60189, None, None)],
        "the club",
    ),
    ("en", '"This is for every fan who kept believing through the hard years," Kjeldsen said.', False, [], None),
    (
        "en",
        "Thousands of supporters gathered outside the Emirates Stadium, setting off flares and singing into the night.",
        False,
        [],
        None,
    ),
    # --- Bundesliga: letzter Spieltag (SID), May ---
    (
        "de",
        "Berlin (SID) - Der FC Bayern München hat am 34. Spieltag die Saison mit einem 4:1 gegen den VfL Wolfsburg abgeschlossen und die Meisterschale in Empfang genommen.",
        True,
        [("ordinal", 34, None, None)],
        None,
    ),
    (
        "de",
        "Die Münchner beendeten die Spielzeit mit 84 Punkten und elf Zählern Vorsprung auf Bayer Leverkusen.",
        True,
        [("count", 84, None, None), ("count", 11, None, None)],
        None,
    ),
    ("de", "Eckhoff sicherte sich mit 31 Saisontoren die Torjägerkanone.", True, [("count", 31, None, None)], None),
    ("de", "Neben Holstein Kiel steigt der FC Augsburg direkt in die 2. Bundesliga ab.", True, [], None),
    (
        "de",
        "Der FC St. Pauli trifft in der Relegation am 21. und 25. Mai auf den Dritten der 2. Bundesliga, den 1. FC Nürnberg.",
        True,
        [("date", "--05-21", None, None), ("date", "--05-25", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sahen in dieser Saison 11,9 Millionen Zuschauer die 306 Bundesligaspiele, teilte die DFL mit.",
        True,
        [("count", 11900000, None, None), ("count", 306, None, None)],
        "die DFL",
    ),
    ("de", "Die Bayern-Profis feierten den Titel mit der traditionellen Bierdusche auf dem Rasen.", False, [], None),
    (
        "de",
        "Ob Kronberger auch in der kommenden Saison auf der Münchner Bank sitzt, ließ der Klub offen.",
        False,
        [],
        None,
    ),
    # --- Champions League final (AP), May ---
    (
        "en",
        "BUDAPEST, Hungary (AP) — Bayern Munich won the Champions League for the seventh time, beating Barcelona 2-1 in the final at the Puskás Aréna on Saturday.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "Marvin Eckhoff headed the winner in the 81st minute, nine minutes after Barcelona's Pau Ferrerons had canceled out Leon Achterberg's opener.",
        True,
        [("ordinal", 81, None, None), ("duration", 9, "minute", None)],
        None,
    ),
    (
        "en",
        "Bayern completed a treble of Bundesliga, German Cup and Champions League and became the first club to do so three times.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Victory in the final was worth 22 million euros ($25.4 million) in prize money, UEFA said.",
        True,
        [("money", 22000000, "EUR", None), ("money", 25400000, "USD", None)],
        "UEFA",
    ),
    (
        "en",
        "Eckhoff, 29, finished as the competition's top scorer with 13 goals.",
        True,
        [("duration", 29, "year", None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Some 38,000 fans of the two clubs had traveled to the Hungarian capital, according to police.",
        True,
        [("count", 38000, None, "about")],
        None,
    ),
    ("en", '"Nobody can take this night away from us," Kronberger said.', False, [], None),
    ("en", "Bayern had beaten VfB Stuttgart 3-0 in the German Cup final a week earlier.", True, [], None),
    # --- Young Boys Meister (Keystone-SDA), May ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Young Boys sind zum 18. Mal Schweizer Meister.",
        True,
        [("ordinal", 18, None, None)],
        None,
    ),
    (
        "de",
        "Die Berner sicherten sich den Titel in der zweitletzten Runde mit einem 3:0 gegen Servette.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im ausverkauften Wankdorf verfolgten 31'780 Zuschauer die Partie.",
        True,
        [("count", 31780, None, None)],
        None,
    ),
    (
        "de",
        "YB führt die Tabelle mit 74 Punkten an, zehn Zähler vor dem FC Basel.",
        True,
        [("count", 74, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Für die Berner ist es der vierte Titel in den vergangenen sechs Jahren.",
        True,
        [("ordinal", 4, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Der FC Winterthur muss in der Barrage gegen den Zweiten der Challenge League antreten.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "«Dieser Titel ist das Werk der ganzen Garderobe», sagte YB-Trainer Reto Gisler.", False, [], None),
    (
        "de",
        "Die Meisterfeier findet am Sonntag ab 15 Uhr auf dem Bundesplatz statt, teilte der Verein mit.",
        True,
        [],
        "der Verein",
    ),
    # --- UEFA prize money (Reuters), June ---
    (
        "en",
        "NYON, Switzerland, June 17 (Reuters) - UEFA will pay a record 3.6 billion euros to clubs from its three club competitions for the season just ended, the governing body said on Thursday.",
        True,
        [("date", "--06-17", None, None), ("money", 3600000000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Champions League participants will share about 2.6 billion euros of that sum.",
        True,
        [("money", 2600000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Bayern Munich top the list with 148 million euros, ahead of Barcelona on 131 million euros.",
        True,
        [("money", 148000000, "EUR", None), ("money", 131000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "About 7% of the total goes as solidarity payments to clubs that were knocked out in qualifying or did not take part.",
        True,
        [("percent", 7, "%", "about")],
        None,
    ),
    ("en", "UEFA said the payments were 8% higher than a year earlier.", True, [("percent", 8, "%", None)], "UEFA"),
    (
        "en",
        'UEFA President Janez Korošec said the figures showed European club football was "in robust health".',
        False,
        [],
        None,
    ),
    ("en", "Critics argue the model still widens the gap between the richest leagues and the rest.", False, [], None),
]
