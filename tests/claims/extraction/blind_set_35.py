"""Thirty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, coaches, officials and figures
are made up or used only as sample data (real clubs, leagues, federations, venues and
events such as "Eintracht Frankfurt", "Sturm Graz", "KAC", "Young Boys", "Manchester United",
"Denver Nuggets", "Kansas City Chiefs", "DFL", "ÖFB", "EHF", "IBU", "WTA", "ATP", "EFL",
"UK Anti-Doping", "Rugby Australia", "Opta", "the Streif", "the MCG" or "the Berlin
Marathon", and "Rafael Nadal" in one line of record, stand for the way wire copy names
them; what is said, scored, paid and counted here is invented).

Its weight: THE SPORTS DESK in German and English, as agency sports copy reads - half German
(dpa, APA, Keystone-SDA, SID; Austrian "Jänner", "siebenten", "Teamchef", Swiss "ss",
"Franken", "Busse", "büsste", "Leader", "31'120", «» quotes, German „“ quotes) and half
English (Reuters, AP, PA, AAP, PTI; UK, US, Australian and Indian usage: "£62 million",
"£70m", "A$4.15 million", "Rs 27 crore", "Dec 14", "Feb. 15", "neutralised", "footy"),
told as 32 short stories and three short items in story order: a dateline lead, the
result, figures and records, the table in prose, attribution, a quote, a closing line. 15
German stories: a Bundesliga match (Frankfurt - Dortmund), the Austrian Bundesliga table
(Sturm - Salzburg), an ice-hockey derby (KAC - VSV, "im zweiten Drittel"), the handball
Euro (a semi-final reached), the Hahnenkamm downhill ("drei Hundertstel", "zum 85. Mal"), a biathlon sprint,
the Australian Open (a quarter-final, "nach 2:41 Stunden"), the Austrian Grand Prix ("in
Runde 44"), a Bayern transfer (fee, bonuses, contract to a date), a doping ban raised by
the sports court, the DFL's media rights and the DFB's loss, an injured national-team
defender, Swiss Super League discipline and attendance, a Tour de France stage ("mit 1:12
Minuten Vorsprung"), the athletics Euro in Rome, and three short items of record ("sein
500. Bundesligaspiel", "zum zwölften Mal", "zum 100. Mal"). 17 English stories: a Premier
League derby, a Manchester United signing, an NBA game, an NFL game, the Australian Open
final, an India-England Test, a Six Nations match, the Singapore Grand Prix, the Berlin
Marathon, a doping ban with an FA fine and a points deduction, Premier League broadcast
rights and club finances (with the NBA's media deals and World Series viewers), injury news
(a hamstring, a cheekbone), the AFL grand final, the IPL auction, milestones (a 50th home
run, a 400th NHL goal), a WSL attendance record and a World Cup super-G. Numbers as
such copy has them: scores ("3:1", "31:28 (15:12)", "6:4, 6:7 (5:7), 6:2", "3-1",
"121-112", "27-24", "6-3 6-7(4) 7-5 6-4", "1-1", "33-29", "5-2"), league points and gaps,
places and ranks ("auf Rang drei", "Platz acht", "als Elfter", "sit 11th", "climb to
second", "sit fourth"), minutes of goals, margins in seconds and hundredths, race times,
laps and stages, distances, streaks ("in Folge", "in Serie", "10th straight win", "four
straight"), career tallies and milestones, attendance figures, transfer fees with add-ons,
contract lengths, bans and fines, injury lay-offs, TV-rights money per season and over
several seasons, revenue and losses, ages, hedges ("rund", "knapp", "mehr als",
"mindestens", "bis zu", "about", "more than", "at least", "up to", "under").

224 rows (117 German, 107 English), 47 negatives (24 German, 23 English), 177 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 366 expected quantities (152
counts, 88 ordinals, 61 durations, 27 years, 21 amounts of money, 12 dates, 5
percentages; 5 of them in negatives), 32 checked speakers (16 German, 16 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact is check-worthy with the speaker its own attribution gives ("Eine
  Ausstiegsklausel enthalte der Vertrag nicht, sagte Sportvorstand Christoph Hagen." ->
  "Christoph Hagen"; "Die Strecke sei ... um 200 Meter verkürzt worden, sagte Renndirektor
  Peter Gstrein." -> "Peter Gstrein").
- Scores and results carry no quantity in every form used here, the tiebreak in brackets
  and the half-time score included ("3:1", "31:28", "15:12", "22:22", "6:7 (5:7)",
  "6-7(4)", "121-112", "34-22" of a quarter, "24-24 tie", "level the ... series at 1-1",
  "33-29 win"), as in the earlier batches ("2:1", "3-1", "7:6 (7:4), 6:4", "34-13", "the
  series 2-1", "3-0 series lead"). New: a win-loss record ("fell to 14-18") is no tally
  but a standing and carries none, as "the series 2-1" (fifteenth batch); "lost four
  straight" is count 4.
- League tables in prose: points, gaps and rounds are counts ("Mit 29 Punkten", "zwei
  Zähler vor Leipzig", "sechs Punkte", "Nach 18 Runden ... bei 38 Punkten, zwei mehr als",
  "nach 30 Runden", "22 Zählern Vorsprung", "two points behind", "with 22 points", "two
  games behind", "by 31 points with six races left", "by four with two rounds remaining"
  (count 4, a bare figure, as "taking his tally to 21"), "won by 38 points", "docked six
  points", "one point above the relegation zone" (count 1, as "one game more", twenty-sixth
  batch)); places are ordinals ("auf Rang drei", "Platz acht", "Platz zwei", "Rang 31",
  "als Elfter", "Dritter wurde", "climb to second", "sit 11th", "sits third", "sit fourth",
  "drops Hull to 22nd", "rise to third"); "den Vorletzten", "Tabellenende", "Leader", "the
  relegation zone", "a game in hand" carry none.
- New: "im zweiten Drittel" of an ice-hockey match is ordinal 2 and no fraction ("Drittel"
  there is a period of play, not a third of anything), as "the second half" is ordinal 2
  and no fraction (twenty-eighth batch).
- New: "per Siebenmeter" (a handball penalty throw) carries no quantity: the name of a
  throw, as "fours" and "sixes" name cricket boundaries (thirtieth batch).
- New: a numbered lap is an ordinal ("in Runde 44", "on lap 58"), as "Rang 14" and "Platz
  24"; laps counted are counts ("nach 71 Runden", "after 62 laps", "for four laps", as "nach
  15 Runden", twenty-eighth batch); "a first-lap crash" ordinal 1; "Startplatz eins"
  ordinal 1, as "Platz eins"; "pole position", "the fastest lap" none.
- New: names with a figure carry none: "Formel 1", "Formula One", "der 2. Bundesliga",
  "Six Nations" (thirtieth batch), "Six Nations Rugby", "ICE Hockey League", "the famous No.
  7 shirt" (a shirt number is an identifier, as "911" and "Sinfonie Nr. 5"). "world No. 1"
  is ordinal 1 (a ranking, as "die Nummer eins der Welt" and "an Nummer drei gesetzt",
  thirtieth batch); "die an Nummer 14 gesetzte" ordinal 14; "Die Weltranglisten-Dritte"
  ordinal 3, as "den Weltranglistenfünften".
- New: a race time or match length written in the compact colon form gives one duration
  per unit, as the spelled-out forms do ("zwei Stunden, 21 Minuten und 31 Sekunden",
  eleventh batch; "2 minutes 3.14 seconds", fifteenth): "nach 2:41 Stunden" 2 hours and 41
  minutes, "mit 1:12 Minuten Vorsprung" 1 minute and 12 seconds, "mit 3:40 Minuten
  Rückstand" 3 minutes and 40 seconds, "won the Berlin Marathon ... in 2:02:48" 2 hours, 2
  minutes and 48 seconds. Scores and clock times ("um 18.00 Uhr") stay none.
- Split seconds: "drei Hundertstel vor" 0.03 seconds and "zwei Hundertstel schneller" 0.02
  seconds (thirtieth batch: "zwölf Hundertstel" 0.12); new: "by one hundredth of a second"
  0.01 seconds; "0,42 Sekunden", "12,4 Sekunden", "10,91 Sekunden", "38 Sekunden", "5.4
  seconds", "0.36 seconds back", "71 seconds clear" durations.
- New: "über" naming a race distance is no hedge: "Gold über 100 Meter" count 100 and "den
  Sprint über 7,5 Kilometer" count 7.5, both without a qualifier, as "über neun
  Verhandlungstage" (twenty-seventh batch) and "über vier Spielzeiten" here (count 4, no
  hedge); "rund um das Spiel" is a place phrase and gives "14 Personen" no hedge.
- New: a season written with a slash or a hyphen gives both years, the short second one
  completed from the first ("ab der Saison 2025/26" 2025 and 2026, "in der Saison 2023/24"
  2023 and 2024, "from 2025-26", "in the 2023-24 season"), as "the 1991-2020 average" two
  years (twenty-sixth batch). A season is no unit of the duration list: "vier Spielzeiten",
  "the four seasons", "three straight seasons" are counts (as "six quarters", twenty-sixth
  batch); "pro Saison", "a season", "this season", "last season" carry none; "the current
  three-year cycle" and "11-year media deals" are durations (as "a four-year term").
- Compounds: "an den drei Renntagen", "an den drei Wettkampftagen" count 3 (a unit of time
  inside a compound noun, as "drei Verlusttagen", twenty-sixth batch); "a three-match
  suspension", "the five-match series" count 3 and 5 (as "six-match ban"); "a 51-yard field
  goal" count 51; "Fünfjahresvertrag", "a five-year contract" 5 years; "zweitteuerste"
  ordinal 2, "third-fastest", "fourth-fastest" ordinals; "fünf Gold-, drei Silber- und vier
  Bronzemedaillen" counts 5, 3 and 4.
- Counts of play: "traf ... zweimal", "dreimal trafen", "sacked five times" counts (as
  "scored twice"); "37 von 41 Schüssen", "26 of 35 passes" two counts each (tallies of
  events, as "112 von 183 Stimmen" and "Eleven of 17 economists", not a proportion like
  "drei von vier Befragten"); "two of Ireland's three tries" counts 2 and 3 (thirtieth);
  "31 points, 14 rebounds and 12 assists", "34 disposals", "312 yards", "58 winners", "all
  11 break points" (no hedge), "12 clean sheets in 20 league games" counts; "triple-double",
  "double century", "maiden", "hat-trick" carry none (names of a feat, fifteenth batch for
  "hat-trick"); "scored both goals", "both legs" none; "the Champions League last 16" count
  16, as "in der Runde der letzten vier" (thirtieth), and "in der Runde der letzten acht"
  count 8.
- Cricket (twenty-eighth and thirtieth batches): "by 106 runs", "five for 48", "set 399 to
  win", "bowled out for 292", "made 209", "290 balls", "19 fours and seven sixes", "112
  wickets in 21 Tests", "741 runs" counts; new: "in 69.2 overs" count 69.2 as written (the
  overs-and-balls notation is not converted); "a strike rate of 156.3" count 156.3, as "an
  average of 44.2" (thirty-fourth).
- Minutes of play: "in der 9./83./44. Minute", "in der 61. und 78. Minute", "in the 17th,
  71st, 52nd and 21st minute" ordinals; "Eine Viertelstunde vor Schluss" 0.25 hours (eighteenth
  batch); "with under two minutes left" 2 minutes "under"; "shortly after half-time",
  "binnen vier Minuten" (4 minutes) as written; "um eine Stunde vorverlegt" none (a unit
  with an article and no figure, fifth, ninth and thirtieth batches).
- Records and milestones: "zum 85. Mal", "zum 100. Mal", "zum zwölften Mal", "sein 500.
  Bundesligaspiel", "der 17. Weltcupsieg", "seinen 14. Karrieresieg", "the 47th victory of
  his Formula One career", "his 400th career goal", "his 654th game", "his 50th home run",
  "18th triple-double", "a fourth Grand Slam title", "third consecutive", "second straight
  premiership and fifth overall" ordinals; "erst der vierte Spieler" ordinal 4 ("erst" no
  hedge); "erstmals seit 2016", "erstmals seit 1998" the year only ("erstmals" none,
  thirty-second batch); "the first Spanish man ... since ... 2022", "first in Singapore
  since 2018", "Es ist die erste EM-Goldmedaille ... seit 1986" ordinal 1 and the year;
  "the biggest attendance since 1986" the year; "zuletzt 1998 gelungen" the year; "nach
  2019 und 2022 zum dritten Mal" two years and ordinal 3; "a record 54,280", "for a record
  6.7 billion pounds" no hedge.
- Transfers and finances: "bei 55 Millionen Euro", "auf bis zu 65 Millionen Euro" (up_to),
  "an initial fee of £62 million", "could rise to £70m" (no hedge: a verb, as "could
  exceed", thirty-first batch), "more than £200m" (over), "Rs 27 crore" 2.7e8 INR and "Rs
  639.15 crore" 6.3915e9 INR (fifteenth), "A$4.15 million" AUD, "worth about $76 billion"
  (about), "im Schnitt rund 1,12 Milliarden Euro" (about), "knapp zwei Prozent" (nearly);
  "einen Fünfjahresvertrag bis zum 30. Juni 2030" 5 years and the date 2030-06-30; "with the
  option of a further year" none; "vor eineinhalb Jahren" 1.5 years (as "anderthalb").
- Bans and injuries: "auf vier Jahre erhöht", "banned for four years" 4 years; "für 18
  Monate gesperrt" 18 months; "has 21 days to appeal" 21 days (as "Chirp has 90 days"); "für
  vier Spiele", "for three matches" counts; "büsste ihn mit 5000 Franken" 5000 CHF (Swiss
  copy without a separator, twenty-first batch), "eine Busse von 25'000 Franken", "fined ...
  £60,000" money; "fällt ... sechs Wochen aus" 6 weeks, "mindestens zwei Wochen" at_least,
  "rund drei Wochen" about, "sechs bis acht Monate" two durations with the unit written once
  (thirtieth batch), "out for three months" 3 months, "ruled out for up to six weeks" up_to,
  "after missing three weeks" 3 weeks; "at least 14 matches" at_least.
- Dates and years: datelines with a day ("LONDON, Dec 14 (Reuters)", "MELBOURNE, Jan 26",
  "VISAKHAPATNAM, India, Feb 5", "SINGAPORE, Oct 5", "LONDON, March 4", "LONDON, Dec 2",
  "ST. MORITZ, Switzerland, Dec 13") are dates without a year; AP, PA, AAP, PTI and German
  datelines none; "ab dem 12. März 2024", "since Aug. 14, 2024" full dates; "am 27. Juli",
  "on Feb. 15" dates without a year; "seit März 2023", "im Jänner 2024", "seit Dezember 2023",
  "von der WM 2023", "im Sommer 2023", "at the 2023 world championships", "für das
  Geschäftsjahr 2024", "bis 2029" the year; weekdays and months alone none.
- Ages in years: "Der 29-Jährige", "Die 27-Jährige", "Die 26-Jährige", "den 21-jährigen
  Stürmer", "Die 31-Jährige", "Der 27-Jährige", "Die 25-Jährige", "the 23-year-old", "The
  22-year-old", "The 28-year-old", "The 27-year-old", "Kiptoo, 26,", "Kinsella, 24,",
  "Sethi, 27,"; "Ist ein 21-Jähriger ...?" in a negative is labelled.
- Physical measures are counts (fourth batch): "um 200 Meter", "7,5 Kilometer", "182
  Kilometern", "30 Kilometer vor dem Ziel", "rund 3.340 Kilometern", "100 Meter", "2,31
  Metern", "200 metres".
- Check-worthy without a figure: a cruciate ligament tear reported, a contract clause
  (Konjunktiv I with its speaker), a lawyer's announced appeal (a stated next step, as in
  the twenty-fourth batch), the time of a semi-final, a slalom brought forward, "Liverpool,
  who have a game in hand, host Aston Villa on Wednesday."
- Negatives, as sports copy has them: quoted feelings and opinions of coaches, players,
  officials and a treasurer (a Frankfurt coach, a Salzburg coach, a KAC coach, the handball
  coach, a winning skier, a tennis player's joke with "im zweiten Satz" labelled, a Formula
  One winner, a sporting director, a doped athlete's despair, the DFB treasurer's warning,
  the Austrian team manager, a YB coach, a sprinter in tears, a Spurs manager, a United head
  coach, a Suns coach, a Bills coach, a champion's dream, a cricket captain, an Ireland
  coach, a driver's "for two hours" labelled, "said one former Olympic champion", a Chelsea
  manager, an AFL medallist, a bought cricketer, an NHL captain, a WSL forward); pundit
  commentary ("Der BVB wirkt ... meilenweit von einem Spitzenteam entfernt.", "Der Fall
  wirft einmal mehr ein schiefes Licht ...", "On this evidence, Arsenal have the squad
  ...", "Critics say the windfall ..."); predictions ("Gegen Frankreich wird die deutsche
  Abwehr einen Sahnetag brauchen.", "England's batting collapse will raise fresh questions
  ..."); open questions ("Ob Ferrari ...", "Ob die Zahlen ...", "Whether he can handle
  ... remains to be seen."); rhetorical questions ("Wer soll diese Grazer ... noch
  aufhalten?", "Ist ein 21-Jähriger mit 14 Profitoren wirklich 55 Millionen Euro wert?" with
  its figures labelled, "Is there a more dangerous quarterback ...?", "Can anyone stop
  Mercedes ...?"); clichés ("Der Ball ist rund.", "It was a grand final for the ages.",
  "Mit diesem Aufschlag ist sie für jede Gegnerin eine Gefahr."); scene colour ("Im
  Zielraum schwenkten Tausende Fans ...", "Die Fans standen dicht gedrängt in den Kehren
  ...", "The Rod Laver Arena crowd rose as one ...", "Conditions were near perfect ...").
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Renndirektor", "Sportvorstand", "DFB-Schatzmeister", "Suns coach", "captain");
  "teilte der Verein / der Klub / der CAS / die EHF / die WTA / die DFL / der ÖFB / die Swiss
  Football League / die Rennleitung mit" and "teilten die Veranstalter / die Organisatoren
  mit" the source with its article in the nominative (as "teilte die EZB mit", "teilten die
  Veranstalter mit", sixteenth and twenty-eighth batches); "Laut Polizei" -> "Polizei" and
  "Laut IBU" -> "IBU" as written (as "laut UNHCR"); "X told reporters" X (as "captain Pat
  Cummins told reporters", thirty-fourth); "the club said", "the team said", "the league
  said", "the Premier League said", "the network said", "the EFL said", "the IPL said" and
  "according to the ATP" with the article in lower case (as "the club said", "the studio
  said", "the ONS said", "according to the ATP", tenth, sixteenth and twenty-sixth
  batches); "UK Anti-Doping said", "UKAD said", "Rugby Australia said", "Chelsea said",
  "Six Nations Rugby said in a statement" and "according to Opta" as written (as "NHS
  England said", "Corwen said", "according to Comscore"). Left unchecked (None): "nach
  Angaben des Vereins", "nach Angaben seines Klubs Bayer Leverkusen" (no verb form settled,
  twenty-sixth batch), "Ihr Anwalt kündigte an" (a role, no name), "Organisers said" opening
  the sentence, "according to figures compiled by PA", "according to Deloitte's annual
  review ..." (a document), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_35 = [
    # === German =================================================================================
    # --- Bundesliga: Frankfurt - Dortmund (dpa) -----------------------------------------------
    ("de", "Frankfurt/Main (dpa) - Eintracht Frankfurt hat Borussia Dortmund am 14. Spieltag der Fußball-Bundesliga mit 3:1 besiegt und ist in der Tabelle auf Rang drei vorgerückt.", True,
     [("ordinal", 14, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Vor 58.000 Zuschauern im ausverkauften Waldstadion brachte Kapitän Mario Kessler die Gastgeber in der 9. Minute in Führung.", True,
     [("count", 58000, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Stürmer Elias Brandt traf in der 61. und 78. Minute und steht nun bei zwölf Saisontoren.", True,
     [("ordinal", 61, None, None), ("ordinal", 78, None, None), ("count", 12, None, None)], None),
    ("de", "Mit 29 Punkten liegt die Eintracht nun zwei Zähler vor Leipzig, der Rückstand auf Tabellenführer Bayern beträgt sechs Punkte.", True,
     [("count", 29, None, None), ("count", 2, None, None), ("count", 6, None, None)], None),
    ("de", "„Wir haben heute gezeigt, dass wir mit jedem Gegner in dieser Liga mithalten können“, sagte Eintracht-Trainer Jan Reitmaier.", False, [], None),
    ("de", "Für Dortmund war es die dritte Auswärtsniederlage in Folge.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Der BVB wirkt in dieser Verfassung meilenweit von einem Spitzenteam entfernt.", False, [], None),
    ("de", "Dortmunds Innenverteidiger Nils Aberg sah in der 83. Minute die Gelb-Rote Karte und fehlt damit im nächsten Ligaspiel.", True,
     [("ordinal", 83, None, None)], None),
    ("de", "Frankfurts Torhüter Nils Kramer fällt mit einer Schulterverletzung sechs Wochen aus, teilte der Verein nach dem Abschlusstraining mit.", True,
     [("duration", 6, "week", None)], "der Verein"),
    ("de", "Laut Polizei wurden rund um das Spiel 14 Personen vorübergehend festgenommen.", True,
     [("count", 14, None, None)], "Polizei"),
    # --- Österreichische Bundesliga: Sturm - Salzburg (APA) -----------------------------------
    ("de", "Graz (APA) - Sturm Graz hat das Spitzenspiel gegen Red Bull Salzburg vor 16.364 Zuschauern mit 2:0 gewonnen und die Tabellenführung übernommen.", True,
     [("count", 16364, None, None)], None),
    ("de", "Nach 18 Runden halten die Grazer bei 38 Punkten, zwei mehr als die Salzburger.", True,
     [("count", 18, None, None), ("count", 38, None, None), ("count", 2, None, None)], None),
    ("de", "Rapid liegt mit 31 Punkten auf Rang drei, fünf Zähler hinter Salzburg.", True,
     [("count", 31, None, None), ("ordinal", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Am Tabellenende hat der GAK nach der fünften Niederlage in Serie bereits sieben Punkte Rückstand auf den Vorletzten.", True,
     [("ordinal", 5, None, None), ("count", 7, None, None)], None),
    ("de", "Sturm blieb damit zum zwölften Mal in Folge in einem Heimspiel ungeschlagen, das war dem Klub zuletzt 1998 gelungen.", True,
     [("ordinal", 12, None, None), ("year", 1998, None, None)], None),
    ("de", "„Die Tabelle lügt nicht, aber im Dezember ist sie auch noch nicht viel wert“, sagte Salzburg-Coach Mats Hedlund.", False, [], None),
    ("de", "Wer soll diese Grazer in ihrer derzeitigen Form noch aufhalten?", False, [], None),
    ("de", "Am Ende gilt auch in Liebenau die alte Weisheit: Der Ball ist rund.", False, [], None),
    # --- Eishockey: KAC - VSV (APA) -------------------------------------------------------------
    ("de", "Klagenfurt (APA) - Der KAC hat in der ICE Hockey League das Kärntner Derby gegen den VSV mit 4:2 gewonnen und damit den siebenten Sieg in Serie gefeiert.", True,
     [("ordinal", 7, None, None)], None),
    ("de", "Die Entscheidung fiel im zweiten Drittel, als die Klagenfurter binnen vier Minuten dreimal trafen.", True,
     [("ordinal", 2, None, None), ("duration", 4, "minute", None), ("count", 3, None, None)], None),
    ("de", "Vor 4.945 Zuschauern in der ausverkauften Heidi-Horten-Arena traf Stürmer Jakob Moser zweimal im Powerplay.", True,
     [("count", 4945, None, None), ("count", 2, None, None)], None),
    ("de", "VSV-Torhüter Jean Maltais wehrte 37 von 41 Schüssen ab.", True,
     [("count", 37, None, None), ("count", 41, None, None)], None),
    ("de", "Der VSV liegt nach 30 Runden mit 41 Punkten auf Platz acht.", True,
     [("count", 30, None, None), ("count", 41, None, None), ("ordinal", 8, None, None)], None),
    ("de", "„Derbys haben ihre eigenen Gesetze, das hat man heute wieder gesehen“, sagte KAC-Trainer Pete Lindgren.", False, [], None),
    ("de", "KAC-Verteidiger Florian Kogler fällt nach einem Check gegen den Kopf mindestens zwei Wochen aus, teilte der Klub am Montag mit.", True,
     [("duration", 2, "week", "at_least")], "der Klub"),
    # --- Handball-EM: Deutschland - Schweden (dpa) ----------------------------------------------
    ("de", "Herning (dpa) - Die deutschen Handballer haben mit einem 31:28 gegen Schweden erstmals seit 2016 wieder das Halbfinale einer Europameisterschaft erreicht.", True,
     [("year", 2016, None, None)], None),
    ("de", "Zur Pause hatte Deutschland mit 15:12 geführt, ehe Schweden in der 44. Minute zum 22:22 ausglich.", True,
     [("ordinal", 44, None, None)], None),
    ("de", "Eine Viertelstunde vor Schluss lag die DHB-Auswahl noch mit zwei Toren zurück.", True,
     [("duration", 0.25, "hour", None), ("count", 2, None, None)], None),
    ("de", "Bester Werfer war Rückraumspieler Jannik Holt mit neun Treffern, davon vier per Siebenmeter.", True,
     [("count", 9, None, None), ("count", 4, None, None)], None),
    ("de", "Torhüter Lars Henning kam auf 14 Paraden, eine Fangquote von 36 Prozent.", True,
     [("count", 14, None, None), ("percent", 36, "%", None)], None),
    ("de", "„Diese Mannschaft hat ein unglaubliches Herz“, sagte Bundestrainer Rune Dahlberg.", False, [], None),
    ("de", "Im Halbfinale trifft Deutschland am Freitag um 18.00 Uhr auf Titelverteidiger Frankreich.", True, [], None),
    ("de", "Die Spiele in Herning verfolgten im Schnitt mehr als 14.000 Zuschauer, teilte die EHF mit.", True,
     [("count", 14000, None, "over")], "die EHF"),
    ("de", "Gegen Frankreich wird die deutsche Abwehr einen Sahnetag brauchen.", False, [], None),
    # --- Ski alpin: Hahnenkamm-Abfahrt (APA) -----------------------------------------------------
    ("de", "Kitzbühel (APA) - Der Schweizer Marco Kälin hat die Hahnenkamm-Abfahrt auf der Streif gewonnen und damit nach 2019 und 2022 zum dritten Mal in Kitzbühel triumphiert.", True,
     [("year", 2019, None, None), ("year", 2022, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Der 29-Jährige lag im Ziel drei Hundertstel vor dem Tiroler Vincent Aigner, Dritter wurde der Norweger Henrik Sætre mit 0,42 Sekunden Rückstand.", True,
     [("duration", 29, "year", None), ("duration", 0.03, "second", None), ("ordinal", 3, None, None), ("duration", 0.42, "second", None)], None),
    ("de", "Für Kälin war es der 17. Weltcupsieg seiner Karriere, der sechste in einer Abfahrt.", True,
     [("ordinal", 17, None, None), ("ordinal", 6, None, None)], None),
    ("de", "Bester Österreicher hinter Aigner war Stefan Rieder auf Rang sieben.", True,
     [("ordinal", 7, None, None)], None),
    ("de", "Die Strecke sei wegen der milden Temperaturen um 200 Meter verkürzt worden, sagte Renndirektor Peter Gstrein.", True,
     [("count", 200, None, None)], "Peter Gstrein"),
    ("de", "Rund 45.000 Zuschauer säumten am Samstag die Strecke vom Starthaus bis hinunter in den Zielraum.", True,
     [("count", 45000, None, "about")], None),
    ("de", "Die Abfahrt fand zum 85. Mal statt, erstmals ausgetragen wurde sie 1931.", True,
     [("ordinal", 85, None, None), ("year", 1931, None, None)], None),
    ("de", "Im Abfahrtsweltcup übernahm Kälin mit 420 Punkten die Führung, 36 Zähler vor Aigner.", True,
     [("count", 420, None, None), ("count", 36, None, None)], None),
    ("de", "Im Zielraum schwenkten Tausende Fans rot-weiße Fahnen, aus den Lautsprechern dröhnte Après-Ski-Musik.", False, [], None),
    ("de", "„Die Streif ist jedes Jahr ein Abenteuer, heute war das Glück auf meiner Seite“, sagte Kälin.", False, [], None),
    ("de", "Der Slalom am Sonntag wird wegen des angekündigten Föhnsturms um eine Stunde vorverlegt.", True, [], None),
    # --- Biathlon: Sprint in Antholz (dpa) -------------------------------------------------------
    ("de", "Antholz (dpa) - Biathletin Lena Karrer hat beim Weltcup in Antholz den Sprint über 7,5 Kilometer gewonnen.", True,
     [("count", 7.5, None, None)], None),
    ("de", "Die 27-Jährige blieb am Schießstand fehlerfrei und hatte im Ziel 12,4 Sekunden Vorsprung auf die Französin Julie Maret.", True,
     [("duration", 27, "year", None), ("duration", 12.4, "second", None)], None),
    ("de", "Es war ihr erster Weltcupsieg seit März 2023 und der neunte insgesamt.", True,
     [("ordinal", 1, None, None), ("year", 2023, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Die Norwegerin Ingrid Lie kam nach vier Fehlschüssen nur auf Rang 31.", True,
     [("count", 4, None, None), ("ordinal", 31, None, None)], None),
    ("de", "Laut IBU verfolgten an den drei Wettkampftagen rund 21.000 Fans die Rennen in der Südtirol Arena.", True,
     [("count", 3, None, None), ("count", 21000, None, "about")], "IBU"),
    # --- Tennis: Australian Open (dpa) -----------------------------------------------------------
    ("de", "Melbourne (dpa) - Die Weltranglisten-Dritte Lea Bachmann hat bei den Australian Open das Viertelfinale erreicht.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Die 26-Jährige besiegte die an Nummer 14 gesetzte Amerikanerin Kayla Moore mit 6:4, 6:7 (5:7), 6:2.", True,
     [("duration", 26, "year", None), ("ordinal", 14, None, None)], None),
    ("de", "Bachmann verwandelte nach 2:41 Stunden ihren ersten Matchball.", True,
     [("duration", 2, "hour", None), ("duration", 41, "minute", None), ("ordinal", 1, None, None)], None),
    ("de", "Sie steht damit zum vierten Mal in ihrer Karriere in der Runde der letzten acht eines Grand-Slam-Turniers.", True,
     [("ordinal", 4, None, None), ("count", 8, None, None)], None),
    ("de", "„Ich habe mich heute selbst kaum wiedererkannt, zum Glück nur im zweiten Satz“, scherzte Bachmann.", False,
     [("ordinal", 2, None, None)], None),
    ("de", "Bachmann wird am Montag in der Weltrangliste auf Rang zwei vorrücken, teilte die WTA mit.", True,
     [("ordinal", 2, None, None)], "die WTA"),
    ("de", "Mit diesem Aufschlag ist sie für jede Gegnerin eine Gefahr.", False, [], None),
    # --- Formel 1: Großer Preis von Österreich (dpa) ---------------------------------------------
    ("de", "Spielberg (dpa) - Der Brite Oliver Hayes hat den Großen Preis von Österreich gewonnen und in der Formel 1 seinen 14. Karrieresieg gefeiert.", True,
     [("ordinal", 14, None, None)], None),
    ("de", "Der Ferrari-Pilot lag nach 71 Runden 3,8 Sekunden vor dem Niederländer Daan Vermeer, der von Startplatz eins ins Rennen gegangen war.", True,
     [("count", 71, None, None), ("duration", 3.8, "second", None), ("ordinal", 1, None, None)], None),
    ("de", "Die Entscheidung fiel beim zweiten Boxenstopp in Runde 44.", True,
     [("ordinal", 2, None, None), ("ordinal", 44, None, None)], None),
    ("de", "Mit 186 Punkten führt Hayes die WM-Wertung nun mit 22 Zählern Vorsprung an.", True,
     [("count", 186, None, None), ("count", 22, None, None)], None),
    ("de", "Rund 303.000 Zuschauer kamen an den drei Renntagen an den Red Bull Ring, teilten die Veranstalter mit.", True,
     [("count", 303000, None, "about"), ("count", 3, None, None)], "die Veranstalter"),
    ("de", "„Das Auto war heute ein Traum, ich hätte noch ewig weiterfahren können“, schwärmte Hayes.", False, [], None),
    ("de", "Ob Ferrari das Tempo auch auf den schnellen Strecken halten kann, muss sich erst zeigen.", False, [], None),
    # --- Transfer: Bayern verpflichtet Stürmer (dpa) ---------------------------------------------
    ("de", "München (dpa) - Der FC Bayern München hat den 21-jährigen Stürmer Noah Lindqvist von Benfica Lissabon verpflichtet.", True,
     [("duration", 21, "year", None)], None),
    ("de", "Die Ablöse liegt nach Angaben des Vereins bei 55 Millionen Euro, durch Bonuszahlungen kann sie auf bis zu 65 Millionen Euro steigen.", True,
     [("money", 55000000, "EUR", None), ("money", 65000000, "EUR", "up_to")], None),
    ("de", "Lindqvist unterschrieb einen Fünfjahresvertrag bis zum 30. Juni 2030.", True,
     [("duration", 5, "year", None), ("date", "2030-06-30", None, None)], None),
    ("de", "Eine Ausstiegsklausel enthalte der Vertrag nicht, sagte Sportvorstand Christoph Hagen.", True, [], "Christoph Hagen"),
    ("de", "Es ist der zweitteuerste Transfer der Vereinsgeschichte nach dem Wechsel von Lucas Ferreira im Sommer 2023.", True,
     [("ordinal", 2, None, None), ("year", 2023, None, None)], None),
    ("de", "Benfica hatte den Angreifer erst vor eineinhalb Jahren für 12 Millionen Euro aus Göteborg geholt.", True,
     [("duration", 1.5, "year", None), ("money", 12000000, "EUR", None)], None),
    ("de", "„Noah ist ein Spieler, der ein ganzes Stadion von den Sitzen reißen kann“, schwärmte Hagen.", False, [], None),
    ("de", "Ist ein 21-Jähriger mit 14 Profitoren wirklich 55 Millionen Euro wert?", False,
     [("duration", 21, "year", None), ("count", 14, None, None), ("money", 55000000, "EUR", None)], None),
    # --- Doping: Langläuferin gesperrt (APA) -----------------------------------------------------
    ("de", "Lausanne (APA) - Der Internationale Sportgerichtshof hat die Dopingsperre gegen die österreichische Langläuferin Verena Pichler auf vier Jahre erhöht.", True,
     [("duration", 4, "year", None)], None),
    ("de", "Die 31-Jährige war im Jänner 2024 bei einer Trainingskontrolle positiv auf das Blutdopingmittel EPO getestet worden.", True,
     [("duration", 31, "year", None), ("year", 2024, None, None)], None),
    ("de", "Der nationale Verband hatte sie zunächst nur für 18 Monate gesperrt, wogegen die Welt-Anti-Doping-Agentur Einspruch erhob.", True,
     [("duration", 18, "month", None)], None),
    ("de", "Die Sperre gelte rückwirkend ab dem 12. März 2024, teilte der CAS mit.", True,
     [("date", "2024-03-12", None, None)], "der CAS"),
    ("de", "Gestrichen werden sämtliche Ergebnisse seit Dezember 2023, darunter ihre Bronzemedaille von der WM 2023 in Planica.", True,
     [("year", 2023, None, None), ("year", 2023, None, None)], None),
    ("de", "Ihr Anwalt kündigte an, den Schiedsspruch vor dem Schweizer Bundesgericht anzufechten.", True, [], None),
    ("de", "„Für mich bricht gerade eine Welt zusammen“, sagte Pichler der „Kronen Zeitung“.", False, [], None),
    ("de", "Der Fall wirft einmal mehr ein schiefes Licht auf den Langlaufsport.", False, [], None),
    # --- Finanzen und Medienrechte (dpa) ---------------------------------------------------------
    ("de", "Frankfurt/Main (dpa) - Die Deutsche Fußball Liga nimmt mit dem neuen Medienvertrag ab der Saison 2025/26 im Schnitt rund 1,12 Milliarden Euro pro Saison ein.", True,
     [("year", 2025, None, None), ("year", 2026, None, None), ("money", 1120000000, "EUR", "about")], None),
    ("de", "Der Vertrag läuft über vier Spielzeiten bis 2029 und bringt insgesamt 4,48 Milliarden Euro ein, teilte die DFL mit.", True,
     [("count", 4, None, None), ("year", 2029, None, None), ("money", 4480000000, "EUR", None)], "die DFL"),
    ("de", "Das sind knapp zwei Prozent mehr als im bisherigen Vertragszyklus.", True,
     [("percent", 2, "%", "nearly")], None),
    ("de", "Die 36 Profiklubs der Bundesliga und der 2. Bundesliga erzielten in der Saison 2023/24 einen Rekordumsatz von 5,87 Milliarden Euro.", True,
     [("count", 36, None, None), ("year", 2023, None, None), ("year", 2024, None, None), ("money", 5870000000, "EUR", None)], None),
    ("de", "Der Deutsche Fußball-Bund wies für das Geschäftsjahr 2024 einen Verlust von 20,5 Millionen Euro aus.", True,
     [("year", 2024, None, None), ("money", 20500000, "EUR", None)], None),
    ("de", "Hauptgrund seien die Kosten für den neuen Campus in Frankfurt von rund 180 Millionen Euro, sagte DFB-Schatzmeister Jürgen Kallweit.", True,
     [("money", 180000000, "EUR", "about")], "Jürgen Kallweit"),
    ("de", "„Der Fußball lebt über seine Verhältnisse, das kann nicht ewig gut gehen“, warnte Kallweit.", False, [], None),
    ("de", "Ob die Zahlen die Basis beruhigen, darf bezweifelt werden.", False, [], None),
    # --- Verletzung: ÖFB-Teamverteidiger (APA) ---------------------------------------------------
    ("de", "Wien (APA) - Österreichs Teamverteidiger Lukas Steinbauer hat sich im Training einen Kreuzbandriss im linken Knie zugezogen.", True, [], None),
    ("de", "Der 27-Jährige fällt nach Angaben seines Klubs Bayer Leverkusen sechs bis acht Monate aus.", True,
     [("duration", 27, "year", None), ("duration", 6, "month", None), ("duration", 8, "month", None)], None),
    ("de", "Damit verpasst Steinbauer auch die WM-Endrunde im Sommer, für die sich Österreich erstmals seit 1998 qualifiziert hat.", True,
     [("year", 1998, None, None)], None),
    ("de", "Für den Abwehrchef ist es bereits die dritte schwere Knieverletzung binnen vier Jahren.", True,
     [("ordinal", 3, None, None), ("duration", 4, "year", None)], None),
    ("de", "„Das ist ein Schock für uns alle, Lukas ist das Herz dieser Mannschaft“, sagte Teamchef Helmut Strasser.", False, [], None),
    ("de", "Auch Mittelfeldspieler Jonas Reiter fällt mit einer Oberschenkelzerrung rund drei Wochen aus, teilte der ÖFB mit.", True,
     [("duration", 3, "week", "about")], "der ÖFB"),
    # --- Super League: YB - Basel (Keystone-SDA) -------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Die Young Boys haben den Klassiker gegen den FC Basel vor 31'120 Zuschauern im Wankdorf mit 3:2 gewonnen.", True,
     [("count", 31120, None, None)], None),
    ("de", "YB liegt nach 20 Runden mit 42 Punkten auf Platz zwei, drei Zähler hinter Leader Lugano.", True,
     [("count", 20, None, None), ("count", 42, None, None), ("ordinal", 2, None, None), ("count", 3, None, None)], None),
    ("de", "Die Disziplinarkommission sperrte Basels Captain Marco Imhof nach seiner Tätlichkeit für vier Spiele und büsste ihn mit 5000 Franken.", True,
     [("count", 4, None, None), ("money", 5000, "CHF", None)], None),
    ("de", "Zudem muss der FCB wegen abgebrannter Pyros eine Busse von 25'000 Franken bezahlen, teilte die Swiss Football League mit.", True,
     [("money", 25000, "CHF", None)], "die Swiss Football League"),
    ("de", "«Wir sind zurück im Titelrennen, und das fühlt sich verdammt gut an», sagte YB-Trainer Reto Baumgartner.", False, [], None),
    ("de", "Im Wankdorf verfolgten in dieser Saison im Schnitt 29'870 Zuschauer die Heimspiele, so viele wie noch nie.", True,
     [("count", 29870, None, None)], None),
    # --- Radsport: Tour de France (dpa) ----------------------------------------------------------
    ("de", "Loudenvielle (dpa) - Der Däne Mikkel Holm hat die 14. Etappe der Tour de France gewonnen und das Gelbe Trikot übernommen.", True,
     [("ordinal", 14, None, None)], None),
    ("de", "Nach 182 Kilometern mit vier Bergwertungen kam Holm mit 1:12 Minuten Vorsprung auf den Belgier Arne De Smet ins Ziel.", True,
     [("count", 182, None, None), ("count", 4, None, None), ("duration", 1, "minute", None), ("duration", 12, "second", None)], None),
    ("de", "Bester Deutscher war Florian Brandl als Elfter mit 3:40 Minuten Rückstand.", True,
     [("ordinal", 11, None, None), ("duration", 3, "minute", None), ("duration", 40, "second", None)], None),
    ("de", "In der Gesamtwertung führt Holm nun 38 Sekunden vor De Smet.", True,
     [("duration", 38, "second", None)], None),
    ("de", "Bei einem Massensturz 30 Kilometer vor dem Ziel wurden zwei Fahrer verletzt, teilte die Rennleitung mit.", True,
     [("count", 30, None, None), ("count", 2, None, None)], "die Rennleitung"),
    ("de", "Die Fans standen dicht gedrängt in den Kehren, viele hatten seit dem frühen Morgen auf die Fahrer gewartet.", False, [], None),
    ("de", "Die Tour endet am 27. Juli nach 21 Etappen und rund 3.340 Kilometern in Paris.", True,
     [("date", "--07-27", None, None), ("count", 21, None, None), ("count", 3340, None, "about")], None),
    # --- Leichtathletik-EM in Rom (dpa) ----------------------------------------------------------
    ("de", "Rom (dpa) - Sprinterin Mara Köhler hat bei der Leichtathletik-EM in Rom Gold über 100 Meter gewonnen.", True,
     [("count", 100, None, None)], None),
    ("de", "Die 25-Jährige lief in 10,91 Sekunden persönliche Bestzeit und war damit zwei Hundertstel schneller als die Britin Amy Cole.", True,
     [("duration", 25, "year", None), ("duration", 10.91, "second", None), ("duration", 0.02, "second", None)], None),
    ("de", "Es ist die erste EM-Goldmedaille für eine deutsche Sprinterin über diese Distanz seit 1986.", True,
     [("ordinal", 1, None, None), ("year", 1986, None, None)], None),
    ("de", "Hochspringer Tobias Sommer gewann mit 2,31 Metern Silber.", True,
     [("count", 2.31, None, None)], None),
    ("de", "Das deutsche Team liegt im Medaillenspiegel mit fünf Gold-, drei Silber- und vier Bronzemedaillen auf Rang zwei.", True,
     [("count", 5, None, None), ("count", 3, None, None), ("count", 4, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Das Olympiastadion war an allen sechs Abenden mit jeweils rund 50.000 Zuschauern gefüllt, teilten die Organisatoren mit.", True,
     [("count", 6, None, None), ("count", 50000, None, "about")], "die Organisatoren"),
    ("de", "„Ich kann das alles noch gar nicht fassen“, sagte Köhler unter Tränen.", False, [], None),
    # --- Kurzmeldungen (SID/APA) -----------------------------------------------------------------
    ("de", "Torhüter Christian Gmeiner bestritt am Samstag sein 500. Bundesligaspiel und ist damit erst der vierte Spieler in Österreich, dem das gelingt.", True,
     [("ordinal", 500, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Die Eisbären Berlin sind zum zwölften Mal deutscher Eishockeymeister.", True,
     [("ordinal", 12, None, None)], None),
    ("de", "Das Revierderby zwischen Schalke und Dortmund wurde am Samstag zum 100. Mal in der Bundesliga angepfiffen.", True,
     [("ordinal", 100, None, None)], None),
    # === English ================================================================================
    # --- Premier League: Arsenal - Tottenham (Reuters) -------------------------------------------
    ("en", "LONDON, Dec 14 (Reuters) - Arsenal beat Tottenham Hotspur 3-1 at the Emirates Stadium on Sunday to climb to second in the Premier League, two points behind leaders Liverpool.", True,
     [("date", "--12-14", None, None), ("ordinal", 2, None, None), ("count", 2, None, None)], None),
    ("en", "Striker Tom Whitlock opened the scoring in the 17th minute and struck again from the penalty spot shortly after half-time.", True,
     [("ordinal", 17, None, None)], None),
    ("en", "It was Whitlock's 11th league goal of the season and his fourth in three matches.", True,
     [("ordinal", 11, None, None), ("ordinal", 4, None, None), ("count", 3, None, None)], None),
    ("en", "Arsenal have now kept 12 clean sheets in 20 league games, the most in the division, according to Opta.", True,
     [("count", 12, None, None), ("count", 20, None, None)], "Opta"),
    ("en", "Tottenham, who have won just two of their last eight league games, sit 11th with 22 points.", True,
     [("count", 2, None, None), ("count", 8, None, None), ("ordinal", 11, None, None), ("count", 22, None, None)], None),
    ("en", "A crowd of 60,251 saw Spurs reduced to 10 men when defender Luka Marek was sent off in the 71st minute.", True,
     [("count", 60251, None, None), ("count", 10, None, None), ("ordinal", 71, None, None)], None),
    ("en", "Marek will serve a three-match suspension, the Premier League said.", True,
     [("count", 3, None, None)], "the Premier League"),
    ("en", "\"We were sloppy and we got punished, simple as that,\" Tottenham manager Niall Brennan said.", False, [], None),
    ("en", "On this evidence, Arsenal have the squad to go all the way this season.", False, [], None),
    ("en", "Liverpool, who have a game in hand, host Aston Villa on Wednesday.", True, [], None),
    # --- Transfer: Manchester United sign winger (PA) --------------------------------------------
    ("en", "MANCHESTER (PA) - Manchester United have signed Brazil winger Rafael Souza from Lyon for an initial fee of £62 million, the club said on Thursday.", True,
     [("money", 62000000, "GBP", None)], "the club"),
    ("en", "The fee could rise to £70m with add-ons, and the 23-year-old has signed a five-year contract with the option of a further year.", True,
     [("money", 70000000, "GBP", None), ("duration", 23, "year", None), ("duration", 5, "year", None)], None),
    ("en", "Souza scored 14 goals and provided nine assists in 38 appearances for Lyon last season.", True,
     [("count", 14, None, None), ("count", 9, None, None), ("count", 38, None, None)], None),
    ("en", "United have spent more than £200m in the summer window, according to figures compiled by PA.", True,
     [("money", 200000000, "GBP", "over")], None),
    ("en", "He is the club's third signing of the window after goalkeeper Jan Berger and midfielder Oumar Diallo.", True,
     [("ordinal", 3, None, None)], None),
    ("en", "\"Rafael is exactly the kind of player our supporters love to watch,\" head coach Marco Ventura said.", False, [], None),
    ("en", "Whether he can handle the weight of the famous No. 7 shirt remains to be seen.", False, [], None),
    # --- NBA: Nuggets - Suns (AP) ----------------------------------------------------------------
    ("en", "DENVER (AP) — Darius Coleman had 31 points, 14 rebounds and 12 assists for his 18th triple-double of the season, and the Denver Nuggets beat the Phoenix Suns 121-112 on Tuesday night.", True,
     [("count", 31, None, None), ("count", 14, None, None), ("count", 12, None, None), ("ordinal", 18, None, None)], None),
    ("en", "Coleman scored 12 of his points in the fourth quarter, when Denver outscored Phoenix 34-22.", True,
     [("count", 12, None, None), ("ordinal", 4, None, None)], None),
    ("en", "Jamal Price added 24 points and Leon Hughes had 17 for the Nuggets, who have won eight of their last nine games.", True,
     [("count", 24, None, None), ("count", 17, None, None), ("count", 8, None, None), ("count", 9, None, None)], None),
    ("en", "Tyrese Owens led Phoenix with 28 points in his first game back after missing three weeks with a sprained ankle.", True,
     [("count", 28, None, None), ("ordinal", 1, None, None), ("duration", 3, "week", None)], None),
    ("en", "Guard Kyle Benson left in the third quarter with a knee injury and will have an MRI on Wednesday, Suns coach Greg Dalton told reporters.", True,
     [("ordinal", 3, None, None)], "Greg Dalton"),
    ("en", "\"When he plays like that, all you can do is tip your cap,\" Dalton said.", False, [], None),
    ("en", "The Suns have lost four straight and fell to 14-18.", True,
     [("count", 4, None, None)], None),
    ("en", "Denver sits third in the Western Conference, two games behind Oklahoma City.", True,
     [("ordinal", 3, None, None), ("count", 2, None, None)], None),
    # --- NFL: Chiefs - Bills (AP) ----------------------------------------------------------------
    ("en", "KANSAS CITY, Mo. (AP) — Caleb Turner threw for 312 yards and three touchdowns, and the Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday to clinch the AFC's top seed.", True,
     [("count", 312, None, None), ("count", 3, None, None)], None),
    ("en", "Kicker Evan Shaw made a 51-yard field goal with under two minutes left to break a 24-24 tie.", True,
     [("count", 51, None, None), ("duration", 2, "minute", "under")], None),
    ("en", "Turner completed 26 of 35 passes and was not intercepted.", True,
     [("count", 26, None, None), ("count", 35, None, None)], None),
    ("en", "Chiefs tight end Noah Pryor left in the second quarter with a concussion and did not return, the team said.", True,
     [("ordinal", 2, None, None)], "the team"),
    ("en", "It was Kansas City's 10th straight win at Arrowhead Stadium, where a crowd of 73,426 watched in freezing temperatures.", True,
     [("ordinal", 10, None, None), ("count", 73426, None, None)], None),
    ("en", "Bills quarterback Devon Hale ran for two touchdowns and passed for 248 yards but was sacked five times.", True,
     [("count", 2, None, None), ("count", 248, None, None), ("count", 5, None, None)], None),
    ("en", "\"It's a long season, and nobody hands out trophies in December,\" Bills coach Randy Keller said.", False, [], None),
    ("en", "Is there a more dangerous quarterback in the league with the game on the line?", False, [], None),
    # --- Tennis: Australian Open final (Reuters) -------------------------------------------------
    ("en", "MELBOURNE, Jan 26 (Reuters) - Spain's Diego Marin claimed his first Australian Open crown on Sunday, beating world No. 1 Felix Andersson 6-3 6-7(4) 7-5 6-4 in a final that lasted three hours and 51 minutes.", True,
     [("date", "--01-26", None, None), ("ordinal", 1, None, None), ("ordinal", 1, None, None), ("duration", 3, "hour", None), ("duration", 51, "minute", None)], None),
    ("en", "The 22-year-old saved all 11 break points he faced and hit 58 winners.", True,
     [("duration", 22, "year", None), ("count", 11, None, None), ("count", 58, None, None)], None),
    ("en", "Marin became the first Spanish man to win in Melbourne since Rafael Nadal in 2022.", True,
     [("ordinal", 1, None, None), ("year", 2022, None, None)], None),
    ("en", "He collects A$4.15 million in prize money and will rise to third in the world rankings on Monday, according to the ATP.", True,
     [("money", 4150000, "AUD", None), ("ordinal", 3, None, None)], "the ATP"),
    ("en", "Andersson, who had won 19 consecutive matches coming into the final, was bidding for a fourth Grand Slam title.", True,
     [("count", 19, None, None), ("ordinal", 4, None, None)], None),
    ("en", "\"I have pictured this night in my head ever since I was a boy,\" Marin said, clutching the trophy.", False, [], None),
    ("en", "The Rod Laver Arena crowd rose as one when the final forehand landed.", False, [], None),
    # --- Cricket: India - England (Reuters) ------------------------------------------------------
    ("en", "VISAKHAPATNAM, India, Feb 5 (Reuters) - India beat England by 106 runs on the fourth day of the second Test on Monday to level the five-match series at 1-1.", True,
     [("date", "--02-05", None, None), ("count", 106, None, None), ("ordinal", 4, None, None), ("ordinal", 2, None, None), ("count", 5, None, None)], None),
    ("en", "Leg-spinner Arjun Mehra took five for 48 as England, set 399 to win, were bowled out for 292 in 69.2 overs.", True,
     [("count", 5, None, None), ("count", 48, None, None), ("count", 399, None, None), ("count", 292, None, None), ("count", 69.2, None, None)], None),
    ("en", "Opener Karan Desai made 209 in India's first innings, his maiden Test double century, off 290 balls with 19 fours and seven sixes.", True,
     [("count", 209, None, None), ("ordinal", 1, None, None), ("count", 290, None, None), ("count", 19, None, None), ("count", 7, None, None)], None),
    ("en", "Mehra's haul took his tally to 112 wickets in 21 Tests.", True,
     [("count", 112, None, None), ("count", 21, None, None)], None),
    ("en", "\"Pitches like this turn it into a lottery, but credit to them,\" England captain Tom Ashby said.", False, [], None),
    ("en", "The third Test starts in Rajkot on Feb. 15 and India will not change their attack, captain Rahul Verma told reporters.", True,
     [("ordinal", 3, None, None), ("date", "--02-15", None, None)], "Rahul Verma"),
    ("en", "England's batting collapse will raise fresh questions about their approach against spin.", False, [], None),
    # --- Rugby: Six Nations, Ireland - France (PA) -----------------------------------------------
    ("en", "DUBLIN (PA) - Ireland beat France 27-19 at the Aviva Stadium on Saturday to stay on course for a third consecutive Six Nations title.", True,
     [("ordinal", 3, None, None)], None),
    ("en", "Wing Cian Moran scored two of Ireland's three tries, and fly-half Eoin Dwyer kicked 12 points.", True,
     [("count", 2, None, None), ("count", 3, None, None), ("count", 12, None, None)], None),
    ("en", "France lost flanker Paul Mercier to a red card in the 52nd minute after a head-on-head collision.", True,
     [("ordinal", 52, None, None)], None),
    ("en", "A disciplinary panel later banned Mercier for three matches, Six Nations Rugby said in a statement.", True,
     [("count", 3, None, None)], "Six Nations Rugby"),
    ("en", "The attendance of 51,500 was a ground record for a Six Nations fixture.", True,
     [("count", 51500, None, None)], None),
    ("en", "\"That was Test match rugby at its brutal best,\" Ireland coach Liam Keane said.", False, [], None),
    ("en", "Ireland, on 14 points, lead England by four with two rounds remaining.", True,
     [("count", 14, None, None), ("count", 4, None, None), ("count", 2, None, None)], None),
    # --- Formula One: Singapore Grand Prix (Reuters) ---------------------------------------------
    ("en", "SINGAPORE, Oct 5 (Reuters) - Mercedes driver Luca Bianchi won the Singapore Grand Prix from pole position on Sunday, the 47th victory of his Formula One career.", True,
     [("date", "--10-05", None, None), ("ordinal", 47, None, None)], None),
    ("en", "The Italian finished 5.4 seconds ahead of Red Bull's Daan Vermeer after 62 laps under the floodlights.", True,
     [("duration", 5.4, "second", None), ("count", 62, None, None)], None),
    ("en", "Vermeer set the fastest lap on lap 58 and now trails championship leader Oscar Lind by 31 points with six races left.", True,
     [("ordinal", 58, None, None), ("count", 31, None, None), ("count", 6, None, None)], None),
    ("en", "Bianchi's win was Mercedes' first in Singapore since 2018.", True,
     [("ordinal", 1, None, None), ("year", 2018, None, None)], None),
    ("en", "The race was neutralised for four laps after a first-lap crash involving two cars.", True,
     [("count", 4, None, None), ("ordinal", 1, None, None), ("count", 2, None, None)], None),
    ("en", "\"Honestly, it was like driving in a sauna for two hours,\" Bianchi told reporters.", False,
     [("duration", 2, "hour", None)], None),
    ("en", "Can anyone stop Mercedes now that they have rediscovered their form?", False, [], None),
    # --- Athletics: Berlin Marathon (AP) ---------------------------------------------------------
    ("en", "BERLIN (AP) — Kenya's Daniel Kiptoo won the Berlin Marathon on Sunday in 2:02:48, the third-fastest time in history.", True,
     [("duration", 2, "hour", None), ("duration", 2, "minute", None), ("duration", 48, "second", None), ("ordinal", 3, None, None)], None),
    ("en", "Kiptoo, 26, covered the second half in 60 minutes 41 seconds and finished 71 seconds clear of Ethiopia's Tadese Bekele.", True,
     [("duration", 26, "year", None), ("ordinal", 2, None, None), ("duration", 60, "minute", None), ("duration", 41, "second", None), ("duration", 71, "second", None)], None),
    ("en", "Organisers said a record 54,280 runners started the race.", True,
     [("count", 54280, None, None)], None),
    ("en", "Conditions were near perfect, with a cool breeze drifting through the Tiergarten at the start.", False, [], None),
    # --- Doping and discipline (Reuters) ---------------------------------------------------------
    ("en", "LONDON, March 4 (Reuters) - British sprinter Marcus Reid has been banned for four years after testing positive for a prohibited steroid, UK Anti-Doping said on Tuesday.", True,
     [("date", "--03-04", None, None), ("duration", 4, "year", None)], "UK Anti-Doping"),
    ("en", "The 28-year-old, who won 200 metres bronze at the 2023 world championships, returned the sample in an out-of-competition test in August.", True,
     [("duration", 28, "year", None), ("count", 200, None, None), ("year", 2023, None, None)], None),
    ("en", "All of his results since Aug. 14, 2024 have been disqualified.", True,
     [("date", "2024-08-14", None, None)], None),
    ("en", "Reid, who denies wrongdoing, has 21 days to appeal, UKAD said.", True,
     [("duration", 21, "day", None)], "UKAD"),
    ("en", "\"This is a dark day for British athletics,\" said one former Olympic champion.", False, [], None),
    ("en", "Separately, the Football Association fined Newcastle midfielder Jonjo Baird £60,000 and banned him for three matches for improper conduct towards a referee.", True,
     [("money", 60000, "GBP", None), ("count", 3, None, None)], None),
    ("en", "Championship club Hull City were docked six points on Wednesday for breaching the league's financial rules, the EFL said.", True,
     [("count", 6, None, None)], "the EFL"),
    ("en", "The deduction drops Hull to 22nd, one point above the relegation zone.", True,
     [("ordinal", 22, None, None), ("count", 1, None, None)], None),
    # --- Money: broadcast rights and club finances (Reuters) -------------------------------------
    ("en", "LONDON, Dec 2 (Reuters) - The Premier League has sold its domestic broadcast rights for the four seasons from 2025-26 for a record 6.7 billion pounds, the league said on Monday.", True,
     [("date", "--12-02", None, None), ("count", 4, None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 6700000000, "GBP", None)], "the league"),
    ("en", "That is an increase of about 4% on the current three-year cycle.", True,
     [("percent", 4, "%", "about"), ("duration", 3, "year", None)], None),
    ("en", "Sky Sports will show at least 215 live matches a season, up from 128.", True,
     [("count", 215, None, "at_least"), ("count", 128, None, None)], None),
    ("en", "Premier League clubs generated combined revenue of 6.3 billion pounds in the 2023-24 season, according to Deloitte's annual review of football finances.", True,
     [("money", 6300000000, "GBP", None), ("year", 2023, None, None), ("year", 2024, None, None)], None),
    ("en", "Wages swallowed 63% of that revenue, the highest share since 2019.", True,
     [("percent", 63, "%", None), ("year", 2019, None, None)], None),
    ("en", "Critics say the windfall does little for clubs further down the pyramid.", False, [], None),
    ("en", "The NBA's 11-year media deals with Disney, NBC and Amazon, worth about $76 billion, take effect next season.", True,
     [("duration", 11, "year", None), ("money", 76000000000, "USD", "about")], None),
    ("en", "The World Series averaged 15.8 million viewers on Fox, up 9% from last year, the network said.", True,
     [("count", 15800000, None, None), ("percent", 9, "%", None)], "the network"),
    # --- Injuries (PA, AAP) ----------------------------------------------------------------------
    ("en", "LONDON (PA) - England captain Declan Foster will be out for three months after surgery on a torn hamstring, Chelsea said on Friday.", True,
     [("duration", 3, "month", None)], "Chelsea"),
    ("en", "The 27-year-old is expected to miss at least 14 matches, including both legs of the Champions League last 16.", True,
     [("duration", 27, "year", None), ("count", 14, None, "at_least"), ("count", 16, None, None)], None),
    ("en", "Foster has made 31 appearances in all competitions this season, scoring seven goals.", True,
     [("count", 31, None, None), ("count", 7, None, None)], None),
    ("en", "\"It's a massive blow, there's no hiding from that,\" Chelsea manager Paolo Varese told reporters.", False, [], None),
    ("en", "SYDNEY (AAP) - Wallabies fullback Tom Kinsella has been ruled out for up to six weeks with a fractured cheekbone, Rugby Australia said.", True,
     [("duration", 6, "week", "up_to")], "Rugby Australia"),
    ("en", "Kinsella, 24, suffered the injury in the 21st minute of Saturday's 33-29 win over the Springboks in Perth.", True,
     [("duration", 24, "year", None), ("ordinal", 21, None, None)], None),
    # --- AFL grand final (AAP) -------------------------------------------------------------------
    ("en", "MELBOURNE (AAP) - A crowd of 100,022 packed the MCG for Saturday's AFL grand final, the biggest attendance since 1986.", True,
     [("count", 100022, None, None), ("year", 1986, None, None)], None),
    ("en", "Brisbane won by 38 points to claim their second straight premiership and fifth overall.", True,
     [("count", 38, None, None), ("ordinal", 2, None, None), ("ordinal", 5, None, None)], None),
    ("en", "Lions midfielder Sam Prescott had 34 disposals and kicked two goals to win the Norm Smith Medal.", True,
     [("count", 34, None, None), ("count", 2, None, None)], None),
    ("en", "\"You dream about days like this when you're a kid kicking a footy in the backyard,\" Prescott said.", False, [], None),
    ("en", "It was a grand final for the ages.", False, [], None),
    # --- IPL auction (PTI) -----------------------------------------------------------------------
    ("en", "MUMBAI (PTI) - Wicketkeeper-batter Rohan Sethi became the most expensive player in IPL history on Tuesday when Lucknow bought him for Rs 27 crore at the auction in Jeddah.", True,
     [("money", 270000000, "INR", None)], None),
    ("en", "The 10 franchises spent a total of Rs 639.15 crore on 182 players, the IPL said.", True,
     [("count", 10, None, None), ("money", 6391500000, "INR", None), ("count", 182, None, None)], "the IPL"),
    ("en", "Sethi, 27, scored 741 runs at a strike rate of 156.3 last season.", True,
     [("duration", 27, "year", None), ("count", 741, None, None), ("count", 156.3, None, None)], None),
    ("en", "\"Money is just a number, I want to win trophies,\" Sethi told reporters.", False, [], None),
    # --- Records and milestones (AP) -------------------------------------------------------------
    ("en", "NEW YORK (AP) — Yankees slugger Tony Alvarez hit his 50th home run of the season on Friday, becoming the first player to reach that mark in three straight seasons.", True,
     [("ordinal", 50, None, None), ("ordinal", 1, None, None), ("count", 3, None, None)], None),
    ("en", "TORONTO (AP) — Maple Leafs captain Erik Lindholm scored his 400th career goal and added two assists as Toronto beat Montreal 5-2 on Saturday night.", True,
     [("ordinal", 400, None, None), ("count", 2, None, None)], None),
    ("en", "Lindholm reached the milestone in his 654th game, the fourth-fastest in NHL history.", True,
     [("ordinal", 654, None, None), ("ordinal", 4, None, None)], None),
    ("en", "\"It's a special number, but I'd trade it for a win in June,\" Lindholm said.", False, [], None),
    # --- Women's Super League: Chelsea - Arsenal (Reuters) ---------------------------------------
    ("en", "LONDON (Reuters) - Chelsea beat Arsenal 2-1 in the Women's Super League in front of 38,417 fans at Stamford Bridge on Sunday, a record for a WSL match at the ground.", True,
     [("count", 38417, None, None)], None),
    ("en", "Forward Guro Lund scored both goals, taking her tally to 15 in 11 league games.", True,
     [("count", 15, None, None), ("count", 11, None, None)], None),
    ("en", "Chelsea have won all 11 of their matches and lead Manchester City by seven points.", True,
     [("count", 11, None, None), ("count", 7, None, None)], None),
    ("en", "Arsenal sit fourth, nine points behind Chelsea.", True,
     [("ordinal", 4, None, None), ("count", 9, None, None)], None),
    ("en", "\"The atmosphere gave me goosebumps,\" Lund said.", False, [], None),
    # --- Alpine skiing: St. Moritz super-G (Reuters) ---------------------------------------------
    ("en", "ST. MORITZ, Switzerland, Dec 13 (Reuters) - American Jessie Hart won a World Cup super-G on Saturday by one hundredth of a second, her 12th career victory.", True,
     [("date", "--12-13", None, None), ("duration", 0.01, "second", None), ("ordinal", 12, None, None)], None),
    ("en", "Switzerland's Lara Keller was second and Italy's Sofia Berti third, 0.36 seconds back.", True,
     [("ordinal", 2, None, None), ("ordinal", 3, None, None), ("duration", 0.36, "second", None)], None),
]
