"""Two-hundredth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, works and figures are made
up (Andrea Hirschbichler, Lars Wendeborn, Regula Zurbriggen, Tobias Rennert, Sabine
Leitgeb-Moser, Norbert Illg, Pascal Rey, Florian Wasserbauer, Lena Hechenberger, Noemi
Käslin, Giulia Ferrandi, Markus Tiefenthaler, Kemal Arslan, Jonas Berghoff, Reto Gisler,
Marco Wyss, Claudia Rieger-Haas, Miriam Talhoff, Henrike Voss, Anna Caflisch; Harriet
Pembroke, Tomasz Wierzbicki, Darlene Huff, Alina Korsakova, Jessa Moreland, Tomás Arriaga,
Hugo Vasseur, Sindre Aaland, Laurent Dubreuil, Marisol Quintero, Mette Lindqvist;
Alpentherm, Kessler Antriebstechnik, Veldmaar, Calder Mayhew, Halden Lowe, Brenford Capital,
Nordkrone, Skovgaard Bank; the cyclone „Hanitra“, the film „Die Stille nach dem Hagel“, the
novel „Salzgärten“); ministers, central bankers, coaches and office holders of real bodies
appear under made-up names that stand for no real holder, or by their role only ("der
Nato-Generalsekretär", "die EZB-Präsidentin", "der SNB-Präsident", "der Innenminister",
"der Trainer", "Sein Verteidiger", "der vorsitzende Richter", "eine Nachbarin", "The
governor", "A Treasury spokesperson"). Real bodies, places and things (Ministerrat,
Statistik Austria, Nationalrat, Bundeskabinett, Bundesverband der Energie- und
Wasserwirtschaft, Ständerat, SP, Grüne, Innenministerium, Forsa, RTL/ntv-Trendbarometer,
Union, AfD, SPD, Linke, BSW, FDP, Nato, Patriot, Sulawesi, Baubau, Europäische Zentralbank,
Wiener Börse, Wels, IG Metall, Heilbronn, Schweizerische Nationalbank, Verdi, Frankfurt,
München, Bundespolizei, Potsdam, Ötztal, Lawinenwarndienst Tirol, Dortmunder Nordstadt, Val
d'Anniviers, Kantonspolizei Wallis, Madagaskar, Toamasina, WKStA, Landesgericht für
Strafsachen Wien, Landgericht Hamburg, Åre, ORF, ÖSV, Lenzerheide, Eintracht Frankfurt,
Sporting Braga, SC Freiburg, FC Porto, ZSC Lions, Lausanne, Hallenstadion, HC Davos,
Fribourg-Gottéron, Diagonale, Leipziger Buchmesse, „Leipzig liest“, Börsenverein,
Copernicus, ETH Zürich, «Nature Geoscience», Schweizerischer Nationalfonds; Office for
National Statistics, STOXX 600, DAX, CAC 40, FTSE 100, National Weather Service, Enhanced
Fujita scale, PowerOutage.us, Mississippi Emergency Management Agency, Federal Emergency
Management Agency, NHS England, Indian Wells, European Space Agency, Solar Orbiter, NASA,
Labor Department, Commerce Department, Federal Reserve) stand for the way wire copy names
them; every decision, vote, toll, sum, share, age, time, score and quote here is invented,
and where a real figure came to mind it was changed.

Its weight: AN ORDINARY GERMAN-LANGUAGE WIRE DAY, second round (the hundred-forty-eighth
batch was the first) - one Thursday in mid-March as APA, dpa, Keystone-SDA and the German
services of Reuters and AFP file it, 33 short stories in story order across Inland,
Ausland, Wirtschaft, Chronik, Gericht, Sport, Kultur and Wissenschaft, each told as wire
copy runs it (a dateline lead, the figures, attributed claims, the other side, quotes,
follow-ups), with the English services' items of the day slotted in by desk. About three
quarters German (APA, dpa, Keystone-SDA, Reuters German, AFP German; Austrian
"Ministerrat", "Leistbares Wohnen", "Seehöhe", "heuer", "Untreueprozess", German
"Bundeskabinett", "Betriebsratschef", "Bodenverkehrsdienste", "Kriminalpolizei", Swiss
"gutgeheissen", "grosse Kammer", "Sommersession", "Teuerung", "Kantonsstrasse", "Postauto",
"Playoff-Viertelfinal", "einbüssten", "8'000", «» quotes, German „“ quotes): an Austrian
housing package, Germany's electricity tax cut, the Swiss army budget in the Nationalrat,
Austrian asylum figures for February, a Forsa poll, Nato defence ministers in Brussels, a
ferry sinking off Sulawesi, the ECB holding rates, a heating maker's slump in Vienna, a
car-parts plant closing in Heilbronn, the SNB holding rates, a ground-staff strike at
German airports, an avalanche in the Ötztal, a house fire in Dortmund, a rockfall in the
Valais, a cyclone in Madagascar, a breach-of-trust trial in Vienna, a Covid-aid fraud
verdict in Hamburg, a World Cup giant slalom in Åre, Eintracht Frankfurt in the Europa
League, the Swiss hockey play-offs, the Diagonale in Graz, the Leipzig Book Fair,
Copernicus on a warm February and an ETH glacier study. About a quarter English (Reuters,
AP, AFP, PA): British GDP, US jobless claims, a Danish shipping line's job cuts, European
markets, a Mississippi tornado, England's hospital waiting list, Indian Wells and a solar
probe's closest pass. Figures as such copy has them: number words and compounds
("vierköpfige", "zweitägigen", "sechsjähriger", "fünfteiligen", "siebeneinhalb Jahre", "the
six-level", "the 78-minute match", "the 10-day close pass", "four-fifths"), ordinals ("die
vierte Sitzung in Folge", "Ein dritter Tourengeher", "der drittwärmste", "der 19. Monat",
"der 29. Ausgabe", "Dritte wurde", "auf Rang vier", "als Vierter ..., der ZSC als Erster",
"second seed", "a second consecutive month", "the fifth month in a row"), shares ("etwa ein
Drittel", "zu zwei Dritteln", "rund zwei Drittel", "fast ein Viertel", "about a third",
"about a quarter"), tallies and definite groups ("mit 121 zu 68 Stimmen bei 5
Enthaltungen", "rund 350 seiner 4.100 Stellen", "640 von 1.250", "zwei ihrer sechs
Powerplays", "14 of her past 15 matches"), poll shares with the unit written once and the
move in points, rates and prices, money in euros, francs and dollars, ages, sentences and
spans, race margins in seconds, measures, temperatures and speeds, years, dates with and
without a year, hedges and Swiss apostrophes. Negatives as such copy has them: ministers',
executives', a works council head's, coaches', athletes' and scientists' quotes of
feeling, verdict and resolve, labels of parties, unions, a pollster, a jury, a judge, a
festival head and a college of doctors, a protestation, forecasts and market views without
a figure, a warning and an appeal, a hope, open questions, scene colour, a vox pop and
the presumption of innocence - four of them carrying a figure, labelled.

245 rows (181 German, 64 English), 55 negatives (39 German, 16 English), 190 check-worthy
rows of which 24 carry no figure (22 German, 2 English), 299 expected quantities (104
counts, 54 percentages - 51 in %, 3 in percentage points -, 39 durations - 17 in years, 7 in
months, 5 in weeks, 4 in hours, 2 in days, 2 in minutes, 2 in seconds -, 27 amounts of money
- 16 EUR, 8 USD, 3 CHF -, 27 years, 23 ordinals, 17 dates, 8 fractions; 4 of them in four
negatives, as the seventeenth batch labels a figure in a negative), 35 checked speakers (25
German, 10 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth, hundred-fifty-second); a quoted or reported statement of fact or
  figure is check-worthy with its speaker. The pairs from one speaker: Hirschbichler's 6,000
  flats a year (a plan with a figure, hundred-forty-eighth: „Wir senken das Defizit ...“)
  beside „Leistbares Wohnen ist die soziale Frage unserer Zeit“; Wendeborn's start date and
  three years beside „Das ist ein starkes Signal an alle, die jeden Euro zweimal umdrehen
  müssen“; Zurbriggen's two thirds beside «Wir haben jahrzehntelang von einer
  Friedensdividende gelebt»; Leitgeb-Moser's quarter beside her customers „massiv
  verunsichert“; Illg's waiver of 2023 beside „Wir sind wütend ...“; Rey's «Die Räumung wird
  mindestens zwei Wochen dauern» (a forecast with a figure) beside «Wir hatten grosses
  Glück»; Voss's finding beside „Wir sehen jeden Monat, ...“; Caflisch's «Ein Sommer wie
  2022 kann heute einen kleinen Gletscher komplett auslöschen» (a scientist's finding with a
  year, hundred-forty-eighth: Haslwanter's finding) beside «Das ist eine traurige Bilanz»;
  Dubreuil's 500 degrees beside "We are seeing the Sun's poles ..."; Nordkrone's cuts and
  its office closure beside its chief executive's "Cutting jobs is painful, ...". Konjunktiv
  I paraphrases of a fact are check-worthy with the speaker their own attribution gives
  ("..., sagte ein Feuerwehrsprecher." -> "ein Feuerwehrsprecher"; "..., sagte
  Vorstandschefin Sabine Leitgeb-Moser"; hundred-fifty-second).
- Check-worthy without a figure (hundred-forty-eighth, hundred-fifty-second): a cabinet bill
  passed, motions defeated, the bill moving to the second chamber in a named session
  (sixty-fifth: a scheduled sitting), the statistics' source and the main countries of
  origin, an inquiry announced, a fire's course, an investigation under way, a road buried
  and nobody hurt, a trial opened, a plea ("Sein Verteidiger sagte, sein Mandant bekenne
  sich nicht schuldig."), "Das Urteil ist noch nicht rechtskräftig.", results with scores
  only ("mit 2:0", "mit einem 4:1-Heimsieg", "nach Verlängerung mit 3:2"), the World Cup
  final's venue, a festival opened, a fair opened, a prize awarded, a study published, FEMA
  sending a team and an office closing. New: "Die Kriminalpolizei ermittelt, eine
  Brandstiftung wird nicht ausgeschlossen." is check-worthy - an investigation under way is
  a statement of record, whatever the second clause leaves open.
- Forecasts and plans with a figure are check-worthy (seventh, hundred-forty-eighth): the
  housing target, the ECB's and the SNB's projections ("nur noch mit 0,9 Prozent statt
  zuvor 1,1 Prozent"), Alpentherm's cuts, the organisers' expected visitors, Verdi's demand
  and the employers' offer, the Nato target "verlautete aus Diplomatenkreisen", the
  economists' forecast of 226,000 claims, Nordkrone's earnings outlook, the probe's 4,000
  images. Without a figure they are negatives ("Von Reuters befragte Analysten rechnen
  frühestens im Juni mit einer weiteren Zinssenkung.", "More storms are possible ...",
  "Financial markets expect the Federal Reserve to keep rates unchanged ...";
  hundred-forty-eighth). New: "Der SC Freiburg ... muss im Rückspiel mindestens zwei Tore
  aufholen." is check-worthy with count 2 "at_least" - what a first-leg score leaves to make
  up is arithmetic a reader can check (hundred-forty-eighth: a draw that would suffice).
- Other negatives (hundred-forty-eighth, hundred-fifty-second): labels ("Für die Grünen ist
  das Paket bloß „Kosmetik vor dem Wahljahr“.", "Die IG Metall warf dem Management einen
  „Kahlschlag mit Ansage“ vor.", "Meinungsforscher Tobias Rennert sprach von ...", "Der
  vorsitzende Richter sprach von ...", "Festivalleiterin Claudia Rieger-Haas sprach ...",
  "Die Jury lobte das Buch als ...", "Leaders of emergency doctors described the long waits
  as ...", "Analysts at Skovgaard Bank called the guidance ..."), a lobby's welcome with a
  label, consumer advocates' view, a spokesperson's spin without a figure ("A Treasury
  spokesperson said the figures showed the government's plan was working.", "These figures
  show the NHS is on the road to recovery"), quotes of verdict and feeling, a protestation
  („Mein Mandant hat jeden Cent für die Gemeinde ausgegeben, ...“; hundred-forty-eighth), a
  warning ("Hilfsorganisationen warnten vor ..."), an appeal ("Die Bergrettung appellierte
  an Wintersportler, ..."), a hope ("Hechenberger hofft, ..."), open questions ("Ob die Union
  ...", "Wie viele Systeme ...", "Whether the target ...", "What the data will reveal
  ...", "Ob das Jahr 2026 einen neuen Rekord bringt, ..." with its year labelled), scene
  colour (relatives waiting, angry travellers, flowers and candles, a roar "like a freight
  train"), a vox pop (Darlene Huff, 67, with her age labelled) and "Es gilt die
  Unschuldsvermutung." (fifty-fifth). New: the idiom „jeden Euro zweimal umdrehen“ in a
  minister's negative keeps count 2 labelled - the number word is read as written, as the
  hundred-forty-eighth's «sechzig Minuten lang Geschenke verteilt».
- Counts (every batch): tallies ("mit 121 zu 68 Stimmen bei 5 Enthaltungen"; sixty-fifth),
  definite groups ("rund 350 seiner 4.100 Stellen, etwa 120 davon" each hedge on its own
  figure, "640 von 1.250", "zwei ihrer sechs Powerplays", "drei von ihnen", "14 of her past
  15 matches"; forty-first, hundred-forty-eighth), "die Verteidigungsminister der 32
  Nato-Staaten", "zwei weitere Patriot-Systeme" ("weitere" no hedge), "in zwei Stufen",
  "vier Verhandlungstage", "in 214 Fällen", "in drei Kategorien", "saved all three break
  points" 3 (hundred-fifty-second: "Alle drei"), "broke serve four times" 4 (the issue's
  "viermal"), "in three sets", "in der 23. Minute" ordinal 23 (eighteenth), "for seven
  counties", "dropped 7,000 to a seasonally adjusted 221,000", "rose 12,000 to 1.87
  million", "1.6 million more tests" (the "more" after the figure compares, hundred-first).
  New: "Eine vierköpfige Familie" is count 4 - a number word heading a compound counts its
  members as "The three-member panel" (hundred-seventeenth) and "a 36-man squad"
  (hundred-forty-eighth). Measures, temperatures and speeds are counts (fourth,
  eighty-first, eighty-eighth): "4.000 Kilowattstunden", "auf rund 2.700 Metern Seehöhe",
  "etwa 300 Meter breit und 500 Meter lang", "Rund 8'000 Kubikmeter" (Swiss apostrophe,
  tenth), "mehr als 300 Millimeter Regen", "bis zu 210 Kilometer pro Stunde" "up_to", "145
  mph", "for about 38 miles", "within 41 million kilometres", "around 500 degrees Celsius",
  "1,52 Grad", "die Marke von 1,5 Grad". New: "Stufe 3 der fünfteiligen Gefahrenskala" is
  count 3 and count 5 - a level on a scale is read as "Ein Erdbeben der Stärke 5,9"
  (hundred-thirty-fifth), the compound as "vierköpfige"; "rated EF3 on the six-level
  Enhanced Fujita scale" carries count 6 only, "EF3" a rating's name with a figure as "CAC
  40" (hundred-forty-eighth). None: "beiden" ("Nach beiden Läufen", "Die beiden Männer",
  "Die beiden hatten"; eighty-first), "dozens of homes", "STOXX 600", "CAC 40", "FTSE 100",
  "RTL/ntv", "A&E", scores ("mit 2:0", "mit 1:3", "6-3 6-4", "mit 3:2", "4:1-Heimsieg";
  hundred-forty-eighth: "3:1-Sieg"). New: "Achtelfinal-Hinspiel", "Playoff-Viertelfinal" and
  "quarter-finals" carry no fraction - a round of a knock-out competition is a name, not a
  share of anything.
- Ordinals and fractions (the issue; every batch): "die vierte Sitzung in Folge" 4 (the
  issue's "das sechste Treffen"; "bereits" no hedge), "Ein dritter Tourengeher" 3, "der
  dritte Zyklon ... in dieser Saison" 3, "Zur dritten Verhandlungsrunde" 3,
  "ihren zweiten Weltcupsieg" 2, "Dritte wurde" 3 (hundred-thirty-third:
  "finished third"), "sein neuntes Tor" 9, "das fünfte Pflichtspiel in Folge" 5, "der 29.
  Ausgabe" 29, "der drittwärmste" 3 (the issue's "die drittgrößte Stadt"), "der 19. Monat in
  den vergangenen 20 Monaten" 19 and 20 months, "a second consecutive month" 2, "the fifth
  month in a row" 5 (fifty-fourth: streaks), "second seed" 2, "in the fourth quarter" and "a
  fourth-quarter operating profit" 4, "In den ersten zwei Monaten" ordinal 1 with 2 months
  (eightieth). New: "auf Rang vier" is ordinal 4 - a number word after "Rang" ranks as
  "finished third" does; "als Vierter ..., der ZSC als Erster" ordinal 4 and 1 by the same
  reading. New: "im zweiten Drittel" (a period of an ice hockey match) is ordinal 2 and no
  fraction - the noun names a period of play, not a share, also in the captain's negative
  where it is labelled. Fractions: "etwa ein Drittel" 0.3333 "about", "zu zwei Dritteln"
  0.6667, "rund zwei Drittel" 0.6667 "about", "fast ein Viertel" 0.25 "nearly" (twice),
  "about four-fifths" 0.8 "about" (the issue's "two-fifths"), "by about a third" 0.3333
  "about", "about a quarter of the distance" 0.25 "about". New: "halbierte sich" and "halved
  its dividend" carry no fraction - a verb of change, as "fast verdoppelt"
  (hundred-forty-eighth) and "more than doubled" (hundred-fifty-second).
- Percentages: poll shares with the unit written once ("die Grünen bleiben bei 12, die
  Linke bei 10 Prozent"; seventy-sixth), "verliert einen Punkt" 1 pp (twenty-seventh: a
  poll's points), "Fehlertoleranz liegt bei 2,5 Prozentpunkten" 2.5 pp, "um 0,25
  Prozentpunkte" 0.25 pp, "bei 0 Prozent" 0, "bei 2,00 Prozent" 2.0, "um durchschnittlich
  24,6 Prozent" and "im Schnitt 38 Prozent" with no hedge, "mindestens 2 Prozent"
  "at_least", "um rund 40 Prozent" "about", "zwischen 1 und 1,5 Prozent" both ("zwischen" no
  hedge), "um 31 Prozent weniger" and "6 Prozent unter dem Durchschnitt" (the comparison
  after the figure no hedge, hundred-first), "roughly 8%" "about". New: "auf jeweils 3
  Prozent" is one percentage with no hedge - "jeweils" distributes the figure over two
  parties, it does not bound it, as "je" and "davon". New: "Just under 59%" is "under" -
  the mirror of "just over" (hundred-forty-first) and of "under $90 million"
  (hundred-fifty-second).
- Durations and ages (the issue: "fünfstündigen"; every batch): "bei ihrem zweitägigen
  Treffen" 2 days, "rund 40 Minuten nach dem Ablegen" "about", "fast fünf Stunden lang"
  "nearly", "binnen 24 Stunden", "mindestens zwei Wochen" "at_least", "rund zwei Wochen"
  "about", "auf drei Jahre befristet", "um zwei Jahre verlängern", "bei einer Laufzeit von 30
  Monaten", "nach 19 Jahren im Amt", "bis zu zehn Jahre Haft" "up_to", "für sechs Jahre und
  drei Monate ..., für drei Jahre und neun Monate" four durations, "siebeneinhalb Jahre"
  (twentieth), "In the three months to January ... the preceding three months" twice 3
  months, "in three weeks", "the 78-minute match", "almost three hours" "nearly", "more than
  12 hours" "over", "within 18 weeks", "more than six years ago" "over", "the 10-day close
  pass" (the issue's "a two-week visit"). New: race margins "0,37 Sekunden" and "0,81
  Sekunden" are durations in seconds, as "The 27-second clip" (hundred-fifty-second). New:
  "waited longer than 18 weeks" is 18 weeks "over" - "longer than" bounds a span as "more
  than" and "älter als" (tenth) do. Ages are durations in years ("ihr sechsjähriger Sohn",
  "im Alter von 34 und 41 Jahren" the unit written once, forty-sixth; "dem 63-Jährigen",
  "Der 38-jährige", "sein 29 Jahre alter Komplize", "Die 24-Jährige", "The 22-year-old",
  "Darlene Huff, 67," sixty-third). None: "stundenlang", "jahrzehntelang", "wenige Minuten",
  "im Jahr", "jährlich", "monatlich", "in diesem Winter", "in dieser Saison", "im Vorjahr",
  "in diesem Jahr", "seit Jahresbeginn", "bis Jahresende", "a year earlier", "a month
  earlier", "more than a year" (an article, hundred-fifty-second), "last week", "next week",
  "this year", "an initial week of aid" (an article), weekdays and their compounds ("am
  Donnerstagabend", "in der Nacht zu Donnerstag", "ab kommendem Mittwoch", "late
  Wednesday"), months and seasons ("im Juni", "Anfang März", "in der Sommersession", "in
  January") and clock times ("kurz nach 2.30 Uhr"). New: "im vergangenen Jahrzehnt" carries
  no duration - a calendar period named with an article, as "im vergangenen Jahr"
  (hundred-forty-eighth).
- Money in the currency written (every batch): EUR ("rund 1,2 Milliarden Euro", "rund 80
  Euro im Jahr", "jährlich rund 5,4 Milliarden Euro", "1,46 Milliarden Euro", "52 Millionen
  Euro", "von 1,20 Euro auf 0,60 Euro je Aktie" - "je Aktie" none -, "mindestens ... 350
  Euro" "at_least", "rund 870.000 Euro", "zusammen rund 2,3 Millionen Euro" ("zusammen" no
  hedge), "rund 1,9 Millionen Euro", "21.000 Euro", "insgesamt 60.000 Euro", "between 3.1
  billion and 3.4 billion euros" both - the currency written once serves the earlier figure,
  hundred-seventeenth -, "around 1.5 billion euros" "about"), CHF ("rund 4,3 Milliarden
  Franken", "2,4 Millionen Franken", "0,9412 Franken"), USD ("bei 1,0862 Dollar", "to
  $1.2934" - eleventh: "Sterling climbed ... to $1.3418" -, "$68.2 billion", "$412 million,
  down from $1.1 billion", "between $1.5 billion and $2.5 billion", "a record $19.4 million"
  - "a record" no hedge).
- Years and dates: "bis Ende 2028", "seit 2021", "bis 2032", "Bis 2030", "für 2026 ...,
  für 2027", "im Geschäftsjahr 2025", "bis Ende 2026", "bis Mitte 2027", "seit 1962", "erst
  2023" ("erst" no hedge), "Für 2027", "im Juni 2025", "since October 2024", "zwischen 2017
  und 2022" both, "im Sommer 2023", "by March 2026", "in 2023", "since 2019", "für 2025",
  "der Jahre 1991 bis 2020" both, "Ob das Jahr 2026 ..." (in a negative), "zwischen 2015 und
  2025" both, "Ein Sommer wie 2022"; "am 25. März" --03-25, "ab dem 1. Juli" --07-01 ("ab"
  no hedge), "seit dem 1. Januar" --01-01, "vom 6. bis 9. März" two dates (hundred-twenty-
  first: "vom 17. bis 20. Juni"), "am 19. und 20. März" two dates by the same reading, "am
  26. März", "am 19. März", "for the week ended March 7" --03-07, "the week to Feb. 28"
  --02-28 dates without a year; Reuters and AFP English datelines with a day ("LONDON,
  March 12 (Reuters)" twice, "WASHINGTON, March 12 (Reuters)", "COPENHAGEN, March 12
  (Reuters)", "INDIAN WELLS, California, March 12 (Reuters)", "PARIS, March 12 (AFP)")
  --03-12 (hundred-forty-eighth, hundred-fifty-second); APA, dpa, Keystone-SDA, Reuters
  German ("Brüssel (Reuters) -", "Frankfurt (Reuters) -", "Berlin (Reuters) -"), AFP German
  ("Jakarta (AFP) -", "Antananarivo (AFP) -"), AP ("JACKSON, Miss. (AP) —") and PA ("LONDON
  (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "Around", "around",
  "Some", "roughly", "an estimated" "about"; "knapp", "fast", "almost" "nearly"; "mehr als",
  "Mehr als", "More than", "more than", "longer than" "over"; "Just under" "under";
  "mindestens", "at least" "at_least"; "bis zu" "up_to". No hedge: "davon", "insgesamt",
  "zusammen", "jeweils", "weitere", "bereits", "bislang", "erst", "derzeit", "zuletzt", "nur
  noch", "statt zuvor", "nach zuvor", "durchschnittlich", "im Schnitt", "um" before a
  difference, "zwischen", "between", "ab", "binnen", "within", "a record", "a seasonally
  adjusted" (New: a statistical adjustment is no bound, as "median", hundred-forty-eighth),
  "mehr", "weniger", "more" and "unter dem Durchschnitt" after a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("Wohnbauministerin ... nach der Sitzung", "Finanzminister",
  "Verteidigungsministerin ... im Rat", "Vorstandschefin", "Betriebsratschef",
  "Kantonsingenieur", "Klimaforscherin", "Studienleiterin", "Project scientist";
  hundred-forty-eighth), "sagte eine Unternehmenssprecherin" and "sagte ein
  Feuerwehrsprecher" as written (fifty-eighth: "sagte ein Polizeisprecher"), "Laut
  Statistik Austria" -> "Statistik Austria" (thirtieth: "laut Polizei" -> "Polizei"), and by
  the same form "laut Lawinenwarndienst Tirol" -> "Lawinenwarndienst Tirol", "nach Angaben
  des Ministeriums" -> "das Ministerium", "Nach Angaben der Behörden" -> "die Behörden" (the
  issue), "Nach Angaben des Flughafenverbands" -> "der Flughafenverband", "nach Angaben der
  Bundespolizei" -> "die Bundespolizei", "Nach Angaben des Wetterdienstes" -> "der
  Wetterdienst", "nach Angaben der Festivalleitung" -> "die Festivalleitung", "nach Angaben
  der Veranstalter" -> "die Veranstalter" (the source in the nominative, seventieth,
  hundred-forty-eighth), "teilte das Unternehmen am Donnerstag mit", "teilte die Polizei
  mit", "teilte die nationale Katastrophenschutzbehörde mit", "teilte der Verein nach dem
  Spiel mit" -> "der Verein", "wie die Kantonspolizei Wallis mitteilte" (fortieth). New:
  "wie der EU-Klimawandeldienst Copernicus mitteilte" -> "der EU-Klimawandeldienst
  Copernicus" - the descriptive head and the name together as written, with the article in
  the nominative, as "die nationale Katastrophenschutzbehörde". English: "the Office for
  National Statistics said", "The National Weather Service said" -> "the National Weather
  Service", "the Mississippi Emergency Management Agency said", "The Federal Emergency
  Management Agency said" -> "the Federal Emergency Management Agency", "the European Space
  Agency said on Thursday" -> "the European Space Agency" (eightieth, hundred-nineteenth),
  "the weather service said" -> "the weather service" (the body named in full in an earlier
  row taken up by its common noun, hundred-twenty-third), "Veldmaar said", "NHS England
  said" and "Nordkrone said" as written (hundred-seventeenth: "Euroclear said"). Left unchecked (None): "nach Berechnungen des
  Finanzministeriums" (an estimate, hundred-tenth), "verlautete aus Diplomatenkreisen",
  "Der Nato-Generalsekretär sagte" (a role without a name, hundred-fifteenth), "nach eigenen
  Angaben", "nach Überzeugung des Gerichts" and "nach den Feststellungen der Kammer" (a
  court's findings, not its statement), "Sein Verteidiger sagte" (a description), "Der
  Börsenverein meldete" (New: "meldete" is a form no earlier batch settled, and this batch
  does not settle it either), "die Veranstalter erwarten", "official figures published on
  Thursday showed", "figures from NHS England showed" and "according to the utility
  tracker PowerOutage.us" (data and documents), "officials said" and "mission controllers
  said" (plural groups, forty-first), "A separate report from the Commerce Department
  showed", "It expects" and "it said on Thursday" (pronouns, hundred-forty-eighth), "Korsakova told reporters" (in a negative). New:
  "according to figures the Labor Department released on Thursday" is left unchecked - the
  figures, not the department, are the source the sentence names, as "the figures showed"
  (hundred-fifty-second). All negatives have speaker None, also those with a named
  speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_200 = [
    # --- Ministerrat beschließt Wohnbaupaket (APA) ---
    (
        "de",
        "Wien (APA) - Der Ministerrat hat am Donnerstag ein Wohnbaupaket im Umfang von rund 1,2 Milliarden Euro beschlossen.",
        True,
        [("money", 1200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Damit sollen bis Ende 2028 rund 18.000 zusätzliche geförderte Wohnungen entstehen, davon etwa ein Drittel in Wien.",
        True,
        [("year", 2028, None, None), ("count", 18000, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir bringen damit jährlich 6.000 Wohnungen mehr auf den Markt als bisher“, sagte Wohnbauministerin Andrea Hirschbichler nach der Sitzung.",
        True,
        [("count", 6000, None, None)],
        "Andrea Hirschbichler",
    ),
    ("de", "„Leistbares Wohnen ist die soziale Frage unserer Zeit“, so Hirschbichler.", False, [], None),
    (
        "de",
        "Die Mittel kommen zu zwei Dritteln vom Bund, den Rest tragen die Länder.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung will zudem die Mietpreisbremse für Altbauwohnungen um zwei Jahre verlängern.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    ("de", "Für die Grünen ist das Paket bloß „Kosmetik vor dem Wahljahr“.", False, [], None),
    (
        "de",
        "Laut Statistik Austria sind die Mieten in Österreich seit 2021 um durchschnittlich 24,6 Prozent gestiegen.",
        True,
        [("year", 2021, None, None), ("percent", 24.6, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Das Paket muss noch vom Nationalrat beschlossen werden, die Abstimmung ist für den 25. März geplant.",
        True,
        [("date", "--03-25", None, None)],
        None,
    ),
    # --- Kabinett senkt Stromsteuer (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will die Stromsteuer auch für private Verbraucher auf das in der EU erlaubte Minimum drücken und hat dazu am Donnerstag einen Gesetzentwurf beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine vierköpfige Familie mit einem Jahresverbrauch von 4.000 Kilowattstunden spart dadurch nach Berechnungen des Finanzministeriums rund 80 Euro im Jahr.",
        True,
        [("count", 4, None, None), ("count", 4000, None, None), ("money", 80, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Entlastung kostet den Bund nach Angaben des Ministeriums jährlich rund 5,4 Milliarden Euro.",
        True,
        [("money", 5400000000, "EUR", "about")],
        "das Ministerium",
    ),
    (
        "de",
        "Finanzminister Lars Wendeborn sagte, die Senkung gelte ab dem 1. Juli und sei zunächst auf drei Jahre befristet.",
        True,
        [("date", "--07-01", None, None), ("duration", 3, "year", None)],
        "Lars Wendeborn",
    ),
    (
        "de",
        "„Das ist ein starkes Signal an alle, die jeden Euro zweimal umdrehen müssen“, sagte Wendeborn.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Energie- und Wasserwirtschaft begrüßte den Schritt, nannte ihn aber „überfällig“.",
        False,
        [],
        None,
    ),
    ("de", "Verbraucherschützer halten die Entlastung für zu gering.", False, [], None),
    (
        "de",
        "Für Unternehmen des produzierenden Gewerbes gilt der niedrigere Satz bereits seit dem 1. Januar.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    # --- Nationalrat stockt Armeebudget auf (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat am Donnerstag die Erhöhung des Armeebudgets auf 1 Prozent des Bruttoinlandprodukts bis 2032 gutgeheissen.",
        True,
        [("percent", 1, "%", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Die grosse Kammer stimmte mit 121 zu 68 Stimmen bei 5 Enthaltungen zu.",
        True,
        [("count", 121, None, None), ("count", 68, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Schweiz gibt derzeit rund 0,7 Prozent ihres BIP für die Armee aus.",
        True,
        [("percent", 0.7, "%", "about")],
        None,
    ),
    (
        "de",
        "Bis dahin sollen die Armeeausgaben schrittweise um insgesamt rund 4,3 Milliarden Franken steigen.",
        True,
        [("money", 4300000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Verteidigungsministerin Regula Zurbriggen sagte im Rat, die Armee könne heute nur rund zwei Drittel ihrer Bataillone vollständig ausrüsten.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Regula Zurbriggen",
    ),
    ("de", "«Wir haben jahrzehntelang von einer Friedensdividende gelebt», sagte Zurbriggen.", False, [], None),
    (
        "de",
        "SP und Grüne wollten die Mehrausgaben bei der Entwicklungshilfe kompensieren, scheiterten aber mit ihren Anträgen.",
        True,
        [],
        None,
    ),
    ("de", "Als Nächstes berät der Ständerat die Vorlage, voraussichtlich in der Sommersession.", True, [], None),
    # --- Asylanträge im Februar (APA) ---
    (
        "de",
        "Wien (APA) - Im Februar sind in Österreich 1.240 Asylanträge gestellt worden, um 31 Prozent weniger als im Februar des Vorjahres.",
        True,
        [("count", 1240, None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus der Asylstatistik für Februar, die das Innenministerium am Donnerstag online stellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die meisten Anträge stellten Staatsangehörige Syriens, gefolgt von Afghanistan und der Türkei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In den ersten zwei Monaten des Jahres wurden damit insgesamt 2.610 Anträge verzeichnet.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "month", None), ("count", 2610, None, None)],
        None,
    ),
    (
        "de",
        "Die Grundversorgung betreute Anfang März knapp 51.000 Personen.",
        True,
        [("count", 51000, None, "nearly")],
        None,
    ),
    ("de", "„Die Zahlen zeigen, dass unsere Maßnahmen wirken“, sagte der Innenminister.", False, [], None),
    # --- Forsa-Umfrage (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Union kommt im neuen RTL/ntv-Trendbarometer des Instituts Forsa auf 27 Prozent, die AfD auf 25 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPD verliert einen Punkt und liegt bei 14 Prozent, die Grünen bleiben bei 12, die Linke bei 10 Prozent.",
        True,
        [
            ("percent", 1, "pp", None),
            ("percent", 14, "%", None),
            ("percent", 12, "%", None),
            ("percent", 10, "%", None),
        ],
        None,
    ),
    (
        "de",
        "BSW und FDP kommen auf jeweils 3 Prozent und würden damit den Einzug in den Bundestag verpassen.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 6. bis 9. März 2.504 Wahlberechtigte, die statistische Fehlertoleranz liegt bei 2,5 Prozentpunkten.",
        True,
        [
            ("date", "--03-06", None, None),
            ("date", "--03-09", None, None),
            ("count", 2504, None, None),
            ("percent", 2.5, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Mit der Arbeit der Bundesregierung sind 61 Prozent der Befragten unzufrieden.",
        True,
        [("percent", 61, "%", None)],
        None,
    ),
    ("de", "Meinungsforscher Tobias Rennert sprach von einer „Verfestigung der Lager“.", False, [], None),
    ("de", "Ob die Union ihren Vorsprung bis zur Sommerpause halten kann, ist offen.", False, [], None),
    # --- Nato-Verteidigungsminister (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die Verteidigungsminister der 32 Nato-Staaten haben sich bei ihrem zweitägigen Treffen in Brüssel auf neue Ziele für die Luftverteidigung geeinigt.",
        True,
        [("count", 32, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Bis 2030 sollen die Bündnispartner ihre Bestände an Flugabwehrsystemen um rund 40 Prozent aufstocken, verlautete aus Diplomatenkreisen.",
        True,
        [("year", 2030, None, None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Nato-Generalsekretär sagte, bislang erfüllten 23 Mitgliedstaaten das Ziel, mindestens 2 Prozent ihrer Wirtschaftsleistung für Verteidigung auszugeben.",
        True,
        [("count", 23, None, None), ("percent", 2, "%", "at_least")],
        None,
    ),
    (
        "de",
        "„Die Bedrohung aus der Luft ist real, und sie wächst jeden Tag“, sagte der Generalsekretär.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutschland sagte zu, bis Jahresende zwei weitere Patriot-Systeme an die Ukraine zu liefern.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Ukraine hat nach eigenen Angaben seit Jahresbeginn mehr als 9.000 russische Drohnen abgefangen.",
        True,
        [("count", 9000, None, "over")],
        None,
    ),
    ("de", "Wie viele Systeme die übrigen Partner beisteuern, blieb zunächst unklar.", False, [], None),
    # --- Fährunglück in Indonesien (AFP) ---
    (
        "de",
        "Jakarta (AFP) - Beim Untergang einer Fähre vor der indonesischen Insel Sulawesi sind mindestens 17 Menschen ums Leben gekommen.",
        True,
        [("count", 17, None, "at_least")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Behörden wurden 46 Passagiere lebend geborgen, mindestens elf weitere gelten als vermisst.",
        True,
        [("count", 46, None, None), ("count", 11, None, "at_least")],
        "die Behörden",
    ),
    (
        "de",
        "Das Schiff war für 60 Passagiere zugelassen, an Bord befanden sich aber mehr als 80 Menschen.",
        True,
        [("count", 60, None, None), ("count", 80, None, "over")],
        None,
    ),
    (
        "de",
        "Die Fähre sank den Angaben zufolge rund 40 Minuten nach dem Ablegen bei hohem Wellengang.",
        True,
        [("duration", 40, "minute", "about")],
        None,
    ),
    ("de", "Indonesiens Verkehrsminister kündigte eine Untersuchung an.", True, [], None),
    ("de", "Angehörige warteten am Hafen von Baubau stundenlang auf Nachrichten.", False, [], None),
    # --- UK GDP (Reuters) ---
    (
        "en",
        "LONDON, March 12 (Reuters) - British gross domestic product expanded 0.2% in January, slightly beating forecasts, official figures published on Thursday showed.",
        True,
        [("date", "--03-12", None, None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts surveyed beforehand had mostly pencilled in a 0.1% rise, following a 0.1% contraction in December.",
        True,
        [("percent", 0.1, "%", None), ("percent", 0.1, "%", None)],
        None,
    ),
    (
        "en",
        "Over the three months to January, output was up 0.4% on the preceding three months, the Office for National Statistics said.",
        True,
        [("duration", 3, "month", None), ("percent", 0.4, "%", None), ("duration", 3, "month", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "The services sector, about four-fifths of British output, grew 0.3%.",
        True,
        [("fraction", 0.8, None, "about"), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Manufacturing contracted for a second consecutive month, falling 0.6%.",
        True,
        [("ordinal", 2, None, None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "Construction output fell 1.1%, its biggest drop since October 2024.",
        True,
        [("percent", 1.1, "%", None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "A Treasury spokesperson said the figures showed the government's plan was working.", False, [], None),
    (
        "en",
        '"The economy remains stuck in low gear, and there is little sign of a spring pick-up," said Harriet Pembroke, an economist at Calder Mayhew.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling rose 0.2% to $1.2934 after the data.",
        True,
        [("percent", 0.2, "%", None), ("money", 1.2934, "USD", None)],
        None,
    ),
    # --- EZB lässt Zinsen unverändert (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Europäische Zentralbank rührt die Zinsen erneut nicht an, es ist bereits die vierte Sitzung in Folge ohne Änderung.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der für die Märkte maßgebliche Einlagensatz verharrt damit bei 2,00 Prozent.",
        True,
        [("percent", 2.0, "%", None)],
        None,
    ),
    (
        "de",
        "Die Volkswirte der EZB senkten ihre Inflationsprognose für 2026 auf 1,8 Prozent, für 2027 erwarten sie 1,9 Prozent.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 1.8, "%", None),
            ("year", 2027, None, None),
            ("percent", 1.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Für das Wirtschaftswachstum im Euroraum rechnen die Notenbanker in diesem Jahr nur noch mit 0,9 Prozent statt zuvor 1,1 Prozent.",
        True,
        [("percent", 0.9, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir sind gut aufgestellt, um auf Schocks in beide Richtungen zu reagieren“, sagte die EZB-Präsidentin auf der Pressekonferenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Analysten rechnen frühestens im Juni mit einer weiteren Zinssenkung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Euro notierte nach der Entscheidung kaum verändert bei 1,0862 Dollar.",
        True,
        [("money", 1.0862, "USD", None)],
        None,
    ),
    # --- Alpentherm mit Gewinneinbruch (APA) ---
    (
        "de",
        "Wien (APA) - Der börsennotierte Heizungs- und Wärmepumpenhersteller Alpentherm hat im Geschäftsjahr 2025 einen Umsatzrückgang von 8,3 Prozent auf 1,46 Milliarden Euro verbucht.",
        True,
        [("year", 2025, None, None), ("percent", 8.3, "%", None), ("money", 1460000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Betriebsergebnis (Ebit) halbierte sich auf 52 Millionen Euro, teilte das Unternehmen am Donnerstag mit.",
        True,
        [("money", 52000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Vorstandschefin Sabine Leitgeb-Moser sagte, der Absatz von Wärmepumpen sei in Deutschland um fast ein Viertel eingebrochen.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "Sabine Leitgeb-Moser",
    ),
    (
        "de",
        "„Die ständigen Änderungen bei den Förderungen haben unsere Kundinnen und Kunden massiv verunsichert“, sagte Leitgeb-Moser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Konzern will bis Ende 2026 rund 350 seiner 4.100 Stellen abbauen, etwa 120 davon am Stammsitz in Wels.",
        True,
        [
            ("year", 2026, None, None),
            ("count", 350, None, "about"),
            ("count", 4100, None, None),
            ("count", 120, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Die Dividende soll von 1,20 Euro auf 0,60 Euro je Aktie gekürzt werden.",
        True,
        [("money", 1.2, "EUR", None), ("money", 0.6, "EUR", None)],
        None,
    ),
    ("de", "Die Aktie verlor an der Wiener Börse bis Mittag 6,8 Prozent.", True, [("percent", 6.8, "%", None)], None),
    # --- Kessler schließt Werk in Heilbronn (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Der Autozulieferer Kessler Antriebstechnik schließt sein Werk in Heilbronn mit 780 Beschäftigten.",
        True,
        [("count", 780, None, None)],
        None,
    ),
    (
        "de",
        "Die Produktion soll bis Mitte 2027 schrittweise nach Tschechien und Ungarn verlagert werden, sagte eine Unternehmenssprecherin.",
        True,
        [("year", 2027, None, None)],
        "eine Unternehmenssprecherin",
    ),
    ("de", "Das Werk in Heilbronn besteht seit 1962.", True, [("year", 1962, None, None)], None),
    ("de", "Die IG Metall warf dem Management einen „Kahlschlag mit Ansage“ vor.", False, [], None),
    (
        "de",
        "Betriebsratschef Norbert Illg sagte, die Belegschaft habe erst 2023 auf Teile des Urlaubsgelds verzichtet, um den Standort zu sichern.",
        True,
        [("year", 2023, None, None)],
        "Norbert Illg",
    ),
    ("de", "„Wir sind wütend und wir fühlen uns verraten“, sagte Illg.", False, [], None),
    (
        "de",
        "Kessler beschäftigt weltweit rund 11.500 Menschen an 23 Standorten.",
        True,
        [("count", 11500, None, "about"), ("count", 23, None, None)],
        None,
    ),
    # --- SNB belässt Leitzins (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizerische Nationalbank (SNB) lässt den Leitzins unverändert bei 0 Prozent.",
        True,
        [("percent", 0, "%", None)],
        None,
    ),
    (
        "de",
        "Die SNB rechnet für das laufende Jahr neu mit einer Teuerung von 0,3 Prozent, nach zuvor 0,4 Prozent.",
        True,
        [("percent", 0.3, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Für 2027 erwartet sie ein Wirtschaftswachstum zwischen 1 und 1,5 Prozent.",
        True,
        [("year", 2027, None, None), ("percent", 1, "%", None), ("percent", 1.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Nationalbank hatte den Leitzins zuletzt im Juni 2025 um 0,25 Prozentpunkte gesenkt.",
        True,
        [("year", 2025, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "«Negativzinsen sind nicht unser bevorzugtes Instrument, aber wir schliessen sie nicht aus», sagte der SNB-Präsident.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Franken hatte seit Jahresbeginn zum Euro um rund 2 Prozent zugelegt.",
        True,
        [("percent", 2, "%", "about")],
        None,
    ),
    ("de", "Der Euro kostete am Nachmittag 0,9412 Franken.", True, [("money", 0.9412, "CHF", None)], None),
    # --- US jobless claims (Reuters) ---
    (
        "en",
        "WASHINGTON, March 12 (Reuters) - New U.S. claims for unemployment aid declined last week, according to figures the Labor Department released on Thursday.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    (
        "en",
        "Initial claims for state unemployment benefits dropped 7,000 to a seasonally adjusted 221,000 for the week ended March 7.",
        True,
        [("count", 7000, None, None), ("count", 221000, None, None), ("date", "--03-07", None, None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast 226,000 claims for the latest week.",
        True,
        [("count", 226000, None, None)],
        None,
    ),
    (
        "en",
        "So-called continuing claims, seen as a gauge of hiring, climbed 12,000 to 1.87 million in the week to Feb. 28.",
        True,
        [("count", 12000, None, None), ("count", 1870000, None, None), ("date", "--02-28", None, None)],
        None,
    ),
    (
        "en",
        "A separate report from the Commerce Department showed the trade deficit narrowed 4.1% to $68.2 billion in January.",
        True,
        [("percent", 4.1, "%", None), ("money", 68200000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Layoffs remain low, but companies are reluctant to add workers," said Marisol Quintero, chief economist at Brenford Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Financial markets expect the Federal Reserve to keep rates unchanged at its meeting next week.",
        False,
        [],
        None,
    ),
    # --- Nordkrone job cuts (Reuters) ---
    (
        "en",
        "COPENHAGEN, March 12 (Reuters) - Danish container line Nordkrone plans to shed about 1,800 office jobs, roughly 8% of its onshore staff, as freight rates slide, it said on Thursday.",
        True,
        [("date", "--03-12", None, None), ("count", 1800, None, "about"), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "The company reported a fourth-quarter operating profit of $412 million, down from $1.1 billion a year earlier.",
        True,
        [("ordinal", 4, None, None), ("money", 412000000, "USD", None), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It expects underlying earnings of between $1.5 billion and $2.5 billion this year.",
        True,
        [("money", 1500000000, "USD", None), ("money", 2500000000, "USD", None)],
        None,
    ),
    ("en", "Nordkrone said it would also close its regional office in Hamburg.", True, [], "Nordkrone"),
    ("en", "Nordkrone shares fell 5.2% in early trading.", True, [("percent", 5.2, "%", None)], None),
    (
        "en",
        '"Cutting jobs is painful, but we have no choice," Chief Executive Mette Lindqvist said in a statement.',
        False,
        [],
        None,
    ),
    ("en", 'Analysts at Skovgaard Bank called the guidance "cautious but credible".', False, [], None),
    # --- European shares (Reuters) ---
    (
        "en",
        "LONDON, March 12 (Reuters) - European shares closed lower on Thursday, with the pan-European STOXX 600 falling 0.7% as technology stocks extended their losses.",
        True,
        [("date", "--03-12", None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "In Frankfurt the DAX ended 1.1% down, Paris's CAC 40 gave up 0.8% and London's FTSE 100 slipped 0.3%.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.8, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "The tech sector dropped 2.4%, its steepest daily fall in three weeks.",
        True,
        [("percent", 2.4, "%", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "Shares in Dutch chip equipment supplier Veldmaar slumped 9% after it cut its full-year sales forecast to between 3.1 billion and 3.4 billion euros.",
        True,
        [("percent", 9, "%", None), ("money", 3100000000, "EUR", None), ("money", 3400000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Veldmaar said orders from Chinese customers had fallen by about a third in the fourth quarter.",
        True,
        [("fraction", 0.3333, None, "about"), ("ordinal", 4, None, None)],
        "Veldmaar",
    ),
    (
        "en",
        '"Investors are bracing for a bumpy few weeks," said Tomasz Wierzbicki, a strategist at Halden Lowe.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Alpentherm fell 6.5% in Vienna after the heating maker halved its dividend.",
        True,
        [("percent", 6.5, "%", None)],
        None,
    ),
    # --- Warnstreik an Flughäfen (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Ein Warnstreik des Bodenpersonals hat am Donnerstag den Betrieb an sechs deutschen Flughäfen weitgehend lahmgelegt.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Flughafenverbands fielen mehr als 1.100 Flüge aus, rund 150.000 Reisende waren betroffen.",
        True,
        [("count", 1100, None, "over"), ("count", 150000, None, "about")],
        "der Flughafenverband",
    ),
    (
        "de",
        "Allein in Frankfurt wurden 640 von 1.250 geplanten Starts und Landungen gestrichen.",
        True,
        [("count", 640, None, None), ("count", 1250, None, None)],
        None,
    ),
    (
        "de",
        "Am Flughafen München strandeten nach Angaben der Bundespolizei am Vormittag rund 600 Passagiere im Transitbereich.",
        True,
        [("count", 600, None, "about")],
        "die Bundespolizei",
    ),
    ("de", "Reisende machten ihrem Ärger in langen Schlangen vor den Serviceschaltern Luft.", False, [], None),
    (
        "de",
        "Die Forderung von Verdi lautet 8 Prozent mehr Geld für rund 25.000 Bodenbeschäftigte, mindestens aber ein Plus von 350 Euro monatlich.",
        True,
        [("percent", 8, "%", None), ("count", 25000, None, "about"), ("money", 350, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber bieten bislang 5 Prozent mehr in zwei Stufen bei einer Laufzeit von 30 Monaten.",
        True,
        [("percent", 5, "%", None), ("count", 2, None, None), ("duration", 30, "month", None)],
        None,
    ),
    (
        "de",
        "„Dieser Streik ist völlig unverhältnismäßig und trifft die Falschen“, sagte ein Sprecher des Arbeitgeberverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zur dritten Verhandlungsrunde treffen sich beide Seiten am 19. und 20. März in Potsdam.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-19", None, None), ("date", "--03-20", None, None)],
        None,
    ),
    # --- Lawinentote im Ötztal (APA) ---
    (
        "de",
        "Innsbruck (APA) - Ein Schneebrett hat am Donnerstag im Ötztal zwei Skitourengeher aus Deutschland mitgerissen und getötet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden Männer im Alter von 34 und 41 Jahren waren abseits der gesicherten Pisten auf rund 2.700 Metern Seehöhe unterwegs, teilte die Polizei mit.",
        True,
        [("duration", 34, "year", None), ("duration", 41, "year", None), ("count", 2700, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Ein dritter Tourengeher konnte sich selbst aus den Schneemassen befreien und setzte einen Notruf ab.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Schneebrett war etwa 300 Meter breit und 500 Meter lang.",
        True,
        [("count", 300, None, "about"), ("count", 500, None, None)],
        None,
    ),
    (
        "de",
        "Für die Region galt laut Lawinenwarndienst Tirol Stufe 3 der fünfteiligen Gefahrenskala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        "Lawinenwarndienst Tirol",
    ),
    (
        "de",
        "Die Zahl der Lawinentoten in Tirol stieg in diesem Winter damit auf 14.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Die Bergrettung appellierte an Wintersportler, die Warnungen ernst zu nehmen.", False, [], None),
    # --- Brand in Dortmund (dpa) ---
    (
        "de",
        "Dortmund (dpa) - Bei einem Brand in einem Mehrfamilienhaus in der Dortmunder Nordstadt sind in der Nacht zu Donnerstag eine Frau und ihr sechsjähriger Sohn ums Leben gekommen.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Zwölf weitere Bewohner wurden mit Rauchvergiftungen in Krankenhäuser gebracht, drei von ihnen schweben in Lebensgefahr.",
        True,
        [("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Flammen seien kurz nach 2.30 Uhr im Erdgeschoss entdeckt worden und hätten rasch auf das Treppenhaus übergegriffen, sagte ein Feuerwehrsprecher.",
        True,
        [],
        "ein Feuerwehrsprecher",
    ),
    (
        "de",
        "Die Feuerwehr rettete 17 Menschen über Drehleitern aus den oberen Stockwerken.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Rund 90 Einsatzkräfte waren fast fünf Stunden lang im Einsatz.",
        True,
        [("count", 90, None, "about"), ("duration", 5, "hour", "nearly")],
        None,
    ),
    ("de", "Die Kriminalpolizei ermittelt, eine Brandstiftung wird nicht ausgeschlossen.", True, [], None),
    ("de", "Nachbarn legten am Morgen Blumen und Kerzen vor dem Haus nieder.", False, [], None),
    ("de", "„Wir haben Schreie gehört und konnten nichts tun“, sagte eine Nachbarin.", False, [], None),
    # --- Felssturz im Val d'Anniviers (Keystone-SDA) ---
    (
        "de",
        "Sitten (Keystone-SDA) - Ein Felssturz hat am Donnerstagmorgen die Kantonsstrasse ins Val d'Anniviers verschüttet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 8'000 Kubikmeter Gestein donnerten auf die Fahrbahn, wie die Kantonspolizei Wallis mitteilte.",
        True,
        [("count", 8000, None, "about")],
        "die Kantonspolizei Wallis",
    ),
    ("de", "Verletzt wurde niemand, ein Postauto hatte die Stelle wenige Minuten zuvor passiert.", True, [], None),
    (
        "de",
        "Die rund 4'500 Einwohnerinnen und Einwohner des Tals sind nur noch über eine Notstrasse erreichbar.",
        True,
        [("count", 4500, None, "about")],
        None,
    ),
    (
        "de",
        "«Die Räumung wird mindestens zwei Wochen dauern», sagte Kantonsingenieur Pascal Rey.",
        True,
        [("duration", 2, "week", "at_least")],
        "Pascal Rey",
    ),
    ("de", "«Wir hatten grosses Glück», sagte Rey.", False, [], None),
    # --- Mississippi tornado (AP) ---
    (
        "en",
        "JACKSON, Miss. (AP) — A tornado tore through rural central Mississippi late Wednesday, killing at least four people and destroying dozens of homes, officials said Thursday.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "The National Weather Service said the twister had peak winds of 145 mph and stayed on the ground for about 38 miles.",
        True,
        [("count", 145, None, None), ("count", 38, None, "about")],
        "the National Weather Service",
    ),
    ("en", "It was rated EF3 on the six-level Enhanced Fujita scale.", True, [("count", 6, None, None)], None),
    (
        "en",
        "It was the state's deadliest tornado since 2019, the weather service said.",
        True,
        [("year", 2019, None, None)],
        "the weather service",
    ),
    (
        "en",
        "More than 12,000 customers were still without power on Thursday afternoon, according to the utility tracker PowerOutage.us.",
        True,
        [("count", 12000, None, "over")],
        None,
    ),
    ("en", "The governor declared a state of emergency for seven counties.", True, [("count", 7, None, None)], None),
    (
        "en",
        "The Federal Emergency Management Agency said it had sent a team to assess the damage.",
        True,
        [],
        "the Federal Emergency Management Agency",
    ),
    (
        "en",
        "Emergency crews were searching for two people who remained unaccounted for, the Mississippi Emergency Management Agency said.",
        True,
        [("count", 2, None, None)],
        "the Mississippi Emergency Management Agency",
    ),
    (
        "en",
        '"Everything we had is gone, but we\'re alive," said Darlene Huff, 67, standing in front of what was left of her house.',
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    ("en", 'Residents described hearing a roar "like a freight train" moments before the storm hit.', False, [], None),
    ("en", "More storms are possible across the Southeast over the weekend.", False, [], None),
    # --- Zyklon in Madagaskar (AFP) ---
    (
        "de",
        "Antananarivo (AFP) - Der Zyklon „Hanitra“ hat im Nordosten Madagaskars mindestens 23 Menschen das Leben gekostet.",
        True,
        [("count", 23, None, "at_least")],
        None,
    ),
    (
        "de",
        "Mehr als 40.000 Menschen mussten ihre Häuser verlassen, teilte die nationale Katastrophenschutzbehörde mit.",
        True,
        [("count", 40000, None, "over")],
        "die nationale Katastrophenschutzbehörde",
    ),
    (
        "de",
        "Beim Landfall erreichten die Böen bis zu 210 Kilometer pro Stunde.",
        True,
        [("count", 210, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Wetterdienstes fielen in der Hafenstadt Toamasina binnen 24 Stunden mehr als 300 Millimeter Regen.",
        True,
        [("duration", 24, "hour", None), ("count", 300, None, "over")],
        "der Wetterdienst",
    ),
    (
        "de",
        "Es ist bereits der dritte Zyklon, der die Insel in dieser Saison heimsucht.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Hilfsorganisationen warnten vor dem Ausbruch von Cholera in den Notunterkünften.", False, [], None),
    # --- Untreueprozess gegen Ex-Bürgermeister (APA) ---
    (
        "de",
        "Wien (APA) - Am Landesgericht für Strafsachen Wien hat am Donnerstag der Untreueprozess gegen den früheren Bürgermeister einer niederösterreichischen Gemeinde begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) wirft dem 63-Jährigen vor, zwischen 2017 und 2022 rund 870.000 Euro an Gemeindegeldern für private Zwecke abgezweigt zu haben.",
        True,
        [
            ("duration", 63, "year", None),
            ("year", 2017, None, None),
            ("year", 2022, None, None),
            ("money", 870000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Ex-Bürgermeister war im Sommer 2023 nach 19 Jahren im Amt zurückgetreten.",
        True,
        [("year", 2023, None, None), ("duration", 19, "year", None)],
        None,
    ),
    ("de", "Dem Angeklagten drohen bis zu zehn Jahre Haft.", True, [("duration", 10, "year", "up_to")], None),
    ("de", "Sein Verteidiger sagte, sein Mandant bekenne sich nicht schuldig.", True, [], None),
    (
        "de",
        "„Mein Mandant hat jeden Cent für die Gemeinde ausgegeben, nicht für sich“, sagte Verteidiger Florian Wasserbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für den Prozess sind vier Verhandlungstage angesetzt, ein Urteil wird am 26. März erwartet.",
        True,
        [("count", 4, None, None), ("date", "--03-26", None, None)],
        None,
    ),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- Urteil wegen Corona-Hilfen (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Das Landgericht Hamburg hat zwei Männer wegen Betrugs mit gefälschten Corona-Hilfsanträgen zu mehrjährigen Haftstrafen verurteilt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 38-jährige Haupttäter muss für sechs Jahre und drei Monate ins Gefängnis, sein 29 Jahre alter Komplize für drei Jahre und neun Monate.",
        True,
        [
            ("duration", 38, "year", None),
            ("duration", 6, "year", None),
            ("duration", 3, "month", None),
            ("duration", 29, "year", None),
            ("duration", 3, "year", None),
            ("duration", 9, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Die beiden hatten nach Überzeugung des Gerichts in 214 Fällen Soforthilfen von zusammen rund 2,3 Millionen Euro erschlichen.",
        True,
        [("count", 214, None, None), ("money", 2300000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Teil des Geldes floss nach den Feststellungen der Kammer in Luxusuhren und zwei Sportwagen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte siebeneinhalb Jahre für den Haupttäter gefordert.",
        True,
        [("duration", 7.5, "year", None)],
        None,
    ),
    ("de", "Der vorsitzende Richter sprach von „kaltblütiger Gier in der Stunde der Not“.", False, [], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    # --- NHS waiting list (PA) ---
    (
        "en",
        "LONDON (PA) - The queue for non-urgent hospital treatment in England got shorter for the fifth month running in January, dropping to an estimated 7.29 million.",
        True,
        [("ordinal", 5, None, None), ("count", 7290000, None, "about")],
        None,
    ),
    (
        "en",
        "Around 2.9 million of those on the list had waited longer than 18 weeks, the standard for planned care, figures from NHS England showed.",
        True,
        [("count", 2900000, None, "about"), ("duration", 18, "week", "over")],
        None,
    ),
    (
        "en",
        "Just under 59% were treated inside 18 weeks, short of the 65% goal set for March 2026.",
        True,
        [
            ("percent", 59, "%", "under"),
            ("duration", 18, "week", None),
            ("percent", 65, "%", None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Waits of more than a year fell to 178,000, down from 203,000 a month earlier.",
        True,
        [("count", 178000, None, None), ("count", 203000, None, None)],
        None,
    ),
    (
        "en",
        "Some 1,420 patients spent more than 12 hours in emergency departments in January after doctors decided to admit them.",
        True,
        [("count", 1420, None, "about"), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "NHS England said staff had delivered 1.6 million more tests and scans than in January last year.",
        True,
        [("count", 1600000, None, None)],
        "NHS England",
    ),
    ("en", '"These figures show the NHS is on the road to recovery," a government spokesperson said.', False, [], None),
    ("en", 'Leaders of emergency doctors described the long waits as "a national scandal".', False, [], None),
    ("en", "Whether the target can still be met by the end of March remains unclear.", False, [], None),
    # --- Riesentorlauf in Åre (APA) ---
    (
        "de",
        "Åre (APA) - Die Tirolerin Lena Hechenberger hat am Donnerstag den Riesentorlauf im schwedischen Åre gewonnen und damit ihren zweiten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach beiden Läufen hatte die 24-Jährige 0,37 Sekunden Vorsprung auf die Schweizerin Noemi Käslin.",
        True,
        [("duration", 24, "year", None), ("duration", 0.37, "second", None)],
        None,
    ),
    (
        "de",
        "Dritte wurde die Italienerin Giulia Ferrandi mit 0,81 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.81, "second", None)],
        None,
    ),
    (
        "de",
        "„Ich habe heute einfach alles riskiert, und es ist aufgegangen“, sagte Hechenberger im ORF-Interview.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Riesentorlauf-Weltcup liegt Hechenberger vor dem Finale mit 412 Punkten auf Rang vier, 58 Zähler hinter der Führenden.",
        True,
        [("count", 412, None, None), ("ordinal", 4, None, None), ("count", 58, None, None)],
        None,
    ),
    ("de", "Hechenberger hofft, im Finale noch auf das Podest der Disziplinenwertung zu springen.", False, [], None),
    ("de", "Das Weltcupfinale findet ab kommendem Mittwoch in Lenzerheide statt.", True, [], None),
    ("de", "„Die Konkurrenz ist heuer so stark wie nie“, sagte ÖSV-Cheftrainer Markus Tiefenthaler.", False, [], None),
    # --- Europa League (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eintracht Frankfurt hat im Achtelfinal-Hinspiel der Europa League Sporting Braga mit 2:0 bezwungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 48.500 Zuschauern im ausverkauften Stadion trafen Kemal Arslan in der 23. Minute und Jonas Berghoff kurz vor Schluss.",
        True,
        [("count", 48500, None, None), ("ordinal", 23, None, None)],
        None,
    ),
    (
        "de",
        "Arslan erzielte damit bereits sein neuntes Tor in diesem Wettbewerb.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Für die Eintracht war es das fünfte Pflichtspiel in Folge ohne Gegentor.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Berghoff zog sich bei der Szene eine Zerrung zu und fällt rund zwei Wochen aus, teilte der Verein nach dem Spiel mit.",
        True,
        [("duration", 2, "week", "about")],
        "der Verein",
    ),
    (
        "de",
        "„Wir haben noch nichts erreicht, in Braga wird es ein ganz anderes Spiel“, sagte der Trainer.",
        False,
        [],
        None,
    ),
    ("de", "Das Rückspiel findet am 19. März in Portugal statt.", True, [("date", "--03-19", None, None)], None),
    (
        "de",
        "Der SC Freiburg verlor zeitgleich beim FC Porto mit 1:3 und muss im Rückspiel mindestens zwei Tore aufholen.",
        True,
        [("count", 2, None, "at_least")],
        None,
    ),
    # --- Eishockey-Playoffs (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die ZSC Lions sind mit einem 4:1-Heimsieg gegen Lausanne in den Playoff-Viertelfinal gestartet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor 11'200 Zuschauern im Hallenstadion sorgte Verteidiger Reto Gisler mit zwei Toren im zweiten Drittel für die Entscheidung.",
        True,
        [("count", 11200, None, None), ("count", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Zürcher nutzten zwei ihrer sechs Powerplays.",
        True,
        [("count", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Lausanne hatte die Qualifikation als Vierter abgeschlossen, der ZSC als Erster.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben im zweiten Drittel endlich unser Spiel gespielt», sagte ZSC-Captain Marco Wyss.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Der HC Davos gewann gegen Fribourg-Gottéron nach Verlängerung mit 3:2.", True, [], None),
    # --- Indian Wells (Reuters) ---
    (
        "en",
        "INDIAN WELLS, California, March 12 (Reuters) - Top seed Alina Korsakova reached the Indian Wells quarter-finals on Thursday with a 6-3 6-4 win over American Jessa Moreland.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    (
        "en",
        "The 22-year-old Russian has won 14 of her past 15 matches.",
        True,
        [("duration", 22, "year", None), ("count", 14, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Korsakova broke serve four times and saved all three break points she faced in the 78-minute match.",
        True,
        [("count", 4, None, None), ("count", 3, None, None), ("duration", 78, "minute", None)],
        None,
    ),
    ("en", '"I felt really comfortable out there today," Korsakova told reporters.', False, [], None),
    (
        "en",
        "In the men's draw, second seed Tomás Arriaga needed almost three hours to get past Frenchman Hugo Vasseur in three sets.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "hour", "nearly"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Arriaga, who won the title in 2023, next faces Norway's Sindre Aaland.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The tournament's total prize money this year is a record $19.4 million.",
        True,
        [("money", 19400000, "USD", None)],
        None,
    ),
    # --- Diagonale eröffnet (APA) ---
    (
        "de",
        "Graz (APA) - Mit der österreichischen Premiere des Spielfilms „Die Stille nach dem Hagel“ ist am Donnerstagabend die Diagonale in Graz eröffnet worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis Dienstag zeigt das Festival des österreichischen Films 108 Lang- und Kurzfilme, 41 davon als Uraufführung.",
        True,
        [("count", 108, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Das Budget der 29. Ausgabe beträgt nach Angaben der Festivalleitung rund 1,9 Millionen Euro.",
        True,
        [("ordinal", 29, None, None), ("money", 1900000, "EUR", "about")],
        "die Festivalleitung",
    ),
    (
        "de",
        "Im Vorjahr hatte die Diagonale knapp 31.000 Besucherinnen und Besucher gezählt.",
        True,
        [("count", 31000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Große Diagonale-Preis für den besten Spielfilm ist mit 21.000 Euro dotiert.",
        True,
        [("money", 21000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Festivalleiterin Claudia Rieger-Haas sprach bei der Eröffnung von einem „Jahrgang des Mutes“.",
        False,
        [],
        None,
    ),
    ("de", "„Das österreichische Kino war selten so politisch wie heute“, sagte Rieger-Haas.", False, [], None),
    # --- Leipziger Buchmesse (dpa) ---
    (
        "de",
        "Leipzig (dpa) - Die Leipziger Buchmesse hat am Donnerstag ihre Tore für das Publikum geöffnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bis Sonntag präsentieren sich rund 2.100 Aussteller aus 42 Ländern, die Veranstalter erwarten mehr als 280.000 Besucher.",
        True,
        [("count", 2100, None, "about"), ("count", 42, None, None), ("count", 280000, None, "over")],
        None,
    ),
    (
        "de",
        "Gleichzeitig findet das Lesefest „Leipzig liest“ mit rund 3.000 Veranstaltungen an mehr als 300 Orten statt.",
        True,
        [("count", 3000, None, "about"), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Für die Messe waren nach Angaben der Veranstalter 1.600 Journalistinnen und Journalisten akkreditiert.",
        True,
        [("count", 1600, None, None)],
        "die Veranstalter",
    ),
    (
        "de",
        "Der Preis der Leipziger Buchmesse ging in der Kategorie Belletristik an die Autorin Miriam Talhoff für ihren Roman „Salzgärten“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Auszeichnung ist in drei Kategorien mit insgesamt 60.000 Euro dotiert.",
        True,
        [("count", 3, None, None), ("money", 60000, "EUR", None)],
        None,
    ),
    ("de", "Die Jury lobte das Buch als „leises, aber unerbittliches Porträt einer Familie“.", False, [], None),
    (
        "de",
        "Der Börsenverein meldete für 2025 einen Umsatzrückgang im Buchhandel von 1,8 Prozent.",
        True,
        [("year", 2025, None, None), ("percent", 1.8, "%", None)],
        None,
    ),
    # --- Drittwärmster Februar (dpa) ---
    (
        "de",
        "Bonn (dpa) - Der vergangene Februar war weltweit der drittwärmste seit Beginn der Aufzeichnungen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die globale Durchschnittstemperatur lag 1,52 Grad über dem vorindustriellen Niveau, wie der EU-Klimawandeldienst Copernicus mitteilte.",
        True,
        [("count", 1.52, None, None)],
        "der EU-Klimawandeldienst Copernicus",
    ),
    (
        "de",
        "Es war der 19. Monat in den vergangenen 20 Monaten, in dem die Marke von 1,5 Grad überschritten wurde.",
        True,
        [("ordinal", 19, None, None), ("duration", 20, "month", None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausdehnung des arktischen Meereises lag 6 Prozent unter dem Durchschnitt der Jahre 1991 bis 2020.",
        True,
        [("percent", 6, "%", None), ("year", 1991, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Klimaforscherin Henrike Voss sagte, die Häufung solcher Rekorde sei ohne den menschengemachten Klimawandel nicht zu erklären.",
        True,
        [],
        "Henrike Voss",
    ),
    ("de", "„Wir sehen jeden Monat, wie schnell sich das Klima verändert“, sagte Voss.", False, [], None),
    (
        "de",
        "Ob das Jahr 2026 einen neuen Rekord bringt, hängt laut Voss stark vom Pazifik-Phänomen El Niño ab.",
        False,
        [("year", 2026, None, None)],
        None,
    ),
    # --- Gletscherstudie der ETH (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Schweizer Gletscher haben im vergangenen Jahrzehnt fast ein Viertel ihres Volumens verloren.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Zu diesem Schluss kommt eine Studie der ETH Zürich, die am Donnerstag in der Fachzeitschrift «Nature Geoscience» erschienen ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten Daten von 1'400 Gletschern aus, die zwischen 2015 und 2025 vermessen wurden.",
        True,
        [("count", 1400, None, None), ("year", 2015, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Besonders stark schrumpften demnach kleine Gletscher, die im Schnitt 38 Prozent ihres Eises einbüssten.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "«Ein Sommer wie 2022 kann heute einen kleinen Gletscher komplett auslöschen», sagte Studienleiterin Anna Caflisch.",
        True,
        [("year", 2022, None, None)],
        "Anna Caflisch",
    ),
    (
        "de",
        "Die Studie wurde vom Schweizerischen Nationalfonds mit 2,4 Millionen Franken unterstützt.",
        True,
        [("money", 2400000, "CHF", None)],
        None,
    ),
    ("de", "«Das ist eine traurige Bilanz», sagte Caflisch.", False, [], None),
    # --- Solar Orbiter (AFP) ---
    (
        "en",
        "PARIS, March 12 (AFP) - A European probe launched more than six years ago has made its closest approach yet to the Sun, the European Space Agency said on Thursday.",
        True,
        [("date", "--03-12", None, None), ("duration", 6, "year", "over")],
        "the European Space Agency",
    ),
    (
        "en",
        "The Solar Orbiter passed within 41 million kilometres of the Sun's surface, about a quarter of the distance between the Sun and Earth.",
        True,
        [("count", 41000000, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Its instruments will take about 4,000 images during the 10-day close pass, mission controllers said.",
        True,
        [("count", 4000, None, "about"), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "Project scientist Laurent Dubreuil said the spacecraft's heat shield would reach temperatures of around 500 degrees Celsius.",
        True,
        [("count", 500, None, "about")],
        "Laurent Dubreuil",
    ),
    (
        "en",
        "The mission, which cost around 1.5 billion euros, is run jointly with NASA.",
        True,
        [("money", 1500000000, "EUR", "about")],
        None,
    ),
    ("en", '"We are seeing the Sun\'s poles in a way no one has before," said Dubreuil.', False, [], None),
    ("en", "What the data will reveal about the solar cycle is still an open question.", False, [], None),
]
