"""Three-hundred-and-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Sabine
Ortlepp, Lukas Hintersteiner, Nadine Rüfenacht, Katharina Moosbrugger, Holger Steinbrecher,
Reinhard Mückenberger, Thomas Gubler, Carmen Wiedenhöft, Ines Hallwachs; Lim Soo-jin, Kevin
Ashby, Brady Hamblin, Ruth Halvorsen, Rachel Oduya, Gareth Pennock, Amira Solberg and the
Health Equity Trust, Priya Mandeville, Martin Ekwueme; every unnamed spokesperson, minister,
mayor, expert, judge, sociologist, economist, analyst, official and campaigner);
statisticians, heads of statistics offices and ministers of real offices and governments
appear under made-up names that stand for no real holder, or by their role only ("Die
Familienministerin", "Der Bürgermeister einer betroffenen Stadt", "die Präsidentin von Pro
Familia Schweiz", "The chief cabinet secretary", "The immigration minister", "A Home Office
spokesperson"). Real bodies, parties and places (Statistisches Bundesamt, Destatis,
Familienbund, Statistik Austria, FPÖ, Bundesamt für Statistik, BFS, Volkshilfe, Mikrozensus,
Landesamt für Statistik in Erfurt, Gemeinde- und Städtebund, Sterbetafeln, SVP,
Arbeitgeberverband, Statistisches Landesamt in Stuttgart, Gemeindetag, Deutscher Städtetag,
Zensus, Bundesverfassungsgericht, Katholischer Familienverband, Pro Familia Schweiz, Die
Mitte, Greiz, Altenburger Land, Appenzell Innerrhoden; the health ministry in Tokyo, China's
civil affairs ministry, Statistics Korea, Hanyang University, the Census Bureau, the CDC,
Eurostat, the Office for National Statistics, the Home Office, the Central Statistics
Office, Statistics Canada, National Records of Scotland, the Scottish Government, the
Department of Health, Tulane University, the Australian Bureau of Statistics, Harris,
Maricopa, Polk and Los Angeles counties, Kensington and Chelsea, Blackpool, Bradford, Tower
Hamlets, and the datelines' cities) stand for the way wire copy names them; every
population, birth, death, rate, age, share, household, marriage, divorce, projection, census
result and quote here is invented, and where a real figure came to mind (a real population
total, birth or death count, fertility rate, life expectancy, migration balance or census
count) it was changed (the census reference date, the years in which series begin and a
court's ruling year kept).

Its weight: DEMOGRAPHY, CENSUS AND POPULATION (the hundred-thirty-second batch weighed
population, census and demographics, the forty-first society statistics beside elections,
the hundred-fourth, hundred-seventy-seventh and two-hundred-and-seventy-ninth migration and
the hundred-eightieth pensions and an ageing welfare state, and their decisions are kept)
over one year of statistics releases, January to December, 31 short stories with the German
and English ones interleaved by month, each told as wire copy runs it (a dateline lead with
the office's headline figure, the figures behind it, the office's and its statisticians'
attributed lines, reactions, quotes). Half German (Destatis via dpa, dpa/th and dpa/lsw with
the Länder offices, Statistik Austria via APA, the BFS via Keystone-SDA; Austrian "mit 1.
Jänner", "gaben einander ... das Jawort", "am Land", Swiss "35'940", "9'120'000",
"ausschliesslich", "liess", «» quotes, German „“ quotes): Germany's population at the year
end, Austria's on 1 January, Swiss marriages and divorces, deaths in Germany, Austrian
households, Austrian migration, Thuringia's projection to 2042, births in Germany with the
fertility rate, life expectancy in Austria, the Swiss scenarios to 2055, Baden-Württemberg's
population, the census results and the reference date, divorces in Austria, Swiss births and
childlessness from the Mikrozensus. Half English (Reuters, AP, PA, AAP): China's marriages,
South Korea's fertility rate, Japan's births, U.S. county estimates, U.S. births, older
Americans, the EU's population, the UK's mid-year estimates, births in England and Wales,
Ireland's population, Canada's population, Scotland's census, life expectancy by area, U.S.
households and marriage, Australia's population and the U.S. national estimates. Figures as
such copy has them: population totals and changes in counts and percent, migration balances,
births, deaths and the gap between them; fertility rates as counts ("1,33 Kinder je Frau",
"1,26 Kinder pro Frau", "0.78", "the replacement level of 2.1", "53.1 births for every 1,000
women"); life expectancy, remaining years, healthy years, median and mothers' ages in years
("79,8 Jahre", "mit weiteren 22,3 Lebensjahren", "9.4 fewer years", "a further 18.1 years");
age bounds ("ab 67 Jahren", "85 Jahre oder älter", "über 65", "über 80-Jährigen", "aged 65
or over", "under 18", "35 or older"); shares („jeder Vierte im Freistaat über 65“, „fast
jeder Dritte“, „Gut ein Fünftel“, „zwei von fünf Ehen“, „jede siebte“, "Nearly one in five",
"Almost three-quarters", "Just over a third", "Fewer than half", "Roughly one in three");
households and their size ("Einpersonenhaushalt", "fünf oder mehr Personen", "2,16
Personen", "one-person households"); marriages, divorces and their length ("25 Jahre oder
länger"); the census count on its reference date („Zum Stichtag 15. Mai 2022“); projections
to 2035, 2042 and 2055 with scenarios; ordinals of consecutive records ("for a ninth
straight year", "im dritten Jahr in Folge", "for the eighth year running"). Negatives as
such copy has them - about a quarter of the rows: demographers', statisticians' and
sociologists' interpretations, readings and creeds in quotes, politicians' and lobbies'
worries, labels, reproaches and vows without a measure, warnings naming no figure, an
office's caveat, open questions and a carer's vox pop, each near a check-worthy look-alike
from the same story and often from the same speaker.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 4 carry no figure (3 German, 1 English), 395 expected quantities (144 counts,
83 durations - 79 in years, 4 in months -, 72 percentages - 71 in %, 1 in percentage points
-, 38 years, 25 fractions, 19 ordinals, 12 dates, 2 amounts of money - 1 CNY, 1 JPY -; none
of them in a negative), 35 checked speakers (19 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, interpretation, label, creed, worry, vow, resolve or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-thirty-second, two-hundred-and-fourth, three-hundredth); a quoted
  or reported statement of fact, figure or projection is check-worthy with its speaker, also
  in Konjunktiv I (hundred-thirty-second, hundred-sixtieth). Pairs from one speaker:
  Ortlepp's 1972 beside her „keine Selbstverständlichkeit“, Hintersteiner's 43.6 years
  beside „älter, bunter und städtischer“, Mückenberger's 16 Länder beside „schieben den
  Kinderwunsch auf“, Hallwachs's 2018 beside „eine Momentaufnahme“, Ashby's 1,021 of 1,422
  counties beside "both point south", Pennock's 48% beside "choices people are making
  freely". Ortlepp's „ohne Zuwanderung wäre die Bevölkerung seit 1972 in jedem Jahr
  geschrumpft“ is arithmetic on the measured figures and check-worthy
  (hundred-thirty-second: „Ohne Zuwanderung wäre ...“).
- New: an interpretation - a cause offered for a measured change that names no measure of
  its own - is a negative, however factual its wording: "Officials credited a post-pandemic
  rebound in weddings and generous housing support for the turnaround.", "Analysts said
  soaring housing costs and youth unemployment had made many young Chinese wary ...",
  "Economists say the government's child-rearing subsidies have done little ...", "Family
  charities said the cost of childcare was pushing couples to put off having children.",
  „Viele Paare schieben den Kinderwunsch auf, weil ...“, the employers' reading of the
  scenarios („sah in den Szenarien eine Bestätigung“), „Kinderlosigkeit ... ergebe sich oft
  aus vielen kleinen Aufschüben“ and „viele Paare trennten sich heute später, dafür aber
  bewusster“; the statistics themselves beside them stay check-worthy. New: a reproach
  without a measure is a negative like a label („Die Landtagsopposition warf der Regierung
  vor, die Entwicklung verschlafen zu haben.“, "Opposition MSPs accused ministers of failing
  rural communities ...", "had lost control of migration and left Australians paying the
  price in rents"; ninety-eighth and hundred-thirty-second: labels and worries without a
  figure).
- Negatives otherwise as the hundred-thirty-second batch: worries and warnings that name no
  figure („warnte vor einer wachsenden Vereinsamung“, "Business groups warned that slower
  population growth would deepen labour shortages ...", "the slowdown would leave farms and
  nursing homes short of workers"), labels („ein Warnsignal“, „Politik, die das eigene Land
  ... umbaut“, „Zerreißprobe“, „Weckruf“, «Dichtestress», „Rechenfehler mit teuren Folgen“,
  „ermutigendes Zeichen“, "silent emergency", "lost control", "hopelessly out of date"),
  resolve and confidence without a measure ("determined to bring the numbers down",
  "determined to close the gap", "back on a sustainable footing"), appeals and demands that
  name no measure ("State media urged young people to "embrace" marriage ...", „Die Mitte
  forderte, Familien stärker zu entlasten, liess aber offen, wie.“ - hundred-thirty-second:
  „nannten aber keine Summe“), the office's caveat („Szenarien seien keine Vorhersagen,
  sondern Wenn-dann-Rechnungen, betonte das Amt.“; hundred-thirty-second:
  „Vorausberechnungen sind keine Prognosen“), open questions and evasions („Ob die Talsohle
  erreicht ist, wollten die Statistiker nicht vorhersagen.“, „Ob sich der Trend ...
  fortsetzt, lässt sich ... noch nicht sagen.“, „Wie sich die Sterblichkeit künftig
  entwickelt, hängt ... ab.“, "Whether the slight rise in marriages will translate ...",
  "What the figures mean for the next reapportionment ..."), quotes of creed and verdict by
  statisticians, sociologists, a lobby and a researcher, and a carer's vox pop. No negative
  carries a figure.
- Check-worthy without a figure (forty-first, hundred-fourteenth, hundred-thirty-second):
  „Am stärksten wuchs die Bevölkerung in Berlin und Bayern, in allen ostdeutschen
  Flächenländern ging sie dagegen zurück.“ (a measured fact; "allen" no count), „Die
  Sterbefallzahlen lagen nach Angaben des Amtes in keinem Monat nennenswert über dem
  statistisch erwarteten Wert.“ -> "das Amt" („keinem“ none), "It was the smallest natural
  increase since the 1970s, the ONS said." (a record; "the 1970s" none, thirty-ninth:
  decades none). New: „Weil sich der kommunale Finanzausgleich nach der Einwohnerzahl
  richtet, drohen einzelnen Städten Einbußen in Millionenhöhe.“ is check-worthy without a
  figure - the rule it states is checkable (thirty-third and fortieth: a checkable rule) and
  „in Millionenhöhe“ carries none (hundred-forty-seventh).
- Projections with a figure are check-worthy (forty-first, hundred-thirty-second):
  Thuringia's loss of 190,000 by 2042, „von gut 2,07 Millionen auf etwa 1,88 Millionen, hieß
  es“, „fast jeder Dritte“ by 2042, the Swiss reference, low and high scenarios to 2055, „ab
  2035 dürfte es mehr Todesfälle als Geburten geben“ (2035 with no hedge - "ab" before a
  year hedges nothing, hundredth: „ab 2027“), Steinbrecher's 17 percent, „Rechnerisch
  dürften damit rund zwei von fünf Ehen früher oder später geschieden werden.“ (0.4 "about";
  hundred-fourth: "two in five"), "The total fertility rate is expected to have slipped to
  around 1.13" ("around" "about", tenth) and Canada's aim of "below 5% by the end of 2028"
  ("below" "under"; hundred-thirty-second: "fall below 1.3 billion").
- Demographic rates are counts (fifth, forty-first, hundred-thirty-second,
  two-hundred-and-eighty-ninth): "1,33 Kinder je Frau, nach 1,36", "1,24 ... 1,79", "mit
  1,19 ... mit 1,41", "1,26 Kinder pro Frau", "bei nur 1,11 ... bei 1,62" ("nur" no hedge),
  „Mütter bekamen im Schnitt 2,1 Kinder, 2008 waren es noch 2,2“, "0.78", "the replacement
  level of 2.1", "at 0.61 ... at 1.11", "at 0.96", "1.38 children per woman", "at 1.83", "at
  1.58, below the previous low of 1.61" ("below" before "the" no hedge, hundredth),
  household sizes „2,16 Personen ... 2,68“ ("je Frau", "pro Frau", "per woman", „in einem
  Haushalt“ none); "53.1 births for every 1,000 women" 53.1 and 1,000 (hundred-fifty-fifth:
  "for every 1,000 people").
- Ages are durations in years (every batch): life expectancy („auf 79,8 Jahre ... 84,1
  Jahre“, „von 6,6 auf 4,3 Jahre“ both - the unit written once serves both, seventy-sixth
  and hundred-thirty-second -, „mit 78,6 Jahren“, "9.4 fewer years" - "fewer" after the
  figure compares -, "79.1 years and a girl 83.1 years", "at 86.8 years, and ... at 74.1"),
  remaining years („mit weiteren 22,3 Lebensjahren ..., ein gleichaltriger Mann mit 19,1“ -
  hundred-thirty-second: „Lebensjahren“ -, "a further 18.1 years ..., women a further 20.6
  years"; "a further" and „weiteren“ no hedge), median and average ages („auf 43,6 Jahre“,
  „bei 43,5 Jahren, in Heidelberg bei nur 39,8“, "a median age of 45.3, and Utah the
  youngest at 32.4", "edged up 0.2 years to 39.4", "reached 45.1 years", "rose to 39.8
  years, from 38.8 in 2022", "edged down to 38.9 years"), ages at first marriage and first
  birth each with ordinal 1 („bei ihrer ersten Heirat im Schnitt 30,9 Jahre alt, Männer 32,8
  Jahre“, „Beim ersten Kind ... 30,7 Jahre ..., die Väter 33,4 Jahre“, „bei der Geburt des
  ersten Kindes durchschnittlich 31,6 Jahre“, "at first marriage reached 30.6 for men and
  28.8 for women", "at first marriage has risen to 28.7 years"; "Mothers were on average
  31.1 years old at childbirth, fathers 33.5" and "at an average age of 34.1 years" without
  an ordinal), lengths of marriages („durchschnittlich 15,6 Jahre“, „11,4 Jahre
  verheiratet“) and ages of persons („Eine 65-jährige Frau“, "Men aged 65"). New: healthy
  life years are durations as life expectancy is - „Die Zahl der in Gesundheit verbrachten
  Jahre ... bei Frauen auf 63,5 und bei Männern auf 63,1“ 63.5 and 63.1 years, the unit
  named before the bare figures as in "at 45.2, and Utah the lowest, at 31.9"
  (hundred-thirty-second), and "Healthy life expectancy ... fell to 61.2 years". New:
  "before the bride turns 35" is 35 years with no hedge - "before" names a deadline, not a
  bound on the figure, as "turned 111" is an age (hundred-thirty-second). New: "women of
  childbearing age, 15 to 44" gives two ages with no hedge - the ages in apposition read as
  "aged 15 to 44" (eighty-third).
- Age bounds (forty-ninth, hundred-fourteenth, hundred-thirty-second,
  two-hundred-and-forty-fifth): „ab 67 Jahren“, „85 Jahre oder älter“, „75 Jahre oder
  älter“, „35 Jahre oder älter“, "aged 65 and older", "aged 85 and older", "65 or older",
  "aged 75 or older", "aged 35 or older", "aged 65 or over", "aged 65 and over", "aged 85
  and over", "aged 40 and over" "at_least"; „über 65“ and „über 80-Jährigen“ "over" (tenth:
  „älter als 60 Jahre“; hundred-eleventh: "Ungeimpfte über 65"); „unter 30“, "under 18",
  "under 20", "children under 15" "under"; „zwischen 45 und 49 Jahren“, „zwischen 20 und 66
  Jahren“ and "aged 18 to 34" two ages with no hedge. „25 Jahre oder länger“ is 25 years
  "at_least" (hundred-eighty-third: "28 days or longer"; two-hundred-and-seventh: „60 Tage
  oder länger“). "in their early 40s" carries none (hundred-thirty-second: "in their 80s").
- Shares (the issue; hundred-thirty-second): „jeder Vierte im Freistaat über 65“ 0.25, „fast
  jeder Dritte“ 0.3333 "nearly", „Gut ein Fünftel“ and „Gut jede fünfte Frau“ 0.2 "over",
  „um ein Fünftel weniger“ 0.2, „Knapp jede zehnte Hochzeit“ 0.1 "nearly", „Gut ein
  Drittel“, „Mehr als jeder dritte Haushalt“, „In gut einem Drittel der Gemeinden“, „mehr
  als jede dritte Frau“ 0.3333 "over", „gut die Hälfte“ 0.5 "over", „fast jede vierte
  Person“ 0.25 "nearly", „Mehr als jedes vierte Neugeborene“ 0.25 "over", „um ein Viertel“
  0.25, „Fast jede fünfte geschiedene Ehe“ 0.2 "nearly", „nur jede siebte“ 0.1429
  (hundred-twenty-ninth: „jede siebte Erzieherstelle“; "nur" no hedge), "More than four in
  five" 0.8 "over" (hundred-fourth: "Nearly four in five"), "by more than half" 0.5 "over",
  "Nearly a quarter" 0.25 "nearly", "Nearly one in five" 0.2 "nearly", "Almost
  three-quarters" 0.75 "nearly", "Just over a third" 0.3333 "over" (eighteenth and
  two-hundred-and-thirty-first: "just over a third"), "Fewer than half of American adults,
  48.5%" 0.5 "under" and the percentage (hundred-seventh and hundred-twenty-seventh: "fewer
  than half"; hundred-thirty-second: "Just under half of babies, 49.6%"), "Roughly one in
  three" 0.3333 "about".
- Counts otherwise (forty-first, hundred-thirty-second): definite groups give both counts
  ("1,021 of the 1,422 counties", „in 29 der 44 Stadt- und Landkreise“, "among all 47
  prefectures" - "all" no hedge), „in jedem der 16 Bundesländer“ 16, „zwischen zwei Frauen
  oder zwei Männern“ 2 and 2, "three states" 3, "in 13 states, up from 10" 13 and 10;
  „Einpersonenhaushalt“, "one-person households" and "consisted of just one person" count 1
  ("just" no hedge), „fünf oder mehr Personen“ 5 and „drei oder mehr Kindern“ 3 "at_least"
  (hundred-thirty-second: "vier oder mehr Personen"). „220.000 bis 260.000 Personen“ two
  counts; „Im Schnitt starben täglich rund 2.850 Menschen“ 2,850 "about" („täglich“ none).
  New: „über der Marke von einer Million“ is count 1,000,000 with no hedge - "einer Million"
  is one million written with its article, as "eine halbe Million" is 500,000
  (thirty-fourth), and „über“ stands before „der Marke“, not the figure (hundredth: "just
  below the 50% threshold"; hundred-thirty-second: „die Marke von zwei Millionen“).
  „Zwillings- und Mehrlingsgeburten“ carry none (hundred-thirty-second: "Zwillinge" none).
- Magnitudes and hedges: „rund 83,4 Millionen“, „etwa 60.000“, „rund 1,61 Millionen“, „etwa
  1,88 Millionen“, „rund 10,7 Millionen“, „rund 1,3 Millionen“, „rund 1,2 Millionen“, „Rund
  1.300“, „rund 11.700“, „per Saldo rund 1.200“ ("per Saldo" none), "about 62%", "about 3.63
  million", "About 41%", "About 28%", "around 27,800" "about"; „schätzungsweise 355.000“
  "about" (hundred-tenth: „schätzungsweise 430 Menschen“); „erstmals mehr als 9,2
  Millionen“, „mehr als 4,2 Millionen“, „mehr als 11,4 Millionen“, „gut 2,07 Millionen“,
  „gut 95.000“, „gut 76.000“, "more than 900,000", „jeweils mehr als 18 Prozent“, „um mehr
  als 2 Prozent“ "over"; "rose above 900,000" "over" (hundred-twentieth: "remains above
  500,000"); „knapp 9.800“, „knapp 304.000“, „knapp 98.000“, „knapp 1 Prozent“, „knapp 40
  Prozent“, "nearly 39%" "nearly"; "up to 1,500 yuan" "up_to"; "at least 25%" "at_least". No
  hedge: „genau“, „netto“, „Insgesamt“, „Derzeit“, „nur“, „nur noch“, „noch“, „sogar“,
  „jeweils“, „zuletzt“, „erneut“, „im Schnitt“, „durchschnittlich“, "on average", "an
  average age of", "a record", "just", "a further", "all". „mehr als verdoppeln“ and "more
  than offset" carry none (hundred-seventeenth: "mehr als" before a verb).
- Ordinals (fifty-fourth, hundred-fourteenth, hundred-thirty-second): consecutive records
  ("for a ninth straight year", "for a second consecutive year", "for a sixth straight
  year", "for the eighth year running", „im dritten Jahr in Folge“), "its fourth annual
  decline in five years" 4 and 5 years, "the second-largest increase" 2 (three-hundredth:
  "Britain's second-largest union"), „Mannheim folgt auf Platz zwei“ 2
  (hundred-thirty-second: "auf Rang zwei"), „Im ersten Halbjahr“ 1 (forty-second: „in den
  ersten neun Monaten“), „nach einer ersten Schätzung“ 1 (eleventh and hundred-thirty-ninth:
  „nach einer ersten Schätzung“), "for the first time" and "for the first time on record" 1,
  "the first fall since 2004" 1 and the year, "in the second quarter" 2. "the lowest", "a
  record low", "a new record low", "the highest", "the most populous", „die größte Stadt“,
  „das kleinste Bundesland“, „so alt wie nie zuvor“, „so tief wie noch nie“, „erstmals“ and
  „Erstmals“ carry none (forty-first).
- Durations otherwise: „vier Jahre zuvor“, "two years earlier", „in den vergangenen zehn
  Jahren“, "in 10 years", "in five years", "in the 12 months to April", "over the 12 months
  to July 1" and "in the 12 months through June" 12 months ("over" before "the" no hedge);
  „jeweils rund zwei Monate“ 2 months "about". None: „im vergangenen Jahr“, „im Vorjahr“,
  „im Jahr davor“, „Ende des Vorjahres“, „zum Jahresende“, „bis dahin“, „heute“, "last
  year", "this year", "a year earlier", "a year", "over the decade", "in the quarter".
- Years and dates (every batch): "seit 2020", "seit 2012", "seit 1972", "seit 1990", "seit
  1991", "seit Beginn der Statistik 1876", "wie zuletzt 2013", "bereits 2018", "1985",
  "2008", "bis 2042", "im Jahr 2055", "bis 2055", "ab 2035", "in 2025", "since records began
  in 1986", "in 2013", "since 2007", "since records began in 1970", "since 2009", "in the
  year to mid-2025" (hundred-twelfth: "by mid-2026"), "since records began in 1938", "since
  2008", "in 2022", "since 2020", "by the end of 2028", "through fiscal 2028"
  (hundred-ninety-ninth: "for fiscal 2026"), "The 2022 census" and "in 2011" (twelfth and
  forty-first: "in the 2021 census"), "every year since 2015", "in 2022 to 2024" both years
  (hundred-twentieth and two-hundred-and-second: "for 2020 to 2022", "for 2028 to 2034"),
  "going back to 2011", "in 1960", "since 2004", "since 2021" years. „mit 1. Jänner“ --01-01
  (hundred-thirty-second), "on Jan. 1" --01-01, "in the year to July 1", "over the 12 months
  to July 1" and "in the year ending July 1" --07-01 (eighty-fifth, hundred-thirty-second);
  „Zum Stichtag 15. Mai 2022“ is the full date 2022-05-15 (hundred-second: „bis zum 31.
  Dezember 2026“); Reuters datelines with a day ("BEIJING, Feb 9", "SEOUL, Feb 25", "TOKYO,
  Feb 27", "BRUSSELS, July 10", "DUBLIN, Aug 26", "OTTAWA, Sept 17") dates without a year;
  dpa, APA, Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth). Months, weekdays
  and "the 1970s" none.
- Money in the currency written: "3.9 trillion yen a year" JPY ("a year" none;
  two-hundred-and-fourth: "trillion yen"), "up to 1,500 yuan" CNY (hundred-thirty-second:
  "3,600 yuan a year").
- Speakers, checked only in forms the earlier batches settled: „teilte das Statistische
  Bundesamt am Freitag mit“ and the other weekdays -> "das Statistische Bundesamt"
  (hundred-fourteenth, hundred-thirty-second), „teilte die Statistik Austria am Dienstag
  mit“ -> "die Statistik Austria" (forty-first), „laut Statistik Austria“ -> "Statistik
  Austria" (hundredth), „wie das Bundesamt für Statistik mitteilte“ -> "das Bundesamt für
  Statistik", „teilte das BFS am Donnerstag mit“ -> "das BFS" (eighty-fifth), „teilte das
  Landesamt für Statistik am Montag mit“ -> "das Landesamt für Statistik" and „teilte das
  Statistische Landesamt am Dienstag mit“ -> "das Statistische Landesamt"
  (hundred-thirty-second), „nach Angaben des Amtes“ -> "das Amt" (hundred-fifteenth); „X
  sagte, ...“ with the title dropped („Destatis-Expertin Sabine Ortlepp“,
  „Statistik-Austria-Demograf Lukas Hintersteiner“, „Landesamtspräsident Holger
  Steinbrecher“, „Destatis-Experte Reinhard Mückenberger“, „Landesamtschefin Carmen
  Wiedenhöft“, „Destatis-Sprecherin Ines Hallwachs“, „BFS-Demograf Thomas Gubler“). English:
  "Statistics Korea said on Wednesday", "Statistics Canada said on Wednesday", "Eurostat
  said on Thursday" as written, the weekday dropped (hundred-seventeenth); "the health
  ministry said" -> "the health ministry" (hundred-fifteenth); "the Office for National
  Statistics said", "the ONS said", "the Central Statistics Office said on Tuesday", "the
  Australian Bureau of Statistics said" and "the U.S. Census Bureau said Tuesday" with the
  article (hundred-fourteenth, hundred-thirty-second); "Census Bureau demographer Kevin
  Ashby said", "CDC statistician Brady Hamblin said", "Census Bureau statistician Rachel
  Oduya said", "ONS statistician Gareth Pennock said" and "Census Bureau demographer Martin
  Ekwueme said" the name with the title dropped. Left unchecked (None): all negatives, also
  those with a named speaker; „nach Angaben der Statistiker“ (a plural group, forty-first),
  „hieß es“, „wie aus dem Mikrozensus der Statistik Austria hervorgeht“, „wie aus den ...
  Szenarien des Bundesamts für Statistik hervorgeht“, „laut den Sterbetafeln“ (documents,
  hundred-second and hundred-thirty-second), „schätzt die Statistik Austria“ (no verb of
  saying), „laut BFS“ (a short form no batch settled), „nach Angaben des Deutschen
  Städtetags“ (a masculine genitive, hundredth); "the agency said" (earlier batches split on
  it), "preliminary health ministry data showed", "civil affairs ministry data showed",
  "state media reported", "according to Census Bureau estimates released Thursday",
  "preliminary CDC data showed", "according to new Census Bureau data", "Eurostat data
  showed", "according to National Records of Scotland", "according to Census Bureau survey
  data" (data and documents, hundred-second, hundred-fifteenth), "demographers said" (a
  plural group), and rows without attribution. As the two-hundred-and-sixth,
  two-hundred-and-thirty-third and three-hundredth batches did, and to keep the checked
  speakers near 35, this batch also leaves unchecked forms it could have checked: „laut
  Statistik Austria“ in the Vienna and the single-person rows, „teilte die Statistik Austria
  mit“ in the migration story, „wie das Statistische Bundesamt auf Basis des Mikrozensus
  mitteilte“, "the Census Bureau said" (twice), "according to the ONS" and "NRS said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_304 = [
    # --- Bevölkerungsstand Deutschland (dpa), Januar ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland haben zum Jahresende nach einer ersten Schätzung rund 83,4 Millionen Menschen gelebt und damit etwa 60.000 weniger als Ende des Vorjahres, teilte das Statistische Bundesamt am Freitag mit.",
        True,
        [("ordinal", 1, None, None), ("count", 83400000, None, "about"), ("count", 60000, None, "about")],
        "das Statistische Bundesamt",
    ),
    ("de", "Damit ist die Einwohnerzahl erstmals seit 2020 gesunken.", True, [("year", 2020, None, None)], None),
    (
        "de",
        "Die Nettozuwanderung schrumpfte nach Angaben der Statistiker auf 220.000 bis 260.000 Personen, nach 470.000 im Vorjahr.",
        True,
        [("count", 220000, None, None), ("count", 260000, None, None), ("count", 470000, None, None)],
        None,
    ),
    (
        "de",
        "Zugleich starben erneut deutlich mehr Menschen, als geboren wurden: Das Geburtendefizit lag bei schätzungsweise 355.000.",
        True,
        [("count", 355000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Menschen im Alter ab 67 Jahren stieg auf 16,9 Millionen.",
        True,
        [("duration", 67, "year", "at_least"), ("count", 16900000, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Familienbunds nannte die Entwicklung „ein Warnsignal, das niemand mehr überhören kann“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Destatis-Expertin Sabine Ortlepp sagte, ohne Zuwanderung wäre die Bevölkerung seit 1972 in jedem Jahr geschrumpft.",
        True,
        [("year", 1972, None, None)],
        "Sabine Ortlepp",
    ),
    (
        "de",
        "„Wir werden uns an den Gedanken gewöhnen müssen, dass Wachstum keine Selbstverständlichkeit mehr ist“, sagte Ortlepp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am stärksten wuchs die Bevölkerung in Berlin und Bayern, in allen ostdeutschen Flächenländern ging sie dagegen zurück.",
        True,
        [],
        None,
    ),
    # --- China's marriages (Reuters), February ---
    (
        "en",
        "BEIJING, Feb 9 (Reuters) - Marriage registrations in China fell 4.2% last year to 5.86 million, the lowest since records began in 1986, civil affairs ministry data showed on Monday.",
        True,
        [
            ("date", "--02-09", None, None),
            ("percent", 4.2, "%", None),
            ("count", 5860000, None, None),
            ("year", 1986, None, None),
        ],
        None,
    ),
    (
        "en",
        "Divorce registrations rose 2.5% to 2.67 million.",
        True,
        [("percent", 2.5, "%", None), ("count", 2670000, None, None)],
        None,
    ),
    (
        "en",
        "The average age at first marriage has risen to 28.7 years, state media reported.",
        True,
        [("ordinal", 1, None, None), ("duration", 28.7, "year", None)],
        None,
    ),
    (
        "en",
        "Registrations have fallen by more than half since a peak of 13.38 million in 2013.",
        True,
        [("fraction", 0.5, None, "over"), ("count", 13380000, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        "Some provinces now offer couples cash rewards of up to 1,500 yuan for registering before the bride turns 35.",
        True,
        [("money", 1500, "CNY", "up_to"), ("duration", 35, "year", None)],
        None,
    ),
    ("en", 'State media urged young people to "embrace" marriage and parenthood as a patriotic duty.', False, [], None),
    (
        "en",
        "Analysts said soaring housing costs and youth unemployment had made many young Chinese wary of settling down.",
        False,
        [],
        None,
    ),
    # --- Bevölkerung Österreichs zu Jahresbeginn (APA), Februar ---
    (
        "de",
        "Wien (APA) - Österreich hat mit 1. Jänner erstmals mehr als 9,2 Millionen Einwohnerinnen und Einwohner gezählt, teilte die Statistik Austria am Dienstag mit.",
        True,
        [("date", "--01-01", None, None), ("count", 9200000, None, "over")],
        "die Statistik Austria",
    ),
    (
        "de",
        "Das Plus gegenüber dem Vorjahr betrug 41.300 Personen oder 0,45 Prozent und war damit das geringste seit 2012.",
        True,
        [("count", 41300, None, None), ("percent", 0.45, "%", None), ("year", 2012, None, None)],
        None,
    ),
    (
        "de",
        "Gewachsen ist die Bevölkerung ausschließlich durch Zuwanderung, denn die Sterbefälle übertrafen die Geburten um knapp 9.800.",
        True,
        [("count", 9800, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wien zählte laut Statistik Austria 2,04 Millionen Menschen, das kleinste Bundesland Burgenland knapp 304.000.",
        True,
        [("count", 2040000, None, None), ("count", 304000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Gut ein Fünftel der Bevölkerung, genau 21,4 Prozent, besitzt keine österreichische Staatsbürgerschaft.",
        True,
        [("fraction", 0.2, None, "over"), ("percent", 21.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die FPÖ sprach von einer „Politik, die das eigene Land hinter dem Rücken der Bürger umbaut“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Demograf Lukas Hintersteiner sagte, das Durchschnittsalter sei auf 43,6 Jahre gestiegen.",
        True,
        [("duration", 43.6, "year", None)],
        "Lukas Hintersteiner",
    ),
    (
        "de",
        "„Österreich wird älter, bunter und städtischer – das ist keine Prognose mehr, sondern Alltag“, sagte Hintersteiner.",
        False,
        [],
        None,
    ),
    # --- South Korea's fertility rate (Reuters), February ---
    (
        "en",
        "SEOUL, Feb 25 (Reuters) - South Korea's fertility rate rose for a second consecutive year in 2025, to 0.78, Statistics Korea said on Wednesday.",
        True,
        [
            ("date", "--02-25", None, None),
            ("ordinal", 2, None, None),
            ("year", 2025, None, None),
            ("count", 0.78, None, None),
        ],
        "Statistics Korea",
    ),
    (
        "en",
        "Births climbed 5.9% to 252,400, the biggest annual increase since 2007.",
        True,
        [("percent", 5.9, "%", None), ("count", 252400, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Marriages rose 14.8% to 221,900, the steepest gain since records began in 1970.",
        True,
        [("percent", 14.8, "%", None), ("count", 221900, None, None), ("year", 1970, None, None)],
        None,
    ),
    (
        "en",
        "The rate remains the lowest in the world and well short of the replacement level of 2.1.",
        True,
        [("count", 2.1, None, None)],
        None,
    ),
    (
        "en",
        "Seoul had the lowest rate of any region at 0.61, while South Jeolla province topped the list at 1.11.",
        True,
        [("count", 0.61, None, None), ("count", 1.11, None, None)],
        None,
    ),
    (
        "en",
        "Mothers gave birth at an average age of 34.1 years, and nearly 39% of births were to women aged 35 or older.",
        True,
        [("duration", 34.1, "year", None), ("percent", 39, "%", "nearly"), ("duration", 35, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Deaths outnumbered births for a sixth straight year, and the population shrank by 101,000, the agency said.",
        True,
        [("ordinal", 6, None, None), ("count", 101000, None, None)],
        None,
    ),
    (
        "en",
        "Officials credited a post-pandemic rebound in weddings and generous housing support for the turnaround.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"A single good year does not mean the crisis is over," said Lim Soo-jin, a demographer at Hanyang University.',
        False,
        [],
        None,
    ),
    # --- Japan's births (Reuters), February ---
    (
        "en",
        "TOKYO, Feb 27 (Reuters) - The number of births in Japan fell for a ninth straight year in 2025 to 705,800, a new record low, preliminary health ministry data showed on Thursday.",
        True,
        [
            ("date", "--02-27", None, None),
            ("ordinal", 9, None, None),
            ("year", 2025, None, None),
            ("count", 705800, None, None),
        ],
        None,
    ),
    (
        "en",
        "Deaths rose 1.2% to a record 1.64 million, meaning the population shrank naturally by more than 900,000.",
        True,
        [("percent", 1.2, "%", None), ("count", 1640000, None, None), ("count", 900000, None, "over")],
        None,
    ),
    (
        "en",
        "The total fertility rate is expected to have slipped to around 1.13, the health ministry said.",
        True,
        [("count", 1.13, None, "about")],
        "the health ministry",
    ),
    (
        "en",
        "Marriages, a key leading indicator in a country where few children are born outside wedlock, edged up 0.8% to 487,000.",
        True,
        [("percent", 0.8, "%", None), ("count", 487000, None, None)],
        None,
    ),
    (
        "en",
        "The number of people aged 75 or older rose to 20.8 million, or 17.2% of the population.",
        True,
        [("duration", 75, "year", "at_least"), ("count", 20800000, None, None), ("percent", 17.2, "%", None)],
        None,
    ),
    (
        "en",
        "Tokyo's rate was the lowest among all 47 prefectures, at 0.96.",
        True,
        [("count", 47, None, None), ("count", 0.96, None, None)],
        None,
    ),
    (
        "en",
        "The government has earmarked 3.9 trillion yen a year for child-related measures through fiscal 2028.",
        True,
        [("money", 3900000000000, "JPY", None), ("year", 2028, None, None)],
        None,
    ),
    ("en", 'The chief cabinet secretary called the decline a "silent emergency" facing the nation.', False, [], None),
    (
        "en",
        "Economists say the government's child-rearing subsidies have done little to change how young people think about family life.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the slight rise in marriages will translate into more babies remains an open question, demographers said.",
        False,
        [],
        None,
    ),
    # --- Heiraten und Scheidungen in der Schweiz (Keystone-SDA), März ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - In der Schweiz haben im vergangenen Jahr 35'940 Paare geheiratet, ein Rückgang um 4,1 Prozent, wie das Bundesamt für Statistik mitteilte.",
        True,
        [("count", 35940, None, None), ("percent", 4.1, "%", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Die Zahl der Scheidungen sank um 2,7 Prozent auf 15'120.",
        True,
        [("percent", 2.7, "%", None), ("count", 15120, None, None)],
        None,
    ),
    (
        "de",
        "Rechnerisch dürften damit rund zwei von fünf Ehen früher oder später geschieden werden.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "de",
        "Frauen waren bei ihrer ersten Heirat im Schnitt 30,9 Jahre alt, Männer 32,8 Jahre.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.9, "year", None), ("duration", 32.8, "year", None)],
        None,
    ),
    (
        "de",
        "Eine Ehe dauerte bis zur Scheidung durchschnittlich 15,6 Jahre.",
        True,
        [("duration", 15.6, "year", None)],
        None,
    ),
    (
        "de",
        "Knapp jede zehnte Hochzeit fand zwischen zwei Frauen oder zwei Männern statt.",
        True,
        [("fraction", 0.1, None, "nearly"), ("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Die Ehe hat ihren Platz behalten, aber sie ist nicht mehr der selbstverständliche Startpunkt einer Familie», sagte die BFS-Soziologin Nadine Rüfenacht.",
        False,
        [],
        None,
    ),
    # --- U.S. county estimates (AP), March ---
    (
        "en",
        "WASHINGTON (AP) - More than four in five counties in the South grew last year as the region again drew the bulk of domestic movers, according to Census Bureau estimates released Thursday.",
        True,
        [("fraction", 0.8, None, "over")],
        None,
    ),
    (
        "en",
        "Texas' Harris County added 54,300 residents, the largest gain of any county, to reach 5.06 million.",
        True,
        [("count", 54300, None, None), ("count", 5060000, None, None)],
        None,
    ),
    (
        "en",
        "Maricopa County in Arizona gained 48,900 people, the second-largest increase.",
        True,
        [("count", 48900, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Florida's Polk County was the fastest-growing large county, expanding 3.6% in the year to July 1.",
        True,
        [("percent", 3.6, "%", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "Los Angeles County lost 21,700 people, its fourth annual decline in five years.",
        True,
        [("count", 21700, None, None), ("ordinal", 4, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Immigration accounted for about 62% of the country's population growth, the Census Bureau said.",
        True,
        [("percent", 62, "%", "about")],
        None,
    ),
    (
        "en",
        "Census Bureau demographer Kevin Ashby said 1,021 of the 1,422 counties in the South had more residents than a year earlier.",
        True,
        [("count", 1021, None, None), ("count", 1422, None, None)],
        "Kevin Ashby",
    ),
    (
        "en",
        '"People are following jobs and cheaper housing, and right now both point south," Ashby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Local officials in the Rust Belt said the numbers did not capture the revival they see on their main streets.",
        False,
        [],
        None,
    ),
    # --- Sterbefälle in Deutschland (dpa), April ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Sterbefälle in Deutschland ist im vergangenen Jahr um knapp 1 Prozent auf 1,04 Millionen zurückgegangen.",
        True,
        [("percent", 1, "%", "nearly"), ("count", 1040000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Sterbefälle lag damit im dritten Jahr in Folge über der Marke von einer Million, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("ordinal", 3, None, None), ("count", 1000000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Gut ein Drittel aller Verstorbenen war 85 Jahre oder älter.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 85, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die meisten Sterbefälle gab es im Januar mit knapp 98.000, die wenigsten im Juni mit gut 76.000.",
        True,
        [("count", 98000, None, "nearly"), ("count", 76000, None, "over")],
        None,
    ),
    ("de", "Im Schnitt starben täglich rund 2.850 Menschen.", True, [("count", 2850, None, "about")], None),
    (
        "de",
        "Ein Pflegeexperte sagte, hinter jeder dieser Zahlen stünden Familien, die sich mit der Pflege ihrer Angehörigen oft allein gelassen fühlten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sterbefallzahlen lagen nach Angaben des Amtes in keinem Monat nennenswert über dem statistisch erwarteten Wert.",
        True,
        [],
        "das Amt",
    ),
    (
        "de",
        "Wie sich die Sterblichkeit künftig entwickelt, hängt nach Einschätzung von Fachleuten stark von Grippewellen und Hitzesommern ab.",
        False,
        [],
        None,
    ),
    # --- U.S. births (AP), April ---
    (
        "en",
        "NEW YORK (AP) - U.S. births edged up 1% last year to about 3.63 million, preliminary CDC data showed.",
        True,
        [("percent", 1, "%", None), ("count", 3630000, None, "about")],
        None,
    ),
    (
        "en",
        "The fertility rate for women of childbearing age, 15 to 44, slipped to 53.1 births for every 1,000 women, a record low.",
        True,
        [
            ("duration", 15, "year", None),
            ("duration", 44, "year", None),
            ("count", 53.1, None, None),
            ("count", 1000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Births to teenagers fell 4% to a record low, while births to women in their early 40s rose 3%.",
        True,
        [("percent", 4, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    ("en", "The cesarean delivery rate held at 32.4%.", True, [("percent", 32.4, "%", None)], None),
    (
        "en",
        "About 41% of babies were born to unmarried mothers, a share that has barely changed since 2009.",
        True,
        [("percent", 41, "%", "about"), ("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "CDC statistician Brady Hamblin said the total fertility rate came in at 1.58, below the previous low of 1.61.",
        True,
        [("count", 1.58, None, None), ("count", 1.61, None, None)],
        "Brady Hamblin",
    ),
    # --- Haushalte in Österreich (APA), Mai ---
    (
        "de",
        "Wien (APA) - In Österreich gibt es erstmals mehr als 4,2 Millionen Privathaushalte, wie aus dem Mikrozensus der Statistik Austria hervorgeht.",
        True,
        [("count", 4200000, None, "over")],
        None,
    ),
    (
        "de",
        "Mehr als jeder dritte Haushalt ist ein Einpersonenhaushalt, in Wien sind es sogar 45 Prozent.",
        True,
        [("fraction", 0.3333, None, "over"), ("count", 1, None, None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt lebten 2,16 Personen in einem Haushalt, 1985 waren es noch 2,68.",
        True,
        [("count", 2.16, None, None), ("year", 1985, None, None), ("count", 2.68, None, None)],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria leben rund 1,61 Millionen Menschen allein, gut die Hälfte davon sind Frauen.",
        True,
        [("count", 1610000, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Unter den allein Lebenden ist fast jede vierte Person 75 Jahre oder älter.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 75, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Haushalte mit fünf oder mehr Personen machten nur noch 5,6 Prozent aus.",
        True,
        [("count", 5, None, "at_least"), ("percent", 5.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Volkshilfe warnte vor einer wachsenden Vereinsamung älterer Menschen, vor allem am Land.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das Alleinleben ist oft eine bewusste Entscheidung und kein Zeichen von Einsamkeit“, betonte die Soziologin Katharina Moosbrugger.",
        False,
        [],
        None,
    ),
    # --- Wanderungsstatistik Österreich (APA), Juni ---
    (
        "de",
        "Wien (APA) - Österreich hat im vergangenen Jahr netto 47.900 Menschen durch Zuwanderung gewonnen, um ein Fünftel weniger als im Jahr davor.",
        True,
        [("count", 47900, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt zogen 168.300 Personen aus dem Ausland zu und 120.400 weg, teilte die Statistik Austria mit.",
        True,
        [("count", 168300, None, None), ("count", 120400, None, None)],
        None,
    ),
    (
        "de",
        "Die größte Gruppe unter den Zuziehenden stellten erneut Deutsche mit 19.800 Personen, vor Rumänen und Ukrainern.",
        True,
        [("count", 19800, None, None)],
        None,
    ),
    (
        "de",
        "Bei österreichischen Staatsangehörigen war die Bilanz erneut negativ: 4.100 mehr wanderten aus als zurückkehrten.",
        True,
        [("count", 4100, None, None)],
        None,
    ),
    (
        "de",
        "Innerhalb Österreichs verlor Kärnten per Saldo rund 1.200 Menschen an andere Bundesländer.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    # --- U.S. older adults (AP), June ---
    (
        "en",
        "WASHINGTON (AP) - Older adults now outnumber children in 13 states, up from 10 a year earlier, according to new Census Bureau data.",
        True,
        [("count", 13, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The number of Americans aged 65 and older grew 3.2% to 62.9 million, while the population under 18 fell 0.3% to 72.6 million.",
        True,
        [
            ("duration", 65, "year", "at_least"),
            ("percent", 3.2, "%", None),
            ("count", 62900000, None, None),
            ("duration", 18, "year", "under"),
            ("percent", 0.3, "%", None),
            ("count", 72600000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The population aged 85 and older reached 7.1 million.",
        True,
        [("duration", 85, "year", "at_least"), ("count", 7100000, None, None)],
        None,
    ),
    (
        "en",
        "Maine had the oldest population, with a median age of 45.3, and Utah the youngest at 32.4.",
        True,
        [("duration", 45.3, "year", None), ("duration", 32.4, "year", None)],
        None,
    ),
    (
        "en",
        "Census Bureau statistician Rachel Oduya said the nation's median age edged up 0.2 years to 39.4.",
        True,
        [("duration", 0.2, "year", None), ("duration", 39.4, "year", None)],
        "Rachel Oduya",
    ),
    (
        "en",
        "Nearly a quarter of U.S. counties now have populations in which at least 25% of residents are 65 or older.",
        True,
        [("fraction", 0.25, None, "nearly"), ("percent", 25, "%", "at_least"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Advocates for older Americans said lawmakers could no longer afford to ignore what the numbers were telling them.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"We are not ready for what this means for caregiving," said Ruth Halvorsen, who runs an adult day center in Portland, Maine.',
        False,
        [],
        None,
    ),
    # --- Bevölkerungsvorausberechnung für Thüringen (dpa/th), Juni ---
    (
        "de",
        "Erfurt (dpa/th) - Thüringen wird bis 2042 voraussichtlich rund 190.000 Einwohner verlieren, teilte das Landesamt für Statistik am Montag mit.",
        True,
        [("year", 2042, None, None), ("count", 190000, None, "about")],
        "das Landesamt für Statistik",
    ),
    (
        "de",
        "Die Einwohnerzahl sinke damit von gut 2,07 Millionen auf etwa 1,88 Millionen, hieß es.",
        True,
        [("count", 2070000, None, "over"), ("count", 1880000, None, "about")],
        None,
    ),
    (
        "de",
        "Schon heute ist jeder Vierte im Freistaat über 65, bis 2042 soll es fast jeder Dritte sein.",
        True,
        [
            ("fraction", 0.25, None, None),
            ("duration", 65, "year", "over"),
            ("year", 2042, None, None),
            ("fraction", 0.3333, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Am stärksten trifft der Rückgang nach der Vorausberechnung die Kreise Greiz und Altenburger Land mit einem Minus von jeweils mehr als 18 Prozent.",
        True,
        [("percent", 18, "%", "over")],
        None,
    ),
    (
        "de",
        "Nur Erfurt und Jena dürften bis dahin leicht wachsen, um 1,2 beziehungsweise 0,8 Prozent.",
        True,
        [("percent", 1.2, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Landesamtspräsident Holger Steinbrecher sagte, die Zahl der Menschen im Alter zwischen 20 und 66 Jahren werde um 17 Prozent schrumpfen.",
        True,
        [("duration", 20, "year", None), ("duration", 66, "year", None), ("percent", 17, "%", None)],
        "Holger Steinbrecher",
    ),
    ("de", "Der Gemeinde- und Städtebund sprach von einer „Zerreißprobe für den ländlichen Raum“.", False, [], None),
    # --- EU population (Reuters), July ---
    (
        "en",
        "BRUSSELS, July 10 (Reuters) - The European Union's population rose to 451.2 million on Jan. 1, up 1.3 million from a year earlier, as immigration more than offset a natural decline, Eurostat said on Thursday.",
        True,
        [
            ("date", "--07-10", None, None),
            ("count", 451200000, None, None),
            ("date", "--01-01", None, None),
            ("count", 1300000, None, None),
        ],
        "Eurostat",
    ),
    (
        "en",
        "Deaths exceeded births for the eighth year running, by 1.2 million.",
        True,
        [("ordinal", 8, None, None), ("count", 1200000, None, None)],
        None,
    ),
    (
        "en",
        "Germany remained the most populous member state with 83.5 million people, ahead of France with 68.9 million and Italy with 58.7 million.",
        True,
        [("count", 83500000, None, None), ("count", 68900000, None, None), ("count", 58700000, None, None)],
        None,
    ),
    (
        "en",
        "Malta's population grew the fastest, by 3.1%, while Latvia's shrank by 1.4%.",
        True,
        [("percent", 3.1, "%", None), ("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Ireland had the highest share of children under 15, at 19.3%, and Italy the lowest, at 11.9%.",
        True,
        [("duration", 15, "year", "under"), ("percent", 19.3, "%", None), ("percent", 11.9, "%", None)],
        None,
    ),
    (
        "en",
        "The median age in the bloc reached 45.1 years, Eurostat data showed.",
        True,
        [("duration", 45.1, "year", None)],
        None,
    ),
    (
        "en",
        "EU officials said the figures underlined the need for a common approach to legal migration.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Demographers warned against drawing big conclusions from a single unusual year of migration.",
        False,
        [],
        None,
    ),
    # --- Geburten in Deutschland (dpa), Juli ---
    (
        "de",
        "Wiesbaden (dpa) - So wenige Babys wie zuletzt 2013 haben Deutschlands Standesämter im vergangenen Jahr registriert, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("year", 2013, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Zahl der Neugeborenen sank um 3,1 Prozent auf 671.400.",
        True,
        [("percent", 3.1, "%", None), ("count", 671400, None, None)],
        None,
    ),
    (
        "de",
        "Die Geburtenrate fiel auf 1,33 Kinder je Frau, nach 1,36 im Jahr davor.",
        True,
        [("count", 1.33, None, None), ("count", 1.36, None, None)],
        None,
    ),
    (
        "de",
        "Bei Frauen mit deutscher Staatsangehörigkeit lag der Wert bei 1,24, bei Frauen mit ausländischem Pass bei 1,79.",
        True,
        [("count", 1.24, None, None), ("count", 1.79, None, None)],
        None,
    ),
    (
        "de",
        "In Sachsen lag die Geburtenrate mit 1,19 am niedrigsten, in Niedersachsen mit 1,41 am höchsten.",
        True,
        [("count", 1.19, None, None), ("count", 1.41, None, None)],
        None,
    ),
    (
        "de",
        "Beim ersten Kind waren Mütter durchschnittlich 30,7 Jahre alt, die Väter 33,4 Jahre.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.7, "year", None), ("duration", 33.4, "year", None)],
        None,
    ),
    (
        "de",
        "Destatis-Experte Reinhard Mückenberger sagte, die Geburtenrate sei in jedem der 16 Bundesländer zurückgegangen, am stärksten in Berlin.",
        True,
        [("count", 16, None, None)],
        "Reinhard Mückenberger",
    ),
    (
        "de",
        "„Viele Paare schieben den Kinderwunsch auf, weil sie sich ihrer Zukunft weniger sicher sind“, sagte Mückenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Familienministerin zeigte sich besorgt und sprach von einem „Weckruf für die ganze Gesellschaft“.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Talsohle erreicht ist, wollten die Statistiker nicht vorhersagen.", False, [], None),
    (
        "de",
        "Zwillings- und Mehrlingsgeburten machten 1,8 Prozent aller Entbindungen aus.",
        True,
        [("percent", 1.8, "%", None)],
        None,
    ),
    # --- UK population estimates (PA), July ---
    (
        "en",
        "LONDON (PA) - The UK population grew by 612,000 to 69.9 million in the year to mid-2025, the Office for National Statistics said.",
        True,
        [("count", 612000, None, None), ("count", 69900000, None, None), ("year", 2025, None, None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Net international migration accounted for 96% of the increase, while births outnumbered deaths by just 24,500.",
        True,
        [("percent", 96, "%", None), ("count", 24500, None, None)],
        None,
    ),
    ("en", "It was the smallest natural increase since the 1970s, the ONS said.", True, [], "the ONS"),
    (
        "en",
        "Nearly one in five people in the UK, 19.4%, is now aged 65 or over.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 19.4, "%", None), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        "In England, the population rose by 0.9%, while Scotland's grew by 0.6% and Wales' by 0.5%.",
        True,
        [("percent", 0.9, "%", None), ("percent", 0.6, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "London's population rose to 9.14 million, with Tower Hamlets growing fastest at 3.2%.",
        True,
        [("count", 9140000, None, None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Almost three-quarters of local authority areas in England grew, according to the ONS.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "en",
        'Campaigners for lower immigration said the figures showed ministers had "lost control" of the system.',
        False,
        [],
        None,
    ),
    ("en", "A Home Office spokesperson said the government was determined to bring the numbers down.", False, [], None),
    # --- Lebenserwartung in Österreich (APA), August ---
    (
        "de",
        "Wien (APA) - Die Lebenserwartung bei der Geburt ist in Österreich im vergangenen Jahr auf 79,8 Jahre bei Männern und 84,1 Jahre bei Frauen gestiegen.",
        True,
        [("duration", 79.8, "year", None), ("duration", 84.1, "year", None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vorjahr beträgt das Plus jeweils rund zwei Monate, teilte die Statistik Austria am Donnerstag auf Basis der neuen Sterbetafeln mit.",
        True,
        [("duration", 2, "month", "about")],
        "die Statistik Austria",
    ),
    (
        "de",
        "Der Abstand zwischen den Geschlechtern hat sich seit 1990 von 6,6 auf 4,3 Jahre verringert.",
        True,
        [("year", 1990, None, None), ("duration", 6.6, "year", None), ("duration", 4.3, "year", None)],
        None,
    ),
    (
        "de",
        "Eine 65-jährige Frau kann laut den Sterbetafeln mit weiteren 22,3 Lebensjahren rechnen, ein gleichaltriger Mann mit 19,1.",
        True,
        [("duration", 65, "year", None), ("duration", 22.3, "year", None), ("duration", 19.1, "year", None)],
        None,
    ),
    (
        "de",
        "Am höchsten ist die Lebenserwartung in Salzburg und Tirol, am niedrigsten in Wien mit 78,6 Jahren bei Männern.",
        True,
        [("duration", 78.6, "year", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der in Gesundheit verbrachten Jahre schätzt die Statistik Austria bei Frauen auf 63,5 und bei Männern auf 63,1.",
        True,
        [("duration", 63.5, "year", None), ("duration", 63.1, "year", None)],
        None,
    ),
    (
        "de",
        "„Mehr Lebensjahre heißt nicht automatisch mehr gesunde Lebensjahre“, gab ein Gesundheitsökonom zu bedenken.",
        False,
        [],
        None,
    ),
    # --- Births in England and Wales (PA), August ---
    (
        "en",
        "LONDON (PA) - The fertility rate in England and Wales fell to 1.38 children per woman last year, the lowest since records began in 1938, the Office for National Statistics said.",
        True,
        [("count", 1.38, None, None), ("year", 1938, None, None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "There were 583,900 live births, up 0.7% on the year before, as the number of women of childbearing age rose.",
        True,
        [("count", 583900, None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "Women aged 40 and over had a higher fertility rate than women under 20 for the first time on record.",
        True,
        [("duration", 40, "year", "at_least"), ("duration", 20, "year", "under"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Mothers were on average 31.1 years old at childbirth, fathers 33.5.",
        True,
        [("duration", 31.1, "year", None), ("duration", 33.5, "year", None)],
        None,
    ),
    (
        "en",
        "Just over a third of babies, 34.6%, had a mother born abroad.",
        True,
        [("fraction", 0.3333, None, "over"), ("percent", 34.6, "%", None)],
        None,
    ),
    (
        "en",
        "Outside London, Bradford had the highest fertility rate, at 1.83.",
        True,
        [("count", 1.83, None, None)],
        None,
    ),
    (
        "en",
        "ONS statistician Gareth Pennock said births to mothers under 20 had fallen by 48% in 10 years.",
        True,
        [("duration", 20, "year", "under"), ("percent", 48, "%", None), ("duration", 10, "year", None)],
        "Gareth Pennock",
    ),
    ("en", '"These are choices people are making freely, and we should respect them," Pennock said.', False, [], None),
    (
        "en",
        "Family charities said the cost of childcare was pushing couples to put off having children.",
        False,
        [],
        None,
    ),
    # --- Bevölkerungsszenarien der Schweiz (Keystone-SDA), August ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Schweiz dürfte im Jahr 2055 nach dem Referenzszenario des Bundes rund 10,7 Millionen Einwohnerinnen und Einwohner zählen.",
        True,
        [("year", 2055, None, None), ("count", 10700000, None, "about")],
        None,
    ),
    (
        "de",
        "Derzeit sind es 9'120'000, wie aus den am Dienstag veröffentlichten Szenarien des Bundesamts für Statistik hervorgeht.",
        True,
        [("count", 9120000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der über 80-Jährigen werde sich bis 2055 mehr als verdoppeln, auf rund 1,3 Millionen.",
        True,
        [("duration", 80, "year", "over"), ("year", 2055, None, None), ("count", 1300000, None, "about")],
        None,
    ),
    (
        "de",
        "Im tiefen Szenario wächst die Bevölkerung nur auf 9,6 Millionen, im hohen auf 12,1 Millionen.",
        True,
        [("count", 9600000, None, None), ("count", 12100000, None, None)],
        None,
    ),
    (
        "de",
        "Das Wachstum beruht laut BFS fast ausschliesslich auf der Zuwanderung; ab 2035 dürfte es mehr Todesfälle als Geburten geben.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    ("de", "Die SVP sprach von einem «Dichtestress, den niemand bestellt hat».", False, [], None),
    (
        "de",
        "Der Arbeitgeberverband sah in den Szenarien eine Bestätigung, dass die Wirtschaft auf Fachkräfte aus dem Ausland angewiesen bleibe.",
        False,
        [],
        None,
    ),
    ("de", "Szenarien seien keine Vorhersagen, sondern Wenn-dann-Rechnungen, betonte das Amt.", False, [], None),
    # --- Ireland's population (Reuters), August ---
    (
        "en",
        "DUBLIN, Aug 26 (Reuters) - Ireland's population rose by 89,400 to 5.46 million in the 12 months to April, its fastest growth since 2008, the Central Statistics Office said on Tuesday.",
        True,
        [
            ("date", "--08-26", None, None),
            ("count", 89400, None, None),
            ("count", 5460000, None, None),
            ("duration", 12, "month", None),
            ("year", 2008, None, None),
        ],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Immigration reached 141,700, of whom around 27,800 were returning Irish citizens, while emigration fell to 64,800.",
        True,
        [("count", 141700, None, None), ("count", 27800, None, "about"), ("count", 64800, None, None)],
        None,
    ),
    (
        "en",
        "The number of people aged 65 and over rose above 900,000 for the first time.",
        True,
        [("duration", 65, "year", "at_least"), ("count", 900000, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The median age rose to 39.8 years, from 38.8 in 2022.",
        True,
        [("duration", 39.8, "year", None), ("duration", 38.8, "year", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        'Housing charities said the figures showed the government\'s building targets were "hopelessly out of date."',
        False,
        [],
        None,
    ),
    # --- Bevölkerung in Baden-Württemberg (dpa/lsw), September ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Baden-Württemberg hat erstmals mehr als 11,4 Millionen Einwohner, teilte das Statistische Landesamt am Dienstag mit.",
        True,
        [("count", 11400000, None, "over")],
        "das Statistische Landesamt",
    ),
    (
        "de",
        "Im ersten Halbjahr wuchs die Bevölkerung um 21.600 Menschen, ausschließlich dank Zuzügen aus dem Ausland.",
        True,
        [("ordinal", 1, None, None), ("count", 21600, None, None)],
        None,
    ),
    (
        "de",
        "Stuttgart bleibt mit 628.000 Einwohnern die größte Stadt, Mannheim folgt auf Platz zwei.",
        True,
        [("count", 628000, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Durchschnittsalter im Südwesten liegt bei 43,5 Jahren, in Heidelberg bei nur 39,8.",
        True,
        [("duration", 43.5, "year", None), ("duration", 39.8, "year", None)],
        None,
    ),
    (
        "de",
        "Landesamtschefin Carmen Wiedenhöft sagte, in 29 der 44 Stadt- und Landkreise habe es mehr Sterbefälle als Geburten gegeben.",
        True,
        [("count", 29, None, None), ("count", 44, None, None)],
        "Carmen Wiedenhöft",
    ),
    (
        "de",
        "Ein Sprecher des Gemeindetags sagte, viele Kommunen stießen beim Wohnraum und bei Kita-Plätzen längst an ihre Grenzen.",
        False,
        [],
        None,
    ),
    ("de", "Die Landtagsopposition warf der Regierung vor, die Entwicklung verschlafen zu haben.", False, [], None),
    # --- Canada's population (Reuters), September ---
    (
        "en",
        "OTTAWA, Sept 17 (Reuters) - Canada's population grew by just 38,600 in the second quarter, the slowest pace since 2020, as caps on temporary residents took effect, Statistics Canada said on Wednesday.",
        True,
        [
            ("date", "--09-17", None, None),
            ("count", 38600, None, None),
            ("ordinal", 2, None, None),
            ("year", 2020, None, None),
        ],
        "Statistics Canada",
    ),
    (
        "en",
        "Non-permanent residents declined by 58,600 to 2.88 million, or 6.9% of the population.",
        True,
        [("count", 58600, None, None), ("count", 2880000, None, None), ("percent", 6.9, "%", None)],
        None,
    ),
    (
        "en",
        "The government aims to bring that share below 5% by the end of 2028.",
        True,
        [("percent", 5, "%", "under"), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Alberta grew fastest among the provinces, at 0.4% in the quarter, while British Columbia's population fell slightly.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "Population growth over the 12 months to July 1 was 0.9%, down from 2.9% two years earlier.",
        True,
        [
            ("duration", 12, "month", None),
            ("date", "--07-01", None, None),
            ("percent", 0.9, "%", None),
            ("percent", 2.9, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Business groups warned that slower population growth would deepen labour shortages in construction and health care.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The immigration minister said Canadians could have confidence that the system was "back on a sustainable footing."',
        False,
        [],
        None,
    ),
    # --- Scotland's census (PA), September ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's population has reached a record 5.49 million, according to National Records of Scotland.",
        True,
        [("count", 5490000, None, None)],
        None,
    ),
    (
        "en",
        "The 2022 census found that 20.6% of people in Scotland were aged 65 and over, up from 17.1% in 2011.",
        True,
        [
            ("year", 2022, None, None),
            ("percent", 20.6, "%", None),
            ("duration", 65, "year", "at_least"),
            ("percent", 17.1, "%", None),
            ("year", 2011, None, None),
        ],
        None,
    ),
    (
        "en",
        "The number aged 85 and over rose by 29% over the decade, to 134,000.",
        True,
        [("duration", 85, "year", "at_least"), ("percent", 29, "%", None), ("count", 134000, None, None)],
        None,
    ),
    (
        "en",
        "Glasgow remained the most populous council area with 631,400 residents, while Orkney had just 22,400.",
        True,
        [("count", 631400, None, None), ("count", 22400, None, None)],
        None,
    ),
    (
        "en",
        "Deaths have outnumbered births in Scotland every year since 2015, NRS said.",
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "The Scottish Government said the figures underlined why Scotland needed its own migration powers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition MSPs accused ministers of failing rural communities that are emptying of young people.",
        False,
        [],
        None,
    ),
    # --- Zensus-Ergebnisse (dpa), Oktober ---
    (
        "de",
        "Wiesbaden (dpa) - In Deutschland leben nach den Ergebnissen des Zensus rund 1,2 Millionen Menschen weniger als bisher angenommen.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    (
        "de",
        "Zum Stichtag 15. Mai 2022 zählten die Statistiker 82.806.000 Einwohnerinnen und Einwohner, teilte das Statistische Bundesamt mit.",
        True,
        [("date", "2022-05-15", None, None), ("count", 82806000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Am größten war die Abweichung in Berlin, wo gut 95.000 Menschen weniger gemeldet waren als fortgeschrieben.",
        True,
        [("count", 95000, None, "over")],
        None,
    ),
    (
        "de",
        "Der Anteil der Menschen mit ausländischer Staatsangehörigkeit lag zum Stichtag bei 12,4 Prozent.",
        True,
        [("percent", 12.4, "%", None)],
        None,
    ),
    (
        "de",
        "In gut einem Drittel der Gemeinden lag die Einwohnerzahl um mehr als 2 Prozent unter der bisherigen Fortschreibung.",
        True,
        [("fraction", 0.3333, None, "over"), ("percent", 2, "%", "over")],
        None,
    ),
    (
        "de",
        "Rund 1.300 Kommunen haben nach Angaben des Deutschen Städtetags Widerspruch gegen ihre Ergebnisse eingelegt.",
        True,
        [("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "Weil sich der kommunale Finanzausgleich nach der Einwohnerzahl richtet, drohen einzelnen Städten Einbußen in Millionenhöhe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bürgermeister einer betroffenen Stadt sprach von einem „Rechenfehler mit teuren Folgen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Destatis-Sprecherin Ines Hallwachs sagte, das Verfahren sei vom Bundesverfassungsgericht bereits 2018 für verfassungsgemäß erklärt worden.",
        True,
        [("year", 2018, None, None)],
        "Ines Hallwachs",
    ),
    (
        "de",
        "„Ein Zensus ist eine Momentaufnahme und keine Abrechnung mit den Städten“, sagte Hallwachs.",
        False,
        [],
        None,
    ),
    # --- Life expectancy by area (PA), October ---
    (
        "en",
        "LONDON (PA) - Boys born in the most deprived areas of England can expect to live 9.4 fewer years than those born in the least deprived, the ONS said.",
        True,
        [("duration", 9.4, "year", None)],
        "the ONS",
    ),
    (
        "en",
        "Across the UK, a newborn boy could expect to live 79.1 years and a girl 83.1 years, based on deaths in 2022 to 2024.",
        True,
        [
            ("duration", 79.1, "year", None),
            ("duration", 83.1, "year", None),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Kensington and Chelsea had the highest female life expectancy, at 86.8 years, and Blackpool the lowest male figure, at 74.1.",
        True,
        [("duration", 86.8, "year", None), ("duration", 74.1, "year", None)],
        None,
    ),
    (
        "en",
        "Healthy life expectancy for women in England fell to 61.2 years, its lowest level in data going back to 2011.",
        True,
        [("duration", 61.2, "year", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Men aged 65 in England can expect a further 18.1 years of life on average, women a further 20.6 years.",
        True,
        [("duration", 65, "year", None), ("duration", 18.1, "year", None), ("duration", 20.6, "year", None)],
        None,
    ),
    (
        "en",
        '"Where you are born still decides far too much about how long you live," said Amira Solberg of the Health Equity Trust.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department of Health said it was determined to close the gap between the healthiest and least healthy regions.",
        False,
        [],
        None,
    ),
    # --- Scheidungen in Österreich (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Die Zahl der Scheidungen in Österreich ist im vergangenen Jahr um 3,4 Prozent auf 13.290 gesunken.",
        True,
        [("percent", 3.4, "%", None), ("count", 13290, None, None)],
        None,
    ),
    (
        "de",
        "Die Gesamtscheidungsrate sank laut Statistik Austria auf 31,8 Prozent, den niedrigsten Wert seit 1991.",
        True,
        [("percent", 31.8, "%", None), ("year", 1991, None, None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Gleichzeitig gaben einander 43.180 Paare das Jawort, darunter 1.210 gleichgeschlechtliche.",
        True,
        [("count", 43180, None, None), ("count", 1210, None, None)],
        None,
    ),
    (
        "de",
        "Fast jede fünfte geschiedene Ehe hatte 25 Jahre oder länger gehalten.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 25, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Im Schnitt waren die Paare zum Zeitpunkt der Scheidung 11,4 Jahre verheiratet.",
        True,
        [("duration", 11.4, "year", None)],
        None,
    ),
    (
        "de",
        "Bei knapp 40 Prozent der Scheidungen waren minderjährige Kinder betroffen, insgesamt rund 11.700.",
        True,
        [("percent", 40, "%", "nearly"), ("count", 11700, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Familienrichterin meinte, viele Paare trennten sich heute später, dafür aber bewusster.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Katholische Familienverband wertete den Rückgang der Scheidungen als „ermutigendes Zeichen“.",
        False,
        [],
        None,
    ),
    # --- U.S. households and marriage (AP), November ---
    (
        "en",
        "WASHINGTON (AP) - Fewer than half of American adults, 48.5%, lived with a spouse this year, according to Census Bureau survey data released Thursday.",
        True,
        [("fraction", 0.5, None, "under"), ("percent", 48.5, "%", None)],
        None,
    ),
    (
        "en",
        "The median age at first marriage reached 30.6 for men and 28.8 for women, the highest on record.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.6, "year", None), ("duration", 28.8, "year", None)],
        None,
    ),
    (
        "en",
        "About 28% of households consisted of just one person, compared with 12% in 1960.",
        True,
        [
            ("percent", 28, "%", "about"),
            ("count", 1, None, None),
            ("percent", 12, "%", None),
            ("year", 1960, None, None),
        ],
        None,
    ),
    ("en", "Married-couple households made up 46% of all households.", True, [("percent", 46, "%", None)], None),
    (
        "en",
        "There were 39.6 million one-person households, the Census Bureau said.",
        True,
        [("count", 39600000, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Roughly one in three adults aged 18 to 34 lived in a parent's home.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 18, "year", None), ("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "\"Young adults aren't failing to launch; they're launching later and on their own terms,\" said sociologist Priya Mandeville of Tulane University.",
        False,
        [],
        None,
    ),
    # --- Geburten in der Schweiz (Keystone-SDA), November ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Schweizer Spitäler und Geburtshäuser haben im vergangenen Jahr 77'140 Lebendgeburten gezählt, 1,6 Prozent weniger als im Vorjahr.",
        True,
        [("count", 77140, None, None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die zusammengefasste Geburtenziffer fiel auf 1,26 Kinder pro Frau, so tief wie noch nie seit Beginn der Statistik 1876.",
        True,
        [("count", 1.26, None, None), ("year", 1876, None, None)],
        None,
    ),
    (
        "de",
        "Gestorben sind im selben Zeitraum 71'380 Personen, teilte das BFS am Donnerstag mit.",
        True,
        [("count", 71380, None, None)],
        "das BFS",
    ),
    (
        "de",
        "Frauen waren bei der Geburt des ersten Kindes durchschnittlich 31,6 Jahre alt – so alt wie nie zuvor.",
        True,
        [("ordinal", 1, None, None), ("duration", 31.6, "year", None)],
        None,
    ),
    (
        "de",
        "Mehr als jedes vierte Neugeborene hat eine Mutter, die 35 Jahre oder älter ist.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 35, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Im Tessin lag die Geburtenziffer bei nur 1,11, im Kanton Appenzell Innerrhoden bei 1,62.",
        True,
        [("count", 1.11, None, None), ("count", 1.62, None, None)],
        None,
    ),
    (
        "de",
        "BFS-Demograf Thomas Gubler sagte, in den vergangenen zehn Jahren sei die Geburtenziffer bei Frauen unter 30 um ein Viertel gesunken.",
        True,
        [("duration", 10, "year", None), ("duration", 30, "year", "under"), ("fraction", 0.25, None, None)],
        "Thomas Gubler",
    ),
    (
        "de",
        "«Kinder zu haben, ist in der Schweiz zu einer Frage des Budgets geworden», sagte die Präsidentin von Pro Familia Schweiz.",
        False,
        [],
        None,
    ),
    ("de", "Die Mitte forderte, Familien stärker zu entlasten, liess aber offen, wie.", False, [], None),
    # --- Australia's population (AAP), December ---
    (
        "en",
        "SYDNEY (AAP) - Australia's population grew 1.7% to 27.8 million in the 12 months through June, the Australian Bureau of Statistics said.",
        True,
        [("percent", 1.7, "%", None), ("count", 27800000, None, None), ("duration", 12, "month", None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Net overseas migration added 327,900 people and natural increase a further 98,700.",
        True,
        [("count", 327900, None, None), ("count", 98700, None, None)],
        None,
    ),
    (
        "en",
        "Western Australia grew the fastest, at 2.6%, and Tasmania the slowest, at 0.3%.",
        True,
        [("percent", 2.6, "%", None), ("percent", 0.3, "%", None)],
        None,
    ),
    (
        "en",
        "The median age edged down to 38.9 years, the first fall since 2004.",
        True,
        [("duration", 38.9, "year", None), ("ordinal", 1, None, None), ("year", 2004, None, None)],
        None,
    ),
    (
        "en",
        "The opposition said the government had lost control of migration and left Australians paying the price in rents.",
        False,
        [],
        None,
    ),
    # --- Kinderlosigkeit laut Mikrozensus (dpa), Dezember ---
    (
        "de",
        "Wiesbaden (dpa) - Gut jede fünfte Frau zwischen 45 und 49 Jahren in Deutschland hat keine Kinder.",
        True,
        [("fraction", 0.2, None, "over"), ("duration", 45, "year", None), ("duration", 49, "year", None)],
        None,
    ),
    (
        "de",
        "Die Kinderlosenquote lag damit bei 21,3 Prozent und um 1,1 Prozentpunkte höher als vier Jahre zuvor, wie das Statistische Bundesamt auf Basis des Mikrozensus mitteilte.",
        True,
        [("percent", 21.3, "%", None), ("percent", 1.1, "pp", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Unter Akademikerinnen ist der Anteil mit 27 Prozent deutlich höher als bei Frauen mit Berufsausbildung mit 19 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "In Hamburg ist mehr als jede dritte Frau dieser Altersgruppe kinderlos, in Sachsen nur jede siebte.",
        True,
        [("fraction", 0.3333, None, "over"), ("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "de",
        "Mütter bekamen im Schnitt 2,1 Kinder, 2008 waren es noch 2,2.",
        True,
        [("count", 2.1, None, None), ("year", 2008, None, None), ("count", 2.2, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Mütter mit drei oder mehr Kindern blieb mit 17 Prozent stabil.",
        True,
        [("count", 3, None, "at_least"), ("percent", 17, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Familiensoziologin sagte, Kinderlosigkeit sei selten eine bewusste Entscheidung, sondern ergebe sich oft aus vielen kleinen Aufschüben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sich der Trend bei jüngeren Jahrgängen fortsetzt, lässt sich nach Angaben der Statistiker noch nicht sagen.",
        False,
        [],
        None,
    ),
    # --- U.S. national and state estimates (AP), December ---
    (
        "en",
        "WASHINGTON (AP) - America's population rose by 2.5 million, or 0.7%, to 342.6 million in the year ending July 1, the U.S. Census Bureau said Tuesday.",
        True,
        [
            ("count", 2500000, None, None),
            ("percent", 0.7, "%", None),
            ("count", 342600000, None, None),
            ("date", "--07-01", None, None),
        ],
        "the U.S. Census Bureau",
    ),
    (
        "en",
        "Net international migration contributed 1.9 million, down from 2.7 million a year earlier, while births exceeded deaths by 487,000.",
        True,
        [("count", 1900000, None, None), ("count", 2700000, None, None), ("count", 487000, None, None)],
        None,
    ),
    (
        "en",
        "South Carolina grew faster than any other state, by 1.8%, and three states - Vermont, Mississippi and West Virginia - lost residents.",
        True,
        [("percent", 1.8, "%", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Texas added more people than any other state, 498,300, followed by Florida with 421,500.",
        True,
        [("count", 498300, None, None), ("count", 421500, None, None)],
        None,
    ),
    (
        "en",
        "Census Bureau demographer Martin Ekwueme said net international migration was the lowest since 2021.",
        True,
        [("year", 2021, None, None)],
        "Martin Ekwueme",
    ),
    (
        "en",
        "Immigration advocates said the slowdown would leave farms and nursing homes short of workers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "What the figures mean for the next reapportionment of House seats is already being hotly debated in statehouses.",
        False,
        [],
        None,
    ),
]
