"""Two-hundred-and-twenty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Corinna Haberstroh, Florian Tschurtschenthaler, Jörg Wessendorf, Martina Ebenhofer, Annina
Brügger, Karin Mölders, Matej Kovačič, Lukas Obergasser, Noah Bärtschi, Katrin Seidlmayer,
the photographers Hannes Wechselberger, Ines Lorbach, Urs Flückiger and Tobias Renz, the
Hausgerätehersteller Brenntal, the Rückversicherer Helvara, the Feuerfestspezialist
Tarnholz, Kestner Automotive, Brandauer Industries; Oleh Marchenko, Ilkka Harjunpää, Marcus
Oyelaran, Gareth Pryce, Eleri Vaughan, Helen Marsh, Carolyn Mayhew, Sofia Lindgren, Mei
Tanaka, Aleksandar Pavlov, Ana Varela, Hannah Kettering, Tomás Reyes, Lotte de Vries, Farah
Qureshi, Tom Ellery, Ellen Morrow, Kaito Fujimura, Daniel Ferreira, Skyvale Airways, Ardmore
Partners, Tessel Semiconductor, Quellan, Brightwell Foods, Corwen Logistics, Meridian
Retail); holders of real offices appear under made-up names that stand for no real holder
(the Odesa governor, the Bank of Finland governor, the national women's football coach, the
SBB chief executive, the ambassador to NATO) or by their role only ("der Kanzler", "der
Finanzminister", "ein Sprecher der Bergrettung", "ein Streikposten", "the Senate majority
leader", "the bus operator", "the winning candidate", "a trader"). Real bodies, places,
indices and things (Statistik Austria, ÖAMTC, Landtag in Dresden, Verdi, Pro Bahn, ÖBB,
Westbahn, St. Pölten, Bundespolizei, HCOB, Bundesagentur für Arbeit, Arbeiterkammer,
Landespolizeidirektion Tirol, Lawinenwarndienst, Bergrettung, Pitztal, Dax, Euro Stoxx 50,
ATX, Brent, Landesgericht Wels, SBB, Deutscher Wetterdienst, Oesterreichische
Nationalbank, Wiener Linien, Kranjska Gora, ICE Hockey League, Red Bull Salzburg, KAC,
Burgenland, Chemnitz, Köln-Mülheim; Eurostat, the Japan Meteorological Agency, NHK,
Onagawa, East Japan Railway, Kyodo News, Ishinomaki, Lancashire Police, North West
Ambulance Service, Network Rail, Royal Preston Hospital, A59, Eurocontrol, Paris-Orly,
Dublin Airport, Cardiff Crown Court, the Met Office, CalMac, Scottish and Southern
Electricity Networks, Police Scotland, the West Highland Line, A9, the Senate, NATO, the
Pentagon, Ukrenergo, Indian Wells, the NBA clubs, Reform UK, Labour, the Liberal Democrats,
the Greens, South Kesteven, Halifax, the ECB, STOXX 600, FTSE 100, DAX, CAC 40, OPEC+, the
Nikkei, Euston, the London Underground, and the datelines' cities) stand for the way wire
copy names them; every toll, price, level, result, share, sum, vote, age, correction,
caption and quote here is invented, and where a real figure came to mind it was changed.

Its weight: HEADLINES, FLASHES AND LIVE-TICKER LINES, second round (the hundred-eighty-second
batch was the first; the thirty-second and forty-third batches weighed flashes, tickers,
captions and short forms before it, and their decisions are kept) - one Thursday (March 5,
2026) from the morning diary to the late results and timestamp lines, in story order as the
desks file them, the German and English stories interleaved, each row one line as sent.
Half German (dpa with its Termine, morning overview and live ticker, dpa-AFX, APA with
"EILMELDUNG:", "EIL:", "+++ Eilmeldung +++" and its "Update"s, Reuters German, awp,
Keystone-SDA; Austrian "Jänner", "Kassa", "Trafikantin", "Seehöhe", Swiss "Mia. Franken",
German „“ and Swiss «» quotes): verbless headlines with figures ("Elf Verletzte ...",
"Vierter Rückgang in Folge: ...", "Ein Fünftel weniger ...", "20-Milliarden-Euro-Paket",
"Sechs Jahre Haft für 41-Jährigen ..."), source headlines ("Polizei:", "ÖAMTC:", "HCOB:",
"Bundesagentur:", "SBB:") with their stories, a warning strike ticker with clock stamps, an
avalanche EIL with its update, an inflation EILMELDUNG, the Börsenticker, business briefs
with a STICHWORT factbox, correction notes and a source's revisions, a murder verdict,
captions with credits, weather headlines, ski and ice-hockey results lines, teasers and a
timestamp. Half English (Reuters with URGENT, UPDATE 1, EXCLUSIVE, CORRECTED, BRIEF and
STOCKS/FOREX/GOLD/OIL slugs, AP with BREAKING, Today in History and a live file, PA, the
AP and Reuters captions): top headlines ("Two dead, 14 injured ...", "One in five ...",
"Three-quarters of ...", "Two dozen flights ...", "Man, 27, ..."), colon and dash sources
("ECB's Harjunpää:", "Ukraine's air force:", "- police", "- survey", "- Eurostat", "-
Halifax"), an overnight attack, a French air traffic strike, a bus crash, euro zone retail
sales, market lines, a buyout report with BRIEF lines, a corrected headline with its
correction notes, a fraud sentence, fog in Dublin, a storm ticker with GMT stamps, a Senate
vote ticker with EST stamps, an earthquake flash with its updates, tennis and NBA results,
teasers and a council by-election's results lines. Negatives as such copy has them:
headings, labels and frames, ticker filler, correction notes and tags, captions of archive
and symbol pictures and credits alone, bylines and a timestamp, link lines, teaser
questions, a pun without a fact, column headlines, advice, appeals, a no-comment line, a
credit line, labels and quotes of feeling and rhetoric - twelve of them carrying a figure,
labelled.

239 rows (120 German, 119 English), 57 negatives (28 German, 29 English), 182 check-worthy
rows of which 21 carry no figure (11 German, 10 English), 302 expected quantities (115
counts, 48 percentages, all in "%", 40 durations - 19 in years, 8 in hours, 6 in minutes, 3
in months, 3 in seconds, 1 in days -, 33 amounts of money - 13 EUR, 11 USD, 5 GBP, 3 CHF, 1
JPY -, 25 ordinals, 19 years, 13 dates, 9 fractions; 18 of them in 12 negatives, as the
seventeenth batch labels a figure in a negative), 36 checked speakers (18 German, 18
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  hundred-eighty-second: one sentence, headline, caption or factbox line). A headline with or
  without a verb that states an event or a figure is check-worthy with its figures (fourth,
  sixth, forty-third, hundred-eighty-second): "Elf Verletzte nach Gasexplosion ..." 11,
  "Vierter Rückgang in Folge: ... um 1,1 Prozent" ordinal 4 ("in Folge" no hedge), "Ein
  Fünftel weniger Neuzulassungen ..." 0.2 (forty-third: "Ein Drittel weniger"), "Kabinett
  billigt 20-Milliarden-Euro-Paket ..." 2e10 EUR (nineteenth: "90-Milliarden-Euro-Darlehen";
  hundred-twenty-second), "Sechs Jahre Haft für 41-Jährigen ..." 6 and 41 years, "Kanzler
  reist zu zweitägigem Besuch ..." 2 days, "Two dead, 14 injured ...", "Two dozen flights
  diverted ... for five hours" 24 (the issue: "two dozen") and 5 hours, "Man, 27, arrested
  ..." 27 years (forty-third: "Man, 34,"), "Three-quarters of U.S. small businesses ..."
  0.75, "One in five UK adults ..." 0.2, "UK house prices rise for fourth month running, up
  0.5% ..." ordinal 4 and 0.5 %, "Ex-charity boss jailed for six years for stealing £1.2m
  ..." 6 years and 1.2e6 GBP, "ECB's Harjunpää: inflation should be back at 2% target by
  summer" (a forecast with a figure, seventh, hundred-eighty-second: "bis zu 31 Grad").
  Flash and priority labels and desk slugs carry nothing, and the line is judged on what
  follows (thirty-second, forty-third, hundred-eighty-second): "EILMELDUNG:", "EIL:", "+++
  Eilmeldung +++ ... +++", "BREAKING:", "FLASH:", "URGENT-", "UPDATE 1-" (the "1" numbers
  the version, none), "EXCLUSIVE-", "BRIEF-", "STOCKS-", "FOREX-", "GOLD-", "OIL-",
  "Tennis-", "Basketball-", "dpa-AFX-Börsenticker:", "Update 9.40 Uhr:"; a frame with
  nothing in it ("+++ Liveticker zum Warnstreik im Nahverkehr +++") is a label and a
  negative. New: "CORRECTED-" heading a Reuters headline is a desk slug like "UPDATE 1-"
  and "REFILE": "CORRECTED-Brightwell Foods to cut 640 jobs, close Leeds bakery" states the
  fact as it now stands and is check-worthy with 640; only the bracketed line under it is the
  editorial note.
- Where the hundred-eighty-second batch and the batches before it conflict, this batch
  follows the older majority (earlier decisions are kept; where they disagree the majority
  is followed):
  (1) The source before a headline's colon. The fourth batch ("Lufthansa: Gewinn bricht um
  ein Drittel ein", speaker None) and the forty-third ("Bahn:", "Polizei:", "Selenskyj:"
  unchecked - in headlines the slot names a topic as often as a speaker) leave it
  unchecked; the hundred-eighty-second checked "Kreml", "Bahn" and "Wifo". Two older
  batches against one: "Polizei: 23 Festnahmen ...", "ÖAMTC: Diesel so billig wie seit drei
  Jahren nicht mehr", "Ukrainische Luftwaffe: 372 von 410 Drohnen abgefangen", "HCOB:
  ...", "Statistik Austria: ...", "Bundesagentur: ...", "SBB: ...", "ECB's Harjunpää:
  ..." and "Ukraine's air force: ..." keep speaker None; "Wetter:", "Sturmwarnung für die
  Nordseeküste:", "Warnstreik im Nahverkehr:", "Amber wind warning:" and "Closing levels:"
  are labels in any reading.
  (2) The source after a headline's closing dash. The thirty-second ("- police") and
  forty-third batches leave it unchecked; the hundred-eighty-second checked "- ONS". Here
  "- police", "- survey", "- Eurostat" and "- Halifax" stay unchecked.
  (3) Correction notes. The twentieth, thirty-second and forty-third batches make a
  correction or clarification notice a negative with its figures labelled, also when it
  gives the right figure ("Berichtigung: Die Zahl der Teilnehmenden lag bei 12.000 und
  nicht ... bei 21.000.", "Correction: ... the correct number is 14."); the
  hundred-eighty-second, and the hundred-ninety-first after it, made such a sentence
  check-worthy. Three older batches against two: "Berichtigung: Die Brücke ist 68 Meter
  lang und nicht, wie zunächst gemeldet, 86 Meter." (68 and 86) and "Correction: An earlier
  version of this story misstated the year the bakery opened; it opened in 1961, not 1916."
  (both years) are negatives with their figures labelled, as are the tags every batch
  agrees on - "(Korrigiert wird im dritten Absatz das Alter des Verletzten: 47 statt 74
  Jahre)" ordinal 3 and both ages (the unit written once, thirtieth), "(Corrects number of
  jobs in headline and first paragraph to 640 from 460)" ordinal 1, 640 and 460 ("to ...
  from" no range, hundred-ninety-first), "(Refiles to add dropped word in fourth
  paragraph)" 4, "Wiederholung mit ergänztem zweitem Absatz" 2 - and "Korrekturhinweis:
  ...", "Wir bitten, das Versehen zu entschuldigen.", "The spelling of the union official's
  surname has been fixed in this version." and "Clarification: ...".
  (4) Puns. The forty-third batch makes a pun that states a fact check-worthy on the fact
  ("Holy cow! Dairy prices hit 10-year high"); the hundred-eighty-second's "a headline pun
  is a label and a negative" is read for puns that state nothing (all its own examples), not
  against the forty-third: "Da ist der Wurm drin: Obstbauern im Burgenland beklagen
  Ernteausfälle von bis zu 40 Prozent" (40 % "up_to") and "Baking bad: Leeds loses its
  oldest bakery after 65 years" (65 years) are check-worthy, "Fog-gone conclusion? Why
  Dublin keeps grinding to a halt" (a pun and a teaser question) a negative.
- New: a source's own revision of its figure, reported in the copy, is a statement of record
  and check-worthy with the old and the new figure, also when it stands among correction
  notes - it tells what a police force, a city or an agency did, not what the desk changed
  in its copy (hundred-twenty-seventh: "korrigierte die Zahl am Abend auf acht";
  hundred-thirty-seventh: "um 1.184 nach unten korrigiert"): "Die Polizei korrigierte die
  Zahl der Verletzten am Abend von neun auf sechs." 9 and 6, "Zunächst hatte die Stadt die
  Kosten auf 4,2 Millionen Euro beziffert, nun geht sie von 5,9 Millionen Euro aus." both
  EUR, "Police later revised the number of people injured down to seven from 11." 7 and
  11, "The figures follow a 0.4% rise in December, which Eurostat revised from an initial
  0.2%." both ("initial" none, eighty-fifth), "The agency later revised the quake's
  magnitude to 6.6 from 6.4." both; their speakers unchecked ("korrigierte", "revised",
  "geht ... aus" no verbs of saying; hundred-sixty-first).
- New: diary lines. A line of the agencies' Termine with a clock time that names a release,
  a session or a press conference states a scheduled event and is check-worthy (thirty-second:
  "a briefing planned"; sixty-fifth: a scheduled sitting), the clock carrying none:
  "10.00 Uhr: Statistik Austria veröffentlicht die Schnellschätzung der Inflation für
  Februar" (no figure; "Schnellschätzung" none, eighty-fifth), "14.00 Uhr: Der Landtag in
  Dresden berät in zweiter Lesung über den Doppelhaushalt 2027/28" ordinal 2 (two-hundred-
  fourth: "in erster Lesung") and the years 2027 and 2028 (fortieth, forty-third:
  "2025/26"); the heading "Termine am Donnerstag, 5. März 2026" is a heading and a negative
  with 2026-03-05 labelled (hundred-eighty-second: "Kalenderblatt für Dienstag, 12. Mai
  2026"). "Die endgültigen Zahlen für Februar folgen am 18. März." is a scheduled release
  too (--03-18).
- Live-ticker entries (thirty-second): the clock stamp carries none in every form here
  ("4.58 Uhr:", "13.30 Uhr:", "Update 12.15 Uhr:", "1432 GMT -", "1525 GMT -", "7:48
  p.m.:", "2:41 p.m. EST:"), and the entry is judged as a sentence: facts with their
  figures ("6.40 Uhr: ... mehr als 90.000 Beschäftigte" "over", "7.15 Uhr: ... auf 48
  Stunden angelegt" 48 hours, "13.30 Uhr: Weiterverhandelt wird am 12. März ..., es ist
  dann bereits die dritte Runde." --03-12 and ordinal 3, "3:12 p.m. EST: The post had been
  vacant for 14 months."), facts without one ("1515 GMT - Network Rail says ...", "7:48
  p.m.: Public broadcaster NHK reports no abnormalities ...", "9:05 p.m.: The tsunami
  advisory has been lifted ..."), and negatives: filler ("11.20 Uhr: Dieser Ticker wird
  laufend ergänzt.", "Stay with us for the latest updates.", "1610 GMT - That's all from us
  for now; ..."), a label ("8.02 Uhr: Der Arbeitgeberverband nennt den Streik „maßlos ...“"),
  advice ("14.10 Uhr: ... rät Pendlern, ...", "1540 GMT - Drivers are urged ..."), a quote
  of feeling ("12.05 Uhr: „Wir stehen seit fünf Uhr früh in der Kälte, ...“" - "fünf Uhr" a
  clock time). "Today is Thursday, March 5, 2026, the 64th day of the year." gives
  2026-03-05 and ordinal 64, "There are 301 days left in the year." 301
  (hundred-eighty-second).
- Captions (forty-third): a caption of an event is check-worthy with its figures and the
  credit carries nothing ("Einsatzkräfte der Bergrettung suchen am Donnerstag im Pitztal
  ...", "Streikende Busfahrerinnen und Busfahrer vor dem Betriebshof ...", "Die neue
  Gondelbahn soll ab Dezember 2027 bis zu 2.400 Personen pro Stunde ..." the year, "ab" no
  hedge before a date, and 2400 "up_to" with "pro Stunde" none, "Bundestrainerin Karin
  Mölders (58) bei der Kaderbekanntgabe ..." 58 years (sixth: "Maria Hofer (58)"), "...
  in London, Britain, March 5, 2026. REUTERS/Ellen Morrow" 2026-03-05, "Rescue workers
  inspect a collapsed wall ... (Kyodo News via AP)", "Gareth Pryce, 44, leaves Cardiff
  Crown Court ... after being jailed for six years. (Photo: PA)" 44 and 6 years); archive,
  symbol and file pictures ("Archivbild: ...", "Symbolbild: ...", "... REUTERS/Kaito
  Fujimura/File Photo") and credits alone ("Foto: APA/Hannes Wechselberger", "(AP
  Photo/Daniel Ferreira)") are negatives.
- Headings, links and service lines are negatives (fourteenth, thirty-second, forty-third,
  hundred-eighty-second): "Die wichtigsten Nachrichten am Donnerstagmorgen im Überblick",
  "Wirtschaft kompakt", "STICHWORT: Der Hausgerätehersteller Brenntal", "Live updates:
  Senate confirmation hearings", "Council by-election result: Harrowby ward, South
  Kesteven", "Lesen Sie auch: ...", "Mehr dazu: Inflation im Euroraum fällt auf 2,1
  Prozent" (2.1 % labelled), "READ MORE: Brightwell Foods shares slump 9% ..." (9 %
  labelled), bylines ("Von Katrin Seidlmayer, dpa", "By Hannah Kettering and Tomás
  Reyes"), "Stand: 05.03.2026, 16:40 Uhr" (2026-03-05, the German numeric date read in
  full, the clock none), "Updated 14 minutes ago" (14 minutes labelled), the credit line
  "(Reporting by ...; Writing by ...; Editing by ...)"; teaser questions ("Wird Heizen im
  nächsten Winter wieder teurer?", "Rate cut or not? What the ECB's next move means for
  your mortgage"); column headlines ("Kommentar: Die Brückenmilliarden kommen zwanzig Jahre
  zu spät" with 20 years labelled, forty-third: "Meinung: 4,5 Prozent ..."; "Opinion:
  ..."); the no-comment line "Ardmore and Tessel declined to comment." (fourteenth).
- Factbox and results lines are check-worthy with their figures (thirty-fourth, forty-third,
  hundred-eighty-second): "Gründung: 1898 in Bielefeld", "Beschäftigte: weltweit rund
  9.300, davon 4.800 in Deutschland" ("davon" no hedge), "Umsatz 2025: 2,64 Milliarden Euro
  (minus 7 Prozent)" the year, the EUR amount and -7 % (first batch: "bei minus 3
  Prozent"), "Vorstandschef: Jörg Wessendorf (seit 2021)", "Zuschauer: 6.912 (ausverkauft)",
  "Majority: 328", "Turnout: 27.9%", "Reform UK 1,204 (41.3%), Labour 876 (30.1%), ..." four
  counts and four shares, "Reform UK gain from Labour." without a figure. Results lines
  (forty-sixth, hundred-fifty-third, hundred-eighty-second): "Endstand nach zwei
  Durchgängen" 2, "1. Matej Kovačič", "2. ...", "3. ..." ordinals, "2:21,47 Minuten" 2
  minutes and 21.47 seconds, "+0,36 Sekunden" and "+0,81" seconds (the unit carried,
  forty-sixth: "+0,42"), "Spiel 3" ordinal 3 (hundred-eighty-second: "Game 5"), "58.
  Minute" 58, "first round" and "first-set" 1, "his 11th 30-point game" 11 and 30 (a figure
  heading a compound, sixth: "12-member jury"); scores none ("3:2 n.V. (1:0, 0:2, 1:0,
  1:0)", "zum 2:2", "Boston Celtics 112 Miami Heat 104, ... (OT)"). New: the tiebreak
  points in brackets of a tennis score ("7-6(4) 6-3") belong to the score and carry none.
- Tickers and market lines (forty-sixth, hundred-fifty-fourth, hundred-eighty-second): index
  levels are counts ("Dax: 24.187 Punkte", "ATX: 4.512,30 Punkte" 4512.3, "STOXX 600 at
  598.40", "FTSE 100 9,104.22"); a sign glued to a figure is its sign ("(-0,8 %)" -0.8,
  "(+0,2 %)" 0.2, "Kestner Automotive -4,2 %" -4.2, "(-0.6%)" -0.6); index names carry none
  ("Euro Stoxx 50", "STOXX 600", "FTSE 100", "CAC 40", the "Nikkei share average", and
  "OPEC+"); prices are money in the currency written ("Euro: 1,0842 Dollar" USD, "Brent:
  74,12 Dollar je Barrel", "to $74.12", "climbs $18 to $4,512.40 an ounce" both), an
  exchange rate in the priced currency ("Dollar firms to 151.20 yen" 151.2 JPY; fourth,
  fourteenth); "$3.5 bln", "$4.2 bln to $4.4 bln" both, "£84 mln" (forty-third,
  hundred-eighty-second); "Q4" ordinal 4 (eighty-fifth); "FY", "full-year",
  "month-on-month" none; "6.2 pence a share, up from 5.8 pence" 0.062 and 0.058 GBP
  (hundred-twenty-fifth); "um 11 Cent weniger" 0.11 EUR (hundred-fifteenth: "um 5 Cent");
  "Ein Liter" none (hundred-seventy-third); "1,2 Mia. Franken", "3,1 Mia. Franken" CHF
  (fortieth); "7,50 Franken je Aktie" 7.5 CHF.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About" "about"; "mehr
  als", "More than", "more than" "over"; "Fast", "knapp" "nearly"; "bis zu", "up to"
  "up_to"; "mindestens", "At least" "at_least"; "weniger als", "unter" "under" ("Werte unter
  50 Punkten" 50 "under", thirty-second: "unter 22.000 Punkte"). No hedge: "im Schnitt"
  (two-hundred-fourth: "durchschnittlich"), "davon", "von ihnen", "nur", "je", "um" before
  a difference, "within", "by", "from ... to", "after", and "über" after a noun that it
  completes ("ein Angebot der Arbeitgeber über 3,5 Prozent", forty-third: "Sparpaket über
  6,4 Milliarden Euro"). New: "over" before a span the verb stretches across is no hedge
  ("stole more than £1.2 million from a hospice over nine years" 9 years with none, the
  £1.2 million "over"; hundred-eighty-second: "over the three months to March"). "als Sockel
  mindestens 350 Euro im Monat" 350 EUR "at_least" ("im Monat" none).
- Durations (every batch): "48 Stunden" and "a 48-hour walkout" 48 hours, "mit 24 Monaten
  Laufzeit", "zweieinhalb Stunden" 2.5 hours (thirty-second: "sechseinhalb"), "nach rund 20
  Minuten" and "nach rund dreistündiger Beratung" "about" (nineteenth: "fast 16-stündigen"),
  "weniger als drei Minuten" "under", "so billig wie seit drei Jahren nicht mehr" 3 years
  (forty-third: "seit zehn Jahren nicht mehr"), "in four months" 4 months (forty-third:
  "biggest drop in four months"), "for five hours", "for more than six hours" "over",
  "within 30 minutes", "after 65 years", "one hour and 48 minutes" two durations; ages in
  years ("41-Jährigen", "34-jähriger", "38-Jähriger", "52-jährigen", "(58)", "Man, 27,",
  "Gareth Pryce, 44,", "Mayhew, 61,"). None: "in der Nacht zum Samstag", "im Monat", "pro
  Woche", "pro Stunde", "vor einem Jahr", "im Vorjahresmonat", "im Vorjahr", "im vergangenen
  Jahr", "im laufenden Jahr", "in diesem Winter", "last year", "last winter", "this year",
  "in the coming year", weekdays, months ("im Februar", "by September") and clock times
  ("seit fünf Uhr früh", "from 6 a.m. Friday", "at 6 p.m.", "by midday").
- Counts (every batch): "zwei von ihnen", "drei von ihnen" and "Four of the injured"
  (definite groups, forty-first), "372 von 410", "212 von 860", "14 of its 30 beds", "in drei
  Bundesländern", "in zwei Schritten" 2, "die Gefahrenstufe 3 der fünfteiligen Skala" 3 and 5
  (thirty-second), "Die acht Geschworenen" 8, magnitudes "6.4" and "6.6" (hundred-thirty-
  fifth), physical measures (fourth: "2.800 Metern", "300 Meter", "4.1 metres", "a
  300-kilometer stretch" 300, "about 40 kilometers (25 miles)" 40 "about" and 25 with none,
  thirty-second; "up to 1 meter", "up to 80 mph", "90 mph", "bis zu 120 km/h", "bis zu 19
  Grad"), "voted 52-47" two counts (tallies, fifth), "the 21 countries that use the euro"
  21, "three people familiar with the matter" 3, "one more rate cut" 1
  (hundred-eighty-second: "two rate cuts"), "23 fraud charges" 23 (fifteenth: "seven
  counts"). None: "A59", "A9" (roads, hundred-fifty-second), "Einer der Verschütteten" (a
  pronoun, eleventh), "Die beiden Verschütteten" (hundred-sixty-first: "beide"), "UPDATE
  1".
- Ordinals: "Vierter Rückgang in Folge", "for fourth month running", "zum dritten Mal in
  Folge", "die dritte Runde", "the third monthly decline", "das siebte tödliche
  Lawinenunglück", "der dritte Weltcupsieg ... und der elfte", "im vierten Quartal", "in
  zweiter Lesung", "nach einer ersten Schätzung" 1 (eleventh: with an article).
- Fractions (the issue: "jeder vierte"): "Fast jeder vierte Ausbildungsplatz" 0.25
  "nearly", "jeden zehnten Euro Umsatz" 0.1, "knapp ein Drittel mehr" 0.3333 "nearly" (the
  "mehr" after the share compares), "about one in eight" 0.125 "about" (sixth: "one in
  four"), "a third of scheduled departures" 0.3333, "two-thirds of them" 0.6667, and the
  headline shares above.
- Years and dates: "seit Sommer 2024", "im Juli 2025", "bis Ende 2027", "Ende 2026", "in
  2023", "in 2024", "from 2017 to 2019" the years with no hedge; "am 12. März" --03-12, "am
  18. März" --03-18, "effective April 1" --04-01; Reuters datelines with a day ("KYIV, March
  5 (Reuters)", "PARIS, ...", "BRUSSELS, ...", "FRANKFURT, ...", "AMSTERDAM, ...", "LEEDS,
  England, March 5 (Reuters)") --03-05; dpa, APA, Keystone-SDA, awp, Reuters German
  ("Bielefeld (Reuters) -"), AP ("TOKYO (AP) —"), PA ("PRESTON (PA) -", "CARDIFF (PA) -")
  and "DUBLIN (Reuters)" datelines none (seventy-ninth).
- Check-worthy without a figure (21 rows; thirty-second, forty-third,
  hundred-eighty-second): flashes of events (the avalanche, the Westbahn closure, the life
  sentence, the CalMac cancellations), the Börsenticker's market move, a diary line,
  ticker facts (the standstill "teilte Verdi mit", NHK's report, the halted bullet trains,
  the lifted advisory, Network Rail's closure, the A9 closed), "There were no immediate
  reports of injuries or serious damage." (eighty-first: "Verletzt wurde niemand"), the
  attribution row "Das teilte die Landespolizeidirektion Tirol mit." (hundred-thirty-
  second), a death reported by the police, "Sein Verteidiger meldete Berufung an, das
  Urteil ist somit nicht rechtskräftig." (hundred-nineteenth), event captions, a results
  line with scores only and "Reform UK gain from Labour.".
- Speakers, checked only in forms the earlier batches settled, never in a headline (above):
  "teilte die Polizei mit", "teilte die Bundespolizei mit", "teilte der ÖAMTC mit", "teilte
  die Bundesagentur für Arbeit mit", "teilte die Statistik Austria am Donnerstag mit"
  (fifty-fourth), "teilte das Unternehmen am Donnerstag mit" (the weekday dropped) and "Das
  teilte die Landespolizeidirektion Tirol mit." the source with its article in the
  nominative (thirty-second, hundred-eighty-second); "teilte Verdi mit" -> "Verdi" (a name
  without an article, thirty-second: "teilte Stromnetz Berlin mit"); "Nach Angaben der
  Gewerkschaft" -> "die Gewerkschaft" and "nach Angaben des Betreibers" -> "der Betreiber"
  (thirty-second: "Nach Angaben der Polizei"); "laut Lawinenwarndienst" ->
  "Lawinenwarndienst" as written (thirtieth: "laut Polizei"); "sagte Oberstaatsanwältin
  Corinna Haberstroh", "sagte Einsatzleiter Florian Tschurtschenthaler", "sagte
  Vorstandschef Jörg Wessendorf", "sagte Gerichtssprecherin Martina Ebenhofer", "sagte
  Konzernchefin Annina Brügger" the name with the title dropped; "..., so Wessendorf." (the
  issue: "so Selenskyj") for a quoted fact. English: "police said" -> "police", "North West
  Ambulance Service said", "Lancashire Police said", "Eurocontrol said", "Eurostat said",
  "according to Network Rail" and "according to Scottish and Southern Electricity
  Networks" as written (thirty-second, forty-third); "the airline said", "the company said
  on Thursday", "the airport said", "the agency said" (a body named earlier taken up by its
  common noun, hundred-twenty-third) and "the Japan Meteorological Agency said" with the
  article in lower case; "The Met Office said" -> "the Met Office" (hundred-fourteenth:
  the article lowered); "Odesa Governor Oleh Marchenko said" and "Bank of Finland Governor
  Ilkka Harjunpää said on Thursday" the name with the title dropped (two-hundred-fourth:
  "Lviv Governor Maksym Kovalenko said"); "Harjunpää said ..." opening the row and "Chair
  Helen Marsh told reporters outside court" -> "Helen Marsh" ("X told reporters", the place
  after it dropped). Left unchecked (None): headline colons and closing dashes (above), the
  present "says" of headlines and tickers ("charity says", "sources say", "Network Rail
  says", "Police Scotland says", "East Japan Railway says", "NHK reports", "the agency
  says"; forty-third), "teilten die ÖBB mit" and "wie die SBB ... mitteilten" (plural
  names, thirty-second), "hieß es", "warnt", "verlangt", "korrigierte", "revised", "put ...
  at", "reported" (no verbs of saying), "Der Deutsche Wetterdienst warnt", "the Ukrainian
  air force said" (an adjective heading the source, hundred-first), "grid operator
  Ukrenergo said" and "the European Union's statistics office said" (a description or a
  possessive heading the source, eighty-third, hundred-fifty-ninth), "three people familiar
  with the matter said", "Cardiff Crown Court heard", "it said", rows without attribution
  and all negatives, also those with a named speaker.
- Negatives not listed above (fourteenth, thirty-second, forty-third, ninety-eighth,
  hundred-eighty-second): labels („verfrüht, solange Wohnen ein Luxus bleibt“, „maßlos und
  völlig unverhältnismäßig“), quotes of feeling, verdict and rhetoric (the finance
  minister, a mountain rescuer, the defendant's last word, Marchenko on Telegram, Oyelaran,
  Harjunpää's "We should not declare victory too early", a trader, the bus operator, the
  Senate majority leader, the winning candidate), a judge's rebuke (thirty-second), appeals
  ("Die Bergrettung appellierte ...", "Anyone who filmed the crash on a dashcam is asked to
  contact Lancashire Police.").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_228 = [
    # --- Termine am Donnerstag (dpa, APA) ---
    ("de", "Termine am Donnerstag, 5. März 2026", False, [("date", "2026-03-05", None, None)], None),
    (
        "de",
        "10.00 Uhr: Statistik Austria veröffentlicht die Schnellschätzung der Inflation für Februar",
        True,
        [],
        None,
    ),
    (
        "de",
        "14.00 Uhr: Der Landtag in Dresden berät in zweiter Lesung über den Doppelhaushalt 2027/28",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    # --- Today in History (AP) ---
    (
        "en",
        "Today is Thursday, March 5, 2026, the 64th day of the year.",
        True,
        [("date", "2026-03-05", None, None), ("ordinal", 64, None, None)],
        None,
    ),
    ("en", "There are 301 days left in the year.", True, [("count", 301, None, None)], None),
    # --- Nachrichtenüberblick am Morgen (dpa) ---
    ("de", "Die wichtigsten Nachrichten am Donnerstagmorgen im Überblick", False, [], None),
    ("de", "Elf Verletzte nach Gasexplosion in Mehrfamilienhaus in Chemnitz", True, [("count", 11, None, None)], None),
    (
        "de",
        "Vierter Rückgang in Folge: Industrieproduktion sinkt im Januar um 1,1 Prozent",
        True,
        [("ordinal", 4, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Fünftel weniger Neuzulassungen von Elektroautos im Februar",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Kabinett billigt 20-Milliarden-Euro-Paket für marode Brücken",
        True,
        [("money", 20000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sechs Jahre Haft für 41-Jährigen nach Brandanschlag auf Umspannwerk",
        True,
        [("duration", 6, "year", None), ("duration", 41, "year", None)],
        None,
    ),
    ("de", "Kanzler reist zu zweitägigem Besuch nach Warschau", True, [("duration", 2, "day", None)], None),
    ("de", "Rund 300 Flüge in Frankfurt wegen Warnstreiks gestrichen", True, [("count", 300, None, "about")], None),
    ("de", "Wird Heizen im nächsten Winter wieder teurer?", False, [], None),
    (
        "de",
        "Kommentar: Die Brückenmilliarden kommen zwanzig Jahre zu spät",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Chemnitz (dpa) - Bei einer Gasexplosion in einem Mehrfamilienhaus im Stadtteil Sonnenberg sind in der Nacht zum Donnerstag elf Menschen verletzt worden, drei von ihnen schwer.",
        True,
        [("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Haus mit 24 Wohnungen ist einsturzgefährdet und wurde gesperrt, teilte die Polizei mit.",
        True,
        [("count", 24, None, None)],
        "die Polizei",
    ),
    # --- Top headlines (Reuters, AP, PA) ---
    (
        "en",
        "Two dead, 14 injured as double-decker bus hits rail bridge in Lancashire",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "One in five UK adults skipped meals to save money last winter, charity says",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Three-quarters of U.S. small businesses expect tariffs to hit hiring - survey",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "en",
        "UK house prices rise for fourth month running, up 0.5% in February - Halifax",
        True,
        [("ordinal", 4, None, None), ("percent", 0.5, "%", None)],
        None,
    ),
    ("en", "ECB's Harjunpää: inflation should be back at 2% target by summer", True, [("percent", 2, "%", None)], None),
    (
        "en",
        "Ukraine's air force: 410 drones launched overnight, 372 shot down",
        True,
        [("count", 410, None, None), ("count", 372, None, None)],
        None,
    ),
    (
        "en",
        "EXCLUSIVE-Buyout firm Ardmore weighs $3.5 bln bid for Dutch chipmaker Tessel, sources say",
        True,
        [("money", 3500000000, "USD", None)],
        None,
    ),
    (
        "en",
        "UPDATE 1-Skyvale Airways cancels 220 flights as French air traffic strike bites",
        True,
        [("count", 220, None, None)],
        None,
    ),
    (
        "en",
        "Man, 27, arrested after woman stabbed in Bristol city centre - police",
        True,
        [("duration", 27, "year", None)],
        None,
    ),
    (
        "en",
        "Two dozen flights diverted as fog shuts Dublin airport for five hours",
        True,
        [("count", 24, None, None), ("duration", 5, "hour", None)],
        None,
    ),
    ("en", "Rate cut or not? What the ECB's next move means for your mortgage", False, [], None),
    ("en", "Opinion: Britain's bus network is being run into the ground", False, [], None),
    # --- Liveticker Warnstreik im Nahverkehr (dpa) ---
    ("de", "+++ Liveticker zum Warnstreik im Nahverkehr +++", False, [], None),
    (
        "de",
        "Warnstreik im Nahverkehr: In rund 80 Städten fahren keine Busse und Bahnen",
        True,
        [("count", 80, None, "about")],
        None,
    ),
    (
        "de",
        "4.58 Uhr: In Hamburg, Köln und München steht seit Betriebsbeginn der gesamte Nahverkehr still, teilte Verdi mit.",
        True,
        [],
        "Verdi",
    ),
    (
        "de",
        "6.40 Uhr: Nach Angaben der Gewerkschaft beteiligen sich bundesweit mehr als 90.000 Beschäftigte an dem Ausstand.",
        True,
        [("count", 90000, None, "over")],
        "die Gewerkschaft",
    ),
    (
        "de",
        "7.15 Uhr: Der Ausstand ist auf 48 Stunden angelegt und endet erst in der Nacht zum Samstag.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    ("de", "8.02 Uhr: Der Arbeitgeberverband nennt den Streik „maßlos und völlig unverhältnismäßig“.", False, [], None),
    (
        "de",
        "9.30 Uhr: Verdi verlangt für die rund 130.000 Beschäftigten eine Erhöhung um 8 Prozent, als Sockel mindestens 350 Euro im Monat.",
        True,
        [("count", 130000, None, "about"), ("percent", 8, "%", None), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "10.45 Uhr: Auf dem Tisch liegt bisher ein Angebot der Arbeitgeber über 3,5 Prozent, gestaffelt in zwei Schritten und mit 24 Monaten Laufzeit.",
        True,
        [("percent", 3.5, "%", None), ("count", 2, None, None), ("duration", 24, "month", None)],
        None,
    ),
    ("de", "11.20 Uhr: Dieser Ticker wird laufend ergänzt.", False, [], None),
    (
        "de",
        "12.05 Uhr: „Wir stehen seit fünf Uhr früh in der Kälte, aber die Stimmung ist bestens“, sagt ein Streikposten in Köln.",
        False,
        [],
        None,
    ),
    (
        "de",
        "13.30 Uhr: Weiterverhandelt wird am 12. März in Berlin, es ist dann bereits die dritte Runde.",
        True,
        [("date", "--03-12", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "14.10 Uhr: Der Fahrgastverband Pro Bahn rät Pendlern, auf Fahrgemeinschaften auszuweichen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "15.45 Uhr: In München sind nach Angaben des Betreibers nur 212 von 860 Bussen unterwegs, vor allem Linien privater Subunternehmer.",
        True,
        [("count", 212, None, None), ("count", 860, None, None)],
        "der Betreiber",
    ),
    # --- Overnight attack on Ukraine (Reuters) ---
    (
        "en",
        "KYIV, March 5 (Reuters) - Russia fired 410 drones and 12 missiles in an overnight attack, the Ukrainian air force said on Thursday, adding that 372 drones and nine missiles had been shot down.",
        True,
        [
            ("date", "--03-05", None, None),
            ("count", 410, None, None),
            ("count", 12, None, None),
            ("count", 372, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        "At least three people were killed in the Odesa region, Odesa Governor Oleh Marchenko said.",
        True,
        [("count", 3, None, "at_least")],
        "Oleh Marchenko",
    ),
    (
        "en",
        '"Every night they try to break us, and every morning we are still standing," Marchenko wrote on Telegram.',
        False,
        [],
        None,
    ),
    (
        "en",
        "In Moscow, the defence ministry reported 61 Ukrainian drones destroyed over Russian territory overnight.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Power was cut to about 160,000 households in Odesa after a strike on an energy facility, grid operator Ukrenergo said.",
        True,
        [("count", 160000, None, "about")],
        None,
    ),
    # --- Eilmeldung Westbahn (APA) ---
    ("de", "+++ Eilmeldung +++ Westbahn nach Oberleitungsschaden bei St. Pölten gesperrt +++", True, [], None),
    (
        "de",
        "Update 9.40 Uhr: Nach zweieinhalb Stunden ist die Strecke wieder frei, teilten die ÖBB mit.",
        True,
        [("duration", 2.5, "hour", None)],
        None,
    ),
    (
        "de",
        "Rund 14.000 Fahrgäste waren von Verspätungen und Zugausfällen betroffen.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    # --- French air traffic strike (Reuters) ---
    (
        "en",
        "PARIS, March 5 (Reuters) - Skyvale Airways cancelled 220 flights on Thursday, about one in eight of its scheduled services, as a 48-hour walkout by French air traffic controllers got under way, the airline said.",
        True,
        [
            ("date", "--03-05", None, None),
            ("count", 220, None, None),
            ("fraction", 0.125, None, "about"),
            ("duration", 48, "hour", None),
        ],
        "the airline",
    ),
    (
        "en",
        "French aviation regulators had told carriers to drop a third of scheduled departures at Paris-Orly and Marseille.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "Overflights were also hit, with about 1,900 flights delayed across Europe by midday, Eurocontrol said.",
        True,
        [("count", 1900, None, "about")],
        "Eurocontrol",
    ),
    (
        "en",
        "The airline put the cost of the strike at 9 million euros, and its shares fell 2.3% in early trading in London.",
        True,
        [("money", 9000000, "EUR", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        '"Passengers are once again paying the price for a dispute that has nothing to do with them," Skyvale Chief Executive Marcus Oyelaran said.',
        False,
        [],
        None,
    ),
    # --- Schlagzeilen mit Quelle (dpa, APA, Reuters) ---
    (
        "de",
        "Polizei: 23 Festnahmen bei Razzia gegen Schleuserbande in drei Bundesländern",
        True,
        [("count", 23, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "ÖAMTC: Diesel so billig wie seit drei Jahren nicht mehr", True, [("duration", 3, "year", None)], None),
    (
        "de",
        "Ukrainische Luftwaffe: 372 von 410 Drohnen abgefangen",
        True,
        [("count", 372, None, None), ("count", 410, None, None)],
        None,
    ),
    (
        "de",
        "HCOB: Dienstleister in Deutschland schrumpfen zum dritten Mal in Folge",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Statistik Austria: Zahl der Nächtigungen im Jänner um 4,2 Prozent gestiegen",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesagentur: Fast jeder vierte Ausbildungsplatz noch unbesetzt",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei der Razzia durchsuchten rund 400 Beamte 31 Wohnungen in Bayern, Sachsen und Brandenburg, teilte die Bundespolizei mit.",
        True,
        [("count", 400, None, "about"), ("count", 31, None, None)],
        "die Bundespolizei",
    ),
    (
        "de",
        "Die Bande soll seit Sommer 2024 mehr als 1.500 Menschen nach Deutschland geschleust haben.",
        True,
        [("year", 2024, None, None), ("count", 1500, None, "over")],
        None,
    ),
    (
        "de",
        "Für jede Schleusung seien bis zu 6.000 Euro verlangt worden, sagte Oberstaatsanwältin Corinna Haberstroh.",
        True,
        [("money", 6000, "EUR", "up_to")],
        "Corinna Haberstroh",
    ),
    (
        "de",
        "Ein Liter Diesel kostete im Februar im Schnitt 1,48 Euro, um 11 Cent weniger als im Vorjahresmonat, teilte der ÖAMTC mit.",
        True,
        [("money", 1.48, "EUR", None), ("money", 0.11, "EUR", None)],
        "der ÖAMTC",
    ),
    (
        "de",
        "Der Einkaufsmanagerindex für den Dienstleistungssektor fiel im Februar auf 48,7 Punkte, nach 49,4 Punkten im Januar, hieß es am Donnerstag.",
        True,
        [("count", 48.7, None, None), ("count", 49.4, None, None)],
        None,
    ),
    ("de", "Werte unter 50 Punkten zeigen ein Schrumpfen an.", True, [("count", 50, None, "under")], None),
    (
        "de",
        "Von den rund 520.000 gemeldeten Ausbildungsstellen waren Ende Februar noch 124.000 unbesetzt, teilte die Bundesagentur für Arbeit mit.",
        True,
        [("count", 520000, None, "about"), ("count", 124000, None, None)],
        "die Bundesagentur für Arbeit",
    ),
    # --- Bus crash in Lancashire (PA) ---
    (
        "en",
        "PRESTON (PA) - Two people died and 14 were injured when a double-decker bus struck a railway bridge in Lancashire on Thursday morning, police said.",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        "police",
    ),
    (
        "en",
        "Four of the injured were taken to Royal Preston Hospital with serious injuries, North West Ambulance Service said.",
        True,
        [("count", 4, None, None)],
        "North West Ambulance Service",
    ),
    (
        "en",
        "The bus was carrying 38 passengers, Lancashire Police said.",
        True,
        [("count", 38, None, None)],
        "Lancashire Police",
    ),
    (
        "en",
        "The bridge has a clearance of 4.1 metres, according to Network Rail.",
        True,
        [("count", 4.1, None, None)],
        "Network Rail",
    ),
    (
        "en",
        "Traffic on the A59 was halted for more than six hours while investigators worked at the scene.",
        True,
        [("duration", 6, "hour", "over")],
        None,
    ),
    ("en", "Anyone who filmed the crash on a dashcam is asked to contact Lancashire Police.", False, [], None),
    (
        "en",
        '"Today is a dark day for our drivers and for the whole town," the bus operator said.',
        False,
        [],
        None,
    ),
    # --- EILMELDUNG Inflation in Österreich (APA) ---
    (
        "de",
        "EILMELDUNG: Teuerung in Österreich fällt im Februar auf 2,6 Prozent",
        True,
        [("percent", 2.6, "%", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die Teuerungsrate ist im Februar nach einer ersten Schätzung auf 2,6 Prozent zurückgegangen, nach 3,1 Prozent im Jänner, teilte die Statistik Austria am Donnerstag mit.",
        True,
        [("ordinal", 1, None, None), ("percent", 2.6, "%", None), ("percent", 3.1, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Billiger als vor einem Jahr waren vor allem Treibstoffe, sie kosteten um 6,4 Prozent weniger.",
        True,
        [("percent", 6.4, "%", None)],
        None,
    ),
    (
        "de",
        "Nahrungsmittel verteuerten sich dagegen um 3,8 Prozent, Mieten um 4,5 Prozent.",
        True,
        [("percent", 3.8, "%", None), ("percent", 4.5, "%", None)],
        None,
    ),
    ("de", "Die endgültigen Zahlen für Februar folgen am 18. März.", True, [("date", "--03-18", None, None)], None),
    ("de", "„Die Teuerung ist endlich wieder dort, wo sie hingehört“, sagte der Finanzminister.", False, [], None),
    (
        "de",
        "Die Arbeiterkammer nannte die Entwarnung „verfrüht, solange Wohnen ein Luxus bleibt“.",
        False,
        [],
        None,
    ),
    # --- Euro zone retail sales (Reuters) ---
    (
        "en",
        "URGENT-Euro zone retail sales fall 0.6% in January - Eurostat",
        True,
        [("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "BRUSSELS, March 5 (Reuters) - Retail sales in the 21 countries that use the euro fell 0.6% month-on-month in January, the European Union's statistics office said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("count", 21, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    ("en", "Economists polled by Reuters had expected a decline of 0.2%.", True, [("percent", 0.2, "%", None)], None),
    (
        "en",
        "Compared with January last year, sales were 1.4% higher, Eurostat said.",
        True,
        [("percent", 1.4, "%", None)],
        "Eurostat",
    ),
    (
        "en",
        "Sales of non-food products dropped 1.1%, while food, drinks and tobacco rose 0.3%.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "It was the third monthly decline in four months.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "The figures follow a 0.4% rise in December, which Eurostat revised from an initial 0.2%.",
        True,
        [("percent", 0.4, "%", None), ("percent", 0.2, "%", None)],
        None,
    ),
    # --- EIL Lawine im Pitztal (APA) ---
    ("de", "EIL: Lawine erfasst Skitourengeher im Tiroler Pitztal", True, [], None),
    (
        "de",
        "Innsbruck (APA) - Im Tiroler Pitztal sind am Donnerstagvormittag vier Skitourengeher von einer Lawine erfasst worden, zwei von ihnen wurden ganz verschüttet.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Das teilte die Landespolizeidirektion Tirol mit.", True, [], "die Landespolizeidirektion Tirol"),
    (
        "de",
        "Abgegangen war das Schneebrett auf rund 2.800 Metern Seehöhe, seine Breite betrug etwa 300 Meter.",
        True,
        [("count", 2800, None, "about"), ("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Die beiden Verschütteten wurden nach rund 20 Minuten geortet, sagte Einsatzleiter Florian Tschurtschenthaler.",
        True,
        [("duration", 20, "minute", "about")],
        "Florian Tschurtschenthaler",
    ),
    (
        "de",
        "Update 12.15 Uhr: Einer der Verschütteten konnte nur noch tot geborgen werden, teilte die Polizei mit.",
        True,
        [],
        "die Polizei",
    ),
    (
        "de",
        "Ein 34-jähriger Deutscher kam mit schweren Verletzungen per Hubschrauber in die Innsbrucker Klinik.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Im Einsatz standen rund 60 Bergretter, zwei Hubschrauber und vier Lawinenhunde.",
        True,
        [("count", 60, None, "about"), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Für das Pitztal galt laut Lawinenwarndienst die Gefahrenstufe 3 der fünfteiligen Skala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        "Lawinenwarndienst",
    ),
    (
        "de",
        "Es ist das siebte tödliche Lawinenunglück in Tirol in diesem Winter.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    ("de", "„Die Schneedecke ist derzeit extrem heimtückisch“, sagte ein Sprecher der Bergrettung.", False, [], None),
    (
        "de",
        "Die Bergrettung appellierte an Wintersportler, die gesicherten Pisten nicht zu verlassen.",
        False,
        [],
        None,
    ),
    # --- ECB policymaker (Reuters) ---
    (
        "en",
        "FRANKFURT, March 5 (Reuters) - Euro zone inflation should settle at the European Central Bank's 2% target by the summer, Bank of Finland Governor Ilkka Harjunpää said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("percent", 2, "%", None)],
        "Ilkka Harjunpää",
    ),
    (
        "en",
        "Harjunpää said markets were right to price in one more rate cut this year, but no more than that.",
        True,
        [("count", 1, None, None)],
        "Harjunpää",
    ),
    ("en", '"We should not declare victory too early," Harjunpää said.', False, [], None),
    # --- dpa-AFX-Börsenticker ---
    ("de", "dpa-AFX-Börsenticker: Dax rutscht ab, Autowerte unter Druck", True, [], None),
    ("de", "Dax: 24.187 Punkte (-0,8 %)", True, [("count", 24187, None, None), ("percent", -0.8, "%", None)], None),
    (
        "de",
        "Euro Stoxx 50: 5.412 Punkte (-0,5 %)",
        True,
        [("count", 5412, None, None), ("percent", -0.5, "%", None)],
        None,
    ),
    ("de", "ATX: 4.512,30 Punkte (+0,2 %)", True, [("count", 4512.3, None, None), ("percent", 0.2, "%", None)], None),
    ("de", "Euro: 1,0842 Dollar", True, [("money", 1.0842, "USD", None)], None),
    (
        "de",
        "Brent: 74,12 Dollar je Barrel (-1,1 %)",
        True,
        [("money", 74.12, "USD", None), ("percent", -1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Größte Verlierer im Dax: Kestner Automotive -4,2 %, Brandauer Industries -3,1 %",
        True,
        [("percent", -4.2, "%", None), ("percent", -3.1, "%", None)],
        None,
    ),
    # --- Market lines (Reuters) ---
    (
        "en",
        "STOCKS-European shares slip 0.7% as carmakers drag; STOXX 600 at 598.40",
        True,
        [("percent", 0.7, "%", None), ("count", 598.4, None, None)],
        None,
    ),
    (
        "en",
        "FOREX-Dollar firms to 151.20 yen after strong U.S. services data",
        True,
        [("money", 151.2, "JPY", None)],
        None,
    ),
    (
        "en",
        "GOLD-Gold climbs $18 to $4,512.40 an ounce as yields dip",
        True,
        [("money", 18, "USD", None), ("money", 4512.4, "USD", None)],
        None,
    ),
    (
        "en",
        "OIL-Brent falls 1.1% to $74.12 as OPEC+ weighs output hike",
        True,
        [("percent", 1.1, "%", None), ("money", 74.12, "USD", None)],
        None,
    ),
    (
        "en",
        "Closing levels: FTSE 100 9,104.22 (-0.6%), DAX 24,187.10 (-0.8%), CAC 40 7,985.31 (-0.4%)",
        True,
        [
            ("count", 9104.22, None, None),
            ("percent", -0.6, "%", None),
            ("count", 24187.1, None, None),
            ("percent", -0.8, "%", None),
            ("count", 7985.31, None, None),
            ("percent", -0.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"It feels like everyone is waiting for someone else to blink," said a trader at a London brokerage.',
        False,
        [],
        None,
    ),
    # --- Wirtschaft kompakt (Reuters, awp, APA) und STICHWORT ---
    ("de", "Wirtschaft kompakt", False, [], None),
    (
        "de",
        "Bielefeld (Reuters) - Der Hausgerätehersteller Brenntal streicht bis Ende 2027 rund 1.100 Stellen in Deutschland, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("year", 2027, None, None), ("count", 1100, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Betroffen ist vor allem das Werk in Gütersloh, das Ende 2026 schließen soll, sagte Vorstandschef Jörg Wessendorf.",
        True,
        [("year", 2026, None, None)],
        "Jörg Wessendorf",
    ),
    (
        "de",
        "„Wir haben im vergangenen Jahr in Deutschland jeden zehnten Euro Umsatz verloren“, so Wessendorf.",
        True,
        [("fraction", 0.1, None, None)],
        "Wessendorf",
    ),
    ("de", "STICHWORT: Der Hausgerätehersteller Brenntal", False, [], None),
    ("de", "Gründung: 1898 in Bielefeld", True, [("year", 1898, None, None)], None),
    (
        "de",
        "Beschäftigte: weltweit rund 9.300, davon 4.800 in Deutschland",
        True,
        [("count", 9300, None, "about"), ("count", 4800, None, None)],
        None,
    ),
    (
        "de",
        "Umsatz 2025: 2,64 Milliarden Euro (minus 7 Prozent)",
        True,
        [("year", 2025, None, None), ("money", 2640000000, "EUR", None), ("percent", -7, "%", None)],
        None,
    ),
    ("de", "Vorstandschef: Jörg Wessendorf (seit 2021)", True, [("year", 2021, None, None)], None),
    (
        "de",
        "Zürich (awp) - Der Rückversicherer Helvara hat 2025 einen Reingewinn von 1,2 Mia. Franken erzielt, knapp ein Drittel mehr als im Vorjahr.",
        True,
        [("year", 2025, None, None), ("money", 1200000000, "CHF", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "Die Dividende soll auf 7,50 Franken je Aktie steigen.", True, [("money", 7.5, "CHF", None)], None),
    (
        "de",
        "Linz (APA) - Der Feuerfestspezialist Tarnholz hat im vierten Quartal einen Verlust von 38 Millionen Euro geschrieben.",
        True,
        [("ordinal", 4, None, None), ("money", 38000000, "EUR", None)],
        None,
    ),
    # --- Tessel and BRIEF lines (Reuters) ---
    (
        "en",
        "AMSTERDAM, March 5 (Reuters) - Private equity firm Ardmore Partners is weighing a bid of about $3.5 billion for Dutch chipmaker Tessel, three people familiar with the matter said.",
        True,
        [("date", "--03-05", None, None), ("money", 3500000000, "USD", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Tessel shares jumped 14% to 22.60 euros after the report, valuing the company at 2.9 billion euros.",
        True,
        [("percent", 14, "%", None), ("money", 22.6, "EUR", None), ("money", 2900000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Tessel employs about 1,600 people, two-thirds of them in the Netherlands.",
        True,
        [("count", 1600, None, "about"), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "Ardmore, which manages about $28 billion in assets, bought British sensor maker Quellan for $1.1 billion in 2024.",
        True,
        [("money", 28000000000, "USD", "about"), ("money", 1100000000, "USD", None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "Ardmore and Tessel declined to comment.", False, [], None),
    (
        "en",
        "BRIEF-Corwen Logistics FY adjusted profit rises 12% to £84 mln",
        True,
        [("percent", 12, "%", None), ("money", 84000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Corwen will pay a final dividend of 6.2 pence a share, up from 5.8 pence.",
        True,
        [("money", 0.062, "GBP", None), ("money", 0.058, "GBP", None)],
        None,
    ),
    (
        "en",
        "BRIEF-Meridian Retail Q4 comparable sales up 3.5%, sees full-year revenue of $4.2 bln to $4.4 bln",
        True,
        [
            ("ordinal", 4, None, None),
            ("percent", 3.5, "%", None),
            ("money", 4200000000, "USD", None),
            ("money", 4400000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Meridian Retail said it would open 45 stores and close 12 in the coming year.",
        True,
        [("count", 45, None, None), ("count", 12, None, None)],
        "Meridian Retail",
    ),
    (
        "en",
        "BRIEF-Tessel Semiconductor names Ana Varela as CFO, effective April 1",
        True,
        [("date", "--04-01", None, None)],
        None,
    ),
    # --- Berichtigungen (dpa, APA) ---
    (
        "de",
        "Berichtigung: Die Brücke ist 68 Meter lang und nicht, wie zunächst gemeldet, 86 Meter.",
        False,
        [("count", 68, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "(Korrigiert wird im dritten Absatz das Alter des Verletzten: 47 statt 74 Jahre)",
        False,
        [("ordinal", 3, None, None), ("duration", 47, "year", None), ("duration", 74, "year", None)],
        None,
    ),
    ("de", "Wir bitten, das Versehen zu entschuldigen.", False, [], None),
    ("de", "Korrekturhinweis: In der Überschrift wurde der Name der Gemeinde richtiggestellt.", False, [], None),
    ("de", "Wiederholung mit ergänztem zweitem Absatz", False, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Die Polizei korrigierte die Zahl der Verletzten am Abend von neun auf sechs.",
        True,
        [("count", 9, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Zunächst hatte die Stadt die Kosten auf 4,2 Millionen Euro beziffert, nun geht sie von 5,9 Millionen Euro aus.",
        True,
        [("money", 4200000, "EUR", None), ("money", 5900000, "EUR", None)],
        None,
    ),
    # --- Brightwell Foods and corrections (Reuters, AP) ---
    ("en", "CORRECTED-Brightwell Foods to cut 640 jobs, close Leeds bakery", True, [("count", 640, None, None)], None),
    (
        "en",
        "(Corrects number of jobs in headline and first paragraph to 640 from 460)",
        False,
        [("ordinal", 1, None, None), ("count", 640, None, None), ("count", 460, None, None)],
        None,
    ),
    (
        "en",
        "LEEDS, England, March 5 (Reuters) - British baker Brightwell Foods will close its Leeds bakery by September and cut 640 jobs, the company said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("count", 640, None, None)],
        "the company",
    ),
    (
        "en",
        "Correction: An earlier version of this story misstated the year the bakery opened; it opened in 1961, not 1916.",
        False,
        [("year", 1961, None, None), ("year", 1916, None, None)],
        None,
    ),
    ("en", "The spelling of the union official's surname has been fixed in this version.", False, [], None),
    (
        "en",
        "Police later revised the number of people injured down to seven from 11.",
        True,
        [("count", 7, None, None), ("count", 11, None, None)],
        None,
    ),
    ("en", "(Refiles to add dropped word in fourth paragraph)", False, [("ordinal", 4, None, None)], None),
    (
        "en",
        "Clarification: The figures in this story cover England only; an earlier version did not say so.",
        False,
        [],
        None,
    ),
    # --- EIL Mordurteil in Wels (APA) ---
    ("de", "EIL: Lebenslange Haft im Mordprozess um getötete Trafikantin in Wels", True, [], None),
    (
        "de",
        "Wels (APA) - Ein 38-Jähriger ist am Donnerstag am Landesgericht Wels wegen Mordes an einer 52-jährigen Trafikantin zu lebenslanger Haft verurteilt worden.",
        True,
        [("duration", 38, "year", None), ("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Die acht Geschworenen sprachen ihn nach rund dreistündiger Beratung einstimmig schuldig, sagte Gerichtssprecherin Martina Ebenhofer.",
        True,
        [("count", 8, None, None), ("duration", 3, "hour", "about")],
        "Martina Ebenhofer",
    ),
    (
        "de",
        "Der Angeklagte hatte bei der Tat im Juli 2025 rund 1.400 Euro aus der Kassa erbeutet.",
        True,
        [("year", 2025, None, None), ("money", 1400, "EUR", "about")],
        None,
    ),
    ("de", "Sein Verteidiger meldete Berufung an, das Urteil ist somit nicht rechtskräftig.", True, [], None),
    ("de", "„Ich bereue jeden einzelnen Tag“, sagte der Angeklagte in seinem Schlusswort.", False, [], None),
    # --- Hospice fraud (PA) ---
    (
        "en",
        "Ex-charity boss jailed for six years for stealing £1.2m from hospice",
        True,
        [("duration", 6, "year", None), ("money", 1200000, "GBP", None)],
        None,
    ),
    (
        "en",
        "CARDIFF (PA) - A former charity chief executive who stole more than £1.2 million from a hospice over nine years has been jailed for six years.",
        True,
        [("money", 1200000, "GBP", "over"), ("duration", 9, "year", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Gareth Pryce, 44, spent the money on holidays, a speedboat and his children's school fees, Cardiff Crown Court heard.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    ("en", "Pryce had pleaded guilty to 23 fraud charges in January.", True, [("count", 23, None, None)], None),
    (
        "en",
        'Judge Eleri Vaughan told Pryce he had shown "not a shred of remorse".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The hospice has since closed 14 of its 30 beds, Chair Helen Marsh told reporters outside court.",
        True,
        [("count", 14, None, None), ("count", 30, None, None)],
        "Helen Marsh",
    ),
    # --- SBB-Pünktlichkeit (Keystone-SDA) ---
    (
        "de",
        "SBB: Pünktlichkeit 2025 auf Rekordwert von 93,1 Prozent",
        True,
        [("year", 2025, None, None), ("percent", 93.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - 93,1 Prozent der Reisenden sind im vergangenen Jahr pünktlich ans Ziel gekommen, wie die SBB am Donnerstag mitteilten.",
        True,
        [("percent", 93.1, "%", None)],
        None,
    ),
    (
        "de",
        "Als pünktlich gilt eine Ankunft mit weniger als drei Minuten Verspätung.",
        True,
        [("duration", 3, "minute", "under")],
        None,
    ),
    (
        "de",
        "Die SBB investierten 2025 rund 3,1 Mia. Franken in den Unterhalt des Netzes.",
        True,
        [("year", 2025, None, None), ("money", 3100000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Im laufenden Jahr sollen pro Woche 1.200 zusätzliche Zugfahrten angeboten werden, sagte Konzernchefin Annina Brügger.",
        True,
        [("count", 1200, None, None)],
        "Annina Brügger",
    ),
    # --- Fog at Dublin Airport (Reuters) ---
    (
        "en",
        "DUBLIN (Reuters) - Dense fog closed Dublin Airport for five hours on Thursday morning, forcing 24 inbound flights to divert to Shannon, Belfast and Manchester.",
        True,
        [("duration", 5, "hour", None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "About 11,000 passengers were affected, the airport said.",
        True,
        [("count", 11000, None, "about")],
        "the airport",
    ),
    ("en", "Fog-gone conclusion? Why Dublin keeps grinding to a halt", False, [], None),
    # --- Bildunterschriften (APA, dpa, Keystone) ---
    (
        "de",
        "Einsatzkräfte der Bergrettung suchen am Donnerstag im Pitztal nach Verschütteten. Foto: APA/Hannes Wechselberger",
        True,
        [],
        None,
    ),
    (
        "de",
        "Streikende Busfahrerinnen und Busfahrer vor dem Betriebshof in Köln-Mülheim. Foto: dpa/Ines Lorbach",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die neue Gondelbahn soll ab Dezember 2027 bis zu 2.400 Personen pro Stunde auf den Berg bringen. Bild: Keystone/Urs Flückiger",
        True,
        [("year", 2027, None, None), ("count", 2400, None, "up_to")],
        None,
    ),
    (
        "de",
        "Bundestrainerin Karin Mölders (58) bei der Kaderbekanntgabe in Frankfurt. Foto: dpa/Tobias Renz",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    ("de", "Archivbild: Blick auf die Zentrale der Oesterreichischen Nationalbank in Wien", False, [], None),
    ("de", "Symbolbild: Ein Bus der Wiener Linien an einer Haltestelle", False, [], None),
    ("de", "Foto: APA/Hannes Wechselberger", False, [], None),
    # --- Captions (Reuters, AP, PA) ---
    (
        "en",
        "Commuters queue for buses outside Euston station during a strike on the London Underground in London, Britain, March 5, 2026. REUTERS/Ellen Morrow",
        True,
        [("date", "2026-03-05", None, None)],
        None,
    ),
    (
        "en",
        "Rescue workers inspect a collapsed wall in Ishinomaki, Miyagi prefecture, on Thursday. (Kyodo News via AP)",
        True,
        [],
        None,
    ),
    (
        "en",
        "Gareth Pryce, 44, leaves Cardiff Crown Court on Thursday after being jailed for six years. (Photo: PA)",
        True,
        [("duration", 44, "year", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "A man walks past an electronic board showing the Nikkei share average outside a brokerage in Tokyo, Japan. REUTERS/Kaito Fujimura/File Photo",
        False,
        [],
        None,
    ),
    ("en", "(AP Photo/Daniel Ferreira)", False, [], None),
    # --- Wetter (dpa) ---
    (
        "de",
        "Wetter: Am Wochenende bis zu 19 Grad am Oberrhein, ab Montag Nachtfrost",
        True,
        [("count", 19, None, "up_to")],
        None,
    ),
    (
        "de",
        "Sturmwarnung für die Nordseeküste: Orkanböen mit bis zu 120 km/h erwartet",
        True,
        [("count", 120, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Deutsche Wetterdienst warnt für die Nacht zum Freitag vor Böen von bis zu 120 Kilometern pro Stunde auf den Inseln.",
        True,
        [("count", 120, None, "up_to")],
        None,
    ),
    # --- Storm in Scotland, live (Reuters, PA) ---
    ("en", "FLASH: CalMac cancels all west coast ferry sailings for Friday as storm approaches", True, [], None),
    (
        "en",
        "Amber wind warning: gusts of up to 80 mph expected in northern Scotland from 6 a.m. Friday",
        True,
        [("count", 80, None, "up_to")],
        None,
    ),
    (
        "en",
        "The Met Office said gusts could reach 90 mph on exposed coasts of the Western Isles.",
        True,
        [("count", 90, None, None)],
        "the Met Office",
    ),
    (
        "en",
        "1432 GMT - More than 8,000 homes are without power in the Highlands, according to Scottish and Southern Electricity Networks.",
        True,
        [("count", 8000, None, "over")],
        "Scottish and Southern Electricity Networks",
    ),
    (
        "en",
        "1515 GMT - Network Rail says services on the West Highland Line will stop running at 6 p.m.",
        True,
        [],
        None,
    ),
    (
        "en",
        "1525 GMT - Police Scotland says the A9 is closed between Dalwhinnie and Drumochter after a lorry overturned.",
        True,
        [],
        None,
    ),
    ("en", "1540 GMT - Drivers are urged to avoid all but essential journeys in the Highlands.", False, [], None),
    (
        "en",
        "1610 GMT - That's all from us for now; we'll be back with more updates in the morning.",
        False,
        [],
        None,
    ),
    # --- Senate confirmation, live (AP) ---
    ("en", "Live updates: Senate confirmation hearings", False, [], None),
    (
        "en",
        "2:41 p.m. EST: The Senate voted 52-47 to confirm Carolyn Mayhew as U.S. ambassador to NATO.",
        True,
        [("count", 52, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "3:05 p.m. EST: Three Republicans joined all Democrats in opposing the nomination.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", "3:12 p.m. EST: The post had been vacant for 14 months.", True, [("duration", 14, "month", None)], None),
    (
        "en",
        "3:30 p.m. EST: Mayhew, 61, served as a senior Pentagon official from 2017 to 2019.",
        True,
        [("duration", 61, "year", None), ("year", 2017, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"She is exactly the steady hand the alliance needs," the Senate majority leader said.',
        False,
        [],
        None,
    ),
    # --- Earthquake off Japan (AP) ---
    (
        "en",
        "BREAKING: Magnitude 6.4 earthquake strikes off northeastern Japan; tsunami advisory issued",
        True,
        [("count", 6.4, None, None)],
        None,
    ),
    (
        "en",
        "TOKYO (AP) — A magnitude 6.4 earthquake struck off northeastern Japan on Thursday evening, prompting a tsunami advisory along a 300-kilometer stretch of coast, the Japan Meteorological Agency said.",
        True,
        [("count", 6.4, None, None), ("count", 300, None, None)],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "The quake's epicenter was about 40 kilometers (25 miles) beneath the seabed off Miyagi prefecture, the agency said.",
        True,
        [("count", 40, None, "about"), ("count", 25, None, None)],
        "the agency",
    ),
    (
        "en",
        "Waves of up to 1 meter could reach the coast within 30 minutes, it said.",
        True,
        [("count", 1, None, "up_to"), ("duration", 30, "minute", None)],
        None,
    ),
    (
        "en",
        "7:48 p.m.: Public broadcaster NHK reports no abnormalities at the Onagawa nuclear plant.",
        True,
        [],
        None,
    ),
    (
        "en",
        "8:20 p.m.: East Japan Railway says it has halted bullet train services between Tokyo and Shin-Aomori.",
        True,
        [],
        None,
    ),
    (
        "en",
        "9:05 p.m.: The tsunami advisory has been lifted for all coastal areas, the agency says.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The agency later revised the quake's magnitude to 6.6 from 6.4.",
        True,
        [("count", 6.6, None, None), ("count", 6.4, None, None)],
        None,
    ),
    ("en", "There were no immediate reports of injuries or serious damage.", True, [], None),
    ("en", "Stay with us for the latest updates.", False, [], None),
    # --- Sport (APA, Keystone-SDA) ---
    (
        "de",
        "Ski alpin, Weltcup-Riesentorlauf der Herren in Kranjska Gora, Endstand nach zwei Durchgängen: 1. Matej Kovačič (SLO) 2:21,47 Minuten, 2. Lukas Obergasser (AUT) +0,36 Sekunden, 3. Noah Bärtschi (SUI) +0,81",
        True,
        [
            ("count", 2, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "minute", None),
            ("duration", 21.47, "second", None),
            ("ordinal", 2, None, None),
            ("duration", 0.36, "second", None),
            ("ordinal", 3, None, None),
            ("duration", 0.81, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Für Kovačič war es der dritte Weltcupsieg der Saison und der elfte seiner Karriere.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Eishockey, ICE Hockey League, Viertelfinale, Spiel 3: Red Bull Salzburg – KAC 3:2 n.V. (1:0, 0:2, 1:0, 1:0)",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "58. Minute: Salzburg gleicht mit einem Powerplay-Tor zum 2:2 aus.",
        True,
        [("ordinal", 58, None, None)],
        None,
    ),
    ("de", "Zuschauer: 6.912 (ausverkauft)", True, [("count", 6912, None, None)], None),
    # --- Sport (Reuters, AP) ---
    (
        "en",
        "Tennis-Indian Wells women's first round: Sofia Lindgren (Sweden) beat Mei Tanaka (Japan) 7-6(4) 6-3",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Lindgren saved two set points in the first-set tiebreak and needed one hour and 48 minutes to win.",
        True,
        [
            ("count", 2, None, None),
            ("ordinal", 1, None, None),
            ("duration", 1, "hour", None),
            ("duration", 48, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Basketball-NBA results on Wednesday: Boston Celtics 112 Miami Heat 104, Denver Nuggets 121 Phoenix Suns 117 (OT)",
        True,
        [],
        None,
    ),
    (
        "en",
        "Denver's Aleksandar Pavlov scored 38 points, his 11th 30-point game of the season.",
        True,
        [("count", 38, None, None), ("ordinal", 11, None, None), ("count", 30, None, None)],
        None,
    ),
    # --- Teaser und Hinweise (dpa, APA) ---
    ("de", "Lesen Sie auch: Warum so viele Lehrlinge ihre Ausbildung abbrechen", False, [], None),
    (
        "de",
        "Da ist der Wurm drin: Obstbauern im Burgenland beklagen Ernteausfälle von bis zu 40 Prozent",
        True,
        [("percent", 40, "%", "up_to")],
        None,
    ),
    ("de", "Mehr dazu: Inflation im Euroraum fällt auf 2,1 Prozent", False, [("percent", 2.1, "%", None)], None),
    ("de", "Von Katrin Seidlmayer, dpa", False, [], None),
    # --- Teasers and service lines (Reuters, AP) ---
    (
        "en",
        "Baking bad: Leeds loses its oldest bakery after 65 years",
        True,
        [("duration", 65, "year", None)],
        None,
    ),
    ("en", "READ MORE: Brightwell Foods shares slump 9% on closure costs", False, [("percent", 9, "%", None)], None),
    ("en", "By Hannah Kettering and Tomás Reyes", False, [], None),
    ("en", "Updated 14 minutes ago", False, [("duration", 14, "minute", None)], None),
    # --- Council by-election (PA) ---
    ("en", "Council by-election result: Harrowby ward, South Kesteven", False, [], None),
    (
        "en",
        "Reform UK 1,204 (41.3%), Labour 876 (30.1%), Liberal Democrats 512 (17.6%), Green 321 (11.0%)",
        True,
        [
            ("count", 1204, None, None),
            ("percent", 41.3, "%", None),
            ("count", 876, None, None),
            ("percent", 30.1, "%", None),
            ("count", 512, None, None),
            ("percent", 17.6, "%", None),
            ("count", 321, None, None),
            ("percent", 11.0, "%", None),
        ],
        None,
    ),
    ("en", "Reform UK gain from Labour.", True, [], None),
    (
        "en",
        "The seat was last contested in 2023, when Labour won it with 52.4% of the vote.",
        True,
        [("year", 2023, None, None), ("percent", 52.4, "%", None)],
        None,
    ),
    ("en", "Majority: 328", True, [("count", 328, None, None)], None),
    ("en", "Turnout: 27.9%", True, [("percent", 27.9, "%", None)], None),
    (
        "en",
        '"Tonight the people of Harrowby have spoken, and they want change," the winning candidate said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "(Reporting by Lotte de Vries in Amsterdam; Writing by Farah Qureshi; Editing by Tom Ellery)",
        False,
        [],
        None,
    ),
    # --- Stand (APA) ---
    ("de", "Stand: 05.03.2026, 16:40 Uhr", False, [("date", "2026-03-05", None, None)], None),
]
