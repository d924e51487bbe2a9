"""Hundred-and-ninety-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Players, coaches, officials and figures
are made up (Mattis Grünewald, Adrian Kowalek, Elias Brandhuber, Joris Verhoek, Konrad
Seidlmayer, Ruben Albrecht, Nils Harmsen, Tiago Ramalho, Jakub Sedlar, Dominik Stettner, Lasse
Feddersen, Henrik Quast, Karim Ouattara, Lukas Pichlmayr, Florian Reischl, Matthias
Hinterleitner, Dario Brkić, Moritz Fellner, Sebastian Kainz, Stefan Wohlmuth, Dominik
Schürch, Marco Steiner, Reto Gschwend, Noah Perret, Beat Wyrsch, Urs Nägeli, Yann Mbeki,
Tobias Reinert, Jens Hollmann, Marcel Voigt, Frank Lemmer, Arne Wittkamp, Kasper Lindqvist,
Samuel Ofori, Vincenzo Paladino, Philipp Wendland, Lars Eckstädt, Pascal Odermatt, Ivan
Rossetti, Elias Moser, Gerald Pirker, Mario Gruber, Enzo Marchetti, Jonas Kübler, Carsten
Brehm, Loris Gerber, Benjamin Oduya, Tim Kessler, Oliver Brandes, Fabian Nussbaumer, Peter
Gstrein; Declan Whitford, Mateo Ferraz, Kieran Oyelaran, Rory Kinsella, Paul Stenning, Tomás
Ferreira, Sindre Halvorsen, Bernardo Quintela, Marc Oduro, Henrik Sandvold, Gareth Lomax,
Ruben Castelo, Tyrese Mwangi, Mark Tolley, Kristoffer Lund, Owen Radcliffe, Alfie Drummond,
Craig Pennock, Kyle Ashdown, Louis Abara, Jamal Pike, Niall Corrigan, Caio Mendonça, Hugh
Latimer, Liam Doherty, Rasmus Egholm, Jens Aalbers, Oumar Traoré, Callum Reddy, Pieter
Janssens, Xabier Olano, Paul Ashby, Graham Holt, Lucas Ndiaye, Oskar Hedlund, Bernhard Eibl,
Dario Lüthi, Danny Fairclough, Ola Svensson, Chris Mbeki, Trevor Haslam, Joe Pritchard,
Alexander Petrov, Tommy Keane, Declan Fairbairn, Ian Burrows, Luca Moretti, Gianni
Ferraresi, Felix Hartung; every unnamed fan, panel and source). Real clubs, leagues,
bodies, grounds and places ("FC Bayern München", "Bayer Leverkusen", "Allianz Arena",
"Fußball-Bundesliga", "Werder Bremen", "VfL Wolfsburg", "1. FC Union Berlin", "FC
Augsburg", "Deutsche Fußball Liga", "DFL", "FC St. Pauli", "1. FC Heidenheim", "FSV Mainz
05", "Freiburg", "Red Bull Salzburg", "Admiral Bundesliga", "LASK", "Red Bull Arena", "Sturm
Graz", "WAC", "Wolfsberger AC", "Rapid", "Austria", "Allianz Stadion", "Block West", "FC
Basel", "FC St. Gallen", "St.-Jakob-Park", "Super League", "Young Boys", "YB", "Lugano",
"Servette", "FC Zürich", "«Blick»", "Eintracht Frankfurt", "„Kicker“", "Aston Villa",
"Lens", "Birmingham", "VfL Bochum", "Borussia Mönchengladbach", "Borussia Dortmund", "SC
Freiburg", "FC Luzern", "FC Lugano", "Swissporarena", "VfB Stuttgart", "TSG Hoffenheim",
"MHPArena", "RB Leipzig", "Holstein Kiel", "SCR Altach", "Grazer AK", "GAK", "Cashpoint
Arena"; "Premier League", "Arsenal", "Liverpool", "Emirates Stadium", "Manchester City",
"Chelsea", "Etihad Stadium", "Golden Boot", "FA Cup", "Wolverhampton Wanderers", "Ipswich
Town", "Southampton", "Brentford", "Everton", "Fulham", "Goodison Park", "Tottenham
Hotspur", "Bournemouth", "Newcastle United", "Benfica", "Manchester United", "Crystal
Palace", "Brighton & Hove Albion", "Villa Park", "Key Match Incidents panel", "PGMOL",
"Bayern Munich", "Malmo", "FC Zurich", "West Ham United", "Nottingham Forest", "Lazio",
"Sky Sports", "Football Association", "Leicester City", "St. James' Park", "Napoli",
"Switzerland") stand for the way wire copy names them; every result, goal, minute, table
position, point, gap, crowd, injury, fee, fine, contract and quote here is invented, and
where a real figure came to mind it was changed.

Its weight: FOOTBALL MATCH DAY - match reports of the Bundesliga, Austrian Bundesliga,
Swiss Super League and Premier League over one weekend and the Monday after (April 18 to
20), 35 short stories in story order as the desks file them, each told as wire copy runs it
(a dateline lead with the result, the goals with their minutes, the crowd, the table and
the points gaps, attributed claims, injuries with weeks out, quotes, follow-ups). Half
German (dpa, APA, Keystone-SDA; Austrian "Zuseherinnen und Zuseher", "Tormann",
"Burschen", Swiss "Leader", "Goalie", "Penalty", "Captain", "Barrageplatz", "28'430",
"450'000 Franken", «» quotes, German „“ quotes, agate minutes "(29.)"): Bayern against
Leverkusen, the other Bundesliga Saturday games, an injury in Mainz, Salzburg against LASK,
the Vienna derby, Basel against St. Gallen, Servette against Zürich and the coach sacked,
a record sale in Frankfurt, a coach sacked in Bochum, the league's crowds, Dortmund against
Freiburg, Luzern against Lugano, a cruciate ligament in Wolfsberg, Stuttgart against
Hoffenheim, a YB sale, Leipzig against Kiel and Altach against the GAK. Half English
(Reuters, AP, PA): Arsenal against Liverpool, City against Chelsea, the relegation round-up,
a Tottenham thigh injury, a Newcastle signing, United against Palace, Villa against
Brighton, a referees' panel ruling, the league's crowds, a Bayern injury, a Salzburg sale,
the Zurich coach, West Ham against Forest, a Chelsea fine, Newcastle against Leicester,
Liverpool's captain out, a United bid and a Swiss defender to Wolfsburg. Figures as such
copy has them: scores carrying none, minutes as ordinals, table positions in words and
figures, points and gaps, crowds with German, Swiss and English grouping, injuries in days,
weeks and months with hedges and ranges, ages, contracts, fees, bonuses, a severance, a
release clause and fines in euros, francs, pounds and dollars, years, dates and hedges.
Negatives as such copy has them: players' and coaches' joy, anger, clichés and resolve in
quotes (some with a figure, labelled), fans' scene colour, a coach's label, a club's
boilerplate, refusals to comment, hopes, open questions and a rhetorical question.

240 rows (120 German, 120 English), 58 negatives (28 German, 30 English), 182 check-worthy
rows of which 22 carry no figure (17 German, 5 English), 315 expected quantities (127
counts, 95 ordinals, 49 durations - 23 in years, 10 in minutes, 10 in weeks, 3 in days, 3
in months -, 17 amounts of money - 7 EUR, 5 GBP, 3 CHF, 2 USD -, 12 dates, 8 years, 5
percentages - all in % -, 2 fractions; 6 of them in six negatives, as the seventeenth batch
labels a figure in a negative), 34 checked speakers (17 German, 17 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, case and punctuation normalised) were reworded before
the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states an
  outcome is check-worthy with or without a figure (thirty-fifth, hundred-fifty-third).
  Check-worthy without a figure: results with only a score ("mit 1:1", "mit 3:2 bezwungen",
  "2-0 at St. James' Park"), a concussion substitution, a coach sacked or replaced, a
  record sale ("Nie zuvor hat die Eintracht ... mehr Geld eingenommen."; hundred-eighty-first:
  "der höchste Transfererlös"), "mehrere Wochen" (none, as "monatelang"), a sporting
  director's stated next step (hundred-nineteenth), "Aalbers said he had held no talks ..."
  and a referees' body's appointment. New: "Southampton's relegation will be confirmed if
  they fail to beat Everton next Saturday." is check-worthy without a figure - the
  arithmetic of the table is a verifiable condition, not a forecast.
- A quoted evaluation, feeling, cliché or boast is a negative with speaker None, also with a
  named speaker (seventh, ninety-eighth, hundred-fifty-third, hundred-eighty-first); a
  reported tally or fact is check-worthy with its speaker ("Seidlmayer sagte, seine
  Mannschaft habe ... nur fünf Gegentore kassiert." -> "Seidlmayer", "Gschwend sagte, ..."
  -> "Gschwend", "Eckstädt sagte, ..." -> "Eckstädt"; hundred-eighty-first: "Kornberger
  sagte, Rapid habe 23 Torschüsse abgegeben" -> "Kornberger"). Figures in negatives are
  labelled (seventeenth, hundred-fifty-third): „... den ersten Platz verdient“ ordinal 1,
  „... nur die drei Punkte“ count 3, ""... there are still five games to play ..."" count 5
  (hundred-fifty-third: ""Six points is nothing with 10 games left"" labelled), ""... from
  the first minute to the last"" ordinal 1, ""Scoring four against ..."" count 4, and
  Stenning's "a joke" over "a second penalty" ordinal 2.
- Scores and scorelines carry none (thirty-fifth, hundred-fifty-third): "3:1", "2:0-Führung",
  "0:3-Niederlage", "beim Stand von 0:2", "2-1", "0-0", "made it 2-0".
- Minutes are ordinals (hundred-fifty-third): "in der 88. Minute", agate "(29.)", "(34.)",
  "in der 12. und in der 55. Minute" two ordinals (the noun written once, forty-sixth), "in
  der 78. und Moritz Fellner in der zweiten Minute der Nachspielzeit" 78 and 2, "in der
  vierten Minute der Nachspielzeit" 4, "the 86th minute", "in the 22nd and 64th minutes",
  "had scored in the 58th" (the noun left out, seventy-first). New: "Danny Fairclough's
  12th-minute strike" is ordinal 12 - the hyphenated adjective keeps its ordinal as
  "a first-half hat-trick" (hundred-fifty-third). "in stoppage time", "just after the hour",
  "kurz nach der Pause", "a minute's silence" none. Game time with its unit is a duration:
  "nach 20 Minuten", "nur 60 Minuten", "innerhalb von 14 Minuten", "after 35 minutes",
  "seven minutes after the break", "with 10 minutes remaining", "with 15 minutes left",
  "inside 25 minutes", "twice in five minutes", "a three-minute spell" 3 minutes.
- Table positions are ordinals (hundred-fifty-third): "Zweiter", "Dritter", "Fünfter",
  "Vierter", "Sechster", "auf Rang sieben", "auf Platz 15", "den sechsten Rang", "den
  Tabellenfünften" 5, "second on 72", "17th on 31 points", "Everton, 15th,", "sit 13th",
  "stay sixth", "in sixth". New: "Relegationsplatz 16" is ordinal 16 - the figure after the
  compound names the place as "auf Platz 15" does. "Vorletzter", "Tabellenletzter",
  "Schlusslicht", "Bottom side" none (hundred-fifty-third: "dem Tabellenvorletzten"). New:
  "second-highest fee" and "the third-highest ever received" are ordinals 2 and 3, as the
  issue's "die drittgrößte Stadt". Other ordinals: "in der 26. Runde", "Das 347. Wiener
  Derby" (hundred-eighty-first: "Das 351. Wiener Derby"), "Grünewalds 21. Saisontor", "die
  fünfte Niederlage in Serie", "seit dem vierten Spieltag", "der sechste Bundesliga-Trainer",
  "his seventh goal in six games", "the fourth Bayern defender", "a record-extending 35th
  title" (no hedge), "It is the 11th error", "across the first 330 matches" 1 and 330
  (eightieth: "in den ersten zehn Monaten").
- Points, gaps, goals and crowds are counts (hundred-fifty-third, hundred-eighty-first):
  "auf neun Punkte", "nach 29 Spieltagen 71 Punkte", "einen Punkt" 1, "einen Zähler weniger"
  1 (the "weniger" after it compares), "four points above", "14 points from safety", "one
  point behind", "three clear", definite groups ("drei der vier Genfer Tore", "11 of their
  last 13", "three of their past four", "only one of their last nine", "two of their last
  seven"; forty-first), "127 von 261 Spielen", "zweimal", "scored twice". New: "Arsenal
  opened a four-point lead" is count 4, "a three-goal lead" count 3, "the 12-team Super
  League" count 12 and "The five-member panel" count 5 - a number word heading the compound
  as "a five-point Premier League lead" (hundred-eighty-first). New: "Brighton pulled two
  back" is count 2 - a number word standing for goals with the noun left out. New: "in the
  top three" is count 3, as "The top two teams" (hundred-fifty-third). "mit einem
  lupenreinen Hattrick" none (hundred-fifty-third). Crowds: "75.000 Fans", "17.250
  Zuseherinnen und Zusehern", "28'430" and "14'900" (Swiss apostrophe), "Rund 41.000"
  "about", "60,312", "38,900", "73,418", "52,108", "im Schnitt 39.870" and "an average of
  40,560" (no hedge), "mit 81.200". "Thousands of seats" none.
- Injuries and time out (hundred-fifty-third): "etwa drei Wochen" "about", "sechs bis acht
  Wochen" and "sechs bis sieben Monate" two durations each ("voraussichtlich" no hedge),
  "mindestens zehn Tage", "mindestens vier Wochen", "at least three weeks", "at least six
  weeks" "at_least", "up to 10 weeks" "up_to", "around six weeks", "around three months"
  "about", "a five-week layoff" 5 weeks; "two days after" 2 days, "14 days to decide"
  14 days, "over the past two seasons" count 2 (a season is no unit).
- Ages are durations in years: "der 25-Jährige", "Der 19-jährige", "20-year-old",
  "Mendonça, 21,", "Wyrsch, 48,", "Svensson, 30,", "Gerber, 24,".
- Contracts and years: "einen Fünfjahresvertrag bis 2031" 5 years and 2031, "einen Vertrag
  über vier Jahre", "a five-year contract", "a four-year deal", "seit Juli 2024", "bis Juni
  2026", "until 2027", "since 1990", "in 1992", "in 2022", "in 2023", "vor zwei Jahren" 2
  years; dates "on July 1" --07-01 and Reuters datelines with a day ("LONDON, April 18
  (Reuters)", "MANCHESTER, England, April 18", "NEWCASTLE, England, April 19", "BERLIN,
  April 19", "VIENNA, April 20", "ZURICH, April 19", "LIVERPOOL, England, April 20",
  "BERNE, April 20"); dpa, APA, Keystone-SDA, AP and PA datelines none (seventy-ninth).
  "im Oktober", "in March", "in January", "in November", "in December", "this season",
  "next weekend" none.
- Money in the currency written (every batch): "62 Millionen Euro", "bis zu 70 Millionen
  Euro" "up_to", "9,5 Millionen Euro", "rund 450'000 Franken" and "rund 12 Millionen
  Franken" CHF "about", "55 million euros ($59.4 million)" EUR and USD, "could rise to 65
  million euros" (no hedge, hundred-eighty-first: "could take it to £75 million"), "63
  million pounds", "about 28 million euros" "about", "120,000 pounds", "a 75,000-pound
  penalty" GBP, "around 80 million pounds" "about", "more than 400 million pounds" "over",
  "95 million euros", "around 12 million Swiss francs ($14.8 million)" the hedge on its own
  figure only. "eine Rekordablöse" none.
- Percentages and fractions: "etwa 4 Prozent mehr" "about", "93,5 Prozent", "38 Prozent
  Ballbesitz", "up 2.3%", "97.8% of capacity"; "knapp ein Drittel" 0.3333 and "Nearly a
  quarter" 0.25 "nearly".
- Names with a figure carry none (hundred-fifty-third, hundred-eighty-first): "1. FC Union
  Berlin", "1. FC Heidenheim", "FSV Mainz 05".
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "around" "about"; "knapp",
  "Nearly" "nearly"; "more than" "over"; "bis zu", "up to" "up_to"; "mindestens", "at least"
  "at_least". No hedge: "bereits", "nur", "erst", "only", "just", "im Schnitt", "an average
  of", "voraussichtlich", "could rise to", "record-extending", "to" in a range.
- Speakers, checked only in forms the earlier batches settled: "teilte der Verein am
  Sonntagmittag mit" -> "der Verein" (the time of day dropped, hundred-fifty-third), "wie der
  Verein mitteilte", "teilte der Klub (am Sonntag) mit" -> "der Klub", "teilte der FC Basel
  mit", "teilte der WAC am Montag mit", "teilte die DFL am Montag mit" the source with its
  article; "teilte YB mit" -> "YB" (a name without an article, hundred-fifty-third:
  "teilte Swiss-Ski mit"); "Nach Angaben der Deutschen Fußball Liga" -> "die Deutsche
  Fußball Liga" and "Nach Angaben des Klubs" -> "der Klub" (nominative, hundred-fifty-second);
  "Laut Polizei" -> "Polizei"; "Hinterleitner sagte der APA" -> "Hinterleitner"; "sagte
  WAC-Trainer Gerald Pirker" and "Hoffenheims Sportdirektor Carsten Brehm sagte" the name
  with the role dropped. English: "the club said" (four times), "the league said on Monday"
  -> "the league", "the FA said" (hundred-fifty-second: "the SFO said"), "Stenning told
  reporters" (hundred-fifty-third: "Ortuño told reporters"), "Ferreira said", "Corrigan
  said", "Aalbers said", "Olano said" as written, "West Ham manager Trevor Haslam said" the
  name with the role dropped, "Bayern said", "Salzburg said on Monday", "Wolfsburg said on
  Monday" and "United said" as written (hundred-fifty-third: "Inter said"). Left unchecked
  (None): "nach Vereinsangaben", "laut Medienberichten", "Nach Informationen des «Blick»",
  "Nach Informationen des „Kicker“" (hundred-eighty-first), "according to British media
  reports" (a plural group), "according to league figures" (documents), "Swiss media put the
  fee at"; New: "according to a source familiar with the deal" and "Referees' body PGMOL
  said" are left unchecked - an anonymous source and a name in apposition after a
  description are forms no earlier batch settled. All negatives have speaker None.
- Negatives (hundred-fifty-third, hundred-eighty-first): coaches' and players' joy, anger,
  clichés and resolve („Wir haben heute gezeigt, wer in dieser Liga der Chef ist“, „Das
  Titelrennen ist für uns noch lange nicht vorbei“, «Heute hat einfach der Wille
  entschieden», ""We showed today ..."", ""We are still breathing ..."", ""Rory is our
  leader and he will come back stronger,""), a coach's label („gestohlenen Sieg“), fans'
  scene colour (celebrating, whistling, booing, applauding, singing, empty seats), a club's
  boilerplate («Loris war ein Vorbild ...», hiess es in der Mitteilung; hundred-eighty-first),
  refusals to comment ("Zur Höhe der Ablöse wollte sich die Eintracht offiziell nicht
  äußern.", "Newcastle declined to comment ...", "United declined to comment."), a player
  "not for sale at any price" (rhetoric), a hope ("Burrows said he hoped ..."), open
  questions ("Ob der Ivorer ...", "Wer Nachfolger wird, ist noch offen.", "Ob Wendland ...",
  "It is unclear whether ...") and a rhetorical question ("Wer soll diesen FCB im
  Titelrennen noch aufhalten?"; hundred-fifty-third).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_195 = [
    # --- Bayern - Leverkusen (dpa) ---
    (
        "de",
        "München (dpa) - Der FC Bayern München hat das Spitzenspiel gegen Bayer Leverkusen mit 3:1 für sich entschieden und seine Führung in der Fußball-Bundesliga auf neun Punkte ausgebaut.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "In der mit 75.000 Fans ausverkauften Allianz Arena traf Mattis Grünewald bereits in der siebten Minute per Kopf zur Führung.",
        True,
        [("count", 75000, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Leverkusen glich durch einen Foulelfmeter von Adrian Kowalek (29.) aus, ehe Grünewald kurz nach der Pause mit seinem zweiten Treffer erneut vorlegte.",
        True,
        [("ordinal", 29, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Den Schlusspunkt setzte der eingewechselte Elias Brandhuber in der 88. Minute.",
        True,
        [("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "Es war Grünewalds 21. Saisontor, womit der 25-Jährige die Torjägerliste nun mit vier Treffern Vorsprung anführt.",
        True,
        [("ordinal", 21, None, None), ("duration", 25, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Münchner haben nach 29 Spieltagen 71 Punkte, Leverkusen bleibt mit 62 Zählern Zweiter.",
        True,
        [("count", 29, None, None), ("count", 71, None, None), ("count", 62, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bei Bayer musste Kapitän Joris Verhoek bereits nach 20 Minuten mit einer Oberschenkelverletzung vom Platz.",
        True,
        [("duration", 20, "minute", None)],
        None,
    ),
    (
        "de",
        "Der Niederländer falle nach einer ersten Diagnose etwa drei Wochen aus, teilte der Verein am Sonntagmittag mit.",
        True,
        [("duration", 3, "week", "about")],
        "der Verein",
    ),
    (
        "de",
        "„Wir haben heute gezeigt, wer in dieser Liga der Chef ist“, sagte Bayern-Trainer Konrad Seidlmayer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seidlmayer sagte, seine Mannschaft habe in den vergangenen zwölf Ligaspielen nur fünf Gegentore kassiert.",
        True,
        [("count", 12, None, None), ("count", 5, None, None)],
        "Seidlmayer",
    ),
    (
        "de",
        "„Das Titelrennen ist für uns noch lange nicht vorbei“, sagte Leverkusens Trainer Ruben Albrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Fans in der Südkurve feierten die Mannschaft nach dem Abpfiff minutenlang.",
        False,
        [],
        None,
    ),
    # --- Bundesliga-Samstag (dpa) ---
    (
        "de",
        "Bremen (dpa) - Werder Bremen hat den VfL Wolfsburg mit 4:0 besiegt und ist auf Rang sieben geklettert.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Nils Harmsen traf in der 12. und in der 55. Minute, außerdem waren Tiago Ramalho (61.) und Jakub Sedlar (79.) erfolgreich.",
        True,
        [
            ("ordinal", 12, None, None),
            ("ordinal", 55, None, None),
            ("ordinal", 61, None, None),
            ("ordinal", 79, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für die Wolfsburger war es die fünfte Niederlage in Serie; sie liegen nur noch drei Punkte vor dem Relegationsplatz.",
        True,
        [("ordinal", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der 1. FC Union Berlin kam gegen den FC Augsburg nicht über ein 1:1 hinaus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Deutschen Fußball Liga fielen an diesem Spieltag 31 Tore, so viele wie seit dem vierten Spieltag nicht mehr.",
        True,
        [("count", 31, None, None), ("ordinal", 4, None, None)],
        "die Deutsche Fußball Liga",
    ),
    (
        "de",
        "Im Abstiegskampf gewann der FC St. Pauli beim 1. FC Heidenheim mit 2:1 und liegt mit 28 Punkten auf Platz 15.",
        True,
        [("count", 28, None, None), ("ordinal", 15, None, None)],
        None,
    ),
    (
        "de",
        "Heidenheim bleibt Vorletzter, der Rückstand auf das rettende Ufer beträgt fünf Spieltage vor Schluss vier Punkte.",
        True,
        [("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Wir glauben weiter an den Klassenerhalt, solange es rechnerisch möglich ist“, sagte Heidenheims Trainer Dominik Stettner.",
        False,
        [],
        None,
    ),
    # --- Verletzung in Mainz (dpa) ---
    (
        "de",
        "Mainz (dpa) - Der FSV Mainz 05 muss mehrere Wochen auf Stürmer Lasse Feddersen verzichten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 23-Jährige habe sich beim 0:2 in Freiburg einen Innenbandriss im linken Knie zugezogen, teilte der Klub am Sonntag mit.",
        True,
        [("duration", 23, "year", None)],
        "der Klub",
    ),
    (
        "de",
        "Feddersen werde voraussichtlich sechs bis acht Wochen fehlen und damit die restlichen fünf Saisonspiele verpassen.",
        True,
        [("duration", 6, "week", None), ("duration", 8, "week", None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Er hatte in dieser Saison in 26 Pflichtspielen elf Tore erzielt.",
        True,
        [("count", 26, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "„Das tut uns allen unglaublich weh, Lasse war in Topform“, sagte Sportdirektor Henrik Quast.",
        False,
        [],
        None,
    ),
    # --- Salzburg - LASK (APA) ---
    (
        "de",
        "Salzburg (APA) - Die Mozartstädter haben in der 26. Runde der Admiral Bundesliga den LASK mit 2:0 geschlagen und die Tabellenführung übernommen.",
        True,
        [("ordinal", 26, None, None)],
        None,
    ),
    (
        "de",
        "Vor 17.250 Zuseherinnen und Zusehern in der Red Bull Arena trafen Karim Ouattara (34.) und Lukas Pichlmayr (71.).",
        True,
        [("count", 17250, None, None), ("ordinal", 34, None, None), ("ordinal", 71, None, None)],
        None,
    ),
    (
        "de",
        "Die Salzburger liegen nun einen Punkt vor Sturm Graz, das beim WAC nur 1:1 spielte.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der LASK rutschte auf Rang vier ab und hat bereits sieben Zähler Rückstand auf die Spitze.",
        True,
        [("ordinal", 4, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "LASK-Tormann Florian Reischl sah in der 63. Minute nach einer Notbremse die Rote Karte.",
        True,
        [("ordinal", 63, None, None)],
        None,
    ),
    (
        "de",
        "„Das war eine reife Leistung, die Burschen haben sich den ersten Platz verdient“, sagte Salzburg-Trainer Matthias Hinterleitner.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Hinterleitner sagte der APA, Ouattara habe wegen einer Zerrung nur 60 Minuten spielen können.",
        True,
        [("duration", 60, "minute", None)],
        "Hinterleitner",
    ),
    (
        "de",
        "Ob der Ivorer am Mittwoch im Cup-Halbfinale spielen kann, ist offen.",
        False,
        [],
        None,
    ),
    # --- Wiener Derby (APA) ---
    (
        "de",
        "Wien (APA) - Das 347. Wiener Derby ist mit einem 2:2 zwischen Rapid und der Austria zu Ende gegangen.",
        True,
        [("ordinal", 347, None, None)],
        None,
    ),
    (
        "de",
        "Im Allianz Stadion sahen 26.800 Zuschauer, wie Rapid nach einer 2:0-Führung in der Nachspielzeit noch den Ausgleich hinnehmen musste.",
        True,
        [("count", 26800, None, None)],
        None,
    ),
    (
        "de",
        "Die Austria-Treffer erzielten Dario Brkić in der 78. und Moritz Fellner in der zweiten Minute der Nachspielzeit.",
        True,
        [("ordinal", 78, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Rapid bleibt damit Dritter, die Austria ist punktegleich Fünfter.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Laut Polizei nahmen die Beamten im Umfeld der Partie 14 Personen fest, zwei Polizisten wurden leicht verletzt.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        "Polizei",
    ),
    (
        "de",
        "„So ein Gegentor in der letzten Sekunde ist einfach brutal“, sagte Rapid-Kapitän Sebastian Kainz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rapid-Trainer Stefan Wohlmuth sprach von einem „gestohlenen Sieg“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Fans im Block West pfiffen die eigene Mannschaft nach dem Schlusspfiff aus.",
        False,
        [],
        None,
    ),
    # --- Basel - St. Gallen (Keystone-SDA) ---
    (
        "de",
        "Basel (Keystone-SDA) - Der FC Basel hat in der Super League den FC St. Gallen mit 3:2 bezwungen und ist neuer Leader.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 28'430 Zuschauern im St.-Jakob-Park erzielte Dominik Schürch in der 90. Minute den Siegtreffer.",
        True,
        [("count", 28430, None, None), ("ordinal", 90, None, None)],
        None,
    ),
    (
        "de",
        "Zuvor hatte St. Gallen zweimal einen Rückstand aufgeholt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der FCB liegt nach 31 Runden zwei Punkte vor den Young Boys, die gegen Lugano torlos spielten.",
        True,
        [("count", 31, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Basels Goalie Marco Steiner musste in der Pause mit einer Gehirnerschütterung ausgewechselt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Steiner fällt mindestens zehn Tage aus, teilte der FC Basel mit.",
        True,
        [("duration", 10, "day", "at_least")],
        "der FC Basel",
    ),
    (
        "de",
        "«Diese Mannschaft hat bis zur letzten Sekunde an sich geglaubt», sagte FCB-Trainer Reto Gschwend.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gschwend sagte, sein Team habe in den letzten acht Heimspielen 22 Punkte geholt.",
        True,
        [("count", 8, None, None), ("count", 22, None, None)],
        "Gschwend",
    ),
    (
        "de",
        "Wer soll diesen FCB im Titelrennen noch aufhalten?",
        False,
        [],
        None,
    ),
    # --- Servette - Zürich, Trainerwechsel (Keystone-SDA) ---
    (
        "de",
        "Genf (Keystone-SDA) - Servette hat den FC Zürich mit 4:1 deklassiert und den dritten Platz gefestigt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der 19-jährige Noah Perret erzielte mit einem lupenreinen Hattrick innerhalb von 14 Minuten drei der vier Genfer Tore.",
        True,
        [
            ("duration", 19, "year", None),
            ("duration", 14, "minute", None),
            ("count", 3, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für den FCZ ist es die dritte Niederlage in Folge; der Klub liegt nur noch vier Punkte vor dem Barrageplatz.",
        True,
        [("ordinal", 3, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der FC Zürich trennte sich am Sonntagabend von Trainer Beat Wyrsch, wie der Verein mitteilte.",
        True,
        [],
        "der Verein",
    ),
    (
        "de",
        "Wyrsch war erst im Oktober verpflichtet worden und hatte in 24 Spielen nur sieben Siege geholt.",
        True,
        [("count", 24, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "«Wir mussten reagieren, die Entwicklung der letzten Wochen liess keine andere Wahl», sagte Sportchef Urs Nägeli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Informationen des «Blick» erhält Wyrsch eine Abfindung von rund 450'000 Franken.",
        True,
        [("money", 450000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Wer Nachfolger wird, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Rekordtransfer in Frankfurt (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt verkauft Mittelfeldspieler Yann Mbeki für eine Rekordablöse an Aston Villa.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Informationen des „Kicker“ zahlen die Engländer 62 Millionen Euro, mit Bonuszahlungen könnte die Summe auf bis zu 70 Millionen Euro steigen.",
        True,
        [("money", 62000000, "EUR", None), ("money", 70000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Nie zuvor hat die Eintracht für einen Spieler mehr Geld eingenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 22-Jährige war erst vor zwei Jahren für 9,5 Millionen Euro aus Lens gekommen.",
        True,
        [("duration", 22, "year", None), ("duration", 2, "year", None), ("money", 9500000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mbeki unterschreibt in Birmingham einen Fünfjahresvertrag bis 2031.",
        True,
        [("duration", 5, "year", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "„Yann hat sich diesen Schritt verdient, wir lassen ihn mit einem lachenden und einem weinenden Auge gehen“, sagte Sportvorstand Tobias Reinert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zur Höhe der Ablöse wollte sich die Eintracht offiziell nicht äußern.",
        False,
        [],
        None,
    ),
    # --- Trainerentlassung in Bochum (dpa) ---
    (
        "de",
        "Bochum (dpa) - Der VfL Bochum hat sich nach der 0:3-Niederlage gegen Borussia Mönchengladbach von Trainer Jens Hollmann getrennt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 51-Jährige war seit Juli 2024 im Amt und ist bereits der sechste Bundesliga-Trainer, den es in dieser Spielzeit erwischt.",
        True,
        [("duration", 51, "year", None), ("year", 2024, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Bochum ist mit 19 Punkten Tabellenletzter und hat sieben Punkte Rückstand auf Relegationsplatz 16.",
        True,
        [("count", 19, None, None), ("count", 7, None, None), ("ordinal", 16, None, None)],
        None,
    ),
    (
        "de",
        "Bis zum Saisonende übernimmt Co-Trainer Marcel Voigt, teilte der Klub mit.",
        True,
        [],
        "der Klub",
    ),
    (
        "de",
        "„Wir mussten einen neuen Impuls setzen, bevor es zu spät ist“, sagte Geschäftsführer Frank Lemmer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollmann hatte in 27 Ligaspielen nur vier Siege geholt, knapp ein Drittel seiner Spiele endete remis.",
        True,
        [("count", 27, None, None), ("count", 4, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Fans hatten schon beim Stand von 0:2 lautstark seine Entlassung gefordert.",
        False,
        [],
        None,
    ),
    # --- Zuschauerzahlen (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Bundesliga steuert in dieser Saison auf einen Zuschauerrekord zu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach 29 Spieltagen kamen im Schnitt 39.870 Besucher pro Partie in die Stadien, teilte die DFL am Montag mit.",
        True,
        [("count", 29, None, None), ("count", 39870, None, None)],
        "die DFL",
    ),
    (
        "de",
        "Das sind etwa 4 Prozent mehr als in der Vorsaison.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Auslastung lag bei 93,5 Prozent, 127 von 261 Spielen waren ausverkauft.",
        True,
        [("percent", 93.5, "%", None), ("count", 127, None, None), ("count", 261, None, None)],
        None,
    ),
    (
        "de",
        "Spitzenreiter beim Zuschauerschnitt bleibt Borussia Dortmund mit 81.200.",
        True,
        [("count", 81200, None, None)],
        None,
    ),
    (
        "de",
        "„Die Stadien sind voll, das zeigt, wie stark unser Produkt ist“, sagte DFL-Geschäftsführer Arne Wittkamp.",
        False,
        [],
        None,
    ),
    # --- Dortmund - Freiburg (dpa) ---
    (
        "de",
        "Dortmund (dpa) - Borussia Dortmund hat beim 2:2 gegen den SC Freiburg einen sicher geglaubten Sieg in der Schlussphase verspielt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der BVB führte durch Tore von Kasper Lindqvist (23.) und Samuel Ofori (67.) bereits mit 2:0.",
        True,
        [("ordinal", 23, None, None), ("ordinal", 67, None, None)],
        None,
    ),
    (
        "de",
        "Freiburg kam durch Vincenzo Paladino in der 84. Minute und einen Handelfmeter in der vierten Minute der Nachspielzeit zurück.",
        True,
        [("ordinal", 84, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Dortmund bleibt mit 51 Punkten Vierter, hat aber nur noch zwei Zähler Vorsprung auf den Tabellenfünften Stuttgart.",
        True,
        [("count", 51, None, None), ("ordinal", 4, None, None), ("count", 2, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Torhüter Philipp Wendland zog sich nach Vereinsangaben einen Mittelhandbruch zu und fällt mindestens vier Wochen aus.",
        True,
        [("duration", 4, "week", "at_least")],
        None,
    ),
    (
        "de",
        "„Das fühlt sich an wie eine Niederlage“, sagte BVB-Trainer Lars Eckstädt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eckstädt sagte, sein Team habe in der zweiten Halbzeit nur noch 38 Prozent Ballbesitz gehabt.",
        True,
        [("ordinal", 2, None, None), ("percent", 38, "%", None)],
        "Eckstädt",
    ),
    (
        "de",
        "Ob Wendland bis zum Saisonende zurückkehrt, ließ der Klub offen.",
        False,
        [],
        None,
    ),
    # --- Luzern - Lugano (Keystone-SDA) ---
    (
        "de",
        "Luzern (Keystone-SDA) - Der FC Luzern hat den FC Lugano mit 1:0 besiegt und die Tessiner in der Tabelle überholt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das goldene Tor erzielte Captain Pascal Odermatt mit einem Penalty in der 58. Minute.",
        True,
        [("ordinal", 58, None, None)],
        None,
    ),
    (
        "de",
        "Luzern ist neu Fünfter, Lugano fiel auf den sechsten Rang zurück.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "In der Swissporarena waren 14'900 Zuschauer, so viele wie noch nie in dieser Saison.",
        True,
        [("count", 14900, None, None)],
        None,
    ),
    (
        "de",
        "Lugano-Verteidiger Ivan Rossetti wurde in der 81. Minute mit Gelb-Rot vom Platz gestellt.",
        True,
        [("ordinal", 81, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Klubs erlitt Rossetti zudem einen Muskelfaserriss und fällt etwa drei Wochen aus.",
        True,
        [("duration", 3, "week", "about")],
        "der Klub",
    ),
    (
        "de",
        "«Heute hat einfach der Wille entschieden», sagte Odermatt.",
        False,
        [],
        None,
    ),
    # --- Kreuzbandriss beim WAC (APA) ---
    (
        "de",
        "Wolfsberg (APA) - Der Wolfsberger AC muss in der Meistergruppe vorerst ohne Stürmer Elias Moser auskommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 27-jährige Kärntner hat sich im Training einen Kreuzbandriss zugezogen, teilte der WAC am Montag mit.",
        True,
        [("duration", 27, "year", None)],
        "der WAC",
    ),
    (
        "de",
        "Moser, der in dieser Saison 14 Tore erzielt hat, falle voraussichtlich sechs bis sieben Monate aus, sagte WAC-Trainer Gerald Pirker.",
        True,
        [("count", 14, None, None), ("duration", 6, "month", None), ("duration", 7, "month", None)],
        "Gerald Pirker",
    ),
    (
        "de",
        "„Für Elias und für uns ist das ein bitterer Rückschlag“, sagte Pirker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der WAC verpflichtete noch am selben Tag den vereinslosen Mario Gruber, der einen Vertrag bis Juni 2026 erhielt.",
        True,
        [("year", 2026, None, None)],
        None,
    ),
    # --- Stuttgart - Hoffenheim (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Der VfB Stuttgart hat die TSG Hoffenheim mit 3:0 besiegt und den dritten Heimsieg in Folge gefeiert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Vor 60.000 Zuschauern in der MHPArena traf Enzo Marchetti zweimal, ehe Jonas Kübler in der 76. Minute den Endstand herstellte.",
        True,
        [("count", 60000, None, None), ("count", 2, None, None), ("ordinal", 76, None, None)],
        None,
    ),
    (
        "de",
        "Hoffenheim wartet seit neun Spielen auf einen Sieg und ist auf Platz 14 abgerutscht.",
        True,
        [("count", 9, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute endlich das umgesetzt, was wir uns die ganze Woche vorgenommen haben“, sagte Marchetti.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hoffenheims Sportdirektor Carsten Brehm sagte, über die Zukunft des Trainers werde erst nach dem Saisonende gesprochen.",
        True,
        [],
        "Carsten Brehm",
    ),
    # --- YB verkauft Gerber (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Young Boys haben Abwehrchef Loris Gerber an den VfL Wolfsburg verkauft.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Ablöse beträgt laut Medienberichten rund 12 Millionen Franken.",
        True,
        [("money", 12000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Der 24-jährige Innenverteidiger unterschreibt in Wolfsburg einen Vertrag über vier Jahre.",
        True,
        [("duration", 24, "year", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Gerber hatte für YB in fünf Jahren 163 Pflichtspiele bestritten und drei Meistertitel gewonnen, teilte YB mit.",
        True,
        [("duration", 5, "year", None), ("count", 163, None, None), ("count", 3, None, None)],
        "YB",
    ),
    (
        "de",
        "«Loris war ein Vorbild auf und neben dem Platz», hiess es in der Mitteilung des Klubs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Ich werde diesen Klub immer im Herzen tragen», sagte Gerber.",
        False,
        [],
        None,
    ),
    # --- Leipzig - Kiel (dpa) ---
    (
        "de",
        "Leipzig (dpa) - RB Leipzig hat beim 1:0 gegen Holstein Kiel einen mühsamen Pflichtsieg eingefahren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Tor des Tages erzielte Benjamin Oduya in der 52. Minute nach Vorarbeit von Tim Kessler.",
        True,
        [("ordinal", 52, None, None)],
        None,
    ),
    (
        "de",
        "Die Kieler kamen in der gesamten Partie auf nur zwei Torschüsse.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Leipzig ist mit 50 Punkten Sechster und hat damit einen Zähler weniger als Dortmund.",
        True,
        [("count", 50, None, None), ("ordinal", 6, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Schön war das nicht, aber am Ende zählen nur die drei Punkte“, sagte RB-Trainer Oliver Brandes.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rund 41.000 Zuschauer sahen die Partie in der Red Bull Arena.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    # --- Altach - GAK (APA) ---
    (
        "de",
        "Altach (APA) - Der SCR Altach hat im Kampf gegen den Abstieg einen wichtigen Sieg gefeiert und den Grazer AK mit 2:1 bezwungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Altach liegt in der Qualifikationsgruppe nun drei Punkte vor dem GAK, der das Schlusslicht bildet.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Siegtreffer fiel durch einen Kopfball von Fabian Nussbaumer in der 89. Minute.",
        True,
        [("ordinal", 89, None, None)],
        None,
    ),
    (
        "de",
        "Nur 4.100 Zuseher waren in die Cashpoint Arena gekommen.",
        True,
        [("count", 4100, None, None)],
        None,
    ),
    (
        "de",
        "„Wir leben noch, mehr nicht“, sagte Altachs Trainer Peter Gstrein.",
        False,
        [],
        None,
    ),
    # --- Arsenal - Liverpool (Reuters) ---
    (
        "en",
        "LONDON, April 18 (Reuters) - Arsenal opened a four-point lead over their title rivals in the Premier League with a 2-1 win over Liverpool at the Emirates Stadium on Saturday.",
        True,
        [("date", "--04-18", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Declan Whitford headed Arsenal in front in the 17th minute before Liverpool levelled through a Mateo Ferraz penalty seven minutes after the break.",
        True,
        [("ordinal", 17, None, None), ("duration", 7, "minute", None)],
        None,
    ),
    (
        "en",
        "Substitute Kieran Oyelaran won it with a low shot in the 86th minute, his first league goal for the club.",
        True,
        [("ordinal", 86, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Arsenal have 76 points from 33 matches, with Manchester City second on 72 and Liverpool third on 68.",
        True,
        [
            ("count", 76, None, None),
            ("count", 33, None, None),
            ("ordinal", 2, None, None),
            ("count", 72, None, None),
            ("ordinal", 3, None, None),
            ("count", 68, None, None),
        ],
        None,
    ),
    (
        "en",
        "The crowd of 60,312 was the largest at the Emirates this season, the club said.",
        True,
        [("count", 60312, None, None)],
        "the club",
    ),
    (
        "en",
        "Liverpool captain Rory Kinsella limped off after 35 minutes with what his manager later described as a hamstring injury.",
        True,
        [("duration", 35, "minute", None)],
        None,
    ),
    (
        "en",
        'Liverpool manager Paul Stenning said the decision not to award a second penalty had been "a joke".',
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Stenning told reporters that Kinsella would have a scan on Monday and was likely to miss at least three weeks.",
        True,
        [("duration", 3, "week", "at_least")],
        "Stenning",
    ),
    (
        "en",
        '"We showed today that we can handle the pressure," Arsenal manager Tomás Ferreira said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Nothing is decided yet, there are still five games to play and anything can happen," said Ferreira.',
        False,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Ferreira said his side had won 11 of their last 13 league games.",
        True,
        [("count", 11, None, None), ("count", 13, None, None)],
        "Ferreira",
    ),
    # --- Manchester City - Chelsea (Reuters) ---
    (
        "en",
        "MANCHESTER, England, April 18 (Reuters) - Manchester City kept up the pressure on Arsenal with a 3-0 victory over Chelsea at the Etihad Stadium.",
        True,
        [("date", "--04-18", None, None)],
        None,
    ),
    (
        "en",
        "Norwegian striker Sindre Halvorsen scored twice, in the 22nd and 64th minutes, lifting his league total to 24 goals.",
        True,
        [("count", 2, None, None), ("ordinal", 22, None, None), ("ordinal", 64, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Halvorsen's 24 goals put him three clear of Arsenal's Whitford in the race for the Golden Boot.",
        True,
        [("count", 24, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Bernardo Quintela added the third from the penalty spot with 10 minutes remaining.",
        True,
        [("ordinal", 3, None, None), ("duration", 10, "minute", None)],
        None,
    ),
    (
        "en",
        "Chelsea, beaten in three of their past four away games, remain sixth on 54 points.",
        True,
        [("count", 3, None, None), ("count", 4, None, None), ("ordinal", 6, None, None), ("count", 54, None, None)],
        None,
    ),
    (
        "en",
        "Chelsea defender Marc Oduro was sent off for a second booking in the 71st minute.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 71, None, None)],
        None,
    ),
    (
        "en",
        '"The boys were outstanding from the first minute to the last," City manager Henrik Sandvold said.',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"We have to look at ourselves, this was simply not good enough," Chelsea manager Gareth Lomax told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is unclear whether Oduro's suspension will rule him out of next week's FA Cup semi-final.",
        False,
        [],
        None,
    ),
    # --- Relegation round-up (PA) ---
    (
        "en",
        "LONDON (PA) - Wolverhampton Wanderers moved out of the relegation zone with a 2-0 win at Ipswich Town.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Goals from Ruben Castelo in the 38th minute and Tyrese Mwangi in stoppage time lifted Wolves to 17th on 31 points.",
        True,
        [("ordinal", 38, None, None), ("ordinal", 17, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Ipswich drop to 18th, one point behind Wolves with five matches left.",
        True,
        [("ordinal", 18, None, None), ("count", 1, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"I told the players at half-time that every game is a cup final for us now," Ipswich manager Mark Tolley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ipswich fans applauded their team off despite the defeat.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Bottom side Southampton were beaten 3-1 at home by Brentford and are now 14 points from safety.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Brentford's Kristoffer Lund scored twice as the visitors recorded their sixth away win of the season.",
        True,
        [("count", 2, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Southampton have conceded 78 goals in 33 matches, the most in the division.",
        True,
        [("count", 78, None, None), ("count", 33, None, None)],
        None,
    ),
    (
        "en",
        "Southampton's relegation will be confirmed if they fail to beat Everton next Saturday.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"It is embarrassing and I take full responsibility," Southampton manager Owen Radcliffe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Everton, 15th, came from behind to draw 2-2 with Fulham at Goodison Park in front of 38,900.",
        True,
        [("ordinal", 15, None, None), ("count", 38900, None, None)],
        None,
    ),
    (
        "en",
        "Fulham midfielder Alfie Drummond scored his seventh goal in six games.",
        True,
        [("ordinal", 7, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        '"We are still breathing and that is all you can ask for at this stage," said Wolves manager Craig Pennock.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wolves fans sang their manager's name long after the final whistle.",
        False,
        [],
        None,
    ),
    # --- Tottenham injury (Reuters) ---
    (
        "en",
        "LONDON, April 19 (Reuters) - Tottenham Hotspur forward Kyle Ashdown will be out for up to 10 weeks after tearing a thigh muscle in Sunday's 1-1 draw at Bournemouth, the club said.",
        True,
        [("date", "--04-19", None, None), ("duration", 10, "week", "up_to")],
        "the club",
    ),
    (
        "en",
        "The 26-year-old, who has scored 13 goals in all competitions this season, is expected to miss the rest of the campaign.",
        True,
        [("duration", 26, "year", None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Ashdown had only returned in March from a five-week layoff with an ankle problem.",
        True,
        [("duration", 5, "week", None)],
        None,
    ),
    (
        "en",
        "Bournemouth equalised through Louis Abara in the 90th minute after Ashdown's replacement, Jamal Pike, had scored in the 58th.",
        True,
        [("ordinal", 90, None, None), ("ordinal", 58, None, None)],
        None,
    ),
    (
        "en",
        "Spurs are 12th in the table, 11 points off the European places.",
        True,
        [("ordinal", 12, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        '"It is a massive blow for Kyle and for all of us," Tottenham manager Niall Corrigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Corrigan said the club had seven first-team players currently injured.",
        True,
        [("count", 7, None, None)],
        "Corrigan",
    ),
    # --- Newcastle signing (Reuters) ---
    (
        "en",
        "NEWCASTLE, England, April 19 (Reuters) - Newcastle United have agreed a deal to sign Brazilian winger Caio Mendonça from Benfica for 55 million euros ($59.4 million), the club said on Sunday.",
        True,
        [("date", "--04-19", None, None), ("money", 55000000, "EUR", None), ("money", 59400000, "USD", None)],
        "the club",
    ),
    (
        "en",
        "The fee could rise to 65 million euros with add-ons, according to a source familiar with the deal.",
        True,
        [("money", 65000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Mendonça, 21, has signed a five-year contract and will join in July.",
        True,
        [("duration", 21, "year", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "He scored 17 goals and provided nine assists in 41 matches for Benfica this season.",
        True,
        [("count", 17, None, None), ("count", 9, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "It would be the second-highest fee Newcastle have paid, behind the 63 million pounds spent on a striker in 2023.",
        True,
        [("ordinal", 2, None, None), ("money", 63000000, "GBP", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"Caio is exactly the type of player we want to build around," sporting director Hugh Latimer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Newcastle declined to comment on the structure of the payments.",
        False,
        [],
        None,
    ),
    # --- Manchester United - Crystal Palace (AP) ---
    (
        "en",
        "MANCHESTER, England (AP) — Manchester United's winless run reached eight games after a 0-0 draw at home to Crystal Palace on Sunday.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "United have taken just 39 points from 33 games and sit 13th, their lowest position at this stage of a season since 1990.",
        True,
        [("count", 39, None, None), ("count", 33, None, None), ("ordinal", 13, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "The official attendance was 73,418, United said.",
        True,
        [("count", 73418, None, None)],
        "United",
    ),
    (
        "en",
        "Thousands of seats were empty long before the final whistle.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Palace goalkeeper Liam Doherty made eight saves, including a penalty stop from Rasmus Egholm in the 44th minute.",
        True,
        [("count", 8, None, None), ("ordinal", 44, None, None)],
        None,
    ),
    (
        "en",
        '"I understand the frustration of the fans, I feel it too," United manager Jens Aalbers said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"This club will never accept mediocrity," Aalbers added.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aalbers said he had held no talks with the board about his future.",
        True,
        [],
        "Aalbers",
    ),
    (
        "en",
        "The Dutchman was appointed in November on a contract until 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Aston Villa - Brighton (PA) ---
    (
        "en",
        "BIRMINGHAM (PA) - Aston Villa strengthened their grip on fifth place with a 4-2 win over Brighton & Hove Albion at Villa Park.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Villa raced into a three-goal lead inside 25 minutes through Oumar Traoré, Callum Reddy and an own goal by Brighton defender Pieter Janssens.",
        True,
        [("count", 3, None, None), ("duration", 25, "minute", None)],
        None,
    ),
    (
        "en",
        "Brighton pulled two back before half-time, but Traoré sealed the win with his second goal in the 81st minute.",
        True,
        [("count", 2, None, None), ("ordinal", 2, None, None), ("ordinal", 81, None, None)],
        None,
    ),
    (
        "en",
        "Villa are six points clear of Newcastle in sixth with five games remaining.",
        True,
        [("count", 6, None, None), ("ordinal", 6, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Brighton have now conceded 52 goals, more than any side in the top half.",
        True,
        [("count", 52, None, None)],
        None,
    ),
    (
        "en",
        '"Scoring four against a team like Brighton says everything about where we are," Villa manager Xabier Olano said.',
        False,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Olano said Reddy had played the second half with a broken toe.",
        True,
        [("ordinal", 2, None, None)],
        "Olano",
    ),
    # --- Referee panel (PA) ---
    (
        "en",
        "LONDON (PA) - The Premier League's Key Match Incidents panel ruled that Liverpool should have been awarded a second penalty in the 74th minute at the Emirates.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 74, None, None)],
        None,
    ),
    (
        "en",
        "The five-member panel found by a majority that referee Paul Ashby had missed a clear foul on Ferraz.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "It is the 11th error the panel has identified this season.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        '"We don\'t need a panel to tell us what everyone in the stadium saw," Stenning said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Referees' body PGMOL said Ashby would still take charge of a Premier League match next weekend.",
        True,
        [],
        None,
    ),
    # --- Premier League attendances (Reuters) ---
    (
        "en",
        "LONDON, April 20 (Reuters) - Premier League attendances have reached an average of 40,560 per match this season, the league said on Monday.",
        True,
        [("date", "--04-20", None, None), ("count", 40560, None, None)],
        "the league",
    ),
    (
        "en",
        "That is up 2.3% on last season and the highest figure since the competition began in 1992.",
        True,
        [("percent", 2.3, "%", None), ("year", 1992, None, None)],
        None,
    ),
    (
        "en",
        "Stadiums were filled to 97.8% of capacity across the first 330 matches.",
        True,
        [("percent", 97.8, "%", None), ("ordinal", 1, None, None), ("count", 330, None, None)],
        None,
    ),
    (
        "en",
        "Nearly a quarter of all tickets sold went to away supporters, according to league figures.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        '"Full stadiums are the lifeblood of English football," Premier League chief executive Graham Holt said.',
        False,
        [],
        None,
    ),
    # --- Bayern injury (Reuters) ---
    (
        "en",
        "BERLIN, April 19 (Reuters) - Bayern Munich's injury list grew on Sunday after defender Lucas Ndiaye was ruled out for around six weeks with a broken foot.",
        True,
        [("date", "--04-19", None, None), ("duration", 6, "week", "about")],
        None,
    ),
    (
        "en",
        "The 29-year-old France international was hurt in training two days after Saturday's 3-1 win over Bayer Leverkusen, Bayern said.",
        True,
        [("duration", 29, "year", None), ("duration", 2, "day", None)],
        "Bayern",
    ),
    (
        "en",
        "Ndiaye is the fourth Bayern defender to be sidelined this month.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Bavarians lead the standings by nine points with five rounds remaining and can clinch a record-extending 35th title next weekend.",
        True,
        [("count", 9, None, None), ("count", 5, None, None), ("ordinal", 35, None, None)],
        None,
    ),
    (
        "en",
        '"We have enough quality in the squad to cope," Bayern coach Konrad Seidlmayer said.',
        False,
        [],
        None,
    ),
    # --- Salzburg sale (Reuters) ---
    (
        "en",
        "VIENNA, April 20 (Reuters) - Red Bull Salzburg have sold 20-year-old midfielder Oskar Hedlund to Brighton & Hove Albion for a fee of about 28 million euros, Salzburg said on Monday.",
        True,
        [("date", "--04-20", None, None), ("duration", 20, "year", None), ("money", 28000000, "EUR", "about")],
        "Salzburg",
    ),
    (
        "en",
        "The Swede joined Salzburg from Malmo in 2022 and has made 97 appearances, scoring 21 goals.",
        True,
        [("year", 2022, None, None), ("count", 97, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "en",
        "The fee is the third-highest ever received by an Austrian club.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Hedlund will complete the season in Austria before moving to England on July 1.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        '"Oskar has a huge future and we are proud to have played a part in it," Salzburg sporting director Bernhard Eibl said.',
        False,
        [],
        None,
    ),
    # --- FC Zurich coach (Reuters) ---
    (
        "en",
        "ZURICH, April 19 (Reuters) - Swiss side FC Zurich sacked coach Beat Wyrsch on Sunday after a 4-1 defeat at Servette, the club's third loss in a row.",
        True,
        [("date", "--04-19", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Wyrsch, 48, leaves with Zurich eighth in the 12-team Super League and four points above the relegation play-off place.",
        True,
        [
            ("duration", 48, "year", None),
            ("ordinal", 8, None, None),
            ("count", 12, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Assistant coach Dario Lüthi will take charge for the remaining seven matches, the club said.",
        True,
        [("count", 7, None, None)],
        "the club",
    ),
    # --- West Ham - Nottingham Forest (PA) ---
    (
        "en",
        "LONDON (PA) - Nottingham Forest ended a run of four straight defeats with a 3-1 win at West Ham United on Sunday.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Forest were trailing after Danny Fairclough's 12th-minute strike but hit back through Ola Svensson, who scored twice in five minutes just after the hour.",
        True,
        [("ordinal", 12, None, None), ("count", 2, None, None), ("duration", 5, "minute", None)],
        None,
    ),
    (
        "en",
        "Chris Mbeki added a third in the 88th minute to lift Forest to 10th.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 88, None, None), ("ordinal", 10, None, None)],
        None,
    ),
    (
        "en",
        "West Ham, who have won only one of their last nine matches, slip to 14th.",
        True,
        [("count", 1, None, None), ("count", 9, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Svensson, 30, has now scored nine goals since his loan move from Lazio in January.",
        True,
        [("duration", 30, "year", None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        '"That\'s the Forest we know, we never stopped running," Svensson told Sky Sports.',
        False,
        [],
        None,
    ),
    (
        "en",
        "West Ham supporters booed their team off at half-time and again at the end.",
        False,
        [],
        None,
    ),
    (
        "en",
        "West Ham manager Trevor Haslam said captain Joe Pritchard had suffered a suspected broken collarbone and would miss at least six weeks.",
        True,
        [("duration", 6, "week", "at_least")],
        "Trevor Haslam",
    ),
    # --- Chelsea fined (Reuters) ---
    (
        "en",
        "LONDON, April 20 (Reuters) - Chelsea have been fined 120,000 pounds by the Football Association for failing to control their players during Saturday's defeat at Manchester City.",
        True,
        [("date", "--04-20", None, None), ("money", 120000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Five Chelsea players were booked in a three-minute spell after Oduro's dismissal, the FA said.",
        True,
        [("count", 5, None, None), ("duration", 3, "minute", None)],
        "the FA",
    ),
    (
        "en",
        "Chelsea accepted the charge and have 14 days to decide whether to appeal against the size of the fine.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        "It is Chelsea's second such fine this season after a 75,000-pound penalty in December.",
        True,
        [("ordinal", 2, None, None), ("money", 75000, "GBP", None)],
        None,
    ),
    # --- Newcastle - Leicester (AP) ---
    (
        "en",
        "NEWCASTLE, England (AP) — Newcastle beat relegation-threatened Leicester City 2-0 at St. James' Park on Sunday to stay in the race for Champions League qualification.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Alexander Petrov opened the scoring in the 41st minute and Tommy Keane made it 2-0 with 15 minutes left.",
        True,
        [("ordinal", 41, None, None), ("duration", 15, "minute", None)],
        None,
    ),
    (
        "en",
        "Leicester, who have not won in 10 league games, are 19th and 12 points from safety.",
        True,
        [("count", 10, None, None), ("ordinal", 19, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The crowd of 52,108 observed a minute's silence before kickoff in memory of a former club captain who died last week.",
        True,
        [("count", 52108, None, None)],
        None,
    ),
    (
        "en",
        '"We are not giving up, we owe it to these supporters," Leicester manager Declan Fairbairn said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Newcastle manager Ian Burrows said he hoped Mendonça would give his team an extra dimension next season.",
        False,
        [],
        None,
    ),
    # --- Liverpool captain out (Reuters) ---
    (
        "en",
        "LIVERPOOL, England, April 20 (Reuters) - Liverpool captain Rory Kinsella will miss the rest of the season with a torn hamstring, the club said on Monday, a blow to their bid to finish in the top three.",
        True,
        [("date", "--04-20", None, None), ("count", 3, None, None)],
        "the club",
    ),
    (
        "en",
        "Scans showed the 28-year-old needs surgery and faces around three months out.",
        True,
        [("duration", 28, "year", None), ("duration", 3, "month", "about")],
        None,
    ),
    (
        "en",
        "Kinsella has missed 19 matches through injury over the past two seasons.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Liverpool have won only two of their last seven away games in all competitions.",
        True,
        [("count", 2, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        '"Rory is our leader and he will come back stronger," Stenning said.',
        False,
        [],
        None,
    ),
    # --- Manchester United bid (PA) ---
    (
        "en",
        "LONDON (PA) - Manchester United are preparing a bid of around 80 million pounds for Napoli striker Luca Moretti, according to British media reports.",
        True,
        [("money", 80000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The 25-year-old Italian has two years left on his contract, which includes a release clause of 95 million euros.",
        True,
        [("duration", 25, "year", None), ("duration", 2, "year", None), ("money", 95000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "United spent more than 400 million pounds on new players in the last three transfer windows.",
        True,
        [("money", 400000000, "GBP", "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        'Napoli sporting director Gianni Ferraresi said the player was "not for sale at any price."',
        False,
        [],
        None,
    ),
    (
        "en",
        "United declined to comment.",
        False,
        [],
        None,
    ),
    # --- Wolfsburg sign Gerber (Reuters) ---
    (
        "en",
        "BERNE, April 20 (Reuters) - VfL Wolfsburg have signed Swiss centre back Loris Gerber from Young Boys on a four-year deal, Wolfsburg said on Monday.",
        True,
        [("date", "--04-20", None, None), ("duration", 4, "year", None)],
        "Wolfsburg",
    ),
    (
        "en",
        "Swiss media put the fee at around 12 million Swiss francs ($14.8 million).",
        True,
        [("money", 12000000, "CHF", "about"), ("money", 14800000, "USD", None)],
        None,
    ),
    (
        "en",
        "Gerber, 24, has won 11 caps for Switzerland.",
        True,
        [("duration", 24, "year", None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Wolfsburg, 16th in the Bundesliga, have lost their last five league games.",
        True,
        [("ordinal", 16, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"Loris brings exactly the leadership we have been missing," Wolfsburg sporting director Felix Hartung said.',
        False,
        [],
        None,
    ),
]
