"""Four-hundred-and-sixty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every player, coach, captain, sporting
director, executive and official is made up, and no real politician or office-holder is
named; real clubs, leagues, associations, governing bodies, grounds and places appear as
wire copy names them, and the people who speak for them here (a DFL managing director,
sporting directors, club chiefs) appear only under made-up names that stand for no real
holder; the police and UEFA's disciplinary body appear as bodies only.

Names: Malik Osterhage, Nils Quadflieg, Jonas Fredebeul, Mattis Overbeck, Ole Brüggenkamp,
Sven Ahrenhold, Clemens Vahrenkamp, Stefan Wimmleitner, Jakob Hörtnagl, Lukas
Hinterstoisser, Gernot Pöllabauer, Ralf Hochegger, Felix Aigner, Noah Flückiger, Yannick
Berthoud, Dario Kälin, Fabio Grichting, Emil Sjöberg-Hahn, Fabian Kreuzberger, Ilias Benali,
Timo Ruppert, Kasper Dahlgaard, Dario Lindemeyer, Nuno Valadares, Leon Strobl, Timo
Wendehorst, Lorenz Habersetzer, Alejandro Cabañero, Thomas Leitgeb-Mayr, Samson Okoye-Haas,
Bernhard Wieser, Loris Aeschbacher, Elias Nyffenegger, Kwame Addo-Reuter, Xabier Etxegarai,
Dominik Gsellmann, Tobias Zettl, Amir Halilović, Christian Rauchenwald, Piet Bloemers,
Gian-Luca Cathomas, Marco Zwyssig, Katrin Wallmeroth, Lennart Posipal, Can Yıldırımer, Bernd
Tiedtke, Jannik Sörensen-Pahl, Olaf Henschel, Moritz Grabherr, Dominik Kornexl, Florian
Dworschak, Markus Feichtinger-Hold, Raphael Moosbrugger, Matteo Cereghetti, Urs
Zellweger-Koch, Nicola Pedrazzini, Leon Baumgärtel, Fabian Wöhrle, Jonathan Brückl and Piero
Scaglione; Tomás Arrieta, Jonah Ekwueme, Sam Whitlock, Declan Moorcroft, Luka Bradač, Anders
Riisager, Mateo Quiroga-Lund, Danso-Whitby, Pereira Lomba, Gavin Holroyd, Ryan Tickell,
Ollie Braithwaite, Bruno Salgueiro, Ruben Castellví, Aaron Pelly, Joost van Rijnsburg, Mark
Tolland, Kofi Ansah-Lyle, Helena Vasquez-Ord, Yanis Belkacem-Roux, Ousmane Diakhaby-Fall,
Stellan Norgaard, Femi Adeyinka, Marc Vilaplana, Iñaki Larrañeta-Soler, Okwuosa-Brandt,
Anders Lindqvist-Haaber, Iker Zubiaurre, Armin Rothkegel, Harvey Okonedo-Pratt, Reece
Cawthorne, Callum Dorrington, Tiago Benquerença, Rory Ballantyne, Kieran Lusk-Mahon,
Benedikt Kranawetter, Rhodri Pennant, Gianmarco Sartorelli and Gareth Lindeborg. Real clubs,
bodies, grounds, media and places (Borussia Dortmund, BVB, Werder Bremen, the
Fußball-Bundesliga, FC Bayern München, Bayern Munich, DFB, DFL, VfL Wolfsburg, 1. FC Köln,
RB Leipzig, Eintracht Frankfurt, Malmö FF, Bayer Leverkusen, Inter Mailand, Inter Milan, 1.
FC Union Berlin, Stadion An der Alten Försterei, Hamburger SV, HSV, SC Freiburg, VfB
Stuttgart, Mainz, „Kicker“, Südkurve, LASK, the Wiener Austria, Red Bull Salzburg, Altach,
Raiffeisen Arena, Sturm Graz, Merkur Arena, Rapid, the Strafsenat der Fußball-Bundesliga, FC
Basel, FCB, Servette, Young Boys, YB, St.-Jakob-Park, Wankdorf, Benfica Lissabon, FC Zürich,
FCZ, Lausanne-Sport, the Super League, FC St. Gallen, FC Lugano, Kybunpark, UEFA and its
Disziplinarkammer, Atlético Madrid, Atletico Madrid, Liverpool, Anfield, Tottenham Hotspur,
Spurs, the Tottenham Hotspur Stadium, Arsenal, Bournemouth, Nottingham Forest, the City
Ground, Brighton & Hove Albion, Manchester United, Old Trafford, Aston Villa, Villa Park,
West Ham United, Newcastle United, Everton, Paris St Germain, the Parc des Princes, Opta,
Barcelona, the Camp Nou, Manchester City, the Etihad Stadium, Montevideo Wanderers, Chelsea,
Stamford Bridge, the Football Association, FA, Fulham, Wolves, Brentford, Leeds United,
Burnley, Ghana, and the datelines' cities) stand for the way wire copy names them. The
formats of the competitions are kept as they are (the 36-team Champions League league phase
with its top eight and places nine to 24, the Austrian league split after 22 rounds with its
points halved, the twelve-team Super League with its Barrage); every result, scorer, minute,
crowd, table, streak, fee, wage, contract, ban, fine, prize, tally and quote here is
invented, and where a real figure came to mind (UEFA's prize for a league-phase win and a
draw, the capacity of Bayern's ground) it was changed.

Its weight: FOOTBALL MATCH REPORTS, TABLES AND TRANSFERS, fifth round for football (the
eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-fifth and
four-hundred-and-eleventh batches weighed football, a match day, a football season and a
weekend of match reports and tables, the three-hundred-and-seventy-eighth football transfers
and club finances, the thirty-fifth and hundred-fifty-third the sports desk and a sports
weekend, the hundred-ninth and two-hundred-and-seventy-fifth sports business, and the
four-hundred-and-forty-fourth tables written in running text; their decisions are kept, on
scores, minutes, table points and ages first of all) over a few weeks of one made-up autumn
in story order - the Bundesliga's 9th matchday with the Austrian and Swiss rounds and the
Premier League's 10th round (Saturday, October 27, to Tuesday, October 30), the fourth
matchday of the Champions League league phase (November 6 and 7), the next league weekend
(November 10 to 12) and, after the international break, the weekend of November 24 and 25
with a contract and a transfer on November 26 and the fifth Champions League matchday
(November 27 and 28) - as 35 short stories with the German and English ones interleaved,
each told as wire copy runs it (a dateline lead with the result, the scorers and their
minutes, the crowd, the sending-off, the table with points and gaps, the streak, the ban,
the deal, attributed claims, quotes, the other side, fans, the follow-up). About half German
(dpa, SID, APA, Keystone-SDA; Austrian "Zuseherinnen und Zusehern", "Ausschluss", "bedingt",
"Burschen", "Strafsenat", "Meister- und ... Qualifikationsgruppe", "Siebenter", Swiss
"Leaderposition", "Leader", "Captain", "Penalty", "Goalie", "innert", "zu zehnt",
"vorgestossen", "hiess", "grossen", "Barrage", "29'650", "30'940", "18'240", «» quotes,
German „“ quotes, agate minutes "(41.)", "(90.+3)", "(11., 39., 74.)"): Dortmund against
Bremen with a red card, Liverpool against Spurs, LASK to the top against the Austria,
Brighton at Forest, Basel taking the lead against Servette, United twice coming back against
Villa, Leipzig's seven-goal win in Frankfurt with the table, West Ham sacking their head
coach, the DFB ban on Bremen's defender and the Austrian league's ban with a suspended part,
Arsenal's contract extension, Bayern against Inter and PSG against Arsenal in the league
phase, Salzburg losing in Madrid, Liverpool at Barcelona, YB's first win, the Champions
League standings and prize money, Bayern against Leverkusen, City ending Liverpool's
unbeaten start, Sturm thrashing Salzburg, Bayern's fee agreed for Brighton's striker, FC
Zürich freeing their coach, Chelsea against Newcastle, the DFL's crowds, the FA's ban, Union
against the HSV in the relegation fight, the north London derby, the Vienna derby with
pyrotechnics and arrests, the Premier League round-up with its table, St. Gallen against
Lugano, Stuttgart's extension, Wolves' January deal, Liverpool's top-eight finish,
Leverkusen against Atlético and Villa against Young Boys. About half English (Reuters with
dated datelines, PA with its "Scorers:" and "Attendance:" lines, "£24million" and "per
cent", AP). Speakers as such copy has them: coaches, sporting directors and executives with
„X sagte, ...“, „sagte X der APA“, "X said", "told reporters", the title dropped; clubs,
leagues and associations with „teilte ... mit“, „wie ... mitteilte“, "the club said", "the
FA said"; „Laut Polizei“ and "According to Opta"; beside them the forms left unchecked
(anonymous sources, media reports and the agency's own knowledge, „Gemäss“, roles,
descriptions and documents). Figures as such copy has them: scores in both forms carrying
none, minutes as ordinals in prose, brackets and agate lines with stoppage time written with
a plus or in words, game time as durations, table places as ordinals in words and figures,
points, gaps, goal differences and the league phase's places, streaks and nth goals, crowds
with German, Swiss and English grouping, shares, bans with a suspended part, fines, fees,
wages, sell-on shares, release clauses and prize money in euros and pounds with dollars in
brackets, contract lengths and ends, players' and coaches' ages, injury lay-offs with ranges
and hedges, seasons, years and dates. Negatives as such copy has them - none with a figure:
coaches', captains', players' and executives' pride, praise, resolve, regret and clichés in
quotes, reported labels („sprach von“, „kritisierte ... als“, „nannte“, „bezeichnete ...
als“, „verurteilte ... als“, "called"), clubs' farewells, an evasion, no-comment lines and
refusals, a non-disclosure, open questions, beliefs and expectations without a figure and
scene colour of fans, each near a check-worthy look-alike from the same story (often the
same speaker's figure, injury news or step).

243 rows (123 German, 120 English), 55 negatives (29 German, 26 English), 188 check-worthy
rows of which 17 carry no figure (8 German, 9 English), 395 expected quantities (183 counts,
134 ordinals, 36 durations - 19 in years, 8 in minutes, 7 in weeks, 2 in months -, 19
amounts of money - 10 EUR, 7 GBP, 2 USD -, 10 dates, 9 years, 3 percentages - all in "%" -,
1 fraction - 0.5 -; none of them in a negative), 36 checked speakers (20 German, 16
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line or lead that
  states an outcome is check-worthy with or without a figure (thirty-fifth, eighty-second,
  hundred-ninety-fifth, three-hundred-and-twenty-fifth, four-hundred-and-eleventh): United's
  2-2 with its "twice", City's 2-0 ending Liverpool's unbeaten start, Union's 2:1 leaving
  the Relegationsplatz, the leads of Basel, LASK, St. Gallen and Leverkusen. Also
  check-worthy without a figure: an interim coach named ("Mark Tolland, who runs the
  Under-21s, steps up ...", „Bis auf Weiteres übernimmt U21-Trainer Gian-Luca Cathomas
  interimistisch.“; eighty-second, four-hundred-and-eleventh), a sporting director's next
  step (Zwyssig „bis zur Winterpause“; hundred-nineteenth, hundred-ninety-fifth), coaches'
  injury news and reported facts (Holroyd's scans - three-hundred-and-twenty-fifth -,
  Habersetzer's MRI, Etxegarai's bruise and missed international, Norgaard's Adeyinka
  withdrawn, Moorcroft's Whitlock rested, Ballantyne's reported apology -
  four-hundred-and-eleventh: Ahlgrimm's apology), a contract without a release clause
  (Vasquez-Ord; three-hundred-and-seventy-eighth), a stated acceptance without an appeal
  ("Newcastle said they accepted the decision and would not appeal.";
  two-hundred-and-seventy-fifth), the games a ban costs ("Dorrington will miss ...",
  „Overbeck fehlt damit ...“), a disciplinary case opened („Die UEFA-Disziplinarkammer
  eröffnete ...“; three-hundred-and-twenty-fifth: a league's case opened) and a fixture („In
  der Englischen Woche spielt Union am Mittwoch beim SC Freiburg.“).
- A quoted or reported evaluation, feeling, boast, label, farewell, regret, belief or
  expectation without a figure is a negative with speaker None, also with a named speaker
  and an office (seventh, ninety-eighth, hundred-ninety-fifth, two-hundred-and-fourth,
  three-hundred-and-twenty-fifth, three-hundred-and-seventy-eighth,
  four-hundred-and-eleventh); a quoted or reported fact, figure, step or position is
  check-worthy with its speaker, also in Konjunktiv I and in the Konjunktiv II that stands
  in for it (hundred-ninth: „hätten ... abgegeben“). None of the negatives carries a figure.
  Pairs from one speaker, side or story: Brüggenkamp's two to three weeks beside „Charakter
  gezeigt“; Moorcroft's three weeks beside "instinct you cannot coach" and his Whitlock
  rested beside "deserve every bit of this"; Riisager's "better side for long spells" beside
  Spurs' one win in five; Pöllabauer's five home games beside „Sieg des Willens“ and
  Hochegger's label; Holroyd's scans beside "I don't lie awake"; Grichting's two sessions
  beside «gelitten ... gewonnen»; Castellví's six weeks beside "never stopped believing";
  Lindemeyer's 17 goals beside Dahlgaard's „Unterschied“; West Ham's ten months beside the
  club's farewell and "not immediately clear who"; the DFB's ban beside Vahrenkamp's
  „bitter, aber nachvollziehbar“; the Austrian league's fine beside Hinterstoisser's regret;
  Arsenal's five years and Vasquez-Ord's clause beside "This is my home"; Habersetzer's MRI
  beside „noch lange nicht da“ and his label „zu behäbig“; Norgaard's Adeyinka twice beside
  "look at ourselves" and "Derbies are won with the heart"; Leitgeb-Mayr's four weeks beside
  „Wir lernen“ and Wieser's evasion; Nyffenegger's winner beside «Solche Abende»; UEFA's 3.4
  billion euros beside "Few at UEFA expect"; Etxegarai's bruise beside „Heute ärgern wir
  uns“ and his six weeks beside Brückl's „Moral bewiesen“; Zubiaurre's 13 goals beside
  "believes in itself again"; Rauchenwald's 14 months beside „Die Burschen“; the FCZ's
  Zweijahresvertrag beside its farewell; Ballantyne's reported apology beside his label
  "harsh but fair"; Wallmeroth's kick-off times beside „der wichtigste Partner“; Tiedtke's
  back three beside „ein ganz anderes Gesicht“; Sörensen-Pahl's six leads beside Henschel's
  evasion; the police's seven arrests beside Feichtinger-Hold's „beschämend“; Pedrazzini's
  eleven goals beside Zellweger-Koch's «so dominant»; Wöhrle's 60 million euros beside „ein
  Gesicht dieses Vereins“ and the non-disclosure; Wolves' four and a half years beside
  Pennant's "exactly the profile"; Villa's crowd beside Lindeborg's "belongs on this stage".
  Negatives otherwise: reported labels („sprach von einer „harten, aber vertretbaren“
  Entscheidung“, „kritisierte den Ausschluss als „völlig überzogen““, „nannte die Sperre“,
  „bezeichnete den Auftritt ... als“, „verurteilte die Ausschreitungen als“, "called the
  length of the ban"; two-hundred-and-fourth: condemnations are labels;
  three-hundred-and-seventy-eighth, four-hundred-and-eleventh), farewells («Wir danken Piet
  ...», hiess es in der Mitteilung; "Joost gave everything to this club ...";
  eighty-second), evasions ("would only say that ...", „ließ ... offen“ twice;
  two-hundred-and-fourth), a no-comment line and refusals ("Brighton declined to comment.",
  "left the stadium without talking to the media", "refused to be drawn on whether";
  hundred-ninety-fifth, three-hundred-and-twenty-fifth), a non-disclosure („Über das Gehalt
  machten beide Seiten keine Angaben.“; hundred-ninth), an open question („Ob die Stehplätze
  ... ist noch offen.“), beliefs and expectations without a figure ("Few at UEFA expect
  ...", "Few in Liverpool believe ...", "said he had no doubt his side would climb the
  table"; two-hundred-and-fourth, four-hundred-and-eleventh), a memory in quotes («Ich kann
  mich nicht erinnern, ...») and scene colour (jeering, applause, singing, fans leaving
  early, a draw celebrated like a title, delight on social media; hundred-fifty-third) -
  „mit minutenlangem Applaus“ carries no duration, as „wochenlang“
  (four-hundred-and-fifty-first).
- Scores carry none in any form (thirty-fifth, eighty-second, hundred-ninety-fifth,
  three-hundred-and-twenty-fifth, four-hundred-and-eleventh): „3:1 (1:1)“, „2:0 (0:0)“,
  „2:1“, „4:3 (2:1)“, „2:0 (1:0)“, „0:3 (0:1)“, „2:1 (0:1)“, „1:1 (0:0)“, „3:0 (2:0)“,
  „0:2“, „2:2 (1:0)“, „4:0 (2:0)“, „1:1 (0:1)“, „zum 1:0“, "2-1", "3-1", "2-2", "4-0",
  "2-0", "3-0"; a goal ratio „einem Torverhältnis von 2:12“ none (eighty-second: „21:2
  Toren“).
- Minutes are ordinals (eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-fifth,
  four-hundred-and-eleventh): „in der 14. Minute“, agate „(41.)“, „(58.)“, „(52.)“, „(77.)“,
  „(28.)“, „(66.)“, „(83.)“, „(56.)“, „(6.)“, „(9.)“, „(36.)“, „(81.)“, „(90.+3)“ and
  „(90.+4)“ 90 and 3 or 4 - never added up (eighty-second) -, „dreimal (11., 39., 74.)“
  count 3 and three ordinals and „zweimal (18., 70.)“ count 2 and two ordinals
  (three-hundred-and-twenty-fifth: "zweimal traf (58., 81.)"), „in der 80. und 88. Minute“
  and „in der 34. und in der 71. Minute“ two ordinals each (the noun written once,
  hundred-ninety-fifth), „in der zweiten Minute der Nachspielzeit“ 2, "in the 86th minute",
  "in the ninth minute and ... in the 55th" (the noun left out), "in the 12th and 63rd
  minutes", "in the 17th and 52nd minutes", "in the 67th", "in the 81st", PA's "Danso-Whitby
  33; Brighton: Quiroga-Lund 12, 71, Pereira Lomba 90+4" and "Ekwueme 40; Arsenal:
  Ansah-Lyle 8, Adeyinka 90+1" (90 and 4 or 1), "Okwuosa-Brandt 38, Lindqvist-Haaber 74 pen"
  74 with "pen" none (three-hundred-and-fourteenth: "Adebanjo 90+3 pen"). Game time with its
  unit is a duration: "four minutes after the break" 4 minutes, „sechs Minuten vor Schluss“
  and „zwei Minuten vor dem Ende“ (four-hundred-and-eleventh: „zwei Minuten vor Schluss“),
  „die letzten 20 Minuten“ and "the final 25 minutes" ("last", "final" no hedge,
  eighty-second), „für acht Minuten unterbrochen“ (four-hundred-and-eleventh), „innert 13
  Minuten“ (Swiss „innert“ no hedge), "in the space of four minutes"
  (four-hundred-and-eleventh: "in the space of five minutes"). "the second half" and „in der
  zweiten Halbzeit“ ordinal 2 (eighty-second); "Salgueiro's second goal" 2, "added a second"
  and "headed in the second" 2, "added the third" 3 (three-hundred-and-twenty-fifth: "added
  a fourth"). None: „kurz vor der Pause“, „Nach dem Seitenwechsel“, „Zur Pause“, „nach der
  Pause“, „in der Nachspielzeit“, „früh“, "in stoppage time", "at halftime", "after the
  break" without a figure, "early in the second half" (the ordinal only).
- Tables (thirty-fifth, eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-fifth,
  four-hundred-and-eleventh): points and gaps are counts („20 Punkte und liegt zwei Zähler
  hinter“, „bei 26 Punkten ... einen Zähler vor“ 1 - eighty-second: „einen Punkt vor
  Servette“ -, „mit 27 Punkten einen Zähler vor Servette und drei vor den Young Boys“ 3 with
  the noun left out, „26 Punkte und drei Zähler Vorsprung“, „den Abstand ... auf vier
  Punkte“, „mit 32 Punkten zwei Zähler vor Sturm“, „mit 24 Punkten ..., mit 21 Zählern“,
  „mit elf Punkten ..., mit acht Zählern“, „mit 36 Punkten vor Servette (33) und St. Gallen
  (29)“ - figures in brackets after a club are its points, forty-sixth,
  four-hundred-and-forty-fourth -, „Mit zehn Punkten aus vier Spielen“, „Mit acht Punkten“,
  "26 points from 10 games, three more than" - "more" after the figure compares -, "with
  eight points, two from safety", "16 points, one behind" 1 (eighty-second: "one behind
  leaders"), "on 24 points, five behind Liverpool", "down to two points", "within two points
  of", "32 points from 13 games, two ahead", "third on 27", "fourth on 25", "level on 11
  points", "four points above the relegation zone", "with seven points", "with three
  points", "11 points from five games", "four points from four games", "12 points ... on
  10"); places are ordinals („auf Rang zwei“, „auf Rang drei“, „auf Rang 13“, „auf Platz
  15“, „auf den dritten Tabellenplatz“, „auf den zehnten Platz“, „auf dem 35. Platz“, „auf
  den 29. Rang“, „Dritter“, „Fünfter“, „Siebenter“ 7 - twenty-third: „als Siebenter“;
  sixteenth: the Austrian „Siebente“ -, "second-placed", "sixth-placed", "11th", "12th",
  "14th", "16th", "17th", "18th", "25th", "third", "fourth", "seventh"); the table lines
  „Die Tabellenspitze nach dem 9. Spieltag: 1. Bayern München 22 Punkte, 2. ...“ and
  "Premier League table: 1. Liverpool 32 points, 2. Arsenal 30, ..." give an ordinal per
  place and a count per figure (four-hundred-and-eleventh, four-hundred-and-forty-fourth).
  Goal differences are signed counts: "of minus 14" -14 (four-hundred-and-eleventh New:
  "minus 28"). New: "a goal difference of plus 9" is count 9 - "plus" before a goal
  difference is its sign, as "minus" is (four-hundred-and-eleventh) and as „plus 1,6 Grad“
  (hundred-tenth) keeps its figure as written. New: „Mit null Punkten“ is count 0 - the
  number word for zero is a figure of points as "Britain 0" was one in a medal table
  (four-hundred-and-forty-fourth), and "still without a point" carries none (the article,
  eighty-second: "a point above the relegation zone"). Rounds: „am 9. Spieltag“, „nach dem
  9. Spieltag“, „des 11. Spieltags“, „seit dem 6. Spieltag“, „in der 12. Runde“ (twice), „in
  der 14. Runde“, „am vierten Spieltag“, „am fünften Spieltag“, „im vierten Spiel der
  Ligaphase“, „das vierte Spiel der Ligaphase“ ordinals; „nach neun Spieltagen“, „nach elf
  Spieltagen“ (twice), „nach 14 Runden“, „Nach 22 Runden“, "after four rounds", "after four
  games", "from 10 matches", "with two games to spare" counts. None: „Tabellenführer“,
  „Tabellenspitze“, „Leaderposition“, „Leader“, „Relegationsplatz“ without its number,
  „Vorletzter“, „der Letzte“, „der Vorletzte“, „Barrage“, „Meister- und ...
  Qualifikationsgruppe“, „Kellerduell“, "top of the Premier League", "leaders", "the
  relegation zone", "the last relegation place", "At the bottom"; „die Punkte werden dann
  halbiert“ no fraction (three-hundred-and-twenty-fifth). "a point above Burnley" none
  (eighty-second).
- The Champions League's table (thirty-fifth, eighty-second, three-hundred-and-twenty-fifth,
  four-hundred-and-eleventh): „in der 36 Teams umfassenden Tabelle“, "the 36-team table" and
  "the 36-team standings" count 36 (three-hundred-and-twenty-fifth: "the 36-team table"),
  „Die besten acht Mannschaften“ 8, „auf den Plätzen neun bis 24“ ordinals 9 and 24
  (four-hundred-and-eleventh: "third to sixth"), "the top eight" and "the Champions League's
  top eight" 8, "the last 16" 16 (thirty-fifth, eighty-second), "the top 24" 24, "a
  top-eight finish" 8 (the figure heading the compound; hundred-thirty-second: "a top-10
  fixture"), "The top five" 5 (hundred-ninety-fifth: "in the top three"), "the only team
  with a perfect record after four games" 4, "one of two clubs" 1 and 2
  (hundred-ninety-fifth: definite groups), "Four of the six English clubs" 4 and 6, "all
  four of Salzburg's Champions League games" 4 and "all five of their league-phase matches"
  5 (three-hundred-and-twenty-fifth: "all three of their league-phase games"), "both
  remaining games" none. None: „Achtelfinale“ (eighty-second), „Zwischenrunde“, „Ligaphase“,
  "the league phase", "the knockout phase play-offs", "the play-offs". New: „die
  K.-o.-Runde“ carries none and does not end the sentence - the name of a round written with
  the abbreviation's points inside a compound, as „Achtelfinale“ names a round; the row
  stays one sentence as with „u.a.“ and „Nr. 5“ (the issue).
- Streaks, goals and the nth (eighty-second, hundred-ninety-fifth,
  three-hundred-and-twenty-fifth, four-hundred-and-eleventh): „seit sechs Ligaspielen
  ungeschlagen“, „seit nunmehr 15 Pflichtspielen“, "unbeaten league run to five games", "a
  fifth defeat in six league matches" ordinal 5 and count 6 (three-hundred-and-twenty-fifth:
  "their seventh loss in eight league games"), "just one win from their last five" 1 and 5,
  "lost four of their last six" 4 and 6, "won just two of their 13" 2 and 13, "won nine and
  drawn two of their 11" 9, 2 and 11, "won eight of his 36 games" 8 and 36, „in 14
  Meisterschaftsspielen nur 13 Punkte“ and „Nach fünf Niederlagen in Serie“ counts
  (three-hundred-and-twenty-fifth: „nach drei Niederlagen in Serie“), „in den vergangenen
  acht Spielen sechsmal“ 8 and 6 (the issue's „viermal“), „in den vergangenen drei
  Auswärtsspielen elf Gegentore“, „in den vergangenen fünf Heimspielen“, „17 Gegentore“
  counts; „den vierten Auswärtssieg in Folge“ 4, „zum dritten Mal in Serie“ 3, "a fourth
  straight Premier League win" 4, "his seventh of the season" 7, "his fifth goal in his last
  six appearances" 5 and 6, "his sixth goal of the competition" 6, "the second Premier
  League head coach" 2, „das 358. Wiener Derby“ 358 (hundred-ninety-fifth: „Das 347. Wiener
  Derby“), „Unions erster Sieg seit dem 6. Spieltag“ 1 and 6, „den ersten Sieg in der
  Champions League“ 1, „zum ersten Mal seit 14 Monaten“ 1 and 14 months
  (three-hundred-and-twenty-fifth: "the first time in four years"), „in den ersten neun
  Spielen“ ordinal 1 and count 9 (four-hundred-and-eleventh New: „unter den ersten vier“),
  "his first two Premier League goals" 1 and 2 likewise, "his first professional contract"
  1; "scored twice", "twice", „zweimal“ count 2, „dreimal“ count 3, „drei Tore“ 3, "11 goals
  in 10 Premier League games", "13 goals in 12 Premier League games", "13 goals this
  season", "142 senior appearances ..., scoring 19 goals", „118 Pflichtspiele, in denen er
  21 Tore“, "12 appearances", "scoring 14 goals and conceding three", "two shots on target
  ... for three seasons" 2 and 3 (seasons counted, hundred-ninety-fifth), „68 Prozent
  Ballbesitz“ percent, „23 Torschüsse ab, Leverkusen nur sieben“ (the elided noun,
  eighty-second; „nur“ no hedge), „zwei Trainingseinheiten“, „zwei frische Offensivspieler“,
  "missed three matches" counts. None: "the winner", „den Siegtreffer“, „per Foulelfmeter“,
  „per Penalty“, "from the penalty spot", "a curling free kick", "Teenager", "the most
  expensive", "the largest", "the worst", "a perfect record". New: „Beim
  Sieben-Tore-Spektakel“ is count 7 - the number word heading the compound counts the goals
  the match saw, as "a three-goal lead" (hundred-ninety-fifth) and the issue's
  "28-Punkte-Entwurf"; unlike „im Sechs-Punkte-Spiel“ (four-hundred-and-fifty-second), where
  no six points are won, the seven goals are there in the score. New: „stellte ... auf eine
  Dreierkette um“ carries none - a formation named by its number of defenders is a tactical
  term, as "a hat-trick" (fifteenth), „Doppelpack“ (hundred-fifty-third) and "a brace"
  (four-hundred-and-forty-fifth) name a feat, and „eine“ before it is the article.
- Red cards and bans (eighty-second, four-hundred-and-eleventh): „mit zehn Mann“ and "with
  10 men" count 10, „für zwei Bundesligaspiele gesperrt“ 2, „für drei Spiele gesperrt“ 3,
  "banned for four matches" 4, "added one match to the standard three-match suspension" 1
  and 3 (the number word heading the compound, eighty-second: "a six-match ban"), "fined
  40,000 pounds" GBP, „eine Geldstrafe von 2.500 Euro“ EUR. „glatt Rot“, „Roten Karte“,
  „Gelb-Roten Karte“, „Ausschluss“, „Notbremse“ none. New: „für drei Spiele gesperrt, eines
  davon bedingt“ gives counts 3 and 1 - „eines“ stands for one of the matches with the noun
  left out, as "Brighton pulled two back" (hundred-ninety-fifth) and „drei vor den Young
  Boys“ here, and the Austrian „bedingt“ (suspended) names no figure. New: Swiss „zu zehnt
  spielen“ is count 10 - the numeral adverb says the team played as ten, as „mit zehn Mann“
  and "with 10 men" (eighty-second, four-hundred-and-eleventh).
- Crowds and shares (eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-fifth,
  four-hundred-and-eleventh): „Vor 81.365 Zuschauern“, „Vor 15.860 Zuseherinnen und
  Zusehern“, „mit 16.480 Zuseherinnen und Zusehern“, „vor 26.300 Zuseherinnen und Zusehern“,
  „vor 56.200“, „vor 74.912“, „vor 74.880“, „vor 62.480“, „Vor 22.012“, „vor 30.180“ counts;
  Swiss „Vor 29'650“, „vor 30'940“, „Vor 18'240“ (the apostrophe, tenth); "60,412",
  "Attendance: 29,844.", "A crowd of 73,964", "The crowd of 91,236", "Attendance: 53,190.",
  "Attendance: 61,877.", "42,095"; „einen Zuschauerschnitt von 39.850“ ("-schnitt" no hedge,
  as „im Schnitt“, eighty-second), „mit 81.280 Besuchern pro Heimspiel ..., mit 74.905 und
  ... mit 59.140“ („pro Heimspiel“ none), „zu den 99 Spielen rund 3,95 Millionen
  Besucherinnen und Besucher“ 99 and 3,950,000 "about", „knapp 2 Prozent mehr“ "nearly",
  „Mehr als die Hälfte der Partien“ 0.5 "over" (four-hundred-and-eleventh); „von sieben auf
  fünf“ kick-off times counts. „ausverkauft“, „im ausverkauften Stadion“ none.
- Transfers, contracts, wages and prize money (eighty-second, hundred-ninety-fifth,
  three-hundred-and-twenty-fifth, three-hundred-and-seventy-eighth,
  four-hundred-and-eleventh): „für 35 Millionen Euro“ ("erst" no hedge), "62 million pounds
  ($80.1 million)" GBP and USD, "could rise to 70 million pounds" (no hedge,
  two-hundred-and-seventy-fifth), "for 9 million pounds in 2027", "an initial £24million,
  with a further £6million" GBP twice (three-hundred-and-seventy-eighth New: "an initial"
  and PA's glued "million" - no hedge, "a further" none), "15 per cent of any future
  transfer fee" a sell-on share (hundred-ninth), "around £220,000 a week" "about" ("a week"
  none, three-hundred-and-seventy-eighth), „eine Ausstiegsklausel in Höhe von 75 Millionen
  Euro, die ab Sommer 2031 greift“ EUR and the year, „Angebote von bis zu 60 Millionen Euro“
  "up_to"; "a new five-year contract that runs until the summer of 2034" 5 years and the
  year, „mit einem Zweijahresvertrag“ 2 years (hundred-ninety-fifth: „einen
  Fünfjahresvertrag“), "a four-and-a-half-year contract" 4.5 years (eighty-second New: "a
  two-and-a-half-year contract extension"), „bis zum 30. Juni 2034“ 2034-06-30, „einen
  Vertrag bis 2031“, "a contract until June 2034" the years; "after only 10 months in the
  job" 10 months (three-hundred-and-twenty-fifth: "after just 10 months in charge"); UEFA's
  „eine Prämie von 2,3 Millionen Euro, für ein Unentschieden 760.000 Euro“, "2.3 million
  euros, a draw 760,000 euros", „allein aus der UEFA-Siegprämie 2,3 Millionen Euro“
  („allein“ no hedge) and "a record 3.4 billion euros ($3.9 billion) ... to the 36
  participating clubs" (no hedge; three-hundred-and-twenty-fifth: "a record 12.9 billion
  euros"). None: „im Sommer“, „im Juni“, „im Winter“, „bis zur Winterpause“, "in January",
  "in August", "when the transfer window opens" (the date after it counts), "this season",
  "next season's", "a day after", "the German champions", „Der Schweizer Meister“, "the
  best-paid", "no release clause", "the most expensive player", „ein Unentschieden“ and "a
  draw" (the article). New: "PA understands the midfielder will earn ..." and "..., PA
  understands." mark an unattributed report and are left unchecked - the agency stating what
  it has learned is the rumour form "is understood to" (three-hundred-and-seventy-eighth
  New), not a speaker, and carries no hedge.
- Injuries and ages (eighty-second, hundred-ninety-fifth, four-hundred-and-eleventh):
  „voraussichtlich zwei bis drei Wochen“ two durations with the unit written once
  („voraussichtlich“ no hedge, eighty-second), "at least three weeks" and „mindestens sechs
  Wochen“ "at_least", "for about six weeks" and „etwa vier Wochen“ "about"; ages are
  durations in years (every batch): „der 31-jährige Flückiger“, „Der 22 Jahre alte
  Sjöberg-Hahn“, „Der 25-Jährige“, „der 27-Jährige“, „der 19-jährige Elias Nyffenegger“,
  „Der 52-jährige Niederländer“, „Der 22-Jährige“, "Quiroga-Lund, 24," (twice), "The
  Dutchman, 49,", "The 23-year-old ... at the age of nine" 23 and 9 years
  (three-hundred-and-seventy-eighth: "at the age of 16"), "Okonedo-Pratt, 18,", "The
  29-year-old", "The 21-year-old Austria international", "the 19-year-old Swiss forward";
  "three weeks ago" 3 weeks (four-hundred-and-twentieth: "two years ago"). „eine Woche
  später“ none (three-hundred-and-twenty-fifth: "a week earlier"), as "a day after".
- Years and dates: "since the 2027-28 season" both years (three-hundred-and-twenty-fifth:
  "in the 2025-26 season"), "since 2024", „Baumgärtel kam 2024“, "in 2027", „bis 2031“, „ab
  Sommer 2031“, "the summer of 2034", "June 2034" years; "on January 1" --01-01 (a date
  without a year). Reuters datelines with a day are dates without a year ("LIVERPOOL,
  England, Oct 27" with the country between city and day, "LONDON, Oct 29", "PARIS, Nov 6",
  "NYON, Switzerland, Nov 7", "LONDON, Nov 11", "LONDON, Nov 12", "LONDON, Nov 25",
  "LIVERPOOL, England, Nov 27"; three-hundred-and-seventy-eighth); dpa, SID ("Frankfurt/Main
  (SID)"), APA, Keystone-SDA, PA ("NOTTINGHAM (PA) -", "LONDON (PA) -", "MANCHESTER (PA) -")
  and AP ("MANCHESTER, England (AP) —", "BARCELONA, Spain (AP) —", "LONDON (AP) —",
  "BIRMINGHAM, England (AP) —") datelines none (seventy-ninth). Weekdays, months, „am
  Sonntagabend“, "before Saturday" none. New: „In der Englischen Woche“ carries none - the
  name of a week with a midweek round between two weekends counts no span, as „die
  Länderspielpause“ and "the international break" name a pause and "this season" names no
  length.
- Names and classes with a figure carry none (eighty-second, three-hundred-and-twenty-fifth,
  four-hundred-and-eleventh): "1. FC Köln", "1. FC Union Berlin", „U21-Trainer“
  (four-hundred-and-eleventh: „U23-Trainer“), "the Under-21s" (eighty-second: "Under-21s
  coach"), "Brighton & Hove Albion", "Malmö FF".
- Hedges, only the names in use: „rund“, „etwa“, "about", "around" "about"; „knapp“
  "nearly"; „Mehr als“ "over"; „bis zu“ "up_to"; „mindestens“, "at least" "at_least". No
  hedge: „nur“, „erst“, „bereits“, „allein“, „voraussichtlich“, „Insgesamt“, „jeweils“,
  „nun“, "only", "just", "currently", "a record", "an initial", "a further", "could rise
  to", "last" and "final" before a span, "more" after a figure, Swiss „innert“. New: „seit
  nunmehr 15 Pflichtspielen“ carries no hedge - „nunmehr“ (by now) dates the count as „nun“
  and "now" do and bounds nothing, unlike „mehr als“.
- Speakers, checked only in forms the earlier batches settled: „Brüggenkamp sagte, ...“,
  „Grichting sagte, ...“, „Habersetzer sagte, ...“, „Etxegarai sagte, ...“ (twice),
  „Wallmeroth sagte, ...“ and „Wöhrle sagte, ...“ opening the row the surname
  (three-hundred-and-twenty-fifth, four-hundred-and-eleventh); „Pöllabauer sagte der APA,
  ...“, „Leitgeb-Mayr sagte der APA, ...“ and „Rauchenwald sagte der APA, ...“ the surname
  with the audience dropped (three-hundred-and-twenty-fifth: „Pölzleitner sagte der APA“);
  „Frankfurts Trainer Dario Lindemeyer sagte, ...“ the name with the club's genitive and the
  role dropped (hundred-ninety-fifth: „Hoffenheims Sportdirektor Carsten Brehm sagte“),
  „Sportchef Marco Zwyssig sagte, ...“, „HSV-Trainer Jannik Sörensen-Pahl sagte, ...“ and
  „Lugano-Trainer Nicola Pedrazzini sagte, ...“ the name with the title dropped
  (three-hundred-and-seventy-eighth, four-hundred-and-eleventh); „teilte der DFB mit“ ->
  "der DFB", „teilte die DFL am Montag mit“ -> "die DFL", „teilte der Klub am Sonntag mit“
  -> "der Klub", „wie der Verein am Montag mitteilte“ -> "der Verein" (the weekday dropped;
  three-hundred-and-twenty-fifth, four-hundred-and-eleventh), „teilte die Bundesliga am
  Dienstag mit“ -> "die Bundesliga" (the Austrian league by the name wire copy gives it,
  with its article in the nominative, as „teilte die Liga mit“ -> "die Liga",
  three-hundred-and-twenty-fifth), „Laut Polizei“ -> "Polizei" (hundred-ninety-fifth,
  four-hundred-and-eleventh). English: "Moorcroft said" (twice), "Holroyd said", "Norgaard
  said" (twice) and "Zubiaurre said" opening the row as written, "Castellví told reporters
  that ..." the surname (two-hundred-and-fourth, three-hundred-and-seventy-eighth),
  "Sporting director Helena Vasquez-Ord said" and "Newcastle coach Rory Ballantyne said" the
  name with the role dropped (four-hundred-and-eleventh), "the club said" and "the club
  said, ..." in a lead -> "the club" (the weekday dropped), "the FA said on Monday" -> "the
  FA", "UEFA said ..." opening the row -> "UEFA", "According to Opta" -> "Opta"
  (eighty-second, four-hundred-and-eleventh), "Newcastle said ..." and "..., Wolves said."
  as written (three-hundred-and-twenty-fifth: "Chelsea said"). Left unchecked (None): all
  negatives, also those with a named speaker or a club's statement ("the club said in a
  statement", «..., hiess es in der Mitteilung»); "a person with knowledge of the talks told
  Reuters" and "the source said" (anonymous sources, hundred-ninety-fifth,
  three-hundred-and-seventy-eighth), „Nach „Kicker“-Informationen“ (media reports,
  hundred-ninth), "PA understands" (above), „Gemäss YB“ („gemäss“ before a source left open,
  four-hundred-and-fourth), „Die UEFA-Disziplinarkammer eröffnete ...“ (a verb of acting,
  not of saying) and rows without attribution. To keep the checked speakers near 35, as the
  four-hundred-and-eleventh and four-hundred-and-fifty-first batches did, several facts are
  given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_464 = [
    # --- BVB schlägt Werder (dpa), Samstag, 27. Oktober ---
    (
        "de",
        "Dortmund (dpa) - Borussia Dortmund hat Werder Bremen am 9. Spieltag der Fußball-Bundesliga 3:1 (1:1) besiegt und sich auf Rang zwei verbessert.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Vor 81.365 Zuschauern brachte Malik Osterhage die Gastgeber in der 14. Minute in Führung, Bremens Nils Quadflieg glich kurz vor der Pause aus (41.).",
        True,
        [("count", 81365, None, None), ("ordinal", 14, None, None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Seitenwechsel trafen Jonas Fredebeul (58.) und erneut Osterhage (90.+3) für den BVB, der nun seit sechs Ligaspielen ungeschlagen ist.",
        True,
        [
            ("ordinal", 58, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 3, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bremen spielte ab der 63. Minute in Unterzahl, nachdem Innenverteidiger Mattis Overbeck nach einer Notbremse glatt Rot gesehen hatte.",
        True,
        [("ordinal", 63, None, None)],
        None,
    ),
    (
        "de",
        "„Diese Mannschaft hat heute Charakter gezeigt, darauf bin ich stolz“, sagte BVB-Trainer Ole Brüggenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brüggenkamp sagte, Osterhage habe sich bei seinem Treffer in der Nachspielzeit am Sprunggelenk verletzt und werde voraussichtlich zwei bis drei Wochen fehlen.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        "Brüggenkamp",
    ),
    (
        "de",
        "Der BVB hat nach neun Spieltagen 20 Punkte und liegt zwei Zähler hinter Tabellenführer Bayern München.",
        True,
        [("count", 9, None, None), ("count", 20, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Werder-Trainer Sven Ahrenhold sprach von einer „harten, aber vertretbaren“ Entscheidung des Schiedsrichters.",
        False,
        [],
        None,
    ),
    # --- Liverpool edge Spurs (Reuters), Oct 27 ---
    (
        "en",
        "LIVERPOOL, England, Oct 27 (Reuters) - Liverpool beat Tottenham Hotspur 2-1 at Anfield on Saturday to stay top of the Premier League, with substitute Tomás Arrieta heading the winner in the 86th minute.",
        True,
        [("date", "--10-27", None, None), ("ordinal", 86, None, None)],
        None,
    ),
    (
        "en",
        "Jonah Ekwueme had put Spurs ahead in the 19th minute before Liverpool captain Sam Whitlock levelled four minutes after the break.",
        True,
        [("ordinal", 19, None, None), ("duration", 4, "minute", None)],
        None,
    ),
    (
        "en",
        "The attendance at Anfield was 60,412.",
        True,
        [("count", 60412, None, None)],
        None,
    ),
    (
        "en",
        "Liverpool have 26 points from 10 games, three more than second-placed Arsenal, who play at Bournemouth on Sunday.",
        True,
        [
            ("count", 26, None, None),
            ("count", 10, None, None),
            ("count", 3, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Tomás has the kind of instinct you cannot coach," Liverpool manager Declan Moorcroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Moorcroft said defender Luka Bradač had suffered a hamstring strain and would miss at least three weeks.",
        True,
        [("duration", 3, "week", "at_least")],
        "Moorcroft",
    ),
    (
        "en",
        "Spurs, with just one win from their last five league outings, fell to 11th.",
        True,
        [("count", 1, None, None), ("count", 5, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        '"We were the better side for long spells, and that is what hurts," Spurs head coach Anders Riisager said.',
        False,
        [],
        None,
    ),
    # --- LASK erobert die Spitze (APA), Samstag, 27. Oktober ---
    (
        "de",
        "Linz (APA) - Der LASK hat in der 12. Runde der Fußball-Bundesliga die Wiener Austria mit 2:0 (0:0) besiegt und ist an die Tabellenspitze gestürmt.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Vor 15.860 Zuseherinnen und Zusehern in der Raiffeisen Arena erzielten Stefan Wimmleitner (52.) und Jakob Hörtnagl (77.) die Tore.",
        True,
        [("count", 15860, None, None), ("ordinal", 52, None, None), ("ordinal", 77, None, None)],
        None,
    ),
    (
        "de",
        "Die Austria musste die letzten 20 Minuten nach einem Ausschluss von Mittelfeldspieler Lukas Hinterstoisser mit zehn Mann auskommen.",
        True,
        [("duration", 20, "minute", None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Linzer halten nun bei 26 Punkten und liegen einen Zähler vor Red Bull Salzburg, das erst am Sonntag in Altach antritt.",
        True,
        [("count", 26, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Das war heute ein Sieg des Willens und der Geduld“, sagte LASK-Trainer Gernot Pöllabauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pöllabauer sagte der APA, seine Mannschaft habe in den vergangenen fünf Heimspielen kein einziges Gegentor zugelassen.",
        True,
        [("count", 5, None, None)],
        "Pöllabauer",
    ),
    (
        "de",
        "Austria-Sportdirektor Ralf Hochegger kritisierte den Ausschluss als „völlig überzogen“.",
        False,
        [],
        None,
    ),
    # --- Brighton win at Forest (PA), Oct 27 ---
    (
        "en",
        "NOTTINGHAM (PA) - Brighton deepened Nottingham Forest's troubles with a 3-1 win at the City Ground, where Mateo Quiroga-Lund scored twice.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Scorers: Forest: Danso-Whitby 33; Brighton: Quiroga-Lund 12, 71, Pereira Lomba 90+4.",
        True,
        [
            ("ordinal", 33, None, None),
            ("ordinal", 12, None, None),
            ("ordinal", 71, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Attendance: 29,844.",
        True,
        [("count", 29844, None, None)],
        None,
    ),
    (
        "en",
        "Forest remain 18th with eight points, two from safety, after a fifth defeat in six league matches.",
        True,
        [
            ("ordinal", 18, None, None),
            ("count", 8, None, None),
            ("count", 2, None, None),
            ("ordinal", 5, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        "Quiroga-Lund, 24, has now scored 11 goals in 10 Premier League games this season.",
        True,
        [("duration", 24, "year", None), ("count", 11, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "\"I don't lie awake at night worrying about my job,\" Forest manager Gavin Holroyd said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Holroyd said midfielder Ryan Tickell was sent for hospital scans because the club feared he had broken his ankle.",
        True,
        [],
        "Holroyd",
    ),
    (
        "en",
        "Sections of the home crowd jeered the players off at the final whistle.",
        False,
        [],
        None,
    ),
    # --- Basel übernimmt die Leaderposition (Keystone-SDA), Sonntag, 28. Oktober ---
    (
        "de",
        "Basel (Keystone-SDA) - Der FC Basel hat das Spitzenspiel der 12. Runde gegen Servette 2:1 gewonnen und die Leaderposition übernommen.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Vor 29'650 Zuschauern im St.-Jakob-Park traf Captain Noah Flückiger in der 27. Minute per Penalty zum 1:0.",
        True,
        [("count", 29650, None, None), ("ordinal", 27, None, None)],
        None,
    ),
    (
        "de",
        "Servettes Yannick Berthoud glich in der 61. Minute aus, ehe der eingewechselte Dario Kälin sechs Minuten vor Schluss den Siegtreffer erzielte.",
        True,
        [("ordinal", 61, None, None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Basel liegt mit 27 Punkten einen Zähler vor Servette und drei vor den Young Boys.",
        True,
        [("count", 27, None, None), ("count", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben heute als Mannschaft gelitten und als Mannschaft gewonnen», sagte FCB-Trainer Fabio Grichting.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grichting sagte, der 31-jährige Flückiger habe wegen Rückenproblemen zwei Trainingseinheiten verpasst und nur dank einer Spritze gespielt.",
        True,
        [("duration", 31, "year", None), ("count", 2, None, None)],
        "Grichting",
    ),
    (
        "de",
        "Die Basler Fans feierten ihre Mannschaft nach dem Schlusspfiff mit minutenlangem Applaus.",
        False,
        [],
        None,
    ),
    # --- United twice come back against Villa (AP), Oct 28 ---
    (
        "en",
        "MANCHESTER, England (AP) — Manchester United recovered from a goal down twice at Old Trafford on Sunday and drew 2-2 with Aston Villa.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ollie Braithwaite gave Villa the lead in the ninth minute and restored it in the 55th, but Bruno Salgueiro equalized each time for United.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 55, None, None)],
        None,
    ),
    (
        "en",
        "Salgueiro's second goal, a curling free kick in the 78th minute, was his seventh of the season.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 78, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 73,964 watched United stretch their unbeaten league run to five games.",
        True,
        [("count", 73964, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "United are seventh with 16 points, one behind sixth-placed Villa.",
        True,
        [
            ("ordinal", 7, None, None),
            ("count", 16, None, None),
            ("count", 1, None, None),
            ("ordinal", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        '"My players never stopped believing," United coach Ruben Castellví said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellví told reporters that goalkeeper Aaron Pelly would be out for about six weeks after surgery on a broken finger.",
        True,
        [("duration", 6, "week", "about")],
        "Castellví",
    ),
    # --- Leipzig gewinnt Torfestival in Frankfurt (SID), Sonntag, 28. Oktober ---
    (
        "de",
        "Frankfurt/Main (SID) - RB Leipzig hat bei Eintracht Frankfurt mit 4:3 (2:1) gewonnen und den vierten Auswärtssieg in Folge gefeiert.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Beim Sieben-Tore-Spektakel vor 56.200 Zuschauern traf der Schwede Emil Sjöberg-Hahn dreimal (11., 39., 74.).",
        True,
        [
            ("count", 7, None, None),
            ("count", 56200, None, None),
            ("count", 3, None, None),
            ("ordinal", 11, None, None),
            ("ordinal", 39, None, None),
            ("ordinal", 74, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für die Eintracht trafen Kapitän Fabian Kreuzberger per Foulelfmeter (28.) sowie Ilias Benali und Timo Ruppert in der 80. und 88. Minute.",
        True,
        [("ordinal", 28, None, None), ("ordinal", 80, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "Der 22 Jahre alte Sjöberg-Hahn war erst im Sommer für 35 Millionen Euro von Malmö FF nach Leipzig gewechselt.",
        True,
        [("duration", 22, "year", None), ("money", 35000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Emil hat heute den Unterschied gemacht, mehr muss man dazu nicht sagen“, sagte RB-Trainer Kasper Dahlgaard.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Frankfurts Trainer Dario Lindemeyer sagte, seine Mannschaft habe in den ersten neun Spielen bereits 17 Gegentore kassiert.",
        True,
        [("ordinal", 1, None, None), ("count", 9, None, None), ("count", 17, None, None)],
        "Dario Lindemeyer",
    ),
    (
        "de",
        "Die Tabellenspitze nach dem 9. Spieltag: 1. Bayern München 22 Punkte, 2. Borussia Dortmund 20, 3. RB Leipzig 19, 4. Bayer Leverkusen 18",
        True,
        [
            ("ordinal", 9, None, None),
            ("ordinal", 1, None, None),
            ("count", 22, None, None),
            ("ordinal", 2, None, None),
            ("count", 20, None, None),
            ("ordinal", 3, None, None),
            ("count", 19, None, None),
            ("ordinal", 4, None, None),
            ("count", 18, None, None),
        ],
        None,
    ),
    # --- West Ham sack van Rijnsburg (Reuters), Oct 29 ---
    (
        "en",
        "LONDON, Oct 29 (Reuters) - West Ham United sacked head coach Joost van Rijnsburg on Monday after only 10 months in the job, the club said, a day after a 4-0 loss at Newcastle United dropped them to 17th.",
        True,
        [
            ("date", "--10-29", None, None),
            ("duration", 10, "month", None),
            ("ordinal", 17, None, None),
        ],
        "the club",
    ),
    (
        "en",
        "The Dutchman, 49, won eight of his 36 games in all competitions.",
        True,
        [("duration", 49, "year", None), ("count", 8, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "Mark Tolland, who runs the Under-21s, steps up to lead the team in Saturday's home game against Everton.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Joost gave everything to this club and we wish him every success," the club said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "West Ham have collected nine points from 10 matches, and their goal difference of minus 14 is the worst in the division.",
        True,
        [("count", 9, None, None), ("count", 10, None, None), ("count", -14, None, None)],
        None,
    ),
    (
        "en",
        "Van Rijnsburg is the second Premier League head coach to lose his job this season.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was not immediately clear who would replace him on a permanent basis.",
        False,
        [],
        None,
    ),
    # --- Overbeck gesperrt (dpa), Montag, 29. Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa) - Werder Bremens Innenverteidiger Mattis Overbeck ist nach seiner Roten Karte in Dortmund für zwei Bundesligaspiele gesperrt worden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 25-Jährige hatte in der 63. Minute eine Notbremse begangen, teilte der DFB mit.",
        True,
        [("duration", 25, "year", None), ("ordinal", 63, None, None)],
        "der DFB",
    ),
    (
        "de",
        "Overbeck fehlt damit am Samstag gegen den VfL Wolfsburg und eine Woche später beim 1. FC Köln.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Werder-Sportchef Clemens Vahrenkamp nannte die Sperre „bitter, aber nachvollziehbar“.",
        False,
        [],
        None,
    ),
    # --- Sperre für Hinterstoisser (APA), Dienstag, 30. Oktober ---
    (
        "de",
        "Wien (APA) - Der Strafsenat der Fußball-Bundesliga hat Austria-Mittelfeldspieler Lukas Hinterstoisser nach seinem Ausschluss in Linz für drei Spiele gesperrt, eines davon bedingt.",
        True,
        [("count", 3, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Zusätzlich muss der 27-Jährige eine Geldstrafe von 2.500 Euro zahlen, teilte die Bundesliga am Dienstag mit.",
        True,
        [("duration", 27, "year", None), ("money", 2500, "EUR", None)],
        "die Bundesliga",
    ),
    (
        "de",
        "Hinterstoisser hatte LASK-Kapitän Felix Aigner in der 70. Minute mit gestrecktem Bein getroffen.",
        True,
        [("ordinal", 70, None, None)],
        None,
    ),
    (
        "de",
        "„So etwas darf mir einfach nicht passieren“, ließ Hinterstoisser über den Klub ausrichten.",
        False,
        [],
        None,
    ),
    # --- Ansah-Lyle signs new Arsenal deal (PA), Oct 30 ---
    (
        "en",
        "LONDON (PA) - Arsenal midfielder Kofi Ansah-Lyle has signed a new five-year contract that runs until the summer of 2034, the club said.",
        True,
        [("duration", 5, "year", None), ("year", 2034, None, None)],
        "the club",
    ),
    (
        "en",
        "The 23-year-old joined Arsenal's academy at the age of nine and has made 142 senior appearances for the club, scoring 19 goals.",
        True,
        [
            ("duration", 23, "year", None),
            ("duration", 9, "year", None),
            ("count", 142, None, None),
            ("count", 19, None, None),
        ],
        None,
    ),
    (
        "en",
        "\"This is my home and I never wanted to be anywhere else,\" Ansah-Lyle told the club's website.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Sporting director Helena Vasquez-Ord said the new deal contained no release clause.",
        True,
        [],
        "Helena Vasquez-Ord",
    ),
    (
        "en",
        "PA understands the midfielder will earn around £220,000 a week, putting him among the best-paid players in the club's history.",
        True,
        [("money", 220000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Supporters greeted the announcement with delight on social media.",
        False,
        [],
        None,
    ),
    # --- Bayern schlagen Inter (dpa), Dienstag, 6. November ---
    (
        "de",
        "München (dpa) - Der FC Bayern München hat am vierten Spieltag der Champions-League-Ligaphase Inter Mailand mit 2:0 (1:0) besiegt.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Portugiese Nuno Valadares traf vor 74.912 Zuschauern in der 31. Minute per Kopf, Kapitän Leon Strobl erhöhte zwei Minuten vor dem Ende.",
        True,
        [
            ("count", 74912, None, None),
            ("ordinal", 31, None, None),
            ("duration", 2, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Mit zehn Punkten aus vier Spielen liegen die Münchner in der 36 Teams umfassenden Tabelle auf Rang drei.",
        True,
        [
            ("count", 10, None, None),
            ("count", 4, None, None),
            ("count", 36, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die besten acht Mannschaften erreichen direkt das Achtelfinale, die Teams auf den Plätzen neun bis 24 spielen in einer Zwischenrunde um den Einzug.",
        True,
        [("count", 8, None, None), ("ordinal", 9, None, None), ("ordinal", 24, None, None)],
        None,
    ),
    (
        "de",
        "Für jeden Sieg in der Ligaphase zahlt die UEFA eine Prämie von 2,3 Millionen Euro, für ein Unentschieden 760.000 Euro.",
        True,
        [("money", 2300000, "EUR", None), ("money", 760000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Torhüter Timo Wendehorst blieb zum dritten Mal in Serie ohne Gegentor.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind noch lange nicht da, wo wir hinwollen“, sagte Bayern-Trainer Lorenz Habersetzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Habersetzer sagte, Strobl habe nach seinem Treffer über Adduktorenprobleme geklagt, eine MRT-Untersuchung solle am Mittwoch Klarheit bringen.",
        True,
        [],
        "Habersetzer",
    ),
    # --- PSG beat Arsenal (Reuters), Nov 6 ---
    (
        "en",
        "PARIS, Nov 6 (Reuters) - Paris St Germain beat Arsenal 2-0 in the Champions League on Tuesday, leaving the London club with four points from four games in the league phase.",
        True,
        [("date", "--11-06", None, None), ("count", 4, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Yanis Belkacem-Roux struck in the 24th minute and Ousmane Diakhaby-Fall added a second in the 67th at the Parc des Princes.",
        True,
        [("ordinal", 24, None, None), ("ordinal", 2, None, None), ("ordinal", 67, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal, who have not won away in the competition since the 2027-28 season, are 25th in the 36-team table.",
        True,
        [
            ("year", 2027, None, None),
            ("year", 2028, None, None),
            ("ordinal", 25, None, None),
            ("count", 36, None, None),
        ],
        None,
    ),
    (
        "en",
        "Only the top eight qualify automatically for the last 16.",
        True,
        [("count", 8, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        '"We have to look at ourselves, nobody else," Arsenal manager Stellan Norgaard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Norgaard said striker Femi Adeyinka had felt tightness in his calf at halftime and was withdrawn as a precaution.",
        True,
        [],
        "Norgaard",
    ),
    (
        "en",
        "According to Opta, Arsenal managed just two shots on target all night, their lowest total in a Champions League game for three seasons.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        "Opta",
    ),
    (
        "en",
        "Arsenal's travelling fans sang the manager's name long after the final whistle.",
        False,
        [],
        None,
    ),
    # --- Salzburg verliert auch in Madrid (APA), Dienstag, 6. November ---
    (
        "de",
        "Madrid (APA) - Red Bull Salzburg hat in der Champions League auch das vierte Spiel der Ligaphase verloren.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Salzburger unterlagen Atlético Madrid vor 62.480 Zuschauern mit 0:3 (0:1), Alejandro Cabañero traf zweimal (18., 70.).",
        True,
        [
            ("count", 62480, None, None),
            ("count", 2, None, None),
            ("ordinal", 18, None, None),
            ("ordinal", 70, None, None),
        ],
        None,
    ),
    (
        "de",
        "Mit null Punkten und einem Torverhältnis von 2:12 liegt Salzburg auf dem 35. Platz.",
        True,
        [("count", 0, None, None), ("ordinal", 35, None, None)],
        None,
    ),
    (
        "de",
        "„Wir lernen in jedem dieser Spiele dazu, auch wenn es weh tut“, sagte Trainer Thomas Leitgeb-Mayr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Leitgeb-Mayr sagte der APA, Innenverteidiger Samson Okoye-Haas werde wegen eines Muskelfaserrisses etwa vier Wochen ausfallen.",
        True,
        [("duration", 4, "week", "about")],
        "Leitgeb-Mayr",
    ),
    (
        "de",
        "Ob der Verein im Winter einen Ersatz holt, ließ Sportchef Bernhard Wieser offen.",
        False,
        [],
        None,
    ),
    # --- Liverpool win at Barcelona (AP), Nov 7 ---
    (
        "en",
        "BARCELONA, Spain (AP) — Liverpool won 3-1 at Barcelona in the Champions League on Wednesday to remain the only team with a perfect record after four games.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Arrieta scored in the 12th and 63rd minutes before Whitlock sealed the win in stoppage time.",
        True,
        [("ordinal", 12, None, None), ("ordinal", 63, None, None)],
        None,
    ),
    (
        "en",
        "Barcelona's only goal came from a penalty by Marc Vilaplana in the 41st minute.",
        True,
        [("ordinal", 41, None, None)],
        None,
    ),
    (
        "en",
        "The crowd of 91,236 at the Camp Nou was the largest for a Champions League game this season.",
        True,
        [("count", 91236, None, None)],
        None,
    ),
    (
        "en",
        "Liverpool have 12 points and a goal difference of plus 9.",
        True,
        [("count", 12, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        '"It was a night our supporters will talk about for a long time," Moorcroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Barcelona coach Iñaki Larrañeta-Soler left the stadium without talking to the media.",
        False,
        [],
        None,
    ),
    # --- YB feiert ersten Sieg (Keystone-SDA), Mittwoch, 7. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Young Boys haben im vierten Spiel der Ligaphase den ersten Sieg in der Champions League eingefahren.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Schweizer Meister bezwang Benfica Lissabon im ausverkauften Wankdorf vor 30'940 Zuschauern 2:1 (0:1).",
        True,
        [("count", 30940, None, None)],
        None,
    ),
    (
        "de",
        "Captain Loris Aeschbacher traf in der 57. Minute zum Ausgleich, der 19-jährige Elias Nyffenegger erzielte in der 89. Minute den Siegtreffer.",
        True,
        [("ordinal", 57, None, None), ("duration", 19, "year", None), ("ordinal", 89, None, None)],
        None,
    ),
    (
        "de",
        "YB verbesserte sich mit drei Punkten auf den 29. Rang.",
        True,
        [("count", 3, None, None), ("ordinal", 29, None, None)],
        None,
    ),
    (
        "de",
        "«Solche Abende vergisst man sein Leben lang nicht», sagte Nyffenegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gemäss YB flossen allein aus der UEFA-Siegprämie 2,3 Millionen Euro in die Klubkasse.",
        True,
        [("money", 2300000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die YB-Anhänger sangen und tanzten auf den Rängen, bis das Flutlicht ausging.",
        False,
        [],
        None,
    ),
    # --- Champions League standings (Reuters), Nov 7 ---
    (
        "en",
        "NYON, Switzerland, Nov 7 (Reuters) - Liverpool lead the Champions League table with 12 points after four rounds of the league phase, with Bayern Munich and Atletico Madrid on 10.",
        True,
        [
            ("date", "--11-07", None, None),
            ("count", 12, None, None),
            ("count", 4, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    (
        "en",
        "Four of the six English clubs are currently in the top 24, the places that lead to the knockout phase play-offs or beyond.",
        True,
        [("count", 4, None, None), ("count", 6, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Red Bull Salzburg are one of two clubs still without a point.",
        True,
        [("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "UEFA said a record 3.4 billion euros ($3.9 billion) would be distributed to the 36 participating clubs this season.",
        True,
        [
            ("money", 3400000000, "EUR", None),
            ("money", 3900000000, "USD", None),
            ("count", 36, None, None),
        ],
        "UEFA",
    ),
    (
        "en",
        "Each league-phase win is worth 2.3 million euros, a draw 760,000 euros.",
        True,
        [("money", 2300000, "EUR", None), ("money", 760000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Few at UEFA expect the format to be changed before the current broadcast deals expire.",
        False,
        [],
        None,
    ),
    # --- Bayern und Leverkusen trennen sich remis (dpa), Samstag, 10. November ---
    (
        "de",
        "München (dpa) - Im Spitzenspiel des 11. Spieltags sind der FC Bayern München und Bayer Leverkusen nicht über ein 1:1 (0:0) hinausgekommen, die Münchner bleiben Tabellenführer.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Leverkusens Kwame Addo-Reuter traf vor 74.880 Zuschauern in der 49. Minute zur Führung, ehe Valadares in der zweiten Minute der Nachspielzeit ausglich.",
        True,
        [("count", 74880, None, None), ("ordinal", 49, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Bayern haben nach elf Spieltagen 26 Punkte und drei Zähler Vorsprung auf Dortmund, das am Sonntag in Mainz spielt.",
        True,
        [("count", 11, None, None), ("count", 26, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Münchner hatten 68 Prozent Ballbesitz und gaben 23 Torschüsse ab, Leverkusen nur sieben.",
        True,
        [("percent", 68, "%", None), ("count", 23, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Heute ärgern wir uns, morgen werden wir stolz sein“, sagte Leverkusens Trainer Xabier Etxegarai.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Etxegarai sagte, Addo-Reuter sei mit einer Prellung ausgewechselt worden und werde das Länderspiel mit Ghana am Donnerstag wohl verpassen.",
        True,
        [],
        "Etxegarai",
    ),
    (
        "de",
        "Bayern-Trainer Habersetzer bezeichnete den Auftritt seiner Mannschaft als „zu behäbig“.",
        False,
        [],
        None,
    ),
    # --- City end Liverpool's unbeaten start (PA), Nov 10 ---
    (
        "en",
        "MANCHESTER (PA) - Manchester City ended Liverpool's unbeaten start to the season with a 2-0 win at the Etihad Stadium.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Liverpool had won nine and drawn two of their 11 league games before Saturday.",
        True,
        [("count", 9, None, None), ("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Scorers: Man City: Okwuosa-Brandt 38, Lindqvist-Haaber 74 pen.",
        True,
        [("ordinal", 38, None, None), ("ordinal", 74, None, None)],
        None,
    ),
    (
        "en",
        "Attendance: 53,190.",
        True,
        [("count", 53190, None, None)],
        None,
    ),
    (
        "en",
        "City climb to third on 24 points, five behind Liverpool, whose lead over second-placed Arsenal is down to two points.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 24, None, None),
            ("count", 5, None, None),
            ("ordinal", 2, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        '"That was the performance of a team that believes in itself again," City manager Iker Zubiaurre said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Zubiaurre said striker Anders Lindqvist-Haaber, who has scored 13 goals this season, had played through a knee problem.",
        True,
        [("count", 13, None, None)],
        "Zubiaurre",
    ),
    # --- Sturm deklassiert Salzburg (APA), Samstag, 10. November ---
    (
        "de",
        "Graz (APA) - Sturm Graz hat in der 14. Runde der Bundesliga Red Bull Salzburg mit 3:0 (2:0) deklassiert und den Abstand auf die Salzburger auf vier Punkte vergrößert.",
        True,
        [("ordinal", 14, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "In der mit 16.480 Zuseherinnen und Zusehern gefüllten Merkur Arena trafen Kapitän Dominik Gsellmann (9.), Tobias Zettl (36.) und der eingewechselte Amir Halilović (81.).",
        True,
        [
            ("count", 16480, None, None),
            ("ordinal", 9, None, None),
            ("ordinal", 36, None, None),
            ("ordinal", 81, None, None),
        ],
        None,
    ),
    (
        "de",
        "Tabellenführer LASK liegt nach 14 Runden mit 32 Punkten zwei Zähler vor Sturm, Salzburg ist mit 26 Punkten Dritter.",
        True,
        [
            ("count", 14, None, None),
            ("count", 32, None, None),
            ("count", 2, None, None),
            ("count", 26, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach 22 Runden wird die Liga in eine Meister- und eine Qualifikationsgruppe geteilt, die Punkte werden dann halbiert.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "„Die Burschen haben heute alles umgesetzt, was wir besprochen haben“, sagte Sturm-Trainer Christian Rauchenwald.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rauchenwald sagte der APA, Halilović habe nach seiner Knieverletzung zum ersten Mal seit 14 Monaten wieder ein Pflichtspiel bestritten.",
        True,
        [("ordinal", 1, None, None), ("duration", 14, "month", None)],
        "Rauchenwald",
    ),
    (
        "de",
        "Viele Salzburger Anhänger verließen das Stadion schon vor dem Abpfiff.",
        False,
        [],
        None,
    ),
    # --- Bayern agree deal for Quiroga-Lund (Reuters), Nov 11 ---
    (
        "en",
        "LONDON, Nov 11 (Reuters) - Bayern Munich have agreed to pay Brighton & Hove Albion 62 million pounds ($80.1 million) for striker Mateo Quiroga-Lund, who will move to the German champions in January, a person with knowledge of the talks told Reuters.",
        True,
        [
            ("date", "--11-11", None, None),
            ("money", 62000000, "GBP", None),
            ("money", 80100000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The fee could rise to 70 million pounds with add-ons, which would make the Uruguayan the most expensive player Brighton have ever sold.",
        True,
        [("money", 70000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Quiroga-Lund, 24, is expected to sign a contract until June 2034, the source said.",
        True,
        [("duration", 24, "year", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "He has scored 13 goals in 12 Premier League games this season after joining Brighton from Montevideo Wanderers for 9 million pounds in 2027.",
        True,
        [
            ("count", 13, None, None),
            ("count", 12, None, None),
            ("money", 9000000, "GBP", None),
            ("year", 2027, None, None),
        ],
        None,
    ),
    (
        "en",
        "Brighton declined to comment.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Bayern sporting director Armin Rothkegel would only say that the club were "always looking for solutions".',
        False,
        [],
        None,
    ),
    # --- FCZ trennt sich von Bloemers (Keystone-SDA), Sonntag, 11. November ---
    (
        "de",
        "Zürich (Keystone-SDA) - Nach fünf Niederlagen in Serie hat der FC Zürich Trainer Piet Bloemers mit sofortiger Wirkung freigestellt.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der 52-jährige Niederländer war erst im Juni mit einem Zweijahresvertrag verpflichtet worden, teilte der Klub am Sonntag mit.",
        True,
        [("duration", 52, "year", None), ("duration", 2, "year", None)],
        "der Klub",
    ),
    (
        "de",
        "Am Samstag hatte der FCZ gegen Lausanne-Sport 0:2 verloren und war auf den zehnten Platz abgerutscht.",
        True,
        [("ordinal", 10, None, None)],
        None,
    ),
    (
        "de",
        "Unter Bloemers holten die Zürcher in 14 Meisterschaftsspielen nur 13 Punkte.",
        True,
        [("count", 14, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Bis auf Weiteres übernimmt U21-Trainer Gian-Luca Cathomas interimistisch.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sportchef Marco Zwyssig sagte, man wolle bis zur Winterpause einen Nachfolger präsentieren.",
        True,
        [],
        "Marco Zwyssig",
    ),
    (
        "de",
        "«Wir danken Piet für seinen grossen Einsatz und wünschen ihm alles Gute», hiess es in der Mitteilung.",
        False,
        [],
        None,
    ),
    # --- Chelsea beat Newcastle (AP), Nov 11 ---
    (
        "en",
        "LONDON (AP) — Chelsea beat Newcastle 3-0 at Stamford Bridge on Sunday for a fourth straight Premier League win.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Teenager Harvey Okonedo-Pratt scored his first two Premier League goals, in the 17th and 52nd minutes, and captain Reece Cawthorne added the third from the penalty spot.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 2, None, None),
            ("ordinal", 17, None, None),
            ("ordinal", 52, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Newcastle played the final 25 minutes with 10 men after defender Callum Dorrington was sent off for an elbow on Okonedo-Pratt.",
        True,
        [("duration", 25, "minute", None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Chelsea are fourth with 22 points.",
        True,
        [("ordinal", 4, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        '"Harvey plays without fear, and that is a gift," Chelsea coach Tiago Benquerença said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Newcastle coach Rory Ballantyne said Dorrington had apologized to his teammates in the dressing room.",
        True,
        [],
        "Rory Ballantyne",
    ),
    (
        "en",
        "Okonedo-Pratt, 18, signed his first professional contract in August.",
        True,
        [("duration", 18, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Zuschauerzahlen (dpa), Montag, 12. November ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Fußball-Bundesliga hat nach elf Spieltagen einen Zuschauerschnitt von 39.850 erreicht, knapp 2 Prozent mehr als zum gleichen Zeitpunkt der Vorsaison.",
        True,
        [("count", 11, None, None), ("count", 39850, None, None), ("percent", 2, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Insgesamt kamen zu den 99 Spielen rund 3,95 Millionen Besucherinnen und Besucher, teilte die DFL am Montag mit.",
        True,
        [("count", 99, None, None), ("count", 3950000, None, "about")],
        "die DFL",
    ),
    (
        "de",
        "Borussia Dortmund führt die Zuschauertabelle mit 81.280 Besuchern pro Heimspiel an, dahinter folgen der FC Bayern mit 74.905 und der VfB Stuttgart mit 59.140.",
        True,
        [("count", 81280, None, None), ("count", 74905, None, None), ("count", 59140, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der Partien war ausverkauft.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "DFL-Geschäftsführerin Katrin Wallmeroth sagte, die Fans seien „der wichtigste Partner, den wir haben“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wallmeroth sagte, die Liga wolle die Zahl der Anstoßzeiten in der kommenden Saison von sieben auf fünf senken.",
        True,
        [("count", 7, None, None), ("count", 5, None, None)],
        "Wallmeroth",
    ),
    (
        "de",
        "Ob die Stehplätze in allen Stadien erhalten bleiben, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Dorrington banned (Reuters), Nov 12 ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - Newcastle United defender Callum Dorrington has been banned for four matches after the Football Association found him guilty of violent conduct in Sunday's defeat at Chelsea.",
        True,
        [("date", "--11-12", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The 29-year-old, who was sent off in the 65th minute, was also fined 40,000 pounds, the FA said on Monday.",
        True,
        [
            ("duration", 29, "year", None),
            ("ordinal", 65, None, None),
            ("money", 40000, "GBP", None),
        ],
        "the FA",
    ),
    (
        "en",
        "An independent regulatory commission added one match to the standard three-match suspension for violent conduct.",
        True,
        [("count", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Newcastle said they accepted the decision and would not appeal.",
        True,
        [],
        "Newcastle",
    ),
    (
        "en",
        "Dorrington will miss league games against Fulham, Wolves, Brentford and Leeds United.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Newcastle coach Rory Ballantyne called the length of the ban "harsh but fair".',
        False,
        [],
        None,
    ),
    # --- Union gewinnt das Kellerduell (SID), Samstag, 24. November ---
    (
        "de",
        "Berlin (SID) - Der 1. FC Union Berlin hat das Kellerduell gegen den Hamburger SV mit 2:1 (0:1) gewonnen und den Relegationsplatz verlassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 22.012 Zuschauern im ausverkauften Stadion An der Alten Försterei drehten Lennart Posipal (66.) und Can Yıldırımer (83.) die Partie.",
        True,
        [("count", 22012, None, None), ("ordinal", 66, None, None), ("ordinal", 83, None, None)],
        None,
    ),
    (
        "de",
        "Zur Pause stellte Union-Trainer Bernd Tiedtke auf eine Dreierkette um und brachte zwei frische Offensivspieler.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Union klettert mit elf Punkten auf Platz 15, der HSV bleibt mit acht Zählern Vorletzter.",
        True,
        [("count", 11, None, None), ("ordinal", 15, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Es war Unions erster Sieg seit dem 6. Spieltag.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Die Jungs haben nach der Pause ein ganz anderes Gesicht gezeigt“, sagte Tiedtke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "HSV-Trainer Jannik Sörensen-Pahl sagte, seine Mannschaft habe in den vergangenen acht Spielen sechsmal eine Führung verspielt.",
        True,
        [("count", 8, None, None), ("count", 6, None, None)],
        "Jannik Sörensen-Pahl",
    ),
    (
        "de",
        "In der Englischen Woche spielt Union am Mittwoch beim SC Freiburg.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob Sörensen-Pahl am Mittwoch noch auf der Bank sitzt, ließ Sportvorstand Olaf Henschel offen.",
        False,
        [],
        None,
    ),
    # --- Arsenal win north London derby (PA), Nov 24 ---
    (
        "en",
        "LONDON (PA) - Arsenal won the north London derby 2-1 at the Tottenham Hotspur Stadium to close within two points of leaders Liverpool.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Scorers: Tottenham: Ekwueme 40; Arsenal: Ansah-Lyle 8, Adeyinka 90+1.",
        True,
        [
            ("ordinal", 40, None, None),
            ("ordinal", 8, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Attendance: 61,877.",
        True,
        [("count", 61877, None, None)],
        None,
    ),
    (
        "en",
        "Ansah-Lyle's opener was his fifth goal in his last six appearances.",
        True,
        [("ordinal", 5, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal have not lost a league game at Tottenham since 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"Derbies are won with the heart, and my players showed plenty of it," Arsenal manager Stellan Norgaard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Norgaard said Adeyinka, who had missed three matches with a calf injury, had come through the game without a reaction.",
        True,
        [("count", 3, None, None)],
        "Norgaard",
    ),
    (
        "en",
        "Spurs, who slipped to 12th, have now lost four of their last six league games.",
        True,
        [("ordinal", 12, None, None), ("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    # --- Remis im Wiener Derby (APA), Sonntag, 25. November ---
    (
        "de",
        "Wien (APA) - Rapid hat das 358. Wiener Derby gegen die Austria vor 26.300 Zuseherinnen und Zusehern mit 2:2 (1:0) beendet.",
        True,
        [("ordinal", 358, None, None), ("count", 26300, None, None)],
        None,
    ),
    (
        "de",
        "Rapid-Stürmer Moritz Grabherr traf in der 34. und in der 71. Minute, für die Austria glichen Dominik Kornexl (56.) und der eingewechselte Florian Dworschak (90.+4) jeweils aus.",
        True,
        [
            ("ordinal", 34, None, None),
            ("ordinal", 71, None, None),
            ("ordinal", 56, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Partie war in der zweiten Halbzeit wegen Pyrotechnik aus dem Rapid-Sektor für acht Minuten unterbrochen.",
        True,
        [("ordinal", 2, None, None), ("duration", 8, "minute", None)],
        None,
    ),
    (
        "de",
        "Laut Polizei wurden im Umfeld des Spiels sieben Personen festgenommen.",
        True,
        [("count", 7, None, None)],
        "Polizei",
    ),
    (
        "de",
        "Rapid-Trainer Markus Feichtinger-Hold verurteilte die Ausschreitungen als „beschämend für unseren Verein“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Tabelle bleibt Rapid mit 24 Punkten Fünfter, die Austria ist mit 21 Zählern Siebenter.",
        True,
        [
            ("count", 24, None, None),
            ("ordinal", 5, None, None),
            ("count", 21, None, None),
            ("ordinal", 7, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Austria-Fans feierten den späten Ausgleich, als hätten sie den Meistertitel gewonnen.",
        False,
        [],
        None,
    ),
    # --- Premier League round-up (Reuters), Nov 25 ---
    (
        "en",
        "LONDON, Nov 25 (Reuters) - Liverpool stayed top of the Premier League after a 2-0 win at Everton and lead on 32 points from 13 games, two ahead of Arsenal.",
        True,
        [
            ("date", "--11-25", None, None),
            ("count", 32, None, None),
            ("count", 13, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Manchester City are third on 27 after beating Fulham 3-1 on Sunday, with Chelsea fourth on 25.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 27, None, None),
            ("ordinal", 4, None, None),
            ("count", 25, None, None),
        ],
        None,
    ),
    (
        "en",
        "At the bottom, Nottingham Forest and West Ham are level on 11 points, a point above Burnley, who occupy the last relegation place.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Forest have won just two of their 13 league games.",
        True,
        [("count", 2, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Everton manager Kieran Lusk-Mahon said he had no doubt his side would climb the table.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The top five in the Premier League qualify for next season's Champions League.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Premier League table: 1. Liverpool 32 points, 2. Arsenal 30, 3. Manchester City 27, 4. Chelsea 25, 5. Aston Villa 24",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 32, None, None),
            ("ordinal", 2, None, None),
            ("count", 30, None, None),
            ("ordinal", 3, None, None),
            ("count", 27, None, None),
            ("ordinal", 4, None, None),
            ("count", 25, None, None),
            ("ordinal", 5, None, None),
            ("count", 24, None, None),
        ],
        None,
    ),
    (
        "en",
        "Few in Liverpool believe the title race will be settled before the spring.",
        False,
        [],
        None,
    ),
    # --- St. Gallen deklassiert Lugano (Keystone-SDA), Sonntag, 25. November ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Mit einem 4:0 (2:0) gegen den FC Lugano im Kybunpark ist der FC St. Gallen auf den dritten Tabellenplatz vorgestossen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Vor 18'240 Zuschauern erzielte der Österreicher Raphael Moosbrugger innert 13 Minuten drei Tore.",
        True,
        [("count", 18240, None, None), ("duration", 13, "minute", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Lugano musste ab der 38. Minute nach einer Gelb-Roten Karte gegen Goalie Matteo Cereghetti zu zehnt spielen.",
        True,
        [("ordinal", 38, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Leader bleibt der FC Basel mit 36 Punkten vor Servette (33) und St. Gallen (29).",
        True,
        [("count", 36, None, None), ("count", 33, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "«Ich kann mich nicht erinnern, wann wir zuletzt so dominant aufgetreten sind», sagte St. Gallens Trainer Urs Zellweger-Koch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lugano-Trainer Nicola Pedrazzini sagte, sein Team habe in den vergangenen drei Auswärtsspielen elf Gegentore kassiert.",
        True,
        [("count", 3, None, None), ("count", 11, None, None)],
        "Nicola Pedrazzini",
    ),
    (
        "de",
        "In der Super League mit zwölf Teams steigt der Letzte direkt ab, der Vorletzte muss in die Barrage.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- Stuttgart verlängert mit Baumgärtel (dpa), Montag, 26. November ---
    (
        "de",
        "Stuttgart (dpa) - Der VfB Stuttgart hat den Vertrag mit Mittelfeldspieler Leon Baumgärtel vorzeitig bis zum 30. Juni 2034 verlängert.",
        True,
        [("date", "2034-06-30", None, None)],
        None,
    ),
    (
        "de",
        "Der 22-Jährige hatte noch einen Vertrag bis 2031, wie der Verein am Montag mitteilte.",
        True,
        [("duration", 22, "year", None), ("year", 2031, None, None)],
        "der Verein",
    ),
    (
        "de",
        "Nach „Kicker“-Informationen enthält der neue Kontrakt eine Ausstiegsklausel in Höhe von 75 Millionen Euro, die ab Sommer 2031 greift.",
        True,
        [("money", 75000000, "EUR", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Baumgärtel kam 2024 aus der eigenen Jugend zu den Profis und bestritt seither 118 Pflichtspiele, in denen er 21 Tore erzielte.",
        True,
        [("year", 2024, None, None), ("count", 118, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "„Leon ist ein Gesicht dieses Vereins und ein Vorbild für unsere Jugend“, sagte Sportvorstand Fabian Wöhrle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wöhrle sagte, mehrere Klubs aus England hätten im Sommer Angebote von bis zu 60 Millionen Euro abgegeben.",
        True,
        [("money", 60000000, "EUR", "up_to")],
        "Wöhrle",
    ),
    (
        "de",
        "Über das Gehalt machten beide Seiten keine Angaben.",
        False,
        [],
        None,
    ),
    # --- Wolves agree Kranawetter deal (PA), Nov 26 ---
    (
        "en",
        "LONDON (PA) - Wolves have agreed a deal to sign Red Bull Salzburg midfielder Benedikt Kranawetter when the transfer window opens on January 1.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "The 21-year-old Austria international will cost an initial £24million, with a further £6million in add-ons.",
        True,
        [
            ("duration", 21, "year", None),
            ("money", 24000000, "GBP", None),
            ("money", 6000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "He has agreed a four-and-a-half-year contract, Wolves said.",
        True,
        [("duration", 4.5, "year", None)],
        "Wolves",
    ),
    (
        "en",
        "Kranawetter has made 12 appearances in all competitions this season and played in all four of Salzburg's Champions League games.",
        True,
        [("count", 12, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Salzburg will receive 15 per cent of any future transfer fee, PA understands.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        '"Benedikt is exactly the profile we have been looking for," Wolves head coach Rhodri Pennant said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wolves are 16th, four points above the relegation zone.",
        True,
        [("ordinal", 16, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Liverpool secure top-eight finish (Reuters), Nov 27 ---
    (
        "en",
        "LIVERPOOL, England, Nov 27 (Reuters) - Liverpool secured a top-eight finish in the Champions League league phase with two games to spare after beating Inter Milan 2-0 at Anfield on Tuesday.",
        True,
        [("date", "--11-27", None, None), ("count", 8, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Arrieta scored his sixth goal of the competition in the 29th minute and Bradač, back from injury, headed in the second in the 81st.",
        True,
        [
            ("ordinal", 6, None, None),
            ("ordinal", 29, None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 81, None, None),
        ],
        None,
    ),
    (
        "en",
        "Liverpool have won all five of their league-phase matches, scoring 14 goals and conceding three.",
        True,
        [("count", 5, None, None), ("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"The players deserve every bit of this," Moorcroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Moorcroft said Whitlock had been rested because of a minor knee problem and should be fit for Saturday's game at West Ham.",
        True,
        [],
        "Moorcroft",
    ),
    (
        "en",
        "Inter drop to 14th with seven points.",
        True,
        [("ordinal", 14, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Inter coach Gianmarco Sartorelli refused to be drawn on whether his job was under threat.",
        False,
        [],
        None,
    ),
    # --- Leverkusen holt Punkt gegen Atlético (dpa), Mittwoch, 28. November ---
    (
        "de",
        "Leverkusen (dpa) - Bayer Leverkusen hat am fünften Spieltag der Champions League gegen Atlético Madrid ein 1:1 (0:1) geholt und steht vor dem Einzug in die K.-o.-Runde.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Addo-Reuter glich vor 30.180 Zuschauern in der 77. Minute aus, nachdem Cabañero die Spanier früh in Führung gebracht hatte (6.).",
        True,
        [("count", 30180, None, None), ("ordinal", 77, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Mit acht Punkten liegt Leverkusen auf Rang 13 und damit auf einem Platz für die Zwischenrunde.",
        True,
        [("count", 8, None, None), ("ordinal", 13, None, None)],
        None,
    ),
    (
        "de",
        "Das Team von Trainer Xabier Etxegarai ist seit nunmehr 15 Pflichtspielen ungeschlagen.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben Moral bewiesen, aber wir müssen unsere Chancen besser nutzen“, sagte Kapitän Jonathan Brückl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Etxegarai sagte, Innenverteidiger Piero Scaglione habe sich einen Bänderriss zugezogen und falle mindestens sechs Wochen aus.",
        True,
        [("duration", 6, "week", "at_least")],
        "Etxegarai",
    ),
    (
        "de",
        "Die UEFA-Disziplinarkammer eröffnete wegen Pyrotechnik im Gästeblock ein Verfahren gegen Atlético.",
        True,
        [],
        None,
    ),
    # --- Villa beat Young Boys (AP), Nov 28 ---
    (
        "en",
        "BIRMINGHAM, England (AP) — Aston Villa beat Young Boys 3-1 on Wednesday to move into the Champions League's top eight.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Braithwaite scored twice in the space of four minutes early in the second half.",
        True,
        [("count", 2, None, None), ("duration", 4, "minute", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Young Boys' consolation came from Nyffenegger, the 19-year-old Swiss forward who scored the winner against Benfica three weeks ago.",
        True,
        [("duration", 19, "year", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "Attendance at Villa Park was 42,095.",
        True,
        [("count", 42095, None, None)],
        None,
    ),
    (
        "en",
        "Villa have 11 points from five games and sit seventh in the 36-team standings.",
        True,
        [
            ("count", 11, None, None),
            ("count", 5, None, None),
            ("ordinal", 7, None, None),
            ("count", 36, None, None),
        ],
        None,
    ),
    (
        "en",
        '"This club belongs on this stage, and tonight we proved it," Villa coach Gareth Lindeborg said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Young Boys, with three points, need to win both remaining games to have a chance of reaching the play-offs.",
        True,
        [("count", 3, None, None)],
        None,
    ),
]
