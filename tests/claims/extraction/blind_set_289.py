"""Two-hundred-and-eighty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Irmtraud Kesselring-Obst, Ottfried Brennecke-Lamm, Gerlinde Puchberger-Hainz, Beat
Tschümperlin-Wyss, Tarifquell, Rheinstrom, Barnabas Chepkwony Wambua, Meseret
Alemayehu-Tadesse, Aurel Plaggenborg, Hartwig Zöllinger-Brack, Korvalt, Ragnhild
Eisfelder-Matt, Florentin Gschwandtner-Ebner, Corinne Walliser-Pfister, Roswitha
Hellwege-Damm, Edeltraud Schmalfeldt-Ruhe, Hannelore Brückmann-Iffland, Ilka
Vossenkuhl-Brandt, Balthasar Odenwäller, Mechthild Sandhövel; Gideon Ashgrove-Pell, Redfield
Analytics, Lorna Chetwynd-Baptiste, Dorrigo Pentland, Meenakshi Raghunathan-Iyer, Marcus
Delahoussaye, Brightlattice, Anselm Varga-Whitcombe, Elias Brannstrom, Roderick
Haltwhistle, Fatoumata Keita-Bramwell, Flyvana, Beatrix Solheim-Dunmore, Ciaran
Blackmore-Hale, Hayato Kurobane, Gwendolyn Ashby-Trask, Perpetua Langridge, Halvard
Quintanilla-Ross, Philippa Eddleston-Roe, Thaddeus Mulcaster, Tamsin Overbury-Kyle, Callista
Wanganeen; every unnamed spokesperson, commuter, trader, resident, judge, winner and
economist); ministers, agency heads and officials of real governments and bodies appear
under made-up names that stand for no real holder, or by their role only („die
Staatsministerin“, „ein Händler“, "the judge", "the company's chief executive", "a senior
economist at a Toronto bank"). Real states, bodies, places and things (Statistisches
Bundesamt, Bund der Steuerzahler, Bahn, Rhein-Main-Gebiet, Wien, Keystone-SDA, Seco, Berlin-Marathon, A8, Leonberg, Deutschlandtrend, Union, SPD,
Grüne, Deutscher Wetterdienst, Alte Pinakothek, Auswärtiges Amt, Welternährungsprogramm,
IQB-Bildungstrend, KMK, Gewerkschaft Erziehung und Wissenschaft, Dax, Dow Jones; the Bank of
England, the Office for National Statistics, NAHB, the Rural Fire Service, New South Wales,
Chicago, New York, Manchester United, Tottenham Hotspur, Old Trafford, the World Health
Organization, Airbus, the National Grid, Ofgem, Adobe Analytics, Southwark Crown Court, the
Commerce Department, the Institute for Fiscal Studies, NASA, the Channel, Brent, OPEC+, the
British Museum, Georgia, Statistics Canada, and the datelines' cities) stand for the way
wire copy names them; every rate, sum, share, tally, rank, age, span, date, score and quote
here is invented, and where a real figure came to mind (a real population, a real tax
estimate, a real jobless rate, a real trade or GDP figure, a real marathon time) it was
changed.

Its weight: HARD NUMBER FORMS, sixth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth and
two-hundred-and-eighty-first batches were the first five rounds, and the seventeenth weighed
the same forms long before them; their decisions are kept) over ordinary news topics, 45
short stories with the German stories first and the English ones after, each told as wire
copy runs it (a dateline lead, the figures, attributed claims, quotes, the other side):
Germany's population, the tax estimate, a signal failure near Frankfurt, Vienna rents,
Swiss unemployment, electricity prices, the Berlin marathon, hospital beds, a motorway
crash, an engineering firm's quarter, a poll, Austria's harvest, snow and a mild November,
Swiss hotel nights, crime figures, pensions, reading skills, building permits, a Dürer
show, aid for Sudan, smartphone time and the Dax; British GDP, U.S. housing, a Sydney
heatwave, Indian GDP, Chicago homicides, a cloud firm's quarter, a Premier League game,
obesity, a budget airline, British wind power, Japan's population, Black Friday, a fraud
sentence, the U.S. trade gap, school absence, a moon landing, Channel crossings, German
electric cars, oil, the British Museum, a Georgia runoff, Australian eggs and Canadian jobs.
Its weight is the forms numbers take: ranges written every way („zwischen 3 und 5 Prozent“,
„um 3 bis 5 Prozent“, „3 bis 5 Millionen Erwachsene“, „5.000 bis 5.500“, „5,4 bis 5,6
Tonnen“, „auf minus 8 bis minus 12 Grad“, „von 1,4 bis 3,1 Prozentpunkten“, „vom 3. bis 5.
November“, „bei den 14- bis 19-Jährigen“, "between 0.2% and 0.3%", "1.2-1.5%", "10-20%",
"6.8%-7.0%", "10% to 25%", "42C to 44C", "$2.4bn to $2.45bn", "a $60-65 range",
"A$7.50-A$9", "from £18 to £24", "from minus 130C ... to 120C", "eight to ten weeks", "from
Nov. 25 to Nov. 29", "between a third and half"); figures with digits and scale words
(„2 Millionen“, „1,5 Mrd. Euro“, „118 Mio. Euro“, „1,02 Billionen Euro“, „fast eine halbe
Milliarde Euro“, "$2.31bn", "£2.8tn", "$2tn", "7.2 trillion yen", "11.2 lakh crore rupees
($131 billion)", "a 1.2 million-barrel build"); multiples and divisions beside verbs that
carry none („um das Dreifache“, „um das Zweieinhalbfache“, „beim Anderthalbfachen“, „etwa
das Doppelte“, „fast dreimal so viele“, „doppelt so viel“, "almost three times", "roughly 9
times", "more than double", "half the pace", "down by half", "less than half", "a third",
"a fifth more", "nine in ten"; „verdoppelt“, „verdreifacht“, „halbierte sich“, „halbieren“,
"doubled", "tripled", "quadrupled", "double spending" none); per-unit figures („pro Kopf“,
„je Einwohner“, „je 1.000 Einwohner“, „je Quadratmeter“, „je Versicherten“, „je Rentner“,
„pro Übernachtung“, "per capita", "per head", "per seat", "per car", "per woman", "per
100,000 residents", "every minute"); dates and clock times beside counts („zwischen 6.30 Uhr
und 9 Uhr“, „gegen 22.40 Uhr“, „um 9.15 Uhr“, „ab dem 11. Juli“, „zum 1. Januar 2026“,
"at 4pm", "at 2:47 p.m. EST", "between 10 a.m. and 2 p.m.", "by 1130 GMT", "until June 30,
2026"); ordinals in words and digits („im dritten Quartal“, „die dritte binnen zwei
Wochen“, „der vierte schwere Unfall“, „der zweitbeste Wert“, „zweitplatzierten“, "the 88th
minute", "the 64th consecutive", "the 16th straight", "a 54th consecutive year", "ninth in
the table"); decades that carry none („seit den 80er-Jahren“, „in den 70er-Jahren“, „seit
den 1990er-Jahren“, „in den 2010er-Jahren“, „Mitte der 2040er-Jahre“, „Anfang der
2000er-Jahre“, "the 1990s", "the early 2000s", "the early 2010s", "the early 1980s", "the
mid-1990s", "the middle of the last decade"); and hedges before and after the figure
(„rund“, „knapp“, „gut“, „fast“, „etwa“, „mehr als“, „über“, „bis zu“, „unter“, „oder
älter“, "about", "roughly", "some", "an estimated", "nearly", "almost", "more than", "less
than", "as much as", "up to", "at least", "or older"). Negatives stand beside them: rhetoric
in quotes from ministers, managers and officials, labels („sprach von“,
„halten ... für“, "called"), fears, doubts, hopes, speculation and unnamed voices - two of
them carrying an ordinal, labelled.

233 rows (117 German, 116 English), 45 negatives (22 German, 23 English), 188 check-worthy
rows of which 2 carry no figure (1 German, 1 English), 454 expected quantities (134 counts,
81 percentages - 76 in %, 5 in percentage points -, 62 amounts of money - 25 EUR, 24 USD, 6
GBP, 3 AUD, 1 each CAD, CHF, INR, JPY -, 53 durations - 22 in years, 8 in months, 6 each in
hours, minutes and weeks, 3 in seconds, 2 in days -, 40 years, 34 fractions, 26 ordinals, 24
dates; 2 of them in two negatives, as the seventeenth batch labels a figure in a negative),
36 checked speakers (19 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches (a price portal, an education secretary's surname, two runners' names) were
replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, doubt or piece of rhetoric is a negative with
  speaker None, also with a named speaker (seventh, ninety-eighth, hundred-ninety-ninth,
  two-hundred-and-eighty-first); a reported fact, figure, step, plan or forecast is
  check-worthy with its speaker, also in Konjunktiv I. Pairs from one speaker:
  Brennecke-Lamm's four years, Puchberger-Hainz's 5,000 to 5,500 flats, Tschümperlin-Wyss's
  3.2 percent, Plaggenborg's 90 to 110 million euros, Zöllinger-Brack's 400 clinics,
  Eisfelder-Matt's 1,200 jobs, Gschwandtner-Ebner's damage, Walliser-Pfister's 370 francs,
  Hellwege-Damm's 58 percent, Schmalfeldt-Ruhe's 48 percent, Brückmann-Iffland's 2028/29,
  Vossenkuhl-Brandt's 150,000, Odenwäller's 4.5 million euros, Ashgrove-Pell's 1.2-1.5%,
  Pentland's three weeks, Raghunathan-Iyer's lakh crore, Delahoussaye's 37%,
  Varga-Whitcombe's 9,000, Keita-Bramwell's 10-20%, Solheim-Dunmore's quarter,
  Blackmore-Hale's gigawatts, Kurobane's yen, Quintanilla-Ross's tariffs, Eddleston-Roe's
  teachers, Mulcaster's backlog and Overbury-Kyle's range beside their quotes. Odenwäller's
  „der erste Popstar“ and Varga-Whitcombe's "the first inning" are rhetoric with ordinal 1
  labelled (the seventeenth batch labels a figure in a negative). Reported fears, hopes and
  doubts („Verbraucherschützer fürchten“, „Anwohner fragen sich“, „nach Ansicht von
  Beobachtern“, "Retailers hope", "Industry executives doubt") and a vox pop ("Shoppers in
  Melbourne said they were switching") are negatives (two-hundred-and-seventy-sixth);
  "Charities accused the government of treating refugees as a political problem" is an
  accusation naming no act (two-hundred-and-fourth). Check-worthy without a figure: „hat
  sich der Gaspreis ... in etwa verdoppelt“ and "The economy has roughly tripled in size
  since the middle of the last decade" - a verb of multiplying states a checkable change
  and carries none (hundred-fifty-second, two-hundred-and-eighty-first), and the hedge
  before it bounds no figure.
- Ranges, each end its own figure, the unit, scale word and currency written once serving
  both (seventeenth, two-hundred-and-tenth, two-hundred-and-sixty-fifth,
  two-hundred-and-eighty-first): „zwischen 3 und 5 Prozent“ and „um 3 bis 5 Prozent“ 3 and 5
  %, „zwischen 20 und 90 Minuten“ both minutes, „5.000 bis 5.500“, „zwischen 90 und 110
  Millionen Euro“ 9e7 and 1.1e8 EUR, „7 bis 8 Prozent statt bisher 9 bis 10 Prozent“ all
  four, „vom 3. bis 5. November“ both dates, „von 1,4 bis 3,1 Prozentpunkten“ both pp, „5,4
  bis 5,6 Tonnen“, „180 bis 200 Millionen Euro“, „30 bis 50 Zentimeter“, „auf minus 8 bis
  minus 12 Grad“ -8 and -12, „zwischen 12 und 22 Euro“, „300 bis 350 Millionen US-Dollar“
  USD, „3 bis 5 Millionen Erwachsene“ 3e6 and 5e6, „zwischen 22.500 und 24.000 Punkten“;
  "between 0.2% and 0.3%", "1.2-1.5%", "10-20%", "6.8%-7.0%" (two-hundred-and-sixty-fifth:
  "0.1–0.3%"), "10% to 25%", "42C to 44C", "10 to 12 degrees", "$2.4bn to $2.45bn", "28 to
  30 new Airbus jets", "from £18 to £24", "6.6% to 6.7%", "A$7.50-A$9" 7.5 and 9 AUD
  (two-hundred-and-tenth: "$180m-$220m"), "from Nov. 25 to Nov. 29" both dates, "eight to
  ten weeks" both weeks, "from minus 130C at night to 120C" -130 and 120, "aged 5 to 19" and
  "aged 15 to 24" both years, "between a third and half" 0.3333 and 0.5. „zwischen 2026 und
  2030“ both years (every batch). New: "a $60-65 range" is 60 and 65 USD - the dollar sign
  before the first figure serves the second as "300m-400m euros" serves both
  (two-hundred-and-tenth). New: „bei den 14- bis 19-Jährigen“ and „Bei den 15- bis
  24-Jährigen“ are ages 14 and 19, 15 and 24 years - the hyphen after the first figure holds
  the place of „-Jährigen“ written once, as „anderthalb bis zwei Tage“ serves both ends
  (two-hundred-and-eighty-first). "rise by £35 to £1,755" is a change and a level, two
  amounts, not a range ("to" after "by").
- Scale words (hundred-ninety-ninth, two-hundred-and-sixty-fifth,
  two-hundred-and-eighty-first): „knapp 83,6 Millionen“, „rund 2 Millionen Menschen“, „2,9
  Mio. Tonnen“, „24,6 Mio. Logiernächte“, „knapp 2,1 Millionen Nächte“, „5,94 Millionen
  Fälle“, „rund 21 Millionen Ruheständler“, „mehr als 11 Millionen Vertriebene“ counts; „1,5
  Mrd. Euro“, „118 Mio. Euro“, „2,3 Milliarden Euro“, „rund 4,5 Mio. Euro“, „125 Millionen
  Euro“, „rund 1,02 Billionen Euro“ 1.02e12 EUR "about" (a German „Billion“ is 10^12);
  "£2.8tn" 2.8e12 GBP "about", "an estimated $2tn" 2e12 USD "about", "$2.31bn", "$2.25bn",
  "$11.8bn", "$8.8bn", "$331.4bn", "about $9bn", "up to $5 billion", "$63.1 billion",
  "roughly $990 million", "$101.5 million", "about $12.5 million", "7.2 trillion yen" JPY,
  "11.2 lakh crore rupees ($131 billion)" 1.12e13 INR and 1.31e11 USD (fifteenth and
  two-hundred-and-eighty-first: the dollars in brackets a second amount), "16.2 million
  passengers", "123.8 million", "6.48 million visitors", "about 890 million", "some 1.4
  million miles", "15 million electric cars", "about 4 million a year", "3.6 million
  barrels" and "a 1.2 million-barrel build" counts (two-hundred-and-eighty-first: "a 1
  million-barrel draw"). New: "£2.8tn" and "$2tn" are trillions - "tn" after a figure is
  the scale word as "bn" and "m" are. „fast eine halbe Milliarde Euro“ is 5e8 EUR "nearly"
  (earlier batches: „eine halbe Milliarde Euro“, "half a million bpd").
- Multiples and divisions (hundred-sixteenth, hundred-ninety-ninth,
  two-hundred-and-sixty-fifth, two-hundred-and-eighty-first): multiples are counts with
  their hedges - „um etwa das Anderthalbfache“ 1.5 "about", „beim Anderthalbfachen“ 1.5
  (hundred-twenty-second: „das Anderthalbfache“), „etwa das Doppelte“ 2 "about", „fast
  dreimal so viele“ 3 "nearly", „doppelt so viel“ 2, „um das Dreifache“ 3 (as „das
  Dreifache der ... Summe“), "almost three times" 3 "nearly", "roughly 9 times" 9 "about",
  "more than double New York's" 2 "over" (forty-seventh: „mehr als das Doppelte“). New:
  „um das Zweieinhalbfache“ is count 2.5 - „-einhalb“ joined to a number word before
  „-fache“ adds its half as in „einer zweieinhalbstündigen Vollsperrung“
  (two-hundred-and-eighty-first). Halves are fractions 0.5 where a noun or "by" carries
  them: „etwa die Hälfte“ 0.5 "about" (twice), „Gut die Hälfte“ 0.5 "over", "half the pace"
  0.5, "half of the sentence" 0.5 ("Half of the penalty", two-hundred-and-seventy-sixth),
  "down by half" 0.5 (hundred-twenty-fifth: "by half" 0.5), "less than half the level" 0.5
  "under", "between a third and half" 0.5; „eine halbe Stunde“ is 0.5 hours (twelfth
  batch). The verbs carry none: „mehr als verdoppelt“, „verdoppelt“, „nahezu verdoppelt“,
  „in etwa verdoppelt“, „fast verdreifacht“, „halbierte sich ... nahezu“, „halbieren“,
  "roughly doubled", "more than doubled", "tripled", "roughly tripled", "quadrupled",
  "would double spending" (nineteenth, thirty-third, two-hundred-and-eighty-first).
- Fractions (the issue; every batch): „Jeder fünfte“ 0.2, „Fast jedes vierte Kind“ 0.25
  "nearly", „jeder dritte von ihnen“ 0.3333, „um ein Drittel“, „bei einem Drittel“ 0.3333,
  „etwa ein Drittel davon“ 0.3333 "about", „gut ein Drittel weniger“ 0.3333 "over", „Knapp
  zwei Drittel“ 0.6667 "nearly", „um fast ein Viertel“ 0.25 "nearly", „rund ein Zehntel
  weniger“ and „um etwa ein Zehntel“ 0.1 "about", „um ein Zehntel weniger“ 0.1; "by nearly a
  third" 0.3333 "nearly", "by roughly a third" and "by about a third" 0.3333 "about", "less
  than a fifth of China's" 0.2 "under", "a fifth more" 0.2, "by about a fifth" 0.2 "about",
  "by a quarter" 0.25, "one in four" 0.25, "Nearly one in five" 0.2 "nearly", "at least a
  tenth of lessons" 0.1 "at_least", "about a tenth below" 0.1 "about", "nearly two-thirds"
  0.6667 "nearly", "nine in ten of them" 0.9 (two-hundred-and-seventy-sixth: "about nine in
  ten").
- Per-unit figures: the base named without a figure carries none („pro Kopf“, „je
  Einwohner“ as in earlier batches, „je Quadratmeter“, „je Versicherten“, „je Rentner“,
  „je Kilowattstunde“, „pro Übernachtung“, „pro Quadratmeter“, „pro Tag“, „pro Jahr“, „im
  Jahr“, „im Monat“, "per capita", "per head", "per seat", "per car", "per woman", "per
  pupil", "a year", "annually", "every minute", "a barrel", "barrels per day"); a base
  written with a figure is a count (two-hundred-and-seventy-sixth: "per 100 millilitres"
  100): „je 1.000 Einwohner“ 1,000, „Je 100.000 Einwohner“ 100,000, "per 100,000
  residents" 100,000. The figure before the base keeps its kind: „gut 12.100 Euro“ money
  "over", „15 Euro je Quadratmeter“ money, „36,8 Cent je Kilowattstunde“ 0.368 EUR and „um
  2,1 Cent auf 39,9 Cent“ 0.021 and 0.399 EUR (Cent as hundredths, hundred-thirty-eighth),
  „4.170 Euro“, „370 Franken“ CHF, "about $2,700 annually" USD "about", "about 11 euros"
  EUR "about", "up to 9,000 euros per car" EUR "up_to", „57,2 Kilogramm“ a count, „von 8,3
  auf 5,8“ counts (beds per 1,000), „von sechs auf etwa zwei“ 6 and 2 "about", "1.15
  children per woman ... the 2.1" counts, „gut 2.700 pro Tag“ 2,700 "over".
- Dates and clock times beside counts: clock times carry none (hundred-forty-third,
  two-hundred-and-eighty-first: „gegen 2.40 Uhr“, "by 1130 GMT"): „zwischen 6.30 Uhr und 9
  Uhr“, „gegen 22.40 Uhr“, „um 9.15 Uhr“, "at 4pm", "at 2:47 p.m. EST", "between 10 a.m.
  and 2 p.m.", "by 1130 GMT", "until midnight"; the counts beside them stay („mehr als 140
  Züge“, „drei ... und zwölf“, „bei 11 Grad“, "63 blazes ..., 18 of them"). Dates: „ab dem
  11. Juli“ --07-11, „seit dem 1. März“ --03-01, „ab dem 1. Juli“ --07-01, „zum 1. Januar
  2026“ 2026-01-01, "until June 30, 2026" 2026-06-30, "from Jan. 1" --01-01 (hundred-
  sixtieth, two-hundred-and-forty-fifth); Reuters datelines with a day as dates without a
  year ("LONDON, Nov 13", "WASHINGTON, Nov 19", "NEW DELHI, Dec 2", "SAN FRANCISCO, Oct 30",
  "MANCHESTER, England, Dec 7", "GENEVA, Oct 9", "FRANKFURT, Oct 28", "NEW YORK, Nov 29",
  "WASHINGTON, Dec 4", "LONDON, Aug 22", "BERLIN, Jan 8", "LONDON, March 3", "SYDNEY, Feb
  11", "OTTAWA, Dec 5"); dpa, dpa/lhe, dpa/lnw, dpa/lsw, dpa/lby, dpa-AFX, APA,
  Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth). Weekdays, months and seasons
  none („am Dienstag“, „im Oktober“, „im Juni und Juli“, "on Saturday", "in October", "from
  April", "by the summer"). Years: „seit 2015“, „bis 2030“ (twice), „zwischen 2026 und
  2030“, „Frühjahr 2023“, „bis 2035“, „2024“, „seit 2013“, „der Jahre 1991 bis 2020“, „im
  Rekordjahr 2023“, „von 2019“, „im Spitzenjahr 2021“, „seit der Wiedereröffnung des Hauses
  1957“, „im April 2023“, „als 2019“, „2016“ opening a row, „bis Ende 2026“, „bis 2031“,
  „zwischen März und Juni 2024“, „Schuljahr 2028/29“ both years (fortieth: "2025/26"),
  "since mid-2020", "March 2026", "since 1965", "since 1990", "in 2026", "fiscal 2028",
  "since 2022", "in 2018-19" both years, "by 2029", "in 2010", "January-July 2024", "in
  2020", "the 2022 peak", "by 2030", "in 2019", "since 2012".
- Decades carry none (thirty-ninth, hundred-seventy-first, hundred-ninety-ninth: "the late
  2030s", „Mitte der 2030er-Jahre“): „seit den 80er-Jahren“, „in den 70er-Jahren“ (in a
  negative), „seit den 1990er-Jahren“, „seit Anfang der 1990er-Jahre“, „in den
  2010er-Jahren“, „gegenüber den 2010er-Jahren“, „Anfang der 2010er-Jahre“, „seit den
  1960er-Jahren“, „seit Anfang der 2000er-Jahre“, „in den 2000er-Jahren“, „Mitte der
  2040er-Jahre“, „seit den 1990er-Jahren nicht mehr“, "the 1990s", "the early 2000s", "the
  early 2010s", "the early 1980s", "the mid-1990s", "the middle of the last decade", "over
  a decade". New: the two-digit German decade „80er-Jahre“ and „70er-Jahre“ carries none as
  the four-digit one does - it names a span of ten years and no year.
- Ordinals (every batch): „im dritten Quartal“ 3, „die dritte binnen zwei Wochen“ 3,
  „der vierte schwere Unfall“ 4, „im ersten Quartal“ 1, „nach ersten Erkenntnissen“ 1
  (hundred-tenth), „in der vierten Klasse“ 4, „in den ersten neun Monaten“ 1 with 9 months
  (eightieth), „der zweitbeste Wert“ 2 (the issue's „drittgrößte“), „den dritten
  Wochengewinn in Folge“ 3, "the third quarter" 3, "a sixth consecutive quarter" 6,
  "third-quarter revenue" 3, "fourth-quarter revenue" 4, "the 88th minute" 88, "first win"
  1, "ninth in the table" 9, "the 64th consecutive home sellout" 64, "the first time" 1,
  "the 16th straight annual decline" 16, "a 54th consecutive year" 54, "the third private
  spacecraft" 3, "the first seven months" 1 with 7 months, "the third such increase" 3.
  New: „vor ihrer zweitplatzierten Landsfrau“ is ordinal 2 - „zweit-“ fused to a placing
  ranks as „drittgrößte“ does. None: „so viele wie nie zuvor“, "a record", "the lowest",
  "the highest".
- Durations (the issue; every batch): „in 2:03:41 Stunden“ and „in 2:17:05 Stunden“ each
  part (two-hundred-and-sixty-fifth: „4:36:12 Stunden“), „um 42 Sekunden“, „mehr als drei
  Minuten“ "over", „rund fünfeinhalb Stunden“ 5.5 hours "about" (twentieth:
  „siebeneinhalb“), „3 Stunden und 12 Minuten“ each part, „eine halbe Stunde“ 0.5 hours,
  „mehr als fünf Stunden“ "over", „binnen zwei Wochen“, „binnen vier Jahren“, „vor drei
  Wochen“, „vor zwei Jahren“ (two-hundred-and-eighty-first), „in 16 Wochen“, „in den
  nächsten fünf Jahren“ 5 years, „nach 45 Jahren Beitragszahlung“ 45 years, "the previous
  three months" 3 months, "a 30-year fixed mortgage" 30 years, "about three weeks earlier"
  "about", "in the ten months through October" 10 months, "in 12 months", "over the next
  two years" 2 years, "the three months to September", "the 12 months to June", "seven and
  a half years" 7.5 years, "over 45 days" 45 days ("over" before a span no hedge), "for
  about 14 Earth days" 14 days "about", "in six months", "within eight to ten weeks". Ages
  are durations in years („67 Jahre oder älter“ 67 with no hedge - "or older" is none, as
  in the hundred-third batch -, „der über 80-Jährigen“ 80 "over", „Ein 34-jähriger Autofahrer“,
  „unter 14 Jahren“ and „unter fünf Jahren“ "under", "aged 65 or older" 65 with no hedge,
  "Gwendolyn Ashby-Trask, 58,"). None: „im vergangenen Jahr“, „im Vorjahr“, „im Jahr
  davor“, „ein Jahr zuvor“, „vor einem Jahr“, „im kommenden Jahr“, „in diesem Jahr“,
  „jährlich“, „Täglich“, „täglich“, „jedes Jahr“, „heuer“, „seit Jahresbeginn“, „bis
  Jahresende“, „im Sommerhalbjahr“, "last year", "this year", "next year", "a year
  earlier", "a year ago", "a month earlier", "last week", "last month", "the past year",
  "since the start of the year", "over a decade".
- Counts otherwise: „um rund 120.000“, „gut 21.000“, „rund 35.000 Pendler“, „rund 2.000
  Stellwerke“, „eine 70-Quadratmeter-Wohnung“ 70 (two-hundred-and-sixty-fifth: "the
  480-metre-wide rock"), „136'214 Personen“ and „rund 11'000“ (Swiss apostrophe, tenth
  batch), „3.500 Kilowattstunden“, „Rund 48.000“, „aus 150 Ländern“, „etwa 400 der rund
  1.700 Kliniken“, „bis zu 1,9 Promille“ "up_to", „bis zu 14 Kilometer“ "up_to", „rund 1.200
  der 18.500 Stellen“, „1.314 Wahlberechtigte“, „gut 6 Tonnen“ "over", „oberhalb von 1.500
  Metern“ 1,500 with no hedge („oberhalb von“ names a place, not a bound of the figure),
  „bis zu 80 Zentimeter“ "up_to", „6,1 Grad“ and „um 1,9 Grad“ (temperatures, fourth
  batch), „41 Litern“, „fast 5 Kilogramm“ "nearly", „rund 29.000 Fälle“, „7.050
  Straftaten“, „gut 26.800“ "over", „1.460 Schulen“, „161.400 Wohnungen“, „400.000“ and
  „rund 150.000“, „mehr als 310.000“ "over", „23.412 Punkte“, „zwischen 22.500 und 24.000
  Punkten“ (index points are counts); "912,000", "More than 2,300 firefighters" "over",
  "some 90 aircraft" "about", "21 of the state's 44", "341", "313 killings", "more than
  9,000" "over", "from two goals down" 2, "11 goals in his last 14 appearances", "A crowd of
  73,411", "46 clients", "three properties", "about 1,100 product lines" from "some"
  "about", "6,500 extra teachers", "10 instruments", "28,076", "61 people, up from 53 ...
  about 13", "roughly 56,000 cases", "572,000", "411,000 barrels per day", "2.1 million",
  "about 39,000 votes", "about 1.5 million hens", "A dozen eggs" 12 (the issue's "two
  dozen"), "14,000 jobs", "about 95,100". Scores carry none ("3-2"; hundred-thirty-third).
  None: „A8“ (a road name, two-hundred-and-forty-ninth), "OPEC+", "a record".
- Percentages: „Prozent“ and "%" in %, points in pp (twenty-seventh,
  two-hundred-and-eighty-first): „4,1 Prozentpunkte weniger“ 4.1 pp, „zwei Punkte mehr“ 2
  pp and „anderthalb Punkte auf 15“ 1.5 pp and 15 % (poll points; the unit written once
  serving the elliptic „bei 12“ 12 %, hundred-twenty-second), „von 1,4 bis 3,1
  Prozentpunkten“ pp, „mehr als 40 Prozent“ "over", „über 3,5 Prozent“ "over" („zeitweise“
  no hedge), „etwa 3,2 Prozent“ "about", „gut 8 Prozent“ "over", „knapp 18 Prozent“
  "nearly"; "roughly 96%", "roughly 8%", "about 2%", "about 40%", "about 11%", "roughly 29%"
  "about", "as much as 11%" and "as much as 40%" "up_to" (sixth), "won by 51.4% to 48.6%"
  both.
- Money in the currency written (every batch): EUR, USD („US-Dollar“ and "$"), GBP ("£"),
  AUD ("A$"), CAD ("C$35.12"), CHF („Franken“), INR, JPY; "Brent crude fell $1.14, or 1.6%,
  to $70.22" both amounts (two-hundred-and-eighty-first: "lost $1.12, or 1.4%").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "some", "an
  estimated" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "Nearly", "almost"
  "nearly"; „gut“, „Gut“, „mehr als“, „über“ before a figure, "more than", "More than"
  "over"; „unter“ before an age, "less than" "under"; „bis zu“, "up to", "as much as"
  "up_to"; "at least" "at_least". No hedge: „im Schnitt“, „durchschnittlich“, "On average",
  „nur“, "only", „insgesamt“, „Insgesamt“, „weitere“, „zeitweise“, „zuletzt“, „bereits“,
  „derzeit“, „noch“, „oberhalb von“, „zwischen“, „bis“, "between", "to", "a record", "or
  older", „oder älter“, "over" before a span, "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das Statistische
  Bundesamt am Montag mit“ -> "das Statistische Bundesamt", „teilte die Polizei mit“, „teilte
  der Deutsche Wetterdienst mit“, „teilte das Auswärtige Amt am Mittwoch mit“ the source
  with its article, the weekday dropped (two-hundred-and-tenth, two-hundred-and-eighty-first);
  „nach Angaben der Bahn“ -> "die Bahn" (hundred-sixtieth: „nach Angaben des Instituts“ ->
  "das Institut"); „Finanzstaatssekretär Ottfried Brennecke-Lamm sagte, ...“,
  „Wohnbaustadträtin Gerlinde Puchberger-Hainz sagte, ...“, „Seco-Ökonom Beat
  Tschümperlin-Wyss sagte, ...“, „Gesundheitsminister Hartwig Zöllinger-Brack sagte, ...“,
  „Konzernchefin Ragnhild Eisfelder-Matt sagte, ...“, „Landwirtschaftsminister Florentin
  Gschwandtner-Ebner sagte, ...“, „Tourismusdirektorin Corinne Walliser-Pfister sagte,
  ...“, „Innenministerin Roswitha Hellwege-Damm sagte, ...“, „Arbeitsministerin Edeltraud
  Schmalfeldt-Ruhe sagte, ...“, „KMK-Präsidentin Hannelore Brückmann-Iffland sagte, ...“,
  „Bauministerin Ilka Vossenkuhl-Brandt sagte, ...“ and „Generaldirektor Balthasar
  Odenwäller sagte, ...“ the name with the office dropped (hundred-eightieth,
  two-hundred-and-eighty-first); „Kesselring-Obst sagte, ...“ and „Plaggenborg sagte, ...“
  opening the row (forty-second, two-hundred-and-seventy-sixth). English: the name with the
  role dropped ("Chancellor Gideon Ashgrove-Pell said", "NAHB chief economist Lorna
  Chetwynd-Baptiste said", "Emergency Services Minister Dorrigo Pentland said", "Finance
  Minister Meenakshi Raghunathan-Iyer said", "Police Superintendent Marcus Delahoussaye
  said", "Chief executive Anselm Varga-Whitcombe said", "WHO nutrition director Fatoumata
  Keita-Bramwell said", "Chief financial officer Beatrix Solheim-Dunmore said", "Energy
  Secretary Ciaran Blackmore-Hale said", "Judge Perpetua Langridge said", "Trade
  Representative Halvard Quintanilla-Ross said", "Education Secretary Philippa
  Eddleston-Roe said", "Home Secretary Thaddeus Mulcaster said", "Analyst Tamsin
  Overbury-Kyle said", "Agriculture Minister Callista Wanganeen said"; hundred-forty-fifth,
  two-hundred-and-eighty-first); "Kurobane said ..." opening the row; "The company said
  ..." -> "the company" (hundred-second). Left unchecked (None): all negatives, also those
  with a named speaker; „teilte das Vergleichsportal Tarifquell mit“ (a description before
  the name, two-hundred-and-eighty-first: „nach Angaben des Branchenverbands BDEW“),
  documents and estimates („wie aus der Vorlage der Steuerschätzer hervorgeht“, „wie aus
  dem IQB-Bildungstrend hervorgeht“, „Nach der Rechnung des Bundes der Steuerzahler“, „Nach
  Schätzungen der Forscher“, „laut der Studie“, „nach eigenen Angaben“, „Der Deutsche
  Wetterdienst erwartet“, „Die Vereinten Nationen zählen“), a role („Ein Händler sagte“);
  bodies' "said" in English copy (the Office for National Statistics, the Rural Fire
  Service, the World Health Organization, Ofgem, the government, the Commerce Department,
  the Institute for Fiscal Studies, Statistics Canada, "state election officials"), roles
  ("police said", "the court heard"), documents ("official data showed", "government
  figures show", "according to a report by Redfield Analytics", "according to the National
  Grid", "according to Adobe Analytics") and "Forecasters had pencilled in".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_289 = [
    # --- Bevölkerung (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Zahl der Einwohner Deutschlands ist im vergangenen Jahr um rund 120.000 auf knapp 83,6 Millionen gestiegen, teilte das Statistische Bundesamt am Montag mit.", True, [("count", 120000, None, "about"), ("count", 83600000, None, "nearly")], "das Statistische Bundesamt"),
    ("de", "Der Wanderungssaldo lag damit je nach Berechnungsmethode zwischen 3 und 5 Prozent unter dem Wert des Vorjahres.", True, [("percent", 3, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Die Zahl der Hundertjährigen hat sich seit den 80er-Jahren mehr als verdoppelt, auf zuletzt gut 21.000.", True, [("count", 21000, None, "over")], None),
    ("de", "Jeder fünfte Einwohner ist inzwischen 67 Jahre oder älter.", True, [("fraction", 0.2, None, None), ("duration", 67, "year", None)], None),
    ("de", "Kesselring-Obst sagte, bis Mitte der 2040er-Jahre werde die Zahl der über 80-Jährigen um etwa das Anderthalbfache steigen.", True, [("duration", 80, "year", "over"), ("count", 1.5, None, "about")], "Kesselring-Obst"),
    # --- Steuerschätzung (dpa) ---
    ("de", "Berlin (dpa) - Die Steuereinnahmen von Bund, Ländern und Gemeinden dürften im kommenden Jahr um 3 bis 5 Prozent auf rund 1,02 Billionen Euro steigen, wie aus der Vorlage der Steuerschätzer hervorgeht.", True, [("percent", 3, "%", None), ("percent", 5, "%", None), ("money", 1020000000000, "EUR", "about")], None),
    ("de", "Das wären 1,5 Mrd. Euro mehr, als die Schätzer noch im Mai erwartet hatten.", True, [("money", 1500000000, "EUR", None)], None),
    ("de", "Pro Kopf gerechnet nimmt der Staat damit gut 12.100 Euro im Jahr ein, nach 11.600 Euro im Vorjahr.", True, [("money", 12100, "EUR", "over"), ("money", 11600, "EUR", None)], None),
    ("de", "Finanzstaatssekretär Ottfried Brennecke-Lamm sagte, die Zinsausgaben des Bundes hätten sich binnen vier Jahren fast verdreifacht.", True, [("duration", 4, "year", None)], "Ottfried Brennecke-Lamm"),
    ("de", "„Wer jetzt neue Wohltaten verspricht, hat die Zahlen nicht gelesen“, sagte Brennecke-Lamm.", False, [], None),
    ("de", "Nach der Rechnung des Bundes der Steuerzahler arbeitet ein Durchschnittsverdiener erst ab dem 11. Juli für die eigene Tasche.", True, [("date", "--07-11", None, None)], None),
    # --- Bahn (dpa/lhe) ---
    ("de", "Frankfurt (dpa/lhe) - Wegen einer Stellwerksstörung sind am Dienstag zwischen 6.30 Uhr und 9 Uhr mehr als 140 Züge im Rhein-Main-Gebiet ausgefallen oder verspätet gewesen.", True, [("count", 140, None, "over")], None),
    ("de", "Betroffen waren nach Angaben der Bahn rund 35.000 Pendler, die Verspätungen betrugen zwischen 20 und 90 Minuten.", True, [("count", 35000, None, "about"), ("duration", 20, "minute", None), ("duration", 90, "minute", None)], "die Bahn"),
    ("de", "Die Störung war bereits die dritte binnen zwei Wochen an demselben Stellwerk.", True, [("ordinal", 3, None, None), ("duration", 2, "week", None)], None),
    ("de", "Täglich fahren rund 2 Millionen Menschen mit den S-Bahnen und Regionalzügen in der Region.", True, [("count", 2000000, None, "about")], None),
    ("de", "Im Fernverkehr kamen im Oktober nur 58,4 Prozent der Züge pünktlich an, 4,1 Prozentpunkte weniger als ein Jahr zuvor.", True, [("percent", 58.4, "%", None), ("percent", 4.1, "pp", None)], None),
    ("de", "„Das fühlt sich an wie in den 70er-Jahren, nur teurer“, sagte ein Pendler am Hauptbahnhof.", False, [], None),
    ("de", "Die Bahn will bis 2030 rund 2.000 Stellwerke erneuern, etwa ein Drittel davon schon in den nächsten fünf Jahren.", True, [("year", 2030, None, None), ("count", 2000, None, "about"), ("fraction", 0.3333, None, "about"), ("duration", 5, "year", None)], None),
    # --- Mieten Wien (APA) ---
    ("de", "Wien (APA) - Wer in Wien zur Miete wohnt, zahlt heute um ein Drittel mehr als 2015, während die Einkommen im selben Zeitraum nur um 18 Prozent stiegen.", True, [("year", 2015, None, None), ("fraction", 0.3333, None, None), ("percent", 18, "%", None)], None),
    ("de", "Eine 70-Quadratmeter-Wohnung kostet im Schnitt 1.050 Euro brutto im Monat, das sind 15 Euro je Quadratmeter.", True, [("count", 70, None, None), ("money", 1050, "EUR", None), ("money", 15, "EUR", None)], None),
    ("de", "Wohnbaustadträtin Gerlinde Puchberger-Hainz sagte, die Stadt wolle zwischen 2026 und 2030 jährlich 5.000 bis 5.500 geförderte Wohnungen bauen lassen.", True, [("year", 2026, None, None), ("year", 2030, None, None), ("count", 5000, None, None), ("count", 5500, None, None)], "Gerlinde Puchberger-Hainz"),
    ("de", "„Wohnen darf in dieser Stadt kein Luxus werden“, sagte Puchberger-Hainz.", False, [], None),
    ("de", "Der Anteil der Haushalte, die mehr als 40 Prozent ihres Einkommens für Wohnen ausgeben, hat sich seit den 1990er-Jahren verdoppelt.", True, [("percent", 40, "%", "over")], None),
    ("de", "Gut die Hälfte der Wiener Mietwohnungen gehört der Stadt oder gemeinnützigen Bauträgern.", True, [("fraction", 0.5, None, "over")], None),
    # --- Arbeitsmarkt Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Im November waren in der Schweiz 2,9 Prozent der Erwerbspersonen ohne Stelle, nach 2,8 Prozent im Vormonat.", True, [("percent", 2.9, "%", None), ("percent", 2.8, "%", None)], None),
    ("de", "Bei den 15- bis 24-Jährigen betrug sie 3,4 Prozent.", True, [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 3.4, "%", None)], None),
    ("de", "Insgesamt waren 136'214 Personen bei den regionalen Arbeitsvermittlungszentren gemeldet, rund 11'000 mehr als vor einem Jahr.", True, [("count", 136214, None, None), ("count", 11000, None, "about")], None),
    ("de", "Seco-Ökonom Beat Tschümperlin-Wyss sagte, die Quote dürfte im ersten Quartal saisonbedingt auf etwa 3,2 Prozent klettern.", True, [("ordinal", 1, None, None), ("percent", 3.2, "%", "about")], "Beat Tschümperlin-Wyss"),
    ("de", "«Wer jetzt Krise ruft, kennt die Schweizer Firmen schlecht», sagte Tschümperlin-Wyss.", False, [], None),
    ("de", "In den 2010er-Jahren hatte die Quote zeitweise über 3,5 Prozent gelegen.", True, [("percent", 3.5, "%", "over")], None),
    # --- Strompreise (dpa/lnw) ---
    ("de", "Düsseldorf (dpa/lnw) - Eine Familie, die 3.500 Kilowattstunden im Jahr verbraucht, zahlt derzeit im Schnitt 36,8 Cent je Kilowattstunde, rund ein Zehntel weniger als vor zwei Jahren.", True, [("count", 3500, None, None), ("money", 0.368, "EUR", None), ("fraction", 0.1, None, "about"), ("duration", 2, "year", None)], None),
    ("de", "Damit sind die Strompreise seit dem Höchststand im Frühjahr 2023 um fast ein Viertel gesunken, teilte das Vergleichsportal Tarifquell mit.", True, [("year", 2023, None, None), ("fraction", 0.25, None, "nearly")], None),
    ("de", "Gegenüber den 2010er-Jahren hat sich der Gaspreis für Haushalte dennoch in etwa verdoppelt.", True, [], None),
    ("de", "Verbraucherschützer fürchten, dass die Preise im Winter wieder anziehen könnten.", False, [], None),
    ("de", "Der Grundversorger Rheinstrom hebt zum 1. Januar 2026 seinen Arbeitspreis um 2,1 Cent auf 39,9 Cent an.", True, [("date", "2026-01-01", None, None), ("money", 0.021, "EUR", None), ("money", 0.399, "EUR", None)], None),
    # --- Marathon (dpa) ---
    ("de", "Berlin (dpa) - Der Kenianer Barnabas Chepkwony Wambua hat den Berlin-Marathon am Sonntag in 2:03:41 Stunden gewonnen und den Streckenrekord nur um 42 Sekunden verpasst.", True, [("duration", 2, "hour", None), ("duration", 3, "minute", None), ("duration", 41, "second", None), ("duration", 42, "second", None)], None),
    ("de", "Bei den Frauen siegte die Äthiopierin Meseret Alemayehu-Tadesse in 2:17:05 Stunden, mehr als drei Minuten vor ihrer zweitplatzierten Landsfrau.", True, [("duration", 2, "hour", None), ("duration", 17, "minute", None), ("duration", 5, "second", None), ("duration", 3, "minute", "over"), ("ordinal", 2, None, None)], None),
    ("de", "Rund 48.000 Läuferinnen und Läufer aus 150 Ländern waren gemeldet, so viele wie nie zuvor.", True, [("count", 48000, None, "about"), ("count", 150, None, None)], None),
    ("de", "Der Start erfolgte um 9.15 Uhr bei 11 Grad und leichtem Wind.", True, [("count", 11, None, None)], None),
    ("de", "„Diese Stadt trägt die Läufer förmlich ins Ziel“, sagte Renndirektor Aurel Plaggenborg.", False, [], None),
    ("de", "Plaggenborg sagte, der Lauf bringe der Stadt jedes Jahr zwischen 90 und 110 Millionen Euro an zusätzlichem Umsatz.", True, [("money", 90000000, "EUR", None), ("money", 110000000, "EUR", None)], "Plaggenborg"),
    # --- Kliniken (dpa) ---
    ("de", "Berlin (dpa) - Die Zahl der Krankenhausbetten je 1.000 Einwohner ist in Deutschland seit Anfang der 1990er-Jahre von 8,3 auf 5,8 gesunken.", True, [("count", 1000, None, None), ("count", 8.3, None, None), ("count", 5.8, None, None)], None),
    ("de", "Damit liegt Deutschland aber immer noch beim Anderthalbfachen des EU-Schnitts.", True, [("count", 1.5, None, None)], None),
    ("de", "Gesundheitsminister Hartwig Zöllinger-Brack sagte, bis 2035 könnten etwa 400 der rund 1.700 Kliniken schließen oder fusionieren.", True, [("year", 2035, None, None), ("count", 400, None, "about"), ("count", 1700, None, "about")], "Hartwig Zöllinger-Brack"),
    ("de", "„Nicht jedes Krankenhaus, das heute existiert, wird morgen gebraucht“, sagte Zöllinger-Brack.", False, [], None),
    ("de", "Die Ausgaben der gesetzlichen Krankenversicherung je Versicherten stiegen 2024 auf 4.170 Euro, ein Plus von 7,6 Prozent.", True, [("year", 2024, None, None), ("money", 4170, "EUR", None), ("percent", 7.6, "%", None)], None),
    # --- Unfall A8 (dpa/lsw) ---
    ("de", "Stuttgart (dpa/lsw) - Bei einem Unfall auf der A8 bei Leonberg sind am Samstagabend gegen 22.40 Uhr drei Menschen schwer und zwölf leicht verletzt worden.", True, [("count", 3, None, None), ("count", 12, None, None)], None),
    ("de", "Ein 34-jähriger Autofahrer war nach ersten Erkenntnissen mit bis zu 1,9 Promille in ein Stauende gefahren, teilte die Polizei mit.", True, [("duration", 34, "year", None), ("ordinal", 1, None, None), ("count", 1.9, None, "up_to")], "die Polizei"),
    ("de", "Die Autobahn blieb in Richtung München rund fünfeinhalb Stunden gesperrt, der Rückstau reichte auf bis zu 14 Kilometer.", True, [("duration", 5.5, "hour", "about"), ("count", 14, None, "up_to")], None),
    ("de", "Es war bereits der vierte schwere Unfall an dieser Stelle seit dem 1. März.", True, [("ordinal", 4, None, None), ("date", "--03-01", None, None)], None),
    ("de", "Anwohner fragen sich, wie viele Unfälle noch passieren müssen, bis das Tempo dort begrenzt wird.", False, [], None),
    # --- Korvalt (dpa-AFX) ---
    ("de", "München (dpa-AFX) - Der Maschinenbauer Korvalt hat seinen Umsatz im dritten Quartal um 6 Prozent auf 2,3 Milliarden Euro gesteigert.", True, [("ordinal", 3, None, None), ("percent", 6, "%", None), ("money", 2300000000, "EUR", None)], None),
    ("de", "Der Gewinn vor Zinsen und Steuern halbierte sich dagegen nahezu auf 118 Mio. Euro.", True, [("money", 118000000, "EUR", None)], None),
    ("de", "Für das Gesamtjahr rechnet der Vorstand nun mit einer Marge von 7 bis 8 Prozent statt bisher 9 bis 10 Prozent.", True, [("percent", 7, "%", None), ("percent", 8, "%", None), ("percent", 9, "%", None), ("percent", 10, "%", None)], None),
    ("de", "Konzernchefin Ragnhild Eisfelder-Matt sagte, bis Ende 2026 sollten weltweit rund 1.200 der 18.500 Stellen wegfallen, davon etwa die Hälfte in Deutschland.", True, [("year", 2026, None, None), ("count", 1200, None, "about"), ("count", 18500, None, None), ("fraction", 0.5, None, "about")], "Ragnhild Eisfelder-Matt"),
    ("de", "„Wir haben zu lange zu viel für zu wenige Kunden gebaut“, sagte Eisfelder-Matt.", False, [], None),
    ("de", "Die Aktie verlor bis zum Mittag gut 8 Prozent und fiel auf den tiefsten Stand seit 2013.", True, [("percent", 8, "%", "over"), ("year", 2013, None, None)], None),
    # --- Umfrage (dpa) ---
    ("de", "Berlin (dpa) - Im jüngsten Deutschlandtrend erreicht die Union 29 Prozent, zwei Punkte mehr als vor drei Wochen.", True, [("percent", 29, "%", None), ("percent", 2, "pp", None), ("duration", 3, "week", None)], None),
    ("de", "Die SPD verliert anderthalb Punkte auf 15, die Grünen liegen unverändert bei 12.", True, [("percent", 1.5, "pp", None), ("percent", 15, "%", None), ("percent", 12, "%", None)], None),
    ("de", "Für die Umfrage wurden vom 3. bis 5. November 1.314 Wahlberechtigte befragt, die möglichen Abweichungen reichen von 1,4 bis 3,1 Prozentpunkten.", True, [("date", "--11-03", None, None), ("date", "--11-05", None, None), ("count", 1314, None, None), ("percent", 1.4, "pp", None), ("percent", 3.1, "pp", None)], None),
    ("de", "Knapp zwei Drittel der Befragten halten die Arbeit der Bundesregierung für schlecht.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Viele Wähler dürften sich nach Ansicht von Beobachtern erst in den letzten Tagen vor der Wahl entscheiden.", False, [], None),
    # --- Ernte (APA) ---
    ("de", "Wien (APA) - Die österreichischen Landwirte haben heuer rund 2,9 Mio. Tonnen Getreide geerntet, um ein Zehntel weniger als im Vorjahr.", True, [("count", 2900000, None, "about"), ("fraction", 0.1, None, None)], None),
    ("de", "Beim Weizen fiel der Hektarertrag auf 5,4 bis 5,6 Tonnen, nach gut 6 Tonnen im Jahr davor.", True, [("count", 5.4, None, None), ("count", 5.6, None, None), ("count", 6, None, "over")], None),
    ("de", "Landwirtschaftsminister Florentin Gschwandtner-Ebner sagte, die Dürre im Juni und Juli habe Schäden von 180 bis 200 Millionen Euro verursacht.", True, [("money", 180000000, "EUR", None), ("money", 200000000, "EUR", None)], "Florentin Gschwandtner-Ebner"),
    ("de", "„Unsere Bauern zahlen die Rechnung für eine Krise, die sie nicht verursacht haben“, sagte Gschwandtner-Ebner.", False, [], None),
    ("de", "Pro Kopf essen die Österreicher im Jahr 57,2 Kilogramm Fleisch, fast 5 Kilogramm weniger als noch Anfang der 2010er-Jahre.", True, [("count", 57.2, None, None), ("count", 5, None, "nearly")], None),
    # --- Wetter (dpa) ---
    ("de", "Offenbach (dpa) - Der Deutsche Wetterdienst erwartet für Donnerstag in den Alpen 30 bis 50 Zentimeter Neuschnee, oberhalb von 1.500 Metern örtlich bis zu 80 Zentimeter.", True, [("count", 30, None, None), ("count", 50, None, None), ("count", 1500, None, None), ("count", 80, None, "up_to")], None),
    ("de", "Die Temperaturen sinken in der Nacht zum Freitag auf minus 8 bis minus 12 Grad.", True, [("count", -8, None, None), ("count", -12, None, None)], None),
    ("de", "Der November war mit durchschnittlich 6,1 Grad um 1,9 Grad wärmer als das Mittel der Jahre 1991 bis 2020, teilte der Deutsche Wetterdienst mit.", True, [("count", 6.1, None, None), ("count", 1.9, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Mit 41 Litern pro Quadratmeter fiel nur etwa die Hälfte der üblichen Niederschlagsmenge.", True, [("count", 41, None, None), ("fraction", 0.5, None, "about")], None),
    # --- Tourismus Schweiz (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Schweizer Hotels haben im Sommerhalbjahr 24,6 Mio. Logiernächte gezählt, 2,3 Prozent mehr als im Rekordjahr 2023.", True, [("count", 24600000, None, None), ("percent", 2.3, "%", None), ("year", 2023, None, None)], None),
    ("de", "Gäste aus den USA buchten knapp 2,1 Millionen Nächte, fast dreimal so viele wie noch in den 2000er-Jahren.", True, [("count", 2100000, None, "nearly"), ("count", 3, None, "nearly")], None),
    ("de", "Die Zahl der Gäste aus China liegt hingegen erst bei einem Drittel des Niveaus von 2019.", True, [("fraction", 0.3333, None, None), ("year", 2019, None, None)], None),
    ("de", "Die Zahl der über Plattformen vermittelten Ferienwohnungen ist seit 2015 um das Dreifache gestiegen.", True, [("year", 2015, None, None), ("count", 3, None, None)], None),
    ("de", "Tourismusdirektorin Corinne Walliser-Pfister sagte, pro Übernachtung gäben ausländische Gäste im Schnitt 370 Franken aus.", True, [("money", 370, "CHF", None)], "Corinne Walliser-Pfister"),
    ("de", "«Die Schweiz muss nicht billiger werden, sondern besser», sagte Walliser-Pfister.", False, [], None),
    # --- Kriminalstatistik (dpa) ---
    ("de", "Wiesbaden (dpa) - In der polizeilichen Kriminalstatistik für das vergangene Jahr stehen 5,94 Millionen Fälle, ein Rückgang um 1,7 Prozent.", True, [("count", 5940000, None, None), ("percent", 1.7, "%", None)], None),
    ("de", "Die Zahl der Messerangriffe stieg um etwa ein Zehntel auf rund 29.000 Fälle.", True, [("fraction", 0.1, None, "about"), ("count", 29000, None, "about")], None),
    ("de", "Je 100.000 Einwohner wurden damit 7.050 Straftaten erfasst.", True, [("count", 100000, None, None), ("count", 7050, None, None)], None),
    ("de", "Innenministerin Roswitha Hellwege-Damm sagte, die Aufklärungsquote liege mit 58 Prozent so hoch wie seit den 1990er-Jahren nicht mehr.", True, [("percent", 58, "%", None)], "Roswitha Hellwege-Damm"),
    ("de", "„Jede Zeile dieser Statistik erzählt von einem verängstigten Menschen“, sagte Hellwege-Damm.", False, [], None),
    # --- Rente (dpa) ---
    ("de", "Berlin (dpa) - Für rund 21 Millionen Ruheständler steigen die Bezüge ab dem 1. Juli um 3,7 Prozent.", True, [("count", 21000000, None, "about"), ("date", "--07-01", None, None), ("percent", 3.7, "%", None)], None),
    ("de", "Eine Standardrente nach 45 Jahren Beitragszahlung steigt damit um gut 65 Euro auf 1.835 Euro brutto im Monat.", True, [("duration", 45, "year", None), ("money", 65, "EUR", "over"), ("money", 1835, "EUR", None)], None),
    ("de", "Arbeitsministerin Edeltraud Schmalfeldt-Ruhe sagte, das Rentenniveau solle bis 2031 bei 48 Prozent gehalten werden.", True, [("year", 2031, None, None), ("percent", 48, "%", None)], "Edeltraud Schmalfeldt-Ruhe"),
    ("de", "Die Zahl der Beitragszahler je Rentner ist seit den 1960er-Jahren von sechs auf etwa zwei gesunken.", True, [("count", 6, None, None), ("count", 2, None, "about")], None),
    ("de", "„Verlässlichkeit im Alter fällt nicht vom Himmel, man muss sie jeden Tag neu erarbeiten“, sagte Schmalfeldt-Ruhe.", False, [], None),
    ("de", "Die Arbeitgeber halten die Erhöhung für „das falsche Signal zur falschen Zeit“.", False, [], None),
    # --- Lesen (dpa) ---
    ("de", "Berlin (dpa) - Fast jedes vierte Kind in der vierten Klasse erreicht beim Lesen nicht den Mindeststandard, wie aus dem IQB-Bildungstrend hervorgeht.", True, [("fraction", 0.25, None, "nearly"), ("ordinal", 4, None, None)], None),
    ("de", "2016 hatte der Anteil noch bei 12,5 Prozent gelegen, er hat sich damit nahezu verdoppelt.", True, [("year", 2016, None, None), ("percent", 12.5, "%", None)], None),
    ("de", "Für die Studie wurden zwischen März und Juni 2024 gut 26.800 Schülerinnen und Schüler an 1.460 Schulen getestet.", True, [("year", 2024, None, None), ("count", 26800, None, "over"), ("count", 1460, None, None)], None),
    ("de", "KMK-Präsidentin Hannelore Brückmann-Iffland sagte, die Länder wollten bis zum Schuljahr 2028/29 die Zahl der Kinder ohne Mindeststandard halbieren.", True, [("year", 2028, None, None), ("year", 2029, None, None)], "Hannelore Brückmann-Iffland"),
    ("de", "„Lesen ist der Schlüssel zu allem anderen“, sagte Brückmann-Iffland.", False, [], None),
    ("de", "Die Gewerkschaft Erziehung und Wissenschaft sprach von einem „bildungspolitischen Offenbarungseid“.", False, [], None),
    # --- Bau (dpa) ---
    ("de", "Wiesbaden (dpa) - In den ersten neun Monaten bewilligten die Bauämter den Bau von 161.400 Wohnungen, ihre Zahl ist damit um 14,2 Prozent gesunken.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 161400, None, None), ("percent", 14.2, "%", None)], None),
    ("de", "Das ist gut ein Drittel weniger als im Spitzenjahr 2021.", True, [("fraction", 0.3333, None, "over"), ("year", 2021, None, None)], None),
    ("de", "Bauministerin Ilka Vossenkuhl-Brandt sagte, für die angestrebten 400.000 Wohnungen pro Jahr fehlten derzeit jährlich rund 150.000.", True, [("count", 400000, None, None), ("count", 150000, None, "about")], "Ilka Vossenkuhl-Brandt"),
    ("de", "„Der Bau steckt nicht in einer Delle, er steckt in einer Krise“, sagte Vossenkuhl-Brandt.", False, [], None),
    ("de", "Die Baukosten je Quadratmeter haben sich seit Anfang der 2000er-Jahre um das Zweieinhalbfache erhöht.", True, [("count", 2.5, None, None)], None),
    # --- Ausstellung (dpa/lby) ---
    ("de", "München (dpa/lby) - Die Dürer-Ausstellung in der Alten Pinakothek ist in 16 Wochen von mehr als 310.000 Menschen besucht worden, im Schnitt von gut 2.700 pro Tag.", True, [("duration", 16, "week", None), ("count", 310000, None, "over"), ("count", 2700, None, "over")], None),
    ("de", "Das ist der zweitbeste Wert seit der Wiedereröffnung des Hauses 1957.", True, [("ordinal", 2, None, None), ("year", 1957, None, None)], None),
    ("de", "Generaldirektor Balthasar Odenwäller sagte, die Schau habe rund 4,5 Mio. Euro gekostet und durch Eintritte etwa das Doppelte eingespielt.", True, [("money", 4500000, "EUR", "about"), ("count", 2, None, "about")], "Balthasar Odenwäller"),
    ("de", "„Dürer ist der erste Popstar der deutschen Kunst“, sagte Odenwäller.", False, [("ordinal", 1, None, None)], None),
    ("de", "Die Tickets kosteten zwischen 12 und 22 Euro, für Kinder unter 14 Jahren war der Eintritt frei.", True, [("money", 12, "EUR", None), ("money", 22, "EUR", None), ("duration", 14, "year", "under")], None),
    # --- Sudan-Hilfe (dpa) ---
    ("de", "Berlin (dpa) - Deutschland stellt für die humanitäre Hilfe im Sudan in diesem Jahr weitere 125 Millionen Euro bereit, teilte das Auswärtige Amt am Mittwoch mit.", True, [("money", 125000000, "EUR", None)], "das Auswärtige Amt"),
    ("de", "Seit Beginn des Krieges im April 2023 hat die Bundesregierung damit fast eine halbe Milliarde Euro für das Land zugesagt.", True, [("year", 2023, None, None), ("money", 500000000, "EUR", "nearly")], None),
    ("de", "Die Vereinten Nationen zählen im Sudan mehr als 11 Millionen Vertriebene, jeder dritte von ihnen ist ein Kind unter fünf Jahren.", True, [("count", 11000000, None, "over"), ("fraction", 0.3333, None, None), ("duration", 5, "year", "under")], None),
    ("de", "„Wir dürfen diese Krise nicht vergessen, nur weil sie weit weg ist“, sagte die Staatsministerin.", False, [], None),
    ("de", "Das Welternährungsprogramm braucht nach eigenen Angaben bis Jahresende zusätzlich 300 bis 350 Millionen US-Dollar.", True, [("money", 300000000, "USD", None), ("money", 350000000, "USD", None)], None),
    # --- Smartphone-Studie (dpa) ---
    ("de", "Hamburg (dpa) - Die Deutschen haben im vergangenen Jahr im Schnitt 3 Stunden und 12 Minuten täglich am Smartphone verbracht, eine halbe Stunde mehr als 2019.", True, [("duration", 3, "hour", None), ("duration", 12, "minute", None), ("duration", 0.5, "hour", None), ("year", 2019, None, None)], None),
    ("de", "Bei den 14- bis 19-Jährigen waren es laut der Studie sogar mehr als fünf Stunden.", True, [("duration", 14, "year", None), ("duration", 19, "year", None), ("duration", 5, "hour", "over")], None),
    ("de", "Nach Schätzungen der Forscher zeigen 3 bis 5 Millionen Erwachsene ein problematisches Nutzungsverhalten.", True, [("count", 3000000, None, None), ("count", 5000000, None, None)], None),
    ("de", "„Das Handy ist längst zur Fernbedienung des Alltags geworden“, sagte Studienleiterin Mechthild Sandhövel.", False, [], None),
    # --- Börse (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Der Dax hat am Freitag um 0,8 Prozent auf 23.412 Punkte zugelegt und damit den dritten Wochengewinn in Folge verbucht.", True, [("percent", 0.8, "%", None), ("count", 23412, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Seit Jahresbeginn steht damit ein Plus von knapp 18 Prozent zu Buche, doppelt so viel wie beim Dow Jones.", True, [("percent", 18, "%", "nearly"), ("count", 2, None, None)], None),
    ("de", "Ein Händler sagte, er rechne bis Jahresende mit einer Spanne zwischen 22.500 und 24.000 Punkten.", True, [("count", 22500, None, None), ("count", 24000, None, None)], None),
    ("de", "„Die Börse feiert, aber die Wirtschaft feiert nicht mit“, sagte ein Händler.", False, [], None),
    # --- UK GDP (Reuters) ---
    ("en", "LONDON, Nov 13 (Reuters) - British output edged up 0.1% in the third quarter, half the pace of the previous three months, official data showed on Thursday.", True, [("date", "--11-13", None, None), ("percent", 0.1, "%", None), ("ordinal", 3, None, None), ("fraction", 0.5, None, None), ("duration", 3, "month", None)], None),
    ("en", "Forecasters had pencilled in an expansion of between 0.2% and 0.3%.", True, [("percent", 0.2, "%", None), ("percent", 0.3, "%", None)], None),
    ("en", "Output per head, a measure watched closely by the Bank of England, fell for a sixth consecutive quarter.", True, [("ordinal", 6, None, None)], None),
    ("en", "Chancellor Gideon Ashgrove-Pell said the government still expected growth of 1.2-1.5% next year.", True, [("percent", 1.2, "%", None), ("percent", 1.5, "%", None)], "Gideon Ashgrove-Pell"),
    ("en", '"We inherited a stagnant economy and we are turning it round," Ashgrove-Pell said.', False, [], None),
    ("en", "Public sector net debt stood at about £2.8tn, or roughly 96% of GDP, the Office for National Statistics said.", True, [("money", 2800000000000, "GBP", "about"), ("percent", 96, "%", "about")], None),
    # --- US housing (Reuters) ---
    ("en", "WASHINGTON, Nov 19 (Reuters) - Groundbreaking on new U.S. single-family homes dropped 4.2% last month to an annualised 912,000, the lowest since mid-2020.", True, [("date", "--11-19", None, None), ("percent", 4.2, "%", None), ("count", 912000, None, None), ("year", 2020, None, None)], None),
    ("en", "The median price of an existing home has roughly doubled since the early 2000s, to $412,300.", True, [("money", 412300, "USD", None)], None),
    ("en", "Rates on a 30-year fixed mortgage averaged 6.84% last week, down from 7.1% a month earlier.", True, [("duration", 30, "year", None), ("percent", 6.84, "%", None), ("percent", 7.1, "%", None)], None),
    ("en", "A household needs to earn about $118,000 a year to afford a typical home, almost three times the figure in the 1990s, according to a report by Redfield Analytics.", True, [("money", 118000, "USD", "about"), ("count", 3, None, "nearly")], None),
    ("en", "Sales of previously owned homes are running at about 4 million a year, near their lowest since the mid-1990s.", True, [("count", 4000000, None, "about")], None),
    ("en", "NAHB chief economist Lorna Chetwynd-Baptiste said one in four new homes sold in the past year came with a price cut.", True, [("fraction", 0.25, None, None)], "Lorna Chetwynd-Baptiste"),
    # --- NSW heat (AAP) ---
    ("en", "SYDNEY (AAP) - Temperatures are forecast to reach 42C to 44C in western Sydney on Saturday, 10 to 12 degrees above the November average.", True, [("count", 42, None, None), ("count", 44, None, None), ("count", 10, None, None), ("count", 12, None, None)], None),
    ("en", "Firefighters were battling 63 blazes across New South Wales at 4pm, 18 of them still burning out of control, the Rural Fire Service said.", True, [("count", 63, None, None), ("count", 18, None, None)], None),
    ("en", "More than 2,300 firefighters and some 90 aircraft have been deployed.", True, [("count", 2300, None, "over"), ("count", 90, None, "about")], None),
    ("en", "Emergency Services Minister Dorrigo Pentland said the fire season had started about three weeks earlier than in the 1990s.", True, [("duration", 3, "week", "about")], "Dorrigo Pentland"),
    ("en", '"This is going to be a long, hard summer and people need to be ready," Pentland said.', False, [], None),
    ("en", "A total fire ban is in place for 21 of the state's 44 fire districts until midnight on Sunday.", True, [("count", 21, None, None), ("count", 44, None, None)], None),
    # --- India GDP (Reuters) ---
    ("en", "NEW DELHI, Dec 2 (Reuters) - India's economy expanded 7.4% in the July-September quarter, faster than the 6.8%-7.0% range forecast by economists.", True, [("date", "--12-02", None, None), ("percent", 7.4, "%", None), ("percent", 6.8, "%", None), ("percent", 7.0, "%", None)], None),
    ("en", "Income per head remains only about $2,700 annually, less than a fifth of China's.", True, [("money", 2700, "USD", "about"), ("fraction", 0.2, None, "under")], None),
    ("en", "Finance Minister Meenakshi Raghunathan-Iyer said the government would spend 11.2 lakh crore rupees ($131 billion) on infrastructure in the fiscal year to March 2026.", True, [("money", 11200000000000, "INR", None), ("money", 131000000000, "USD", None), ("year", 2026, None, None)], "Meenakshi Raghunathan-Iyer"),
    ("en", '"India is no longer a story of potential, it is a story of delivery," Raghunathan-Iyer said.', False, [], None),
    ("en", "The economy has roughly tripled in size since the middle of the last decade.", True, [], None),
    # --- Chicago (AP) ---
    ("en", "CHICAGO (AP) - Homicides in Chicago fell by nearly a third to 341 in the ten months through October, police said on Monday.", True, [("fraction", 0.3333, None, "nearly"), ("count", 341, None, None), ("duration", 10, "month", None)], None),
    ("en", "That is the lowest figure for the period since 1965, when the city recorded 313 killings by the end of October.", True, [("year", 1965, None, None), ("count", 313, None, None)], None),
    ("en", "Police Superintendent Marcus Delahoussaye said shootings were down 37% and carjackings down by half.", True, [("percent", 37, "%", None), ("fraction", 0.5, None, None)], "Marcus Delahoussaye"),
    ("en", '"Every life saved is a family that stays whole," Delahoussaye said.', False, [], None),
    ("en", "The city's murder rate of about 13 per 100,000 residents remains more than double New York's.", True, [("count", 13, None, "about"), ("count", 100000, None, None), ("count", 2, None, "over")], None),
    # --- Brightlattice (Reuters) ---
    ("en", "SAN FRANCISCO, Oct 30 (Reuters) - Cloud software firm Brightlattice reported third-quarter revenue of $2.31bn, up 18% from a year earlier and ahead of analysts' average estimate of $2.25bn.", True, [("date", "--10-30", None, None), ("ordinal", 3, None, None), ("money", 2310000000, "USD", None), ("percent", 18, "%", None), ("money", 2250000000, "USD", None)], None),
    ("en", "It forecast fourth-quarter revenue of $2.4bn to $2.45bn.", True, [("ordinal", 4, None, None), ("money", 2400000000, "USD", None), ("money", 2450000000, "USD", None)], None),
    ("en", "Chief executive Anselm Varga-Whitcombe said the company had tripled its number of artificial intelligence customers to more than 9,000 in 12 months.", True, [("count", 9000, None, "over"), ("duration", 12, "month", None)], "Anselm Varga-Whitcombe"),
    ("en", '"We are only at the first inning of this shift," Varga-Whitcombe said.', False, [("ordinal", 1, None, None)], None),
    ("en", "Shares rose as much as 11% in extended trading, adding about $9bn to its market value.", True, [("percent", 11, "%", "up_to"), ("money", 9000000000, "USD", "about")], None),
    ("en", "The company said it would buy back up to $5 billion of stock over the next two years.", True, [("money", 5000000000, "USD", "up_to"), ("duration", 2, "year", None)], "the company"),
    # --- Football (Reuters) ---
    ("en", "MANCHESTER, England, Dec 7 (Reuters) - Manchester United came from two goals down to beat Tottenham Hotspur 3-2 at Old Trafford on Sunday, with the winner coming in the 88th minute.", True, [("date", "--12-07", None, None), ("count", 2, None, None), ("ordinal", 88, None, None)], None),
    ("en", "It was United's first win in five league games and lifted them to ninth in the table.", True, [("ordinal", 1, None, None), ("count", 5, None, None), ("ordinal", 9, None, None)], None),
    ("en", "Forward Elias Brannstrom has now scored 11 goals in his last 14 appearances.", True, [("count", 11, None, None), ("count", 14, None, None)], None),
    ("en", '"This club never stops believing, and that is what makes it special," manager Roderick Haltwhistle said.', False, [], None),
    ("en", "A crowd of 73,411 watched the game, the 64th consecutive home sellout.", True, [("count", 73411, None, None), ("ordinal", 64, None, None)], None),
    # --- Obesity (Reuters) ---
    ("en", "GENEVA, Oct 9 (Reuters) - The number of adults living with obesity worldwide has more than doubled since 1990 to about 890 million, the World Health Organization said.", True, [("date", "--10-09", None, None), ("year", 1990, None, None), ("count", 890000000, None, "about")], None),
    ("en", "Among children and adolescents aged 5 to 19, the rate has quadrupled since the 1990s to roughly 8%.", True, [("duration", 5, "year", None), ("duration", 19, "year", None), ("percent", 8, "%", "about")], None),
    ("en", "WHO nutrition director Fatoumata Keita-Bramwell said countries that taxed sugary drinks had cut consumption per capita by 10-20%.", True, [("percent", 10, "%", None), ("percent", 20, "%", None)], "Fatoumata Keita-Bramwell"),
    ("en", '"Obesity is not a failure of willpower, it is a failure of policy," Keita-Bramwell said.', False, [], None),
    ("en", "Treating obesity-related illness costs an estimated $2tn a year, or about 2% of global output.", True, [("money", 2000000000000, "USD", "about"), ("percent", 2, "%", "about")], None),
    # --- Flyvana (Reuters) ---
    ("en", "FRANKFURT, Oct 28 (Reuters) - Budget carrier Flyvana carried 16.2 million passengers in the three months to September, a 9% increase on the same period a year earlier.", True, [("date", "--10-28", None, None), ("count", 16200000, None, None), ("duration", 3, "month", None), ("percent", 9, "%", None)], None),
    ("en", "Its load factor, the share of seats filled, was 93.1%, against 92.4% a year ago.", True, [("percent", 93.1, "%", None), ("percent", 92.4, "%", None)], None),
    ("en", "Chief financial officer Beatrix Solheim-Dunmore said fuel costs per seat had fallen by a quarter, to about 11 euros.", True, [("fraction", 0.25, None, None), ("money", 11, "EUR", "about")], "Beatrix Solheim-Dunmore"),
    ("en", "Flyvana expects 28 to 30 new Airbus jets to join its fleet in 2026, up from 19 this year.", True, [("count", 28, None, None), ("count", 30, None, None), ("year", 2026, None, None), ("count", 19, None, None)], None),
    ("en", '"Our customers vote with their feet, and they keep voting for us," Solheim-Dunmore said.', False, [], None),
    # --- UK power (PA) ---
    ("en", "LONDON (PA) - Wind farms generated 31.4% of Britain's electricity in the 12 months to June, overtaking gas for the first time, according to the National Grid.", True, [("percent", 31.4, "%", None), ("duration", 12, "month", None), ("ordinal", 1, None, None)], None),
    ("en", "Coal, which supplied about 40% of the country's power in the early 2010s, now provides none.", True, [("percent", 40, "%", "about")], None),
    ("en", "Energy Secretary Ciaran Blackmore-Hale said the government would auction contracts for 5 to 7 gigawatts of offshore wind next year.", True, [("count", 5, None, None), ("count", 7, None, None)], "Ciaran Blackmore-Hale"),
    ("en", '"Clean power is the best way to bring bills down for good," Blackmore-Hale said.', False, [], None),
    ("en", "The typical household's annual energy bill will rise by £35 to £1,755 from Jan. 1, the regulator Ofgem said.", True, [("money", 35, "GBP", None), ("money", 1755, "GBP", None), ("date", "--01-01", None, None)], None),
    # --- Japan population (AP) ---
    ("en", "TOKYO (AP) - Japan's population fell by a record 898,000 last year to 123.8 million, the 16th straight annual decline, the government said.", True, [("count", 898000, None, None), ("count", 123800000, None, None), ("ordinal", 16, None, None)], None),
    ("en", "People aged 65 or older made up 29.4% of the total, the highest share in the world.", True, [("duration", 65, "year", None), ("percent", 29.4, "%", None)], None),
    ("en", "Births dropped to about 686,000, less than half the level of the early 1980s.", True, [("count", 686000, None, "about"), ("fraction", 0.5, None, "under")], None),
    ("en", "The fertility rate was 1.15 children per woman, far below the 2.1 needed to keep the population stable.", True, [("count", 1.15, None, None), ("count", 2.1, None, None)], None),
    ("en", '"Our country is running out of time," Prime Minister Hayato Kurobane said.', False, [], None),
    ("en", "The number of centenarians rose for a 54th consecutive year to about 95,100, nine in ten of them women.", True, [("ordinal", 54, None, None), ("count", 95100, None, "about"), ("fraction", 0.9, None, None)], None),
    ("en", "Kurobane said the government would double spending on child support to 7.2 trillion yen by fiscal 2028.", True, [("money", 7200000000000, "JPY", None), ("year", 2028, None, None)], "Kurobane"),
    # --- Black Friday (Reuters) ---
    ("en", "NEW YORK, Nov 29 (Reuters) - American consumers poured a record $11.8bn into online purchases on Black Friday, up 10.2% from last year, according to Adobe Analytics.", True, [("date", "--11-29", None, None), ("money", 11800000000, "USD", None), ("percent", 10.2, "%", None)], None),
    ("en", "Spending peaked between 10 a.m. and 2 p.m., when consumers spent about $12.5 million every minute.", True, [("money", 12500000, "USD", "about")], None),
    ("en", "Buy-now-pay-later purchases rose 9% to roughly $990 million.", True, [("percent", 9, "%", None), ("money", 990000000, "USD", "about")], None),
    ("en", "Retailers hope the strong start will carry through to Christmas.", False, [], None),
    # --- Fraud (PA) ---
    ("en", "LONDON (PA) - A former financial adviser who defrauded 46 clients of £3.4m over a decade was jailed for seven and a half years at Southwark Crown Court on Friday.", True, [("count", 46, None, None), ("money", 3400000, "GBP", None), ("duration", 7.5, "year", None)], None),
    ("en", "Gwendolyn Ashby-Trask, 58, used the money to buy three properties and a share in a racehorse, the court heard.", True, [("duration", 58, "year", None), ("count", 3, None, None)], None),
    ("en", "Judge Perpetua Langridge said some victims had lost between a third and half of their life savings.", True, [("fraction", 0.3333, None, None), ("fraction", 0.5, None, None)], "Perpetua Langridge"),
    ("en", '"You treated the trust of your clients as a resource to be mined," the judge told her.', False, [], None),
    ("en", "She must serve half of the sentence before she can be considered for release.", True, [("fraction", 0.5, None, None)], None),
    # --- US trade (Reuters) ---
    ("en", "WASHINGTON, Dec 4 (Reuters) - America's gap in goods and services trade shrank 11.3% to $63.1 billion in October, the Commerce Department said.", True, [("date", "--12-04", None, None), ("percent", 11.3, "%", None), ("money", 63100000000, "USD", None)], None),
    ("en", "Imports fell $8.8bn to $331.4bn, while exports edged up 0.6%.", True, [("money", 8800000000, "USD", None), ("money", 331400000000, "USD", None), ("percent", 0.6, "%", None)], None),
    ("en", "The deficit with China has shrunk by roughly a third since 2022.", True, [("fraction", 0.3333, None, "about"), ("year", 2022, None, None)], None),
    ("en", "Trade Representative Halvard Quintanilla-Ross said tariffs of 10% to 25% on some 1,100 product lines would stay in place until June 30, 2026.", True, [("percent", 10, "%", None), ("percent", 25, "%", None), ("count", 1100, None, "about"), ("date", "2026-06-30", None, None)], "Halvard Quintanilla-Ross"),
    ("en", '"Fair trade is not a slogan, it is a promise we keep," Quintanilla-Ross said.', False, [], None),
    # --- School absence (PA) ---
    ("en", "LONDON (PA) - Nearly one in five children in English schools was classed as a persistent absentee last year, missing at least a tenth of lessons, government figures show.", True, [("fraction", 0.2, None, "nearly"), ("fraction", 0.1, None, "at_least")], None),
    ("en", "That compares with about 11% before the pandemic, in 2018-19.", True, [("percent", 11, "%", "about"), ("year", 2018, None, None), ("year", 2019, None, None)], None),
    ("en", "Education Secretary Philippa Eddleston-Roe said the government would recruit 6,500 extra teachers by 2029.", True, [("count", 6500, None, None), ("year", 2029, None, None)], "Philippa Eddleston-Roe"),
    ("en", '"Every day a child misses is a day they never get back," Eddleston-Roe said.', False, [], None),
    ("en", "Spending per pupil in real terms is roughly where it was in 2010, the Institute for Fiscal Studies said.", True, [("year", 2010, None, None)], None),
    # --- Moon landing (AP) ---
    ("en", "CAPE CANAVERAL, Fla. (AP) - A robotic lander touched down on the moon at 2:47 p.m. EST on Thursday, the third private spacecraft to do so.", True, [("ordinal", 3, None, None)], None),
    ("en", "The spacecraft travelled some 1.4 million miles over 45 days on a looping route before landing.", True, [("count", 1400000, None, "about"), ("duration", 45, "day", None)], None),
    ("en", "It carries 10 instruments for NASA under a $101.5 million contract and should keep working for about 14 Earth days.", True, [("count", 10, None, None), ("money", 101500000, "USD", None), ("duration", 14, "day", "about")], None),
    ("en", '"Today we made history, and we did it with a team that believed," the company\'s chief executive said.', False, [], None),
    ("en", "Temperatures at the landing site swing from minus 130C at night to 120C during the day.", True, [("count", -130, None, None), ("count", 120, None, None)], None),
    # --- Channel crossings (Reuters) ---
    ("en", "LONDON, Aug 22 (Reuters) - Small-boat landings on England's south coast totalled 28,076 in the first seven months of this year, a fifth more than in January-July 2024.", True, [("date", "--08-22", None, None), ("count", 28076, None, None), ("ordinal", 1, None, None), ("duration", 7, "month", None), ("fraction", 0.2, None, None), ("year", 2024, None, None)], None),
    ("en", "On average, each boat carried 61 people, up from 53 a year earlier and about 13 in 2020.", True, [("count", 61, None, None), ("count", 53, None, None), ("count", 13, None, "about"), ("year", 2020, None, None)], None),
    ("en", "Home Secretary Thaddeus Mulcaster said the asylum backlog had been cut by 40% to roughly 56,000 cases.", True, [("percent", 40, "%", None), ("count", 56000, None, "about")], "Thaddeus Mulcaster"),
    ("en", '"We will not rest until the gangs are out of business," Mulcaster said.', False, [], None),
    ("en", "Charities accused the government of treating refugees as a political problem.", False, [], None),
    # --- German EVs (Reuters) ---
    ("en", "BERLIN, Jan 8 (Reuters) - Sales of electric cars in Germany rose by about a third last year to 572,000, giving them a 19.1% share of the market.", True, [("date", "--01-08", None, None), ("fraction", 0.3333, None, "about"), ("count", 572000, None, None), ("percent", 19.1, "%", None)], None),
    ("en", "That is still below the 2022 peak, when a subsidy of up to 9,000 euros per car was on offer.", True, [("year", 2022, None, None), ("money", 9000, "EUR", "up_to")], None),
    ("en", "The government is aiming for 15 million electric cars on German roads by 2030, roughly 9 times the current number.", True, [("count", 15000000, None, None), ("year", 2030, None, None), ("count", 9, None, "about")], None),
    ("en", "Industry executives doubt that the target can still be met.", False, [], None),
    # --- Oil (Reuters) ---
    ("en", "LONDON, March 3 (Reuters) - Brent crude fell $1.14, or 1.6%, to $70.22 a barrel by 1130 GMT.", True, [("date", "--03-03", None, None), ("money", 1.14, "USD", None), ("percent", 1.6, "%", None), ("money", 70.22, "USD", None)], None),
    ("en", "OPEC+ agreed to raise output by 411,000 barrels per day from April, the third such increase in a row.", True, [("count", 411000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Analyst Tamsin Overbury-Kyle said prices could fall into a $60-65 range by the summer.", True, [("money", 60, "USD", None), ("money", 65, "USD", None)], "Tamsin Overbury-Kyle"),
    ("en", '"The market is nervous, and nervous markets overreact," Overbury-Kyle said.', False, [], None),
    ("en", "Brent has fallen by about a fifth since the start of the year.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "U.S. crude stocks rose by 3.6 million barrels last week, against forecasts of a 1.2 million-barrel build.", True, [("count", 3600000, None, None), ("count", 1200000, None, None)], None),
    # --- British Museum (PA) ---
    ("en", "LONDON (PA) - The British Museum welcomed 6.48 million visitors last year, still about a tenth below its pre-pandemic peak in 2019.", True, [("count", 6480000, None, None), ("fraction", 0.1, None, "about"), ("year", 2019, None, None)], None),
    ("en", "Tickets for its major exhibitions cost from £18 to £24, with children admitted free.", True, [("money", 18, "GBP", None), ("money", 24, "GBP", None)], None),
    ("en", 'The museum\'s director called the figures "a clear sign that people want to be here".', False, [], None),
    # --- Georgia runoff (AP) ---
    ("en", "ATLANTA (AP) - Turnout in Georgia's runoff reached 2.1 million, or roughly 29% of those on the rolls, state election officials said.", True, [("count", 2100000, None, None), ("percent", 29, "%", "about")], None),
    ("en", "The Democratic candidate won by 51.4% to 48.6%, a margin of about 39,000 votes.", True, [("percent", 51.4, "%", None), ("percent", 48.6, "%", None), ("count", 39000, None, "about")], None),
    ("en", '"Georgia voters have spoken, and they want change," the winner told supporters.', False, [], None),
    ("en", "Early voting, which ran from Nov. 25 to Nov. 29, accounted for nearly two-thirds of all ballots cast.", True, [("date", "--11-25", None, None), ("date", "--11-29", None, None), ("fraction", 0.6667, None, "nearly")], None),
    # --- Eggs (Reuters) ---
    ("en", "SYDNEY, Feb 11 (Reuters) - Australian egg prices have risen by as much as 40% in six months after bird flu forced farmers to cull about 1.5 million hens.", True, [("date", "--02-11", None, None), ("percent", 40, "%", "up_to"), ("duration", 6, "month", None), ("count", 1500000, None, "about")], None),
    ("en", "A dozen eggs now costs A$7.50-A$9 in major supermarkets, up from about A$5 a year ago.", True, [("count", 12, None, None), ("money", 7.5, "AUD", None), ("money", 9, "AUD", None), ("money", 5, "AUD", "about")], None),
    ("en", "Shoppers in Melbourne said they were switching to cheaper brands or simply buying fewer eggs.", False, [], None),
    ("en", "Agriculture Minister Callista Wanganeen said farms would be restocked within eight to ten weeks.", True, [("duration", 8, "week", None), ("duration", 10, "week", None)], "Callista Wanganeen"),
    # --- Canada jobs (Reuters) ---
    ("en", "OTTAWA, Dec 5 (Reuters) - Canada's unemployment rate rose to 6.9% in November from 6.5% in October as the economy shed 14,000 jobs, Statistics Canada said.", True, [("date", "--12-05", None, None), ("percent", 6.9, "%", None), ("percent", 6.5, "%", None), ("count", 14000, None, None)], None),
    ("en", "Among people aged 15 to 24 the jobless rate reached 14.2%, the highest since 2012 outside the pandemic years.", True, [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 14.2, "%", None), ("year", 2012, None, None)], None),
    ("en", "Economists had forecast a rate of 6.6% to 6.7%.", True, [("percent", 6.6, "%", None), ("percent", 6.7, "%", None)], None),
    ("en", "Average hourly wages rose 3.8% from a year earlier to C$35.12.", True, [("percent", 3.8, "%", None), ("money", 35.12, "CAD", None)], None),
    ("en", '"This is a labour market that is cooling, not collapsing," said a senior economist at a Toronto bank.', False, [], None),
]
