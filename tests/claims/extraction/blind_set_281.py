"""Two-hundred-and-eighty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Hiltrud Pfannenschwarz, Gernot Hülsbusch, Volkmar Dreesbach, Ruedi Gadient-Vonbank,
Waltraud Kohlgruber, Friederike Assenmacher, Leopold Wintersteller, Marius Scheuerpflug,
Arnulf Stöckigt, Severin Aldinger, Hedwig Schlotmann-Arens, Kornelia Wiechering-Haas, Jannik
Haverbeck, Eberhard Söllner-Vogt, Reto Giacometti-Hug, Flurin Sialm, Florian Hauslaib,
Gunhild Brockschmidt, Marlene Ohlendiek; Rhodri Abernant, Joaquim Serrador, Imogen
Blackwater, Delphine Arcand-Whitford, Tomasz Wieliczko, Matteo Gallardi, Kerensa Tallowby,
Coralmere, Marisol Wedderburn-Ocampo, Garrett Oakenshaw, Priya Kothandaraman-Ellis, Stanimir
Dobrevski-Kolev, Annemarie Lisowski-Kerr, Ulrike Bannwarth-Seidl, Jonah Skerritt, Cressida
Wraxall, Owain Gwilliam-Rees, Fenella Drummoyne, Clayton Bushrod, Syncoravia, Soren
Aakerlund-Brandt, Kavita Moolchandani, Deshawn Pellington, Skagerline, Magnus Ellefsen,
Haruka Sakaguchi; every unnamed spokesperson, trader, union official, analyst, resident and
fan); ministers, judges, agency heads and association chiefs of real governments, courts and
bodies appear under made-up names that stand for no real holder, or by their role only („ein
Sprecher der Stadt“, „ein Polizeisprecher“, "a trader at a London brokerage", "a union
official", "utility officials"). Real states, bodies, clubs, events, places and things
(Deutscher Wetterdienst, Oberstdorf, Allgäu, A7, A2, Bahn, Borussia Dortmund, BVB, Schalke,
Leverkusen, Bundesrechnungshof, Bundeswehr, SBB, Statistik Austria, Tirol, Robert
Koch-Institut, BDEW, Forsa, Union, AfD, SPD, Grüne, Deutsche Forschungsgemeinschaft, Adler
Mannheim, DEL, Mosel, Franken, Creditreform, Statistisches Bundesamt, GEW, Bundesamt für
Statistik, Streif, Hahnenkamm-Rennen, Kitzbühel, Bundesagentur für Arbeit, EM-Halbfinale, Schweden; the Met
Office, Age UK, Manchester City, Aston Villa, the Institute for Fiscal Studies, the Labor
Department, Winnipeg, Manitoba, the Australian Open, Rod Laver Arena, Perth, Melbourne,
Brent, OPEC+, Saudi Aramco, GERB, Europa, Jupiter, Lufthansa, the Rural Fire Service,
Penrith, ERCOT, Harris County, the Chiefs, the Bills, the Super Bowl, the Suez Canal, the
Cape of Good Hope, Kyoto, Gion, and the datelines' cities) stand for the way wire copy names
them; every temperature, sum, rate, share, tally, rank, age, span, date, score and quote here
is invented, and where a real figure came to mind (a real cold record, a real poll, a real
budget or jobless figure, a real match result) it was changed.

Its weight: HARD NUMBER FORMS, fifth round (the hundred-ninety-ninth, two-hundred-and-tenth,
two-hundred-and-forty-ninth and two-hundred-and-sixty-fifth batches were the first four
rounds, and the seventeenth weighed the same forms long before them; their decisions are
kept) - one wire week in a January cold snap, as 36 short stories with the German and
English desks interleaved, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, quotes, the other side): frost in Bavaria, a British cold snap, a Revier
derby, a Premier League night, the federal budget, British borrowing, Swiss rail, U.S.
jobless claims, Austrian winter tourism, cold in Winnipeg, a rail line closed for renewal,
the Australian Open, flu, Australian house prices, a motorway crash, a fraud sentence,
electricity use, oil, a poll, a Bulgarian election, ultracold atoms, a probe at Europa, ice
hockey, an airline's year, the wine harvest, a bicycle thief, insolvencies, teacher
shortages, building permits, bushfires, handball, a Texas freeze, Swiss burglary figures, a
chipmaker's quarter, the Hahnenkamm downhill, India's budget, an NFL game, German unemployment,
freight rates, Germany's warmest year and Japan's tourists. Its weight is the forms numbers
take: number words and compounds („anderthalb Jahre“, „eineinhalb bis zwei Milliarden
Euro“, „dreieinhalb Nächte“, „einer zweieinhalbstündigen Vollsperrung“, „binnen
zweieinhalb Minuten“, „anderthalb Tausend Fälle“, „Rund eineinhalb Millionen Menschen“,
„zweieinhalb Millionen Euro“, „ein Dutzend Personen“, „neunmal“, "three-and-a-half
hours", "seven and a half years", "a dozen counties",
"half a dozen more", "Thirty-one of the fires"); vague magnitudes that carry none ("Scores
of schools", "scores of investors", "Hundreds of flights", "hundreds of millions of pounds",
"dozens of victims", "tens of millions", „Hunderttausende“); fractions in words and digits
(„gut zwei Fünftel“, „knapp zwei Fünftel“, „Zwei Fünftel“, „mehr als drei Fünftel“, „rund
ein Zwölftel“, „ein Siebtel“, „ein Zwanzigstel“, „ein Tausendstel“, „rund 3/5“, "about
3/4", "about 3/5", "Roughly one in six", "about one in eight"); multiples („fast doppelt so
viele“, „mehr als doppelt so viele“, „fast anderthalbmal so viele“, „anderthalbmal so
viel“, "roughly one-and-a-half times", "roughly two-and-a-half times", "roughly 13 times")
beside verbs that carry none („verdreifacht“, „beinahe verdreifacht“, „mehr als
verdoppelt“, "doubled", "more than doubled", "nearly tripled"); ranges with „bis“, "to",
hyphens and en dashes („anderthalb bis zwei Tage“, „plus 6 bis 8 Grad“, „40–45 Minuten“,
„2,2 Milliarden bis 2,6 Milliarden Euro“, „1961–1990“, „vom 14. bis 20. Januar“, "£2.5bn to
£3bn", "300m-400m euros", "$13.6bn-$13.8bn", "900,000 to 1.1 million barrels", "48 to 72
hours"); hedges before and after the figure („knapp“, „gut“, „rund“, „mehr als“, „bis zu“,
„weniger als“, „30 Grad oder mehr“, "just over", "some", "an estimated", "as much as",
"below", "no more than"); scale words („Mrd.“, „Mia.“, „Mio.“, „Milliarden“, "bn", "m",
"trillion", "lakh crore", "a 1 million-barrel draw"); digit grouping with points, commas,
the Swiss apostrophe („1'312'000“, „52'314“, „34'870“) and thin spaces („1 240 000“ with
narrow no-break spaces, „11 500 Euro“ with a thin space); negative numbers („minus 23,4
Grad“, „minus 273,15 Grad“, „minus 4,8 Grad“, „minus 14 Grad“, „−135 Euro“ with a minus
sign, "-16.2C" with a hyphen, "minus 38 degrees Celsius", "minus 47", "minus 36 degrees
Fahrenheit", "(minus 13 Celsius)", "minus 180 degrees Celsius"); temperatures otherwise
("topped 36C", "46.8C", "31.2C", "4 degrees Fahrenheit", „10,9 Grad“, „2,6 Grad über dem
Mittel“, „mehr als 20 Grad Frost“); and match scores („3:1“, „5:2“, „29:31“, "2-1",
"6-3 4-6 7-6(4) 6-1", "27-24") that carry none. Negatives stand beside them: rhetoric in
quotes from every side, labels, accusations naming no act, hopes, fears, doubts, beliefs,
open questions and unnamed voices - one of them carrying a figure, labelled.

241 rows (121 German, 120 English), 47 negatives (24 German, 23 English), 194 check-worthy
rows of which 8 carry no figure (1 German, 7 English), 419 expected quantities (146 counts,
66 durations - 29 in years, 12 in hours, 11 in minutes, 6 in days, 4 in months, 3 in
seconds, 1 in weeks -, 58 amounts of money - 23 EUR, 15 USD, 11 GBP, 3 CHF, 2 each AUD,
INR, JPY -, 38 fractions, 36 percentages - 30 in %, 6 in percentage points -, 31 years, 30
ordinals, 14 dates; 1 of them in one negative, as the seventeenth batch labels a figure in a
negative), 37 checked speakers (21 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, doubt, belief or piece of rhetoric is a
  negative with speaker None, also with a named speaker (seventh, ninety-eighth,
  hundred-ninety-ninth, two-hundred-and-fourth, two-hundred-and-sixty-fifth); a reported
  fact, figure, step, plan or forecast with a figure is check-worthy with its speaker, also
  in Konjunktiv I. Pairs from one speaker: Serrador's 45 million pounds, Dreesbach's
  gap, Blackwater's savings, Tallowby's 1.2 million homes, Assenmacher's 12 to 15
  gigawatts, Dobrevski-Kolev's 10 days, Stöckigt's twelfth, Söllner-Vogt's three
  suspensions, Drummoyne's 48 to 72 hours, Giacometti-Hug's two-thirds, Moolchandani's 11%
  and Ohlendiek's one and a half times beside their quotes; Schlotmann-Arens, Wieliczko,
  Sialm and Ellefsen are quoted with no figure of theirs beside them, and the quoted
  convict ("I am deeply ashamed") voices a feeling.
  Check-worthy without a figure: "His lawyers said he would appeal the sentence." (an
  announced step, hundred-second), "Villa fans booed the referee off the pitch ...", "Scores
  of schools ... stayed shut", "Scores of federal contractors have announced layoffs",
  "hundreds of millions of pounds had been lost", "Hundreds of his former clients are still
  waiting", "dozens of victims had given statements" (events and attributed facts with a
  vague magnitude, fifty-fifth and hundred-ninety-ninth: "Hundreds of protesters gathered",
  "Scores of people were injured"), „Die deutschen Handballer haben das EM-Halbfinale ...
  verloren“ (a result). The judge's "a breathtaking contempt" is a label and a negative
  (two-hundred-and-forty-ninth); "Residents said they were worried that the grid would
  fail again as it did in 2021" is a reported fear with 2021 labelled
  (two-hundred-and-forty-fourth).
- Number words and halves (seventeenth, hundred-ninety-ninth, two-hundred-and-tenth,
  two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth): „anderthalb Jahre“ 1.5 years
  (twice), „anderthalb bis zwei Tage“ 1.5 and 2 days
  (the unit written once serving both ends), „eineinhalb bis zwei Milliarden Euro“ 1.5e9 and
  2e9 EUR, „zweieinhalb Millionen Euro“ 2.5e6 EUR, „Rund eineinhalb Millionen Menschen“
  1.5e6 "about" (hundred-ninety-ninth: „Eineinhalb Millionen Menschen“), „dreieinhalb
  Stunden“ 3.5 hours, „im Schnitt dreieinhalb Nächte“ 3.5 (nights are counts,
  hundred-ninety-ninth; „im Schnitt“ no hedge), „dreieinhalb Unterrichtsstunden pro Woche“
  3.5 as a count (forty-ninth: „27,5 Wochenstunden“; lessons are no clock hours), „binnen
  zweieinhalb Minuten“ 2.5 minutes, „der zweieinhalb Meter langen Kammer“ 2.5, "three-and-a-half hours" 3.5 hours "up_to", "seven and a half years" and "over three and a half years"
  7.5 and 3.5 years ("over" before a span no hedge, two-hundred-and-seventy-sixth), "about
  two and a half hours" 2.5 hours "about", „ein Dutzend Personen“ and "a dozen counties",
  "a dozen states", "a dozen warming centres", "a dozen water-bombing aircraft", "a dozen of
  its vessels" 12 (the issue's "two dozen"; two-hundred-and-sixty-fifth: "a dozen new
  Airbus jets"), "a dozen more than in October" 12 ("more" after the figure no hedge),
  "Thirty-one of the fires" 31, „neunmal“ 9 (the issue's „viermal“), "three touchdowns" 3.
  New: „einer zweieinhalbstündigen Vollsperrung“ is 2.5 hours - „-einhalb“ joined to a
  number word inside a compound adds its half as in „zweieinhalb Stunden“, and „-stündig“
  names the unit as in the issue's „fünfstündigen Treffen“ (hundred-sixteenth: „knapp
  fünfstündige Befragung“). New: "half a dozen more than any other side" and "half a dozen
  long-haul Boeing 787s" are count 6 - "half a" before a magnitude word halves it, as "half
  a million bpd" is 500,000 (fifteenth, two-hundred-and-sixty-fifth). New: „eine Zunahme um
  anderthalb Tausend Fälle“ is count 1,500 - „anderthalb“ before „Tausend“ multiplies as
  before „Millionen“. Vague magnitudes carry none (hundred-ninety-ninth,
  two-hundred-and-sixty-fifth): "Scores of", "scores of investors", "Hundreds of",
  "hundreds of millions of pounds", "hundreds of fans", "dozens of victims", "tens of
  millions", „Hunderttausende“ (in a negative).
- Fractions in words and digits (the issue's „ein Fünftel“, "two-fifths"; every batch):
  „gut zwei Fünftel“ 0.4 "over", „knapp zwei Fünftel“ 0.4 "nearly", „Zwei Fünftel“ 0.4, „um
  fast zwei Fünftel“ 0.4 "nearly", „mehr als drei Fünftel“ 0.6 "over", „Rund drei Viertel“
  0.75 "about", „um gut ein Zehntel mehr“ 0.1 "over" (two-hundred-and-sixty-fifth: „ein
  gutes Zehntel mehr“), „knapp einem Zehntel“ 0.1 "nearly", „um rund ein Zwölftel mehr“
  0.0833 "about" (four places, two-hundred-and-forty-ninth), „ein Siebtel weniger“ 0.1429,
  „um gut ein Drittel“ 0.3333 "over", „nur um ein Zwanzigstel“ 0.05 („nur“ no hedge), „knapp
  ein Zwanzigstel“ 0.05 "nearly", „rund ein Fünftel unter“ 0.2 "about", „ein Drittel mehr“
  0.3333, „rund zwei Drittel“ 0.6667 "about", „Fast zwei Drittel“ 0.6667 "nearly", „Jeder fünfte“ 0.2, „jeder zwölfte Betrieb“ 0.0833, „Fast jede
  vierte Pleite ..., jede achte“ 0.25 "nearly" and 0.125, „fast jede zehnte Stelle“ 0.1
  "nearly",; "about a fifth below" 0.2 "about", "one in three ...
  one in four" 0.3333 and 0.25, "about two-thirds" 0.6667 "about", "almost two-thirds"
  0.6667 "nearly", "about one in eight" 0.125 "about" ("only" no hedge), "About a quarter"
  0.25 "about", "a tenth of them" 0.1, "about a tenth fewer" 0.1 "about", "nearly a fifth
  more" 0.2 "nearly", "about one in four" 0.25 "about", "Roughly one in six" 0.1667 "about".
  Fractions in digits are fractions (hundred-fifty-second: "knapp 1/3", "roughly 1/3"):
  "about 3/4 of the calls" 0.75 "about", „rund 3/5 davon“ 0.6 "about", "about 3/5 of its
  2023 level" 0.6 "about". New: „um weniger als ein Tausendstel“ is the fraction 0.001
  "under" - the „-stel“ of a thousand divides as „ein Zwanzigstel“ does (forty-first: „ein
  Zwanzigstel“). New: „im dritten Drittel“ of an ice hockey game is ordinal 3 and no
  fraction - the period of a game named „Drittel“ is a part of the match, not a share, as
  "the second half" is ordinal 2 and no 0.5 (two-hundred-and-sixty-fifth).
- Multiples are counts with their hedges (hundred-sixteenth, hundred-ninety-ninth,
  two-hundred-and-sixty-fifth): „fast doppelt so viele“ 2 "nearly", „mehr als doppelt so
  viele“ 2 "over", „fast anderthalbmal so viele“ 1.5 "nearly", „anderthalbmal so viel“ 1.5,
  „etwa anderthalbmal so schnell“ 1.5 "about", „fast anderthalbmal so viel“ 1.5 "nearly"
  (hundred-twenty-second: „das Anderthalbfache“ 1.5), "roughly 13 times the median
  household income" 13 "about", „rund zehn Milliarden Mal dünner“ 1e10 "about" (the issue's
  „100 Mal“). New: "roughly one-and-a-half times" and "roughly two-and-a-half times" are
  counts 1.5 and 2.5 "about" - the hyphenated English half joins its whole number as
  "a five-and-a-half-year contract" does (two-hundred-and-sixty-fifth). The verbs carry
  none: „verdreifacht“, „beinahe verdreifacht“, „mehr als verdoppelt“, "doubled", "more than
  doubled", "nearly tripled" (hundred-fifty-second, hundred-ninety-ninth).
- Ranges, each end its own figure, the unit, scale word and currency written once serving
  both (seventeenth, two-hundred-and-tenth, two-hundred-and-sixty-fifth): „12 bis 15 Mrd.
  Euro“, „1,9 bis 2,1 Mia. Franken“, „90 bis 95 Prozent“, „180 bis 220 Millionen Euro“, „12
  bis 15 Gigawatt“, „22.000 bis 23.500 Fällen“, „210.000 bis 230.000 Beschäftigte“, „plus 6
  bis 8 Grad“ 6 and 8 ("plus" a sign, fifty-seventh), „2,2 Milliarden bis 2,6 Milliarden
  Euro“, "£2.5bn to £3bn", "222,000 to 228,000",
  "12 to 15 years; ... no more than three" 12 and 15 years and 3 years "at_most" (the unit
  written once serving the elliptic figure, two-hundred-and-sixty-fifth), "between £80 and
  £1,200", "between 15 and 25 km", "28 to 32 new aircraft", "300m-400m euros" 3e8 and 4e8
  EUR (two-hundred-and-tenth: "$180m-$220m"), "$13.6bn-$13.8bn", "900,000 to 1.1 million
  barrels", "another 48 to 72 hours" ("another" no hedge), "10 to 14 days"; the en dash
  „40–45 Minuten“ 40 and 45 minutes and „1961–1990“ both years
  (two-hundred-and-sixty-fifth: "0.1–0.3%"), „vom 14. bis 20. Januar“ both dates.
- Negative numbers and temperatures: temperatures are counts (fourth, forty-seventh,
  seventy-fourth, two-hundred-and-forty-third), "minus" their sign (eighty-eighth,
  hundred-twenty-sixth): „minus 23,4 Grad“ -23.4, „minus 273,15 Grad“ -273.15, „minus 14
  Grad“ -14, „minus 4,8 Grad“ -4.8, "minus 38 degrees Celsius" -38, "feel like minus 47"
  -47, "minus 36 degrees Fahrenheit" -36, "9 degrees (minus 13 Celsius)" 9 and -13
  (forty-seventh: Fahrenheit with Celsius in brackets two counts), "minus 180 degrees
  Celsius" -180, "about 15 degrees colder" 15 "about", „mehr als 20 Grad Frost“ 20 "over"
  (frost written as a positive figure), „10,9 Grad“, „2,6 Grad über dem Mittel“ 2.6 („über
  dem“ after the figure compares), „30 Grad oder mehr“ 30 "at_least" (two-hundred-and-
  sixty-fifth: „und mehr“, "or more"), "topped 36C" 36 with no hedge (seventy-fourth),
  "46.8C", "31.2C", "4 degrees Fahrenheit". New: "-16.2C" is -16.2 - a hyphen before a
  figure that follows no other figure is a minus sign, as "minus 9C" is -9
  (hundred-twenty-sixth), while between two figures it is a range sign (seventeenth). New:
  „−135 Euro je Megawattstunde“ with the minus sign U+2212 is money -135 EUR - the sign is
  read as the word „minus“ is (hundred-twenty-sixth: „minus 42 Euro“); and a fall told by a verb gives no sign ("dropped by 14,000" 14,000).
- Digit grouping: German points, English commas (the issue), the Swiss apostrophe
  („1'312'000“, „52'314“, „34'870“; tenth and hundred-seventieth: „76'300“). New: a thin
  space (U+2009) and a narrow no-break space (U+202F) group thousands as the point does -
  „1 240 000 Einzelmessungen“ 1,240,000 and „11 500 Euro“ 11,500 EUR (first batch: „12 500
  Mitarbeiter“); both are written here as escapes in the source so the file shows them.
- Scale words (hundred-ninety-ninth, two-hundred-and-sixty-fifth): „2,4 Mrd. Euro“, „knapp
  41 Mrd. Euro“ "nearly" („insgesamt“ no hedge), „1,12 Mia. Franken“, „6,8 Mio. Dosen“, „5,6
  Mio. Nächtigungen“, „8,1 Mio. Hektoliter“, „4,75 Mio. Euro“, „463,8 Mrd.
  Kilowattstunden“ 4.638e11, „58,3 Milliarden Euro nach 31,4 Milliarden“ both EUR (the
  currency named once serving the later figure, fortieth), „9,43 Millionen Zuschauer“, „3,03
  Millionen“, „über der Marke von drei Millionen“ 3,000,000 with no hedge („über der Marke“
  stands before the article; „die Marke von“ bounds nothing), „die Marke von 75 Millionen
  Nächtigungen“; "£17.8bn", "£3.1bn", "£8.6bn", "5.1bn cubic metres", "45 million pounds,
  rising to 52m" 4.5e7 and 5.2e7 GBP (two-hundred-and-sixty-fifth: "an initial £68m,
  rising to £80m"), "A$1.58m", "about 5.86m barrels per day" ("a total of" no hedge), "a 1
  million-barrel draw" 1,000,000, "below $1.6 trillion" "under",
  "12.2 lakh crore rupees ($141 billion)" 1.22e13 INR and 1.41e11 USD, "8.1 trillion yen
  ($52 billion)" 8.1e12 JPY and 5.2e10 USD (fifteenth: the dollars in brackets a second
  amount), "some 4.6 billion km" "about", "a record 36.9 million" ("a record" no hedge).
- Scores of games carry none (hundred-thirty-third, hundred-forty-eighth,
  two-hundred-and-sixty-fifth): „mit 3:1“, „mit 5:2“, „mit 29:31“, "2-1", "6-3 4-6 7-6(4)
  6-1", "27-24"; the tallies around them are counts („vor 81.365 Zuschauern“, „41 Punkten aus
  19 Spielen“, „zwei Zähler“, „nach 44 Spieltagen“ (fifteenth: „28 Verhandlungstage“), „drei
  Tore“, „drei Zeitstrafen“, „mit 57 Toren“, "47 goals in 22 league games", "23 aces", "312 yards", "from 51 yards", "A crowd of 73,127", "in eight
  seasons" 8 - a season is no unit of the issue's list). Ordinals of play: „in der 37. und
  in der 74. Minute“ 37 and 74, "in the 89th minute" 89, "a fifth straight league win" 5,
  "to third in the table" 3, "Second seed" 2 (a seeding is a rank), "his fourth Australian
  Open semifinal" 4, "a 12th Grand Slam title" 12, „der achte Heimsieg in Serie“ 8, „die
  erste Niederlage im achten Turnierspiel“ 1 and 8, „der zweite Sieg ... der elfte
  Weltcupsieg“ 2 and 11, "their sixth Super Bowl" 6, "the second-coldest playoff game" 2
  (two-hundred-and-sixty-fifth: "third-most expensive"). None: "his service points", „um Bronze“.
- Ordinals otherwise (every batch): „die dritte Nacht in Folge“ 3, „zum dritten Mal“ 3 (the
  issue), „der drittbeste Wert“ 3 (the issue's „drittgrößte“), „in der zweiten
  Januarwoche“ 2, „Nach ersten Erkenntnissen“ 1 (hundred-tenth), "the first nine months" 1
  with 9 months (eightieth), "the third-highest on record" 3, "for the first time in two
  years" 1 with 2 years, "its second of 35 planned flybys" 2 and 35, "the fourth quarter" 4,
  "fourth-quarter revenue" 4, "first-quarter revenue" 1 (two-hundred-and-sixty-fifth),
  "seventh parliamentary election" 7. None: „erstmals“, "a record", "the hottest", "the
  lowest", "First-home buyers", "First-time applications" (fifty-second: "first-time buyers").
- Durations (the issue; every batch): „1:52 Stunden auf 1:40 Stunden“ 1 hour 52 minutes
  and 1 hour 40 minutes and „in 1:52,38 Minuten“ 1 minute and 52.38 seconds
  (two-hundred-and-sixty-fifth: „4:36:12 Stunden“, „1:04 Minuten“), „0,17 Sekunden“, "three
  hours and 41 minutes" each part, "four years and eight months" each part, "with 64
  seconds left", „an 457 Stunden“ 457 hours and „An 23 Tagen“ 23 days (hundred-sixtieth:
  „an 19 Tagen“), „alle 15 Minuten“ 15 minutes (fifteenth: "every 15 minutes"), „in den
  letzten zehn Minuten“ 10 minutes, „binnen zwölf Monaten“ 12 months, "for two weeks", "within 10 days", "in 48 hours", "to 24 hours",
  "for at least four years" "at_least", "over the past five years" 5 years, "more than
  three years" "over", "just over four years" "over" (hundred-fifty-second: "just over four
  weeks"), "six months ago" 6 months, „vor zwei Jahren“,
  „vor fünf Jahren“, „vor zehn Jahren“, „der vergangenen zehn Jahre“; "averaged 17.5 minutes per flight ..., down
  from 21 minutes" 17.5 and 21 minutes. Ages are durations in years („ein 19-Jähriger und
  eine 62-Jährige“, „Der 19-jährige Stürmer“, „der 19-Jährige“, „Für den 26-Jährigen“, "a
  20-year-old substitute", "The 27-year-old", "Garrett Oakenshaw, 53,", "Jonah Skerritt,
  34,", „jünger als 15 Jahre“ 15 "under", „über 60-Jährige“ 60 "over", "people over 75" 75
  "over"). None: „seit mehr als einem Jahr“ (fifth), „im vergangenen Jahr“, „im Vorjahr“,
  "last year", "a year earlier", "a year ago", "last
  week", "this week", "this year", "last summer", "since the start of the year", "from
  March", "by April", "von August bis Ende April", "per night", "a year",
  "annual", „jährlich“, weekdays and clock times ("by 1130 GMT").
- Counts otherwise: „auf rund 14 Kilometern“ "about", „gut 18 Kilometer“ "over", „mit mehr
  als 180 km/h“ "over" and „erlaubt sind ... 120“ (two-hundred-and-forty-third: speeds),
  „Auf 278 Kilometern“, „29 Bahnhöfe“, „137
  Obdachlose“, „Vier weitere Menschen“ 4 („weitere“ no hedge), „rund 107 Gigawatt“, „rund
  6.800 Lehrkräfte“, „um knapp 1.500 Hektar auf 103.400 Hektar“, „rund
  320.000 Beschäftigte“, „2.503 Wahlberechtigte“, „rund 45.000 Zuschauer“, „gut 110.000
  Stellen“, "up to 25cm" "up_to", "more than 1,400 calls" "over", "5,021 megawatts",
  "80,500 megawatts ... by more than 1,000 megawatts" "over", "more than 2,000 bicycles"
  "over", "Some 1,200 firefighters" "about", "At least 11
  deaths" "at_least", "two people", "more than 300,000 homes" "over", "1.9 million", "3.5
  million barrels", "1.2 million homes", "only about 177,000" "about" ("only" no hedge),
  "about 3,000 engineers" "about", "60 million foreign arrivals a year", "per 40-foot box" 40
  (two-hundred-and-sixty-fifth: "the 480-metre-wide rock"), "about 3,500 nautical miles"
  "about", "69 of the 240 seats", "taking 38 seats", "for three winters" 3 (a winter is no
  unit). None: "Interstate 35", „A7“, „A2“ (road names; two-hundred-and-forty-ninth: "A8"),
  "OPEC+", "787s".
- Percentages: "%" and „Prozent“ in %, points in pp (twenty-seventh,
  two-hundred-and-sixty-fifth): „zwei Punkte weniger“ and „um drei Punkte“ 2 and 3 pp (poll
  points), „die SPD verharrt bei 15“ 15 % (the unit written once serving an elliptic figure,
  hundred-twenty-second), „anderthalb Punkte auf 11,5 Prozent“ 1.5 pp and 11.5 %, „auf 6,6
  Prozent, ein Plus von 0,4 Punkten“ 0.4 pp (a rate's points), „plus/minus 2,5 Prozentpunkten“ 2.5 pp
  with no hedge, "plus or minus 2%" 2 % with no hedge (two-hundred-and-tenth), "some 4
  percentage points" "about", "about 3%", "roughly 5.7%", "about
  39%" "about", "as much as 9%" "up_to" (sixth), "voted 94% in favour", "lost $1.12, or 1.4%".
- Years and dates: „seit 2017“, „seit 2021“, „seit 2020“ (twice), „seit 2015“ (three times),
  „bis 2030“ (twice), „für 2027“, „bis 2028“, „Beginn der Messung
  2009“, „Stand des Krisenjahres 2009“, „noch 2021“, „Rekordjahr 2021“, „seit 2010“, „Aufzeichnungen
  1881“, „Wintersaison 2025/26“ both years (fortieth, fifty-third), „Referenzperiode
  1961–1990“ both years; "a record set in 2019", "since late 2022", "their 2022 peak",
  "by 2029", "by 2030", "launched in 2023", "its 2023 level", "than in 2019" (twice), "in
  2021" (in a negative). Dates without a year: „vom 14. bis
  20. Januar“, "the week ended Jan. 18" (fifty-second), "starting April 1"; Reuters English
  datelines with a day ("MANCHESTER, England, Jan 21", "LONDON, Jan 22", "WASHINGTON, Jan
  23", "SYDNEY, Jan 24", "LONDON, Jan 24", "PARIS, Jan 27", "FRANKFURT, Jan 28", "SAN
  FRANCISCO, Jan 29", "NEW DELHI, Jan 30", "SINGAPORE, Jan 30") as dates without a year
  (hundred-sixtieth, two-hundred-and-sixty-fifth); dpa, dpa/lni, dpa/lnw, dpa-AFX, APA,
  Keystone-SDA, PA, AP, AAP and AFP datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR (as above, „7,9 Cent je
  Kilowattstunde“ 0.079 EUR - Cent as hundredths, hundred-thirty-eighth -, „ein Preisgeld von
  100.000 Euro“, „bis zu 79 Euro“ "up_to", „11 500 Euro“, "about 1.6 billion euros" "about",
  "300m-400m euros"), GBP ("£129.9 billion", "an estimated £410,000" "about"), USD ("lost
  $1.12 ... to $78.03", "more than $140 million" "over", "$38.5 million", "$2.6 billion",
  "$14.2bn", "$9.1 billion", "$15bn", "roughly $120bn" "about", "$4,870"), AUD ("A$3.15
  million", "A$1.58m"), CHF, INR ("up to 1.2 million rupees" "up_to"), JPY ("as much as
  10,000 yen per night" "up_to").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "Roughly", "some", "Some", "an estimated" "about"; „knapp“, „fast“, „Fast“, "nearly",
  "almost" "nearly"; „gut“, „mehr als“, „über“ before a figure, "more than", "just over"
  "over"; „jünger als“, „weniger als“, "below" "under"; „bis zu“, "up to", "as much as"
  "up_to"; "at least" and after the figure „oder mehr“ "at_least"; "no more than" "at_most".
  No hedge: „insgesamt“, „im Schnitt“, „nur“, „weitere“, „inzwischen“, „zeitweise“,
  „erstmals“, „im Extremfall“, "only", "a total of", "a record", "another", "within",
  "over" before a span, "more" after a figure, „die Marke von“, „über dem“ after a figure,
  „bis“, "to", "between ... and", the signs "plus" and "minus" before a temperature, and
  "plus or minus" and „plus/minus“ before a margin.
- Speakers, checked only in forms the earlier batches settled: „teilte der Deutsche
  Wetterdienst mit“, „teilte die Polizei mit“, „teilte das Statistische Bundesamt mit“ the
  source with its article (two-hundred-and-tenth); „wie die Statistik Austria am Freitag
  mitteilte“, „wie das Bundesamt für Statistik mitteilte“, „wie die Bundesagentur für
  Arbeit mitteilte“ the source in the nominative, the weekday dropped
  (two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth); „nach Angaben des Instituts“
  -> "das Institut" (hundred-sixtieth, two-hundred-and-sixty-fifth: „nach Angaben des
  Innenministeriums“); „Meteorologin Hiltrud Pfannenschwarz sagte, ...“, „Trainer Gernot
  Hülsbusch sagte, ...“, „Haushaltsstaatssekretär Volkmar Dreesbach sagte, ...“,
  „SBB-Chef Ruedi Gadient-Vonbank sagte, ...“, „Tourismusstaatssekretärin Waltraud
  Kohlgruber sagte, ...“, „BDEW-Hauptgeschäftsführerin Friederike Assenmacher sagte, ...“,
  „Projektleiter Leopold Wintersteller sagte, ...“, „Verbandspräsident Arnulf Stöckigt
  sagte, ...“, „Creditreform-Chefvolkswirt Severin Aldinger sagte, ...“, „Bauministerin
  Kornelia Wiechering-Haas sagte, ...“, „Bundestrainer Eberhard Söllner-Vogt sagte, ...“,
  „Polizeikommandant Reto Giacometti-Hug sagte, ...“, „BA-Vorständin Gunhild Brockschmidt
  sagte, ...“ and „Klimaforscherin Marlene Ohlendiek sagte, ...“ the name with the office
  dropped (hundred-eightieth, two-hundred-and-sixty-fifth). English: the name with the role
  dropped ("Energy Secretary Rhodri Abernant said", "Manager Joaquim Serrador said", "Chief
  Secretary to the Treasury Imogen Blackwater said", "Mayor Delphine Arcand-Whitford said",
  "Housing Minister Kerensa Tallowby said", "U.S. District Judge Marisol Wedderburn-Ocampo
  said", "Analyst Priya Kothandaraman-Ellis said", "GERB leader Stanimir Dobrevski-Kolev
  said", "Project scientist Annemarie Lisowski-Kerr said", "Chief financial officer Ulrike
  Bannwarth-Seidl said", "Detective Sergeant Owain Gwilliam-Rees said", "Gov. Clayton
  Bushrod said", "Chief executive Soren Aakerlund-Brandt said", "Tourism Minister Haruka
  Sakaguchi said", "..., Emergency Services Minister Fenella Drummoyne said.", "...,
  Finance Minister Kavita Moolchandani said."; hundred-forty-fifth,
  two-hundred-and-sixty-fifth). Left unchecked (None): all negatives, also those with a
  named speaker; bodies' "said" in English copy ("Age UK said", "The Institute for Fiscal
  Studies said", "the Labor Department said", "the Rural Fire Service said", "Grid operator
  ERCOT said", "Shipping line Skagerline said", "their union said"; two-hundred-and-
  sixty-fifth), roles ("forecasters said", "utility officials said", "His lawyers said";
  forty-first), documents ("official data showed", "data from property consultant
  Coralmere showed", „wie aus einer Vorlage des
  Finanzministeriums hervorgeht“), „wie die SBB am Donnerstag mitteilten“ (a plural verb
  with a short name the earlier batches did not settle), „nach Angaben des Branchenverbands
  BDEW“ (a description before the name), estimating verbs („Der Bundesrechnungshof beziffert“, „Der Weinbauverband
  beziffert“; hundred-tenth), „verzeichnete die Polizei“ (no verb of saying) and
  "Economists polled by Reuters" (two-hundred-and-tenth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_281 = [
    ("de", "Offenbach (dpa) - In der Nacht zum Mittwoch ist die Temperatur in Oberstdorf auf minus 23,4 Grad gefallen, teilte der Deutsche Wetterdienst mit.", True, [("count", -23.4, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Es war die kälteste Januarnacht seit 2017 und bereits die dritte Nacht in Folge mit mehr als 20 Grad Frost im Allgäu.", True, [("year", 2017, None, None), ("ordinal", 3, None, None), ("count", 20, None, "over")], None),
    ("de", "Auf der A7 zwischen Kempten und Füssen staute sich der Verkehr nach einer zweieinhalbstündigen Vollsperrung auf rund 14 Kilometern.", True, [("duration", 2.5, "hour", None), ("count", 14, None, "about")], None),
    ("de", "Meteorologin Hiltrud Pfannenschwarz sagte, der Frost werde noch anderthalb bis zwei Tage anhalten, ehe milde Atlantikluft mit plus 6 bis 8 Grad das Land erreiche.", True, [("duration", 1.5, "day", None), ("duration", 2, "day", None), ("count", 6, None, None), ("count", 8, None, None)], "Hiltrud Pfannenschwarz"),
    ("de", "Die Bahn strich im Süden gut zwei Fünftel ihrer Regionalzüge, weil Weichen eingefroren waren.", True, [("fraction", 0.4, None, "over")], None),
    ("de", "In München mussten Kältebusse in der Nacht 137 Obdachlose in Notunterkünfte bringen, fast doppelt so viele wie im vorigen Winter.", True, [("count", 137, None, None), ("count", 2, None, "nearly")], None),
    ("de", "Ein Sprecher der Stadt nannte die Hilfsbereitschaft der Münchnerinnen und Münchner „schlicht überwältigend“.", False, [], None),
    ("en", "LONDON (PA) - Temperatures plunged to -16.2C in the Scottish Highlands overnight, the lowest reading in Britain for three winters.", True, [("count", -16.2, None, None), ("count", 3, None, None)], None),
    ("en", "The Met Office issued amber warnings for snow across a dozen counties, with up to 25cm expected on higher ground.", True, [("count", 12, None, None), ("count", 25, None, "up_to")], None),
    ("en", "Scores of schools in Aberdeenshire and the Highlands stayed shut on Wednesday.", True, [], None),
    ("en", "Energy Secretary Rhodri Abernant said gas demand had hit 5.1bn cubic metres over the past week, roughly one-and-a-half times the usual January level.", True, [("count", 5100000000, None, None), ("count", 1.5, None, "about")], "Rhodri Abernant"),
    ("en", "Hundreds of flights were cancelled at Edinburgh and Glasgow airports, and some passengers waited up to three-and-a-half hours on the tarmac.", True, [("duration", 3.5, "hour", "up_to")], None),
    ("en", "Age UK said about 3/4 of the calls to its advice line this week came from people over 75 worried about heating bills.", True, [("fraction", 0.75, None, "about"), ("duration", 75, "year", "over")], None),
    ("en", "Pensioners in rural Wales fear another freeze could leave them cut off for days.", False, [], None),
    ("de", "Dortmund (dpa) - Borussia Dortmund hat das Revierderby gegen Schalke vor 81.365 Zuschauern mit 3:1 gewonnen und ist zum dritten Mal in dieser Saison ohne Gegentreffer geblieben.", True, [("count", 81365, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Der 19-jährige Stürmer traf in der 37. und in der 74. Minute, nachdem er anderthalb Jahre wegen eines Kreuzbandrisses gefehlt hatte.", True, [("duration", 19, "year", None), ("ordinal", 37, None, None), ("ordinal", 74, None, None), ("duration", 1.5, "year", None)], None),
    ("de", "Mit 41 Punkten aus 19 Spielen liegt der BVB nun zwei Zähler hinter Tabellenführer Leverkusen.", True, [("count", 41, None, None), ("count", 19, None, None), ("count", 2, None, None)], None),
    ("de", "Trainer Gernot Hülsbusch sagte, der Klub habe für den Stürmer vor zwei Jahren eine Ablöse von zweieinhalb Millionen Euro gezahlt.", True, [("duration", 2, "year", None), ("money", 2500000, "EUR", None)], "Gernot Hülsbusch"),
    ("de", "Die Polizei nahm nach dem Spiel ein Dutzend Personen vorübergehend in Gewahrsam.", True, [("count", 12, None, None)], None),
    ("de", "Viele Schalker Fans fragen sich, wie lange der Vorstand noch an seinem Kurs festhalten will.", False, [], None),
    ("en", "MANCHESTER, England, Jan 21 (Reuters) - Manchester City fought back from a goal down on Tuesday and edged Aston Villa 2-1, a fifth straight league win that lifted them to third in the table.", True, [("date", "--01-21", None, None), ("ordinal", 5, None, None), ("ordinal", 3, None, None)], None),
    ("en", "The winner came in the 89th minute from a 20-year-old substitute making only his second senior appearance.", True, [("ordinal", 89, None, None), ("duration", 20, "year", None), ("ordinal", 2, None, None)], None),
    ("en", "City have now scored 47 goals in 22 league games, half a dozen more than any other side.", True, [("count", 47, None, None), ("count", 22, None, None), ("count", 6, None, None)], None),
    ("en", "Manager Joaquim Serrador said the club had paid 45 million pounds, rising to 52m with add-ons, for the midfielder last summer.", True, [("money", 45000000, "GBP", None), ("money", 52000000, "GBP", None)], "Joaquim Serrador"),
    ("en", "\"This team never knows when it is beaten,\" Serrador said.", False, [], None),
    ("en", "Villa fans booed the referee off the pitch after a penalty appeal was turned down.", True, [], None),
    ("en", "Many Villa supporters believe the club sold its best players too cheaply.", False, [], None),
    ("de", "Berlin (dpa) - Der Bund muss in diesem Jahr 2,4 Mrd. Euro mehr für Zinsen ausgeben als geplant, insgesamt knapp 41 Mrd. Euro.", True, [("money", 2400000000, "EUR", None), ("money", 41000000000, "EUR", "nearly")], None),
    ("de", "Die Zinslast hat sich damit seit 2021 verdreifacht, wie aus einer Vorlage des Finanzministeriums hervorgeht.", True, [("year", 2021, None, None)], None),
    ("de", "Zwei Fünftel der neuen Schulden entfallen auf das Sondervermögen für die Bundeswehr.", True, [("fraction", 0.4, None, None)], None),
    ("de", "Haushaltsstaatssekretär Volkmar Dreesbach sagte, die Lücke für 2027 liege bei eineinhalb bis zwei Milliarden Euro.", True, [("year", 2027, None, None), ("money", 1500000000, "EUR", None), ("money", 2000000000, "EUR", None)], "Volkmar Dreesbach"),
    ("de", "„Wir werden den Haushalt nicht auf dem Rücken der Rentner sanieren“, sagte Dreesbach.", False, [], None),
    ("de", "Der Bundesrechnungshof beziffert die Risiken im Etat auf 12 bis 15 Mrd. Euro.", True, [("money", 12000000000, "EUR", None), ("money", 15000000000, "EUR", None)], None),
    ("de", "Die Opposition warf der Regierung vor, die Bürger über die wahre Lage der Finanzen zu täuschen.", False, [], None),
    ("en", "LONDON, Jan 22 (Reuters) - Britain's public sector borrowed £17.8bn in December, £3.1bn more than economists had forecast, official data showed on Wednesday.", True, [("date", "--01-22", None, None), ("money", 17800000000, "GBP", None), ("money", 3100000000, "GBP", None)], None),
    ("en", "Over the first nine months of this fiscal year, borrowing totalled £129.9 billion, the third-highest on record.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 129900000000, "GBP", None), ("ordinal", 3, None, None)], None),
    ("en", "Debt interest payments doubled from a year earlier to £8.6bn.", True, [("money", 8600000000, "GBP", None)], None),
    ("en", "Chief Secretary to the Treasury Imogen Blackwater said the government would find £2.5bn to £3bn of savings in departmental budgets by April.", True, [("money", 2500000000, "GBP", None), ("money", 3000000000, "GBP", None)], "Imogen Blackwater"),
    ("en", "\"We will not gamble with the nation's finances,\" Blackwater said.", False, [], None),
    ("en", "The Institute for Fiscal Studies said hundreds of millions of pounds had been lost to late payment of corporation tax.", True, [], None),
    ("en", "Some economists doubt the savings can be delivered without cuts to frontline services.", False, [], None),
    ("de", "Bern (Keystone-SDA) - Täglich 1'312'000 Fahrgäste haben die SBB im vergangenen Jahr befördert, 4,2 Prozent mehr als im Vorjahr.", True, [("count", 1312000, None, None), ("percent", 4.2, "%", None)], None),
    ("de", "Die Pünktlichkeit lag bei 92,7 Prozent, das ist der drittbeste Wert seit Beginn der Messung 2009.", True, [("percent", 92.7, "%", None), ("ordinal", 3, None, None), ("year", 2009, None, None)], None),
    ("de", "Rund drei Viertel der Verspätungen gingen auf Baustellen zurück, wie die SBB am Donnerstag mitteilten.", True, [("fraction", 0.75, None, "about")], None),
    ("de", "Bis 2030 will das Unternehmen 1,9 bis 2,1 Mia. Franken in neue Doppelstockzüge investieren.", True, [("year", 2030, None, None), ("money", 1900000000, "CHF", None), ("money", 2100000000, "CHF", None)], None),
    ("de", "SBB-Chef Ruedi Gadient-Vonbank sagte, ab Dezember fahre zwischen Zürich und Bern alle 15 Minuten ein Zug.", True, [("duration", 15, "minute", None)], "Ruedi Gadient-Vonbank"),
    ("de", "Der Verband Pro Bahn kritisierte, das Angebot auf dem Land werde seit Jahren vernachlässigt.", False, [], None),
    ("en", "WASHINGTON, Jan 23 (Reuters) - First-time applications for U.S. unemployment aid dropped by 14,000 to a seasonally adjusted 217,000 in the week ended Jan. 18, the Labor Department said on Thursday.", True, [("date", "--01-23", None, None), ("count", 14000, None, None), ("count", 217000, None, None), ("date", "--01-18", None, None)], None),
    ("en", "Economists polled by Reuters had forecast 222,000 to 228,000 claims for the latest week.", True, [("count", 222000, None, None), ("count", 228000, None, None)], None),
    ("en", "Claims rose in a dozen states, led by Michigan, where auto plants idled for two weeks.", True, [("count", 12, None, None), ("duration", 2, "week", None)], None),
    ("en", "So-called continuing claims, which count people still drawing benefits, rose to 1.9 million, the highest level in more than three years.", True, [("count", 1900000, None, None), ("duration", 3, "year", "over")], None),
    ("en", "Scores of federal contractors have announced layoffs since the start of the year.", True, [], None),
    ("en", "Some analysts said they believed the labour market was cooling faster than the data suggested.", False, [], None),
    ("de", "Wien (APA) - Im Dezember sind in Österreichs Hotels und Pensionen 14,3 Millionen Nächtigungen gezählt worden, um gut ein Zehntel mehr als ein Jahr davor.", True, [("count", 14300000, None, None), ("fraction", 0.1, None, "over")], None),
    ("de", "Die Gäste blieben im Schnitt dreieinhalb Nächte, wie die Statistik Austria am Freitag mitteilte.", True, [("count", 3.5, None, None)], "die Statistik Austria"),
    ("de", "Gäste aus Deutschland stellten mit 5,6 Mio. Nächtigungen knapp zwei Fünftel des Gesamtvolumens.", True, [("count", 5600000, None, None), ("fraction", 0.4, None, "nearly")], None),
    ("de", "Tourismusstaatssekretärin Waltraud Kohlgruber sagte, die Wintersaison 2025/26 könne erstmals die Marke von 75 Millionen Nächtigungen übertreffen.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("count", 75000000, None, None)], "Waltraud Kohlgruber"),
    ("de", "In Tirol stiegen die Preise für einen Tagesskipass auf bis zu 79 Euro, um rund ein Zwölftel mehr als im Vorjahr.", True, [("money", 79, "EUR", "up_to"), ("fraction", 0.0833, None, "about")], None),
    ("de", "Viele Vermieter in kleineren Orten fürchten, dass sich Familien das Skifahren bald nicht mehr leisten können.", False, [], None),
    ("en", "WINNIPEG, Manitoba (AP) — Temperatures in Winnipeg fell to minus 38 degrees Celsius on Thursday, with a wind chill that made it feel like minus 47.", True, [("count", -38, None, None), ("count", -47, None, None)], None),
    ("en", "That is minus 36 degrees Fahrenheit, colder than parts of Mars on a summer afternoon, forecasters said.", True, [("count", -36, None, None)], None),
    ("en", "The city opened a dozen warming centres and extended bus service to 24 hours on its busiest routes.", True, [("count", 12, None, None), ("duration", 24, "hour", None)], None),
    ("en", "Mayor Delphine Arcand-Whitford said crews had answered more than 1,400 calls for frozen pipes in 48 hours.", True, [("count", 1400, None, "over"), ("duration", 48, "hour", None)], "Delphine Arcand-Whitford"),
    ("en", "Hydro demand in the province peaked at 5,021 megawatts, breaking a record set in 2019.", True, [("count", 5021, None, None), ("year", 2019, None, None)], None),
    ("de", "Hamburg (dpa) - Die Fahrzeit zwischen Hamburg und Berlin soll nach dem Umbau der Strecke von derzeit 1:52 Stunden auf 1:40 Stunden sinken.", True, [("duration", 1, "hour", None), ("duration", 52, "minute", None), ("duration", 1, "hour", None), ("duration", 40, "minute", None)], None),
    ("de", "Während der Sanierung von August bis Ende April müssen Fahrgäste 40–45 Minuten mehr einplanen.", True, [("duration", 40, "minute", None), ("duration", 45, "minute", None)], None),
    ("de", "Die Bahn rechnet mit Kosten von 2,2 Milliarden bis 2,6 Milliarden Euro, fast anderthalbmal so viel wie ursprünglich veranschlagt.", True, [("money", 2200000000, "EUR", None), ("money", 2600000000, "EUR", None), ("count", 1.5, None, "nearly")], None),
    ("de", "Pendlerverbände nannten die Pläne „eine Zumutung für Hunderttausende“.", False, [], None),
    ("de", "Auf 278 Kilometern werden Gleise, Weichen und Oberleitungen erneuert, dazu 29 Bahnhöfe.", True, [("count", 278, None, None), ("count", 29, None, None)], None),
    ("en", "MELBOURNE, Australia (AP) — Second seed Tomasz Wieliczko beat Matteo Gallardi 6-3 4-6 7-6(4) 6-1 on Wednesday to reach his fourth Australian Open semifinal.", True, [("ordinal", 2, None, None), ("ordinal", 4, None, None)], None),
    ("en", "The quarterfinal took three hours and 41 minutes in heat that topped 36C on Rod Laver Arena.", True, [("duration", 3, "hour", None), ("duration", 41, "minute", None), ("count", 36, None, None)], None),
    ("en", "Wieliczko served 23 aces and won 81% of his service points.", True, [("count", 23, None, None), ("percent", 81, "%", None)], None),
    ("en", "The 27-year-old is chasing a 12th Grand Slam title and a prize of A$3.15 million.", True, [("duration", 27, "year", None), ("ordinal", 12, None, None), ("money", 3150000, "AUD", None)], None),
    ("en", "\"I felt like I was playing inside an oven,\" Wieliczko said.", False, [], None),
    ("en", "Organisers suspended play on outside courts for about two and a half hours under the tournament's heat policy.", True, [("duration", 2.5, "hour", "about")], None),
    ("de", "Berlin (dpa) - Das Robert Koch-Institut hat in der zweiten Januarwoche 38.412 laborbestätigte Grippefälle registriert, fast anderthalbmal so viele wie eine Woche zuvor.", True, [("ordinal", 2, None, None), ("count", 38412, None, None), ("count", 1.5, None, "nearly")], None),
    ("de", "Jeder fünfte Erkrankte war jünger als 15 Jahre.", True, [("fraction", 0.2, None, None), ("duration", 15, "year", "under")], None),
    ("de", "In den Kliniken lag die Auslastung der Intensivbetten in einigen Regionen bei 90 bis 95 Prozent.", True, [("percent", 90, "%", None), ("percent", 95, "%", None)], None),
    ("de", "Seit Oktober wurden nach Angaben des Instituts 6,8 Mio. Dosen Grippeimpfstoff verimpft, rund 3/5 davon an über 60-Jährige.", True, [("count", 6800000, None, None), ("fraction", 0.6, None, "about"), ("duration", 60, "year", "over")], "das Institut"),
    ("de", "Viele Hausärztinnen und Hausärzte klagen über überfüllte Wartezimmer.", False, [], None),
    ("en", "SYDNEY, Jan 24 (Reuters) - Home values across Australia climbed 0.6% in December, taking annual gains to 7.9%, data from property consultant Coralmere showed on Friday.", True, [("date", "--01-24", None, None), ("percent", 0.6, "%", None), ("percent", 7.9, "%", None)], None),
    ("en", "The median Sydney house now costs A$1.58m, roughly 13 times the median household income.", True, [("money", 1580000, "AUD", None), ("count", 13, None, "about")], None),
    ("en", "Prices in Perth have doubled over the past five years, while Melbourne values remain about a fifth below their 2022 peak.", True, [("duration", 5, "year", None), ("fraction", 0.2, None, "about"), ("year", 2022, None, None)], None),
    ("en", "First-home buyers made up one in three loans, up from one in four a year earlier.", True, [("fraction", 0.3333, None, None), ("fraction", 0.25, None, None)], None),
    ("en", "Housing Minister Kerensa Tallowby said 1.2 million homes would be built by 2029, although only about 177,000 were finished last year.", True, [("count", 1200000, None, None), ("year", 2029, None, None), ("count", 177000, None, "about")], "Kerensa Tallowby"),
    ("en", "\"The great Australian dream is not dead,\" Tallowby said.", False, [], None),
    ("en", "Renters' groups fear a further squeeze when the next rate rise comes.", False, [], None),
    ("de", "Hannover (dpa/lni) - Bei einem Unfall auf der A2 bei Hannover sind ein 19-Jähriger und eine 62-Jährige ums Leben gekommen.", True, [("duration", 19, "year", None), ("duration", 62, "year", None)], None),
    ("de", "Vier weitere Menschen wurden schwer verletzt, teilte die Polizei mit.", True, [("count", 4, None, None)], "die Polizei"),
    ("de", "Die Autobahn blieb in Richtung Dortmund dreieinhalb Stunden gesperrt, der Stau war zeitweise gut 18 Kilometer lang.", True, [("duration", 3.5, "hour", None), ("count", 18, None, "over")], None),
    ("de", "Nach ersten Erkenntnissen war der 19-Jährige mit mehr als 180 km/h unterwegs, erlaubt sind an der Stelle 120.", True, [("ordinal", 1, None, None), ("duration", 19, "year", None), ("count", 180, None, "over"), ("count", 120, None, None)], None),
    ("de", "Ein Polizeisprecher nannte den Unfall „eine Tragödie, die sich hätte vermeiden lassen“.", False, [], None),
    ("en", "NEW YORK (AP) — An ex-hedge fund boss got seven and a half years in prison on Thursday for a scheme that cost scores of investors more than $140 million.", True, [("duration", 7.5, "year", None), ("money", 140000000, "USD", "over")], None),
    ("en", "U.S. District Judge Marisol Wedderburn-Ocampo said Garrett Oakenshaw, 53, had lied to clients for at least four years.", True, [("duration", 53, "year", None), ("duration", 4, "year", "at_least")], "Marisol Wedderburn-Ocampo"),
    ("en", "Prosecutors had asked for 12 to 15 years, while his lawyers argued for no more than three.", True, [("duration", 12, "year", None), ("duration", 15, "year", None), ("duration", 3, "year", "at_most")], None),
    ("en", "Oakenshaw must also forfeit $38.5 million and pay restitution of about two-thirds of the losses.", True, [("money", 38500000, "USD", None), ("fraction", 0.6667, None, "about")], None),
    ("en", "\"I am deeply ashamed of what I did,\" Oakenshaw told the court.", False, [], None),
    ("en", "His lawyers said he would appeal the sentence.", True, [], None),
    ("en", "Hundreds of his former clients are still waiting to learn how much money they will get back.", True, [], None),
    ("de", "Frankfurt (dpa-AFX) - Der Stromverbrauch in Deutschland ist im vergangenen Jahr um 1,3 Prozent auf 463,8 Mrd. Kilowattstunden gestiegen.", True, [("percent", 1.3, "%", None), ("count", 463800000000, None, None)], None),
    ("de", "Wind- und Solaranlagen deckten nach Angaben des Branchenverbands BDEW erstmals mehr als drei Fünftel des Bedarfs.", True, [("fraction", 0.6, None, "over")], None),
    ("de", "Die installierte Leistung der Photovoltaik hat sich seit 2020 mehr als verdoppelt, auf rund 107 Gigawatt.", True, [("year", 2020, None, None), ("count", 107, None, "about")], None),
    ("de", "Der Großhandelspreis lag im Schnitt bei 7,9 Cent je Kilowattstunde, an 457 Stunden war er negativ, im Extremfall bei −135 Euro je Megawattstunde.", True, [("money", 0.079, "EUR", None), ("duration", 457, "hour", None), ("money", -135, "EUR", None)], None),
    ("de", "BDEW-Hauptgeschäftsführerin Friederike Assenmacher sagte, bis 2030 müssten jährlich 12 bis 15 Gigawatt Windkraft hinzukommen.", True, [("year", 2030, None, None), ("count", 12, None, None), ("count", 15, None, None)], "Friederike Assenmacher"),
    ("de", "„Die Energiewende ist kein Sprint, sondern ein Marathon“, sagte Assenmacher.", False, [], None),
    ("de", "Umweltverbände bezweifeln, dass die Netze rechtzeitig fertig werden.", False, [], None),
    ("en", "LONDON, Jan 24 (Reuters) - Brent crude lost $1.12, or 1.4%, to $78.03 a barrel by 1130 GMT, on course for a weekly loss of about 3%.", True, [("date", "--01-24", None, None), ("money", 1.12, "USD", None), ("percent", 1.4, "%", None), ("money", 78.03, "USD", None), ("percent", 3, "%", "about")], None),
    ("en", "U.S. crude inventories swelled by 3.5 million barrels last week, while analysts had expected a 1 million-barrel draw.", True, [("count", 3500000, None, None), ("count", 1000000, None, None)], None),
    ("en", "OPEC+ has cut output by a total of about 5.86m barrels per day, roughly 5.7% of global demand, in a series of steps since late 2022.", True, [("count", 5860000, None, "about"), ("percent", 5.7, "%", "about"), ("year", 2022, None, None)], None),
    ("en", "Saudi Aramco's market value slipped below $1.6 trillion for the first time in two years.", True, [("money", 1600000000000, "USD", "under"), ("ordinal", 1, None, None), ("duration", 2, "year", None)], None),
    ("en", "\"The market is nervous and it has every reason to be,\" said a trader at a London brokerage.", False, [], None),
    ("en", "Analyst Priya Kothandaraman-Ellis said demand growth would slow to 900,000 to 1.1 million barrels per day this year.", True, [("count", 900000, None, None), ("count", 1100000, None, None)], "Priya Kothandaraman-Ellis"),
    ("de", "Berlin (dpa) - Die Union kommt in einer neuen Forsa-Umfrage auf 29 Prozent, zwei Punkte weniger als vor einer Woche.", True, [("percent", 29, "%", None), ("percent", 2, "pp", None)], None),
    ("de", "Die AfD legt um drei Punkte auf 22 Prozent zu, die SPD verharrt bei 15, die Grünen verlieren anderthalb Punkte auf 11,5 Prozent.", True, [("percent", 3, "pp", None), ("percent", 22, "%", None), ("percent", 15, "%", None), ("percent", 1.5, "pp", None), ("percent", 11.5, "%", None)], None),
    ("de", "Fast zwei Drittel der Befragten zeigten sich unzufrieden mit der Regierungsarbeit.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Befragt wurden vom 14. bis 20. Januar 2.503 Wahlberechtigte.", True, [("date", "--01-14", None, None), ("date", "--01-20", None, None), ("count", 2503, None, None)], None),
    ("de", "Die Fehlermarge der Erhebung gibt Forsa mit plus/minus 2,5 Prozentpunkten an.", True, [("percent", 2.5, "pp", None)], None),
    ("de", "Ob die Koalition bis zum Ende der Legislaturperiode hält, ist offen.", False, [], None),
    ("en", "SOFIA, Bulgaria (AP) — Bulgaria's center-right GERB party won 69 of the 240 seats in Sunday's snap election, a dozen more than in October, with 99.6% of ballots counted.", True, [("count", 69, None, None), ("count", 240, None, None), ("count", 12, None, None), ("percent", 99.6, "%", None)], None),
    ("en", "Turnout was about 39%, some 4 percentage points higher than six months ago.", True, [("percent", 39, "%", "about"), ("percent", 4, "pp", "about"), ("duration", 6, "month", None)], None),
    ("en", "It was the country's seventh parliamentary election in just over four years.", True, [("ordinal", 7, None, None), ("duration", 4, "year", "over")], None),
    ("en", "A pro-Russian party more than doubled its share, taking 38 seats.", True, [("count", 38, None, None)], None),
    ("en", "GERB leader Stanimir Dobrevski-Kolev said he would seek to form a government within 10 days.", True, [("duration", 10, "day", None)], "Stanimir Dobrevski-Kolev"),
    ("en", "\"Bulgarians want stability above all else,\" Dobrevski-Kolev said.", False, [], None),
    ("en", "Whether any other party will agree to govern alongside GERB remains unclear.", False, [], None),
    ("de", "Garching (dpa) - Forschende haben in einem Laborexperiment Atome bis knapp an den absoluten Nullpunkt von minus 273,15 Grad gekühlt.", True, [("count", -273.15, None, None)], None),
    ("de", "Das Vakuum in der zweieinhalb Meter langen Kammer ist rund zehn Milliarden Mal dünner als die Luft auf Meereshöhe.", True, [("count", 2.5, None, None), ("count", 10000000000, None, "about")], None),
    ("de", "Die Messreihe dauerte anderthalb Jahre und umfasste 1\u202f240\u202f000 Einzelmessungen.", True, [("duration", 1.5, "year", None), ("count", 1240000, None, None)], None),
    ("de", "Projektleiter Leopold Wintersteller sagte, das Ergebnis weiche um weniger als ein Tausendstel von der Vorhersage ab.", True, [("fraction", 0.001, None, "under")], "Leopold Wintersteller"),
    ("de", "Das Projekt wurde mit 4,75 Mio. Euro von der Deutschen Forschungsgemeinschaft gefördert.", True, [("money", 4750000, "EUR", None)], None),
    ("en", "PARIS, Jan 27 (Reuters) - A European probe has measured surface temperatures of minus 180 degrees Celsius on Jupiter's moon Europa, about 15 degrees colder than models predicted.", True, [("date", "--01-27", None, None), ("count", -180, None, None), ("count", 15, None, "about")], None),
    ("en", "The spacecraft, launched in 2023, has travelled some 4.6 billion km and made its second of 35 planned flybys.", True, [("year", 2023, None, None), ("count", 4600000000, None, "about"), ("ordinal", 2, None, None), ("count", 35, None, None)], None),
    ("en", "The mission cost about 1.6 billion euros, roughly one-and-a-half times its original budget.", True, [("money", 1600000000, "EUR", "about"), ("count", 1.5, None, "about")], None),
    ("en", "Project scientist Annemarie Lisowski-Kerr said the ice shell was between 15 and 25 km thick in the region surveyed.", True, [("count", 15, None, None), ("count", 25, None, None)], "Annemarie Lisowski-Kerr"),
    ("en", "Scientists hope the data will settle whether the moon could harbour life.", False, [], None),
    ("de", "Mannheim (dpa) - Die Adler Mannheim haben in der DEL den Spitzenreiter aus München mit 5:2 geschlagen und nach 44 Spieltagen die Tabellenführung übernommen.", True, [("count", 44, None, None)], None),
    ("de", "Die Entscheidung fiel im dritten Drittel, als Mannheim binnen zweieinhalb Minuten drei Tore erzielte.", True, [("ordinal", 3, None, None), ("duration", 2.5, "minute", None), ("count", 3, None, None)], None),
    ("de", "Vor 13.600 Zuschauern in der ausverkauften Arena war es der achte Heimsieg in Serie.", True, [("count", 13600, None, None), ("ordinal", 8, None, None)], None),
    ("de", "„Heute hat jeder für jeden gekämpft“, sagte Kapitän Marius Scheuerpflug.", False, [], None),
    ("en", "FRANKFURT, Jan 28 (Reuters) - Lufthansa carried 131 million passengers last year, 6% more than a year earlier but still about a tenth fewer than in 2019.", True, [("date", "--01-28", None, None), ("count", 131000000, None, None), ("percent", 6, "%", None), ("fraction", 0.1, None, "about"), ("year", 2019, None, None)], None),
    ("en", "The airline plans to take delivery of 28 to 32 new aircraft this year, including half a dozen long-haul Boeing 787s.", True, [("count", 28, None, None), ("count", 32, None, None), ("count", 6, None, None)], None),
    ("en", "Chief financial officer Ulrike Bannwarth-Seidl said fuel costs would fall by 300m-400m euros this year.", True, [("money", 300000000, "EUR", None), ("money", 400000000, "EUR", None)], "Ulrike Bannwarth-Seidl"),
    ("en", "Pilots at the group's cargo unit have voted 94% in favour of strike action, their union said.", True, [("percent", 94, "%", None)], None),
    ("en", "\"Nobody wants a strike, but our patience has limits,\" a union official said.", False, [], None),
    ("en", "Delays at Frankfurt averaged 17.5 minutes per flight in the fourth quarter, down from 21 minutes.", True, [("duration", 17.5, "minute", None), ("ordinal", 4, None, None), ("duration", 21, "minute", None)], None),
    ("de", "Bonn (dpa) - Die deutschen Winzer haben im Herbst 8,1 Mio. Hektoliter Wein erzeugt, ein Siebtel weniger als im Durchschnitt der vergangenen zehn Jahre.", True, [("count", 8100000, None, None), ("fraction", 0.1429, None, None), ("duration", 10, "year", None)], None),
    ("de", "In Franken fiel die Ernte nach Spätfrösten um gut ein Drittel geringer aus, an der Mosel nur um ein Zwanzigstel.", True, [("fraction", 0.3333, None, "over"), ("fraction", 0.05, None, None)], None),
    ("de", "Der Weinbauverband beziffert den Schaden auf 180 bis 220 Millionen Euro.", True, [("money", 180000000, "EUR", None), ("money", 220000000, "EUR", None)], None),
    ("de", "Verbandspräsident Arnulf Stöckigt sagte, jeder zwölfte Betrieb denke über eine Aufgabe nach.", True, [("fraction", 0.0833, None, None)], "Arnulf Stöckigt"),
    ("de", "„Der Weinbau in Deutschland steht an einem Scheideweg“, sagte Stöckigt.", False, [], None),
    ("de", "Die Rebfläche ist seit 2015 um knapp 1.500 Hektar auf 103.400 Hektar gewachsen.", True, [("year", 2015, None, None), ("count", 1500, None, "nearly"), ("count", 103400, None, None)], None),
    ("de", "Viele Winzer hoffen auf einen milden Frühling.", False, [], None),
    ("en", "LONDON (PA) - A man who stole more than 2,000 bicycles across south London over three and a half years has been jailed for four years and eight months.", True, [("count", 2000, None, "over"), ("duration", 3.5, "year", None), ("duration", 4, "year", None), ("duration", 8, "month", None)], None),
    ("en", "Jonah Skerritt, 34, sold the bikes online for between £80 and £1,200 each, making an estimated £410,000.", True, [("duration", 34, "year", None), ("money", 80, "GBP", None), ("money", 1200, "GBP", None), ("money", 410000, "GBP", "about")], None),
    ("en", "Police recovered only about one in eight of the stolen bikes.", True, [("fraction", 0.125, None, "about")], None),
    ("en", "Judge Cressida Wraxall said Skerritt had shown \"a breathtaking contempt\" for his victims.", False, [], None),
    ("en", "Detective Sergeant Owain Gwilliam-Rees said dozens of victims had given statements to the court.", True, [], "Owain Gwilliam-Rees"),
    ("de", "Wiesbaden (dpa) - Deutsche Amtsgerichte haben im vergangenen Jahr 21.812 Unternehmensinsolvenzen gemeldet, ein Plus von 16,8 Prozent, teilte das Statistische Bundesamt mit.", True, [("percent", 16.8, "%", None), ("count", 21812, None, None)], "das Statistische Bundesamt"),
    ("de", "Das ist der höchste Wert seit 2015, liegt aber weiterhin rund ein Fünftel unter dem Stand des Krisenjahres 2009.", True, [("year", 2015, None, None), ("fraction", 0.2, None, "about"), ("year", 2009, None, None)], None),
    ("de", "Die Forderungen der Gläubiger beliefen sich auf 58,3 Milliarden Euro nach 31,4 Milliarden im Vorjahr.", True, [("money", 58300000000, "EUR", None), ("money", 31400000000, "EUR", None)], None),
    ("de", "Fast jede vierte Pleite entfiel auf den Bau, jede achte auf den Handel.", True, [("fraction", 0.25, None, "nearly"), ("fraction", 0.125, None, None)], None),
    ("de", "Creditreform-Chefvolkswirt Severin Aldinger sagte, für dieses Jahr rechne er mit 22.000 bis 23.500 Fällen.", True, [("count", 22000, None, None), ("count", 23500, None, None)], "Severin Aldinger"),
    ("de", "„Die Welle ist noch lange nicht vorbei“, sagte Aldinger.", False, [], None),
    ("de", "Betroffen waren rund 320.000 Beschäftigte, mehr als doppelt so viele wie noch 2021.", True, [("count", 320000, None, "about"), ("count", 2, None, "over"), ("year", 2021, None, None)], None),
    ("de", "Düsseldorf (dpa/lnw) - An Nordrhein-Westfalens Schulen fehlen zum Halbjahr rund 6.800 Lehrkräfte, knapp ein Zwanzigstel aller Stellen.", True, [("count", 6800, None, "about"), ("fraction", 0.05, None, "nearly")], None),
    ("de", "Besonders betroffen sind Grundschulen, an denen fast jede zehnte Stelle unbesetzt ist.", True, [("fraction", 0.1, None, "nearly")], None),
    ("de", "„Jeder ausgefallene Unterricht ist ein Stück verlorene Zukunft“, sagte Schlotmann-Arens.", False, [], None),
    ("de", "Die Gewerkschaft GEW nannte die Zahlen „ein Armutszeugnis für das Land“.", False, [], None),
    ("de", "Im Schnitt fielen an den Gymnasien dreieinhalb Unterrichtsstunden pro Woche und Klasse aus.", True, [("count", 3.5, None, None)], None),
    ("de", "Wiesbaden (dpa) - Für 215.900 Wohnungen haben die Bauämter bundesweit im vergangenen Jahr grünes Licht gegeben, so wenige wie seit 2010 nicht mehr.", True, [("count", 215900, None, None), ("year", 2010, None, None)], None),
    ("de", "Gegenüber dem Rekordjahr 2021 hat sich die Zahl damit um fast zwei Fünftel verringert.", True, [("year", 2021, None, None), ("fraction", 0.4, None, "nearly")], None),
    ("de", "Bauministerin Kornelia Wiechering-Haas sagte, die Regierung wolle jährlich 400.000 Wohnungen ermöglichen und stelle dafür bis 2028 insgesamt 18 Milliarden Euro bereit.", True, [("count", 400000, None, None), ("year", 2028, None, None), ("money", 18000000000, "EUR", None)], "Kornelia Wiechering-Haas"),
    ("de", "Ein Quadratmeter Neubau kostet in München inzwischen 11\u2009500 Euro, anderthalbmal so viel wie vor zehn Jahren.", True, [("money", 11500, "EUR", None), ("count", 1.5, None, None), ("duration", 10, "year", None)], None),
    ("de", "Viele Bauunternehmer fürchten eine Pleitewelle in der Branche.", False, [], None),
    ("en", "SYDNEY (AAP) - Temperatures reached 46.8C in western Sydney on Sunday, the hottest January day on record, as firefighters battled 84 blazes across NSW.", True, [("count", 46.8, None, None), ("count", 84, None, None)], None),
    ("en", "Thirty-one of the fires were not yet contained, the Rural Fire Service said.", True, [("count", 31, None, None)], None),
    ("en", "Some 1,200 firefighters and a dozen water-bombing aircraft were deployed.", True, [("count", 1200, None, "about"), ("count", 12, None, None)], None),
    ("en", "Total fire bans will stay in place for another 48 to 72 hours, Emergency Services Minister Fenella Drummoyne said.", True, [("duration", 48, "hour", None), ("duration", 72, "hour", None)], "Fenella Drummoyne"),
    ("en", "\"Do not be a hero, leave early,\" Drummoyne said.", False, [], None),
    ("en", "The overnight low in Penrith was 31.2C.", True, [("count", 31.2, None, None)], None),
    ("de", "Herning (dpa) - Die deutschen Handballer haben das EM-Halbfinale gegen Schweden mit 29:31 verloren und spielen am Sonntag um Bronze.", True, [], None),
    ("de", "Es war die erste Niederlage im achten Turnierspiel.", True, [("ordinal", 1, None, None), ("ordinal", 8, None, None)], None),
    ("de", "Rückraumspieler Jannik Haverbeck traf neunmal und ist mit 57 Toren bester Werfer des Turniers.", True, [("count", 9, None, None), ("count", 57, None, None)], None),
    ("de", "Bundestrainer Eberhard Söllner-Vogt sagte, er habe in den letzten zehn Minuten drei Zeitstrafen gegen seine Mannschaft gezählt.", True, [("duration", 10, "minute", None), ("count", 3, None, None)], "Eberhard Söllner-Vogt"),
    ("de", "„Wir können trotzdem stolz auf dieses Turnier sein“, sagte Söllner-Vogt.", False, [], None),
    ("de", "Die Fernsehübertragung sahen im Schnitt 9,43 Millionen Zuschauer, ein Marktanteil von 31,6 Prozent.", True, [("count", 9430000, None, None), ("percent", 31.6, "%", None)], None),
    ("en", "DALLAS (AP) — An arctic blast sent temperatures in Dallas down to 9 degrees (minus 13 Celsius) on Monday, and more than 300,000 homes and businesses lost power.", True, [("count", 9, None, None), ("count", -13, None, None), ("count", 300000, None, "over")], None),
    ("en", "About a quarter of those outages were in Harris County, utility officials said.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "At least 11 deaths have been linked to the cold, including two people found in a car on Interstate 35.", True, [("count", 11, None, "at_least"), ("count", 2, None, None)], None),
    ("en", "Grid operator ERCOT said demand peaked at 80,500 megawatts, surpassing the record set in August by more than 1,000 megawatts.", True, [("count", 80500, None, None), ("count", 1000, None, "over")], None),
    ("en", "Residents said they were worried that the grid would fail again as it did in 2021.", False, [("year", 2021, None, None)], None),
    ("en", "Gov. Clayton Bushrod said the state had spent $2.6 billion on winterizing power plants since then.", True, [("money", 2600000000, "USD", None)], "Clayton Bushrod"),
    ("de", "Neuenburg (Keystone-SDA) - Die Polizeikorps der Schweiz haben im vergangenen Jahr 52'314 Einbruchdiebstähle erfasst, 3,8 Prozent weniger als im Vorjahr.", True, [("count", 52314, None, None), ("percent", 3.8, "%", None)], None),
    ("de", "Die Aufklärungsquote lag bei knapp einem Zehntel, wie das Bundesamt für Statistik mitteilte.", True, [("fraction", 0.1, None, "nearly")], "das Bundesamt für Statistik"),
    ("de", "Bei Cyberbetrug verzeichnete die Polizei dagegen eine Zunahme um anderthalb Tausend Fälle auf 34'870.", True, [("count", 1500, None, None), ("count", 34870, None, None)], None),
    ("de", "Die Schadensumme stieg auf 1,12 Mia. Franken, nachdem sie sich seit 2020 beinahe verdreifacht hatte.", True, [("money", 1120000000, "CHF", None), ("year", 2020, None, None)], None),
    ("de", "Polizeikommandant Reto Giacometti-Hug sagte, rund zwei Drittel der Täter operierten aus dem Ausland.", True, [("fraction", 0.6667, None, "about")], "Reto Giacometti-Hug"),
    ("de", "«Jeder kann Opfer werden, auch die Vorsichtigsten», sagte Giacometti-Hug.", False, [], None),
    ("en", "SAN FRANCISCO, Jan 29 (Reuters) - Chipmaker Syncoravia posted fourth-quarter revenue of $14.2bn, up 37% from a year earlier and ahead of the $13.6bn-$13.8bn analysts had expected.", True, [("date", "--01-29", None, None), ("ordinal", 4, None, None), ("money", 14200000000, "USD", None), ("percent", 37, "%", None), ("money", 13600000000, "USD", None), ("money", 13800000000, "USD", None)], None),
    ("en", "Data-centre sales nearly tripled to $9.1 billion, accounting for almost two-thirds of the total.", True, [("money", 9100000000, "USD", None), ("fraction", 0.6667, None, "nearly")], None),
    ("en", "The company forecast first-quarter revenue of $15bn, plus or minus 2%.", True, [("ordinal", 1, None, None), ("money", 15000000000, "USD", None), ("percent", 2, "%", None)], None),
    ("en", "Chief executive Soren Aakerlund-Brandt said the company would hire about 3,000 engineers this year, a tenth of them in India.", True, [("count", 3000, None, "about"), ("fraction", 0.1, None, None)], "Soren Aakerlund-Brandt"),
    ("en", "Shares rose as much as 9% in extended trading, adding roughly $120bn to the company's market value.", True, [("percent", 9, "%", "up_to"), ("money", 120000000000, "USD", "about")], None),
    ("en", "Some investors worry that the spending boom on AI cannot last.", False, [], None),
    ("de", "Kitzbühel (APA) - Der Schweizer Flurin Sialm hat in 1:52,38 Minuten das Hahnenkamm-Rennen gewonnen, 0,17 Sekunden vor dem Österreicher Florian Hauslaib.", True, [("duration", 1, "minute", None), ("duration", 52.38, "second", None), ("duration", 0.17, "second", None)], None),
    ("de", "Für den 26-Jährigen war es der zweite Sieg in Kitzbühel und der elfte Weltcupsieg insgesamt.", True, [("duration", 26, "year", None), ("ordinal", 2, None, None), ("ordinal", 11, None, None)], None),
    ("de", "Bei minus 14 Grad am Start verfolgten rund 45.000 Zuschauer das Rennen.", True, [("count", -14, None, None), ("count", 45000, None, "about")], None),
    ("de", "Der Sieger erhält ein Preisgeld von 100.000 Euro, ein Drittel mehr als vor fünf Jahren.", True, [("money", 100000, "EUR", None), ("fraction", 0.3333, None, None), ("duration", 5, "year", None)], None),
    ("de", "„Die Streif ist und bleibt das Größte, was es im Skisport gibt“, sagte Sialm.", False, [], None),
    ("en", "NEW DELHI, Jan 30 (Reuters) - India will raise capital spending by 11% to 12.2 lakh crore rupees ($141 billion) in the fiscal year starting April 1, Finance Minister Kavita Moolchandani said.", True, [("date", "--01-30", None, None), ("percent", 11, "%", None), ("money", 12200000000000, "INR", None), ("money", 141000000000, "USD", None), ("date", "--04-01", None, None)], "Kavita Moolchandani"),
    ("en", "The fiscal deficit is targeted at 4.4% of GDP, down from 4.8% in the current year.", True, [("percent", 4.4, "%", None), ("percent", 4.8, "%", None)], None),
    ("en", "Roughly one in six rupees of spending will go on interest payments.", True, [("fraction", 0.1667, None, "about")], None),
    ("en", "Income tax will be waived on annual earnings of up to 1.2 million rupees, benefiting tens of millions of salaried workers.", True, [("money", 1200000, "INR", "up_to")], None),
    ("en", "\"This is a budget for every Indian,\" Moolchandani told parliament.", False, [], None),
    ("en", "Opposition lawmakers called the budget a giveaway to the rich.", False, [], None),
    ("en", "KANSAS CITY, Mo. (AP) — The Chiefs beat the Bills 27-24 to reach their sixth Super Bowl in eight seasons.", True, [("ordinal", 6, None, None), ("count", 8, None, None)], None),
    ("en", "The winning field goal came from 51 yards with 64 seconds left.", True, [("count", 51, None, None), ("duration", 64, "second", None)], None),
    ("en", "The game was played at 4 degrees Fahrenheit, the second-coldest playoff game in franchise history.", True, [("count", 4, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Quarterback Deshawn Pellington threw for 312 yards and three touchdowns.", True, [("count", 312, None, None), ("count", 3, None, None)], None),
    ("en", "A crowd of 73,127 braved the cold, and hundreds of fans were treated for frostbite.", True, [("count", 73127, None, None)], None),
    ("de", "Nürnberg (dpa) - Im Januar waren in Deutschland 3,03 Millionen Menschen arbeitslos gemeldet, 186.000 mehr als im Dezember und erstmals seit 2015 wieder über der Marke von drei Millionen.", True, [("count", 186000, None, None), ("count", 3030000, None, None), ("year", 2015, None, None), ("count", 3000000, None, None)], None),
    ("de", "Die Arbeitslosenquote stieg auf 6,6 Prozent, ein Plus von 0,4 Punkten, wie die Bundesagentur für Arbeit mitteilte.", True, [("percent", 0.4, "pp", None), ("percent", 6.6, "%", None)], "die Bundesagentur für Arbeit"),
    ("de", "Rund eineinhalb Millionen Menschen sind seit mehr als einem Jahr ohne Job.", True, [("count", 1500000, None, "about")], None),
    ("de", "BA-Vorständin Gunhild Brockschmidt sagte, in der Industrie seien binnen zwölf Monaten gut 110.000 Stellen verloren gegangen.", True, [("duration", 12, "month", None), ("count", 110000, None, "over")], "Gunhild Brockschmidt"),
    ("de", "Kurzarbeit wurde für 210.000 bis 230.000 Beschäftigte angezeigt.", True, [("count", 210000, None, None), ("count", 230000, None, None)], None),
    ("de", "Ob die Konjunktur im Frühjahr anspringt, können auch die Ökonomen der Bundesagentur nicht sagen.", False, [], None),
    ("en", "SINGAPORE, Jan 30 (Reuters) - Container freight rates from Shanghai to Rotterdam jumped 23% this week to $4,870 per 40-foot box, roughly two-and-a-half times their level a year ago.", True, [("date", "--01-30", None, None), ("percent", 23, "%", None), ("money", 4870, "USD", None), ("count", 40, None, None), ("count", 2.5, None, "about")], None),
    ("en", "Diverting ships around the Cape of Good Hope adds 10 to 14 days and about 3,500 nautical miles to the voyage.", True, [("duration", 10, "day", None), ("duration", 14, "day", None), ("count", 3500, None, "about")], None),
    ("en", "Traffic through the Suez Canal is running at about 3/5 of its 2023 level.", True, [("fraction", 0.6, None, "about"), ("year", 2023, None, None)], None),
    ("en", "Shipping line Skagerline said a dozen of its vessels had been rerouted in January alone.", True, [("count", 12, None, None)], None),
    ("en", "\"There is no end in sight,\" Skagerline chief executive Magnus Ellefsen said.", False, [], None),
    ("de", "Potsdam (dpa) - Das vergangene Jahr war in Deutschland mit einer Mitteltemperatur von 10,9 Grad das wärmste seit Beginn der Aufzeichnungen 1881.", True, [("count", 10.9, None, None), ("year", 1881, None, None)], None),
    ("de", "Es lag damit 2,6 Grad über dem Mittel der Referenzperiode 1961–1990.", True, [("count", 2.6, None, None), ("year", 1961, None, None), ("year", 1990, None, None)], None),
    ("de", "An 23 Tagen wurden 30 Grad oder mehr gemessen, der tiefste Wert in Köln lag bei minus 4,8 Grad.", True, [("duration", 23, "day", None), ("count", 30, None, "at_least"), ("count", -4.8, None, None)], None),
    ("de", "Klimaforscherin Marlene Ohlendiek sagte, die Erwärmung in Deutschland verlaufe etwa anderthalbmal so schnell wie im globalen Mittel.", True, [("count", 1.5, None, "about")], "Marlene Ohlendiek"),
    ("de", "„Wir erleben die Zukunft, vor der wir seit Jahrzehnten gewarnt haben“, sagte Ohlendiek.", False, [], None),
    ("en", "TOKYO (AFP) - Japan welcomed a record 36.9 million foreign visitors last year, nearly a fifth more than in 2019.", True, [("count", 36900000, None, None), ("fraction", 0.2, None, "nearly"), ("year", 2019, None, None)], None),
    ("en", "Visitors spent 8.1 trillion yen ($52 billion), with South Koreans accounting for about one in four arrivals.", True, [("money", 8100000000000, "JPY", None), ("money", 52000000000, "USD", None), ("fraction", 0.25, None, "about")], None),
    ("en", "Kyoto will raise its hotel tax to as much as 10,000 yen per night from March.", True, [("money", 10000, "JPY", "up_to")], None),
    ("en", "Tourism Minister Haruka Sakaguchi said the government's goal was 60 million foreign arrivals a year by 2030.", True, [("count", 60000000, None, None), ("year", 2030, None, None)], "Haruka Sakaguchi"),
    ("en", "Residents of Kyoto's Gion district say the crowds have made daily life unbearable.", False, [], None),
]
