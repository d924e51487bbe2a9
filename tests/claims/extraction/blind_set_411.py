"""Four-hundred-and-eleventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every player, coach, executive, official
and scorer is made up; coaches, sporting directors and executives of real clubs and of the
DFL appear under made-up names that stand for no real holder, and referees and the head of
any real body appear only by office or not at all.

Names: Jarno Vettermann, Linus Ebeling, Mikkel Grøndahl, Henning Strakowski, Konstantin
Ruhland, Falko Brinkhaus, Okonkwo-Falk, Reisinger, Malte Tjaden, Ole Abelmann, Jonas
Kalkbrenner, Sören Ahlgrimm, Tamo Wiesehügel, Gerold Achtziger, Kevin Meisner, Ruben
Talhoff, Elias Brandhorst, Yannick Offermann, Leon Gerstacker, Dirk Mahlstedt, Malte
Vogelsang, Yannis Brucker, Noah Kesselring, Henrik Vesterdal, Hugo Laméris, Vinzenz Hartl,
Jesper Aakvik, Arvid Lindqvist, Jannik Storbeck, Finn Uhlenkott, Tiago Brauckmann, Bastian
Overdiek, Dimitri Koukoulis, Lasse Rehbein, Moritz Kleinhenz, Dembélé-Kraus, Haberkorn,
Szymanek, Lindemeyer, Matthias Heuberger, Sabine Wehrmeister, Elias Pirchegger, Leopold
Hirschböck, Lukas Wimmersberger, Clemens Hauptfleisch, Arnold Feistritzer, Karim Oyelowo,
Rainer Stögmüller, Bernhard Pfanzelter, Jakob Tengg, Ivo Lasić, Samuel Ebner, Egon
Rüscher, Simon Wachter, Loris Zbinden, Dario Schmuckli, Noé Ganguillet, Amadou
Sissoko-Ruch, Urs Hänggeli, Kevin Dufaux, Livio Canonica, Aurelio Bernasconi, Beat
Rüegsegger, Fabrice Marmet, Pascal Tschannen, Reto Ammann; Tomás Villaverde, Sander
Holmqvist, Kobe Ansah-Whitmore, Rúben Esteves, Declan Hartigan, Ilkka Haapakoski, Emiliano
Quarto, Anselmo Rivadeneira, Elias Norrvik, Bastien Maloumbi, Lorenzo Aguirre-Vidal, Joel
Ashdown-Price, Ewan Strachan-Blair, Gareth Pimlott, Callum Ridgway, Mateo Barrientos, Oskar
Lindbergh-Hale, Jaylen Osei-Tutu, Rhodri Penhallow, Tiago Correia-Lemos, Nélson Abrunhosa,
Aurelio Santangelo, Kasper Lindahl-Ross, Ryan Heathcote, Callum Whitlow, Niall Brannigan,
Joaquín Albisu, Brennholt, Okwuosa-Diaz, Fairbanks, Bram Oosterhuis, Dusty Marchbanks,
Diego Rossetti-Vaz, Tyson Hargreave, Jean-Baptiste Vautrin, Mads Ringsted, Rory Tennant,
Iñaki Loidi, Kieran Madeley, Ciaran Mulvey, Henrik Aasland, and every unnamed sporting
director, fan, official and spokesperson. Real clubs, leagues, bodies and grounds ("FC
Bayern München", "VfB Stuttgart", "Borussia Dortmund", "BVB", "Werder Bremen", "1. FC
Heidenheim", "FC St. Pauli", "1. FSV Mainz 05", "VfL Wolfsburg", "TSG Hoffenheim", "FC
Augsburg", "Hamburger SV", "Borussia Mönchengladbach", "Bayer Leverkusen", "SC Freiburg",
"RB Leipzig", "Eintracht Frankfurt", "Feyenoord Rotterdam", "1. FC Köln", "1. FC
Kaiserslautern", "Hertha BSC", "SC Paderborn", "SV Darmstadt 98", "DFB-Sportgericht", "DFB",
"Deutsche Fußball Liga", "DFL", "Allianz Arena", "Volksparkstadion", "Sturm Graz", "Rapid",
"Red Bull Salzburg", "LASK", "Wiener Austria", "GAK", "Hartberg", "WSG Tirol", "SCR
Altach", "Wolfsberger AC", "WAC", "Blau-Weiß Linz", "Admiral Bundesliga", "Merkur Arena",
"Strafsenat", "Young Boys", "YB", "FC Basel", "FCB", "FC Lugano", "Servette", "FC St.
Gallen", "FC Zürich", "FCZ", "St.-Jakob-Park", "Kybunpark", "Swiss Football League";
Arsenal, Manchester City, Liverpool, Everton, Chelsea, Aston Villa, Brentford, Bournemouth,
Fulham, Burnley, Crystal Palace, Newcastle United, Nottingham Forest, Tottenham Hotspur,
West Ham United, Sunderland, Wolverhampton Wanderers, Brighton & Hove Albion, Manchester
United, Leeds United, Coventry City, Middlesbrough, Sheffield United, Millwall, Bristol
City, Ipswich Town, Norwich City, Lille, Seattle Sounders, LA Galaxy, Peñarol, Columbus
Crew, Grêmio, Nashville SC, Inter Miami, Orlando City, the Emirates Stadium, Anfield, Villa
Park, the Vitality Stadium, Old Trafford, The Den, Portman Road, Lumen Field, Lower.com
Field, Chase Stadium, the Football Association, Opta, Major League Soccer, and the
datelines' cities) stand for the way wire copy names them; every result, scorer, minute,
crowd, table, point, gap, goal difference, fee, contract, ban, spell in charge and quote
here is invented, and where a real figure came to mind (a real capacity, a real record
fee, a real tally of titles, a real points total of a relegated side) it was changed.

Its weight: FOOTBALL MATCH REPORTS AND TABLES, a weekend of league football (the
eighty-second, hundred-ninety-fifth and three-hundred-and-twenty-fifth batches weighed
football, a match day and a football season, the three-hundred-and-seventy-eighth
transfers and club finances, the thirty-fifth and hundred-fifty-third the sports desk and a
sports weekend, the hundred-ninth and two-hundred-and-seventy-fifth sports business, and
the two-hundred-and-sixty-sixth, two-hundred-and-ninety-ninth and three-hundred-and-
fourteenth results lines among headlines and tickers; their decisions are kept) - one
weekend, Saturday, March 7, to Monday, March 9, as 45 short stories in story order, each
told as wire copy runs it (a dateline lead with the result, the scorers and their minutes,
the crowd, red cards, the table with points and gaps, attributed claims, quotes, the
follow-up), the German stories first with each Reuters twin right after its German story,
then the English ones, about half in each language. German (dpa with its results box, APA, Keystone-SDA; Austrian "Zuseherinnen und
Zusehern", "Hütteldorfer", "beurlaubt", "Grunddurchgang", "Meistergruppe", "Strafsenat",
Swiss "Leader", "Leaderposition", "Captain", "Freistoss", "Barrageplatz", "interimistisch",
"hiess", "31'482", "17'850", "3,5 Millionen Franken", «» quotes, German „“ quotes, agate
minutes "(23.)", "(12., 35.)", "(90.+2)"): Bayern against Stuttgart at the top of the
Bundesliga's 25th matchday, the Saturday results box with its "Tore:", "Rot:" and
"Zuschauer:" lines, Dortmund's red card and lead thrown away against Bremen, St. Pauli's
win in Heidenheim in the relegation fight, Wolfsburg parting with their coach, Leverkusen
held in Freiburg, Leipzig's comeback in Frankfurt, Hamburg against Gladbach, Hoffenheim
against Augsburg, the table and scorers' list after the matchday, Kaiserslautern second in
the 2. Bundesliga with its agate lines, the DFB ban on Dortmund's captain, the DFL's crowds,
Sturm against Rapid at the top of the Austrian league with a red card and a ban, Salzburg
held at LASK, Altach's coach dismissed, Young Boys winning the Klassiker in Basel with
flares and a league case, Lugano beaten in Geneva, St. Gallen thrashing Zürich and FC
Zürich parting with their coach. English (Reuters with dated datelines and its ANALYSIS-
label, PA with its results, scorers', sent-off and attendance lines, AP): the Reuters twins
on Bayern, Wolfsburg, the Dortmund ban, Sturm, Young Boys and FC Zurich, Arsenal against
Manchester City, the FA charge, Villa against Brentford, Newcastle at Palace, Chelsea's
record signing off the mark at Burnley with his fee, Spurs at Forest, Forest sacking their
head coach, the Merseyside derby with a straight red, the relegation round-up with a goal
difference, United against Leeds, the top four, an analysis of the title race, Bournemouth
against Fulham, the Championship leaders, the East Anglian derby, Seattle against the
Galaxy with AP's "Scoring:" line and a club-record fee, the Crew's debutant and his fee, and
MLS crowds. Figures as such copy has them: scores in both forms carrying none ("3:1
(1:0)", "2:0-Führung", "0:4-Niederlage", "2-1", "Arsenal 2 Manchester City 1", "(2-0-1)"),
minutes as ordinals in prose, in brackets and in agate lines, with stoppage time written
with a plus or in words, game time as durations, table places as ordinals in words and
figures ("Sechster", "den Tabellenvierten", "auf Relegationsplatz 16", "auf dem zwölften
Tabellenplatz", "auf Rang fünf", "17th", "second-placed", "1. Bayern München 64 Punkte"),
points, gaps and goal differences as counts ("einen Zähler vor", "minus 21", "minus 28",
"five points clear", "10 points from safety"), crowds with German, Swiss and English
grouping and hedges, streaks and nth goals, bans, injuries with ranges and hedges, ages,
a contract length in a compound („Dreijahresvertrag“), fees in euros, francs, pounds and
dollars, shares and fractions of crowds and clubs, dates and a year. Negatives as such copy
has them - 54 rows, none with a figure: players', captains', coaches' and executives'
quotes of pride, anger, resolve, relief and praise, clubs' farewells, reported labels
(„sprach von“, „war es „ein gestohlener Sieg““, "called"), a refusal to be drawn, an
evasion, no-comment lines, open questions, beliefs and expectations without a figure, a
reported evaluation ("said he had no complaints"), scene colour of fans and an ANALYSIS
heading, each near a check-worthy look-alike from the same story (often the same speaker's
figure or step).

245 rows (125 German, 120 English), 54 negatives (26 German, 28 English), 191 check-worthy
rows of which 27 carry no figure (19 German, 8 English), 378 expected quantities (166
counts, 157 ordinals, 25 durations - 11 in minutes, 8 in years, 4 in weeks, 2 in days -,
14 dates, 9 amounts of money - 4 GBP, 3 USD, 1 EUR, 1 CHF -, 3 percentages - all in "%" -,
2 fractions, 2 years; none of them in a negative), 34 checked speakers (19 German, 15
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line or lead that
  states an outcome is check-worthy with or without a figure (thirty-fifth, eighty-second,
  hundred-ninety-fifth, three-hundred-and-twenty-fifth): Dortmund's lead thrown away, St.
  Pauli's win, Wolfsburg's and Zürich's partings, Leverkusen's 1:1, Hamburg's 2:1,
  Hoffenheim's 1:1, Kaiserslautern's jump, the YB, Lugano and Altach leads, "Premier
  League: Arsenal 2 Manchester City 1", the PA line of five results, "Salzburg needed a
  stoppage-time equaliser ...". Also check-worthy without a figure: interim coaches named
  („U23-Trainer Dirk Mahlstedt“, „Nachwuchschef Pascal Tschannen“, "Under-21s coach Gareth
  Pimlott", "Youth chief Pascal Tschannen"; eighty-second), a sporting director's stated
  next step (Vogelsang in both languages; hundred-nineteenth, hundred-ninety-fifth), a
  ban accepted and final (the DFB; eighty-second), a league case opened (the Swiss
  Football League; three-hundred-and-twenty-fifth), a club's stated step (YB's cooperation
  with the league), a coach's reported fact (Ahlgrimm's apology in the dressing room,
  Hartigan's hamstring problem, Correia-Lemos's captain out after scans) and a stated
  decision not to appeal (Penhallow; two-hundred-and-seventy-fifth).
- A quoted or reported evaluation, feeling, boast, label, farewell, reassurance, belief or
  expectation is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-ninety-fifth, two-hundred-and-fourth,
  three-hundred-and-twenty-fifth, three-hundred-and-seventy-eighth); a quoted or reported
  fact, figure, step or position is check-worthy with its speaker, also in Konjunktiv I.
  None of the negatives carries a figure, as the brief for these batches asks. Pairs from
  one speaker, side or story:
  Strakowski's two weeks beside „wie gierig diese Mannschaft ist“ and
  "This team is hungry"; Ahlgrimm's apology beside his verdict on the sending-off and
  „Jonas ist unser Kapitän“; Achtziger's four to six weeks beside „Solange es rechnerisch
  noch geht“; Vogelsang's plan beside his evasion („ließ Vogelsang offen“); Vesterdal's 24
  shots beside „nicht kampflos“; Lindqvist's third full game beside his dressing-room
  quote; Feistritzer's ten days beside Hauptfleisch's „Leichtigkeit“; Rüscher's March 14
  beside „menschlich unglaublich schwer“; Ammann's 3.5 million francs beside the FCZ
  farewell; the DFL's crowds beside Wehrmeister's „Herz dieser Liga“ and the forecast
  „gilt in der Liga als sicher“; Hartigan's two weeks beside "dug in"; Penhallow's
  three-match ban beside "a red card all day long"; Correia-Lemos's captain beside "Nobody in
  that dressing room has given up"; Brannigan's fee beside "carried away"; Tennant's three
  of four penalties beside "Mads was unreal"; Forest's 147 days beside its statement; the
  MLS crowds beside "League officials said they expected ...". Negatives otherwise: the
  farewells („Wir danken Ruben ...“, «Wir danken Fabrice ...», "Ewan gave everything ...";
  eighty-second), reported labels („Gladbachs Sportchef sprach von einem Spiel, ...“, „Für
  LASK-Trainer Rainer Stögmüller war es „ein gestohlener Sieg““ - hundred-ninety-fifth: a
  coach's „gestohlenen Sieg“ -, "called his side's defending "naive""), "refused to be drawn
  on whether ..." (three-hundred-and-twenty-fifth), "City declined to comment." and
  "declined to speak to reporters" (hundred-ninety-fifth), open questions („ist noch
  offen“, „ist fraglich“, "It was not immediately clear who ...", "remains an open
  question"), beliefs and expectations without a figure ("Few in the Wolves camp now expect
  ...", "Few in north London believe ...", "said they expected further growth";
  two-hundred-and-fourth), "said he had no complaints about the result" (a reported
  evaluation), scene colour (fans celebrating, whistling, chanting, jeering, a banner;
  hundred-fifty-third) and the heading "ANALYSIS-Arsenal's title to lose ..."
  (three-hundred-and-fifty-eighth: ANALYSIS- headings).
- Scores carry none in any form (thirty-fifth, eighty-second, hundred-ninety-fifth,
  two-hundred-and-sixty-sixth: "3:1 (1:0)", "2:2 (0:1)", "Chelsea 2 Aston Villa 2"): the
  half-time score in brackets ("3:1 (1:0)", "2:1 (1:1)", "1:1 (0:0)"), "2:0-Führung",
  "0:4-Niederlage", "0:3-Heimniederlage", "1:4-Niederlage", the running score in "Tore: 1:0
  ...", "2-1", "4-0", "3-2", "from 1-0 down", "led 2-1", "Aston Villa 3 Brentford 0; ...";
  the MLS record "(2-0-1)" none (eighty-second: "(8-3-4)").
- Minutes are ordinals (eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-
  fifth): "in der 23. Minute", agate "(52.)", "(67.)", "Dortmund/61.", "(Hertha/74.)",
  "(88., Foulelfmeter)" 88, "(12., 35.)" and "(14., 63.)" two ordinals
  (three-hundred-and-twenty-fifth: "(58., 81.)"), "(90.+2)" and "(90.+1)" 90 and 2 or 1 -
  never added up (eighty-second) -, "in der zweiten Minute der Nachspielzeit" 2, "in der
  dritten Minute der Nachspielzeit" 3, "in der 34. und in der 79. Minute" two ordinals,
  "früh geführt (4.)", "in the 23rd minute", "in the 67th" and "in the 71st" (the noun left
  out), "in the ninth, 26th and 41st minutes" three ordinals, "a 63rd-minute penalty",
  "a 90th-minute penalty" and "the 78th-minute sending-off" (hundred-ninety-fifth:
  "12th-minute strike"), PA's "Villaverde 23, Ansah-Whitmore 84; ... Holmqvist 52" and AP's
  "Brennholt 17, Albisu 61, 88; ..." (eighty-second, two-hundred-and-sixty-sixth). New:
  PA's "Sent off: Esteves (Manchester City) 78" gives ordinal 78 - the minute after the
  bracketed club in a sending-off line is an agate minute, as in „Gelb-Rot: Heinemann
  (Stuttgart/77.)“ and "Adebanjo 90+3 pen" (three-hundred-and-fourteenth); „Rot:
  Kalkbrenner (Dortmund/61.)“ likewise 61. Game time with its unit is a duration: „zwei
  Minuten vor Schluss“ 2 minutes (eighty-second: „Eine Viertelstunde vor dem Ende“), „für
  sechs Minuten unterbrochen“, "halted for six minutes", "seven minutes after the break",
  "the last 24 minutes", "the final 30 minutes", "in 19 minutes after the interval", "in
  the space of five minutes", "after 58 minutes", "eight minutes of stoppage time"
  (eighty-second: "Eight minutes of added time"), „sein drittes Spiel über 90 Minuten“
  ordinal 3 and 90 minutes („über“ before a span no hedge, two-hundred-and-forty-fourth,
  three-hundredth). "the second half" ordinal 2 and "a second yellow card", "a second
  booking" ordinal 2 (eighty-second); "a first-half hat-trick" ordinal 1 and no count for
  "hat-trick" (hundred-ninety-fifth). None: „nach der Pause“, „nach dem Abpfiff“, „nach dem
  Schlusspfiff“, "at halftime", "either side of half-time", "stoppage-time".
- Tables (thirty-fifth, eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-
  fifth): points and gaps are counts („auf sieben Punkte“, „bei 64 Punkten“, „vier Zähler
  Rückstand“, „einen Zähler hinter“ and „einen Zähler vor“ 1 - eighty-second: „einen Punkt
  vor Servette“ -, „acht Zähler Vorsprung“, „sechs Punkte“, „zwei Punkte vor“, "seven
  points clear", "five points clear", "second on 57", "third on 58", "eight
  points behind", "10 points from safety", "two points above the relegation zone", "four
  points behind Burnley", "three behind", "three points outside", "one point ahead");
  figures in brackets after a club are its points („hinter dem SC Paderborn (49)“;
  forty-sixth: "Leverkusen (26)"); places are ordinals („Sechster“, „Vierter“, „Dritter“,
  „Fünfter“, „Siebter“, „Elfter“, „Zehnter“, „Zweiter“, „den Tabellenvierten Dortmund“ 4 and
  „den Tabellendritten“ 3 - hundred-ninety-fifth: „den Tabellenfünften“ -, „auf
  Relegationsplatz 16“, „auf Rang 15“, „auf Platz 17“, „auf Rang 14“, „auf dem zwölften
  Tabellenplatz“, „auf Rang zwei“, „auf Platz drei“, „auf den vierten Platz“, „als
  Sechster“, "14th", "17th", "19th on 21 points", "18th", "11th", "third", "fourth",
  "sixth", "seventh", "eighth", "10th", "fifth", "sixth-placed"); the table and scorers'
  lines „1. Bayern München 64 Punkte, 2. Bayer Leverkusen 58, ...“ and „1. Vettermann
  (Bayern) 21 Tore, 2. ... 17, ...“ give an ordinal per place and a count per figure
  (two-hundred-and-sixty-sixth: „1. Bayern München 31 Punkte, 2. RB Leipzig 24“), and so does
  the English "1. Arsenal 67 points, 2. Manchester City 62, ...". None: „Tabellenspitze“,
  „vorletzten Tabellenplatz“, „Tabellenletzter“, „den Vorletzten“, „Schlusslicht“,
  „Barrageplatz“, „Leader“, „Leaderposition“, „Relegationsplatz“ without its number,
  „Meistergruppe“, „direkten Aufstiegsplatz“, "bottom", "the relegation zone", "the
  relegation play-off place", "the automatic promotion places". Goal difference: „einem
  Torverhältnis von minus 21“ is count -21 (three-hundred-and-sixtieth: „minus neun“ -9).
  New: "a goal difference of minus 28" is count -28 - the English goal difference takes
  "minus" as its sign as the German one does; "ahead on goal difference" none. New: „seinen
  Platz unter den ersten vier“ is ordinal 1 and count 4 - the places named with the noun
  left out, as "across the first 330 matches" (hundred-ninety-fifth) and „in den ersten 25
  Spieltagen“ here; "the season's first three weekends" likewise 1 and 3. "The top two"
  count 2 and "third to sixth" ordinals 3 and 6 (hundred-ninety-fifth: "in the top three";
  three-hundred-and-twenty-fifth: "from 12th to 16th"); "The top six teams then play a
  further 10 rounds" 6 and 10 ("a further" no hedge), "with their points halved" none
  (three-hundred-and-twenty-fifth: „halbiert“). Rounds: „am 25. Spieltag“, „des 25.
  Spieltags“, „nach dem 25. Spieltag“, „Seit dem 14. Spieltag“, „in der 21. Runde“
  ordinals; „nach 21 Runden“, „nach 27 Runden“, "from 25 games", "from 29 matches", "from
  27 games", "from 36 games", "from three games" counts; games left ("with nine games
  left", "with nine games remaining", "in their remaining nine games", "with one round of
  the regular season left") counts; „vor der letzten Runde des Grunddurchgangs“ none.
- Streaks, goals and the nth (eighty-second, hundred-ninety-fifth, three-hundred-and-
  twenty-fifth): „das vierte sieglose Ligaspiel in Folge“ 4, „die fünfte in Serie“ 5, „nach
  der sechsten Niederlage in Serie“ 6, "their third away victory in a row" 3, „zum neunten
  Mal in dieser Saison“ 9, „sein siebtes Saisontor“ 7, "Santangelo's 12th goal of the
  season" 12, "his first Premier League goal" 1, "his 24th appearance" 24, "the fifth head
  coach in the division to be dismissed" 5 ordinals; „bei 21 Saisontoren“, „bei 15
  Saisontoren“, „mit vier Treffern Vorsprung“, "21 league goals ..., four more" ("more"
  after the figure compares), "nine goals in his last 11 appearances", "league tally to
  22", „in elf Ligaspielen nur sechs Punkte“, „seit sechs Ligaspielen“, "lost five straight
  league games", "won only two of their last 14", "seven league games without a win", "had
  won their previous four home games", "19 goals from set pieces", „24 Torschüsse ...,
  Freiburg nur sechs“ (the elided noun, eighty-second), "three of the four penalties",
  "scored twice" and "scored three times" counts ("only", „nur“ no hedge); "came from two
  goals down" count 2 (hundred-ninety-fifth: "a three-goal lead"). New: „warten ... auf
  einen Sieg“ and "without a win" carry none - „einen“ before a result is the article, as
  "a point above the relegation zone" carries none (eighty-second), unlike „einen Zähler
  vor“, where it counts a point.
- Red cards and bans (eighty-second): "with 10 men" count 10 (twice), „für drei
  Bundesligaspiele gesperrt“, "banned for three Bundesliga matches", "a three-match ban"
  and „für zwei Spiele“ counts; "a one-match ban for his two bookings" 1 and 2 (the number
  word heading the compound, eighty-second: "a six-match ban"). „glatt Rot“, „die Rote
  Karte“, "a straight red card", „Gelb-Rot“ none.
- Crowds and shares (eighty-second, hundred-ninety-fifth, three-hundred-and-twenty-fifth):
  "Vor 75.000 Zuschauern", „Zuschauer: 81.317 (ausverkauft)“, „Zuschauer: 49.327
  (ausverkauft)“, „Vor 57.000 Zuschauern“, „Vor knapp 58.000 Zuschauern“ "nearly", „Vor
  16.364 Zuseherinnen und Zusehern“, „Vor 31'482 Zuschauern“ and „vor 17'850 Zuschauern“
  (Swiss apostrophe, tenth), „im Schnitt 39.412 Zuschauer“ (no hedge), „mit 81.244
  Besuchern pro Heimspiel“ („pro Heimspiel“ none), „8,87 Millionen Tickets“ 8,870,000, „zu
  94,6 Prozent ausgelastet“, „knapp 3 Prozent mehr“ "nearly", „Mehr als die Hälfte der
  bisher 225 Partien“ 0.5 "over" and 225, "A crowd of 60,383", "Attendance: 60,383", "The
  attendance at Anfield was 60,109", "42,180", "73,806", "28,114", "28,940", "31,706",
  "20,011", "20,812", "an average of 22,416 fans per game" (no hedge), "up 4%", "Almost a
  third of the league's 30 clubs" 0.3333 "nearly" and 30 (eighty-second: "Nearly half"
  0.5 "nearly"). New: „Laut Polizei wurden rund um das Spiel drei Personen ...
  festgenommen“ is count 3 with no hedge - „rund um“ is a preposition of place, not the
  hedge „rund“ before a figure.
- Transfers, contracts and spells (eighty-second, hundred-ninety-fifth, three-hundred-and-
  twenty-fifth, three-hundred-and-seventy-eighth): „für rund 18 Millionen Euro“ "about",
  "a fee of 82 million pounds ($110.7 million), which could rise to 90 million pounds"
  GBP, USD and GBP ("could rise to" no hedge), "a club-record transfer fee of $11.5
  million" (no hedge), "for about $8 million" "about", "for more than 4.5 million pounds"
  "over", "about 210 million pounds on five players" "about" and 5, „3,5 Millionen
  Franken“ CHF („noch“ no hedge); „mit einem Dreijahresvertrag“ 3 years (hundred-ninety-
  fifth: „einen Fünfjahresvertrag“), "a contract running until 2028" the year, „seit Juli
  2025“ the year; „nach nur 34 Pflichtspielen“, "won 11 of his 34 competitive games", „in
  15 Pflichtspielen nur zwei Siege“ counts; "after just 147 days in charge" 147 days
  (eighty-second: „nach nur 97 Tagen“). None: „im vergangenen Juli“, „im Oktober“, „im
  Sommer“, „im Herbst“, „im Januar“, "last July", "in October", "last August", "in
  January", "in February", "last summer", "since October", "a day after", "this season",
  "a year earlier", „Bis Saisonende“, "until the end of the season".
- Injuries and ages (eighty-second, hundred-ninety-fifth): „etwa zwei Wochen“ "about",
  „mindestens zehn Tage“ "at_least", „vier bis sechs Wochen“ two durations with the unit
  written once („voraussichtlich“ no hedge), "up to two weeks" "up_to"; ages are
  durations in years ("Vettermann, 26,", "The 47-year-old", "Norrvik, 23,", "The
  21-year-old French forward", "Strachan-Blair, 44,", "a 24-year-old Uruguayan", "the
  26-year-old Brazilian").
- Dates and years: Reuters datelines with a day are dates without a year ("BERLIN, March 7",
  "LONDON, March 7", "ZURICH, March 7", "BURNLEY, England, March 7", "BERLIN, March 8",
  "VIENNA, March 8", "LONDON, March 8", "MANCHESTER, England, March 8", "FRANKFURT, March
  9", "LONDON, March 9", "ZURICH, March 9"); dpa, APA, Keystone-SDA, PA and AP datelines
  none (seventy-ninth); „am 28. März“, "the March 28 game" and „am 14. März“ dates without
  a year. Weekdays and months none.
- Names with a figure carry none (eighty-second, hundred-ninety-fifth, three-hundred-and-
  twenty-fifth): "1. FC Heidenheim", "1. FSV Mainz 05", "Mainz 05", "1. FC Köln", "1. FC
  Kaiserslautern", "2. Bundesliga", "SV Darmstadt 98", „U23-Trainer“, "Under-21s coach".
  In the table and scorers' lines the place numbers are ordinals because they head a
  club's or a player's name that carries no figure of its own („1. Bayern München“, "1.
  Arsenal").
- Hedges, only the names in use: „etwa“, „rund“, "about" "about"; „knapp“, "Almost"
  "nearly"; „Mehr als“, "more than" "over"; "up to" "up_to"; „mindestens“ "at_least". No
  hedge: „nur“, „nur noch“, „erst“, „bereits“, „noch“, „im Schnitt“, „Insgesamt“, „bisher“,
  „voraussichtlich“, „über“ before a span, "only", "just", "an average of", "a further",
  "could rise to", "club-record", "more" after a figure, and „rund um“ (above).
- Speakers, checked only in forms the earlier batches settled: „Strakowski sagte, ...“,
  „Ahlgrimm sagte, ...“, „Achtziger sagte, ...“, „Vesterdal sagte, ...“, „Lindqvist sagte,
  ...“ and „Rüscher sagte, ...“ opening the row the surname (three-hundred-and-twenty-
  fifth); „Sportdirektor Malte Vogelsang sagte, ...“, „Sportchef Reto Ammann sagte, ...“ and
  „Sturm-Trainer Arnold Feistritzer sagte der APA, ...“ the name with the role dropped
  (hundred-ninety-fifth: "sagte WAC-Trainer Gerald Pirker"); „wie der Verein am Sonntag
  mitteilte“ and „teilte der Verein mit“ -> "der Verein", „teilte der Klub mit“ -> "der
  Klub", „teilte der DFB am Montag mit“ -> "der DFB", „teilte die DFL mit“ -> "die DFL",
  „Nach Angaben der Deutschen Fußball Liga“ -> "die Deutsche Fußball Liga" (nominative,
  hundred-ninety-fifth), „wie die Swiss Football League mitteilte“ -> "die Swiss Football
  League" (eighty-second, three-hundred-and-twenty-fifth), „teilte YB am Sonntag mit“ ->
  "YB" and „teilte Rapid am Montag mit“ -> "Rapid" (a name without an article,
  hundred-ninety-fifth: "teilte YB mit"), „Laut Polizei“ -> "Polizei" (hundred-ninety-
  fifth). English: "Hartigan said", "Penhallow said", "Correia-Lemos said", "Brannigan
  said" and "Tennant said" as written; "Sporting director Malte Vogelsang said" the name
  with the role dropped; "the club said" -> "the club", "The club said ..." opening the row
  -> "the club" (the article lowered, two-hundred-and-forty-fourth), "according to the
  club" -> "the club" (eighty-second), "according to Opta" -> "Opta", "the FA said on
  Monday" -> "the FA", "the league said" and "the league said Monday" -> "the league", "the
  German Football Association said" as written (seventy-first: "the Football
  Association"). Left unchecked (None): all negatives, also those with a named speaker or
  a club's statement („hieß es in der Mitteilung“, «hiess es in der Mitteilung», "the
  statement added"), „nach DFL-Angaben“ (a compound, three-hundred-and-twenty-fifth:
  „nach DFB-Angaben“), "according to the club's accounts" (documents, hundred-ninth) and
  rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_411 = [
    # --- Bayern bauen Vorsprung aus (dpa), Samstag, 7. März ---
    (
        "de",
        "München (dpa) - Die Bayern haben ihren Vorsprung an der Tabellenspitze der Fußball-Bundesliga auf sieben Punkte ausgebaut.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der Rekordmeister gewann am 25. Spieltag gegen den VfB Stuttgart mit 3:1 (1:0) und steht nun bei 64 Punkten.",
        True,
        [("ordinal", 25, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Mittelstürmer Jarno Vettermann köpfte die Münchner vor 75.000 Zuschauern in der 23. Minute in Führung.",
        True,
        [("count", 75000, None, None), ("ordinal", 23, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Ausgleich durch Stuttgarts Linus Ebeling (52.) trafen Vettermann (67.) und der eingewechselte Mikkel Grøndahl (90.+2) für die Gastgeber.",
        True,
        [
            ("ordinal", 52, None, None),
            ("ordinal", 67, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Vettermann steht nun bei 21 Saisontoren und führt die Torjägerliste mit vier Treffern Vorsprung an.",
        True,
        [("count", 21, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Man spürt in jedem Zweikampf, wie gierig diese Mannschaft ist“, sagte Bayern-Trainer Henning Strakowski.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Strakowski sagte, Innenverteidiger Konstantin Ruhland habe sich eine Zerrung im Oberschenkel zugezogen und werde etwa zwei Wochen fehlen.",
        True,
        [("duration", 2, "week", "about")],
        "Strakowski",
    ),
    (
        "de",
        "Der VfB bleibt mit 41 Punkten Sechster und hat vier Zähler Rückstand auf den Tabellenvierten Dortmund.",
        True,
        [("count", 41, None, None), ("ordinal", 6, None, None), ("count", 4, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind nicht nach München gefahren, um uns hinten reinzustellen, und das haben wir auch nicht getan“, sagte VfB-Trainer Falko Brinkhaus.",
        False,
        [],
        None,
    ),
    # --- Bayern move seven clear (Reuters), March 7 ---
    (
        "en",
        "BERLIN, March 7 (Reuters) - Bayern Munich moved seven points clear at the top of the Bundesliga with a 3-1 home win over VfB Stuttgart on Saturday, with striker Jarno Vettermann scoring twice.",
        True,
        [("date", "--03-07", None, None), ("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Vettermann, 26, headed Bayern in front in the 23rd minute and restored their lead in the 67th after Linus Ebeling had levelled for the visitors.",
        True,
        [("duration", 26, "year", None), ("ordinal", 23, None, None), ("ordinal", 67, None, None)],
        None,
    ),
    (
        "en",
        "The Germany forward has 21 league goals this season, four more than his nearest challenger.",
        True,
        [("count", 21, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"This team is hungry, and you could feel it in every tackle," Bayern coach Henning Strakowski said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bayern have 64 points from 25 games, with Bayer Leverkusen second on 57 ahead of their trip to Freiburg on Sunday.",
        True,
        [("count", 64, None, None), ("count", 25, None, None), ("ordinal", 2, None, None), ("count", 57, None, None)],
        None,
    ),
    # --- Ergebnisse Samstag (dpa), 7. März ---
    (
        "de",
        "Fußball, Bundesliga, 25. Spieltag, Samstag: FC Bayern München – VfB Stuttgart 3:1 (1:0), Borussia Dortmund – Werder Bremen 2:2 (2:0), 1. FC Heidenheim – FC St. Pauli 0:1 (0:0)",
        True,
        [("ordinal", 25, None, None)],
        None,
    ),
    (
        "de",
        "1. FSV Mainz 05 – VfL Wolfsburg 4:0 (2:0), TSG Hoffenheim – FC Augsburg 1:1 (0:1), Hamburger SV – Borussia Mönchengladbach 2:1 (1:1)",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tore Dortmund – Bremen: 1:0 Okonkwo-Falk (9.), 2:0 Reisinger (38.), 2:1 Tjaden (71.), 2:2 Abelmann (88., Foulelfmeter)",
        True,
        [
            ("ordinal", 9, None, None),
            ("ordinal", 38, None, None),
            ("ordinal", 71, None, None),
            ("ordinal", 88, None, None),
        ],
        None,
    ),
    ("de", "Rot: Kalkbrenner (Dortmund/61.) wegen groben Foulspiels", True, [("ordinal", 61, None, None)], None),
    ("de", "Zuschauer: 81.317 (ausverkauft)", True, [("count", 81317, None, None)], None),
    # --- Dortmund verspielt Führung (dpa), 7. März ---
    (
        "de",
        "Dortmund (dpa) - Borussia Dortmund hat nach einer Roten Karte gegen Kapitän Jonas Kalkbrenner eine 2:0-Führung gegen Werder Bremen verspielt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bremer kamen durch Malte Tjaden in der 71. Minute und Ole Abelmann per Foulelfmeter zwei Minuten vor Schluss noch zum 2:2.",
        True,
        [("ordinal", 71, None, None), ("duration", 2, "minute", None)],
        None,
    ),
    (
        "de",
        "Kalkbrenner hatte in der 61. Minute nach einem Tritt gegen Tjaden glatt Rot gesehen.",
        True,
        [("ordinal", 61, None, None)],
        None,
    ),
    (
        "de",
        "Für den BVB war es das vierte sieglose Ligaspiel in Folge; mit 45 Punkten bleibt die Mannschaft vorerst Vierter.",
        True,
        [("ordinal", 4, None, None), ("count", 45, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "„So einen Platzverweis muss man in dieser Situation nicht geben“, sagte BVB-Trainer Sören Ahlgrimm.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ahlgrimm sagte, Kalkbrenner habe sich nach dem Abpfiff in der Kabine bei Tjaden entschuldigt.",
        True,
        [],
        "Ahlgrimm",
    ),
    (
        "de",
        "Im Gästeblock feierten die Werder-Anhänger den späten Ausgleich, als hätten sie gerade die Meisterschaft gewonnen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Werder liegt mit 30 Punkten auf dem zwölften Tabellenplatz.",
        True,
        [("count", 30, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    # --- St. Pauli siegt in Heidenheim (dpa), 7. März ---
    (
        "de",
        "Heidenheim (dpa) - Der FC St. Pauli hat im Abstiegskampf einen wichtigen Auswärtssieg gefeiert und den 1. FC Heidenheim auf den vorletzten Tabellenplatz geschickt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der eingewechselte Stürmer Tamo Wiesehügel erzielte in der 84. Minute das einzige Tor des Spiels.",
        True,
        [("ordinal", 84, None, None)],
        None,
    ),
    (
        "de",
        "Die Hamburger kletterten mit nun 24 Punkten auf Relegationsplatz 16 und liegen nur noch einen Zähler hinter dem 1. FC Köln auf Rang 15.",
        True,
        [("count", 24, None, None), ("ordinal", 16, None, None), ("count", 1, None, None), ("ordinal", 15, None, None)],
        None,
    ),
    (
        "de",
        "Heidenheim steht mit 20 Punkten und einem Torverhältnis von minus 21 auf Platz 17.",
        True,
        [("count", 20, None, None), ("count", -21, None, None), ("ordinal", 17, None, None)],
        None,
    ),
    (
        "de",
        "Seit dem 14. Spieltag hat die Mannschaft in elf Ligaspielen nur sechs Punkte geholt.",
        True,
        [("ordinal", 14, None, None), ("count", 11, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Solange es rechnerisch noch geht, werden wir uns gegen den Abstieg stemmen“, sagte Heidenheims Trainer Gerold Achtziger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Achtziger sagte, Torhüter Kevin Meisner falle mit einem Muskelbündelriss voraussichtlich vier bis sechs Wochen aus.",
        True,
        [("duration", 4, "week", None), ("duration", 6, "week", None)],
        "Achtziger",
    ),
    # --- Wolfsburg trennt sich von Talhoff (dpa), Sonntag, 8. März ---
    (
        "de",
        "Wolfsburg (dpa) - Der VfL Wolfsburg hat sich nach der 0:4-Niederlage beim 1. FSV Mainz 05 von Cheftrainer Ruben Talhoff getrennt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Talhoff war erst im vergangenen Juli mit einem Dreijahresvertrag gekommen und muss nach nur 34 Pflichtspielen gehen, wie der Verein am Sonntag mitteilte.",
        True,
        [("duration", 3, "year", None), ("count", 34, None, None)],
        "der Verein",
    ),
    (
        "de",
        "Die Niederlage in Mainz war die fünfte in Serie; die Niedersachsen sind mit 26 Punkten auf Rang 14 abgerutscht.",
        True,
        [("ordinal", 5, None, None), ("count", 26, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Für Mainz trafen Elias Brandhorst (12., 35.), Yannick Offermann (58.) und Leon Gerstacker (77.).",
        True,
        [
            ("ordinal", 12, None, None),
            ("ordinal", 35, None, None),
            ("ordinal", 58, None, None),
            ("ordinal", 77, None, None),
        ],
        None,
    ),
    ("de", "Bis auf Weiteres übernimmt U23-Trainer Dirk Mahlstedt die Mannschaft.", True, [], None),
    (
        "de",
        "„Wir danken Ruben für seinen Einsatz und wünschen ihm für seinen weiteren Weg alles Gute“, hieß es in der Mitteilung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sportdirektor Malte Vogelsang sagte, man wolle bis zur Länderspielpause einen neuen Cheftrainer vorstellen.",
        True,
        [],
        "Malte Vogelsang",
    ),
    ("de", "Ob Mahlstedt auch nach der Länderspielpause auf der Bank sitzt, ließ Vogelsang offen.", False, [], None),
    # --- Wolfsburg sack Talhoff (Reuters), March 8 ---
    (
        "en",
        "BERLIN, March 8 (Reuters) - VfL Wolfsburg sacked coach Ruben Talhoff on Sunday, a day after a 4-0 defeat at Mainz 05 left the club 14th in the Bundesliga.",
        True,
        [("date", "--03-08", None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "The 47-year-old had been in charge since last July and won 11 of his 34 competitive games, the club said.",
        True,
        [("duration", 47, "year", None), ("count", 11, None, None), ("count", 34, None, None)],
        "the club",
    ),
    (
        "en",
        "Wolfsburg have lost five straight league games and are only two points above the relegation play-off place.",
        True,
        [("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Sporting director Malte Vogelsang said the club aimed to name a successor before the international break.",
        True,
        [],
        "Malte Vogelsang",
    ),
    ("en", "Some fans had unfurled a banner in Mainz calling for Talhoff to go.", False, [], None),
    # --- Leverkusen nur 1:1 in Freiburg (dpa), 8. März ---
    (
        "de",
        "Freiburg (dpa) - Bayer Leverkusen hat im Titelrennen weiter an Boden verloren und beim SC Freiburg nur 1:1 (0:1) gespielt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Freiburgs Yannis Brucker hatte die Gastgeber in der 38. Minute in Führung gebracht, Noah Kesselring glich in der 88. Minute aus.",
        True,
        [("ordinal", 38, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "Der Rückstand der Werkself auf die Bayern beträgt damit sechs Punkte.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Diesen Titel geben wir ganz sicher nicht kampflos her“, sagte Leverkusens Trainer Henrik Vesterdal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vesterdal sagte, seine Mannschaft habe 24 Torschüsse abgegeben, Freiburg nur sechs.",
        True,
        [("count", 24, None, None), ("count", 6, None, None)],
        "Vesterdal",
    ),
    # --- Leipzig dreht Spiel in Frankfurt (dpa), 8. März ---
    (
        "de",
        "Frankfurt/Main (dpa) - Mit einem 2:1 (0:1) bei Eintracht Frankfurt hat RB Leipzig seinen Platz unter den ersten vier gefestigt.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Vor knapp 58.000 Zuschauern hatte Hugo Laméris die Eintracht in der 31. Minute in Führung gebracht.",
        True,
        [("count", 58000, None, "nearly"), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "de",
        "Der Niederländer war im Sommer für rund 18 Millionen Euro von Feyenoord Rotterdam gekommen und traf zum neunten Mal in dieser Saison.",
        True,
        [("money", 18000000, "EUR", "about"), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Nach der Pause drehten Vinzenz Hartl (54.) und Jesper Aakvik mit einem Distanzschuss in der 81. Minute die Partie.",
        True,
        [("ordinal", 54, None, None), ("ordinal", 81, None, None)],
        None,
    ),
    (
        "de",
        "Leipzig ist mit 48 Punkten Dritter und hat drei Zähler Vorsprung auf Dortmund; die Eintracht bleibt mit 42 Zählern Fünfter.",
        True,
        [
            ("count", 48, None, None),
            ("ordinal", 3, None, None),
            ("count", 3, None, None),
            ("count", 42, None, None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Wir haben in der Kabine ruhig geredet, und die Jungs haben eine Reaktion gezeigt“, sagte Leipzigs Trainer Arvid Lindqvist.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lindqvist sagte, Aakvik habe nach seiner Knieoperation im Herbst erst sein drittes Spiel über 90 Minuten bestritten.",
        True,
        [("ordinal", 3, None, None), ("duration", 90, "minute", None)],
        "Lindqvist",
    ),
    # --- HSV schlägt Gladbach (dpa), 7. März ---
    (
        "de",
        "Hamburg (dpa) - Der Hamburger SV hat dank eines späten Treffers von Kapitän Jannik Storbeck gegen Borussia Mönchengladbach mit 2:1 gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 57.000 Zuschauern im ausverkauften Volksparkstadion hatte Gladbach durch Finn Uhlenkott früh geführt (4.), ehe Tiago Brauckmann (41.) ausglich.",
        True,
        [("count", 57000, None, None), ("ordinal", 4, None, None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "de",
        "Storbeck köpfte in der 87. Minute nach einer Ecke ein; es war sein siebtes Saisontor.",
        True,
        [("ordinal", 87, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der Aufsteiger hat nun 32 Punkte und damit acht Zähler Vorsprung auf den Relegationsplatz.",
        True,
        [("count", 32, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "„Der Volkspark hat heute gebebt, so etwas vergisst man nicht“, sagte HSV-Trainer Bastian Overdiek.",
        False,
        [],
        None,
    ),
    ("de", "Gladbachs Sportchef sprach von einem Spiel, „das wir niemals hätten verlieren dürfen“.", False, [], None),
    (
        "de",
        "Gladbach bleibt mit 31 Punkten Zehnter.",
        True,
        [("count", 31, None, None), ("ordinal", 10, None, None)],
        None,
    ),
    # --- Hoffenheim gegen Augsburg (dpa), 7. März ---
    ("de", "Sinsheim (dpa) - Die TSG Hoffenheim hat zu Hause gegen Augsburg nur ein 1:1 erreicht.", True, [], None),
    (
        "de",
        "Augsburgs Dimitri Koukoulis brachte die Gäste in der 29. Minute in Führung, Lasse Rehbein glich in der zweiten Minute der Nachspielzeit aus.",
        True,
        [("ordinal", 29, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Hoffenheim bleibt mit 37 Punkten Siebter, Augsburg ist mit 30 Punkten Elfter.",
        True,
        [("count", 37, None, None), ("ordinal", 7, None, None), ("count", 30, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "„Am Ende fühlt sich dieser Punkt fast wie ein Sieg an“, sagte TSG-Kapitän Moritz Kleinhenz.",
        False,
        [],
        None,
    ),
    # --- Tabelle und Torjäger (dpa), 8. März ---
    (
        "de",
        "Die Tabellenspitze nach dem 25. Spieltag: 1. Bayern München 64 Punkte, 2. Bayer Leverkusen 58, 3. RB Leipzig 48, 4. Borussia Dortmund 45",
        True,
        [
            ("ordinal", 25, None, None),
            ("ordinal", 1, None, None),
            ("count", 64, None, None),
            ("ordinal", 2, None, None),
            ("count", 58, None, None),
            ("ordinal", 3, None, None),
            ("count", 48, None, None),
            ("ordinal", 4, None, None),
            ("count", 45, None, None),
        ],
        None,
    ),
    (
        "de",
        "Torjägerliste: 1. Vettermann (Bayern) 21 Tore, 2. Kesselring (Leverkusen) 17, 3. Brandhorst (Mainz) 14",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 21, None, None),
            ("ordinal", 2, None, None),
            ("count", 17, None, None),
            ("ordinal", 3, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    # --- Kaiserslautern springt auf Platz zwei (dpa), 8. März ---
    (
        "de",
        "Kaiserslautern (dpa) - Der 1. FC Kaiserslautern hat in der 2. Bundesliga den Sprung auf einen direkten Aufstiegsplatz geschafft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Pfälzer gewannen das Topspiel des 25. Spieltags gegen Hertha BSC mit 2:1 (1:1) und sind mit 47 Punkten Zweiter hinter dem SC Paderborn (49).",
        True,
        [("ordinal", 25, None, None), ("count", 47, None, None), ("ordinal", 2, None, None), ("count", 49, None, None)],
        None,
    ),
    (
        "de",
        "Tore: 0:1 Dembélé-Kraus (17.), 1:1 Haberkorn (40.), 2:1 Szymanek (86.)",
        True,
        [("ordinal", 17, None, None), ("ordinal", 40, None, None), ("ordinal", 86, None, None)],
        None,
    ),
    ("de", "Gelb-Rot: Lindemeyer (Hertha/74.)", True, [("ordinal", 74, None, None)], None),
    ("de", "Zuschauer: 49.327 (ausverkauft)", True, [("count", 49327, None, None)], None),
    ("de", "Ob Hertha im Aufstiegsrennen noch eine Rolle spielt, ist fraglich.", False, [], None),
    (
        "de",
        "„Der Betze hat uns in der Schlussphase nach vorne getragen“, sagte FCK-Trainer Matthias Heuberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hertha fällt mit 41 Punkten auf Rang fünf zurück und hat vier Zähler Rückstand auf den Tabellendritten SV Darmstadt 98.",
        True,
        [("count", 41, None, None), ("ordinal", 5, None, None), ("count", 4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Sperre für Kalkbrenner (dpa), Montag, 9. März ---
    (
        "de",
        "Frankfurt/Main (dpa) - Das DFB-Sportgericht hat Dortmunds Kapitän Jonas Kalkbrenner nach seiner Roten Karte gegen Werder Bremen für drei Bundesligaspiele gesperrt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Verein habe dem Urteil zugestimmt, damit sei es rechtskräftig, teilte der DFB am Montag mit.",
        True,
        [],
        "der DFB",
    ),
    (
        "de",
        "Kalkbrenner fehlt damit auch im Spitzenspiel gegen Bayer Leverkusen am 28. März.",
        True,
        [("date", "--03-28", None, None)],
        None,
    ),
    ("de", "„Jonas ist unser Kapitän und wird es auch bleiben“, sagte Ahlgrimm am Montag.", False, [], None),
    # --- Kalkbrenner banned (Reuters), March 9 ---
    (
        "en",
        "FRANKFURT, March 9 (Reuters) - Borussia Dortmund captain Jonas Kalkbrenner was banned for three Bundesliga matches on Monday for his straight red card against Werder Bremen.",
        True,
        [("date", "--03-09", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Dortmund accepted the ban, which rules Kalkbrenner out of the March 28 game against Bayer Leverkusen, the German Football Association said.",
        True,
        [("date", "--03-28", None, None)],
        "the German Football Association",
    ),
    # --- Zuschauerzahlen (dpa), 9. März ---
    (
        "de",
        "Frankfurt/Main (dpa) - Nach Angaben der Deutschen Fußball Liga kamen in den ersten 25 Spieltagen im Schnitt 39.412 Zuschauer zu jeder Bundesligapartie.",
        True,
        [("ordinal", 1, None, None), ("count", 25, None, None), ("count", 39412, None, None)],
        "die Deutsche Fußball Liga",
    ),
    (
        "de",
        "Das sind knapp 3 Prozent mehr als zum selben Zeitpunkt der Vorsaison.",
        True,
        [("percent", 3, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden bislang 8,87 Millionen Tickets verkauft, die Stadien waren zu 94,6 Prozent ausgelastet.",
        True,
        [("count", 8870000, None, None), ("percent", 94.6, "%", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der bisher 225 Partien war nach DFL-Angaben ausverkauft.",
        True,
        [("fraction", 0.5, None, "over"), ("count", 225, None, None)],
        None,
    ),
    (
        "de",
        "Den höchsten Schnitt hat erneut Borussia Dortmund mit 81.244 Besuchern pro Heimspiel, teilte die DFL mit.",
        True,
        [("count", 81244, None, None)],
        "die DFL",
    ),
    ("de", "Dass der Zuschauerrekord am Saisonende fällt, gilt in der Liga als sicher.", False, [], None),
    (
        "de",
        "„Die vollen Stadien sind das Herz dieser Liga“, sagte DFL-Geschäftsführerin Sabine Wehrmeister.",
        False,
        [],
        None,
    ),
    # --- Sturm übernimmt Tabellenführung (APA), 8. März ---
    (
        "de",
        "Graz (APA) - Sturm Graz hat in der 21. Runde der Admiral Bundesliga den Schlager gegen Rapid mit 2:0 (1:0) gewonnen und die Tabellenführung übernommen.",
        True,
        [("ordinal", 21, None, None)],
        None,
    ),
    (
        "de",
        "Vor 16.364 Zuseherinnen und Zusehern in der Merkur Arena trafen Kapitän Elias Pirchegger (28.) und Leopold Hirschböck (73.).",
        True,
        [("count", 16364, None, None), ("ordinal", 28, None, None), ("ordinal", 73, None, None)],
        None,
    ),
    (
        "de",
        "Die Grazer liegen nun mit 43 Punkten einen Zähler vor Red Bull Salzburg, das beim LASK nicht über ein 1:1 hinauskam.",
        True,
        [("count", 43, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Rapid-Verteidiger Lukas Wimmersberger sah in der 66. Minute nach einer Notbremse die Rote Karte.",
        True,
        [("ordinal", 66, None, None)],
        None,
    ),
    (
        "de",
        "Rapid ist mit 35 Punkten Vierter; die Hütteldorfer warten seit sechs Ligaspielen auf einen Sieg.",
        True,
        [("count", 35, None, None), ("ordinal", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Uns fehlt in dieser Phase einfach die Leichtigkeit“, sagte Rapid-Trainer Clemens Hauptfleisch der APA.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sturm-Trainer Arnold Feistritzer sagte der APA, Pirchegger habe sich beim Torjubel am Knöchel verletzt und falle mindestens zehn Tage aus.",
        True,
        [("duration", 10, "day", "at_least")],
        "Arnold Feistritzer",
    ),
    (
        "de",
        "Der Strafsenat sperrte Wimmersberger für zwei Spiele, teilte Rapid am Montag mit.",
        True,
        [("count", 2, None, None)],
        "Rapid",
    ),
    ("de", "Nach dem Schlusspfiff pfiffen die Rapid-Anhänger ihre Mannschaft gnadenlos aus.", False, [], None),
    # --- Sturm go top (Reuters), March 8 ---
    (
        "en",
        "VIENNA, March 8 (Reuters) - Sturm Graz went top of the Austrian Bundesliga with a 2-0 win over Rapid Vienna on Sunday, one point ahead of Red Bull Salzburg with one round of the regular season left.",
        True,
        [("date", "--03-08", None, None), ("count", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The top six teams then play a further 10 rounds in a championship group, with their points halved before it starts.",
        True,
        [("count", 6, None, None), ("count", 10, None, None)],
        None,
    ),
    ("en", "Salzburg needed a stoppage-time equaliser from Karim Oyelowo to draw 1-1 at LASK.", True, [], None),
    # --- Salzburg patzt, Austria Dritter (APA), 8. März ---
    (
        "de",
        "Linz (APA) - Red Bull Salzburg hat beim LASK Punkte liegen gelassen und ist nach dem 1:1 (0:0) auf Rang zwei zurückgefallen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Salzburger Ausgleich durch Karim Oyelowo fiel erst in der dritten Minute der Nachspielzeit.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Wiener Austria besiegte den GAK mit 3:1 und liegt mit 36 Punkten einen Zähler vor Rapid auf Platz drei.",
        True,
        [("count", 36, None, None), ("count", 1, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Kampf um die Meistergruppe hat Hartberg als Sechster vor der letzten Runde des Grunddurchgangs drei Punkte Vorsprung auf die WSG Tirol.",
        True,
        [("ordinal", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Für LASK-Trainer Rainer Stögmüller war es „ein gestohlener Sieg“.", False, [], None),
    # --- Altach beurlaubt Pfanzelter (APA), Montag, 9. März ---
    (
        "de",
        "Altach (APA) - Der SCR Altach hat nach der 0:3-Heimniederlage gegen den Wolfsberger AC Trainer Bernhard Pfanzelter mit sofortiger Wirkung beurlaubt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den WAC trafen Jakob Tengg (8.), Ivo Lasić (51.) und Samuel Ebner (90.+1).",
        True,
        [
            ("ordinal", 8, None, None),
            ("ordinal", 51, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Vorarlberger sind nach 21 Runden mit 15 Punkten Tabellenletzter und haben bereits acht Zähler Rückstand auf den Vorletzten Blau-Weiß Linz.",
        True,
        [("count", 21, None, None), ("count", 15, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Pfanzelter war erst im Oktober gekommen und holte in 15 Pflichtspielen nur zwei Siege, teilte der Verein mit.",
        True,
        [("count", 15, None, None), ("count", 2, None, None)],
        "der Verein",
    ),
    (
        "de",
        "„Diese Entscheidung fällt uns menschlich unglaublich schwer“, sagte Altach-Geschäftsführer Egon Rüscher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rüscher sagte, bis zum Heimspiel gegen Hartberg am 14. März betreue Co-Trainer Simon Wachter die Mannschaft.",
        True,
        [("date", "--03-14", None, None)],
        "Rüscher",
    ),
    ("de", "Wer Pfanzelter dauerhaft nachfolgt, ist noch offen.", False, [], None),
    # --- YB gewinnt den Klassiker (Keystone-SDA), Samstag, 7. März ---
    (
        "de",
        "Basel (Keystone-SDA) - Im Klassiker im St.-Jakob-Park haben die Young Boys den FC Basel mit 3:1 (1:0) bezwungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 31'482 Zuschauern traf Captain Loris Zbinden in der 19. Minute per Freistoss zur Berner Führung.",
        True,
        [("count", 31482, None, None), ("ordinal", 19, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Basler Ausgleich durch Dario Schmuckli (56.) entschieden Noé Ganguillet (70.) und Amadou Sissoko-Ruch (89.) die Partie.",
        True,
        [("ordinal", 56, None, None), ("ordinal", 70, None, None), ("ordinal", 89, None, None)],
        None,
    ),
    (
        "de",
        "YB ist nach 27 Runden mit 52 Punkten neuer Leader, zwei Punkte vor dem FC Lugano.",
        True,
        [("count", 27, None, None), ("count", 52, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der FCB fiel mit 45 Punkten auf den vierten Platz zurück.",
        True,
        [("count", 45, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben nach der Pause endlich unseren Fussball gespielt und verdient gewonnen», sagte YB-Trainer Urs Hänggeli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Partie war in der 62. Minute wegen Pyrotechnik im Gästesektor für sechs Minuten unterbrochen, wie die Swiss Football League mitteilte.",
        True,
        [("ordinal", 62, None, None), ("duration", 6, "minute", None)],
        "die Swiss Football League",
    ),
    ("de", "Die Liga eröffnete ein Disziplinarverfahren gegen die Young Boys.", True, [], None),
    (
        "de",
        "Man werde bei der Aufarbeitung mit der Liga zusammenarbeiten und die Verantwortlichen identifizieren, teilte YB am Sonntag mit.",
        True,
        [],
        "YB",
    ),
    (
        "de",
        "Laut Polizei wurden rund um das Spiel drei Personen vorläufig festgenommen.",
        True,
        [("count", 3, None, None)],
        "Polizei",
    ),
    # --- Young Boys go top (Reuters), March 7 ---
    (
        "en",
        "ZURICH, March 7 (Reuters) - Young Boys went top of the Swiss Super League with a 3-1 win at FC Basel on Saturday in a game halted for six minutes because of flares in the away end.",
        True,
        [("date", "--03-07", None, None), ("duration", 6, "minute", None)],
        None,
    ),
    (
        "en",
        "Young Boys have 52 points from 27 games, two ahead of FC Lugano.",
        True,
        [("count", 52, None, None), ("count", 27, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Lugano verliert in Genf (Keystone-SDA), Sonntag, 8. März ---
    (
        "de",
        "Genf (Keystone-SDA) - Der FC Lugano hat bei Servette mit 0:2 verloren und die Chance verpasst, die Leaderposition von den Young Boys zurückzuerobern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Servette-Stürmer Kevin Dufaux traf in der 34. und in der 79. Minute.",
        True,
        [("ordinal", 34, None, None), ("ordinal", 79, None, None)],
        None,
    ),
    (
        "de",
        "Lugano bleibt mit 50 Punkten Zweiter, Servette schob sich mit 41 Zählern auf Rang fünf vor.",
        True,
        [("count", 50, None, None), ("ordinal", 2, None, None), ("count", 41, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    ("de", "«Wir haben heute einfach zu wenig investiert», sagte Lugano-Captain Livio Canonica.", False, [], None),
    # --- St. Gallen deklassiert den FCZ (Keystone-SDA), 8. März ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Vor 17'850 Zuschauern im Kybunpark haben die Espen den FC Zürich mit 4:1 (2:0) deklassiert.",
        True,
        [("count", 17850, None, None)],
        None,
    ),
    (
        "de",
        "Doppeltorschütze war Stürmer Aurelio Bernasconi (14., 63.), der nun bei 15 Saisontoren steht.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 63, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Die Ostschweizer liegen mit 46 Punkten auf Platz drei, die Zürcher sind nach der sechsten Niederlage in Serie Elfter.",
        True,
        [
            ("count", 46, None, None),
            ("ordinal", 3, None, None),
            ("ordinal", 6, None, None),
            ("ordinal", 11, None, None),
        ],
        None,
    ),
    (
        "de",
        "«Diese Mannschaft lebt, und das spürt man im ganzen Stadion», sagte St. Gallens Trainer Beat Rüegsegger.",
        False,
        [],
        None,
    ),
    # --- FCZ trennt sich von Marmet (Keystone-SDA), Montag, 9. März ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der FC Zürich hat sich nach der 1:4-Niederlage in St. Gallen von Trainer Fabrice Marmet getrennt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Marmet war seit Juli 2025 im Amt; der FCZ liegt nach 27 Runden mit 29 Punkten auf dem Barrageplatz.",
        True,
        [("year", 2025, None, None), ("count", 27, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Bis Saisonende übernimmt Nachwuchschef Pascal Tschannen interimistisch, teilte der Klub mit.",
        True,
        [],
        "der Klub",
    ),
    (
        "de",
        "«Wir danken Fabrice für seine Arbeit und seinen grossen Einsatz», hiess es in der Mitteilung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sportchef Reto Ammann sagte, der Klub habe Marmet im Januar für Verstärkungen noch 3,5 Millionen Franken zur Verfügung gestellt.",
        True,
        [("money", 3500000, "CHF", None)],
        "Reto Ammann",
    ),
    # --- Arsenal beat City (Reuters), March 7 ---
    (
        "en",
        "LONDON, March 7 (Reuters) - Arsenal beat Manchester City 2-1 at the Emirates Stadium on Saturday to move five points clear in the title race with nine games left.",
        True,
        [("date", "--03-07", None, None), ("count", 5, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Midfielder Tomás Villaverde put Arsenal ahead in the 23rd minute with a low shot from the edge of the box.",
        True,
        [("ordinal", 23, None, None)],
        None,
    ),
    (
        "en",
        "City levelled through Sander Holmqvist seven minutes after the break before substitute Kobe Ansah-Whitmore headed the winner in the 84th minute.",
        True,
        [("duration", 7, "minute", None), ("ordinal", 84, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 60,383 saw City finish with 10 men after defender Rúben Esteves was sent off for a second yellow card in the 78th minute.",
        True,
        [
            ("count", 60383, None, None),
            ("count", 10, None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 78, None, None),
        ],
        None,
    ),
    (
        "en",
        "Arsenal have 67 points from 29 matches, with City second on 62 and Liverpool third on 58.",
        True,
        [
            ("count", 67, None, None),
            ("count", 29, None, None),
            ("ordinal", 2, None, None),
            ("count", 62, None, None),
            ("ordinal", 3, None, None),
            ("count", 58, None, None),
        ],
        None,
    ),
    (
        "en",
        '"The lads dug in when it mattered, and the crowd carried us over the line," Arsenal manager Declan Hartigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hartigan said Villaverde had played through a hamstring problem and could miss up to two weeks.",
        True,
        [("duration", 2, "week", "up_to")],
        "Hartigan",
    ),
    (
        "en",
        "Arsenal have scored 19 goals from set pieces this season, more than any other Premier League side, according to Opta.",
        True,
        [("count", 19, None, None)],
        "Opta",
    ),
    ("en", "City manager Ilkka Haapakoski refused to be drawn on whether the title race was over.", False, [], None),
    # --- Premier League results (PA), March 7 ---
    ("en", "Premier League: Arsenal 2 Manchester City 1", True, [], None),
    (
        "en",
        "Scorers: Arsenal - Villaverde 23, Ansah-Whitmore 84; Manchester City - Holmqvist 52",
        True,
        [("ordinal", 23, None, None), ("ordinal", 84, None, None), ("ordinal", 52, None, None)],
        None,
    ),
    ("en", "Sent off: Esteves (Manchester City) 78", True, [("ordinal", 78, None, None)], None),
    ("en", "Attendance: 60,383", True, [("count", 60383, None, None)], None),
    (
        "en",
        "Aston Villa 3 Brentford 0; Bournemouth 1 Fulham 1; Burnley 0 Chelsea 3; Crystal Palace 0 Newcastle United 2; Nottingham Forest 1 Tottenham Hotspur 3",
        True,
        [],
        None,
    ),
    # --- City charged (PA), March 9 ---
    (
        "en",
        "LONDON (PA) - The Football Association has charged Manchester City with failing to control their players after the 78th-minute sending-off at Arsenal.",
        True,
        [("ordinal", 78, None, None)],
        None,
    ),
    ("en", "City have until Thursday to respond, the FA said on Monday.", True, [], "the FA"),
    (
        "en",
        "Esteves will serve a one-match ban for his two bookings, ruling him out of next Saturday's home game against Newcastle.",
        True,
        [("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "City declined to comment.", False, [], None),
    # --- Villa sweep aside Brentford (PA), March 7 ---
    (
        "en",
        "BIRMINGHAM (PA) - Aston Villa eased past Brentford 3-0 at Villa Park, where a crowd of 42,180 saw Emiliano Quarto score a first-half hat-trick.",
        True,
        [("count", 42180, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Quarto's goals came in the ninth, 26th and 41st minutes.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 26, None, None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "en",
        '"Emi was on fire today, there is not much more I can say about him," Villa manager Anselmo Rivadeneira said.',
        False,
        [],
        None,
    ),
    # --- Newcastle win at Palace (PA), March 7 ---
    (
        "en",
        "LONDON (PA) - Newcastle United won 2-0 at Crystal Palace to move up to sixth, with both goals coming from Swedish winger Elias Norrvik.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Norrvik, 23, has now scored nine goals in his last 11 appearances.",
        True,
        [("duration", 23, "year", None), ("count", 9, None, None), ("count", 11, None, None)],
        None,
    ),
    ("en", "Palace have gone seven league games without a win.", True, [("count", 7, None, None)], None),
    (
        "en",
        '"I just want to help the team, the goals will come if we play like that," Norrvik told Sky Sports.',
        False,
        [],
        None,
    ),
    # --- Maloumbi off the mark (Reuters), March 7 ---
    (
        "en",
        "BURNLEY, England, March 7 (Reuters) - Chelsea's record signing Bastien Maloumbi scored his first Premier League goal in the 55th minute of a 3-0 win at Burnley on Saturday.",
        True,
        [("date", "--03-07", None, None), ("ordinal", 1, None, None), ("ordinal", 55, None, None)],
        None,
    ),
    (
        "en",
        "The 21-year-old French forward joined from Lille last August for a fee of 82 million pounds ($110.7 million), which could rise to 90 million pounds with add-ons.",
        True,
        [
            ("duration", 21, "year", None),
            ("money", 82000000, "GBP", None),
            ("money", 110700000, "USD", None),
            ("money", 90000000, "GBP", None),
        ],
        None,
    ),
    ("en", "It was his 24th appearance for the club.", True, [("ordinal", 24, None, None)], None),
    (
        "en",
        "Chelsea moved up to fourth with 52 points, level with Aston Villa but ahead on goal difference.",
        True,
        [("ordinal", 4, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        '"Now the weight is off his shoulders, you will see the real Bastien," Chelsea head coach Lorenzo Aguirre-Vidal said.',
        False,
        [],
        None,
    ),
    # --- Spurs win at Forest (PA), March 7 ---
    (
        "en",
        "NOTTINGHAM (PA) - Tottenham Hotspur climbed to eighth with a 3-1 win at Nottingham Forest, their third away victory in a row.",
        True,
        [("ordinal", 8, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Forest went ahead through Joel Ashdown-Price in the 11th minute, but Spurs scored three times in 19 minutes after the interval.",
        True,
        [("ordinal", 11, None, None), ("count", 3, None, None), ("duration", 19, "minute", None)],
        None,
    ),
    ("en", "Forest fans chanted for the head coach to go long before the final whistle.", False, [], None),
    # --- Forest sack Strachan-Blair (PA), March 8 ---
    (
        "en",
        "NOTTINGHAM (PA) - Nottingham Forest have sacked head coach Ewan Strachan-Blair after Saturday's 3-1 home defeat by Tottenham left them 17th in the Premier League.",
        True,
        [("ordinal", 17, None, None)],
        None,
    ),
    (
        "en",
        "The club said Strachan-Blair had left by mutual consent after just 147 days in charge.",
        True,
        [("duration", 147, "day", None)],
        "the club",
    ),
    (
        "en",
        "Forest have won only two of their last 14 league games and sit two points above the relegation zone.",
        True,
        [("count", 2, None, None), ("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", '"Ewan gave everything for this club, and we part as friends," the statement added.', False, [], None),
    ("en", "Under-21s coach Gareth Pimlott will take charge for next weekend's trip to Everton.", True, [], None),
    (
        "en",
        "Strachan-Blair, 44, is the fifth head coach in the division to be dismissed this season.",
        True,
        [("duration", 44, "year", None), ("ordinal", 5, None, None)],
        None,
    ),
    ("en", "He had arrived in October on a contract running until 2028.", True, [("year", 2028, None, None)], None),
    ("en", "It was not immediately clear who would take the job on a permanent basis.", False, [], None),
    # --- Merseyside derby (AP), March 8 ---
    (
        "en",
        "LIVERPOOL, England (AP) — Everton held Liverpool to a 1-1 draw in the Merseyside derby on Sunday after playing the last 24 minutes with 10 men.",
        True,
        [("duration", 24, "minute", None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Everton midfielder Callum Ridgway was shown a straight red card in the 66th minute for a lunge on Liverpool captain Mateo Barrientos.",
        True,
        [("ordinal", 66, None, None)],
        None,
    ),
    (
        "en",
        "Liverpool had taken the lead through Oskar Lindbergh-Hale in the 39th minute, but Jaylen Osei-Tutu equalized in the 71st with a tap-in at the far post.",
        True,
        [("ordinal", 39, None, None), ("ordinal", 71, None, None)],
        None,
    ),
    (
        "en",
        "The draw left Liverpool third, eight points behind Arsenal, while Everton are 11th.",
        True,
        [("ordinal", 3, None, None), ("count", 8, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    ("en", "The attendance at Anfield was 60,109.", True, [("count", 60109, None, None)], None),
    (
        "en",
        '"It was a red card all day long, there is nothing to argue about," Everton manager Rhodri Penhallow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Penhallow said Everton would not appeal the red card, which carries a three-match ban.",
        True,
        [("count", 3, None, None)],
        "Penhallow",
    ),
    ("en", "Liverpool fans jeered the referee off the field at halftime.", False, [], None),
    # --- Relegation round-up (Reuters), March 8 ---
    (
        "en",
        "LONDON, March 8 (Reuters) - Wolverhampton Wanderers' 2-0 defeat at Brighton & Hove Albion on Sunday left them 10 points from safety with nine games remaining.",
        True,
        [("date", "--03-08", None, None), ("count", 10, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Wolves are bottom with 17 points and a goal difference of minus 28, four points behind Burnley.",
        True,
        [("count", 17, None, None), ("count", -28, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Burnley, 19th on 21 points, were beaten 3-0 at home by Chelsea on Saturday.",
        True,
        [("ordinal", 19, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "West Ham United, 18th, are two points behind Forest after drawing 1-1 at Sunderland.",
        True,
        [("ordinal", 18, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody in that dressing room has given up, I can promise you that," Wolves head coach Tiago Correia-Lemos said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Correia-Lemos said captain Nélson Abrunhosa would miss the rest of the season after scans confirmed a ruptured Achilles tendon.",
        True,
        [],
        "Correia-Lemos",
    ),
    ("en", "Few in the Wolves camp now expect anything other than a return to the Championship.", False, [], None),
    # --- United edge Leeds (Reuters), March 8 ---
    (
        "en",
        "MANCHESTER, England, March 8 (Reuters) - Manchester United beat Leeds United 1-0 at Old Trafford on Sunday through Aurelio Santangelo's 12th goal of the season.",
        True,
        [("date", "--03-08", None, None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "Santangelo struck in the 57th minute, and the hosts then survived eight minutes of stoppage time.",
        True,
        [("ordinal", 57, None, None), ("duration", 8, "minute", None)],
        None,
    ),
    (
        "en",
        "United are seventh on 45 points, three behind sixth-placed Newcastle.",
        True,
        [("ordinal", 7, None, None), ("count", 45, None, None), ("count", 3, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The crowd of 73,806 was the biggest in the Premier League this season, the league said.",
        True,
        [("count", 73806, None, None)],
        "the league",
    ),
    ("en", '"Leeds made it ugly, so we had to be ugly too," United manager Kasper Lindahl-Ross said.', False, [], None),
    # --- Premier League table (Reuters), March 8 ---
    (
        "en",
        "Premier League top four after Sunday's games: 1. Arsenal 67 points, 2. Manchester City 62, 3. Liverpool 59, 4. Chelsea 52",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 67, None, None),
            ("ordinal", 2, None, None),
            ("count", 62, None, None),
            ("ordinal", 3, None, None),
            ("count", 59, None, None),
            ("ordinal", 4, None, None),
            ("count", 52, None, None),
        ],
        None,
    ),
    # --- ANALYSIS: Arsenal (Reuters), March 9 ---
    ("en", "ANALYSIS-Arsenal's title to lose after City stumble in north London", False, [], None),
    (
        "en",
        "LONDON, March 9 (Reuters) - Arsenal have taken 25 points from their last nine league games and have not lost at home since October.",
        True,
        [("date", "--03-09", None, None), ("count", 25, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "City still have to visit Liverpool, Chelsea and Aston Villa in their remaining nine games.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal spent about 210 million pounds on five players last summer, according to the club's accounts.",
        True,
        [("money", 210000000, "GBP", "about"), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Whether Arsenal's squad is deep enough to cope with the Champions League as well remains an open question.",
        False,
        [],
        None,
    ),
    ("en", "Few in north London believe the lead will slip now.", False, [], None),
    # --- Championship (PA), March 7 ---
    (
        "en",
        "COVENTRY (PA) - Coventry City stretched their lead at the top of the Championship to six points with a 3-2 win over Middlesbrough in front of 28,114 fans.",
        True,
        [("count", 6, None, None), ("count", 28114, None, None)],
        None,
    ),
    (
        "en",
        "Striker Ryan Heathcote scored twice in the space of five minutes either side of half-time to take his league tally to 22.",
        True,
        [("count", 2, None, None), ("duration", 5, "minute", None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Middlesbrough, who had led 2-1 after 58 minutes, dropped to fifth, three points outside the automatic promotion places.",
        True,
        [("duration", 58, "minute", None), ("ordinal", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Coventry have 71 points from 36 games; Sheffield United, who won 1-0 at Millwall, are second on 65.",
        True,
        [("count", 71, None, None), ("count", 36, None, None), ("ordinal", 2, None, None), ("count", 65, None, None)],
        None,
    ),
    (
        "en",
        "Sheffield United's winner at The Den came from a 90th-minute penalty by Callum Whitlow.",
        True,
        [("ordinal", 90, None, None)],
        None,
    ),
    (
        "en",
        "The top two go up automatically, while the teams finishing third to sixth enter the play-offs.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody here is getting carried away, we know what this league is like," Coventry manager Niall Brannigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brannigan said Heathcote, who joined from Bristol City last summer for more than 4.5 million pounds, had turned down a contract extension in January.",
        True,
        [("money", 4500000, "GBP", "over")],
        "Brannigan",
    ),
    # --- Sounders beat Galaxy (AP), March 7 ---
    (
        "en",
        "SEATTLE (AP) — Joaquín Albisu scored twice in the second half and the Seattle Sounders beat the LA Galaxy 3-2 on Saturday night in front of 31,706 at Lumen Field.",
        True,
        [("count", 2, None, None), ("ordinal", 2, None, None), ("count", 31706, None, None)],
        None,
    ),
    (
        "en",
        "Albisu, a 24-year-old Uruguayan, joined from Peñarol in January for a club-record transfer fee of $11.5 million.",
        True,
        [("duration", 24, "year", None), ("money", 11500000, "USD", None)],
        None,
    ),
    (
        "en",
        "He converted a penalty in the 61st minute and curled in the winner in the 88th after the Galaxy had come back from 1-0 down.",
        True,
        [("ordinal", 61, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "en",
        "Scoring: Seattle, Brennholt 17, Albisu 61, 88; LA Galaxy, Okwuosa-Diaz 49, Fairbanks 72.",
        True,
        [
            ("ordinal", 17, None, None),
            ("ordinal", 61, None, None),
            ("ordinal", 88, None, None),
            ("ordinal", 49, None, None),
            ("ordinal", 72, None, None),
        ],
        None,
    ),
    (
        "en",
        "Seattle (2-0-1) lead the Western Conference with seven points from three games.",
        True,
        [("count", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", 'Galaxy coach Bram Oosterhuis called his side\'s defending "naive" and "far too soft."', False, [], None),
    (
        "en",
        '"The fans were unbelievable tonight, it felt like a playoff game," Seattle coach Dusty Marchbanks said.',
        False,
        [],
        None,
    ),
    # --- Crew edge Nashville (AP), March 7 ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Diego Rossetti-Vaz scored in the 90th minute on his debut to give the Columbus Crew a 2-1 win over Nashville SC on Saturday.",
        True,
        [("ordinal", 90, None, None)],
        None,
    ),
    (
        "en",
        "The Crew signed the 26-year-old Brazilian from Grêmio in February for about $8 million, according to the club.",
        True,
        [("duration", 26, "year", None), ("money", 8000000, "USD", "about")],
        "the club",
    ),
    (
        "en",
        "Nashville played the final 30 minutes with 10 men after defender Tyson Hargreave was sent off for a second booking.",
        True,
        [("duration", 30, "minute", None), ("count", 10, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", "The crowd of 20,011 at Lower.com Field was a sellout.", True, [("count", 20011, None, None)], None),
    (
        "en",
        '"That is exactly why you bring in a player like Diego," Crew coach Jean-Baptiste Vautrin said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Inter Miami drew 1-1 with Orlando City in front of a crowd of 20,812 at Chase Stadium.",
        True,
        [("count", 20812, None, None)],
        None,
    ),
    # --- Bournemouth held by Fulham (PA), March 7 ---
    (
        "en",
        "BOURNEMOUTH (PA) - Fulham goalkeeper Mads Ringsted saved a 63rd-minute penalty as Bournemouth were held 1-1 at the Vitality Stadium.",
        True,
        [("ordinal", 63, None, None)],
        None,
    ),
    (
        "en",
        "Bournemouth, who had won their previous four home games, stay 10th on 41 points.",
        True,
        [("count", 4, None, None), ("ordinal", 10, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        '"Mads was unreal, he kept us in it when we were hanging on," Fulham manager Rory Tennant said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tennant said Ringsted had saved three of the four penalties he had faced this season.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        "Tennant",
    ),
    ("en", "Bournemouth boss Iñaki Loidi said he had no complaints about the result.", False, [], None),
    # --- East Anglian derby (PA), March 8 ---
    (
        "en",
        "IPSWICH (PA) - Ipswich Town came from two goals down to beat Norwich City 3-2 in the East Anglian derby in front of 28,940 at Portman Road.",
        True,
        [("count", 2, None, None), ("count", 28940, None, None)],
        None,
    ),
    (
        "en",
        "Ipswich's winner came from defender Kieran Madeley's header in the 93rd minute.",
        True,
        [("ordinal", 93, None, None)],
        None,
    ),
    (
        "en",
        '"That is what derbies are all about, you never stop running," Ipswich manager Ciaran Mulvey said.',
        False,
        [],
        None,
    ),
    ("en", "Norwich manager Henrik Aasland declined to speak to reporters after the game.", False, [], None),
    # --- FC Zurich fire Marmet (Reuters), March 9 ---
    (
        "en",
        "ZURICH, March 9 (Reuters) - FC Zurich fired coach Fabrice Marmet on Monday after a 4-1 defeat at St Gallen left the club in the relegation play-off spot with 29 points from 27 games.",
        True,
        [("date", "--03-09", None, None), ("count", 29, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Youth chief Pascal Tschannen will take over until the end of the season, the club said.",
        True,
        [],
        "the club",
    ),
    # --- MLS crowds (AP), March 9 ---
    (
        "en",
        "NEW YORK (AP) — Major League Soccer drew an average of 22,416 fans per game over the season's first three weekends, up 4% from a year earlier, the league said Monday.",
        True,
        [("count", 22416, None, None), ("ordinal", 1, None, None), ("count", 3, None, None), ("percent", 4, "%", None)],
        "the league",
    ),
    (
        "en",
        "Almost a third of the league's 30 clubs have sold out every home game so far.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 30, None, None)],
        None,
    ),
    ("en", "League officials said they expected further growth after the World Cup.", False, [], None),
]
