"""Sixty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, officials and figures are made
up; real events, venues and bodies ("Tour de France", "Wimbledon", "the Masters", "Streif",
"Vierschanzentournee", "IBU", "WTA", "ATP", "FIA", "ICC", "World Athletics", "Swiss-Ski",
"ÖSV", "DLV", "Cricket Australia", "the All England Club") stand for the way wire copy
names them; what is won, timed, measured and paid here is invented.

Its weight: SPORTS RESULTS BEYOND FOOTBALL as agencies write them, half German (APA, dpa,
SID, Keystone-SDA/sda) and half English (Reuters, AP, PA, AAP, PTI): alpine skiing (margins
"mit 0,34 Sekunden Vorsprung", "vier Hundertstel", "drei Zehntel", times "1:52,41
Minuten"), biathlon ("zwei Strafrunden", "Schießfehlern", "Nachladern", "two penalty
loops", "four of her 20 targets"), tennis ("6:4, 3:6, 7:6 (7:5)", "6-4 3-6 7-6(5)", seeds
"die an Nummer vier gesetzten", "Third seed", match lengths "2:38 Stunden"), golf ("a
five-under-par 67", "at 12 under", "zehn unter Par", "66er-Runde", purses), cricket ("312
for six", "by 45 runs", "took 5-38", "46.3 overs", "Rs 5 lakh", "Rs 18.5 crore"), Formula 1
(grid places, laps, gaps "+12.456s", time penalties, lap times "1:21.337"), athletics
("9.79 seconds", "8,12 Meter", "6.26 metres", "2:26:18 Stunden"), cycling (stages, "um
1:23 Minuten", "by 1:47"), swimming ("2:01,37 Minuten", "1:52.23"), ski jumping points and
distances, prize money, world rankings, ages of athletes, ranges and hedges. Negatives as
such copy has them: quoted joy and disappointment, scene colour, previews and predictions
without facts, rhetorical and open questions, verdicts, boilerplate ("Mehr in Kürze.",
"Weitere Ergebnisse folgen.", "More to follow.", "(Reporting by ...; Editing by ...)"),
advice to spectators.

214 rows (107 German, 107 English), 46 negatives (22 German, 24 English), 168 check-worthy
rows of which 8 carry no figure (4 German, 4 English), 368 expected quantities (147 counts,
111 durations, 79 ordinals, 19 amounts of money, 8 years, 3 dates, 1 percentage; none of
them in negatives), 18 checked speakers (8 German, 10 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states
  an outcome is check-worthy with or without a figure (thirty-fifth and forty-sixth).
- Scores carry no quantity in any form (thirty-fifth, forty-sixth): tennis sets "6:4, 3:6,
  7:6 (7:5)", "4:6, 6:7 (3:7)", "6-4 3-6 7-6(5)", "6-2 6-1 6-3", "the series 2-1"; the
  cricket bowling figures "took 5-38" are a wickets-runs notation and carry none, as
  "4-132" (forty-sixth), while "three for 71" and "312 for six" written with "for" are two
  counts each, as "five for 48" (thirty-fifth); "by two sets to love" count 2 and "in five
  sets" count 5 (sets counted, as "dropped only two sets").
- Race times and margins (thirty-fifth): the colon form gives one duration per unit:
  "1:52,41 Minuten" 1 minute and 52.41 seconds, "2:14,87 Minuten", "23:41,6 Minuten",
  "4:38:12 Stunden" and "2:26:18 Stunden" three durations, "2:38 Stunden" 2 hours and 38
  minutes, "um 1:23 Minuten" 1 minute and 23 seconds; new: the English forms without a unit
  word read the same way in a timing context ("a world record of 1:52.23", "the fastest lap
  of 1:21.337", "leads ... by 1:47", "in 6:59.14"); a bare decimal after a time already
  named in seconds is seconds too ("was timed at 9.82 ... third in 9.88", "in 53.61", as a
  list that writes the unit once, forty-sixth). "vier Hundertstel" 0.04 seconds (thirtieth,
  thirty-fifth); new: "drei Zehntel" in a race margin is 0.3 seconds and no fraction, as
  "Hundertstel"; "knapp eine Sekunde" 1 second "nearly"; "+12.456s" 12.456 seconds (the
  plus sign carries no value, forty-sixth); "die Zehn-Sekunden-Marke" 10 seconds (a figure
  in a compound read as written, forty-second); "a 10-second time penalty" 10 seconds, "eine
  Zeitstrafe von fünf Sekunden" 5 seconds.
- Distances and measures are counts (fourth and thirty-fifth batches): "über 7,5
  Kilometer", "über 100 Meter", "8,12 Meter", "6,94 Metern", "2,01 Meter", "zwei
  Zentimeter", "182 Kilometern", "6.26 metres", "7.02m", "169.5km", "4.4 kilometres", "at
  least 40 centimetres" (at_least), "143 km/h", "134,6 km/h"; event names with a distance
  are counts ("the 1,500m", "400m hurdles", "200m freestyle", "10-Kilometer-Rennen", "the
  50km mass start"); new: a relay "4x100-Meter-Lagenstaffel" and "4x200m" give two counts
  (4 and 100, 4 and 200). "über" naming a race distance is no hedge (thirty-fifth).
- Points, shots and tallies are counts: ski jumping "312,6 Punkten", "7,4 Punkte", "289.7
  points"; standings points; golf "zehn unter Par", "at 12 under", "at 19 under par"
  (count as written, earlier batch's "14 under par"), "three over par", "einem Schlag über
  Par" count 1, "zwei Schläge", "by two shots"; new: "a five-under-par 67" gives count 5 and
  the round 67 as a count (as "a final-round 66"), "eine 66er-Runde" count 66, "a
  triple-bogey seven at the 12th" count 7 and ordinal 12 (a numbered hole, as a numbered
  lap); "sieben Birdies und einem Bogey" counts 7 and 1; biathlon "zwei Strafrunden" count 2,
  "drei Schießfehlern" 3, "sieben Nachladern und einer Strafrunde" counts 7 and 1 (new: "einer"
  before a counted penalty loop is 1, as "einem Bogey"), "alle zehn Scheiben" 10 (no hedge),
  "four of her 20 targets" counts; cricket "134 off 211 balls", "16 fours and two sixes",
  "in 22 overs", "46.3 overs" (as written, thirty-fifth), "by seven wickets with 14 balls to
  spare", "by 45 runs"; "17 Asse", "14 aces", "nine of the 11 break points", "43 ihrer 48
  Matches", "21 of her past 23 matches" counts.
- Places, seeds and ranks are ordinals (thirty-fifth): "Zweite wurde", "als Siebente", "als
  Neunter", "als Vierter", "als Elfter", "Sechste", "als Zweiter", "als Erste", "Rang
  zwei", "Platz zwölf", "auf Position 112", "Rang 41", "den sechsten Rang"; "die an Nummer
  drei gesetzte", "den an Nummer vier gesetzten", "Third seed", "Seventh seed", "die Nummer
  zwei des Turniers", "world number two", "the world No. 3", "Die Nummer eins", "The world
  No. 1", "Die Weltranglisten-Erste" ordinals; "ranked 87th", "a career-high 33rd", "to
  97th in the world rankings", "from fifth to ninth overall", "in 27th place"; grid places
  "von Startplatz 16", "from fourth on the grid"; numbered laps "In Runde 38", "on lap 29",
  "on lap 51"; "der 14. Etappe", "stage 15"; "in the third ODI", "second Test", "day one"
  ordinals; "the second-highest total" ordinal 2; "zum Weltcupauftakt" none; places moved
  are counts ("um mindestens acht Plätze" at_least, "rises 48 places", "climbed 64 places").
  New: "three first-category climbs" count 3 and ordinal 1 (a numbered category, as "2.
  Klasse", fortieth); "the first Swede", "als erster Schweizer" ordinal 1 (thirty-fifth).
- Career tallies are ordinals ("der neunte Weltcupsieg", "der 22. Einzelsieg", "ihren 14.
  Titel", "his fourth Grand Slam title", "his 11th World Cup victory", "sixth win of the
  season and the 18th of his career", "her seventh of the season").
- Money: prize money in its currency ("50.000 Schweizer Franken" CHF, "2,6 Millionen Euro",
  "rund 450.000 Euro" about, "neun Millionen Dollar", "1,53 Millionen Dollar", "3 million
  pounds", "$3.6 million", "A$360,000", "500,000 euros", "$8.2 million"); "Rs 5 lakh" 500,000
  INR and "Rs 18.5 crore" 185,000,000 INR (fifteenth and thirty-fifth); a range "zwischen 18
  und 22 Millionen Euro" two amounts, the first taking the unit and scale of the second (as
  "2,5 bis 3,5 Millionen Euro", eighteenth); "up 11.1%" percent.
- Durations: "sechs bis acht Wochen", "two to three weeks" two durations with the unit
  written once (thirtieth, thirty-fifth); "for up to eight months" up_to; "an drei Tagen" 3
  days (forty-fifth); "for the nine days of competition" 9 days; "after five days" 5 days;
  "nach dreistündiger Regenpause" 3 hours and "Die viertägige Veranstaltung" 4 days (issue:
  compounds); "92 minutes", "two hours and 51 minutes", "one hour 13 minutes and 42.108
  seconds", "two hours 4 minutes"; "mehr als fünf Minuten" over; "nearly four minutes"
  nearly; new: "around two and a half minutes" 2.5 minutes "about"; "for 38 consecutive
  weeks" 38 weeks.
- Ages in years (thirty-fifth): "Die 28-Jährige", "der 31-Jährige", "Der 24-Jährige", "Die 19
  Jahre alte", "der 22 Jahre alte", "Die 34 Jahre alte", "Die 17 Jahre alte", "the
  26-year-old", "The 22-year-old", "the 27-year-old's", "Halvik, 31,", "Ekdahl, 24,", "Rana,
  28,", "Lindsay, 25,", "Dunmore, 21,", "Takeda, 20,", "Rowntree, 23,".
- Hedges: "rund", "etwa", "about", "roughly", "around" "about"; "knapp", "nearly" "nearly";
  "mehr als", "more than" "over"; "mindestens", "at least" "at_least"; "up to" "up_to";
  "lediglich", "nur", "just", "only", "insgesamt", "alle", "a record", "a course-record" none.
  "Between 30 and 35 riders" two counts without a hedge (fourteenth).
- Years and dates: "Seit 2019", "seit 1953", "the 2023 champion", "since 2009", "in 2022",
  "until the summer of 2028", "the record set in 2019" the year; datelines with a day
  ("LONDON, July 6 (Reuters)", "BRISBANE, Dec 5 (Reuters)", "MONZA, Italy, Sept 7
  (Reuters)") dates without a year; other datelines, weekdays, "Neujahrstag" and clock times
  ("um 10.30 Uhr", "2 p.m.", "around 1.30pm") none; "der zweite Durchgang", "den zweiten
  Ruhetag", "the second round" ordinals.
- Medal tables (thirty-fifth, forty-sixth): "vier Gold-, fünf Silber- und drei
  Bronzemedaillen", "11 gold, 9 silver and 7 bronze" counts.
- Check-worthy without a figure: a quarter-final reached, a pole-to-flag win, the pursuit
  start order, the next stop of a tour, a juniors title, a draw for bib numbers, a
  scheduled final, a time called the year's fastest with its source.
- Negatives: quoted joy and disappointment ("„Ich bin einfach nur glücklich ...“", "\"I'm
  gutted ...\"", "\"It's a dream come true,\" ..."), a winner's enthusiasm reported
  without quotes ("..., schwärmte der Sieger."), scene colour (fans, sun, fog, crowds,
  champagne), previews and predictions without facts, rhetorical and open questions
  ("Wer soll ...?", "Can anyone stop ...?", "Ob Ferrari ..., bleibt abzuwarten.", "Whether
  ... remains to be seen."), verdicts and clichés, boilerplate and notes ("Mehr in
  Kürze.", "Weitere Ergebnisse folgen.", "Alle Zeiten inoffiziell.", "More to follow.",
  "All times are unofficial.", reporting credits), ticket and transport advice. None carries
  a figure.
- Speakers, checked only in forms earlier batches settled: "teilte der Veranstalter / die
  Rennleitung / der DLV / der ÖSV mit" the source with its article in the nominative
  (thirty-fifth); "Laut IBU" -> "IBU" and "Laut Veranstalter" -> "Veranstalter" as written
  (thirty-fifth: "Laut Polizei"); "so Swiss-Ski" as written; a title before a name dropped
  ("Teamarzt Martin Lechner", "Race director Piotr Nowak"); "according to the WTA", "the All
  England Club said", "the FIA said", "according to the
  ICC" with the article in lower case; "organisers said" -> "organisers" (tenth);
  "Cricket Australia said", "World Athletics said", "according to World Athletics", "Swiss-Ski
  said" as written. Left unchecked (None): "nach Angaben der Organisatoren / der
  Veranstalter / des Verbands" (no verb form settled, twenty-sixth), "his team said", "the
  organisers said" after a sentence-final clause, "race organisers said", "The ATP said" opening a sentence, "Organisers
  estimated", "The Norwegian federation said", rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_61 = [
    ("de", "Sölden (APA) - Die Schweizerin Noemi Ritter hat den Riesentorlauf zum Weltcupauftakt mit 0,34 Sekunden Vorsprung gewonnen.", True,
     [("duration", 0.34, "second", None)], None),
    ("de", "Ritter benötigte für ihre beiden Durchgänge insgesamt 2:14,87 Minuten.", True,
     [("duration", 2, "minute", None), ("duration", 14.87, "second", None)], None),
    ("de", "Zweite wurde die Italienerin Giada Ferrante, die nach dem ersten Lauf noch auf Platz fünf gelegen war.", True,
     [("ordinal", 2, None, None), ("ordinal", 1, None, None), ("ordinal", 5, None, None)], None),
    ("de", "Beste Österreicherin war Magdalena Pichl als Siebente, ihr fehlten 1,12 Sekunden auf die Siegerin.", True,
     [("ordinal", 7, None, None), ("duration", 1.12, "second", None)], None),
    ("de", "Für die 28-Jährige war es der neunte Weltcupsieg ihrer Karriere und der dritte in Sölden.", True,
     [("duration", 28, "year", None), ("ordinal", 9, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Die Siegerin erhält ein Preisgeld von 50.000 Schweizer Franken, teilte der Veranstalter mit.", True,
     [("money", 50000, "CHF", None)], "der Veranstalter"),
    ("de", "„Ich bin einfach nur glücklich, dass sich die harte Arbeit im Sommer ausgezahlt hat“, sagte Ritter im ORF-Interview.", False,
     [], None),
    ("de", "Die Sonne strahlte über dem Rettenbachferner, Tausende Fans säumten den Zielhang.", False,
     [], None),
    ("de", "Kitzbühel (APA) - Der Franzose Hugo Verdier gewann die Abfahrt auf der Streif in 1:52,41 Minuten.", True,
     [("duration", 1, "minute", None), ("duration", 52.41, "second", None)], None),
    ("de", "Um nur vier Hundertstel geschlagen musste sich der Kanadier Liam Fortier mit Rang zwei begnügen.", True,
     [("duration", 0.04, "second", None), ("ordinal", 2, None, None)], None),
    ("de", "Der Vorjahressieger verlor als Neunter bereits knapp eine Sekunde auf die Bestzeit.", True,
     [("ordinal", 9, None, None), ("duration", 1, "second", "nearly")], None),
    ("de", "Die Strecke war wegen Neuschnees um rund 300 Meter verkürzt worden, der Start erfolgte von der Reservestartstelle.", True,
     [("count", 300, None, "about")], None),
    ("de", "Mit 143 km/h wurde im Zielschuss die höchste Geschwindigkeit des Tages gemessen.", True,
     [("count", 143, None, None)], None),
    ("de", "Nach Angaben der Organisatoren verfolgten am Samstag rund 45.000 Zuschauer das Rennen vor Ort.", True,
     [("count", 45000, None, "about")], None),
    ("de", "Es war ein Tag, an dem einfach alles gepasst hat, schwärmte der Sieger.", False,
     [], None),
    ("de", "Der Slalom am Sonntag beginnt um 10.30 Uhr, der zweite Durchgang folgt um 13.30 Uhr.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Levi (sda) - Der Walliser Yannick Berthod fuhr im Slalom von Rang 17 nach dem ersten Lauf noch auf das Podest.", True,
     [("ordinal", 17, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Berthod fehlten im Ziel lediglich drei Zehntel auf den siegreichen Norweger.", True,
     [("duration", 0.3, "second", None)], None),
    ("de", "In der Gesamtwertung liegt der 31-Jährige nun mit 412 Punkten auf Rang vier.", True,
     [("duration", 31, "year", None), ("count", 412, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Was für ein Rennen, was für eine Kulisse!", False,
     [], None),
    ("de", "Hochfilzen (APA) - Die Französin Clémence Aubry hat trotz zwei Strafrunden den Sprint über 7,5 Kilometer gewonnen.", True,
     [("count", 2, None, None), ("count", 7.5, None, None)], None),
    ("de", "Aubry lag im Ziel 8,7 Sekunden vor der Schwedin Elin Lundqvist, die alle zehn Scheiben getroffen hatte.", True,
     [("duration", 8.7, "second", None), ("count", 10, None, None)], None),
    ("de", "Die beste Deutsche, Hanna Voigt, kam nach drei Schießfehlern mit 41,2 Sekunden Rückstand auf Platz zwölf.", True,
     [("count", 3, None, None), ("duration", 41.2, "second", None), ("ordinal", 12, None, None)], None),
    ("de", "In der Verfolgung am Samstag startet Aubry damit als Erste, die Abstände aus dem Sprint werden übernommen.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Im Männer-Sprint über zehn Kilometer setzte sich der Norweger Sivert Hagen fehlerfrei in 23:41,6 Minuten durch.", True,
     [("count", 10, None, None), ("duration", 23, "minute", None), ("duration", 41.6, "second", None)], None),
    ("de", "Für Hagen war es der 22. Einzelsieg im Weltcup, damit zog er in der ewigen Bestenliste mit seinem Landsmann gleich.", True,
     [("ordinal", 22, None, None)], None),
    ("de", "Die Staffel der Österreicher belegte mit insgesamt sieben Nachladern und einer Strafrunde den sechsten Rang.", True,
     [("count", 7, None, None), ("count", 1, None, None), ("ordinal", 6, None, None)], None),
    ("de", "Laut IBU wurden beim Weltcup in Hochfilzen an drei Tagen knapp 30.000 Zuschauer gezählt.", True,
     [("duration", 3, "day", None), ("count", 30000, None, "nearly")], "IBU"),
    ("de", "„Am Schießstand war heute einfach zu viel Wind, da kann man nichts machen“, sagte Voigt.", False,
     [], None),
    ("de", "Der Nebel hing tief über dem Pillerseetal, als die Athletinnen auf die Strecke gingen.", False,
     [], None),
    ("de", "Wien (APA) - Der Österreicher Lukas Wallner hat beim ATP-Turnier in der Stadthalle das Viertelfinale erreicht.", True,
     [], None),
    ("de", "Der 24-Jährige besiegte den an Nummer vier gesetzten Tschechen Ondřej Krátký mit 6:4, 3:6, 7:6 (7:5).", True,
     [("duration", 24, "year", None), ("ordinal", 4, None, None)], None),
    ("de", "Die Partie dauerte 2:38 Stunden, Wallner schlug dabei 17 Asse und wehrte vier Breakbälle ab.", True,
     [("duration", 2, "hour", None), ("duration", 38, "minute", None), ("count", 17, None, None), ("count", 4, None, None)], None),
    ("de", "In der Weltrangliste wird Wallner damit um mindestens acht Plätze auf Rang 41 vorrücken.", True,
     [("count", 8, None, "at_least"), ("ordinal", 41, None, None)], None),
    ("de", "Im Halbfinale trifft er am Samstag auf die Nummer zwei des Turniers, den Italiener Matteo Conti.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Das Turnier ist mit insgesamt 2,6 Millionen Euro dotiert, der Sieger erhält rund 450.000 Euro.", True,
     [("money", 2600000, "EUR", None), ("money", 450000, "EUR", "about")], None),
    ("de", "Stuttgart (dpa) - Die an Nummer drei gesetzte Deutsche Jana Kessler ist beim WTA-Turnier in Stuttgart bereits in der zweiten Runde ausgeschieden.", True,
     [("ordinal", 3, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Kessler unterlag der Qualifikantin Aylin Demir aus der Türkei nach 1:54 Stunden mit 4:6, 6:7 (3:7).", True,
     [("duration", 1, "hour", None), ("duration", 54, "minute", None)], None),
    ("de", "Die 19 Jahre alte Demir steht in der Weltrangliste nur auf Position 112.", True,
     [("duration", 19, "year", None), ("ordinal", 112, None, None)], None),
    ("de", "„Ich habe heute einfach keinen Rhythmus gefunden“, sagte Kessler enttäuscht.", False,
     [], None),
    ("de", "Die Zuschauer in der Porsche-Arena feierten die Außenseiterin mit stehenden Ovationen.", False,
     [], None),
    ("de", "Wentworth (dpa) - Der Münchner Golfprofi Felix Brandauer liegt nach der zweiten Runde mit zehn unter Par auf dem geteilten dritten Platz.", True,
     [("ordinal", 2, None, None), ("count", 10, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Brandauer spielte am Freitag eine 66er-Runde mit sieben Birdies und einem Bogey.", True,
     [("count", 66, None, None), ("count", 7, None, None), ("count", 1, None, None)], None),
    ("de", "Auf den führenden Engländer Tom Ashcroft fehlen ihm damit zwei Schläge.", True,
     [("count", 2, None, None)], None),
    ("de", "Das Turnier ist mit neun Millionen Dollar dotiert, der Sieger kassiert 1,53 Millionen Dollar.", True,
     [("money", 9000000, "USD", None), ("money", 1530000, "USD", None)], None),
    ("de", "Der Cut lag bei einem Schlag über Par, 71 Spieler kamen ins Wochenende.", True,
     [("count", 1, None, None), ("count", 71, None, None)], None),
    ("de", "Oberstdorf (dpa) - Der Slowene Jaka Mlakar hat das Auftaktspringen der Vierschanzentournee mit 312,6 Punkten gewonnen.", True,
     [("count", 312.6, None, None)], None),
    ("de", "Mlakar kam auf Weiten von 137 und 141,5 Metern und lag damit 7,4 Punkte vor dem Polen Kacper Wiśniewski.", True,
     [("count", 137, None, None), ("count", 141.5, None, None), ("count", 7.4, None, None)], None),
    ("de", "Bester Deutscher war der 22 Jahre alte Moritz Eberle als Vierter.", True,
     [("duration", 22, "year", None), ("ordinal", 4, None, None)], None),
    ("de", "Nach Angaben der Veranstalter waren die 25.500 Karten für das Springen seit Wochen ausverkauft.", True,
     [("count", 25500, None, None)], None),
    ("de", "Mit 146 Metern stellte der Österreicher Clemens Rainer im Probedurchgang einen Schanzenrekord ein.", True,
     [("count", 146, None, None)], None),
    ("de", "Die Tournee wird am Neujahrstag in Garmisch-Partenkirchen fortgesetzt.", True,
     [], None),
    ("de", "Wer soll diesen Slowenen in dieser Form noch aufhalten?", False,
     [], None),
    ("de", "Die Stimmung im Schattenbergstadion war wie immer prächtig.", False,
     [], None),
    ("de", "Spielberg (APA) - Der Niederländer Daan Hoekstra hat den Großen Preis von Österreich von der Pole Position aus gewonnen.", True,
     [], None),
    ("de", "Hoekstra sah nach 71 Runden 6,312 Sekunden vor dem Briten Oliver Penrose die Zielflagge.", True,
     [("count", 71, None, None), ("duration", 6.312, "second", None)], None),
    ("de", "Der Monegasse Luc Bertin rettete als Dritter einen Vorsprung von knapp zwei Sekunden auf den Vierten ins Ziel.", True,
     [("ordinal", 3, None, None), ("duration", 2, "second", "nearly"), ("ordinal", 4, None, None)], None),
    ("de", "Der Deutsche Jonas Kraft fuhr von Startplatz 16 auf Rang acht und holte damit vier WM-Punkte.", True,
     [("ordinal", 16, None, None), ("ordinal", 8, None, None), ("count", 4, None, None)], None),
    ("de", "In Runde 38 kassierte Kraft eine Zeitstrafe von fünf Sekunden wegen Überschreitens der Streckenbegrenzung, teilte die Rennleitung mit.", True,
     [("ordinal", 38, None, None), ("duration", 5, "second", None)], "die Rennleitung"),
    ("de", "In der WM-Wertung führt Hoekstra nach elf von 24 Rennen mit 255 Punkten, 47 Zähler vor Penrose.", True,
     [("count", 11, None, None), ("count", 24, None, None), ("count", 255, None, None), ("count", 47, None, None)], None),
    ("de", "Die schnellste Rennrunde drehte Penrose in 1:07,894 Minuten.", True,
     [("duration", 1, "minute", None), ("duration", 7.894, "second", None)], None),
    ("de", "Laut Veranstalter kamen an den drei Renntagen insgesamt 303.000 Besucher an den Red Bull Ring.", True,
     [("count", 3, None, None), ("count", 303000, None, None)], "Veranstalter"),
    ("de", "„Das Auto war heute ein Traum, ich bin stolz auf das ganze Team“, sagte Hoekstra.", False,
     [], None),
    ("de", "Ob Ferrari das Blatt beim Heimrennen in Monza noch wenden kann, bleibt abzuwarten.", False,
     [], None),
    ("de", "Rom (SID) - Der Schweizer Sprinter Noah Kälin hat bei der Leichtathletik-EM Gold über 100 Meter in 9,96 Sekunden gewonnen.", True,
     [("count", 100, None, None), ("duration", 9.96, "second", None)], None),
    ("de", "Kälin blieb damit als erster Schweizer überhaupt unter der Zehn-Sekunden-Marke.", True,
     [("ordinal", 1, None, None), ("duration", 10, "second", None)], None),
    ("de", "Weitspringerin Lea Sommerfeld holte mit 6,94 Metern Silber, nur zwei Zentimeter fehlten zu Gold.", True,
     [("count", 6.94, None, None), ("count", 2, None, None)], None),
    ("de", "Im Weitsprung der Männer siegte der Grieche Nikos Vlachos mit 8,12 Meter im fünften Versuch.", True,
     [("count", 8.12, None, None), ("ordinal", 5, None, None)], None),
    ("de", "Hochspringerin Mira Gotthard überquerte 2,01 Meter und stellte damit einen deutschen Jahresbestwert auf.", True,
     [("count", 2.01, None, None)], None),
    ("de", "Die 34 Jahre alte Marathonläuferin Sabine Ortner wurde in 2:26:18 Stunden Sechste.", True,
     [("duration", 34, "year", None), ("duration", 2, "hour", None), ("duration", 26, "minute", None), ("duration", 18, "second", None), ("ordinal", 6, None, None)], None),
    ("de", "Deutschland liegt im Medaillenspiegel mit vier Gold-, fünf Silber- und drei Bronzemedaillen auf Rang zwei, teilte der DLV mit.", True,
     [("count", 4, None, None), ("count", 5, None, None), ("count", 3, None, None), ("ordinal", 2, None, None)], "der DLV"),
    ("de", "Die Zuschauer im Olympiastadion sangen und klatschten bis tief in die Nacht.", False,
     [], None),
    ("de", "Pau (dpa) - Der Kolumbianer Andrés Quintero ist nach seinem Sieg auf der 14. Etappe der Tour de France neuer Träger des Gelben Trikots.", True,
     [("ordinal", 14, None, None)], None),
    ("de", "Quintero erreichte das Ziel nach 182 Kilometern und 4:38:12 Stunden als Solist.", True,
     [("count", 182, None, None), ("duration", 4, "hour", None), ("duration", 38, "minute", None), ("duration", 12, "second", None)], None),
    ("de", "Der bisherige Spitzenreiter verlor um 1:23 Minuten und liegt im Gesamtklassement nun 48 Sekunden zurück.", True,
     [("duration", 1, "minute", None), ("duration", 23, "second", None), ("duration", 48, "second", None)], None),
    ("de", "Bester Deutscher ist Paul Reinhardt als Elfter mit 6:05 Minuten Rückstand.", True,
     [("ordinal", 11, None, None), ("duration", 6, "minute", None), ("duration", 5, "second", None)], None),
    ("de", "Die Ausreißergruppe hatte zeitweise mehr als fünf Minuten Vorsprung auf das Feld.", True,
     [("duration", 5, "minute", "over")], None),
    ("de", "Nach Angaben der Organisatoren stiegen am Col du Tourmalet zwei Fahrer wegen Stürzen aus.", True,
     [("count", 2, None, None)], None),
    ("de", "Die Etappensieger erhalten jeweils 11.000 Euro, das Gelbe Trikot ist am Ende 500.000 Euro wert.", True,
     [("money", 11000, "EUR", None), ("money", 500000, "EUR", None)], None),
    ("de", "Am Montag haben die Fahrer den zweiten Ruhetag.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Am Straßenrand drängten sich die Fans in Kostümen, Kuhglocken läuteten.", False,
     [], None),
    ("de", "Budapest (dpa) - Die 17 Jahre alte Lena Hofbauer hat bei der Kurzbahn-EM über 200 Meter Rücken in 2:01,37 Minuten einen Europarekord aufgestellt.", True,
     [("duration", 17, "year", None), ("count", 200, None, None), ("duration", 2, "minute", None), ("duration", 1.37, "second", None)], None),
    ("de", "Die Österreicherin unterbot die alte Marke um 0,45 Sekunden.", True,
     [("duration", 0.45, "second", None)], None),
    ("de", "Über 50 Meter Freistil schlug der Schweizer Remo Aebi nach 20,88 Sekunden als Zweiter an.", True,
     [("count", 50, None, None), ("duration", 20.88, "second", None), ("ordinal", 2, None, None)], None),
    ("de", "Die deutsche 4x100-Meter-Lagenstaffel verpasste Bronze um elf Hundertstel.", True,
     [("count", 4, None, None), ("count", 100, None, None), ("duration", 0.11, "second", None)], None),
    ("de", "„Das fühlt sich an wie ein Traum“, sagte Hofbauer mit Tränen in den Augen.", False,
     [], None),
    ("de", "Davos (sda) - Die Norwegerin Ingrid Solbakken gewann das 10-Kilometer-Rennen im klassischen Stil mit 12,8 Sekunden Vorsprung.", True,
     [("count", 10, None, None), ("duration", 12.8, "second", None)], None),
    ("de", "Die Schweizerin Anja Gerber lief mit 38,5 Sekunden Rückstand auf den achten Platz, so Swiss-Ski.", True,
     [("duration", 38.5, "second", None), ("ordinal", 8, None, None)], "Swiss-Ski"),
    ("de", "Der Zweierbob von Kilian Brandt lag nach vier Läufen 0,17 Sekunden vor dem Schlitten aus Lettland.", True,
     [("count", 4, None, None), ("duration", 0.17, "second", None)], None),
    ("de", "Die Rodlerin fuhr mit 134,6 km/h einen neuen Bahnrekord.", True,
     [("count", 134.6, None, None)], None),
    ("de", "Der Verband rechnet für den Umbau der Bahn mit Kosten zwischen 18 und 22 Millionen Euro.", True,
     [("money", 18000000, "EUR", None), ("money", 22000000, "EUR", None)], None),
    ("de", "Der 26-Jährige fällt nach seinem Sturz sechs bis acht Wochen aus, teilte der ÖSV mit.", True,
     [("duration", 26, "year", None), ("duration", 6, "week", None), ("duration", 8, "week", None)], "der ÖSV"),
    ("de", "Bei dem Sturz erlitt die 29-Jährige einen Kreuzbandriss im linken Knie, sagte Teamarzt Martin Lechner.", True,
     [("duration", 29, "year", None)], "Martin Lechner"),
    ("de", "Seit 2019 hat kein Schweizer mehr den Gesamtweltcup gewonnen.", True,
     [("year", 2019, None, None)], None),
    ("de", "Die Weltranglisten-Erste Marie Laurent gewann in Paris ihren 14. Titel auf der Tour.", True,
     [("ordinal", 1, None, None), ("ordinal", 14, None, None)], None),
    ("de", "Die Nummer eins im Herrentennis hat in dieser Saison 43 ihrer 48 Matches gewonnen.", True,
     [("ordinal", 1, None, None), ("count", 43, None, None), ("count", 48, None, None)], None),
    ("de", "Nach dreistündiger Regenpause wurde das Spiel am Abend fortgesetzt.", True,
     [("duration", 3, "hour", None)], None),
    ("de", "Die viertägige Veranstaltung zog nach Angaben des Verbands etwa 62.000 Menschen an.", True,
     [("duration", 4, "day", None), ("count", 62000, None, "about")], None),
    ("de", "Die Vierschanzentournee wird seit 1953 ausgetragen und ist damit eine der ältesten Serien im Wintersport.", True,
     [("year", 1953, None, None)], None),
    ("de", "Mehr in Kürze.", False,
     [], None),
    ("de", "Weitere Ergebnisse folgen.", False,
     [], None),
    ("de", "Alle Zeiten inoffiziell.", False,
     [], None),
    ("de", "Die Fans dürfen sich auf einen packenden Zweikampf freuen.", False,
     [], None),
    ("de", "Der Wind wird am Wochenende wohl wieder eine entscheidende Rolle spielen.", False,
     [], None),
    ("de", "Ein rabenschwarzer Tag für den österreichischen Skisport.", False,
     [], None),
    ("de", "„Ich habe die Linie im Steilhang nicht gefunden, das ärgert mich“, sagte Pichl.", False,
     [], None),
    ("de", "Die Startnummern für den Riesentorlauf werden am Vorabend ausgelost.", True,
     [], None),
    ("en", "LONDON, July 6 (Reuters) - Third seed Elena Markova beat Australia's Chloe Banner 6-4 3-6 7-6(5) to reach the Wimbledon quarter-finals on Sunday.", True,
     [("date", "--07-06", None, None), ("ordinal", 3, None, None)], None),
    ("en", "The 26-year-old Russian fired 14 aces and saved nine of the 11 break points she faced in a match lasting two hours and 51 minutes.", True,
     [("duration", 26, "year", None), ("count", 14, None, None), ("count", 9, None, None), ("count", 11, None, None), ("duration", 2, "hour", None), ("duration", 51, "minute", None)], None),
    ("en", "Markova will climb to world number two when the new rankings are published on Monday, according to the WTA.", True,
     [("ordinal", 2, None, None)], "the WTA"),
    ("en", "Seventh seed Tomas Halvik needed just 92 minutes to dispatch American qualifier Jake Loomis 6-2 6-1 6-3.", True,
     [("ordinal", 7, None, None), ("duration", 92, "minute", None)], None),
    ("en", "The Wimbledon singles champions will each receive 3 million pounds, up 11.1% on last year, the All England Club said.", True,
     [("money", 3000000, "GBP", None), ("percent", 11.1, "%", None)], "the All England Club"),
    ("en", "\"I just tried to stay calm and trust my serve,\" Markova told reporters.", False,
     [], None),
    ("en", "The Centre Court crowd rose to its feet as the final point was played.", False,
     [], None),
    ("en", "Halvik, 31, is the oldest man left in the draw and is chasing his fourth Grand Slam title.", True,
     [("duration", 31, "year", None), ("ordinal", 4, None, None)], None),
    ("en", "Britain's Harry Wendover, ranked 87th in the world, lost in five sets after leading by two sets to love.", True,
     [("ordinal", 87, None, None), ("count", 5, None, None), ("count", 2, None, None)], None),
    ("en", "AUGUSTA, Georgia (AP) - Sweden's Linus Ekdahl carded a five-under-par 67 on Saturday to take a two-shot lead into the final round of the Masters.", True,
     [("count", 5, None, None), ("count", 67, None, None), ("count", 2, None, None)], None),
    ("en", "Ekdahl is at 12 under for the tournament after birdies on four of his last six holes.", True,
     [("count", 12, None, None), ("count", 4, None, None), ("count", 6, None, None)], None),
    ("en", "American Brett Calloway, the world No. 3, shot a 70 and sits alone in second place at 10 under.", True,
     [("ordinal", 3, None, None), ("count", 70, None, None), ("ordinal", 2, None, None), ("count", 10, None, None)], None),
    ("en", "Defending champion Reid Marsh made a triple-bogey seven at the 12th and fell nine shots off the pace.", True,
     [("count", 7, None, None), ("ordinal", 12, None, None), ("count", 9, None, None)], None),
    ("en", "The winner will collect $3.6 million from a record purse of $20 million, organisers said.", True,
     [("money", 3600000, "USD", None), ("money", 20000000, "USD", None)], "organisers"),
    ("en", "The cut fell at three over par, with 54 players making it to the weekend.", True,
     [("count", 3, None, None), ("count", 54, None, None)], None),
    ("en", "Ekdahl, 24, is bidding to become the first Swede to win a men's major.", True,
     [("duration", 24, "year", None), ("ordinal", 1, None, None)], None),
    ("en", "It was the kind of round that reminds you why this game is so cruel.", False,
     [], None),
    ("en", "Patrons lined the fairways under a cloudless Georgia sky.", False,
     [], None),
    ("en", "SYDNEY (AAP) - Queenslander Mitchell Dorrigo fired a course-record 62 to win the Australian PGA by four strokes at 19 under par.", True,
     [("count", 62, None, None), ("count", 4, None, None), ("count", 19, None, None)], None),
    ("en", "Dorrigo pockets A$360,000 and rises 48 places to 97th in the world rankings.", True,
     [("money", 360000, "AUD", None), ("count", 48, None, None), ("ordinal", 97, None, None)], None),
    ("en", "BRISBANE, Dec 5 (Reuters) - Australia were 312 for six at stumps after day one of the second Ashes Test in Brisbane.", True,
     [("date", "--12-05", None, None), ("count", 312, None, None), ("count", 6, None, None), ("ordinal", 1, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Opener Sam Whitlock made 134 off 211 balls, hitting 16 fours and two sixes.", True,
     [("count", 134, None, None), ("count", 211, None, None), ("count", 16, None, None), ("count", 2, None, None)], None),
    ("en", "Fast bowler Ollie Pritchard took three for 71 in 22 overs for England.", True,
     [("count", 3, None, None), ("count", 71, None, None), ("count", 22, None, None)], None),
    ("en", "AHMEDABAD (PTI) - India beat New Zealand by 45 runs in the third ODI to clinch the series 2-1.", True,
     [("count", 45, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Left-arm spinner Kuldeep Rana took 5-38 as New Zealand were bowled out for 241 in 46.3 overs chasing 287.", True,
     [("count", 241, None, None), ("count", 46.3, None, None), ("count", 287, None, None)], None),
    ("en", "Rana, 28, was named player of the match and received a cheque for Rs 5 lakh.", True,
     [("duration", 28, "year", None), ("money", 500000, "INR", None)], None),
    ("en", "India won the Twenty20 leg of the tour by seven wickets with 14 balls to spare.", True,
     [("count", 7, None, None), ("count", 14, None, None)], None),
    ("en", "The Gabba Test drew 41,230 spectators on day one, Cricket Australia said.", True,
     [("count", 41230, None, None), ("ordinal", 1, None, None)], "Cricket Australia"),
    ("en", "\"The boys were outstanding today, I couldn't be prouder,\" captain Rohan Iyer said.", False,
     [], None),
    ("en", "The Barmy Army kept up their chants long after the last ball had been bowled.", False,
     [], None),
    ("en", "MONZA, Italy, Sept 7 (Reuters) - Britain's Oliver Penrose won the Italian Grand Prix from fourth on the grid on Sunday, finishing 3.271 seconds ahead of Daan Hoekstra.", True,
     [("date", "--09-07", None, None), ("ordinal", 4, None, None), ("duration", 3.271, "second", None)], None),
    ("en", "Penrose completed the 53 laps in one hour 13 minutes and 42.108 seconds.", True,
     [("count", 53, None, None), ("duration", 1, "hour", None), ("duration", 13, "minute", None), ("duration", 42.108, "second", None)], None),
    ("en", "Ferrari's Luca Marchetti was third, +12.456s, after losing time in a slow pit stop on lap 29.", True,
     [("ordinal", 3, None, None), ("duration", 12.456, "second", None), ("ordinal", 29, None, None)], None),
    ("en", "Hoekstra's lead in the drivers' standings was cut to 31 points with eight races remaining.", True,
     [("count", 31, None, None), ("count", 8, None, None)], None),
    ("en", "Williams driver Kenji Aoyama was handed a 10-second time penalty for causing a collision, the FIA said.", True,
     [("duration", 10, "second", None)], "the FIA"),
    ("en", "The stewards also gave Aoyama a five-place grid penalty for the next race in Baku.", True,
     [("count", 5, None, None)], None),
    ("en", "Penrose set the fastest lap of 1:21.337 on lap 51.", True,
     [("duration", 1, "minute", None), ("duration", 21.337, "second", None), ("ordinal", 51, None, None)], None),
    ("en", "It was the 27-year-old's sixth win of the season and the 18th of his career.", True,
     [("duration", 27, "year", None), ("ordinal", 6, None, None), ("ordinal", 18, None, None)], None),
    ("en", "\"The car was an absolute rocket today,\" Penrose said over team radio.", False,
     [], None),
    ("en", "Can anyone stop Penrose now?", False,
     [], None),
    ("en", "BUDAPEST (AP) - Jamaica's Kemar Lindsay won the world 100 metres title in 9.79 seconds on Sunday, edging American Darius Cole by 0.03 seconds.", True,
     [("count", 100, None, None), ("duration", 9.79, "second", None), ("duration", 0.03, "second", None)], None),
    ("en", "Cole, the 2023 champion, was timed at 9.82 with Britain's Theo Akande third in 9.88.", True,
     [("year", 2023, None, None), ("duration", 9.82, "second", None), ("ordinal", 3, None, None), ("duration", 9.88, "second", None)], None),
    ("en", "Sweden's Axel Lindgren cleared 6.26 metres to break his own pole vault world record by one centimetre.", True,
     [("count", 6.26, None, None), ("count", 1, None, None)], None),
    ("en", "Kenya's Faith Chebet won the 1,500m in three minutes 51.24 seconds, the fastest time in a global final.", True,
     [("count", 1500, None, None), ("duration", 3, "minute", None), ("duration", 51.24, "second", None)], None),
    ("en", "Ireland's Ciara Nolan finished fourth in the women's 400m hurdles in 53.61, just 0.12 off a medal.", True,
     [("ordinal", 4, None, None), ("count", 400, None, None), ("duration", 53.61, "second", None), ("duration", 0.12, "second", None)], None),
    ("en", "World Athletics said more than 400,000 tickets had been sold for the nine days of competition.", True,
     [("count", 400000, None, "over"), ("duration", 9, "day", None)], "World Athletics"),
    ("en", "Each individual gold medallist receives $70,000 in prize money, with a further $100,000 for a world record.", True,
     [("money", 70000, "USD", None), ("money", 100000, "USD", None)], None),
    ("en", "The 22-year-old long jumper Mia Hartley leapt 7.02m with her final attempt to snatch silver.", True,
     [("duration", 22, "year", None), ("count", 7.02, None, None)], None),
    ("en", "Lindsay, 25, becomes the youngest men's world 100m champion since 2009.", True,
     [("duration", 25, "year", None), ("count", 100, None, None), ("year", 2009, None, None)], None),
    ("en", "\"I've dreamed of this moment since I was a little boy,\" Lindsay said, draped in the Jamaican flag.", False,
     [], None),
    ("en", "The stadium fell silent before the starter's gun.", False,
     [], None),
    ("en", "LUZ-ARDIDEN, France (Reuters) - Slovenian Jan Kralj won stage 15 of the Tour de France on Sunday, finishing 42 seconds clear of his nearest rival.", True,
     [("ordinal", 15, None, None), ("duration", 42, "second", None)], None),
    ("en", "Kralj now leads the general classification by 1:47 from Belgian Wout Deman, with six stages remaining.", True,
     [("duration", 1, "minute", None), ("duration", 47, "second", None), ("count", 6, None, None)], None),
    ("en", "The 169.5km stage included three first-category climbs before the summit finish.", True,
     [("count", 169.5, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Britain's Tom Aldridge lost nearly four minutes and dropped from fifth to ninth overall.", True,
     [("duration", 4, "minute", "nearly"), ("ordinal", 5, None, None), ("ordinal", 9, None, None)], None),
    ("en", "The Tour's overall winner will take home 500,000 euros, race organisers said.", True,
     [("money", 500000, "EUR", None)], None),
    ("en", "SINGAPORE (AP) - Australia's Kaylee Dunmore set a world record of 1:52.23 in the women's 200m freestyle at the world championships on Tuesday.", True,
     [("duration", 1, "minute", None), ("duration", 52.23, "second", None), ("count", 200, None, None)], None),
    ("en", "Dunmore, 21, lowered the previous mark by 0.62 seconds and finished almost a body length ahead of the field.", True,
     [("duration", 21, "year", None), ("duration", 0.62, "second", None)], None),
    ("en", "The United States leads the swimming medal table with 11 gold, 9 silver and 7 bronze after five days.", True,
     [("count", 11, None, None), ("count", 9, None, None), ("count", 7, None, None), ("duration", 5, "day", None)], None),
    ("en", "Britain's 4x200m freestyle relay team finished second in 6:59.14, their first medal of the meet.", True,
     [("count", 4, None, None), ("count", 200, None, None), ("ordinal", 2, None, None), ("duration", 6, "minute", None), ("duration", 59.14, "second", None), ("ordinal", 1, None, None)], None),
    ("en", "WENGEN, Switzerland (AP) - Swiss skier Marco Baumann won the Lauberhorn downhill by 0.28 seconds on Saturday for his 11th World Cup victory.", True,
     [("duration", 0.28, "second", None), ("ordinal", 11, None, None)], None),
    ("en", "At 4.4 kilometres, the Lauberhorn is the longest downhill course on the circuit, taking racers around two and a half minutes.", True,
     [("count", 4.4, None, None), ("duration", 2.5, "minute", "about")], None),
    ("en", "Norway's biathlete Sigrid Nygaard overcame two penalty loops to win the 10km pursuit in 31 minutes 12.4 seconds.", True,
     [("count", 2, None, None), ("count", 10, None, None), ("duration", 31, "minute", None), ("duration", 12.4, "second", None)], None),
    ("en", "Germany's Lena Brückner missed four of her 20 targets and finished 14th.", True,
     [("count", 4, None, None), ("count", 20, None, None), ("ordinal", 14, None, None)], None),
    ("en", "Japanese ski jumper Ren Takeda scored 289.7 points with jumps of 131 and 136.5 metres to win in Zakopane.", True,
     [("count", 289.7, None, None), ("count", 131, None, None), ("count", 136.5, None, None)], None),
    ("en", "Takeda, 20, now leads the World Cup standings by 76 points after 13 of 28 events.", True,
     [("duration", 20, "year", None), ("count", 76, None, None), ("count", 13, None, None), ("count", 28, None, None)], None),
    ("en", "The ATP said Halvik earned $8.2 million in prize money last season, the second-highest total on tour.", True,
     [("money", 8200000, "USD", None), ("ordinal", 2, None, None)], None),
    ("en", "The world No. 1 has held the top spot for 38 consecutive weeks.", True,
     [("ordinal", 1, None, None), ("duration", 38, "week", None)], None),
    ("en", "Markova has won 21 of her past 23 matches on grass.", True,
     [("count", 21, None, None), ("count", 23, None, None)], None),
    ("en", "The 19-year-old climbed 64 places to a career-high 33rd in the rankings.", True,
     [("duration", 19, "year", None), ("count", 64, None, None), ("ordinal", 33, None, None)], None),
    ("en", "Aldridge will be out for two to three weeks with a fractured collarbone, his team said.", True,
     [("duration", 2, "week", None), ("duration", 3, "week", None)], None),
    ("en", "Baumann has been sidelined for up to eight months after tearing knee ligaments in training, Swiss-Ski said.", True,
     [("duration", 8, "month", "up_to")], "Swiss-Ski"),
    ("en", "The course was shortened by about 250 metres because of strong winds at the top.", True,
     [("count", 250, None, "about")], None),
    ("en", "Race director Piotr Nowak said at least 40 centimetres of fresh snow had fallen overnight.", True,
     [("count", 40, None, "at_least")], "Piotr Nowak"),
    ("en", "MUMBAI (PTI) - Fast bowler Arjun Bhatt has been bought for Rs 18.5 crore at the auction, the highest price paid this year.", True,
     [("money", 185000000, "INR", None)], None),
    ("en", "Wimbledon attendance over the fortnight reached 527,000, slightly below the record set in 2019.", True,
     [("count", 527000, None, None), ("year", 2019, None, None)], None),
    ("en", "Dunmore broke a world record that had stood since 2009.", True,
     [("year", 2009, None, None)], None),
    ("en", "PARIS (AP) - Spanish teenager Pablo Aranda won the French Open juniors title without dropping a set.", True,
     [], None),
    ("en", "Lindsay's winning time was the fastest in the world this year, according to World Athletics.", True,
     [], "World Athletics"),
    ("en", "The final is scheduled for 2 p.m. local time on Sunday.", True,
     [], None),
    ("en", "LONDON (PA) - Chelsea Ladies forward Ellie Rowntree has signed a new contract that runs until the summer of 2028.", True,
     [("year", 2028, None, None)], None),
    ("en", "Rowntree, 23, has scored 41 goals in 67 appearances since joining from Everton in 2022.", True,
     [("duration", 23, "year", None), ("count", 41, None, None), ("count", 67, None, None), ("year", 2022, None, None)], None),
    ("en", "Kralj's team-mates have won four stages between them so far.", True,
     [("count", 4, None, None)], None),
    ("en", "Britain's best finisher was Hannah Lowe in 27th place, three minutes and 10 seconds down.", True,
     [("ordinal", 27, None, None), ("duration", 3, "minute", None), ("duration", 10, "second", None)], None),
    ("en", "Organisers estimated that roughly 1.2 million people watched from the roadside along the route.", True,
     [("count", 1200000, None, "about")], None),
    ("en", "More to follow.", False,
     [], None),
    ("en", "(Reporting by Joe Marsden in London; Editing by Clare Dunn)", False,
     [], None),
    ("en", "(Reporting by Sunil Rao in Mumbai; Editing by Ed Baxter)", False,
     [], None),
    ("en", "All times are unofficial.", False,
     [], None),
    ("en", "It promises to be a thrilling weekend of racing.", False,
     [], None),
    ("en", "Fans will be hoping for another classic on Sunday.", False,
     [], None),
    ("en", "\"I'm gutted, I really thought I had it,\" said Cole.", False,
     [], None),
    ("en", "\"It's a dream come true,\" said Dunmore, fighting back tears.", False,
     [], None),
    ("en", "The champagne flowed on the podium as the sun set over the Royal Park.", False,
     [], None),
    ("en", "Kralj looked every inch a champion in the making.", False,
     [], None),
    ("en", "Whether the veteran can go one better on Sunday remains to be seen.", False,
     [], None),
    ("en", "Golf can be a cruel game, as Marsh discovered.", False,
     [], None),
    ("en", "Tickets are available on the official website.", False,
     [], None),
    ("en", "Spectators are advised to use public transport.", False,
     [], None),
    ("en", "Nygaard's win was her seventh of the season and moved her 58 points clear at the top of the overall standings.", True,
     [("ordinal", 7, None, None), ("count", 58, None, None)], None),
    ("en", "Australia's Jessie Crane finished the 50km mass start in two hours 4 minutes, one of only 12 women to complete the course.", True,
     [("count", 50, None, None), ("duration", 2, "hour", None), ("duration", 4, "minute", None), ("count", 12, None, None)], None),
    ("en", "KOLKATA (PTI) - Bengal were all out for 187 on the second day, conceding a first-innings lead of 96 runs.", True,
     [("count", 187, None, None), ("ordinal", 2, None, None), ("ordinal", 1, None, None), ("count", 96, None, None)], None),
    ("en", "England have lost five of their last seven Tests in Australia, according to the ICC.", True,
     [("count", 5, None, None), ("count", 7, None, None)], "the ICC"),
    ("en", "The race was cut from 21 to 18 laps after heavy rain, the organisers said.", True,
     [("count", 21, None, None), ("count", 18, None, None)], None),
    ("en", "Markova's semi-final against Halvik's compatriot is expected to start around 1.30pm on Thursday.", True,
     [], None),
    ("en", "Between 30 and 35 riders are expected to start the time trial on Saturday.", True,
     [("count", 30, None, None), ("count", 35, None, None)], None),
    ("en", "The Norwegian federation said Hagen would miss the next two World Cup weekends with illness.", True,
     [("count", 2, None, None)], None),
]
