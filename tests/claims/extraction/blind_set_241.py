"""Two-hundred-and-forty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Players, coaches, officials, pundits,
agents, fans' groups and figures are made up (Henrik Vosskuhl, Rüdiger Hoppenstedt, Bastian
Lohwasser, Lukas Haiderer, Wolfgang Pirchner, Remo Giger, Fabio Castellan, Andrej Kolarov,
Till Brenneke, Leopold Wankmüller, Nils Oberacker, Malik Demirtas, Emre Kalkavan, Mats
Grönholt, Harald Schwenk, Jost Bramkamp, Tjark Heitmann, Vincent Oberlechner, Gian Tscharner,
Eirik Stavrum, Marko Pfeilschifter, Kristijan Mlakar, Bernhard Wutti, Mathis Évrard,
Friedhelm Auerbach, Matteo Sciarini, Davide Fumagalli, Gerrit Hollenbach, Volkmar Ressel,
Ansgar Brüggemeier, Finn Wolters, Jonte Riedesel, Constantin Merkle, Timo Rauschendorf,
Gerold Kainbacher, Jonas Calonder, Urs Brunold, Reto Marugg, Carla Wiesenthal, Tobias
Heimerdinger, Reinhold Sattlegger, Leopold Gschnitzer, Gerhard Pöschl, „Kurve für alle“,
„Austria-Freunde“; Ollie Stanbridge, Kwame Asante-Reid, Fergus Quilty, Gary Ellershaw,
Terrell Voss, Marv Dettling, Anton Mbeki-Larsson, Zofia Karwecka, Mirela Dumitrescu, Lindsay
Corcoran, Noah Delacour-Mensah, Callum Redfearn, Ray Kitching, Hervé Castagnol, Martin
Cresswell, Aurelio Benedetti, Declan Hurrell, Cathal Mulrennan, Dermot Faherty, Gareth
Pryddon, Matteo Caravelli, Jack Pemberton, Darren Holloway, Tomás Ibarrola, Sandro Veltrami,
Kevin Dossou-Marchetti, Hamish Ledward, Davi Tavares, Piet Verhaegen, Lee Carbery, Reece
Aldous, Colton Vickery, Brent Saltzman, Dwayne Hollis, Mark Delgado, Ross Ketteridge,
Blessing Okorafor, Femi Adeyemo-Clarke, Pavel Hruška, Viktor Lindahl, Jadon Okafor-Price,
Ewan Muircroft, Joaquín Redondo, Malik Brandwell, Desmond Achterberg, Len Hadaway, Daniel
Ormerod, Frederik Lykke-Jansen, Simon Ashcombe; every unnamed pundit, analyst, agent,
manager, source and fan); coaches, directors, presidents and officials of real clubs,
federations, firms and bodies appear under made-up names that stand for no real holder
("Gladbach-Trainer Henrik Vosskuhl", "Rapid-Geschäftsführer Wolfgang Pirchner", "Sportchef
Remo Giger", "Bundestrainer Jost Bramkamp", "ÖSV-Cheftrainer Marko Pfeilschifter",
"Union-Präsident Volkmar Ressel", "ÖFB-Präsident Leopold Gschnitzer", "Teamchef Reinhold
Sattlegger", "Palace manager Fergus Quilty", "Spurs sporting director Callum Redfearn",
"Lille president Hervé Castagnol", "Deloitte partner Hamish Ledward", "general manager Ross
Ketteridge", "chief executive Daniel Ormerod", "team principal Simon Ashcombe") or by their
role only ("Der Schiedsrichterchef des DFB", "Sein Berater", "Mehrere
Schiedsrichter-Beobachter", "one former Premier League manager", "An ESPN analyst", "a
person familiar with the deal", "Callers to sports talk radio"). Real clubs, leagues,
federations, events, venues, papers, broadcasters, data firms and places (Borussia
Mönchengladbach, 1. FC Köln, VfB Stuttgart, SK Rapid, FC Augsburg, Transfermarkt, SV Ried,
Block West, FC Zürich, FC St. Gallen, TSG Hoffenheim, SC Freiburg, Kölner Keller, Borussia
Dortmund, VfL Wolfsburg, Opta, „Kicker“, Sky, Deutscher Handballbund, Dänemark, ARD, das
Erste, Kandahar, ORF, Sturm Graz, Red Bull Salzburg, Eintracht Frankfurt, Bayer Leverkusen,
FC Sevilla, Deutsche Fußball Liga, Champions League, FC Lugano, Brentford, Super League,
«Corriere del Ticino», DFB-Sportgericht, Union, Instagram, FC Schalke 04, Hertha BSC,
Hannover 96, 2. Bundesliga, SC Paderborn, DFB-Pokal, Austria Wien, Bundesliga, HC Davos,
National League, EHC Biel, Werder Bremen, Österreichischer Fußball-Bund, FIFA, Ecuador;
Crystal Palace, Wolverhampton Wanderers, Premier League, BBC, Boston Celtics, Milwaukee
Bucks, NBA, Cleveland, WTA, Australian Open, Eurosport, Tottenham, Lille, Ligue 1, Le Havre,
talkSPORT, Everton, Manchester City, Arsenal, Sky Sports, Six Nations, Aviva Stadium, RTÉ,
Serie A, Inter Milan, Napoli, San Siro, DAZN, Corriere dello Sport, Deloitte's Sports
Business Group, Chelsea, Newcastle, Brighton, Porto, West Ham United, London Stadium, New
York Yankees, San Diego, Cy Young Award, Chicago Bears, Baltimore, NFL, Super Bowl, World
Athletics, Czech Indoor Gala, League Cup, Aston Villa, Wembley, St James' Park, Liverpool,
Golden State Warriors, Utah Jazz, Phoenix, Manchester United, Manchester United Supporters'
Trust, Williams, Formula One, Barcelona, Melbourne, and the datelines' cities) stand for the
way wire copy names them; every result, score, goal, minute, time, rank, point, crowd,
audience, fee, market value, grade, contract, ban, fine, price, revenue, record, quote,
chant and verdict here is invented, and where a real figure came to mind it was changed.

Its weight: OPINION VERSUS CLAIM, eighteenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth, two-hundred-and-fourth, two-hundred-and-eighth,
two-hundred-and-fifteenth, two-hundred-and-twenty-second and two-hundred-and-twenty-ninth
batches were the first seventeen, and their decisions are kept; the hundred-eighty-first,
the sports and culture round, and the two-hundred-and-twenty-ninth were read closely, and
the sports figures follow the hundred-fifty-third and hundred-ninety-fifth), this time in
football and sport copy - coaches' and players' quotes after matches, transfer fees, loans
and market values, contract lengths and extensions, table positions and points gaps, goals,
records and streaks, bans and fines, club accounts and ticket prices, pundits' verdicts -
over four ordinary wire days, Saturday to Tuesday, January 31 to February 3, of one year
(the last weekend and the deadline day of a winter transfer window), as 34 short stories
in story order, the German and English stories interleaved by day, each with a dateline
lead, the figures, attributed claims, the other side, quotes and reactions. About 100 rows
are negatives that look like claims - coaches' creeds and clichés („Ein Derby gewinnt man
nicht mit den Beinen, sondern mit dem Herzen“), a vote of confidence, boasts, vows and bets
about the table, the title and a trophy, predictions framed as certainty ("She will win 10
Grand Slams, mark my words"), counterfactual verdicts on a game and a tie, a seller's and an
agent's valuations, a pundit's grade, hyperbole with figures ("the best Newcastle side in
50 years"), a result read as proof, labels from coaches, pundits, papers, fans' groups and
supporters' trusts, a label reported as the cause of a ban, a club's boilerplate, banners,
chants and scene colour, a rhetorical question, open questions and an analysts' forecast
without a figure - each beside a check-worthy look-alike around a verifiable core: the same
speaker's statistic in the next row, the table as it stands, the streak, the record, a
published market value, a paper's published grade, the fee reported with its hedge, the
contract and its clause, the loan's obligation to buy, a referees' chief's admission, the
ban, the fine and its rule, the club's accounts, the ticket prices and their conversion per
match, the crowd, the audience and the organisers' figures. Half German (dpa, APA,
Keystone-SDA; Austrian "Jänner", "Bursch", "Teamchef", "Teamspieler", Swiss "Goalie",
"Match", "Barrageplatz", "gemäss", "per sofort", "verliessen", "Cup-Viertelfinal", "6'547",
«» quotes, German „“ quotes, agate minutes "(52./57./63.)") and half English (Reuters, AP,
AFP, PA, AAP; British "kilometres", "organisers", "centre forward", American "defense").

242 rows (123 German, 119 English), 102 negatives (51 German, 51 English), 140 check-worthy
rows of which 16 carry no figure (13 German, 3 English), 277 expected quantities (105
counts, 50 ordinals, 50 durations - 30 in years, 9 in minutes, 4 in hours, 3 in seconds, 2
in months, 1 in weeks, 1 in days -, 31 amounts of money - 18 EUR, 8 GBP, 3 USD, 1 AUD, 1
CHF -, 16 years, 12 dates, 10 percentages - all in % -, 3 fractions; 32 of them in 29
negatives, as the seventeenth batch labels a figure in a negative), 42 checked speakers (21
German, 21 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, vow, boast, bet, feeling, hope, conviction or piece of rhetoric
  is a negative with speaker None, also with a named speaker and a role (seventh,
  ninety-eighth, hundred-fifty-third, hundred-eighty-first, two-hundred-and-fourth,
  two-hundred-and-twenty-ninth); a quoted or reported statement of fact, figure, step, rule
  or position is check-worthy with its speaker, also in direct speech (hundred-fifty-third:
  „Yussuf hat jetzt in sechs Spielen hintereinander getroffen“, sagte RB-Trainer ...; here
  «Wir haben von den letzten zwölf Heimspielen nur eines verloren», sagte HCD-Trainer Urs
  Brunold. -> "Urs Brunold"). Pairs from one speaker: Vosskuhl's eight unbeaten matches
  beside his derby creed; Quilty's 13.1 kilometres beside "the best English midfielder
  nobody ever talks about" and "the top eight"; Dettling's 14 of 21 beside "Nobody in this
  league can guard him" and "a 60-win team"; Giger's statement on the next match beside his
  vote of confidence; Karwecka's 11 of 13 break points beside her garage door; Wankmüller's
  third penalty after a video review beside „nie und nimmer ein Elfmeter“; Redfearn's 19
  goals in 27 matches beside "the most exciting young forward in Europe"; Grönholt's eight
  goals in five games beside „seit zwanzig Jahren nicht gehabt“; Benedetti's four injured
  defenders beside "five points behind ... five points ahead"; Bramkamp's 30.4 goals beside
  „Silber fühlt sich heute an wie Gold“; Pryddon's three forwards beside "that is on me";
  Oberlechner's speed beside „die ehrlichste Abfahrt der Welt“; Caravelli's 41 service games
  beside "my second home" and his forecast for Pemberton; Veltrami's 14 goals conceded beside
  "the most beautiful football in Europe"; Wutti's 2.15 points a game beside „der beste
  Trainer, den dieser Klub je hatte“ and his „Märchenstunde“; Auerbach's 90 percent beside
  „kein Ziel, sondern eine Pflicht“; Ledward's "more than half" beside "Football is eating
  itself"; Fumagalli's nine clean sheets beside «in den letzten zehn Jahren»; Brüggemeier's
  26 points beside his vow of promotion; Ketteridge's 11 candidates beside "a leader of men";
  Hollis's five-year contract and his defense's 31 turnovers beside his Super Bowl vow;
  Merkle's 42 penalties studied beside his counterfactual „nach 90 Minuten“; Okorafor's
  fifth race in 11 days beside her patience and her coach's "7.50"; Muircroft's home record
  since 2022 beside "the best Newcastle side in 50 years"; Kainbacher's 19 million euros
  beside „gesünder als seit vielen Jahren“ and „Ohne unseren Sparkurs ...“; Brunold's home
  record beside «mehr Charakter als in jedem anderen der Liga»; Hadaway's debut date beside
  "without two stars"; Wiesenthal's 31 percent beside „sonst verliert er seine Seele“;
  Heimerdinger's 14,41 Euro beside „das beste Stadionerlebnis der Liga“; Ormerod's 250 jobs
  beside "our plan is working"; Gschnitzer's salary statement beside „eine Familie gemacht“;
  Ashcombe's launch date beside "the fastest driver on the grid in qualifying".
- Predictions framed as certainty, a bet or a pledge to be held to are negatives with their
  figures labelled (hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth,
  hundred-eighty-first): "She will win 10 Grand Slams, mark my words" 10, "Play like that
  every week and we finish in the top eight, I have no doubt about it" 8
  (hundred-ninety-fifth: "in the top three" 3), "On this form Ireland win the Grand Slam by
  20 points a game" 20 ("by" no hedge, "a game" none), "She will run 7.50 before she
  retires, there is no doubt at all" 7.5 - a time written without a unit is a count, as a
  sum written without a currency (hundred-eighty-first: "Sixty-eight million") -, „..., da
  lege ich mich heute schon fest“ with „in zwei Jahren“ 2 years, „..., da verwette ich mein
  Haus“ (a bet, no figure), «Der Meister wird dieses Jahr in Davos gefeiert, da gibt es keine
  Diskussion», "This title is already decided, ...", "Jack will hold this trophy himself
  before long, believe me", "Malik is the missing piece, and now we can win it all" and
  "Analysts said they expected the club to return to profit ..." (two-hundred-and-twenty-
  ninth: a forecast without a figure). Boasts and vows about one's own future
  (hundred-eighty-first) likewise: „Mit diesem Kader gehören wir in die Top vier, ...“ count
  4, „... genau dorthin bringen wir ihn im Mai zurück“, "We will be in the Super Bowl within
  three years, and I want everyone to hold me to that" 3 years ("within" no hedge, as
  "inside 25 minutes", hundred-ninety-fifth), „Ich will hier noch viele Titel gewinnen, ...“,
  "I want to win races with Williams, ...", «Ich bin keiner, der davonläuft, ...», „Wir
  fahren nicht zur WM, um dabei zu sein, ...“ and „Mit diesem Teamchef ist bei der WM alles
  möglich, ...“. Their look-alikes are the table as it stands (Gladbach's three points to
  fourth, Wolves' four points from safety, Boston's two games behind Cleveland, Schalke's
  four points on third, Davos's seven points), the contracts, the streaks and the records.
- Counterfactual verdicts and boasts (hundred-eighty-first, two-hundred-and-twenty-ninth)
  are negatives: „Wir hätten das Spiel nach 90 Minuten entscheiden müssen, ...“ 90 minutes,
  "We lost this tie in the first leg, not tonight" ordinal 1, „Ohne unseren Sparkurs gäbe es
  diesen Verein heute nicht mehr“. A referees' official's admission is check-worthy without
  a figure - "Der Schiedsrichterchef des DFB räumte am Sonntag ein, der Elfmeter hätte nach
  den Regeln nicht gegeben werden dürfen." - a ruling on record about a decision, as the
  Key Match Incidents panel's (hundred-ninety-fifth), while the coach's „Das war nie und
  nimmer ein Elfmeter ...“ and the captain's „Kölner Keller“ line are negatives.
- New: valuations. A market value a data site publishes is check-worthy with its figure
  ("Das Portal Transfermarkt beziffert den Marktwert des Angreifers auf 6,5 Millionen
  Euro." 6,500,000 EUR; the speaker unchecked, a description before the name, fortieth) - a
  body's published measure, as a published category (two-hundred-and-eighth) and a betting
  exchange's chance (hundred-twentieth) - while a seller's or an agent's valuation is a
  negative with its figure labelled: „Eigentlich ist der Bursch locker zwölf Millionen wert,
  ...“ count 12,000,000 (no currency written, hundred-eighty-first) and "If he had hit the
  market a year ago, he gets $250 million, easy" 250,000,000 USD (a counterfactual, "a year
  ago" none). The fee agreed, the sell-on share and the paper's figures stay check-worthy.
- New: grades. A paper's published grade for a player is check-worthy with the grade as a
  count („Der „Kicker“ gab Kalkavan für seinen Auftritt die Bestnote 1,0.“ 1.0;
  seventy-second: "Die Bestnote 1,0" and grade averages are counts; hundred-eighty-first: a
  published star rating), while a pundit's grade in a quote is a verdict and a negative -
  „... eine glatte Eins mit Sternchen geben“ with count 1 labelled: the grade's noun "Eins"
  is the figure one (seventy-second: "mit einer 1 vor dem Komma" 1).
- New: a vote of confidence is a feeling and a negative («Wir haben volles Vertrauen in den
  Trainer, daran ändert auch dieses Resultat nichts»), while the same official's statement
  of who coaches the next match is a step on record and check-worthy without a figure ("Giger
  sagte, Trainer Fabio Castellan werde die Mannschaft auch im Cup-Viertelfinal vom Mittwoch
  betreuen." -> "Giger"; hundred-ninety-fifth: a sporting director's stated next step), and
  so are the coach's contract and his record since.
- New: a label reported as the cause of a sanction stays a negative - "Hollenbach hatte den
  Unparteiischen nach dem 0:1 in Mainz als „Totalausfall“ bezeichnet." (labels with
  "bezeichnete ... als", two-hundred-and-fourth) - while the ban, the fine, the earlier ban
  and the rule of the ban are check-worthy ("für zwei Spiele gesperrt und zu einer
  Geldstrafe von 20.000 Euro verurteilt" 2 and 20,000 EUR, "für drei Spiele gesperrt" 3;
  thirty-fifth: "für vier Spiele"; "Nach dem Reglement darf Hollenbach während der Sperre
  weder auf der Bank sitzen noch die Kabine betreten." without a figure, hundred-eightieth:
  a rule), and so is the club's announced appeal within 24 hours (two-hundred-and-fourth: an
  announced step).
- Results read as proof and rhetoric (two-hundred-and-eighth, hundred-eighty-first): "These
  numbers show that our plan is working", „Die Austria ist gesünder als seit vielen Jahren,
  das sieht jeder, der Zahlen lesen kann“, and hyperbole with each figure labelled - „So
  einen Spieler hat dieser Verein seit zwanzig Jahren nicht gehabt“ 20 years, «... den die
  Super League in den letzten zehn Jahren gesehen hat» 10 years ("letzten" none), "the
  worst I have seen from a top-flight side in 10 years" 10 years, "the best final this
  tournament has seen in 20 years" 20 years, "the best Newcastle side in 50 years" 50 years,
  "the most painful two hours of my career" 2 hours, "six months too late" 6 months, "the
  price of two decades of mismanagement" 20 years (two-hundred-and-twenty-ninth: "over two
  decades"), "Fifty-two million for a kid with one good season?" count 52,000,000 and count
  1 (hundred-ninety-fifth: "over the past two seasons" 2), "I would rather be five points
  behind ... than five points ahead ..." 5 and 5, "I would not have paid half those fees for
  half those players" 0.5 and 0.5, "a 60-win team" 60 (a figure heading a compound,
  hundred-eighty-first: "40-point"), "without two stars" 2, "This court is my second home"
  ordinal 2.
- Labels, verdicts and thanks (ninety-eighth, hundred-eighty-first, two-hundred-and-fourth,
  two-hundred-and-twenty-ninth): "sprach von" (Lohwasser, the Fanbündnis), "bezeichnete ...
  als" (Wutti, the agent, the „Austria-Freunde“, Hollenbach), "called" (Ellershaw,
  Dumitrescu, Holloway, the Corriere dello Sport, Carbery, Yankees fans, an ESPN analyst, the
  Supporters' Trust, Hruška), a verdict with "halten ... für" („Mehrere
  Schiedsrichter-Beobachter halten die Kritik in der Sache für teilweise berechtigt.“), a
  president's "no regrets" in quotes, West Ham's statement of thanks (boilerplate,
  hundred-seventy-fifth, hundred-eighty-first), Hollenbach's Instagram line, the union
  president's „Maulkorb“, players' joy and self-blame („Wir haben heute gespielt wie ein
  Absteiger“, "We made the best team in the country look ordinary today").
- Fans' banners, chants and scene colour are negatives (hundred-forty-first,
  hundred-eighty-first, hundred-ninety-fifth): the Block West's and the Südkurve's banners,
  the Nordkurve's „Wir steigen auf“, the Newcastle banner, the booing in Boston, the Danes
  in the hall, "Hunderte Fans" ("Hunderte" none), the Biel fans leaving and "Home fans stayed
  behind for 20 minutes after the final whistle ..." with 20 minutes labelled
  (hundred-eighty-first: a figure in scene colour labelled). Their look-alikes are the crowd
  and sell-out figures (the Davos sell-out, the organisers' 97,412, Schalke's crowd) and
  the boycott announced for the first twelve minutes (an announced step,
  two-hundred-and-fourth).
- Open questions and a rhetorical question are negatives (hundred-fifty-third,
  hundred-ninety-fifth, two-hundred-and-twenty-second): "It is not clear whether ...",
  "Whether the team can close the gap to the top four remains an open question." with count
  4 labelled, «Wer soll jetzt noch unsere Punkte festhalten?», fragte der «Corriere del
  Ticino», "Callers to sports talk radio questioned whether a first-time head coach ..."
  with ordinal 1 labelled ("first-time" a hyphenated adjective that keeps its ordinal as
  "first-round" and "ninth-round", hundred-eighty-first; the two-hundred-and-fifteenth's
  "one-time" is a cardinal and carries none).
- Check-worthy without a figure (hundred-fifty-third, hundred-eighty-first,
  hundred-ninety-fifth, two-hundred-and-twenty-ninth): result and transfer leads with only a
  score or none (Rapid's sale, Hoffenheim's 2:2, the handball final lost 27:31, Leverkusen's
  loan, Lugano's sale, Schalke on top, Stuttgart's 5:4 on penalties), Giger's statement,
  the referees' chief's admission, the rule of the ban, "Paderborn war als letzter
  verbliebener Zweitligist ins Viertelfinale gegangen." ("Zweitligist" none, the class of a
  league, eighty-second), the licence deadline "bis Mitte März" (a rule), the interim coach
  for Saturday's game, "The record must still be ratified by World Athletics.", Hadaway's
  date of debut and Gschnitzer's statement on the salary.
- Sports figures as the hundred-fifty-third, hundred-eighty-first and hundred-ninety-fifth
  read them. Scores, records and series carry none ("mit 3:1", "2-0", "121-112", "0:3",
  "6-4 3-6 6-3", "ein 2:2", "4:0", "1-1", "27:31", "34-13", "7-6(5) 6-3 6-7(4) 6-2", "2-1",
  "0:1", "15-6", "2:0", "5-12", "5:4", "1:1", "4-1 aggregate", "3-2 on aggregate", "4:2",
  "At 34-15"). Minutes are ordinals ("(52./57./63.)", "in the 31st minute", "in der
  vierten Minute der Nachspielzeit" 4, "in der 58. Minute", "the second" elliptic 2 -
  hundred-eighty-first: "after the eighth"), game time with its unit a duration ("eight
  minutes from time" 8 minutes, "struck after 23 minutes" 23 minutes, "innerhalb von elf
  Minuten", "Nach 120 Minuten", "in den ersten zwölf Minuten" ordinal 1 and 12 minutes -
  hundred-ninety-fifth: "across the first 330 matches" 1 and 330). Table places and ranks
  are ordinals ("auf Platz sechs", "den Tabellenvierten" 4, "to 10th", "18th on 19 points",
  "den vierten Match in Folge", "auf dem neunten Platz", "fourth seed", "ranked 14th", "der
  dritte Strafstoß", "auf Rang drei", "to 13th", "Platz zwei, Dritter", "seinen dritten
  Weltcupsieg", "his third Australian Open title", "the world No. 1 ranking" 1
  - hundred-fifty-third: "No. 4" -, "his 16th and 17th", "drop to third", "17th", "the 18th
  head coach", "the second-most" and "the second-highest fee" 2 - hundred-ninety-fifth:
  "second-highest fee" -, "den Tabellendritten" 3, "zum 15. Mal in Folge", "her fifth race",
  "for the second time in three years" 2 and 3 years, "finishing 11th", "finished fifth";
  "Top seed" none). New: "als Tabellen-15." is ordinal 15 - the figure after the hyphen
  names the place, as "Relegationsplatz 16" (hundred-ninety-fifth) and "Tabellenachter"
  (hundred-eighty-first). Points, goals, gaps, tallies and streaks are counts ("seit acht
  Pflichtspielen ... nur vier Gegentore", "nach 20 Spieltagen drei Punkte", "einen Punkt" 1
  - hundred-ninety-fifth -, "seven matches", "13.1 kilometres, more than any other player"
  - "more than" after the figure compares, hundred-eighty-first -, "38 points, hitting
  seven shots", "14 of his 21 shots", "two games behind", "nach 21 Runden mit 24 Punkten ...
  zwei Punkte", "nur sechs von 21", "11 of the 13", "19 goals in 27", "in den vergangenen
  fünf Spielen an acht Toren", "five points behind", "four of his regular defenders",
  "only two shots on target", "eight points clear", "in den neun Turnierspielen im Schnitt
  30,4 Tore" ("im Schnitt" no hedge), "five tries", "scored twice ... 31 tries in 44 tests",
  "three of his starting forwards ... fewer than 10 caps" 10 "under" (ninety-third:
  "fewer than" read as "less than"), "11 consecutive Six Nations matches", "mit 412 Punkten 37 Zähler",
  "eight Grand Slam titles", "his last 41 service games", "four points clear", "only 14
  goals in 23", "their previous five", "six points behind", "in 71 Pflichtspielen einen
  Punkteschnitt von 2,15" 71 and 2.15 (seventy-ninth: "17.8 points per game"), "die 18
  Bundesligisten" 18, "Eleven loan deals", "one win in 10 league games", "24 of his 71
  matches", "in 22 Meisterschaftsspielen neunmal" 22 and 9, "für zwei Spiele", "für drei
  Spiele", "a 2.84 earned run average" 2.84, "231 batters in 198 innings", "aus den
  vergangenen zehn Spielen 26 Punkte ... mehr als jede andere" ("mehr als" before "jede" no
  hedge), "vier Punkte", "at least 11 candidates", "31 turnovers", "zwei Schüsse", "42
  Elfmetern", "sieben Punkte", "von den letzten zwölf Heimspielen nur eines" 12 and 1
  (hundred-ninety-fifth: "only one of their last nine"), "two players and two future
  first-round draft picks" 2, 2 and ordinal 1, "24.6 points and 8.1 rebounds", "in 39
  Länderspielen 23 Siege", "58 points"), distances and speeds counts ("mehr als 135
  Kilometern pro Stunde" "over", "the women's 60
  metres hurdles" 60; fourth, fifty-fifth). Crowds and audiences are counts with their hedges
  ("vor mehr als 61.000 Zuschauern" "over", "A record crowd of 97,412" - "A record" no
  hedge -, "Mit 6'547 Zuschauern", "im Schnitt knapp 9,2 Millionen Menschen" 9,200,000
  "nearly" with "34,8 Prozent"; "im Ersten" none - the channel's name, forty-fifth,
  eighty-ninth).
- Transfers, contracts and fees (thirty-fifth, eighty-second, hundred-ninth,
  hundred-eighty-first, hundred-ninety-fifth): "bei rund acht Millionen Euro ... von bis zu
  zwei Millionen Euro" "about" and "up_to", "für 400.000 Euro ... mit 15 Prozent am
  Weiterverkauf" 400,000 EUR and 15%, "an initial fee of 52 million euros", "Add-ons could
  lift the total to 60 million euros" (no hedge, hundred-eighty-first: "could take it to"),
  "the 65 million pounds the club paid", "a record 1.1 billion pounds" ("a record" no
  hedge), "Newcastle's 78 million pound signing" GBP, "about 6 million pounds in
  compensation", "rund 9 Millionen Franken" CHF "about", "a six-year, $168 million
  contract" 6 years and 168,000,000 USD, "two years and about $71 million left" 2 years and
  71,000,000 USD "about", "zusammen rund 142 Millionen Euro" ("zusammen" no hedge), "eine
  Prämie von rund 3,4 Millionen Euro", "3 Millionen Euro". New: "eine Kaufpflicht über 25
  Millionen Euro" is 25,000,000 EUR with no hedge - "über" after a noun that takes a sum
  states the amount, as "einen Vertrag über vier Jahre" states a length
  (hundred-ninety-fifth; here "einen Vertrag über viereinhalb Jahre" 4.5 years, two-hundred-
  and-tenth: "sechseinhalb Jahren"), while "über" heading a figure alone keeps "over" (the
  issue's "über 3.000 Soldaten"). Contract ends are years ("bis Juni 2030", "until 2031",
  "bis 2027", "bis Sommer 2029", "im Sommer 2027", "bis nach der EM 2028" 2028 -
  hundred-ninety-second: "die WM 2026"); "with the option of a further year" none
  (thirty-fifth: "a further year" carries none for its article); "a three-year contract",
  "a five-year contract", "a three-year deal" years; "after the third season" ordinal 3;
  "keine Ausstiegsklausel" none.
- Other money, percentages and fractions (every batch): "rund 4,3 Millionen Euro" "about",
  "um 8 Prozent auf 41,6 Millionen Euro, ... auf 58 Millionen Euro", "um 19 Millionen Euro",
  "245 Euro statt bisher 220 Euro", "umgerechnet 14,41 Euro" (two-hundred-and-eighth: the
  conversion per unit), "prize money of 3.5 million Australian dollars" AUD, "a 7% fall in
  second-quarter revenue to 182 million pounds" 7%, ordinal 2 and GBP, "fell 21% to 51.4
  million pounds, ... rose 4% to 39.8 million pounds", "745 million pounds"; "im Schnitt um
  9 Prozent" (no hedge), "seit 2019 um 31 Prozent", "knapp 90 Prozent" "nearly", "almost
  71% of possession" "nearly" (hundred-ninety-fifth: "38 Prozent Ballbesitz"); "more than
  half of that sum" 0.5 "over" (hundred-sixty-seventh: "more than half of them" 0.5 "over").
- Durations: ages are years ("Der 22-Jährige", "The 21-year-old", "the 20-year-old", "The
  27-year-old", "Der 46-Jährige", "The Dutchman, 52,", "Der 24-Jährige", "The 29-year-old",
  "Hollis, 44,", "The 26-year-old", "Brandwell, 28,", "Der 61-Jährige", "The 24-year-old");
  "seit 16 Jahren", "in den vergangenen drei Jahren", "innerhalb von 24 Stunden", "two hours
  and 14 minutes", "in three hours and 48 minutes", "um 14 Hundertstel" 0.14 seconds
  (ninetieth, hundred-thirty-third), "two hundredths of a second" 0.02 seconds
  (hundred-thirty-third: "by seven hundredths of a second"), "7.63 seconds", "her fifth
  race in 11 days", "a three-week search" 3 weeks, "over the past 18 months" ("over" before
  "the" no hedge, two-hundred-and-twenty-ninth). None: weekdays, "am Montagabend", "on
  Saturday night", "in der Nachspielzeit", "in dieser Saison", "this season", "last season",
  "im Sommer", "im Oktober", "im März", "before March", "bis Mitte März", "am
  letzten Tag", "on the final day", "a year ago", "at the end of
  December", "just after the break", "before long", "seit Jahren", "seit vielen Jahren",
  "jedes Jahr", "dieses Jahr", "bis lange nach dem Abpfiff", "bis weit nach dem Schlusspfiff".
- Years and dates: "seit 2011", "in 2023", "in 2024", "im Jänner 2024", "seit Juni 2022",
  "in June 2024", "since 2022", "seit 2019", "since 2017", "the previous mark, set in 2024";
  "am 14. Juni" --06-14,
  "on March 15" --03-15, "on February 18" --02-18; Reuters and AFP datelines with a day
  ("LONDON, January 31 (Reuters)", "MELBOURNE, January 31 (Reuters)", "LIVERPOOL, England,
  February 1 (Reuters)", "DUBLIN, February 1 (Reuters)", "MILAN, February 1 (AFP)", "LONDON,
  February 2 (Reuters)", "OSTRAVA, Czech Republic, February 3 (AFP)" - the country between,
  ninety-ninth -, "LONDON, February 3 (Reuters)" twice) dates without a year
  (two-hundred-and-twenty-ninth); dpa, APA, Keystone-SDA, AP ("BOSTON (AP) —", "NEW YORK
  (AP) —", "CHICAGO (AP) —", "SAN FRANCISCO (AP) —"), PA ("LONDON (PA) -", "NEWCASTLE (PA)
  -") and AAP ("MELBOURNE (AAP) -") datelines none (seventy-ninth).
- Names with a figure carry none (thirtieth, eighty-second, hundred-fifty-third,
  hundred-eighty-first): "1. FC Köln", "FC Schalke 04", "Hannover 96", "2. Bundesliga",
  "Formula One", "Six Nations". New: "Ligue 1" carries none - a league named by its number,
  as "Formel 1" and "2. Bundesliga". "Cup-Viertelfinal", "Viertelfinale", "Halbfinale",
  "Premier-League-Klub", "Frankfurt/Main" none.
- Hedges, only the names in use: "rund" "about", "about" "about"; "knapp", "almost"
  "nearly"; "mehr als", "more than" "over"; "fewer than" "under"; "at least" "at_least";
  "bis zu" "up_to". No hedge: "nur", "only", "bereits", "im Schnitt", "zusammen", "a record",
  "A record", "could lift the total to", "within", "by", "über" after "Kaufpflicht" and
  "Vertrag", "more than" and "mehr als" after a figure, "over" before "the".
- Speakers, checked only in forms the earlier batches settled: "Vosskuhl sagte, ...",
  "Giger sagte, ...", "Wankmüller sagte, ...", "Grönholt sagte, ...", "Bramkamp sagte,
  ...", "Oberlechner sagte, ...", "Wutti sagte, ...", "Auerbach sagte, ...", "Fumagalli
  sagte, ...", "Brüggemeier sagte, ...", "Merkle sagte, ...", "Kainbacher sagte, ...",
  "Wiesenthal sagte, ...", "Heimerdinger sagte, ..." and "Gschnitzer sagte, ..." opening
  the row (forty-second, hundred-eighty-first); a quoted fact followed by "sagte
  HCD-Trainer Urs Brunold" the name with the role dropped (hundred-ninety-fifth);
  "teilte Rapid am Samstag mit" -> "Rapid" (a name without an article, the weekday dropped;
  hundred-ninety-fifth: "teilte YB mit"), "teilte die ARD am Montag mit" -> "die ARD",
  "teilte der Klub am Dienstag mit" -> "der Klub", "teilte der ÖFB am Dienstag mit" -> "der
  ÖFB" (hundred-fifty-third: "teilte der ÖSV am Abend mit"), "Nach Angaben der Deutschen
  Fußball Liga" -> "die Deutsche Fußball Liga" (hundred-ninety-fifth). English: "Quilty
  said", "Dettling said", "Karwecka said", "Redfearn said", "Benedetti said", "Pryddon
  said", "Caravelli said", "Veltrami said", "Ledward said", "Ketteridge said", "Okorafor
  said", "Muircroft said", "Hadaway said", "Ormerod said" and "Ashcombe said" opening the
  row as written; "Milwaukee said" as written (hundred-ninety-fifth: "Bayern said"); "the
  club said on Saturday" and "the club said" -> "the club", "the league said" -> "the
  league", "organisers said" -> "organisers" (hundred-eighty-first); "according to Opta" ->
  "Opta" (thirty-fifth, eighty-second). Left unchecked (None): rows without attribution and
  all negatives, also those with a named speaker or "told Eurosport", "told DAZN", "said on
  RTÉ", "posted on social media"; "nach APA-Informationen", "nach Informationen des
  „Kicker“", "gemäss Tessiner Medienberichten", "according to British media reports"
  (hundred-eighty-first, hundred-ninety-fifth), "Nach Angaben des Datenanbieters Opta" and
  "Das Portal Transfermarkt beziffert" (a description before the name, fortieth,
  two-hundred-and-twenty-ninth), "according to figures from Deloitte's Sports Business
  Group" (documents), "according to a person familiar with the deal", "a person familiar
  with the trade said" and "the person said" (an anonymous source, hundred-ninety-fifth),
  "the Formula One team said" (a description), "Union kündigte an" and "Das Bündnis
  kündigte ... an" (an announcing verb without a settled form).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_241 = [
    # --- Gladbach gewinnt das rheinische Derby (dpa) ---
    (
        "de",
        "Mönchengladbach (dpa) - Borussia Mönchengladbach hat das rheinische Derby gegen den 1. FC Köln mit 3:1 gewonnen und ist in der Fußball-Bundesliga auf Platz sechs geklettert.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Derby gewinnt man nicht mit den Beinen, sondern mit dem Herzen“, sagte Gladbach-Trainer Henrik Vosskuhl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vosskuhl sagte, seine Mannschaft sei nun seit acht Pflichtspielen ungeschlagen und habe dabei nur vier Gegentore kassiert.",
        True,
        [("count", 8, None, None), ("count", 4, None, None)],
        "Vosskuhl",
    ),
    (
        "de",
        "„Mit diesem Kader gehören wir in die Top vier, alles andere wäre für mich eine Enttäuschung“, sagte Sportdirektor Rüdiger Hoppenstedt.",
        False,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Auf den Tabellenvierten VfB Stuttgart fehlen den Gladbachern nach 20 Spieltagen drei Punkte.",
        True,
        [("ordinal", 4, None, None), ("count", 20, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Kölner Trainer Bastian Lohwasser sprach von einem „Nackenschlag zur völligen Unzeit“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Köln ist als Tabellen-15. nur noch einen Punkt vom Relegationsplatz entfernt.",
        True,
        [("ordinal", 15, None, None), ("count", 1, None, None)],
        None,
    ),
    # --- Palace climb to 10th (Reuters) ---
    (
        "en",
        "LONDON, January 31 (Reuters) - Crystal Palace beat Wolverhampton Wanderers 2-0 on Saturday to climb to 10th in the Premier League, stretching their unbeaten run to seven matches.",
        True,
        [("date", "--01-31", None, None), ("ordinal", 10, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Ollie Stanbridge put Palace ahead in the 31st minute and Kwame Asante-Reid headed in his ninth league goal of the season eight minutes from time.",
        True,
        [("ordinal", 31, None, None), ("ordinal", 9, None, None), ("duration", 8, "minute", None)],
        None,
    ),
    (
        "en",
        '"Ollie is the best English midfielder nobody ever talks about," Palace manager Fergus Quilty said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quilty said Stanbridge had covered 13.1 kilometres, more than any other player on the pitch.",
        True,
        [("count", 13.1, None, None)],
        "Quilty",
    ),
    (
        "en",
        '"Play like that every week and we finish in the top eight, I have no doubt about it," Quilty added.',
        False,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        'Former Wolves captain Gary Ellershaw, working as a pundit for the BBC, called the defending "the worst I have seen from a top-flight side in 10 years."',
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Wolves, 18th on 19 points, are four points from safety with 16 games left.",
        True,
        [("ordinal", 18, None, None), ("count", 19, None, None), ("count", 4, None, None), ("count", 16, None, None)],
        None,
    ),
    # --- Rapid verkauft Haiderer nach Augsburg (APA) ---
    (
        "de",
        "Wien (APA) - Der SK Rapid verkauft seinen Stürmer Lukas Haiderer an den deutschen Bundesligisten FC Augsburg.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ablöse soll nach APA-Informationen bei rund acht Millionen Euro liegen, dazu kommen Bonuszahlungen von bis zu zwei Millionen Euro.",
        True,
        [("money", 8000000, "EUR", "about"), ("money", 2000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Der 22-Jährige unterschrieb in Augsburg einen Vertrag bis Juni 2030, teilte Rapid am Samstag mit.",
        True,
        [("duration", 22, "year", None), ("year", 2030, None, None)],
        "Rapid",
    ),
    (
        "de",
        "„Lukas ist der kompletteste Stürmer, den Österreich seit Jahren hervorgebracht hat“, sagte Rapid-Geschäftsführer Wolfgang Pirchner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Eigentlich ist der Bursch locker zwölf Millionen wert, aber der Markt ist, wie er ist“, sagte Pirchner.",
        False,
        [("count", 12000000, None, None)],
        None,
    ),
    (
        "de",
        "Das Portal Transfermarkt beziffert den Marktwert des Angreifers auf 6,5 Millionen Euro.",
        True,
        [("money", 6500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der SV Ried, von dem Rapid den Angreifer 2022 für 400.000 Euro geholt hatte, ist mit 15 Prozent am Weiterverkauf beteiligt.",
        True,
        [("year", 2022, None, None), ("money", 400000, "EUR", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Im Block West war am Samstag ein Transparent mit der Aufschrift „Unsere Seele ist unverkäuflich“ zu sehen.",
        False,
        [],
        None,
    ),
    # --- Voss scores 38 as Celtics beat Bucks (AP) ---
    (
        "en",
        "BOSTON (AP) — Terrell Voss scored 38 points, hitting seven shots from beyond the arc, as the Boston Celtics held off the Milwaukee Bucks 121-112 on Saturday night.",
        True,
        [("count", 38, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody in this league can guard him when he gets going like that, nobody," Celtics coach Marv Dettling said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Dettling said Voss had made 14 of his 21 shots despite playing with a sprained left wrist.",
        True,
        [("count", 14, None, None), ("count", 21, None, None)],
        "Dettling",
    ),
    (
        "en",
        '"Healthy, this is a 60-win team, and I will say that to anyone who asks," Dettling said.',
        False,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "At 34-15, Boston sits second in the Eastern Conference, two games behind Cleveland.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Bucks forward Anton Mbeki-Larsson, sidelined with a sore knee, was booed when he appeared on the arena's big screen.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Milwaukee said Mbeki-Larsson would miss at least two more games.",
        True,
        [("count", 2, None, "at_least")],
        "Milwaukee",
    ),
    # --- FCZ verliert zum vierten Mal in Folge (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der FC Zürich hat nach dem 0:3 gegen den FC St. Gallen den vierten Match in Folge verloren.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Zürcher liegen nach 21 Runden mit 24 Punkten auf dem neunten Platz, nur noch zwei Punkte vor dem Barrageplatz.",
        True,
        [("count", 21, None, None), ("count", 24, None, None), ("ordinal", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben volles Vertrauen in den Trainer, daran ändert auch dieses Resultat nichts», sagte Sportchef Remo Giger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Giger sagte, Trainer Fabio Castellan werde die Mannschaft auch im Cup-Viertelfinal vom Mittwoch betreuen.",
        True,
        [],
        "Giger",
    ),
    ("de", "«Mit diesem Trainer steigen wir ab», stand auf einem Transparent in der Südkurve.", False, [], None),
    (
        "de",
        "Castellan hatte im Sommer einen Vertrag bis 2027 unterschrieben; seither gewann der FCZ nur sechs von 21 Meisterschaftsspielen.",
        True,
        [("year", 2027, None, None), ("count", 6, None, None), ("count", 21, None, None)],
        None,
    ),
    ("de", "«Ich bin keiner, der davonläuft, wenn es stürmt», sagte Castellan.", False, [], None),
    # --- Karwecka wins Australian Open (Reuters) ---
    (
        "en",
        "MELBOURNE, January 31 (Reuters) - Poland's Zofia Karwecka claimed a maiden Grand Slam crown on Saturday, beating fourth seed Mirela Dumitrescu 6-4 3-6 6-3 in the Australian Open final.",
        True,
        [("date", "--01-31", None, None), ("ordinal", 1, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The 21-year-old, ranked 14th in the world, collects prize money of 3.5 million Australian dollars.",
        True,
        [("duration", 21, "year", None), ("ordinal", 14, None, None), ("money", 3500000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"Ever since I was a little girl hitting balls against my grandfather\'s garage door, this is what I wanted," Karwecka said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Karwecka said she had saved 11 of the 13 break points she faced in the tournament.",
        True,
        [("count", 11, None, None), ("count", 13, None, None)],
        "Karwecka",
    ),
    (
        "en",
        '"She will win 10 Grand Slams, mark my words," former champion Lindsay Corcoran told Eurosport.',
        False,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        'Dumitrescu called the defeat "the most painful two hours of my career."',
        False,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "en",
        "The final lasted two hours and 14 minutes.",
        True,
        [("duration", 2, "hour", None), ("duration", 14, "minute", None)],
        None,
    ),
    # --- Elfmeter-Ärger in Sinsheim (dpa) ---
    (
        "de",
        "Sinsheim (dpa) - Die TSG Hoffenheim hat dank eines umstrittenen Foulelfmeters in der Nachspielzeit ein 2:2 gegen den SC Freiburg gerettet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Andrej Kolarov verwandelte den Strafstoß in der vierten Minute der Nachspielzeit, nachdem Schiedsrichter Till Brenneke die Szene am Bildschirm überprüft hatte.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Das war nie und nimmer ein Elfmeter, das sieht ein Blinder mit Krückstock“, sagte Freiburgs Trainer Leopold Wankmüller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wankmüller sagte, es sei bereits der dritte Strafstoß gegen Freiburg nach einem Videobeweis in dieser Saison.",
        True,
        [("ordinal", 3, None, None)],
        "Wankmüller",
    ),
    (
        "de",
        "„Mit Fußball hat das, was im Kölner Keller passiert, nichts mehr zu tun“, sagte Freiburgs Kapitän Nils Oberacker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schiedsrichterchef des DFB räumte am Sonntag ein, der Elfmeter hätte nach den Regeln nicht gegeben werden dürfen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Heute hat der Fußballgott mal einen Hoffenheimer Schal getragen“, sagte TSG-Torhüter Malik Demirtas.",
        False,
        [],
        None,
    ),
    # --- Spurs sign Delacour-Mensah (PA) ---
    (
        "en",
        "LONDON (PA) - Tottenham have signed French forward Noah Delacour-Mensah from Lille for an initial fee of 52 million euros, the club said on Saturday.",
        True,
        [("money", 52000000, "EUR", None)],
        "the club",
    ),
    (
        "en",
        "Add-ons could lift the total to 60 million euros, and the 20-year-old has agreed a deal running until 2031 with the option of a further year.",
        True,
        [("money", 60000000, "EUR", None), ("duration", 20, "year", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        '"Noah is the most exciting young forward in Europe, and we beat the biggest clubs on the continent to him," Spurs sporting director Callum Redfearn said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Redfearn said Delacour-Mensah had scored or set up 19 goals in 27 Ligue 1 matches this season.",
        True,
        [("count", 19, None, None), ("count", 27, None, None)],
        "Redfearn",
    ),
    (
        "en",
        '"Fifty-two million for a kid with one good season? Spurs have completely lost the plot," pundit Ray Kitching said on talkSPORT.',
        False,
        [("count", 52000000, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "It is the second-highest fee Tottenham have paid, behind the 65 million pounds the club paid for a centre forward in 2023.",
        True,
        [("ordinal", 2, None, None), ("money", 65000000, "GBP", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        'Lille president Hervé Castagnol said he had "no regrets" because the club had sold "at the right price, at the right moment."',
        False,
        [],
        None,
    ),
    # --- Kalkavan-Hattrick beim BVB (dpa) ---
    (
        "de",
        "Dortmund (dpa) - Borussia Dortmund ist mit einem 4:0 gegen den VfL Wolfsburg auf Rang drei der Bundesliga-Tabelle gesprungen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Mittelfeldspieler Emre Kalkavan erzielte dabei innerhalb von elf Minuten einen Hattrick (52./57./63.).",
        True,
        [
            ("duration", 11, "minute", None),
            ("ordinal", 52, None, None),
            ("ordinal", 57, None, None),
            ("ordinal", 63, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben des Datenanbieters Opta war es der schnellste Hattrick eines Dortmunders in der Bundesliga seit 2011.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "„So einen Spieler hat dieser Verein seit zwanzig Jahren nicht gehabt“, sagte BVB-Trainer Mats Grönholt.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Grönholt sagte, Kalkavan sei in den vergangenen fünf Spielen an acht Toren direkt beteiligt gewesen.",
        True,
        [("count", 5, None, None), ("count", 8, None, None)],
        "Grönholt",
    ),
    (
        "de",
        "Der „Kicker“ gab Kalkavan für seinen Auftritt die Bestnote 1,0.",
        True,
        [("count", 1.0, None, None)],
        None,
    ),
    (
        "de",
        "„Eigentlich müsste man ihm für so ein Spiel eine glatte Eins mit Sternchen geben“, sagte der frühere Nationalspieler Harald Schwenk bei Sky.",
        False,
        [("count", 1, None, None)],
        None,
    ),
    # --- City held at Everton (Reuters) ---
    (
        "en",
        "LIVERPOOL, England, February 1 (Reuters) - Manchester City's title hopes took another blow as a 1-1 draw at Everton on Sunday left them five points behind leaders Arsenal.",
        True,
        [("date", "--02-01", None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"This City team has lost its hunger, and you cannot coach hunger," Sky Sports pundit Martin Cresswell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I would rather be five points behind with this squad than five points ahead with any other," City manager Aurelio Benedetti said.',
        False,
        [("count", 5, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Benedetti said four of his regular defenders were injured and none of them would return before March.",
        True,
        [("count", 4, None, None)],
        "Benedetti",
    ),
    (
        "en",
        "City had almost 71% of possession but managed only two shots on target, according to Opta.",
        True,
        [("percent", 71, "%", "nearly"), ("count", 2, None, None)],
        "Opta",
    ),
    (
        "en",
        '"We made the best team in the country look ordinary today," Everton captain Declan Hurrell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The point lifts Everton to 13th, eight points clear of the relegation zone.",
        True,
        [("ordinal", 13, None, None), ("count", 8, None, None)],
        None,
    ),
    # --- Handballer holen WM-Silber (dpa) ---
    (
        "de",
        "Herning (dpa) - Die deutschen Handballer haben das WM-Finale gegen Dänemark mit 27:31 verloren und die Silbermedaille gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist die erste WM-Medaille für die Mannschaft des Deutschen Handballbundes seit 16 Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "„Silber fühlt sich heute an wie Gold, und morgen hoffentlich auch noch“, sagte Bundestrainer Jost Bramkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bramkamp sagte, seine Mannschaft habe in den neun Turnierspielen im Schnitt 30,4 Tore erzielt.",
        True,
        [("count", 9, None, None), ("count", 30.4, None, None)],
        "Bramkamp",
    ),
    (
        "de",
        "„Mit dieser Mannschaft holen wir in zwei Jahren Olympiagold, da lege ich mich heute schon fest“, sagte Rückraumspieler Tjark Heitmann.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Die Dänen im Publikum ließen ihre Weltmeister bis weit nach dem Schlusspfiff hochleben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Finale verfolgten im Ersten im Schnitt knapp 9,2 Millionen Menschen, der Marktanteil lag bei 34,8 Prozent, teilte die ARD am Montag mit.",
        True,
        [("count", 9200000, None, "nearly"), ("percent", 34.8, "%", None)],
        "die ARD",
    ),
    # --- Ireland beat Wales (Reuters) ---
    (
        "en",
        "DUBLIN, February 1 (Reuters) - Ireland began the Six Nations by beating Wales 34-13 on Sunday, running in five tries at the Aviva Stadium.",
        True,
        [("date", "--02-01", None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Winger Cathal Mulrennan scored twice to take his international tally to 31 tries in 44 tests.",
        True,
        [("count", 2, None, None), ("count", 31, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "en",
        '"Wales were boys against men out there," former Ireland lock Dermot Faherty said on RTÉ.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"On this form Ireland win the Grand Slam by 20 points a game," Faherty added.',
        False,
        [("count", 20, None, None)],
        None,
    ),
    (
        "en",
        '"We are nowhere near where we need to be, and that is on me," Wales coach Gareth Pryddon said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pryddon said three of his starting forwards had won fewer than 10 caps.",
        True,
        [("count", 3, None, None), ("count", 10, None, "under")],
        "Pryddon",
    ),
    (
        "en",
        "Wales have now lost 11 consecutive Six Nations matches, a record run for the country.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    # --- Oberlechner gewinnt Abfahrt in Garmisch (APA) ---
    (
        "de",
        "Garmisch-Partenkirchen (APA) - Der Tiroler Vincent Oberlechner hat am Sonntag die Weltcup-Abfahrt in Garmisch-Partenkirchen gewonnen und seinen dritten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Er verwies den Schweizer Gian Tscharner um 14 Hundertstel auf Platz zwei, Dritter wurde der Norweger Eirik Stavrum.",
        True,
        [("duration", 0.14, "second", None), ("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Die Kandahar ist die ehrlichste Abfahrt der Welt, da gewinnt nur, wer alles riskiert“, sagte Oberlechner im ORF-Interview.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberlechner sagte, er sei im Zielhang mit mehr als 135 Kilometern pro Stunde gemessen worden.",
        True,
        [("count", 135, None, "over")],
        "Oberlechner",
    ),
    (
        "de",
        "„Wenn der Vinc so weiterfährt, holt er im März die Kristallkugel, da verwette ich mein Haus“, sagte ÖSV-Cheftrainer Marko Pfeilschifter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Abfahrtsweltcup liegt Oberlechner nun mit 412 Punkten 37 Zähler hinter dem führenden Tscharner.",
        True,
        [("count", 412, None, None), ("count", 37, None, None)],
        None,
    ),
    ("de", "Im Zielraum schwenkten Hunderte Fans aus Tirol rot-weiß-rote Fahnen.", False, [], None),
    # --- Caravelli wins third Australian Open (AAP) ---
    (
        "en",
        "MELBOURNE (AAP) - Top seed Matteo Caravelli won his third Australian Open title on Sunday, beating Britain's Jack Pemberton 7-6(5) 6-3 6-7(4) 6-2 in three hours and 48 minutes.",
        True,
        [("ordinal", 3, None, None), ("duration", 3, "hour", None), ("duration", 48, "minute", None)],
        None,
    ),
    (
        "en",
        "The 27-year-old Italian has now won eight Grand Slam titles and will keep the world No. 1 ranking.",
        True,
        [("duration", 27, "year", None), ("count", 8, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"This court is my second home, I feel like I was born here," Caravelli said.',
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Caravelli said he had not dropped serve in his last 41 service games of the tournament.",
        True,
        [("count", 41, None, None)],
        "Caravelli",
    ),
    (
        "en",
        '"Jack will hold this trophy himself before long, believe me," Caravelli added.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Former player turned commentator Darren Holloway called it "the best final this tournament has seen in 20 years."',
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "A record crowd of 97,412 attended the tournament's final day, organisers said.",
        True,
        [("count", 97412, None, None)],
        "organisers",
    ),
    # --- Inter beat Napoli (AFP) ---
    (
        "en",
        "MILAN, February 1 (AFP) - Inter Milan moved four points clear at the top of Serie A after beating Napoli 2-1 at San Siro on Sunday.",
        True,
        [("date", "--02-01", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Argentine striker Tomás Ibarrola scored both goals, his 16th and 17th in the league this season.",
        True,
        [("ordinal", 16, None, None), ("ordinal", 17, None, None)],
        None,
    ),
    (
        "en",
        '"Inter play the most beautiful football in Europe right now, and nobody can deny it," coach Sandro Veltrami said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Veltrami said Inter had conceded only 14 goals in 23 league games, the fewest in the division.",
        True,
        [("count", 14, None, None), ("count", 23, None, None)],
        "Veltrami",
    ),
    (
        "en",
        '"This title is already decided, and anyone who tells you otherwise is lying," Napoli forward Kevin Dossou-Marchetti told DAZN.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Napoli, who had won their previous five league matches, drop to third, six points behind Inter.",
        True,
        [("count", 5, None, None), ("ordinal", 3, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        'Rome-based sports daily Corriere dello Sport called the win "a message to the whole league."',
        False,
        [],
        None,
    ),
    # --- Sturm verlängert mit Trainer Mlakar (APA) ---
    (
        "de",
        "Graz (APA) - Fußball-Meister Sturm Graz hat den Vertrag mit Trainer Kristijan Mlakar vorzeitig bis Sommer 2029 verlängert.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Der 46-Jährige hatte die Steirer im Jänner 2024 übernommen und seither zu einem Meistertitel und einem Cupsieg geführt.",
        True,
        [("duration", 46, "year", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "„Kristijan ist der beste Trainer, den dieser Klub je hatte, und wir wollten ihn unbedingt halten“, sagte Geschäftsführer Bernhard Wutti.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wutti sagte, Mlakar habe in 71 Pflichtspielen einen Punkteschnitt von 2,15 geholt.",
        True,
        [("count", 71, None, None), ("count", 2.15, None, None)],
        "Wutti",
    ),
    (
        "de",
        "„Ich will hier noch viele Titel gewinnen, am liebsten jedes Jahr einen“, sagte Mlakar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der bisherige Vertrag wäre im Sommer 2027 ausgelaufen; der neue enthält nach APA-Informationen keine Ausstiegsklausel.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Berichte über ein Interesse von Eintracht Frankfurt an Mlakar bezeichnete Wutti als „Märchenstunde“.",
        False,
        [],
        None,
    ),
    # --- Leverkusen leiht Évrard aus (dpa) ---
    (
        "de",
        "Leverkusen (dpa) - Bayer Leverkusen hat am letzten Tag der Wintertransferperiode den Innenverteidiger Mathis Évrard vom FC Sevilla ausgeliehen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Leihe kostet nach Informationen des „Kicker“ 3 Millionen Euro und enthält eine Kaufpflicht über 25 Millionen Euro, falls sich Leverkusen für die Champions League qualifiziert.",
        True,
        [("money", 3000000, "EUR", None), ("money", 25000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Mathis ist genau der Spielertyp, der uns im Kader noch gefehlt hat“, sagte Sportdirektor Friedhelm Auerbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auerbach sagte, Évrard habe in dieser Saison knapp 90 Prozent seiner Kopfballduelle gewonnen.",
        True,
        [("percent", 90, "%", "nearly")],
        "Auerbach",
    ),
    (
        "de",
        "„Die Champions League ist für uns kein Ziel, sondern eine Pflicht“, sagte Auerbach.",
        False,
        [],
        None,
    ),
    ("de", "Sein Berater bezeichnete den Wechsel als „perfekten nächsten Schritt“.", False, [], None),
    (
        "de",
        "Nach Angaben der Deutschen Fußball Liga gaben die 18 Bundesligisten in dieser Winterperiode zusammen rund 142 Millionen Euro für neue Spieler aus.",
        True,
        [("count", 18, None, None), ("money", 142000000, "EUR", "about")],
        "die Deutsche Fußball Liga",
    ),
    # --- Record January spending (PA) ---
    (
        "en",
        "LONDON (PA) - Premier League clubs spent a record 1.1 billion pounds in the January transfer window, according to figures from Deloitte's Sports Business Group.",
        True,
        [("money", 1100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Football is eating itself, and January is when you can hear it chewing," Deloitte partner Hamish Ledward said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ledward said Chelsea, Newcastle and Brighton between them were responsible for more than half of that sum.",
        True,
        [("fraction", 0.5, None, "over")],
        "Ledward",
    ),
    (
        "en",
        '"I would not have paid half those fees for half those players," one former Premier League manager told the PA news agency.',
        False,
        [("fraction", 0.5, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The most expensive deal of the window was Newcastle's 78 million pound signing of Brazilian winger Davi Tavares from Porto.",
        True,
        [("money", 78000000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Newcastle supporters welcomed Tavares with a banner reading "Samba comes to the Toon."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Eleven loan deals were completed on the final day alone, the league said.",
        True,
        [("count", 11, None, None)],
        "the league",
    ),
    # --- West Ham sack Verhaegen (Reuters) ---
    (
        "en",
        "LONDON, February 2 (Reuters) - West Ham United sacked manager Piet Verhaegen on Monday after a run of one win in 10 league games left them 17th in the Premier League.",
        True,
        [
            ("date", "--02-02", None, None),
            ("count", 1, None, None),
            ("count", 10, None, None),
            ("ordinal", 17, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Dutchman, 52, was appointed in June 2024 on a three-year contract and won 24 of his 71 matches in charge, the club said.",
        True,
        [
            ("duration", 52, "year", None),
            ("year", 2024, None, None),
            ("duration", 3, "year", None),
            ("count", 24, None, None),
            ("count", 71, None, None),
        ],
        "the club",
    ),
    (
        "en",
        '"Piet will always be part of the West Ham family, and we are grateful for his commitment," the club said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Verhaegen is due about 6 million pounds in compensation, according to British media reports.",
        True,
        [("money", 6000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        'Former West Ham midfielder Lee Carbery called the decision "six months too late."',
        False,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Assistant coach Reece Aldous will take charge for Saturday's game at Brentford.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It is not clear whether the club will appoint a permanent successor before the end of the season.",
        False,
        [],
        None,
    ),
    # --- Lugano verkauft Goalie Sciarini (Keystone-SDA) ---
    (
        "de",
        "Lugano (Keystone-SDA) - Der FC Lugano verkauft seinen Goalie Matteo Sciarini per sofort an den Premier-League-Klub Brentford.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ablöse beträgt gemäss Tessiner Medienberichten rund 9 Millionen Franken.",
        True,
        [("money", 9000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Matteo ist der beste Goalie, den die Super League in den letzten zehn Jahren gesehen hat», sagte Sportchef Davide Fumagalli.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Fumagalli sagte, Sciarini sei in 22 Meisterschaftsspielen neunmal ohne Gegentor geblieben.",
        True,
        [("count", 22, None, None), ("count", 9, None, None)],
        "Fumagalli",
    ),
    (
        "de",
        "Der 24-Jährige unterschreibt in London einen Vertrag über viereinhalb Jahre.",
        True,
        [("duration", 24, "year", None), ("duration", 4.5, "year", None)],
        None,
    ),
    (
        "de",
        "«Ich habe immer davon geträumt, in England zu spielen, jetzt geht ein Traum in Erfüllung», sagte Sciarini.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Wer soll jetzt noch unsere Punkte festhalten?», fragte der «Corriere del Ticino» auf seiner Titelseite.",
        False,
        [],
        None,
    ),
    # --- Sportgericht sperrt Union-Trainer (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Das DFB-Sportgericht hat Unions Trainer Gerrit Hollenbach nach seiner Schiedsrichterkritik für zwei Spiele gesperrt und zu einer Geldstrafe von 20.000 Euro verurteilt.",
        True,
        [("count", 2, None, None), ("money", 20000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hollenbach hatte den Unparteiischen nach dem 0:1 in Mainz als „Totalausfall“ bezeichnet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Trainer war bereits im Oktober wegen Beleidigung eines Linienrichters für drei Spiele gesperrt worden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Dieses Urteil ist ein Maulkorb für alle Trainer in Deutschland“, sagte Union-Präsident Volkmar Ressel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Union kündigte an, innerhalb von 24 Stunden Einspruch gegen das Urteil einzulegen.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "„Wer die Wahrheit sagt, wird bestraft“, schrieb Hollenbach am Montag auf Instagram.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Reglement darf Hollenbach während der Sperre weder auf der Bank sitzen noch die Kabine betreten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mehrere Schiedsrichter-Beobachter halten die Kritik in der Sache für teilweise berechtigt.",
        False,
        [],
        None,
    ),
    # --- Yankees land Vickery (AP) ---
    (
        "en",
        "NEW YORK (AP) — Right-hander Colton Vickery agreed to a six-year, $168 million contract with the New York Yankees on Monday, according to a person familiar with the deal.",
        True,
        [("duration", 6, "year", None), ("money", 168000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The 29-year-old went 15-6 with a 2.84 earned run average for San Diego last season and finished second in the National League Cy Young Award voting.",
        True,
        [("duration", 29, "year", None), ("count", 2.84, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Colton is the best pitcher on the planet and he is worth every penny," his agent, Brent Saltzman, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"If he had hit the market a year ago, he gets $250 million, easy," Saltzman added.',
        False,
        [("money", 250000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Vickery struck out 231 batters in 198 innings, both career highs.",
        True,
        [("count", 231, None, None), ("count", 198, None, None)],
        None,
    ),
    (
        "en",
        'Yankees fans on social media called the deal "the steal of the winter."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The contract includes a full no-trade clause and an opt-out after the third season, the person said.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Schalke übernimmt die Spitze (dpa) ---
    (
        "de",
        "Gelsenkirchen (dpa) - Der FC Schalke 04 hat am Montagabend die Tabellenführung in der 2. Bundesliga übernommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Königsblauen gewannen vor mehr als 61.000 Zuschauern mit 2:0 gegen Hertha BSC und haben nach 20 Spieltagen 41 Punkte.",
        True,
        [("count", 61000, None, "over"), ("count", 20, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "„Dieser Verein gehört in die Bundesliga, und genau dorthin bringen wir ihn im Mai zurück“, sagte Schalke-Trainer Ansgar Brüggemeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brüggemeier sagte, Schalke habe aus den vergangenen zehn Spielen 26 Punkte geholt, mehr als jede andere Mannschaft der Liga.",
        True,
        [("count", 10, None, None), ("count", 26, None, None)],
        "Brüggemeier",
    ),
    ("de", "Die Nordkurve sang „Wir steigen auf“ bis lange nach dem Abpfiff.", False, [], None),
    (
        "de",
        "Der Vorsprung auf den Tabellendritten Hannover 96 beträgt vier Punkte.",
        True,
        [("ordinal", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute gespielt wie ein Absteiger“, sagte Hertha-Kapitän Finn Wolters.",
        False,
        [],
        None,
    ),
    # --- Bears hire Hollis (AP) ---
    (
        "en",
        "CHICAGO (AP) — The Chicago Bears hired Dwayne Hollis as head coach on Monday, giving the former defensive coordinator a five-year contract.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Hollis, 44, becomes the 18th head coach in franchise history and replaces Mark Delgado, who was fired after a 5-12 season.",
        True,
        [("duration", 44, "year", None), ("ordinal", 18, None, None)],
        None,
    ),
    (
        "en",
        '"Dwayne is a leader of men, and this city is going to fall in love with him," general manager Ross Ketteridge said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ketteridge said the Bears had interviewed at least 11 candidates during a three-week search.",
        True,
        [("count", 11, None, "at_least"), ("duration", 3, "week", None)],
        "Ketteridge",
    ),
    (
        "en",
        '"We will be in the Super Bowl within three years, and I want everyone to hold me to that," Hollis said.',
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Under Hollis, Baltimore's defense forced 31 turnovers last season, the second-most in the NFL.",
        True,
        [("count", 31, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Callers to sports talk radio questioned whether a first-time head coach was the right choice for a rebuilding team.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- VfB nach Elfmeterschießen im Halbfinale (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Der VfB Stuttgart ist nach einem 5:4 im Elfmeterschießen gegen den SC Paderborn ins Halbfinale des DFB-Pokals eingezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach 120 Minuten hatte es 1:1 gestanden; Torhüter Jonte Riedesel parierte im Elfmeterschießen zwei Schüsse.",
        True,
        [("duration", 120, "minute", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Jonte hat heute Nerven aus Stahl bewiesen, so einen Torwart wünscht sich jeder Trainer“, sagte VfB-Trainer Constantin Merkle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Merkle sagte, Riedesel habe sich mit Videos von 42 Elfmetern der Paderborner Schützen vorbereitet.",
        True,
        [("count", 42, None, None)],
        "Merkle",
    ),
    (
        "de",
        "„Wir hätten das Spiel nach 90 Minuten entscheiden müssen, dann redet heute keiner über Elfmeter“, sagte Merkle.",
        False,
        [("duration", 90, "minute", None)],
        None,
    ),
    (
        "de",
        "„Wir sind heute an uns selbst gescheitert und an nichts anderem“, sagte Paderborns Trainer Timo Rauschendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Paderborn war als letzter verbliebener Zweitligist ins Viertelfinale gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Einzug ins Halbfinale erhält der VfB vom DFB eine Prämie von rund 3,4 Millionen Euro.",
        True,
        [("money", 3400000, "EUR", "about")],
        None,
    ),
    # --- Okorafor breaks world indoor record (AFP) ---
    (
        "en",
        "OSTRAVA, Czech Republic, February 3 (AFP) - Nigeria's Blessing Okorafor broke the women's 60 metres hurdles world indoor record on Tuesday, clocking 7.63 seconds at the Czech Indoor Gala.",
        True,
        [("date", "--02-03", None, None), ("count", 60, None, None), ("duration", 7.63, "second", None)],
        None,
    ),
    (
        "en",
        "The 26-year-old took two hundredths of a second off the previous mark, set in 2024.",
        True,
        [("duration", 26, "year", None), ("duration", 0.02, "second", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"I always knew this body had a world record in it, I just had to be patient," Okorafor said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Okorafor said it was her fifth race in 11 days and she had been unsure whether to start.",
        True,
        [("ordinal", 5, None, None), ("duration", 11, "day", None)],
        "Okorafor",
    ),
    (
        "en",
        '"She will run 7.50 before she retires, there is no doubt at all," her coach, Femi Adeyemo-Clarke, said.',
        False,
        [("count", 7.5, None, None)],
        None,
    ),
    (
        "en",
        "The record must still be ratified by World Athletics.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Meeting director Pavel Hruška called it "the greatest night in the history of this meeting."',
        False,
        [],
        None,
    ),
    # --- Newcastle reach League Cup final (PA) ---
    (
        "en",
        "NEWCASTLE (PA) - Newcastle reached the League Cup final for the second time in three years after a 2-0 win over Aston Villa on Tuesday completed a 4-1 aggregate victory.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Swedish striker Viktor Lindahl struck after 23 minutes and laid on the second for Jadon Okafor-Price just after the break.",
        True,
        [("duration", 23, "minute", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"This is the best Newcastle side in 50 years, and I am not afraid to say it," Newcastle manager Ewan Muircroft said.',
        False,
        [("duration", 50, "year", None)],
        None,
    ),
    (
        "en",
        "Muircroft said his side had not conceded a goal at St James' Park in the competition since 2022.",
        True,
        [("year", 2022, None, None)],
        "Muircroft",
    ),
    (
        "en",
        '"We lost this tie in the first leg, not tonight," Villa manager Joaquín Redondo said.',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The final will be played at Wembley on March 15 against Arsenal, who beat Liverpool 3-2 on aggregate.",
        True,
        [("date", "--03-15", None, None)],
        None,
    ),
    (
        "en",
        "Home fans stayed behind for 20 minutes after the final whistle to sing the club anthem.",
        False,
        [("duration", 20, "minute", None)],
        None,
    ),
    # --- Austria Wien schreibt Verlust (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Austria hat das abgelaufene Geschäftsjahr mit einem Verlust von rund 4,3 Millionen Euro abgeschlossen.",
        True,
        [("money", 4300000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Umsatz stieg um 8 Prozent auf 41,6 Millionen Euro, die Verbindlichkeiten sanken auf 58 Millionen Euro, teilte der Klub am Dienstag mit.",
        True,
        [("percent", 8, "%", None), ("money", 41600000, "EUR", None), ("money", 58000000, "EUR", None)],
        "der Klub",
    ),
    (
        "de",
        "„Die Austria ist gesünder als seit vielen Jahren, das sieht jeder, der Zahlen lesen kann“, sagte Präsident Gerold Kainbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kainbacher sagte, der Klub habe seine Schulden in den vergangenen drei Jahren um 19 Millionen Euro reduziert.",
        True,
        [("duration", 3, "year", None), ("money", 19000000, "EUR", None)],
        "Kainbacher",
    ),
    (
        "de",
        "„Ohne unseren Sparkurs gäbe es diesen Verein heute nicht mehr“, sagte Kainbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Fanvereinigung „Austria-Freunde“ bezeichnete die Bilanz als „Schönrechnerei“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lizenz für die kommende Saison muss der Klub bis Mitte März bei der Bundesliga beantragen.",
        True,
        [],
        None,
    ),
    # --- Davos baut Vorsprung aus (Keystone-SDA) ---
    (
        "de",
        "Davos (Keystone-SDA) - Der HC Davos hat seinen Vorsprung an der Spitze der National League auf sieben Punkte ausgebaut.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Bündner gewannen am Dienstag gegen den EHC Biel 4:2; Stürmer Jonas Calonder traf in der 58. Minute ins leere Tor.",
        True,
        [("ordinal", 58, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben von den letzten zwölf Heimspielen nur eines verloren», sagte HCD-Trainer Urs Brunold.",
        True,
        [("count", 12, None, None), ("count", 1, None, None)],
        "Urs Brunold",
    ),
    (
        "de",
        "«In diesem Team steckt mehr Charakter als in jedem anderen der Liga», sagte Brunold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Der Meister wird dieses Jahr in Davos gefeiert, da gibt es keine Diskussion», sagte Verteidiger Reto Marugg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bieler Fans verliessen das Stadion schon vor der Schlusssirene in Scharen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit 6'547 Zuschauern war das Davoser Eisstadion zum 15. Mal in Folge ausverkauft.",
        True,
        [("count", 6547, None, None), ("ordinal", 15, None, None)],
        None,
    ),
    # --- Warriors trade for Brandwell (AP) ---
    (
        "en",
        "SAN FRANCISCO (AP) — The Golden State Warriors acquired forward Malik Brandwell from the Utah Jazz on Tuesday for two players and two future first-round draft picks, a person familiar with the trade said.",
        True,
        [("count", 2, None, None), ("count", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Brandwell, 28, is averaging 24.6 points and 8.1 rebounds this season.",
        True,
        [("duration", 28, "year", None), ("count", 24.6, None, None), ("count", 8.1, None, None)],
        None,
    ),
    (
        "en",
        '"Malik is the missing piece, and now we can win it all," Warriors guard Desmond Achterberg posted on social media.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He has two years and about $71 million left on his contract.",
        True,
        [("duration", 2, "year", None), ("money", 71000000, "USD", "about")],
        None,
    ),
    (
        "en",
        'An ESPN analyst called it "a panic move by a team that has run out of ideas."',
        False,
        [],
        None,
    ),
    (
        "en",
        '"You cannot win a title in this league without two stars, it is that simple," Warriors coach Len Hadaway said.',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Hadaway said Brandwell would make his debut on Thursday against Phoenix.",
        True,
        [],
        "Hadaway",
    ),
    # --- Eintracht erhöht Dauerkartenpreise (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt erhöht zur kommenden Saison die Preise für Dauerkarten im Schnitt um 9 Prozent.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Die günstigste Stehplatz-Dauerkarte kostet dann 245 Euro statt bisher 220 Euro.",
        True,
        [("money", 245, "EUR", None), ("money", 220, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Fanbündnis „Kurve für alle“ sprach von einem „Schlag ins Gesicht der treuesten Anhänger“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Bündnis kündigte für das Heimspiel gegen Werder Bremen einen Stimmungsboykott in den ersten zwölf Minuten an.",
        True,
        [("ordinal", 1, None, None), ("duration", 12, "minute", None)],
        None,
    ),
    (
        "de",
        "„Fußball muss für jeden bezahlbar bleiben, sonst verliert er seine Seele“, sagte Bündnissprecherin Carla Wiesenthal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wiesenthal sagte, die Preise für Stehplätze seien seit 2019 um 31 Prozent gestiegen.",
        True,
        [("year", 2019, None, None), ("percent", 31, "%", None)],
        "Wiesenthal",
    ),
    (
        "de",
        "„Wir bieten für dieses Geld das beste Stadionerlebnis der Liga“, sagte Finanzvorstand Tobias Heimerdinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Heimerdinger sagte, auch nach der Erhöhung koste ein Stehplatz pro Spiel umgerechnet 14,41 Euro.",
        True,
        [("money", 14.41, "EUR", None)],
        "Heimerdinger",
    ),
    # --- United revenue falls (Reuters) ---
    (
        "en",
        "LONDON, February 3 (Reuters) - Manchester United reported a 7% fall in second-quarter revenue to 182 million pounds on Tuesday, hit by the club's absence from European competition.",
        True,
        [
            ("date", "--02-03", None, None),
            ("percent", 7, "%", None),
            ("ordinal", 2, None, None),
            ("money", 182000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Broadcasting revenue fell 21% to 51.4 million pounds, while matchday revenue rose 4% to 39.8 million pounds.",
        True,
        [
            ("percent", 21, "%", None),
            ("money", 51400000, "GBP", None),
            ("percent", 4, "%", None),
            ("money", 39800000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        '"These numbers show that our plan is working," chief executive Daniel Ormerod said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ormerod said the club had cut about 250 jobs over the past 18 months.",
        True,
        [("count", 250, None, "about"), ("duration", 18, "month", None)],
        "Ormerod",
    ),
    (
        "en",
        'The Manchester United Supporters\' Trust called the results "the price of two decades of mismanagement."',
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Net debt rose to 745 million pounds at the end of December.",
        True,
        [("money", 745000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Analysts said they expected the club to return to profit once it was back in the Champions League.",
        False,
        [],
        None,
    ),
    # --- ÖFB verlängert mit Teamchef Sattlegger (APA) ---
    (
        "de",
        "Wien (APA) - Der Österreichische Fußball-Bund hat den Vertrag mit Teamchef Reinhold Sattlegger bis nach der EM 2028 verlängert.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Der 61-Jährige betreut das Nationalteam seit Juni 2022 und hat in 39 Länderspielen 23 Siege geholt, teilte der ÖFB am Dienstag mit.",
        True,
        [
            ("duration", 61, "year", None),
            ("year", 2022, None, None),
            ("count", 39, None, None),
            ("count", 23, None, None),
        ],
        "der ÖFB",
    ),
    (
        "de",
        "„Reinhold hat aus einer Mannschaft eine Familie gemacht“, sagte ÖFB-Präsident Leopold Gschnitzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gschnitzer sagte, Sattleggers Jahresgehalt bleibe unverändert und werde zum Teil von einem Sponsor getragen.",
        True,
        [],
        "Gschnitzer",
    ),
    (
        "de",
        "„Wir fahren nicht zur WM, um dabei zu sein, sondern um Geschichte zu schreiben“, sagte Sattlegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Mit diesem Teamchef ist bei der WM alles möglich, sogar ein Viertelfinale“, sagte der frühere Teamspieler Gerhard Pöschl im ORF.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreichs erstes WM-Spiel findet am 14. Juni gegen Ecuador statt.",
        True,
        [("ordinal", 1, None, None), ("date", "--06-14", None, None)],
        None,
    ),
    # --- Williams sign Lykke-Jansen (Reuters) ---
    (
        "en",
        "LONDON, February 3 (Reuters) - Williams have signed Danish driver Frederik Lykke-Jansen on a three-year deal, the Formula One team said on Tuesday.",
        True,
        [("date", "--02-03", None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The 24-year-old scored 58 points last season, finishing 11th in the drivers' championship.",
        True,
        [("duration", 24, "year", None), ("count", 58, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        '"Frederik is the fastest driver on the grid in qualifying, I have no doubt about that," team principal Simon Ashcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ashcombe said the team would unveil its new car in Barcelona on February 18.",
        True,
        [("date", "--02-18", None, None)],
        "Ashcombe",
    ),
    (
        "en",
        '"I want to win races with Williams, not just score points," Lykke-Jansen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Williams finished fifth in last year's constructors' championship, their best result since 2017.",
        True,
        [("ordinal", 5, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "Whether the team can close the gap to the top four remains an open question.",
        False,
        [("count", 4, None, None)],
        None,
    ),
]
