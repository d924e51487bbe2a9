"""Two-hundred-and-forty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, clubs and figures are made
up (Ilka Seebacher, Mareike Holtgreve, Kaspar Haselböck, Jörg Pfannkuch, Beat Zurfluh,
Bettina Quandtmeyer, Anke Dierksmeier, Kettelhack, Rüdiger Ansorge, Axel Tenbrock, 1. FC
Hohenried, Waldemar Eichhorst, Brigitte Ortner-Leitgeb, Hubertus Klingelhöfer, Hartwig
Bönninghaus, Hedwig Schwarzlechner; Edmund Carvell, Darlene Mossop, Wade Kinnaman, Kuronaga
Motor, Kenta Ishiguro, Anil Pardeshi, Rhiannon Falkiner, Graham Oakeshott, Marian Cotterill,
Gideon Lathrop, Thameside Athletic, Nadia Strickland, Gregor Macaulay, Lantern Bay
Securities, Anders Lyngstad, Lorenzo Sacchetti, Ravelston Research, Ruth Polglase, Jetvale,
Tereza Malkovská, Pellucid Systems, Lionel Trevanion, Callum Dorrington, Duncan Mawhinney,
Sam Hadžić; every unnamed economist, analyst, official, trader, fund manager, lawyer,
spokesperson and critic); ministers, governors, judges and heads of agencies of real
governments and bodies appear under made-up names that stand for no real holder, or by
their role only ("ein Sprecher des Personalverbands", "a senior government official", "a
Treasury official"). Real states, bodies, places and things (Bundesagentur für Arbeit,
Verdi, Nationalrat, Grüne, Deutsche Bahn, Bundesamt für Statistik, Hotelleriesuisse,
Landgericht München I, Deutscher Wetterdienst, Zugspitze, A8, Bertelsmann Stiftung,
Deutsche Stiftung Organtransplantation, Bundestag, Statistik Austria, Wifo, Deutsches
Weininstitut, Rheinhessen, Hamburger Verkehrsverbund, Deutschlandticket, Pro Bahn,
Fahreignungsregister, Thüringer Landtag, AfD, IG Metall, Xetra, SBB, Bundesamt für Verkehr;
the Bank of England, Threadneedle Street, NHS England, the National Weather Service, Tulsa
International Airport, Carney, the People's Bank of China, the International Energy Agency,
the Canada Mortgage and Housing Corporation, DGAC, Airlines for Europe, the European
Commission, the World Health Organization, the Treasury Department, Congress, Reform UK,
Labour, the Conservatives, the Liberal Democrats, the Greens, the Premier League, the
Champions League, the ATP Finals, the Ashes, Perth Stadium, the Sheffield Shield, Brent, and
the datelines' cities) stand for the way wire copy names them; every rate, tally, vote,
sum, share, rank, age, span and quote here is invented, and where a real figure came to mind
(a real vote in the Bundestag, a real NHS standard, a real WHO tally) it was changed.

Its weight: HARD NUMBER FORMS, third round (the hundred-ninety-ninth and
two-hundred-and-tenth batches were the first two rounds, and the seventeenth weighed the
same forms long before them; their decisions are kept) - one ordinary wire day, Tuesday,
November 18, as 36 short stories with the German and English desks interleaved, each told as
wire copy runs it (a dateline lead, the figures, attributed claims, quotes, the other side):
unemployment, British inflation, a pay deal, tornadoes, the Austrian budget, a Japanese
carmaker, rail punctuality, India's electronics scheme, Swiss hotel nights, the Australian
central bank's minutes, a fraud verdict, England's waiting list, the first snow, a hedge
fund sentence, rents, a football club's accounts, job cuts at a supplier, Canadian housing
starts, organ donation, Chinese liquidity, a second-division club's accounts, the ATP
Finals, Austrian inflation, a British poll, the wine harvest, a French air traffic strike,
transit fares, tuberculosis, a speed check, software layoffs, a debt brake vote, oil,
day-care places, the Ashes squad, Swiss rail money and the U.S. deficit. Its weight is the
forms numbers take: number words and German compounds ("gut anderthalbmal so viele", "seit
einem Dreivierteljahr", "eine knappe Million", "gut eine Viertelmilliarde Euro", "rund eine
halbe Milliarde Euro", "knapp zweieinhalb Jahre", "fünfeinhalb Monate", "sechseinhalb
Jahren", "siebeneinhalb Jahre", "knapp anderthalb Meter", "bis zu einer Dreiviertelstunde",
"ein Dutzend Menschen", "Dutzende Bäume", "ein dreimonatiges Fahrverbot", "im
Viertelstundentakt", "Zweidrittelmehrheit", "zwölftwärmste", "zweitkleinste",
"Tabellendritte", "a quarter of a million homes", "at least a dozen tornadoes", "half a
dozen school districts", "one and a half miles", "one and a half times", "eight and a half
years", "a 36-hour strike", "an unchanged 14-man squad", "its 62,500-capacity stadium", "a
1.5 million-barrel draw"); digits mixed with scale words ("2,5 Millionen Hektoliter", "knapp
2,93 Millionen", "36,9 Mio.", "11,2 Mrd. Euro", "1,3 Mia. Fr.", "1.8 lakh crore rupees",
"61,000 crore rupees", "1.1 trillion yen ($7.1 billion)", "£118m", "A$1.7 billion", "C$2.5
billion", "270.8 trillion yuan"); fractions in words ("fast jeder sechzehnte", "ein gutes
Fünftel", "gut ein Achtel", "gut ein Zwanzigstel", "zu gut neun Zehnteln", "knapp ein
Sechstel", "bis zu drei Viertel", "Just over three in five", "nearly one in seven", "nearly
two-fifths", "Nearly two in five", "a two-in-three chance", "less than a one-in-three
chance", "more than two-thirds"); ordinals; ranges and spans ("zwischen 85.000 und 110.000",
"zwei bis drei Menschen", "von Januar bis Oktober", "zwischen Juni 2021 und Februar 2023",
"$310 million to $340 million", "10 to 20 basis points", "2-3% target band", "Nov. 3-4", "on
Nov. 4 and 5", "in four of the past five months"); hedges of every sort and their
look-alikes ("um die 2.600 Beamten" beside "statt um die gesetzlich vorgesehenen 2,7
Prozent", "über der Marke von vier Prozent", "topped 61,000", "just 220 billion yuan");
vague magnitudes that carry nothing ("Dutzende", "Dozens ... hundreds", "einen dreistelligen
Millionenbetrag", "im zweistelligen Prozentbereich"); dates, years, money in nine
currencies, percentages, percentage points and basis points; and names with a figure that
carry none ("Landgericht München I", "1. FC Hohenried", "A8", "7-6 (4), 6-3"). Negatives
stand beside them: rhetoric and labels in quotes, vows, doubts, hopes, warnings, advice and
appeals that name no measure, verdicts with „halten ... für“, an accusation, a forecast
without a figure, analysts' thoughts, open questions and a vox pop - three of them carrying
a figure, labelled.

242 rows (124 German, 118 English), 55 negatives (29 German, 26 English), 187 check-worthy
rows of which 4 carry no figure (2 German, 2 English), 419 expected quantities (115 counts,
71 amounts of money - 29 EUR, 18 USD, 6 JPY, 5 GBP, 4 CHF, 3 INR, 3 CNY, 2 CAD, 1 AUD -, 70
percentages - 58 in %, 10 in percentage points, 2 in basis points -, 53 durations - 27 in
years, 12 in months, 9 in hours, 3 in minutes, 1 in weeks, 1 in days -, 44 fractions, 25
ordinals, 21 years, 20 dates; 3 of them in three negatives, as the seventeenth batch labels
a figure in a negative), 36 checked speakers (24 German, 12 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the rows were written.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, doubt, thought or piece of rhetoric is a negative
  with speaker None, also with a named speaker (seventh, ninety-eighth,
  hundred-ninety-ninth, two-hundred-and-fourth, two-hundred-and-tenth); a reported fact,
  figure, step, rule, plan or forecast with a figure is check-worthy with its speaker, also
  in Konjunktiv I (hundred-ninety-ninth, two-hundred-and-tenth: "Analysts at Cobar Street
  Research expect ..."). Consensus figures are check-worthy ("Economists polled by Reuters
  had expected ...", "Analysts polled by Reuters had expected about 270,000"), and so are
  "Analysts at Lantern Bay Securities expect cuts of 10 to 20 basis points ...", the
  Wetterdienst's forecast of "minus zwölf Grad" and the IEA's "about 4 million barrels per
  day". Pairs from one speaker: Seebacher's 2,95 Millionen beside her quote and her evasion
  („ließ Seebacher offen“), Carvell's quarter beside his quote, Haselböck's third beside
  „ohne kaputtzusparen“, Ishiguro's 450 billion yen beside his "three decades" (labelled),
  Falkiner's A$1.7 billion, Quandtmeyer's 1,9 Millionen Tests, Oakeshott's months,
  Dierksmeier's 3,5 Milliarden, Strickland's first time since 2019, Eichhorst's 34.000
  Plätze, Klingelhöfer's drei Viertel, Bönninghaus's share, Trevanion's fifth, Mawhinney's
  612 runs and Malkovská's 68% beside their quotes.
- Check-worthy without a figure (twenty-second, hundred-eighteenth, two-hundred-and-tenth,
  two-hundred-and-twenty-fourth): "Dozens of homes were flattened and hundreds more were
  damaged, ..." (a row holding only vague magnitudes is still a fact), „Das Urteil ist noch
  nicht rechtskräftig, der Verteidiger kündigte Revision an.“ and "His lawyer said he would
  appeal the sentence." (announced steps), and Kettelhack's guidance "mit einem Umsatzminus
  im zweistelligen Prozentbereich" („zweistellig“ a vague magnitude, the guidance a claim).
  "Die Opposition kritisierte, dass die Pensionen 2026 nur um 2,25 Prozent ... steigen" is
  check-worthy for its figures - the criticism's object is a checkable fact, as a checkable
  act paired with a label keeps its row (hundred-sixteenth, hundred-sixtieth) - while
  „kritisierte die Erhöhung als „...““ is a label like „verurteilte ... als“
  (two-hundred-and-fourth).
- Negatives (fifty-fifth, hundred-ninety-ninth, two-hundred-and-fourth,
  two-hundred-and-tenth, two-hundred-and-forty-fourth): rhetoric in quotes from every side;
  labels („nannten das Ergebnis“, „nannten das Budget“, „nannte die Pläne“, „sprachen von
  einem „Armutszeugnis ...““, „sprach von einem „Freibrief ...““, "called the plan", "called
  the program", "called the strikes", "called the figures"); a vow („will ... „um jeden
  einzelnen Arbeitsplatz kämpfen““); doubts, hopes and thoughts ("Some economists doubt",
  „Viele Transplantationsmediziner hoffen“, "Supporters hope", "Several analysts said they
  thought" - two-hundred-and-fourth: "said she thought"); warnings, advice and appeals that
  name no measure ("warned that red tape ...", "Unions warned ...", "Forecasters urged
  residents to stay alert ...", „Meteorologen rieten dringend davon ab“, "Passenger groups
  advised travellers ..."); verdicts with „halten ... für“ (three times); an accusation
  naming no act („warf der Regierung vor, die Teuerung „jahrelang kleingeredet“ zu haben“ -
  two-hundred-and-forty-fourth: "accused the government of ..."); a forecast without a
  figure („Wifo-Ökonomen erwarten, dass ...“); open questions („Ob der Rekord ...“, „Ob der
  Aufstieg gelingt, mochte ... niemand vorhersagen“, „Wann der Konzern sein Ziel von 70
  Prozent ... erreicht, ist offen“ with 70% labelled, "Whether Labour ..."); and a vox pop
  with its age labelled ("Darlene Mossop, 71," 71 years; hundred-twenty-fourth,
  two-hundred-and-forty-fourth). Ishiguro's "in three decades" is labelled 30 years (the
  seventeenth batch labels a figure in a negative).
- Number words and magnitudes (seventeenth, hundred-ninety-ninth, two-hundred-and-tenth):
  "at least a dozen tornadoes" 12 "at_least" and „ein Dutzend Menschen“ 12 (the issue's "two
  dozen"), "half a dozen school districts" 6 (seventeenth), "more than a quarter of a
  million homes" 250,000 "over" and no fraction (hundred-eighteenth, hundred-twentieth),
  "gut eine Viertelmilliarde Euro" 250,000,000 EUR "over" (fifty-third: "knapp eine
  Viertelmilliarde"), "rund eine halbe Milliarde Euro" and "eine halbe Milliarde Euro"
  500,000,000 EUR (fifty-third), "Auf eine Million Einwohner" 1,000,000 (the article before
  a magnitude word its figure one, seventeenth), "Eight countries" 8, "two counts ... and
  one count" 2 and 1, "three people" 3, „zwei bis drei Menschen“ 2 and 3. None: "Dutzende"
  and "Dozens ... hundreds" (seventeenth, hundred-fourth), "einen dreistelligen
  Millionenbetrag" and "im zweistelligen Prozentbereich" (hundred-twenty-sixth: "eines
  mittleren einstelligen Millionenbetrags"), "one London-based trader" and "one Sydney-based
  economist" (hundred-ninety-ninth: "one dealer"), "a Shanghai-based fund manager". New:
  "eine knappe Million Menschen" is 1,000,000 "nearly" - the inflected adjective is the
  hedge "knapp", as "ein gutes Drittel" is "over" (two-hundred-and-twentieth), and the
  article before the magnitude word is its figure one (seventeenth); "ein gutes Fünftel
  mehr" is 0.2 "over" by the same reading.
- Halves and quarters of a unit are the measure's value (twelfth, fourteenth, forty-seventh,
  fifty-ninth, hundred-twenty-second): "anderthalb Jahre später" 1.5 years (the issue's
  "zwei Jahre zuvor" reading, two-hundred-and-tenth), "knapp anderthalb Meter hoch" 1.5
  "nearly" (a measure is a count), "gut anderthalbmal so viele" 1.5 "over"
  (two-hundred-and-thirty-fourth: "etwa anderthalbmal so gross"), "roughly one and a half
  miles wide" and "roughly one and a half times its previous estimate" 1.5 "about"
  (forty-seventh), "knapp zweieinhalb Jahre" 2.5 years "nearly", "fünfeinhalb Monate" 5.5
  months, "sechseinhalb Jahren" 6.5, "siebeneinhalb Jahre" 7.5 and "eight and a half years"
  8.5 years (two-hundred-and-tenth), "bis zu dreieinhalb Stunden" 3.5 hours "up_to", "bis zu
  einer Dreiviertelstunde" 0.75 hours "up_to" (fourteenth, seventeenth), "im
  Viertelstundentakt" 0.25 hours (hundred-twenty-fifth), "their smallest rise in half a
  year" 0.5 years (eleventh: "ein halbes Jahr"; hundred-thirty-fifth: "in einem halben
  Jahr"), "by half a percentage point" 0.5 pp (twenty-second). New: "seit einem
  Dreivierteljahr" is 0.75 years - three quarters of a year read as "eine Dreiviertelstunde"
  is 0.75 hours (fourteenth) and "fast ein Vierteljahrhundert" 25 years (fifty-ninth); the
  quarter inside the compound is a share of the unit, not the business quarter that the
  fifteenth counts („drei Quartale“ count 3).
- Fractions (every batch), shares with their hedges: "Mehr als ein Drittel" 0.3333 "over",
  "knapp zwei Drittel" 0.6667 "nearly", "Gut ein Drittel" 0.3333 "over", "etwa jede sechste"
  0.1667 "about", "mehr als ein Zehntel" 0.1 "over", "gut ein Achtel" 0.125 "over", "fast
  die Hälfte" 0.5 "nearly", "gut ein Zwanzigstel" 0.05 "over" (two-hundred-and-tenth), "zu
  gut neun Zehnteln" 0.9 "over" (hundred-ninety-ninth), "knapp ein Fünftel" 0.2 "nearly",
  "fast ein Viertel" 0.25 "nearly", "etwa ein Zehntel" 0.1 "about", "bis zu drei Viertel"
  0.75 "up_to", "ein Drittel weniger" 0.3333 (the "weniger" compares, hundred-fifty-second),
  "knapp ein Sechstel" 0.1667 "nearly", "Mehr als jeder vierte" 0.25 "over", "fast jedes
  dritte Kind" 0.3333 "nearly", "Rund jeder zwanzigste Fahrer" 0.05 "about"
  (two-hundred-and-forty-third), "Mehr als die Hälfte" 0.5 "over", "Zweidrittelmehrheit"
  0.6667 (hundred-ninety-ninth); "by nearly a fifth" 0.2 "nearly", "by more than a quarter"
  0.25 "over", "nearly two-fifths" 0.4 "nearly", "about two-thirds" 0.6667 "about" (twice),
  "Just over three in five" 0.6 "over" ("just over" "over", hundred-forty-first), "roughly a
  quarter fewer" 0.25 "about", "nearly one in seven" 0.1429 "nearly", "nearly a quarter"
  0.25 "nearly", "by almost half" 0.5 "nearly", "less than a third" 0.3333 "under", "Nearly
  two in five" 0.4 "nearly", "about a third" 0.3333 "about", "half of their schedules" 0.5
  (hundred-ninety-ninth: "half of those"), "more than two-thirds" 0.6667 "over", "about a
  quarter" 0.25 "about" (twice), "less than half of the $13 billion" 0.5 "under", "a fifth
  of its research budget" 0.2, "a third of them" 0.3333. New: "fast jeder sechzehnte
  Erwerbsfähige" is 0.0625 "nearly" - any ordinal word after "jeder" names the share's
  denominator, its value exact to four places, as "jeder zwanzigste" is 0.05
  (two-hundred-and-forty-third) and "ein Achtel" 0.125 (two-hundred-and-tenth). New: odds
  written with hyphens are fractions - "roughly a two-in-three chance" 0.6667 "about" and
  "less than a one-in-three chance" 0.3333 "under" - read as "a 1 in 83 chance" (eleventh)
  and "one in seven" are; a chance written in percent stays a percentage
  (hundred-thirty-ninth: "a roughly 60% chance").
- Multiples are counts with their hedges (hundred-ninety-ninth, two-hundred-and-tenth):
  "nearly twice the annual average" 2 "nearly", "roughly six times the level" 6 "about",
  "mehr als dreimal so viele" 3 "over", "mehr als doppelt so hoch" 2 "over", "fast dreimal
  so schnell" 3 "nearly", "roughly double the pace" 2 "about" (two-hundred-and-tenth); the
  verb "more than doubled" carries none (hundred-fifty-second).
- Ordinals (every batch): "Der erste Wintereinbruch" 1, "nach einer ersten Schätzung" 1
  (hundred-ninety-ninth), "the third quarter", "the fourth quarter", "Second-quarter" 2
  (fifteenth: "third-quarter revenue"), "In den ersten neun Monaten" 1 with 9 months
  (eightieth), "for a third month", "a third session" 3 (two-hundred-and-tenth: "a third
  straight weekend"), "the ninth straight month" 9, "the state's 62nd tornado" 62, "his 11th
  victory in a row" 11, "the 14th walkout" 14, "a second wave of layoffs" 2, "zum dritten
  Mal in Folge" 3, "the first round", "its first Champions League campaign", "for the first
  time since 2019", "the first month of fiscal 2026", "the first Ashes Test", "in the first
  quarter" 1, "the fourth Australian" 4; ordinal words inside compounds ("zwölftwärmste" 12
  - hundred-ninety-ninth: "viertwärmste" -, "zweitkleinste" 2, "der Tabellendritte" 3 -
  hundred-fifty-third: "der Tabellenvierte"); "the world No. 6" 6 (hundred-forty-seventh,
  hundred-fifty-eighth: "world No. 1", "die Nummer eins"). None: "Spitzenreiter", "Der
  Spitzenreiter" (a leader ranks by no number word), "Zweitligist" and
  "Erstliga-Infrastruktur" (two-hundred-and-forty-first: "Zweitligist"), "for the full
  year".
- Durations and ages (every batch): compounds "einer 24-stündigen Großkontrolle" 24 hours,
  "a 36-hour strike" 36 hours, "ein dreimonatiges Fahrverbot" 3 months, "its one-year loan
  prime rate" 1 year and "the five-year rate" 5 years (hundred-fifty-seventh: "one-year
  leases"), spans "binnen zwölf Monaten", "binnen zwölf Stunden", "seit mindestens zwölf
  Monaten" 12 months "at_least", "eine Laufzeit von 27 Monaten", "von 22 Monaten", "weniger
  als sechs Minuten" 6 minutes "under", "für gut zwei Stunden" 2 hours "over", "for about 40
  minutes" "about", "one hour and 52 minutes" 1 hour and 52 minutes (hundred-twenty-fifth:
  "one hour and 21 minutes"), "over five years", "over four years", "In den kommenden vier
  Jahren", "for six months in a row" 6 months, "in 14 years", "over two days" 2 days, "less
  than 18 weeks" 18 weeks "under", "longer than four hours" 4 hours "over" (forty-ninth:
  "länger als"), "over the 12 months through October" 12 months (ninety-first), "12 months
  earlier" 12 months and "five years earlier" 5 years (two-hundred-and-tenth: "zwei Jahre
  zuvor"), "vor drei Jahren" 3 years, "its highest in almost four years" 4 years "nearly"
  (nineteenth, twenty-eighth), "in four of the past five months" 4 and 5 months
  (hundred-tenth: "in 20 of the past 26 months"), "in three decades" 30 years (eleventh; in
  a negative). Sentences: "zu sechseinhalb Jahren Haft", "at least 12 years" "at_least". By
  the hundred-twenty-second's rule the unit written once serves a later elliptic figure, in
  German and English alike: „siebeneinhalb Jahre ..., die Verteidigung auf höchstens vier“
  7.5 and 4 years "at_most", "at least 12 years; ... no more than three" 12 years "at_least"
  and 3 years "at_most" ("no more than" "at_most", two-hundred-and-tenth). Ages: "einen
  52-Jährigen", "Gideon Lathrop, 58,", "Lyngstad, 23,", "Callum Dorrington, 34,"
  (sixty-third), "jedes dritte Kind unter drei Jahren" 3 years "under"
  (hundred-ninety-ninth: "Children under five"). None: "im Vorjahr", "im Vorjahresmonat",
  "im Vormonat", "im Jahr davor", "ein Jahr zuvor", "binnen eines Jahres", "im
  Jahresabstand", "seit Juli", "im kommenden Jahr", "heuer", "jährlich", "im Jahr", "im
  Monat", "pro Stunde", "pro Nacht", "jeden Tag", "täglich", "seit Jahrzehnten",
  "Jahrzehnte", "a year earlier", "a year", "more than a year", "over nearly a decade",
  "within a decade", "a decade ago" (thirty-third: "almost a decade"), "last week", "last
  month", "this month", "this year", "next year", "this fiscal year", "the last fiscal
  year", "in the year to March", "for the year to June", "the September quarter", "the
  April-September period", "since July", "since January", "since early summer", "for many
  years", weekdays, months and clock times ("by 1130 GMT", tenth).
- Counts otherwise (every batch): votes ("mit 96 zu 87 Stimmen", "mit 372 zu 301 Stimmen",
  "63 der 88 Abgeordneten, 22 ..., drei ..."), definite groups ("Zwei der sieben deutschen
  Werke", "four of his five matches", "58 of his 66 matches"), "in zwei Stufen" 2
  (two-hundred-and-tenth), "in den sieben größten deutschen Städten" 7, "the two main Paris
  airports" 2 (two-hundred-and-tenth: "the three Baltic states"), "mit 61 Verhandlungstagen"
  61 (fifteenth: "28 Verhandlungstage"), "nach 13 Spieltagen" 13, "zwei Punkte" in a table
  and "zwei Punkte im Fahreignungsregister" 2, measures ("bis zu 35 Zentimeter Neuschnee"
  "up_to", "auf rund zwölf Kilometern" "about", "87 mph", "mit 87 km/h", "mit einem Mittel
  von 10,9 Grad" - "Mittel" no hedge, as "im Mittel" (hundred-tenth, hundred-twenty-third)
  -, "minus zwölf Grad" -12 (hundred-twenty-sixth: "minus 19 Grad"), "gut 27.000 Hektar",
  "2,5 Millionen Hektoliter", "rund 19 Liter pro Kopf", "6.4 million barrels", "a 1.5
  million-barrel draw" 1,500,000 (two-hundred-and-tenth: "a 1.1 million-barrel build")),
  figures heading hyphenated compounds ("Eine 70-Quadratmeter-Wohnung" 70 -
  hundred-fifty-seventh -, "einer Tempo-30-Zone" 30 - hundred-fifty-second -, "an unchanged
  14-man squad" 14 - hundred-forty-eighth -, "its 62,500-capacity stadium" 62,500 -
  two-hundred-and-tenth), Swiss grouping ("knapp 1'580'000" 1,580,000 "nearly", "212'400";
  hundred-ninety-ninth), "36,9 Mio." 36,900,000 (the scale word without a noun), "9,6
  Spender", cricket runs and averages ("612 runs at an average of 68 in five ... games"
  three counts, "an average of" no hedge), "400 in Tests", "six more wickets" 6, "14 aces".
  None: names with a figure ("Landgericht München I" - hundred-eighteenth -, "1. FC
  Hohenried" - hundred-ninth: "1. FC Lindenau" -, "A8", "München–Garmisch"), scores ("a 7-6
  (4), 6-3 win" with its tie-break in brackets; hundred-forty-seventh: "7-5 3-6 7-6(4)"),
  "Corona-Testzentren", "A&E".
- Money in the currency written, scale words and abbreviations (hundred-ninety-ninth,
  two-hundred-and-tenth): EUR ("gut 21 Mrd. Euro" "over", "11,2 Mrd. Euro", "412 Mio. Euro",
  "95 Mio. Euro", "knapp 17,6 Millionen Euro" "nearly", "14,35 Euro pro Stunde", "gut 1,50
  Euro über dem gesetzlichen Mindestlohn" "over" - the "über dem" after the figure compares,
  as "rund ein Viertel über dem Durchschnitt" (hundred-tenth) -, "gut 1.560 Euro im Monat"
  "over", "85 Cent" 0.85 (tenth: cents as hundredths), "1.308,39 Euro", "more than 1.2
  billion euros" "over"), CHF ("214 Franken", "neun Franken", "17,4 Milliarden Franken",
  "rund 1,3 Mia. Fr." "about" - hundred-ninety-ninth: "298,4 Mio. Fr."), JPY ("1.1 trillion
  yen ($7.1 billion)" with the dollars in brackets a second amount - fifteenth -, "about 450
  billion yen" "about", "45 yen a share", "up to 100 billion yen" "up_to"), INR ("1.8 lakh
  crore rupees ($20.3 billion)" 1.8e12 and "about 11.3 lakh crore rupees" 1.13e13 -
  two-hundred-and-tenth -, "61,000 crore rupees" 6.1e11 - hundred-ninety-ninth: "a 4,500
  crore rupee ... scheme"), CNY ("900 billion yuan ($126.5 billion)", "just 220 billion
  yuan" - "just" no hedge -, "270.8 trillion yuan"), GBP ("£612.4 million", "£118m",
  "£398.7m", "£41 million to £287 million"), AUD ("A$1.7 billion"), CAD ("another C$2.5
  billion" - "another" no hedge -, "C$17.5 billion"), USD ("about $140 million", "$31.5
  million", "at least $2.9 million" "at_least", "up to $5 million" "up_to", "$310 million to
  $340 million" both, "roughly $19 billion" "about", "$63.12 a barrel", "topped $104
  billion" - "topped" a verb and no hedge (twelfth, ninety-ninth) -, "$284 billion", "$31
  billion", "$5.9 billion", "the $13 billion a year that is needed", "$120 billion", "$13.4
  billion").
- Percentages: "%" and "Prozent" in %, points in pp, basis points in bp (twenty-seventh,
  hundred-thirty-fourth): "um 0,3 Prozentpunkte", "3,4 Prozentpunkte weniger", "1,1 Punkte
  weniger" (a rate's points are percentage points, hundred-ninety-ninth: "knapp einen halben
  Punkt über dem Ziel"), "by three points to five points" and "eight points ahead" (poll
  points, twenty-second), "plus or minus 2 percentage points" 2 pp with no hedge
  (hundred-sixteenth, two-hundred-and-tenth), "a quarter-point rate cut" and "another
  quarter-point cut" 0.25 pp (eleventh, twelfth, hundred-thirty-ninth), "cuts of 10 to 20
  basis points" both bp; "3.60%", "3.0%" and "4,0 Prozent" as written (trailing zeros change
  no value, seventy-first), "the bank's 2-3% target band" 2 and 3 (seventeenth: "20-30%"),
  "über sechs Prozent" 6 "over", "bis zu 0,35 Prozent" "up_to", "nearly 4%" "nearly",
  "roughly 8%" "about", "rund 83 Prozent" "about", "über 40 Prozent" "over". The look-alikes
  of hedges (hundred-twenty-third, two-hundred-and-forty-fourth): "über der Marke von vier
  Prozent" is 4 with no hedge - "über" governs "der Marke", as "über der Marke von drei
  Millionen" (fifty-sixth) -, and "statt um die gesetzlich vorgesehenen 2,7 Prozent" is 2.7
  with no hedge - "um die" here is the preposition of "steigen um" with its article, as "um
  die 61 ... Leistungsgruppen" and "um die 36 Sitze" (two-hundred-and-seventh,
  two-hundred-and-thirty-seventh) - while "mit um die 2.600 Beamten" is 2,600 "about"
  (thirty-seventh: "so um die 40 Prozent").
- Years and dates: "2026", "seit 2015", "bis Ende 2028", "ab 2027" (hundredth: "ab 2027" no
  hedge), "bis 2028", "Bis 2030", "ab Dezember 2027", "zwischen Juni 2021 und Februar 2023"
  both (month and year the year), "im Geschäftsjahr 2024/25" both (fortieth,
  seventy-fourth), "seit Beginn der Aufzeichnungen 1881", "2020", "by 2030", "since 2019",
  "from 2013 until ... early 2022" both, "the 2024 election", "in 2011", "A 2023 European
  Commission study" (two-hundred-and-tenth: "a 2023 study"), "fiscal 2026"
  (hundred-ninety-ninth); "zum 1. Januar" --01-01, "mit 1. Jänner" --01-01 (the Austrian
  "mit" no hedge, hundred-fiftieth), "ab dem 1. Januar 2026" 2026-01-01 (sixty-third,
  hundred-first), "at the Bank's Dec. 18 meeting" --12-18, "its Nov. 3-4 meeting" --11-03
  and --11-04 (hundred-thirty-ninth: "the April 28-29 meeting"), "conducted on Nov. 4 and 5"
  --11-04 and --11-05 (hundredth: "für den 14. und 15. November"); Reuters English datelines
  with a day ("LONDON, Nov 18 (Reuters)" four times, "TOKYO, Nov 18", "NEW DELHI, Nov 18",
  "SYDNEY, Nov 18", "OTTAWA, Nov 18", "BEIJING, Nov 18", "GENEVA, Nov 18", "SAN FRANCISCO,
  Nov 18", "WASHINGTON, Nov 18") as dates without a year; dpa, APA, Keystone-SDA, AP, PA,
  AFP and AAP datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "um die", "about", "Some", "some",
  "roughly" "about"; "knapp", "fast", "nearly", "Nearly", "almost", "eine knappe" "nearly";
  "gut", "Gut", "ein gutes", "mehr als", "Mehr als", "über" before a figure, "more than",
  "Just over", "longer than" "over"; "weniger als", "unter", "less than" "under"; "bis zu",
  "up to" "up_to"; "mindestens", "at least" "at_least"; "höchstens", "no more than"
  "at_most". No hedge: "insgesamt", "im Schnitt", "im Mittel", "durchschnittlich",
  "derzeit", "dann", "weitere", "another", "alone", "just", "nur", "zwischen ... und", "bis"
  and "to" in a range, "plus or minus", "topped", "über der Marke von", "um die" after a
  verb of rising, and "mehr als", "weniger als", "über dem" after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie die Bundesagentur für
  Arbeit am Dienstag mitteilte", "wie die Statistik Austria mitteilte" and "wie das
  Bundesamt für Verkehr mitteilte" the source with its article in the nominative
  (two-hundred-and-tenth, following the majority); "teilte die Gewerkschaft Verdi mit"
  (hundred-eighth), "teilte der Konzern am Dienstag mit" and "teilte das Unternehmen am
  Dienstag mit" with the weekday dropped (two-hundred-and-tenth), "teilte der Klub mit" and
  "nach Angaben der Stiftung" -> "die Stiftung" (hundred-ninth), "teilte der Deutsche
  Wetterdienst mit" (hundred-ninety-ninth), "teilte das Deutsche Weininstitut mit", "teilte
  das Innenministerium mit"; "teilte das Bundesamt für Statistik (BFS) mit" with the
  abbreviation in brackets dropped (two-hundred-and-fifteenth, two-hundred-and-forty-fourth)
  and "Nach Angaben der Deutschen Stiftung Organtransplantation (DSO)" -> "die Deutsche
  Stiftung Organtransplantation", the source in the nominative and its abbreviation dropped
  alike (hundred-sixtieth, two-hundred-and-forty-fourth); "sagte Finanzminister Kaspar
  Haselböck", "sagte Infrastrukturvorstand Jörg Pfannkuch", "sagte Richterin Bettina
  Quandtmeyer", "sagte Weinbaupräsident Hubertus Klingelhöfer" and "sagte Innenminister
  Hartwig Bönninghaus" the name with the title dropped (two-hundred-and-tenth);
  "Bauministerin Anke Dierksmeier sagte, ...", "Vorstandschef Rüdiger Ansorge sagte, ...",
  "Präsident Waldemar Eichhorst sagte, ...", "Sozialministerin Brigitte Ortner-Leitgeb
  sagte, ..." and "Finanzministerin Hedwig Schwarzlechner sagte, ..." the name
  (hundred-eightieth); "Seebacher sagte, ..." opening the row (forty-second,
  two-hundred-and-forty-fourth). English: the name with the role dropped ("Finance minister
  Edmund Carvell said", "Gov. Wade Kinnaman said", "Electronics Minister Anil Pardeshi
  said", "Treasurer Rhiannon Falkiner said", "Health Secretary Graham Oakeshott said",
  "Chief executive Nadia Strickland said", "Housing Minister Gregor Macaulay said", "WHO
  tuberculosis chief Tereza Malkovská said", "Chief executive Lionel Trevanion said",
  "Selection chairman Duncan Mawhinney said"; hundred-forty-fifth, two-hundred-and-tenth);
  "chief financial officer Kenta Ishiguro told reporters" ("told reporters" names the
  speaker, two-hundred-and-fourth); "Low-cost carrier Jetvale said" -> "Jetvale" as written
  (two-hundred-and-tenth: "Low-cost carrier Skerrow Air said"). Left unchecked (None): all
  negatives, also those with a named speaker; bodies' "said" and "reported" in English copy
  ("the National Weather Service said", "the company said on Tuesday", "the Canada Mortgage
  and Housing Corporation reported", "the civil aviation authority DGAC said", "the World
  Health Organization said", "the Treasury Department said", "the report said") - checked by
  the two-hundred-and-tenth, left unchecked by the two-hundred-and-fourth and
  two-hundred-and-forty-fourth, and left unchecked here, where a None costs nothing;
  descriptions ("officials said", "state emergency management officials said", "a senior
  government official said", "a Treasury official said", "His lawyer said"; forty-first);
  documents ("official figures showed", "figures from NHS England showed", "trade data
  showed", "minutes of its Nov. 3-4 meeting showed", "heißt es in der Studie", "einer Studie
  der Bertelsmann Stiftung zufolge"); "Economists polled by Reuters", "Analysts polled by
  Reuters", "Analysts at Lantern Bay Securities expect" (two-hundred-and-tenth); "U.S.
  District Judge Marian Cotterill also ordered" (no verb of saying) and "Der
  Arbeitgeberverband bezifferte" and "Die Autorinnen beziffern" (estimating verbs,
  hundred-tenth; two-hundred-and-forty-fourth: „beziffert“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_249 = [
    # --- Arbeitsmarkt im November (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Im November waren bundesweit knapp 2,93 Millionen Menschen arbeitslos gemeldet, rund 164.000 mehr als im Vorjahresmonat, wie die Bundesagentur für Arbeit am Dienstag mitteilte.",
        True,
        [("count", 2930000, None, "nearly"), ("count", 164000, None, "about")],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Die Arbeitslosenquote kletterte um 0,3 Prozentpunkte auf 6,3 Prozent und liegt damit seit einem Dreivierteljahr über sechs Prozent.",
        True,
        [
            ("percent", 0.3, "pp", None),
            ("percent", 6.3, "%", None),
            ("duration", 0.75, "year", None),
            ("percent", 6, "%", "over"),
        ],
        None,
    ),
    (
        "de",
        "Damit ist fast jeder sechzehnte Erwerbsfähige ohne Job.",
        True,
        [("fraction", 0.0625, None, "nearly")],
        None,
    ),
    (
        "de",
        "Mehr als ein Drittel der Arbeitslosen sucht seit mindestens zwölf Monaten eine Stelle und gilt damit als langzeitarbeitslos.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 12, "month", "at_least")],
        None,
    ),
    (
        "de",
        "In der Industrie verloren binnen zwölf Monaten rund 52.000 Menschen ihre Stelle, ein gutes Fünftel mehr als ein Jahr zuvor.",
        True,
        [("duration", 12, "month", None), ("count", 52000, None, "about"), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "In Kurzarbeit waren nach den jüngsten Hochrechnungen etwa 218.000 Beschäftigte, gut anderthalbmal so viele wie im Frühjahr.",
        True,
        [("count", 218000, None, "about"), ("count", 1.5, None, "over")],
        None,
    ),
    (
        "de",
        "„Der Arbeitsmarkt steckt in einer zähen Schwächephase, aber er bricht nicht ein“, sagte BA-Vorständin Ilka Seebacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seebacher sagte, die Bundesagentur rechne für das kommende Jahr im Schnitt mit rund 2,95 Millionen Arbeitslosen.",
        True,
        [("count", 2950000, None, "about")],
        "Seebacher",
    ),
    ("de", "Ob die Wende im Frühjahr gelingt, ließ Seebacher offen.", False, [], None),
    # --- UK inflation (Reuters) ---
    (
        "en",
        "LONDON, Nov 18 (Reuters) - Britain's annual consumer price inflation rate slowed to 3.6% last month from 3.8% in September, official figures showed on Tuesday.",
        True,
        [("date", "--11-18", None, None), ("percent", 3.6, "%", None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected a slightly smaller fall, to 3.7%.",
        True,
        [("percent", 3.7, "%", None)],
        None,
    ),
    (
        "en",
        "Services inflation, closely tracked by policymakers in Threadneedle Street, slowed by half a percentage point to 4.4%.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "en",
        "Core inflation, stripped of volatile energy and food costs, stayed at 3.5% for a third month.",
        True,
        [("percent", 3.5, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Food prices climbed 4.9% over the 12 months through October, their smallest rise in half a year.",
        True,
        [("percent", 4.9, "%", None), ("duration", 12, "month", None), ("duration", 0.5, "year", None)],
        None,
    ),
    (
        "en",
        "Finance minister Edmund Carvell said inflation had come down by more than a quarter since January.",
        True,
        [("fraction", 0.25, None, "over")],
        "Edmund Carvell",
    ),
    (
        "en",
        '"This is progress, but families will not feel it until prices stop outrunning their pay," Carvell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets now price in roughly a two-in-three chance of a quarter-point rate cut at the Bank's Dec. 18 meeting.",
        True,
        [("fraction", 0.6667, None, "about"), ("percent", 0.25, "pp", None), ("date", "--12-18", None, None)],
        None,
    ),
    ("en", "Some economists doubt the Bank will move again before the spring.", False, [], None),
    # --- Tarifeinigung Systemgastronomie (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die rund 120.000 Beschäftigten in der Systemgastronomie bekommen in zwei Stufen insgesamt 7,4 Prozent mehr Geld.",
        True,
        [("count", 120000, None, "about"), ("count", 2, None, None), ("percent", 7.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Löhne steigen zum 1. Januar um 4,1 Prozent und anderthalb Jahre später um weitere 3,3 Prozent, teilte die Gewerkschaft Verdi mit.",
        True,
        [
            ("date", "--01-01", None, None),
            ("percent", 4.1, "%", None),
            ("duration", 1.5, "year", None),
            ("percent", 3.3, "%", None),
        ],
        "die Gewerkschaft Verdi",
    ),
    (
        "de",
        "Der Tarifvertrag hat eine Laufzeit von 27 Monaten, Auszubildende erhalten zusätzlich eine Einmalzahlung von 400 Euro.",
        True,
        [("duration", 27, "month", None), ("money", 400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Einstiegslohn liegt ab Januar bei 14,35 Euro pro Stunde und damit gut 1,50 Euro über dem gesetzlichen Mindestlohn.",
        True,
        [("money", 14.35, "EUR", None), ("money", 1.5, "EUR", "over")],
        None,
    ),
    (
        "de",
        "„Das ist ein Abschluss, der sich sehen lassen kann“, sagte Verdi-Verhandlungsführerin Mareike Holtgreve.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Arbeitgeberverband bezifferte die Mehrkosten über die gesamte Laufzeit auf gut eine Viertelmilliarde Euro.",
        True,
        [("money", 250000000, "EUR", "over")],
        None,
    ),
    ("de", "Die Arbeitgeber nannten das Ergebnis „an der Grenze des Verkraftbaren“.", False, [], None),
    # --- Tornadoes in Oklahoma and Kansas (AP) ---
    (
        "en",
        "OKLAHOMA CITY (AP) — A line of severe storms spawned at least a dozen tornadoes across Oklahoma and Kansas overnight, killing three people and leaving more than a quarter of a million homes and businesses without power, officials said Tuesday.",
        True,
        [("count", 12, None, "at_least"), ("count", 3, None, None), ("count", 250000, None, "over")],
        None,
    ),
    (
        "en",
        "The strongest twister stayed on the ground for about 40 minutes and carved a path roughly one and a half miles wide near Carney.",
        True,
        [("duration", 40, "minute", "about"), ("count", 1.5, None, "about")],
        None,
    ),
    (
        "en",
        "Dozens of homes were flattened and hundreds more were damaged, state emergency management officials said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Wind gusts reached 87 mph at Tulsa International Airport, the National Weather Service said.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "It was the state's 62nd tornado of the year, nearly twice the annual average.",
        True,
        [("ordinal", 62, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        '"The whole house shook and then the roof was simply gone," said Darlene Mossop, 71, who sheltered in her bathtub.',
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        "Gov. Wade Kinnaman said he had declared a state of emergency in 14 counties, and half a dozen school districts canceled classes.",
        True,
        [("count", 14, None, None), ("count", 6, None, None)],
        "Wade Kinnaman",
    ),
    (
        "en",
        "Utility crews had restored power to about two-thirds of affected customers by Tuesday evening.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Forecasters urged residents to stay alert as another round of storms could develop on Wednesday.",
        False,
        [],
        None,
    ),
    # --- Budget im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat am Dienstag das Budget für das kommende Jahr mit 96 zu 87 Stimmen beschlossen.",
        True,
        [("count", 96, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Das Defizit soll von 4,5 auf 4,2 Prozent der Wirtschaftsleistung sinken, das sind gut 21 Mrd. Euro.",
        True,
        [("percent", 4.5, "%", None), ("percent", 4.2, "%", None), ("money", 21000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Staatsschulden steigen damit auf knapp 420 Milliarden Euro oder rund 83 Prozent des BIP.",
        True,
        [("money", 420000000000, "EUR", "nearly"), ("percent", 83, "%", "about")],
        None,
    ),
    (
        "de",
        "Gut ein Drittel der Einsparungen von 6,4 Milliarden Euro entfalle auf Förderungen, sagte Finanzminister Kaspar Haselböck.",
        True,
        [("fraction", 0.3333, None, "over"), ("money", 6400000000, "EUR", None)],
        "Kaspar Haselböck",
    ),
    ("de", "„Wir sanieren, ohne kaputtzusparen“, sagte Haselböck.", False, [], None),
    (
        "de",
        "Die Opposition kritisierte, dass die Pensionen 2026 nur um 2,25 Prozent statt um die gesetzlich vorgesehenen 2,7 Prozent steigen.",
        True,
        [("year", 2026, None, None), ("percent", 2.25, "%", None), ("percent", 2.7, "%", None)],
        None,
    ),
    ("de", "Die Grünen nannten das Budget einen „Rückschritt um Jahrzehnte“.", False, [], None),
    (
        "de",
        "Für Bildung sind im kommenden Jahr 12,9 Mrd. Euro vorgesehen, rund eine halbe Milliarde Euro mehr als heuer.",
        True,
        [("money", 12900000000, "EUR", None), ("money", 500000000, "EUR", "about")],
        None,
    ),
    # --- Japanese carmaker cuts forecast (Reuters) ---
    (
        "en",
        "TOKYO, Nov 18 (Reuters) - Japanese carmaker Kuronaga Motor on Tuesday lowered its operating profit outlook for the full year by nearly a fifth to 1.1 trillion yen ($7.1 billion), blaming U.S. tariffs and the stronger yen.",
        True,
        [
            ("date", "--11-18", None, None),
            ("fraction", 0.2, None, "nearly"),
            ("money", 1100000000000, "JPY", None),
            ("money", 7100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The company now expects to sell 4.35 million vehicles in the year to March, down from an earlier forecast of 4.5 million.",
        True,
        [("count", 4350000, None, None), ("count", 4500000, None, None)],
        None,
    ),
    (
        "en",
        "Tariffs will cost it about 450 billion yen this fiscal year, roughly one and a half times its previous estimate, chief financial officer Kenta Ishiguro told reporters.",
        True,
        [("money", 450000000000, "JPY", "about"), ("count", 1.5, None, "about")],
        "Kenta Ishiguro",
    ),
    (
        "en",
        "Second-quarter operating profit fell 31% to 248.6 billion yen.",
        True,
        [("ordinal", 2, None, None), ("percent", 31, "%", None), ("money", 248600000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Sales in North America, its biggest market, slipped 6% to 1.92 trillion yen.",
        True,
        [("percent", 6, "%", None), ("money", 1920000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        '"This is the toughest environment I have seen in three decades in this industry," Ishiguro said.',
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    (
        "en",
        "Several analysts said they thought the company was still too optimistic about demand in China.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Kuronaga kept its dividend forecast at 45 yen a share and announced a buyback of up to 100 billion yen.",
        True,
        [("money", 45, "JPY", None), ("money", 100000000000, "JPY", "up_to")],
        None,
    ),
    # --- Pünktlichkeit der Bahn (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im Oktober haben nur knapp zwei Drittel der Bahn-Fernzüge ihr Ziel pünktlich erreicht.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Quote erreichte 61,8 Prozent, das waren 3,4 Prozentpunkte weniger als im Oktober des Vorjahres, teilte der Konzern am Dienstag mit.",
        True,
        [("percent", 61.8, "%", None), ("percent", 3.4, "pp", None)],
        "der Konzern",
    ),
    (
        "de",
        "Nach der Statistik des Konzerns zählt ein Fernzug noch als pünktlich, wenn er weniger als sechs Minuten hinter dem Fahrplan liegt.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    (
        "de",
        "Im Schnitt fielen im Oktober täglich rund 1.100 Regional- und Fernzüge ganz oder teilweise aus.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Die Strecke zwischen Köln und Hagen wird im kommenden Jahr für fünfeinhalb Monate voll gesperrt.",
        True,
        [("duration", 5.5, "month", None)],
        None,
    ),
    (
        "de",
        "Fahrgäste müssen dort mit Umwegen von bis zu einer Dreiviertelstunde rechnen, sagte Infrastrukturvorstand Jörg Pfannkuch.",
        True,
        [("duration", 0.75, "hour", "up_to")],
        "Jörg Pfannkuch",
    ),
    ("de", "Fahrgastverbände sprachen von einem „Armutszeugnis für ein Industrieland“.", False, [], None),
    (
        "de",
        "Wann der Konzern sein Ziel von 70 Prozent Pünktlichkeit erreicht, ist offen.",
        False,
        [("percent", 70, "%", None)],
        None,
    ),
    # --- India electronics scheme (Reuters) ---
    (
        "en",
        "NEW DELHI, Nov 18 (Reuters) - India will spend 1.8 lakh crore rupees ($20.3 billion) over five years to expand electronics manufacturing, a senior government official said on Tuesday.",
        True,
        [
            ("date", "--11-18", None, None),
            ("money", 1800000000000, "INR", None),
            ("money", 20300000000, "USD", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The scheme aims to create about 1.2 million jobs and lift electronics exports to $120 billion by 2030.",
        True,
        [("count", 1200000, None, "about"), ("money", 120000000000, "USD", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Smartphone exports rose by nearly two-fifths in the April-September period to $13.4 billion, trade data showed.",
        True,
        [("fraction", 0.4, None, "nearly"), ("money", 13400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Electronics Minister Anil Pardeshi said 22 companies had applied for incentives in the first round, pledging investments of 61,000 crore rupees.",
        True,
        [("count", 22, None, None), ("ordinal", 1, None, None), ("money", 610000000000, "INR", None)],
        "Anil Pardeshi",
    ),
    (
        "en",
        'Industry groups called the plan "a step in the right direction" but warned that red tape remained the biggest hurdle.',
        False,
        [],
        None,
    ),
    (
        "en",
        "India produced electronic goods worth about 11.3 lakh crore rupees in the last fiscal year, roughly six times the level of a decade ago.",
        True,
        [("money", 11300000000000, "INR", "about"), ("count", 6, None, "about")],
        None,
    ),
    # --- Logiernächte in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Hotels in der Schweiz haben im Oktober 3,41 Millionen Übernachtungen gezählt, 2,7 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 3410000, None, None), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Gäste aus dem Inland machten mit knapp 1'580'000 Nächten fast die Hälfte der Nachfrage aus, teilte das Bundesamt für Statistik (BFS) mit.",
        True,
        [("count", 1580000, None, "nearly"), ("fraction", 0.5, None, "nearly")],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Die Zahl der Logiernächte von Gästen aus den USA stieg um gut ein Achtel auf 212'400.",
        True,
        [("fraction", 0.125, None, "over"), ("count", 212400, None, None)],
        None,
    ),
    (
        "de",
        "Von Januar bis Oktober summierten sich die Logiernächte auf 36,9 Mio., so viele wie noch nie in diesem Zeitraum.",
        True,
        [("count", 36900000, None, None)],
        None,
    ),
    (
        "de",
        "Ein Hotelzimmer kostete im Schnitt 214 Franken pro Nacht, neun Franken mehr als im Vorjahr.",
        True,
        [("money", 214, "CHF", None), ("money", 9, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Der starke Franken bleibt für uns ein Klotz am Bein», sagte Hotelleriesuisse-Präsident Beat Zurfluh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der Rekord auch im Winter hält, hängt nach Einschätzung der Branche vor allem vom Schnee ab.",
        False,
        [],
        None,
    ),
    # --- RBA minutes (Reuters) ---
    (
        "en",
        "SYDNEY, Nov 18 (Reuters) - Australia's central bank left its benchmark cash rate on hold at 3.60% this month because inflation had picked up more than expected in the third quarter, minutes of its Nov. 3-4 meeting showed on Tuesday.",
        True,
        [
            ("date", "--11-18", None, None),
            ("percent", 3.6, "%", None),
            ("ordinal", 3, None, None),
            ("date", "--11-03", None, None),
            ("date", "--11-04", None, None),
        ],
        None,
    ),
    (
        "en",
        "Trimmed mean inflation quickened to 3.0% in the September quarter from 2.7%, above the midpoint of the bank's 2-3% target band.",
        True,
        [
            ("percent", 3.0, "%", None),
            ("percent", 2.7, "%", None),
            ("percent", 2, "%", None),
            ("percent", 3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Markets see less than a one-in-three chance of another quarter-point cut by May.",
        True,
        [("fraction", 0.3333, None, "under"), ("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "en",
        "Treasurer Rhiannon Falkiner said the government would spend A$1.7 billion over four years on energy bill relief for about 2.6 million households.",
        True,
        [("money", 1700000000, "AUD", None), ("duration", 4, "year", None), ("count", 2600000, None, "about")],
        "Rhiannon Falkiner",
    ),
    (
        "en",
        '"Australians have done the heavy lifting on inflation and they deserve a break," Falkiner said.',
        False,
        [],
        None,
    ),
    ("en", '"The board is in no hurry to move again," said one Sydney-based economist.', False, [], None),
    (
        "en",
        "Unemployment stood at 4.5% in October, its highest in almost four years.",
        True,
        [("percent", 4.5, "%", None), ("duration", 4, "year", "nearly")],
        None,
    ),
    # --- Urteil im Testzentren-Prozess (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Wegen Betrugs mit Corona-Testzentren hat das Landgericht München I einen 52-Jährigen zu sechseinhalb Jahren Haft verurteilt.",
        True,
        [("duration", 52, "year", None), ("duration", 6.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann habe zwischen Juni 2021 und Februar 2023 mehr als 1,9 Millionen Tests abgerechnet, die nie stattgefunden hätten, sagte Richterin Bettina Quandtmeyer.",
        True,
        [("year", 2021, None, None), ("year", 2023, None, None), ("count", 1900000, None, "over")],
        "Bettina Quandtmeyer",
    ),
    (
        "de",
        "Der Schaden belaufe sich auf knapp 17,6 Millionen Euro.",
        True,
        [("money", 17600000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Anklage hatte auf siebeneinhalb Jahre plädiert, die Verteidigung auf höchstens vier.",
        True,
        [("duration", 7.5, "year", None), ("duration", 4, "year", "at_most")],
        None,
    ),
    (
        "de",
        "Seine gleichaltrige Ehefrau erhielt eine Bewährungsstrafe von 22 Monaten.",
        True,
        [("duration", 22, "month", None)],
        None,
    ),
    (
        "de",
        "Der Prozess dauerte mit 61 Verhandlungstagen knapp zweieinhalb Jahre.",
        True,
        [("count", 61, None, None), ("duration", 2.5, "year", "nearly")],
        None,
    ),
    (
        "de",
        "„Sie haben die Pandemie als Geschäftsmodell missbraucht“, sagte Quandtmeyer in der Urteilsbegründung.",
        False,
        [],
        None,
    ),
    ("de", "Das Urteil ist noch nicht rechtskräftig, der Verteidiger kündigte Revision an.", True, [], None),
    # --- NHS waiting list (PA) ---
    (
        "en",
        "LONDON (PA) - The backlog of patients awaiting planned operations and other hospital care in England shrank by about 41,000 in September to 7.39 million, figures from NHS England showed.",
        True,
        [("count", 41000, None, "about"), ("count", 7390000, None, None)],
        None,
    ),
    (
        "en",
        "Just over three in five patients had been waiting less than 18 weeks, far below the standard set out in the NHS constitution.",
        True,
        [("fraction", 0.6, None, "over"), ("duration", 18, "week", "under")],
        None,
    ),
    (
        "en",
        "Some 191,000 people had waited more than a year, roughly a quarter fewer than 12 months earlier.",
        True,
        [("count", 191000, None, "about"), ("fraction", 0.25, None, "about"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Health Secretary Graham Oakeshott said the list had now shrunk in four of the past five months.",
        True,
        [("duration", 4, "month", None), ("duration", 5, "month", None)],
        "Graham Oakeshott",
    ),
    ("en", '"We are turning the corner, but the climb ahead is still steep," Oakeshott said.', False, [], None),
    (
        "en",
        "A&E departments saw 2.41 million patients in October, and nearly one in seven waited longer than four hours.",
        True,
        [("count", 2410000, None, None), ("fraction", 0.1429, None, "nearly"), ("duration", 4, "hour", "over")],
        None,
    ),
    ("en", "Unions warned that this winter could be the hardest the health service has ever faced.", False, [], None),
    # --- Wintereinbruch im Süden (dpa) ---
    (
        "de",
        "Offenbach (dpa) - Der erste Wintereinbruch der Saison hat am Dienstag in Teilen Süddeutschlands bis zu 35 Zentimeter Neuschnee gebracht.",
        True,
        [("ordinal", 1, None, None), ("count", 35, None, "up_to")],
        None,
    ),
    (
        "de",
        "Auf der Zugspitze lag der Schnee am Morgen knapp anderthalb Meter hoch, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 1.5, None, "nearly")],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Auf der A8 zwischen München und Salzburg standen Lastwagen nach mehreren Unfällen auf rund zwölf Kilometern bis zu dreieinhalb Stunden im Stau.",
        True,
        [("count", 12, None, "about"), ("duration", 3.5, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Die Polizei zählte in Bayern binnen zwölf Stunden mehr als 230 Unfälle, ein Dutzend Menschen wurde verletzt.",
        True,
        [("duration", 12, "hour", None), ("count", 230, None, "over"), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Dutzende Bäume stürzten um, auf der Strecke München–Garmisch ruhte der Zugverkehr für gut zwei Stunden.",
        True,
        [("duration", 2, "hour", "over")],
        None,
    ),
    ("de", "Meteorologen rieten dringend davon ab, ohne Winterreifen loszufahren.", False, [], None),
    (
        "de",
        "In der Nacht zum Mittwoch erwartet der DWD in den Alpentälern Tiefstwerte von minus zwölf Grad.",
        True,
        [("count", -12, None, None)],
        None,
    ),
    (
        "de",
        "Der Oktober war mit einem Mittel von 10,9 Grad der zwölftwärmste seit Beginn der Aufzeichnungen 1881.",
        True,
        [("count", 10.9, None, None), ("ordinal", 12, None, None), ("year", 1881, None, None)],
        None,
    ),
    # --- Hedge fund manager sentenced (AP) ---
    (
        "en",
        "NEW YORK (AP) — A one-time hedge fund boss received a sentence of eight and a half years in prison on Tuesday for cheating investors out of about $140 million over nearly a decade.",
        True,
        [("duration", 8.5, "year", None), ("money", 140000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Prosecutors had sought at least 12 years; Lathrop's attorneys pleaded for no more than three.",
        True,
        [("duration", 12, "year", "at_least"), ("duration", 3, "year", "at_most")],
        None,
    ),
    (
        "en",
        "U.S. District Judge Marian Cotterill also ordered Gideon Lathrop, 58, to forfeit $31.5 million and pay restitution to some 900 investors.",
        True,
        [("duration", 58, "year", None), ("money", 31500000, "USD", None), ("count", 900, None, "about")],
        None,
    ),
    ("en", '"You did not make mistakes, you made choices, again and again," Cotterill told Lathrop.', False, [], None),
    (
        "en",
        "Lathrop pleaded guilty in March to two counts of securities fraud and one count of wire fraud.",
        True,
        [("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Lathrop ran the fund from 2013 until its collapse in early 2022.",
        True,
        [("year", 2013, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "His lawyer said he would appeal the sentence.", True, [], None),
    # --- Angebotsmieten in den Großstädten (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Angebotsmieten in den sieben größten deutschen Städten sind binnen eines Jahres um durchschnittlich 6,1 Prozent gestiegen.",
        True,
        [("count", 7, None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "In München verlangen Vermieter für neu angebotene Wohnungen im Mittel 22,40 Euro pro Quadratmeter, in Berlin 16,90 Euro.",
        True,
        [("money", 22.4, "EUR", None), ("money", 16.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine 70-Quadratmeter-Wohnung kostet in München damit kalt gut 1.560 Euro im Monat.",
        True,
        [("count", 70, None, None), ("money", 1560, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Mehr als jeder vierte Mieterhaushalt in den Großstädten muss inzwischen über 40 Prozent seines Nettoeinkommens für die Kaltmiete aufwenden, heißt es in der Studie.",
        True,
        [("fraction", 0.25, None, "over"), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Bauministerin Anke Dierksmeier sagte, der Bund gebe im kommenden Jahr 3,5 Milliarden Euro für Sozialwohnungen aus, eine halbe Milliarde Euro mehr als bisher.",
        True,
        [("money", 3500000000, "EUR", None), ("money", 500000000, "EUR", None)],
        "Anke Dierksmeier",
    ),
    ("de", "„Wohnen darf nicht zum Luxus werden“, sagte Dierksmeier.", False, [], None),
    ("de", "Die Immobilienwirtschaft hält das Ziel für „auf Jahre unerreichbar“.", False, [], None),
    # --- Football club results (Reuters) ---
    (
        "en",
        "LONDON, Nov 18 (Reuters) - Premier League club Thameside Athletic posted record revenue of £612.4 million for the year to June, up nearly a quarter on the previous season, helped by its first Champions League campaign in 14 years.",
        True,
        [
            ("date", "--11-18", None, None),
            ("money", 612400000, "GBP", None),
            ("fraction", 0.25, None, "nearly"),
            ("ordinal", 1, None, None),
            ("duration", 14, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Matchday income rose to £118m as average attendances topped 61,000 at its 62,500-capacity stadium.",
        True,
        [("money", 118000000, "GBP", None), ("count", 61000, None, None), ("count", 62500, None, None)],
        None,
    ),
    (
        "en",
        "Wages climbed 14% to £398.7m, equal to about two-thirds of revenue.",
        True,
        [("percent", 14, "%", None), ("money", 398700000, "GBP", None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Chief executive Nadia Strickland said the club expected to break even for the first time since 2019.",
        True,
        [("ordinal", 1, None, None), ("year", 2019, None, None)],
        "Nadia Strickland",
    ),
    (
        "en",
        '"This club belongs at the top table of European football, and we intend to stay there," Strickland said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Net debt fell by £41 million to £287 million.",
        True,
        [("money", 41000000, "GBP", None), ("money", 287000000, "GBP", None)],
        None,
    ),
    ("en", "Supporters hope the windfall will finally be spent on a new striker.", False, [], None),
    # --- Stellenabbau beim Autozulieferer (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Der Autozulieferer Kettelhack will in Deutschland bis Ende 2028 rund 3.400 seiner gut 21.000 Stellen streichen, etwa jede sechste.",
        True,
        [
            ("year", 2028, None, None),
            ("count", 3400, None, "about"),
            ("count", 21000, None, "over"),
            ("fraction", 0.1667, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Zwei der sieben deutschen Werke will Kettelhack schließen, teilte das Unternehmen am Dienstag mit.",
        True,
        [("count", 2, None, None), ("count", 7, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "In den ersten neun Monaten des Jahres schrumpften die Erlöse um 8,3 Prozent auf 11,2 Mrd. Euro.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 8.3, "%", None),
            ("money", 11200000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Netto verbuchte Kettelhack einen Verlust von 412 Mio. Euro, ein Jahr zuvor hatte der Konzern noch 95 Mio. Euro verdient.",
        True,
        [("money", 412000000, "EUR", None), ("money", 95000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Schlussquartal rechnet Kettelhack mit einem Umsatzminus im zweistelligen Prozentbereich.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vorstandschef Rüdiger Ansorge sagte, der Konzern wolle ab 2027 jährlich einen dreistelligen Millionenbetrag einsparen.",
        True,
        [("year", 2027, None, None)],
        "Rüdiger Ansorge",
    ),
    (
        "de",
        "Der Betriebsrat nannte die Pläne „eine Ohrfeige für alle, die hier seit Jahrzehnten schuften“.",
        False,
        [],
        None,
    ),
    ("de", "Die IG Metall will nach eigenen Worten „um jeden einzelnen Arbeitsplatz kämpfen“.", False, [], None),
    (
        "de",
        "Die Aktie verlor im Xetra-Handel zeitweise mehr als ein Zehntel ihres Werts.",
        True,
        [("fraction", 0.1, None, "over")],
        None,
    ),
    # --- Canadian housing starts (Reuters) ---
    (
        "en",
        "OTTAWA, Nov 18 (Reuters) - Canadian housing starts fell 17% in October to a seasonally adjusted annualized rate of 232,800 units, the Canada Mortgage and Housing Corporation reported on Tuesday.",
        True,
        [("date", "--11-18", None, None), ("percent", 17, "%", None), ("count", 232800, None, None)],
        None,
    ),
    ("en", "Analysts polled by Reuters had expected about 270,000.", True, [("count", 270000, None, "about")], None),
    (
        "en",
        "Starts of multi-unit buildings in Toronto fell by almost half, while Vancouver saw a rise of 22%.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 22, "%", None)],
        None,
    ),
    (
        "en",
        "Housing Minister Gregor Macaulay said Ottawa would put another C$2.5 billion into low-cost construction loans, bringing the program to C$17.5 billion.",
        True,
        [("money", 2500000000, "CAD", None), ("money", 17500000000, "CAD", None)],
        "Gregor Macaulay",
    ),
    (
        "en",
        "The government aims to roughly double the pace of home building to about 500,000 a year within a decade.",
        True,
        [("count", 2, None, "about"), ("count", 500000, None, "about")],
        None,
    ),
    ("en", 'Builders called the program "a drop in the bucket."', False, [], None),
    # --- Organspende (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - In Deutschland haben von Januar bis Oktober 803 Menschen nach ihrem Tod Organe gespendet, gut ein Zwanzigstel mehr als im gleichen Zeitraum des Vorjahres.",
        True,
        [("count", 803, None, None), ("fraction", 0.05, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Deutschen Stiftung Organtransplantation (DSO) warten zugleich rund 8.300 Kranke auf ein passendes Spenderorgan.",
        True,
        [("count", 8300, None, "about")],
        "die Deutsche Stiftung Organtransplantation",
    ),
    (
        "de",
        "Im Schnitt sterben nach Angaben der Stiftung jeden Tag zwei bis drei Menschen auf der Warteliste.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        "die Stiftung",
    ),
    (
        "de",
        "Auf eine Million Einwohner kamen 9,6 Spender, in Spanien sind es mehr als dreimal so viele.",
        True,
        [("count", 1000000, None, None), ("count", 9.6, None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "de",
        "„Jeder Tag, an dem wir über die Widerspruchslösung nur reden, kostet Menschenleben“, sagte DSO-Vorstand Axel Tenbrock.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Transplantationsmediziner hoffen, dass der Bundestag noch vor der Sommerpause über eine Widerspruchslösung abstimmt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundestag hatte eine solche Regelung 2020 mit 372 zu 301 Stimmen abgelehnt.",
        True,
        [("year", 2020, None, None), ("count", 372, None, None), ("count", 301, None, None)],
        None,
    ),
    # --- China liquidity (Reuters) ---
    (
        "en",
        "BEIJING, Nov 18 (Reuters) - China's central bank injected 900 billion yuan ($126.5 billion) into the banking system through outright reverse repos this month, the ninth straight month of net injections through the tool.",
        True,
        [
            ("date", "--11-18", None, None),
            ("money", 900000000000, "CNY", None),
            ("money", 126500000000, "USD", None),
            ("ordinal", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        "The People's Bank of China has left its one-year loan prime rate unchanged at 3.0% for six months in a row, with the five-year rate at 3.5%.",
        True,
        [
            ("duration", 1, "year", None),
            ("percent", 3.0, "%", None),
            ("duration", 6, "month", None),
            ("duration", 5, "year", None),
            ("percent", 3.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Analysts at Lantern Bay Securities expect cuts of 10 to 20 basis points in the first quarter.",
        True,
        [("percent", 10, "bp", None), ("percent", 20, "bp", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"Beijing is keeping its powder dry for now," said a Shanghai-based fund manager.', False, [], None),
    (
        "en",
        "New yuan loans totalled just 220 billion yuan in October, less than a third of the figure a year earlier.",
        True,
        [("money", 220000000000, "CNY", None), ("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "en",
        "Outstanding yuan loans grew 6.5% from a year earlier to 270.8 trillion yuan.",
        True,
        [("percent", 6.5, "%", None), ("money", 270800000000000, "CNY", None)],
        None,
    ),
    # --- Bilanz des 1. FC Hohenried (dpa) ---
    (
        "de",
        "Hohenried (dpa) - Fußball-Zweitligist 1. FC Hohenried hat im Geschäftsjahr 2024/25 einen Umsatz von 48,6 Millionen Euro erzielt, knapp ein Fünftel mehr als im Jahr davor.",
        True,
        [
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("money", 48600000, "EUR", None),
            ("fraction", 0.2, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Der Verein schrieb damit zum dritten Mal in Folge schwarze Zahlen, der Gewinn lag bei 1,2 Millionen Euro.",
        True,
        [("ordinal", 3, None, None), ("money", 1200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Stadion war mit im Schnitt 27.850 Zuschauern zu gut neun Zehnteln ausgelastet, teilte der Klub mit.",
        True,
        [("count", 27850, None, None), ("fraction", 0.9, None, "over")],
        "der Klub",
    ),
    (
        "de",
        "Präsident Waldemar Eichhorst sagte, die Kapazität solle bis 2028 um rund 4.000 auf dann 34.000 Plätze wachsen.",
        True,
        [("year", 2028, None, None), ("count", 4000, None, "about"), ("count", 34000, None, None)],
        "Waldemar Eichhorst",
    ),
    ("de", "„Wir sind ein Zweitligist mit Erstliga-Infrastruktur“, sagte Eichhorst.", False, [], None),
    (
        "de",
        "Sportlich liegt der Tabellendritte nach 13 Spieltagen zwei Punkte hinter dem Spitzenreiter.",
        True,
        [("ordinal", 3, None, None), ("count", 13, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Ob der Aufstieg gelingt, mochte im Verein niemand vorhersagen.", False, [], None),
    # --- ATP Finals (AP) ---
    (
        "en",
        "TURIN, Italy (AP) — Anders Lyngstad reached the semifinals of the ATP Finals on Tuesday with a 7-6 (4), 6-3 win over Lorenzo Sacchetti, his 11th victory in a row.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "The match lasted one hour and 52 minutes.",
        True,
        [("duration", 1, "hour", None), ("duration", 52, "minute", None)],
        None,
    ),
    (
        "en",
        "Lyngstad, 23, hit 14 aces and won 91% of the points on his serve.",
        True,
        [("duration", 23, "year", None), ("count", 14, None, None), ("percent", 91, "%", None)],
        None,
    ),
    (
        "en",
        "The unbeaten Norwegian is guaranteed at least $2.9 million in prize money and can earn up to $5 million if he wins the title without dropping a match.",
        True,
        [("money", 2900000, "USD", "at_least"), ("money", 5000000, "USD", "up_to")],
        None,
    ),
    ("en", '"Right now everything just feels easy, and that scares me a little," Lyngstad said.', False, [], None),
    (
        "en",
        "Sacchetti, the world No. 6, has lost four of his five matches against Lyngstad.",
        True,
        [("ordinal", 6, None, None), ("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Lyngstad has won 58 of his 66 matches this season.",
        True,
        [("count", 58, None, None), ("count", 66, None, None)],
        None,
    ),
    # --- Inflation in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Inflationsrate ist im Oktober leicht auf 4,0 Prozent zurückgegangen, nach 4,2 Prozent im Vormonat, wie die Statistik Austria mitteilte.",
        True,
        [("percent", 4.0, "%", None), ("percent", 4.2, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Teuerung liegt damit seit Juli über der Marke von vier Prozent und ist mehr als doppelt so hoch wie im Euroraum.",
        True,
        [("percent", 4, "%", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Haupttreiber war Energie mit einem Plus von 9,6 Prozent, sie steuerte fast ein Viertel zur Gesamtteuerung bei.",
        True,
        [("percent", 9.6, "%", None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der tägliche Einkauf verteuerte sich im Jahresabstand um 5,1 Prozent.",
        True,
        [("percent", 5.1, "%", None)],
        None,
    ),
    ("de", "Wifo-Ökonomen erwarten, dass die Teuerung erst im Frühjahr spürbar nachlässt.", False, [], None),
    ("de", "Die Opposition warf der Regierung vor, die Teuerung „jahrelang kleingeredet“ zu haben.", False, [], None),
    (
        "de",
        "Sozialministerin Brigitte Ortner-Leitgeb sagte, der Ausgleichszulagenrichtsatz steige mit 1. Jänner um 3,3 Prozent auf 1.308,39 Euro im Monat.",
        True,
        [("date", "--01-01", None, None), ("percent", 3.3, "%", None), ("money", 1308.39, "EUR", None)],
        "Brigitte Ortner-Leitgeb",
    ),
    # --- UK poll (Reuters) ---
    (
        "en",
        "LONDON, Nov 18 (Reuters) - Reform UK's lead over Labour narrowed by three points to five points in a Ravelston Research poll published on Tuesday, the smallest gap since early summer.",
        True,
        [("date", "--11-18", None, None), ("percent", 3, "pp", None), ("percent", 5, "pp", None)],
        None,
    ),
    (
        "en",
        "Reform was on 29%, Labour on 24%, the Conservatives on 17%, the Liberal Democrats on 13% and the Greens on 11%.",
        True,
        [
            ("percent", 29, "%", None),
            ("percent", 24, "%", None),
            ("percent", 17, "%", None),
            ("percent", 13, "%", None),
            ("percent", 11, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The online survey of 2,113 adults ran over two days last week, and its stated margin of error is plus or minus 2 percentage points.",
        True,
        [("count", 2113, None, None), ("duration", 2, "day", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "en",
        "Ravelston's previous poll, conducted on Nov. 4 and 5, had put Reform eight points ahead.",
        True,
        [("date", "--11-04", None, None), ("date", "--11-05", None, None), ("percent", 8, "pp", None)],
        None,
    ),
    (
        "en",
        "Nearly two in five of those who backed Labour at the 2024 election now say they would vote for another party.",
        True,
        [("fraction", 0.4, None, "nearly"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The Conservatives' share was their lowest in a Ravelston poll since the firm began polling in 2011.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    ("en", '"Polls this far out are a snapshot, not a prediction," said pollster Ruth Polglase.', False, [], None),
    ("en", "Whether Labour can hold on to any gains after the budget is another matter.", False, [], None),
    # --- Weinlese (dpa/lrs) ---
    (
        "de",
        "Mainz (dpa/lrs) - Die Winzer in Deutschland haben in diesem Jahr nach einer ersten Schätzung rund 7,9 Millionen Hektoliter Wein erzeugt, etwa ein Zehntel weniger als im Vorjahr.",
        True,
        [("ordinal", 1, None, None), ("count", 7900000, None, "about"), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "Das ist die zweitkleinste Menge seit der Wiedervereinigung, teilte das Deutsche Weininstitut mit.",
        True,
        [("ordinal", 2, None, None)],
        "das Deutsche Weininstitut",
    ),
    (
        "de",
        "In Rheinhessen, dem mit gut 27.000 Hektar größten Anbaugebiet, ernteten die Betriebe 2,5 Millionen Hektoliter.",
        True,
        [("count", 27000, None, "over"), ("count", 2500000, None, None)],
        None,
    ),
    (
        "de",
        "Spätfrost im April und ein nasser August hätten in manchen Lagen bis zu drei Viertel der Trauben vernichtet, sagte Weinbaupräsident Hubertus Klingelhöfer.",
        True,
        [("fraction", 0.75, None, "up_to")],
        "Hubertus Klingelhöfer",
    ),
    (
        "de",
        "„Was die Menge angeht, war es ein Jahrgang zum Vergessen, was die Qualität angeht, keineswegs“, sagte Klingelhöfer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für einen Liter Fassware erhalten die Winzer derzeit im Schnitt 85 Cent, ein Drittel weniger als vor drei Jahren.",
        True,
        [("money", 0.85, "EUR", None), ("fraction", 0.3333, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Der Weinkonsum in Deutschland ist seit 2015 um knapp ein Sechstel auf rund 19 Liter pro Kopf gesunken.",
        True,
        [("year", 2015, None, None), ("fraction", 0.1667, None, "nearly"), ("count", 19, None, "about")],
        None,
    ),
    # --- French air traffic control strike (AFP) ---
    (
        "en",
        "PARIS (AFP) - France's air traffic controllers plan a 36-hour strike from Thursday morning, forcing airlines to cancel about a third of flights at the two main Paris airports, the civil aviation authority DGAC said.",
        True,
        [("duration", 36, "hour", None), ("fraction", 0.3333, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The DGAC asked carriers to cut half of their schedules at Marseille and Nice.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Low-cost carrier Jetvale said it had already scrapped more than 400 flights, hitting some 70,000 passengers.",
        True,
        [("count", 400, None, "over"), ("count", 70000, None, "about")],
        "Jetvale",
    ),
    ("en", "It will be the 14th walkout by French controllers this year.", True, [("ordinal", 14, None, None)], None),
    (
        "en",
        'Airlines for Europe called the strikes "a national sport that the rest of Europe pays for."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Passenger groups advised travellers to check the status of their flights before leaving home.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A 2023 European Commission study put the cost of French air traffic control strikes at more than 1.2 billion euros over five years.",
        True,
        [("year", 2023, None, None), ("money", 1200000000, "EUR", "over"), ("duration", 5, "year", None)],
        None,
    ),
    # --- Preise im HVV (dpa/lno) ---
    (
        "de",
        "Hamburg (dpa/lno) - Fahrgäste im Hamburger Verkehrsverbund müssen ab dem 1. Januar 2026 im Schnitt 3,9 Prozent mehr zahlen.",
        True,
        [("date", "2026-01-01", None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Einzelfahrkarte für den Großbereich kostet dann 4,10 Euro statt 3,90 Euro, die Tageskarte 9,20 Euro.",
        True,
        [("money", 4.1, "EUR", None), ("money", 3.9, "EUR", None), ("money", 9.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr zählte der HVV rund 822 Millionen Fahrgastfahrten, das Deutschlandticket nutzen im Verbundgebiet inzwischen eine knappe Million Menschen.",
        True,
        [("count", 822000000, None, "about"), ("count", 1000000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn kritisierte die Erhöhung als „Signal in die völlig falsche Richtung“.",
        False,
        [],
        None,
    ),
    # --- WHO tuberculosis report (Reuters) ---
    (
        "en",
        "GENEVA, Nov 18 (Reuters) - Some 9.4 million people fell ill with tuberculosis last year and about 1.4 million died, the World Health Organization said on Tuesday.",
        True,
        [("date", "--11-18", None, None), ("count", 9400000, None, "about"), ("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        "Eight countries accounted for more than two-thirds of all cases, with India alone making up about a quarter.",
        True,
        [("count", 8, None, None), ("fraction", 0.6667, None, "over"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Money for TB care in poorer countries reached $5.9 billion, less than half of the $13 billion a year that is needed, the report said.",
        True,
        [("money", 5900000000, "USD", None), ("fraction", 0.5, None, "under"), ("money", 13000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "WHO tuberculosis chief Tereza Malkovská said treatment success for drug-resistant TB had risen to 68%, up from 60% five years earlier.",
        True,
        [("percent", 68, "%", None), ("percent", 60, "%", None), ("duration", 5, "year", None)],
        "Tereza Malkovská",
    ),
    ("en", '"Every one of these deaths is a failure of will, not of science," Malkovská said.', False, [], None),
    # --- Blitzmarathon in NRW (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Bei einer 24-stündigen Großkontrolle mit um die 2.600 Beamten hat die Polizei in Nordrhein-Westfalen mehr als 14.000 Temposünder erwischt.",
        True,
        [("duration", 24, "hour", None), ("count", 2600, None, "about"), ("count", 14000, None, "over")],
        None,
    ),
    (
        "de",
        "Der Spitzenreiter fuhr in einer Tempo-30-Zone in Köln mit 87 km/h, fast dreimal so schnell wie erlaubt, teilte das Innenministerium mit.",
        True,
        [("count", 30, None, None), ("count", 87, None, None), ("count", 3, None, "nearly")],
        "das Innenministerium",
    ),
    (
        "de",
        "Auf den Raser kommen nun 800 Euro Bußgeld, zwei Punkte im Fahreignungsregister und ein dreimonatiges Fahrverbot zu.",
        True,
        [("money", 800, "EUR", None), ("count", 2, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Rund jeder zwanzigste Fahrer an den Messstellen sei zu schnell gewesen, sagte Innenminister Hartwig Bönninghaus.",
        True,
        [("fraction", 0.05, None, "about")],
        "Hartwig Bönninghaus",
    ),
    ("de", "„Wer rast, spielt mit dem Leben anderer“, sagte Bönninghaus.", False, [], None),
    ("de", "Kritiker halten solche Aktionen für reine Symbolpolitik.", False, [], None),
    # --- Software job cuts (Reuters) ---
    (
        "en",
        "SAN FRANCISCO, Nov 18 (Reuters) - Software maker Pellucid Systems plans to eliminate about 2,300 positions, roughly 8% of its staff, in a second wave of layoffs this year, the company said on Tuesday.",
        True,
        [
            ("date", "--11-18", None, None),
            ("count", 2300, None, "about"),
            ("percent", 8, "%", "about"),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The cuts will cost $310 million to $340 million in severance and other charges, most of it in the fourth quarter.",
        True,
        [("money", 310000000, "USD", None), ("money", 340000000, "USD", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Lionel Trevanion said the company would redirect a fifth of its research budget to artificial intelligence.",
        True,
        [("fraction", 0.2, None, None)],
        "Lionel Trevanion",
    ),
    (
        "en",
        '"These are painful decisions that affect people I have worked with for many years," Trevanion wrote in a memo to staff.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The company employs about 29,000 people worldwide, a third of them in India.",
        True,
        [("count", 29000, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "Pellucid's shares have fallen by about a quarter since July, wiping roughly $19 billion off its market value.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 19000000000, "USD", "about")],
        None,
    ),
    # --- Schuldenbremse im Landtag (dpa/th) ---
    (
        "de",
        "Erfurt (dpa/th) - Der Thüringer Landtag hat die Verfassungsänderung zur Schuldenbremse mit der nötigen Zweidrittelmehrheit beschlossen.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Für den Entwurf stimmten 63 der 88 Abgeordneten, 22 stimmten dagegen, drei enthielten sich.",
        True,
        [("count", 63, None, None), ("count", 88, None, None), ("count", 22, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Die AfD sprach von einem „Freibrief für neue Schulden“.", False, [], None),
    (
        "de",
        "Das Land darf künftig bis zu 0,35 Prozent seiner Wirtschaftsleistung im Jahr als Kredit aufnehmen, das wären derzeit rund 250 Millionen Euro.",
        True,
        [("percent", 0.35, "%", "up_to"), ("money", 250000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzministerin Hedwig Schwarzlechner sagte, das Geld solle vor allem in die Sanierung von 140 Schulen fließen.",
        True,
        [("count", 140, None, None)],
        "Hedwig Schwarzlechner",
    ),
    # --- Oil prices (Reuters) ---
    (
        "en",
        "LONDON, Nov 18 (Reuters) - Brent crude futures fell 1.4% to $63.12 a barrel by 1130 GMT, extending losses into a third session.",
        True,
        [
            ("date", "--11-18", None, None),
            ("percent", 1.4, "%", None),
            ("money", 63.12, "USD", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The International Energy Agency expects global supply to exceed demand by about 4 million barrels per day next year, equal to nearly 4% of consumption.",
        True,
        [("count", 4000000, None, "about"), ("percent", 4, "%", "nearly")],
        None,
    ),
    (
        "en",
        "U.S. crude stocks climbed by 6.4 million barrels last week, while analysts had forecast a 1.5 million-barrel draw.",
        True,
        [("count", 6400000, None, None), ("count", 1500000, None, None)],
        None,
    ),
    (
        "en",
        '"The market has simply stopped believing in supply discipline," said one London-based trader.',
        False,
        [],
        None,
    ),
    # --- Fehlende Kita-Plätze (dpa) ---
    (
        "de",
        "Gütersloh (dpa) - Bis 2030 fehlen bundesweit einer Studie der Bertelsmann Stiftung zufolge zwischen 85.000 und 110.000 Kita-Plätze.",
        True,
        [("year", 2030, None, None), ("count", 85000, None, None), ("count", 110000, None, None)],
        None,
    ),
    (
        "de",
        "Besonders groß ist die Lücke im Westen, wo fast jedes dritte Kind unter drei Jahren vergeblich auf einen Platz wartet.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 3, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Autorinnen beziffern die Mehrkosten für einen bedarfsgerechten Ausbau auf jährlich gut 4,8 Milliarden Euro.",
        True,
        [("money", 4800000000, "EUR", "over")],
        None,
    ),
    ("de", "Familienverbände halten die Zahlen eher noch für zu niedrig.", False, [], None),
    # --- Ashes squad (AAP) ---
    (
        "en",
        "PERTH (AAP) - Australia named an unchanged 14-man squad on Tuesday for the first Ashes Test, which starts in Perth on Friday.",
        True,
        [("count", 14, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Fast bowler Callum Dorrington, 34, needs six more wickets to become the fourth Australian to reach 400 in Tests.",
        True,
        [
            ("duration", 34, "year", None),
            ("count", 6, None, None),
            ("ordinal", 4, None, None),
            ("count", 400, None, None),
        ],
        None,
    ),
    (
        "en",
        "Selection chairman Duncan Mawhinney said opener Sam Hadžić had been picked after scoring 612 runs at an average of 68 in five Sheffield Shield games.",
        True,
        [("count", 612, None, None), ("count", 68, None, None), ("count", 5, None, None)],
        "Duncan Mawhinney",
    ),
    ("en", '"He has earned the right to walk out at Perth Stadium," Mawhinney said.', False, [], None),
    # --- Geld für das Bahnnetz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - In den kommenden vier Jahren fliessen 17,4 Milliarden Franken in Unterhalt und Ausbau des Schweizer Bahnnetzes.",
        True,
        [("duration", 4, "year", None), ("money", 17400000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sind rund 1,3 Mia. Fr. mehr als in der laufenden Periode, wie das Bundesamt für Verkehr mitteilte.",
        True,
        [("money", 1300000000, "CHF", "about")],
        "das Bundesamt für Verkehr",
    ),
    (
        "de",
        "Mehr als die Hälfte des Geldes ist für den Unterhalt von Brücken, Tunneln und Stellwerken reserviert.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Zwischen Lausanne und Genf sollen ab Dezember 2027 im Viertelstundentakt Züge fahren.",
        True,
        [("year", 2027, None, None), ("duration", 0.25, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Pünktlichkeit der SBB lag im Oktober bei 92,4 Prozent, 1,1 Punkte weniger als im Vorjahresmonat.",
        True,
        [("percent", 92.4, "%", None), ("percent", 1.1, "pp", None)],
        None,
    ),
    ("de", "«Die Bahn fährt am Limit», sagte ein Sprecher des Personalverbands.", False, [], None),
    # --- U.S. budget deficit (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 18 (Reuters) - The U.S. government ran a $284 billion budget deficit in October, the first month of fiscal 2026, the Treasury Department said.",
        True,
        [
            ("date", "--11-18", None, None),
            ("money", 284000000000, "USD", None),
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "Customs receipts more than doubled from a year earlier to $31 billion.",
        True,
        [("money", 31000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Interest payments on the public debt topped $104 billion, more than the government spent on defense.",
        True,
        [("money", 104000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Outlays were 2.8% higher than a year earlier, while receipts rose 6.2%, a Treasury official said.",
        True,
        [("percent", 2.8, "%", None), ("percent", 6.2, "%", None)],
        None,
    ),
    ("en", 'Budget hawks in Congress called the figures "a flashing red light."', False, [], None),
]
