"""Three-hundred-and-fourteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, storms and figures are
made up (Tobias Reißmüller, Ilka Brandstätter, Lea Pfistermeister, Gregor Wimmelbacher,
Elias Kiprono, Abdi Tessema, Samuel Mutua, Meseret Alemu, Hanna Liebscher, Bachhuber,
Okonkwo, Jonas Kirchhoff, Moritz Ehrenreich, Pekka Lindroos, Jonas Brückl, Jannis
Thormählen, Matteo Ravelli, Kenji Morisaki, Lewin Hallmeier, Clemens Baumgartl, the firm
Hesselmann, the Finanzinvestor Arvane Capital, the Analysehaus Graystone; Caio Brandão,
Renata Azevedo-Lins, Otávio Lemke, Hanna Kellerhoff, Tane Whitmore, Adebanjo, Elias
Brannagan, Dario Valdespino, Curt Osgood, Luis Ferrante, Cole Brandvold, Darnell Whitsett,
Iker Castellanos, Marla Quince, Farrah Lindqvist-Obi, Nordholm Shipping, Carvell Lines,
Signe Rasmussen-Holt, Gwen Ashbury, Typhoon Meilan; every unnamed dealer, trader,
economist, organiser and protester); holders of real offices appear under made-up names
that stand for no real holder (the CSU's general secretary, the Bavarian SPD's chair, the
Free Voters' leader, the Festleiter of the Oktoberfest, the mayor of Sao Paulo, a Treasury
minister) or by their role only ("der CSU-Vorsitzende", "Bundeskanzler", "der
Nato-Generalsekretär", "the shadow chancellor", "Rio de Janeiro mayor", "a dealer at a
Seoul brokerage"). Real states, parties, bodies, clubs, leagues, indices, places and things
(CSU, AfD, Grüne, Freie Wähler, SPD, FDP, CDU, ARD, ZDF, infratest dimap, Forschungsgruppe
Wahlen, Landeswahlleiter, Kanton Zürich and its Staatskanzlei, Kanton Bern, Köln-Marathon,
SC Freiburg, 1. FSV Mainz 05, VfB Stuttgart, Werder Bremen, Hannover 96, Hertha BSC, DEL,
Kölner Haie, Adler Mannheim, THW Kiel, SG Flensburg-Handewitt, Landespolizeidirektion
Salzburg, Salzachtal-Bundesstraße, Golling, Oktoberfest, Theresienwiese, Statistik Austria,
Arbeiterkammer, KSV1870, ATX, Dax, MDax, TecDax, Nikkei 225, Brent, WTI, Eurostat,
Bundesamt für Statistik, Nationalbank, HCOB, Flughafen München, Bundespolizei,
Flughafenverband ADV, Saarbrücken, Stockholm; the Superior Electoral Court, Sao Paulo, Rio
de Janeiro, the University of Passau, the NRL, the Cronulla Sharks, the Brisbane Broncos,
Accor Stadium, the Premier League and its clubs, the Seattle Mariners and the MLB and NFL
clubs, the Marina Bay circuit, the U.S. Geological Survey, Eureka, the Conservative Party,
Birmingham, the Nikkei, the Kospi, the Bank of Japan's tankan, Golden Week, Gandhi Jayanti,
Nationwide, S&P Global, the European Central Bank, the Central Weather Administration, the
Central Emergency Operation Center, Taiwan Power, Pingtung, the Dow, the S&P 500, the
Nasdaq, and the datelines' cities) stand for the way wire copy names them; every
projection, tally, seat, share, turnout, level, price, result, time, crowd, sum, age, date
and quote here is invented, and where a real figure came to mind (a real state election
result or turnout, a real euro zone jobless rate, a real house price, a real PMI or gold
price) it was changed (the Oktoberfest's calendar and the holidays kept).

Its weight: HEADLINES, FLASHES AND TICKERS, sixth round (the hundred-eighty-second,
two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth, two-hundred-and-eighty-second
and two-hundred-and-ninety-ninth batches were the first five, the thirty-second and
forty-third weighed flashes, tickers and short forms before them, and their decisions are
kept; where the hundred-eighty-second and the two-hundred-and-twenty-eighth differ, the
two-hundred-and-twenty-eighth's reading is kept, as the three later rounds kept it) - this
time one election night and the morning after (Sunday, October 1, and Monday, October 2,
2028), in story order as the desks file them, the German and English stories interleaved,
each row one line as sent, and in forms the earlier rounds did not use. Weighed this round:
election-night running tallies (projections, counts in progress with their clock stamps,
seat lines, turnout factboxes, an exit poll's share), verb-less headline claims, flashes
and version slugs not met before, market tickers and currency lines, sports result lines
with half-time and full-time labels, diary and agenda lines in new forms, and headline-style
opinion, teasers, questions and labels each beside a claim headline that looks like it.
Half German (dpa with "Eil +++ ... +++", its election ticker, "Update" lines, Termine and a
weekly agenda, dpa/lby, SID; dpa-AFX with "Aktien Asien:", "TAGESVORSCHAU:", the agenda form
"09:55 DEU:", "Aktien Frankfurt Ausblick:", "AKTIE IM FOKUS:", "ANALYSE-FLASH:",
"Ölpreise:"; APA with a dash dateline, "Aktien Wien Eröffnung:" and a source headline;
Reuters German with "Reuters-Eilmeldung:"; Keystone-SDA and awp with Swiss "gutgeheissen",
«» quotes; German „“ quotes): the Bavarian state election from the midday turnout to the
provisional result and the next day's talks, a cantonal vote in Zurich and one in Bern, the
Cologne marathon, Sunday's Bundesliga, DEL and handball lines, tennis in Tokyo, Formula One,
the Oktoberfest's interim count, a fatal crash near Golling, Monday's diary and weekly
agenda, Asian and Frankfurt markets, Austrian inflation, the Vienna open and insolvencies,
euro zone unemployment, a takeover bid with an analyst's target, a drone alarm at Munich
airport, Swiss inflation and the German factory PMI. Half English (Reuters with FLASH,
"UPDATE 3-", "UPDATE 4-", "INSTANT VIEW-", "ANALYSIS-", "TABLE-", "GLOBAL MARKETS-",
"EMERGING MARKETS-", "POLL-", "REFILE-UPDATE 1-", "BRIEF-", "WRAPUP 1-", "RPT-", "DIARY-",
"US STOCKS-", "GOLD-", "OIL-", "Morning Bid:", the sports slugs "Athletics-", "Rugby
league-", "Soccer-", "Baseball-", "American Football-", "Tennis-", "Motor racing-", and
live files with GMT stamps; AP with BREAKING; PA with its own live lines): Brazil's municipal
elections with Sao Paulo's running count, the Bavarian vote in English with a table and
reactions, the Cologne marathon, the NRL Grand Final, the Premier League, the last day of
the baseball season and Sunday's NFL, the Singapore Grand Prix, a quake off California,
the Conservative conference and the shadow chancellor's speech, Asian markets with the
tankan and currency pairs, UK house prices and the factory PMI, an ECB poll, a shipping
takeover with its refile note, a typhoon in Taiwan, the next fortnight's diary and U.S.
futures, gold and oil. Figures as such lines write them: tallies after a unit heading
("Angaben in Prozent:"), shares with the unit written once, seats, districts counted "84
von 91", percentages of machines counted, changes in "Punkte" and "points", turnout with
the last election's year in brackets, index levels and signed moves, pairs and prices with
the dollar sign after the figure, race clocks with "Std." and without a unit, agate minutes
with added time ("90+3"), seeds in brackets ("ITA/3"), extra innings, ages, spans, years
and dates heading agenda lines. About a quarter negatives as such copy has them: headings
and frames, teasers and teaser questions, headline-style opinion without a column label,
labels and quotes of feeling and rhetoric, scene and mood lines of a ticker, an
expectation, fears, a verdict, forecasts without a figure, an open question, advice, ticker
filler and a refile note - none of them carrying a figure.

238 rows (120 German, 118 English), 59 negatives (30 German, 29 English), 179 check-worthy
rows of which 28 carry no figure (16 German, 12 English), 308 expected quantities (95
percentages - 92 in %, 3 in percentage points -, 94 counts, 38 ordinals, 35 durations - 9 in
years, 8 in seconds, 6 in hours, 6 in minutes, 2 in weeks, 2 in days, 2 in months -, 19
dates, 19 amounts of money - 10 USD, 4 GBP, 3 EUR, 2 JPY -, 6 years, 2 fractions; none of
them in a negative), 35 checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  the five earlier rounds). A headline with or without a verb that states an event or a
  figure is check-worthy with its figures: "Bayern hat gewählt: CSU 37,8 Prozent, AfD 16,6
  Prozent, Grüne 13,1 Prozent", "Eil +++ Inflation in Österreich im September bei 2,7
  Prozent +++", "Schweiz: Teuerung im September bei 0,4 Prozent", "Euroraum:
  Arbeitslosenquote im August unverändert bei 5,9 Prozent", "Wiesn-Zwischenbilanz nach 16
  Tagen: rund 5,9 Millionen Besucher" 16 days and 5,900,000 "about", "Fundbüro-Bilanz: 1.140
  Fundstücke, darunter 212 Handys ..." ("darunter" no hedge), "UK house prices: first
  monthly fall since March" ordinal 1, "Rio de Janeiro mayor re-elected in first round with
  54.3%", "Tankan: big manufacturers' mood index at plus 9 in third quarter, down from plus
  11", "Final seats: ...". A region before a headline's colon is a slug ("Euroraum:",
  "Schweiz:"; hundred-eighty-second), a source before it stays unchecked ("KSV1870:",
  "Tankan:"; two-hundred-and-twenty-eighth), and so does a source after a closing dash ("-
  Nationwide", "- ARD projection", "- electoral court") and the present "says" ("USGS says",
  "Taiwan Power says", "economists say"; the five rounds).
- Flash, version and desk slugs carry nothing and the line is judged on what follows them
  (the five rounds): "FLASH:", "BREAKING:", "Reuters-Eilmeldung:", "Update 7.52 Uhr:",
  "Update 11.40 Uhr:", "BRIEF-", "US STOCKS-", "GOLD-", "OIL-", "Ölpreise:", "Soccer-",
  "Tennis-", "American Football-". New: the forms not met before carry nothing either -
  dpa's short flash "Eil +++ ... +++" (read as "+++ Eilmeldung +++ ... +++",
  two-hundred-and-twenty-eighth), "UPDATE 3-" and "UPDATE 4-" (the figure numbers the
  version, as in "UPDATE 2-"), "REFILE-UPDATE 1-" (two stacked slugs, each carrying
  nothing), "RPT-" (Reuters' repeat, read as "WDH:" and "REFILE-"), "WRAPUP 1-", "GLOBAL
  MARKETS-", "EMERGING MARKETS-", "POLL-", "Athletics-", "Rugby league-", "Baseball-",
  "Motor racing-", "Aktien Asien:", "Aktien Frankfurt Ausblick:", "Aktien Wien Eröffnung:",
  "AKTIE IM FOKUS:", "ANALYSE-FLASH:", and "Leichtathletik:" and "Formel 1:" heading a
  brief. "POLL-ECB to hold deposit rate at 1.75% until mid-2029, economists say" is
  check-worthy with 1.75 % and 2029 - a poll's figure (two-hundred-and-seventy-sixth: the
  YouGov share) and a forecast with a figure (hundred-eighty-second: "bis zu 31 Grad");
  "Aktien Frankfurt Ausblick: Broker taxieren Dax 0,2 Prozent höher auf 24.380 Punkte" is
  the brokers' published indication and check-worthy, while "Händler erwarten nach der
  Bayern-Wahl einen eher ruhigen Wochenstart." - an expectation without a figure - is a
  negative; "ANALYSE-FLASH: Graystone hebt Ziel für Hesselmann auf 66 Euro – 'Halten'" is an
  act of record with its target in EUR, as the earlier batches' Kursziel rows. New: the
  headings "INSTANT VIEW-Reactions to ...", "TABLE-Bavarian state election: ...", "DIARY-Top
  economic and political events ...", "TAGESVORSCHAU: ...", "dpa-AFX Börsentag auf einen
  Blick: ...", "Die Woche im Überblick: ...", "Was heute wichtig wird: ..." and the column
  title "Morning Bid: ..." are headings and negatives, as "STICHWORT:", "FACTBOX-" and
  "Reuters diary:" (hundred-eighty-second, two-hundred-and-sixty-sixth);
  "ANALYSIS-Why Bavaria's vote will echo far beyond Munich" names the topic of an analysis
  and is a teaser, as "FOCUS-" (two-hundred-and-eighty-second).
- New: headline-style opinion. A headline that gives a verdict is a negative without a
  column label as with one ("Kommentar:", "Opinion:"; two-hundred-and-twenty-eighth,
  two-hundred-and-sixty-sixth), also when it opens as a claim headline does: "Bayern hat
  gewählt – und Berlin sollte jetzt sehr genau hinhören" beside "Bayern hat gewählt: CSU
  37,8 Prozent, ...", "The Tories' tax pledge is a fantasy the country cannot afford" beside
  "Shadow chancellor to pledge £12bn of tax cuts ...", "Bavaria's message to Berlin: the
  centre cannot hold", "Brazil's runoff is a choice between two kinds of failure" and „Der
  große Verlierer dieser Wahl sitzt nicht in München, sondern in Berlin.“. New: scene and
  mood lines of a live ticker ("17.40 Uhr: In der CSU-Landesleitung herrscht ... gespannte
  Zuversicht.", "18.02 Uhr: Jubel im Saal der CSU, betretenes Schweigen bei den
  Liberalen.", "1105 GMT - Loud applause in the hall ...") are negatives - they report a
  mood, as traders' mood does (hundred-eighty-second, two-hundred-and-sixty-sixth). Teasers,
  teaser questions, link frames and ticker filler stay negatives (the five rounds): "18.50
  Uhr: Wer regiert mit wem? ...", "20.30 Uhr: Ist die Ära der Volksparteien ... vorbei?",
  "Sinkt die Inflation jetzt dauerhaft? ...", "Warum gerade diese Strecke so gefährlich ist
  – eine Spurensuche", "Who is Renata Azevedo-Lins? ...", "Is this finally Villa's year?
  ...", "Is now the time to buy? ...", "Live: Bavaria votes in a key test ..." (as "Live
  updates:"), "0.10 Uhr: Damit schließen wir unseren Wahlticker ..." (as "Dieser Ticker wird
  laufend ergänzt"), and the refile note "(Refiles to fix spelling of chief executive's
  name)".
- New: election-night running tallies. A projection, a count in progress and a tally line
  are check-worthy with each figure, the clock stamp carrying none ("Stand 15.20 Uhr:",
  "18.00 Uhr:", "22.40 Uhr:", "2114 GMT -", "1745 GMT -"): "148 von 160 Gemeinden
  ausgezählt – Ja-Anteil ... 55,9 Prozent", "Ausgezählt sind 84 von 91 Stimmkreisen, ...
  37,9 Prozent", "With 61% of voting machines counted ..., Mayor Caio Brandão has 39.1%,
  ... 30.8% and ... 17.9%", "With 88% counted, the gap narrows: ...", "With 97.4% of
  voting machines tallied, ...". New: "Angaben in Prozent:" heading a tally gives its unit
  to each figure after it ("CSU 38,5 – AfD 16,5 – ..." six percentages), as a unit written
  once serves the later figures ("CSU 38,1 Prozent, AfD 16,4, Grüne 13,2, ..."; thirtieth);
  seat lines are counts ("CSU 79, AfD 34, ... – zusammen 183 Sitze", "Final seats: ...;
  total 183", "zusammen" and "total" no hedge; "Die CSU holte 83 der 91 Stimmkreise, die
  Grünen sechs ..."); "Erste Hochrechnung" ordinal 1 (hundred-third: "laut der ersten
  Hochrechnung") and "Second ZDF projection" ordinal 2; "zweitstärkste Kraft" ordinal 2 (the
  issue's „die drittgrößte Stadt“); "die Fünf-Prozent-Hürde" and "the 5% threshold" percent
  5 with no hedge ("unter der" before the article; twenty-third). A party's change in
  "Punkte" or "points" is percentage points (twenty-third: „um 3,7 Punkte“, "four points
  ahead"): "verliert 2,6 Punkte, die AfD gewinnt 1,9 Punkte hinzu" 2.6 and 1.9 "pp" (a verb
  gives no sign), "down almost three points from 2023" 3 "pp" "nearly" and the year; an
  index's "Punkte" stay counts in the same batch ("Der Index lag damit 0,5 Punkte unter der
  ersten Schätzung." 0.5 with "unter" after the figure no hedge, and ordinal 1; "bei 47,3
  Punkten"). "Wahlbeteiligung: 71,2 Prozent (2023: 74,1 Prozent)" gives both shares and the
  year in brackets, as "(Vorjahr: ...)" and "Umsatz 2025:" (hundred-eighty-second);
  "vor fünf Jahren" 5 years; „knapp jeder fünfte Wähler unter 25 Jahren“ 0.2 "nearly" and 25
  years "under"; "more than half of valid votes ... in the first round" 0.5 "over" and
  ordinal 1; "About 9.3 million people were eligible to vote" "about".
- Results lines (thirty-fifth, forty-sixth, hundred-fifty-third and the five rounds): scores
  carry none ("2:0 (1:0)", "4:3 n.P. (1:1, 2:0, 0:2, 0:0)", "31:29 (15:16)", "6:4, 7:6
  (7:5)", "Brisbane 12 Cronulla 6", "beat Texas 7-3", "Buffalo 38 Miami 10; ... (OT)"), and
  a line with a score only is check-worthy without a figure. New: "HT:", "FT:" and
  "Pausenstand in Freiburg:" label a score as a slug labels a line, carry nothing, and the
  half-time and full-time lines are check-worthy without a figure. New: "Adebanjo 90+3 pen"
  gives ordinal 90 and ordinal 3 - the third minute added after the 90th, each read as an
  agate minute ("Bachhuber (38., Foulelfmeter)" 38). New: "Matteo Ravelli (ITA/3)" gives
  ordinal 3 - the seed after the nation in the bracket, as "Third seed" (two-hundred-and-
  ninety-ninth); "(ITA)", "(KEN)" none. New: "(10 innings)" is a count 10, as "after 62
  laps" is 62. New: "2:06:31 Std." is 2 hours, 6 minutes and 31 seconds - "Std." is the
  abbreviation of "Stunden" and the colon form reads one duration per unit from the largest
  (hundred-fifty-third), as the bare race clocks of the results line ("2:06:58", "2:07:40")
  and "in 2:21:09 Stunden" do; "mit 48 Sekunden Vorsprung" 48 seconds, "4.218 seconds ahead"
  4.218 seconds, "with 41 seconds left" 41 seconds. Place numbers are ordinals ("1. Elias
  Kiprono", "2. Abdi Tessema", "3. Samuel Mutua"), so are "5. Spieltag", "6. Spieltag", "7.
  Spieltag", "8. Spieltag", "auf Rang drei", "den vierten Sieg in Serie", "sixth straight
  win", "second NRL title", "his fourth of the season", "wird Dritter", "Liebscher best
  German in second" and "second division title"; "1. FSV Mainz 05", "2. Bundesliga" and
  "Hannover 96" none (names); "scored twice" 2, "came from six points down" 6, "a crowd of
  81,204", "vor 18.600 Zuschauern", "on 19 points, two ahead", "a 54-yard field goal" 54 (a
  figure heading a compound), "312 yards and three touchdowns", "in 24 consecutive games",
  "one game ahead" 1 (two-hundred-and-twenty-eighth: "one more rate cut" 1), "in four
  seasons" a count (a season is no unit of duration), "within 12 points" 12 ("within" no
  hedge) and "after 62 laps" counts; "2,2 Millionen Dollar" prize money in USD.
- Diary and agenda lines (two-hundred-and-twenty-eighth and later) are check-worthy without
  a figure, the clock none ("10.00 Uhr: Pressekonferenz des CSU-Vorsitzenden ...", "11.00
  Uhr: Sitzungen der Parteigremien ...", "13.00 Uhr: Bundeskanzler empfängt ..."). New:
  dpa-AFX's agenda form "09:55 DEU: Einkaufsmanagerindex Industrie September, endgültige
  Zahl", "11:00 EUR: Arbeitslosenquote August", "16:00 USA: ISM-Index Industrie September" -
  the clock and the country code carry nothing. New: agenda lines headed by their date give
  it as a date without a year and are check-worthy as scheduled events, as a chronology's
  heading date is the entry's date (hundred-eighty-second): "Oct. 5 - European Central Bank
  publishes ..." --10-05, "Oct. 6 - United States - ..." --10-06, "Oct. 12 - Britain - ..."
  --10-12, „Dienstag, 3. Oktober: Tag der Deutschen Einheit ...“ --10-03, „Donnerstag, 5.
  Oktober: ...“ --10-05, „Freitag, 6. Oktober: ...“ --10-06. "closed through Oct. 6"
  --10-06 ("through" no hedge), "head for Oct. 29 runoff" --10-29, „spätestens am 30.
  Oktober“ --10-30 with no hedge (hundred-eighty-second after the hundred-forty-fifth:
  "bis spätestens 2040").
- Tickers and market lines (hundred-eighty-second, two-hundred-and-sixty-sixth,
  two-hundred-and-eighty-second, two-hundred-and-ninety-ninth): index levels are counts
  ("41,208.35", "41,150.12", "24.380", "24.402", "29.870", "3.612", "4.706,18"); a sign
  glued to a figure is its sign ("(-0,1 %)" -0.1, "(+0,3 %)" 0.3), a direction word gives
  none ("Nikkei down 0.8%", "schließt 0,9 Prozent tiefer", "Kospi falls 1.1%", "closed down
  0.9%"); index names carry none ("Nikkei 225", "MDax", "TecDax", "S&P 500"); "Dow e-minis
  were up 85 points, or 0.2%" 85 and 0.2; "its lowest close in three weeks" 3 weeks. A
  currency pair is quoted in its second currency (sixty-second: "EUR/USD 1,0842" USD,
  "USD/JPY 151.20" JPY): "EUR/USD 1.1318" and "GBP/USD 1.2931" USD, "USD/JPY 139.40" JPY;
  "the yen firmed to 139.40 per dollar" 139.4 JPY (sixty-second: "past 7.30 per dollar"
  CNY). New: "Brent 84,12 $ (+0,3 %), WTI 80,45 $ (+0,2 %)" - the dollar sign after a German
  figure is USD as before it. New: the tankan's "at plus 9 ..., down from plus 11" gives
  counts 9 and 11 - a diffusion index reading is a level as index points are, and "plus"
  neither hedge nor sign (twenty-first: "plus 9,4 Prozent"); "in third quarter" ordinal 3
  (two-hundred-and-sixty-sixth). "above $4,450" "over" (two-hundred-and-ninety-ninth:
  "climbs above $71,000"), "to $84.10", "£12bn" 12,000,000,000 GBP (hundred-thirtieth:
  "£11.3bn"), "$2.4 billion", "about $180 million" "about", "64,50 Euro je Aktie" ("je
  Aktie" none), "einem Aufschlag von 31 Prozent", "the world's fifth-largest carrier"
  ordinal 5.
- Counts, durations, money and hedges as every batch: "rund 9,4 Millionen
  Wahlberechtigte", "Mit rund 14.500 Gemeldeten", "Rund 10,8 Millionen Menschen ..., etwa
  40.000 weniger" ("weniger" after the figure no hedge), "about 120,000 of 180,000 affected
  households", "About 11,000 delegates" "about"; "bei über 60 Prozent" "over" ("bei" no
  hedge); "mindestens drei Ministerien" "at_least"; "auf höchstens 15,80 Euro je Maß"
  "at_most"; "bis zu zwei Stunden", "up to £500,000" "up_to"; "etwa drei Wochen", "für rund
  50 Minuten" "about"; "erstmals seit 14 Monaten wieder unter 3 Prozent" 14 months and 3 %
  "under" ("erstmals" none), "for 14 consecutive months" 14 months, "a three-year contract
  extension" 3 years, "over five years" 5 years ("over" before a span no hedge), "runs for
  four days" 4 days; ages in years ("Ein 54-jähriger Autolenker", "Whitmore, 23,", "Brandão,
  61,", "Brandvold, 27,", "Newcastle's Elias Brannagan, 19,"); "Only nine of them" 9
  ("Only" no hedge); "58 of 71 economists"; "Fourteen people" 14; "Two more bodies" 2
  ("more" after the figure no hedge); "death toll rises to five" 5; "three dead and 46 hurt";
  "23 Starts und Landungen ..., elf Maschinen"; "412 Einsätze"; "312 Stimmen Vorsprung";
  the quake's "Magnitude 6.1" and the revision "to 5.9 from 6.1" counts
  (hundred-thirty-fifth; a source's revision is check-worthy, two-hundred-and-twenty-eighth),
  "about 80 kilometers (50 miles)" 80 "about" and 50 (thirty-second), "at a depth of 10
  kilometers", "175 km per hour" 175. None: clock times ("Bis 14.00 Uhr", "11:42 p.m.",
  "0700 GMT", "0815 GMT", "0642 ET", "1045 GMT"), "am Montagmorgen", "in der Nacht zum
  Montag", "bis Sonntagabend", "heuer", "vor einem Jahr", "ein Jahr zuvor", "im Schnitt",
  "last week", "next year", "since the summer", "in the first hours", "in mehreren
  Landgemeinden", "nach beiden Prognosen", "einstimmig", "ein Hochzeitskleid", "Brazil's
  largest city", "first-time buyers" (an earlier batch: "A typical first-time buyer").
- Years and dates: "from 2023", "(2023: ...)", "in 2025", "mid-2029", "the middle of 2029"
  and "by 2030" the years; Reuters datelines with a day ("MUNICH, Oct 1", "SAO PAULO, Oct
  1", "SYDNEY, Oct 1", "SEATTLE, Oct 1", "SINGAPORE, Oct 1" --10-01; "TOKYO, Oct 2",
  "LONDON, Oct 2", "BENGALURU, Oct 2", "COPENHAGEN, Oct 2", "TAIPEI, Oct 2" --10-02); dpa,
  APA (and the dash dateline "Salzburg –"), Keystone-SDA, awp, Reuters German, AP ("EUREKA,
  Calif. (AP) —") and PA ("BIRMINGHAM (PA) -") datelines none (seventy-ninth,
  hundred-eighty-second).
- Speakers, checked only in forms the earlier batches settled, never in a headline:
  "nach Angaben des Landeswahlleiters" and "teilte der Landeswahlleiter in der Nacht zum
  Montag mit" -> "der Landeswahlleiter" (the time dropped as a weekday is), "teilte die
  Staatskanzlei mit", "teilte der Veranstalter mit", "nach Angaben des Vereins" -> "der
  Verein", "teilte die Landespolizeidirektion Salzburg mit", "Laut Polizei" -> "Polizei"
  (thirtieth), "teilte die Partei mit" and "teilte die Flughafengesellschaft mit" (a body by
  its common noun, two-hundred-and-ninety-ninth: "teilte der Versorger mit"), "nach Angaben
  der Bundespolizei" -> "die Bundespolizei", "teilte der KSV1870 am Montag mit" -> "der
  KSV1870", "teilte das Bundesamt für Statistik (BFS) mit" (the abbreviation in brackets
  dropped), "teilte Eurostat am Montag mit" -> "Eurostat" and "teilte Hesselmann am Montag
  mit" -> "Hesselmann" (a name without an article, thirty-second: "teilte Stromnetz Berlin
  mit"), "..., sagte Reißmüller." and "..., sagte Baumgartl." the surname, "FW-Chef Gregor
  Wimmelbacher sagte, ..." and "Haie-Trainer Pekka Lindroos sagte, ..." the name with the
  title dropped. English: "the Superior Electoral Court said", "the U.S. Geological Survey
  said", "the Central Weather Administration said" and "the Central Emergency Operation
  Center said" with their article, "the court said", "the club said", "the team said", "the
  league said" (a body by its common noun, hundred-twenty-third), "The party said" -> "the
  party" (the article lowered, hundred-fourteenth), "..., police said." -> "police"
  (hundred-eighty-second), "S&P Global said" as written, "Nationwide chief economist Farrah
  Lindqvist-Obi said" and "Treasury minister Gwen Ashbury said" the name with the role
  dropped, "Nordholm Chief Executive Signe Rasmussen-Holt told reporters" -> "Signe
  Rasmussen-Holt", "Azevedo-Lins told reporters", "Castellanos told reporters" and
  "Kellerhoff said ..." opening the row the surname (two-hundred-and-fourth,
  two-hundred-and-forty-fourth). Left unchecked (None): headline colons and closing dashes,
  the present "says" and "tells" ("USGS says", "Taiwan Power says", "The shadow chancellor
  tells the hall"), "teilte das Wahlamt der Stadt mit" (a genitive tail no batch settled),
  documents and surveys ("laut Schnellschätzung der Statistik Austria", "Laut
  Nachwahlbefragung von infratest dimap", "wie aus der Umfrage des Finanzdienstleisters
  HCOB hervorging", "according to a projection for broadcaster ZDF"), "Die Polizei zählte" (no verb of saying), "mortgage lender Nationwide said"
  (a description heading the source, two-hundred-and-sixty-sixth), "according to the fire
  agency" and "according to 58 of 71 economists polled by Reuters", "organisers said",
  "hieß es", rows without attribution and all negatives, also those with a named speaker.
- Negatives (fourteenth, thirty-second, forty-third, ninety-eighth, two-hundred-and-fourth
  and the five rounds), besides the headings, teasers, opinion headlines, mood lines and
  notes above: labels ("sprach von einem «teuren Geschenk ...»", „spricht von einem
  „bitteren Abend ...““, „nannte den Rückgang „...““, „nannte die Offerte „...““, „sprach
  von einem „inakzeptablen Risiko ...““, "called the arrests ...", "called the plans ...",
  "called the sale ..."); quotes of feeling and rhetoric (Reißmüller, Pfistermeister,
  Liebscher, Kirchhoff, Thormählen, Baumgartl, Wimmelbacher, Azevedo-Lins, Kellerhoff,
  Whitmore, Osgood, Whitsett, Castellanos, Quince, Rasmussen-Holt, the Seoul dealer);
  traders' mood ("Traders said the mood was cautious ..."); an expectation and forecasts
  without a figure ("Händler erwarten ...", "Der Gläubigerschutzverband rechnet ... mit
  keiner Trendwende.", „Ein Ende der Talfahrt sei vorerst nicht in Sicht, hieß es ...“);
  a fear ("Some economists fear ..."); a verdict with „halten ... für“; an open question
  ("Wer die Drohne gesteuert hat, ist bislang völlig unklar."); advice ("People in
  low-lying coastal areas should stay indoors ..."). As the brief for these batches asks,
  negatives carry no expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_314 = [
    # --- Landtagswahl in Bayern: Wahltag (dpa), Sonntag, 1. Oktober ---
    (
        "de",
        "München (dpa) - In Bayern sind am Sonntag rund 9,4 Millionen Wahlberechtigte zur Wahl eines neuen Landtags aufgerufen.",
        True,
        [("count", 9400000, None, "about")],
        None,
    ),
    (
        "de",
        "16.30 Uhr: Bis 14.00 Uhr haben nach Angaben des Landeswahlleiters 44,6 Prozent der Wahlberechtigten ihre Stimme abgegeben, vor fünf Jahren waren es zur selben Zeit 41,2 Prozent.",
        True,
        [("percent", 44.6, "%", None), ("duration", 5, "year", None), ("percent", 41.2, "%", None)],
        "der Landeswahlleiter",
    ),
    ("de", "17.40 Uhr: In der CSU-Landesleitung herrscht kurz vor der Prognose gespannte Zuversicht.", False, [], None),
    # --- Kantonale Abstimmung in Zürich (Keystone-SDA), Sonntag ---
    (
        "de",
        "Stand 15.20 Uhr: 148 von 160 Gemeinden ausgezählt – Ja-Anteil bei der Stipendien-Vorlage 55,9 Prozent",
        True,
        [("count", 148, None, None), ("count", 160, None, None), ("percent", 55.9, "%", None)],
        None,
    ),
    (
        "de",
        "Zürich (Keystone-SDA) - Das Zürcher Stimmvolk hat am Sonntag die Erhöhung der kantonalen Stipendien mit 56,3 Prozent Ja-Stimmen gutgeheissen.",
        True,
        [("percent", 56.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 38,7 Prozent, teilte die Staatskanzlei mit.",
        True,
        [("percent", 38.7, "%", None)],
        "die Staatskanzlei",
    ),
    ("de", "Das gegnerische Komitee sprach von einem «teuren Geschenk auf Kosten des Mittelstands».", False, [], None),
    (
        "de",
        "In der Stadt Zürich sagten 68 Prozent Ja, in mehreren Landgemeinden lag der Nein-Anteil bei über 60 Prozent.",
        True,
        [("percent", 68, "%", None), ("percent", 60, "%", "over")],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - Im Kanton Bern ist eine Senkung der Motorfahrzeugsteuer mit 52,8 Prozent Nein-Stimmen abgelehnt worden.",
        True,
        [("percent", 52.8, "%", None)],
        None,
    ),
    # --- Municipal elections in Brazil (Reuters), Sunday ---
    (
        "en",
        "2114 GMT - With 61% of voting machines counted in Sao Paulo, Mayor Caio Brandão has 39.1%, lawmaker Renata Azevedo-Lins 30.8% and centrist Otávio Lemke 17.9%.",
        True,
        [
            ("percent", 61, "%", None),
            ("percent", 39.1, "%", None),
            ("percent", 30.8, "%", None),
            ("percent", 17.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "2207 GMT - With 88% counted, the gap narrows: Brandão 38.8%, Azevedo-Lins 31.1%.",
        True,
        [("percent", 88, "%", None), ("percent", 38.8, "%", None), ("percent", 31.1, "%", None)],
        None,
    ),
    (
        "en",
        "About 9.3 million people were eligible to vote in Sao Paulo, Brazil's largest city.",
        True,
        [("count", 9300000, None, "about")],
        None,
    ),
    (
        "en",
        "FLASH: Sao Paulo mayor Brandão and leftist Azevedo-Lins head for Oct. 29 runoff - electoral court",
        True,
        [("date", "--10-29", None, None)],
        None,
    ),
    (
        "en",
        "SAO PAULO, Oct 1 (Reuters) - With 97.4% of voting machines tallied, Brandão had 38.6% of valid votes against 31.2% for Azevedo-Lins, the Superior Electoral Court said.",
        True,
        [
            ("date", "--10-01", None, None),
            ("percent", 97.4, "%", None),
            ("percent", 38.6, "%", None),
            ("percent", 31.2, "%", None),
        ],
        "the Superior Electoral Court",
    ),
    (
        "en",
        "A candidate needs more than half of valid votes to win in the first round.",
        True,
        [("fraction", 0.5, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", "Who is Renata Azevedo-Lins? The former bus drivers' union leader who stunned Sao Paulo", False, [], None),
    ("en", '"Tonight hope has beaten fear in this city," Azevedo-Lins told cheering supporters.', False, [], None),
    (
        "en",
        "Azevedo-Lins told reporters she would not seek an alliance with Lemke, whose party also won seats on the city council.",
        True,
        [],
        "Azevedo-Lins",
    ),
    (
        "en",
        "Rio de Janeiro mayor re-elected in first round with 54.3%",
        True,
        [("ordinal", 1, None, None), ("percent", 54.3, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout in Sao Paulo was 76.8%, and about 1.2 million ballots were blank or spoiled, the court said.",
        True,
        [("percent", 76.8, "%", None), ("count", 1200000, None, "about")],
        "the court",
    ),
    (
        "en",
        "Brandão, 61, is seeking a second full term after taking office in 2025.",
        True,
        [("duration", 61, "year", None), ("ordinal", 2, None, None), ("year", 2025, None, None)],
        None,
    ),
    ("en", "Brazil's runoff is a choice between two kinds of failure", False, [], None),
    # --- Landtagswahl in Bayern: Wahlabend im Ticker (dpa), Sonntag ---
    (
        "de",
        "Eil +++ Prognose: CSU gewinnt Landtagswahl in Bayern klar, AfD zweitstärkste Kraft +++",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "18.00 Uhr: Prognose der ARD (infratest dimap), Angaben in Prozent: CSU 38,5 – AfD 16,5 – Grüne 13,5 – Freie Wähler 11,5 – SPD 8,5 – FDP 3,5",
        True,
        [
            ("percent", 38.5, "%", None),
            ("percent", 16.5, "%", None),
            ("percent", 13.5, "%", None),
            ("percent", 11.5, "%", None),
            ("percent", 8.5, "%", None),
            ("percent", 3.5, "%", None),
        ],
        None,
    ),
    ("de", "18.02 Uhr: Jubel im Saal der CSU, betretenes Schweigen bei den Liberalen.", False, [], None),
    (
        "de",
        "18.05 Uhr: Die FDP liegt nach beiden Prognosen unter der Fünf-Prozent-Hürde und wäre damit nicht mehr im Landtag vertreten.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "18.10 Uhr: „Das ist ein großer Tag für Bayern und ein klarer Auftrag an uns“, sagte CSU-Generalsekretär Tobias Reißmüller.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die CSU werde zuerst mit den Freien Wählern über eine Fortsetzung der Koalition sprechen, sagte Reißmüller.",
        True,
        [],
        "Reißmüller",
    ),
    (
        "de",
        "18.41 Uhr: Erste Hochrechnung des ZDF (Forschungsgruppe Wahlen): CSU 38,1 Prozent, AfD 16,4, Grüne 13,2, Freie Wähler 11,7, SPD 8,9, FDP 4,2",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 38.1, "%", None),
            ("percent", 16.4, "%", None),
            ("percent", 13.2, "%", None),
            ("percent", 11.7, "%", None),
            ("percent", 8.9, "%", None),
            ("percent", 4.2, "%", None),
        ],
        None,
    ),
    ("de", "18.50 Uhr: Wer regiert mit wem? Die denkbaren Bündnisse im Überblick", False, [], None),
    (
        "de",
        "19.20 Uhr: Die SPD steuert nach allen Hochrechnungen auf das schlechteste Ergebnis ihrer Geschichte in Bayern zu.",
        True,
        [],
        None,
    ),
    (
        "de",
        "19.24 Uhr: SPD-Landeschefin Ilka Brandstätter spricht von einem „bitteren Abend, an dem es nichts schönzureden gibt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "19.40 Uhr: Die CSU verliert nach der ARD-Hochrechnung 2,6 Punkte, die AfD gewinnt 1,9 Punkte hinzu.",
        True,
        [("percent", 2.6, "pp", None), ("percent", 1.9, "pp", None)],
        None,
    ),
    (
        "de",
        "20.15 Uhr: Sitzverteilung laut ZDF-Hochrechnung: CSU 79, AfD 34, Grüne 27, Freie Wähler 24, SPD 19 – zusammen 183 Sitze",
        True,
        [
            ("count", 79, None, None),
            ("count", 34, None, None),
            ("count", 27, None, None),
            ("count", 24, None, None),
            ("count", 19, None, None),
            ("count", 183, None, None),
        ],
        None,
    ),
    (
        "de",
        "20.16 Uhr: Für die absolute Mehrheit wären damit 92 Sitze nötig, der CSU fehlen 13 Mandate.",
        True,
        [("count", 92, None, None), ("count", 13, None, None)],
        None,
    ),
    ("de", "20.30 Uhr: Ist die Ära der Volksparteien in Bayern endgültig vorbei?", False, [], None),
    (
        "de",
        "21.05 Uhr: Grünen-Spitzenkandidatin Lea Pfistermeister hat die Niederlage ihrer Partei eingeräumt und eine Aufarbeitung des Ergebnisses angekündigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "21.06 Uhr: „Wir haben bis zur letzten Minute gekämpft, und darauf bin ich stolz“, sagte Pfistermeister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "22.40 Uhr: Ausgezählt sind 84 von 91 Stimmkreisen, die CSU kommt dort auf 37,9 Prozent.",
        True,
        [("count", 84, None, None), ("count", 91, None, None), ("percent", 37.9, "%", None)],
        None,
    ),
    (
        "de",
        "23.55 Uhr: Direktmandate: Die CSU holte 83 der 91 Stimmkreise, die Grünen sechs und die Freien Wähler zwei.",
        True,
        [("count", 83, None, None), ("count", 91, None, None), ("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Laut Nachwahlbefragung von infratest dimap stimmte knapp jeder fünfte Wähler unter 25 Jahren für die AfD.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 25, "year", "under")],
        None,
    ),
    (
        "de",
        "In München-Mitte lag die Grünen-Kandidatin am Ende mit 312 Stimmen Vorsprung vorn, teilte das Wahlamt der Stadt mit.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    ("de", "0.10 Uhr: Damit schließen wir unseren Wahlticker – danke fürs Mitlesen und gute Nacht.", False, [], None),
    # --- Bavarian state election (Reuters), Sunday ---
    (
        "en",
        "1600 GMT - ARD exit poll: CSU 38.5%, AfD 16.5%, Greens 13.5%, Free Voters 11.5%, SPD 8.5%, FDP 3.5%",
        True,
        [
            ("percent", 38.5, "%", None),
            ("percent", 16.5, "%", None),
            ("percent", 13.5, "%", None),
            ("percent", 11.5, "%", None),
            ("percent", 8.5, "%", None),
            ("percent", 3.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "FLASH: Bavaria's CSU wins state election with 38% - ARD projection",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "1745 GMT - Second ZDF projection: CSU 38.2%, AfD 16.3%; the FDP's 4.3% would leave it short of the 5% threshold.",
        True,
        [
            ("ordinal", 2, None, None),
            ("percent", 38.2, "%", None),
            ("percent", 16.3, "%", None),
            ("percent", 4.3, "%", None),
            ("percent", 5, "%", None),
        ],
        None,
    ),
    ("en", "Live: Bavaria votes in a key test for Germany's government", False, [], None),
    (
        "en",
        "UPDATE 3-Bavaria's conservatives hold power as far right surges to second place",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "MUNICH, Oct 1 (Reuters) - Bavaria's Christian Social Union won Sunday's state election with about 38% of the vote, according to a projection for broadcaster ZDF, down almost three points from 2023.",
        True,
        [
            ("date", "--10-01", None, None),
            ("percent", 38, "%", "about"),
            ("percent", 3, "pp", "nearly"),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "The far-right Alternative for Germany came second with 16.4%, its strongest result in a western German state.",
        True,
        [("ordinal", 2, None, None), ("percent", 16.4, "%", None)],
        None,
    ),
    ("en", "INSTANT VIEW-Reactions to Bavaria's state election", False, [], None),
    (
        "en",
        '"Voters have sent Berlin a message it simply cannot ignore," said Hanna Kellerhoff, a political scientist at the University of Passau.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kellerhoff said the CSU would fall 13 seats short of the 92 needed for a majority in the 183-seat assembly.",
        True,
        [("count", 13, None, None), ("count", 92, None, None), ("count", 183, None, None)],
        "Kellerhoff",
    ),
    ("en", "ANALYSIS-Why Bavaria's vote will echo far beyond Munich", False, [], None),
    ("en", "Bavaria's message to Berlin: the centre cannot hold", False, [], None),
    ("en", "TABLE-Bavarian state election: seat distribution by party", False, [], None),
    (
        "en",
        "Final seats: CSU 80, AfD 35, Greens 26, Free Voters 24, SPD 18; total 183",
        True,
        [
            ("count", 80, None, None),
            ("count", 35, None, None),
            ("count", 26, None, None),
            ("count", 24, None, None),
            ("count", 18, None, None),
            ("count", 183, None, None),
        ],
        None,
    ),
    ("en", "UPDATE 4-CSU opens coalition talks with Free Voters after Bavarian win", True, [], None),
    # --- Köln-Marathon (dpa, SID), Sonntag ---
    (
        "de",
        "Leichtathletik: Kenianer Kiprono gewinnt Köln-Marathon in 2:06:31 Std.",
        True,
        [("duration", 2, "hour", None), ("duration", 6, "minute", None), ("duration", 31, "second", None)],
        None,
    ),
    (
        "de",
        "Köln (dpa) - Bei den Frauen siegte die Äthiopierin Meseret Alemu in 2:21:09 Stunden mit 48 Sekunden Vorsprung auf die Deutsche Hanna Liebscher.",
        True,
        [
            ("duration", 2, "hour", None),
            ("duration", 21, "minute", None),
            ("duration", 9, "second", None),
            ("duration", 48, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Ergebnisse Männer: 1. Elias Kiprono (KEN) 2:06:31, 2. Abdi Tessema (ETH) 2:06:58, 3. Samuel Mutua (KEN) 2:07:40",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 2, "hour", None),
            ("duration", 6, "minute", None),
            ("duration", 31, "second", None),
            ("ordinal", 2, None, None),
            ("duration", 2, "hour", None),
            ("duration", 6, "minute", None),
            ("duration", 58, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 2, "hour", None),
            ("duration", 7, "minute", None),
            ("duration", 40, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Mit rund 14.500 Gemeldeten verzeichnete die Veranstaltung einen Teilnehmerrekord, teilte der Veranstalter mit.",
        True,
        [("count", 14500, None, "about")],
        "der Veranstalter",
    ),
    (
        "de",
        "„Die Menschen an der Strecke haben mich die letzten Kilometer regelrecht getragen“, sagte Liebscher.",
        False,
        [],
        None,
    ),
    # --- Cologne marathon (Reuters), Sunday ---
    (
        "en",
        "Athletics-Ethiopia's Alemu wins Cologne marathon, Liebscher best German in second",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- NRL Grand Final (Reuters), Sunday ---
    ("en", "HT: Brisbane 12 Cronulla 6", True, [], None),
    ("en", "FT: Cronulla 20 Brisbane 18", True, [], None),
    (
        "en",
        "Rugby league-Cronulla fight back to beat Brisbane 20-18 and win second NRL title",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "SYDNEY, Oct 1 (Reuters) - Winger Tane Whitmore scored twice after halftime as the Cronulla Sharks came from six points down to beat the Brisbane Broncos before a crowd of 81,204 at Accor Stadium.",
        True,
        [
            ("date", "--10-01", None, None),
            ("count", 2, None, None),
            ("count", 6, None, None),
            ("count", 81204, None, None),
        ],
        None,
    ),
    ("en", '"I\'ll be telling my grandkids about this one," Whitmore said on the field.', False, [], None),
    (
        "en",
        "Whitmore, 23, signed a three-year contract extension last week, the club said.",
        True,
        [("duration", 23, "year", None), ("duration", 3, "year", None)],
        "the club",
    ),
    # --- Fußball-Bundesliga, Sonntagsspiele (dpa) ---
    ("de", "Pausenstand in Freiburg: SC Freiburg – 1. FSV Mainz 05 1:0", True, [], None),
    (
        "de",
        "Fußball, Bundesliga, 5. Spieltag, Sonntag: SC Freiburg – 1. FSV Mainz 05 2:0 (1:0), VfB Stuttgart – Werder Bremen 1:1 (0:0)",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Tore in Freiburg: 1:0 Bachhuber (38., Foulelfmeter), 2:0 Okonkwo (77.)",
        True,
        [("ordinal", 38, None, None), ("ordinal", 77, None, None)],
        None,
    ),
    (
        "de",
        "Freiburg ist damit als einziges Team der Liga noch ohne Gegentor und springt auf Rang drei.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "„Heute hat einfach alles zusammengepasst“, sagte Freiburgs Trainer Jonas Kirchhoff.", False, [], None),
    (
        "de",
        "Stuttgarts Kapitän Moritz Ehrenreich fällt nach Angaben des Vereins mit einem Muskelfaserriss etwa drei Wochen aus.",
        True,
        [("duration", 3, "week", "about")],
        "der Verein",
    ),
    (
        "de",
        "Fußball, 2. Bundesliga, 8. Spieltag, Sonntag: Hannover 96 – Hertha BSC 3:1 (1:1)",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    # --- Premier League, Sunday (Reuters, PA) ---
    (
        "en",
        "Soccer-Premier League results on Sunday: Aston Villa 1 Brentford 0, Newcastle United 2 Tottenham Hotspur 2",
        True,
        [],
        None,
    ),
    (
        "en",
        "Soccer-Adebanjo's stoppage-time penalty keeps Villa top with sixth straight win",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Scorers: Aston Villa - Adebanjo 90+3 pen",
        True,
        [("ordinal", 90, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Villa lead the table on 19 points, two ahead of Arsenal, who play at home on Monday.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Newcastle's Elias Brannagan, 19, became the club's youngest scorer of the Premier League era with his equaliser.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    ("en", "Is this finally Villa's year? What the weekend told us", False, [], None),
    # --- Verkehrsunfall in Salzburg (APA), Sonntag ---
    (
        "de",
        "Salzburg – Ein 54-jähriger Autolenker ist am Sonntagnachmittag auf der Salzachtal-Bundesstraße bei Golling tödlich verunglückt, teilte die Landespolizeidirektion Salzburg mit.",
        True,
        [("duration", 54, "year", None)],
        "die Landespolizeidirektion Salzburg",
    ),
    (
        "de",
        "Laut Polizei kam sein Wagen aus noch unbekanntem Grund auf die linke Spur und stieß dort frontal mit einem Lkw zusammen.",
        True,
        [],
        "Polizei",
    ),
    ("de", "Warum gerade diese Strecke so gefährlich ist – eine Spurensuche", False, [], None),
    # --- Baseball and NFL (Reuters, AP), Sunday ---
    ("en", "Baseball-Mariners clinch AL West on final day of regular season", True, [], None),
    (
        "en",
        "SEATTLE, Oct 1 (Reuters) - Rookie Dario Valdespino hit two home runs and drove in five as the Seattle Mariners beat Texas 7-3 to finish one game ahead of Houston.",
        True,
        [("date", "--10-01", None, None), ("count", 2, None, None), ("count", 5, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "It is Seattle's second division title in four seasons, the team said.",
        True,
        [("ordinal", 2, None, None), ("count", 4, None, None)],
        "the team",
    ),
    (
        "en",
        "Baseball-MLB results on Sunday: Seattle 7 Texas 3; NY Yankees 5 Baltimore 4 (10 innings); Atlanta 2 Philadelphia 1",
        True,
        [("count", 10, None, None)],
        None,
    ),
    ("en", '"Nobody in this clubhouse wanted to leave it to anybody else," manager Curt Osgood said.', False, [], None),
    (
        "en",
        "American Football-NFL results on Sunday: Buffalo 38 Miami 10; Kansas City 24 Denver 21 (OT); Detroit 31 Minnesota 17",
        True,
        [],
        None,
    ),
    (
        "en",
        "Kansas City beat Denver on a 54-yard field goal by Luis Ferrante with 41 seconds left in overtime.",
        True,
        [("count", 54, None, None), ("duration", 41, "second", None)],
        None,
    ),
    (
        "en",
        "Detroit quarterback Cole Brandvold threw for 312 yards and three touchdowns in the win over Minnesota.",
        True,
        [("count", 312, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Brandvold, 27, has now thrown a touchdown pass in 24 consecutive games, the league said.",
        True,
        [("duration", 27, "year", None), ("count", 24, None, None)],
        "the league",
    ),
    (
        "en",
        '"He\'s playing the best football of his life right now," Lions coach Darnell Whitsett said.',
        False,
        [],
        None,
    ),
    # --- Eishockey und Handball (dpa, SID), Sonntag ---
    (
        "de",
        "Eishockey, DEL, 6. Spieltag: Kölner Haie – Adler Mannheim 4:3 n.P. (1:1, 2:0, 0:2, 0:0)",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Haie feierten vor 18.600 Zuschauern den vierten Sieg in Serie.",
        True,
        [("count", 18600, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Haie-Trainer Pekka Lindroos sagte, Torhüter Jonas Brückl falle mit einer Knieverletzung vorerst aus.",
        True,
        [],
        "Pekka Lindroos",
    ),
    (
        "de",
        "Handball-Bundesliga, 7. Spieltag: THW Kiel – SG Flensburg-Handewitt 31:29 (15:16)",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Nordderby lebt eben von solchen Momenten“, sagte Kiels Rückraumspieler Jannis Thormählen.",
        False,
        [],
        None,
    ),
    # --- Tennis in Tokio (dpa, Reuters), Sonntag ---
    (
        "de",
        "Tennis, ATP-Turnier in Tokio (Hartplatz, 2,2 Millionen Dollar), Finale: Matteo Ravelli (ITA/3) – Kenji Morisaki (JPN) 6:4, 7:6 (7:5)",
        True,
        [("money", 2200000, "USD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Tennis-Ravelli downs Morisaki to win Tokyo title, his fourth of the season",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Formel 1 in Singapur (dpa, Reuters), Sonntag ---
    (
        "de",
        "Formel 1: Castellanos gewinnt in Singapur – Hallmeier wird Dritter",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Motor racing-Castellanos wins in Singapore to close within 12 points of championship leader",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "SINGAPORE, Oct 1 (Reuters) - Spain's Iker Castellanos finished 4.218 seconds ahead of Lewin Hallmeier after 62 laps under the floodlights of the Marina Bay circuit.",
        True,
        [("date", "--10-01", None, None), ("duration", 4.218, "second", None), ("count", 62, None, None)],
        None,
    ),
    (
        "en",
        "Castellanos told reporters his tyres had lasted far longer than his team had planned.",
        True,
        [],
        "Castellanos",
    ),
    ("en", '"That was the hottest race of my life, and the sweetest," Castellanos said.', False, [], None),
    # --- Oktoberfest (dpa/lby), Sonntag ---
    (
        "de",
        "Wiesn-Zwischenbilanz nach 16 Tagen: rund 5,9 Millionen Besucher",
        True,
        [("duration", 16, "day", None), ("count", 5900000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Polizei zählte bis Sonntagabend 412 Einsätze auf der Theresienwiese, das Fest endet am Dienstag.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    ("de", "„Es war bisher eine friedliche und fröhliche Wiesn“, sagte Festleiter Clemens Baumgartl.", False, [], None),
    (
        "de",
        "Den Bierpreis hatte die Stadt heuer auf höchstens 15,80 Euro je Maß begrenzt, sagte Baumgartl.",
        True,
        [("money", 15.8, "EUR", "at_most")],
        "Baumgartl",
    ),
    (
        "de",
        "Fundbüro-Bilanz: 1.140 Fundstücke, darunter 212 Handys und ein Hochzeitskleid",
        True,
        [("count", 1140, None, None), ("count", 212, None, None)],
        None,
    ),
    # --- Earthquake off California (AP), Sunday night ---
    (
        "en",
        "BREAKING: Magnitude 6.1 earthquake strikes off Northern California coast, USGS says",
        True,
        [("count", 6.1, None, None)],
        None,
    ),
    (
        "en",
        "EUREKA, Calif. (AP) — The quake struck at 11:42 p.m. Sunday about 80 kilometers (50 miles) west of Eureka at a depth of 10 kilometers, the U.S. Geological Survey said.",
        True,
        [("count", 80, None, "about"), ("count", 50, None, None), ("count", 10, None, None)],
        "the U.S. Geological Survey",
    ),
    (
        "en",
        "No serious damage was reported in the first hours, and the tsunami center issued no warning.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The USGS later downgraded the quake's magnitude to 5.9 from 6.1.",
        True,
        [("count", 5.9, None, None), ("count", 6.1, None, None)],
        None,
    ),
    ("en", '"It felt like a truck had slammed into the house," said Eureka resident Marla Quince.', False, [], None),
    # --- Conservative Party conference (PA), Sunday ---
    (
        "en",
        "BIRMINGHAM (PA) - About 11,000 delegates, journalists and lobbyists are expected at the Conservative Party conference, which opened in Birmingham on Sunday and runs for four days, organisers said.",
        True,
        [("count", 11000, None, "about"), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "Shadow chancellor to pledge £12bn of tax cuts in Monday conference speech",
        True,
        [("money", 12000000000, "GBP", None)],
        None,
    ),
    ("en", "The Tories' tax pledge is a fantasy the country cannot afford", False, [], None),
    (
        "en",
        "The party said it would pay for the cuts by shrinking the civil service by 60,000 posts over five years.",
        True,
        [("count", 60000, None, None), ("duration", 5, "year", None)],
        "the party",
    ),
    (
        "en",
        "Fourteen people were arrested outside the conference venue on Sunday, mostly for public order offences, police said.",
        True,
        [("count", 14, None, None)],
        "police",
    ),
    ("en", 'Protest organisers called the arrests "a disgrace to democracy".', False, [], None),
    # --- Bayern nach der Wahl (dpa), Montag, 2. Oktober ---
    (
        "de",
        "Bayern hat gewählt: CSU 37,8 Prozent, AfD 16,6 Prozent, Grüne 13,1 Prozent",
        True,
        [("percent", 37.8, "%", None), ("percent", 16.6, "%", None), ("percent", 13.1, "%", None)],
        None,
    ),
    ("de", "Bayern hat gewählt – und Berlin sollte jetzt sehr genau hinhören", False, [], None),
    (
        "de",
        "München (dpa) - Die CSU hat die Landtagswahl in Bayern nach dem vorläufigen amtlichen Endergebnis mit 37,8 Prozent gewonnen, teilte der Landeswahlleiter in der Nacht zum Montag mit.",
        True,
        [("percent", 37.8, "%", None)],
        "der Landeswahlleiter",
    ),
    (
        "de",
        "Die AfD kam auf 16,6 Prozent und ist damit erstmals zweitstärkste Kraft im Freistaat.",
        True,
        [("percent", 16.6, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Wahlbeteiligung: 71,2 Prozent (2023: 74,1 Prozent)",
        True,
        [("percent", 71.2, "%", None), ("year", 2023, None, None), ("percent", 74.1, "%", None)],
        None,
    ),
    ("de", "Der große Verlierer dieser Wahl sitzt nicht in München, sondern in Berlin.", False, [], None),
    (
        "de",
        "Der neue Landtag muss spätestens am 30. Oktober zu seiner ersten Sitzung zusammentreten.",
        True,
        [("date", "--10-30", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die CSU-Spitze sprach sich am Montag einstimmig für Koalitionsgespräche mit den Freien Wählern aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "FW-Chef Gregor Wimmelbacher sagte, seine Partei werde in den Verhandlungen mindestens drei Ministerien beanspruchen.",
        True,
        [("count", 3, None, "at_least")],
        "Gregor Wimmelbacher",
    ),
    (
        "de",
        "„Wir gehen selbstbewusst, aber nicht überheblich in diese Gespräche“, sagte Wimmelbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Update 11.40 Uhr: Die Freien Wähler haben die Einladung zu Sondierungsgesprächen am Mittwoch angenommen, teilte die Partei mit.",
        True,
        [],
        "die Partei",
    ),
    # --- Termine am Montag (dpa) ---
    ("de", "Was heute wichtig wird: die Termine des Tages", False, [], None),
    ("de", "10.00 Uhr: Pressekonferenz des CSU-Vorsitzenden zum Wahlausgang in München", True, [], None),
    ("de", "11.00 Uhr: Sitzungen der Parteigremien von CDU und SPD in Berlin", True, [], None),
    ("de", "13.00 Uhr: Bundeskanzler empfängt den Nato-Generalsekretär im Kanzleramt", True, [], None),
    ("de", "Die Woche im Überblick: wichtige Termine bis Freitag", False, [], None),
    (
        "de",
        "Dienstag, 3. Oktober: Tag der Deutschen Einheit, zentrale Feier in Saarbrücken",
        True,
        [("date", "--10-03", None, None)],
        None,
    ),
    (
        "de",
        "Donnerstag, 5. Oktober: Bekanntgabe des Literaturnobelpreises in Stockholm",
        True,
        [("date", "--10-05", None, None)],
        None,
    ),
    ("de", "Freitag, 6. Oktober: US-Arbeitsmarktbericht für September", True, [("date", "--10-06", None, None)], None),
    # --- Asian markets (Reuters), Monday ---
    (
        "en",
        "GLOBAL MARKETS-Asian shares slip as yen firms; Nikkei down 0.8%",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "TOKYO, Oct 2 (Reuters) - Japan's Nikkei share average fell 0.8% to 41,208.35 by the midday break, dragged down by exporters as the yen firmed to 139.40 per dollar.",
        True,
        [
            ("date", "--10-02", None, None),
            ("percent", 0.8, "%", None),
            ("count", 41208.35, None, None),
            ("money", 139.4, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "Tankan: big manufacturers' mood index at plus 9 in third quarter, down from plus 11",
        True,
        [("count", 9, None, None), ("ordinal", 3, None, None), ("count", 11, None, None)],
        None,
    ),
    ("en", "EMERGING MARKETS-Won, rupiah weaken as Kospi falls 1.1%", True, [("percent", 1.1, "%", None)], None),
    (
        "en",
        '"Everyone is waiting for the Fed, and nobody wants to be a hero today," said a dealer at a Seoul brokerage.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mainland Chinese markets are closed through Oct. 6 for the Golden Week holiday.",
        True,
        [("date", "--10-06", None, None)],
        None,
    ),
    ("en", "Indian financial markets are shut on Monday for the Gandhi Jayanti holiday.", True, [], None),
    (
        "en",
        "EUR/USD 1.1318, USD/JPY 139.40, GBP/USD 1.2931 at 0700 GMT",
        True,
        [("money", 1.1318, "USD", None), ("money", 139.4, "JPY", None), ("money", 1.2931, "USD", None)],
        None,
    ),
    (
        "en",
        "Japan's Nikkei closed down 0.9% at 41,150.12, its lowest close in three weeks.",
        True,
        [("percent", 0.9, "%", None), ("count", 41150.12, None, None), ("duration", 3, "week", None)],
        None,
    ),
    ("en", "Morning Bid: Bavaria barely registers as markets look to U.S. payrolls", False, [], None),
    # --- Börsen und Tagesvorschau (dpa-AFX), Montag ---
    (
        "de",
        "Aktien Asien: Nikkei 225 schließt 0,9 Prozent tiefer – Börsen in China bleiben geschlossen",
        True,
        [("percent", 0.9, "%", None)],
        None,
    ),
    ("de", "TAGESVORSCHAU: Die wichtigsten Termine für Anleger am Montag", False, [], None),
    ("de", "09:55 DEU: Einkaufsmanagerindex Industrie September, endgültige Zahl", True, [], None),
    ("de", "11:00 EUR: Arbeitslosenquote August", True, [], None),
    ("de", "16:00 USA: ISM-Index Industrie September", True, [], None),
    (
        "de",
        "Aktien Frankfurt Ausblick: Broker taxieren Dax 0,2 Prozent höher auf 24.380 Punkte",
        True,
        [("percent", 0.2, "%", None), ("count", 24380, None, None)],
        None,
    ),
    ("de", "Händler erwarten nach der Bayern-Wahl einen eher ruhigen Wochenstart.", False, [], None),
    (
        "de",
        "9.15 Uhr: Dax 24.402 Punkte (+0,3 %), MDax 29.870 Punkte (-0,1 %), TecDax 3.612 Punkte (+0,5 %)",
        True,
        [
            ("count", 24402, None, None),
            ("percent", 0.3, "%", None),
            ("count", 29870, None, None),
            ("percent", -0.1, "%", None),
            ("count", 3612, None, None),
            ("percent", 0.5, "%", None),
        ],
        None,
    ),
    ("de", "dpa-AFX Börsentag auf einen Blick: Was Anleger heute wissen müssen", False, [], None),
    (
        "de",
        "Ölpreise: Brent 84,12 $ (+0,3 %), WTI 80,45 $ (+0,2 %)",
        True,
        [
            ("money", 84.12, "USD", None),
            ("percent", 0.3, "%", None),
            ("money", 80.45, "USD", None),
            ("percent", 0.2, "%", None),
        ],
        None,
    ),
    # --- Inflation in Österreich (APA), Montag ---
    (
        "de",
        "Eil +++ Inflation in Österreich im September bei 2,7 Prozent +++",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Laut Schnellschätzung der Statistik Austria ging die Teuerung im September auf 2,7 Prozent zurück, nach 3,2 Prozent im August.",
        True,
        [("percent", 2.7, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Billiger wurden vor allem Treibstoffe, die um 6,8 Prozent weniger kosteten als vor einem Jahr.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Damit liegt die Inflationsrate erstmals seit 14 Monaten wieder unter 3 Prozent.",
        True,
        [("duration", 14, "month", None), ("percent", 3, "%", "under")],
        None,
    ),
    ("de", "Die Arbeiterkammer nannte den Rückgang „noch lange keinen Grund zur Entwarnung“.", False, [], None),
    ("de", "Sinkt die Inflation jetzt dauerhaft? Was Ökonomen für den Winter erwarten", False, [], None),
    # --- Wiener Börse und Insolvenzen (APA), Montag ---
    ("de", "Aktien Wien Eröffnung: ATX startet mit leichten Gewinnen in die Woche", True, [], None),
    (
        "de",
        "Der ATX stieg kurz nach Handelsbeginn um 0,4 Prozent auf 4.706,18 Punkte.",
        True,
        [("percent", 0.4, "%", None), ("count", 4706.18, None, None)],
        None,
    ),
    ("de", "KSV1870: Firmenpleiten bis September um 6 Prozent gestiegen", True, [("percent", 6, "%", None)], None),
    (
        "de",
        "Wien (APA) - In den ersten drei Quartalen mussten in Österreich 5.318 Unternehmen Insolvenz anmelden, teilte der KSV1870 am Montag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 5318, None, None)],
        "der KSV1870",
    ),
    ("de", "Der Gläubigerschutzverband rechnet bis zum Jahresende mit keiner Trendwende.", False, [], None),
    # --- UK house prices and factory PMI (Reuters), Monday ---
    ("en", "UK house prices fall 0.3% in September - Nationwide", True, [("percent", 0.3, "%", None)], None),
    ("en", "UK house prices: first monthly fall since March", True, [("ordinal", 1, None, None)], None),
    (
        "en",
        "LONDON, Oct 2 (Reuters) - British house prices fell by 0.3% in September from August, the first monthly drop since March, mortgage lender Nationwide said on Monday.",
        True,
        [("date", "--10-02", None, None), ("percent", 0.3, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "On the year, prices were up 1.6% after 2.2% in August, and the average home now costs 284,630 pounds.",
        True,
        [("percent", 1.6, "%", None), ("percent", 2.2, "%", None), ("money", 284630, "GBP", None)],
        None,
    ),
    (
        "en",
        "Nationwide chief economist Farrah Lindqvist-Obi said higher mortgage rates had cooled demand among first-time buyers since the summer.",
        True,
        [],
        "Farrah Lindqvist-Obi",
    ),
    ("en", "Is now the time to buy? What falling prices mean for first-time buyers", False, [], None),
    (
        "en",
        "UK factory PMI revised up to 46.8 in September from flash 46.3",
        True,
        [("count", 46.8, None, None), ("count", 46.3, None, None)],
        None,
    ),
    (
        "en",
        "Manufacturing output has now shrunk for 14 consecutive months, S&P Global said.",
        True,
        [("duration", 14, "month", None)],
        "S&P Global",
    ),
    # --- Arbeitslosigkeit im Euroraum (dpa), Montag ---
    (
        "de",
        "Euroraum: Arbeitslosenquote im August unverändert bei 5,9 Prozent",
        True,
        [("percent", 5.9, "%", None)],
        None,
    ),
    (
        "de",
        "Luxemburg (dpa) - Die Arbeitslosenquote im Euroraum hat im August wie schon im Juli bei 5,9 Prozent gelegen, teilte Eurostat am Montag mit.",
        True,
        [("percent", 5.9, "%", None)],
        "Eurostat",
    ),
    (
        "de",
        "Die niedrigste Quote meldete Malta mit 2,4 Prozent, die höchste Spanien mit 10,9 Prozent.",
        True,
        [("percent", 2.4, "%", None), ("percent", 10.9, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 10,8 Millionen Menschen im Währungsraum waren ohne Arbeit, etwa 40.000 weniger als im Juli.",
        True,
        [("count", 10800000, None, "about"), ("count", 40000, None, "about")],
        None,
    ),
    # --- ECB poll (Reuters), Monday ---
    (
        "en",
        "POLL-ECB to hold deposit rate at 1.75% until mid-2029, economists say",
        True,
        [("percent", 1.75, "%", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "BENGALURU, Oct 2 (Reuters) - The European Central Bank will keep its deposit rate at 1.75% until the middle of 2029, according to 58 of 71 economists polled by Reuters.",
        True,
        [
            ("date", "--10-02", None, None),
            ("percent", 1.75, "%", None),
            ("year", 2029, None, None),
            ("count", 58, None, None),
            ("count", 71, None, None),
        ],
        None,
    ),
    ("en", "Only nine of them expected a cut before the end of next year.", True, [("count", 9, None, None)], None),
    ("en", "Some economists fear the bank is underestimating the drag from weaker exports.", False, [], None),
    # --- Nordholm buys Carvell (Reuters), Monday ---
    (
        "en",
        "REFILE-UPDATE 1-Nordholm Shipping to buy rival Carvell Lines for $2.4 billion",
        True,
        [("money", 2400000000, "USD", None)],
        None,
    ),
    ("en", "(Refiles to fix spelling of chief executive's name)", False, [], None),
    (
        "en",
        "COPENHAGEN, Oct 2 (Reuters) - Danish container line Nordholm Shipping agreed to buy smaller rival Carvell Lines for $2.4 billion in cash, creating the world's fifth-largest carrier by capacity.",
        True,
        [("date", "--10-02", None, None), ("money", 2400000000, "USD", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Nordholm Chief Executive Signe Rasmussen-Holt told reporters the deal would yield annual savings of about $180 million by 2030.",
        True,
        [("money", 180000000, "USD", "about"), ("year", 2030, None, None)],
        "Signe Rasmussen-Holt",
    ),
    ("en", '"This is a once-in-a-generation chance to reshape our industry," Rasmussen-Holt said.', False, [], None),
    ("en", "BRIEF-Carvell Lines board recommends Nordholm offer to shareholders", True, [], None),
    ("en", 'Carvell\'s founding family called the sale "the end of an era, and a sad one".', False, [], None),
    (
        "en",
        "Nordholm shares jumped 6.2% by 0815 GMT, while Carvell's rose 14%.",
        True,
        [("percent", 6.2, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    # --- Übernahmeangebot für Hesselmann (dpa-AFX), Montag ---
    (
        "de",
        "AKTIE IM FOKUS: Hesselmann-Papiere springen nach Übernahmeangebot um 18 Prozent an",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Der Finanzinvestor Arvane Capital bietet 64,50 Euro je Aktie in bar, teilte Hesselmann am Montag mit.",
        True,
        [("money", 64.5, "EUR", None)],
        "Hesselmann",
    ),
    (
        "de",
        "Das entspricht einem Aufschlag von 31 Prozent auf den Schlusskurs vom Freitag.",
        True,
        [("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "ANALYSE-FLASH: Graystone hebt Ziel für Hesselmann auf 66 Euro – 'Halten'",
        True,
        [("money", 66, "EUR", None)],
        None,
    ),
    ("de", "Ein Händler nannte die Offerte „fair, aber alles andere als üppig“.", False, [], None),
    # --- Typhoon Meilan (Reuters), Monday ---
    (
        "en",
        "WRAPUP 1-Typhoon Meilan slams into Taiwan, three dead and 46 hurt",
        True,
        [("count", 3, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "TAIPEI, Oct 2 (Reuters) - Typhoon Meilan made landfall in southern Taiwan early on Monday with sustained winds of 175 km per hour, the Central Weather Administration said.",
        True,
        [("date", "--10-02", None, None), ("count", 175, None, None)],
        "the Central Weather Administration",
    ),
    (
        "en",
        "Three people were killed and 46 injured, mostly by falling debris, according to the fire agency.",
        True,
        [("count", 3, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "RPT-Taiwan shuts markets and schools for second day as Typhoon Meilan moves north",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "People in low-lying coastal areas should stay indoors until the storm has passed.", False, [], None),
    (
        "en",
        "1045 GMT - Taiwan Power says electricity restored to about 120,000 of 180,000 affected households",
        True,
        [("count", 120000, None, "about"), ("count", 180000, None, None)],
        None,
    ),
    (
        "en",
        "UPDATE 4-Taiwan typhoon death toll rises to five as rescuers reach mountain villages",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Two more bodies were found in Pingtung county on Monday afternoon, the Central Emergency Operation Center said.",
        True,
        [("count", 2, None, None)],
        "the Central Emergency Operation Center",
    ),
    # --- Drohnenalarm am Flughafen München (dpa), Montag ---
    ("de", "Eil +++ Flughafen München stellt Flugbetrieb nach Drohnensichtung ein +++", True, [], None),
    (
        "de",
        "München (dpa) - Am Flughafen München ist der Flugbetrieb am Montagmorgen wegen einer Drohnensichtung für rund 50 Minuten unterbrochen worden, teilte die Flughafengesellschaft mit.",
        True,
        [("duration", 50, "minute", "about")],
        "die Flughafengesellschaft",
    ),
    (
        "de",
        "Nach Angaben der Bundespolizei wurden 23 Starts und Landungen gestrichen, elf Maschinen wichen nach Nürnberg und Stuttgart aus.",
        True,
        [("count", 23, None, None), ("count", 11, None, None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Update 7.52 Uhr: Der Flugbetrieb läuft wieder, Passagiere müssen mit Verspätungen von bis zu zwei Stunden rechnen.",
        True,
        [("duration", 2, "hour", "up_to")],
        None,
    ),
    ("de", "Wer die Drohne gesteuert hat, ist bislang völlig unklar.", False, [], None),
    (
        "de",
        "Der Flughafenverband ADV sprach von einem „inakzeptablen Risiko für den gesamten Luftverkehr“.",
        False,
        [],
        None,
    ),
    # --- Diary (Reuters) ---
    ("en", "DIARY-Top economic and political events in the days ahead", False, [], None),
    (
        "en",
        "Oct. 5 - European Central Bank publishes account of its September policy meeting",
        True,
        [("date", "--10-05", None, None)],
        None,
    ),
    ("en", "Oct. 6 - United States - Non-farm payrolls for September", True, [("date", "--10-06", None, None)], None),
    ("en", "Oct. 12 - Britain - Monthly GDP estimate for August", True, [("date", "--10-12", None, None)], None),
    # --- Teuerung in der Schweiz (awp, Keystone-SDA), Montag ---
    ("de", "Schweiz: Teuerung im September bei 0,4 Prozent", True, [("percent", 0.4, "%", None)], None),
    (
        "de",
        "Neuenburg (awp) - Die Konsumentenpreise in der Schweiz lagen im September um 0,4 Prozent höher als ein Jahr zuvor, teilte das Bundesamt für Statistik (BFS) mit.",
        True,
        [("percent", 0.4, "%", None)],
        "das Bundesamt für Statistik",
    ),
    ("de", "Ökonomen hatten im Schnitt mit 0,5 Prozent gerechnet.", True, [("percent", 0.5, "%", None)], None),
    (
        "de",
        "Ökonomen halten eine weitere Zinssenkung der Nationalbank im Dezember für «eher unwahrscheinlich».",
        False,
        [],
        None,
    ),
    # --- Conservative conference speech (PA), Monday ---
    (
        "en",
        "1102 GMT - The shadow chancellor tells the hall the party would scrap stamp duty on homes worth up to £500,000.",
        True,
        [("money", 500000, "GBP", "up_to")],
        None,
    ),
    ("en", "1105 GMT - Loud applause in the hall as the speech reaches its climax.", False, [], None),
    (
        "en",
        "Treasury minister Gwen Ashbury said the pledges contained £21 billion of unfunded commitments.",
        True,
        [("money", 21000000000, "GBP", None)],
        "Gwen Ashbury",
    ),
    ("en", 'Ashbury called the plans "a recipe for another market meltdown".', False, [], None),
    # --- Einkaufsmanager Deutschland (Reuters), Montag ---
    (
        "de",
        "Reuters-Eilmeldung: Einkaufsmanagerindex Industrie im September bei 47,3 Punkten",
        True,
        [("count", 47.3, None, None)],
        None,
    ),
    (
        "de",
        "Berlin (Reuters) - Die Stimmung in der deutschen Industrie hat sich im September den dritten Monat in Folge eingetrübt, wie aus der Umfrage des Finanzdienstleisters HCOB hervorging.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Index lag damit 0,5 Punkte unter der ersten Schätzung.",
        True,
        [("count", 0.5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Ein Ende der Talfahrt sei vorerst nicht in Sicht, hieß es in einem Kommentar der Bank.", False, [], None),
    # --- US futures, gold (Reuters), Monday ---
    (
        "en",
        "US STOCKS-Futures edge up ahead of ISM data; Nasdaq futures up 0.4%",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "At 0642 ET, Dow e-minis were up 85 points, or 0.2%, and S&P 500 e-minis were up 14.5 points, or 0.2%.",
        True,
        [
            ("count", 85, None, None),
            ("percent", 0.2, "%", None),
            ("count", 14.5, None, None),
            ("percent", 0.2, "%", None),
        ],
        None,
    ),
    ("en", "Traders said the mood was cautious but far from gloomy.", False, [], None),
    ("en", "GOLD-Gold holds near record above $4,450 as dollar softens", True, [("money", 4450, "USD", "over")], None),
    (
        "en",
        "OIL-Brent edges up to $84.10 as Middle East supply worries linger",
        True,
        [("money", 84.1, "USD", None)],
        None,
    ),
]
