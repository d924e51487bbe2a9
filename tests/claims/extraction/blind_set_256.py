"""Two-hundred-and-fifty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, drivers, riders, coaches,
officials and figures are made up (Joris Verhaegen, Alfie Brockwell, Luca Ferrante, Tobias
Wennemann, Arthur Delacroix, Michael Kohlhaas, Lennart Bothe, Ralf Dürrwächter, Lea
Amstutz, Marco Zbinden, Florian Kirchmair, Matej Kovačič, Sem Brouwer, Marlene Ostendorf,
Katrin Hellwege, Jonas Wittenbecher, Sören Kappelhoff, Noemi Sutter, Shanice Whyte, Yannick
Dufaux, Oskar Lindqvist, Patrick Rüttimann, Maximilian Ahrendt, Uwe Kerkhoff, Felix
Hochreiter, Sophie Pammer, Walter Brandstätter, Friederike Lansing, Katja Nordhoff, Malik
Osei-Brandt, Annika Trautwein, Niklas Bergheim, Jonas Wehrhahn, Jürgen Ebbinghaus, Pau
Ribalta, Nicolò Ferraresi, Tim Lohberger, Théo Marsac, Leon Szymanek, Anders Holmqvist,
Fabian Rösch, Gian Flurin Caduff, Reto Bärtschi; Daniel Kiprotich Musyoka, Tesfaye Alemu,
Lachlan Merriweather, Ayaka Morinaga, Isla Brereton, Stijn Verlinden, Marco Pellegatti,
Mikkel Sønderby, Léo Castagnac, Iker Aranburu, Sindre Hovland, Hattie Ashcombe, Nadia
Kovalchuk, Klára Voborníková, Álvaro Castellví, Riley Fairbairn, Carter Brandvold, Even
Thorsdal, Ignacio Berrueta, Bram Oosterhuis, Thierry Vaubourg, Jelle Mortier, Mateus
Carvalhal, Zofia Wróblewska, Brooke Tallant, Matilda Crowhurst, Jarrah Pennycuick, Brent
Ashdown, Dario Ferrucci, Callum Redpath, Rok Zupančič, Euan McAllister, Elijah Kiptanui,
Tamara Brooks, Amara Okonjo-Bell, Nils Ekström, Avery Kellerman, Jenna Paulsen, Marcus
Delahaye, Hamish Tuohy, Dalton Kurtz, Sanna Virtanen; every unnamed fan, spectator,
expert, players' group and steward); officials of real bodies appear under made-up names
that stand for no real holder, or by their role only. Real events, bodies, teams, venues,
broadcasters and places ("Formel 1", "Großer Preis von Österreich", "Red Bull Ring",
"Tour de France", "Gelbes Trikot", "Grünes Trikot", "Wimbledon", "All England Club",
"Deutscher Tennis Bund", "Davis Cup", "WTA", "ATP", "Grand Slam", "Centre Court",
"Queen's", "Wimbledon Park", "Österreich-Rundfahrt", "Kitzbüheler Horn", "International
Tennis Integrity Agency", "ITIA", "Court of Arbitration for Sport", "Deutscher
Schwimm-Verband", "Landsberger Allee", "Diamond League", "Athletissima", "Swimming
Australia", "Österreichischer Schwimmverband", "OSV", "Deutscher Leichtathletik-Verband",
"DLV", "Auestadion", "UK Athletics", "London Stadium", "Silverstone", "Mercedes", "Haas",
"FIA", "USA Swimming", "Indiana University Natatorium", "Sachsenring", "Ducati", "Moto2",
"ADAC", "BBC", "IndyCar", "Indianapolis 500", "Gold Coast Marathon", and the datelines'
cities) stand for the way wire copy names them; every result, score, time, margin, rank,
seed, point, lap, record, crowd, audience, age, ban, prize and quote here is invented, and
where a real figure came to mind it was changed.

Its weight: SPORTS RESULTS - tennis, cycling, athletics, swimming and motor racing (the
thirty-fifth, sixty-first, hundred-fifty-third and two-hundred-and-twenty-first batches
weighed sports results before, and their decisions on scores, times and ranks are kept) -
over one summer week, Sunday to Sunday (July 5 to 12), 30 short stories in story order as
the sports desks file them, the German and English stories interleaved by day, each told as
wire copy runs it (a dateline lead with the result, times, margins and ranks, the standings,
attributed claims, quotes, follow-ups). Half German (APA, dpa, SID, Keystone-SDA; Austrian
"heuer", "siebenten", "Staatsmeistertitel", "Einzelbewerben", Swiss "Halbfinal",
"Viertelfinal", "Grosses", "Grossmutter", "400'000 Pfund", "455'000 Franken", "14'300",
"11'000 Euro", «» quotes, German „“ quotes): the Austrian Grand Prix in Spielberg, a German
quarter-finalist and a German finalist at Wimbledon, a Swiss quarter-final loss, a German
sprinter's Tour stage, the Kitzbüheler Horn at the Tour of Austria, the German swimming
championships, the Lausanne Diamond League meeting, a German time triallist, the Austrian
swimming championships, the German athletics championships, the German motorcycle Grand
Prix, a German driver at Silverstone and a Swiss stage win in the Alps. Half English
(Reuters, AP, PA, AFP, AAP): the Gold Coast Marathon, Tour stages and a mass crash, a
British fourth-round loss, the men's quarter-finals, semi-finals and final and the women's
semi-finals at Wimbledon, a tennis doping ban, the Australian swimming trials, the London
Diamond League, qualifying and the race at the British Grand Prix, the U.S. swimming
nationals and IndyCar in Toronto. Figures as such copy has them: race, lap and match times
in the colon form and spelled out, margins in seconds and hundredths, set scores and
tiebreaks, aces, break, set and match points, seeds and rankings, laps, stages, grid places,
kilometres, metres and wind readings, points in the standings, wins counted and ordered,
records and their age, crowds and audiences, bans, prize money in pounds, francs, euros,
Australian and U.S. dollars, ages, years, dates and hedges. Negatives as such copy has them:
athletes' joy, pride, nerves and disappointment in quotes, coaches' praise, a rider's and a
players' group's labels, an expectation and a belief without a figure, forecasts, open and
rhetorical questions and fans' scene colour - ten of them with a figure, labelled.

242 rows (122 German, 120 English), 55 negatives (25 German, 30 English), 187 check-worthy
rows of which 17 carry no figure (7 German, 10 English), 414 expected quantities (150
durations - 63 in seconds, 34 in years, 31 in minutes, 13 in hours, 5 in weeks, 3 in days,
1 in months -, 118 counts, 98 ordinals, 17 amounts of money - 8 GBP, 3 EUR, 3 USD, 2 AUD, 1
CHF -, 10 dates, 10 years, 7 percentages - all in % -, 4 fractions; 10 of them in ten
negatives, as the seventeenth batch labels a figure in a negative), 41 checked speakers (22
German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states an
  outcome is check-worthy with or without a figure (thirty-fifth, sixty-first,
  hundred-fifty-third, two-hundred-and-twenty-first). Check-worthy without a figure: the
  Austrian Grand Prix won, a Swiss semi-final narrowly missed, a stage won at the Kitzbüheler
  Horn, the German motorcycle Grand Prix won, a scheduled quarter-final and a scheduled final
  with a semi-final's score (sixty-first: a scheduled final), a rider taken to hospital with
  a broken collarbone (hundred-thirty-third), a race director's account of a crash's cause,
  the time given to riders held up (a rule applied), the ITIA's finding, a head-to-head
  record, a wrist treated since a final, a driver sent to the back of the grid, a runner's
  selection, and three Konjunktiv I paraphrases (Sutter's next start, Nordhoff's shoulder,
  Bärtschi's fall). A quoted or reported evaluation, feeling, cliché or label is a negative
  with speaker None, also with a named speaker (seventh, ninety-eighth, hundred-fifty-third,
  two-hundred-and-twenty-first); Konjunktiv I paraphrases of a fact or plan are check-worthy
  with the speaker their own attribution gives (thirty-fifth, hundred-fifty-third,
  two-hundred-and-twenty-first): Kohlhaas's treatment after the third set, Dürrwächter's
  three weeks, Kappelhoff's 14 athletes, Sutter's plan, Kerkhoff's 40 hours, Brandstätter's
  three events, Nordhoff's shoulder, Ebbinghaus's 38, Holmqvist's single stop, Bärtschi's
  fall and the ADAC's contract. Carvalhal's announced appeal is a stated next step
  (hundred-nineteenth) and check-worthy.
- Scores, set scores, tiebreaks and records carry none (thirty-fifth, sixty-first,
  hundred-fifty-third, two-hundred-and-twenty-first): "6:3, 4:6, 7:6 (9:7), 6:7 (2:7), 6:4",
  "6:7 (5:7), 6:3, 4:6", "4:6, 7:6 (7:2), 5:7", "beim Stand von 4:5", "6-3 7-5", "7-6(4)
  6-3 6-4", "6-2 6-4", "4-6 6-3 6-4", "at 4-4", "6-4 7-6(3) 6-2", "7-5 6-7(5) 6-3 6-4",
  "6-3 4-6 7-6(8) 6-4", and "leads Ferrucci 6-3 in their career meetings" (a head-to-head
  record is a win-loss record and no tally, thirty-fifth and two-hundredth). "the deciding
  set", "Top seed", "a set down", "the only break point" (two-hundred-and-twenty-first: "a
  break point" none), "Viertelfinale", "Halbfinal", "quarter-finals", "semi-finals" none;
  "the third-set tiebreak" 3 (two-hundred-and-twenty-first: "the second-set tiebreak" 2);
  "Runde der letzten acht" 8 and "Runde der letzten vier" 4 (thirtieth, thirty-fifth), "the
  last 16" 16 (thirty-fifth), "the last four" 4 (hundred-fifty-third).
- Race times, margins and durations (thirty-fifth, sixty-first, hundred-fifty-third,
  two-hundred-and-twenty-first): the colon form gives one duration per unit from the largest
  - "in 2:07:52" and "in 2:09:30" three each (thirty-fifth: "in 2:02:48"), "nach 4:41:07
  Stunden" three (sixty-first: "4:38:12 Stunden"), "nach 3:24 Stunden", "nach 2:41
  Stunden" and "nach 2:17 Stunden" hours and minutes, "in 1:05,813 Minuten", "nach 2:08,91
  Minuten", "in 14:52,36 Minuten", "in 1:44,62 Minuten", "37:41 Minuten", "in 4:09,17
  Minuten", "mit 1:02 Minuten Rückstand", "mit 1:09 Minuten" and "1:31 Minuten zurück"
  minutes and seconds -, and without a unit word in a timing context ("touching in
  4:23.41", "clocking 3:46.02", "won in 3:45.57", "in 2:05.18", "best lap of 1:25.811";
  sixty-first: "a world record of 1:52.23", "the fastest lap of 1:21.337"); a bare decimal
  in a timing context is seconds ("third in 11.02", "winning the longer race in 47.91";
  sixty-first: "in 53.61"); the spelled forms give each unit ("2 hours, 23 minutes and 9
  seconds", "one hour, nine minutes and 12 seconds", "2 hours 14 minutes", "three hours and
  52 minutes", "three hours and nine minutes", "three hours and 26 minutes"). New: "third at
  1min 22sec" is 1 minute and 22 seconds - the abbreviated units read as written out, as
  "0.42sec" (ninetieth). Hundredths in seconds ("um vier Hundertstel" 0.04, "um 27
  Hundertstel" 0.27, "nur zwei Hundertstel über seiner Bestzeit" 0.02 - "über" after the
  figure compares and is no hedge, as „mehr als“ after a figure, two-hundred-and-forty-fourth;
  "nur" no hedge). New: "nur eine Hundertstelsekunde" is 0.01 seconds - the compound of
  "Hundertstel" and its unit read as "by one hundredth of a second" (thirty-fifth), "eine"
  before it 1 (hundred-fifty-third: "bis auf einen Punkt"). Penalties and bonuses: "eine
  Fünf-Sekunden-Strafe" 5 seconds (sixty-first: "die Zehn-Sekunden-Marke"), "a 10-second
  time penalty" 10 seconds (sixty-first), "10 bonus seconds" and "der zehn Bonussekunden" 10
  seconds (hundred-fifty-third). Gaps with hedges as written: "more than three minutes
  clear", "mit mehr als 20 Minuten Rückstand" and "more than two minutes" "over", "rund 40
  Stunden" "about"; "in 68 minutes", "banned for 20 months", "in den vergangenen drei
  Wochen", "over the past six weeks" ("over" before "the" no hedge, forty-first),
  "mindestens vier Wochen" "at_least", "vor neun Jahren", "seit sieben Jahren", "the first
  British driver in three years" ordinal 1 and 3 years (two-hundred-and-forty-fourth: "for
  the first time in more than 400 years"); compounds "einer dreiwöchigen Rundfahrt" 3 weeks,
  "Die fünftägige Rundfahrt" 5 days, "An den viertägigen Meisterschaften" 4 days (the
  issue's "fünfstündigen"); "An den drei Tagen" 3 days (sixty-first: "an drei Tagen") but
  "An den drei Renntagen" count 3 (thirty-fifth, two-hundred-and-twenty-first). New: the age
  of a record is a duration in years as the age of a person or an animal (hundred-sixtieth:
  „Das etwa vier Jahre alte Weibchen“): "den 14 Jahre alten Rekord" 14 years and "a mark that
  had stood for nine years" 9 years. None: "im Vorjahr", "heuer", "this year", "this
  season", "next year's", "next summer's", "all winter", "in der kommenden
  Woche", "im Frühjahr", months ("im April", "im August", "in August"), weekdays
  and "Am Straßenrand".
- Ranks, seeds, places and the nth are ordinals (thirty-fifth, sixty-first,
  hundred-fifty-third, two-hundred-and-twenty-first): "Dritter wurde", "Zweiter geworden",
  "Zweite", "Vierter", "als Vierter", "Sechster", "als Siebter", "auf Rang elf", "auf Rang
  sieben", "auf Rang vier", "Für Rang sieben", "auf Rang fünf", "von Rang 38 auf etwa Platz
  25" (the hedge as written on a rank, hundred-fifty-third), "von Startplatz sieben", "von
  Startplatz 14" (sixty-first), "Der an Nummer neun
  gesetzte", "der an Nummer drei gesetzten", "Die an Nummer sieben gesetzte", "14th seed",
  "14th-seeded" and "The third-seeded Pole" (hundred-fifty-third: "Third-seeded"), "American
  fifth seed", "Second seed", "seeded seventh", "ranked 31st", "Former world number 12", "a
  career-high No. 12", "world number one" (hundred-fifty-third), "British number one" 1 (as
  "world number one"), "fifth overall", "from fourth to ninth overall", "third at", "was
  third", "finished second", "will start third", "finished 10th", "in 11th"; numbered laps
  and stages ("in Runde 23", "in Runde 64", "in Runde 29", "in Runde 38", "on lap 3"; thirty-fifth, hundred-fifty-third), "die dritte Etappe", "die neunte Etappe",
  "the second stage", "the Tour de France's fourth stage", "im ersten Einzelzeitfahren";
  rounds, sets and attempts ("im fünften Satz", "nach dem dritten Satz", "Im dritten Satz",
  "im dritten Satz", "in the fourth round", "im dritten Versuch", "im fünften und letzten
  Versuch", "nach dem ersten Tag", "am ersten Tag", "an den ersten beiden Tagen" 1 -
  "beiden" none, two-hundredth -, "die ersten beiden" 1, "on the fourth" and "beim vierten"
  4 - the elliptic ordinal, eighty-ninth -, "his fourth set point", "Friday's first
  semi-final", "the first summit finish", "Der erste Ruhetag", "on the second row", "Der
  zweite deutsche Fahrer"); wins and firsts ("der 14. Sieg als Profi und der erste", "sein
  fünfter Sieg in Serie ... der 31. Grand-Prix-Erfolg", "ihren siebenten
  Staatsmeistertitel" - Austrian "siebenten", thirty-fifth -, "his third victory of the
  season", "for the third time", "a second successive Wimbledon title", "fifth Grand Slam
  title", "her first Wimbledon final", "his first Grand Slam final", "den ersten
  Grand-Slam-Titel", "als erster deutscher Mann seit 2017", "den ersten deutschen Tagessieg
  seit 2021", "der erste Etappensieg eines Österreichers ... seit 2020", "der erste Schweizer
  Etappensieg", "the first British man",
  "the first British driver"); "seiner ersten Aufschläge" and "his first-serve points" 1
  (two-hundred-and-twenty-first: "his first serve"), "her first three matches" ordinal 1 and
  count 3 (two-hundred-and-twenty-first: "Five of the first 12 starters"), "vier Anstiege der
  ersten Kategorie" count 4 and ordinal 1 (sixty-first: "three first-category climbs"). None:
  "Top seed", "pole position", "Pole-Position", "die schnellste Rennrunde", "best lap", "als
  bester Deutscher" ("bester" no number word), "last survivor".
- Counts (every batch): laps ("nach 71 Runden", "nach 30 Runden", "46 of the 52 laps", "52
  of the 85 laps", "five cautions for a total of 19 laps" - "a total of" no hedge, as
  „insgesamt“); points and standings ("mit 187 Punkten an, 23 Zähler vor", "mit 241 Punkten,
  38 Zähler vor", "sechs WM-Punkte, insgesamt ... 19 Punkte", "by 23 points with 13 races
  remaining", "within 14 points" - "within" no hedge, two-hundred-and-forty-fourth -, "mit
  4.512 Punkten, 86 Zähler vor"); tennis ("27 Asse", "alle vier Breakbälle" 4 - "alle" no
  hedge -, "vier ihrer insgesamt acht Doppelfehler", "drei Matchbälle", "19 aces", "three
  match points", "in five sets" 5 (sixty-first), "broke serve four times" 4 (thirty-fifth:
  "sacked five times"), "two break points", "20 of the last 24 points", "61 winners", "five
  of his 14 break points", "two set points", "four previous semi-finals"); riders and fields ("Two riders", "about 30 riders and ... three of
  them", "a reduced group of 42 riders", "Knapp ein Drittel der 126 gestarteten Fahrer",
  "412 Schwimmerinnen und Schwimmer aus 96 Vereinen", "287 Aktive", "14 Athletinnen und
  Athleten", "38 Athletinnen und Athleten", "31 swimmers", "mit 19 Entscheidungen", "in
  drei Einzelbewerben", "seven career victories, four of them", "made two pit stops", "the
  two Mercedes cars" 2 (two-hundred-and-twenty-first: "the last two sets"), "The top two
  finishers" 2 (hundred-fifty-third: "The top two teams"), "the top 40" 40
  (two-hundred-and-twenty-first: "The top 60"), "mit nur einem Boxenstopp" 1
  (two-hundred-and-twenty-first: "nur einen Schießfehler"); multiplicative titles "a
  two-time world champion" and "a two-time Indianapolis 500 winner" 2 (fifteenth,
  two-hundred-and-twenty-first). New: "a five-man lead group", "a three-man breakaway" and
  "the 176-man peloton" are counts 5, 3 and 176 - the figure heading a "-man" compound counts
  riders as „einer sechsköpfigen Spitzengruppe“ does (hundred-fifty-third), and so does
  „einer siebenköpfigen Fluchtgruppe“ 7 here. New: "in den Top Ten" is count 10 - the group
  of places counted with its number word, as "unter den Top 100" (seventy-second) and "the
  top 10" (hundred-thirty-second). Crowds and audiences ("A record 38,500 runners ...,
  about 6,200 of them", "rund 289.000 Zuschauerinnen und Zuschauer", "14'300" - Swiss
  apostrophe, tenth -, "A crowd of 58,240", "12.400 Zuschauer", "233.000 Zuschauer", "A
  record crowd of 164,000 ... to 480,000" - "A record" no hedge, hundred-fifty-third -, "a
  peak television audience of 9.4 million" 9,400,000 - "peak" no hedge, as "a peak audience
  of 612,000", hundred-twentieth).
- Distances, speeds and measures are counts (fourth, thirty-fifth, sixty-first,
  two-hundred-and-twenty-first): "after 198.4km", "at the 35km mark", "30km from the
  finish", "with 4.5 kilometres to go", "22 kilometers", "nach 178,6 Kilometern", "den 7,1
  Kilometer langen Schlussanstieg" (hundred-fifty-third: "dem 124 Kilometer langen
  Teilstück"), "über 163 Kilometer" and "über 151 Kilometer" (no hedge, naming the distance
  of a race, thirty-fifth), "für die 33,2 Kilometer", "2.5 kilometres left on the 7km
  climb", "the 1.786-mile temporary circuit" (the figure in a hyphenated compound,
  hundred-sixtieth), "6,05 Meter", "mit 19,36 Metern", "einen Schnitt von 52,8 km/h" (no
  hedge, as „im Schnitt“; sixty-first: "143 km/h"); event distances ("über 200 Meter
  Lagen", "die 1500 Meter Freistil" 1500 - German copy without a separator, as "5000
  Franken", twenty-first -, "über 100 Meter Schmetterling", "über 200 Meter", "Über 800
  Meter", "über 100 Meter Brust", "über 400 Meter Freistil", "die 100 Meter", "Über 400
  Meter Hürden", "the women's 400m individual medley", "the men's 100m freestyle", "the
  women's 100 metres", "the women's 200-meter butterfly"; sixty-first: "200m freestyle",
  "400m hurdles"). New: "the men's 50 and 100 freestyle" and "in the 50 freestyle" are
  counts 50 and 100 - a swimming event named by its distance without a unit word is read as
  "the 1,500m" (sixty-first). New: a wind reading is a speed and a count, "pro Sekunde" and
  "per second" none (two-hundred-and-thirty-fourth: "about 68 kilometres per second"): "bei
  Rückenwind von 0,9 Metern pro Sekunde" 0.9, "von einem Rückenwind von 1,7 Metern pro
  Sekunde" 1.7, "into a headwind of 0.3 metres per second" 0.3 (the sign a headwind would
  carry on a results sheet is not written and not added).
- Names with a figure and event names carry none (thirty-fifth: "Formel 1", "Six Nations";
  sixty-first: "Zweierbob"; hundred-fifty-third: "Masters 1000"): "der Formel 1", "Moto2",
  "Indianapolis 500". New: compounds built on such a name stay names - "Formel-1-Pilot"
  carries no count, unlike a figure heading a measure ("Mit ihrem 147,5-Meter-Sprung",
  two-hundred-and-first). New: event names with a number word inside carry none -
  "Zehnkämpfer" and "Saturday's half marathon" count and divide nothing, as "Zweierbob"
  (sixty-first); "Stabhochsprung", "Kugelstoßen", "Diamond-League-Meeting",
  "Davis-Cup-Teamchef", "Grand-Prix-Erfolg", "Wimbledon-Finale" none. Words for records and
  bests without a figure carry none (two-hundred-and-twenty-first: "Bestzeit"):
  "Weltjahresbestleistung", "seiner Bestzeit", "die alte Bestmarke", "ihre eigene Bestmarke",
  "einen deutschen Rekord", "den Schweizer Rekord", "einen österreichischen Rekord", "the
  course record", "a course record", "the British mile record", "the women's 400m individual
  medley world record" (400 only), "the fastest mile in the world this year", "the fastest
  time in the world this year", "the fastest time by an American this year", "the fastest
  ever recorded", "das Gelbe Trikot", "the yellow jersey", "das Grüne Trikot", "das
  Bergtrikot". New: "unter der Minutengrenze" carries none - a threshold named without a
  number word, unlike "die Zehn-Sekunden-Marke" (sixty-first). New: "finished a lap down"
  carries none - an article and no figure, as "a break point" (two-hundred-and-twenty-first)
  and "seit mehr als einem Jahr" (hundred-fifty-third).
- Percentages and fractions (the issue; every batch): "71 Prozent seiner ersten Aufschläge",
  "78% of the points", "79% of his first-serve points", "mit einer durchschnittlichen
  Steigung von 12,5 Prozent" and "averages 8.5 percent" (no hedge,
  two-hundred-and-twenty-first: "averages 7.4 per cent"), "up to 20 percent" "up_to", "rund
  zehn Prozent mehr" "about" ("mehr" after the figure compares, hundred-first); "drei
  Viertel der Punkte" 0.75 (the issue), "Knapp ein Drittel" 0.3333 "nearly", "Nearly a
  quarter" 0.25 "nearly", "by about a third" 0.3333 "about".
- Ages are durations in years (every batch): "Der 26-Jährige", "Der 25-Jährige", "Der 28
  Jahre alte Sprinter", "Die 27-jährige Bernerin", "Der 22-Jährige", "Die 19-Jährige", "Die
  25-jährige Baslerin", "Der 30-Jährige", "Der 23-jährige Oberösterreicher", "Der
  21-Jährige", "der 27-Jährige", "Der 22 Jahre alte Emmericher", "Der 29-jährige Bündner",
  "Musyoka, 27,", "Verlinden, 24,", "Ashcombe, 23,", "The 22-year-old Spaniard", "The
  29-year-old Brazilian", "The third-seeded Pole, 24,", "The 17-year-old", "Redpath, 21,",
  "The 25-year-old" twice, "The 26-year-old", "Delahaye, 29,", "the 22-year-old's",
  "Ferrucci, 27,"; "Sixteen-year-old" opening a row is 16 years (hundred-sixty-eighth:
  "Sixteen-year-olds").
- Money in the currency written (every batch): GBP ("400.000 Pfund", "400'000 Pfund",
  "1,52 Millionen Pfund", "£240,000", "3 million pounds" twice, "1.52 million pounds"
  twice), CHF ("rund 455'000 Franken" "about", a converted amount read as written,
  two-hundred-and-twenty-first), EUR ("insgesamt 110.000 Euro" - "insgesamt" no hedge -,
  "rund 1,78 Millionen Euro" "about", "11'000 Euro" in a Swiss story), AUD ("A$20,000", "a
  further A$15,000" - "a further" no hedge, hundred-fifty-third), USD ("(about $4.1
  million)" "about", "$86,400", "$108,000").
- Years and dates: "since 2011", "seit 2017", "seit 2021", "seit 2020", "in 2023", "since
  2016", "since 2004", "since 2022", "bis 2031" (no hedge, hundred-fifty-third), "since
  2015"; "on Nov. 19" --11-19 and "Dec. 2" --12-02 without a year, "on Aug. 1, 2027" the
  full date 2027-08-01 (thirty-fifth: "since Aug. 14, 2024"), "am 26. Juli" --07-26; Reuters
  datelines with a day ("ROUEN, France, July 5", "LONDON, July 7", "LONDON, July 8",
  "LONDON, July 10", "SILVERSTONE, England, July 11", "LONDON, July 12") dates without a
  year, the country between city and day (ninety-ninth); APA, dpa, SID, Keystone-SDA, AP
  ("ARRAS, France (AP) —", "WIMBLEDON, England (AP) —", "INDIANAPOLIS (AP) —", "TORONTO (AP)
  —"), PA ("LONDON (PA) -", "SILVERSTONE (PA) -"), AFP ("LA PLANCHE DES BELLES FILLES,
  France (AFP) -") and AAP ("GOLD COAST (AAP) -", "BRISBANE (AAP) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about" "about"; "Knapp", "Nearly"
  "nearly"; "mehr als", "more than" "over"; "up to" "up_to"; "mindestens" "at_least". No
  hedge: "nur", "insgesamt", "alle", "A record", "a further", "a total of", "within",
  "einen Schnitt von", "durchschnittlichen", "averages", "a career-high", "peak", "over"
  before a span or "the", "über" naming a race distance or after a figure, "since", "seit",
  "bis".
- Speakers, checked only in forms the earlier batches settled: "teilte die Rennleitung
  mit", "teilte der All England Club mit", "teilte der Veranstalter mit", "teilte die WTA
  mit" and "teilte der ADAC mit" the source with its article in the nominative
  (thirty-fifth, sixty-first, two-hundred-and-twenty-first); "teilten die Organisatoren mit"
  -> "die Organisatoren" (thirty-fifth); "teilte der Deutsche Schwimm-Verband (DSV) mit" with
  the abbreviation in brackets dropped (two-hundred-and-fifteenth,
  two-hundred-and-forty-fourth); "nach Angaben der Veranstalter" -> "die Veranstalter"
  (hundred-thirty-third), "nach Angaben der WTA" -> "die WTA", "nach Angaben des
  Veranstalters" -> "der Veranstalter", "nach Angaben des Österreichischen Schwimmverbands
  (OSV)" -> "der Österreichische Schwimmverband" and "Nach Angaben des Deutschen
  Leichtathletik-Verbands (DLV)" -> "der Deutsche Leichtathletik-Verband" (the source in the
  nominative, two-hundred-and-fourth, two-hundred-and-forty-fourth); "Davis-Cup-Teamchef
  Michael Kohlhaas sagte, ...", "Teamchef Ralf Dürrwächter sagte, ...", "Bundestrainer Sören
  Kappelhoff sagte, ...", "Sportdirektor Uwe Kerkhoff sagte, ...", "Bundestrainerin Katja
  Nordhoff sagte, ...", "DLV-Sportvorstand Jürgen Ebbinghaus sagte, ..." and "Teamchef Anders
  Holmqvist sagte, ..." the name with the role dropped (two-hundred-and-twenty-first,
  two-hundred-and-forty-fourth), "sagte Teamleiter Reto Bärtschi" (hundred-fifty-third),
  "OSV-Sportdirektor Walter Brandstätter sagte der APA" -> "Walter Brandstätter"
  (two-hundred-and-twenty-first: "Rainalter sagte der APA"), "sagte Sutter" the surname as
  written (hundred-fifty-third: "sagte Degenhart"). English: "organisers said" three times and
  AP's "organizers said" (hundred-fifty-third), "according to the WTA" -> "the WTA"
  (sixty-first), "according to the ATP", "the ATP said", "the All England Club said", "the
  FIA said" and "the BBC said" with the article in lower case (sixty-first,
  hundred-fifty-third; thirty-fifth: "the network said"), "the International Tennis Integrity
  Agency said on Wednesday" with the weekday dropped (hundred-fifty-third: "the team said
  Sunday"), "The ITIA said ..." opening the row -> "the ITIA" (two-hundred-and-twenty-first:
  "The U.S. Ski Team said"), "Swimming Australia said", "UK Athletics said", "USA Swimming
  said" and "IndyCar said" as written (sixty-first: "Cricket Australia said"; thirty-fifth:
  "UK Anti-Doping said"), "Coach Ignacio Berrueta said", "Coach Brent Ashdown said" and
  "Race director Thierry Vaubourg said" the name with the role dropped (sixty-first: "Race
  director Piotr Nowak"). Left unchecked (None): "race organisers said" (sixty-first), "his
  team said" (sixty-first) and "teilte sein Team mit" (a possessive,
  two-hundred-and-twenty-first: "nach Angaben seines Teams"), "the stewards said" (a plural
  group, hundred-fifty-third), "Carvalhal, who reached ..., said" (a description between the
  name and the verb, hundred-thirty-third), rows without attribution and all negatives, also
  those with a named speaker.
- Negatives (thirty-fifth, sixty-first, hundred-fifty-third, two-hundred-and-twenty-first):
  athletes' joy, pride, nerves and disappointment in quotes ("„Das Auto hat sich heute vom
  ersten bis zum letzten Meter perfekt angefühlt“" with ordinal 1 labelled, "„Im fünften
  Satz habe ich nur noch von Punkt zu Punkt gedacht“" with ordinal 5 labelled, "«Ich bin
  enttäuscht, aber auch stolz auf diese zwei Wochen»" with 2 weeks labelled, "„Auf den
  letzten zwei Kilometern habe ich nur noch Sterne gesehen“" with count 2 labelled, "„Drei
  Sekunden, das ist nach so einem Kampf einfach bitter“" with 3 seconds labelled, the
  Marathon winner's "last 10 kilometres" with count 10 labelled, Castellví's courage "from
  the first ball" with ordinal 1 labelled, Ferrucci's "seven years old" with 7 years
  labelled, and the Tour dreams, tears, disbelief, noise, grandmothers and living rooms of
  the rest, also with "told reporters", and „Das fühlt sich heute fast an wie ein Sieg“); coaches' praise («Lea hat heute bewiesen, ...»,
  «Noemi hat ihr Limit noch lange nicht erreicht»); labels ("Beim Deutschen Tennis Bund war
  von einem „historischen Tag ...“ die Rede.", "A players' group called the ban ..."); a rider's scene ("It looked like a
  battlefield"); an expectation and a belief without a figure ("Viele Experten sehen Bothe
  ...", "Viele Experten trauen Osei-Brandt ... zu", "Few in the peloton believe ...";
  forty-seventh); forecasts and verdicts ("The crash is sure to reignite the debate ...",
  "Rain is forecast for Sunday afternoon ...", "Australian swimming may just have found its
  next superstar.", "With five races left, the title fight looks set to ..." with count 5
  labelled); open questions ("Whether Verlinden can keep this form through the first week
  ..." with ordinal 1 labelled, "Ob Kirchmair ...", "Ob Pammer ...", "Ob Lansing ...", "Ob
  das Team in Budapest ..."; hundred-seventy-fifth); a rhetorical question ("Can anyone stop
  Castellví on grass this summer?"; sixty-first); and fans' scene colour (orange stands in
  Styria, a beachfront, Centre Court rising, queues in Wimbledon Park, Normandy roadsides,
  a crowd singing, parents in tears; hundred-fifty-third).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_256 = [
    # --- Gold Coast Marathon (AAP), Sunday July 5 ---
    (
        "en",
        "GOLD COAST (AAP) - Kenyan runner Daniel Kiprotich Musyoka won the Gold Coast Marathon on Sunday in 2:07:52, breaking the course record by 14 seconds.",
        True,
        [
            ("duration", 2, "hour", None),
            ("duration", 7, "minute", None),
            ("duration", 52, "second", None),
            ("duration", 14, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Musyoka, 27, broke clear of a five-man lead group at the 35km mark and crossed the line 41 seconds ahead of Ethiopia's Tesfaye Alemu.",
        True,
        [
            ("duration", 27, "year", None),
            ("count", 5, None, None),
            ("count", 35, None, None),
            ("duration", 41, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Australia's Lachlan Merriweather was third in 2:09:30, the fastest marathon by an Australian on home soil since 2011.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 2, "hour", None),
            ("duration", 9, "minute", None),
            ("duration", 30, "second", None),
            ("year", 2011, None, None),
        ],
        None,
    ),
    (
        "en",
        "Japan's Ayaka Morinaga won the women's race in 2 hours, 23 minutes and 9 seconds, more than three minutes clear of the field.",
        True,
        [
            ("duration", 2, "hour", None),
            ("duration", 23, "minute", None),
            ("duration", 9, "second", None),
            ("duration", 3, "minute", "over"),
        ],
        None,
    ),
    (
        "en",
        "A record 38,500 runners entered the weekend's events, about 6,200 of them in the marathon, organisers said.",
        True,
        [("count", 38500, None, None), ("count", 6200, None, "about")],
        "organisers",
    ),
    (
        "en",
        "Marathon winners each take home A$20,000, with a further A$15,000 on offer for a course record.",
        True,
        [("money", 20000, "AUD", None), ("money", 15000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"The last 10 kilometres along the water were pure suffering, but my legs kept saying go," Musyoka said.',
        False,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Britain's Isla Brereton won Saturday's half marathon in one hour, nine minutes and 12 seconds.",
        True,
        [("duration", 1, "hour", None), ("duration", 9, "minute", None), ("duration", 12, "second", None)],
        None,
    ),
    ("en", "Spectators stood several deep along the beachfront esplanade under clear winter skies.", False, [], None),
    # --- Großer Preis von Österreich (APA), Sonntag, 5. Juli ---
    (
        "de",
        "Spielberg (APA) - Der Niederländer Joris Verhaegen hat am Sonntag den Großen Preis von Österreich der Formel 1 gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 26-Jährige setzte sich von der Pole-Position aus nach 71 Runden mit 4,218 Sekunden Vorsprung auf den Briten Alfie Brockwell durch.",
        True,
        [("duration", 26, "year", None), ("count", 71, None, None), ("duration", 4.218, "second", None)],
        None,
    ),
    (
        "de",
        "Dritter wurde der Monegasse Luca Ferrante, der von Startplatz sieben ins Rennen gegangen war.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Brockwell erhielt in Runde 23 eine Fünf-Sekunden-Strafe, weil er sich neben der Strecke einen Vorteil verschafft hatte, teilte die Rennleitung mit.",
        True,
        [("ordinal", 23, None, None), ("duration", 5, "second", None)],
        "die Rennleitung",
    ),
    (
        "de",
        "Verhaegen führt die WM-Wertung nun mit 187 Punkten an, 23 Zähler vor Brockwell.",
        True,
        [("count", 187, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die schnellste Rennrunde fuhr Ferrante in Runde 64 in 1:05,813 Minuten.",
        True,
        [("ordinal", 64, None, None), ("duration", 1, "minute", None), ("duration", 5.813, "second", None)],
        None,
    ),
    (
        "de",
        "An den drei Tagen kamen nach Angaben der Veranstalter rund 289.000 Zuschauerinnen und Zuschauer an den Red Bull Ring.",
        True,
        [("duration", 3, "day", None), ("count", 289000, None, "about")],
        "die Veranstalter",
    ),
    (
        "de",
        "„Das Auto hat sich heute vom ersten bis zum letzten Meter perfekt angefühlt“, sagte Verhaegen.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Auf den Tribünen färbten Zehntausende niederländische Fans die Steiermark orange.", False, [], None),
    # --- Tour de France, stage 2 (Reuters), Sunday July 5 ---
    (
        "en",
        "ROUEN, France, July 5 (Reuters) - Belgian sprinter Stijn Verlinden won the second stage of the Tour de France on Sunday, edging Italy's Marco Pellegatti in a bunch finish after 198.4km.",
        True,
        [("date", "--07-05", None, None), ("ordinal", 2, None, None), ("count", 198.4, None, None)],
        None,
    ),
    (
        "en",
        "Denmark's Mikkel Sønderby kept the yellow jersey, four seconds ahead of Frenchman Léo Castagnac.",
        True,
        [("duration", 4, "second", None)],
        None,
    ),
    (
        "en",
        "Verlinden, 24, picked up 10 bonus seconds on the line and moved up to fifth overall, 12 seconds down.",
        True,
        [
            ("duration", 24, "year", None),
            ("duration", 10, "second", None),
            ("ordinal", 5, None, None),
            ("duration", 12, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The peloton swept up the last survivor of a three-man breakaway with 4.5 kilometres to go.",
        True,
        [("count", 3, None, None), ("count", 4.5, None, None)],
        None,
    ),
    ("en", '"I have dreamt of arms in the air on the Tour since I was a boy," Verlinden said.', False, [], None),
    (
        "en",
        "Two riders, Spain's Iker Aranburu and Norway's Sindre Hovland, abandoned after a crash 30km from the finish, race organisers said.",
        True,
        [("count", 2, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Whether Verlinden can keep this form through the first week remains to be seen.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Wimbledon, Achtelfinale (dpa), Montag, 6. Juli ---
    (
        "de",
        "London (dpa) - Tennisprofi Tobias Wennemann hat als erster deutscher Mann seit 2017 das Viertelfinale von Wimbledon erreicht.",
        True,
        [("ordinal", 1, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "de",
        "Der an Nummer neun gesetzte Hamburger besiegte den Franzosen Arthur Delacroix nach 3:24 Stunden mit 6:3, 4:6, 7:6 (9:7), 6:7 (2:7), 6:4.",
        True,
        [("ordinal", 9, None, None), ("duration", 3, "hour", None), ("duration", 24, "minute", None)],
        None,
    ),
    (
        "de",
        "Wennemann schlug 27 Asse und wehrte im fünften Satz alle vier Breakbälle seines Gegners ab.",
        True,
        [("count", 27, None, None), ("ordinal", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Er brachte 71 Prozent seiner ersten Aufschläge ins Feld und gewann drei Viertel der Punkte dahinter.",
        True,
        [("percent", 71, "%", None), ("ordinal", 1, None, None), ("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Der 25-Jährige wird in der Weltrangliste auf Rang elf geführt und steht erstmals in einem Grand-Slam-Viertelfinale.",
        True,
        [("duration", 25, "year", None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Schon das Erreichen der Runde der letzten acht ist 400.000 Pfund wert, teilte der All England Club mit.",
        True,
        [("count", 8, None, None), ("money", 400000, "GBP", None)],
        "der All England Club",
    ),
    (
        "de",
        "Davis-Cup-Teamchef Michael Kohlhaas sagte, Wennemann habe sich nach dem dritten Satz wegen Rückenproblemen behandeln lassen.",
        True,
        [("ordinal", 3, None, None)],
        "Michael Kohlhaas",
    ),
    (
        "de",
        "„Im fünften Satz habe ich nur noch von Punkt zu Punkt gedacht“, sagte Wennemann.",
        False,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Beim Deutschen Tennis Bund war von einem „historischen Tag für das Herrentennis“ die Rede.",
        False,
        [],
        None,
    ),
    # --- Wimbledon, fourth round (PA), Monday July 6 ---
    (
        "en",
        "LONDON (PA) - British number one Hattie Ashcombe's Wimbledon run ended in the fourth round on Monday with a 6-3 7-5 defeat by 14th seed Nadia Kovalchuk.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 4, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Ashcombe, 23, had not dropped a set in her first three matches.",
        True,
        [("duration", 23, "year", None), ("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Ukrainian broke serve four times and won 78% of the points on her first serve.",
        True,
        [("count", 4, None, None), ("percent", 78, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Reaching the last 16 earned Ashcombe £240,000 and will lift her into the top 40 of the rankings, according to the WTA.",
        True,
        [("count", 16, None, None), ("money", 240000, "GBP", None), ("count", 40, None, None)],
        "the WTA",
    ),
    (
        "en",
        '"I gave everything out there and it just wasn\'t quite enough today," a tearful Ashcombe told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Kovalchuk will face Czech qualifier Klára Voborníková in Wednesday's quarter-finals.", True, [], None),
    ("en", "Centre Court rose to applaud her off after the final point.", False, [], None),
    # --- Tour de France, 3. Etappe (SID), Montag, 6. Juli ---
    (
        "de",
        "Amiens (SID) - Radprofi Lennart Bothe hat die dritte Etappe der Tour de France gewonnen und damit den ersten deutschen Tagessieg seit 2021 gefeiert.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Der 28 Jahre alte Sprinter setzte sich nach 178,6 Kilometern im Massensprint vor dem Belgier Stijn Verlinden und dem Italiener Marco Pellegatti durch.",
        True,
        [("duration", 28, "year", None), ("count", 178.6, None, None)],
        None,
    ),
    (
        "de",
        "Für Bothe ist es der 14. Sieg als Profi und der erste bei einer dreiwöchigen Rundfahrt.",
        True,
        [("ordinal", 14, None, None), ("ordinal", 1, None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Im Gesamtklassement behält der Däne Mikkel Sønderby mit vier Sekunden Vorsprung auf den Franzosen Léo Castagnac das Gelbe Trikot.",
        True,
        [("duration", 4, "second", None)],
        None,
    ),
    (
        "de",
        "Dank der zehn Bonussekunden schob sich Bothe auf Rang sieben vor, 14 Sekunden hinter Sønderby.",
        True,
        [("duration", 10, "second", None), ("ordinal", 7, None, None), ("duration", 14, "second", None)],
        None,
    ),
    (
        "de",
        "Teamchef Ralf Dürrwächter sagte, Bothe habe in den vergangenen drei Wochen in der Sierra Nevada gezielt an seinem Antritt gearbeitet.",
        True,
        [("duration", 3, "week", None)],
        "Ralf Dürrwächter",
    ),
    (
        "de",
        "„Davon habe ich geträumt, seit ich als kleiner Junge vor dem Fernseher saß“, sagte Bothe.",
        False,
        [],
        None,
    ),
    ("de", "Viele Experten sehen Bothe nach diesem Sieg als Favoriten auf das Grüne Trikot.", False, [], None),
    # --- Wimbledon, men's quarter-finals (Reuters), Tuesday July 7 ---
    (
        "en",
        "LONDON, July 7 (Reuters) - Top seed Álvaro Castellví reached the Wimbledon semi-finals for the third time on Tuesday, beating Australian Riley Fairbairn 7-6(4) 6-3 6-4.",
        True,
        [("date", "--07-07", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The 22-year-old Spaniard hit 19 aces and saved the only break point he faced in a match lasting 2 hours 14 minutes.",
        True,
        [
            ("duration", 22, "year", None),
            ("count", 19, None, None),
            ("duration", 2, "hour", None),
            ("duration", 14, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Fairbairn, ranked 31st in the world, saved three match points before netting a forehand on the fourth.",
        True,
        [("ordinal", 31, None, None), ("count", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "American fifth seed Carter Brandvold also advanced, beating Norway's Even Thorsdal in five sets over three hours and 52 minutes.",
        True,
        [
            ("ordinal", 5, None, None),
            ("count", 5, None, None),
            ("duration", 3, "hour", None),
            ("duration", 52, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Coach Ignacio Berrueta said Castellví had been receiving treatment on his left wrist since the final at Queen's.",
        True,
        [],
        "Ignacio Berrueta",
    ),
    (
        "en",
        '"Grass rewards courage, and today I felt brave from the first ball," Castellví told reporters.',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "Can anyone stop Castellví on grass this summer?", False, [], None),
    # --- Wimbledon, Viertelfinal (Keystone-SDA), Dienstag, 7. Juli ---
    (
        "de",
        "London (Keystone-SDA) - Die Schweizerin Lea Amstutz hat in Wimbledon den Einzug in den Halbfinal knapp verpasst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 27-jährige Bernerin unterlag der an Nummer drei gesetzten Polin Zofia Wróblewska nach 2:41 Stunden mit 6:7 (5:7), 6:3, 4:6.",
        True,
        [
            ("duration", 27, "year", None),
            ("ordinal", 3, None, None),
            ("duration", 2, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Im dritten Satz unterliefen ihr vier ihrer insgesamt acht Doppelfehler.",
        True,
        [("ordinal", 3, None, None), ("count", 4, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Für den Viertelfinal erhält Amstutz 400'000 Pfund, umgerechnet rund 455'000 Franken.",
        True,
        [("money", 400000, "GBP", None), ("money", 455000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "In der Weltrangliste wird sie sich nach Angaben der WTA von Rang 38 auf etwa Platz 25 verbessern.",
        True,
        [("ordinal", 38, None, None), ("ordinal", 25, None, "about")],
        "die WTA",
    ),
    (
        "de",
        "Zuletzt hatte eine Schweizerin vor neun Jahren in Wimbledon die Runde der letzten vier erreicht.",
        True,
        [("duration", 9, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "«Ich bin enttäuscht, aber auch stolz auf diese zwei Wochen», sagte Amstutz.",
        False,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "«Lea hat heute bewiesen, dass sie in diese Liga gehört», sagte ihr Trainer Marco Zbinden.",
        False,
        [],
        None,
    ),
    # --- Tour de France, stage 4 crash (AP), Tuesday July 7 ---
    (
        "en",
        "ARRAS, France (AP) — A mass crash 22 kilometers from the finish of the Tour de France's fourth stage on Tuesday brought down about 30 riders and forced three of them to abandon.",
        True,
        [("count", 22, None, None), ("ordinal", 4, None, None), ("count", 30, None, "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Dutch rider Bram Oosterhuis was taken to a hospital in Arras with a broken collarbone, his team said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Nearly a quarter of the 176-man peloton was held up behind the pileup.",
        True,
        [("fraction", 0.25, None, "nearly"), ("count", 176, None, None)],
        None,
    ),
    (
        "en",
        "Frenchman Léo Castagnac won the stage in a sprint from a reduced group of 42 riders and took the yellow jersey by two seconds.",
        True,
        [("count", 42, None, None), ("duration", 2, "second", None)],
        None,
    ),
    (
        "en",
        "Race director Thierry Vaubourg said the crash was caused by a rider touching a wheel on a narrow descent, not by the road surface.",
        True,
        [],
        "Thierry Vaubourg",
    ),
    (
        "en",
        "Riders held up by the crash were given the same time as the winner's group, organizers said.",
        True,
        [],
        "organizers",
    ),
    (
        "en",
        '"It looked like a battlefield, bikes and bodies everywhere," said Belgian rider Jelle Mortier.',
        False,
        [],
        None,
    ),
    ("en", "The crash is sure to reignite the debate over dangerous finishes on flat stages.", False, [], None),
    # --- Österreich-Rundfahrt (APA), Mittwoch, 8. Juli ---
    (
        "de",
        "Kitzbühel (APA) - Der Tiroler Florian Kirchmair hat die Bergankunft der Österreich-Rundfahrt auf dem Kitzbüheler Horn gewonnen und die Gesamtführung übernommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 22-Jährige bewältigte den 7,1 Kilometer langen Schlussanstieg mit einer durchschnittlichen Steigung von 12,5 Prozent im Alleingang.",
        True,
        [("duration", 22, "year", None), ("count", 7.1, None, None), ("percent", 12.5, "%", None)],
        None,
    ),
    (
        "de",
        "Im Ziel hatte Kirchmair 38 Sekunden Vorsprung auf den Slowenen Matej Kovačič, Dritter wurde der Niederländer Sem Brouwer mit 1:02 Minuten Rückstand.",
        True,
        [
            ("duration", 38, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 1, "minute", None),
            ("duration", 2, "second", None),
        ],
        None,
    ),
    (
        "de",
        "In der Gesamtwertung führt er nun mit 44 Sekunden vor Kovačič, am Donnerstag folgt die Schlussetappe über 163 Kilometer nach Innsbruck.",
        True,
        [("duration", 44, "second", None), ("count", 163, None, None)],
        None,
    ),
    (
        "de",
        "Es ist der erste Etappensieg eines Österreichers bei der Rundfahrt seit 2020.",
        True,
        [("ordinal", 1, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der 126 gestarteten Fahrer erreichte das Ziel mit mehr als 20 Minuten Rückstand.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 126, None, None), ("duration", 20, "minute", "over")],
        None,
    ),
    (
        "de",
        "„Auf den letzten zwei Kilometern habe ich nur noch Sterne gesehen“, sagte Kirchmair.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die fünftägige Rundfahrt ist heuer mit insgesamt 110.000 Euro Preisgeld dotiert, teilte der Veranstalter mit.",
        True,
        [("duration", 5, "day", None), ("money", 110000, "EUR", None)],
        "der Veranstalter",
    ),
    ("de", "Ob Kirchmair den Vorsprung am Donnerstag ins Ziel bringen kann, ist offen.", False, [], None),
    # --- Doping ban (Reuters), Wednesday July 8 ---
    (
        "en",
        "LONDON, July 8 (Reuters) - Former world number 12 Mateus Carvalhal has been banned for 20 months after testing positive for a prohibited diuretic, the International Tennis Integrity Agency said on Wednesday.",
        True,
        [("date", "--07-08", None, None), ("ordinal", 12, None, None), ("duration", 20, "month", None)],
        "the International Tennis Integrity Agency",
    ),
    (
        "en",
        "The 29-year-old Brazilian tested positive for hydrochlorothiazide in an out-of-competition sample collected on Nov. 19.",
        True,
        [("duration", 29, "year", None), ("date", "--11-19", None, None)],
        None,
    ),
    (
        "en",
        "His ban is backdated to Dec. 2 and will expire on Aug. 1, 2027.",
        True,
        [("date", "--12-02", None, None), ("date", "2027-08-01", None, None)],
        None,
    ),
    (
        "en",
        "Carvalhal, who reached a career-high No. 12 in 2023, said he would appeal to the Court of Arbitration for Sport.",
        True,
        [("ordinal", 12, None, None), ("year", 2023, None, None)],
        None,
    ),
    ("en", "The ITIA said he had failed to establish how the substance entered his system.", True, [], "the ITIA"),
    (
        "en",
        "He must also forfeit $86,400 in prize money earned since the sample was taken.",
        True,
        [("money", 86400, "USD", None)],
        None,
    ),
    (
        "en",
        '"This is the darkest moment of my career, and I will fight it with everything I have," Carvalhal said in a statement.',
        False,
        [],
        None,
    ),
    ("en", 'A players\' group called the ban "wildly out of proportion for a contamination case."', False, [], None),
    # --- Deutsche Schwimm-Meisterschaften (dpa), Mittwoch, 8. Juli ---
    (
        "de",
        "Berlin (dpa) - Schwimmerin Marlene Ostendorf hat bei den deutschen Meisterschaften über 200 Meter Lagen einen deutschen Rekord aufgestellt.",
        True,
        [("count", 200, None, None)],
        None,
    ),
    (
        "de",
        "Die 19-Jährige schlug in der Schwimmhalle an der Landsberger Allee nach 2:08,91 Minuten an und unterbot die alte Bestmarke um 0,37 Sekunden.",
        True,
        [
            ("duration", 19, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 8.91, "second", None),
            ("duration", 0.37, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Damit löschte sie den 14 Jahre alten Rekord von Katrin Hellwege aus den Listen.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Bei den Männern gewann der Magdeburger Jonas Wittenbecher die 1500 Meter Freistil in 14:52,36 Minuten.",
        True,
        [("count", 1500, None, None), ("duration", 14, "minute", None), ("duration", 52.36, "second", None)],
        None,
    ),
    (
        "de",
        "Im Finale über 100 Meter Schmetterling trennte die ersten beiden nur eine Hundertstelsekunde.",
        True,
        [("count", 100, None, None), ("ordinal", 1, None, None), ("duration", 0.01, "second", None)],
        None,
    ),
    (
        "de",
        "Bundestrainer Sören Kappelhoff sagte, an den ersten beiden Tagen hätten insgesamt 14 Athletinnen und Athleten die WM-Norm erfüllt.",
        True,
        [("ordinal", 1, None, None), ("count", 14, None, None)],
        "Sören Kappelhoff",
    ),
    (
        "de",
        "Insgesamt sind 412 Schwimmerinnen und Schwimmer aus 96 Vereinen gemeldet, teilte der Deutsche Schwimm-Verband (DSV) mit.",
        True,
        [("count", 412, None, None), ("count", 96, None, None)],
        "der Deutsche Schwimm-Verband",
    ),
    (
        "de",
        "„Ich habe auf die Anzeigetafel geschaut und konnte es erst gar nicht glauben“, sagte Ostendorf.",
        False,
        [],
        None,
    ),
    # --- Wimbledon, women's semi-finals (AP), Thursday July 9 ---
    (
        "en",
        "WIMBLEDON, England (AP) — Zofia Wróblewska reached her first Wimbledon final on Thursday, beating 14th-seeded Nadia Kovalchuk 6-2 6-4 in 68 minutes.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 14, None, None), ("duration", 68, "minute", None)],
        None,
    ),
    (
        "en",
        "The third-seeded Pole, 24, won 20 of the last 24 points of the match.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 24, "year", None),
            ("count", 20, None, None),
            ("count", 24, None, None),
        ],
        None,
    ),
    (
        "en",
        "She will play Germany's Friederike Lansing, who came from a set down to beat American Brooke Tallant 4-6 6-3 6-4.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Lansing, seeded seventh, saved two break points at 4-4 in the deciding set before breaking for the match.",
        True,
        [("ordinal", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The women's champion will receive 3 million pounds (about $4.1 million) and the runner-up 1.52 million pounds, the All England Club said.",
        True,
        [("money", 3000000, "GBP", None), ("money", 4100000, "USD", "about"), ("money", 1520000, "GBP", None)],
        "the All England Club",
    ),
    ("en", '"I\'m going to sleep with this scoreline under my pillow," Wróblewska said with a laugh.', False, [], None),
    (
        "en",
        "Fans had queued overnight in Wimbledon Park in the hope of one of the last Centre Court tickets.",
        False,
        [],
        None,
    ),
    # --- Athletissima (Keystone-SDA), Donnerstag, 9. Juli ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Sprinterin Noemi Sutter hat beim Diamond-League-Meeting in Lausanne den Schweizer Rekord über 200 Meter verbessert.",
        True,
        [("count", 200, None, None)],
        None,
    ),
    (
        "de",
        "Die 25-jährige Baslerin lief bei Rückenwind von 0,9 Metern pro Sekunde 22,04 Sekunden und wurde damit Zweite.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 0.9, None, None),
            ("duration", 22.04, "second", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Sie unterbot ihre eigene Bestmarke aus dem Vorjahr um vier Hundertstel.",
        True,
        [("duration", 0.04, "second", None)],
        None,
    ),
    (
        "de",
        "Es siegte die Jamaikanerin Shanice Whyte in 21,87 Sekunden, einer Weltjahresbestleistung.",
        True,
        [("duration", 21.87, "second", None)],
        None,
    ),
    (
        "de",
        "Über 800 Meter wurde der Genfer Yannick Dufaux in 1:44,62 Minuten Vierter.",
        True,
        [
            ("count", 800, None, None),
            ("duration", 1, "minute", None),
            ("duration", 44.62, "second", None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im Stabhochsprung übersprang der Schwede Oskar Lindqvist im dritten Versuch 6,05 Meter.",
        True,
        [("ordinal", 3, None, None), ("count", 6.05, None, None)],
        None,
    ),
    (
        "de",
        "Das Stadion war mit 14'300 Zuschauerinnen und Zuschauern ausverkauft, teilten die Organisatoren mit.",
        True,
        [("count", 14300, None, None)],
        "die Organisatoren",
    ),
    (
        "de",
        "«Auf der Zielgeraden habe ich gespürt, dass heute etwas Grosses möglich ist», sagte Sutter.",
        False,
        [],
        None,
    ),
    ("de", "«Noemi hat ihr Limit noch lange nicht erreicht», sagte ihr Trainer Patrick Rüttimann.", False, [], None),
    (
        "de",
        "Sie verzichte auf einen Start in Monaco und bereite sich nun gezielt auf die Europameisterschaften im August vor, sagte Sutter.",
        True,
        [],
        "Sutter",
    ),
    # --- Australian swimming trials (AAP), Thursday July 9 ---
    (
        "en",
        "BRISBANE (AAP) - Teenager Matilda Crowhurst broke the women's 400m individual medley world record at the Australian trials on Thursday, touching in 4:23.41.",
        True,
        [("count", 400, None, None), ("duration", 4, "minute", None), ("duration", 23.41, "second", None)],
        None,
    ),
    (
        "en",
        "The 17-year-old from Townsville took 0.86 seconds off a mark that had stood for nine years.",
        True,
        [("duration", 17, "year", None), ("duration", 0.86, "second", None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Swimming Australia said 31 swimmers had so far met the qualifying times for next year's world championships.",
        True,
        [("count", 31, None, None)],
        "Swimming Australia",
    ),
    (
        "en",
        "Jarrah Pennycuick won the men's 100m freestyle in 47.38 seconds, the fastest time in the world this year.",
        True,
        [("count", 100, None, None), ("duration", 47.38, "second", None)],
        None,
    ),
    ("en", '"I honestly thought the clock was broken," Crowhurst said.', False, [], None),
    (
        "en",
        "Coach Brent Ashdown said she had cut her training volume by about a third over the past six weeks.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 6, "week", None)],
        "Brent Ashdown",
    ),
    ("en", "Australian swimming may just have found its next superstar.", False, [], None),
    # --- Tour de France, Zeitfahren (dpa), Donnerstag, 9. Juli ---
    (
        "de",
        "Caen (dpa) - Zeitfahrspezialist Maximilian Ahrendt hat im ersten Einzelzeitfahren der Tour de France den Tagessieg knapp verpasst und ist Zweiter geworden.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 30-Jährige benötigte für die 33,2 Kilometer 37:41 Minuten und lag damit nur drei Sekunden hinter dem Dänen Mikkel Sønderby.",
        True,
        [
            ("duration", 30, "year", None),
            ("count", 33.2, None, None),
            ("duration", 37, "minute", None),
            ("duration", 41, "second", None),
            ("duration", 3, "second", None),
        ],
        None,
    ),
    ("de", "Sønderby fuhr dabei einen Schnitt von 52,8 km/h.", True, [("count", 52.8, None, None)], None),
    (
        "de",
        "Im Gesamtklassement führt der Däne nun mit 1:09 Minuten vor dem Franzosen Léo Castagnac.",
        True,
        [("duration", 1, "minute", None), ("duration", 9, "second", None)],
        None,
    ),
    (
        "de",
        "Ahrendt verbesserte sich auf Rang vier, 1:31 Minuten zurück.",
        True,
        [("ordinal", 4, None, None), ("duration", 1, "minute", None), ("duration", 31, "second", None)],
        None,
    ),
    (
        "de",
        "„Drei Sekunden, das ist nach so einem Kampf einfach bitter“, sagte Ahrendt.",
        False,
        [("duration", 3, "second", None)],
        None,
    ),
    (
        "de",
        "Sportdirektor Uwe Kerkhoff sagte, Ahrendt habe in diesem Jahr rund 40 Stunden im Windkanal verbracht.",
        True,
        [("duration", 40, "hour", "about")],
        "Uwe Kerkhoff",
    ),
    (
        "de",
        "Am Straßenrand in der Normandie feuerten Tausende Zuschauer die Fahrer bei strahlendem Sonnenschein an.",
        False,
        [],
        None,
    ),
    # --- Wimbledon, men's semi-finals (Reuters), Friday July 10 ---
    (
        "en",
        "LONDON, July 10 (Reuters) - Álvaro Castellví will play for a second successive Wimbledon title after beating American Carter Brandvold 6-4 7-6(3) 6-2 in Friday's first semi-final.",
        True,
        [("date", "--07-10", None, None), ("ordinal", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Second seed Dario Ferrucci ended the hopes of Britain's Callum Redpath with a 7-5 6-7(5) 6-3 6-4 win that lasted three hours and nine minutes.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "hour", None), ("duration", 9, "minute", None)],
        None,
    ),
    (
        "en",
        "Redpath, 21, was the first British man to reach the last four at the All England Club since 2016.",
        True,
        [
            ("duration", 21, "year", None),
            ("ordinal", 1, None, None),
            ("count", 4, None, None),
            ("year", 2016, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Italian hit 61 winners, won 79% of his first-serve points and converted five of his 14 break points.",
        True,
        [
            ("count", 61, None, None),
            ("percent", 79, "%", None),
            ("ordinal", 1, None, None),
            ("count", 5, None, None),
            ("count", 14, None, None),
        ],
        None,
    ),
    ("en", "Castellví leads Ferrucci 6-3 in their career meetings, according to the ATP.", True, [], "the ATP"),
    (
        "en",
        '"Sunday is the kind of day you dream about when you are seven years old," Ferrucci said.',
        False,
        [("duration", 7, "year", None)],
        None,
    ),
    ("en", "The Centre Court crowd sang Redpath's name long after he had left the court.", False, [], None),
    # --- Staatsmeisterschaften im Schwimmen (APA), Freitag, 10. Juli ---
    (
        "de",
        "Graz (APA) - Schwimmer Felix Hochreiter hat bei den Staatsmeisterschaften in Graz einen österreichischen Rekord über 100 Meter Brust aufgestellt.",
        True,
        [("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Der 23-jährige Oberösterreicher schlug nach 59,48 Sekunden an und blieb damit erstmals unter der Minutengrenze.",
        True,
        [("duration", 23, "year", None), ("duration", 59.48, "second", None)],
        None,
    ),
    (
        "de",
        "Den bisherigen Rekord hatte er im April in Eindhoven aufgestellt, nun verbesserte er ihn um 27 Hundertstel.",
        True,
        [("duration", 0.27, "second", None)],
        None,
    ),
    (
        "de",
        "Bei den Frauen holte sich die Wienerin Sophie Pammer über 400 Meter Freistil in 4:09,17 Minuten ihren siebenten Staatsmeistertitel.",
        True,
        [
            ("count", 400, None, None),
            ("duration", 4, "minute", None),
            ("duration", 9.17, "second", None),
            ("ordinal", 7, None, None),
        ],
        None,
    ),
    (
        "de",
        "An den viertägigen Meisterschaften nehmen nach Angaben des Österreichischen Schwimmverbands (OSV) 287 Aktive teil.",
        True,
        [("duration", 4, "day", None), ("count", 287, None, None)],
        "der Österreichische Schwimmverband",
    ),
    (
        "de",
        "OSV-Sportdirektor Walter Brandstätter sagte der APA, Hochreiter werde bei der EM im August in drei Einzelbewerben an den Start gehen.",
        True,
        [("count", 3, None, None)],
        "Walter Brandstätter",
    ),
    ("de", "„Jetzt weiß ich, dass ich auch international vorne mitschwimmen kann“, sagte Hochreiter.", False, [], None),
    (
        "de",
        "Ob Pammer nach ihrer Schulteroperation im Frühjahr schon bei der EM an ihre Bestform anknüpfen kann, ist offen.",
        False,
        [],
        None,
    ),
    # --- Tour de France, stage 7 (AFP), Friday July 10 ---
    (
        "en",
        "LA PLANCHE DES BELLES FILLES, France (AFP) - Slovenian climber Rok Zupančič won the first summit finish of this year's Tour de France on Friday, attacking with 2.5 kilometres left on the 7km climb.",
        True,
        [("ordinal", 1, None, None), ("count", 2.5, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The 25-year-old crossed the line 19 seconds ahead of Denmark's Mikkel Sønderby, who kept the yellow jersey.",
        True,
        [("duration", 25, "year", None), ("duration", 19, "second", None)],
        None,
    ),
    (
        "en",
        "Sønderby now leads Zupančič by 53 seconds overall, with Frenchman Léo Castagnac third at 1min 22sec.",
        True,
        [
            ("duration", 53, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 1, "minute", None),
            ("duration", 22, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The final climb averages 8.5 percent, with ramps of up to 20 percent near the top.",
        True,
        [("percent", 8.5, "%", None), ("percent", 20, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Germany's Maximilian Ahrendt lost more than two minutes and dropped from fourth to ninth overall.",
        True,
        [("duration", 2, "minute", "over"), ("ordinal", 4, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    ("en", '"I have been dreaming of this climb all winter," Zupančič said.', False, [], None),
    (
        "en",
        "Few in the peloton believe anyone can take the yellow jersey from Sønderby before the Alps.",
        False,
        [],
        None,
    ),
    # --- Wimbledon, Damenfinale (SID), Samstag, 11. Juli ---
    (
        "de",
        "London (SID) - Friederike Lansing hat den ersten Grand-Slam-Titel ihrer Karriere knapp verpasst.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die an Nummer sieben gesetzte Kielerin unterlag im Wimbledon-Finale der Polin Zofia Wróblewska nach 2:17 Stunden mit 4:6, 7:6 (7:2), 5:7.",
        True,
        [("ordinal", 7, None, None), ("duration", 2, "hour", None), ("duration", 17, "minute", None)],
        None,
    ),
    (
        "de",
        "Lansing wehrte im dritten Satz beim Stand von 4:5 drei Matchbälle ab, beim vierten war sie chancenlos.",
        True,
        [("ordinal", 3, None, None), ("count", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Als Finalistin erhält sie ein Preisgeld von 1,52 Millionen Pfund, umgerechnet rund 1,78 Millionen Euro.",
        True,
        [("money", 1520000, "GBP", None), ("money", 1780000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "In der Weltrangliste wird Lansing am Montag auf Rang fünf vorrücken, teilte die WTA mit.",
        True,
        [("ordinal", 5, None, None)],
        "die WTA",
    ),
    (
        "de",
        "Bundestrainerin Katja Nordhoff sagte, Lansing habe seit Turnierbeginn mit einer Entzündung in der rechten Schulter gespielt.",
        True,
        [],
        "Katja Nordhoff",
    ),
    (
        "de",
        "„Heute überwiegt die Enttäuschung, doch bald werde ich auf dieses Turnier stolz zurückblicken“, sagte Lansing.",
        False,
        [],
        None,
    ),
    ("de", "Ob Lansing wie geplant in der kommenden Woche in Hamburg antritt, ließ sie offen.", False, [], None),
    # --- London Diamond League (PA), Saturday July 11 ---
    (
        "en",
        "LONDON (PA) - Scotland's Euan McAllister broke the British mile record at the London Diamond League on Saturday, clocking 3:46.02.",
        True,
        [("duration", 3, "minute", None), ("duration", 46.02, "second", None)],
        None,
    ),
    (
        "en",
        "The 26-year-old took 0.91 seconds off a national record that had stood since 2004.",
        True,
        [("duration", 26, "year", None), ("duration", 0.91, "second", None), ("year", 2004, None, None)],
        None,
    ),
    (
        "en",
        "McAllister finished second behind Kenya's Elijah Kiptanui, who won in 3:45.57, the fastest mile in the world this year.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "minute", None), ("duration", 45.57, "second", None)],
        None,
    ),
    (
        "en",
        "American Tamara Brooks won the women's 100 metres in 10.81 seconds into a headwind of 0.3 metres per second.",
        True,
        [("count", 100, None, None), ("duration", 10.81, "second", None), ("count", 0.3, None, None)],
        None,
    ),
    (
        "en",
        "Britain's Amara Okonjo-Bell was third in 11.02, her fastest time since 2022.",
        True,
        [("ordinal", 3, None, None), ("duration", 11.02, "second", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 58,240 watched the meeting, organisers said.",
        True,
        [("count", 58240, None, None)],
        "organisers",
    ),
    ("en", '"The noise on the last lap was like nothing I have ever heard," McAllister said.', False, [], None),
    (
        "en",
        "UK Athletics said McAllister had been selected for the European championships in August.",
        True,
        [],
        "UK Athletics",
    ),
    # --- Deutsche Leichtathletik-Meisterschaften (dpa), Samstag, 11. Juli ---
    (
        "de",
        "Kassel (dpa) - Sprinter Malik Osei-Brandt hat bei den deutschen Meisterschaften in Kassel die 100 Meter in 10,04 Sekunden gewonnen.",
        True,
        [("count", 100, None, None), ("duration", 10.04, "second", None)],
        None,
    ),
    (
        "de",
        "Der 21-Jährige profitierte von einem Rückenwind von 1,7 Metern pro Sekunde und blieb nur zwei Hundertstel über seiner Bestzeit.",
        True,
        [("duration", 21, "year", None), ("count", 1.7, None, None), ("duration", 0.02, "second", None)],
        None,
    ),
    (
        "de",
        "Im Kugelstoßen der Frauen siegte Annika Trautwein mit 19,36 Metern im fünften und letzten Versuch.",
        True,
        [("count", 19.36, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Zehnkämpfer Niklas Bergheim führt nach dem ersten Tag mit 4.512 Punkten, 86 Zähler vor dem Titelverteidiger.",
        True,
        [("ordinal", 1, None, None), ("count", 4512, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Über 400 Meter Hürden verpasste Jonas Wehrhahn in 49,12 Sekunden die WM-Norm um 0,12 Sekunden.",
        True,
        [("count", 400, None, None), ("duration", 49.12, "second", None), ("duration", 0.12, "second", None)],
        None,
    ),
    (
        "de",
        "DLV-Sportvorstand Jürgen Ebbinghaus sagte, bislang hätten 38 Athletinnen und Athleten die Normen für die Weltmeisterschaften erfüllt.",
        True,
        [("count", 38, None, None)],
        "Jürgen Ebbinghaus",
    ),
    (
        "de",
        "Nach Angaben des Deutschen Leichtathletik-Verbands (DLV) kamen am ersten Tag 12.400 Zuschauer ins Auestadion.",
        True,
        [("ordinal", 1, None, None), ("count", 12400, None, None)],
        "der Deutsche Leichtathletik-Verband",
    ),
    (
        "de",
        "„Mit so einem Wind im Rücken fühlt sich jeder Schritt an wie Fliegen“, sagte Osei-Brandt.",
        False,
        [],
        None,
    ),
    ("de", "Viele Experten trauen Osei-Brandt bei der EM im August eine Medaille zu.", False, [], None),
    ("de", "Die Titelkämpfe enden am Sonntag mit 19 Entscheidungen.", True, [("count", 19, None, None)], None),
    # --- British Grand Prix qualifying (Reuters), Saturday July 11 ---
    (
        "en",
        "SILVERSTONE, England, July 11 (Reuters) - Britain's Alfie Brockwell took pole position for his home Grand Prix on Saturday, edging championship leader Joris Verhaegen by 0.043 seconds.",
        True,
        [("date", "--07-11", None, None), ("duration", 0.043, "second", None)],
        None,
    ),
    (
        "en",
        "Brockwell's best lap of 1:25.811 was the fastest ever recorded at Silverstone.",
        True,
        [("duration", 1, "minute", None), ("duration", 25.811, "second", None)],
        None,
    ),
    (
        "en",
        "Monaco's Luca Ferrante will start third, with the two Mercedes cars on the second row.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Verhaegen leads the championship by 23 points with 13 races remaining.",
        True,
        [("count", 23, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "Haas driver Nils Ekström will start from the back of the grid after his team changed his gearbox, the FIA said.",
        True,
        [],
        "the FIA",
    ),
    (
        "en",
        '"Pole at Silverstone in front of this crowd, it does not get any better than this," Brockwell said.',
        False,
        [],
        None,
    ),
    ("en", "Rain is forecast for Sunday afternoon and could throw the race wide open.", False, [], None),
    # --- U.S. swimming nationals (AP), Saturday July 11 ---
    (
        "en",
        "INDIANAPOLIS (AP) — Sixteen-year-old Avery Kellerman won the women's 200-meter butterfly at the U.S. national championships on Saturday in 2:05.18, the fastest time by an American this year.",
        True,
        [
            ("duration", 16, "year", None),
            ("count", 200, None, None),
            ("duration", 2, "minute", None),
            ("duration", 5.18, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Kellerman beat Olympic silver medalist Jenna Paulsen by 1.37 seconds.",
        True,
        [("duration", 1.37, "second", None)],
        None,
    ),
    (
        "en",
        "Marcus Delahaye swept the men's 50 and 100 freestyle, winning the longer race in 47.91.",
        True,
        [("count", 50, None, None), ("count", 100, None, None), ("duration", 47.91, "second", None)],
        None,
    ),
    (
        "en",
        "Delahaye, 29, is a two-time world champion in the 50 freestyle.",
        True,
        [("duration", 29, "year", None), ("count", 2, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "The top two finishers in each Olympic event qualify for next summer's world championships, USA Swimming said.",
        True,
        [("count", 2, None, None)],
        "USA Swimming",
    ),
    (
        "en",
        '"I didn\'t even look at the scoreboard until my coach started screaming," Kellerman said.',
        False,
        [],
        None,
    ),
    ("en", "Kellerman's parents wept in the stands as the result flashed up.", False, [], None),
    # --- Motorrad-Grand-Prix von Deutschland (dpa), Sonntag, 12. Juli ---
    (
        "de",
        "Hohenstein-Ernstthal (dpa) - Der Spanier Pau Ribalta hat den Motorrad-Grand-Prix von Deutschland auf dem Sachsenring gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Ducati-Pilot siegte nach 30 Runden mit 1,874 Sekunden Vorsprung vor dem Italiener Nicolò Ferraresi.",
        True,
        [("count", 30, None, None), ("duration", 1.874, "second", None)],
        None,
    ),
    (
        "de",
        "Es war sein fünfter Sieg in Serie auf dem Sachsenring und der 31. Grand-Prix-Erfolg seiner Karriere.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 31, None, None)],
        None,
    ),
    (
        "de",
        "In der WM-Wertung führt der 27-Jährige nun mit 241 Punkten, 38 Zähler vor Ferraresi.",
        True,
        [("duration", 27, "year", None), ("count", 241, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "In der Moto2 wurde der Sachse Tim Lohberger als bester Deutscher Sechster.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Der Franzose Théo Marsac brach sich beim Warm-up das Schlüsselbein und fällt mindestens vier Wochen aus, teilte sein Team mit.",
        True,
        [("duration", 4, "week", "at_least")],
        None,
    ),
    (
        "de",
        "An den drei Renntagen kamen nach Angaben des Veranstalters 233.000 Zuschauer an die Strecke, rund zehn Prozent mehr als im Vorjahr.",
        True,
        [("count", 3, None, None), ("count", 233000, None, None), ("percent", 10, "%", "about")],
        "der Veranstalter",
    ),
    (
        "de",
        "Der Vertrag für den Grand Prix sei bis 2031 verlängert worden, teilte der ADAC mit.",
        True,
        [("year", 2031, None, None)],
        "der ADAC",
    ),
    (
        "de",
        "„Der Sachsenring ist mein Wohnzimmer, hier fühle ich mich einfach zu Hause“, sagte Ribalta.",
        False,
        [],
        None,
    ),
    # --- British Grand Prix (PA), Sunday July 12 ---
    (
        "en",
        "SILVERSTONE (PA) - Alfie Brockwell became the first British driver in three years to win his home Grand Prix, leading from pole to beat Joris Verhaegen by 6.317 seconds.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "year", None), ("duration", 6.317, "second", None)],
        None,
    ),
    (
        "en",
        "The 25-year-old made two pit stops and led 46 of the 52 laps.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 2, None, None),
            ("count", 46, None, None),
            ("count", 52, None, None),
        ],
        None,
    ),
    (
        "en",
        "A record crowd of 164,000 attended race day, taking the weekend total to 480,000, organisers said.",
        True,
        [("count", 164000, None, None), ("count", 480000, None, None)],
        "organisers",
    ),
    (
        "en",
        "Monaco's Luca Ferrante finished a lap down in 11th after a collision on lap 3 damaged his front wing.",
        True,
        [("ordinal", 11, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Ferrante was given a 10-second time penalty for causing the collision, the stewards said.",
        True,
        [("duration", 10, "second", None)],
        None,
    ),
    (
        "en",
        '"To win here, with my family in the grandstand, is something I will carry with me for the rest of my life," Brockwell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brockwell now has seven career victories, four of them this season.",
        True,
        [("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Großer Preis von Großbritannien (SID), Sonntag, 12. Juli ---
    (
        "de",
        "Silverstone (SID) - Formel-1-Pilot Leon Szymanek ist beim Großen Preis von Großbritannien als Siebter zu seinem besten Saisonergebnis gefahren.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Der 22 Jahre alte Emmericher war von Startplatz 14 ins Rennen gegangen.",
        True,
        [("duration", 22, "year", None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Für Rang sieben erhält er sechs WM-Punkte, insgesamt hat er nun 19 Punkte auf dem Konto.",
        True,
        [("ordinal", 7, None, None), ("count", 6, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Teamchef Anders Holmqvist sagte, Szymanek sei als einziger Fahrer in den Top Ten mit nur einem Boxenstopp ausgekommen.",
        True,
        [("count", 10, None, None), ("count", 1, None, None)],
        "Anders Holmqvist",
    ),
    (
        "de",
        "Beim Reifenwechsel in Runde 29 stand Szymanek 2,4 Sekunden an der Box.",
        True,
        [("ordinal", 29, None, None), ("duration", 2.4, "second", None)],
        None,
    ),
    (
        "de",
        "Der zweite deutsche Fahrer im Feld, Fabian Rösch, schied in Runde 38 mit einem Hydraulikschaden aus.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 38, None, None)],
        None,
    ),
    ("de", "„Das fühlt sich heute fast an wie ein Sieg“, sagte Szymanek.", False, [], None),
    ("de", "Das nächste Rennen steht am 26. Juli in Budapest an.", True, [("date", "--07-26", None, None)], None),
    ("de", "Ob das Team in Budapest an diese Leistung anknüpfen kann, bleibt abzuwarten.", False, [], None),
    # --- Wimbledon, men's final (Reuters), Sunday July 12 ---
    (
        "en",
        "LONDON, July 12 (Reuters) - Álvaro Castellví retained his Wimbledon title on Sunday, beating Italy's Dario Ferrucci 6-3 4-6 7-6(8) 6-4 in three hours and 26 minutes.",
        True,
        [("date", "--07-12", None, None), ("duration", 3, "hour", None), ("duration", 26, "minute", None)],
        None,
    ),
    (
        "en",
        "The Spaniard saved two set points in the third-set tiebreak before converting his fourth set point.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "It is the 22-year-old's fifth Grand Slam title.",
        True,
        [("duration", 22, "year", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "He collects 3 million pounds in prize money, while Ferrucci receives 1.52 million pounds.",
        True,
        [("money", 3000000, "GBP", None), ("money", 1520000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Ferrucci, 27, was playing in his first Grand Slam final after losing in four previous semi-finals.",
        True,
        [("duration", 27, "year", None), ("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Castellví will remain world number one when the rankings are updated on Monday, the ATP said.",
        True,
        [("ordinal", 1, None, None)],
        "the ATP",
    ),
    (
        "en",
        "The final drew a peak television audience of 9.4 million in Britain, the BBC said.",
        True,
        [("count", 9400000, None, None)],
        "the BBC",
    ),
    (
        "en",
        '"When I was a kid I watched this final on a tiny television in my grandmother\'s kitchen," Castellví said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Alvaro is simply the best player in the world right now, and today he showed why," Ferrucci told reporters.',
        False,
        [],
        None,
    ),
    # --- Tour de France, 9. Etappe (Keystone-SDA), Sonntag, 12. Juli ---
    (
        "de",
        "Le Grand-Bornand (Keystone-SDA) - Der Schweizer Radprofi Gian Flurin Caduff hat die neunte Etappe der Tour de France gewonnen.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Der 29-jährige Bündner setzte sich aus einer siebenköpfigen Fluchtgruppe ab und erreichte das Ziel nach 4:41:07 Stunden mit 27 Sekunden Vorsprung.",
        True,
        [
            ("duration", 29, "year", None),
            ("count", 7, None, None),
            ("duration", 4, "hour", None),
            ("duration", 41, "minute", None),
            ("duration", 7, "second", None),
            ("duration", 27, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Es ist der erste Schweizer Etappensieg an der Tour seit sieben Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Die Etappe führte über 151 Kilometer und vier Anstiege der ersten Kategorie.",
        True,
        [("count", 151, None, None), ("count", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Däne Mikkel Sønderby verteidigte als Vierter das Gelbe Trikot und führt nun mit 58 Sekunden vor dem Slowenen Rok Zupančič.",
        True,
        [("ordinal", 4, None, None), ("duration", 58, "second", None)],
        None,
    ),
    (
        "de",
        "Für den Etappensieg erhält Caduff eine Prämie von 11'000 Euro, zudem übernahm er das Bergtrikot.",
        True,
        [("money", 11000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Caduff sei am Freitag gestürzt und mit einer Prellung an der Hüfte ins Rennen gegangen, sagte Teamleiter Reto Bärtschi.",
        True,
        [],
        "Reto Bärtschi",
    ),
    ("de", "«Als ich oben am Col allein war, habe ich an meine Grossmutter gedacht», sagte Caduff.", False, [], None),
    ("de", "Der erste Ruhetag steht am Montag in Annecy an.", True, [("ordinal", 1, None, None)], None),
    # --- IndyCar in Toronto (AP), Sunday July 12 ---
    (
        "en",
        "TORONTO (AP) — New Zealander Hamish Tuohy won the IndyCar race on the streets of Toronto on Sunday, his third victory of the season.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Tuohy led 52 of the 85 laps on the 1.786-mile temporary circuit and beat Dalton Kurtz by 1.9 seconds.",
        True,
        [
            ("count", 52, None, None),
            ("count", 85, None, None),
            ("count", 1.786, None, None),
            ("duration", 1.9, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The race was slowed by five cautions for a total of 19 laps.",
        True,
        [("count", 5, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Tuohy, a two-time Indianapolis 500 winner, moved to within 14 points of Kurtz in the championship.",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The winner's share of the purse was $108,000, IndyCar said.",
        True,
        [("money", 108000, "USD", None)],
        "IndyCar",
    ),
    (
        "en",
        '"This place is a bumpy, nasty little street course and I love every inch of it," Tuohy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rookie Sanna Virtanen finished 10th, the best result by a woman in the series since 2015.",
        True,
        [("ordinal", 10, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "With five races left, the title fight looks set to go down to the wire.",
        False,
        [("count", 5, None, None)],
        None,
    ),
]
