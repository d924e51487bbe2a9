"""Three-hundred-and-seventieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, coaches, officials, reporters
and figures are made up (Valentina Hochrainer, Noemi Caflisch, Tiril Skogvold, Gernot
Pfandl, Lukas Obermüller, Kristoffer Moen, Ralf Steinhilber, Marco Gisler, Felix Reitbauer,
Silvan Kälin, Carina Weißgerber, Léa Bonnefoy, Matthias Kollmer, Matteo Cavalleri, Anton
Kerschbaumer, Jakob Hasenhüttl, Nando Ruppen, Simon Huber-Rainer, Lukas Stöckl, Andreas
Pirker, Mario Stelzhammer, Florian Kästner, Corsin Albertini, Roberts Ozoliņš, Heiko
Vollmann, Johanna Riedl, Femke de Graaf, Magdalena Rainer, Reinhard Gruber, Aksel Tveiten,
Urs Schnyder, Brooke Halvorsen, Karsten Ullrich, Jaka Kovačič, Benedikt Stauber, Alessia
Bernasconi; Hugo Delattre, Petra Kolárová, Dirk Albrecht, Sigurd Hovland, Jonas Fichtner,
Adrien Coulomb, Jelle Brinkhorst, Caleb Winstead, Ryota Kanemura, Maude Thibodeau, Giada
Montanari, Camille Rostand, Lorenzo Vianello, Adrien Morel, Davit Kapanadze, Anna-Lena
Brettschneider, Kayla Deveraux, Melanie Hürlimann, Ingrid Tangen, Tobias Rehm, Hina
Sakuraba, Seo Yu-na, Lily Carrow, Isla McCandless, Svenja Hölzl, Sverre Lunde, Ingrid
Halsvik, Peter Rutherford; every unnamed president, expert, critic, newspaper, crew, fan and
spectator); coaches, sporting directors and officials of real federations and Olympic
committees appear under made-up names that stand for no real holder, or by their role only
("Der Präsident des Kitzbüheler Ski Clubs", "Chef de Mission"). Real bodies, broadcasters,
events, venues and places (FIS, also as "Weltverband FIS", IBU, ISU, International Skating
Union, ÖSV, Swiss-Ski, Deutscher Skiverband, DSV, Deutsche Eisschnelllauf-Gemeinschaft,
Swiss Olympic, Österreichisches Olympisches Comité, DOSB, Team GB, U.S. Ski Team, U.S.
Speedskating, U.S. Figure Skating, Kitzbüheler Ski Club, ZDF, ORF, SRF, NRK, Weltcup and
World Cup, Nationencup, Vierschanzentournee, Olympische Winterspiele and the Olympics,
European Figure Skating Championships, Einzelstrecken-EM, Lauberhorn, Saslong and its
Kamelbuckel, Chuenisbärgli, Ganslernhang, Schattenbergschanze, the Superstar course, the
Utah Olympic Oval, the Chiemgau Arena, Holmenkollen, Kronplatz, Sölden, Wisła, Beaver Creek,
Hochfilzen, Gröden, Oberstdorf, Adelboden, Antholz, Kitzbühel, Winterberg, Heerenveen,
Tallinn, Val d'Isère, Courchevel, La Plagne, Le Grand-Bornand, Nice, Planica, Sun Valley,
Bourg-Saint-Maurice, and the datelines' cities) stand for the way wire copy names them;
every result, time, margin, rank, point, distance, hill size, miss, penalty, medal count,
record, crowd, audience, prize, injury, age and quote here is invented, and where a real
figure came to mind (a real hill size or hill record, a real track's length or curves, a
real prize for the Tournee or a race, a real edition of the Tournee, a real world record, a
real title of a real athlete) it was changed or left out; the Winter Games of this winter
are told as fiction, none of their results is real.

Its weight: WINTER SPORTS AND OLYMPIC RESULTS (the thirty-fifth, sixty-first,
hundred-fifty-third, two-hundred-and-fifty-sixth and three-hundred-and-forty-third batches
weighed sports results, the forty-sixth results lines and medal tables, the
hundred-thirty-third winter sports and their business, the two-hundred-and-twenty-first
winter and individual sports results and the three-hundred-and-twenty-second winter sports
results and records, and their decisions on times, margins, ranks, points, medals and
speakers are kept) - alpine skiing, biathlon, ski jumping and ski flying, bobsleigh and
skeleton, speed skating and figure skating, World Cup and championship races and a Winter
Games in February - over one winter, late October to late March, 37 short stories as the
sports desks file them, the German and English stories interleaved (roughly in date order,
the Games in the middle), each told as wire copy runs it (a dateline lead with the result,
times, margins and ranks, the standings, attributed claims, quotes, follow-ups). Half German
(APA, dpa, SID, Keystone-SDA; Austrian "war ... gelegen", "heuer", "Zuseherinnen und
Zuseher", "Bewerb", "Riesentorlauf", Swiss "Riesenslalom", "Grossmutter", "Bündnerin",
"Walliser", "38'500", "684'000", «» quotes, German „“ quotes): the women's giant slalom in
Sölden, the ski jumping opener in Wisła, the Beaver Creek downhill, the Hochfilzen sprint,
the Gröden downhill, the Tournee's opening in Oberstdorf, the Adelboden giant slalom, the
Kronplatz results line, the Antholz individual, the European figure skating championships
for a Swiss skater, a slalom sweep in Kitzbühel, four-man bob in Winterberg, the
single-distance European speed skating championships in Heerenveen, and from the Games the
men's downhill, the normal hill, the women's giant slalom and the medal table, then ski
flying in Planica and the men's overall World Cup. Half English (Reuters, AP, AFP, PA): the
men's giant slalom in Soelden, the Oestersund individual with a sprint results line, the
Killington slalom, speed skating in Salt Lake City, ski jumping in Engelberg, the Val
d'Isere downhill, the Ruhpolding relay, the Lauberhorn downhill, the men's European figure
skating title, women's monobob in St. Moritz, and from the Games the women's biathlon
sprint, two-man bob, the women's skeleton, the women's figure skating title and the men's
slalom, then the allround world championships in Hamar, the biathlon World Cup in Oslo and
the women's overall World Cup. Figures as such copy has them: race and run times in the
colon form with and without a unit word („in 2:09,47 Minuten“, „in 41:17,9 Minuten“,
"clocking 1:40.17", "in 29:44.6", „2:05,18 Min.“), bare seconds in a timing context ("won in
36.48", "a track record of 59.12"), margins in hundredths, tenths and seconds („um 38
Hundertstel“, „um 14 Hundertstelsekunden“, „eine Zehntelsekunde“, "by a tenth of a second",
"by 18 hundredths of a second", "by more than half a second", „+0,22 Sek.“, "+8.4"), ranks,
places and start positions, wins, podiums and medals ordered and counted ("her 20th career
victory", „sein 14. Weltcupsieg und der dritte“, „zweimal Zweiter“, „15-mal auf dem Podest“,
„einen Dreifachsieg“, „Doppelsieg“), World Cup and Nations Cup points and standings, ski
jumping and ski flying distances, points, gates and a hill size, biathlon misses, penalty
loops, spare rounds, penalty minutes and shooting strings, bobsleigh runs and start times,
figure skating scores and deductions, speed skating distances and allround points, medal
tables in words and in the 8-10-6 form, crowds, TV audiences and market shares, prize money
in Swiss francs and euros, ages, years, dates and hedges. Negatives as such copy has them -
about a quarter of the rows, none with a figure: athletes' joy, nerves, pride and
disappointment in quotes, coaches' praise and clichés, officials' and a club president's
labels („sprach von“), reported feelings, hopes and verdicts ("said he was annoyed", "said
he had not expected", „sei ... „hochzufrieden““, "said he had hoped"), an expectation and a
critics' verdict without a figure, open and rhetorical questions, fans' scene colour, a desk
note and a reporting credit, each near a check-worthy look-alike from the same story (the
same athlete's time, rank or points, the same coach's stated fact).

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 14 carry no figure (10 German, 4 English), 406 expected quantities (151
counts, 140 durations - 69 in seconds, 34 in years, 30 in minutes, 2 in weeks, 2 in months,
2 in days, 1 in hours -, 91 ordinals, 11 dates, 5 amounts of money - 4 CHF, 1 EUR -, 4
years, 3 percentages - all in % -, 1 fraction; none of them in a negative), 35 checked
speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence or one results line and is judged alone (sixteenth batch;
  forty-sixth for results lines); a results line or lead that states an outcome is
  check-worthy with or without a figure (thirty-fifth, sixty-first,
  two-hundred-and-twenty-first, three-hundred-and-twenty-second). Check-worthy without a
  figure: the Sölden win, the Tournee's opening won, the Adelboden win with its
  „Doppelsieg“, an Olympic downhill champion, a bronze shared „zeitgleich“, an Olympic
  silver on the normal hill and an Olympic giant slalom gold, a racer flown to hospital
  (hundred-thirty-third), a surgery announced "next week" and a start announced for Sunday
  (hundred-nineteenth: a stated next step), a federation's Konjunktiv I account of an
  Olympic qualifying mark, and three coaches' accounts of facts - Kerschbaumer's material
  change and Gruber's crosswind with their speakers, Albrecht's summer of rebuilding without
  one. A quoted or reported evaluation, feeling, hope, cliché or label is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-twenty-first, three-hundred-and-twenty-second,
  three-hundred-and-forty-third); a quoted or reported statement of fact is check-worthy
  with its speaker, also in Konjunktiv I. Pairs from one speaker or story: Pfandl's 42
  Skitage beside his „Start nach Maß“, Steinhilber's six weeks beside his „soliden Auftakt“
  and „so befreit“, Kollmer's 23 seconds beside „eiskalt“, Vollmann's four kilograms beside
  his cliché of the start, Stelzhammer's eight racers beside „einem Tag zum Genießen“,
  Gruber's crosswind beside his open question, Stauber's two posts beside „nicht da, wo wir
  hinwollen“, Reitbauer's Olympic silver beside „hochzufrieden“, Tveiten's results beside
  his annoyance and his hope, Kovačič's seventh win beside "had not expected to win". „Chef
  de Mission Karsten Ullrich sagte, das Team liege „voll im Plan““ is a verdict in quotes
  and a negative (two-hundred-and-seventy-sixth: „auf Kurs“); "Experts expect Hovland to
  dominate ..." an expectation without a figure (forty-seventh,
  three-hundred-and-forty-third), "Critics have long argued ..." a verdict, "Italian
  newspapers hailed Montanari as ..." a label (hundred-thirty-third: L'Equipe "hailed him
  as"), "Whether Rostand can return ... remains unclear" and „Ob Rainer ..., ließ Gruber
  offen“ open questions (hundred-seventy-fifth), "Can anyone stop ...?", "Is there anybody
  left who can beat ...?" and „Ist dieser Ruppen ... noch zu stoppen?“ rhetorical questions
  (sixty-first), and fans' scene colour, the desk note „Eine ausführliche Übersicht aller
  Entscheidungen folgt.“ and the reporting credit negatives (sixty-first,
  three-hundred-and-forty-third). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them.
- Race times and margins (thirty-fifth, sixty-first, hundred-thirty-third,
  two-hundred-and-twenty-first, three-hundred-and-twenty-second,
  three-hundred-and-forty-third): the colon form gives one duration per unit from the
  largest („in 2:09,47 Minuten“, „in 1:42,18 Minuten“, „in 1:57,33 Minuten“, „in 4:01,86
  Minuten“, „1:02,4 Minuten hinter“, „in 41:17,9 Minuten“, „in 1:43,09 Minuten“, „in 2:11,84
  Minuten“, and without a unit word in a timing context "a combined time of 2:16.08",
  "finishing in 1:44.91", "24:31.8", "clocking 1:40.17", "second in 1:41.02", "needed
  2:26.71", "clocked 1:50.64", "totalling 3:48.27", "a combined 1:38.45", "in 29:44.6", "in
  1:12.88", "a two-run total of 2:21.64", "12:48.31", "13:02.55"); "1:20,412 Min." and
  "+0,184 Sek." (three-hundred-and-fifty-sixth) give „2:05,18 Min.“ 2 minutes and 5.18
  seconds and „+0,22 Sek.“ 0.22 seconds, and „+0,57“ after it 0.57 seconds as "+0,42" in a
  results line (forty-sixth), "+8.4" and "+15.3" 8.4 and 15.3 seconds; a bare decimal in a
  timing context is seconds ("won in 36.48", "a track record of 59.12",
  three-hundred-and-twenty-second: "won in 36.84"); the spelled form gives each unit ("49
  minutes 38.2 seconds"). Hundredths are seconds („um 38 Hundertstel“ 0.38, „mit 27
  Hundertstel Vorsprung“ 0.27, „um 14 Hundertstelsekunden“ 0.14 -
  two-hundred-and-fifty-sixth: „nur eine Hundertstelsekunde“ -, "by 18 hundredths of a
  second" 0.18); seconds as written ("0.44 seconds back", "by 0.31 seconds", „0,33
  Sekunden“, „0,21 und 0,48 Sekunden“ both - the unit written once serves the earlier
  figure, seventy-sixth -, „mit 4,91 Sekunden die schnellste Startzeit“, "at 4.86 seconds",
  "at 5.41 seconds", „in 23 Sekunden“). "by more than half a second" is 0.5 seconds "over"
  (three-hundred-and-thirty-seventh: „knapp eine halbe Sekunde“ 0.5 "nearly"). New: "by a
  tenth of a second" and „eine Zehntelsekunde“ are 0.1 seconds and no fraction - the article
  and „eine“ read as one tenth, as "by two tenths of a second" is 0.2 seconds
  (three-hundred-and-twenty-second) and „nur eine Hundertstelsekunde“ 0.01
  (two-hundred-and-fifty-sixth). None: "Each miss added a minute to his time" - a unit with
  an article and no figure, as "more than a minute" and "by more than a second"
  (three-hundred-and-twenty-second) -, "every few seconds" in a negative (no figure
  written), "so little", „Laufbestzeit“, „die schnellste Startzeit“
  (two-hundred-and-twenty-first), "the fastest time".
- Ranks, places and the nth are ordinals (every sports batch): „Dritte wurde“, „als
  Zweiter“, „als Vierter“, „Zweiter wurde“, „noch Zweiter“, „auf Rang neun“, „von Rang
  drei“, „den fünften Platz“, „den fünften Schlussrang“, „auf dem dritten Platz“, „auf Platz
  sieben“, „Sechste“, „Dritter wurde“, "was third", "came third", "finished second", "took
  third", "third, 0.58 seconds back", "third in 1:41.35", "fourth after the first day",
  "finishing fourth", "finishing ninth", "coming from ninth", "climbed from 14th place",
  "who started 31st" 31 (three-hundred-and-forty-third: "who started fifth"), "third after
  the short program", "had finished fourth at last year's championships"; runs, rounds and
  days („nach dem ersten Durchgang“, „im zweiten Durchgang“, „im ersten Lauf“, „im zweiten
  Lauf“, „Nach dem zwölften Wettkampftag“ 12, "the second run", "the fastest second run",
  "after the first run", "the fastest third run", "in the third run", "after the first day";
  "the opening run", "the final round", "the final day", "the last giant slalom", „im
  Finale“ none); "their second-leg skier" 2 (two-hundred-and-twenty-first: "the second-set
  tiebreak" 2); wins, podiums, medals and titles ("12th World Cup victory and his fifth",
  "seventh World Cup win and his second", "her 20th career victory", "third in a row", "11th
  straight relay podium", "her fourth victory of the season", "her sixth win of the season",
  "second Olympic gold medal", "his second medal of the Games", "the country's fifth medal
  of the Games", "her first overall World Cup title", "first overall title", "her first
  medal at a major international championship", "her first World Cup victory in two years",
  „der dritte Weltcupsieg ihrer Karriere und der erste“, „vierter Weltcupsieg, davon der
  dritte“, „sein 14. Weltcupsieg und der dritte“, „der erste Weltcupsieg“, „seinen dritten
  Weltcupsieg in Serie“, „die vierte Medaille“, „zum zweiten Mal“, „die erste Abfahrt des
  Winters“, „den ersten Sieg“); "Deveraux's second place" 2. „Startnummer 27“ and
  „Startnummer 15“ carry none (hundred-thirty-third: a start number is an identifier). None
  also: „Doppelsieg“ (three-hundred-and-twenty-second), „zeitgleich“
  (two-hundred-and-twenty-first: "ex aequo"), „Olympiasieger“, "world record",
  „österreichischen Rekord“, „Bahnrekord“, "track record", „persönliche Bestleistung“,
  "personal bests", „große Kristallkugel“, "the small crystal globe", "gold", "silver",
  "bronze", „Silber“, „Bronze“, „Gold“, „die Bronzemedaille“.
- Counts (every batch): points and standings ("245 points, 35 ahead", "260 points, 18 more
  than" - "more" after the figure compares, hundred-first -, "46 points clear", "1,104
  points with one race remaining, 97 more than" - "one" before a noun is 1,
  hundred-twenty-first -, "1,512 points, 36 ahead", "to 14 points", "with 712 points", „mit
  1.612 Punkten uneinholbar 188 Zähler vor“ - „uneinholbar“ no hedge -, „mit 1.387 Punkten,
  241 Zähler vor“, „mit 11.460 Punkten vor Österreich (10.915) und Norwegen (6.022)“ three
  counts - a bracketed figure after a name in a standings line,
  two-hundred-and-twenty-first); ski jumping and ski flying („mit Sprüngen auf 131,5 und 134
  Meter auf 281,7 Punkte“, „bei 137 und 140 Metern“, „nach nur 124 Metern“, „6,8 Punkte“,
  „auf 106,5 und 104 Meter ... mit 271,3 Punkten nur 1,4 Zähler“ - „nur“ no hedge -, „mit
  254,5 Metern“, „auf 241 und 254,5 Meter und 467,3 Punkten“, „um 4,2 Punkte“, „nach 27
  Springern“ - three-hundred-and-twenty-second: „nach 22 Springern“ -, "jumps of 139 and
  142.5 metres for 306.4 points", "5.2 points back", "lowered the start gate by two
  positions" 2 - three-hundred-and-twenty-second: „um drei Luken“ 3); biathlon ("two
  penalties", "with one miss", "also with one miss", "missed one target ... and skied one
  penalty loop", "despite two misses", "any of his 20 shots", "using only five spare rounds"
  - "only" no hedge -, "three penalty loops", „nach einem Fehler ... eine Strafrunde“ 1 and
  1 - two-hundred-and-twenty-first: "einen" before a counted miss is 1, sixty-first: „einer
  Strafrunde“ -, „19 von 20 Scheiben“; "no penalty loops", „fehlerfrei“, "shooting clean"
  none); race distances with no hedge for "über" naming them („den Sprint über 7,5
  Kilometer“, „im Einzel über 15 Kilometer“, „über 3000 Meter“, "the men's 20-km individual
  race", "Men's 10-km sprint", "the women's 4x6-km biathlon relay" 4 and 6 -
  two-hundred-and-twenty-first: „über 4 x 7,5 Kilometer“ -, "the men's 15-km mass start",
  "the women's 7.5-km sprint", "the 10-km pursuit", "the men's 1,500 meters", "the women's
  500 meters", "Men's 10,000 metres"); runs („nach zwei Läufen“ twice, "after four runs",
  "for all four runs" - "all" no hedge -, "completed both runs" none, "a two-run total" 2 -
  the figure heading a compound counts, three-hundred-and-forty-third: "a one-stop strategy"
  1); medals and medal tables in words („mit fünf Gold-, drei Silber- und zwei
  Bronzemedaillen“, „mit 13 Gold-, neun Silber- und elf Bronzemedaillen“, „mit fünf Gold-,
  sechs Silber- und sieben Bronzemedaillen“, „24 Medaillen ..., drei mehr als“, „drei
  Goldmedaillen“, „von 25 bis 30 Medaillen“ both; thirty-fifth, forty-sixth, sixty-first),
  while the triples „mit 8-10-6“ and „mit 6-3-5“ carry none and leave the ranks
  (forty-sixth: „Österreich liegt mit 3-2-4 auf Rang drei“ ordinal 3 only); wins and podiums
  („zweimal Zweiter“ 2 and 2, „sieben Weltcupsiege“, "after winning eight races", "taking
  three of the four distances", „insgesamt 15-mal auf dem Podest“ 15 - a digit with „-mal“
  reads as the issue's „100 Mal“ -); figure skating scores as counts
  (three-hundred-and-twenty-second: "scored 198.64 points"): "a total of 281.46 points" ("a
  total of" no hedge), "worth 187.12 points", "9.87 points ahead", "96.34 points", "262.08",
  "232.57 points", "scored 158.90" 158.9, "228.04 points, 4.53 behind, ... 219.66", „mit
  189,73 Punkten“, „einen Punkt“ 1, "a one-point deduction" 1 (the figure heading a
  compound, as "a 52-yard field goal", three-hundred-and-fifty-sixth), "three quadruple
  jumps" 3, "seven triple jumps" 7, „sechs saubere Dreifachsprünge“ 6 - the jump named by
  its rotations is an element and the figure before it counts,
  three-hundred-and-twenty-second -, "a triple Axel" and „Dreifach-Lutz“ none; speed skating
  allround points "146.218 points, 0.974 ahead"; people and gates ("Only 29 of the 71
  starters", "Only 34 of the 88 starters ... with 68 gates", "56 jumpers from 15 nations",
  "a record 118 men" - "a record" no hedge -, "11 skaters", "A crew of 14 workers", „acht
  Läufer“, „zwei zusätzliche Trainerstellen“ - „zusätzlich“ no hedge -); days inside a
  compound noun („42 Skitage“ 42 - three-hundred-and-twenty-second: „mehr als 100
  Trainingstage“). Measures (fourth, thirty-fifth, hundred-thirty-third): „um 180 Meter
  verkürzt“, „131,6 km/h“, "at more than 1,400 meters above sea level" 1,400 "over", "gusts
  of up to 3 metres per second" 3 "up_to" ("per second" none), „vier Kilogramm“ („im
  Schnitt“ no hedge), temperatures „bei minus vier Grad“ -4 and "minus 7 degrees Celsius" -7
  ("minus" a sign, hundred-thirty-third). Crowds and audiences: „rund 11.500 Zuschauerinnen
  und Zuschauer“, "16,200", "About 7,800", „25.500 Zuschauer“, „auf insgesamt 38'500“, "A
  total of 32,000", "about 19,000", "24,000", "9,400", „rund 62.000 Fans“, "a crowd of
  8,200", „im Schnitt 3,2 Millionen Menschen“, „im Schnitt 812.000“, „durchschnittlich
  684'000 Personen“ and "an average of 1.1 million viewers" (no hedge,
  hundred-thirty-third), „in der Spitze 640.000“ (no hedge, as "peak",
  three-hundred-and-forty-third). New: „einen Dreifachsieg“ is count 3 - the number word
  „drei“ heads the compound as in „die dreifache Weltmeisterin“ 3
  (two-hundred-and-twenty-first, three-hundred-and-sixtieth) and „Zehn-Punkte-Plan“ 10
  (two-hundred-and-forty-fourth), while „Doppelsieg“ has no number word and carries none
  (three-hundred-and-twenty-second); „Der letzte österreichische Dreifachsieg ... lag 19
  Jahre zurück“ is 3 and 19 years. New: the hill size in brackets after a hill, „Auf der
  Normalschanze (HS 103)“, is count 103 - a length in metres written with its abbreviation,
  as a course length („auf der 3.290 Meter langen Strecke“, three-hundred-and-twenty-second)
  and a figure in brackets after a name (two-hundred-and-twenty-first). New: „auf Luke 14“
  carries none - a gate number names a gate as a start number names a racer
  (hundred-thirty-third), while a number of gates by which the start is moved is a count
  (three-hundred-and-twenty-second: „um drei Luken“; here "by two positions"). New: the
  shooting strings in a biathlon results line, "(0+1)", "(0+0)" and "(1+0)", carry none - a
  notation of misses per stage in one bracket, as the medal triple „3-2-4“ carries none
  (forty-sixth) and a score does (every sports batch), unlike the handball scorer's "8/3"
  (three-hundred-and-fifty-sixth), which gives a tally and the part of it after the slash;
  the misses written in words ("one miss", "two misses") stay counts.
- Other durations (every batch): „nur sechs Wochen“ 6 weeks ("nur" no hedge), "at least four
  months" 4 months "at_least", „vor 14 Monaten“ 14 months, "in two years" 2 years, "a record
  that had lasted four years" 4 years (three-hundred-and-twenty-second: "had stood for three
  years"), „lag 19 Jahre zurück“ 19 years, "for the three days of racing" 3 days
  (sixty-first: "for the nine days of competition"), „an den vier Tagen“ 4 days
  (hundred-thirty-third: „An den drei Tagen in Planica“), „um eine Stunde vorverlegt“ 1
  hour, „um 75 Minuten verschoben“, "moved forward by 90 minutes", "brought forward by 30
  minutes", "about three weeks" 3 weeks "about". New: „trotz zwei Strafminuten“ is 2 minutes
  - a penalty minute is time added to a racer's time, as "a one-minute penalty" 1 minute
  (hundred-thirty-third, three-hundred-and-twenty-second), not a day of activity inside a
  compound as „Skitage“ and „Trainingstage“, which stay counts. None: „im Mai“, „im Sommer“,
  „über den Sommer“, „im Oktober“, „am Vortag“, „heuer“, „in diesem Winter“, „im kommenden
  Winter“, „am Samstag und Sonntag“, "this season", "of the season", "of the day", "last
  year's", "next week", "the rest of the winter", "well into the evening", „bis in den
  späten Abend“, weekdays and months. Ages are durations in years (every batch): „Die
  24-Jährige“, „Der 26-Jährige“, „Der 29-jährige Urner“, „Die 25-Jährige“, „Der 28-jährige
  Salzburger“, „Der 27-jährige Walliser“, „Für den 25-jährigen Huber-Rainer“, „Der
  31-Jährige“, „Die 27-Jährige“, „Die 28-jährige Osttirolerin“, „Der 29-Jährige“, „Der
  23-jährige Steirer“, „Die 26-jährige Bündnerin“, „Der 23-Jährige“, „der 27-Jährige“, „Die
  19-jährige Tessinerin“, "Ruppen, 27,", "Halvorsen, 23," twice, "Hovland, 31,",
  "Brinkhorst, 22," twice, "Montanari, 30,", "Reitbauer, 28,", "Vianello, 21,",
  "Weissgerber, 25,", "Sakuraba, 17,", "Huber-Rainer, 25,", "the 25-year-old's",
  "Brettschneider, 29,", "McCandless, 27,".
- Percentages and fractions (the issue; every batch): „der Marktanteil lag bei 28,4
  Prozent“, „betrug 61 Prozent“, „betrug 79,3 Prozent“; „Knapp ein Drittel der Fahrer“
  0.3333 "nearly" (two-hundred-and-fifty-sixth: „Knapp ein Drittel“).
- Money in the currency written (every batch): CHF for francs („12.500 Schweizer Franken“
  and „zusätzlich 115.000 Franken“ in SID copy from Oberstdorf - „zusätzlich“ no hedge,
  hundred-thirty-third: „120.000 Schweizer Franken“ in dpa copy from Oberstdorf -, "48,000
  Swiss francs of the race's 165,000 francs"), EUR for euros („92.000 Euro“).
- Years and dates: "in 2027 and 2028", "his four-man title in 2026" and „bei den Spielen
  2026“ the years; Reuters datelines with a day are dates without a year ("SOELDEN, Austria,
  Oct 27" --10-27, "OESTERSUND, Sweden, Nov 29" --11-29, "ENGELBERG, Switzerland, Dec 14"
  --12-14, "RUHPOLDING, Germany, Jan 16" --01-16, "WENGEN, Switzerland, Jan 18" --01-18,
  "TALLINN, Jan 24" --01-24, "ST. MORITZ, Switzerland, Feb 1" --02-01, "LE GRAND-BORNAND,
  France, Feb 9" --02-09, "NICE, France, Feb 20" --02-20, "HAMAR, Norway, March 8" --03-08,
  "OSLO, March 21" --03-21; the country between city and day, ninety-ninth); APA, dpa, SID,
  Keystone-SDA, AP ("KILLINGTON, Vt. (AP) —", "SALT LAKE CITY (AP) —", "VAL D'ISERE, France
  (AP) —", "SUN VALLEY, Idaho (AP) —"), AFP ("VAL D'ISERE, France (AFP) -", "LA PLAGNE,
  France (AFP) -") and PA ("LA PLAGNE (PA) -") datelines none (seventy-ninth). Names carry
  none: "super-G", „Viererbob“, "two-man" and "four-man" (three-hundred-and-twenty-second:
  "the four-man World Cup race", „im Monobob“), "monobob", „Einzelstrecken-EM“, „EM“, "Team
  GB".
- Hedges, only the names in use: „rund“, "About", "about" "about"; „Knapp“ "nearly"; "more
  than" "over"; "up to" "up_to"; "at least" "at_least". No hedge: „im Schnitt“,
  „durchschnittlich“, "an average of", „in der Spitze“, „insgesamt“, "a total of",
  „zusätzlich“, „bereits“, „nur“, "Only", "only", "all", "also", "a record", „uneinholbar“,
  „erst“, "more" after a figure, "über" naming a race distance.
- Speakers, checked only in forms the earlier batches settled: „ÖSV-Damencheftrainer Gernot
  Pfandl sagte der APA“, „ÖSV-Herrencheftrainer Anton Kerschbaumer sagte der APA“,
  „ÖSV-Sportdirektor Mario Stelzhammer sagte der APA“ and „ÖSV-Biathlon-Cheftrainer Reinhard
  Gruber sagte der APA“ the name (three-hundred-and-twenty-second); „Bundestrainer Ralf
  Steinhilber sagte, ...“, „Bundestrainer Matthias Kollmer sagte, ...“, „Bundestrainer Heiko
  Vollmann sagte, ...“, „Swiss-Ski-Alpindirektor Urs Schnyder sagte, ...“ and
  „DSV-Alpindirektor Benedikt Stauber sagte, ...“ the name with the role dropped
  (two-hundred-and-twenty-first, three-hundred-and-forty-third); „teilte der Weltverband FIS
  mit“ -> "der Weltverband FIS" (hundred-thirty-third), „teilte Swiss-Ski mit“ and „teilte
  Swiss Olympic mit“ as written (two-hundred-and-twenty-first), „teilte die Deutsche
  Eisschnelllauf-Gemeinschaft mit“ and „teilte das Österreichische Olympische Comité mit“
  the source with its article in the nominative (three-hundred-and-twenty-second), „Laut
  ZDF“, „Laut ORF“ and „Laut SRF“ -> "ZDF", "ORF", "SRF" (hundred-thirty-third: „laut ORF“),
  „Nach Angaben der Organisatoren“ -> "die Organisatoren" (three-hundred-and-twenty-second).
  English: "organisers said" three times (three-hundred-and-twenty-second), "The U.S. Ski
  Team said ..." opening the row -> "the U.S. Ski Team", "The International Skating Union
  said ..." opening the row -> "the International Skating Union"
  (two-hundred-and-twenty-first: "The IBU said ..." -> "the IBU"), "the IBU said" four
  times, "the ISU said" (as "the IBU said"), "the federation said" twice and "the team said"
  (hundred-thirty-third), "FIS said", "U.S. Speedskating said", "U.S. Figure Skating said"
  and "Team GB said" as written (three-hundred-and-twenty-second, sixty-first). Left
  unchecked (None): „Nach Veranstalterangaben“ (as „nach Gewerkschaftsangaben“,
  three-hundredth), „wie die Veranstalter mitteilten“ (hundred-thirty-third: „wie die
  Organisatoren mitteilten“), „Der Veranstalter bezifferte“ (a verb of estimating,
  hundred-thirty-third: „beziffert“), „Im ORF verfolgten“ (no verb of saying), „hieß es von
  der FIS“ (two-hundred-and-fourth: „hieß es“), „Der DOSB hatte ... ausgegeben“, "A crowd
  that organizers put at" and "a home crowd that organisers put at"
  (three-hundred-and-twenty-second), "according to organisers' estimates" (an estimate),
  "her team said" (a possessive, sixty-first), "Halvorsen's coach, Dirk Albrecht, said" (a
  description before the name, hundred-thirty-third), "Norwegian broadcaster NRK said"
  (hundred-thirty-third), "race organisers said" (sixty-first), rows without attribution and
  all negatives, also those with a named speaker and "told reporters".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_370 = [
    # --- Riesentorlauf der Frauen in Sölden (APA), Oktober ---
    (
        "de",
        "Sölden (APA) - Die Tirolerin Valentina Hochrainer hat den Riesentorlauf zum Weltcup-Auftakt am Samstag auf dem Gletscher über Sölden gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 24-Jährige setzte sich in 2:09,47 Minuten um 38 Hundertstel vor der Schweizerin Noemi Caflisch durch.",
        True,
        [
            ("duration", 24, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 9.47, "second", None),
            ("duration", 0.38, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritte wurde die Norwegerin Tiril Skogvold mit 0,61 Sekunden Rückstand, sie war nach dem ersten Durchgang noch in Führung gelegen.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.61, "second", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für Hochrainer war es der dritte Weltcupsieg ihrer Karriere und der erste im Riesentorlauf.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Im Ziel habe ich kurz gar nicht gewusst, ob das reicht, und dann ist alles aus mir herausgebrochen“, sagte Hochrainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "ÖSV-Damencheftrainer Gernot Pfandl sagte der APA, Hochrainer habe im Sommer 42 Skitage auf dem Gletscher absolviert, mehr als jede andere Läuferin im Team.",
        True,
        [("count", 42, None, None)],
        "Gernot Pfandl",
    ),
    (
        "de",
        "Nach Veranstalterangaben verfolgten rund 11.500 Zuschauerinnen und Zuschauer das Rennen bei minus vier Grad.",
        True,
        [("count", 11500, None, "about"), ("count", -4, None, None)],
        None,
    ),
    ("de", "Pfandl sprach von einem „Start nach Maß“ für die ganze Mannschaft.", False, [], None),
    # --- Men's giant slalom in Soelden (Reuters), October ---
    (
        "en",
        "SOELDEN, Austria, Oct 27 (Reuters) - Switzerland's Nando Ruppen took victory in Sunday's opening men's giant slalom of the World Cup season, edging Norway's Aksel Tveiten by a tenth of a second.",
        True,
        [("date", "--10-27", None, None), ("duration", 0.1, "second", None)],
        None,
    ),
    (
        "en",
        "Ruppen, 27, posted a combined time of 2:16.08 after setting the fastest time in both runs.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 16.08, "second", None),
        ],
        None,
    ),
    (
        "en",
        "France's Hugo Delattre was third, 0.44 seconds back, having climbed from 14th place after the opening run.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.44, "second", None),
            ("ordinal", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        "It was Ruppen's 12th World Cup victory and his fifth in giant slalom.",
        True,
        [("ordinal", 12, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        '"I felt calm all day, as if I were skiing on a quiet training morning back home," Ruppen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 29 of the 71 starters reached the finish of the second run in flat light, organisers said.",
        True,
        [
            ("count", 29, None, None),
            ("count", 71, None, None),
            ("ordinal", 2, None, None),
        ],
        "organisers",
    ),
    (
        "en",
        "Tveiten said he was annoyed with a mistake near the bottom but pleased with his speed on the steep section.",
        False,
        [],
        None,
    ),
    # --- Skispringen in Wisła (dpa), November ---
    (
        "de",
        "Wisła (dpa) - Skispringer Lukas Obermüller hat zum Auftakt der Weltcup-Saison in Polen als Zweiter das Podest erreicht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 26-Jährige kam mit Sprüngen auf 131,5 und 134 Meter auf 281,7 Punkte.",
        True,
        [
            ("duration", 26, "year", None),
            ("count", 131.5, None, None),
            ("count", 134, None, None),
            ("count", 281.7, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Jury verlegte den Anlauf im zweiten Durchgang auf Luke 14, nachdem mehrere Springer zu weit gekommen waren.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bundestrainer Ralf Steinhilber sagte, Obermüller habe nach seiner Knieoperation im Mai nur sechs Wochen auf der Schanze trainieren können.",
        True,
        [("duration", 6, "week", None)],
        "Ralf Steinhilber",
    ),
    ("de", "„Der Lukas fliegt gerade so befreit wie lange nicht mehr“, sagte Steinhilber.", False, [], None),
    # --- Biathlon in Oestersund (Reuters), November ---
    (
        "en",
        "OESTERSUND, Sweden, Nov 29 (Reuters) - Norway's Sigurd Hovland overcame two penalties to win Friday's 20-km individual race as the biathlon World Cup season got under way.",
        True,
        [
            ("date", "--11-29", None, None),
            ("count", 2, None, None),
            ("count", 20, None, None),
        ],
        None,
    ),
    (
        "en",
        "Each miss added a minute to his time, but Hovland still finished 24.7 seconds ahead of Germany's Jonas Fichtner in 49 minutes 38.2 seconds.",
        True,
        [
            ("duration", 24.7, "second", None),
            ("duration", 49, "minute", None),
            ("duration", 38.2, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Fichtner did not miss any of his 20 shots but was slower on the trails, while France's Adrien Coulomb came third with one miss.",
        True,
        [
            ("count", 20, None, None),
            ("ordinal", 3, None, None),
            ("count", 1, None, None),
        ],
        None,
    ),
    ("en", "The IBU said a record 118 men had started the race.", True, [("count", 118, None, None)], "the IBU"),
    (
        "en",
        '"The wind on the range changed every few seconds, you could only guess," Hovland told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hovland, 31, won the overall World Cup in 2027 and 2028.",
        True,
        [
            ("duration", 31, "year", None),
            ("year", 2027, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    ("en", "Experts expect Hovland to dominate the rest of the winter.", False, [], None),
    (
        "en",
        "Men's 10-km sprint: 1. Sigurd Hovland (Norway) 24:31.8 (0+1), 2. Jonas Fichtner (Germany) +8.4 (0+0), 3. Adrien Coulomb (France) +15.3 (1+0).",
        True,
        [
            ("count", 10, None, None),
            ("ordinal", 1, None, None),
            ("duration", 24, "minute", None),
            ("duration", 31.8, "second", None),
            ("ordinal", 2, None, None),
            ("duration", 8.4, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 15.3, "second", None),
        ],
        None,
    ),
    # --- Women's slalom in Killington (AP), November ---
    (
        "en",
        "KILLINGTON, Vt. (AP) — American Brooke Halvorsen captured a slalom in front of a home crowd Saturday, finishing in 1:44.91 for her first World Cup victory in two years.",
        True,
        [
            ("duration", 1, "minute", None),
            ("duration", 44.91, "second", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Halvorsen, 23, beat Slovakia's Petra Kolárová by 18 hundredths of a second, with Austria's Valentina Hochrainer third.",
        True,
        [
            ("duration", 23, "year", None),
            ("duration", 0.18, "second", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "A crowd that organizers put at 16,200 lined the Superstar course, a record for a women's race in the United States.",
        True,
        [("count", 16200, None, None)],
        None,
    ),
    ("en", '"When I heard that noise at the bottom, I almost forgot to stop," Halvorsen said.', False, [], None),
    (
        "en",
        "The U.S. Ski Team said Halvorsen would also start in Sunday's giant slalom.",
        True,
        [],
        "the U.S. Ski Team",
    ),
    (
        "en",
        "Kolárová leads the slalom standings with 245 points, 35 ahead of Halvorsen.",
        True,
        [("count", 245, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "en",
        "Halvorsen's coach, Dirk Albrecht, said she had spent most of the summer rebuilding her technique after a back injury.",
        True,
        [],
        None,
    ),
    # --- Abfahrt der Männer in Beaver Creek (Keystone-SDA), Dezember ---
    (
        "de",
        "Beaver Creek (Keystone-SDA) - Marco Gisler hat die erste Abfahrt des Winters gewonnen und Swiss-Ski einen Traumstart in die Speedsaison beschert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 29-jährige Urner siegte in 1:42,18 Minuten mit 27 Hundertstel Vorsprung auf den Österreicher Felix Reitbauer.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 42.18, "second", None),
            ("duration", 0.27, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Es ist Gislers vierter Weltcupsieg, davon der dritte in der Abfahrt.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "«Schon oben am Start habe ich gespürt, dass heute etwas möglich ist», sagte Gisler.", False, [], None),
    (
        "de",
        "Die Strecke war wegen starken Windes um 180 Meter verkürzt worden, teilte der Weltverband FIS mit.",
        True,
        [("count", 180, None, None)],
        "der Weltverband FIS",
    ),
    # --- Biathlon-Sprint in Hochfilzen (dpa), Dezember ---
    (
        "de",
        "Hochfilzen (dpa) - Biathletin Carina Weißgerber hat im Sprint über 7,5 Kilometer triumphiert und dem Deutschen Skiverband den ersten Sieg in diesem Winter beschert.",
        True,
        [("count", 7.5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 25-Jährige blieb am Schießstand fehlerfrei und lag im Ziel 9,6 Sekunden vor der Französin Léa Bonnefoy.",
        True,
        [("duration", 25, "year", None), ("duration", 9.6, "second", None)],
        None,
    ),
    (
        "de",
        "Bonnefoy musste nach einem Fehler im Stehendanschlag eine Strafrunde drehen.",
        True,
        [("count", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Bundestrainer Matthias Kollmer sagte, Weißgerber habe ihre Liegendserie in 23 Sekunden geschossen, so schnell wie nie zuvor im Weltcup.",
        True,
        [("duration", 23, "second", None)],
        "Matthias Kollmer",
    ),
    ("de", "„Die Carina ist am Schießstand eiskalt, das ist ihre größte Stärke“, sagte Kollmer.", False, [], None),
    (
        "de",
        "Laut ZDF verfolgten im Schnitt 3,2 Millionen Menschen den Sprint, der Marktanteil lag bei 28,4 Prozent.",
        True,
        [("count", 3200000, None, None), ("percent", 28.4, "%", None)],
        "ZDF",
    ),
    # --- Speed skating in Salt Lake City (AP), December ---
    (
        "en",
        "SALT LAKE CITY (AP) — Dutch skater Jelle Brinkhorst set a world record in the men's 1,500 meters at the Utah Olympic Oval on Saturday, clocking 1:40.17.",
        True,
        [
            ("count", 1500, None, None),
            ("duration", 1, "minute", None),
            ("duration", 40.17, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Brinkhorst, 22, broke by 0.31 seconds a record that had lasted four years.",
        True,
        [
            ("duration", 22, "year", None),
            ("duration", 0.31, "second", None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        "American Caleb Winstead was second in 1:41.02 and Japan's Ryota Kanemura third in 1:41.35.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 1, "minute", None),
            ("duration", 41.02, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 1, "minute", None),
            ("duration", 41.35, "second", None),
        ],
        None,
    ),
    (
        "en",
        "U.S. Speedskating said 11 skaters had set personal bests in the race, helped by the thin air at more than 1,400 meters above sea level.",
        True,
        [("count", 11, None, None), ("count", 1400, None, "over")],
        "U.S. Speedskating",
    ),
    (
        "en",
        "\"I knew the ice was fast, but I didn't expect to see that time on the board,\" Brinkhorst said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "In the women's 500 meters, Canada's Maude Thibodeau won in 36.48, her fourth victory of the season.",
        True,
        [
            ("count", 500, None, None),
            ("duration", 36.48, "second", None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    ("en", "Is there anybody left who can beat Brinkhorst over the middle distances?", False, [], None),
    # --- Ski jumping in Engelberg (Reuters), December ---
    (
        "en",
        "ENGELBERG, Switzerland, Dec 14 (Reuters) - Slovenia's Jaka Kovačič won a World Cup ski jumping event on Saturday with jumps of 139 and 142.5 metres for 306.4 points.",
        True,
        [
            ("date", "--12-14", None, None),
            ("count", 139, None, None),
            ("count", 142.5, None, None),
            ("count", 306.4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Germany's Lukas Obermüller finished second, 5.2 points back, and Norway's Kristoffer Moen took third.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 5.2, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The jury lowered the start gate by two positions for the final round after gusts of up to 3 metres per second.",
        True,
        [("count", 2, None, None), ("count", 3, None, "up_to")],
        None,
    ),
    (
        "en",
        "It was Kovačič's seventh World Cup win and his second in Engelberg.",
        True,
        [("ordinal", 7, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "FIS said a total of 56 jumpers from 15 nations had entered the qualification.",
        True,
        [("count", 56, None, None), ("count", 15, None, None)],
        "FIS",
    ),
    ("en", "Kovačič said he had not expected to win after struggling in training on Friday.", False, [], None),
    (
        "en",
        "About 7,800 spectators attended despite sleet, according to organisers' estimates.",
        True,
        [("count", 7800, None, "about")],
        None,
    ),
    ("en", "Fans in the finish area waved Slovenian flags and sang well into the evening.", False, [], None),
    # --- Abfahrt in Gröden (APA), Dezember ---
    (
        "de",
        "Gröden (APA) - Felix Reitbauer hat am Samstag auf der Saslong triumphiert und dem ÖSV den ersten Sieg in einer Speed-Disziplin in diesem Winter beschert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der 28-jährige Salzburger war in 1:57,33 Minuten um 14 Hundertstelsekunden schneller als Gisler.",
        True,
        [
            ("duration", 28, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 57.33, "second", None),
            ("duration", 0.14, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritter wurde der Italiener Matteo Cavalleri, der mit Startnummer 27 ins Rennen gegangen war.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Reitbauer erreichte vor den Kamelbuckeln 131,6 km/h, den Höchstwert des Tages.",
        True,
        [("count", 131.6, None, None)],
        None,
    ),
    (
        "de",
        "ÖSV-Herrencheftrainer Anton Kerschbaumer sagte der APA, das Team habe die Abstimmung des Materials nach dem Abschlusstraining am Donnerstag komplett umgestellt.",
        True,
        [],
        "Anton Kerschbaumer",
    ),
    ("de", "„Die Saslong verzeiht nichts, aber heute hat sie mich belohnt“, sagte Reitbauer.", False, [], None),
    (
        "de",
        "Laut ORF sahen im Schnitt 812.000 Zuseherinnen und Zuseher die Abfahrt, der Marktanteil betrug 61 Prozent.",
        True,
        [("count", 812000, None, None), ("percent", 61, "%", None)],
        "ORF",
    ),
    # --- Women's downhill in Val d'Isere (AFP), December ---
    (
        "en",
        "VAL D'ISERE, France (AFP) - Italy's Giada Montanari won a women's World Cup downhill on Saturday, her 20th career victory, while home favourite Camille Rostand crashed out.",
        True,
        [("ordinal", 20, None, None)],
        None,
    ),
    (
        "en",
        "Montanari, 30, clocked 1:50.64 to beat Switzerland's Noemi Caflisch by 0.52 seconds.",
        True,
        [
            ("duration", 30, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 50.64, "second", None),
            ("duration", 0.52, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Rostand was flown by helicopter to a hospital in Bourg-Saint-Maurice after falling near the finish, the federation said.",
        True,
        [],
        "the federation",
    ),
    (
        "en",
        "She will miss at least four months with a broken shin, her team said.",
        True,
        [("duration", 4, "month", "at_least")],
        None,
    ),
    ("en", '"You never want to win a race like this when a friend is hurt," Montanari said.', False, [], None),
    (
        "en",
        "Caflisch now leads the downhill standings with 260 points, 18 more than Montanari.",
        True,
        [("count", 260, None, None), ("count", 18, None, None)],
        None,
    ),
    ("en", "Whether Rostand can return in time for the Olympics remains unclear.", False, [], None),
    # --- Auftakt der Vierschanzentournee in Oberstdorf (SID), Dezember ---
    (
        "de",
        "Oberstdorf (SID) - Der Norweger Kristoffer Moen hat das Auftaktspringen der Vierschanzentournee gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Moen landete bei 137 und 140 Metern und kam auf 318,2 Punkte.",
        True,
        [
            ("count", 137, None, None),
            ("count", 140, None, None),
            ("count", 318.2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bester Deutscher war Obermüller als Vierter, ihm fehlten 6,8 Punkte auf das Podest.",
        True,
        [("ordinal", 4, None, None), ("count", 6.8, None, None)],
        None,
    ),
    (
        "de",
        "Der Österreicher Jakob Hasenhüttl, nach dem ersten Durchgang noch Zweiter, fiel nach nur 124 Metern im Finale auf Rang neun zurück.",
        True,
        [
            ("ordinal", 1, None, None),
            ("ordinal", 2, None, None),
            ("count", 124, None, None),
            ("ordinal", 9, None, None),
        ],
        None,
    ),
    (
        "de",
        "An die Schattenbergschanze kamen 25.500 Zuschauer, wie die Veranstalter mitteilten.",
        True,
        [("count", 25500, None, None)],
        None,
    ),
    (
        "de",
        "Bundestrainer Ralf Steinhilber sprach von einem „soliden Auftakt, auf dem man aufbauen kann“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Tagessieger erhält ein Preisgeld von 12.500 Schweizer Franken, der Gesamtsieger der Tournee zusätzlich 115.000 Franken.",
        True,
        [("money", 12500, "CHF", None), ("money", 115000, "CHF", None)],
        None,
    ),
    # --- Riesenslalom in Adelboden (Keystone-SDA), Januar ---
    (
        "de",
        "Adelboden (Keystone-SDA) - Nando Ruppen hat am Chuenisbärgli den Riesenslalom gewonnen und für einen Schweizer Doppelsieg gesorgt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 27-jährige Walliser distanzierte Teamkollege Silvan Kälin um 0,33 Sekunden.",
        True,
        [("duration", 27, "year", None), ("duration", 0.33, "second", None)],
        None,
    ),
    (
        "de",
        "Im zweiten Lauf fuhr Ruppen von Rang drei noch an die Spitze.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Es ist sein 14. Weltcupsieg und der dritte in Adelboden.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "«Hier vor diesem Publikum zu gewinnen, ist mit nichts auf der Welt zu vergleichen», sagte Ruppen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Veranstalter bezifferte die Zahl der Fans am Samstag und Sonntag auf insgesamt 38'500.",
        True,
        [("count", 38500, None, None)],
        None,
    ),
    (
        "de",
        "Der Slalom am Sonntag wird wegen des aufkommenden Föhns um eine Stunde vorverlegt, teilte Swiss-Ski mit.",
        True,
        [("duration", 1, "hour", None)],
        "Swiss-Ski",
    ),
    (
        "de",
        "Knapp ein Drittel der Fahrer schied im ersten Lauf auf der eisigen Piste aus.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Ist dieser Ruppen in dieser Form überhaupt noch zu stoppen?", False, [], None),
    # --- Women's biathlon relay in Ruhpolding (Reuters), January ---
    (
        "en",
        "RUHPOLDING, Germany, Jan 16 (Reuters) - France won the women's 4x6-km biathlon relay on Thursday, using only five spare rounds and no penalty loops to beat Norway by 21.4 seconds.",
        True,
        [
            ("date", "--01-16", None, None),
            ("count", 4, None, None),
            ("count", 6, None, None),
            ("count", 5, None, None),
            ("duration", 21.4, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Germany were third, 48.9 seconds back, after their second-leg skier needed three penalty loops in the standing stage.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 48.9, "second", None),
            ("ordinal", 2, None, None),
            ("count", 3, None, None),
        ],
        None,
    ),
    ("en", "It was France's 11th straight relay podium, the IBU said.", True, [("ordinal", 11, None, None)], "the IBU"),
    (
        "en",
        "\"We knew that if we stayed calm on the range, nobody could catch us,\" France's anchor Léa Bonnefoy said.",
        False,
        [],
        None,
    ),
    ("en", "A crowd of about 19,000 packed the Chiemgau Arena.", True, [("count", 19000, None, "about")], None),
    (
        "en",
        "The men's 15-km mass start on Sunday was moved forward by 90 minutes because of forecast rain.",
        True,
        [("count", 15, None, None), ("duration", 90, "minute", None)],
        None,
    ),
    # --- Lauberhorn downhill in Wengen (Reuters), January ---
    (
        "en",
        "WENGEN, Switzerland, Jan 18 (Reuters) - Austria's Felix Reitbauer won the Lauberhorn downhill on Saturday by 0.09 seconds from Switzerland's Marco Gisler.",
        True,
        [("date", "--01-18", None, None), ("duration", 0.09, "second", None)],
        None,
    ),
    (
        "en",
        "Reitbauer, 28, needed 2:26.71 on a course shortened at the top because of fresh snow.",
        True,
        [
            ("duration", 28, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 26.71, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Norway's Aksel Tveiten, who started 31st, finished a surprise third.",
        True,
        [("ordinal", 31, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The win was Reitbauer's third in a row in downhill and put him 46 points clear at the top of the discipline standings.",
        True,
        [("ordinal", 3, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "A total of 32,000 spectators bought tickets for the three days of racing, organisers said.",
        True,
        [("count", 32000, None, None), ("duration", 3, "day", None)],
        "organisers",
    ),
    ("en", "Gisler said he was disappointed to lose by so little in front of his home crowd.", False, [], None),
    (
        "en",
        "Reitbauer collected 48,000 Swiss francs of the race's 165,000 francs in prize money.",
        True,
        [("money", 48000, "CHF", None), ("money", 165000, "CHF", None)],
        None,
    ),
    # --- Ergebnis Riesentorlauf am Kronplatz (APA), Jänner ---
    (
        "de",
        "Riesentorlauf der Damen am Kronplatz: 1. Hochrainer (AUT) 2:05,18 Min., 2. Caflisch (SUI) +0,22 Sek., 3. Halvorsen (USA) +0,57.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 2, "minute", None),
            ("duration", 5.18, "second", None),
            ("ordinal", 2, None, None),
            ("duration", 0.22, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 0.57, "second", None),
        ],
        None,
    ),
    # --- Einzel der Frauen in Antholz (APA), Jänner ---
    (
        "de",
        "Antholz (APA) - Biathletin Magdalena Rainer hat im Einzel über 15 Kilometer trotz zwei Strafminuten den fünften Platz belegt.",
        True,
        [
            ("count", 15, None, None),
            ("duration", 2, "minute", None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die 28-jährige Osttirolerin lag im Ziel 1:02,4 Minuten hinter der siegreichen Französin Léa Bonnefoy.",
        True,
        [
            ("duration", 28, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 2.4, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Bonnefoy traf 19 von 20 Scheiben und gewann in 41:17,9 Minuten.",
        True,
        [
            ("count", 19, None, None),
            ("count", 20, None, None),
            ("duration", 41, "minute", None),
            ("duration", 17.9, "second", None),
        ],
        None,
    ),
    (
        "de",
        "ÖSV-Biathlon-Cheftrainer Reinhard Gruber sagte der APA, Rainer habe bei ihren Fehlern im Stehendschießen mit böigem Seitenwind zu kämpfen gehabt.",
        True,
        [],
        "Reinhard Gruber",
    ),
    (
        "de",
        "„Die Form für das Podest habe ich, jetzt muss nur noch der Kopf mitspielen“, sagte Rainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im ORF verfolgten in der Spitze 640.000 Zuseherinnen und Zuseher das Rennen.",
        True,
        [("count", 640000, None, None)],
        None,
    ),
    ("de", "Ob Rainer bei den Winterspielen auch im Einzel startet, ließ Gruber offen.", False, [], None),
    # --- Figure skating European championships in Tallinn (Reuters), January ---
    (
        "en",
        "TALLINN, Jan 24 (Reuters) - Italy's Lorenzo Vianello won the men's title at the European Figure Skating Championships on Friday with a total of 281.46 points.",
        True,
        [("date", "--01-24", None, None), ("count", 281.46, None, None)],
        None,
    ),
    (
        "en",
        "Vianello, 21, landed three quadruple jumps in his free skate, worth 187.12 points, and finished 9.87 points ahead of France's Adrien Morel.",
        True,
        [
            ("duration", 21, "year", None),
            ("count", 3, None, None),
            ("count", 187.12, None, None),
            ("count", 9.87, None, None),
        ],
        None,
    ),
    (
        "en",
        "Morel had led after the short program with 96.34 points but fell on a triple Axel, costing him a one-point deduction.",
        True,
        [("count", 96.34, None, None), ("count", 1, None, None)],
        None,
    ),
    ("en", "Georgia's Davit Kapanadze took bronze with 262.08.", True, [("count", 262.08, None, None)], None),
    ("en", '"My legs were shaking before the free skate, but the crowd carried me," Vianello said.', False, [], None),
    (
        "en",
        "Vianello had finished fourth at last year's championships, the ISU said.",
        True,
        [("ordinal", 4, None, None)],
        "the ISU",
    ),
    ("en", "Critics have long argued that the judging rewards jumps over artistry.", False, [], None),
    # --- Eiskunstlauf-EM in Tallinn (Keystone-SDA), Januar ---
    (
        "de",
        "Tallinn (Keystone-SDA) - Eiskunstläuferin Alessia Bernasconi hat an der EM den fünften Schlussrang belegt.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die 19-jährige Tessinerin erreichte mit 189,73 Punkten eine persönliche Bestleistung.",
        True,
        [("duration", 19, "year", None), ("count", 189.73, None, None)],
        None,
    ),
    (
        "de",
        "In der Kür zeigte Bernasconi sechs saubere Dreifachsprünge, der Sturz beim Dreifach-Lutz kostete sie einen Punkt.",
        True,
        [("count", 6, None, None), ("count", 1, None, None)],
        None,
    ),
    ("de", "«Ich bin extrem stolz, auch wenn mich der Sturz noch ärgert», sagte Bernasconi.", False, [], None),
    # --- Slalom in Kitzbühel (APA), Jänner ---
    (
        "de",
        "Kitzbühel (APA) - Die ÖSV-Slalomherren haben am Ganslernhang einen Dreifachsieg gefeiert.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Es gewann der Tiroler Simon Huber-Rainer vor Lukas Stöckl und Andreas Pirker, die Abstände betrugen 0,21 und 0,48 Sekunden.",
        True,
        [("duration", 0.21, "second", None), ("duration", 0.48, "second", None)],
        None,
    ),
    (
        "de",
        "Der letzte österreichische Dreifachsieg im Kitzbüheler Slalom lag 19 Jahre zurück.",
        True,
        [("count", 3, None, None), ("duration", 19, "year", None)],
        None,
    ),
    (
        "de",
        "Für den 25-jährigen Huber-Rainer ist es der erste Weltcupsieg, zuvor war er zweimal Zweiter gewesen.",
        True,
        [
            ("duration", 25, "year", None),
            ("ordinal", 1, None, None),
            ("count", 2, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Als ich das grüne Licht auf der Anzeigetafel gesehen habe, war ich einfach nur leer“, sagte Huber-Rainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "ÖSV-Sportdirektor Mario Stelzhammer sagte der APA, im Slalomteam hätten heuer bereits acht Läufer Weltcuppunkte geholt.",
        True,
        [("count", 8, None, None)],
        "Mario Stelzhammer",
    ),
    ("de", "Der Präsident des Kitzbüheler Ski Clubs sprach von einem „Tag für die Geschichtsbücher“.", False, [], None),
    ("de", "Der Sieger erhielt ein Preisgeld von 92.000 Euro.", True, [("money", 92000, "EUR", None)], None),
    ("de", "Im Zielraum schwenkten die Fans rot-weiß-rote Fahnen und ließen die Kuhglocken läuten.", False, [], None),
    # --- Viererbob in Winterberg (dpa), Januar ---
    (
        "de",
        "Winterberg (dpa) - Bobpilot Florian Kästner hat im Viererbob seinen dritten Weltcupsieg in Serie gefeiert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der 31-Jährige und seine Anschieber lagen nach zwei Läufen eine Zehntelsekunde vor dem Team des Schweizers Corsin Albertini.",
        True,
        [
            ("duration", 31, "year", None),
            ("count", 2, None, None),
            ("duration", 0.1, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Kästner fuhr im ersten Lauf mit 4,91 Sekunden die schnellste Startzeit und stellte mit 55,12 Sekunden einen Bahnrekord auf.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 4.91, "second", None),
            ("duration", 55.12, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritter wurde der Lette Roberts Ozoliņš mit 0,37 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.37, "second", None)],
        None,
    ),
    (
        "de",
        "Bundestrainer Heiko Vollmann sagte, die Anschieber hätten über den Sommer im Schnitt vier Kilogramm Muskelmasse zugelegt.",
        True,
        [("count", 4, None, None)],
        "Heiko Vollmann",
    ),
    ("de", "„Im Bob entscheidet der Start, alles andere ist Feinarbeit“, sagte Vollmann.", False, [], None),
    # --- Eisschnelllauf-EM in Heerenveen (dpa), Januar ---
    (
        "de",
        "Heerenveen (dpa) - Eisschnellläuferin Johanna Riedl hat bei der Einzelstrecken-EM über 3000 Meter die Bronzemedaille gewonnen.",
        True,
        [("count", 3000, None, None)],
        None,
    ),
    (
        "de",
        "Die 27-Jährige lief in 4:01,86 Minuten und lag damit 2,14 Sekunden hinter der Niederländerin Femke de Graaf.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 4, "minute", None),
            ("duration", 1.86, "second", None),
            ("duration", 2.14, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Mit der Zeit habe Riedl auch die Olympianorm erfüllt, teilte die Deutsche Eisschnelllauf-Gemeinschaft mit.",
        True,
        [],
        "die Deutsche Eisschnelllauf-Gemeinschaft",
    ),
    (
        "de",
        "„Auf den letzten Runden hat mir alles wehgetan, aber ich habe trotzdem gelächelt“, sagte Riedl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Niederlande führen den Medaillenspiegel der EM mit fünf Gold-, drei Silber- und zwei Bronzemedaillen an.",
        True,
        [
            ("count", 5, None, None),
            ("count", 3, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    # --- Women's monobob in St. Moritz (Reuters), February ---
    (
        "en",
        "ST. MORITZ, Switzerland, Feb 1 (Reuters) - Germany's Anna-Lena Brettschneider won the women's monobob World Cup race on the natural ice track on Sunday, her sixth win of the season.",
        True,
        [("date", "--02-01", None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Brettschneider, 29, clocked a two-run total of 2:21.64 and beat American Kayla Deveraux by 0.36 seconds.",
        True,
        [
            ("duration", 29, "year", None),
            ("count", 2, None, None),
            ("duration", 2, "minute", None),
            ("duration", 21.64, "second", None),
            ("duration", 0.36, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Switzerland's Melanie Hürlimann was third, 0.58 seconds back, after the fastest start of the day at 5.41 seconds.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 0.58, "second", None),
            ("duration", 5.41, "second", None),
        ],
        None,
    ),
    (
        "en",
        "A crew of 14 workers needed about three weeks to build the track from snow and water, race organisers said.",
        True,
        [("count", 14, None, None), ("duration", 3, "week", "about")],
        None,
    ),
    ("en", "\"On this track you don't drive, you negotiate,\" Brettschneider said.", False, [], None),
    (
        "en",
        "Deveraux's second place was her best World Cup result, the team said.",
        True,
        [("ordinal", 2, None, None)],
        "the team",
    ),
    # --- Olympic women's biathlon sprint in Le Grand-Bornand (Reuters), February ---
    (
        "en",
        "LE GRAND-BORNAND, France, Feb 9 (Reuters) - Germany's Carina Weissgerber won Olympic gold in the women's 7.5-km sprint on Sunday, shooting clean to finish 12.3 seconds ahead of France's Léa Bonnefoy.",
        True,
        [
            ("date", "--02-09", None, None),
            ("count", 7.5, None, None),
            ("duration", 12.3, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Bonnefoy, cheered on by a home crowd that organisers put at 24,000, missed one target in the standing stage and skied one penalty loop.",
        True,
        [
            ("count", 24000, None, None),
            ("count", 1, None, None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Norway's Ingrid Tangen took bronze, 19.8 seconds back, also with one miss.",
        True,
        [("duration", 19.8, "second", None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Weissgerber, 25, had never before finished on the podium at a major championship.",
        True,
        [("duration", 25, "year", None)],
        None,
    ),
    ("en", '"I kept telling myself to slow my breathing and trust the rifle," Weissgerber said.', False, [], None),
    (
        "en",
        "The IBU said the start of Monday's men's sprint would be brought forward by 30 minutes because of expected snowfall.",
        True,
        [("duration", 30, "minute", None)],
        "the IBU",
    ),
    ("en", "Can anyone stop Weissgerber at these Games?", False, [], None),
    # --- Olympische Abfahrt der Männer in Val d'Isère (dpa), Februar ---
    ("de", "Val d'Isère (dpa) - Der Schweizer Marco Gisler ist Olympiasieger in der Abfahrt.", True, [], None),
    (
        "de",
        "Der 29-Jährige gewann am Sonntag in 1:43,09 Minuten mit 0,16 Sekunden Vorsprung auf den Österreicher Felix Reitbauer.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 43.09, "second", None),
            ("duration", 0.16, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Bronze teilten sich zeitgleich der Norweger Aksel Tveiten und der Italiener Matteo Cavalleri.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Schweiz hat damit bei diesen Spielen bereits drei Goldmedaillen im Ski alpin gewonnen, teilte Swiss Olympic mit.",
        True,
        [("count", 3, None, None)],
        "Swiss Olympic",
    ),
    (
        "de",
        "«Seit ich als kleiner Junge Abfahrten am Fernseher geschaut habe, träume ich von diesem Tag», sagte Gisler.",
        False,
        [],
        None,
    ),
    ("de", "Reitbauer sagte, er sei mit Silber „hochzufrieden“ und habe sich nichts vorzuwerfen.", False, [], None),
    (
        "de",
        "Der Start war wegen Nebels um 75 Minuten verschoben worden.",
        True,
        [("duration", 75, "minute", None)],
        None,
    ),
    # --- Olympisches Skispringen von der Normalschanze in Courchevel (APA), Februar ---
    (
        "de",
        "Courchevel (APA) - Skispringer Jakob Hasenhüttl hat bei den Olympischen Winterspielen Silber von der Normalschanze gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 23-jährige Steirer kam auf 106,5 und 104 Meter und lag mit 271,3 Punkten nur 1,4 Zähler hinter Olympiasieger Kristoffer Moen.",
        True,
        [
            ("duration", 23, "year", None),
            ("count", 106.5, None, None),
            ("count", 104, None, None),
            ("count", 271.3, None, None),
            ("count", 1.4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Auf der Normalschanze (HS 103) war am Vortag wegen Rückenwinds kein Training möglich gewesen.",
        True,
        [("count", 103, None, None)],
        None,
    ),
    (
        "de",
        "Bronze holte der Slowene Jaka Kovačič, der nach dem ersten Durchgang noch geführt hatte.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Für Österreich ist es die vierte Medaille bei diesen Spielen, teilte das Österreichische Olympische Comité mit.",
        True,
        [("ordinal", 4, None, None)],
        "das Österreichische Olympische Comité",
    ),
    ("de", "„Silber fühlt sich heute an wie Gold, ich habe alles gegeben“, sagte Hasenhüttl.", False, [], None),
    ("de", "ÖSV-Sportdirektor Mario Stelzhammer sprach von „einem Tag zum Genießen“.", False, [], None),
    # --- Olympic two-man bobsleigh in La Plagne (AFP), February ---
    (
        "en",
        "LA PLAGNE, France (AFP) - Germany's Florian Kaestner and brakeman Tobias Rehm won Olympic two-man bobsleigh gold on Tuesday after four runs totalling 3:48.27.",
        True,
        [
            ("count", 4, None, None),
            ("duration", 3, "minute", None),
            ("duration", 48.27, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The pair finished 0.29 seconds ahead of Switzerland's Corsin Albertini, with Latvia's Roberts Ozolins third.",
        True,
        [("duration", 0.29, "second", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Kaestner set the fastest start time of the Games in the third run at 4.86 seconds.",
        True,
        [("ordinal", 3, None, None), ("duration", 4.86, "second", None)],
        None,
    ),
    (
        "en",
        "It was Kaestner's second Olympic gold medal after his four-man title in 2026.",
        True,
        [("ordinal", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    ("en", '"The track is fast but it punishes every small mistake," Kaestner said.', False, [], None),
    (
        "en",
        "The ice on the track was held at minus 7 degrees Celsius for all four runs, organisers said.",
        True,
        [("count", -7, None, None), ("count", 4, None, None)],
        "organisers",
    ),
    # --- Olympischer Riesenslalom der Frauen in Courchevel (Keystone-SDA), Februar ---
    (
        "de",
        "Courchevel (Keystone-SDA) - Noemi Caflisch hat an den Olympischen Winterspielen Gold im Riesenslalom gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 26-jährige Bündnerin siegte nach zwei Läufen in 2:11,84 Minuten, 0,42 Sekunden vor der Österreicherin Valentina Hochrainer.",
        True,
        [
            ("duration", 26, "year", None),
            ("count", 2, None, None),
            ("duration", 2, "minute", None),
            ("duration", 11.84, "second", None),
            ("duration", 0.42, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Bronze ging an die Amerikanerin Brooke Halvorsen, die im ersten Lauf mit Startnummer 15 Laufbestzeit gefahren war.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "«Im Starthaus habe ich an meine Grossmutter gedacht, sie hat mir das Skifahren beigebracht», sagte Caflisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Swiss-Ski-Alpindirektor Urs Schnyder sagte, Caflisch habe nach ihrem Kreuzbandriss vor 14 Monaten erst im Oktober wieder auf Ski gestanden.",
        True,
        [("duration", 14, "month", None)],
        "Urs Schnyder",
    ),
    (
        "de",
        "Laut SRF sahen in der Deutschschweiz durchschnittlich 684'000 Personen das Rennen, der Marktanteil betrug 79,3 Prozent.",
        True,
        [("count", 684000, None, None), ("percent", 79.3, "%", None)],
        "SRF",
    ),
    # --- Olympic women's skeleton in La Plagne (PA), February ---
    (
        "en",
        "LA PLAGNE (PA) - Britain's Isla McCandless won Olympic silver in the women's skeleton on Friday, 0.44 seconds behind Germany's Svenja Hölzl after four runs.",
        True,
        [("duration", 0.44, "second", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "McCandless, 27, was fourth after the first day but posted the fastest third run in 59.81 seconds to climb onto the podium.",
        True,
        [
            ("duration", 27, "year", None),
            ("ordinal", 4, None, None),
            ("ordinal", 1, None, None),
            ("ordinal", 3, None, None),
            ("duration", 59.81, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Team GB said it was the country's fifth medal of the Games.",
        True,
        [("ordinal", 5, None, None)],
        "Team GB",
    ),
    (
        "en",
        "\"I honestly can't remember anything from that last run, it was all instinct,\" McCandless said.",
        False,
        [],
        None,
    ),
    ("en", "Hölzl set a track record of 59.12 in the opening run.", True, [("duration", 59.12, "second", None)], None),
    # --- Olympic women's figure skating in Nice (Reuters), February ---
    (
        "en",
        "NICE, France, Feb 20 (Reuters) - Japan's Hina Sakuraba won the Olympic women's figure skating title on Thursday with 232.57 points.",
        True,
        [("date", "--02-20", None, None), ("count", 232.57, None, None)],
        None,
    ),
    (
        "en",
        "Sakuraba, 17, was third after the short program but scored 158.90 in the free skate to overtake South Korea's Seo Yu-na.",
        True,
        [
            ("duration", 17, "year", None),
            ("ordinal", 3, None, None),
            ("count", 158.9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Seo took silver with 228.04 points, 4.53 behind, and American Lily Carrow bronze with 219.66.",
        True,
        [
            ("count", 228.04, None, None),
            ("count", 4.53, None, None),
            ("count", 219.66, None, None),
        ],
        None,
    ),
    (
        "en",
        "Sakuraba landed seven triple jumps, including a triple Axel, and received no deductions.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "\"I didn't look at the scores after the short program, I only thought about my music,\" Sakuraba said through an interpreter.",
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. Figure Skating said Carrow's bronze was her first medal at a major international championship.",
        True,
        [("ordinal", 1, None, None)],
        "U.S. Figure Skating",
    ),
    ("en", "The arena was sold out with 9,400 spectators.", True, [("count", 9400, None, None)], None),
    # --- Medaillenspiegel der Winterspiele (SID), Februar ---
    (
        "de",
        "Nizza (SID) - Nach dem zwölften Wettkampftag führt Norwegen den Medaillenspiegel der Winterspiele mit 13 Gold-, neun Silber- und elf Bronzemedaillen an.",
        True,
        [
            ("ordinal", 12, None, None),
            ("count", 13, None, None),
            ("count", 9, None, None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "de",
        "Deutschland folgt mit 8-10-6 auf dem dritten Platz, noch vor Italien.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die deutsche Mannschaft hat damit bereits 24 Medaillen gewonnen, drei mehr als bei den Spielen 2026.",
        True,
        [
            ("count", 24, None, None),
            ("count", 3, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "de",
        "Österreich steht mit fünf Gold-, sechs Silber- und sieben Bronzemedaillen auf Platz sieben, die Schweiz ist mit 6-3-5 Sechste.",
        True,
        [
            ("count", 5, None, None),
            ("count", 6, None, None),
            ("count", 7, None, None),
            ("ordinal", 7, None, None),
            ("ordinal", 6, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der DOSB hatte vor den Spielen das Ziel von 25 bis 30 Medaillen ausgegeben.",
        True,
        [("count", 25, None, None), ("count", 30, None, None)],
        None,
    ),
    ("de", "Chef de Mission Karsten Ullrich sagte, das Team liege „voll im Plan“.", False, [], None),
    ("de", "Eine ausführliche Übersicht aller Entscheidungen folgt.", False, [], None),
    # --- Olympic men's slalom in Val d'Isere (AP), February ---
    (
        "en",
        "VAL D'ISERE, France (AP) — Austria's Simon Huber-Rainer won the Olympic men's slalom on Saturday, coming from ninth after the first run to win by 0.07 seconds.",
        True,
        [
            ("ordinal", 9, None, None),
            ("ordinal", 1, None, None),
            ("duration", 0.07, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Huber-Rainer, 25, had the fastest second run by more than half a second and finished in a combined 1:38.45.",
        True,
        [
            ("duration", 25, "year", None),
            ("ordinal", 2, None, None),
            ("duration", 0.5, "second", "over"),
            ("duration", 1, "minute", None),
            ("duration", 38.45, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Norway's Aksel Tveiten took silver and Switzerland's Nando Ruppen bronze, giving Ruppen his second medal of the Games.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Only 34 of the 88 starters completed both runs on a course set with 68 gates.",
        True,
        [
            ("count", 34, None, None),
            ("count", 88, None, None),
            ("count", 68, None, None),
        ],
        None,
    ),
    (
        "en",
        '"After that mistake at the top I had nothing to lose, so I just attacked," Huber-Rainer said.',
        False,
        [],
        None,
    ),
    ("en", "Tveiten said he had hoped for more but would happily take silver home.", False, [], None),
    # --- Allround world championships in Hamar (Reuters), March ---
    (
        "en",
        "HAMAR, Norway, March 8 (Reuters) - Dutchman Jelle Brinkhorst won the world allround speed skating title on Sunday, taking three of the four distances.",
        True,
        [
            ("date", "--03-08", None, None),
            ("count", 3, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "Brinkhorst, 22, finished with 146.218 points, 0.974 ahead of Norway's Sverre Lunde.",
        True,
        [
            ("duration", 22, "year", None),
            ("count", 146.218, None, None),
            ("count", 0.974, None, None),
        ],
        None,
    ),
    (
        "en",
        "Men's 10,000 metres: 1. Brinkhorst 12:48.31, 2. Lunde 12:51.07, 3. Kanemura 13:02.55.",
        True,
        [
            ("count", 10000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 12, "minute", None),
            ("duration", 48.31, "second", None),
            ("ordinal", 2, None, None),
            ("duration", 12, "minute", None),
            ("duration", 51.07, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 13, "minute", None),
            ("duration", 2.55, "second", None),
        ],
        None,
    ),
    (
        "en",
        "\"By the end I couldn't feel my legs any more, I just followed the lap board,\" Brinkhorst said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The International Skating Union said a crowd of 8,200 had watched the final day.",
        True,
        [("count", 8200, None, None)],
        "the International Skating Union",
    ),
    # --- Skifliegen in Planica (APA), März ---
    (
        "de",
        "Planica (APA) - Jakob Hasenhüttl hat beim Skifliegen in Planica mit 254,5 Metern einen österreichischen Rekord aufgestellt.",
        True,
        [("count", 254.5, None, None)],
        None,
    ),
    (
        "de",
        "Der 23-Jährige gewann den Bewerb mit Flügen auf 241 und 254,5 Meter und 467,3 Punkten.",
        True,
        [
            ("duration", 23, "year", None),
            ("count", 241, None, None),
            ("count", 254.5, None, None),
            ("count", 467.3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Zweiter wurde Moen, der nach dem ersten Durchgang um 4,2 Punkte vorne gelegen war.",
        True,
        [
            ("ordinal", 2, None, None),
            ("ordinal", 1, None, None),
            ("count", 4.2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im Gesamtweltcup liegt Moen mit 1.612 Punkten uneinholbar 188 Zähler vor Hasenhüttl.",
        True,
        [("count", 1612, None, None), ("count", 188, None, None)],
        None,
    ),
    (
        "de",
        "Wegen zu starken Windes wurde der zweite Durchgang am Sonntag nach 27 Springern abgebrochen, hieß es von der FIS.",
        True,
        [("ordinal", 2, None, None), ("count", 27, None, None)],
        None,
    ),
    ("de", "„So weit zu fliegen, das ist wie ein Rausch, den man nie vergisst“, sagte Hasenhüttl.", False, [], None),
    ("de", "Im Auslauf unter den Schanzen herrschte Volksfeststimmung bis in den späten Abend.", False, [], None),
    (
        "de",
        "Nach Angaben der Organisatoren kamen an den vier Tagen rund 62.000 Fans ins Tal unter den Schanzen.",
        True,
        [("duration", 4, "day", None), ("count", 62000, None, "about")],
        "die Organisatoren",
    ),
    # --- Biathlon World Cup in Oslo (Reuters), March ---
    (
        "en",
        "OSLO, March 21 (Reuters) - Carina Weissgerber clinched the women's overall biathlon World Cup on Saturday, finishing fourth in the pursuit at Holmenkollen to secure an unassailable lead.",
        True,
        [("date", "--03-21", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The German has 1,104 points with one race remaining, 97 more than France's Léa Bonnefoy.",
        True,
        [
            ("count", 1104, None, None),
            ("count", 1, None, None),
            ("count", 97, None, None),
        ],
        None,
    ),
    (
        "en",
        "Bonnefoy won the 10-km pursuit in 29:44.6 despite two misses, beating Norway's Ingrid Tangen by 3.1 seconds.",
        True,
        [
            ("count", 10, None, None),
            ("duration", 29, "minute", None),
            ("duration", 44.6, "second", None),
            ("count", 2, None, None),
            ("duration", 3.1, "second", None),
        ],
        None,
    ),
    (
        "en",
        "It is the 25-year-old's first overall title, the IBU said.",
        True,
        [("duration", 25, "year", None), ("ordinal", 1, None, None)],
        "the IBU",
    ),
    ("en", '"This globe is for everybody who helped me through the bad days," Weissgerber said.', False, [], None),
    (
        "en",
        "Norwegian broadcaster NRK said an average of 1.1 million viewers had watched the men's mass start.",
        True,
        [("count", 1100000, None, None)],
        None,
    ),
    ("en", "(Reporting by Ingrid Halsvik in Oslo; Editing by Peter Rutherford)", False, [], None),
    # --- Gesamtweltcup der Männer in Sun Valley (dpa), März ---
    (
        "de",
        "Sun Valley (dpa) - Der Schweizer Nando Ruppen hat zum zweiten Mal den Gesamtweltcup der Alpin-Männer gewonnen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ruppen sicherte sich die große Kristallkugel mit 1.387 Punkten, 241 Zähler vor Reitbauer.",
        True,
        [("count", 1387, None, None), ("count", 241, None, None)],
        None,
    ),
    (
        "de",
        "In dieser Saison feierte der 27-Jährige sieben Weltcupsiege und stand insgesamt 15-mal auf dem Podest.",
        True,
        [
            ("duration", 27, "year", None),
            ("count", 7, None, None),
            ("count", 15, None, None),
        ],
        None,
    ),
    (
        "de",
        "DSV-Alpindirektor Benedikt Stauber sagte, der Verband werde im kommenden Winter zwei zusätzliche Trainerstellen im Speedbereich besetzen.",
        True,
        [("count", 2, None, None)],
        "Benedikt Stauber",
    ),
    ("de", "„Wir sind nicht da, wo wir hinwollen, und das wissen wir auch“, sagte Stauber.", False, [], None),
    (
        "de",
        "Den Nationencup gewann die Schweiz mit 11.460 Punkten vor Österreich (10.915) und Norwegen (6.022).",
        True,
        [
            ("count", 11460, None, None),
            ("count", 10915, None, None),
            ("count", 6022, None, None),
        ],
        None,
    ),
    # --- Women's overall World Cup in Sun Valley (AP), March ---
    (
        "en",
        "SUN VALLEY, Idaho (AP) — Italy's Giada Montanari won her first overall World Cup title on Sunday, finishing ninth in the last giant slalom of the season to hold off Noemi Caflisch.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Montanari finished with 1,512 points, 36 ahead of the Swiss skier, after winning eight races this season.",
        True,
        [
            ("count", 1512, None, None),
            ("count", 36, None, None),
            ("count", 8, None, None),
        ],
        None,
    ),
    (
        "en",
        "Caflisch had cut the gap to 14 points by winning Saturday's super-G in 1:12.88.",
        True,
        [
            ("count", 14, None, None),
            ("duration", 1, "minute", None),
            ("duration", 12.88, "second", None),
        ],
        None,
    ),
    ("en", "\"I couldn't watch the last racers, I was hiding behind the tent,\" Montanari said.", False, [], None),
    (
        "en",
        "Montanari will have surgery on her right knee next week to remove loose cartilage, the federation said.",
        True,
        [],
        "the federation",
    ),
    (
        "en",
        "Halvorsen, 23, took the small crystal globe for slalom with 712 points.",
        True,
        [("duration", 23, "year", None), ("count", 712, None, None)],
        None,
    ),
    ("en", "Italian newspapers hailed Montanari as the heir to the great champions of the past.", False, [], None),
]
