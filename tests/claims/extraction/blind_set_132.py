"""Hundred-and-thirty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, places and figures are made up
(Harald Kirchsteiger, Miriam Vogelsang, Jens Hallgarten, Corinne Jeanneret, the village of
Wendelrode, Ulrike Sedlacek, Hermine Pölzl, Beatrice Lüscher-Haab, Anja Lohmeyer, Seraina
Caduff, Olaf Brückner; Li Wenjun, Helen Mowbray, Harold Pemberton, Park Ji-hoon, Luis
Ortega, Renée Calvert, Madeleine Rusk, Meredith Oyelaran, Tom Ackroyd, Priya Wardle, the
charity Family Futures UK, Sophie Tremlett, Dana Whitlock, Marcus Feld, Kenneth Albrecht);
office-holders who would be real people (the German family, interior and economy ministers,
Styria's Landeshauptmann, a Gemeindepräsident, Italy's prime minister, the Home Secretary,
Japan's chief cabinet secretary, the U.N. population chief) appear only by office, and the
named statisticians and demographers are invented. Real bodies, parties and places
("Statistik Austria", "Innenministerium", "FPÖ", "ÖVP", "Statistisches Bundesamt",
"Destatis", "Mikrozensus", "Union", "Grüne", "Sozialverband VdK", "Bundesamt für Statistik",
"BFS", "SVP", "Statistisches Landesamt", "Mansfeld-Südharz", "Val Müstair", "Schiers",
"Landquart", "Murau", "Bruck an der Leitha"; "National Bureau of Statistics", "Fudan
University", "Office for National Statistics", "ONS", "Statistics Korea", "OECD", "U.S.
Census Bureau", "Maricopa County", "Harris County", "Kaufman County", "Istat", "Migration
Observatory", "Conservatives", "Ohio State University", "Social Security", "Medicare",
"United Nations", "Department for Education", "Nara prefecture", "Respect for the Aged Day",
"White House", "Brookings Institution") stand for the way wire copy names them; every
population, birth, death, rate, age, share, projection, name count, ranking and quote here
is invented, and where a real figure came to mind it was changed.

Its weight: POPULATION, CENSUS AND DEMOGRAPHICS over about a year of releases in story order
(mid-January to December), each story told as wire copy runs it (a dateline lead with the
statistics office's headline figure, the figures behind it, the office's and its
demographers' attributed lines, the politicians' and lobbies' reactions, quotes, scene
colour), the German and English stories interleaved by date. Half German (Statistik Austria
via APA, Destatis via dpa, the BFS via Keystone-SDA; Austrian "Jänner", "heuer", "Buben",
"Staatsbürgerschaft", "Einwohnerinnen und Einwohner", "gelegen war", Swiss "9'132'600",
"76'300", "Knaben", "grössten", "einen Zehntel", "einen Fünftel", «» quotes, German „“
quotes): Austria's population on 1 January with Vienna back above two million, births and
deaths in Germany with the birth deficit, the Swiss population with its migration balance,
over-80s, centenarians and median age, Saxony-Anhalt shrinking since reunification, births
in Austria with the fertility rate and the mothers' age in years and months, Germany's net
migration, marriages and divorces in Germany, life expectancy in Austria, newborns' names in
Switzerland and in Austria ranked, people living alone in Germany, shrinking and growing
communes in Graubünden, Austria's projection to 2050 with its shrinking and growing
districts, and the Destatis projection to 2070. Half English (PA with the ONS, AP with the
Census Bureau, Reuters): China's population falling, UK centenarians, South Korea's
fertility, U.S. counties gaining and losing people, Italy's births, UK net migration,
Japan's births, Americans ageing with the median age, the U.N.'s World Population Prospects,
births in England and Wales, Japan's centenarians, U.S. households and living alone, baby
names in England and Wales, UK life expectancy in years and months, and the Census Bureau's
national estimates. Figures as such copy has them: population totals, growth in counts and
percent, migration balances, births, deaths and the gap between them; fertility rates ("1,31
Kinder je Frau", "1,28 Kinder pro Frau", "an average of 1.38 children", "0.79", "6.19 per
1,000 people"); life expectancy, median and mothers' ages in years and in years and months
("mit 31 Jahren und vier Monaten", "15 Jahre und zwei Monate", "79 years and one month", "um
viereinhalb Jahre länger"); age groups and their bounds ("100 or over", "105 or older", "ab
65 Jahren", "im Alter von 80 Jahren und mehr", "über 85-Jährigen", "der Hundertjährigen",
"under 18"); shares ("mehr als jede dritte Person", "Gut ein Drittel", "jede dritte Ehe",
"Nur noch jeder achte Haushalt", "almost one in four", "Just under half", "by about a
fifth"); households and their size ("Einpersonenhaushalt", "one-person households", "vier
oder mehr Personen", "2,01 Personen"); marriages, divorces and their length; names counted
and ranked ("1.012 Mal", "Platz eins", "um 23 Ränge auf Platz 9", "rose 27 places to 38th",
"top 100", "top-10"); centenarians; consecutive records as ordinals; projections to 2040,
2050, 2055, 2070 and 2100 with ranges ("zwischen 74 und 86 Millionen", "um 1,6 bis 4,8
Millionen", "knapp eine Viertelmillion", "gut dreieinhalb Millionen"). Negatives as such
copy has them: politicians' and parties' worries, demands and labels without figures
(„Bevölkerungsaustausch durch die Hintertür“, „Überfremdung im Kreißsaal“,
«10-Millionen-Schweiz» with its figure, „Migrationswende wirkt“, „demografischen
Zeitenwende“, "restored order", "far too high", "a matter of national survival"),
demographers' and economists' warnings without figures (one with a span labelled), lobbies'
labels, a statistics office's caveat on projections, open questions and one rhetorical
question, quotes of feeling and verdict, a centenarian's anecdote, a 101-year-old's vox pop
and scene colour (empty shop windows, wedding parties at a register office, bingo at a
senior center, a shrine).

241 rows (121 German, 120 English), 55 negatives (28 German, 27 English), 186 check-worthy
rows of which 5 carry no figure (2 German, 3 English), 400 expected quantities (158 counts,
87 durations, 45 years, 39 percentages, 32 ordinals, 28 fractions, 9 dates, 2 amounts of
money - 1 CHF, 1 CNY -; 6 of them in six negatives, as the seventeenth batch labels a figure
in a negative), 42 checked speakers (20 German, 22 English). Sentences sharing a run of
eight or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives ("Die Zahl
  der Geburten sei in allen 16 Bundesländern gesunken, ..., sagte Destatis-Expertin Miriam
  Vogelsang." -> "Miriam Vogelsang", "Mehr als ein Viertel der Hundertjährigen lebe noch
  ..., sagte BFS-Demografin Corinne Jeanneret.", "Der Rückgang betreffe vor allem Frauen
  unter 30, sagte Kirchsteiger." -> "Kirchsteiger", "Der Kanton verliere jedes Jahr rund 300
  junge Erwachsene ..., sagte Standortförderin Seraina Caduff.", "Die Zahl der
  Pflegebedürftigen werde bis 2055 ..., sagte Destatis-Demograf Olaf Brückner.";
  hundred-fourteenth to hundred-eighteenth), as are quoted facts (""Student dependants alone
  fell by 84,000," said Madeleine Rusk, ...", ""The number of centenarians has grown by 4% a
  year on average ...," said Helen Mowbray, ..." - "on average" no hedge -; forty-first:
  "said Helen Marsh, a professor ...") and a quoted measurable record without a figure (""We
  saw the fewest births to teenage mothers since records began," said ONS statistician Tom
  Ackroyd." -> "Tom Ackroyd"; ninety-eighth: «So viele Besucher hatten wir noch nie»). New:
  a statistician's counterfactual that takes migration out of the measured figures is
  arithmetic on those figures and check-worthy, as the fact-check arithmetic of the
  hundred-twentieth: „Ohne Zuwanderung wäre die Bevölkerung im vergangenen Jahr um knapp
  11.000 Menschen geschrumpft“ -> "Harald Kirchsteiger" (11,000 "nearly"), "Ohne Zuwanderung
  hätte Österreich 2050 nur noch 8,1 Millionen Einwohnerinnen und Einwohner, sagte
  Kirchsteiger.", "Ohne Zuwanderung wäre die Bevölkerung bereits das dritte Jahr in Folge
  geschrumpft, rechnete das Amt vor." (ordinal 3, the speaker unchecked, hundred-fourteenth:
  "rechnete ... vor").
- Check-worthy without a figure (forty-first, hundred-fourteenth, hundred-nineteenth):
  records stated without a figure ("In Deutschland leben so viele Menschen allein wie nie
  zuvor."; hundred-fourteenth: "Noch nie hat ein Papst Vietnam besucht."), the names that
  lead a ranking ("Mia und Noah sind ... erneut die beliebtesten Vornamen ..."), a recovery
  stated by the statisticians ("Life expectancy has now recovered to above its pre-pandemic
  level ...") and a scheduled release ("The Census Bureau plans to release county and city
  estimates in the spring."; sixty-fifth: a scheduled step; "in the spring" none). A pledge
  with a figure is check-worthy ("The government has pledged to lift the rate to 1.0 by
  2030."; hundred-third), as is a ministry's account of an entitlement ("The Department for
  Education said working parents could now claim up to 30 hours a week ..." -> "the
  Department for Education", 30 hours "up_to", "a week" none, "from the age of nine months"
  9 months with no hedge).
- Projections and forecasts with a figure are check-worthy (forty-first: "Der Anteil der
  über 65-Jährigen werde bis 2050 auf 26 Prozent steigen"; hundred-nineteenth: a forecast
  with a figure): the Austrian projection to 2050 ("laut der neuen Prognose der Statistik
  Austria" a document, the speaker unchecked, hundred-second), the Destatis projection to
  2070 ("wie aus der 16. koordinierten Bevölkerungsvorausberechnung hervorgeht" ordinal 16
  and no speaker; "zwischen 74 und 86 Millionen" two counts, the unit written once serving
  both, seventy-sixth; "um 1,6 bis 4,8 Millionen" both; "von 45,8 auf bis zu 48 Jahre" 45.8
  and 48 "up_to"), the U.N.'s peak ("at about 10.3 billion in the mid-2080s before edging
  down to 10.2 billion by 2100"), "Some demographers expect the population to fall below 1.3
  billion well before 2050." (a plural group, unchecked, forty-first; "below" "under",
  hundred-fourteenth: "fell below 50%") and "About one in five Americans will be 65 or older
  by 2030, according to Census Bureau projections." (a document, unchecked). Forecasts
  without a figure are negatives ("Economists warn that a shrinking workforce will weigh on
  growth for decades.", "Demographers warned that many poorer countries would grow old
  before they grew rich."; forty-seventh), and so is the office's caveat on its own
  projections („Vorausberechnungen sind keine Prognosen, ...“; forty-first: a pollster's
  caveat).
- Demographic rates are counts (fifth, forty-first, eighty-third): "1,31 Kinder je Frau",
  "1,28 Kinder pro Frau, nach 1,31", "mit 1,09 Kindern pro Frau ..., Vorarlberg mit 1,46",
  "auf 1,27 Kinder pro Frau", "zwischen 1,3 und 1,6 Kindern je Frau" ("je Frau", "pro Frau"
  none), "1.13 children per woman from 1.18", "an average of 1.38 children" ("an average of"
  no hedge), "to 0.79", "at just 0.58" ("just" no hedge), "A rate of 2.1", "to 1.0", "slid
  to 1.12 from 1.15", "at 0.94"; "6.19 per 1,000 people" two counts (sixty-ninth: "37
  Todesfällen je 1.000 Lebendgeburten"); household sizes "auf 2,01 Personen" and "2.49
  people" (forty-first: "von 2,27 auf 2,02 Personen").
- Ages are durations in years (every batch): life expectancy ("mit 79,9 Lebensjahren ...,
  ein Mädchen mit 84,4 Jahren", "73.3 years", "at 73.9 years, and ... at 84.6", "9.7 years
  earlier" - "earlier" after the figure compares), remaining years ("noch 21,8 Jahre ...,
  ein gleichaltriger Mann 18,7 Jahre", "another 18.8 years, and a woman another 21.2 years"
  - "another" no hedge as "further", hundred-sixteenth; sixty-seventh: "a further 18.6
  years"), median and average ages ("bei 42,9 Jahren", "bei 48,1 Jahren, das sind gut vier
  Jahre mehr" 4 "over", "a record 39.3 years", "at 45.2, and Utah the lowest, at 31.9", "the
  median age was 35.3", "rose to 32.7", "31.2 years, and that of fathers to 33.9" - the
  figure without "years" as "an average age of 25.4", eighty-second), mothers' and spouses'
  ages ("Beim ersten Kind ... 30,5 Jahre", "bei ihrer ersten Heirat im Schnitt 34,9 Jahre
  alt, Frauen 32,4 Jahre", "at first marriage rose to 30.4 years for men and 28.6 years"
  each with ordinal 1, forty-first: "des ersten Kindes"), gaps ("um viereinhalb Jahre
  länger" 4.5, "noch mehr als sieben Jahre" 7 "over"), and ages of persons ("Eine 65-jährige
  Frau", "A man aged 65", "turned 111", "a 114-year-old woman", "turning 100", "reaching
  100", "die 101-jährige Grazerin"). New: "mit 79,9 Lebensjahren" is 79.9 years - the
  compound's head "Jahr" is the unit, as "Lebensjahr" names a year of life. Years and months
  are two durations, each in its unit (fifteenth, hundred-second: "vier Jahren und drei
  Monaten", "six years and eight months"): "mit 31 Jahren und vier Monaten" 31 years and 4
  months, "15 Jahre und zwei Monate", "79 years and one month ... 83 years and two months"
  ("one month" 1 month, hundred-seventeenth: "for one year"), "um drei Monate, bei Frauen um
  zwei Monate".
- Age bounds (forty-ninth, eighty-fifth, hundred-fourteenth, hundred-eighteenth): "aged 100
  or over", "aged 100 or older", "aged 105 or older", "aged 60 and over", "65 and older",
  "65 or older", "aged 85 and over", "aged 30 or over", "ab 65 Jahren", "ab 80 Jahren", "65
  Jahre alt oder älter" "at_least" (the bound after the figure, hundred-eighteenth: "30 or
  more"; eighty-fifth: "ab 67 Jahren"); new: "im Alter von 80 Jahren und mehr" is 80
  "at_least" - "und mehr" is the German "or more"; "über 80-Jährigen" and "über 85-Jährigen"
  "over" (forty-first); "under 18", "unter 18 Jahren", "unter 30", "under three" "under"
  (hundred-fourteenth: "under 30"); "zwischen 20 und 64 Jahren" and "zwischen 30 und 45
  Jahren" two ages with no hedge (forty-first: "zwischen"). New: "der Hundertjährigen" is
  100 years - the number word inside the compound is read as in "über 80-Jährige"
  (forty-first) and "einem hundertjährlichen Hochwasser" 100 years (forty-seventh);
  "centenarians" and "semi-supercentenarians" carry none. "in their 80s", "mid-2080s",
  "early 2060s" and "bis Mitte der 2050er-Jahre" carry none (thirty-ninth: decades none;
  second: "In den 1980er-Jahren").
- Names counted and ranked (forty-fourth: "um zwölf Plätze auf Rang 119", "two places to
  fifth"; seventy-second: "unter den Top 100"): "Platz eins", "auf den zweiten Rang", "Auf
  den Plätzen zwei und drei" (2 and 3), "auf Rang zwei, österreichweit auf Rang 13", "second
  and third", "dropped to 11th" ordinals; "um 23 Ränge auf Platz 9" count 23 and ordinal 9,
  "rose 27 places to 38th" count 27 and ordinal 38; "the top 100" count 100; new: "a top-10
  fixture" is count 10, the hyphenated compound read as "the 650-seat House"
  (hundred-twentieth); "zum sechsten Mal in Folge", "zum vierten Mal in Folge", "for the
  third year running" ordinals (fifty-fourth, hundred-fourteenth). "1.012 Mal vergeben" is
  count 1,012 (the issue's "100 Mal"), and so is "Zwillinge kamen 1.104 Mal zur Welt" 1,104
  beside "Drillinge nur zweimal" 2 ("nur" no hedge); new: "Zwillinge" and "Drillinge" carry
  none - a word for a multiple birth is no number word. "the top spot", "an der Spitze",
  "beliebtesten", "am häufigsten", "most popular", "biggest climber" carry none
  (forty-first). "Die zehn häufigsten Namen ... knapp ein Achtel" count 10 and 0.125
  "nearly".
- Shares (the issue; forty-first, hundred-fourteenth, hundred-eighteenth): "mehr als jede
  dritte Person" 0.3333 "over", "Gut ein Drittel" 0.3333 "over", "um fast ein Drittel"
  "nearly", "etwa jede dritte Ehe" "about", "um gut ein Viertel" 0.25 "over", "Mehr als ein
  Viertel" "over", "um fast ein Viertel" "nearly", "mehr als jede vierte Person" "over",
  "nur etwa jeder vierte Mann" 0.25 "about", "mehr als jede zweite Frau" 0.5 "over", "fast
  jeder zweiten Scheidung", "fast die Hälfte aller Haushalte" and "Fast jede zweite
  Gemeinde" 0.5 "nearly", "Nur noch jeder achte Haushalt" 0.125 ("Nur noch" no hedge), "Fast
  jedes fünfte Neugeborene" 0.2 "nearly", "less than half the level a year earlier" and
  "less than half the previous year's 2.8 million" 0.5 "under", "Just under half of babies,
  49.6%" and "just under half of all households, at 47%" 0.5 "under" and the percentage
  (forty-first: "just under a fifth"), "more than half" 0.5 "over", "almost one in four"
  0.25 "nearly", "About one in five" 0.2 "about", "by about a fifth" 0.2 "about". The Swiss
  masculine share is the same share (hundred-fifteenth: "um fast einen Viertel"): "um gut
  einen Zehntel" 0.1 "over", "um fast einen Fünftel" 0.2 "nearly".
- Magnitudes, multiples and hedges: "gut dreieinhalb Millionen" 3,500,000 "over"
  (hundred-second: "siebeneinhalb"), "knapp 1,01 Millionen", "knapp 2,14 Millionen", "knapp
  9,9 Millionen" "nearly", "die Marke von zwei Millionen" 2,000,000 with no hedge; new: "um
  knapp eine Viertelmillion" is count 250,000 "nearly" and no fraction - the German compound
  reads as "a quarter of a million" (hundred-eighteenth), as "eine halbe Million" is 500,000
  (thirty-fourth). "almost double the figure of 20 years ago" count 2 "nearly" (forty-fifth:
  "fast das Doppelte"); "mehr als verdoppelt" and "mehr als verdoppeln" carry none ("mehr
  als" before a verb hedges no figure, hundred-seventeenth); "zweistellig gesunken, nämlich
  um 13,4 Prozent" only the percentage (twenty-second: "zweistellig gestiegen, ... um 14,6
  Prozent"); "an estimated 189,000" "about" (hundred-eighteenth), "Some 812,000" "about",
  "fall below 1.3 billion" and "dropped below 700,000" "under", "about 2.6 million people,
  or 0.8%" with the hedge on the first figure only (seventy-eighth). Hedges, only the names
  in use: "rund", "Rund", "etwa", "about", "About", "roughly", "Some", "an estimated"
  "about"; "knapp", "fast", "Fast", "nearly", "Nearly", "almost" "nearly"; "mehr als", "Mehr
  als", "gut", "Gut", "more than", "More than" "over" (and "über" in "über 80-Jährigen");
  "unter", "under", "below", "less than", "just under", "Just under" "under"; "bis zu", "up
  to" "up_to"; "or over", "or older", "and over", "and older", "oder älter", "oder mehr",
  "und mehr", "ab" before an age "at_least". No hedge: "im Schnitt", "on average", "an
  average of", "Insgesamt", "zusammen", "netto", "nur", "Nur noch", "just", "bereits",
  "gleich", "jährlich", "derzeit", "a record", "another", "A further", "zwischen", "from the
  age of", "among them", "earlier", "weniger" and "mehr" after a figure.
- Counts otherwise (forty-first, hundred-fourteenth): definite groups give both counts ("Of
  the nation's 3,144 counties, 1,712", "Eighteen of Italy's 20 regions", "41 der 94
  politischen Bezirke", "the lowest of Japan's 47 prefectures"), "in allen 16 Bundesländern"
  16 ("allen" no hedge), "in 11 states, up from three" 11 and 3, "Five states" 5, "the four
  UK nations" 4, "zwei Kinder ..., aber 19 Menschen", "476 Knaben ..., 398 Mädchen",
  "zwischen zwei Männern oder zwei Frauen" 2 and 2, "a dozen residents" 12 (fiftieth: "ein
  Dutzend"; in a negative), "gleich drei Hochzeitsgesellschaften" 3 (in a negative).
  "Einpersonenhaushalt", "Einpersonenhaushalte" and "one-person households" count 1
  (forty-first), "ein Singlehaushalt" none; "vier oder mehr Personen" 4 "at_least"
  (hundred-eighteenth: "30 or more"). "kein anderes Kind", "keine Summe" and "COVID-19"
  carry none (twenty-ninth, fortieth: "Covid-19"). Money appears twice: "3,600 yuan a year"
  CNY (sixth, fourteenth; "a year" none) and "12 Millionen Franken" CHF. New: the SVP's
  «10-Millionen-Schweiz» is count 10,000,000 in a negative - the figure heading a hyphenated
  compound is read as in "28-Punkte-Entwurf" (the issue) with "Millionen" scaling it as in
  "2,4 Millionen Einwohner"; no currency is written, so no money (hundred-twenty-first: „110
  Millionen weniger“).
- Ordinals (fifty-fourth, hundred-fourteenth, hundred-fifteenth): consecutive records ("for
  a fourth consecutive year", "the 17th consecutive annual decline", "the 55th consecutive
  annual increase", "for a second straight year", "for the second year in a row", "the
  fourth annual fall in a row", "das dritte Jahr in Folge"), "the third most populous
  county" 3 (the issue: "die drittgrößte Stadt"; written apart as one ordinal), "the first
  time it has dropped below 700,000" 1, "For the first time" 1, "for the first time" 1, "its
  first decline in three years" 1 and 3 years. "the lowest", "a record low", "the highest",
  "the most", "einen neuen Höchststand", "den niedrigsten Wert", "wie nie zuvor", "erneut",
  "Erstmals" and "erstmals" carry none (forty-first).
- Durations otherwise (every batch): "20 years ago" (thirtieth: "five years ago"), "in den
  vergangenen 20 Jahren", "in den vergangenen zehn Jahren", "sechs Jahre lang", "in zwanzig
  Jahren" (in a negative), "in the 12 months to December" and "for the previous 12 months"
  12 months (forty-first: "over the 12 months to June 30"). None: "over the decade", "over
  the past decade", "in a decade", "for decades", "a year earlier", "ein Jahr davor", "ein
  Jahr zuvor", "im Jahr davor", "im Vorjahr", "heuer", "last year", "this fiscal year", "a
  year", "a week", "jedes Jahr", "seit der Wiedervereinigung", "im vergangenen Jahr".
- Years and dates (every batch): "in 2025", "since records began in 1949", "seit Beginn der
  Aufzeichnungen im Jahr 1871", "since records began in 1899", "erstmals seit 1916", "seit
  2011", "seit 1972", "seit 2010", "seit 2005", "seit 2015", "from 2024", "als 2024", "in
  2020", "well before 2050", "1970", "1991", "in 1960", "In 2000", "in 1963", "since 2013",
  "since 2010", "by 2030", "bis 2040", "bis 2050", "im Jahr 2050", "bis 2055", "im Jahr
  2070", "by 2100", "through 2050" years; "Mit 1. Jänner" --01-01 (tenth and
  hundred-seventeenth: "mit 1. Jänner"), "on Jan. 1" --01-01, "in the year ending July 1"
  --07-01 (eighty-fifth: "in the year to July 1"); Reuters datelines with a day ("BEIJING,
  Jan 17", "SEOUL, Feb 26", "ROME, March 31", "TOKYO, June 4", "UNITED NATIONS, July 11",
  "TOKYO, Sept 12") dates without a year; APA, dpa, Keystone-SDA, PA and AP datelines none
  (seventy-ninth). Months, weekdays and seasons ("in December", "am Freitagmittag", "in the
  spring") and "Corona-Pandemie" none.
- Speakers, checked only in forms the earlier batches settled: "teilte die Statistik Austria
  mit" -> "die Statistik Austria" (forty-first), "laut Statistik Austria" -> "Statistik
  Austria" (twice, hundredth), "wie das Statistische Bundesamt mitteilte", "teilte das
  Statistische Bundesamt mit" (twice) and "... am Dienstag mit" -> "das Statistische
  Bundesamt" (the weekday dropped, hundred-fourteenth), "wie Destatis mitteilte" ->
  "Destatis" (eighty-fifth), "wie das Bundesamt für Statistik mitteilte", "teilte das BFS
  mit" -> "das BFS" (eighty-fifth), "teilte das Statistische Landesamt in Halle mit" -> "das
  Statistische Landesamt" (the place dropped, hundred-fourteenth: "die Nuntiatur in Wien"),
  "nach Angaben des Amtes" -> "das Amt" (hundred-fifteenth: "nach Angaben des Instituts");
  "sagte X" with the title dropped ("Statistik-Austria-Demograf", "Destatis-Expertin",
  "BFS-Demografin", "Destatis-Sprecherin", "Standortförderin", "Destatis-Demograf"), "sagte
  Kirchsteiger" (twice) the surname as written. English: "the National Bureau of Statistics
  said on Friday", "the Office for National Statistics said", "according to the Office for
  National Statistics" with the article (hundred-fourteenth), "the ONS said" (three times)
  and "according to the ONS" -> "the ONS", "Statistics Korea said on Wednesday" ->
  "Statistics Korea" (hundred-seventeenth: "Statistics Canada"), "the U.S. Census Bureau
  said Thursday", "the Census Bureau said Thursday" and "... said Tuesday" (the weekday
  dropped), "the health ministry said on Wednesday" and "... on Friday" -> "the health
  ministry" (hundred-fifteenth: "the farm ministry said on Tuesday"), "the ministry said" ->
  "the ministry" (as "the church said", forty-first), "the United Nations said on Friday",
  "The Department for Education said ..." opening the row -> "the Department for Education"
  (hundred-fourteenth); titles dropped ("Census Bureau demographer Luis Ortega said",
  "Census Bureau statistician Dana Whitlock said", "said ONS statistician Tom Ackroyd",
  "..., Census Bureau demographer Marcus Feld said."), the name in apposition ("said Helen
  Mowbray, head of ageing statistics at the ONS", "said Madeleine Rusk, a senior researcher
  at the Migration Observatory"; forty-first). Left unchecked (None): "national statistics
  bureau Istat said" (a description before the name, fortieth), "rechnete das Amt vor",
  "Nach Berechnungen der Statistiker", "Die Statistiker rechnen" (no verb of saying), "laut
  der neuen Prognose der Statistik Austria", "wie aus der 16. ... hervorgeht", "according to
  Census Bureau projections" and "according to new Census Bureau data" (documents and data,
  hundred-second and hundred-fifteenth), "Some demographers expect" (a plural group,
  forty-first), rows without attribution and all negatives, also those with a named speaker.
- Negatives (ninety-eighth, hundred-fourteenth, hundred-sixteenth, hundred-nineteenth):
  politicians' and parties' worries, demands and labels without a figure ("Die FPÖ sprach
  von einem „Bevölkerungsaustausch durch die Hintertür“.", "Die Familienministerin nannte
  die Zahlen „ein Alarmsignal ...“", "Die Union verlangte eine Familienpolitik, ...", "Die
  ÖVP-Familiensprecherin forderte, ...", "Der Innenminister sagte, ... „Migrationswende
  wirkt“.", "Die Grünen warnten, ...", "Die Landesregierung ... sprach von einer „Trendwende
  in Sicht“.", "Die FPÖ nahm das zum Anlass ...", "sagte der steirische Landeshauptmann",
  "Die Bürgermeister ... forderten mehr Unterstützung vom Bund.", "Die Wirtschaftsministerin
  sprach von einer „demografischen Zeitenwende“ ...", "Die Arbeitgeberverbände forderten
  ...", "The prime minister has called the falling birth rate a matter of national
  survival.", "Opposition parties said ...", "According to the Home Secretary, the
  government had now "restored order" ..." and "The White House said the figures showed its
  border policies were working." - an effect claimed without a measure, as a vague boast
  (twenty-ninth, hundred-twentieth) -, "The Conservatives said ... "far too high" and
  demanded a binding annual cap.", "Officials in several shrinking counties said they
  worried ...", "Advocates for older Americans urged Congress ..."; hundred-sixteenth:
  appeals without a figure). New: "Die Seniorenvertreter forderten mehr Geld für die Pflege,
  nannten aber keine Summe." stays a negative - a demand that the copy itself says names no
  figure. The SVP's «10-Millionen-Schweiz» is a label with its figure labelled (above).
  Demographers' and lobbies' warnings and verdicts without a figure ("warnte vor einem
  „schleichenden Ausbluten ganzer Landstriche“", "warnte vor einer „Epidemie der
  Einsamkeit“", "Health charities said the figures exposed "a scandal of inequality" ...",
  "Charities warned ... reaching 100 would become commonplace." with its age labelled), a
  demographer's warning with a span labelled („... fehlen uns in zwanzig Jahren die Eltern
  von morgen“, 20 years; seventeenth), quotes of feeling, creed and verdict by demographers,
  sociologists, a name researcher, a consultant, an official and a charity (""The subsidy is
  welcome, but ..."", «Die Schweiz altert, ...», ""The Sun Belt is still where people want
  to be,"", ""We are becoming a nation of grandparents,"", ""The peak is not a finish line,
  ..."", ""Living alone is no longer a phase, ..."" beside the same statistician's
  check-worthy line, ""Immigration has been the engine ...""), the office's caveat (above),
  open questions ("Wie sich die Zahl der Asylanträge heuer entwickeln wird, sei kaum
  abzuschätzen, hieß es im Innenministerium.", "Ob sich der Rückgang bei den Hochzeiten
  fortsetzt, ...", "Wie viele Kinder künftig noch ...", "Ob das Geld reicht, ...", "Whether
  cash incentives ...", "Whether the trend reflects choice ..."), a rhetorical question in
  the writer's voice ("Who can say whether Margot will still sound fresh in a decade?";
  hundred-sixteenth), a centenarian's anecdote (""I put it down to porridge ...""), a
  101-year-old's vox pop with her age labelled (seventy-sixth, hundred-fourteenth) and scene
  colour (empty shop windows in Wendelrode, wedding parties waiting at a register office
  with their 3 labelled, bingo at a senior center with its 12 labelled, elderly residents at
  a Tokyo shrine).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_132 = [
    # --- China's population (Reuters) ---
    (
        "en",
        "BEIJING, Jan 17 (Reuters) - China's population fell for a fourth consecutive year in 2025, dropping by 1.62 million to 1.3927 billion, the National Bureau of Statistics said on Friday.",
        True,
        [
            ("date", "--01-17", None, None),
            ("ordinal", 4, None, None),
            ("year", 2025, None, None),
            ("count", 1620000, None, None),
            ("count", 1392700000, None, None),
        ],
        "the National Bureau of Statistics",
    ),
    (
        "en",
        "Births slipped to 8.71 million from 9.02 million a year earlier, while 10.33 million people died.",
        True,
        [("count", 8710000, None, None), ("count", 9020000, None, None), ("count", 10330000, None, None)],
        None,
    ),
    (
        "en",
        "The birth rate fell to 6.19 per 1,000 people, the lowest since records began in 1949.",
        True,
        [("count", 6.19, None, None), ("count", 1000, None, None), ("year", 1949, None, None)],
        None,
    ),
    (
        "en",
        "People aged 60 and over now make up 22.6% of the population, or roughly 314 million people.",
        True,
        [("duration", 60, "year", "at_least"), ("percent", 22.6, "%", None), ("count", 314000000, None, "about")],
        None,
    ),
    (
        "en",
        "Beijing has rolled out a childcare subsidy of 3,600 yuan a year for each child under three.",
        True,
        [("money", 3600, "CNY", None), ("duration", 3, "year", "under")],
        None,
    ),
    (
        "en",
        '"The subsidy is welcome, but it will not change the arithmetic of a shrinking country," said Li Wenjun, a demographer at Fudan University.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some demographers expect the population to fall below 1.3 billion well before 2050.",
        True,
        [("count", 1300000000, None, "under"), ("year", 2050, None, None)],
        None,
    ),
    ("en", "Whether cash incentives can lift the birth rate in the long run remains uncertain.", False, [], None),
    # --- Bevölkerung am 1. Jänner (APA) ---
    (
        "de",
        "Wien (APA) - Mit 1. Jänner haben 9.231.574 Menschen in Österreich gelebt, um 33.900 oder 0,37 Prozent mehr als ein Jahr davor.",
        True,
        [
            ("date", "--01-01", None, None),
            ("count", 9231574, None, None),
            ("count", 33900, None, None),
            ("percent", 0.37, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das Wachstum ging erneut zur Gänze auf Zuwanderung zurück: Der Wanderungssaldo lag bei rund 44.800 Personen, während die Sterbefälle die Geburten um knapp 10.900 übertrafen.",
        True,
        [("count", 44800, None, "about"), ("count", 10900, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wien überschritt mit 2.036.200 Einwohnerinnen und Einwohnern erstmals seit 1916 wieder die Marke von zwei Millionen.",
        True,
        [("count", 2036200, None, None), ("year", 1916, None, None), ("count", 2000000, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten wuchs mit plus 1,1 Prozent das Burgenland, in Kärnten ging die Einwohnerzahl um 0,2 Prozent zurück.",
        True,
        [("percent", 1.1, "%", None), ("percent", 0.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der Anteil der Menschen mit ausländischer Staatsbürgerschaft stieg auf 20,6 Prozent, in Wien hat bereits mehr als jede dritte Person keinen österreichischen Pass.",
        True,
        [("percent", 20.6, "%", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "„Ohne Zuwanderung wäre die Bevölkerung im vergangenen Jahr um knapp 11.000 Menschen geschrumpft“, sagte Statistik-Austria-Demograf Harald Kirchsteiger.",
        True,
        [("count", 11000, None, "nearly")],
        "Harald Kirchsteiger",
    ),
    ("de", "Die FPÖ sprach von einem „Bevölkerungsaustausch durch die Hintertür“.", False, [], None),
    (
        "de",
        "Wie sich die Zahl der Asylanträge heuer entwickeln wird, sei kaum abzuschätzen, hieß es im Innenministerium.",
        False,
        [],
        None,
    ),
    # --- UK centenarians (PA) ---
    (
        "en",
        "LONDON (PA) - The number of people aged 100 or over in the UK has reached a record 17,240, the Office for National Statistics said.",
        True,
        [("duration", 100, "year", "at_least"), ("count", 17240, None, None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "That is almost double the figure of 20 years ago, when there were 9,080 centenarians.",
        True,
        [("count", 2, None, "nearly"), ("duration", 20, "year", None), ("count", 9080, None, None)],
        None,
    ),
    (
        "en",
        "Women made up about 78% of centenarians, although the number of men aged 100 or over grew faster, by 61% over the decade.",
        True,
        [("percent", 78, "%", "about"), ("duration", 100, "year", "at_least"), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        "A further 640 people were estimated to be aged 105 or older.",
        True,
        [("count", 640, None, None), ("duration", 105, "year", "at_least")],
        None,
    ),
    (
        "en",
        '"The number of centenarians has grown by 4% a year on average over the past decade," said Helen Mowbray, head of ageing statistics at the ONS.',
        True,
        [("percent", 4, "%", None)],
        "Helen Mowbray",
    ),
    (
        "en",
        "Britain's oldest man, Harold Pemberton of Ilkley, turned 111 in December.",
        True,
        [("duration", 111, "year", None)],
        None,
    ),
    ("en", '"I put it down to porridge and never owning a car," Pemberton told a local newspaper.', False, [], None),
    (
        "en",
        "Charities warned that the care system was not ready for a society in which reaching 100 would become commonplace.",
        False,
        [("duration", 100, "year", None)],
        None,
    ),
    # --- South Korea fertility (Reuters) ---
    (
        "en",
        "SEOUL, Feb 26 (Reuters) - South Korea's total fertility rate rose for a second straight year in 2025 to 0.79, Statistics Korea said on Wednesday, though it remains the world's lowest.",
        True,
        [
            ("date", "--02-26", None, None),
            ("ordinal", 2, None, None),
            ("year", 2025, None, None),
            ("count", 0.79, None, None),
        ],
        "Statistics Korea",
    ),
    (
        "en",
        "The number of babies born climbed 6.8% to about 254,500, helped by a rebound in weddings after the pandemic.",
        True,
        [("percent", 6.8, "%", None), ("count", 254500, None, "about")],
        None,
    ),
    (
        "en",
        "A rate of 2.1 is needed to keep a population stable without migration.",
        True,
        [("count", 2.1, None, None)],
        None,
    ),
    (
        "en",
        "The average age of women giving birth was 33.7 years, the highest among OECD countries.",
        True,
        [("duration", 33.7, "year", None)],
        None,
    ),
    ("en", "In Seoul, the rate stood at just 0.58.", True, [("count", 0.58, None, None)], None),
    (
        "en",
        '"It is far too early to call this a turnaround," said Park Ji-hoon, an official at the statistics agency.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government has pledged to lift the rate to 1.0 by 2030.",
        True,
        [("count", 1.0, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Geburten in Deutschland (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - So wenige Babys wie seit 2011 nicht mehr sind im vergangenen Jahr in Deutschland geboren worden.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Nach vorläufigen Zahlen kamen rund 662.000 Babys zur Welt, etwa 15.000 weniger als 2024, wie das Statistische Bundesamt mitteilte.",
        True,
        [("count", 662000, None, "about"), ("count", 15000, None, "about"), ("year", 2024, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Geburtenrate ging auf 1,31 Kinder je Frau zurück, bei Frauen mit deutscher Staatsangehörigkeit lag sie bei 1,21.",
        True,
        [("count", 1.31, None, None), ("count", 1.21, None, None)],
        None,
    ),
    (
        "de",
        "Gestorben sind knapp 1,01 Millionen Menschen, das Geburtendefizit betrug damit rund 348.000.",
        True,
        [("count", 1010000, None, "nearly"), ("count", 348000, None, "about")],
        None,
    ),
    (
        "de",
        "Seit 1972 sterben in Deutschland jedes Jahr mehr Menschen, als Kinder geboren werden.",
        True,
        [("year", 1972, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Geburten sei in allen 16 Bundesländern gesunken, am stärksten in Thüringen, sagte Destatis-Expertin Miriam Vogelsang.",
        True,
        [("count", 16, None, None)],
        "Miriam Vogelsang",
    ),
    (
        "de",
        "Im Osten war die Geburtenrate mit 1,19 Kindern je Frau deutlich niedriger als im Westen mit 1,34.",
        True,
        [("count", 1.19, None, None), ("count", 1.34, None, None)],
        None,
    ),
    (
        "de",
        "Beim ersten Kind waren die Mütter im Schnitt 30,5 Jahre alt.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.5, "year", None)],
        None,
    ),
    ("de", "Die Familienministerin nannte die Zahlen „ein Alarmsignal, das wir ernst nehmen müssen“.", False, [], None),
    (
        "de",
        "Der Bevölkerungsforscher Jens Hallgarten warnte vor einem „schleichenden Ausbluten ganzer Landstriche“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Union verlangte eine Familienpolitik, „die Kinder wieder als Zukunft begreift und nicht als Kostenfaktor“.",
        False,
        [],
        None,
    ),
    # --- U.S. county estimates (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Maricopa County in Arizona added more residents than any other U.S. county last year, gaining about 61,400 people, the U.S. Census Bureau said Thursday.",
        True,
        [("count", 61400, None, "about")],
        "the U.S. Census Bureau",
    ),
    (
        "en",
        "Harris County, Texas, remained the third most populous county, with 5.1 million residents.",
        True,
        [("ordinal", 3, None, None), ("count", 5100000, None, None)],
        None,
    ),
    (
        "en",
        "Of the nation's 3,144 counties, 1,712 lost population, most of them rural counties in the Midwest and the Great Plains.",
        True,
        [("count", 3144, None, None), ("count", 1712, None, None)],
        None,
    ),
    ("en", "In nearly 60% of counties, deaths outnumbered births.", True, [("percent", 60, "%", "nearly")], None),
    (
        "en",
        "The fastest-growing large county was Kaufman County, east of Dallas, which grew 7.9% to 212,000.",
        True,
        [("percent", 7.9, "%", None), ("count", 212000, None, None)],
        None,
    ),
    (
        "en",
        "Census Bureau demographer Luis Ortega said domestic migration to the South had slowed for the second year in a row.",
        True,
        [("ordinal", 2, None, None)],
        "Luis Ortega",
    ),
    (
        "en",
        '"The Sun Belt is still where people want to be," said Renée Calvert, who studies rural population change in New Hampshire.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Officials in several shrinking counties said they worried about keeping schools and hospitals open.",
        False,
        [],
        None,
    ),
    # --- Italy births (Reuters) ---
    (
        "en",
        "ROME, March 31 (Reuters) - Births in Italy fell to a record low of 355,800 last year, down 2.6% from 2024, national statistics bureau Istat said on Monday.",
        True,
        [
            ("date", "--03-31", None, None),
            ("count", 355800, None, None),
            ("percent", 2.6, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    ("en", "It was the 17th consecutive annual decline.", True, [("ordinal", 17, None, None)], None),
    (
        "en",
        "The fertility rate dropped to 1.13 children per woman from 1.18, while the average age of mothers at birth rose to 32.7.",
        True,
        [("count", 1.13, None, None), ("count", 1.18, None, None), ("duration", 32.7, "year", None)],
        None,
    ),
    (
        "en",
        "Deaths totalled about 651,000, meaning the population shrank by nearly 300,000 before migration is counted.",
        True,
        [("count", 651000, None, "about"), ("count", 300000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Italy's resident population stood at 58.9 million on Jan. 1, with almost one in four residents aged 65 or older.",
        True,
        [
            ("count", 58900000, None, None),
            ("date", "--01-01", None, None),
            ("fraction", 0.25, None, "nearly"),
            ("duration", 65, "year", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "Eighteen of Italy's 20 regions recorded fewer births than in 2024.",
        True,
        [("count", 18, None, None), ("count", 20, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("en", "The prime minister has called the falling birth rate a matter of national survival.", False, [], None),
    (
        "en",
        "Opposition parties said the government's baby bonus had done little for young families squeezed by low wages.",
        False,
        [],
        None,
    ),
    # --- Bevölkerung der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Die Schweiz zählte Ende des vergangenen Jahres 9'132'600 ständige Einwohnerinnen und Einwohner, 0,9 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 9132600, None, None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Wanderungssaldo betrug 76'300 Personen und war damit um gut einen Zehntel tiefer als im Vorjahr, wie das Bundesamt für Statistik mitteilte.",
        True,
        [("count", 76300, None, None), ("fraction", 0.1, None, "over")],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Es kamen 77'800 Kinder zur Welt, so wenige wie seit 2004 nicht mehr; die Geburtenziffer sank auf 1,27 Kinder pro Frau.",
        True,
        [("count", 77800, None, None), ("year", 2004, None, None), ("count", 1.27, None, None)],
        None,
    ),
    (
        "de",
        "Erstmals lebten in der Schweiz mehr als 500'000 Menschen im Alter von 80 Jahren und mehr.",
        True,
        [("count", 500000, None, "over"), ("duration", 80, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Zahl der Hundertjährigen hat sich seit 2010 auf 2'140 mehr als verdoppelt.",
        True,
        [("duration", 100, "year", None), ("year", 2010, None, None), ("count", 2140, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als ein Viertel der Hundertjährigen lebe noch im eigenen Zuhause, sagte BFS-Demografin Corinne Jeanneret.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 100, "year", None)],
        "Corinne Jeanneret",
    ),
    (
        "de",
        "Das Medianalter der Bevölkerung liegt nun bei 42,9 Jahren.",
        True,
        [("duration", 42.9, "year", None)],
        None,
    ),
    (
        "de",
        "Die SVP sieht in den Zahlen eine Bestätigung für ihren Kampf gegen eine «10-Millionen-Schweiz».",
        False,
        [("count", 10000000, None, None)],
        None,
    ),
    ("de", "«Die Schweiz altert, und zwar schneller, als es vielen bewusst ist», sagte Jeanneret.", False, [], None),
    # --- Sachsen-Anhalt schrumpft (dpa) ---
    (
        "de",
        "Magdeburg (dpa) - Sachsen-Anhalt hat im vergangenen Jahr erneut Einwohner verloren und zählt nur noch knapp 2,14 Millionen Menschen.",
        True,
        [("count", 2140000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit der Wiedervereinigung ist die Bevölkerung damit um fast ein Drittel geschrumpft, teilte das Statistische Landesamt in Halle mit.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "das Statistische Landesamt",
    ),
    (
        "de",
        "Im Landkreis Mansfeld-Südharz ist die Einwohnerzahl seit 2011 zweistellig gesunken, nämlich um 13,4 Prozent.",
        True,
        [("year", 2011, None, None), ("percent", 13.4, "%", None)],
        None,
    ),
    (
        "de",
        "Das Durchschnittsalter im Land liegt bei 48,1 Jahren, das sind gut vier Jahre mehr als im Bundesdurchschnitt.",
        True,
        [("duration", 48.1, "year", None), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "de",
        "Im Dorf Wendelrode im Harz wurden im vergangenen Jahr zwei Kinder geboren, aber 19 Menschen beerdigt.",
        True,
        [("count", 2, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die Landesregierung verwies auf neue Industrieansiedlungen und sprach von einer „Trendwende in Sicht“.",
        False,
        [],
        None,
    ),
    ("de", "Auf dem Marktplatz von Wendelrode stehen die meisten Schaufenster leer.", False, [], None),
    # --- Geburten in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind im Vorjahr 75.412 Kinder lebend geboren worden, um 2,4 Prozent weniger als 2024.",
        True,
        [("count", 75412, None, None), ("percent", 2.4, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Das ist der niedrigste Wert seit Beginn der Aufzeichnungen im Jahr 1871, teilte die Statistik Austria mit.",
        True,
        [("year", 1871, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Gesamtfertilitätsrate sank auf 1,28 Kinder pro Frau, nach 1,31 im Jahr davor.",
        True,
        [("count", 1.28, None, None), ("count", 1.31, None, None)],
        None,
    ),
    (
        "de",
        "Gut ein Drittel der Neugeborenen hatte eine Mutter mit ausländischer Staatsbürgerschaft.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Frauen bekamen ihr erstes Kind im Schnitt mit 31 Jahren und vier Monaten.",
        True,
        [("ordinal", 1, None, None), ("duration", 31, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Der Rückgang betreffe vor allem Frauen unter 30, sagte Kirchsteiger.",
        True,
        [("duration", 30, "year", "under")],
        "Kirchsteiger",
    ),
    (
        "de",
        "Mit 1,09 Kindern pro Frau verzeichnete Wien die niedrigste Fertilitätsrate aller Bundesländer, Vorarlberg mit 1,46 die höchste.",
        True,
        [("count", 1.09, None, None), ("count", 1.46, None, None)],
        None,
    ),
    (
        "de",
        "Zwillinge kamen 1.104 Mal zur Welt, Drillinge nur zweimal.",
        True,
        [("count", 1104, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die ÖVP-Familiensprecherin forderte, die Kinderbetreuung „rasch und flächendeckend“ auszubauen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wenn wir jetzt nicht gegensteuern, fehlen uns in zwanzig Jahren die Eltern von morgen“, warnte die Demografin Ulrike Sedlacek.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    # --- UK net migration (PA) ---
    (
        "en",
        "LONDON (PA) - Net migration fell to an estimated 189,000 in the 12 months to December, less than half the level a year earlier, according to the Office for National Statistics.",
        True,
        [("count", 189000, None, "about"), ("duration", 12, "month", None), ("fraction", 0.5, None, "under")],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Some 812,000 people are estimated to have moved to the UK long-term, while 623,000 left.",
        True,
        [("count", 812000, None, "about"), ("count", 623000, None, None)],
        None,
    ),
    (
        "en",
        "British nationals made up about 94,000 of those who emigrated, the ONS said.",
        True,
        [("count", 94000, None, "about")],
        "the ONS",
    ),
    (
        "en",
        "Work visas for health and care workers fell by 71%, and study-related immigration by about a fifth.",
        True,
        [("percent", 71, "%", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The ONS revised its estimate for the previous 12 months up by 37,000 to 468,000.",
        True,
        [("duration", 12, "month", None), ("count", 37000, None, None), ("count", 468000, None, None)],
        None,
    ),
    (
        "en",
        '"Student dependants alone fell by 84,000," said Madeleine Rusk, a senior researcher at the Migration Observatory.',
        True,
        [("count", 84000, None, None)],
        "Madeleine Rusk",
    ),
    ("en", 'According to the Home Secretary, the government had now "restored order" to the system.', False, [], None),
    (
        "en",
        'The Conservatives said net migration remained "far too high" and demanded a binding annual cap.',
        False,
        [],
        None,
    ),
    # --- Japan births (Reuters) ---
    (
        "en",
        "TOKYO, June 4 (Reuters) - The number of babies born in Japan fell to 668,700 last year, the first time it has dropped below 700,000 since records began in 1899, the health ministry said on Wednesday.",
        True,
        [
            ("date", "--06-04", None, None),
            ("count", 668700, None, None),
            ("ordinal", 1, None, None),
            ("count", 700000, None, "under"),
            ("year", 1899, None, None),
        ],
        "the health ministry",
    ),
    (
        "en",
        "The fertility rate slid to 1.12 from 1.15.",
        True,
        [("count", 1.12, None, None), ("count", 1.15, None, None)],
        None,
    ),
    (
        "en",
        "Deaths hit a record of about 1.62 million, meaning the population fell naturally by roughly 950,000.",
        True,
        [("count", 1620000, None, "about"), ("count", 950000, None, "about")],
        None,
    ),
    (
        "en",
        "Tokyo's rate was the lowest of Japan's 47 prefectures, at 0.94.",
        True,
        [("count", 47, None, None), ("count", 0.94, None, None)],
        None,
    ),
    (
        "en",
        '"The window to reverse the trend is closing," the chief cabinet secretary told a news conference.',
        False,
        [],
        None,
    ),
    ("en", "Economists warn that a shrinking workforce will weigh on growth for decades.", False, [], None),
    # --- Zuwanderung nach Deutschland (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Nettozuwanderung nach Deutschland ist im vergangenen Jahr um gut ein Viertel auf rund 316.000 Menschen zurückgegangen.",
        True,
        [("fraction", 0.25, None, "over"), ("count", 316000, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 1,55 Millionen Menschen zogen zu, etwa 1,23 Millionen verließen das Land, wie Destatis mitteilte.",
        True,
        [("count", 1550000, None, "about"), ("count", 1230000, None, "about")],
        "Destatis",
    ),
    (
        "de",
        "Aus der Ukraine kamen netto noch rund 58.000 Menschen, aus Syrien und Afghanistan zusammen knapp 40.000.",
        True,
        [("count", 58000, None, "about"), ("count", 40000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit 2015 sind damit netto gut dreieinhalb Millionen Menschen nach Deutschland gekommen.",
        True,
        [("year", 2015, None, None), ("count", 3500000, None, "over")],
        None,
    ),
    (
        "de",
        "Ohne Zuwanderung wäre die Bevölkerung bereits das dritte Jahr in Folge geschrumpft, rechnete das Amt vor.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Der Innenminister sagte, die Zahlen zeigten, dass die „Migrationswende wirkt“.", False, [], None),
    (
        "de",
        "Die Grünen warnten, ohne Fachkräfte aus dem Ausland stießen Pflegeheime und Kliniken bald an ihre Grenzen.",
        False,
        [],
        None,
    ),
    # --- Americans are getting older (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Older adults outnumber children in 11 states, up from three in 2020, as the U.S. population continues to age, the Census Bureau said Thursday.",
        True,
        [("count", 11, None, None), ("count", 3, None, None), ("year", 2020, None, None)],
        "the Census Bureau",
    ),
    (
        "en",
        "Nationally, the number of people 65 and older rose 3.1% last year to 61.2 million, while the number of children under 18 fell to 73.1 million.",
        True,
        [
            ("duration", 65, "year", "at_least"),
            ("percent", 3.1, "%", None),
            ("count", 61200000, None, None),
            ("duration", 18, "year", "under"),
            ("count", 73100000, None, None),
        ],
        None,
    ),
    ("en", "The nation's median age reached a record 39.3 years.", True, [("duration", 39.3, "year", None)], None),
    (
        "en",
        "Maine had the highest median age, at 45.2, and Utah the lowest, at 31.9.",
        True,
        [("duration", 45.2, "year", None), ("duration", 31.9, "year", None)],
        None,
    ),
    (
        "en",
        "In 2000, the median age was 35.3.",
        True,
        [("year", 2000, None, None), ("duration", 35.3, "year", None)],
        None,
    ),
    (
        "en",
        "The number of Americans aged 85 and over grew to 7.2 million.",
        True,
        [("duration", 85, "year", "at_least"), ("count", 7200000, None, None)],
        None,
    ),
    (
        "en",
        "About one in five Americans will be 65 or older by 2030, according to Census Bureau projections.",
        True,
        [("fraction", 0.2, None, "about"), ("duration", 65, "year", "at_least"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"We are becoming a nation of grandparents," said Meredith Oyelaran, a sociologist at Ohio State University.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Advocates for older Americans urged Congress to shore up Social Security and Medicare before the baby boomers reach their 80s.",
        False,
        [],
        None,
    ),
    (
        "en",
        "At a senior center in Portland, Maine, a dozen residents in cardigans were playing bingo on Thursday morning.",
        False,
        [("count", 12, None, None)],
        None,
    ),
    # --- Eheschließungen und Scheidungen (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Eheschließungen in Deutschland ist im vergangenen Jahr um 3,8 Prozent auf rund 348.800 gesunken.",
        True,
        [("percent", 3.8, "%", None), ("count", 348800, None, "about")],
        None,
    ),
    (
        "de",
        "So wenige Ehen wurden zuletzt 2021 geschlossen, als die Corona-Pandemie viele Hochzeiten verhinderte, teilte das Statistische Bundesamt am Dienstag mit.",
        True,
        [("year", 2021, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Rund 9.600 Ehen wurden zwischen zwei Männern oder zwei Frauen geschlossen.",
        True,
        [("count", 9600, None, "about"), ("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Männer waren bei ihrer ersten Heirat im Schnitt 34,9 Jahre alt, Frauen 32,4 Jahre.",
        True,
        [("ordinal", 1, None, None), ("duration", 34.9, "year", None), ("duration", 32.4, "year", None)],
        None,
    ),
    (
        "de",
        "Geschieden wurden knapp 124.000 Ehen, 4,6 Prozent weniger als im Vorjahr.",
        True,
        [("count", 124000, None, "nearly"), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die geschiedenen Ehen hatten im Schnitt 15 Jahre und zwei Monate gedauert.",
        True,
        [("duration", 15, "year", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Von den Scheidungen waren rund 113.000 minderjährige Kinder betroffen, bei fast jeder zweiten Scheidung lebten Kinder unter 18 Jahren im Haushalt.",
        True,
        [("count", 113000, None, "about"), ("fraction", 0.5, None, "nearly"), ("duration", 18, "year", "under")],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Statistiker wird etwa jede dritte Ehe irgendwann geschieden.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Vor dem Standesamt im Rathaus warteten am Freitagmittag gleich drei Hochzeitsgesellschaften auf ihren Termin.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "Ob sich der Rückgang bei den Hochzeiten fortsetzt, wagen Fachleute nicht vorherzusagen.", False, [], None),
    # --- World Population Prospects (Reuters) ---
    (
        "en",
        "UNITED NATIONS, July 11 (Reuters) - The world's population is expected to peak at about 10.3 billion in the mid-2080s before edging down to 10.2 billion by 2100, the United Nations said on Friday.",
        True,
        [
            ("date", "--07-11", None, None),
            ("count", 10300000000, None, "about"),
            ("count", 10200000000, None, None),
            ("year", 2100, None, None),
        ],
        "the United Nations",
    ),
    (
        "en",
        "The global population now stands at about 8.2 billion.",
        True,
        [("count", 8200000000, None, "about")],
        None,
    ),
    (
        "en",
        "By 2050, the number of people aged 65 and older is projected to reach 1.6 billion, outnumbering children under 18.",
        True,
        [
            ("year", 2050, None, None),
            ("duration", 65, "year", "at_least"),
            ("count", 1600000000, None, None),
            ("duration", 18, "year", "under"),
        ],
        None,
    ),
    (
        "en",
        "India, the most populous country with about 1.46 billion people, is expected to keep growing until the early 2060s.",
        True,
        [("count", 1460000000, None, "about")],
        None,
    ),
    (
        "en",
        "Sub-Saharan Africa will account for more than half of global population growth through 2050.",
        True,
        [("fraction", 0.5, None, "over"), ("year", 2050, None, None)],
        None,
    ),
    (
        "en",
        "Life expectancy at birth worldwide rebounded to 73.3 years after falling during the COVID-19 pandemic.",
        True,
        [("duration", 73.3, "year", None)],
        None,
    ),
    (
        "en",
        '"The peak is not a finish line, it is a warning," the U.N. population chief told reporters.',
        False,
        [],
        None,
    ),
    ("en", "Demographers warned that many poorer countries would grow old before they grew rich.", False, [], None),
    # --- Lebenserwartung in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Lebenserwartung in Österreich hat 2025 einen neuen Höchststand erreicht.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Ein neugeborener Bub kann laut Statistik Austria mit 79,9 Lebensjahren rechnen, ein Mädchen mit 84,4 Jahren.",
        True,
        [("duration", 79.9, "year", None), ("duration", 84.4, "year", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Frauen leben damit im Schnitt um viereinhalb Jahre länger als Männer, 1970 betrug der Abstand noch mehr als sieben Jahre.",
        True,
        [("duration", 4.5, "year", None), ("year", 1970, None, None), ("duration", 7, "year", "over")],
        None,
    ),
    (
        "de",
        "Gegenüber dem Vorjahr stieg die Lebenserwartung bei Männern um drei Monate, bei Frauen um zwei Monate.",
        True,
        [("duration", 3, "month", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Eine 65-jährige Frau hat statistisch noch 21,8 Jahre vor sich, ein gleichaltriger Mann 18,7 Jahre.",
        True,
        [("duration", 65, "year", None), ("duration", 21.8, "year", None), ("duration", 18.7, "year", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Sterbefälle sank auf 86.215, häufigste Todesursache blieben Herz-Kreislauf-Erkrankungen mit einem Anteil von 37 Prozent.",
        True,
        [("count", 86215, None, None), ("percent", 37, "%", None)],
        None,
    ),
    (
        "de",
        "„Älter werden ist nichts für Feiglinge“, sagte die 101-jährige Grazerin Hermine Pölzl, die noch allein in ihrer Wohnung lebt.",
        False,
        [("duration", 101, "year", None)],
        None,
    ),
    ("de", "Die Seniorenvertreter forderten mehr Geld für die Pflege, nannten aber keine Summe.", False, [], None),
    # --- Births in England and Wales (PA) ---
    (
        "en",
        "LONDON (PA) - Women in England and Wales had an average of 1.38 children last year, the lowest fertility rate on record and the fourth annual fall in a row, the ONS said.",
        True,
        [("count", 1.38, None, None), ("ordinal", 4, None, None)],
        "the ONS",
    ),
    (
        "en",
        "There were 582,340 live births, down 2.1% on the year before.",
        True,
        [("count", 582340, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "For the first time, more than half of births were to women aged 30 or over.",
        True,
        [("ordinal", 1, None, None), ("fraction", 0.5, None, "over"), ("duration", 30, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The average age of mothers rose to 31.2 years, and that of fathers to 33.9.",
        True,
        [("duration", 31.2, "year", None), ("duration", 33.9, "year", None)],
        None,
    ),
    (
        "en",
        "Just under half of babies, 49.6%, were born outside marriage or a civil partnership.",
        True,
        [("fraction", 0.5, None, "under"), ("percent", 49.6, "%", None)],
        None,
    ),
    (
        "en",
        '"We saw the fewest births to teenage mothers since records began," said ONS statistician Tom Ackroyd.',
        True,
        [],
        "Tom Ackroyd",
    ),
    (
        "en",
        '"Having a family has become a luxury for too many young people," said Priya Wardle of the charity Family Futures UK.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department for Education said working parents could now claim up to 30 hours a week of free childcare for children from the age of nine months.",
        True,
        [("duration", 30, "hour", "up_to"), ("duration", 9, "month", None)],
        "the Department for Education",
    ),
    # --- Vornamen in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Neuenburg (Keystone-SDA) - Mia und Noah sind im vergangenen Jahr in der Schweiz erneut die beliebtesten Vornamen für Neugeborene gewesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Noah belegte bei den Knaben bereits zum sechsten Mal in Folge Platz eins, teilte das BFS mit.",
        True,
        [("ordinal", 6, None, None), ("ordinal", 1, None, None)],
        "das BFS",
    ),
    (
        "de",
        "Insgesamt erhielten 476 Knaben den Namen Noah, 398 Mädchen wurden Mia genannt.",
        True,
        [("count", 476, None, None), ("count", 398, None, None)],
        None,
    ),
    (
        "de",
        "Auf den Plätzen zwei und drei folgten bei den Mädchen Emma und Mila, bei den Knaben Liam und Matteo.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Den grössten Sprung machte der Mädchenname Ella, der um 23 Ränge auf Platz 9 kletterte.",
        True,
        [("count", 23, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Fast jedes fünfte Neugeborene trägt einen Vornamen, den landesweit kein anderes Kind erhielt.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "«Eltern wollen heute vor allem eines: einen Namen, der kurz ist und in jeder Sprache funktioniert», sagte die Namenforscherin Beatrice Lüscher-Haab.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie viele Kinder künftig noch klassische Schweizer Namen wie Ueli oder Vreni tragen werden, ist offen.",
        False,
        [],
        None,
    ),
    # --- Japan's centenarians (Reuters) ---
    (
        "en",
        "TOKYO, Sept 12 (Reuters) - The number of people aged 100 or older in Japan rose to a record 99,763, the 55th consecutive annual increase, the health ministry said on Friday.",
        True,
        [
            ("date", "--09-12", None, None),
            ("duration", 100, "year", "at_least"),
            ("count", 99763, None, None),
            ("ordinal", 55, None, None),
        ],
        "the health ministry",
    ),
    ("en", "Women account for about 88% of them.", True, [("percent", 88, "%", "about")], None),
    (
        "en",
        "The country's oldest person is a 114-year-old woman in Nara prefecture, the ministry said.",
        True,
        [("duration", 114, "year", None)],
        "the ministry",
    ),
    (
        "en",
        "When the survey began in 1963, Japan had just 153 centenarians.",
        True,
        [("year", 1963, None, None), ("count", 153, None, None)],
        None,
    ),
    (
        "en",
        "Nearly 30% of Japan's population of about 123.6 million is 65 or older.",
        True,
        [("percent", 30, "%", "nearly"), ("count", 123600000, None, "about"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The government will send commemorative silver cups to 51,800 people turning 100 this fiscal year.",
        True,
        [("count", 51800, None, None), ("duration", 100, "year", None)],
        None,
    ),
    (
        "en",
        "Elderly residents in their Sunday best gathered at a Tokyo shrine ahead of Respect for the Aged Day.",
        False,
        [],
        None,
    ),
    # --- Vornamen in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Emma und Jakob sind 2025 die am häufigsten vergebenen Vornamen für Neugeborene in Österreich gewesen.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Emma wurde laut Statistik Austria 1.012 Mal vergeben und liegt damit zum vierten Mal in Folge an der Spitze.",
        True,
        [("count", 1012, None, None), ("ordinal", 4, None, None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Jakob verdrängte Paul, der sechs Jahre lang auf Platz eins gelegen war, auf den zweiten Rang.",
        True,
        [("duration", 6, "year", None), ("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die zehn häufigsten Namen deckten nur noch knapp ein Achtel aller Geburten ab.",
        True,
        [("count", 10, None, None), ("fraction", 0.125, None, "nearly")],
        None,
    ),
    (
        "de",
        "In Wien lag Muhammad bei den Buben auf Rang zwei, österreichweit auf Rang 13.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 13, None, None)],
        None,
    ),
    ("de", "Die FPÖ nahm das zum Anlass für eine Aussendung über „Überfremdung im Kreißsaal“.", False, [], None),
    # --- Alleinlebende in Deutschland (dpa) ---
    ("de", "Wiesbaden (dpa) - In Deutschland leben so viele Menschen allein wie nie zuvor.", True, [], None),
    (
        "de",
        "Nach Ergebnissen des Mikrozensus wohnten im vergangenen Jahr rund 17,4 Millionen Menschen in einem Einpersonenhaushalt, teilte das Statistische Bundesamt mit.",
        True,
        [("count", 17400000, None, "about"), ("count", 1, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das entspricht knapp 21 Prozent der Bevölkerung, 1991 waren es noch gut 14 Prozent.",
        True,
        [("percent", 21, "%", "nearly"), ("year", 1991, None, None), ("percent", 14, "%", "over")],
        None,
    ),
    (
        "de",
        "Einpersonenhaushalte machen mittlerweile 41,5 Prozent aller Haushalte aus, die durchschnittliche Haushaltsgröße sank auf 2,01 Personen.",
        True,
        [("count", 1, None, None), ("percent", 41.5, "%", None), ("count", 2.01, None, None)],
        None,
    ),
    (
        "de",
        "Nur noch jeder achte Haushalt zählt vier oder mehr Personen.",
        True,
        [("fraction", 0.125, None, None), ("count", 4, None, "at_least")],
        None,
    ),
    (
        "de",
        "Unter den über 80-Jährigen lebt mehr als jede zweite Frau allein, aber nur etwa jeder vierte Mann.",
        True,
        [("duration", 80, "year", "over"), ("fraction", 0.5, None, "over"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "In Berlin ist inzwischen fast die Hälfte aller Haushalte ein Singlehaushalt, in Brandenburg gut ein Drittel.",
        True,
        [("fraction", 0.5, None, "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders stark gewachsen sei die Zahl der Alleinlebenden zwischen 30 und 45 Jahren, sagte Destatis-Sprecherin Anja Lohmeyer.",
        True,
        [("duration", 30, "year", None), ("duration", 45, "year", None)],
        "Anja Lohmeyer",
    ),
    (
        "de",
        "Wer allein lebt, ist nach Angaben des Amtes besonders häufig armutsgefährdet: Die Quote lag bei 29,8 Prozent.",
        True,
        [("percent", 29.8, "%", None)],
        "das Amt",
    ),
    ("de", "Der Sozialverband VdK warnte vor einer „Epidemie der Einsamkeit“ im Alter.", False, [], None),
    # --- Households and living alone (AP) ---
    (
        "en",
        "WASHINGTON (AP) — More than 38 million Americans now live alone, making up 29% of all U.S. households, according to new Census Bureau data.",
        True,
        [("count", 38000000, None, "over"), ("percent", 29, "%", None)],
        None,
    ),
    ("en", "That share was 13% in 1960.", True, [("percent", 13, "%", None), ("year", 1960, None, None)], None),
    (
        "en",
        "Census Bureau statistician Dana Whitlock said one-person households had grown in every state since 2010.",
        True,
        [("count", 1, None, None), ("year", 2010, None, None)],
        "Dana Whitlock",
    ),
    (
        "en",
        "The median age at first marriage rose to 30.4 years for men and 28.6 years for women.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.4, "year", None), ("duration", 28.6, "year", None)],
        None,
    ),
    (
        "en",
        "Married-couple households made up just under half of all households, at 47%.",
        True,
        [("fraction", 0.5, None, "under"), ("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        "The average household size fell to 2.49 people, the lowest on record.",
        True,
        [("count", 2.49, None, None)],
        None,
    ),
    ("en", '"Living alone is no longer a phase, it is a life stage," Whitlock said.', False, [], None),
    (
        "en",
        "Whether the trend reflects choice or the cost of housing is hotly debated among researchers.",
        False,
        [],
        None,
    ),
    # --- Baby names in England and Wales (PA) ---
    (
        "en",
        "LONDON (PA) - Muhammad was the most popular name for baby boys in England and Wales for the third year running, given to 4,662 newborns, the ONS said.",
        True,
        [("ordinal", 3, None, None), ("count", 4662, None, None)],
        "the ONS",
    ),
    (
        "en",
        "Olivia held on to the top spot for girls, with 2,816 registrations, ahead of Amelia and Lily.",
        True,
        [("count", 2816, None, None)],
        None,
    ),
    (
        "en",
        "Noah and Oliver were second and third among boys.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The biggest climber was Eloise, which rose 27 places to 38th.",
        True,
        [("count", 27, None, None), ("ordinal", 38, None, None)],
        None,
    ),
    (
        "en",
        "Margot entered the top 100 for the first time, while George, a top-10 fixture since 2013, dropped to 11th.",
        True,
        [
            ("count", 100, None, None),
            ("ordinal", 1, None, None),
            ("count", 10, None, None),
            ("year", 2013, None, None),
            ("ordinal", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "There were 27,440 different boys' names and 34,190 girls' names registered last year.",
        True,
        [("count", 27440, None, None), ("count", 34190, None, None)],
        None,
    ),
    (
        "en",
        '"Parents are choosing names that feel gentle and a little bit vintage," said Sophie Tremlett, a baby name consultant.',
        False,
        [],
        None,
    ),
    ("en", "Who can say whether Margot will still sound fresh in a decade?", False, [], None),
    # --- Bevölkerung in Graubünden (Keystone-SDA) ---
    (
        "de",
        "Chur (Keystone-SDA) - Fast jede zweite Gemeinde im Kanton Graubünden hat in den vergangenen 20 Jahren Einwohnerinnen und Einwohner verloren.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen ist das Val Müstair, wo die Bevölkerung seit 2005 um 14 Prozent auf gut 1'400 Personen geschrumpft ist.",
        True,
        [("year", 2005, None, None), ("percent", 14, "%", None), ("count", 1400, None, "over")],
        None,
    ),
    (
        "de",
        "In der Gemeinde Schiers ist inzwischen mehr als jede vierte Person 65 Jahre alt oder älter.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Zugleich wuchs die Region Landquart seit 2005 um fast einen Fünftel.",
        True,
        [("year", 2005, None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Kanton verliere jedes Jahr rund 300 junge Erwachsene an das Unterland, sagte Standortförderin Seraina Caduff.",
        True,
        [("count", 300, None, "about")],
        "Seraina Caduff",
    ),
    (
        "de",
        "Mit einem Förderprogramm von 12 Millionen Franken will der Kanton Wohnraum für junge Familien in Randregionen schaffen.",
        True,
        [("money", 12000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Wenn die Schule zugeht, geht bald auch der Dorfladen zu», sagte der Gemeindepräsident von Val Müstair.",
        False,
        [],
        None,
    ),
    ("de", "Ob das Geld reicht, um den Trend zu brechen, bezweifeln viele Einheimische.", False, [], None),
    # --- UK life expectancy (PA) ---
    (
        "en",
        "LONDON (PA) - A baby boy born in the UK today can expect to live 79 years and one month on average, and a girl 83 years and two months, according to the ONS.",
        True,
        [
            ("duration", 79, "year", None),
            ("duration", 1, "month", None),
            ("duration", 83, "year", None),
            ("duration", 2, "month", None),
        ],
        "the ONS",
    ),
    ("en", "Life expectancy has now recovered to above its pre-pandemic level for both sexes.", True, [], None),
    (
        "en",
        "Men in England's poorest neighbourhoods die on average 9.7 years earlier than those in the richest.",
        True,
        [("duration", 9.7, "year", None)],
        None,
    ),
    (
        "en",
        "Glasgow had the lowest life expectancy for men, at 73.9 years, and Westminster the highest, at 84.6.",
        True,
        [("duration", 73.9, "year", None), ("duration", 84.6, "year", None)],
        None,
    ),
    (
        "en",
        "A man aged 65 can now expect to live another 18.8 years, and a woman another 21.2 years.",
        True,
        [("duration", 65, "year", None), ("duration", 18.8, "year", None), ("duration", 21.2, "year", None)],
        None,
    ),
    (
        "en",
        "The chance of a newborn girl reaching 100 has risen to 15.1%.",
        True,
        [("duration", 100, "year", None), ("percent", 15.1, "%", None)],
        None,
    ),
    (
        "en",
        "Scotland continues to have the lowest life expectancy of the four UK nations.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        'Health charities said the figures exposed "a scandal of inequality" between north and south.',
        False,
        [],
        None,
    ),
    # --- Bevölkerungsprognose Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Bevölkerung wird laut der neuen Prognose der Statistik Austria bis 2050 auf knapp 9,9 Millionen Menschen wachsen.",
        True,
        [("year", 2050, None, None), ("count", 9900000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ohne Zuwanderung hätte Österreich 2050 nur noch 8,1 Millionen Einwohnerinnen und Einwohner, sagte Kirchsteiger.",
        True,
        [("year", 2050, None, None), ("count", 8100000, None, None)],
        "Kirchsteiger",
    ),
    (
        "de",
        "Der Anteil der Menschen ab 65 Jahren steigt demnach von derzeit 20,1 auf 27,6 Prozent im Jahr 2050.",
        True,
        [
            ("duration", 65, "year", "at_least"),
            ("percent", 20.1, "%", None),
            ("percent", 27.6, "%", None),
            ("year", 2050, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bis 2050 soll sich die Zahl der über 85-Jährigen mehr als verdoppeln, auf etwa 520.000.",
        True,
        [("year", 2050, None, None), ("duration", 85, "year", "over"), ("count", 520000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Bevölkerung im Erwerbsalter zwischen 20 und 64 Jahren schrumpft bis 2040 um knapp eine Viertelmillion.",
        True,
        [
            ("duration", 20, "year", None),
            ("duration", 64, "year", None),
            ("year", 2040, None, None),
            ("count", 250000, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Bereits in den vergangenen zehn Jahren haben 41 der 94 politischen Bezirke Einwohner verloren.",
        True,
        [("duration", 10, "year", None), ("count", 41, None, None), ("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten schrumpfen soll der Bezirk Murau, nämlich um 16 Prozent bis 2050, während Bruck an der Leitha um fast ein Viertel wachsen dürfte.",
        True,
        [("percent", 16, "%", None), ("year", 2050, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wir müssen ehrlich sagen, dass nicht jedes Dorf seine Schule behalten wird“, sagte der steirische Landeshauptmann.",
        False,
        [],
        None,
    ),
    ("de", "Die Bürgermeister der betroffenen Gemeinden forderten mehr Unterstützung vom Bund.", False, [], None),
    # --- Bevölkerungsvorausberechnung bis 2070 (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Einwohner Deutschlands wird im Jahr 2070 je nach Annahmen zwischen 74 und 86 Millionen liegen, wie aus der 16. koordinierten Bevölkerungsvorausberechnung hervorgeht.",
        True,
        [
            ("year", 2070, None, None),
            ("count", 74000000, None, None),
            ("count", 86000000, None, None),
            ("ordinal", 16, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im mittleren Szenario mit einer Nettozuwanderung von jährlich 250.000 Personen wären es 2070 rund 81,9 Millionen, teilte das Statistische Bundesamt mit.",
        True,
        [("count", 250000, None, None), ("year", 2070, None, None), ("count", 81900000, None, "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Zahl der Menschen ab 80 Jahren wird demnach von derzeit 6,2 Millionen bis Mitte der 2050er-Jahre auf bis zu 9,8 Millionen steigen.",
        True,
        [("duration", 80, "year", "at_least"), ("count", 6200000, None, None), ("count", 9800000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Zahl der Pflegebedürftigen werde bis 2055 auf rund 6,8 Millionen wachsen, sagte Destatis-Demograf Olaf Brückner.",
        True,
        [("year", 2055, None, None), ("count", 6800000, None, "about")],
        "Olaf Brückner",
    ),
    (
        "de",
        "Die Zahl der Menschen im Erwerbsalter dürfte bis 2040 um 1,6 bis 4,8 Millionen zurückgehen.",
        True,
        [("year", 2040, None, None), ("count", 1600000, None, None), ("count", 4800000, None, None)],
        None,
    ),
    (
        "de",
        "Das Medianalter steigt von 45,8 auf bis zu 48 Jahre.",
        True,
        [("duration", 45.8, "year", None), ("duration", 48, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Die Statistiker rechnen in allen Varianten mit einer Geburtenrate zwischen 1,3 und 1,6 Kindern je Frau.",
        True,
        [("count", 1.3, None, None), ("count", 1.6, None, None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftsministerin sprach von einer „demografischen Zeitenwende“, die Reformen bei Rente und Pflege unausweichlich mache.",
        False,
        [],
        None,
    ),
    ("de", "Die Arbeitgeberverbände forderten erneut eine längere Lebensarbeitszeit.", False, [], None),
    (
        "de",
        "„Vorausberechnungen sind keine Prognosen, sie zeigen, was passiert, wenn sich Trends fortsetzen“, erklärte eine Sprecherin des Amtes.",
        False,
        [],
        None,
    ),
    # --- U.S. population estimates (AP) ---
    (
        "en",
        "WASHINGTON (AP) — America's population increased by about 2.6 million people, or 0.8%, to 343.4 million in the year ending July 1, a slowdown driven by a sharp drop in immigration, the Census Bureau said Tuesday.",
        True,
        [
            ("count", 2600000, None, "about"),
            ("percent", 0.8, "%", None),
            ("count", 343400000, None, None),
            ("date", "--07-01", None, None),
        ],
        "the Census Bureau",
    ),
    (
        "en",
        "Net international migration added 1.3 million people, less than half the previous year's 2.8 million.",
        True,
        [("count", 1300000, None, None), ("fraction", 0.5, None, "under"), ("count", 2800000, None, None)],
        None,
    ),
    ("en", "Births exceeded deaths by roughly 490,000.", True, [("count", 490000, None, "about")], None),
    (
        "en",
        "South Carolina was the fastest-growing state, at 1.7%, while Texas added the most people, about 391,000.",
        True,
        [("percent", 1.7, "%", None), ("count", 391000, None, "about")],
        None,
    ),
    (
        "en",
        "Five states lost population, among them West Virginia, Hawaii and New Mexico.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "California's population fell by about 21,000, its first decline in three years.",
        True,
        [("count", 21000, None, "about"), ("ordinal", 1, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "International migration accounted for about 60% of the growth, Census Bureau demographer Marcus Feld said.",
        True,
        [("percent", 60, "%", "about")],
        "Marcus Feld",
    ),
    (
        "en",
        '"Immigration has been the engine of U.S. growth, and that engine is sputtering," said Kenneth Albrecht, a demographer at the Brookings Institution.',
        False,
        [],
        None,
    ),
    ("en", "The White House said the figures showed its border policies were working.", False, [], None),
    ("en", "The Census Bureau plans to release county and city estimates in the spring.", True, [], None),
]
