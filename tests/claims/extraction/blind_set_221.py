"""Two-hundred-and-twenty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, coaches, officials and figures
are made up (Jonas Kastenhuber, Jan-Luca Pfeiffer, Günter Haberl, Paula Wendt, Torsten
Rieck, Annika Hollweck, Konrad Seitz, Florian Gstöttner, Nils Zurbuchen, Sindre Brekkhus,
Matteo Zanoner, Lukas Brandhuber, Roland Aschauer, Ladina Casanova, Giorgia Valsecchi,
Magdalena Pirchner, Ragnhild Sølvberg, Jasmin Aebersold, Beat Tschannen, Johanna Kiesling,
Océane Rivaud, Marte Løvlie, Bernd Ostertag, Niklas Bräunlein, Žiga Lovrenčič, Stefan
Moosleitner, Wolfram Eberle, Dominik Rainalter, Hugo Berthelot, Atle Rønneberg, Jonas
Reindl, Elias Brückner, Max Wendlinger, Simon Kellerhals, Arne Vollrath, Theresa Kogler,
Thea Bjørnstad, Lea Stahlberg, Irmgard Wallner, Max Reinholz, Jens Verstraete, Oscar
Lindell, Loïc Brändli, Ruben Dekker, Timon Rüfenacht, Lars Verbruggen, Nadine Imboden, Res
Gerber, Lukas Fankhauser; Hailey Vance, Ana Kovačič, Ruby Calder, Sofia Brenner, Josh
Penrose, Mateo Ferrer, Katarina Vesely, Madison Greer, Amélie Rousset, Viktor Hallgren,
Yannick Rüegg, Théo Marchal, Cody Whitford, Julian Gruber, Haakon Vestby, Baptiste Morand,
Lorenzo Barone, Elias Nyström, Dan Reinholt, Tomáš Kubelík, Lachlan Brennan, Magnus Kragh,
Thijs van Rooyen, Owen Marchbank, Femke Alberts, Lotte Claes; every unnamed mayor, jury,
organiser, fan and newspaper); officials of real bodies appear under made-up names that
stand for no real holder. Real events, bodies, venues, broadcasters and places
("Australian Open", "Rod Laver Arena", "Grand Slam", "Davis Cup", "Wimbledon", "ATP",
"WTA", "Tennis Australia", "Deutscher Tennis Bund", "Swiss Tennis", "Champions-Tiebreak",
"Kitzbühel", "Hahnenkamm", "Streif", "Hausbergkante", "Ganslernhang", "Kitzbüheler Ski
Club", "ÖSV", "ORF", "Wirtschaftskammer", "Cortina d'Ampezzo", "Tofane", "Swiss-Ski",
"Deutscher Skiverband", "Weltverband FIS", "FIS", "Antholz", "IBU", "ZDF", "Zakopane",
"Wielka Krokiew", "Continental Cup", "Skiflug-WM", "Willingen", "Mühlenkopfschanze",
"Hinzenbach", "Schladming", "Kronplatz", "Erta", "Levi", "U.S. Ski Team", "Tour Down
Under", "Willunga Hill", "McLaren Vale", "Algarve-Rundfahrt", "Grenchen", "UCI",
"Benidorm", "Innsbruck", "Colorado", "Surrey", "Glasgow", "Copenhagen", and the
datelines' cities) stand for the way wire copy names them; every result, score, time,
margin, rank, seed, point, record, tally, age, injury, crowd, audience, prize and quote
here is invented, and where a real figure came to mind it was changed.

Its weight: WINTER AND INDIVIDUAL SPORTS RESULTS - alpine skiing, biathlon, ski jumping,
tennis and cycling - over one week of late January, Tuesday to Sunday (January 20 to 25),
30 short stories in story order as the sports desks file them, the German and English
stories interleaved by day, each told as wire copy runs it (a dateline lead with the
result, times, margins and ranks, the standings, attributed claims, quotes, follow-ups).
Half German (APA, dpa, SID, Keystone-SDA; Austrian "Jänner", "im Bett gelegen", "Spital",
"Zuschauerinnen und Zuschauer", Swiss "Final", "Leaderin", "Grossen", "45'000 Franken",
"730'000 australischen Dollar", «» quotes, German „“ quotes): an Austrian's quarter-final
and a German's semi-final at the Australian Open, a German downhiller's cruciate ligament,
the Hahnenkamm downhill and slalom in Kitzbühel with the weekend's crowds, audience and
prize money, a Swiss downhill win in Cortina with a tie for third, a German biathlon
pursuit win and relay in Antholz, a first World Cup win in Zakopane, a women's ski jumping
win in Willingen, a German sprinter's stage at the Tour Down Under, a Swiss doubles title in
Melbourne, a Swiss cyclo-cross podium in Benidorm and the overall World Cup standings. Half
English (Reuters, AP, PA, AAP, AFP): the Kronplatz giant slalom, a British quarter-final
loss, the women's semi-finals and final and the men's semi-finals and final in Melbourne, a
former top-five player's retirement, the Kitzbühel super-G and an American's knee injury,
the men's biathlon sprint in Antholz, Willunga Hill at the Tour Down Under, the hour record
in Grenchen, the Cortina super-G, the team event in Zakopane and the women's cyclo-cross in
Benidorm. Figures as such copy has them: race and match times in the colon form and spelled
out ("in 1:53,47 Minuten", "in 1:41,26 Minuten", "nach 3:18 Stunden", "mit 1:10 Minuten
Rückstand", "finishing in 1:12.84", "clocked 1:21.07", "2 minutes, 6.91 seconds", "23
minutes 48.6 seconds", "in one hour 58 minutes", "four hours and seven minutes", "1 minute
42 seconds back"), margins in seconds and hundredths ("um sieben Hundertstel", "mit zwei
Hundertstel Rückstand", "um 0,15 Sekunden", "um knapp drei Sekunden", "by three hundredths
of a second", "41 hundredths back", "0.23 seconds ahead"), ranks, seeds and places ("Dritter
wurde", "als 14.", "als Achte", "Ex aequo Dritte", "Zweitbeste Schweizerin", "alleinige
Vierte", "an Position vier", "auf etwa Platz 29", "der an Nummer vier gesetzten", "seeded
11th", "the sixth seed", "world number one", "a career-high No. 2", "a career-high ninth"),
points and standings ("mit 455 Punkten vor Zurbuchen (398)", "auf gut 160 Punkte", "1,187.6
points, 9.4 ahead"), ski jumping distances and points, set scores and tiebreaks, aces, break
points, match and championship points, laps, stages and kilometres, wins counted and
ordered ("der elfte Weltcupsieg seiner Karriere und der sechste in der Abfahrt", "her 30th
career World Cup victory", "four straight team victories", "zehnmal auf dem Podest",
multiplicative titles "dreifache", "two-time"), ages, injuries with months out, crowds, TV
audiences and market shares, prize money in euros, francs, Australian dollars, pounds and
dollars, years, dates and hedges. Negatives as such copy has them: athletes' joy, nerves,
pride and disappointment in quotes, coaches' and officials' praise and clichés, a mayor's
and a federation's labels, newspapers' nickname, forecasts without a figure, hopes, open
questions, rhetorical questions and fans' scene colour - seven of them with a figure,
labelled.

242 rows (121 German, 121 English), 55 negatives (26 German, 29 English), 187 check-worthy
rows of which 14 carry no figure (8 German, 6 English), 399 expected quantities (126
counts, 121 ordinals, 102 durations - 35 in seconds, 32 in years, 21 in minutes, 6 in
months, 5 in hours, 2 in days, 1 in weeks -, 16 years, 14 amounts of money - 6 AUD, 5 EUR,
1 GBP, 1 USD, 1 CHF -, 12 dates, 5 percentages - all in % -, 3 fractions; 7 of them in seven
negatives, as the seventeenth batch labels a figure in a negative), 36 checked speakers (20
German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states an
  outcome is check-worthy with or without a figure (thirty-fifth, sixty-first,
  hundred-thirty-third, hundred-fifty-third). Check-worthy without a figure: a quarter-final
  exit, a final narrowly missed, a women's ski jumping win, a doubles title, a scheduled
  final with its clock time (sixty-first: a scheduled final; clock times none), a cruciate
  ligament tear and a season ended by it, a racer flown to hospital (hundred-thirty-third),
  a coach's account of a winner's fever and of a late green light, a rider's next race "nach
  Angaben seines Teams" and a player's announced absence (hundred-nineteenth: a stated next
  step), and two win-loss records ("a 398-281 record", "a 14-3 win-loss record"). A quoted
  or reported evaluation, feeling, cliché or label is a negative with speaker None, also
  with a named speaker (seventh, ninety-eighth, hundred-thirty-first, hundred-fifty-third);
  a quoted statement of fact is check-worthy with its speaker (hundred-fifty-third:
  „... deshalb haben wir den Start um 20 Meter nach unten verlegt“): Reinholz's „Ich lag auf
  den letzten 500 Metern an Position vier ...“ and Rüfenacht's «Ich bin nach einem Sturz in
  der zweiten Runde bis auf Platz 14 zurückgefallen». Konjunktiv I paraphrases of a fact are
  check-worthy with the speaker their own attribution gives (thirty-ninth,
  hundred-thirty-third, hundred-fifty-third): Haberl's three tournaments, Rieck's five
  matches, Aschauer's fever, Ostertag's two stops, Eberle's two wins, Rainalter's shoulder,
  Vollrath's green light, Wallner's skipped event.
- Scores, set scores, tiebreaks and records carry none (thirty-fifth, sixty-first,
  hundred-thirty-third, hundred-fifty-third, two-hundredth): "6:7 (4:7), 6:4, 3:6, 4:6",
  "4:6, 6:3, 5:7", "beim Stand von 5:4", "6:3, 3:6, 10:7 im Champions-Tiebreak", "6-4 3-6
  7-5", "at 4-5", "7-6(3) 6-2", "6-2 6-4 6-3", "6-3 6-7(5) 6-4 7-6(2)", "7-5 6-4 6-4",
  "3-6 6-3 6-2", "7-6(4) 6-7(8) 6-3 6-4", "at 3-3", "a 398-281 record" and "a 14-3
  win-loss record" (two-hundredth: a win-loss record is no tally). "the deciding set", "the
  final set", "the second-set tiebreak" 2 only (hundred-fifty-third: the hyphenated adjective
  keeps its ordinal), "straight-sets", "top seed" and „die topgesetzten Argentinier“ none
  (hundred-fifty-third: "the top seed"), "semi-final", "Halbfinale",
  "Viertelfinale", "the last eight" 8 (hundred-fifty-third: "the last four" 4).
- Race times, margins and durations (thirty-fifth, sixty-first, hundred-thirty-third,
  hundred-fifty-third): the colon form gives one duration per unit ("in 1:53,47 Minuten" 1
  minute and 53.47 seconds, "in 1:41,26 Minuten", "nach 3:18 Stunden" 3 hours and 18
  minutes, "mit 1:10 Minuten Rückstand" 1 minute and 10 seconds, and without a unit word in
  a timing context "finishing in 1:12.84", "clocked 1:21.07"); the spelled forms give each
  unit ("2 minutes, 6.91 seconds", "23 minutes 48.6 seconds", "in one hour 58 minutes",
  "two hours and 41 minutes", "three hours and 52 minutes", "four hours and seven minutes",
  "1 minute 42 seconds back"); hundredths in seconds ("um sieben Hundertstel" 0.07, "mit zwei
  Hundertstel Rückstand" 0.02, "by three hundredths of a second" 0.03, "41 hundredths back"
  0.41 - hundred-thirty-third: "by 18 hundredths"); gaps in seconds ("um 0,15 Sekunden",
  "0,44 Sekunden Rückstand", "9,8 Sekunden Vorsprung", "elf Sekunden Vorsprung", "seven
  seconds clear", "by 11 seconds overall ... at 19 seconds", "18 Sekunden Vorsprung", "um
  knapp drei Sekunden" "nearly"); game and race time with its unit ("in 37 minutes", "after
  the opening 10 minutes", "after 50 minutes of racing", "nach 60 Minuten Renndauer", "for
  22 minutes", "um 30 Minuten", "by about 25 minutes" "about", "about 40 seconds from the
  finish" "about"); time out and other spans ("sieben bis neun Monate" and "eight to 10
  months" two durations each - the unit written once, thirtieth -, "for 14 months", "for nine
  months", "vor zwei Wochen", "for only three days" - "only" no hedge -,
  "for the two days of competition" 2 days - sixty-first: "for the nine days of
  competition" -, "a 17-year professional career" 17 years, "in 11 years" 11 years). None:
  "a year ago", "last year", "next week", "next month's", "in the off-season", "im Vorjahr",
  "in diesem Winter", "dieser Saison", "this winter", weekdays and their
  compounds ("am Samstagabend"), months ("im Dezember", "im Februar", "im März", "Mitte
  Februar", "seit Oktober", "seit November", "in November") and clock times ("auf 12 Uhr",
  "at 7.30 p.m."; sixty-first).
- Ranks, seeds and the nth are ordinals (thirty-fifth, sixty-first, hundred-thirty-third,
  hundred-fifty-third): "Dritter wurde", "Vierter", "Zweiter wurde", "als Sechste", "als
  Vierte", "als Achte", "als Siebte", "Sechste", "als Zweiter", "als 14." (a figure with its
  point after "als" ranks as "als Elfter"), "auf Rang zwei", "auf Rang neun", "auf Rang
  drei", "auf Rang sechs", "auf Rang fünf", "auf Rang elf", "Auf Rang zwei", "Dritter ist",
  "auf Platz 212", "bis auf Platz 14", "von Rang 48 auf etwa Platz 29" (the hedge as written
  on a rank, hundred-fifty-third: "mindestens auf Rang 14"), "an Position vier" (sixty-first:
  "auf Position 112"), "Zweitbeste Schweizerin" 2 (hundred-fifty-third), "alleinige Vierte"
  4, "der an Nummer vier gesetzten" 4, "Das an Nummer sieben gesetzte Duo" 7 (thirtieth),
  "fourth seed", "the 17th seed", "the sixth seed", "seeded fourth", "seeded 11th", "world
  number one" and "World number one" 1 (hundred-fifty-third), "Former world No. 4", "her No.
  1 ranking" (in a negative), "a career-high No. 2", "a career-high ninth" (no hedge,
  hundred-fifty-third), "to third in the ATP rankings", "was third", "was sixth", "third,
  21.7 seconds back", "with Germany third", "third at 19 seconds", "finishing fifth in the
  opening run" ("the opening run" none), "second in the super-G standings", "having finished
  second"; the nth win and start ("seinen ersten Weltcupsieg", "der elfte Weltcupsieg seiner
  Karriere und der sechste in der Abfahrt" - the elliptic "sechste", eighty-ninth -, "der
  21. Weltcupsieg", "der 14. Sieg als Profi und der zweite", "Rainalters 25. Podestplatz
  ..., aber erst sein vierter Sieg" - "erst" no hedge -, "im neunten Rennen seinen neunten
  Sieg", "der neunte Staffelsieg ... in Serie", "his fifth World Cup victory", "his third
  victory of the season", "her 30th career World Cup victory", "Valsecchi's 15th World Cup
  win and her eighth in super-G", "his third Australian Open final", "his second Australian
  Open title and fifth Grand Slam crown", "her first Grand Slam title"), firsts ("als
  erster Österreicher seit 2021", "die erste deutsche Halbfinalistin", "die erste Schweizer
  Abfahrtssiegerin", "der erste Schweizer Doppelsieger", "den ersten Schweizer Podestplatz",
  "zum ersten Mal in ihrer Karriere", "the first American woman", "the first British man",
  "the first Swiss win", "the first Swede", "her first podium", "her first major final", "the
  third Czech woman ... and the first since 1998", "the first semi-final", "In the second
  semi-final"), rounds and runs ("die dritte Runde", "im dritten Satz", "in der zweiten
  Runde", "nach dem ersten Durchgang", "im zweiten Durchgang", "im zweiten Lauf" in a
  negative, "the fourth round", "the first round", "the second run", "the second round",
  "the first in 37 minutes" - the elliptic "first", eighty-ninth -, "in the third"), "die
  sechste Etappe", "die dritte schwere Knieverletzung", "den zweiten österreichischen
  Heimsieg", "the first racer" in a negative. "mit zwei dritten Plätzen" is count 2 and
  ordinal 3 (sixty-first: "three first-category climbs"). "Five of the first 12 starters"
  is count 5, ordinal 1 and count 12 (eightieth: "In den ersten zwei Monaten";
  hundred-eighty-third: "the first 10 million doses"). New: "his first serve", "her first
  serve" and "his first-serve points" are ordinal 1 - the tennis term keeps its ordinal word
  as "the first half" (hundred-forty-eighth) and "a first-half hat-trick"
  (hundred-fifty-third) do. New: "Ex aequo Dritte wurden ... beide mit 0,44 Sekunden
  Rückstand" is ordinal 3 and 0.44 seconds only - "ex aequo" and "beide" (two-hundredth:
  "beiden" none) name a tie and count nothing. New: „der Halbzeitführende“, "Laufbestzeit",
  "Bestzeit", "the queen stage", "the ochre jersey" and „das Gelbe Trikot“ carry none -
  words for a leader, a best time and a jersey with no number word, as "dem
  Tabellenvorletzten" (hundred-fifty-third).
- Counts (every batch): points and standings ("mit 455 Punkten vor Zurbuchen (398) und
  Brekkhus (371)" three counts - a bracketed figure after a name in a standings line counts
  the unit named first, forty-sixth and hundred-seventy-seventh -, "mit 310 Punkten 25
  Zähler hinter", "mit 712 Punkten ... mit 23 Zählern Rückstand", "mit 1.046 Punkten", "mit
  1.124 Punkten", "mit 962 Punkten ... mit 905 Zählern", "auf gut 160 Punkte" "over", "14
  Rennen ..., pro Sieg gibt es 100 Punkte" ("pro Sieg" none), "mit 1.108 Punkten 94
  Zähler vor", "mit 540 Punkten ..., drei Zähler vor", "mit 287 Punkten", "with 520 points,
  64 ahead", "with 325 points, 60 behind", "with 684 points, 47 ahead", "by 71 points with
  three rounds remaining"); ski jumping ("mit Sprüngen auf 136,5 und 140 Meter und 298,4
  Punkten" - the unit written once, seventy-sixth -, "mit 1,8 Punkten Rückstand", "auf 145
  und 147,5 Meter ... mit 271,9 Punkten 4,3 Zähler Vorsprung", "Mit ihrem
  147,5-Meter-Sprung" 147.5 - a figure heading a compound counts, two-hundred-and-first -,
  "den Anlauf um zwei Luken", "1,187.6 points, 9.4 ahead", "at 141.5 metres"); biathlon
  ("über zehn Kilometer nur einen Schießfehler" 10 and 1 - "einen" before a counted miss is
  1, as "einer Strafrunde", sixty-first -, "nach drei Strafrunden", "über 4 x 7,5 Kilometer
  sieben Nachlader und eine Strafrunde" 4, 7.5, 7 and 1 - a relay's legs and distance two
  counts, sixty-first: "4x100-Meter-Lagenstaffel" -, "the men's 10-km sprint", "missed one
  target", "all 10 targets" - "all" no hedge -, "Only 12 of the 104 starters", "The top 60",
  "Saturday's 12.5-km pursuit", "zwei Weltcup-Stationen"); tennis ("11 aces", "19 aces", "27
  aces", "four times from 13 chances", "three match points", "drei Matchbälle", "five
  championship points", "none of his four break points" 4, "a break point" none, "the last
  two sets", "the last three games", "only two games", "three seeded players", "12 ATP
  titles, including three", "four Grand Slam titles", "19 consecutive matches", "62 winners
  and 41 unforced errors", "nur drei Turniere", "in den fünf Partien", "unter den besten 20"
  20 - "unter" before an article no hedge, hundred-thirty-third -); cycling ("148.6km", "two
  ascents of the 3km climb", "with 1.2 kilometres to go", "a 90km circuit race ... over 20
  laps of a 4.5km course", "nach 90 Kilometern", "auf den letzten 500 Metern ... 150 Meter
  vor dem Ziel", "über neun Runden auf einem 2,9 Kilometer langen Rundkurs", "over six laps",
  "57.214 kilometres", "by 412 metres", "228 laps of the 250-metre track"); measures and
  people ("by about 150 metres" "about", "about 450 metres" "about", "28 degrees Celsius",
  "19 degrees Celsius", "four kilograms", "der 52 Starterinnen", "Von den 72 gestarteten
  Läufern ... 29", "alle acht vor ihm Platzierten" 8 - "alle" no hedge -, "43 Personen ...,
  vier davon"); wins and runs ("four straight team victories" 4 - hundred-thirty-third:
  "has won seven straight" -, "zwei Rennen gewonnen, ... zehnmal auf dem Podest" 2 and 10 -
  the issue's "viermal" -, "nach zwei Siegen im Continental Cup", "die drei Rennen", "an den drei Renntagen" 3 - hundred-thirty-third);
  multiplicative titles ("die dreifache Weltmeisterin" 3 - hundred-sixty-sixth: "die
  zweifache Weltmeisterin" 2 -, "two-time overall champion" and "a two-time world champion"
  2 - fifteenth: "the three-time champion" 3). Crowds and audiences ("96.500 Zuschauerinnen
  und Zuschauer", "rund 4.000 mehr" "about" - "mehr" after the figure compares,
  hundred-first -, "durchschnittlich 1,34 Millionen", "im Schnitt 4,1 Millionen" -
  "durchschnittlich" and "im Schnitt" no hedge -, "a crowd of 14,820", "About 140,000
  spectators" "about", "Some 21,000 tickets" "about" - two-hundredth: "Some"). New:
  "dropping serve only once" is count 1 - the English "once" as a tally of times reads as
  "nur einmal angehoben" (hundred-eighty-third) and "viele davon allerdings nur einmal"
  (hundred-seventy-ninth), "only" no hedge. New: "Das Quartett", "The Slovenian quartet",
  "Das ... Duo" and "Das Siegerduo" carry no count - words for four and two people with no
  figure written, as "einem Doppelpack" and "a first-half hat-trick" (hundred-fifty-third).
  New: "over six laps" and "over 20 laps of a 4.5km course" carry no hedge - "over" naming
  the distance of a race reads as "über 7,5 Kilometer" (thirty-fifth, sixty-first), and so
  do "über zehn Kilometer", "über 4 x 7,5 Kilometer" and "über neun Runden" here.
- Percentages and fractions (the issue; every batch): "81% of the points", "61% of points",
  "einem Marktanteil von 31,5 Prozent", "einem Marktanteil von 71 Prozent", "averages 7.4
  per cent" ("averages" no hedge, hundred-thirty-third: "averaged"); "Fast die Hälfte" 0.5
  "nearly" (two-hundred-and-fourth: "Knapp die Hälfte"), "etwa ein Viertel der Besucher"
  0.25 "about", "nearly three-quarters of his first-serve points" 0.75 "nearly" (the issue's
  "drei Viertel").
- Ages are durations in years (every batch): "Der 25-Jährige", "Die 24 Jahre alte
  Kielerin", "Die 26-Jährige", "Der 29-Jährige", "Die 25-jährige Bündnerin", "Die
  27-Jährige", "Der 21-Jährige", "Der 31-Jährige" twice, "Die 30-Jährige", "Der 28-Jährige",
  "Der 23-jährige Berner", "The 29-year-old", "The 22-year-old Spaniard", "The 35-year-old
  Dane", "The 23-year-old Czech", "the 28-year-old", "The 26-year-old", "The 30-year-old",
  "Vance, 22,", "Vesely, 23,", "Rüegg, 26,", "Vestby, 24,", "Nyström, 27,", "Greer, 20,",
  "Valsecchi, 31,", "Ferrer, 22,", "Alberts, 29,".
- Money in the currency written (every batch): AUD ("780.000 australische Dollar",
  "1,25 Millionen australischen Dollar", "730'000 australischen Dollar" - ninetieth:
  "158.000 australischen Dollar" -, "A$780,000", "A$4.15 million" twice), EUR ("rund 470.000
  Euro" "about", "insgesamt 1,1 Millionen Euro" - "insgesamt" no hedge -, "davon 125.000
  Euro", "rund 60 Millionen Euro" "about", "5,000 euros"), CHF ("45'000 Franken" in a Swiss
  story, eighty-eighth), GBP ("(about 390,000 pounds)" "about" - a converted amount in
  brackets is read as written, hundred-thirty-third: "($1.3 billion)"), USD ("more than $21
  million" "over").
- Years and dates: "seit 2021", "seit 2018", "seit 2017", "seit 2015", "nach 2023", "since
  2013", "in 2015", "since 2019", "in 2019", "since 2011", "since 2021", "in 2023",
  "since August 2023", "since 1998", "since 2012", "since 2023" ("since" and "seit" no
  hedge); "am 27. Januar" --01-27, "am 31. Jänner" --01-31 (Austrian "Jänner",
  hundred-thirty-third), "for March 14" --03-14; Reuters and AAP datelines with a day
  ("MELBOURNE, Jan 22 (Reuters)", "KITZBUEHEL, Austria, Jan 23 (Reuters)", "ANTHOLZ, Italy,
  Jan 23 (Reuters)", "MELBOURNE, Jan 23 (Reuters)", "ADELAIDE, Jan 24 (AAP)", "GRENCHEN,
  Switzerland, Jan 24 (Reuters)", "CORTINA D'AMPEZZO, Italy, Jan 25 (Reuters)", "MELBOURNE,
  Jan 25 (Reuters)", "BENIDORM, Spain, Jan 25 (Reuters)") dates without a year
  (hundred-thirty-third, hundred-fifty-third; the country between city and day,
  ninety-ninth); APA, dpa, SID, Keystone-SDA, AP ("KRONPLATZ, Italy (AP) —", "MELBOURNE,
  Australia (AP) —", "KITZBUEHEL, Austria (AP) —"), PA ("MELBOURNE (PA) -") and AFP
  ("ZAKOPANE, Poland (AFP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "Some" "about"; "knapp",
  "Fast", "nearly" "nearly"; "gut", "more than" "over". No hedge: "nur", "erst", "bereits",
  "only", "Only", "alle", "all", "insgesamt", "davon", "durchschnittlich", "im Schnitt",
  "voraussichtlich", "averages", "a career-high", "unter" before an article, "über" and
  "over" naming a race distance, "since", "seit", "bis" and "to" in a range.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("Trainer Günter Haberl", "Bundestrainer Torsten Rieck",
  "DSV-Alpindirektor Konrad Seitz", "ÖSV-Herrencheftrainer Roland Aschauer", "Bundestrainer
  Bernd Ostertag", "Bundestrainer Wolfram Eberle", "Männer-Bundestrainer Arne Vollrath",
  "ÖSV-Sportdirektorin Irmgard Wallner"; hundred-fifty-third), "Rainalter sagte der APA"
  -> "Rainalter" (hundred-fifty-third: "sagte Hainzl der APA"), a quoted fact with "sagte
  Reinholz" and «...», sagte Rüfenacht (hundred-fifty-third), "teilte die WTA mit" -> "die
  WTA", "teilte der Deutsche Skiverband mit", "teilte der Kitzbüheler Ski Club mit", "teilte
  der Sender mit", "teilte der Weltverband FIS mit" (hundred-thirty-third), "teilte
  Swiss-Ski mit" and "teilte Swiss Tennis mit" as written (hundred-fifty-third: a name
  without an article), "nach Angaben der Veranstalter" -> "die Veranstalter"
  (hundred-thirty-third), "laut ORF" -> "ORF" (hundred-thirty-third). English: "The U.S.
  Ski Team said ..." opening two rows -> "the U.S. Ski Team" (hundred-thirty-third: "the U.S. Ski Team said", "The IBU said"), "the
  ATP said", "the WTA said", "the IBU said", "the UCI said" twice, "the federation said"
  with the article in lower case (hundred-fifty-third), "according to the ATP" -> "the ATP"
  (sixty-first: "according to the WTA"), "FIS said" twice and "Tennis Australia said" as
  written (sixty-first: "Cricket Australia said"), "organisers said" twice and AP's
  "organizers said" (hundred-fifty-third), "Ferrer told reporters" -> "Ferrer"
  (hundred-fifty-third: "Ortuño told reporters"). Left unchecked (None): "nach Berechnungen
  der APA" (an estimate, two-hundredth: "nach Berechnungen des Finanzministeriums"), "Laut
  einer Studie der Wirtschaftskammer" (a document, hundred-thirty-third), "Nach
  Polizeiangaben" (hundredth: "nach Vereinsangaben"), "nach Angaben seines Teams" (a
  possessive, hundred-thirty-third), "according to tournament statistics" (data,
  two-hundredth), "tournament organisers said" (sixty-first: "race organisers said"), "Race
  organisers shortened" (no verb of saying), "Tomáš Kubelík, Vesely's coach since 2021,
  said" and "Marchbank, a two-time world champion ..., said" (a description between the name
  and the verb, hundred-thirty-third), rows without attribution and all negatives, also
  those with a named speaker.
- Negatives (thirty-fifth, sixty-first, hundred-thirty-third, hundred-fifty-third):
  athletes' joy, nerves, pride and disappointment in quotes („Ich habe heute gespürt, ...“,
  „Das tut gerade richtig weh, ...“, „Wenn du hier abschwingst ...“, «Das ist ein Traum,
  ...», „Ich habe mir am Schießstand nur gesagt: ...“, „Ich bin einfach nur sprachlos, ...“,
  „Am Ende haben uns ein paar Zehntel gefehlt, ...“ - "ein paar Zehntel" no figure -, „Für
  so einen Moment quält man sich ...“, «Vor zwei Jahren hätte ich nie zu träumen gewagt,
  ...» with 2 years labelled, ""I was so nervous in the start gate ..."", ""He makes the
  court feel enormous ..."", ""I honestly don't know how I turned that around, ..."", ""My
  body has been telling me for two years ..."" with 2 years labelled, ""You come down the
  Streif ..."", ""On the range I only tried ..."", ""I told myself at the changeover ..."",
  ""I've dreamt about winning on Willunga ..."", ""The last 15 minutes were the most painful
  ..."" with 15 minutes labelled, „Ich bin im zweiten Lauf gefahren, als gäbe es kein
  Morgen“ with ordinal 2 labelled, ""Cortina is my home, ..."", ""Team events are the best
  part ..."", ""This trophy means more to me ..."", ""Whatever people say, ..."", ""Sand is
  my friend today, ..."", ""Mateo plays like he has nothing to lose, ..."", ""Maddie is going
  to win one of these, ..."" - "one of" none, forty-first -); coaches' and officials' praise
  and clichés („Das ist ein Schlag ins Gesicht ...“, „Der Flo hat heute gezeigt, ...“,
  «Ladina hat in diesem Winter ...», „Die Theresa springt derzeit in einer eigenen Liga“,
  «Loïc hat heute am Netz ...», «Timon ist auf dem Weg, ...», „Die große Kugel wird nicht
  im Jänner vergeben“, ""It's a cruel sport sometimes,""); a player's reported verdict
  ("Barone said he felt ..."); labels ("Der Deutsche Tennis Bund sprach von einem
  „Meilenstein ...“.", "Kitzbühels Bürgermeister sprach von „der besten Werbung ...“.",
  "Italian newspapers have taken to calling her ...", "Fellow players paid tribute ...,
  calling him ..."; hundred-thirty-third, two-hundredth); an expectation without a figure
  ("Viele Experten sehen Zurbuchen ... als sicheren Gesamtsieger."; forty-seventh); a hope
  ("British fans will hope ..."; thirtieth); open questions ("Ob Kastenhuber im Februar ...
  ließ er vorerst offen.", "Ob Bräunlein auch bei der Skiflug-WM ...", "Ob der Tiroler damit
  ...", "Whether the Frenchwoman will keep her No. 1 ranking ..." with ordinal 1 labelled,
  "Whether Kragh's team can claw back 11 seconds ..." with 11 seconds labelled;
  hundred-seventy-fifth); rhetorical questions ("Can anyone stop Vestby this winter?", "Is
  this the start of a Ferrer era in Melbourne?"; sixty-first); and fans' scene colour
  (cowbells below the Erta, Swiss fans in the finish area before "the first racer" with
  ordinal 1 labelled, German fans with flags and drums, Czech fans in face paint, Polish
  flares, fans in the sleet at the Mühlenkopfschanze, swimwear on the beach in Benidorm;
  hundred-fifty-third).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_221 = [
    # --- Giant slalom at Kronplatz (AP) ---
    (
        "en",
        "KRONPLATZ, Italy (AP) — Hailey Vance became the first American woman in 11 years to win a World Cup giant slalom on the steep Erta course, beating Slovenia's Ana Kovačič by three hundredths of a second on Tuesday.",
        True,
        [("ordinal", 1, None, None), ("duration", 11, "year", None), ("duration", 0.03, "second", None)],
        None,
    ),
    (
        "en",
        "Vance, 22, posted a combined time of 2 minutes, 6.91 seconds after finishing fifth in the opening run.",
        True,
        [
            ("duration", 22, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 6.91, "second", None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "New Zealand's Ruby Calder was third, 0.38 seconds behind, to claim her first podium since a knee injury that sidelined her for 14 months.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.38, "second", None),
            ("ordinal", 1, None, None),
            ("duration", 14, "month", None),
        ],
        None,
    ),
    (
        "en",
        '"I was so nervous in the start gate that I could barely click into my bindings," Vance said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was Vance's second career World Cup win, after a slalom victory in Levi in November.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Kovačič kept the lead in the giant slalom standings with 520 points, 64 ahead of Calder.",
        True,
        [("count", 520, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "Several contenders, among them two-time overall champion Sofia Brenner of Italy, failed to finish the second run on the icy lower section.",
        True,
        [("count", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The U.S. Ski Team said Vance had trained on the Erta for only three days before the race.",
        True,
        [("duration", 3, "day", None)],
        "the U.S. Ski Team",
    ),
    (
        "en",
        "Italian fans packed the grandstand below the Erta, waving flags and ringing cowbells long after the final racer was through.",
        False,
        [],
        None,
    ),
    # --- Kastenhuber scheitert im Viertelfinale (APA) ---
    (
        "de",
        "Melbourne (APA) - Der Oberösterreicher Jonas Kastenhuber ist bei den Australian Open im Viertelfinale ausgeschieden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 25-Jährige unterlag dem Deutschen Jan-Luca Pfeiffer nach 3:18 Stunden mit 6:7 (4:7), 6:4, 3:6, 4:6.",
        True,
        [("duration", 25, "year", None), ("duration", 3, "hour", None), ("duration", 18, "minute", None)],
        None,
    ),
    (
        "de",
        "Für Kastenhuber war es dennoch das beste Grand-Slam-Ergebnis seiner Karriere, zuvor war er nie über die dritte Runde hinausgekommen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "In der Weltrangliste wird er sich nach Berechnungen der APA von Rang 48 auf etwa Platz 29 verbessern.",
        True,
        [("ordinal", 48, None, None), ("ordinal", 29, None, "about")],
        None,
    ),
    (
        "de",
        "An Preisgeld kassiert der Linzer 780.000 australische Dollar, umgerechnet rund 470.000 Euro.",
        True,
        [("money", 780000, "AUD", None), ("money", 470000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Trainer Günter Haberl sagte, Kastenhuber habe seit Oktober wegen einer Handgelenksverletzung nur drei Turniere bestritten.",
        True,
        [("count", 3, None, None)],
        "Günter Haberl",
    ),
    (
        "de",
        "„Ich habe heute gespürt, dass ich mit den Besten der Welt mithalten kann“, sagte Kastenhuber.",
        False,
        [],
        None,
    ),
    ("de", "Ob Kastenhuber im Februar im Davis Cup für Österreich antritt, ließ er vorerst offen.", False, [], None),
    # --- Penrose out in Melbourne (PA) ---
    (
        "en",
        "MELBOURNE (PA) - Josh Penrose's bid to become the first British man to reach the Australian Open semi-finals since 2013 ended with a straight-sets defeat by world number one Mateo Ferrer.",
        True,
        [("ordinal", 1, None, None), ("year", 2013, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The 29-year-old from Surrey, seeded 11th, lost 6-2 6-4 6-3 in one hour 58 minutes on Rod Laver Arena.",
        True,
        [
            ("duration", 29, "year", None),
            ("ordinal", 11, None, None),
            ("duration", 1, "hour", None),
            ("duration", 58, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Penrose won only 61% of points behind his first serve and converted none of his four break points.",
        True,
        [("percent", 61, "%", None), ("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", '"He makes the court feel enormous and the net feel very high," Penrose said.', False, [], None),
    (
        "en",
        "He is expected to rise to a career-high ninth in Monday's rankings, the ATP said.",
        True,
        [("ordinal", 9, None, None)],
        "the ATP",
    ),
    (
        "en",
        "His run to the last eight was worth A$780,000 (about 390,000 pounds), the biggest pay day since he turned professional in 2015.",
        True,
        [
            ("count", 8, None, None),
            ("money", 780000, "AUD", None),
            ("money", 390000, "GBP", "about"),
            ("year", 2015, None, None),
        ],
        None,
    ),
    ("en", "British fans will hope his form carries into next month's Davis Cup tie in Glasgow.", False, [], None),
    # --- Wendt verpasst das Finale (dpa) ---
    (
        "de",
        "Melbourne (dpa) - Paula Wendt hat den Einzug ins Finale der Australian Open knapp verpasst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 24 Jahre alte Kielerin unterlag der an Nummer vier gesetzten Tschechin Katarina Vesely mit 4:6, 6:3, 5:7 und vergab beim Stand von 5:4 im dritten Satz drei Matchbälle.",
        True,
        [
            ("duration", 24, "year", None),
            ("ordinal", 4, None, None),
            ("ordinal", 3, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Wendt war die erste deutsche Halbfinalistin in Melbourne seit 2018.",
        True,
        [("ordinal", 1, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "In der Weltrangliste wird die Linkshänderin am Montag erstmals unter den besten 20 geführt, teilte die WTA mit.",
        True,
        [("count", 20, None, None)],
        "die WTA",
    ),
    (
        "de",
        "Bundestrainer Torsten Rieck sagte, Wendt habe in den fünf Partien vor dem Halbfinale keinen einzigen Satz abgegeben.",
        True,
        [("count", 5, None, None)],
        "Torsten Rieck",
    ),
    (
        "de",
        "Für den Halbfinaleinzug erhält sie ein Preisgeld von 1,25 Millionen australischen Dollar.",
        True,
        [("money", 1250000, "AUD", None)],
        None,
    ),
    (
        "de",
        "„Das tut gerade richtig weh, aber in ein paar Tagen werde ich stolz auf dieses Turnier sein“, sagte Wendt.",
        False,
        [],
        None,
    ),
    ("de", "Der Deutsche Tennis Bund sprach von einem „Meilenstein für das deutsche Damentennis“.", False, [], None),
    # --- Vesely and Greer reach final (Reuters) ---
    (
        "en",
        "MELBOURNE, Jan 22 (Reuters) - Czech fourth seed Katarina Vesely reached her first Australian Open final on Thursday, beating Germany's Paula Wendt 6-4 3-6 7-5 in two hours and 41 minutes.",
        True,
        [
            ("date", "--01-22", None, None),
            ("ordinal", 4, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Vesely, 23, saved three match points at 4-5 in the deciding set before winning the last three games.",
        True,
        [("duration", 23, "year", None), ("count", 3, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Czech hit 11 aces and won 81% of the points on her first serve, according to tournament statistics.",
        True,
        [("count", 11, None, None), ("percent", 81, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"I honestly don\'t know how I turned that around, my legs were gone," Vesely said.', False, [], None),
    (
        "en",
        "In the second semi-final, American Madison Greer ended the run of top seed Amélie Rousset with a 7-6(3) 6-2 win.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Greer, the 17th seed, had never before gone beyond the fourth round at a Grand Slam.",
        True,
        [("ordinal", 17, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Rousset had won 19 consecutive matches since the start of the season, the WTA said.",
        True,
        [("count", 19, None, None)],
        "the WTA",
    ),
    (
        "en",
        "Whether the Frenchwoman will keep her No. 1 ranking after the tournament remains unclear.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "The final will be played on Saturday at 7.30 p.m. local time at Rod Laver Arena.", True, [], None),
    # --- Hallgren retires (AP) ---
    (
        "en",
        "MELBOURNE, Australia (AP) — Former world No. 4 Viktor Hallgren announced his retirement on Thursday, ending a 17-year professional career.",
        True,
        [("ordinal", 4, None, None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "The 35-year-old Dane won 12 ATP titles, including three at Masters level, and reached the Wimbledon semifinals in 2019.",
        True,
        [
            ("duration", 35, "year", None),
            ("count", 12, None, None),
            ("count", 3, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "He earned more than $21 million in prize money over his career, according to the ATP.",
        True,
        [("money", 21000000, "USD", "over")],
        "the ATP",
    ),
    (
        "en",
        "Hallgren played his last match on Tuesday, losing with a Danish partner in the first round of the men's doubles.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "He finished with a 398-281 record in singles.", True, [], None),
    (
        "en",
        "A farewell exhibition in Copenhagen is scheduled for March 14.",
        True,
        [("date", "--03-14", None, None)],
        None,
    ),
    (
        "en",
        '"My body has been telling me for two years that it\'s time to stop," Hallgren said.',
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Fellow players paid tribute on social media, calling him one of the most popular figures in the locker room.",
        False,
        [],
        None,
    ),
    # --- Kreuzbandriss bei Hollweck (SID) ---
    (
        "de",
        "München (SID) - Skirennläuferin Annika Hollweck hat sich bei einem Trainingssturz in Cortina d'Ampezzo einen Kreuzbandriss im linken Knie zugezogen, teilte der Deutsche Skiverband mit.",
        True,
        [],
        "der Deutsche Skiverband",
    ),
    (
        "de",
        "Die 26-Jährige muss die Saison damit vorzeitig beenden und wird voraussichtlich sieben bis neun Monate pausieren.",
        True,
        [("duration", 26, "year", None), ("duration", 7, "month", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Hollweck war in diesem Winter mit zwei dritten Plätzen die erfolgreichste deutsche Speedfahrerin.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Sie wird am 27. Januar in München operiert, sagte DSV-Alpindirektor Konrad Seitz.",
        True,
        [("date", "--01-27", None, None)],
        "Konrad Seitz",
    ),
    (
        "de",
        "Es ist bereits die dritte schwere Knieverletzung im deutschen Frauenteam seit November.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "„Das ist ein Schlag ins Gesicht für das ganze Team“, sagte Seitz.", False, [], None),
    # --- Ruegg wins Kitzbuehel super-G (Reuters) ---
    (
        "en",
        "KITZBUEHEL, Austria, Jan 23 (Reuters) - Switzerland's Yannick Rüegg won the super-G on the Streif on Friday, finishing in 1:12.84 for his fifth World Cup victory.",
        True,
        [
            ("date", "--01-23", None, None),
            ("duration", 1, "minute", None),
            ("duration", 12.84, "second", None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "Rüegg, 26, was 0.23 seconds ahead of France's Théo Marchal, with American Cody Whitford third, 41 hundredths back.",
        True,
        [
            ("duration", 26, "year", None),
            ("duration", 0.23, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 0.41, "second", None),
        ],
        None,
    ),
    (
        "en",
        "It was the first Swiss win in a Kitzbuehel super-G since 2019, FIS said.",
        True,
        [("ordinal", 1, None, None), ("year", 2019, None, None)],
        "FIS",
    ),
    (
        "en",
        "Race organisers shortened the course by about 150 metres because gusts at the top were too strong.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    (
        "en",
        "Austria's Julian Gruber, who crashed into the safety nets below the Hausbergkante, was flown to hospital in Innsbruck, the federation said.",
        True,
        [],
        "the federation",
    ),
    (
        "en",
        "Rüegg moved up to second in the super-G standings with 325 points, 60 behind Marchal.",
        True,
        [("ordinal", 2, None, None), ("count", 325, None, None), ("count", 60, None, None)],
        None,
    ),
    ("en", '"You come down the Streif and you just feel lucky to be alive," Rüegg said.', False, [], None),
    (
        "en",
        "The finish area was packed with cowbell-ringing Swiss fans long before the first racer came down.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Vestby wins Antholz sprint (Reuters) ---
    (
        "en",
        "ANTHOLZ, Italy, Jan 23 (Reuters) - Norway's Haakon Vestby shot clean to win the men's 10-km sprint on Friday, his third victory of the season.",
        True,
        [("date", "--01-23", None, None), ("count", 10, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Vestby, 24, finished in 23 minutes 48.6 seconds, 14.2 seconds ahead of France's Baptiste Morand, who missed one target.",
        True,
        [
            ("duration", 24, "year", None),
            ("duration", 23, "minute", None),
            ("duration", 48.6, "second", None),
            ("duration", 14.2, "second", None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Germany's Simon Kellerhals was third, 21.7 seconds back, after hitting all 10 targets.",
        True,
        [("ordinal", 3, None, None), ("duration", 21.7, "second", None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Only 12 of the 104 starters shot clean in swirling winds, the IBU said.",
        True,
        [("count", 12, None, None), ("count", 104, None, None)],
        "the IBU",
    ),
    (
        "en",
        "The top 60 qualify for Saturday's 12.5-km pursuit, in which Vestby will start 14.2 seconds ahead of Morand.",
        True,
        [("count", 60, None, None), ("count", 12.5, None, None), ("duration", 14.2, "second", None)],
        None,
    ),
    (
        "en",
        "Vestby leads the overall World Cup with 684 points, 47 ahead of Morand.",
        True,
        [("count", 684, None, None), ("count", 47, None, None)],
        None,
    ),
    ("en", '"On the range I only tried to keep calm and trust my rhythm," Vestby said.', False, [], None),
    ("en", "Can anyone stop Vestby this winter?", False, [], None),
    # --- Ferrer and Nystrom set up final (Reuters) ---
    (
        "en",
        "MELBOURNE, Jan 23 (Reuters) - World number one Mateo Ferrer reached his third Australian Open final on Friday with a 6-3 6-7(5) 6-4 7-6(2) victory over Italy's Lorenzo Barone that lasted three hours and 52 minutes.",
        True,
        [
            ("date", "--01-23", None, None),
            ("ordinal", 1, None, None),
            ("ordinal", 3, None, None),
            ("duration", 3, "hour", None),
            ("duration", 52, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "The 22-year-old Spaniard served 19 aces and broke Barone's serve four times from 13 chances.",
        True,
        [
            ("duration", 22, "year", None),
            ("count", 19, None, None),
            ("count", 4, None, None),
            ("count", 13, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ferrer won nearly three-quarters of his first-serve points and did not face a break point in the last two sets.",
        True,
        [("fraction", 0.75, None, "nearly"), ("ordinal", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ferrer, who has won four Grand Slam titles, will face Sweden's Elias Nyström, the sixth seed, in Sunday's final.",
        True,
        [("count", 4, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Nyström beat Jan-Luca Pfeiffer of Germany 7-5 6-4 6-4 in the first semi-final, dropping serve only once.",
        True,
        [("ordinal", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Nyström, 27, is the first Swede to reach a men's Grand Slam final since 2011.",
        True,
        [("duration", 27, "year", None), ("ordinal", 1, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "The champion will receive A$4.15 million in prize money, Tennis Australia said.",
        True,
        [("money", 4150000, "AUD", None)],
        "Tennis Australia",
    ),
    (
        "en",
        '"Mateo plays like he has nothing to lose, and that makes him dangerous," Nyström told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Barone said he felt the match had been decided by a handful of points.", False, [], None),
    # --- Gstöttner gewinnt auf der Streif (APA) ---
    (
        "de",
        "Kitzbühel (APA) - Der Salzburger Florian Gstöttner hat am Samstag die Hahnenkamm-Abfahrt gewonnen und als erster Österreicher seit 2021 den Klassiker auf der Streif für sich entschieden.",
        True,
        [("ordinal", 1, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Der 29-Jährige war in 1:53,47 Minuten um sieben Hundertstel schneller als der Schweizer Nils Zurbuchen.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 53.47, "second", None),
            ("duration", 0.07, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritter wurde der Norweger Sindre Brekkhus mit 0,62 Sekunden Rückstand, Vierter der Italiener Matteo Zanoner.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.62, "second", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Für Gstöttner war es der elfte Weltcupsieg seiner Karriere und der sechste in der Abfahrt.",
        True,
        [("ordinal", 11, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Bester Deutscher war Lukas Brandhuber als 14., ihm fehlten 1,58 Sekunden auf die Bestzeit.",
        True,
        [("ordinal", 14, None, None), ("duration", 1.58, "second", None)],
        None,
    ),
    (
        "de",
        "Wegen Neuschnees wurde der Start um 30 Minuten auf 12 Uhr verschoben, teilte der Kitzbüheler Ski Club mit.",
        True,
        [("duration", 30, "minute", None)],
        "der Kitzbüheler Ski Club",
    ),
    (
        "de",
        "ÖSV-Herrencheftrainer Roland Aschauer sagte, Gstöttner sei am Donnerstag noch mit Fieber im Bett gelegen.",
        True,
        [],
        "Roland Aschauer",
    ),
    (
        "de",
        "In der Abfahrtswertung führt Gstöttner nun mit 455 Punkten vor Zurbuchen (398) und Brekkhus (371).",
        True,
        [("count", 455, None, None), ("count", 398, None, None), ("count", 371, None, None)],
        None,
    ),
    (
        "de",
        "„Wenn du hier abschwingst und das Grün auf der Anzeigetafel siehst, ist das mit nichts zu vergleichen“, sagte Gstöttner.",
        False,
        [],
        None,
    ),
    ("de", "„Der Flo hat heute gezeigt, was für ein Kämpfer er ist“, sagte Aschauer.", False, [], None),
    # --- Whitford tears ACL (AP) ---
    (
        "en",
        "KITZBUEHEL, Austria (AP) — American Cody Whitford is out for the season after tearing the anterior cruciate ligament in his right knee in a crash in Saturday's downhill.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The U.S. Ski Team said the 28-year-old would have surgery in Colorado next week and faced eight to 10 months of rehabilitation.",
        True,
        [("duration", 28, "year", None), ("duration", 8, "month", None), ("duration", 10, "month", None)],
        "the U.S. Ski Team",
    ),
    (
        "en",
        "Whitford lost control at the Hausbergkante, about 40 seconds from the finish, and slid into the safety nets.",
        True,
        [("duration", 40, "second", "about")],
        None,
    ),
    (
        "en",
        "He had finished third in Friday's super-G, his best result since coming back from a broken leg in 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The race was stopped for 22 minutes while he was treated and flown off the course by helicopter.",
        True,
        [("duration", 22, "minute", None)],
        None,
    ),
    ("en", '"It\'s a cruel sport sometimes," U.S. head coach Dan Reinholt said.', False, [], None),
    # --- Casanova gewinnt in Cortina (Keystone-SDA) ---
    (
        "de",
        "Cortina d'Ampezzo (Keystone-SDA) - Ladina Casanova hat die Weltcup-Abfahrt in Cortina d'Ampezzo gewonnen und damit ihren ersten Sieg in dieser Disziplin gefeiert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 25-jährige Bündnerin verwies die Italienerin Giorgia Valsecchi um 0,15 Sekunden auf Rang zwei.",
        True,
        [("duration", 25, "year", None), ("duration", 0.15, "second", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ex aequo Dritte wurden die Österreicherin Magdalena Pirchner und die Norwegerin Ragnhild Sølvberg, beide mit 0,44 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.44, "second", None)],
        None,
    ),
    (
        "de",
        "Zweitbeste Schweizerin war Jasmin Aebersold als Achte.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Fast die Hälfte der 52 Starterinnen schied auf der eisigen Piste aus.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Casanova ist die erste Schweizer Abfahrtssiegerin in Cortina seit 2017, teilte Swiss-Ski mit.",
        True,
        [("ordinal", 1, None, None), ("year", 2017, None, None)],
        "Swiss-Ski",
    ),
    ("de", "Für den Sieg erhält sie ein Preisgeld von 45'000 Franken.", True, [("money", 45000, "CHF", None)], None),
    (
        "de",
        "Im Abfahrtsweltcup liegt die Bündnerin nun mit 310 Punkten 25 Zähler hinter Valsecchi, die Leaderin bleibt.",
        True,
        [("count", 310, None, None), ("count", 25, None, None)],
        None,
    ),
    ("de", "«Das ist ein Traum, der heute in Erfüllung gegangen ist», sagte Casanova.", False, [], None),
    (
        "de",
        "«Ladina hat in diesem Winter einen riesigen Schritt nach vorne gemacht», sagte Cheftrainer Beat Tschannen.",
        False,
        [],
        None,
    ),
    # --- Kiesling gewinnt Verfolgung (dpa) ---
    (
        "de",
        "Antholz (dpa) - Biathletin Johanna Kiesling hat in Antholz zum ersten Mal in ihrer Karriere eine Verfolgung gewonnen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 27-Jährige leistete sich über zehn Kilometer nur einen Schießfehler und hatte im Ziel 9,8 Sekunden Vorsprung auf die Französin Océane Rivaud.",
        True,
        [
            ("duration", 27, "year", None),
            ("count", 10, None, None),
            ("count", 1, None, None),
            ("duration", 9.8, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Kiesling war als Sechste mit 31 Sekunden Rückstand ins Rennen gegangen.",
        True,
        [("ordinal", 6, None, None), ("duration", 31, "second", None)],
        None,
    ),
    (
        "de",
        "Die Norwegerin Marte Løvlie kam nach drei Strafrunden als Vierte ins Ziel und verlor damit das Gelbe Trikot der Weltcupführenden.",
        True,
        [("count", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Neue Gesamtführende ist Rivaud mit 712 Punkten, Kiesling liegt mit 23 Zählern Rückstand auf Rang drei.",
        True,
        [("count", 712, None, None), ("count", 23, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bundestrainer Bernd Ostertag sagte, Kiesling habe im Dezember wegen eines Infekts zwei Weltcup-Stationen auslassen müssen.",
        True,
        [("count", 2, None, None)],
        "Bernd Ostertag",
    ),
    (
        "de",
        "Die Übertragung verfolgten im Schnitt 4,1 Millionen Zuschauer, das entsprach einem Marktanteil von 31,5 Prozent, teilte der Sender mit.",
        True,
        [("count", 4100000, None, None), ("percent", 31.5, "%", None)],
        "der Sender",
    ),
    ("de", "„Ich habe mir am Schießstand nur gesagt: atmen, nicht denken“, sagte Kiesling.", False, [], None),
    (
        "de",
        "Vor dem Stadion feierten Hunderte deutsche Fans mit Fahnen und Trommeln bis in den Abend.",
        False,
        [],
        None,
    ),
    # --- Vesely wins Australian Open (AP) ---
    (
        "en",
        "MELBOURNE, Australia (AP) — Katarina Vesely won her first Grand Slam title on Saturday, rallying past Madison Greer 3-6 6-3 6-2 in the Australian Open final.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The 23-year-old Czech, seeded fourth, dropped only two games in the final set after losing the first in 37 minutes.",
        True,
        [
            ("duration", 23, "year", None),
            ("ordinal", 4, None, None),
            ("count", 2, None, None),
            ("ordinal", 1, None, None),
            ("duration", 37, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Vesely is the third Czech woman to win the title in Melbourne and the first since 1998.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("year", 1998, None, None)],
        None,
    ),
    ("en", "She will rise to a career-high No. 2 in Monday's WTA rankings.", True, [("ordinal", 2, None, None)], None),
    (
        "en",
        "Greer, 20, was playing in her first major final and had beaten three seeded players on the way.",
        True,
        [("duration", 20, "year", None), ("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The match drew a crowd of 14,820 to Rod Laver Arena, organizers said.",
        True,
        [("count", 14820, None, None)],
        "organizers",
    ),
    (
        "en",
        "Tomáš Kubelík, Vesely's coach since 2021, said she had added four kilograms of muscle in the off-season.",
        True,
        [("year", 2021, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        '"I told myself at the changeover to stop thinking about the trophy and just hit the ball," Vesely said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Maddie is going to win one of these, probably many of them," Vesely said of her opponent.',
        False,
        [],
        None,
    ),
    ("en", "Czech fans in red, white and blue face paint sang long into the night outside the arena.", False, [], None),
    # --- Bräunlein siegt in Zakopane (dpa) ---
    (
        "de",
        "Zakopane (dpa) - Skispringer Niklas Bräunlein hat am Samstag in Zakopane seinen ersten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 21-Jährige aus Oberstdorf setzte sich mit Sprüngen auf 136,5 und 140 Meter und 298,4 Punkten durch.",
        True,
        [
            ("duration", 21, "year", None),
            ("count", 136.5, None, None),
            ("count", 140, None, None),
            ("count", 298.4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Zweiter wurde der Slowene Žiga Lovrenčič mit 1,8 Punkten Rückstand, Dritter der Österreicher Stefan Moosleitner.",
        True,
        [("ordinal", 2, None, None), ("count", 1.8, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Wegen starken Rückenwinds verkürzte die Jury im zweiten Durchgang den Anlauf um zwei Luken, teilte der Weltverband FIS mit.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None)],
        "der Weltverband FIS",
    ),
    (
        "de",
        "Bundestrainer Wolfram Eberle sagte, Bräunlein sei erst im Dezember nach zwei Siegen im Continental Cup ins Weltcupteam aufgerückt.",
        True,
        [("count", 2, None, None)],
        "Wolfram Eberle",
    ),
    (
        "de",
        "Im Gesamtweltcup liegt weiter Lovrenčič mit 1.046 Punkten vorn, Bräunlein verbesserte sich auf Rang elf.",
        True,
        [("count", 1046, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    ("de", "„Ich bin einfach nur sprachlos, das ist ein Kindheitstraum“, sagte Bräunlein im ZDF.", False, [], None),
    ("de", "Ob Bräunlein auch bei der Skiflug-WM im März startet, ist noch offen.", False, [], None),
    # --- Brennan conquers Willunga (AAP) ---
    (
        "en",
        "ADELAIDE, Jan 24 (AAP) - Australian Lachlan Brennan has won the queen stage of the Tour Down Under atop Willunga Hill to take the ochre jersey into Sunday's final day.",
        True,
        [("date", "--01-24", None, None)],
        None,
    ),
    (
        "en",
        "The 26-year-old attacked with 1.2 kilometres to go and crossed the line seven seconds clear of Denmark's Magnus Kragh.",
        True,
        [("duration", 26, "year", None), ("count", 1.2, None, None), ("duration", 7, "second", None)],
        None,
    ),
    (
        "en",
        "The 148.6km stage from McLaren Vale finished with two ascents of the 3km climb, which averages 7.4 per cent.",
        True,
        [("count", 148.6, None, None), ("count", 2, None, None), ("count", 3, None, None), ("percent", 7.4, "%", None)],
        None,
    ),
    (
        "en",
        "Including bonus seconds, Brennan now leads Kragh by 11 seconds overall, with Dutchman Thijs van Rooyen third at 19 seconds.",
        True,
        [("duration", 11, "second", None), ("ordinal", 3, None, None), ("duration", 19, "second", None)],
        None,
    ),
    (
        "en",
        "About 140,000 spectators lined the route, a record for the stage, organisers said.",
        True,
        [("count", 140000, None, "about")],
        "organisers",
    ),
    (
        "en",
        "Sunday's final stage is a 90km circuit race in Adelaide over 20 laps of a 4.5km course.",
        True,
        [("count", 90, None, None), ("count", 20, None, None), ("count", 4.5, None, None)],
        None,
    ),
    (
        "en",
        '"I\'ve dreamt about winning on Willunga since I was a kid watching from the roadside," Brennan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether Kragh's team can claw back 11 seconds on a flat circuit remains to be seen.",
        False,
        [("duration", 11, "second", None)],
        None,
    ),
    # --- Marchbank breaks hour record (Reuters) ---
    (
        "en",
        "GRENCHEN, Switzerland, Jan 24 (Reuters) - British rider Owen Marchbank broke cycling's hour record on Saturday, covering 57.214 kilometres on the Grenchen velodrome.",
        True,
        [("date", "--01-24", None, None), ("count", 57.214, None, None)],
        None,
    ),
    (
        "en",
        "The 30-year-old beat the previous mark by 412 metres, the UCI said.",
        True,
        [("duration", 30, "year", None), ("count", 412, None, None)],
        "the UCI",
    ),
    (
        "en",
        "Marchbank completed 228 laps of the 250-metre track and was ahead of record pace after the opening 10 minutes.",
        True,
        [("count", 228, None, None), ("count", 250, None, None), ("duration", 10, "minute", None)],
        None,
    ),
    (
        "en",
        "The attempt was held at an altitude of about 450 metres, with the track heated to 28 degrees Celsius.",
        True,
        [("count", 450, None, "about"), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "Marchbank, a two-time world champion in the individual pursuit, said he had trained for the attempt for nine months.",
        True,
        [("count", 2, None, None), ("duration", 9, "month", None)],
        None,
    ),
    ("en", "The previous record had stood since August 2023.", True, [("year", 2023, None, None)], None),
    (
        "en",
        '"The last 15 minutes were the most painful thing I have ever done on a bike," Marchbank said.',
        False,
        [("duration", 15, "minute", None)],
        None,
    ),
    # --- Rainalter gewinnt den Slalom (APA) ---
    (
        "de",
        "Kitzbühel (APA) - Der Tiroler Dominik Rainalter hat am Sonntag den Slalom am Ganslernhang gewonnen und für den zweiten österreichischen Heimsieg an diesem Wochenende gesorgt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 31-Jährige lag nach dem ersten Durchgang nur auf Rang neun, 0,84 Sekunden hinter der Spitze.",
        True,
        [
            ("duration", 31, "year", None),
            ("ordinal", 1, None, None),
            ("ordinal", 9, None, None),
            ("duration", 0.84, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Mit Laufbestzeit im zweiten Durchgang fing er noch alle acht vor ihm Platzierten ab und siegte in 1:41,26 Minuten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 8, None, None),
            ("duration", 1, "minute", None),
            ("duration", 41.26, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Zweiter wurde der Franzose Hugo Berthelot mit zwei Hundertstel Rückstand, der Halbzeitführende Atle Rønneberg aus Norwegen fiel auf Rang drei zurück.",
        True,
        [("ordinal", 2, None, None), ("duration", 0.02, "second", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Es war Rainalters 25. Podestplatz im Weltcup, aber erst sein vierter Sieg.",
        True,
        [("ordinal", 25, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Von den 72 gestarteten Läufern kamen im ersten Durchgang 29 nicht ins Ziel.",
        True,
        [("count", 72, None, None), ("ordinal", 1, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Rainalter sagte der APA, er sei seit einem Sturz im Training vor zwei Wochen mit einer lädierten Schulter gefahren.",
        True,
        [("duration", 2, "week", None)],
        "Rainalter",
    ),
    (
        "de",
        "Rønneberg übernahm mit 540 Punkten die Führung im Slalomweltcup, drei Zähler vor Berthelot.",
        True,
        [("count", 540, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Ich bin im zweiten Lauf gefahren, als gäbe es kein Morgen“, sagte Rainalter.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ob der Tiroler damit im Kampf um die kleine Kugel wieder mitreden kann, wird sich in Schladming zeigen.",
        False,
        [],
        None,
    ),
    # --- Hahnenkamm-Bilanz (APA) ---
    (
        "de",
        "Kitzbühel (APA) - Die Hahnenkamm-Rennen haben an den drei Renntagen nach Angaben der Veranstalter 96.500 Zuschauerinnen und Zuschauer angezogen.",
        True,
        [("count", 3, None, None), ("count", 96500, None, None)],
        "die Veranstalter",
    ),
    (
        "de",
        "Das sind rund 4.000 mehr als im Vorjahr, etwa ein Viertel der Besucher reiste aus dem Ausland an.",
        True,
        [("count", 4000, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Die Abfahrt am Samstag sahen laut ORF durchschnittlich 1,34 Millionen Menschen bei einem Marktanteil von 71 Prozent.",
        True,
        [("count", 1340000, None, None), ("percent", 71, "%", None)],
        "ORF",
    ),
    (
        "de",
        "Das Preisgeld für die drei Rennen betrug insgesamt 1,1 Millionen Euro, der Abfahrtssieger erhielt davon 125.000 Euro.",
        True,
        [("count", 3, None, None), ("money", 1100000, "EUR", None), ("money", 125000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Laut einer Studie der Wirtschaftskammer bringt das Rennwochenende der Region eine Wertschöpfung von rund 60 Millionen Euro.",
        True,
        [("money", 60000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Polizeiangaben mussten am Wochenende 43 Personen wegen Alkoholisierung versorgt werden, vier davon im Spital.",
        True,
        [("count", 43, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Kitzbühels Bürgermeister sprach von „der besten Werbung, die man sich mit Geld nicht kaufen kann“.",
        False,
        [],
        None,
    ),
    # --- Valsecchi wins Cortina super-G (Reuters) ---
    (
        "en",
        "CORTINA D'AMPEZZO, Italy, Jan 25 (Reuters) - Italy's Giorgia Valsecchi won Sunday's super-G on home snow, having finished second in Saturday's downhill.",
        True,
        [("date", "--01-25", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Valsecchi, 31, clocked 1:21.07 to beat Switzerland's Ladina Casanova by 0.29 seconds.",
        True,
        [
            ("duration", 31, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 21.07, "second", None),
            ("duration", 0.29, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Austria's Magdalena Pirchner was third, 0.52 seconds back.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.52, "second", None)],
        None,
    ),
    (
        "en",
        "It was Valsecchi's 15th World Cup win and her eighth in super-G.",
        True,
        [("ordinal", 15, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "Five of the first 12 starters failed to finish on a course set by the Italian coach, FIS said.",
        True,
        [("count", 5, None, None), ("ordinal", 1, None, None), ("count", 12, None, None)],
        "FIS",
    ),
    (
        "en",
        '"Cortina is my home, and today I felt every fan pushing me down the hill," Valsecchi said.',
        False,
        [],
        None,
    ),
    ("en", 'Italian newspapers have taken to calling her "the queen of the Tofane".', False, [], None),
    # --- Deutsche Staffel knapp am Podest vorbei (SID) ---
    (
        "de",
        "Antholz (SID) - Die deutschen Biathleten sind in der Staffel von Antholz auf Rang vier gelandet und haben das Podest um knapp drei Sekunden verpasst.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "second", "nearly")],
        None,
    ),
    (
        "de",
        "Das Quartett mit Jonas Reindl, Elias Brückner, Max Wendlinger und Simon Kellerhals benötigte über 4 x 7,5 Kilometer sieben Nachlader und eine Strafrunde.",
        True,
        [("count", 4, None, None), ("count", 7.5, None, None), ("count", 7, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Den Sieg holte Norwegen vor Frankreich und Schweden, es war der neunte Staffelsieg der Norweger in Serie.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Schlussläufer Kellerhals, am Freitag noch Dritter im Sprint, war nach dem Stehendschießen mit 1:10 Minuten Rückstand auf Rang sechs zurückgefallen.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 1, "minute", None),
            ("duration", 10, "second", None),
            ("ordinal", 6, None, None),
        ],
        None,
    ),
    (
        "de",
        "Männer-Bundestrainer Arne Vollrath sagte, Brückner habe wegen einer Erkältung erst am Samstagabend grünes Licht bekommen.",
        True,
        [],
        "Arne Vollrath",
    ),
    (
        "de",
        "„Am Ende haben uns ein paar Zehntel gefehlt, aber die Aufholjagd macht Mut“, sagte Kellerhals.",
        False,
        [],
        None,
    ),
    # --- Slovenia win team event (AFP) ---
    (
        "en",
        "ZAKOPANE, Poland (AFP) - Slovenia won the men's ski jumping team event in Zakopane on Sunday, ending Austria's run of four straight team victories.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Slovenian quartet totalled 1,187.6 points, 9.4 ahead of Austria, with Germany third.",
        True,
        [("count", 1187.6, None, None), ("count", 9.4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Žiga Lovrenčič produced the longest jump of the day at 141.5 metres in the second round.",
        True,
        [("count", 141.5, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The second round was delayed by about 25 minutes because of gusting crosswinds.",
        True,
        [("ordinal", 2, None, None), ("duration", 25, "minute", "about")],
        None,
    ),
    (
        "en",
        "Some 21,000 tickets were sold for the two days of competition, organisers said.",
        True,
        [("count", 21000, None, "about"), ("duration", 2, "day", None)],
        "organisers",
    ),
    (
        "en",
        '"Team events are the best part of this sport, because you celebrate with your brothers," Lovrenčič said.',
        False,
        [],
        None,
    ),
    ("en", "Polish fans sang and waved flares under the Wielka Krokiew long after the prize-giving.", False, [], None),
    # --- Kogler springt zum Sieg (APA) ---
    (
        "de",
        "Willingen (APA) - Die Salzburgerin Theresa Kogler hat am Sonntag das Weltcupspringen der Frauen in Willingen gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 30-Jährige sprang auf 145 und 147,5 Meter und hatte am Ende mit 271,9 Punkten 4,3 Zähler Vorsprung auf die Norwegerin Thea Bjørnstad.",
        True,
        [
            ("duration", 30, "year", None),
            ("count", 145, None, None),
            ("count", 147.5, None, None),
            ("count", 271.9, None, None),
            ("count", 4.3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Mit ihrem 147,5-Meter-Sprung stellte Kogler einen Schanzenrekord für Frauen auf.",
        True,
        [("count", 147.5, None, None)],
        None,
    ),
    (
        "de",
        "Für die dreifache Weltmeisterin war es der 21. Weltcupsieg, in der ewigen Bestenliste ist sie nun alleinige Vierte.",
        True,
        [("count", 3, None, None), ("ordinal", 21, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Beste Deutsche war Lea Stahlberg als Siebte.", True, [("ordinal", 7, None, None)], None),
    (
        "de",
        "ÖSV-Sportdirektorin Irmgard Wallner sagte, Kogler werde das Springen in Hinzenbach am 31. Jänner auslassen.",
        True,
        [("date", "--01-31", None, None)],
        "Irmgard Wallner",
    ),
    ("de", "„Die Theresa springt derzeit in einer eigenen Liga“, sagte Wallner.", False, [], None),
    ("de", "Tausende Fans sorgten an der Mühlenkopfschanze trotz Schneeregens für Stimmung.", False, [], None),
    # --- Reinholz gewinnt Schlussetappe (dpa) ---
    (
        "de",
        "Adelaide (dpa) - Radprofi Max Reinholz hat zum Abschluss der Tour Down Under die sechste Etappe in Adelaide gewonnen.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Der 28-Jährige aus Cottbus setzte sich nach 90 Kilometern im Massensprint vor dem Belgier Jens Verstraete und dem Australier Oscar Lindell durch.",
        True,
        [("duration", 28, "year", None), ("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "Es war für Reinholz der 14. Sieg als Profi und der zweite bei der Tour Down Under nach 2023.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 2, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Den Gesamtsieg sicherte sich der Australier Lachlan Brennan mit elf Sekunden Vorsprung auf den Dänen Magnus Kragh.",
        True,
        [("duration", 11, "second", None)],
        None,
    ),
    (
        "de",
        "„Ich lag auf den letzten 500 Metern an Position vier und bin erst 150 Meter vor dem Ziel angetreten“, sagte Reinholz.",
        True,
        [("count", 500, None, None), ("ordinal", 4, None, None), ("count", 150, None, None)],
        "Reinholz",
    ),
    (
        "de",
        "Als nächstes Rennen plant Reinholz nach Angaben seines Teams die Algarve-Rundfahrt Mitte Februar.",
        True,
        [],
        None,
    ),
    ("de", "„Für so einen Moment quält man sich den ganzen Winter im Training“, sagte Reinholz.", False, [], None),
    # --- Ferrer wins Australian Open (Reuters) ---
    (
        "en",
        "MELBOURNE, Jan 25 (Reuters) - Mateo Ferrer claimed his second Australian Open title and fifth Grand Slam crown on Sunday, beating Sweden's Elias Nyström 7-6(4) 6-7(8) 6-3 6-4 in four hours and seven minutes.",
        True,
        [
            ("date", "--01-25", None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 5, None, None),
            ("duration", 4, "hour", None),
            ("duration", 7, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "It was the longest men's final in Melbourne since 2012, tournament organisers said.",
        True,
        [("year", 2012, None, None)],
        None,
    ),
    (
        "en",
        "Nyström saved five championship points in the second-set tiebreak before Ferrer broke him at 3-3 in the third.",
        True,
        [("count", 5, None, None), ("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Ferrer, 22, finished with 62 winners and 41 unforced errors, while Nyström served 27 aces.",
        True,
        [
            ("duration", 22, "year", None),
            ("count", 62, None, None),
            ("count", 41, None, None),
            ("count", 27, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Spaniard, who lost in the first round a year ago with a back injury, collected A$4.15 million in prize money.",
        True,
        [("ordinal", 1, None, None), ("money", 4150000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Nyström will climb to third in the ATP rankings on Monday, his highest position since 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    ("en", "Ferrer now has a 14-3 win-loss record in tour-level finals.", True, [], None),
    (
        "en",
        "Ferrer told reporters he would skip next month's Davis Cup qualifier to rest his back.",
        True,
        [],
        "Ferrer",
    ),
    (
        "en",
        '"This trophy means more to me than any other because of what happened here last year," Ferrer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Whatever people say, I gave everything I had and I\'m proud of that," Nyström told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Is this the start of a Ferrer era in Melbourne?", False, [], None),
    # --- Doppeltitel für Brändli (Keystone-SDA) ---
    (
        "de",
        "Melbourne (Keystone-SDA) - Der Zürcher Loïc Brändli hat an den Australian Open an der Seite des Niederländers Ruben Dekker den Titel im Männerdoppel gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das an Nummer sieben gesetzte Duo setzte sich im Final gegen die topgesetzten Argentinier mit 6:3, 3:6, 10:7 im Champions-Tiebreak durch.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Brändli ist der erste Schweizer Doppelsieger an einem Grand-Slam-Turnier seit 2015, teilte Swiss Tennis mit.",
        True,
        [("ordinal", 1, None, None), ("year", 2015, None, None)],
        "Swiss Tennis",
    ),
    (
        "de",
        "Der 31-Jährige hatte im Vorjahr noch auf Platz 212 der Doppel-Weltrangliste gestanden.",
        True,
        [("duration", 31, "year", None), ("ordinal", 212, None, None)],
        None,
    ),
    (
        "de",
        "Das Siegerduo teilt sich ein Preisgeld von 730'000 australischen Dollar.",
        True,
        [("money", 730000, "AUD", None)],
        None,
    ),
    (
        "de",
        "«Vor zwei Jahren hätte ich nie zu träumen gewagt, hier zu stehen», sagte Brändli.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    ("de", "«Loïc hat heute am Netz unglaublich gespielt», sagte Dekker.", False, [], None),
    # --- Rüfenacht auf dem Podest (Keystone-SDA) ---
    (
        "de",
        "Benidorm (Keystone-SDA) - Timon Rüfenacht hat beim Weltcup-Rennen der Radquerfahrer in Benidorm als Zweiter den ersten Schweizer Podestplatz dieser Saison erreicht.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 23-jährige Berner musste sich nach 60 Minuten Renndauer nur dem Niederländer Lars Verbruggen geschlagen geben, der 18 Sekunden Vorsprung hatte.",
        True,
        [("duration", 23, "year", None), ("duration", 60, "minute", None), ("duration", 18, "second", None)],
        None,
    ),
    (
        "de",
        "Verbruggen feierte damit im neunten Rennen seinen neunten Sieg.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Das Rennen führte über neun Runden auf einem 2,9 Kilometer langen Rundkurs durch Sand und Pinienwald.",
        True,
        [("count", 9, None, None), ("count", 2.9, None, None)],
        None,
    ),
    (
        "de",
        "«Ich bin nach einem Sturz in der zweiten Runde bis auf Platz 14 zurückgefallen», sagte Rüfenacht.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 14, None, None)],
        "Rüfenacht",
    ),
    (
        "de",
        "Bei den Frauen wurde Nadine Imboden als beste Schweizerin Sechste.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Im Gesamtweltcup liegt Rüfenacht mit 287 Punkten auf Rang fünf.",
        True,
        [("count", 287, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "«Timon ist auf dem Weg, einer der ganz Grossen zu werden», sagte Nationaltrainer Res Gerber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Strand von Benidorm feierten die Zuschauer die Fahrer in Badehosen und mit Sonnenhüten.",
        False,
        [],
        None,
    ),
    # --- Alberts extends World Cup lead (Reuters) ---
    (
        "en",
        "BENIDORM, Spain, Jan 25 (Reuters) - Dutch rider Femke Alberts won the women's cyclo-cross World Cup race in Benidorm on Sunday, her 30th career World Cup victory.",
        True,
        [("date", "--01-25", None, None), ("ordinal", 30, None, None)],
        None,
    ),
    (
        "en",
        "Alberts, 29, finished 26 seconds ahead of Belgium's Lotte Claes after 50 minutes of racing over six laps.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 26, "second", None),
            ("duration", 50, "minute", None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        "She now leads the World Cup standings by 71 points with three rounds remaining.",
        True,
        [("count", 71, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Switzerland's Nadine Imboden was sixth, 1 minute 42 seconds back.",
        True,
        [("ordinal", 6, None, None), ("duration", 1, "minute", None), ("duration", 42, "second", None)],
        None,
    ),
    ("en", "The race was held in a temperature of 19 degrees Celsius.", True, [("count", 19, None, None)], None),
    (
        "en",
        "Prize money for the winner was 5,000 euros, the same as in the men's race, the UCI said.",
        True,
        [("money", 5000, "EUR", None)],
        "the UCI",
    ),
    ("en", '"Sand is my friend today, but it is not always," Alberts joked.', False, [], None),
    # --- Gesamtweltcup nach Kitzbühel (APA) ---
    (
        "de",
        "Wien (APA) - Nach dem Hahnenkamm-Wochenende führt der Schweizer Nils Zurbuchen den Gesamtweltcup der Herren mit 1.124 Punkten an.",
        True,
        [("count", 1124, None, None)],
        None,
    ),
    (
        "de",
        "Auf Rang zwei folgt der Norweger Atle Rønneberg mit 962 Punkten, Dritter ist Gstöttner mit 905 Zählern.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 962, None, None),
            ("ordinal", 3, None, None),
            ("count", 905, None, None),
        ],
        None,
    ),
    (
        "de",
        "Zurbuchens Vorsprung ist damit auf gut 160 Punkte angewachsen.",
        True,
        [("count", 160, None, "over")],
        None,
    ),
    (
        "de",
        "Bis zum Saisonfinale stehen noch 14 Rennen auf dem Programm, pro Sieg gibt es 100 Punkte.",
        True,
        [("count", 14, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Zurbuchen hat in diesem Winter erst zwei Rennen gewonnen, stand aber bereits zehnmal auf dem Podest.",
        True,
        [("count", 2, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Damen führt Valsecchi mit 1.108 Punkten 94 Zähler vor Casanova.",
        True,
        [("count", 1108, None, None), ("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "„Die große Kugel wird nicht im Jänner vergeben“, sagte ÖSV-Sportdirektor Lukas Fankhauser.",
        False,
        [],
        None,
    ),
    ("de", "Viele Experten sehen Zurbuchen dennoch bereits als sicheren Gesamtsieger.", False, [], None),
]
