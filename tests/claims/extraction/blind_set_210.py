"""Two-hundred-and-tenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, films and figures are made
up (Lena Wörle, Ebba Lund, Manon Ferrand, Birgit Tannheimer, Sabine Kortmann, Kerndl
Antriebstechnik, Ulrich Henning, Anselm Trübenbach; Skerrow Air, Niamh Dervan, Harriet
Voss, Dante Ruelas, Tarrant Minerals, Moira Quayle, Cobar Street Research, Carla Wexford,
Devon Archer, Rosa Eckhart, Orrin Labs, Paul Marrow, Ferris Doane, Selene Dynamics, Banca
Serravalle, Credito Alpino, Joyce Kiprono, Meseret Alemu, Haruka Ono, "Tidewater Nights",
"Nightwell 2", Gower Data; every unnamed spokesperson, official, trader, economist,
politician and bystander); ministers of real governments appear under made-up names that
stand for no real holder ("Arbeitsministerin Sabine Kortmann", "finance minister Harriet
Voss"), or by their role only ("die Personalvorständin der Bahn", "eine SP-Nationalrätin",
"der Finanzminister", "Ukraine's human rights commissioner", "the U.S. attorney", "the
Villa manager"). Real bodies, clubs, places and things (Bahn, Straflandesgericht Wien,
Nationalrat, Ständerat, Finanzdepartement, Statistisches Bundesamt, Statistik Austria, Wifo,
Lotto Bayern, Eurojackpot, Bayer Leverkusen, VfB Stuttgart, Bayern München, Dortmund,
gfs.bern, SRG, Landgericht Hamburg, Deutscher Wetterdienst, Schweizerische Nationalbank,
Robert Koch-Institut, Wirtschaftskammer, Fraport, Bundeslandwirtschaftsministerium,
Bauernverband; the Office for Budget Responsibility, the New York Mets, the National
Weather Service, the Oklahoma Department of Emergency Management, the Reserve Bank of
India, the International Organization for Migration, Amtrak, the Office for National
Statistics, OPEC+, the Phoenix City Council, Rengo, NASA, Aston Villa, Arsenal, Fulham,
Liverpool, the CDC, NATO, the United Arab Emirates, the Tokyo Marathon, and the datelines'
cities) stand for the way wire copy names them; every vote, sum, share, rank, age, time and
quote here is invented, and where a real figure came to mind it was changed.

Its weight: HARD NUMBER FORMS, second round (the hundred-ninety-ninth batch was the first,
and its decisions are kept) - one ordinary wire week in March, Sunday 8 to Friday 13, as 45
short stories in story order with the German and English desks interleaved, each told as
wire copy runs it (a dateline lead, the figures, attributed claims, quotes, the other
side), across ordinary topics: a rail strike, an airline outage, a fraud trial, a fiscal
statement, biathlon, a baseball contract, a Swiss savings package, a miner's loss, births,
a tornado, inflation, a central bank's liquidity, a lottery, Darfur, the Bundesliga, a rail
failure, a poll, trade data, a street-racing trial, house prices, avalanches, oil, pensions,
an arena vote, the weather, job cuts, tourism, a fraud sentence, a car supplier, Japanese
wages, an auction, a moon lander, the Swiss National Bank, the Premier League, flu, a bank
bid, apprentices, measles, an airport, NATO spending, the harvest, a prisoner swap,
housing, a marathon and the box office. Its weight is the forms numbers take: German and
English number words up to millions ("rund zweieinhalb Millionen Fahrgäste", "gut 1,01
Millionen", "a dozen", "at least two dozen", "about half a million", "eine halbe Milliarde
Euro", "about half a billion dollars", "two and a half hours", "12 and a half years",
"sechseinhalb Jahren", "siebeneinhalb Jahre", "bis zu eineinhalb Meter", "neunmal",
"zwölfmal"); fractions in words ("ein Achtel", "ein Siebtel", "ein Zwanzigstel", "ein
Sechstel", "gut ein Zehntel", "Neun von zehn", "beinahe vier von zehn", "Jedes dritte",
"jeder fünfte Euro", "three in five", "seven in 10", "one in seven", "one in eight",
"two-fifths", "three-quarters of a mile"); ordinals inside compounds and phrases
("Drittplatzierte", "die drittplatzierten Dortmunder", "Der Tabellenzweite", "die
Zweitplatzierte", "dritthöchste", "zweithöchste", "sechstwärmste", "Third-placed",
"second-placed", "fourth-biggest", "fifth-fastest", "the fifth and eighth seasons", "the
64th swap", "a 24th consecutive match"); durations as compounds in both languages
("35-stündigen Warnstreik", "zehnjährigen Haftstrafe", "dreijährige Jugendstrafe", "drei-
bis vierstündige Sperrungen", "a 90-minute IT outage", "a two-and-a-half-hour failure", "a
12-year, $465 million contract", "a 19-day journey", "Ten-year gilt yields"); money with
scale words and abbreviations ("38,6 Mio. Euro", "11,2 Mrd. Euro", "2,4 bis 3,1 Mia.
Franken", "321 Mio. Fr.", "£12.4bn", "£750m", "A$212m", "A$1.1bn", "$180m-$220m", "$4.1bn to
$4.25bn", "€6.8bn", "1.25 lakh crore rupees", "18.4 trillion yen", "3.86 trillion yuan",
"$1.52 trillion"); ranges ("zwischen 2016 und 2023", "zwischen 2,8 und 3,2 Prozent", "63
bis 65 Millionen Fluggästen", "180.000 bis 220.000 Euro", "ein bis zehn Jahre", "ein- bis
zweimal", "between 8 million and 10 million euros", "between 2,000 and 2,500 lorries",
"1.2-1.5%", "4.5-5%", "$60 million to $75 million", "from 2027 to 2029"); hedges of every
sort, dates and years, a negative rate ("minus 0,25 Prozent") and Swiss digit grouping
("1'200", "12'460"). Negatives stand beside them: rhetoric and labels in quotes,
evaluations, feelings and scene colour, open questions, evasions, doubts, fears and a hope,
advice and appeals, and a forecast framed as "Personally, I think" - six of them carrying a
figure, labelled.

245 rows (123 German, 122 English), 55 negatives (28 German, 27 English), 190 check-worthy
rows of which 2 carry no figure (2 German, 0 English), 439 expected quantities (119 counts,
64 durations - 32 in years, 11 in hours, 7 in months, 5 in days, 4 in minutes, 3 in weeks, 2
in seconds -, 64 amounts of money - 27 USD, 19 EUR, 6 GBP, 4 CHF, 3 AUD, 3 INR, 1 CNY, 1
JPY -, 56 percentages - 51 in %, 3 in percentage points, 2 in basis points -, 44 fractions,
43 ordinals, 33 years, 16 dates; 6 of them in 6 negatives, as the seventeenth batch labels
a figure in a negative), 35 checked speakers (18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt or piece of rhetoric is a negative with
  speaker None, also with a named speaker (seventh, ninety-eighth, hundred-ninety-sixth,
  hundred-ninety-ninth, two-hundred-fourth); a reported fact, figure, step or forecast of
  an institution is check-worthy with its speaker ("Das Wifo rechnet ... mit",
  "Analysts at Cobar Street Research expect ...", "Backers say the project will create
  about 4,500 construction jobs"; hundred-ninety-sixth). A hope with a figure ("Die Branche
  hofft ... auf mehr als 80 Millionen Nächtigungen", 80,000,000 "over"; two-hundred-fourth:
  „hofft“ with 2027) and a forecast framed as "Personally, I think" (3% "about";
  hundred-ninety-sixth) are negatives with the figure labelled; so are a quote of wonder
  with "die zwei Millionen" (count 2,000,000; hundred-ninety-sixth: „die drei Millionen“),
  two vox pops with the speaker's age ("Carla Wexford, 58", "Devon Archer, 34") and scene
  colour with "the first signal" (ordinal 1). "Der Verteidiger kündigte an, ... Berufung
  einzulegen" and "Die Vorlage geht nun zurück an den Ständerat" are check-worthy steps
  without a figure.
- Number words up to millions, as earlier batches read them: "rund zweieinhalb Millionen"
  2,500,000 "about" (fifty-first: "knapp zweieinhalb Millionen"), "gut 1,01 Millionen"
  1,010,000 "over", "about half a million" 500,000 "about" (fifteenth, twenty-second), "eine
  halbe Milliarde Euro" 5e8 EUR (fifty-third), "about half a billion dollars" 5e8 USD
  "about" (tenth), "a dozen" 12 and "at least two dozen" 24 "at_least" (fourteenth,
  hundred-fourth), "Twenty-nine people" 29, "neunmal" 9 and "zwölfmal in Folge" 12 (the
  issue's "viermal"), "Millionen Pendler" none (a bare plural, like "Tausende"). Halves:
  "zweieinhalb Tage" 2.5 days, "sechseinhalb Jahren" 6.5 and "siebeneinhalb Jahre" 7.5 years
  (hundred-seventh: "zehneinhalb Stunden"), "bis zu eineinhalb Meter" 1.5 "up_to" (a
  measure is a count, fourth, eighty-first), "two and a half hours" 2.5 hours (fourteenth),
  "more than three and a half years" 3.5 years "over", "a two-and-a-half-hour failure" 2.5
  hours (eighty-second: "a two-and-a-half-year contract extension"), "more than a minute and
  a half" 1.5 minutes "over" (hundred-seventy-sixth: "just over an hour and a half"), "gut ein
  halbes Jahr mehr" 0.5 years "over" (eighty-fourth). New: "12 and a half years" is 12.5
  years - "and a half" after a figure in digits adds the half as it does after a number
  word ("seven and a half years", twentieth). New: "between half an hour and two and a half
  hours" gives 0.5 and 2.5 hours - "half an hour" is the English of „eine halbe Stunde“
  (twelfth: "pro halbe Stunde" 0.5 hours), "between ... and" no hedge.
- Fractions (every batch): "about a sixth" 0.1667 "about", "two-fifths" 0.4, "about a
  quarter" 0.25 "about", "by almost half" 0.5 "nearly", "roughly one in seven" 0.1429
  "about" (hundred-sixteenth), "two-thirds" 0.6667, "Rund zwei Drittel" 0.6667 "about",
  "jeder Vierte" 0.25, "gut ein Achtel" 0.125 "over", "Jedes dritte Neugeborene" 0.3333,
  "about three-quarters of a mile wide" 0.75 "about" (two-hundred-third: "around a quarter
  of a mile wide" 0.25), "gut ein Zehntel" 0.1 "over", "Nearly three in five" 0.6 "nearly",
  "less than a fifth" 0.2 "under", "more than a third higher" 0.3333 "over", "about an
  eighth" 0.125 "about", "Schon jeder fünfte Euro" 0.2 ("Schon" no hedge), "rund ein Achtel
  mehr" 0.125 "about" and "knapp ein Viertel länger" 0.25 "nearly" (the "mehr" and "länger"
  compare, hundred-fifty-second), "about seven in 10" 0.7 "about" (hundred-eleventh: "nine in
  10"), "fast jede zweite" 0.5 "nearly", "beinahe vier von zehn" 0.4 "nearly" ("beinahe"
  "nearly", seventeenth), "etwa jede zehnte" 0.1 "about", "Etwa jeder achte" 0.125 "about",
  "Neun von zehn" 0.9, "Jeder zehnte" 0.1, "knapp einem Drittel" 0.3333 "nearly", "at least
  two-thirds" 0.6667 "at_least", "Nearly nine in 10" 0.9 "nearly", "less than two-thirds"
  0.6667 "under", "gut ein Zwanzigstel" 0.05 "over" (hundred-ninety-ninth: "one-twentieth"),
  "rund ein Sechstel weniger" 0.1667 "about", "gut die Hälfte" 0.5 "over", "rund ein Siebtel
  weniger" 0.1429 "about" (hundred-twenty-first, hundred-forty-second).
- Ordinals (every batch): "der dritte Ausstand", "der zweite", "ihren zweiten Saisonsieg",
  "finishing third", "the fifth and eighth seasons" 5 and 8 (each ordinal of a coordination
  is its own), "first-half" 1 (hundred-fiftieth), "ersten Kindes"/"erstes Baby" 1, "the
  state's 11th tornado", "dritthöchste" 3, "zweithöchste Lawinenwarnstufe" 2, "sechstwärmste"
  6 (hundred-ninety-ninth: "viertwärmste"), "in der 88. Minute" 88, "der zehnte Heimsieg"
  10, "zweite SRG-Umfrage", "ersten Welle", "im ersten Lehrjahr", "the first quarter", "the
  64th swap", "its 17th such mediation", "a 24th consecutive match", "fourth-biggest" 4,
  "fifth-fastest" 5, "a third straight weekend", "in second place" 2 (eighteenth),
  "zum vierten Mal in Folge" 4, "a distant third" 3. Places in a table: "Drittplatzierte"
  and "die drittplatzierten Dortmunder" 3, "die Zweitplatzierte" 2 (hundred-forty-fourth:
  "der Zweitplatzierte"), "Der Tabellenzweite" 2 (hundred-ninety-ninth: "Tabellenvierter"),
  "Third-placed" 3 and "second-placed" 2 (hundred-fifty-third, hundred-fifty-sixth). None:
  "Tabellenführer", "Leaders", "the first" in "the fastest ... ever" (none written),
  "First-time buyers" (hundred-twenty-fourth), "the last of" and "letzten" (rank nothing).
  "in the first two months" 1 with 2 months (hundred-first, hundred-fourth).
- Durations and ages (every batch): compounds "35-stündigen Warnstreik" 35 hours
  (hundred-ninety-seventh: "eine 14-jährige Amtszeit"), "zehnjährigen Haftstrafe" 10 years
  (third), "dreijährige Jugendstrafe" 3, "a 90-minute IT outage" 90 minutes, "a 12-year,
  $465 million contract" 12 years, "a 19-day journey", "Ten-year gilt yields" and "10-year
  bond yield" 10 years (eleventh, thirteenth), "delays of up to 90 minutes" "up_to"; spans
  "over the next two years" 2, "in 14 months", "in 18 months", "the weakest in 18 months",
  "for 11 straight weeks" 11 weeks, "over the next six weeks", "Binnen 48 Stunden", "knapp
  20 Stunden" "nearly", "gut 80 Stunden" "over", "gut drei Wochen vor" 3 weeks "over"
  (hundred-third), "about two days of deliberations" "about", "about 14 Earth days" "about",
  "after 17 days", "in two years" 2, "zwei Jahre zuvor" 2 years (forty-ninth and the
  majority of the "two years earlier" rows), "in 2 hours 16 minutes and 4 seconds" each part
  (hundred-ninety-ninth), "12,4 Sekunden", "bei 30 Monaten Laufzeit", "zwölf Monaten
  Vertragsdauer", "26 Monate", sentences ("ein bis zehn Jahre" 1 and 10, "15 years", "no more
  than five years" "at_most" - "no more than" is "at_most" in the hundred-seventh,
  hundred-ninth and hundred-thirty-first batches, the hundred-sixty-second's "up_to" the
  minority), "three hours or more late" 3 hours "at_least" (hundred-eighteenth: "30 or more
  employees"). Ages: "Ein 47-jähriger", "einen 23-Jährigen", "Die 26-Jährige", "The
  25-year-old", "The 29-year-old", "Ferris Doane, 59,", "eine 61 Jahre alte", "älter als 65
  Jahre" "over", "younger than five" 5 "under" (hundred-ninety-ninth: "Children under five"),
  "Kinder zwischen fünf und 14 Jahren" both (hundred-thirty-second), "im Schnitt mit 30,4
  Jahren" 30.4 ("im Schnitt" no hedge). New: „drei- bis vierstündige Sperrungen“ are
  durations 3 and 4 hours and „ein- bis zweimal pro Woche“ counts 1 and 2 - the first part of
  a suspended compound takes the ending of the second, as „15- bis 24-Jährigen“ and "18- to
  29-year-olds" carry their unit to both ends (hundred-twelfth, hundred-forty-first). None:
  "im Monat", "monatlich", "jährlich", "a year", "a day", "a month", "pro Woche", "pro Jahr",
  "this year", "last year", "last season", "a year earlier", "a week ago", "over the past
  year", "the coming year", "seit Jahren", "Jahrzehnten", "im Jahr davor", "ein Jahr zuvor",
  "im Vorjahr", "in diesem Winter", "within minutes", "for an hour", "every hour", weekdays
  ("Montagfrüh"), months ("im Februar", "im Jänner", "since mid-January", "in October"),
  and "by 1040 GMT" (a clock time, tenth).
- Counts (every batch): votes ("mit 112 zu 79 Stimmen bei 5 Enthaltungen", "voted 6-3" 6
  and 3 - tenth: "in a 5-4 vote"), definite groups ("14 der insgesamt 96
  Millionengewinne", "nine of 11 counts", "25 of the 32 members", "11 wins from their past
  13"), "trotz zwei Schießfehlern" 2, "in zwei Stufen" 2, "Two doses" 2, "the three Baltic
  states" 3, "in den sieben größten Städten" 7, "an acht Nächten" 8 (nights are counts,
  hundred-ninety-ninth), "mindestens einen Elternteil" 1 "at_least" (hundred-seventieth:
  "at least one banned platform"), "nach 45 Beitragsjahren" 45 (forty-ninth,
  hundred-forty-seventh, hundred-eightieth), "1,32 Kinder je Frau", measures ("Im Sprint
  über 7,5 Kilometer" 7.5 with no hedge - "über" names the distance, thirty-fifth,
  sixty-first -, "winds of up to 165 mph" "up_to", "nearly 22 miles long", "about 3 feet",
  "mit rund 160 km/h", "um 3,2 Grad", "etwa 62 Liter", "7,6 Tonnen je Hektar", "81 mal 65
  Zentimeter", "3.3 million barrels", "146,000 barrels per day"), "durch eine
  Tempo-50-Zone" 50 (hundred-fifty-second: "Tempo-30-Zone"), "Their 42,000-capacity ground"
  42,000, multiples ("fast doppelt so hoch" 2 "nearly", hundred-eleventh; "mehr als das
  Zehnfache" 10 "over", hundred-thirty-eighth; "roughly double the pace" 2 "about",
  hundred-twentieth), Swiss grouping ("knapp 1'200" 1200 "nearly", "12'460"). "a 1.1
  million-barrel build" is 1,100,000 (ninety-fifth: "a 500 billion-euro ... fund"). New:
  "offering 1.15 of its own shares for each Alpino share" is count 1.15 - an exchange ratio
  is a count like "1,32 Kinder je Frau". None: scores ("3:1-Heimerfolgs", "a 2-0 win";
  hundred-forty-eighth), "Nightwell 2" (a title; hundred-twenty-first: "Iron Harvest 2"),
  "a game in hand", "beide", "je", "jeweils".
- Money in the currency written, scale words and abbreviations (hundred-ninety-ninth):
  "38,6 Mio. Euro", "11,2 Mrd. Euro", "312 Mio. Euro", "rund 13 Mrd. Euro" "about", "2,4 bis
  3,1 Mia. Franken" both 2.4e9 and 3.1e9 CHF (the scale and currency written once serving
  both ends), "rund 321 Mio. Fr." "about", "rund 731 Mia. Franken" "about" (hundred-fifth,
  hundred-twenty-second: "Mia." 1e9), "£12.4bn", "£3.2bn", "£750m", "A$212m", "A$1.1bn",
  "A$486m", "$4.2bn", "$170.5bn", "$485bn" "about", "€6.8bn", "$180m-$220m" both, "$4.1bn to
  $4.25bn" both, "between 8 million and 10 million euros" both, "$60 million to $75 million"
  both, "18.4 trillion yen", "3.86 trillion yuan", "$1.52 trillion" ("a combined" no hedge,
  hundred-fifty-second), "an estimated $1.2 million" and "an estimated $41.6 million"
  "about", "up to $425 million" "up_to", "below $1,000 a tonne" "under" (forty-third: "below
  $1.30"), "just under £60,000" "under", "€14.20 a share", "86.72 per dollar" 86.72 INR
  (sixteenth: "151.20 per dollar" JPY). New: "1.25 lakh crore rupees ($14.4 billion)" and
  "about 2.1 lakh crore rupees" are 1.25e12 and 2.1e12 INR - a lakh (100,000) times a crore
  (10 million), each scale word read as the hundred-ninety-ninth reads "crore"; the dollar
  figure in brackets is a second amount (fifteenth).
- Percentages: "% " and "Prozent" in %, points in pp, basis points in bp (twenty-seventh,
  hundred-thirty-fourth): "um 7 Prozentpunkte", "plus/minus 2,8 Prozentpunkten" 2.8 pp with
  no hedge (hundred-sixteenth), "um einen Viertelprozentpunkt" 0.25 pp (tenth,
  hundred-thirtieth), "6 basis points", "as much as 9 basis points" "up_to"
  (hundred-seventy-third: "to as much as $305 billion"); ranges "1.2-1.5%", "4.5-5%" and
  "zwischen 2,8 und 3,2 Prozent" both ends (seventeenth, hundred-forty-fifth); "the third
  straight year above 5%" 5 "over"; "by at least 3%" "at_least"; "minus 0,25 Prozent" -0.25
  (the base set: "minus 3 Prozent"; hundred-twenty-sixth: "minus 42 Euro").
- Years and dates: "zwischen 2016 und 2023" both, "January 2025", "2022 peak", "seit 1994",
  "until at least 2027" 2027 "at_least" (hundred-ninety-seventh: "until at least 2028"),
  "1961 bis 1990" both, "2029-30 season" and „Saison 2023/24“ both years (hundred-sixth,
  hundred-ninth), "a 2023 study", "im Juni 2024" its year, "1881", "1912", "1998", "2012",
  "since 1992", "by 2035"; "zum 1. Juli" --07-01, "zwischen dem 2. und dem 10. März"
  --03-02 and --03-10 (seventy-first: "am 3. und 4. Februar"); Reuters English datelines with
  a day ("DUBLIN, March 9 (Reuters)", "LONDON, March 10", "PERTH, March 12", "MUMBAI, March
  13", "GENEVA, March 10", "BEIJING, March 9", "LONDON, March 11", "SAN FRANCISCO, March 10",
  "TOKYO, March 13", "MILAN, March 9", "BRUSSELS, March 12", "KYIV, March 11", "TOKYO, March
  8") as dates without a year (hundred-second, hundred-fifty-second); dpa, APA,
  Keystone-SDA, AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "Some",
  "some", "roughly", "Roughly", "an estimated" "about"; "knapp", "Knapp", "fast", "beinahe",
  "nearly", "Nearly", "almost" "nearly"; "gut", "Gut", "mehr als", "more than", "above"
  "over"; "less than", "just under", "younger than", "below" "under"; "bis zu", "up to", "as
  much as" "up_to"; "mindestens", "at least", "or more" "at_least"; "no more than"
  "at_most". No hedge: "insgesamt", "im Schnitt", "durchschnittlich", "an average",
  "bereits", "Schon", "nur", "nur noch", "allein", "wohl", "voraussichtlich", "just" before a
  figure as "only" (hundred-ninth, hundred-twenty-first), "a combined", "über" naming a
  distance, "bis", "to", "between ... and" in a range, "plus/minus".
- Speakers, checked only in forms the earlier batches settled: "sagte Richterin Birgit
  Tannheimer" and "sagte Arbeitsministerin Sabine Kortmann" the name with the title dropped
  (hundred-thirty-first: "sagte Richterin Andrea Wechselberger"); "chief executive Moira
  Quayle said" and "finance minister Harriet Voss said on Tuesday" the name (hundred-second,
  hundred-ninety-ninth); "Skerrow Air said on Monday that" as written (eighty-first,
  hundred-ninety-ninth: "Carrow Dene said"); "teilte der Konzern am Dienstag mit", "teilte
  das Finanzdepartement mit", "teilte das Gericht mit", "teilte die Polizei mit", "teilte
  das Unternehmen am Montag mit", "teilte die SNB mit", "teilte das Robert Koch-Institut
  mit", "teilte die Wirtschaftskammer mit", "teilte Fraport mit", "teilte das
  Bundeslandwirtschaftsministerium mit", "teilte das Statistische Bundesamt mit" (eighty-first,
  hundred-second); "wie das Statistische Bundesamt mitteilte", "wie Lotto Bayern am Mittwoch
  mitteilte", "wie der Deutsche Wetterdienst in seiner Monatsbilanz mitteilte", "wie die
  Statistik Austria mitteilte", "wie das Auktionshaus mitteilte" the source with its article
  in the nominative - checked by the great majority of earlier batches
  (hundred-ninety-ninth and before), left unchecked by the two-hundred-fourth alone, and the
  majority is followed; "the team said", "the central bank said on Friday", "the company
  said on Tuesday", "the bank said", "the railroad said", "the space agency said", "the
  National Weather Service said", "the International Organization for Migration said on
  Tuesday", "the U.S. Attorney's Office said", "the Rengo union federation said on Friday"
  with the weekday dropped (fortieth, hundred-ninety-ninth); "NATO said" as written
  (eighty-first); "according to the Oklahoma Department of Emergency Management",
  "according to the Office for National Statistics" and "according to the CDC" with their
  article (ninety-eighth). Left unchecked (None): "schätzte ein Bahnsprecher" (an estimating
  verb, hundred-tenth), "a person familiar with the agreement said", "officials said",
  "state health officials said", "prosecutors said", "organisers said", "Ukraine's
  coordination headquarters said" (descriptions, forty-first), "customs data showed",
  "according to figures published on Thursday", "according to a 2023 study", "laut
  Schnellschätzung der Statistik Austria", "wie die zweite SRG-Umfrage ... zeigt"
  (documents), "Das Wifo rechnet", "Analysts at ... expect", "Backers say", "Aid agencies
  say", "according to analytics firm Gower Data" (a description before the name, a form no
  earlier batch settled). All negatives have speaker None.
- Negatives (fifty-fifth, hundred-second, hundred-ninety-ninth): rhetoric and labels in
  quotes („in Geiselhaft“, «Sparen mit dem Rasenmäher», "a confession of failure", "a palace
  for billionaires", "hostile and unsolicited", „Kahlschlag auf Kosten der Belegschaft“,
  „schlicht ruinös“, „an Gleichgültigkeit kaum zu überbietenden“, "a personal piggy bank",
  "Every one of them is a hero, and we will not rest ..."), evaluations and moods ("tells the
  truth about the public finances", „ein bitterer Tag“, „Signal der Verlässlichkeit“,
  „schwersten Krise seit Jahrzehnten“, "the market is catching its breath", "finally heard
  the market's concerns", "far too complacent", "Critics have been lukewarm"), feelings and
  scene colour ("deeply sorry", „einfach nur Spaß“, "chaotic scenes", "flooded social
  media", "erupted in cheers", "wept and waved flags", "flying the whole way"), convictions
  and beliefs ("absolutely convinced", „Wir glauben bis zum letzten Spieltag“, „hält ... für
  durchaus möglich“), open questions and evasions („Ob es vor Ostern ...“, „Ob die Regierung
  ... ließ der Finanzminister offen“, „ließ Vorstandschef Ulrich Henning offen“, "Whether
  the momentum ...", "remains an open question"), doubts and fears („bezweifeln viele
  Fachleute“, "privately doubt", „Anwohner fürchten“, „Demografen sehen darin ein
  alarmierendes Signal“), advice and appeals („riet ein Lotto-Sprecher“, „Ärzte raten“, „Die
  Lawinenwarner appellieren“, „Meteorologen warnen“, "pleaded with parents").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_210 = [
    # --- Warnstreik bei der Bahn (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Lokführergewerkschaft hat für Donnerstag einen 35-stündigen Warnstreik im Personen- und Güterverkehr angekündigt.",
        True,
        [("duration", 35, "hour", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien bundesweit wohl rund zweieinhalb Millionen Fahrgäste, schätzte ein Bahnsprecher.",
        True,
        [("count", 2500000, None, "about")],
        None,
    ),
    (
        "de",
        "Für ihre gut 40.000 Mitglieder verlangt die Gewerkschaft monatlich 555 Euro zusätzlich bei zwölf Monaten Vertragsdauer.",
        True,
        [("count", 40000, None, "over"), ("money", 555, "EUR", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Bahn bietet 6,2 Prozent mehr Geld in zwei Stufen bei 30 Monaten Laufzeit, teilte der Konzern am Dienstag mit.",
        True,
        [("percent", 6.2, "%", None), ("count", 2, None, None), ("duration", 30, "month", None)],
        "der Konzern",
    ),
    (
        "de",
        "Es ist bereits der dritte Ausstand in dieser Tarifrunde, der zweite hatte zweieinhalb Tage gedauert.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 2, None, None), ("duration", 2.5, "day", None)],
        None,
    ),
    (
        "de",
        "„Die Gewerkschaft nimmt Millionen Pendler in Geiselhaft“, sagte die Personalvorständin der Bahn.",
        False,
        [],
        None,
    ),
    ("de", "Ob es vor Ostern noch zu einer Einigung kommt, ist völlig offen.", False, [], None),
    # --- Skerrow Air IT outage (Reuters) ---
    (
        "en",
        "DUBLIN, March 9 (Reuters) - Low-cost carrier Skerrow Air said on Monday that a 90-minute IT outage at its Dublin hub had forced it to cancel 212 flights, about a sixth of its daily schedule.",
        True,
        [
            ("date", "--03-09", None, None),
            ("duration", 90, "minute", None),
            ("count", 212, None, None),
            ("fraction", 0.1667, None, "about"),
        ],
        "Skerrow Air",
    ),
    (
        "en",
        "Roughly 31,000 passengers were affected, and a dozen inbound flights were diverted to Shannon and Belfast.",
        True,
        [("count", 31000, None, "about"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The airline put the cost of the disruption at between 8 million and 10 million euros.",
        True,
        [("money", 8000000, "EUR", None), ("money", 10000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "It was the carrier's second major outage in 14 months, after a two-and-a-half-hour failure in January 2025.",
        True,
        [
            ("ordinal", 2, None, None),
            ("duration", 14, "month", None),
            ("duration", 2.5, "hour", None),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "en",
        "Under EU rules, passengers whose flights arrive three hours or more late can claim up to 600 euros.",
        True,
        [("duration", 3, "hour", "at_least"), ("money", 600, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        '"We are deeply sorry for the stress this has caused our customers," chief executive Niamh Dervan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Passengers described chaotic scenes at the check-in desks, with queues snaking out of the terminal.",
        False,
        [],
        None,
    ),
    # --- Anlagebetrug vor Gericht (APA) ---
    (
        "de",
        "Wien (APA) - Ein 47-jähriger Vermögensberater ist am Mittwoch am Straflandesgericht Wien wegen schweren Betrugs zu einer zehnjährigen Haftstrafe verurteilt worden.",
        True,
        [("duration", 47, "year", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Er soll zwischen 2016 und 2023 knapp 1.400 Anleger um insgesamt 38,6 Mio. Euro gebracht haben.",
        True,
        [
            ("year", 2016, None, None),
            ("year", 2023, None, None),
            ("count", 1400, None, "nearly"),
            ("money", 38600000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der Geschädigten sind älter als 65 Jahre, jeder Vierte verlor mehr als 50.000 Euro, sagte Richterin Birgit Tannheimer.",
        True,
        [
            ("fraction", 0.6667, None, "about"),
            ("duration", 65, "year", "over"),
            ("fraction", 0.25, None, None),
            ("money", 50000, "EUR", "over"),
        ],
        "Birgit Tannheimer",
    ),
    (
        "de",
        "Der Strafrahmen hatte ein bis zehn Jahre betragen.",
        True,
        [("duration", 1, "year", None), ("duration", 10, "year", None)],
        None,
    ),
    ("de", "Der Verteidiger kündigte an, gegen das Urteil Berufung einzulegen.", True, [], None),
    (
        "de",
        "„Für viele Pensionisten ist das ein bitterer Tag“, sagte der Anwalt der Privatbeteiligten.",
        False,
        [],
        None,
    ),
    # --- UK fiscal statement (Reuters) ---
    (
        "en",
        "LONDON, March 10 (Reuters) - Britain will borrow £12.4bn more than planned over the next two years, finance minister Harriet Voss said on Tuesday, as weaker growth ate into tax receipts.",
        True,
        [("date", "--03-10", None, None), ("money", 12400000000, "GBP", None), ("duration", 2, "year", None)],
        "Harriet Voss",
    ),
    (
        "en",
        "The Office for Budget Responsibility cut its growth forecast for this year to 0.9% from 1.6%, and sees growth of 1.2-1.5% a year from 2027 to 2029.",
        True,
        [
            ("percent", 0.9, "%", None),
            ("percent", 1.6, "%", None),
            ("percent", 1.2, "%", None),
            ("percent", 1.5, "%", None),
            ("year", 2027, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Voss found £3.2bn of savings, two-fifths of them from welfare, and set a £750m levy on online gambling firms.",
        True,
        [("money", 3200000000, "GBP", None), ("fraction", 0.4, None, None), ("money", 750000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Defence spending will rise to 2.6% of GDP by 2027, a year earlier than promised.",
        True,
        [("percent", 2.6, "%", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Ten-year gilt yields rose as much as 9 basis points after the statement before paring gains.",
        True,
        [("duration", 10, "year", None), ("percent", 9, "bp", "up_to")],
        None,
    ),
    ("en", '"This is a budget that tells the truth about the public finances," Voss told parliament.', False, [], None),
    ("en", 'The main opposition party called the statement "a confession of failure."', False, [], None),
    # --- Biathlon am Holmenkollen (dpa) ---
    (
        "de",
        "Oslo (dpa) - Biathletin Lena Wörle hat beim Weltcup am Holmenkollen ihren zweiten Saisonsieg gefeiert und ist im Gesamtweltcup nun Drittplatzierte.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Sprint über 7,5 Kilometer lag sie trotz zwei Schießfehlern 12,4 Sekunden vor der Schwedin Ebba Lund.",
        True,
        [("count", 7.5, None, None), ("count", 2, None, None), ("duration", 12.4, "second", None)],
        None,
    ),
    (
        "de",
        "Die 26-Jährige stand in diesem Winter in 18 Rennen neunmal auf dem Podest.",
        True,
        [("duration", 26, "year", None), ("count", 18, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Zweitplatzierte Lund fehlen ihr vor den letzten vier Rennen nur noch 41 Punkte.",
        True,
        [("ordinal", 2, None, None), ("count", 4, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die Gesamtwertung führt die Französin Manon Ferrand mit 1.012 Punkten an, das sind 96 mehr als Lund.",
        True,
        [("count", 1012, None, None), ("count", 96, None, None)],
        None,
    ),
    ("de", "„Ich hatte heute einfach nur Spaß am Schießstand“, sagte Wörle.", False, [], None),
    # --- Ruelas signs with Mets (AP) ---
    (
        "en",
        "NEW YORK (AP) — Outfielder Dante Ruelas agreed Tuesday to a 12-year, $465 million contract with the New York Mets, the richest deal in team history, a person familiar with the agreement said.",
        True,
        [("duration", 12, "year", None), ("money", 465000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The 25-year-old hit 38 home runs and drove in 104 runs last season, finishing third in MVP voting.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 38, None, None),
            ("count", 104, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The deal averages $38.75 million a year and includes a $20 million signing bonus, part of which is deferred until 2040, the team said.",
        True,
        [("money", 38750000, "USD", None), ("money", 20000000, "USD", None), ("year", 2040, None, None)],
        "the team",
    ),
    (
        "en",
        "Ruelas can opt out after the fifth and eighth seasons.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    ("en", "Mets fans flooded social media with celebration within minutes of the news.", False, [], None),
    # --- Entlastungspaket im Nationalrat (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Nationalrat hat das Entlastungspaket für den Bundeshaushalt mit 112 zu 79 Stimmen bei 5 Enthaltungen gutgeheissen.",
        True,
        [("count", 112, None, None), ("count", 79, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Es soll den Bund ab 2027 jährlich um 2,4 bis 3,1 Mia. Franken entlasten.",
        True,
        [("year", 2027, None, None), ("money", 2400000000, "CHF", None), ("money", 3100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Allein bei der internationalen Zusammenarbeit fallen 2027 rund 321 Mio. Fr. weg, gut ein Achtel des bisherigen Budgets.",
        True,
        [("year", 2027, None, None), ("money", 321000000, "CHF", "about"), ("fraction", 0.125, None, "over")],
        None,
    ),
    (
        "de",
        "Beim Bundespersonal sollen bis Ende 2028 knapp 1'200 Vollzeitstellen wegfallen, teilte das Finanzdepartement mit.",
        True,
        [("year", 2028, None, None), ("count", 1200, None, "nearly")],
        "das Finanzdepartement",
    ),
    ("de", "«Das ist Sparen mit dem Rasenmäher», sagte eine SP-Nationalrätin in der Debatte.", False, [], None),
    ("de", "Die Vorlage geht nun zurück an den Ständerat.", True, [], None),
    # --- Tarrant Minerals half-year loss (Reuters) ---
    (
        "en",
        "PERTH, March 12 (Reuters) - Australian lithium miner Tarrant Minerals swung to a first-half loss of A$212m on Thursday after writing down its Kwinana refinery by A$1.1bn.",
        True,
        [
            ("date", "--03-12", None, None),
            ("ordinal", 1, None, None),
            ("money", 212000000, "AUD", None),
            ("money", 1100000000, "AUD", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue fell by almost half to A$486m as lithium prices sank to about a quarter of their 2022 peak.",
        True,
        [
            ("fraction", 0.5, None, "nearly"),
            ("money", 486000000, "AUD", None),
            ("fraction", 0.25, None, "about"),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "The company will cut about 300 jobs, roughly one in seven of its workforce, chief executive Moira Quayle said.",
        True,
        [("count", 300, None, "about"), ("fraction", 0.1429, None, "about")],
        "Moira Quayle",
    ),
    (
        "en",
        "Tarrant shares have lost two-thirds of their value in 18 months and fell a further 6.5% on Thursday.",
        True,
        [("fraction", 0.6667, None, None), ("duration", 18, "month", None), ("percent", 6.5, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts at Cobar Street Research expect spodumene prices to stay below $1,000 a tonne until at least 2027.",
        True,
        [("money", 1000, "USD", "under"), ("year", 2027, None, "at_least")],
        None,
    ),
    ("en", 'Quayle said she remained "absolutely convinced" that lithium\'s best days lay ahead.', False, [], None),
    # --- Geburten in Deutschland (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der Geburten in Deutschland ist im vergangenen Jahr auf rund 677.000 gesunken, knapp zwei Prozent weniger als im Vorjahr, wie das Statistische Bundesamt mitteilte.",
        True,
        [("count", 677000, None, "about"), ("percent", 2, "%", "nearly")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Geburtenziffer sank auf 1,32 Kinder je Frau und damit auf den tiefsten Stand seit 1994.",
        True,
        [("count", 1.32, None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "de",
        "Frauen bekamen ihr erstes Baby im Schnitt mit 30,4 Jahren, Männer wurden gut zweieinhalb Jahre später Vater.",
        True,
        [("ordinal", 1, None, None), ("duration", 30.4, "year", None), ("duration", 2.5, "year", "over")],
        None,
    ),
    (
        "de",
        "Jedes dritte Neugeborene hatte mindestens einen Elternteil ohne deutschen Pass.",
        True,
        [("fraction", 0.3333, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Zugleich starben gut 1,01 Millionen Menschen, das Geburtendefizit lag damit bei etwa 330.000.",
        True,
        [("count", 1010000, None, "over"), ("count", 330000, None, "about")],
        None,
    ),
    ("de", "Demografen sehen darin ein alarmierendes Signal für die Rentenkassen.", False, [], None),
    # --- Oklahoma tornado (AP) ---
    (
        "en",
        "OKLAHOMA CITY (AP) — A tornado with winds of up to 165 mph carved a path nearly 22 miles long through central Oklahoma on Sunday, killing four people and injuring at least two dozen, officials said.",
        True,
        [
            ("count", 165, None, "up_to"),
            ("count", 22, None, "nearly"),
            ("count", 4, None, None),
            ("count", 24, None, "at_least"),
        ],
        None,
    ),
    (
        "en",
        "The twister was about three-quarters of a mile wide at its broadest point, the National Weather Service said.",
        True,
        [("fraction", 0.75, None, "about")],
        "the National Weather Service",
    ),
    (
        "en",
        "More than 1,100 homes were damaged and about 38,000 customers lost power, according to the Oklahoma Department of Emergency Management.",
        True,
        [("count", 1100, None, "over"), ("count", 38000, None, "about")],
        "the Oklahoma Department of Emergency Management",
    ),
    (
        "en",
        "It was the state's 11th tornado of the year and its deadliest since 2013.",
        True,
        [("ordinal", 11, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        '"It sounded like a freight train coming through the living room," said resident Carla Wexford, 58.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    # --- Teuerung in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Teuerungsrate hat in Österreich im Februar laut Schnellschätzung der Statistik Austria 3,4 Prozent erreicht, nach 3,1 Prozent im Jänner.",
        True,
        [("percent", 3.4, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Damit ist die Teuerung fast doppelt so hoch wie im Euroraum mit 1,9 Prozent.",
        True,
        [("count", 2, None, "nearly"), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Dienstleistungen verteuerten sich um 4,8 Prozent, Haushaltsenergie um gut ein Zehntel.",
        True,
        [("percent", 4.8, "%", None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Das Wifo rechnet für das Gesamtjahr mit einer Rate zwischen 2,8 und 3,2 Prozent.",
        True,
        [("percent", 2.8, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Menschen spüren das jeden Tag an der Supermarktkassa“, sagte eine Konsumentenschützerin.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Regierung mit weiteren Preisbremsen gegensteuert, ließ der Finanzminister offen.", False, [], None),
    # --- RBI liquidity injection (Reuters) ---
    (
        "en",
        "MUMBAI, March 13 (Reuters) - The Reserve Bank of India will inject 1.25 lakh crore rupees ($14.4 billion) into the banking system through bond purchases over the next six weeks, the central bank said on Friday.",
        True,
        [
            ("date", "--03-13", None, None),
            ("money", 1250000000000, "INR", None),
            ("money", 14400000000, "USD", None),
            ("duration", 6, "week", None),
        ],
        "the central bank",
    ),
    (
        "en",
        "Banking system liquidity has been in deficit for 11 straight weeks, with the shortfall peaking at about 2.1 lakh crore rupees in February.",
        True,
        [("duration", 11, "week", None), ("money", 2100000000000, "INR", "about")],
        None,
    ),
    (
        "en",
        "The benchmark 10-year bond yield fell 6 basis points to 6.58% after the announcement.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 6.58, "%", None)],
        None,
    ),
    (
        "en",
        "The rupee firmed 0.3% to 86.72 per dollar.",
        True,
        [("percent", 0.3, "%", None), ("money", 86.72, "INR", None)],
        None,
    ),
    ("en", "Traders said the move showed the central bank had finally heard the market's concerns.", False, [], None),
    # --- Eurojackpot nach Niederbayern (dpa) ---
    (
        "de",
        "München (dpa) - Ein Spielteilnehmer aus Niederbayern hat im Eurojackpot gut 48,3 Millionen Euro gewonnen, wie Lotto Bayern am Mittwoch mitteilte.",
        True,
        [("money", 48300000, "EUR", "over")],
        "Lotto Bayern",
    ),
    ("de", "Es ist der dritthöchste Gewinn, der je in den Freistaat ging.", True, [("ordinal", 3, None, None)], None),
    (
        "de",
        "Seit dem Start der Lotterie 2012 gingen damit 14 der insgesamt 96 Millionengewinne nach Bayern.",
        True,
        [("year", 2012, None, None), ("count", 14, None, None), ("count", 96, None, None)],
        None,
    ),
    ("de", "Der Jackpot war zuvor zwölfmal in Folge nicht geknackt worden.", True, [("count", 12, None, None)], None),
    ("de", "„Der Gewinner sollte sich erst einmal in Ruhe beraten lassen“, riet ein Lotto-Sprecher.", False, [], None),
    # --- Darfur displacement (Reuters) ---
    (
        "en",
        "GENEVA, March 10 (Reuters) - Some 2.4 million people have fled their homes in Sudan's Darfur region since the war began, the International Organization for Migration said on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("count", 2400000, None, "about")],
        "the International Organization for Migration",
    ),
    (
        "en",
        "Nearly three in five of the displaced are children, and about half a million are sheltering in camps near El Fasher.",
        True,
        [("fraction", 0.6, None, "nearly"), ("count", 500000, None, "about")],
        None,
    ),
    (
        "en",
        "The U.N. appeal for Sudan this year is $4.2bn, less than a fifth of which has been funded.",
        True,
        [("money", 4200000000, "USD", None), ("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "Aid agencies say they need between 2,000 and 2,500 lorries a month to reach everyone in need.",
        True,
        [("count", 2000, None, None), ("count", 2500, None, None)],
        None,
    ),
    ("en", '"The world has simply chosen to look away," an IOM spokesperson said.', False, [], None),
    # --- Leverkusen verkürzt (dpa) ---
    (
        "de",
        "Leverkusen (dpa) - Dank eines 3:1-Heimerfolgs über Stuttgart ist Bayer Leverkusen bis auf vier Punkte an Tabellenführer Bayern München herangerückt.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Tabellenzweite hat nun 58 Punkte aus 25 Spielen, die drittplatzierten Dortmunder liegen neun Zähler dahinter.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 58, None, None),
            ("count", 25, None, None),
            ("ordinal", 3, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "de",
        "Vor 30.210 Zuschauern traf der eingewechselte Stürmer in der 88. Minute zum Endstand.",
        True,
        [("count", 30210, None, None), ("ordinal", 88, None, None)],
        None,
    ),
    (
        "de",
        "Für Leverkusen war es der zehnte Heimsieg in Folge, so viele wie seit der Saison 2023/24 nicht mehr.",
        True,
        [("ordinal", 10, None, None), ("year", 2023, None, None), ("year", 2024, None, None)],
        None,
    ),
    ("de", "„Wir glauben bis zum letzten Spieltag an unsere Chance“, sagte der Trainer.", False, [], None),
    # --- Amtrak power failure (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Amtrak passengers on the Northeast Corridor faced delays of up to 90 minutes on Wednesday after a power failure near Baltimore, the railroad said.",
        True,
        [("duration", 90, "minute", "up_to")],
        "the railroad",
    ),
    (
        "en",
        "Roughly 40 trains were held for between half an hour and two and a half hours.",
        True,
        [("count", 40, None, "about"), ("duration", 0.5, "hour", None), ("duration", 2.5, "hour", None)],
        None,
    ),
    (
        "en",
        "The corridor carries about 800,000 trips a day and loses an estimated $1.2 million for every hour of major disruption, according to a 2023 study.",
        True,
        [("count", 800000, None, "about"), ("money", 1200000, "USD", "about"), ("year", 2023, None, None)],
        None,
    ),
    ("en", "It was the fourth significant outage on the line since January.", True, [("ordinal", 4, None, None)], None),
    (
        "en",
        '"We sat in a dark tunnel for an hour and nobody told us anything," said commuter Devon Archer, 34.',
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    # --- Umfrage zur Verkehrsvorlage (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Gut drei Wochen vor der Abstimmung über die Verkehrsvorlage wollen 54 Prozent der Stimmberechtigten Ja stimmen, wie die zweite SRG-Umfrage des Instituts gfs.bern zeigt.",
        True,
        [("duration", 3, "week", "over"), ("percent", 54, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zur ersten Welle sank der Ja-Anteil um 7 Prozentpunkte, der Nein-Anteil stieg auf 41 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 7, "pp", None), ("percent", 41, "%", None)],
        None,
    ),
    ("de", "Fünf Prozent der Befragten sind noch unentschieden.", True, [("percent", 5, "%", None)], None),
    (
        "de",
        "Befragt wurden zwischen dem 2. und dem 10. März 12'460 Personen, die Fehlermarge liegt bei plus/minus 2,8 Prozentpunkten.",
        True,
        [
            ("date", "--03-02", None, None),
            ("date", "--03-10", None, None),
            ("count", 12460, None, None),
            ("percent", 2.8, "pp", None),
        ],
        None,
    ),
    ("de", "«Entschieden ist da noch gar nichts», sagte ein Politologe.", False, [], None),
    # --- China trade data (Reuters) ---
    (
        "en",
        "BEIJING, March 9 (Reuters) - China's exports rose 6.1% year on year in the first two months, beating forecasts of 4.5-5% growth, customs data showed on Monday.",
        True,
        [
            ("date", "--03-09", None, None),
            ("percent", 6.1, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "month", None),
            ("percent", 4.5, "%", None),
            ("percent", 5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The trade surplus widened to $170.5bn, more than a third higher than a year earlier.",
        True,
        [("money", 170500000000, "USD", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "Exports bound for the U.S. dropped by nearly a fifth, while shipments to ASEAN countries jumped 14%.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 14, "%", None)],
        None,
    ),
    ("en", "In yuan terms, exports totalled 3.86 trillion yuan.", True, [("money", 3860000000000, "CNY", None)], None),
    (
        "en",
        '"Personally, I think export growth will slow to about 3% by the summer," said a Shanghai-based economist.',
        False,
        [("percent", 3, "%", "about")],
        None,
    ),
    ("en", "Whether the momentum can survive new U.S. tariffs is another matter.", False, [], None),
    # --- Raserprozess in Hamburg (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Wegen eines illegalen Autorennens mit tödlichem Ausgang hat das Landgericht Hamburg einen 23-Jährigen zu sechseinhalb Jahren Haft verurteilt.",
        True,
        [("duration", 23, "year", None), ("duration", 6.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der Mann war nach Überzeugung des Gerichts mit rund 160 km/h durch eine Tempo-50-Zone gerast.",
        True,
        [("count", 160, None, "about"), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Sein gleichaltriger Mitangeklagter erhielt eine dreijährige Jugendstrafe, teilte das Gericht mit.",
        True,
        [("duration", 3, "year", None)],
        "das Gericht",
    ),
    (
        "de",
        "Die Staatsanwaltschaft hatte für beide je siebeneinhalb Jahre gefordert.",
        True,
        [("duration", 7.5, "year", None)],
        None,
    ),
    (
        "de",
        "Bei dem Unfall im Juni 2024 war eine 61 Jahre alte Radfahrerin ums Leben gekommen.",
        True,
        [("year", 2024, None, None), ("duration", 61, "year", None)],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter sprach von einer „an Gleichgültigkeit kaum zu überbietenden“ Fahrweise.",
        False,
        [],
        None,
    ),
    # --- UK house prices (PA) ---
    (
        "en",
        "LONDON (PA) - The average UK house price rose by £4,210 over the past year to £298,500, according to the Office for National Statistics.",
        True,
        [("money", 4210, "GBP", None), ("money", 298500, "GBP", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "That is an annual rise of 1.4%, the weakest in 18 months.",
        True,
        [("percent", 1.4, "%", None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "First-time buyers now need an average deposit of just under £60,000, almost a fifth of the purchase price.",
        True,
        [("money", 60000, "GBP", "under"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "In London prices fell 2.1%, the third monthly fall in a row.",
        True,
        [("percent", 2.1, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("en", '"The market is catching its breath," said one London estate agent.', False, [], None),
    # --- Lawinenwarnstufe in Tirol (APA) ---
    (
        "de",
        "Innsbruck (APA) - Nach ergiebigen Schneefällen gilt in weiten Teilen Tirols seit Montagfrüh die zweithöchste Lawinenwarnstufe.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Binnen 48 Stunden fielen im Arlberggebiet bis zu eineinhalb Meter Neuschnee.",
        True,
        [("duration", 48, "hour", None), ("count", 1.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Rund 7.500 Urlauber saßen in Ischgl und Galtür fest, weil die Zufahrtsstraße knapp 20 Stunden gesperrt war, teilte die Polizei mit.",
        True,
        [("count", 7500, None, "about"), ("duration", 20, "hour", "nearly")],
        "die Polizei",
    ),
    (
        "de",
        "Es ist bereits der vierte Lawinenabgang in Tirol in diesem Winter, bei dem Menschen verschüttet wurden.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Lawinenwarner appellieren an Skitourengeher, auf Touren abseits der Pisten vorerst zu verzichten.",
        False,
        [],
        None,
    ),
    # --- Oil prices (Reuters) ---
    (
        "en",
        "LONDON, March 11 (Reuters) - Oil prices rose more than 2% on Wednesday, with Brent crude futures trading at $74.60 a barrel by 1040 GMT.",
        True,
        [("date", "--03-11", None, None), ("percent", 2, "%", "over"), ("money", 74.6, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. crude inventories fell by 3.3 million barrels last week, against analysts' expectations of a 1.1 million-barrel build.",
        True,
        [("count", 3300000, None, None), ("count", 1100000, None, None)],
        None,
    ),
    (
        "en",
        "OPEC+ plans to lift production by 146,000 barrels per day in April, the group's third increase in as many months.",
        True,
        [("count", 146000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Brent has still lost about an eighth of its value since mid-January.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    ("en", "Some traders think the market has become far too complacent about supply risks.", False, [], None),
    # --- Rentenerhöhung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Zum 1. Juli steigen die gesetzlichen Renten für rund 21 Millionen Menschen voraussichtlich um 3,7 Prozent.",
        True,
        [("count", 21000000, None, "about"), ("date", "--07-01", None, None), ("percent", 3.7, "%", None)],
        None,
    ),
    (
        "de",
        "Für eine Standardrente nach 45 Beitragsjahren bedeutet das ein Plus von gut 66 Euro im Monat, sagte Arbeitsministerin Sabine Kortmann.",
        True,
        [("count", 45, None, None), ("money", 66, "EUR", "over")],
        "Sabine Kortmann",
    ),
    (
        "de",
        "Die Rentenversicherung gibt damit jährlich rund 13 Mrd. Euro mehr aus.",
        True,
        [("money", 13000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Schon jeder fünfte Euro aus dem Bundeshaushalt fließt als Zuschuss in die Rentenkasse.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "„Das ist ein Signal der Verlässlichkeit an eine ganze Generation“, sagte Kortmann.", False, [], None),
    # --- Phoenix arena vote (AP) ---
    (
        "en",
        "PHOENIX (AP) — The Phoenix City Council voted 6-3 on Wednesday to approve a $1.1 billion downtown arena, with the city contributing up to $425 million.",
        True,
        [
            ("count", 6, None, None),
            ("count", 3, None, None),
            ("money", 1100000000, "USD", None),
            ("money", 425000000, "USD", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Backers say the project will create about 4,500 construction jobs and bring in $60 million to $75 million in tax revenue a year.",
        True,
        [("count", 4500, None, "about"), ("money", 60000000, "USD", None), ("money", 75000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The arena, seating 18,500 for basketball, is due to open for the 2029-30 season.",
        True,
        [("count", 18500, None, None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Opponents gathered more than 21,000 signatures, about three-quarters of the number needed to force a referendum.",
        True,
        [("count", 21000, None, "over"), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        '"Taxpayers are being asked to build a palace for billionaires," council member Rosa Eckhart said.',
        False,
        [],
        None,
    ),
    # --- Februar-Bilanz des Wetterdienstes (dpa) ---
    (
        "de",
        "Offenbach (dpa) - Der Februar lag in Deutschland um 3,2 Grad über dem Mittel der Referenzperiode von 1961 bis 1990, wie der Deutsche Wetterdienst in seiner Monatsbilanz mitteilte.",
        True,
        [("count", 3.2, None, None), ("year", 1961, None, None), ("year", 1990, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Mit durchschnittlich 4,1 Grad war es der sechstwärmste Februar seit Beginn regelmäßiger Messungen 1881.",
        True,
        [("count", 4.1, None, None), ("ordinal", 6, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "Es fielen etwa 62 Liter Regen pro Quadratmeter, rund ein Achtel mehr als üblich.",
        True,
        [("count", 62, None, "about"), ("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "de",
        "Die Sonne schien gut 80 Stunden und damit knapp ein Viertel länger als im Schnitt.",
        True,
        [("duration", 80, "hour", "over"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "Meteorologen warnen vor einem zu frühen Austrieb der Obstbäume.", False, [], None),
    # --- Orrin Labs job cuts (Reuters) ---
    (
        "en",
        "SAN FRANCISCO, March 10 (Reuters) - Cloud software firm Orrin Labs will cut 1,450 jobs, or nearly 12% of its workforce, the company said on Tuesday.",
        True,
        [("date", "--03-10", None, None), ("count", 1450, None, None), ("percent", 12, "%", "nearly")],
        "the company",
    ),
    (
        "en",
        "Orrin expects $180m-$220m of severance costs and related charges, most of them booked in the first quarter.",
        True,
        [("money", 180000000, "USD", None), ("money", 220000000, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Orrin now expects annual revenue of $4.1bn to $4.25bn, above its December forecast.",
        True,
        [("money", 4100000000, "USD", None), ("money", 4250000000, "USD", None)],
        None,
    ),
    (
        "en",
        "This is Orrin's third round of layoffs in two years, together more than a quarter of its staff.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None), ("fraction", 0.25, None, "over")],
        None,
    ),
    ("en", '"These decisions are never easy," chief executive Paul Marrow wrote in a memo to staff.', False, [], None),
    # --- Wintersaison in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreichs Beherbergungsbetrieben sind von November bis Februar 61,8 Mio. Nächtigungen angefallen, ein Plus von 2,4 Prozent zur Vorjahressaison, wie die Statistik Austria mitteilte.",
        True,
        [("count", 61800000, None, None), ("percent", 2.4, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gut zwei Drittel davon gingen auf das Konto ausländischer Urlauber, fast jede zweite Auslandsnächtigung auf Deutsche.",
        True,
        [("fraction", 0.6667, None, "over"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Branche hofft für den Sommer auf mehr als 80 Millionen Nächtigungen.",
        False,
        [("count", 80000000, None, "over")],
        None,
    ),
    (
        "de",
        "Tirol allein verbuchte knapp 24 Millionen Nächtigungen, also beinahe vier von zehn.",
        True,
        [("count", 24000000, None, "nearly"), ("fraction", 0.4, None, "nearly")],
        None,
    ),
    ("de", "„Die Saison war ein echter Kraftakt“, sagte die Obfrau der Hoteliers.", False, [], None),
    # --- Medicare fraud sentence (AP) ---
    (
        "en",
        "MIAMI (AP) — A former Florida hospital executive was sentenced Thursday to 12 and a half years in federal prison for a $48 million Medicare fraud scheme, prosecutors said.",
        True,
        [("duration", 12.5, "year", None), ("money", 48000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Ferris Doane, 59, must also pay $31.7 million in restitution, the U.S. Attorney's Office said.",
        True,
        [("duration", 59, "year", None), ("money", 31700000, "USD", None)],
        "the U.S. Attorney's Office",
    ),
    (
        "en",
        "Jurors convicted him in October on nine of 11 counts after about two days of deliberations.",
        True,
        [("count", 9, None, None), ("count", 11, None, None), ("duration", 2, "day", "about")],
        None,
    ),
    (
        "en",
        "Prosecutors had asked for 15 years, while the defense sought no more than five years.",
        True,
        [("duration", 15, "year", None), ("duration", 5, "year", "at_most")],
        None,
    ),
    (
        "en",
        '"He treated the public purse as his personal piggy bank," the U.S. attorney said in a statement.',
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Kerndl Antriebstechnik (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - Bis Ende 2027 baut der Autozulieferer Kerndl Antriebstechnik weltweit rund 4.800 Stellen ab, etwa jede zehnte.",
        True,
        [("year", 2027, None, None), ("count", 4800, None, "about"), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "In Deutschland fallen davon gut 1.900 Arbeitsplätze weg, teilte das Unternehmen am Montag mit.",
        True,
        [("count", 1900, None, "over")],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz sank im vergangenen Jahr um 8,6 Prozent auf 11,2 Mrd. Euro, unter dem Strich stand ein Verlust von 312 Mio. Euro.",
        True,
        [("percent", 8.6, "%", None), ("money", 11200000000, "EUR", None), ("money", 312000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bis 2028 will Kerndl die Kosten um eine halbe Milliarde Euro jährlich senken.",
        True,
        [("year", 2028, None, None), ("money", 500000000, "EUR", None)],
        None,
    ),
    ("de", "Der Betriebsrat nannte die Pläne einen „Kahlschlag auf Kosten der Belegschaft“.", False, [], None),
    ("de", "Ob auch ganze Standorte geschlossen werden, ließ Vorstandschef Ulrich Henning offen.", False, [], None),
    # --- Japan wage talks (Reuters) ---
    (
        "en",
        "TOKYO, March 13 (Reuters) - Large Japanese employers have agreed to lift wages by an average 5.37% this year, the third straight year above 5%, the Rengo union federation said on Friday.",
        True,
        [
            ("date", "--03-13", None, None),
            ("percent", 5.37, "%", None),
            ("ordinal", 3, None, None),
            ("percent", 5, "%", "over"),
        ],
        "the Rengo union federation",
    ),
    (
        "en",
        "Base pay will rise by 3.7%, roughly double the pace of inflation that economists expect over the coming year.",
        True,
        [("percent", 3.7, "%", None), ("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        "The government's 18.4 trillion yen stimulus package includes subsidies for smaller firms that raise pay by at least 3%.",
        True,
        [("money", 18400000000000, "JPY", None), ("percent", 3, "%", "at_least")],
        None,
    ),
    (
        "en",
        "Small and mid-sized firms employ about seven in 10 Japanese workers.",
        True,
        [("fraction", 0.7, None, "about")],
        None,
    ),
    ("en", "Whether smaller firms can keep pace remains an open question.", False, [], None),
    # --- Auktion in Köln (dpa) ---
    (
        "de",
        "Köln (dpa) - Ein Gemälde des Expressionisten Anselm Trübenbach ist bei einer Auktion in Köln für 2,35 Millionen Euro versteigert worden, mehr als das Zehnfache des Schätzpreises.",
        True,
        [("money", 2350000, "EUR", None), ("count", 10, None, "over")],
        None,
    ),
    (
        "de",
        "Das Bild war auf 180.000 bis 220.000 Euro taxiert worden, wie das Auktionshaus mitteilte.",
        True,
        [("money", 180000, "EUR", None), ("money", 220000, "EUR", None)],
        "das Auktionshaus",
    ),
    (
        "de",
        "Mehr wurde für ein Werk Trübenbachs bislang nur 1998 bei einer Versteigerung in New York gezahlt.",
        True,
        [("year", 1998, None, None)],
        None,
    ),
    (
        "de",
        "Das 1912 entstandene Ölbild misst 81 mal 65 Zentimeter.",
        True,
        [("year", 1912, None, None), ("count", 81, None, None), ("count", 65, None, None)],
        None,
    ),
    (
        "de",
        "„Ich hätte nie gedacht, dass wir die zwei Millionen knacken“, sagte der Auktionator.",
        False,
        [("count", 2000000, None, None)],
        None,
    ),
    (
        "de",
        "„Ein solches Bild kommt nur alle paar Jahrzehnte auf den Markt“, schwärmte ein Kunsthändler im Saal.",
        False,
        [],
        None,
    ),
    # --- Lunar lander (AP) ---
    (
        "en",
        "CAPE CANAVERAL, Fla. (AP) — A privately built lander set down near the lunar south pole on Thursday after a 19-day journey, the first commercial craft to reach that region.",
        True,
        [("duration", 19, "day", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The lander, built by Houston-based Selene Dynamics, is designed to operate for about 14 Earth days before the lunar night sets in.",
        True,
        [("duration", 14, "day", "about")],
        None,
    ),
    (
        "en",
        "It carries 11 instruments, including a drill that can reach about 3 feet below the surface.",
        True,
        [("count", 11, None, None), ("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        "NASA paid Selene Dynamics $118.1 million to carry six of them to the surface, the space agency said.",
        True,
        [("money", 118100000, "USD", None), ("count", 6, None, None)],
        "the space agency",
    ),
    (
        "en",
        "Mission controllers erupted in cheers when the first signal came through.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- SNB lässt Leitzins unverändert (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizerische Nationalbank hat den Leitzins am Donnerstag um einen Viertelprozentpunkt auf minus 0,25 Prozent gesenkt.",
        True,
        [("percent", 0.25, "pp", None), ("percent", -0.25, "%", None)],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwartet sie eine Teuerung von 0,3 Prozent, für 2027 von 0,5 Prozent.",
        True,
        [("percent", 0.3, "%", None), ("year", 2027, None, None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "Das Wirtschaftswachstum dürfte zwischen 1 und 1,5 Prozent liegen, teilte die SNB mit.",
        True,
        [("percent", 1, "%", None), ("percent", 1.5, "%", None)],
        "die SNB",
    ),
    (
        "de",
        "Die Devisenreserven beliefen sich Ende Februar auf rund 731 Mia. Franken.",
        True,
        [("money", 731000000000, "CHF", "about")],
        None,
    ),
    ("de", "Ein Ökonom einer Grossbank hält negative Zinsen im Herbst für durchaus möglich.", False, [], None),
    # --- Villa close in (PA) ---
    (
        "en",
        "LONDON (PA) - Third-placed Aston Villa moved within two points of second-placed Arsenal with a 2-0 win at Fulham on Saturday.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Villa have taken 11 wins from their past 13 league matches and conceded just nine goals in that run.",
        True,
        [("count", 11, None, None), ("count", 13, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Their 42,000-capacity ground has been sold out for a 24th consecutive match.",
        True,
        [("count", 42000, None, None), ("ordinal", 24, None, None)],
        None,
    ),
    ("en", "Leaders Liverpool remain six points clear with a game in hand.", True, [("count", 6, None, None)], None),
    ("en", '"We are not looking at the table," the Villa manager said.', False, [], None),
    # --- Grippewelle (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der laborbestätigten Grippefälle ist in Deutschland in der vergangenen Woche auf gut 24.000 gestiegen, fast ein Drittel mehr als in der Vorwoche.",
        True,
        [("count", 24000, None, "over"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit Beginn der Saison im Oktober wurden damit knapp 182.000 Fälle gemeldet, teilte das Robert Koch-Institut mit.",
        True,
        [("count", 182000, None, "nearly")],
        "das Robert Koch-Institut",
    ),
    (
        "de",
        "Etwa jeder achte Erkrankte musste im Krankenhaus behandelt werden.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen sind Kinder zwischen fünf und 14 Jahren.",
        True,
        [("duration", 5, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    ("de", "Ärzte raten Risikogruppen weiterhin dringend zur Impfung.", False, [], None),
    # --- Banca Serravalle bid (Reuters) ---
    (
        "en",
        "MILAN, March 9 (Reuters) - Italian lender Banca Serravalle launched a €6.8bn all-share bid for smaller rival Credito Alpino on Monday, offering 1.15 of its own shares for each Alpino share.",
        True,
        [("date", "--03-09", None, None), ("money", 6800000000, "EUR", None), ("count", 1.15, None, None)],
        None,
    ),
    (
        "en",
        "The offer values Alpino at €14.20 a share, a premium of about 18% to Friday's closing price, the bank said.",
        True,
        [("money", 14.2, "EUR", None), ("percent", 18, "%", "about")],
        "the bank",
    ),
    (
        "en",
        "Serravalle, Italy's fourth-biggest bank by assets, wants to secure at least two-thirds of Alpino's capital.",
        True,
        [("ordinal", 4, None, None), ("fraction", 0.6667, None, "at_least")],
        None,
    ),
    (
        "en",
        "The combined group would have about 1,900 branches and some 9.5 million customers.",
        True,
        [("count", 1900, None, "about"), ("count", 9500000, None, "about")],
        None,
    ),
    ("en", 'Alpino\'s board called the offer "hostile and unsolicited."', False, [], None),
    # --- Lehrlingsstatistik (APA) ---
    (
        "de",
        "Wien (APA) - Die Zahl der Lehrlinge in Österreich ist im vergangenen Jahr um 1,8 Prozent auf 108.400 gesunken, teilte die Wirtschaftskammer mit.",
        True,
        [("percent", 1.8, "%", None), ("count", 108400, None, None)],
        "die Wirtschaftskammer",
    ),
    (
        "de",
        "Neun von zehn Lehrbetrieben finden nach eigenen Angaben nicht genügend Bewerberinnen und Bewerber.",
        True,
        [("fraction", 0.9, None, None)],
        None,
    ),
    (
        "de",
        "Jeder zehnte Lehrling bricht die Ausbildung schon im ersten Lehrjahr ab.",
        True,
        [("fraction", 0.1, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Berufsschule besuchen die meisten Lehrlinge ein- bis zweimal pro Woche.",
        True,
        [("count", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Frauenanteil liegt seit Jahren unverändert bei knapp einem Drittel.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Die Lehre muss endlich das Ansehen bekommen, das sie verdient“, sagte der Bildungssprecher einer Oppositionspartei.",
        False,
        [],
        None,
    ),
    # --- Texas measles outbreak (AP) ---
    (
        "en",
        "AUSTIN, Texas (AP) — A measles outbreak in West Texas has grown to 214 cases, up from 146 a week ago, state health officials said Tuesday.",
        True,
        [("count", 214, None, None), ("count", 146, None, None)],
        None,
    ),
    (
        "en",
        "Nearly nine in 10 of the cases are in people who were not vaccinated, and about a quarter are children younger than five.",
        True,
        [("fraction", 0.9, None, "nearly"), ("fraction", 0.25, None, "about"), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "en",
        "Twenty-nine people have been hospitalized, the most in a single outbreak in the state since 1992.",
        True,
        [("count", 29, None, None), ("year", 1992, None, None)],
        None,
    ),
    (
        "en",
        "Two doses of the shot prevent about 97% of infections, according to the CDC.",
        True,
        [("count", 2, None, None), ("percent", 97, "%", "about")],
        "the CDC",
    ),
    (
        "en",
        "Doctors in Lubbock pleaded with parents not to wait before getting their children vaccinated.",
        False,
        [],
        None,
    ),
    # --- Passagierzahlen in Frankfurt (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Am Frankfurter Flughafen sind im Februar knapp 3,9 Mio. Passagiere abgefertigt worden, 4,6 Prozent mehr als ein Jahr zuvor, teilte Fraport mit.",
        True,
        [("count", 3900000, None, "nearly"), ("percent", 4.6, "%", None)],
        "Fraport",
    ),
    (
        "de",
        "Damit liegt das Aufkommen noch immer gut ein Zehntel unter dem Niveau von 2019.",
        True,
        [("fraction", 0.1, None, "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Starts und Landungen nahmen um 2,1 Prozent auf 29.870 zu, das Frachtvolumen sank um 0,8 Prozent auf rund 150.000 Tonnen.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("count", 29870, None, None),
            ("percent", 0.8, "%", None),
            ("count", 150000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Wegen Bauarbeiten an der Startbahn West ist die Piste im April an acht Nächten für jeweils drei- bis vierstündige Sperrungen vorgesehen.",
        True,
        [("count", 8, None, None), ("duration", 3, "hour", None), ("duration", 4, "hour", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr rechnet der Betreiber mit 63 bis 65 Millionen Fluggästen.",
        True,
        [("count", 63000000, None, None), ("count", 65000000, None, None)],
        None,
    ),
    ("de", "Anwohner fürchten, dass der Fluglärm in den Randstunden weiter zunimmt.", False, [], None),
    # --- NATO spending (Reuters) ---
    (
        "en",
        "BRUSSELS, March 12 (Reuters) - NATO allies spent a combined $1.52 trillion on defence last year, with 25 of the 32 members meeting the alliance's 2% target, according to figures published on Thursday.",
        True,
        [
            ("date", "--03-12", None, None),
            ("money", 1520000000000, "USD", None),
            ("count", 25, None, None),
            ("count", 32, None, None),
            ("percent", 2, "%", None),
        ],
        None,
    ),
    (
        "en",
        "European allies and Canada raised their spending by almost a fifth, to about $485bn.",
        True,
        [("fraction", 0.2, None, "nearly"), ("money", 485000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Poland again led the ranking at 4.9% of GDP, followed by the three Baltic states, NATO said.",
        True,
        [("percent", 4.9, "%", None), ("count", 3, None, None)],
        "NATO",
    ),
    (
        "en",
        "Allies have agreed to raise core defence spending to 3.5% of GDP by 2035.",
        True,
        [("percent", 3.5, "%", None), ("year", 2035, None, None)],
        None,
    ),
    ("en", "Several diplomats privately doubt that the southern members will ever get there.", False, [], None),
    # --- Getreideernte (dpa) ---
    (
        "de",
        "Bonn (dpa) - Deutschlands Landwirte haben im vergangenen Jahr 42,9 Millionen Tonnen Getreide geerntet, gut ein Zwanzigstel mehr als im Jahr davor, teilte das Bundeslandwirtschaftsministerium mit.",
        True,
        [("count", 42900000, None, None), ("fraction", 0.05, None, "over")],
        "das Bundeslandwirtschaftsministerium",
    ),
    (
        "de",
        "Der Weizenertrag lag bei 7,6 Tonnen je Hektar, angebaut wurde auf knapp 2,8 Millionen Hektar.",
        True,
        [("count", 7.6, None, None), ("count", 2800000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für eine Tonne Brotweizen bekamen die Bauern im Schnitt 198 Euro, rund ein Sechstel weniger als zwei Jahre zuvor.",
        True,
        [("money", 198, "EUR", None), ("fraction", 0.1667, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Rund 255.000 Betriebe bewirtschaften in Deutschland gut die Hälfte der Landesfläche.",
        True,
        [("count", 255000, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("de", "Der Bauernverband hält die Erzeugerpreise für „schlicht ruinös“.", False, [], None),
    # --- Prisoner exchange (Reuters) ---
    (
        "en",
        "KYIV, March 11 (Reuters) - Moscow and Kyiv swapped 175 prisoners of war each on Wednesday, the 64th swap since the start of the full-scale invasion, Ukraine's coordination headquarters said.",
        True,
        [("date", "--03-11", None, None), ("count", 175, None, None), ("ordinal", 64, None, None)],
        None,
    ),
    (
        "en",
        "Among those freed were a dozen defenders of Mariupol who had spent more than three and a half years in captivity.",
        True,
        [("count", 12, None, None), ("duration", 3.5, "year", "over")],
        None,
    ),
    (
        "en",
        '"Every one of them is a hero, and we will not rest until all of them are home," Ukraine\'s human rights commissioner said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The exchange was mediated by the United Arab Emirates, its 17th such mediation since the war began.",
        True,
        [("ordinal", 17, None, None)],
        None,
    ),
    ("en", "Relatives waiting at the border wept and waved flags as the buses arrived.", False, [], None),
    # --- Wohnungsbau (dpa) ---
    (
        "de",
        "Berlin (dpa) - Knapp 216.000 neue Wohnungen sind im vergangenen Jahr in Deutschland fertig geworden, rund ein Siebtel weniger als im Jahr zuvor, teilte das Statistische Bundesamt mit.",
        True,
        [("count", 216000, None, "nearly"), ("fraction", 0.1429, None, "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Das Ziel der Bundesregierung von 400.000 neuen Wohnungen pro Jahr wurde damit zum vierten Mal in Folge deutlich verfehlt.",
        True,
        [("count", 400000, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Angebotsmieten in den sieben größten Städten stiegen im Schnitt um 6,4 Prozent, in München auf 22,80 Euro je Quadratmeter.",
        True,
        [("count", 7, None, None), ("percent", 6.4, "%", None), ("money", 22.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vom Bauantrag bis zum Einzug vergehen inzwischen im Schnitt 26 Monate, gut ein halbes Jahr mehr als 2019.",
        True,
        [("duration", 26, "month", None), ("duration", 0.5, "year", "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "„Der Wohnungsbau steckt in der schwersten Krise seit Jahrzehnten“, sagte der Präsident eines Immobilienverbands.",
        False,
        [],
        None,
    ),
    ("de", "Ob das neue Baurecht die Wende bringt, bezweifeln viele Fachleute.", False, [], None),
    # --- Tokyo Marathon (Reuters) ---
    (
        "en",
        "TOKYO, March 8 (Reuters) - Kenya's Joyce Kiprono won the Tokyo Marathon on Sunday in 2 hours 16 minutes and 4 seconds, the fastest women's time ever run in Japan.",
        True,
        [
            ("date", "--03-08", None, None),
            ("duration", 2, "hour", None),
            ("duration", 16, "minute", None),
            ("duration", 4, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The 29-year-old finished more than a minute and a half ahead of Ethiopia's Meseret Alemu, with Japan's Haruka Ono a distant third.",
        True,
        [("duration", 29, "year", None), ("duration", 1.5, "minute", "over"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Kiprono takes home $80,000 in prize money plus a $30,000 bonus for the course record, organisers said.",
        True,
        [("money", 80000, "USD", None), ("money", 30000, "USD", None)],
        None,
    ),
    (
        "en",
        "Some 38,000 runners started the race, about one in eight of them from abroad.",
        True,
        [("count", 38000, None, "about"), ("fraction", 0.125, None, "about")],
        None,
    ),
    ("en", "It was the fifth-fastest women's marathon in history.", True, [("ordinal", 5, None, None)], None),
    ("en", '"I felt like I was flying the whole way," Kiprono told reporters.', False, [], None),
    # --- Weekend box office (AP) ---
    (
        "en",
        'LOS ANGELES (AP) — The animated film "Tidewater Nights" led the North American box office for a third straight weekend, taking in an estimated $41.6 million.',
        True,
        [("ordinal", 3, None, None), ("money", 41600000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Its worldwide total now stands at about half a billion dollars after 17 days in theaters.",
        True,
        [("money", 500000000, "USD", "about"), ("duration", 17, "day", None)],
        None,
    ),
    (
        "en",
        'The horror sequel "Nightwell 2" opened in second place with $28 million, less than two-thirds of what the original made in its debut weekend.',
        True,
        [("ordinal", 2, None, None), ("money", 28000000, "USD", None), ("fraction", 0.6667, None, "under")],
        None,
    ),
    (
        "en",
        "Overall ticket sales are running about 9% ahead of last year, according to analytics firm Gower Data.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    ("en", "Critics have been lukewarm, but audiences do not seem to care.", False, [], None),
]
