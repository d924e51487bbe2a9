"""Eighty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Players, coaches, officials and every
figure are made up (Jonas Terhorst, Mirko Sandhövel, Elias Kowalczyk, Amadou Keïta, Lasse
Brønd, Henrik Vosskamp, Sebastian Oettl, Till Rademacher, Dominik Prenner, Markus
Schachner, Rainer Hofbauer, Walter Aigner, Cédric Zbinden, Noah Imfeld, Loris Amstutz, Urs
Bachmann, Beat Stalder, Rafael Iglesias, Malte Grünwald, Felix Overbeck, Lea Kürschner,
Franz Leitgeb, Lukas Ebner, Kwame Asante-Berg, Mads Kjærgaard, Carsten Ruhland, Jannik
Sörensen, Ole Brandner, Dirk Pohlmann, Branko Vukić, Olaf Heidkamp, Clemens Wittkamp,
Dahlke, Mensah, Ritter, Oyelaran, Tobias Reichel, Felix Lambrecht, Jens Albrecht, Annika
Rehbein, Mia Pfeffer, Aurel Tschopp; Callum Redfearn, Joel Sandström, Okafor-Lyle, Dunne,
Pieter Hoogland, Eirik Dahlstrøm, Mikael Sørli, Darren Pike, Tomás Almeida, Jade
Morrissette, Enzo Marchetti, Kofi Mensah-Barnes, Álvaro Pizarro, Lena Hartigan, Maya Oduya,
Rory McAlister, Alistair Brodie, Bence Szalai, Declan Fairbrother, Sam Whitcombe, Luca
Brandt, Ruben Castell, Kai Lindgren, Omar Kessie, Daizen Morikawa, Lars Grimstad, Graeme
Tolland, Diego Ferreyra, Cody Vance, Roldán, Ramírez, Jack Penhallow, Jorge Villalba, Harry
Vell, Ilyes Benrahmi, Ella Rushworth, Sarina Vos, Tom Kerridge, Brent Halloway, Martyn
Hollis, Gareth Tamblyn); real clubs, leagues, national teams, bodies and grounds ("Bayer
Leverkusen", "VfB Stuttgart", "Mainz 05", "1. FC Heidenheim", "Rapid", "Sturm Graz",
"LASK", "Young Boys", "FC Basel", "Servette", "FC Zürich", "Borussia Dortmund", "FC
Barcelona", "VfL Wolfsburg", "Eintracht Frankfurt", "RB Leipzig", "VfL Bochum", "Werder
Bremen", "Hamburger SV", "1. FC Kaiserslautern", "1. FC Köln", "Union Berlin", "SKN St.
Pölten", "FC St. Gallen", "DFB", "DFB-Sportgericht", "Swiss Football League", "UEFA",
"Liverpool", "Newcastle United", "Arsenal", "Manchester City", "West Ham", "Chelsea",
"Benfica", "Real Madrid", "Everton", "Celtic", "Rangers", "LA Galaxy", "Seattle Sounders
FC", "Southampton", "Paris St Germain", "the FA", "Opta", "Sky Sports", "BayArena",
"Wankdorf", "Ernst-Happel-Stadion", "Anfield", "Hampden Park", "Santiago Bernabéu",
"Puskás Aréna") stand for the way wire copy names them; what is scored, counted, paid and
said here is invented.

Its weight: FOOTBALL as agencies cover it. Half German (dpa, SID, APA, Keystone-SDA; Swiss
"ss", "büsste", "Leaderposition", "Captain", "Entscheid", "31'500", «» quotes, Austrian
"Teamchef", "Aussendung", "war es 1:1 gestanden", German „“ quotes): a Bundesliga match
with a winner in stoppage time (Leverkusen - Stuttgart, "(58.)", "(90.+3)"), a striker's
200th Bundesliga goal, the Austrian Bundesliga top match (Rapid - Sturm) with the table in
prose, the LASK and Werder Bremen parting with their coaches, the Swiss Klassiker (YB -
Basel) with a fine by the league, FC Zürich sacking its coach, a Champions League last-16
first leg (Barcelona - Dortmund), a women's Bundesliga attendance record, an Austrian
World Cup qualifier, Frankfurt's striker sold to Aston Villa, a cruciate ligament tear at
Leipzig, a DFB-Sportgericht ban, a 2. Bundesliga match with its agate lines ("Tore: 1:0
Dahlke (8.), ...", "Gelb-Rot: ...", "Zuschauer: 57.000"), a goalkeeper's contract extended,
an Austrian cup exit on penalties, the German women qualifying for a Euro, a Swiss transfer.
Half English (Reuters, AP, PA): a Premier League match (Liverpool - Newcastle) with its
"Goals:" line, a 100-goal record, West Ham sacking their coach, a Chelsea signing and a
women's world-record fee, a Champions League quarter-final won in stoppage time, a WSL
attendance record, World Cup qualifiers (Scotland, the Republic of Ireland), injury news,
an Everton points deduction and FA bans, an Old Firm derby, an MLS match with AP's
"Scoring:" line, Bayern's winning streak, a coach's contract at Real Madrid, Southampton
relegated, PSG in the last 16 with UEFA prize money, the Lionesses qualifying, a club's
annual loss, added time, a U.S. squad announcement. Forms as such copy has them: minutes
("in der 34. Minute", "(58.)", "(90.+3)", "in the 12th minute", "in the 78th", "in the
fourth minute of stoppage time", "Ferreyra 90+2", "in der Nachspielzeit", "deep into
stoppage time"), scores ("2:1", "3:0-Heimsieg", "5:4", "21:2 Toren", "3-1", "5-3 on
aggregate", "(8-3-4)"), tables and points ("mit 38 Punkten Tabellenführer", "auf Platz
zwei", "Tabellenfünfter", "einen Punkt vor Servette", "a four-point lead", "11 points
clear", "17 adrift of safety", "from 14th to 18th"), streaks, goal tallies and records
("sein 200. Bundesliga-Tor", "das 14. Tor in seinem 61. Länderspiel", "his 15th league goal
of the season", "his 118th Premier League appearance", "31 goals in 58 caps"),
attendances, possession and shots, transfer fees with add-ons and hedges, contracts ("bis
2030", "bis zum 30. Juni 2026", "einen Fünfjahresvertrag", "a seven-year deal with the
option of a further 12 months", "a two-and-a-half-year contract extension"), coaches'
spells ("nach nur 97 Tagen", "after just eight months in charge"), injuries and lay-offs
("sechs bis acht Monate", "rund drei Wochen", "up to four months"), bans and fines ("für
drei Spiele", "a six-match ban", "12'000 Franken", "£45,000"), a points deduction, ages.
Negatives as such copy has them: coaches', players' and officials' quotes of joy, hurt,
thanks and resolve, a reported verdict ("sprach von einem „völlig überzogenen Urteil“",
"said they were "shocked and disappointed""), pundit verdicts and an open question, fan
chants and scene colour (Sprechchöre, Schmähgesänge, "Immer wieder Österreich", a
Pfeifkonzert, "You'll Never Walk Alone", "Cheerio", "U-S-A!"), a club's farewell and an
announcement without a fact, boilerplate ("(Schluss)", "Weitere Stimmen zum Spiel
folgen.", a Reuters credit, a kickoff-times notice, "This story will be updated.").

230 rows (115 German, 115 English), 51 negatives (26 German, 25 English), 179 check-worthy
rows of which 13 carry no figure (9 German, 4 English), 316 expected quantities (131
counts, 78 ordinals, 45 durations, 24 years, 19 amounts of money, 14 dates, 3
percentages, 2 fractions; none of them in negatives, which hold no figure), 19 checked
speakers (8 German, 11 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, once with
case and whitespace and once with punctuation normalised) were reworded before the commit;
none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a result or a fact of
  record is check-worthy with or without a figure (thirty-fifth and sixty-first): a
  last-16 first leg lost, a qualifier won and the group lead extended, the top of the 2.
  Bundesliga taken, a cup exit on penalties, a player out "monatelang", two internationals
  missed, an interim coach named, a ban accepted and final, a decision on a successor due
  by Thursday, "Arsenal advanced 5-3 on aggregate.", Ireland's World Cup hopes over, an
  Under-21s coach taking charge, a draw snatched deep into stoppage time.
- Scores carry no quantity in any form (thirty-fifth, forty-sixth, sixty-first): "2:1",
  "1:3", "4:0", "3:0-Heimsieg", "war es 1:1 gestanden", "mit 5:4" on penalties, the running
  score in "Tore: 1:0 Dahlke (8.), ...", "3-1", "2-2", "5-3 on aggregate". New: a goal
  ratio "mit ... 21:2 Toren" carries none, a score of goals for and against; the MLS record
  "(8-3-4)" none (forty-sixth: "3-2-4"; thirty-fifth: "fell to 14-18").
- Minutes of play are ordinals (thirty-fifth, seventieth, seventy-eighth): "in der 34.
  Minute", "in der 17. und in der 63. Minute", "in the 12th minute", "in the 71st", "in the
  78th", "in the 87th minute", "in the 90th minute"; a minute in brackets after the scorer
  "(58.)", "Dahlke (8.)" and "(Kaiserslautern/82.)" and AP/PA agate "Redfearn 12", "Roldán
  31" ordinals (forty-sixth: "(23.) Mayer", "(71./Sturm)", "Saka 14"). New: a minute of
  stoppage time written with a plus, "(90.+3)", "(90.+2)", "Ferreyra 90+2", is ordinal 90
  and ordinal 3 (or 2) - the figure after the plus numbers the minute of added time, as "in
  the fourth minute of stoppage time" is ordinal 4 and "in the second minute of stoppage
  time" ordinal 2; it is not added up to 93. "in der Nachspielzeit", "deep into stoppage
  time", "kurz vor der Pause", "nach dem Abpfiff" carry none. Time played and added is a
  duration: "sieben Minuten nachspielen" 7 minutes, "Eight minutes of added time" 8
  minutes, "bereits nach vier Minuten" 4 minutes ("bereits" no hedge; as "binnen vier
  Minuten", thirty-fifth), "Nach 120 Minuten" 120 minutes, "for only four minutes" 4
  minutes, "for the last 20 minutes" 20 minutes ("last" no hedge), "scored twice in six
  minutes" count 2 and 6 minutes, "Eine Viertelstunde vor dem Ende" 0.25 hours
  (eighteenth, thirty-fifth), "mit zehnminütiger Verspätung" 10 minutes (the issue's
  "fünfstündig"); "the second half" ordinal 2 (twenty-eighth).
- League tables in prose (thirty-fifth): points and gaps are counts ("vier Punkte", "mit 33
  Punkten", "zwei Zähler Rückstand", "mit 38 Punkten Tabellenführer", "vier Treffern
  Vorsprung", "61 points from 26 games", "Arsenal second on 57", "11 points clear", "17
  adrift of safety" (a bare figure, as "by four"), "one behind leaders" count 1 (as "one
  point above the relegation zone")); "a four-point lead" count 4 (a figure in a compound,
  the issue's "28-Punkte-Entwurf"); "einen Punkt vor Servette" and "einen mehr als der 1. FC
  Köln" count 1 ("einen" before a point is the figure, seventieth: "einen Punkt" of a
  party's share); New: "a point above the relegation zone" carries none, an article and no
  figure, as "a game in hand" (thirty-fifth). Places are ordinals: "auf Platz zwei", "auf
  Rang 16", "auf dem neunten Tabellenplatz", "Tabellenfünfter" 5 (twenty-second:
  "Tabellensechzehnter"), "den Zweiten Rumänien" 2 (twenty-second: "hinter dem Zweiten"),
  "are eighth", "third on 53", "drop to third", "from 14th to 18th", "finish third",
  "finished the league phase sixth", "into first place"; "Tabellenführer", "an der Spitze",
  "Tabellenvorletzten" (thirty-fifth: "den Vorletzten"), "Leaderposition",
  "Relegationsplatz", "Punktemaximum", "the relegation zone", "leaders" none. New: Swiss
  "auf dem zweitletzten Platz" carries none - counted from the bottom it names no rank
  without the size of the table, as "den Vorletzten", unlike "zweitteuerste" (ordinal 2,
  thirty-fifth). Rounds: "am 21. Spieltag", "der 19. Runde" ordinals; "nach 24 Runden",
  "nach 13 Runden", "nach 16 Spieltagen", "nach 22 Spieltagen", "nach fünf Spielen" counts
  (thirty-fifth); games left are counts ("with five games to spare", "with 10 games left",
  "with two qualifiers remaining").
- Streaks: "nach der sechsten Niederlage in Folge", "nach der fünften Niederlage in Serie",
  "for their 10th straight Bundesliga win", "Celtic's ninth straight home win" ordinals
  (thirty-fifth: "die dritte Auswärtsniederlage in Folge"); "seit zwölf Pflichtspielen
  ungeschlagen", "unbeaten in 21 league games", "has lost three straight", "five matches
  without a win", "lost three of their last four", "won only two of their last 12" counts
  (thirty-fifth: "lost four straight", "won just two of their last eight").
- Goals, caps and records: "sein 200. Bundesliga-Tor", "das sechste Saisontor", "ihr
  zwölfter Saisontreffer", "das 14. Tor in seinem 61. Länderspiel", "his 15th league goal of
  the season", "his 118th Premier League appearance", "his first international goal",
  "his 50th for Celtic", "the fifth Premier League manager", "der dritte LASK-Trainer"
  ordinals (thirty-fifth: "sein 500. Bundesligaspiel", "his 400th career goal"); "erst der
  achte Spieler" ordinal 8 ("erst" no hedge, thirty-fifth); "Morikawa's first goal" ordinal
  1 (the first of his two). Tallies are counts: "bei 19 Toren", "bei 16 Saisontreffern",
  "287 Bundesliga-Einsätze in zehn Spielzeiten für drei Vereine" (seasons counted,
  thirty-fifth), "41 Tore und ... 17 weitere", "sieben Tore", "to reach 100 Premier League
  goals", "nine goals in 46 appearances", "four caps", "in 38 appearances", "24 goals in all
  competitions", "11 goals in 14 MLS matches", "17 goals in 11 games", "41 goals and
  conceded only six", "31 goals in 58 caps", "in just 71 appearances", "conceded 78 goals",
  "five saves", "19 Torschüsse ..., Dortmund kam auf sieben" (the elided noun, as a list
  writing the unit once, forty-sixth); "Zweimal traf", "gleich zweimal", "scored twice"
  count 2 (thirty-fifth); "a hat-trick" none (fifteenth); "Beide Tore", "Den einzigen
  BVB-Treffer" none. "Fast ein Drittel seiner Treffer" fraction 0.3333 "nearly", "Nearly
  half of Chelsea's league goals" 0.5 "nearly"; "64 Prozent Ballbesitz" percent.
- Attendances are counts (thirty-fifth): "Vor 30.210 Zuschauern", "vor 31'500 Zuschauern"
  (Swiss grouping, tenth), "Zuschauer: 57.000 (ausverkauft)", "die bisherige Bestmarke von
  19.100", "A crowd of 78,446", "A league-record crowd of 61,370" ("league-record" no
  hedge, as "a record 54,280", thirty-fifth), "Attendance was 26,114", "average league
  attendance of 81,228"; "Im Schnitt kamen ... 5.870 Zuschauer" with no hedge ("im Schnitt"
  names an average, not an estimate), "knapp 18 Prozent mehr" "nearly", "risen by 38% ...
  to 8,940".
- Transfers and contracts (thirty-fifth): "für eine Ablöse von 48 Millionen Euro", "auf bis
  zu 55 Millionen Euro" "up_to", "für rund neun Millionen Euro" "about", "für rund 2,5
  Millionen Franken" CHF "about", "UEFA-Prämien von rund 60 Millionen Euro" "about", "auf
  rund 400.000 Euro" "about", "a fee of £55 million", "could rise to £62m" (a verb, no
  hedge), "now exceeds £180 million" (no hedge: a verb, as "could exceed", thirty-first),
  "£1.1 million", "a net loss of 113 million pounds" GBP, "2.47 billion euros" EUR.
  Contract ends: "einen Vertrag bis 2030", "bis 2028", "um drei Jahre bis 2029" (3 years and
  2029), "bis Juni 2027", "bis Juni 2030", "until June 2028" the year; "bis zum 30. Juni
  2026" the date. Lengths: "einen Fünfjahresvertrag" 5 years, "a three-year contract", "a
  seven-year deal" years; "with the option of a further 12 months" 12 months (thirty-fifth
  labelled "a further year" none for its article; here a figure is written). New: "a
  two-and-a-half-year contract extension" 2.5 years, the spelled fraction inside a compound
  (fortieth: "zweieinhalb"; sixty-first: "two and a half minutes"). "der zweithöchste
  Verkaufserlös" and "the second most expensive signing" ordinal 2 (thirty-fifth:
  "zweitteuerste"). "im Sommer 2023", "seit dem Sommer 2024", "im Juli 2023", "seit seinem
  Wechsel 2021", "took over in 2022" years; "im Januar", "in June", "in December", "in
  January" none.
- Coaches sacked: "nach nur 97 Tagen" 97 days, "after just eight months in charge" 8
  months (seventy-ninth: "after just 11 months in charge"), "nach nur elf Partien" count 11,
  "in 81 Pflichtspielen 29 Siege" counts; "nur", "just", "only", "bereits", "insgesamt",
  "erst", "gleich" no hedge.
- Injuries: "sechs bis acht Monate" and "six to eight weeks" two durations with the unit
  written once (thirtieth, thirty-fifth), "rund drei Wochen" "about", "after three months
  out", "faces up to four months out" "up_to", "at least nine games" count 9 "at_least";
  "monatelang" none. New: "voraussichtlich" ("expected") gives no hedge - it hedges the
  forecast, not the size of the figure, as "is expected to miss at least 14 matches" carried
  only "at least" (thirty-fifth).
- Discipline: "für drei Spiele gesperrt" count 3, "für mindestens zwei Spiele" 2
  "at_least", "a six-match ban" count 6 (thirty-fifth: "a three-match suspension"), "banned
  for 10 months" 10 months (thirty-fifth: "für 18 Monate gesperrt"), "deducted six points"
  count 6, "14 days to lodge an appeal" 14 days (thirty-fifth: "has 21 days to appeal");
  fines in their currency: "eine Geldstrafe von 15.000 Euro", "64.800 Euro ..., bis zu
  21.600 Euro davon" (the second "up_to"), "büsste ... mit 12'000 Franken" CHF
  (thirty-fifth), "a £45,000 fine"; "the permitted loss of £105 million over three seasons
  by £19.5 million" two amounts and count 3 ("over" a preposition, forty-fifth).
- Ages are durations in years (every earlier batch): "Für den 22-Jährigen", "Der
  31-Jährige", "Die 27-Jährige", "Der 24-Jährige", "Der 26 Jahre alte Innenverteidiger", "der
  28-Jährige", "Der 52-Jährige", "Der 30-Jährige", "Die 19 Jahre alte Stürmerin", "den
  20-jährigen Mittelfeldspieler", "The 25-year-old", "The 21-year-old", "The 29-year-old",
  "Sørli, 47,", "Ferreyra, 33,"; "at 17 years and 94 days" 17 years and 94 days; "an average
  age of 25.4" 25.4 years (thirty-fourth: an average age is an age; the unit left unwritten
  as in "Sørli, 47,"). "Teenager" none.
- Names and stages with a figure carry none: "Mainz 05", "1. FC Heidenheim", "1. FC
  Kaiserslautern", "1. FC Köln" (twenty-second), "der 2. Bundesliga" (thirty-fifth), "Gruppe
  H", "Group C", "Group F", "Achtelfinal-Hinspiel", "Achtelfinale", "Viertelfinale"
  (eleventh, seventy-first), "Hinspiel", "Rückspiel", "Gelb-Rote Karte", "Gelb-Rot". New:
  "Under-21s coach" carries none, a team named by its age limit, as "Formel 1" is a name
  (thirty-fifth); "am Zweitligisten" none, the class of a league, as "der 2. Bundesliga".
  "the Champions League round of 16" count 16 (thirty-fifth: "last 16"); "the first leg"
  ordinal 1; "a second yellow card" ordinal 2 (seventy-ninth: "second booking"); "down to 10
  men" count 10 (thirty-fifth); "the 36 clubs", "a 26-player roster", "five uncapped
  players", "auf drei Debütantinnen" counts.
- Dates and years: Reuters datelines with a day ("LIVERPOOL, England, Feb 22", "GLASGOW, Oct
  13", "LONDON, March 4", "BERLIN, Nov 9", "MADRID, May 16", "PARIS, Jan 28") are dates
  without a year; dpa, SID, APA, Keystone-SDA, PA and AP datelines none; "am 11. März", "am
  14. Oktober", "on April 29", "for May 30", "on June 6 ... on June 10", "for the year to
  June 30" dates without a year; "die Endrunde 2026", "the 2026 World Cup", "the 2027
  Women's World Cup", "die Europameisterschaft 2029", "since 1998", "since 2007", "in 2023",
  "aus dem Jahr 2023", "in 2005" years; "seit der Saison 2011/12" 2011 and 2012
  (thirty-fifth); "for the first time since 2009" ordinal 1 and the year (fourteenth,
  twenty-second). Weekdays, "im Vorjahr", "this season", "last season" none.
- Hedges, only the names in use: "rund" "about"; "knapp", "Fast", "Nearly" "nearly"; "bis
  zu", "up to" "up_to"; "mindestens", "at least" "at_least". No hedge: "nur", "just",
  "only", "erst", "bereits", "insgesamt", "gleich", "im Schnitt", "voraussichtlich", "could
  rise to", "exceeds", "league-record", "last", "final".
- Speakers, checked only in forms the earlier batches settled: "teilte der Verein am Montag
  / am Mittwoch mit" and "wie der Verein mitteilte" -> "der Verein", "teilte der Klub mit"
  -> "der Klub", "teilte der DFB (am Dienstag) mit" -> "der DFB", "teilte die Swiss Football
  League am Dienstag mit" -> "die Swiss Football League" (thirty-fifth; weekday dropped,
  seventy-first); "nach Angaben des Vereins" -> "der Verein" (the thirty-fifth batch had
  left it unchecked; settled since as "nach Angaben der Polizei" -> "die Polizei",
  seventieth, and "nach Angaben des Deutschen Wetterdienstes" -> "der Deutsche
  Wetterdienst", seventy-eighth). English: "the club said (on Tuesday / on Friday)" -> "the
  club", "the league said (on Tuesday)" -> "the league" (thirty-fifth), "the FA said" -> "the
  FA" (seventy-first: "the Football Association"), "according to the club" -> "the club"
  (thirty-fifth: "according to the ATP"), "according to Opta" -> "Opta" (thirty-fifth),
  "UEFA said ..." opening the sentence -> "UEFA" (sixty-first: "World Athletics said" as
  written). Left unchecked (None): "laut Medienberichten" (media reports, no source named),
  rows without attribution and all negatives ("hieß es in der Aussendung", "the club said in
  a statement", "told Sky Sports", "told the club's website" among them).
- Negatives, with no figure in any of them: quoted joy, hurt, gratitude, warnings and
  excuses of coaches, captains, players and officials (a Leverkusen and a Stuttgart coach,
  a record scorer, a Rapid coach, a YB captain, a FCZ sports chief, a BVB captain, a
  national player, the Teamchef, a sporting director, a Leipzig coach, a Werder managing
  director, a Salzburg coach, a Liverpool manager, a record striker to Sky Sports, a new
  signing and his coach, a stoppage-time scorer, a WSL captain, the Scotland manager, a
  Spurs head coach, a Southampton captain, the Lionesses' head coach); reported verdicts
  ("Bochums Geschäftsführer sprach von einem „völlig überzogenen Urteil“ ...", "Everton said
  they were "shocked and disappointed" ..."); pundit verdicts and an open question
  ("Rademacher ist schlicht der kompletteste Mittelstürmer ...", "In Linz wird man nun
  genau abwägen müssen ...", "Ob die Hessen ... kompensieren können, bleibt abzuwarten.",
  "Die Mannschaft präsentierte sich in einer beeindruckenden Verfassung ...", "On current
  form there is simply no striker in Europe ...", "It is a cruel way for this group of
  players to bow out.", "Der Ball rollt wieder, ..."); fan chants and scene colour; a club's
  farewell ("„Wir danken Rainer ...“, hieß es in der Aussendung.", ""We thank Mikael ...,"
  the club said in a statement.") and an announcement without a fact ("A permanent
  successor will be appointed in due course, the club said.", as "Funeral details will be
  announced in due course.", sixty-third); boilerplate ("(Schluss)", seventy-seventh;
  "Weitere Stimmen zum Spiel folgen."; "(Reporting by ...; Editing by ...)", seventieth;
  "Kickoff times are subject to change for television coverage."; "This story will be
  updated.").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_82 = [
    # === German =================================================================================
    # --- Bundesliga: Leverkusen - Stuttgart (dpa) ---
    ("de", "Leverkusen (dpa) - Bayer Leverkusen hat am 21. Spieltag der Fußball-Bundesliga den VfB Stuttgart mit 2:1 besiegt und den Rückstand auf Tabellenführer Bayern München auf vier Punkte verkürzt.", True, [("ordinal", 21, None, None), ("count", 4, None, None)], None),
    ("de", "Vor 30.210 Zuschauern in der ausverkauften BayArena brachte Mittelfeldspieler Jonas Terhorst die Gastgeber in der 34. Minute in Führung.", True, [("count", 30210, None, None), ("ordinal", 34, None, None)], None),
    ("de", "Stuttgart glich nach der Pause durch einen Foulelfmeter von Kapitän Mirko Sandhövel aus (58.).", True, [("ordinal", 58, None, None)], None),
    ("de", "Eine Viertelstunde vor dem Ende traf VfB-Stürmer Elias Kowalczyk nur den Pfosten.", True, [("duration", 0.25, "hour", None)], None),
    ("de", "Den Siegtreffer erzielte der eingewechselte Amadou Keïta in der Nachspielzeit (90.+3).", True, [("ordinal", 90, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Für den 22-Jährigen war es das sechste Saisontor, Leverkusen ist damit seit zwölf Pflichtspielen ungeschlagen.", True, [("duration", 22, "year", None), ("ordinal", 6, None, None), ("count", 12, None, None)], None),
    ("de", "Stuttgart bleibt mit 33 Punkten Tabellenfünfter und hat zwei Zähler Rückstand auf die Champions-League-Plätze.", True, [("count", 33, None, None), ("ordinal", 5, None, None), ("count", 2, None, None)], None),
    ("de", "Stuttgarts Innenverteidiger Lasse Brønd sah in der 81. Minute die Gelb-Rote Karte und fehlt am Samstag gegen Mainz 05.", True, [("ordinal", 81, None, None)], None),
    ("de", "„Wir haben nie aufgehört, an uns zu glauben, und das hat die Mannschaft heute belohnt“, sagte Bayer-Trainer Henrik Vosskamp.", False, [], None),
    ("de", "„Das tut richtig weh, so ein Spiel darfst du einfach nicht mehr aus der Hand geben“, sagte VfB-Coach Sebastian Oettl.", False, [], None),
    ("de", "Die Leverkusener Fans feierten den späten Torschützen noch lange nach dem Abpfiff mit Sprechchören.", False, [], None),
    # --- Bundesliga: Rademachers 200. Tor (SID) ---
    ("de", "München (SID) - Bayern-Stürmer Till Rademacher hat beim 4:0 gegen den 1. FC Heidenheim sein 200. Bundesliga-Tor erzielt.", True, [("ordinal", 200, None, None)], None),
    ("de", "Der 31-Jährige ist erst der achte Spieler in der Geschichte der Liga, der diese Marke erreicht.", True, [("duration", 31, "year", None), ("ordinal", 8, None, None)], None),
    ("de", "Für den Meilenstein benötigte er 287 Bundesliga-Einsätze in zehn Spielzeiten für drei Vereine.", True, [("count", 287, None, None), ("count", 10, None, None), ("count", 3, None, None)], None),
    ("de", "Fast ein Drittel seiner Treffer erzielte Rademacher per Kopfball.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "In dieser Saison hält er bei 19 Toren und führt die Torschützenliste mit vier Treffern Vorsprung an.", True, [("count", 19, None, None), ("count", 4, None, None)], None),
    ("de", "Heidenheim steht nach der sechsten Niederlage in Folge auf dem Relegationsplatz, punktgleich mit dem Tabellenvorletzten.", True, [("ordinal", 6, None, None)], None),
    ("de", "„Ich bin einfach dankbar, dass ich diesen Moment vor unseren eigenen Fans erleben durfte“, sagte Rademacher.", False, [], None),
    ("de", "Rademacher ist schlicht der kompletteste Mittelstürmer, den die Liga derzeit zu bieten hat.", False, [], None),
    # --- Österreichische Bundesliga: Rapid - Sturm (APA) ---
    ("de", "Wien (APA) - Rapid hat im Schlager der 19. Runde der Fußball-Bundesliga den SK Sturm Graz vor 24.800 Zuschauern mit 3:1 geschlagen.", True, [("ordinal", 19, None, None), ("count", 24800, None, None)], None),
    ("de", "Die Grazer bleiben trotz der Niederlage mit 38 Punkten Tabellenführer, Rapid rückte mit 34 Punkten auf Platz zwei vor.", True, [("count", 38, None, None), ("count", 34, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Zweimal traf Stürmer Dominik Prenner, in der 17. und in der 63. Minute.", True, [("count", 2, None, None), ("ordinal", 17, None, None), ("ordinal", 63, None, None)], None),
    ("de", "„Wir haben heute gezeigt, wozu wir imstande sind, wenn das Stadion brennt“, sagte Rapid-Trainer Markus Schachner.", False, [], None),
    ("de", "Aus dem Block West hallten schon vor dem Anpfiff Schmähgesänge in Richtung Gästesektor.", False, [], None),
    # --- LASK trennt sich von Trainer (APA) ---
    ("de", "Linz (APA) - Der LASK hat sich nach nur 97 Tagen von Trainer Rainer Hofbauer getrennt, teilte der Verein am Montag mit.", True, [("duration", 97, "day", None)], "der Verein"),
    ("de", "Die Linzer holten in den vergangenen sieben Ligaspielen nur zwei Punkte und liegen auf dem neunten Tabellenplatz.", True, [("count", 7, None, None), ("count", 2, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Hofbauer ist bereits der dritte LASK-Trainer seit dem Sommer 2024.", True, [("ordinal", 3, None, None), ("year", 2024, None, None)], None),
    ("de", "Interimistisch übernimmt Co-Trainer Walter Aigner, der die Mannschaft bis zur Winterpause betreuen soll.", True, [], None),
    ("de", "Hofbauers Vertrag wäre noch bis Juni 2027 gelaufen, die Abfindung soll sich laut Medienberichten auf rund 400.000 Euro belaufen.", True, [("year", 2027, None, None), ("money", 400000, "EUR", "about")], None),
    ("de", "„Wir danken Rainer für seinen Einsatz und wünschen ihm für die Zukunft alles Gute“, hieß es in der Aussendung.", False, [], None),
    ("de", "In Linz wird man nun genau abwägen müssen, wem man die Mannschaft langfristig anvertraut.", False, [], None),
    # --- Super League: YB - Basel (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - YB hat den Klassiker gegen den FC Basel im Wankdorf vor 31'500 Zuschauern 2:0 gewonnen.", True, [("count", 31500, None, None)], None),
    ("de", "Die Berner übernahmen damit nach 24 Runden mit 47 Punkten wieder die Leaderposition, einen Punkt vor Servette.", True, [("count", 24, None, None), ("count", 47, None, None), ("count", 1, None, None)], None),
    ("de", "Beide Tore erzielte Stürmer Cédric Zbinden, der in der Super League nun bei 16 Saisontreffern hält.", True, [("count", 16, None, None)], None),
    ("de", "Basels Verteidiger Noah Imfeld wurde nach einem Ellbogenschlag in der 71. Minute des Feldes verwiesen und dürfte für mindestens zwei Spiele gesperrt werden.", True, [("ordinal", 71, None, None), ("count", 2, None, "at_least")], None),
    ("de", "Wegen Pyros im Gästesektor büsste die Disziplinarkommission den FC Basel mit 12'000 Franken, teilte die Swiss Football League am Dienstag mit.", True, [("money", 12000, "CHF", None)], "die Swiss Football League"),
    ("de", "«Heute hat man gesehen, wer in dieser Liga den Ton angibt», sagte YB-Captain Loris Amstutz.", False, [], None),
    ("de", "Die Basler Anhänger quittierten den Auftritt ihrer Mannschaft mit einem gellenden Pfeifkonzert.", False, [], None),
    # --- Super League: FCZ entlässt Trainer (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Der FC Zürich hat Trainer Urs Bachmann nach nur elf Partien entlassen.", True, [("count", 11, None, None)], None),
    ("de", "Der FCZ liegt nach 13 Runden mit zwölf Punkten auf dem zweitletzten Platz der Super League.", True, [("count", 13, None, None), ("count", 12, None, None)], None),
    ("de", "Bachmann war im vergangenen Sommer mit einem Vertrag bis 2027 vom FC Aarau gekommen.", True, [("year", 2027, None, None)], None),
    ("de", "«Wir brauchten einen neuen Impuls, um die Wende noch zu schaffen», begründete Sportchef Beat Stalder den Entscheid.", False, [], None),
    # --- Champions League: Barcelona - Dortmund (dpa) ---
    ("de", "Barcelona (dpa) - Borussia Dortmund hat das Achtelfinal-Hinspiel der Champions League beim FC Barcelona mit 1:3 verloren.", True, [], None),
    ("de", "Vor 52.400 Zuschauern auf dem Montjuïc brachte Stürmer Rafael Iglesias die Katalanen bereits nach vier Minuten in Führung.", True, [("count", 52400, None, None), ("duration", 4, "minute", None)], None),
    ("de", "Den einzigen BVB-Treffer erzielte Verteidiger Malte Grünwald per Kopf in der 67. Minute.", True, [("ordinal", 67, None, None)], None),
    ("de", "Barcelona hatte 64 Prozent Ballbesitz und gab 19 Torschüsse ab, Dortmund kam auf sieben.", True, [("percent", 64, "%", None), ("count", 19, None, None), ("count", 7, None, None)], None),
    ("de", "Für den BVB war es die vierte Niederlage im fünften Auswärtsspiel dieser Champions-League-Saison.", True, [("ordinal", 4, None, None), ("ordinal", 5, None, None)], None),
    ("de", "Das Rückspiel findet am 11. März in Dortmund statt.", True, [("date", "--03-11", None, None)], None),
    ("de", "Durch den Einzug ins Achtelfinale hat Dortmund in dieser Saison bereits UEFA-Prämien von rund 60 Millionen Euro eingenommen, teilte der Klub mit.", True, [("money", 60000000, "EUR", "about")], "der Klub"),
    ("de", "„Wir sind noch lange nicht raus, im eigenen Stadion ist alles möglich“, sagte BVB-Kapitän Felix Overbeck.", False, [], None),
    # --- Frauen-Bundesliga: Wolfsburg - Bayern (SID) ---
    ("de", "Wolfsburg (SID) - Die Fußballerinnen des VfL Wolfsburg haben das Spitzenspiel gegen Bayern München vor 22.650 Zuschauern mit 2:2 beendet.", True, [("count", 22650, None, None)], None),
    ("de", "Das ist ein Vereinsrekord für ein Ligaspiel der Frauen, die bisherige Bestmarke von 19.100 stammte aus dem Jahr 2023.", True, [("count", 19100, None, None), ("year", 2023, None, None)], None),
    ("de", "Bayern bleibt nach 16 Spieltagen mit 40 Punkten an der Spitze, drei Zähler vor Wolfsburg.", True, [("count", 16, None, None), ("count", 40, None, None), ("count", 3, None, None)], None),
    ("de", "Nationalspielerin Lea Kürschner glich in der 88. Minute aus, es war ihr zwölfter Saisontreffer.", True, [("ordinal", 88, None, None), ("ordinal", 12, None, None)], None),
    ("de", "Die 27-Jährige hatte erst im Januar ihren Vertrag bis 2028 verlängert.", True, [("duration", 27, "year", None), ("year", 2028, None, None)], None),
    ("de", "Im Schnitt kamen in dieser Saison 5.870 Zuschauer zu den Partien der Frauen-Bundesliga, knapp 18 Prozent mehr als im Vorjahr, teilte der DFB mit.", True, [("count", 5870, None, None), ("percent", 18, "%", "nearly")], "der DFB"),
    ("de", "„So eine Kulisse hätte ich mir vor ein paar Jahren nicht träumen lassen“, sagte Kürschner.", False, [], None),
    # --- WM-Qualifikation: Österreich - Bosnien (APA) ---
    ("de", "Wien (APA) - Österreichs Fußball-Nationalteam hat in der WM-Qualifikation einen 3:0-Heimsieg gegen Bosnien-Herzegowina gefeiert und die Tabellenführung in Gruppe H ausgebaut.", True, [], None),
    ("de", "Die Mannschaft von Teamchef Franz Leitgeb hält nach fünf Spielen bei 15 Punkten und damit beim Punktemaximum.", True, [("count", 5, None, None), ("count", 15, None, None)], None),
    ("de", "Der Vorsprung auf den Zweiten Rumänien beträgt sechs Punkte.", True, [("ordinal", 2, None, None), ("count", 6, None, None)], None),
    ("de", "Vor 46.500 Zuschauern im Ernst-Happel-Stadion verwandelte Kapitän Lukas Ebner in der 23. Minute einen Elfmeter zur Führung.", True, [("count", 46500, None, None), ("ordinal", 23, None, None)], None),
    ("de", "Für den 29-Jährigen war es das 14. Tor in seinem 61. Länderspiel.", True, [("duration", 29, "year", None), ("ordinal", 14, None, None), ("ordinal", 61, None, None)], None),
    ("de", "Nur die Gruppensieger qualifizieren sich direkt für die Endrunde 2026 in den USA, Kanada und Mexiko.", True, [("year", 2026, None, None)], None),
    ("de", "Im nächsten Spiel trifft das Nationalteam am 14. Oktober auswärts auf Zypern.", True, [("date", "--10-14", None, None)], None),
    ("de", "„Wir haben noch gar nichts erreicht, der Weg ist noch weit“, mahnte Leitgeb.", False, [], None),
    ("de", "Auf den Rängen sangen sich die Fans schon lange vor dem Schlusspfiff mit „Immer wieder Österreich“ in Stimmung.", False, [], None),
    # --- Transfer: Frankfurt verkauft Asante-Berg (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Eintracht Frankfurt hat Stürmer Kwame Asante-Berg für eine Ablöse von 48 Millionen Euro an den englischen Premier-League-Club Aston Villa verkauft.", True, [("money", 48000000, "EUR", None)], None),
    ("de", "Durch Bonuszahlungen kann die Summe nach Angaben des Vereins auf bis zu 55 Millionen Euro steigen.", True, [("money", 55000000, "EUR", "up_to")], "der Verein"),
    ("de", "Der 24-Jährige erhält in Birmingham einen Vertrag bis 2030.", True, [("duration", 24, "year", None), ("year", 2030, None, None)], None),
    ("de", "Die Eintracht hatte den Angreifer im Sommer 2023 für rund neun Millionen Euro aus Salzburg geholt.", True, [("year", 2023, None, None), ("money", 9000000, "EUR", "about")], None),
    ("de", "In 92 Pflichtspielen für die Hessen erzielte Asante-Berg 41 Tore und bereitete 17 weitere vor.", True, [("count", 92, None, None), ("count", 41, None, None), ("count", 17, None, None)], None),
    ("de", "Es ist der zweithöchste Verkaufserlös in der Geschichte des Klubs.", True, [("ordinal", 2, None, None)], None),
    ("de", "Als Nachfolger holte Frankfurt den Dänen Mads Kjærgaard vom FC Midtjylland, der einen Fünfjahresvertrag unterschrieb.", True, [("duration", 5, "year", None)], None),
    ("de", "„Kwame hat sich diesen Schritt mit harter Arbeit mehr als verdient“, sagte Sportvorstand Carsten Ruhland.", False, [], None),
    ("de", "Ob die Hessen den Abgang ihres Torjägers so schnell kompensieren können, bleibt abzuwarten.", False, [], None),
    # --- Verletzung: Leipzig (SID) ---
    ("de", "Leipzig (SID) - RB Leipzig muss monatelang auf Nationalspieler Jannik Sörensen verzichten.", True, [], None),
    ("de", "Der 26 Jahre alte Innenverteidiger erlitt im Training einen Kreuzbandriss im rechten Knie, teilte der Verein am Mittwoch mit.", True, [("duration", 26, "year", None)], "der Verein"),
    ("de", "Sörensen wird am Donnerstag in Innsbruck operiert und fällt voraussichtlich sechs bis acht Monate aus.", True, [("duration", 6, "month", None), ("duration", 8, "month", None)], None),
    ("de", "Damit verpasst er auch die beiden Länderspiele im März.", True, [], None),
    ("de", "Zudem fehlt Mittelfeldspieler Ole Brandner wegen eines Muskelfaserrisses rund drei Wochen.", True, [("duration", 3, "week", "about")], None),
    ("de", "„Das ist ein Riesenschock für uns alle, Jannik war in der Form seines Lebens“, sagte Trainer Dirk Pohlmann.", False, [], None),
    # --- DFB-Sportgericht (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Das DFB-Sportgericht hat Hoffenheims Verteidiger Branko Vukić nach seiner Roten Karte gegen Bochum für drei Spiele gesperrt.", True, [("count", 3, None, None)], None),
    ("de", "Zusätzlich muss der 28-Jährige eine Geldstrafe von 15.000 Euro zahlen, teilte der DFB am Dienstag mit.", True, [("duration", 28, "year", None), ("money", 15000, "EUR", None)], "der DFB"),
    ("de", "Der Verein hat dem Urteil zugestimmt, es ist damit rechtskräftig.", True, [], None),
    ("de", "Der VfL Bochum muss wegen Pyrotechnik seiner Anhänger 64.800 Euro zahlen, bis zu 21.600 Euro davon darf er für sicherheitstechnische Maßnahmen verwenden.", True, [("money", 64800, "EUR", None), ("money", 21600, "EUR", "up_to")], None),
    ("de", "Bochums Geschäftsführer sprach von einem „völlig überzogenen Urteil“ gegen den ganzen Verein.", False, [], None),
    # --- Werder trennt sich von Trainer (dpa) ---
    ("de", "Bremen (dpa) - Werder Bremen hat Trainer Olaf Heidkamp nach der fünften Niederlage in Serie mit sofortiger Wirkung freigestellt.", True, [("ordinal", 5, None, None)], None),
    ("de", "Der 52-Jährige hatte das Amt im Juli 2023 übernommen und in 81 Pflichtspielen 29 Siege geholt.", True, [("duration", 52, "year", None), ("year", 2023, None, None), ("count", 81, None, None), ("count", 29, None, None)], None),
    ("de", "Werder ist mit 18 Punkten aus 20 Spielen auf Rang 16 abgerutscht.", True, [("count", 18, None, None), ("count", 20, None, None), ("ordinal", 16, None, None)], None),
    ("de", "Heidkamps Vertrag wäre noch bis zum 30. Juni 2026 gelaufen, wie der Verein mitteilte.", True, [("date", "2026-06-30", None, None)], "der Verein"),
    ("de", "Über einen Nachfolger soll bis Donnerstag entschieden werden.", True, [], None),
    ("de", "„Dieser Schritt ist uns extrem schwergefallen, aber wir mussten handeln“, sagte Geschäftsführer Clemens Wittkamp.", False, [], None),
    # --- 2. Bundesliga: HSV - Kaiserslautern (dpa), mit Statistik ---
    ("de", "Hamburg (dpa) - Der Hamburger SV hat in der 2. Bundesliga mit einem 4:1 gegen den 1. FC Kaiserslautern die Tabellenführung übernommen.", True, [], None),
    ("de", "Tore: 1:0 Dahlke (8.), 2:0 Mensah (31.), 2:1 Ritter (55.), 3:1 Dahlke (74.), 4:1 Oyelaran (90.+2).", True, [("ordinal", 8, None, None), ("ordinal", 31, None, None), ("ordinal", 55, None, None), ("ordinal", 74, None, None), ("ordinal", 90, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Gelb-Rot: Ritter (Kaiserslautern/82.).", True, [("ordinal", 82, None, None)], None),
    ("de", "Zuschauer: 57.000 (ausverkauft).", True, [("count", 57000, None, None)], None),
    ("de", "Die Hamburger haben nach 22 Spieltagen 44 Punkte, einen mehr als der 1. FC Köln.", True, [("count", 22, None, None), ("count", 44, None, None), ("count", 1, None, None)], None),
    ("de", "Schiedsrichter Tobias Reichel ließ wegen einer längeren Verletzungspause sieben Minuten nachspielen.", True, [("duration", 7, "minute", None)], None),
    ("de", "Die Partie war wegen Nebels mit zehnminütiger Verspätung angepfiffen worden, was der Stimmung keinen Abbruch tat.", True, [("duration", 10, "minute", None)], None),
    # --- Union verlängert, Kurzmeldungen (dpa) ---
    ("de", "Berlin (dpa) - Union Berlin hat den Vertrag mit Torhüter Felix Lambrecht vorzeitig um drei Jahre bis 2029 verlängert.", True, [("duration", 3, "year", None), ("year", 2029, None, None)], None),
    ("de", "Der 30-Jährige bestritt seit seinem Wechsel 2021 insgesamt 148 Pflichtspiele für die Köpenicker.", True, [("duration", 30, "year", None), ("year", 2021, None, None), ("count", 148, None, None)], None),
    # --- ÖFB-Cup: St. Pölten - Salzburg (APA) ---
    ("de", "St. Pölten (APA) - Red Bull Salzburg ist im Viertelfinale des ÖFB-Cups nach Elfmeterschießen am Zweitligisten SKN St. Pölten gescheitert.", True, [], None),
    ("de", "Nach 120 Minuten war es 1:1 gestanden, im Elfmeterschießen setzten sich die Niederösterreicher mit 5:4 durch.", True, [("duration", 120, "minute", None)], None),
    ("de", "Für Salzburg ist es das früheste Cup-Aus seit der Saison 2011/12.", True, [("year", 2011, None, None), ("year", 2012, None, None)], None),
    ("de", "„Im Elfmeterschießen ist es immer auch eine Lotterie, heute hatten wir das Glück nicht auf unserer Seite“, sagte Salzburg-Trainer Jens Albrecht.", False, [], None),
    # --- Frauen-Nationalmannschaft (dpa) ---
    ("de", "Reykjavík (dpa) - Die deutschen Fußballerinnen haben sich mit einem 4:0 in Island vorzeitig für die Europameisterschaft 2029 qualifiziert.", True, [("year", 2029, None, None)], None),
    ("de", "Bundestrainerin Annika Rehbein setzte in der Startelf auf drei Debütantinnen.", True, [("count", 3, None, None)], None),
    ("de", "Die 19 Jahre alte Stürmerin Mia Pfeffer traf bei ihrem Länderspieldebüt gleich zweimal.", True, [("duration", 19, "year", None), ("count", 2, None, None)], None),
    ("de", "Deutschland führt die Qualifikationsgruppe mit 16 Punkten aus sechs Spielen und 21:2 Toren an.", True, [("count", 16, None, None), ("count", 6, None, None)], None),
    ("de", "Die Mannschaft präsentierte sich in einer beeindruckenden Verfassung und macht Lust auf mehr.", False, [], None),
    # --- Super League: Transfer St. Gallen (Keystone-SDA) ---
    ("de", "St. Gallen (Keystone-SDA) - Der FC St. Gallen hat den 20-jährigen Mittelfeldspieler Aurel Tschopp für rund 2,5 Millionen Franken an den VfB Stuttgart verkauft.", True, [("duration", 20, "year", None), ("money", 2500000, "CHF", "about")], None),
    ("de", "Tschopp hatte in 54 Super-League-Spielen sieben Tore erzielt und unterschrieb in Stuttgart einen Vertrag bis Juni 2030.", True, [("count", 54, None, None), ("count", 7, None, None), ("year", 2030, None, None)], None),
    # --- Agenturzeilen und Floskeln ---
    ("de", "(Schluss)", False, [], None),
    ("de", "Weitere Stimmen zum Spiel folgen.", False, [], None),
    ("de", "Der Ball rollt wieder, und mit ihm kehrt die Leidenschaft in die Stadien zurück.", False, [], None),
    # === English ================================================================================
    # --- Premier League: Liverpool - Newcastle (Reuters) ---
    ("en", "LIVERPOOL, England, Feb 22 (Reuters) - Liverpool beat Newcastle United 3-1 at Anfield on Saturday and opened up a four-point lead over Arsenal in the Premier League.", True, [("date", "--02-22", None, None), ("count", 4, None, None)], None),
    ("en", "Forward Callum Redfearn put the hosts ahead in the 12th minute with his 15th league goal of the season.", True, [("ordinal", 12, None, None), ("ordinal", 15, None, None)], None),
    ("en", "Newcastle levelled through Joel Sandström shortly before halftime, but Liverpool scored twice in six minutes after the break.", True, [("count", 2, None, None), ("duration", 6, "minute", None)], None),
    ("en", "Liverpool have 61 points from 26 games, with Arsenal second on 57 and Manchester City third on 53.", True, [("count", 61, None, None), ("count", 26, None, None), ("ordinal", 2, None, None), ("count", 57, None, None), ("ordinal", 3, None, None), ("count", 53, None, None)], None),
    ("en", "Newcastle, who have lost three of their last four league matches, are eighth.", True, [("count", 3, None, None), ("count", 4, None, None), ("ordinal", 8, None, None)], None),
    ("en", "The attendance of 60,108 was the highest at Anfield since the Anfield Road stand was expanded, the club said.", True, [("count", 60108, None, None)], "the club"),
    ("en", "Goals: Liverpool, Redfearn 12, Okafor-Lyle 53, Dunne 59; Newcastle, Sandström 44.", True, [("ordinal", 12, None, None), ("ordinal", 53, None, None), ("ordinal", 59, None, None), ("ordinal", 44, None, None)], None),
    ("en", "\"It was a big night and the lads were magnificent from start to finish,\" Liverpool manager Pieter Hoogland said.", False, [], None),
    ("en", "The Kop was in full voice long before kickoff, belting out \"You'll Never Walk Alone\" as the teams emerged.", False, [], None),
    # --- Premier League: Dahlstrom's 100 goals (PA) ---
    ("en", "LONDON (PA) - Manchester City striker Eirik Dahlstrøm became the fastest player to reach 100 Premier League goals when he scored twice in a 4-0 win over Brentford.", True, [("count", 100, None, None), ("count", 2, None, None)], None),
    ("en", "The 25-year-old reached the milestone in his 118th Premier League appearance.", True, [("duration", 25, "year", None), ("ordinal", 118, None, None)], None),
    ("en", "The previous record of 124 games was set in 2005, according to Opta.", True, [("count", 124, None, None), ("year", 2005, None, None)], "Opta"),
    ("en", "City remain third, two points behind Arsenal with a game in hand.", True, [("ordinal", 3, None, None), ("count", 2, None, None)], None),
    ("en", "\"Records are nice, but I just want to help the team win trophies,\" Dahlstrøm told Sky Sports.", False, [], None),
    ("en", "On current form there is simply no striker in Europe more feared by defenders.", False, [], None),
    # --- Premier League: West Ham sack coach (PA) ---
    ("en", "LONDON (PA) - West Ham have sacked head coach Mikael Sørli after just eight months in charge, with the club 17th in the Premier League.", True, [("duration", 8, "month", None), ("ordinal", 17, None, None)], None),
    ("en", "The Hammers have won only two of their last 12 league games and sit a point above the relegation zone.", True, [("count", 2, None, None), ("count", 12, None, None)], None),
    ("en", "Sørli, 47, was appointed in June on a three-year contract.", True, [("duration", 47, "year", None), ("duration", 3, "year", None)], None),
    ("en", "He is the fifth Premier League manager to lose his job this season.", True, [("ordinal", 5, None, None)], None),
    ("en", "Under-21s coach Darren Pike will take charge for Saturday's trip to Fulham.", True, [], None),
    ("en", "A permanent successor will be appointed in due course, the club said.", False, [], None),
    ("en", "\"We thank Mikael for his hard work and dedication and wish him well for the future,\" the club said in a statement.", False, [], None),
    # --- Transfer: Chelsea sign Almeida (PA) ---
    ("en", "LONDON (PA) - Chelsea have signed Benfica midfielder Tomás Almeida for a fee of £55 million, the club said on Tuesday.", True, [("money", 55000000, "GBP", None)], "the club"),
    ("en", "The 21-year-old has agreed a seven-year deal with the option of a further 12 months.", True, [("duration", 21, "year", None), ("duration", 7, "year", None), ("duration", 12, "month", None)], None),
    ("en", "The fee could rise to £62m with add-ons, making Almeida the second most expensive signing in the club's history.", True, [("money", 62000000, "GBP", None), ("ordinal", 2, None, None)], None),
    ("en", "Almeida scored nine goals in 46 appearances for Benfica last season and has won four caps for Portugal.", True, [("count", 9, None, None), ("count", 46, None, None), ("count", 4, None, None)], None),
    ("en", "Chelsea's outlay in the January window now exceeds £180 million.", True, [("money", 180000000, "GBP", None)], None),
    ("en", "Nearly half of Chelsea's league goals this season have come from set pieces.", True, [("fraction", 0.5, None, "nearly")], None),
    ("en", "Chelsea also broke the world record fee for a women's player by paying £1.1 million for Canadian forward Jade Morrissette.", True, [("money", 1100000, "GBP", None)], None),
    ("en", "\"He's a top, top player and we're delighted to have him,\" Chelsea head coach Enzo Marchetti said.", False, [], None),
    ("en", "\"This is a club with huge ambition and I want to be part of it,\" Almeida told the club's website.", False, [], None),
    # --- Champions League: Real Madrid - Arsenal (AP) ---
    ("en", "MADRID (AP) — Arsenal won 2-1 at Real Madrid on Wednesday to reach the Champions League semifinals for the first time since 2009.", True, [("ordinal", 1, None, None), ("year", 2009, None, None)], None),
    ("en", "Substitute Kofi Mensah-Barnes scored the winner in the fourth minute of stoppage time after Madrid had leveled in the 78th.", True, [("ordinal", 4, None, None), ("ordinal", 78, None, None)], None),
    ("en", "Arsenal advanced 5-3 on aggregate.", True, [], None),
    ("en", "A crowd of 78,446 filled the Santiago Bernabéu.", True, [("count", 78446, None, None)], None),
    ("en", "Madrid were down to 10 men for the last 20 minutes after defender Álvaro Pizarro received a second yellow card.", True, [("duration", 20, "minute", None), ("count", 10, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Arsenal will face Bayern Munich in the semifinals, with the first leg on April 29 in London.", True, [("ordinal", 1, None, None), ("date", "--04-29", None, None)], None),
    ("en", "The final is scheduled for May 30 at the Puskás Aréna in Budapest.", True, [("date", "--05-30", None, None)], None),
    ("en", "\"I don't have words, this is a night we will remember forever,\" Mensah-Barnes said.", False, [], None),
    ("en", "Madrid's fans whistled their own players off the field at the final whistle.", False, [], None),
    # --- WSL: Arsenal - Chelsea (PA) ---
    ("en", "LONDON (PA) - A league-record crowd of 61,370 watched Arsenal beat Chelsea 2-0 in the WSL at the Emirates Stadium on Sunday.", True, [("count", 61370, None, None)], None),
    ("en", "The previous WSL record of 59,042 was set at the same ground in 2023.", True, [("count", 59042, None, None), ("year", 2023, None, None)], None),
    ("en", "Captain Lena Hartigan scored in the 33rd minute and striker Maya Oduya doubled the lead from the penalty spot in the 71st.", True, [("ordinal", 33, None, None), ("ordinal", 71, None, None)], None),
    ("en", "The win lifts Arsenal to 34 points from 14 matches, one behind leaders Manchester City.", True, [("count", 34, None, None), ("count", 14, None, None), ("count", 1, None, None)], None),
    ("en", "Chelsea, who had been unbeaten in 21 league games, drop to third.", True, [("count", 21, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Average WSL attendances have risen by 38% this season to 8,940, the league said.", True, [("percent", 38, "%", None), ("count", 8940, None, None)], "the league"),
    ("en", "\"To play in front of that many people, you just get goosebumps,\" Hartigan said.", False, [], None),
    # --- World Cup qualifier: Scotland - Norway (Reuters) ---
    ("en", "GLASGOW, Oct 13 (Reuters) - Scotland beat Norway 2-1 at Hampden Park on Monday to draw level on points with the Group C leaders with two qualifiers remaining.", True, [("date", "--10-13", None, None), ("count", 2, None, None)], None),
    ("en", "Defender Rory McAlister headed the winner in the 87th minute, his first international goal in 38 appearances.", True, [("ordinal", 87, None, None), ("ordinal", 1, None, None), ("count", 38, None, None)], None),
    ("en", "Both sides have 13 points from six games, but Norway lead on goal difference.", True, [("count", 13, None, None), ("count", 6, None, None)], None),
    ("en", "Only the group winners qualify automatically for the 2026 World Cup, while the runners-up go into the playoffs.", True, [("year", 2026, None, None)], None),
    ("en", "The crowd of 49,700 was Hampden's biggest for a qualifier since 2007.", True, [("count", 49700, None, None), ("year", 2007, None, None)], None),
    ("en", "Scotland have not reached a World Cup since 1998.", True, [("year", 1998, None, None)], None),
    ("en", "\"Hampden was rocking tonight, I've never heard noise like it,\" manager Alistair Brodie said.", False, [], None),
    ("en", "Thousands of fans in kilts danced in the streets around the stadium long after the final whistle.", False, [], None),
    # --- World Cup qualifier: Ireland - Hungary (PA) ---
    ("en", "DUBLIN (PA) - The Republic of Ireland's World Cup hopes are over after a 1-0 defeat by Hungary at the Aviva Stadium.", True, [], None),
    ("en", "The visitors scored in the 90th minute through substitute Bence Szalai, who had been on the pitch for only four minutes.", True, [("ordinal", 90, None, None), ("duration", 4, "minute", None)], None),
    ("en", "Ireland finish third in Group F with seven points from six matches.", True, [("ordinal", 3, None, None), ("count", 7, None, None), ("count", 6, None, None)], None),
    ("en", "It is a cruel way for this group of players to bow out.", False, [], None),
    # --- Injury: Tottenham captain (PA) ---
    ("en", "LONDON (PA) - Tottenham captain Declan Fairbrother will be out for six to eight weeks with a hamstring injury, the club said.", True, [("duration", 6, "week", None), ("duration", 8, "week", None)], "the club"),
    ("en", "The 29-year-old limped off in the 35th minute of Sunday's 1-1 draw at Aston Villa.", True, [("duration", 29, "year", None), ("ordinal", 35, None, None)], None),
    ("en", "He is set to miss at least nine games in all competitions.", True, [("count", 9, None, "at_least")], None),
    ("en", "Spurs now have 11 players sidelined, more than any other Premier League club.", True, [("count", 11, None, None)], None),
    ("en", "Goalkeeper Sam Whitcombe has returned to training after three months out with a broken wrist.", True, [("duration", 3, "month", None)], None),
    ("en", "Midfielder Luca Brandt faces up to four months out after surgery on a fractured ankle.", True, [("duration", 4, "month", "up_to")], None),
    ("en", "\"It's a massive blow, Declan is the heartbeat of this team,\" head coach Ruben Castell said.", False, [], None),
    # --- Discipline: Everton points deduction, FA ban (Reuters) ---
    ("en", "LONDON, March 4 (Reuters) - Everton have been deducted six points for breaching the Premier League's profitability and sustainability rules, the league said on Tuesday.", True, [("date", "--03-04", None, None), ("count", 6, None, None)], "the league"),
    ("en", "The deduction drops Everton from 14th to 18th, into the relegation zone, with 10 games left.", True, [("ordinal", 14, None, None), ("ordinal", 18, None, None), ("count", 10, None, None)], None),
    ("en", "An independent commission found the club had exceeded the permitted loss of £105 million over three seasons by £19.5 million.", True, [("money", 105000000, "GBP", None), ("count", 3, None, None), ("money", 19500000, "GBP", None)], None),
    ("en", "Everton have 14 days to lodge an appeal.", True, [("duration", 14, "day", None)], None),
    ("en", "Separately, the FA handed Brighton defender Kai Lindgren a six-match ban and a £45,000 fine for abusive language towards a match official.", True, [("count", 6, None, None), ("money", 45000, "GBP", None)], None),
    ("en", "Aston Villa striker Omar Kessie has been banned for 10 months for breaching betting rules, the FA said.", True, [("duration", 10, "month", None)], "the FA"),
    ("en", "Everton said they were \"shocked and disappointed\" by the ruling.", False, [], None),
    # --- Scottish Premiership: Celtic - Rangers (PA) ---
    ("en", "GLASGOW (PA) - Celtic moved 11 points clear at the top of the Scottish Premiership after a 3-0 win over Rangers at Celtic Park.", True, [("count", 11, None, None)], None),
    ("en", "Striker Daizen Morikawa scored twice before halftime to take his tally to 24 goals in all competitions.", True, [("count", 2, None, None), ("count", 24, None, None)], None),
    ("en", "It was Celtic's ninth straight home win in the fixture.", True, [("ordinal", 9, None, None)], None),
    ("en", "Morikawa's first goal was his 50th for Celtic in just 71 appearances.", True, [("ordinal", 1, None, None), ("ordinal", 50, None, None), ("count", 71, None, None)], None),
    ("en", "Celtic manager Lars Grimstad signed a two-and-a-half-year contract extension in December.", True, [("duration", 2.5, "year", None)], None),
    ("en", "Supporters sang Morikawa's name until long after the floodlights had been dimmed.", False, [], None),
    ("en", "Rangers, who sacked manager Graeme Tolland in January, have now gone five matches without a win.", True, [("count", 5, None, None)], None),
    ("en", "Celtic Park erupted as the home support serenaded their rivals with chants of \"Cheerio\".", False, [], None),
    # --- MLS: Galaxy - Sounders (AP) ---
    ("en", "LOS ANGELES (AP) — Diego Ferreyra scored in the second minute of stoppage time and the LA Galaxy beat Seattle Sounders FC 2-1 on Saturday night.", True, [("ordinal", 2, None, None)], None),
    ("en", "Ferreyra, 33, has 11 goals in 14 MLS matches this season.", True, [("duration", 33, "year", None), ("count", 11, None, None), ("count", 14, None, None)], None),
    ("en", "The Galaxy (8-3-4) moved into first place in the Western Conference.", True, [("ordinal", 1, None, None)], None),
    ("en", "Goalkeeper Cody Vance made five saves for Seattle, which has lost three straight.", True, [("count", 5, None, None), ("count", 3, None, None)], None),
    ("en", "Attendance was 26,114.", True, [("count", 26114, None, None)], None),
    ("en", "Scoring: Seattle, Roldán 31; LA Galaxy, Ramírez 64, Ferreyra 90+2.", True, [("ordinal", 31, None, None), ("ordinal", 64, None, None), ("ordinal", 90, None, None), ("ordinal", 2, None, None)], None),
    # --- Bundesliga: Bayern - Gladbach (Reuters) ---
    ("en", "BERLIN, Nov 9 (Reuters) - Bayern Munich beat Borussia Moenchengladbach 4-1 on Sunday for their 10th straight Bundesliga win, stretching their lead at the top to eight points.", True, [("date", "--11-09", None, None), ("ordinal", 10, None, None), ("count", 8, None, None)], None),
    ("en", "England striker Jack Penhallow netted a hat-trick, taking his league tally to 17 goals in 11 games.", True, [("count", 17, None, None), ("count", 11, None, None)], None),
    ("en", "Bayern have scored 41 goals and conceded only six.", True, [("count", 41, None, None), ("count", 6, None, None)], None),
    ("en", "Borussia Dortmund's average league attendance of 81,228 is the highest in Europe, according to the club.", True, [("count", 81228, None, None)], "the club"),
    ("en", "Gladbach's travelling fans were left to console themselves with songs about past glories.", False, [], None),
    # --- LaLiga: Real Madrid extend coach's contract (Reuters) ---
    ("en", "MADRID, May 16 (Reuters) - Real Madrid have extended coach Jorge Villalba's contract until June 2028, the club said on Friday.", True, [("date", "--05-16", None, None), ("year", 2028, None, None)], "the club"),
    ("en", "Villalba, who took over in 2022, has won two LaLiga titles and one Champions League during his spell in charge.", True, [("year", 2022, None, None), ("count", 2, None, None), ("count", 1, None, None)], None),
    # --- Premier League: Southampton relegated (AP) ---
    ("en", "SOUTHAMPTON, England (AP) — Southampton were relegated from the Premier League with five games to spare after a 2-0 loss at Crystal Palace on Saturday.", True, [("count", 5, None, None)], None),
    ("en", "The Saints have 11 points from 33 matches, 17 adrift of safety.", True, [("count", 11, None, None), ("count", 33, None, None), ("count", 17, None, None)], None),
    ("en", "They have won just two league games all season and conceded 78 goals.", True, [("count", 2, None, None), ("count", 78, None, None)], None),
    ("en", "\"We let our supporters down and we have to own that,\" captain Harry Vell said.", False, [], None),
    # --- Champions League: PSG - Leverkusen (Reuters) ---
    ("en", "PARIS, Jan 28 (Reuters) - Paris St Germain reached the Champions League round of 16 after beating Bayer Leverkusen 3-0 at the Parc des Princes on Wednesday.", True, [("date", "--01-28", None, None), ("count", 16, None, None)], None),
    ("en", "Teenager Ilyes Benrahmi became the youngest scorer in the club's Champions League history at 17 years and 94 days.", True, [("duration", 17, "year", None), ("duration", 94, "day", None)], None),
    ("en", "PSG finished the league phase sixth with 17 points from eight matches.", True, [("ordinal", 6, None, None), ("count", 17, None, None), ("count", 8, None, None)], None),
    ("en", "UEFA said the 36 clubs in this season's competition will share 2.47 billion euros in prize money.", True, [("count", 36, None, None), ("money", 2470000000, "EUR", None)], "UEFA"),
    # --- Lionesses qualify (PA) ---
    ("en", "LONDON (PA) - England's Lionesses qualified for the 2027 Women's World Cup in Brazil with a 4-0 win over Portugal at Wembley.", True, [("year", 2027, None, None)], None),
    ("en", "Striker Ella Rushworth scored twice to take her international tally to 31 goals in 58 caps.", True, [("count", 2, None, None), ("count", 31, None, None), ("count", 58, None, None)], None),
    ("en", "The crowd of 72,519 was the biggest for a women's qualifier in England.", True, [("count", 72519, None, None)], None),
    ("en", "\"The girls were unbelievable tonight, every single one of them,\" head coach Sarina Vos said.", False, [], None),
    # --- Club finances (Reuters) ---
    ("en", "Manchester United posted a net loss of 113 million pounds for the year to June 30, the club said.", True, [("money", 113000000, "GBP", None), ("date", "--06-30", None, None)], "the club"),
    # --- Stoppage time (PA) ---
    ("en", "Fulham snatched a 2-2 draw at Brighton when Tom Kerridge equalised deep into stoppage time.", True, [], None),
    ("en", "Eight minutes of added time had been signalled at the end of the second half.", True, [("duration", 8, "minute", None), ("ordinal", 2, None, None)], None),
    # --- USMNT roster (AP) ---
    ("en", "CHICAGO (AP) — U.S. coach Brent Halloway named a 26-player roster on Tuesday for friendlies against Jamaica on June 6 and Honduras on June 10.", True, [("count", 26, None, None), ("date", "--06-06", None, None), ("date", "--06-10", None, None)], None),
    ("en", "The squad includes five uncapped players and has an average age of 25.4.", True, [("count", 5, None, None), ("duration", 25.4, "year", None)], None),
    ("en", "Fans outside the team hotel chanted \"U-S-A! U-S-A!\" as the bus pulled away.", False, [], None),
    # --- Boilerplate ---
    ("en", "(Reporting by Martyn Hollis in Liverpool; Editing by Gareth Tamblyn)", False, [], None),
    ("en", "Kickoff times are subject to change for television coverage.", False, [], None),
    ("en", "This story will be updated.", False, [], None),
]
