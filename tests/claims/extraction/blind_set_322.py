"""Three-hundred-and-twenty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, coaches, officials and figures
are made up (Hanna Mösenbichler, Roland Eibl, Franziska Lohmeier, Kai Wendelstein, Silvan
Rüttimann, Reto Good-Wicki, Vinzenz Hörtnagl, Moritz Steinwender, Markus Leitgeb, Seraina
Casutt, Leon Braunecker, Stefan Gramlich, Florian Schwaiger, Ruth Gasteiger, Gian Reto
Caduff, Thomas Brügger, Marie Dettweiler, Jonas Reisacher, Sven Hellmich, Lea Harnisch,
Tobias Quandt, Manuel Rohrmoser, Patrick Kahr, Maximilian Ebersberger, Till Wegerich,
Martina Zurfluh, Katja Stöckl, Jens Marwitz, Leonie Zgraggen, Alina Bucheli, Seraina
Amstutz, Herbert Wallnöfer; Eskil Brattvold, Lukas Aigenberger, Tess Harwood, Linnea
Sjöstrand, Zuzana Hrušovská, Henrik Skaugvold, Mathis Lachenal, Synnøve Aaland, Camille
Duroc, Owen Lessard, Nico Ambühl, Sondre Vik, Ryan Tolliver, Nika Vrhovnik, Lena Kathrein,
Sara Okuhara, Caleb Ostrander, Joris van Dijkhuizen, Haruto Nishida, Maude Fortier, Kristian
Haugsrud, Albin Forsell, Elin Hagström, Ingvild Brekke, Matevž Kranjec, Eli Marchetti,
Nathaniel Okafor, Lily Tran, Giulia Ferraris, Matteo Conti, Femke Oosterbroek, Matteo
Sbaraglia, Bastien Rolland, Roberts Kalniņš, Andri Cavelti, Giorgia Pellizzari, Hugo Bérard;
every unnamed president, member of an organising committee, racer, crew and fan); officials
of real federations appear under made-up names that stand for no real holder, or by their
role only ("der Präsident des Kitzbüheler Ski Clubs", "ein Mitglied des
Organisationskomitees"). Real bodies, broadcasters, events, venues and places (FIS, also as
"Weltverband FIS", IBU, ÖSV, Swiss-Ski, Deutsche Eisschnelllauf-Gemeinschaft, Deutsche
Eislauf-Union, Kitzbüheler Ski Club, Bundesheer, ORF, the U.S. Ski Team, U.S. Speedskating,
U.S. Figure Skating, NRK, Vierschanzentournee, Tour de Ski, Hahnenkamm, Lauberhorn,
Nightrace, Dreikönigsspringen, Sölden and its Rettenbach glacier, Gurgl, Killington and its
Superstar course, Tremblant, Östersund, Hochfilzen, Engelberg and its Gross-Titlis-Schanze,
Beaver Creek and Birds of Prey, Vail, Gröden and the Saslong, Davos, Oberstdorf and the
Schattenbergschanze, Lillehammer and Lysgaardsbakken, the Utah Olympic Oval, Val di Fiemme
and the Alpe Cermis, Bischofshofen, Wengen and the Haneggschuss, Adelboden and the
Chuenisbärgli, Inzell and the Max-Aicher-Arena, Antholz, Oberhof and the Grenzadler,
Wichita, Kaunas, Kitzbühel, the Streif, the Mausefalle and the Hausbergkante, Innsbruck,
Schladming and the Planai, St. Moritz, Cortina d'Ampezzo and the Olympia delle Tofane,
Altenberg and its Kreiselkurve, Crans-Montana, Holmenkollen, Planica and the Ponce, Saalbach
and the Zwölferkogel, and the datelines' cities) stand for the way wire copy names them;
every result, time, margin, rank, score, point, distance, penalty, record, tally, crowd,
audience, snow depth, temperature, course length, prize and quote here is invented, and
where a real figure came to mind (a real course length or gradient, a real hill or track
record, a real stadium capacity, a real prize for the Tournee, a real track's curves, a real
rule's threshold) it was changed or left out.

Its weight: WINTER SPORTS RESULTS AND RECORDS (the thirty-fifth, sixty-first,
hundred-fifty-third and two-hundred-and-fifty-sixth batches weighed sports results, the
hundred-thirty-third winter sports and their business and the two-hundred-and-twenty-first
winter and individual sports results, and their decisions on times, margins, ranks, points
and speakers are kept) - alpine skiing, biathlon, ski jumping and ski flying, cross-country,
bobsleigh, speed skating and figure skating - over one winter, late October to late March,
32 short stories as the sports desks file them, the German and English stories interleaved
(not strictly in date order), each told as wire copy runs it (a dateline lead with the
result, times, margins and ranks, the standings, attributed claims, quotes, follow-ups).
Half German (APA, dpa, Keystone-SDA; Austrian "war ... gelegen", "heuer", "Bub", Swiss
"Final", "21'500", "38'000", "40'000", "Gross-Titlis-Schanze", «» quotes, German „“ quotes):
the Gurgl slalom, the Hochfilzen sprint, the Engelberg ski jumping, the Gröden downhill,
cross-country in Davos, the Tournee's opening in Oberstdorf and its final in Bischofshofen,
the Adelboden giant slalom, speed skating in Inzell, the Oberhof relay, a pairs silver at
the European figure skating championships, the Streif prepared in Kitzbühel, the Schladming
Nightrace, two-man bob and monobob in Altenberg, the Crans-Montana super-G, ski flying in
Planica and the men's overall World Cup. Half English (Reuters, AP, AFP): the Sölden giant
slalom, the Killington slalom, the Östersund individual, the Beaver Creek downhill, women's
ski jumping in Lillehammer, speed skating in Salt Lake City, the Tour de Ski's final climb,
the Lauberhorn downhill, the Antholz mass start, the U.S. figure skating championships, the
Hahnenkamm downhill, four-man bob in St. Moritz, the Cortina downhill, the Holmenkollen 50
km and the World Cup finals in Saalbach. Figures as such copy has them: race and run times
in the colon form ("in 1:48,36 Minuten", "in 26:14,8 Minuten", "clocked 1:53.06", "winning
in 1:06.42", "1:04.7 behind the winner", "2:03:41.7") and spelled out ("1 minute, 41.18
seconds", "51 minutes 12.4 seconds"), margins in hundredths, tenths and seconds („um 27
Hundertstel“, „um drei Zehntel“, „um knapp eine Sekunde“, "by seven hundredths of a second",
"by 18 hundredths", "by one hundredth of a second", "by two tenths of a second", "0.16
seconds"), ranks and places („Dritte wurde“, „an sechster Stelle“, „auf Rang sechs“, „von
Rang sieben auf Rang zwei“, „Zweitbeste Schweizerin“, "was third", "climbed from 19th"),
wins, podiums and editions ordered and counted ("her 25th career podium", „der fünfte
Weltcupsieg der Karriere und der zweite in Gröden“, „die 76. Vierschanzentournee“, "22 World
Cup wins, nine of them", „achtmal auf dem Podest“), World Cup points and standings, ski
jumping distances and points, biathlon misses, penalty loops, targets and penalties
("missing one target", "a one-minute penalty", "missed twice", „eine Strafrunde“, „vier
Nachladern“, „59 von 60 Scheiben“), race distances, figure skating scores, bob runs and
start times, speeds, wind, temperatures, snow depths, snowmaking volumes, course lengths and
gradients, crowds, TV audience and market share, prize money in euros and Swiss francs,
ages, years, dates and hedges. Negatives as such copy has them - about a quarter of the
rows: athletes' joy, nerves, pride and disappointment in quotes, coaches' praise and a
coach's cliché, a generic claim in quotes, an official's and a coach's labels („sprach
von“), a tabloid's nickname, athletes' reported feelings and verdicts ("said he was
surprised", "said she was annoyed", "said the ice had been softer than he expected"),
racers' complaint and a fear without a measure, and fans' scene colour, each near a
check-worthy look-alike from the same story (a coach's quote of a fact beside his praise,
the same athlete's time, miss or points).

240 rows (120 German, 120 English), 56 negatives (27 German, 29 English), 184 check-worthy
rows of which 8 carry no figure (5 German, 3 English), 403 expected quantities (147 counts,
126 durations - 69 in seconds, 26 in years, 26 in minutes, 2 in hours, 1 in months, 1 in
weeks, 1 in days -, 96 ordinals, 15 years, 9 dates, 5 amounts of money - 3 EUR, 2 CHF -, 3
percentages - all in % -, 2 fractions; none of them in a negative), 36 checked speakers (20
German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states an
  outcome is check-worthy with or without a figure (thirty-fifth, sixty-first,
  hundred-thirty-third, two-hundred-and-twenty-first, two-hundred-and-fifty-sixth).
  Check-worthy without a figure: a sprint won in Davos, the Tournee's opening won, a relay
  won in Oberhof, a European silver medal, a Nightrace won with a „Doppelsieg“, a racer's
  announced rest ("would skip next weekend's races"; hundred-nineteenth: a stated next step)
  and two racers taken or flown to hospital (hundred-thirty-third). A quoted or reported
  evaluation, feeling, cliché or label is a negative with speaker None, also with a named
  speaker and an office (seventh, ninety-eighth, hundred-fifty-third,
  two-hundred-and-twenty-first, two-hundred-and-fifty-sixth); a quoted or reported statement
  of fact is check-worthy with its speaker, also in Konjunktiv I (thirty-ninth,
  hundred-thirty-third, two-hundred-and-twenty-first). Pairs from one speaker: Eibl's two
  months off snow beside „Die Hanna hat heute allen gezeigt“, Wendelstein's 59 of 60 targets
  beside „die kompletteste Biathletin“, Leitgeb's 100 training days beside „ein Abfahrer,
  wie man ihn sich ... wünschen kann“, Gramlich's two centimetres beside „mit einer
  Leichtigkeit“, Marwitz's three kilograms beside „so schnell wie sein langsamster
  Anschieber“, Wallnöfer's 14 wins beside „auf einem guten Weg“. Reported feelings and
  verdicts without a measure are negatives ("Caduff said he was surprised ...", "Lachenal
  said he was frustrated ...", "Van Dijkhuizen said he was disappointed but expected ...",
  "Lohmeier said she was annoyed ...", "Okafor said he was proud ...", "Forsell said he felt
  he had been the strongest skier ...", "Forsell said he had no regrets ...", "Kalniņš said
  the ice had been softer than he expected ..."; two-hundred-and-twenty-first: "Barone said
  he felt ..."); so are labels („sprach von einem „historischen Abend ...““, „sprach von
  einem „Tag, den keiner von uns ...““, "Swiss tabloids have already begun calling Ambühl
  ..."; two-hundred-and-twenty-first), a generic claim in quotes («Ohne den gelagerten
  Schnee gäbe es hier im Dezember keinen Langlauf»; hundred-thirty-third: „Ohne Schnee aus
  der Lanze gäbe es ...“), a coach's cliché („Ein Bob ist immer nur so schnell wie sein
  langsamster Anschieber“), racers' complaint without a figure ("Several racers complained
  ..."; hundred-thirty-third: "Several top skiers have complained ..."), a fear („Viele
  Läufer fürchten die Traverse ...“; thirtieth) and fans' scene colour
  (hundred-fifty-third).
- Race times, margins and durations (thirty-fifth, sixty-first, hundred-thirty-third,
  two-hundred-and-twenty-first, two-hundred-and-fifty-sixth): the colon form gives one
  duration per unit from the largest ("in 1:48,36 Minuten", "in 1:56,02 Minuten", "in
  1:51,73 Minuten", "in 1:49,02 Minuten", "in 1:18,93 Minuten", "in 1:54,37 Minuten", "von
  1:54,81 Minuten" minutes and seconds, "in 26:14,8 Minuten" 26 minutes and 14.8 seconds,
  "2:03:41.7" 2 hours, 3 minutes and 41.7 seconds - two-hundred-and-fifty-sixth: "in
  2:07:52" -, and without a unit word in a timing context "clocked a combined time of
  2:14.87", "finishing in 1:41.27", "winning in 1:06.42", "third in 1:07.11", "The previous
  track record of 1:06.59", "in 2:26.14", "clocked 1:53.06", "a combined time of 2:11.48",
  "clocked 1:34.55", "in 1:21.09", "1:04.7 behind the winner"); a bare decimal in a timing
  context is seconds ("won in 36.84"; two-hundred-and-fifty-sixth: "third in 11.02"); the
  spelled forms give each unit ("1 minute, 41.18 seconds", "51 minutes 12.4 seconds").
  Hundredths and tenths are seconds: „um 27 Hundertstel“ 0.27, „mit acht Hundertstel
  Vorsprung“ 0.08, „um zwölf Hundertstel“ 0.12, "by seven hundredths of a second" 0.07
  (hundred-thirty-third), "by 18 hundredths" 0.18 (hundred-thirty-third), "by one hundredth
  of a second" 0.01 (thirty-fifth), „um drei Zehntel“ 0.3 (sixty-first). New: "by two tenths
  of a second" is 0.2 seconds and no fraction - the English form of „drei Zehntel“ in a race
  margin (sixty-first), written out as "by seven hundredths of a second" is. Gaps and other
  spans: „um knapp eine Sekunde“ 1 second "nearly" (sixty-first: "knapp eine Sekunde"),
  „einen Vorsprung von knapp zehn Sekunden“ "nearly", "after more than two hours of racing"
  2 hours "over", "a one-minute penalty" 1 minute (hundred-thirty-third), "the fastest start
  time of the day at 4.87 seconds", "ending a six-year wait" 6 years, "had stood for three
  years" 3 years (two-hundred-and-fifty-sixth: "a mark that had stood for nine years"),
  "delayed by 45 minutes", "delayed the start by 90 minutes", „um 45 Minuten vorverlegt“,
  "for the five days of racing" 5 days (sixty-first: "for the nine days of competition"),
  „fast zwei Monate“ 2 months "nearly", „mindestens sechs Wochen“ 6 weeks "at_least"
  (hundred-thirty-third: „mindestens zwölf Wochen“). None: "more than a minute" and "by more
  than a second" - a unit with an article and no figure, as "finished a lap down"
  (two-hundred-and-fifty-sixth) and „seit mehr als einem Jahr“ (hundred-fifty-third); New:
  "a second" after "by more than" is neither a duration nor the ordinal 2 - the article
  before the unit reads as "a lap" does, not as "the second run". None also: "a day
  earlier", "a week of temperatures", "next weekend's", "since last season", „im Vorjahr“,
  „heuer“, „in diesem Winter“, „tagelangem“, "so far", weekdays and months ("since
  November", "in March", „im Sommer“, „über den Sommer“).
- Ranks, places and the nth are ordinals (thirty-fifth, sixty-first, hundred-thirty-third,
  two-hundred-and-twenty-first, two-hundred-and-fifty-sixth): „Dritte wurde“, „Dritter
  wurde“, „als Zweiter“, „Zweiter“, „als Fünfte“, „Elfte“, „auf Rang sechs“, „von Rang
  sieben auf Rang zwei“, „den zweiten Platz“, „an sechster Stelle“ 6
  (two-hundred-and-twenty-first: „an Position vier“), „Zweitbeste Schweizerin“ and „die
  zweitbeste Wertung“ 2 (hundred-fifty-third), „noch Dritte gewesen“, "was third", "third,
  0.57 seconds back", "Japan's Sara Okuhara third", "climbed from 19th", "held on to second
  place", "Ambühl's second place"; runs and rounds („nach dem ersten Lauf“, „im ersten
  Lauf“, „im zweiten Durchgang“, „nach dem ersten Durchgang“, „den zweiten Durchgang“, „der
  zweite Durchgang ..., gewertet wurde nur der erste“ 2 and 1 - the elliptic „erste“,
  eighty-ninth -, "the fastest second run of the day", "after the first run", "Her first
  jump", "in the second run"; "the opening run", "the final climb", "the final standing
  stage", "the last lap" none); wins, podiums and editions ("fourth career World Cup victory
  and his first", "her third World Cup victory and the first", "her 25th career podium",
  "17th individual World Cup win", "her 11th World Cup victory and her third in a row", "his
  14th World Cup victory and his third in Wengen", "her fourth victory of the season", "his
  third straight U.S. figure skating title", "ninth World Cup victory and her fifth in
  downhill", "eighth win of the season", "his second crystal globe", "first Holmenkollen win
  at his sixth attempt", „ihren ersten Sieg im Weltcup“, „der fünfte Weltcupsieg der
  Karriere und der zweite“, „Brauneckers sechster Weltcupsieg“, „sein dritter Weltcupsieg“,
  „zweiter Slalomsieg ... und sein neunter Weltcupsieg“, „seinen zehnten Saisonsieg“, „ihren
  20. Weltcupsieg“, „zum zweiten Mal“; „die 76. Vierschanzentournee“ and „die 87.
  Hahnenkamm-Abfahrt“ - hundred-thirty-third: „die 86. Hahnenkamm-Abfahrt“); firsts („den
  ersten deutschen Einzelsieg des Winters“, „der erste eines Schweizers in Engelberg seit
  2019“, „der erste österreichische Tourneesieger seit der Saison 2018/19“, „die erste
  EM-Medaille“, "the first Canadian man ... and only the fourth" - "only" no hedge -, "for
  the first time"). "with bib number 31" and „Mit Startnummer 38“ carry none
  (hundred-thirty-third: a start number is an identifier). New: „Doppelsieg“ and "runner-up"
  carry none - words for a first and second place or a second place with no number word, as
  "Das Duo" (two-hundred-and-twenty-first) and „der Halbzeitführende“. None also:
  „Laufbestzeit“ (two-hundred-and-twenty-first), "the fastest", "the longest course", "the
  highest speed", "the highest total", „Bahnrekord“, „deutschen Rekord“, „einen deutschen
  Rekord“, "a track record", "the women's hill record", „die große Kristallkugel“, „die
  kleine Kugel“, "the yellow bib" (two-hundred-and-fifty-sixth: "das Gelbe Trikot").
- Counts (every batch): points and standings ("with 260 points", "340 points, 52 ahead",
  "with 654 points, 38 ahead", "with 712 points, 19 more than" - "more" after the figure
  compares, hundred-first -, "within 28 points ... with two races remaining" - "within" no
  hedge -, "12 points ahead", "to 143 points", "1,011 points, 24 ahead", "with 1,486
  points", "360 World Cup points", „mit 212 Punkten ..., elf Zähler vor“, „mit 385 Punkten
  nun 46 Zähler hinter“, „auf 211 Punkte“, „mit 1.486 Punkten ..., 212 Zähler vor“); ski
  jumping and ski flying ("jumps of 138 and 134.5 metres" and „bei 136,5 und 139 Metern“ -
  the unit written once, seventy-sixth -, „auf 137 und 141,5 Meter und 312,8 Punkten“,
  "286.4 points to finish 7.9 ahead", „2,6 Punkte“, „mit 1.204,6 Punkten“, „9,2 Punkte
  Vorsprung“, „mit 246,5 Metern“, „mit 465,8 Punkten“, „auf 251 Meter“, „um drei Luken“ -
  two-hundred-and-twenty-first: „um zwei Luken“ -, „nach 22 Springern“, „um zwei
  Zentimeter“); biathlon („eine Strafrunde“ 1 - sixty-first: „einer Strafrunde“ -, „zwei
  Schießfehlern“, „zwei Strafrunden“, „vier Nachladern“, „59 von 60 Scheiben“, "missing one
  target" 1, "with one penalty" 1, "missed twice" 2 - hundred-thirty-third: "scored twice"
  -, "two penalty loops", "all four stages" and "all 20 targets" - "all" no hedge -, "19 of
  20 targets", "22 World Cup wins, nine of them"; „traf alle Scheiben“, „ohne Strafrunde“,
  „Das Quartett“ and "The miss" none); race distances as counts with no hedge for "über" and
  "over" naming them („den Sprint über 7,5 Kilometer“, „Über 10 Kilometer klassisch“, „über
  4 x 7,5 Kilometer“ 4 and 7.5 - sixty-first -, „über 1500 Meter“, "the men's 20-km
  individual race", "the women's 12.5-km mass start", "the 10-km mass start climb", "the
  men's 50-km mass start", "In the women's 50 km", "the men's 1,000 meters", "over 1,000
  meters", "the 1,000-meter standings", "In the women's 500" 500 -
  two-hundred-and-fifty-sixth: "in the 50 freestyle" -, "over 2,350 metres instead of the
  usual 2,610", "410 metres over the last 3.2 km" - "over" before "the" no hedge -); runs
  and days („nach zwei Durchgängen“, „nach zwei Läufen“, "the two runs" 2 - three-hundredth:
  "the two hubs" -, "over two runs" 2 with no hedge - two-hundred-and-twenty-first: "over
  six laps" -, „an den zwei Wettkampftagen“ 2, „An den vier Wettkampftagen“ 4 and „mehr als
  100 Trainingstage“ 100 "over" - a day inside a compound noun, hundred-thirty-third: „an
  drei Renntagen“ -; „die beiden Durchgänge“, „an den beiden Renntagen“ and „Die beiden
  Berliner“ none, two-hundredth). New: „in drei Nächten“ is count 3 - a night is no unit of
  the duration list, as "over the past two seasons" is count 2 (hundred-thirty-third).
  Figure skating scores are counts as ski jumping points are (sixty-first,
  hundred-thirty-third): "scored 198.64 points", "297.35 points overall, 21.9 ahead"
  (two-hundred-and-twenty-first: "1,187.6 points, 9.4 ahead"), "with 98.71 points", "with
  219.08 points", „auf 203,58 Punkte ... 4,31 Punkte“, „mit 71,20 Punkten“ 71.2, „auf 132,38
  Punkte“, „einen Abzug von einem Punkt“ 1 (hundred-fifty-third: „bis auf einen Punkt“).
  New: jump elements named with a number word carry none - "quadruple Lutz" and
  „Dreifach-Salchow“ name an element as „Zehnkämpfer“ names an event
  (two-hundred-and-fifty-sixth), so "landing four quadruple jumps" is count 4 only. New:
  "the four-man World Cup race", "the two-man and four-man events", "the four-man standings"
  and „im Monobob“ carry none - bobsleigh's events are named by crew size as „Zweierbob“
  (sixty-first, here „im Zweierbob“), unlike "a five-man lead group"
  (two-hundred-and-fifty-sixth), which counts riders in a group. "the top three men" 3
  (two-hundred-and-twenty-first: "The top 60"), „achtmal“ 8 (the issue's „viermal“), „drei
  Abfahrten“, „14 Weltcupsiege“, "four of the Tour's seven stages", "Only 18 racers ...
  after two withdrew", "Only 41 of the 68 starters" ("Only" no hedge), "17 curves". Measures
  (fourth, thirty-fifth, hundred-thirty-third): snow and courses („bis zu 1,40 Meter Schnee“
  "up_to", "more than 40 centimetres of fresh snow" "over", „auf der 3.290 Meter langen
  Strecke“ and „auf einer 2,5 Kilometer langen Schlaufe“ - two-hundred-and-fifty-sixth: „den
  7,1 Kilometer langen Schlussanstieg“ -, "The 1,705-metre track" - two-hundred-and-first:
  „147,5-Meter-Sprung“ -, „bis zu 70 Meter weit“ "up_to", „rund 40'000 Kubikmeter“ and
  "about 120,000 cubic metres" "about", "by about 200 meters" "about", "by 150 metres", "at
  a finish altitude of roughly 2,650 metres" "about", „um rund drei Kilogramm“ "about");
  speeds ("128.4 kph", "155.3 kph"; sixty-first: "143 km/h"); wind ("gusts of up to 4 metres
  per second" 4 "up_to", "per second" none; two-hundred-and-fifty-sixth); temperatures („bei
  minus sechs Grad“ -6, "minus 17 degrees Celsius" -17, "minus 9 degrees Celsius" -9 -
  "minus" a sign, hundred-thirty-third -, „von 14 Grad“, "to 8 degrees Celsius", "of up to
  15 degrees Celsius" and „von bis zu zwölf Grad“ "up_to"); crowds and audiences ("About
  14,500 spectators", "a crowd that organizers put at about 17,000", „rund 9.000
  Zuschauerinnen und Zuschauer“, „insgesamt 21'500“ - „insgesamt“ no hedge -, „24.800
  Zuschauer“, „rund 38'000“, „3.200 Zuschauer“, „insgesamt 52.000 Zuschauer“, "36,000
  spectators", „rund 45.000 Fans“, "About 45,000 spectators", "About 28,000 spectators",
  „rund 60.000 Zuschauer“, "Ticket sales reached 42,000", „im Schnitt 1,12 Millionen
  Menschen“ - „im Schnitt“ no hedge -, „Rund 200 Helferinnen und Helfer“).
- Percentages and fractions (the issue; every batch): „der Marktanteil lag bei 64 Prozent“,
  „mit 83 Prozent Gefälle“, "gradients of up to 26%" "up_to"; „gut ein Drittel davon“ 0.3333
  "over" (three-hundredth: „gut ein Drittel“), "nearly half of them" 0.5 "nearly"
  (three-hundredth: „fast die Hälfte“).
- Ages are durations in years (every batch): „Die 23-Jährige“, „Die 27-Jährige“, „Der
  24-Jährige“, „Für den 28-Jährigen“, „Die 26-Jährige“, „Der 25 Jahre alte Allgäuer“, „der
  26-Jährige“, „Der 27-jährige Engadiner“, „Die 24-Jährige“, „Die 29-jährige Urnerin“,
  "Brattvold, 26,", "Harwood, 25,", "Lessard, 29,", "Vrhovnik, 21,", "Ostrander, 22,", "the
  28-year-old's" twice, "The 31-year-old", "Duroc, 30,", "The 23-year-old", "Okafor, 19,",
  "Lily Tran, 16,", "The 28-year-old", "Pellizzari, 27,".
- Money in the currency written (every batch): CHF for francs ("75,000 Swiss francs";
  „110.000 Schweizer Franken“ in APA copy, hundred-thirty-third: „120.000 Schweizer Franken“
  in dpa copy), EUR for euros („105.000 Euro“, „1,15 Millionen Euro“, "105,000 euros").
- Years and dates: „seit 2019“, „seit 2017“, „seit 2015“, „seit 2020“, „seit 2018“, „nach
  2023“, „aus dem Jahr 2009“, „seit 2019 nicht mehr“, "since 2022", "set in 2023", "in
  2024", "after 2024", "since 2019" the year; „seit der Saison 2018/19“ both years
  (hundred-thirty-third: seasons give both years). Reuters datelines with a day are dates
  without a year ("SOELDEN, Austria, Oct 25" --10-25, "OESTERSUND, Sweden, Nov 30" --11-30,
  "VAL DI FIEMME, Italy, Jan 5" --01-05, "WENGEN, Switzerland, Jan 17" --01-17, "KITZBUEHEL,
  Austria, Jan 24" --01-24, "ANTHOLZ, Italy, Jan 25" --01-25, "ST. MORITZ, Switzerland, Jan
  31" --01-31, "OSLO, March 8" --03-08, "SAALBACH, Austria, March 20" --03-20; the country
  between city and day, ninety-ninth); APA, dpa, Keystone-SDA, AP ("KILLINGTON, Vt. (AP) —",
  "BEAVER CREEK, Colo. (AP) —", "SALT LAKE CITY (AP) —", "WICHITA, Kan. (AP) —") and AFP
  ("LILLEHAMMER, Norway (AFP) -", "CORTINA D'AMPEZZO, Italy (AFP) -") datelines none
  (seventy-ninth). New: "the Zwölferkogel" carries none - a mountain named with a number
  word is a name, as „Dreikönigsspringen“ (hundred-thirty-third) and "Formel 1"
  (two-hundred-and-fifty-sixth); "Super-G" and "Tour de Ski" none.
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "roughly" "about";
  „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „gut“, "more than" "over"; „bis zu“, "up
  to" "up_to"; „mindestens“ "at_least". No hedge: „insgesamt“, „im Schnitt“, „nur“, "only",
  "Only", "all", „alle“, "within", "just above the", "more" after a figure, "since", „seit“,
  "over" and „über“ naming a race distance, a course or a run.
- Speakers, checked only in forms the earlier batches settled: „ÖSV-Damencheftrainer Roland
  Eibl sagte der APA“, „ÖSV-Herrencheftrainer Markus Leitgeb sagte der APA“ and
  „ÖSV-Sportdirektor Herbert Wallnöfer sagte der APA“ the name (two-hundred-and-fifty-sixth:
  „OSV-Sportdirektor Walter Brandstätter sagte der APA“), „Bundestrainer Kai Wendelstein
  sagte, ...“, „Bundestrainer Stefan Gramlich sagte, ...“ and „Bundestrainer Jens Marwitz
  sagte, ...“ the name with the role dropped (two-hundred-and-fifty-sixth), „Nach Angaben
  der Veranstalter“ -> "die Veranstalter" twice (hundred-thirty-third,
  two-hundred-and-twenty-first), „Nach Angaben der Organisatoren“ -> "die Organisatoren"
  twice (hundred-thirty-third), „Nach Angaben des Veranstalters“ -> "der Veranstalter"
  (two-hundred-and-fifty-sixth), „teilte der Veranstalter mit“ twice (hundred-thirty-third),
  „teilte Swiss-Ski mit“ twice as written (two-hundred-and-twenty-first), „teilte der
  Weltverband FIS mit“ (hundred-thirty-third), „teilte die Deutsche
  Eisschnelllauf-Gemeinschaft mit“ and „teilte die Deutsche Eislauf-Union mit“ the source
  with its article in the nominative (two-hundred-and-fifty-sixth: „teilte der ADAC mit“),
  „Laut ORF“ -> "ORF" (hundred-thirty-third), „Laut Polizei“ -> "Polizei" (thirtieth: „laut
  Polizei“). English: "organisers said" seven times (hundred-fifty-third,
  two-hundred-and-twenty-first), "FIS said" three times as written (sixty-first), "the IBU
  said" twice (two-hundred-and-twenty-first), "The U.S. Ski Team said ..." opening the row
  -> "the U.S. Ski Team" (two-hundred-and-twenty-first), "the team said" -> "the team"
  (hundred-thirty-third), "U.S. Speedskating said" and "U.S. Figure Skating said" as written
  (two-hundred-and-fifty-sixth: "USA Swimming said"). Left unchecked (None): "a crowd that
  organizers put at" (ninety-ninth: "Organisers put ... at"), "according to timing data"
  (two-hundred-and-twenty-first: "according to tournament statistics"), "according to police
  estimates" (an estimate, two-hundred-and-twenty-first: "nach Berechnungen der APA"), "his
  team said" (sixty-first), "public broadcaster NRK said" (a description before the name,
  hundred-thirty-third), "the resort's lift company said" (a possessive heading the source,
  hundred-thirty-third: "its operator said"), rows without attribution and all negatives,
  also those with a named speaker ("told reporters", „sagte der Präsident des Kitzbüheler
  Ski Clubs“, „sagte ein Mitglied des Organisationskomitees“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_322 = [
    # --- Men's season-opening giant slalom in Soelden (Reuters), October ---
    (
        "en",
        "SOELDEN, Austria, Oct 25 (Reuters) - Norway's Eskil Brattvold won the men's World Cup giant slalom on the Rettenbach glacier on Sunday, beating Switzerland's Gian Reto Caduff by 0.16 seconds.",
        True,
        [("date", "--10-25", None, None), ("duration", 0.16, "second", None)],
        None,
    ),
    (
        "en",
        "Brattvold, 26, clocked a combined time of 2:14.87 after posting the fastest second run of the day.",
        True,
        [
            ("duration", 26, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 14.87, "second", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Austria's Lukas Aigenberger was third, 0.49 seconds back, having led after the opening run by two tenths of a second.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.49, "second", None),
            ("duration", 0.2, "second", None),
        ],
        None,
    ),
    (
        "en",
        "It was Brattvold's fourth career World Cup victory and his first on the glacier above Soelden.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "About 14,500 spectators watched in bright sunshine at a finish altitude of roughly 2,650 metres, organisers said.",
        True,
        [("count", 14500, None, "about"), ("count", 2650, None, "about")],
        "organisers",
    ),
    (
        "en",
        '"The glacier was perfect today and I just let the skis run," Brattvold said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Caduff, who started with bib number 31, climbed from 19th after the first run to finish as runner-up.",
        True,
        [("ordinal", 19, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Caduff said he was surprised by his own speed on the steep middle section and could not yet explain it.",
        False,
        [],
        None,
    ),
    (
        "en",
        "FIS said the women's race a day earlier had been called off after more than 40 centimetres of fresh snow fell overnight.",
        True,
        [("count", 40, None, "over")],
        "FIS",
    ),
    # --- Slalom der Frauen in Gurgl (APA), November ---
    (
        "de",
        "Gurgl (APA) - Die Salzburgerin Hanna Mösenbichler hat am Samstag beim Slalom in Gurgl ihren ersten Sieg im Weltcup gefeiert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 23-Jährige setzte sich nach zwei Durchgängen in 1:48,36 Minuten um 27 Hundertstel vor der Schweizerin Leonie Zgraggen durch.",
        True,
        [
            ("duration", 23, "year", None),
            ("count", 2, None, None),
            ("duration", 1, "minute", None),
            ("duration", 48.36, "second", None),
            ("duration", 0.27, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritte wurde die Slowakin Zuzana Hrušovská mit 0,61 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.61, "second", None)],
        None,
    ),
    (
        "de",
        "Mösenbichler war nach dem ersten Lauf nur an sechster Stelle gelegen, im Finale war sie um knapp eine Sekunde schneller als die Konkurrenz.",
        True,
        [
            ("ordinal", 1, None, None),
            ("ordinal", 6, None, None),
            ("duration", 1, "second", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "„Ich habe im Ziel auf die Anzeigetafel geschaut und konnte es einfach nicht glauben“, sagte Mösenbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "ÖSV-Damencheftrainer Roland Eibl sagte der APA, Mösenbichler habe im Sommer wegen einer Rückenverletzung fast zwei Monate nicht auf Schnee trainieren können.",
        True,
        [("duration", 2, "month", "nearly")],
        "Roland Eibl",
    ),
    (
        "de",
        "„Die Hanna hat heute allen gezeigt, was in ihr steckt“, sagte Eibl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Veranstalter verfolgten rund 9.000 Zuschauerinnen und Zuschauer die beiden Durchgänge bei minus sechs Grad.",
        True,
        [("count", 9000, None, "about"), ("count", -6, None, None)],
        "die Veranstalter",
    ),
    # --- Women's slalom in Killington (AP), November ---
    (
        "en",
        "KILLINGTON, Vt. (AP) — American Tess Harwood won a World Cup slalom on home snow for the first time on Sunday, edging Sweden's Linnea Sjöstrand by seven hundredths of a second.",
        True,
        [("ordinal", 1, None, None), ("duration", 0.07, "second", None)],
        None,
    ),
    (
        "en",
        "Harwood, 25, finished the two runs in 1 minute, 41.18 seconds before a crowd that organizers put at about 17,000.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 2, None, None),
            ("duration", 1, "minute", None),
            ("duration", 41.18, "second", None),
            ("count", 17000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "It was her third World Cup victory and the first on the Superstar course.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Sjöstrand, who leads the slalom standings with 260 points, posted the fastest time in the second run.",
        True,
        [("count", 260, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I\'ve been dreaming about this since I was a little girl watching from the fence," Harwood said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Slovakia's Zuzana Hrušovská was third, 0.52 seconds back, for her 25th career podium.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.52, "second", None),
            ("ordinal", 25, None, None),
        ],
        None,
    ),
    (
        "en",
        "The grandstand erupted as Harwood crossed the line, and the finish area quickly turned into a sea of American flags.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The U.S. Ski Team said Harwood would skip next weekend's races in Tremblant to rest a sore left knee.",
        True,
        [],
        "the U.S. Ski Team",
    ),
    # --- Men's biathlon individual in Oestersund (Reuters), November ---
    (
        "en",
        "OESTERSUND, Sweden, Nov 30 (Reuters) - Norway's Henrik Skaugvold won the men's 20-km individual race at the biathlon World Cup on Sunday despite missing one target.",
        True,
        [
            ("date", "--11-30", None, None),
            ("count", 20, None, None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "The miss cost him a one-minute penalty, but he still finished 38.6 seconds ahead of France's Mathis Lachenal in 51 minutes 12.4 seconds.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 38.6, "second", None),
            ("duration", 51, "minute", None),
            ("duration", 12.4, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Lachenal shot clean in all four stages, hitting all 20 targets, but lost time on the climbs.",
        True,
        [("count", 4, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "Germany's Jonas Reisacher was third with two misses, 1:04.7 behind the winner.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 2, None, None),
            ("duration", 1, "minute", None),
            ("duration", 4.7, "second", None),
        ],
        None,
    ),
    (
        "en",
        '"My skiing felt heavy on the last loop, so I\'m just happy it was enough," Skaugvold told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was Skaugvold's 17th individual World Cup win, the IBU said.",
        True,
        [("ordinal", 17, None, None)],
        "the IBU",
    ),
    (
        "en",
        "Lachenal said he was frustrated with his legs but pleased with the way he handled the wind on the range.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Temperatures at the stadium dropped to minus 17 degrees Celsius, just above the minimum the IBU allows for competition.",
        True,
        [("count", -17, None, None)],
        None,
    ),
    # --- Biathlon-Sprint in Hochfilzen (dpa), Dezember ---
    (
        "de",
        "Hochfilzen (dpa) - Biathletin Franziska Lohmeier hat beim Weltcup in Hochfilzen den Sprint über 7,5 Kilometer gewonnen und den ersten deutschen Einzelsieg des Winters geholt.",
        True,
        [("count", 7.5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 27-Jährige traf alle Scheiben und lag im Ziel 12,4 Sekunden vor der Norwegerin Synnøve Aaland, die eine Strafrunde drehen musste.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 12.4, "second", None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Dritte wurde die Französin Camille Duroc mit zwei Schießfehlern und 21,9 Sekunden Rückstand.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 2, None, None),
            ("duration", 21.9, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Bundestrainer Kai Wendelstein sagte, Lohmeier habe in diesem Winter bislang 59 von 60 Scheiben getroffen.",
        True,
        [("count", 59, None, None), ("count", 60, None, None)],
        "Kai Wendelstein",
    ),
    (
        "de",
        "„Ich war am Schießstand so ruhig wie lange nicht mehr“, sagte Lohmeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Franzi ist im Moment die kompletteste Biathletin im Feld“, sagte Wendelstein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Gesamtwertung übernahm Lohmeier mit 212 Punkten die Führung, elf Zähler vor Aaland.",
        True,
        [("count", 212, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- Skispringen in Engelberg (Keystone-SDA), Dezember ---
    (
        "de",
        "Engelberg (Keystone-SDA) - Der Toggenburger Silvan Rüttimann ist beim Weltcupspringen in Engelberg als Zweiter aufs Podest gesprungen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 24-Jährige landete auf der Gross-Titlis-Schanze bei 136,5 und 139 Metern und kam auf 298,7 Punkte.",
        True,
        [
            ("duration", 24, "year", None),
            ("count", 136.5, None, None),
            ("count", 139, None, None),
            ("count", 298.7, None, None),
        ],
        None,
    ),
    (
        "de",
        "Es ist Rüttimanns erster Podestplatz im Weltcup und der erste eines Schweizers in Engelberg seit 2019.",
        True,
        [
            ("ordinal", 1, None, None),
            ("ordinal", 1, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "de",
        "«Vor diesem Publikum aufs Podest zu springen, ist einfach unbeschreiblich», sagte Rüttimann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wegen starken Rückenwinds verkürzte die Jury den Anlauf im zweiten Durchgang um drei Luken.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Organisatoren kamen an den zwei Wettkampftagen insgesamt 21'500 Zuschauerinnen und Zuschauer.",
        True,
        [("count", 2, None, None), ("count", 21500, None, None)],
        "die Organisatoren",
    ),
    (
        "de",
        "«Silvan hat einen riesigen Schritt gemacht, aber wir bleiben auf dem Boden», sagte Cheftrainer Reto Good-Wicki.",
        False,
        [],
        None,
    ),
    # --- Men's downhill in Beaver Creek (AP), December ---
    (
        "en",
        "BEAVER CREEK, Colo. (AP) — Canada's Owen Lessard won the World Cup downhill on the Birds of Prey course Friday, finishing in 1:41.27 to beat Swiss favorite Nico Ambühl by 0.09 seconds.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 41.27, "second", None),
            ("duration", 0.09, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Lessard, 29, is the first Canadian man to win a downhill since 2022 and only the fourth to win in Beaver Creek.",
        True,
        [
            ("duration", 29, "year", None),
            ("ordinal", 1, None, None),
            ("year", 2022, None, None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ambühl still leads the downhill standings with 340 points, 52 ahead of Lessard.",
        True,
        [("count", 340, None, None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "Norway's Sondre Vik was third, 0.33 seconds back, after reaching a top speed of 128.4 kph on the final jump.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.33, "second", None),
            ("count", 128.4, None, None),
        ],
        None,
    ),
    (
        "en",
        '"You have to attack every meter of this hill or it eats you alive," Lessard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Organizers lowered the start by about 200 meters because of gusts at the top, FIS said.",
        True,
        [("count", 200, None, "about")],
        "FIS",
    ),
    (
        "en",
        "American Ryan Tolliver crashed in the lower section and was taken to a hospital in Vail with a suspected broken left leg, the team said.",
        True,
        [],
        "the team",
    ),
    (
        "en",
        "Tolliver's crash cast a pall over the finish area, where the music was switched off while he was treated on the slope.",
        False,
        [],
        None,
    ),
    # --- Abfahrt der Männer in Gröden (APA), Dezember ---
    (
        "de",
        "Gröden (APA) - Der Tiroler Vinzenz Hörtnagl hat am Samstag die Weltcup-Abfahrt auf der Saslong gewonnen und den ersten österreichischen Abfahrtssieg dieses Winters gefeiert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Hörtnagl war in 1:56,02 Minuten um drei Zehntel schneller als der Schweizer Nico Ambühl.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 56.02, "second", None),
            ("duration", 0.3, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritter wurde mit 0,41 Sekunden Rückstand der Kanadier Owen Lessard, der Sieger von Beaver Creek.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.41, "second", None)],
        None,
    ),
    (
        "de",
        "Für den 28-Jährigen ist es der fünfte Weltcupsieg der Karriere und der zweite in Gröden.",
        True,
        [
            ("duration", 28, "year", None),
            ("ordinal", 5, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Mit Startnummer 38 raste der Kärntner Moritz Steinwender überraschend auf Rang sechs.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "„Die Saslong ist für mich die schönste Abfahrt der Welt“, sagte Hörtnagl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "ÖSV-Herrencheftrainer Markus Leitgeb sagte der APA, Hörtnagl habe nach seinem Sturz im Vorjahr mehr als 100 Trainingstage auf Schnee absolviert.",
        True,
        [("count", 100, None, "over")],
        "Markus Leitgeb",
    ),
    (
        "de",
        "„Der Vinz ist ein Abfahrer, wie man ihn sich als Trainer nur wünschen kann“, sagte Leitgeb.",
        False,
        [],
        None,
    ),
    # --- Langlauf in Davos (Keystone-SDA), Dezember ---
    (
        "de",
        "Davos (Keystone-SDA) - Die Bündnerin Seraina Casutt hat beim Weltcup in Davos den Sprint in der freien Technik gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 26-Jährige setzte sich im Final im Zielsprint um 0,3 Sekunden gegen die Schwedin Elin Hagström durch.",
        True,
        [("duration", 26, "year", None), ("duration", 0.3, "second", None)],
        None,
    ),
    (
        "de",
        "Es ist der erste Weltcupsieg einer Schweizer Langläuferin in einem Sprint seit 2017.",
        True,
        [("ordinal", 1, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "de",
        "Über 10 Kilometer klassisch siegte am Sonntag die Norwegerin Ingvild Brekke in 26:14,8 Minuten.",
        True,
        [
            ("count", 10, None, None),
            ("duration", 26, "minute", None),
            ("duration", 14.8, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Casutt wurde in diesem Rennen mit 48,6 Sekunden Rückstand Elfte.",
        True,
        [("duration", 48.6, "second", None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Wegen des Schneemangels wurden die Rennen auf einer 2,5 Kilometer langen Schlaufe aus gelagertem Schnee ausgetragen, teilte Swiss-Ski mit.",
        True,
        [("count", 2.5, None, None)],
        "Swiss-Ski",
    ),
    (
        "de",
        "Über den Sommer waren rund 40'000 Kubikmeter Schnee aus dem vergangenen Winter unter Sägemehl gelagert worden.",
        True,
        [("count", 40000, None, "about")],
        None,
    ),
    (
        "de",
        "«Ohne den gelagerten Schnee gäbe es hier im Dezember keinen Langlauf», sagte ein Mitglied des Organisationskomitees.",
        False,
        [],
        None,
    ),
    # --- Auftakt der Vierschanzentournee in Oberstdorf (dpa), Dezember ---
    (
        "de",
        "Oberstdorf (dpa) - Skispringer Leon Braunecker hat das Auftaktspringen der Vierschanzentournee in Oberstdorf gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 25 Jahre alte Allgäuer setzte sich mit Sprüngen auf 137 und 141,5 Meter und 312,8 Punkten vor dem Österreicher Florian Schwaiger durch.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 137, None, None),
            ("count", 141.5, None, None),
            ("count", 312.8, None, None),
        ],
        None,
    ),
    (
        "de",
        "Schwaiger hatte nach dem ersten Durchgang noch geführt, am Ende fehlten ihm 2,6 Punkte.",
        True,
        [("ordinal", 1, None, None), ("count", 2.6, None, None)],
        None,
    ),
    (
        "de",
        "Es war der erste deutsche Sieg beim Auftakt in Oberstdorf seit 2015 und Brauneckers sechster Weltcupsieg.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2015, None, None),
            ("ordinal", 6, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben der Veranstalter verfolgten 24.800 Zuschauer das Springen an der Schattenbergschanze.",
        True,
        [("count", 24800, None, None)],
        "die Veranstalter",
    ),
    (
        "de",
        "„Wenn du oben auf dem Balken sitzt und unten tobt das Stadion, dann bekommst du Gänsehaut“, sagte Braunecker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundestrainer Stefan Gramlich sagte, Braunecker habe seine Position im Anlauf im Sommer um zwei Zentimeter tiefer gelegt.",
        True,
        [("count", 2, None, None)],
        "Stefan Gramlich",
    ),
    (
        "de",
        "„Leon springt im Moment mit einer Leichtigkeit, die man nicht trainieren kann“, sagte Gramlich.",
        False,
        [],
        None,
    ),
    # --- Women's ski jumping in Lillehammer (AFP), December ---
    (
        "en",
        "LILLEHAMMER, Norway (AFP) - Slovenia's Nika Vrhovnik won the women's World Cup ski jumping event on the large hill at Lysgaardsbakken on Saturday with jumps of 138 and 134.5 metres.",
        True,
        [("count", 138, None, None), ("count", 134.5, None, None)],
        None,
    ),
    (
        "en",
        "Vrhovnik, 21, scored 286.4 points to finish 7.9 ahead of Austria's Lena Kathrein, with Japan's Sara Okuhara third.",
        True,
        [
            ("duration", 21, "year", None),
            ("count", 286.4, None, None),
            ("count", 7.9, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Her first jump equalled the women's hill record set in 2023.",
        True,
        [("ordinal", 1, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "It was her 11th World Cup victory and her third in a row.",
        True,
        [("ordinal", 11, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"The hill felt so friendly today, I could almost smell the landing," Vrhovnik said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The competition was delayed by 45 minutes because of gusts of up to 4 metres per second, organisers said.",
        True,
        [("duration", 45, "minute", None), ("count", 4, None, "up_to")],
        "organisers",
    ),
    (
        "en",
        "Kathrein leads the overall standings with 654 points, 38 ahead of Vrhovnik.",
        True,
        [("count", 654, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Norwegian fans, bundled in blankets against the cold, cheered every jumper regardless of nationality.",
        False,
        [],
        None,
    ),
    # --- Speed skating World Cup in Salt Lake City (AP), December ---
    (
        "en",
        "SALT LAKE CITY (AP) — American Caleb Ostrander set a track record in the men's 1,000 meters at the World Cup on Friday, winning in 1:06.42 at the Utah Olympic Oval.",
        True,
        [
            ("count", 1000, None, None),
            ("duration", 1, "minute", None),
            ("duration", 6.42, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Ostrander, 22, finished 0.38 seconds ahead of the Netherlands' Joris van Dijkhuizen, with Japan's Haruto Nishida third in 1:07.11.",
        True,
        [
            ("duration", 22, "year", None),
            ("duration", 0.38, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 1, "minute", None),
            ("duration", 7.11, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The previous track record of 1:06.59 had stood for three years.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 6.59, "second", None),
            ("duration", 3, "year", None),
        ],
        None,
    ),
    (
        "en",
        "In the women's 500, Canada's Maude Fortier won in 36.84 for her fourth victory of the season.",
        True,
        [
            ("count", 500, None, None),
            ("duration", 36.84, "second", None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        '"The ice here is so fast that you almost feel like you\'re cheating," Ostrander said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. Speedskating said Ostrander had lowered his personal best over 1,000 meters by more than a second since last season.",
        True,
        [("count", 1000, None, None)],
        "U.S. Speedskating",
    ),
    (
        "en",
        "Van Dijkhuizen said he was disappointed but expected to feel stronger on the lower-altitude ice in Europe.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ostrander leads the 1,000-meter standings with 180 points after three races.",
        True,
        [
            ("count", 1000, None, None),
            ("count", 180, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    # --- Tour de Ski final climb in Val di Fiemme (Reuters), January ---
    (
        "en",
        "VAL DI FIEMME, Italy, Jan 5 (Reuters) - Norway's Kristian Haugsrud won the Tour de Ski overall title on Sunday, holding off Sweden's Albin Forsell on the final climb up the Alpe Cermis.",
        True,
        [("date", "--01-05", None, None)],
        None,
    ),
    (
        "en",
        "Haugsrud finished the 10-km mass start climb 21 seconds behind stage winner Forsell, leaving him 48.2 seconds clear overall.",
        True,
        [
            ("count", 10, None, None),
            ("duration", 21, "second", None),
            ("duration", 48.2, "second", None),
        ],
        None,
    ),
    (
        "en",
        "It was the 28-year-old's second Tour de Ski title after his victory in 2024.",
        True,
        [
            ("duration", 28, "year", None),
            ("ordinal", 2, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The climb rises 410 metres over the last 3.2 km, with gradients of up to 26%, organisers said.",
        True,
        [
            ("count", 410, None, None),
            ("count", 3.2, None, None),
            ("percent", 26, "%", "up_to"),
        ],
        "organisers",
    ),
    (
        "en",
        "Forsell won four of the Tour's seven stages but lost more than a minute after breaking a pole in the sprint.",
        True,
        [("count", 4, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        '"On the Cermis you stop thinking and just listen to your breathing," Haugsrud said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Forsell said he felt he had been the strongest skier of the week despite the broken pole.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Haugsrud collects 360 World Cup points and 75,000 Swiss francs for the overall win, FIS said.",
        True,
        [("count", 360, None, None), ("money", 75000, "CHF", None)],
        "FIS",
    ),
    # --- Tournee-Finale in Bischofshofen (APA), Jänner ---
    (
        "de",
        "Bischofshofen (APA) - Der Oberösterreicher Florian Schwaiger hat die 76. Vierschanzentournee gewonnen.",
        True,
        [("ordinal", 76, None, None)],
        None,
    ),
    (
        "de",
        "Schwaiger wurde beim Dreikönigsspringen hinter Braunecker Zweiter und sicherte sich mit 1.204,6 Punkten den Gesamtsieg.",
        True,
        [("ordinal", 2, None, None), ("count", 1204.6, None, None)],
        None,
    ),
    (
        "de",
        "Auf Braunecker hatte er in der Endabrechnung 9,2 Punkte Vorsprung, Dritter wurde der Slowene Matevž Kranjec.",
        True,
        [("count", 9.2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Schwaiger ist der erste österreichische Tourneesieger seit der Saison 2018/19.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2018, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für den Gesamtsieg erhält der 26-Jährige ein Preisgeld von 110.000 Schweizer Franken, teilte der Weltverband FIS mit.",
        True,
        [("duration", 26, "year", None), ("money", 110000, "CHF", None)],
        "der Weltverband FIS",
    ),
    (
        "de",
        "„Ich habe schon als Bub von diesem goldenen Adler geträumt“, sagte Schwaiger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut ORF verfolgten im Schnitt 1,12 Millionen Menschen den zweiten Durchgang, der Marktanteil lag bei 64 Prozent.",
        True,
        [
            ("count", 1120000, None, None),
            ("ordinal", 2, None, None),
            ("percent", 64, "%", None),
        ],
        "ORF",
    ),
    (
        "de",
        "ÖSV-Präsidentin Ruth Gasteiger sprach von einem „historischen Abend für das österreichische Skispringen“.",
        False,
        [],
        None,
    ),
    # --- Lauberhorn downhill in Wengen (Reuters), January ---
    (
        "en",
        "WENGEN, Switzerland, Jan 17 (Reuters) - Switzerland's Nico Ambühl won the Lauberhorn downhill on Saturday, the longest course on the World Cup circuit, in 2:26.14.",
        True,
        [
            ("date", "--01-17", None, None),
            ("duration", 2, "minute", None),
            ("duration", 26.14, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The 31-year-old beat Austria's Vinzenz Hörtnagl by 18 hundredths, with Canada's Owen Lessard third, 0.57 seconds back.",
        True,
        [
            ("duration", 31, "year", None),
            ("duration", 0.18, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 0.57, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Ambühl reached 155.3 kph on the Haneggschuss, the highest speed of the season so far, according to timing data.",
        True,
        [("count", 155.3, None, None)],
        None,
    ),
    (
        "en",
        "It was his 14th World Cup victory and his third in Wengen.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Saturday's race drew 36,000 spectators, nearly half of them from outside Switzerland, organisers said.",
        True,
        [("count", 36000, None, None), ("fraction", 0.5, None, "nearly")],
        "organisers",
    ),
    (
        "en",
        '"Winning at home in front of all these people is the best feeling in the world," Ambühl said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hörtnagl moved to within 28 points of Ambühl in the downhill standings with two races remaining.",
        True,
        [("count", 28, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Swiss tabloids have already begun calling Ambühl the king of the Lauberhorn.",
        False,
        [],
        None,
    ),
    # --- Riesenslalom in Adelboden (Keystone-SDA), Januar ---
    (
        "de",
        "Adelboden (Keystone-SDA) - Gian Reto Caduff hat am Chuenisbärgli den Riesenslalom gewonnen und den Schweizer Fans den ersten Heimsieg des Winters beschert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 27-jährige Engadiner distanzierte den Norweger Eskil Brattvold um 0,44 Sekunden, Dritter wurde der Österreicher Lukas Aigenberger.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 0.44, "second", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Caduff hatte bereits nach dem ersten Lauf mit acht Hundertstel Vorsprung geführt.",
        True,
        [("ordinal", 1, None, None), ("duration", 0.08, "second", None)],
        None,
    ),
    (
        "de",
        "Es ist sein dritter Weltcupsieg und der erste eines Schweizers in Adelboden seit 2020.",
        True,
        [
            ("ordinal", 3, None, None),
            ("ordinal", 1, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "de",
        "«Das Chuenisbärgli hat mich heute regelrecht getragen», sagte Caduff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Organisatoren kamen an den beiden Renntagen rund 38'000 Zuschauerinnen und Zuschauer, gut ein Drittel davon aus dem Ausland.",
        True,
        [("count", 38000, None, "about"), ("fraction", 0.3333, None, "over")],
        "die Organisatoren",
    ),
    (
        "de",
        "Im Riesenslalom-Weltcup liegt Caduff mit 385 Punkten nun 46 Zähler hinter Brattvold.",
        True,
        [("count", 385, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "«Gian Reto fährt derzeit mit einer Lockerheit, die ansteckend ist», sagte Swiss-Ski-Cheftrainer Thomas Brügger.",
        False,
        [],
        None,
    ),
    # --- Eisschnelllauf-Weltcup in Inzell (dpa), Januar ---
    (
        "de",
        "Inzell (dpa) - Eisschnellläuferin Marie Dettweiler hat beim Weltcup in Inzell über 1500 Meter den zweiten Platz belegt.",
        True,
        [("count", 1500, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die 24-Jährige lief in 1:54,37 Minuten deutschen Rekord und musste sich nur der Niederländerin Femke Oosterbroek geschlagen geben, die 0,62 Sekunden schneller war.",
        True,
        [
            ("duration", 24, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 54.37, "second", None),
            ("duration", 0.62, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Die alte Bestmarke von 1:54,81 Minuten stammte aus dem Jahr 2009.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 54.81, "second", None),
            ("year", 2009, None, None),
        ],
        None,
    ),
    (
        "de",
        "Es ist ihr erster Podestplatz im Weltcup, teilte die Deutsche Eisschnelllauf-Gemeinschaft mit.",
        True,
        [("ordinal", 1, None, None)],
        "die Deutsche Eisschnelllauf-Gemeinschaft",
    ),
    (
        "de",
        "„Ich habe auf der Schlussrunde nur noch Schmerzen gespürt und trotzdem gelächelt“, sagte Dettweiler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Max-Aicher-Arena sahen bei einer Hallentemperatur von 14 Grad 3.200 Zuschauer zu.",
        True,
        [("count", 14, None, None), ("count", 3200, None, None)],
        None,
    ),
    # --- Women's biathlon mass start in Antholz (Reuters), January ---
    (
        "en",
        "ANTHOLZ, Italy, Jan 25 (Reuters) - France's Camille Duroc won the women's 12.5-km mass start on Sunday, hitting 19 of 20 targets to beat Germany's Franziska Lohmeier by 6.8 seconds.",
        True,
        [
            ("date", "--01-25", None, None),
            ("count", 12.5, None, None),
            ("count", 19, None, None),
            ("count", 20, None, None),
            ("duration", 6.8, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Lohmeier missed twice in the final standing stage and had to ski two penalty loops before the last lap.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Norway's Synnøve Aaland was third, 14.2 seconds back, with one penalty.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 14.2, "second", None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Duroc, 30, now has 22 World Cup wins, nine of them in mass starts.",
        True,
        [
            ("duration", 30, "year", None),
            ("count", 22, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        '"At the last shooting I just told myself to breathe and trust my rifle," Duroc said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lohmeier kept the yellow bib as overall leader with 712 points, 19 more than Duroc, the IBU said.",
        True,
        [("count", 712, None, None), ("count", 19, None, None)],
        "the IBU",
    ),
    (
        "en",
        "Lohmeier said she was annoyed with herself but that the season was still long.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The race was held under clear skies in temperatures of minus 9 degrees Celsius.",
        True,
        [("count", -9, None, None)],
        None,
    ),
    # --- Staffel der Männer in Oberhof (dpa), Januar ---
    (
        "de",
        "Oberhof (dpa) - Die deutschen Biathleten haben beim Heimweltcup in Oberhof die Staffel gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Quartett setzte sich über 4 x 7,5 Kilometer mit nur vier Nachladern und ohne Strafrunde 11,3 Sekunden vor Norwegen durch.",
        True,
        [
            ("count", 4, None, None),
            ("count", 7.5, None, None),
            ("count", 4, None, None),
            ("duration", 11.3, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritter wurde Frankreich mit zwei Strafrunden und 38,9 Sekunden Rückstand.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 2, None, None),
            ("duration", 38.9, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Schlussläufer Jonas Reisacher verteidigte auf der letzten Runde einen Vorsprung von knapp zehn Sekunden.",
        True,
        [("duration", 10, "second", "nearly")],
        None,
    ),
    (
        "de",
        "Am Wochenende kamen insgesamt 52.000 Zuschauer in die Arena am Grenzadler, teilte der Veranstalter mit.",
        True,
        [("count", 52000, None, None)],
        "der Veranstalter",
    ),
    (
        "de",
        "„Vor so einer Kulisse zu gewinnen, ist das Größte, was es in unserem Sport gibt“, sagte Reisacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Männer-Bundestrainer Sven Hellmich sprach von einem „Tag, den keiner von uns so schnell vergessen wird“.",
        False,
        [],
        None,
    ),
    # --- U.S. figure skating championships in Wichita (AP), January ---
    (
        "en",
        "WICHITA, Kan. (AP) — Eli Marchetti won his third straight U.S. figure skating title on Sunday, landing four quadruple jumps in a free skate that scored 198.64 points.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 4, None, None),
            ("count", 198.64, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 23-year-old finished with 297.35 points overall, 21.9 ahead of Nathaniel Okafor.",
        True,
        [
            ("duration", 23, "year", None),
            ("count", 297.35, None, None),
            ("count", 21.9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Marchetti had led after Friday's short program with 98.71 points.",
        True,
        [("count", 98.71, None, None)],
        None,
    ),
    (
        "en",
        "Okafor, 19, fell on his opening quadruple Lutz but held on to second place.",
        True,
        [("duration", 19, "year", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I felt the crowd lift me through the whole program," Marchetti said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. Figure Skating said the top three men would be named to the team for the world championships in March.",
        True,
        [("count", 3, None, None)],
        "U.S. Figure Skating",
    ),
    (
        "en",
        "Okafor said he was proud of the way he fought back after the fall.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Lily Tran, 16, won the women's title with 219.08 points, the highest total at the championships since 2019.",
        True,
        [
            ("duration", 16, "year", None),
            ("count", 219.08, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    # --- Eiskunstlauf-EM, Paarlauf (dpa), Januar ---
    (
        "de",
        "Kaunas (dpa) - Das Eiskunstlauf-Paar Lea Harnisch und Tobias Quandt hat bei der Europameisterschaft die Silbermedaille gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die beiden Berliner kamen nach Kurzprogramm und Kür auf 203,58 Punkte und lagen damit 4,31 Punkte hinter den Italienern Giulia Ferraris und Matteo Conti.",
        True,
        [("count", 203.58, None, None), ("count", 4.31, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Kurzprogramm waren Harnisch und Quandt mit 71,20 Punkten noch Dritte gewesen.",
        True,
        [("count", 71.2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "In der Kür steigerten sie sich auf 132,38 Punkte, die zweitbeste Wertung des Abends.",
        True,
        [("count", 132.38, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es ist die erste EM-Medaille für ein deutsches Paar seit 2018, teilte die Deutsche Eislauf-Union mit.",
        True,
        [("ordinal", 1, None, None), ("year", 2018, None, None)],
        "die Deutsche Eislauf-Union",
    ),
    (
        "de",
        "„Wir haben uns auf dem Eis gefühlt, als würden wir fliegen“, sagte Harnisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim Dreifach-Salchow zu Beginn der Kür war Quandt gestürzt, was einen Abzug von einem Punkt brachte.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Dieser Sturz ärgert mich, aber heute zählt nur die Freude“, sagte Quandt.",
        False,
        [],
        None,
    ),
    # --- Streif vor dem Hahnenkamm-Wochenende (APA), Jänner ---
    (
        "de",
        "Kitzbühel (APA) - Der Kitzbüheler Ski Club hat die Streif nach tagelangem Schneefall für die 87. Hahnenkamm-Abfahrt präpariert.",
        True,
        [("ordinal", 87, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Veranstalters lagen auf der 3.290 Meter langen Strecke bis zu 1,40 Meter Schnee.",
        True,
        [("count", 3290, None, None), ("count", 1.4, None, "up_to")],
        "der Veranstalter",
    ),
    (
        "de",
        "Rund 200 Helferinnen und Helfer sowie Soldaten des Bundesheeres rutschten die Piste in drei Nächten ab.",
        True,
        [("count", 200, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "An der Mausefalle, mit 83 Prozent Gefälle der steilste Abschnitt, fliegen die Läufer nach dem Absprung bis zu 70 Meter weit.",
        True,
        [("percent", 83, "%", None), ("count", 70, None, "up_to")],
        None,
    ),
    (
        "de",
        "Für einen Abfahrtssieg zahlt der Veranstalter heuer 105.000 Euro, insgesamt werden 1,15 Millionen Euro Preisgeld ausgeschüttet.",
        True,
        [("money", 105000, "EUR", None), ("money", 1150000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Viele Läufer fürchten die Traverse nach dem Steilhang mehr als jede andere Passage.",
        False,
        [],
        None,
    ),
    # --- Hahnenkamm downhill in Kitzbuehel (Reuters), January ---
    (
        "en",
        "KITZBUEHEL, Austria, Jan 24 (Reuters) - Austria's Vinzenz Hörtnagl won the Hahnenkamm downhill on Saturday, ending a six-year wait for a home winner on the Streif.",
        True,
        [("date", "--01-24", None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Hörtnagl clocked 1:53.06, 0.21 seconds faster than Switzerland's Nico Ambühl, with Italy's Matteo Sbaraglia third.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 53.06, "second", None),
            ("duration", 0.21, "second", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 28-year-old takes home 105,000 euros in prize money, organisers said.",
        True,
        [("duration", 28, "year", None), ("money", 105000, "EUR", None)],
        "organisers",
    ),
    (
        "en",
        "About 45,000 spectators packed the finish area, according to police estimates.",
        True,
        [("count", 45000, None, "about")],
        None,
    ),
    (
        "en",
        '"The Streif demands everything from you, and today it gave me everything back," Hörtnagl said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "France's Bastien Rolland crashed at the Hausbergkante and was flown to hospital in Innsbruck with a suspected torn cruciate ligament, his team said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Ambühl's second place kept him at the top of the downhill standings, 12 points ahead of Hörtnagl.",
        True,
        [("ordinal", 2, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Austrian fans in red-and-white scarves chanted Hörtnagl's name long after the podium ceremony.",
        False,
        [],
        None,
    ),
    # --- Nightrace in Schladming (APA), Jänner ---
    (
        "de",
        "Schladming (APA) - Der Salzburger Manuel Rohrmoser hat das Nightrace in Schladming gewonnen und einen österreichischen Doppelsieg angeführt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rohrmoser war nach zwei Durchgängen in 1:51,73 Minuten um zwölf Hundertstel schneller als Teamkollege Patrick Kahr.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 1, "minute", None),
            ("duration", 51.73, "second", None),
            ("duration", 0.12, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritter wurde der Norweger Eskil Brattvold mit 0,35 Sekunden Rückstand, nachdem er im ersten Lauf noch Laufbestzeit gefahren war.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.35, "second", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Kahr verbesserte sich im zweiten Durchgang von Rang sieben auf Rang zwei.",
        True,
        [
            ("ordinal", 2, None, None),
            ("ordinal", 7, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Es ist Rohrmosers zweiter Slalomsieg in Schladming nach 2023 und sein neunter Weltcupsieg insgesamt.",
        True,
        [
            ("ordinal", 2, None, None),
            ("year", 2023, None, None),
            ("ordinal", 9, None, None),
        ],
        None,
    ),
    (
        "de",
        "Laut Polizei verfolgten rund 45.000 Fans das Rennen im Zielstadion auf der Planai.",
        True,
        [("count", 45000, None, "about")],
        "Polizei",
    ),
    (
        "de",
        "„Unter Flutlicht vor diesen Massen zu gewinnen, das ist Gänsehaut pur“, sagte Rohrmoser.",
        False,
        [],
        None,
    ),
    # --- Four-man bobsleigh in St. Moritz (Reuters), January ---
    (
        "en",
        "ST. MORITZ, Switzerland, Jan 31 (Reuters) - Germany's Maximilian Ebersberger piloted his sled to victory in the four-man World Cup race on Saturday on the only natural ice track on the circuit.",
        True,
        [("date", "--01-31", None, None)],
        None,
    ),
    (
        "en",
        "Ebersberger's crew clocked a combined time of 2:11.48 over two runs, 0.14 seconds ahead of Latvia's Roberts Kalniņš.",
        True,
        [
            ("duration", 2, "minute", None),
            ("duration", 11.48, "second", None),
            ("count", 2, None, None),
            ("duration", 0.14, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Switzerland's Andri Cavelti was third, 0.29 seconds back, after posting the fastest start time of the day at 4.87 seconds.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.29, "second", None),
            ("duration", 4.87, "second", None),
        ],
        None,
    ),
    (
        "en",
        "It was Ebersberger's eighth win of the season across the two-man and four-man events.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        '"St. Moritz is bobsleigh in its purest form, you feel every curve in your stomach," Ebersberger said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The 1,705-metre track, rebuilt from snow and ice every winter, has 17 curves, organisers said.",
        True,
        [("count", 1705, None, None), ("count", 17, None, None)],
        "organisers",
    ),
    (
        "en",
        "Kalniņš leads the four-man standings with 1,011 points, 24 ahead of Ebersberger.",
        True,
        [("count", 1011, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Kalniņš said the ice had been softer than he expected and that his runners were not ideal for it.",
        False,
        [],
        None,
    ),
    # --- Women's downhill in Cortina (AFP), January ---
    (
        "en",
        "CORTINA D'AMPEZZO, Italy (AFP) - Italy's Giorgia Pellizzari won the women's World Cup downhill on the Olympia delle Tofane on Saturday, beating Switzerland's Leonie Zgraggen by one hundredth of a second.",
        True,
        [("duration", 0.01, "second", None)],
        None,
    ),
    (
        "en",
        "Pellizzari, 27, clocked 1:34.55 on a course that started lower than planned because of fog.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 34.55, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Zgraggen's compatriot Alina Bucheli was third, 0.26 seconds behind, for her first World Cup podium.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.26, "second", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "It was Pellizzari's ninth World Cup victory and her fifth in downhill.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        '"I could hear the crowd from the top, it was like being carried down the mountain," Pellizzari said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Zgraggen extended her lead in the overall World Cup to 143 points over Slovakia's Zuzana Hrušovská.",
        True,
        [("count", 143, None, None)],
        None,
    ),
    (
        "en",
        "Fog delayed the start by 90 minutes, and the race was run over 2,350 metres instead of the usual 2,610.",
        True,
        [
            ("duration", 90, "minute", None),
            ("count", 2350, None, None),
            ("count", 2610, None, None),
        ],
        None,
    ),
    # --- Zweierbob und Monobob in Altenberg (dpa), Februar ---
    (
        "de",
        "Altenberg (dpa) - Bobpilot Maximilian Ebersberger hat im Zweierbob seinen zehnten Saisonsieg gefeiert.",
        True,
        [("ordinal", 10, None, None)],
        None,
    ),
    (
        "de",
        "Mit Anschieber Till Wegerich lag er nach zwei Läufen in 1:49,02 Minuten 0,09 Sekunden vor dem Letten Roberts Kalniņš.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 1, "minute", None),
            ("duration", 49.02, "second", None),
            ("duration", 0.09, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Im ersten Lauf stellte Ebersberger mit 54,38 Sekunden einen Bahnrekord auf.",
        True,
        [("ordinal", 1, None, None), ("duration", 54.38, "second", None)],
        None,
    ),
    (
        "de",
        "Im Monobob der Frauen siegte die Schweizerin Martina Zurfluh mit 0,52 Sekunden Vorsprung vor der Berchtesgadenerin Katja Stöckl.",
        True,
        [("duration", 0.52, "second", None)],
        None,
    ),
    (
        "de",
        "„In der Kreiselkurve habe ich heute gespürt, dass einfach alles passt“, sagte Ebersberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundestrainer Jens Marwitz sagte, der Schlitten sei im Sommer im Windkanal optimiert und um rund drei Kilogramm leichter gemacht worden.",
        True,
        [("count", 3, None, "about")],
        "Jens Marwitz",
    ),
    (
        "de",
        "„Ein Bob ist immer nur so schnell wie sein langsamster Anschieber“, sagte Marwitz.",
        False,
        [],
        None,
    ),
    # --- Super-G der Frauen in Crans-Montana (Keystone-SDA), Februar ---
    (
        "de",
        "Crans-Montana (Keystone-SDA) - Leonie Zgraggen hat in Crans-Montana den Super-G gewonnen und sich ihren 20. Weltcupsieg gesichert.",
        True,
        [("ordinal", 20, None, None)],
        None,
    ),
    (
        "de",
        "Die 29-jährige Urnerin war in 1:18,93 Minuten um 0,37 Sekunden schneller als die Italienerin Giorgia Pellizzari.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 18.93, "second", None),
            ("duration", 0.37, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Zweitbeste Schweizerin war Alina Bucheli als Fünfte.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Im Gesamtweltcup baute Zgraggen ihren Vorsprung auf 211 Punkte aus.",
        True,
        [("count", 211, None, None)],
        None,
    ),
    (
        "de",
        "«Heute bin ich einfach mit Freude Ski gefahren», sagte Zgraggen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Nidwaldnerin Seraina Amstutz zog sich bei einem Sturz einen Innenbandriss im linken Knie zu und fällt mindestens sechs Wochen aus, teilte Swiss-Ski mit.",
        True,
        [("duration", 6, "week", "at_least")],
        "Swiss-Ski",
    ),
    (
        "de",
        "Wegen Temperaturen von bis zu zwölf Grad wurde der Start um 45 Minuten vorverlegt.",
        True,
        [("count", 12, None, "up_to"), ("duration", 45, "minute", None)],
        None,
    ),
    # --- Holmenkollen 50 km (Reuters), March ---
    (
        "en",
        "OSLO, March 8 (Reuters) - Norway's Kristian Haugsrud won the men's 50-km mass start at Holmenkollen on Sunday, outsprinting Sweden's Albin Forsell by 0.4 seconds after more than two hours of racing.",
        True,
        [
            ("date", "--03-08", None, None),
            ("count", 50, None, None),
            ("duration", 0.4, "second", None),
            ("duration", 2, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "Haugsrud's winning time was 2:03:41.7, with France's Hugo Bérard third, 2.1 seconds back.",
        True,
        [
            ("duration", 2, "hour", None),
            ("duration", 3, "minute", None),
            ("duration", 41.7, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 2.1, "second", None),
        ],
        None,
    ),
    (
        "en",
        "About 28,000 spectators lined the course, public broadcaster NRK said.",
        True,
        [("count", 28000, None, "about")],
        None,
    ),
    (
        "en",
        "It was the 28-year-old's first Holmenkollen win at his sixth attempt.",
        True,
        [
            ("duration", 28, "year", None),
            ("ordinal", 1, None, None),
            ("ordinal", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Winning here is what every Norwegian kid dreams of," Haugsrud said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 41 of the 68 starters finished after temperatures climbed to 8 degrees Celsius, turning the tracks to slush.",
        True,
        [
            ("count", 41, None, None),
            ("count", 68, None, None),
            ("count", 8, None, None),
        ],
        None,
    ),
    (
        "en",
        "In the women's 50 km on Saturday, Ingvild Brekke won by 14 seconds for her third victory of the season.",
        True,
        [
            ("count", 50, None, None),
            ("duration", 14, "second", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Forsell said he had no regrets about his tactics and would be back stronger.",
        False,
        [],
        None,
    ),
    # --- Skifliegen in Planica (dpa), März ---
    (
        "de",
        "Planica (dpa) - Skispringer Leon Braunecker hat beim Skifliegen in Planica mit 246,5 Metern einen deutschen Rekord aufgestellt.",
        True,
        [("count", 246.5, None, None)],
        None,
    ),
    (
        "de",
        "Braunecker wurde mit 465,8 Punkten Zweiter hinter dem Slowenen Matevž Kranjec, der auf 251 Meter flog.",
        True,
        [
            ("count", 465.8, None, None),
            ("ordinal", 2, None, None),
            ("count", 251, None, None),
        ],
        None,
    ),
    (
        "de",
        "Wegen starken Windes wurde der zweite Durchgang nach 22 Springern abgebrochen, gewertet wurde nur der erste.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 22, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Da oben hast du das Gefühl, du fliegst ewig“, sagte Braunecker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An den vier Wettkampftagen kamen rund 60.000 Zuschauer ins Tal unter den Ponce, teilte der Veranstalter mit.",
        True,
        [("count", 4, None, None), ("count", 60000, None, "about")],
        "der Veranstalter",
    ),
    # --- Alpine World Cup finals in Saalbach (Reuters), March ---
    (
        "en",
        "SAALBACH, Austria, March 20 (Reuters) - Organisers of the Alpine World Cup finals moved the women's downhill start down by 150 metres on Friday after a week of temperatures of up to 15 degrees Celsius.",
        True,
        [
            ("date", "--03-20", None, None),
            ("count", 150, None, None),
            ("count", 15, None, "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Zgraggen won the shortened race in 1:21.09, 0.45 seconds ahead of Pellizzari.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 21.09, "second", None),
            ("duration", 0.45, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Snowmaking crews have spread about 120,000 cubic metres of artificial snow on the Zwölferkogel since November, the resort's lift company said.",
        True,
        [("count", 120000, None, "about")],
        None,
    ),
    (
        "en",
        '"It\'s spring skiing now, you just have to accept the snow as it is," Zgraggen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 18 racers started the men's downhill after two withdrew with injuries.",
        True,
        [("count", 18, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Brattvold clinched the overall title with 1,486 points, his second crystal globe after 2024.",
        True,
        [
            ("count", 1486, None, None),
            ("ordinal", 2, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ticket sales reached 42,000 for the five days of racing, organisers said.",
        True,
        [("count", 42000, None, None), ("duration", 5, "day", None)],
        "organisers",
    ),
    (
        "en",
        "Several racers complained that the soft snow had turned the slalom into a lottery.",
        False,
        [],
        None,
    ),
    # --- Gesamtweltcup der Männer (APA), März ---
    (
        "de",
        "Saalbach (APA) - Der Norweger Eskil Brattvold hat zum zweiten Mal den Gesamtweltcup der alpinen Skirennläufer gewonnen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Brattvold sicherte sich beim Finale in Saalbach mit 1.486 Punkten die große Kristallkugel, 212 Zähler vor dem Schweizer Nico Ambühl.",
        True,
        [("count", 1486, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Hörtnagl gewann in diesem Winter drei Abfahrten und stand insgesamt achtmal auf dem Podest.",
        True,
        [("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "ÖSV-Sportdirektor Herbert Wallnöfer sagte der APA, das Team habe in diesem Winter 14 Weltcupsiege gesammelt, so viele wie seit 2019 nicht mehr.",
        True,
        [("count", 14, None, None), ("year", 2019, None, None)],
        "Herbert Wallnöfer",
    ),
    (
        "de",
        "„Wir sind auf einem guten Weg, aber die Norweger und die Schweizer sind uns noch voraus“, sagte Wallnöfer.",
        False,
        [],
        None,
    ),
]
