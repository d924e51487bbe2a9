"""Four-hundred-and-fifteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real political offices appear only by their
office („die Bundesumweltministerin“, „Die Klimaschutzministerin“, „Der UN-Klimachef“, „Der
Bundesrat“, "South Korea's environment minister, who presides over the talks", "the
Energy Secretary", "The EU's climate commissioner", "The Climate Change Minister", "The
Opposition's energy spokesman", "California's governor", "India's chief negotiator", "its
top climate envoy", "A foreign ministry spokesperson", "A White House spokesperson", "An
environment ministry official").

Names: the negotiators, agency staff, analysts, researchers, campaigners and the student are
invented - Annegret Hollerbeck, Hemma Pruckmoser, Corinne Zbinden-Rauch, Florian Stoisser,
Urs Imfeld-Bucher, Till Brümmerstedt, Litia Faleolo, Malte Grevenbroich, Larissa Domenig,
Noemi Amsler-Zgraggen, Friederike Mönninghoff, Jonna Eickenscheidt, Henrike Kolbenstetter;
Mireille Ijsselstein, Jarrah Tindall-Rooke, Siosaia Vake, Oskar Vellenga, Dinah
Westgarth-Cole, Seo Ha-eun, Liang Wenjie; and every unnamed delegate, negotiator, trader,
official, marcher and spokesperson - and so are the firms Veyron Commodities and Klimadax and
the conference itself: the 33rd UN climate conference (COP33) in Busan over one fortnight,
Monday, November 6, to Sunday, November 19, with its drafts, walk-out, overtime and deal.
Real states, bodies, parties, groups, markets and places (UN-Klimasekretariat,
Umweltbundesamt in Dessau-Roßlau and in Wien, Bundesumweltministerium, EU-Lastenteilung,
Bundesamt für Umwelt (Bafu), Uvek, Bundesrat, ADAC, Haus & Grund, Klima- und
Transformationsfonds, UN-Fonds für Klimaschäden, Grüner Klimafonds, Oxfam, Germanwatch and
its Klimaschutz-Index, Allianz für den Kohleausstieg, Alliance Sud, FPÖ, Die Grünen, SVP,
Greenpeace, Ö1-Morgenjournal, Budgetdienst des Parlaments, IfW, Expertenrat für
Klimafragen, Fridays for Future, Kanzleramt, Pariser Abkommen, Kenia, die Philippinen,
Kolumbien, Russland, Iran, Saudi-Arabien; the UN Environment Programme and its Emissions Gap
Report, the G20, the Paris Agreement and its Article 6, the U.N. climate secretariat, the
Kick Big Polluters Out coalition, ICE Endex, Friends of the Earth, Christian Aid, the Foreign
Office, the Alliance of Small Island States, the Global Carbon Project, Earth System Science
Data, Climate Action Tracker, Ember, Carbon Market Watch, Rhodium Group, the White House,
YouGov, The Times, the Commons Environmental Audit Committee, Labor, Carbon Brief, CREA,
Switzerland, Japan, Singapore, Tonga, Samoa, Baku, and the datelines' cities) stand for the
way wire copy names them; every reading, tonnage, share, price, pledge, goal, tally, rank,
session length and quote here is invented, and where a real figure came to mind (a real
emissions total or gap, a real warming range, a real national pledge or target range, a real
finance goal or fund total, a real carbon price, a real count of lobbyists or registered
participants, a real rank in the index, a real Swiss contribution or count of offset deals,
a real UK or Australian inventory figure) it was changed; targets and facts written into
laws, treaties and history are kept (the Paris Agreement of 2015 with its "well below 2" and
1.5 degrees, the EU effort-sharing cut of 48 percent by 2030 against 2005, Germany's minus 65
percent by 2030 against 1990, Australia's legislated 43 percent by 2030 against 2005, the UK's
net zero target for 2050 written into law in 2019, the first UN climate conference in 1995,
Busan's plastics talks of 2024, the finance goal agreed in Baku in 2024, the start of the
EU's second emissions trading system in 2028).

Its weight: CLIMATE TALKS AND EMISSIONS (the forty-second batch weighed agriculture,
commodities, energy and climate policy, the fifty-seventh energy systems, emissions and
environment in their units, the seventy-fourth climate science, environment and nature, the
hundred-forty-fifth climate summits and climate finance, the hundred-sixty-seventh the
energy transition, the two-hundred-and-seventy-sixth environment and pollution, the
three-hundred-and-seventy-first climate and environment policy and the
four-hundred-and-tenth science and research news with its climate readings, after the
hundred-tenth, hundred-ninety-fourth, two-hundred-and-fifty-first and
three-hundred-and-thirtieth on weather and climate records; their decisions are kept, those
of the hundred-forty-fifth and three-hundred-and-seventy-first first of all) - a made-up UN
climate conference fortnight with the national emissions releases and carbon markets around
it, from the UN gap report on Tuesday, October 31, to the market close on Monday, November
20, as 42 short stories in date order, the German and English stories interleaved, each told
as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes, reactions). German (dpa, APA, APA/AFP, Keystone-SDA, Reuters German; Austrian „im
Vorjahr“, „Ö1-Morgenjournal“, „Budgetdienst des Parlaments“, Swiss „CO2-Ausstoss“,
„grösste“, „Gemäss“, „Bafu“, „Uvek“, «» quotes, German „“ quotes): Germany before Busan,
Austria's inventory, the opening, the Swiss CO2 statistics and delegation, the national CO2
price, Germany's pledge to the loss and damage fund, Austria's Green Climate Fund pledge,
methane and coal, Swiss offsets abroad, the climate protection index, the mid-point, the
walk-out, the EU carbon price, the second and third drafts, the deal, reactions in Austria,
Berlin and Switzerland, an analysis and the Expertenrat's report. English (Reuters with dated
datelines and its FACTBOX- label, AFP with a dated dateline, AP, PA, AAP): the UN gap report,
the UK's provisional emissions, the EU carbon price, the opening, the island states, China's
target, the Global Carbon Project, Australia's quarterly update, the march, the first draft,
Britain's climate finance, the finance goal, India's coal, carbon credits under Article 6,
the U.S. absence, the overtime, the deal, Britain's reaction, the factbox, China's emissions
and the market after the deal. Figures as such copy has them: emission cuts in percent
against base years and by target years („gut 52 Prozent weniger als 1990“, „um knapp 20
Prozent niedriger“ against „dem Basisjahr 1990“, „ein Minus von 48 Prozent gegenüber 2005“,
„um mindestens 35 Prozent gegenüber 2020“, „um 60 Prozent gegenüber 2019“, „minus 65 Prozent
gegenüber 1990“, "42% by 2035 from 2019 levels", "54.7 per cent lower than in 1990", "79 per
cent from 1990 levels by 2035", "by 10-15% from their peak by 2035", "21% below 1990
levels"); emissions in tonnes, million and billion tonnes and gigatonnes („597 Millionen
Tonnen“, „63,2 Millionen Tonnen CO2-Äquivalent“, „rund 24 Gigatonnen“, "a record 58.4
gigatonnes", "a record 39.3 billion tonnes", "about 5.3 billion metric tons"); climate
finance in millions, billions and trillions a year (EUR, USD, GBP, CHF, „sechs Milliarden
Euro“, "from $350 billion to $1.3 trillion a year by 2035"); degrees of warming („deutlich
über 2 Grad“, „das 1,5-Grad-Ziel“, "2.4 to 2.7 degrees Celsius", "1.5C"); carbon prices per
tonne in euros, cents, dollars, francs, pounds and yuan; shares in words („ein Drittel“,
„zwei Drittel“, „jedes vierte“, „mindestens die Hälfte“, „um ein Viertel“, "three-quarters",
"fewer than a third", "almost a fifth", "about two-thirds"); number words and compounds
(„zwölfköpfigen“, „Zehn-Punkte-Papier“, „14-seitige“, „80-mal“, „22-jährige“, "two-week",
"two-day", "23-page", "four times"); ordinals of conferences, drafts, weeks, nights and ranks;
session lengths and overtime in hours; hedges, ranges, years and dates. Negatives as such
copy has them - 58 rows, none with a figure: negotiators', ministers', scientists' and
campaigners' rhetoric in quotes, labels of lobbies, parties, NGOs and a minister („sprach
von“, „nannte“, "called", a welcome „als ... begrüßt“), accusations and criticism naming no
act, a verdict with „halten ... für“ and a Konjunktiv I verdict, doubts, a fear, a forecast
without a figure, open questions, a vow, chants, a vox pop, scene colour, an announcement
naming no measure and two headings, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

242 rows (124 German, 118 English), 58 negatives (29 German, 29 English), 184 check-worthy
rows of which 17 carry no figure (10 German, 7 English), 308 expected quantities (73 counts,
56 years, 54 amounts of money - 23 USD, 21 EUR, 5 CHF, 4 GBP, 1 CNY -, 50 percentages - 49
in "%", 1 in percentage points "pp" -, 24 ordinals, 21 fractions, 18 durations - 6 in hours,
5 in years, 4 in months, 2 in days, 1 in weeks -, 12 dates, all without a year; none of them
in a negative), 36 checked speakers (21 German, 15 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, welcome, vow, doubt, fear, verdict or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-forty-fifth, two-hundred-and-fourth, three-hundred-and-seventy-first,
  four-hundred-and-tenth); a quoted or reported figure, step, plan, demand, forecast with a
  figure, cause or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-forty-fifth, three-hundred-and-seventy-first). Pairs from one speaker:
  Ijsselstein's third of the 195 beside "The gap is not a mystery any more ..."; Hollerbeck's
  400 billion dollars and her six and 5.7 billion euros beside „Wer Vertrauen zurückgewinnen
  will ...“, „Deutschland bleibt ein verlässlicher Partner ...“, „Wir brauchen jetzt
  Kompromisse ...“ and her Konjunktiv I verdict on the third draft (hundred-forty-fifth: „der
  Entwurf sei „eine Arbeitsgrundlage, mehr nicht““); Pruckmoser's third beside „Ein warmer
  Winter ersetzt keine Klimapolitik“; Zbinden-Rauch's 720 million francs and her stated
  refusal beside «Die Schweiz sitzt zwischen den Blöcken ...» and «... ein Feigenblatt»;
  Vake's 21 centimetres beside "whether we still have a home" and the deal "does not keep us
  above water"; Vellenga's fifth beside "The curve is bending ..."; Stoisser's stated
  position beside „Wir können nicht Dürrehilfe zahlen ...“; Brümmerstedt's stated cause
  beside „Ein Abstieg im Ranking ist ein Warnsignal ...“; Faleolo's struck target beside
  „Wir lassen uns nicht mit Fußnoten abspeisen“; Eickenscheidt's 4.2 and 7 percent beside her
  announcement naming no measure; Liang's seven of nine months beside "Calling this the peak
  would be premature"; Kolbenstetter's ten percent beside „Die Richtung stimmt, das Tempo
  nicht“; by office, the UN climate chief's 2 degrees beside „Die Physik verhandelt nicht
  ...“, the Korean minister's finance goal beside "admire the problem", the EU commissioner's
  31.7 billion euros beside "Every dollar we put on the table ..." (a dollar named, no figure)
  and the Indian official's 2035 beside "Asking India to give up coal now ...". As the brief
  for these batches asks, negatives carry no expected quantities, and this batch writes no
  figure into them.
- Reduction targets against base years, the weight's own (fifty-seventh,
  hundred-forty-fifth, three-hundred-and-seventy-first): the cut is a percentage, the base
  year and the target year are years with no hedge (hundred-forty-fifth: "um 55 Prozent
  gegenüber 2019"; three-hundred-and-seventy-first: „48 Prozent weniger ausstoßen als
  2005“): „gut 52 Prozent weniger als 1990“ 52 "over" („weniger als“ after the figure
  compares), „Gegenüber dem Basisjahr 1990 ... um knapp 20 Prozent niedriger“ 1990 and 20
  "nearly" („Basisjahr“ none), „bis 2030 ein Minus von 48 Prozent gegenüber 2005“ 48 with no
  sign (a noun with „von“, eleventh and three-hundred-and-seventy-first), „Im Vergleich zu
  1990 ... um 34,2 Prozent“, „bis 2035 um mindestens 35 Prozent gegenüber 2020“ "at_least",
  „bis 2035 um 60 Prozent gegenüber 2019“ (twice), „Nötig wäre bis dahin ein Minus von 60
  Prozent gegenüber 2019“, „des gesetzlichen Ziels von minus 65 Prozent gegenüber 1990“ -65
  ("minus" right before the figure its sign, three-hundred-and-seventy-first: „schreibt bis
  2030 minus 65 Prozent gegenüber 1990 vor“), "fall 42% by 2035 from 2019 levels", "54.7 per
  cent lower than in 1990", "79 per cent from 1990 levels by 2035", "29.6 per cent lower
  than in 2005, well short of the 43 per cent cut ... for 2030" ("well short of" no hedge),
  "21% below 1990 levels" ("below" after the figure compares), "60% by 2035 from 2019
  levels"; "by 10-15% from their peak by 2035" gives both ends (seventeenth and
  three-hundred-and-seventy-first: "6-9% below their peak").
- Emissions and capacities are counts, a scale word multiplying and a unit prefix belonging
  to the unit (fifty-seventh, hundred-forty-fifth, three-hundred-and-seventy-first): "a
  record 58.4 gigatonnes" 58.4 and „rund 24 Gigatonnen CO2-Äquivalent pro Jahr“ 24 "about"
  ("a record" no hedge, „pro Jahr“ none), „597 Millionen Tonnen“, „63,2 Millionen Tonnen
  CO2-Äquivalent“, „rund 14 Millionen Tonnen“, „gut 30 Millionen Tonnen CO2“ "over", „rund
  180 Millionen Tonnen“, „mit 187 Millionen Tonnen“, "362.4 million tonnes", "104 million
  tonnes", "431.8 million tonnes", "a record 39.3 billion tonnes", "about 5.3 billion metric
  tons"; "1,180 gigawatts", "31 gigawatts", "about 142 gigawatts" (three-hundred-and-
  seventy-first: "312 gigawatts"), „15.000 Kilowattstunden“ (three-hundred-and-seventy-
  first); "about 21 centimetres" (hundred-forty-fifth: "about 15 centimetres"). "CO2",
  "CO2-Äquivalent", "carbon dioxide equivalent", "G20", "COP33", "Ö1" and "Article 6" carry
  none (forty-second, hundred-forty-fifth, three-hundred-and-seventy-first).
- Degrees of warming are counts (hundred-tenth, hundred-forty-fifth,
  three-hundred-and-seventy-first, four-hundred-and-tenth): "2.4 to 2.7 degrees Celsius" both
  (the unit written once serving both), "To hold warming to 1.5C", "the 1.5C limit", "holding
  warming at 1.5C", „mit 1,5 Grad Erwärmung“, „das 1,5-Grad-Ziel“ 1.5 (forty-second: the
  figure heading the compound), „auf eine Erwärmung von etwa 2,3 Grad“ "about", „auf deutlich
  unter 2 Grad“ 2 "under" (hundred-forty-fifth: "well below 2C" "under", "well" sharpening
  the bound without moving it). New: „von deutlich über 2 Grad“ is 2 "over" - „über“ right
  before the figure is "over" (three-hundred-and-seventy-first) and „deutlich“ sharpens it as
  "well" does "below". New: „und möglichst auf 1,5 Grad“ is 1.5 with no hedge - „möglichst“
  marks an aim as best one can, not a bound on the figure, as "target" and "within" bound
  nothing (three-hundred-and-eighty-eighth).
- Carbon prices are money in the currency written, the unit priced carrying none
  (forty-second, hundred-forty-fifth, three-hundred-and-seventy-first): "93.40 euros a
  tonne", "88 euros", „von 65 auf 75 Euro je Tonne“ 65 and 75 EUR (the currency written once
  serving the earlier figure, hundred-seventeenth), „um knapp drei Cent“ 0.03 EUR "nearly"
  (three-hundred-and-seventy-first: „um höchstens drei Cent“), „auf 96,85 Euro je Tonne“,
  „von über 100 Euro“ 100 "over", „von mindestens 80 Dollar je Tonne“ 80 USD "at_least"
  (dollars in German copy USD), „im Schnitt 24 Franken“ 24 CHF („im Schnitt“ no hedge), "an
  average of $14.20 per tonne" 14.2 USD (three-hundred-and-seventy-first: "an annual average
  of" no hedge), "averaged about $3.50 a tonne" 3.5 "about", "72.3 yuan ($10.10) per tonne"
  72.3 CNY and 10.1 USD with the converted sum in brackets (hundred-forty-fifth,
  four-hundred-and-tenth: "yuan" CNY), "94.02 euros a tonne", "71.85 pounds" GBP; "a tonne",
  "per tonne", „je Tonne“, „Eine Tonne“ (an article) none.
- Climate finance in the currency written (every batch): „sechs Milliarden Euro ...
  im Jahr“ 6,000,000,000 EUR (the issue reads number words), „mindestens 400 Milliarden
  Dollar pro Jahr“ "at_least", „rund 720 Millionen Franken pro Jahr“ "about", „weitere 75
  Millionen Euro“ („weitere“ no hedge), „Insgesamt ... 235 Millionen Euro“ („Insgesamt“ no
  hedge), „von den zugesagten sechs Milliarden Euro ... rund 5,7 Milliarden Euro“, „rund 14,6
  Milliarden Euro im Jahr“, „um 30 Prozent auf 182 Millionen Euro“, „mindestens 250 Millionen
  Euro“, „mindestens 1,2 Milliarden Franken im Jahr“, „600 Milliarden Dollar jährlich ...
  900 Milliarden Dollar“, „Mindestens 250 Milliarden Dollar davon“ ("davon" no hedge), „500
  Milliarden Dollar pro Jahr“, „mindestens 280 Milliarden Dollar“, „rund 400 Millionen Euro“,
  „mindestens 600 Millionen Euro im Jahr“, „gut 1,1 Milliarden Euro im Jahr“ "over", „rund
  1,4 Milliarden Franken“; "less than $400 million" "under", "about $790 million", "at least
  $2 billion a year", "from $350 billion to $1.3 trillion a year" both with no hedge
  (hundred-forty-fifth: "between $290 billion and $580 billion a year"), "$900 billion a year
  ..., from $1.3 trillion", "$450 billion", "31.7 billion euros", "$280 billion a year", "$500
  billion a year", "at least $280 billion", "at least $1 billion", "£12.4 billion" (twice),
  "About £3 billion" "about". "im Jahr", „jährlich“, „pro Jahr“ and "a year" none
  (hundred-twenty-second).
- Conferences and their process (hundred-forty-fifth, three-hundred-and-seventy-first):
  "COP33" is a name and carries none; „der 33. Weltklimakonferenz“ (twice), "The United
  Nations' 33rd annual climate summit", „Die 34. Weltklimakonferenz“ and "the 35th
  conference" are ordinals; drafts, weeks and nights are ordinals („einen zweiten Entwurf“,
  „Im zweiten Entwurf“, „einen dritten Entwurf“, „die erste Fassung“, „Zu Beginn der zweiten
  Konferenzwoche“, "a first draft", "working through a second night"); ranks too („Um fünf
  Plätze auf Rang 21“ count 5 and ordinal 21 - hundred-forty-fifth: "auf Rang 20" with "um
  vier Plätze" -, „Die Podestplätze eins bis drei“ ordinals 1 and 3 -
  three-hundred-and-seventy-first: „die Plätze eins bis drei“ -, „auf Rang 67“). Texts are
  counted ("a 23-page text", „der 14-seitige Beschluss“ and "The 14-page decision" 14, „neun
  Seiten und 38 Paragrafen, zwei weniger als die erste Fassung“ 9, 38, 2 and ordinal 1, "more
  than 400 bracketed options" "over", "three competing figures" 3, „ein Zehn-Punkte-Papier“
  10 - the issue's "28-Punkte-Entwurf" -, „dem 214 Seiten starken Gutachten“ 214), while
  "Paragraph 14 of the draft" is an identifier and carries none (hundred-forty-fifth).
  Repetitions are counts (the issue: "viermal"): "has been postponed four times" 4
  (three-hundred-and-seventy-first: "suspended twice"). Sources counted: "three negotiators
  told Reuters" 3 and "Two negotiators said" 2 (hundred-forty-fifth). "Thousands", "dozens",
  „Mehrere Hundert“ none (seventeenth, four-hundred-and-fifth: „mehrere Hundert Menschen“).
- Counts otherwise: countries, parties, delegates and people („aus rund 195 Staaten“ "about",
  "nearly 200 nations" and „Die knapp 200 Staaten“ "nearly", "of the 195 Paris signatories",
  "Of the 197 parties" with "only" no hedge, "Leaders of 74 countries", „Mehr als 160
  Staaten“ "over", „sieben weitere Staaten ..., ... 66 nationale Mitglieder“, „zwei weitere
  bilaterale Abkommen“, „mit 17 Staaten“, „63 Staaten“, „Die 45 am wenigsten entwickelten
  Länder“, "Governors of 24 states", „rund 90 Personen“, „einer zwölfköpfigen Delegation“ 12
  - hundred-forty-fifth: the number word heading the compound -, „rund 51.000
  Teilnehmerinnen und Teilnehmer“ and "Some 51,000 participants ..., compared with roughly
  64,000" "about" each - four-hundred-and-tenth: "some" "about" -, "At least 1,640 of them"
  "at_least", "about 8,500; ... more than 30,000", "14 people", „rund 600 Teilnehmende, ...
  von 2.000“); multiples („gut 80-mal so klimaschädlich“ 80 "over" and "roughly four times
  the price" 4 "about"; three-hundred-and-seventy-first: „viermal so schnell“,
  four-hundred-and-tenth: "about seven times the size"); "in seven of the past nine months" 7
  and 9 (four-hundred-and-tenth: „in 16 der vergangenen 18 Monate“). New: "demanded that rich
  countries at least triple their payments" carries none - "triple" is a verb
  (hundred-forty-fifth) and the "at least" before it hedges no figure, as the "more than" of
  "has more than doubled" (four-hundred-and-tenth); „verdoppeln“ and "doubled" none too.
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; hundred-forty-fifth,
  three-hundred-and-seventy-first): "fewer than a third" 0.3333 "under" (fifty-fifth:
  "fewer than"), "about three-quarters" 0.75 "about", „etwa ein Fünftel weniger“ 0.2
  "about" (the „weniger“ after the share compares), "by almost a fifth" 0.2 "nearly"
  (four-hundred-and-tenth: "almost"), „rund ein Drittel“ 0.3333 "about", "only a quarter"
  0.25, "about two-thirds" 0.6667 "about", „gut zwei Drittel“ 0.6667 "over", "by about a
  fifth" 0.2 "about", „knapp zwei Drittel“ 0.6667 "nearly", "by more than a quarter" 0.25
  "over", "at least half" 0.5 "at_least", „Nur jedes vierte bewertete Land“ 0.25 („Nur“ no
  hedge), "roughly a fifth lower" 0.2 "about", „etwa ein Drittel“ 0.3333 "about" („bislang“,
  „erst“ no hedge), "half of it" 0.5, „mindestens die Hälfte“ 0.5 "at_least", "more than
  half" 0.5 "over", „um ein Viertel“ 0.25, "down nearly a fifth" 0.2 "nearly".
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; hundred-forty-fifth,
  three-hundred-and-seventy-first): "the two-week conference" 2 weeks, "the two-day leaders'
  segment" 2 days, „binnen fünf Tagen“ 5 days („binnen“ no hedge,
  three-hundred-and-eighty-eighth), „für gut zwei Stunden“ 2 hours "over", „Nach knapp drei
  Stunden“ 3 hours "nearly", "after about four hours" 4 hours "about", „Mit gut 36 Stunden
  Verspätung“ 36 hours "over" (hundred-forty-fifth: „Mit mehr als 31 Stunden Verspätung“),
  "some 36 hours past the deadline" 36 hours "about" ("past" after a span no hedge), "passed
  20 hours beyond its scheduled close" 20 hours ("passed" a verb, no hedge,
  three-hundred-and-seventy-first), "highest in nearly 18 months" 18 months "nearly", „seit
  fast zwei Jahren“ 2 years "nearly", „über einen Zeitraum von 20 Jahren“ 20 years („über“
  before an article no hedge, four-hundred-and-fifth), "over the past 12 months" 12 months,
  "over the first 10 months of this year" ordinal 1 and 10 months and "over the first nine
  months of this year" ordinal 1 and 9 months ("over" before a span no hedge,
  hundred-forty-fifth; four-hundred-and-tenth: "Over the first nine months" 1 and 9 months),
  "in about three years" 3 years "about" (hundred-forty-fifth), "over the next two years" 2
  years (two-hundred-and-forty-fourth); the age in „die 22-jährige
  Fridays-for-Future-Sprecherin“ 22 years (hundred-forty-fifth: „die 24-jährige
  Aktivistin“). None: „Einen Tag vor“ (an article, as „eine Stunde“, ninety-third), „im
  Vorjahr“, „im vergangenen Jahr“, „seit Jahren“, „in den Vorjahren“, „im Jahr“, „bis
  Jahresende“, „kommenden Jahres“, "last year", "this year", "next year", "this century",
  "over the past decade", "a full calendar year", "in the year to June", "in the June
  quarter", "by the end of September", "before the end of the year", "since January", "since
  the start of October", "between January and October", "in January", weekdays and parts of
  days („am Sonntagmorgen“, „am Dienstagabend“, „in der Nacht zum Donnerstag“, "on Wednesday
  evening", "by Saturday morning", "early Sunday", "since Friday evening") and clock times
  („um 18.00 Uhr“, "at 6:20 a.m.", "by 1400 GMT"; sixteenth).
- Percentages as written (every batch): „Prozent“, "%", AP's and AFP's "percent" and PA's
  and AAP's "per cent" in "%"; "up 3.1 percentage points" 3.1 "pp" (fifty-seventh);
  "a 50% chance" 50 (hundred-forty-fifth), here "an even, 50% chance" 50 ("even" writes no
  figure); "roughly 30%" "about", „gut 90 Prozent“ "over", "below 50 per cent" 50 "under"
  (hundred-forty-fifth: "below" right before a figure "under"), „um jeweils mehr als zehn
  Prozent über dem Zielpfad“ 10 "over" („jeweils“ no hedge, „über dem“ after the figure
  compares), „rund 4,2 Prozent im Jahr“ "about" („im Schnitt“ no hedge), „mindestens 7
  Prozent“ "at_least", „nur rund 17 Prozent“ "about", „um bis zu 4,2 Prozent“ "up_to" and
  "fell as much as 3.1%" "up_to" (as "slid as much as 9.3%" in an earlier batch), "only
  about 22%" "about" ("only" no hedge), "together bought 62%" ("together" no hedge),
  "61 per cent ..., while 27 per cent", "nearly 70 percent" "nearly".
- Years and dates: target, base, law and record years as written (by 2035, bis 2030, from
  2030, ab 2029, Ab 2028, in 2024, in 2019, since 1993, since 2019, seit 2021, in 1995, für
  2040, das Jahr 2050, by the end of 2029, „von 2015“, "between 2027 and 2031" both, "The
  UK's 2050 net zero target" and "the 2024 summit" - a year before a noun dating it,
  three-hundred-and-seventy-first -, "covering 2035", „für 2030“). Reuters and AFP English
  datelines with a day are dates without a year ("NAIROBI, Oct 31" --10-31, "LONDON, Nov 3"
  --11-03, "BUSAN, South Korea, Nov 7 (AFP)" --11-07 with the country between city and day -
  hundred-forty-fifth: "ANTALYA, Turkey, Nov 11" -, "Nov 8" --11-08, "Nov 9" --11-09, "Nov
  11" --11-11, "Nov 14" --11-14, "Nov 15" --11-15, "Nov 18" --11-18, "LONDON, Nov 20"
  --11-20), as are „Bis zum 17. November“ --11-17 and „zum 1. Januar“ --01-01
  (four-hundred-and-tenth); dpa, APA, APA/AFP, Keystone-SDA, Reuters German ("Frankfurt
  (Reuters) -", "Berlin (Reuters) -"), AP ("BUSAN, South Korea (AP) —", "WASHINGTON (AP) —"),
  AFP without a day ("NEW DELHI (AFP) -", "BEIJING (AFP) -"), PA ("LONDON (PA) -", "BUSAN (PA)
  -") and AAP ("SYDNEY (AAP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "some", "Some"
  "about"; „knapp“, „fast“, "nearly", "almost" "nearly"; „gut“, „mehr als“, „Mehr als“,
  „über“ right before a figure (also after „deutlich“), "more than" "over"; "fewer than",
  "less than", "below" right before a figure, „unter“ right before a figure (also after
  „deutlich“) "under"; „mindestens“, „Mindestens“, "at least", "At least" "at_least"; „bis
  zu“, "as much as" "up_to". No hedge: „Insgesamt“, „weitere“, „davon“,
  „jeweils“, „im Schnitt“, „bislang“, „erst“, „nur“, „Nur“, „zuletzt“, „erneut“,
  „voraussichtlich“, „möglichst“ (above), „binnen“, "only", "alone", "together", "so far", "a
  record", "an average of", "averaged", "well short of", "passed", "past" after a span, "to"
  and „bis“ in a range, „um“ before a difference, "over" before a span, „über“ before an
  article, and „weniger als“, „über dem“, "lower than", "below" after a figure.
- Speakers, checked only in forms the earlier batches settled: German „X sagte, ...“ opening
  the row with the title dropped („Chefunterhändlerin Annegret Hollerbeck“, „UBA-Expertin
  Hemma Pruckmoser“, „Chefverhandler Florian Stoisser“, „Bafu-Sektionschef Urs
  Imfeld-Bucher“, „Germanwatch-Experte Till Brümmerstedt“, „Klimadax-Analyst Malte
  Grevenbroich“, „Greenpeace-Sprecherin Larissa Domenig“, „Alliance-Sud-Klimaexpertin Noemi
  Amsler-Zgraggen“, „IfW-Klimaökonomin Friederike Mönninghoff“, „Expertenrats-Mitglied
  Henrike Kolbenstetter“; hundred-forty-fifth, three-hundred-and-seventy-first), the surname
  after the title as written („Chefunterhändlerin Hollerbeck sagte“ -> "Hollerbeck",
  „Chefunterhändlerin Zbinden-Rauch sagte“ -> "Zbinden-Rauch"; forty-second), „...
  sagte in Busan, ...“ with the place dropped („Chefunterhändlerin Corinne Zbinden-Rauch
  sagte in Busan“; three-hundred-and-seventy-first), „sagte die samoanische
  Verhandlungsführerin Litia Faleolo“ and „sagte die 22-jährige
  Fridays-for-Future-Sprecherin Jonna Eickenscheidt“ the name (article, adjective, age and
  title dropped, three-hundred-and-eighty-eighth: „sagte der ukrainische Chefunterhändler
  Hryhorij Werbyzkyj“), „teilte das Umweltbundesamt am Freitag mit“ -> "das
  Umweltbundesamt", „teilte das UN-Klimasekretariat mit“ -> "das UN-Klimasekretariat",
  „teilte die Konferenzleitung mit“ and „Nach Angaben der Konferenzleitung“ -> "die
  Konferenzleitung" (hundred-forty-fifth), „teilte das Uvek am Montag mit“ -> "das Uvek" (an
  abbreviation with its article, as „das Bafu“, hundred-forty-fifth and fifty-seventh). New:
  „nach Angaben von Germanwatch“ -> "Germanwatch" - „nach Angaben von“ before a name
  (hundred-forty-fifth: „nach Angaben von Klimaschutzminister Leopold Aichinger“), the
  organisation's name without an article as written, as „laut Umweltbundesamt“ ->
  "Umweltbundesamt" (thirty-third). English: "..., the UN Environment Programme said on
  Tuesday in its annual Emissions Gap Report." -> "the UN Environment Programme" (the weekday
  and the phrase after the verb dropped, three-hundred-and-seventy-first), "..., the U.N.
  climate secretariat said." twice -> "the U.N. climate secretariat" (as "the Climate Change
  Committee said", three-hundred-and-seventy-first), "..., the Commons Environmental Audit
  Committee said" with the article lowered, the name with the role dropped ("Lead author
  Mireille Ijsselstein said", "Veyron Commodities analyst Jarrah Tindall-Rooke said", "Lead
  researcher Oskar Vellenga said", "Ember analyst Dinah Westgarth-Cole said", "CREA analyst
  Liang Wenjie said"), "Tongan negotiator Siosaia Vake told AFP" (four-hundred-and-tenth:
  "told AFP"), "Climate Action Tracker said", "Oxfam said", "Carbon Market Watch said" and
  "Christian Aid said" as written (hundred-forty-fifth: "Oxfam said", "Climate Action
  Tracker said"), "Police said" -> "police" (hundred-forty-fifth). Left unchecked (None): all
  negatives, also those with a named speaker; roles and pronouns („Der UN-Klimachef sagte“,
  „sagte er“, „sagte sie im Ö1-Morgenjournal“, „Ein Sprecher des Bundesumweltministeriums
  sagte“, "the Energy Secretary told the summit", "The Energy Secretary has said", "The EU's
  climate commissioner said", "The Climate Change Minister said", "its top climate envoy told
  the summit", "The envoy said", "India's chief negotiator told reporters", "An environment
  ministry official said", "California's governor told the summit"); masculine and neuter
  genitives and compounds („nach Angaben des Ministeriums“ twice, „nach Angaben des Bafu“,
  „nach Daten des Umweltbundesamts“, „nach UN-Berechnungen“, „nach Einschätzung des
  Expertenrats“, „nach Berechnungen des ADAC“; four-hundred-and-tenth), wie-clauses („wie das
  Bafu am Montag mitteilte“; two-hundred-and-fourth, three-hundred-and-seventy-first,
  four-hundred-and-tenth), documents and estimates („Nach einer Oxfam-Auswertung“, „heißt es
  in dem ... Gutachten“, „Laut Budgetdienst des Parlaments“ and „Gemäss Alliance Sud“ -
  hundred-forty-fifth -, "the report found", "the latest quarterly update shows", "provisional
  Government figures show", "market operator data show", "official data showed", "a report
  presented at the summit showed", "an analysis for the climate website Carbon Brief showed",
  "the analysis said", "according to the text", "according to estimates the Global Carbon
  Project released", "according to preliminary estimates by the research firm Rhodium
  Group"), plural and anonymous sources („nach Angaben von Teilnehmern“, „Händler verwiesen“,
  "the energy department's statisticians calculate", "Foreign Office officials said",
  "Negotiators said", "Two negotiators said", "three negotiators told Reuters", "Governors of
  24 states ... have said"), a possessive heading the source ("the fund's board reported",
  "Saudi Arabia's delegation told the plenary"; hundred-forty-fifth), two sources in one row
  ("Police put the crowd at ...; organizers said ...", „Die Polizei zählte ..., die
  Veranstalter sprachen von ...“; hundred-forty-fifth), verbs that are not of saying
  („kündigte ... an“, "counted", "estimated"). New: "At least 1,640 of them are fossil fuel
  lobbyists, the Kick Big Polluters Out coalition counted." stays unchecked - "counted" names
  a tally, not a statement, as "found" and "showed" do (hundred-forty-fifth: "a U.N. tally
  showed"), and the row stays check-worthy.
- Check-worthy without a figure (hundred-forty-fifth, three-hundred-and-seventy-first): the
  traders' stated cause of the rally (three-hundred-and-seventy-first), the Korean minister's
  stated condition for the summit, the German minister's announcement in the plenary, a
  publication line, Stoisser's, Zbinden-Rauch's and India's stated positions, three states
  not joining a pledge, a march that took place, Brümmerstedt's stated cause, the walk-out
  and Faleolo's struck target, Saudi Arabia's stated blocking position (hundred-forty-fifth:
  "his delegation would block any text ..."), the schedule of the close (a clock time only),
  a demonstration in Berlin, the Federal Council's decision not to raise its pledge and the
  committee's announced inquiry (an announced step, two-hundred-and-fourth).
- Negatives (ninety-eighth, hundred-forty-fifth, two-hundred-and-fourth,
  three-hundred-and-seventy-first, four-hundred-and-tenth), none with a figure: rhetoric and
  creed in quotes (the pairs above, "We did not come to Busan to admire the problem", "We have
  never been this near to a deal, or this far from it", "Britain will always pull its weight
  ..." - a vow), labels („Der Eigentümerverband Haus & Grund sprach von ...“, „Die FPÖ sprach
  von ...“ twice, „Alliance Sud sprach von ...“, „Die Bundesumweltministerin nannte das
  Ergebnis ...“, "Friends of the Earth called the fall ...", "Christian Aid called the package
  ...", "A White House spokesperson called the summit ..."; the welcome „hat das Ergebnis ...
  als „Schritt in die richtige Richtung“ begrüßt“ as the lead of its story,
  three-hundred-and-seventy-first), an assessment without a figure ("The Energy Secretary
  said Britain was "firmly on track" ..."; three-hundred-and-seventy-first: „wir sind auf
  Kurs“) and the Opposition's "driving up power bills for nothing", accusations and criticism
  naming no act („Umweltverbände werfen der Regierung vor, ...“, „Alliance Sud kritisierte,
  ...“; eighty-fourth, four-hundred-and-tenth), a verdict with „halten ... für“ („Andere
  Marktteilnehmer halten den Anstieg für übertrieben.“; ninety-eighth) and Hollerbeck's
  Konjunktiv I verdict (hundred-forty-fifth), doubts and a fear („Umweltverbände bezweifeln
  ...“, „Viele Fachleute bezweifeln ...“, "Several delegates said privately they doubted ...",
  "Some delegates questioned whether ..."), a reassurance (the foreign ministry
  spokesperson's "needed no lectures"), views told as reports ("Some traders said the rally looked stretched ...",
  "Several traders described the market as nervous and thin", "Critics say the market lets
  rich nations buy their way out ...", "Environmental groups said the text let the world's
  biggest polluters off the hook"; four-hundred-and-fifth), a forecast without a figure
  („Beobachter erwarten, dass die Konferenz ... in die Verlängerung geht.“; forty-seventh),
  open questions („Dass dieser Zeitplan hält, glaubt in Busan kaum jemand.“, "It remains
  unclear how far China ...", "Whether Washington will return ... is an open question."), an
  announcement naming no measure („Eickenscheidt kündigte an, den Druck ... weiter zu
  erhöhen.“; two-hundred-and-fourth: a vow and a warning naming no measure), chants ("Pay up,
  phase out!", „Ihr verhandelt, wir verbrennen“; hundredth, hundred-forty-fifth), a vox pop
  (the student Seo Ha-eun), scene colour (negotiators dozing on sofas; hundred-forty-fifth)
  and two headings without a figure („Analyse: Was vom Klimagipfel in Busan bleibt“,
  "FACTBOX-What governments signed up to in Busan"; three-hundred-and-eighty-eighth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_415 = [
    # --- UN emissions gap report (Reuters), Tuesday, Oct 31 ---
    (
        "en",
        "NAIROBI, Oct 31 (Reuters) - Global greenhouse gas emissions rose 1.3% last year to a record 58.4 gigatonnes of carbon dioxide equivalent, the UN Environment Programme said on Tuesday in its annual Emissions Gap Report.",
        True,
        [("date", "--10-31", None, None), ("percent", 1.3, "%", None), ("count", 58.4, None, None)],
        "the UN Environment Programme",
    ),
    (
        "en",
        "Current national pledges put the world on course for 2.4 to 2.7 degrees Celsius of warming this century, barely changed from last year's assessment.",
        True,
        [("count", 2.4, None, None), ("count", 2.7, None, None)],
        None,
    ),
    (
        "en",
        "To hold warming to 1.5C, emissions would have to fall 42% by 2035 from 2019 levels, the report found.",
        True,
        [
            ("count", 1.5, None, None),
            ("percent", 42, "%", None),
            ("year", 2035, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "Lead author Mireille Ijsselstein said fewer than a third of the 195 Paris signatories had handed in new targets for 2035 by the end of September.",
        True,
        [("fraction", 0.3333, None, "under"), ("count", 195, None, None), ("year", 2035, None, None)],
        "Mireille Ijsselstein",
    ),
    (
        "en",
        '"The gap is not a mystery any more, it is a decision that governments keep taking," Ijsselstein said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The G20 economies produce about three-quarters of the world's emissions, with China alone responsible for roughly 30%.",
        True,
        [("fraction", 0.75, None, "about"), ("percent", 30, "%", "about")],
        None,
    ),
    # --- Deutschland vor Busan (dpa), Donnerstag, 2. November ---
    (
        "de",
        "Berlin (dpa) - Vor der 33. Weltklimakonferenz im südkoreanischen Busan will die Bundesregierung an ihrer Zusage von sechs Milliarden Euro Klimafinanzierung im Jahr festhalten.",
        True,
        [("ordinal", 33, None, None), ("money", 6000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die deutsche Delegation unter Leitung der Bundesumweltministerin umfasst nach Angaben des Ministeriums rund 90 Personen.",
        True,
        [("count", 90, None, "about")],
        None,
    ),
    (
        "de",
        "Chefunterhändlerin Annegret Hollerbeck sagte, Deutschland werde sich in Busan für ein neues Finanzziel von mindestens 400 Milliarden Dollar pro Jahr bis 2035 einsetzen.",
        True,
        [("money", 400000000000, "USD", "at_least"), ("year", 2035, None, None)],
        "Annegret Hollerbeck",
    ),
    (
        "de",
        "„Wer Vertrauen zurückgewinnen will, muss liefern, und zwar nicht nur auf dem Papier“, sagte Hollerbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Daten des Umweltbundesamts stieß Deutschland im vergangenen Jahr 597 Millionen Tonnen Treibhausgase aus, gut 52 Prozent weniger als 1990.",
        True,
        [("count", 597000000, None, None), ("percent", 52, "%", "over"), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "Umweltverbände werfen der Regierung vor, beim Klimaschutz im Verkehr seit Jahren auf der Bremse zu stehen.",
        False,
        [],
        None,
    ),
    # --- UK provisional emissions (PA), Thursday, Nov 2 ---
    (
        "en",
        "LONDON (PA) - The UK's territorial greenhouse gas emissions fell 3.8 per cent last year to 362.4 million tonnes of carbon dioxide equivalent, provisional Government figures show.",
        True,
        [("percent", 3.8, "%", None), ("count", 362400000, None, None)],
        None,
    ),
    (
        "en",
        "Emissions are therefore 54.7 per cent lower than in 1990, the energy department's statisticians calculate.",
        True,
        [("percent", 54.7, "%", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Emissions from power stations dropped by almost a fifth as coal stayed off the grid for a full calendar year for the first time.",
        True,
        [("fraction", 0.2, None, "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Ministers have set a target of cutting emissions 79 per cent from 1990 levels by 2035.",
        True,
        [("percent", 79, "%", None), ("year", 1990, None, None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Transport remained the largest-emitting sector at 104 million tonnes, roughly 29 per cent of the total.",
        True,
        [("count", 104000000, None, None), ("percent", 29, "%", "about")],
        None,
    ),
    ("en", 'The Energy Secretary said Britain was "firmly on track" and would not slow down.', False, [], None),
    ("en", 'Friends of the Earth called the fall "a warm-winter windfall, not a policy success".', False, [], None),
    # --- Österreichs Klimabilanz (APA), Freitag, 3. November ---
    (
        "de",
        "Wien (APA) - Um 4,1 Prozent auf 63,2 Millionen Tonnen CO2-Äquivalent ist der Treibhausgasausstoß Österreichs im Vorjahr gesunken, teilte das Umweltbundesamt am Freitag mit.",
        True,
        [("percent", 4.1, "%", None), ("count", 63200000, None, None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Gegenüber dem Basisjahr 1990 liegt der Ausstoß damit um knapp 20 Prozent niedriger.",
        True,
        [("year", 1990, None, None), ("percent", 20, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die EU-Lastenteilung verlangt von Österreich bis 2030 ein Minus von 48 Prozent gegenüber 2005 in den Sektoren außerhalb des Emissionshandels.",
        True,
        [("year", 2030, None, None), ("percent", 48, "%", None), ("year", 2005, None, None)],
        None,
    ),
    (
        "de",
        "UBA-Expertin Hemma Pruckmoser sagte, der milde Winter erkläre rund ein Drittel des Rückgangs.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Hemma Pruckmoser",
    ),
    ("de", "„Ein warmer Winter ersetzt keine Klimapolitik“, sagte Pruckmoser.", False, [], None),
    (
        "de",
        "Die Klimaschutzministerin reist am Sonntag mit einer zwölfköpfigen Delegation nach Busan.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    # --- EU carbon price (Reuters), Friday, Nov 3 ---
    (
        "en",
        "LONDON, Nov 3 (Reuters) - European carbon prices climbed to their highest in nearly 18 months on Friday, with the benchmark December contract settling at 93.40 euros a tonne on ICE Endex.",
        True,
        [("date", "--11-03", None, None), ("duration", 18, "month", "nearly"), ("money", 93.4, "EUR", None)],
        None,
    ),
    (
        "en",
        "The contract has gained about 14% since the start of October.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    (
        "en",
        "Traders attributed the rally to a cold snap in northern Europe and weak wind output, which forced utilities to burn more coal.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Veyron Commodities analyst Jarrah Tindall-Rooke said he expected prices to average 88 euros in the first quarter of next year.",
        True,
        [("money", 88, "EUR", None), ("ordinal", 1, None, None)],
        "Jarrah Tindall-Rooke",
    ),
    (
        "en",
        "Some traders said the rally looked stretched and warned against reading too much into a few cold days.",
        False,
        [],
        None,
    ),
    # --- Eröffnung der COP33 (dpa), Montag, 6. November ---
    (
        "de",
        "Busan (dpa) - Mit einem Appell zur Eile hat im südkoreanischen Busan die 33. Weltklimakonferenz begonnen.",
        True,
        [("ordinal", 33, None, None)],
        None,
    ),
    (
        "de",
        "Bis zum 17. November verhandeln dort Delegierte aus rund 195 Staaten über die nächsten Schritte gegen die Erderhitzung.",
        True,
        [("date", "--11-17", None, None), ("count", 195, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 51.000 Teilnehmerinnen und Teilnehmer haben sich registriert, etwa ein Fünftel weniger als im Vorjahr, teilte das UN-Klimasekretariat mit.",
        True,
        [("count", 51000, None, "about"), ("fraction", 0.2, None, "about")],
        "das UN-Klimasekretariat",
    ),
    (
        "de",
        "Der UN-Klimachef sagte zur Eröffnung, die bisherigen nationalen Pläne führten zu einer Erwärmung von deutlich über 2 Grad.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    ("de", "„Die Physik verhandelt nicht, und sie wartet auch nicht auf uns“, sagte er.", False, [], None),
    (
        "de",
        "Das Pariser Abkommen von 2015 verpflichtet die Staaten, die Erwärmung auf deutlich unter 2 Grad und möglichst auf 1,5 Grad zu begrenzen.",
        True,
        [("year", 2015, None, None), ("count", 2, None, "under"), ("count", 1.5, None, None)],
        None,
    ),
    # --- COP33 opens (AP), Monday, Nov 6 ---
    (
        "en",
        "BUSAN, South Korea (AP) — The United Nations' 33rd annual climate summit opened Monday with the host government urging nearly 200 nations to turn their pledges into action.",
        True,
        [("ordinal", 33, None, None), ("count", 200, None, "nearly")],
        None,
    ),
    (
        "en",
        "Some 51,000 participants signed up for the two-week conference, compared with roughly 64,000 last year, the U.N. climate secretariat said.",
        True,
        [("count", 51000, None, "about"), ("duration", 2, "week", None), ("count", 64000, None, "about")],
        "the U.N. climate secretariat",
    ),
    (
        "en",
        "At least 1,640 of them are fossil fuel lobbyists, the Kick Big Polluters Out coalition counted.",
        True,
        [("count", 1640, None, "at_least")],
        None,
    ),
    (
        "en",
        "South Korea's environment minister, who presides over the talks, told the opening plenary that the summit had to settle a new finance goal before it closed.",
        True,
        [],
        None,
    ),
    ("en", '"We did not come to Busan to admire the problem," the minister said.', False, [], None),
    (
        "en",
        "The city last hosted a major global environmental negotiation in 2024, when talks on a plastics treaty ended without agreement.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    # --- CO2-Statistik der Schweiz (Keystone-SDA), Montag, 6. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Der CO2-Ausstoss aus Brennstoffen wie Heizöl und Erdgas ist in der Schweiz im vergangenen Jahr um 5,6 Prozent gesunken.",
        True,
        [("percent", 5.6, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zu 1990 ergibt sich damit ein Rückgang um 34,2 Prozent, wie das Bafu am Montag mitteilte.",
        True,
        [("year", 1990, None, None), ("percent", 34.2, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den Treibstoffen lag der Rückgang bei nur 0,9 Prozent, der Verkehr bleibt mit rund 14 Millionen Tonnen der grösste Verursacher.",
        True,
        [("percent", 0.9, "%", None), ("count", 14000000, None, "about")],
        None,
    ),
    (
        "de",
        "Chefunterhändlerin Corinne Zbinden-Rauch sagte in Busan, die Schweiz werde ihren Beitrag zur internationalen Klimafinanzierung ab 2029 auf rund 720 Millionen Franken pro Jahr erhöhen.",
        True,
        [("year", 2029, None, None), ("money", 720000000, "CHF", "about")],
        "Corinne Zbinden-Rauch",
    ),
    (
        "de",
        "«Die Schweiz sitzt zwischen den Blöcken, und genau dort wird man gebraucht», sagte Zbinden-Rauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Alliance Sud kritisierte, der Betrag bleibe weit hinter dem fairen Anteil der Schweiz zurück.",
        False,
        [],
        None,
    ),
    # --- Island states and loss and damage (AFP), Tuesday, Nov 7 ---
    (
        "en",
        "BUSAN, South Korea, Nov 7 (AFP) - Small island states on Tuesday demanded that rich countries at least triple their payments into the U.N.-backed loss and damage fund, which has disbursed less than $400 million since it opened.",
        True,
        [("date", "--11-07", None, None), ("money", 400000000, "USD", "under")],
        None,
    ),
    (
        "en",
        "Pledges to the fund total about $790 million, of which only a quarter has actually arrived, the fund's board reported.",
        True,
        [("money", 790000000, "USD", "about"), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Tongan negotiator Siosaia Vake told AFP that the sea around his country's main island had risen by about 21 centimetres since 1993.",
        True,
        [("count", 21, None, "about"), ("year", 1993, None, None)],
        "Siosaia Vake",
    ),
    (
        "en",
        '"For us this is not a negotiation about money, it is a negotiation about whether we still have a home," Vake said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Alliance of Small Island States wants the fund to receive at least $2 billion a year from 2030.",
        True,
        [("money", 2000000000, "USD", "at_least"), ("year", 2030, None, None)],
        None,
    ),
    # --- Nationaler CO2-Preis (dpa), Dienstag, 7. November ---
    (
        "de",
        "Berlin (dpa) - Tanken und Heizen mit fossilen Brennstoffen wird erneut teurer: Der nationale CO2-Preis steigt zum 1. Januar von 65 auf 75 Euro je Tonne.",
        True,
        [("date", "--01-01", None, None), ("money", 65, "EUR", None), ("money", 75, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Liter Benzin verteuert sich dadurch nach Berechnungen des ADAC um knapp drei Cent.",
        True,
        [("money", 0.03, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Für einen Haushalt mit einem Gasverbrauch von 15.000 Kilowattstunden im Jahr bedeutet das Mehrkosten von rund 36 Euro.",
        True,
        [("count", 15000, None, None), ("money", 36, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Bundesumweltministeriums sagte, die Einnahmen von zuletzt rund 14,6 Milliarden Euro im Jahr flössen in den Klima- und Transformationsfonds.",
        True,
        [("money", 14600000000, "EUR", "about")],
        None,
    ),
    ("de", "Der Eigentümerverband Haus & Grund sprach von einer „kalten Enteignung auf Raten“.", False, [], None),
    (
        "de",
        "Ab 2028 soll der nationale Preis im europäischen Emissionshandel für Gebäude und Verkehr aufgehen.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- China's target (Reuters), Wednesday, Nov 8 ---
    (
        "en",
        "BUSAN, South Korea, Nov 8 (Reuters) - China will cut its net greenhouse gas emissions by 10-15% from their peak by 2035, its top climate envoy told the summit on Wednesday.",
        True,
        [
            ("date", "--11-08", None, None),
            ("percent", 10, "%", None),
            ("percent", 15, "%", None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        "The envoy said China had installed 1,180 gigawatts of wind and solar capacity by the end of September, more than any other country.",
        True,
        [("count", 1180, None, None)],
        None,
    ),
    (
        "en",
        "Climate Action Tracker said China's emissions would need to fall by about two-thirds by 2035 to be consistent with the 1.5C limit.",
        True,
        [("fraction", 0.6667, None, "about"), ("year", 2035, None, None), ("count", 1.5, None, None)],
        "Climate Action Tracker",
    ),
    (
        "en",
        "A foreign ministry spokesperson said China had always honoured its commitments and needed no lectures from others.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Leaders of 74 countries addressed the two-day leaders' segment, which closed on Wednesday evening.",
        True,
        [("count", 74, None, None), ("duration", 2, "day", None)],
        None,
    ),
    ("en", "Several delegates said privately they doubted the target would move other big emitters.", False, [], None),
    # --- Deutsche Zusage für den Schadensfonds (dpa), Mittwoch, 8. November ---
    (
        "de",
        "Busan (dpa) - Deutschland stellt dem UN-Fonds für Klimaschäden weitere 75 Millionen Euro zur Verfügung.",
        True,
        [("money", 75000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Bundesumweltministerin kündigte die Zusage am Mittwoch in ihrer Rede vor dem Plenum an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt hat Deutschland damit 235 Millionen Euro für den Fonds zugesagt, mehr als jedes andere Land.",
        True,
        [("money", 235000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Chefunterhändlerin Hollerbeck sagte, von den zugesagten sechs Milliarden Euro seien im vergangenen Jahr rund 5,7 Milliarden Euro tatsächlich geflossen.",
        True,
        [("money", 6000000000, "EUR", None), ("money", 5700000000, "EUR", "about")],
        "Hollerbeck",
    ),
    (
        "de",
        "„Deutschland bleibt ein verlässlicher Partner, auch wenn die Haushaltslage angespannt ist“, sagte Hollerbeck.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Oxfam-Auswertung wurden gut zwei Drittel der deutschen Klimahilfen als Kredite vergeben.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    # --- Global Carbon Project (Reuters), Thursday, Nov 9 ---
    (
        "en",
        "BUSAN, South Korea, Nov 9 (Reuters) - Global fossil carbon dioxide emissions will climb 0.9% this year to a record 39.3 billion tonnes, according to estimates the Global Carbon Project released on Thursday.",
        True,
        [("date", "--11-09", None, None), ("percent", 0.9, "%", None), ("count", 39300000000, None, None)],
        None,
    ),
    (
        "en",
        "At current rates, the carbon budget left for an even, 50% chance of holding warming at 1.5C would be spent in about three years.",
        True,
        [("percent", 50, "%", None), ("count", 1.5, None, None), ("duration", 3, "year", "about")],
        None,
    ),
    (
        "en",
        "Emissions from China are projected to edge down 0.3%, while India's are set to rise 4.1% and those of the United States 1.2%.",
        True,
        [("percent", 0.3, "%", None), ("percent", 4.1, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Lead researcher Oskar Vellenga said emissions from deforestation and other land-use change had fallen by about a fifth over the past decade.",
        True,
        [("fraction", 0.2, None, "about")],
        "Oskar Vellenga",
    ),
    ("en", '"The curve is bending, but it is bending far too slowly for comfort," Vellenga said.', False, [], None),
    ("en", "The annual budget is published in the journal Earth System Science Data.", True, [], None),
    # --- Österreich und der Grüne Klimafonds (APA), Donnerstag, 9. November ---
    (
        "de",
        "Busan (APA) - Um 30 Prozent auf 182 Millionen Euro erhöht Österreich seine Einzahlungen in den Grünen Klimafonds für die kommende Finanzierungsperiode.",
        True,
        [("percent", 30, "%", None), ("money", 182000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Davon sollen nach Angaben des Ministeriums knapp zwei Drittel in Anpassungsprojekte fließen.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Chefverhandler Florian Stoisser sagte, Österreich werde sich in Busan für einen verbindlichen Fahrplan weg von Kohle, Öl und Gas einsetzen.",
        True,
        [],
        "Florian Stoisser",
    ),
    (
        "de",
        "„Wir können nicht Dürrehilfe zahlen und gleichzeitig neue Bohrlöcher feiern“, sagte Stoisser.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ sprach von „Steuergeld für Klimatourismus“.", False, [], None),
    (
        "de",
        "Die Grünen verlangten, den Beitrag auf mindestens 250 Millionen Euro zu erhöhen.",
        True,
        [("money", 250000000, "EUR", "at_least")],
        None,
    ),
    # --- Australia's quarterly emissions (AAP), Friday, Nov 10 ---
    (
        "en",
        "SYDNEY (AAP) - Australia's greenhouse gas emissions fell 1.4 per cent in the year to June, to 431.8 million tonnes, the latest quarterly update shows.",
        True,
        [("percent", 1.4, "%", None), ("count", 431800000, None, None)],
        None,
    ),
    (
        "en",
        "That leaves national emissions 29.6 per cent lower than in 2005, well short of the 43 per cent cut the government has legislated for 2030.",
        True,
        [
            ("percent", 29.6, "%", None),
            ("year", 2005, None, None),
            ("percent", 43, "%", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Climate Change Minister said electricity emissions had dropped by more than a quarter since 2019.",
        True,
        [("fraction", 0.25, None, "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Renewables supplied 43.5 per cent of the national electricity market over the past 12 months, up 3.1 percentage points, market operator data show.",
        True,
        [("percent", 43.5, "%", None), ("duration", 12, "month", None), ("percent", 3.1, "pp", None)],
        None,
    ),
    (
        "en",
        "Ember analyst Dinah Westgarth-Cole said coal's share of the main grid had fallen below 50 per cent in the June quarter for the first time.",
        True,
        [("percent", 50, "%", "under"), ("ordinal", 1, None, None)],
        "Dinah Westgarth-Cole",
    ),
    (
        "en",
        "The Opposition's energy spokesman said Labor's targets were \"driving up power bills for nothing\".",
        False,
        [],
        None,
    ),
    # --- Methan und Kohle (dpa), Freitag, 10. November ---
    (
        "de",
        "Busan (dpa) - Mehr als 160 Staaten haben sich in Busan einer erweiterten Initiative zur Senkung des Methanausstoßes angeschlossen.",
        True,
        [("count", 160, None, "over")],
        None,
    ),
    (
        "de",
        "Sie wollen die Emissionen des Treibhausgases bis 2035 um mindestens 35 Prozent gegenüber 2020 senken.",
        True,
        [("year", 2035, None, None), ("percent", 35, "%", "at_least"), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Methan ist über einen Zeitraum von 20 Jahren gut 80-mal so klimaschädlich wie Kohlendioxid.",
        True,
        [("duration", 20, "year", None), ("count", 80, None, "over")],
        None,
    ),
    ("de", "Russland, Iran und Saudi-Arabien traten der Initiative nicht bei.", True, [], None),
    (
        "de",
        "Umweltverbände bezweifeln, dass die freiwillige Zusage in den Förderländern viel bewirkt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Allianz für den Kohleausstieg schlossen sich zugleich sieben weitere Staaten an, sie zählt damit 66 nationale Mitglieder.",
        True,
        [("count", 7, None, None), ("count", 66, None, None)],
        None,
    ),
    # --- March in Busan (AP), Saturday, Nov 11 ---
    (
        "en",
        "BUSAN, South Korea (AP) — Thousands of people marched through central Busan on Saturday to demand that the summit agree on an end to fossil fuels.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Police put the crowd at about 8,500; organizers said more than 30,000 took part.",
        True,
        [("count", 8500, None, "about"), ("count", 30000, None, "over")],
        None,
    ),
    (
        "en",
        "The march, one of dozens held around the world during the summit's middle weekend, ended peacefully after about four hours.",
        True,
        [("duration", 4, "hour", "about")],
        None,
    ),
    ("en", '"Pay up, phase out!" marchers chanted as they passed the conference centre.', False, [], None),
    (
        "en",
        '"My grandparents fished these waters and I want my children to fish them too," said Seo Ha-eun, a university student from the city.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Police said they detained 14 people who tried to block an entrance to the venue.",
        True,
        [("count", 14, None, None)],
        "police",
    ),
    # --- First draft (Reuters), Saturday, Nov 11 ---
    (
        "en",
        "BUSAN, South Korea, Nov 11 (Reuters) - The summit's presidency published a first draft of the finance decision on Saturday, a 23-page text riddled with square brackets marking points still in dispute.",
        True,
        [("date", "--11-11", None, None), ("ordinal", 1, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "en",
        "Negotiators said the draft contained more than 400 bracketed options, including three competing figures for the new goal.",
        True,
        [("count", 400, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The options range from $350 billion to $1.3 trillion a year by 2035, according to the text.",
        True,
        [("money", 350000000000, "USD", None), ("money", 1300000000000, "USD", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "Paragraph 14 of the draft would ask developed countries to provide at least half of any new money as grants.",
        True,
        [("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "en",
        "India's chief negotiator told reporters that New Delhi would not accept a goal that counted private investment toward the total.",
        True,
        [],
        None,
    ),
    ("en", "Some delegates questioned whether the presidency could shrink the text in time.", False, [], None),
    # --- Klimaschutzprojekte im Ausland (Keystone-SDA), Montag, 13. November ---
    (
        "de",
        "Busan (Keystone-SDA) - Die Schweiz hat in Busan zwei weitere bilaterale Abkommen zur Anrechnung von Klimaschutzprojekten im Ausland unterzeichnet, mit Kenia und den Philippinen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Damit hat sie solche Abkommen inzwischen mit 17 Staaten geschlossen.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "Bafu-Sektionschef Urs Imfeld-Bucher sagte, bis 2030 wolle die Schweiz auf diesem Weg gut 30 Millionen Tonnen CO2 im Ausland kompensieren.",
        True,
        [("year", 2030, None, None), ("count", 30000000, None, "over")],
        "Urs Imfeld-Bucher",
    ),
    (
        "de",
        "Eine Tonne aus diesen Projekten kostet den Bund nach Angaben des Bafu im Schnitt 24 Franken.",
        True,
        [("money", 24, "CHF", None)],
        None,
    ),
    ("de", "Alliance Sud sprach von einem «Ablasshandel mit dem globalen Süden».", False, [], None),
    (
        "de",
        "Gemäss Alliance Sud müsste die Schweiz ihren Beitrag zur Klimafinanzierung auf mindestens 1,2 Milliarden Franken im Jahr erhöhen.",
        True,
        [("money", 1200000000, "CHF", "at_least")],
        None,
    ),
    # --- Klimaschutz-Index (dpa), Montag, 13. November ---
    (
        "de",
        "Busan (dpa) - Um fünf Plätze auf Rang 21 ist Deutschland im neuen Klimaschutz-Index von Germanwatch abgerutscht.",
        True,
        [("count", 5, None, None), ("ordinal", 21, None, None)],
        None,
    ),
    (
        "de",
        "Die Podestplätze eins bis drei ließen die Autoren erneut frei: Kein bewertetes Land sei auf einem Pfad, der mit 1,5 Grad Erwärmung vereinbar ist.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 3, None, None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "de",
        "Bewertet wurden nach Angaben von Germanwatch 63 Staaten und die EU, die zusammen für gut 90 Prozent der weltweiten Emissionen stehen.",
        True,
        [("count", 63, None, None), ("percent", 90, "%", "over")],
        "Germanwatch",
    ),
    (
        "de",
        "Nur jedes vierte bewertete Land erhielt in der Kategorie erneuerbare Energien die Note „hoch“.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Germanwatch-Experte Till Brümmerstedt sagte, vor allem der Gebäudesektor und der Verkehr hätten Deutschland zurückgeworfen.",
        True,
        [],
        "Till Brümmerstedt",
    ),
    ("de", "„Ein Abstieg im Ranking ist ein Warnsignal, aber noch kein Urteil“, sagte Brümmerstedt.", False, [], None),
    (
        "de",
        "Schlusslicht ist erneut Saudi-Arabien auf Rang 67, hinter Iran und Russland.",
        True,
        [("ordinal", 67, None, None)],
        None,
    ),
    # --- Britain's climate finance (PA), Monday, Nov 13 ---
    (
        "en",
        "BUSAN (PA) - Britain will commit £12.4 billion in climate finance to developing countries between 2027 and 2031, the Energy Secretary told the summit.",
        True,
        [("money", 12400000000, "GBP", None), ("year", 2027, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "About £3 billion of it is earmarked for forest protection, Foreign Office officials said.",
        True,
        [("money", 3000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The sum is roughly a fifth lower in real terms than the previous commitment, Christian Aid said.",
        True,
        [("fraction", 0.2, None, "about")],
        "Christian Aid",
    ),
    ("en", '"Britain will always pull its weight on the world stage," the Energy Secretary said.', False, [], None),
    ("en", 'Christian Aid called the package "a retreat dressed up as leadership".', False, [], None),
    (
        "en",
        "The UK's 2050 net zero target was written into law in 2019.",
        True,
        [("year", 2050, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- Halbzeit in Busan (dpa), Montag, 13. November ---
    (
        "de",
        "Busan (dpa) - Zu Beginn der zweiten Konferenzwoche liegen die Positionen beim Geld nach Angaben von Teilnehmern noch weit auseinander.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Geeint ist bislang erst etwa ein Drittel des Entwurfstextes.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Die Ministerinnen und Minister, die am Montag in Busan eintrafen, sollen die strittigen Fragen binnen fünf Tagen lösen.",
        True,
        [("duration", 5, "day", None)],
        None,
    ),
    (
        "de",
        "Die Inselstaaten legten dazu ein Zehn-Punkte-Papier vor, das unter anderem eine feste Quote für Anpassungsgelder verlangt.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Präsidentschaft hat für Mittwoch einen zweiten Entwurf angekündigt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Beobachter erwarten, dass die Konferenz wie ihre Vorgängerinnen in die Verlängerung geht.",
        False,
        [],
        None,
    ),
    ("de", "„Wir brauchen jetzt Kompromisse, keine Maximalforderungen“, sagte Hollerbeck.", False, [], None),
    # --- Finance goal (Reuters), Tuesday, Nov 14 ---
    (
        "en",
        "BUSAN, South Korea, Nov 14 (Reuters) - Developing countries on Tuesday lowered their demand for a new climate finance goal to $900 billion a year by 2035, from $1.3 trillion, three negotiators told Reuters.",
        True,
        [
            ("date", "--11-14", None, None),
            ("money", 900000000000, "USD", None),
            ("year", 2035, None, None),
            ("money", 1300000000000, "USD", None),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Rich nations have so far offered $450 billion, half of it from public budgets.",
        True,
        [("money", 450000000000, "USD", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The EU's climate commissioner said the bloc, which provided 31.7 billion euros in public climate finance last year, could not carry the load alone.",
        True,
        [("money", 31700000000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"Every dollar we put on the table has to survive a parliament at home," the commissioner said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Oxfam said only about 22% of the climate finance reported by rich countries last year reached the least developed countries.",
        True,
        [("percent", 22, "%", "about")],
        "Oxfam",
    ),
    (
        "en",
        "It remains unclear how far China, which is not obliged to pay, will be willing to contribute.",
        False,
        [],
        None,
    ),
    # --- Auszug der Inselstaaten (APA/AFP), Dienstag, 14. November ---
    (
        "de",
        "Busan (APA/AFP) - Aus Protest gegen den Verhandlungsstand haben die kleinen Inselstaaten und die ärmsten Länder am Dienstagabend einen Verhandlungsraum in Busan verlassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Sitzung wurde daraufhin für gut zwei Stunden unterbrochen, teilte die Konferenzleitung mit.",
        True,
        [("duration", 2, "hour", "over")],
        "die Konferenzleitung",
    ),
    (
        "de",
        "Ein überarbeiteter Entwurf habe die Zielmarke für Anpassungsfinanzierung ersatzlos gestrichen, sagte die samoanische Verhandlungsführerin Litia Faleolo.",
        True,
        [],
        "Litia Faleolo",
    ),
    ("de", "„Wir lassen uns nicht mit Fußnoten abspeisen“, sagte Faleolo.", False, [], None),
    (
        "de",
        "Die 45 am wenigsten entwickelten Länder verlangen, dass mindestens die Hälfte der neuen Gelder in die Anpassung fließt.",
        True,
        [("count", 45, None, None), ("fraction", 0.5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Nach knapp drei Stunden kehrten die Delegationen an den Verhandlungstisch zurück.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    # --- India's coal output (AFP), Wednesday, Nov 15 ---
    (
        "en",
        "NEW DELHI (AFP) - Power generation from coal in India dropped 3.2 percent over the first 10 months of this year as record solar additions met most of the growth in demand, official data showed.",
        True,
        [("percent", 3.2, "%", None), ("ordinal", 1, None, None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "en",
        "The country added 31 gigawatts of solar capacity between January and October, taking the total to about 142 gigawatts.",
        True,
        [("count", 31, None, None), ("count", 142, None, "about")],
        None,
    ),
    (
        "en",
        "Coal still supplied nearly 70 percent of India's electricity.",
        True,
        [("percent", 70, "%", "nearly")],
        None,
    ),
    (
        "en",
        "An environment ministry official said India would submit its new national target, covering 2035, before the end of the year.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        '"Asking India to give up coal now is asking the poor to pay for the pollution of the rich," the official said.',
        False,
        [],
        None,
    ),
    # --- CO2-Preis steigt (Reuters), Mittwoch, 15. November ---
    (
        "de",
        "Frankfurt (Reuters) - Der Preis für CO2-Zertifikate im europäischen Emissionshandel ist am Mittwoch um bis zu 4,2 Prozent auf 96,85 Euro je Tonne gestiegen.",
        True,
        [("percent", 4.2, "%", "up_to"), ("money", 96.85, "EUR", None)],
        None,
    ),
    ("de", "Das ist der höchste Stand seit fast zwei Jahren.", True, [("duration", 2, "year", "nearly")], None),
    (
        "de",
        "Händler verwiesen auf Berichte aus Busan, wonach die EU auf ein strengeres Klimaziel für 2040 dringt.",
        True,
        [("year", 2040, None, None)],
        None,
    ),
    (
        "de",
        "Klimadax-Analyst Malte Grevenbroich sagte, er rechne bis Jahresende mit Preisen von über 100 Euro.",
        True,
        [("money", 100, "EUR", "over")],
        "Malte Grevenbroich",
    ),
    ("de", "Andere Marktteilnehmer halten den Anstieg für übertrieben.", False, [], None),
    # --- Carbon credits under Article 6 (Reuters), Wednesday, Nov 15 ---
    (
        "en",
        "BUSAN, South Korea, Nov 15 (Reuters) - Governments paid an average of $14.20 per tonne for carbon credits traded between them under Article 6 of the Paris Agreement this year, a report presented at the summit showed.",
        True,
        [("date", "--11-15", None, None), ("money", 14.2, "USD", None)],
        None,
    ),
    (
        "en",
        "That is roughly four times the price of credits on the voluntary market, which averaged about $3.50 a tonne.",
        True,
        [("count", 4, None, "about"), ("money", 3.5, "USD", "about")],
        None,
    ),
    (
        "en",
        "Switzerland, Japan and Singapore together bought 62% of the credits transferred so far.",
        True,
        [("percent", 62, "%", None)],
        None,
    ),
    (
        "en",
        "Carbon Market Watch said at least a third of the projects behind the credits would have failed stricter U.N. rules.",
        True,
        [("fraction", 0.3333, None, "at_least")],
        "Carbon Market Watch",
    ),
    ("en", "Critics say the market lets rich nations buy their way out of cutting emissions at home.", False, [], None),
    # --- Zweiter Entwurf (Keystone-SDA), Mittwoch, 15. November ---
    (
        "de",
        "Busan (Keystone-SDA) - Im zweiten Entwurf für den Schlusstext von Busan fehlt jeder Hinweis auf einen Ausstieg aus Kohle, Öl und Gas.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Text umfasst neun Seiten und 38 Paragrafen, zwei weniger als die erste Fassung.",
        True,
        [("count", 9, None, None), ("count", 38, None, None), ("count", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss dem Entwurf sollen die Industriestaaten ihre Anpassungsfinanzierung bis 2030 gegenüber 2025 verdoppeln.",
        True,
        [("year", 2030, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Chefunterhändlerin Zbinden-Rauch sagte, die Schweiz werde einen Text ohne Bekenntnis zur Abkehr von fossilen Energien nicht mittragen.",
        True,
        [],
        "Zbinden-Rauch",
    ),
    ("de", "«Ohne klare Worte zu den Fossilen ist dieser Text ein Feigenblatt», sagte Zbinden-Rauch.", False, [], None),
    # --- U.S. stays away (AP), Thursday, Nov 16 ---
    (
        "en",
        "WASHINGTON (AP) — The United States has no official delegation at the Busan climate talks, the first time it has stayed away from a U.N. climate summit since the talks began in 1995.",
        True,
        [("ordinal", 1, None, None), ("year", 1995, None, None)],
        None,
    ),
    (
        "en",
        "U.S. emissions rose 1.9% last year to about 5.3 billion metric tons, according to preliminary estimates by the research firm Rhodium Group.",
        True,
        [("percent", 1.9, "%", None), ("count", 5300000000, None, "about")],
        None,
    ),
    (
        "en",
        "Governors of 24 states, representing more than half of the U.S. population, have said they will keep working toward the goals of the Paris Agreement.",
        True,
        [("count", 24, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "California's governor told the summit by video link that the state had cut its emissions 21% below 1990 levels.",
        True,
        [("percent", 21, "%", None), ("year", 1990, None, None)],
        None,
    ),
    ("en", 'A White House spokesperson called the summit "a globalist talk shop".', False, [], None),
    (
        "en",
        "Whether Washington will return to the talks under a future administration is an open question.",
        False,
        [],
        None,
    ),
    # --- Dritter Entwurf (dpa), Donnerstag, 16. November ---
    (
        "de",
        "Busan (dpa) - Einen Tag vor dem geplanten Ende der Weltklimakonferenz hat die Präsidentschaft in der Nacht zum Donnerstag einen dritten Entwurf vorgelegt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Darin wird ein Finanzziel von 600 Milliarden Dollar jährlich bis 2035 vorgeschlagen, statt der von den Entwicklungsländern zuletzt geforderten 900 Milliarden Dollar.",
        True,
        [("money", 600000000000, "USD", None), ("year", 2035, None, None), ("money", 900000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Mindestens 250 Milliarden Dollar davon sollen aus öffentlichen Haushalten stammen.",
        True,
        [("money", 250000000000, "USD", "at_least")],
        None,
    ),
    (
        "de",
        "Für die Abkehr von fossilen Energien nennt der Text erstmals das Jahr 2050 als Zielmarke.",
        True,
        [("year", 2050, None, None)],
        None,
    ),
    (
        "de",
        "Hollerbeck sagte, der Entwurf gehe beim Geld zu weit und bei den Fossilen nicht weit genug.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Konferenzleitung sollen die Verhandlungen am Freitag um 18.00 Uhr enden.",
        True,
        [],
        "die Konferenzleitung",
    ),
    ("de", "Dass dieser Zeitplan hält, glaubt in Busan kaum jemand.", False, [], None),
    # --- Overtime (Reuters), Saturday, Nov 18 ---
    (
        "en",
        "BUSAN, South Korea, Nov 18 (Reuters) - The COP33 climate talks ran into overtime on Saturday, with negotiators working through a second night as the session passed 20 hours beyond its scheduled close.",
        True,
        [("date", "--11-18", None, None), ("ordinal", 2, None, None), ("duration", 20, "hour", None)],
        None,
    ),
    (
        "en",
        "Two negotiators said the presidency had offered to raise the public share of the goal to $280 billion a year in a bid to win over small island states.",
        True,
        [("count", 2, None, None), ("money", 280000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Saudi Arabia's delegation told the plenary it would block any reference to a date for phasing out fossil fuels.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The closing plenary has been postponed four times since Friday evening, the U.N. climate secretariat said.",
        True,
        [("count", 4, None, None)],
        "the U.N. climate secretariat",
    ),
    (
        "en",
        '"We have never been this near to a deal, or this far from it," a European negotiator said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some negotiators dozed on sofas in the delegation offices while lawyers went through the text line by line.",
        False,
        [],
        None,
    ),
    # --- Einigung in Busan (dpa), Sonntag, 19. November ---
    (
        "de",
        "Busan (dpa) - Mit gut 36 Stunden Verspätung ist die 33. Weltklimakonferenz in Busan am Sonntagmorgen mit einer Einigung zu Ende gegangen.",
        True,
        [("duration", 36, "hour", "over"), ("ordinal", 33, None, None)],
        None,
    ),
    (
        "de",
        "Die knapp 200 Staaten verständigten sich auf ein neues Ziel für die Klimafinanzierung von 500 Milliarden Dollar pro Jahr bis 2035.",
        True,
        [("count", 200, None, "nearly"), ("money", 500000000000, "USD", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "de",
        "Davon sollen mindestens 280 Milliarden Dollar aus öffentlichen Kassen der Industriestaaten kommen.",
        True,
        [("money", 280000000000, "USD", "at_least")],
        None,
    ),
    (
        "de",
        "Wann Kohle, Öl und Gas auslaufen sollen, lässt der 14-seitige Beschluss offen.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Stattdessen werden die Staaten aufgerufen, ihre Emissionen bis 2035 um 60 Prozent gegenüber 2019 zu senken.",
        True,
        [("year", 2035, None, None), ("percent", 60, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesumweltministerin nannte das Ergebnis „einen Kompromiss, mit dem alle leben können, den aber niemand liebt“.",
        False,
        [],
        None,
    ),
    # --- Deal reached (AP), Sunday, Nov 19 ---
    (
        "en",
        "BUSAN, South Korea (AP) — Negotiators from nearly 200 nations agreed early Sunday to raise climate finance for poorer countries to $500 billion a year by 2035, in a deal struck some 36 hours past the deadline.",
        True,
        [
            ("count", 200, None, "nearly"),
            ("money", 500000000000, "USD", None),
            ("year", 2035, None, None),
            ("duration", 36, "hour", "about"),
        ],
        None,
    ),
    (
        "en",
        "The 14-page decision was gaveled through at 6:20 a.m. in a plenary hall that had largely emptied.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The new goal supersedes the target agreed at the 2024 summit in Baku.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Of the 197 parties, only Saudi Arabia and Iran formally registered objections.",
        True,
        [("count", 197, None, None)],
        None,
    ),
    (
        "en",
        'Tongan negotiator Siosaia Vake said the deal "keeps us in the room, but it does not keep us above water".',
        False,
        [],
        None,
    ),
    ("en", "Environmental groups said the text let the world's biggest polluters off the hook.", False, [], None),
    # --- Reaktionen in Österreich (APA), Sonntag, 19. November ---
    (
        "de",
        "Wien (APA) - Die Klimaschutzministerin hat das Ergebnis von Busan als „Schritt in die richtige Richtung“ begrüßt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreich werde seinen Anteil am neuen Finanzziel mit jährlich rund 400 Millionen Euro leisten, sagte sie im Ö1-Morgenjournal.",
        True,
        [("money", 400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Greenpeace-Sprecherin Larissa Domenig sagte, Österreich müsse mindestens 600 Millionen Euro im Jahr beisteuern, um seinem Anteil gerecht zu werden.",
        True,
        [("money", 600000000, "EUR", "at_least")],
        "Larissa Domenig",
    ),
    ("de", "Die FPÖ sprach von „teurem Klimatourismus auf Kosten der Pendler“.", False, [], None),
    (
        "de",
        "Laut Budgetdienst des Parlaments entspräche Österreichs Anteil bei einer Aufteilung nach Wirtschaftsleistung gut 1,1 Milliarden Euro im Jahr.",
        True,
        [("money", 1100000000, "EUR", "over")],
        None,
    ),
    # --- Protest in Berlin (dpa), Sonntag, 19. November ---
    (
        "de",
        "Berlin (dpa) - Mehrere Hundert Menschen haben am Sonntag vor dem Kanzleramt gegen das Ergebnis der Klimakonferenz von Busan demonstriert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei zählte rund 600 Teilnehmende, die Veranstalter sprachen von 2.000.",
        True,
        [("count", 600, None, "about"), ("count", 2000, None, None)],
        None,
    ),
    ("de", "„Ihr verhandelt, wir verbrennen“, skandierten die Demonstrierenden.", False, [], None),
    (
        "de",
        "Deutschland habe seine Emissionen seit 2021 im Schnitt nur um rund 4,2 Prozent im Jahr gesenkt, nötig seien mindestens 7 Prozent, sagte die 22-jährige Fridays-for-Future-Sprecherin Jonna Eickenscheidt.",
        True,
        [
            ("year", 2021, None, None),
            ("percent", 4.2, "%", "about"),
            ("percent", 7, "%", "at_least"),
            ("duration", 22, "year", None),
        ],
        "Jonna Eickenscheidt",
    ),
    ("de", "Eickenscheidt kündigte an, den Druck auf die Bundesregierung weiter zu erhöhen.", False, [], None),
    # --- Reaktionen in der Schweiz (Keystone-SDA), Montag, 20. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will den Schweizer Beitrag an das neue Finanzziel von Busan vorerst nicht erhöhen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Schweiz stelle bereits rund 720 Millionen Franken pro Jahr bereit, teilte das Uvek am Montag mit.",
        True,
        [("money", 720000000, "CHF", "about")],
        "das Uvek",
    ),
    (
        "de",
        "Alliance-Sud-Klimaexpertin Noemi Amsler-Zgraggen sagte, gemessen an ihrer Wirtschaftskraft müsste die Schweiz rund 1,4 Milliarden Franken beisteuern.",
        True,
        [("money", 1400000000, "CHF", "about")],
        "Noemi Amsler-Zgraggen",
    ),
    ("de", "«Die Schweiz versteckt sich hinter Kommastellen», sagte Amsler-Zgraggen.", False, [], None),
    (
        "de",
        "Die SVP lehnt jede Erhöhung ab und verlangt, die Mittel für Klimaprojekte im Ausland um ein Viertel zu kürzen.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    # --- Britain reacts (PA), Monday, Nov 20 ---
    (
        "en",
        "LONDON (PA) - The Energy Secretary has said the Busan agreement will not require Britain to go beyond the £12.4 billion it has already pledged.",
        True,
        [("money", 12400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "A YouGov poll for The Times found 61 per cent of Britons supported helping poorer countries adapt to climate change, while 27 per cent were opposed.",
        True,
        [("percent", 61, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "The Commons Environmental Audit Committee said it would open an inquiry into how the money is spent in January.",
        True,
        [],
        "the Commons Environmental Audit Committee",
    ),
    (
        "en",
        'Friends of the Earth said the deal "will be judged by what arrives, not by what is promised".',
        False,
        [],
        None,
    ),
    # --- Analyse (Reuters), Montag, 20. November ---
    ("de", "Analyse: Was vom Klimagipfel in Busan bleibt", False, [], None),
    (
        "de",
        "Berlin (Reuters) - Selbst wenn alle bis Ende Oktober eingereichten nationalen Klimapläne vollständig umgesetzt werden, steuert die Welt nach UN-Berechnungen auf eine Erwärmung von etwa 2,3 Grad zu.",
        True,
        [("count", 2.3, None, "about")],
        None,
    ),
    (
        "de",
        "Die Lücke zum 1,5-Grad-Ziel beträgt bis 2035 rund 24 Gigatonnen CO2-Äquivalent pro Jahr.",
        True,
        [("count", 1.5, None, None), ("year", 2035, None, None), ("count", 24, None, "about")],
        None,
    ),
    (
        "de",
        "Nötig wäre bis dahin ein Minus von 60 Prozent gegenüber 2019, zugesagt sind bislang nur rund 17 Prozent.",
        True,
        [("percent", 60, "%", None), ("year", 2019, None, None), ("percent", 17, "%", "about")],
        None,
    ),
    (
        "de",
        "IfW-Klimaökonomin Friederike Mönninghoff sagte, ein weltweiter CO2-Preis von mindestens 80 Dollar je Tonne wäre nötig, um die Lücke zu schließen.",
        True,
        [("money", 80, "USD", "at_least")],
        "Friederike Mönninghoff",
    ),
    (
        "de",
        "Viele Fachleute bezweifeln, dass die Staaten ihre Zusagen ohne Druck von außen einhalten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die 34. Weltklimakonferenz soll im November kommenden Jahres in Kolumbien stattfinden.",
        True,
        [("ordinal", 34, None, None)],
        None,
    ),
    # --- FACTBOX (Reuters), Monday, Nov 20 ---
    ("en", "FACTBOX-What governments signed up to in Busan", False, [], None),
    (
        "en",
        "FINANCE: Developed countries are to lead in mobilising $500 billion a year by 2035, with at least $280 billion from public sources.",
        True,
        [("money", 500000000000, "USD", None), ("year", 2035, None, None), ("money", 280000000000, "USD", "at_least")],
        None,
    ),
    (
        "en",
        "ADAPTATION: The text calls for adaptation finance to be doubled from 2025 levels by 2030, without naming a dollar figure.",
        True,
        [("year", 2025, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "FOSSIL FUELS: Countries are urged to cut emissions 60% by 2035 from 2019 levels, but the text sets no date for ending coal, oil and gas use.",
        True,
        [("percent", 60, "%", None), ("year", 2035, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "LOSS AND DAMAGE: The fund is asked to disburse at least $1 billion over the next two years.",
        True,
        [("money", 1000000000, "USD", "at_least"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "NEXT STEPS: Countries must submit updated targets by the end of 2029, ahead of the 35th conference.",
        True,
        [("year", 2029, None, None), ("ordinal", 35, None, None)],
        None,
    ),
    # --- China's emissions (AFP), Monday, Nov 20 ---
    (
        "en",
        "BEIJING (AFP) - China's CO2 output dropped about 1.1 percent over the first nine months of this year, an analysis for the climate website Carbon Brief showed.",
        True,
        [("percent", 1.1, "%", "about"), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "en",
        "It would be the second straight annual decline, driven by record solar and wind additions, the analysis said.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "China's national carbon market closed at 72.3 yuan ($10.10) per tonne on Friday, down nearly a fifth since January.",
        True,
        [("money", 72.3, "CNY", None), ("money", 10.1, "USD", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "CREA analyst Liang Wenjie said emissions from the power sector had fallen in seven of the past nine months.",
        True,
        [("count", 7, None, None), ("count", 9, None, None)],
        "Liang Wenjie",
    ),
    ("en", '"Calling this the peak would be premature," Liang said.', False, [], None),
    # --- Expertenrat für Klimafragen (dpa), Montag, 20. November ---
    (
        "de",
        "Berlin (dpa) - Deutschland wird sein Klimaziel für 2030 nach Einschätzung des Expertenrats für Klimafragen voraussichtlich verfehlen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Lücke zum gesetzlichen Ziel von minus 65 Prozent gegenüber 1990 betrage bis dahin rund 180 Millionen Tonnen CO2-Äquivalent, heißt es in dem 214 Seiten starken Gutachten.",
        True,
        [
            ("percent", -65, "%", None),
            ("year", 1990, None, None),
            ("count", 180000000, None, "about"),
            ("count", 214, None, None),
        ],
        None,
    ),
    (
        "de",
        "Expertenrats-Mitglied Henrike Kolbenstetter sagte, bei Gebäuden und im Verkehr lägen die Emissionen um jeweils mehr als zehn Prozent über dem Zielpfad.",
        True,
        [("percent", 10, "%", "over")],
        "Henrike Kolbenstetter",
    ),
    ("de", "„Die Richtung stimmt, das Tempo nicht“, sagte Kolbenstetter.", False, [], None),
    (
        "de",
        "Die Energiewirtschaft liege dagegen mit 187 Millionen Tonnen im vergangenen Jahr knapp unter ihrem Zielwert.",
        True,
        [("count", 187000000, None, None)],
        None,
    ),
    # --- EU carbon price after the deal (Reuters), Monday, Nov 20 ---
    (
        "en",
        "LONDON, Nov 20 (Reuters) - European carbon prices fell as much as 3.1% on Monday as traders took profits after the Busan deal failed to set a date for ending fossil fuel use.",
        True,
        [("date", "--11-20", None, None), ("percent", 3.1, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The benchmark contract traded at 94.02 euros a tonne by 1400 GMT.",
        True,
        [("money", 94.02, "EUR", None)],
        None,
    ),
    (
        "en",
        "Britain's carbon allowances, traded on a separate market, changed hands at 71.85 pounds.",
        True,
        [("money", 71.85, "GBP", None)],
        None,
    ),
    ("en", "Several traders described the market as nervous and thin.", False, [], None),
]
